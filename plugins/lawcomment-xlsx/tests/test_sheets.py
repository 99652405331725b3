"""Members' comment sheets in Excel workbooks, read as a CSV file's rows: columns, titles above the
header, numbers and dates as shown, other sheets said, files that are no workbook refused by name."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("lawcomment_xlsx")
openpyxl = pytest.importorskip("openpyxl")

import lawcomment  # noqa: E402
from lawcomment.cli import cli  # noqa: E402

DRAFT = ("# 示例法（草案）\n\n<!-- INFO END -->\n\n第一条 为了规范示例活动，制定本法。\n\n"
         "第二条 有关记录应当至少保存3年。\n\n第三条 本法自公布之日起施行。\n")  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    db = tmp_path / "c.db"
    store, _ = lawcomment.create_store(db, "staff")
    with store:
        lawcomment.add_draft_file(store, path, "demo", "1")
        store.add_member(lawcomment.Member("acme", "ACME (China) Ltd.", "Pharma WG"))
        store.add_member(lawcomment.Member("beta", "Beta GmbH", "Retail WG"))
    return db


def _book(path: Path, *sheets: tuple[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def _run(db: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def test_a_members_excel_sheet_is_imported_as_its_csv_would_be(db: Path, tmp_path: Path) -> None:
    """(a new user's trial of 网络数据安全管理条例) Members send Excel: `comment import 意见汇总.xlsx` was refused, "save the
    sheet as CSV". Its first filled sheet is read as a CSV file's rows: a title above the header, Chinese headers, a
    number typed as a number (2, not 2.0), a cell of several lines, a blank row counted, as the sheet numbers them."""
    book = _book(tmp_path / "意见汇总.xlsx", ("说明", []), ("备注", [["内部备注，不是意见"]]), ("意见", [
        ["关于《示例法（草案）》的意见汇总表"],
        ["会员", "条款", "原文", "修改建议", "理由"],
        ["acme", "第二条", "3", 2, "缩短保存期限。\n减轻企业负担。"],
        [],
        ["beta", "第一条", None, None, "支持本条。"],
    ]))
    result = _run(db, "comment", "import", str(book), "--draft", "demo@1")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{book}: xlsx into demo@1: 2 added, 0 already there, 0 superseded\n"
    assert f"warning: {book}: row 1 ('关于《示例法（草案）》的意见汇总表') is read as a title above the header, row 2\n" in result.stderr
    assert (f"warning: {book}: sheet '备注' is not read: only the sheet '意见' is (the one with the most rows filled); put "
            "every comment on one sheet, or save each sheet as a file of its own\n") in result.stderr
    listed = json.loads(_run(db, "comment", "list", "--draft", "demo@1", "--format", "json").stdout)["comments"]
    assert [(c["member"], c["eid"], c["stance"], c["quote"], c["proposed_text"], c["body"], c["source"]["position"])
            for c in listed] == [  # fmt: skip
        ("beta", "art_1", "support", "", None, "支持本条。", "row 5"),
        ("acme", "art_2", "amend", "3", "有关记录应当至少保存2年。", "缩短保存期限。\n减轻企业负担。", "row 3")]
    again = _run(db, "comment", "import", str(book), "--draft", "demo@1")
    assert (again.exit_code, again.stdout) == (0, f"{book}: xlsx into demo@1: 0 added, 2 already there, 0 superseded\n")


def test_a_workbooks_comments_say_xlsx_as_its_import_does(db: Path, tmp_path: Path) -> None:
    """(专利法实施细则, a trial) `import list` said xlsx and `comment list`/`show` said csv of the same rows: a workbook's
    comments are xlsx (Excel工作簿 on the tracking sheet); a workbook imported before they were, its rows stored as
    csv, is the same file's rows still (already there, a changed row replacing its own)."""
    import sqlite3

    rows = [["会员", "条款", "原文", "修改建议", "理由"], ["acme", "第二条", "3", 2, "缩短。"], ["beta", "第一条", None, None, "支持。"]]
    book = _book(tmp_path / "意见.xlsx", ("意见", rows))
    assert _run(db, "comment", "import", str(book), "--draft", "demo@1").exit_code == 0
    listed = _run(db, "comment", "list", "--draft", "demo@1").stdout.splitlines()
    assert [line.split()[5] for line in listed[1:-1]] == ["xlsx", "xlsx"], listed
    assert "  source:   xlsx, 意见.xlsx, row 3" in _run(db, "comment", "show", "2").stdout.splitlines()
    assert _run(db, "import", "list").stdout.splitlines()[1].split()[2] == "xlsx"
    sheet = _run(db, "export", "--draft", "demo@1", "--format", "csv", "--lang", "zh").stdout
    assert sheet.count(",Excel工作簿,意见.xlsx,") == 2 and "CSV表格" not in sheet, sheet
    picked = _run(db, "comment", "list", "--draft", "demo@1", "--source", "xlsx", "--format", "json").stdout
    assert [c["source"]["kind"] for c in json.loads(picked)["comments"]] == ["xlsx", "xlsx"]
    with sqlite3.connect(db) as con:  # (as a workbook's rows were stored before 2026-12-07)
        con.execute("UPDATE comments SET source_kind = 'csv'")
    again = _run(db, "comment", "import", str(book), "--draft", "demo@1")
    assert again.stdout == f"{book}: xlsx into demo@1: 0 added, 2 already there, 0 superseded\n"
    rows[1][3] = 1
    changed = _run(db, "comment", "import", str(_book(tmp_path / "意见.xlsx", ("意见", rows))), "--draft", "demo@1")
    assert changed.stdout == f"{book}: xlsx into demo@1: 1 added, 1 already there, 1 superseded\n", changed.output


@pytest.mark.parametrize(("value", "shown"), [
    (2, "2"), (2.0, "2"), (2.5, "2.5"), (True, "TRUE"), (datetime(2026, 12, 31), "2026-12-31"),
    (datetime(2026, 12, 31, 9, 30), "2026-12-31 09:30"), (None, ""), ("第二条", "第二条"),
])  # fmt: skip
def test_cells_read_as_the_sheet_shows_them(tmp_path: Path, value: object, shown: str) -> None:
    from lawcomment_xlsx.sheets import read_sheet

    rows, notes, sheet = read_sheet(_book(tmp_path / "a.xlsx", ("s", [["理由", "条款"], [value, "第一条"]])))
    assert (rows, notes, sheet) == ([["理由", "条款"], [shown, "第一条"]], [], "s")


@pytest.mark.parametrize(("name", "data", "said"), [
    ("fake.xlsx", b"PK\x03\x04 not a workbook", "not an Excel workbook that can be read (BadZipFile); open it in Excel, "
     "WPS or LibreOffice and save it as .xlsx or .csv"),
    ("text.xlsx", "会员,条款\n".encode(), "not an Excel workbook that can be read (BadZipFile); open it in Excel, WPS or "
     "LibreOffice and save it as .xlsx or .csv"),
])  # fmt: skip
def test_a_file_that_is_no_workbook_is_refused_by_name(db: Path, tmp_path: Path, name: str, data: bytes, said: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: {said}\n")


def test_an_empty_workbook_is_refused(db: Path, tmp_path: Path) -> None:
    book = _book(tmp_path / "empty.xlsx", ("Sheet1", []))
    result = _run(db, "comment", "import", str(book), "--draft", "demo@1")
    assert (result.exit_code, result.stderr) == (1, f"Error: {book}: the workbook has no sheet with anything in it\n")


def test_a_bad_row_names_the_sheets_row(db: Path, tmp_path: Path) -> None:
    book = _book(tmp_path / "bad.xlsx", ("s", [["会员", "条款", "理由"], ["acme", "第一条", "好"], ["acme", "第九十条", "?"]]))
    result = _run(db, "comment", "import", str(book), "--draft", "demo@1")
    assert (result.exit_code, result.stderr) == (1, (
        f"Error: {book}: 1 of 2 row(s) are invalid; nothing was imported (fix them, or pass --skip-invalid)\n"
        "  row 3: demo@1 has no 第九十条 (art_90); nearest: 第三条 (art_3), 第二条 (art_2), 第一条 (art_1)\n"))


def test_the_plugins_command_lists_the_comment_files_it_reads() -> None:
    result = CliRunner().invoke(cli, ["plugins"])
    assert "    comment files: .xlsm, .xlsx\n" in result.stdout


def _dimension(path: Path, ref: str) -> None:
    """Rewrite the used range the sheet's file declares (as some programs write it wrong)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    parts[name] = re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="{ref}"/>'.encode(), parts[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


@pytest.mark.parametrize("ref", ["A1:C2", "A1:XFD1048576"])
def test_the_sheets_own_cells_are_read_whatever_used_range_its_file_declares(db: Path, tmp_path: Path, ref: str) -> None:
    """(a review) A used range declared too small dropped rows and columns unsaid (3 rows, 1 imported); one declared
    a billion cells took hours. The sheet's own cells are read."""
    book = _book(tmp_path / "r.xlsx", ("s", [["会员", "条款", "理由", "修改建议"], ["acme", "第一条", "甲", None],
                                             ["beta", "第三条", "乙", None], ["acme", "第二条", "丙", "有关记录应当至少保存2年。"]]))  # fmt: skip
    _dimension(book, ref)
    result = _run(db, "comment", "import", str(book), "--draft", "demo@1")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("3 added, 0 already there, 0 superseded\n")


def test_a_formula_with_no_value_computed_is_refused_naming_its_cell(db: Path, tmp_path: Path) -> None:
    """(a review) A workbook a program wrote keeps no computed value: its formula's wording was read as empty, lost."""
    book = _book(tmp_path / "f.xlsx", ("s", [["会员", "条款", "修改建议", "理由"],
                                             ["acme", "第一条", '="为了规范"&"示例活动，制定本法。"', "简化"]]))  # fmt: skip
    result = _run(db, "comment", "import", str(book), "--draft", "demo@1")
    assert (result.exit_code, result.stderr) == (1, f"Error: {book}: sheet 's' has formulas with no value computed (C2): open "
                                                    "the workbook in Excel, WPS or LibreOffice, save it, and import it again\n")


def test_a_hidden_sheet_and_a_sheet_of_instructions_are_not_the_comments(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "h.xlsx"
    wb = openpyxl.Workbook()
    lists = wb.active
    lists.title, lists.sheet_state = "lists", "hidden"
    for row in [["stance"], ["修改"], ["支持"], ["反对"], ["提问"], ["意见"]]:
        lists.append(row)
    notes = wb.create_sheet("填表说明")
    notes.append(["请在「意见」工作表填写，每条意见一行。"])
    sheet = wb.create_sheet("意见")
    for row in [["会员", "条款", "理由"], ["acme", "第一条", "甲"], ["beta", "第三条", "乙"]]:
        sheet.append(row)
    wb.save(path)
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("2 added, 0 already there, 0 superseded\n")
    assert "'lists'" not in result.stderr and "sheet '填表说明' is not read" in result.stderr


def test_a_cell_under_no_header_is_said_as_a_sheet_has_it(db: Path, tmp_path: Path) -> None:
    book = _book(tmp_path / "x.xlsx", ("s", [["会员", "条款", "理由"], ["acme", "第一条", "甲", "多出的文字"]]))
    result = _run(db, "comment", "import", str(book), "--draft", "demo@1")
    assert result.exit_code == 1
    assert ("row 2: 4 cells for the header's 3 columns (「多出的文字」 past the last): give that column a header lawcomment "
            "reads, or move its words into a column that has one") in result.stderr, result.stderr


def test_a_zip_bomb_is_refused_before_it_is_read(db: Path, tmp_path: Path) -> None:
    import zipfile

    from lawcomment_xlsx import sheets

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (sheets.MOST_INFLATED + 1) + b"</a>")
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: the workbook is larger, unpacked, than any comment "
                                                    "sheet (more than 256 MiB or 10,000 parts): not read\n")  # fmt: skip


def test_one_part_packed_past_the_ratio_lawcomment_reads_a_docx_at_is_refused(db: Path, tmp_path: Path) -> None:
    """(a security review) 250 KB holding one cell of 240 MB took 2.4 GB and 11 s of the web server
    before it was refused: a part packed more than 200 to 1 is refused before it is inflated."""
    import zipfile

    path = _book(tmp_path / "one-cell.xlsx", ("意见", [["会员", "条款", "理由"], ["acme", "第二条", "x"]]))
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"<v>", b"<v>" + b"a" * (3 * 2**20), 1) if b"<v>" in sheet else \
        sheet.replace(b"</worksheet>", b"<!--" + b"a" * (3 * 2**20) + b"--></worksheet>")  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: {path}: the workbook's part xl/worksheets/sheet1.xml unpacks to 3 MiB, more than any "
                             "comment sheet's (a part is read up to 64 MiB, packed at most 200 to 1): not read\n")  # fmt: skip


