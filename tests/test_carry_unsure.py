"""A decision carried to a place the alignment is unsure of is held there, out of the submission, until staff
confirm it (`decide --confirm N`) or decide again; a proposal on an article the next reading deleted is orphaned,
never re-based onto another article, and the adoption report says the article was deleted (H.R. 2157, a trial:
the committee's choice on SEC. 501, FEMA's federal share, printed as a tracked change in SEC. 1207, flood insurance)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.bill_texts import ENROLLED, INTRODUCED
from tests.test_carry import _FOOD_ASKED, _FOOD_V1, _FOOD_V2, _two_readings

HELD = ("decision #2 (accept 「依法人工繁育的水生野生动物除外。」) was carried onto 第二条, but 第二条 (art_2) → 第二条 (art_2) "
        "is unsure (similarity 0.49): it does not go out until staff confirm it (`lawcomment decide --confirm 2`) or "
        "decide again")  # fmt: skip


def _unsure_carry(run, tmp_path: Path):  # type: ignore[no-untyped-def]
    """w@1, acme's 但书 on 第二条第一款 accepted with a committee reason, then w@2 rewriting 第二条 (paired with
    the old one, unsure: similarity 0.49): the second ``draft add``'s result."""
    v1, v2 = _two_readings(tmp_path, _FOOD_V1, _FOOD_V2)
    assert run("draft", "add", str(v1), "--name", "w", "--version", "1").exit_code == 0
    kuan = _FOOD_V1.split("第二条 ")[1].split("\n")[0]
    assert run("comment", "add", "--member", "acme", "--draft", "w@1", "--at", "第二条第一款", "--propose",
               kuan + _FOOD_ASKED).exit_code == 0  # fmt: skip
    result = run("decide", "--draft", "w@1", "--article", "第二条", "--accept", "c1", "--committee-reason", "人工繁育的不应禁止")
    assert result.exit_code == 0, result.output
    result = run("draft", "add", str(v2), "--name", "w", "--version", "2", "--supersedes", "1")
    assert result.exit_code == 0, result.output
    return result


