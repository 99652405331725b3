"""The embedded engine: one SQLite file in WAL mode, with a busy timeout and foreign keys;
writers take ``BEGIN IMMEDIATE``, so one writes at a time and readers never wait."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .engine import Cursor, Engine

BUSY_TIMEOUT_MS = 30_000
#: The page cache (KiB) a bulk batch is stored with: its rows, and the indexes made anew from them,
#: stay in memory until the commit writes them once. With SQLite's default of 2 MB they are written
#: out while the rows go in and read back for each index (114,475 comments: 109,000 page reads and
#: 68,000 writes, against 16,000 and 50,000).
BULK_CACHE_KIB = 65_536
#: The page size (bytes) of a store made here. A large batch's pages are written twice at its
#: commit (to the WAL, then copied into the file by the checkpoint), a system call or two for
#: each page: 114,475 comments' 64 MB took 0.20-0.27 s of CPU and 0.54-0.75 s of wall clock
#: to commit in 4 KiB pages (SQLite's default), 0.12-0.13 s and 0.25-0.41 s in 16 KiB ones
#: (and 0.05 s, 0.08-0.12 s in 64 KiB ones, but a one-comment transaction then wrote twice as
#: long: 0.6-0.8 ms against 0.3-0.4 ms). A store made before keeps its own (only a VACUUM
#: outside WAL mode changes it): its rows are the same either way.
PAGE_SIZE = 16_384


class SQLiteEngine(Engine):
    name = "sqlite"
    read_only_why = "a read-only mount or a folder you cannot write"
    errors = (sqlite3.Error,)

    def __init__(self, raw: sqlite3.Connection, path: Path, read_only: bool = False) -> None:
        super().__init__(raw, str(path), read_only)
        self.path = path
        # bound once: the store's hot loops call these directly
        self.execute = raw.execute  # type: ignore[method-assign,assignment]
        self.executemany = raw.executemany  # type: ignore[method-assign,assignment]
        self._cache: int | None = None  # the connection's own cache size while a bulk batch's is set

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Cursor:  # replaced per instance
        return self.raw.execute(sql, args)  # type: ignore[no-any-return]

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.raw.executemany(sql, rows)

    @property
    def in_transaction(self) -> bool:
        return bool(self.raw.in_transaction)

    def begin(self) -> None:
        self.raw.execute("BEGIN IMMEDIATE")

    def try_begin(self) -> bool:
        self.raw.execute("PRAGMA busy_timeout = 0")
        try:
            self.raw.execute("BEGIN IMMEDIATE")
            return True
        except sqlite3.OperationalError:  # locked: another writer is at work
            return False
        finally:
            self.raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def commit(self) -> None:
        try:
            self.raw.execute("COMMIT")
        finally:
            self._own_cache()

    def rollback(self) -> None:
        try:
            if self.raw.in_transaction:  # SQLite may have rolled back already (a full disk does)
                self.raw.execute("ROLLBACK")
        finally:
            self._own_cache()

    def _own_cache(self) -> None:
        """The connection's own page cache size back, once a transaction that stored a bulk batch ends."""
        if self._cache is not None and not self.raw.in_transaction:
            self.raw.execute(f"PRAGMA cache_size = {self._cache}")
            self._cache = None

    @contextmanager
    def references_trusted(self) -> Iterator[None]:
        # (SQLite looks up each row's draft, member and import in their tables: 0.09 s of the parent's
        # 114,475 inserts of the NPC's first import, a fifth of them. The pragma takes effect only
        # outside a transaction, so it is set before the block begins one and set back after it ended)
        if self.raw.in_transaction or self.read_only:
            yield
            return
        was = int(self.raw.execute("PRAGMA foreign_keys").fetchone()[0])
        self.raw.execute("PRAGMA foreign_keys = OFF")
        try:
            yield
        finally:
            if self.raw.in_transaction:  # (never left so by the block; the checks must not stay off)
                self.raw.execute("ROLLBACK")
            self.raw.execute(f"PRAGMA foreign_keys = {'ON' if was else 'OFF'}")

    def tables(self) -> set[str]:
        return {r[0] for r in self.raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def set_aside_for_bulk(self, table: str) -> list[str]:
        if self._cache is None:  # (the batch's pages kept in memory until the transaction ends)
            self._cache = int(self.raw.execute("PRAGMA cache_size").fetchone()[0])
            self.raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        # (a reader keeps its snapshot of the table, indexes and all: WAL readers never wait)
        indexes = self.raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                   "AND sql IS NOT NULL ORDER BY rowid", (table,)).fetchall()  # fmt: skip
        for name, _ in indexes:
            self.raw.execute(f'DROP INDEX "{name}"')
        return [sql for _, sql in indexes]

    def json_field(self, column: str, key: str) -> str:
        return f"CAST(json_extract({column}, '$.{key}') AS TEXT)"

    def json_string(self, column: str) -> str | None:
        # (json_quote escapes what json's encoder escapes, and as it does: tests/test_store.py)
        return f"json_quote({column})"

    def is_bug(self, exc: BaseException) -> bool:
        text = str(exc)
        return isinstance(exc, sqlite3.ProgrammingError) or (
            isinstance(exc, sqlite3.OperationalError) and ("syntax error" in text or text.startswith("no such")))

    def describe(self, exc: BaseException) -> str:
        if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
            return "the disk is full"
        return str(exc)


