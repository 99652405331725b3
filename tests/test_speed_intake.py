"""What the faster comment import keeps: fingerprints byte for byte, the ids SQLite would give,
one log event per comment in order, the rows a file holds, and the CLI's article filter and
column widths as they were."""

from __future__ import annotations

import json
import shutil
import sqlite3
import unicodedata
from contextlib import nullcontext
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawcomment.cli.common import clip, table_lines, text_width
from lawcomment.cli.consultation import _stored_article
from lawcomment.comments import Anchor, CommentSource, Member, NewComment, SourceKind, Stance, Status, json_text
from lawcomment.consultation.bulk import _csv_rows, _json_rows, parse_stance, read_rows
from lawcomment.drafts.anchors import quote_anchor, resolve, unit_body, unit_index
from lawcomment.drafts.ids import citation_to_eid
from lawcomment.errors import CitationError, InputError, StoreError
from lawcomment.store import Store, open_store
from lawcomment.store.sql import _comment
from tests.store_rows import store_rows


def test_fingerprints_are_the_ones_stores_already_hold() -> None:
    """Values computed by the fingerprint before it was made faster: a store dedups against them."""
    c = NewComment("acme", Anchor("art_12__para_2", "经营者", "电子商务", "应当", 3), Stance.AMEND,
                   CommentSource(SourceKind.CSV, "批次.csv", "张三", "row 2"), body='理由："引号"\n换行',
                   proposed_text="新的文本 ✓")  # fmt: skip
    assert c.fingerprint("ecommerce@1") == "f35e8957b4e633d5661589a56591858c"
    assert c.fingerprint("ecommerce@1", 2) == "9e082bc52ab9b1d3068db93fb5e0842d"
    reply = NewComment("m1", Anchor(None), Stance.SUPPORT, CommentSource(SourceKind.DOCX_COMMENT), reply_to="k1")
    assert reply.fingerprint("x@1") == "1d4b6b8cf502909a5def96170a72789e"
    assert reply.fingerprint("x@1", 1) == "aa4e0d33db967ee15e2595b676153050"


@pytest.mark.parametrize("value", [
    ["", None, True, False, 0, 7, -12, "a\"b\\c\nd\te\x00\x1f\x7f", "第十二条　“引号”", "\u2028\u2029", "😀", "\ud800"],
    {"draft": "ecommerce@1", "eid": None, "n": 3, "list": [1, "二", None], "nested": {"k": "值"}},
    [1.5, -0.0, 1e300, float("inf"), float("nan")],
    [],
    {},
])  # fmt: skip
def test_json_text_is_json_dumps(value: object) -> None:
    assert json_text(value) == json.dumps(value, ensure_ascii=False)


def _new(member: str, eid: str, text: str, **kw: object) -> NewComment:
    return NewComment(member, Anchor(eid), Stance.AMEND, CommentSource(SourceKind.CSV, "x.csv", None, kw.pop("at", None)),
                      proposed_text=text, **kw)  # type: ignore[arg-type]  # fmt: skip


def test_ids_follow_the_largest_and_each_comment_is_logged_in_order(consultation) -> None:  # type: ignore[no-untyped-def]
    store = open_store(consultation.db)
    first = store.add_comments("ecommerce@1", [_new("acme", f"art_{n}", f"文本{n}") for n in (1, 2, 3)])
    store.conn.execute("DELETE FROM comments WHERE id = ?", (first.added[1],))  # a gap below the largest stays a gap
    before = store.conn.execute("SELECT max(id) FROM events").fetchone()[0]
    report = store.add_comments("ecommerce@1", [_new("beta", "art_4", "文本4"), _new("beta", "art_4", "文本4"),
                                                _new("beta", "art_5", "文本5")], file="b.csv", sha256="b", kind="csv")  # fmt: skip
    assert report.added == (first.added[2] + 1, first.added[2] + 2, first.added[2] + 3)
    events = [(e.action, e.object, e.detail) for e in store.events() if e.id > before]
    added = [("comment.add", f"comment:{cid}", {"draft": "ecommerce@1", "eid": eid, "member": "beta", "source": "csv",
                                                 "file": "x.csv"}) for cid, eid in zip(report.added, ("art_4", "art_4", "art_5"), strict=True)]  # fmt: skip
    assert events == [*added, ("import", f"import:{store.imports()[-1].id}",
                               {"draft": "ecommerce@1", "file": "b.csv", "kind": "csv", "added": 3, "duplicates": 0,
                                "superseded": 0})]  # fmt: skip
    assert len({e.at for e in store.events() if e.id > before}) == 1


