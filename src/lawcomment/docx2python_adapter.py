"""The one place lawcomment calls docx2python: footnote and endnote texts of a draft.

docx2python renders notes well; it is slow on comments and blind to numbering and
revisions, so everything else is read by lawcomment.docx_reader (tech-facts §1).
"""

from __future__ import annotations

import re
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .docx_package import DocxPackage

_NOTE = re.compile(r"^(footnote|endnote)(-?\d+)\)\t?(.*)$", re.DOTALL)


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


def read_notes(pkg: DocxPackage) -> dict[str, str]:
    """Footnotes (``fn1``) and endnotes (``en1``) by id, paragraphs joined with newlines."""
    from docx2python import docx2python

    notes: dict[str, str] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with docx2python(pkg.path) as doc:
                trees = (doc.footnotes, doc.endnotes)
    except Exception as exc:  # docx2python raises bare KeyErrors on unusual parts
        raise NotesUnavailable(str(exc) or type(exc).__name__) from None
    for tree in trees:
        for cell in _cells(tree):
            m = _NOTE.match("\n".join(cell))
            if m:
                prefix = "fn" if m[1] == "footnote" else "en"
                notes[f"{prefix}{m[2]}"] = m[3].strip()
    return notes
