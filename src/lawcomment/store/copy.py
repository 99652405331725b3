"""Move a consultation between stores (SQLite ↔ PostgreSQL): every row with its id, then the
row counts and a content hash of both sides compared, inside the target's one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from ..errors import StoreError
from .sql import SQLStore

#: Tables in the order their rows can go in (what a row refers to is there before it), each with
#: the columns that order its rows and the columns that refer to rows of the same table.
TABLES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("members", "id", ()),
    ("users", "id", ()),
    ("invitations", "id", ()),
    ("drafts", "id", ("supersedes",)),
    ("draft_texts", "draft_id", ()),
    ("translations", "draft_id, lang", ()),
    ("units", "draft_id, ord", ()),
    ("article_trees", "draft_id, eid", ()),
    ("imports", "id", ()),
    ("comments", "id", ("thread", "supersedes", "origin")),
    ("comment_history", "id", ()),
    ("decisions", "id", ("origin",)),
    ("committee_reasons", "id", ("origin",)),
    ("alignments", "old_id, new_id", ()),
    ("events", "id", ()),
)
_AT_ONCE = 5_000
_TEXT_KEYS = {"members", "translations", "article_trees"}  # tables whose rows are ordered by text
# (the tables of what commands keep for each other, diffs, positions, unit_positions and near_groups, are not
# copied: the copy's first command makes them again; nor are the web app's sessions, failed sign-ins and
# settings: on the new store users sign in again, under a new key)
#: The settings that are part of the consultation, copied with it: who submits, and the letter's addressee and
#: contact.
CARRIED_SETTINGS = ("association", "letter.addressee", "letter.contact")


@dataclass(frozen=True, slots=True)
class CopyReport:
    """What ``copy_store`` moved: rows per table, and the content hash both stores now share."""

    source: str
    target: str
    counts: dict[str, int]
    sha256: str


def columns(store: SQLStore, table: str) -> list[str]:
    """The table's columns, by name (the same on both engines: one schema)."""
    row = store.db.execute(f"SELECT * FROM {table} LIMIT 0")
    description = getattr(row, "description", None) or []
    return sorted(d[0] for d in description)


def _rows(store: SQLStore, table: str, cols: list[str], order: str,
          hashing: bool = False) -> Iterator[tuple[Any, ...]]:
    quoted = ", ".join(f'"{c}"' for c in cols)
    if table in _TEXT_KEYS:  # the engines' collations differ, code points do not
        at = [cols.index(c.strip()) for c in order.split(",")]
        yield from sorted(store.db.execute(f"SELECT {quoted} FROM {table}"), key=lambda r: [r[i] for i in at])
        return
    where = " WHERE action != 'store.copy'" if table == "events" and hashing else ""
    yield from store.db.execute(f"SELECT {quoted} FROM {table}{where} ORDER BY {order}")


def content_of(store: SQLStore) -> tuple[dict[str, int], str]:
    """Rows per table and one SHA-256 over every row of every table (columns by name, rows in
    key order): two stores that agree on both hold the same consultation. The log's record of
    copies is left out, so a consultation copied there and back hashes as it did."""
    import hashlib  # (OpenSSL loaded only when a store is copied)

    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    for table, order, _ in TABLES:
        cols = columns(store, table)
        digest.update(orjson.dumps([table, cols]))
        n = 0
        for row in _rows(store, table, cols, order, hashing=True):
            digest.update(orjson.dumps(list(row)))
            digest.update(b"\n")
            n += 1
        counts[table] = n
    return counts, digest.hexdigest()


def copy_store(source: SQLStore, target: SQLStore) -> CopyReport:
    """Copy everything in ``source`` into ``target``, which must hold no consultation yet (its
    log may hold only its own migrations, which the source's log replaces). All or nothing:
    when the counts or the content hash differ afterwards, nothing is written."""
    if source.schema_version != target.schema_version:
        raise StoreError(f"{source.where} has schema {source.schema_version} and {target.where} has "
                         f"{target.schema_version}; open both with this lawcomment first")  # fmt: skip
    held = {t: n for t, n in target.stats().items() if n and t != "events"}
    if held or any(e.action != "store.migrate" for e in target.events()):
        shown = ", ".join(f"{n} {t}" for t, n in held.items()) or "a log of its own"
        raise StoreError(f"{target.where} is not empty ({shown}); copy into a new store")
    with source.db.snapshot(), target.transaction():  # the source as it was when the copy began
        target.db.execute("DELETE FROM events")
        for table, order, self_refs in TABLES:
            cols = columns(source, table)
            if cols != columns(target, table):
                raise StoreError(f"{table}: the columns of {source.where} and {target.where} differ")
            later: list[tuple[Any, ...]] = []  # references to rows of the same table, set once all are in
            at = [cols.index(c) for c in self_refs]
            batch: list[tuple[Any, ...]] = []
            for row in _rows(source, table, cols, order):
                if at and any(row[i] is not None for i in at):
                    later.append((*(row[i] for i in at), row[cols.index("id")]))
                    row = tuple(None if i in at else v for i, v in enumerate(row))
                batch.append(tuple(row))
                if len(batch) >= _AT_ONCE:
                    target.db.insert_rows(table, cols, batch)
                    batch.clear()
            target.db.insert_rows(table, cols, batch)
            if later:
                sets = ", ".join(f'"{c}" = ?' for c in self_refs)
                target.db.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", later)
            if table not in _TEXT_KEYS and "id" in cols:
                target.db.ids_given(table)
        counts, digest = content_of(source)
        copied, check = content_of(target)
        if (counts, digest) != (copied, check):
            differ = ", ".join(f"{t} {counts[t]} → {copied.get(t)}" for t in counts if counts[t] != copied.get(t))
            raise StoreError(f"the copy in {target.where} differs from {source.where} "
                             f"({differ or 'same counts, different content'}); nothing was written")  # fmt: skip
        for key in CARRIED_SETTINGS:  # what the consultation is, not the web app's keys
            if (value := source.setting(key)) is not None:
                target.put_setting(key, value)
        target.record("store.copy", f"store:{source.where}", {"counts": counts, "sha256": digest})
    return CopyReport(source.where, target.where, counts, digest)
