"""The exporter contract and the built-in formats: the submission in Word, HTML and Markdown,
and the data exports. Helpers here are public for exporter plugins."""

from .contract import Exporter, ExportOptions
from .data import TRACKING_COLUMNS, review_status, tracking_rows
from .labels import headers, label

__all__ = ["TRACKING_COLUMNS", "ExportOptions", "Exporter", "headers", "label", "review_status", "tracking_rows"]
