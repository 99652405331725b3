"""The committee's position per unit: members' proposals from the store, merged, with staff
decisions applied (accept/reject a change, choose a conflict alternative, final wording).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .anchors import describe, unit_index, unit_spans
from .comments import Comment, Stance, Status
from .errors import CitationError, StoreError
from .merge import Change, Conflict, Merge, Proposal, merge, near_key
from .model import Draft, Kind, Unit
from .redline import Span, diff, splice
from .serialize import body_separator
from .store import Decision, Store

PROPOSING = (Stance.AMEND, Stance.DELETE, Stance.INSERT)
COUNTED = (Stance.SUPPORT, Stance.OPPOSE, Stance.QUESTION, Stance.COMMENT)


@dataclass(frozen=True, slots=True)
class ChangeState:
    """A change of the merge and what staff made of it: proposed (in the position until
    rejected), accepted or rejected, with the deciding decision's id."""

    change: Change
    state: str
    decision: int | None = None


@dataclass(frozen=True, slots=True)
class ConflictState:
    """A conflict and its resolution: ``chosen`` is the alternative's number, 0 for the
    draft's own wording, None while unresolved."""

    conflict: Conflict
    chosen: int | None = None
    decision: int | None = None


@dataclass(frozen=True, slots=True)
class Insertion:
    """A proposed new unit after ``after``, with its supporters and comment ids."""

    after: str
    text: str
    supporters: tuple[str, ...]
    comments: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Piece:
    """One edit of the position: ``base[start:end]`` becomes ``new``; ``supporters`` are the
    members who proposed it, empty when it is the committee's own wording."""

    start: int
    end: int
    new: str
    supporters: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UnitPosition:
    """Everything staff need to decide one unit: the merge, decisions, counts, the result.

    ``text`` is the committee position: the merged text after decisions (unresolved
    conflict regions keep the draft's wording). ``final`` is set by a final-wording decision.
    """

    eid: str
    citation: str
    base: str
    merge: Merge
    changes: tuple[ChangeState, ...]
    conflicts: tuple[ConflictState, ...]
    text: str
    final: Decision | None
    counts: dict[str, int]
    insertions: tuple[Insertion, ...]
    warnings: tuple[str, ...]

    @property
    def unresolved(self) -> tuple[Conflict, ...]:
        if self.final is not None:
            return ()
        return tuple(c.conflict for c in self.conflicts if c.chosen is None)

    @property
    def proposals(self) -> int:
        return len(self.merge.proposals)

    def pieces(self) -> list[Piece]:
        """The edits that turn ``base`` into ``text``, in order, each with its supporters
        (none for the committee's own final wording)."""
        if self.final is not None:
            return [Piece(s.start, s.end, s.new, ()) for s in diff(self.base, self.text).spans()]
        out = [Piece(c.change.start, c.change.end, c.change.new, c.change.supporters)
               for c in self.changes if c.state != "rejected"]  # fmt: skip
        for x in self.conflicts:
            if x.chosen:
                alt = x.conflict.alternatives[x.chosen - 1]
                out.append(Piece(x.conflict.start, x.conflict.end, alt.text, alt.supporters))
        return sorted(out, key=lambda p: (p.start, p.end))

    def to_dict(self) -> dict[str, object]:
        return {
            "eid": self.eid, "citation": self.citation, "base": self.base, "merged": self.merge.text,
            "position": self.text,
            "proposals": [{"id": p.id, "supporters": list(p.supporters), "text": p.text} for p in self.merge.proposals],
            "changes": [{**c.change.to_dict(), "state": c.state, "decision": c.decision} for c in self.changes],
            "conflicts": [{**c.conflict.to_dict(), "resolved": c.chosen is not None or self.final is not None,
                           "chosen": c.chosen, "decision": c.decision} for c in self.conflicts],
            "final": None if self.final is None else {"decision": self.final.id, "text": self.final.new},
            "unresolved": len(self.unresolved), "counts": self.counts,
            "insertions": [{"after": i.after, "text": i.text, "supporters": list(i.supporters),
                            "comments": list(i.comments)} for i in self.insertions],
            "groups": [{"proposals": list(g.proposals), "text": g.text, "variants": list(g.variants)}
                       for g in self.merge.groups],
            "warnings": list(self.warnings),
        }  # fmt: skip


