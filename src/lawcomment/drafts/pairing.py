"""Pairing a draft's units with its translation's (a Chinese draft and its English working text):
by number first, then by order and by what survives translation (numbers, dates, amounts,
percentages, citations of articles). Every unit that does not pair is reported, never dropped;
a translation of another text is refused, naming the first places that disagree."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import TranslationError
from ..model import Draft, Kind, Unit
from .numerals import CN_NUMERAL_CHARS, cn_to_int

#: Article pairs whose numbers agree this little (shared cues over the smaller set) disagree.
AGREE = 0.5
#: A translation whose article pairs disagree this often is of another text.
MISMATCH = 0.5
#: Article lengths of a text and its translation go together (correlation of their logarithms
#: 0.97 and more on real pairs; 0.3 and less between two laws): below this, another text.
LENGTHS = 0.7
_MIN_EVIDENCE = 5  # article pairs with cues on both sides before the check may refuse
#: Where a translation leaves out (or adds) an article and renumbers the rest, a place for the
#: gap that fits the articles around it within this much of the best is as likely: the pairs
#: around it are left out (:meth:`_Pairer.doubtful_gaps`) rather than risk printing an article's
#: neighbour as its translation. Measured on five real pairs, each article left out in turn: 0.3
#: is the least at which none was set beside a neighbour's English (tests/test_pairing.py).
DOUBT = 0.35
_DOUBT_REACH = 4  # how far from the best place a gap is looked for

_CN_RUN = f"[{CN_NUMERAL_CHARS}]+"
_ZH_CITE = re.compile(rf"第({_CN_RUN}|\d+)条(?:之({_CN_RUN}|\d+))?")
_EN_CITE = re.compile(r"\bArticles?\s+(\d+)(?:-(\d+))?", re.IGNORECASE)
_ZH_PERCENT = re.compile(rf"百分之({_CN_RUN}|\d+(?:\.\d+)?)")
_EN_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
#: An amount in digits with its scale in words (3 million, 1.5 billion, 5万, 2亿): the scale is part of the
#: number (三百万元 is 3 million yuan; a trial's English 5 million yuan beside 三百万元 went unsaid, the two
#: sides' cues never agreeing to begin with).
_SCALES = {"thousand": 1000, "million": 10**6, "billion": 10**9, "万": 10**4, "亿": 10**8}
_EN_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# (a number word only on its own, never the end of one: three hundred thousand, twenty-five million give no cue
# rather than a wrong one)
_SCALED = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?|(?<!hundred )(?<!thousand )(?<!and )(?<![-\w])(?:" + "|".join(_EN_NUMBER)
                     + r"))\s*(thousand|million|billion|万|亿)", re.IGNORECASE)  # fmt: skip
# a Chinese numeral counts only before a measure word (三十日, 五十万元, 二年): bare 一 and 二
# are everywhere in ordinary words (统一, 第二款 is a citation, handled above)
_ZH_MEASURE = re.compile(rf"({_CN_RUN})(?=个?(?:日|天|年|月|周|小时|元|倍|人|次|周岁|岁|公里|米|吨|项|名|家|份))")
_EN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90}  # fmt: skip
_EN_WORD = re.compile(rf"\b({'|'.join(_EN_WORDS)})\b(?=\s+(?:working\s+)?(?:days?|years?|months?|hours?|times?))",
                      re.IGNORECASE)  # fmt: skip


def _cn(text: str) -> int | None:
    try:
        return cn_to_int(text)
    except ValueError:
        return None


def _figure(value: float) -> str:
    """A number as a cue: a whole one in its digits (3000000, never 3e+06, which no one reads), else as
    %g writes it (2.5)."""
    return str(int(value)) if value == int(value) else f"{value:g}"


def cues(text: str) -> Counter[str]:
    """What of ``text`` survives translation: cited articles (``art:12``, ``art:12-1``),
    percentages (``10%``) and numbers (``30``, ``500000``, ``2021``), Chinese or English."""
    out: Counter[str] = Counter()
    rest = text
    for m in _ZH_CITE.finditer(text):
        n, sub = _cn(m[1]), _cn(m[2]) if m[2] else None
        if n is not None:
            out[f"art:{n}" + (f"-{sub}" if sub else "")] += 1
    for m in _EN_CITE.finditer(text):
        out[f"art:{int(m[1])}" + (f"-{int(m[2])}" if m[2] else "")] += 1
    rest = _EN_CITE.sub(" ", _ZH_CITE.sub(" ", rest))
    for pattern in (_ZH_PERCENT, _EN_PERCENT):
        for m in pattern.finditer(rest):
            value = _cn(m[1]) if not m[1][0].isdigit() else float(m[1])
            if value is not None:
                out[f"{value:g}%"] += 1
        rest = pattern.sub(" ", rest)
    for m in _SCALED.finditer(rest):
        word = m[1].lower()
        # (in decimal: 4.1 million is 4100000, never 4099999.999…)
        amount = Decimal(_EN_NUMBER[word]) if word in _EN_NUMBER else Decimal(m[1].replace(",", ""))
        out[_figure(float(amount * _SCALES[m[2].lower()]))] += 1
    rest = _SCALED.sub(" ", rest)
    for m in _DIGITS.finditer(rest):
        out[_figure(float(m[0].replace(",", "")))] += 1
    for m in _ZH_MEASURE.finditer(rest):
        value = _cn(m[1])
        if value is not None:
            out[_figure(value)] += 1
    for m in _EN_WORD.finditer(rest):
        out[_figure(_EN_WORDS[m[1].lower()])] += 1
    for m in _EN_MONTH.finditer(rest):  # 1 March 2027: the 3 of 2027年3月1日 (a review's commencement date, "apart")
        out[_figure(float(_MONTHS.index(m[1] or m[2]) + 1))] += 1
    return out


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
#: A month named beside a day or a year (1 March 2027, March 1, 2027): never May the verb.
_EN_MONTH = re.compile(rf"(?<=\d )({'|'.join(_MONTHS)})\b|\b({'|'.join(_MONTHS)})(?= \d)")


def agreement(a: Counter[str], b: Counter[str]) -> float | None:
    """Shared cues over the smaller side's (None when either side has none: no evidence)."""
    if not a or not b:
        return None
    return sum((a & b).values()) / min(sum(a.values()), sum(b.values()))


