"""A next reading stored from the wrong file, then replaced with the right one (``draft add
--supersedes N --replace``): what was carried onto the wrong text is carried again onto the right
one, as a clean run carries it, and what was done on the reading since is kept and said."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

ART13 = ("电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和环境保护要求，"
         "不得销售或者提供法律、行政法规禁止交易的商品或者服务。")  # fmt: skip
ART16 = "电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置持续公示有关信息。"
ART29 = ("电子商务平台经营者发现平台内的商品或者服务信息存在违反本法第十二条、第十三条规定情形的，"
         "应当依法采取必要的处置措施，并向有关主管部门报告。")  # fmt: skip


def _readings(data: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The second reading as staff first stored it (the first reading's 第十三条 and 第十六条 left in:
    the wrong file), and as it is."""
    text = (data / "ecommerce-law.md").read_text(encoding="utf-8")
    wrong = text.replace("用户注销的方式", "用户注销账户的方式", 1)
    right = wrong.replace("应当符合保障人身", "应当依法符合保障人身", 1).replace("应当提前三十日在首页", "应当提前四十五日在首页", 1)
    paths = tmp_path / "v2-first-attempt.md", tmp_path / "v2.md"
    for path, words in zip(paths, (wrong, right), strict=True):
        path.write_text(words, encoding="utf-8")
    return paths


def _first_reading(run) -> None:  # type: ignore[no-untyped-def]
    """Three proposals and a remark on ecommerce@1, the remark forwarded, each proposal decided."""
    for args in (("--member", "acme", "--at", "第十三条", "--propose", ART13.replace("应当符合", "应当依法符合"),
                  "--reason", "依法"),
                 ("--member", "beta", "--at", "第十六条", "--quote", "三十日", "--propose",
                  ART16.replace("三十日", "六十日")),
                 ("--member", "beta", "--at", "第二十四条", "--quote", "用户注销的方式", "--reason", "注销账户应当便利"),
                 ("--member", "acme", "--at", "第二十九条", "--propose", ART29.replace("必要的处置措施", "必要措施"))):  # fmt: skip
        result = run("comment", "add", "--draft", "ecommerce@1", *args)
        assert result.exit_code == 0, result.output
    for args in (("comment", "forward", "3"),
                 ("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1", "--committee-reason", "依法经营"),
                 ("decide", "--draft", "ecommerce@1", "--article", "第十六条", "--reject", "c1"),
                 ("decide", "--draft", "ecommerce@1", "--article", "第二十九条", "--accept", "c1", "--committee-reason",
                  "措施不限于处置")):  # fmt: skip
        result = run(*args)
        assert result.exit_code == 0, result.output


def _store(tmp_path: Path, runner: CliRunner, name: str):  # type: ignore[no-untyped-def]
    """Another store as the ``consultation`` fixture makes it, the first reading commented on."""
    from lawcomment.cli import cli

    db = tmp_path / name

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(db), "--user", "tester", *args])

    for args in (["init"], ["draft", "add", str(Path(__file__).parent / "data" / "ecommerce-law.md"), "--name",
                            "ecommerce", "--version", "1"],
                 ["member", "add", "acme", "--org", "ACME (China) Ltd.", "--group", "Pharma WG", "--email", "legal@acme.example"],
                 ["member", "add", "beta", "--org", "Beta GmbH", "--group", "Auto WG"]):  # fmt: skip
        assert run(*args).exit_code == 0
    _first_reading(run)
    return run


def _as_carried(run) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    """The second reading's comments as ``comment list --format json`` has them, but when they were
    stored (each run's own clock)."""
    result = run("comment", "list", "--draft", "ecommerce@2", "--all", "--format", "json")
    assert result.exit_code == 0, result.output
    return [{k: v for k, v in c.items() if k not in ("created", "updated")} for c in json.loads(result.stdout)["comments"]]


