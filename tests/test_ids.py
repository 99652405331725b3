from __future__ import annotations

import pytest

from lawcomment import CitationError, citation_to_eid, eid_to_citation, is_eid
from lawcomment.drafts.ids import split_eid
from lawcomment.model import Kind

TABLE = [
    # (Chinese citation, eid, English citation)
    ("第十二条", "art_12", "Article 12"),
    ("第十二条第二款", "art_12__para_2", "Article 12(2)"),
    ("第十二条第二款第三项", "art_12__para_2__item_3", "Article 12(2)(3)"),
    ("第十二条第二款第三项第二目", "art_12__para_2__item_3__subitem_2", "Article 12(2)(3)(ii)"),
    ("第一百二十条之一", "art_120-1", "Article 120-1"),
    ("第一千二百六十条", "art_1260", "Article 1260"),
    ("第二章", "chp_2", "Chapter II"),
    ("第二章第一节", "chp_2__sec_1", "Chapter II Section 1"),
    ("第三编第一分编", "part_3__subpart_1", "Part 3 Subpart 1"),
]


@pytest.mark.parametrize(("zh", "eid", "en"), TABLE)
def test_citation_eid_both_ways(zh: str, eid: str, en: str) -> None:
    assert citation_to_eid(zh) == eid
    assert eid_to_citation(eid) == zh
    assert eid_to_citation(eid, lang="en", digits=True) == en
    if en.startswith("Article") or en.count(" ") == 1:
        assert citation_to_eid(en) == eid
    # without the draft's language said, an item is lettered as an English act letters its points (a Chinese
    # draft's law_citation asks for digits); both read back
    lettered = eid_to_citation(eid, lang="en")
    assert lettered == en.replace("(3)", "(c)")
    if en.startswith("Article"):
        assert citation_to_eid(lettered) == eid


@pytest.mark.parametrize(
    ("citation", "eid"),
    [("第十二条第二款第（三）项", "art_12__para_2__item_3"), ("第十二条第二款第(三)项", "art_12__para_2__item_3"),
     ("本法第五条", "art_5"), ("Art. 5(1)", "art_5__para_1"), ("art_7__para_1", "art_7"  + "__para_1"),
     ("第 十二 条", "art_12"), ("Article 4a", "art_4-1"), ("Art. 4A(2)", "art_4-1__para_2"),
     # an English rendering numbering （一） as (1), as the NPC's translations do (a bilingual trial was refused)
     ("Article 9(1)(1)", "art_9__para_1__item_1"), ("Article 12(2)(3)(ii)", "art_12__para_2__item_3__subitem_2"),
     ("Article 9(1)(01)", "art_9__para_1__item_1")],
)  # fmt: skip
def test_citation_variants(citation: str, eid: str) -> None:
    assert citation_to_eid(citation) == eid


def test_item_parens_style() -> None:
    assert eid_to_citation("art_12__para_2__item_3", item_parens=True) == "第十二条第二款第（三）项"


@pytest.mark.parametrize("bad", ["第十二", "Article", "hello", "第十二条第三项", ""])
def test_bad_citations(bad: str) -> None:
    with pytest.raises(CitationError):
        citation_to_eid(bad)


@pytest.mark.parametrize(
    ("eid", "ok"),
    [("art_12", True), ("art_120-1__para_2", True), ("chp_nn_1", True), ("art_12_2", True),
     ("preamble", True), ("Art_12", False), ("art-12", False), ("art_12__", False)],
)  # fmt: skip
def test_eid_grammar(eid: str, ok: bool) -> None:
    assert is_eid(eid) is ok


def test_split_eid_drops_duplicate_tail() -> None:
    assert split_eid("art_12_2__para_1") == [(Kind.ARTICLE, "12"), (Kind.PARAGRAPH, "1")]
    assert split_eid("chp_nn_3") == [(Kind.CHAPTER, "nn_3")]


@pytest.mark.parametrize(
    ("citation", "eid"),
    [("31", "art_31"), ("31-1", "art_31-1"), ("三十一", "art_31"), ("三十一之一", "art_31-1"),
     ("一百二十之一", "art_120-1"), (" 12 ", "art_12"), ("第三十一条之一", "art_31-1")],
)  # fmt: skip
def test_bare_article_numbers(citation: str, eid: str) -> None:
    assert citation_to_eid(citation) == eid


@pytest.mark.parametrize(
    ("citation", "eid"),
    [("第三十一条第（五）项", "art_31__item_5"), ("第三十一条第五项", "art_31__item_5"),
     ("Article 31(e)", "art_31__item_5"), ("第三十一条第（五）项第2目", "art_31__item_5__subitem_2"),
     ("第三十一条第一款第（五）项", "art_31__para_1__item_5")],
)  # fmt: skip
def test_item_without_paragraph_left_to_the_draft(citation: str, eid: str) -> None:
    # Only the draft knows whether article 31 has one 款: anchors.resolve places the item.
    assert citation_to_eid(citation, paragraph_optional=True) == eid
    if "款" not in citation:
        with pytest.raises(CitationError):
            citation_to_eid(citation)


