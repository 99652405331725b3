"""The package type-checks: mypy over src/lawcomment finds no error (the configuration is in
pyproject.toml), nor over the bundled plugins, and ``mypy --strict`` finds none in the pure packages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PURE = ["src/lawcomment/drafts", "src/lawcomment/review", "src/lawcomment/exports"]
#: (a reviewer found one error in the web app's pages, a name reused for another type, unchecked)
PLUGINS = ["plugins/lawcomment-web/src/lawcomment_web", "plugins/lawcomment-xlsx/src/lawcomment_xlsx",
           "plugins/lawcomment-akn/src/lawcomment_akn"]


@pytest.mark.parametrize("args", [["src/lawcomment"], ["--strict", *PURE], PLUGINS], ids=["package", "strict-pure", "plugins"])
def test_mypy_finds_no_error(args: list[str]) -> None:
    # a cache of each test worker's own: two mypy runs writing one cache at once (pytest-xdist) may corrupt it
    cache = ROOT / ".mypy_cache" / os.environ.get("PYTEST_XDIST_WORKER", "main")
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(cache), *args], cwd=ROOT,
                            capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found")
