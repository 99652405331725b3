"""Members' comment sheets in Excel workbooks (.xlsx, .xlsm): the comment sheet's cells as text,
row by row, for ``comment import`` to read as it reads a CSV file's rows."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from lawcomment import InputError
from lawcomment.limits import MAX_CELL_CHARS, MAX_PART_BYTES, MAX_RATIO, RATIO_FLOOR

#: The most rows read from a sheet (Excel's own limit): a workbook claiming more is refused, not read.
MOST_ROWS = 1_048_576
#: The most cells read from a workbook (a comment sheet has a few thousand; the NPC's 114,574 comments in
#: eight columns, under a million): a few kilobytes can declare a sheet of a billion empty cells, which
#: would take hours to walk (a security review's 340 KB of four million cells took 25 s to refuse at five million).
MOST_CELLS = 2_000_000
#: The most characters a cell's text may hold: Excel's own limit, lawcomment's for a cell of any comment sheet,
#: a CSV file's too (a program writing the file itself may put more in; a review's one cell of 240 MB took 2.4 GB
#: to read).
MOST_CELL_CHARS = MAX_CELL_CHARS
#: The most a workbook's parts may inflate to, together, and the most entries it may hold (a zip bomb refused
#: before it is read, as lawcomment refuses one in a .docx).
MOST_INFLATED, MOST_ENTRIES = 256 * 1024 * 1024, 10_000


def read_sheet(path: Path) -> tuple[list[list[str]], list[str], str]:
    """The rows of the visible sheet of the workbook at ``path`` with the most rows filled (the one
    open when it was saved on a tie), each a list of its cells as text (numbers as a spreadsheet
    shows them, 2026-12-31 for a date, a formula's last computed value), blank rows kept so that row
    numbers are the sheet's; a note for each other filled sheet, which is not read, and for each
    hidden sheet holding comments under a comment header (:func:`_hidden_comments`), which is not
    read either; and the sheet's name, for messages to name it. Cells merged down a column give their
    value to each row they cover whose cell is empty, said; a covered cell's own words are kept, said
    (:func:`_merged`). InputError for a file
    that is no workbook, a zip bomb, a sheet openpyxl cannot read, a formula with no value computed,
    or a wording merged over rows."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    _refuse_a_bomb(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError(str(path), f"not an Excel workbook that can be read ({type(exc).__name__}); open it in Excel, "
                                    "WPS or LibreOffice and save it as .xlsx or .csv") from None  # fmt: skip
    try:
        # the visible sheets (a template's hidden sheet of drop-down lists is no comment sheet), the active one first
        sheets = [ws for ws in book.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        active = book.active if book.active in sheets else None
        sheets = [*([active] if active is not None else []), *(ws for ws in sheets if ws is not active)]
        filled: list[tuple[str, list[list[str]]]] = []
        budget = [MOST_CELLS]
        for sheet in sheets:
            rows = _rows(path, sheet, budget)
            if rows:
                filled.append((sheet.title, rows))
        # a hidden sheet is never read (a template's list of choices; an old version kept out of sight), but one
        # holding comments is said, never dropped unsaid (a trial's hidden first sheet held a member's comment)
        hidden = [_hidden_comments(path, ws, _rows(path, ws, budget)) for ws in book.worksheets if ws not in sheets]
    finally:
        book.close()
    unseen = [note for note in hidden if note is not None]
    if not filled:
        if unseen:
            raise InputError(str(path), f"the workbook has no visible sheet with anything in it ({'; '.join(unseen)})")
        raise InputError(str(path), "the workbook has no sheet with anything in it")
    # the sheet of comments: the one with the most rows filled (a 填表说明 sheet has a few lines), the open one on a tie
    best = max(range(len(filled)), key=lambda k: (sum(1 for r in filled[k][1] if r), -k))
    (title, rows), others = filled[best], filled[:best] + filled[best + 1:]
    _refuse_uncomputed(path, title, rows)
    merged = _merged(path, title, rows)
    notes = [f"{path}: sheet {other!r} is not read: only the sheet {title!r} is (the one with the most rows filled); put "
             "every comment on one sheet, or save each sheet as a file of its own" for other, _ in others]  # fmt: skip
    return rows, [*notes, *(f"{path}: {note}" for note in unseen), *(f"{path}: {note}" for note in merged)], title


def _header_row(rows: list[list[str]]) -> int | None:
    """The index of a sheet's comment header among its first rows (a title may stand above it): the
    row with a cell naming the article column, as a CSV file's header is found; None if none does."""
    from lawcomment.consultation import comment_column as column_of

    return next((k for k, row in enumerate(rows[:4]) if any(column_of(c) == "article" for c in row)), None)


def _hidden_comments(path: Path, sheet: Any, rows: list[list[str]]) -> str | None:
    """What to say of a hidden sheet that holds comments (a comment header, rows below it), which is
    not read; None for one that holds none (a list of choices for drop-downs)."""
    head = _header_row(rows)
    if head is None:
        return None
    below = sum(1 for row in rows[head + 1:] if row)
    if not below:
        return None
    return (f"sheet {sheet.title!r} is hidden and not read: it holds {below} row(s) below a comment header (row "
            f"{head + 1}); to import them, unhide the sheet and save it as a file of its own (a hidden sheet is never "
            "read)")


#: The columns whose cell is one row's own words of the law: merged over rows, which row's they are is not known.
_OWN_ROWS = frozenset({"proposed_text", "quote"})
#: The namespaces of a package's relationships, and of a relationship's id in a workbook (transitional, strict).
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL_IDS = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "http://purl.oclc.org/ooxml/officeDocument/relationships")  # fmt: skip


