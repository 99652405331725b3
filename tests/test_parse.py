"""The parser on small drafts: structure, eids, whitespace rules, fidelity (incl. property tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawcomment import Kind, parse_text
from lawcomment.drafts.normalize import squash
from lawcomment.drafts.numerals import int_to_cn
from lawcomment.drafts.parse import draft_pieces
from lawcomment.drafts.source import Block

ZH = """中华人民共和国示例法（草案）
（征求意见稿）
第一章　总则
第一条　为了规范示例活动，制定本法。
第二条 本法所称示例，是指：
（一）甲；
（二）乙：
1．子项一；
2．子项二。
前款第（二）项规定的情形，适用本法第一条。
第二章 分则
第一节 一般规定
第三条　经营者应当遵守本法。
第三条之一　新增条文。
第三条　重复的条号。
附件：收费标准
一、第一档
"""


def test_zh_structure_and_eids() -> None:
    d = parse_text(ZH)
    assert d.profile == "zh-CN"
    assert d.title == "中华人民共和国示例法（草案）"
    assert d.front_matter == ("（征求意见稿）",)
    eids = [u.eid for u in d.walk()]
    assert eids == [
        "chp_1", "art_1", "art_1__para_1", "art_2", "art_2__para_1", "art_2__para_1__item_1",
        "art_2__para_1__item_2", "art_2__para_1__item_2__subitem_1", "art_2__para_1__item_2__subitem_2",
        "art_2__para_2", "chp_2", "chp_2__sec_1", "art_3", "art_3__para_1", "art_3-1", "art_3-1__para_1",
        "art_3_2", "art_3_2__para_1", "att_1",
    ]  # fmt: skip
    art2 = d.find("art_2")
    assert art2 is not None
    assert art2.body() == "本法所称示例，是指：\n（一）甲；\n（二）乙：\n1．子项一；\n2．子项二。\n前款第（二）项规定的情形，适用本法第一条。"
    assert [v.unit.eid for v in d.articles()] == ["art_1", "art_2", "art_3", "art_3-1", "art_3_2"]
    assert [c.eid for c in d.articles()[2].heading_path] == ["chp_2", "chp_2__sec_1"]
    annex = d.find("att_1")
    assert annex is not None and annex.label == "附件：" and annex.heading == "收费标准" and annex.text == "一、第一档"
    assert [(x.code, x.line) for x in d.diagnostics] == [("duplicate-number", 15)]


def test_references_are_stored_on_units() -> None:
    d = parse_text(ZH)
    para = d.find("art_2__para_2")
    assert para is not None
    assert [(r.text, r.targets) for r in para.references] == [
        ("前款第（二）项", ("art_2__para_1__item_2",)), ("本法第一条", ("art_1",))]


@pytest.mark.parametrize(
    ("line", "label", "text"),
    [("第一条　为了", "第一条", "为了"), ("第一条 为了", "第一条", "为了"), ("第一条\u00a0为了", "第一条", "为了"),
     ("\u3000第一条\t为了\u3000", "第一条", "为了"), ("第一条　为了\u3000规范", "第一条", "为了\u3000规范")],
)  # fmt: skip
def test_label_whitespace_rules(line: str, label: str, text: str) -> None:
    d = parse_text(line)
    art = d.articles()[0].unit
    assert (art.label, art.body()) == (label, text)


def _spaced_said(written: str, kind: str, label: str) -> str:
    return (f"{written!r} at the start of the line is read as the {kind} {label}: the spaces inside its label are left "
            "out, as those after a label are; its characters are kept")  # fmt: skip


# A trial (/tmp/trial-g/drafts/spaces.md, 著作权法 with 第 十 条, 第十二　条, 第　十三条): those lines were read as
# 款 of the article before, unsaid (check said only "article 10 missing"). Each is the next article in turn.
@pytest.mark.parametrize(("before", "line", "label", "eid", "text"), [
    ("第一条", "第 二 条 乙。", "第二条", "art_2", "乙。"),
    ("第一条", "第二\u3000条\u3000乙。", "第二条", "art_2", "乙。"),
    ("第一条", "第\u3000二条 乙。", "第二条", "art_2", "乙。"),
    ("第一条", "第 二 条", "第二条", "art_2", ""),
    ("第1条", "第 2 条 乙。", "第2条", "art_2", "乙。"),
    ("第十一条", "第 十 二 条 乙。", "第十二条", "art_12", "乙。"),
    ("第二条", "第 二 条之一 乙。", "第二条之一", "art_2-1", "乙。"),
    ("第三条", "第 三 条之一 乙。", "第三条之一", "art_3-1", "乙。"),
    ("第二条之一", "第 二 条之二 乙。", "第二条之二", "art_2-2", "乙。"),
    ("第二条之一", "第 三 条 乙。", "第三条", "art_3", "乙。"),
])  # fmt: skip
def test_an_article_label_with_spaces_inside_is_read_with_them_left_out(before: str, line: str, label: str, eid: str,
                                                                        text: str) -> None:  # fmt: skip
    d = parse_text(f"{before} 甲。\n{line}")
    arts = d.articles()
    assert [(v.unit.label, v.unit.body()) for v in arts] == [(before, "甲。"), (label, text)]
    assert arts[1].unit.eid == eid
    written = line.split(" 乙")[0].split("\u3000乙")[0]
    assert [(x.code, x.line, x.message) for x in d.diagnostics] == [
        ("spaced-label", 2, _spaced_said(written, "article", label))]


def _spaced_text(written: str, kind: str, label: str, where: str, why: str) -> str:
    return (f"{written!r} at the start of the line looks like the {kind} label {label} with spaces inside, but is read "
            f"as text{where}, kept as written: {why}")  # fmt: skip


# A reviewer's: a wrapped line of 第二条 that opens with a spaced cross-reference (「…依照本法」, then 「第 三 条
# 规定处理：」) was read as a 第三条 that took the 项 (the real 第三条 then art_3_2). A spaced label is read as one
# only when it is clearly one: the next number, no cross-reference's words after it, the line before it done.
@pytest.mark.parametrize(("line", "why"), [
    ("第 三 条 规定处理：", "the words after it, '规定处理：', run on as a cross-reference's do"),
    ("第 三 条 的规定处理：", "the words after it, '的规定处理：', run on as a cross-reference's do"),
    ("第 三 条 第二款规定处理：", "the words after it, '第二款规定处理：', run on as a cross-reference's do"),
    ("第三\u3000条\u3000所列情形处理：", "the words after it, '所列情形处理：', run on as a cross-reference's do"),
    ("第 三 条 处理：", "the line before it ends mid-sentence ('之一的，依照本法'): it reads as that line's words, "
                     "wrapped"),
])  # fmt: skip
def test_a_wrapped_line_that_opens_with_a_spaced_reference_stays_text(line: str, why: str) -> None:
    d = parse_text(f"第一条 甲。\n第二条 有下列情形之一的，依照本法\n{line}\n（一）甲；\n（二）乙。\n第三条 丙。")
    arts = [v.unit for v in d.articles()]
    assert [(a.eid, a.label) for a in arts] == [("art_1", "第一条"), ("art_2", "第二条"), ("art_3", "第三条")]
    assert [(p.eid, p.text, [i.eid for i in p.children]) for p in arts[1].children] == [
        ("art_2__para_1", "有下列情形之一的，依照本法", []),
        ("art_2__para_2", line, ["art_2__para_2__item_1", "art_2__para_2__item_2"])]
    written = line.split("条")[0] + "条"
    assert [(x.code, x.line, x.message) for x in d.diagnostics] == [
        ("spaced-label", 3, _spaced_text(written, "article", "第三条", " of 第二条", why))]


@pytest.mark.parametrize(("draft", "written", "label", "where", "why"), [
    ("第一条 甲。\n第 五 条 乙。", "第 五 条", "第五条", " of 第一条", "its number is not the next one (第一条 comes before it)"),
    ("第二条 甲。\n第 三 条之一 乙。", "第 三 条之一", "第三条之一", " of 第二条",
     "its number is not the next one (第二条 comes before it)"),
    ("第二条之一 甲。\n第 二 条之三 乙。", "第 二 条之三", "第二条之三", " of 第二条之一",
     "its number is not the next one (第二条之一 comes before it)"),
    ("第 三 条 乙。\n第四条 甲。", "第 三 条", "第三条", "",
     "its number is not the next one (no article comes before it, and it is not the first)"),
])  # fmt: skip
def test_a_spaced_label_out_of_sequence_is_text_said(draft: str, written: str, label: str, where: str,
                                                       why: str) -> None:  # fmt: skip
    d = parse_text(draft)
    line = next(n for n, text in enumerate(draft.split("\n"), 1) if text.startswith(written))
    assert [x for x in draft_pieces(d) if written in x] == [draft.split("\n")[line - 1]]  # its characters, as written
    assert len(d.articles()) == 1
    said = [(x.code, x.line, x.message) for x in d.diagnostics if x.code == "spaced-label"]
    assert said == [("spaced-label", line, _spaced_text(written, "article", label, where, why))]


@pytest.mark.parametrize("line", ["第二 条款规定的除外。", "第二条 乙。", "第二条规定的除外。", "第 二条规定的除外。"])
def test_words_that_open_with_a_spaced_number_are_no_spaced_label(line: str) -> None:
    d = parse_text(f"第一条 甲。\n{line}")
    assert not [x for x in d.diagnostics if x.code == "spaced-label"]


def test_a_chapter_heading_with_spaces_in_its_label_is_read_and_said() -> None:
    d = parse_text("第 一 章　总则\n第一条 甲。")
    assert [(u.eid, u.label, u.heading) for u in d.units] == [("chp_1", "第一章", "总则")]
    assert [(x.code, x.message) for x in d.diagnostics] == [
        ("spaced-label", _spaced_said("第 一 章", "chapter", "第一章"))]


@pytest.mark.parametrize(("draft", "chapters", "said"), [
    ("第一章 总则\n第一条 甲。\n第 二 章　分则\n第二条 乙。", ["第一章", "第二章"],
     (3, _spaced_said("第 二 章", "chapter", "第二章"))),
    ("第一章 总则\n第一条 甲。\n第 三 章　分则\n第二条 乙。", ["第一章"],
     (3, _spaced_text("第 三 章", "chapter", "第三章", " of 第一条",
                      "its number is not the next one (第一章 comes before it)"))),
    ("第一章 总则\n第一条 依照本法\n第 二 章 规定的部门\n第二条 乙。", ["第一章"],
     (3, _spaced_text("第 二 章", "chapter", "第二章", " of 第一条",
                      "the words after it, '规定的部门', run on as a cross-reference's do"))),
    # (a 民法典's chapters are numbered from 第一章 again in each 编)
    ("第一编 总则\n第一章 甲\n第一条 甲。\n第二编 分则\n第 一 章 乙\n第二条 乙。", ["第一章", "第一章"],
     (5, _spaced_said("第 一 章", "chapter", "第一章"))),
])  # fmt: skip
def test_a_spaced_chapter_label_is_one_when_it_is_the_next_chapter(draft: str, chapters: list[str],
                                                                    said: tuple[int, str]) -> None:  # fmt: skip
    d = parse_text(draft)
    assert [u.label for u in d.walk() if u.kind is Kind.CHAPTER] == chapters
    assert [(x.line, x.message) for x in d.diagnostics if x.code == "spaced-label"] == [said]
    if "looks like" in said[1]:  # read as text: its line, character for character
        assert draft.split("\n")[said[0] - 1] in draft_pieces(d)


def test_a_spaced_label_in_a_heading_is_one_whatever_its_number() -> None:
    """A heading (markdown's #, Word's heading styles) is a heading: no wrapped line, no cross-reference."""
    from lawcomment.drafts.markdown import markdown_source
    from lawcomment.registry import parse

    d = parse(markdown_source("# 示例法\n\n## 第一章 总则\n\n第一条 甲。\n\n## 第 五 章 附则\n\n第二条 乙。\n", "f.md"))
    assert [(u.eid, u.label, u.heading) for u in d.units] == [("chp_1", "第一章", "总则"), ("chp_5", "第五章", "附则")]
    assert [(x.code, x.line, x.message) for x in d.diagnostics] == [
        ("spaced-label", 7, _spaced_said("第 五 章", "chapter", "第五章"))]


def test_check_says_where_a_spaced_label_was_read(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    path = tmp_path / "d.md"
    path.write_text("# 示例法\n\n第一条 甲。\n\n第 二 条 乙。\n\n第三条 丙。\n", encoding="utf-8")
    split = runner.invoke(cli, ["split", str(path)])
    assert split.exit_code == 0
    assert split.stdout == "示例法\n第一条　甲。\n第二条　乙。\n第三条　丙。\n"
    said = f"{path}:5: spaced-label: {_spaced_said('第 二 条', 'article', '第二条')}"
    assert split.stderr == said + "\n"
    check = runner.invoke(cli, ["check", str(path)])
    assert (check.exit_code, check.stdout, check.stderr) == (0, said + "\n", "3 articles, 0 error(s), 1 warning(s)\n")


def test_split_keeps_a_wrapped_spaced_reference_as_text(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    """The reviewer's draft: 「第 三 条 规定处理：」 is 第二条's second 款, as before spaced labels were read;
    no second 第三条 (art_3_2, a duplicate-number warning) takes the 项."""
    import json

    from lawcomment.cli import cli

    path = tmp_path / "d.md"
    path.write_text("# 示例法\n\n第一条 为了规范管理，制定本法。\n\n第二条 有下列情形之一的，依照本法\n第 三 条 规定处理：\n"
                    "（一）甲；\n（二）乙。\n\n第三条 本法自公布之日起施行。\n", encoding="utf-8")  # fmt: skip
    split = runner.invoke(cli, ["split", str(path)])
    assert split.exit_code == 0
    assert split.stdout == "示例法\n第一条　为了规范管理，制定本法。\n第二条　有下列情形之一的，依照本法\n第三条　本法自公布之日起施行。\n"
    why = "the words after it, '规定处理：', run on as a cross-reference's do"
    said = f"{path}:6: spaced-label: {_spaced_text('第 三 条', 'article', '第三条', ' of 第二条', why)}"
    assert split.stderr == said + "\n"
    units = json.loads(runner.invoke(cli, ["split", "--format", "json", str(path)]).stdout)["units"]
    second = units[1]
    assert [u["eid"] for u in units] == ["art_1", "art_2", "art_3"]
    assert [(c["eid"], c["text"], len(c.get("children", []))) for c in second["children"]] == [
        ("art_2__para_1", "有下列情形之一的，依照本法", 0), ("art_2__para_2", "第 三 条 规定处理：", 2)]


def test_zero_width_characters_are_removed_with_a_warning() -> None:
    d = parse_text("第一条\u200b 为了\ufeff规范。")
    assert d.articles()[0].unit.body() == "为了规范。"
    assert [(x.code, x.message) for x in d.diagnostics] == [("zero-width", "removed 2 zero-width character(s)")]


def test_line_without_space_after_label_is_body_text() -> None:
    d = parse_text("第一条 甲。\n第二条规定的情形除外。")
    assert len(d.articles()) == 1
    assert d.articles()[0].unit.body() == "甲。\n第二条规定的情形除外。"


def test_toc_is_set_aside() -> None:
    text = "示例法\n目录\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 甲。\n第二章 附则\n第二条 乙。"
    d = parse_text(text)
    assert d.toc == ("目录", "第一章 总则", "第二章 附则")
    assert [u.eid for u in d.units] == ["chp_1", "chp_2"]
    assert [x.code for x in d.diagnostics] == ["toc"]


def test_text_before_the_toc_is_front_matter_not_a_preamble() -> None:
    """A trial: a 说明 paragraph between the title and the 目录 was read as the law's 序言, exported
    and commented on as law text, while the marked-up copy's reader called it the front matter. Text
    before the 目录 is no law: front matter, said; a 序言 after the 目录 stays one."""
    d = parse_text("示例法\n说明：为规范示例活动，起草本稿。\n目录\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 甲。\n"
                   "第二章 附则\n第二条 乙。")  # fmt: skip
    assert d.front_matter == ("说明：为规范示例活动，起草本稿。",)
    assert [u.eid for u in d.units] == ["chp_1", "chp_2"]
    assert [(x.code, x.message, x.line) for x in d.diagnostics] == [
        ("front-matter", "1 paragraph(s) before the table of contents set aside as front matter; they are not law "
                         "text (a 序言 comes after the 目录)", 3),
        ("toc", "table of contents (3 lines) set aside; it is not law text", 6)]  # fmt: skip
    constitution = parse_text("示例法\n目录\n序言\n第一章 总则\n序言\n中国是历史悠久的国家。\n第一章 总则\n第一条 甲。")
    assert constitution.front_matter == () and [u.eid for u in constitution.units] == ["preamble", "chp_1"]
    assert constitution.units[0].text.endswith("中国是历史悠久的国家。")
    no_toc = parse_text("示例法\n为了规范示例活动，制定本法。\n第一章 总则\n第一条 甲。")  # no 目录: as before
    assert no_toc.front_matter == () and [u.eid for u in no_toc.units] == ["preamble", "chp_1"]


def test_no_articles_keeps_text_as_one_unit() -> None:
    d = parse_text("关于某事的通知\n各单位：请遵照执行。\n特此通知。")
    assert [u.kind for u in d.units] == [Kind.PREAMBLE]
    assert d.units[0].text == "各单位：请遵照执行。\n特此通知。"
    assert [x.code for x in d.diagnostics] == ["no-articles"]


def test_unnumbered_text_in_chapter_is_flagged() -> None:
    d = parse_text("第一章 总则\n本章说明文字。\n第一条 甲。")
    assert d.find("chp_1").text == "本章说明文字。"  # type: ignore[union-attr]
    assert [x.code for x in d.diagnostics] == ["unnumbered-text"]


EN = """Regulation on examples
CHAPTER I
General provisions
Article 1
Subject-matter
1.   This Regulation lays down rules.
2.   It applies to:
(a)
the first case;
(b)
the second case, referred to in Article 2(1);
(i) a sub-point;
(ii) another;
provided that this holds.
Article 2
Definitions
For the purposes of this Regulation:
(1)
‘example’ means:
(a) one;
(b) two;
(2)
‘other’ means anything else.
"""


def test_en_structure() -> None:
    d = parse_text(EN)
    assert d.profile == "en"
    art1 = d.find("art_1")
    assert art1 is not None and art1.heading == "Subject-matter"
    para2 = d.find("art_1__para_2")
    assert para2 is not None and para2.tail == "provided that this holds."
    assert [u.eid for u in para2.walk()] == [
        "art_1__para_2", "art_1__para_2__item_1", "art_1__para_2__item_2",
        "art_1__para_2__item_2__subitem_1", "art_1__para_2__item_2__subitem_2"]  # fmt: skip
    item = d.find("art_1__para_2__item_2")
    assert item is not None and item.references[0].targets == ("art_2__para_1",)
    defs = d.find("art_2__para_1__item_1")
    assert defs is not None and [c.eid for c in defs.children] == [
        "art_2__para_1__item_1__subitem_1", "art_2__para_1__item_1__subitem_2"]
    assert d.diagnostics == ()


@pytest.mark.parametrize(("last", "after", "paragraphs", "closing"), [
    # a list that ended with a full stop, then a sentence: the next paragraph (a Chinese law's 款 after its 项)
    ("(b) others.", "Such rules shall be published.", 2, ""),
    ("(b) others!", "Such rules shall be published.", 2, ""),
    # a list that goes on into its closing words: they stay the paragraph's own
    ("(b) others; and", "in each case, within 30 days.", 1, "in each case, within 30 days."),
    ("(b) others,", "Provided that the rules are published.", 1, "Provided that the rules are published."),
    ("(b) others.", "in each case within 30 days.", 1, "in each case within 30 days."),
])  # fmt: skip
def test_a_line_after_a_list_that_ended_is_a_paragraph_of_its_own(last: str, after: str, paragraphs: int,
                                                                 closing: str) -> None:  # fmt: skip
    d = parse_text(f"Act\nArticle 1 The State shall:\n(a) one thing;\n{last}\n{after}\nArticle 2 Next.", "en")
    article = d.find("art_1")
    paras = [c for c in article.children if c.kind is Kind.PARAGRAPH]
    assert len(paras) == paragraphs
    assert paras[0].tail == closing
    if paragraphs == 2:
        assert paras[1].text == after


def test_closing_words_of_a_numbered_paragraph_stay_its_own() -> None:
    d = parse_text("Act\nArticle 1\n1. The State shall:\n(a) one thing;\n(b) others.\nSuch rules apply.\n"
                   "2. Next.", "en")  # fmt: skip
    assert d.find("art_1__para_1").tail == "Such rules apply."


@pytest.mark.parametrize(("lines", "subitems", "warned"), [
    # a UK bill's subsection (2), paragraph (c), sub-paragraphs (i), (ii): the sub-paragraphs are
    # (c)'s own lines (no unit below a sub-item), then (d) is the next paragraph
    (["(c) provide for either—", "(i) the restoration; or", "(ii) an alternative source;", "(d) the rest."],
     ["provide for either—\n(i) the restoration; or\n(ii) an alternative source;", "the rest."], False),
    # (i) after (h) is the ninth paragraph, not a sub-paragraph of (h)
    ([f"({c}) point {c};" for c in "cdefghi"], [f"point {c};" for c in "cdefghi"], False),
    # (iii) with no (i), (ii) before it under (c): not (c)'s own line, and the check says so
    (["(c) provide for either—", "(iii) the restoration."], ["provide for either—", "the restoration."], True),
])  # fmt: skip
def test_sub_paragraphs_under_a_lettered_paragraph_stay_its_lines(lines: list[str], subitems: list[str],
                                                                  warned: bool) -> None:  # fmt: skip
    text = "\n".join(["Bill", "Section 6", "Hydroelectric facilities", "(1) First.",
                      "(2) Each contribution shall be sufficient to—", "(a) rebuild;", "(b) restore; and", *lines,
                      "(3) Last."])  # fmt: skip
    d = parse_text(text, "en")
    item = d.find("art_6__para_1__item_2")
    assert [c.text for c in item.children][2:] == subitems
    eids = [u.eid for u in d.find("art_6").walk()]
    assert len(eids) == len(set(eids))
    assert "\n".join(u.text for u in d.find("art_6").walk() if u.text).count("(ii)") == text.count("(ii)")
    assert bool([x for x in d.diagnostics if x.code in ("duplicate-number", "numbering-order")]) is warned


def test_en_sections_become_articles_without_article_lines() -> None:
    d = parse_text("An Act\nSection 1. Short title\nThis Act may be cited as the Example Act.\nSEC. 2. Definitions\nIn this Act:")
    assert [(v.unit.eid, v.unit.label) for v in d.articles()] == [("art_1", "Section 1."), ("art_2", "SEC. 2.")]


# -- property tests: fidelity on generated drafts -----------------------------------------

_TEXT = st.text(alphabet=st.sampled_from(list("的规定应当经营者国家本法第条款项一二三（）、，。；：  \u3000ab1.")),
                min_size=1, max_size=30)  # fmt: skip


@st.composite
def zh_drafts(draw: st.DrawFn) -> str:
    lines = [draw(_TEXT)]
    article = 0
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["chapter", "article", "article", "para", "item", "sub", "free", "blank"]))
        body = draw(_TEXT)
        if kind == "chapter":
            lines.append(f"第{int_to_cn(draw(st.integers(1, 20)))}章 {body}")
        elif kind == "article":
            article += draw(st.integers(0, 2))
            sep = draw(st.sampled_from([" ", "\u3000", "\t", "\u00a0"]))
            lines.append(f"第{int_to_cn(article or 1)}条{sep}{body}")
        elif kind == "item":
            lines.append(f"（{int_to_cn(draw(st.integers(1, 12)))}）{body}")
        elif kind == "sub":
            lines.append(f"{draw(st.integers(1, 9))}．{body}")
        elif kind == "blank":
            lines.append(draw(st.sampled_from(["", "   ", "\u3000"])))
        else:
            lines.append(body)
    return "\n".join(lines)


@settings(max_examples=300, deadline=None)
@given(zh_drafts())
def test_every_character_lands_in_the_draft_in_order(text: str) -> None:
    d = parse_text(text)
    assert "fidelity" not in [x.code for x in d.diagnostics]
    assert squash("".join(draft_pieces(d))) == squash(text)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=200))
def test_arbitrary_text_never_loses_characters(text: str) -> None:
    d = parse_text(text)
    assert squash("".join(draft_pieces(d))) == squash(text.replace("\r", ""))


@settings(max_examples=100, deadline=None)
@given(zh_drafts())
def test_eids_are_unique(text: str) -> None:
    eids = [u.eid for u in parse_text(text).walk()]
    assert len(eids) == len(set(eids))


# -- issue 15: fidelity against the runs, the caps, and what the fuzzer found ----------------------


def test_lines_after_an_item_that_the_list_continues_stay_in_order() -> None:
    """Found by tests/hostile/test_fuzz.py: the line after (a)'s text went after (b)."""
    from lawcomment import parse_text

    d = parse_text("Example Act\nArticle 1\nScope\n1. This applies to data:\n(a)\nkept in files\nor in any other form;\n"
                   "(b) processed otherwise.\n(i) sub\ntail of sub\n(ii) sub2\nend words.", "en")  # fmt: skip
    assert [x.message for x in d.diagnostics if x.code == "fidelity"] == []
    item_a = d.find("art_1__para_1__item_1")
    assert item_a is not None and item_a.text == "kept in files\nor in any other form;"


