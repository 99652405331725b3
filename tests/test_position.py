"""Staff decisions on merged proposals: new units with ids (n1 …), stale decisions, bulk decisions (issue 13)."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from lawcomment.review.merge import Proposal
from lawcomment.review.redline import Span, splice

ART13 = ("电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和环境保护要求，"
         "不得销售或者提供法律、行政法规禁止交易的商品或者服务。")  # fmt: skip
NEW = "电子商务经营者应当建立商品质量追溯制度。"


def _ok(result):  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    return result


def _unit(run, at: str = "第十三条") -> dict:  # type: ignore[type-arg]
    return json.loads(_ok(run("merge", "--draft", "ecommerce@1", "--article", at, "--format", "json")).stdout)["units"][0]  # type: ignore[no-any-return]


def test_a_proposed_new_article_has_an_id_and_can_be_decided(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--stance", "insert",
            "--propose", NEW))
    _ok(run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十三条", "--stance", "insert",
            "--propose", NEW.replace("。", "")))  # the same provision, punctuation aside
    text = _ok(run("merge", "--draft", "ecommerce@1", "--article", "13")).output.splitlines()
    assert text[1] == f"  n1  proposed                new unit after 第十三条 (art_13): 「{NEW}」  [acme, beta]"
    unit = _unit(run)
    assert [(i["id"], i["state"], i["supporters"]) for i in unit["insertions"]] == [("n1", "proposed", ["acme", "beta"])]
    assert unit["unreviewed"] == ["n1"]
    decided = run("decide", "--draft", "ecommerce@1", "--article", "13", "--accept", "n1", "--reason", "有必要")
    assert decided.output == f"decision #1: accepted n1 on 第十三条 (art_13) (有必要)\n  new unit 「{NEW}」\n"
    unit = _unit(run)
    assert [(i["id"], i["state"], i["decision"]) for i in unit["insertions"]] == [("n1", "accepted", 1)]
    assert unit["unreviewed"] == []
    rejected = run("decide", "--draft", "ecommerce@1", "--article", "13", "--reject", "n1")
    first, words, _ = rejected.output.splitlines()  # and it says which decision it replaces
    assert (first, words) == ("decision #2: rejected n1 on 第十三条 (art_13)", f"  turned down: new unit 「{NEW}」")
    assert re.fullmatch(r"  it replaces decision #1 \(accept new unit 「电子商务经营者应当建立商品质量追溯制度。」 on 第十三条 "
                        r"\(art_13\)\) by tester at \S+Z; undo #2 to bring that one back", _)  # fmt: skip
    assert _unit(run)["insertions"][0]["state"] == "rejected"
    # (a trial) the same decision again replaces nothing; a third names only the one that stood
    same = run("decide", "--draft", "ecommerce@1", "--article", "13", "--reject", "n1").output.splitlines()
    assert same[0] == "decision #3: rejected n1 on 第十三条 (art_13)" and len(same) == 3
    assert re.fullmatch(r"  it repeats decision #2 by tester at \S+Z: the position is as it was", same[2])
    back = run("decide", "--draft", "ecommerce@1", "--article", "13", "--accept", "n1").output.splitlines()
    assert back[0] == "decision #4: accepted n1 on 第十三条 (art_13)" and len(back) == 3
    assert re.fullmatch(r"  it replaces decision #3 \(reject new unit 「电子商务经营者应当建立商品质量追溯制度。」 on 第十三条 "
                        r"\(art_13\)\) by tester at \S+Z; undo #4 to bring that one back", back[2])  # fmt: skip
    run("decide", "--draft", "ecommerce@1", "--article", "13", "--undo", "4")
    missing = run("decide", "--draft", "ecommerce@1", "--article", "13", "--accept", "n2")
    assert (missing.exit_code, missing.stderr) == (
        1, "Error: 第十三条 (art_13) has no change 'n2' (changes: n1); run `lawcomment merge` to see them\n")


@pytest.mark.parametrize(("second", "said"), [
    # (专利法实施细则, a trial) two members' wordings of one new article, a word apart: both accepted in silence
    (NEW.replace("建立", "建立健全"), True),
    ("电子商务平台经营者应当对平台内经营者的资质进行审核。", False),  # another provision: nothing to say
])  # fmt: skip
def test_two_new_provisions_accepted_that_read_alike_are_said(consultation, second: str, said: bool) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    for member, text in (("acme", NEW), ("beta", second)):
        _ok(run("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第十三条", "--stance", "insert",
                "--propose", text))  # fmt: skip
    for n in ("n1", "n2"):
        _ok(run("decide", "--draft", "ecommerce@1", "--article", "13", "--accept", n))
    merged = _ok(run("merge", "--draft", "ecommerce@1", "--article", "13")).output
    warning = ("  warning: the new provisions n1 and n2 after 第十三条 (art_13), both accepted, read alike (similarity "
               "0.90): the submission puts in both; check one is not the other reworded (reject one, or give the "
               "committee's wording)\n")  # fmt: skip
    assert (warning in merged) is said, merged
    if said:
        from lawcomment.exports import localized

        (line,) = [w for w in _unit(run)["warnings"] if w.startswith("the new provisions")]
        assert localized(line, "zh").startswith("第十三条的新增条款n1和n2均已采纳，内容相近（相似度0.90）：")


def test_a_new_paragraph_citing_the_one_before_put_in_after_a_definition_is_said(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(反垄断法 2007 第十七条, a trial) 具有市场支配地位的经营者不得利用数据和算法…从事前款规定的滥用市场支配地位的行为 put
    in after the article's last 款, which defines 市场支配地位: there 前款 is the definition, not the prohibition meant."""
    run = consultation
    law = tmp_path / "aml.md"
    law.write_text("# 测试法\n\n第一条 为了测试，制定本法。\n\n第二条 禁止具有市场支配地位的经营者从事下列滥用市场支配地位的行为。\n\n"
                   "本法所称市场支配地位，是指经营者在相关市场内具有能够控制商品价格的市场地位。\n", encoding="utf-8")  # fmt: skip
    _ok(run("draft", "add", str(law), "--name", "aml", "--version", "1"))
    body = law.read_text(encoding="utf-8").split("第二条 ", 1)[1].strip().replace("\n\n", "\n")
    added = body + "\n具有市场支配地位的经营者不得利用数据和算法从事前款规定的滥用市场支配地位的行为。"
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第二条", "--propose", added))
    merged = _ok(run("merge", "--draft", "aml@1")).output
    assert ("  warning: c1 puts in a 款 that refers to 前款 right after 「本法所称市场支配地位，是指经营者在相关市…」, a definition: there "
            "前款 means that 款; check the reference in 第二条 (art_2)\n") in merged, merged
    from lawcomment.exports import localized

    (said,) = [w for w in json.loads(_ok(run("merge", "--draft", "aml@1", "--format", "json")).stdout)["units"][0]["warnings"]
               if "a definition" in w]  # fmt: skip
    assert localized(said, "zh") == ("c1在定义条款「本法所称市场支配地位，是指经营者在相关市…」之后新增一款，其中的“前款”将指该定义条款；"
                                     "请核对第二条中的引用")  # fmt: skip
    # (a review) two 款 put in, the second citing the first: nothing to say
    _ok(run("comment", "edit", "1", "--propose", body + "\n认定市场支配地位，应当依据经营者在相关市场的市场份额。\n依照前款规定认定的经营者，"
            "应当依法经营。"))  # fmt: skip
    assert "a definition" not in _ok(run("merge", "--draft", "aml@1")).output
    # put in before the definition, right after the rule it cites: nothing to say
    _ok(run("comment", "edit", "1", "--propose", body.replace("\n", "\n具有市场支配地位的经营者不得利用数据和算法从事前款规定的"
                                                                  "滥用市场支配地位的行为。\n", 1)))  # fmt: skip
    assert "a definition" not in _ok(run("merge", "--draft", "aml@1")).output


@pytest.mark.parametrize(("wording", "taken"), [
    ("经营者应当在十日内报告。", True),  # the clause gone, its mark with it
    ("经营者应当在十日内报告，同时交付有关规费。", False),  # (a review) reworded there: another wording, not the deletion
])  # fmt: skip
def test_a_deletion_is_taken_by_the_committees_wording_only_where_its_words_are_gone(wording: str, taken: bool) -> None:
    from lawcomment import parse_text
    from lawcomment.comments import Anchor, Comment, CommentSource, SourceKind, Stance, Status
    from lawcomment.records import Decision
    from lawcomment.review.position import unit_position

    draft = parse_text("法\n第一条 为了测试，制定本法。\n第二条 经营者应当在十日内报告，并缴纳相关费用。\n")
    asked = Comment(1, "law@1", "acme", Anchor("art_2"), Stance.AMEND, "", "经营者应当在十日内报告。",
                    CommentSource(SourceKind.CLI), Status.OPEN, "", "")  # fmt: skip
    final = Decision(1, "law@1", "art_2", "text", None, None, None, wording, "", "tester", "2026-01-01T00:00:00Z")
    position = unit_position(draft, "art_2", [asked], [final])
    (change,) = position.merge.changes
    assert position.takes(change.start, change.end, change.new) is taken


def test_a_decision_already_in_force_is_refused_when_repeats_are_not_wanted(consultation) -> None:  # type: ignore[no-untyped-def]
    """``decide(..., repeat=False)`` (the web app's: a page clicked in two tabs) refuses an accept
    the decision in force already makes, with no other reason, as NothingChanged naming it; with a
    reason of its own it is recorded; the command line records a repeat and says so (above)."""
    from lawcomment import NothingChanged, open_store
    from lawcomment.consultation import decide

    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--stance", "insert",
            "--propose", NEW))  # fmt: skip
    with open_store(str(run.db)) as store:
        first = decide(store, "ecommerce@1", "art_13", accept="n1", repeat=False)
        with pytest.raises(NothingChanged) as refused:
            decide(store, "ecommerce@1", "art_13", accept="n1", repeat=False)
        assert str(refused.value) == f"n1 of 第十三条 (art_13) is already accepted (decision #{first.id}); nothing recorded"
        with pytest.raises(NothingChanged):
            decide(store, "ecommerce@1", "art_13", accept="n1", reason=" ", repeat=False)
        again = decide(store, "ecommerce@1", "art_13", accept="n1", reason="有必要", repeat=False)
        assert [(d.id, d.action, d.reason) for d in store.decisions("ecommerce@1")] == [
            (first.id, "accept", ""), (again.id, "accept", "有必要")]
        assert decide(store, "ecommerce@1", "art_13", reject="n1", repeat=False).action == "reject"