def _xml_parser(**options: Any) -> Any:
    """A parser of a workbook's XML that loads no DTD, expands no entity and reaches no network."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, **options)


def _local(tag: object) -> str:
    """An element's name without its namespace (``mergeCell`` for ``{…main}mergeCell``)."""
    return str(tag).rpartition("}")[2]


def _sheet_part(path: Path, title: str) -> str:
    """The part of the workbook at ``path`` that holds the sheet named ``title``, found as a
    spreadsheet program finds it: the package's relationships name the workbook part, whose
    sheet list gives the sheet's relationship, whose target is the part. ValueError saying why
    when the package does not say."""
    import posixpath
    import zipfile

    from lxml import etree

    def related(z: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        if rels not in z.namelist():
            raise ValueError(f"no {rels}")
        out = {}
        for rel in etree.fromstring(z.read(rels), _xml_parser()).iter(f"{{{_PACKAGE_RELS}}}Relationship"):
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id", "")] = (rel.get("Type", ""), target)
        return out

    with zipfile.ZipFile(path) as z:  # (its parts' sizes checked before anything was read)
        book = next((target for kind, target in related(z, "").values() if kind.endswith("/officeDocument")), None)
        if book is None or book not in z.namelist():
            raise ValueError("no workbook part")
        sheets = related(z, book)
        for sheet in etree.fromstring(z.read(book), _xml_parser()).iter():
            if _local(sheet.tag) == "sheet" and sheet.get("name") == title:
                rid = next((sheet.get(f"{{{ns}}}id") for ns in _REL_IDS if sheet.get(f"{{{ns}}}id")), None)
                part = sheets.get(rid or "", ("", ""))[1]
                if part not in z.namelist():
                    raise ValueError(f"no part for the sheet {title!r}")
                return part
    raise ValueError(f"no sheet {title!r} in the workbook part")


def _merge_refs(path: Path, part: str) -> list[str]:
    """The ``ref`` of each merged range the sheet's ``part`` lists (<mergeCell ref="A2:A4"/>, with
    any prefix and either quote), read through the part as a stream: its rows are let go as they
    are passed, never all held."""
    import zipfile

    from lxml import etree

    refs = []
    with zipfile.ZipFile(path) as z, z.open(part) as fh:
        for _, element in etree.iterparse(fh, events=("end",), tag=("{*}row", "{*}mergeCell"), resolve_entities=False,
                                          no_network=True, load_dtd=False, huge_tree=False):  # fmt: skip
            if _local(element.tag) == "mergeCell":
                refs.append(element.get("ref", ""))
            element.clear()
            while element.getprevious() is not None:
                del element.getparent()[0]
    return refs


def _merged(path: Path, title: str, rows: list[list[str]]) -> list[str]:
    """Cells merged in the sheet read (``rows``, changed in place) below its header: a range down a
    column gives its first cell's value to each row it covers whose cell is empty (a member or an
    article merged over its comments' rows, as a form's 理由 merged down is each row's), said; one
    across columns leaves its words in its first cell, said. A covered cell holding words of its own
    (LibreOffice keeps them when asked to, a program may write them) keeps them, said naming the
    cell: the merged cell hides them, and they are read as the cell's own, never overwritten. A
    wording or quote merged over rows whose covered cells are empty is refused, naming it. Merged
    cells that cannot be read from the package are said, never passed over unsaid."""
    from openpyxl.utils import get_column_letter, range_boundaries

    from lawcomment.consultation import comment_column as column_of

    head = _header_row(rows)
    if head is None:
        return []
    try:
        refs = _merge_refs(path, _sheet_part(path, title))
    except (OSError, ValueError, KeyError, SyntaxError) as exc:  # (lxml's XMLSyntaxError is a SyntaxError)
        return [f"sheet {title!r}: its merged cells cannot be read ({exc}): a cell merged over rows is read in its "
                "first row only; unmerge the cells, or save the workbook again in Excel, WPS or LibreOffice"]  # fmt: skip
    header = rows[head]
    notes = []
    budget = MOST_CELLS  # the covered cells looked at, all ranges together (a few kilobytes can list millions)
    widest = max(map(len, rows))
    for ref in refs:
        try:
            left, top, right, bottom = range_boundaries(ref)
        except (ValueError, TypeError):
            left = top = right = bottom = None
        if left is None or top is None or right is None or bottom is None:
            notes.append(f"sheet {title!r}: the merged range {ref!r} cannot be read: its cells are read as they are, "
                         "not as merged")  # fmt: skip
            continue
        if top <= head + 1 or top > len(rows):  # (a title merged across the top, the header's own; below the last row)
            continue
        cells, bottom = f"{get_column_letter(left)}{top}:{get_column_letter(right)}{bottom}", min(bottom, len(rows))
        budget -= (bottom - top + 1) * max(1, min(right, widest) - left + 1)
        if budget < 0:
            raise InputError(str(path), f"sheet {title!r} merges more than {MOST_CELLS:,} cells: no comment sheet does")
        first = _cell(rows[top - 1], left)
        name = header[left - 1].strip() if left - 1 < len(header) else ""
        named = f" (column {name!r})" if name else ""
        # the covered cells: empty ones take the first cell's value down its column; one holding words keeps them
        empty = [n for n in range(top + 1, bottom + 1) if rows[n - 1] and not _cell(rows[n - 1], left)]
        own = [(n, k) for n in range(top, bottom + 1) for k in range(left, min(right, len(rows[n - 1])) + 1)
               if (n, k) != (top, left) and rows[n - 1][k - 1] and not (k == left and rows[n - 1][k - 1] == first)]  # fmt: skip
        if first and empty:
            if column_of(name) in _OWN_ROWS:
                raise InputError(str(path), f"sheet {title!r}, cells {cells} are merged{named}: one wording for rows "
                                            f"{top} to {bottom}, which of them it words is not known; unmerge the cells "
                                            "and give each row its own")  # fmt: skip
            for n in empty:  # (a blank row under the range stays blank: no row made of the merged cell alone)
                row = rows[n - 1]
                row.extend([""] * (left - len(row)))
                row[left - 1] = first
            kept = {n for n, k in own if k == left}  # (rows whose cell keeps words of its own)
            where = (f"each of rows {top} to {bottom}" if not kept else
                     f"rows {_spans([n for n in range(top, bottom + 1) if n not in kept])}")  # fmt: skip
            notes.append(f"sheet {title!r}, cells {cells} are merged{named}: 「{_shown(first)}」 is read in {where}")
        if own:
            listed = ", ".join(f"{get_column_letter(k)}{n} 「{_shown(_cell(rows[n - 1], k))}」" for n, k in own[:5])
            more = f" and {len(own) - 5} more" if len(own) > 5 else ""
            notes.append(f"sheet {title!r}, cells {cells} are merged{named}, but the covered cell(s) {listed}{more} hold "
                         "words of their own, hidden under the merged cell: each is read as its own cell's (unmerge the "
                         "cells to see them)")  # fmt: skip
        elif right > left and first:
            notes.append(f"sheet {title!r}, cells {cells} are merged across columns: their words are read in "
                         f"{get_column_letter(left)}{top}{named} only")  # fmt: skip
    return notes


def _cell(row: list[str], column: int) -> str:
    """The text of a row's cell in ``column`` (from 1): "" past its last filled cell."""
    return row[column - 1] if column - 1 < len(row) else ""


def _shown(text: str) -> str:
    """A cell's words as a note quotes them: on one line, cut at 20 characters."""
    shown = " ".join(text.split())
    return shown if len(shown) <= 20 else shown[:20] + "…"


def _spans(numbers: list[int]) -> str:
    """Row numbers as runs: ``2, 5 to 7``."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a} to {b}" for a, b in runs)


def _refuse_a_bomb(path: Path) -> None:
    """Refuse a workbook whose zip declares more entries, or parts inflating to more, than any
    comment sheet needs (MOST_ENTRIES, MOST_INFLATED), a part inflating past lawcomment's cap of
    one (MAX_PART_BYTES) or more than MAX_RATIO times its packed size, as a .docx's is, before a
    byte of it is inflated (a review's 250 KB workbook held one cell of 240 MB)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(str(path), f"not an Excel workbook that can be read ({type(exc).__name__}); open it in Excel, "
                                    "WPS or LibreOffice and save it as .xlsx or .csv") from None  # fmt: skip
    if len(infos) > MOST_ENTRIES or sum(i.file_size for i in infos) > MOST_INFLATED:
        raise InputError(str(path), "the workbook is larger, unpacked, than any comment sheet (more than "
                                    f"{MOST_INFLATED // 2**20} MiB or {MOST_ENTRIES:,} parts): not read")  # fmt: skip
    for i in infos:
        if i.file_size > MAX_PART_BYTES or (i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1)):
            raise InputError(str(path), f"the workbook's part {i.filename} unpacks to {i.file_size // 2**20} MiB, more "
                                        f"than any comment sheet's (a part is read up to {MAX_PART_BYTES // 2**20} MiB, "
                                        f"packed at most {MAX_RATIO} to 1): not read")  # fmt: skip


