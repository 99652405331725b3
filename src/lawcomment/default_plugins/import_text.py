"""Built-in importers for plain text (.txt) and markdown (.md, LawRefBook layout)."""

from __future__ import annotations

from pathlib import Path

from lawcomment.encoding import decode_text
from lawcomment.errors import InputError
from lawcomment.hookspecs import RegisterImporter, hookimpl
from lawcomment.importers import Importer
from lawcomment.markdown import markdown_source
from lawcomment.model import Diagnostic, Severity
from lawcomment.source import Block, Source

MAX_TEXT_BYTES = 64 * 1024 * 1024


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise InputError(str(path), f"file is {size} bytes; the limit for text drafts is {MAX_TEXT_BYTES}")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(str(path), "the file is empty")
    return data


def read_text(path: Path, encoding: str | None) -> Source:
    """Each non-blank line is a paragraph; the parser finds the title and structure."""
    text, used = decode_text(_read_bytes(path), str(path), encoding)
    blocks = tuple(Block(line, n) for n, line in enumerate(text.split("\n"), 1) if line.strip())
    return Source(str(path), blocks, diagnostics=_encoding_note(used))


def _encoding_note(used: str) -> tuple[Diagnostic, ...]:
    if used in ("utf-8", "utf-8-sig", "ascii"):
        return ()
    return (Diagnostic(Severity.INFO, "encoding", f"read as {used}"),)


def read_markdown(path: Path, encoding: str | None) -> Source:
    """LawRefBook markdown (see :func:`lawcomment.markdown.markdown_source`)."""
    text, used = decode_text(_read_bytes(path), str(path), encoding)
    return markdown_source(text, str(path), _encoding_note(used))


@hookimpl(trylast=True)
def register_importers(register: RegisterImporter) -> None:
    register(Importer("text", (".txt",), read_text))
    register(Importer("markdown", (".md", ".markdown"), read_markdown))
