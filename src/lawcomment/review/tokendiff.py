"""Diffs of token-coded strings: diff-match-patch's exact algorithm, run by its C++ port
(fast-diff-match-patch) when that is installed and by the Python one otherwise, with the
same result from both; and the code points that make the two agree.
"""

from __future__ import annotations

import sys
from functools import cache
from itertools import chain
from typing import Any

from diff_match_patch import diff_match_patch


def _accelerator() -> Any:
    """fast-diff-match-patch, where it is installed, on Linux (where the agreement below is
    checked, see the tests) with 32-bit characters; else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:  # a compiled accelerator: wheels for CPython 3.11 and 3.12 (see the README's dependencies)
        import fast_diff_match_patch
    except ImportError:  # pragma: no cover - depends on the interpreter
        return None
    return fast_diff_match_patch if getattr(fast_diff_match_patch, "CHAR_WIDTH", 4) == 4 else None


_fast = _accelerator()

#: Whether diffs run in C++ (fast-diff-match-patch is installed).
ACCELERATED = _fast is not None

# diff_cleanupSemantic scores an edit's boundary by its neighbours' classes (alphanumeric,
# space, line break): Python asks str.isalnum/isspace, the C++ port iswalnum/iswspace in the
# process's locale, and the two disagree (U+001C-U+001F are spaces only to Python; é is
# alphanumeric to C only in some locales). Token codes therefore come first from code points
# that are neither, to both, in every locale: a few control characters and the private use
# areas, 137,490 codes; a pair that needs more is diffed in Python alone. The C++ side is
# only used on Linux, where this is checked (on Windows its 16-bit characters refuse the codes
# above U+FFFF).
_SAFE = (range(0x01, 0x09), range(0x0E, 0x1C), range(0xE000, 0xF900), range(0xF0000, 0xFFFFE),
         range(0x100000, 0x10FFFE))  # fmt: skip
#: How many token codes the C++ and the Python diff agree on.
SAFE_CODES = sum(len(r) for r in _SAFE)
_CODES: list[str] = []  # the codes 0 to its length, grown on demand


def codes(start: int, stop: int) -> list[str]:
    """The token codes ``start`` to ``stop``: the same code for the same number, always."""
    global _CODES
    table = _CODES
    if len(table) < stop:  # a longer copy replaces it whole: a concurrent reader never sees it half built
        grown = max(stop, 2 * len(table), 256)
        table = table + [chr(c) for c in _code_points(len(table), grown)]
        _CODES = table
    return table[start:stop]


def _code_points(start: int, stop: int) -> list[int]:
    out: list[int] = []
    at = 0
    for r in _SAFE:
        out.extend(r[max(0, start - at):max(0, stop - at)])
        at += len(r)
    if stop > at:
        out.extend(_rest()[max(0, start - at):stop - at])
    if len(out) < stop - start:
        raise ValueError(f"more than {start + len(out):,} distinct tokens to diff")
    return out


@cache
def _rest() -> list[int]:
    """The code points after the safe ones: every other one but the surrogates, in order."""
    safe = frozenset(chain.from_iterable(_SAFE))
    return [c for c in chain(range(0x09, 0xD800), range(0xE000, 0x110000)) if c not in safe]


_PY = diff_match_patch()
_PY.Diff_Timeout = 0  # exact diffs only: the callers' size and similarity guards keep this bounded


def diff(a: str, b: str, n_codes: int, cleanup: bool = True) -> list[tuple[int, int]]:
    """The diff of two coded strings as (op, length) pairs, op -1 delete, 0 equal, 1 insert;
    with ``cleanup``, after diff_cleanupSemantic. ``n_codes`` is how many codes (from 0) the
    strings may use: beyond :data:`SAFE_CODES` only the Python diff is used."""
    if not a or not b:  # (one deletion or one insertion: what diff-match-patch says, without the call)
        return [(-1, len(a))] if a else ([(1, len(b))] if b else [])
    if _fast is not None and n_codes <= SAFE_CODES:
        return [(_OPS[op], n) for op, n in
                _fast.diff(a, b, timelimit=0, checklines=False, cleanup="Semantic" if cleanup else "No") if n]  # fmt: skip
    return python_diff(a, b, cleanup)


_OPS = {"=": 0, "-": -1, "+": 1}


def python_diff(a: str, b: str, cleanup: bool = True) -> list[tuple[int, int]]:
    """:func:`diff` by the Python diff-match-patch alone (what runs without the accelerator)."""
    diffs = _PY.diff_main(a, b, False)
    if cleanup:
        _PY.diff_cleanupSemantic(diffs)
    return [(op, len(text)) for op, text in diffs if text]


def common_prefix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` start with in common: diff-match-patch's
    diff_commonPrefix, a binary search on slices, without its per-step len() calls (a merge asks
    this of every wording against its article)."""
    if not a or not b or a[0] != b[0]:
        return 0
    lo, hi = 0, min(len(a), len(b))
    mid, start = hi, 0
    while lo < mid:
        if a[start:mid] == b[start:mid]:
            lo = start = mid
        else:
            hi = mid
        mid = (hi - lo) // 2 + lo
    return mid


def common_suffix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` end with in common (diff_commonSuffix, as
    :func:`common_prefix` is diff_commonPrefix)."""
    if not a or not b or a[-1] != b[-1]:
        return 0
    la, lb = len(a), len(b)
    lo, hi = 0, min(la, lb)
    mid, end = hi, 0
    while lo < mid:
        if a[la - mid:la - end] == b[lb - mid:lb - end]:
            lo = end = mid
        else:
            hi = mid
        mid = (hi - lo) // 2 + lo
    return mid
