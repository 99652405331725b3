"""A proposed wording read against its unit: its own label dropped, one 款 of an article found."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawcomment.comments import Anchor, CommentSource, NewComment, SourceKind, Stance
from lawcomment.drafts.anchors import unit_index
from lawcomment.exports.messages import localized
from lawcomment.registry import load_draft, parse_text
from lawcomment.drafts.serialize import body_separator
from lawcomment.model import Draft, Kind
from lawcomment.review.proposals import (
    _facts,
    _groups,
    anchor_partial,
    item_given,
    keep_items,
    new_article_label,
    new_article_note,
    normalise_comment,
    normalise_comments,
    normalise_proposal,
    partial_proposal,
    typed_label,
)

DATA = Path(__file__).parent / "data"

ZH = parse_text("""第一章 总则
第一条 为了规范电子商务行为，制定本法。
第二条 经营者有下列情形之一的，适用本条：
（一）从事下列活动的：
1．销售商品；
2．提供服务；
（二）其他情形。
前款规定以外的情形，不适用本条。
第三条 本法自公布之日起施行。
第三条之一 本条为新增条文。
""", "zh-CN")  # fmt: skip
EN = load_draft(DATA / "gdpr-excerpt.txt")
ECOMMERCE = load_draft(DATA / "ecommerce-law.md")
ART1_BODY = EN.find("art_1").body(" ")


@pytest.mark.parametrize(("eid", "text", "expected"), [
    # 项: its label, width-folded, with or without a space after it
    ("art_2__para_1__item_2", "（二）其他情形和例外。", "其他情形和例外。"),
    ("art_2__para_1__item_2", "(二)其他情形和例外。", "其他情形和例外。"),
    ("art_2__para_1__item_2", "（二）　其他情形和例外。", "其他情形和例外。"),
    ("art_2__para_1__item_2", "（一）其他情形和例外。", "（一）其他情形和例外。"),  # another 项's label stays
    ("art_2__para_1__item_2", "（二）", "（二）"),  # nothing but the label: left alone
    ("art_2__para_1__item_2", "其他（二）情形。", "其他（二）情形。"),
    # a 项 with 目: only its own label goes, its 目 keep theirs (they are part of its body)
    ("art_2__para_1__item_1", "（一）从事下列活动的：\n1．销售商品；\n2．提供服务；", "从事下列活动的：\n1．销售商品；\n2．提供服务；"),
    # 目: 1． and 1. are the same label; 1.5 is a number
    ("art_2__para_1__item_1__subitem_1", "1.销售商品和服务；", "销售商品和服务；"),
    ("art_2__para_1__item_1__subitem_1", "1．销售商品和服务；", "销售商品和服务；"),
    ("art_2__para_1__item_1__subitem_1", "１．销售商品和服务；", "销售商品和服务；"),
    ("art_2__para_1__item_1__subitem_1", "1.5倍销售商品；", "1.5倍销售商品；"),
    ("art_2__para_1__item_1__subitem_1", "2．销售商品；", "2．销售商品；"),
    # 条: followed by U+3000, a space, a line break, a colon or the text itself
    ("art_3", "第三条　本法自公布之日起施行。", "本法自公布之日起施行。"),
    ("art_3", "第三条 本法自公布之日起施行。", "本法自公布之日起施行。"),
    ("art_3", "第三条本法自公布之日起施行。", "本法自公布之日起施行。"),
    ("art_3", "第三条\n本法自公布之日起施行。", "本法自公布之日起施行。"),
    ("art_3", "第三条：本法自公布之日起施行。", "本法自公布之日起施行。"),
    ("art_3", "第三条之一规定的情形除外。", "第三条之一规定的情形除外。"),  # a citation, not the label
    ("art_3", "第三条第一款规定的情形除外。", "第三条第一款规定的情形除外。"),
    ("art_3", "第三条规定的情形除外。", "第三条规定的情形除外。"),
    ("art_3", "第三条的规定自公布之日起施行。", "第三条的规定自公布之日起施行。"),
    # in brackets, as a WeChat or WPS copy pastes it: the same label (a trial's 【第一条】 went into the law)
    ("art_3", "【第三条】本法自公布之日起施行。", "本法自公布之日起施行。"),
    ("art_3", "【第三条】：本法自公布之日起施行。", "本法自公布之日起施行。"),
    ("art_3", "[第三条] 本法自公布之日起施行。", "本法自公布之日起施行。"),
    ("art_3", "〔第3条〕本法自公布之日起施行。", "本法自公布之日起施行。"),
    ("art_3", "【第二条】本法自公布之日起施行。", "本法自公布之日起施行。"),  # another article's (said at intake)
    ("art_3", "【注】本法自公布之日起施行。", "【注】本法自公布之日起施行。"),  # no label: the words stay
    ("art_3", "【第三条】", "【第三条】"),  # nothing but the label: left alone
    ("art_2__para_1__item_2", "【（二）】其他情形和例外。", "其他情形和例外。"),
    # another article's label typed before the words goes too (said at intake): never law text
    ("art_3", "第二条　本法自公布之日起施行。", "本法自公布之日起施行。"),
    ("art_3-1", "第三条之一　本条为新增条文。", "本条为新增条文。"),
    ("art_3-1", "第三条之一本条为新增条文。", "本条为新增条文。"),
    ("art_3-1", "第三条之一十条为新增条文。", "第三条之一十条为新增条文。"),
    ("art_3-1", "第三条 本条为新增条文。", "本条为新增条文。"),
    # 款 print no label: a leading 第二款 + space or colon goes when it names this 款
    ("art_2__para_2", "第二款　前款规定以外的情形。", "前款规定以外的情形。"),
    ("art_2__para_2", "第二款：前款规定以外的情形。", "前款规定以外的情形。"),
    ("art_2__para_2", "第二款规定以外的情形。", "第二款规定以外的情形。"),
    ("art_2__para_2", "第一款　前款规定以外的情形。", "第一款　前款规定以外的情形。"),
    ("art_1__para_1", "第一款 为了规范电子商务，制定本法。", "为了规范电子商务，制定本法。"),
    # a whole article: its label, and 第N款 cues on the N-th 款's line; 项 and 目 labels stay
    ("art_2", "第二条　经营者有下列情形之一的：\n（一）从事下列活动的：\n1．销售商品；\n（二）其他情形。\n第二款　前款规定以外的情形。",
     "经营者有下列情形之一的：\n（一）从事下列活动的：\n1．销售商品；\n（二）其他情形。\n前款规定以外的情形。"),
    ("art_2", "第一款　经营者适用本条。\n第二款　其他情形不适用。", "经营者适用本条。\n其他情形不适用。"),
    ("art_2", "第二款　经营者适用本条。\n第一款　其他情形不适用。", "第二款　经营者适用本条。\n第一款　其他情形不适用。"),
    # a heading (章): its label goes, the heading stays
    ("chp_1", "第一章　总则与原则", "总则与原则"),
])  # fmt: skip
def test_normalise_zh(eid: str, text: str, expected: str) -> None:
    unit = ZH.find(eid)
    assert unit is not None
    assert normalise_proposal(ZH, unit, text) == expected


@pytest.mark.parametrize(("eid", "text", "expected"), [
    ("art_2__para_2__item_1", "(a) in the course of any activity", "in the course of any activity"),
    ("art_2__para_2__item_1", "（a）in the course of any activity", "in the course of any activity"),
    ("art_2__para_2__item_1", "(b) in the course of any activity", "(b) in the course of any activity"),
    ("art_2__para_1", "1. This Regulation applies everywhere.", "This Regulation applies everywhere."),
    ("art_2__para_1", "1.5 times more.", "1.5 times more."),
    ("art_2__para_2", "2. This Regulation does not apply:\n(a) to x;\n(b) to y.", "This Regulation does not apply:\n(a) to x;\n(b) to y."),
    ("art_2", "Article 2 1. This Regulation applies.", "1. This Regulation applies."),
    ("art_2", "Article 2: 1. This Regulation applies.", "1. This Regulation applies."),
    ("art_1", "Article 12 This Regulation applies.", "Article 12 This Regulation applies."),
    # the article's own heading line after its label is not part of its body either
    ("art_1", f"Article 1\nSubject-matter and objectives\n{ART1_BODY}", ART1_BODY),
    ("art_1", f"Subject-matter and objectives\n{ART1_BODY}", f"Subject-matter and objectives\n{ART1_BODY}"),
])  # fmt: skip
def test_normalise_en(eid: str, text: str, expected: str) -> None:
    unit = EN.find(eid)
    assert unit is not None
    assert normalise_proposal(EN, unit, text) == expected


#: What a wording may be made of: labels and their pieces in both widths, 款 cues, spaces and
#: line breaks, the law's own words, and characters NFKC folds into several (①, ㈠, ﬁ).
_PIECES = st.sampled_from(["第", "条", "款", "之", "一", "二", "三", "十", "2", "２", "（", "(", "）", ")", "．", ".",
                           "：", " ", "\u3000", "\n", "\n\n", "\n \n", "①", "㈠", "ﬁ", "A", "Article", "1", "(a)",
                           "第三条", "第二款", "（二）", "1．", "经营者", "本法", "规定", "。", "【", "】", "[",
                           "【第三条】"])  # fmt: skip
_UNITS = ([(ZH, u) for u in ZH.walk()] + [(EN, u) for u in EN.walk()][:40]
          + [(ECOMMERCE, u) for u in ECOMMERCE.walk() if u.kind.name == "ARTICLE"][:40])


@st.composite
def _wordings(draw: st.DrawFn) -> tuple[int, str]:
    """A unit, and a wording of it that often opens with its own label (as typed, or width-folded)
    and has lines that open with a 款 cue."""
    which = draw(st.sampled_from(range(len(_UNITS))))
    label = _UNITS[which][1].label
    head = draw(st.sampled_from(["", label, label.replace("（", "(").replace("）", ")"), label + " ", "第二款　",
                                 "第一款："]))  # fmt: skip
    lines = draw(st.lists(st.tuples(st.sampled_from(["", "第一款　", "第二款 ", "第三款：", "（一）", "\n"]),
                                    st.lists(_PIECES, max_size=5).map("".join)), max_size=3))  # fmt: skip
    return which, head + "\n".join(cue + words for cue, words in lines)


@settings(max_examples=300, deadline=None)
@given(_wordings())
def test_normalise_skips_only_wordings_it_would_leave_alone(wording: tuple[int, str]) -> None:
    """The quick test that lets most wordings through untouched (an NPC-scale import has tens of
    thousands) gives what the whole rule gives."""
    from unittest import mock

    from lawcomment.review import proposals

    which, text = wording
    draft, unit = _UNITS[which]
    with mock.patch.object(proposals, "_may_change", return_value=True):
        whole_rule = normalise_proposal(draft, unit, text)
    assert normalise_proposal(draft, unit, text) == whole_rule


@settings(max_examples=300, deadline=None)
@given(_wordings(), st.sampled_from(["", "第十二条 ", "【第三条】", "(一)", "（二）", "1．", "Article 2 "]))
def test_typed_label_skips_only_wordings_that_open_with_no_label(wording: tuple[int, str], head: str) -> None:
    """The quick test typed_label stops at for most wordings gives what the whole rule gives."""
    from unittest import mock

    from lawcomment.review import proposals

    which, text = wording
    _, unit = _UNITS[which]
    for typed in (text, head + text, head + "\n" + text):
        with mock.patch.object(proposals, "_may_open_with_label", return_value=True):
            whole_rule = typed_label(unit, typed)
        assert typed_label(unit, typed) == whole_rule


def test_normalise_skips_nothing_it_would_change_in_any_layout() -> None:
    """The same, over every layout of up to three lines (each opening with a 款 cue, a 项 label or
    nothing) after each kind of head, on units of every kind."""
    from itertools import product
    from unittest import mock

    from lawcomment.review import proposals

    units = [(d, u) for d, u in _UNITS if u.kind.name != "ARTICLE"][::6] + [
        (d, u) for d, u in _UNITS if u.kind.name == "ARTICLE" and len(u.children) > 1][:12]  # fmt: skip
    cues = ["", "第一款　", "第二款 ", "第三款：", "（一）", "1．"]
    layouts = [list(c) for n in range(4) for c in product(cues, repeat=n)]
    checked = 0
    for draft, unit in units:
        for head in ("", unit.label, unit.label + "\u3000", "第二款　", "\n"):
            texts = [head + "\n".join(cue + "经营者" for cue in layout) for layout in layouts]
            texts += [text.replace("\n", "\n\n", 1) for text in texts if "\n" in text]
            with mock.patch.object(proposals, "_may_change", return_value=True):
                whole_rule = [normalise_proposal(draft, unit, t) for t in texts]
            assert [normalise_proposal(draft, unit, t) for t in texts] == whole_rule, unit.eid
            checked += sum(a != t for a, t in zip(whole_rule, texts, strict=True))
    assert checked > 1000  # (the layouts do change: the test compares something)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_wordings(), st.sampled_from([Stance.AMEND, Stance.INSERT, Stance.COMMENT]),
                          st.sampled_from(list(SourceKind)), st.sampled_from(["", "en"]), st.sampled_from(["acme", "beta"])),
                max_size=6))  # fmt: skip
def test_comments_normalised_together_are_each_normalised(given_: list[tuple[tuple[int, str], Stance, SourceKind, str, str]]) -> None:
    """A batch's wordings worked out once each give what each comment's own normalising gives."""
    by_draft: dict[int, list[NewComment]] = {}
    for (which, text), stance, kind, lang, member in given_ + given_[:2]:  # (some wordings twice)
        draft, unit = _UNITS[which]
        by_draft.setdefault(id(draft), []).append(NewComment(member, Anchor(unit.eid), stance, CommentSource(kind),
                                                             proposed_text=text, lang=lang))  # fmt: skip
    for draft in (ZH, EN, ECOMMERCE):
        items = by_draft.get(id(draft), [])
        index = unit_index(draft)
        assert normalise_comments(draft, index, items) == [normalise_comment(draft, index, c) for c in items]


def _new(eid: str, stance: Stance, text: str | None) -> NewComment:
    return NewComment("acme", Anchor(eid), stance, CommentSource(SourceKind.CLI), proposed_text=text)


def test_normalise_comment_touches_amend_and_a_new_article_s_label() -> None:
    index = unit_index(ZH)
    amend = _new("art_2__para_1__item_2", Stance.AMEND, "（二）其他情形和例外。")
    assert normalise_comment(ZH, index, amend).proposed_text == "其他情形和例外。"
    # an insert inside an article is a new 项 after the anchor: its text is kept as given
    insert = _new("art_2__para_1__item_2", Stance.INSERT, "（三）新增的情形。")
    assert normalise_comment(ZH, index, insert) is insert
    # a new article loses the label it was typed with: the submission numbers it (第一条之一)
    article = _new("art_1", Stance.INSERT, "第一条之一　国家鼓励发展电子商务。")
    assert normalise_comment(ZH, index, article).proposed_text == "国家鼓励发展电子商务。"
    plain = _new("art_3", Stance.AMEND, "本法自发布之日起施行。")
    assert normalise_comment(ZH, index, plain) is plain
    assert normalise_comment(ZH, index, _new("art_99", Stance.AMEND, "第九十九条 x")).proposed_text == "第九十九条 x"


@pytest.mark.parametrize(("text", "label", "rest"), [
    ("第一条之一　国家鼓励发展电子商务。", "第一条之一", "国家鼓励发展电子商务。"),
    ("第一条之一 国家鼓励发展电子商务。", "第一条之一", "国家鼓励发展电子商务。"),
    ("第二条　国家鼓励。\n有关部门应当支持。", "第二条", "国家鼓励。\n有关部门应当支持。"),
    ("第一条规定的经营者，应当登记。", "", "第一条规定的经营者，应当登记。"),  # a citation opening a sentence
    ("第一条以外的情形，适用本法第三条。", "", "第一条以外的情形，适用本法第三条。"),
    ("第一条之一对平台经营者适用。", "", "第一条之一对平台经营者适用。"),  # no space: the words go on
    ("第一条之一", "", "第一条之一"),  # nothing but the label: kept, never an empty proposal
    ("【第一条之一】国家鼓励发展电子商务。", "【第一条之一】", "国家鼓励发展电子商务。"),
    ("[第一条之一]： 国家鼓励发展电子商务。", "[第一条之一]： ", "国家鼓励发展电子商务。"),
    ("国家鼓励发展电子商务。", "", "国家鼓励发展电子商务。"),
])  # fmt: skip
def test_a_new_article_s_own_label_is_left_out(text: str, label: str, rest: str) -> None:
    unit = ZH.find("art_1")
    assert unit is not None
    assert new_article_label(unit, text) == (label, rest)


def test_a_new_article_labelled_otherwise_than_the_submission_numbers_it_is_said() -> None:
    unit = ZH.find("art_1")
    assert unit is not None
    assert new_article_note(unit, "第一条之一") is None and new_article_note(unit, "") is None
    assert new_article_note(unit, "【第一条之一】") is None
    assert new_article_note(unit, "【第五条】") == (
        "the label 「第五条」 of the new article after 第一条 is left out: the submission numbers it 第一条之一, after "
        "the article it follows, and renumbers no other")  # fmt: skip
    assert new_article_note(unit, "第二条") == (
        "the label 「第二条」 of the new article after 第一条 is left out: the submission numbers it 第一条之一, after "
        "the article it follows, and renumbers no other")  # fmt: skip
    # after an article of its own 之一: 之二 is how the submission numbers the next (a trial's note said 之一之一)
    after = replace(unit, label="第一条之一")
    assert new_article_note(after, "第一条之二") is None and new_article_note(after, "第一条之三") is None
    # the number the article it follows has (a review): said
    assert new_article_note(after, "第一条之一") == (
        "the label 「第一条之一」 of the new article after 第一条之一 is left out: the submission numbers it 第一条之二, "
        "after the article it follows, and renumbers no other")  # fmt: skip
    assert new_article_note(after, "第二条") == (
        "the label 「第二条」 of the new article after 第一条之一 is left out: the submission numbers it 第一条之二, "
        "after the article it follows, and renumbers no other")  # fmt: skip
    assert localized(new_article_note(after, "第二条") or "", "zh") == (
        "新增条文所写的条号「第二条」未予采用：提交稿将其编为第一条之二，列在其所跟随的条文之后，其他条文不重新编号")
    item = ZH.find("art_2__para_1__item_2")
    assert item is not None and new_article_label(item, "第三条　新增。") == ("", "第三条　新增。")
    article = EN.find("art_1")  # English text is kept as given: Article 5 opens sentences
    assert article is not None
    assert new_article_label(article, "Article 5 shall apply mutatis mutandis.") == ("", "Article 5 shall apply mutatis mutandis.")


ART2 = [u.body("") for u in ECOMMERCE.find("art_2").children]
EDIT2 = ART2[1].replace("销售商品", "销售商品、数字内容")


@pytest.mark.parametrize(("text", "quote", "expected"), [
    (EDIT2, "", "art_2__para_2 第二条第二款"),
    ("第二条　" + EDIT2, "", "art_2__para_2 第二条第二款"),  # its label does not count as a 款
    ("中华人民共和国境内以及境外向境内提供的电子商务活动，适用本法。", "", "art_2__para_1 第二条第一款"),
    # 第三款 names the 款; its second sentence, left out, is deleted (the warning says so)
    ("第三款　法律、行政法规另有规定的，适用其规定。", "", "art_2__para_3 第二条第三款 「金融类产品和服务，利用信息网络提供"
     "新闻信息、音视频节目、出版以及文化产品等内容方面的服务，不适用本法。」"),
    (EDIT2, "本法所称", "art_2__para_2 第二条第二款"),
    ("本法所称电子商务，是指经营活动。", "", "art_2__para_2 第二条第二款"),  # much shorter, still clearly 第二款
    # a close call between two 款 is refused, and settled by a quote only one of them holds
    ("中华人民共和国境内通过互联网等信息网络销售商品或者提供服务的电子商务活动，适用本法；金融类产品和服务除外。", "",
     ("refused: the proposal gives one 款 of 第二条 (3 款) and no 款 clearly matches it; cite the 款 it rewrites "
     "(第二条第一款 to 第二条第三款), or give the whole article (3 款, one per line)")),
    ("中华人民共和国境内通过互联网等信息网络销售商品或者提供服务的电子商务活动，适用本法；金融类产品和服务除外。",
     "本法所称", "art_2__para_2 第二条第二款"),
    # refused: nothing like any 款; the quote elsewhere; two 款 of three
    ("本法自公布之日起施行。", "", ("refused: the proposal gives one 款 of 第二条 (3 款) and no 款 clearly matches it; "
     "cite the 款 it rewrites (第二条第一款 to 第二条第三款), or give the whole article (3 款, one per line)")),
    (EDIT2, "适用本法", ("refused: the proposal gives one 款 of 第二条 (3 款): the wording matches 第二条第二款 but the "
     "quote '适用本法' is not in it; cite the 款 it rewrites (第二条第一款 to 第二条第三款), or give the whole article "
     "(3 款, one per line)")),
    (f"{ART2[0]}\n{EDIT2}", "", ("refused: the proposal gives 2 款 of 第二条 (3 款): it rewrites 第二条第一款 and "
     "第二条第二款 and would delete 第二条第三款; propose each 款 on its own (第二条第一款 to 第二条第三款), or give the "
     "whole article (3 款, one per line)")),
    # not partial: the whole article, one with two 款 merged into one, one with a 款 added
    ("\n".join(ART2), "", None),
    (f"{ART2[0]}{ART2[1]}\n{ART2[2]}", "", None),
    ("\n".join([*ART2, "新增一款。"]), "", None),
])  # fmt: skip
def test_partial_proposal(text: str, quote: str, expected: str | None) -> None:
    unit = ECOMMERCE.find("art_2")
    found = partial_proposal(ECOMMERCE, unit, text, quote)
    if expected is None:
        assert found is None
    elif expected.startswith("refused: "):
        assert found is not None and found.target is None
        assert found.refusal() == expected.removeprefix("refused: ")
    else:
        eid, cited, *deleted = expected.split()
        said = f"the proposal gives one 款 of 第二条 (3 款); anchored at {cited}"
        if deleted:
            said += (f", and read as the whole of {cited} it deletes {deleted[0]} (if it rewords only part of {cited}, "
                     "give the whole 款 with that part reworded)")  # fmt: skip
        assert found is not None and found.target is not None
        assert (found.target.eid, found.anchored()) == (eid, said)


@pytest.mark.parametrize(("text", "deleted"), [
    # the second sentence of 第三款 alone: read as the whole 款, the first goes, and the warning says so
    ("金融类产品和服务，利用信息网络提供新闻信息、音视频节目、出版等内容方面的服务，不适用本法。",
     "「法律、行政法规对销售商品或者提供服务有规定的，适用其规定。」"),
    # both sentences, each reworded a little: nothing deleted, nothing said
    ("法律、行政法规对销售商品或者提供服务有规定的，适用该规定。金融类产品和服务，利用信息网络提供新闻信息、"
     "音视频节目、出版等内容方面的服务，不适用本法。", ""),
])  # fmt: skip
def test_a_wording_of_part_of_a_kuan_says_what_it_deletes(text: str, deleted: str) -> None:
    unit = ECOMMERCE.find("art_2")
    found = partial_proposal(ECOMMERCE, unit, text)
    assert found is not None and found.target is not None and found.target.eid == "art_2__para_3"
    said = "the proposal gives one 款 of 第二条 (3 款); anchored at 第二条第三款"
    if deleted:
        said += (f", and read as the whole of 第二条第三款 it deletes {deleted} (if it rewords only part of 第二条第三款, "
                 "give the whole 款 with that part reworded)")  # fmt: skip
    assert found.anchored() == said
    assert localized(said, "zh") == "建议只写了第二条（共3款）中的一款；已归入第二条第三款" + (
        f"；按该款全文理解，将删去{deleted}（如只改写该款的一部分，请给出该款全文，并在其中改写相应部分）" if deleted else "")


def test_a_kuans_opening_words_reworded_keep_its_items_and_delete_nothing() -> None:
    """The words before a 款's 项 reworded alone: the 项 are kept, and the warning never says
    they are deleted (it judges the wording as stored, its 项 back in it)."""
    unit = ECOMMERCE.find("art_80")
    opening = ("电子商务平台经营者有下列行为之一的，由有关主管部门责令限期改正；逾期不改正的，处五万元以上二十万元以下的罚款；"
               "情节严重的，责令停业整顿，并处十万元以上五十万元以下的罚款：")  # fmt: skip
    target, _, text, warning = anchor_partial(ECOMMERCE, unit, Stance.AMEND, opening, Anchor("art_80"))
    assert target.eid == "art_80__para_1" and text is not None and text.count("\n（") == 4
    assert warning is not None and "deletes" not in warning and "the 项 kept as the draft has them" in warning


def test_partial_text_and_anchor_follow_the_kuan() -> None:
    unit = ECOMMERCE.find("art_2")
    target, anchor, text, warning = anchor_partial(ECOMMERCE, unit, Stance.AMEND, "第二条　" + EDIT2,
                                                   Anchor("art_2", "本法所称", "", "", len(ART2[0]) + 1))  # fmt: skip
    assert (target.eid, text, warning) == ("art_2__para_2", EDIT2,
                                           "the proposal gives one 款 of 第二条 (3 款); anchored at 第二条第二款")  # fmt: skip
    assert anchor == Anchor("art_2__para_2", "本法所称", "", ART2[1][4:36], 0)
    cued = anchor_partial(ECOMMERCE, unit, Stance.AMEND, "第三款 法律另有规定的，适用其规定。", Anchor("art_2"))
    assert (cued[0].eid, cued[2]) == ("art_2__para_3", "法律另有规定的，适用其规定。")
    # other stances, units and whole proposals pass through
    same = anchor_partial(ECOMMERCE, unit, Stance.INSERT, EDIT2, Anchor("art_2"))
    assert same == (unit, Anchor("art_2"), EDIT2, None)
    with pytest.raises(ValueError, match="no 款 clearly matches it"):
        anchor_partial(ECOMMERCE, unit, Stance.AMEND, "本法自公布之日起施行。", Anchor("art_2"))


def test_partial_english() -> None:
    unit = EN.find("art_1")
    paras = [p.body(" ") for p in unit.children]
    found = partial_proposal(EN, unit, "2. " + paras[1].replace("fundamental", "the fundamental"))
    assert found is not None and found.target is not None
    assert (found.target.eid, found.anchored()) == ("art_1__para_2", ("the proposal gives one paragraph of Article 1 "
                                                                     "(3 paragraphs); anchored at Article 1(2)"))  # fmt: skip
    assert found.text == paras[1].replace("fundamental", "the fundamental")
    assert partial_proposal(EN, unit, "\n".join(f"{p.label} {p.body(' ')}" for p in unit.children)) is None


LIST = "\n（一）从事下列活动的：\n1．销售商品；\n2．提供服务；\n（二）其他情形。"


@pytest.mark.parametrize(("eid", "text", "kept", "note"), [
    # the opening words reworded, ending with ：as they do: the 项 stay
    ("art_2__para_1", "经营者有下列情形之一的，适用本法：", "经营者有下列情形之一的，适用本法：" + LIST,
     ("the wording of 第二条第一款 ends as its opening words do, before its 2 项 (（一）–（二）), and gives none of them: "
      "read as rewording those words, the 项 kept as the draft has them")),
    # ending otherwise, the whole 款: the list goes, and the warning says so
    ("art_2__para_1", "经营者违反本法的，适用本条。", "经营者违反本法的，适用本条。",
     ("the wording of 第二条第一款 gives none of its 2 项 (（一）–（二）): it proposes deleting them (to reword only the "
      "words before them, end the wording with ： as they do)")),
    ("art_2__para_1", "经营者有下列情形之一的，适用本法：\n（一）从事活动的；", "经营者有下列情形之一的，适用本法：\n（一）从事活动的；",
     None),  # it gives 项: the member's list, as written
    ("art_3", "本法自发布之日起施行。", "本法自发布之日起施行。", None),  # no 项 to keep
])  # fmt: skip
def test_a_kuan_s_opening_words_reworded_keep_its_items(eid: str, text: str, kept: str, note: str | None) -> None:
    unit = ZH.find(eid)
    assert unit is not None
    assert keep_items(ZH, unit, text) == (kept, note)


def test_the_opening_words_of_one_kuan_given_for_an_article_find_that_kuan_and_keep_its_items() -> None:
    """A member rewording only 有下列情形之一的，…： of an article of two 款 cites the article: the
    wording is compared with each 款's opening words (a 款 with 项 is mostly its list), placed
    in the first 款, and the 项 stay."""
    unit = ZH.find("art_2")
    assert unit is not None
    target, anchor, text, warning = anchor_partial(ZH, unit, Stance.AMEND, "经营者有下列情形之一的，适用本法：", Anchor("art_2"))
    assert target.eid == anchor.eid == "art_2__para_1"
    assert text == "经营者有下列情形之一的，适用本法：" + LIST
    assert warning is not None and warning.endswith("read as rewording those words, the 项 kept as the draft has them")


def test_a_whole_article_given_without_one_kuan_s_items_keeps_them_kuan_by_kuan() -> None:
    unit = ZH.find("art_2")
    assert unit is not None
    text, note = keep_items(ZH, unit, "经营者有下列情形之一的，适用本法：\n前款规定以外的情形，不适用本法。")
    assert text == "经营者有下列情形之一的，适用本法：" + LIST + "\n前款规定以外的情形，不适用本法。"
    assert note is not None and note.startswith("the wording of 第二条第一款 ends as its opening words do")
    whole, said = keep_items(ZH, unit, "经营者违反本法的，适用本法。\n前款规定以外的情形，不适用本法。")
    assert whole == "经营者违反本法的，适用本法。\n前款规定以外的情形，不适用本法。"
    assert said is not None and said.startswith("the wording of 第二条第一款 gives none of its 2 项")
    three = "经营者有下列情形之一的，适用本法：\n（一）从事活动的；\n前款规定以外的情形，不适用本法。"
    assert keep_items(ZH, unit, three) == (three, None)  # its own list, as written


@pytest.mark.parametrize(("eid", "text", "label", "normalised"), [
    ("art_1", "第二条　为了规范电子商务行为，制定本法。", "第二条", "为了规范电子商务行为，制定本法。"),
    ("art_1", "第一条 第二条 为了规范电子商务行为，制定本法。", "第二条", "为了规范电子商务行为，制定本法。"),  # its own first
    # (a new user's trial of 矿产资源法) its own label pasted twice: both copies go, none put in as words
    ("art_1", "第一条 第一条 为了规范电子商务行为，制定本法。", "第一条", "为了规范电子商务行为，制定本法。"),
    # (a stranger's review) in figures and in words, either order
    ("art_1", "第1条 第一条 为了规范电子商务行为，制定本法。", "第1条", "为了规范电子商务行为，制定本法。"),
    ("art_1", "第一条 第1条 为了规范电子商务行为，制定本法。", "第1条", "为了规范电子商务行为，制定本法。"),
    ("art_2__para_2", "第五条\n前款规定以外的情形，适用本条。", "第五条", "前款规定以外的情形，适用本条。"),  # a 款's wording
    ("art_1", "第二条规定的行为，适用本法。", "", "第二条规定的行为，适用本法。"),  # a citation opening a sentence
    ("art_1", "第二条", "", "第二条"),  # nothing but a label: kept, never an empty proposal
])  # fmt: skip
def test_another_article_s_label_typed_before_a_wording_is_left_out(eid: str, text: str, label: str,
                                                                   normalised: str) -> None:  # fmt: skip
    unit = ZH.find(eid)
    assert unit is not None
    assert typed_label(unit, text) == label and normalise_proposal(ZH, unit, text) == normalised


@pytest.mark.parametrize("typed", ["第2条", "第２条", "第二条"])
def test_an_article_s_own_label_in_other_numerals_is_left_out_without_a_warning(typed: str) -> None:
    # (a stranger's review) 第2条 before the words of 第二条 is its own label: no "another article" warning
    from lawcomment.review.proposals import typed_label_note

    unit = ZH.find("art_2__para_2")
    assert unit is not None
    assert normalise_proposal(ZH, unit, f"{typed}\n前款规定以外的情形，适用本条。") == "前款规定以外的情形，适用本条。"
    assert typed_label_note(unit, typed_label(unit, f"{typed}\n前款规定以外的情形，适用本条。")) is None
    assert typed_label_note(unit, "第3条") is not None


@pytest.mark.parametrize("typed", ["第2条之一", "第二条之一", "第2条之1"])
def test_a_later_inserted_article_s_own_label_in_other_numerals_is_its_own(typed: str) -> None:
    # (a stranger's review) 第2条之一 names 第二条之一: left out, never "another article's label"
    from lawcomment.review.proposals import typed_label_note

    law = parse_text("法\n第一条 甲。\n第二条 乙。\n第二条之一 丙。\n第三条 丁。\n", "zh-CN")
    unit = law.find("art_2-1")
    assert unit is not None
    assert normalise_proposal(law, unit, f"{typed} 丙丙。") == "丙丙。"
    assert typed_label_note(unit, typed_label(unit, f"{typed} 丙丙。")) is None


@pytest.mark.parametrize(("proposed", "reread"), [
    # a member's 原文 | 修改建议: the quoted words' new wording
    ("在首页显著位置公示有关信息", "电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置公示有关信息。"),
    # (a new user's trial of 反垄断法 第四十六条) instructions, or a suggestion, beside the quote: never the quoted
    # words' new wording (the instruction's words would stand in the law text); anchor_partial reads them
    ("建议将“持续公示”修改为“公示”", None),
    ("删去“持续”", None),
    ("建议删除持续公示的要求", None),
    # (a reviewer's trial) the new words said as a change, or in quotation marks the law has not there: the words
    ("修改为“在首页显著位置公示有关信息”", "电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置公示有关信息。"),
    ("“在首页显著位置公示有关信息”", "电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置公示有关信息。"),
    # as long as the unit: its wording, the instruction's words left out
    ("修改为“电子商务经营者自行终止从事电子商务的，应当提前三十日公示有关信息。”",
     "电子商务经营者自行终止从事电子商务的，应当提前三十日公示有关信息。"),
])  # fmt: skip
def test_a_wording_beside_a_quote_is_the_quoted_words_unless_it_instructs(proposed: str, reread: str | None) -> None:
    from lawcomment.drafts.anchors import quote_anchor
    from lawcomment.drafts.serialize import body_separator
    from lawcomment.review.proposals import anchor_partial, quoted_wording

    law = load_draft(DATA / "ecommerce-law.md")
    unit = unit_index(law)["art_16"]
    body = unit.body(body_separator(law))
    anchor, _ = quote_anchor(law, unit, "在首页显著位置持续公示有关信息")
    found = quoted_wording(unit, body_separator(law), body, anchor, proposed)
    assert (found[0] if found is not None else None) == reread
    if reread is None and "“" in proposed:  # the instruction applied, the quote saying where
        assert anchor_partial(law, unit, Stance.AMEND, proposed, anchor)[2] == body.replace("持续公示", "公示")


@pytest.mark.parametrize(("text", "quote", "read"), [
    ("修改为“一百万元”", "五十万元以下", ("一百万元", "instruction")),
    ("建议改成“一百万元”。", "五十万元以下", ("一百万元", "instruction")),
    ("1. 替换为：「一百万元」", "五十万元以下", ("一百万元", "instruction")),
    ("修改为《中华人民共和国电子商务法》", "本法", ("《中华人民共和国电子商务法》", "instruction")),  # a title keeps its marks
    ("“一百万元”", "五十万元以下", ("一百万元", "marks")),
    ("  ＂一百万元＂ ", "五十万元以下", ("一百万元", "marks")),
    # the marks the quoted words have themselves, a title, or more than the words: not read so
    ("“互联网”", "“网络”", None),
    ("《中华人民共和国电子商务法》", "本法", None),
    ("将“五十万元”修改为“一百万元”", "五十万元", None),  # an instruction of its own: applied where the quote says
    ("修改为“一百万元”，理由是罚款过低", "五十万元以下", None),
    ("一百万元", "五十万元以下", None),
    ("修改为“一百万元”", "", None),  # no quote: an instruction as any other
])  # fmt: skip
def test_the_quoted_words_new_words_are_read_from_a_change_or_quotation_marks(text: str, quote: str,
                                                                               read: tuple[str, str] | None) -> None:  # fmt: skip
    """(a reviewer's trial) 修改为“一百万元” and “一百万元” beside the quote 五十万元以下 stood in the law
    text as the quoted words' new wording, instruction and marks and all."""
    from lawcomment.review.instructions import quoted_new_words

    assert quoted_new_words(text, quote) == read


@pytest.mark.parametrize("draft", [ZH, EN, ECOMMERCE], ids=["zh", "en", "ecommerce"])
def test_a_units_facts_kept_are_the_units_own(draft: Draft) -> None:
    """What each unit's wordings are measured against, worked out once, is what the unit is now;
    a unit with the same content that is another object has facts of its own."""
    sep, lang = body_separator(draft), "en" if draft.profile.startswith("en") else "zh"
    for unit in draft.walk():
        paras = tuple(c for c in unit.children if c.kind is Kind.PARAGRAPH)
        body = unit.body(sep)
        numbered = lang == "en" and all(p.label for p in paras)
        expected = (paras, tuple(c for c in unit.children if c.kind is Kind.ITEM), body,
                    len(_groups(body, lang, numbered)) == len(paras),
                    any(c.kind is Kind.ITEM for p in paras for c in p.children))  # fmt: skip
        for _ in range(2):  # (worked out, then kept)
            found = _facts(unit, sep, lang)
            assert (found.paras, found.items, found.body, found.counted, found.listed) == expected
        twin = replace(unit)
        assert twin is not unit and _facts(twin, sep, lang) is not found


@pytest.mark.parametrize(("at", "typed", "target", "said"), [
    # (a 专利法实施细则 trial) a row on 第二条第二款 whose wording opens 新增一款：: a new 款 after it, never a rewording
    ("第二条第二款", "新增一款：平台经营者应当公示投诉渠道。", "art_2__para_2", "read as a new 款 after 第二条第二款"),
    ("第二条", "建议增加一款：平台经营者应当公示投诉渠道。", "art_2__para_3", "read as a new 款 after 第二条第三款"),
    ("第二条第一款", "增加一条：平台经营者应当公示投诉渠道。", "art_2", "read as a new article after 第二条"),
    # (a stranger's review) with the place it asks: those words too are no words of the provision
    ("第二条", "增加一条，作为第三条：平台经营者应当公示投诉渠道。", "art_2", "read as a new article after 第二条"),
])  # fmt: skip
def test_a_wording_opening_with_an_instruction_to_add_a_paragraph_is_that_new_paragraph(consultation, at: str, typed: str,  # type: ignore[no-untyped-def]
                                                                                         target: str, said: str) -> None:  # fmt: skip
    import json

    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", at, "--propose", typed)
    assert result.exit_code == 0, result.output
    opened = typed[:typed.index("平台")]
    assert (f"warning: the proposed text opens with 「{opened}」: {said}, those words left out (make the stance 新增 and "
            "give only its words)\n") in result.stderr  # fmt: skip
    (c,) = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert (c["stance"], c["proposed_text"], c["eid"]) == ("insert", "平台经营者应当公示投诉渠道。", target)


def test_a_sheets_wording_opening_with_an_instruction_to_add_a_paragraph_is_that_new_paragraph(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    sheet = tmp_path / "c.csv"
    sheet.write_text("member,article,proposed_text\nacme,第二条第二款,新增一款：平台经营者应当公示投诉渠道。\n", encoding="utf-8")
    result = consultation("comment", "import", str(sheet), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    assert (f"warning: {sheet}: row 2: the proposed text opens with 「新增一款：」: read as a new 款 after 第二条第二款, those "
            "words left out (make the stance 新增 and give only its words)\n") in result.stderr  # fmt: skip
    (c,) = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert (c["stance"], c["proposed_text"], c["eid"]) == ("insert", "平台经营者应当公示投诉渠道。", "art_2__para_2")


@pytest.mark.parametrize(("at", "typed", "target"), [
    # (a trial of 网络数据安全管理条例) a new provision after 第三十五条 opening （九）: it went out as 第三十五条之一 （九）…；
    ("第七十六条", "（四）未按照规定公示平台服务协议的；", "art_76__para_1__item_3"),
    ("第七十六条第一款", "(4)未按照规定公示平台服务协议的；", "art_76__para_1__item_3"),
    ("第七十六条", "（二）未按照规定公示平台服务协议的；", "art_76__para_1__item_1"),  # (numbered on: after （一）)
])  # fmt: skip
def test_a_new_provision_opening_with_an_items_label_is_a_new_item_of_the_list(consultation, tmp_path, at: str,  # type: ignore[no-untyped-def]
                                                                             typed: str, target: str) -> None:  # fmt: skip
    import json

    from lawcomment.drafts.anchors import cite

    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", at, "--stance",
                          "insert", "--propose", typed)  # fmt: skip
    assert result.exit_code == 0, result.output
    label = typed[:typed.index("未")]
    assert result.stderr == (f"warning: the new provision opens with 「{label}」, a 项's label: read as a new 项 after "
                             f"{cite(target)}, not a new article (cite the 项 it follows to place it elsewhere)\n")  # fmt: skip
    sheet = tmp_path / "c.csv"
    sheet.write_text(f"member,article,stance,proposed_text\nbeta,{at},新增,{typed}\n", encoding="utf-8")
    imported = consultation("comment", "import", str(sheet), "--draft", "ecommerce@1")
    assert imported.exit_code == 0, imported.output
    assert f"row 2: the new provision opens with 「{label}」, a 项's label: read as a new 项 after {cite(target)}" in imported.stderr
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert [(c["stance"], c["proposed_text"], c["eid"]) for c in listed] == [("insert", typed, target)] * 2


@pytest.mark.parametrize(("at", "typed"), [
    ("第七十六条", "（五）未按照规定公示平台服务协议的；"),  # (no （四） to number on from)
    ("第二条", "（二）平台经营者应当公示投诉渠道。"),  # (no list)
    ("第七十六条", "未按照规定公示平台服务协议的，依照前款规定处罚。"),  # (no label)
])  # fmt: skip
def test_a_new_provision_that_numbers_on_from_no_item_stays_a_new_article(consultation, at: str, typed: str) -> None:  # type: ignore[no-untyped-def]
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", at, "--stance",
                          "insert", "--propose", typed)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "a 项's label" not in result.stderr


_TWO_SENTENCES = ("金融机构建立客户身份识别制度的具体办法，由国务院反洗钱行政主管部门会同国务院有关金融监督管理机构制定。"
                  "金融机构大额交易和可疑交易报告的具体办法，由国务院反洗钱行政主管部门制定。")  # fmt: skip


@pytest.mark.parametrize(("wording", "gone"), [
    # the second sentence alone, reworded: the first (half alike, the same tail) is deleted, said (反洗钱法, a trial)
    ("金融机构大额交易和可疑交易报告的具体办法，由国务院反洗钱行政主管部门会同国务院有关金融监督管理机构制定。",
     "「金融机构建立客户身份识别制度的具体办法，由国务院反洗钱行政主管部门会同国务院有关金融监督管理机构制定。」"),
    # the first alone, word for word: the second deleted, said
    ("金融机构建立客户身份识别制度的具体办法，由国务院反洗钱行政主管部门会同国务院有关金融监督管理机构制定。",
     "「金融机构大额交易和可疑交易报告的具体办法，由国务院反洗钱行政主管部门制定。」"),
    # both sentences, one reworded: nothing left out
    (_TWO_SENTENCES.replace("主管部门制定", "主管部门会同有关机构制定"), None),
    # the unit rewritten whole in one sentence of its own: no sentence kept to go by
    ("反洗钱具体办法由国务院规定。", None),
    # (a stranger's review) its two sentences joined into one, a word changed: nothing left out
    (_TWO_SENTENCES.replace("制定。金融机构", "制定，金融机构", 1).replace("主管部门制定", "主管部门另行制定"), None),
    (_TWO_SENTENCES.replace("制定。金融机构", "制定，金融机构", 1), None),
])  # fmt: skip
def test_a_wording_giving_fewer_sentences_than_its_unit_says_what_it_deletes(wording: str, gone: str | None) -> None:
    from lawcomment.review.proposals import sentences_left_out

    draft = parse_text(f"第一条 {_TWO_SENTENCES}\n第二条 本法自公布之日起施行。\n")
    said = sentences_left_out(draft, unit_index(draft)["art_1"], wording)
    if gone is None:
        assert said is None
    else:
        assert said == (f"the wording gives 1 of the 2 sentences of 第一条: read as the whole of it, it deletes {gone} (if it "
                        "rewords only part of 第一条, give the whole 款 with that part reworded)")  # fmt: skip
        assert localized(said, "zh") == (f"该措辞只写了第一条2句中的1句：按其全文理解，将删去{gone}（如只改写其中一部分，请给出该款全文，"
                                         "并在其中改写相应部分）")  # fmt: skip


def test_a_short_sentence_left_out_is_said_though_the_wording_keeps_most_of_the_unit() -> None:
    """(a second review) The unit's words mostly kept, in order, hid a short sentence dropped whole."""
    from lawcomment.review.proposals import sentences_left_out

    body = "农产品生产企业应当建立农产品生产记录，如实记载使用农业投入品的名称、来源、用法、用量和使用日期，动物疫病、植物病虫草害的发生和防治情况。禁止伪造。"
    draft = parse_text(f"第一条 {body}\n第二条 本法自公布之日起施行。\n")
    wording = body.replace("防治情况。禁止伪造。", "防治情况，并保存二年。")
    said = sentences_left_out(draft, unit_index(draft)["art_1"], wording)
    assert said is not None and said.endswith("it deletes 「禁止伪造。」 (if it rewords only part of 第一条, give the whole 款 "
                                              "with that part reworded)"), said  # fmt: skip


def test_a_wording_moved_onto_a_unit_of_more_sentences_says_what_it_deletes(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a trial of 反洗钱法 2006) Staff moved a one-sentence wording filed on the wrong article onto the
    article of two sentences it rewords one of (`comment edit --at`): nothing was said, and the merge
    rewrote the other sentence. The move says what the wording deletes, as typing it there does."""
    law = tmp_path / "law.md"
    law.write_text(f"# 法\n\n第一条 金融机构应当按照规定报告大额交易。\n\n第二条 {_TWO_SENTENCES}\n", encoding="utf-8")
    run = consultation
    assert run("draft", "add", str(law), "--name", "s", "--version", "1").exit_code == 0
    wording = "金融机构大额交易和可疑交易报告的具体办法，由国务院反洗钱行政主管部门会同国务院有关金融监督管理机构制定。"
    assert run("comment", "add", "--member", "acme", "--draft", "s@1", "--at", "第一条", "--propose", wording).exit_code == 0
    said = ("warning: the wording gives 1 of the 2 sentences of 第二条: read as the whole of it, it deletes 「金融机构建立客户身份识别"
            "制度的具体办法，由国务院反洗钱行政主管部门会同国务院有关金融监督管理机构制定。」 (if it rewords only part of 第二条, give the "
            "whole 款 with that part reworded)\n")  # fmt: skip
    moved = run("comment", "edit", "1", "--at", "第二条")
    assert moved.exit_code == 0 and said in moved.output, moved.output
    typed = run("comment", "add", "--member", "beta", "--draft", "s@1", "--at", "第二条", "--propose", wording)
    assert typed.exit_code == 0 and said in typed.output, typed.output


_ITEM_2 = "（二）未在首页显著位置持续公示终止电子商务的有关信息和联系方式的；"
_AT_ITEM_2 = ("the proposal is one 项 「（二）」 of {at}: anchored at 第七十六条第一款第二项, not read as the whole article "
              "(which would delete its other words)")  # fmt: skip


@pytest.mark.parametrize("at", ["第七十六条", "第七十六条第一款"])
def test_a_wording_of_one_item_given_for_its_article_is_that_items(consultation, tmp_path, at: str) -> None:  # type: ignore[no-untyped-def]
    """(a trial of 商标法: the 意见反馈表's 条款 cell names articles alone) 「（三）销售…；」 given for
    第五十七条 was the whole article: its opening words and six other 项 deleted, the 项 printed as
    （一）, with no warning. It is that 项's wording, anchored there, said; typed, from a sheet and
    when a comment is edited alike."""
    import json

    typed = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", at, "--propose", _ITEM_2)
    said = _AT_ITEM_2.format(at=at)
    assert (typed.exit_code, typed.stderr) == (0, f"warning: {said}\n"), typed.output
    sheet = tmp_path / "c.csv"
    sheet.write_text(f"member,article,proposed_text\nbeta,{at},{_ITEM_2}\n", encoding="utf-8")
    imported = consultation("comment", "import", str(sheet), "--draft", "ecommerce@1")
    assert (imported.exit_code, imported.stderr) == (0, f"warning: {sheet}: row 2: {said}\n"), imported.output
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert [(c["eid"], c["proposed_text"]) for c in listed] == [("art_76__para_1__item_2", _ITEM_2[3:])] * 2
    merged = consultation("merge", "--draft", "ecommerce@1", "--article", "第七十六条")
    assert "（二）未在首页显著位置持续公示终止电子商务的有关信息{+和联系方式+}的；" in merged.stdout, merged.stdout
    assert "[-" not in merged.stdout  # (nothing of the article deleted)


@pytest.mark.parametrize("typed", [
    "（四）未按照规定公示平台服务协议的；",  # (no such 项: a wording of the 款, as before)
    "（二）未在首页显著位置持续公示终止电子商务的有关信息的；\n（三）不履行本法规定的信息提供义务的。",  # (two lines)
])  # fmt: skip
def test_a_wording_that_is_no_single_item_is_never_anchored_at_one(consultation, typed: str) -> None:  # type: ignore[no-untyped-def]
    import json

    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第七十六条第一款",
                          "--propose", typed)  # fmt: skip
    assert "one 项" not in result.output
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert all("item" not in c["eid"] for c in listed)


_LISTS = ("# 某法\n\n第一条 有下列情形之一的，不予登记：\n\n（一）甲情形的；\n\n（二）乙情形的。\n\n"
          "第二条 有下列情形之一的，应当报告：\n\n（一）丙情形；\n\n（二）丁情形。\n\n有下列情形之一的，应当公告：\n\n"
          "（一）戊情形；\n\n（二）己情形。\n")  # fmt: skip


def test_one_item_given_for_an_article_of_one_paragraph_or_of_two_lists() -> None:
    """The 项 of an article of one 款 is cited without the 款 (第一条第二项); an article with two
    lists holding the label is refused, naming both (which one is never guessed)."""
    draft = parse_text(_LISTS)
    index = unit_index(draft)
    item, said = item_given(draft, index["art_1"], "（二）乙情形或者庚情形的。")
    assert (item.eid, said) == ("art_1__para_1__item_2", "the proposal is one 项 「（二）」 of 第一条: anchored at 第一条第二项, "
                                "not read as the whole article (which would delete its other words)")  # fmt: skip
    with pytest.raises(ValueError) as refused:
        item_given(draft, index["art_2"], "（二）丁情形和庚情形。")
    assert str(refused.value) == ("the proposal is one 项 「（二）」 of 第二条, which has it in more than one 款 "
                                  "(第二条第一款第二项、第二条第二款第二项): cite the 项 it rewords")  # fmt: skip
    assert item_given(draft, index["art_2__para_2"], "（二）己情形和庚情形。")[0].eid == "art_2__para_2__item_2"


_TENTH = ("电子商务经营者应当依法办理市场主体登记。但是，个人销售自产农副产品、家庭手工业产品，个人利用自己的技能从事依法无须"
          "取得许可的便民劳务活动和零星小额交易活动，以及依照法律、行政法规不需要进行登记的除外。")
_TENTH_NEW = _TENTH.replace("依法办理", "依法及时办理")


@pytest.mark.parametrize(("typed", "lead", "marks"), [
    # (a trial of 野生动物保护法) 建议修改为：… went out as the law's first words, {+建议修改为：+}
    (f"建议修改为：{_TENTH_NEW}", "建议修改为：", ""),
    (f"修改为：{_TENTH_NEW}", "修改为：", ""),
    (f"我司建议将本条修改为：{_TENTH_NEW}", "我司建议将本条修改为：", ""),
    (f"建议将第十条修改为：“{_TENTH_NEW}”", "建议将第十条修改为：", "“…”"),
    (f"修改后条文：\n「{_TENTH_NEW}」。", "修改后条文：", "「…」"),
])  # fmt: skip
def test_a_wording_opening_with_an_instruction_is_read_without_it(consultation, tmp_path, typed: str, lead: str,  # type: ignore[no-untyped-def]
                                                                  marks: str) -> None:  # fmt: skip
    import json

    said = (f"the proposed text opens with 「{lead}」, an instruction, not law text: read as the wording after it"
            + (f", out of the quotation marks {marks} around it" if marks else ""))
    added = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十条", "--propose", typed)
    assert added.exit_code == 0, added.output
    assert f"warning: {said}\n" in added.stderr
    sheet = tmp_path / "c.csv"
    sheet.write_text(f'member,article,proposed_text\nbeta,第十条,"{typed}"\n', encoding="utf-8")
    imported = consultation("comment", "import", str(sheet), "--draft", "ecommerce@1")
    assert imported.exit_code == 0, imported.output
    assert f"warning: {sheet}: row 2: {said}\n" in imported.stderr
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert [(c["stance"], c["proposed_text"], c["eid"]) for c in listed] == [("amend", _TENTH_NEW, "art_10")] * 2
    merged = consultation("merge", "--draft", "ecommerce@1", "--article", "第十条")
    assert "{+及时+}" in merged.stdout and lead not in merged.stdout


def test_a_new_articles_wording_opening_with_an_instruction_is_read_without_it(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    # the trial's row: 新增第五十七条之一 | 建议增加过渡期条款：本法施行前… printed as the new article's words
    sheet = tmp_path / "c.csv"
    sheet.write_text("member,article,proposed_text\nacme,新增第十条之一,建议增加过渡期条款：本法施行前已经登记的经营者继续有效。\n",
                     encoding="utf-8")  # fmt: skip
    imported = consultation("comment", "import", str(sheet), "--draft", "ecommerce@1")
    assert imported.exit_code == 0, imported.output
    assert (f"warning: {sheet}: row 2: the proposed text opens with 「建议增加过渡期条款：」, an instruction, not law text: "
            "read as the wording after it\n") in imported.stderr  # fmt: skip
    (c,) = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert (c["stance"], c["proposed_text"]) == ("insert", "本法施行前已经登记的经营者继续有效。")


@pytest.mark.parametrize("text", [
    "建议将第十一条修改为：电子商务经营者应当依法办理市场主体登记。",  # (another article named: not this one's wording)
    "电子商务经营者应当依法修改为：登记。",  # (the words, not an instruction, at the start)
])  # fmt: skip
def test_an_instruction_is_taken_out_only_when_it_leads_this_units_wording(text: str) -> None:
    from lawcomment import load_draft
    from lawcomment.comments import Stance
    from lawcomment.drafts import unit_index
    from lawcomment.review.proposals import instruction_lead

    from tests.conftest import DATA

    draft = load_draft(DATA / "ecommerce-law.md")
    assert instruction_lead(draft, unit_index(draft)["art_10"], Stance.AMEND, text) is None


def test_a_unit_whose_own_text_opens_with_the_instruction_keeps_it() -> None:
    # an amending decision's own words (将第三条修改为：…), reworded by a member, are its law text
    from lawcomment import parse_text
    from lawcomment.comments import Stance
    from lawcomment.drafts import unit_index
    from lawcomment.review.proposals import instruction_lead

    decision = parse_text("# 关于修改某法的决定\n\n第一条 修改为：“第三条 国家鼓励创新。”\n", profile="zh-CN")
    unit = unit_index(decision)["art_1"]
    assert instruction_lead(decision, unit, Stance.AMEND, "修改为：“第三条 国家鼓励创新和发展。”") is None


def test_an_edited_wording_opening_with_an_instruction_is_read_without_it(consultation) -> None:  # type: ignore[no-untyped-def]
    import json

    added = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十条", "--propose",
                         _TENTH.replace("依法", "依照法律"))  # fmt: skip
    assert added.exit_code == 0, added.output
    edited = consultation("comment", "edit", "1", "--propose", f"建议修改为：{_TENTH_NEW}")
    assert edited.exit_code == 0, edited.output
    assert ("the proposed text opens with 「建议修改为：」, an instruction, not law text: read as the wording after "
            "it") in edited.stderr  # fmt: skip
    (c,) = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert c["proposed_text"] == _TENTH_NEW


@pytest.mark.parametrize("end", ["\n", "\r\n", "\n\n", " \u3000\n", "\n\u00a0"])
def test_the_line_break_a_pasted_wording_ends_with_is_no_law_text(consultation, end: str) -> None:  # type: ignore[no-untyped-def]
    # (a web trial) a wording pasted from Word ended in a line break: it went out as an empty paragraph put in
    import json

    added = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十条", "--propose",
                         "\n" + _TENTH_NEW + end)  # fmt: skip
    assert added.exit_code == 0, added.output
    (c,) = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert c["proposed_text"] == _TENTH_NEW
    decided = consultation("decide", "--draft", "ecommerce@1", "--article", "第十条", "--text", _TENTH_NEW + end)
    assert decided.exit_code == 0, decided.output
    assert "inserting 「及时」\n" in decided.output and "⏎" not in decided.output


@pytest.mark.parametrize("text", [
    # (a review) a new provision's own first words, which a looser rule cut off as an instruction
    "补充医疗保险包括：（一）企业补充医疗保险；（二）商业健康保险。",
    "补充协议应当载明下列事项：（一）当事人；（二）期限。",
    "补充耕地应当符合下列要求：（一）数量不减少；（二）质量不降低。",
    "添加剂的使用应当符合下列要求：（一）安全；（二）必要。",
    "增加值部分按照下列规定处理：甲。",
    "新增建设用地的，应当符合下列条件：（一）规划；（二）计划。",
])  # fmt: skip
def test_a_new_provision_opening_with_words_like_an_instruction_is_kept_whole(consultation, tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    import json

    sheet = tmp_path / "c.csv"
    sheet.write_text(f"member,article,proposed_text\nacme,新增第十条之一,{text}\n", encoding="utf-8")
    imported = consultation("comment", "import", str(sheet), "--draft", "ecommerce@1")
    assert imported.exit_code == 0, imported.output
    assert "an instruction, not law text" not in imported.stderr
    (c,) = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert (c["stance"], c["proposed_text"]) == ("insert", text)


def test_a_wording_ending_without_its_units_closing_mark_is_given_it_back() -> None:
    """(a bilingual trial of 反垄断法 第十七条第一款第五项) :func:`lawcomment.review.closing_mark`: the
    mark the unit's text closes with, for a Chinese wording ending with no mark at all; a wording
    ending with another mark, a bracket or a quote chose it; "" where the wording's last line could
    take two of the law's marks; nothing for an English draft, whose items end with 「; and」 or words."""
    from lawcomment.review import closing_mark, kept_mark

    draft = load_draft(Path(__file__).parent / "data" / "anti-monopoly-2007.md")
    item, article = draft.find("art_17__para_1__item_5"), draft.find("art_17")
    assert item is not None and article is not None
    words = "没有正当理由搭售商品，或者在交易时附加其他不合理的交易条件，包括限制交易相对人使用其他经营者提供的商品或者服务"
    assert closing_mark(draft, item, words) == "；"
    assert kept_mark(words + "\n", "；") == words + "；\n"
    assert [closing_mark(draft, item, words + end) for end in ("。", ";", "，", "）", "”", "」", "?")] == [None] * 7
    assert closing_mark(draft, article, "（五）" + words) == "；"  # (the law's line of that label)
    whole = article.body(body_separator(draft))
    assert closing_mark(draft, article, words) is None  # (a 项's words, far from the article's: read otherwise)
    assert closing_mark(draft, article, whole.rstrip("。")) == "。"
    assert closing_mark(draft, article, whole.replace("（三）", "（三）以及").rstrip("。")) == "。"
    # (its 项 and the 款 after them, one 项 left out: the 款's mark, of the law's 款 after its 项)
    assert closing_mark(draft, article, whole.split("\n", 1)[1].rstrip("。")) == "。"
    from lawcomment.review.proposals import normalise_comment

    index = unit_index(draft)
    typed = NewComment("acme", Anchor(item.eid), Stance.AMEND, CommentSource(SourceKind.CSV), proposed_text=words)
    assert normalise_comment(draft, index, typed).proposed_text == words + "；"
    struck = replace(typed, source=CommentSource(SourceKind.DOCX_REVISION))  # (a tracked deletion: kept as struck)
    assert normalise_comment(draft, index, struck).proposed_text == words
    para = draft.find("art_15__para_2")
    assert para is not None and closing_mark(draft, para, para.text.rstrip("。") + "，并报告执法机构") == "。"
    assert closing_mark(draft, para, "设定上限") is None  # (a phrase typed as a remark: no copy of it)
    english = parse_text("Article 1\n\n1. The operator shall not:\n\n(a) sell goods; or\n\n(b) buy goods.\n", profile="en")
    first = english.find("art_1__para_1")
    assert english.profile == "en" and first is not None and closing_mark(english, first, "The operator shall not sell") is None
