"""Proposed wordings filed under the wrong article: stored as given, with a warning naming the
row, the article it names and the one it reads like (lawcomment.consultation.misfiled); refused when it
would replace the member's own wording of the article it names, and a late file in the last reading's
numbers said to be one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lawcomment import load_draft
from lawcomment.comments import Anchor, CommentSource, NewComment, SourceKind, Stance
from lawcomment.consultation.misfiled import CLOSE_OTHER, CLOSE_SIMILARITY, MARGIN, NAMED_SIMILARITY, OTHER_SIMILARITY, misfiled

DATA = Path(__file__).parent / "data"
ART31 = ("电子商务平台经营者应当记录、保存平台上发布的商品和服务信息、交易信息，并确保信息的完整性、保密性、可用性。"
         "商品和服务信息、交易信息保存时间自交易完成之日起不少于三年；法律、行政法规另有规定的，依照其规定。")  # fmt: skip
ART33 = ("电子商务平台经营者应当在其首页显著位置持续公示平台服务协议和交易规则信息或者上述信息的链接标识，"
         "并保证经营者和消费者能够便利、完整地阅览和下载。")  # fmt: skip
SAID = re.compile(r"(?P<where>(?:line|row) \d+: )?the proposed wording for (?P<named>\S+ \(\S+\)) reads much more like "
                  r"(?P<other>\S+ \(\S+\)) \(similarity (?P<other_s>[\d.]+), against (?P<named_s>[\d.]+)\): check the "
                  r"article it names")  # fmt: skip


def _amend(eid: str, text: str, position: str = "line 2", **kw: str) -> NewComment:
    return NewComment("acme", Anchor(eid, kw.get("quote", "")), Stance.AMEND, CommentSource(SourceKind.CSV, "c.csv", None, position),
                      proposed_text=text, lang=kw.get("lang", ""))  # fmt: skip


@pytest.mark.parametrize(("eid", "text", "warned"), [
    ("art_33", ART31.replace("三年", "五年"), "art_31"),  # 第三十一条's wording filed as 第三十三条
    ("art_31", ART31.replace("三年", "五年"), None),  # the article it names
    ("art_33", ART33.replace("持续", ""), None),
    ("art_33", "平台服务协议应当每年更新。", None),  # a rewrite like nothing in the law
    ("art_33", ART31, "art_31"),  # the draft's own words of another article
])  # fmt: skip
def test_a_wording_like_another_article_is_said(eid: str, text: str, warned: str | None) -> None:
    _said_like(eid, text, warned)


def test_a_shortened_kuan_of_the_article_named_is_not_said_to_read_like_another() -> None:
    """A trial: 第十条第一款 shortened, filed under 第十条 (2 款), was said to read much more like
    第十三条第一款第六项 (0.62, against the whole article's 0.30); against its own 款 it reads 0.55."""
    draft = load_draft(DATA / "anti-monopoly-2007.md")
    assert misfiled(draft, [_amend("art_10", "国务院反垄断执法机构负责反垄断统一执法工作。")]) == []
    # another article's wording filed there still is
    (said,) = misfiled(draft, [_amend("art_10", "国务院反垄断执法机构认定的其他垄断协议。")])
    assert (m := SAID.match(said)) and m["other"] == "第十三条第一款第六项 (art_13__para_1__item_6)"


def test_a_neighbours_twin_is_said_though_like_the_article_named() -> None:
    """反垄断法 第四十六条's first 款 reworded a little, filed under 第四十七条 (the next penalty
    clause, 0.72 like it): nearly 第四十六条第一款's twin (0.98), so said."""
    draft = load_draft(DATA / "anti-monopoly-2007.md")
    first = draft.find("art_46__para_1")
    assert first is not None
    text = first.text.replace("上一年度销售额", "上一年度相关市场销售额")
    (said,) = misfiled(draft, [_amend("art_47", text)])
    m = SAID.fullmatch(said)
    assert m is not None and (m["named"], m["other"]) == ("第四十七条 (art_47)", "第四十六条第一款 (art_46__para_1)"), said
    assert NAMED_SIMILARITY <= float(m["named_s"]) < CLOSE_SIMILARITY and float(m["other_s"]) >= CLOSE_OTHER
    assert misfiled(draft, [_amend("art_46__para_1", text)]) == []  # filed where it belongs


def _said_like(eid: str, text: str, warned: str | None) -> None:
    draft = load_draft(DATA / "ecommerce-law.md")
    found = misfiled(draft, [_amend(eid, text)])
    if warned is None:
        assert found == []
        return
    (said,) = found
    m = SAID.fullmatch(said)
    assert m is not None, said
    assert m["where"] == "line 2: " and m["named"] == f"第三十三条 ({eid})" and m["other"] == f"第三十一条 ({warned})"
    assert float(m["named_s"]) < NAMED_SIMILARITY
    assert float(m["other_s"]) >= max(OTHER_SIMILARITY, float(m["named_s"]) + MARGIN)


def test_a_translation_is_never_compared() -> None:
    draft = load_draft(DATA / "ecommerce-law.md")
    assert misfiled(draft, [_amend("art_33", ART31, lang="en")]) == []


def test_a_wording_beside_a_quote_is_compared_but_never_called_a_stray_remark() -> None:
    """(专利法实施细则, a trial) 「2个月」 → 「6个月」, stored as the whole of 第六条第一款, was put on 第六条第二款, which
    has 「2个月」 too, with nothing said: a quote's wording is the whole unit's, the quoted words replaced."""
    draft = load_draft(DATA / "ecommerce-law.md")
    (said,) = misfiled(draft, [_amend("art_33", ART31, quote="首页")])
    m = SAID.fullmatch(said)
    assert m is not None and (m["named"], m["other"]) == ("第三十三条 (art_33)", "第三十一条 (art_31)"), said
    assert misfiled(draft, [_amend("art_31", ART31.replace("首页", "主页"), quote="首页")]) == []
    assert misfiled(draft, [_amend("art_33", "主页", quote="首页")]) == []  # (no stray remark: the quote says what)


def test_an_imported_row_and_a_typed_comment_are_stored_with_the_warning(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = tmp_path / "c.csv"
    rows.write_text("member,article,proposed_text\n"
                    f"acme,第三十一条,{ART31.replace('三年', '五年')}\n"
                    f"beta,第三十三条,{ART31.replace('三年', '二年')}\n", encoding="utf-8")  # fmt: skip
    result = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    (line,) = [x for x in result.stderr.splitlines() if "reads much more like" in x]
    assert line.startswith(f"warning: {rows}: row 3: the proposed wording for 第三十三条 (art_33) reads much more like "
                           "第三十一条 (art_31) (similarity ")  # fmt: skip
    assert "2 added" in result.stdout
    typed = consultation("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第三十三条",
                         "--propose", ART31.replace("三年", "十年"))  # fmt: skip
    assert typed.exit_code == 0, typed.output
    assert typed.stdout.startswith("added comment #3 by acme on 第三十三条 (art_33) (amend)")
    said = [x for x in typed.stderr.splitlines() if "reads much more like" in x]
    assert len(said) == 1 and SAID.fullmatch(said[0].removeprefix("warning: ")) is not None


def test_a_files_warnings_come_in_its_rows_order(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    art24 = load_draft(DATA / "ecommerce-law.md").find("art_24")
    assert art24 is not None
    rows = tmp_path / "c.csv"
    rows.write_text("member,article,proposed_text\n"
                    f"acme,第二十四条,{art24.children[1].text.replace('及时', '在七日内')}\n"  # row 2: one 款 of two
                    f"beta,第三十三条,{ART31.replace('三年', '二年')}\n"  # row 3: another article's wording
                    f"acme,第二十四条,{art24.children[1].text.replace('及时', '在十日内')}\n", encoding="utf-8")  # fmt: skip
    result = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    said = [x.removeprefix(f"warning: {rows}: ") for x in result.stderr.splitlines() if x.startswith("warning:")]
    assert [x.split(":")[0] for x in said] == ["row 2", "row 3", "row 4"], said
    assert "reads much more like 第三十一条" in said[1] and "anchored at 第二十四条第二款" in said[2]


@pytest.mark.parametrize("workers", [1, 2])
def test_the_merge_says_it_again_until_the_comment_is_moved(consultation, tmp_path: Path, workers: int) -> None:  # type: ignore[no-untyped-def]
    """The import's warning is said again in the article's merge (with or without workers: 70
    articles commented, enough for the merge to share them out), and no longer once the comment
    is moved to the article it rewords."""
    from lawcomment import open_store
    from lawcomment.consultation import draft_positions

    law = load_draft(DATA / "ecommerce-law.md")
    rows = ["member,article,stance,proposed_text,reason"]
    rows += [f"acme,{a.unit.label},question,,问题{n}" for n, a in enumerate(law.articles()[:70])]
    rows.append(f"beta,第三十三条,amend,{ART31.replace('三年', '二年')},")
    path = tmp_path / "c.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert consultation("comment", "import", str(path), "--draft", "ecommerce@1").exit_code == 0
    with open_store(consultation.db, "t") as store:
        positions = {p.eid: p for p in draft_positions(store, "ecommerce@1", workers=workers)}
        assert len(positions) == 70
        (said,) = [w for w in positions["art_33"].warnings if "reads much more like" in w]
        assert said.startswith("comment #71 (beta): the proposed wording for 第三十三条 (art_33) reads much more like "
                               "第三十一条 (art_31) (similarity ")  # fmt: skip
        assert said.endswith("check the article it names (`lawcomment comment edit 71 --at …` moves it)")
    assert consultation("comment", "edit", "71", "--at", "第三十一条").exit_code == 0
    merged = consultation("merge", "--draft", "ecommerce@1", "--article", "第三十一条", "--format", "json").stdout
    assert "reads much more like" not in merged


def test_accepting_a_misfiled_wording_says_so(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = tmp_path / "c.csv"
    rows.write_text(f"member,article,proposed_text\nbeta,第三十三条,{ART31.replace('三年', '二年')}\n", encoding="utf-8")
    assert consultation("comment", "import", str(rows), "--draft", "ecommerce@1").exit_code == 0
    for args in (("--article", "第三十三条", "--accept", "c1"), ("--accept-all", "--member", "beta")):
        decided = consultation("decide", "--draft", "ecommerce@1", *args)
        assert decided.exit_code == 0, decided.output
        (said,) = decided.stderr.splitlines()
        assert said.startswith("warning: comment #1 (beta): the proposed wording for 第三十三条 (art_33) reads much more "
                               "like 第三十一条 (art_31) (similarity ")  # fmt: skip
        if args[0] == "--article":
            assert consultation("decide", "--draft", "ecommerce@1", "--article", "第三十三条", "--undo",
                                decided.stdout.split()[1].strip("#:")).exit_code == 0  # fmt: skip


@pytest.mark.parametrize(("at", "wording", "stray"), [
    ("第十九条", "设定上限", True),  # a remark typed where the wording goes
    ("第二条第一款", "境内的电子商务活动，适用本法。", False),  # much shorter, but a rewording of it
    ("第十九条", "电子商务经营者搭售商品或者服务，应当以显著方式提请消费者注意，不得将搭售商品或者服务作为默认同意的选项。", False),
])  # fmt: skip
def test_a_wording_that_keeps_almost_nothing_of_its_unit_is_said_to_replace_it(consultation, at: str, wording: str,  # type: ignore[no-untyped-def]
                                                                               stray: bool) -> None:  # fmt: skip
    """A few words where the wording goes (设定上限) would replace the whole article: stored as
    given, with a warning at intake and in the merge, until it is made a remark."""
    typed = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", at, "--propose", wording)
    assert typed.exit_code == 0, typed.output
    warned = [x for x in typed.stderr.splitlines() if "keeps almost none of its text" in x]
    merged = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", at.split("第")[1].split("条")[0],
                                     "--format", "json").stdout)["units"][0]["warnings"]  # fmt: skip
    if not stray:
        assert warned == [] and not any("keeps almost none" in w for w in merged)
        return
    assert warned == ["warning: the proposed wording for 第十九条 (art_19) keeps almost none of its text (similarity 0.00): "
                      "as its new wording, 「设定上限」 replaces all of it (a remark goes in the reason, 理由)"]
    assert merged == ["comment #1 (acme): the proposed wording for 第十九条 (art_19) keeps almost none of its text "
                      "(similarity 0.00): as its new wording, 「设定上限」 replaces all of it (a remark goes in the reason, "
                      "理由) (`lawcomment comment edit 1 --no-proposal --reason …` makes it a remark)"]  # fmt: skip
    assert consultation("comment", "edit", "1", "--no-proposal", "--stance", "comment", "--reason", "设定上限").exit_code == 0
    again = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "19", "--format", "json").stdout)
    assert not any("keeps almost none" in w for u in again["units"] for w in u["warnings"])


