"""Reading and splitting law text (pure): decoding, the structure profiles, the parser that
gives every unit a stable eid, citations and cross-references, and the draft's serialisation."""

from __future__ import annotations

import typing

from ..lazy import lazy_names

if typing.TYPE_CHECKING:
    from .anchors import cite, describe, law_citation, resolve, unit_index, unit_spans, whole_draft
    from .check import lint, points_past_end
    from .encoding import decode_text, refuse_controls
    from .markdown import INFO_END, markdown_source, render_markdown
    from .pairing import (Pair, Pairing, Rendered, doubtful_lines, pair_drafts, pairing_text, rendered, unpaired_line,
                          written_in)
    from .serialize import body_separator, comment_to_dict, comments_to_dict, draft_to_dict, outline
    from .source import plain_block

__all__ = [
    "INFO_END",
    "Pair",
    "Pairing",
    "Rendered",
    "body_separator",
    "cite",
    "comment_to_dict",
    "comments_to_dict",
    "decode_text",
    "describe",
    "doubtful_lines",
    "draft_to_dict",
    "law_citation",
    "lint",
    "markdown_source",
    "outline",
    "pair_drafts",
    "pairing_text",
    "plain_block",
    "points_past_end",
    "refuse_controls",
    "render_markdown",
    "rendered",
    "resolve",
    "unit_index",
    "unit_spans",
    "unpaired_line",
    "whole_draft",
    "written_in",
]
if not typing.TYPE_CHECKING:  # mypy sees the imports above, and no catch-all __getattr__
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            ".anchors": ("cite", "describe", "law_citation", "resolve", "unit_index", "unit_spans", "whole_draft"),
            ".check": ("lint", "points_past_end"),
            ".encoding": ("decode_text", "refuse_controls"),
            ".markdown": ("INFO_END", "markdown_source", "render_markdown"),
            ".pairing": ("Pair", "Pairing", "Rendered", "doubtful_lines", "pair_drafts", "pairing_text", "rendered",
                          "unpaired_line", "written_in"),
            ".serialize": ("body_separator", "comment_to_dict", "comments_to_dict", "draft_to_dict", "outline"),
            ".source": ("plain_block",),
        },
)
