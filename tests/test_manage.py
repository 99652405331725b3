"""Correcting mistakes through the CLI: comment show/edit/withdraw/undo, import list/undo/restore,
member rename/merge/unmerge/remove, draft remove/restore, bulk decisions, listings (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawcomment import open_store

ART13 = ("电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和环境保护要求，"
         "不得销售或者提供法律、行政法规禁止交易的商品或者服务。")  # fmt: skip
ART16 = "电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置持续公示有关信息。"


def _ok(result):  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, (result.output, result.stderr)
    return result


def _propose(run, member: str, text: str, at: str = "第十三条"):  # type: ignore[no-untyped-def]
    return _ok(run("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", at, "--propose", text))


def _changes(run, at: str = "13") -> list[tuple[str, str, list[str]]]:
    units = json.loads(_ok(run("merge", "--draft", "ecommerce@1", "--article", at, "--format", "json")).stdout)["units"]
    return [(c["new"], c["state"], c["supporters"]) for c in units[0]["changes"]]


def _statuses(run) -> list[tuple[int, str]]:
    listed = json.loads(_ok(run("comment", "list", "--draft", "ecommerce@1", "--all", "--format", "json")).stdout)
    return [(c["id"], c["status"]) for c in listed["comments"]]


def test_show_edit_and_undo_a_comment(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    shown = _ok(run("comment", "show", "1")).output.splitlines()
    assert shown[:4] == ["comment #1 on ecommerce@1, 第十三条 (art_13)", "  member:   acme", "  stance:   amend",
                         "  status:   open"]  # fmt: skip
    assert f"  proposed: {ART13.replace('行政法规禁止', '行政法规明确禁止')}" in shown
    edited = run("comment", "edit", "1", "--propose", ART13.replace("行政法规禁止", "行政法规严格禁止"), "--reason", "更严格")
    assert edited.output == "edited comment #1: proposal, reason changed (undo: lawcomment comment undo 1)\n"
    assert _changes(run) == [("严格", "proposed", ["acme"])]
    history = json.loads(_ok(run("comment", "show", "1", "--format", "json")).stdout)["history"]
    assert [(h["action"], h["before"]["proposed_text"]) for h in history] == [
        ("edit", ART13.replace("行政法规禁止", "行政法规明确禁止"))]
    assert "comment.edit  comment:1" in run("log", "--object", "comment:1").output
    undone = run("comment", "undo", "1")
    assert undone.output == "comment #1 is back as it was before its last change (status open)\n"
    assert _changes(run) == [("明确", "proposed", ["acme"])]
    # run again it redoes, said so (a trial read the redo said as another undo); and again, undoes once more
    redone = run("comment", "undo", "1")
    assert redone.output == ("comment #1: its edit is made again (status open; `lawcomment comment undo 1` undoes it "
                             "once more)\n")  # fmt: skip
    assert _changes(run) == [("严格", "proposed", ["acme"])]
    assert run("comment", "undo", "1").output == "comment #1: its edit is undone again (status open)\n"
    assert _changes(run) == [("明确", "proposed", ["acme"])]
    # moving it to a 款 and a quote
    moved = run("comment", "edit", "1", "--at", "第十六条", "--quote", "三十日", "--stance", "comment", "--no-proposal")
    assert moved.output == "edited comment #1: proposal, stance, anchor changed (undo: lawcomment comment undo 1)\n"
    c = json.loads(_ok(run("comment", "show", "1", "--format", "json")).stdout)
    assert (c["eid"], c["quote"], c["stance"], c["proposed_text"]) == ("art_16", "三十日", "comment", None)
    same = run("comment", "edit", "1", "--reason", c["body"])
    assert (same.exit_code, same.stderr) == (1, "Error: comment #1 already reads like that; nothing changed\n")
    missing = run("comment", "show", "99")
    assert (missing.exit_code, missing.stderr) == (1, "Error: no comment #99\n")


def test_an_edited_wording_unlike_its_unit_is_said_as_at_intake(consultation) -> None:  # type: ignore[no-untyped-def]
    """A few words typed as the new wording in an edit would replace the whole article: said, as a
    new comment's are (a trial of the web app saved a phrase of another article as 第十九条's wording,
    with nothing said)."""
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    edited = run("comment", "edit", "1", "--propose", "设定上限")
    assert edited.exit_code == 0
    assert edited.stderr == ("warning: the proposed wording for 第十三条 (art_13) keeps almost none of its text "
                             "(similarity 0.00): as its new wording, 「设定上限」 replaces all of it (a remark goes in the "
                             "reason, 理由)\n")  # fmt: skip


ART75 = ("电子商务经营者违反本法第十二条、第十三条规定，未取得相关行政许可从事经营活动，或者销售、提供法律、行政法规禁止交易的商品、"
         "服务，或者不履行本法第二十五条规定的信息提供义务，电子商务平台经营者违反本法第四十六条规定，采取集中交易方式进行交易，"
         "或者进行标准化合约交易的，依照有关法律、行政法规的规定处罚。")  # fmt: skip


@pytest.mark.parametrize(("at", "quote", "code", "said", "proposed"), [
    # its change made where the same words stand in the article it moves to, said
    ("第七十五条", "", 0, "warning: comment #1 is a wording of 第十三条 (art_13): its 1 change(s) are made on the text of "
     "第七十五条 (art_75) (`lawcomment comment undo 1` moves it back)\n", ART75.replace("行政法规禁止", "行政法规明确禁止")),
    # (a quote the article it moves to has too: the same)
    ("第七十五条", "禁止", 0, "warning: comment #1 is a wording of 第十三条 (art_13): its 1 change(s) are made on the text of "
     "第七十五条 (art_75) (`lawcomment comment undo 1` moves it back)\n", ART75.replace("行政法规禁止", "行政法规明确禁止")),
    # no such words there: refused, nothing moved
    ("第十六条", "", 1, "Error: comment #1 is a wording of 第十三条 (art_13) (similarity 0.99, against 0.23): put on 第十六条 "
     "(art_16) as written it would replace that text with 第十三条 (art_13)'s, and 1 of its 1 change(s) do not fit the text of "
     "第十六条 (art_16): give its wording of 第十六条 (art_16) with --propose, or move it as a remark with --no-proposal\n",
     ART13.replace("行政法规禁止", "行政法规明确禁止")),
])  # fmt: skip
def test_a_wording_moved_to_another_unit_has_its_changes_made_there_or_is_refused(
        consultation, at: str, quote: str, code: int, said: str, proposed: str) -> None:  # type: ignore[no-untyped-def]
    """(反垄断法, a trial) `comment edit --at` moved a wording of one article onto another and said only
    "anchor changed"; (专利法实施细则, a trial) a wording beside a quote the other 款 has too was moved with
    nothing said, and the merge proposed to rewrite that 款 as the one it left. A wording moved is its
    changes, made on the text it moves to, or refused: never the text it leaves put in its place."""
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--propose",
            ART13.replace("行政法规禁止", "行政法规明确禁止"), *(("--quote", quote) if quote else ())))  # fmt: skip
    moved = run("comment", "edit", "1", "--at", at)
    assert (moved.exit_code, moved.stderr) == (code, said)
    c = json.loads(_ok(run("comment", "show", "1", "--format", "json")).stdout)
    assert (c["eid"], c["proposed_text"]) == ("art_13" if code else f"art_{75 if '七十五' in at else 16}", proposed)
    if not code:
        assert _changes(run, "75") == [("明确", "proposed", ["acme"])]
        back = run("comment", "undo", "1")  # the member's own wording, back where it was
        assert back.exit_code == 0 and _changes(run) == [("明确", "proposed", ["acme"])]


def test_a_misfiled_wording_moved_where_it_reads_is_kept_as_given(consultation) -> None:  # type: ignore[no-untyped-def]
    """A wording of 第十六条 filed under 第十三条 is said at once; moved to 第十六条, where it reads, it is
    kept word for word, and nothing more is said."""
    run = consultation
    typed = run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--propose",
                ART16.replace("三十日", "六十日"))  # fmt: skip
    assert typed.exit_code == 0 and "reads much more like 第十六条 (art_16)" in typed.stderr, typed.stderr
    moved = run("comment", "edit", "1", "--at", "第十六条")
    assert (moved.exit_code, moved.stderr) == (0, "")
    assert _changes(run, "16") == [("六十", "proposed", ["acme"])]


def test_a_comment_given_to_the_wrong_member_is_given_to_the_right_one(consultation) -> None:  # type: ignore[no-untyped-def]
    """A marked-up file read with the wrong author map, a row under another company's id: `comment
    edit --member` gives the comment to the right member, kept, logged and undone like any edit (a
    new user's trial found only undoing the import, which lost staff's corrections since)."""
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    _ok(run("comment", "edit", "1", "--reason", "staff's correction"))
    moved = run("comment", "edit", "1", "--member", "beta")
    assert moved.output == "edited comment #1: member changed (undo: lawcomment comment undo 1)\n"
    c = json.loads(_ok(run("comment", "show", "1", "--format", "json")).stdout)
    assert (c["member"], c["body"]) == ("beta", "staff's correction")  # the earlier correction kept
    assert _changes(run) == [("明确", "proposed", ["beta"])]
    assert run("log", "--object", "comment:1").output.count("comment.edit  comment:1") == 2
    _ok(run("comment", "undo", "1"))
    assert json.loads(_ok(run("comment", "show", "1", "--format", "json")).stdout)["member"] == "acme"
    unknown = run("comment", "edit", "1", "--member", "gamma")
    assert unknown.exit_code == 1 and unknown.stderr.startswith("Error: ") and "gamma" in unknown.stderr
    # the member it goes to has a wording of the unit already: a member has one, so it is refused
    _propose(run, "beta", ART13.replace("环境保护要求", "生态环境保护要求"))
    both = run("comment", "edit", "1", "--member", "beta")
    assert (both.exit_code, both.stderr) == (1, "Error: beta has a wording of 第十三条 (art_13) already (#2); comment "
                                                "#1 would be its second: withdraw one of them first\n")  # fmt: skip
    # nor does an undo give one back to a member who has another wording now (a stranger's review)
    _ok(run("comment", "withdraw", "2"))
    _ok(run("comment", "edit", "1", "--member", "beta"))
    _propose(run, "acme", ART13.replace("环境保护要求", "绿色环保要求"))  # #3: acme's wording now
    back = run("comment", "undo", "1")
    assert (back.exit_code, back.stderr) == (1, "Error: comment #1 would go back to acme, whose wording of art_13 is "
                                                "now #3; bringing it back would give the member two. Withdraw #3 "
                                                "first\n")  # fmt: skip
    # judged as the comment will be: moved to a unit where the member has a wording, or made a wording
    # of one (a stranger's review found both let through)
    _propose(run, "beta", ART16.replace("三十日", "六十日"), at="第十六条")  # #4: beta's wording of 第十六条
    moved = run("comment", "edit", "3", "--member", "beta", "--at", "第十六条", "--propose", ART16.replace("三十日", "九十日"))
    assert moved.exit_code == 1 and moved.stderr.startswith("Error: beta has a wording of 第十六条 (art_16) already (#4)")
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十六条", "--reason", "期限"))  # #5
    made = run("comment", "edit", "5", "--member", "beta", "--propose", ART16.replace("三十日", "十五日"))
    assert made.exit_code == 1 and made.stderr.startswith("Error: beta has a wording of 第十六条 (art_16) already (#4)")


def test_deciding_again_replaces_a_decision_the_proposals_no_longer_match(consultation) -> None:  # type: ignore[no-untyped-def]
    """A decision the proposals no longer match is ignored, and the merge says "undo it or decide
    again"; deciding again on the same words replaces it, and the warning goes (a new user's trial
    decided again, and it stayed; undoing it brought back the one before, stale too)."""
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1"))
    _ok(run("comment", "edit", "1", "--propose", ART13.replace("行政法规禁止", "行政法规严格禁止")))
    merged = run("merge", "--draft", "ecommerce@1", "--article", "13").stdout
    assert "decision #1 (accept 「明确」) no longer matches the proposals; it is ignored (undo it or decide again)" in merged
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1"))
    merged = run("merge", "--draft", "ecommerce@1", "--article", "13").stdout
    assert "no longer matches" not in merged and _changes(run) == [("严格", "accepted", ["acme"])]
    # a decision on other words of the article replaces nothing: one still unmatched is said
    _ok(run("comment", "edit", "1", "--propose", ART13.replace("行政法规禁止", "行政法规严格禁止").replace(
        "环境保护要求", "生态环境保护要求")))  # fmt: skip
    _propose(run, "beta", ART13.replace("行政法规禁止", "行政法规一律禁止"))
    merged = run("merge", "--draft", "ecommerce@1", "--article", "13").stdout
    assert "decision #2 (accept 「严格」) no longer matches the proposals" in merged
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1"))  # 生态 only
    merged = run("merge", "--draft", "ecommerce@1", "--article", "13").stdout
    assert "decision #2 (accept 「严格」) no longer matches the proposals" in merged


def test_withdraw_takes_a_comment_out_of_the_merge_and_undo_brings_it_back(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    _propose(run, "beta", ART13.replace("环境保护要求", "生态环境保护要求"))
    out = run("comment", "withdraw", "2", "--reason", "member asked")
    assert out.output == "withdrew comment #2 (undo: lawcomment comment undo 2)\n"
    assert _changes(run) == [("明确", "proposed", ["acme"])]
    assert "#2" not in run("comment", "list", "--draft", "ecommerce@1").output
    assert _statuses(run) == [(1, "open"), (2, "withdrawn")]
    again = run("comment", "withdraw", "2")
    assert (again.exit_code, again.stderr) == (1, "Error: comment #2 is already withdrawn\n")
    edit = run("comment", "edit", "2", "--reason", "x")
    assert edit.stderr == ("Error: comment #2 is withdrawn; only open comments can be edited (undo the withdrawal "
                           "first: `lawcomment comment undo 2`)\n")  # fmt: skip
    _ok(run("comment", "undo", "2"))
    assert _statuses(run) == [(1, "open"), (2, "open")]
    assert len(_changes(run)) == 2


def test_a_correction_says_which_decisions_stop_applying_and_which_apply_again(consultation) -> None:  # type: ignore[no-untyped-def]
    """Withdrawing, moving or editing the comment a decision was made on, or undoing that, says
    at once which of the committee's decisions the merge now ignores (a trial's staff found out
    in the export, with the committee's reason gone), and which apply again."""
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    _propose(run, "beta", ART13.replace("环境保护要求", "生态环境保护要求"))
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1"))  # beta's 生态
    gone = ("  the committee's decision(s) #1 on 第十三条 (art_13) no longer apply with #2 withdrawn: the merge ignores "
            "them (decide again, or `lawcomment comment undo 2` brings #2 back)\n")  # fmt: skip
    assert _ok(run("comment", "withdraw", "2")).output == "withdrew comment #2 (undo: lawcomment comment undo 2)\n" + gone
    again = "  the committee's decision(s) #1 on 第十三条 (art_13) apply again with #2 back as it was\n"
    assert _ok(run("comment", "undo", "2")).output == (
        "comment #2 is back as it was before its last change (status open)\n" + again)  # fmt: skip
    # the other member's comment: the decision was not on it
    assert _ok(run("comment", "withdraw", "1")).output == "withdrew comment #1 (undo: lawcomment comment undo 1)\n"
    _ok(run("comment", "undo", "1"))
    moved = run("comment", "edit", "2", "--at", "第十六条", "--stance", "comment", "--no-proposal", "--reason", "x")
    assert moved.stderr == ("warning: the committee's decision(s) #1 on 第十三条 (art_13) no longer apply with #2 moved: "
                            "the merge ignores them (decide again, or `lawcomment comment undo 2` undoes it)\n")  # fmt: skip
    assert _ok(run("comment", "undo", "2")).output.endswith(again)
    edited = run("comment", "edit", "2", "--propose", ART13.replace("环境保护要求", "生态环保要求"))
    assert "decision(s) #1 on 第十三条 (art_13) no longer apply with #2 edited" in edited.stderr
    # an article nobody decided on costs no merge and says nothing
    _propose(run, "acme", ART16.replace("三十日", "六十日"), at="第十六条")
    assert _ok(run("comment", "withdraw", "3")).output == "withdrew comment #3 (undo: lawcomment comment undo 3)\n"


def test_undo_an_import_reopens_what_it_superseded_and_restore_reverses_it(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    rows = tmp_path / "acme.csv"
    rows.write_text("member,article,proposed_text,reason\n"
                    f"acme,第十三条,{ART13.replace('行政法规禁止', '行政法规严格禁止')},改为严格\n"
                    "acme,第十六条,,期限过长\n", encoding="utf-8")  # fmt: skip
    assert _ok(run("comment", "import", str(rows), "--draft", "ecommerce@1")).output.endswith("1 superseded\n")
    listed = _ok(run("import", "list")).output.splitlines()
    assert listed[0].split() == ["batch", "draft", "kind", "member", "added", "dup", "superseded", "state", "file"]
    assert listed[1].split()[:8] == ["#1", "ecommerce@1", "csv", "-", "2", "0", "1", "imported"]
    assert listed[-1] == "1 import(s)"
    batches = json.loads(_ok(run("import", "list", "--format", "json")).stdout)["imports"]
    assert [(b["id"], b["file"], b["added"], b["undone_at"]) for b in batches] == [(1, "acme.csv", 2, None)]
    undo = run("import", "undo", "1")
    assert undo.output == ("undid import #1 (acme.csv into ecommerce@1): 2 comment(s) withdrawn, 1 reopened "
                           "(restore: lawcomment import restore 1)\n")  # fmt: skip
    assert _statuses(run) == [(1, "open"), (2, "withdrawn"), (3, "withdrawn")]
    assert _changes(run) == [("明确", "proposed", ["acme"])]
    twice = run("import", "undo", "1")
    assert twice.exit_code == 1 and twice.stderr.startswith("Error: import #1 (acme.csv) was already undone on ")
    restore = run("import", "restore", "1")
    assert restore.output == "restored import #1 (acme.csv into ecommerce@1): 2 comment(s) back, 1 superseded again\n"
    # with --draft, a batch of another draft is refused (a mistyped number), nothing undone
    assert run("draft", "add", str(Path(__file__).parent / "data" / "ecommerce-law.md"), "--name", "other", "--version", "1").exit_code == 0
    wrong = run("import", "undo", "1", "--draft", "other@1")
    assert (wrong.exit_code, wrong.output) == (1, "Error: import #1 (acme.csv) is of ecommerce@1, not other@1 "
                                                  "(`lawcomment import list --draft other@1` lists its imports)\n")  # fmt: skip
    assert run("import", "restore", "1", "--draft", "other@1").exit_code == 1
    with open_store(run.db) as store:
        assert [b.undone_at for b in store.imports()] == [None]
    assert _statuses(run) == [(1, "superseded"), (2, "open"), (3, "open")]
    assert _changes(run) == [("严格", "proposed", ["acme"])]
    # undone, the same file imports again (it is no longer "already there")
    _ok(run("import", "undo", "1"))
    again = run("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert again.stdout == f"{rows}: csv into ecommerce@1: 2 added, 0 already there, 1 superseded\n"
    assert again.stderr == f"warning: {rows}: #4 replaces #1 (acme) on 第十三条 (art_13)\n"  # named, not only counted
    nope = run("import", "undo", "9")
    assert nope.stderr == "Error: no import #9 (imports: 1, 2; see `lawcomment import list`)\n"


def test_a_member_goes_back_to_a_wording_it_replaced(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    earlier, later = ART13.replace("行政法规禁止", "行政法规明确禁止"), ART13.replace("行政法规禁止", "行政法规严格禁止")
    _propose(run, "acme", earlier)
    _propose(run, "acme", later)
    back = run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--propose", earlier)
    assert back.output == "added comment #3 by acme on 第十三条 (art_13) (amend); it replaces #2\n"
    assert _statuses(run) == [(1, "superseded"), (2, "superseded"), (3, "open")]
    assert _changes(run) == [("明确", "proposed", ["acme"])]
    twice = run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--propose", earlier)
    assert (twice.exit_code, twice.stderr) == (1, "Error: acme already made this exact comment on 第十三条 (art_13) (nothing added)\n")
    # withdrawn, #3 leaves #2 replaced (a member withdrawing its wording withdraws its proposal: a review's came
    # back into the merge unasked), and says how to bring it back; undone, #2 is back
    assert _ok(run("comment", "withdraw", "3")).output == (
        "withdrew comment #3 (undo: lawcomment comment undo 3)\n"
        "  #2 (acme), which #3 had replaced on 第十三条 (art_13), stays replaced (`lawcomment comment undo 2` brings it "
        "back)\n")  # fmt: skip
    assert _statuses(run) == [(1, "superseded"), (2, "superseded"), (3, "withdrawn")]
    back = _ok(run("comment", "undo", "2")).output
    assert "#2 (acme) is back on 第十三条 (art_13): #3, which had replaced it, is no longer acme's wording of it" in back, back
    assert _statuses(run) == [(1, "superseded"), (2, "open"), (3, "withdrawn")]
    assert _ok(run("comment", "undo", "3")).output == ("comment #3 is back as it was before its last change (status open)\n"
                                                      "  #2 (acme) on 第十三条 (art_13) is replaced by #3 again\n")
    assert _statuses(run) == [(1, "superseded"), (2, "superseded"), (3, "open")]


def test_a_files_row_said_again_after_a_change_counts_and_undo_leaves_it_standing(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    rows = tmp_path / "acme.csv"

    def send(reason: str, end: str = "") -> str:
        rows.write_text(f"member,article,proposed_text,reason\nacme,第十六条,,{reason}\n{end}", encoding="utf-8")
        return _ok(run("comment", "import", str(rows), "--draft", "ecommerce@1")).output

    assert send("期限过长").endswith("1 added, 0 already there, 0 superseded\n")
    assert send("期限过短").endswith("1 added, 0 already there, 1 superseded\n")
    # the first file again, byte for byte: nothing new, and the terminal says what was left replaced
    first = send("期限过长")
    assert first == (f"{rows}: csv into ecommerce@1: 0 added, 1 already there, 0 superseded, 1 replaced since by a "
                     "later comment and left so (#1: `lawcomment comment show ID` says what replaced it)\n")  # fmt: skip
    # the member's third version of the file (another blank line at its end) goes back to the
    # first's words: they stand again, as a new comment
    assert send("期限过长", "\n").endswith("1 added, 0 already there, 1 superseded\n")
    assert _statuses(run) == [(1, "superseded"), (2, "superseded"), (3, "open")]
    # undoing the second version withdraws it and leaves the first where it is: the third,
    # from the same row, stands (reopening it would give the row twice)
    undo = run("import", "undo", "2")
    assert undo.output == ("undid import #2 (acme.csv into ecommerce@1): 1 comment(s) withdrawn, 0 reopened "
                           "(restore: lawcomment import restore 2)\n")  # fmt: skip
    assert _statuses(run) == [(1, "superseded"), (2, "withdrawn"), (3, "open")]
    listed = json.loads(_ok(run("comment", "list", "--draft", "ecommerce@1", "--format", "json")).stdout)["comments"]
    assert [(c["id"], c["body"]) for c in listed] == [(3, "期限过长")]


def test_undo_leaves_replaced_what_the_member_sent_again_since(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    rows, other = tmp_path / "acme.csv", tmp_path / "acme-2.csv"
    for path, reason in ((rows, "期限过长"), (rows, "期限过短"), (other, "期限过长\nacme,第十三条,,标准不明")):
        path.write_text(f"member,article,proposed_text,reason\nacme,第十六条,,{reason}\n", encoding="utf-8")
        _ok(run("comment", "import", str(path), "--draft", "ecommerce@1"))
    # reopening #1 would give the member's remark twice (#3, from the other file, says it): it stays replaced
    undo = run("import", "undo", "2")
    assert undo.output.startswith("undid import #2 (acme.csv into ecommerce@1): 1 comment(s) withdrawn, 0 reopened")
    assert _statuses(run) == [(4, "open"), (1, "superseded"), (2, "withdrawn"), (3, "open")]
    # the other file's import undone and restored: #1 (older, replaced) is no copy "imported again since"
    _ok(run("import", "undo", "3"))
    assert _ok(run("import", "restore", "3")).output.startswith("restored import #3 (acme-2.csv into ecommerce@1): 2 comment(s) back")
    assert _statuses(run) == [(4, "open"), (1, "superseded"), (2, "withdrawn"), (3, "open")]


def test_members_rename_merge_unmerge_and_remove(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    _ok(run("member", "add", "acme2", "--org", "ACME duplicate", "--group", "Pharma WG"))
    _propose(run, "acme2", ART16.replace("三十日", "六十日"), at="第十六条")
    removed = run("member", "remove", "acme2")
    assert (removed.exit_code, removed.stderr) == (1, ("Error: member 'acme2' has 1 comment(s), kept even when "
                                                      "withdrawn; merge the member into another first (`lawcomment "
                                                      "member merge acme2 OTHER`)\n"))  # fmt: skip
    merged = run("member", "merge", "acme2", "acme")
    assert merged.output == "merged member acme2 into acme: 1 comment(s) moved (undo: lawcomment member unmerge acme2)\n"
    assert [m["id"] for m in json.loads(_ok(run("member", "list", "--format", "json")).stdout)["members"]] == ["acme", "beta"]
    assert _changes(run, "16") == [("六十", "proposed", ["acme"])]
    assert _ok(run("member", "unmerge", "acme2")).output == "member acme2 is back with 1 comment(s)\n"
    assert _changes(run, "16") == [("六十", "proposed", ["acme2"])]
    assert _ok(run("member", "rename", "acme2", "acme-cn")).output == "renamed member acme2 to acme-cn\n"
    assert _changes(run, "16") == [("六十", "proposed", ["acme-cn"])]
    clash = run("member", "rename", "acme-cn", "beta")
    assert clash.stderr == ("Error: member 'beta' already exists; use `lawcomment member merge acme-cn beta` "
                            "to merge them\n")  # fmt: skip
    _ok(run("member", "add", "temp", "--org", "Temp Co"))
    assert _ok(run("member", "remove", "temp")).output == "removed member temp (Temp Co); the log keeps its details\n"
    assert "member.remove  member:temp  org=Temp Co" in run("log", "--object", "member:temp").output
    groups = json.loads(_ok(run("member", "list", "--group", "Auto WG", "--format", "json")).stdout)["members"]
    assert [m["id"] for m in groups] == ["beta"]


