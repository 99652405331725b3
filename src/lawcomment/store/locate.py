"""Where a store lives: ``--db`` and ``$LAWCOMMENT_DB`` take a path, ``sqlite:///file.db`` (the
embedded default) or ``postgresql://user@host/db`` (a shared server); this module opens it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import StoreError
from .engine import Engine
from .postgres import redact
from .sql import SQLStore

SCHEMES = ("sqlite", "postgresql", "postgres")


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
        if is_postgres(text):
            raise StoreError(f"{redact(text)}: a PostgreSQL store, not a SQLite file")
        raise StoreError(f"{redact(text)}: unknown kind of store {parts.scheme!r} (use a path, sqlite:///file.db or "
                         "postgresql://user@host/database)")  # fmt: skip
    if parts.netloc or not parts.path.startswith("/") or parts.path == "/":
        raise StoreError(f"{text}: a SQLite URL is sqlite:///relative/file.db or sqlite:////absolute/file.db")
    if parts.query or parts.fragment:  # options such as ?mode=ro would be silently ignored
        raise StoreError(f"{text}: a store URL takes no options (?…, #…)")
    path = unquote(parts.path[1:])
    if path == ":memory:" or path.startswith("file:"):
        raise StoreError(f"{text}: a consultation store is a file (an in-memory database would keep nothing)")
    return Path(path)


def is_postgres(url: str | Path) -> bool:
    """Does ``url`` name a PostgreSQL store (``postgresql://`` or ``postgres://``)?"""
    return isinstance(url, str) and url.lower().startswith(("postgresql://", "postgres://"))


def _connect(url: str | Path, create: bool, actor: str | None) -> tuple[SQLStore, bool]:
    engine: Engine
    if is_postgres(url):
        from .postgres import connect as connect_postgres

        engine = connect_postgres(str(url), create)
    else:
        from .sqlite import connect as connect_sqlite

        engine = connect_sqlite(sqlite_path(url), create)
    store = SQLStore(engine, actor)
    try:
        new = False if engine.read_only else store.migrate()
    except BaseException:
        store.close()
        raise
    return store, new


def open_store(url: str | Path, actor: str | None = None) -> SQLStore:
    """Open the existing store at ``url`` (a path or a URL); StoreError when there is none."""
    return _connect(url, False, actor)[0]


def create_store(url: str | Path, actor: str | None = None) -> tuple[SQLStore, bool]:
    """Open the store at ``url``, creating and migrating it; the flag says whether it was new."""
    return _connect(url, True, actor)
