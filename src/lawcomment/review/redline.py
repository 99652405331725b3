"""The diff engine: CJK-aware token diffs on diff-match-patch, rendered as text, HTML or data.

Chinese is compared per character, Latin text per word, numbers and citations (第十二条,
（三）) as whole tokens. Diffs are exact: a pair too dissimilar or too large is an explicit
whole replacement that says why, never a diff silently cut short by a timeout.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING
from itertools import accumulate, filterfalse, pairwise
from operator import itemgetter

from ..frozen import maker
from ..textcheck import printable
from . import tokendiff
from .tokendiff import codes as _codes
from ..version import __version__

if TYPE_CHECKING:
    from hashlib import _Hash

_CN = "〇零一二三四五六七八九十百千万两"
TOKEN = re.compile(
    rf"[^第（(\dA-Za-z \t\u3000\u00a0\n{_CN}亿]"  # a character no branch below starts with: alone (as by the last)
    rf"|第[{_CN}\d]+[编章节条款项目](?:之[{_CN}]+)?"  # citations: 第十二条, 第三条之一
    rf"|[（(][{_CN}\d]+[）)]"  # item labels: （三）, (3)
    r"|\d+(?:[.,:]\d+)*"  # numbers: 2018, 3.5, 1,000
    rf"|(?=[{_CN}亿]{{2}})[{_CN}亿]*[十百千万亿〇零][{_CN}亿]*"  # numbers in words: 二十万, 三十 (十五万 for 二十万
    # is one number for another); a run with no 十百千万亿〇零 is words (唯一一次, 统一二级), character by character
    r"|[A-Za-z]+(?:['’][A-Za-z]+)*"  # English words: shall, member's
    r"|[ \t\u3000\u00a0]+|\n"  # runs of spaces; each line break alone
    r"|.",  # every other character alone: each CJK character, each punctuation mark
    re.DOTALL,
)

#: Below this token-bigram similarity, two long texts are shown as a whole replacement.
MIN_SIMILARITY = 0.2
#: Texts of at least this many tokens (after the common prefix and suffix) are checked
#: for similarity; shorter ones are always diffed.
SIMILARITY_CHECK_TOKENS = 60
#: Above this many tokens on either side, texts are first compared line by line.
LINE_MODE_TOKENS = 6000
#: A single changed block larger than this is a whole replacement (too large to diff exactly).
MAX_BLOCK_TOKENS = 20000


class OpKind(StrEnum):
    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@dataclass(frozen=True, slots=True)
class Op:
    """One piece of a redline. ``start``/``end`` are offsets in the old text and
    ``new_start``/``new_end`` in the new one (an insert is empty in the old text)."""

    kind: OpKind
    text: str
    start: int
    end: int
    new_start: int
    new_end: int

    def to_dict(self) -> dict[str, object]:
        return {"op": str(self.kind), "text": self.text, "start": self.start, "end": self.end,
                "new_start": self.new_start, "new_end": self.new_end}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Span:
    """A change in base coordinates: ``old[start:end]`` becomes ``new``."""

    start: int
    end: int
    new: str


@dataclass(frozen=True, slots=True)
class Redline:
    """The diff of two texts. ``whole`` is set when it is an explicit whole replacement,
    with ``reason`` saying why (too dissimilar, too large)."""

    old: str
    new: str
    ops: tuple[Op, ...]
    whole: bool = False
    reason: str = ""

    @property
    def changed(self) -> bool:
        return self.old != self.new

    def spans(self) -> list[Span]:
        """The changes as base spans: each delete/insert run between equal pieces is one span."""
        out: list[Span] = []
        start = end = -1
        new: list[str] = []
        for op in self.ops:
            if op.kind is OpKind.EQUAL:
                if start >= 0:
                    out.append(Span(start, end, "".join(new)))
                start, new = -1, []
                continue
            if start < 0:
                start = end = op.start
            if op.kind is OpKind.DELETE:
                end = op.end
            else:
                new.append(op.text)
        if start >= 0:
            out.append(Span(start, end, "".join(new)))
        return out

    def to_dict(self) -> dict[str, object]:
        return {"ops": [op.to_dict() for op in self.ops if op.kind is not OpKind.EQUAL],
                "whole": self.whole, "reason": self.reason}  # fmt: skip


#: Op and Redline built without their __init__ (see :func:`~lawcomment.frozen.maker`): a redline is made
#: of an Op per piece, and a whole draft's merge draws one per article, change and position.
_new_op = maker(Op)
_new_redline = maker(Redline)


def tokens(text: str) -> list[str]:
    """The diff tokens of a text; ``"".join(tokens(t)) == t`` always holds."""
    return TOKEN.findall(text)


#: Characters TOKEN takes alone and that no token holds but as its first: what a match looks at
#: stops before one (it fails there as at the text's end), so the tokens on either side of one
#: are found alike in any text that has them there (see :func:`tokens_between`).
_FREE = re.compile(rf"[^第（(\dA-Za-z \t\u3000\u00a0\n{_CN}亿编章节条款项目之）).,:'’]")


def free_tokens(toks: list[str]) -> list[int]:
    """The places in ``toks`` of the free characters (:data:`_FREE`), each a token of its own."""
    match = _FREE.match
    return [k for k, t in enumerate(toks) if len(t) == 1 and match(t)]


def free_edges(offsets: list[int], free: list[int]) -> tuple[list[int], list[int]]:
    """Where each free character (its place in ``free``) ends, and where it starts, in a text
    whose tokens start at ``offsets``: both ascending, as ``free`` is."""
    return [offsets[k + 1] for k in free], [offsets[k] for k in free]


def tokens_between(toks: list[str], offsets: list[int], free: list[int], new: str, head: int, tail: int,
                   edges: tuple[list[int], list[int]] | None = None) -> tuple[int, list[str], int]:  # fmt: skip
    """``tokens(new)`` as ``toks[:i] + middle + toks[j:]`` (returned as ``(i, middle, j)``), for a
    text whose tokens are ``toks`` (the first starting at ``offsets[0] == 0``, the last ending at
    ``offsets[-1]``; ``free``, as :func:`free_tokens` finds them) and which shares ``head``
    characters with ``new`` at its start and ``tail`` more at its end (head + tail at most
    either's length): only the words between the last free character of the shared start and
    the first of the shared end are tokenised again. A free character is a token of its own
    and what TOKEN looks at never reaches past one (it fails there, as at the text's end), so
    the tokens up to one are the same in both texts, and so are those from one on. ``edges``:
    where each free character ends and starts (:func:`free_edges`), for a caller that reads
    many texts against one (the searches below read them, not ``offsets`` through a key)."""
    ends, starts = edges if edges is not None else free_edges(offsets, free)
    n = bisect_right(ends, head)  # free characters wholly in the shared start
    i = free[n - 1] + 1 if n else 0
    n = bisect_left(starts, offsets[-1] - tail)  # the first in the shared end
    j = free[n] if n < len(free) else len(toks)
    return i, tokens(new[offsets[i]:offsets[j] + len(new) - offsets[-1]]), j


#: The longest word (letters) between two edits of an English text that :func:`whole_words` strikes and
#: writes again to make them one change (of, to, the, and, law): English redlines read so.
SHORT_WORD = 3
_WORD_GAP = re.compile(rf"[ \t\u00a0]*(?:[^\W\d_]{{1,{SHORT_WORD}}}[ \t\u00a0]+)?")


_HAN = re.compile(r"[\u3400-\u9fff]")


def unwritten_in_chinese(text: str) -> bool:
    """Whether ``text`` has no Chinese character: English, read (and quoted) by whole words where the
    language is not otherwise known (a wording of a translation, an occurrence's words before it)."""
    return _HAN.search(text) is None


def word_char(ch: str) -> bool:
    """A character of an English word: a letter or digit, or an apostrophe (member's)."""
    return ch.isalnum() or ch in "'’"


def whole_words(base: str, spans: Sequence[Span], apart: Collection[int] = ()) -> list[Span]:
    """An English text's edits (of ``base``, in order, apart) made of whole words: an edit that
    starts or ends inside a word (month{+s+}, provide{+s+}, [-one-]{+two+} beside it) takes the
    whole word ([-month-]{+months+}), and two edits with only spaces between them, or a single
    word of at most :data:`SHORT_WORD` letters, are one ([-one month-]{+two months+}): each edit
    then reads, and is decided, as the words it changes. Exact: the edits make the same text.
    ``apart``: where (a :func:`word_edits` edit's end) two edits stay apart even so, at a merge
    where another proposal makes the one and not the other (its agreement kept, not a conflict).
    Chinese text is never given to it (a character is a word there, see :func:`tokens`)."""
    groups: list[tuple[int, int, list[Span]]] = []
    for start, end, made in _widened(base, spans):
        last = groups[-1] if groups else None
        if last is not None and last[1] not in apart and _WORD_GAP.fullmatch(base, last[1], start):
            groups[-1] = (last[0], end, [*last[2], *made])
        else:
            groups.append((start, end, made))
    return [_made(base, *group) for group in groups]


def word_edits(base: str, spans: Sequence[Span]) -> list[Span]:
    """An English text's edits (of ``base``, in order, apart) each widened to the whole words it
    touches (edits of one word one), before :func:`whole_words` joins those a short word apart:
    what a merge compares between proposals to find where one makes a part of another's change."""
    return [_made(base, *group) for group in _widened(base, spans)]


def _widened(base: str, spans: Sequence[Span]) -> list[tuple[int, int, list[Span]]]:
    """(start, end, the edits) of each run of ``spans`` that whole words make one: each edit widened
    to the words it starts or ends inside, those that then overlap or touch together."""
    groups: list[tuple[int, int, list[Span]]] = []
    for sp in spans:
        start, end, new = sp.start, sp.end, sp.new
        # (the edit's first and last characters, struck or written, against the law's beside them)
        if start > 0 and word_char(base[start - 1]) and (
                (start < end and word_char(base[start])) or (new and word_char(new[0]))):  # fmt: skip
            while start > 0 and word_char(base[start - 1]):
                start -= 1
        if end < len(base) and word_char(base[end]) and (
                (start < end and word_char(base[end - 1])) or (new and word_char(new[-1]))):  # fmt: skip
            while end < len(base) and word_char(base[end]):
                end += 1
        if groups and groups[-1][1] >= start:
            last = groups[-1]
            groups[-1] = (last[0], max(last[1], end), [*last[2], sp])
        else:
            groups.append((start, end, [sp]))
    return groups


def _made(base: str, start: int, end: int, made: list[Span]) -> Span:
    """The one edit of ``base[start:end]`` that ``made`` (edits within it, in order) make."""
    if len(made) == 1 and (start, end) == (made[0].start, made[0].end):
        return made[0]
    words, at = [], start
    for sp in made:
        words += [base[at:sp.start], sp.new]
        at = sp.end
    return Span(start, end, "".join(words) + base[at:end])


class _Codec:
    """Maps tokens to single code points so diff-match-patch diffs whole tokens.

    Codes go out in order of first appearance (``codes(0, 1)``, ``codes(1, 2)`` …), and a diff
    depends on them: diff_cleanupSemantic scores edit boundaries by the code points' classes
    (see :mod:`.tokendiff`). Whatever encodes tokens for it must hand out these."""

    def __init__(self) -> None:
        self.vocab: dict[str, str] = {}
        self.inv: dict[str, str] = {}

    def encode(self, toks: list[str]) -> str:
        vocab = self.vocab
        fresh = [t for t in dict.fromkeys(toks) if t not in vocab] if vocab else list(dict.fromkeys(toks))
        if fresh:
            codes = _codes(len(vocab), len(vocab) + len(fresh))
            vocab.update(zip(fresh, codes))
            self.inv.update(zip(codes, fresh))
        return "".join(map(vocab.__getitem__, toks))

    def decode(self, s: str) -> str:
        return "".join(map(self.inv.__getitem__, s))


def similarity(a: list[str] | str, b: list[str] | str) -> float:
    """Dice coefficient of token bigrams (multisets): 1.0 identical, ~0 unrelated."""
    ta = tokens(a) if isinstance(a, str) else a
    tb = tokens(b) if isinstance(b, str) else b
    ga = Counter(pairwise(ta))
    gb = Counter(pairwise(tb))
    total = sum(ga.values()) + sum(gb.values())
    if not total:
        return 1.0 if ta == tb else 0.0
    return 2 * sum((ga & gb).values()) / total


def _whole(old: str, new: str, reason: str) -> Redline:
    ops = []
    if old:
        ops.append(Op(OpKind.DELETE, old, 0, len(old), 0, 0))
    if new:
        ops.append(Op(OpKind.INSERT, new, len(old), len(old), 0, len(new)))
    return Redline(old, new, tuple(ops), whole=True, reason=reason)


def _pieces(a: str, b: str, counts: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """A diff's (op, length) pairs as (op, text): deleted and equal text from ``a``, inserted from ``b``."""
    out: list[tuple[int, str]] = []
    i = j = 0
    for op, n in counts:
        if op < 0:
            out.append((op, a[i:i + n]))
            i += n
        elif op > 0:
            out.append((op, b[j:j + n]))
            j += n
        else:
            out.append((op, a[i:i + n]))
            i, j = i + n, j + n
    return out


def _affix(a: list[str], b: list[str]) -> tuple[int, int]:
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, s


def _beyond(ma: list[str], mb: list[str]) -> str | None:
    """Why the changed blocks ``ma`` and ``mb`` are a whole replacement, if they are."""
    if max(len(ma), len(mb)) > MAX_BLOCK_TOKENS:
        return f"too large to compare exactly ({len(ma)} and {len(mb)} changed tokens)"
    if min(len(ma), len(mb)) >= SIMILARITY_CHECK_TOKENS:
        # the bigrams both have, counted once each, are at most the shared multiset: when they
        # alone reach the threshold, the similarity does too (same total, same formula)
        shared = len(set(pairwise(ma)).intersection(pairwise(mb)))
        if 2 * shared / (len(ma) + len(mb) - 2) >= MIN_SIMILARITY:
            return None
        sim = similarity(ma, mb)
        if sim < MIN_SIMILARITY:
            return f"too dissimilar to compare (similarity {sim:.2f} < {MIN_SIMILARITY})"
    return None


def _token_diff(ta: list[str], tb: list[str]) -> list[tuple[int, str]] | str:
    """Diff two token lists; a str result is the reason for a whole replacement."""
    p, s = _affix(ta, tb)
    ma, mb = ta[p:len(ta) - s], tb[p:len(tb) - s]
    if (reason := _beyond(ma, mb)) is not None:
        return reason
    codec = _Codec()
    ea, eb = codec.encode(ma), codec.encode(mb)
    # cleaned up on the encoded tokens: decoding first would re-split words
    diffs = _pieces(ea, eb, tokendiff.diff(ea, eb, len(codec.vocab)))
    out = [(0, "".join(ta[:p]))] if p else []
    out += [(op, codec.decode(text)) for op, text in diffs]
    if s:
        out.append((0, "".join(ta[len(ta) - s:])))
    return out


def _line_diff(old: str, new: str) -> list[tuple[int, str]] | str:
    """Large texts: align lines first, then diff each changed block by tokens."""
    la, lb = old.splitlines(keepends=True), new.splitlines(keepends=True)
    codec = _Codec()
    ea, eb = codec.encode(la), codec.encode(lb)
    diffs = _pieces(ea, eb, tokendiff.diff(ea, eb, len(codec.vocab), cleanup=False))
    out: list[tuple[int, str]] = []
    pending: dict[int, list[str]] = {-1: [], 1: []}

    def flush() -> str | None:
        a, b = "".join(pending[-1]), "".join(pending[1])
        pending[-1], pending[1] = [], []
        if not a or not b:
            out.extend((op, t) for op, t in ((-1, a), (1, b)) if t)
            return None
        inner = _token_diff(tokens(a), tokens(b))
        if isinstance(inner, str):
            return inner
        out.extend(inner)
        return None

    for op, text in diffs:
        lines = [codec.inv[c] for c in text]
        if op == 0:
            if (reason := flush()) is not None:
                return reason
            out.append((0, "".join(lines)))
        else:
            pending[op].extend(lines)
    if (reason := flush()) is not None:
        return reason
    return out


def across_lines(old: str, new: str, head: int, tail: int) -> bool:
    """Whether what changes between ``old`` and ``new`` (the words after their ``head``
    characters in common at the start and before their ``tail`` at the end) holds a line break
    in either text: then a line (款 or 项) may stand unchanged among the edits, which a character
    diff's clean-up can join into one edit that strikes the line, or its words, and types them
    again (:func:`_anchored_diff` keeps it). Changes within one line of each text never can."""
    return "\n" in old[head:len(old) - tail] or "\n" in new[head:len(new) - tail]


def _anchored_diff(old: str, new: str, head: int, tail: int) -> list[tuple[int, str]] | str:
    """A multi-line text whose changes reach across a line break (``head`` and ``tail``: the
    characters the two texts have in common at their start, then at their end), diffed with the
    lines that stand unchanged in both as anchors: lines first, then tokens within each run of
    changed lines. A unit's unchanged 项 or 款 is never shown struck out and typed again (劳动合同法
    第四十六条: a new （七） put in and the old one numbered on, the tail of the unchanged （六）,
    劳动合同的；, matched to the new （七）'s, struck （六） inside one long edit). Where the changes
    do not reach past one run of changed lines, this is the token diff itself (its common start and
    end are the lines around that run). The pair as a whole is judged as :func:`_token_diff` judges
    it, a whole replacement if too dissimilar or too large; a run of changed lines too dissimilar to
    its new lines is a deletion and an insertion of them (see :func:`_line_runs`)."""
    # only the lines the changes are on are compared: those before and after are the same in both
    # (and a token never reaches past a line break, so the tokens of these lines are the texts')
    start = old.rfind("\n", 0, head) + 1
    cut = old.find("\n", len(old) - tail)  # the same distance from the end of both: their common end
    end_old, end_new = (len(old), len(new)) if cut < 0 else (cut + 1, cut + 1 + len(new) - len(old))
    ta, tb = tokens(old[start:end_old]), tokens(new[start:end_new])
    p, s = _affix(ta, tb)
    if (reason := _beyond(ta[p:len(ta) - s], tb[p:len(tb) - s])) is not None:
        return reason
    codec = _Codec()
    ca, cb = codec.encode(ta), codec.encode(tb)
    nl = codec.encode(["\n"])
    out = [(0, old[:start])] if start else []
    i = j = 0
    for op, n in _line_runs(ca + nl, cb + nl, nl, _recoded_pieces):
        if op < 0:
            out.append((op, "".join(ta[i:i + n])))
            i += n
        elif op > 0:
            out.append((op, "".join(tb[j:j + n])))
            j += n
        else:
            out.append((op, "".join(ta[i:i + n])))
            i, j = i + n, j + n
    if end_old < len(old):
        out.append((0, old[end_old:]))
    return out


def _recoded_pieces(ma: str, mb: str) -> list[tuple[int, int]]:
    """The cleaned-up diff of two runs of token codes, recoded as :func:`_token_diff` codes them
    (by first appearance): the clean-up's scores depend on the codes' classes."""
    order = dict.fromkeys(ma + mb)
    table = dict(zip(map(ord, order), _codes(0, len(order))))
    return tokendiff.diff(ma.translate(table), mb.translate(table), len(order))


def _line_runs(a: str, b: str, nl: str, pieces: Callable[[str, str], list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """:func:`_anchored_diff`'s diff of its changed lines, on token codes: ``a`` and ``b`` the codes
    of the lines, each line ending with ``nl`` (the line break's code, given to the last line as
    there), ``pieces`` the cleaned-up diff of two runs of codes; as (op, tokens) pairs, the last
    line's added break taken off again."""
    la, lb = [line + nl for line in a.split(nl)[:-1]], [line + nl for line in b.split(nl)[:-1]]
    codec = _Codec()
    ea, eb = codec.encode(la), codec.encode(lb)
    out: list[tuple[int, int]] = []
    i = j = 0  # lines of a and of b read
    gone = put = 0  # lines of the run of changed lines, taken out and put in

    def flush() -> None:
        x, y = "".join(la[i - gone:i]), "".join(lb[j - put:j])
        if not x or not y:
            out.extend((op, len(t)) for op, t in ((-1, x), (1, y)) if t)
            return
        head = tokendiff.common_prefix(x, y)  # (_token_diff's work: its affixes, its judgement, its pieces)
        tail = tokendiff.common_suffix(x[head:], y[head:])
        mx, my = x[head:len(x) - tail], y[head:len(y) - tail]
        if (max(len(mx), len(my)) > MAX_BLOCK_TOKENS or min(len(mx), len(my)) >= SIMILARITY_CHECK_TOKENS) and \
                _beyond(list(mx), list(my)) is not None:  # (else it says None) the lines replaced, their last break kept
            out.extend(((-1, len(x) - 1), (1, len(y) - 1), (0, 1)))
            return
        out.extend(((0, head), *pieces(mx, my), (0, tail)))

    for op, n in tokendiff.diff(ea, eb, len(codec.vocab), cleanup=False):
        if op == 0:
            flush()
            gone = put = 0
            out.append((0, sum(map(len, la[i:i + n]))))
            i, j = i + n, j + n
        elif op < 0:
            i, gone = i + n, gone + n
        else:
            j, put = j + n, put + n
    flush()
    if out[-1][0]:  # lines put in or taken out at the end, after an equal piece: their break before them
        (_, kept), last = out[-2:]
        out[-2:] = [(0, kept - 1), last, (0, 1)]
    out[-1] = (0, out[-1][1] - 1)
    joined: list[tuple[int, int]] = []
    for op, n in out:
        if joined and joined[-1][0] == op:
            joined[-1] = (op, joined[-1][1] + n)
        elif n:
            joined.append((op, n))
    return joined


def _multiline(old: str, new: str) -> tuple[int, int] | None:
    """Where the changes start and end (the characters the two texts have in common at their
    start, then at their end), when both texts have lines and the changes reach across a line
    break in either; else None."""
    if "\n" not in old or "\n" not in new:
        return None
    head = tokendiff.common_prefix(old, new)
    tail = tokendiff.common_suffix(old[head:], new[head:])
    return (head, tail) if across_lines(old, new, head, tail) else None


def diff(old: str, new: str) -> Redline:
    """The redline from ``old`` to ``new``, exact and deterministic."""
    if old == new:
        return Redline(old, new, (Op(OpKind.EQUAL, old, 0, len(old), 0, len(new)),) if old else ())
    ta, tb = tokens(old), tokens(new)
    if max(len(ta), len(tb)) > LINE_MODE_TOKENS and "\n" in old and "\n" in new:
        result = _line_diff(old, new)
    elif (affixes := _multiline(old, new)) is not None:
        result = _anchored_diff(old, new, *affixes)
    else:
        result = _token_diff(ta, tb)
    if isinstance(result, str):
        return _whole(old, new, result)
    ops: list[Op] = []
    i = j = 0
    for op, text in result:
        if not text:
            continue
        if op == 0:
            ops.append(_new_op(OpKind.EQUAL, text, i, i + len(text), j, j + len(text)))
            i, j = i + len(text), j + len(text)
        elif op < 0:
            ops.append(_new_op(OpKind.DELETE, text, i, i + len(text), j, j))
            i += len(text)
        else:
            ops.append(_new_op(OpKind.INSERT, text, i, i, j, j + len(text)))
            j += len(text)
    return _new_redline(old, new, tuple(ops), False, "")


@dataclass(frozen=True, slots=True)
class Edits:
    """What a merge needs of ``diff(old, new)``: ``changed``, ``whole`` and ``reason`` as the
    redline has them, and ``spans`` equal to its ``spans()``."""

    changed: bool
    spans: tuple[Span, ...]
    whole: bool = False
    reason: str = ""


#: Span and Edits built without their __init__ (see :func:`~lawcomment.frozen.maker`): a merge makes one
#: or more of each per proposal.
_new_span = maker(Span)
_new_edits = maker(Edits)


def _spans(result: list[tuple[int, str]]) -> tuple[Span, ...]:
    """``Redline.spans()`` straight from diff pieces, without building the ops."""
    out: list[Span] = []
    i = 0
    start = end = -1
    new: list[str] = []
    for op, text in result:
        if not text:
            continue
        if op == 0:
            if start >= 0:
                out.append(Span(start, end, "".join(new)))
                start, new = -1, []
            i += len(text)
            continue
        if start < 0:
            start = end = i
        if op < 0:
            i += len(text)
            end = i
        else:
            new.append(text)
    if start >= 0:
        out.append(Span(start, end, "".join(new)))
    return tuple(out)


def finer_spans(old: str, new: str) -> tuple[Span, ...]:
    """The edits from ``old`` to ``new`` token by token, without the clean-up that joins edits
    a few tokens apart into one (行政主管 → 农村主管部门会同… is 行政 → 农村, and 部门会同… put in
    after 主管): what a re-basing tries when the joined edit does not fit the new version."""
    ta, tb = tokens(old), tokens(new)
    codec = _Codec()
    ea, eb = codec.encode(ta), codec.encode(tb)
    pieces = _pieces(ea, eb, tokendiff.diff(ea, eb, len(codec.vocab), cleanup=False))
    return _spans([(op, codec.decode(text)) for op, text in pieces])


#: Bump when the diff or its tokeniser changes what it says: kept diffs of another format are made afresh.
DIFF_FORMAT = 4  # 2: token codes the C++ and the Python diff class alike (tokendiff); 3: 二十万 a token;
# 4: multi-line texts anchored on their unchanged lines (_anchored_diff)
_MADE_BY = f"{__version__}:{DIFF_FORMAT}:"


class DiffMemo:
    """Diffs made before, by a digest of the two texts, so that a command need not make them
    again: the store keeps them between commands (``known``, as :meth:`dump` wrote them), and
    what a command adds is ``fresh``. A digest names its texts and the diff's version exactly
    (SHA-256), so an entry never goes stale."""

    def __init__(self, known: Mapping[str, str] | None = None) -> None:
        self.known = known if known is not None else {}
        self.fresh: dict[str, Edits] = {}

    @staticmethod
    def key(old: str, new: str) -> str:
        """The digest of a pair, and of the diff that made it (lawcomment's version and the
        format of the kept edits): the old text's length first, so no two pairs share their bytes."""
        import hashlib  # (OpenSSL: loaded when diffs are kept, not for one article's merge)

        return hashlib.sha256(f"{_MADE_BY}{len(old)}:{old}{new}".encode()).hexdigest()[:32]

    def get(self, key: str) -> Edits | None:
        raw = self.known.get(key)
        return self.load(raw) if raw is not None else self.fresh.get(key)

    def put(self, key: str, edits: Edits) -> None:
        self.fresh[key] = edits

    @staticmethod
    def dump(edits: Edits) -> str:
        """An Edits as compact JSON, as a store keeps it: what ``json.dumps(…, ensure_ascii=False,
        separators=(",", ":"))`` writes, by orjson (which writes these values alike, several times
        faster) or, for what orjson refuses (a lone surrogate), by the standard library."""
        import orjson

        data = [edits.changed, edits.whole, edits.reason, [[s.start, s.end, s.new] for s in edits.spans]]
        try:
            return orjson.dumps(data).decode("utf-8")
        except orjson.JSONEncodeError:
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @staticmethod
    def load(text: str) -> Edits:
        changed, whole, reason, spans = json.loads(text)
        return Edits(bool(changed), tuple(Span(int(a), int(b), str(t)) for a, b, t in spans), bool(whole), str(reason))


class Differ:
    """One old text against many new ones (the proposals on one article): the old text is
    tokenised and encoded once, and each distinct new text diffed once (campaigns repeat
    wordings). ``edits(new)`` is what ``diff(old, new)`` says, exactly. With a ``memo``, a
    pair diffed by an earlier command is read from it, and a new one is added to it."""

    def __init__(self, old: str, memo: DiffMemo | None = None) -> None:
        self.old = old
        self.memo = memo
        self._edits: dict[str, Edits] = {}
        self._tokens: list[str] | None = None
        self._vocab: dict[str, str] = {}  # every token seen, to a code of its own
        self._coded = ""  # the old text's tokens, coded
        self._offsets: list[int] = []  # where each of its tokens starts (and the end)
        self._free: list[int] = []  # its free characters' places in its tokens (free_tokens)
        self._edges: tuple[list[int], list[int]] = ([], [])  # where they end and start (free_edges)
        self._head: _Hash | None = None  # the memo's digest of the old text (_key)
        self._affixes: dict[str, tuple[int, int]] = {}  # (affixes) until the text is compared

    def _encode(self, toks: list[str]) -> str:
        vocab = self._vocab
        if len(toks) > 1:  # (their codes looked up by one call for them all)
            try:
                return "".join(itemgetter(*toks)(vocab))
            except KeyError:
                pass
        # new tokens: give them codes, in any order (these codes only tell tokens apart)
        fresh = list(filterfalse(vocab.__contains__, dict.fromkeys(toks)))
        if fresh:
            vocab.update(zip(fresh, _codes(len(vocab), len(vocab) + len(fresh))))
        return "".join(map(vocab.__getitem__, toks))

    def edits(self, new: str) -> Edits:
        """What ``diff(self.old, new)`` says, for merging."""
        done = self._edits.get(new)
        if done is None:
            memo = self.memo
            if memo is None or self.old == new:
                done = self._edits[new] = self._compare(new)
                return done
            key = self._key(new)
            done = memo.get(key)
            if done is None:
                done = self._compare(new)
                memo.put(key, done)
            self._edits[new] = done
        return done

    def take(self, new: str, spans: Sequence[Span]) -> None:
        """Let ``edits(new)`` say ``spans`` (edits of the old text that make ``new``), not what a
        diff of the two would pair: a member's proposals on two 款 combined are the edits they were
        made of (款1 reworded to end as 款2 ends, 款2 deleted: a fresh diff deletes from 款1's end to
        款2's, and the member conflicts with another who reworded 款1 alike: a web trial)."""
        self._edits[new] = Edits(bool(spans), tuple(spans))

    def _key(self, new: str) -> str:
        """``DiffMemo.key(self.old, new)``, the old text's part of the digest made once: SHA-256 reads
        its input as a stream, and the UTF-8 of two texts joined is theirs joined."""
        head = self._head
        if head is None:
            import hashlib

            head = self._head = hashlib.sha256(f"{_MADE_BY}{len(self.old)}:{self.old}".encode())
        digest = head.copy()
        digest.update(new.encode())
        return digest.hexdigest()[:32]

    def affixes(self, new: str) -> tuple[int, int]:
        """How many characters ``new`` has in common with the old text at its start, and then
        at its end (the two together at most the shorter's length): found once per text, for
        its diff and for what else reads them first (a wording's near key, in a merge)."""
        found = self._affixes.get(new)
        if found is None:
            old = self.old
            head = tokendiff.common_prefix(old, new)
            found = self._affixes[new] = (head, tokendiff.common_suffix(old[head:], new[head:]))
        return found

    def _compare(self, new: str) -> Edits:
        old = self.old
        if old == new:
            return Edits(False, ())
        ta = self._tokens
        if ta is None:
            ta = self._tokens = tokens(old)
            self._coded = self._encode(ta)
            self._offsets = [0, *accumulate(map(len, ta))]
            self._free = free_tokens(ta)
            self._edges = free_edges(self._offsets, self._free)
        ca, at = self._coded, self._offsets
        # only the words around what changed are tokenised and coded: the rest are the old text's
        head, tail = self.affixes(new)
        del self._affixes[new]  # (compared once: its edits are kept)
        k1, mid, k2 = tokens_between(ta, at, self._free, new, head, tail, self._edges)
        rest = len(ta) - k2  # the old text's tokens kept at the end
        nb = k1 + len(mid) + rest  # the new text's tokens
        if max(len(ta), nb) > LINE_MODE_TOKENS and "\n" in old and "\n" in new:
            result = _line_diff(old, new)
            if isinstance(result, str):
                return Edits(True, (Span(0, len(old), new),), True, result)
            return Edits(True, _spans(result))
        # _token_diff's work, on codes: the affixes by comparing codes (the old text's at either
        # end are the new one's), and the spans' offsets from token positions, not decoded pieces
        cb = ca[:k1] + self._encode(mid) + ca[k2:]
        p = k1 + _common_start(ca, cb, k1)
        s = rest + _common_end(ca, cb, rest, min(len(ta), nb) - p)
        la, lb = len(ta) - p - s, nb - p - s
        if max(la, lb) > MAX_BLOCK_TOKENS or min(la, lb) >= SIMILARITY_CHECK_TOKENS:  # else _beyond says None
            reason = _beyond(ta[p:len(ta) - s], mid[p - k1:nb - s - k1])
            if reason is not None:
                return Edits(True, (Span(0, len(old), new),), True, reason)
        if "\n" in old and "\n" in new and across_lines(old, new, head, tail):
            # (as diff: unchanged lines anchor it, _anchored_diff's work on codes)
            anchored = self._anchored(new, head, tail, cb, k1, mid, k2)
            if anchored is not None:
                return anchored
        ma, mb = ca[p:len(ca) - s], cb[p:len(cb) - s]
        diffs = self._token_pieces(ma, mb)
        # where each new token from p on starts in the new text (the middle's: p and the end's
        # tokens kept lie in it or at its edges)
        bt = [*accumulate(map(len, mid[p - k1:]), initial=at[k1] + sum(map(len, mid[:p - k1])))]
        return _new_edits(True, self._spans_of(new, diffs, p, bt), False, "")

    def _token_pieces(self, ma: str, mb: str) -> list[tuple[int, int]]:
        """The diff of two runs of token codes, cleaned up, as (op, tokens) pairs."""
        if len(self._vocab) <= tokendiff.SAFE_CODES:
            # codes the cleanup classes alike (tokendiff): which code a token has changes nothing
            return tokendiff.diff(ma, mb, len(self._vocab))
        # recoded as _Codec codes them (by first appearance): the cleanup's scores depend on them
        order = dict.fromkeys(ma + mb)
        table = dict(zip(map(ord, order), _codes(0, len(order))))
        return tokendiff.diff(ma.translate(table), mb.translate(table), len(order))

    def _anchored(self, new: str, head: int, tail: int, cb: str, k1: int, mid: list[str], k2: int) -> Edits | None:
        """:func:`_anchored_diff` of the old text and ``new``, on the token codes the old text has and
        those of ``new`` (``cb``: the old text's codes with ``mid`` in place of its tokens ``k1`` to
        ``k2``), never tokenising a line again: the same lines, the same runs of changed lines, the
        same pieces within them (the codes class alike, see _token_pieces), the same spans. None
        when no changed line of one is a line of the other: then the lines are one run of changed
        lines, whose diff is the token diff of the whole (the caller's)."""
        old, ta, ca, at = self.old, self._tokens, self._coded, self._offsets
        assert ta is not None
        start = old.rfind("\n", 0, head) + 1  # the changed lines, as _anchored_diff finds them
        cut = old.find("\n", len(old) - tail)
        r0 = bisect_left(at, start)  # (line starts and ends are token boundaries)
        ea = len(ta) if cut < 0 else bisect_left(at, cut + 1)
        eb = len(cb) - (len(ta) - ea)  # (the tokens after a line break are the same in both texts)
        nl = self._vocab["\n"]
        a, b = ca[r0:ea] + nl, cb[r0:eb] + nl
        if set(a.split(nl)[:-1]).isdisjoint(b.split(nl)[:-1]):  # (the last piece: what follows the last break)
            return None
        pieces = _line_runs(a, b, nl, self._token_pieces)
        # where each new token from r0 on starts in the new text, up to the end of the changed lines
        m = k1 + len(mid)
        toks = ta[r0:min(eb, k1)] + mid[max(r0, k1) - k1:max(min(eb, m), k1) - k1] + ta[max(r0, m) - m + k2:max(eb, m) - m + k2]
        bt = [*accumulate(map(len, toks), initial=at[r0])]
        return _new_edits(True, self._spans_of(new, pieces, r0, bt), False, "")

    def _spans_of(self, new: str, diffs: list[tuple[int, int]], p: int, bt: list[int]) -> tuple[Span, ...]:
        """The spans of a diff of the old text's tokens from ``p`` on and the new text's from ``p`` on
        (as (op, tokens) pairs), ``bt`` where each of the new text's tokens from ``p`` on starts."""
        at = self._offsets
        out: list[Span] = []
        i, j = p, 0  # token positions in the old text, and in the new one from p
        start = -1  # the old token position where the pending span starts
        end = j0 = 0
        for op, n in diffs:
            if op == 0:
                if start >= 0:
                    out.append(_new_span(at[start], at[end], new[bt[j0]:bt[j]]))
                    start = -1
                i += n
                j += n
                continue
            if start < 0:
                start = end = i
                j0 = j
            if op < 0:
                i += n
                end = i
            else:
                j += n
        if start >= 0:
            out.append(_new_span(at[start], at[end], new[bt[j0]:bt[j]]))
        return tuple(out)


def _common_start(a: str, b: str, at: int) -> int:
    """How many characters ``a`` and ``b`` have in common from ``at`` on (a few, where a
    caller knows they differ soon after: a loop beats slicing them)."""
    n = 0
    limit = min(len(a), len(b)) - at
    while n < limit and a[at + n] == b[at + n]:
        n += 1
    return n


def _common_end(a: str, b: str, skip: int, limit: int) -> int:
    """How many more characters ``a`` and ``b`` end with in common before their last ``skip``
    (the same in both), ``skip`` and those together at most ``limit``."""
    n = 0
    ea, eb = len(a) - skip - 1, len(b) - skip - 1
    while n < limit - skip and a[ea - n] == b[eb - n]:
        n += 1
    return n


def splice(base: str, spans: list[Span]) -> str:
    """``base`` with non-overlapping spans applied (in any order)."""
    if len(spans) == 1:
        (sp,) = spans
        return base[:sp.start] + sp.new + base[sp.end:]
    out, at = [], 0
    for sp in sorted(spans, key=lambda s: (s.start, s.end)):
        out.append(base[at:sp.start])
        out.append(sp.new)
        at = sp.end
    out.append(base[at:])
    return "".join(out)


def redline_of(base: str, spans: list[Span]) -> Redline:
    """The redline that ``spans`` (apart, in any order) make of ``base``: each edit where it was
    made, as :func:`diff` of the two texts might not place it (it may join two edits a few
    characters apart into one, striking and putting back what lies between)."""
    ops: list[Op] = []
    at = new_at = 0
    for sp in sorted(spans, key=lambda s: (s.start, s.end)):
        if sp.start > at:
            ops.append(_new_op(OpKind.EQUAL, base[at:sp.start], at, sp.start, new_at, new_at + sp.start - at))
            new_at += sp.start - at
        if sp.end > sp.start:
            ops.append(_new_op(OpKind.DELETE, base[sp.start:sp.end], sp.start, sp.end, new_at, new_at))
        if sp.new:
            ops.append(_new_op(OpKind.INSERT, sp.new, sp.end, sp.end, new_at, new_at + len(sp.new)))
            new_at += len(sp.new)
        at = sp.end
    if at < len(base):
        ops.append(_new_op(OpKind.EQUAL, base[at:], at, len(base), new_at, new_at + len(base) - at))
    return _new_redline(base, splice(base, spans), tuple(ops), False, "")


def render_text(redline: Redline, color: bool = False) -> str:
    """``[-删除-]{+插入+}`` markup; with ``color``, red and green ANSI instead of brackets' plain look."""
    parts = []
    for op in redline.ops:
        text = printable(op.text) if color else op.text  # only our own colours may reach the terminal
        if op.kind is OpKind.EQUAL:
            parts.append(text)
        elif op.kind is OpKind.DELETE:
            parts.append(f"\x1b[31m[-{text}-]\x1b[0m" if color else f"[-{text}-]")
        else:
            parts.append(f"\x1b[32m{{+{text}+}}\x1b[0m" if color else f"{{+{text}+}}")
    return "".join(parts)


def render_html(redline: Redline) -> str:
    """``<del>``/``<ins>`` markup, escaped; line breaks become ``<br>``."""
    import html

    parts = []
    for op in redline.ops:
        text = html.escape(op.text).replace("\n", "<br>\n")
        if op.kind is OpKind.EQUAL:
            parts.append(text)
        elif op.kind is OpKind.DELETE:
            parts.append(f"<del>{text}</del>")
        else:
            parts.append(f"<ins>{text}</ins>")
    return "".join(parts)
