"""lint(): numbering, 之一 placement, stray headings and references, as a table of small drafts."""

from __future__ import annotations

import pytest

from lawcomment import parse_text
from lawcomment.check import lint

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
      "'paragraph 3' in Article 2(1) points to Article 2(3), which does not exist")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lint(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.code, d.message) for d in lint(parse_text(text))] == expected