def test_a_cell_longer_than_excel_holds_is_refused_naming_it(db: Path, tmp_path: Path) -> None:
    """A program writing the workbook itself may put more in a cell than Excel's 32,767 characters:
    refused, the cell named (openpyxl itself writes no more: the file is made longer by hand)."""
    import zipfile

    path = _book(tmp_path / "long.xlsx", ("意见", [["会员", "条款", "理由"], ["acme", "第二条", "甲" * 32_767]]))
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    # (openpyxl writes it as character references)
    parts = {name: data.replace(b"&#30002;" * 32_767, b"&#30002;" * 40_000) for name, data in parts.items()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: sheet '意见', cell C2 (row 2, column 3): 40,000 "
                                                    "characters, more than a cell may hold (32,767, as in Excel): split "
                                                    "the text over rows, or shorten it\n")  # fmt: skip


_HEADER = ["会员", "条款", "原文", "修改建议", "理由"]


@pytest.mark.parametrize(("hidden_first", "added"), [(True, "1 added"), (False, "2 added")])
def test_a_hidden_sheet_of_comments_is_said_not_read(db: Path, tmp_path: Path, hidden_first: bool, added: str) -> None:
    """A trial (hiddenfirst.xlsx, hiddensecond.xlsx): a hidden sheet's comments were dropped unsaid. A hidden
    sheet is still never read (a template's list of choices, an old version kept out of sight), but one holding
    rows under a comment header is said, naming it and its rows."""
    path = tmp_path / "h.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    shown = [["acme", "第一条", None, None, "可见页"], *([["beta", "第二条", None, None, "b"]] if not hidden_first else [])]
    sheets = [("旧版", [["关于示例法的意见"], _HEADER, ["beta", "第三条", None, None, "隐藏页意见"], [],
                        ["acme", "第三条", None, None, "又一条"]]), ("汇总", [_HEADER, *shown])]  # fmt: skip
    for title, rows in sheets if hidden_first else sheets[::-1]:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb["旧版"].sheet_state = "hidden"
    wb.active = wb.worksheets.index(wb["汇总"])
    wb.save(path)
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(f"{added}, 0 already there, 0 superseded\n")
    assert result.stderr == (f"warning: {path}: sheet '旧版' is hidden and not read: it holds 2 row(s) below a comment "
                             "header (row 2); to import them, unhide the sheet and save it as a file of its own (a "
                             "hidden sheet is never read)\n")  # fmt: skip