def test_a_choice_made_on_a_piece_of_a_wider_conflict_names_only_the_new_alternatives(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a trial of 网络数据安全管理条例) 3年 → 1年 and 2年 conflict at 3; 2 chosen; then 18个月 arrived, and the conflict is
    3年 now. The warning named 1) 「1年」 and 2) 「2年」 as new too, the chosen one among them: only 18个月 is."""
    run = consultation
    law = tmp_path / "records.md"
    law.write_text("# 记录条例\n\n第一条　处理情况记录应当至少保存3年。\n\n第二条　本条例自公布之日起施行。\n", encoding="utf-8")
    _ok(run("draft", "add", str(law), "--name", "rec", "--version", "1"))
    _ok(run("member", "add", "gamma"))
    for who, new in (("acme", "1年"), ("beta", "2年")):
        _ok(run("comment", "add", "--member", who, "--draft", "rec@1", "--at", "第一条", "--quote", "3年", "--propose", new))
    _ok(run("decide", "--draft", "rec@1", "--article", "1", "--choose", "x1:2"))
    _ok(run("comment", "add", "--member", "gamma", "--draft", "rec@1", "--at", "第一条", "--quote", "3年", "--propose", "18个月"))
    unit = json.loads(_ok(run("merge", "--draft", "rec@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    (x,) = unit["conflicts"]
    assert (x["old"], [a["text"] for a in x["alternatives"]], x["chosen"]) == ("3年", ["1年", "2年", "18个月"], 2)
    assert x["stale"] == ("decision #1 on x1 of 第一条 was made before alternative(s) 3) 「18个月」 [gamma] arrived; it "
                          "still applies: review it (decide again, or undo it)")  # fmt: skip


def test_a_conflict_decided_before_a_new_alternative_arrived_is_flagged(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _ok(run("member", "add", "gamma", "--org", "Gamma SA", "--group", "Auto WG"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("行政法规禁止", "行政法规明确禁止")))
    _ok(run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("行政法规禁止", "行政法规严格禁止")))
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "13", "--choose", "x1:1"))
    assert _unit(run)["stale"] == []
    _ok(run("comment", "add", "--member", "gamma", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("行政法规禁止", "行政法规明令禁止")))
    unit = _unit(run)
    (x,) = unit["conflicts"]
    assert (x["resolved"], x["chosen"]) == (True, 1)
    assert x["stale"] == ("decision #1 on x1 of 第十三条 was made before alternative(s) 3) 「明令」 [gamma] arrived; "
                          "it still applies: review it (decide again, or undo it)")  # fmt: skip
    assert unit["stale"] == [x["stale"]]
    text = run("merge", "--draft", "ecommerce@1").output.splitlines()
    assert "  x1  conflict at one point, after 「行政法规」: resolved: alternative 1 (decision #1); STALE: new alternative(s) since" in text
    assert text[-1] == "1 unit(s), 3 proposal(s), 0 change(s), 1 conflict(s), 0 unresolved, 1 stale decision(s)"
    # deciding again clears it
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "13", "--choose", "x1:3"))
    assert _unit(run)["stale"] == []


def test_a_final_wording_set_before_new_proposals_is_flagged(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("行政法规禁止", "行政法规明确禁止")))
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "13", "--text", ART13.replace("禁止", "明令禁止")))
    assert _unit(run)["stale"] == []
    _ok(run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("环境保护要求", "生态环境保护要求")))
    assert _unit(run)["stale"] == [("the final wording of 第十三条 (decision #1) was set before 1 proposal(s) arrived; "
                                    "it still applies: review it (decide again, or undo it)")]


def test_the_merge_says_which_changes_the_final_wording_takes_and_which_it_supersedes(consultation) -> None:  # type: ignore[no-untyped-def]
    # a trial: after --text the merge still listed "c1 proposed", where the review page said superseded
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("行政法规禁止", "行政法规明确禁止").replace("环境保护要求", "生态环境保护要求")))
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "13", "--text", ART13.replace("环境保护要求", "生态环境保护要求")))
    lines = _ok(run("merge", "--draft", "ecommerce@1", "--article", "13")).stdout.splitlines()
    assert [x for x in lines if x.startswith("  c")] == [
        "  c1  in final wording        {+生态+}  [acme]",
        "  c2  superseded by final wording {+明确+}  [acme]"]  # fmt: skip


def test_the_committee_reason_is_set_replaced_removed_and_shown(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("行政法规禁止", "行政法规明确禁止")))
    both = run("decide", "--draft", "ecommerce@1", "--article", "13", "--accept", "c1",
               "--committee-reason", "明确禁止交易的范围，便于经营者遵守。")
    assert both.output.splitlines() == ["committee reason for 第十三条 (art_13): 明确禁止交易的范围，便于经营者遵守。",
                                        "decision #1: accepted c1 on 第十三条 (art_13)", "  inserting 「明确」"]  # fmt: skip
    assert _unit(run)["committee_reason"] == "明确禁止交易的范围，便于经营者遵守。"
    assert "  committee reason: 明确禁止交易的范围，便于经营者遵守。" in run("merge", "--draft", "ecommerce@1").output
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "13", "--committee-reason", "与上位法衔接。"))
    assert _unit(run)["committee_reason"] == "与上位法衔接。"
    # a reason alone puts the article in the merge, for a position that supports the draft as it is
    alone = run("decide", "--draft", "ecommerce@1", "--article", "第十六条", "--committee-reason", "赞成本条。")
    assert alone.output == "committee reason for 第十六条 (art_16): 赞成本条。\n"
    assert _unit(run, "16")["committee_reason"] == "赞成本条。"
    removed = run("decide", "--draft", "ecommerce@1", "--article", "16", "--committee-reason", "")
    assert removed.output == "committee reason for 第十六条 (art_16) removed\n"
    log = run("log", "--object", "reason:ecommerce@1:art_13").output
    assert log.count("reason.set") == 2


def test_a_committee_reason_beside_no_change_says_the_article_goes_out_as_drafted(consultation) -> None:  # type: ignore[no-untyped-def]
    """(a trial of 反洗钱法) `decide --reject-all --committee-reason "…不宜延长"` sent the unchanged article to the
    legislature with a reason arguing against an extension it never proposed, and nothing said so. Said; a
    reason beside a change accepted, or the reason removed, says nothing."""
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("行政法规禁止", "行政法规明确禁止")))
    said = ("warning: no change of 第十三条 (art_13) goes out, so the submission prints it as the draft words it, with this "
            "reason (the committee's case for the draft's wording); a reason for turning the members' proposals down is "
            "kept off the submission with --reason\n")  # fmt: skip
    rejected = run("decide", "--draft", "ecommerce@1", "--article", "13", "--reject-all", "--committee-reason", "不宜修改。")
    assert rejected.exit_code == 0 and rejected.stderr == said, rejected.stderr
    again = run("decide", "--draft", "ecommerce@1", "--article", "13", "--committee-reason", "现行规定已经明确。")
    assert again.exit_code == 0 and again.stderr == said, again.stderr
    assert "现行规定已经明确。" in run("export", "--draft", "ecommerce@1", "--format", "md").stdout
    removed = run("decide", "--draft", "ecommerce@1", "--article", "13", "--committee-reason", "")
    assert removed.exit_code == 0 and removed.stderr == ""
    _ok(run("decide", "--draft", "ecommerce@1", "--undo", "1"))  # (the rejection)
    accepted = run("decide", "--draft", "ecommerce@1", "--article", "13", "--accept", "c1", "--committee-reason", "明确。")
    assert accepted.exit_code == 0 and accepted.stderr == "", accepted.stderr


@pytest.mark.parametrize(("at", "reason", "warned"), [
    ("第一条第一款", "“有疑问”的判断标准是什么？", "第一条第二款"),  # the words of the 款 after it
    ("第一条第二款", "“有疑问”的判断标准是什么？", None),  # its own 款's words
    ("第一条第一款", "“核对”由谁负责？", None),  # words of two other 款: which one cannot be told
    ("第一条", "“有疑问”的判断标准是什么？", None),  # on the article: its 款's words are its own
    # (a stranger's review) a remark that says why it quotes them: naming the 款, or asking them put in here
    ("第一条第一款", "应与第二款“有疑问”的规定衔接。", None),
    ("第一条第一款", "建议增加“有疑问”的情形。", None),
    ("第一条第一款", "建议参照“有疑问”的表述。", None),
    # (a second review) such a word elsewhere in the remark, or the remark's own 款 named: still warned
    ("第一条第一款", "“有疑问”应当补充判断标准。", "第一条第二款"),
    ("第一条第一款", "“有疑问”的表述与上位法不衔接。", "第一条第二款"),
    ("第一条第一款", "本款“有疑问”是否应当替换为更明确的表述？", "第一条第二款"),
    ("第一条第一款", "第一款中“有疑问”指什么？", "第一条第二款"),
])  # fmt: skip
def test_a_remark_on_a_kuan_quoting_another_kuan_s_words_is_warned(consultation, tmp_path: Path, at: str, reason: str,
                                                                   warned: str | None) -> None:  # fmt: skip
    """(a trial of 反洗钱法 2006 第十六条) A question on 第五款 asked what “有疑问” means, the words of 第六款; it
    was carried to the next reading with 第五款, to the article on anonymous accounts, and nothing said so."""
    law = tmp_path / "q.md"
    law.write_text("# 法\n\n第一条 金融机构不得为身份不明的客户提供服务，并应当核对身份。\n\n金融机构对客户身份资料有疑问的，应当重新"
                   "核对。\n\n第二条 本法自公布之日起施行。\n", encoding="utf-8")  # fmt: skip
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "q", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "q@1", "--at", at, "--stance", "question", "--reason", reason))
    merged = _ok(run("merge", "--draft", "q@1")).output
    if warned is None:
        assert "check the unit it is on" not in merged, merged
    else:
        assert (f"  warning: comment #1 (question) on {at} (art_1__para_1) quotes 「有疑问」, which {at} (art_1__para_1) has "
                f"not and {warned} (art_1__para_2) has: check the unit it is on (`lawcomment comment edit 1 --at {warned}` "
                "moves it)\n") in merged, merged  # fmt: skip


def test_members_remarks_are_forwarded_only_when_staff_say_so(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--reason", "应明确标准"))
    _ok(run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十三条", "--stance", "support"))
    assert run("comment", "forward", "1").output == "comment #1 is forwarded: it prints in the submission\n"
    listed = json.loads(_ok(run("comment", "list", "--draft", "ecommerce@1", "--format", "json")).stdout)["comments"]
    assert [(c["id"], c["forwarded"]) for c in listed] == [(1, True), (2, False)]
    again = run("comment", "forward", "1")
    assert (again.exit_code, again.stderr) == (1, "Error: comment #1 is already forwarded\n")
    empty = run("comment", "forward", "2")
    assert empty.stderr == "Error: comment #2 has no remark to forward (its reason is empty)\n"
    assert run("comment", "forward", "1", "--undo").output == "comment #1 is internal again\n"
    assert "comment.unforward  comment:1" in run("log", "--object", "comment:1").output


def test_committee_reasons_follow_their_article_to_the_next_reading(consultation, data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "13", "--committee-reason", "与上位法衔接。"))
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "16", "--committee-reason", "期限过长。"))
    text = (data / "ecommerce-law.md").read_text(encoding="utf-8")
    start = text.index("第十六条 ")
    v2 = tmp_path / "v2.md"  # 第十六条 deleted
    v2.write_text(text[:start] + text[text.index("第十七条 "):], encoding="utf-8")
    out = _ok(run("draft", "add", str(v2), "--name", "ecommerce", "--version", "2", "--supersedes", "1")).output
    assert "carried 1 committee reason(s); 1 were on articles the new version deleted" in out.splitlines()
    unit = json.loads(_ok(run("merge", "--draft", "ecommerce@2", "--format", "json")).stdout)["units"]
    assert [(u["eid"], u["committee_reason"]) for u in unit] == [("art_13", "与上位法衔接。")]
    again = _ok(run("draft", "add", str(v2), "--name", "ecommerce", "--version", "2", "--supersedes", "1")).output
    assert "committee reason" not in again


def test_a_member_never_conflicts_with_itself_across_an_article_and_its_paragraphs(consultation, data) -> None:  # type: ignore[no-untyped-def]
    from lawcomment import load_draft

    run = consultation
    art24 = load_draft(data / "ecommerce-law.md").find("art_24")
    assert art24 is not None
    p1, p2 = (c.text for c in art24.children)
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第二十四条",
            "--propose", p1.replace("明示", "显著明示") + "\n" + p2.replace("及时", "在十五日内")))
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第二十四条第二款",
            "--propose", p2.replace("及时", "在七日内")))  # a later, second thought on 款2 only
    unit = _unit(run, "24")
    assert unit["conflicts"] == []
    assert [(c["old"], c["new"]) for c in unit["changes"]] == [("", "显著"), ("及时", "在七日内")]
    assert unit["warnings"] == ["acme's proposals #1, #2 on 第二十四条 are combined into one (the later one wins where "
                                "they overlap)",
                                "acme's proposal #2 on 第二十四条 rewords what #1 also changed, and stands there: "
                                "「及时」 → 「在十五日内」 left out"]  # fmt: skip


def test_committee_reasons_come_in_a_json_or_csv_file_too(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    rows = [{"article": "第十三条", "committee_reason": "与上位法衔接。"},
            {"member": "acme", "article": "第十六条", "reason": "期限过长", "委员会理由": "期限宜缩短。"}]
    path = tmp_path / "staff.json"
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    result = run("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.output == (f"{path}: json into ecommerce@1: 1 added, 0 already there, 0 superseded, "
                             "2 committee reason(s) set\n")  # fmt: skip
    units = json.loads(_ok(run("merge", "--draft", "ecommerce@1", "--format", "json")).stdout)["units"]
    assert [(u["eid"], u["committee_reason"]) for u in units] == [("art_13", "与上位法衔接。"), ("art_16", "期限宜缩短。")]
    bad = tmp_path / "bad.csv"
    bad.write_text("条款,委员会理由\n第九百条,无\n", encoding="utf-8")
    refused = run("comment", "import", str(bad), "--draft", "ecommerce@1")
    assert refused.exit_code == 1
    assert refused.stderr.startswith(f"Error: {bad}: 1 of 1 row(s) are invalid; nothing was imported")
    assert "row 2: ecommerce@1 has no 第九百条" in refused.stderr


def test_positions_read_back_from_their_data_as_they_were(demo_store) -> None:  # type: ignore[no-untyped-def]
    import json as std_json

    from lawcomment.consultation import draft_positions
    from lawcomment.review.codec import positions_data, positions_from_data

    for ref in ("ecommerce@1", "ecommerce@2"):
        positions = draft_positions(demo_store, ref)
        assert any(p.final for p in positions) or any(p.insertions for p in positions) or ref.endswith("2")
        data = std_json.loads(std_json.dumps(positions_data(positions), ensure_ascii=False))
        assert positions_from_data(data) == positions
    with pytest.raises(ValueError, match="a kept UnitPosition has 2 fields"):
        positions_from_data([[1, 2]])


def test_the_positions_a_merge_kept_are_read_not_merged_again(demo_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Until the next write, a whole draft's positions come from what the last merge kept
    (a kept position that no longer reads would be merged afresh, silently: not here)."""
    import lawcomment.consultation.decisions as decisions
    from lawcomment.consultation import draft_positions

    generation = demo_store.generation()
    first = draft_positions(demo_store, "ecommerce@1", generation=generation, comments=demo_store.comments("ecommerce@1"))

    def merging(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("merged again")

    monkeypatch.setattr(decisions, "unit_position", merging)
    assert draft_positions(demo_store, "ecommerce@1") == first
    with pytest.raises(AssertionError, match="merged again"):  # another generation's are not read
        draft_positions(demo_store, "ecommerce@1", generation=generation + 1, comments=[])


def test_one_units_kept_position_is_its_merge_read_back(demo_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After a whole draft's merge, a merge of one of its units (the command, a page of the web
    app) reads what was kept for it: the same position as merging it again, without reading its
    comments. A write makes it stale: the unit is merged again, and it is what merging says."""
    import lawcomment.consultation.decisions as decisions
    from lawcomment.consultation import draft_positions

    fresh = [p for q in draft_positions(demo_store, "ecommerce@1") for p in draft_positions(demo_store, "ecommerce@1", q.eid)]
    whole = draft_positions(demo_store, "ecommerce@1")  # (nothing written since: read back)
    assert fresh == whole and len(whole) > 3 and any(p.changes for p in whole)
    real_merge, real_comments = decisions.unit_position, demo_store.comments

    def merging(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("merged again")

    def reading(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("comments read")

    monkeypatch.setattr(decisions, "unit_position", merging)
    monkeypatch.setattr(demo_store, "comments", reading)
    assert [p for q in whole for p in draft_positions(demo_store, "ecommerce@1", q.eid)] == whole
    monkeypatch.setattr(decisions, "unit_position", real_merge)
    monkeypatch.setattr(demo_store, "comments", real_comments)
    target = whole[0]
    demo_store.set_committee_reason("ecommerce@1", target.eid, "理由已改")  # a write: what was kept is stale
    calls: list[str] = []
    monkeypatch.setattr(decisions, "unit_position", lambda *a, **k: calls.append(a[1]) or real_merge(*a, **k))
    (again,) = draft_positions(demo_store, "ecommerce@1", target.eid)
    assert calls == [target.eid] and again == target


@pytest.mark.parametrize("second", [
    # two 项 each given an exception of its own, ending alike (…的除外): two changes, none left out
    "为改进技术、研究开发新产品的，但依法经批准的除外；",
    # the same new words put in at two 项: each wording speaks for its own 项, so both stand
    "为改进技术、研究开发新产品的，但国家另有规定的除外；",
])  # fmt: skip
def test_one_members_proposals_on_two_items_are_combined_whole(consultation, data, second: str) -> None:  # type: ignore[no-untyped-def]
    """A member's wordings of two 项 of one article become one proposal with both edits: an
    edit is left out only when the later one rewrites its line."""
    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    put_in = "，但国家另有规定的除外"
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十五条第一款第（五）项",
            "--propose", "因经济不景气，为缓解销售量严重下降或者生产明显过剩的" + put_in + "；"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十五条第一款第（一）项",
            "--propose", second))
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    assert [c["new"] for c in unit["changes"]] == [second[second.index("，"):-1], put_in]
    assert [w for w in unit["warnings"] if "left out" in w] == []
    assert "（五）因经济不景气，为缓解销售量严重下降或者生产明显过剩的，但国家另有规定的除外；" in unit["position"]


def test_a_wording_of_the_whole_article_moves_the_new_words_an_earlier_one_put_elsewhere(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """The same new words the member put into 项（五） put into 项（一） by its later wording of
    the whole article: moved there, not written twice, and the warning says what was left out."""
    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    put_in = "，但国家另有规定的除外"
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十五条第一款第（五）项",
            "--propose", "因经济不景气，为缓解销售量严重下降或者生产明显过剩的" + put_in + "；"))
    article = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]["base"]
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十五条",
            "--propose", article.replace("研究开发新产品的；", "研究开发新产品的" + put_in + "；")))
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    assert [c["new"] for c in unit["changes"]] == [put_in]
    (left_out,) = [w for w in unit["warnings"] if "left out" in w]
    assert "#1" in left_out and put_in in left_out
    assert "（一）为改进技术、研究开发新产品的，但国家另有规定的除外；" in unit["position"]


def test_a_wording_of_one_paragraph_keeps_the_members_words_put_into_another(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """农产品质量安全法 2018 第三十六条 (a trial): 五日 → 五个工作日 in 第一款, then a wording of 第二款
    adding a sentence that says 七个工作日: both stand, nothing is left out."""
    run = consultation
    _ok(run("draft", "add", str(data / "agri-quality-2018-art36.md"), "--name", "q", "--version", "1"))
    first = "农产品生产者、销售者对监督抽查检测结果有异议的，可以自收到检测结果之日起五个工作日内，向组织实施农产品质量安全监督抽查的农业行政主管部门或者其上级农业行政主管部门申请复检。"
    second = ("采用国务院农业行政主管部门会同有关部门认定的快速检测方法进行农产品质量安全监督抽查检测，被抽查人对检测结果有异议的，"
              "可以自收到检测结果时起四小时内申请复检。复检不得采用快速检测方法。复检机构应当自收到复检样品之日起七个工作日内出具检测报告。")  # fmt: skip
    _ok(run("comment", "add", "--member", "acme", "--draft", "q@1", "--at", "第三十六条第一款", "--propose", first))
    _ok(run("comment", "add", "--member", "acme", "--draft", "q@1", "--at", "第三十六条第二款", "--propose", second))
    unit = json.loads(_ok(run("merge", "--draft", "q@1", "--article", "36", "--format", "json")).stdout)["units"][0]
    assert [c["new"] for c in unit["changes"]] == ["个工作", "复检机构应当自收到复检样品之日起七个工作日内出具检测报告。"]
    assert [w for w in unit["warnings"] if "left out" in w] == []
    assert unit["position"].split("\n")[:2] == [first, second]


def test_an_edit_a_member_sends_twice_is_not_said_to_be_left_out(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """The same change sent on a 项 and again in a wording of the whole article stands once,
    credited to both, and no warning says it was left out (naming the later comment twice)."""
    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十五条第一款第（一）项",
            "--propose", "为改进技术、研究开发新工艺的；"))
    whole = _ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json"))
    article = json.loads(whole.stdout)["units"][0]["base"]
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十五条",
            "--propose", article.replace("新产品", "新工艺", 1)))
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    assert [(c["old"], c["new"], c["proposals"]) for c in unit["changes"]] == [("产品", "工艺", ["#1+#2"])]
    assert not [w for w in unit["warnings"] if "left out" in w]
    assert any("are combined into one" in w for w in unit["warnings"])


def test_a_conflict_credits_the_wording_of_its_own_item_not_the_members_others(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """A member's wordings of two 项 are combined; the conflict on one 项 names the comment on
    that 项 only, so the comment on the other is not said to be in it (the tracking sheet, the
    web app's 部分采纳)."""
    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    for member, at, wording in (("acme", "第（一）项", "为改进技术、研究开发新工艺的；"),
                                ("acme", "第（二）项", "为提高产品质量、降低成本、增进效率，统一产品规格、标准的；"),
                                ("beta", "第（一）项", "为改进技术、研究开发新服务的；")):  # fmt: skip
        _ok(run("comment", "add", "--member", member, "--draft", "aml@1", "--at", f"第十五条第一款{at}", "--propose", wording))
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    (conflict,) = unit["conflicts"]
    assert [(a["text"], a["proposals"]) for a in conflict["alternatives"]] == [("工艺", ["#1"]), ("服务", ["#3"])]
    assert [c["proposals"] for c in unit["changes"]] == [["#2"]]


FIFTH = "因经济不景气，为缓解销售量严重下降或者生产明显过剩的；\n"


@pytest.mark.parametrize(("at", "changes", "kept"), [
    # the 项 and its line out; the items after it are numbered back with the position: （六） is （五）
    ("第十五条第一款第（五）项", [("（五）" + FIFTH, "")],
     "保护环境、救灾救助等社会公共利益的；\n（五）为保障对外贸易和对外经济合作中的正当利益的；\n（六）法律"),
    ("第十五条第一款第（七）项", [("（七）法律和国务院规定的其他情形。\n", "")], "合作中的正当利益的；\n属于前款"),
])  # fmt: skip
def test_a_unit_deleted_goes_with_its_label(consultation, data, tmp_path, at: str, changes: list[tuple[str, str]],  # type: ignore[no-untyped-def]
                                            kept: str) -> None:  # fmt: skip
    """Deleting a 项 takes out its label and its line too, and numbers the items after it back:
    the submission never reads 「（五）（六）为保障…」 or skips a number, in the merge, in Word (read
    back with the changes accepted) or in Markdown."""
    from lawcomment import load_draft

    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", at, "--stance", "delete", "--reason", "删去"))
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    assert [(c["old"], c["new"]) for c in unit["changes"]] == changes
    _ok(run("decide", "--draft", "aml@1", "--article", "15", "--accept-all"))
    assert kept in unit["position"]
    out = tmp_path / "s.docx"
    _ok(run("export", "--draft", "aml@1", "-o", str(out)))
    got = load_draft(out).find("art_15")  # Word's tracked changes read as accepted
    assert got is not None and got.body() == unit["position"]
    (para, _) = got.children
    labels = [i.label for i in para.children]
    assert labels == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]
    md = _ok(run("export", "--draft", "aml@1", "--format", "md")).stdout
    old, _ = changes[0]
    assert "**第十五条**" in md and "<del>" + old.replace("\n", "<br>") + "</del>" in md
    if "（五）" in old:  # and the next one renumbered, a consequential change of the committee's
        assert "<del>（六）</del><ins>（五）</ins>为保障" in md


def test_an_article_deleted_is_struck_with_its_label(consultation, data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A whole article taken out leaves no empty 「第三十六条」 behind: Word strikes its label with its
    text (read back with the changes accepted, the article is gone), and so does Markdown."""
    from lawcomment import load_draft

    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第三十六条", "--stance", "delete",
            "--reason", "与第八条重复"))  # fmt: skip
    _ok(run("decide", "--draft", "aml@1", "--article", "36", "--accept", "c1"))
    for layout in ("articles", "table"):
        out = tmp_path / f"{layout}.docx"
        _ok(run("export", "--draft", "aml@1", "--layout", layout, "-o", str(out)))
        if layout == "articles":
            assert load_draft(out).find("art_36") is None
        xml = zipfile.ZipFile(out).read("word/document.xml").decode()
        assert re.search(r"<w:del [^>]*>(?:(?!</w:del>).)*第三十六条", xml), layout  # the label inside a deletion
    md = _ok(run("export", "--draft", "aml@1", "--format", "md")).stdout
    assert "<del>**第三十六条**\u3000</del><del>行政机关" in md


def test_the_same_edit_in_two_paragraphs_is_two_edits(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """五十万元 → 三百万元 in 第三款, then the whole 第四十六条 with it changed in 第一款 only: one
    member's two proposals keep both edits (neither is one new item written twice). Two members
    making them are two changes, each taken or left in its place: a number is not an item that
    two members might each put in at a place of their own (as 安全性 is, which is one conflict)."""
    from lawcomment import load_draft

    run = consultation
    art = load_draft(data / "anti-monopoly-2007.md").find("art_46")
    assert art is not None
    p1, p2, p3 = (c.text for c in art.children)
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第四十六条第三款",
            "--propose", p3.replace("五十万元", "三百万元")))  # fmt: skip
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第四十六条",
            "--propose", "\n".join([p1.replace("五十万元", "三百万元"), p2, p3])))  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "46", "--format", "json")).stdout)["units"][0]
    # each change credited to the proposal it came from, not to both (the tracking sheet says which)
    assert [(c["old"], c["new"], c["proposals"]) for c in unit["changes"]] == [("五十万", "三百万", ["#2"]),
                                                                              ("五十万", "三百万", ["#1"])]  # fmt: skip
    assert unit["conflicts"] == [] and unit["position"].count("三百万元") == 2
    rows = list(csv.reader(io.StringIO(_ok(run("export", "--draft", "aml@1", "--format", "csv")).stdout.lstrip("\ufeff"))))
    review = rows[0].index("审查结果")
    assert {r[0]: r[review] for r in rows[1:]} == {"1": "c2 待审查", "2": "c1 待审查"}
    _ok(run("comment", "withdraw", "2"))
    _ok(run("comment", "add", "--member", "beta", "--draft", "aml@1", "--at", "第四十六条第一款",
            "--propose", p1.replace("五十万元", "三百万元")))  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "46", "--format", "json")).stdout)["units"][0]
    assert unit["conflicts"] == []
    assert [(c["old"], c["new"], c["proposals"]) for c in unit["changes"]] == [("五十万", "三百万", ["#3"]),
                                                                              ("五十万", "三百万", ["#1"])]  # fmt: skip


def test_periods_changed_in_two_paragraphs_are_chosen_each_in_its_place(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """A member's 第二款 wording (六十日 → 四十五日) and its later whole-article wording that
    changes 第一款 only (九十日 → 四十五日) keep both edits: the same new number in two places is
    two edits, not one item written twice. Other members' periods conflict with them place by
    place (x1 in 第一款, x2 in 第二款), never as one conflict across both paragraphs."""
    from lawcomment import load_draft

    run = consultation
    art = load_draft(data / "anti-monopoly-2007.md").find("art_26")
    assert art is not None
    whole = art.body("")
    para2 = "\n".join(whole.split("\n")[1:5])  # 第二款: its opening words and its three 项
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第二十六条第二款",
            "--propose", para2.replace("六十日", "四十五日")))  # fmt: skip
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第二十六条",
            "--propose", whole.replace("九十日", "四十五日")))  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "26", "--format", "json")).stdout)["units"][0]
    assert [(c["old"], c["new"], c["proposals"]) for c in unit["changes"]] == [("九十", "四十五", ["#2"]),
                                                                              ("六十", "四十五", ["#1"])]  # fmt: skip
    assert unit["position"] == whole.replace("九十日", "四十五日").replace("六十日", "四十五日")
    _ok(run("comment", "add", "--member", "beta", "--draft", "aml@1", "--at", "第二十六条",
            "--propose", whole.replace("九十日", "六十日").replace("超过六十日", "超过三十日")))  # fmt: skip
    _ok(run("member", "add", "gamma", "--org", "Gamma Ltd"))
    _ok(run("comment", "add", "--member", "gamma", "--draft", "aml@1", "--at", "第二十六条",
            "--propose", whole.replace("九十日", "三十日")))  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "26", "--format", "json")).stdout)["units"][0]
    assert [(x["old"], sorted(a["text"] for a in x["alternatives"])) for x in unit["conflicts"]] == [
        ("九十", ["三十", "六十", "四十五"]), ("六十", ["三十", "四十五"])]


@pytest.mark.parametrize("typed", ["为促进中小企业创新的；", "（九）为促进中小企业创新的；", "（四） 为促进中小企业创新的；"])
def test_a_new_item_is_numbered_and_the_items_after_it_renumbered(consultation, data, tmp_path, typed: str) -> None:  # type: ignore[no-untyped-def]
    """A new 项 after （三） is （四） whatever the member typed (no number: read back as a new 款;
    a number of its own: （四） twice), and the items after it are numbered on with the position
    (a consequential change, not one to decide), in Word too."""
    from lawcomment import load_draft

    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十五条第一款第（三）项",
            "--stance", "insert", "--propose", typed))  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    assert [(c["old"], c["new"]) for c in unit["changes"]] == [("", "（四）为促进中小企业创新的；\n")]
    assert unit["warnings"] == ["the items of 第十五条 (art_15) are numbered on; check what cites them by number "
                                "(「第一项至第五项」 here, and in other articles)"]  # fmt: skip
    _ok(run("decide", "--draft", "aml@1", "--article", "15", "--accept-all"))
    out = tmp_path / "s.docx"
    _ok(run("export", "--draft", "aml@1", "-o", str(out)))
    got = load_draft(out).find("art_15")
    assert got is not None
    (para, _) = got.children
    assert [(i.label, i.text[:6]) for i in para.children] == [
        ("（一）", "为改进技术、"), ("（二）", "为提高产品质"), ("（三）", "为提高中小经"), ("（四）", "为促进中小企"),
        ("（五）", "为实现节约能"), ("（六）", "因经济不景气"), ("（七）", "为保障对外贸"), ("（八）", "法律和国务院")]  # fmt: skip


_LIST = "经营者不得有下列行为：\n（一）虚假宣传；\n（二）商业贿赂；\n（三）侵犯商业秘密；\n（四）诋毁竞争对手。"


@pytest.mark.parametrize(("wording", "expected"), [
    # a new 项, the rest numbered on: the kept items get the draft's labels back, the new one keeps its own
    (_LIST.replace("（三）侵犯", "（三）不正当有奖销售；\n（四）侵犯").replace("（四）诋毁", "（五）诋毁"),
     _LIST.replace("（三）侵犯", "（三）不正当有奖销售；\n（三）侵犯")),
    # a 项 taken out, the rest numbered back
    (_LIST.replace("（二）商业贿赂；\n", "").replace("（三）侵犯", "（二）侵犯").replace("（四）诋毁", "（三）诋毁"),
     _LIST.replace("（二）商业贿赂；\n", "")),
    # a new 项 before one the member rewords too: the reworded one is found by its words
    (_LIST.replace("（三）侵犯商业秘密", "（三）不正当有奖销售；\n（四）侵犯他人商业秘密").replace("（四）诋毁", "（五）诋毁"),
     _LIST.replace("（三）侵犯商业秘密", "（三）不正当有奖销售；\n（三）侵犯他人商业秘密")),
    # the member's list is not numbered 1, 2, 3 …: its labels are its edits, left as they are
    (_LIST.replace("（四）诋毁", "（五）诋毁"), _LIST.replace("（四）诋毁", "（五）诋毁")),
    # a new first item: its （一） beside the draft's own would start a second list; the member's
    # numbering stands (the position reads it as the member wrote it)
    (_LIST.replace("（一）虚假宣传；", "（一）混淆行为；\n（二）虚假宣传；").replace("（二）商业贿赂", "（三）商业贿赂")
     .replace("（三）侵犯", "（四）侵犯").replace("（四）诋毁", "（五）诋毁"),) * 2,
    # (a reviewer) two new items one after the other: the kept ones get the draft's labels back
    (_LIST.replace("（二）商业贿赂", "（二）混淆行为；\n（三）不正当有奖销售；\n（四）商业贿赂").replace("（三）侵犯", "（五）侵犯")
     .replace("（四）诋毁", "（六）诋毁"),
     _LIST.replace("（二）商业贿赂", "（二）混淆行为；\n（三）不正当有奖销售；\n（二）商业贿赂")),
    # the wording keeps no list: nothing to number back
    ("经营者不得虚假宣传。", "经营者不得虚假宣传。"),
    (_LIST, _LIST),
])  # fmt: skip
def test_a_members_own_numbering_on_is_taken_back_before_the_merge(wording: str, expected: str) -> None:
    from lawcomment.review.position import numbered_back

    assert numbered_back(_LIST, wording) == expected


def test_a_list_rewritten_so_its_items_read_like_the_drafts_in_another_order_keeps_the_members_numbering() -> None:
    """(a new user's trial of 会计法 第十条) A list rewritten whole: its items read like the draft's in
    another order, and given the draft's labels they would read (二)(四)(三)…, which the member
    never wrote: the member's own numbering stands."""
    from lawcomment.review.position import numbered_back

    base = ("下列经济业务事项，应当办理会计手续，进行会计核算:\n（一）款项和有价证券的收付；\n（二）财物的收发、增减和使用；\n"
            "（三）债权债务的发生和结算；\n（四）资本、基金的增减；\n（五）收入、支出、费用、成本的计算；\n"
            "（六）财务成果的计算和处理；\n（七）需要办理会计手续、进行会计核算的其他事项。")  # fmt: skip
    wording = ("各单位应当对下列经济业务事项办理会计手续，进行会计核算：\n（一）资产的增减和使用；\n（二）负债的增减；\n"
               "（三）净资产（所有者权益）的增减；\n（四）收入、支出、费用、成本的增减；\n（五）财务成果的计算和处理；\n"
               "（六）需要办理会计手续、进行会计核算的其他事项。")  # fmt: skip
    assert numbered_back(base, wording) == wording


def test_a_second_lists_first_item_taken_out_keeps_the_members_numbering() -> None:
    """Back to the draft's labels, the second list would begin at （二） and read as the first
    list going on (the position would number it （五）): the member's （一） stands."""
    from lawcomment.review.position import numbered_back

    base = _LIST + "\n有下列情形之一的，从重处罚：\n（一）拒绝检查；\n（二）提供虚假材料。"
    wording = _LIST + "\n有下列情形之一的，从重处罚：\n（一）提供虚假材料。"
    assert numbered_back(base, wording) == wording
    renumbered = base.replace("（三）侵犯", "（三）不正当有奖销售；\n（四）侵犯").replace("（四）诋毁", "（五）诋毁")
    assert numbered_back(base, renumbered) == base.replace("（三）侵犯", "（三）不正当有奖销售；\n（三）侵犯")


def test_a_new_first_item_numbered_on_by_its_member_goes_out_numbered_once(consultation, data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A new （一） at the head of 第十五条's list, the rest numbered on by the member: the
    submission reads （一） to （八）, never two （一）."""
    from lawcomment import load_draft

    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    base = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]["position"]
    wording = base
    for n in "七六五四三二一":
        wording = wording.replace(f"（{n}）", f"（{'八七六五四三二'['七六五四三二一'.index(n)]}）")
    wording = wording.replace("：\n（二）", "：\n（一）为保护知识产权的；\n（二）", 1)
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十五条", "--propose", wording))
    _ok(run("decide", "--draft", "aml@1", "--article", "15", "--accept-all"))
    out = tmp_path / "s.docx"
    _ok(run("export", "--draft", "aml@1", "-o", str(out)))
    got = load_draft(out).find("art_15")
    assert got is not None
    assert [(i.label, i.text[:6]) for i in got.children[0].children] == [
        ("（一）", "为保护知识产"), ("（二）", "为改进技术、"), ("（三）", "为提高产品质"), ("（四）", "为提高中小经"),
        ("（五）", "为实现节约能"), ("（六）", "因经济不景气"), ("（七）", "为保障对外贸"), ("（八）", "法律和国务院")]  # fmt: skip


def test_two_members_new_items_in_one_list_both_go_in_numbered_on(consultation, data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """acme's wording of 第十五条 puts a new 项 after （三） and numbers the rest on; beta's adds
    one at the end. Both new 项 say 中小经营者, a word the list has: no one item written twice,
    so two changes (and acme's numbering on), not a conflict; accepted, the list reads (一) to (九)."""
    from lawcomment import load_draft

    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    base = unit["position"]
    first = base.replace("（七）", "（八）").replace("（六）", "（七）").replace("（五）", "（六）").replace("（四）", "（五）")
    first = first.replace("竞争力的；\n", "竞争力的；\n（四）为支持中小经营者数字化转型的；\n")
    tail = base.index("（七）法律")
    second = base[:tail] + "（七）为促进中小经营者参与政府采购的；\n" + base[tail:].replace("（七）", "（八）", 1)
    for member, text in (("acme", first), ("beta", second)):
        _ok(run("comment", "add", "--member", member, "--draft", "aml@1", "--at", "第十五条", "--propose", text))
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    assert unit["conflicts"] == []
    assert {s for c in unit["changes"] for s in c["supporters"]} == {"acme", "beta"}
    shown = _ok(run("merge", "--draft", "aml@1", "--article", "15")).stdout  # the merged line numbers the list on too
    merged = shown.split("  merged:", 1)[1].split("\n  c1", 1)[0]
    assert re.findall(r"（[一二三四五六七八九十]+）", re.sub(r"\[-[^]]*-\]", "", merged)) == [
        "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）"]
    _ok(run("decide", "--draft", "aml@1", "--article", "15", "--accept-all"))
    out = tmp_path / "s.docx"
    _ok(run("export", "--draft", "aml@1", "-o", str(out)))
    got = load_draft(out).find("art_15")
    assert got is not None
    items = [(i.label, i.text[:8]) for i in got.children[0].children]
    assert items == [("（一）", "为改进技术、研究"), ("（二）", "为提高产品质量、"), ("（三）", "为提高中小经营者"),
                     ("（四）", "为支持中小经营者"), ("（五）", "为实现节约能源、"), ("（六）", "因经济不景气，为"),
                     ("（七）", "为保障对外贸易和"), ("（八）", "为促进中小经营者"), ("（九）", "法律和国务院规定")]  # fmt: skip


def test_a_deletion_decided_before_it_took_its_label_still_holds(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """Stores upgraded in place: a decision on the deletion of （七）'s words and line break, as
    earlier versions placed it (the label left behind), is the decision on the deletion of the
    whole 项 now, not one that no longer matches."""
    from lawcomment import load_draft, open_store

    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十五条第一款第（七）项",
            "--stance", "delete", "--reason", "删去"))  # fmt: skip
    art = load_draft(data / "anti-monopoly-2007.md").find("art_15")
    assert art is not None
    body = art.body()
    words = "法律和国务院规定的其他情形。\n"  # the last 项: no item after it to number back
    start = body.index(words)
    with open_store(run.db, "tester") as store:
        store.add_decision("aml@1", "art_15", "accept", start=start, end=start + len(words), old=words, new="",
                           reason="删去")  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    assert [(c["old"], c["state"], c["decision"]) for c in unit["changes"]] == [("（七）" + words, "accepted", 1)]
    assert "（七）" not in unit["position"]
    assert unit["warnings"] == ["第十五条第一款第六项 (art_15__para_1__item_6) is the last 项 of 第十五条第一款 "
                                "(art_15__para_1) in this position and ends with 「；」: end it with 「。」"]  # fmt: skip


def test_a_new_item_after_a_last_item_ending_with_a_full_stop_is_warned_of(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 农产品质量安全法 第二十四条) A new 项 put in after the last one, which
    ends with 。: the list would read （七）…。⏎（八）…。; staff are told to end it with ；, as the
    position never changes the law's punctuation on its own. Rewritten with ；, nothing to say."""
    run = consultation
    added = "（八）其他排除、限制竞争的协议。"
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十五条第一款第（七）项",
            "--stance", "insert", "--propose", added))  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    assert ("（七）法律和国务院规定的其他情形。\n" + added) in unit["position"]
    warning = ("第十五条第一款第七项 (art_15__para_1__item_7) ends with 「。」, and in this position a new 项 follows it in "
               "第十五条第一款 (art_15__para_1): end it with 「；」")  # fmt: skip
    assert warning in unit["warnings"]
    page = _ok(run("export", "--draft", "aml@1", "--format", "html", "--include-unreviewed")).stdout
    assert "在本条意见中，第十五条第一款第七项之后增加了新的一项，但第十五条第一款第七项仍以「。」结尾：应改为「；」" in page
    # the committee's wording ends （七） with ；: nothing left to say
    _ok(run("decide", "--draft", "aml@1", "--article", "15", "--text", unit["position"].replace("其他情形。", "其他情形；")))
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    assert warning not in unit["warnings"] and "（七）法律和国务院规定的其他情形；\n" + added in unit["position"]


def test_no_semicolon_warning_once_the_new_last_item_ends_with_a_full_stop(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """The last 项 deleted and the committee's wording ending the new last 项 with 。: no warning
    (it named the 项 before it, whose ；is right)."""
    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十五条第一款第（七）项",
            "--stance", "delete", "--reason", "删去"))  # fmt: skip
    _ok(run("decide", "--draft", "aml@1", "--article", "15", "--accept", "c1"))
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    assert [w.split(" (")[0] for w in unit["warnings"]] == ["第十五条第一款第六项"]
    # the export says it too, before the submission goes out
    exported = run("export", "--draft", "aml@1", "--format", "md")
    assert ("warning: 1 list(s) in the md output end with 「；」 where a 项 was taken out:\n  第十五条第一款第六项 "
            "(art_15__para_1__item_6) is the last 项") in exported.stderr  # fmt: skip
    lines = unit["position"].split("\n")
    last = next(k for k, line in enumerate(lines) if line.startswith("（六）"))
    lines[last] = lines[last].removesuffix("；") + "。"
    _ok(run("decide", "--draft", "aml@1", "--article", "15", "--text", "\n".join(lines)))
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    assert unit["warnings"] == [] and "（六）" in unit["position"] and unit["position"].count("。\n") >= 1


@pytest.mark.parametrize("comments", [
    [("acme", "第十五条第一款第（一）项", "insert", "为甲的；"), ("acme", "第十五条第一款第（三）项", "insert", "为乙的；")],
    [("acme", "第十五条第一款第（一）项", "insert", "为甲的；"), ("beta", "第十五条第一款第（三）项", "insert", "为乙的；")],
    [("acme", "第十五条第一款第（三）项", "insert", "为乙的；"), ("beta", "第十五条第一款第（五）项", "delete", "")],
    [("acme", "第十五条第一款第（二）项", "delete", ""), ("beta", "第十五条第一款第（五）项", "delete", "")],
])  # fmt: skip
def test_a_list_is_numbered_on_however_many_items_go_in_or_out(consultation, data, tmp_path,  # type: ignore[no-untyped-def]
                                                                comments: list[tuple[str, str, str, str]]) -> None:  # fmt: skip
    """New 项 and deleted ones, from one member or several, accepted together: the list reads
    （一）, （二）, （三） … in the position and in Word, whatever else was decided."""
    from lawcomment import load_draft

    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    for member, at, stance, text in comments:
        _ok(run("comment", "add", "--member", member, "--draft", "aml@1", "--at", at, "--stance", stance,
                *(["--propose", text] if text else ["--reason", "删去"])))  # fmt: skip
    _ok(run("decide", "--draft", "aml@1", "--article", "15", "--accept-all"))
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "15", "--format", "json")).stdout)["units"][0]
    assert unit["conflicts"] == [] and unit["unresolved"] == 0
    out = tmp_path / "s.docx"
    _ok(run("export", "--draft", "aml@1", "-o", str(out)))
    got = load_draft(out).find("art_15")
    assert got is not None and got.body() == unit["position"] == unit["submitted"]
    (para, _) = got.children
    count = 7 + sum(1 if s == "insert" else -1 for _, _, s, _ in comments)
    assert [i.label for i in para.children] == [f"（{n}）" for n in "一二三四五六七八九"[:count]]


