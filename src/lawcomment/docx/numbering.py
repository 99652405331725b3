"""Render Word auto-numbering labels (第%1条 with chineseCounting, Article %1 …) as printed.

docx2python does not render these (tech-facts §1), so lawcomment keeps its own renderer:
abstractNum levels, lvlOverride/startOverride, style-linked numbering, per-level counters.

Every number that sizes a label is bounded before it is used (see lawcomment.limits): list
starts within Word's own 0–32,767, levels 0–8, each label at most 100 characters, and all
labels together no longer than the document part: a 42 KB file whose list starts at two
billion in a letter format (77 million letters a label) is refused, not rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..drafts.numerals import int_to_cn, int_to_letters, int_to_roman
from ..limits import MAX_LABEL_CHARS, MAX_LIST_LEVEL, MAX_LIST_NUMBER, LimitExceeded, count
from .package import W

_W = f"{{{W}}}"
_CN_UPPER = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_CHINESE_COUNTING = {"chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
                     "taiwaneseCountingThousand", "japaneseCounting", "koreanCounting", "koreanDigital2",
                     "ideographTraditional"}  # fmt: skip


def _length(n: int, fmt: str) -> int:
    """An upper bound on len(format_number(n, fmt)), computed without formatting."""
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        return (n - 1) // 26 + 1
    return 4 * len(str(abs(n))) + 4  # digits, Chinese numerals (at most 2 a digit), brackets


def format_number(n: int, fmt: str) -> str:
    """Format ``n`` in an OOXML ST_NumberFormat; unknown formats and values a format
    cannot express (Roman 0, letter -1) fall back to decimal.

    A number whose label would exceed the cap (lowerLetter repeats its letter n/26 times)
    raises LimitExceeded instead of being built.
    """
    if _length(n, fmt) > MAX_LABEL_CHARS:
        raise LimitExceeded(f"numbering: list number {count(n)} in {fmt} would make a label of {count(_length(n, fmt))} "
                             f"characters (the limit is {MAX_LABEL_CHARS})")  # fmt: skip
    try:
        return _format(n, fmt)
    except (ValueError, IndexError):
        return str(n)


def _format(n: int, fmt: str) -> str:
    if fmt in _CHINESE_COUNTING - {"ideographTraditional"}:
        # LibreOffice rewrites chineseCounting as taiwaneseCountingThousand on save;
        # all of them print the way PRC legislation writes numbers.
        return int_to_cn(n)
    if fmt == "ideographTraditional":
        return _STEMS[(n - 1) % 10]
    if fmt == "ideographDigital":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "chineseLegalSimplified":
        return int_to_cn(n).translate(_CN_UPPER)
    if fmt == "upperRoman":
        return int_to_roman(n)
    if fmt == "lowerRoman":
        return int_to_roman(n).lower()
    if fmt == "upperLetter":
        return int_to_letters(n).upper()
    if fmt == "lowerLetter":
        return int_to_letters(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(_FULLWIDTH)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt == "none":
        return ""
    return str(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    legal: bool = False
    style: str | None = None


@dataclass
class _Num:
    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)
    levels: dict[int, _Level] = field(default_factory=dict)


def list_number(value: str) -> int:
    """A list start or restart value, within Word's own range."""
    n = int(value)
    if not 0 <= n <= MAX_LIST_NUMBER:
        raise LimitExceeded(f"numbering: list start {count(n)} is outside 0–{count(MAX_LIST_NUMBER)} (Word's own range)")
    return n


def list_level(value: str) -> int:
    """A list level (w:ilvl): Word has nine, 0–8."""
    n = int(value)
    if not 0 <= n <= MAX_LIST_LEVEL:
        raise LimitExceeded(f"numbering: list level {count(n)} is outside 0–{MAX_LIST_LEVEL}")
    return n


def _levels(parent: etree._Element) -> dict[int, _Level]:
    out: dict[int, _Level] = {}
    for lvl in parent.findall(f"{_W}lvl"):
        level = _Level()
        for tag, attr in (("start", "start"), ("numFmt", "fmt"), ("lvlText", "text")):
            el = lvl.find(f"{_W}{tag}")
            if el is not None and el.get(f"{_W}val") is not None:
                value = el.get(f"{_W}val", "")
                setattr(level, attr, list_number(value) if attr == "start" else value)
        level.legal = lvl.find(f"{_W}isLgl") is not None
        ps = lvl.find(f"{_W}pStyle")
        level.style = ps.get(f"{_W}val") if ps is not None else None
        out[list_level(lvl.get(f"{_W}ilvl", "0"))] = level
    return out


