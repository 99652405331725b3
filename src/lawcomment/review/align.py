"""Align the articles of two versions of a draft and classify each: unchanged, renumbered,
modified, moved, split, merged, deleted or added; cross-references that only follow the
renumbering are consequential, not substantive. An article moved into a 款 of another is a merge
that names the 款 (:attr:`Entry.into`, followed there by carry-forward, unsure), and a split names
the counterpart of each 款 it found in its parts (:attr:`Entry.pieces`).
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
import unicodedata
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from enum import StrEnum

from ..drafts.numerals import NUMERAL_CLASS, cn_to_int, int_to_cn
from ..drafts.references import external_law, is_connector
from ..drafts.serialize import body_separator
from ..model import ArticleView, Draft, Kind, Unit
from .redline import Redline, diff, similarity

ALIGN_SCHEMA = "lawcomment.diff/1"

#: Two articles below this similarity are never paired.
MIN_MATCH = 0.35
#: A part of a split (or merge) must have this share of its bigrams in the other side.
MIN_CONTAINED = 0.75
#: An unpaired old article also merged into its neighbour's new article when that article holds
#: this much of it, reads this much like it, and no less than like its own old article (less the gap).
MERGED_INSIDE, MERGED_ALIKE, MERGED_GAP = 0.6, 0.6, 0.02
#: ... and holds this much of what that old article says beyond its neighbour.
MERGED_OWN = 0.5


class VersionChange(StrEnum):
    """How an article fared between two versions."""

    UNCHANGED = "unchanged"
    RENUMBERED = "renumbered"
    MODIFIED = "modified"
    MOVED = "moved"
    SPLIT = "split"
    MERGED = "merged"
    DELETED = "deleted"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class RefChange:
    """A cross-reference that differs between versions; ``consequential`` when it only
    follows the renumbering (第十条 → 第十一条 because an article was inserted before).
    ``renumbered_to``: a citation the new version kept as it was though the article it cited is
    numbered so now (Article 98, that article now Article 99): what makes an article of the
    same words a change, said (a trial's diff listed it as modified, and nothing under it)."""

    old: str
    new: str
    consequential: bool
    renumbered_to: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"old": self.old, "new": self.new, "consequential": self.consequential,
                **({"renumbered_to": self.renumbered_to} if self.renumbered_to else {})}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the comparison: old article eids → new article eids and the class.

    ``substantive`` is False when the texts differ only in whitespace, punctuation width or
    consequential cross-references. ``redline`` compares the (joined) bodies.
    """

    old: tuple[str, ...]
    new: tuple[str, ...]
    change: VersionChange
    similarity: float
    substantive: bool
    redline: Redline | None = None
    references: tuple[RefChange, ...] = ()
    runner_up: tuple[str, ...] = ()  # the article that came closest after the one paired
    runner_up_similarity: float = 0.0
    runner_up_side: str = ""  # "new": another new article the old one could be; "old": another old source
    #: old articles of a merge that went into one 款 of the new article: (old article, that 款, how alike)
    #: (反洗钱法 2006 第三十六条, reworded, 2024 第二条第二款); see :func:`moved_into`
    into: tuple[tuple[str, str, float], ...] = ()
    #: 款 of the old article, of several, and the 款 or 项 of a new article of the entry each reads like
    #: most, of all of either version: (old 款, that unit, how alike); what a split's 款 follow (see :func:`part_of`)
    pieces: tuple[tuple[str, str, float], ...] = ()

    @property
    def unsure(self) -> bool:
        """A pairing staff should check: the texts are far apart, or another article came as
        close (identical twins included), or an article paired with the 款 of another it went
        into (:func:`moved_into`); never silently taken as certain."""
        if len(self.old) == 1 and self.into:
            return True
        close = bool(self.runner_up) and self.runner_up_similarity >= self.similarity - UNSURE_MARGIN
        if len(self.old) != 1 or len(self.new) != 1:  # a split: unsure when a part may have gone elsewhere
            return close
        return self.similarity < UNSURE_SIMILARITY or close


#: A 1:1 pairing below this similarity is unsure (MIN_MATCH is what a pairing needs at all).
UNSURE_SIMILARITY = 0.5
#: A runner-up this close to the pairing's similarity makes it unsure.
UNSURE_MARGIN = 0.05


@dataclass(frozen=True, slots=True)
class Alignment:
    """The article alignment of two drafts; every article of each appears in one entry."""

    old: Draft
    new: Draft
    entries: tuple[Entry, ...]
    method: str = "lawcomment"

    def by_old(self) -> dict[str, Entry]:
        """Old article eid → the entry holding it."""
        return {o: e for e in self.entries for o in e.old}

    def by_new(self) -> dict[str, Entry]:
        """New article eid → the entry holding it."""
        return {n: e for e in self.entries for n in e.new}

    def summary(self) -> dict[str, int]:
        counts = Counter(str(e.change) for e in self.entries)
        out = {str(c): counts.get(str(c), 0) for c in VersionChange}
        out["substantive"] = sum(1 for e in self.entries if e.substantive)
        return out


#: An added article that shares this share of a deleted one's words is named as its closest.
CLOSEST = 0.25
#: ... and shares this much of the words that set articles apart (:class:`_Evidence`), not only boilerplate:
#: H.R. 2157 SEC. 501 (FEMA's federal share) and the enrolled SEC. 1207 (flood insurance), 0.32 alike by
#: their words, share 0.026 of them; 野生动物保护法 2018 第五十六条 said anew in 2022 第六十一条, 0.071.
CLOSEST_EVIDENCE = 0.05
#: A 款 of an article near a deleted one's place that reads this much like it is named as where
#: the new version may have merged it (矿产资源法 2009 第二十九条 into 2024 第三十九条第一款, 0.53)
MERGED_HINT = 0.5


def closest_unit(alignment: Alignment, article: str) -> tuple[str, float] | None:
    """For old article ``article``, which the alignment deleted: the unit of the new version
    that reads most like it, and how much (token similarity). Either an added article sharing
    CLOSEST of its words, or a 款 of a new article that continues an old article two places
    or fewer from it, reading MERGED_HINT like it and more than like any 款 of what that
    article continues (the new version may have merged it there). A hint for staff, who judge:
    the alignment, which compares articles, leaves the article deleted. None when no unit does."""
    old, new = alignment.old, alignment.new
    old_sep, new_sep = body_separator(old), body_separator(new)
    old_units = {u.eid: u for u in old.walk()}
    new_units = {u.eid: u for u in new.walk()}
    if article not in old_units:
        return None
    text = old_units[article].body(old_sep)
    found: list[tuple[float, str]] = []
    ev, old_at, new_at = _evidence_of(alignment)
    for e in alignment.entries:
        if e.change is VersionChange.ADDED and e.new:
            score = similarity(text, new_units[e.new[0]].body(new_sep))
            # (words of its own in common, not only a bill's boilerplate: see CLOSEST_EVIDENCE)
            if score >= CLOSEST and ev.alike(old_at[article], new_at[e.new[0]]) >= CLOSEST_EVIDENCE:
                found.append((score, e.new[0]))
    order = [v.unit.eid for v in old.articles()]
    at = order.index(article) if article in order else -1
    by_old, by_new = alignment.by_old(), alignment.by_new()
    near = {n for o in order[max(0, at - 2):at + 3] if at >= 0 and o in by_old for n in by_old[o].new}
    for eid in sorted(near):
        continued = [old_units[o] for o in by_new[eid].old if o in old_units]
        theirs = [k.body(old_sep) for u in continued for k in u.children if k.kind is Kind.PARAGRAPH] or \
            [u.body(old_sep) for u in continued]  # fmt: skip
        for k in new_units[eid].children:
            if k.kind is not Kind.PARAGRAPH:
                continue
            words = k.body(new_sep)
            score = similarity(text, words)
            if score >= MERGED_HINT and score > max((similarity(t, words) for t in theirs), default=0.0):
                found.append((score, k.eid))
    if not found:
        return None
    score, eid = min(found, key=lambda t: (-t[0], t[1]))
    return eid, score


#: The evidence of the alignments :func:`closest_unit` was asked of last (a report asks it of each deleted
#: article), by weak references to their drafts: a web process keeps no reading alive for it.
_EVIDENCE: list[tuple[weakref.ref[Draft], weakref.ref[Draft], _Evidence, dict[str, int], dict[str, int]]] = []


def _evidence_of(alignment: Alignment) -> tuple[_Evidence, dict[str, int], dict[str, int]]:
    """The :class:`_Evidence` of ``alignment``'s two drafts, and the place of each article of either."""
    for old, new, ev, old_at, new_at in _EVIDENCE:
        if old() is alignment.old and new() is alignment.new:
            return ev, old_at, new_at
    a, b = _Side.of(alignment.old), _Side.of(alignment.new)
    found = (weakref.ref(alignment.old), weakref.ref(alignment.new), _Evidence(a, b),
             {v.unit.eid: k for k, v in enumerate(a.views)}, {v.unit.eid: k for k, v in enumerate(b.views)})  # fmt: skip
    _EVIDENCE[:] = [found, *_EVIDENCE[:1]]
    return found[2], found[3], found[4]