def _target(unit_eid: str, index: dict[str, Unit]) -> str:
    """The unit a proposal is merged in: its article, or the container itself."""
    head = unit_eid.split("__", 1)[0]
    if head.startswith("art_") and head in index:
        return head
    # articles inside annexes or containers carry the container path in their eid
    parts = unit_eid.split("__")
    for i in range(len(parts), 0, -1):
        eid = "__".join(parts[:i])
        if eid in index and index[eid].kind is Kind.ARTICLE:
            return eid
    return unit_eid


def _place(comment: Comment, target: Unit, sep: str, spans: dict[str, tuple[int, int]],
           base: str) -> str | None:  # fmt: skip
    """The whole target unit as this comment would have it (None: not a wording proposal)."""
    eid = comment.anchor.eid or ""
    if target.kind.is_container:
        if comment.stance is Stance.AMEND and eid == target.eid:
            return comment.proposed_text
        return None
    start, end = spans[eid]
    if comment.stance is Stance.AMEND:
        return base[:start] + (comment.proposed_text or "") + base[end:]
    if comment.stance is Stance.DELETE:
        if eid == target.eid:
            return ""
        if end < len(base) and base[end] == "\n":
            end += 1
        elif start > 0 and base[start - 1] == "\n":
            start -= 1
        return base[:start] + base[end:]
    # an insertion inside an article: a new 款 or 项 after the anchor
    return base[:end] + "\n" + (comment.proposed_text or "") + base[end:]


def _apply(m: Merge, decisions: list[Decision]) -> tuple[list[ChangeState], list[ConflictState], Decision | None,
                                                        list[str]]:  # fmt: skip
    """Match decisions (newest wins) to the merge's changes and conflicts by their content."""
    by_change: dict[tuple[int, int, str], Decision] = {}
    by_conflict: dict[tuple[int, int, str], Decision] = {}
    final: Decision | None = None
    for d in decisions:
        if d.action == "text":
            final = d
        elif d.action in ("accept", "reject"):
            by_change[(d.start or 0, d.end or 0, d.new or "")] = d
        else:
            by_conflict[(d.start or 0, d.end or 0, d.old or "")] = d
    used: set[int] = set()
    changes = []
    for c in m.changes:
        d = by_change.get((c.start, c.end, c.new))
        if d is not None and d.old == c.old:
            used.add(d.id)
            changes.append(ChangeState(c, "accepted" if d.action == "accept" else "rejected", d.id))
        else:
            changes.append(ChangeState(c, "proposed"))
    conflicts = []
    for x in m.conflicts:
        d = by_conflict.get((x.start, x.end, x.old))
        chosen = None
        if d is not None:
            if d.new == x.old:
                chosen = 0
            else:
                chosen = next((a.number for a in x.alternatives if a.text == d.new), None)
        if chosen is not None and d is not None:
            used.add(d.id)
            conflicts.append(ConflictState(x, chosen, d.id))
        else:
            conflicts.append(ConflictState(x))
    if final is not None:
        used.add(final.id)
    stale = [f"decision #{d.id} ({d.action} {d.old!r} → {d.new!r}) no longer matches the proposals; "
             "it is ignored (undo it or decide again)" for d in decisions if d.id not in used]  # fmt: skip
    return changes, conflicts, final, stale


def unit_position(draft: Draft, eid: str, comments: Iterable[Comment], decisions: Iterable[Decision] = (),
                  index: dict[str, Unit] | None = None) -> UnitPosition:  # fmt: skip
    """The merged proposals and the position for one article (or container heading)."""
    index = index if index is not None else unit_index(draft)
    unit = index.get(eid)
    if unit is None:
        raise CitationError(f"{draft.source} has no unit {eid}")
    sep = body_separator(draft)
    base = unit.heading if unit.kind.is_container else unit.body(sep)
    spans = {} if unit.kind.is_container else unit_spans(unit, sep)
    lang = "en" if draft.profile.startswith("en") else "zh"
    proposals: list[Proposal] = []
    counts: Counter[str] = Counter()
    inserted: dict[str, list[Comment]] = defaultdict(list)
    texts: dict[str, str] = {}
    warnings: list[str] = []
    for c in comments:
        if c.status in (Status.SUPERSEDED, Status.ORPHANED):
            continue
        if c.stance is Stance.INSERT and c.anchor.eid == eid:
            key = near_key(c.proposed_text or "")
            texts.setdefault(key, c.proposed_text or "")
            inserted[key].append(c)
            continue
        if c.stance not in PROPOSING or (c.stance is not Stance.DELETE and c.proposed_text is None):
            counts[str(c.stance)] += 1
            continue
        text = _place(c, unit, sep, spans, base)
        if text is None:
            warnings.append(f"comment #{c.id} ({c.stance}) on {describe(c.anchor.eid or '', lang)} "
                            f"is not a wording of {describe(eid, lang)}; listed, not merged")  # fmt: skip
            counts[str(c.stance)] += 1
            continue
        proposals.append(Proposal(f"#{c.id}", text, (c.member,)))
    m = merge(base, proposals)
    changes, conflicts, final, stale = _apply(m, list(decisions))
    pieces = [Span(s.change.start, s.change.end, s.change.new) for s in changes if s.state != "rejected"]
    for x in conflicts:
        if x.chosen:
            pieces.append(Span(x.conflict.start, x.conflict.end, x.conflict.alternatives[x.chosen - 1].text))
    text = (final.new or "") if final is not None else splice(base, pieces)
    insertions = tuple(Insertion(eid, texts[k], tuple(dict.fromkeys(c.member for c in cs)), tuple(c.id for c in cs))
                       for k, cs in inserted.items())  # fmt: skip
    return UnitPosition(eid, describe(eid, lang), base, m, tuple(changes), tuple(conflicts), text, final,
                        dict(sorted(counts.items())), insertions, (*m.warnings, *warnings, *stale))  # fmt: skip


