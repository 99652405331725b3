"""The documented whitespace rules; nothing else about law text is ever changed.

1. Line endings CRLF and CR become LF (importers).
2. Leading and trailing whitespace of a paragraph is dropped (spaces, tabs, U+3000, NBSP).
3. The whitespace between a label and its text (第一条　为了…) is dropped; the label is kept.
4. Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are removed, with a warning.
5. Blank lines only separate paragraphs.
6. Spaces inside a Chinese label (第 十 条) are left out of it, with a warning (the parser's), when
   the line is clearly that label; else the line is text as written, said (docs/drafts.md).
Whitespace inside a paragraph, including U+3000 and NBSP, is kept as it is.
"""

from __future__ import annotations

import re

#: The zero-width characters rule 4 takes out (a reader sees none of them).
ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
ZERO_WIDTH = re.compile(f"[{ZERO_WIDTH_CHARS}]")


def clean(text: str) -> tuple[str, int]:
    """Apply rules 2 and 4 to one paragraph; return the text and how many zero-width
    characters were removed (so the caller can warn)."""
    if text.isprintable():  # zero-width characters are format characters (Cf): not printable
        return text.strip(), 0
    stripped, count = ZERO_WIDTH.subn("", text)
    return stripped.strip(), count


def invisible_removed(text: str) -> tuple[str, int]:
    """Rule 4 for words a member types (a wording, a quote): the zero-width characters taken
    out, and how many (the caller warns); a change of them would be one nobody can see."""
    # (nearly every text has none: five scans, each as fast as memchr, cost a third of a search
    # or of any() over the five; tests/test_normalize.py holds them to ZERO_WIDTH_CHARS)
    if not ("\u200b" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text or "\ufeff" in text):
        return text, 0
    return ZERO_WIDTH.subn("", text)


def squash(text: str) -> str:
    """All whitespace removed: the form in which fidelity is compared."""
    # str.split() splits where \s matches (both ask Py_UNICODE_ISSPACE), five times faster
    # than a sub; a text without zero-width characters (nearly every one) is not searched again
    if any(ch in text for ch in ZERO_WIDTH_CHARS):
        text = ZERO_WIDTH.sub("", text)
    return "".join(text.split())