def test_a_decision_carried_to_an_unsure_place_is_held_until_staff_confirm_it(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    result = _unsure_carry(run, tmp_path)
    assert ("warning: 1 decision(s) carried onto an article whose new place is unsure: held there, they do not go out "
            "in the submission until staff confirm them or decide again\n"
            "  decision #1 (accept 「依法人工繁育的水生野生动物除外。」 on 第二条 (art_2)) → decision #2 of w@2: 第二条 (art_2) → "
            "第二条 (art_2) is unsure (similarity 0.49); confirm it with `lawcomment decide --confirm 2`\n") in result.stderr
    # its reason would go out alone, arguing for a change that does not: left behind until the decision is confirmed
    assert ("carried 0 committee reason(s); 1 left behind: their decisions wait at an unsure place (confirming them "
            "gives them back)\n"
            "  reason on 第二条 (art_2) of w@1 left behind: its decisions were carried to 第二条 (art_2), whose place is "
            "unsure, and wait for staff to confirm them; confirming them gives it back there (or give another: "
            "`lawcomment decide --draft w@2 --article art_2 --committee-reason \"…\"`)\n") in result.stdout, result.stdout
    assert "人工繁育的不应禁止" not in run("export", "--draft", "w@2", "--format", "md").stdout
    merged = run("merge", "--draft", "w@2").stdout
    assert "  c1  proposed                {+依法人工繁育的水生野生动物除外。+}  [acme]" in merged, merged
    assert f"  warning: {HELD}\n" in merged and "1 stale decision(s)" in merged
    exported = run("export", "--draft", "w@2", "--format", "md")
    assert exported.exit_code == 0 and _FOOD_ASKED not in exported.stdout, exported.stdout
    assert f"warning: {HELD}\n" in exported.stderr
    (row,) = [r for r in json.loads(run("export", "--draft", "w@2", "--format", "json").stdout)["positions"]
              if r["eid"] == "art_2"]  # fmt: skip
    assert row["stale"] == [HELD]

    confirmed = run("decide", "--confirm", "2")
    assert confirmed.exit_code == 0, confirmed.output
    assert confirmed.stdout == ("confirmed decision #2 as decision #3 (accept 「依法人工繁育的水生野生动物除外。」 on 第二条 "
                                "(art_2)): it goes out in the submission\n"
                                "the committee reason on 第二条 (art_2), left behind while its decisions waited, given "
                                "back: 「人工繁育的不应禁止」\n")  # fmt: skip
    # the reason goes out with the change it argues for, as it would have without the carry's doubt
    assert "人工繁育的不应禁止" in run("export", "--draft", "w@2", "--format", "md").stdout
    merged = run("merge", "--draft", "w@2").stdout
    assert "  c1  accepted (decision #3)  {+依法人工繁育的水生野生动物除外。+}  [acme]" in merged, merged
    assert "stale" not in merged and "confirm" not in merged
    assert f"<ins>{_FOOD_ASKED}</ins>" in run("export", "--draft", "w@2", "--format", "md").stdout
    again = run("decide", "--confirm", "2")
    assert again.exit_code == 1 and again.stderr.startswith("Error: decision #2 was undone on ")
    assert again.stderr.endswith("; nothing to confirm\n")


def test_deciding_again_replaces_a_held_decision(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _unsure_carry(run, tmp_path)
    result = run("decide", "--draft", "w@2", "--article", "第二条", "--reject", "c1")
    assert result.exit_code == 0, result.output
    merged = run("merge", "--draft", "w@2").stdout
    assert "  c1  rejected (decision #3)  {+依法人工繁育的水生野生动物除外。+}  [acme]" in merged, merged
    assert "confirm" not in merged and "stale" not in merged


def test_confirm_refuses_a_decision_not_held_and_goes_alone(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _unsure_carry(run, tmp_path)
    result = run("decide", "--confirm", "1")
    assert result.exit_code == 1
    assert result.stderr == ("Error: decision #1 is not waiting to be confirmed (only a decision carried onto an "
                             "article whose new place is unsure is); nothing recorded\n")  # fmt: skip
    result = run("decide", "--confirm", "2", "--article", "第二条")
    assert result.exit_code == 2 and "--confirm goes alone (with --draft at most)" in result.stderr
    result = run("decide", "--draft", "w@1", "--confirm", "2")
    assert result.exit_code == 1 and result.stderr == "Error: decision #2 is on w@2, not w@1; nothing recorded\n"


def test_the_library_holds_and_confirms(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.consultation import confirm_decision, reason_given_back
    from lawcomment.review import held
    from lawcomment.store import open_store

    run = consultation
    _unsure_carry(run, tmp_path)
    with open_store(run.db) as store:
        (d,) = store.decisions("w@2")
        assert held(d) == "第二条 (art_2) → 第二条 (art_2) is unsure (similarity 0.49)"
        assert reason_given_back(store, d) is None and store.committee_reasons("w@2") == {}
        made = confirm_decision(store, d.id)
        assert held(made) == "" and made.origin == d.origin == 1 and (made.action, made.new) == (d.action, d.new)
        assert [x.id for x in store.decisions("w@2")] == [made.id]
        given = reason_given_back(store, made)
        assert given is not None and (given.target, given.text) == ("art_2", "人工繁育的不应禁止")
        assert given.origin == store.committee_reasons("w@1")["art_2"].id


def test_confirming_keeps_a_reason_staff_gave_while_it_was_held(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.consultation import reason_given_back
    from lawcomment.store import open_store

    run = consultation
    _unsure_carry(run, tmp_path)
    assert run("decide", "--draft", "w@2", "--article", "第二条", "--committee-reason", "新的理由").exit_code == 0
    confirmed = run("decide", "--confirm", "2")
    assert confirmed.exit_code == 0 and "given back" not in confirmed.stdout, confirmed.output
    with open_store(run.db) as store:
        (made,) = store.decisions("w@2")
        assert store.committee_reasons("w@2")["art_2"].text == "新的理由" and reason_given_back(store, made) is None


def test_confirming_gives_back_no_reason_staff_took_away_while_it_was_held(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _unsure_carry(run, tmp_path)
    assert run("decide", "--draft", "w@2", "--article", "第二条", "--committee-reason", "暂定").exit_code == 0
    assert run("decide", "--draft", "w@2", "--article", "第二条", "--committee-reason", "").exit_code == 0
    confirmed = run("decide", "--confirm", "2")
    assert confirmed.exit_code == 0 and "given back" not in confirmed.stdout, confirmed.output
    assert "人工繁育的不应禁止" not in run("export", "--draft", "w@2", "--format", "md").stdout


def test_a_decision_on_a_bill_section_the_next_reading_deleted_goes_nowhere(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """H.R. 2157 SEC. 501(a), two members' periods (12 and 36 months) in conflict, the committee's choice: the
    enrolled bill deleted the section. The proposals are orphaned (article deleted), the choice and its reason
    stay behind, the adoption report says the article was deleted, and nothing goes out."""
    run = consultation
    (tmp_path / "ih.txt").write_text(INTRODUCED, encoding="utf-8")
    (tmp_path / "enr.txt").write_text(ENROLLED, encoding="utf-8")
    assert run("draft", "add", str(tmp_path / "ih.txt"), "--name", "hr", "--version", "1").exit_code == 0
    for member, months in (("acme", "12 months"), ("beta", "36 months")):
        result = run("comment", "add", "--member", member, "--draft", "hr@1", "--at", "Section 501(a)", "--quote",
                     "24 months", "--propose", months)  # fmt: skip
        assert result.exit_code == 0, result.output
    result = run("decide", "--draft", "hr@1", "--article", "Section 501", "--choose", "x1:1", "--committee-reason",
                 "A year suffices.")  # fmt: skip
    assert result.exit_code == 0, result.output
    result = run("draft", "add", str(tmp_path / "enr.txt"), "--name", "hr", "--version", "2", "--supersedes", "1")
    assert result.exit_code == 0, result.output
    assert ("carried 0 comment(s) from hr@1 to hr@2 (0 quote(s) re-anchored approximately, 0 proposal(s) re-based, 0 "
            "adopted), 2 orphaned (carried too: 2 in all)\n"
            "  orphaned #1 (acme): article deleted: Section 501(a) (art_501__para_1) has no counterpart in the "
            "new version; the closest in the new version is Section 1203 (art_1203) (similarity 0.55)\n"
            "  orphaned #2 (beta): article deleted: Section 501(a) (art_501__para_1) has no counterpart in the "
            "new version; the closest in the new version is Section 1203 (art_1203) (similarity 0.55); the committee "
            "chose otherwise: at hr@1 it chose “12” for “24” over this proposal's “36” (decision #1)\n"
            "carried 0 decision(s); 1 more no longer apply (not carried)\n"
            "  decision #1 (choose “12” for “24” on Section 501 (art_501)) no longer applies: the article was deleted\n"
            ) in result.stdout, result.stdout  # fmt: skip
    assert "decide --confirm" not in result.output
    adoption = run("adoption", "--draft", "hr@2")
    assert adoption.exit_code == 0
    assert adoption.stdout.startswith(
        "proposals on hr@1 against hr@2:\n"
        "  #1    acme      Section 501(a) (art_501__para_1) → —  article deleted (the closest in the new "
        "version is Section 1203 (art_1203), similarity 0.55) (now #3)\n"
        "  #2    beta      Section 501(a) (art_501__para_1) → —  article deleted (the closest in the new "
        "version is Section 1203 (art_1203), similarity 0.55) (now #4)\n"), adoption.stdout
    assert adoption.stdout.endswith("committee position: 0 of 1 change(s) adopted (0%)\n"
                                    "  Section 501 (art_501) → —  article deleted (0/1 changes)\n")  # fmt: skip
    # (a hint for staff, in a bill this short: never "not adopted … in other words" about another section)
    assert "in other words" not in adoption.stdout and "not adopted" not in adoption.stdout
    exported = run("export", "--draft", "hr@2", "--format", "md")
    assert exported.exit_code == 0 and "<ins>" not in exported.stdout and "12 months" not in exported.stdout
    # its section deleted: nothing to decide again on, so the merge and every export do not ask for it (draft add
    # said it, the adoption report says the article was deleted)
    assert "not carried" not in exported.stderr and "not carried" not in run("merge", "--draft", "hr@2").stdout


def test_carrying_again_onto_the_same_text_keeps_a_confirmation(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _unsure_carry(run, tmp_path)
    assert run("decide", "--confirm", "2").exit_code == 0
    # the same file stored again: the carry holds the decision at the same place, and staff confirmed it there
    again = run("draft", "add", str(tmp_path / "v2.md"), "--name", "w", "--version", "2", "--supersedes", "1", "--replace")
    assert again.exit_code == 0, again.output
    assert ("kept 1 decision(s) staff confirmed on w@2 since the last carry: carried again to the same place, they "
            "stay confirmed\n"
            "  decision #3 (accept 「依法人工繁育的水生野生动物除外。」 on 第二条 (art_2)) on 第二条 (art_2)\n") in again.stdout
    assert "nothing was written" not in again.stdout and "held there" not in again.stderr, again.output
    merged = run("merge", "--draft", "w@2").stdout
    assert "  c1  accepted (decision #3)  {+依法人工繁育的水生野生动物除外。+}  [acme]" in merged, merged
    assert "stale" not in merged and "confirm" not in merged
    from lawcomment.store import open_store

    with open_store(run.db) as store:
        assert [d.id for d in store.decisions("w@2")] == [3]
        # and the committee reason confirming gave back stays with it (it was undone and left behind again)
        assert store.committee_reasons("w@2")["art_2"].text == "人工繁育的不应禁止"
    assert "carried 1 committee reason(s)\n" in again.stdout and "left behind" not in again.stdout, again.stdout
    assert "**理由**：人工繁育的不应禁止" in run("export", "--draft", "w@2", "--format", "md").stdout


def test_confirming_after_a_replace_gives_back_the_reason_the_carry_took_away(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a stranger's review) w@2 first stored as the same text: the reason carried; replaced by a text whose 第二条 is
    unsure: the carry's undoing took the reason away and held the decision. That undoing is the carry's, not
    staff's: confirming gives the reason back, as the carry said it would."""
    from lawcomment.consultation import reason_given_back
    from lawcomment.store import open_store

    run = consultation
    v1, v2 = _two_readings(tmp_path, _FOOD_V1, _FOOD_V2)
    same = tmp_path / "same.md"
    same.write_text(_FOOD_V1, encoding="utf-8")
    assert run("draft", "add", str(v1), "--name", "w", "--version", "1").exit_code == 0
    kuan = _FOOD_V1.split("第二条 ")[1].split("\n")[0]
    assert run("comment", "add", "--member", "acme", "--draft", "w@1", "--at", "第二条第一款", "--propose",
               kuan + _FOOD_ASKED).exit_code == 0  # fmt: skip
    assert run("decide", "--draft", "w@1", "--article", "第二条", "--accept", "c1", "--committee-reason",
               "人工繁育的不应禁止").exit_code == 0  # fmt: skip
    assert run("draft", "add", str(same), "--name", "w", "--version", "2", "--supersedes", "1").exit_code == 0
    with open_store(run.db) as store:
        assert store.committee_reasons("w@2")["art_2"].text == "人工繁育的不应禁止"
    replaced = run("draft", "add", str(v2), "--name", "w", "--version", "2", "--supersedes", "1", "--replace")
    assert replaced.exit_code == 0 and "confirming them gives it back there" in replaced.stdout, replaced.output
    with open_store(run.db) as store:
        assert store.committee_reasons("w@2") == {}
        (d,) = store.decisions("w@2")
    confirmed = run("decide", "--confirm", str(d.id))
    assert confirmed.exit_code == 0 and "given back: 「人工繁育的不应禁止」" in confirmed.stdout, confirmed.output
    with open_store(run.db) as store:
        (made,) = store.decisions("w@2")
        given = reason_given_back(store, made)
        assert given is not None and given.text == "人工繁育的不应禁止"
    assert "人工繁育的不应禁止" in run("export", "--draft", "w@2", "--format", "md").stdout


def test_confirm_refuses_a_decision_staff_decided_again_since(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _unsure_carry(run, tmp_path)
    assert run("decide", "--draft", "w@2", "--article", "第二条", "--reject", "c1").exit_code == 0
    result = run("decide", "--confirm", "2")
    assert result.exit_code == 1
    assert result.stderr == "Error: decision #3 decided it since decision #2 was held, and stands; nothing recorded\n"
    merged = run("merge", "--draft", "w@2").stdout
    assert "  c1  rejected (decision #3)  {+依法人工繁育的水生野生动物除外。+}  [acme]" in merged, merged
    # and --confirm-all leaves it as it is: nothing is waiting
    result = run("decide", "--draft", "w@2", "--confirm-all")
    assert (result.exit_code, result.stdout) == (0, "nothing to confirm on w@2: no decision there is waiting to be "
                                                    "confirmed\n")  # fmt: skip


def test_confirm_all_confirms_every_held_decision_of_the_draft(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _unsure_carry(run, tmp_path)
    result = run("decide", "--confirm-all")
    assert result.exit_code == 2 and "--confirm-all needs --draft" in result.stderr
    result = run("decide", "--draft", "w@2", "--confirm-all", "--article", "第二条")
    assert result.exit_code == 2 and "--confirm-all goes alone (with --draft at most)" in result.stderr
    result = run("decide", "--draft", "w@2", "--confirm-all")
    assert result.exit_code == 0, result.output
    assert result.stdout == ("confirmed decision #2 as decision #3 (accept 「依法人工繁育的水生野生动物除外。」 on 第二条 "
                             "(art_2)): it goes out in the submission\n"
                             "the committee reason on 第二条 (art_2), left behind while its decisions waited, given "
                             "back: 「人工繁育的不应禁止」\n")  # fmt: skip
    merged = run("merge", "--draft", "w@2").stdout
    assert "  c1  accepted (decision #3)  {+依法人工繁育的水生野生动物除外。+}  [acme]" in merged, merged
    result = run("decide", "--draft", "w@2", "--confirm-all")
    assert result.stdout == "nothing to confirm on w@2: no decision there is waiting to be confirmed\n"


def test_the_library_confirms_all_and_marks_held_by_a_key_only_the_carry_writes(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from lawcomment.consultation import confirm_held
    from lawcomment.review import held
    from lawcomment.store import open_store

    run = consultation
    _unsure_carry(run, tmp_path)
    with open_store(run.db) as store:
        (d,) = store.decisions("w@2")
        # a premise whose words say "unsure", or hold the key as a value, is not held
        for said in ('{"text": "unsure"}', '{"text": "{\\"held\\": \\"x\\"}"}', '{"unsure": "x"}'):
            assert held(replace(d, premise=said)) == ""
        ((was, made),) = confirm_held(store, "w@2")
        assert was.id == d.id and held(made) == "" and made.origin == d.origin
        assert confirm_held(store, "w@2") == ()
