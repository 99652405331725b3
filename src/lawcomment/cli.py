"""The ``lawcomment`` command line: a thin layer over the library's public API.

LawcommentError becomes ``Error: …`` on stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import click


class ExitCode:
    OK = 0
    ERROR = 1  # bad input, or `check` found errors
    USAGE = 2  # click's own usage errors


class _Group(click.Group):
    """Translate library errors into one ``Error:`` line, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        from .errors import LawcommentError

        try:
            return super().invoke(ctx)
        except LawcommentError as exc:
            if os.environ.get("LAWCOMMENT_DEBUG"):
                raise
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            raise click.ClickException(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from None


def _write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and rename, so a failure leaves nothing half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        _write_atomic(output, text)


_profile_option = click.option("--profile", help="Structure profile (zh-CN, en, or a plugin's); detected when omitted.")
_encoding_option = click.option("--encoding", help="Encoding of .txt/.md files (detected: UTF-8, GB18030).")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="lawcomment")
def cli() -> None:
    """Legislative comment and consultation: split drafts, gather comments, merge redlines."""


@cli.command()
@click.argument("draft", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["outline", "json"]), default="outline", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
@_profile_option
@_encoding_option
def split(draft: Path, fmt: str, output: Path | None, profile: str | None, encoding: str | None) -> None:
    """Split DRAFT (.docx, .md, .txt) into articles; warnings go to stderr."""
    from . import load_draft
    from .serialize import draft_to_dict, outline

    parsed = load_draft(draft, profile=profile, encoding=encoding)
    for diag in parsed.diagnostics:
        click.echo(diag.format(str(draft)), err=True)
    if fmt == "json":
        text = json.dumps(draft_to_dict(parsed), ensure_ascii=False, indent=2) + "\n"
    else:
        text = outline(parsed)
    _emit(text, output)


@cli.command()
@click.argument("draft", type=click.Path(path_type=Path))
@_profile_option
@_encoding_option
def check(draft: Path, profile: str | None, encoding: str | None) -> None:
    """Lint DRAFT: numbering gaps and duplicates, 之一 order, dangling cross-references.

    Exits 1 when errors are found, 0 when there are only warnings.
    """
    from . import Severity, load_draft
    from .check import lint

    parsed = load_draft(draft, profile=profile, encoding=encoding)
    found = [*parsed.diagnostics, *lint(parsed)]
    found.sort(key=lambda d: (d.line is None, d.line or 0))
    for diag in found:
        click.echo(diag.format(str(draft)))
    errors = sum(1 for d in found if d.severity is Severity.ERROR)
    warnings = sum(1 for d in found if d.severity is Severity.WARNING)
    click.echo(f"{len(parsed.articles())} articles, {errors} error(s), {warnings} warning(s)", err=True)
    if errors:
        sys.exit(ExitCode.ERROR)


@cli.command()
def profiles() -> None:
    """List the structure profiles, built-in and from plugins."""
    from .plugins import profiles as registered

    for name, prof in sorted(registered().items()):
        click.echo(f"{name}\t{prof.description}")


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="lawcomment")


if __name__ == "__main__":
    main()
