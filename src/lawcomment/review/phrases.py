"""A change's words as a reader quotes them: a number with its measure word and bound
(“三年内”修改为“一年内”, not “三”修改为“一”), never a lone character, for the submission's
supporters lines and the amendment instrument."""

from __future__ import annotations

import unicodedata

#: Characters of a number written out (三十, 二十万, 1.5, ５０).
NUMERAL = frozenset("〇零一二两三四五六七八九十百千万亿0123456789０１２３４５６７８９.．")
#: What follows a number in law text, longest first: its measure word, then its bound.
UNITS = ("个工作日", "个月", "工作日", "小时", "周岁", "万元", "亿元", "日", "天", "年", "月", "周", "元", "倍", "次",
         "人", "家", "项", "条", "款", "%", "％")  # fmt: skip
BOUNDS = ("以上", "以下", "以内", "之内", "内")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or unicodedata.category(ch) == "Lo"


def readable_span(base: str, start: int, end: int, new: str) -> tuple[int, int]:
    """Where to quote the change of ``base[start:end]`` to ``new`` from: the span itself, or
    wider so the quoted words read as words. A number changed is quoted whole with its measure
    word and bound (自…之日起「三」年内 → 「三年内」; 处「五万」元以下 → 「五万元以下」); a replacement
    or deletion of a single character takes the character after it (or before, at the end of a
    line or before punctuation). An insertion is quoted as it is."""
    if start >= end:
        return start, end
    a, b = start, end
    if any(ch in NUMERAL for ch in base[a:b] + new):
        while a > 0 and base[a - 1] in NUMERAL:
            a -= 1
        while b < len(base) and base[b] in NUMERAL:
            b += 1
        if all(ch in NUMERAL for ch in base[a:b]):  # a number alone (not 一般): its unit and bound after it
            b += next((len(u) for u in UNITS if base.startswith(u, b)), 0)
            b += next((len(u) for u in BOUNDS if base.startswith(u, b)), 0)
    if b - a < 2:
        if b < len(base) and _is_han(base[b]):
            b += 1
        elif a > 0 and _is_han(base[a - 1]):
            a -= 1
    return a, b
