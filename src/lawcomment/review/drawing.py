"""The redline as the submission draws it: a name replaced is struck whole and the new one written
(~~中国人民解放军总后勤部~~中央军事委员会后勤保障部, never 中~~国人民解放军总后勤~~央…部), a sentence rewritten
at length struck and written again, never drawn word by word between the few characters it keeps, and a
number in Chinese numerals changed struck whole with its measure word (~~二年~~三年, never 保存~~二~~三年)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from .phrases import ALONE, BOUNDS, NUMERAL, UNITS, LawWords, is_han
from .redline import Span, diff, unwritten_in_chinese, whole_words

K = TypeVar("K")

#: Characters of the draft a change keeps between two long ones, at most, that the drawing strikes
#: and writes again with them (后勤 of 总后勤部 → 后勤保障部).
SLIVER = 2
#: A change struck or written at least this long is a long one.
LONG = 3
#: Characters kept between the changes of a sentence rewritten at length, at most, one place.
KEPT = 4
#: A run of at least this many changes of one member's, each no more than :data:`KEPT` characters
#: from the next (two changes around a word kept read well as they are: 由[董事长、→代表公司]执行…) …
PIECES = 3
#: … is a sentence rewritten at length when it strikes and writes at least this many characters …
REWRITTEN = 12
#: … and this many times the characters it keeps.
RATIO = 3


def readable_spans(base: str, spans: Sequence[tuple[Span, K]], words: LawWords | None = None) -> list[tuple[Span, K]]:
    """``spans`` (changes of ``base`` in order, each with whose it is: only changes of the same
    ``K`` are drawn together) as a reader reads the redline:

    - a run of :data:`PIECES` changes or more that strikes and writes at least :data:`REWRITTEN` characters and
      :data:`RATIO` times those it keeps, each kept piece no longer than :data:`KEPT` characters
      and without a mark, within a sentence of the draft, is one change: the words struck whole, the new ones written
      (~~但是，资本公积金不得用于弥补公司的亏损~~公积金弥补公司亏损，应当先使用…, never
      [但是，资本]公积金[不得用于]弥补公司[的]亏损…);
    - one or two Chinese characters kept between two changes of two characters or more, one of them
      a long replacement (:data:`LONG`), and run on into the words they strike and write, no mark
      between, are struck
      and written again with them (后勤 of 中国人民解放军总后勤部 → 中央军事委员会后勤保障部);
    - a character kept beside a long replacement, where the text or a line starts or ends or
      another change is beyond it, or a mark (unless the law writes it alone: 由, 经 …), is struck
      and written with it (中 of 中国人民解放军总后勤部 → 中央军事委员会后勤保障部), and so is the last
      character of a body's name after it that no word of the law (``words``:
      :meth:`LawWords.goes_on`) goes on from (部 of 总后勤部 可以…).

    No number or item label is drawn together with the characters around it that way (年 of
    1986年10月 stays kept, and 股东 after （十二） → （十三）), but

    - a number in Chinese numerals changed for another (or put in, or struck) is drawn with the
      measure word after it, or the character before it (:func:`whole_numbers`).

    Exact: the changes drawn still make the same text of ``base``, and ``base`` itself where
    they are undone."""
    return whole_numbers(base, _between(base, _beside(base, _between(base, _rewritten(base, list(spans))), words)))


#: Chinese numerals: a change of nothing else is a number changed.
_CN_NUMERALS = frozenset("〇零一二两三四五六七八九十百千万亿")
#: Words whose numeral states no number (进一步, 统一, 之一 …): a change that puts in, strikes or
#: changes their numeral is drawn as it is, never with the characters around it (进{+一+}步, never 进~~步~~一步).
NOT_NUMBERS = ("进一步", "一步", "统一", "一律", "同一", "唯一", "单一", "逐一", "一般", "一致", "之一", "一切", "一旦",
               "一并", "一经", "一定", "一些", "一同", "一起", "一样", "一体")  # fmt: skip


def _numeral_only(s: Span, base: str) -> bool:
    """Whether ``s`` strikes and writes Chinese numerals only (one side may be empty)."""
    struck = base[s.start:s.end]
    return bool(struck or s.new) and all(ch in _CN_NUMERALS for ch in struck + s.new)


def _run(text: str, a: int, b: int) -> tuple[int, int]:
    """The Chinese numerals of ``text`` around ``text[a:b]`` (``a`` = ``b``: where some are put in):
    the whole number, a fraction's two numbers with it (三分之一, 百分之五)."""
    while True:
        if a > 0 and text[a - 1] in _CN_NUMERALS:
            a -= 1
        elif text.endswith("分之", 0, a) and a > 2 and text[a - 3] in _CN_NUMERALS and (a < b or text[a:a + 1] in
                                                                                        _CN_NUMERALS):  # fmt: skip
            a -= 2
        else:
            break
    while True:
        if b < len(text) and text[b] in _CN_NUMERALS:
            b += 1
        elif text.startswith("分之", b) and a < b and text[b + 2:b + 3] in _CN_NUMERALS:
            b += 2
        else:
            break
    return a, b


