"""Building the consultation view of a draft from the store: its comments, the positions with
staff decisions, committee reasons, and adoption by the next version, gathered in one pass."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import TYPE_CHECKING

from ..comments import INACTIVE, Comment, Status
from ..drafts.anchors import law_citation, unit_index
from ..drafts.serialize import body_separator
from ..exports.view import (
    Consultation,
    Translation,
    WrittenOn,
    article_eids,
    build_item,
    citation_of,
    reason_given_beside,
    unit_paths,
)
from ..jsondoc import compact, loads_kept
from ..model import Draft, Unit
from ..records import CommitteeReason, Decision, StoredDraft, now
from ..registry import align_versions
from ..review.codec import GROUPS_FORMAT, groups_data, groups_from_data
from ..review.merge import near_key
from ..review.position import TRANSLATIONS, UnitPosition, unit_position
from ..errors import StoreError
from .decisions import ignored_in
from ..store import DraftRef, Store
from .decisions import Progress, draft_positions, kept_stamp

if TYPE_CHECKING:  # (grouping is imported where groups are asked for: a submission never reads them)
    from ..review.adoption import Outcome
    from ..store.sql import CommentsBeside
    from ..review.grouping import NearGroup


_STATUS = attrgetter("status")


def _adoption(store: Store, stored: StoredDraft, draft: Draft,
              comments: list[Comment]) -> tuple[tuple[Outcome, ...], tuple[str, str] | None]:  # fmt: skip
    """The adoption pair of ``stored`` (its ``draft`` and ``comments`` already read, superseded
    ones left out): this version and its successor, or its predecessor and this version."""
    later = store.successor(stored.ref)
    pair = (stored, later) if later is not None else (store.predecessor(stored.ref), stored)
    old_s, new_s = pair
    if old_s is None or new_s is None:
        return (), None
    # (the judge and the carry's alignment imported here: a draft of one reading, most exports', needs neither)
    from ..review.adoption import outcomes, placed_by_staff
    from .versions import stored_alignment

    old = draft if old_s.ref == stored.ref else old_s.load()
    new = draft if new_s.ref == stored.ref else new_s.load()
    old_comments = comments if old_s.ref == stored.ref else store.comments(old_s.ref)
    # the alignment carry-forward kept, so adoption and the carried comments agree on what became of each article
    alignment = stored_alignment(store, old_s, new_s) or align_versions(old, new)
    found = outcomes(old, new, alignment, old_comments)
    # a proposal whose copy staff moved where the new version made its changes: adopted there, as the copy says
    new_comments = comments if new_s.ref == stored.ref else store.comments(new_s.ref)
    found = placed_by_staff(found, {c.origin: c for c in new_comments if c.origin is not None}, new)
    return tuple(found), (old_s.ref, new_s.ref)


def load_consultation(store: Store, ref: DraftRef, *, all_articles: bool = False, include_unreviewed: bool = False,
                      progress: Progress | None = None, workers: int = 1) -> Consultation:  # fmt: skip
    """Gather the view of draft ``ref`` (NAME@VERSION, or NAME for its latest version).

    The items submit only what staff accepted, or with ``include_unreviewed`` also what
    nobody decided yet (see :class:`Item`). ``progress(done, total)`` follows the merging of
    the units, the long part (a progress bar); ``workers`` > 1 shares it out among forked
    processes (see :func:`draft_positions`)."""
    generation = store.generation()  # before anything is read: the positions kept for it hold
    stored = store.get_draft(ref)
    # the comments read by a worker while the rest is read here (a draft's 100,000: half a second)
    reading = _comments_beside(store, stored, generation) if workers > 1 else None
    try:
        return _load(store, stored, generation, reading, all_articles, include_unreviewed, progress, workers)
    finally:
        if reading is not None:
            reading.close()


class _Comments:
    """A draft's comments as :func:`_load` takes them: read when first asked for (by a worker of
    ``reading`` while the rest is read, or here), with those that are history left out."""

    def __init__(self, store: Store, stored: StoredDraft, reading: CommentsBeside | None) -> None:
        self._store, self._stored, self._reading = store, stored, reading
        self._read: tuple[list[Comment], list[Comment]] | None = None

    def read(self) -> tuple[list[Comment], list[Comment]]:
        """(the comments an export shows, those ``store.comments(ref)`` gives)."""
        if self._read is None:
            # withdrawn and superseded comments are history: out of every export (comment list --all shows them)
            every = self._reading.comments() if self._reading is not None else \
                self._store.comments(self._stored, include_superseded=True)  # fmt: skip
            statuses = list(map(_STATUS, every))  # (looked through without a step of Python per comment: most have none)
            gone = {c.id for c in every if c.status is Status.SUPERSEDED or c.status is Status.WITHDRAWN} \
                if Status.SUPERSEDED in statuses or Status.WITHDRAWN in statuses else set()  # fmt: skip
            if gone:
                # a reply goes with its thread: out when the comment it answers is
                comments = [c for c in every if c.id not in gone and c.thread not in gone]
                current = [c for c in every if c.status is not Status.SUPERSEDED]  # what store.comments(ref) gives
            else:  # (none withdrawn or superseded: all of them, twice, without two more passes over 100,000)
                comments, current = every, list(every)
            self._read = comments, current
        return self._read

    def __iter__(self) -> Iterator[Comment]:
        """The comments ``store.comments(ref)`` gives (what the merge reads, when it merges)."""
        return iter(self.read()[1])


def _comments_beside(store: Store, stored: StoredDraft, generation: int) -> CommentsBeside | None:
    # (a Store written before comments_beside has none: the comments are read in the process)
    start = getattr(store, "comments_beside", None)
    return start(stored, generation, include_superseded=True) if start is not None else None


def _load(store: Store, stored: StoredDraft, generation: int, reading: CommentsBeside | None, all_articles: bool,
          include_unreviewed: bool, progress: Progress | None, workers: int) -> Consultation:  # fmt: skip
    """:func:`load_consultation` of ``stored``, its comments read by ``reading`` when given: what
    needs none of them is read first, while a worker reads them."""
    draft = stored.load()
    index = unit_index(draft)
    paths = unit_paths(draft)
    lang = "en" if draft.profile.startswith("en") else "zh"
    read = _Comments(store, stored, reading)
    # undone ones too, read once: a committee reason is judged by what stood when it was given
    ever = store.decisions(stored, include_revoked=True)
    decisions = [d for d in ever if d.revoked_at is None]  # what store.decisions(stored) gives
    # (the comments asked for only when the positions kept for this generation are not: merged afresh)
    positions = {p.eid: p for p in draft_positions(store, stored, comments=read, decisions=decisions, draft=draft,
                                                   progress=progress, generation=generation, workers=workers)}  # fmt: skip
    decided: dict[str, list[Decision]] = defaultdict(list)
    for d in decisions:
        decided[d.target].append(d)
    taken = article_eids(draft)
    given = store.committee_reasons(stored)
    reasons = {eid: r.text for eid, r in given.items()}
    history: dict[str, list[Decision]] = defaultdict(list)
    for d in ever:
        if d.target in given:
            history[d.target].append(d)
    carried_beside = _carried_beside(store, stored, given, ever)
    reworded = _carried_reworded(store, stored, draft, given, decided)
    members = {m.id: m for m in store.members()}
    translation = _translation(store, stored, lang)
    comments, current = read.read()
    if all_articles:
        for view in draft.articles():
            if view.unit.eid not in positions:
                positions[view.unit.eid] = unit_position(draft, view.unit.eid, (), (), index)
    order = {eid: i for i, eid in enumerate(index)}
    by_article: dict[str, list[Comment]] = defaultdict(list)
    heads: dict[str, str] = {}  # per unit: the unit with a position it is under (most comments share a few)
    general: list[Comment] = []  # the remarks on the whole draft staff forwarded (Consultation.general_remarks)
    for c in comments:
        eid = c.anchor.eid
        if c.status in INACTIVE:
            continue
        if eid is None:
            if c.forwarded and c.body.strip():
                general.append(c)
            continue
        head = heads.get(eid)
        if head is None:
            head = eid
            while head not in positions and "__" in head:
                head = head.rsplit("__", 1)[0]
            heads[eid] = head
        by_article[head].append(c)
    beside = {eid: reason_given_beside(r.created, history[eid], _ignored_beside(positions.get(eid), r, by_article.get(eid, ())))
              for eid, r in given.items() if history[eid]}  # fmt: skip
    items = []
    for eid in sorted(positions, key=lambda e: order.get(e, len(order))):
        pos, unit = positions[eid], index[eid]
        on = by_article.get(eid, [])
        # a group decision credits the group as it stands now: grouped where one stands
        groups = _grouped(draft, on, index) if any('"group"' in (d.premise or "") for d in decided.get(eid, [])) else []
        items.append(build_item(eid, citation_of(eid, unit, lang, draft), unit.label, unit.kind, paths.get(eid, ()), pos,
                           on, decided.get(eid, []), include_unreviewed, taken, lang,
                           reasons.get(eid, ""), groups, beside.get(eid, ((), ()))))  # fmt: skip
    # forwarded remarks carried forwarded from the last reading and not forwarded again here: the last
    # submission may have sent them (one forwarded afresh, or again to confirm it, has a revision saying so)
    sent = {c.id for i in items for c in i.forwarded if c.origin is not None and sent_before(store, c)}
    if sent:
        items = [replace(i, sent_before=tuple(c.id for c in i.forwarded if c.id in sent)) for i in items]
    if carried_beside:
        items = [replace(i, reason_carried_beside=carried_beside[i.eid]) if i.eid in carried_beside else i for i in items]
    if reworded:
        items = [replace(i, reason_reworded=True) if i.eid in reworded else i for i in items]
    # what the carry into this reading left behind, said among its article's warnings until staff decide there
    from .versions import not_carried

    left = not_carried(store, stored.ref, draft) if stored.supersedes is not None else ()
    if left:
        by_unit: dict[str | None, tuple[str, ...]] = defaultdict(tuple)
        for n in left:
            by_unit[n.article] += (n.said(),)
        items = [replace(i, position=replace(i.position, warnings=(*i.position.warnings, *by_unit[i.eid])))
                 if i.eid in by_unit else i for i in items]  # fmt: skip
    adoption, pair = _adoption(store, stored, draft, current)
    stamp = kept_stamp(generation, stored, GROUPS_FORMAT)
    # (the orphans looked for in one pass: most drafts have none, and a first reading none at all)
    orphans = [c for c in comments if c.status is Status.ORPHANED and c.origin is not None]
    written: dict[int, WrittenOn] = {}
    if orphans:
        loaded: dict[str, tuple[Draft, int]] = {}
        drafts: dict[object, StoredDraft] = {}
        written = {c.id: w for c in orphans if (w := written_where(store, c, loaded, drafts)) is not None}
    out = Consultation(stored.ref, stored.title or draft.title, draft, members, tuple(comments), tuple(decisions),
                        tuple(items), adoption, pair, now(), include_unreviewed, stored.deadline, translation, workers,
                        stamp, written_on=written, not_carried=tuple(n.said() for n in left))  # fmt: skip
    out.found_general_remarks(tuple(general))
    if carried := tuple(c.id for c in general if c.origin is not None and sent_before(store, c)):
        out = replace(out, general_sent_before=carried)
        out.found_general_remarks(tuple(general))
    kept = store.near_groups(stored, stamp)
    if kept is not None:
        out.near.read = lambda: _groups(kept)
    return out


def written_where(store: Store, c: Comment, loaded: dict[str, tuple[Draft, int]] | None = None,
                  drafts: dict[object, StoredDraft] | None = None) -> WrittenOn | None:  # fmt: skip
    """The unit of the earlier reading orphaned comment ``c`` was written on, cited, with the words it
    quoted there (:func:`lawcomment.consultation.written_on`); None for a comment not orphaned, one
    written on its own reading, on no unit there, or when the store has lost that reading. What
    `comment list`, `comment show` and the exports cite an orphan by, as the web app's pages do.
    ``loaded``: the earlier readings' drafts and places in the chain of readings by ref, and ``drafts``
    those readings as stored (:func:`~lawcomment.consultation.written_on`), read once for many comments:
    what is left is one look-up of each orphan's origin."""
    if c.status is not Status.ORPHANED or c.origin is None:
        return None
    from .versions import written_on  # (the carry's module: only for an orphan)

    found = written_on(store, c, drafts)
    eid = found[1].anchor.eid if found is not None else None
    if found is None or eid is None:
        return None
    earlier = found[0]
    loaded = {} if loaded is None else loaded
    known = loaded.get(earlier.ref)
    if known is None:  # (its draft and its place in the chain of readings: read once for its orphans)
        n, seen, ref = 1, {earlier.ref}, earlier.ref
        while (before := store.predecessor(ref)) is not None and before.ref not in seen:
            seen.add(before.ref)
            ref = before.ref
            n += 1
        known = loaded[earlier.ref] = earlier.load(), n
    draft, n = known
    return WrittenOn(earlier.ref, n, earlier.version, eid, law_citation(draft, eid, "zh"),
                     law_citation(draft, eid, "en"), found[1].anchor.quote)  # fmt: skip


