"""The ``lawcomment`` command line: a thin layer over the library's public API.

LawcommentError becomes ``Error: …`` on stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
import weakref
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

import click

from ..jsondoc import dump_bytes
from ..textcheck import printable
from .common import emit
from .index import COMMANDS, MODULES
from .terminal import echo


class ExitCode:
    OK = 0
    ERROR = 1  # bad input, or `check` found errors
    USAGE = 2  # click's own usage errors


#: The command modules, in the order they register: a module that adds to another's group
#: (``draft`` gets subcommands from three) comes after it.
COMMAND_MODULES = ("consultation", "manage", "review", "export", "responses", "storage", "amend")


def load_command_modules(group: click.Group, modules: Iterable[str] = COMMAND_MODULES) -> None:
    """Register the commands of the built-in command ``modules`` (every one by default) on
    ``group``, each module once, in the order of COMMAND_MODULES. A command needs the modules
    that MODULES names for it (lawcomment.cli.index): those that add to it, and those that
    make the groups they add to."""
    loaded = _LOADED.setdefault(group, set())
    wanted = set(modules)
    for name in COMMAND_MODULES:
        if name in wanted and name not in loaded:
            importlib.import_module(f"{__name__}.{name}").register(group)
            loaded.add(name)


_LOADED: weakref.WeakKeyDictionary[click.Group, set[str]] = weakref.WeakKeyDictionary()


class _Group(click.Group):
    """Translate library errors into one ``Error:`` line, never a traceback; load the command
    modules only for a command that needs them (``--help`` lists them from COMMANDS), and add
    the commands of plugins (the ``register_commands`` hook)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # --help is eager: it lists the commands before --plugins-dir would be parsed
        ctx.meta["lawcomment.plugins_dir_arg"] = _plugins_dir_in(args, {*self.commands, *COMMANDS})
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS, *_plugin_commands(self, ctx)})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS:
            load_command_modules(self, MODULES.get(cmd_name, COMMAND_MODULES))
        found = super().get_command(ctx, cmd_name)
        if found is None:
            found = _plugin_commands(self, ctx).get(cmd_name)
            if found is not None:  # a plugin's command may run for long (a web server): see main()
                _collect_cycles()
        return found

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help``, as click writes it, without loading a module."""
        shown: list[tuple[str, click.Command | None]] = []
        for name in self.list_commands(ctx):
            command = self.commands.get(name) or (None if name in COMMANDS else self.get_command(ctx, name))
            if command is None and name not in COMMANDS:
                continue
            if command is None or not command.hidden:
                shown.append((name, command))
        if not shown:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in shown)
        # a command not loaded is shortened as click shortens its own help (the same first paragraph)
        rows = [(name, (command or click.Command(name, help=COMMANDS[name])).get_short_help_str(limit))
                for name, command in shown]  # fmt: skip
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        given = str(args[0]) if args else ""
        if given and not given.startswith("-") and not ctx.resilient_parsing:
            command = self.get_command(ctx, given)
            if command is None:
                # click suggests among the commands loaded, none here yet: among every command's name (merg → merge)
                import difflib

                close = difflib.get_close_matches(given, self.list_commands(ctx))
                hint = (f" Did you mean {close[0]!r}?" if len(close) == 1
                        else f" (Possible options: {', '.join(close)})" if close else "")  # fmt: skip
                raise click.UsageError(f"No such command {given!r}.{hint}", ctx)
            _refuse_repeats(ctx, command, args[1:])
            _refuse_late_group_options(ctx, given, command, args[1:])
            return given, command, args[1:]
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None:
            _refuse_repeats(ctx, command, rest)
        return name, command, rest

    def invoke(self, ctx: click.Context) -> Any:
        from ..errors import LawcommentError

        try:
            return super().invoke(ctx)
        except LawcommentError as exc:
            if os.environ.get("LAWCOMMENT_DEBUG"):
                raise
            raise click.ClickException(printable(str(exc))) from None
        except OSError as exc:
            raise click.ClickException(printable(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))) from None
        except Exception as exc:
            # a driver's error the store did not turn into a StoreError (a damaged or locked file,
            # a server gone): in words, never a traceback; the drivers are loaded only when used
            sqlite3, psycopg = sys.modules.get("sqlite3"), sys.modules.get("psycopg")
            if not ((sqlite3 is not None and isinstance(exc, sqlite3.DatabaseError))
                    or (psycopg is not None and isinstance(exc, psycopg.Error))):  # fmt: skip
                raise
            from ..store import one_line, redact, scrub

            db = str((ctx.obj or {}).get("db", "the store"))
            raise click.ClickException(printable(f"{redact(db)}: {scrub(one_line(str(exc)), db)}")) from None


_profile_option = click.option("--profile", help="Structure profile (zh-CN, en, or a plugin's); detected when omitted.")
_encoding_option = click.option("--encoding", help="Encoding of .txt/.md files (detected: UTF-8, GB18030).")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="lawcomment")
@click.option("--db", envvar="LAWCOMMENT_DB", default="lawcomment.db", show_default=True,
              help="The consultation store: a file, sqlite:///file.db or postgresql://user@host/db (also $LAWCOMMENT_DB).")
@click.option("--user", envvar="LAWCOMMENT_USER", help="Name recorded in the log (default: your login).")
@click.option("--plugins-dir", envvar="LAWCOMMENT_PLUGINS_DIR", type=click.Path(path_type=Path, file_okay=False),
              help="Also load every plugin module (.py) or package in this folder.")
@click.pass_context
def cli(ctx: click.Context, db: str, user: str | None, plugins_dir: Path | None) -> None:
    """Legislative comment and consultation: split drafts, gather comments, merge redlines."""
    ctx.obj = {"db": db, "user": user}
    _use_plugins_dir(ctx)


def _refuse_repeats(ctx: click.Context, command: click.Command, args: list[str]) -> None:
    """A usage error for an option that takes one value given twice (``--article 12 --article
    15``): click keeps the last, and the command would quietly do half of what was asked."""
    # the error's usage line is the command's own (lawcomment comment list …), not the group's
    ctx = click.Context(command, info_name=command.name, parent=ctx)
    while isinstance(command, click.Group):  # `comment list …`: the command inside the group
        at = next((i for i, a in enumerate(args) if a in command.commands), None)
        if at is None:
            return
        command, args = command.commands[args[at]], args[at + 1:]
        ctx = click.Context(command, info_name=command.name, parent=ctx)
    single: dict[str, click.Option] = {}
    valued: set[str] = set()
    for param in command.params:
        if isinstance(param, click.Option) and not param.is_flag and not param.count:
            valued.update(param.opts)
            if not param.multiple:
                single.update(dict.fromkeys(param.opts, param))
    seen: dict[str, str] = {}  # option → how it was first given
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            return
        name = arg.split("=", 1)[0] if arg.startswith("--") else arg
        inline = "=" in arg and arg.startswith("--")
        given = arg if inline or name not in valued else f"{arg} {args[i + 1] if i + 1 < len(args) else ''}".rstrip()
        option = single.get(name)
        if option is not None and option.name is not None:
            if option.name in seen:
                raise click.UsageError(f"{seen[option.name]} and {given}: {name} takes one value; give it once", ctx)
            seen[option.name] = given
        i += 2 if name in valued and not inline else 1


#: The options of ``lawcomment`` itself, which go before the command.
_GROUP_OPTIONS = ("--db", "--user", "--plugins-dir")


def _refuse_late_group_options(ctx: click.Context, name: str, command: click.Command, args: list[str]) -> None:
    """Say where ``--db`` goes when it is given after the command (``lawcomment init --db c.db``, as a
    trial read the README): click's own "No such option" does not say (a command with an option of
    that name, a plugin's, takes it as its own)."""
    if not any(arg.split("=", 1)[0] in _GROUP_OPTIONS for arg in args):
        return  # (most commands: nothing more to read)
    # the command that takes the arguments (a group's subcommand), so that an option's value (--reason
    # "--user") is never read as an option of its own (a review)
    while isinstance(command, click.Group) and args and not args[0].startswith("-"):
        sub = command.get_command(ctx, args[0])
        if sub is None:
            break
        command, args = sub, args[1:]
    own = {opt for param in command.params for opt in param.opts}
    valued = {opt for param in command.params if isinstance(param, click.Option) and not param.is_flag
              and not param.count for opt in param.opts}  # fmt: skip
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == "--":
            return
        given = arg.split("=", 1)[0]
        if given in valued and "=" not in arg:
            skip = True
        elif given in _GROUP_OPTIONS and given not in own:
            raise click.UsageError(f"{given} is an option of lawcomment itself, not of {name!r}: put it before the "
                                   f"command (lawcomment {given} … {name} …)", ctx)  # fmt: skip