def _number(text: str, a: int, b: int) -> bool | None:
    """Whether the numerals ``text[a:b]`` (a whole run, :func:`_run`) state a number: several of them
    (二十, 三分之一) or 第 before them (第一步), else a measure word of :data:`~lawcomment.review.phrases.UNITS`
    after them (二年, 一次); never the numeral of a word of :data:`NOT_NUMBERS` (一步 of 进一步, 同一 of
    同一日): False then, None for one numeral that is neither (其一, 十分)."""
    if a >= b:
        return None
    if sum(ch in _CN_NUMERALS for ch in text[a:b]) > 1 or text[a - 1:a] == "第":
        return True
    if any(text.find(word, max(0, a - len(word) + 1), b + len(word) - 1) != -1 for word in NOT_NUMBERS):
        return False  # (a word that holds the numeral, wherever it starts)
    return any(text.startswith(u, b) for u in UNITS) or None


def _a_number(base: str, s: Span) -> bool:
    """Whether the numerals ``s`` strikes and writes are (part of) a number, in the draft or in
    its words as changed: :func:`_number` of neither is False, and of one of them True."""
    new = base[:s.start] + s.new + base[s.end:]
    found = (_number(base, *_run(base, s.start, s.end)), _number(new, *_run(new, s.start, s.start + len(s.new))))
    return False not in found and True in found


def whole_numbers(base: str, spans: Sequence[tuple[Span, K]]) -> list[tuple[Span, K]]:
    """``spans`` (changes of ``base`` in order) with each change of a number in Chinese numerals
    drawn whole: the rest of the number it changes a part of, and the measure word after it (one of
    :data:`~lawcomment.review.phrases.UNITS`, else the character after it; with none, the character
    before it) struck and written again with it, where no other change touches them. A strike through 二 reads as 三, a line under 一 as 二: 保存~~二~~三年 reads 保存三三年
    (a trial's submission), ~~二年~~三年 reads as the change it is, as the amendment quotes it
    (将“二年”修改为“三年”). A numeral is a number only as :func:`_a_number` finds it: several numerals,
    a measure word after them or 第 before them, in the draft or as changed, and no word of
    :data:`NOT_NUMBERS`; any other is drawn as it is (进{+一+}步, never 进~~步~~一步, which strikes half
    of 进步); a numeral written for another is a number changed wherever it stands (情形~~之一~~之二). Exact,
    as :func:`readable_spans` is."""
    out = list(spans)
    for k, (s, who) in enumerate(out):
        if not _numeral_only(s, base) or (not (s.new and s.end > s.start) and not _a_number(base, s)):
            # (a numeral put in or struck may be one of a word, 进{+一+}步; one written for another is a number
            # changed, whatever follows it: 情形之~~一~~二 would read 情形之三, so it is drawn whole)
            continue
        lo = out[k - 1][0].end if k else 0
        hi = out[k + 1][0].start if k + 1 < len(out) else len(base)
        start, end = _run(base, s.start, s.end)  # the rest of the number: 二十 of 二十日 → 三十日, 三分之一 → 三分之二
        start, end = max(start, lo), min(end, hi)
        unit = next((u for u in UNITS if base.startswith(u, end) and end + len(u) <= hi), None)
        if unit is not None:  # its measure word: 十二个月, 五个工作日
            end += len(unit)
        elif any(base.startswith(u, end) for u in BOUNDS):
            pass  # (the number whole before its bound: ~~三分之一~~三分之二以上, never ~~三分之一以~~三分之二以上)
        elif end < hi and _plain(base[end]) and base[end] not in ALONE and base[end] != "的":
            end += 1  # (a measure word the table lacks: 第~~一章~~二章, 二十名; never 以, 的 …: 百分之五的)
        elif start == s.start and end == s.end and start > lo and (_plain(base[start - 1]) or base[start - 1] == "第") \
                and (hi > end or k + 1 == len(out)):  # fmt: skip
            # (nothing after it but a mark or the text's end; another change right after it: it stays as it is)
            start -= 1
        if (start, end) != (s.start, s.end):
            out[k] = (Span(start, end, base[start:s.start] + s.new + base[s.end:end]), who)
    return out