@dataclass(frozen=True, slots=True)
class Pair:
    """A unit of the draft and the unit(s) of the translation that render it: one for one,
    or one for several (a 款 the translation split) or several for one (``merged``: the same
    translated unit renders several of the draft's). ``how``: number, order or content."""

    source: str
    target: tuple[str, ...]
    how: str
    merged: bool = False


@dataclass(frozen=True, slots=True)
class Pairing:
    """Every unit of the draft paired with the translation's, and those that did not pair."""

    pairs: tuple[Pair, ...]
    unpaired_source: tuple[str, ...]
    unpaired_target: tuple[str, ...]
    articles: tuple[int, int, int] = (0, 0, 0)  # paired, in the draft, in the translation
    units: tuple[int, int] = (0, 0)  # units of the draft paired, units of the draft
    disagreeing: tuple[tuple[str, str], ...] = field(default=())  # article pairs whose numbers differ
    checked: bool = True  # enough articles to tell a translation of another text (see pair_drafts)
    #: articles of the draft left unpaired together because the translation lacks (or adds) one
    #: of them and their lengths and cues cannot tell which: each group with the translation's
    #: articles it did not pair (draft eids, translation eids)
    doubtful: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = field(default=())

    def target_of(self, eid: str) -> tuple[str, ...]:
        return next((p.target for p in self.pairs if p.source == eid), ())

    def source_of(self, eid: str) -> str | None:
        """The draft's unit a unit of the translation renders (the first, when it renders several)."""
        return next((p.source for p in self.pairs if eid in p.target), None)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Pairing:
        """The pairing :meth:`to_dict` wrote."""
        return cls(tuple(Pair(p["source"], tuple(p["target"]), p["how"], p["merged"]) for p in data["pairs"]),
                   tuple(data["unpaired_source"]), tuple(data["unpaired_target"]),
                   (data["articles"]["paired"], data["articles"]["source"], data["articles"]["target"]),
                   (data["units"]["paired"], data["units"]["source"]),
                   tuple((a, b) for a, b in data["disagreeing"]), data.get("checked", True),
                   tuple((tuple(a), tuple(b)) for a, b in data.get("doubtful", [])))  # fmt: skip

    def to_dict(self) -> dict[str, object]:
        return {"pairs": [{"source": p.source, "target": list(p.target), "how": p.how, "merged": p.merged}
                          for p in self.pairs],
                "unpaired_source": list(self.unpaired_source), "unpaired_target": list(self.unpaired_target),
                "articles": {"paired": self.articles[0], "source": self.articles[1], "target": self.articles[2]},
                "units": {"paired": self.units[0], "source": self.units[1]},
                "disagreeing": [list(d) for d in self.disagreeing], "checked": self.checked,
                "doubtful": [[list(a), list(b)] for a, b in self.doubtful]}  # fmt: skip


def _text(unit: Unit, sep: str) -> str:
    return " ".join(x for x in (unit.heading, unit.body(sep)) if x)


def _key(unit: Unit) -> tuple[str, str] | None:
    """How a numbered unit is matched across languages: its kind and number (a chapter's
    Roman number and an item's letter are already numbers here)."""
    if unit.num is None or unit.kind in (Kind.PARAGRAPH, Kind.TABLE):
        return None
    kind = "container" if unit.kind.is_container else unit.kind.value
    return kind, unit.num


def dice(a: Counter[str], b: Counter[str]) -> float | None:
    """Shared cues over both sides' (symmetric: a short unit's few numbers found in a long
    one's many do not make a match); None when neither side has any."""
    total = sum(a.values()) + sum(b.values())
    return None if total == 0 else 2 * sum((a & b).values()) / total


class _Texts:
    """The lengths and cues of one side's units, worked out once for an alignment."""

    def __init__(self, units: Sequence[Unit], sep: str, shapes: bool = False) -> None:
        texts = [_text(u, sep) for u in units]
        self.shapes = shapes
        self.length = [len(t) for t in texts]
        self.cues = [cues(t) for t in texts]
        # an article's shape survives translation too: how many 款 and 项 (not a 款's: the
        # translation that merges two 款 gives the first all the 项)
        self.shape = [(len(u.children), sum(1 for d in u.walk() if d.kind is Kind.ITEM)) for u in units]


