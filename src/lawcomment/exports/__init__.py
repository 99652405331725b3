"""The exporter contract and the built-in formats: the submission in Word, HTML and Markdown,
and the data exports. The names below are public for exporter plugins, each imported on first
use (PEP 562) so that reading the contract does not load every format."""

from __future__ import annotations

import importlib
import typing

if typing.TYPE_CHECKING:
    from .contract import Exporter, ExportOptions
    from .data import TRACKING_COLUMNS, review_status, tracking_rows
    from .labels import headers, label

_MODULE_OF = {"ExportOptions": ".contract", "Exporter": ".contract", "TRACKING_COLUMNS": ".data",
              "review_status": ".data", "tracking_rows": ".data", "headers": ".labels", "label": ".labels"}  # fmt: skip

__all__ = ["TRACKING_COLUMNS", "ExportOptions", "Exporter", "headers", "label", "review_status", "tracking_rows"]


def __getattr__(name: str) -> typing.Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'lawcomment.exports' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
