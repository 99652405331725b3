"""What importers hand to the parser: the blocks (paragraphs, headings, tables) of a file.

Importers know file formats; the parser knows legal structure. ``Source`` is the seam.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..frozen import maker
from ..model import Diagnostic


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading or table of the source, in reading order.

    ``line`` is the 1-based line (text, markdown) or body paragraph number (.docx).
    ``label`` is a list label rendered from Word auto-numbering (第一条, Article 1), kept
    apart from ``text`` because it is not in the document's characters. ``heading_level``
    is set for markdown headings and Word heading styles. ``rows`` makes the block a table.
    ``toc`` marks a known table-of-contents entry (a Word TOC style).
    """

    text: str
    line: int
    label: str = ""
    heading_level: int | None = None
    style: str = ""
    rows: tuple[tuple[str, ...], ...] | None = None
    toc: bool = False
    footnotes: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        """The paragraph as printed: a Word list label, a space, then the text."""
        return f"{self.label} {self.text}" if self.label else self.text


_new_block = maker(Block)


def plain_block(text: str, line: int) -> Block:
    """``Block(text, line)``: a paragraph with no label, style or table, built without
    ``__init__``'s field-by-field setattr (a long law is thousands of them)."""
    return _new_block(text, line, "", None, "", None, False, ())


@dataclass(frozen=True, slots=True)
class Source:
    """A file read into blocks: its name, title, front matter and body.

    ``marked_headings`` says the format marks headings explicitly (markdown ``##``): then
    only heading blocks can open a 编/章/节, and a bare 第七节 line stays text.
    ``raw``, when the importer knows it, is the body's text taken straight from the file's
    runs (the title and front matter left out), whitespace removed
    (:func:`lawcomment.drafts.normalize.squash`): the blocks must hold exactly these characters,
    in order, which the parser's fidelity check verifies. ``front_lines``, when the importer
    knows them, are the lines (paragraph numbers for .docx) of ``front_matter``'s lines, one each.
    """

    name: str
    blocks: tuple[Block, ...]
    title: str = ""
    front_matter: tuple[str, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    footnotes: dict[str, str] = field(default_factory=dict)
    marked_headings: bool = False
    raw: str | None = None
    front_lines: tuple[int, ...] = ()