def moved_into(entry: Entry | None, article: str) -> Entry | None:
    """For old article ``article`` of ``entry``, a merge, when the alignment found it went into one
    款 of the new article (:attr:`Entry.into`): an entry pairing it with that 款, as a moved article
    is paired, always unsure (staff check the place). Carry-forward follows it there, so that a
    comment, a deletion asked and the decision on it go to the 款 the provision became, never to
    the whole merged article (whose other words are another article's), nor to "deleted".
    None when ``article`` is not one."""
    if entry is None:
        return None
    for old, kuan, alike in entry.into:
        if old == article:
            return Entry((article,), (kuan,), VersionChange.MOVED, alike, True, into=((old, kuan, alike),))
    return None


def part_of(entry: Entry, unit: str) -> str | None:
    """The new article of ``entry`` that holds the counterpart of old ``unit`` (a 款, or a unit
    inside one) found when the article was split (:attr:`Entry.pieces`): where the comments on that
    款 go (反洗钱法 2006 第十六条第二款 → 2024 第二十九条第一款第一项, a trial's wording of it carried to
    第二十八条); None when none was found, or the article was not split."""
    there = piece_of(entry, unit)
    return None if there is None else there.split("__", 1)[0]


def part_holding(entry: Entry, unit: str, text: str, new_index: Mapping[str, Unit], sep: str) -> str:
    """Of the new articles ``entry`` split an old article into, the one holding the counterpart of its
    unit ``unit`` (a 款, or a unit in one), whose words are ``text``: the part the split found its 款 in
    (:func:`part_of`), else the one part holding its words, else the part with the 款 or 项 reading most
    like it (unit by unit: a short 款 reads more like a short part than like the long one holding its
    counterpart). Where carry-forward takes the comments on it, and where the adoption report cites them
    (反洗钱法 2006 第十六条: each 款's line cited all four of 2024 第二十八条、第二十九条、第三十一条、第三十八条,
    a review)."""
    found = part_of(entry, unit)
    if found is not None:
        return found
    words = text.rstrip("。；，：")  # (without the mark that ends them: the new version may go on after them)
    holding = [e for e in entry.new if words and words in new_index[e].body(sep)]
    if len(holding) == 1:
        return holding[0]
    best = max(((similarity(text, u.body(sep)), -k, e) for k, e in enumerate(entry.new)
                for u in new_index[e].walk() if u.kind in (Kind.PARAGRAPH, Kind.ITEM)), default=None)  # fmt: skip
    return best[2] if best is not None else entry.new[0]


def piece_of(entry: Entry, unit: str) -> str | None:
    """The 款 or 项 of a part of ``entry``, a split, that reads most like old ``unit``'s 款 (or ``unit``
    itself, a 款), as the split found it (:attr:`Entry.pieces`); None when none was found."""
    if len(entry.new) < 2:
        return None
    for para, there, _ in entry.pieces:
        if unit == para or unit.startswith(para + "__"):
            return there if there.split("__", 1)[0] in entry.new else None
    return None


def with_merges(alignment: Alignment, into: Mapping[str, str]) -> Alignment | None:
    """``alignment`` with each old article it deleted, of ``into`` (old article → a new unit), taken
    as merged into that unit's article: what the adoption report judges a proposal against where
    the alignment's "deleted" would hide that the law enacted it there (矿产资源法 2009 第二十九条,
    a proposal's wording word for word in 2024 第三十九条第一款, which reads like it: 0.53; see
    :func:`closest_unit`). A second reading, for evidence staff check, never the alignment itself;
    None when no article of ``into`` is one the alignment deleted."""
    order = {v.unit.eid: i for i, v in enumerate(alignment.old.articles())}
    deleted = {e.old[0] for e in alignment.entries if e.change is VersionChange.DELETED and e.old}
    merged: dict[str, list[str]] = defaultdict(list)  # new article → old articles merged into it
    for old, unit in into.items():
        if old in deleted:
            merged[unit.split("__", 1)[0]].append(old)
    if not merged:
        return None
    gone = {o for olds in merged.values() for o in olds}
    entries: list[Entry] = []
    for e in alignment.entries:
        if e.change is VersionChange.DELETED and e.old and e.old[0] in gone:
            continue
        extra = [o for n in e.new for o in merged.get(n, ())]
        if extra:
            olds = tuple(sorted((*e.old, *extra), key=lambda o: order.get(o, -1)))
            e = replace(e, old=olds, change=VersionChange.MERGED if e.old else VersionChange.MODIFIED, redline=None)
        entries.append(e)
    return replace(alignment, entries=tuple(entries))


# -- text keys -----------------------------------------------------------------------
_N = f"{NUMERAL_CLASS}+"
CITATION = re.compile(rf"第(?P<zh>{_N})条(?:之(?P<zhi>{_N}))?|\b(?P<word>Articles?|Sections?)\s+(?P<en>\d+[a-z]?)")


