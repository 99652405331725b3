"""lawcomment plugin: members comment article by article in the browser; staff review, decide
and export there, on the same store as the command line. Adds ``lawcomment serve`` and
``lawcomment web`` (invitations and users) through the ``register_commands`` hook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lawcomment import hookimpl

if TYPE_CHECKING:
    import click

__version__ = "0.1.0"


@hookimpl
def register_commands(cli: click.Group) -> None:
    from .commands import serve, web

    cli.add_command(serve)
    cli.add_command(web)