def test_a_label_left_alone_at_the_end_stays_after_the_closing_words() -> None:
    """Found by the fuzzer: a last bare (23) went into item (b), before the words after it."""
    from lawcomment import parse_text

    d = parse_text("Act\nArticle 4\n(b)\n(c)(c)\na complaint;\n(23)", "en")
    assert [x.message for x in d.diagnostics if x.code == "fidelity"] == []


def test_a_title_taken_after_markdown_front_matter_is_not_out_of_order(tmp_path: Path) -> None:
    """Found by the fuzzer: front matter without a # title, then the title as the first line."""
    from lawcomment import load_draft

    path = tmp_path / "f.md"
    path.write_text("（2012年8月31日通过）\n<!-- INFO END -->\n示例法\n第一条　甲。\n", encoding="utf-8")
    d = load_draft(path)
    assert (d.title, d.front_matter, [x.code for x in d.diagnostics]) == ("示例法", ("（2012年8月31日通过）",), [])


def test_an_info_end_marker_inside_a_line_is_body_text() -> None:
    """Found by the review of issue 15: the library's Markdown reader raised StopIteration
    when the marker only appeared inside a line (the CLI refuses such a file first)."""
    from lawcomment.drafts.markdown import markdown_source

    src = markdown_source("# 示例法\n第一条　写明<!-- INFO END -->的文字。\n", "f.md")
    assert (src.title, [b.text for b in src.blocks]) == ("示例法", ["第一条　写明<!-- INFO END -->的文字。"])


