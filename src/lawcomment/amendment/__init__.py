"""Amendment instruments (修正案, 修改决定): their model, the parser, applying them to a law,
and writing one from the committee's accepted changes."""

from __future__ import annotations

import typing

from ..lazy import lazy_names

if typing.TYPE_CHECKING:
    from .apply import apply_instrument
    from .parse import load_instrument
    from .write import (closing_clause, consultation_instrument, instrument_docx, proposals, renumbered_citations,
                        rewritten_whole, write_instrument)

__all__ = [
    "apply_instrument",
    "closing_clause",
    "consultation_instrument",
    "instrument_docx",
    "load_instrument",
    "proposals",
    "renumbered_citations",
    "rewritten_whole",
    "write_instrument",
]
if not typing.TYPE_CHECKING:  # mypy sees the imports above, and no catch-all __getattr__
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            ".write": ("closing_clause", "consultation_instrument", "instrument_docx", "proposals", "renumbered_citations",
                       "rewritten_whole", "write_instrument"),
            ".apply": ("apply_instrument",),
            ".parse": ("load_instrument",),
        },
)
