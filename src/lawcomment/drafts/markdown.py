"""LawRefBook-style markdown: read it into blocks, and write a Draft back out in it.

``render_markdown`` and ``markdown_source`` are inverses on the unit tree: parsing the
rendered text gives the same units, eids and text (amended laws are built this way).
"""

from __future__ import annotations

import re

from ..model import Diagnostic, Draft, Kind, Severity, Unit
from .source import Block, Source, plain_block

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_COMMENT = re.compile(r"^<!--.*-->$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
INFO_END = "<!-- INFO END -->"


def _cells(line: str) -> tuple[str, ...]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return tuple(cell.strip() for cell in inner.split("|"))


def markdown_source(text: str, name: str, diagnostics: tuple[Diagnostic, ...] = ()) -> Source:
    """Blocks of LawRefBook markdown: ``# title``, front matter up to ``<!-- INFO END -->``,
    ``##`` headings, one paragraph per line.

    Pipe tables (after ``<!-- TABLE -->`` or anywhere) become table blocks; other HTML
    comments are skipped with an info diagnostic.
    """
    lines = text.split("\n")
    diags = list(diagnostics)
    title = ""
    front: list[str] = []
    front_lines: list[int] = []
    start = 0
    # the marker counts only on a line of its own: text quoting it mid-line is body text
    end = next((i for i, line in enumerate(lines) if line.strip() == INFO_END), None) if INFO_END in text else None
    if end is not None:
        for n, line in enumerate(lines[:end]):
            s = line.strip()
            if not s:
                continue
            if not title and (m := _HEADING.match(s)) and len(m[1]) == 1:
                title = m[2]
            else:
                front.append(s)
                front_lines.append(n + 1)
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
        if s.startswith("<!--") and _COMMENT.match(s):
            if s != "<!-- TABLE -->":
                diags.append(Diagnostic(Severity.INFO, "md-comment", f"skipped markdown comment {s[:40]!r}", lineno))
            continue
        if s.startswith("#") and (m := _HEADING.match(s)):
            if len(m[1]) == 1 and not title and not blocks:
                title = m[2]
                continue
            blocks.append(Block(m[2], lineno, heading_level=len(m[1])))
        else:
            blocks.append(plain_block(s, lineno))
    flush_table()
    return Source(name, tuple(blocks), title=title, front_matter=tuple(front), diagnostics=tuple(diags),
                  marked_headings=True, front_lines=tuple(front_lines))  # fmt: skip


def _joined(label: str, text: str) -> str:
    if not label or not text:
        return label or text
    return label + ("" if label.endswith(("、", ".", "．", "）", ")")) and not label[0].isascii() else " ") + text


def _table(rows: tuple[tuple[str, ...], ...]) -> list[str]:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out.extend("| " + " | ".join(row) + " |" for row in rows[1:])
    return out


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()] if text else []


def render_markdown(draft: Draft) -> str:
    """The draft as LawRefBook markdown: title, front matter, ``<!-- INFO END -->``, body.

    Containers become ``##``/``###``… headings by depth; every paragraph, item and
    sub-item is one line with its label; tables are pipe tables.
    """
    untitled = "(untitled)" if draft.profile.startswith("en") else "（无标题）"
    out: list[str] = [f"# {draft.title or untitled}", ""]
    for line in draft.front_matter:
        out += [line, ""]
    out += [INFO_END, ""]
    sep = " " if draft.profile.startswith("en") else ""

    def emit(line: str) -> None:
        out.extend((line, ""))

    def block(unit: Unit) -> None:
        if unit.kind is Kind.TABLE:
            out.extend(_table(unit.rows))
            out.append("")
            return
        lead = unit.label + sep if unit.label and unit.kind in (Kind.PARAGRAPH, Kind.ITEM, Kind.SUBITEM) else ""
        texts = _lines(unit.text)
        if lead:
            emit(lead + (texts.pop(0) if texts else ""))
        for line in texts:
            emit(line)
        for child in unit.children:
            block(child)
        for line in _lines(unit.tail):
            emit(line)

    def visit(unit: Unit, depth: int) -> None:
        # (an annex read from text after the last article, its caption-less table or an act's closing
        # text, has no heading to give: an empty one would read back as the words "##" of that article)
        if unit.kind.is_container or (unit.kind is Kind.ANNEX and (unit.label or unit.heading)) or (
                unit.kind is Kind.PREAMBLE and unit.heading):  # fmt: skip
            emit("#" * min(depth + 2, 6) + " " + _joined(unit.label, unit.heading))
        if unit.kind is Kind.ARTICLE:
            first = len(out)
            if unit.heading:
                emit(unit.label)
                emit(unit.heading)
                first = len(out)
            block(Unit(Kind.PARAGRAPH, "", text=unit.text, children=unit.children, tail=unit.tail))
            if not unit.heading:
                if len(out) > first:
                    out[first] = _joined(unit.label, out[first])
                else:
                    emit(unit.label)
            return
        if unit.kind.is_container:
            for line in _lines(unit.text):
                emit(line)
            for child in unit.children:
                visit(child, depth + 1)
            for line in _lines(unit.tail):
                emit(line)
            return
        block(Unit(Kind.PARAGRAPH, "", text=unit.text, children=unit.children, tail=unit.tail))

    for unit in draft.units:
        visit(unit, 0)
    return "\n".join(out).rstrip("\n") + "\n"