class _Pairer:
    def __init__(self, source: Draft, target: Draft) -> None:
        self.sep_s = " " if source.profile.startswith("en") else ""
        self.sep_t = " " if target.profile.startswith("en") else ""
        self.pairs: list[Pair] = []
        self.unpaired_s: list[str] = []
        self.unpaired_t: list[str] = []
        self.doubtful: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        self.usual = 0.0  # the log of the translation's usual length over the draft's

    # -- containers --------------------------------------------------------------------
    def containers(self, source: Draft, target: Draft) -> None:
        """Containers by their chain of kinds and numbers (第二章第一节 ↔ Chapter II Section 1: a
        节 number restarts in every chapter); a container the translation has no heading for
        is reported, and its articles still pair on their own."""
        def chains(draft: Draft) -> dict[tuple[tuple[str, str | None], ...], Unit]:
            out: dict[tuple[tuple[str, str | None], ...], Unit] = {}

            def visit(unit: Unit, chain: tuple[tuple[str, str | None], ...]) -> None:
                if unit.kind.is_container or unit.kind in (Kind.PREAMBLE, Kind.ANNEX):
                    chain = (*chain, (unit.kind.value, unit.num))
                    out.setdefault(chain, unit)
                    for child in unit.children:
                        visit(child, chain)

            for unit in draft.units:
                visit(unit, ())
            return out

        s_chains, t_chains = chains(source), chains(target)
        # a chain the translation lacks (its chapter heading left out) may still find its unit by
        # the last link alone, when that is unique on both sides
        s_last = Counter(c[-1] for c in s_chains)
        t_by_last: dict[tuple[str, str | None], list[tuple[tuple[str, str | None], ...]]] = {}
        for c in t_chains:
            t_by_last.setdefault(c[-1], []).append(c)
        taken: set[str] = set()
        for chain, unit in s_chains.items():
            match = t_chains.get(chain)
            if match is None and s_last[chain[-1]] == 1 and len(t_by_last.get(chain[-1], [])) == 1:
                match = t_chains[t_by_last[chain[-1]][0]]
            if match is not None and match.eid not in taken:
                self.pairs.append(Pair(unit.eid, (match.eid,), "number"))
                taken.add(match.eid)
            else:
                self.unpaired_s.append(unit.eid)
        self.unpaired_t += [u.eid for u in t_chains.values() if u.eid not in taken]

    # -- articles ------------------------------------------------------------------------
    def articles(self, src: list[Unit], tgt: list[Unit], paths: Sequence[tuple[str, ...]] = (),
                 tgt_paths: Sequence[tuple[str, ...]] = ()) -> None:  # fmt: skip
        """Articles by number; but when the counts differ, or numbered pairs do not fit (a
        translation that left one out and renumbered the rest), all of them by an alignment
        of their lengths and cues in which an equal number only adds weight. ``paths`` and
        ``tgt_paths`` name the chapters (and sections) each article stands in: a translation of
        whole chapters under the draft's numbers pairs by number too."""
        s, t = _Texts(src, self.sep_s, shapes=True), _Texts(tgt, self.sep_t, shapes=True)
        ratios = sorted(math.log(b + 1) - math.log(a + 1) for a, b in zip(s.length, t.length, strict=False))
        self.usual = ratios[len(ratios) // 2] if ratios else 0.0
        by_num = {u.num: j for j, u in enumerate(tgt) if u.num is not None}
        numbered = [(i, by_num[u.num]) for i, u in enumerate(src) if u.num in by_num]
        fits = [self._fit(s, t, [i], [j]) for i, j in numbered]
        poor = sum(1 for fit in fits if fit < 1.0)
        if len(src) == len(tgt) and len(numbered) == len(src) and poor <= max(1, len(src) // 20):
            steps = [("number", [i], [j]) for i, j in numbered]
        elif (_numbers_kept(src, tgt) and poor <= max(1, len(numbered) // 5)) or (
                _whole_parts(src, tgt, paths, tgt_paths) and _all_fit(fits)):  # fmt: skip
            # (whole chapters: every pair fits about as well as the others; a renumbered translation that lost
            # a chapter's heading with the articles before it reads as whole chapters, its last pairs unfit)
            # the translation kept the draft's numbers and left some out (its numbers skip one):
            # the numbers say which, where lengths alone may not
            steps = [("number", [i], [j]) for i, j in numbered]
            steps += [("number", [i], []) for i in sorted(set(range(len(src))) - {i for i, _ in numbered})]
            steps += [("number", [], [j]) for j in sorted(set(range(len(tgt))) - {j for _, j in numbered})]
        else:
            same = {(i, j) for i, j in numbered}
            steps = self._align(s, t, [(1, 1), (1, 0), (0, 1)], skip=-0.4,
                                bonus=lambda i, j: 0.1 if (i, j) in same else 0.0)  # fmt: skip
            steps = self.doubtful_gaps(s, t, steps, src, tgt)
        for how, ii, jj in steps:
            if not ii:
                self.unpaired_t += [e for j in jj for e in self._all(tgt[j])]
            elif not jj:
                self.unpaired_s += [e for i in ii for e in self._all(src[i])]
            else:
                u, v = src[ii[0]], tgt[jj[0]]
                kind = "number" if how == "number" or u.num == v.num else "content"
                self.pairs.append(Pair(u.eid, (v.eid,), kind))
                self.level(self._children(u), self._children(v))

    def doubtful_gaps(self, s: _Texts, t: _Texts, steps: list[tuple[str, list[int], list[int]]],
                      src: list[Unit], tgt: list[Unit]) -> list[tuple[str, list[int], list[int]]]:  # fmt: skip
        """The alignment's ``steps`` with each gap whose place is in doubt opened up: an article
        left without a counterpart (or a translated one without an article) where moving the gap
        over the pairs beside it fits them within DOUBT as well. Those pairs are taken apart and
        recorded in ``self.doubtful``: a Chinese article shown beside its neighbour's English is
        worse than one shown beside none."""
        out = list(steps)
        widened: list[tuple[int, int]] = []  # (first, last) index into ``out`` of each doubtful stretch

        def gap_side(q: int) -> int | None:  # 0: a draft's unit alone, 1: a translated one alone
            _, a, b = steps[q]
            return None if len(a) + len(b) != 1 else (0 if a else 1)

        runs: list[tuple[int, int, int]] = []  # (first, last, side) of each run of gaps on one side
        q = 0
        while q < len(steps):
            side = gap_side(q)
            if side is None:
                q += 1
                continue
            end = q  # a run of gaps on one side (two articles left out together) moves as one
            while end + 1 < len(steps) and gap_side(end + 1) == side:
                end += 1
            runs.append((q, end, side))
            q = end + 1
        # runs on one side a few pairs apart are weighed as one: the pairs between them cannot be
        # told from their neighbours either (two articles left out a few apart, a stranger's review)
        clusters: list[list[tuple[int, int, int]]] = []
        for run in runs:
            if clusters and clusters[-1][-1][2] == run[2] and run[0] - clusters[-1][-1][1] <= _DOUBT_REACH + 1:
                clusters[-1].append(run)
            else:
                clusters.append([run])
        for cluster in clusters:
            q, end, side = cluster[0][0], cluster[-1][1], cluster[0][2]
            size = sum(b - a + 1 for a, b, _ in cluster)
            near = [(a[0], b[0]) for _, a, b in steps[max(0, q - _DOUBT_REACH):end + _DOUBT_REACH + 1]
                    if len(a) == 1 and len(b) == 1]  # fmt: skip
            if all(src[i].num is not None and src[i].num == tgt[j].num for i, j in near):
                continue  # the translation's numbers are the draft's on both sides: they place the gaps
            first, last = q, end
            for step, edge in ((-1, q), (1, end)):
                k, cur, alt = edge + step, 0.0, 0.0
                while 0 <= k < len(steps) and abs(k - edge) <= _DOUBT_REACH:
                    _, a, b = steps[k]
                    if len(a) != 1 or len(b) != 1:
                        break
                    i, j = a[0], b[0]
                    # the gaps moved past this pair, all or some of them (two left out a few apart, read
                    # as two together): the unit on their side shifts towards them by as many
                    shifts = [(i - step * m, j) if side == 0 else (i, j - step * m) for m in range(1, size + 1)]
                    shifts = [(x, y) for x, y in shifts if 0 <= x < len(s.length) and 0 <= y < len(t.length)]
                    if not shifts:
                        break
                    cur += self._fit(s, t, [i], [j])
                    alt += max(self._fit(s, t, [x], [y]) for x, y in shifts)
                    if alt < cur - DOUBT:
                        break
                    if step < 0:
                        first = k
                    else:
                        last = k
                    k += step
            if (first, last) != (q, end) or len(cluster) > 1:
                widened.append((first, last))
        merged: list[tuple[int, int]] = []  # overlapping stretches as one
        for first, last in sorted(widened):
            if merged and first <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], last))
            else:
                merged.append((first, last))
        for first, last in merged:
            ii = sorted({i for _, a, _ in steps[first:last + 1] for i in a})
            jj = sorted({j for _, _, b in steps[first:last + 1] for j in b})
            self.doubtful.append((tuple(src[i].eid for i in ii), tuple(tgt[j].eid for j in jj)))
            for k in range(first, last + 1):
                how, a, b = out[k]
                out[k] = (how, a, [])
                if b:
                    out.append((how, [], b))
        return out

    def _fit(self, s: _Texts, t: _Texts, ii: list[int], jj: list[int]) -> float:
        """How well draft units ``ii`` and translated units ``jj`` render each other: their
        lengths against the usual ratio (1 when exactly usual), plus their shared cues."""
        sl = sum(s.length[i] for i in ii)
        tl = sum(t.length[j] for j in jj)
        length = math.exp(-abs(math.log(tl + 1) - math.log(sl + 1) - self.usual))
        a = s.cues[ii[0]] if len(ii) == 1 else sum((s.cues[i] for i in ii), Counter())
        b = t.cues[jj[0]] if len(jj) == 1 else sum((t.cues[j] for j in jj), Counter())
        shared = dice(a, b)
        shape = 0.4 if s.shapes and len(ii) == len(jj) == 1 and s.shape[ii[0]] == t.shape[jj[0]] else 0.0
        return length + (0.3 if shared is None else shared) + shape

    # -- inside an article ---------------------------------------------------------------
    def level(self, src: Sequence[Unit], tgt: Sequence[Unit]) -> None:
        """Pair one level's units: numbered ones (项, 目) by number, the rest by order and cues."""
        by_key = {k: u for u in tgt if (k := _key(u)) is not None}
        taken: set[str] = set()
        numbered: list[tuple[Unit, Unit]] = []
        loose_s: list[Unit] = []
        for u in src:
            k = _key(u)
            match = by_key.get(k) if k is not None else None
            if match is not None and match.eid not in taken:
                numbered.append((u, match))
                taken.add(match.eid)
            else:
                loose_s.append(u)
        loose_t = [u for u in tgt if u.eid not in taken]
        for u, v in numbered:
            self.pairs.append(Pair(u.eid, (v.eid,), "number"))
            self.level(self._children(u), self._children(v))
        self.sequence(loose_s, loose_t)

    def _children(self, unit: Unit) -> list[Unit]:
        return [c for c in unit.children if c.kind is not Kind.TABLE]

    def sequence(self, src: list[Unit], tgt: list[Unit]) -> None:
        """Pair units without numbers (款, unnumbered paragraphs) in order: one for one when
        the counts agree, else by an alignment in which one unit of either side may stand for
        two or three of the other, or be left alone (and reported)."""
        if not src or not tgt:
            self.unpaired_s += [e for u in src for e in self._all(u)]
            self.unpaired_t += [e for u in tgt for e in self._all(u)]
            return
        if len(src) == len(tgt):
            for u, v in zip(src, tgt, strict=True):
                self.pairs.append(Pair(u.eid, (v.eid,), "order"))
                self.level(self._children(u), self._children(v))
            return
        s, t = _Texts(src, self.sep_s), _Texts(tgt, self.sep_t)
        for _, ii, jj in self._align(s, t, [(1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (1, 0), (0, 1)], skip=-0.3):
            s_group, t_group = [src[i] for i in ii], [tgt[j] for j in jj]
            if not s_group:
                self.unpaired_t += [e for u in t_group for e in self._all(u)]
            elif not t_group:
                self.unpaired_s += [e for u in s_group for e in self._all(u)]
            elif len(s_group) == 1 and len(t_group) == 1:
                self.pairs.append(Pair(s_group[0].eid, (t_group[0].eid,), "content"))
                self.level(self._children(s_group[0]), self._children(t_group[0]))
            elif len(s_group) == 1:  # the translation split one unit
                self.pairs.append(Pair(s_group[0].eid, tuple(v.eid for v in t_group), "content"))
                self.level(self._children(s_group[0]), [c for v in t_group for c in self._children(v)])
            else:  # the translation merged units into one
                for u in s_group:
                    self.pairs.append(Pair(u.eid, (t_group[0].eid,), "content", merged=True))
                self.level([c for u in s_group for c in self._children(u)], self._children(t_group[0]))

    def _all(self, unit: Unit) -> list[str]:
        return [u.eid for u in unit.walk() if u.kind is not Kind.TABLE]

    def _align(self, s: _Texts, t: _Texts, moves: list[tuple[int, int]], skip: float,
               bonus: Callable[[int, int], float] | None = None) -> list[tuple[str, list[int], list[int]]]:  # fmt: skip
        """A dynamic-programming alignment over the two sequences, as sentence aligners do:
        each move scored by :meth:`_fit` (a move of more than two units a little less), a unit
        left alone by ``skip``; within a band around the diagonal, so a long text costs its
        length, not its square."""
        n, m = len(s.length), len(t.length)
        band = abs(n - m) + 25
        best: dict[tuple[int, int], tuple[float, tuple[int, int] | None]] = {(0, 0): (0.0, None)}
        for i in range(n + 1):
            centre = i * m // n if n else 0
            for j in range(max(0, centre - band), min(m, centre + band) + 1):
                if (i, j) == (0, 0):
                    continue
                options: list[tuple[float, tuple[int, int]]] = []
                for di, dj in moves:
                    pi, pj = i - di, j - dj
                    if (pi, pj) not in best:
                        continue
                    if di == 0 or dj == 0:
                        gain = skip
                    else:
                        ii, jj = list(range(pi, i)), list(range(pj, j))
                        gain = self._fit(s, t, ii, jj) - (0.3 if di + dj > 2 else 0.0)
                        if bonus is not None and di == dj == 1:
                            gain += bonus(pi, pj)
                    options.append((best[(pi, pj)][0] + gain, (pi, pj)))
                if options:
                    best[(i, j)] = max(options)
        if (n, m) not in best:  # outside the band: cannot happen with the band above, but never loop
            return [("content", list(range(n)), [])] + [("content", [], list(range(m)))]
        steps: list[tuple[str, list[int], list[int]]] = []
        at: tuple[int, int] | None = (n, m)
        while at is not None and at != (0, 0):
            prev = best[at][1]
            assert prev is not None
            steps.append(("content", list(range(prev[0], at[0])), list(range(prev[1], at[1]))))
            at = prev
        return steps[::-1]


def pair_drafts(source: Draft, target: Draft, *, source_name: str = "the draft",
                target_name: str = "the translation") -> Pairing:  # fmt: skip
    """Pair every unit of ``source`` (the draft) with ``target`` (its translation).

    Raises :class:`TranslationError` when the translation is of another text: fewer than
    half of the draft's articles pair, or most paired articles share none of their numbers,
    dates and citations; the message names the first places that disagree."""
    p = _Pairer(source, target)
    # containers by kind and number, wherever they stand (a translation may leave out a
    # chapter's heading: its articles still pair); articles by number across the whole text,
    # then those left by order and content; inside each article pair, its 款, 项 and 目
    if source.profile.split("-")[0] == target.profile.split("-")[0]:
        raise TranslationError(f"{target_name} is in the same language as {source_name} ({target.profile}); "
                               "a translation is in the other language")  # fmt: skip
    p.containers(source, target)
    views, theirs = source.articles(), target.articles()
    p.articles([v.unit for v in views], [v.unit for v in theirs], [tuple(u.eid for u in v.heading_path) for v in views],
               [tuple(u.eid for u in v.heading_path) for v in theirs])  # fmt: skip
    src_articles = [v.unit for v in source.articles()]
    tgt_articles = {v.unit.eid: v.unit for v in target.articles()}
    by_source = {pair.source: pair for pair in p.pairs}
    paired = [(u, by_source[u.eid]) for u in src_articles if u.eid in by_source]
    checked = disagree = 0
    disagreeing: list[tuple[str, str]] = []
    for u, pair in paired:
        text_t = " ".join(_text(tgt_articles[e], p.sep_t) for e in pair.target if e in tgt_articles)
        shared = agreement(cues(_text(u, p.sep_s)), cues(text_t))
        if shared is None:
            continue
        checked += 1
        if shared < AGREE:
            disagree += 1
            disagreeing.append((u.eid, ", ".join(pair.target)))
    first = "; ".join(f"{s} ↔ {t}" for s, t in disagreeing[:3])
    sizes = [(u, len(_text(u, p.sep_s)), sum(len(_text(tgt_articles[e], p.sep_t)) for e in pair.target
                                            if e in tgt_articles)) for u, pair in paired]  # fmt: skip
    together, odd = _lengths(sizes)
    if len(sizes) >= 8 and together < LENGTHS:
        places = "; ".join(f"{u.label or u.eid} ({a:,} characters) ↔ "
                           f"{', '.join(tgt_articles[e].label or e for e in by_source[u.eid].target)} "
                           f"({b:,} characters)" for u, a, b in odd[:3])  # fmt: skip
        raise TranslationError(f"{target_name} does not match {source_name}: the lengths of its articles do not "
                               f"follow the draft's (correlation {together:.2f}; first: {places}); is it a "
                               "translation of another law or another version?")  # fmt: skip
    # a translation of some chapters only: its articles all pair, each with the draft's article of its number
    partial = bool(paired) and len(paired) >= 0.9 * len(tgt_articles) and all(
        u.num is not None and any(tgt_articles[e].num == u.num for e in pair.target if e in tgt_articles)
        for u, pair in paired)  # fmt: skip
    if src_articles and len(paired) < len(src_articles) / 2 and not partial:
        raise TranslationError(f"{target_name} does not match {source_name}: only {len(paired)} of its "
                               f"{len(src_articles)} articles pair with an article of the translation "
                               f"({len(tgt_articles)} articles)")  # fmt: skip
    if tgt_articles and len(paired) < len(tgt_articles) / 2:
        raise TranslationError(f"{target_name} does not match {source_name}: only {len(paired)} of its "
                               f"{len(tgt_articles)} articles render an article of the draft "
                               f"({len(src_articles)} articles)")  # fmt: skip
    if checked >= _MIN_EVIDENCE and disagree > checked * MISMATCH:
        raise TranslationError(f"{target_name} does not match {source_name}: {disagree} of {checked} paired "
                               f"articles share none of their numbers, dates or citations (first: {first}); "
                               "is it a translation of another law or another version?")  # fmt: skip
    units = sum(1 for u in source.walk() if u.kind is not Kind.TABLE)
    paired_units = len({pair.source for pair in p.pairs})
    return Pairing(tuple(p.pairs), tuple(_unique(p.unpaired_s)), tuple(_unique(p.unpaired_t)),
                   (len(paired), len(src_articles), len(tgt_articles)), (paired_units, units),
                   tuple(disagreeing), checked=len(sizes) >= 8 or checked >= _MIN_EVIDENCE,
                   doubtful=tuple(p.doubtful))  # fmt: skip


def _numbers_kept(src: list[Unit], tgt: list[Unit]) -> bool:
    """Whether the translation kept the draft's article numbers while leaving some out: each
    of its numbers is one of the draft's, and they skip one (Article 12 missing between 11 and
    13). Numbers that run on without a gap say nothing: the translation may have renumbered."""
    draft = {u.num for u in src if u.num is not None}
    theirs = [u.num for u in tgt]
    if not theirs or any(n is None or n not in draft for n in theirs):
        return False
    whole = sorted(int(n) for n in theirs if n is not None and n.isdigit())
    return bool(whole) and whole != list(range(whole[0], whole[0] + len(whole)))


def _all_fit(fits: list[float]) -> bool:
    """Whether no numbered pair of articles fits far worse than the pairs do as a rule (under
    0.6 of their median fit): an article beside another's English fits a third as well."""
    if not fits:
        return False
    usual = sorted(fits)[len(fits) // 2]
    return min(fits) >= 0.6 * usual


def _whole_parts(src: list[Unit], tgt: list[Unit], paths: Sequence[tuple[str, ...]],
                 tgt_paths: Sequence[tuple[str, ...]]) -> bool:  # fmt: skip
    """Whether the translation renders whole chapters (or sections) of the draft under the
    draft's own article numbers, and fewer articles than it has: the first chapters only, its
    numbers running on without a gap, which :func:`_numbers_kept` cannot tell from a
    renumbering. Each of its articles stands in the chapter of that number the draft's article
    of its number stands in, and every article of each chapter (or section) it reaches into is
    there: a translation that left one out and numbered the rest on moves an article into the
    next chapter, or falls one short in the last it reaches."""
    if len(paths) != len(src) or len(tgt_paths) != len(tgt) or not tgt or len(tgt) >= len(src):
        return False
    where = {u.num: path for u, path in zip(src, paths, strict=True) if u.num is not None}
    if len(where) != len(src) or len({u.num for u in tgt}) != len(tgt):
        return False
    reached: set[str] = set()
    for u, path in zip(tgt, tgt_paths, strict=True):
        ours = where.get(u.num) if u.num is not None else None
        if ours is None or not ours or not path or path[-1] not in ours:
            return False  # (a translation without chapters says nothing of them)
        reached.add(ours[-1])
    whole = {u.num for u, path in zip(src, paths, strict=True) if path and path[-1] in reached}
    return whole == {u.num for u in tgt}


def _lengths(sizes: list[tuple[Unit, int, int]]) -> tuple[float, list[tuple[Unit, int, int]]]:
    """How closely the translated articles' lengths follow the draft's (the correlation of
    their logarithms), and the article pairs whose ratio strays furthest from the usual."""
    if len(sizes) < 2:
        return 1.0, []
    xs = [math.log(a + 1) for _, a, _ in sizes]
    ys = [math.log(b + 1) for _, _, b in sizes]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    vx = sum((x - mx) ** 2 for x in xs)
    vy = sum((y - my) ** 2 for y in ys)
    if vx == 0 or vy == 0:
        return 1.0, []
    r = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / math.sqrt(vx * vy)
    usual = sorted(y - x for x, y in zip(xs, ys, strict=True))[len(xs) // 2]
    odd = sorted(sizes, key=lambda s: -abs(math.log(s[2] + 1) - math.log(s[1] + 1) - usual))
    return r, odd


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def pairing_text(source: Draft, target: Draft, pairing: Pairing, width: int = 24) -> str:
    """The two outlines side by side: each container and article of the draft with what
    renders it, the 款/项 the translation merged, split or rendered out of order under their
    article, then what did not pair and a closing count."""
    from .anchors import cite

    s_index = {u.eid: u for u in source.walk()}
    t_index = {u.eid: u for u in target.walk()}
    s_lang = "en" if source.profile.startswith("en") else "zh"
    t_lang = "en" if target.profile.startswith("en") else "zh"
    by_source = {p.source: p for p in pairing.pairs}

    def name(unit: Unit, lang: str) -> str:
        sep = " " if lang == "en" else "\u3000"
        head = sep.join(x for x in (unit.label, unit.heading) if x) or cite(unit.eid, lang)
        first = unit.body(" " if lang == "en" else "").split("\n", 1)[0] if unit.kind is Kind.ARTICLE else ""
        text = f"{head} {first}".strip() if first and not unit.heading else head
        return text if len(text) <= width else text[:width - 1] + "…"

    lines: list[str] = []

    def visit(unit: Unit, depth: int) -> None:
        pad = "  " * depth
        if unit.kind.is_container or unit.kind in (Kind.ARTICLE, Kind.PREAMBLE, Kind.ANNEX):
            pair = by_source.get(unit.eid)
            other = " + ".join(name(t_index[e], t_lang) for e in pair.target) if pair else "(not paired)"
            lines.append(f"{pad}{name(unit, s_lang)}  ↔  {other}")
            if unit.kind is Kind.ARTICLE:
                for sub in unit.walk():
                    p = by_source.get(sub.eid)
                    inner = sub.eid.split("__", 1)[-1]  # para_2 of art_12 ↔ para_2 of Article 11: no news
                    if sub is unit or p is None or (len(p.target) == 1 and not p.merged
                                                    and p.target[0].split("__", 1)[-1] == inner):  # fmt: skip
                        continue
                    how = "merged into" if p.merged else "split into" if len(p.target) > 1 else "rendered by"
                    lines.append(f"{pad}    {cite(sub.eid, s_lang)} {how} "
                                 f"{', '.join(cite(e, t_lang) for e in p.target)}")  # fmt: skip
                return
        for child in unit.children:
            visit(child, depth + (1 if unit.kind.is_container else 0))

    for unit in source.units:
        visit(unit, 0)
    merged = sum(1 for p in pairing.pairs if p.merged)
    lines.append("")
    lines.append(f"{pairing.articles[0]} of {pairing.articles[1]} articles paired "
                 f"(the translation has {pairing.articles[2]}); {pairing.units[0]} of {pairing.units[1]} units "
                 f"of the draft paired" + (f", {merged} of them merged by the translation" if merged else ""))  # fmt: skip
    # (said as `draft add --translation` says them, in ranges: a partial translation's 159 units were one long line)
    missing = [e for e in pairing.unpaired_source if e in s_index]
    extra = [e for e in pairing.unpaired_target if e in t_index]
    lines.append("not paired in the draft: " + (unpaired_line(missing, s_lang) if missing else "none"))
    lines.append("not paired in the translation: " + (unpaired_line(extra, t_lang) if extra else "none"))
    if not pairing.checked:
        lines.append("too few articles to tell whether the translation renders this draft or another text: "
                     "check the pairs above")  # fmt: skip
    if pairing.disagreeing:
        lines.append("paired, but their numbers differ: " + ", ".join(f"{s} ↔ {t}" for s, t in pairing.disagreeing))
    lines += [f"in doubt: {line}" for line in doubtful_lines(pairing, s_lang, t_lang)]
    return "\n".join(lines) + "\n"


def doubtful_lines(pairing: Pairing, source_lang: str, target_lang: str) -> list[str]:
    """What to say of each stretch left unpaired because a gap's place was in doubt
    (:attr:`Pairing.doubtful`), in the words a user acts on."""
    from .anchors import cite

    out = []
    for draft_eids, their_eids in pairing.doubtful:
        ours = ", ".join(cite(e, source_lang) for e in draft_eids)
        theirs = ", ".join(cite(e, target_lang) for e in their_eids) or "none"
        what = ("leaves out one of" if len(draft_eids) > len(their_eids) else
                "has an article more than the draft among those rendering" if len(draft_eids) < len(their_eids) else
                "does not render in order")  # fmt: skip
        out.append(f"the translation {what} {ours} and numbers the rest on, and their lengths cannot tell which: "
                   f"none of them is paired (the translation's {theirs}), so no translation is shown beside them "
                   "and comments citing those translated articles are refused; number the translation's articles "
                   "as the draft's (a left-out article's number skipped) to pair them")  # fmt: skip
    return out


#: A Han character: what tells a Chinese text (or citation) from an English one.
HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN_CHAR = re.compile(r"[A-Za-z]")


def written_in(text: str) -> str:
    """"zh" or "en": the language a text is written in (a member's remark, a reason, a
    marked-up file): Chinese when it has a Chinese character for every four Latin letters
    (a character says about as much as a short word)."""
    cjk = len(HAN.findall(text))
    return "zh" if cjk and cjk * 4 >= len(_LATIN_CHAR.findall(text)) else "en"


def reworded(whole: str, part: str, new: str) -> str | None:
    """``whole`` (a unit's text) with ``part`` (the text of one of its 款 or items) reworded
    as ``new`` ("" deletes it, line and all); None when ``part`` is not in it exactly once."""
    if not part or whole.count(part) != 1:
        return None
    if new:
        return whole.replace(part, new, 1)
    at = whole.index(part)  # deleted: its whole line goes, label ((5), 2.) and all
    start = whole.rfind("\n", 0, at) + 1
    end = whole.find("\n", at + len(part))
    end = len(whole) if end < 0 else end + 1
    return (whole[:start] + whole[end:]).rstrip("\n") if start or end < len(whole) else ""


@dataclass(frozen=True, slots=True)
class Rendered:
    """How the translation renders one unit of the draft: the translation's units that do
    (``eids``), the first one's ``label`` (Article 12, Chapter II) and ``heading``, its own
    words (``own``: a heading, or a 款's text before its items; empty for an article) and the
    whole text a reader rewords (``text``: an article's paragraphs one per line). ``exact``
    when it pairs one for one."""

    eids: tuple[str, ...]
    label: str
    heading: str
    own: str
    text: str
    exact: bool


def rendered(translation: Draft, pairing: Pairing) -> dict[str, Rendered]:
    """The translation's rendering of each paired unit of the draft, by the draft's eid; a
    unit the translation renders only together with others (``merged``) is left out, as
    its words cannot be told apart."""
    index = {u.eid: u for u in translation.walk()}
    sep = " " if translation.profile.startswith("en") else ""
    out: dict[str, Rendered] = {}
    for pair in pairing.pairs:
        units = [index[e] for e in pair.target if e in index]
        if not units or pair.merged:
            continue
        first = units[0]
        own = " ".join(x for u in units for x in (u.label, u.heading, u.text) if x and u.kind is not Kind.ARTICLE)
        text = "\n".join(u.heading if u.kind.is_container else u.body(sep) for u in units)
        out[pair.source] = Rendered(tuple(u.eid for u in units), first.label, first.heading, own, text,
                                    len(units) == 1)  # fmt: skip
    return out


def unpaired_line(eids: Sequence[str], lang: str, most: int = 12) -> str:
    """Units left unpaired, said in a line a person reads: an article unpaired stands for its 款 and
    项 too, a run of such articles is a range (第十六条 to 第七十九条), and past ``most`` the rest
    are counted (a partial translation listed each of 184 units, thousands of characters: a trial)."""
    from .anchors import cite

    gone = set(eids)
    shown: list[list[str]] = []  # runs of eids, each run consecutive articles (or one unit)
    last_article: int | None = None
    for e in eids:
        article = e.split("__", 1)[0]
        if "__" in e and article in gone:
            continue  # (said with its article)
        m = re.fullmatch(r"art_(\d+)", e)
        number = int(m[1]) if m else None
        if number is not None and last_article is not None and number == last_article + 1 and shown and \
                re.fullmatch(r"art_\d+", shown[-1][-1]):  # fmt: skip
            shown[-1].append(e)
        else:
            shown.append([e])
        last_article = number
    said = [f"{cite(run[0], lang)} ({run[0]})" if len(run) == 1 else
            f"{cite(run[0], lang)} to {cite(run[-1], lang)} ({run[0]} to {run[-1]}, {len(run)} articles)"
            for run in shown]  # fmt: skip
    more = len(said) - most
    return ", ".join(said[:most]) + (f" and {more} more" if more > 0 else "") + \
        (f" ({len(eids)} units in all)" if len(eids) > len(said) else "")  # fmt: skip

