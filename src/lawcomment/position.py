"""The committee's position per unit: members' proposals from the store, merged, with staff
decisions applied (accept/reject a change, choose a conflict alternative, final wording).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .anchors import cite, describe, unit_index, unit_spans
from .comments import INACTIVE, Comment, Stance
from .errors import CitationError, StoreError
from .merge import Change, Conflict, Merge, Proposal, merge, near_key
from .model import Draft, Kind, Unit
from .rebase import touches
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
    draft's own wording, None while unresolved. ``stale`` says what changed since the
    decision (a new alternative arrived); the decision still applies until staff act."""

    conflict: Conflict
    chosen: int | None = None
    decision: int | None = None
    stale: str = ""


@dataclass(frozen=True, slots=True)
class Insertion:
    """A proposed new unit after ``after`` (``id`` n1, n2 …), its supporters and comment
    ids, and what staff made of it: proposed, accepted or rejected."""

    after: str
    text: str
    supporters: tuple[str, ...]
    comments: tuple[int, ...]
    id: str = "n1"
    state: str = "proposed"
    decision: int | None = None


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
    stale: tuple[str, ...] = ()  # decisions to review again: their premises changed, or they no longer match

    @property
    def unresolved(self) -> tuple[Conflict, ...]:
        if self.final is not None:
            return ()
        return tuple(c.conflict for c in self.conflicts if c.chosen is None)

    @property
    def proposals(self) -> int:
        return len(self.merge.proposals)

    @property
    def unreviewed(self) -> tuple[str, ...]:
        """Ids of what staff have not decided yet: changes, conflicts and new units."""
        if self.final is not None:
            return tuple(i.id for i in self.insertions if i.state == "proposed")
        return (*(c.change.id for c in self.changes if c.state == "proposed"),
                *(x.conflict.id for x in self.conflicts if x.chosen is None),
                *(i.id for i in self.insertions if i.state == "proposed"))  # fmt: skip

    @property
    def submitted_text(self) -> str:
        """The position as it goes out by default: only what staff accepted or chose."""
        return splice(self.base, [Span(p.start, p.end, p.new) for p in self.pieces(submitted=True)])

    def submitted_insertions(self, submitted: bool = True) -> tuple[Insertion, ...]:
        """The proposed new units in the position: accepted ones, or all but rejected ones."""
        keep = ("accepted",) if submitted else ("accepted", "proposed")
        return tuple(i for i in self.insertions if i.state in keep)

    def pieces(self, submitted: bool = False) -> list[Piece]:
        """The edits that turn ``base`` into ``text``, in order, each with its supporters
        (none for the committee's own final wording). ``submitted`` keeps only the changes
        staff accepted (and conflicts they resolved), as the submission does by default."""
        if self.final is not None:
            return [Piece(s.start, s.end, s.new, ()) for s in diff(self.base, self.text).spans()]
        keep = ("accepted",) if submitted else ("accepted", "proposed")
        out = [Piece(c.change.start, c.change.end, c.change.new, c.change.supporters)
               for c in self.changes if c.state in keep]  # fmt: skip
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
                           "chosen": c.chosen, "decision": c.decision, "stale": c.stale or None}
                          for c in self.conflicts],
            "final": None if self.final is None else {"decision": self.final.id, "text": self.final.new},
            "unresolved": len(self.unresolved), "counts": self.counts,
            "insertions": [{"id": i.id, "after": i.after, "text": i.text, "supporters": list(i.supporters),
                            "comments": list(i.comments), "state": i.state, "decision": i.decision}
                           for i in self.insertions],
            "groups": [{"proposals": list(g.proposals), "text": g.text, "variants": list(g.variants)}
                       for g in self.merge.groups],
            "unreviewed": list(self.unreviewed), "submitted": self.submitted_text,
            "stale": list(self.stale), "warnings": list(self.warnings),
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


def premise(m: Merge, conflict: Conflict | None = None, insertions: Iterable[Insertion] = ()) -> str:
    """What a decision is made on, as JSON: a conflict's alternatives, or (for a final
    wording) every proposal and new unit; a later merge that has more is flagged stale."""
    if conflict is not None:
        return json.dumps({"alternatives": sorted(a.text for a in conflict.alternatives)}, ensure_ascii=False)
    texts = [p.text for p in m.proposals] + [i.text for i in insertions]
    return json.dumps({"proposals": sorted(set(texts))}, ensure_ascii=False)


