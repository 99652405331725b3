"""Synthetic revisions of real laws with known ground truth, for testing aligners.

:func:`revise` inserts, deletes, moves, splits and merges articles, edits text, renumbers,
and regenerates the cross-references, returning the new text and the true alignment.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ..drafts.numerals import int_to_cn
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


@dataclass(frozen=True, slots=True)
class Revision:
    """A revised text and its ground truth: (old article numbers, new numbers, class)."""

    text: str
    truth: tuple[tuple[tuple[str, ...], tuple[str, ...], VersionChange], ...]
    operations: dict[str, int] = field(default_factory=dict)


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
    for _ in range(edits):
        k = pick()
        if k is not None:
            a = arts[k]
            p = rng.randrange(len(a.paras))
            before = a.paras[p]
            while a.paras[p] == before:
                a.paras[p] = _edit(before, rng)
            a.change, a.touched = VersionChange.MODIFIED, True
            done["edits"] += 1
    for n in range(inserts):
        k = rng.randrange(len(arts) + 1)
        path = arts[min(k, len(arts) - 1)].path if arts else ()
        arts.insert(k, _Art((), [filler[(seed * 7 + n) % len(filler)]], path, VersionChange.ADDED, True))
        done["inserts"] += 1
    # renumber, then move every internal citation to the article's new number
    new_num: dict[str, str] = {}
    for n, a in enumerate(arts, 1):
        for o in a.origin:
            new_num.setdefault(o, str(n))
    lines: list[str] = [draft.title or "法"]
    current: tuple[Unit, ...] = ()
    for n, a in enumerate(arts, 1):
        if a.path != current:
            for depth, unit in enumerate(a.path):
                if depth >= len(current) or current[depth] is not unit:
                    lines.append(" ".join(x for x in (unit.label, unit.heading) if x))
            current = a.path
        body = [_renumbered(p, new_num) for p in a.paras]
        lines.append(f"第{int_to_cn(n)}条 {body[0]}")
        lines.extend(body[1:])
    by_origin: dict[tuple[str, ...], list[str]] = {}
    changes: dict[tuple[str, ...], VersionChange] = {}
    for n, a in enumerate(arts, 1):
        if a.origin:
            by_origin.setdefault(a.origin, []).append(str(n))
            changes[a.origin] = a.change
        else:
            truth.append(((), (str(n),), VersionChange.ADDED))
    for origin, nums in by_origin.items():
        change = changes[origin]
        if change is VersionChange.UNCHANGED and nums[0] != origin[0]:
            change = VersionChange.RENUMBERED
        truth.append((origin, tuple(nums), change))
    return Revision("\n".join(lines) + "\n", tuple(truth), done)


def _renumbered(text: str, new_num: dict[str, str]) -> str:
    out, at = [], 0
    for m, num in citations(text):
        if num in new_num and m.group("zh"):
            out.append(text[at:m.start()])
            out.append(render_citation(m, new_num[num]))
            at = m.end()
    out.append(text[at:])
    return "".join(out)
