"""The consultation view every exporter receives: the draft, its comments, the merged
positions with staff decisions, and adoption by the next version, gathered in one pass.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from .adoption import Outcome, outcomes
from .anchors import cite, unit_index
from .comments import Comment, Member, Stance, Status
from .model import Draft, Kind, Unit
from .position import PROPOSING, UnitPosition, draft_positions, unit_position
from .store import Decision, Store, now


class ItemStatus(StrEnum):
    """Where an item of the submission stands (the HTML page filters on it)."""

    CONFLICT = "conflict"  # an unresolved conflict between members' wordings
    AMENDED = "amended"  # the committee proposes a change or a new provision
    COMMENTED = "commented"  # comments, but no change of wording
    UNCHANGED = "unchanged"  # no comments (listed with --all-articles)


@dataclass(frozen=True, slots=True)
class Item:
    """One unit of the submission: an article (or a heading) with its position and comments.

    ``path`` holds the chapter, section … containers above it, outermost first.
    """

    eid: str
    citation: str
    label: str
    kind: Kind
    path: tuple[Unit, ...]
    position: UnitPosition
    comments: tuple[Comment, ...]
    status: ItemStatus
    supporters: tuple[str, ...]
    reasons: tuple[tuple[str, str], ...]  # (member id, or "" for the committee; text)

    @property
    def changed(self) -> bool:
        """The committee's position differs from the draft (or adds a provision)."""
        return self.position.text != self.position.base or bool(self.position.insertions)

    def segments(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """The position as a redline of the draft: ``(kind, text, supporters)`` with kind
        "" (kept), "del" or "ins"; supporters are empty for the committee's own wording."""
        base = self.position.base
        out: list[tuple[str, str, tuple[str, ...]]] = []
        at = 0
        for piece in self.position.pieces():
            if piece.start > at:
                out.append(("", base[at:piece.start], ()))
            if piece.end > piece.start:
                out.append(("del", base[piece.start:piece.end], piece.supporters))
            if piece.new:
                out.append(("ins", piece.new, piece.supporters))
            at = max(at, piece.end)
        if at < len(base) or not out:
            out.append(("", base[at:], ()))
        return out


@dataclass(frozen=True, slots=True)
class Consultation:
    """Everything about one draft in the store that an export may print.

    ``items`` are in law order: every unit with comments or decisions, or every article
    when built with ``all_articles``. ``adoption`` is the fate of this draft's proposals in
    the version that superseded it (or, for a later version, of its predecessor's
    proposals in it); ``adoption_refs`` names that pair.
    """

    ref: str
    title: str
    draft: Draft
    members: Mapping[str, Member]
    comments: tuple[Comment, ...]
    decisions: tuple[Decision, ...]
    items: tuple[Item, ...]
    adoption: tuple[Outcome, ...]
    adoption_refs: tuple[str, str] | None
    created: str

    @property
    def lang(self) -> str:
        return "en" if self.draft.profile.startswith("en") else "zh"

    def member_name(self, member_id: str) -> str:
        """The organisation's name, or the id when it has none."""
        m = self.members.get(member_id)
        return m.org if m is not None and m.org else member_id

    def groups_of(self, item: Item) -> tuple[str, ...]:
        """Working groups of the members who commented on ``item``."""
        found = {self.members[c.member].group for c in item.comments if c.member in self.members}
        return tuple(sorted(g for g in found if g))

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(sorted({m.group for m in self.members.values() if m.group}))


def opened(items: list[Item]) -> list[tuple[Item, list[tuple[int, Unit]]]]:
    """Each item with the containers (depth, unit) to print before it: those of its path not
    printed just before, so a chapter heading appears once for a run of its articles."""
    shown: list[str] = []
    out: list[tuple[Item, list[tuple[int, Unit]]]] = []
    for item in items:
        new: list[tuple[int, Unit]] = []
        for depth, unit in enumerate(item.path):
            if depth < len(shown) and shown[depth] == unit.eid:
                continue
            del shown[depth:]
            shown.append(unit.eid)
            new.append((depth, unit))
        del shown[len(item.path):]
        out.append((item, new))
    return out


def _status(pos: UnitPosition, comments: list[Comment]) -> ItemStatus:
    if pos.unresolved:
        return ItemStatus.CONFLICT
    if pos.text != pos.base or pos.insertions:
        return ItemStatus.AMENDED
    return ItemStatus.COMMENTED if comments or pos.proposals else ItemStatus.UNCHANGED


def _supporters(pos: UnitPosition, comments: list[Comment]) -> tuple[str, ...]:
    """Members whose wording is in the position, then members who support the unit as is."""
    found: list[str] = []
    if pos.final is not None:
        found += [m for p in pos.merge.proposals for m in p.supporters]
    found += [m for c in pos.changes if c.state != "rejected" for m in c.change.supporters]
    for x in pos.conflicts:
        if x.chosen:
            found += x.conflict.alternatives[x.chosen - 1].supporters
    found += [m for ins in pos.insertions for m in ins.supporters]
    found += [c.member for c in comments if c.stance is Stance.SUPPORT]
    return tuple(dict.fromkeys(found))


def _reasons(pos: UnitPosition, comments: list[Comment], supporters: tuple[str, ...],
             decisions: list[Decision]) -> tuple[tuple[str, str], ...]:  # fmt: skip
    """What members said (each text once): the supporters' and the unresolved alternatives'
    reasons, every question and remark, then the committee's reasons for its decisions.

    Reasons of proposals the committee rejected outright stay in the comments, not here.
    """
    out: dict[str, str] = {}
    keep = set(supporters) | {m for x in pos.unresolved for a in x.alternatives for m in a.supporters}
    for c in comments:
        if c.body.strip() and (c.member in keep or c.stance not in PROPOSING):
            out.setdefault(c.body.strip(), c.member)
    used = {d for d in (pos.final.id if pos.final else None,
                        *(c.decision for c in pos.changes), *(x.decision for x in pos.conflicts)) if d}  # fmt: skip
    for d in decisions:
        if d.id in used and d.reason.strip() and d.action != "reject":
            out.setdefault(d.reason.strip(), "")
    return tuple((member, text) for text, member in out.items())


def _citation(eid: str, unit: Unit, lang: str) -> str:
    """第十条 / Article 10: how the submission names a unit (its label when the eid has no citation)."""
    found = cite(eid, lang)
    return unit.label if found == eid and unit.label else found


def _paths(draft: Draft) -> dict[str, tuple[Unit, ...]]:
    out: dict[str, tuple[Unit, ...]] = {}

    def visit(unit: Unit, path: tuple[Unit, ...]) -> None:
        out[unit.eid] = path
        if unit.kind.is_container:
            for child in unit.children:
                visit(child, (*path, unit))

    for u in draft.units:
        visit(u, ())
    return out


def _adoption(store: Store, ref: str) -> tuple[tuple[Outcome, ...], tuple[str, str] | None]:
    from .api import align_versions

    later = store.successor(ref)
    pair = (store.get_draft(ref), later) if later is not None else (store.predecessor(ref), store.get_draft(ref))
    old_s, new_s = pair
    if old_s is None or new_s is None:
        return (), None
    old, new = old_s.load(), new_s.load()
    found = outcomes(old, new, align_versions(old, new), store.comments(old_s.ref))
    return tuple(found), (old_s.ref, new_s.ref)


def load_consultation(store: Store, ref: str, *, all_articles: bool = False) -> Consultation:
    """Gather the view of draft ``ref`` (NAME@VERSION, or NAME for its latest version)."""
    stored = store.get_draft(ref)
    draft = stored.load()
    index = unit_index(draft)
    paths = _paths(draft)
    lang = "en" if draft.profile.startswith("en") else "zh"
    comments = [c for c in store.comments(stored.ref) if c.status not in (Status.SUPERSEDED,)]
    decisions = store.decisions(stored.ref)
    positions = {p.eid: p for p in draft_positions(store, stored.ref)}
    if all_articles:
        for view in draft.articles():
            if view.unit.eid not in positions:
                positions[view.unit.eid] = unit_position(draft, view.unit.eid, (), (), index)
    order = {eid: i for i, eid in enumerate(index)}
    by_article: dict[str, list[Comment]] = defaultdict(list)
    for c in comments:
        if c.anchor.eid is not None and c.status is not Status.ORPHANED:
            head = c.anchor.eid
            while head not in positions and "__" in head:
                head = head.rsplit("__", 1)[0]
            by_article[head].append(c)
    decided: dict[str, list[Decision]] = defaultdict(list)
    for d in decisions:
        decided[d.target].append(d)
    items = []
    for eid in sorted(positions, key=lambda e: order.get(e, len(order))):
        pos, unit = positions[eid], index[eid]
        mine = by_article.get(eid, [])
        supporters = _supporters(pos, mine)
        items.append(Item(eid, _citation(eid, unit, lang), unit.label, unit.kind, paths.get(eid, ()), pos, tuple(mine),
                          _status(pos, mine), supporters, _reasons(pos, mine, supporters, decided.get(eid, []))))  # fmt: skip
    adoption, pair = _adoption(store, stored.ref)
    members = {m.id: m for m in store.members()}
    return Consultation(stored.ref, stored.title or draft.title, draft, members, tuple(comments), tuple(decisions),
                        tuple(items), adoption, pair, now())  # fmt: skip
