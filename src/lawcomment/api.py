"""The verbs of the library: load a draft, parse text, pick a profile."""

from __future__ import annotations

from pathlib import Path

from .errors import ProfileError
from .importers import read_source
from .model import Draft
from .parse import parse_source
from .plugins import profiles
from .profiles import Profile, detect_profile
from .source import Block, Source


def get_profile(name: str) -> Profile:
    """The registered profile called ``name``; ProfileError lists the known ones."""
    table = profiles()
    if name not in table:
        raise ProfileError(f"unknown profile {name!r} (known: {', '.join(sorted(table))})")
    return table[name]


def parse(source: Source, profile: str | Profile | None = None) -> Draft:
    """Parse importer output; ``profile`` is a name, a Profile, or None to detect it."""
    if isinstance(profile, str):
        chosen = get_profile(profile)
    elif profile is None:
        chosen = detect_profile([b.display for b in source.blocks], list(profiles().values()))
    else:
        chosen = profile
    return parse_source(source, chosen)


def load_draft(path: str | Path, profile: str | Profile | None = None, encoding: str | None = None) -> Draft:
    """Read and split a draft file (.docx, .md, .txt or any plugin format)."""
    return parse(read_source(path, encoding), profile)


def parse_text(text: str, profile: str | Profile | None = None, name: str = "<text>") -> Draft:
    """Split a draft given as a string, one paragraph per line (like a .txt file)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = tuple(Block(line, n) for n, line in enumerate(lines, 1) if line.strip())
    return parse(Source(name, blocks), profile)