def _refuse_uncomputed(path: Path, title: str, rows: list[list[str]]) -> None:
    """Refuse a sheet holding a formula with no value computed (a workbook written by a program that
    computes none): read as empty, the words it gives would be lost unsaid (a review's wording was)."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    book = load_workbook(path, read_only=True, data_only=False)
    try:
        sheet = book[title]
        sheet.reset_dimensions()
        blank: list[str] = []
        for n, row in enumerate(sheet.iter_rows(values_only=True, max_row=len(rows)), 1):
            for k, value in enumerate(row):
                if isinstance(value, str) and value.startswith("=") and not (k < len(rows[n - 1]) and rows[n - 1][k]):
                    blank.append(f"{get_column_letter(k + 1)}{n}")
    finally:
        book.close()
    if blank:
        shown = ", ".join(blank[:5]) + (f" and {len(blank) - 5} more" if len(blank) > 5 else "")
        raise InputError(str(path), f"sheet {title!r} has formulas with no value computed ({shown}): open the workbook "
                                    "in Excel, WPS or LibreOffice, save it, and import it again")  # fmt: skip


def _rows(path: Path, sheet: Any, budget: list[int]) -> list[list[str]]:
    """A sheet's rows as text, without the empty cells and rows after the last filled ones; each
    cell read counted off ``budget`` (MOST_CELLS for the workbook). InputError, naming the sheet, for
    one openpyxl cannot read."""
    from zipfile import BadZipFile

    # the sheet's own cells, never the used range its file declares: a program's may say less (its rows past it
    # dropped unsaid) or a billion cells more (hours to walk), as a review's workbooks did
    sheet.reset_dimensions()
    out: list[list[str]] = []
    last = 0  # rows up to the last with something in it
    try:
        for n, row in enumerate(sheet.iter_rows(values_only=True), 1):
            if n > MOST_ROWS:
                raise InputError(str(path), f"sheet {sheet.title!r} has more than {MOST_ROWS:,} rows")
            budget[0] -= len(row)
            if budget[0] < 0:
                raise InputError(str(path), f"the workbook holds more than {MOST_CELLS:,} cells: no comment sheet does")
            cells = [_text(v) for v in row]
            if any(len(c) > MOST_CELL_CHARS for c in cells):
                from openpyxl.utils import get_column_letter

                k = next(k for k, c in enumerate(cells) if len(c) > MOST_CELL_CHARS)
                # (said as a CSV file's cell is, the sheet's own name of the cell beside it)
                raise InputError(str(path), f"sheet {sheet.title!r}, cell {get_column_letter(k + 1)}{n} (row {n}, column "
                                            f"{k + 1}): {len(cells[k]):,} characters, more than a cell may hold "
                                            f"({MOST_CELL_CHARS:,}, as in Excel): split the text over rows, or shorten it")  # fmt: skip
            while cells and not cells[-1]:
                cells.pop()
            out.append(cells)
            if cells:
                last = n
    except (ValueError, TypeError, KeyError, IndexError, SyntaxError, EOFError, OSError, BadZipFile) as exc:
        # (a part openpyxl cannot read: a merged range that is no range, a cell of no known type; never a traceback)
        raise InputError(str(path), f"sheet {sheet.title!r} cannot be read ({type(exc).__name__}: {str(exc)[:80]}); open "
                                    "the workbook in Excel, WPS or LibreOffice and save it again") from None  # fmt: skip
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
