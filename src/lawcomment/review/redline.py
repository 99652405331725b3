"""The diff engine: CJK-aware token diffs on diff-match-patch, rendered as text, HTML or data.

Chinese is compared per character, Latin text per word, numbers and citations (第十二条,
（三）) as whole tokens. Diffs are exact: a pair too dissimilar or too large is an explicit
whole replacement that says why, never a diff silently cut short by a timeout.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from diff_match_patch import diff_match_patch

from ..textcheck import printable

_CN = "〇零一二三四五六七八九十百千万两"
TOKEN = re.compile(
    rf"第[{_CN}\d]+[编章节条款项目](?:之[{_CN}]+)?"  # citations: 第十二条, 第三条之一
    rf"|[（(][{_CN}\d]+[）)]"  # item labels: （三）, (3)
    r"|\d+(?:[.,:]\d+)*"  # numbers: 2018, 3.5, 1,000
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


def _dmp() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # exact diffs only: the size and similarity guards keep this bounded
    return dmp


_DMP = _dmp()


def tokens(text: str) -> list[str]:
    """The diff tokens of a text; ``"".join(tokens(t)) == t`` always holds."""
    return TOKEN.findall(text)


def _char(i: int) -> str:
    # skip the surrogate block so every token code is a valid code point
    return chr(i + 1 if i + 1 < 0xD800 else i + 1 + 0x800)


class _Codec:
    """Maps tokens to single code points so diff-match-patch diffs whole tokens."""

    def __init__(self) -> None:
        self.vocab: dict[str, str] = {}
        self.inv: dict[str, str] = {}

    def encode(self, toks: list[str]) -> str:
        vocab = self.vocab
        out = []
        for t in toks:
            c = vocab.get(t)
            if c is None:
                c = vocab[t] = _char(len(vocab))
                self.inv[c] = t
            out.append(c)
        return "".join(out)

    def decode(self, s: str) -> str:
        inv = self.inv
        return "".join(inv[c] for c in s)


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


def _affix(a: list[str], b: list[str]) -> tuple[int, int]:
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, s


def _token_diff(ta: list[str], tb: list[str]) -> list[tuple[int, str]] | str:
    """Diff two token lists; a str result is the reason for a whole replacement."""
    p, s = _affix(ta, tb)
    ma, mb = ta[p:len(ta) - s], tb[p:len(tb) - s]
    if max(len(ma), len(mb)) > MAX_BLOCK_TOKENS:
        return f"too large to compare exactly ({len(ma)} and {len(mb)} changed tokens)"
    if min(len(ma), len(mb)) >= SIMILARITY_CHECK_TOKENS:
        sim = similarity(ma, mb)
        if sim < MIN_SIMILARITY:
            return f"too dissimilar to compare (similarity {sim:.2f} < {MIN_SIMILARITY})"
    codec = _Codec()
    ea, eb = codec.encode(ma), codec.encode(mb)
    diffs = _DMP.diff_main(ea, eb, False)
    _DMP.diff_cleanupSemantic(diffs)  # on the encoded tokens: decoding first would re-split words
    out = [(0, "".join(ta[:p]))] if p else []
    out += [(op, codec.decode(text)) for op, text in diffs]
    if s:
        out.append((0, "".join(ta[len(ta) - s:])))
    return out


def _line_diff(old: str, new: str) -> list[tuple[int, str]] | str:
    """Large texts: align lines first, then diff each changed block by tokens."""
    la, lb = old.splitlines(keepends=True), new.splitlines(keepends=True)
    codec = _Codec()
    diffs = _DMP.diff_main(codec.encode(la), codec.encode(lb), False)
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


def diff(old: str, new: str) -> Redline:
    """The redline from ``old`` to ``new``, exact and deterministic."""
    if old == new:
        return Redline(old, new, (Op(OpKind.EQUAL, old, 0, len(old), 0, len(new)),) if old else ())
    ta, tb = tokens(old), tokens(new)
    if max(len(ta), len(tb)) > LINE_MODE_TOKENS and "\n" in old and "\n" in new:
        result = _line_diff(old, new)
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
            ops.append(Op(OpKind.EQUAL, text, i, i + len(text), j, j + len(text)))
            i, j = i + len(text), j + len(text)
        elif op < 0:
            ops.append(Op(OpKind.DELETE, text, i, i + len(text), j, j))
            i += len(text)
        else:
            ops.append(Op(OpKind.INSERT, text, i, i, j, j + len(text)))
            j += len(text)
    return Redline(old, new, tuple(ops))


def splice(base: str, spans: list[Span]) -> str:
    """``base`` with non-overlapping spans applied (in any order)."""
    out, at = [], 0
    for sp in sorted(spans, key=lambda s: (s.start, s.end)):
        out.append(base[at:sp.start])
        out.append(sp.new)
        at = sp.end
    out.append(base[at:])
    return "".join(out)


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
