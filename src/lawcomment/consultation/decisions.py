"""Staff decisions over the store: the positions of a draft's units read from its comments and
decisions, one decision on a change, conflict or new unit, and bulk decisions by member,
working group or article."""

from __future__ import annotations

import importlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, overload

from ..comments import INACTIVE, Comment, Stance, Status
from ..drafts.anchors import cite, describe, law_citation, unit_index
from ..drafts.serialize import body_separator
from ..errors import CitationError, NothingChanged, StoreError
from ..jsondoc import compact, loads, loads_kept
from ..model import Draft, Kind, Unit
from ..records import CommitteeReason, Decision, StoredDraft
from ..review.codec import FORMAT, LazyPosition, position_from_data, positions_data, positions_from_data
from ..review.position import Piece, Tally, UnitPosition, merge_target, numbered, premise, unit_position
from ..review.redline import DiffMemo
from ..store import DraftRef, Store
from ..textcheck import has_separator, line_feeds
from ..version import __version__

#: ``progress(done, total)``: how far a long operation has come, for a progress bar.
Progress = Callable[[int, int], None]


@overload
def draft_positions(store: Store, ref: DraftRef, article: str | None = None, *,
                    comments: Iterable[Comment] | None = None, decisions: Iterable[Decision] | None = None,
                    draft: Draft | None = None, progress: Progress | None = None,
                    generation: int | None = None, workers: int = 1,
                    render: Callable[[UnitPosition], str] | None = None,
                    rendered: dict[str, str] | None = None, lazy: Literal[False] = False) -> list[UnitPosition]: ...


@overload
def draft_positions(store: Store, ref: DraftRef, article: str | None = None, *,
                    comments: Iterable[Comment] | None = None, decisions: Iterable[Decision] | None = None,
                    draft: Draft | None = None, progress: Progress | None = None,
                    generation: int | None = None, workers: int = 1,
                    render: Callable[[UnitPosition], str] | None = None,
                    rendered: dict[str, str] | None = None, lazy: Literal[True]) -> list[LazyPosition]: ...


def draft_positions(store: Store, ref: DraftRef, article: str | None = None, *,
                    comments: Iterable[Comment] | None = None, decisions: Iterable[Decision] | None = None,
                    draft: Draft | None = None, progress: Progress | None = None,
                    generation: int | None = None, workers: int = 1,
                    render: Callable[[UnitPosition], str] | None = None,
                    rendered: dict[str, str] | None = None,
                    lazy: bool = False) -> list[UnitPosition] | list[LazyPosition]:  # fmt: skip
    """Positions for every unit with comments (or just ``article``, an eid), in law order.

    A caller that already read the draft's comments (``store.comments(ref)``, superseded ones
    may be among them), its decisions in force or the loaded draft passes them in, and the
    store is not read again for them. Without ``comments``, one ``article`` reads only its
    own comments. ``progress(done, total)`` is called as units are merged (a progress bar).

    A whole draft's positions are kept in the store for the next command, until the next write
    (``store.generation()``). A caller passing the comments or decisions it read passes the
    generation it read *before* them (and before it loaded ``draft``); without it nothing is
    kept or reused.

    ``workers`` > 1 shares the units out among that many forked processes
    (:func:`lawcomment.workers.map_chunks`; the command line passes
    :func:`~lawcomment.workers.default_workers`); a process running other threads (a web
    server) merges them itself. A whole draft's merge given no ``comments`` has each worker
    read its own articles' (the process reads none of them), where the store can.

    A warning that another article cites what a position takes away is left out when that
    article's own position no longer cites it (the committee rewrote the citation there).

    ``render(position)``, with ``rendered``: the workers that merge the units render each one
    as well (a command's printout, made in parallel), into ``rendered`` by eid; a position
    merged otherwise (kept, or in the process itself) is left for the caller to render.

    ``lazy``: each position as a :class:`~lawcomment.review.LazyPosition`, made from its kept
    record only when the caller asks for it (a command that prints what the workers rendered,
    and counts)."""
    found = _draft_positions(store, ref, article, comments=comments, decisions=decisions, draft=draft,
                             progress=progress, generation=generation, workers=workers,
                             render=render if rendered is not None else None, rendered=rendered, lazy=lazy)  # fmt: skip
    settled = _settled(store, ref, found, draft)
    if rendered:  # a position whose warnings were settled since it was rendered is rendered again
        for before, after in zip(found, settled, strict=True):
            if before is not after:
                rendered.pop(after.eid, None)
    return settled if lazy else [p.position for p in settled]


def ignored_decisions(store: Store, ref: DraftRef, eids: Iterable[str | None],
                      draft: Draft | None = None) -> dict[str, list[int]]:  # fmt: skip
    """The committee's decisions in force that the merge of each article holding one of ``eids``
    ignores (they no longer match the proposals), by article; only articles with decisions are
    merged, so a correction on an undecided article costs one query."""
    wanted = {e for e in eids if e}
    if not wanted:
        return {}
    # each article's own decisions (an eid's head is its article: art_12__para_2); a unit in a container
    # (an annex's article) reads them all
    heads = {e.split("__", 1)[0] for e in wanted}
    decided = ({d.target for h in sorted(heads) for d in store.decisions(ref, target=h)}
               if all(h.startswith("art_") for h in heads) else {d.target for d in store.decisions(ref)})  # fmt: skip
    targets = sorted(t for t in decided if any(e == t or e.startswith(t + "__") for e in wanted))
    out: dict[str, list[int]] = {}
    for t in targets:
        out[t] = list(dict.fromkeys(i for p in draft_positions(store, ref, t, draft=draft) for i in ignored_in(p)))
    return out


#: The warning :func:`lawcomment.review.position.unit_position` gives a decision it ignores.
_IGNORED = re.compile(r"^decision #\d+ \(.*\) no longer matches the proposals")


def ignored_in(position: UnitPosition) -> tuple[int, ...]:
    """The decisions the merge of ``position`` ignores: they no longer match the proposals."""
    return tuple(int(w.split(" ", 2)[1].lstrip("#")) for w in position.stale if _IGNORED.match(w))


#: The warnings of :func:`lawcomment.review.position.unit_position` naming a citation in another unit.
_CITES = re.compile(r"^.+? \((?P<eid>[^()\s]+)\) cites 「(?P<text>.+?)」(?:, which this position deletes|: )")


def _settled(store: Store, ref: DraftRef, positions: list[LazyPosition], draft: Draft | None) -> list[LazyPosition]:
    """``positions`` without the warnings of citations (:data:`_CITES`) that the citing article
    no longer makes: neither the committee's text of it (what staff accepted or chose, or its
    final wording) nor its position with the proposals still open cites anything of the article
    whose position the warning is on (第四十五条's wording without 「第四十三条」, beside 第四十三条
    deleted: 矿产资源法 2009, a trial). The citing article's position is among ``positions``, or
    merged for the purpose (one article's merge); one with nothing on it reads as the draft does.
    Only the positions a citation involves are made whole from their records."""
    cited = {m["eid"].split("__", 1)[0] for p in positions for w in p.warnings if (m := _CITES.match(w))}
    if not cited:
        return positions
    by_eid = {p.eid: p for p in positions}
    stored = store.get_draft(ref, archived=True)
    lang = "en" if stored.profile.startswith("en") else "zh"
    texts: dict[str, tuple[str, ...]] = {}
    for art in cited:
        lazy = by_eid.get(art)
        if lazy is None and len(positions) == 1:  # one article's merge: the citing one's own, merged too
            lazy = next(iter(_draft_positions(store, ref, art, draft=draft)), None)
        pos = lazy.position if lazy is not None else None
        texts[art] = (pos.text, pos.submitted_text) if pos is not None and pos.text != pos.base else ()
    # each citing article's article before it: for its 前条 (违反前条规定的, a stranger's review)
    loaded = (draft or stored.load()) if any(texts.values()) else None
    articles = [v.unit.eid for v in loaded.articles()] if loaded is not None else []
    before = dict(zip(articles[1:], articles, strict=False))
    index = unit_index(loaded) if loaded is not None else {}
    out = []
    for p in positions:
        target = p.eid.split("__", 1)[0]
        keep = [w for w in p.warnings if (m := _CITES.match(w)) is None or not (t := texts.get(art := m["eid"].split("__", 1)[0]))
                or any(_cites_into(x, art, _cited(index, m["eid"], m["text"], target, p.position.text) if art != target
                                   else frozenset({target}), lang, before.get(art))  # (its own 前款: read whole)
                       for x in t)]  # fmt: skip
        out.append(p if len(keep) == len(p.warnings) else p.with_warnings(tuple(keep)))
    return out


