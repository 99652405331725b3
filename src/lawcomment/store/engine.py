"""What the store needs of a database engine: statements, write transactions, and the few
places where SQLite and PostgreSQL speak differently. One schema and one set of queries sit
above it (``store/schema.py``, ``store/sql.py``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol


class Cursor(Protocol):
    """The part of a DB-API cursor the store reads rows through."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


_INTEGER = re.compile(r"\bINTEGER\b")


class Engine:
    """One connection to a store's database. Statements are written once, in the SQL both
    engines share, with ``?`` placeholders; an engine translates what it must."""

    #: "sqlite" or "postgresql"
    name = ""
    #: Driver exceptions: the store turns them into StoreError naming :attr:`where`.
    errors: tuple[type[BaseException], ...] = ()
    #: Why a read-only store is read-only, for the message that refuses a write.
    read_only_why = "it cannot be written here"

    def __init__(self, raw: Any, where: str, read_only: bool = False) -> None:
        self.raw = raw  # the driver's own connection
        self.where = where  # the file, or the URL without its password: for messages
        self.read_only = read_only

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Cursor:
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Insert many rows at once (inside a transaction): ``executemany``, or what the engine
        has that is faster."""
        names = ", ".join(f'"{c}"' for c in columns)
        self.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})", rows)

    @property
    def in_transaction(self) -> bool:
        raise NotImplementedError

    def begin(self) -> None:
        """Start a write transaction; writers are serialised (one at a time per store), so what
        a writer reads inside stays true until it commits."""
        raise NotImplementedError

    def try_begin(self) -> bool:
        """:meth:`begin` if no other writer is at work, else False at once (for work that may
        be skipped: keeping what a command worked out for the next)."""
        raise NotImplementedError

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see the store as it was when the first of them ran, whatever writers
        commit meanwhile (what a copy of the whole store needs)."""
        if self.in_transaction:
            yield
            return
        self.execute(self.SNAPSHOT)
        try:
            yield
        finally:
            self.rollback()  # nothing was written: ending it is all

    #: The statement that starts a transaction whose reads all see one snapshot.
    SNAPSHOT = "BEGIN"

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        self.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()

    def tables(self) -> set[str]:
        """The names of the tables in the store's database (or schema)."""
        raise NotImplementedError

    def set_aside_for_bulk(self, table: str) -> list[str]:
        """Inside a write transaction, before a large batch goes into ``table``: drop its
        indexes (but the primary key's) and return the statements that make them again, to run
        once the rows are in; made from sorted rows at once, they cost a fraction of their
        row-by-row upkeep. [] when this engine keeps them (and keeps them up to date as the rows go in).
        An engine may also keep the batch's pages in memory until the transaction ends (SQLite).

        PostgreSQL keeps them: dropping an index there locks the table against its readers
        until the commit, for 0.3-0.5 s of a 5 s import of 114,574 comments (its COPY already
        overlaps the server's index upkeep with the client's work)."""
        return []

    @contextmanager
    def references_trusted(self) -> Iterator[None]:
        """Around a write transaction (begun and ended inside the block) whose writer has checked
        every reference its rows make (a first import: its members looked up under the write lock,
        the draft and the import its own): the engine may leave its per-row foreign-key checks out.
        Nothing else changes: the same rows are written. By default the checks stay."""
        yield

    def ddl(self, statement: str) -> str:
        """A schema statement as this engine takes it."""
        return statement

    def json_field(self, column: str, key: str) -> str:
        """SQL for the text of ``key`` in the JSON object that ``column`` holds."""
        raise NotImplementedError

    def json_string(self, column: str) -> str | None:
        """SQL for the text ``column`` holds written as a JSON string, as Python's json encoder
        writes it (``ensure_ascii=False``; NULL as ``null``), or None when this engine has no
        function that writes it so (the store then writes it itself)."""
        return None

    def ids_given(self, table: str) -> None:
        """Rows were inserted into ``table`` with ids chosen by the store: later ids follow them."""

    def is_bug(self, exc: BaseException) -> bool:
        """Is the driver's ``exc`` a mistake in a statement (a syntax error, a column that is not
        there) rather than the state of the database (locked, full, gone)?"""
        return False

    def describe(self, exc: BaseException) -> str:
        """A driver error in words for a user."""
        return str(exc).strip()


def integer_ids(statement: str) -> str:
    """``INTEGER PRIMARY KEY`` as a PostgreSQL identity, every ``INTEGER`` 64-bit (as SQLite's are)."""
    statement = statement.replace("INTEGER PRIMARY KEY", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
    return _INTEGER.sub("BIGINT", statement)