def fold(text: str) -> str:
    """Width-folded text without whitespace: what stays equal under formatting changes."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def _num(m: re.Match[str]) -> str | None:
    try:
        if m.group("zh"):
            base = str(cn_to_int(m.group("zh")))
            return f"{base}-{cn_to_int(m.group('zhi'))}" if m.group("zhi") else base
    except ValueError:
        return None
    return m.group("en")


def citations(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Internal article citations in ``text`` with their article numbers (other laws skipped)."""
    last_end, last_external = -1, False
    for m in CITATION.finditer(text):
        num = _num(m)
        if m.group("zh"):
            external = external_law(text[max(0, m.start() - 40):m.start()]) is not None or (
                last_external and is_connector(text[last_end:m.start()]))  # fmt: skip
        else:  # Article 6(1) of Directive 95/46/EC, Articles 12 to 15 of that Directive: past its points and range
            external = _OF_ANOTHER.match(text, m.end(), m.end() + 80) is not None
        last_end, last_external = m.end(), external
        if num is not None and not external:
            yield m, num


#: What follows an English citation of another law's article: its points, a range or list of more, then "of"
#: (never "of this"): Article 6(1) of Directive 95/46/EC; Articles 12 to 15 of that Directive (a trial's GDPR
#: read the Directive's Articles 12 to 15 as its own, renumbered).
_OF_ANOTHER = re.compile(r"(?:\([0-9a-z]+\))*(?:\s*(?:,|and|or|to)\s*(?:Articles?\s+)?\d+[a-z]?(?:\([0-9a-z]+\))*)*"
                         r"\s+of\s+(?!this\b)")


def render_citation(m: re.Match[str], num: str) -> str:
    """The citation ``m`` rewritten to article ``num`` (第十一条, Article 11)."""
    if m.group("zh"):
        base, _, sub = num.partition("-")
        return f"第{int_to_cn(int(base))}条" + (f"之{int_to_cn(int(sub))}" if sub else "")
    return f"{m.group('word')} {num}"


def renumber(text: str, mapping: dict[str, str]) -> str:
    """``text`` with its internal citations moved through ``mapping`` (old num → new num)."""
    out, at = [], 0
    for m, num in citations(text):
        if num in mapping and mapping[num] != num:
            out.append(text[at:m.start()])
            out.append(render_citation(m, mapping[num]))
            at = m.end()
    out.append(text[at:])
    return "".join(out)


def _neutral(text: str) -> str:
    return fold(CITATION.sub("§", text))


def _bigrams(text: str) -> frozenset[str]:
    t = fold(text)
    if len(t) < 2:
        return frozenset({t}) if t else frozenset()
    return frozenset(t[i:i + 2] for i in range(len(t) - 1))


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


#: How much of a new article its neighbour's old article must hold word for word for it to be a
#: piece split off that article rather than the partner of another it only resembles.
SPLIT_PIECE = 0.95
#: How much of a deleted-looking article a new article far from it must hold, beside its own
#: article's words, to be taken as the two merged (a moved article merged into another).
FAR_CONTAINED = 0.85
#: How much of what that new article says beyond its own old article the far one must explain
#: (a third: a merge is often reworded, as 农产品质量安全法 2022 did with its 第二十三条).
FAR_REST = 0.3
#: The one article deleted where the one article was added, between the same two pairs: paired
#: (unsure) from this similarity on, below MIN_MATCH. A rewrite in place keeps about a third of
#: its words (反洗钱法 2006 第十八条 → 2024 第三十三条: 0.33); two unrelated articles of the
#: twelve real version pairs share at most 0.23.
GAP_MATCH = 0.3
#: ... and one of the two holds this much of the other's words.
GAP_HELD = 0.5
#: ... or open with this many characters or more in common that no other article of either
#: version opens with (农产品质量安全法 2018 第十一条 → 2022 第十六条: 国家建立健全农产品质量安全
#: 标准体系, similarity 0.26), whose first GAP_OPENING characters open a few articles at most
#: (违反本法规定，有下列… opens many).
GAP_OPENING = 8
_CLAUSE_END = frozenset("，。；：,.;:")
#: How similar an old article and one 款 of a new article must be for the 款 to be that article,
#: the new one having added 款 around it (矿产资源法 2009 第七条 → 2024 第九条第一款, 0.92, beside
#: three new 款), among articles deleted and added between the same two pairs. (Not beside a
#: pair: a deleted provision and an unrelated new 款 may share 0.71, and a merge is taken as sure.)
KUAN_MATCH = 0.5
#: An article the alignment would delete went into a 款 of another article (reworded, moved, merged
#: there) when that 款 holds this share of its words ...
KUAN_HELD = 0.5
#: ... and a run of this many characters of them that no other article of either version has:
#: 反洗钱法 2006 第三十六条 in 2024 第二条第二款 (适用本法；其他法律另有规定的，适用其规定。, 0.69
#: alike), 2006 第二十二条 in 2024 第二十七条第一款 (开展反洗钱培训和宣传, beside 第十五条's words).
KUAN_RUN = 10
#: How alike a 款 of an old article and a 款 or 项 of an article the new version added must read for that
#: article to be a part of its split (反洗钱法 2006 第十六条第七款 → 2024 第三十八条第一款: 0.46, the
#: counterpart of each other alone, with a run of KUAN_RUN characters or more in common).
SPLIT_KUAN = 0.4