def test_fidelity_compares_against_the_raw_runs() -> None:
    from lawcomment.drafts.parse import parse_source
    from lawcomment.drafts.source import Block, Source
    from lawcomment.registry import get_profile

    blocks = (Block("第一条　甲。", 1),)
    ok = parse_source(Source("f.docx", blocks, raw="第一条甲。"), get_profile("zh-CN"))
    assert [x.code for x in ok.diagnostics] == []
    lost = parse_source(Source("f.docx", blocks, raw="第一条甲。乙款。"), get_profile("zh-CN"))
    assert [(x.code, x.message) for x in lost.diagnostics] == [
        ("fidelity", "the draft does not hold exactly the text of the file's runs (first difference near '第一条甲。乙款。')")]


@pytest.mark.parametrize(("blocks", "message"), [
    (tuple(Block(f"第{n}条　甲。", n) for n in range(1, 20_002)), "too many paragraphs: 20,001 (the limit is 20,000)"),
    ((Block("第一条　" + "甲" * 1_000_000, 1),), "too much text: more than 1,000,000 characters (the limit)"),
    (tuple(Block(f"第{n}条　甲。", n) for n in range(1, 5_002)), "too many articles: more than 5,000 (the limit)"),
])  # fmt: skip
def test_sources_past_the_caps_are_refused(blocks: tuple[Block, ...], message: str) -> None:
    from lawcomment.drafts.parse import parse_source
    from lawcomment.drafts.source import Source
    from lawcomment.errors import InputError
    from lawcomment.registry import get_profile

    with pytest.raises(InputError) as exc:
        parse_source(Source("f.txt", blocks), get_profile("zh-CN"))
    assert str(exc.value) == f"f.txt: {message}"