def reason_standing(store: Store, stored: StoredDraft, position: UnitPosition,
                    reason: CommitteeReason | None) -> tuple[bool, tuple[str, ...]]:  # fmt: skip
    """What the export makes of the committee reason ``reason`` of ``position``'s unit, judged
    for that unit alone as :func:`load_consultation` judges it for the whole draft: whether the
    submission prints it, and what it warns of it (the reason left out, given beside decisions
    since undone, carried from the last reading beside decisions that did not come over), as
    ``Item.stale`` says them. (True, ()) without a reason."""
    if reason is None or not reason.text.strip():
        return True, ()
    comments = [c for c in store.comments(stored, article=position.eid) if c.status not in INACTIVE]
    # (the unit's own decisions: a page of one article reads no other's)
    ever = store.decisions(stored, target=position.eid, include_revoked=True)
    return _standing(store, stored, [position], {position.eid: reason}, comments, ever)[position.eid]


def reasons_standing(store: Store, stored: StoredDraft,
                     positions: Sequence[UnitPosition]) -> dict[str, tuple[bool, tuple[str, ...]]]:  # fmt: skip
    """:func:`reason_standing` for every unit of ``positions`` that has a committee reason, by
    eid, each read from the store once (a dashboard of a draft with a reason on every article)."""
    given = store.committee_reasons(stored)
    mine = [p for p in positions if p.eid in given and given[p.eid].text.strip()]
    if not mine:
        return {}
    comments = [c for c in store.comments(stored) if c.status not in INACTIVE]
    return _standing(store, stored, mine, given, comments, store.decisions(stored, include_revoked=True))