def _cited(index: Mapping[str, Unit], eid: str, text: str, target: str, position: str) -> frozenset[str]:
    """The units the citation ``text`` in unit ``eid`` of the draft names that the position (its text
    ``position``) takes out (of 第一条第二项至第四项, the 第三项 deleted), or all it names when none is
    told apart so, or the article ``target`` whole where the draft's unit has no such citation."""
    from ..review.position import named_units

    unit = index.get(eid)
    named = {u for r in (unit.references if unit is not None else ()) if r.text == text
             for u in named_units(r.targets, r.range_end)}  # fmt: skip
    gone = {u for u in named if u in index and index[u].text.strip() and index[u].text.strip() not in position}
    return frozenset(gone or named or {target})


def _cites_into(text: str, article: str, named: frozenset[str], lang: str, previous: str | None = None) -> bool:
    """Whether ``text``, the words of ``article`` (after ``previous``), cites any of the units
    ``named``, a part of one, or what holds one (a range holding it too: 第十条至第十六条; 前条).
    The committee's wording of 第五十七条 that still cites 第三十条第二款 but no longer its 第三款 no
    longer cites the 款 a position deletes (a trial's warning stood, whatever was decided)."""
    from ..drafts.references import find_references
    from ..review.position import named_units

    for k, line in enumerate(text.split("\n"), 1):
        for found in find_references(line, lang, article, k, previous):
            if any(u == n or u.startswith(n + "__") or n.startswith(u + "__")
                   for u in named_units(found.targets, found.range_end) for n in named):  # fmt: skip
                return True
    return False


def _draft_positions(store: Store, ref: DraftRef, article: str | None = None, *,
                     comments: Iterable[Comment] | None = None, decisions: Iterable[Decision] | None = None,
                     draft: Draft | None = None, progress: Progress | None = None,
                     generation: int | None = None, workers: int = 1,
                     render: Callable[[UnitPosition], str] | None = None,
                     rendered: dict[str, str] | None = None, lazy: bool = False) -> list[LazyPosition]:  # fmt: skip
    """:func:`draft_positions` as each unit's merge has them; those read from records made whole
    as they are read unless ``lazy``."""
    if generation is None and comments is None and decisions is None:
        generation = store.generation()  # before anything is read: a write after it makes them stale
    # (archived: also read as the predecessor of a later version) one article, when the store
    # keeps it as a tree of its own, is read without the whole draft
    stored = store.get_draft(ref, archived=True, data=draft is None and article is None)
    stamp = kept_stamp(generation, stored, FORMAT) if generation is not None else None
    if stamp is not None:
        kept = _kept_positions(store, stored, stamp, article, lazy)
        if kept is not None:
            return kept
    index: Mapping[str, Unit]
    # (a Store written before article_tree has none: its articles are read with the whole draft)
    kept_tree = getattr(store, "article_tree", None) if draft is None and article is not None else None
    tree = kept_tree(stored, article) if kept_tree is not None else None
    if tree is not None:
        draft, index = _article_alone(store, stored, tree)
    else:
        draft = draft if draft is not None else store.get_draft(stored, archived=True).load()
        index = unit_index(draft)
    if article is not None and article not in index:
        raise CitationError(f"{stored.ref} has no unit {article}")
    if decisions is not None:
        decisions = list(decisions)  # (read again below when the workers could not read the comments)
    if comments is None and article is None and generation is not None:
        shared = _read_in_workers(store, stored, draft, index, decisions, generation, stamp, progress, workers, render,
                                  rendered, lazy)  # fmt: skip
        if shared is not None:
            return shared
    if comments is None:
        comments = store.comments(stored, article=article if _by_article(article, index) else None)
    if decisions is None:
        decisions = store.decisions(stored, target=article)
    by_target: dict[str, list[Comment]] = defaultdict(list)
    target_of: dict[str, str] = {}  # per unit (a draft's 100,000 comments are on a few thousand)
    translated_words = False  # whether a comment merged is in a translation's language
    for target, c in _targeted(comments, index, target_of):
        if article is None or target == article:
            by_target[target].append(c)
            translated_words = translated_words or bool(c.lang)
    decided: dict[str, list[Decision]] = defaultdict(list)
    for d in decisions:
        decided[d.target].append(d)
    if article is not None:
        targets = [article]
    else:
        order = {eid: i for i, eid in enumerate(index)}
        reasoned = set(store.committee_reasons(stored.ref))
        targets = sorted(set(by_target) | set(decided) | reasoned, key=lambda e: order.get(e, len(order)))
    # the diffs earlier commands made on this draft (a whole-draft run reads them all: cheaper
    # than diffing again), and those this one makes kept for the next
    memo = DiffMemo(store.diffs(stored)) if article is None else None
    # the languages of its working translations, if it has any, for what a translation's wording says
    translated = store.translations(stored) if translated_words else []
    if workers > 1 and len(targets) > 1:
        return _merged_in_workers(store, stored, draft, index, targets, by_target, decided, memo, stamp, progress, workers,
                                  translated, render, rendered, lazy=lazy)
    misfiled = _misfiled(index, body_separator(draft), {t: by_target[t] for t in targets if t in by_target})
    out = []
    for done, t in enumerate(targets, 1):
        found = unit_position(draft, t, by_target.get(t, []), decided.get(t, []), index, memo, translations=translated)
        out.append(replace(found, warnings=(*found.warnings, *misfiled[t])) if t in misfiled else found)
        if progress is not None and (done % 50 == 0 or done == len(targets)):
            progress(done, len(targets))
    if memo is not None and memo.fresh and not store.read_only:
        store.keep_diffs(stored, {k: memo.dump(e) for k, e in memo.fresh.items()})
    if stamp is not None and article is None and not store.read_only:
        _keep(store, stored, stamp, [p.eid for p in out], positions_data(out))
    return [LazyPosition.of(p) for p in out]


def _keep(store: Store, stored: StoredDraft, stamp: str, eids: list[str], data: list[Any]) -> None:
    """Keep a whole draft's positions (their ``data``, in the order of ``eids``) under ``stamp``:
    as orjson writes them, where the store takes their UTF-8 (never made strings to be encoded
    again), else as their compact JSON texts."""
    import orjson

    # (a Store written before keep_positions_utf8 has none: the texts as strings)
    utf8 = getattr(store, "keep_positions_utf8", None)
    if utf8 is not None:
        utf8(stored, stamp, [(eid, orjson.dumps(d)) for eid, d in zip(eids, data, strict=True)])
    else:
        store.keep_positions(stored, stamp, [(eid, compact(d)) for eid, d in zip(eids, data, strict=True)])


#: What a merge's worker sends back for a chunk: its first unit, each position's record as UTF-8, the diffs it
#: made, each position rendered (when asked) and each one's eid, warnings and tally.
_Merged = tuple[str, list[bytes], dict[str, str], list[str], list[tuple[str, tuple[str, ...], tuple[int, ...]]]]


class _NotShared(Exception):
    """A worker found the store written since the merge began, or a comment of its articles that
    is merged in an article of another chunk: the parent reads the comments itself."""


def _read_in_workers(store: Store, stored: StoredDraft, draft: Draft, index: Mapping[str, Unit],
                     decisions: Iterable[Decision] | None, generation: int, stamp: str | None,
                     progress: Progress | None, workers: int, render: Callable[[UnitPosition], str] | None,
                     rendered: dict[str, str] | None, lazy: bool) -> list[LazyPosition] | None:  # fmt: skip
    """A whole draft's merge in forked workers that read their own articles' comments, each on a
    connection of its own at the store's ``generation`` (as the parent would have read them, in
    the same order: :meth:`~lawcomment.store.SQLStore.article_comments`): the parent reads
    none of them (a draft's 100,000 comments, a fifth of the merge, read by one process while
    the others waited). None when that cannot be: no workers to fork, a store that cannot
    count or read the comments so (another engine's or author's), a comment merged in another
    unit than its article (an annex's), or a write since ``generation``: the caller reads the
    comments itself, as before."""
    from ..workers import forks

    # (a Store written before these has none: it reads the comments once, in the caller)
    counts, reopener = getattr(store, "comment_counts", None), getattr(store, "reopener", None)
    if counts is None or reopener is None or getattr(store, "article_comments", None) is None:
        return None
    if not forks(len(index), workers):  # (at most as many units merged as the draft has: a first look)
        return None
    reopen = reopener(generation)
    if reopen is None:  # (inside a transaction: its writes are this connection's alone, as yet)
        return None
    active: dict[str, int] = {}  # article → its comments merged
    for (at, status), n in counts(stored).items():
        if at is not None and Status(status) not in INACTIVE:
            active[at] = active.get(at, 0) + n
    # each comment read with its article (Anchor.article): the unit it is merged in, for every one
    if not all(at in index and merge_target(at, index) == at for at in active):
        return None
    decided: dict[str, list[Decision]] = defaultdict(list)
    for d in decisions if decisions is not None else store.decisions(stored):
        decided[d.target].append(d)
    order = {eid: i for i, eid in enumerate(index)}
    reasoned = set(store.committee_reasons(stored.ref))
    targets = sorted(set(active) | set(decided) | reasoned, key=lambda e: order.get(e, len(order)))
    if not forks(len(targets), workers):
        return None
    memo = DiffMemo(store.diffs(stored))
    # the languages of its working translations, for what a translation's wording says (read by
    # unit_position only for a comment in a translation's language: passed to every unit, the
    # positions are those of the parent's reading, which passes them only when a comment is)
    translated = store.translations(stored)
    opened: list[Any] = []  # this process's own connection to the store, opened for its first chunk
    target_of: dict[str, str] = {}  # per unit

    def read(chunk: Sequence[str]) -> dict[str, list[Comment]]:
        if not opened:
            own = reopen()
            if own is None:
                raise _NotShared()
            opened.append(own)
        by_target: dict[str, list[Comment]] = defaultdict(list)
        wanted = set(chunk)
        for target, c in _targeted(opened[0].article_comments(stored, chunk), index, target_of):
            if target not in wanted:  # (its article stored otherwise than its unit's: never so written)
                raise _NotShared()
            by_target[target].append(c)
        return by_target

    try:
        return _merged_in_workers(store, stored, draft, index, targets, {}, decided, memo, stamp, progress, workers,
                                  translated, render, rendered, read=read, weights=active, lazy=lazy)  # fmt: skip
    except _NotShared:
        return None
    finally:
        for own in opened:  # (chunks merged here, not forked: a thread started meanwhile)
            own.close()


