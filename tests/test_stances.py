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