def test_a_workbook_whose_only_comments_are_hidden_says_so(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "h.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["请填写意见表"])
    ws = wb.create_sheet("意见")
    for row in [_HEADER, ["acme", "第一条", None, None, "x"]]:
        ws.append(row)
    ws.sheet_state = "hidden"
    wb.save(path)
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert result.exit_code == 1
    # (专利法实施细则, a trial: "line 1" of a workbook) the sheet read, and its row
    assert result.stderr.startswith(f"Error: {path}: sheet '说明', row 1: no article column")
    assert result.stderr.endswith("(sheet '意见' is hidden and not read: it holds 1 row(s) below a comment header (row 1); "
                                  "to import them, unhide the sheet and save it as a file of its own (a hidden sheet is "
                                  "never read))\n")  # fmt: skip


@pytest.mark.parametrize(("header", "said"), [
    (["会员", "理由"], "no article column (expected one of: article, eid, at, citation, unit, 条款, 条文, 条目, 位置, 具体条款, "
                     "涉及条款, 条款序号)"),
    (["会员", "条款", "理由", "说明"], "two columns mean 'reason' (the second is '说明')"),
])  # fmt: skip
def test_a_sheets_header_refused_names_the_sheet_and_its_row(db: Path, tmp_path: Path, header: list[str], said: str) -> None:
    """(专利法实施细则, a trial) A workbook's header was refused at "line 1": a sheet has rows, and a name."""
    book = _book(tmp_path / "h.xlsx", ("意见", [header, ["acme", "第一条", "x", "y"]]))
    result = _run(db, "comment", "import", str(book), "--draft", "demo@1")
    assert (result.exit_code, result.stderr) == (1, f"Error: {book}: sheet '意见', row 1: {said}\n")


def test_a_reader_that_names_no_sheet_is_told_its_row(tmp_path: Path) -> None:
    from lawcomment import CommentReader, InputError
    from lawcomment.consultation.bulk import _sheet_rows

    path = tmp_path / "s.ods"
    path.write_bytes(b"x")
    reader = CommentReader("ods", (".ods",), lambda p: ([["会员", "理由"], ["acme", "x"]], []))
    with pytest.raises(InputError) as refused:
        _sheet_rows(path, reader, None)
    assert str(refused.value).startswith(f"{path}: row 1: no article column")


def _merged_book(path: Path, rows: list[list[object]], *ranges: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "意见"
    for row in rows:
        ws.append(row)
    for cells in ranges:
        ws.merge_cells(cells)
    wb.save(path)
    return path


def test_a_cell_merged_down_is_each_rows_said_with_its_range(db: Path, tmp_path: Path) -> None:
    """A trial (merged.xlsx): the member merged over A2:A4 gave "row 3: no member", "row 4: no member",
    the merge unsaid. A cell merged down a column is each row's, as a form's 理由 merged down is, said."""
    path = _merged_book(tmp_path / "m.xlsx", [["关于示例法的意见"], _HEADER, ["acme", "第一条", None, None, "一"],
                                              [None, "第二条", None, None, "二"], [None, "第三条", None, None, "三"], [],
                                              ["beta", "第一条", None, None, "四"]], "A1:E1", "A3:A6")  # fmt: skip
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"warning: {path}: sheet '意见', cells A3:A6 are merged (column '会员'): 「acme」 is read in "
                             f"each of rows 3 to 6\nwarning: {path}: row 1 ('关于示例法的意见') is read as a title above "
                             "the header, row 2\n")  # fmt: skip
    listed = json.loads(_run(db, "comment", "list", "--draft", "demo@1", "--format", "json").stdout)["comments"]
    assert sorted((c["member"], c["source"]["position"]) for c in listed) == [
        ("acme", "row 3"), ("acme", "row 4"), ("acme", "row 5"), ("beta", "row 7")]  # fmt: skip


@pytest.mark.parametrize(("rows", "cells", "said"), [
    # a wording merged over two rows: which article's it is, is not known
    ([_HEADER, ["acme", "第一条", None, "为了规范示例活动，制定本条例。", "一"], ["acme", "第二条", None, None, "二"]], "D2:D3",
     (1, "Error: {path}: sheet '意见', cells D2:D3 are merged (column '修改建议'): one wording for rows 2 to 3, which of "
         "them it words is not known; unmerge the cells and give each row its own\n")),
    # a wording merged with its reason (merged2.xlsx): its words read in the first cell, said
    ([_HEADER, ["acme", "第一条", None, "为了规范示例活动，制定本条例。", None]], "D2:E2",
     (0, "warning: {path}: sheet '意见', cells D2:E2 are merged across columns: their words are read in D2 (column "
         "'修改建议') only\n")),
])  # fmt: skip
def test_a_merged_wording_is_refused_or_said(db: Path, tmp_path: Path, rows: list[list[object]], cells: str,
                                              said: tuple[int, str]) -> None:  # fmt: skip
    path = _merged_book(tmp_path / "m.xlsx", rows, cells)
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert (result.exit_code, result.stderr) == (said[0], said[1].format(path=path))


def _covered_book(path: Path, rows: list[list[object]], merges: str, *, rels: tuple[str, str] | None = None) -> Path:
    """A workbook whose covered cells keep their own values, as LibreOffice's "keep the contents of the hidden
    cells" and programs writing the file leave them: the sheet's part written with ``merges`` (its XML, as given)
    after its rows, which openpyxl's merge_cells would have emptied. ``rels``: a text of the workbook's
    relationships replaced by another."""
    import zipfile

    plain = _merged_book(path.with_suffix(".plain.xlsx"), rows)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b"</sheetData>" + merges.encode(), 1)
            if rels is not None and info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(rels[0].encode(), rels[1].encode())
            out.writestr(info, data)
    return path


