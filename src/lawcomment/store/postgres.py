"""The shared engine: a PostgreSQL database (or one schema of it) through psycopg 3, installed
with ``pip install 'lawcomment[postgres]'``. Writers hold one advisory lock per store, as
SQLite's ``BEGIN IMMEDIATE`` does, so the same rules hold on both engines."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import quote, unquote

from ..errors import StoreError
from .engine import Cursor, Engine, integer_ids

#: The advisory lock a writer holds for its transaction (with a hash of the schema's name):
#: any number, the same in every process.
WRITE_LOCK = 0x1A3C0
CONNECT_TIMEOUT_S = 10


_SCHEME = re.compile(r"^[A-Za-z][\w+.-]*://")


def _secrets(url: str) -> list[str]:
    """The passwords a URL holds, as libpq reads them: in the userinfo (which ends at the first
    ``@`` before any ``/``) and in ``password=`` among the parameters (keys percent-decoded)."""
    found: list[str] = []
    m = _SCHEME.match(url)
    rest = url[m.end():] if m else ""
    at, slash = rest.find("@"), rest.find("/")
    if at >= 0 and (slash < 0 or at < slash) and ":" in rest[:at]:
        found.append(rest[:at].split(":", 1)[1])
    query = rest[slash:] if slash >= 0 else rest
    if "?" in query:
        for pair in query.split("?", 1)[1].split("&"):
            key, _, value = pair.partition("=")
            if unquote(key).strip().lower() == "password":
                found.append(value)
    try:  # what the driver itself makes of it, where it is installed
        from psycopg.conninfo import conninfo_to_dict

        given = conninfo_to_dict(url).get("password")
        if given:
            found.append(str(given))
    except Exception:  # noqa: BLE001 - no psycopg, or a URL it refuses: the forms above stand
        pass
    return [x for x in found if x]


def redact(url: str) -> str:
    """The URL with every password in it shown as ``***``, for messages and the log; a text
    that is no URL comes back as it is."""
    return scrub(url, url)


def scrub(text: str, url: str) -> str:
    """``text`` (a URL, or a driver's message about ``url``) with ``url``'s passwords taken
    out, however they are quoted (as given, percent-decoded or encoded)."""
    forms = {f for x in _secrets(url) for f in (x, unquote(x), quote(unquote(x), safe=""))}
    for secret in sorted(forms, key=len, reverse=True):
        if secret:
            text = text.replace(secret, "***")
    return text


def one_line(text: str) -> str:
    """A driver's message on one line (libpq's span several, with tabs)."""
    return "; ".join(line.strip() for line in text.strip().splitlines() if line.strip())


class PostgresEngine(Engine):
    name = "postgresql"
    read_only_why = "a read-only session: a standby server, or default_transaction_read_only"
    SNAPSHOT = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"

    def __init__(self, raw: Any, url: str, errors: tuple[type[BaseException], ...]) -> None:
        super().__init__(raw, redact(url))
        self.errors = errors
        self._url = url  # (with its password: what a new connection needs, never shown)
        self._sql: dict[str, str] = {}
        self.writing = False  # inside a write transaction of the store's: its errors are the transaction's

    # -- a connection the server dropped ---------------------------------------------------------
    # A server restart, a failover, a pooler's idle timeout or pg_terminate_backend ends the
    # connection under a long-lived store (each thread of `lawcomment serve` keeps one): psycopg
    # then marks it closed, and every statement after would fail until the process restarts. So
    # a closed connection is replaced before the next statement outside a transaction, and a read
    # that finds the connection gone is sent once more on a new one (a write transaction is never
    # replayed: it fails, rolled back, and the next one starts on a new connection).

    def _reconnect(self) -> None:
        """A new connection in place of the dropped one; StoreError when the server cannot be reached."""
        old = self.raw
        self.raw = _open(self._url)
        self.read_only = _read_only(self.raw)
        try:
            old.close()
        except self.errors:  # (closed already: nothing of it is left to end)
            pass

    def _alive(self) -> None:
        """Outside a transaction, a connection known to be gone is replaced before it is used."""
        if self.raw.closed and not self.writing:
            self._reconnect()

    def _dropped(self, idle: bool) -> bool:
        """Whether the statement that just failed found the connection gone, outside any
        transaction (``idle`` before it): it did nothing, and may be sent again on a new one."""
        return idle and not self.writing and self.raw.closed

    def _idle(self) -> bool:
        from psycopg import pq

        return bool(self.raw.info.transaction_status == pq.TransactionStatus.IDLE)

    def _translate(self, sql: str) -> str:
        # every statement is ours and holds no literal ? or %: a plain replacement is exact
        out = self._sql.get(sql)
        if out is None:
            out = self._sql[sql] = sql.replace("%", "%%").replace("?", "%s")
        return out

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Cursor:
        self._alive()
        idle = self._idle()
        try:
            return self.raw.execute(self._translate(sql), _values(args) if args else None)  # type: ignore[no-any-return]
        except self.errors as exc:
            if self.writing:  # the store's transaction rolls back and says nothing was written
                raise
            if self._dropped(idle) and _rereadable(sql):
                # a read, or the start of a snapshot, outside any transaction: it changed nothing,
                # so it is asked again on a new connection rather than failing the request
                self._reconnect()
                try:
                    return self.raw.execute(self._translate(sql), _values(args) if args else None)  # type: ignore[no-any-return]
                except self.errors as again:
                    raise StoreError(f"{self.where}: {self.describe(again)}") from None
            raise StoreError(f"{self.where}: {self.describe(exc)}") from None

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._alive()
        try:
            with self.raw.cursor() as cursor:
                cursor.executemany(self._translate(sql), (_values(r) for r in rows))
        except self.errors as exc:
            if self.writing:
                raise
            raise StoreError(f"{self.where}: {self.describe(exc)}") from None

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        # COPY: the rows stream to the server in one statement, not one round trip each
        names = ", ".join(f'"{c}"' for c in columns)
        with self.raw.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(_values(row))

    @property
    def in_transaction(self) -> bool:
        from psycopg import pq

        # (a lost connection is UNKNOWN: no transaction of ours; the next statement opens a new one)
        return self.raw.info.transaction_status in (pq.TransactionStatus.INTRANS, pq.TransactionStatus.INERROR,
                                                    pq.TransactionStatus.ACTIVE)  # fmt: skip

    def _begin(self) -> None:
        """BEGIN, on a new connection when the one kept was dropped (nothing of the transaction
        had been sent: starting it again there is safe)."""
        self._alive()
        idle = self._idle()
        try:
            self.raw.execute("BEGIN")
        except self.errors:
            if not self._dropped(idle):
                raise
            self._reconnect()
            self.raw.execute("BEGIN")

    def begin(self) -> None:
        # one lock per schema: consultations kept in schemas of one database never wait for each other
        self._begin()
        self.writing = True
        try:
            self.raw.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))", (WRITE_LOCK,))
        except BaseException:
            self.rollback()
            raise

    def try_begin(self) -> bool:
        self._begin()
        self.writing = True
        try:
            row = self.raw.execute("SELECT pg_try_advisory_xact_lock(%s, hashtext(current_schema()))",
                                   (WRITE_LOCK,)).fetchone()  # fmt: skip
        except BaseException:
            self.rollback()
            raise
        if not row[0]:
            self.rollback()
        return bool(row[0])

    def rollback(self) -> None:
        self.writing = False
        try:
            if self.in_transaction:
                self.raw.execute("ROLLBACK")
        except self.errors:  # the connection is gone: the server has rolled back already
            pass

    def commit(self) -> None:
        try:
            self.raw.execute("COMMIT")
        finally:
            self.writing = False

    def tables(self) -> set[str]:
        self._alive()
        return {r[0] for r in self.raw.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}  # fmt: skip

    def ddl(self, statement: str) -> str:
        return integer_ids(statement)

    def json_field(self, column: str, key: str) -> str:
        return f"(({column})::jsonb ->> '{key}')"

    def ids_given(self, table: str) -> None:
        self.raw.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                         f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)")  # fmt: skip

    def is_bug(self, exc: BaseException) -> bool:
        import psycopg

        return isinstance(exc, psycopg.ProgrammingError)

    def describe(self, exc: BaseException) -> str:
        diag = getattr(exc, "diag", None)
        primary = getattr(diag, "message_primary", None)
        return one_line(str(primary or exc))


def _values(row: Sequence[Any]) -> Sequence[Any]:
    # SQLite keeps booleans as integers, and so do our columns: the same on both engines
    if bool in map(type, row):  # (a C-level scan: this runs for every row of a bulk load)
        return [int(v) if v is True or v is False else v for v in row]
    return row


def _open(url: str) -> Any:
    """A new autocommit connection to ``url`` (psycopg is installed); StoreError when there is none."""
    import psycopg

    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        raise StoreError(f"{redact(url)}: cannot connect ({scrub(one_line(str(exc)), url)})") from None


def _read_only(raw: Any) -> bool:
    """Whether the session may not write (a read-only role or a replica): it reads the store as it is."""
    shown = raw.execute("SHOW transaction_read_only").fetchone()
    return shown is not None and shown[0] == "on"


def _rereadable(sql: str) -> bool:
    """Whether ``sql``, sent outside a transaction, changes nothing (a query, or the start of a
    snapshot): safe to send again when the connection it went to was gone."""
    return sql.lstrip()[:6].upper().startswith(("SELECT", "SHOW")) or sql == PostgresEngine.SNAPSHOT


def connect(url: str, create: bool) -> PostgresEngine:
    """A connection to the PostgreSQL store at ``url`` (``postgresql://user@host/db``, libpq's
    options such as ``?options=-csearch_path%3Dschema`` included)."""
    try:
        import psycopg
    except ImportError:
        raise StoreError(f"{redact(url)}: PostgreSQL stores need psycopg; install it with "
                         "`pip install 'lawcomment[postgres]'`") from None  # fmt: skip
    raw = _open(url)
    engine = PostgresEngine(raw, url, (psycopg.Error,))
    engine.read_only = _read_only(raw)
    if not create and "schema_version" not in engine.tables():
        tables = engine.tables()
        raw.close()
        if tables:
            raise StoreError(f"{redact(url)}: a database of another application (tables: "
                             f"{', '.join(sorted(tables)[:5])}); not a lawcomment store")  # fmt: skip
        raise StoreError(f"{redact(url)}: no consultation store here; run `lawcomment init --db {redact(url)}` first")
    if create:
        tables = engine.tables()
        if tables and "schema_version" not in tables:
            raw.close()
            raise StoreError(f"{redact(url)}: a database of another application (tables: "
                             f"{', '.join(sorted(tables)[:5])}); not a lawcomment store")  # fmt: skip
    return engine
