"""What the CLI prints: stored text made safe for a terminal on its way out.

Text that reaches the store has no control characters (textcheck refuses them at intake), but a
store made by an older version, or edited by hand, may: nothing it holds may drive the terminal.
"""

from __future__ import annotations

import re

import click

from ..textcheck import printable

#: The only escape sequences the CLI writes itself: a whole redline deletion in red, a whole
#: insertion in green (render_text has already made the text inside printable).
_OURS = re.compile("(\x1b\\[31m\\[-[^\x1b]*?-\\]\x1b\\[0m|\x1b\\[32m\\{\\+[^\x1b]*?\\+\\}\x1b\\[0m)")


def safe(message: str, color: bool = False) -> str:
    """``message`` with every control character shown as U+FFFD; with ``color``, the coloured
    redline spans the CLI writes itself are kept (their colour codes, never any other)."""
    if not color:
        return printable(message)
    parts = _OURS.split(message)
    return "".join(p[:7] + printable(p[7:-6]) + p[-6:] if i % 2 else printable(p) for i, p in enumerate(parts))


def echo(message: str = "", *, err: bool = False, nl: bool = True, color: bool = False) -> None:
    """click.echo of :func:`safe` text."""
    click.echo(safe(message, color), err=err, nl=nl)