def _targeted(comments: Iterable[Comment], index: Mapping[str, Unit],
              target_of: dict[str, str]) -> Iterator[tuple[str, Comment]]:  # fmt: skip
    """Each open comment on a unit with the unit its merge is (``target_of``: worked out once per unit,
    a draft's 100,000 comments being on a few thousand)."""
    for c in comments:
        eid = c.anchor.eid
        if eid is None or c.status in INACTIVE:
            continue
        target = target_of.get(eid)
        if target is None:
            target = target_of[eid] = merge_target(eid, index)
        yield target, c


def _kept_positions(store: Store, stored: StoredDraft, stamp: str, article: str | None,
                    lazy: bool = False) -> list[LazyPosition] | None:  # fmt: skip
    """The positions a whole draft's merge kept under ``stamp``: all of them, or ``article``'s
    alone (the same as merging it again: its comments and decisions are the same); None when
    none are kept, or they were kept by a lawcomment that wrote them otherwise. ``lazy``: a whole
    draft's read from their records only for what :class:`LazyPosition` counts."""
    try:
        if article is None:
            # (a Store written before positions_utf8 has none: its texts, read as strings)
            utf8 = getattr(store, "positions_utf8", None)
            kept: Any = utf8(stored, stamp) if utf8 is not None else store.positions(stored, stamp)
            if isinstance(kept, str):  # a backend of another author, written to the contract before 4e1d73f
                return [LazyPosition.of(p) for p in positions_from_data(loads_kept(kept))]
            if kept is None:
                return None
            return _decoded(kept, lazy)
        # (a Store written before kept_position has none: the article is merged again)
        one = getattr(store, "kept_position", None)
        found = one(stored, stamp, article) if one is not None else None
        return None if found is None else [LazyPosition.of(position_from_data(loads(found)))]
    except (ValueError, TypeError):  # made afresh
        return None


def _decoded(texts: list[str] | list[bytes], lazy: bool = False) -> list[LazyPosition]:
    """The positions of a whole draft from each unit's kept text (or its UTF-8), each text let go once read:
    the texts, their JSON values and the positions are never all in memory at once (at a
    hundred thousand comments, 160 MB of them when read as one list; a million, ten times).
    ``lazy``: each position's JSON value, read only for what :class:`LazyPosition` counts."""
    texts.reverse()
    out: list[LazyPosition] = []
    while texts:
        data = loads(texts.pop())
        out.append(LazyPosition.from_data(data) if lazy else LazyPosition.of(position_from_data(data)))
    return out


def _merged_in_workers(store: Store, stored: StoredDraft, draft: Draft, index: Mapping[str, Unit], targets: list[str],
                by_target: dict[str, list[Comment]], decided: dict[str, list[Decision]], memo: DiffMemo | None,
                stamp: str | None, progress: Progress | None, workers: int,
                translated: Sequence[str] = (), render: Callable[[UnitPosition], str] | None = None,
                rendered: dict[str, str] | None = None, *,
                read: Callable[[Sequence[str]], dict[str, list[Comment]]] | None = None,
                weights: Mapping[str, int] | None = None, lazy: bool = False) -> list[LazyPosition]:  # fmt: skip
    """draft_positions' merging of ``targets`` shared out among forked workers: each sends back
    its units' positions as the JSON texts the store keeps (cheaper to send and read than
    pickled data), the diffs it made and, with ``render``, each position rendered. The parent
    reads each chunk's positions as it arrives, while the workers merge on. The texts cross as
    UTF-8, as orjson writes and reads them, and are kept so where the store can (sent as
    strings, they were decoded, encoded to be pickled, decoded, and encoded again to be read;
    made strings for the store, SQLite encoded them again).
    The diffs are kept as they come too (each chunk's in a transaction of its own, in the
    chunks' order, as if kept at once), while the workers merge on; the positions are kept once
    all are there, in one transaction (a reader never sees some of one merge's and some of
    another's).

    ``read(chunk)``, with the ``weights`` of the targets (their comments): a worker's reading of
    its chunk's comments by target, instead of ``by_target``.

    Each position's eid, warnings and tally (:class:`LazyPosition`) cross beside its text: with
    ``lazy`` the parent makes none of them but those it is asked for."""
    # what a fresh merge's rules load on first use (the carry-forward rules, rapidfuzz, the check of
    # misfiled wordings, the kept diffs' digests): loaded once here, before the workers fork, not by each of them
    for name in ("lawcomment.review.rebase", "rapidfuzz.distance", "lawcomment.consultation.misfiled", "hashlib"):
        importlib.import_module(name)
    import orjson

    from ..workers import map_chunks  # (pickle and signal: not for one article's merge)

    def merge(chunk: Sequence[str]) -> _Merged:
        own = read(chunk) if read is not None else by_target
        if memo is not None:
            memo.fresh = {}  # a worker's own, sent back with each chunk
        misfiled = _misfiled(index, body_separator(draft), {t: own[t] for t in chunk if t in own})
        done = [unit_position(draft, t, own.get(t, []), decided.get(t, []), index, memo, translations=translated)
                for t in chunk]
        done = [replace(p, warnings=(*p.warnings, *misfiled[p.eid])) if p.eid in misfiled else p for p in done]
        fresh = {k: memo.dump(e) for k, e in memo.fresh.items()} if memo is not None else {}
        shown = [render(p) for p in done] if render is not None else []
        outlines = [(p.eid, p.warnings, tuple(p.tally)) for p in done]
        records = [orjson.dumps(d) for d in positions_data(done)]  # (compact's texts, as UTF-8)
        return chunk[0], records, fresh, shown, outlines

    merged = 0
    decoded: dict[int, list[LazyPosition]] = {}  # by the id of the chunk's result
    place = {t: n for n, t in enumerate(targets)}
    waiting: dict[int, tuple[int, dict[str, str]]] = {}  # the diffs of chunks arrived before one ahead of them
    kept = 0  # the targets whose chunks' diffs are kept: those before this one

    def arrived(count: int, result: _Merged) -> None:
        nonlocal merged, kept
        # read as kept positions are (the same texts): the positions as the workers made them
        found = [LazyPosition(eid, warnings, Tally(*tally), data) for data, (eid, warnings, tally) in
                 zip(result[1], result[4], strict=True)]  # fmt: skip
        if not lazy:  # (made while the workers merge on)
            found = [LazyPosition.of(p.position) for p in found]
        decoded[id(result)] = found
        waiting[place[result[0]]] = (count, result[2])
        while kept in waiting:  # (a diff two chunks made is kept with the first, as one dict of them all keeps it)
            many, fresh = waiting.pop(kept)
            if fresh and not store.read_only:
                store.keep_diffs(stored, fresh)
            kept += many
        merged += count
        if progress is not None:
            progress(merged, len(targets))

    sizes = {t: (len(by_target.get(t, ())) if weights is None else weights.get(t, 0)) + 1 for t in targets}
    chunks = map_chunks(merge, targets, workers=workers, weight=sizes.__getitem__, done=arrived)
    if stamp is not None and not store.read_only:
        texts = [data for _, chunk, _, _, _ in chunks for data in chunk]
        # (a Store written before keep_positions_utf8 has none: the texts made strings for it)
        utf8 = getattr(store, "keep_positions_utf8", None)
        if utf8 is not None:
            utf8(stored, stamp, list(zip(targets, texts, strict=True)))
        else:
            store.keep_positions(stored, stamp, [(t, d.decode("utf-8")) for t, d in zip(targets, texts, strict=True)])
    out = [p for chunk in chunks for p in decoded[id(chunk)]]
    if render is not None and rendered is not None:
        rendered.update((p.eid, shown) for chunk in chunks for p, shown in zip(decoded[id(chunk)], chunk[3], strict=True))
    return out


