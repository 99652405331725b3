"""Comment files' rows read into comments (lawcomment.consultation.bulk): what a file's rows share,
worked out once, gives what each row read alone gives."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawcomment.comments import SourceKind
from lawcomment.consultation import bulk
from lawcomment.consultation.bulk import (COLUMNS, Row, _csv_rows, _json_row, _json_rows, _line_parts, _load_json,
                                          _unread_keys, cells_past, validate)
from lawcomment.consultation.misfiled import Misfiled, misfiled_found
from lawcomment.errors import InputError, ValidationError
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
@given(st.text(alphabet="ab \n\r\u3000\u2028", max_size=40), st.integers(min_value=1, max_value=8))
def test_a_json_lines_text_is_split_a_part_at_a_time_into_its_lines(text: str, at_once: int) -> None:
    """The lines of a JSON Lines text, split a part at a time, are its lines split at \\n (no
    other line break), each numbered as in the file, whatever the size of a part."""
    was = bulk._LINES_AT_ONCE
    bulk._LINES_AT_ONCE = at_once
    try:
        split = [(n, line) for first, lines in _line_parts(text) for n, line in enumerate(lines, first)]
    finally:
        bulk._LINES_AT_ONCE = was
    assert split == list(enumerate(text.split("\n"), 1))


@settings(max_examples=300, deadline=None)
@given(_json_lines(), st.sampled_from([1, 7, bulk._LINES_AT_ONCE]))
def test_json_lines_read_through_orjson_as_through_json(text: str, at_once: int) -> None:
    """A JSON Lines file's rows, read a line at a time through orjson where it reads the line as
    json does, are the rows (and the errors) of each line read through json (the file's lines
    split a part at a time, a part of a few characters or of the most)."""
    path = Path("comments.jsonl")

    def rows(read: Callable[[], object]) -> object:
        try:
            return read()
        except InputError as exc:
            return ("error", str(exc))

    def through_json() -> object:
        canonical: dict[str, str | None] = {}
        unread: dict[str, list[str]] = {}
        found, bad, read = [], [], 0
        for n, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            read += 1
            try:
                found.append(_json_row(path, f"line {n}", _load_json(path, line, n), canonical, unread))
            except bulk._KeyRefused:  # (a key refused for the whole file: said once)
                raise
            except InputError as exc:
                if not bad and read == 1 and (whole := bulk._one_document(text)) is not None:
                    raise InputError(str(path), f"{exc.detail}; {whole}", exc.line) from None
                bad.append(exc.detail if exc.line is None else f"line {exc.line}: {exc.detail}")
        if bad:  # (every line that cannot be read, listed)
            raise ValidationError(str(path), bad, f"{len(bad)} of {read} line(s) cannot be read; nothing was imported "
                                                  "(fix them and import the file again)")  # fmt: skip
        return found, _unread_keys(path, unread)

    was = bulk._LINES_AT_ONCE
    bulk._LINES_AT_ONCE = at_once
    try:
        assert rows(lambda: _json_rows(path, text, jsonl=True)) == rows(through_json)
    finally:
        bulk._LINES_AT_ONCE = was


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


#: Member cells: ids, an organisation (one member's, two members', a near one), none, an unknown id.
_MEMBER_CELLS = ["m1", "m2", "m3", "甲公司", "甲公司 ", "乙公司", "丙公司", "", "m9", "甲"]
_MEMBERS = {"m1": "甲公司", "m2": "乙公司", "m3": "乙公司", "m4": "丙公司"}
#: What a JSON row carries beside its cells: nothing, its author and date, a quote's place, a date to come.
_EXTRAS: list[dict[str, Any]] = [{}, {"source": {"author": "张三"}, "created": "2026-11-21T09:00:00Z"},
                                 {"selector": {"offset": 3}}, {"created": "2999-01-01T00:00:00Z"}, {"created": "soon"}]
_QUOTES = ["", "电子商务", "不在本条的话", "“电子商务”"]


@st.composite
def _file_rows(draw: st.DrawFn) -> list[Row]:
    """A file's rows as any channel gives them: repeated rows and a member's second wording among
    them, members named by organisation, rows refused and rows recording nothing."""
    cells = st.fixed_dictionaries({"member": st.sampled_from(_MEMBER_CELLS),
                                   "article": st.sampled_from([*_ARTICLES, "全文", "第九百条"]),
                                   "proposed_text": st.sampled_from([*_WORDINGS, f"\n{_SECOND} "]),
                                   "reason": st.sampled_from([*_REASONS, " 理由\n"]),
                                   "stance": st.sampled_from(_STANCES), "quote": st.sampled_from(_QUOTES)})  # fmt: skip
    made = draw(st.lists(st.tuples(cells, st.sampled_from(_EXTRAS), st.sampled_from(["", "", "2 cells past"])),
                         min_size=1, max_size=30))  # fmt: skip
    rows = [Row(f"row {n}", values, extra, past) for n, (values, extra, past) in enumerate(made, 2)]
    return rows + draw(st.lists(st.sampled_from(rows), max_size=4))  # (rows pasted again, further down)


def _in_one_process(rows: list[Row], member: str | None = None) -> tuple[Any, ...]:
    was = os.environ.get("LAWCOMMENT_WORKERS")
    os.environ["LAWCOMMENT_WORKERS"] = "1"
    try:
        return validate(rows, DRAFT, "ecommerce@1", Path("a.csv"), SourceKind.CSV, _MEMBERS, member)
    finally:
        if was is None:
            del os.environ["LAWCOMMENT_WORKERS"]
        else:
            os.environ["LAWCOMMENT_WORKERS"] = was


forks = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")


@forks
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_file_rows(), st.sampled_from([None, "m1"]))
def test_a_files_rows_read_in_two_processes_are_read_as_in_one(monkeypatch: pytest.MonkeyPatch, rows: list[Row],
                                                                member: str | None) -> None:  # fmt: skip
    """A file's rows read by a worker and this process together give the comments, problems and
    warnings (in their order) that one process gives: each comment field for field, made again
    from what the worker sent; progress is told of the same rows, in order."""
    monkeypatch.setattr(bulk, "BESIDE_FROM", 1)
    monkeypatch.setenv("LAWCOMMENT_WORKERS", "2")
    forked: list[object] = []
    started = bulk.beside

    def beside(fn: Callable[[], bytes]) -> object:
        forked.append(fn)
        return started(fn)

    monkeypatch.setattr(bulk, "beside", beside)
    monkeypatch.setattr(bulk, "_CLAIM", 2)  # (each process takes a few of a small file's rows)
    monkeypatch.setattr(bulk, "_TAKE_EVERY", 1)  # (and what the worker sent is read between them)
    told: list[tuple[int, int]] = []
    monkeypatch.setattr(bulk, "_PROGRESS_EVERY", 3)
    two = validate(rows, DRAFT, "ecommerce@1", Path("a.csv"), SourceKind.CSV, _MEMBERS, member,
                   progress=lambda done, total: told.append((done, total)))  # fmt: skip
    assert forked
    one = _in_one_process(rows, member)
    assert two == one
    assert [repr(c) for c in two[0]] == [repr(c) for c in one[0]]  # (each field's type too: a Stance, not its str)
    assert told == [(n, len(rows)) for n in range(3, len(rows) + 1, 3)]


@forks
def test_a_worker_that_fails_leaves_its_rows_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = ["第二条", "第十条", "第九百条", "第二条第二款"] * 3
    rows = [Row(f"row {n}", {"member": "m1", "article": article, "reason": f"理由{n}"}, {})
            for n, article in enumerate(articles, 2)]  # fmt: skip
    monkeypatch.setattr(bulk, "BESIDE_FROM", 1)
    monkeypatch.setenv("LAWCOMMENT_WORKERS", "2")
    here = os.getpid()

    def fails_there(*args: Any) -> Any:
        if os.getpid() != here:
            raise ValueError("the worker cannot send it")
        return sent(*args)

    sent = bulk._sent
    monkeypatch.setattr(bulk, "_sent", fails_there)
    assert validate(rows, DRAFT, "ecommerce@1", Path("a.csv"), SourceKind.CSV, _MEMBERS) == _in_one_process(rows)


@forks
@pytest.mark.parametrize("slow", ["here", "there"])
def test_the_rows_of_a_slower_process_are_read_by_the_other(monkeypatch: pytest.MonkeyPatch, slow: str) -> None:
    """The rows are read a few at a time by whichever process is free, until none is left: a worker
    held up (its core busy) leaves most to this process, and this one held up leaves most to the
    worker; the comments, warnings and problems are those of one process either way."""
    import time

    articles = ["第二条", "第十条", "第九百条", "第二条第二款", "第九百九十九条"] * 12
    rows = [Row(f"row {n}", {"member": "m1", "article": article, "reason": f"理由{n}"}, {})
            for n, article in enumerate(articles, 2)]  # fmt: skip
    monkeypatch.setattr(bulk, "BESIDE_FROM", 1)
    monkeypatch.setattr(bulk, "_CLAIM", 2)
    monkeypatch.setattr(bulk, "_TAKE_EVERY", 1)
    one = _in_one_process(rows)
    monkeypatch.setenv("LAWCOMMENT_WORKERS", "2")
    here = os.getpid()
    read_here: list[str] = []
    outcome = bulk._outcome

    def held_up(row: Row, *args: Any) -> Any:
        if (os.getpid() == here) is (slow == "here"):
            time.sleep(0.01)
        if os.getpid() == here:
            read_here.append(row.position)
        return outcome(row, *args)

    monkeypatch.setattr(bulk, "_outcome", held_up)
    assert validate(rows, DRAFT, "ecommerce@1", Path("a.csv"), SourceKind.CSV, _MEMBERS) == one
    assert read_here == [r.position for r in rows if r.position in read_here]  # (in order, none twice)
    assert (len(read_here) > len(rows) // 2) is (slow == "there")


def test_a_small_file_or_one_worker_reads_its_rows_here(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [Row(f"row {n}", {"member": "m1", "article": "第二条", "reason": f"理由{n}"}, {}) for n in range(2, 12)]
    monkeypatch.setattr(bulk, "beside", lambda fn: pytest.fail("forked"))
    validate(rows, DRAFT, "ecommerce@1", Path("a.csv"), SourceKind.CSV, _MEMBERS)  # (fewer than BESIDE_FROM)
    monkeypatch.setattr(bulk, "BESIDE_FROM", 1)
    monkeypatch.setenv("LAWCOMMENT_WORKERS", "1")
    validate(rows, DRAFT, "ecommerce@1", Path("a.csv"), SourceKind.CSV, _MEMBERS)


@forks
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_file_rows(), st.booleans())
def test_the_wordings_and_fingerprints_prepared_are_those_the_store_works_out(
        monkeypatch: pytest.MonkeyPatch, rows: list[Row], forked: bool) -> None:  # fmt: skip
    """What validate prepares for the store, as each row is read (in either process), is what the
    store works out itself: each comment's wording as normalise_comments gives it, and the
    fingerprint of the comment so normalised."""
    from lawcomment.comments import fingerprints
    from lawcomment.drafts.anchors import unit_index
    from lawcomment.drafts.serialize import body_separator
    from lawcomment.review.proposals import normalise_comments

    monkeypatch.setattr(bulk, "BESIDE_FROM", 1)
    monkeypatch.setenv("LAWCOMMENT_WORKERS", "2" if forked else "1")
    prepared: list[tuple[Any, str | None, str | None]] = []
    misfits: list[tuple[Misfiled, str]] = []
    good, _, _ = validate(rows, DRAFT, "ecommerce@1", Path("a.csv"), SourceKind.CSV, _MEMBERS, prepared=prepared,
                          misfiled=misfits)  # fmt: skip
    assert [c for c, _, _ in prepared] == good and all(a is b for a, (b, _, _) in zip(good, prepared))
    # (each row's wording judged as it was read, as misfiled_found judges the comments)
    assert [m for m, _ in misfits] == misfiled_found(unit_index(DRAFT), body_separator(DRAFT), good)
    stored = normalise_comments(DRAFT, unit_index(DRAFT), good)
    assert [c.proposed_text for c in stored] == [wording for _, wording, _ in prepared]
    assert fingerprints(stored, "ecommerce@1") == [fingerprint for _, _, fingerprint in prepared]
    assert normalise_comments(DRAFT, unit_index(DRAFT), good, [wording for _, wording, _ in prepared]) == stored


#: Cells a placeholder's patterns read, and cells near them: each pattern's words, marks, and words of a remark.
_CELL_WORDS = ["无", "暂无", "无意见", "同上", "同前", "同第三条意见", "见上", "无异议", "认可", "同意", "支持本条", "支持", "n/a",
               "none", "see reason", "ditto", "/", "-", "—", "…", "×", "、", "意见", "1", "：", "oppose", "修改", "条", "第", "原文",
               "不变", "保持", "见理由", "见右", "略", "空", "no change", " ", "。", "support"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CELL_WORDS), min_size=1, max_size=4))
def test_a_placeholders_one_search_finds_what_its_patterns_find(words: list[str]) -> None:
    # placeholder asks _ANY_PLACEHOLDER first, and the four patterns only of a cell it matches: it must
    # match every cell any of them does (their alternatives, tried in turn)
    cell = "".join(words).casefold()
    each = any(p.fullmatch(cell) for p in (bulk._MARKS_ONLY, bulk._SAME_AS_ABOVE, bulk._NO_OBJECTION, bulk._NO_WORDING))
    assert (bulk._ANY_PLACEHOLDER().fullmatch(cell) is not None) == each
