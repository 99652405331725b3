"""lawcomment plugin: the consultation as an Excel tracking workbook (openpyxl), and members'
comment sheets read from Excel workbooks (``comment import comments.xlsx``, as a CSV file's rows).

Sheets: Comments (one row per comment, as the CSV tracking sheet, with what staff made of
each proposal), Articles (status, supporters, working groups, the committee position as the
submission proposes it and the changes not decided yet, per unit) and Decisions; with
``--lang zh`` (the default) 意见, 条文 and 委员会决定, with Chinese headers, stances, statuses and
states (lawcomment's labels). A review format: ``export`` does not warn that undecided changes
were left out of it.
Every cell is written as a string, so nothing a member typed can run as a formula.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, BinaryIO

from lawcomment import hookimpl

if TYPE_CHECKING:
    from lawcomment import Consultation, ExportOptions

__version__ = "0.1.0"


def _sheet(wb, title: str, header: tuple[str, ...], rows: list[list[str]], widths: dict[int, int]):  # type: ignore[no-untyped-def]
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            cell.value = value
            cell.data_type = "s"  # openpyxl reads a leading "=" as a formula; this is text
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(1, len(rows) + 1)}"
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    return ws


SHEETS = {"zh": ("意见", "条文", "委员会决定"), "en": ("Comments", "Articles", "Decisions")}
ARTICLE_COLUMNS = ("citation", "eid", "status", "changed", "supporters", "working_groups", "comments",
                   "unresolved_conflicts", "draft_text", "committee_position", "unreviewed")  # fmt: skip
DECISION_COLUMNS = ("decision", "eid", "action", "old", "new", "reason", "actor", "decided", "revoked")
_YES_NO = {"zh": ("是", "否"), "en": ("yes", "no")}


def workbook_bytes(view: Consultation, lang: str = "zh") -> bytes:
    """The workbook of ``view`` as .xlsx bytes: sheet names, headers, stances, statuses and
    states in ``lang`` (``export --lang``; Chinese by default), through lawcomment's labels."""
    from openpyxl import Workbook

    from lawcomment.exports import TRACKING_COLUMNS, headers, label, review_status, tracking_rows

    lang = lang if lang in SHEETS else "zh"
    comments_sheet, articles_sheet, decisions_sheet = SHEETS[lang]
    yes, no = _YES_NO[lang]
    wb = Workbook()
    wb.remove(wb.active)
    _sheet(wb, comments_sheet, tuple(headers(TRACKING_COLUMNS, lang)), tracking_rows(view, lang),
           {2: 16, 9: 30, 10: 50, 11: 40, 16: 50})  # fmt: skip
    articles = [[item.citation, item.eid, label(review_status(item), lang, "article"), yes if item.changed else no,
                 ", ".join(view.member_name(m) for m in item.supporters), ", ".join(view.groups_of(item)),
                 str(len(item.comments)), str(len(item.position.unresolved)), item.position.base, item.text,
                 ", ".join(item.unreviewed)]
                for item in view.items]  # fmt: skip
    _sheet(wb, articles_sheet, tuple(headers(ARTICLE_COLUMNS, lang)), articles,
           {1: 16, 5: 30, 6: 20, 9: 60, 10: 60})  # fmt: skip
    decisions = [[str(d.id), d.target, label(d.action, lang, "action"), d.old or "", d.new or "", d.reason, d.actor,
                  d.created, d.revoked_at or ""] for d in view.decisions]  # fmt: skip
    _sheet(wb, decisions_sheet, tuple(headers(DECISION_COLUMNS, lang)), decisions, {4: 30, 5: 30, 6: 40})
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def export_xlsx(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    out.write(workbook_bytes(view, options.lang))


@hookimpl
def register_exporters(register):  # type: ignore[no-untyped-def]
    from lawcomment import Exporter  # here, not at the top: `lawcomment --help` loads this plugin, and needs no format

    register(Exporter("xlsx", ".xlsx", True, export_xlsx, "Excel tracking workbook: comments, articles, decisions",
                      review=True, descriptions=(("zh", "Excel意见跟踪工作簿：意见、条文、决定"),)))  # every change is listed with its state (Comments: review)


@hookimpl
def register_comment_readers(register):  # type: ignore[no-untyped-def]
    from lawcomment import CommentReader

    from .sheets import read_sheet

    register(CommentReader("xlsx", (".xlsx", ".xlsm"), read_sheet))
