"""Replies and deadlines: `draft deadline`, the response report (library, text, JSON, the
review page), and the one table of labels every output translates stances, statuses and
states with."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import pytest

from lawcomment.comments import Anchor, Comment, CommentSource, Member, Role, SourceKind, Stance, Status
from lawcomment.consultation.responses import RESPONSES_SCHEMA, Reply, response_report, responses_text
from lawcomment.exports.labels import CHANGE_STATES, COLUMN_LABELS, LABELS, LANGS, VALUE_LABELS, label
from lawcomment.exports.view import ItemStatus
from lawcomment.review.adoption import Adoption

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
JSON_DOC = (Path(__file__).parents[1] / "docs" / "json.md").read_text(encoding="utf-8")
ART12 = "电子商务经营者从事经营活动，应当依法取得行政许可。"
BASE12 = "电子商务经营者从事经营活动，依法需要取得相关行政许可的，应当依法取得行政许可。"


# -- labels ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("kind", "values"), [
    ("stance", [str(s) for s in Stance]), ("status", [str(s) for s in Status]),
    ("source", [str(s) for s in SourceKind]), ("change", list(CHANGE_STATES)),
    ("action", ["accept", "reject", "choose", "text"]), ("article", [str(s) for s in ItemStatus]),
    ("adoption", [str(s) for s in Adoption]), ("response", [str(s) for s in Reply]),
])  # fmt: skip
def test_every_value_has_a_chinese_and_an_english_label(kind: str, values: list[str]) -> None:
    """A new Stance, Status or state cannot slip through untranslated: each has a label in
    every language, the Chinese one in Chinese."""
    for lang in LANGS:
        missing = [v for v in values if v not in VALUE_LABELS[kind][lang]]
        assert not missing, f"{kind} values without a {lang} label: {missing}"
    for v in values:
        zh = VALUE_LABELS[kind]["zh"][v]
        if kind != "source" or v not in ("json",):  # JSON is JSON in Chinese too
            assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), (kind, v, zh)


def test_labels_by_enum_type_and_the_tables_agree() -> None:
    assert [label(s, "zh") for s in Stance] == ["修改", "删除", "新增", "支持", "反对", "疑问", "意见"]
    assert [label(s, "zh") for s in Status] == ["待处理", "已解决", "已被替代", "已失效", "新稿已采纳", "已撤回"]
    assert [label(s, "zh") for s in Adoption] == ["已采纳", "部分采纳", "未采纳", "条文已删除"]
    assert [label(s, "zh", "change") for s in CHANGE_STATES] == ["待审查", "采纳", "不采纳"]
    assert [label(s, "en") for s in Stance] == [str(s) for s in Stance]  # English stays the values
    assert label(Stance.AMEND, "fr") == "修改" and label("nonsense", "zh", "stance") == "nonsense"
    for lang in LANGS:  # the review labels of the submission exporters are the same table
        assert all(LABELS[lang][f"rv_{s}"] == VALUE_LABELS["change"][lang][s] for s in CHANGE_STATES)
        assert all(LABELS[lang][f"st_{s}"] == VALUE_LABELS["article"][lang][s] for s in ItemStatus)
    assert set(COLUMN_LABELS["zh"]) >= {"comment", "citation", "stance", "status", "review", "committee_position"}


def test_every_state_in_a_real_merge_has_a_label(demo: Path) -> None:
    doc = json.loads((demo / "consultation.json").read_text(encoding="utf-8"))
    states = {c["state"] for p in doc["positions"] for c in p["position"]["changes"]}
    states |= {i["state"] for p in doc["positions"] for i in p["position"]["insertions"]}
    assert states and states <= set(CHANGE_STATES)
    assert {p["state"] for p in doc["adoption"]["proposals"]} <= {str(a) for a in Adoption}


# -- the report, as a library ----------------------------------------------------------------------
def _comment(cid: int, member: str, *, stance: Stance = Stance.COMMENT, text: str | None = None,
             status: Status = Status.OPEN, created: str = "2026-12-01T08:00:00Z", updated: str = "",
             origin: int | None = None) -> Comment:  # fmt: skip
    return Comment(cid, "law@1", member, Anchor("art_1"), stance, "", text, CommentSource(SourceKind.CLI), status,
                   created, updated or created, origin=origin)  # fmt: skip


MEMBERS = [Member("acme", "ACME", "Pharma WG"), Member("beta", "Beta", "Pharma WG"), Member("gamma", "", "Auto WG"),
           Member("delta", "Delta"), Member("staff1", "Association", "", role=Role.STAFF)]  # fmt: skip


def test_report_counts_active_comments_and_proposals_per_member_and_group() -> None:
    comments = [
        _comment(1, "acme", stance=Stance.AMEND, text="改", created="2026-12-01T08:00:00Z", updated="2026-12-03T10:00:00Z"),
        _comment(2, "acme", stance=Stance.DELETE),
        _comment(3, "acme", stance=Stance.AMEND, text=None),  # an amend with no wording is not a proposal
        _comment(4, "acme", stance=Stance.SUPPORT, created="2026-12-02T09:00:00Z"),
        _comment(5, "beta", status=Status.WITHDRAWN),  # withdrawn: out
        _comment(6, "beta", status=Status.SUPERSEDED),  # replaced: out
        _comment(7, "gamma", stance=Stance.INSERT, text="新条", origin=99),  # carried from the previous version: out
        _comment(8, "gamma", created="2026-12-20T01:00:00Z"),  # written after the deadline
        _comment(9, "staff1"),  # staff do not answer consultations
        _comment(10, "delta", status=Status.RESOLVED, created="2026-12-05T00:00:00Z"),  # resolved still counts
    ]  # fmt: skip
    report = response_report(MEMBERS, comments, "2026-12-15", draft="law@1", today="2026-12-20")
    assert [(m.id, m.reply, m.comments, m.proposals, m.last_activity, m.carried) for m in report.members] == [
        ("gamma", Reply.LATE, 1, 0, "2026-12-20T01:00:00Z", 1),
        ("acme", Reply.RESPONDED, 4, 2, "2026-12-03T10:00:00Z", 0),
        ("beta", Reply.OVERDUE, 0, 0, None, 0),
        ("delta", Reply.RESPONDED, 1, 0, "2026-12-05T00:00:00Z", 0),
    ]  # groups in order, members without a group last; staff left out
    assert [(g.group, g.members, g.responded, g.no_response, g.comments, g.proposals) for g in report.groups] == [
        ("Auto WG", ("gamma",), ("gamma",), (), 1, 0), ("Pharma WG", ("acme", "beta"), ("acme",), ("beta",), 4, 2),
        ("", ("delta",), ("delta",), (), 1, 0)]  # fmt: skip
    assert (report.days_left, report.overdue, [m.id for m in report.no_response]) == (-5, True, ["beta"])
    with pytest.raises(FrozenInstanceError):
        report.members[0].comments = 3  # type: ignore[misc]
    early = response_report(MEMBERS, comments, "2026-12-15", today="2026-12-15")
    assert (early.days_left, early.overdue) == (0, False)  # the deadline day is still in time
    assert {m.id: m.reply for m in early.members}["beta"] is Reply.NO_RESPONSE
    none = response_report(MEMBERS, [], None, today="2026-12-15")
    assert none.days_left is None and {m.reply for m in none.members} == {Reply.NO_RESPONSE}
    assert response_report(MEMBERS, comments, "2026-12-15", draft="law@1", today="2026-12-20").to_dict() == \
        report.to_dict()  # fmt: skip


def test_report_as_text_in_both_languages() -> None:
    comments = [_comment(1, "acme", stance=Stance.AMEND, text="改", created="2026-12-01T08:00:00Z")]
    report = response_report(MEMBERS, comments, "2026-12-15", draft="law@1", today="2026-12-02")
    assert responses_text(report, "en").splitlines() == [
        "responses to law@1: replies due 2026-12-15, 13 day(s) left; 1 of 4 member(s) responded",
        "member  organisation  working group  reply            comments  proposals  last activity",
        "gamma   -             Auto WG        no response yet  0         0          -",
        "acme    ACME          Pharma WG      responded        1         1          2026-12-01 08:00",
        "beta    Beta          Pharma WG      no response yet  0         0          -",
        "delta   Delta         (no group)     no response yet  0         0          -",
        "by working group:",
        "working group  members  responded  comments  proposals  last activity",
        "Auto WG        1        0          0         0          -",
        "Pharma WG      2        1          1         1          2026-12-01 08:00",
        "(no group)     1        0          0         0          -",
        "no response yet: gamma, beta (Beta), delta (Delta)",
    ]  # fmt: skip
    zh = responses_text(replace(report, today="2026-12-18"), "zh").splitlines()
    assert zh[0] == "law@1 意见答复情况：截止日期 2026-12-15，已逾期3天；4家会员中1家已答复"
    assert zh[-1] == "尚未答复：gamma、beta（Beta）、delta（Delta）"
    assert responses_text(replace(report, deadline=None), "zh").splitlines()[0] == (
        "law@1 意见答复情况：未设截止日期；4家会员中1家已答复")


# -- through the command line ----------------------------------------------------------------------
def _times(db: Path, *rows: tuple[int, str, str]) -> None:
    """Set comments' created/updated times, so the report's lines are exact."""
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany("UPDATE comments SET created = ?, updated = ? WHERE id = ?", [(c, u, i) for i, c, u in rows])
    conn.close()


@pytest.fixture
def replies(consultation):  # type: ignore[no-untyped-def]
    """acme proposes a wording of 第十二条 and supports 第十七条; gamma (Auto WG) only had a
    comment it withdrew; beta (Auto WG) and delta (no group) have said nothing."""
    for args in (["member", "add", "gamma", "--org", "Gamma 有限公司", "--group", "Auto WG"],
                 ["member", "add", "delta"], ["member", "add", "sec", "--role", "staff"],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第十二条", "--propose", ART12],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第十七条", "--stance", "support"],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "gamma", "--at", "第十条", "--reason", "草稿"],
                 ["comment", "withdraw", "3"],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "sec", "--at", "第十条", "--reason", "内部"]):  # fmt: skip
        result = consultation(*args)
        assert result.exit_code == 0, (args, result.output)
    _times(consultation.db, (1, "2026-12-01T08:00:00Z", "2026-12-01T08:00:00Z"),
           (2, "2026-12-02T09:30:00Z", "2026-12-04T10:15:00Z"))  # fmt: skip
    return consultation


@pytest.mark.parametrize("bad", ["2026-13-01", "2026-02-30", "15/12/2026", "2026-1-5", "tomorrow", "2026-12-15T00:00"])
def test_a_bad_deadline_is_an_error(replies, bad: str) -> None:  # type: ignore[no-untyped-def]
    result = replies("draft", "deadline", "ecommerce@1", bad)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: not a date: {bad!r} (expected YYYY-MM-DD, e.g. 2026-12-15)\n"
    assert replies("draft", "deadline", "ecommerce@1").stdout == "ecommerce@1: no deadline set\n"  # nothing stored


def test_deadline_set_shown_changed_and_cleared(replies) -> None:  # type: ignore[no-untyped-def]
    def ok(*args: str) -> str:
        result = replies(*args)
        assert (result.exit_code, result.stderr) == (0, ""), result.output
        return result.stdout

    assert ok("draft", "deadline", "ecommerce@1", "2099-12-15") == "ecommerce@1: replies due 2099-12-15\n"
    assert ok("draft", "deadline", "ecommerce@1") == "ecommerce@1: replies due 2099-12-15\n"
    assert ok("draft", "deadline", "ecommerce@1", "2099-12-20") == "ecommerce@1: replies due 2099-12-20 (was 2099-12-15)\n"
    assert ok("draft", "deadline", "ecommerce@1", "--clear") == "ecommerce@1: deadline cleared (was 2099-12-20)\n"
    assert ok("draft", "deadline", "ecommerce@1") == "ecommerce@1: no deadline set\n"
    both = replies("draft", "deadline", "ecommerce@1", "2099-12-15", "--clear")
    assert (both.exit_code, both.stderr) == (1, "Error: give a DATE or --clear, not both\n")
    unknown = replies("draft", "deadline", "nolaw@1", "2099-12-15")
    assert unknown.exit_code == 1 and unknown.stderr.startswith("Error: no draft 'nolaw@1' in the store")
    log = ok("log", "--object", "draft:ecommerce@1").splitlines()
    assert [line.split("  ", 3)[2:] for line in log[-3:]] == [
        ["draft.deadline", "draft:ecommerce@1  deadline=2099-12-15"], ["draft.deadline", "draft:ecommerce@1  deadline=2099-12-20"],
        ["draft.deadline", "draft:ecommerce@1"]]  # fmt: skip
    # (a trial set last August's by mistake, told nothing): a past day is set, and said
    past = replies("draft", "deadline", "ecommerce@1", "2020-08-31")
    assert (past.exit_code, past.stdout) == (0, "ecommerce@1: replies due 2020-08-31\n")
    assert past.stderr.startswith("warning: 2020-08-31 is past (today is ")
    assert past.stderr.endswith("): members can no longer add or change comments in the web app, and `responses` "
                                "counts those who have not answered as overdue\n")  # fmt: skip


def test_deadline_in_draft_list(replies) -> None:  # type: ignore[no-untyped-def]
    assert replies("draft", "deadline", "ecommerce@1", "2026-12-15").exit_code == 0
    listed = replies("draft", "list")
    assert listed.exit_code == 0 and listed.stdout.rstrip("\n").split("\t")[-1] == "due 2026-12-15"
    doc = json.loads(replies("draft", "list", "--format", "json").stdout)
    assert doc["drafts"][0]["deadline"] == "2026-12-15"


def test_responses_text_report(replies) -> None:  # type: ignore[no-untyped-def]
    assert replies("draft", "deadline", "ecommerce@1", "2026-12-15").exit_code == 0
    result = replies("responses", "--draft", "ecommerce@1", "--today", "2026-12-10")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "responses to ecommerce@1: replies due 2026-12-15, 5 day(s) left; 1 of 4 member(s) responded",
        "member  organisation       working group  reply            comments  proposals  last activity",
        "beta    Beta GmbH          Auto WG        no response yet  0         0          -",
        "gamma   Gamma 有限公司     Auto WG        no response yet  0         0          -",
        "acme    ACME (China) Ltd.  Pharma WG      responded        2         1          2026-12-04 10:15",
        "delta   -                  (no group)     no response yet  0         0          -",
        "by working group:",
        "working group  members  responded  comments  proposals  last activity",
        "Auto WG        2        0          0         0          -",
        "Pharma WG      1        1          2         1          2026-12-04 10:15",
        "(no group)     1        0          0         0          -",
        "no response yet: beta (Beta GmbH), gamma (Gamma 有限公司), delta",
    ]  # fmt: skip
    zh = replies("responses", "--draft", "ecommerce@1", "--today", "2026-12-17", "--lang", "zh")
    assert zh.exit_code == 0
    assert zh.stdout.splitlines() == [
        "ecommerce@1 意见答复情况：截止日期 2026-12-15，已逾期2天；4家会员中1家已答复",
        "会员   单位名称           工作组      答复情况    意见数  修改建议数  最近活动",
        "beta   Beta GmbH          Auto WG     逾期未答复  0       0           -",
        "gamma  Gamma 有限公司     Auto WG     逾期未答复  0       0           -",
        "acme   ACME (China) Ltd.  Pharma WG   已答复      2       1           2026-12-04 10:15",
        "delta  -                  （未分组）  逾期未答复  0       0           -",
        "按工作组：",
        "工作组      会员数  已答复  意见数  修改建议数  最近活动",
        "Auto WG     2       0       0       0           -",
        "Pharma WG   1       1       2       1           2026-12-04 10:15",
        "（未分组）  1       0       0       0           -",
        "尚未答复：beta（Beta GmbH）、gamma（Gamma 有限公司）、delta",
    ]  # fmt: skip


def test_responses_json_report(replies, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "responses.json"
    result = replies("responses", "--draft", "ecommerce@1", "--format", "json", "--today", "2026-12-10", "-o", str(out))
    assert (result.exit_code, result.output) == (0, "")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == RESPONSES_SCHEMA
    assert {k: doc[k] for k in ("draft", "deadline", "today", "days_left", "overdue", "no_response", "summary")} == {
        "draft": "ecommerce@1", "deadline": None, "today": "2026-12-10", "days_left": None, "overdue": False,
        "no_response": ["beta", "gamma", "delta"],
        "summary": {"members": 4, "responded": 1, "no_response": 3, "comments": 2, "proposals": 1}}  # fmt: skip
    acme = next(m for m in doc["members"] if m["id"] == "acme")
    assert acme == {"id": "acme", "org": "ACME (China) Ltd.", "group": "Pharma WG", "reply": "responded",
                    "label": "responded", "responded": True, "comments": 2, "proposals": 1,
                    "first_activity": "2026-12-01T08:00:00Z", "last_activity": "2026-12-04T10:15:00Z",
                    "carried": 0}  # fmt: skip
    assert doc["groups"][0] == {"group": "Auto WG", "members": ["beta", "gamma"], "responded": [],
                                "no_response": ["beta", "gamma"], "comments": 0, "proposals": 0,
                                "last_activity": None}  # fmt: skip
    zh = json.loads(replies("responses", "--draft", "ecommerce@1", "--format", "json", "--lang", "zh").stdout)
    assert [(m["reply"], m["label"]) for m in zh["members"]][:3] == [
        ("no response", "未答复"), ("no response", "未答复"), ("responded", "已答复")]  # machine values stay
    contract = JSON_DOC[JSON_DOC.index("`lawcomment.responses/1`"):]
    for key in (*doc, *acme, *doc["groups"][0]):
        assert f'"{key}"' in contract[:2500], key


def test_responses_errors(replies) -> None:  # type: ignore[no-untyped-def]
    bad = replies("responses", "--draft", "ecommerce@1", "--today", "12/10/2026")
    assert (bad.exit_code, bad.stderr) == (1, "Error: not a date: '12/10/2026' (expected YYYY-MM-DD, e.g. 2026-12-15)\n")
    missing = replies("responses", "--draft", "nolaw@1")
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: no draft 'nolaw@1' in the store")
    lang = replies("responses", "--draft", "ecommerce@1", "--lang", "fr")
    assert lang.exit_code == 2


def test_review_page_has_the_responses(replies) -> None:  # type: ignore[no-untyped-def]
    from lawcomment import load_consultation, open_store
    from lawcomment.exports.html import responses_html

    page = replies("export", "--draft", "ecommerce@1", "--format", "html")
    assert page.exit_code == 0
    section = page.stdout[page.stdout.index('<section id="responses">'):]
    assert section.startswith('<section id="responses"><h2>答复情况</h2>')
    assert ('<tr class="reply-responded"><td>acme</td><td>ACME (China) Ltd.</td><td>Pharma WG</td><td>已答复</td>'
            '<td class="num">2</td><td class="num">1</td><td>2026-12-04 10:15</td></tr>') in section  # fmt: skip
    assert "<p><b>尚未答复：beta（Beta GmbH）、gamma（Gamma 有限公司）、delta</b></p>" in section
    assert "<td>sec</td>" not in section  # staff are not asked
    with open_store(replies.db, "tester") as store:
        view = replace(load_consultation(store, "ecommerce@1"), created="2026-12-17T08:00:00Z")
    late = responses_html(view, "zh", "2026-12-15")
    assert '<p><span class="overdue">截止日期 2026-12-15，已逾期2天</span></p>' in late
    assert '<td>beta</td><td>Beta GmbH</td><td>Auto WG</td><td>逾期未答复</td>' in late
    en = responses_html(view, "en", "2026-12-20")
    assert "<h2>Responses</h2><p>replies due 2026-12-20, 3 day(s) left</p>" in en
    assert "<th>reply</th>" in en and "no response yet: beta (Beta GmbH), gamma (Gamma 有限公司), delta" in en


def test_review_page_measures_the_draft_deadline(replies) -> None:  # type: ignore[no-untyped-def]
    assert replies("draft", "deadline", "ecommerce@1", "2026-12-15").exit_code == 0
    page = replies("export", "--draft", "ecommerce@1", "--format", "html").stdout
    section = page[page.index('<section id="responses">'):]
    assert "截止日期 2026-12-15，" in section and "未设截止日期" not in section


def test_review_page_names_an_insertion_point_not_an_empty_quote(consultation) -> None:  # type: ignore[no-untyped-def]
    """Two members insert different words at one point: the conflict says where (新增位置), not 「」."""
    for member, words in (("acme", "及时"), ("beta", "按照规定")):
        result = consultation("comment", "add", "--draft", "ecommerce@1", "--member", member, "--at", "第十二条",
                              "--propose", BASE12.replace("应当依法", "应当" + words + "依法"))  # fmt: skip
        assert result.exit_code == 0, result.output
    page = consultation("export", "--draft", "ecommerce@1", "--format", "html")
    assert page.exit_code == 0
    assert "草案原文：「」" not in page.stdout and "草案原文: 「」" not in page.stdout
    assert "<td>新增位置：「…取得相关行政许可的，应当」之后<ol>" in page.stdout
    en = consultation("export", "--draft", "ecommerce@1", "--format", "html", "--lang", "en").stdout
    assert "<td>insertion point: after 「…取得相关行政许可的，应当」<ol>" in en


def test_the_readme_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guide's replies example (docs/comments.md), run on the store it describes: the example draft and
    members, ACME's typed comment and comments.csv, at fixed times."""
    import re
    import shlex
    import shutil

    from click.testing import CliRunner

    from lawcomment.cli import cli
    from tests.test_readme import _session

    shutil.copytree(Path(__file__).parents[1] / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    env = {"LAWCOMMENT_USER": "staff", "LAWCOMMENT_DB": str(tmp_path / "lawcomment.db")}

    def run(*args: str):  # type: ignore[no-untyped-def]
        result = runner.invoke(cli, list(args), env=env)
        assert result.exit_code == 0, (args, result.output)
        return result

    for args in (["init"], ["draft", "add", "examples/ecommerce/draft-v1.docx", "--name", "ecommerce", "--version", "1"],
                 ["member", "import", "examples/ecommerce/members.csv"],
                 ["comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条", "--quote", "依法取得行政许可",
                  "--propose", ART12, "--reason", "删去重复表述"],
                 ["comment", "import", "examples/ecommerce/comments.csv", "--draft", "ecommerce@1"]):  # fmt: skip
        run(*args)
    _times(tmp_path / "lawcomment.db", (1, "2026-12-01T09:30:00Z", "2026-12-01T09:30:00Z"),
           *((i, "2026-12-03T02:15:00Z", "2026-12-03T02:15:00Z") for i in (2, 3, 4)))  # fmt: skip
    session = _session("docs/comments.md", "## Replies and deadlines", None)
    assert [c for c, _ in session] == ["lawcomment draft deadline ecommerce@1 2026-12-15",
                                       "lawcomment responses --draft ecommerce@1 --today 2026-12-10"]  # fmt: skip
    for command, printed in session:
        assert run(*shlex.split(command)[1:]).stdout.splitlines() == printed, command
    doc = json.loads(run("responses", "--draft", "ecommerce@1", "--today", "2026-12-10", "--format", "json").stdout)
    contract = JSON_DOC[JSON_DOC.index("## JSON contract (`lawcomment.responses/1`)"):]
    shown = json.loads(re.search(r"```json\n(.*?)```", contract, flags=re.DOTALL)[1])  # type: ignore[index]
    assert {k: v for k, v in doc.items() if k not in ("members", "groups")} == \
        {k: v for k, v in shown.items() if k not in ("members", "groups")}  # fmt: skip
    assert all(m in doc["members"] for m in shown["members"]) and all(g in doc["groups"] for g in shown["groups"])


def test_staff_forwarding_a_remark_is_not_the_members_activity(replies) -> None:  # type: ignore[no-untyped-def]
    """comment forward marks the comment for the submission; acme's last activity stays when it last wrote."""
    added = replies("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第十条", "--reason", "请澄清")
    assert added.stdout == "added comment #5 by acme on 第十条 (art_10) (comment)\n"
    _times(replies.db, (5, "2026-12-03T08:00:00Z", "2026-12-03T08:00:00Z"))
    assert replies("comment", "forward", "5").exit_code == 0
    doc = json.loads(replies("responses", "--draft", "ecommerce@1", "--format", "json").stdout)
    acme = next(m for m in doc["members"] if m["id"] == "acme")
    assert (acme["first_activity"], acme["last_activity"]) == ("2026-12-01T08:00:00Z", "2026-12-04T10:15:00Z")
    shown = json.loads(replies("comment", "show", "5", "--format", "json").stdout)
    assert (shown["forwarded"], shown["updated"]) == (True, "2026-12-03T08:00:00Z")


def test_comments_carried_from_the_last_reading_are_shown_apart() -> None:
    """(专利法实施细则, a new user's trial) On the next reading every member reads as not answering,
    though their comments were carried: the table says how many were carried, in both languages,
    and only when some were."""
    from lawcomment.consultation.responses import responses_text

    comments = [_comment(1, "acme", stance=Stance.AMEND, text="改", origin=7), _comment(2, "beta", origin=8),
                _comment(3, "beta")]  # fmt: skip
    report = response_report(MEMBERS, comments, None, draft="law@2", today="2026-12-15")
    en, zh = responses_text(report, "en"), responses_text(report, "zh")
    assert en.splitlines()[1].split()[-3:] == ["last", "activity", "carried"] and zh.splitlines()[1].split()[-2:] == [
        "最近活动", "上一稿转入"]  # fmt: skip
    rows = {line.split()[0]: line.split()[-1] for line in en.splitlines()[2:6]}
    assert (rows["acme"], rows["beta"]) == ("1", "1")  # each one carried (beta also wrote one of its own)
    assert "carried" not in responses_text(response_report(MEMBERS, comments[2:], None, draft="law@2"), "en")
