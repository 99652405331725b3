"""Rewrite src/lawcomment/cli/index.py, the table ``lawcomment --help`` lists the built-in
commands from without loading their modules, and which modules each command needs. Run it
after adding a command or changing the first paragraph of a command's help:
``python scripts/cli_index.py``."""

from __future__ import annotations

from pathlib import Path

INDEX = Path(__file__).resolve().parents[1] / "src" / "lawcomment" / "cli" / "index.py"

HEADER = '''"""The built-in commands that live in the command modules, with the first paragraph of each
one's help: ``lawcomment --help`` lists them from here; and the command modules each command
needs (MODULES), loaded only when it runs. Written by scripts/cli_index.py;
tests/test_cli_index.py checks it."""

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


def needs() -> dict[str, tuple[str, ...]]:
    """Every command the command modules add → the modules it needs, in loading order: those
    that make it or add subcommands to it, and (in turn) those that make the groups they add to."""
    import click

    from lawcomment.cli import COMMAND_MODULES, load_command_modules

    group = click.Group()
    makers: dict[str, str] = {}  # command → the module that made it
    touches: dict[str, set[str]] = {}  # command → the modules that made it or added to it
    shape: dict[str, set[str]] = {}
    for module in COMMAND_MODULES:
        load_command_modules(group, [module])
        for name, command in group.commands.items():
            subcommands = set(getattr(command, "commands", {}))
            if name not in shape or subcommands != shape[name]:
                makers.setdefault(name, module)
                touches.setdefault(name, set()).add(module)
            shape[name] = subcommands

    def closure(modules: set[str]) -> set[str]:
        found = set(modules)
        for module in modules:  # a module adding to a group needs the group's maker first
            found |= {makers[n] for n, by in touches.items() if module in by and makers[n] != module}
        return found if found == modules else closure(found)

    return {name: tuple(m for m in COMMAND_MODULES if m in closure(by)) for name, by in sorted(touches.items())}


def source(commands: dict[str, str], modules: dict[str, tuple[str, ...]]) -> str:
    return (HEADER + "".join(f"    {name!r}: {text!r},\n" for name, text in commands.items()) + "}\n\n"
            + "MODULES: dict[str, tuple[str, ...]] = {\n"
            + "".join(f"    {name!r}: {modules[name]!r},\n" for name in commands) + "}\n")


if __name__ == "__main__":
    INDEX.write_text(source(table(), needs()), encoding="utf-8")
    print(f"wrote {INDEX}")