def _standing(store: Store, stored: StoredDraft, positions: Sequence[UnitPosition], given: Mapping[str, CommitteeReason],
              comments: Sequence[Comment], ever: Sequence[Decision]) -> dict[str, tuple[bool, tuple[str, ...]]]:  # fmt: skip
    """The reasons of ``positions`` judged on ``comments`` and ``ever`` (the decisions, undone ones
    too, on their units at least)."""
    by_target: dict[str, list[Decision]] = defaultdict(list)
    for d in ever:
        by_target[d.target].append(d)
    by_article: dict[str, list[Comment]] = defaultdict(list)
    for c in comments:
        if c.anchor.eid is not None:
            by_article[c.anchor.eid.split("__", 1)[0]].append(c)
    draft = stored.load()
    index = unit_index(draft)
    lang = "en" if draft.profile.startswith("en") else "zh"
    carried = _carried_beside(store, stored, {p.eid: given[p.eid] for p in positions}, ever)
    out: dict[str, tuple[bool, tuple[str, ...]]] = {}
    for position in positions:
        eid, reason = position.eid, given[position.eid]
        history = by_target.get(eid, [])
        on_article = [c for c in by_article.get(eid.split("__", 1)[0], []) if c.status not in INACTIVE]
        beside = reason_given_beside(reason.created, history, _ignored_beside(position, reason, on_article)) \
            if history else ((), ())  # fmt: skip
        unit = index[eid]
        on = [c for c in by_article.get(eid.split("__", 1)[0], []) if c.anchor.eid == eid or
              (c.anchor.eid or "").startswith(eid + "__")]  # fmt: skip
        item = build_item(eid, citation_of(eid, unit, lang, draft), unit.label, unit.kind, (), position, on,
                          [d for d in history if d.revoked_at is None], False, frozenset(), lang, reason.text, (), beside)  # fmt: skip
        if eid in carried:
            item = replace(item, reason_carried_beside=carried[eid])
        out[eid] = (item.reason_applies, tuple(m for m in item.stale if m.startswith("the committee reason for ")))
    return out


