"""Carrying again onto a reading whose text was replaced (``draft add --replace`` of a reading
carried into): what the last carry put on the replaced text is carried onto the new one, and what
staff and members did on the reading since is kept, each thing said."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from ..comments import Anchor, Comment, Status
from ..drafts.anchors import unit_index
from ..drafts.serialize import body_separator
from ..model import Draft, Unit
from ..jsondoc import loads
from ..records import CommitteeReason, Decision, StoredDraft
from ..review.position import CONFIRMED, HELD_AT, HOLD, held
from ..store import Store

__all__ = ["Recarried"]


class _Carried(Protocol):
    """What :func:`in_place` reads of a comment the carry re-anchored (versions.Carried; named here, not imported:
    the carry's module imports this one)."""

    @property
    def origin(self) -> Comment: ...
    @property
    def anchor(self) -> Anchor | None: ...
    @property
    def status(self) -> Status: ...
    @property
    def note(self) -> str: ...
    @property
    def proposed_text(self) -> str | None: ...


_K = TypeVar("_K", bound=_Carried)


def _base(unit: Unit, sep: str) -> str:
    """A unit's words as the carry compares them (versions.Reanchorer.base): a container's heading, else its body."""
    return unit.heading if unit.kind.is_container else unit.body(sep)

#: The reason a decision carried onto the replaced text is undone with (its event says it): carried again.
UNDONE = "carried again: the text of its reading was replaced"
#: How a carried comment's revision is named when it is carried again onto the new text.
ACTION = "recarry"


@dataclass(frozen=True, slots=True)
class Recarried:
    """What carrying again did with the last carry onto ``draft``'s replaced text.

    ``copies``: each comment carried before and not touched since (its origin → its copy, carried
    again in place: the same number, its earlier state a revision); ``kept``: carried copies staff or
    the member changed since, kept as they are (not carried again); ``written``: comments written on the
    reading since, kept; ``decisions``: those made on it since, kept; ``undone``: the carried decisions
    undone (each carried again, or said no longer to apply); ``spared``: carried decisions not carried
    again as a decision made since stands on the same words (origin, the one made since); ``reasons``:
    the committee reasons written on the reading since, kept, where one carried would have replaced it;
    ``confirmed``: carried decisions staff confirmed since (held at an unsure place, ``decide --confirm``), kept
    as the carry again holds them at the same place again (staff checked it).
    Each kept thing's ``changed`` says whether the new text words its unit otherwise than the replaced
    one did (then check it)."""

    draft: str
    copies: dict[int, int]
    kept: tuple[Comment, ...] = ()
    written: tuple[Comment, ...] = ()
    decisions: tuple[Decision, ...] = ()
    undone: tuple[int, ...] = ()
    spared: tuple[tuple[int, int], ...] = ()
    reasons: tuple[CommitteeReason, ...] = ()
    changed: frozenset[str] = frozenset()  # the eids the new text words otherwise (or lacks)
    taken: int = 0  # the committee reasons carried before, taken away and carried again
    updated: tuple[int, ...] = ()  # the comments of ``copies`` the carry again changed
    confirmed: tuple[Decision, ...] = ()

    def check(self, eid: str | None) -> bool:
        """Whether a thing kept on unit ``eid`` (or within it) stands on words the new text changed."""
        return eid is not None and any(eid == e or eid.startswith(e + "__") or e.startswith(eid + "__")
                                       for e in self.changed)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LastCarry:
    """The last carry from ``old`` onto ``new``'s replaced text, as carry_forward reads it again."""

    report: Recarried
    kept_origins: set[int]  # comments whose carried copy stays as it is: not carried again
    decisions_before: set[int]  # the old reading's decisions not carried again (staff undid their copy)
    reasons_before: set[int]  # its committee reasons not carried again (staff removed or replaced theirs)
    carried_decisions: tuple[Decision, ...]  # in force on the new reading: undone, then carried again
    carried_reasons: tuple[CommitteeReason, ...]  # in force there: taken away, then carried again
    confirmed: frozenset[int] = frozenset()  # of carried_decisions, those staff confirmed (held before)


def _changed(was: Draft, now: Draft) -> frozenset[str]:
    before, after = unit_index(was), unit_index(now)
    sep_b, sep_a = body_separator(was), body_separator(now)
    return frozenset(eid for eid, u in before.items()
                     if eid not in after or _base(u, sep_b) != _base(after[eid], sep_a))  # fmt: skip


def last_carry(store: Store, old_s: StoredDraft, new_s: StoredDraft, was: Draft) -> LastCarry:
    """What the last carry from ``old_s`` put on ``new_s`` (whose text was ``was`` then), and what
    was done there since."""
    now = new_s.load()
    changed = _changed(was, now) | frozenset(eid for eid in unit_index(now) if eid not in unit_index(was))
    on_new = store.comments(new_s, include_superseded=True)
    copies: dict[int, int] = {}
    kept: list[Comment] = []
    for c in on_new:
        if c.origin is None:
            continue
        # changed since by staff or the member (a revision other than an earlier carry's): theirs, kept
        if any(r.action != ACTION for r in store.revisions(c.id)):
            kept.append(c)
        else:
            copies[c.origin] = c.id
    written = tuple(c for c in on_new if c.origin is None)
    ever = store.decisions(new_s, include_revoked=True)
    in_force = tuple(d for d in ever if d.origin is not None and d.revoked_at is None)
    made = tuple(d for d in ever if d.origin is None and d.revoked_at is None)
    live = {d.origin for d in in_force}
    # a held copy undone as staff confirmed it: the copy in force from the same decision is theirs, checked
    confirmed_from = {d.origin for d in ever if d.revoked_at is not None and d.origin in live and held(d)
                      and any(e.action == "decision.undo" and e.detail.get("reason") == CONFIRMED
                              for e in store.events(obj=f"decision:{d.id}"))}  # fmt: skip
    confirmed = frozenset(d.id for d in in_force if d.origin in confirmed_from and not held(d))
    copied = {d.origin for d in ever if d.origin is not None}

    def dropped(kind: str, item: int) -> bool:
        return any(e.action == f"{kind}.drop" and e.detail.get("into") == new_s.ref
                   for e in store.events(obj=f"{kind}:{item}"))  # fmt: skip

    # a carried decision staff undid since stays undone (one undone by an earlier carry again was
    # carried again then, or said to no longer apply: its drop is logged)
    decisions_before = {o for o in copied if o is not None and o not in live and not dropped("decision", o)}
    reasons_now = store.committee_reasons(new_s)
    carried_reasons = tuple(x for x in reasons_now.values() if x.origin is not None)
    own = tuple(x for x in reasons_now.values() if x.origin is None)
    reasons_before: set[int] = set()
    carried_ever = store.carried_reasons(new_s)
    live_reasons = {x.origin for x in carried_reasons}
    for x in store.committee_reasons(old_s).values():
        if x.id in carried_ever and x.id not in live_reasons and not dropped("reason", x.id):
            reasons_before.add(x.id)
    report = Recarried(new_s.ref, copies, tuple(kept), written, made, tuple(d.id for d in in_force), (), own,
                       changed, len(carried_reasons))  # fmt: skip
    return LastCarry(report, {c.origin for c in kept if c.origin is not None}, decisions_before, reasons_before,
                     in_force, carried_reasons, confirmed)  # fmt: skip


def spare(last: LastCarry, decisions: Sequence[tuple[int, str | None, int | None, int | None]]) -> dict[int, int]:
    """Of the decisions to carry (origin id, target, start, end), those a decision made on the
    reading since stands on the same words of: origin → that one (it stands; the carried one is not
    carried again)."""
    mine = {(d.target, d.start, d.end): d.id for d in last.report.decisions if d.subject != "insertion"}
    return {o: mine[(t, s, e)] for o, t, s, e in decisions if t is not None and (t, s, e) in mine}


class Again:
    """Writes a carry again as the store would a first one (``add_decision``, ``set_committee_reason``),
    keeping what the last carry wrote the same (no churn when the file is the same), then undoes
    the rest of it (:meth:`finish`: kept on record, revoked)."""

    def __init__(self, store: Store, last: LastCarry) -> None:
        self.store, self.last = store, last
        # ids of the last carry's decisions, and of its reasons, written the same again
        self.same: set[int] = set()
        self.same_reasons: set[int] = set()
        self.confirmed: list[Decision] = []  # confirmations kept: held again at the same place

    def add_decision(self, ref: str, target: str, action: str, *, start: int | None = None, end: int | None = None,
                     old: str | None = None, new: str | None = None, reason: str = "", subject: str = "",
                     premise: str = "", origin: int | None = None) -> Decision:  # fmt: skip
        for d in self.last.carried_decisions:
            if (d.origin, d.target, d.action, d.start, d.end, d.old, d.new, d.reason, d.subject, d.premise) == \
                    (origin, target, action, start, end, old, new, reason, subject, premise) and d.id not in self.same:  # fmt: skip
                self.same.add(d.id)
                return d
        if premise.startswith(HELD_AT):  # held again where staff confirmed it since: their confirmation stands
            said = {k: v for k, v in loads(premise).items() if k != HOLD}
            for d in self.last.carried_decisions:
                if d.id in self.last.confirmed and d.id not in self.same and \
                        (d.origin, d.target, d.action, d.start, d.end, d.old, d.new, d.reason, d.subject) == \
                        (origin, target, action, start, end, old, new, reason, subject) and \
                        (loads(d.premise) if d.premise else {}) == said:  # fmt: skip
                    self.same.add(d.id)
                    self.confirmed.append(d)
                    return d
        return self.store.add_decision(ref, target, action, start=start, end=end, old=old, new=new, reason=reason,
                                       subject=subject, premise=premise, origin=origin)  # fmt: skip

    def set_committee_reason(self, ref: str, target: str, text: str, origin: int | None = None) -> CommitteeReason | None:
        for x in self.last.carried_reasons:
            if (x.origin, x.target, x.text) == (origin, target, text.strip()):
                self.same_reasons.add(x.id)
                return x
        return self.store.set_committee_reason(ref, target, text, origin=origin)

    def finish(self) -> tuple[tuple[int, ...], int]:
        """Undo what the last carry wrote and this one did not write again: the decisions' ids, and
        how many committee reasons."""
        undone = tuple(d.id for d in self.last.carried_decisions if d.id not in self.same)
        for d in undone:
            self.store.revoke_decision(d, UNDONE)
        taken = [x for x in self.last.carried_reasons if x.id not in self.same_reasons]
        for x in taken:  # (one carried again onto its unit in other words replaced it already)
            if self.store.committee_reasons(self.last.report.draft).get(x.target) == x:
                # (logged as the carry's undoing, reason.uncarry, not as staff removing it: confirming a
                # decision gives back only a reason staff did not act on, decisions._reason_back)
                self.store.set_committee_reason(self.last.report.draft, x.target, "", origin=x.origin)
        return undone, len(taken)


def in_place(store: Store, last: LastCarry, carried: Sequence[_K]) -> tuple[list[_K], tuple[int, ...]]:
    """Carry again in place each comment whose copy is untouched (the same number, its state
    before a revision); returns the rest, to be stored as new copies, and the copies changed."""
    rest: list[_K] = []
    updated: list[int] = []
    for k in carried:
        c = k.origin
        copy = last.report.copies.get(c.id)
        if copy is None:
            rest.append(k)
            continue
        a = k.anchor or Anchor(None)
        was = store.get_comment(copy)
        if (was.anchor, was.proposed_text, was.status, was.note, was.forwarded) == \
                (a, k.proposed_text, k.status, k.note, c.forwarded):  # fmt: skip
            continue  # carried the same again (the same file stored again): no revision
        store.update_comment(copy, ACTION, detail={"from": c.id, "into": last.report.draft},
                             eid=a.eid, quote=a.quote, prefix=a.prefix, suffix=a.suffix, offset=a.offset,
                             proposed_text=k.proposed_text, status=k.status, note=k.note,
                             forwarded=int(c.forwarded))  # fmt: skip
        updated.append(copy)
    return rest, tuple(updated)
