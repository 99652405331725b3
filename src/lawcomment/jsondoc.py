"""JSON documents as lawcomment writes them: UTF-8 text, two-space indents, a final newline.

orjson writes them as ``json.dumps(obj, ensure_ascii=False, indent=2)`` does for every document
lawcomment makes, byte for byte but for exponents (1e16 for 1e+16, 1e-7 for 1e-07: the same
numbers), about 15 times faster: the standard library indents in pure Python. It remains for
what orjson refuses (integers beyond 64 bits). The two differ on values no document holds: NaN
and infinities (orjson writes null) and dataclasses or datetimes (orjson writes them, json
refuses).
"""

from __future__ import annotations

import re
from typing import Any


def dumps(obj: Any) -> str:
    """``obj`` as an indented JSON document, ending in a newline."""
    return dump_bytes(obj).decode("utf-8")


def dump_bytes(obj: Any) -> bytes:
    """``obj`` as an indented JSON document in UTF-8, ending in a newline."""
    import orjson  # imported when a document is written, not when lawcomment starts

    try:
        return orjson.dumps(obj, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS)
    except orjson.JSONEncodeError:
        import json  # the standard library's encoder, for what orjson refuses

        return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


#: What orjson leaves as it is but a terminal would act on (printable()'s set, less the C0
#: controls orjson escapes itself): DEL, C1, U+2028/2029 and the bidirectional controls, in UTF-8.
_TERMINAL = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]")
_TERMINAL_C1 = re.compile(rb"\xc2[\x80-\x9f]")  # its two-byte part (§, ·, ½ start with \xc2 too)
_TERMINAL_WIDE = re.compile(rb"\xe2(?:\x80[\xa8-\xae]|\x81[\xa6-\xa9])")  # its three-byte part


def terminal_safe(document: bytes) -> bytes:
    """A JSON document from :func:`dump_bytes` with every character a terminal would act on
    written as a ``\\uXXXX`` escape: the same JSON value, safe to print. (They can stand only
    inside strings, where an escape means the same character.)"""
    # quick scans before the alternation, which tries every byte: a lead byte not there at all
    # (memchr), then each C1 or three-byte control's lead byte there: 0.2 ms for the 民法典's
    # 3 MB instead of 6
    if (b"\x7f" not in document and (b"\xc2" not in document or _TERMINAL_C1.search(document) is None)
            and not _wide_control(document)):  # fmt: skip
        return document
    return _TERMINAL.sub(lambda m: b"\\u%04x" % ord(m.group().decode("utf-8")), document)


#: The two bytes after \xe2 of U+2028–U+202E and U+2066–U+2069 (_TERMINAL_WIDE).
_WIDE_TAILS = frozenset(bytes((0x80, b)) for b in range(0xA8, 0xAF)) | frozenset(bytes((0x81, b)) for b in range(0xA6, 0xAA))
#: How many \xe2 bytes are looked at one by one before the regex reads the rest.
WIDE_LEADS_CHECKED = 1000


def _wide_control(document: bytes) -> bool:
    r"""Whether a three-byte control is in ``document``: found from one \xe2 byte to the next
    (memchr), ten times faster than the regex on Chinese text, where few characters start with
    it (“ ” … —). Past WIDE_LEADS_CHECKED of them, the regex reads the rest."""
    at = document.find(b"\xe2")
    for _ in range(WIDE_LEADS_CHECKED):
        if at < 0:
            return False
        if document[at + 1:at + 3] in _WIDE_TAILS:
            return True
        at = document.find(b"\xe2", at + 1)
    return at >= 0 and _TERMINAL_WIDE.search(document, at) is not None


def compact(obj: Any) -> str:
    """``obj`` as JSON on one line, without spaces: for data a store keeps, not for reading."""
    import orjson

    return orjson.dumps(obj).decode("utf-8")


def loads(text: str | bytes) -> Any:
    """The value a JSON text holds (orjson: several times faster than the standard library)."""
    import orjson

    return orjson.loads(text)


def loads_kept(text: str) -> Any:
    """The value of a large JSON text a store kept (a whole draft's positions or groups): the
    standard library's parser. On these lists of short strings it is as fast as orjson, which
    for 13 MB of them holds four times the result in memory while it parses (400 MB at 100k
    comments, every export's peak). ValueError for a text orjson would refuse too: a lone
    surrogate's escape (orjson writes none) or nesting too deep to read."""
    import json

    # orjson escapes only control characters (a backslash before "ud" in a text of its own only
    # costs its positions being made afresh)
    if "\\ud" in text or "\\uD" in text:
        raise ValueError("a kept JSON text with an escaped surrogate")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("a kept JSON text nested too deeply") from None