AGAIN = ("carrying again from ecommerce@1: the text of ecommerce@2 was replaced, so what was carried onto it is carried "
         "onto the new text, as below: 4 comment(s) carried again under their numbers, 2 of them changed (`lawcomment "
         "comment show N` has each as it was); 2 decision(s) and 1 committee reason(s) carried before undone (kept on "
         "record; the carry makes them again where they apply)\n")  # fmt: skip


def test_replaced_reading_is_carried_again_as_a_clean_run(consultation, data: Path, tmp_path: Path,
                                                          runner: CliRunner) -> None:  # type: ignore[no-untyped-def]
    """A trial's corrected file said `carried 0 comment(s) … 17 carried before`: its carried proposals
    stayed open on words the right text had adopted, and the carried decision went stale."""
    wrong, right = _readings(data, tmp_path)
    _first_reading(consultation)
    first = consultation("draft", "add", str(wrong), "--name", "ecommerce", "--version", "2", "--supersedes", "1")
    assert first.exit_code == 0, first.output
    assert "carried 4 comment(s) from ecommerce@1 to ecommerce@2" in first.stdout
    assert [c["status"] for c in _as_carried(consultation)] == ["open", "open", "open", "open"]
    result = consultation("draft", "add", str(right), "--name", "ecommerce", "--version", "2", "--supersedes", "1",
                          "--replace")  # fmt: skip
    assert result.exit_code == 0, result.output
    clean = _store(tmp_path, runner, "clean.db")
    fresh = clean("draft", "add", str(right), "--name", "ecommerce", "--version", "2", "--supersedes", "1")
    assert fresh.exit_code == 0, fresh.output
    # the carry says what a clean run says, after what it carried again; nothing was done on the reading since
    assert result.stdout == ("replaced ecommerce@2: 中华人民共和国电子商务法 (89 articles, profile zh-CN)\n" + AGAIN
                             + fresh.stdout.split("\n", 1)[1]
                             + "nothing was written, changed or decided on ecommerce@2 since the last carry\n")  # fmt: skip
    assert "decision #1 (accept 「依法」 on 第十三条 (art_13)) no longer applies: the new version made this change\n" \
        in result.stdout  # fmt: skip
    # every comment as the clean run has it: the same numbers (carried again under theirs), statuses, notes, the
    # forwarded remark still forwarded
    assert _as_carried(consultation) == _as_carried(clean)
    assert [(c["id"], c["status"], c["forwarded"]) for c in _as_carried(consultation)] == [
        (5, "adopted", False), (6, "orphaned", False), (7, "open", True), (8, "open", False)]
    # the merge as the clean run's, but for the numbers of the decisions (one carried the same is kept: its own)
    merged, fresh_merge = (re.sub(r"decision #\d+", "decision #N", run("merge", "--draft", "ecommerce@2").stdout)
                           for run in (consultation, clean))  # fmt: skip
    assert merged == fresh_merge and "accepted (decision #N)" in merged
    decided = consultation("merge", "--draft", "ecommerce@2", "--article", "第二十九条")
    assert "accepted (decision #" in decided.stdout and "no longer matches" not in decided.stdout
    # what the first carry made is history: the comment's earlier state, the decisions undone
    shown = consultation("comment", "show", "5")
    assert "  status:   adopted (第十三条 (art_13) → 第十三条 (art_13); adopted: the new version already reads as proposed)\n" \
        in shown.stdout and "comment.recarry" in shown.stdout  # fmt: skip
    undone = consultation("log", "--limit", "200").stdout
    assert undone.count("decision.undo") == 2, undone
    refused = consultation("comment", "undo", "5")
    assert refused.exit_code == 1
    assert refused.output == ("Error: comment #5 has no edit, withdrawal or resolve to undo\n")


