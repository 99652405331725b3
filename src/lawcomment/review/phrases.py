"""A change's words as a reader quotes them: a number with its measure word and bound
(“三年内”修改为“一年内”, not “三”修改为“一”), never a lone character, for the submission's
supporters lines and the amendment instrument."""

from __future__ import annotations

import re

import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

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

def bounds_quantity(words: str, after: str = "") -> bool:
    """Whether ``words`` put in right after a quantity bound it (二年 → 二年以上, 二年内), ``after``
    being what follows there: never the 内 that opens a word (内容, 内部)."""
    bound = next((u for u in BOUNDS if words.startswith(u)), "")
    return bool(bound) and not (bound == "内" and (words[1:] + after)[:1] in _NOT_WITHIN)


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
            # (never across 的, which joins words: 「股票」, never 「公司的股票」)
            while usage is not None and a > 0 and b - a < 4 and is_han(base[a - 1]) and base[a - 1] not in _PARTICLES \
                    and usage.get(base[a - 1:a + 1], 0) >= max(2, usage.get(base[a:a + 2], 0)):  # fmt: skip
                a -= 1
        elif after:
            b += 1
            while usage is not None and b < len(base) and b - a < 4 and is_han(base[b]) and base[b] not in _PARTICLES \
                    and usage.get(base[b - 1:b + 1], 0) >= max(2, usage.get(base[b - 2:b], 0)):  # fmt: skip
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


#: Times a term's characters stand together in a law, at least, to be read as one.
TERM_TIMES = 3
#: Characters a quote is widened by, at most on each side, to end where a term ends (行政|主管部门); a
#: term that goes on further is not followed (a long name: the change's own words are quoted).
TERM_REACH = 6


@dataclass(frozen=True, slots=True)
class LawWords(Mapping[str, int]):
    """A law's text read for the terms it writes: how often a run of characters stands in it
    (counted when first asked), so that quoted words never stop inside one: 股|票, 行政|法规,
    执行|董事 (the law writes 政 before 法, 执行 before 董事 nearly always). As a mapping, each
    character and pair of characters of the law to how often it stands (:func:`pair_usage`'s
    ``usage``, which :func:`readable_span` reads); any other run counts as asked."""

    text: str
    _counts: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    _pairs: list[Counter[str]] = field(default_factory=list, repr=False, compare=False)

    def count(self, words: str) -> int:
        """How often ``words`` stand in the law (overlapping places once)."""
        if len(words) <= 2:
            if not self._pairs:  # (characters and pairs counted in one pass: asked most)
                self._pairs.append(Counter(self.text) + pair_usage(self.text))
            return self._pairs[0].get(words, 0)
        n = self._counts.get(words)
        if n is None:
            n = self._counts[words] = self.text.count(words)
        return n

    def __getitem__(self, words: str) -> int:
        return self.count(words)

    def __contains__(self, words: object) -> bool:
        return isinstance(words, str) and self.count(words) > 0

    def __iter__(self) -> Iterator[str]:
        self.count("")
        return iter(self._pairs[0])

    def __len__(self) -> int:
        self.count("")
        return len(self._pairs[0])

    def get(self, words: str, default: int | None = None) -> int:  # type: ignore[override]
        return self.count(words)

    def goes_on(self, text: str, at: int, back: bool, word: bool = False) -> bool:
        """Whether the term of the words ``text`` quotes up to ``at`` (``back``: from ``at`` on)
        goes on through ``at`` as the law writes it: wherever the law has the character inside
        (with ``word``, or the word of two ending there), at least half the times and at least
        :data:`TERM_TIMES`, the character beyond it follows (股|票: 股 before 票; 行政|法规: 法 after
        政, then 规 after 政法). Never into or beside 的, a mark, a number or 第, nor from a word
        into a character the law writes alone (必须|经) or from one of the words that make phrases,
        not terms (其他|直接责任人员)."""
        if not 0 < at < len(text) or not _wordy(text[at - 1]) or not _wordy(text[at]):
            return False
        pair = text[at - 1:at + 1]
        if self.count(pair) < TERM_TIMES or (text[at:at + 2] if back else text[max(0, at - 2):at]) in _PHRASE_WORDS:
            return False  # (the pair across stands in every longer run across: none stands often)
        inner = text[at] if back else text[at - 1]
        if 2 * self.count(pair) >= self.count(inner):
            return True
        if not word:
            return False
        inner, beyond = (text[at:at + 2], text[at - 1]) if back else (text[at - 2:at], text[at])
        if len(inner) < 2 or not all(_wordy(ch) for ch in inner) or beyond in ALONE or inner in _PHRASE_WORDS:
            return False
        together = self.count(beyond + inner if back else inner + beyond)
        return together >= TERM_TIMES and 2 * together >= self.count(inner)