def _ignored_beside(position: UnitPosition | None, reason: CommitteeReason, comments: Sequence[Comment]) -> tuple[int, ...]:
    """The decisions the merge of ``position`` ignores, when some change of it goes out and the
    committee ``reason`` was given before the article's ``comments`` last changed (the edit or the
    replacement that left them matching no proposal): a reason given beside them would go out beside
    other changes. A reason given since is given on the proposals as they are (a review: the reason
    given again still said to be given beside them). When nothing goes out, the reason is left out as
    one no decision applies to any more, and said so."""
    if position is None or not (position.pieces(submitted=True) or any(True for _ in position.submitted_insertions())
                                or position.final is not None):  # fmt: skip
        return ()
    changed = max((max(c.created, c.updated) for c in comments), default="")
    return ignored_in(position) if reason.created < changed else ()


def _carried_beside(store: Store, stored: StoredDraft, given: Mapping[str, CommitteeReason],
                    ever: Sequence[Decision]) -> dict[str, tuple[int, ...]]:  # fmt: skip
    """Per unit whose committee reason was carried from the last reading (and not given again
    since): the decisions there on its unit that it was given beside and that did not come over
    (the new version made them, or they no longer apply), whatever it argued for them."""
    carried = {eid: r for eid, r in given.items() if r.origin is not None}
    before = store.predecessor(stored.ref) if carried else None
    if before is None:
        return {}
    old = {r.id: r for r in store.committee_reasons(before.ref, include_revoked=True).values()}
    came = {d.origin for d in ever if d.origin is not None}
    # the carry numbers the decisions it carries as it makes them: one made there since has a higher number
    # (without any carried, the carry's log says which it left behind, asked decision by decision)
    first = min((d.id for d in ever if d.origin is not None), default=None)
    # (the reason's decisions are the Chinese text's that stood when it was given: one made after it, or a wording of
    # the translation dropped for want of one in the new version, is not what it argued for: a web trial's reason
    # flagged for a decision made three seconds after it, while the one it argued for came over)
    decided = [d for d in store.decisions(before) if d.action in ("accept", "choose", "text")
               and d.subject not in TRANSLATIONS]  # fmt: skip

    def left_behind(d: Decision) -> bool:
        if d.id in came:
            return False
        if first is not None:
            return d.id < first
        return any(e.action == "decision.drop" and e.detail.get("into") == stored.ref
                   for e in store.events(obj=f"decision:{d.id}"))  # fmt: skip

    out: dict[str, tuple[int, ...]] = {}
    for eid, r in carried.items():
        was = old.get(r.origin or 0)
        if was is None:
            continue
        # the ones the carry left behind (one made there after the carry came too late to be carried: not this reason's)
        left = tuple(d.id for d in decided if (d.target == was.target or d.target.startswith(was.target + "__"))
                     and d.created <= was.created
                     and left_behind(d))  # fmt: skip
        if left:
            out[eid] = left
    return out


