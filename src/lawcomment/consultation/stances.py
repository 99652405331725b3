"""What a member's remark says of its stance when nothing else does: a Word comment, or a sheet's
row without a 立场. 支持。… is support with its reasons, 反对。… opposition, a remark asking one
thing (？ at its end) a question; anything else a remark."""

from __future__ import annotations

import re

from ..comments import Stance

#: A remark that opens by saying it supports (or opposes) the provision, then gives its reasons:
#: 支持。“好评返现”严重扰乱… (a trial's Word comment, read as a remark). Never one that goes on with
#: a reservation, a suggestion or a question anywhere (同意，但建议…, 支持，只是期限过短, 同意，为什么不…？):
#: that is a remark.
_OPENS = re.compile(r"^\s*(?P<says>支持|赞成|赞同|同意|反对|不同意|不赞成)(?:本条|该条|此条|本款|本项|原文|草案)?(?:的?规定)?"
                    r"(?:[。！!；;，,：:\s]\s*(?P<rest>.*))?$", re.DOTALL)  # fmt: skip
_RESERVED = re.compile(r"但|不过|然而|可是|只是|然|唯|此外|另外|同时|建议|希望|为何|为什么|是否|[？?]")
#: A question: one sentence asked, no suggestion made (建议删除。为何…？ suggests, and is a remark;
#: "We recommend deleting this. Why is it needed?" too).
_ASKS = re.compile(r"[？?]\s*$")
_SENTENCE_END = re.compile(r"[。！!；;]|[.](?:\s|$)")


def remark_stance(text: str) -> Stance:
    """The stance a remark's own words give it: SUPPORT, OPPOSE, QUESTION or COMMENT."""
    found = _OPENS.match(text)
    if found is not None and not _RESERVED.search(found["rest"] or ""):
        return Stance.OPPOSE if found["says"] in ("反对", "不同意", "不赞成") else Stance.SUPPORT
    body = text.strip()
    if _ASKS.search(body) and "建议" not in body and not _SENTENCE_END.search(body):
        return Stance.QUESTION
    return Stance.COMMENT