def test_a_supersession_is_logged_after_the_comment_that_replaces(consultation) -> None:  # type: ignore[no-untyped-def]
    store = open_store(consultation.db)
    old = store.add_comments("ecommerce@1", [_new("acme", "art_12", "旧文本", at="row 2")], file="a.csv", sha256="1")
    before = store.conn.execute("SELECT max(id) FROM events").fetchone()[0]
    new = store.add_comments("ecommerce@1", [_new("acme", "art_13", "其他", at="row 3"),
                                             _new("acme", "art_12", "新文本", at="row 2")], file="b.csv", sha256="2")  # fmt: skip
    assert new.superseded == ((old.added[0], new.added[1]),)
    assert [(e.action, e.object) for e in store.events() if e.id > before] == [
        ("comment.add", f"comment:{new.added[0]}"), ("comment.add", f"comment:{new.added[1]}"),
        ("comment.supersede", f"comment:{old.added[0]}"), ("import", f"import:{store.imports()[-1].id}")]  # fmt: skip
    assert store.get_comment(new.added[1]).supersedes == old.added[0]
    assert [r.action for r in store.revisions(old.added[0])] == ["supersede"]


def test_replies_in_one_batch_point_at_the_new_comments(consultation) -> None:  # type: ignore[no-untyped-def]
    store = open_store(consultation.db)
    src = CommentSource(SourceKind.DOCX_COMMENT, "m.docx", "张三")
    items = [NewComment("acme", Anchor("art_5"), Stance.COMMENT, src, body="根", key="1"),
             NewComment("beta", Anchor("art_5"), Stance.COMMENT, src, body="回复", reply_to="1"),
             NewComment("acme", Anchor("art_5"), Stance.COMMENT, src, body="再回复", reply_to="1")]  # fmt: skip
    report = store.add_comments("ecommerce@1", items)
    assert [store.get_comment(cid).thread for cid in report.added] == [None, report.added[0], report.added[0]]
    again = store.add_comments("ecommerce@1", items)
    assert (again.added, again.duplicates) == ((), 3)


def test_a_stored_value_no_enum_has_still_fails_as_before() -> None:
    row = [1, "d@1", "acme", None, "", "", "", None, "maybe", "", None, "csv", None, None, None, "open", "t", "t",
           None, None, None, "", 0]  # fmt: skip
    with pytest.raises(ValueError, match="'maybe' is not a valid Stance"):
        _comment(row)
    row[8], row[11] = "amend", "fax"
    with pytest.raises(ValueError, match="'fax' is not a valid SourceKind"):
        _comment(row)


def test_csv_rows_skip_blank_ones_and_fill_short_ones(tmp_path: Path) -> None:
    text = ("member,article,ignored,reason\r\n acme , 第一条 ,x,理由\r\n \t,  ,\u3000,\r\n,,,\r\n"
            "beta,第二条\r\n\"gamma\",\"第三条\",,\"两行\n理由\"\r\nacme,第四条,,r,extra\r\n")  # fmt: skip
    rows, warnings = _csv_rows(tmp_path / "c.csv", text)
    assert [(r.position, r.values) for r in rows] == [
        ("row 2", {"member": " acme ", "article": " 第一条 ", "reason": "理由"}),
        ("row 5", {"member": "beta", "article": "第二条", "reason": ""}),
        ("row 6", {"member": "gamma", "article": "第三条", "reason": "两行\n理由"}),  # on lines 6 and 7
        ("row 7", {"member": "acme", "article": "第四条", "reason": "r"})]  # fmt: skip
    assert warnings == [f"{tmp_path / 'c.csv'}: column 'ignored' is not a comment column: its words in 1 row(s) (row 2) "
                        "are not imported (head it as a column lawcomment reads, such as 理由 or 修改建议, to import them)"]
    only, _ = _csv_rows(tmp_path / "c.csv", "条款\n第五条\n\n第六条\n")
    assert [(r.position, r.values) for r in only] == [("row 2", {"article": "第五条"}), ("row 4", {"article": "第六条"})]


