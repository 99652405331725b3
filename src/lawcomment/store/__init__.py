"""The consultation store: drafts, members, comments, decisions and the log. ``open_store`` and
``create_store`` take a path, ``sqlite:///file.db`` or ``postgresql://…``; every engine keeps
the one schema and passes the contract in ``lawcomment.testing.store``."""

from typing import TYPE_CHECKING

from ..lazy import lazy_names
from .locate import create_store, is_postgres, open_store, sqlite_path
from .postgres import one_line, redact, scrub
from .protocol import DraftRef, Store
from .schema import MIGRATIONS
from .sql import SQLStore

if TYPE_CHECKING:
    from .copy import CopyReport, content_of, copy_store

__all__ = [
    "MIGRATIONS",
    "CopyReport",
    "DraftRef",
    "SQLStore",
    "Store",
    "content_of",
    "copy_store",
    "create_store",
    "is_postgres",
    "one_line",
    "open_store",
    "redact",
    "scrub",
    "sqlite_path",
]
if not TYPE_CHECKING:  # `store copy` and `store info` only: the other commands never load it
    __getattr__, __dir__ = lazy_names(__name__, {".copy": ("CopyReport", "content_of", "copy_store")})
