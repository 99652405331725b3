"""The one place lawcomment calls docx2python: footnote and endnote texts of a draft.

docx2python renders notes well; it is slow on comments and blind to numbering and
revisions, so everything else is read by lawcomment.docx.reader (tech-facts §1).

docx2python reads every part of the file it is given, without size caps, with lxml's
default parser, and repeats a table cell ``w:gridSpan`` times. So it never sees the
member's file: it gets a small package built here from the parts lawcomment has already
read within its caps (DOCTYPE-free, re-serialised), with an empty body, and the notes'
paragraphs count against the paragraph cap and their cell spans are bounded.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from typing import TYPE_CHECKING

from ..limits import MAX_PARAGRAPHS, LimitExceeded, count

if TYPE_CHECKING:
    from lxml import etree

    from .package import DocxPackage

_NOTE = re.compile(r"^(footnote|endnote)(-?\d+)\)\t?(.*)$", re.DOTALL)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
#: Word tables have at most 63 columns; docx2python appends a cell per spanned column.
MAX_GRID_SPAN = 63


class NotesUnavailable(Exception):
    """docx2python could not read the notes of this file."""


def _cells(tree: object) -> list[list[str]]:
    """The innermost lists of docx2python's [table][row][cell][paragraph] nesting."""
    if isinstance(tree, list) and tree and all(isinstance(x, str) for x in tree):
        return [tree]
    out: list[list[str]] = []
    if isinstance(tree, list):
        for sub in tree:
            out.extend(_cells(sub))
    return out


def _checked(root: etree._Element, paragraphs: int) -> int:
    """Paragraphs of a note part, added to ``paragraphs``; cell spans bounded."""
    paragraphs += sum(1 for _ in root.iter(f"{{{_W}}}p"))
    if paragraphs > MAX_PARAGRAPHS:
        raise LimitExceeded(f"too many paragraphs: more than {count(MAX_PARAGRAPHS)} with the footnotes and "
                            "endnotes (the limit)")  # fmt: skip
    for span in root.iter(f"{{{_W}}}gridSpan"):
        value = span.get(f"{{{_W}}}val", "1")
        if not (value.strip().isdigit() and len(value.strip()) <= 2 and 1 <= int(value) <= MAX_GRID_SPAN):
            raise LimitExceeded(f"a table cell in the notes spans {value[:20]!r} columns (Word allows 1–{MAX_GRID_SPAN})")
    return paragraphs


def _hyperlinks(pkg: DocxPackage, part: str) -> bytes:
    """The external hyperlink relationships of a note part (nothing else is carried over)."""
    from xml.sax.saxutils import quoteattr

    folder, _, base = part.rpartition("/")
    rels = pkg.xml(f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels")
    if rels is None:
        return b""
    kept = "".join(f'<Relationship Id={quoteattr(r.get("Id", ""))} Type="{_R}/hyperlink" '
                   f'Target={quoteattr(r.get("Target", ""))} TargetMode="External"/>'
                   for r in rels.iter(f"{{{_PKG}}}Relationship")
                   if r.get("Type", "").endswith("/hyperlink") and r.get("TargetMode") == "External")  # fmt: skip
    return f'<Relationships xmlns="{_PKG}">{kept}</Relationships>'.encode() if kept else b""


def notes_package(pkg: DocxPackage, body_paragraphs: int = 0) -> bytes | None:
    """A minimal .docx holding only the notes (and the numbering and styles they use) of
    ``pkg``, re-serialised from the trees lawcomment parsed; None when it has no notes."""
    from lxml import etree

    parts: dict[str, bytes] = {}
    rels: list[tuple[str, str]] = []
    overrides: list[tuple[str, str]] = []
    paragraphs = body_paragraphs
    for kind in ("footnotes", "endnotes", "numbering", "styles"):
        name = pkg.related(pkg.main, f"/{kind}")
        root = pkg.xml(name) if name else None
        if root is None or name is None:
            continue
        if kind in ("footnotes", "endnotes"):
            paragraphs = _checked(root, paragraphs)
            found = _hyperlinks(pkg, name)
            if found:
                parts[f"word/_rels/{kind}.xml.rels"] = found
        parts[f"word/{kind}.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
        rels.append((kind, f"{kind}.xml"))
        overrides.append((f"/word/{kind}.xml", f"{_WML}.{kind}+xml"))
    if not any(k in ("footnotes", "endnotes") for k, _ in rels):
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        items = "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides)
        z.writestr("[Content_Types].xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_CT}">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/word/document.xml" ContentType="{_WML}.document.main+xml"/>{items}</Types>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
                                  f'Type="{_R}/officeDocument" Target="word/document.xml"/></Relationships>')  # fmt: skip
        links = "".join(f'<Relationship Id="rId{i}" Type="{_R}/{k}" Target="{t}"/>' for i, (k, t) in enumerate(rels, 1))
        z.writestr("word/_rels/document.xml.rels", f'<Relationships xmlns="{_PKG}">{links}</Relationships>')
        z.writestr("word/document.xml", f'<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body/></w:document>')
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def read_notes(pkg: DocxPackage, body_paragraphs: int = 0) -> dict[str, str]:
    """Footnotes (``fn1``) and endnotes (``en1``) by id, paragraphs joined with newlines.

    Past a cap (paragraphs with the body's, cell spans) a LimitExceeded is raised."""
    from docx2python import docx2python

    notes: dict[str, str] = {}
    package = notes_package(pkg, body_paragraphs)
    if package is None:
        return notes
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with docx2python(io.BytesIO(package), duplicate_merged_cells=False) as doc:
                trees = (doc.footnotes, doc.endnotes)
    except Exception as exc:  # noqa: BLE001 - docx2python raises bare KeyErrors on unusual parts
        raise NotesUnavailable(str(exc) or type(exc).__name__) from None
    for tree in trees:
        for cell in _cells(tree):
            m = _NOTE.match("\n".join(cell))
            if m:
                prefix = "fn" if m[1] == "footnote" else "en"
                notes[f"{prefix}{m[2]}"] = m[3].strip()
    return notes