def _new_since(decision: Decision, key: str, now: Iterable[str]) -> list[str]:
    """What is on the table now that was not when ``decision`` was made."""
    if not decision.premise:
        return []
    before = set(json.loads(decision.premise).get(key, []))
    return [t for t in dict.fromkeys(now) if t not in before]


@dataclass(frozen=True, slots=True)
class _Applied:
    changes: list[ChangeState]
    conflicts: list[ConflictState]
    insertions: list[Insertion]
    final: Decision | None
    stale: list[str]
    unmatched: list[str]


def _apply(m: Merge, decisions: list[Decision], insertions: list[Insertion], where: str) -> _Applied:
    """Match decisions (newest wins) to the merge's changes, conflicts and new units by their content."""
    by_change: dict[tuple[int, int, str], Decision] = {}
    by_conflict: dict[tuple[int, int, str], Decision] = {}
    by_insertion: dict[str, Decision] = {}
    final: Decision | None = None
    used: set[int] = set()  # decisions matched, or replaced by a newer one on the same thing
    for d in decisions:
        if d.action == "text":
            older = final
            final = d
        elif d.subject == "insertion":
            older = by_insertion.get(near_key(d.new or ""))
            by_insertion[near_key(d.new or "")] = d
        elif d.action in ("accept", "reject"):
            older = by_change.get((d.start or 0, d.end or 0, d.new or ""))
            by_change[(d.start or 0, d.end or 0, d.new or "")] = d
        else:
            older = by_conflict.get((d.start or 0, d.end or 0, d.old or ""))
            by_conflict[(d.start or 0, d.end or 0, d.old or "")] = d
        if older is not None:
            used.add(older.id)
    stale: list[str] = []
    changes = []
    for c in m.changes:
        dc = by_change.get((c.start, c.end, c.new))
        if dc is not None and dc.old == c.old:
            used.add(dc.id)
            changes.append(ChangeState(c, "accepted" if dc.action == "accept" else "rejected", dc.id))
        else:
            changes.append(ChangeState(c, "proposed"))
    conflicts = []
    for x in m.conflicts:
        dx = by_conflict.get((x.start, x.end, x.old))
        chosen = None
        if dx is not None:
            if dx.new == x.old:
                chosen = 0
            else:
                chosen = next((a.number for a in x.alternatives if a.text == dx.new), None)
        if chosen is not None and dx is not None:
            used.add(dx.id)
            fresh = set(_new_since(dx, "alternatives", [a.text for a in x.alternatives]))
            newcomers = [a for a in x.alternatives if a.text in fresh]
            note = ""
            if newcomers:
                alts = "; ".join(f"{a.number}) {_quoted(a.text)} [{', '.join(a.supporters)}]" for a in newcomers)
                note = (f"decision #{dx.id} on {x.id} of {where} was made before alternative(s) {alts} arrived; "
                        "it still applies: review it (decide again, or undo it)")  # fmt: skip
                stale.append(note)
            conflicts.append(ConflictState(x, chosen, dx.id, note))
        else:
            conflicts.append(ConflictState(x))
    decided_insertions = []
    for ins in insertions:
        di = by_insertion.get(near_key(ins.text))
        if di is not None:
            used.add(di.id)
            state = "accepted" if di.action == "accept" else "rejected"
            decided_insertions.append(Insertion(ins.after, ins.text, ins.supporters, ins.comments, ins.id, state, di.id))
        else:
            decided_insertions.append(ins)
    if final is not None:
        used.add(final.id)
        arrived = _new_since(final, "proposals", [p.text for p in m.proposals] + [i.text for i in insertions])
        if arrived:
            stale.append(f"the final wording of {where} (decision #{final.id}) was set before {len(arrived)} "
                         "proposal(s) arrived; it still applies: review it (decide again, or undo it)")  # fmt: skip
    unmatched = [f"decision #{d.id} ({_what(d)}) no longer matches the proposals; it is ignored (undo it or decide "
                 "again)" for d in decisions if d.id not in used]  # fmt: skip
    return _Applied(changes, conflicts, decided_insertions, final, stale, unmatched)