@pytest.mark.parametrize("line, container", [
    ("Chapter IV Rights of Individuals in Personal Information Processing Activities", "chp_4"),  # a long English heading
    ("Chapter 5 of the Act applies to all contracts concluded after the entry into force of this Law, unless agreed", None),
    ("Section 3 of the Civil Code shall apply mutatis mutandis to the contracts referred to in the preceding article", None),
    ("Part 2 Some long heading without a full stop that is really the first sentence of a paragraph in this text", None),
])  # fmt: skip
def test_a_long_english_heading_is_one_only_in_title_case(line: str, container: str | None) -> None:
    draft = parse_text(f"Law\nArticle 1 General rule.\n{line}\nArticle 2 Two.\n")
    found = [u.eid for u in draft.walk() if u.kind.is_container]
    assert found == ([container] if container else [])


@given(st.text(alphabet=st.sampled_from(list("第一条　 \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000\u200b\u200c\u200d\u2060\ufeffab")), max_size=40))
def test_squash_drops_every_whitespace_and_zero_width_character(text: str) -> None:
    """squash (split and join) removes what the documented regexes remove: \\s in full Unicode,
    and the zero-width characters."""
    import re

    assert squash(text) == re.sub(r"\s+", "", re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", text))


#: The en profile's label patterns written with the dashes in one class with the ASCII marks (the
#: profile gives them a class of their own, for a faster compile): the property below holds the
#: profile's to exactly their matches. The mark after a label is the label's own (TITLE I—, a trial's
#: em dash the parse dropped), as a bill's SEC. 2. keeps its full stop.
_ONE_CLASS_STOP, _ONE_CLASS_DASH = r"(?:\s*[.:\u2013\u2014-]|(?=\s|$))", r"\s*"
_ONE_CLASS_PATTERNS = {
    "part": rf"^(?P<label>(?:PART|Part|TITLE)\s+(?P<num>[IVXLC]+|\d+){_ONE_CLASS_STOP}){_ONE_CLASS_DASH}(?P<rest>.*)$",
    "article": rf"^(?P<label>(?:ARTICLE|Article)\s+(?P<num>\d+)(?:(?P<letter>[A-Za-z])|-(?P<sub>\d+))?{_ONE_CLASS_STOP})"
               rf"{_ONE_CLASS_DASH}(?P<rest>.*)$",
    "annex": r"^(?P<label>(?:ANNEX|Annex|SCHEDULE|Schedule|APPENDIX|Appendix)(?:\s+(?P<num>[IVXLC]+|\d+))?"
             r"(?:[.:\u2013\u2014-]|(?=\s)|$))\s*(?P<rest>.*)$",
}  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Article 5", "Article 12a", "Article 3-1", "PART II", "Annex", "Annex IV", " ",
                                 ".", ":", "-", "\u2013", "\u2014", "\u2012", "\u2015", "x", "\t", "\u3000", "Title"]),
                max_size=6).map("".join))  # fmt: skip
