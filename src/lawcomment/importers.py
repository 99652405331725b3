"""Importers turn files into Sources; ``read_source`` picks one by file suffix."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .source import Source

#: An importer's reader: ``(path, encoding or None) -> Source``.
Reader = Callable[[Path, "str | None"], Source]


@dataclass(frozen=True, slots=True)
class Importer:
    """A named reader for one or more file suffixes (lower case, with the dot)."""

    name: str
    suffixes: tuple[str, ...]
    read: Reader


def read_source(path: str | Path, encoding: str | None = None, registry: dict[str, Importer] | None = None) -> Source:
    """Read ``path`` with the importer registered for its suffix."""
    from .plugins import importers

    p = Path(path)
    if not p.exists():
        raise InputError(str(path), "no such file")
    if p.is_dir():
        raise InputError(str(path), "is a directory, not a file")
    table = registry if registry is not None else importers()
    importer = table.get(p.suffix.lower())
    if importer is None:
        known = ", ".join(sorted(table))
        raise InputError(str(path), f"no importer for {p.suffix or 'files without a suffix'!r} (known: {known})")
    return importer.read(p, encoding)
