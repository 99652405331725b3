"""A 款 the next reading moved to another article (会计法 2017 第八条第三款, 总后勤部…, 2024 第四十九条, a web trial):
the comments on it, a wording of its article changing only it, the committee's decision and reason follow it there,
said for staff to check; the adoption report judges the changes against the words moved; and where nothing like
the 款 stands anywhere, no note says the new version rewrote it into the unrelated 款 at its place."""

from __future__ import annotations

import json
from pathlib import Path

from lawcomment.drafts.numerals import int_to_cn

_FILL = ["会计人员应当遵守职业道德，提高业务素质。", "各单位应当依法设置会计账簿，并保证其真实、完整。",
         "会计凭证、会计账簿、财务会计报告和其他会计资料，必须符合国家统一的会计制度的规定。",
         "单位负责人对本单位的会计工作和会计资料的真实性、完整性负责。", "财政部门对各单位的会计工作实施监督。"]  # fmt: skip
_ART1 = ("国家实行统一的会计制度。国家统一的会计制度由国务院财政部门根据本法制定并公布。\n"
         "国务院有关部门可以依照本法和国家统一的会计制度制定对会计核算和会计监督有特殊要求的行业实施国家统一的会计"
         "制度的具体办法或者补充规定，报国务院财政部门审核批准。\n")  # fmt: skip
OLD3 = "中国人民解放军总后勤部可以依照本法和国家统一的会计制度制定军队实施国家统一的会计制度的具体办法，报国务院财政部门备案。"
NEW3 = "国家加强会计信息化建设，鼓励依法采用现代信息技术开展会计工作，具体办法由国务院财政部门会同有关部门制定。"
MOVED = "中央军事委员会有关部门可以依照本法和国家统一的会计制度制定军队实施国家统一的会计制度的具体办法，抄送国务院财政部门。"
ELSE = "会计师事务所应当按照规定向社会公开其年度报告。"  # (a new article like nothing of the old version)

MOVED_NOTE = ("check the place: the new version moved 第一条第三款 (art_1__para_3)'s words to 第七条 (art_7) (similarity "
              "0.73): 第一条第三款 (art_1__para_3) has no close counterpart in 第一条 (art_1), where its article went")


def _law(*articles: str) -> str:
    return "# 某法\n\n" + "\n\n".join(f"第{int_to_cn(i)}条 {a}" for i, a in enumerate(articles, 1)) + "\n"