def test_en_label_patterns_match_as_with_one_dash_class(line: str) -> None:
    import re

    from lawcomment import en_profile

    profile = en_profile()
    assert profile.annex is not None
    ours = {"part": profile.containers[0].pattern, "article": profile.article.pattern, "annex": profile.annex}
    for name, pattern in _ONE_CLASS_PATTERNS.items():
        old, new = re.compile(pattern).match(line), ours[name].match(line)
        assert (old and (old.span(), old.groupdict())) == (new and (new.span(), new.groupdict())), (name, line)


#: The zh-CN profile's label patterns with a space inside a label written as one class (the profile
#: writes it as an alternation, for a faster compile): the property below holds the profile's to
#: exactly their matches.
_SPACE_CLASS = r"[ \u3000\u00a0]"


def _zh_label_pattern(unit: str) -> str:
    from lawcomment.drafts.numerals import NUMERAL_CLASS

    n = f"{NUMERAL_CLASS}+"
    spaced = rf"{n}(?:{_SPACE_CLASS}+{n})*"
    head = rf"^(?P<label>第{_SPACE_CLASS}*(?P<num>{spaced}){_SPACE_CLASS}*{unit}"
    if unit == "条":
        return rf"{head}(?:之(?P<sub>{n}))?)(?:[\s]+(?P<rest>.*)|$)"
    return rf"{head})(?:[\s]+(?P<rest>.*)|(?P<tight>\S.*)|$)"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["第", "十", "二", "〇", "1", "１", "条", "章", "编", "分编", "节", "之", "一", " ", "\u3000",
                                 "\u00a0", "\u2002", "\t", "\n", "x", "总则"]), max_size=10).map("".join))  # fmt: skip