def test_a_wording_as_long_as_its_unit_that_keeps_next_to_none_of_it_is_said(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A row of another law's CSV that passed every check (a new user's trial: 反不正当竞争法 第十一条's
    words under 消费者权益保护法 第十一条, 0.17 alike; here another such sentence under 第十三条): a wording of its length that keeps next to none
    of the unit and reads like no other is said at intake and in the merge; a short sentence of its
    own stays a rewrite, unsaid."""
    from lawcomment.exports import localized

    rows = tmp_path / "other-law.csv"
    rows.write_text("member,article,proposed_text\n"
                    "acme,第十三条,国家鼓励、支持和保护一切组织和个人对不正当竞争行为进行社会监督。\n", encoding="utf-8")
    result = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    (said,) = [x for x in result.stderr.splitlines() if "keeps almost none" in x]
    assert said.startswith(f"warning: {rows}: row 2: the proposed wording for 第十三条 (art_13) keeps almost none of "
                           "its text (similarity 0.")  # fmt: skip
    assert said.endswith(") and reads like no other article: 「国家鼓励、支持和保护一切组织和个人对不正当竞争行为进行社会监…」 "
                         "replaces all of it; check it is meant for this article (not a wording of another law's)")
    merged = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "13", "--format",
                                     "json").stdout)["units"][0]["warnings"]  # fmt: skip
    (note,) = [w for w in merged if "keeps almost none" in w]
    assert note.startswith("comment #1 (acme): ") and note.endswith("(`lawcomment comment edit 1 --at …` moves it)")
    assert localized(note, "zh").startswith("意见#1（acme）针对第十三条的修改建议几乎未保留原文（相似度0.")
    assert "且与其他条文均不相近" in localized(note, "zh")


def test_a_one_kuan_wording_refused_under_an_article_it_reads_unlike_names_the_one_it_reads_like(  # type: ignore[no-untyped-def]
        consultation, tmp_path: Path) -> None:  # fmt: skip
    """第三十一条's wording filed under 第十一条 (2 款) matches neither 款: refused, and the advice
    to cite one of 第十一条's 款 would file it wrongly, so the refusal first says which article it
    reads like, on the command line, in a file's row, and in Chinese for the web app."""
    from lawcomment.exports import localized

    wording = ART31.replace("三年", "五年")
    typed = consultation("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第十一条",
                         "--propose", wording)  # fmt: skip
    said = "the proposed wording for 第十一条 (art_11) reads much more like 第三十一条 (art_31) (similarity "
    refusal = ("): check the article it names; the proposal gives one 款 of 第十一条 (2 款) and no 款 clearly matches "
               "it; cite the 款 it rewrites (第十一条第一款 to 第十一条第二款), or give the whole article (2 款, one per "
               "line)\n")  # fmt: skip
    assert typed.exit_code == 1 and typed.stderr.startswith("Error: " + said) and typed.stderr.endswith(refusal)
    rows = tmp_path / "c.csv"
    rows.write_text(f"member,article,proposed_text\nacme,第十一条,{wording}\n", encoding="utf-8")
    imported = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert imported.exit_code == 1 and f"  row 2: {said}" in imported.stderr and refusal in imported.stderr
    zh = localized(typed.stderr.removeprefix("Error: ").rstrip("\n"), "zh")
    assert zh.startswith("针对第十一条的修改建议与第三十一条更为相近（相似度")
    assert zh.endswith("：请核对其所针对的条文；建议只写了第十一条（共2款）中的一款，但无法确定改写的是哪一款：请注明所改的款"
                       "（第十一条第一款至第十一条第二款），或给出全条文字（共2款，每款一行）")


