"""Which proposals did the new version adopt? Each proposal's changes are looked for in the
aligned new text: adopted, partly adopted (with the share), not adopted, or article deleted.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from enum import StrEnum

from .align import Alignment, VersionChange
from .anchors import describe, unit_index
from .comments import Comment, Member, Stance, Status
from .model import Draft
from .redline import diff, similarity
from .serialize import body_separator

ADOPTION_SCHEMA = "lawcomment.adoption/1"
_CONTEXT = 6  # characters of unchanged text on each side that must surround an adopted change


class Adoption(StrEnum):
    ADOPTED = "adopted"
    PARTLY = "partly adopted"
    NOT_ADOPTED = "not adopted"
    ARTICLE_DELETED = "article deleted"


@dataclass(frozen=True, slots=True)
class Outcome:
    """One proposal and what became of it: ``present`` of its ``changes`` are in the new text."""

    comment: Comment
    state: Adoption
    changes: int
    present: int
    old_citation: str
    new_citation: str

    @property
    def share(self) -> float:
        return self.present / self.changes if self.changes else 0.0

    def to_dict(self, members: dict[str, Member]) -> dict[str, object]:
        m = members.get(self.comment.member)
        return {"comment": self.comment.id, "member": self.comment.member, "group": m.group if m else "",
                "stance": str(self.comment.stance), "old": self.old_citation, "new": self.new_citation,
                "state": str(self.state), "changes": self.changes, "present": self.present,
                "share": round(self.share, 3)}  # fmt: skip


def _present(old: str, start: int, end: int, new: str, target: str) -> bool:
    """Is the change ``old[start:end]`` → ``new`` found in ``target``?"""
    left, right = old[max(0, start - _CONTEXT):start], old[end:end + _CONTEXT]
    removed = old[start:end]
    if left + new + right in target:
        return True
    if new and len(new) >= 2 and new in target and (not removed or removed not in target):
        return True
    if new:
        return False
    if left + right in target:
        return True
    # the words around it changed too: adopted only when no piece of the deleted text is left
    pieces = {removed[i:i + 3] for i in range(max(1, len(removed) - 2))}
    return all(p not in target for p in pieces)


def outcomes(old: Draft, new: Draft, alignment: Alignment, comments: list[Comment]) -> list[Outcome]:
    """The fate of every wording proposal (amend, delete, insert) among ``comments``."""
    oi, ni = unit_index(old), unit_index(new)
    so, sn = body_separator(old), body_separator(new)
    lang = "en" if old.profile.startswith("en") else "zh"
    by_old = alignment.by_old()
    added = [ni[e].body(sn) for en in alignment.entries if en.change is VersionChange.ADDED for e in en.new]
    out: list[Outcome] = []
    for c in comments:
        if c.status in (Status.SUPERSEDED, Status.ORPHANED) or c.stance not in (Stance.AMEND, Stance.DELETE,
                                                                              Stance.INSERT):  # fmt: skip
            continue
        if c.stance is not Stance.DELETE and c.proposed_text is None:
            continue
        eid = c.anchor.eid
        unit = oi.get(eid) if eid else None
        entry = by_old.get(c.anchor.article or "") if eid else None
        where = describe(eid, lang) if eid else "the document"
        if unit is None or entry is None:
            continue  # headings and document-level proposals have no article to follow
        target_eids = entry.new
        now = "、".join(describe(e, lang) for e in target_eids) or "—"
        target = "\n".join(ni[e].body(sn) for e in target_eids)
        if c.stance is Stance.INSERT:
            text = c.proposed_text or ""
            hit = any(text in body or similarity(text, body) >= 0.6 for body in [*added, target])
            out.append(Outcome(c, Adoption.ADOPTED if hit else Adoption.NOT_ADOPTED, 1, int(hit), where, now))
            continue
        if entry.change is VersionChange.DELETED:
            gone = c.stance is Stance.DELETE and eid == c.anchor.article
            out.append(Outcome(c, Adoption.ADOPTED if gone else Adoption.ARTICLE_DELETED, 1, int(gone), where, now))
            continue
        base = unit.body(so)
        if c.stance is Stance.DELETE:
            hit = eid != c.anchor.article and base not in target  # the whole article survived, so not adopted
            out.append(Outcome(c, Adoption.ADOPTED if hit else Adoption.NOT_ADOPTED, 1, int(hit), where, now))
            continue
        spans = diff(base, c.proposed_text or "").spans()
        if not spans:
            continue
        present = sum(1 for s in spans if _present(base, s.start, s.end, s.new, target))
        state = (Adoption.ADOPTED if present == len(spans) else Adoption.PARTLY if present
                 else Adoption.NOT_ADOPTED)  # fmt: skip
        out.append(Outcome(c, state, len(spans), present, where, now))
    return out


def summarise(found: list[Outcome], members: dict[str, Member]) -> tuple[dict[str, Counter[str]],
                                                                         dict[str, Counter[str]]]:  # fmt: skip
    """Counts of each state per member and per working group."""
    by_member: dict[str, Counter[str]] = defaultdict(Counter)
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    for o in found:
        by_member[o.comment.member][str(o.state)] += 1
        m = members.get(o.comment.member)
        by_group[(m.group if m and m.group else "(no group)")][str(o.state)] += 1
    return dict(sorted(by_member.items())), dict(sorted(by_group.items()))


def adoption_dict(old_ref: str, new_ref: str, found: list[Outcome], members: dict[str, Member]) -> dict[str, object]:
    """The ``adoption --format json`` document (schema ``lawcomment.adoption/1``)."""
    by_member, by_group = summarise(found, members)
    return {"schema": ADOPTION_SCHEMA, "old": old_ref, "new": new_ref,
            "proposals": [o.to_dict(members) for o in found],
            "members": {k: dict(v) for k, v in by_member.items()},
            "groups": {k: dict(v) for k, v in by_group.items()}}  # fmt: skip


def adoption_text(old_ref: str, new_ref: str, found: list[Outcome], members: dict[str, Member]) -> str:
    """Per proposal, then per member and per working group: what the new version adopted."""
    lines = [f"proposals on {old_ref} against {new_ref}:"]
    for o in found:
        share = f" ({o.present}/{o.changes} changes)" if o.state is Adoption.PARTLY else ""
        lines.append(f"  #{o.comment.id:<5}{o.comment.member:<10}{o.old_citation} → {o.new_citation}  {o.state}{share}")
    by_member, by_group = summarise(found, members)
    states = [str(s) for s in Adoption]
    for title, table in (("member", by_member), ("working group", by_group)):
        lines.append(f"by {title}:")
        for key, counts in table.items():
            cells = ", ".join(f"{counts[s]} {s}" for s in states if counts[s])
            lines.append(f"  {key}: {sum(counts.values())} proposal(s): {cells}")
    return "\n".join(lines) + "\n"