def test_zh_label_patterns_match_as_with_one_space_class(line: str) -> None:
    import re

    from lawcomment import zh_cn_profile

    profile = zh_cn_profile()
    ours = {"编": profile.containers[0].pattern, "分编": profile.containers[1].pattern, "章": profile.containers[2].pattern,
            "节": profile.containers[3].pattern, "条": profile.article.pattern}  # fmt: skip
    for unit, pattern in ours.items():
        old, new = re.compile(_zh_label_pattern(unit)).match(line), pattern.match(line)
        assert (old and (old.span(), old.groupdict())) == (new and (new.span(), new.groupdict())), (unit, line)


def test_zh_label_patterns_are_the_class_form_but_for_the_space() -> None:
    from lawcomment import zh_cn_profile

    profile = zh_cn_profile()
    written = [r.pattern.pattern for r in (*profile.containers, profile.article)]
    assert [p.replace(r"(?:[ \u00a0]|\u3000(?=))", _SPACE_CLASS) for p in written] == [
        _zh_label_pattern(unit) for unit in ("编", "分编", "章", "节", "条")]


@pytest.mark.parametrize(("profile", "label"), [("en", "Article 1 or Section 1"), ("zh-CN", "第一条")])
def test_a_text_of_no_articles_says_how_an_article_opens(profile: str, label: str) -> None:
    # a trial: a UK bill, its sections headed "1 Payments", was read as no article, said without how to fix it
    from lawcomment import parse_text

    got = parse_text("Sample Bill\n\n1 Payments\n\n(1) A payment may be made.\n", profile=profile)
    (said,) = [d.message for d in got.diagnostics if d.code == "no-articles"]
    assert said == f"no articles found; the whole text is kept as one unit (an article opens with its label at a line's start: {label})"


