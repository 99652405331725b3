"""Comment files' rows read into comments (lawcomment.consultation.bulk): what a file's rows share,
worked out once, gives what each row read alone gives."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lawcomment.comments import SourceKind
from lawcomment.consultation.bulk import (COLUMNS, Row, _csv_rows, _json_row, _json_rows, _lines, _load_json,
                                          _unread_keys, cells_past, validate)
from lawcomment.errors import InputError
from lawcomment.registry import load_draft

DATA = Path(__file__).parent / "data"
DRAFT = load_draft(DATA / "ecommerce-law.md")
_ART2 = DRAFT.find("art_2")
_ART2_BODY = _ART2.body("\n") if _ART2 is not None else ""
_SECOND = _ART2_BODY.split("\n")[1]

#: Wording cells that take each way through a row's reading: none, placeholders, 同上, a deletion,
#: spaces and half-width marks, one 款 of several, the whole article for one 款, instructions, the
#: article as it stands, a label typed before it.
_WORDINGS = ["", "无", "同上", "/", "删除", "同意", _SECOND, _SECOND.replace("，", ","), "第二款　" + _SECOND,
             _SECOND.replace("电子商务", "电子 商务"), _ART2_BODY, _ART2_BODY.replace("适用本法", "适用本法规定"),
             "建议将“电子商务”修改为“网络交易”", "第三条　" + _SECOND, "本法所称电子商务，是指经营活动。\n金融类产品不适用本法。",
             "电子商务经营者违反本法规定，有下列行为之一的，由市场监督管理部门责令改正：", "完全不同的一段话"]  # fmt: skip
_ARTICLES = ["第二条", "第二条第二款", "第二条第三款", "第七十六条", "第七十六条第一款", "第十条"]
_REASONS = ["", "理由", "建议删除第三款", "删除第一款和第三款", "/", "支持本条。", "建议修改为：“电子商务经营者应当依法办理登记手续”"]
_STANCES = ["", "amend", "comment", "support", "delete", "insert", "修改"]


@st.composite
def _rows(draw: st.DrawFn) -> list[dict[str, str]]:
    values = st.fixed_dictionaries({"article": st.sampled_from(_ARTICLES), "proposed_text": st.sampled_from(_WORDINGS),
                                    "reason": st.sampled_from(_REASONS), "stance": st.sampled_from(_STANCES)})  # fmt: skip
    return draw(st.lists(values, min_size=1, max_size=12))


@settings(max_examples=150, deadline=None)
@given(_rows())
def test_a_files_rows_read_together_are_each_read_as_alone(given_rows: list[dict[str, str]]) -> None:
    # each row its own member: no row repeats another, nor gives a member's second wording
    rows = [Row(f"row {n}", {"member": f"m{n}", **v}, {}) for n, v in enumerate(given_rows, 2)]
    members = {f"m{n}": "" for n in range(2, len(rows) + 2)}
    path = Path("a.csv")
    together = validate(rows, DRAFT, "ecommerce@1", path, SourceKind.CSV, members)
    alone = [validate([row], DRAFT, "ecommerce@1", path, SourceKind.CSV, members) for row in rows]
    assert together[0] == [c for one in alone for c in one[0]]
    assert together[1] == [p for one in alone for p in one[1]]
    # (in the file's order but for a row that records nothing, said beside the comment before it)
    assert sorted(together[2]) == sorted(w for one in alone for w in one[2])


_JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
                            | st.sampled_from(["第二条", "a\r\nb", "c\rd", "\ud800", "理由"]),
                            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
                            max_leaves=6)  # fmt: skip
_JSON_KEYS = st.sampled_from(["member", "article", "eid", "reason", "理由", "proposed_text", "修改建议", "stance", "quote",
                              "lang", "id", "source", "created", "note", "remark", "建议修改后的表述", "x"])  # fmt: skip


@st.composite
def _json_lines(draw: st.DrawFn) -> str:
    """A JSON Lines text: objects of strings under column names (most lines), of other values and
    keys, other JSON values, and lines no JSON reader takes (NaN, a huge number, a BOM, a typo)."""
    objects = st.dictionaries(_JSON_KEYS, st.text(max_size=6) | st.sampled_from(["a\r\nb", "c\rd", "\\", "\ud800"]), max_size=5)
    other = st.dictionaries(_JSON_KEYS, _JSON_VALUES, max_size=4)
    broken = st.sampled_from(['{"member": NaN}', '{"article": 1e999}', '\ufeff{"member": "m"}', '{"member": "m",}',
                              '{"member": "\\ud800"}', '[1, 2', "[" * 3000 + "]" * 3000, '{"a": 1' + "0" * 5000 + "}",
                              '{"member": "m", "member": "n"}', '{"reason": "\\u000d\\r"}', " ", ""])  # fmt: skip
    lines = draw(st.lists(objects.map(json.dumps) | other.map(json.dumps) | _JSON_VALUES.map(json.dumps) | broken,
                          min_size=1, max_size=6))  # fmt: skip
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\r\n"]))


@settings(max_examples=300, deadline=None)
@given(_json_lines())
def test_json_lines_read_through_orjson_as_through_json(text: str) -> None:
    """A JSON Lines file's rows, read a line at a time through orjson where it reads the line as
    json does, are the rows (and the errors) of each line read through json."""
    path = Path("comments.jsonl")

    def rows(read: Callable[[], object]) -> object:
        try:
            return read()
        except InputError as exc:
            return ("error", str(exc))

    def through_json() -> object:
        canonical: dict[str, str | None] = {}
        unread: dict[str, list[str]] = {}
        found = [_json_row(path, f"line {n}", _load_json(path, line, n), canonical, unread)
                 for n, line in _lines(text) if line.strip()]  # fmt: skip
        return found, _unread_keys(path, unread)

    assert rows(lambda: _json_rows(path, text, jsonl=True)) == rows(through_json)


_HEADERS = ["member", "article", "proposed_text", "reason", "stance", "备注", ""]
_CELLS = ["", " ", "\u3000", "m1", "第二条", "理由", "a,b", '"引号"', "多\n行"]


@st.composite
def _csv_texts(draw: st.DrawFn) -> str:
    """A CSV text: its columns (those read in any order, one no name matches, one without a
    header) and rows of every length, blank ones (spaces only) among them."""
    header = draw(st.lists(st.sampled_from(_HEADERS), min_size=1, max_size=6, unique=True).filter(
        lambda h: "article" in h))  # fmt: skip
    rows = draw(st.lists(st.lists(st.sampled_from(_CELLS), max_size=len(header) + 2), max_size=8))
    out = io.StringIO(newline="")
    csv.writer(out).writerows([header, *rows])
    return out.getvalue()


@settings(max_examples=300, deadline=None)
@given(_csv_texts())
def test_csv_rows_hold_each_records_cells_under_their_columns(text: str) -> None:
    """Each record with a cell holding more than whitespace is a row: the cell of each column read
    under its name (a cell the record lacks is empty), and what it holds past the header said."""
    path = Path("comments.csv")
    rows, _ = _csv_rows(path, text, [])
    records = list(csv.reader(io.StringIO(text, newline="")))
    header, kept = records[0], [(n, r) for n, r in enumerate(records[1:], 2) if "".join(r).strip()]
    read = {i: name for i, name in enumerate(header) if name in COLUMNS}
    assert [(row.position, row.values, row.past) for row in rows] == [
        (f"row {n}", {name: r[i] if i < len(r) else "" for i, name in read.items()},
         cells_past(r, len(header)) if len(r) > len(header) else "") for n, r in kept]  # fmt: skip