def test_the_same_file_again_changes_nothing(consultation, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, right = _readings(data, tmp_path)
    _first_reading(consultation)
    add = ("draft", "add", str(right), "--name", "ecommerce", "--version", "2", "--supersedes", "1")
    assert consultation(*add).exit_code == 0
    before = _as_carried(consultation)
    decisions = consultation("log", "--limit", "500").stdout.count("decision.")
    result = consultation(*add, "--replace")
    assert result.exit_code == 0, result.output
    assert ("carried onto the new text, as below: 4 comment(s) carried again under their numbers, 0 of them changed "
            "(`lawcomment comment show N` has each as it was); 0 decision(s) and 0 committee reason(s) carried before "
            "undone") in result.stdout  # fmt: skip
    assert _as_carried(consultation) == before
    assert consultation("log", "--limit", "500").stdout.count("decision.") == decisions + 2  # (the two drops said again)


def test_what_was_done_on_the_reading_since_is_kept(consultation, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Corrected without --supersedes, as the warning of a badly split file advises: carried again too.
    A remark written on the wrong text, a carried proposal the member edited and a decision made there
    since are kept, each said, those on words the right text changed to be checked."""
    wrong, right = _readings(data, tmp_path)
    _first_reading(consultation)
    assert consultation("draft", "add", str(wrong), "--name", "ecommerce", "--version", "2", "--supersedes",
                        "1").exit_code == 0  # fmt: skip
    for args in (("comment", "add", "--member", "beta", "--draft", "ecommerce@2", "--at", "第十三条", "--quote", "应当符合",
                  "--reason", "应当依法符合"),
                 ("comment", "add", "--member", "beta", "--draft", "ecommerce@2", "--at", "第二十四条", "--stance", "support"),
                 ("comment", "edit", "6", "--reason", "六十日更合理"),
                 ("decide", "--draft", "ecommerce@2", "--article", "第二十九条", "--reject", "c1", "--committee-reason",
                  "处置措施应当明确")):  # fmt: skip
        done = consultation(*args)
        assert done.exit_code == 0, done.output
    result = consultation("draft", "add", str(right), "--name", "ecommerce", "--version", "2", "--replace")
    assert result.exit_code == 0, result.output
    # (the decision carried onto 第二十九条 undone too: the one staff made there since stands)
    assert ("carried onto the new text, as below: 3 comment(s) carried again under their numbers, 1 of them changed "
            "(`lawcomment comment show N` has each as it was); 3 decision(s) and 1 committee reason(s) carried before "
            "undone") in result.stdout  # fmt: skip
    assert "carried 3 comment(s) from ecommerce@1 to ecommerce@2 (1 quote(s) re-anchored approximately, 0 proposal(s) " \
           "re-based, 1 adopted), 0 orphaned; 1 carried before\ncarried 0 decision(s); 2 more no longer apply" \
           in result.stdout  # fmt: skip
    assert "\ncarried 0 committee reason(s); 1 left behind: the new version made what they argued for\n" in result.stdout
    assert result.stdout.endswith(
        "kept 2 comment(s) written on ecommerce@2 since the last carry; 1 on words the new text changed\n"
        "  #9 (beta) on 第十三条 (art_13): the new text words it otherwise; check it\n"
        "  #10 (beta) on 第二十四条 (art_24)\n"
        "kept 1 decision(s) made on ecommerce@2 since the last carry\n"
        "  decision #7 (reject deleting 「的处置」 on 第二十九条 (art_29)) on 第二十九条 (art_29)\n"
        "  decision #3 of ecommerce@1 not carried again: decision #7, made on ecommerce@2 since, decides the same words\n"
        "kept 1 committee reason(s) written on ecommerce@2 since the last carry (none carried from ecommerce@1 replaces "
        "them)\n"
        "  the committee reason on 第二十九条 (art_29)\n")
    assert ("warning: 1 comment(s) carried before and changed on ecommerce@2 since are kept as they are, not carried "
            "again: check each against the new text\n"
            "  #6 (beta, carried from #2) on 第十六条 (art_16): the new text words it otherwise; check it\n") in result.stderr
    listed = {c["id"]: c for c in _as_carried(consultation)}
    assert (listed[6]["status"], listed[6]["body"]) == ("open", "六十日更合理")  # as the member left it
    assert listed[5]["status"] == "adopted" and listed[9]["status"] == "open"
    merged = consultation("merge", "--draft", "ecommerce@2", "--article", "第二十九条").stdout
    assert "rejected (decision #7)" in merged and "committee reason: 处置措施应当明确" in merged


@pytest.mark.parametrize("where", ["pg"])
def test_carried_again_on_postgresql(pg_consultation, data: Path, tmp_path: Path, where: str) -> None:  # type: ignore[no-untyped-def]
    wrong, right = _readings(data, tmp_path)
    _first_reading(pg_consultation)
    add = ("draft", "add", "--name", "ecommerce", "--version", "2", "--supersedes", "1")
    assert pg_consultation(*add[:2], str(wrong), *add[2:]).exit_code == 0
    result = pg_consultation(*add[:2], str(right), *add[2:], "--replace")
    assert result.exit_code == 0, result.output
    assert AGAIN in result.stdout
    assert [c["status"] for c in _as_carried(pg_consultation)] == ["adopted", "orphaned", "open", "open"]


def test_an_archived_first_reading_is_not_carried_from_again(consultation, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Its comments are read once it is brought back: the replace goes ahead, and says so."""
    wrong, right = _readings(data, tmp_path)
    _first_reading(consultation)
    assert consultation("draft", "add", str(wrong), "--name", "ecommerce", "--version", "2", "--supersedes",
                        "1").exit_code == 0  # fmt: skip
    assert consultation("draft", "remove", "ecommerce@1", "--force").exit_code == 0
    result = consultation("draft", "add", str(right), "--name", "ecommerce", "--version", "2", "--replace")
    assert result.exit_code == 0, result.output
    assert result.stdout == "replaced ecommerce@2: 中华人民共和国电子商务法 (89 articles, profile zh-CN)\n"
    assert result.stderr == ("warning: ecommerce@1 is archived: what was carried from it onto ecommerce@2 is not "
                             "carried again onto the new text; bring it back with `lawcomment draft restore ecommerce@1` "
                             "and store the file again\n")  # fmt: skip
    assert [c["status"] for c in _as_carried(consultation)] == ["open", "open", "open", "open"]


def test_a_file_split_wrongly_is_replaced_though_a_comment_was_carried_onto_a_unit_it_alone_has(
        consultation, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """第五十二条's heading lost, its 款 read as 第五十一条's: a comment on 第五十二条第三款 was carried onto
    第五十一条第六款, which the right file has not; the replace refused it, which the carry puts right."""
    text = (data / "ecommerce-law.md").read_text(encoding="utf-8")
    gap = tmp_path / "gap.md"
    gap.write_text(text.replace("第五十二条 ", "", 1), encoding="utf-8")
    assert consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第五十二条第三款",
                        "--reason", "第三款太宽").exit_code == 0  # fmt: skip
    assert consultation("draft", "add", str(gap), "--name", "ecommerce", "--version", "2", "--supersedes",
                        "1").exit_code == 0  # fmt: skip
    assert [c["eid"] for c in _as_carried(consultation)] == ["art_51__para_6"]
    result = consultation("draft", "add", str(data / "ecommerce-law.md"), "--name", "ecommerce", "--version", "2",
                          "--replace")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "carried 1 comment(s) from ecommerce@1 to ecommerce@2 (0 quote(s) re-anchored approximately, 0 proposal(s) " \
           "re-based, 0 adopted), 0 orphaned\n" in result.stdout  # fmt: skip
    assert [(c["id"], c["eid"], c["status"]) for c in _as_carried(consultation)] == [(2, "art_52__para_3", "open")]
    # one staff moved since is theirs: it still stops a replace that would leave it on no unit
    assert consultation("draft", "add", str(gap), "--name", "ecommerce", "--version", "2", "--replace").exit_code == 0
    assert consultation("comment", "edit", "2", "--reason", "第三款过宽").exit_code == 0
    refused = consultation("draft", "add", str(data / "ecommerce-law.md"), "--name", "ecommerce", "--version", "2",
                           "--replace")  # fmt: skip
    assert refused.exit_code == 1
    assert refused.output.endswith("Error: cannot replace ecommerce@2: 1 comment(s) are anchored at units the new file "
                                   "lacks: art_51__para_6 (1)\n")  # fmt: skip


#: An amending instrument for the second reading, as staff first applied it (第十三条 and 第十六条 left out: the
#: mistake), and as it is.
AMEND_WRONG = "# 修正案\n\n一、将第二十四条第一款中的“用户注销的方式”修改为“用户注销账户的方式”。\n"
AMEND_RIGHT = AMEND_WRONG + ("\n二、将第十三条中的“应当符合”修改为“应当依法符合”。\n\n"
                             "三、将第十六条中的“三十日”修改为“四十五日”。\n")  # fmt: skip


def test_an_amended_reading_replaced_is_carried_again_as_a_clean_run(consultation, tmp_path: Path,
                                                                     runner: CliRunner) -> None:  # type: ignore[no-untyped-def]
    """``draft amend --replace`` of an amended reading carried into carries again as ``draft add --replace`` does:
    the mistaken instrument's carry is put right, every comment and decision as after a clean run."""
    wrong, right = tmp_path / "amend-wrong.md", tmp_path / "amend.md"
    wrong.write_text(AMEND_WRONG, encoding="utf-8")
    right.write_text(AMEND_RIGHT, encoding="utf-8")
    _first_reading(consultation)
    amend = ("draft", "amend", "--draft", "ecommerce@1", "--version", "2")
    first = consultation(*amend[:2], str(wrong), *amend[2:])
    assert first.exit_code == 0, first.output
    assert "carried 4 comment(s) from ecommerce@1 to ecommerce@2" in first.stdout
    assert [c["status"] for c in _as_carried(consultation)] == ["open", "open", "open", "open"]
    result = consultation(*amend[:2], str(right), *amend[2:], "--replace")
    assert result.exit_code == 0, result.output
    clean = _store(tmp_path, runner, "clean.db")
    fresh = clean(*amend[:2], str(right), *amend[2:])
    assert fresh.exit_code == 0, fresh.output
    # the report of applying it and the carry as a clean run says them, after what was carried again
    report, carry = fresh.stdout.split("added ecommerce@2: 中华人民共和国电子商务法 (89 articles)\n")
    assert result.stdout == (report + "replaced ecommerce@2: 中华人民共和国电子商务法 (89 articles)\n" + AGAIN + carry
                             + "nothing was written, changed or decided on ecommerce@2 since the last carry\n")  # fmt: skip
    assert "decision #1 (accept 「依法」 on 第十三条 (art_13)) no longer applies: the new version made this change\n" \
        in result.stdout  # fmt: skip
    # every comment as the clean run has it (the forwarded remark still forwarded), the decisions as its
    assert _as_carried(consultation) == _as_carried(clean)
    assert [(c["id"], c["status"], c["forwarded"]) for c in _as_carried(consultation)] == [
        (5, "adopted", False), (6, "orphaned", False), (7, "open", True), (8, "open", False)]
    merged, fresh_merge = (re.sub(r"decision #\d+", "decision #N", run("merge", "--draft", "ecommerce@2").stdout)
                           for run in (consultation, clean))  # fmt: skip
    assert merged == fresh_merge and "accepted (decision #N)" in merged
    assert consultation("log", "--limit", "200").stdout.count("decision.undo") == 2
    # the same instrument again: carried again the same, nothing changed
    again = consultation(*amend[:2], str(right), *amend[2:], "--replace")
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith(report + "replaced ecommerce@2: 中华人民共和国电子商务法 (89 articles)\n")
    assert ("4 comment(s) carried again under their numbers, 0 of them changed (`lawcomment comment show N` has each "
            "as it was); 0 decision(s) and 0 committee reason(s) carried before undone") in again.stdout  # fmt: skip
    assert _as_carried(consultation) == _as_carried(clean)
