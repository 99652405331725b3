"""Both engines pass the Store contract (lawcomment.testing.store): a SQLite file, and a schema on\na real PostgreSQL server (skipped only outside CI when there is none)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lawcomment.store import Store, create_store
from lawcomment.testing.store import StoreContract


class TestSQLite(StoreContract):
    @pytest.fixture
    def store(self, tmp_path: Path) -> Iterator[Store]:
        store, _ = create_store(tmp_path / "contract.db", "tester")
        yield store
        store.close()


class TestPostgreSQL(StoreContract):
    @pytest.fixture
    def store(self, postgres_url: str) -> Iterator[Store]:
        store, new = create_store(postgres_url, "tester")
        assert new and store.engine == "postgresql"
        yield store
        store.close()
