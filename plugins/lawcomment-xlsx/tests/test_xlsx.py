"""The tracking workbook: sheets, one row per comment, formulas neutralised, CLI listing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("lawcomment_xlsx")
openpyxl = pytest.importorskip("openpyxl")

import lawcomment  # noqa: E402
from lawcomment.cli import cli  # noqa: E402
from lawcomment.consultation.decisions import decide  # noqa: E402

DRAFT = "# 示例法（草案）\n\n<!-- INFO END -->\n\n第一条 为了规范示例活动，制定本法。\n\n第二条 本法自公布之日起施行。\n"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    db = tmp_path / "c.db"
    store, _ = lawcomment.create_store(db, "staff")
    with store:
        lawcomment.add_draft_file(store, path, "demo", "1")
        store.add_member(lawcomment.Member("acme", "ACME", "Pharma WG"))
        store.add_member(lawcomment.Member("beta", "Beta", "Retail WG"))
        lawcomment.add_comment(store, "demo@1", "acme", "第一条", propose="为了规范和促进示例活动，制定本法。", reason="=HYPERLINK(\"x\")")
        lawcomment.add_comment(store, "demo@1", "beta", "第二条", reason="+1 support", stance="support")
        decide(store, "demo@1", "art_1", accept="c1")  # the committee position holds what staff accepted
    return db


def _export(store_path: Path, out: Path, *args: str):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, ["--db", str(store_path), "export", "--draft", "demo@1", "--format", "xlsx",
                                      "-o", str(out), *args])  # fmt: skip
    assert (result.exit_code, result.stderr) == (0, ""), result.output
    return openpyxl.load_workbook(out)


def test_workbook_sheets_rows_and_safe_cells(store_path: Path, tmp_path: Path) -> None:
    wb = _export(store_path, tmp_path / "t.xlsx", "--lang", "en")
    assert wb.sheetnames == ["Comments", "Articles", "Decisions"]
    rows = list(wb["Comments"].iter_rows(values_only=True))
    assert rows[0][:4] == ("comment", "citation", "eid", "member")
    assert [(r[1], r[3], r[6]) for r in rows[1:]] == [("第一条", "acme", "amend"), ("第二条", "beta", "support")]
    reason = wb["Comments"].cell(row=2, column=11)
    assert reason.value == '=HYPERLINK("x")' and reason.data_type == "s"  # text, never a formula
    articles = list(wb["Articles"].iter_rows(values_only=True))
    assert [(r[0], r[2], r[3]) for r in articles[1:]] == [("第一条", "amended", "yes"), ("第二条", "comments only", "no")]
    assert articles[1][9] == "为了规范和促进示例活动，制定本法。" and articles[1][10] is None  # nothing undecided
    assert rows[1][16] == "c1 accepted (decision #1)"
    assert wb["Comments"].freeze_panes == "A2"
    decisions = list(wb["Decisions"].iter_rows(values_only=True))
    assert decisions[0] == ("decision", "eid", "action", "old", "new", "reason", "actor", "created", "revoked")
    assert decisions[1][:3] == ("1", "art_1", "accept")


def test_workbook_in_chinese_by_default(store_path: Path, tmp_path: Path) -> None:
    wb = _export(store_path, tmp_path / "t.xlsx")
    assert wb.sheetnames == ["意见", "条文", "委员会决定"]
    rows = list(wb["意见"].iter_rows(values_only=True))
    assert rows[0] == ("编号", "条款", "条款编码", "会员", "单位名称", "工作组", "意见类型", "状态", "原文", "修改建议", "理由",
                       "来源", "文件", "提交时间", "条文状态", "委员会建议条文", "审查结果", "本条待审查", "语言", "说明")  # fmt: skip
    assert [(r[1], r[3], r[6], r[7], r[11], r[14], r[16]) for r in rows[1:]] == [
        ("第一条", "acme", "修改", "委员会已采纳", "录入", "建议修改", "c1 采纳（决定#1）"),
        ("第二条", "beta", "支持", "待处理", "录入", "仅有意见", None)]  # fmt: skip
    assert wb["意见"].cell(row=2, column=11).data_type == "s"  # still text, never a formula
    articles = list(wb["条文"].iter_rows(values_only=True))
    assert articles[0] == ("条款", "条款编码", "状态", "是否修改", "支持单位", "涉及工作组", "意见数", "未解决分歧", "草案原文",
                           "委员会建议条文", "待审查")  # fmt: skip
    assert [(r[0], r[2], r[3]) for r in articles[1:]] == [("第一条", "建议修改", "是"), ("第二条", "仅有意见", "否")]
    decisions = list(wb["委员会决定"].iter_rows(values_only=True))
    assert decisions[0] == ("决定编号", "条款编码", "决定", "原措辞", "新措辞", "理由", "决定人", "决定时间", "撤销时间")
    assert decisions[1][:3] == ("1", "art_1", "采纳")


def test_listed_by_lawcomment_plugins() -> None:
    result = CliRunner().invoke(cli, ["plugins"])
    assert result.exit_code == 0
    assert ("xlsx (lawcomment-xlsx 0.1.0)  [entry point]\n    hooks: register_comment_readers, register_exporters\n"
            "    formats: xlsx\n    comment files: .xlsm, .xlsx\n") in result.output
