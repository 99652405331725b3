"""lint(): numbering, 之一 placement, stray headings and references, as a table of small drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawcomment import parse_text
from lawcomment.drafts.check import lint

CASES = [
    ("第一条 甲。\n第二条 乙。\n第三条 丙。", []),
    ("第一条 甲。\n第三条 丙。", [("numbering-gap", "article 2 missing before 第三条")]),
    ("第一条 甲。\n第五条 丙。", [("numbering-gap", "article 2–4 missing before 第五条")]),
    ("第一条 甲。\n第二条 乙。\n第二条 丙。", [("numbering-order", "第二条 follows 第二条")]),
    ("第二条 甲。\n第一条 乙。", [("numbering-order", "第一条 follows 第二条")]),
    ("第一条 甲。\n第一条之一 乙。\n第一条之二 丙。\n第二条 丁。", []),
    ("第一条 甲。\n第一条之二 乙。", [("zhi-out-of-place", "第一条之二 follows 第一条")]),
    ("第一条 甲。\n第二条 乙。\n第一条之一 丙。", [("zhi-out-of-place", "第一条之一 follows 第二条")]),
    ("第一条 有下列情形：\n（一）甲；\n（三）乙。", [("numbering-gap", "item 2 missing before （三）")]),
    ("第一章 总则\n第一条 甲。\n第三章 附则\n第二条 乙。", [("numbering-gap", "chapter 2 missing before 第三章")]),
    # the first chapter's heading gone (a trial's 目录 took it): the articles before 第二章 stand in none
    ("第一条 甲。\n第二章 附则\n第二条 乙。", [("numbering-gap", "chapter 1 missing before 第二章")]),
    ("第一章 总则\n第三节 甲\n第一条 甲。", [("numbering-gap", "section 1–2 missing before 第三节")]),
    # an excerpt, from 第三十六条 on: its first chapter is where it opens (a review)
    ("第六章 罚则\n第三十六条 甲。\n第七章 附则\n第三十七条 乙。", []),
    # chapters number on across a 分编's (民法典 物权编 第二分编 opens with 第四章)
    ("第一分编 通则\n第一章 一般规定\n第一条 甲。\n第二分编 所有权\n第二章 一般规定\n第二条 乙。", []),
    ("第一条 违反前款规定的，处罚款。", [("dangling-reference", "'前款' in 第一条第一款 refers to no earlier paragraph")]),
    ("第一条 依照本法第九条处理。", [("dangling-reference", "'本法第九条' in 第一条第一款 points to 第九条, which does not exist")]),
    ("第一条 甲。\n第二条 依照本法第一条第二款。", [("dangling-reference",
      "'本法第一条第二款' in 第二条第一款 points to 第一条第二款, which does not exist")]),
    ("第一条 甲。\n第二条 依照《公司法》第九十条。", []),
    ("第一条 甲。\n第二条 第一条至第三条。", [("dangling-reference",
      "'第一条至第三条' in 第二条第一款 points to 第三条, which does not exist")]),
    ("第一条 甲。\n第二条 有下列情形：\n（一）甲；\n（二）乙。\n有第（二）项情形的除外。", []),
    ("第九条 甲。\n乙。\n农业技术推广体系\n第十条 丙。", [("unnumbered-text",
      "'农业技术推广体系' at the end of 第九条 looks like a heading without a number")]),
    ("Article 1\nScope\n1. See Article 2(1).\nArticle 2\nTerms\n1. As in paragraph 3.", [("dangling-reference",
      "'paragraph 3' in Article 2 points to Article 2(3), which does not exist")]),
    # a stray line of a source's note, its bracket closed but never opened (外商投资法 in corpus/zh, a trial)
    ("示例法\n会议通过）\n第一章 总则\n第一条 甲。", [("unbalanced-bracket",
      "序言 has a '）' it never opened ('会议通过）'): a cut or stray line of the source?")]),
    ("第一条 依照《公司法的规定。", [("unbalanced-bracket",
      "第一条第一款 has a '《' it never closes ('依照《公司法的规定。'): a cut or stray line of the source?")]),
    # a parenthesis run on over the next 款 (a table's note, 个人所得税法): closed there, so fine
    ("第一条 甲。\n（注1：乙。\n注2：丙。）", []),
    # a half-width mark between Chinese words, or ending a line after them (对外贸易法 2016's 「出口:」, a trial)
    ("第一条 有下列行为之一的:\n（一）甲;\n（二）乙。", [
        ("half-width-punctuation", "第一条第一款 sets ':' half width between Chinese words ('有下列行为之一的:'): a typo of "
                                   "the source? a wording that types the full-width mark keeps the law's (correct the source to change it)"),
        ("half-width-punctuation", "第一条第一款第一项 sets ';' half width between Chinese words ('甲;'): a typo of the "
                                   "source? a wording that types the full-width mark keeps the law's (correct the source to change it)")]),
    # figures, Latin words and a mark before Latin words are the law's own
    ("第一条 标准GB 2760,1,000元;10:30。", []),
    # a label alone (an empty paragraph Word numbered, a trial's emptynum.docx): members could comment on nothing
    ("第一条 甲。\n第二条\n第三条 乙。", [("empty-article", "第二条 has no text: an empty article (an empty "
                                                "paragraph Word numbered, or a label whose text is missing)")]),
    ("第一条 甲。\n第二条\n（一）乙。", []),
    ("Article 1\nScope\nArticle 2\nTerms\n1. As in Article 1.", []),
    # a Word list not restarted per article: Article 2's paragraphs read 3., 4., as Word prints them
    ("Article 1\n1. A.\n2. B.\nArticle 2\n3. C.\n4. D.", [("numbering-start", "Article 2: its paragraphs start at 3.: "
     "the Word list is not restarted for this article (or the numbering runs on from the article before); restart it "
     "at 1 in the file")]),
    ("Article 1\n1. A:\n(a) x;\n(b) y.\nArticle 2\n1. B:\n(c) z;\n(d) w.", [("numbering-start", "Article 2: its "
     "points start at (c): the Word list is not restarted for this article (or the numbering runs on from the "
     "article before); restart it at 1 in the file")]),
    ("第一条 有下列情形：\n（一）甲；\n（二）乙。\n第二条 有下列情形：\n（三）丙；\n（四）丁。", [("numbering-start",
     "第二条: its 项 start at （三）: the Word list is not restarted for this article (or the numbering runs on from the "
     "article before); restart it at 1 in the file")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lint(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.code, d.message) for d in lint(parse_text(text))] == expected


def test_a_stray_bracket_in_the_front_matter_is_said(tmp_path: Path) -> None:
    """对外贸易法 2022 in corpus/zh-versions: its last front-matter line ends 「…第二次修正）」, and the copies for
    members printed it (a trial): said, the line quoted by its end."""
    from lawcomment import load_draft

    path = tmp_path / "law.md"
    path.write_text("# 示例法\n\n1994年5月12日通过\n\n2022年12月30日《关于修改〈示例法〉的决定》第二次修正）\n\n<!-- INFO END -->\n\n"
                    "第一条 甲。\n", encoding="utf-8")  # fmt: skip
    assert [(d.code, d.message) for d in lint(load_draft(path))] == [("unbalanced-bracket", (
        "the front matter's line '…22年12月30日《关于修改〈示例法〉的决定》第二次修正）' has a '）' it never opened: a cut or stray "
        "character of the source? (the copies for members print it)"))]


def _front_matter_md(path: Path) -> None:
    path.write_text("# 示例法\n\n1994年5月12日通过\n\n2022年12月30日《关于修改〈示例法〉的决定》第二次修正）\n\n<!-- INFO END -->\n\n"
                    "第一条 甲。\n", encoding="utf-8")  # fmt: skip


def _front_matter_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("示例法", style="Title")
    d.add_paragraph("（征求意见稿", style="Subtitle")
    d.add_paragraph("说明：为规范示例活动（见附表，起草本稿。")  # before the 目录: front matter too
    for text in ("目\u3000录", "第一章\u3000总\u3000则"):
        d.add_paragraph(text)
    d.add_paragraph("第一章\u3000总\u3000则", style="Heading 1")
    d.add_paragraph("第一条\u3000为了规范示例活动，制定本法。")
    d.save(path)


_NEVER = "a cut or stray character of the source? (the copies for members print it)"


@pytest.mark.parametrize(("name", "write", "expected"), [
    ("law.md", _front_matter_md, [
        "{}:5: unbalanced-bracket: the front matter's line '…22年12月30日《关于修改〈示例法〉的决定》第二次修正）' has a '）' "
        f"it never opened: {_NEVER}"]),
    # Word: the paragraph, numbered as the body's are (a Subtitle, and a 说明 set aside before the 目录)
    ("law.docx", _front_matter_docx, [
        f"{{}}:2: unbalanced-bracket: the front matter's line '（征求意见稿' has a '（' it never closes: {_NEVER}",
        f"{{}}:3: unbalanced-bracket: the front matter's line '说明：为规范示例活动（见附表，起草本稿。' has a '（' it never closes: {_NEVER}"]),
])  # fmt: skip
def test_a_stray_bracket_in_the_front_matter_names_its_line(tmp_path: Path, runner, name: str, write,  # type: ignore[no-untyped-def]
                                                             expected: list[str]) -> None:  # fmt: skip
    """`draft add` (and check) said the front matter's stray bracket with no line, where every other
    warning gives FILE:LINE: (a review): the line of the file, or the .docx paragraph, as they do."""
    from lawcomment.cli import cli

    path = tmp_path / name
    write(path)
    db = str(tmp_path / "lc.db")
    assert runner.invoke(cli, ["--db", db, "init"]).exit_code == 0
    added = runner.invoke(cli, ["--db", db, "draft", "add", str(path), "--name", "x", "--version", "1"])
    assert added.exit_code == 0, added.output
    said = [line for line in added.stderr.splitlines() if "unbalanced-bracket" in line]
    assert said == [line.format(path) for line in expected]
    checked = runner.invoke(cli, ["check", str(path)])
    assert checked.exit_code == 0
    assert [line for line in checked.stdout.splitlines() if "unbalanced-bracket" in line] == said


def test_an_unheaded_preamble_s_stray_bracket_names_its_line(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    """The text before the first article, read as the 序言, stood at no line (its warning had none):
    it stands where its first words do."""
    from lawcomment.cli import cli

    path = tmp_path / "law.txt"
    path.write_text("示例法\n\n会议通过）\n第一章 总则\n第一条 甲。\n", encoding="utf-8")
    checked = runner.invoke(cli, ["check", str(path)])
    assert (checked.exit_code, checked.stdout) == (0, f"{path}:3: unbalanced-bracket: 序言 has a '）' it never opened "
                                                      "('会议通过）'): a cut or stray line of the source?\n")  # fmt: skip


# Correct law that must lint clean (issue 13, defect 11): a bare 第（四）项 after a citation of
# another article's 款 is that 款's item. Excerpts of LawRefBook/Laws, see tests/data/SOURCES.md.
HAISHANG = """第二十二条 下列各项海事请求具有船舶优先权：
（一）船长、船员和在船上工作的其他在编人员根据劳动法律、行政法规或者劳动合同所产生的工资、其他劳动报酬、船员遣返费用和社会保险费用的给付请求；
（二）在船舶营运中发生的人身伤亡的赔偿请求；
（三）船舶吨税、引航费、港务费和其他港口规费的缴付请求；
（四）海难救助的救助款项的给付请求；
（五）船舶在营运中因侵权行为产生的财产赔偿请求。
载运2000吨以上的散装货油的船舶，持有有效的证书，证明已经进行油污损害民事责任保险或者具有相应的财务保证的，对其造成的油污损害的赔偿请求，不属于前款第（五）项规定的范围。
第二十三条 本法第二十二条第一款所列各项海事请求，依照顺序受偿。但是，第（四）项海事请求，后于第（一）项至第（三）项发生的，应当先于第（一）项至第（三）项受偿。
本法第二十二条第一款第（一）、（二）、（三）、（五）项中有两个以上海事请求的，不分先后，同时受偿；不足受偿的，按照比例受偿。第（四）项中有两个以上海事请求的，后发生的先受偿。
"""
ZHENGQUAN = """第一百二十条 经国务院证券监督管理机构核准，取得经营证券业务许可证，证券公司可以经营下列部分或者全部证券业务：
（一）证券经纪；
（二）证券投资咨询；
（三）与证券交易、证券投资活动有关的财务顾问；
（四）证券承销与保荐；
（五）证券融资融券；
（六）证券做市交易；
（七）证券自营；
（八）其他证券业务。
国务院证券监督管理机构应当自受理前款规定事项申请之日起三个月内，依照法定条件和程序进行审查，作出核准或者不予核准的决定，并通知申请人；不予核准的，应当说明理由。
证券公司经营证券资产管理业务的，应当符合《中华人民共和国证券投资基金法》等法律、行政法规的规定。
除证券公司外，任何单位和个人不得从事证券承销、证券保荐、证券经纪和证券融资融券业务。
证券公司从事证券融资融券业务，应当采取措施，严格防范和控制风险，不得违反规定向客户出借资金或者证券。
第一百二十一条 证券公司经营本法第一百二十条第一款第（一）项至第（三）项业务的，注册资本最低限额为人民币五千万元；经营第（四）项至第（八）项业务之一的，注册资本最低限额为人民币一亿元；经营第（四）项至第（八）项业务中两项以上的，注册资本最低限额为人民币五亿元。证券公司的注册资本应当是实缴资本。
国务院证券监督管理机构根据审慎监管原则和各项业务的风险程度，可以调整注册资本最低限额，但不得少于前款规定的限额。
"""
STATUTES = [
    (HAISHANG, "art_23", [
        ("art_23__para_1", "本法第二十二条第一款", ("art_22__para_1",), None),
        ("art_23__para_1", "第（四）项", ("art_22__para_1__item_4",), None),
        ("art_23__para_1", "第（一）项至第（三）项", ("art_22__para_1__item_1",), "art_22__para_1__item_3"),
        ("art_23__para_1", "第（一）项至第（三）项", ("art_22__para_1__item_1",), "art_22__para_1__item_3"),
        ("art_23__para_2", "本法第二十二条第一款第（一）、（二）、（三）、（五）项",
         ("art_22__para_1__item_1", "art_22__para_1__item_2", "art_22__para_1__item_3", "art_22__para_1__item_5"), None),
        ("art_23__para_2", "第（四）项", ("art_22__para_1__item_4",), None)]),
    (ZHENGQUAN, "art_121", [
        ("art_121__para_1", "本法第一百二十条第一款第（一）项至第（三）项", ("art_120__para_1__item_1",), "art_120__para_1__item_3"),
        ("art_121__para_1", "第（四）项至第（八）项", ("art_120__para_1__item_4",), "art_120__para_1__item_8"),
        ("art_121__para_1", "第（四）项至第（八）项", ("art_120__para_1__item_4",), "art_120__para_1__item_8"),
        ("art_121__para_2", "前款", ("art_121__para_1",), None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "article", "references"), STATUTES, ids=["海商法", "证券法"])
def test_statutes_lint_clean(text: str, article: str, references: list) -> None:
    draft = parse_text(text)
    assert lint(draft) == []
    unit = draft.find(article)
    assert unit is not None
    assert [(u.eid, r.text, r.targets, r.range_end) for u in unit.walk() for r in u.references] == references


MORE = [
    # 第(三)项 with ASCII brackets names no 款 (only English "(2)" does): item 3 of 第一款 will do.
    ("第一条 有下列情形之一的：\n(一)甲；\n(二)乙；\n(三)丙。\n有第(三)项情形的除外。", []),
    # Items written 一、二、 are read as 款; 第二项 and 前款第二项 still find them.
    ("第一条 有下列情形之一的：\n一、甲；\n二、乙。\n第二条 有第一条第二项情形的除外。", []),
    # A bare 项 in a text that cited no 款 stays in this article: still a dangling reference.
    ("第一条 甲。\n第二条 依照本法第一条处理；有第（四）项情形的除外。", [("dangling-reference",
      "'第（四）项' in 第二条第一款 points to 第二条第一款第四项, which does not exist")]),
    # Nor does the frame hide a real mistake: 第二十二条第一款 has no （六）项.
    (HAISHANG.replace("但是，第（四）项", "但是，第（六）项"), [("dangling-reference",
      "'第（六）项' in 第二十三条第一款 points to 第二十二条第一款第六项, which does not exist")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_lint_more(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.code, d.message) for d in lint(parse_text(text))] == expected


def test_draft_add_says_an_excerpts_references_point_outside_it_not_that_its_split_is_wrong(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    excerpt, wrong = tmp_path / "excerpt.md", tmp_path / "wrong.md"
    excerpt.write_text("# Test Regulation\n\nArticle 1\n\nProcessing under Article 27 is lawful.\n\nArticle 2\n\n"
                       "Member States shall apply Article 89(1).\n", encoding="utf-8")  # fmt: skip
    wrong.write_text("# Test Regulation\n\nArticle 1\n\nProcessing under Article 2 is lawful.\n\nArticle 3\n\n"
                     "Member States shall notify it.\n", encoding="utf-8")  # fmt: skip
    db = str(tmp_path / "lc.db")
    assert runner.invoke(cli, ["--db", db, "init"]).exit_code == 0
    result = runner.invoke(cli, ["--db", db, "draft", "add", str(excerpt), "--name", "ex", "--version", "1"])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1] == (
        f"warning: {excerpt}: its 2 dangling reference(s) (above) all point past its last article, Article 2: the "
        "draft may be an excerpt, its references pointing to articles outside it; the articles are split as the "
        "file has them")  # fmt: skip
    result = runner.invoke(cli, ["--db", db, "draft", "add", str(wrong), "--name", "wr", "--version", "1"])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1].startswith(f"warning: {wrong} has 2 problem(s) `lawcomment check` counts "
                                                     "as errors (above): its articles may be split wrongly")  # fmt: skip


def test_a_word_list_not_restarted_per_article_is_said_once_per_article_with_its_paragraph(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli
    from tests.docx_builders import NUMBERING_REL, W, write_docx

    numbering = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')  # fmt: skip

    def para(text: str, numbered: bool = False) -> str:
        num = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if numbered else ""
        return f'<w:p>{num}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

    body = "".join([para("Article 1"), para("A.", True), para("B.", True), para("Article 2"), para("C.", True),
                    para("D.", True), para("Article 3"), para("E.", True)])  # fmt: skip
    path = write_docx(tmp_path / "single-list.docx", body, parts={"word/numbering.xml": numbering},
                      rels={"numbering.xml": NUMBERING_REL})  # fmt: skip
    result = runner.invoke(cli, ["check", str(path)])
    assert [line for line in result.output.splitlines() + result.stderr.splitlines() if "numbering-start" in line] == [
        f"{path}:5: numbering-start: Article 2: its paragraphs start at 3.: the Word list is not restarted for this "
        "article (or the numbering runs on from the article before); restart it at 1 in the file",
        f"{path}:8: numbering-start: Article 3: its paragraphs start at 5.: the Word list is not restarted for this "
        "article (or the numbering runs on from the article before); restart it at 1 in the file"]  # fmt: skip