@pytest.mark.parametrize("bad", ["31-", "-1", "十一二", "第十二项", "31.5"])
def test_bad_bare_numbers(bad: str) -> None:
    with pytest.raises(CitationError):
        citation_to_eid(bad, paragraph_optional=True)


@pytest.mark.parametrize(("cell", "n"), [("第十二条、第十三条", 2), ("12,13", 2), ("第十二条和第十三条第二款", 2), ("第一条；第二条；第三条", 3)])
def test_several_units_in_one_cell_are_said_to_need_a_row_each(cell: str, n: int) -> None:
    # a messy-input trial's sheet: "cannot read the citation", and not why
    with pytest.raises(CitationError) as exc:
        citation_to_eid(cell)
    assert str(exc.value) == (f"cannot read the citation {cell!r}: it names {n} units; give each its own row (or comment "
                              "on the one the words are in)")  # fmt: skip


@pytest.mark.parametrize(("cell", "said"), [
    # a trial's Hong Kong member typed 條: "cannot read the citation", and not why
    ("第三十七條第（六）项", ": 條 is the traditional form of 条; write it as the draft does, 第三十七条第（六）项"),
    ("第三十七條第二款第（六）項", ": 條 and 項 are the traditional forms of 条 and 项; write it as the draft does, "
                                 "第三十七条第二款第（六）项"),
    ("第三章第二節", ": 節 is the traditional form of 节; write it as the draft does, 第三章第二节"),
    ("第三十七條x", ""),  # (simplified, it reads no better: nothing to say of the form)
])  # fmt: skip
def test_a_citation_in_traditional_characters_says_how_to_write_it(cell: str, said: str) -> None:
    """Refused, never read unsaid: the member is asked to cite as the draft does (docs/comments.md)."""
    with pytest.raises(CitationError) as exc:
        citation_to_eid(cell, paragraph_optional=True)
    assert str(exc.value) == f"cannot read the citation {cell!r}{said}"


@pytest.mark.parametrize(("cell", "eid"), [
    # (a trial of 野生动物保护法) a sheet's cell copied from a sentence: the mark after it is no part of it
    ("第三十一条第二款，", "art_31__para_2"), ("第五条。", "art_5"), ("第十二条第（三）项；", "art_12__item_3"),
])  # fmt: skip
def test_a_mark_typed_after_a_citation_is_no_part_of_it(cell: str, eid: str) -> None:
    assert citation_to_eid(cell, paragraph_optional=True) == eid


@pytest.mark.parametrize(("cell", "said"), [
    # the same trial's sheet: refused, and not why
    ("第二十九条第（二）款", ": a 款 is numbered without brackets; write 第二十九条第二款 for the 款, or 第二十九条第（二）项 for the 项"),
    ("第三十条第一、二款", ": it names 2 units (第三十条第一款、第三十条第二款); give each its own row (or comment on 第三十条 as a "
                          "whole)"),
    ("第三十条第二和第三款", ""),  # (a form not read: nothing said of it)
    # (专利法实施细则, a trial) 10.2: 第十条第二款, or the article after 第十条 (10-2 cites it)? never guessed
    ("10.2", ": a dotted number is not read; write the unit as the draft cites it: 第十条第二款 (Article 10(2)), or "
             "第十条之二 (10-2, an article put in after 第十条)"),
    ("12.1.3", ": a dotted number is not read; write the unit as the draft cites it: 第十二条第一款第三项 (Article 12(1)(3))"),
    ("0.2", ""), ("1.5.0", ""), ("1.2.3.4", ""),  # (no unit numbered 0)
])  # fmt: skip
def test_a_citation_typed_as_sheets_often_have_it_says_how_to_write_it(cell: str, said: str) -> None:
    """Refused, never read unsaid: 第（二）款 may be the 款 or the 项 （二）."""
    with pytest.raises(CitationError) as exc:
        citation_to_eid(cell, paragraph_optional=True)
    assert str(exc.value) == f"cannot read the citation {cell!r}{said}"


@pytest.mark.parametrize(("citation", "eid"), [
    # an item cited in words or with a dotted paragraph, as members type them (a trial's English CSV was refused whole)
    ("Article 15, item 3", "art_15__item_3"), ("Article 15, paragraph 1, item 3", "art_15__para_1__item_3"),
    ("Article 15.1(3)", "art_15__para_1__item_3"), ("Article 15 item (3)", "art_15__item_3"),
    ("Article 15(1) item 3", "art_15__para_1__item_3"), ("Article 4, point 17", "art_4__item_17"),
    ("Art. 15.2", "art_15__para_2"), ("Article 15, paragraph 2", "art_15__para_2"),
])  # fmt: skip
def test_english_citations_in_words(citation: str, eid: str) -> None:
    assert citation_to_eid(citation, paragraph_optional=True) == eid


def test_an_unreadable_english_citation_names_the_forms_read() -> None:
    with pytest.raises(CitationError) as info:
        citation_to_eid("Article 15 (3) (c) x")
    assert str(info.value) == ("cannot read the citation 'Article 15 (3) (c) x': an English citation is read as "
                               "Article 15, Article 15(1), Article 15(1)(3), Article 15(1)(3)(ii) or Article 15, "
                               "paragraph 1, item 3")  # fmt: skip
