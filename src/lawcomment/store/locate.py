"""Where a store lives: ``--db`` and ``$LAWCOMMENT_DB`` take a path or a URL, and this module
opens the backend the URL names (today the embedded SQLite one)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import StoreError
from .sqlite import Store

SCHEMES = ("sqlite",)


def sqlite_path(url: str | Path) -> Path:
    """The file a path or ``sqlite:///relative/file.db`` / ``sqlite:////absolute/file.db`` names;
    StoreError for any other URL."""
    text = str(url)
    if "://" not in text:
        if text.lower().startswith("sqlite:"):
            raise StoreError(f"{text}: a SQLite URL is sqlite:///relative/file.db or sqlite:////absolute/file.db")
        return Path(text)
    parts = urlsplit(text)
    if parts.scheme != "sqlite":
        if parts.scheme in ("postgresql", "postgres"):
            raise StoreError(f"{parts.scheme}:// stores are not supported by this version of lawcomment yet "
                             "(use a SQLite file: a path, or sqlite:///file.db)")  # fmt: skip
        raise StoreError(f"{text}: unknown kind of store {parts.scheme!r} (use a path, or sqlite:///file.db)")
    if parts.netloc or not parts.path.startswith("/") or parts.path == "/":
        raise StoreError(f"{text}: a SQLite URL is sqlite:///relative/file.db or sqlite:////absolute/file.db")
    if parts.query or parts.fragment:  # options such as ?mode=ro would be silently ignored
        raise StoreError(f"{text}: a store URL takes no options (?…, #…)")
    path = unquote(parts.path[1:])
    if path == ":memory:" or path.startswith("file:"):
        raise StoreError(f"{text}: a consultation store is a file (an in-memory database would keep nothing)")
    return Path(path)


def open_store(url: str | Path, actor: str | None = None) -> Store:
    """Open the existing store at ``url`` (a path or a URL); StoreError when there is none."""
    return Store.open(sqlite_path(url), actor)


def create_store(url: str | Path, actor: str | None = None) -> tuple[Store, bool]:
    """Open the store at ``url``, creating and migrating it; the flag says whether it was new."""
    return Store.create(sqlite_path(url), actor)
