"""What text the store accepts: no control characters (except tab and line breaks), no unpaired
surrogates. Refused at every intake with where it was, so no export can fail on stored text later.
"""

from __future__ import annotations

from collections.abc import Callable

from .lazy import lazy_pattern

#: C0 controls but TAB, LF and CR; DEL and the C1 controls; unpaired surrogates (XML and SQLite reject them).
_BAD = lazy_pattern("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def line_feeds(text: str) -> str:
    """``text`` with each line break as one line feed: a browser sends a textarea's as CRLF,
    JSON may hold \\r\\n or a lone \\r. A carriage return stored in a proposal would be a
    change of its own (a tracked insertion of U+000D in Word)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def remark_breaks(text: str) -> str:
    """A remark (a reason) typed or pasted, each of its line breaks one line feed: also Word's
    manual line break (U+000B, what Shift+Enter gives), its page break (U+000C) and the Unicode
    line and paragraph separators, which a textarea pasted from Word may hold. Never for words
    of the law: there a line break starts a 款."""
    text = line_feeds(text)
    return text.translate(_REMARK_BREAKS) if any(ch in text for ch in "\v\f\u2028\u2029") else text


_REMARK_BREAKS = str.maketrans({"\v": "\n", "\f": "\n", "\u2028": "\n", "\u2029": "\n"})


def has_separator(text: str) -> bool:
    """Whether ``text`` holds a line or paragraph separator (U+2028, U+2029): Word shows a line
    break inside a 款 there, the merge none, so words of the law never hold one."""
    return "\u2028" in text or "\u2029" in text


def bad_character(text: str) -> str | None:
    """``"U+001B at character 5"`` for the first character the store does not accept, else None."""
    m = _BAD().search(text)
    if m is None:
        return None
    return f"U+{ord(m.group()):04X} at character {m.start() + 1}"


#: What bad_character or has_separator finds: either refuses the text (one search for both).
_UNFIT = lazy_pattern("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def unfit_search() -> Callable[[str], object]:
    """The search of a text for what :func:`bad_character` or :func:`has_separator` finds: not
    None when either would (a file's rows, searched one field at a time)."""
    return _UNFIT().search


def check_fields(fields: dict[str, str | None], hint: str = "remove it and import again") -> list[str]:
    """One problem per field holding a character the store does not accept: ``reason: control
    character U+001B at character 5 (remove it and import again)``."""
    out = []
    for name, value in fields.items():
        found = bad_character(value) if value else None
        if found is not None:
            what = "an unpaired surrogate" if found.startswith("U+D") else "control character"
            out.append(f"{name}: {what} {found} ({hint})")
    return out


#: What a terminal would act on rather than show: C0 (but tab and line feed), DEL, C1, lone
#: surrogates, the line and paragraph separators and the bidirectional overrides and isolates
#: (which can make text read in another order than it is stored).
_UNPRINTABLE = lazy_pattern("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: every control character but tab and line feed (and
    any unpaired surrogate, line separator or bidirectional control) shown as U+FFFD, so stored
    text can never drive the terminal or reorder what it shows."""
    if text.isprintable():  # false for every character below (categories Cc, Cs, Zl, Zp, Cf)
        return text
    return _UNPRINTABLE().sub("\ufffd", text)