def read_only_connection(path: Path) -> sqlite3.Connection:
    """``path`` opened for reading only. A store in WAL mode needs its -shm file, which cannot be
    made on a read-only mount: there, and only there (nobody can change the file under us), it is
    opened ``immutable`` unless a -wal file holds changes. Anywhere else a writer may be at work,
    so it is read through SQLite's locks (``mode=ro``) or not at all."""
    wal = path.with_name(path.name + "-wal")
    frozen = bool(os.statvfs(path).f_flag & os.ST_RDONLY) and not (wal.exists() and wal.stat().st_size > 0)
    return sqlite3.connect(f"{path.resolve().as_uri()}?{'immutable=1' if frozen else 'mode=ro'}", uri=True,
                           isolation_level=None)  # fmt: skip


def check_file(path: Path) -> None:
    """Look at an existing file read-only first: another application's database (or a file
    that is no database) is refused before anything is written to it, WAL mode included."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = read_only_connection(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = (conn.execute("SELECT version FROM schema_version").fetchone()
                       if "schema_version" in tables else None)  # fmt: skip
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a lawcomment store ({exc})") from None
    if tables and "schema_version" not in tables:
        raise StoreError(f"{path}: a database of another application (tables: {', '.join(sorted(tables)[:5])}); "
                         "not a lawcomment store")  # fmt: skip
    if version is not None and not isinstance(version[0], int):
        raise StoreError(f"{path}: its schema version is {version[0]!r}, not a number; not a lawcomment store "
                         "(or a damaged one)")  # fmt: skip


#: RETURNING and ON CONFLICT … DO UPDATE, which the store's statements use (3.35, March 2021).
NEEDS = (3, 35, 0)


def connect(path: Path, create: bool) -> SQLiteEngine:
    """The store file at ``path``: created when ``create``, else it must exist; read-only where
    this user cannot write it (a read-only mount, a folder not theirs)."""
    if sqlite3.sqlite_version_info < NEEDS:
        raise StoreError(f"{path}: this Python's SQLite is {sqlite3.sqlite_version}; lawcomment needs "
                         f"{'.'.join(map(str, NEEDS))} or newer (a newer Python, or pysqlite3)")  # fmt: skip
    if create:
        if not path.exists() and not path.parent.exists():
            raise StoreError(f"{path}: the folder {path.parent} does not exist")
    else:
        if not path.is_file():
            raise StoreError(f"{path}: no consultation store here; run `lawcomment init` first (or pass --db)")
        if path.stat().st_size == 0:
            raise StoreError(f"{path}: the file is empty, not a consultation store; run `lawcomment init --db {path}` "
                             "to make it one")  # fmt: skip
    check_file(path)
    if path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return _connect_read_only(path)
    new = not path.exists() or path.stat().st_size == 0
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if new:  # (before WAL mode writes the file's first page: fixed from then on)
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a lawcomment store ({exc})") from None
    return SQLiteEngine(conn, path)


def _connect_read_only(path: Path) -> SQLiteEngine:
    """A store on a read-only mount (or in a folder this user cannot write) is read as it is."""
    try:
        conn = read_only_connection(path)
        conn.execute("SELECT version FROM schema_version").fetchone()  # readable? (its version: locate.py)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: the store is read-only here and cannot be read ({exc})") from None
    conn.execute("PRAGMA query_only = ON")
    return SQLiteEngine(conn, path, read_only=True)
