"""The Store contract as tests: every backend (SQLite here, PostgreSQL or a third party's) passes
them. Subclass :class:`StoreContract` in a test module and give it a ``store`` fixture that
yields an empty, migrated store; pytest then runs every test below against it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any
from urllib.parse import quote

import pytest

from ..comments import Anchor, CommentSource, Member, NewComment, SourceKind, Stance, Status
from ..drafts import draft_to_dict
from ..errors import StoreError
from ..jsondoc import loads
from ..model import Draft
from ..registry import parse_text

LAW = """示例法
第一条　为了规范示例活动，制定本法。
第二条　示例活动应当遵守法律。
违反前款规定的，依法处理。
第三条　本法自公布之日起施行。
"""


LAW_EN = """Example Law
Article 1 This Law is enacted to regulate example activities.
Article 2 Example activities shall abide by the law.
Violations of the preceding paragraph shall be dealt with according to law.
Article 3 This Law shall come into force on the date of promulgation.
"""


def law(text: str = LAW) -> Draft:
    """The small draft the contract stores (three articles, one with two 款)."""
    return parse_text(text, "zh-CN", name="law.md")


def comment(member: str, eid: str, body: str = "", *, stance: Stance = Stance.COMMENT, proposed: str | None = None,
            kind: SourceKind = SourceKind.CLI, file: str | None = None, position: str = "") -> NewComment:  # fmt: skip
    """A comment as intake hands it to the store."""
    return NewComment(member, Anchor(eid), stance, CommentSource(kind, file, "", position), body, proposed)


#: The PostgreSQL server the tests may use (a URL); .ci/run starts one and sets it.
POSTGRES_ENV = "LAWCOMMENT_TEST_POSTGRES"


def postgres_test_server() -> str:
    """The URL of the PostgreSQL server to test against (``$LAWCOMMENT_TEST_POSTGRES``), for a
    fixture: the test is skipped without one, and fails under CI (``$CI`` set), where a skip
    would hide a broken backend."""
    import os

    url = os.environ.get(POSTGRES_ENV)
    problem = None if url else f"${POSTGRES_ENV} is not set"
    if url:
        try:
            import psycopg

            psycopg.connect(url, connect_timeout=5).close()
        except Exception as exc:  # not installed, or no server there
            problem = f"no PostgreSQL at ${POSTGRES_ENV} ({exc})"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"{problem}, and CI must run the PostgreSQL tests")
        pytest.skip(problem)
    assert url is not None
    return url


@contextmanager
def postgres_schema(server: str) -> Iterator[str]:
    """A new, empty schema on the PostgreSQL ``server`` (a URL) for one test: yields the URL of a
    store in it, and drops the schema and everything in it afterwards."""
    import psycopg

    name = f"lawcomment_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    try:
        yield f"{server}{'&' if '?' in server else '?'}options={quote(f'-csearch_path={name}')}"
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {name} CASCADE")


class StoreContract:
    """What every Store must do. The ``store`` fixture gives an empty store to each test."""

    @pytest.fixture
    def store(self) -> Iterator[Any]:
        raise NotImplementedError("give the contract a store: override the `store` fixture")

    @pytest.fixture
    def ready(self, store: Any) -> Any:
        """The store with the draft as ``law@1`` and members acme and beta."""
        store.add_draft(law(), "law", "1", "sha-1", "law.md")
        store.add_member(Member("acme", "ACME Ltd.", "Pharma WG"))
        store.add_member(Member("beta", "Beta GmbH", "Auto WG"))
        return store

    # -- drafts ----------------------------------------------------------------------------
    def test_a_draft_reads_back_as_stored(self, store: Any) -> None:
        draft = law()
        stored, status = store.add_draft(draft, "law", "1", "sha-1", "law.md")
        assert (status, stored.ref, stored.title) == ("added", "law@1", "示例法")
        assert store.get_draft("law@1").load() == draft
        assert store.get_draft("law").ref == "law@1"  # a single version answers to its bare name
        assert store.unit_eids("law@1") == [u.eid for u in draft.walk()]
        named = store.get_draft("law@1", data=False)  # a handle that only names the draft: no text read
        assert (named.ref, named.title, named.sha256, named.data) == ("law@1", "示例法", stored.sha256, "")
        with pytest.raises(StoreError, match="listed without its units"):
            named.load()
        assert store.comments(named) == [] and store.get_draft(named).load() == draft

    def test_each_article_is_kept_as_a_tree_of_its_own(self, store: Any) -> None:
        """What one article's merge reads instead of the whole draft: the article with its 款,
        as the draft document's units hold it; nothing for a 款 or a unit the draft lacks."""
        draft = law()
        store.add_draft(draft, "law", "1", "sha-1", "law.md")
        units = draft_to_dict(draft)["units"]
        assert [loads(store.article_tree("law@1", u["eid"])) for u in units] == units
        assert [store.article_tree("law@1", eid) for eid in ("art_2__para_1", "art_9", "")] == [None, None, None]
        store.add_draft(law(LAW.replace("制定本法", "特制定本法")), "law", "1", "sha-2", "law.md", replace=True)
        assert "特制定本法" in store.article_tree("law@1", "art_1")  # a replaced draft's own
        with pytest.raises(StoreError, match="no draft 'other@1'"):
            store.article_tree("other@1", "art_1")

    def test_the_same_draft_again_changes_nothing_and_a_clash_is_refused(self, store: Any) -> None:
        store.add_draft(law(), "law", "1", "sha-1", "law.md")
        assert store.add_draft(law(), "law", "1", "sha-1", "law.md")[1] == "unchanged"
        other = law(LAW.replace("制定本法", "特制定本法"))
        with pytest.raises(StoreError):
            store.add_draft(other, "law", "1", "sha-2", "law.md")
        stored, status = store.add_draft(other, "law", "1", "sha-2", "law.md", replace=True)
        assert status == "replaced" and "特制定本法" in stored.load().find("art_1").body()

    def test_an_unknown_draft_is_a_store_error(self, store: Any) -> None:
        with pytest.raises(StoreError):
            store.get_draft("nope@1")

    def test_archived_drafts_are_left_out_unless_asked(self, ready: Any) -> None:
        ready.set_draft_archived("law@1", True)
        assert [d.ref for d in ready.drafts()] == []
        assert [d.ref for d in ready.drafts(archived=True)] == ["law@1"]
        with pytest.raises(StoreError):
            ready.get_draft("law@1")
        assert ready.get_draft("law@1", archived=True).archived is not None

    def test_a_deadline_is_kept(self, ready: Any) -> None:
        assert ready.set_deadline("law@1", "2026-12-15").deadline == "2026-12-15"
        assert ready.get_draft("law@1").deadline == "2026-12-15"
        assert ready.set_deadline("law@1", None).deadline is None

    # -- members ---------------------------------------------------------------------------
    def test_members_are_added_updated_and_clash(self, store: Any) -> None:
        assert store.add_member(Member("acme", "ACME Ltd.")) == "added"
        assert store.add_member(Member("acme", "ACME Ltd.")) == "unchanged"
        with pytest.raises(StoreError):
            store.add_member(Member("acme", "ACME China"))
        assert store.add_member(Member("acme", "ACME China"), update=True) == "updated"
        assert [(m.id, m.org) for m in store.members()] == [("acme", "ACME China")]
        with pytest.raises(StoreError):
            store.get_member("nobody")

    def test_members_in_bulk_are_all_or_nothing_and_listed_in_code_point_order(self, store: Any) -> None:
        assert store.add_members([Member("Zeta"), Member("_x"), Member("alpha", "Alpha"), Member("Émile")]) == [
            "added"] * 4
        assert [m.id for m in store.members()] == ["Zeta", "_x", "alpha", "Émile"]  # the same on every engine
        with pytest.raises(StoreError, match="'alpha' already exists"):
            store.add_members([Member("beta"), Member("alpha", "Other")])
        assert "beta" not in [m.id for m in store.members()]
        assert store.add_members([Member("beta"), Member("alpha", "Other")], update=True) == ["added", "updated"]

    # -- comments --------------------------------------------------------------------------
    def test_comments_get_ids_in_order_and_read_back(self, ready: Any) -> None:
        report = ready.add_comments("law@1", [comment("acme", "art_2__para_1", "标准不明"),
                                              comment("beta", "art_1", "支持", stance=Stance.SUPPORT)])  # fmt: skip
        assert len(report.added) == 2 and report.added[0] < report.added[1] and report.duplicates == 0
        got = ready.comments("law@1")
        assert [(c.member, c.anchor.eid, c.body, c.stance, c.status) for c in got] == [
            ("beta", "art_1", "支持", Stance.SUPPORT, Status.OPEN),
            ("acme", "art_2__para_1", "标准不明", Stance.COMMENT, Status.OPEN)]  # in law order
        assert ready.get_comment(report.added[0]).body == "标准不明"

    def test_every_field_of_a_batch_reads_back_as_given(self, ready: Any) -> None:
        """A batch mixing comments that leave fields at their defaults with ones that set them
        (a quote and its place, an author, an empty author, a reply, a language, a wording)."""
        word = CommentSource(SourceKind.DOCX_COMMENT, "m.docx", "张三", "comment 1")
        reply = CommentSource(SourceKind.DOCX_COMMENT, "m.docx", None, "comment 2")
        row = [CommentSource(SourceKind.CSV, "x.csv", author, f"row {n}") for n, author in ((2, None), (3, ""), (4, None))]
        quoted = Anchor("art_2__para_1", "遵守法律", "示例活动应当", "。", 6)
        done = CommentSource(SourceKind.DOCX_COMMENT, "m.docx", None, "comment 3")
        items = [
            NewComment("acme", quoted, Stance.COMMENT, word, "引文", key="1"),
            NewComment("beta", Anchor("art_1"), Stance.SUPPORT, row[0]),
            NewComment("beta", Anchor("art_2__para_1"), Stance.COMMENT, reply, "答复", reply_to="1"),
            NewComment("acme", Anchor("art_3"), Stance.AMEND, row[1], proposed_text="It takes effect in 2027.", lang="en"),
            NewComment("beta", Anchor("art_3"), Stance.AMEND, row[2], "", "本法自2027年1月1日起施行。"),
            NewComment("acme", Anchor("art_1", offset=0), Stance.OPPOSE, row[0], "开头"),  # a place, no quote
            # a Word comment marked done, with no author: a plain row that keeps its status and time
            NewComment("beta", Anchor("art_2"), Stance.COMMENT, done, "已处理", status=Status.RESOLVED,
                       created="2026-01-02T03:04:05Z"),
        ]
        report = ready.add_comments("law@1", items, file="m.docx", sha256="m", kind="marked-up draft")
        assert len(report.added) == 7 and list(report.added) == sorted(report.added)
        got = {c.id: c for c in ready.comments("law@1", include_superseded=True)}
        for cid, item in zip(report.added, items, strict=True):
            c = got[cid]
            assert (c.member, c.anchor, c.stance, c.source, c.body, c.proposed_text, c.lang, c.status) == (
                item.member, item.anchor, item.stance, item.source, item.body, item.proposed_text, item.lang,
                item.status)  # fmt: skip
            assert c.created == (item.created or c.updated)  # the batch's time when it brings none
        assert got[report.added[-1]].created == "2026-01-02T03:04:05Z"
        assert [got[cid].thread for cid in report.added] == [None, None, report.added[0], None, None, None, None]
        # the article each row is filed under
        assert {c.id for c in ready.comments("law@1", article="art_2")} == {
            report.added[n] for n in (0, 2, 6)}  # fmt: skip
        again = ready.add_comments("law@1", items, file="m.docx", sha256="m", kind="marked-up draft")
        assert (again.added, again.duplicates) == ((), 7)

    @pytest.mark.parametrize("field", ["quote", "prefix", "suffix", "lang", "quote and lang"])
    def test_a_field_of_text_given_none_is_refused_and_nothing_stored(self, ready: Any, field: str) -> None:
        """None where a comment holds text is an error of the caller, not an empty field: each
        field alone on an otherwise plain comment, and on one that has fields of its own."""
        anchor = Anchor("art_1", quote="示例" if field == "quote and lang" else "")
        if field in ("quote", "prefix", "suffix"):
            anchor = replace(anchor, **{field: None})  # type: ignore[arg-type]
        bad = NewComment("acme", anchor, Stance.COMMENT, CommentSource(SourceKind.CLI), "甲",
                         lang=None if "lang" in field else "")  # type: ignore[arg-type]  # fmt: skip
        with pytest.raises(StoreError):
            ready.add_comments("law@1", [comment("beta", "art_2", "乙"), bad])
        assert ready.comments("law@1") == []

    def test_a_comment_sent_again_from_the_same_place_of_a_nameless_source_replaces_it(self, ready: Any) -> None:
        """What an import gives without a file name (a form typed in, a pipe) is still one place:
        the same member's comment from it, changed, replaces the earlier one."""
        first = ready.add_comments("law@1", [comment("acme", "art_1", "初稿", kind=SourceKind.CSV, position="row 2")],
                                   file="<stdin>", sha256="a", kind="csv")  # fmt: skip
        second = ready.add_comments("law@1", [comment("acme", "art_1", "二稿", kind=SourceKind.CSV, position="row 2"),
                                              comment("acme", "art_2", "另一", kind=SourceKind.CSV, position="row 3")],
                                    file="<stdin>", sha256="b", kind="csv")  # fmt: skip
        assert second.superseded == ((first.added[0], second.added[0]),)
        assert sorted(c.body for c in ready.comments("law@1")) == ["二稿", "另一"]

    def test_the_same_comment_twice_is_one_comment(self, ready: Any) -> None:
        (first,) = ready.add_comments("law@1", [comment("acme", "art_1", "同意")]).added
        again = ready.add_comments("law@1", [comment("acme", "art_1", "同意")])
        assert (again.added, again.duplicates) == ((), 1)
        assert len(ready.comments("law@1")) == 1
        # withdrawn, it may be sent again; then the two are twins, and only one may be live
        ready.update_comment(first, "withdraw", status=Status.WITHDRAWN)
        (second,) = ready.add_comments("law@1", [comment("acme", "art_1", "同意")]).added
        assert ready.live_twins(first) == [second] and ready.live_twins(second) == []
        with pytest.raises(StoreError):  # a constraint, not only the importer's care
            ready.update_comment(first, "undo", status=Status.OPEN)
        assert ready.get_comment(first).status is Status.WITHDRAWN

    def test_comments_filter_by_article_member_and_status(self, ready: Any) -> None:
        ready.add_comments("law@1", [comment("acme", "art_2__para_2", "甲"), comment("beta", "art_2", "乙"),
                                     comment("acme", "art_3", "丙")])  # fmt: skip
        assert sorted(c.body for c in ready.comments("law@1", article="art_2")) == ["乙", "甲"]
        assert [c.body for c in ready.comments("law@1", eid="art_2")] == ["乙"]
        assert sorted(c.body for c in ready.comments("law@1", member="acme")) == ["丙", "甲"]
        assert ready.comments("law@1", status=Status.RESOLVED) == []

    def test_a_members_new_wording_supersedes_the_old_one(self, ready: Any) -> None:
        first = ready.add_comments("law@1", [comment("acme", "art_3", stance=Stance.AMEND, proposed="本法自2027年1月1日起施行。",
                                                     kind=SourceKind.CSV, file="a.csv", position="row 2")])  # fmt: skip
        second = ready.add_comments("law@1", [comment("acme", "art_3", stance=Stance.AMEND, proposed="本法自2027年7月1日起施行。",
                                                      kind=SourceKind.CSV, file="b.csv", position="row 2")])  # fmt: skip
        assert second.superseded == ((first.added[0], second.added[0]),)
        assert [c.proposed_text for c in ready.comments("law@1")] == ["本法自2027年7月1日起施行。"]
        everything = ready.comments("law@1", include_superseded=True)
        assert sorted(str(c.status) for c in everything) == ["open", "superseded"]
        assert ready.superseded_by(second.added[0]) == [first.added[0]]  # what the new one superseded

    def test_a_member_may_go_back_to_a_wording_a_later_one_replaced(self, ready: Any) -> None:
        earlier, later = "本法自2027年1月1日起施行。", "本法自2027年7月1日起施行。"

        def wording(text: str, file: str | None = None) -> NewComment:
            kind = SourceKind.CSV if file else SourceKind.CLI
            return comment("acme", "art_3", stance=Stance.AMEND, proposed=text, kind=kind, file=file,
                           position="row 2" if file else "")  # fmt: skip

        (a,) = ready.add_comments("law@1", [wording(earlier, "a.csv")], file="a.csv", sha256="a1", kind="csv").added
        (b,) = ready.add_comments("law@1", [wording(later, "b.csv")], file="b.csv", sha256="b1", kind="csv").added
        # the same file again is nothing new, though what it said was replaced since
        again = ready.add_comments("law@1", [wording(earlier, "a.csv")], file="a.csv", sha256="a1", kind="csv")
        assert (again.added, again.duplicates, again.superseded) == ((), 1, ())
        # typed again, the earlier words are the member's wording once more: a new comment
        back = ready.add_comments("law@1", [wording(earlier)])
        (c,) = back.added
        assert back.superseded == ((b, c),) and c not in (a, b)
        assert [(x.id, x.proposed_text) for x in ready.comments("law@1")] == [(c, earlier)]
        assert {x.id: str(x.status) for x in ready.comments("law@1", include_superseded=True)} == {
            a: "superseded", b: "superseded", c: "open"}
        # ... and the same typed twice stays one comment (the live one holds the fingerprint)
        assert ready.add_comments("law@1", [wording(earlier)]).duplicates == 1
        # a file changed since (another sha256) that says it again is new too
        (d,) = ready.add_comments("law@1", [wording(later, "b.csv")], file="b.csv", sha256="b2", kind="csv").added
        assert [x.id for x in ready.comments("law@1")] == [d]
        # the first file's very bytes sent anew under another name: the member's going back too
        (e,) = ready.add_comments("law@1", [wording(earlier, "a-final.csv")], file="a-final.csv", sha256="a1",
                                  kind="csv").added  # fmt: skip
        assert [(x.id, x.proposed_text) for x in ready.comments("law@1")] == [(e, earlier)]
        # only one of them may be live: the constraint still holds for the open ones
        with pytest.raises(StoreError):
            ready.update_comment(a, "undo", status=Status.OPEN)  # e says those words, from a file too, now
        assert ready.get_comment(a).status is Status.SUPERSEDED

    def test_an_edit_keeps_the_earlier_state(self, ready: Any) -> None:
        cid = ready.add_comments("law@1", [comment("acme", "art_1", "初稿")]).added[0]
        edited = ready.update_comment(cid, "edit", body="修改稿")
        assert edited.body == "修改稿"
        history = ready.revisions(cid)
        assert len(history) == 1 and history[0].data["body"] == "初稿"

    def test_text_the_exports_cannot_hold_is_refused(self, ready: Any) -> None:
        cid = ready.add_comments("law@1", [comment("acme", "art_1", "好")]).added[0]
        with pytest.raises(StoreError):
            ready.update_comment(cid, "edit", body="坏\x1b")
        with pytest.raises(StoreError):
            ready.add_member(Member("gamma", "Gamma\x07"))
        with pytest.raises(StoreError):
            ready.set_committee_reason("law@1", "art_1", "理由\x00")
        with pytest.raises(StoreError):
            ready.add_comments("law@1", [comment("acme", "art_1", "坏", kind=SourceKind.CSV, file="evil\x1b.csv")])
        with pytest.raises(StoreError):
            ready.add_draft(law(), "law", "2", "sha-1", "law.md", title="示例法\x1b[5m")
        with pytest.raises(StoreError):
            ready.rename_member("beta", "be\x1bta")
        assert ready.get_comment(cid).body == "好"
        assert [c.body for c in ready.comments("law@1")] == ["好"] and [d.ref for d in ready.drafts()] == ["law@1"]

    def test_an_unknown_member_stores_nothing(self, ready: Any) -> None:
        with pytest.raises(StoreError):
            ready.add_comments("law@1", [comment("acme", "art_1", "甲"), comment("nobody", "art_1", "乙")])
        assert ready.comments("law@1") == []

    # -- decisions and reasons -------------------------------------------------------------
    def test_decisions_are_kept_and_revoked(self, ready: Any) -> None:
        d = ready.add_decision("law@1", "art_3", "text", new="本法自2027年1月1日起施行。", reason="统一日期")
        assert [x.id for x in ready.decisions("law@1")] == [d.id]
        assert ready.get_decision(d.id).new == "本法自2027年1月1日起施行。"
        ready.revoke_decision(d.id, "换一个")
        assert ready.decisions("law@1") == []
        assert [x.id for x in ready.decisions("law@1", include_revoked=True)] == [d.id]
        with pytest.raises(StoreError):
            ready.add_decision("law@1", "art_3", "maybe")

    def test_a_decision_or_reason_on_a_unit_the_draft_lacks_writes_nothing(self, ready: Any) -> None:
        events = len(ready.events())
        with pytest.raises(StoreError, match="^law@1 has no unit art_77$"):
            ready.set_committee_reason("law@1", "art_77", "理由")
        with pytest.raises(StoreError, match="^law@1 has no unit art_77$"):
            ready.add_decision("law@1", "art_77", "text", new="新条文。")
        assert ready.committee_reasons("law@1") == {} and ready.decisions("law@1") == []
        assert len(ready.events()) == events

    def test_a_committee_reason_replaces_the_one_before(self, ready: Any) -> None:
        ready.set_committee_reason("law@1", "art_2", "第一稿")
        ready.set_committee_reason("law@1", "art_2", "第二稿")
        assert {eid: r.text for eid, r in ready.committee_reasons("law@1").items()} == {"art_2": "第二稿"}
        assert ready.set_committee_reason("law@1", "art_2", "") is None
        assert ready.committee_reasons("law@1") == {}

    # -- transactions and the log ----------------------------------------------------------
    def test_a_failed_transaction_leaves_nothing(self, ready: Any) -> None:
        with pytest.raises(RuntimeError), ready.transaction():
            ready.add_comments("law@1", [comment("acme", "art_1", "甲")])
            ready.add_member(Member("gamma"))
            raise RuntimeError("stop")
        assert ready.comments("law@1") == []
        assert [m.id for m in ready.members()] == ["acme", "beta"]

    def test_every_change_is_logged(self, ready: Any) -> None:
        cid = ready.add_comments("law@1", [comment("acme", "art_1", "甲")]).added[0]
        actions = [(e.action, e.object) for e in ready.events()]
        assert ("draft.add", "draft:law@1") in actions and ("member.add", "member:acme") in actions
        assert ("comment.add", f"comment:{cid}") in actions
        assert [e.action for e in ready.events(obj=f"comment:{cid}")] == ["comment.add"]
        assert len(ready.events(limit=1)) == 1

    def test_an_event_is_recorded_with_the_change_it_records_or_not_at_all(self, ready: Any) -> None:
        with pytest.raises(StoreError, match="inside a transaction"):
            ready.record("plugin.note", "draft:law@1", {"said": "甲"})
        with pytest.raises(RuntimeError), ready.transaction():
            ready.put_setting("letter.contact", "王律师")
            ready.record("store.set", "setting:letter.contact", {"value": "王律师"})
            raise RuntimeError("stop")
        assert ready.setting("letter.contact") is None and ready.events(obj="setting:letter.contact") == []
        with ready.transaction():
            ready.record("plugin.note", "draft:law@1", {"said": "甲", "n": 2})
        (event,) = ready.events(obj="draft:law@1", limit=1)
        assert (event.action, event.detail) == ("plugin.note", {"said": "甲", "n": 2})

    def test_every_write_a_merge_or_grouping_reads_raises_the_generation(self, ready: Any) -> None:
        """What commands keep for each other (positions, groups) holds while the generation
        stays: each write that changes what they are worked out from raises it."""
        cid = ready.add_comments("law@1", [comment("acme", "art_1", "甲")]).added[0]
        writes = [
            lambda: ready.add_comments("law@1", [comment("beta", "art_1", "乙")]),
            lambda: ready.update_comment(cid, "edit", body="甲，改"),
            lambda: ready.update_comment(cid, "withdraw", status=Status.WITHDRAWN),
            lambda: ready.add_decision("law@1", "art_3", "text", new="本法自2027年1月1日起施行。"),
            lambda: ready.revoke_decision(ready.decisions("law@1")[0].id),
            lambda: ready.set_committee_reason("law@1", "art_1", "理由"),
            lambda: ready.rename_member("beta", "beta2"),
            lambda: ready.set_deadline("law@1", "2030-01-01"),
            lambda: ready.set_draft_archived("law@1", True),
        ]
        for n, write in enumerate(writes):
            before = ready.generation()
            write()
            assert ready.generation() > before, n

    # -- the web app's accounts ---------------------------------------------------------------
    def test_users_belong_to_a_member_and_logins_are_unique_in_any_case(self, ready: Any) -> None:
        user = ready.add_user("Li.Wei@acme.example", "acme", "hash-1", name="李伟", lang="zh")
        assert (user.login, user.member, user.name, user.disabled) == ("li.wei@acme.example", "acme", "李伟", None)
        assert ready.get_user("LI.WEI@ACME.EXAMPLE") == user and ready.find_user("nobody") is None
        ready.add_user("bo", "acme", "hash-2")
        assert [u.login for u in ready.users("acme")] == ["bo", "li.wei@acme.example"] and ready.users("beta") == []
        for login, member, message in [("li.wei@ACME.example", "beta", "user 'li.wei@ACME.example' already exists"),
                                       ("two words", "acme", "invalid login 'two words'"),
                                       ("ghost", "nobody", "unknown member 'nobody'")]:  # fmt: skip
            with pytest.raises(StoreError, match=message):
                ready.add_user(login, member, "hash")
        assert "hash-1" not in repr(user)
        assert [e.detail for e in ready.events(obj="user:bo")] == [{"member": "acme", "name": "", "lang": ""}]

    def test_a_disabled_user_or_a_new_password_ends_its_sessions(self, ready: Any) -> None:
        user = ready.add_user("bo", "acme", "hash-1")
        ready.add_session("s1", user, "csrf-1", "2999-01-01T00:00:00Z")
        found = ready.session("s1")
        assert found is not None and (found.user.login, found.csrf) == ("bo", "csrf-1")
        ready.set_user("bo", password="hash-2")
        assert ready.session("s1") is None and ready.get_user("bo").password == "hash-2"
        ready.add_session("s2", user, "csrf-2", "2999-01-01T00:00:00Z")
        assert ready.set_user("bo", disabled=True).disabled is not None
        assert ready.session("s2") is None
        ready.set_user("bo", disabled=False)
        ready.add_session("s3", user, "csrf-3", "2000-01-01T00:00:00Z")  # expired
        assert ready.session("s3") is None and ready.session("nope") is None
        ready.add_session("s4", user, "csrf-4", "2999-01-01T00:00:00Z")
        ready.end_session("s4")
        assert ready.session("s4") is None
        actions = [e.action for e in ready.events(obj="user:bo")]
        assert actions == ["user.add", "user.update", "user.disable", "user.enable"]
        assert all("hash" not in str(e.detail) for e in ready.events())

    def test_an_invitation_makes_one_user_once_before_it_expires(self, ready: Any) -> None:
        invite = ready.add_invitation("digest-1", "beta", "2999-01-01T00:00:00Z")
        assert (invite.member, invite.used_at) == ("beta", None)
        user = ready.accept_invitation("digest-1", "anna", "hash", name="Anna")
        assert (user.member, user.name) == ("beta", "Anna")
        used = ready.invitation("digest-1")
        assert used is not None and used.used_at is not None and used.user == user.id
        with pytest.raises(StoreError, match="has been used already"):
            ready.accept_invitation("digest-1", "anna2", "hash")
        ready.add_invitation("digest-2", "beta", "2000-01-01T00:00:00Z")
        with pytest.raises(StoreError, match="has expired"):
            ready.accept_invitation("digest-2", "anna3", "hash")
        with pytest.raises(StoreError, match="not valid"):
            ready.accept_invitation("digest-3", "anna4", "hash")
        ready.add_invitation("digest-4", "beta", "2999-01-01T00:00:00Z")
        with pytest.raises(StoreError, match="already exists"):  # a taken login leaves the link unused
            ready.accept_invitation("digest-4", "anna", "hash")
        assert ready.invitation("digest-4").used_at is None
        assert [u.login for u in ready.users()] == ["anna"]

    def test_failed_sign_ins_are_counted_by_login_and_address(self, ready: Any) -> None:
        for login, address in [("bo", "10.0.0.1"), ("BO", "10.0.0.2"), ("al", "10.0.0.1")]:
            ready.sign_in_failed(login, address)
        assert ready.sign_in_failures("bo", "10.0.0.1", "2000-01-01T00:00:00Z") == (2, 2, 1)
        assert ready.sign_in_failures("bo", "10.0.0.1", "2999-01-01T00:00:00Z") == (0, 0, 0)
        ready.forget_sign_in_failures("2999-01-01T00:00:00Z")
        assert ready.sign_in_failures("al", "10.0.0.2", "2000-01-01T00:00:00Z") == (0, 0, 0)

    def test_a_setting_is_set_once(self, store: Any) -> None:
        assert store.setting("web.key") is None
        assert store.setting("web.key", lambda: "first") == "first"
        assert store.setting("web.key", lambda: "second") == "first"
        store.put_setting("web.key", "third")
        assert store.setting("web.key") == "third"

    def test_users_follow_a_renamed_member_and_keep_a_member_from_removal(self, ready: Any) -> None:
        ready.add_user("bo", "beta", "hash")
        ready.add_invitation("digest", "beta", "2999-01-01T00:00:00Z")
        ready.rename_member("beta", "beta2")
        assert ready.get_user("bo").member == "beta2" and ready.invitation("digest").member == "beta2"
        with pytest.raises(StoreError, match=r"member 'beta2' has web user\(s\) bo"):
            ready.remove_member("beta2")
        ready.set_user("bo", member="acme")
        ready.remove_member("beta2")
        assert ready.invitation("digest") is None and ready.get_user("bo").member == "acme"

    # -- what one command works out for the next ------------------------------------------------
    def test_near_groups_are_kept_under_their_stamp(self, ready: Any) -> None:
        assert ready.near_groups("law@1", "7:a") is None
        ready.keep_near_groups("law@1", "7:a", '[["art_1"]]')
        assert ready.near_groups("law@1", "7:a") == '[["art_1"]]'
        assert ready.near_groups("law@1", "8:a") is None  # another generation's: made afresh
        ready.keep_near_groups("law@1", "8:a", "[]")  # replaces what was kept before
        assert (ready.near_groups("law@1", "7:a"), ready.near_groups("law@1", "8:a")) == (None, "[]")
        with pytest.raises(StoreError, match="law@9"):
            ready.near_groups("law@9", "8:a")

    def test_positions_are_kept_unit_by_unit_under_their_stamp(self, ready: Any) -> None:
        """A whole draft's positions read back unit by unit in the order kept, and each unit's alone."""
        assert ready.positions("law@1", "7:a") is None and ready.kept_position("law@1", "7:a", "art_2") is None
        ready.keep_positions("law@1", "7:a", [("art_2", '["art_2", "乙"]'), ("art_1", '["art_1"]')])
        assert ready.positions("law@1", "7:a") == ['["art_2", "乙"]', '["art_1"]']
        assert (ready.kept_position("law@1", "7:a", "art_2"), ready.kept_position("law@1", "7:a", "art_3")) == (
            '["art_2", "乙"]', None)
        assert ready.positions("law@1", "8:a") is None  # another generation's: made afresh
        assert ready.kept_position("law@1", "8:a", "art_2") is None
        ready.keep_positions("law@1", "8:a", [])  # replaces what was kept before: no unit had comments
        assert (ready.positions("law@1", "7:a"), ready.positions("law@1", "8:a")) == (None, [])
        assert ready.kept_position("law@1", "7:a", "art_2") is None
        with pytest.raises(StoreError, match="law@9"):
            ready.positions("law@9", "8:a")
        with pytest.raises(StoreError, match="law@9"):
            ready.kept_position("law@9", "8:a", "art_1")

    def test_diffs_are_kept_and_the_first_kept_stays(self, ready: Any) -> None:
        assert ready.diffs("law@1") == {}
        ready.keep_diffs("law@1", {"k1": "[1]", "k2": "[2]"})
        ready.keep_diffs("law@1", {"k2": "[changed]", "k3": "[3]"})
        assert ready.diffs("law@1") == {"k1": "[1]", "k2": "[2]", "k3": "[3]"}

    # -- translations --------------------------------------------------------------------------
    def test_a_translation_is_kept_with_its_pairing_and_replaced_by_a_new_file(self, ready: Any) -> None:
        english = law(LAW_EN)
        pairing = {"pairs": [{"source": "art_1", "target": ["art_1"], "how": "number", "merged": False}],
                   "unpaired_source": [], "unpaired_target": [], "articles": {"paired": 1, "source": 3, "target": 3},
                   "units": {"paired": 1, "source": 8}, "disagreeing": []}  # fmt: skip
        kept, status = ready.add_translation("law@1", english, "en", "sha-en", "law-en.txt", pairing)
        assert (status, kept.lang, kept.source_file) == ("added", "en", "law-en.txt")
        assert ready.translation("law@1").load() == english and ready.translation("law@1", "zh") is None
        assert kept.pairing().target_of("art_1") == ("art_1",) and ready.translations("law@1") == ["en"]
        assert ready.add_translation("law@1", english, "en", "sha-en", "law-en.txt", pairing)[1] == "unchanged"
        assert ready.add_translation("law@1", english, "en", "sha-en2", "law-en2.txt", pairing)[1] == "replaced"
        assert ready.translation("law@1").source_file == "law-en2.txt"
        assert [e.action for e in ready.events(obj="draft:law@1")][-2:] == ["translation.add", "translation.replace"]
