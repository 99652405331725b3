"""Render Word auto-numbering labels (第%1条 with chineseCounting, Article %1 …) as printed.

docx2python does not render these (tech-facts §1), so lawcomment keeps its own renderer:
abstractNum levels, lvlOverride/startOverride, style-linked numbering, per-level counters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .docx_package import W
from .numerals import int_to_cn, int_to_letters, int_to_roman

_W = f"{{{W}}}"
_CN_UPPER = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_CHINESE_COUNTING = {"chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
                     "taiwaneseCountingThousand", "japaneseCounting", "koreanCounting", "koreanDigital2",
                     "ideographTraditional"}  # fmt: skip


def format_number(n: int, fmt: str) -> str:
    """Format ``n`` in an OOXML ST_NumberFormat; unknown formats and values a format
    cannot express (Roman 0, letter -1) fall back to decimal."""
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


def _levels(parent: etree._Element) -> dict[int, _Level]:
    out: dict[int, _Level] = {}
    for lvl in parent.findall(f"{_W}lvl"):
        level = _Level()
        for tag, attr in (("start", "start"), ("numFmt", "fmt"), ("lvlText", "text")):
            el = lvl.find(f"{_W}{tag}")
            if el is not None and el.get(f"{_W}val") is not None:
                value = el.get(f"{_W}val", "")
                setattr(level, attr, int(value) if attr == "start" else value)
        level.legal = lvl.find(f"{_W}isLgl") is not None
        ps = lvl.find(f"{_W}pStyle")
        level.style = ps.get(f"{_W}val") if ps is not None else None
        out[int(lvl.get(f"{_W}ilvl", "0"))] = level
    return out


class Numbering:
    """Stateful renderer: call :meth:`label` for each numbered paragraph in document order."""

    def __init__(self, root: etree._Element | None) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[tuple[str, int]] = set()
        self.unknown_formats: set[str] = set()
        if root is None:
            return
        for an in root.findall(f"{_W}abstractNum"):
            self.abstract[an.get(f"{_W}abstractNumId", "")] = _levels(an)
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            entry = _Num(ref.get(f"{_W}val", "") if ref is not None else "")
            for ov in num.findall(f"{_W}lvlOverride"):
                ilvl = int(ov.get(f"{_W}ilvl", "0"))
                so = ov.find(f"{_W}startOverride")
                if so is not None:
                    entry.overrides[ilvl] = int(so.get(f"{_W}val", "1"))
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
            return level.text

        def fill(m: re.Match[str]) -> str:
            k = int(m[1]) - 1
            lv = self._level(num, k)
            value = counters.get(k, lv.start)
            fmt = "decimal" if level.legal and k < ilvl else lv.fmt
            if fmt not in _KNOWN:
                self.unknown_formats.add(fmt)
            return format_number(value, fmt)

        return re.sub(r"%([1-9])", fill, level.text)


_KNOWN = _CHINESE_COUNTING | {"ideographDigital", "chineseLegalSimplified", "upperRoman", "lowerRoman",
                              "upperLetter", "lowerLetter", "decimal", "decimalZero", "decimalFullWidth",
                              "decimalFullWidth2", "decimalHalfWidth", "decimalEnclosedCircle",
                              "decimalEnclosedCircleChinese", "decimalEnclosedParen", "decimalEnclosedFullstop",
                              "none", "bullet"}  # fmt: skip