def _comments(db: Path) -> list[tuple[str, str, str]]:
    listed = json.loads(_run(db, "comment", "list", "--draft", "demo@1", "--format", "json").stdout)["comments"]
    return sorted((c["source"]["position"], c["member"], c["body"]) for c in listed)


_ROWS = [_HEADER, ["acme", "第一条", None, None, "一"], ["beta", "第二条", None, None, "二"],
         ["gamma", "第三条", None, None, "三"]]  # fmt: skip


def test_a_covered_cell_with_a_value_of_its_own_keeps_it_said(db: Path, tmp_path: Path) -> None:
    """A review: A2:A4 merged, its covered cells holding beta and gamma (LibreOffice's "keep the contents of
    the hidden cells"), stored all three comments for acme, beta's and gamma's lost unsaid. A covered cell's
    own words are its own, said naming the cell."""
    with lawcomment.open_store(db) as store:
        store.add_member(lawcomment.Member("gamma", "Gamma AG", "Retail WG"))
    path = _covered_book(tmp_path / "m.xlsx", _ROWS, '<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>')
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"warning: {path}: sheet '意见', cells A2:A4 are merged (column '会员'), but the covered "
                             "cell(s) A3 「beta」, A4 「gamma」 hold words of their own, hidden under the merged cell: each "
                             "is read as its own cell's (unmerge the cells to see them)\n")  # fmt: skip
    assert _comments(db) == [("row 2", "acme", "一"), ("row 3", "beta", "二"), ("row 4", "gamma", "三")]