def _contained(part: frozenset[str], whole: frozenset[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


#: A pairing made by likeness (not the same words) must share this much of the words that set
#: articles apart (:class:`_Evidence`): an appropriations bill's sections all end "Provided, That
#: such amount is designated by the Congress as being for an emergency requirement pursuant to
#: section 251(b)(2)(A)(i) …", so H.R. 2157's SEC. 107 (Emergency Conservation Program) read 0.71
#: like the enrolled SEC. 108 (rural population) by letter pairs, 0.023 by this; the lowest pairing
#: of the twelve real Chinese version pairs reads 0.117 (公司法 2018 第一百四十五条 → 2023 第一百六十六条).
MIN_EVIDENCE = 0.08
#: ... and a pairing far from the article's place (another chapter, or out of order) more: H.R. 2157
#: SEC. 501 (FEMA federal share) → SEC. 1207 (flood insurance) 0.026, SEC. 502 → SEC. 1205 0.008, a
#: small bill's like pairs up to 0.098 (tests/test_align.py); the lowest real move of the twelve Chinese
#: pairs 0.144 (农产品质量安全法 2018 第七条 → 2022 第十五条).
MOVED_EVIDENCE = 0.11
#: A part of a split must hold this share of its distinctive words in the old article: H.R. 2157
#: SEC. 504 (rural hospitals) "split" into SEC. 107 (crop insurance, 0.04) and SEC. 301 / SEC. 602
#: ("funds … only for the purposes", 0.007), SEC. 1106 into SEC. 1001 (0.088); the lowest real part 0.147
#: (反洗钱法 2006 第十六条 → 2024 第三十八条, of the four articles of tests/data/aml-split-2006.md; 0.218 in the law).
SPLIT_EVIDENCE = 0.12
_HAN = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
#: a Chinese character, a word of another script, a run of digits, a mark
_TOKEN = re.compile(rf"[{_HAN}]|(?:(?![{_HAN}])[^\W\d_])+|\d+|[^\s\w]|_")


class _Evidence:
    """What two articles share beyond boilerplate: pairs of adjacent tokens (a word of a Latin
    script, a run of digits, a Chinese character, a mark) weighed by how rare they are among the
    articles of both versions (the square of the inverse document frequency: a short bill has few
    articles to tell boilerplate by), so that "of the", "shall", "(a)", "Act of 1985", 的、应当 and
    the clause every section ends with count for next to nothing.
    The character-pair likeness (:func:`_dice`) compares English by letter pairs, which any two
    English provisions share."""

    def __init__(self, a: _Side, b: _Side) -> None:
        self.old = [self._grams(t) for t in a.bodies]
        self.new = [self._grams(t) for t in b.bodies]
        df = Counter(g for s in (*self.old, *self.new) for g in s)
        n = len(self.old) + len(self.new) + 1  # (+1: a word in every article still weighs a little)
        self.weight = {g: math.log(n / c) ** 2 for g, c in df.items()}

    @staticmethod
    def _grams(text: str) -> frozenset[str]:
        words = _TOKEN.findall(unicodedata.normalize("NFKC", CITATION.sub("§", text)).lower())
        return frozenset(f"{x}\x00{y}" for x, y in zip(words, words[1:])) or frozenset(words)

    def _mass(self, grams: frozenset[str]) -> float:
        return sum(self.weight[g] for g in grams)

    def alike(self, i: int, j: int) -> float:
        """How much old article ``i`` and new article ``j`` share of their distinctive words (weighted Dice)."""
        x, y = self.old[i], self.new[j]
        total = self._mass(x) + self._mass(y)
        return 2 * self._mass(x & y) / total if total else 1.0

    def held(self, j: int, i: int) -> float:
        """The share of new article ``j``'s distinctive words that old article ``i`` holds."""
        y = self.new[j]
        total = self._mass(y)
        return self._mass(y & self.old[i]) / total if total else 1.0


# -- the aligner -----------------------------------------------------------------------
@dataclass
class _Side:
    views: list[ArticleView]
    bodies: list[str]
    keys: list[str]
    grams: list[frozenset[str]]
    chapters: list[str]
    _kuan: dict[int, list[frozenset[str]]] = field(default_factory=dict)

    def kuan(self, k: int) -> list[frozenset[str]]:
        """The words of each 款 of article ``k`` (none for an article of one 款), worked out on first use."""
        found = self._kuan.get(k)
        if found is None:
            paras = [c for c in self.views[k].unit.children if c.kind is Kind.PARAGRAPH]
            found = self._kuan[k] = [_bigrams(CITATION.sub("§", c.body(" "))) for c in paras] if len(paras) > 1 else []
        return found

    @classmethod
    def of(cls, draft: Draft) -> _Side:
        sep = body_separator(draft)
        views = draft.articles()
        bodies = [v.unit.body(sep) for v in views]
        chapters = ["/".join(fold(c.heading) or c.eid for c in v.heading_path) for v in views]
        # citations as one sign: a renumbered 第五十五条 is no difference between two versions of an article
        return cls(views, bodies, [_neutral(b) for b in bodies], [_bigrams(CITATION.sub("§", b)) for b in bodies],
                   chapters)  # fmt: skip


def _lis(seq: list[int]) -> set[int]:
    """Positions (in ``seq``) of one longest increasing subsequence."""
    tails: list[int] = []
    tails_at: list[int] = []
    prev = [-1] * len(seq)
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            tails_at.append(i)
        else:
            tails[k] = x
            tails_at[k] = i
        prev[i] = tails_at[k - 1] if k else -1
    out: set[int] = set()
    i = tails_at[-1] if tails_at else -1
    while i >= 0:
        out.add(i)
        i = prev[i]
    return out


def _pairs(a: _Side, b: _Side, runners: dict[int, tuple[str, int, float]] | None = None) -> dict[int, int]:
    """1:1 article pairs: identical texts first, then the most similar, order breaking ties.
    ``runners`` receives, per old article paired, the closest other candidate: ("new", j,
    similarity) or ("old", i, similarity)."""
    runners = runners if runners is not None else {}
    pairs: dict[int, int] = {}
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(a.keys):
        by_key[k].append(i)
    twins: dict[str, list[int]] = defaultdict(list)  # texts more than one article has, on either side
    copies = Counter(b.keys)
    for j, k in enumerate(b.keys):
        found = by_key.get(k)
        if found and len(found) == 1 and copies[k] == 1:
            pairs[found.pop()] = j
        elif found:
            twins[k].append(j)
    n_a, n_b = max(1, len(a.keys)), max(1, len(b.keys))
    for k, news in twins.items():
        # identical texts (本法自…起施行, a boilerplate article twice): each pairs with its own, in the same
        # chapter and nearest in place, never a twin far away
        olds = [i for i in by_key[k] if i not in pairs]
        # the same words first (twins may differ in the article they cite), then the same chapter, then place
        same = {(i, j): fold(a.bodies[i]) == fold(b.bodies[j]) for i in olds for j in news}
        ranked = sorted((not same[i, j], a.chapters[i] != b.chapters[j], abs(i / n_a - j / n_b), i, j)
                        for i in olds for j in news)  # fmt: skip
        used: set[int] = set()
        for _, _, _, i, j in ranked:
            if i not in pairs and j not in used:
                pairs[i] = j
                used.add(j)
        if len(olds) == len(news):
            continue  # every copy kept, in order: each is its own
        for i in olds:  # a copy was deleted or added: staff check which one
            if i in pairs:
                j = pairs[i]
                rivals = [("new", x, b.chapters[x]) for x in news if x != j and same[i, x] == same[i, j]]
                rivals += [("old", x, a.chapters[x]) for x in olds if x != i and same[x, j] == same[i, j]]
                # a copy in another chapter, where this one stayed in its own, is no real doubt
                close = [(side, x) for side, x, chapter in rivals
                         if chapter == b.chapters[j] or a.chapters[i] != b.chapters[j]]  # fmt: skip
                if close:
                    runners[i] = (close[0][0], close[0][1], 1.0)
    taken = set(pairs.values())
    left = [i for i in range(len(a.keys)) if i not in pairs]
    right = [j for j in range(len(b.keys)) if j not in taken]
    # candidate pairs share rare bigrams: an inverted index avoids comparing everything
    postings: dict[str, list[int]] = defaultdict(list)
    for j in right:
        for g in b.grams[j]:
            postings[g].append(j)
    limit = max(8, len(right) // 4)
    scored: list[tuple[float, float, int, int]] = []
    for i in left:
        shared: Counter[int] = Counter()
        for g in a.grams[i]:
            js = postings.get(g)
            if js and len(js) <= limit:
                shared.update(js)
        # the 12 most shared, ties by place: the same pairs whatever order the sets of bigrams iterate in
        for j, _ in heapq.nsmallest(12, shared.items(), key=lambda x: (-x[1], x[0])):
            sim = _dice(a.grams[i], b.grams[j])
            if sim >= MIN_MATCH:
                closeness = 1 - abs(i / n_a - j / n_b)
                # one opening with the other word for word: a merge keeps the first article, a split its first 款
                opens = 0.2 if min(len(a.keys[i]), len(b.keys[j])) >= 8 and (
                    b.keys[j].startswith(a.keys[i]) or a.keys[i].startswith(b.keys[j])) else 0.0  # fmt: skip
                scored.append((sim + 0.1 * closeness + opens, sim, i, j))
    scored.sort(key=lambda s: (-s[0], s[2], s[3]))
    similar = set(left)
    for _, _, i, j in scored:
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    best: dict[tuple[str, int], list[tuple[float, int]]] = defaultdict(list)
    for _, sim, i, j in scored:
        best[("old", i)].append((sim, j))
        best[("new", j)].append((sim, i))
    for i in similar & set(pairs):  # the closest other candidate of a pairing made by similarity
        j = pairs[i]
        alt = [(sim, "new", x) for sim, x in best[("old", i)] if x != j]
        alt += [(sim, "old", x) for sim, x in best[("new", j)] if x != i]
        if alt:
            sim, side, x = max(alt)
            runners[i] = (side, x, sim)
    return pairs


def _part_of_split(a: _Side, b: _Side, pairs: dict[int, int]) -> None:
    """Undo a pairing of a new article that is a piece of a nearby old article: a short first 款
    split off (自然人的个人信息受法律保护。) may look like another short article, but the old
    article paired near it (past other pieces, or articles inserted, unpaired so far) holds it
    word for word.
    The piece then joins that split, and the other article is free to be found merged or deleted."""
    rev = {j: i for i, j in pairs.items()}
    for i, j in list(pairs.items()):
        if a.keys[i] == b.keys[j]:
            continue  # identical: no doubt
        for step in (1, -1):
            nb = j + step
            while 0 <= nb < len(b.keys) and nb not in rev and abs(nb - j) < 4:
                nb += step  # another piece, or a new article, unpaired so far: the split's partner is further on
            k = rev.get(nb)
            if k is None or k == i or a.keys[k] == b.keys[nb]:
                continue
            inside = _contained(b.grams[j], a.grams[k])
            similar = _dice(a.grams[i], b.grams[j])
            # word for word inside it: only a near copy elsewhere keeps the pairing
            verbatim = len(b.keys[j]) >= 4 and b.keys[j] in a.keys[k] and similar < 0.95
            # or a weak pairing (under UNSURE_SIMILARITY) with a piece it holds far better, edited as it may be
            weak = similar < UNSURE_SIMILARITY and inside >= MIN_CONTAINED and inside >= similar + 0.3
            if (weak or inside >= SPLIT_PIECE and (inside > similar + 0.1 or verbatim)) and \
                    _contained(b.grams[nb], a.grams[k]) >= MIN_CONTAINED:  # fmt: skip
                del pairs[i]
                del rev[j]
                break


def _groups(a: _Side, b: _Side, pairs: dict[int, int]) -> list[tuple[list[int], list[int]]]:
    """Add splits and merges: unpaired articles contained in a paired neighbour's partner."""
    _part_of_split(a, b, pairs)
    rev = {j: i for i, j in pairs.items()}
    extra_new: dict[int, list[int]] = defaultdict(list)  # old i → further new parts
    extra_old: dict[int, list[int]] = defaultdict(list)  # new j → further old parts
    exact = {i for i, j in pairs.items() if a.keys[i] == b.keys[j]}  # an identical pair is neither split nor merged

    def far_merge(i: int) -> tuple[float, int] | None:
        """A new article far away that holds old article ``i`` beside its own (moved, then merged):
        how much of ``i`` it holds, and which; None when none does."""
        far = []
        for old_i, j in pairs.items():
            if old_i in exact or extra_new.get(old_i) or _contained(a.grams[i], b.grams[j]) < FAR_CONTAINED:
                continue
            # what the new article says beyond its own old article (and those merged into it) must be this one's
            rest = b.grams[j] - a.grams[old_i].union(*(a.grams[x] for x in extra_old.get(j, ())))
            if len(rest) >= 4 and _contained(rest, a.grams[i]) >= FAR_REST:
                far.append((_contained(rest, a.grams[i]), _contained(a.grams[i], b.grams[j]), j))
        if not far:
            return None
        _, inside, j = max(far)
        return inside, j

    # a weak pairing gives way to a merge: an old article paired with a new one it only resembles (违反本法规定，…
    # 依法追究刑事责任。 beside an inserted article in the same words) while another new article holds it
    # word for word beside its own old article
    for i, j in list(pairs.items()):
        if i not in exact and _dice(a.grams[i], b.grams[j]) < UNSURE_SIMILARITY:
            found = far_merge(i)
            if found is not None and found[0] >= SPLIT_PIECE and found[1] != j:
                del pairs[i]
                del rev[j]
    grown = True
    while grown:  # again until nothing joins: a part found lets the next one, before or after it, join too
        grown = False
        for j in range(len(b.keys)):
            if j in rev:
                continue
            # of the old articles beside it, the one that holds it best (word for word first), nearest first
            best: tuple[bool, float, int, int] | None = None
            for rank, nb in enumerate((j - 1, j + 1, j - 2, j + 2, j - 3, j + 3)):
                owner = rev.get(nb)
                if owner is None or owner in exact:
                    continue
                inside = _contained(b.grams[j], a.grams[owner])
                if inside >= MIN_CONTAINED and _dice(b.grams[j], a.grams[owner]) >= 0.1:
                    key = (len(b.keys[j]) >= 4 and b.keys[j] in a.keys[owner], inside, -rank, owner)
                    best = key if best is None or key > best else best
            if best is not None:
                extra_new[best[3]].append(j)
                rev[j] = best[3]
                grown = True
    left_over: list[int] = []

    for i in range(len(a.keys)):
        if i in pairs or any(i in v for v in extra_old.values()):
            continue
        for nb in (i - 1, i + 1, i - 2, i + 2):
            near = pairs.get(nb)
            if near is None or nb in exact or extra_new.get(nb):
                continue
            inside = _contained(a.grams[i], b.grams[near])
            # or rewritten with it: the new article reads as much like this one as like its own
            # (会计法 2017 第四十三条 and 第四十四条, each a fine for its own wrong, one 第四十一条 in 2024)
            alike = _dice(a.grams[i], b.grams[near])
            # (and holds what this one says beyond its neighbour: two penalty articles sharing their
            # boilerplate, one deleted and the other rewritten, are not merged)
            own = a.grams[i] - a.grams[nb]
            if inside >= MIN_CONTAINED or (inside >= MERGED_INSIDE and alike >= MERGED_ALIKE
                                           and alike >= _dice(a.grams[nb], b.grams[near]) - MERGED_GAP
                                           and len(own) >= 4 and _contained(own, b.grams[near]) >= MERGED_OWN):  # fmt: skip
                # a look-alike neighbour (无民事行为能力人… beside 限制民事行为能力人…) gives way to the
                # article that holds this one nearly word for word, wherever it went
                far = far_merge(i)
                extra_old[far[1] if far is not None and far[0] >= inside + 0.1 else near].append(i)
                break
        else:
            left_over.append(i)
    for i in left_over:  # moved, then merged into an article far away: a new article holding it beside its own
        found = far_merge(i)
        if found is not None:
            extra_old[found[1]].append(i)
    merged_old = {i for v in extra_old.values() for i in v}
    split_new = {j for v in extra_new.values() for j in v}
    out: list[tuple[list[int], list[int]]] = []
    for i, j in pairs.items():
        olds = sorted([i, *extra_old.get(j, [])])
        news = sorted([j, *extra_new.get(i, [])])
        out.append((olds, news))
    for i in range(len(a.keys)):
        if i not in pairs and i not in merged_old:
            out.append(([i], []))
    for j in range(len(b.keys)):
        if j not in rev and j not in split_new:
            out.append(([], [j]))
    return out


def align_articles(old: Draft, new: Draft) -> Alignment:
    """The built-in aligner: text similarity, order and numbers (see the module docstring)."""
    a, b = _Side.of(old), _Side.of(new)
    runners: dict[int, tuple[str, int, float]] = {}
    pairs = _pairs(a, b, runners)
    kuan_of: dict[int, int] = {}
    groups = _into_kuan(a, b, _gap_pairs(a, b, _groups(a, b, pairs), pairs), kuan_of)
    pieces: dict[int, list[tuple[str, str, float]]] = {}
    groups = _split_by_kuan(a, b, groups, pieces)
    groups = _justified(a, b, groups, pairs)
    # old article number → new article number, for consequential cross-references
    mapping: dict[str, str] = {}
    for olds, news in groups:
        if news:
            for i in olds:
                if a.views[i].unit.num and b.views[news[0]].unit.num:
                    mapping[a.views[i].unit.num or ""] = b.views[news[0]].unit.num or ""
    chapter_map, in_order = _places(a, b, pairs)
    has_chapters = any(a.chapters) or any(b.chapters)
    entries: list[Entry] = []
    for olds, news in groups:
        entry = _entry(a, b, olds, news, mapping, chapter_map, in_order, has_chapters)
        if len(olds) == 1 and olds[0] in pieces:
            entry = replace(entry, pieces=tuple(pieces[olds[0]]))
        into = [(i, found) for i in olds if kuan_of.get(i) in news and (found := _moved_into_kuan(a, b, i, kuan_of[i]))]
        if into:  # which 款 each went into, and how alike (carry-forward follows it there)
            entry = replace(entry, into=tuple((a.views[i].unit.eid, _paragraphs(b, kuan_of[i])[k].eid,
                                               round(_dice(a.grams[i], b.kuan(kuan_of[i])[k]), 3))
                                              for i, (k, _) in into))  # fmt: skip
        runner = runners.get(olds[0]) if len(olds) == 1 and len(news) == 1 else None
        if runner is None and len(olds) == 1 and news:
            runner = _missing_part(a, b, olds[0], news, groups)
        if runner is not None:
            side, x, sim = runner
            eid = (a if side == "old" else b).views[x].unit.eid
            entry = replace(entry, runner_up=(eid,), runner_up_similarity=round(sim, 3), runner_up_side=side)
        entries.append(entry)
    return Alignment(old, new, tuple(_ordered(entries, a, b)))


def _places(a: _Side, b: _Side, pairs: dict[int, int]) -> tuple[dict[str, str], set[int]]:
    """Each old chapter's new chapter (the one that received most of its articles, or its own
    name kept) and the old articles of ``pairs`` that keep their order (the longest such run)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for i, j in pairs.items():
        votes[a.chapters[i]][b.chapters[j]] += 1
    new_chapters = set(b.chapters)
    chapter_map = {c: c if c in new_chapters else v.most_common(1)[0][0] for c, v in votes.items()}
    ordered = sorted(pairs.items())
    return chapter_map, {ordered[k][0] for k in _lis([j for _, j in ordered])}


def _justified(a: _Side, b: _Side, groups: list[tuple[list[int], list[int]]],
               pairs: dict[int, int]) -> list[tuple[list[int], list[int]]]:  # fmt: skip
    """``groups`` without the pairings that only boilerplate justifies (:class:`_Evidence`): an
    article paired with another it shares less than MIN_EVIDENCE of its distinctive words with
    (MOVED_EVIDENCE when the pairing is far from its place), and a part of a split holding less than
    SPLIT_EVIDENCE of them, are deleted and added instead; ``pairs`` loses them too. (Staff see a
    deleted article and a new one, and :func:`closest_unit` names a likely place; a comment or a
    decision is never carried onto an unrelated article.)"""
    ev: _Evidence | None = None
    chapter_map, in_order = _places(a, b, pairs)
    has_chapters = any(a.chapters) or any(b.chapters)
    out: list[tuple[list[int], list[int]]] = []
    for olds, news in groups:
        if len(olds) != 1 or not news or (len(news) == 1 and a.keys[olds[0]] == b.keys[news[0]]):
            out.append((olds, news))  # (a merge, a deletion, an addition, the same words)
            continue
        ev = ev or _Evidence(a, b)
        i = olds[0]
        kept = [j for j in news if ev.held(j, i) >= SPLIT_EVIDENCE] if len(news) > 1 else news
        if len(kept) == 1:
            j = kept[0]
            # (out of order too: a chapter whose one pairing is this one maps to the chapter it went to)
            far = i not in in_order or (has_chapters and chapter_map.get(a.chapters[i]) != b.chapters[j])
            if a.keys[i] != b.keys[j] and ev.alike(i, j) < (MOVED_EVIDENCE if far else MIN_EVIDENCE):
                kept = []
        out.append((olds, kept))
        out.extend(([], [j]) for j in news if j not in kept)
        if not kept or pairs.get(i) not in kept:
            if kept:
                pairs[i] = kept[0]
            else:
                pairs.pop(i, None)
    return out


def _gap_pairs(a: _Side, b: _Side, groups: list[tuple[list[int], list[int]]],
               pairs: dict[int, int]) -> list[tuple[list[int], list[int]]]:  # fmt: skip
    """Pair the one old article left unpaired between two neighbouring pairs with the one new
    article left unpaired between their partners, when they share GAP_MATCH of their words:
    an article rewritten in place, not one deleted and another added (added to ``pairs`` too)."""
    anchors = sorted(((min(news), max(news), min(olds), max(olds)) for olds, news in groups if olds and news))
    lone_old = {olds[0] for olds, news in groups if not news and len(olds) == 1}
    lone_new = {news[0] for olds, news in groups if not olds and len(news) == 1}
    if not lone_old or not lone_new:
        return groups
    bounds = [(-1, -1, -1, -1), *anchors, (len(b.keys), len(b.keys), len(a.keys), len(a.keys))]
    found: dict[int, int] = {}
    for before, after in zip(bounds, bounds[1:]):
        if before[3] >= after[2]:  # the neighbours cross (an article moved): no gap between them
            continue
        olds = [i for i in lone_old if before[3] < i < after[2]]
        news = [j for j in lone_new if before[1] < j < after[0]]
        if len(olds) == 1 and len(news) == 1 and (_rewritten(a.grams[olds[0]], b.grams[news[0]])
                                                  or _same_opening(a, b, olds[0], news[0])):  # fmt: skip
            found[olds[0]] = news[0]
            continue
        # several: an old article that is one 款 of one new article there (the new version added 款
        # around it), and of no other, nor that 款 any other old article's; in order
        held = {i: [j for j in news if _kuan_of(a, b, i, j)] for i in olds}
        last = -1
        for i in sorted(olds):
            if len(held[i]) == 1 and sum(held[i][0] in js for js in held.values()) == 1 and held[i][0] > last:
                found[i] = last = held[i][0]
    if not found:
        return groups
    pairs.update(found)
    taken = set(found.values())
    kept = [g for g in groups if not (g[0] and not g[1] and g[0][0] in found) and not (g[1] and not g[0] and g[1][0] in taken)]
    return kept + [([i], [j]) for i, j in sorted(found.items())]


def _paragraphs(side: _Side, j: int) -> list[Unit]:
    """The 款 of article ``j`` of ``side``."""
    return [c for c in side.views[j].unit.children if c.kind is Kind.PARAGRAPH]


def _common_run(x: str, y: str) -> str:
    """The longest run of characters ``x`` and ``y`` share (the earlier in ``x`` of equals)."""
    m = SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y))
    return x[m.a:m.a + m.size]


def _moved_into_kuan(a: _Side, b: _Side, i: int, j: int) -> tuple[int, float] | None:
    """Whether old article ``i`` (of one 款) went into a 款 of new article ``j`` (of several): the
    款 holds KUAN_HELD of its words, and a run of KUAN_RUN characters or more of them that no other
    article of the old version and no other of the new one has (words that moved, not boilerplate a
    stranger's unrelated 款 can share at 0.71). The 款 (its index among ``j``'s 款) and how much of
    ``i`` it holds; None when no 款 does."""
    if a.kuan(i):
        return None
    paras = _paragraphs(b, j)
    best: tuple[float, int] | None = None
    for k, grams in enumerate(b.kuan(j)):
        held = _contained(a.grams[i], grams)
        if held < KUAN_HELD:
            continue
        run = _common_run(a.keys[i], _neutral(paras[k].body(" ")))
        if len(run) < KUAN_RUN or sum(run in key for key in a.keys) > 1 or sum(run in key for key in b.keys) > 1:
            continue
        best = (held, k) if best is None or held > best[0] else best
    return None if best is None else (best[1], best[0])


def _units(side: _Side, j: int) -> list[tuple[Unit, frozenset[str]]]:
    """The 款 and 项 of article ``j`` of ``side``, each with its words (citations as one sign)."""
    return [(u, _bigrams(CITATION.sub("§", u.body(" ")))) for u in side.views[j].unit.walk()
            if u.kind in (Kind.PARAGRAPH, Kind.ITEM)]  # fmt: skip


def _split_by_kuan(a: _Side, b: _Side, groups: list[tuple[list[int], list[int]]],
                   pieces: dict[int, list[tuple[str, str, float]]]) -> list[tuple[list[int], list[int]]]:  # fmt: skip
    """Each article the new version added that holds, as a 款 or 项, the counterpart of a 款 of an old
    article of several 款 paired (or split) already, joins that article's split, when two 款 of it or
    more went into articles added (the article broken up, not one 款 moved away): the 款 and that unit
    read SPLIT_KUAN alike or more, share a run of KUAN_RUN characters that no other article of either
    version has, and each reads more like the other than like any other 款 or 项 of either version
    (反洗钱法 2006 第十六条's seven 款 went to 2024 第二十八条, 第二十九条, 第三十一条 and 第三十八条; the
    split found two, a trial: 第十六条第二款's wording landed on 第二十八条). ``pieces`` receives, per old
    article so split, each of its 款 with a counterpart in one of its parts: (the 款, that unit, how
    alike), what carry-forward follows a 款's comments by."""
    added = {news[0] for olds, news in groups if not olds and len(news) == 1}
    whole = [(olds[0], news) for olds, news in groups if len(olds) == 1 and news and len(a.kuan(olds[0])) > 1]
    if not added or not whole:
        return groups
    new_units = [(j, u, g) for j in range(len(b.views)) for u, g in _units(b, j)]
    old_units: list[tuple[int, Unit, frozenset[str]]] = []
    postings: dict[str, set[int]] = defaultdict(set)  # (the old units sharing a pair of characters with a unit)

    def counterparts(i: int, news: list[int], para: Unit, sim: float, j: int, unit: Unit) -> bool:
        """Whether 款 ``para`` of old article ``i`` and ``unit`` of new article ``j`` are each other's
        counterpart, ``sim`` alike (``news``: the new articles ``i`` is paired with already)."""
        if not old_units:  # (worked out once, when a split may grow)
            old_units.extend((x, u, g) for x in range(len(a.views)) for u, g in _units(a, x))
            for n, (_, _, g) in enumerate(old_units):
                for gram in g:
                    postings[gram].add(n)
        k, grams = next((n, g) for n, (_, u, g) in enumerate(old_units) if u is para)
        if any(_dice(grams, g) >= sim for j2, _, g in new_units if j2 not in added and j2 not in news):
            return False  # another article, paired with another, reads as much like it
        theirs = next(g for _, u, g in new_units if u is unit)
        near = set().union(*(postings.get(x, set()) for x in theirs))
        if max(((_dice(theirs, old_units[n][2]), n) for n in near), default=(0.0, -1))[1] != k:
            return False  # the unit reads more like another 款
        run = _common_run(_neutral(para.body(" ")), _neutral(unit.body(" ")))
        # words of its own, not a template other provisions share (处五十万元以上五百万元以下罚款: 2006
        # 第三十二条第二款 and a new offence's fine in 2024 第五十七条 read 0.42 alike)
        return len(run) >= KUAN_RUN and not any(run in key for x, key in enumerate(a.keys) if x != i) and \
            not any(run in key for y, key in enumerate(b.keys) if y != j)  # fmt: skip

    grow: dict[int, list[int]] = {}
    for i, news in whole:
        units = [(j, u, g) for j, u, g in new_units if j in added or j in news]
        found: list[tuple[Unit, float, int, Unit]] = []
        for para, grams in _units(a, i):
            if para.kind is not Kind.PARAGRAPH or len(grams) < 8:
                continue
            best = max(((_dice(grams, g), j, u) for j, u, g in units), key=lambda t: (t[0], -t[1]), default=None)
            if best is not None and best[0] >= SPLIT_KUAN:
                found.append((para, *best))
        if sum(j in added for _, _, j, _ in found) < 2:
            continue  # (no split to grow: nothing more worked out)
        kept = [(para, sim, j, unit) for para, sim, j, unit in found if counterparts(i, news, para, sim, j, unit)]
        if sum(j in added for _, _, j, _ in kept) >= 2:
            grow[i] = list(dict.fromkeys(j for _, _, j, _ in kept if j in added))
            pieces[i] = [(para.eid, unit.eid, round(sim, 3)) for para, sim, _, unit in kept]
    taken = {j: i for i, js in grow.items() for j in js if sum(j in v for v in grow.values()) == 1}
    if not taken:
        return groups
    out: list[tuple[list[int], list[int]]] = []
    for olds, news in groups:
        if not olds and len(news) == 1 and news[0] in taken:
            continue
        extra = [j for j, i in taken.items() if olds == [i]]
        out.append((olds, sorted([*news, *extra])) if extra else (olds, news))
    return out


def _into_kuan(a: _Side, b: _Side, groups: list[tuple[list[int], list[int]]],
               kuan_of: dict[int, int]) -> list[tuple[list[int], list[int]]]:  # fmt: skip
    """Each old article still deleted (no pair, no merge, no rewrite in place) that went into one 款 of
    a new article paired with an old one (:func:`moved_into_kuan`; of one such article only) merged into
    it: moved and reworded as that 款 (反洗钱法 2006 第三十六条 → 2024 第二条第二款, a trial's "deleted",
    whose member's deletion was reported adopted though the law kept the provision). ``kuan_of``
    receives each: old article → that new article."""
    lone = [olds[0] for olds, news in groups if not news and len(olds) == 1]
    into: dict[int, int] = {}
    for i in lone:
        found = [j for olds, news in groups if olds and len(news) == 1 for j in news
                 if _moved_into_kuan(a, b, i, j) is not None]  # fmt: skip
        if len(found) == 1:
            into[i] = found[0]
    if not into:
        return groups
    kuan_of.update(into)
    out: list[tuple[list[int], list[int]]] = []
    for olds, news in groups:
        if not news and len(olds) == 1 and olds[0] in into:
            continue
        extra = [i for i, j in into.items() if olds and news == [j]]
        out.append((sorted([*olds, *extra]), news) if extra else (olds, news))
    return out


def _kuan_of(a: _Side, b: _Side, i: int, j: int) -> bool:
    """Whether old article ``i``, of one 款, is one 款 of new article ``j`` (of several),
    reworded no more than KUAN_MATCH allows. (An old article of several 款 that shares one with
    ``j`` was split, or gave it one 款: not this.)"""
    return not a.kuan(i) and any(_dice(a.grams[i], g) >= KUAN_MATCH for g in b.kuan(j))


def _rewritten(old: frozenset[str], new: frozenset[str]) -> bool:
    """Whether two articles share GAP_MATCH of their words, and one of them holds half of the
    other's: not two provisions that share only the boilerplate of an opening (县级以上地方人民
    政府…应当加强…, a stranger's review)."""
    return _dice(old, new) >= GAP_MATCH and max(_contained(old, new), _contained(new, old)) >= GAP_HELD


def _same_opening(a: _Side, b: _Side, i: int, j: int) -> bool:
    """Whether old article ``i`` and new article ``j`` open with GAP_OPENING characters or more
    in common that no other article of either version opens with, and no more than three
    articles of the two open with the first GAP_OPENING of them (boilerplate openings)."""
    n = 0
    x, y = a.keys[i], b.keys[j]
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    # a whole first clause of one of them (国家建立健全农产品质量安全标准体系。), not words that
    # open many a provision and go on otherwise (县级以上地方人民政府 | 农业农村主管部门…)
    if n < GAP_OPENING or not (n == len(x) or n == len(y) or x[n] in _CLAUSE_END or y[n] in _CLAUSE_END):
        return False
    shared, start = x[:n], x[:GAP_OPENING]
    if sum(k.startswith(shared) for k in a.keys) > 1 or sum(k.startswith(shared) for k in b.keys) > 1:
        return False
    return sum(k.startswith(start) for k in (*a.keys, *b.keys)) <= 3


def _missing_part(a: _Side, b: _Side, i: int, news: list[int],
                  groups: list[tuple[list[int], list[int]]]) -> tuple[str, int, float] | None:  # fmt: skip
    """A new article beside those of old article ``i`` that another entry took, though ``i``
    holds it word for word: perhaps a part of ``i`` (split) the aligner gave away. The runner-up
    that makes the entry unsure."""
    if len(news) == 1 and a.keys[i] == b.keys[news[0]]:
        return None  # the same words: nothing of it went elsewhere
    owner = {j: olds for olds, js in groups for j in js}
    for j in (min(news) - 1, max(news) + 1):
        if 0 <= j < len(b.keys) and owner.get(j) != [i] and a.keys[i] != b.keys[j]:
            inside = _contained(b.grams[j], a.grams[i])
            if inside >= SPLIT_PIECE and len(b.grams[j]) >= 4:
                return ("new", j, inside)
    return None


def _ordered(entries: list[Entry], a: _Side, b: _Side) -> list[Entry]:
    """Entries in new-draft order; a deleted article follows the entry of its old predecessor."""
    pos_a = {v.unit.eid: k for k, v in enumerate(a.views)}
    pos_b = {v.unit.eid: k for k, v in enumerate(b.views)}
    slot: dict[int, float] = {}  # old position → sort position of its entry
    for e in entries:
        if e.new:
            for o in e.old:
                slot[pos_a[o]] = pos_b[e.new[0]]

    def key(e: Entry) -> tuple[float, int, int]:
        if e.new:
            return (pos_b[e.new[0]], 0, 0)
        i = pos_a[e.old[0]]
        before = max((k for k in slot if k < i), default=None)
        return (slot[before] if before is not None else -1.0, 1, i)

    return sorted(entries, key=key)


def _entry(a: _Side, b: _Side, olds: list[int], news: list[int], mapping: dict[str, str],
           chapter_map: dict[str, str], in_order: set[int], has_chapters: bool) -> Entry:  # fmt: skip
    old_eids = tuple(a.views[i].unit.eid for i in olds)
    new_eids = tuple(b.views[j].unit.eid for j in news)
    if not news:
        return Entry(old_eids, (), VersionChange.DELETED, 0.0, True, diff("\n".join(a.bodies[i] for i in olds), ""))
    if not olds:
        return Entry((), new_eids, VersionChange.ADDED, 0.0, True, diff("", "\n".join(b.bodies[j] for j in news)))
    old_text = "\n".join(a.bodies[i] for i in olds)
    new_text = "\n".join(b.bodies[j] for j in news)
    moved_text = renumber(old_text, mapping)
    refs = _ref_changes(old_text, new_text, mapping)
    # a split or merge changes the structure even when every word stays; so do 款 joined or split (商标法
    # 第七条's two 款 made one, a trial's: "formatting only", and the citations of its 第二款 went nowhere)
    substantive = _lines(moved_text) != _lines(new_text) or len(olds) > 1 or len(news) > 1
    sim = _dice(_bigrams(old_text), _bigrams(new_text))
    red = diff(old_text, new_text)
    if len(news) > 1:
        change = VersionChange.SPLIT
    elif len(olds) > 1:
        change = VersionChange.MERGED
    else:
        i, j = olds[0], news[0]
        moved = (chapter_map.get(a.chapters[i]) != b.chapters[j]) if has_chapters else (i not in in_order)
        if moved:
            change = VersionChange.MOVED
        elif substantive:
            change = VersionChange.MODIFIED
        elif a.views[i].unit.num != b.views[j].unit.num:
            change = VersionChange.RENUMBERED
        else:
            change = VersionChange.UNCHANGED
    return Entry(old_eids, new_eids, change, round(sim, 3), substantive, red, refs)


def _lines(text: str) -> tuple[str, ...]:
    """The :func:`fold` of each line of a body (its 款 and 项) that has any text."""
    return tuple(f for f in map(fold, text.split("\n")) if f)


def _ref_changes(old_text: str, new_text: str, mapping: dict[str, str]) -> tuple[RefChange, ...]:
    olds = [(m.group(0), num) for m, num in citations(old_text)]
    news = [m.group(0) for m, _ in citations(new_text)]
    out: list[RefChange] = []
    for (text, num), now in zip(olds, news, strict=False):
        if text == now:
            if (moved := mapping.get(num)) is not None and moved != num:  # kept, though its article moved
                out.append(RefChange(text, now, False, render_citation(next(m for m, _ in citations(text)), moved)))
            continue
        expected = mapping.get(num)
        consequential = expected is not None and expected != num and now == render_citation(
            next(m for m, _ in citations(text)), expected)  # fmt: skip
        out.append(RefChange(text, now, consequential))
    return tuple(out)
