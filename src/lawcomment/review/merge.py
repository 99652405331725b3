"""N-way merge of members' proposals for one unit: span-based three-way logic, never patch_apply.

Identical edits are combined with all their supporters; overlapping or same-point edits
from different proposals become explicit conflicts listing every alternative.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .redline import Redline, Span, diff, render_text, splice


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed wording of the whole unit, attributed to one or more members."""

    id: str
    text: str
    supporters: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Change:
    """A non-conflicting edit: ``base[start:end]`` becomes ``new``; who proposed it."""

    id: str
    start: int
    end: int
    old: str
    new: str
    supporters: tuple[str, ...]
    proposals: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "start": self.start, "end": self.end, "old": self.old, "new": self.new,
                "supporters": list(self.supporters), "proposals": list(self.proposals)}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Alternative:
    """One proposal's wording of a conflict's region."""

    number: int
    text: str
    supporters: tuple[str, ...]
    proposals: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"number": self.number, "text": self.text, "supporters": list(self.supporters),
                "proposals": list(self.proposals)}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Conflict:
    """Edits of different proposals that overlap or insert at the same point:
    ``base[start:end]`` has several proposed wordings."""

    id: str
    start: int
    end: int
    old: str
    alternatives: tuple[Alternative, ...]

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "start": self.start, "end": self.end, "old": self.old,
                "alternatives": [a.to_dict() for a in self.alternatives]}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Group:
    """Proposals that differ only in punctuation or whitespace, merged as one.

    ``text`` is the wording used (the one with most supporters); ``variants`` the others."""

    proposals: tuple[str, ...]
    text: str
    variants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Merge:
    """The merge of N proposals on one base text.

    ``text`` is the base with every change applied; conflict regions keep the base wording
    until someone decides. ``whole`` lists proposals compared as a whole replacement.
    """

    base: str
    text: str
    changes: tuple[Change, ...]
    conflicts: tuple[Conflict, ...]
    groups: tuple[Group, ...]
    proposals: tuple[Proposal, ...]
    warnings: tuple[str, ...] = ()

    @property
    def redline(self) -> Redline:
        return diff(self.base, self.text)

    def to_dict(self) -> dict[str, object]:
        return {"base": self.base, "text": self.text, "changes": [c.to_dict() for c in self.changes],
                "conflicts": [c.to_dict() for c in self.conflicts],
                "groups": [{"proposals": list(g.proposals), "text": g.text, "variants": list(g.variants)}
                           for g in self.groups],
                "warnings": list(self.warnings)}  # fmt: skip


