"""Costs inside the caps (issue 15, finding 7), checked loosely: the largest files inside the
caps are read, and files past them refused, by a CLI process limited to 1.5 GiB of address
space and a minute (the targets, 10 s and 500 MB, are measured in benchmarks/bench_hostile.py)."""

from __future__ import annotations

import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from . import builders as b
from .harness import Cli

LIMIT = 1536 * 1024 * 1024


def limited(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``lawcomment ARGS`` in a child process with at most LIMIT bytes of address space."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))

    return subprocess.run([sys.executable, "-m", "lawcomment", *args], capture_output=True, text=True,
                          timeout=timeout, preexec_fn=cap, check=False)  # fmt: skip


@pytest.mark.parametrize("make", [b.largest_law, b.numbered_law, b.node_heavy, b.dense_docx, b.dense_text],
                         ids=["20,000 paragraphs", "auto-numbered", "990,000 XML nodes", "dense .docx", "dense .txt"])
def test_the_largest_drafts_inside_the_caps_are_read(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    path = make(tmp_path / ("f.txt" if make is b.dense_text else "f.docx"))
    done = limited("split", str(path))
    assert done.returncode == 0, done.stderr[-500:]
    assert "Traceback" not in done.stderr


def test_a_marked_up_copy_at_the_review_cap_is_imported(tmp_path: Path) -> None:
    run = Cli(tmp_path)
    assert run("init").exit_code == 0
    assert run("draft", "add", str(b.largest_law(tmp_path / "clean.docx")), "--name", "law", "--version", "1").exit_code == 0
    assert run("member", "add", "acme").exit_code == 0
    copy = b.largest_law(tmp_path / "copy.docx", authors=10)
    done = limited("--db", str(run.db), "comment", "import", str(copy), "--draft", "law@1", "--member", "acme")
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.endswith("marked-up draft into law@1: 10 added, 0 already there, 0 superseded\n")


@pytest.mark.parametrize(("make", "reason"), [
    (b.many_numbered_paragraphs, "part word/document.xml inflates to 112066361 bytes (zip bomb?)"),
    (lambda p: b.many_numbered_paragraphs(p, 300_000, varied=True),
     "part word/document.xml has more than 1,000,000 XML elements and attributes (the limit)"),
    (b.numbering_bomb, "numbering: list start 2,000,000,000 is outside 0–32,767 (Word's own range)"),
    (b.inflating_parts, "the parts read inflate past 134,217,728 bytes (zip bomb?)"),
], ids=["818,000 paragraphs", "300,000 paragraphs", "numbering bomb", "inflating parts"])  # fmt: skip
def test_files_that_exhausted_the_machine_are_refused_within_the_limit(tmp_path: Path, make: Callable[[Path], Path],
                                                                         reason: str) -> None:  # fmt: skip
    path = make(tmp_path / "f.docx")
    done = limited("split", str(path), timeout=30)
    assert (done.returncode, done.stderr, done.stdout) == (1, f"Error: {path}: {reason}\n", "")