def drawn_segments(old: str, new: str) -> list[tuple[str, str]]:
    """The redline of ``old`` → ``new`` as (kind, text), kind "" (kept), "del" or "ins", as a reader
    reads it: the CJK-aware diff's edits, each number in Chinese numerals changed drawn whole
    (:func:`whole_numbers`); English (an English wording of a translation: no Chinese character in
    either) in whole words, edits a space or a short word apart one (:func:`whole_words`). Undone,
    its struck and kept pieces make ``old``; done, ``new``."""
    edits = diff(old, new).spans()
    if unwritten_in_chinese(old) and unwritten_in_chinese(new):
        edits = whole_words(old, edits)
    spans = whole_numbers(old, [(s, None) for s in edits])
    out: list[tuple[str, str]] = []
    at = 0
    for s, _ in spans:
        if s.start > at:
            out.append(("", old[at:s.start]))
        if s.end > s.start:
            out.append(("del", old[s.start:s.end]))
        if s.new:
            out.append(("ins", s.new))
        at = s.end
    if at < len(old):
        out.append(("", old[at:]))
    return out


#: What ends a sentence of the draft.
_SENTENCE_ENDS = frozenset("。；！？;!?\n")


def _plain(ch: str) -> bool:
    """A Chinese character that is no mark, no numeral and no 第 (a citation's)."""
    return is_han(ch) and ch not in NUMERAL and ch != "第"


def _counted(text: str) -> bool:
    """Whether ``text`` holds a number (a digit or a numeral)."""
    return any(ch.isdigit() or ch in NUMERAL for ch in text)


def _kept_apart(base: str, x: Span, y: Span) -> bool:
    """Whether the draft's words between ``x`` and ``y``, or the characters of either beside them,
    hold a number: the measure words between numbers stay kept (1986年10月 → 2025年7月)."""
    return _counted(base[x.end:y.start]) or _counted(base[x.end - 1:x.end] + x.new[-1:]) or \
        _counted(base[y.start:y.start + 1] + y.new[:1])  # fmt: skip


def _long(s: Span) -> bool:
    return max(s.end - s.start, len(s.new)) >= LONG


def _replaces(s: Span) -> bool:
    return s.end > s.start and bool(s.new)


def _glued(base: str, x: Span, y: Span) -> bool:
    """Whether the words ``x`` and ``y`` strike and write run on into those kept between them, with no
    mark between (总后勤 | 后勤 | 保障部, never 董事长、| 执行 | 公司事务的: 执行 opens a phrase of its own)."""
    return all(is_han(ch) for ch in (base[x.end - 1:x.end] if x.end > x.start else "") + x.new[-1:] +
               base[y.start:y.start + 1] + y.new[:1])  # fmt: skip


def _joined(base: str, x: Span, y: Span) -> Span:
    return Span(x.start, y.end, x.new + base[x.end:y.start] + y.new)