def near_key(text: str) -> str:
    """The text without whitespace or punctuation, width-folded: equal keys mean the
    texts differ only in punctuation or whitespace."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if not ch.isspace() and not unicodedata.category(ch).startswith("P"))


def _union(*groups: Sequence[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for g in groups:
        for x in g:
            seen.setdefault(x, None)
    return tuple(seen)


def _group(proposals: Sequence[Proposal]) -> tuple[list[Proposal], list[Group], list[str]]:
    """Combine identical and near-identical proposals; returns the representatives."""
    by_key: dict[str, list[Proposal]] = {}
    for p in proposals:
        by_key.setdefault(near_key(p.text) if p.text else f"\x00{p.text}", []).append(p)
    reps: list[Proposal] = []
    groups: list[Group] = []
    warnings: list[str] = []
    for members in by_key.values():
        texts: dict[str, list[Proposal]] = {}
        for p in members:
            texts.setdefault(p.text, []).append(p)
        # the wording with most supporters wins; ties go to the earliest proposal
        ranked = sorted(texts.items(), key=lambda kv: -len(_union(*(p.supporters for p in kv[1]))))
        text = ranked[0][0]
        ids = tuple(p.id for p in members)
        reps.append(Proposal(members[0].id if len(members) == 1 else "+".join(ids), text,
                             _union(*(p.supporters for p in members))))  # fmt: skip
        if len(members) > 1:
            variants = tuple(t for t, _ in ranked[1:])
            groups.append(Group(ids, text, variants))
            if variants:
                who = ", ".join(f"{'/'.join(p.id for p in ps)}" for _, ps in ranked)
                warnings.append(f"proposals {who} differ only in punctuation or whitespace; merged as one, "
                                f"using the wording of {'/'.join(p.id for p in ranked[0][1])}")  # fmt: skip
    return reps, groups, warnings


def _overlaps(a: Span, b: Span) -> bool:
    if a.start < b.end and b.start < a.end:
        return True
    # same point: two insertions there, or an insertion where the other edit starts
    return a.start == b.start and (a.start == a.end or b.start == b.end)


def merge(base: str, proposals: Sequence[Proposal]) -> Merge:
    """Merge proposals (each the whole unit as its supporters want it) onto ``base``."""
    reps, groups, warnings = _group(proposals)
    rank = {p.id: n for n, p in enumerate(reps)}
    spans: dict[tuple[int, int, str], list[Proposal]] = {}
    for p in reps:
        red = diff(base, p.text)
        if not red.changed:
            warnings.append(f"proposal {p.id} repeats the base wording; it changes nothing")
        elif red.whole:
            warnings.append(f"proposal {p.id} is compared as a whole replacement: {red.reason}")
        for sp in red.spans():
            spans.setdefault((sp.start, sp.end, sp.new), []).append(p)
    ordered = sorted(spans, key=lambda k: (k[0], k[1], k[2]))
    clusters: list[list[tuple[int, int, str]]] = []
    reach = -1
    for key in ordered:
        sp = Span(*key)
        last = clusters[-1] if clusters else None
        if last is not None and (sp.start < reach or any(_overlaps(Span(*k), sp) for k in last)):
            last.append(key)
            reach = max(reach, sp.end)
        else:
            clusters.append([key])
            reach = sp.end
    changes: list[Change] = []
    conflicts: list[Conflict] = []
    for cluster in clusters:
        if len(cluster) == 1:
            s, e, new = cluster[0]
            who = spans[cluster[0]]
            changes.append(Change(f"c{len(changes) + 1}", s, e, base[s:e], new,
                                  _union(*(p.supporters for p in who)), tuple(p.id for p in who)))  # fmt: skip
            continue
        start = min(k[0] for k in cluster)
        end = max(k[1] for k in cluster)
        own: dict[str, list[Span]] = {}
        by_id = {}
        for key in cluster:
            for p in spans[key]:
                own.setdefault(p.id, []).append(Span(key[0] - start, key[1] - start, key[2]))
                by_id[p.id] = p
        alts: dict[str, list[Proposal]] = {}
        for pid, pieces in own.items():
            alts.setdefault(splice(base[start:end], pieces), []).append(by_id[pid])
        # most supporters first; ties in the order the proposals came
        ranked = sorted(alts.items(), key=lambda kv: (-len(_union(*(p.supporters for p in kv[1]))),
                                                      min(rank[p.id] for p in kv[1])))  # fmt: skip
        conflicts.append(Conflict(f"x{len(conflicts) + 1}", start, end, base[start:end], tuple(
            Alternative(n, text, _union(*(p.supporters for p in ps)), tuple(p.id for p in ps))
            for n, (text, ps) in enumerate(ranked, 1))))  # fmt: skip
    text = splice(base, [Span(c.start, c.end, c.new) for c in changes])
    return Merge(base, text, tuple(changes), tuple(conflicts), tuple(groups), tuple(proposals), tuple(warnings))


def describe_change(change: Change) -> str:
    """``[-old-]{+new+}`` for one change, for listings."""
    return render_text(diff(change.old, change.new)) if change.old and change.new else (
        f"[-{change.old}-]" if change.old else f"{{+{change.new}+}}")  # fmt: skip
