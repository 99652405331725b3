"""Pairing a draft's units with its translation's (a Chinese draft and its English working text):
by number first, then by order and by what survives translation (numbers, dates, amounts,
percentages, citations of articles). Every unit that does not pair is reported, never dropped;
a translation of another text is refused, naming the first places that disagree."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
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

_CN_RUN = f"[{CN_NUMERAL_CHARS}]+"
_ZH_CITE = re.compile(rf"第({_CN_RUN}|\d+)条(?:之({_CN_RUN}|\d+))?")
_EN_CITE = re.compile(r"\bArticles?\s+(\d+)(?:-(\d+))?", re.IGNORECASE)
_ZH_PERCENT = re.compile(rf"百分之({_CN_RUN}|\d+(?:\.\d+)?)")
_EN_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
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
    for m in _DIGITS.finditer(rest):
        out[f"{float(m[0].replace(',', '')):g}"] += 1
    for m in _ZH_MEASURE.finditer(rest):
        value = _cn(m[1])
        if value is not None:
            out[f"{value:g}"] += 1
    for m in _EN_WORD.finditer(rest):
        out[f"{_EN_WORDS[m[1].lower()]:g}"] += 1
    return out


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
                   tuple((a, b) for a, b in data["disagreeing"]))  # fmt: skip

    def to_dict(self) -> dict[str, object]:
        return {"pairs": [{"source": p.source, "target": list(p.target), "how": p.how, "merged": p.merged}
                          for p in self.pairs],
                "unpaired_source": list(self.unpaired_source), "unpaired_target": list(self.unpaired_target),
                "articles": {"paired": self.articles[0], "source": self.articles[1], "target": self.articles[2]},
                "units": {"paired": self.units[0], "source": self.units[1]},
                "disagreeing": [list(d) for d in self.disagreeing]}  # fmt: skip


def _text(unit: Unit, sep: str) -> str:
    return " ".join(x for x in (unit.heading, unit.body(sep)) if x)


def _key(unit: Unit) -> tuple[str, str] | None:
    """How a numbered unit is matched across languages: its kind and number (a chapter's
    Roman number and an item's letter are already numbers here)."""
    if unit.num is None or unit.kind in (Kind.PARAGRAPH, Kind.TABLE):
        return None
    kind = "container" if unit.kind.is_container else unit.kind.value
    return kind, unit.num


class _Pairer:
    def __init__(self, source: Draft, target: Draft) -> None:
        self.sep_s = " " if source.profile.startswith("en") else ""
        self.sep_t = " " if target.profile.startswith("en") else ""
        self.pairs: list[Pair] = []
        self.unpaired_s: list[str] = []
        self.unpaired_t: list[str] = []

    def level(self, src: Sequence[Unit], tgt: Sequence[Unit]) -> None:
        """Pair one level's units: numbered ones by number, the rest by order and cues."""
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

    def flat(self, src: list[Unit], tgt: list[Unit]) -> None:
        """Pair units by kind and number only (containers: their articles pair on their own)."""
        by_key = {(u.kind, u.num): u for u in tgt}
        taken: set[str] = set()
        for u in src:
            v = by_key.get((u.kind, u.num))
            if v is not None and v.eid not in taken:
                self.pairs.append(Pair(u.eid, (v.eid,), "number"))
                taken.add(v.eid)
            else:
                self.unpaired_s.append(u.eid)
        self.unpaired_t += [v.eid for v in tgt if v.eid not in taken]

    def _children(self, unit: Unit) -> list[Unit]:
        return [c for c in unit.children if c.kind is not Kind.TABLE]

    def sequence(self, src: list[Unit], tgt: list[Unit]) -> None:
        """Pair units without numbers (款, unnumbered paragraphs, or units whose numbers
        differ) in order: one for one when the counts agree, else by an alignment that lets
        one unit of either side stand for two of the other, scored by shared cues and length."""
        if not src or not tgt:
            self.unpaired_s += [e for u in src for e in self._all(u)]
            self.unpaired_t += [e for u in tgt for e in self._all(u)]
            return
        if len(src) == len(tgt):
            for u, v in zip(src, tgt, strict=True):
                self.pairs.append(Pair(u.eid, (v.eid,), "order"))
                self.level(self._children(u), self._children(v))
            return
        for how, s_group, t_group in self._align(src, tgt):
            if not s_group:
                self.unpaired_t += [e for u in t_group for e in self._all(u)]
            elif not t_group:
                self.unpaired_s += [e for u in s_group for e in self._all(u)]
            elif len(s_group) == 1 and len(t_group) == 1:
                self.pairs.append(Pair(s_group[0].eid, (t_group[0].eid,), how))
                self.level(self._children(s_group[0]), self._children(t_group[0]))
            elif len(s_group) == 1:  # the translation split one unit in two
                self.pairs.append(Pair(s_group[0].eid, tuple(v.eid for v in t_group), how))
                self.level(self._children(s_group[0]), [c for v in t_group for c in self._children(v)])
            else:  # the translation merged two units into one
                for u in s_group:
                    self.pairs.append(Pair(u.eid, (t_group[0].eid,), how, merged=True))
                self.level([c for u in s_group for c in self._children(u)], self._children(t_group[0]))

    def _all(self, unit: Unit) -> list[str]:
        return [u.eid for u in unit.walk() if u.kind is not Kind.TABLE]

    def _align(self, src: list[Unit], tgt: list[Unit]) -> list[tuple[str, list[Unit], list[Unit]]]:
        """A dynamic-programming alignment (as sentence aligners do) over the two sequences:
        steps 1-1, 1-2, 2-1, 1-0, 0-1, each scored by shared cues and by how far its length
        ratio strays from the texts' overall ratio."""
        s_text = [_text(u, self.sep_s) for u in src]
        t_text = [_text(u, self.sep_t) for u in tgt]
        ratio = max(1, sum(map(len, t_text))) / max(1, sum(map(len, s_text)))
        s_cues = [cues(t) for t in s_text]
        t_cues = [cues(t) for t in t_text]

        def score(i0: int, i1: int, j0: int, j1: int) -> float:
            if i0 == i1 or j0 == j1:
                return -1.0  # a unit left alone costs as much as a poor pair gains
            sl = sum(len(s_text[i]) for i in range(i0, i1)) * ratio
            tl = sum(len(t_text[j]) for j in range(j0, j1))
            length = min(sl, tl) / max(sl, tl, 1)
            a = sum((s_cues[i] for i in range(i0, i1)), Counter())
            b = sum((t_cues[j] for j in range(j0, j1)), Counter())
            shared = agreement(a, b)
            value = length + (shared if shared is not None else 0.5)
            return value - (0.3 if (i1 - i0) + (j1 - j0) > 2 else 0.0)

        n, m = len(src), len(tgt)
        best: dict[tuple[int, int], tuple[float, tuple[int, int] | None]] = {(0, 0): (0.0, None)}
        for i in range(n + 1):
            for j in range(m + 1):
                if (i, j) == (0, 0):
                    continue
                options = []
                for di, dj in ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (1, 0), (0, 1)):
                    pi, pj = i - di, j - dj
                    if pi >= 0 and pj >= 0 and (pi, pj) in best:
                        options.append((best[(pi, pj)][0] + score(pi, i, pj, j), (pi, pj)))
                best[(i, j)] = max(options)
        steps: list[tuple[str, list[Unit], list[Unit]]] = []
        at: tuple[int, int] | None = (n, m)
        while at is not None and at != (0, 0):
            prev = best[at][1]
            assert prev is not None
            steps.append(("content", src[prev[0]:at[0]], tgt[prev[1]:at[1]]))
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
    s_top = [u for u in source.walk() if u.kind.is_container or u.kind in (Kind.PREAMBLE, Kind.ANNEX)]
    t_top = [u for u in target.walk() if u.kind.is_container or u.kind in (Kind.PREAMBLE, Kind.ANNEX)]
    p.flat(s_top, t_top)
    p.level([v.unit for v in source.articles()], [v.unit for v in target.articles()])
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
    if src_articles and len(paired) < len(src_articles) / 2:
        raise TranslationError(f"{target_name} does not match {source_name}: only {len(paired)} of its "
                               f"{len(src_articles)} articles pair with an article of the translation "
                               f"({len(tgt_articles)} articles)")  # fmt: skip
    if checked >= _MIN_EVIDENCE and disagree > checked * MISMATCH:
        raise TranslationError(f"{target_name} does not match {source_name}: {disagree} of {checked} paired "
                               f"articles share none of their numbers, dates or citations (first: {first}); "
                               "is it a translation of another law or another version?")  # fmt: skip
    units = sum(1 for u in source.walk() if u.kind is not Kind.TABLE)
    paired_units = len({pair.source for pair in p.pairs})
    return Pairing(tuple(p.pairs), tuple(_unique(p.unpaired_s)), tuple(_unique(p.unpaired_t)),
                   (len(paired), len(src_articles), len(tgt_articles)), (paired_units, units),
                   tuple(disagreeing))  # fmt: skip


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
                    if sub is unit or p is None or (p.target == (sub.eid,) and not p.merged):
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
    missing = [f"{cite(e, s_lang)} ({e})" for e in pairing.unpaired_source if e in s_index]
    extra = [f"{cite(e, t_lang)} ({e})" for e in pairing.unpaired_target if e in t_index]
    lines.append("not paired in the draft: " + (", ".join(missing) if missing else "none"))
    lines.append("not paired in the translation: " + (", ".join(extra) if extra else "none"))
    if pairing.disagreeing:
        lines.append("paired, but their numbers differ: " + ", ".join(f"{s} ↔ {t}" for s, t in pairing.disagreeing))
    return "\n".join(lines) + "\n"