def _rewritten(base: str, spans: list[tuple[Span, K]]) -> list[tuple[Span, K]]:
    out: list[tuple[Span, K]] = []
    k = 0
    while k < len(spans):
        j = k
        while j + 1 < len(spans) and spans[j + 1][1] == spans[k][1] and \
                spans[j][0].end <= spans[j + 1][0].start <= spans[j][0].end + KEPT and \
                all(_plain(ch) for ch in base[spans[j][0].end:spans[j + 1][0].start]) and \
                not _kept_apart(base, spans[j][0], spans[j + 1][0]):  # fmt: skip
            j += 1
        run = [s for s, _ in spans[k:j + 1]]
        changed = sum(s.end - s.start + len(s.new) for s in run)
        kept = sum(b.start - a.end for a, b in zip(run, run[1:]))
        # (within a sentence of the draft: words struck across its end are two sentences' changes)
        if len(run) >= PIECES and changed >= REWRITTEN and changed >= RATIO * kept and \
                not any(ch in _SENTENCE_ENDS for ch in base[run[0].start:run[-1].end]):  # fmt: skip
            whole = run[0]
            for s in run[1:]:
                whole = _joined(base, whole, s)
            out.append((whole, spans[k][1]))
        else:
            out += spans[k:j + 1]
        k = j + 1
    return out


def _between(base: str, spans: list[tuple[Span, K]]) -> list[tuple[Span, K]]:
    out: list[tuple[Span, K]] = []
    for s, who in spans:
        if out:
            x, their = out[-1]
            kept = base[x.end:s.start]
            if their == who and 0 < len(kept) <= SLIVER and all(_plain(ch) for ch in kept) and \
                    ((_long(x) and _replaces(x)) or (_long(s) and _replaces(s))) and _glued(base, x, s) and \
                    min(max(x.end - x.start, len(x.new)), max(s.end - s.start, len(s.new))) >= SLIVER and \
                    not _counted(base[x.start:x.end] + x.new + base[s.start:s.end] + s.new):  # fmt: skip
                out[-1] = (_joined(base, x, s), who)
                continue
        out.append((s, who))
    return out


def _beside(base: str, spans: list[tuple[Span, K]], words: LawWords | None) -> list[tuple[Span, K]]:
    out = list(spans)
    for k, (s, who) in enumerate(out):
        if s.end - s.start < LONG or len(s.new) < LONG or _counted(base[s.start:s.end] + s.new):
            continue  # (a long replacement only, of words: a number or an item's label stays as it is)
        lo = out[k - 1][0].end if k else 0
        hi = out[k + 1][0].start if k + 1 < len(out) else len(base)
        at = s.start - 1
        if at >= lo and _alone_beside(base, at, s.start, lo, words, before=True) and not _counted(s.new[:1]):
            s = Span(at, s.end, base[at] + s.new)
        at = s.end
        if at < hi and _alone_beside(base, at, s.end, hi, words, before=False) and not _counted(s.new[-1:]):
            s = Span(s.start, at + 1, s.new + base[at])
        out[k] = (s, who)
    return out


def _alone_beside(base: str, at: int, edge: int, bound: int, words: LawWords | None, before: bool) -> bool:
    """Whether the character ``base[at]``, kept right before (``before``) or after a long replacement
    whose edge is ``edge``, belongs with it rather than with the words beyond it: where the text or a
    line starts or ends, or another change is, beyond it; a mark beyond it, unless the law writes it
    alone (由, 经 …); after the replacement, the last character of a body's name (部, 局, 委员会 …) that
    no word of the law goes on from (``words``): 中央军事委员会后勤保障部 可以…"""
    if not _plain(base[at]) or base[at] == "的":
        return False
    beyond = at - 1 if before else at + 1
    if (beyond < bound if before else beyond >= bound) or not 0 <= beyond < len(base) or base[beyond] == "\n":
        return True  # where the text or a line starts or ends, or another change is: a sliver of the words
    if not is_han(base[beyond]):
        return base[at] not in ALONE  # a mark beyond it
    if before or base[at] not in _NAME_ENDS or words is None or not _plain(base[beyond]):
        return False
    return not (words.goes_on(base, at + 1, True, True) or words.goes_on(base, at + 1, False, True))


#: Characters that end the name of a body (后勤保障部, 国务院, 委员会 …): kept after a name replaced, and
#: followed by no word of the law, they end it.
_NAME_ENDS = frozenset("部局院委会厅署办处室站庭")