def kept_stamp(generation: int, stored: StoredDraft, fmt: int) -> str:
    """What a draft's kept positions or groups are kept under: the store's generation, the
    draft's own hash (a version replaced by another file is never mistaken for itself),
    lawcomment's version and the format of what is kept."""
    return f"{generation}:{stored.sha256}:{__version__}:{fmt}"


class _Excerpt(Mapping[str, Unit]):
    """eid → unit for one article's merge, read from the article's own tree: an eid outside it,
    or a walk over every unit (what the position takes away may be cited elsewhere), loads the
    whole draft first. So the merge sees every unit it asks for, as with the whole draft."""

    def __init__(self, article: Unit, whole: Callable[[], dict[str, Unit]]) -> None:
        self._units = {u.eid: u for u in article.walk()}
        self._whole = whole
        self._all = False

    def _load(self) -> dict[str, Unit]:
        if not self._all:
            self._units, self._all = self._whole(), True
        return self._units

    def __getitem__(self, eid: str) -> Unit:
        unit = self._units.get(eid)
        return unit if unit is not None else self._load()[eid]

    def __contains__(self, eid: object) -> bool:
        return eid in self._units or eid in self._load()

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


def _misfiled(index: Mapping[str, Unit], sep: str, by_target: Mapping[str, list[Comment]]) -> dict[str, list[str]]:
    """By unit merged: a warning per proposed wording there that names the wrong unit of the
    draft (:mod:`lawcomment.consultation.misfiled`), as its import said, until it is moved."""
    from .misfiled import misfiled_found

    # one pass over the wordings (the units read once; a quote's wording is the whole unit's too); remarks are none.
    # What is found of a wording is all the judge reads of its comment (its unit, words, language and whether
    # it quotes): a campaign's copies are judged once, the first standing for the others (45,787 wordings, 34,041
    # distinct, each compared with its unit by rapidfuzz)
    every = [(target, c) for target, comments in by_target.items() for c in comments
             if c.proposed_text and c.stance is Stance.AMEND]  # fmt: skip
    first: dict[tuple[str | None, str | None, str, bool], int] = {}  # each distinct wording → its place in `judged`
    judged: list[Comment] = []
    copies: list[int] = []
    for _, c in every:
        k = first.setdefault((c.anchor.eid, c.proposed_text, c.lang, bool(c.anchor.quote)), len(first))
        if k == len(judged):
            judged.append(c)
        copies.append(k)
    found = {m.place: m for m in misfiled_found(index, sep, judged)}
    said: dict[int, tuple[str, str]] = {}  # (the message, how to act on it), by distinct wording
    out: dict[str, list[str]] = {}
    for (target, c), k in zip(every, copies, strict=True):
        m = found.get(k)
        if m is None:
            continue
        if k not in said:
            how = ("--stance insert` makes it a new 款 after it" if m.follows else f"--at …` moves it"
                   if m.other or m.sentence else "--no-proposal --reason …` makes it a remark")  # fmt: skip
            said[k] = (m.message(), how)
        message, how = said[k]
        out.setdefault(target, []).append(f"comment #{c.id} ({c.member}): {message} (`lawcomment comment edit "
                                          f"{c.id} {how})")  # fmt: skip
    return out


def misfiled_warnings(store: Store, ref: DraftRef, articles: Iterable[str]) -> list[str]:
    """The warnings for proposed wordings on ``articles`` (eids) that read like another
    article's (:mod:`lawcomment.consultation.misfiled`): what a decision accepting them should
    say, as the merge does. Each article's comments are read on their own, or, for many
    articles, the draft's at once."""
    wanted = sorted(set(articles))
    if not wanted:
        return []
    stored = store.get_draft(ref, archived=True)
    draft = stored.load()
    index = unit_index(draft)
    comments = ([c for eid in wanted for c in store.comments(stored, article=eid)] if len(wanted) <= 20
                else store.comments(stored))  # fmt: skip
    by_target: dict[str, list[Comment]] = defaultdict(list)
    for c in comments:
        if c.anchor.eid is not None and c.status not in INACTIVE and c.anchor.eid in index:
            target = merge_target(c.anchor.eid, index)
            if target in wanted:
                by_target[target].append(c)
    found = _misfiled(index, body_separator(draft), by_target)
    return [w for eid in wanted for w in found.get(eid, [])]


def _article_alone(store: Store, stored: StoredDraft, tree: str) -> tuple[Draft, Mapping[str, Unit]]:
    """The draft as one article's merge needs it, from the article's stored ``tree``: its title,
    profile and source with the article as its only unit, and an index that reads the whole
    draft when the merge reaches beyond the article (:func:`unit_position` takes the draft for
    its profile and reads units through the index)."""
    from ..drafts.serialize import unit_from_dict

    article = unit_from_dict(loads(tree))
    return (Draft(stored.title, stored.profile, stored.source_file, (article,)),
            _Excerpt(article, lambda: unit_index(store.get_draft(stored, archived=True).load())))  # fmt: skip


def _by_article(eid: str | None, index: Mapping[str, Unit]) -> bool:
    """Whether the comments stored with ``article = eid`` (:attr:`Anchor.article`) include
    every comment merged in unit ``eid`` (:func:`merge_target`): true of an article rooted at
    the document (``art_12``, which takes the comments on ``art_12__para_2`` …) and of a
    heading (which takes only its own comments). An article under another unit's eid
    (``annex_1__art_3``) takes comments stored under other values, so the caller reads every
    comment and keeps its own."""
    if eid is None:
        return False
    if index[eid].kind is Kind.ARTICLE:
        return eid.startswith("art_") and "__" not in eid
    return not eid.split("__", 1)[0].startswith("art_")


def _refuse_invisible(text: str) -> None:
    """The committee's wording never holds what no reader sees: zero-width characters (a change of
    them would go out invisible), or the line and paragraph separators (a line break Word shows
    inside a 款)."""
    from ..drafts.normalize import invisible_removed

    hidden = invisible_removed(text)[1]
    if hidden:
        raise StoreError(f"the committee's wording holds {hidden} zero-width character(s), which no reader sees (pasted "
                         "with the words?): take them out")  # fmt: skip
    if has_separator(text):
        raise StoreError("the committee's wording holds a line or paragraph separator (U+2028, U+2029): break its "
                         "lines with line breaks, one 款 a line")  # fmt: skip


def wording_notes(decision: Decision) -> list[str]:
    """What :func:`decide` did to the committee's wording as typed that the wording itself does not
    show, or found in it: an instruction applied, a wording keeping almost none of its unit's text or
    reading like another unit's, half-width punctuation between its Chinese words made full width."""
    try:
        said = loads(decision.premise or "{}")
    except ValueError:
        return []
    if decision.action != "text" or not isinstance(said, dict):
        return []
    notes = [n for n in said.get("notes") or () if isinstance(n, str)]
    widened = said.get("widened")
    if not isinstance(widened, list) or not widened:
        return notes
    from ..review.proposals import width_note

    return [*notes, width_note(widened, "the committee's wording")]