def test_a_law_numbering_its_list_otherwise_is_left_as_it_is() -> None:
    """Renumbering is consequential only where the law numbers its lists 1, 2, 3 …: a list that
    skips a number (as enacted) is never changed by it."""
    from lawcomment.review.position import Piece, numbered

    regular = "包括：\n（一）甲；\n（二）乙；\n（三）丙。"
    gone = Piece(regular.index("（二）"), regular.index("（三）"), "", ("acme",))
    assert numbered(regular, [gone]) == [gone, Piece(regular.index("（三）"), regular.index("（三）") + 3, "（二）", (), True)]
    skipping = "包括：\n（一）甲；\n（三）乙；\n（四）丙。"
    gone = Piece(skipping.index("（三）"), skipping.index("（四）"), "", ("acme",))
    assert numbered(skipping, [gone]) == [gone]


@pytest.mark.parametrize(("opening", "closing"), [("（", "）"), ("(", ")")])
def test_a_list_is_numbered_on_in_the_brackets_the_law_writes_its_labels_in(opening: str, closing: str) -> None:
    """A regulation writing its items (一), half-width, is numbered on as one writing （一） is (a
    trial: 专利法实施细则 2010 第十六条 went out with two (三))."""
    from lawcomment.review.position import Piece, numbered

    def item(n: str) -> str:
        return f"{opening}{n}{closing}"

    base = f"写明下列事项：\n{item('一')}名称；\n{item('二')}地址；\n{item('三')}姓名；\n{item('四')}其他事项。"
    at = base.index(item("三"))
    new = Piece(at, at, f"{item('三')}信用代码；\n", ("acme",))
    assert numbered(base, [new]) == [new, Piece(at, at + 3, item("四"), (), True),
                                     Piece(base.index(item("四")), base.index(item("四")) + 3, item("五"), (), True)]  # fmt: skip
    gone = Piece(at, base.index(item("四")), "", ("acme",))
    assert numbered(base, [gone]) == [gone, Piece(base.index(item("四")), base.index(item("四")) + 3, item("三"), (), True)]


