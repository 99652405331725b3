"""The README's consultation walk-through, run command by command against its printed output."""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

from click.testing import CliRunner

from lawcomment.cli import cli

ROOT = Path(__file__).resolve().parents[1]


SECTIONS = [("## Gathering comments", "### JSON contract (`lawcomment.comments/1`)"),
            ("## Merging proposals and following new versions", "### JSON contract (`lawcomment.diff/1`)"),
            ("## Exporting the submission", "### JSON contract (`lawcomment.consultation/1`)"),
            ("## Amendment instruments", "**What is understood.**")]


def _session(start: str, end: str) -> list[tuple[str, list[str]]]:
    """The ``$ lawcomment …`` commands of one README section, with the lines printed after
    each (up to the next command or the end of the block)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(start):text.index(end)]
    out: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```\n(.*?)```", section, flags=re.S):
        lines = block.replace("\\\n    ", "").splitlines()
        for line in lines:
            if line.startswith("$ lawcomment "):
                out.append((line[2:].split("  #")[0], []))
            elif out:
                out[-1][1].append(line)
    return out


def test_readme_session(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    session = [step for section in SECTIONS for step in _session(*section)]
    assert len(session) >= 22
    stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
    for command, printed in session:
        args = shlex.split(command)[1:]
        result = runner.invoke(cli, args, env={"LAWCOMMENT_USER": "staff", "LAWCOMMENT_DB": str(tmp_path / "lawcomment.db")})
        assert result.exit_code == 0, (command, result.output, result.stderr)
        if command.startswith("lawcomment form make"):
            assert Path(args[-1]).exists()
        got = [stamp.sub("<time>", line) for line in result.stdout.splitlines()]
        want = [stamp.sub("<time>", line) for line in printed]
        if command == "lawcomment init":
            want = [line.replace("lawcomment.db", str(tmp_path / "lawcomment.db")) for line in want]
        assert got == want, command
    assert os.path.exists(tmp_path / "lawcomment.db")