def _own_wording(store: Store, ref: DraftRef, eid: str, text: str,
                 position: str | None = None) -> tuple[str, tuple[str, ...], tuple[str, ...]]:  # fmt: skip
    """The committee's wording of unit ``eid`` as a member's is read (:func:`normalise_proposal`):
    the unit's own label typed before it left out, as the submission prints the label itself
    (kept, it would go out twice: 第五十三条　第五十三条　本法…), and half-width punctuation between
    its Chinese words made full width (:func:`full_width`; the marks changed are returned with it).
    An instruction (将“…”修改为“…”) is applied to ``position`` (the text as it goes out; by default the
    unit's as drafted), said in the notes returned last.
    Refused: another article's label (the wording may be meant for that article), instructions
    that cannot be applied, and a few words that are no sentence and keep almost none of the
    unit's text (50万元以下 for a whole penalty article), which would go out as all of it."""
    from ..drafts.anchors import unit_index
    from ..review.instructions import instructed_wording
    from ..review.proposals import (closing_mark, closing_note, full_width, keep_items, kept_mark, normalise_proposal,
                                    typed_label, typed_label_note)

    draft = store.get_draft(ref).load()
    index = unit_index(draft)
    unit = index[eid]
    where = describe(eid, draft=draft)
    # the spaces and line breaks a paste or a text box ends with are no words of the law (no unit's text starts or
    # ends so): kept, a trailing line break went out as an empty paragraph put in (a web trial's pasted wording)
    text = text.strip(" \t\u00a0\u3000\r\n")
    # (its own label in other numerals, 第5条 for 第五条, or pasted twice, is left out as a member's is)
    if typed_label_note(unit, other := typed_label(unit, text)) is not None:
        raise StoreError(f"the committee's wording of {unit.label or eid} opens with the label of another article, "
                         f"「{other}」: leave the label out (the submission prints each article's own), or decide on "
                         f"{other} if the wording is meant for it")  # fmt: skip
    notes: list[str] = []
    # an instruction typed as the wording (将“第三十条第二款和第三款”修改为“第三十条第二款”): the unit's text with it
    # applied, as a member's is read (a trial's went out as the whole of a penalty article, in its place)
    try:
        # (applied to the position as it goes out, ``position``: to the draft's text, it undid what staff had accepted
        # in the article, unsaid: a review)
        instructed = instructed_wording(draft, unit, text, body=position)
    except ValueError as exc:
        raise StoreError(_as_committee(str(exc))) from None
    if instructed is not None:
        text, note = instructed
        notes.append(_as_committee(note))
    # (typed in a spreadsheet or an English keyboard, 但是,for ；: the submission would strike the law's
    # mark and print the half-width one, a typo in the legislature's copy)
    text, widened = full_width(draft, unit, normalise_proposal(draft, unit, text))
    # the opening words of a 款 with 项 (ending with ：as they do) reword those words, the 项 kept, as a
    # member's wording is read (a trial's committee wording struck out all 14 项 of 第五十八条第一款)
    text = keep_items(draft, unit, text)[0]
    # a 项 or 款 typed without the mark that closes it in the law (its 「；」): kept, as a member's wording's is (the
    # diff would strike it, and item （三） run into （四）); a wording ending with another mark chose it
    mark = closing_mark(draft, unit, text)
    if mark:
        text = kept_mark(text, mark)
    if mark is not None:
        notes.append(closing_note(where, mark).replace("the wording of ", "the committee's wording of ", 1))
    notes += _stray_wording(draft, index, unit, where, text)
    return text, widened, tuple(notes)


def _as_committee(message: str) -> str:
    """The intake's words of a member's proposed text, said of the committee's wording."""
    return message.replace("the proposed text", "the committee's wording")


def _stray_wording(draft: Draft, index: Mapping[str, Unit], unit: Unit, where: str, text: str) -> list[str]:
    """What the committee's wording ``text`` of ``unit`` is told as a member's misfiled one is
    (:mod:`~lawcomment.consultation.misfiled`): a few words that are no sentence and keep almost
    none of the unit's text are refused (a trial's 50万元以下 went out as the whole 第五十六条); a
    sentence keeping next to none of it, or one reading much more like another unit, is noted."""
    from ..comments import Anchor, CommentSource, NewComment, SourceKind
    from .misfiled import misfiled_found

    if not text.strip() or unit.kind.is_container:
        return []
    found = misfiled_found(index, body_separator(draft), [NewComment(
        "", Anchor(unit.eid), Stance.AMEND, CommentSource(SourceKind.CLI), proposed_text=text)])  # fmt: skip
    if not found:
        return []
    m = found[0]
    shown = text.strip() if len(text.strip()) <= 30 else text.strip()[:30] + "…"
    if m.other:
        return [f"the committee's wording of {where} reads much more like {describe(m.other, draft=draft)} (similarity "
                f"{m.similarity:.2f}, against {m.named:.2f}): check it is meant for {where}"]  # fmt: skip
    if not m.sentence and not m.follows:
        raise StoreError(f"the committee's wording of {where}, 「{shown}」, keeps almost none of its text (similarity "
                         f"{m.named:.2f}) and is no sentence: it would go out as the whole of {where}; give its whole "
                         "wording, or decide on the change (--accept, --choose)")  # fmt: skip
    return [f"the committee's wording of {where} keeps almost none of its text (similarity {m.named:.2f}): 「{shown}」 "
            "replaces all of it; check it is meant for it"]  # fmt: skip


def _placed_in_article(store: Store, ref: DraftRef, eid: str, text: str) -> tuple[str, str, UnitPosition]:
    """The committee's wording of the 款 or 项 ``eid`` as a wording of its article: the article as
    its position goes out now (what staff accepted in its other parts kept), that unit's words
    replaced by ``text`` ("" takes the unit out, its line with it). A StoreError when the article
    has a wording of the committee's already, or staff accepted changes inside the unit."""
    from ..drafts.anchors import unit_spans
    from ..review.redline import Span, splice

    draft = store.get_draft(ref).load()
    index = unit_index(draft)
    article = eid.split("__", 1)[0]
    (pos,) = draft_positions(store, ref, article)
    where, whole = describe(eid, draft=draft), describe(article, draft=draft)
    if pos.final is not None:
        raise StoreError(f"the committee's own wording of {whole} stands (decision #{pos.final.id}): give the "
                         f"article's whole wording (decide --article {whole.rsplit(' (', 1)[0]} --text …), or undo "
                         "it first")  # fmt: skip
    sep = body_separator(draft)
    spans = unit_spans(index[article], sep)
    a, b = spans[eid]  # (a 项's words: its label stays before them)
    label = index[eid].label
    accepted = pos.pieces(submitted=True)
    inside = [p for p in accepted if p.start < b and p.end > a or (a < p.start < b)]
    if inside:
        raise StoreError(f"staff accepted changes inside {where} already: undo them, or give the whole wording of "
                         f"{whole} (decide --article {whole.rsplit(' (', 1)[0]} --text …)")  # fmt: skip
    if not text.strip():  # the unit taken out, its label and line break with it
        a -= len(label) + len(sep) if label else 0
        a, b = (a - 1, b) if a > 0 else (a, min(len(pos.base), b + 1))
    # the 项 after one taken out numbered on, as the merge numbers a member's (review.position.numbered)
    pieces = numbered(pos.base, sorted([*(p for p in accepted if not p.consequential), Piece(a, b, text, ())],
                                       key=lambda p: (p.start, p.end)))  # fmt: skip
    return article, splice(pos.base, [Span(p.start, p.end, p.new) for p in pieces]), pos