def draft_positions(store: Store, ref: str, article: str | None = None) -> list[UnitPosition]:
    """Positions for every unit with comments (or just ``article``, an eid), in law order."""
    stored = store.get_draft(ref)
    draft = stored.load()
    index = unit_index(draft)
    by_target: dict[str, list[Comment]] = defaultdict(list)
    for c in store.comments(stored.ref):
        if c.anchor.eid is None:
            continue
        by_target[_target(c.anchor.eid, index)].append(c)
    decided: dict[str, list[Decision]] = defaultdict(list)
    for d in store.decisions(stored.ref):
        decided[d.target].append(d)
    if article is not None:
        if article not in index:
            raise CitationError(f"{stored.ref} has no unit {article}")
        targets = [article]
    else:
        order = {eid: i for i, eid in enumerate(index)}
        targets = sorted(set(by_target) | set(decided), key=lambda e: order.get(e, len(order)))
    return [unit_position(draft, t, by_target.get(t, []), decided.get(t, []), index) for t in targets]


def decide(store: Store, ref: str, eid: str, *, accept: str | None = None, reject: str | None = None,
           choose: str | None = None, text: str | None = None, reason: str = "") -> Decision:  # fmt: skip
    """Record one staff decision on unit ``eid``: exactly one of ``accept``/``reject`` (a
    change id such as ``c2``), ``choose`` (``x1:2``, or ``x1:0`` for the draft's wording) or
    ``text`` (the final wording)."""
    given = [k for k, v in (("accept", accept), ("reject", reject), ("choose", choose), ("text", text)) if v is not None]
    if len(given) != 1:
        raise StoreError("give exactly one of --accept, --reject, --choose or --text")
    if text is not None:
        return store.add_decision(ref, eid, "text", new=text, reason=reason)
    (pos,) = draft_positions(store, ref, eid)
    if choose is not None:
        cid, _, alt = choose.partition(":")
        conflict = next((c.conflict for c in pos.conflicts if c.conflict.id == cid), None)
        if conflict is None:
            raise StoreError(_no_such(pos, cid, "conflict"))
        if not alt.isdigit() or int(alt) > len(conflict.alternatives):
            raise StoreError(f"{cid} of {pos.citation} has alternatives 1-{len(conflict.alternatives)} "
                             f"(or 0 for the draft's wording); got {alt!r}")  # fmt: skip
        n = int(alt)
        chosen = conflict.old if n == 0 else conflict.alternatives[n - 1].text
        return store.add_decision(ref, eid, "choose", start=conflict.start, end=conflict.end, old=conflict.old,
                                  new=chosen, reason=reason)  # fmt: skip
    action, cid = ("accept", accept) if accept is not None else ("reject", reject)
    change = next((c.change for c in pos.changes if c.change.id == cid), None)
    if change is None:
        raise StoreError(_no_such(pos, cid or "", "change"))
    return store.add_decision(ref, eid, action, start=change.start, end=change.end, old=change.old, new=change.new,
                              reason=reason)  # fmt: skip


def _no_such(pos: UnitPosition, cid: str, what: str) -> str:
    have = [c.change.id for c in pos.changes] if what == "change" else [c.conflict.id for c in pos.conflicts]
    listed = ", ".join(have) if have else "none"
    return f"{pos.citation} has no {what} {cid!r} ({what}s: {listed}); run `lawcomment merge` to see them"
