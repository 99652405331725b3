"""Every table's rows of a SQLite store, to compare two stores (an import's old and new paths) row for row."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

#: A time stamp as the store writes it: masked, since two runs never write the same.
_STAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)?")


def store_rows(db: Path | str) -> dict[str, list[str]]:
    """Every table's rows (and the schema) of the SQLite store ``db``, sorted, time stamps masked."""
    con = sqlite3.connect(db)
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out = {t: sorted(_STAMP.sub("<time>", repr(row)) for row in con.execute(f'SELECT * FROM "{t}"')) for t in tables}
        out["(schema)"] = sorted(repr(row) for row in con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        con.close()
    return out
