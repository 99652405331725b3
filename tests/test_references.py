from __future__ import annotations

import pytest

from lawcomment.references import find_references

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