def test_a_list_goes_on_across_an_items_second_sentence(consultation) -> None:  # type: ignore[no-untyped-def]
    """An item reworded into two lines (its second sentence has no label) is still one list:
    the items after it keep their numbers; a list that starts again at （一） is another."""
    from lawcomment.review.position import Piece, numbered

    base = "包括：\n（一）甲；\n（二）乙；\n（三）丙。\n前款所列情形：\n（一）丁；\n（二）戊。"
    two_lines = Piece(base.index("乙；"), base.index("乙；") + 2, "乙；\n前项所称乙，依照有关规定确定；", ("acme",))
    assert numbered(base, [two_lines]) == [two_lines]
    gone = Piece(base.index("（一）甲"), base.index("（二）乙"), "", ("acme",))
    fixed = numbered(base, [gone])
    text = base[:gone.start] + base[gone.end:]
    for p in reversed(fixed[1:]):
        text = text[:p.start - (gone.end - gone.start)] + p.new + text[p.end - (gone.end - gone.start):]
    assert text == "包括：\n（一）乙；\n（二）丙。\n前款所列情形：\n（一）丁；\n（二）戊。"


@pytest.mark.parametrize("typed", ["（四）为促进中小企业创新的；", "（九）为促进中小企业创新的；"])
def test_the_review_page_numbers_the_list_as_the_submission_does(consultation, data, tmp_path, typed: str) -> None:  # type: ignore[no-untyped-def]
    """The page staff review from reads as what goes out: the new 项 with the number the position
    gives it (not the one typed), and the items after it numbered on, each marked as following
    from the others, not as a change anybody asked for."""
    import html as html_

    run = consultation
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十五条第一款第（三）项",
            "--stance", "insert", "--propose", typed))  # fmt: skip
    _ok(run("comment", "add", "--member", "beta", "--draft", "aml@1", "--at", "第十五条第一款第（六）项",
            "--stance", "delete", "--reason", "删去"))  # fmt: skip
    _ok(run("decide", "--draft", "aml@1", "--article", "15", "--accept-all"))
    page = tmp_path / "review.html"
    _ok(run("export", "--draft", "aml@1", "--format", "html", "-o", str(page)))
    section = page.read_text(encoding="utf-8").split('id="art_15"')[1].split("</section>")[0]
    law = section.split('<div class="law')[1].split("</div>")[0]
    shown = html_.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<del\b.*?</del>|<sup\b.*?</sup>", "", law)))
    assert re.findall(r"（[一二三四五六七八九十]+）", shown) == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"]
    assert "（四）为促进中小企业创新的；" in shown
    renumbered = re.findall(r'<ins class="rv-consequential"[^>]*>([^<]*)</ins>', law)
    assert renumbered == ["（五）", "（六）"]  # the old （四） and （五）; the old （六） is deleted, （七） and （八） come back to their own
    assert 'title="项的序号随之调整"' in law


def test_each_change_of_a_members_combined_proposals_is_credited_to_its_own(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """One member's two proposals on one article are merged as one, as the edits each was made of
    (the item's: 或者 → 、, and words added after it). Each change is still the proposal's it came
    from (广告法 第十六条, as a new user's trial found it: the tracking sheet gave the 款's comment
    the item's changes)."""
    law = tmp_path / "ad.md"
    law.write_text("# 广告法\n\n第十六条 医疗、药品、医疗器械广告不得含有下列内容：\n\n（一）表示功效、安全性的断言或者保证；\n\n"
                   "（二）说明治愈率或者有效率；\n\n（三）与其他药品、医疗器械的功效和安全性或者其他医疗机构比较；\n\n"
                   "（四）利用广告代言人作推荐、证明；\n\n（五）法律、行政法规规定禁止的其他内容。\n\n"
                   "药品广告的内容不得与国务院药品监督管理部门批准的说明书不一致，并应当显著标明禁忌、不良反应。\n",
                   encoding="utf-8")  # fmt: skip
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "ad", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "ad@1", "--at", "第十六条第一款第（二）项",
            "--propose", "说明治愈率、有效率或者以使用前后对比等方式暗示疗效；"))  # fmt: skip
    _ok(run("comment", "add", "--member", "acme", "--draft", "ad@1", "--at", "第十六条第二款", "--propose",
            "药品广告的内容不得与国务院药品监督管理部门批准的说明书不一致，并应当显著标明禁忌、不良反应和注意事项。"))  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "ad@1", "--article", "16", "--format", "json")).stdout)["units"][0]
    assert [(c["old"], c["new"], c["proposals"]) for c in unit["changes"]] == [
        ("或者", "、", ["#1"]), ("", "或者以使用前后对比等方式暗示疗效", ["#1"]), ("", "和注意事项", ["#2"])]
    _ok(run("decide", "--draft", "ad@1", "--article", "16", "--accept-all"))
    sheet = tmp_path / "tracking.csv"
    _ok(run("export", "--draft", "ad@1", "--format", "csv", "-o", str(sheet)))
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    review = rows[0].index("审查结果")
    assert {r[0]: r[review] for r in rows[1:]} == {"1": "c1 采纳（决定#1）；c2 采纳（决定#2）", "2": "c3 采纳（决定#3）"}