def test_draft_remove_is_refused_with_comments_and_force_archives(consultation, data: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _ok(run("draft", "add", str(data / "ecommerce-law.md"), "--name", "spare", "--version", "1"))
    assert _ok(run("draft", "remove", "spare@1")).output == "removed spare@1\n"
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    refused = run("draft", "remove", "ecommerce@1")
    assert (refused.exit_code, refused.stderr) == (1, ("Error: ecommerce@1 has 1 comment(s); pass --force to archive "
                                                      "it instead (reversible with `lawcomment draft restore "
                                                      "ecommerce@1`)\n"))  # fmt: skip
    archived = run("draft", "remove", "ecommerce@1", "--force")
    assert archived.output == "archived ecommerce@1 (restore: lawcomment draft restore ecommerce@1)\n"
    assert run("draft", "list").output == ""
    listed = json.loads(_ok(run("draft", "list", "--all", "--format", "json")).stdout)["drafts"]
    assert [(d["ref"], d["archived"] is not None) for d in listed] == [("ecommerce@1", True)]
    blocked = run("merge", "--draft", "ecommerce@1")
    assert blocked.exit_code == 1 and blocked.stderr.startswith("Error: ecommerce@1 was archived on ")
    assert _ok(run("draft", "restore", "ecommerce@1")).output == "restored ecommerce@1\n"
    assert len(_changes(run)) == 1


def test_bulk_decisions_by_member_group_and_article(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    _propose(run, "beta", ART13.replace("环境保护要求", "生态环境保护要求"))
    _propose(run, "acme", ART16.replace("三十日", "六十日"), at="第十六条")
    accepted = run("decide", "--draft", "ecommerce@1", "--accept-all", "--member", "acme", "--reason", "ok")
    assert accepted.output.splitlines() == [
        "decision #1: accepted c2 on 第十三条 (art_13)", "  inserting 「明确」",
        "decision #2: accepted c1 on 第十六条 (art_16)", "  「三十日」 → 「六十日」",
        "accepted 2 change(s) of acme in 2 unit(s); 0 already decided; 0 conflict(s) left to decide one by one",
    ]
    rejected = run("decide", "--draft", "ecommerce@1", "--reject-all", "--group", "Auto WG")
    assert rejected.output.splitlines()[-1] == ("rejected 1 change(s) of Auto WG in 1 unit(s); 0 already decided; "
                                                "0 conflict(s) left to decide one by one")  # fmt: skip
    assert [s for _, s, _ in _changes(run)] == ["rejected", "accepted"]
    by_article = run("decide", "--draft", "ecommerce@1", "--reject-all", "--article", "13")
    assert by_article.output == ("rejected 0 change(s) in 0 unit(s); 2 already decided; 0 conflict(s) left to decide "
                                 "one by one\n")  # fmt: skip
    unknown = run("decide", "--draft", "ecommerce@1", "--accept-all", "--group", "Nope")
    assert unknown.stderr == "Error: no working group 'Nope' (groups: Auto WG, Pharma WG)\n"
    bare = run("decide", "--draft", "ecommerce@1", "--accept-all")
    assert bare.stderr == "Error: a bulk decision needs --member, --group or --article\n"


def test_comment_list_filters(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    _ok(run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十六条", "--stance", "support"))
    _ok(run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十六条", "--reason", "为何三十日？",
            "--stance", "question"))

    def ids(*args: str) -> list[int]:
        out = json.loads(_ok(run("comment", "list", "--draft", "ecommerce@1", "--format", "json", *args)).stdout)
        return [c["id"] for c in out["comments"]]
    assert ids("--group", "Auto WG") == [2, 3]
    assert ids("--stance", "support", "--stance", "amend") == [1, 2]
    assert ids("--source", "cli", "--member", "beta") == [2, 3]
    assert ids("--article", "16") == [2, 3]
    _ok(run("comment", "withdraw", "3"))
    assert ids() == [1, 2] and ids("--status", "withdrawn") == [3] and ids("--all") == [1, 2, 3]
    full = _ok(run("comment", "list", "--draft", "ecommerce@1", "--full")).output
    assert ART13.replace("行政法规禁止", "行政法规明确禁止") in full
    assert ART13.replace("行政法规禁止", "行政法规明确禁止") not in _ok(run("comment", "list", "--draft", "ecommerce@1")).output


def test_an_edited_proposal_is_read_like_a_new_one(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    _ok(run("comment", "edit", "1", "--propose", "第十三条\u3000" + ART13.replace("行政法规禁止", "行政法规严格禁止")))
    c = json.loads(_ok(run("comment", "show", "1", "--format", "json")).stdout)
    assert c["proposed_text"] == ART13.replace("行政法规禁止", "行政法规严格禁止")
    assert _changes(run) == [("严格", "proposed", ["acme"])]
    bad = run("comment", "edit", "1", "--stance", "delete")
    assert (bad.exit_code, bad.stderr) == (1, "Error: comment #1 proposes a wording; a deletion takes none "
                                              "(add --no-proposal)\n")
    deleted = run("comment", "edit", "1", "--stance", "delete", "--no-proposal")
    assert deleted.output == "edited comment #1: proposal, stance changed (undo: lawcomment comment undo 1)\n"


def _csv(tmp_path: Path, name: str, rows: str) -> Path:
    path = tmp_path / name
    path.write_text("member,article,proposed_text,reason\n" + rows, encoding="utf-8")
    return path


def test_undoing_an_import_never_brings_back_what_a_later_file_replaced(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))  # #1
    a = _csv(tmp_path, "a.csv", f"acme,第十三条,{ART13.replace('行政法规禁止', '行政法规严格禁止')},a\n")
    b = _csv(tmp_path, "b.csv", f"acme,第十三条,{ART13.replace('行政法规禁止', '行政法规明令禁止')},b\n")
    _ok(run("comment", "import", str(a), "--draft", "ecommerce@1"))  # #2 replaces #1
    _ok(run("comment", "edit", "2", "--reason", "严格"))
    _ok(run("comment", "import", str(b), "--draft", "ecommerce@1"))  # #3 replaces #2
    undo = run("import", "undo", "1")
    assert undo.output.startswith("undid import #1 (a.csv into ecommerce@1): 1 comment(s) withdrawn, 0 reopened")
    assert _statuses(run) == [(1, "superseded"), (2, "withdrawn"), (3, "open")]
    unit = json.loads(_ok(run("merge", "--draft", "ecommerce@1", "--article", "13", "--format", "json")).stdout)["units"][0]
    assert unit["conflicts"] == [] and [c["new"] for c in unit["changes"]] == ["明令"]
    # comment undo cannot step back over the import's undo: that would reopen #2 beside #3
    refused = run("comment", "undo", "2")
    assert refused.stderr.startswith("Error: comment #2 changed since its last edit (import.undo on ")
    assert refused.stderr.endswith("restore its import first (`lawcomment import restore 1`)\n")
    assert _statuses(run) == [(1, "superseded"), (2, "withdrawn"), (3, "open")]


def test_restoring_an_import_imported_again_is_refused(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    a = _csv(tmp_path, "a.csv", "acme,第十三条,,请明确\nbeta,第十六条,,期限过长\n")
    _ok(run("comment", "import", str(a), "--draft", "ecommerce@1"))
    _ok(run("import", "undo", "1"))
    _ok(run("comment", "import", str(a), "--draft", "ecommerce@1"))
    refused = run("import", "restore", "1")
    assert (refused.exit_code, refused.stderr) == (1, "Error: import #1 (a.csv) was imported again since (comments #3, "
                                                      "#4); restoring it would double them. Undo that import instead, "
                                                      "then restore this one\n")  # fmt: skip
    assert sorted(_statuses(run)) == [(1, "withdrawn"), (2, "withdrawn"), (3, "open"), (4, "open")]


def test_restoring_an_import_imported_again_for_another_member_is_refused(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a trial: a batch imported for the wrong --member, undone and imported again for the right one; restoring the
    # first brought its comments back beside the second's, two members credited with the same rows
    run = consultation
    a = _csv(tmp_path, "a.csv", ",第十三条,,请明确\n,第十六条,,期限过长\n")  # (no member column filled: --member says)
    _ok(run("comment", "import", str(a), "--draft", "ecommerce@1", "--member", "acme"))
    _ok(run("import", "undo", "1"))
    _ok(run("comment", "import", str(a), "--draft", "ecommerce@1", "--member", "beta"))
    refused = run("import", "restore", "1")
    assert (refused.exit_code, refused.stderr) == (1, "Error: import #1 (a.csv) was imported again since for beta "
                                                      "(import #2); restoring it would double its comments. Undo "
                                                      "import #2 instead, then restore this one\n")  # fmt: skip
    assert sorted(_statuses(run)) == [(1, "withdrawn"), (2, "withdrawn"), (3, "open"), (4, "open")]
    _ok(run("import", "undo", "2"))
    _ok(run("import", "restore", "1"))  # the way back, as the message says
    assert sorted(_statuses(run)) == [(1, "open"), (2, "open"), (3, "withdrawn"), (4, "withdrawn")]


def test_undoing_an_import_reaches_the_copies_carried_to_the_next_reading(consultation, tmp_path: Path, data: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    a = _csv(tmp_path, "a.csv", "acme,第十三条,,请明确\n")
    _ok(run("comment", "import", str(a), "--draft", "ecommerce@1"))
    _ok(run("draft", "add", str(data / "ecommerce-law.md"), "--name", "ecommerce", "--version", "2", "--supersedes", "1"))
    undo = run("import", "undo", "1")
    # the file's one comment, and its copy in the next version, said apart (never "2 comment(s)")
    assert undo.output == ("undid import #1 (a.csv into ecommerce@1): 1 comment(s) withdrawn, and their 1 copy in "
                           "ecommerce@2, 0 reopened (restore: lawcomment import restore 1)\n")  # fmt: skip
    v2 = json.loads(_ok(run("comment", "list", "--draft", "ecommerce@2", "--all", "--format", "json")).stdout)
    assert [(c["origin"], c["status"]) for c in v2["comments"]] == [(1, "withdrawn")]
    assert _ok(run("import", "restore", "1")).output == ("restored import #1 (a.csv into ecommerce@1): 1 comment(s) "
                                                          "back, and their 1 copy in ecommerce@2, 0 superseded again\n")  # fmt: skip
    v2 = json.loads(_ok(run("comment", "list", "--draft", "ecommerce@2", "--format", "json")).stdout)
    assert [(c["origin"], c["status"]) for c in v2["comments"]] == [(1, "open")]
    # the old version archived, the new one still works
    _ok(run("draft", "remove", "ecommerce@1", "--force"))
    assert _ok(run("adoption", "--draft", "ecommerce@2")).output.startswith("proposals on ecommerce@1 against ecommerce@2:")
    assert _ok(run("merge", "--draft", "ecommerce@2")).exit_code == 0


def _replaced_before_the_next_reading(run, tmp_path: Path, data: Path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """acme's wording of 第十二条 (import #1), replaced by its later file (import #2), then the
    next reading: the first never carried. The two wordings."""
    wording = "电子商务经营者从事经营活动，依法需要取得相关行政许可的，应当及时取得行政许可。"
    _ok(run("comment", "import", str(_csv(tmp_path, "a.csv", f"acme,第十二条,{wording},及时\n")), "--draft", "ecommerce@1"))
    later = wording.replace("及时", "尽快")
    _ok(run("comment", "import", str(_csv(tmp_path, "b.csv", f"acme,第十二条,{later},尽快\n")), "--draft", "ecommerce@1"))
    _ok(run("draft", "add", str(data / "ecommerce-law.md"), "--name", "ecommerce", "--version", "2", "--supersedes", "1"))
    return wording, later


def test_a_comment_an_undone_import_reopens_is_in_the_next_reading_too(consultation, tmp_path: Path, data: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial) A wording superseded by a later file before the next reading came was
    never carried; undoing that file reopens it, on the next reading too, and restoring the file
    supersedes it there again."""
    run = consultation
    wording, later = _replaced_before_the_next_reading(run, tmp_path, data)
    undo = run("import", "undo", "2")
    assert undo.output == ("undid import #2 (b.csv into ecommerce@1): 1 comment(s) withdrawn, and their 1 copy in "
                           "ecommerce@2, 1 reopened (and 1 in ecommerce@2) (restore: lawcomment import restore 2)\n")  # fmt: skip

    def v2() -> list[tuple[int, str, str]]:
        listed = json.loads(_ok(run("comment", "list", "--draft", "ecommerce@2", "--all", "--format", "json")).stdout)
        return sorted((c["origin"], c["status"], c["proposed_text"]) for c in listed["comments"])

    assert v2() == [(1, "open", wording), (2, "withdrawn", later)]
    assert _ok(run("import", "restore", "2")).output == (
        "restored import #2 (b.csv into ecommerce@1): 1 comment(s) back, and their 1 copy in ecommerce@2, 1 superseded "
        "again (and 1 in ecommerce@2)\n")  # fmt: skip
    assert v2() == [(1, "superseded", wording), (2, "open", later)]
    _ok(run("import", "undo", "2"))  # and once more: its copy reopened, never carried twice
    assert v2() == [(1, "open", wording), (2, "withdrawn", later)]


def test_undoing_an_import_carries_nothing_else_of_the_old_version(consultation, tmp_path: Path, data: Path) -> None:  # type: ignore[no-untyped-def]
    """(a stranger's review) A remark added to the old version after the next reading came stays
    there until staff carry it; undoing an import carries only what it reopened."""
    run = consultation
    _replaced_before_the_next_reading(run, tmp_path, data)
    _ok(run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十三条", "--reason", "晚到的意见"))
    assert _ok(run("import", "undo", "2")).output.endswith("1 reopened (and 1 in ecommerce@2) (restore: lawcomment "
                                                           "import restore 2)\n")  # fmt: skip
    listed = json.loads(_ok(run("comment", "list", "--draft", "ecommerce@2", "--all", "--format", "json")).stdout)
    assert sorted(c["origin"] for c in listed["comments"]) == [1, 2]  # not the late remark (#4)


def test_an_edit_is_read_like_intake_one_paragraph_and_stance(consultation, data: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment import load_draft

    run = consultation
    art24 = load_draft(data / "ecommerce-law.md").find("art_24")
    assert art24 is not None
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第二十四条", "--stance", "question",
            "--reason", "期限？"))
    edited = run("comment", "edit", "1", "--propose", art24.children[1].text.replace("及时", "在七日内"))
    assert edited.stderr == ("warning: the proposal gives one 款 of 第二十四条 (2 款); anchored at 第二十四条第二款\n")
    c = json.loads(_ok(run("comment", "show", "1", "--format", "json")).stdout)
    assert (c["stance"], c["eid"]) == ("amend", "art_24__para_2")
    unit = json.loads(_ok(run("merge", "--draft", "ecommerce@1", "--article", "24", "--format", "json")).stdout)["units"][0]
    assert [(x["old"], x["new"]) for x in unit["changes"]] == [("及时", "在七日内")]
    # edited back to the draft's own wording of that 款: stored as given, and said to change nothing
    back = run("comment", "edit", "1", "--propose", art24.children[1].text)
    assert back.exit_code == 0 and back.stderr == (
        "warning: the proposal repeats the draft's wording of 第二十四条第二款 (art_24__para_2); it changes nothing "
        "(use --stance support to support the article as it is)\n")  # fmt: skip


def test_small_things_staff_meet(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    same = run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "13", "--propose", ART13)
    assert same.stderr == ("warning: the proposal repeats the draft's wording of 第十三条 (art_13); it changes nothing "
                           "(use --stance support to support the article as it is)\n")  # fmt: skip
    twice = run("comment", "withdraw", "1", "1")
    assert twice.output == "withdrew comment #1 (undo: lawcomment comment undo 1)\n"
    _ok(run("member", "add", "idle", "--org", "Idle Co"))
    nothing = run("member", "merge", "idle", "acme")
    assert nothing.stderr == ("Error: member 'idle' has no comments to merge; remove it instead "
                              "(`lawcomment member remove idle`)\n")  # fmt: skip
    events = json.loads(_ok(run("log", "--format", "json", "--object", "comment:1")).stdout)["events"]
    assert [e["action"] for e in events] == ["comment.add", "comment.withdraw"]


def test_a_comment_staff_withdrew_stays_withdrawn_when_its_file_comes_again(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A member's formal withdrawal (comment withdraw) is never undone by importing the same
    file again: the row is left withdrawn, said so, and `comment undo` brings it back. An
    import undone as a whole is another matter: its file imports again (see above)."""
    run = consultation
    a = _csv(tmp_path, "a.csv", "acme,第十三条,,请明确\nbeta,第十六条,,期限过长\n")
    _ok(run("comment", "import", str(a), "--draft", "ecommerce@1"))
    _ok(run("comment", "withdraw", "2", "--reason", "会员撤回"))
    again = run("comment", "import", str(a), "--draft", "ecommerce@1")
    assert again.output == (f"{a}: csv into ecommerce@1: 0 added, 1 already there, 0 superseded, 1 withdrawn before and "
                            "left so (#2: `lawcomment comment undo ID` brings one back)\n")  # fmt: skip
    assert _statuses(run) == [(1, "open"), (2, "withdrawn")]
    assert "withdrawn=[2]" in _ok(run("log", "--object", "import:2")).output  # the log says which it left so
    _ok(run("comment", "undo", "2"))
    assert _statuses(run) == [(1, "open"), (2, "open")]


def test_a_withdrawn_comment_goes_to_the_next_reading_as_history(consultation, tmp_path: Path, data: Path) -> None:  # type: ignore[no-untyped-def]
    """Carried to a new version that deletes its article, a withdrawn comment stays withdrawn:
    not orphaned, not listed as such, nowhere on the review page."""
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十六条", "--stance", "delete",
            "--reason", "删除"))  # fmt: skip
    _ok(run("comment", "withdraw", "1", "--reason", "会员撤回"))
    text = (data / "ecommerce-law.md").read_text(encoding="utf-8")
    start = text.index("第十六条")
    v2 = tmp_path / "v2.md"
    v2.write_text(text[:start] + text[text.index("第十七条"):], encoding="utf-8")
    carried = run("draft", "add", str(v2), "--name", "ecommerce", "--version", "2", "--supersedes", "1")
    assert carried.exit_code == 0, carried.output
    assert "orphaned #1" not in carried.output and ", 0 orphaned" in carried.output
    listed = json.loads(_ok(run("comment", "list", "--draft", "ecommerce@2", "--all", "--format", "json")).stdout)
    assert [(c["origin"], c["status"]) for c in listed["comments"]] == [(1, "withdrawn")]
    page = _ok(run("export", "--draft", "ecommerce@2", "--format", "html", "--all-articles")).stdout
    assert "#2" not in page and "已失效" not in page and "已撤回" not in page


def test_show_says_a_comment_is_forwarded_and_where_an_orphan_on_no_unit_was_written(consultation, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十六条", "--stance", "comment",
            "--reason", "期限过长。"))  # fmt: skip
    assert not any(line.startswith("  forwarded:") for line in _ok(run("comment", "show", "1")).output.splitlines())
    _ok(run("comment", "forward", "1"))
    assert ("  forwarded: its reason prints in the submission (`comment forward --undo` keeps it internal)"
            in _ok(run("comment", "show", "1")).output.splitlines())
    text = (data / "ecommerce-law.md").read_text(encoding="utf-8")
    v2 = tmp_path / "v2.md"
    v2.write_text(text.replace("第十六条 " + ART16 + "\n", ""), encoding="utf-8")
    _ok(run("draft", "add", str(v2), "--name", "ecommerce", "--version", "2", "--supersedes", "1"))
    (c,) = json.loads(_ok(run("comment", "list", "--draft", "ecommerce@2", "--all", "--format", "json")).stdout)["comments"]
    assert c["status"] == "orphaned"
    shown = _ok(run("comment", "show", str(c["id"]))).output.splitlines()
    # cited by its unit of the reading it was written on, as every output cites an orphan (the web app did; this said
    # only "no unit")
    assert shown[0] == (f"comment #{c['id']} on ecommerce@2, 第一稿（v1）的第十六条 (art_16 of ecommerce@1; on no unit of "
                        "this reading: see its status)")  # fmt: skip


def test_two_decisions_in_one_command_are_refused_naming_the_article(consultation) -> None:  # type: ignore[no-untyped-def]
    _propose(consultation, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    both = consultation("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1", "--text", "甲。",
                        "--committee-reason", "理由。")  # fmt: skip
    refused = ("Error: one decision per command: give one of --text or --undo, or changes to --accept, --reject and "
               "--choose for 第十三条 (several at once: --accept c1,c2 --reject c3); nothing was recorded (the committee "
               "reason was not saved either)\n")
    assert (both.exit_code, both.stderr) == (1, refused)
    assert "理由。" not in consultation("merge", "--draft", "ecommerce@1", "--article", "第十三条").output


@pytest.mark.parametrize(("extra", "head"), [((), "nothing to decide"), (("--reason", "备注"), "--reason is kept with a decision")])
def test_decide_with_nothing_to_decide_is_refused(consultation, extra: tuple[str, ...], head: str) -> None:  # type: ignore[no-untyped-def]
    # a trial's `decide --article 第四十二条 --reason 备注` printed nothing and exited 0: a note it thought recorded
    _propose(consultation, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    nothing = consultation("decide", "--draft", "ecommerce@1", "--article", "第十三条", *extra)
    assert (nothing.exit_code, nothing.stdout, nothing.stderr) == (1, "", (
        f"Error: {head}: give --accept, --reject, --choose, --text, --undo or --committee-reason (`lawcomment merge "
        "--draft ecommerce@1 --article 第十三条` lists the article's changes c1…, conflicts x1… and new units n1…); "
        "nothing was recorded\n"))  # fmt: skip
    assert "decision." not in consultation("log").output


def test_changes_accepted_and_rejected_in_one_command(consultation) -> None:  # type: ignore[no-untyped-def]
    # a trial: --accept c1 --reject c2 was refused (one decision per command), an everyday review in two runs
    _propose(consultation, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止").replace("应当符合", "应当依法符合"))
    # a change that does not exist: nothing recorded, the first one neither
    missing = consultation("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1", "--reject", "c9")
    assert missing.exit_code == 1 and "has no change 'c9'" in missing.stderr
    assert "decision #" not in consultation("merge", "--draft", "ecommerce@1", "--article", "第十三条").stdout
    both = consultation("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1", "--reject", "c2",
                        "--committee-reason", "依法即可。")  # fmt: skip
    assert both.exit_code == 0, both.output
    lines = both.stdout.splitlines()
    assert "decision #1: accepted c1 on 第十三条 (art_13)" in lines and "decision #2: rejected c2 on 第十三条 (art_13)" in lines, lines
    merged = consultation("merge", "--draft", "ecommerce@1", "--article", "第十三条").stdout
    assert "应当{+依法+}符合" in merged and "c2  rejected" in merged, merged


def test_the_log_gives_each_event_one_line(consultation) -> None:  # type: ignore[no-untyped-def]
    # a wording of an article of two 款 holds a line break: the log's line was broken in two
    art11 = ("电子商务经营者应当依法履行纳税义务，并依法享受税收优惠。\n依照前条规定不需要办理市场主体登记的电子商务经营者"
             "在首次纳税义务发生后，应当依照税收征收管理法律、行政法规的规定申请办理税务登记，并如实申报纳税。")  # fmt: skip
    _propose(consultation, "acme", art11.replace("依法享受", "依法平等享受"), at="第十一条")
    events = consultation("log", "--object", "comment:1").stdout.splitlines()
    assert [e.split("  ")[2] for e in events] == ["comment.add"]
    _ok(consultation("comment", "edit", "1", "--propose", art11))
    edit = consultation("log", "--object", "comment:1").stdout.splitlines()[-1]
    assert edit.split("  ")[2] == "comment.edit" and "依法享受税收优惠。\\n依照前条规定" in edit, edit
    detail = json.loads(consultation("log", "--format", "json", "--object", "comment:1").stdout)["events"][-1]["detail"]
    assert "依法享受税收优惠。\n依照前条规定" in detail["proposed_text"]


def test_the_log_says_what_an_edit_took_away(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "13", "--propose",
            ART13.replace("安全", "健康安全"), "--reason", "补充"))  # fmt: skip
    _ok(run("comment", "edit", "1", "--stance", "support", "--no-proposal", "--reason", ""))
    line = _ok(run("log", "--object", "comment:1")).stdout.splitlines()[-1]
    assert line.endswith('comment.edit  comment:1  body="", proposed_text=(none), stance=support'), line


def test_the_association_is_named_once_for_the_store(tmp_path: Path) -> None:
    """``init --association`` (or ``store association NAME``) names who submits: every export
    signs with it and its changes are authored by it; ``export --association`` overrides it for
    one export; ``store association ""`` unsets it."""
    from click.testing import CliRunner

    from lawcomment.cli import cli

    db = str(tmp_path / "a.db")

    def run(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(cli, ["--db", db, *args])

    made = run("init", "--association", "中国外商投资企业协会  法律委员会")
    assert made.output.splitlines()[-1] == "submissions are signed by 中国外商投资企业协会 法律委员会"
    assert run("store", "association").output == "中国外商投资企业协会 法律委员会\n"
    assert run("draft", "add", str(Path(__file__).parent / "data" / "ecommerce-law.md"), "--name", "e",
               "--version", "1").exit_code == 0  # fmt: skip
    md = run("export", "--draft", "e@1", "--format", "md").stdout
    assert "\n中国外商投资企业协会 法律委员会  \n" in md  # the 落款
    other = run("export", "--draft", "e@1", "--format", "md", "--association", "某商会").stdout
    assert "某商会  \n" in other and "中国外商投资企业协会" not in other
    assert run("store", "association", "").output == "no association named\n"
    assert run("store", "association").output.startswith("no association named (export signs with the date alone")
    assert "中国外商投资企业协会" not in run("export", "--draft", "e@1", "--format", "md").stdout


def test_the_command_line_cites_a_item_of_a_one_kuan_article_as_the_law_does(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    law = tmp_path / "law.md"
    law.write_text("示例法\n第一条　为了规范示例活动，制定本法。\n第二条　经营者应当遵守下列规定：\n（一）依法登记；\n（二）公示信息。\n"
                   "第三条　本法自公布之日起施行。\n", encoding="utf-8")  # fmt: skip
    db = str(tmp_path / "lc.db")

    def run(*args: str):  # type: ignore[no-untyped-def]
        return _ok(runner.invoke(cli, ["--db", db, *args]))

    run("init")
    run("draft", "add", str(law), "--name", "law", "--version", "1")
    run("member", "add", "acme")
    added = run("comment", "add", "--member", "acme", "--draft", "law@1", "--at", "第二条第二项", "--propose", "依法公示信息。")
    assert added.output == "added comment #1 by acme on 第二条第二项 (art_2__para_1__item_2) (amend)\n"
    listed = run("comment", "list", "--draft", "law@1").output.splitlines()
    assert listed[1].split()[:2] == ["#1", "第二条第二项"]
    assert run("comment", "show", "1").output.splitlines()[0] == "comment #1 on law@1, 第二条第二项 (art_2__para_1__item_2)"
    tracked = run("export", "--draft", "law@1", "--format", "csv").stdout_bytes.decode("utf-8-sig").splitlines()
    assert tracked[1].split(",")[1] == "第二条第二项"  # the same citation as the tracking sheet's


def test_a_row_moved_down_by_a_row_added_above_it_stays_the_same_comment(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    rows = tmp_path / "acme.csv"
    wording = ART13.replace("行政法规禁止", "行政法规明确禁止")
    rows.write_text(f"member,article,proposed_text,reason\nacme,第十三条,{wording},明确\n", encoding="utf-8")
    assert _ok(run("comment", "import", str(rows), "--draft", "ecommerce@1")).output.endswith("1 added, 0 already there, "
                                                                                            "0 superseded\n")  # fmt: skip
    # the member adds a remark above it: the wording, now row 3, is the comment it was (never lost, never doubled)
    rows.write_text(f"member,article,proposed_text,reason\nacme,第十六条,,期限过长\nacme,第十三条,{wording},明确\n",
                    encoding="utf-8")  # fmt: skip
    for said in ("1 added, 1 already there, 0 superseded, 1 found at another row of the file than before (#1: the "
                 "same comment, its place updated)\n", "0 added, 2 already there, 0 superseded\n"):
        assert _ok(run("comment", "import", str(rows), "--draft", "ecommerce@1")).output.endswith(said)
    assert _statuses(run) == [(1, "open"), (2, "open")]
    assert _changes(run) == [("明确", "proposed", ["acme"])]


def test_a_moved_row_is_found_where_it_now_stands_by_the_files_next_version(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    rows = tmp_path / "acme.csv"

    def send(*remarks: str) -> str:
        rows.write_text("member,article,reason\n" + "".join(f"acme,第十六条,{r}\n" for r in remarks), encoding="utf-8")
        return _ok(run("comment", "import", str(rows), "--draft", "ecommerce@1")).output

    send("R1")
    assert send("R2", "R1").endswith("1 added, 1 already there, 0 superseded, 1 found at another row of the file than "
                                     "before (#1: the same comment, its place updated)\n")  # R1 moved to row 3
    # the third version changes the new row 2: R2 is replaced, R1 stands where it now is
    assert send("R3", "R1").endswith("1 added, 1 already there, 1 superseded\n")
    listed = json.loads(_ok(run("comment", "list", "--draft", "ecommerce@1", "--format", "json")).stdout)["comments"]
    assert sorted((c["body"], c["source"]["position"]) for c in listed) == [("R1", "row 3"), ("R3", "row 2")]
    assert "comment.move  comment:1" in _ok(run("log", "--object", "comment:1")).output


def test_a_withdrawn_wording_does_not_come_back_beside_the_members_newer_one(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    _ok(run("comment", "withdraw", "1"))
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规严格禁止"))
    back = run("comment", "undo", "1")
    assert (back.exit_code, back.stderr) == (1, "Error: comment #1 is acme's wording of art_13, which has another one "
                                                "now (#2); bringing it back would give the member two. Withdraw #2 "
                                                "first, or keep #1 withdrawn\n")  # fmt: skip
    _ok(run("comment", "withdraw", "2"))
    assert _ok(run("comment", "undo", "1")).output.startswith("comment #1 is back")
    assert _statuses(run) == [(1, "open"), (2, "withdrawn")]


def test_undoing_and_restoring_a_later_import_leaves_an_undone_imports_comments_withdrawn(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """会计法 (a trial): a sheet imported for the wrong member, then the member's corrected sheet
    replacing two of its rows; the first import undone. Undoing and restoring the second one
    says what it does: the first one's comments stay withdrawn, neither reopened nor superseded."""
    run = consultation
    first, second = tmp_path / "sheet.csv", tmp_path / "sheet2.csv"
    first.write_text("member,article,proposed_text,reason\n"
                     f"acme,第十三条,{ART13.replace('行政法规禁止', '行政法规明确禁止')},明确\n"
                     "acme,第十六条,,期限过长\n", encoding="utf-8")  # fmt: skip
    second.write_text("member,article,proposed_text,reason\n"
                      f"acme,第十三条,{ART13.replace('行政法规禁止', '行政法规严格禁止')},严格\n", encoding="utf-8")  # fmt: skip
    _ok(run("comment", "import", str(first), "--draft", "ecommerce@1"))
    assert _ok(run("comment", "import", str(second), "--draft", "ecommerce@1")).output.endswith("1 superseded\n")
    _ok(run("import", "undo", "1"))
    assert sorted(_statuses(run)) == [(1, "withdrawn"), (2, "withdrawn"), (3, "open")]
    undo = run("import", "undo", "2")
    assert undo.output == ("undid import #2 (sheet2.csv into ecommerce@1): 1 comment(s) withdrawn, 0 reopened "
                           "(restore: lawcomment import restore 2)\n")  # fmt: skip
    restore = run("import", "restore", "2")
    assert restore.output == "restored import #2 (sheet2.csv into ecommerce@1): 1 comment(s) back, 0 superseded again\n"
    assert sorted(_statuses(run)) == [(1, "withdrawn"), (2, "withdrawn"), (3, "open")]
    assert _ok(run("import", "undo", "2")).output.endswith(": 1 comment(s) withdrawn, 0 reopened (restore: lawcomment import restore 2)\n")


def test_rejecting_every_proposal_of_an_article_keeps_the_draft_in_its_conflicts(consultation) -> None:  # type: ignore[no-untyped-def]
    # a volume trial: 200 members supported an article as it stands, and staff kept the draft in each of its
    # conflicts by hand (--choose x1:0,…,x7:0); by member or group, a conflict is still left: others' wordings
    run = consultation
    _propose(run, "acme", ART16.replace("三十日", "六十日"), at="第十六条")
    _propose(run, "beta", ART16.replace("三十日", "九十日"), at="第十六条")
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    by_member = run("decide", "--draft", "ecommerce@1", "--reject-all", "--member", "beta")
    assert by_member.output.splitlines()[-1].endswith("1 conflict(s) left to decide one by one: x1 of art_16")
    rejected = run("decide", "--draft", "ecommerce@1", "--reject-all", "--article", "第十六条", "--reason", "维持原文")
    assert rejected.output.splitlines() == [
        "decision #1: chose x1:0 on 第十六条 (art_16)", "  kept the draft's wording 「三十日」",
        "rejected 0 change(s) and kept the draft's wording in 1 conflict(s) in 1 unit(s); 0 already decided; 0 conflict(s) "
        "left to decide one by one"]  # fmt: skip
    unit = json.loads(_ok(run("merge", "--draft", "ecommerce@1", "--article", "第十六条", "--format", "json")).stdout)["units"][0]
    assert unit["submitted"] == unit["base"] and unit["unresolved"] == 0
    assert len(_changes(run)) == 1  # (第十三条's change: another article's, left as it was)


def test_a_remark_on_the_whole_draft_is_edited_and_moved_as_at_intake(consultation) -> None:  # type: ignore[no-untyped-def]
    # a review: comment edit gave a whole-draft remark a wording (an amend on no unit, which no merge showed),
    # and could not move a remark to 全文
    run = consultation
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "全文", "--reason", "总体支持").exit_code == 0
    refused = run("comment", "edit", "1", "--propose", "新的文字。")
    assert (refused.exit_code, refused.stderr) == (1, (
        "Error: comment #1: a comment on the whole draft is a remark, support or opposition: a wording, a deletion or "
        "a new provision names the article it is about (第十二条, Article 12)\n"))  # fmt: skip
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十条", "--reason", "宜细化").exit_code == 0
    moved = run("comment", "edit", "2", "--at", "（全文）")
    assert moved.exit_code == 0, moved.output
    (c,) = [c for c in json.loads(run("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
            if c["id"] == 2]  # fmt: skip
    assert (c["eid"], c["status"], c["body"]) == (None, "open", "宜细化")


_AD_WORDING = ("医疗、药品、医疗器械广告不得含有下列内容：\n（一）表示功效、安全性的断言或者保证；\n（二）说明治愈率或者有效率。\n"
               "药品广告的内容不得与经批准的说明书不一致。")  # fmt: skip


def _ad_law(run, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A law whose 第二条 has a 款 with 项 and a 款 after it, stored as ad@1: ``run``."""
    law = tmp_path / "ad.md"
    law.write_text("# 示例法\n\n第一条 为了规范示例活动，制定本法。\n\n第二条 医疗、药品、医疗器械广告不得含有下列内容：\n\n"
                   "（一）表示功效、安全性的断言或者保证；\n\n（二）说明治愈率或者有效率。\n\n药品广告的内容不得与说明书不一致。\n",
                   encoding="utf-8")  # fmt: skip
    assert run("draft", "add", str(law), "--name", "ad", "--version", "1").exit_code == 0
    return run


def test_a_whole_article_s_wording_moved_onto_one_of_its_kuan_stays_on_the_article(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 广告法) `comment edit N --at 第二条第二款` of a wording of the whole article was
    taken: the merge put the first 款 and its 项 in a second time. The whole article stays the article's."""
    run = _ad_law(consultation, tmp_path)
    wording = _AD_WORDING
    assert run("comment", "add", "--member", "acme", "--draft", "ad@1", "--at", "第二条", "--propose", wording).exit_code == 0
    moved = run("comment", "edit", "1", "--at", "第二条第二款")
    assert moved.exit_code == 1
    assert moved.output == ("Error: comment #1 gives the whole of 第二条 (art_2), every 款 of it: it stays on the article (to "
                            "comment on one 款, give that 款's wording with --propose as well)\n")  # fmt: skip
    (unit,) = json.loads(run("merge", "--draft", "ad@1", "--article", "2", "--format", "json").stdout)["units"]
    assert [(c["old"], c["new"]) for c in unit["changes"]] == [("", "经批准的")]


def test_a_whole_article_given_for_one_of_its_kuan_is_the_article_s(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 广告法) A member's copy of the whole article filed under one of its 款, typed or
    in a CSV row, was stored at the 款: the merge put the article's other 款 and 项 in a second time."""
    run = _ad_law(consultation, tmp_path)
    wording = _AD_WORDING
    said = ("the wording given for 第二条第二款 (art_2__para_2) is the whole of 第二条 (art_2), every 款 of it: anchored at "
            "the article")  # fmt: skip
    typed = run("comment", "add", "--member", "acme", "--draft", "ad@1", "--at", "第二条第二款", "--propose", wording)
    assert typed.exit_code == 0 and typed.stdout == "added comment #1 by acme on 第二条 (art_2) (amend)\n", typed.output
    assert f"warning: {said}" in typed.stderr.splitlines()
    rows = tmp_path / "c.csv"
    rows.write_text('member,article,proposed_text\nbeta,第二条第二款,"' + wording + '"\n', encoding="utf-8")
    imported = run("comment", "import", str(rows), "--draft", "ad@1")
    assert imported.exit_code == 0 and f"warning: {rows}: row 2: {said}" in imported.stderr.splitlines(), imported.stderr
    (unit,) = json.loads(run("merge", "--draft", "ad@1", "--article", "2", "--format", "json").stdout)["units"]
    assert [(c["old"], c["new"], len(c["supporters"])) for c in unit["changes"]] == [("", "经批准的", 2)]


def test_a_replaced_wording_comes_back_when_the_one_replacing_it_moves_away(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file's wording that replaced the member's proposal is named at import, with the committee's
    decision that no longer applies; moved to another article with `comment edit --at`, it gives the
    proposal back (a trial's late row stayed filed where it replaced one, and moving it left the
    proposal out of every merge); undone, it replaces it again; and `comment undo` of the replaced
    proposal says what replaced it and what brings it back."""
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1"))
    rows = tmp_path / "acme.csv"
    rows.write_text(f"member,article,proposed_text\nacme,第十三条,{ART13.replace('法律、行政法规', '法律')}\n", encoding="utf-8")
    result = _ok(run("comment", "import", str(rows), "--draft", "ecommerce@1"))
    assert result.stdout == f"{rows}: csv into ecommerce@1: 1 added, 0 already there, 1 superseded\n"
    assert result.stderr == (f"warning: {rows}: #2 replaces #1 (acme) on 第十三条 (art_13)\n"
                             f"warning: {rows}: the committee's decision(s) #1 on 第十三条 (art_13) no longer apply with #1 "
                             "replaced: the merge ignores them (`lawcomment import undo 1` brings #1 back)\n")  # fmt: skip
    undo = run("comment", "undo", "1")
    assert (undo.exit_code, undo.stderr) == (1, (
        "Error: comment #1 was replaced by #2 (acme's, on 第十三条 (art_13), from acme.csv (import #1)), not edited or "
        "withdrawn: nothing to undo on it; to bring it back, undo that import (`lawcomment import undo 1`: the whole "
        "file), or withdraw #2 (`lawcomment comment withdraw 2`), then undo this one, or move #2 to the unit it belongs "
        "to (`lawcomment "
        "comment edit 2 --at …`)\n"))  # fmt: skip
    moved = _ok(run("comment", "edit", "2", "--at", "第七十五条"))  # (its change made there: 「法律、行政法规禁止」 it has too)
    assert moved.stderr.splitlines()[-2:] == [
        "warning: #1 (acme) is back on 第十三条 (art_13): #2, which had replaced it, is no longer acme's wording of it",
        "warning: the committee's decision(s) #1 on 第十三条 (art_13) apply again with #2 moved"]  # fmt: skip
    assert _statuses(run) == [(1, "open"), (2, "open")]
    back = _ok(run("comment", "undo", "2"))
    assert back.stdout == ("comment #2 is back as it was before its last change (status open)\n"
                           "  #1 (acme) on 第十三条 (art_13) is replaced by #2 again\n"
                           "  the committee's decision(s) #1 on 第十三条 (art_13) no longer apply with #2 back as it was: "
                           "the merge ignores them (decide again, or `lawcomment comment undo 2` makes the change again)\n")
    assert _statuses(run) == [(1, "superseded"), (2, "open")]


@pytest.mark.parametrize(("args", "shown"), [
    (("--article", "第十一条"), "# 第十一条 (art_11) of ecommerce@1\n第十一条\u3000电子商务经营者应当依法履行纳税义务，并依法享受税收优惠。\n"
     "依照前条规定不需要办理市场主体登记的电子商务经营者在首次纳税义务发生后，应当依照税收征收管理法律、行政法规的规定申请办理"
     "税务登记，并如实申报纳税。\n"),
    (("--article", "第十一条第二款"), "# 第十一条第二款 (art_11__para_2) of ecommerce@1\n依照前条规定不需要办理市场主体登记的电子商务"
     "经营者在首次纳税义务发生后，应当依照税收征收管理法律、行政法规的规定申请办理税务登记，并如实申报纳税。\n"),
    (("--article", "第七十六条第一款第一项"), "# 第七十六条第一款第一项 (art_76__para_1__item_1) of ecommerce@1\n（一）未在首页显著位置"
     "公示营业执照信息、行政许可信息、属于不需要办理市场主体登记情形等信息，或者上述信息的链接标识的；\n"),
])  # fmt: skip
def test_draft_show_prints_a_unit_as_the_law_does(consultation, args: tuple[str, ...], shown: str) -> None:  # type: ignore[no-untyped-def]
    # a trial had no way to read a stored draft's text but `split --format json` of its file
    assert _ok(consultation("draft", "show", "ecommerce@1", *args)).stdout == shown


def test_draft_show_prints_the_whole_draft_and_refuses_what_is_not_there(consultation, data: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment import load_draft
    from lawcomment.drafts import draft_to_dict, render_markdown

    whole = _ok(consultation("draft", "show", "ecommerce@1")).stdout
    assert whole == render_markdown(load_draft(data / "ecommerce-law.md"))
    assert "## 第一章 总则" in whole and "第一条 为了保障电子商务各方主体的合法权益" in whole
    document = json.loads(_ok(consultation("draft", "show", "ecommerce@1", "--format", "json")).stdout)
    assert document["schema"] == "lawcomment.draft/1"
    assert document["units"] == draft_to_dict(load_draft(data / "ecommerce-law.md"))["units"]
    unit = json.loads(_ok(consultation("draft", "show", "ecommerce@1", "--article", "11", "--format", "json")).stdout)
    assert (unit["eid"], [c["eid"] for c in unit["children"]]) == ("art_11", ["art_11__para_1", "art_11__para_2"])
    missing = consultation("draft", "show", "ecommerce@1", "--article", "第九百条")
    assert (missing.exit_code, missing.stderr) == (1, "Error: ecommerce@1 has no 第九百条 (art_900); nearest: 第八十九条 "
                                                      "(art_89), 第八十八条 (art_88), 第八十七条 (art_87)\n")  # fmt: skip
    english = consultation("draft", "show", "ecommerce@1", "--lang", "en")
    assert (english.exit_code, english.stderr) == (1, "Error: ecommerce@1 has no en translation (add one with `lawcomment "
                                                      "draft add FILE --name ecommerce --version 1 --translation "
                                                      "TRANSLATION`)\n")  # fmt: skip
    assert consultation("draft", "show", "nosuch@1").exit_code == 1


def test_staff_resolve_a_members_question_and_reopen_it(consultation) -> None:  # type: ignore[no-untyped-def]
    """A question answered (an objection weighed) is resolved, with the answer kept: out of staff's open
    work, still in the merge; undo or --reopen opens it again; a wording is decided, never resolved; a
    command naming one that cannot be resolved resolves none (a trial: questions stayed open for good)."""
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十六条", "--stance", "question",
            "--reason", "三十日是否包括节假日？"))  # fmt: skip
    _propose(run, "beta", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    refused = run("comment", "resolve", "1", "2")
    assert (refused.exit_code, refused.stderr) == (1, (
        "Error: comment #2 proposes a wording: the committee decides it (`lawcomment decide --draft ecommerce@1 "
        "--article 第十三条 --accept … | --reject …`), it is not resolved\n"))  # fmt: skip
    assert sorted(_statuses(run)) == [(1, "open"), (2, "open")]  # neither: all of them, or none
    done = _ok(run("comment", "resolve", "1", "--answer", "  已电话答复：\n按自然日计算。 "))
    assert done.stdout == "resolved comment #1 (answer kept) (undo: lawcomment comment undo 1)\n"
    shown = json.loads(_ok(run("comment", "show", "1", "--format", "json")).stdout)
    assert (shown["status"], shown["note"]) == ("resolved", "answer: 已电话答复： 按自然日计算。")
    assert "question 1" in _ok(run("merge", "--draft", "ecommerce@1", "--article", "第十六条")).stdout  # still counted
    again = run("comment", "resolve", "1")
    assert (again.exit_code, again.stderr) == (1, "Error: comment #1 is already resolved\n")
    assert _ok(run("comment", "undo", "1")).stdout == "comment #1 is back as it was before its last change (status open)\n"
    assert json.loads(_ok(run("comment", "show", "1", "--format", "json")).stdout)["note"] == ""
    _ok(run("comment", "resolve", "1"))
    assert _ok(run("comment", "resolve", "1", "--reopen")).stdout == "comment #1 is open again\n"
    closed = run("comment", "resolve", "1", "--reopen")
    assert (closed.exit_code, closed.stderr) == (1, "Error: comment #1 is open, not resolved: nothing to reopen\n")
    assert "comment.resolve  comment:1" in run("log", "--object", "comment:1").stdout
    both = run("comment", "resolve", "1", "--reopen", "--answer", "x")
    assert (both.exit_code, both.stderr) == (1, "Error: --reopen takes no --answer (the answer goes when it is open "
                                                "again); nothing changed\n")  # fmt: skip


def test_a_resolved_questions_answer_goes_to_the_next_reading(consultation, data: Path) -> None:  # type: ignore[no-untyped-def]
    # a review: the carry wrote a note of its own, and the member read 已处理 with no answer on the next reading
    from lawcomment.consultation import answer_of

    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十六条", "--stance", "question",
            "--reason", "三十日是否包括节假日？"))  # fmt: skip
    _ok(run("comment", "resolve", "1", "--answer", "按自然日计算; answer: 含节假日。"))
    _ok(run("draft", "add", str(data / "ecommerce-law.md"), "--name", "ecommerce", "--version", "2", "--supersedes", "1"))
    with open_store(run.db) as store:
        (carried,) = store.comments("ecommerce@2")
        assert (carried.status.value, answer_of(carried)) == ("resolved", "按自然日计算; answer: 含节假日。")
        assert carried.note.startswith("第十六条 (art_16) → 第十六条 (art_16)")
    _ok(run("comment", "resolve", str(carried.id), "--reopen"))
    with open_store(run.db) as store:
        assert store.get_comment(carried.id).note == "第十六条 (art_16) → 第十六条 (art_16)"


def test_an_import_names_only_the_decisions_it_leaves(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a review: an import replacing a comment named every decision the merge ignored on its article, those
    # an earlier edit had left too, as if the import had
    run = consultation
    _propose(run, "acme", ART13.replace("行政法规禁止", "行政法规明确禁止"))
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1"))
    edited = _ok(run("comment", "edit", "1", "--propose", ART13.replace("行政法规禁止", "行政法规严格禁止")))
    assert "decision(s) #1 on 第十三条 (art_13) no longer apply with #1 edited" in edited.stderr
    rows = tmp_path / "acme.csv"
    rows.write_text(f"member,article,proposed_text\nacme,第十三条,{ART13.replace('法律、行政法规', '法律')}\n", encoding="utf-8")
    imported = _ok(run("comment", "import", str(rows), "--draft", "ecommerce@1"))
    assert imported.stderr == f"warning: {rows}: #2 replaces #1 (acme) on 第十三条 (art_13)\n"
