"""The README's walk-through, and the guide's sessions (docs/), run command by command against their printed output."""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

from click.testing import CliRunner

from lawcomment.cli import cli

ROOT = Path(__file__).resolve().parents[1]


#: The guide's sessions, in the order they run on one store: (file, from, up to; None: the file's end).
SECTIONS = [("docs/comments.md", "# Gathering comments", "## Replies and deadlines"),
            ("docs/review.md", "# Merging proposals and following new versions", None),
            ("docs/submission.md", "# Exporting the submission", None),
            ("docs/amendments.md", "# Amendment instruments", "**What is understood.**"),
            ("docs/bilingual.md", "# Bilingual consultations", None)]


def _session(doc: str, start: str, end: str | None) -> list[tuple[str, list[str]]]:
    """The ``$ lawcomment …`` commands of one section of a document (the README or a file
    of docs/), with the lines printed after each (up to the next command or the block's end)."""
    text = (ROOT / doc).read_text(encoding="utf-8")
    section = text[text.index(start):text.index(end) if end is not None else len(text)]
    out: list[tuple[str, list[str]]] = []
    for block in _plain_blocks(section):
        lines = block.replace("\\\n    ", "").splitlines()
        for line in lines:
            if line.startswith("$ lawcomment "):
                out.append((line[2:].split("  #")[0], []))
            elif out:
                out[-1][1].append(line)
    return out


def _plain_blocks(text: str) -> list[str]:
    """The fenced blocks with no language (terminal sessions); ```sh and ```text ones are examples."""
    blocks: list[str] = []
    current: list[str] | None = None
    plain = False
    for line in text.splitlines():
        if line.startswith("```"):
            if current is None:
                current, plain = [], line.strip() == "```"
            else:
                if plain:
                    blocks.append("\n".join(current) + "\n")
                current = None
        elif current is not None:
            current.append(line)
    return blocks


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


def test_run_your_own_consultation(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every command of "Run your own consultation", in order, succeeds and leaves its files."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Run your own consultation"):text.index("### The guide, step by step")]
    (block,) = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    commands = [re.split(r"\s+# ", line)[0].strip() for line in block.splitlines() if line.startswith("lawcomment ")]
    assert 12 <= len(commands) <= 14
    runner = CliRunner()
    outputs = {}
    for command in commands:
        result = runner.invoke(cli, shlex.split(command)[1:], env={"LAWCOMMENT_USER": "staff", "LAWCOMMENT_DB": None})
        assert result.exit_code == 0, (command, result.output, result.stderr)
        outputs[command.split()[1]] = result.stdout
    assert (tmp_path / "form-acme.docx").exists() and (tmp_path / "submission.docx").exists()
    assert (tmp_path / "for-members.docx").exists()
    assert "acme-markup.docx: marked-up draft into ecommerce@1: 6 added" in outputs["comment"]
    assert outputs["decide"].splitlines() == ["committee reason for 第十条 (art_10): “便民劳务活动”范围不清，建议删去。",
                                              "decision #1: accepted c1 on 第十条 (art_10)",
                                              "  「利用自己的技能从事依法无须取得许可的便民劳务活动和」 → 「从事」"]  # fmt: skip
    assert outputs["adoption"].startswith("proposals on ecommerce@1 against ecommerce@2:")
