"""Run a hostile file through the CLI the three ways a member's file comes in, and check
that it is refused cleanly: exit 1, one exact ``Error:`` line, no traceback, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from lawcomment.cli import cli

from .builders import law_docx

#: The ways a file reaches lawcomment: split it, store it as a draft, import it as a marked-up copy.
WAYS = ("split", "draft add", "comment import")


class Cli:
    """The CLI against a store in ``folder`` holding the small law as law@1 and member acme."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = folder / "lc.db"
        self.runner = CliRunner()

    def __call__(self, *args: str) -> Result:
        return self.runner.invoke(cli, ["--db", str(self.db), "--user", "tester", *args])

    def setup(self) -> Cli:
        for args in (["init"], ["draft", "add", str(law_docx(self.folder / "law.docx")), "--name", "law", "--version", "1"],
                     ["member", "add", "acme", "--org", "ACME"]):  # fmt: skip
            result = self(*args)
            assert result.exit_code == 0, result.output
        return self

    def state(self) -> tuple[object, ...]:
        """Everything a refused file must leave as it was."""
        drafts = json.loads(self("draft", "list", "--all", "--format", "json").stdout)["drafts"]
        comments = json.loads(self("comment", "list", "--draft", "law@1", "--all", "--format", "json").stdout)["comments"]
        imports = json.loads(self("import", "list", "--format", "json").stdout)
        return ([d["ref"] for d in drafts], comments, imports, self("log").stdout)


def no_traceback(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{type(result.exception).__name__}: {result.exception}")
    assert "Traceback" not in result.output


def refused(result: Result, message: str) -> None:
    """Exit 1 with exactly ``Error: <message>`` on stderr and nothing on stdout."""
    no_traceback(result)
    assert result.stderr == f"Error: {message}\n"
    assert result.stdout == ""
    assert result.exit_code == 1


def refused_everywhere(folder: Path, path: Path, reason: str, ways: tuple[str, ...] = WAYS,
                       sep: str = ": ") -> None:  # fmt: skip
    """``path`` is refused by each of ``ways`` with ``Error: <path><sep><reason>``, writing nothing."""
    message = f"{path}{sep}{reason}"
    if "split" in ways:
        out = folder / "out.json"
        before = sorted(folder.iterdir())
        refused(CliRunner().invoke(cli, ["split", str(path), "--format", "json", "-o", str(out)]), message)
        assert sorted(folder.iterdir()) == before  # no output, no temporary file left behind
    if "draft add" in ways or "comment import" in ways:
        run = Cli(folder / "store")
        run.folder.mkdir(exist_ok=True)
        run.setup()
        before = run.state()
        if "draft add" in ways:
            refused(run("draft", "add", str(path), "--name", "hostile", "--version", "1"), message)
            assert run.state() == before
        if "comment import" in ways:
            refused(run("comment", "import", str(path), "--draft", "law@1", "--member", "acme"), message)
            assert run.state() == before
