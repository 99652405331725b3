"""Token-coded diffs: the C++ and the Python diff-match-patch agree on every pair, because the
token codes are code points neither calls alphanumeric or space; beyond those, Python alone."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import platform
import shutil
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawcomment.review import redline, tokendiff
from lawcomment.review.tokendiff import SAFE_CODES, codes, python_diff

#: Where pyproject.toml installs fast-diff-match-patch (its wheels: CPython 3.11 and 3.12, x86-64;
#: its agreement with Python: tested here, on Linux).
INSTALLED_HERE = (sys.version_info < (3, 13) and platform.python_implementation() == "CPython"
                  and sys.platform.startswith("linux") and platform.machine() == "x86_64")  # fmt: skip
#: Under CI it must be there, and the comparisons run: a skip would hide a broken accelerator.
REQUIRED = bool(os.environ.get("CI")) and INSTALLED_HERE
needs_accelerator = pytest.mark.skipif(not tokendiff.ACCELERATED and not REQUIRED,
                                       reason="fast-diff-match-patch is not installed")  # fmt: skip


def test_the_accelerator_is_installed_under_ci() -> None:
    if REQUIRED:
        assert tokendiff.ACCELERATED, "CI installs fast-diff-match-patch: the tests below compare it with Python"


def test_codes_are_distinct_code_points_and_never_change() -> None:
    table = codes(0, SAFE_CODES + 5_000)
    assert len(set(table)) == len(table) == SAFE_CODES + 5_000
    assert all(len(c) == 1 and not 0xD800 <= ord(c) < 0xE000 for c in table)
    assert codes(100, 105) == table[100:105] and codes(SAFE_CODES, SAFE_CODES + 2) == table[SAFE_CODES:SAFE_CODES + 2]
    assert [ord(c) for c in table[:10]] == [1, 2, 3, 4, 5, 6, 7, 8, 0x0E, 0x0F]
    assert ord(table[SAFE_CODES - 1]) == 0x10FFFD and ord(table[SAFE_CODES]) == 0x09


def test_the_safe_codes_are_neither_alphanumeric_nor_space_to_python_or_to_c() -> None:
    table = codes(0, SAFE_CODES)
    assert not any(c.isalnum() or c.isspace() for c in table)
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.iswalnum.argtypes = libc.iswspace.argtypes = [ctypes.c_uint32]
    assert not any(libc.iswalnum(ord(c)) or libc.iswspace(ord(c)) for c in table)  # in this process's locale
    # the first code after them is one the two may class differently (a tab is space to both,
    # but U+001C is space to Python only): why those are diffed in Python alone
    assert "\x1c".isspace() and not libc.iswspace(0x1C)


@pytest.mark.skipif(shutil.which("locale") is None and not os.environ.get("CI"), reason="no `locale` to list the locales")
def test_the_safe_codes_are_neither_in_any_installed_locale() -> None:
    """Each locale set in a process of its own (C.UTF-8 calls é alphanumeric: C's classes differ)."""
    names = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=True).stdout.split()
    assert names
    script = ("import ctypes, ctypes.util, sys; from lawcomment.review.tokendiff import SAFE_CODES, codes\n"
              "libc = ctypes.CDLL(ctypes.util.find_library('c')); libc.setlocale.restype = ctypes.c_char_p\n"
              "libc.iswalnum.argtypes = libc.iswspace.argtypes = [ctypes.c_uint32]\n"
              "assert libc.setlocale(6, sys.argv[1].encode()) is not None\n"
              "print(sum(1 for c in codes(0, SAFE_CODES) if libc.iswalnum(ord(c)) or libc.iswspace(ord(c))))")  # fmt: skip
    for name in names:
        done = subprocess.run([sys.executable, "-c", script, name], capture_output=True, text=True, check=True)
        assert done.stdout == "0\n", name


def _coded(draw: st.DrawFn, pool: list[str]) -> str:
    return "".join(draw(st.lists(st.sampled_from(pool), max_size=40)))


@st.composite
def coded_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """Two coded strings over a few codes, often one a few edits from the other, so that edits
    can shift along repeats (where the semantic cleanup scores boundaries by the codes' classes)."""
    if draw(st.booleans()):
        pool = codes(0, draw(st.integers(2, 6)))
    else:  # any safe codes: the private use areas, above U+FFFF too
        pool = [codes(n, n + 1)[0] for n in draw(st.lists(st.integers(0, SAFE_CODES - 1), min_size=2, max_size=6,
                                                            unique=True))]  # fmt: skip
    a = _coded(draw, pool)
    if draw(st.booleans()):
        return a, _coded(draw, pool)
    b = list(a)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(b)))
        if b and draw(st.booleans()):
            del b[min(at, len(b) - 1)]
        else:
            b.insert(at, draw(st.sampled_from(pool)))
    return a, "".join(b)


