"""Built-in importers for plain text (.txt) and markdown (.md, LawRefBook layout)."""

from __future__ import annotations

import re
from pathlib import Path

from lawcomment.encoding import decode_text
from lawcomment.errors import InputError
from lawcomment.hookspecs import RegisterImporter, hookimpl
from lawcomment.importers import Importer
from lawcomment.model import Diagnostic, Severity
from lawcomment.source import Block, Source

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_COMMENT = re.compile(r"^<!--.*-->$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
MAX_TEXT_BYTES = 64 * 1024 * 1024


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise InputError(str(path), f"file is {size} bytes; the limit for text drafts is {MAX_TEXT_BYTES}")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(str(path), "the file is empty")
    return data


def _cells(line: str) -> tuple[str, ...]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return tuple(cell.strip() for cell in inner.split("|"))


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
    """LawRefBook markdown: ``# title``, front matter up to ``<!-- INFO END -->``, ``##`` headings.

    Pipe tables after ``<!-- TABLE -->`` (or anywhere) become table blocks; other HTML
    comments are skipped with an info diagnostic.
    """
    text, used = decode_text(_read_bytes(path), str(path), encoding)
    lines = text.split("\n")
    diags = list(_encoding_note(used))
    title = ""
    front: list[str] = []
    start = 0
    if "<!-- INFO END -->" in text:
        end = next(i for i, line in enumerate(lines) if line.strip() == "<!-- INFO END -->")
        for line in lines[:end]:
            s = line.strip()
            if not s:
                continue
            if not title and (m := _HEADING.match(s)) and len(m[1]) == 1:
                title = m[2]
            else:
                front.append(s)
        start = end + 1
    blocks: list[Block] = []
    table: list[tuple[str, ...]] = []
    table_line = 0

    def flush_table() -> None:
        nonlocal table
        if table:
            blocks.append(Block("", table_line, rows=tuple(table)))
            table = []

    for n in range(start, len(lines)):
        s = lines[n].strip()
        lineno = n + 1
        if s.startswith("|"):
            if not table:
                table_line = lineno
            if not _TABLE_RULE.match(s):
                table.append(_cells(s))
            continue
        flush_table()
        if not s:
            continue
        if _COMMENT.match(s):
            if s != "<!-- TABLE -->":
                diags.append(Diagnostic(Severity.INFO, "md-comment", f"skipped markdown comment {s[:40]!r}", lineno))
            continue
        if m := _HEADING.match(s):
            if len(m[1]) == 1 and not title and not blocks:
                title = m[2]
                continue
            blocks.append(Block(m[2], lineno, heading_level=len(m[1])))
        else:
            blocks.append(Block(s, lineno))
    flush_table()
    return Source(str(path), tuple(blocks), title=title, front_matter=tuple(front), diagnostics=tuple(diags),
                  marked_headings=True)  # fmt: skip


@hookimpl(trylast=True)
def register_importers(register: RegisterImporter) -> None:
    register(Importer("text", (".txt",), read_text))
    register(Importer("markdown", (".md", ".markdown"), read_markdown))
