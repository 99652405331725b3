"""Wordings of a translation that a next reading set aside for want of one, moved onto it when
the new version's translation is added: each as carry-forward would have moved it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..comments import Comment, Stance, Status
from ..review.rebase import AWAITING_TRANSLATION
from ..store import DraftRef, Store
from .translations import translation_texts
from .versions import Reanchorer, stored_alignment

__all__ = ["Placed", "place_waiting_wordings"]


@dataclass(frozen=True, slots=True)
class Placed:
    """One wording that was waiting for the translation: ``comment`` as it is now, ``moved`` onto
    the translation or still waiting, and ``why`` it waits still (empty when moved)."""

    comment: Comment
    moved: bool
    why: str = ""


def _waits(c: Comment, lang: str) -> bool:
    return c.lang == lang and c.status is Status.ORPHANED and c.origin is not None and \
        f"; {AWAITING_TRANSLATION}:" in c.note  # fmt: skip


def _after_waiting(note: str, origin: int) -> str:
    """What the note said after its waiting clause (an answer, the committee's other choice…),
    which stays with the comment."""
    start = note.find(f"; {AWAITING_TRANSLATION}:")
    close = f"comment #{origin})"
    end = note.find(close, start)
    return note[end + len(close):] if start >= 0 and end >= 0 else ""


def place_waiting_wordings(store: Store, ref: DraftRef, lang: str) -> list[Placed]:
    """Move onto draft ``ref``'s ``lang`` translation, now stored, the wordings of the previous
    reading's translation that carry-forward set aside because ``ref`` had none (``waiting for the
    translation``): each re-based from the old translation onto the new one, through the two
    pairings and the versions' alignment, as carry-forward moves them (edits the new translation
    made adopted, the others re-applied, one it cannot place said). The member's words are those
    of the carried comment, as staff may have corrected them. One whose member has given another
    wording of that unit since stays aside (a member has one wording of a unit), saying so.
    Each change is kept as the comment's revision (``comment undo`` takes it back) and logged."""
    stored = store.get_draft(ref)
    waiting = [c for c in store.comments(stored, status=Status.ORPHANED) if _waits(c, lang)]
    old_s = store.predecessor(stored) if waiting else None
    if old_s is None:
        return []
    old_texts, new_texts = translation_texts(store, old_s, lang), translation_texts(store, stored, lang)
    if old_texts is None or new_texts is None:
        return []
    from ..registry import align_versions

    old, new = old_s.load(), stored.load()
    alignment = stored_alignment(store, old_s, stored) or align_versions(old, new)
    r = Reanchorer(old, new, alignment, {lang: (old_texts, new_texts)})
    out: list[Placed] = []
    with store.transaction():
        for c in waiting:
            assert c.origin is not None  # (_waits)
            origin = store.get_comment(c.origin)
            # the words are the carried comment's (staff may have corrected them since), its place the origin's
            moved = r.carry(replace(origin, stance=c.stance, body=c.body, proposed_text=c.proposed_text, lang=c.lang))
            if moved.anchor is None or moved.anchor.eid is None or moved.status is Status.ORPHANED:
                out.append(Placed(c, False, moved.note.removeprefix("; ")))
                continue
            if moved.status is Status.OPEN and c.stance in (Stance.AMEND, Stance.DELETE):
                others = [x.id for x in store.comments(stored, eid=moved.anchor.eid, member=c.member)
                          if x.id != c.id and x.status is Status.OPEN and x.lang == lang and x.thread is None
                          and (x.stance is Stance.DELETE or x.stance is Stance.AMEND and x.proposed_text is not None)]  # fmt: skip
                if others:
                    shown = ", ".join(f"#{x}" for x in others)
                    out.append(Placed(c, False, f"{c.member} has given {shown} on that unit of the new {lang} translation "
                                                "since; a member has one wording of a unit (withdraw it to bring this one "
                                                "in, or keep it)"))  # fmt: skip
                    continue
            a = moved.anchor
            note = f"{moved.note}; moved onto the {lang} translation added later{_after_waiting(c.note, c.origin)}"
            after = store.update_comment(c.id, "translation.place", detail={"lang": lang}, eid=a.eid, quote=a.quote,
                                         prefix=a.prefix, suffix=a.suffix, offset=a.offset,
                                         proposed_text=moved.proposed_text, status=moved.status, note=note)  # fmt: skip
            out.append(Placed(after, True))
    return out
