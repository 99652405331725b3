"""The exporter contract and the built-in formats: the submission in Word, HTML and Markdown,
and the data exports. The names below are public for exporter plugins, each imported on first
use (PEP 562) so that reading the contract does not load every format."""

from __future__ import annotations

import typing

from ..lazy import lazy_names

if typing.TYPE_CHECKING:
    from .contract import ExportOptions, Exporter
    from .data import (
        TRACKING_COLUMNS,
        consultation_dict,
        decided_label,
        review_pieces,
        review_status,
        tracking_csv,
        tracking_rows,
        write_consultation_json,
        write_tracking_csv,
    )
    from .docx import write_draft_copy, write_instrument_docx, write_submission
    from .html import review_html, write_review_html
    from .labels import LABELS, headers, label
    from .md import submission_md
    from .messages import localized, quoted, typeset
    from .view import numbers_apart

__all__ = [
    "LABELS",
    "TRACKING_COLUMNS",
    "ExportOptions",
    "Exporter",
    "consultation_dict",
    "decided_label",
    "headers",
    "label",
    "localized",
    "numbers_apart",
    "quoted",
    "review_html",
    "review_pieces",
    "review_status",
    "submission_md",
    "tracking_csv",
    "tracking_rows",
    "typeset",
    "write_consultation_json",
    "write_draft_copy",
    "write_instrument_docx",
    "write_review_html",
    "write_submission",
    "write_tracking_csv",
]
if not typing.TYPE_CHECKING:  # mypy sees the imports above, and no catch-all __getattr__
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            ".contract": ("ExportOptions", "Exporter"),
            ".data": ("TRACKING_COLUMNS", "consultation_dict", "decided_label", "review_pieces", "review_status",
                      "tracking_csv", "tracking_rows", "write_consultation_json", "write_tracking_csv"),
            ".docx": ("write_draft_copy", "write_instrument_docx", "write_submission"),
            ".html": ("review_html", "write_review_html"),
            ".labels": ("LABELS", "headers", "label"),
            ".md": ("submission_md",),
            ".messages": ("localized", "quoted", "typeset"),
            ".view": ("numbers_apart",),
        },
)  # fmt: skip