#: Characters after which a word ends, whatever the law writes after them (之日|起).
_DATE_ENDS = frozenset("日月年元")


def cuts_word(text: str, at: int, words: Mapping[str, int]) -> bool:
    """Whether ``at`` of ``text`` (between two characters) falls inside a word the law (``words``) writes:
    the two Chinese characters across it stand together :data:`TERM_TIMES` times at least, and at least as
    often as each of them stands with its other neighbour (中|国 of 在中国境内, 处|罚 of 规定处罚; never 在|中,
    nor beside 的, a mark, a number or 第, nor before a character the law writes alone (元|以下, 规定|由), nor
    after a conjunction (部门和|省) or a day, month, year or sum (之日|起, 公布日|或者)); or they are one of
    the words of :data:`WORDS`, however seldom the law writes it, where neither of them makes another
    of those words with its other neighbour (以|上 of 元以上, 违法行|为, 监|视; never 可以|上市)."""
    if 0 < at < len(text) and _lexicon_word(text, at):
        return True
    if not 0 < at < len(text) or not _wordy(text[at - 1]) or not _wordy(text[at]) or text[at] in ALONE or \
            text[at - 1] in _DATE_ENDS or text[at - 1] in _CONJUNCTIONS:  # fmt: skip
        return False

    def pair(x: int) -> int:
        two = text[x:x + 2] if 0 <= x else ""
        return words.get(two, 0) if len(two) == 2 and all(_wordy(ch) for ch in two) else 0

    across = pair(at - 1)
    return across >= TERM_TIMES and across >= pair(at - 2) and across >= pair(at)


#: Words of two characters that law text writes, cut nowhere inside, whatever a law's own counts say: those
#: of a character the law writes alone too (以上, 行为, 应当), after a day, month, year or sum (年度, 日期), and
#: common words a law may write seldom (监视, 发给, 通关). A quote never stops between their characters.
WORDS = frozenset({
    "以上", "以下", "以内", "以外", "以前", "以后", "以来", "以及", "以便", "以免", "之上", "之下", "之内", "之外",
    "之前", "之后", "之间", "之中", "之日", "其中", "其他", "其间", "行为", "作为", "认为", "成为", "视为", "因为",
    "行使", "应当", "可以", "不得", "不予", "给予", "对于", "关于", "由于", "属于", "等于", "基于", "用于", "鉴于",
    "便于", "对外", "国内", "境内", "境外", "国外", "年度", "年龄", "年限", "日期", "日常", "月份", "元素", "监视",
    "监测", "监督", "发给", "发放", "通关", "海关", "农民", "依法", "依照", "按照", "或者", "并且", "中国", "全国",
    "外国", "本国", "工作", "使用", "生产", "经营", "许可", "管理", "部门", "规定", "法律", "法规", "行政", "人民",
    "政府", "单位", "个人", "组织", "机构", "机关", "企业", "社会", "安全", "标准", "活动", "处罚", "罚款", "违法",
    "责任", "措施", "制度", "信息", "证明", "申请", "登记", "检查", "保护", "服务", "检疫", "手续", "办理",
})  # fmt: skip


def _lexicon_word(text: str, at: int) -> bool | None:
    """True where ``at`` of ``text`` cuts a word of :data:`WORDS`; None where the list does not say: no such
    word across it, or one of its characters makes another with its other neighbour (可以|上市: the law's
    counts say)."""
    across, before, after = text[at - 1:at + 1], text[max(0, at - 2):at], text[at:at + 2]
    if across not in WORDS or (len(before) == 2 and before in WORDS) or (len(after) == 2 and after in WORDS):
        return None
    return True


def _wordy(ch: str) -> bool:
    """A Chinese character that may stand inside a term: no mark, no 的, no numeral, no 第 (a
    citation is a token of its own: 「第三十五条」, never 「违反本法第三十五条」)."""
    return is_han(ch) and ch not in _PARTICLES and ch not in NUMERAL and ch != "第"


#: Words the law writes before or after others in phrases, never as part of a term: quoted words do not
#: go on from them into the next word (删去“其他”, never 将“其他直接责任”修改为“直接责任”).
_PHRASE_WORDS = frozenset({"其他", "有关", "相关", "依法", "应当", "可以", "不得", "必须", "或者", "以及", "并且", "按照",
                           "依照", "根据", "国家", "各级", "本法", "任何", "其中", "同时", "需要", "负责", "没有"})
