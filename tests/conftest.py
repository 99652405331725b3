"""Shared fixtures: test data, the optional ../shared corpus, a CLI runner."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

# Under CI the property tests draw the same examples every run, so a result can be reproduced;
# locally they explore new ones each time. No example is timed: on a busy machine a first call that
# builds its code took 284 ms and failed hypothesis's default 200 ms deadline (no timed tests here).
settings.register_profile("local", deadline=None)
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "local")

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "manifest.json").exists():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


@pytest.fixture(scope="session")
def manifest(corpus: Path) -> dict:
    return json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _installed(names: tuple[str, ...], what: str) -> str:
    """The first of the programs ``names`` on PATH; without one, a skip, or under CI a failure:
    .ci/run installs them, and a skip there would hide a broken install."""
    exe = next((found for found in map(shutil.which, names) if found), None)
    if not exe:
        if os.environ.get("CI"):
            pytest.fail(f"{what} is not installed, and CI must run the tests that need it")
        pytest.skip(f"{what} is not installed")
    return exe


@pytest.fixture(scope="session")
def soffice() -> str:
    return _installed(("soffice", "libreoffice"), "LibreOffice (soffice)")


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium, which prints the HTML pages as a reader would (the web plugin's
    browser tests drive the same one)."""
    return _installed(("chromium", "chromium-browser"), "chromium")


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The URL of a PostgreSQL server to test against: skipped without one, except under CI."""
    from lawcomment.testing.store import postgres_test_server

    return postgres_test_server()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A store URL in a fresh schema of the test server, dropped afterwards."""
    from lawcomment.testing.store import postgres_schema

    with postgres_schema(postgres_server) as url:
        yield url


@pytest.fixture
def consultation(tmp_path: Path, runner: CliRunner):  # type: ignore[no-untyped-def]
    """A store at tmp_path/lc.db holding the 电子商务法 as ecommerce@1 and members acme, beta.

    Returns ``run(*args)``: the CLI invoked against that store.
    """
    return _consultation(tmp_path / "lc.db", runner)


@pytest.fixture
def pg_consultation(postgres_url: str, runner: CliRunner):  # type: ignore[no-untyped-def]
    """:func:`consultation` in a fresh schema of the PostgreSQL test server (``run.db`` is its URL)."""
    return _consultation(postgres_url, runner)


def _consultation(db: Path | str, runner: CliRunner):  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    def run(*args: str, **kw):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(db), "--user", "tester", *args], **kw)

    run.db = db  # type: ignore[attr-defined]
    for args in (["init"], ["draft", "add", str(DATA / "ecommerce-law.md"), "--name", "ecommerce", "--version", "1"],
                 ["member", "add", "acme", "--org", "ACME (China) Ltd.", "--group", "Pharma WG", "--email", "legal@acme.example"],
                 ["member", "add", "beta", "--org", "Beta GmbH", "--group", "Auto WG"]):  # fmt: skip
        result = run(*args)
        assert result.exit_code == 0, result.output
    return run


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The demo consultation, run once: its output folder (with consultation.db)."""
    from lawcomment.consultation.demo import run_demo

    out = tmp_path_factory.mktemp("demo")
    lines: list[str] = []
    run_demo(out, Path(__file__).resolve().parents[1] / "examples" / "ecommerce", echo=lines.append,
             date="2026-11-21T09:00:00Z")  # fmt: skip
    return out


@pytest.fixture
def demo_store(demo: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A private copy of the demo's store, open."""
    from lawcomment import open_store

    db = tmp_path / "consultation.db"
    shutil.copy(demo / "consultation.db", db)
    store = open_store(db, "tester")
    yield store
    store.close()