def _what(d: Decision) -> str:
    """A decision in a few words, on one line: ``accept 「明确」``, ``reject new unit 「…」``."""
    new, old = ((x or "").strip("\n").replace("\n", " ⏎ ") for x in (d.new, d.old))
    if d.action == "text":
        return "final wording"
    if d.subject == "insertion":
        return f"{d.action} new unit 「{new}」"
    if d.action == "choose":
        return f"choose 「{new}」 for 「{old}」"
    if old and new:
        return f"{d.action} 「{old}」 → 「{new}」"
    return f"{d.action} 「{new}」" if new else f"{d.action} deleting 「{old}」"


def describe_decision(d: Decision, lang: str = "zh") -> str:
    """``reject 「明确」 on 第十三条 (art_13)``: a decision as staff read it, on one line."""
    return f"{_what(d)} on {describe(d.target, lang)}"


def _quoted(text: str) -> str:
    return f"「{text}」" if text else "(deleted)"


def _one_per_member(base: str, proposals: list[Proposal], where: str) -> tuple[list[Proposal], list[str]]:
    """A member never conflicts with itself: its proposals on one article (on the article
    and on a 款 of it, or by two channels) become one, the later one winning where they overlap."""
    by_member: dict[str, list[Proposal]] = defaultdict(list)
    for p in proposals:
        by_member[p.supporters[0]].append(p)
    out: list[Proposal] = []
    notes: list[str] = []
    for member, mine in by_member.items():
        if len(mine) == 1:
            out.append(mine[0])
            continue
        mine.sort(key=lambda p: int(p.id.lstrip("#")) if p.id.lstrip("#").isdigit() else 0)
        kept: list[Span] = []
        for p in mine:
            new = diff(base, p.text).spans()
            kept = [k for k in kept if not any(touches(k, n) for n in new)] + new
        ids = "+".join(p.id for p in mine)
        out.append(Proposal(ids, splice(base, kept), (member,)))
        notes.append(f"{member}'s proposals {', '.join(p.id for p in mine)} on {where} are combined into one "
                     "(the later one wins where they overlap)")  # fmt: skip
    return out, notes


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
        if c.status in INACTIVE:
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
    proposals, combined = _one_per_member(base, proposals, cite(eid, lang))
    warnings.extend(combined)
    m = merge(base, proposals)
    where = describe(eid, lang)
    offered = [Insertion(eid, texts[k], tuple(dict.fromkeys(c.member for c in cs)), tuple(c.id for c in cs), f"n{n}")
               for n, (k, cs) in enumerate(inserted.items(), 1)]  # fmt: skip
    done = _apply(m, list(decisions), offered, cite(eid, lang))
    pieces = [Span(s.change.start, s.change.end, s.change.new) for s in done.changes if s.state != "rejected"]
    for x in done.conflicts:
        if x.chosen:
            pieces.append(Span(x.conflict.start, x.conflict.end, x.conflict.alternatives[x.chosen - 1].text))
    final = done.final
    text = (final.new or "") if final is not None else splice(base, pieces)
    return UnitPosition(eid, where, base, m, tuple(done.changes), tuple(done.conflicts), text, final,
                        dict(sorted(counts.items())), tuple(done.insertions),
                        (*m.warnings, *warnings, *done.stale, *done.unmatched),
                        (*done.stale, *done.unmatched))  # fmt: skip


def draft_positions(store: Store, ref: str, article: str | None = None) -> list[UnitPosition]:
    """Positions for every unit with comments (or just ``article``, an eid), in law order."""
    stored = store.get_draft(ref, archived=True)  # also read as the predecessor of a later version
    draft = stored.load()
    index = unit_index(draft)
    by_target: dict[str, list[Comment]] = defaultdict(list)
    for c in store.comments(stored.ref):
        if c.anchor.eid is None or c.status in INACTIVE:
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
        reasoned = set(store.committee_reasons(stored.ref))
        targets = sorted(set(by_target) | set(decided) | reasoned, key=lambda e: order.get(e, len(order)))
    return [unit_position(draft, t, by_target.get(t, []), decided.get(t, []), index) for t in targets]


