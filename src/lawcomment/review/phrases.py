"""A change's words as a reader quotes them: a number with its measure word and bound
(“三年内”修改为“一年内”, not “三”修改为“一”), never a lone character, for the submission's
supporters lines and the amendment instrument."""

from __future__ import annotations

import re

import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence

#: Characters of a number written out (三十, 二十万, 15, ５０); a decimal point only between digits.
NUMERAL = frozenset("〇零一二两三四五六七八九十百千万亿0123456789０１２３４５６７８９")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_POINT = frozenset(".．")
#: What follows a number in law text, longest first: its measure word, then its bound.
UNITS = ("个工作日", "平方公里", "平方米", "立方米", "个月", "工作日", "小时", "周岁", "周年", "万元", "亿元", "公里", "千米",
         "公顷", "公斤", "千克", "日", "天", "年", "月", "周", "元", "倍", "次", "人", "家", "项", "条", "款", "米", "亩",
         "吨", "克", "头", "只", "岁", "%", "％")  # fmt: skip
BOUNDS = ("以上", "以下", "以内", "之内", "内")
#: What follows 内 when it opens a word (内容, 内部, 内地 …) rather than bounds a number (五日内).
_NOT_WITHIN = frozenset("容部地外涵资设控")



#: An entry of a list as words put into it carry it: 、 then words with no other mark between.
_LIST_ENTRY = re.compile(r"、[^、，,；;。：:\n（）()]{2,}")


def list_entries(words: str) -> list[str]:
    """``words`` put into a list, as the entries they add (「、保险资产管理公司、非银行支付机构」 →
    「、保险资产管理公司」, 「、非银行支付机构」; 「甲、乙、」, put in before an entry, → 「甲、」, 「乙、」); [] when
    they are not entries of a list alone."""
    if words.endswith("、") and not words.startswith("、"):
        return [f"{w[1:]}、" for w in list_entries(f"、{words[:-1]}")]
    entries = _LIST_ENTRY.findall(words)
    return entries if "".join(entries) == words else []


def quantities(text: str) -> list[tuple[int, int]]:
    """Where ``text`` states a quantity: a number written out, with its measure word and bound
    after it (五日内, 二千元以下, 三个工作日, 15%), as (start, end) in order. Two members who
    change one quantity differently (五日 → 十日, and 五个工作日) propose two periods, not two
    changes that go together."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        if text[i] not in NUMERAL:
            i += 1
            continue
        start, ordinal = i, text.endswith("第", 0, i)  # 第三十条 cites; it states no quantity
        while i < len(text) and (text[i] in NUMERAL or (text[i] in ".．" and i + 1 < len(text) and text[i + 1] in _DIGITS
                                                          and text[i - 1] in _DIGITS)  # fmt: skip
                                 # a fraction is one number (百分之十, 三分之二): never 十 alone, quoted cut
                                 # in half (反垄断法 2022 第五十七条, a trial)
                                 or (text.startswith("分之", i) and i > start and i + 2 < len(text)
                                     and text[i + 2] in NUMERAL)):  # fmt: skip
            i += 2 if text[i] == "分" else 1
        i += next((len(u) for u in UNITS if text.startswith(u, i)), 0)
        bound = next((u for u in BOUNDS if text.startswith(u, i)), "")
        if bound == "内" and text[i + 1:i + 2] in _NOT_WITHIN:
            bound = ""  # 三项内容: 内 opens a word of its own
        i += len(bound)
        if not ordinal:
            out.append((start, i))
    return out

def ranges(text: str) -> list[tuple[int, int, int]]:
    """Where ``text`` states a range of two quantities (五万元以上二十万元以下, 五万元至二十万元): (its
    start, where its upper bound starts, its end), in order."""
    out = []
    for (a1, b1), (a2, b2) in zip(found := quantities(text), found[1:]):
        if (b1 == a2 and text.endswith("以上", 0, b1) and text.endswith("以下", 0, b2)) or text[b1:a2] in ("至", "到"):
            out.append((a1, a2, b2))
    return out


def inside_number(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` begin or end inside a larger number, or are a
    citation's number: 十万元以上 of 二十万元以上, 五日 of 十五日, 三十 of 第三十条. A magnitude
    with what it counts (万元 of 五万元) is words of their own."""
    if start >= end:
        return False
    first, last = text[start], text[end - 1]
    unit = first in "百千万亿" and text[start + 1:start + 2] not in NUMERAL
    before, after = text[start - 1:start] if start else "", text[end:end + 1]
    # (a decimal point goes on with the number around it: 5万元 of 1.5万元, 1 of 1.5)
    if first in NUMERAL and ((before and (before in NUMERAL or before in _POINT) and not unit) or before == "第"):
        return True
    return last in NUMERAL and bool(after) and (after in NUMERAL or after in _POINT or after in "条款项章节编")