def _use_plugins_dir(ctx: click.Context) -> None:
    """Load ``--plugins-dir`` once per invocation (a plugin's command may need it before the
    group's callback runs)."""
    _show_plugin_warnings()
    root = ctx.find_root()
    plugins_dir = root.params.get("plugins_dir") or root.meta.get("lawcomment.plugins_dir_arg")
    if plugins_dir is None or root.meta.get("lawcomment.plugins_dir") == plugins_dir:
        return
    from ..errors import LawcommentError
    from ..plugins import make_plugin_manager, set_plugin_manager

    try:
        set_plugin_manager(make_plugin_manager(plugins_dir=plugins_dir))
    except LawcommentError as exc:
        raise click.ClickException(printable(str(exc))) from None
    root.meta["lawcomment.plugins_dir"] = plugins_dir


def _plugins_dir_in(args: list[str], commands: Collection[str]) -> Path | None:
    """``--plugins-dir`` among the group's own options (before the command), else
    ``$LAWCOMMENT_PLUGINS_DIR``."""
    for i, arg in enumerate(args):
        if arg in commands:
            break
        if arg == "--plugins-dir" and i + 1 < len(args):
            return Path(args[i + 1])
        if arg.startswith("--plugins-dir="):
            return Path(arg.split("=", 1)[1])
    env = os.environ.get("LAWCOMMENT_PLUGINS_DIR")
    return Path(env) if env else None


