"""What the CLI prints: stored text made safe for a terminal on its way out.

Text that reaches the store has no control characters (textcheck refuses them at intake), but a
store made by an older version, or edited by hand, may: nothing it holds may drive the terminal.
"""

from __future__ import annotations

import re

import click

from ..textcheck import printable

#: The only escape sequences the CLI writes itself: red, green and reset around redlines.
_OURS = re.compile("(\x1b\\[(?:31|32|0)m)")


def echo(message: str = "", *, err: bool = False, nl: bool = True, color: bool = False) -> None:
    """click.echo with every control character shown as U+FFFD; with ``color``, the redline
    colours the CLI adds itself are kept (the stored text inside them was made printable by
    :func:`lawcomment.review.redline.render_text`)."""
    if color:
        parts = _OURS.split(message)
        message = "".join(p if i % 2 else printable(p) for i, p in enumerate(parts))
    else:
        message = printable(message)
    click.echo(message, err=err, nl=nl)