def test_a_members_combined_proposals_agree_with_another_members_same_wording(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 电子商务法 第三十八条) One member rewords 第一款 to end 依法承担相应的责任。 and deletes
    第二款, which ends so too; another rewords 第一款 alike. A fresh diff of the member's combined
    wording deleted from 第一款's end to 第二款's, a conflict with the other member where they
    agree: the combined proposals are merged as the edits they were made of, so the rewording is
    one change of both members and the deletion another, of the first alone."""
    law = tmp_path / "ec.md"
    law.write_text("# 电子商务法\n\n第三十八条 平台经营者未采取必要措施的，依法与该平台内经营者承担连带责任。\n\n"
                   "对关系消费者生命健康的商品，平台经营者未尽到审核义务，造成消费者损害的，依法承担相应的责任。\n",
                   encoding="utf-8")  # fmt: skip
    reworded = "平台经营者未采取必要措施的，依法承担相应的责任。"
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "ec", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "ec@1", "--at", "第三十八条第一款", "--propose", reworded))
    _ok(run("comment", "add", "--member", "acme", "--draft", "ec@1", "--at", "第三十八条第二款", "--stance", "delete"))
    _ok(run("comment", "add", "--member", "beta", "--draft", "ec@1", "--at", "第三十八条第一款", "--propose", reworded))
    unit = json.loads(_ok(run("merge", "--draft", "ec@1", "--article", "38", "--format", "json")).stdout)["units"][0]
    assert unit["conflicts"] == []
    assert [(c["id"], c["old"], c["new"], c["supporters"], c["proposals"]) for c in unit["changes"]] == [
        ("c1", "与该平台内经营者承担连带", "承担相应的", ["acme", "beta"], ["#1", "#3"]),
        ("c2", "\n对关系消费者生命健康的商品，平台经营者未尽到审核义务，造成消费者损害的，依法承担相应的责任。", "", ["acme"], ["#2"])]  # fmt: skip
    _ok(run("decide", "--draft", "ec@1", "--article", "38", "--accept", "c1"))
    shown = _ok(run("merge", "--draft", "ec@1", "--article", "38")).stdout
    assert "c2  proposed" in shown and "0 conflict(s)" in shown, shown


LAW_THAT_CITES = ("# 引用法\n\n第一条 经营者不得有下列行为：\n\n（一）甲行为；\n\n（二）乙行为；\n\n（三）丙行为；\n\n（四）丁行为。\n\n"
                  "第二条 违反本法第一条第三项规定的，责令改正；有本法第一条第二项至第四项行为之一的，处以罚款。\n\n"
                  "第三条 违反本法第一条规定的，依法追究责任。\n")  # fmt: skip


@pytest.mark.parametrize(("at", "proposal", "expected"), [
    ("第一条第（二）项", ["--stance", "delete", "--reason", "删去"], [
        ("第二条第一款 (art_2__para_1) cites 「本法第一条第三项」: 第一条第一款第三项 (art_1__para_1__item_3) is numbered （二） in this position; "
         "change the citation with it"),
        "第二条第一款 (art_2__para_1) cites 「本法第一条第二项至第四项」, which this position deletes; change or delete the citation"]),
    ("第一条第（一）项", ["--stance", "insert", "--propose", "甲一行为；"], [
        ("第二条第一款 (art_2__para_1) cites 「本法第一条第三项」: 第一条第一款第三项 (art_1__para_1__item_3) is numbered （四） in this position; "
         "change the citation with it"),
        ("第二条第一款 (art_2__para_1) cites 「本法第一条第二项至第四项」: 第一条第一款第二项 (art_1__para_1__item_2) is numbered （三） in this "
         "position; change the citation with it")]),
    ("第一条", ["--stance", "delete", "--reason", "删去本条"], [
        "第二条第一款 (art_2__para_1) cites 「本法第一条第三项」, which this position deletes; change or delete the citation",
        "第二条第一款 (art_2__para_1) cites 「本法第一条第二项至第四项」, which this position deletes; change or delete the citation",
        "第三条第一款 (art_3__para_1) cites 「本法第一条」, which this position deletes; change or delete the citation"]),
    ("第一条第（四）项", ["--propose", "丁行为、戊行为。"], []),  # reworded, not renumbered or taken away
])  # fmt: skip
def test_citations_in_other_articles_of_what_a_position_takes_away_or_renumbers(consultation, tmp_path, at: str,  # type: ignore[no-untyped-def]
                                                                                proposal: list[str],
                                                                                expected: list[str]) -> None:  # fmt: skip
    """A position that deletes a 项, numbers the 项 on after one taken out or put in, or deletes
    the article, names every citation of them in other articles (a range of 项 included):
    the law's cross-references follow only when staff change them too."""
    law = tmp_path / "cites.md"
    law.write_text(LAW_THAT_CITES, encoding="utf-8")
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "cites", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "cites@1", "--at", at, *proposal))
    unit = json.loads(_ok(run("merge", "--draft", "cites@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    assert [w for w in unit["warnings"] if " cites 「" in w] == expected


@pytest.mark.parametrize(("at", "text", "expected"), [
    # (a bilingual trial of 反垄断法 第十五条) words put into one 项: nothing taken out, nothing numbered on
    ("第一条第三项", "丙行为、丙二行为；", []),
    ("第一条", "经营者不得有下列行为：\n（一）甲行为；\n（二）乙行为；\n（三）丙行为和丙二行为；\n（四）丁行为。", []),
    # a 项 taken out, those after it numbered on by the committee, one of them rewritten too
    ("第一条", "经营者不得有下列行为：\n（一）甲行为；\n（二）丙行为和丙二行为；\n（三）丁行为。", [
        "第二条第一款 (art_2__para_1) cites 「本法第一条第三项」: 第一条第一款第三项 (art_1__para_1__item_3) is numbered （二） in this position; "
        "change the citation with it",
        "第二条第一款 (art_2__para_1) cites 「本法第一条第二项至第四项」, which this position deletes; change or delete the citation"]),
    ("第一条", "经营者不得有下列行为：\n（一）甲行为；\n（二）丙行为；\n（三）丁行为。", [
        "第二条第一款 (art_2__para_1) cites 「本法第一条第三项」: 第一条第一款第三项 (art_1__para_1__item_3) is numbered （二） in this position; "
        "change the citation with it",
        "第二条第一款 (art_2__para_1) cites 「本法第一条第二项至第四项」, which this position deletes; change or delete the citation"]),
    ("第一条第三项", "", [
        "第二条第一款 (art_2__para_1) cites 「本法第一条第三项」, which this position deletes; change or delete the citation",
        "第二条第一款 (art_2__para_1) cites 「本法第一条第二项至第四项」, which this position deletes; change or delete the citation"]),
    # (a stranger's review) another provision written in the 项's place reads nothing like it: taken out, said
    ("第一条", "经营者不得有下列行为：\n（一）甲行为；\n（二）乙行为；\n（三）向未成年人销售烟酒；\n（四）丁行为。", [
        "第二条第一款 (art_2__para_1) cites 「本法第一条第三项」, which this position deletes; change or delete the citation",
        "第二条第一款 (art_2__para_1) cites 「本法第一条第二项至第四项」, which this position deletes; change or delete the citation"]),
])  # fmt: skip
def test_a_committee_wording_that_rewrites_a_cited_item_deletes_none(consultation, tmp_path, at: str, text: str,  # type: ignore[no-untyped-def]
                                                                     expected: list[str]) -> None:  # fmt: skip
    """(a bilingual trial of 反垄断法: decide --article 第十五条第一款第三项 --text with words put in, and every
    export said 第十五条第二款's 「前款第一项至第五项」 cites what the position deletes) A committee's
    wording is one edit of the whole unit: a 项 whose words it changed was said taken out. It is
    followed through the wording's diff: only what is taken out, or numbered on, is said."""
    law = tmp_path / "cites.md"
    law.write_text(LAW_THAT_CITES, encoding="utf-8")
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "cites", "--version", "1"))
    _ok(run("decide", "--draft", "cites@1", "--article", at, "--text", text))
    unit = json.loads(_ok(run("merge", "--draft", "cites@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    assert [w for w in unit["warnings"] if " cites 「" in w] == expected
    exported = _ok(run("export", "--draft", "cites@1", "--format", "md", "--association", "协会", "--to", "人大"))
    assert ("cites 「" in exported.stderr) is bool(expected)


def test_the_committee_s_wording_of_an_item_typed_without_its_closing_mark_keeps_it(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a member's wording without its 「；」 keeps it, said: the committee's own too) `decide --text` of a 项 typed
    without the 「；」 that closes it: kept, said as it is decided and where the wording is read; one ending with
    another mark chose it."""
    law = tmp_path / "cites.md"
    law.write_text(LAW_THAT_CITES, encoding="utf-8")
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "cites", "--version", "1"))
    decided = _ok(run("decide", "--draft", "cites@1", "--article", "第一条第三项", "--text", "丙行为、丙二行为"))
    note = ("the committee's wording of 第一条第三项 (art_1__para_1__item_3) ends without the 「；」 that closes it in the "
            "law: kept (to take it out, end the wording with another mark)")
    assert f"warning: {note}\n" in decided.stderr, decided.output
    exported = _ok(run("export", "--draft", "cites@1", "--format", "md", "--association", "协会", "--to", "人大"))
    assert "（三）丙行为<ins>、丙二行为</ins>；<br>" in exported.stdout, exported.stdout
    assert "<del>；</del>" not in exported.stdout
    # a mark of its own: the committee's choice, nothing said
    _ok(run("decide", "--draft", "cites@1", "--article", "第一条", "--undo", "1"))
    _ok(run("decide", "--draft", "cites@1", "--article", "第一条第三项", "--text", "丙行为、丙二行为。"))
    assert "ends without" not in run("export", "--draft", "cites@1", "--format", "md", "--association", "协会", "--to",
                                     "人大").stderr  # fmt: skip


def test_a_citation_the_committee_rewrote_in_the_citing_article_is_no_more_warned_of(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 矿产资源法 第四十三条 and 第四十五条) 第一条 deleted; the committee's
    wording of 第三条 no longer cites it. The warning is gone from the merge of 第一条 (alone or
    with the draft) and from the export; 第二条's citations, left as they are, are still said."""
    law = tmp_path / "cites.md"
    law.write_text(LAW_THAT_CITES, encoding="utf-8")
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "cites", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "cites@1", "--at", "第一条", "--stance", "delete",
            "--reason", "删去本条"))  # fmt: skip
    _ok(run("decide", "--draft", "cites@1", "--article", "1", "--accept", "c1"))
    third = "第三条第一款 (art_3__para_1) cites 「本法第一条」, which this position deletes; change or delete the citation"
    # (a stranger's review) a member's proposal nobody decided is not the committee's text: still said
    _ok(run("comment", "add", "--member", "beta", "--draft", "cites@1", "--at", "第三条", "--propose",
            "违反本法规定的，依法追究责任。"))  # fmt: skip
    one = json.loads(_ok(run("merge", "--draft", "cites@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    assert third in one["warnings"]
    # nor a wording that cites it otherwise, in a range, or as 前条 of the article after it
    _ok(run("decide", "--draft", "cites@1", "--article", "3", "--text", "违反本法第一条至第二条规定的，依法追究责任。"))
    one = json.loads(_ok(run("merge", "--draft", "cites@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    assert third in one["warnings"]
    second = "第二条第一款 (art_2__para_1) cites 「本法第一条第三项」, which this position deletes; change or delete the citation"
    undo = _ok(run("decide", "--draft", "cites@1", "--article", "2", "--text", "违反前条规定的，责令改正。")).stdout
    one = json.loads(_ok(run("merge", "--draft", "cites@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    assert second in one["warnings"]
    _ok(run("decide", "--draft", "cites@1", "--article", "2", "--undo", re.search(r"decision #(\d+)", undo).group(1)))
    _ok(run("decide", "--draft", "cites@1", "--article", "3", "--text", "违反本法规定的，依法追究责任。"))
    said = ["第二条第一款 (art_2__para_1) cites 「本法第一条第三项」, which this position deletes; change or delete the citation",
            "第二条第一款 (art_2__para_1) cites 「本法第一条第二项至第四项」, which this position deletes; change or delete the "
            "citation"]  # fmt: skip
    one = json.loads(_ok(run("merge", "--draft", "cites@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    assert [w for w in one["warnings"] if " cites 「" in w] == said
    whole = json.loads(_ok(run("merge", "--draft", "cites@1", "--format", "json")).stdout)["units"]
    assert [w for u in whole for w in u["warnings"] if " cites 「" in w] == said
    exported = run("export", "--draft", "cites@1", "--format", "md", "--association", "协会")
    assert "第三条第一款" not in exported.stderr and "「本法第一条第三项」" in exported.stderr


def test_a_citation_the_committee_narrowed_in_the_citing_article_is_no_more_warned_of(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a trial of 网络数据安全管理条例) 第三十条第三款 deleted; the committee's wording of 第五十七条 cites 第三十条第二款 and
    no longer 第三款, and the warning stood at every merge and export: the citing article still cited the article.
    It is said only while the citing article cites the unit deleted, or what holds it."""
    law = tmp_path / "cites.md"
    law.write_text(LAW_THAT_CITES, encoding="utf-8")
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "cites", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "cites@1", "--at", "第一条第（三）项", "--stance", "delete",
            "--reason", "删去"))  # fmt: skip
    _ok(run("decide", "--draft", "cites@1", "--article", "1", "--accept", "c1"))

    def cites() -> list[str]:
        one = json.loads(_ok(run("merge", "--draft", "cites@1", "--article", "1", "--format", "json")).stdout)["units"][0]
        return [w.split(" cites ")[1].split("」")[0] + "」" for w in one["warnings"] if " cites 「" in w]

    assert cites() == ["「本法第一条第三项」", "「本法第一条第二项至第四项」"]
    # 第二条 still cites the range holding it: said still
    _ok(run("decide", "--draft", "cites@1", "--article", "2", "--text", "有本法第一条第二项至第四项行为之一的，处以罚款。"))
    assert cites() == ["「本法第一条第三项」", "「本法第一条第二项至第四项」"]
    # now it cites the 项 around the one deleted, never it (nor a range holding it): said no more
    _ok(run("decide", "--draft", "cites@1", "--article", "2", "--text", "有本法第一条第二项、第四项行为之一的，处以罚款。"))
    assert cites() == []
    exported = run("export", "--draft", "cites@1", "--format", "md", "--association", "协会")
    assert exported.exit_code == 0 and "第二条第一款 (art_2__para_1) cites" not in exported.stderr


def _cites_with_a_deletion(run, tmp_path):  # type: ignore[no-untyped-def]
    """LAW_THAT_CITES as cites@1, acme asking to delete its 第一条第（二）项 (cited in 第二条)."""
    law = tmp_path / "cites.md"
    law.write_text(LAW_THAT_CITES, encoding="utf-8")
    _ok(run("draft", "add", str(law), "--name", "cites", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "cites@1", "--at", "第一条第（二）项", "--stance", "delete",
            "--reason", "删去"))  # fmt: skip
    return run


def test_export_repeats_the_citations_the_submission_leaves_behind(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The citations of 项 the submission takes out or numbers on are said again when it is
    exported (a trial: the merge warned, the export did not); a draft submission too."""
    run = _cites_with_a_deletion(consultation, tmp_path)
    _ok(run("decide", "--draft", "cites@1", "--article", "1", "--accept-all", "--committee-reason", "乙行为已由他法规定"))
    out = tmp_path / "submission.docx"
    result = run("export", "--draft", "cites@1", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"warning: 2 citation(s) elsewhere in the law no longer fit what {out} changes:\n"
        "  第一条 (art_1): 第二条第一款 (art_2__para_1) cites 「本法第一条第三项」: 第一条第一款第三项 (art_1__para_1__item_3) is "
        "numbered （二） in this position; change the citation with it\n"
        "  第一条 (art_1): 第二条第一款 (art_2__para_1) cites 「本法第一条第二项至第四项」, which this position deletes; change or "
        "delete the citation\n"
        f"warning: {out} is signed by no one: name the association (lawcomment store association \"…\", or export "
        "--association \"…\")\n" + f"warning: {out} is addressed to no one: name who it goes to (lawcomment store addressee \"…\", or export --to \"…\")\n")  # fmt: skip


def test_export_says_nothing_of_citations_an_undecided_change_left_out_would_break(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(A stranger's review) The deletion of 第（二）项 undecided, another change of 第一条 accepted:
    the submission keeps every 项, and no citation is said to need changing."""
    run = _cites_with_a_deletion(consultation, tmp_path)
    _ok(run("comment", "add", "--member", "beta", "--draft", "cites@1", "--at", "第一条第（一）项", "--propose", "甲违法行为；"))
    merged = json.loads(_ok(run("merge", "--draft", "cites@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    beta = next(c["id"] for c in merged["changes"] if c["new"] == "违法")
    _ok(run("decide", "--draft", "cites@1", "--article", "1", "--accept", beta))
    out = run("export", "--draft", "cites@1", "-o", str(tmp_path / "s.docx"))
    assert out.exit_code == 0 and "citation(s) elsewhere" not in out.stderr, out.stderr
    drafted = run("export", "--draft", "cites@1", "-o", str(tmp_path / "d.docx"), "--include-unreviewed")
    assert "citation(s) elsewhere in the law no longer fit" in drafted.stderr


LIST_LAW = "# 测试法\n\n第一条 经营者不得有下列行为：\n\n（一）甲行为；\n\n（二）乙行为；\n\n（三）丙行为；\n\n（四）丁行为。\n"
WHOLE = "经营者不得有下列行为：\n（一）甲行为；\n（二）乙行为；\n（{}）丙行为；\n（{}）丁行为。"


def _page_reads(law: str) -> str:
    """The review page's text of a unit as the position has it: what was taken out struck, the
    rest kept (a change not taken, or a conflict still open, reads as the draft)."""
    import html as html_

    taken = ("accepted", "proposed", "chosen", "consequential", "final")
    law = re.sub(r"<sup\b.*?</sup>", "", law)
    law = re.sub(r'<(del|ins) class="rv-(\w+)"[^>]*>(.*?)</\1>',
                 lambda m: (m.group(3) if m.group(2) in taken else "") if m.group(1) == "ins" else
                 ("" if m.group(2) in taken else m.group(3)), law, flags=re.DOTALL)  # fmt: skip
    return html_.unescape(re.sub(r"<[^>]+>", "", law.replace("<br>", "\n")))


@pytest.mark.parametrize("case", ["rejected relabels", "relabels numbered back", "open conflict"])
def test_the_review_page_reads_as_the_position_whatever_else_stands_on_the_labels(consultation, tmp_path, case: str) -> None:  # type: ignore[no-untyped-def]
    """A label the position numbers on under another piece of the page: a member's own
    renumbering, rejected; one accepted that the numbering brings back to the draft's label; a
    conflict still open around it. The page reads as the position (a stranger's review)."""
    law = tmp_path / "list.md"
    law.write_text(LIST_LAW, encoding="utf-8")
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "list", "--version", "1"))

    def add(member: str, at: str, *args: str) -> None:
        _ok(run("comment", "add", "--member", member, "--draft", "list@1", "--at", at, *args))

    if case == "rejected relabels":
        add("acme", "第一条第（二）项", "--stance", "delete", "--reason", "删去")
        add("beta", "第一条", "--propose", WHOLE.format("二", "三"))  # （二） twice: beta renumbers, keeping （二）
        _ok(run("decide", "--draft", "list@1", "--article", "1", "--accept", "c1"))
        _ok(run("decide", "--draft", "list@1", "--article", "1", "--reject", "c2,c3"))
    elif case == "relabels numbered back":
        add("beta", "第一条", "--propose", WHOLE.format("四", "五"))
        _ok(run("decide", "--draft", "list@1", "--article", "1", "--accept-all"))
    else:
        add("acme", "第一条第（二）项", "--stance", "delete", "--reason", "删去")
        add("beta", "第一条第（二）项", "--stance", "insert", "--propose", "新行为；")
        _ok(run("member", "add", "gamma"))
        add("gamma", "第一条第（三）项", "--stance", "insert", "--propose", "新行为；")
        _ok(run("decide", "--draft", "list@1", "--article", "1", "--accept", "c1"))
    unit = json.loads(_ok(run("merge", "--draft", "list@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    page = tmp_path / "review.html"
    _ok(run("export", "--draft", "list@1", "--format", "html", "-o", str(page)))
    section = page.read_text(encoding="utf-8").split('id="art_1"')[1].split("</section>")[0]
    law_html = section.split('<div class="law')[1].split(">", 1)[1].split("</div>")[0]
    assert _page_reads(law_html) == unit["position"]


@pytest.mark.parametrize(("steps", "expected"), [
    ([["comment", "add", "--member", "acme", "--at", "第一条第（二）项", "--stance", "delete", "--reason", "删去"],
      ["decide", "--article", "1", "--text", "经营者不得有下列行为：\n（一）甲行为；\n（二）丙行为；\n（三）丁行为。"]],
     [("第二条第一款 (art_2__para_1) cites 「本法第一条第三项」: 第一条第一款第三项 (art_1__para_1__item_3) is numbered （二） "
       "in this position; change the citation with it"),
      ("第二条第一款 (art_2__para_1) cites 「本法第一条第二项至第四项」, which this position deletes; change or delete the "
       "citation")]),
    ([["comment", "add", "--member", "acme", "--at", "第一条", "--propose",
       "经营者不得有下列行为：\n（一）甲行为；\n（二）乙行为；\n（三）丙行为。"]],
     [("第二条第一款 (art_2__para_1) cites 「本法第一条第二项至第四项」, which this position deletes; change or delete the "
       "citation")]),
])  # fmt: skip
def test_citations_follow_each_item_through_the_edits_whatever_their_cut(consultation, tmp_path, steps, expected) -> None:  # type: ignore[no-untyped-def]
    """A committee's final wording (its diff cuts across the labels), and the last 项 taken out
    with the ；→。 before it: each 项 is followed by its words (a stranger's review)."""
    law = tmp_path / "cites.md"
    law.write_text(LAW_THAT_CITES, encoding="utf-8")
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "cites", "--version", "1"))
    for step in steps:  # comment add … / decide …, on this draft
        at = 2 if step[0] == "comment" else 1
        _ok(run(*step[:at], "--draft", "cites@1", *step[at:]))
    unit = json.loads(_ok(run("merge", "--draft", "cites@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    assert [w for w in unit["warnings"] if " cites 「" in w] == expected


def _list_articles() -> list[tuple[str, str, list[tuple[str | None, str]]]]:
    """Every article of the laws under tests/data whose body holds one list numbered （一） on:
    (law, body, its lines as (label or None, words))."""
    from lawcomment import load_draft
    from lawcomment.drafts.serialize import body_separator
    from lawcomment.review.position import _item_runs

    out = []
    for path in sorted(Path(__file__).parent.joinpath("data").glob("*.md")):
        draft = load_draft(path)
        for a in draft.articles():
            body = a.unit.body(body_separator(draft))
            runs = _item_runs(body)
            if len(runs) == 1 and len(runs[0]) >= 2 and [n for _, _, n in runs[0]] == list(range(1, len(runs[0]) + 1)):
                lines = []
                for line in body.split("\n"):
                    m = re.match(r"[（(][〇零一二三四五六七八九十百]+[）)]", line)
                    lines.append((m.group(), line[m.end():]) if m else (None, line))
                out.append((f"{path.name} {a.unit.label}", body, lines))
    return out


def _numbered_list(lines: list[tuple[str | None, str]]) -> str:
    from lawcomment.drafts.numerals import int_to_cn

    out, n = [], 0
    for label, words in lines:
        if label is None:
            out.append(words)
        else:
            n += 1
            out.append(f"{label[0]}{int_to_cn(n)}{label[-1]}{words}")
    return "\n".join(out)


def test_a_members_wording_that_numbers_its_list_on_goes_out_as_written() -> None:
    """For every list of the laws under tests/data: one member's wording that puts a 项 in
    anywhere (first included), takes one out, or puts one in and rewords the next, each numbered
    on as the member would: accepted whole, the position is that wording, character for
    character. Two members putting 项 in at two places are two changes, numbered on together,
    except where one puts in a new first （一）: then their numberings conflict, visibly."""
    from lawcomment.review.merge import merge
    from lawcomment.review.position import Piece, numbered, numbered_back

    def position(base: str, wordings: list[str]) -> tuple[str, int]:
        m = merge(base, [Proposal(f"#{i}", numbered_back(base, w), (f"m{i}",)) for i, w in enumerate(wordings)])
        pieces = numbered(base, [Piece(c.start, c.end, c.new, ()) for c in m.changes])
        return splice(base, [Span(p.start, p.end, p.new) for p in pieces]), len(m.conflicts)

    cases = conflicts = 0
    for where, base, lines in _list_articles():
        at = [i for i, (label, _) in enumerate(lines) if label]
        label = lines[at[0]][0]
        for k, i in enumerate(at):
            wordings = []
            put = [*lines[:i], (label, "新增事项甲的；"), *lines[i:]]
            wordings.append(_numbered_list(put))
            if k + 1 < len(at):  # (the last item ends the list with 。: taking it out moves that mark)
                wordings.append(_numbered_list([*lines[:i], *lines[i + 1:]]))
                j = at[k + 1] + 1
                reworded = [*put[:j], (put[j][0], "（改）" + put[j][1]), *put[j + 1:]]
                wordings.append(_numbered_list(reworded))
            for wording in wordings:
                cases += 1
                assert position(base, [wording]) == (wording, 0), (where, wording)
            if k + 1 < len(at):
                other = [*lines[:at[k + 1]], (label, "另一新增乙项的；"), *lines[at[k + 1]:]]
                both = [*lines[:i], (label, "新增事项甲的；"), *lines[i:at[k + 1]], (label, "另一新增乙项的；"),
                        *lines[at[k + 1]:]]  # fmt: skip
                got, conflicted = position(base, [_numbered_list(put), _numbered_list(other)])
                cases += 1
                if k == 0:
                    conflicts += conflicted > 0
                    assert conflicted or got == _numbered_list(both), where
                else:
                    assert (got, conflicted) == (_numbered_list(both), 0), where
    assert cases > 1000 and conflicts > 0


def test_a_decision_on_a_digit_of_a_number_in_words_stands_for_the_whole_number(consultation) -> None:  # type: ignore[no-untyped-def]
    """Before numbers in words were diffed whole, 三十日 → 六十日 was the change 三 → 六 and a
    decision was recorded on it: it still decides the change 三十 → 六十 it is part of. A
    decision that makes another number of it (三 → 四) decides nothing, and says so."""
    from lawcomment import open_store

    body = _unit(consultation, "第十六条")["base"]
    _ok(consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十六条", "--propose",
                     body.replace("三十日", "六十日"), "--reason", "更长"))  # fmt: skip
    (change,) = _unit(consultation, "第十六条")["changes"]
    assert (change["old"], change["new"]) == ("三十", "六十")
    at = body.index("三十日")
    with open_store(consultation.db, "staff") as store:  # as a store written by an earlier version holds it
        store.add_decision("ecommerce@1", "art_16", "accept", start=at, end=at + 1, old="三", new="六")
    unit = _unit(consultation, "第十六条")
    assert [(c["old"], c["new"], c["state"]) for c in unit["changes"]] == [("三十", "六十", "accepted")]
    assert "提前六十日" in unit["position"]
    with open_store(consultation.db, "staff") as store:
        store.add_decision("ecommerce@1", "art_16", "reject", start=at, end=at + 1, old="三", new="四")
    unit = _unit(consultation, "第十六条")
    assert [c["state"] for c in unit["changes"]] == ["accepted"]
    assert any("reject 「三」 → 「四」" in line and "no longer matches the proposals; it is ignored" in line
               for line in unit["stale"] + unit["warnings"]), unit["stale"] + unit["warnings"]


def test_a_choice_made_on_a_digit_of_a_number_chooses_the_whole_number(consultation) -> None:  # type: ignore[no-untyped-def]
    """A conflict decided before numbers in words were diffed whole (choose 「六」 for 「三」 in
    三十日, against 九) is the conflict over 三十 now: the choice stands, 六十 is the position."""
    from lawcomment import open_store

    body = _unit(consultation, "第十六条")["base"]
    for member, days in (("acme", "六十日"), ("beta", "九十日")):
        _ok(consultation("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第十六条", "--propose",
                         body.replace("三十日", days), "--reason", "期限"))  # fmt: skip
    (conflict,) = _unit(consultation, "第十六条")["conflicts"]
    assert conflict["old"] == "三十"
    at = body.index("三十日")
    with open_store(consultation.db, "staff") as store:  # as a store written by an earlier version holds it
        store.add_decision("ecommerce@1", "art_16", "choose", start=at, end=at + 1, old="三", new="六")
    unit = _unit(consultation, "第十六条")
    assert "提前六十日" in unit["position"] and unit["stale"] == []


def test_two_digits_decided_alike_decide_the_whole_number_they_make(consultation) -> None:  # type: ignore[no-untyped-def]
    """二十万 → 十五万 was two changes (二 out, 五 in) before numbers in words were diffed whole:
    both accepted, the one change they make now is accepted; one accepted and one rejected
    decide nothing, and say so."""
    from lawcomment import open_store

    body = _unit(consultation, "第七十七条")["base"]
    new = body.replace("并处二十万元以上", "并处十五万元以上")
    _ok(consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第七十七条", "--propose",
                     new, "--reason", "降低"))  # fmt: skip
    (change,) = _unit(consultation, "第七十七条")["changes"]
    assert (change["old"], change["new"]) == ("二十万", "十五万")
    at = body.index("并处二十万元以上") + 2
    with open_store(consultation.db, "staff") as store:
        store.add_decision("ecommerce@1", "art_77", "accept", start=at, end=at + 1, old="二", new="")
        store.add_decision("ecommerce@1", "art_77", "accept", start=at + 2, end=at + 2, old="", new="五")
    unit = _unit(consultation, "第七十七条")
    assert [c["state"] for c in unit["changes"]] == ["accepted"] and unit["stale"] == []
    with open_store(consultation.db, "staff") as store:
        store.add_decision("ecommerce@1", "art_77", "reject", start=at + 2, end=at + 2, old="", new="五")
    unit = _unit(consultation, "第七十七条")
    assert [c["state"] for c in unit["changes"]] == ["proposed"] and len(unit["stale"]) == 2


@pytest.mark.parametrize(("at", "new", "lines"), [
    pytest.param(21, "\n经营者应当公平竞争。", ["经营者应当公平竞争。"], id="at-the-end"),
    pytest.param(10, "\n经营者应当公平竞争。", ["经营者应当公平竞争。"], id="after-a-line"),
    pytest.param(16, "公平竞争。\n经营者应当", ["经营者应当公平竞争。"], id="placed-mid-line-by-the-diff"),
    pytest.param(9, "。\n经营者应当公平竞争", ["经营者应当公平竞争。"], id="placed-before-the-stop"),
    pytest.param(0, "经营者应当公平竞争。\n", ["经营者应当公平竞争。"], id="at-the-start"),
    pytest.param(3, "依法", [], id="words-into-a-line"),
    pytest.param(10, "\n", [], id="an-empty-line"),
])  # fmt: skip
def test_lines_put_in_are_found_wherever_the_diff_placed_them(at: int, new: str, lines: list[str]) -> None:
    from lawcomment.review.position import lines_put_in
    from lawcomment.review.redline import Span, splice

    base = "经营者应当遵守法律。\n经营者应当诚实守信。"
    assert lines_put_in(base, at, new) == lines
    if lines:  # the same text as a whole line put in
        assert lines[0] in splice(base, [Span(at, at, new)]).split("\n")


def test_one_article_read_alone_merges_as_in_the_whole_draft(demo_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One article's merge reads the article's own tree, not the whole draft, and gives the
    same position as with the whole draft read: for every unit of both demo versions (their
    decisions, final wordings and new units included)."""
    import lawcomment.records.stored as stored_module
    from lawcomment.consultation import draft_positions

    loads: list[str] = []
    real = stored_module.rebuild_draft

    def rebuild(data: str):  # type: ignore[no-untyped-def]
        loads.append(data)
        return real(data)

    for ref in ("ecommerce@1", "ecommerce@2"):
        draft = demo_store.get_draft(ref).load()
        merged = [p.eid for p in draft_positions(demo_store, ref)]
        assert len(merged) > 3
        whole = {eid: draft_positions(demo_store, ref, eid, draft=draft) for eid in merged}
        monkeypatch.setattr(stored_module, "rebuild_draft", rebuild)
        alone = []
        for eid in merged:
            before = len(loads)
            assert draft_positions(demo_store, ref, eid) == whole[eid], eid
            if len(loads) == before:
                alone.append(eid)
        monkeypatch.undo()
        assert [e for e in alone if e.startswith("art_")], ref  # merged from the article's own tree
        assert all(demo_store.article_tree(ref, e) is not None for e in alone)


def test_an_article_read_alone_still_finds_its_citations_in_the_others(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A position that deletes an article cited elsewhere reads the whole draft to say so: the
    same warnings whether the article was read alone or with the whole draft."""
    from lawcomment import open_store
    from lawcomment.consultation import draft_positions

    law = tmp_path / "cites.md"
    law.write_text(LAW_THAT_CITES, encoding="utf-8")
    _ok(consultation("draft", "add", str(law), "--name", "cites", "--version", "1"))
    _ok(consultation("comment", "add", "--member", "acme", "--draft", "cites@1", "--at", "第一条", "--stance", "delete",
                     "--reason", "删去本条"))  # fmt: skip
    with open_store(consultation.db) as store:
        assert store.article_tree("cites@1", "art_1") is not None
        (alone,) = draft_positions(store, "cites@1", "art_1")
        (whole,) = draft_positions(store, "cites@1", "art_1", draft=store.get_draft("cites@1").load())
    assert alone == whole
    assert [w for w in alone.warnings if " cites 「" in w] == [
        "第二条第一款 (art_2__para_1) cites 「本法第一条第三项」, which this position deletes; change or delete the citation",
        "第二条第一款 (art_2__para_1) cites 「本法第一条第二项至第四项」, which this position deletes; change or delete the citation",
        "第三条第一款 (art_3__para_1) cites 「本法第一条」, which this position deletes; change or delete the citation"]


def test_a_last_item_taken_out_is_said_where_its_own_article_cites_it_and_ends_the_list(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """第十九条第一款第（三）项 deleted: 第二款 of the same article still says 「有前款第二项、第三
    项规定的情形」, and （二） is now the list's last 项 ending with 「；」. Both are said; a
    wording that mends both says neither."""
    from lawcomment import load_draft

    run = consultation
    art = load_draft(data / "anti-monopoly-2007.md").find("art_19")
    assert art is not None
    whole = art.body("")
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十九条第一款第（三）项",
            "--stance", "delete"))  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "19", "--format", "json")).stdout)["units"][0]
    assert unit["warnings"] == [
        "第十九条第二款 (art_19__para_2) cites 「第三项」, which this position deletes; change or delete the citation",
        "第十九条第一款第二项 (art_19__para_1__item_2) is the last 项 of 第十九条第一款 (art_19__para_1) in this position "
        "and ends with 「；」: end it with 「。」"]  # fmt: skip
    page = _ok(run("export", "--draft", "aml@1", "--format", "html", "--include-unreviewed")).stdout
    assert "在本条意见中，第十九条第一款第二项已是第十九条第一款的最后一项，但仍以「；」结尾：应改为「。」" in page
    _ok(run("comment", "withdraw", "1"))
    lines = whole.split("\n")
    mended = "\n".join([lines[0], lines[1], lines[2].replace("；", "。"), lines[4].replace("前款第二项、第三项", "前款第二项"),
                        *lines[5:]])  # fmt: skip
    _ok(run("comment", "add", "--member", "beta", "--draft", "aml@1", "--at", "第十九条", "--propose", mended))
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "19", "--format", "json")).stdout)["units"][0]
    assert unit["warnings"] == [] and unit["position"] == mended


def test_a_members_later_wording_of_a_paragraph_stands_over_its_earlier_edits_there(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """A member's typed wording of 第二十四条第二款 (及时 → 在七日内, and 核实身份 → 核实用户身份), then
    its comment form's whole 第二十四条, rewording only 及时 → 立即: the form's wording of the 款
    stands, nothing of the earlier one is mixed in (a wording nobody proposed), and a warning
    names what was left out; an earlier edit of a line the form left as it was is kept."""
    from lawcomment import load_draft

    run = consultation
    art24 = load_draft(data / "ecommerce-law.md").find("art_24")
    assert art24 is not None
    p1, p2 = (c.text for c in art24.children)
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第二十四条第一款",
            "--propose", p1.replace("明示", "显著明示")))  # fmt: skip
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第二十四条第二款",
            "--propose", p2.replace("及时", "在七日内").replace("核实身份", "核实用户身份")))  # fmt: skip
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第二十四条",
            "--propose", p1 + "\n" + p2.replace("及时", "立即")))  # fmt: skip
    unit = _unit(run, "24")
    assert [(c["old"], c["new"]) for c in unit["changes"]] == [("", "显著"), ("及时", "立即")]
    assert unit["position"] == p1.replace("明示", "显著明示") + "\n" + p2.replace("及时", "立即")
    assert unit["warnings"][1:] == ["acme's proposal #3 on 第二十四条 rewords what #2 also changed, and stands there: "
                                    "putting in 「用户」 after 「应当在核实」、「及时」 → 「在七日内」 left out"]  # fmt: skip


def test_a_reworded_last_item_is_no_last_item_taken_out(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """（三） of 第十九条第一款 reworded (四分之三 → 五分之四): no item is taken out, so nothing is
    said of （二）'s ；."""
    from lawcomment import load_draft

    run = consultation
    art = load_draft(data / "anti-monopoly-2007.md").find("art_19")
    assert art is not None
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十九条", "--propose",
            art.body("").replace("达到四分之三的。", "达到五分之四的。")))  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "19", "--format", "json")).stdout)["units"][0]
    assert unit["warnings"] == [] and len(unit["changes"]) == 2  # 四 → 五, 三 → 四


@pytest.mark.parametrize(("first", "then", "combined"), [
    # a new 款 put in, then a word of the next line reworded (and the other way round): both kept
    ("一、甲乙丙丁。\n新增一款。\n二、戊己庚辛。", "一、甲乙丙丁。\n二、戊己X辛。", "一、甲乙丙丁。\n新增一款。\n二、戊己X辛。"),
    ("一、甲乙丙丁。\n二、戊己X辛。", "一、甲乙丙丁。\n新增一款。\n二、戊己庚辛。", "一、甲乙丙丁。\n新增一款。\n二、戊己X辛。"),
    ("一、甲乙丙丁。\n二、戊己X辛。", "一、甲乙丙丁。\n二、戊己庚辛。\n三、末。", "一、甲乙丙丁。\n二、戊己X辛。\n三、末。"),
    # the same line reworded twice: the later wording of it stands
    ("一、甲乙丙丁。\n二、戊己X辛。", "一、甲乙丙丁。\n二、Y己庚辛。", "一、甲乙丙丁。\n二、Y己庚辛。"),
])  # fmt: skip
def test_a_members_later_proposal_rewords_only_the_lines_whose_words_it_changes(first: str, then: str,
                                                                                combined: str) -> None:  # fmt: skip
    from lawcomment.review.merge import Proposal
    from lawcomment.review.position import _one_per_member

    base = "一、甲乙丙丁。\n二、戊己庚辛。"
    (one,), _ = _one_per_member(base, [Proposal("#1", first, ("acme",)), Proposal("#2", then, ("acme",))], "第一条")
    assert one.text == combined


def _one_article(run, tmp_path: Path, body: str, proposal: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """p@1, a law of one article reading ``body`` (its 款 a line each), and acme's ``proposal`` of
    it: the merge's JSON of that article."""
    law = tmp_path / "p.md"
    law.write_text("# 法\n\n第一条 " + body.replace("\n", "\n\n") + "\n", encoding="utf-8")
    _ok(run("draft", "add", str(law), "--name", "p", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "p@1", "--at", "第一条", "--propose", proposal))
    return json.loads(_ok(run("merge", "--draft", "p@1", "--format", "json")).stdout)["units"][0]  # type: ignore[no-any-return]


def test_two_changes_of_one_wording_decided_apart_are_said(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial, 反垄断法 2007 第三十四条) 排斥或者限制 → 排斥、限制或者强制 is diffed as two
    changes, {+、限制+} and [-限-]{+强+}: the second accepted alone gives 排斥或者强制, which the
    member never wrote. The merge says so, and the export before it goes out; both decided alike,
    nothing is said."""
    run = consultation
    merged = _one_article(run, tmp_path, "行政机关不得以设定歧视性资质要求等方式，排斥或者限制外地经营者参加本地的招标投标活动。",
                          "行政机关不得以设定歧视性资质要求等方式，排斥、限制或者强制外地经营者参加本地的招标投标活动。")  # fmt: skip
    assert [(c["id"], c["old"], c["new"]) for c in merged["changes"]] == [("c1", "", "、限制"), ("c2", "限", "强")]
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--reject", "c1"))
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--accept", "c2", "--committee-reason", "增加强制情形"))
    said = ("c2 is accepted and c1 rejected, changes of the same wording (#1) 2 character(s) apart: the position reads "
            "「排斥或者强制外地经」 there, which no proposal has; decide the two together")  # fmt: skip
    assert f"  warning: {said}\n" in _ok(run("merge", "--draft", "p@1")).stdout
    out = tmp_path / "s.docx"
    result = _ok(run("export", "--draft", "p@1", "-o", str(out), "--association", "某协会", "--to", "全国人大常委会法制工作委员会"))
    assert result.stderr == (f"warning: 1 change(s) in {out} go out without the rest of their wording:\n"
                             f"  第一条 (art_1): {said}\n")  # fmt: skip
    from lawcomment.exports import localized

    assert localized(said, "zh") == "同一建议（#1）中相隔2个字的修改c2已采纳、c1未采纳：此处读作「排斥或者强制外地经」，与任何建议都不同；请一并决定"
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--accept", "c1"))
    assert "decide the two together" not in _ok(run("merge", "--draft", "p@1")).stdout


def test_a_members_changes_accepted_beside_anothers_wording_chosen_in_one_sentence_are_said(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a trial of 矿产资源法 2009 第二十九条) acme's rewording accepted change by change, and the conflict
    in the same sentence resolved with beta's words: 确保…回收率应当达到国家标准, which nobody wrote. The
    merge says so, in Chinese too, and the export before it goes out; the conflict resolved with
    acme's own words, nothing is said."""
    from lawcomment.exports import localized

    run = consultation
    old = "开采矿产资源，必须采取合理的开采顺序、开采方法和选矿工艺。矿山企业的开采回采率、采矿贫化率和选矿回收率应当达到设计要求。"
    _one_article(run, tmp_path, old, "开采矿产资源，应当采取合理的开采顺序、开采方法，并采取有效措施确保矿产资源开采回采率、"
                 "选矿回收率和综合利用率达到有关国家标准的要求。")  # fmt: skip
    _ok(run("comment", "add", "--member", "beta", "--draft", "p@1", "--at", "第一条", "--propose",
            old.replace("达到设计要求", "达到国家标准")))  # fmt: skip
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--accept", "c1,c2,c3", "--choose", "x1:2"))
    said = ("c2、c3 of acme's wording are accepted, and x1 in the same sentence resolved with alternative 2 (beta's), not "
            "acme's: the position reads 「，并采取有效措施确保矿产资源开采回采率、选矿回收率应当达到国家标准」 there, which no member "
            "wrote; check it reads as meant")  # fmt: skip
    assert f"  warning: {said}\n" in _ok(run("merge", "--draft", "p@1")).stdout
    assert localized(said, "zh") == ("acme措辞中的修改c2、c3已采纳，而同一句中的分歧x1采用了第2种表述（beta）：此处读作「，并采取有效措施确保矿产"
                                     "资源开采回采率、选矿回收率应当达到国家标准」，没有会员这样写过；请核对是否通顺、符合本意")  # fmt: skip
    out = tmp_path / "s.docx"
    result = _ok(run("export", "--draft", "p@1", "-o", str(out), "--association", "某协会"))
    assert (f"warning: 1 sentence(s) in {out} join one member's words to another's (changes accepted, or alternatives "
            f"chosen, beside another member's):\n  第一条 (art_1): {said}\n") in result.stderr  # fmt: skip
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--choose", "x1:1"))
    assert "no member wrote" not in _ok(run("merge", "--draft", "p@1")).stdout


def test_two_conflicts_of_one_sentence_resolved_with_different_members_words_are_said(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a trial of 野生动物保护法 on Word files) a's wording deletes 都 and writes 举报; b's writes 均 and 向野生动物保护
    主管部门举报: 都 deleted as a asks and the rest as b asks read 有权向野生动物保护主管部门举报, which neither wrote, and
    nothing was said. The merge says so, in Chinese too, and the export; both resolved with one member's words, nothing."""
    from lawcomment.exports import localized

    run = consultation
    old = "任何组织和个人都有权向有关部门和机关举报或者控告违反本法的行为。"
    _one_article(run, tmp_path, old, "任何组织和个人有权举报违反本法的行为。")
    _ok(run("comment", "add", "--member", "beta", "--draft", "p@1", "--at", "第一条", "--propose",
            "任何组织和个人均有权向野生动物保护主管部门举报违反本法的行为。"))  # fmt: skip
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--choose", "x1:1,x2:2"))
    said = ("x1 resolved with alternative 1 (acme's) and x2 in the same sentence with alternative 2 (beta's): the position "
            "reads 「有权向野生动物保护主管部门举报」 there, which no member wrote; check it reads as meant")  # fmt: skip
    assert f"  warning: {said}\n" in _ok(run("merge", "--draft", "p@1")).stdout
    assert localized(said, "zh") == ("分歧x1采用了第1种表述（acme），而同一句中的分歧x2采用了第2种表述（beta）：此处读作「有权向野生动物保护"
                                     "主管部门举报」，没有会员这样写过；请核对是否通顺、符合本意")  # fmt: skip
    result = _ok(run("export", "--draft", "p@1", "--format", "md", "--association", "某协会"))
    assert f"  第一条 (art_1): {said}\n" in result.stderr, result.stderr
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--choose", "x2:1"))
    assert "no member wrote" not in _ok(run("merge", "--draft", "p@1")).stdout


def test_a_change_rejected_beside_an_undecided_one_of_the_same_wording_is_said(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 电子商务法 第五十二条) 按照规定 → 按照国家规定的标准 is two insertions, {+国家+} and
    {+的标准+}; the first rejected, the position (which keeps what is not yet decided) reads
    按照规定的标准, which nobody wrote: said, in English and in Chinese; decided alike, nothing."""
    from lawcomment.exports import localized

    run = consultation
    merged = _one_article(run, tmp_path, "快递物流服务提供者应当按照规定使用环保包装材料。",
                          "快递物流服务提供者应当按照国家规定的标准使用环保包装材料。")  # fmt: skip
    assert [(c["id"], c["old"], c["new"]) for c in merged["changes"]] == [("c1", "", "国家"), ("c2", "", "的标准")]
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--reject", "c1"))
    said = ("c1 is rejected and c2 not decided yet, changes of the same wording (#1) 2 character(s) apart: the position "
            "reads 「应当按照规定的标准使用环保」 there, which no proposal has; decide the two together")  # fmt: skip
    assert f"  warning: {said}\n" in _ok(run("merge", "--draft", "p@1")).stdout
    assert localized(said, "zh") == ("同一建议（#1）中相隔2个字的修改c1未采纳、c2尚未决定：此处读作「应当按照规定的标准使用环保」，"
                                     "与任何建议都不同；请一并决定")  # fmt: skip
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--reject", "c2"))
    assert "decide the two together" not in _ok(run("merge", "--draft", "p@1")).stdout


def test_a_change_accepted_beside_an_undecided_one_quotes_what_the_submission_reads(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """排斥或者限制 → 排斥、限制或者强制 is {+、限制+} and [-限-]{+强+}; the second accepted, the first not decided:
    the submission (which takes only what staff accepted) reads 排斥或者强制, never the member's whole wording
    (a review found the undecided change quoted as made)."""
    run = consultation
    merged = _one_article(run, tmp_path, "行政机关不得以设定歧视性资质要求等方式，排斥或者限制外地经营者参加本地的招标投标活动。",
                          "行政机关不得以设定歧视性资质要求等方式，排斥、限制或者强制外地经营者参加本地的招标投标活动。")  # fmt: skip
    assert [(c["id"], c["old"], c["new"]) for c in merged["changes"]] == [("c1", "", "、限制"), ("c2", "限", "强")]
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--accept", "c2"))
    assert ("  warning: c2 is accepted and c1 not decided yet, changes of the same wording (#1) 2 character(s) apart: the "
            "submission reads 「排斥或者强制外地经」 there, which no proposal has; decide the two together\n"
            ) in _ok(run("merge", "--draft", "p@1")).stdout  # fmt: skip



def test_two_kuan_joined_by_a_line_break_taken_out_is_said_to_join_them(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a trial's marked-up 公司法 第十三条) The paragraph mark between two 款 deleted: the merge said it
    only took out whitespace no reader can see. It joins the 款: said so."""
    unit = _one_article(consultation, tmp_path, "公司可以设立子公司。\n子公司具有法人资格。", "公司可以设立子公司。子公司具有法人资格。")
    assert [(c["old"], c["new"]) for c in unit["changes"]] == [("\n", "")]
    assert "c1 only takes out a line break: it joins two 款 (or 项) into one; check it is meant" in unit["warnings"]
    assert not any("whitespace" in w for w in unit["warnings"])


def test_a_sentence_moved_and_decided_by_halves_is_said(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a trial: a Word move in 公司法 第十七条) A sentence moved is a deletion and an insertion: the
    insertion accepted alone says it twice, the deletion alone not at all. The merge and the export
    say so, until the two are decided alike."""
    moved = "公司应当为本公司工会提供必要的活动条件。"
    run = consultation
    merged = _one_article(run, tmp_path, f"公司职工依法组织工会，开展工会活动。{moved}公司工会代表职工就劳动报酬等事项依法与公司签订集体合同。",
                          f"公司职工依法组织工会，开展工会活动。公司工会代表职工就劳动报酬等事项依法与公司签订集体合同。{moved}")  # fmt: skip
    changes = [(c["id"], c["old"], c["new"]) for c in merged["changes"]]
    taking_out = next(cid for cid, old, new in changes if moved in old)
    putting_in = next(cid for cid, old, new in changes if moved in new)
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--accept", putting_in))
    said = (f"{putting_in} is accepted and {taking_out} not decided yet (#1): together they move 「{moved}」, and the "
            "position now says it twice; decide the two together")  # fmt: skip
    assert f"  warning: {said}\n" in _ok(run("merge", "--draft", "p@1")).stdout
    out = tmp_path / "s.docx"
    result = _ok(run("export", "--draft", "p@1", "-o", str(out), "--association", "某协会"))
    assert f"  第一条 (art_1): {said}\n" in result.stderr
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--reject", putting_in))
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--accept", taking_out))
    assert "now says it nowhere" in _ok(run("merge", "--draft", "p@1")).stdout
    _ok(run("decide", "--draft", "p@1", "--article", "第一条", "--accept", putting_in))
    assert "decide the two together" not in _ok(run("merge", "--draft", "p@1")).stdout


def test_a_paragraph_put_in_before_one_that_refers_to_the_one_before_it_is_warned_of(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(公司法 第二十二条, a new user's trial) A new 款 after the 撤销 款 comes before 股东依照前款规定
    提起诉讼的…, whose 前款 would then mean the new one: the merge and the export say so."""
    run = consultation
    law = tmp_path / "c.md"
    law.write_text("# 公司法\n\n第一条 为了规范公司的组织和行为，制定本法。\n\n第二条 股东会的决议违反法律的，股东可以请求人民法院撤销。\n\n"
                   "股东依照前款规定提起诉讼的，人民法院可以应公司的请求，要求股东提供相应担保。\n", encoding="utf-8")  # fmt: skip
    assert run("draft", "add", str(law), "--name", "c", "--version", "1").exit_code == 0
    assert run("comment", "add", "--member", "acme", "--draft", "c@1", "--at", "第二条第一款", "--stance", "insert",
               "--propose", "未被通知参加股东会会议的股东可以请求人民法院撤销。").exit_code == 0  # fmt: skip
    said = ("c1 puts in a 款 before 「股东依照前款规定提起诉讼的，人民法院可以…」, which refers to 前款: after the new 款 it would "
            "refer to that one; check the reference in 第二条 (art_2)")
    assert f"  warning: {said}\n" in run("merge", "--draft", "c@1").stdout
    assert run("decide", "--draft", "c@1", "--article", "第二条", "--accept", "c1").exit_code == 0
    out = run("export", "--draft", "c@1", "--format", "md")
    assert ("warning: 1 款 put in by the md output come before a 款 that refers to the one before it:\n"
            f"  第二条 (art_2): {said}\n") in out.stderr, out.stderr
    from lawcomment.exports import localized

    assert localized(said, "zh") == ("修改c1在「股东依照前款规定提起诉讼的，人民法院可以…」之前增加一款，而该款所称“前款”将改指新增之款："
                                     "请核对第二条中的援引")
    # (a new user's trial of 公司法 第三十七条) the committee's wording names the 款 itself: said no more
    assert run("decide", "--draft", "c@1", "--article", "第二条", "--text",
               "股东会的决议违反法律的，股东可以请求人民法院撤销。\n未被通知参加股东会会议的股东可以请求人民法院撤销。\n"
               "股东依照本条第一款规定提起诉讼的，人民法院可以应公司的请求，要求股东提供相应担保。").exit_code == 0  # fmt: skip
    assert said not in run("merge", "--draft", "c@1").stdout


@pytest.mark.parametrize(("fine", "reads"), [
    ("违反本法规定的，并处五万元以上二十万元以下的罚款。", "三万元以上五十万元以下"),
    ("违反本法规定的，并处五万元至二十万元的罚款。", "三万元至五十万元"),  # (a reviewer) a range written 至
])  # fmt: skip
def test_a_range_whose_bounds_come_from_different_members_is_said(consultation, tmp_path: Path, fine: str,  # type: ignore[no-untyped-def]
                                                                  reads: str) -> None:  # fmt: skip
    """(a new user's trial of 统计法 第四十一条) Staff accept one member's lower bound and another's
    upper bound: the position reads 三万元以上五十万元以下, which nobody proposed. The merge says so,
    and the export before it goes out; one member's own range, or a range one proposal has, is
    not said."""
    run = consultation
    law = tmp_path / "fine.md"
    law.write_text(f"# 示例法\n\n第一条 为了规范管理，制定本法。\n\n第二条 {fine}\n", encoding="utf-8")
    _ok(run("draft", "add", str(law), "--name", "f", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "f@1", "--at", "第二条", "--propose", fine.replace("五万", "三万")))
    _ok(run("comment", "add", "--member", "beta", "--draft", "f@1", "--at", "第二条", "--propose",
            fine.replace("二十万", "五十万")))  # fmt: skip
    said = (f"the position reads 「{reads}」, a range no proposal has: its lower bound is acme's, its upper bound beta's: "
            "decide the two bounds together")  # fmt: skip
    assert said not in run("merge", "--draft", "f@1").stdout  # nothing decided yet
    _ok(run("decide", "--draft", "f@1", "--article", "第二条", "--accept", "c1,c2"))
    assert f"  warning: {said}\n" in run("merge", "--draft", "f@1").stdout
    out = run("export", "--draft", "f@1", "--format", "md", "-o", str(tmp_path / "f.md"))
    assert ("warning: 1 range(s) in " + str(tmp_path / "f.md") + " take their bounds from different proposals, reading as "
            f"none does:\n  第二条 (art_2): {said}\n") in out.stderr  # fmt: skip
    page = run("export", "--draft", "f@1", "--format", "html").stdout  # the members named as the page names them
    assert (f"立场中的「{reads}」是任何建议都未提出的幅度：下限来自ACME (China) Ltd.的建议，上限来自Beta GmbH的建议；"
            "请一并决定上下限") in page  # fmt: skip
    # a third member who asked for that very range: a range a proposal has
    _ok(run("member", "add", "gamma", "--org", "Gamma SA"))
    _ok(run("comment", "add", "--member", "gamma", "--draft", "f@1", "--at", "第二条", "--propose",
            fine.replace("五万", "三万").replace("二十万", "五十万")))  # fmt: skip
    assert said not in run("merge", "--draft", "f@1").stdout


def test_the_same_change_of_one_wording_decided_two_ways_is_said(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 反洗钱法 第二十六条) 将“四十八小时”修改为“七十二小时” changes both places; staff
    reject one and a group decision accepts the other: the position makes the change in one place
    only, which nobody asked. The merge and the export say so, in Chinese too."""
    from lawcomment.exports import localized

    run = consultation
    law = tmp_path / "aml.md"
    law.write_text("# 示例法\n\n第一条 为了预防洗钱活动，制定本法。\n\n第二条 临时冻结不得超过四十八小时。金融机构在采取临时冻结"
                   "措施后四十八小时内，未接到决定的，应当立即解除临时冻结。\n", encoding="utf-8")  # fmt: skip
    _ok(run("draft", "add", str(law), "--name", "a", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "a@1", "--at", "第二条", "--propose",
            "将“四十八小时”修改为“七十二小时”。"))  # fmt: skip
    _ok(run("decide", "--draft", "a@1", "--article", "第二条", "--reject", "c1"))
    _ok(run("decide", "--draft", "a@1", "--article", "第二条", "--accept", "c2"))
    said = ("c2 is accepted and c1 rejected, the same change of the same wording (#1) in two places ([-四十八-]{+七十二+}): "
            "the position makes it in one only; decide the two together")  # fmt: skip
    assert f"  warning: {said}\n" in run("merge", "--draft", "a@1").stdout
    out = run("export", "--draft", "a@1", "--format", "md", "-o", str(tmp_path / "a.md"))
    assert f"warning: 1 change(s) in {tmp_path / 'a.md'} go out without the rest of their wording:\n  第二条 (art_2): {said}\n" \
        in out.stderr  # fmt: skip
    assert localized(said, "zh") == ("同一建议（#1）在两处作出的同一修改（[-四十八-]{+七十二+}）中，c2已采纳、c1未采纳：本条意见只在"
                                     "一处作出该修改；请一并决定")  # fmt: skip
    _ok(run("decide", "--draft", "a@1", "--article", "第二条", "--accept", "c1"))  # both: nothing to say
    assert "the same change of the same wording" not in run("merge", "--draft", "a@1").stdout


def test_a_final_wording_putting_in_a_paragraph_marks_it_on_its_own_line(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 农产品质量安全法 第三十六条) The committee's wording puts in a 款 and
    changes a period: the submission marks the new 款 as put in, line and all, never the 。 of the
    款 before it (方法{+。⏎复检…报告+}。), as a member's proposal of it would be marked."""
    law = tmp_path / "recheck.md"
    law.write_text("# 法\n\n第一条 可以自收到检测结果之日起五日内申请复检。\n\n复检不得采用快速检测方法。\n\n"
                   "因检测结果错误给当事人造成损害的，依法承担赔偿责任。\n", encoding="utf-8")  # fmt: skip
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "recheck", "--version", "1"))
    new = "复检机构应当自收到复检样品之日起七个工作日内出具检测报告。"
    _ok(run("decide", "--draft", "recheck@1", "--article", "1", "--text",
            f"可以自收到检测结果之日起五个工作日内申请复检。\n复检不得采用快速检测方法。\n{new}\n"
            "因检测结果错误给当事人造成损害的，依法承担赔偿责任。"))  # fmt: skip
    md = _ok(run("export", "--draft", "recheck@1", "--format", "md", "--association", "协会")).stdout
    assert f"复检不得采用快速检测方法。<br><ins>{new}<br></ins>因检测" in md and "五<ins>个工作</ins>日内" in md


def test_one_word_cut_in_two_changes_and_half_accepted_is_warned_of(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of the web app, 数据安全法 第三十三条) 审核 → 核验 is cut into [-审-] and
    {+验+}; staff accept the first and leave the second: the submission (what staff accepted)
    would read 核交易双方, which nobody wrote. The merge and the export say so."""
    law = tmp_path / "data.md"
    law.write_text("# 法\n\n第一条 数据交易中介服务机构应当要求数据提供方说明数据来源，审核交易双方的身份，并留存审核、交易记录。\n",
                   encoding="utf-8")  # fmt: skip
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "data", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "data@1", "--at", "第一条", "--propose",
            "数据交易中介服务机构应当要求数据提供方说明数据来源，核验交易双方的身份，并留存审核、交易记录。"))  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "data@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    # one word's two halves are one change now (the merge takes them together): nothing to half-accept
    assert [(c["old"], c["new"]) for c in unit["changes"]] == [("审核", "核验")]
    _ok(run("decide", "--draft", "data@1", "--article", "1", "--accept", "c1"))
    unit = json.loads(_ok(run("merge", "--draft", "data@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    assert not any("not decided yet" in w for w in unit["warnings"])
    assert unit["position"] == "数据交易中介服务机构应当要求数据提供方说明数据来源，核验交易双方的身份，并留存审核、交易记录。"


def test_a_date_changed_is_marked_number_by_number(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 矿产资源法 第五十三条) 1986年10月1日 → 2025年7月1日 goes out as
    {1986→2025}年{10→7}月1日, the measure words kept, never 「1986年10」 struck and 「2025年7」 typed."""
    law = tmp_path / "date.md"
    law.write_text("# 法\n\n第一条 本法自1986年10月1日起施行。\n", encoding="utf-8")
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "date", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "date@1", "--at", "第一条", "--propose", "本法自2025年7月1日起施行。"))
    unit = json.loads(_ok(run("merge", "--draft", "date@1", "--article", "1", "--format", "json")).stdout)["units"][0]
    assert [(c["old"], c["new"]) for c in unit["changes"]] == [("1986年10", "2025年7")]  # one change to decide
    _ok(run("decide", "--draft", "date@1", "--article", "1", "--accept", "c1"))
    md = _ok(run("export", "--draft", "date@1", "--format", "md", "--association", "协会")).stdout
    assert "本法自<del>1986</del><ins>2025</ins>年<del>10</del><ins>7</ins>月1日起施行。" in md
    # the committee's own wording too
    _ok(run("decide", "--draft", "date@1", "--article", "1", "--text", "本法自2025年7月1日起正式施行。"))
    md = _ok(run("export", "--draft", "date@1", "--format", "md", "--association", "协会")).stdout
    assert "本法自<del>1986</del><ins>2025</ins>年<del>10</del><ins>7</ins>月1日起<ins>正式</ins>施行。" in md


