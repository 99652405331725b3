"""The importer contracts: a named reader that turns draft files of some suffixes into a Source
(:func:`lawcomment.registry.read_source` picks one by suffix), and one that reads comment sheets
(a workbook) as the cells of a CSV file's rows (``comment import`` picks one by suffix)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .drafts.source import Source

#: An importer's reader: ``(path, encoding or None) -> Source``.
Reader = Callable[[Path, "str | None"], Source]


@dataclass(frozen=True, slots=True)
class Importer:
    """A named reader for one or more file suffixes (lower case, with the dot)."""

    name: str
    suffixes: tuple[str, ...]
    read: Reader


#: A comment reader's reader: ``path -> (rows of cells as text, notes)``, or ``(rows, notes, sheet)``
#: with the name of the sheet read, for lawcomment's messages to name (sheet '意见', row 1).
SheetReader = Callable[[Path], "tuple[list[list[str]], list[str]] | tuple[list[list[str]], list[str], str]"]


@dataclass(frozen=True, slots=True)
class CommentReader:
    """A named reader of comment sheets of one or more file suffixes (lower case, with the dot):
    ``read(path)`` gives the sheet's rows, each a list of its cells as text (the header's row
    among them, blank rows kept so that row numbers are the sheet's), and what to say of the file
    (a sheet it did not read), and may give the name of the sheet read third, for messages to name
    it with a row (sheet '意见', row 1). lawcomment reads the rows as it reads a CSV file's: the same
    columns, checks and messages. A file it cannot read raises :class:`lawcomment.InputError`."""

    name: str
    suffixes: tuple[str, ...]
    read: SheetReader

