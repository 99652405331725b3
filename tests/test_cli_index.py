"""The table ``lawcomment --help`` lists the built-in commands from (lawcomment.cli.index)
says what the commands themselves say, and --help loads no command module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from lawcomment.cli import cli, load_command_modules
from lawcomment.cli.index import COMMANDS, MODULES


def test_the_table_names_every_command_the_modules_add() -> None:
    load_command_modules(cli)
    defined_here = {"split", "check", "profiles"}
    assert set(cli.commands) - defined_here == set(COMMANDS), "run: python scripts/cli_index.py"


def _tree(command: click.Command) -> object:
    """A command's name, its parameters and, for a group, its subcommands' trees."""
    subcommands = getattr(command, "commands", None)
    params = [p.name for p in command.params]
    return (command.name, params, None if subcommands is None else {n: _tree(c) for n, c in sorted(subcommands.items())})


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_command_loads_only_the_modules_it_needs_and_is_whole(name: str) -> None:
    """MODULES gives each command what makes it whole: the same subcommands and options as
    with every module loaded, and no module it does not need."""
    every = click.Group()
    load_command_modules(every)
    alone = click.Group()
    load_command_modules(alone, MODULES[name])
    assert _tree(alone.commands[name]) == _tree(every.commands[name]), "run: python scripts/cli_index.py"
    for module in MODULES[name]:  # each module it loads is needed: without it, the command is not whole
        fewer = click.Group()
        try:
            load_command_modules(fewer, [m for m in MODULES[name] if m != module])
        except KeyError:  # a module adding to a group that the left-out one makes
            continue
        assert name not in fewer.commands or _tree(fewer.commands[name]) != _tree(every.commands[name]), module
    assert set(MODULES) == set(COMMANDS)


def test_member_list_loads_two_command_modules(tmp_path: Path) -> None:
    """``member list`` (as ``comment list``) loads the modules that make its group, not the other five."""
    db = tmp_path / "s.db"
    assert CliRunner().invoke(cli, ["--db", str(db), "init"]).exit_code == 0
    code = ("import sys; from lawcomment.cli import main\n"
            f"sys.argv = ['lawcomment', '--db', {str(db)!r}, 'member', 'list']\n"
            "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
            "print(sorted(m for m in sys.modules if m.startswith('lawcomment.cli.')), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = eval(done.stderr.strip().splitlines()[-1])  # (a list of names)
    assert [m for m in loaded if m.rpartition(".")[2] in {"consultation", "manage", "review", "export", "responses",
                                                           "storage", "amend"}] == [
        "lawcomment.cli.consultation", "lawcomment.cli.manage"]  # fmt: skip


def test_comment_list_builds_only_the_value_types_it_reads(tmp_path: Path) -> None:
    """``comment list`` reads a stored draft and its comments: the store's other value types
    (decisions, the log, translations, the web app's users) are never imported."""
    db = tmp_path / "s.db"
    law = tmp_path / "law.md"
    law.write_text("# 某法\n\n第一条 为了规范。\n", encoding="utf-8")
    runner = CliRunner()
    for args in (["init"], ["draft", "add", str(law), "--name", "law", "--version", "1"],
                 ["member", "add", "m1", "--org", "某公司"],
                 ["comment", "add", "--draft", "law@1", "--at", "第一条", "--member", "m1", "--reason", "赞成。"]):
        assert runner.invoke(cli, ["--db", str(db), *args]).exit_code == 0, args
    code = ("import sys; from lawcomment.cli import main\n"
            f"sys.argv = ['lawcomment', '--db', {str(db)!r}, 'comment', 'list', '--draft', 'law@1', '--article', '1']\n"
            "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
            "print(sorted(m for m in sys.modules if m.startswith('lawcomment.records.')), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert eval(done.stderr.strip().splitlines()[-1]) == ["lawcomment.records.stored"]  # (a list of names)
    assert "赞成。" in done.stdout and "1 comment(s)" in done.stdout


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_summary_shortens_as_the_command_s_own_help(name: str) -> None:
    load_command_modules(cli)
    command = cli.commands[name]
    assert not command.hidden
    for limit in (20, 45, 60, 200):  # terminal widths from narrow to wide
        summary = click.Command(name, help=COMMANDS[name]).get_short_help_str(limit)
        assert summary == command.get_short_help_str(limit), "run: python scripts/cli_index.py"


def test_help_lists_every_command_as_click_would() -> None:
    listed = CliRunner().invoke(cli, ["--help"], terminal_width=100)
    assert listed.exit_code == 0
    load_command_modules(cli)
    expected = click.Group.format_commands  # click's own listing, every module loaded
    formatter = click.HelpFormatter(width=100)
    ctx = click.Context(cli, info_name="lawcomment", terminal_width=100)
    expected(cli, ctx, formatter)
    assert formatter.getvalue() in listed.output
    assert "responses  Who has answered" in listed.output


def test_help_imports_no_command_module_and_no_built_in_plugin() -> None:
    code = ("import sys; from lawcomment.cli import main; sys.argv = ['lawcomment', '--help']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('lawcomment.cli.')), file=sys.stderr)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('lawcomment.default_plugins', 'importlib.metadata'))),"
            " file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    commands, plugins = (eval(line) for line in done.stderr.strip().splitlines()[-2:])  # noqa: S307 (lists of names)
    assert commands == ["lawcomment.cli.common", "lawcomment.cli.index", "lawcomment.cli.terminal"]
    assert plugins == []  # no built-in plugin adds a command, and entry points are read without importlib.metadata
    assert "comment    Add, import and list member comments." in done.stdout


def test_split_imports_no_export_module(tmp_path: Path) -> None:
    """``split`` reads and writes a draft: the exporter contract and the formats stay unloaded
    (the built-in exporters' plugin imports Exporter in its hook)."""
    law = tmp_path / "law.md"
    law.write_text("# 某法\n\n第一条 为了规范。\n\n第二条 本法适用于全国。\n", encoding="utf-8")
    code = ("import sys; from lawcomment.cli import main\n"
            f"sys.argv = ['lawcomment', 'split', {str(law)!r}, '--format', 'json']\n"
            "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
            "print(sorted(m for m in sys.modules if m.startswith('lawcomment.exports')), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert eval(done.stderr.strip().splitlines()[-1]) == []  # (a list of names)
    assert '"label": "第二条"' in done.stdout


def test_running_a_command_loads_its_module() -> None:
    result = CliRunner().invoke(cli, ["comment", "--help"])
    assert result.exit_code == 0
    assert "Add, import and list member comments." in result.output
    assert {"import", "list", "add"} <= set(cli.commands["comment"].commands)  # type: ignore[attr-defined]


def test_a_hidden_plugin_command_changes_nothing_in_the_list(tmp_path: Path) -> None:
    """click leaves hidden commands out before it works out how much help fits on a line."""
    from lawcomment.plugins import set_plugin_manager

    (tmp_path / "hidden.py").write_text(
        "import click\nfrom lawcomment import hookimpl\n\n@hookimpl\ndef register_commands(cli):\n"
        "    @cli.command(hidden=True)\n    def a_very_long_hidden_plugin_command_name():\n        'Hidden.'\n",
        encoding="utf-8")  # fmt: skip
    set_plugin_manager(None)
    try:
        plain = CliRunner().invoke(cli, ["--help"], terminal_width=80)
        with_hidden = CliRunner().invoke(cli, ["--plugins-dir", str(tmp_path), "--help"], terminal_width=80)
    finally:
        set_plugin_manager(None)
    assert with_hidden.exit_code == 0
    assert with_hidden.output == plain.output
    assert "a_very_long_hidden" not in with_hidden.output