def _readings(run, tmp_path: Path, seventh: str = MOVED, *comments: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """m@1 (its 第一条第三款 OLD3), ``comments`` on it (each the arguments of `comment add` after the member's),
    every change of acme's accepted with a committee reason, then m@2 (第一条第三款 NEW3, ``seventh`` a new 第七条)
    superseding it: the second ``draft add``'s result."""
    v1, v2 = tmp_path / "v1.md", tmp_path / "v2.md"
    v1.write_text(_law(_ART1 + OLD3, *_FILL, "本法自公布之日起施行。"), encoding="utf-8")
    v2.write_text(_law(_ART1 + NEW3, *_FILL, seventh, "本法自公布之日起施行。"), encoding="utf-8")
    assert run("draft", "add", str(v1), "--name", "m", "--version", "1").exit_code == 0
    for args in comments:
        result = run("comment", "add", "--member", "acme", "--draft", "m@1", *args)
        assert result.exit_code == 0, result.output
    result = run("decide", "--draft", "m@1", "--article", "第一条", "--accept-all", "--member", "acme",
                 "--committee-reason", "总后勤部已撤销")  # fmt: skip
    assert result.exit_code == 0, result.output
    result = run("draft", "add", str(v2), "--name", "m", "--version", "2", "--supersedes", "1")
    assert result.exit_code == 0, result.output
    return result


def _carried(run) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    return json.loads(run("comment", "list", "--draft", "m@2", "--all", "--format", "json").stdout)["comments"]  # type: ignore[no-any-return]


def test_comments_a_decision_and_its_reason_follow_a_paragraph_moved_to_another_article(consultation,  # type: ignore[no-untyped-def]
                                                                                       tmp_path: Path) -> None:  # fmt: skip
    from lawcomment.exports import localized

    run = consultation
    asked = OLD3.replace("依照本法和", "依照本法、有关法律和")
    result = _readings(run, tmp_path, MOVED, ("--at", "第一条第三款", "--propose", asked, "--reason", "应依法"),
                       ("--at", "第一条第三款", "--stance", "question", "--reason", "由哪个机构承担？"))  # fmt: skip
    assert "carried 2 comment(s) from m@1 to m@2 (0 quote(s) re-anchored approximately, 1 proposal(s) re-based, " \
           "0 adopted), 0 orphaned" in result.stdout  # fmt: skip
    assert ("  decision #1 (accept 「、有关法律」 on 第一条 (art_1)) carried: check: the new version moved 第一条第三款 "
            "(art_1__para_3)'s words to 第七条 (art_7) (similarity 0.73): check the place\n"
            "carried 1 committee reason(s)\n") in result.stdout  # fmt: skip
    assert "warning: 2 comment(s) followed their quote to an article their own article did not become (the words " \
           "around it the same), or their 款 the new version moved there; check the place\n" in result.stderr  # fmt: skip
    wording, question = _carried(run)
    assert (wording["eid"], wording["status"], wording["proposed_text"]) == (
        "art_7", "open", MOVED.replace("依照本法和", "依照本法、有关法律和"))
    assert wording["note"] == f"第一条第三款 (art_1__para_3) → 第七条 (art_7); {MOVED_NOTE}; proposal re-based onto the new text"
    assert (question["eid"], question["status"]) == ("art_7", "open")
    assert question["note"] == (f"第一条第三款 (art_1__para_3) → 第七条 (art_7); {MOVED_NOTE}; check the stance: it asked "
                                "about 第一条第三款 (art_1__para_3) as the old version worded it, and the new version "
                                "rewords 第七条 (art_7)")  # fmt: skip
    assert localized(wording["note"], "zh") == ("第一条第三款 → 第七条；请核对位置：新版本已将第一条第三款的文字移至第七条（相似度"
                                                "0.73），第一条中已无与其相近的条款；建议已移至新文本的相应位置")  # fmt: skip
    merged = run("merge", "--draft", "m@2", "--article", "第七条")
    assert "  c1  accepted (decision #2)  {+、有关法律+}  [acme]\n" in merged.stdout
    assert "  committee reason: 总后勤部已撤销\n" in merged.stdout
    report = run("adoption", "--draft", "m@2").stdout
    assert ("  #1    acme      第一条第三款 (art_1__para_3) → 第七条 (art_7)  not adopted (the new version moved 第一条第三款 "
            "(art_1__para_3) to 第七条 (art_7), similarity 0.73: judged there; check the place) (now #3)\n") in report
    assert ("  第一条 (art_1) → 第七条 (art_7)  not adopted (0/1 changes) (the new version moved 第一条第三款 (art_1__para_3) "
            "to 第七条 (art_7), similarity 0.73: judged there; check the place)\n") in report
    zh = run("adoption", "--draft", "m@2", "--lang", "zh").stdout
    assert "（新版本已将第一条第三款移至第七条（相似度0.73），按该处判断：请核对位置）" in zh


def test_a_change_the_law_rewrote_where_it_moved_the_paragraph_is_judged_there(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The web trial's own: 总后勤部 asked renamed 中央军事委员会后勤保障部; the law moved the 款 and wrote 中央军事委员会有关部门:
    the wording no longer fits (said as what the law wrote there), the decision no longer applies (said so), and the
    report judges the change made in part there, never against 「国家加强会计信息化建设…」."""
    run = consultation
    asked = OLD3.replace("中国人民解放军总后勤部", "中央军事委员会后勤保障部")
    result = _readings(run, tmp_path, MOVED, ("--at", "第一条第三款", "--propose", asked, "--reason", "总后勤部已撤销"))
    assert "信息化" not in result.stdout + result.stderr
    assert ("  orphaned #1 (acme): 第一条第三款 (art_1__para_3) → 第七条 (art_7); " + MOVED_NOTE + "; none of its 1 "
            "change(s) fits the new text (the new version rewrote 「中国人民解放军总后勤部可以」 as 「中央军事委员会有关部门可以」); "
            "the member's wording stays in comment #1\n") in result.stdout  # fmt: skip
    assert ("  decision #1 (accept 「国人民解放军总后勤」 → 「央军事委员会后勤保障」 on 第一条 (art_1)) no longer applies: the new "
            "version moved 第一条第三款 (art_1__para_3)'s words to 第七条 (art_7) (similarity 0.73), and changed "
            "「中国人民解放军总后勤部可以」 to 「中央军事委员会有关部门可以」 there\n") in result.stdout  # fmt: skip
    (carried,) = _carried(run)
    assert (carried["eid"], carried["status"]) == ("art_7", "orphaned")
    report = run("adoption", "--draft", "m@2").stdout
    assert "信息化" not in report
    assert ("  #1    acme      第一条第三款 (art_1__para_3) → 第七条 (art_7)  partly adopted (0/1 changes, 1 made in part) "
            "(the new version moved 第一条第三款 (art_1__para_3) to 第七条 (art_7), similarity 0.73: judged there; check "
            "the place) (now #2)\n") in report  # fmt: skip


def test_a_wording_of_the_article_changing_only_the_moved_paragraph_follows_it(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A marked-up Word copy gives the whole article: its one change in 第三款 goes where the law moved that 款,
    as the wording of it, never orphaned whole."""
    run = consultation
    article = (_ART1 + OLD3).replace("依照本法和国家统一的会计制度制定军队", "依照本法、有关法律和国家统一的会计制度制定军队")
    _readings(run, tmp_path, MOVED, ("--at", "第一条", "--propose", article, "--reason", "应依法"))
    (carried,) = _carried(run)
    assert (carried["eid"], carried["status"], carried["proposed_text"]) == (
        "art_7", "open", MOVED.replace("依照本法和", "依照本法、有关法律和"))
    assert carried["note"] == (f"第一条第三款 (art_1__para_3) → 第七条 (art_7); {MOVED_NOTE}; proposal re-based onto the "
                               "new text; a wording of 第一条 (art_1), all of whose changes are in 第一条第三款 "
                               "(art_1__para_3): carried as the wording of it")  # fmt: skip


def test_a_paragraph_with_nothing_like_it_anywhere_is_never_said_rewritten(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The new version dropped the 款 (nothing reads like it anywhere) and wrote an unrelated one at its place: the
    notes say the new article has no counterpart, never that the one was rewritten as the other, nor does the
    report quote the unrelated 款 as what the law wrote instead."""
    from lawcomment.exports import localized

    run = consultation
    asked = OLD3.replace("中国人民解放军总后勤部", "中央军事委员会后勤保障部")
    result = _readings(run, tmp_path, ELSE, ("--at", "第一条第三款", "--propose", asked, "--reason", "总后勤部已撤销"))
    assert "信息化" not in result.stdout + result.stderr
    note = ("第一条第三款 (art_1__para_3) → 第一条 (art_1); 第一条第三款 (art_1__para_3) has no close counterpart, so the "
            "comment is on the article; none of its 1 change(s) fits the new text (nothing in 第一条 (art_1) reads like "
            "第一条第三款 (art_1__para_3), nor anything elsewhere in the new version); the member's wording stays in "
            "comment #1")  # fmt: skip
    assert f"  orphaned #1 (acme): {note}\n" in result.stdout
    assert ("  decision #1 (accept 「国人民解放军总后勤」 → 「央军事委员会后勤保障」 on 第一条 (art_1)) no longer applies: "
            "第一条第三款 (art_1__para_3), where the change was, has no counterpart in 第一条 (art_1) nor elsewhere in the "
            "new version\n") in result.stdout  # fmt: skip
    assert localized(note, "zh") == ("第一条第三款 → 第一条；第一条第三款在新版本中没有相近的对应之处，意见改为针对整条；所提修改与新文本"
                                     "不符（新版本的第一条中及其他各处均无与第一条第三款相近的条款）；会员的原措辞保留在意见#1中")  # fmt: skip
    report = run("adoption", "--draft", "m@2").stdout
    assert "信息化" not in report
    assert "  #1    acme      第一条第三款 (art_1__para_3) → 第一条 (art_1)  not adopted (now #2)\n" in report


def test_a_quote_of_the_moved_paragraph_is_looked_for_where_it_went(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Quoted words of the moved 款 are found where the law moved it, never approximately in another 款 of its own
    article (报国务院财政部门审核批准 in 第二款 reads like 报国务院财政部门备案); a quote the law rewrote there puts the
    remark on the unit the 款 moved to."""
    run = consultation
    _readings(run, tmp_path, MOVED, *(("--at", "第一条第三款", "--quote", q, "--stance", "question", "--reason", "？")
                                      for q in ("制定军队实施", "中国人民解放军总后勤部", "报国务院财政部门备案")))
    carried = {c["origin"]: c for c in _carried(run)}
    assert [(c["eid"], c["status"], c.get("selector", {}).get("exact") or "") for _, c in sorted(carried.items())] == [
        ("art_7", "open", "制定军队实施"), ("art_7", "open", ""), ("art_7", "open", "送国务院财政部门。")]
    assert all(MOVED_NOTE in c["note"] for c in carried.values())
    assert carried[3]["note"].startswith(f"第一条第三款 (art_1__para_3) → 第七条 (art_7); {MOVED_NOTE}; quote re-anchored "
                                         "approximately: 「报国务院财政部门备案」 → 「送国务院财政部门。」")  # fmt: skip