def test_only_the_empty_covered_cells_take_the_merged_value(db: Path, tmp_path: Path) -> None:
    """Rows 2 to 5 merged in the member column, row 4's cell holding beta: rows 3 and 5 are acme's, row 4 beta's."""
    rows = [_HEADER, ["acme", "第一条", None, None, "一"], [None, "第二条", None, None, "二"],
            ["beta", "第三条", None, None, "三"], [None, "第一条", None, None, "四"]]  # fmt: skip
    path = _covered_book(tmp_path / "m.xlsx", rows, '<mergeCells count="1"><mergeCell ref="A2:A5"/></mergeCells>')
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"warning: {path}: sheet '意见', cells A2:A5 are merged (column '会员'): 「acme」 is read in "
                             f"rows 2 to 3, 5\nwarning: {path}: sheet '意见', cells A2:A5 are merged (column '会员'), but "
                             "the covered cell(s) A4 「beta」 hold words of their own, hidden under the merged cell: each "
                             "is read as its own cell's (unmerge the cells to see them)\n")  # fmt: skip
    assert _comments(db) == [("row 2", "acme", "一"), ("row 3", "acme", "二"), ("row 4", "beta", "三"),
                             ("row 5", "acme", "四")]  # fmt: skip


@pytest.mark.parametrize("merges", [
    "<mergeCells count='1'><mergeCell ref='A2:A4'/></mergeCells>",  # single quotes, as an XML writer may put them
    '<x:mergeCells xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1">'
    '<x:mergeCell ref="A2:A4"></x:mergeCell></x:mergeCells>',  # a prefix of its own, the element written open and shut
])  # fmt: skip
def test_merged_cells_are_read_however_the_xml_writes_them(db: Path, tmp_path: Path, merges: str) -> None:
    """A review: merges listed ref='…' (single quotes) were skipped unsaid, and row 3 said "no member"."""
    rows = [_HEADER, ["acme", "第一条", None, None, "一"], [None, "第二条", None, None, "二"], [None, "第三条", None, None, "三"]]
    path = _covered_book(tmp_path / "m.xlsx", rows, merges)
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert (result.exit_code, result.stderr) == (0, f"warning: {path}: sheet '意见', cells A2:A4 are merged (column "
                                                    "'会员'): 「acme」 is read in each of rows 2 to 4\n")  # fmt: skip
    assert _comments(db) == [("row 2", "acme", "一"), ("row 3", "acme", "二"), ("row 4", "acme", "三")]


