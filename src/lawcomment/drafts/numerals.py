"""Chinese, Roman and letter numerals: parse and format the numbers that label legal units.

>>> cn_to_int("一百零五"), cn_to_int("十二"), cn_to_int("两千〇一"), cn_to_int("二〇二四")
(105, 12, 2001, 2024)
>>> int_to_cn(110), int_to_cn(100000), int_to_cn(10010)
('一百一十', '十万', '一万零一十')
"""

from __future__ import annotations

import functools

from ..lazy import lazy_pattern

_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    # 大写 (financial) forms appear in some formal instruments.
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_CN_DIGIT_OUT = "零一二三四五六七八九"
_DIGIT_CHARS = "".join(_DIGITS)
#: Every numeral character's value: below 10 a digit, below 10,000 a small unit, else a big one.
_VALUES = {**_DIGITS, **_SMALL_UNITS, **_BIG_UNITS}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")

#: Characters that can make up a Chinese numeral (for building regexes).
CN_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL_UNITS) + "".join(_BIG_UNITS)
#: A regex character class matching one numeral character: Chinese, ASCII or full-width digit.
NUMERAL_CLASS = f"[{CN_NUMERAL_CHARS}0-9０-９]"


@functools.lru_cache(maxsize=4096)  # a law writes the same few hundred numbers thousands of times
def cn_to_int(text: str) -> int:
    """Parse a Chinese numeral, ASCII or full-width digits; raise ValueError otherwise.

    Accepts 〇/零/两, a bare leading 十 (十二), the non-canonical 一百十, positional
    digit strings (二〇二四) and 大写 forms (壹佰零壹).

    >>> [cn_to_int(s) for s in ("十", "一十一", "一百十", "１２", "二十万零三")]
    [10, 11, 110, 12, 200003]
    """
    s = text.strip().translate(_FULLWIDTH)
    if not s:
        raise ValueError("empty numeral")
    if s.isascii() and s.isdigit():
        return int(s)
    if not s.strip(_DIGIT_CHARS):  # only digits: positional, 二〇二四
        value = 0
        for ch in s:
            value = value * 10 + _DIGITS[ch]
        return value
    total = section = 0
    digit: int | None = None
    for ch in s:  # one look-up a character: a law's 1,260 article numbers are each read once
        v = _VALUES.get(ch)
        if v is None:
            raise ValueError(f"not a Chinese numeral: {text!r}")
        if v < 10:
            if digit is not None and v != 0:
                raise ValueError(f"not a Chinese numeral: {text!r}")
            digit = v if v else None
        elif v < 10_000:
            section += (1 if digit is None else digit) * v
            digit = None
        else:
            section += digit or 0
            if section == 0:
                raise ValueError(f"not a Chinese numeral: {text!r}")
            total = (total + section) * v if v > 10_000 else total + section * v
            section = 0
            digit = None
    return total + section + (digit or 0)


def _group_to_cn(n: int, leading: bool) -> str:
    """Format 0 < n < 10000; ``leading`` allows dropping the 一 of 一十."""
    out: list[str] = []
    zero_pending = False
    for power, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // power % 10
        if d == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        if not (power == 10 and d == 1 and leading and not out):
            out.append(_CN_DIGIT_OUT[d])
        out.append(unit)
    return "".join(out)


def int_to_cn(n: int) -> str:
    """Format a non-negative integer in the style of PRC legislation (十二, 一百零五, 十万).

    >>> [int_to_cn(n) for n in (0, 10, 15, 20, 101, 1010, 10000, 100001, 120000)]
    ['零', '十', '十五', '二十', '一百零一', '一千零一十', '一万', '十万零一', '十二万']
    """
    if n < 0:
        raise ValueError("negative numbers have no Chinese numeral here")
    if n == 0:
        return "零"
    groups: list[int] = []
    while n:
        groups.append(n % 10_000)
        n //= 10_000
    units = ["", "万", "亿", "万亿"]
    if len(groups) > len(units):
        raise ValueError("number too large")
    out: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        g = groups[index]
        if g == 0:
            continue
        if out and (g < 1000 or groups[index + 1] == 0):
            out.append("零")
        out.append(_group_to_cn(g, leading=not out) + units[index])
    return "".join(out)


def is_canonical_cn(text: str) -> bool:
    """True when ``text`` is written the way :func:`int_to_cn` writes it (flags 一十一, 两百)."""
    try:
        return int_to_cn(cn_to_int(text)) == text
    except ValueError:
        return False


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]  # fmt: skip
#: (compiled on first use: a Chinese law has no Roman numerals to read)
_ROMAN_RE = lazy_pattern(r"^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def int_to_roman(n: int) -> str:
    """Upper-case Roman numeral for 1..4999.

    >>> int_to_roman(14)
    'XIV'
    """
    if not 0 < n < 5000:
        raise ValueError("Roman numerals run from 1 to 4999")
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def roman_to_int(text: str) -> int:
    """Parse a Roman numeral in either case.

    >>> roman_to_int("xiv")
    14
    """
    s = text.strip().upper()
    if not s or not _ROMAN_RE().match(s):
        raise ValueError(f"not a Roman numeral: {text!r}")
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total


def int_to_letters(n: int) -> str:
    """Word's letter numbering: a … z, then aa, bb … (the letter repeats)."""
    if n < 1:
        raise ValueError("letter numbering starts at 1")
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def letters_to_int(text: str) -> int:
    """Inverse of :func:`int_to_letters` (case-insensitive)."""
    s = text.strip().lower()
    if not s or not s.isascii() or not s.isalpha() or len(set(s)) != 1:
        raise ValueError(f"not a letter number: {text!r}")
    return (len(s) - 1) * 26 + ord(s[0]) - ord("a") + 1


def parse_number(text: str) -> int:
    """Parse a label number of any style: 12, １２, 十二, XIV, c (letters count a=1)."""
    s = text.strip()
    try:
        return cn_to_int(s)
    except ValueError:
        pass
    if s.isascii() and s.isalpha():
        if _ROMAN_RE().match(s.upper()) and (len(s) > 1 or s.upper() in "IVXLCDM"):
            return roman_to_int(s)
        return letters_to_int(s)
    raise ValueError(f"not a number: {text!r}")