def test_the_committee_s_wording_is_marked_word_by_word(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of the web app, 数据安全法 第三十条) 按照规定 → 按照国家有关规定，每年至少: the
    words put in before and after 规定, never 规定 struck and typed again."""
    law = tmp_path / "data.md"
    law.write_text("# 法\n\n第一条 重要数据的处理者应当按照规定对其数据处理活动定期开展风险评估。\n", encoding="utf-8")
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "data", "--version", "1"))
    _ok(run("decide", "--draft", "data@1", "--article", "1", "--text",
            "重要数据的处理者应当按照国家有关规定，每年至少对其数据处理活动开展一次风险评估。"))  # fmt: skip
    md = _ok(run("export", "--draft", "data@1", "--format", "md", "--association", "协会")).stdout
    assert "应当按照<ins>国家有关</ins>规定<ins>，每年至少</ins>对其" in md


def test_a_kuan_one_wording_moves_within_its_article_is_said_as_a_move(consultation) -> None:  # type: ignore[no-untyped-def]
    # a trial (Word's moveFrom and moveTo of 第十八条第三款): the merge said the 款 put in "reads much like" the one
    # already there, "check it is not the same provision", as if another member's
    first = "电子商务经营者应当依法履行纳税义务，并依法享受税收优惠。"
    second = ("依照前条规定不需要办理市场主体登记的电子商务经营者在首次纳税义务发生后，应当依照税收征收管理法律、行政法规的规定"
              "申请办理税务登记，并如实申报纳税。")  # fmt: skip
    added = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十一条", "--propose",
                         f"{second}\n{first}")  # fmt: skip
    assert added.exit_code == 0, added.output
    unit = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "第十一条", "--format", "json").stdout)["units"][0]
    ids = sorted(c["id"] for c in unit["changes"])
    assert unit["warnings"] == [f"{ids[1]} and {ids[0]} (#1) move 「{first}」 within 第十一条 (art_11) (one move: accept or "
                                "reject the two alike)",
                                # (the 款 it moves after is 第一款 now: what cites it by number is told)
                                "第二十八条第二款 (art_28__para_2) cites 「本法第十一条第二款」: 第十一条第二款 (art_11__para_2) is "
                                "第一款 in this position; change the citation with it"]  # fmt: skip
    from lawcomment.exports.messages import localized

    assert localized(unit["warnings"][0], "zh") == f"{ids[1]}与{ids[0]}（#1）将「{first}」在第十一条内移动位置（同一处移动：请一并采纳或一并不采纳）"
    assert localized(unit["warnings"][1], "zh") == ("第二十八条第二款引用「本法第十一条第二款」：本条意见中第十一条第二款成为第一款；"
                                                    "该引用应随之修改")  # fmt: skip


@pytest.mark.parametrize("second", ["acme", "beta"])
def test_a_new_item_put_in_before_one_taken_out_is_neither_lost_nor_in_conflict(consultation, tmp_path, second: str) -> None:  # type: ignore[no-untyped-def]
    # a verifying trial (专利法实施细则 第十六条, half-width items): a new (三) after (二) and the old (三) deleted,
    # by one member (the new item was left out as "rewording" the deletion) or by two (a conflict whose
    # alternative held two (三))
    law = tmp_path / "hw.md"
    law.write_text("# 示例条例\n\n第一条 请求书应当写明下列事项：\n\n(一)名称；\n\n(二)地址；\n\n(三)发明人的姓名；\n\n(四)其他事项。\n\n"
                   "第二条 本条例自公布之日起施行。\n", encoding="utf-8")  # fmt: skip
    _ok(consultation("draft", "add", str(law), "--name", "t", "--version", "1"))
    _ok(consultation("comment", "add", "--member", "acme", "--draft", "t@1", "--at", "第一条第一款第（二）项", "--stance",
                     "insert", "--propose", "(三)邮政编码；"))  # fmt: skip
    _ok(consultation("comment", "add", "--member", second, "--draft", "t@1", "--at", "第一条第一款第（三）项", "--stance",
                     "delete"))  # fmt: skip
    unit = json.loads(_ok(consultation("merge", "--draft", "t@1", "--article", "第一条", "--format", "json")).stdout)["units"][0]
    assert unit["conflicts"] == [] and not any("left out" in w for w in unit["warnings"]), unit["warnings"]
    assert unit["position"] == "请求书应当写明下列事项：\n(一)名称；\n(二)地址；\n(三)邮政编码；\n(四)其他事项。"


@pytest.mark.parametrize(("base", "text", "said"), [
    ("处三千元以上五万元以下的罚款", "处二十万元以上十万元以下的罚款",
     ["the position reads 「二十万元以上十万元以下」: its lower bound (二十万元) is above its upper bound (十万元): decide "
      "the two bounds together"]),
    ("处三日至五日的拘留", "处十五日至10日的拘留",
     ["the position reads 「十五日至10日」: its lower bound (十五日) is above its upper bound (10日): decide the two "
      "bounds together"]),
    # Arabic digits with a Chinese magnitude, and decimals (a review)
    ("处五千元以上五万元以下的罚款", "处5万元以上2000元以下的罚款",
     ["the position reads 「5万元以上2000元以下」: its lower bound (5万元) is above its upper bound (2000元): decide "
      "the two bounds together"]),
    ("处五千元以上五万元以下的罚款", "处1.5万元以上1万元以下的罚款",
     ["the position reads 「1.5万元以上1万元以下」: its lower bound (1.5万元) is above its upper bound (1万元): decide "
      "the two bounds together"]),
    ("处三千元以上五万元以下的罚款", "处二十万元以上一百万元以下的罚款", []),  # in order
    ("处五万元以上三千元以下的罚款", "处五万元以上三千元以下的罚款", []),  # the draft's own: not the decisions'
    ("处五千元以上五万日以下", "处五万元以上五千日以下", []),  # two measure words: no one order
])  # fmt: skip
def test_a_range_decided_upside_down_is_said(base: str, text: str, said: list[str]) -> None:
    from lawcomment.review.position import inverted_ranges

    assert inverted_ranges(base, text) == said


def test_decide_says_at_once_when_its_choices_turn_a_range_upside_down(consultation) -> None:
    # a trial (会计法 第四十二条): --choose x1:1,x2:2 recorded 二十万元以上十万元以下 without a word
    run = consultation
    base = "电子商务平台经营者对违反前款规定的平台内经营者未采取必要措施的，由市场监督管理部门责令限期改正，可以处{}以上{}以下的罚款。"
    for member, low, high in (("acme", "二十万元", "一百万元"), ("beta", "五千元", "八万元")):
        assert run("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第七十六条第二款",
                   "--propose", base.format(low, high)).exit_code == 0  # fmt: skip
    assert run("decide", "--draft", "ecommerce@1", "--article", "第七十六条", "--choose", "x1:1").exit_code == 0
    second = run("decide", "--draft", "ecommerce@1", "--article", "第七十六条", "--choose", "x2:2")
    assert second.exit_code == 0, second.output
    assert second.stderr.splitlines()[-1] == (
        "warning: the position reads 「二十万元以上八万元以下」, a range no proposal has (its lower bound above its upper): "
        "its lower bound is acme's, its upper bound beta's: decide the two bounds together")  # fmt: skip


def test_decide_quotes_words_put_into_a_quantity_with_the_quantity_whole(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a trial (统计法): decide said 「以上五万元」 alone
    _one_article(consultation, tmp_path, "个体工商户有前款所列行为之一的，可以并处一万元以下的罚款。",
                 "个体工商户有前款所列行为之一的，可以并处一万元以上五万元以下的罚款。")  # fmt: skip
    decided = _ok(consultation("decide", "--draft", "p@1", "--article", "第一条", "--accept", "c1"))
    assert decided.stdout.splitlines()[1] == "  「一万元以下」 → 「一万元以上五万元以下」"


@pytest.mark.parametrize(("decision", "states"), [
    # accepted whole, when the merge struck 商业秘密 and typed it again: its two insertions accepted
    (("accept", "和商业秘密", "、工作秘密、商业秘密、个人隐私"), ["accepted", "accepted"]),
    (("reject", "和商业秘密", "、工作秘密、商业秘密、个人隐私"), ["rejected", "rejected"]),
])  # fmt: skip
def test_a_decision_made_on_a_change_the_merge_now_gives_in_pieces_holds_for_the_pieces(
        decision: tuple[str, str, str], states: list[str]) -> None:  # fmt: skip
    # a verifying trial: a store decided before the merge kept a wording's kept words (商业秘密) had its
    # decisions "no longer match the proposals; ignored" after an unrelated write, and accepted changes
    # dropped out of the submission
    from lawcomment import parse_text
    from lawcomment.comments import Anchor, Comment, CommentSource, SourceKind, Stance, Status
    from lawcomment.records import Decision
    from lawcomment.review.position import unit_position

    body = "对在监督检查中知悉的国家秘密和商业秘密负有保密义务。"
    draft = parse_text(f"法\n第一条 {body}\n")
    wording = body.replace("和商业秘密", "、工作秘密、商业秘密、个人隐私")
    comment = Comment(1, "t@1", "acme", Anchor("art_1"), Stance.AMEND, "", wording, CommentSource(SourceKind.CLI),
                      Status.OPEN, "", "")  # fmt: skip
    action, old, new = decision
    start = body.index(old)
    d = Decision(1, "t@1", "art_1", action, start, start + len(old), old, new, "", "staff", "now")
    pos = unit_position(draft, "art_1", [comment], [d])
    assert [c.state for c in pos.changes] == states and [c.decision for c in pos.changes] == [1, 1]
    assert not any("no longer matches" in w for w in pos.warnings)
    assert pos.text == (wording if action == "accept" else body)


def test_a_new_kuan_and_anothers_deletion_of_the_last_kuan_after_it_are_two_changes(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # 野生动物保护法 2018 第十五条 (a trial): a new 款 after 第二款 and another member's deletion of 第三款 were one conflict,
    # and the committee's acceptance of the new 款, made before the deletion arrived, "no longer matched"
    run = consultation
    law = tmp_path / "law.md"
    law.write_text("# 法\n\n第一条 国家采取应急救助措施。\n\n主管部门组织开展收容救护工作。\n\n禁止以收容救护为名买卖野生动物。\n", encoding="utf-8")
    _ok(run("draft", "add", str(law), "--name", "w", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "w@1", "--at", "第一条", "--propose",
            "国家采取应急救助措施。\n主管部门组织开展收容救护工作。\n收容救护机构应当建立收容救护场所。\n禁止以收容救护为名买卖野生动物。"))
    _ok(run("decide", "--draft", "w@1", "--article", "第一条", "--accept", "c1"))
    _ok(run("comment", "add", "--member", "beta", "--draft", "w@1", "--at", "第一条第三款", "--stance", "delete"))
    unit = json.loads(_ok(run("merge", "--draft", "w@1", "--article", "第一条", "--format", "json")).stdout)["units"][0]
    assert unit["conflicts"] == []
    assert [(c["old"], c["new"], c["state"]) for c in unit["changes"]] == [
        ("", "\n收容救护机构应当建立收容救护场所。", "accepted"), ("\n禁止以收容救护为名买卖野生动物。", "", "proposed")]
    assert unit["warnings"] == [], unit["warnings"]
    _ok(run("decide", "--draft", "w@1", "--article", "第一条", "--accept", "c2"))
    unit = json.loads(_ok(run("merge", "--draft", "w@1", "--article", "第一条", "--format", "json")).stdout)["units"][0]
    assert unit["position"] == "国家采取应急救助措施。\n主管部门组织开展收容救护工作。\n收容救护机构应当建立收容救护场所。"


@pytest.mark.parametrize(("how", "expected"), [
    ("delete", [
        "第一条第四款 (art_1__para_4) cites 「本条第三款」: 第一条第三款 (art_1__para_3) is 第二款 in this position; change "
        "the citation with it",
        "第二条第一款 (art_2__para_1) cites 「本法第一条第二款」, which this position deletes; change or delete the citation",
        "第二条第一款 (art_2__para_1) cites 「第三款」: 第一条第三款 (art_1__para_3) is 第二款 in this position; change the citation with it"]),
    ("insert", [
        "第一条第四款 (art_1__para_4) cites 「本条第三款」: 第一条第三款 (art_1__para_3) is 第四款 in this position; change "
        "the citation with it",
        "第二条第一款 (art_2__para_1) cites 「本法第一条第二款」: 第一条第二款 (art_1__para_2) is 第三款 in this position; change "
        "the citation with it",
        "第二条第一款 (art_2__para_1) cites 「第三款」: 第一条第三款 (art_1__para_3) is 第四款 in this position; change the citation with it"]),
])  # fmt: skip
def test_what_cites_a_kuan_taken_out_or_numbered_on_is_warned_of(consultation, tmp_path: Path, how: str,
                                                                  expected: list[str]) -> None:  # fmt: skip
    # 野生动物保护法 2018 第二十七条 (a trial): its 第三款 deleted made 第四、五款 第三、四款, cited by number in the article and
    # in 第四十八条, and nothing said so (a whole article deleted was warned of)
    law = tmp_path / "law.md"
    law.write_text("# 法\n\n第一条 禁止出售野生动物。\n\n实行专用标识管理。\n\n出售野生动物的，应当提供合法来源证明。\n\n"
                   "出售本条第三款规定的野生动物的，应当附有检疫证明。\n\n第二条 违反本法第一条第二款、第三款规定的，予以处罚。\n",
                   encoding="utf-8")  # fmt: skip
    _ok(consultation("draft", "add", str(law), "--name", "w", "--version", "1"))
    if how == "delete":
        _ok(consultation("comment", "add", "--member", "acme", "--draft", "w@1", "--at", "第一条第二款", "--stance", "delete"))
    else:
        _ok(consultation("comment", "add", "--member", "acme", "--draft", "w@1", "--at", "第一条", "--propose",
                         "禁止出售野生动物。\n国家建立名录。\n实行专用标识管理。\n出售野生动物的，应当提供合法来源证明。\n"
                         "出售本条第三款规定的野生动物的，应当附有检疫证明。"))  # fmt: skip
    unit = json.loads(_ok(consultation("merge", "--draft", "w@1", "--article", "第一条", "--format", "json")).stdout)["units"][0]
    assert unit["warnings"] == expected


def test_an_english_acts_paragraph_taken_out_numbers_nothing_on(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a review: an act's numbered paragraphs (1., 2., 3.) carry their numbers; deleting one was said to make
    # "Article 1(3) … 第二款 in this position"
    law = tmp_path / "act.txt"
    law.write_text("Sample Act\n\nArticle 1\n\n1. Traders shall register.\n\n2. Traders shall keep records.\n\n"
                   "3. Records shall be kept for three years.\n\nArticle 2\n\n1. Article 1(3) applies to agents.\n",
                   encoding="utf-8")  # fmt: skip
    _ok(consultation("draft", "add", str(law), "--name", "act", "--version", "1"))
    _ok(consultation("comment", "add", "--member", "acme", "--draft", "act@1", "--at", "Article 1(2)", "--stance", "delete"))
    unit = json.loads(_ok(consultation("merge", "--draft", "act@1", "--article", "Article 1", "--format", "json")).stdout)["units"][0]
    assert not [w for w in unit["warnings"] if "第二款" in w or "in this position; change the citation" in w], unit["warnings"]


def test_a_new_item_at_a_lists_end_is_no_new_kuan(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a trial (反洗钱法 第三十二条): a new （八） after the last 项 was warned of as a 款 put in before 「金融机构有前款行为…」,
    # and 第二款 said to be 第三款 now (前两款 to change): a 项 numbers no 款 on
    law = tmp_path / "law.md"
    law.write_text("# 法\n\n第一条 有下列行为之一的，责令改正：\n\n（一）甲；\n\n（二）乙。\n\n有前款行为，致使后果发生的，处罚款。\n\n"
                   "对有前两款规定情形的，给予处分。\n", encoding="utf-8")  # fmt: skip
    _ok(consultation("draft", "add", str(law), "--name", "w", "--version", "1"))
    _ok(consultation("comment", "add", "--member", "acme", "--draft", "w@1", "--at", "第一条第一款第（二）项", "--stance",
                     "insert", "--propose", "（三）丙。"))  # fmt: skip
    unit = json.loads(_ok(consultation("merge", "--draft", "w@1", "--article", "第一条", "--format", "json")).stdout)["units"][0]
    assert [c["new"] for c in unit["changes"]] != []
    assert not [w for w in unit["warnings"] if "前款" in w or "in this position; change the citation" in w], unit["warnings"]


def test_a_mu_put_in_under_an_item_numbers_no_kuan_on(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a review) A 目 (3．) put in under （二） was counted as a 款: the merge said 第二条第二款 is
    第三款 now and asked staff to change a citation that is right."""
    law = tmp_path / "mu.md"
    law.write_text("# 目法\n\n第一条 为了规范市场秩序，制定本法。\n\n第二条 经营者应当履行下列义务：\n\n（一）公示营业执照；\n\n"
                   "（二）保存交易记录，包括：\n\n1．商品信息；\n\n2．交易信息。\n\n违反前款规定的，由市场监督管理部门责令改正。\n\n"
                   "第三条 违反本法第二条第二款规定的，依法追究责任。\n", encoding="utf-8")  # fmt: skip
    run = consultation
    _ok(run("draft", "add", str(law), "--name", "mu", "--version", "1"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "mu@1", "--at", "第二条", "--propose",
            "经营者应当履行下列义务：\n（一）公示营业执照；\n（二）保存交易记录，包括：\n1．商品信息；\n2．交易信息；\n3．支付信息。\n"
            "违反前款规定的，由市场监督管理部门责令改正。"))  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "mu@1", "--article", "2", "--format", "json")).stdout)["units"][0]
    assert [(c["old"], c["new"]) for c in unit["changes"]] == [("", "；\n3．支付信息")]
    assert not [w for w in unit["warnings"] if "第三款" in w or "前款" in w], unit["warnings"]


