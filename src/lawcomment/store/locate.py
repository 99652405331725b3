"""Where a store lives: ``--db`` and ``$LAWCOMMENT_DB`` take a path, ``sqlite:///file.db`` (the
embedded default) or ``postgresql://user@host/db`` (a shared server); this module opens it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import StoreError
from .engine import Engine
from .schema import MIGRATIONS
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
        if engine.read_only:
            _check_read_only(store)
            return store, False
        return store, store.migrate()
    except BaseException:
        store.close()
        raise


def _check_read_only(store: SQLStore) -> None:
    """A store that cannot be written here is read only as this lawcomment made it."""
    version = (store.db.execute("SELECT version FROM schema_version").fetchone()
               if "schema_version" in store.db.tables() else None)  # fmt: skip
    if version is None:
        raise StoreError(f"{store.where}: no consultation store here, and the store is read-only here "
                         f"({store.db.read_only_why}): none can be made")  # fmt: skip
    if version[0] != len(MIGRATIONS):
        raise StoreError(f"{store.where}: the store is read-only here and was made by "
                         f"{'an older' if version[0] < len(MIGRATIONS) else 'a newer'} lawcomment; open it once "
                         "where it can be written")  # fmt: skip


def open_store(url: str | Path, actor: str | None = None) -> SQLStore:
    """Open the existing store at ``url`` (a path or a URL); StoreError when there is none."""
    return _connect(url, False, actor)[0]


def create_store(url: str | Path, actor: str | None = None) -> tuple[SQLStore, bool]:
    """Open the store at ``url``, creating and migrating it; the flag says whether it was new."""
    return _connect(url, True, actor)