def _carried_reworded(store: Store, stored: StoredDraft, draft: Draft, given: Mapping[str, CommitteeReason],
                      decided: Mapping[str, Sequence[Decision]]) -> set[str]:  # fmt: skip
    """The units whose committee reason came from the last reading (not given again since) with no
    decision beside it here, onto words the new version reworded: it was given on the old words
    (the carry said so once; the export says it again before it goes out)."""
    carried = {eid: r for eid, r in given.items() if r.origin is not None and r.text.strip() and not decided.get(eid)}
    before = store.predecessor(stored.ref) if carried else None
    if before is None:
        return set()
    old = {r.id: r for r in store.committee_reasons(before.ref, include_revoked=True).values()}
    old_draft = before.load()
    old_index, new_index = unit_index(old_draft), unit_index(draft)
    old_sep, new_sep = body_separator(old_draft), body_separator(draft)
    out = set()
    for eid, r in carried.items():
        was = old.get(r.origin or 0)
        if was is None or was.target not in old_index or eid not in new_index:
            continue
        # (the citations a renumbering moved count as words: said to check, never to miss one reworded)
        if near_key(old_index[was.target].body(old_sep)) != near_key(new_index[eid].body(new_sep)):
            out.add(eid)
    return out


def sent_before(store: Store, c: Comment) -> bool:
    """Whether forwarded comment ``c``, carried from the last reading, was forwarded there too and
    not forwarded again since (one forwarded again, to confirm it, has a revision saying so): the
    last reading's submission may have sent it already, as ``export`` warns (the web's dashboard
    says so beside the remark). ``forward_comment(store, c.id)`` confirms it, and it is no longer so."""
    return c.origin is not None and not any(r.action == "forward" for r in store.revisions(c.id)) and \
        _was_forwarded(store, c.origin)  # fmt: skip


