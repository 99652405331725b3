"""The tracking workbook: sheets, one row per comment, formulas neutralised, CLI listing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("lawcomment_xlsx")
openpyxl = pytest.importorskip("openpyxl")

import lawcomment  # noqa: E402
from lawcomment.cli import cli  # noqa: E402
from lawcomment.position import decide  # noqa: E402

DRAFT = "# 示例法（草案）\n\n<!-- INFO END -->\n\n第一条 为了规范示例活动，制定本法。\n\n第二条 本法自公布之日起施行。\n"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    db = tmp_path / "c.db"
    store, _ = lawcomment.Store.create(db, "staff")
    with store:
        lawcomment.add_draft_file(store, path, "demo", "1")
        store.add_member(lawcomment.Member("acme", "ACME", "Pharma WG"))
        store.add_member(lawcomment.Member("beta", "Beta", "Retail WG"))
        lawcomment.add_comment(store, "demo@1", "acme", "第一条", propose="为了规范和促进示例活动，制定本法。", reason="=HYPERLINK(\"x\")")
        lawcomment.add_comment(store, "demo@1", "beta", "第二条", reason="+1 support", stance="support")
        decide(store, "demo@1", "art_1", accept="c1")  # the committee position holds what staff accepted
    return db


def test_workbook_sheets_rows_and_safe_cells(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    result = CliRunner().invoke(cli, ["--db", str(store_path), "export", "--draft", "demo@1", "--format", "xlsx",
                                      "-o", str(out)])  # fmt: skip
    assert (result.exit_code, result.stderr) == (0, ""), result.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Comments", "Articles", "Decisions"]
    rows = list(wb["Comments"].iter_rows(values_only=True))
    assert rows[0][:4] == ("comment", "citation", "eid", "member")
    assert [(r[1], r[3], r[6]) for r in rows[1:]] == [("第一条", "acme", "amend"), ("第二条", "beta", "support")]
    reason = wb["Comments"].cell(row=2, column=11)
    assert reason.value == '=HYPERLINK("x")' and reason.data_type == "s"  # text, never a formula
    articles = list(wb["Articles"].iter_rows(values_only=True))
    assert [(r[0], r[2], r[3]) for r in articles[1:]] == [("第一条", "amended", "yes"), ("第二条", "commented", "no")]
    assert articles[1][9] == "为了规范和促进示例活动，制定本法。" and articles[1][10] is None  # nothing undecided
    assert rows[1][16] == "c1 accepted (decision #1)"
    assert wb["Comments"].freeze_panes == "A2"


def test_listed_by_lawcomment_plugins() -> None:
    result = CliRunner().invoke(cli, ["plugins"])
    assert result.exit_code == 0
    assert "xlsx (lawcomment-xlsx 0.1.0)  [entry point]\n    hooks: register_exporters\n    formats: xlsx\n" in result.output
