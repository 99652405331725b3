"""The importer contract: a named reader that turns files of some suffixes into a Source
(:func:`lawcomment.registry.read_source` picks one by suffix)."""

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
