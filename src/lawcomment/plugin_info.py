"""What ``lawcomment plugins`` reports of one loaded plugin (a module of its own: defining a
dataclass takes a fraction of a millisecond, which the other commands need not pay for this one)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PluginInfo:
    """One loaded plugin, for ``lawcomment plugins``: where it came from and what it adds."""

    name: str
    origin: str  # "built-in", "entry point", or the plugins directory
    distribution: str
    version: str
    hooks: tuple[str, ...]
    formats: tuple[str, ...]
    profiles: tuple[str, ...]
    suffixes: tuple[str, ...]
    comment_files: tuple[str, ...] = ()  # the suffixes of the comment sheets it reads (register_comment_readers)
