"""The SQLite store passes the Store contract (lawcomment.testing.store)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lawcomment.store import Store
from lawcomment.testing.store import StoreContract


class TestSQLite(StoreContract):
    @pytest.fixture
    def store(self, tmp_path: Path) -> Iterator[Store]:
        store, _ = Store.create(tmp_path / "contract.db", "tester")
        yield store
        store.close()