def decide(store: Store, ref: DraftRef, eid: str, *, accept: str | None = None, reject: str | None = None,
           choose: str | None = None, text: str | None = None, reason: str = "",
           check: Callable[[UnitPosition], None] | None = None, repeat: bool = True) -> Decision:  # fmt: skip
    """Record one staff decision on unit ``eid``: exactly one of ``accept``/``reject`` (a
    change id such as ``c2``, or a new unit's ``n1``), ``choose`` (``x1:2``, or ``x1:0`` for
    the draft's wording) or ``text`` (the final wording). Each keeps its premise, so a
    later proposal that changes the picture flags it.

    ``check`` sees the merged position the decision is read from, and may refuse it by raising:
    the web app refuses one whose change reads otherwise than on the page staff clicked.
    ``repeat=False`` refuses (:class:`~lawcomment.errors.NothingChanged`) an accept, reject or
    choice the decision in force already makes, with no other reason: a page drawn in two browser
    tabs and clicked in both (recorded twice, an undo of the later left it standing); the command
    line records a repeat and says so."""
    given = [k for k, v in (("accept", accept), ("reject", reject), ("choose", choose), ("text", text)) if v is not None]
    if len(given) != 1:
        raise StoreError("give exactly one of --accept, --reject, --choose or --text")
    text = None if text is None else line_feeds(text)  # a browser's CRLF: one line break
    if text is not None:
        _refuse_invisible(text)
    (pos,) = draft_positions(store, ref, eid)
    if check is not None:
        check(pos)
    if text is not None:
        from ..drafts.pairing import written_in

        lang = "en" if store.get_draft(ref).profile.startswith("en") else "zh"
        if text.strip() and written_in(text) != lang:  # a wording of the translation typed where the draft's goes
            raise StoreError(f"the committee's wording of {pos.citation} is not written in "
                             f"{'English' if lang == 'en' else 'Chinese'}, the draft's language; a wording of its "
                             f"translation goes with --text-{'zh' if lang == 'en' else 'en'}")  # fmt: skip
        widened: tuple[str, ...] = ()
        notes: tuple[str, ...] = ()
        if text.strip():
            text, widened, notes = _own_wording(store, ref, eid, text, pos.submitted_text if "__" not in eid else None)
        placed = None
        if "__" in eid and eid.startswith("art_"):
            # a 款 or 项: its wording placed in its article, which the submission prints (decided on the 款
            # alone, it went out as an unlabelled section of its own, apart from its article and reason)
            placed, (eid, text, pos) = eid, _placed_in_article(store, ref, eid, text)
        said = premise(pos.merge, insertions=pos.insertions)
        if placed is not None or widened or notes:  # (the unit it was given for: what it takes out there is meant)
            said = compact({**loads(said), **({"placed": placed} if placed else {}),
                            **({"widened": list(widened)} if widened else {}),
                            **({"notes": list(notes)} if notes else {})})  # fmt: skip
        return store.add_decision(ref, eid, "text", new=text, reason=reason, premise=said)
    # a change or conflict under the committee's own wording: that wording is what goes out, so a
    # decision on it would be recorded and shown, and change nothing (new units stay decidable)
    under_final = pos.final is not None and (choose is not None or not any(
        i.id == (accept if accept is not None else reject) for i in pos.insertions))  # fmt: skip
    if under_final:
        assert pos.final is not None
        raise StoreError(f"the committee's own wording of {pos.citation} stands (decision #{pos.final.id}); "
                         "undo it to decide the changes one by one")  # fmt: skip
    if choose is not None:
        cid, _, alt = choose.partition(":")
        state = next((c for c in pos.conflicts if c.conflict.id == cid), None)
        if state is None:
            raise StoreError(_no_such(store, ref, pos, cid, "conflict"))
        conflict = state.conflict
        if not alt.isdigit() or int(alt) > len(conflict.alternatives):
            raise StoreError(f"{cid} of {pos.citation} has alternatives 1-{len(conflict.alternatives)} "
                             f"(or 0 for the draft's wording); got {alt!r}")  # fmt: skip
        n = int(alt)
        if not repeat:
            _not_again(store, state.decision, state.chosen == n and not state.stale, f"{cid}:{n} of {pos.citation}", reason)
        chosen = conflict.old if n == 0 else conflict.alternatives[n - 1].text
        return store.add_decision(ref, eid, "choose", start=conflict.start, end=conflict.end, old=conflict.old,
                                  new=chosen, reason=reason, premise=premise(pos.merge, conflict))  # fmt: skip
    action, cid = ("accept", accept or "") if accept is not None else ("reject", reject or "")
    insertion = next((i for i in pos.insertions if i.id == cid), None)
    if insertion is not None:
        if not repeat:
            _not_again(store, insertion.decision, insertion.state == f"{action}ed", f"{cid} of {pos.citation}", reason)
        return store.add_decision(ref, eid, action, new=insertion.text, reason=reason, subject="insertion")
    found = next((c for c in pos.changes if c.change.id == cid), None)
    if found is None:
        raise StoreError(_no_such(store, ref, pos, cid or "", "change"))
    change = found.change
    if not repeat:
        _not_again(store, found.decision, found.state == f"{action}ed", f"{cid} of {pos.citation}", reason)
    return store.add_decision(ref, eid, action, start=change.start, end=change.end, old=change.old, new=change.new,
                              reason=reason)  # fmt: skip


def confirm_decision(store: Store, decision_id: int) -> Decision:
    """Confirm decision ``decision_id``, carried onto an article whose new place the alignment was unsure of
    and held there (:func:`lawcomment.review.held`): staff checked the place, and it goes out as the committee's.
    Recorded as a decision of its own (the held one undone, on record), as carried from the same decision;
    a StoreError for a decision undone, not held, or decided again since (the newer decision stands)."""
    from ..review.position import CONFIRMED, HOLD, decided_since, held

    d = store.get_decision(decision_id)
    if d.revoked_at is not None:
        raise StoreError(f"decision #{decision_id} was undone on {d.revoked_at}; nothing to confirm")
    if not held(d):
        raise StoreError(f"decision #{decision_id} is not waiting to be confirmed (only a decision carried onto an "
                         "article whose new place is unsure is); nothing recorded")  # fmt: skip
    newer = decided_since(d, store.decisions(d.draft, target=d.target))
    if newer is not None:  # (confirming it would put back what staff decided over it)
        raise StoreError(f"decision #{newer.id} decided it since decision #{decision_id} was held, and stands; "
                         "nothing recorded")  # fmt: skip
    said = {k: v for k, v in loads(d.premise).items() if k != HOLD}
    with store.transaction():  # (the held one undone and the confirmed one recorded together, or neither)
        store.revoke_decision(d.id, CONFIRMED)
        made = store.add_decision(d.draft, d.target, d.action, start=d.start, end=d.end, old=d.old,
                                  new=d.new, reason=d.reason, subject=d.subject, premise=compact(said) if said else "",
                                  origin=d.origin)  # fmt: skip
        _reason_back(store, made)
        return made


def reason_given_back(store: Store, confirmed: Decision) -> CommitteeReason | None:
    """The committee reason on the unit of decision ``confirmed`` that the carry left behind while the unit's
    decisions were held, given back when staff confirmed them (:func:`confirm_decision`); None when the unit
    has none in force, or one that was not left behind so (carried as it was, or written by staff)."""
    reason = store.committee_reasons(confirmed.draft).get(confirmed.target)
    if reason is None or reason.origin is None:
        return None
    left = {e.object for e in store.drops(confirmed.draft) if e.action == "reason.drop"}
    return reason if f"reason:{reason.origin}" in left else None


def _reason_back(store: Store, made: Decision) -> None:
    """Give back the committee reason the carry left behind on ``made``'s unit while its decisions were held
    (it would have argued alone for a change that did not go out), once none of them waits any longer: the
    reading before's reason on the unit the decision came from, citing articles by this reading's numbers.
    Nothing when the unit has a reason in force, or staff gave or took away one there (theirs stands; a
    carry's own undoing, reason.uncarry, is none of theirs)."""
    from ..review.align import renumber
    from ..review.position import held
    from .versions import article_numbers, stored_alignment

    if made.origin is None or made.target in store.committee_reasons(made.draft):
        return
    said = store.events(obj=f"reason:{store.get_draft(made.draft).ref}:{made.target}")
    if any(e.action in ("reason.set", "reason.remove") for e in said):
        return
    if any(held(o) for o in store.decisions(made.draft, target=made.target)):
        return  # (another decision of the unit still waits: the reason argues for it too)
    came = store.get_decision(made.origin)
    reason = store.committee_reasons(came.draft).get(came.target)
    if reason is None:
        return
    alignment = stored_alignment(store, came.draft, made.draft)
    text = reason.text if alignment is None else renumber(reason.text, article_numbers(alignment.old, alignment.new, alignment))
    store.set_committee_reason(made.draft, made.target, text, origin=reason.id)


def confirm_held(store: Store, ref: DraftRef) -> tuple[tuple[Decision, Decision], ...]:
    """Confirm every decision of draft ``ref`` held at an unsure place (:func:`confirm_decision`, all in one
    transaction): (the held one, its confirmation) each, oldest first. One decided again since is left as it is
    (the newer decision stands: the merge says nothing of it)."""
    from ..review.position import decided_since, held

    waiting = [d for d in store.decisions(ref) if held(d)]
    with store.transaction():
        return tuple((d, confirm_decision(store, d.id)) for d in waiting
                     if decided_since(d, store.decisions(d.draft, target=d.target)) is None)  # fmt: skip


def _not_again(store: Store, standing: int | None, same: bool, what: str, reason: str) -> None:
    """Refuse, as nothing to change (NothingChanged), a decision the one in force (``standing``)
    already makes (``same``) with the same reason or none: a second browser tab's accept recorded
    twice, and undone once, left the change accepted (a web trial)."""
    if standing is None or not same:
        return
    d = store.get_decision(standing)
    if reason.strip() and reason.strip() != d.reason.strip():
        return  # (the same decision with another reason: recorded, its reason the newer)
    verb = {"accept": "accepted", "reject": "rejected", "choose": "chosen"}.get(d.action, d.action)
    raise NothingChanged(f"{what} is already {verb} (decision #{d.id}); nothing recorded")