#: A law whose next reading deletes 第二条 and renumbers the rest (对外贸易法 2016 → 2022, a trial's).
_READING = {
    "第一条": "为了扩大对外开放，发展对外贸易，制定本法。",
    "第二条": "从事货物进出口的对外贸易经营者，应当向国务院对外贸易主管部门办理备案登记；但是，法律、行政法规规定不需要备案登记的除外。",
    "第三条": "对外贸易经营者可以接受他人的委托，在经营范围内代为办理对外贸易业务。",
    "第四条": "对外贸易经营者应当按照国务院对外贸易主管部门的规定，向有关部门提交与其对外贸易经营活动有关的文件及资料。有关部门应当为提供者保守商业秘密。",
    "第五条": "从事国际服务贸易，应当遵守本法和其他有关法律、行政法规的规定。",
}  # fmt: skip
_LATE = _READING["第三条"][:-1] + "，并应当如实告知委托人相关风险。"  # the old 第三条 (第二条 now), a clause added


def _renumbered(tmp_path: Path, runner):  # type: ignore[no-untyped-def]
    """law@1, acme's wording of its 第四条 from a file (carried to law@2's 第三条), and law@2."""
    from tests.conftest import _consultation  # (the fixture's runner, on a store of these drafts)

    v1, v2 = tmp_path / "v1.md", tmp_path / "v2.md"
    v1.write_text("# 对外贸易法\n\n" + "\n\n".join(f"{n} {t}" for n, t in _READING.items()) + "\n", encoding="utf-8")
    texts = [t for n, t in _READING.items() if n != "第二条"]
    v2.write_text("# 对外贸易法\n\n" + "\n\n".join(f"{n} {t}" for n, t in zip(("第一条", "第二条", "第三条", "第四条"), texts,
                                                                        strict=True)) + "\n", encoding="utf-8")  # fmt: skip
    run = _consultation(tmp_path / "lc.db", runner)
    first = tmp_path / "wg.csv"
    first.write_text(f"member,article,proposed_text,reason\nacme,第四条,{_READING['第四条'].replace('商业秘密', '商业秘密和个人信息')},"
                     "保护个人信息\n", encoding="utf-8")  # fmt: skip
    for args in (["draft", "add", str(v1), "--name", "law", "--version", "1"],
                 ["comment", "import", str(first), "--draft", "law@1"],
                 ["draft", "add", str(v2), "--name", "law", "--version", "2", "--supersedes", "1"]):  # fmt: skip
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
    return run


