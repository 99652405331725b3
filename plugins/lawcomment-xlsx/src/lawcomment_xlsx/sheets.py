"""Members' comment sheets in Excel workbooks (.xlsx, .xlsm): the first filled sheet's cells as
text, row by row, for ``comment import`` to read as it reads a CSV file's rows."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from lawcomment import InputError

#: The most rows read from a sheet (Excel's own limit): a workbook claiming more is refused, not read.
MOST_ROWS = 1_048_576


def read_sheet(path: Path) -> tuple[list[list[str]], list[str]]:
    """The rows of the first sheet of the workbook at ``path`` that holds anything, each a list
    of its cells as text (numbers as a spreadsheet shows them, 2026-12-31 for a date, a formula's
    last computed value), blank rows kept so that row numbers are the sheet's; and a note for each
    other filled sheet, which is not read. InputError for a file that is no workbook."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError(str(path), f"not an Excel workbook that can be read ({type(exc).__name__}); open it in Excel, "
                                    "WPS or LibreOffice and save it as .xlsx or .csv") from None  # fmt: skip
    try:
        filled: list[tuple[str, list[list[str]]]] = []
        for sheet in book.worksheets:
            rows = _rows(path, sheet)
            if rows:
                filled.append((sheet.title, rows))
    finally:
        book.close()
    if not filled:
        raise InputError(str(path), "the workbook has no sheet with anything in it")
    (title, rows), others = filled[0], filled[1:]
    notes = [f"{path}: sheet {other!r} is not read: only the first sheet with anything in it ({title!r}) is; put "
             "every comment on one sheet, or save each sheet as a file of its own" for other, _ in others]  # fmt: skip
    return rows, notes


def _rows(path: Path, sheet: Any) -> list[list[str]]:
    """A sheet's rows as text, without the empty cells and rows after the last filled ones."""
    out: list[list[str]] = []
    last = 0  # rows up to the last with something in it
    for n, row in enumerate(sheet.iter_rows(values_only=True), 1):
        if n > MOST_ROWS:
            raise InputError(str(path), f"sheet {sheet.title!r} has more than {MOST_ROWS:,} rows")
        cells = [_text(v) for v in row]
        while cells and not cells[-1]:
            cells.pop()
        out.append(cells)
        if cells:
            last = n
    return out[:last]


def _text(value: object) -> str:
    """A cell's value as the sheet shows it: a whole number without .0, a date as 2026-12-31."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
