"""The rules for a batch of new comments, apart from any store: which are there already (the
same fingerprint), which earlier comments each one replaces, and which thread a reply joins.
A store reads what they need inside its write transaction and writes what they decide."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from .comments import NewComment, Stance, kind_read_as
from .comments import fingerprints as first_fingerprints
from .heap import slot_maker


def is_wording(c: NewComment) -> bool:
    """A wording of the whole unit (amend with text, or delete), not a reply."""
    return c.reply_to is None and (c.stance is Stance.DELETE or (c.stance is Stance.AMEND and c.proposed_text is not None))


def wording_key(c: NewComment) -> tuple[str, str | None]:
    """Which wordings a new one replaces: the member's of the same unit in the same language
    (an English wording of the English text leaves the member's Chinese one standing)."""
    eid = c.anchor.eid
    return (c.member, eid if not c.lang else f"{eid}@{c.lang}")


def source_key(c: NewComment) -> tuple[Any, ...]:
    """The same comment sent again, changed: the same member, file and place in it (row, Word
    comment), by the same author. Two files about the same article never replace each other."""
    s = c.source
    return (c.member, kind_read_as(str(s.kind)), s.file, s.position, s.author)


@dataclass(frozen=True, slots=True)
class Existing:
    """What a store holds that a batch is measured against."""

    #: fingerprint → id, of the draft's comments neither withdrawn nor superseded, and of the
    #: superseded ones that came in the batch's own file (imported again: nothing new)
    live: Mapping[str, int]
    by_source: Mapping[tuple[Any, ...], Sequence[int]]  # open, imported, not replies: by source_key
    wordings: Mapping[tuple[str, str | None], Sequence[int]]  # open wordings by (member, eid), oldest first
    #: (fingerprint, source_key) → id, of the draft's comments staff withdrew one by one (comment
    #: withdraw, not import undo), that came from the files of this batch
    withdrawn: Mapping[tuple[str, tuple[Any, ...]], int] = field(default_factory=dict)
    #: the ids in ``live`` of superseded comments (the batch's own file sent them before)
    replaced: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class Placed:
    """A comment of the batch that is new: the id it gets, its fingerprint, the thread it joins
    and the earlier comments it replaces (oldest first; the last is the one it ``supersedes``)."""

    item: NewComment
    id: int
    fingerprint: str
    thread: int | None
    replaces: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    placed: tuple[Placed, ...]
    duplicates: int
    withdrawn: tuple[int, ...] = ()  # withdrawn comments the batch sent again from where they came: left withdrawn
    replaced: tuple[int, ...] = ()  # superseded comments the batch's file, imported again, sent as they were: left so
    #: stored comments the batch says again from another place of the same file (a row moved
    #: down by one added above it): (id, the place it now has), so that the next version of the
    #: file finds each of its rows where it is
    moved: tuple[tuple[int, str | None], ...] = ()
    #: stored comments the batch says again (its duplicates), wherever in the file
    repeated: tuple[int, ...] = ()


#: What :func:`fingerprinted` gives batch_fingerprints: the comments, their first fingerprints, the
#: draft, and whether their text was checked.
_FINGERPRINTED: ContextVar[tuple[Sequence[NewComment], Sequence[str], str, bool] | None] = ContextVar(
    "fingerprinted", default=None)  # fmt: skip


@contextmanager
def fingerprinted(items: Sequence[NewComment], fingerprints: Sequence[str], draft: str, *,
                  checked: bool = False) -> Iterator[None]:  # fmt: skip
    """Within the block, :func:`batch_fingerprints` of these very ``items`` (each the same object,
    in the same order) in ``draft`` starts from ``fingerprints``, each one's
    :func:`~lawcomment.comments.fingerprints` worked out already (as a file's rows were read, in
    two processes), rather than working them out again; of any other comments, as ever.
    ``checked``: the caller found no character a store refuses (``textcheck.bad_character``) in
    any text of theirs (:func:`text_checked`)."""
    token = _FINGERPRINTED.set((items, fingerprints, draft, checked))
    try:
        yield
    finally:
        _FINGERPRINTED.reset(token)


def _given(items: Sequence[NewComment], draft: str) -> tuple[Sequence[str], bool] | None:
    """What :func:`fingerprinted` gives for ``items`` in ``draft``, or None."""
    given = _FINGERPRINTED.get()
    if given is None:
        return None
    known, fingerprints, of, checked = given
    if of != draft or len(known) != len(items) or len(fingerprints) != len(items) or any(
            a is not b for a, b in zip(known, items)):  # fmt: skip
        return None
    return fingerprints, checked


def _given_fingerprints(items: Sequence[NewComment], draft: str) -> list[str] | None:
    """The fingerprints :func:`fingerprinted` gives for ``items`` in ``draft``, or None."""
    given = _given(items, draft)
    return None if given is None else list(given[0])


def text_checked(items: Sequence[NewComment], draft: str) -> bool:
    """Whether the caller of :func:`fingerprinted` checked the text of these very ``items`` in
    ``draft`` (a store then need not search it again)."""
    given = _given(items, draft)
    return given is not None and given[1]


def batch_fingerprints(items: Sequence[NewComment], draft: str) -> list[str]:
    """Each comment's fingerprint in ``draft``; the same comment twice in one batch counts each
    occurrence, the second getting a fingerprint of its own (see :meth:`NewComment.fingerprint`)."""
    out = _given_fingerprints(items, draft)
    if out is None:
        out = first_fingerprints(items, draft)
    if len(set(out)) == len(out):  # (nearly every batch: no comment twice)
        return out
    seen: dict[str, int] = {}
    for n, (c, base) in enumerate(zip(items, out, strict=True)):
        occurrence = seen.get(base, 0)
        if occurrence:
            out[n] = c.fingerprint(draft, occurrence)
        seen[base] = occurrence + 1
    return out


def plan_batch(items: Sequence[NewComment], draft: str, existing: Existing, first_id: int,
               fingerprints: Sequence[str] | None = None) -> Plan:  # fmt: skip
    """Decide a batch against what is stored (ids from ``first_id`` on, in order):

    - a comment whose fingerprint a live comment of ``draft`` has (``existing.live``), or an
      earlier one of the batch, is a duplicate (the same comment twice in one file counts each
      occurrence: the second gets a fingerprint of its own); one that only a comment a later
      one replaced had, said again elsewhere, is new (the member went back to it);
    - a comment staff withdrew one by one, sent again from the same place of the same file
      (the file imported again), stays withdrawn: it is counted in ``withdrawn``, never added
      (``comment undo`` brings it back); one withdrawn by ``import undo`` comes back;
    - a file's comment replaces the one open comment the same member, file, place and author
      gave before, when the batch holds only one such comment (a reply replaces nothing) and
      does not say that comment again elsewhere (a row moved down by a row added above it is
      the same comment, not one the new row replaces);
    - a member has one wording of a unit: a new wording replaces the member's open wordings of
      it, whichever channel either came by (typed, CSV, form, marked-up Word), unless the batch
      holds two for that unit;
    - a reply joins the thread of the comment whose ``key`` it names, within the batch.

    ``fingerprints``: :func:`batch_fingerprints` of ``items``, when the caller has them already
    (``existing.live`` then needs to hold only the live comments that have one of them).
    """
    fps = batch_fingerprints(items, draft) if fingerprints is None else fingerprints
    if not (existing.live or existing.by_source or existing.wordings or existing.withdrawn or existing.replaced):
        return _fresh_plan(items, first_id, fps)
    keys = [source_key(c) for c in items]
    wordings = [is_wording(c) for c in items]
    per_source = Counter(keys)
    per_unit = Counter(wording_key(c) for c, w in zip(items, wordings, strict=True) if w)
    live = dict(existing.live)
    ids_by_key: dict[str, int] = {}
    placed: list[Placed] = []
    duplicates = 0
    withdrawn: list[int] = []
    again: list[int] = []
    next_id = first_id
    none: Sequence[int] = ()
    repeated = {existing.live[fp] for fp in fps if fp in existing.live}  # stored comments the batch says again
    taken: set[int] = set()  # replaced by an earlier comment of the batch: once only
    placed_at = {i: k for k, ids in existing.by_source.items() for i in ids}  # where the file's stored comments stand
    moved: list[tuple[int, str | None]] = []
    for c, skey, wording, fp in zip(items, keys, wordings, fps, strict=True):
        if existing.withdrawn and (gone := existing.withdrawn.get((fp, skey))) is not None:
            withdrawn.append(gone)
            if c.key:  # a new reply to it joins its thread, as to a duplicate
                ids_by_key[c.key] = gone
            continue
        if fp in live:
            duplicates += 1
            if live[fp] in existing.replaced:
                again.append(live[fp])
            was = placed_at.get(live[fp])
            if was is not None and was != skey and was[:3] == skey[:3] and was[4] == skey[4]:
                moved.append((live[fp], c.source.position))  # the same member, file and author: another place
            if c.key:
                ids_by_key[c.key] = live[fp]
            continue
        old = existing.by_source.get(skey, none)
        replaced: Sequence[int] = old if (c.reply_to is None and len(old) == 1 and per_source[skey] == 1
                                          and old[0] not in repeated) else none  # fmt: skip
        if wording and per_unit[wording_key(c)] == 1:
            replaced = sorted(set(replaced) | set(existing.wordings.get(wording_key(c), none)))
        replaced = [r for r in replaced if r not in taken]
        taken.update(replaced)
        thread = ids_by_key.get(c.reply_to) if c.reply_to else None
        placed.append(_placed(c, next_id, fp, thread, tuple(replaced)))
        live[fp] = next_id
        if c.key:
            ids_by_key[c.key] = next_id
        next_id += 1
    return Plan(tuple(placed), duplicates, tuple(withdrawn), tuple(dict.fromkeys(again)), tuple(moved),
                tuple(sorted(repeated)))  # fmt: skip


_placed = slot_maker(Placed)  # (a file's 100,000 comments placed: without __init__'s setattr per field)


def _fresh_plan(items: Sequence[NewComment], first_id: int, fps: Sequence[str]) -> Plan:
    """:func:`plan_batch` against a store that holds nothing the batch is measured against (a
    first import): no comment there to repeat, replace or leave withdrawn, so each is new but for
    one whose fingerprint an earlier one of the batch has; replies join their threads."""
    live: dict[str, int] = {}
    ids_by_key: dict[str, int] = {}
    placed: list[Placed] = []
    duplicates = 0
    next_id = first_id
    for c, fp in zip(items, fps, strict=True):
        if fp in live:  # (batch_fingerprints gives none twice; a caller's list might)
            duplicates += 1
            if c.key:
                ids_by_key[c.key] = live[fp]
            continue
        placed.append(_placed(c, next_id, fp, ids_by_key.get(c.reply_to) if c.reply_to else None, ()))
        live[fp] = next_id
        if c.key:
            ids_by_key[c.key] = next_id
        next_id += 1
    return Plan(tuple(placed), duplicates)


class FirstBatch:
    """:func:`plan_batch` of a batch against a store that holds nothing it is measured against (a
    first import: :func:`_fresh_plan`), a part at a time in the batch's order: :meth:`plan` of
    each part places its comments as the whole batch's plan places them (the same ids,
    fingerprints, duplicates and threads; tests/test_batch.py holds them to it)."""

    def __init__(self, draft: str, first_id: int) -> None:
        self.draft = draft
        self.next_id = first_id
        self.duplicates = 0
        self._seen: dict[str, int] = {}  # a comment's first fingerprint → how many of the batch have it
        self._live: dict[str, int] = {}  # fingerprint → the id placed with it
        self._ids_by_key: dict[str, int] = {}

    def plan(self, items: Sequence[NewComment]) -> list[Placed]:
        """The comments of the next part that are new, placed (:class:`Placed`); the others are
        counted in ``duplicates``. Their fingerprints are :func:`batch_fingerprints` of the whole
        batch (those :func:`fingerprinted` gives for these very items taken as their first)."""
        draft, seen, live, ids_by_key = self.draft, self._seen, self._live, self._ids_by_key
        fps = _given_fingerprints(items, draft)
        if fps is None:
            fps = first_fingerprints(items, draft)
        placed: list[Placed] = []
        for c, fp in zip(items, fps, strict=True):
            occurrence = seen.get(fp, 0)
            seen[fp] = occurrence + 1
            if occurrence:  # (the same comment again: a fingerprint of its own, as batch_fingerprints gives it)
                fp = c.fingerprint(draft, occurrence)
            if fp in live:
                self.duplicates += 1
                if c.key:
                    ids_by_key[c.key] = live[fp]
                continue
            placed.append(_placed(c, self.next_id, fp, ids_by_key.get(c.reply_to) if c.reply_to else None, ()))
            live[fp] = self.next_id
            if c.key:
                ids_by_key[c.key] = self.next_id
            self.next_id += 1
        return placed
