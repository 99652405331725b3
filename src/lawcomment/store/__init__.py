"""The consultation store: drafts, members, comments, decisions and the log. ``open_store`` and
``create_store`` take a path or a URL (``sqlite:///file.db``)."""

from .locate import create_store, open_store, sqlite_path
from .sqlite import MIGRATIONS, Store

__all__ = ["MIGRATIONS", "Store", "create_store", "open_store", "sqlite_path"]