def decide_translation(store: Store, ref: DraftRef, eid: str, *, text: str | None = None,
                       from_comment: int | None = None, reason: str = "") -> Decision:  # fmt: skip
    """Record the committee's wording of unit ``eid`` in the draft's translation (the English
    working text of a Chinese draft): ``text``, the whole unit as the committee words it, or
    the wording of a member's comment ``from_comment`` on that text (a 款 or item it reworded
    is set in the unit's text). The bilingual submission prints it beside the committee's
    wording of the draft (``decide --text``); it keeps the translation's comments on the unit
    it answered, so one arriving later flags it."""
    from ..drafts.pairing import reworded, written_in
    from .translations import translation_texts

    if (text is None) == (from_comment is None):
        raise StoreError("give the committee's wording of the translation, or the comment whose wording it takes")
    text = None if text is None else line_feeds(text)
    if text is not None:
        _refuse_invisible(text)
    stored = store.get_draft(ref)
    lang = "zh" if stored.profile.startswith("en") else "en"
    where = describe(eid, "en" if lang == "zh" else "zh")
    texts = translation_texts(store, stored, lang)
    if texts is None:
        raise StoreError(f"{stored.ref} has no {lang} translation (add one with `lawcomment draft add … --translation`)")
    draft = stored.load()
    index = unit_index(draft)
    unit = index[eid]
    whole = eid.split("__", 1)[0]
    if unit.kind is not Kind.ARTICLE and not unit.kind.is_container and from_comment is not None and any(
            c.id == from_comment and c.lang == lang and c.anchor.eid == whole
            for c in store.comments(stored, article=whole)):  # fmt: skip
        # --article 第二十六条第二款 --text-en-from 2, comment #2 wording the whole article: its article's
        eid, unit = whole, index[whole]
        where = describe(eid, "en" if lang == "zh" else "zh")
    if unit.kind is not Kind.ARTICLE:  # the submission prints the translation article by article
        if unit.kind.is_container:
            raise StoreError(f"the committee's {lang} wording is given for an article: a heading is printed as the "
                             "translation has it")  # fmt: skip
        # (a trial's --article 第二十六条第二款 --text "…" --text-en-from 2 was told to give a wording nobody typed)
        own = "en" if lang == "zh" else "zh"
        given = f"--text-{lang}-from {from_comment}" if from_comment is not None else f"--text-{lang} …"
        command = f"lawcomment decide --draft {stored.ref} --article"
        raise StoreError(f"the committee's {lang} wording is given for a whole article, and {where} is a part of "
                         f"{describe(whole, own)}: nothing was recorded; give the wording of {where} with "
                         f"`{command} {cite(eid, own)} --text …`, and the {lang} wording of its "
                         f"article with `{command} {law_citation(draft, whole, own)} {given}`")  # fmt: skip
    base = texts.get(eid)
    if base is None:
        raise StoreError(f"no unit of the {lang} translation renders {where} on its own (`lawcomment split DRAFT "
                         "--translation FILE` shows the pairs)")  # fmt: skip
    # the comments stored with article = eid hold every one on it (an article rooted at the document)
    scope = store.comments(stored, article=eid) if eid.startswith("art_") and "__" not in eid else store.comments(stored)
    ours = [c for c in scope if c.lang == lang and c.status not in INACTIVE
            and (c.anchor.eid == eid or (c.anchor.eid or "").startswith(eid + "__"))]  # fmt: skip
    if from_comment is not None:
        found = next((c for c in ours if c.id == from_comment), None)
        if found is None or found.stance not in (Stance.AMEND, Stance.DELETE):
            listed = ", ".join(f"#{c.id}" for c in ours if c.stance in (Stance.AMEND, Stance.DELETE)) or "none"
            raise StoreError(f"comment #{from_comment} is not a wording of the {lang} translation of {where} "
                             f"(its wordings: {listed})")  # fmt: skip
        new = "" if found.stance is Stance.DELETE else (found.proposed_text or "")
        if new:
            new = _items_kept(store, stored, lang, found.anchor.eid or "", new)
        text = new if found.anchor.eid == eid else reworded(base, texts.get(found.anchor.eid or "", ""), new)
        if text is None:
            raise StoreError(f"comment #{from_comment} rewords a part of {where} that cannot be found in its "
                             f"{lang} text; give the whole wording with --text-{lang}")  # fmt: skip
    assert text is not None
    text = text.strip("\n")
    if text.strip() and written_in(text) != lang:  # "" deletes the article in the translation too
        raise StoreError(f"the committee's {lang} wording of {where} is not written in "
                         f"{'English' if lang == 'en' else 'Chinese'}")  # fmt: skip
    # what it answered: each wording of the translation as it read then (an edit, or a new one, flags it)
    premise = compact({"wordings": [[c.id, c.proposed_text or ""] for c in ours]})
    return store.add_decision(stored, eid, "text", old=base, new=text, reason=reason, subject=lang, premise=premise)


def _items_kept(store: Store, stored: StoredDraft, lang: str, eid: str, wording: str) -> str:
    """A member's wording of the translation's unit rendering ``eid``, read as the intake reads it now: the
    opening words of a paragraph with items, ending with a colon, reword those words, the items kept (one
    stored before the intake read it so would take the items out of the committee's wording)."""
    from ..review.proposals import keep_items

    kept = store.translation(stored, lang)
    if kept is None:
        return wording
    found = kept.pairing().target_of(eid)
    if len(found) != 1:
        return wording
    translation = kept.load()
    return keep_items(translation, unit_index(translation)[found[0]], wording)[0]


def _shell(word: str) -> str:
    """A citation as typed on a command line: quoted when it has a space (Section 5)."""
    return f'"{word}"' if " " in word else word


def _no_such(store: Store, ref: DraftRef, pos: UnitPosition, cid: str, what: str) -> str:
    have = ([c.change.id for c in pos.changes] + [i.id for i in pos.insertions] if what == "change"
            else [c.conflict.id for c in pos.conflicts])  # fmt: skip
    listed = ", ".join(have) if have else "none"
    if "__" in pos.eid and not have:  # a 款 or 项 named: the merge numbers an article's changes, not its parts'
        article = pos.eid.split("__", 1)[0]
        cited = describe(article, draft=store.get_draft(ref).load())  # (as the draft cites it: Section 5 of a bill)
        return (f"{pos.citation} has no {what} {cid!r}: changes and conflicts are numbered per article; decide on "
                f"{cited} (`--article {_shell(cited.rsplit(' (', 1)[0])}`)")  # fmt: skip
    also = ""
    if what == "change" and pos.conflicts:  # what was meant may be a conflict's alternative
        also = (f"; its conflicts: {', '.join(c.conflict.id for c in pos.conflicts)} (decide one with --choose "
                f"{pos.conflicts[0].conflict.id}:N)")  # fmt: skip
    return f"{pos.citation} has no {what} {cid!r} ({what}s: {listed}){also}; run `lawcomment merge` to see them"


@dataclass(frozen=True, slots=True)
class BulkResult:
    """What a bulk decision did: the decisions recorded, what was already decided, and the
    conflicts it leaves to decide one by one (a bulk decision never picks between members)."""

    decisions: tuple[tuple[str, str, Decision], ...]  # (unit eid, change id, decision)
    already: int
    conflicts: tuple[tuple[str, str], ...]  # (unit eid, conflict id)
    why: tuple[str, ...] = ()  # why some of them are left, where it is not only that others' wordings stand there


def decide_all(store: Store, ref: DraftRef, *, accept: bool, member: str | None = None, group: str | None = None,
               article: str | None = None, reason: str = "") -> BulkResult:  # fmt: skip
    """Accept (or reject) every undecided change and proposed new unit of a member, of a
    working group, or of one article (filters combine), in one transaction. Rejecting every
    proposal of an article (no member or group named) keeps the draft's wording in each of its
    unresolved conflicts too: every alternative there is a proposal turned down."""
    if member is None and group is None and article is None:
        raise StoreError("a bulk decision needs --member, --group or --article")
    if article is not None and "__" in article:
        # a 款 or a bill's subsection named: the merge decides per article, and so does a bulk
        # decision (a trial's --accept-all on Section 7(1) accepted nothing and said so as a success)
        draft = store.get_draft(ref).load()
        whole = describe(article.split("__", 1)[0], draft=draft)
        raise StoreError(f"{describe(article, draft=draft)} is part of {whole}: changes are decided per article; "
                         f"decide on {whole} (`--article {_shell(whole.rsplit(' (', 1)[0])}`)")  # fmt: skip
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
                if x.chosen is None and pos.final is None and who is None and not accept:
                    # (a volume trial kept the draft in 850 conflicts by hand, --choose x1:0,…,x7:0 per article)
                    cx = x.conflict
                    made.append((pos.eid, f"{cx.id}:0", store.add_decision(
                        ref, pos.eid, "choose", start=cx.start, end=cx.end, old=cx.old, new=cx.old, reason=reason,
                        premise=premise(pos.merge, cx))))  # fmt: skip
                elif x.chosen is None and pos.final is None and (
                        who is None or any(who & set(a.supporters) for a in x.conflict.alternatives)):  # fmt: skip
                    conflicts.append((pos.eid, x.conflict.id))
    return BulkResult(tuple(made), already, tuple(conflicts))


