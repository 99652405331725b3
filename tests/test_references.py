from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawcomment.drafts.references import find_references

ZH = [
    ("依照本法第十条第二款的规定", [("本法第十条第二款", ("art_10__para_2",), None, None)]),
    ("违反前款规定", [("前款", ("art_20__para_2",), None, None)]),
    ("前两款规定的", [("前两款", ("art_20__para_1", "art_20__para_2"), None, None)]),
    ("第五条至第七条", [("第五条至第七条", ("art_5",), "art_7", None)]),
    ("前款第六项至第八项", [("前款第六项至第八项", ("art_20__para_2__item_6",), "art_20__para_2__item_8", None)]),
    ("第十二条第一款第（三）项", [("第十二条第一款第（三）项", ("art_12__para_1__item_3",), None, None)]),
    ("本条第一款", [("本条第一款", ("art_20__para_1",), None, None)]),
    ("第十条第二款、第三款", [("第十条第二款", ("art_10__para_2",), None, None), ("第三款", ("art_10__para_3",), None, None)]),
    ("前条第一款第一项", [("前条第一款第一项", ("art_19__para_1__item_1",), None, None)]),
    ("第一百二十条之一", [("第一百二十条之一", ("art_120-1",), None, None)]),
    ("依照《中华人民共和国公司法》第十条、第十一条",
     [("第十条", (), None, "中华人民共和国公司法"), ("第十一条", (), None, "中华人民共和国公司法")]),
    ("依照著作权法第二条", [("第二条", (), None, "依照著作权法")]),
    ("依法第三十日", []),
    ("依照第十一二条处理", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZH)
def test_zh_references(text: str, expected: list) -> None:
    found = find_references(text, "zh", "art_20", 3, previous="art_19")
    assert [(r.text, r.targets, r.range_end, r.external) for r in found] == expected
    for r in found:
        assert text[r.start:r.end] == r.text


def test_previous_paragraph_in_first_paragraph_has_no_target() -> None:
    (ref,) = find_references("违反前款规定的", "zh", "art_5", 1)
    assert ref.targets == () and ref.relative


EN = [
    ("as referred to in Article 6(1)(a)", [("Article 6(1)(a)", ("art_6__para_1__item_1",), None, None)]),
    ("Articles 13 to 14", [("Articles 13 to 14", ("art_13",), "art_14", None)]),
    ("Articles 13, 14 and 15", [("Articles 13, 14 and 15", ("art_13", "art_14", "art_15"), None, None)]),
    ("paragraph 2 of Article 5", [("paragraph 2 of Article 5", ("art_5__para_2",), None, None)]),
    ("referred to in paragraph 1", [("paragraph 1", ("art_20__para_1",), None, None)]),
    ("Article 16 thereof", [("Article 16", (), None, "thereof")]),
    ("Article 9 of Directive 95/46/EC", [("Article 9", (), None, "of Directive")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EN)
def test_en_references(text: str, expected: list) -> None:
    found = find_references(text, "en", "art_20", 3)
    assert [(r.text, r.targets, r.range_end, r.external) for r in found] == expected


# A bare 第X项 / 第X款 read in the frame the text has set (issue 13, defect 11). The first four
# are statute text, 海商法 第二十三条 and 证券法 第一百二十一条 (see tests/data/SOURCES.md).
HAISHANG_23_1 = ("本法第二十二条第一款所列各项海事请求，依照顺序受偿。但是，第（四）项海事请求，"
                 "后于第（一）项至第（三）项发生的，应当先于第（一）项至第（三）项受偿。")
HAISHANG_23_2 = ("本法第二十二条第一款第（一）、（二）、（三）、（五）项中有两个以上海事请求的，不分先后，同时受偿；"
                 "不足受偿的，按照比例受偿。第（四）项中有两个以上海事请求的，后发生的先受偿。")
ZHENGQUAN_121_1 = ("证券公司经营本法第一百二十条第一款第（一）项至第（三）项业务的，注册资本最低限额为人民币五千万元；"
                   "经营第（四）项至第（八）项业务之一的，注册资本最低限额为人民币一亿元；经营第（四）项至第（八）项业务中"
                   "两项以上的，注册资本最低限额为人民币五亿元。证券公司的注册资本应当是实缴资本。")
FRAMED = [
    (HAISHANG_23_1, "art_23", 1, [
        ("本法第二十二条第一款", ("art_22__para_1",), None),
        ("第（四）项", ("art_22__para_1__item_4",), None),
        ("第（一）项至第（三）项", ("art_22__para_1__item_1",), "art_22__para_1__item_3"),
        ("第（一）项至第（三）项", ("art_22__para_1__item_1",), "art_22__para_1__item_3")]),
    (HAISHANG_23_2, "art_23", 2, [
        ("本法第二十二条第一款第（一）、（二）、（三）、（五）项",
         ("art_22__para_1__item_1", "art_22__para_1__item_2", "art_22__para_1__item_3", "art_22__para_1__item_5"), None),
        ("第（四）项", ("art_22__para_1__item_4",), None)]),
    (ZHENGQUAN_121_1, "art_121", 1, [
        ("本法第一百二十条第一款第（一）项至第（三）项", ("art_120__para_1__item_1",), "art_120__para_1__item_3"),
        ("第（四）项至第（八）项", ("art_120__para_1__item_4",), "art_120__para_1__item_8"),
        ("第（四）项至第（八）项", ("art_120__para_1__item_4",), "art_120__para_1__item_8")]),
    # 海商法 第五十一条第二款: after 前款, a bare 项 is an item of 前款.
    ("承运人依照前款规定免除赔偿责任的，除第（二）项规定的原因外，应当负举证责任。", "art_51", 2, [
        ("前款", ("art_51__para_1",), None), ("第（二）项", ("art_51__para_1__item_2",), None)]),
    # 民法典 第四百零二条: 或者 is not a list connector, the 款 frame still holds.
    ("以本法第三百九十五条第一款第一项至第三项规定的财产或者第五项规定的正在建造的建筑物抵押的", "art_402", 1, [
        ("本法第三百九十五条第一款第一项至第三项", ("art_395__para_1__item_1",), "art_395__para_1__item_3"),
        ("第五项", ("art_395__para_1__item_5",), None)]),
    # A bare 款 follows a cited 款 of another article within its clause ...
    ("是指行为人具有本解释第二条第一款规定和第二款第（一）至（五）项规定的情形之一", "art_3", 1, [
        ("本解释第二条第一款", ("art_2__para_1",), None), ("第二款", ("art_2__para_2",), None)]),
    # ... but not a citation of a whole article (食品安全法 第一百二十六条第四款) ...
    ("食用农产品销售者违反本法第六十五条规定的，由县级以上人民政府食品安全监督管理部门依照第一款规定给予处罚。", "art_126", 4, [
        ("本法第六十五条", ("art_65",), None), ("第一款", ("art_126__para_1",), None)]),
    # ... nor across a clause (made up).
    ("依照本法第十条第一款的规定；违反第二款规定的，处罚款。", "art_20", 3, [
        ("本法第十条第一款", ("art_10__para_1",), None), ("第二款", ("art_20__para_2",), None)]),
    # 本条 is always this article, even in a list (野生动物保护法 第二十八条第二款).
    ("应当依照本法第二十五条第二款和本条第一款的规定", "art_28", 2, [
        ("本法第二十五条第二款", ("art_25__para_2",), None), ("本条第一款", ("art_28__para_1",), None)]),
    ("旅客未依照本条第一、二款规定及时提交书面通知的", "art_119", 3, [("本条第一、二款", ("art_119__para_1", "art_119__para_2"), None)]),
    ("本款第（二）、（三）项以外的", "art_117", 1, [
        ("本款第（二）、（三）项", ("art_117__para_1__item_2", "art_117__para_1__item_3"), None)]),
    # 该条 is the article just cited (here of another law); a list of items keeps a list of
    # citations going, all of the other law.
    ("为掩饰、隐瞒本人实施刑法第一百九十一条规定的上游犯罪的所得及其产生的收益的来源和性质，实施该条第一款规定的洗钱行为的",
     "art_1", 1, [
        ("第一百九十一条", (), None), ("该条第一款", (), None)]),
    ("属于修改后商标法第四条、第五条、第八条、第九条第一款、第十条第一款第（二）、（三）、（四）项、第十条第二款、第十一条",
     "art_5", 1, [
        ("第四条", (), None), ("第五条", (), None), ("第八条", (), None), ("第九条第一款", (), None), ("第十条第一款第（二）、（三）、（四）项", (), None), ("第十条第二款", (), None),
        ("第十一条", (), None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "article", "para", "expected"), FRAMED)
def test_zh_references_in_the_frame_the_text_sets(text: str, article: str, para: int, expected: list) -> None:
    found = find_references(text, "zh", article, para, previous=None)
    assert [(r.text, r.targets, r.range_end) for r in found] == expected


@given(st.text(alphabet="本法条款项之至前该一二三四五六七八九十（）()、和或者及，。第", max_size=30))
def test_text_without_di_or_qian_cites_nothing(text: str) -> None:
    """find_references skips a text that says neither 第 nor 前 without searching it: every
    citation the Chinese pattern reads has one, so the search would find nothing there either."""
    from lawcomment.drafts.references import _find_zh

    found = find_references(text, "zh", "art_20", 2, previous="art_19")
    assert found == tuple(_find_zh(text, "art_20", 2, "art_19"))
    if "第" not in text and "前" not in text:
        assert found == ()


@pytest.mark.parametrize(("text", "renumbered"), [
    # (a stranger's review) a list or a range of another law's articles is that law's, 款 between or not
    ("依照《中华人民共和国民法典》第三条第二款、第四条的规定", "依照《中华人民共和国民法典》第三条第二款、第四条的规定"),
    ("本法第三条和《民法典》第三条至第四条的规定", "本法第二条和《民法典》第三条至第四条的规定"),
    ("依照本法第三条第二款、第四条的规定", "依照本法第二条第二款、第三条的规定"),
    ("本法第三条至第四条", "本法第二条至第三条"),
    # (a trial of 专利法实施细则 第六十五条) a list of another law's articles with several 款 of one of them between:
    # 第四条 was renumbered as the rule's own; the rule's own after 本细则 still are
    ("不符合专利法第二条、第三条第三款、第四款、第四条第二款或者本细则第三条第二款、第四条的规定",
     "不符合专利法第二条、第三条第三款、第四款、第四条第二款或者本细则第二条第二款、第三条的规定"),
    ("专利法第三条第一款、第二款和第四条", "专利法第三条第一款、第二款和第四条"),
    ("依照《公司法》第三条第一款第（二）项、第四条的规定", "依照《公司法》第三条第一款第（二）项、第四条的规定"),
])  # fmt: skip
def test_citations_of_another_law_in_a_list_or_range_are_never_renumbered(text: str, renumbered: str) -> None:
    from lawcomment.review.align import renumber

    assert renumber(text, {"3": "2", "4": "3"}) == renumbered