class Numbering:
    """Stateful renderer: call :meth:`label` for each numbered paragraph in document order.

    ``budget`` bounds the characters of all labels together (the reader passes the size of
    the document part); past it, or past any cap, a LimitExceeded is raised.
    """

    def __init__(self, root: etree._Element | None, budget: int | None = None) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[tuple[str, int]] = set()
        self.unknown_formats: set[str] = set()
        self.budget = budget
        self.rendered = 0  # characters of labels so far
        if root is None:
            return
        for an in root.findall(f"{_W}abstractNum"):
            self.abstract[an.get(f"{_W}abstractNumId", "")] = _levels(an)
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            entry = _Num(ref.get(f"{_W}val", "") if ref is not None else "")
            for ov in num.findall(f"{_W}lvlOverride"):
                ilvl = list_level(ov.get(f"{_W}ilvl", "0"))
                so = ov.find(f"{_W}startOverride")
                if so is not None:
                    entry.overrides[ilvl] = list_number(so.get(f"{_W}val", "1"))
                entry.levels.update(_levels(ov))
            self.nums[num.get(f"{_W}numId", "")] = entry

    def _level(self, num: _Num, ilvl: int) -> _Level:
        return num.levels.get(ilvl) or self.abstract.get(num.abstract, {}).get(ilvl) or _Level()

    def level_for_style(self, num_id: str, style_id: str) -> int:
        """The level whose pStyle links it to ``style_id`` (style-linked numbering)."""
        num = self.nums.get(num_id)
        if num is not None:
            for ilvl, level in self.abstract.get(num.abstract, {}).items():
                if level.style == style_id:
                    return ilvl
        return 0

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counters for (numId, ilvl) and return the rendered label."""
        num = self.nums.get(num_id)
        if num is None or num_id == "0":
            return ""
        if not 0 <= ilvl <= MAX_LIST_LEVEL:
            raise LimitExceeded(f"numbering: list level {count(ilvl)} is outside 0–{MAX_LIST_LEVEL}")
        counters = self.counters.setdefault(num.abstract, {})
        key = (num_id, ilvl)
        level = self._level(num, ilvl)
        if ilvl in num.overrides and key not in self.started:
            counters[ilvl] = num.overrides[ilvl]
        elif ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = level.start
        self.started.add(key)
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return self._spend(level.text)

        def fill(m: re.Match[str]) -> str:
            k = int(m[1]) - 1
            lv = self._level(num, k)
            value = counters.get(k, lv.start)
            fmt = "decimal" if level.legal and k < ilvl else lv.fmt
            if fmt not in _KNOWN:
                self.unknown_formats.add(fmt)
            return format_number(value, fmt)

        if len(level.text) > MAX_LABEL_CHARS * 2:  # each %N stands for at least one character
            raise LimitExceeded(f"numbering: a list label pattern of {count(len(level.text))} characters (the limit is "
                                 f"{MAX_LABEL_CHARS})")  # fmt: skip
        return self._spend(re.sub(r"%([1-9])", fill, level.text))

    def peek(self, num_id: str, ilvl: int) -> str:
        """The label the next paragraph of (numId, ilvl) would get, the counters left as they were
        (a paragraph the draft does not have: the next in its list, the later ones keeping theirs)."""
        num = self.nums.get(num_id)
        if num is None or num_id == "0":
            return ""
        saved = dict(self.counters.get(num.abstract, {}))
        started, rendered = set(self.started), self.rendered
        try:
            return self.label(num_id, ilvl)
        finally:
            self.counters[num.abstract], self.started, self.rendered = saved, started, rendered

    def _spend(self, label: str) -> str:
        if len(label) > MAX_LABEL_CHARS:
            raise LimitExceeded(f"numbering: a list label of {count(len(label))} characters (the limit is {MAX_LABEL_CHARS})")
        self.rendered += len(label)
        if self.budget is not None and self.rendered > self.budget:
            raise LimitExceeded(f"numbering: list labels would add more than {count(self.budget)} characters to a "
                                 f"{count(self.budget)}-byte document (numbering bomb?)")  # fmt: skip
        return label


_KNOWN = _CHINESE_COUNTING | {"ideographDigital", "chineseLegalSimplified", "upperRoman", "lowerRoman",
                              "upperLetter", "lowerLetter", "decimal", "decimalZero", "decimalFullWidth",
                              "decimalFullWidth2", "decimalHalfWidth", "decimalEnclosedCircle",
                              "decimalEnclosedCircleChinese", "decimalEnclosedParen", "decimalEnclosedFullstop",
                              "none", "bullet"}  # fmt: skip