#: Characters the law writes as words of their own (经, 由, 对 …): after a word, they make a phrase
#: with it, not a term (必须经, 由董事会).
ALONE = frozenset("经由向对在于和或及与并且将把被为以按依从自给之其所等应可不也即则均时后前中内外上下")


def term_ends(base: str, a: int, b: int, words: LawWords, reach: int = TERM_REACH) -> tuple[int, int]:
    """``base[a:b]`` widened so that neither end stops inside a term the law writes
    (:meth:`LawWords.goes_on`): 「、行政」 of 法律、行政法规 is 「、行政法规」, 「票」 of 股票 「股票」;
    a side whose term goes on more than ``reach`` characters is left as it is."""
    if a >= b:
        return a, b
    start, end = a, b
    # (where the quote starts, a character cut from its word; from there on, the word too: 政法|规; where
    # it ends, a word too, as a term's first word is read on into its head, 执行|董事, and a character
    # before words, 会|会议 of 股东会会议, is no part of them)
    while a > 0 and words.goes_on(base, a, True, a < start):
        a -= 1
        if start - a > reach:
            a = start
            break
    while b < len(base) and words.goes_on(base, b, False, True):
        b += 1
        if b - end > reach:
            b = end
            break
    return a, b


#: Marks that may open or close quoted words.
_QUOTE_MARKS = frozenset("，、；：。！？,;:.!?（）()")


def quote_span(base: str, start: int, end: int, new: str, words: LawWords | None = None) -> tuple[int, int]:
    """Where to quote the change of ``base[start:end]`` to ``new`` from, as a drafter writes it:
    :func:`readable_span` (a number with its measure word and bound, a lone character with its
    word), then with ``words`` (the law's) no end inside a term the law writes (:func:`term_ends`:
    将“股票”修改为“股份”, never “票”); a mark taken out or put in at either end quoted with the
    word beyond it (将“法律、行政法规”修改为“法律法规”, never 将“、行政法规”修改为“法规”; “资本时，必须”
    → “资本，应当”, never “时，必须” → “，应当”); and neither the old words nor the new ones a lone
    character (将“质押权”修改为“质权”, never “押权” → “权”). Words taken out that are words of their
    own, whatever the law writes around them alone too, are quoted alone (:func:`whole_words_taken_out`:
    删去“上市”, never 将“上市公司”修改为“公司”), and words of their own taken out where no term reads on are
    first read with the term's head after them (:func:`head_end`: 将“行政处分”修改为“处分” where the law writes
    行政处分 twice only). An insertion is quoted as it is."""
    a, b = readable_span(base, start, end, new, words)
    if start >= end or ((a, b) == (start, end) and base[start:end] in _CONJUNCTIONS):
        return a, b  # (a conjunction replaced is quoted alone: 「和」 → 「、」)
    if words is not None and not inside_number(base, a, b):
        wa, wb = term_ends(base, a, b, words)
        a, b = (a if inside_number(base, wa, b) else wa), (b if inside_number(base, a, wb) else wb)

    def said(x: int, y: int) -> str:
        return base[x:start] + new + base[end:y]

    # a mark at one end of the old words and not of the new ones (or the other way): the word beyond it too
    old, put = base[a:b], said(a, b)
    if put and old[:1] != put[:1] and (old[:1] in _QUOTE_MARKS or put[:1] in _QUOTE_MARKS):
        k = a
        while k > 0 and a - k < 2 and is_han(base[k - 1]) and base[k - 1] not in _QUOTE_MARKS:
            k -= 1
        if k < a and words is not None:
            k = _word_start(base, k, words)
        a = k
    old, put = base[a:b], said(a, b)
    if put and old[-1:] != put[-1:] and (old[-1:] in _QUOTE_MARKS or put[-1:] in _QUOTE_MARKS):
        k = b
        while k < len(base) and k - b < 2 and is_han(base[k]) and base[k] not in _QUOTE_MARKS:
            k += 1
        if k > b and words is not None:
            k = _word_end(base, k, words)
        b = k
    if not new and words is not None and (a, b) == (start, end) and end - start >= 2 and base[start:end] not in _PHRASE_WORDS \
            and all(_wordy(ch) for ch in base[start:end]):  # fmt: skip
        # words taken out that no term of the law reads on from (its terms stand TERM_TIMES times: 公司法 2018
        # writes 行政处分 twice) are quoted with the words after them as amendment.write quotes them, and so
        # renamed or 删去 by the rule below (将“行政处分”修改为“处分”, never 删去“行政”; 删去“上市”)
        b = head_end(base, a, b, end, words, len(base))
    a, b = no_lone_character(base, start, end, new, a, b, words)
    if not new and words is not None and (a, b) != (start, end) and whole_words_taken_out(base, start, end, a, b, words):
        return start, end  # a modifier taken out of a term the law writes alone too: 删去“上市”, never 将“上市公司”修改为“公司”
    return a, b


