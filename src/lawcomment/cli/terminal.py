"""What the CLI prints: stored text made safe for a terminal on its way out.

Text that reaches the store has no control characters (textcheck refuses them at intake), but a
store made by an older version, or edited by hand, may: nothing it holds may drive the terminal.
"""

from __future__ import annotations

import re
from contextvars import ContextVar

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


#: The language of the draft the running command speaks of: an English draft's messages quote its
#: words “…”, not 「…」, and list its units with ", " (exports.messages.typeset).
_DRAFT_LANG: ContextVar[str] = ContextVar("draft_lang", default="zh")


def speak_of(profile: str) -> None:
    """Print the rest of the running command's messages as the draft of ``profile`` is written:
    an English one's in English quotation marks (an English consultation's merge read
    ``after 「Union 」``); until the command ends."""
    lang = "en" if profile.startswith("en") else "zh"
    if lang == _DRAFT_LANG.get():
        return
    token = _DRAFT_LANG.set(lang)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:  # (one command of a test's many in one process: the next starts afresh)
        ctx.call_on_close(lambda: _DRAFT_LANG.reset(token))


def typeset_text(message: str) -> str:
    """``message`` as the running command's draft writes quotation and list marks."""
    lang = _DRAFT_LANG.get()
    if lang == "zh":
        return message
    from ..exports import typeset

    return typeset(message, lang)


def echo(message: str = "", *, err: bool = False, nl: bool = True, color: bool = False, as_stored: bool = False) -> None:
    """click.echo of :func:`safe` text, its quotation marks the draft's (:func:`speak_of`); a JSON
    document's ``as_stored``, as the store holds its messages."""
    click.echo(safe(message if as_stored else typeset_text(message), color), err=err, nl=nl)
