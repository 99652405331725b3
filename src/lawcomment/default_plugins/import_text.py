"""Built-in importers for plain text (.txt) and markdown (.md, LawRefBook layout).

Both are read within the caps of lawcomment.limits (file size, characters, non-blank lines),
checked before the text is split, and refuse C0 control characters with their line and column.
"""

from __future__ import annotations

import re
from pathlib import Path

from lawcomment import Source
from lawcomment.drafts import INFO_END, decode_text, markdown_source, plain_block, refuse_controls
from lawcomment.errors import InputError
from lawcomment.hookspecs import RegisterImporter, hookimpl
from lawcomment.importers import Importer
from lawcomment.limits import MAX_PARAGRAPHS, MAX_TEXT_BYTES, MAX_TEXT_CHARS, count, read_capped
from lawcomment.model import Diagnostic, Severity

_NONBLANK = re.compile(r"^[^\S\n]*\S", re.MULTILINE)


def _read_bytes(path: Path) -> bytes:
    data = read_capped(path, MAX_TEXT_BYTES, "text drafts")
    if not data.strip():
        raise InputError(str(path), "the file is empty")
    return data


def _law_text(path: Path, encoding: str | None) -> tuple[str, str]:
    """Decoded, within the caps, without control characters."""
    text, used = decode_text(_read_bytes(path), str(path), encoding)
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(str(path), f"too much text: more than {count(MAX_TEXT_CHARS)} characters (the limit)")
    # counted only when the file has more lines than the cap, blank ones included
    for lines, _ in enumerate(_NONBLANK.finditer(text) if text.count("\n") >= MAX_PARAGRAPHS else (), 1):
        if lines > MAX_PARAGRAPHS:
            raise InputError(str(path), f"too many paragraphs: more than {count(MAX_PARAGRAPHS)} non-blank lines "
                                        "(the limit)")  # fmt: skip
    refuse_controls(text, str(path))
    if not text.strip():
        raise InputError(str(path), "the file is empty")
    return text, used


def read_text(path: Path, encoding: str | None) -> Source:
    """Each non-blank line is a paragraph; the parser finds the title and structure."""
    text, used = _law_text(path, encoding)
    blocks = tuple(plain_block(line, n) for n, line in enumerate(text.split("\n"), 1) if line.strip())
    return Source(str(path), blocks, diagnostics=_encoding_note(used))


def _encoding_note(used: str) -> tuple[Diagnostic, ...]:
    if used in ("utf-8", "utf-8-sig", "ascii"):
        return ()
    return (Diagnostic(Severity.INFO, "encoding", f"read as {used}"),)


def read_markdown(path: Path, encoding: str | None) -> Source:
    """LawRefBook markdown (see :func:`lawcomment.drafts.markdown.markdown_source`)."""
    text, used = _law_text(path, encoding)
    if INFO_END in text and not any(line.strip() == INFO_END for line in text.split("\n")):
        line = text.count("\n", 0, text.index(INFO_END)) + 1
        raise InputError(str(path), f"{INFO_END} must stand on a line of its own", line)
    return markdown_source(text, str(path), _encoding_note(used))


@hookimpl(trylast=True)
def register_importers(register: RegisterImporter) -> None:
    register(Importer("text", (".txt",), read_text))
    register(Importer("markdown", (".md", ".markdown"), read_markdown))
