"""consultation.stances: the stance a remark's own words give it, when nothing else says it."""

from __future__ import annotations

import pytest

from lawcomment.comments import Stance
from lawcomment.consultation.stances import remark_stance


@pytest.mark.parametrize(("text", "stance"), [
    # support with its reasons (a trial's Word comment, read as a remark)
    ("支持。“好评返现”严重扰乱市场秩序，应当明确禁止。", Stance.SUPPORT),
    ("支持本条规定。", Stance.SUPPORT),
    ("赞成：有利于保护消费者。", Stance.SUPPORT),
    ("支持", Stance.SUPPORT),
    # opposition, with its reasons
    ("反对：不应扩大适用范围。", Stance.OPPOSE),
    ("不同意。该义务过重。", Stance.OPPOSE),
    # a reservation makes it a remark with a suggestion
    ("同意，但建议增加罚则。", Stance.COMMENT),
    ("支持。但建议明确期限。", Stance.COMMENT),
    # words that only start like it
    ("支持者众多，但范围过宽。", Stance.COMMENT),
    # one thing asked
    ("“电子数据”是否包括存储在境外服务器上的数据？", Stance.QUESTION),
    ("What does “credibility system” mean?", Stance.QUESTION),
    # a suggestion, or more said after the question: a remark
    ("建议删除。为何要规定？", Stance.COMMENT),
    ("本条的依据是什么？请说明。", Stance.COMMENT),
    ("建议明确期限。", Stance.COMMENT),
])
def test_a_remarks_own_words_give_its_stance(text: str, stance: Stance) -> None:
    assert remark_stance(text) is stance


def test_a_sheets_rows_without_a_stance_take_their_remarks_own(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A trial's sheet row asking “电子数据”是否包括…？ with no 立场 was read as a remark; so was 支持。… with its
    reasons. A 立场 given always wins."""
    import json

    sheet = tmp_path / "rows.csv"
    sheet.write_text("会员,条款,修改建议,理由,立场\n"
                     "acme,第十三条,,“电子数据”是否包括存储在境外服务器上的数据？,\n"
                     "acme,第十四条,,支持。电子发票与纸质发票同等效力，便于企业。,\n"
                     "acme,第十五条,,反对：公示范围过宽。,\n"
                     "acme,第十六条,,建议明确期限。,\n"
                     "acme,第十七条,,是否包括境外数据？,意见\n", encoding="utf-8")  # fmt: skip
    result = consultation("comment", "import", str(sheet), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert [(c["eid"], c["stance"]) for c in listed] == [
        ("art_13", "question"), ("art_14", "support"), ("art_15", "oppose"), ("art_16", "comment"), ("art_17", "comment")]


@pytest.mark.parametrize("text", [
    # a reservation, a suggestion or a question anywhere after the support (a review's cases)
    "支持，只是期限过短。", "支持，可是期限过短，应延长至六十日。", "支持；此外应当明确主管部门。", "支持，并建议明确适用范围。",
    "赞成，另外建议增加过渡期。", "同意。（建议将“可以”改为“应当”）", "同意，为什么不扩大到个人信息？", "支持，希望增加过渡期。",
])
def test_a_support_with_a_reservation_is_no_support(text: str) -> None:
    # (a remark, or the question it asks: 同意，为什么不扩大到个人信息？)
    assert remark_stance(text) in (Stance.COMMENT, Stance.QUESTION)


def test_an_english_remark_of_two_sentences_ending_in_a_question_is_a_remark() -> None:
    assert remark_stance("We recommend deleting this. Why is it needed?") is Stance.COMMENT
    assert remark_stance("Does this cover data held abroad?") is Stance.QUESTION