def whole_places(text: str, words: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where ``words`` stand in ``text[start:end]`` (offsets in ``text``, overlapping places too),
    never inside a larger number or as a citation's number (:func:`inside_number`): 十万 of 十万元,
    not the 十万 of 二十万元."""
    end = len(text) if end is None else end
    found, k = [], text.find(words, start, end) if words else -1
    while k != -1 and k + len(words) <= end:
        if not inside_number(text, k, k + len(words)):
            found.append(k)
        k = text.find(words, k + 1, end)
    return found


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or unicodedata.category(ch) == "Lo"


def conflict_words(base: str, start: int, end: int, texts: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """The words of a conflict over ``base[start:end]`` as staff read them: a number with its
    measure word and bound, on the draft's side and in each alternative of ``texts`` alike
    (满「15」日 with 「15个工作」 proposed: 「15日」 against 「15个工作日」, never the cut fragments)."""
    if start >= end or not all(ch in NUMERAL for ch in base[start:end]):
        return base[start:end], tuple(texts)
    a, b = readable_span(base, start, end, base[start:end])
    return base[a:b], tuple(base[a:start] + t + base[end:b] for t in texts)


def readable_span(base: str, start: int, end: int, new: str, usage: Mapping[str, int] | None = None) -> tuple[int, int]:
    """Where to quote the change of ``base[start:end]`` to ``new`` from: the span itself, or
    wider so the quoted words read as words. A number changed is quoted with its measure word
    and bound after it (自…之日起「三」年内 → 「三年内」; 处「五万」元以下 → 「五万元以下」), a 第 or
    百分之 before it; a replacement or deletion of a single character takes the character after
    it (or before, at the end of a line or before punctuation). An insertion is quoted as it is.
    (The merge's diff keeps a number whole, so nothing is taken from the words before it: 统一
    stays out of 「三十日」.)"""
    if start >= end:
        return start, end
    a, b = start, end
    # words that end in a number (三千元以上五万 → 五千元以上十万: two bounds changed, one span) end
    # with its measure word and bound too: 「三千元以上五万元以下」, never 「…五万」
    ends_in_number = bool(new) and new[-1] in NUMERAL and base[b - 1] in NUMERAL and _quantity_ends(base, a, b)
    if ends_in_number or (all(ch in NUMERAL or ch in ".．" for ch in base[a:b] + new) and any(ch in NUMERAL for ch in base[a:b])):
        while b < len(base) and (base[b] in NUMERAL or (base[b] in ".．" and b + 1 < len(base) and base[b + 1] in _DIGITS
                                                         and base[b - 1] in _DIGITS)):  # fmt: skip
            b += 1
        b += next((len(u) for u in UNITS if base.startswith(u, b)), 0)
        b += next((len(u) for u in BOUNDS if base.startswith(u, b)), 0)
        if base.endswith("百分之", 0, a):
            a -= 3
        elif base.endswith("第", 0, a):
            a -= 1
    if b - a == 1 and base[a] in _CONJUNCTIONS and base[a:a + 2] not in _CONJUNCTION_WORDS and \
            base[max(0, a - 1):a + 1] not in _CONJUNCTION_WORDS and new and (
            not is_han(new[0]) or new[0] in _CONJUNCTIONS):  # fmt: skip
        return a, b  # 「和」 → 「、」: a conjunction is a word alone (never 「和商业秘」 → 「、工作秘密、商业秘」: a trial's)
    if b - a < 2:
        after = b < len(base) and is_han(base[b])
        before = a > 0 and is_han(base[a - 1])
        # 的 on one side and not the other: the word is on the other (必「需」的 → 「必需」, never 「需的」); any
        # other character may make a word (属于, 取得, 予以): the law's pairs say which
        if after and before and (base[b] in _PARTICLES) != (base[a - 1] in _PARTICLES):
            after, before = base[b] not in _PARTICLES, base[a - 1] not in _PARTICLES
        if after and before and usage is not None and usage.get(base[a - 1:b], 0) > usage.get(base[a:b + 1], 0):
            a -= 1  # the word the law uses (国有「资产」占… for 产 → 本, not 「产占」): ``usage`` counts its pairs
            # and on to the word that character belongs to, up to four: 养殖场 (养殖 stands more often than 殖场
            # in the law), never 「殖场」修改为「殖者」 (a trial's 畜牧法 第四十二条)
            while usage is not None and a > 0 and b - a < 4 and is_han(base[a - 1]) and \
                    usage.get(base[a - 1:a + 1], 0) >= max(2, usage.get(base[a:a + 2], 0)):  # fmt: skip
                a -= 1
        elif after:
            b += 1
            while usage is not None and b < len(base) and b - a < 4 and is_han(base[b]) and \
                    usage.get(base[b - 1:b + 1], 0) >= max(2, usage.get(base[b - 2:b], 0)):  # fmt: skip
                b += 1
        elif before:
            a -= 1
    return a, b


def words_before(base: str, at: int, most: int = 12, least: int = 4) -> str:
    """The words of ``base`` just before ``at``, to say where something is put in: from the last
    mark, 的 or line break at least ``least`` characters back, within ``most`` (「国家秘密和商业秘密」,
    never 「家秘密和商业秘密」: a trial's review page); without one, the last ``most`` characters
    after an ellipsis."""
    start = max(0, at - most)
    cut = next((k + 1 for k in range(at - least - 1, start - 1, -1) if base[k] in _BOUNDARIES), None)
    if cut is None:
        return ("…" if start > 0 and base[start - 1] not in _BOUNDARIES else "") + base[start:at]
    if cut > 0 and base[cut - 1] in "（(" and _LABEL_REST.match(base, cut):
        cut -= 1  # an item's label whole: 「（三）销售」, never 「三）销售」 (a trial's conflict)
    return base[cut:at]


#: The rest of an item's label after its opening bracket: 三） of （三）.
_LABEL_REST = re.compile(r"[一二三四五六七八九十百〇零\d０-９]{1,4}[）)]")


#: Where a phrase begins: after a mark, 的 or a line break.
_BOUNDARIES = frozenset("，。；：、！？（）《》“”‘’的\n ")


#: Conjunctions the law writes between the items of a list: one put in place of another, or of a
#: 、, is quoted alone (「和」 → 「、」), never with the words of the item after it.
_CONJUNCTIONS = frozenset("和与及或")
#: Words a conjunction begins (或者, 及时): one of them changed is quoted with the word.
_CONJUNCTION_WORDS = frozenset({"或者", "或许", "及时", "及其", "与其", "和平", "和解", "和谐", "以及", "涉及", "普及", "危及",
                                "顾及", "提及", "波及", "惠及", "不及", "参与", "给与", "授与", "总和", "缓和", "调和", "温和"})

#: A character that joins words and makes none (目的 aside): a character changed beside it is quoted
#: with its other neighbour.
_PARTICLES = frozenset("的")


def word_ends(base: str, a: int, b: int, usage: Mapping[str, int]) -> tuple[int, int]:
    """``base[a:b]`` widened by a character at either end that its neighbour makes a word with,
    as the law's pairs of characters (``usage``) tell: quoted words never cut one (「所服」 → 「所服务」)."""
    def pair(x: int) -> int:  # how often the law has base[x:x+2] as two Chinese characters (a mark is no word)
        return usage.get(base[x:x + 2], 0) if x >= 0 and all(is_han(ch) for ch in base[x:x + 2]) else 0

    if b < len(base) and is_han(base[b]) and is_han(base[b - 1]) and pair(b - 1) >= max(2, 2 * pair(b - 2)):
        b += 1
    if a > 0 and is_han(base[a - 1]) and is_han(base[a]) and pair(a - 1) >= max(2, 2 * pair(a)):
        a -= 1
    return a, b


def _quantity_ends(base: str, a: int, b: int) -> bool:
    """Whether ``base[a:b]`` ends in the number of a quantity: its run of numerals goes on to a
    measure word (五万元, 三十日), and is no 一 of a word (统一, 唯一, 之一)."""
    k = b
    while k > a and base[k - 1] in NUMERAL:
        k -= 1
    e = b
    while e < len(base) and base[e] in NUMERAL:
        e += 1
    if base[k:e] == "一" and k > 0 and is_han(base[k - 1]) and base[k - 1] not in NUMERAL:
        return False
    return any(base.startswith(u, e) for u in UNITS)


def pair_usage(text: str) -> Counter[str]:
    """How often each pair of characters stands in ``text`` (a law): which of a character's two
    neighbours it makes a word with, for :func:`readable_span`."""
    return Counter(text[k:k + 2] for k in range(len(text) - 1))