@pytest.mark.parametrize(("action", "old", "new", "said"), [
    ("choose", "乙", "甲", "choose 「甲」 for 「乙」"),
    # an alternative taking the words out: a trial's carry said "choose 「」 for 「从事货物进出口…」"
    ("choose", "从事货物进出口", "", "choose deleting 「从事货物进出口」"),
    ("accept", "乙", "", "accept deleting 「乙」"),
    ("reject", "乙", "甲", "reject 「乙」 → 「甲」"),
])  # fmt: skip
def test_a_decision_is_described_in_a_few_words(action: str, old: str, new: str, said: str) -> None:
    from lawcomment.records import Decision
    from lawcomment.review import describe_decision

    d = Decision(1, "d@1", "art_9", action, 0, len(old), old, new, "", "tester", "2026-12-06T00:00:00Z")
    assert describe_decision(d) == f"{said} on 第九条 (art_9)"


def test_a_proposal_that_arrived_after_the_committees_wording_is_to_review(consultation) -> None:  # type: ignore[no-untyped-def]
    """A web trial: after the committee wrote its own wording of an article, a member proposed another
    change; only the article's page said so. Its change is staff's to review, as any undecided one is: in
    the merge, the export's warning and the tracking sheet's 本条待审查; the wording still applies."""
    run = consultation
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--text", ART13.replace("行政法规禁止", "行政法规明令禁止")))
    assert _unit(run)["unreviewed"] == []
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--propose",
            ART13.replace("符合保障", "严格符合保障")))  # fmt: skip
    unit = _unit(run)
    assert unit["unreviewed"] == [unit["changes"][0]["id"]] and "明令禁止" in unit["submitted"], unit
    result = run("export", "--draft", "ecommerce@1", "--format", "md")
    assert ("warning: the final wording of 第十三条 (decision #1) was set before 1 proposal(s) arrived; it still applies: "
            "review it (decide again, or undo it)") in result.stderr and "left out" not in result.stderr, result.stderr
    sheet = list(csv.DictReader(io.StringIO(_ok(run("export", "--draft", "ecommerce@1", "--format", "csv")).stdout.lstrip("\ufeff"))))
    (row,) = [r for r in sheet if r["会员"] == "acme"]
    assert row["本条待审查"] == unit["changes"][0]["id"], row