def test_json_rows_read_each_key_as_before(tmp_path: Path) -> None:
    text = ('{"Member": "acme", "ARTICLE": 12, "理由": "r", "x": 1, "quote": null}\n\n'
            '{"member_id": "beta", "条款": "第二条", "proposed-text": "文本", "x": [2]}\n')  # fmt: skip
    rows, _ = _json_rows(tmp_path / "c.jsonl", text, jsonl=True)
    assert [(r.position, r.values, r.extra) for r in rows] == [
        ("line 1", {"member": "acme", "article": "12", "reason": "r"}, {"x": 1, "quote": None}),
        ("line 3", {"member": "beta", "article": "第二条", "proposed_text": "文本"}, {"x": [2]})]  # fmt: skip
    with pytest.raises(InputError, match="line 2: 'reason' must be text, not int"):
        _json_rows(tmp_path / "c.jsonl", '{"article": "1"}\n{"reason": 3}\n', jsonl=True)


@pytest.mark.parametrize(("line", "said"), [
    ("\ufeff{}", "Unexpected UTF-8 BOM (decode using utf-8-sig) (column 1)"),  # json.loads's own words
    ("{", "Expecting property name enclosed in double quotes (column 2)"),
    ('{"a": NaN}', "NaN is not a value JSON allows (column 7)"),
    ('{"a": "NaN", "b": -Infinity}', "-Infinity is not a value JSON allows (column 19)"),
    ('{"a": 1e999}', "the number 1e999 is too large (column 7)"),
    ("[" * 100_000, "nested too deeply"),
    ('{"a": 1}x', "Extra data (column 9)"),
    ('{"member": "acme", "reason": "好"x}', "Expecting ',' delimiter (column 33)"),  # a column counts characters
])  # fmt: skip
def test_a_bad_json_line_says_what_it_said(tmp_path: Path, line: str, said: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"article": "1"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as found:
        read_rows(path)
    assert str(found.value) == (f"{path}: 1 of 2 line(s) cannot be read; nothing was imported (fix them and import "
                                f"the file again)\n  line 2: not valid JSON: {said}")


def test_stance_words_and_values() -> None:
    assert [parse_stance(w, None) for w in ("Amend ", "删除", "support", "", "AGREE")] == [
        Stance.AMEND, Stance.DELETE, Stance.SUPPORT, Stance.COMMENT, Stance.SUPPORT]  # fmt: skip
    with pytest.raises(ValueError, match="unknown stance 'maybe'"):
        parse_stance("maybe", None)


def test_a_remembered_citation_still_fails_every_time() -> None:
    assert citation_to_eid("第十二条第二款") == citation_to_eid("第十二条第二款", paragraph_optional=False)
    assert citation_to_eid("第十二条第三项", paragraph_optional=True) == "art_12__item_3"
    for _ in range(2):
        with pytest.raises(CitationError, match="must name the paragraph"):
            citation_to_eid("第十二条第三项")
        with pytest.raises(CitationError, match="cannot read the citation"):
            citation_to_eid("第十二")


def test_a_quote_anchor_from_a_known_body_is_the_same(data: Path) -> None:
    from lawcomment import load_draft

    draft = load_draft(data / "ecommerce-law.md")
    unit = unit_index(draft)["art_13"]
    body = unit_body(draft, unit)
    for quote, offset in (("", None), ("商品", None), ("商品", 40), ("服务", 3)):
        assert quote_anchor(draft, unit, quote, offset, body=body) == quote_anchor(draft, unit, quote, offset)
    with pytest.raises(CitationError, match="is not in"):
        quote_anchor(draft, unit, "不在其中", body=body)


def test_the_article_filter_settles_as_resolve_does(consultation) -> None:  # type: ignore[no-untyped-def]
    store = open_store(consultation.db)
    stored = store.get_draft("ecommerce@1")
    draft = stored.load()
    index = unit_index(draft)
    cited = ["12", "art_12", "第十二条", "Article 12", "第七十五条第一款", "第二十七条第（一）项", "第二十七条第一项",
             "art_999", "第九百九十九条", "第十二条第九款", "胡说", "", "12-1", "第三章"]  # fmt: skip
    cited += [u.eid for u in index.values()]
    for at in cited:
        try:
            want: str | None = resolve(draft, at, stored.ref, index).eid.split("__")[0]
        except CitationError:
            want = None
        fast = _stored_article(store, stored.ref, at)
        assert fast is None or fast == want, at
    assert _stored_article(store, stored.ref, "第十二条") == "art_12"


def _slow_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _slow_clip(text: str, limit: int) -> str:
    from lawcomment.textcheck import printable

    text = printable(text.replace("\n", " ⏎ "))
    if _slow_width(text) <= limit:
        return text
    out, used = "", 0
    for ch in text:
        if used + _slow_width(ch) > limit - 1:
            break
        out += ch
        used += _slow_width(ch)
    return out + "…"


@pytest.mark.parametrize("text", ["", "plain ascii", "第十二条", "ｆｕｌｌ　ｗｉｄｔｈ", "mixed 中文 and é ü", "\x1b[31mred",
                                  "a" * 47 + "中", "中" * 24, "中" * 23 + "ab", "line\nbreak", "😀" * 30, "\u0301e" * 60])  # fmt: skip
def test_widths_and_clipping_are_unchanged(text: str) -> None:
    assert text_width(text) == _slow_width(text)
    for limit in (1, 2, 10, 47, 48, 49, 200):
        assert clip(text, limit) == _slow_clip(text, limit)


#: Cells as a listing has them: ASCII ids, article citations, CJK and emoji text, accents.
_CELLS = st.text(st.sampled_from(list("ab#12 第十二条款（）中文é\u0301😀ｆ　")), max_size=12)


@given(st.text(st.sampled_from(list("ab 第十二条中文é\u0301😀ｆ　\n\x1b")), max_size=80), st.integers(-2, 60))
def test_clipping_any_text_at_any_limit_is_unchanged(text: str, limit: int) -> None:
    assert clip(text, limit) == _slow_clip(text, limit)


@given(st.integers(2, 7).flatmap(lambda n: st.lists(st.lists(_CELLS, min_size=n, max_size=n).map(tuple), min_size=1,
                                                     max_size=8)))  # fmt: skip
def test_a_table_pads_every_column_but_the_last_to_its_widest_cell(rows: list[tuple[str, ...]]) -> None:
    widths = [max(_slow_width(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    want = ["  ".join(col + " " * (widths[i] - _slow_width(col)) for i, col in enumerate(r[:-1])) + "  " + r[-1]
            for r in rows]  # fmt: skip
    assert table_lines(rows) == want
    assert table_lines([]) == []


def _schema(store: Store) -> list[tuple[str, str]]:
    return sorted(store.conn.execute("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'comments'").fetchall())


def test_a_bulk_batch_gets_its_indexes_made_anew(consultation, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import lawcomment.store.sql as sqlite_store

    store = open_store(consultation.db)
    schema = _schema(store)
    monkeypatch.setattr(sqlite_store, "BULK_ROWS", 3)
    report = store.add_comments("ecommerce@1", [_new("acme", f"art_{n}", f"文本{n}") for n in range(1, 6)])
    assert _schema(store) == schema
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    plan = " ".join(r[3] for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM comments WHERE draft_id = 1 AND article = 'art_3' AND status = 'open'"))  # fmt: skip
    assert "comments_by_article" in plan
    assert [c.id for c in store.comments("ecommerce@1", article="art_3")] == [report.added[2]]
    again = store.add_comments("ecommerce@1", [_new("acme", f"art_{n}", f"文本{n}") for n in range(1, 6)])
    assert (again.added, again.duplicates) == ((), 5)  # found by their fingerprints


def test_a_bulk_batch_that_fails_keeps_the_indexes(consultation, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import lawcomment.store.sql as sqlite_store

    store = open_store(consultation.db)
    schema = _schema(store)
    monkeypatch.setattr(sqlite_store, "BULK_ROWS", 3)
    store.conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON comments WHEN NEW.body = 'stop' "
                       "BEGIN SELECT RAISE(ABORT, 'refused'); END")  # fmt: skip
    items = [_new("acme", f"art_{n}", f"文本{n}") for n in range(1, 6)]
    items[3] = NewComment("acme", Anchor("art_9"), Stance.COMMENT, CommentSource(SourceKind.CSV, "x.csv"), body="stop")
    with pytest.raises(Exception, match="refused"):
        store.add_comments("ecommerce@1", items, file="x.csv", sha256="x", kind="csv")
    store.conn.execute("DROP TRIGGER refuse")
    assert _schema(store) == schema
    assert store.stats()["comments"] == 0 and store.stats()["imports"] == 0


@pytest.mark.parametrize("fails", [False, True])
def test_a_bulk_batch_is_stored_with_a_larger_cache_given_back_when_it_ends(consultation, monkeypatch: pytest.MonkeyPatch,
                                                                             fails: bool) -> None:  # type: ignore[no-untyped-def]
    import lawcomment.store.sql as sqlite_store
    from lawcomment.store.sqlite import BULK_CACHE_KIB

    store = open_store(consultation.db)
    store.conn.execute("PRAGMA cache_size = -3000")
    monkeypatch.setattr(sqlite_store, "BULK_ROWS", 3)
    sizes: list[int] = []
    items = [_new("acme", f"art_{n}", f"文本{n}") for n in range(1, 6)]
    with pytest.raises(StoreError) if fails else nullcontext():
        with store.transaction():
            store.add_comments("ecommerce@1", items)
            sizes.append(store.conn.execute("PRAGMA cache_size").fetchone()[0])
            if fails:
                raise StoreError("refused")
    assert sizes == [-BULK_CACHE_KIB]
    assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == -3000
    assert store.stats()["comments"] == (0 if fails else 5)
    store.add_comments("ecommerce@1", [_new("beta", "art_1", "文本")])  # (a small batch: the cache as it is)
    assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == -3000


def test_a_batch_under_a_third_of_the_table_leaves_the_indexes_alone(consultation, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import lawcomment.store.sql as sqlite_store

    store = open_store(consultation.db)
    store.add_comments("ecommerce@1", [_new("acme", f"art_{n}", f"文本{n}") for n in range(1, 14)])
    monkeypatch.setattr(sqlite_store, "BULK_ROWS", 3)
    dropped: list[str] = []
    store.conn.set_authorizer(lambda action, *args: dropped.append(str(args[0])) or 0 if action == sqlite3.SQLITE_DROP_INDEX else 0)
    store.add_comments("ecommerce@1", [_new("beta", f"art_{n}", f"文本{n}") for n in range(1, 5)])  # 4 into 13
    assert dropped == []
    store.add_comments("ecommerce@1", [_new("beta", f"art_{n}", f"文本{n}") for n in range(10, 16)])  # 6 into 17
    assert sorted(dropped) == ["comments_by_article", "comments_by_member", "comments_by_origin",
                               "comments_live_fingerprint", "comments_superseded_fingerprint"]  # fmt: skip
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.stats()["comments"] == 23


@pytest.mark.parametrize("bulk", [False, True])
def test_a_batch_mixing_plain_and_rare_comments_is_stored_as_given(consultation, monkeypatch: pytest.MonkeyPatch,
                                                                    bulk: bool) -> None:  # type: ignore[no-untyped-def]
    """Most comments go in without the columns they leave at their default (quote, author,
    thread, language…), the others after them: every field reads back as given, replies in their
    threads, ids in the batch's order, with the indexes kept or made anew."""
    import lawcomment.store.sql as sqlite_store

    if bulk:
        monkeypatch.setattr(sqlite_store, "BULK_ROWS", 3)
    store = open_store(consultation.db)
    word = CommentSource(SourceKind.DOCX_COMMENT, "m.docx", "张三", "comment 1")
    reply = CommentSource(SourceKind.DOCX_COMMENT, "m.docx", None, "comment 2")
    items = [
        NewComment("acme", Anchor("art_2", "电子商务", "", "", 0), Stance.COMMENT, word, body="引文", key="1"),
        _new("acme", "art_3", "文本三"),
        NewComment("beta", Anchor("art_2"), Stance.COMMENT, reply, body="答复", reply_to="1"),
        _new("beta", "art_4", "text four", lang="en"),
        NewComment("acme", Anchor("art_5"), Stance.SUPPORT, CommentSource(SourceKind.CSV, "x.csv", None, "row 7")),
        NewComment("beta", Anchor("art_6"), Stance.OPPOSE, word, body="反对"),
    ]
    report = store.add_comments("ecommerce@1", items, file="m.docx", sha256="m", kind="marked-up draft")
    assert len(report.added) == 6 and list(report.added) == sorted(report.added)
    got = {c.id: c for c in store.comments("ecommerce@1")}
    for cid, item in zip(report.added, items, strict=True):
        c = got[cid]
        assert (c.member, c.anchor, c.stance, c.source, c.body, c.proposed_text, c.lang) == (
            item.member, item.anchor, item.stance, item.source, item.body, item.proposed_text, item.lang)
    assert got[report.added[2]].thread == report.added[0]
    assert [got[cid].thread for cid in report.added] == [None, None, report.added[0], None, None, None]
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = store.add_comments("ecommerce@1", items, file="m.docx", sha256="m", kind="marked-up draft")
    assert (again.added, again.duplicates) == ((), 6)


def test_the_import_event_names_the_import_kind_not_a_comments_source(consultation) -> None:  # type: ignore[no-untyped-def]
    store = open_store(consultation.db)
    src = CommentSource(SourceKind.DOCX_REVISION, "m.docx", "张三", "paragraph 3")
    store.add_comments("ecommerce@1", [NewComment("acme", Anchor("art_5"), Stance.AMEND, src, proposed_text="新")],
                       file="m.docx", sha256="m", kind="marked-up draft")  # fmt: skip
    events = store.events(limit=2)
    assert events[0].detail["source"] == "docx-revision"
    assert (events[1].action, events[1].detail["kind"]) == ("import", "marked-up draft")


def test_events_written_in_parts_keep_their_order(consultation, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import lawcomment.store.sql as sqlite_store

    store = open_store(consultation.db)
    monkeypatch.setattr(sqlite_store, "_EVENTS_AT_ONCE", 2)
    monkeypatch.setattr(store.db, "json_string", lambda column: None)  # (each event written here, in parts)
    before = store.conn.execute("SELECT max(id) FROM events").fetchone()[0]
    report = store.add_comments("ecommerce@1", [_new("acme", f"art_{n}", f"文本{n}") for n in range(1, 6)],
                                file="p.csv", sha256="p", kind="csv")  # fmt: skip
    assert [e.object for e in store.events() if e.id > before] == [
        *(f"comment:{cid}" for cid in report.added), f"import:{store.imports()[-1].id}"]
    calls = {"n": 0}
    original = store._log_text  # every event passes through it

    def failing(*args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 4:  # after a part was written
            raise OSError("disk full")
        original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_log_text", failing)
    with pytest.raises(OSError, match="disk full"):
        store.add_comments("ecommerce@1", [_new("beta", f"art_{n}", f"文本{n}") for n in range(1, 6)], file="q.csv",
                           sha256="q", kind="csv")  # fmt: skip
    assert store.conn.execute("SELECT max(id) FROM events").fetchone()[0] == before + 6
    assert store.stats()["comments"] == 5 and len(store.imports()) == 1


@pytest.mark.parametrize("file", ["x.csv", 'a"b\\c\t\u2028\u00a0\U0001f600.csv', None])
def test_the_events_the_engine_writes_are_those_written_here(consultation, monkeypatch: pytest.MonkeyPatch,
                                                             file: str | None) -> None:  # type: ignore[no-untyped-def]
    """A first batch's comment.add events, written by SQLite from the rows stored, are the events
    the store writes itself: the same ids, actions, objects and details, in the same order."""
    shutil.copy(consultation.db, consultation.db.with_name("twin.db"))
    items = [_new("acme", f"art_{n}", f"文本{n}", at=f"row {n}") for n in range(1, 6)]
    items.append(NewComment("beta", Anchor(None), Stance.COMMENT, CommentSource(SourceKind.CSV, file, 'a"\\b'), body="整体"))
    found = []
    for db, engine in ((consultation.db, True), (consultation.db.with_name("twin.db"), False)):
        store = open_store(db)
        if not engine:
            monkeypatch.setattr(store.db, "json_string", lambda column: None)
        before = store.conn.execute("SELECT max(id) FROM events").fetchone()[0]
        store.add_comments("ecommerce@1", items, file=file, sha256="f" if file else None, kind="csv")
        found.append(store.conn.execute("SELECT id, actor, action, object, detail FROM events WHERE id > ? ORDER BY id",
                                        (before,)).fetchall())  # fmt: skip
        assert len({r[0] for r in store.conn.execute("SELECT at FROM events WHERE id > ?", (before,))}) == 1
    assert found[0] == found[1] and [r[2] for r in found[0]][:6] == ["comment.add"] * 6


def test_sqlite_writes_a_json_string_as_json_does() -> None:
    """json_quote escapes every character json's encoder escapes, and no other, as it does (a
    lone surrogate, which the store refuses, aside)."""
    conn = sqlite3.connect(":memory:")
    texts = ["", "a\"b\\c", "\u2028\u2029\U0001f600\U0010ffff", "".join(map(chr, range(0x20)))]
    texts += ["".join(chr(c) for c in range(start, start + 0x400) if not 0xD800 <= c < 0xE000) for start in range(0, 0x10000, 0x400)]
    for text in texts:
        assert conn.execute("SELECT json_quote(?)", (text,)).fetchone()[0] == json.dumps(text, ensure_ascii=False)
    assert conn.execute("SELECT json_quote(NULL)").fetchone()[0] == json.dumps(None)


@pytest.mark.parametrize(("file", "member"), [("x.csv", "acme"), ('a"b\\c.csv', 'q"u\\o\u00b7te'),
                                             ("意见\u3000表（二）.csv", "会员\U0001f600"), (None, "acme")])  # fmt: skip
def test_each_comment_add_event_is_written_as_json_text_writes_its_detail(consultation, file, member) -> None:  # type: ignore[no-untyped-def]
    """add_comments writes a comment.add event's detail without building its dict: the stored
    text is what json_text gives the dict, byte for byte, whatever the file name and member hold."""
    store = open_store(consultation.db)
    if member != "acme":
        store.add_member(Member(member, org="引号公司"))
    items = [NewComment(member, Anchor(eid), Stance.COMMENT, CommentSource(SourceKind.CLI, file, None, None),
                        body=f"意见{n}") for n, eid in enumerate(["art_3", None, "art_4__para_1"])]  # fmt: skip
    before = store.conn.execute("SELECT max(id) FROM events").fetchone()[0]
    report = store.add_comments("ecommerce@1", items)
    rows = store.conn.execute("SELECT object, detail FROM events WHERE id > ? AND action = 'comment.add' ORDER BY id",
                              (before,)).fetchall()  # fmt: skip
    assert rows == [(f"comment:{cid}", json_text({"draft": "ecommerce@1", "eid": c.anchor.eid, "member": member,
                                                  "source": "cli", "file": file}))
                    for cid, c in zip(report.added, items, strict=True)]  # fmt: skip


def test_a_batch_finds_what_it_repeats_a_slice_at_a_time(consultation, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A batch looks up only its own fingerprints among the stored comments, a slice at a time:
    what it repeats is a duplicate, a withdrawn comment's copy is new, the rest are added."""
    import lawcomment.store.sql as sqlite_store

    monkeypatch.setattr(sqlite_store, "_FINGERPRINTS_AT_ONCE", 2)
    store = open_store(consultation.db)
    first = store.add_comments("ecommerce@1", [_new("acme", f"art_{n}", f"文本{n}") for n in range(1, 8)])
    store.update_comment(first.added[0], "withdraw", status=Status.WITHDRAWN)
    again = store.add_comments("ecommerce@1", [_new("acme", f"art_{n}", f"文本{n}") for n in range(1, 11)])
    assert again.duplicates == 6
    assert len(again.added) == 4  # the withdrawn one's copy and three new
    assert store.stats()["comments"] == 11


@given(st.text(alphabet="ab\n\r 意", max_size=40))
def test_the_lines_of_a_jsonl_file_are_its_split_at_newlines(text: str) -> None:
    from lawcomment.consultation.bulk import _line_parts

    assert [(n + k, line) for n, part in _line_parts(text) for k, line in enumerate(part)] == \
        list(enumerate(text.split("\n"), 1))  # fmt: skip


def test_rows_without_other_keys_share_one_empty_extra_that_cannot_be_written(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"member": "acme", "article": "第一条", "reason": "同意"}\n'
                    '{"member": "acme", "article": "第二条", "reason": "好", "id": 3}\n', encoding="utf-8")  # fmt: skip
    rows, _, _ = read_rows(path)
    assert rows[0].extra == {} and rows[1].extra == {"id": 3}
    with pytest.raises(TypeError):
        rows[0].extra["id"] = 1  # type: ignore[index]


def test_a_batchs_fingerprints_are_looked_up_through_their_indexes(consultation) -> None:  # type: ignore[no-untyped-def]
    """Each lookup of fingerprints names the condition of the partial index it goes through (a
    looser one reads the whole table: 2.6 → 6.2 s for a file of 114,574 comments imported again)."""
    store = open_store(consultation.db)
    items = [_new("acme", f"art_{n}", f"文本{n}") for n in range(1, 14)]
    store.add_comments("ecommerce@1", items, file="a.csv", sha256="a", kind="csv")
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    assert store.add_comments("ecommerce@1", items, file="a.csv", sha256="a", kind="csv").duplicates == 13
    store.conn.set_trace_callback(None)
    lookups = [sql for sql in seen if "fingerprint IN" in sql]
    assert len(lookups) == 2  # the live comments', and the superseded ones' of the same file
    for sql in lookups:
        plan = " ".join(str(row[-1]) for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "USING INDEX comments_" in plan and "_fingerprint" in plan, (sql, plan)


def test_comments_read_back_share_their_repeated_strings(consultation) -> None:  # type: ignore[no-untyped-def]
    """A whole draft's comments read back hold one copy of each member id, file name and time
    stamp (the engine gives every row its own), and read the same as one comment read alone."""
    store = open_store(consultation.db)
    rows = [NewComment(m, Anchor(f"art_{n}"), Stance.COMMENT, CommentSource(SourceKind.CSV, "批次.csv", None, f"row {n}"),
                       body=f"意见{n}") for n, m in zip(range(2, 8), ["acme", "beta"] * 3, strict=True)]  # fmt: skip
    store.add_comments("ecommerce@1", rows, file="批次.csv", sha256="s")
    read = store.comments("ecommerce@1")
    assert len(read) == 6
    first = read[0]
    for c in read[1:]:
        assert c.created is first.created and c.updated is first.created and c.source.file is first.source.file
    assert len({id(c.member) for c in read}) == 2 and {c.member for c in read} == {"acme", "beta"}
    assert read == [store.get_comment(c.id) for c in read]


@pytest.mark.parametrize("bulk", [False, True])
def test_a_first_import_stored_in_parts_is_what_add_comments_stores(consultation, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                    monkeypatch: pytest.MonkeyPatch, bulk: bool) -> None:  # fmt: skip
    """SQLStore.first_import's parts, one after the other, store the rows, ids, events and import
    record add_comments stores for the whole file at once (a comment given twice, in two parts,
    stored twice with fingerprints of their own; rare comments, with a quote, an author or a
    language, among the others), with the indexes set aside and made again, or kept."""
    import lawcomment.store.sql as sqlite_store

    if bulk:
        monkeypatch.setattr(sqlite_store, "BULK_ROWS", 3)
    items = [_new("acme", f"art_{n % 4 + 1}", f"文本{n % 5}", at=f"row {n}") for n in range(12)]
    items[3] = NewComment("beta", Anchor("art_2", "电子商务", "", "", 0), Stance.COMMENT,
                          CommentSource(SourceKind.CSV, "x.csv", "王律师", "row 5"), body="说明", lang="en")  # fmt: skip
    items[7] = items[2]  # (the same comment again, in another part)
    at_once = tmp_path / "at-once.db"
    shutil.copy(consultation.db, at_once)
    report = open_store(at_once).add_comments("ecommerce@1", items, file="f.csv", sha256="s", kind="csv", member="acme")
    with open_store(consultation.db) as store, store.first_import("ecommerce@1", len(items), file="f.csv", sha256="s",
                                                                  kind="csv", member="acme") as writer:  # fmt: skip
        assert writer is not None
        for start, stop in ((0, 3), (3, 3), (3, 8), (8, 12)):
            writer.add(items[start:stop])
        assert writer.finish() == report
    assert store_rows(consultation.db) == store_rows(at_once)


def test_a_first_import_is_none_where_the_draft_holds_comments_or_another_writer_is_at_work(consultation) -> None:  # type: ignore[no-untyped-def]
    store = open_store(consultation.db)
    other = sqlite3.connect(consultation.db)
    other.execute("BEGIN IMMEDIATE")
    with store.first_import("ecommerce@1", 1, file="f.csv", sha256="s", kind="csv") as writer:
        assert writer is None  # (never waited for)
    other.rollback()
    store.add_comments("ecommerce@1", [_new("acme", "art_1", "文本")])
    with store.first_import("ecommerce@1", 1, file="f.csv", sha256="s", kind="csv") as writer:
        assert writer is None
    assert not store.conn.in_transaction


@pytest.mark.parametrize("finished", [False, True])
def test_a_first_import_that_raises_or_is_left_unfinished_writes_nothing(consultation, finished: bool) -> None:  # type: ignore[no-untyped-def]
    store = open_store(consultation.db)
    before = store_rows(consultation.db)
    with pytest.raises(StoreError if not finished else KeyError):
        with store.first_import("ecommerce@1", 2, file="f.csv", sha256="s", kind="csv") as writer:
            assert writer is not None
            writer.add([_new("acme", "art_1", "文本")])
            if finished:
                writer.finish()
                raise KeyError("the caller's own")
    assert store_rows(consultation.db) == before
    # (and the events of the next write are written as ever)
    report = store.add_comments("ecommerce@1", [_new("acme", "art_1", "文本")])
    assert [e.object for e in store.events()][-1] == f"comment:{report.added[0]}"