def _was_forwarded(store: Store, comment_id: int) -> bool:
    try:
        return store.get_comment(comment_id).forwarded
    except StoreError:  # (a comment of a reading since deleted)
        return False


def _grouped(draft: Draft, comments: list[Comment], index: dict[str, Unit]) -> list[NearGroup]:
    from ..review.grouping import group_comments

    return group_comments(draft, comments, index=index)


def _groups(kept: str) -> list[NearGroup] | None:
    try:
        return groups_from_data(loads_kept(kept))
    except (ValueError, TypeError):  # kept by a lawcomment that wrote them otherwise: grouped afresh
        return None


def keep_groups(store: Store, view: Consultation) -> bool:
    """Keep the near-duplicate groups ``view`` worked out (a review format's export asked for
    them) for the next command, as merged positions are kept: until the next write to the
    store. Whether it asked the store to keep them (a store busy with another writer skips
    them); not when the view worked out none or read them from the store, or the store is
    read-only."""
    groups = view.worked_out_groups()
    if groups is None or not view.groups_stamp or store.read_only:
        return False
    store.keep_near_groups(store.get_draft(view.ref, archived=True), view.groups_stamp, compact(groups_data(groups)))
    return True


def _translation(store: Store, stored: StoredDraft, lang: str) -> Translation | None:
    """The draft's working translation into the other language (English for a Chinese
    draft), as the bilingual exports print it; None when it has none."""
    other = "zh" if lang == "en" else "en"
    found = store.translation(stored, other)
    if found is None:
        return None
    from ..drafts.pairing import rendered  # (here: the pairing's patterns only for a draft with a translation)

    text = found.load()
    return Translation(other, text.title, found.source_file, rendered(text, found.pairing()), draft=text)