def _plugin_commands(group: click.Group, ctx: click.Context) -> dict[str, click.Command]:
    """The commands plugins add, each plugin's hook called on its own so that one that fails
    (or claims a built-in name) is a warning naming it, not the end of the command line."""
    import warnings

    from ..errors import PluginWarning
    from ..plugins import command_plugin_manager

    _use_plugins_dir(ctx)
    pm = command_plugin_manager()  # the process-wide manager once --plugins-dir has set one
    cached = _PLUGIN_COMMANDS.get(pm)
    if cached is not None:
        return cached
    found: dict[str, click.Command] = {}
    for impl in pm.hook.register_commands.get_hookimpls():
        scratch = click.Group()
        try:
            impl.function(cli=scratch)
        except Exception as exc:
            warnings.warn(f"plugin {impl.plugin_name!r} failed to add its commands: {type(exc).__name__}: {exc}",
                          PluginWarning, stacklevel=2)  # fmt: skip
            continue
        for name, command in scratch.commands.items():
            if name in group.commands or name in COMMANDS or name in found:
                warnings.warn(f"plugin {impl.plugin_name!r}: command {name!r} is left out (lawcomment already has "
                              "a command of that name)", PluginWarning, stacklevel=2)  # fmt: skip
            else:
                found[name] = command
    _PLUGIN_COMMANDS[pm] = found
    return found


_PLUGIN_COMMANDS: weakref.WeakKeyDictionary[Any, dict[str, click.Command]] = weakref.WeakKeyDictionary()


def _show_plugin_warnings() -> None:
    """Plugin warnings as ``warning: …`` lines on stderr, not Python's file:line format."""
    import warnings

    from ..errors import PluginWarning

    original = warnings.showwarning
    if getattr(original, "lawcomment_printer", False):  # installed by an earlier invocation in this process
        return

    def show(message, category, filename, lineno, file=None, line=None):  # type: ignore[no-untyped-def]
        if issubclass(category, PluginWarning):
            echo(f"warning: {message}", err=True)
        else:
            original(message, category, filename, lineno, file, line)

    show.lawcomment_printer = True  # type: ignore[attr-defined]
    warnings.showwarning = show


@cli.command()
@click.argument("draft", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["outline", "json"]), default="outline", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
@click.option("--translation", type=click.Path(path_type=Path),
              help="Its translation (the English working text): both outlines side by side, and what did not pair.")