_INSERTED_BILL = ("Data Sharing Bill\n\nSection 1. Short title\n\nThis Act may be cited as the Data Sharing Act.\n\n"
                  "Section 5. Interpretation\n\n(1) In this Act, data means information in electronic form.\n\n"
                  "(2) A reference to a holder includes a processor.\n\nSection 5A. Application to the Crown\n\n"
                  "This Act binds the Crown.\n\nSEC. 6. COMMENCEMENT.\n\nThis Act commences on proclamation.\n")  # fmt: skip


def test_an_inserted_section_5a_is_its_own_article_numbered_as_an_inserted_one() -> None:
    # a trial (an English bill): "Section 5A" was read as words of section 5, its heading with them, unsaid
    draft = parse_text(_INSERTED_BILL, profile="en")
    arts = {a.unit.eid: a.unit for a in draft.articles()}
    assert list(arts) == ["art_1", "art_5", "art_5-1", "art_6"]
    assert arts["art_5-1"].label == "Section 5A." and arts["art_5-1"].heading == "Application to the Crown"
    assert [c.text for c in arts["art_5-1"].children] == ["This Act binds the Crown."]
    assert not [d for d in draft.diagnostics if d.code == "missing-number"]


@pytest.mark.parametrize(("line", "heading", "text"), [
    ("Section 1. Short title", "Short title", ""),
    ("SEC. 6. COMMENCEMENT.", "COMMENCEMENT.", ""),
    ("Section 5. Interpretation", "Interpretation", ""),
    # a sentence, a placeholder, a child's label: the article's words, never its heading
    ("Section 2. This Act binds the Crown.", "", "This Act binds the Crown."),
    ("Section 2. A.", "", "A."),
    ("Section 2. (1) A person may apply.", "", ""),
    ("Section 2. the holder may apply", "", "the holder may apply"),
    # a sentence whose full stop was left off (a verb says so), or a question: its text (a review)
    ("Section 2. The Minister may make regulations", "", "The Minister may make regulations"),
    ("Section 2. Does this apply?", "", "Does this apply?"),
])  # fmt: skip
def test_an_english_article_s_words_on_its_label_line_are_its_heading_only_when_they_read_as_one(
        line: str, heading: str, text: str) -> None:  # fmt: skip
    draft = parse_text(f"Bill\n\n{line}\n\nMore words here.\n", profile="en")
    art = next(iter(draft.articles())).unit
    assert art.heading == heading
    assert (art.children[0].text if heading else art.children[0].text or art.children[0].children[0].text) == \
        (text or ("More words here." if heading else "A person may apply."))
    assert heading + text in "\n".join(u.heading + u.text for u in draft.walk())  # nothing dropped


def test_an_eu_article_12a_is_the_one_inserted_after_12() -> None:
    draft = parse_text("Regulation\n\nArticle 12\n\nScope\n\nText.\n\nArticle 12a\n\nInserted\n\nMore.\n", profile="en")
    assert [a.unit.eid for a in draft.articles()] == ["art_12", "art_12-1"]
    assert [a.unit.label for a in draft.articles()] == ["Article 12", "Article 12a"]


def test_words_after_an_english_label_that_are_all_the_article_says_are_its_text() -> None:
    # a review: "Article 8 This Law shall take effect…" alone, read as a heading, left the article with no text
    draft = parse_text("Bill\n\nSection 9. Repealed\n\nSection 10. Commencement\n\nThis Act commences today.\n",
                       profile="en")  # fmt: skip
    assert [(a.unit.heading, a.unit.body()) for a in draft.articles()] == [
        ("", "Repealed"), ("Commencement", "This Act commences today.")]


# -- text after the last article that reads as an annex --------------------------------------
#: 个人所得税法 (2018) ends with its 税率表, captions and notes, and no 附件 or 附表 heading.
IIT_END = """中华人民共和国个人所得税法
第二十一条 国务院根据本法制定实施条例。
第二十二条 本法自公布之日起施行。
个人所得税税率表一（综合所得适用）
（注1：本表所称全年应纳税所得额是指依照本法第六条的规定计算的余额。
注2：非居民个人取得工资、薪金所得，依照本表按月换算后计算应纳税额。）
个人所得税税率表二（经营所得适用）
（注：本表所称全年应纳税所得额是指依照本法第六条的规定计算的余额。）
"""


def test_a_table_annex_after_the_last_article_is_no_paragraph_of_it() -> None:
    d = parse_text(IIT_END)
    last = d.find("art_22")
    assert last is not None and last.body() == "本法自公布之日起施行。"
    assert [(u.eid, u.heading, u.text) for u in d.units if u.kind is Kind.ANNEX] == [
        ("att_1", "个人所得税税率表一（综合所得适用）",
         "（注1：本表所称全年应纳税所得额是指依照本法第六条的规定计算的余额。\n注2：非居民个人取得工资、薪金所得，依照本表按月换算后计算应纳税额。）"),
        ("att_2", "个人所得税税率表二（经营所得适用）", "（注：本表所称全年应纳税所得额是指依照本法第六条的规定计算的余额。）")]  # fmt: skip
    assert [v.unit.eid for v in d.articles()] == ["art_21", "art_22"]
    assert [(x.code, x.line, x.message) for x in d.diagnostics] == [(
        "annex-text", 4, "'个人所得税税率表一（综合所得适用）' after the last article, 第二十二条, reads as an annex (a table's "
        "caption, a table or its note), not as that article's text: it and the 4 line(s) after it are read as 2 annexes "
        "of their own (att_1, att_2), kept out of 第二十二条; head each with 附件 or 附表 to say so, or check the file")]  # fmt: skip
    assert squash("".join(draft_pieces(d))) == squash(IIT_END)  # every character kept, in order


