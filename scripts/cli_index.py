"""Rewrite src/lawcomment/cli/index.py, the table ``lawcomment --help`` lists the built-in
commands from without loading their modules. Run it after adding a command or changing the
first paragraph of a command's help: ``python scripts/cli_index.py``."""

from __future__ import annotations

from pathlib import Path

INDEX = Path(__file__).resolve().parents[1] / "src" / "lawcomment" / "cli" / "index.py"

HEADER = '''"""The built-in commands that live in the command modules, with the first paragraph of each
one's help: ``lawcomment --help`` lists them from here, and the modules load only for a
command that needs them. Written by scripts/cli_index.py; tests/test_cli_index.py checks it."""

COMMANDS: dict[str, str] = {
'''


def table() -> dict[str, str]:
    """Every command the command modules add to the top group → the first paragraph of its help."""
    import click

    from lawcomment.cli import cli, load_command_modules

    before = set(cli.commands)
    load_command_modules(cli)
    return {name: " ".join((cli.commands[name].help or "").split("\n\n")[0].split())
            for name in sorted(set(cli.commands) - before) if isinstance(cli.commands[name], click.Command)}  # fmt: skip


def source(commands: dict[str, str]) -> str:
    return HEADER + "".join(f"    {name!r}: {text!r},\n" for name, text in commands.items()) + "}\n"


if __name__ == "__main__":
    INDEX.write_text(source(table()), encoding="utf-8")
    print(f"wrote {INDEX}")