@needs_accelerator
@settings(max_examples=500, deadline=None)
@given(coded_pairs(), st.booleans())
def test_the_cxx_and_python_diffs_agree(pair: tuple[str, str], cleanup: bool) -> None:
    a, b = pair
    fast = tokendiff.diff(a, b, SAFE_CODES, cleanup)
    assert fast == python_diff(a, b, cleanup)
    assert sum(n for op, n in fast if op <= 0) == len(a) and sum(n for op, n in fast if op >= 0) == len(b)
    assert all(n > 0 for _, n in fast)


@needs_accelerator
@pytest.mark.parametrize(("a", "b"), [("", "\x01\x02"), ("\x01\x02\x03", ""), ("", ""), ("", "\x01")])
@pytest.mark.parametrize("cleanup", [True, False])
def test_a_diff_with_an_empty_side_is_said_without_the_cxx_call(a: str, b: str, cleanup: bool,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    fast = tokendiff._fast
    assert fast is not None
    cxx = [(tokendiff._OPS[op], n) for op, n in
           fast.diff(a, b, timelimit=0, checklines=False, cleanup="Semantic" if cleanup else "No") if n]  # fmt: skip

    class Refuse:
        def diff(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("the C++ diff was asked")

    monkeypatch.setattr(tokendiff, "_fast", Refuse())
    assert tokendiff.diff(a, b, SAFE_CODES, cleanup) == cxx == python_diff(a, b, cleanup)


REAL_PAIRS = [
    ("第一条　为了保护民事主体的合法权益，调整民事关系，维护社会和经济秩序，制定本法。",
     "第一条　为了依法保护民事主体的合法权益，调整民事关系，维护社会和经济秩序，根据宪法，制定本法。"),
    ("合同当事人应当遵循诚信原则，根据合同的性质、目的和交易习惯履行通知、协助、保密等义务。",
     "合同当事人应当遵循诚信原则，根据合同的性质履行通知、协助、保密、保密等义务。"),
    ("The operator shall notify the member within 30 days.\nThe member may object.",
     "The operator must notify each member within 15 days.\nThe member may object in writing."),
    ("的的的的的", "的的的的的的"),
]


@needs_accelerator
@pytest.mark.parametrize(("old", "new"), REAL_PAIRS)
def test_redlines_are_the_same_with_and_without_the_accelerator(old: str, new: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    fast = redline.diff(old, new)
    edits = redline.Differ(old).edits(new)
    monkeypatch.setattr(tokendiff, "_fast", None)
    assert redline.diff(old, new) == fast
    assert redline.Differ(old).edits(new) == edits
    assert "".join(op.text for op in fast.ops if op.kind is not redline.OpKind.INSERT) == old
    assert "".join(op.text for op in fast.ops if op.kind is not redline.OpKind.DELETE) == new


def test_more_codes_than_the_safe_ones_are_diffed_in_python(monkeypatch: pytest.MonkeyPatch) -> None:
    class Refuse:
        def diff(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("the C++ diff was asked")

    monkeypatch.setattr(tokendiff, "_fast", Refuse())
    a, b = "\x01\x02\x03", "\x01\x04\x03"
    assert tokendiff.diff(a, b, SAFE_CODES + 1) == [(0, 1), (-1, 1), (1, 1), (0, 1)]
    with pytest.raises(AssertionError, match="the C.. diff was asked"):
        tokendiff.diff(a, b, SAFE_CODES)


@settings(max_examples=300, deadline=None)
@given(coded_pairs(), st.randoms(use_true_random=False))
def test_which_safe_code_a_token_has_changes_no_diff(pair: tuple[str, str], rng) -> None:  # type: ignore[no-untyped-def]
    """Why Differ diffs its own codes as they are: the cleanup classes every safe code alike, so
    tokens coded in any order (by first appearance, or as a vocabulary grew) give one diff."""
    a, b = pair
    pool = sorted(set(a + b))
    moved = dict(zip(map(ord, pool), rng.sample(codes(0, SAFE_CODES), len(pool))))
    assert tokendiff.diff(a.translate(moved), b.translate(moved), SAFE_CODES) == tokendiff.diff(a, b, SAFE_CODES)
    assert python_diff(a.translate(moved), b.translate(moved)) == python_diff(a, b)