@_profile_option
@_encoding_option
def split(draft: Path, fmt: str, output: Path | None, translation: Path | None, profile: str | None,
          encoding: str | None) -> None:  # fmt: skip
    """Split DRAFT (.docx, .md, .txt) into articles; warnings go to stderr."""
    from .. import load_draft
    from ..drafts import draft_to_dict, outline

    parsed = load_draft(draft, profile=profile, encoding=encoding)
    # (a Word list numbering on across articles is read as printed: said here, as check says it; only Word numbers
    # lists itself, and a text file's split pays no whole check, nor its modules' import, for it)
    late: list[Any] = []
    if draft.suffix.lower() == ".docx":
        from ..drafts import lint

        late = [d for d in lint(parsed) if d.code == "numbering-start"]
    for diag in sorted([*parsed.diagnostics, *late], key=lambda d: (d.line is None, d.line or 0)):
        echo(diag.format(str(draft)), err=True)
    if translation is not None:
        from ..drafts import pair_drafts, pairing_text

        other = load_draft(translation, encoding=encoding)
        for diag in other.diagnostics:
            echo(diag.format(str(translation)), err=True)
        pairing = pair_drafts(parsed, other, source_name=str(draft), target_name=str(translation))
        if fmt == "json":
            emit(dump_bytes({"schema": "lawcomment.pairing/1", "draft": str(draft), "translation": str(translation),
                             **pairing.to_dict()}), output)  # fmt: skip
        else:
            emit(pairing_text(parsed, other, pairing), output)
        return
    if fmt == "json":
        text: str | bytes = dump_bytes(draft_to_dict(parsed))
    else:
        text = outline(parsed)
    emit(text, output)


@cli.command()
@click.argument("draft", type=click.Path(path_type=Path))
@_profile_option
@_encoding_option
def check(draft: Path, profile: str | None, encoding: str | None) -> None:
    """Lint DRAFT: numbering gaps and duplicates, 之一 order, dangling cross-references.

    Exits 1 when errors are found, 0 when there are only warnings.
    """
    from .. import Severity, load_draft
    from ..drafts import lint

    if not draft.exists() and "@" in draft.name and draft.name == str(draft):
        # (a trial typed `check aml@1`, the stored draft's name, and read "no such file")
        raise click.UsageError(f"{draft}: no such file; check reads a draft's file (.docx, .md, .txt), not a draft "
                               "in the store: give the file you added with `draft add`")  # fmt: skip
    parsed = load_draft(draft, profile=profile, encoding=encoding)
    found = [*parsed.diagnostics, *lint(parsed)]
    found.sort(key=lambda d: (d.line is None, d.line or 0))
    for diag in found:
        echo(diag.format(str(draft)))
    errors = sum(1 for d in found if d.severity is Severity.ERROR)
    warnings = sum(1 for d in found if d.severity is Severity.WARNING)
    echo(f"{len(parsed.articles())} articles, {errors} error(s), {warnings} warning(s)", err=True)
    if errors:
        sys.exit(ExitCode.ERROR)


@cli.command()
def profiles() -> None:
    """List the structure profiles, built-in and from plugins."""
    from ..plugins import profiles as registered

    for name, prof in sorted(registered().items()):
        echo(f"{name}\t{prof.description}")


def main() -> None:
    """Console-script entry point."""
    # A built-in command is a short process that builds large structures which all live until
    # it ends (100,000 comments, their merges, the document written from them), and makes few
    # reference cycles: the cyclic collector would walk each of those objects at least once,
    # and find nothing to free (a fifth of an import's time, a third of a review page's).
    # Memory is freed by reference counting as before; the benchmarks' peak RSS is the same
    # without it. A plugin's command (the web server) gets the collector back.
    gc.disable()
    try:
        cli(prog_name="lawcomment")
    finally:
        # The interpreter's exit runs the collector over everything still alive even so (a
        # sixth of `split --format json` of the 民法典); frozen objects are left out of it.
        # Reference counting still frees what it frees, and standard output is still flushed;
        # the built-in commands close every file and store in a with-block. A plugin's command
        # ran with the collector on, and ends with it, as any program does.
        if not gc.isenabled():
            gc.freeze()


def _collect_cycles() -> None:
    """The cyclic collector on, with thresholds for a process that holds large structures."""
    gc.set_threshold(100_000, 50, 100)
    gc.enable()


if __name__ == "__main__":
    main()