def _ids(proposals: Iterable[str]) -> set[int]:
    """Comment ids of merge proposals: ``#7``, or ``#7+#9`` for proposals merged as one."""
    return {int(p.lstrip("#")) for ids in proposals for p in ids.split("+") if p.lstrip("#").isdigit()}


def decide_group(store: Store, ref: DraftRef, comment: int, *, accept: bool, reason: str = "",
                 name: str | None = None) -> BulkResult:  # fmt: skip
    """Decide a near-duplicate group of proposals at once: the group of ``comment``.

    Accepting takes the group's wording, its representative's: each undecided change its copies
    make where its wording edits the draft is accepted (as the merge words it), each edit only its variants make is
    rejected, and a conflict is settled for the representative's wording there (the draft's,
    when the representative leaves it alone), over other members' wordings too. Rejecting
    rejects every undecided edit only the group makes, and keeps the draft's wording where the
    group's variants conflict among themselves. An edit the group shares with others, and a
    conflict with others' wordings when rejecting, are left to decide one by one (listed); a
    member's edit elsewhere in the article (``_one_per_member`` combines a member's proposals)
    is not the group's, and is left alone.

    ``name``, the group's name as it was listed (g7), must still be the group's: comments
    withdrawn, reworded or added since can change a group and its representative, and staff
    decide on what they saw (a StoreError says what the group is now)."""
    from ..review.merge import canonical, near_key
    from ..review.redline import Differ, Span, splice
    from .groups import group_holding

    group = group_holding(store, ref, comment)
    if name is not None and name.lower() != group.id:
        raise StoreError(f"there is no group {name} any more: comment #{comment} is in {group.id} now, of "
                         f"{group.size} comment(s) from {', '.join(group.members)} (`lawcomment comment list --draft "
                         f"{store.get_draft(ref).ref} --grouped` lists the groups as they stand)")  # fmt: skip
    if group.kind not in ("wording", "insert"):
        if group.kind.startswith("insert:"):
            how = (f"give it in the draft's language, `lawcomment comment translate {comment} --text \"…\"`, then "
                   "accept or reject it")  # fmt: skip
        elif ":" in group.kind:
            how = f"its wording of the {group.lang} translation is taken with `lawcomment decide --text-{group.lang}-from {comment}`"
        else:
            how = "forward a remark with `lawcomment comment forward`"
        raise StoreError(f"the group of comment #{comment} holds {group.kind.split(':')[0]} "
                         f"{'wordings of the translation' if ':' in group.kind else 'remarks'}, not wordings of the "
                         f"draft: there is nothing to accept or reject ({how})")  # fmt: skip
    every, own = set(group.comments), set(group.copies)
    made: list[tuple[str, str, Decision]] = []
    already = 0
    left: list[tuple[str, str]] = []
    why: list[str] = []
    with store.transaction():
        (pos,) = draft_positions(store, ref, group.article)
        if pos.final is not None:
            raise StoreError(f"the committee's own wording of {pos.citation} stands (decision "
                             f"#{pos.final.id}); undo it to decide the group's changes")  # fmt: skip
        # each decision names the group, so the submission credits all its members with the wording
        # taken, those whose copy differed in a 的 as much as the representative's
        credit = {"group": {"id": group.id, "members": list(group.members), "comments": list(group.comments)}}

        def record(key: str, action: str, premise: str = "", **fields: object) -> None:
            kept = compact({**(loads(premise) if premise else {}), **credit})
            made.append((pos.eid, key, store.add_decision(ref, pos.eid, action, reason=reason, premise=kept,
                                                          **fields)))  # type: ignore[arg-type]

        # the group's edits are the merge's own, found where the group's wordings edit the draft
        # and checked against them: the merge may word a spot with another copy's punctuation, or
        # join a member's proposals (#1+#3), so an edit is the group's where it writes what one of
        # the group's wordings writes there (punctuation aside), and no more
        differ = Differ(pos.base)
        wording = group.kind == "wording"
        # placed as the merge places them (canonical: an insertion as far right as it reads the same)
        mine = canonical(pos.base, differ.edits(group.text).spans) if wording else []
        theirs = [canonical(pos.base, differ.edits(v.text).spans) for v in group.variants] if wording else []
        every_span = mine + [sp for spans in theirs for sp in spans]

        def near(start: int, end: int, spans: list[Span]) -> bool:
            return any(start <= sp.end and sp.start <= end for sp in spans)

        def agrees(start: int, end: int, new: str, spans: list[Span]) -> bool:
            """Whether base[start:end] → new writes what the wording (its ``spans``) writes over
            the stretch they share: the same words, punctuation aside."""
            lo, hi, near_spans = start, end, list[Span]()
            while True:
                found = [sp for sp in spans if lo <= sp.end and sp.start <= hi]
                if len(found) == len(near_spans):
                    break
                near_spans = found
                lo, hi = min(lo, *(sp.start for sp in found)), max(hi, *(sp.end for sp in found))
            if not near_spans:
                return False
            region = pos.base[lo:hi]
            wanted = splice(region, [Span(sp.start - lo, sp.end - lo, sp.new) for sp in near_spans])
            return near_key(splice(region, [Span(start - lo, end - lo, new)])) == near_key(wanted)

        def ours(proposals: Iterable[str], within: set[int]) -> list[bool]:
            return [bool(_ids([p]) & within) for p in proposals]

        for c in pos.changes:
            ch = c.change
            held = ours(ch.proposals, every)
            if not any(held) or not near(ch.start, ch.end, every_span):
                continue  # not the group's, or a member's edit elsewhere in the article
            is_mine = any(ours(ch.proposals, own)) and agrees(ch.start, ch.end, ch.new, mine)
            is_theirs = any(agrees(ch.start, ch.end, ch.new, spans) for spans in theirs)
            if c.state != "proposed":
                already += 1
            elif accept and is_mine:
                record(ch.id, "accept", start=ch.start, end=ch.end, old=ch.old, new=ch.new)
            elif all(held) and (is_mine or is_theirs):
                record(ch.id, "reject", start=ch.start, end=ch.end, old=ch.old, new=ch.new)
            else:
                left.append((pos.eid, ch.id))  # shared with others, or more than the group's words
        for ins in pos.insertions:
            ids = set(ins.comments)
            if not ids & every:
                continue
            if ins.state != "proposed":
                already += 1
            elif accept and ids & own:
                record(ins.id, "accept", new=ins.text, subject="insertion")
            elif ids <= every:
                record(ins.id, "reject", new=ins.text, subject="insertion")
            else:
                left.append((pos.eid, ins.id))
        for x in pos.conflicts:
            cx = x.conflict
            # (members' own wordings: a combination of them is for staff to choose, never a group's)
            held_by = [ours(a.proposals, every) for a in cx.proposed]
            if not any(any(h) for h in held_by) or not near(cx.start, cx.end, every_span):
                continue
            if x.chosen is not None:
                already += 1
                continue
            # the representative's words there (the alternative its copies make, if it writes
            # them), or the draft's where it leaves the spot alone; rejecting keeps the draft's
            rep = [a for a in cx.proposed if any(ours(a.proposals, own))] if accept else []
            # every alternative the group's alone, and one of its wordings (not a member's joined edit)
            only_group = all(all(h) and any(agrees(cx.start, cx.end, a.text, spans) for spans in (mine, *theirs))
                             for h, a in zip(held_by, cx.proposed, strict=True))  # fmt: skip
            # a member of the group wording the spot otherwise in another comment (its later words,
            # beside its copy): that alternative is the member's own, not the group's to overrule
            others = sorted({m for h, a in zip(held_by, cx.proposed, strict=True) if not any(h)
                             for m in set(a.supporters) & set(group.members)})  # fmt: skip
            own_other = bool(others)
            if own_other and rep:
                # said: the group decision is not the one staff expect to do nothing (a volume trial's did, unsaid)
                named = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
                why.append(f"{cx.id}: {named} of the group word it otherwise in later comments of their own, which "
                           f"stand for them; choose for the article with `decide --choose {cx.id}:N`")  # fmt: skip
            chosen: int | None = 0
            if own_other or len(rep) > 1 or (rep and not agrees(cx.start, cx.end, rep[0].text, mine)):
                chosen = None
            elif rep:
                chosen = rep[0].number
            if chosen is None or (chosen == 0 and not only_group):
                left.append((pos.eid, cx.id))  # others' wordings: theirs to weigh, one by one
                continue
            record(f"{cx.id}:{chosen}", "choose", start=cx.start, end=cx.end, old=cx.old,
                   new=cx.old if chosen == 0 else cx.alternatives[chosen - 1].text,
                   premise=premise(pos.merge, cx))  # fmt: skip
    return BulkResult(tuple(made), already, tuple(left), tuple(why))
