"""The consultation store: drafts, members, comments, decisions and the log, in one SQLite file."""

from .sqlite import MIGRATIONS, Store

__all__ = ["MIGRATIONS", "Store"]