def test_the_committees_wording_with_a_kuan_put_in_is_drawn_with_the_kuan_on_its_own_line(consultation) -> None:  # type: ignore[no-untyped-def]
    """A web trial's merged view drew the committee's wording that adds a 款 at the end as 一年{+。⏎…方式+}。:
    the 款 put in on a line of its own, as the submission places it."""
    run = consultation
    kuan = "电子商务经营者应当建立健全投诉举报机制。"
    # (with a change before it: the diff's common end, 。, would take the 款 in before the article's last 。)
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--text",
            ART13.replace("行政法规禁止", "行政法规明令禁止") + f"\n{kuan}"))
    merged = _ok(run("merge", "--draft", "ecommerce@1", "--article", "第十三条")).stdout
    assert re.search(rf"商品或者服务。\{{\+\n *{kuan}\+\}}", merged), merged


@pytest.mark.parametrize("origin", [None, 7])
@pytest.mark.parametrize("note", ["", "re-anchored; check: its article's new place is unsure", "moved: citation"])
def test_only_a_carried_comment_with_a_note_is_looked_at_for_a_check(origin: int | None, note: str) -> None:
    """unit_position asks _carried_to_check only of a comment carried from the last reading with
    a note: of any other it says nothing."""
    from lawcomment.comments import Anchor, Comment, CommentSource, SourceKind, Stance, Status
    from lawcomment.review.position import _carried_to_check

    c = Comment(9, "law@2", "acme", Anchor("art_1"), Stance.AMEND, "", "新文", CommentSource(SourceKind.CSV), Status.OPEN,
                "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", origin=origin, note=note)  # fmt: skip
    if origin is None or not note:
        assert _carried_to_check(c) == []


_KUAN = "法\n第一条 为了测试，制定本法。\n第二条 经营者应当在十日内报告。\n违反前款规定的，处一万元罚款。\n"
_ON_OLD = "carried from 第二条; check the stance: the new version reworded the words it was given on"


@pytest.mark.parametrize(("extra", "backers"), [
    ([("gamma", "art_2", "", None, "support")], (("gamma",), (3,))),  # the article as it stands
    ([("gamma", "art_2__para_1", "", None, "support")], (("gamma",), (3,))),  # the 款 the conflict is in
    ([("gamma", "art_2__para_2", "", None, "support")], ((), ())),  # another 款
    ([("gamma", "art_2__para_1", "十日", 5, "support")], (("gamma",), (3,))),  # its words, quoted
    ([("gamma", "art_2__para_1", "十日", None, "support")], (("gamma",), (3,))),  # (found by the quote alone)
    ([("gamma", "art_2__para_1", "报告", 8, "support")], ((), ())),  # other words of the 款
    ([("acme", "art_2", "", None, "support")], ((), ())),  # a member who proposes an alternative backs that
    # supporting the whole article while proposing a wording of another 款: the rest of it; its 款, as it stands
    ([("gamma", "art_2", "", None, "support"), ("gamma", "art_2__para_2", "违反前款规定的，处二万元罚款。", None, "amend")],
     ((), ())),
    ([("gamma", "art_2__para_1", "", None, "support"), ("gamma", "art_2__para_2", "违反前款规定的，处二万元罚款。", None, "amend")],
     (("gamma",), (3,))),
    ([("gamma", "art_2", "", None, "support:old")], ((), ())),  # given on the last reading's words, which changed
    ([("gamma", "art_2", "", None, "support:withdrawn")], ((), ())),
    ([("gamma", "art_2", "", None, "oppose")], ((), ())),  # opposing the article asks no keeping of it
    # replies opposing every proposal of the conflict (a Word thread), or only one of them
    ([("gamma", "art_2", "", 1, "reply"), ("gamma", "art_2", "", 2, "reply")], (("gamma",), (3, 4))),
    ([("gamma", "art_2", "", 1, "reply")], ((), ())),
    ([("delta", "art_2", "", None, "support"), ("gamma", "art_2__para_1", "十日", 5, "support")],
     (("delta", "gamma"), (3, 4))),
])  # fmt: skip
def test_a_conflict_names_who_backs_the_draft_s_wording(extra: list[tuple[str, str, str, int | None, str]],
                                                        backers: tuple[tuple[str, ...], tuple[int, ...]]) -> None:  # fmt: skip
    """(a review) `merge` listed a conflict's alternatives and who proposed each, but not who asked for
    none: staff deciding it need "keep as drafted: supported by …" (ConflictState.draft_supporters)."""
    from lawcomment import parse_text
    from lawcomment.comments import Anchor, Comment, CommentSource, SourceKind, Stance, Status
    from lawcomment.review.position import unit_position

    def made(n: int, member: str, eid: str, quote: str, at: int | None, kind: str) -> Comment:
        stance = {"amend": Stance.AMEND, "oppose": Stance.OPPOSE, "reply": Stance.OPPOSE}.get(kind, Stance.SUPPORT)
        proposed = quote if kind == "amend" else None
        anchor = Anchor(eid, "" if proposed or kind == "reply" else quote, offset=at if kind == "support" else None)
        return Comment(n, "law@1", member, anchor, stance, "", proposed, CommentSource(SourceKind.CLI),
                       Status.WITHDRAWN if kind.endswith("withdrawn") else Status.OPEN, "", "",
                       thread=at if kind == "reply" else None, origin=7 if kind.endswith(":old") else None,
                       note=_ON_OLD if kind.endswith(":old") else "")  # fmt: skip

    draft = parse_text(_KUAN)
    comments = [made(1, "acme", "art_2__para_1", "经营者应当在五日内报告。", None, "amend"),
                made(2, "beta", "art_2__para_1", "经营者应当在十五日内报告。", None, "amend"),
                *(made(n, *c) for n, c in enumerate(extra, 3))]  # fmt: skip
    (conflict,) = unit_position(draft, "art_2", comments).conflicts
    assert [a.supporters for a in conflict.conflict.alternatives] == [("acme",), ("beta",)]
    assert (conflict.draft_supporters, conflict.draft_comments) == backers