def head_end(base: str, a: int, b: int, end: int, usage: Mapping[str, int] | None, hi: int) -> int:
    """Where the quote ``base[a:b]`` of words taken out (ending at ``end``) ends: with the head of the
    term they stand in, up to two characters after ``end`` within ``hi``, when the law (``usage``) writes
    the pair across their end at least twice and at least as often as the pair across their start
    (行政|处分 in 公司法 2018, 依法给予|行政: 给予 is no part of the term); otherwise ``b``. Whether the
    words are then a term renamed or a modifier taken out is :func:`whole_words_taken_out`'s to say
    (将“行政处分”修改为“处分”; 删去“上市” of 上市公司)."""
    if b - a <= 2 and 0 < a and is_han(base[a - 1]) and b < hi and is_han(base[b]) and usage is not None and \
            usage.get(base[b - 1:b + 1], 0) >= 2 and usage.get(base[b - 1:b + 1], 0) >= usage.get(base[a - 1:a + 1], 0):  # fmt: skip
        while b < hi and b - end < 2 and is_han(base[b]):
            b += 1
    return b


def whole_words_taken_out(base: str, start: int, end: int, a: int, b: int, words: LawWords) -> bool:
    """Whether taking ``base[start:end]`` out, quoted as ``base[a:b]`` (widened to the terms around
    it), reads as 删去 of those words alone: they are words of their own (two characters or more, no
    mark, no number) that the quote widened after only, and the words it took in there (the term's
    head) stand in the law without them at least as often as with them, and :data:`TERM_TIMES`
    times: a term of its own that they only modify (删去“上市” of 上市公司, 公司法 writing 公司 alone 758
    times and 上市公司 17). Otherwise the change renames the term, and is quoted so: 行政 of 行政处分,
    in a law that never writes 处分 alone (将“行政处分”修改为“处分”), 行政 of 行政法规 where 法规 mostly
    stands in 行政法规; 押 of 质押权 is a lone character from inside a word (将“质押权”修改为“质权”)."""
    run, head = base[start:end], base[end:b]
    if a < start or len(run) < 2 or not all(_wordy(ch) for ch in run):
        return False  # (from inside a word; and a term's head taken out leaves another term: 公司章程 → 公司)
    return words.count(head) - words.count(run + head) >= max(TERM_TIMES, words.count(run + head))


def no_lone_character(base: str, start: int, end: int, new: str, a: int, b: int, words: LawWords | None = None,
                      lo: int = 0, hi: int | None = None) -> tuple[int, int]:  # fmt: skip
    """``base[a:b]``, the words quoted for the change of ``base[start:end]`` to ``new``, widened when
    they or the new words are a lone Chinese character (押权 → 权, 区域 → 地): by the character on the
    other side of the change, and with ``words`` (the law's) on to where its word starts or ends
    (「质押权」 → 「质权」, 「保护区域」 → 「保护地」, never 「护区域」 → 「护地」); within ``base[lo:hi]``.
    A conjunction replaced by a mark (「和」 → 「、」) is quoted alone."""
    hi = len(base) if hi is None else hi
    said = base[a:start] + new + base[end:b]
    if base[a:b] in _CONJUNCTIONS and not (said and is_han(said[0]) and said not in _CONJUNCTIONS):
        return a, b
    if not any(len(text) == 1 and is_han(text) and text not in NUMERAL for text in (base[a:b], said)):
        return a, b
    if a == start and a > lo and is_han(base[a - 1]) and base[a - 1] not in _PARTICLES:
        a = max(lo, _word_start(base, a - 1, words) if words is not None else a - 1)
    elif b == end and b < hi and is_han(base[b]) and base[b] not in _PARTICLES:
        b = min(hi, _word_end(base, b + 1, words) if words is not None else b + 1)
    return a, b


def _word_start(base: str, a: int, words: LawWords) -> int:
    """``a`` moved back to where the word it stands in starts, by up to two characters (监|事会)."""
    k = a
    while k > 0 and a - k < 2 and words.goes_on(base, k, True, True):
        k -= 1
    return k


def _word_end(base: str, b: int, words: LawWords) -> int:
    """``b`` moved on to where the word it stands in ends, by up to two characters."""
    k = b
    while k < len(base) and k - b < 2 and words.goes_on(base, k, False, True):
        k += 1
    return k