def decide(store: Store, ref: str, eid: str, *, accept: str | None = None, reject: str | None = None,
           choose: str | None = None, text: str | None = None, reason: str = "") -> Decision:  # fmt: skip
    """Record one staff decision on unit ``eid``: exactly one of ``accept``/``reject`` (a
    change id such as ``c2``, or a new unit's ``n1``), ``choose`` (``x1:2``, or ``x1:0`` for
    the draft's wording) or ``text`` (the final wording). Each keeps its premise, so a
    later proposal that changes the picture flags it."""
    given = [k for k, v in (("accept", accept), ("reject", reject), ("choose", choose), ("text", text)) if v is not None]
    if len(given) != 1:
        raise StoreError("give exactly one of --accept, --reject, --choose or --text")
    (pos,) = draft_positions(store, ref, eid)
    if text is not None:
        return store.add_decision(ref, eid, "text", new=text, reason=reason,
                                  premise=premise(pos.merge, insertions=pos.insertions))  # fmt: skip
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
                                  new=chosen, reason=reason, premise=premise(pos.merge, conflict))  # fmt: skip
    action, cid = ("accept", accept or "") if accept is not None else ("reject", reject or "")
    insertion = next((i for i in pos.insertions if i.id == cid), None)
    if insertion is not None:
        return store.add_decision(ref, eid, action, new=insertion.text, reason=reason, subject="insertion")
    change = next((c.change for c in pos.changes if c.change.id == cid), None)
    if change is None:
        raise StoreError(_no_such(pos, cid or "", "change"))
    return store.add_decision(ref, eid, action, start=change.start, end=change.end, old=change.old, new=change.new,
                              reason=reason)  # fmt: skip


def _no_such(pos: UnitPosition, cid: str, what: str) -> str:
    have = ([c.change.id for c in pos.changes] + [i.id for i in pos.insertions] if what == "change"
            else [c.conflict.id for c in pos.conflicts])  # fmt: skip
    listed = ", ".join(have) if have else "none"
    return f"{pos.citation} has no {what} {cid!r} ({what}s: {listed}); run `lawcomment merge` to see them"


@dataclass(frozen=True, slots=True)
class BulkResult:
    """What a bulk decision did: the decisions recorded, what was already decided, and the
    conflicts it leaves to decide one by one (a bulk decision never picks between members)."""

    decisions: tuple[tuple[str, str, Decision], ...]  # (unit eid, change id, decision)
    already: int
    conflicts: tuple[tuple[str, str], ...]  # (unit eid, conflict id)


def decide_all(store: Store, ref: str, *, accept: bool, member: str | None = None, group: str | None = None,
               article: str | None = None, reason: str = "") -> BulkResult:  # fmt: skip
    """Accept (or reject) every undecided change and proposed new unit of a member, of a
    working group, or of one article (filters combine), in one transaction."""
    if member is None and group is None and article is None:
        raise StoreError("a bulk decision needs --member, --group or --article")
    who: set[str] | None = None
    if member is not None:
        who = {store.get_member(member).id}
    if group is not None:
        in_group = {m.id for m in store.members() if m.group == group}
        if not in_group:
            groups = sorted({m.group for m in store.members() if m.group})
            raise StoreError(f"no working group {group!r} (groups: {', '.join(groups) or 'none'})")
        who = in_group if who is None else who & in_group
    action = "accept" if accept else "reject"
    made: list[tuple[str, str, Decision]] = []
    already = 0
    conflicts: list[tuple[str, str]] = []
    with store.transaction():
        for pos in draft_positions(store, ref, article):
            if pos.final is not None:  # the committee's own wording stands there; decide that article by hand
                continue
            for c in pos.changes:
                if who is not None and not who & set(c.change.supporters):
                    continue
                if c.state != "proposed":
                    already += 1
                    continue
                ch = c.change
                made.append((pos.eid, ch.id, store.add_decision(ref, pos.eid, action, start=ch.start, end=ch.end,
                                                                 old=ch.old, new=ch.new, reason=reason)))  # fmt: skip
            for ins in pos.insertions:
                if who is not None and not who & set(ins.supporters):
                    continue
                if ins.state != "proposed":
                    already += 1
                    continue
                made.append((pos.eid, ins.id, store.add_decision(ref, pos.eid, action, new=ins.text, reason=reason,
                                                                  subject="insertion")))  # fmt: skip
            for x in pos.conflicts:
                if x.chosen is None and pos.final is None and (
                        who is None or any(who & set(a.supporters) for a in x.conflict.alternatives)):  # fmt: skip
                    conflicts.append((pos.eid, x.conflict.id))
    return BulkResult(tuple(made), already, tuple(conflicts))
