"""Built-in output formats: docx (the submission), html (the review page), md, json, csv."""

from __future__ import annotations

import json
from typing import BinaryIO

from lawcomment import hookimpl
from lawcomment.consultation import Consultation
from lawcomment.exporters import Exporter, ExportOptions


def _docx(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    from lawcomment.submission_docx import write_submission

    out.write(write_submission(view, options))


def _html(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    from lawcomment.submission_html import review_html

    out.write(review_html(view, options).encode("utf-8"))


def _md(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    from lawcomment.submission_md import submission_md

    out.write(submission_md(view, options).encode("utf-8"))


def _json(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    from lawcomment.submission_data import consultation_dict

    out.write((json.dumps(consultation_dict(view), ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def _csv(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    from lawcomment.submission_data import tracking_csv

    out.write(tracking_csv(view))


@hookimpl
def register_exporters(register):  # type: ignore[no-untyped-def]
    register(Exporter("docx", ".docx", True, _docx, "the submission: Word with native tracked changes"))
    register(Exporter("html", ".html", False, _html, "one-page review: redlines, contents, filters"))
    register(Exporter("md", ".md", False, _md, "the submission in Markdown"))
    register(Exporter("json", ".json", False, _json, "lawcomment.consultation/1: draft, comments, positions, decisions, adoption"))
    register(Exporter("csv", ".csv", False, _csv, "tracking sheet, one row per comment (UTF-8 with BOM)"))