def test_a_late_file_in_the_last_readings_numbers_is_refused_row_by_row(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    """A member's late file for law@2 numbered as law@1 was (a trial's): its wording of the old 第三条
    cited 第3条 would replace acme's carried wording of law@2's 第三条, and its 删除 of 第2条 (备案登记已无
    必要) would delete law@2's 第二条, another article. Both rows are refused, by name; the file is said
    to look numbered for law@1."""
    run = _renumbered(tmp_path, runner)
    late = tmp_path / "late.csv"
    late.write_text(f"member,article,proposed_text,reason\nacme,第3条,{_LATE},补充告知义务\nacme,第2条,删除,备案登记已无必要\n",
                    encoding="utf-8")  # fmt: skip
    note = (f"{late} looks numbered for law@1, the reading before law@2: row 2: its wording of 第三条 (art_3) reads like "
            "law@1's 第三条 (art_3) (law@2's 第二条 (art_2) now) (similarity 0.82, against 0.27); row 3: its reason names "
            "「备案登记」 of law@1's 第二条 (art_2) (law@2 deleted it); check each row's article against law@2's numbering")
    row2 = ("row 2: the proposed wording for 第三条 (art_3) reads much more like 第二条 (art_2) (similarity 0.82, against "
            "0.27), and would replace acme's wording of 第三条 (art_3) (#2): cite the article it is a wording of (第二条 "
            "(art_2)), or leave the row out (--skip-invalid); to replace #2 with it, withdraw #2 first")
    row3 = ("row 3: it deletes 第二条 (art_2) of law@2 (「对外贸易经营者可以接受他人的委托，在经营…」), but its reason names 「备案登记」, "
            "which that article does not have and law@1's 第二条 (art_2) (law@2 deleted it) had: the row looks numbered for "
            "law@1; cite the article by law@2's numbers, or leave the row out (--skip-invalid)")
    refused = run("comment", "import", str(late), "--draft", "law@2")
    assert (refused.exit_code, refused.stderr) == (1, f"Error: {late}: 2 of 2 row(s) are invalid; nothing was imported "
                                                      f"(fix them, or pass --skip-invalid)\n{note}\n  {row2}\n  {row3}\n")
    skipped = run("comment", "import", str(late), "--draft", "law@2", "--skip-invalid")
    assert skipped.exit_code == 0, skipped.output
    assert skipped.stdout == f"{late}: csv into law@2: 0 added, 0 already there, 0 superseded, 2 invalid skipped\n"
    assert skipped.stderr == f"warning: {note}\nskipped: {late}: {row2}\nskipped: {late}: {row3}\n"
    # typed, the same rule: refused, never replacing acme's wording unsaid
    typed = run("comment", "add", "--member", "acme", "--draft", "law@2", "--at", "第三条", "--propose", _LATE)
    assert (typed.exit_code, typed.stderr) == (1, (
        "Error: the proposed wording for 第三条 (art_3) reads much more like 第二条 (art_2) (similarity 0.82, against 0.27), "
        "and would replace acme's wording of 第三条 (art_3) (#2): cite the article it is a wording of (第二条 (art_2)); to "
        "replace #2 with it, withdraw #2 first\n"))  # fmt: skip
    # cited by law@2's numbers, the file goes in; acme's wording of 第三条 stays
    late.write_text(f"member,article,proposed_text,reason\nacme,第2条,{_LATE},补充告知义务\n", encoding="utf-8")
    fixed = run("comment", "import", str(late), "--draft", "law@2")
    assert (fixed.exit_code, fixed.stderr) == (0, "")
    listed = json.loads(run("comment", "list", "--draft", "law@2", "--format", "json").stdout)["comments"]
    assert [(c["id"], c["eid"], c["status"]) for c in listed] == [(3, "art_2", "open"), (2, "art_3", "open")]


@pytest.mark.parametrize("reason", ["备案登记已无必要", ""])
def test_a_deletion_whose_reason_speaks_of_the_new_article_or_of_nothing_goes_in(tmp_path: Path, runner,  # type: ignore[no-untyped-def]
                                                                               reason: str) -> None:  # fmt: skip
    """Only a reason naming words the earlier reading's article of that number has, and none of the
    new one's, refuses a deletion: a deletion without a reason, or one cited by the new numbers
    (第二条 of law@2 deleted in law@1 too), is a deletion."""
    run = _renumbered(tmp_path, runner)
    late = tmp_path / "late.csv"
    late.write_text(f"member,article,proposed_text,reason\nacme,第4条,删除,{reason or '不必要'}\n", encoding="utf-8")
    result = run("comment", "import", str(late), "--draft", "law@2")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{late}: csv into law@2: 1 added, 0 already there, 0 superseded\n"


#: 反不正当竞争法 (a trial's revision draft): 第八条 with its 但书 as 第二款.
_BRIBERY = ("# 反不正当竞争法\n\n第八条 经营者不得采用财物或者其他手段贿赂下列单位或者个人，以谋取交易机会或者竞争优势。\n\n"
            "经营者的工作人员进行贿赂的，应当认定为经营者的行为；但是，经营者有证据证明该工作人员的行为与为经营者"
            "谋取交易机会或者竞争优势无关的除外。\n")
_FOLLOWING = "经营者建立并有效实施反商业贿赂合规管理制度的，可以作为认定前款除外情形的考虑因素。"


@pytest.mark.parametrize(("text", "said"), [
    # unlike the 款 it names, and refers to the one before: a new 款 to follow it, given without its stance
    (_FOLLOWING, "row 7: the proposed wording for 第八条第二款 (art_8__para_2) keeps little of its text (similarity 0.22) "
                 "and refers to 前款: if it is a new 款 to follow it, make its stance 新增 (insert); as given, it replaces "
                 "第八条第二款 (art_8__para_2) whole"),
    # a rewording of that 款 that refers to the 款 before it, as the 但书 might: nothing said
    ("经营者的工作人员进行贿赂的，应当认定为经营者的行为；但是，经营者有证据证明其已依照前款规定建立合规管理制度的除外。", None),
])
def test_a_kuans_wording_that_reads_as_a_new_kuan_after_it_is_said(text: str, said: str | None) -> None:
    from lawcomment import parse_text

    draft = parse_text(_BRIBERY)
    found = misfiled(draft, [_amend("art_8__para_2", text, "row 7")])
    assert found == ([said] if said else []), found
    if said:
        from lawcomment.exports import localized

        assert localized(said, "zh") == ("针对第八条第二款的修改建议几乎未保留原文（相似度0.22），且提到“前款”：如系在其后新增一款，请将"
                                         "立场改为“新增”；按现状，它将整体取代第八条第二款")  # fmt: skip


def test_a_kuan_that_refers_to_the_one_before_itself_is_reworded_so_without_a_word() -> None:
    """A review: a penalty 款 (违反前款规定的…) rewritten much is a rewording, not a new 款 after it."""
    from lawcomment import parse_text

    draft = parse_text("# 某法\n\n第九条 经营者应当依法经营。\n\n违反前款规定的，由市场监督管理部门责令改正，处一万元以上十万元以下的罚款。\n")
    found = misfiled(draft, [_amend("art_9__para_2", "经营者违反前款规定，应当承担民事责任；构成犯罪的，依法追究刑事责任。")])
    assert found == [], found


def test_a_rows_misfiled_wording_is_said_before_what_it_deletes_of_the_unit_it_names(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a trial of 网络数据安全管理条例) A row naming 第十一条 (two 款) with 第十条's wording was first told it deleted
    第十一条's words, and only then that it reads like 第十条: the first read as if the member wanted them deleted. The
    row's wrong article is said first, then how it was read there."""
    art10 = load_draft(DATA / "ecommerce-law.md").find("art_10")
    assert art10 is not None
    rows = tmp_path / "c.csv"
    rows.write_text(f"member,article,proposed_text\nacme,第十一条,\"{art10.body('').replace('依法', '依照法律')}\"\n",
                    encoding="utf-8")  # fmt: skip
    result = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    said = [x.removeprefix(f"warning: {rows}: row 2: ") for x in result.stderr.splitlines() if x.startswith("warning:")]
    assert said[0].startswith("the proposed wording for 第十一条第二款 (art_11__para_2) reads much more like 第十条 (art_10)"), said
    assert "anchored at 第十一条第二款" in said[1], said


def test_a_late_rows_wording_refused_for_its_kuan_points_to_the_earlier_readings_article(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    """(专利法实施细则, a trial) A late file in the earlier reading's numbers: its 第二条, one 款 there, cited an
    article of two 款 here, and was refused for "no 款 clearly matches it" alone, where the file's other rows were
    told the earlier reading's article and where it went. It is told so too, first, and in the file's note."""
    from tests.conftest import _consultation

    old2 = "经营者应当依法办理登记，并在登记后三十日内公示登记信息。"
    v1, v2 = tmp_path / "v1.md", tmp_path / "v2.md"
    v1.write_text(f"# 某法\n\n第一条 为了规范经营活动，制定本法。\n\n第二条 {old2}\n", encoding="utf-8")
    v2.write_text("# 某法\n\n第一条 为了规范经营活动，制定本法。\n\n第二条 国家鼓励发展数字经济。\n\n各级人民政府应当支持平台企业创新。\n\n"
                  f"第三条 {old2}\n", encoding="utf-8")  # fmt: skip
    run = _consultation(tmp_path / "lc.db", runner)
    for args in (["draft", "add", str(v1), "--name", "law", "--version", "1"],
                 ["draft", "add", str(v2), "--name", "law", "--version", "2", "--supersedes", "1"]):  # fmt: skip
        assert run(*args).exit_code == 0
    late = tmp_path / "late.csv"
    late.write_text(f"member,article,proposed_text,reason\nacme,第二条,{old2.replace('三十日', '十五日')},缩短期限\n",
                    encoding="utf-8")  # fmt: skip
    refused = run("comment", "import", str(late), "--draft", "law@2")
    was = "law@1's 第二条 (art_2) (law@2's 第三条 (art_3) now)"
    assert (refused.exit_code, refused.stderr.splitlines()[1:]) == (1, [
        f"{late} looks numbered for law@1, the reading before law@2: row 2: its wording of 第二条 (art_2) reads like {was} "
        "(similarity 0.96, against 0.14); check each row's article against law@2's numbering",
        f"  row 2: it reads like {was} (similarity 0.96): the row looks numbered for law@1; cite the article by law@2's "
        "numbers; the proposed wording for 第二条 (art_2) reads much more like 第三条 (art_3) (similarity 0.96, against "
        "0.14): check the article it names; the proposal gives one 款 of 第二条 (2 款) and no 款 clearly matches it; cite "
        "the 款 it rewrites (第二条第一款 to 第二条第二款), or give the whole article (2 款, one per line)"])  # fmt: skip