def test_a_sheet_found_by_an_absolute_target(db: Path, tmp_path: Path) -> None:
    """The workbook's relationship to its sheet may name the part from the package's root (/xl/worksheets/…)."""
    rows = [_HEADER, ["acme", "第一条", None, None, "一"], [None, "第二条", None, None, "二"]]
    path = _covered_book(tmp_path / "m.xlsx", rows, '<mergeCells><mergeCell ref="A2:A3"/></mergeCells>',
                         rels=('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"'))
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert (result.exit_code, result.stderr) == (0, f"warning: {path}: sheet '意见', cells A2:A3 are merged (column "
                                                    "'会员'): 「acme」 is read in each of rows 2 to 3\n")  # fmt: skip


def test_a_wording_over_rows_whose_covered_cells_hold_their_own_is_theirs(db: Path, tmp_path: Path) -> None:
    """A wording merged over rows 2 and 3 whose covered cell holds row 3's own wording: each row's is known."""
    rows = [_HEADER, ["acme", "第一条", None, "为了规范示例活动，制定本条例。", "一"],
            ["acme", "第二条", None, "有关记录应当至少保存5年。", "二"]]  # fmt: skip
    path = _covered_book(tmp_path / "m.xlsx", rows, '<mergeCells><mergeCell ref="D2:D3"/></mergeCells>')
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"warning: {path}: sheet '意见', cells D2:D3 are merged (column '修改建议'), but the covered "
                             "cell(s) D3 「有关记录应当至少保存5年。」 hold words of their own, hidden under the merged cell: "
                             "each is read as its own cell's (unmerge the cells to see them)\n")  # fmt: skip


