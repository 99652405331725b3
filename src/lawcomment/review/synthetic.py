"""Synthetic revisions of real laws with known ground truth, for testing aligners.

:func:`revise` inserts, deletes, moves, splits and merges articles, edits text, renumbers,
and regenerates the cross-references, returning the new text and the true alignment.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from ..drafts.markdown import markdown_source
from ..drafts.numerals import int_to_cn
from ..drafts.parse import parse_source
from ..drafts.profiles import en_profile, zh_cn_profile
from ..drafts.serialize import body_separator
from ..model import Draft, Unit
from .align import VersionChange, citations, render_citation


@dataclass
class _Art:
    origin: tuple[str, ...]  # old article numbers this article comes from
    paras: list[str]
    path: tuple[Unit, ...]
    change: VersionChange = VersionChange.UNCHANGED
    touched: bool = False
    zhiyi: bool = False  # numbered after the article before it (第十二条之一), the others keeping theirs


@dataclass(frozen=True, slots=True)
class Revision:
    """A revised text and its ground truth: (old article numbers, new numbers, class)."""

    text: str
    truth: tuple[tuple[tuple[str, ...], tuple[str, ...], VersionChange], ...]
    operations: dict[str, int] = field(default_factory=dict)
    old: str = ""  # the old version's text, when the generator changed it too (twin boilerplate articles)

    def drafts(self, draft: Draft) -> tuple[Draft, Draft]:
        """The old and the new version as drafts: ``draft`` itself (or the old text the generator
        wrote) and the revised text, read as the markdown they are (headings of any style, such
        as a judicial interpretation's 一、一般规定, stay headings)."""
        profile = en_profile() if draft.profile.startswith("en") else zh_cn_profile()
        old = parse_source(markdown_source(self.old, "<old>"), profile) if self.old else draft
        return old, parse_source(markdown_source(self.text, "<revision>"), profile)


_EDIT_CHARS = "的和或者应当依法有关规定部门管理国家其他单位个人不得"


def _edit(text: str, rng: random.Random) -> str:
    if len(text) < 12:
        return text + rng.choice(_EDIT_CHARS)
    at = rng.randrange(2, len(text) - 4)
    kind = rng.randrange(3)
    piece = "".join(rng.choice(_EDIT_CHARS) for _ in range(rng.randint(1, 4)))
    if kind == 0:
        return text[:at] + piece + text[at:]
    if kind == 1:
        return text[:at] + text[at + rng.randint(1, 3):]
    return text[:at] + piece + text[at + len(piece):]


def _edit_some(arts: list[_Art], rng: random.Random, pick: Callable[[], int | None], count: int,
               done: dict[str, int]) -> None:
    """Edit one paragraph of each of ``count`` articles ``pick`` chooses (untouched ones)."""
    for _ in range(count):
        k = pick()
        if k is not None:
            a = arts[k]
            p = rng.randrange(len(a.paras))
            before = a.paras[p]
            while a.paras[p] == before:
                a.paras[p] = _edit(before, rng)
            a.change, a.touched = VersionChange.MODIFIED, True
            done["edits"] += 1


def revise(draft: Draft, seed: int, *, filler: list[str], inserts: int = 3, deletes: int = 3, moves: int = 2,
           splits: int = 2, merges: int = 2, edits: int = 10) -> Revision:  # fmt: skip
    """Revise ``draft`` at random (reproducibly, by ``seed``); ``filler`` supplies the text
    of inserted articles (articles of another law, so they match nothing)."""
    rng = random.Random(seed)
    sep = body_separator(draft)
    arts = [_Art((v.unit.num or "",), v.unit.body(sep).split("\n"), v.heading_path) for v in draft.articles()]
    paths = list(dict.fromkeys(a.path for a in arts))
    truth: list[tuple[tuple[str, ...], tuple[str, ...], VersionChange]] = []
    done = {"inserts": 0, "deletes": 0, "moves": 0, "splits": 0, "merges": 0, "edits": 0}

    def pick(ok=lambda k: True) -> int | None:  # type: ignore[no-untyped-def]
        options = [k for k, a in enumerate(arts) if not a.touched and ok(k)]
        return rng.choice(options) if options else None

    for _ in range(deletes):
        if (k := pick()) is not None:
            truth.append((arts[k].origin, (), VersionChange.DELETED))
            del arts[k]
            done["deletes"] += 1
    for _ in range(merges):
        k = pick(lambda k: k + 1 < len(arts) and not arts[k + 1].touched and arts[k + 1].path == arts[k].path)
        if k is not None:
            a, b = arts[k], arts.pop(k + 1)
            arts[k] = _Art(a.origin + b.origin, a.paras + b.paras, a.path, VersionChange.MERGED, True)
            done["merges"] += 1
    for _ in range(splits):
        k = pick(lambda k: len(arts[k].paras) >= 2 and any(not p.startswith(("（", "(")) for p in arts[k].paras[1:]))
        if k is not None:
            a = arts[k]
            cuts = [c for c in range(1, len(a.paras)) if not a.paras[c].startswith(("（", "("))]
            cut = rng.choice(cuts)
            arts[k:k + 1] = [_Art(a.origin, a.paras[:cut], a.path, VersionChange.SPLIT, True),
                             _Art(a.origin, a.paras[cut:], a.path, VersionChange.SPLIT, True)]  # fmt: skip
            done["splits"] += 1
    for _ in range(moves):
        k = pick(lambda k: len(paths) > 1)
        if k is not None:
            a = arts.pop(k)
            target = rng.choice([p for p in paths if p != a.path])
            slots = [i for i, x in enumerate(arts) if x.path == target] or [0]
            a.path, a.change, a.touched = target, VersionChange.MOVED, True
            arts.insert(rng.choice(slots + [slots[-1] + 1]), a)
            done["moves"] += 1
    _edit_some(arts, rng, pick, edits, done)
    for n in range(inserts):
        k = rng.randrange(len(arts) + 1)
        path = arts[min(k, len(arts) - 1)].path if arts else ()
        arts.insert(k, _Art((), [filler[(seed * 7 + n) % len(filler)]], path, VersionChange.ADDED, True))
        done["inserts"] += 1
    return _emit(draft, arts, truth, done)


def _emit(draft: Draft, arts: list[_Art], truth: list[tuple[tuple[str, ...], tuple[str, ...], VersionChange]],
          done: dict[str, int], old: str = "") -> Revision:  # fmt: skip
    """The revised text of ``arts`` (numbered in order; an article marked ``zhiyi`` takes the
    number before it with 之一, as an amendment inserts one) and its ground truth."""
    new_num: dict[str, str] = {}
    numbers: list[str] = []
    n = 0
    for a in arts:
        if a.zhiyi and n:
            numbers.append(f"{n}-1")
        else:
            n += 1
            numbers.append(str(n))
    for num, a in zip(numbers, arts, strict=True):
        for o in a.origin:
            new_num.setdefault(o, num)
    lines: list[str] = [f"# {draft.title or '法'}"]
    current: tuple[Unit, ...] = ()
    for num, a in zip(numbers, arts, strict=True):
        if a.path != current:
            for depth, unit in enumerate(a.path):
                if depth >= len(current) or current[depth] is not unit:
                    lines.append("#" * (depth + 2) + " " + " ".join(x for x in (unit.label, unit.heading) if x))
            current = a.path
        body = [_renumbered(p, new_num) for p in a.paras]
        head, _, tail = num.partition("-")
        lines.append(f"第{int_to_cn(int(head))}条{'之' + int_to_cn(int(tail)) if tail else ''} {body[0]}")
        lines.extend(body[1:])
    by_origin: dict[tuple[str, ...], list[str]] = {}
    changes: dict[tuple[str, ...], VersionChange] = {}
    for num, a in zip(numbers, arts, strict=True):
        if a.origin:
            by_origin.setdefault(a.origin, []).append(num)
            changes[a.origin] = a.change
        else:
            truth.append(((), (num,), VersionChange.ADDED))
    for origin, nums in by_origin.items():
        change = changes[origin]
        if change is VersionChange.UNCHANGED and nums[0] != origin[0]:
            change = VersionChange.RENUMBERED
        truth.append((origin, tuple(nums), change))
    return Revision("\n".join(lines) + "\n", tuple(truth), done, old)


def _renumbered(text: str, new_num: dict[str, str]) -> str:
    out, at = [], 0
    for m, num in citations(text):
        if num in new_num and m.group("zh"):
            out.append(text[at:m.start()])
            out.append(render_citation(m, new_num[num]))
            at = m.end()
    out.append(text[at:])
    return "".join(out)


#: A short article many laws carry word for word, put twice into the old text by
#: :func:`revise_hard` (the aligner must pair each copy with its own).
BOILERPLATE = "国务院有关部门应当依照本法制定具体实施办法。"


def revise_hard(draft: Draft, seed: int, *, filler: list[str]) -> Revision:
    """A harder revision of ``draft`` (reproducibly, by ``seed``), along the lines aligners
    get wrong: twin boilerplate articles (one deleted), an article moved and merged into
    another, an edited article merged with its neighbour, an article split at every 款, a
    deletion next to a split and another next to an insertion, 之一 insertions, a chapter
    moved whole, and edits. The old text gains the twins, so it is returned too (``old``)."""
    rng = random.Random(seed)
    sep = body_separator(draft)
    base = [_Art((v.unit.num or "",), v.unit.body(sep).split("\n"), v.heading_path) for v in draft.articles()]
    paths = list(dict.fromkeys(a.path for a in base))
    for path in rng.sample(paths, min(2, len(paths))):  # the twins, in two chapters
        at = max(i for i, a in enumerate(base) if a.path == path) + 1
        base.insert(at, _Art(("",), [BOILERPLATE], path))
    old_text = _emit(draft, base, [], {}).text
    # the old text numbers its articles in order: the revision starts from those numbers
    arts = [_Art((str(n),), list(a.paras), a.path) for n, a in enumerate(base, 1)]
    paths = list(dict.fromkeys(a.path for a in arts))
    truth: list[tuple[tuple[str, ...], tuple[str, ...], VersionChange]] = []
    done = dict.fromkeys(("twin_deleted", "moved_merged", "edited_merged", "split_every", "deleted_by_split",
                          "deleted_by_insert", "zhiyi", "chapter_moved", "edits"), 0)  # fmt: skip

    def pick(ok=lambda k: True) -> int | None:  # type: ignore[no-untyped-def]
        options = [k for k, a in enumerate(arts) if not a.touched and ok(k)]
        return rng.choice(options) if options else None

    def delete(k: int, what: str) -> None:
        truth.append((arts[k].origin, (), VersionChange.DELETED))
        del arts[k]
        done[what] += 1

    twins = [k for k, a in enumerate(arts) if a.paras == [BOILERPLATE]]
    for twin in twins:  # identical copies: which one a later move took would be unknowable, so none moves
        arts[twin].touched = True
    if len(twins) == 2:
        delete(rng.choice(twins), "twin_deleted")
    # an article moved into another chapter and merged there
    k = pick(lambda k: len(arts[k].paras) <= 3)
    if k is not None:
        a = arts.pop(k)
        j = pick(lambda j: arts[j].path != a.path)
        if j is None:
            arts.insert(k, a)
        else:
            b = arts[j]
            arts[j] = _Art(b.origin + a.origin, b.paras + a.paras, b.path, VersionChange.MERGED, True)
            done["moved_merged"] += 1
    # an edited article merged with the next
    k = pick(lambda k: k + 1 < len(arts) and not arts[k + 1].touched and arts[k + 1].path == arts[k].path)
    if k is not None:
        a, b = arts[k], arts.pop(k + 1)
        paras = a.paras + b.paras
        p = rng.randrange(len(paras))
        paras[p] = _edit(paras[p], rng)
        arts[k] = _Art(a.origin + b.origin, paras, a.path, VersionChange.MERGED, True)
        done["edited_merged"] += 1
    # split at every 款 (the first stays where it was), then the next article deleted; a 款 is
    # where a sentence ends (a list laid out a line per member, 总理，副总理若干人，…, stays whole)
    def cuts_of(paras: list[str]) -> list[int]:
        return [c for c in range(1, len(paras))
                if not paras[c].startswith(("（", "(")) and paras[c - 1].rstrip().endswith("。")]  # fmt: skip

    k = pick(lambda k: len(cuts_of(arts[k].paras)) >= 2)
    if k is not None:
        a = arts[k]
        cuts = [0, *cuts_of(a.paras), len(a.paras)]
        parts = [_Art(a.origin, a.paras[x:y], a.path, VersionChange.SPLIT, True) for x, y in zip(cuts, cuts[1:])]
        arts[k:k + 1] = parts
        done["split_every"] += 1
        after = k + len(parts)
        if after < len(arts) and not arts[after].touched:
            delete(after, "deleted_by_split")
    # a deletion with an insertion in its place
    k = pick()
    if k is not None:
        path = arts[k].path
        delete(k, "deleted_by_insert")
        arts.insert(k, _Art((), [filler[(seed * 5 + 1) % len(filler)]], path, VersionChange.ADDED, True))
    # 之一 insertions: numbered after the article before them, the others keeping their numbers
    for n in range(2):
        k = rng.randrange(1, len(arts))
        arts.insert(k, _Art((), [filler[(seed * 5 + 2 + n) % len(filler)]], arts[k - 1].path, VersionChange.ADDED,
                            True, zhiyi=True))  # fmt: skip
        done["zhiyi"] += 1
    # a chapter moved whole (its untouched articles, to the end)
    if len(paths) > 2:
        chapter = rng.choice(paths[:-1])
        moving = [a for a in arts if a.path == chapter and not a.touched]
        if moving and len(moving) == sum(1 for a in arts if a.path == chapter):
            arts = [a for a in arts if a.path != chapter]
            for a in moving:
                a.change, a.touched = VersionChange.MOVED, True
            arts += moving
            done["chapter_moved"] += 1
    _edit_some(arts, rng, pick, 8, done)
    return _emit(draft, arts, truth, done, old_text)


def aligned(truth: tuple[tuple[tuple[str, ...], tuple[str, ...], VersionChange], ...],
            entries: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> dict[str, tuple[int, int]]:
    """Per class of the ground truth, how many of its entries the aligner got right and how
    many there are; an entry is right when the aligner pairs exactly its old and new
    article numbers."""
    got = {(frozenset(o), n) for o, n in entries}  # the old articles of a merge in any order
    out: dict[str, tuple[int, int]] = {}
    for o, n, change in truth:
        right, total = out.get(str(change), (0, 0))
        out[str(change)] = (right + ((frozenset(o), n) in got), total + 1)
    return out
