"""Word in and out: the package reader with its caps, styles and numbering, tracked changes and
comments (markup), the draft reader, footnotes, the XML writer and the submission templates."""

from __future__ import annotations

import typing

from ..lazy import lazy_names

if typing.TYPE_CHECKING:
    from .layout import read_template
    from .reader import read_docx_source

__all__ = [
    "read_docx_source",
    "read_template",
]
if not typing.TYPE_CHECKING:  # mypy sees the imports above, and no catch-all __getattr__
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            ".reader": ("read_docx_source",),
            ".layout": ("read_template",),
        },
)
