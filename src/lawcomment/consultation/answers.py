"""What staff answered a member's question, objection or remark they resolved: kept after the
note a carry wrote, and read back for the member's card and the next reading."""

from __future__ import annotations

from ..comments import Comment, Status

#: What a resolved comment's note says staff answered.
ANSWER = "answer: "


def answer_of(c: Comment) -> str:
    """The answer staff gave when they resolved ``c`` (:func:`~lawcomment.consultation.resolve_comment`),
    "" when none."""
    if c.status is not Status.RESOLVED:
        return ""
    if c.note.startswith(ANSWER):
        return c.note[len(ANSWER):]
    # (the first marker: a carry's note comes before it, and an answer may hold the words itself)
    at = c.note.find(f"; {ANSWER}")
    return c.note[at + 2 + len(ANSWER):] if at >= 0 else ""


def without_answer(note: str) -> str:
    """``note`` without the answer :func:`with_answer` put after it (a resolved comment reopened)."""
    return "" if note.startswith(ANSWER) else note.split(f"; {ANSWER}", 1)[0]


def with_answer(note: str, answer: str) -> str:
    """``note`` with ``answer`` after it, as a resolved comment keeps them."""
    return (f"{note}; {ANSWER}{answer}" if note else f"{ANSWER}{answer}") if answer else note