def test_merged_cells_that_cannot_be_read_are_said(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A review: the merges were read through openpyxl's private _worksheet_path, and skipped unsaid without it.
    A sheet whose part the package does not name, or a range that is no range of cells, is said."""
    import lawcomment_xlsx.sheets as sheets

    rows = [_HEADER, ["acme", "第一条", None, None, "一"], [None, "第二条", None, None, "二"]]
    path = _covered_book(tmp_path / "m.xlsx", rows, '<mergeCells><mergeCell ref="A2:A3"/></mergeCells>')

    def lost(path: Path, title: str) -> str:
        raise ValueError("no part for the sheet '意见'")

    with monkeypatch.context() as patched:
        patched.setattr(sheets, "_sheet_part", lost)
        assert sheets.read_sheet(path)[1] == [
            f"{path}: sheet '意见': its merged cells cannot be read (no part for the sheet '意见'): a cell merged over "
            "rows is read in its first row only; unmerge the cells, or save the workbook again in Excel, WPS or "
            "LibreOffice"]  # fmt: skip
    with monkeypatch.context() as patched:
        patched.setattr(sheets, "_merge_refs", lambda path, part: ["A:A", "A2:A3"])
        assert sheets.read_sheet(path)[1] == [
            f"{path}: sheet '意见': the merged range 'A:A' cannot be read: its cells are read as they are, not as merged",
            f"{path}: sheet '意见', cells A2:A3 are merged (column '会员'): 「acme」 is read in each of rows 2 to 3"]


@pytest.mark.parametrize("ref", ["A2:", "A:A"])
def test_a_merge_openpyxl_cannot_read_is_refused_without_a_traceback(db: Path, tmp_path: Path, ref: str) -> None:
    """A review: a merged range that is no range of cells (ref="A2:") gave openpyxl's ValueError as a traceback."""
    rows = [_HEADER, ["acme", "第一条", None, None, "一"]]
    path = _covered_book(tmp_path / "m.xlsx", rows, f'<mergeCells><mergeCell ref="{ref}"/></mergeCells>')
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith(f"Error: {path}: sheet '意见' cannot be read (")
    assert result.stderr.endswith("); open the workbook in Excel, WPS or LibreOffice and save it again\n")


def test_a_sheet_merging_millions_of_cells_is_refused(db: Path, tmp_path: Path) -> None:
    """A few kilobytes can list merges over millions of cells, each looked at: refused past MOST_CELLS."""
    merges = "<mergeCells>" + "".join(f'<mergeCell ref="A2:XFD{n}"/>' for n in range(1000, 1400)) + "</mergeCells>"
    rows = [_HEADER, *(["acme", "第一条", None, None, str(n)] for n in range(1400))]
    path = _covered_book(tmp_path / "m.xlsx", rows, merges)
    result = _run(db, "comment", "import", str(path), "--draft", "demo@1")
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: sheet '意见' merges more than 2,000,000 cells: no "
                                                    "comment sheet does\n")  # fmt: skip