def test_a_table_and_its_note_after_the_last_articles_items_are_an_annex(tmp_path: Path) -> None:
    """The caption after the last article's items (read so far as its closing words), the table
    (a markdown table) and the note under it: one annex, holding the table."""
    from lawcomment import load_draft

    path = tmp_path / "law.md"
    path.write_text("# 示例法\n\n第一条 本法适用于示例。\n\n第二条 本法所称示例，包括：\n\n（一）甲；\n\n（二）乙。\n\n"
                    "示例税率表\n\n| 级数 | 税率 |\n|---|---|\n| 1 | 3% |\n\n注：本表所称示例是指甲。\n", encoding="utf-8")  # fmt: skip
    d = load_draft(path)
    assert [u.eid for u in d.walk()] == ["art_1", "art_1__para_1", "art_2", "art_2__para_1", "art_2__para_1__item_1",
                                         "art_2__para_1__item_2", "att_1", "att_1__table_1", "att_1__para_1"]  # fmt: skip
    annex = d.find("att_1")
    assert annex is not None and annex.heading == "示例税率表" and annex.children[0].rows == (("级数", "税率"), ("1", "3%"))
    assert [(x.code, x.line) for x in d.diagnostics] == [("annex-text", 11)]
    assert d.diagnostics[0].message.startswith("'示例税率表' after the last article, 第二条, reads as an annex")


@pytest.mark.parametrize("text", [
    # a table the article announces (税率如下：) is its own
    "示例法\n第一条 本法适用于示例。\n第二条 税率如下：\n示例税率表\n注：甲。\n",
    # a caption before another article is that article's 款 (the last article decides)
    "示例法\n第一条 本法适用于示例。\n示例税率表\n第二条 本法自公布之日起施行。\n",
    # a last 款 that names no table
    "示例法\n第一条 本法适用于示例。\n第二条 本法自公布之日起施行。\n国务院另行规定\n",
    # an annex headed as one
    "示例法\n第一条 本法适用于示例。\n第二条 本法自公布之日起施行。\n附表：示例税率表\n注：甲。\n",
])  # fmt: skip
def test_words_after_the_last_article_that_read_as_no_annex_stay_where_they_are(text: str) -> None:
    d = parse_text(text)
    assert "annex-text" not in [x.code for x in d.diagnostics]
    assert [u.eid for u in d.units if u.kind is Kind.ANNEX] == (["att_1"] if "附表" in text else [])


def test_a_table_the_last_articles_words_follow_is_its_own(tmp_path: Path) -> None:
    """A table with no caption, followed by more words of the article (not notes), stays in it."""
    from lawcomment import load_draft

    path = tmp_path / "law.md"
    path.write_text("# 示例法\n\n第一条 本法适用于示例。\n\n第二条 示例活动应当遵守法律。\n\n| 级数 | 税率 |\n|---|---|\n"
                    "| 1 | 3% |\n\n违反前款规定的，依法处理。\n", encoding="utf-8")  # fmt: skip
    d = load_draft(path)
    assert [u.eid for u in d.walk()] == ["art_1", "art_1__para_1", "art_2", "art_2__para_1", "art_2__table_1",
                                         "art_2__para_2"]  # fmt: skip
    assert "annex-text" not in [x.code for x in d.diagnostics]
    # the same table at the law's end, a note under it: an annex
    path.write_text(path.read_text(encoding="utf-8").replace("违反前款规定的，依法处理。", "注：级数按年计算。"), encoding="utf-8")
    d = load_draft(path)
    assert [u.eid for u in d.walk()][-3:] == ["att_1", "att_1__table_1", "att_1__para_1"]
    assert [(x.code, x.line) for x in d.diagnostics] == [("annex-text", 7)]
    assert d.diagnostics[0].message.startswith("'级数 | 税率' after the last article, 第二条, reads as an annex")


def test_check_and_draft_add_say_where_an_annex_was_read(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    path = tmp_path / "iit.md"
    path.write_text(IIT_END, encoding="utf-8")
    said = (f"{path}:4: annex-text: '个人所得税税率表一（综合所得适用）' after the last article, 第二十二条, reads as an annex "
            "(a table's caption, a table or its note), not as that article's text: it and the 4 line(s) after it are read "
            "as 2 annexes of their own (att_1, att_2), kept out of 第二十二条; head each with 附件 or 附表 to say so, or "
            "check the file")  # fmt: skip
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 0 and said in result.output.splitlines(), result.output
    db = str(tmp_path / "lc.db")
    assert runner.invoke(cli, ["--db", db, "init"]).exit_code == 0
    result = runner.invoke(cli, ["--db", db, "draft", "add", str(path), "--name", "iit", "--version", "1"])
    assert result.exit_code == 0 and said in result.output.splitlines(), result.output
    shown = runner.invoke(cli, ["--db", db, "draft", "show", "iit@1", "--article", "第二十二条"])
    assert shown.exit_code == 0 and "税率表" not in shown.output and "本法自公布之日起施行。" in shown.output
    whole = runner.invoke(cli, ["--db", db, "draft", "show", "iit@1"]).output  # the annexes, shown whole
    assert "## 个人所得税税率表二（经营所得适用）" in whole and "注2：非居民个人取得工资" in whole
