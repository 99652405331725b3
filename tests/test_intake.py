"""Comment intake from the command line and from CSV/JSON/JSONL files, and `comment list`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.store_rows import store_rows

HEADER = "member,article,quote,proposed_text,reason,stance\n"


@pytest.mark.parametrize(("at", "eid"), [
    ("第十二条", "art_12"),
    ("第十二条第一款", "art_12__para_1"),
    ("第十八条第一款", "art_18__para_1"),
    ("第三十五条", "art_35"),
    ("Article 12(1)", "art_12__para_1"),
    ("art_12__para_1", "art_12__para_1"),
])  # fmt: skip
def test_comment_add_accepts_citations_and_eids(consultation, at: str, eid: str) -> None:
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", at, "--reason", "见解")
    assert result.exit_code == 0, result.output
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)
    assert [c["eid"] for c in listed["comments"]] == [eid]


def test_comment_add_with_item_citation(consultation) -> None:
    # 第十八条第二款第（三）项 does not exist; the nearest units are named.
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十八条第二款第（三）项",
                          "--reason", "x")  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr == ("Error: ecommerce@1 has no 第十八条第二款第三项 (art_18__para_2__item_3); "
                             "nearest: 第十八条第二款 (art_18__para_2)\n")  # fmt: skip
    ok = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第二十条第一款",
                      "--propose", "新的文字。")  # fmt: skip
    assert ok.output == "added comment #1 by acme on 第二十条 (art_20__para_1) (amend)\n"


@pytest.mark.parametrize(("args", "message"), [
    (["--at", "第九十条", "--reason", "x"],
     "ecommerce@1 has no 第九十条 (art_90); nearest: 第八十九条 (art_89), 第八十八条 (art_88), 第八十七条 (art_87)"),
    (["--at", "第十二条第三款", "--reason", "x"],
     "ecommerce@1 has no 第十二条第三款 (art_12__para_3); nearest: 第十二条 (art_12)"),
    (["--at", "第十二项", "--reason", "x"], "'第十二项' names a item without its article"),
    (["--at", "第十二条", "--stance", "amend", "--reason", "x"], "stance amend needs --propose"),
    (["--at", "第十二条", "--stance", "delete", "--propose", "x"], "stance delete takes no --propose (the unit is removed)"),
    (["--at", "第十二条"], "say something: give --propose, --reason, or --stance support/oppose"),
    (["--at", "第十二条第一款", "--quote", "不存在的话", "--reason", "x"],
     "the quote '不存在的话' is not in 第十二条第一款 (art_12__para_1)"),
])  # fmt: skip
def test_comment_add_errors(consultation, args: list[str], message: str) -> None:
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", *args)
    assert (result.exit_code, result.stderr) == (1, f"Error: {message}\n")


def test_comment_add_unknown_member(consultation) -> None:
    result = consultation("comment", "add", "--member", "zeta", "--draft", "ecommerce@1", "--at", "第一条", "--reason", "x")
    assert (result.exit_code, result.stderr) == (1, "Error: unknown member 'zeta' (members: acme, beta)\n")


def test_quote_selector_is_stored(consultation) -> None:
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条",
                          "--quote", "依法取得行政许可", "--propose", "电子商务经营者从事经营活动，应当依法取得行政许可。",
                          "--reason", "删去重复")  # fmt: skip
    assert result.exit_code == 0
    c = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"][0]
    assert c["selector"] == {"exact": "依法取得行政许可", "prefix": "电子商务经营者从事经营活动，依法需要取得相关行政许可的，应当",
                             "suffix": "。", "offset": 30}  # fmt: skip
    assert result.stderr == ""


def test_repeated_quote_is_a_warning(consultation) -> None:
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条",
                          "--quote", "行政许可", "--reason", "x")  # fmt: skip
    assert result.exit_code == 0
    assert result.stderr == "warning: the quote '行政许可' occurs 2 times in art_12; anchored at the first\n"


def test_a_row_copying_the_law_unchanged_is_said_at_import(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 农业技术推广法) A CSV row whose 修改建议 is the 款 as it stands proposes
    nothing: stored as written (never a comment lost), and said at import, not only by the merge."""
    art12 = "电子商务经营者从事经营活动，依法需要取得相关行政许可的，应当依法取得行政许可。"
    rows = tmp_path / "same.csv"
    with rows.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["member", "article", "proposed_text", "reason"], ["acme", "第十二条", f"第十二条 {art12}", "原文即可"],
                                  ["beta", "第十二条", art12.replace("依法取得", "取得"), "简洁"],
                                  # (反垄断法, a trial) the article as it stands, the reason 支持: support of it
                                  ["beta", "第十二条", art12, "支持"], ["acme", "第十三条", "", "同上"]])  # fmt: skip
    imported = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert imported.exit_code == 0
    assert imported.stderr == (f"warning: {rows}: row 2: the proposed wording is 第十二条 (art_12) as it stands: it proposes "
                               "no change (stored as written; give the wording as it should read, or make the stance 意见 or "
                               f"支持)\nwarning: {rows}: row 4: the proposed wording is 第十二条 (art_12) as it stands and the "
                               f"reason 「支持」 supports it: read as support of 第十二条 (art_12)\nwarning: {rows}: row 5: the "
                               "reason 「同上」 (same as above) is kept as written: each row is read on its own, never from the "
                               "row above; write out the reason it means\n")  # fmt: skip
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert [(c["member"], c["stance"], c["proposed_text"]) for c in listed] == [
        ("acme", "amend", art12), ("beta", "amend", art12.replace("依法取得", "取得")), ("beta", "support", None),
        ("acme", "comment", None)]  # fmt: skip
    from lawcomment.exports import localized

    assert localized(imported.stderr.splitlines()[1].split(": row 4: ")[1], "zh") == (
        "建议条文与第十二条原文相同，理由「支持」为支持：已作为对第十二条的支持意见保存")
    assert localized(imported.stderr.splitlines()[2].split(": row 5: ")[1], "zh") == (
        "理由「同上」按原文保存：每一行单独读取，不取上一行的内容；请写明所指的理由")


def test_an_english_row_copying_the_law_with_its_label_is_said_in_english(runner, tmp_path: Path, data: Path) -> None:  # type: ignore[no-untyped-def]
    """(a reviewer) The same on an English draft: a row typed with its label (1. This …) is the
    unit as it stands, and the stances to use are named as an English row writes them."""
    from lawcomment.cli import cli

    db = str(tmp_path / "g.db")
    for args in (["init"], ["draft", "add", str(data / "gdpr-excerpt.txt"), "--name", "g", "--version", "1"],
                 ["member", "add", "acme"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0
    para = ("This Regulation protects fundamental rights and freedoms of natural persons and in particular their right to "
            "the protection of personal data.")  # fmt: skip
    rows = tmp_path / "same.csv"
    with rows.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["member", "article", "proposed_text"], ["acme", "Article 1(2)", f"2. {para}"]])
    imported = runner.invoke(cli, ["--db", db, "comment", "import", str(rows), "--draft", "g@1"])
    assert imported.exit_code == 0, imported.output
    assert "the proposed wording is" in imported.stderr and imported.stderr.endswith(
        "as it stands: it proposes no change (stored as written; give the wording as it should read, or make the stance "
        "comment or support)\n")  # fmt: skip


def test_a_row_giving_a_kuan_as_it_stands_is_said_beside_a_quote_too(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A trial: the same row, 第十五条's 第二款 as the draft has it, was said to propose no change without
    a 原文 quote, and stored silently with one."""
    para = "前款规定的信息发生变更的，电子商务经营者应当及时更新公示信息。"
    rows = tmp_path / "c.csv"
    rows.write_text(f"会员,条款,原文,修改建议,理由\nacme,第十五条,及时更新,{para},x\nbeta,第十五条,,{para},y\n",
                    encoding="utf-8")  # fmt: skip
    imported = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert imported.exit_code == 0
    said = ("the proposal gives one 款 of 第十五条 (2 款); anchored at 第十五条第二款; the proposed wording is 第十五条第二款 "
            "(art_15__para_2) as it stands: it proposes no change (stored as written; give the wording as it should "
            "read, or make the stance 意见 or 支持)")  # fmt: skip
    assert imported.stderr.splitlines() == [f"warning: {rows}: row 2: {said}", f"warning: {rows}: row 3: {said}"]


def test_a_file_whose_rows_are_mostly_refused_asks_whether_it_is_for_this_draft(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial: 反洗钱法's comments imported into 会计法 with --skip-invalid) Most rows
    refused, the rest stored on whatever articles have their numbers here: said, with how to take
    the file back; a file with a stray bad row or two says nothing more."""
    rows = tmp_path / "other.csv"
    with rows.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["member", "article", "stance", "reason"], ["acme", "第一条", "support", "赞成"],
                                  *[["acme", f"第{n}条", "support", "赞成"] for n in ("九十", "九十一", "九十二")]])  # fmt: skip
    imported = consultation("comment", "import", str(rows), "--draft", "ecommerce@1", "--skip-invalid")
    assert imported.exit_code == 0
    assert (f"warning: {rows}: 3 of 4 rows were refused: is the file for ecommerce@1? The 1 comment(s) kept are stored; "
            "`lawcomment import undo 1` takes the file back\n") in imported.stderr
    undone = consultation("import", "undo", "1")
    assert undone.exit_code == 0, undone.output
    few = tmp_path / "few.csv"
    with few.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["member", "article", "stance", "reason"], ["acme", "第二条", "support", "赞成"],
                                  ["acme", "第三条", "support", "赞成"], ["acme", "第九十条", "support", "赞成"]])  # fmt: skip
    assert "rows were refused" not in consultation("comment", "import", str(few), "--draft", "ecommerce@1",
                                                   "--skip-invalid").stderr  # fmt: skip


@pytest.mark.parametrize("typed", ["“依法取得行政许可”", "「依法取得行政许可」", '"依法取得行政许可"', "'依法取得行政许可'"])
def test_a_quote_typed_in_quotation_marks_is_read_without_them_and_said(consultation, tmp_path: Path, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Members type quotes in their marks; the law has none around those words: anchored at the
    words inside, with a warning (typed, and in a file's row), in Chinese for the web app too."""
    from lawcomment.exports import localized

    said = f"the quote {typed} is read without its quotation marks, as 依法取得行政许可: the law has no marks there"
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条",
                          "--quote", typed, "--stance", "question", "--reason", "?")  # fmt: skip
    assert (result.exit_code, result.stderr) == (0, f"warning: {said}\n")
    rows = tmp_path / "q.csv"
    with rows.open("w", encoding="utf-8", newline="") as fh:  # the csv module quotes the typed marks as a spreadsheet does
        csv.writer(fh).writerows([["member", "article", "quote", "reason", "stance"], ["beta", "第十二条", typed, "?", "question"]])
    imported = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert imported.exit_code == 0 and f"warning: {rows}: row 2: {said}\n" in imported.stderr
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert [c["selector"]["exact"] for c in listed] == ["依法取得行政许可", "依法取得行政许可"]
    assert localized(said, "zh") == f"引文{typed}已按去掉引号后的文字（依法取得行政许可）定位：法律文本此处没有引号"
    retyped = typed.replace("依法取得行政许可", "相关行政许可")  # comment edit reads the quote as intake does
    edited = consultation("comment", "edit", str(listed[0]["id"]), "--quote", retyped)
    assert edited.exit_code == 0, edited.output
    assert (f"warning: the quote {retyped} is read without its quotation marks, as 相关行政许可: the law has no "
            "marks there") in edited.stderr


def test_a_quote_in_quotation_marks_the_law_has_is_taken_as_typed(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    law = tmp_path / "law.md"
    law.write_text("# 某法\n\n第一条 本法所称“经营者”，是指从事经营活动的主体。\n", encoding="utf-8")
    assert consultation("draft", "add", str(law), "--name", "q", "--version", "1").exit_code == 0
    result = consultation("comment", "add", "--member", "acme", "--draft", "q@1", "--at", "第一条", "--quote", "“经营者”",
                          "--stance", "question", "--reason", "?")  # fmt: skip
    assert (result.exit_code, result.stderr) == (0, "")
    (c,) = json.loads(consultation("comment", "list", "--draft", "q@1", "--format", "json").stdout)["comments"]
    assert c["selector"]["exact"] == "“经营者”"


def _csv(tmp_path: Path, body: str, encoding: str = "utf-8", name: str = "c.csv") -> Path:
    path = tmp_path / name
    path.write_bytes((HEADER + body).encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_import_in_every_excel_encoding(consultation, tmp_path: Path, encoding: str) -> None:
    path = _csv(tmp_path, "acme,第十二条,,电子商务经营者应当依法取得行政许可。,简化表述,\nbeta,第二条,,,,support\n", encoding)
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stdout) == (0, f"{path}: csv into ecommerce@1: 2 added, 0 already there, 0 superseded\n")
    read_as = "" if encoding.startswith("utf-8") else (f"warning: {path}: encoding: read as gb18030, not UTF-8 (pass "
                                                         "--encoding to read it as another)\n")  # fmt: skip
    assert result.stderr == read_as
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"]
    assert [(c["eid"], c["member"], c["stance"], c["proposed_text"], c["body"]) for c in listed] == [
        ("art_2", "beta", "support", None, ""), ("art_12", "acme", "amend", "电子商务经营者应当依法取得行政许可。", "简化表述")]
    assert listed[1]["source"] == {"kind": "csv", "file": "c.csv", "author": None, "position": "row 2"}


def test_csv_chinese_headers_and_stance_words(consultation, tmp_path: Path) -> None:
    path = tmp_path / "zh.csv"
    path.write_text("会员,条款,修改建议,理由,立场,备注\nacme,第三条,,,支持,内部\nacme,第五条,,表述不清,疑问,\n"
                    "beta,第六条,,,删除,\n", encoding="utf-8")  # fmt: skip
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 0
    assert result.stderr == (f"warning: {path}: column '备注' is not a comment column: its words in 1 row(s) (row 2) are "
                             "not imported (head it as a column lawcomment reads, such as 理由 or 修改建议, to import them)\n")
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"]
    assert [(c["eid"], c["stance"]) for c in listed] == [("art_3", "support"), ("art_5", "question"), ("art_6", "delete")]


@pytest.mark.parametrize(("header", "cells", "said"), [
    # (专利法实施细则, a trial) a sheet's running number: no words of a comment, nothing said of it
    ("序号", ("1", "2"), ""), ("No.", ("1.", "2."), ""), ("序号", ("（一）", "（二）"), ""), ("序号", ("", ""), ""),
    # one holding words is said, as any other column is
    ("序号", ("1", "重要"), "column '序号' is not a comment column: its words in 1 row(s) (row 3) are not imported (head it "
                           "as a column lawcomment reads, such as 理由 or 修改建议, to import them)"),
])  # fmt: skip
def test_a_running_number_column_is_read_as_none_without_a_word(consultation, tmp_path: Path, header: str,
                                                                cells: tuple[str, str], said: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "n.csv"
    path.write_text(f"{header},会员,条款,理由\n{cells[0]},acme,第三条,甲\n{cells[1]},acme,第五条,乙\n", encoding="utf-8")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stderr) == (0, f"warning: {path}: {said}\n" if said else "")
    assert result.stdout == f"{path}: csv into ecommerce@1: 2 added, 0 already there, 0 superseded\n"


def test_deletion_written_as_the_proposed_text_is_a_deletion(consultation, tmp_path: Path) -> None:
    """删除 in 修改建议, as the comment form tells members to write it, asks for the deletion: in a
    CSV row (stance left empty, 修改, or 删除 too) and typed, never the word put into the law."""
    path = tmp_path / "c.csv"
    path.write_text("会员,条款,修改建议,理由,立场\nacme,第五条,删除,重复,\nacme,第六条,删除,x,删除\n"
                    "beta,第七条第一款,建议删除,y,修改\n", encoding="utf-8")  # fmt: skip
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"warning: {path}: row 2: the proposed text 「删除」 is read as deleting 第五条 (art_5)",
        f"warning: {path}: row 4: the proposed text 「建议删除」 is read as deleting 第七条 (art_7__para_1)"]
    typed = consultation("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第八条",
                         "--propose", " 删除 ")  # fmt: skip
    assert typed.exit_code == 0
    assert typed.stderr == "warning: the proposed text 「删除」 is read as deleting 第八条 (art_8)\n"
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)
    assert [(c["eid"], c["stance"], c["proposed_text"]) for c in listed["comments"]] == [
        ("art_5", "delete", None), ("art_6", "delete", None), ("art_7__para_1", "delete", None),
        ("art_8", "delete", None)]  # fmt: skip


@pytest.mark.parametrize(("row", "problem"), [
    ("acme,第五条,删除,x,,电子商务", ("row 2: 「删除」 with the quote 「电子商务」: write 第五条 (art_5) as it should read "
                                 "without the quoted words (or leave the quote out to delete it whole)")),
    ("acme,第五条,删除,x,新增,", "row 2: the proposed new provision reads 「删除」: to delete 第五条 (art_5), make the stance 删除"),
])  # fmt: skip
def test_a_deletion_word_that_cannot_be_a_deletion_of_the_unit_is_refused(consultation, tmp_path: Path, row: str,
                                                                           problem: str) -> None:  # fmt: skip
    path = tmp_path / "c.csv"
    path.write_text("会员,条款,修改建议,理由,立场,原文\n" + row + "\n", encoding="utf-8")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 1
    assert f"  {problem}" in result.stderr.splitlines()


@pytest.mark.parametrize("words", ["删除本款。", "建议删除；", "删去该款", "Delete this paragraph."])
def test_a_deletion_asked_in_other_words_is_a_deletion(consultation, tmp_path: Path, words: str) -> None:
    path = tmp_path / "c.csv"
    path.write_text(f"会员,条款,修改建议\nacme,第七条第一款,{words}\n", encoding="utf-8")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 0
    assert "is read as deleting 第七条 (art_7__para_1)" in result.stderr
    (c,) = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert (c["eid"], c["stance"], c["proposed_text"]) == ("art_7__para_1", "delete", None)


@pytest.mark.parametrize("reason", ["支持，不建议修改", "无需修改为其他表述", "已改为五年，很好"])
def test_a_support_that_asks_for_no_change_says_nothing(consultation, tmp_path: Path, reason: str) -> None:
    path = tmp_path / "c.csv"
    path.write_text(f"会员,条款,理由,立场\nacme,第二十五条,{reason},支持\n", encoding="utf-8")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize(("reason", "said"), [
    ("支持华云意见，“立即”补救不现实", "the reason backs another comment (「支持华云意见」)"),
    ("同意明瑞公司的建议", "the reason backs another comment (「同意明瑞公司的建议」)"),
    ("赞同上述方案", "the reason backs another comment (「赞同上述方案」)"),
    ("We support Acme's proposal.", "the reason backs another comment (「support Acme's proposal」)"),
    ("同意，但建议明确登记的期限", "the reason proposes a change (「建议明确登记的期限」)"),
    ("支持本次修改", None),  # the draft's own revision
    ("同意征求意见稿的规定", None),  # the consultation draft
    ("支持本条规定", None),
    ("完全赞同", None),
])  # fmt: skip
def test_support_warning(reason: str, said: str | None) -> None:
    from lawcomment.consultation.bulk import support_warning

    expected = None if said is None else (f"stance support, but {said}; it counts as support for the draft's wording "
                                          "as it is (how)")  # fmt: skip
    assert support_warning(reason, "how") == expected


def test_a_reason_that_only_supports_makes_support_on_every_path(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """支持本条。 with no stance and no wording is support, in a file's row and typed, as a form's row
    reads it (a new user's trial found a CSV's stored as a remark); anything more stays a remark."""
    rows = tmp_path / "rows.csv"
    rows.write_text("member,article,reason\nacme,第十条,支持本条。\nbeta,第十条,同意。但建议将九十日改为六十日。\n",
                    encoding="utf-8")  # fmt: skip
    assert consultation("comment", "import", str(rows), "--draft", "ecommerce@1").exit_code == 0
    typed = consultation("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十一条",
                         "--reason", "We support this article.")  # fmt: skip
    assert typed.exit_code == 0 and typed.stdout.endswith("(support)\n"), typed.output
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert [(c["member"], c["eid"], c["stance"]) for c in listed] == [
        ("acme", "art_10", "support"), ("beta", "art_10", "comment"), ("beta", "art_11", "support")]


def test_a_file_sent_again_without_a_row_says_which_comments_it_no_longer_has(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A corrected file sent again that no longer has a row an earlier copy had: its comment stays
    open (the member may have moved it to another file) and the import names it (a new user's
    trial: nothing said). Another member's file of the same name is its own."""
    first, again = tmp_path / "a" / "comments.csv", tmp_path / "b" / "comments.csv"
    first.parent.mkdir()
    again.parent.mkdir()
    first.write_text("member,article,reason\nacme,第十条,意见甲\nacme,第十一条,意见乙\n", encoding="utf-8")
    assert consultation("comment", "import", str(first), "--draft", "ecommerce@1").exit_code == 0
    again.write_text("member,article,reason\nacme,第十条,意见甲（修改）\n", encoding="utf-8")
    result = consultation("comment", "import", str(again), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"warning: {again}: an earlier copy of comments.csv gave 1 comment(s) this one no longer "
                             "has: #2 (acme, 第十一条 (art_11)); they stay open (`lawcomment comment withdraw ID` if the "
                             "member dropped them)\n"
                             f"warning: {again}: #3 replaces #1 (acme) on 第十条 (art_10)\n")  # fmt: skip
    other = tmp_path / "c" / "comments.csv"
    other.parent.mkdir()
    other.write_text("member,article,reason\nbeta,第十条,另一家的意见\n", encoding="utf-8")
    result = consultation("comment", "import", str(other), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_mistyped_member_id_names_the_nearest(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """As a mistyped article names the nearest ones (a trial's kangtia for kangtai)."""
    rows = tmp_path / "c.csv"
    rows.write_text("member,article,reason\nacme,第十条,意见\nacmee,第十条,意见\n", encoding="utf-8")
    result = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert result.exit_code == 1 and "  row 3: unknown member 'acmee' (nearest: acme)\n" in result.stderr


def test_a_corrected_copy_under_another_name_says_which_comments_it_no_longer_has(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A trial: the corrected copy came back as 反馈-修改 and dropped a deletion; it repeats the
    earlier file's other comments, so it is a copy of it: the dropped one is named, and stays open.
    A file that repeats nothing of an earlier one is its own."""
    first, renamed = tmp_path / "反馈.csv", tmp_path / "反馈-修改.csv"
    first.write_text("member,article,stance,reason\nacme,第十条,comment,意见甲\nacme,第十一条,comment,意见乙\n"
                     "acme,第十二条,delete,删去\n", encoding="utf-8")  # fmt: skip
    assert consultation("comment", "import", str(first), "--draft", "ecommerce@1").exit_code == 0
    renamed.write_text("member,article,stance,reason\nacme,第十条,comment,意见甲\nacme,第十一条,comment,意见乙\n",
                       encoding="utf-8")  # fmt: skip
    result = consultation("comment", "import", str(renamed), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stdout) == (0, f"{renamed}: csv into ecommerce@1: 0 added, 2 already there, 0 superseded\n")
    assert result.stderr == (f"warning: {renamed}: 反馈.csv, an earlier file this one repeats, gave 1 comment(s) this one "
                             "does not have: #3 (acme, 第十二条 (art_12)); they stay open (if this file replaces 反馈.csv, "
                             "`lawcomment comment withdraw ID` those the member dropped)\n")  # fmt: skip
    other = tmp_path / "其他.csv"
    other.write_text("member,article,stance,reason\nacme,第十三条,comment,另一份意见\n", encoding="utf-8")
    result = consultation("comment", "import", str(other), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stderr) == (0, "")
    # a copy that keeps one row of three, or a supplement repeating it: only staff can tell which, so said (a review)
    more = tmp_path / "补充意见.csv"
    more.write_text("member,article,stance,reason\nacme,第十条,comment,意见甲\nacme,第十四条,comment,补充\n", encoding="utf-8")
    result = consultation("comment", "import", str(more), "--draft", "ecommerce@1")
    assert result.exit_code == 0 and "反馈.csv, an earlier file this one repeats, gave 2 comment(s) this one does not have: " \
        "#2 (acme, 第十一条 (art_11)), #3 (acme, 第十二条 (art_12))" in result.stderr  # fmt: skip


def test_a_support_whose_reason_asks_for_a_change_is_pointed_out(consultation, tmp_path: Path) -> None:
    """支持 with 建议缩短… as its reason would be listed as agreeing with the draft's wording:
    recorded as given, with a warning; a plain 支持 says nothing."""
    path = tmp_path / "c.csv"
    path.write_text("会员,条款,理由,立场\nacme,第二十五条,建议缩短初步审查期限,支持\nbeta,第二十六条,完全赞同,支持\n",
                    encoding="utf-8")  # fmt: skip
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 0
    assert result.stderr == (f"warning: {path}: row 2: stance support, but the reason proposes a change "
                             "(「建议缩短初步审查期限」); it counts as support for the draft's wording as it is (give the "
                             "wording as 修改建议, or make the stance 意见)\n")  # fmt: skip
    typed = consultation("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十条",
                         "--stance", "support", "--reason", "同意，但建议明确登记的期限")  # fmt: skip
    assert typed.exit_code == 0 and "it counts as support for the draft's wording as it is" in typed.stderr
    backing = consultation("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十一条",
                           "--stance", "support", "--reason", "支持acme的意见")  # fmt: skip
    assert backing.exit_code == 0
    assert backing.stderr == ("warning: stance support, but the reason backs another comment (「支持acme的意见」); it "
                              "counts as support for the draft's wording as it is (give the wording with --propose, or "
                              "--stance comment)\n")  # fmt: skip
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert [c["stance"] for c in listed] == ["support", "support", "support", "support"]  # each kept as given


def test_a_row_cut_by_an_unquoted_comma_is_invalid(consultation, tmp_path: Path) -> None:
    """A comma typed in a reason that was not quoted cuts it in two: its second half past the
    header's last column. The row is refused, never stored without those words."""
    path = tmp_path / "c.csv"
    path.write_text("会员,条款,立场,理由\nacme,第十条,意见,建议细化未成年人范围,并明确残疾人的认定标准。\n"
                    "beta,第十一条,意见,\"细化,明确\",,\n", encoding="utf-8")  # fmt: skip
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stderr) == (1, (
        f"Error: {path}: 1 of 2 row(s) are invalid; nothing was imported (fix them, or pass --skip-invalid)\n"
        "  row 2: 5 cells for the header's 4 columns (「并明确残疾人的认定标准。」 past the last): a cell holding a comma "
        'must be quoted ("…,…"), as a spreadsheet saves it\n'))  # fmt: skip
    skipped = consultation("comment", "import", str(path), "--draft", "ecommerce@1", "--skip-invalid")
    assert skipped.exit_code == 0, skipped.output
    (kept,) = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert (kept["member"], kept["body"]) == ("beta", "细化,明确")


def test_invalid_rows_are_all_reported_and_nothing_is_imported(consultation, tmp_path: Path) -> None:
    path = _csv(tmp_path, "acme,第一条,,新文本。,,\n"
                          "ghost,第二条,,x,,\n"
                          "acme,第九十九条,,x,,\n"
                          "acme,第三条,,,,amend\n"
                          "acme,第四条,,,x,maybe\n"
                          ",第五条,,x,,\n"
                          "acme,第六条第一款,没有这句话,,x,\n"
                          "acme,,,x,,\n")  # fmt: skip
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {path}: 7 of 8 row(s) are invalid; nothing was imported (fix them, or pass --skip-invalid)\n"
        "  row 3: unknown member 'ghost'\n"
        "  row 4: ecommerce@1 has no 第九十九条 (art_99); nearest: 第八十九条 (art_89), 第八十八条 (art_88), 第八十七条 (art_87)\n"
        "  row 5: stance amend needs proposed text\n"
        "  row 6: unknown stance 'maybe' (use amend, delete, insert, support, oppose, question, comment, or 修改/删除/新增/支持/反对/疑问/意见; "
        "also taken: agree, disagree, approve, endorse, object, against, add, new, remove, query, remark)\n"
        "  row 7: no member (fill the member column or pass --member)\n"
        "  row 8: the quote '没有这句话' is not in 第六条第一款 (art_6__para_1)\n"
        "  row 9: no article (a comment on the whole draft is cited (document) or 全文)\n")  # fmt: skip
    assert json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"] == []
    skipped = consultation("comment", "import", str(path), "--draft", "ecommerce@1", "--skip-invalid")
    assert skipped.exit_code == 0
    assert skipped.output.endswith(f"{path}: csv into ecommerce@1: 1 added, 0 already there, 0 superseded, 7 invalid skipped\n")
    assert skipped.stderr.count("skipped: ") == 7 and f"skipped: {path}: row 3: unknown member 'ghost'\n" in skipped.stderr


def test_multiline_cells_and_member_option(consultation, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text('article,proposed_text,reason\n第十二条,"第一款新文本。\n第二款新文本。",拆分\n', encoding="utf-8")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1", "--member", "beta")
    assert result.exit_code == 0
    c = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"][0]
    assert (c["member"], c["proposed_text"]) == ("beta", "第一款新文本。\n第二款新文本。")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("x.csv", "member,reason\nacme,x\n", "line 1: no article column (expected one of: article, eid, at, citation, unit, 条款, 条文, "
                                         "条目, 位置, 具体条款, 涉及条款, 条款序号)"),
    ("x.json", "{not json", "line 1: not valid JSON: Expecting property name enclosed in double quotes (column 2)"),
    ("x.jsonl", '{"member": "acme"}\n[1]\n', "1 of 2 line(s) cannot be read; nothing was imported (fix them and import "
                                            "the file again)\n  line 2: expected an object, got list"),
    # every bad line in the file's order, whatever is wrong with it (a trial's file was fixed a line at a time)
    ("x.jsonl", '{"article": "1"}\n[1]\n{bad\n', "2 of 3 line(s) cannot be read; nothing was imported (fix them and "
                                                 "import the file again)\n  line 2: expected an object, got list\n  "
                                                 "line 3: not valid JSON: Expecting property name enclosed in double "
                                                 "quotes (column 2)"),
    ("x.jsonl", '{"article": "1"}\r\n\r\n{bad\r\n[1]\r\n',
     "2 of 3 line(s) cannot be read; nothing was imported (fix them and import the file again)\n  line 3: not valid "
     "JSON: Expecting property name enclosed in double quotes (column 2)\n  line 4: expected an object, got list"),
    ("x.json", '{"schema": "other/1", "comments": []}', "unknown schema 'other/1' (expected lawcomment.comments/1)"),
    ("x.txt", "hello", "a .txt file is not a comment file lawcomment reads; comment files are .csv, .json or .jsonl (a "
                       "row per comment), or .docx (a filled 意见反馈表 or a marked-up copy of the draft)"),
])  # fmt: skip
def test_bad_comment_files(consultation, tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: {message}\n"


@pytest.mark.parametrize(("name", "how"), [
    ("form.doc", "save it as a Word document (.docx) in Word, WPS or LibreOffice and import that: a filled 意见反馈表 or "
                 "a marked-up copy of the draft is read from a .docx"),
    ("form.wps", "save it as a Word document (.docx) in Word, WPS or LibreOffice and import that: a filled 意见反馈表 or "
                 "a marked-up copy of the draft is read from a .docx"),
    ("sheet.xls", "save the sheet as CSV (.csv, UTF-8), or as an Excel workbook (.xlsx) with the lawcomment-xlsx plugin "
                  "installed, in Excel, WPS or LibreOffice, and import that"),
])  # fmt: skip
def test_a_file_of_a_type_not_read_says_what_to_save_it_as(consultation, tmp_path: Path, name: str, how: str) -> None:
    """A trial: a form saved as .doc was first asked for --draft, then told "use .csv, .json or
    .jsonl", never that a form is read from a .docx. Said at once, --draft or not."""
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    for extra in ((), ("--draft", "ecommerce@1")):
        result = consultation("comment", "import", str(path), *extra)
        suffix = path.suffix
        assert (result.exit_code, result.stderr) == (1, f"Error: {path}: a {suffix} file is not a comment file lawcomment "
                                                        f"reads; {how}\n")


def test_an_excel_workbook_without_the_plugin_that_reads_it_says_to_install_it(consultation, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                              monkeypatch) -> None:  # fmt: skip
    from lawcomment.consultation import bulk

    monkeypatch.setattr(bulk, "_sheet_readers", lambda: {})
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"PK\x03\x04")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: a .xlsx file is not a comment file lawcomment reads; "
                                                    "install the lawcomment-xlsx plugin (pip install -e plugins/lawcomment-xlsx), "
                                                    "which reads Excel workbooks, or save the sheet as CSV (.csv, UTF-8) and "
                                                    "import that\n")  # fmt: skip


def test_a_member_column_naming_a_member_s_organisation(consultation, tmp_path: Path) -> None:
    """A trial: a Chinese sheet's 单位 column (a name the member column takes) holds the company's
    name, and every row was refused as "unknown member '甲公司'". A member's organisation, as
    `member list` shows it, names that member, said once a file; a shorter or longer name of it is
    refused with the member it may mean."""
    path = tmp_path / "c.csv"
    path.write_text("单位,条款,理由\nACME (China) Ltd.,第十二条,支持本条。\nacme (china) ltd.,第十三条,x\n"
                    "ACME,第十四条,y\nBeta GmbH & Co. KG,第十四条,z\n", encoding="utf-8")  # fmt: skip
    refused = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (refused.exit_code, refused.stderr.splitlines()[1:]) == (1, [
        "  row 4: unknown member 'ACME'; did you mean acme (whose organisation is 'ACME (China) Ltd.')? The member "
        "column takes a member's id, or its organisation as `member list` shows it",
        "  row 5: unknown member 'Beta GmbH & Co. KG'; did you mean beta (whose organisation is 'Beta GmbH')? The "
        "member column takes a member's id, or its organisation as `member list` shows it"])  # fmt: skip
    path.write_text("单位,条款,理由\nACME (China) Ltd.,第十二条,支持本条。\nacme (china) ltd.,第十三条,x\n", encoding="utf-8")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stderr) == (0, f"warning: {path}: row 2: the member column's 'ACME (China) Ltd.' is "
                                                    "the organisation of member acme: its rows are recorded for acme\n")
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"]
    assert [(c["member"], c["eid"], c["stance"]) for c in listed] == [("acme", "art_12", "support"), ("acme", "art_13", "comment")]


def test_json_and_jsonl_import(consultation, tmp_path: Path) -> None:
    rows = [{"member": "acme", "article": "第十二条", "proposed_text": "新文本。", "reason": "简化"},
            {"member": "beta", "eid": "art_13", "stance": "oppose"}]  # fmt: skip
    (tmp_path / "a.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    first = consultation("comment", "import", str(tmp_path / "a.json"), "--draft", "ecommerce@1")
    assert first.output == f"{tmp_path / 'a.json'}: json into ecommerce@1: 2 added, 0 already there, 0 superseded\n"
    second = consultation("comment", "import", str(tmp_path / "b.jsonl"), "--draft", "ecommerce@1")
    # The same comments from another file are recognised by their fingerprint.
    assert second.output == f"{tmp_path / 'b.jsonl'}: jsonl into ecommerce@1: 0 added, 2 already there, 0 superseded\n"
    (tmp_path / "c.ndjson").write_text(json.dumps({"member": "acme", "article": "第十四条", "reason": "另一条"},
                                                  ensure_ascii=False) + "\n", encoding="utf-8")  # fmt: skip
    third = consultation("comment", "import", str(tmp_path / "c.ndjson"), "--draft", "ecommerce@1")
    assert third.output == f"{tmp_path / 'c.ndjson'}: jsonl into ecommerce@1: 1 added, 0 already there, 0 superseded\n"
    listed = consultation("import", "list", "--draft", "ecommerce@1").output
    # the import list names each file's format; the comments themselves came from JSON either way
    assert [line.split()[2] for line in listed.splitlines()[1:4]] == ["json", "jsonl", "jsonl"]
    as_json = json.loads(consultation("import", "list", "--draft", "ecommerce@1", "--format", "json").output)
    assert [i["kind"] for i in as_json["imports"]] == ["json", "jsonl", "jsonl"]
    assert {c["source"]["kind"] for c in json.loads(consultation("comment", "list", "--draft", "ecommerce@1",
                                                                  "--format", "json").output)["comments"]} == {"json"}


def test_list_json_round_trips_into_another_store(consultation, tmp_path: Path, runner) -> None:
    from lawcomment.cli import cli

    path = _csv(tmp_path, "acme,第十二条,依法取得行政许可,电子商务经营者应当依法取得行政许可。,简化,\n"
                          "beta,第十三条,,,,support\n")  # fmt: skip
    consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    exported = consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json", "-o", str(tmp_path / "out.json"))
    assert exported.exit_code == 0 and exported.output == ""
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "lawcomment.comments/1"
    assert set(doc["comments"][0]) >= {"id", "draft", "eid", "member", "stance", "quote", "proposed_text", "body",
                                       "source", "status", "created", "thread"}  # fmt: skip
    other = tmp_path / "other.db"
    for args in (["init"], ["draft", "add", str(Path(__file__).parent / "data" / "ecommerce-law.md"), "--name", "ecommerce",
                            "--version", "1"], ["member", "add", "acme"], ["member", "add", "beta"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", str(other), *args]).exit_code == 0
    result = runner.invoke(cli, ["--db", str(other), "comment", "import", str(tmp_path / "out.json"), "--draft", "ecommerce@1"])
    assert result.exit_code == 0, result.output
    again = json.loads(runner.invoke(cli, ["--db", str(other), "comment", "list", "--draft", "ecommerce@1", "--format", "json"]).output)
    keys = ("eid", "member", "stance", "quote", "proposed_text", "body")
    assert [[c[k] for k in keys] for c in again["comments"]] == [[c[k] for k in keys] for c in doc["comments"]]
    assert again["comments"][0]["selector"] == doc["comments"][0]["selector"]


ART_2_FIRST_TWO = ("中华人民共和国境内的电子商务活动，适用本法。\n本法所称电子商务，是指通过互联网等信息网络销售商品或者提供服务的"
                   "经营活动。")  # 第二条 without its 第三款


def test_list_json_round_trips_whole_draft_remarks_and_a_wording_deleting_a_paragraph(consultation, tmp_path: Path,
                                                                                     runner) -> None:  # fmt: skip
    # a trial (会计法): the JSON of comment list re-imported with two rows refused, a remark on the whole
    # draft ("no article") and a wording whose reason asked for its 第三款's deletion, which its form took
    from lawcomment.cli import cli

    path = _csv(tmp_path, f"acme,第二条,,\"{ART_2_FIRST_TWO}\",第三款另行规定。,\n"
                          "beta,全文,,,总体上支持本次修订。,\n"
                          "acme,(document),,,,support\n")  # fmt: skip
    imported = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert imported.exit_code == 0, imported.output
    assert imported.stderr == (f"warning: {path}: row 2: the proposal gives 2 款 of 第二条 (3 款); read as the whole "
                               "article, so it proposes deleting 第二条第三款\n")  # fmt: skip
    out = tmp_path / "out.json"
    assert consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json", "-o", str(out)).exit_code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [(c["eid"], c["stance"]) for c in doc["comments"]] == [(None, "comment"), (None, "support"),
                                                                  ("art_2", "amend")]  # fmt: skip
    # into the same store: every comment is there already
    again = consultation("comment", "import", str(out), "--draft", "ecommerce@1")
    assert again.exit_code == 0, again.output
    assert again.stdout == f"{out}: json into ecommerce@1: 0 added, 3 already there, 0 superseded\n"
    # into another store: each comes back as it was, nothing refused
    other = tmp_path / "other.db"
    for args in (["init"], ["draft", "add", str(Path(__file__).parent / "data" / "ecommerce-law.md"), "--name", "ecommerce",
                            "--version", "1"], ["member", "add", "acme"], ["member", "add", "beta"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", str(other), *args]).exit_code == 0
    moved = runner.invoke(cli, ["--db", str(other), "comment", "import", str(out), "--draft", "ecommerce@1"])
    assert moved.exit_code == 0, moved.output
    assert moved.stdout == f"{out}: json into ecommerce@1: 3 added, 0 already there, 0 superseded\n"
    back = json.loads(runner.invoke(cli, ["--db", str(other), "comment", "list", "--draft", "ecommerce@1", "--format",
                                          "json"]).stdout)  # fmt: skip
    keys = ("eid", "member", "stance", "quote", "proposed_text", "body", "created")
    assert [[c[k] for k in keys] for c in back["comments"]] == [[c[k] for k in keys] for c in doc["comments"]]


@pytest.mark.parametrize("at", ["全文", "（全文）", "(document)", "document", "whole draft", "总体意见"])
def test_a_remark_on_the_whole_draft_is_typed_with_its_citation(consultation, at: str) -> None:
    # a trial: only a Word comment on the title could make one; 全文 and (document) were "cannot read the citation"
    added = consultation("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", at, "--reason",
                         "总体上支持。建议增加过渡期。")  # fmt: skip
    assert added.exit_code == 0, added.output
    assert added.stdout == "added comment #1 by acme on the whole draft (document) (comment)\n"
    listed = consultation("comment", "list", "--draft", "ecommerce@1")
    assert listed.stdout.splitlines()[1].split()[:4] == ["#1", "(document)", "acme", "comment"]


@pytest.mark.parametrize(("args", "error"), [
    (["--propose", "新的文字。"], "a comment on the whole draft is a remark, support or opposition: a wording, a "
                                  "deletion or a new provision names the article it is about (第十二条, Article 12)"),
    (["--stance", "delete"], "a comment on the whole draft is a remark, support or opposition: a wording, a "
                             "deletion or a new provision names the article it is about (第十二条, Article 12)"),
    (["--reason", "x", "--quote", "电子商务经营者"], "a comment on the whole draft quotes no words but its title's: "
                                                     "「电子商务经营者」 is in an article; name that article"),
    ([], "nothing to record on the whole draft: no reason"),
])  # fmt: skip
def test_a_whole_draft_comment_that_asks_for_a_wording_is_refused(consultation, args: list[str], error: str) -> None:
    refused = consultation("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "全文", *args)
    assert (refused.exit_code, refused.stderr) == (1, f"Error: {error}\n")
    assert consultation("comment", "list", "--draft", "ecommerce@1").stdout.endswith("\n0 comment(s)\n")


def test_comment_list_table_and_filters(consultation, tmp_path: Path) -> None:
    path = _csv(tmp_path, "acme,第十二条,,电子商务经营者从事经营活动，应当依法取得行政许可，并在首页显著位置公示。,增加公示义务,\n"
                          "beta,第十二条,,,,support\nbeta,第十三条,,,需澄清,question\n")  # fmt: skip
    consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    table = consultation("comment", "list", "--draft", "ecommerce@1", "--article", "12")
    assert table.exit_code == 0
    assert table.output == (
        "id  at        member  stance   status  source  text\n"
        "#1  第十二条  acme    amend    open    csv     电子商务经营者从事经营活动，应当依法取得行政许…\n"
        "#2  第十二条  beta    support  open    csv     \n"
        "2 comment(s)\n")  # fmt: skip
    by_member = consultation("comment", "list", "--draft", "ecommerce@1", "--member", "beta", "--article", "第十三条")
    assert by_member.output.splitlines()[1:] == ["#3  第十三条  beta    question  open    csv     需澄清", "1 comment(s)"]


# -- proposals read against their unit (issue 13, defects 3 and 9) ----------------------------

ITEM_2 = "未在首页显著位置持续公示终止电子商务的有关信息、联系方式的；"  # 第七十六条第一款第（二）项, edited
ART_12 = "电子商务经营者从事经营活动，应当依法取得行政许可。"  # 第十二条 without its repetition
ART_2_PARA_2 = "本法所称电子商务，是指通过互联网等信息网络销售商品、数字内容或者提供服务的经营活动。"
SUMMARY = "1 unit(s), 1 proposal(s), 1 change(s), 0 conflict(s), 0 unresolved\n"


def _merged(run, article: str) -> tuple[list[dict], str]:  # type: ignore[no-untyped-def]
    result = run("merge", "--draft", "ecommerce@1", "--article", article, "--format", "json")
    assert result.exit_code == 0, result.output
    (unit,) = json.loads(result.stdout)["units"]
    return [{k: c[k] for k in ("start", "end", "old", "new", "supporters")} for c in unit["changes"]], result.stderr


def _proposed(run) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    listed = json.loads(run("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"]
    return [(c["eid"], c["proposed_text"]) for c in listed]


@pytest.mark.parametrize("label", ["（二）", "(二)", "（二）　"])
def test_typed_item_proposal_with_its_label(consultation, label: str) -> None:
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1",
                          "--at", "第七十六条第一款第（二）项", "--propose", label + ITEM_2)  # fmt: skip
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "added comment #1 by acme on 第七十六条第一款第二项 (art_76__para_1__item_2) (amend)\n", "")
    assert _proposed(consultation) == [("art_76__para_1__item_2", ITEM_2)]
    # the change is the member's edit, not a second （二）
    assert _merged(consultation, "第七十六条") == (
        [{"start": 170, "end": 170, "old": "", "new": "、联系方式", "supporters": ["acme"]}], SUMMARY)


def test_typed_article_proposal_with_its_label(consultation) -> None:
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条",
                          "--propose", "第十二条\u3000" + ART_12)  # fmt: skip
    assert (result.exit_code, result.stdout, result.stderr) == (0, "added comment #1 by acme on 第十二条 (art_12) (amend)\n", "")
    assert _proposed(consultation) == [("art_12", ART_12)]
    assert _merged(consultation, "第十二条") == (
        [{"start": 14, "end": 28, "old": "依法需要取得相关行政许可的，", "new": "", "supporters": ["acme"]}], SUMMARY)


def test_insert_proposal_keeps_its_label(consultation) -> None:
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1",
                          "--at", "第七十六条第一款第（三）项", "--stance", "insert", "--propose", "（四）未公示联系方式的。")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert _proposed(consultation) == [("art_76__para_1__item_3", "（四）未公示联系方式的。")]


def test_csv_proposals_with_labels(consultation, tmp_path: Path) -> None:
    path = _csv(tmp_path, f"acme,第七十六条第一款第（二）项,,(二){ITEM_2},,\nbeta,第十二条,,第十二条 {ART_12},,\n")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, f"{path}: csv into ecommerce@1: 2 added, 0 already there, 0 superseded\n", "")
    assert _proposed(consultation) == [("art_12", ART_12), ("art_76__para_1__item_2", ITEM_2)]
    assert _merged(consultation, "第七十六条")[0] == [
        {"start": 170, "end": 170, "old": "", "new": "、联系方式", "supporters": ["acme"]}]
    assert _merged(consultation, "第十二条")[0] == [
        {"start": 14, "end": 28, "old": "依法需要取得相关行政许可的，", "new": "", "supporters": ["beta"]}]


WIDTHS = "half-width punctuation ({}) between Chinese words of the proposed text is made full width ({}), as the law " \
         "writes it: the diff shows only the words changed"


def test_half_width_punctuation_in_a_wording_is_made_full_width_and_said(consultation, tmp_path: Path) -> None:
    """A trial: a wording typed in Excel with , and ; went into the law text unwarned, and the one ;
    (for ；) made the diff strike out the next 项's label and words and type them again. Made full
    width as the law writes them, each said with its row: the merge shows only the words changed."""
    item = "(二)未在首页显著位置持续公示终止电子商务的有关信息, 联系方式的;"  # the 项 of its own, its label typed too
    typed = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1",
                         "--at", "第七十六条第一款第（二）项", "--propose", item)  # fmt: skip
    assert (typed.exit_code, typed.stderr) == (0, f"warning: {WIDTHS.format(', ;', '，；')}\n")
    assert _proposed(consultation) == [("art_76__para_1__item_2", "未在首页显著位置持续公示终止电子商务的有关信息，联系方式的；")]
    assert _merged(consultation, "第七十六条")[0] == [
        {"start": 170, "end": 170, "old": "", "new": "，联系方式", "supporters": ["acme"]}]
    # a row of a file: the whole 款 with its 项, their labels and colon typed half width, and a figure after a comma
    para = ("电子商务经营者违反本法规定,有下列行为之一的,由市场监督管理部门责令限期改正,可以处二万元以下的罚款,对其中的电子商务"
            "平台经营者,依照本法第八十一条第一款的规定处罚:\n(一)未在首页显著位置公示营业执照信息、行政许可信息、属于不需要"
            "办理市场主体登记情形等信息,或者上述信息的链接标识的;\n(二)未在首页显著位置持续公示终止电子商务的有关信息的;\n"
            "(三)未明示用户信息查询、更正、删除以及用户注销的方式、程序,或者对用户信息查询、更正、删除以及用户注销设置不合理"
            "条件的.")  # fmt: skip
    path = _csv(tmp_path, f'beta,第七十六条第一款,,"{para}",,\n')
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stderr) == (0, f"warning: {path}: row 2: {WIDTHS.format(', ; : . ( )', '，；：。（）')}\n")
    assert _merged(consultation, "第七十六条")[0] == [
        {"start": 42, "end": 44, "old": "一万", "new": "二万", "supporters": ["beta"]},
        {"start": 170, "end": 170, "old": "", "new": "，联系方式", "supporters": ["acme"]}]


def test_half_width_marks_the_law_itself_writes_are_left_as_typed(consultation, tmp_path: Path) -> None:
    """A draft set with half-width (一) and , (some are): a wording that writes them so is the
    draft's own style, left as typed, unsaid; a mark the draft writes full width is still made so.
    Figures and Latin text keep theirs: 1,000, 10:30, 1.5, (GB 2760)."""
    law = tmp_path / "half.md"
    law.write_text("# 示例法\n\n<!-- INFO END -->\n\n第一条 经营者应当遵守下列规定,诚实守信：\n\n(一)公示信息；\n\n"
                   "(二)保存记录。\n", encoding="utf-8")  # fmt: skip
    assert consultation("draft", "add", str(law), "--name", "half", "--version", "1").exit_code == 0
    wording = "经营者应当遵守下列规定,诚实守信:\n(一)公示信息、收费标准(GB 2760)及1,000元以上的价格;\n(二)保存记录10:30至1.5年."
    result = consultation("comment", "add", "--member", "acme", "--draft", "half@1", "--at", "第一条", "--propose", wording)
    assert (result.exit_code, result.stderr) == (0, f"warning: {WIDTHS.format('; : .', '；：。')}\n")
    listed = json.loads(consultation("comment", "list", "--draft", "half@1", "--format", "json").output)["comments"]
    assert [c["proposed_text"] for c in listed] == [
        "经营者应当遵守下列规定,诚实守信：\n(一)公示信息、收费标准(GB 2760)及1,000元以上的价格；\n(二)保存记录10:30至1.5年。"]


def test_full_width_twins_of_the_laws_own_half_width_marks_are_kept_as_the_law_writes_them(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A trial: the law has 国际服务贸易: (half width), the committee's wording typed ： as a Chinese keyboard
    does beside its real change, and the submission sent 「:」 → 「：」 to the legislature, counted adopted at the
    next reading. A swap of the law's own mark for its twin, at its very place, beside other changes, is put back
    as the law writes it, and said. Words a wording puts in keep their marks; a wording whose only changes are
    such swaps asks for them (the source's typo corrected), and is left as typed (a stranger's review)."""
    law = tmp_path / "half.md"
    law.write_text("# 示例法\n\n<!-- INFO END -->\n\n第一条 经营者应当遵守下列规定,诚实守信:\n\n(一)公示信息；\n\n"
                   "(二)保存记录。\n\n第二条 注:本条为说明。\n", encoding="utf-8")  # fmt: skip
    assert consultation("draft", "add", str(law), "--name", "half", "--version", "1").exit_code == 0
    wording = "经营者应当遵守下列规定，诚实信用：\n(一)公示信息；\n(二)保存记录，备查。"
    result = consultation("comment", "add", "--member", "acme", "--draft", "half@1", "--at", "第一条", "--propose", wording)
    assert (result.exit_code, result.stderr) == (0, (
        "warning: full-width punctuation (，) in the proposed text where the law writes it half width (,) is kept as "
        "the law writes it: the diff shows only the words changed\n"))  # fmt: skip
    # (诚实信用： is the member's own words: its ： is theirs, a change of 守→信 beside the law's :)
    wordings = [("art_1", "经营者应当遵守下列规定,诚实信用：\n(一)公示信息；\n(二)保存记录，备查。")]
    # new words keep their own marks, though the law writes 注: elsewhere
    new_words = "注:本条为说明。附注：另见第一条。"
    result = consultation("comment", "add", "--member", "beta", "--draft", "half@1", "--at", "第二条", "--propose", new_words)
    assert (result.exit_code, result.stderr) == (0, "")
    # a wording whose only change is the mark: asked for, as typed
    fixed = "注：本条为说明。"
    result = consultation("comment", "add", "--member", "acme", "--draft", "half@1", "--at", "第二条", "--propose", fixed,
                          "--reason", "冒号应为全角")  # fmt: skip
    assert (result.exit_code, result.stderr) == (0, "")
    wordings += [("art_2", new_words), ("art_2", fixed)]
    listed = json.loads(consultation("comment", "list", "--draft", "half@1", "--format", "json").output)["comments"]
    assert [(c["eid"], c["proposed_text"]) for c in listed] == wordings
    decided = consultation("decide", "--draft", "half@1", "--article", "第一条", "--text",
                           "经营者应当遵守下列规定，诚实守信：\n(一)公示信息；\n(二)保存记录，备查。")  # fmt: skip
    assert (decided.exit_code, decided.stderr) == (0, (
        "warning: full-width punctuation (，：) in the committee's wording where the law writes it half width (, :) is "
        "kept as the law writes it: the diff shows only the words changed\n"))  # fmt: skip
    assert decided.stdout.startswith("decision #1: set the final wording on 第一条 (art_1)\n")
    # the law's marks, its one change put in
    assert "\n  position (final wording, decision #1): 经营者应当遵守下列规定,诚实守信:\n" in consultation(
        "merge", "--draft", "half@1").stdout


def test_a_label_pasted_in_brackets_is_left_out_as_the_label_is(consultation, tmp_path: Path) -> None:
    """A trial: 【第一条】为了… (a WeChat or WPS copy) kept its label, and the merge proposed putting
    「【第一条】」 into the law text. The label in brackets goes as the label alone does: its own article's
    unsaid, another article's with the warning that names it, in a typed wording and a row alike."""
    own = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条",
                       "--propose", "【第十二条】" + ART_12)  # fmt: skip
    assert (own.exit_code, own.stderr) == (0, "")
    path = _csv(tmp_path, f"beta,第十二条,,【第十三条】 {ART_12},,\n")
    other = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (other.exit_code, other.stderr) == (
        0, f"warning: {path}: row 2: the wording of 第十二条 opens with the article label 「第十三条」; it is left out (a "
           "label is not the article's text): check the wording is for this article\n")
    assert _proposed(consultation) == [("art_12", ART_12), ("art_12", ART_12)]
    assert _merged(consultation, "第十二条")[0] == [
        {"start": 14, "end": 28, "old": "依法需要取得相关行政许可的，", "new": "", "supporters": ["acme", "beta"]}]


def test_typed_proposal_of_one_kuan_is_anchored_at_it(consultation) -> None:
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第二条",
                          "--propose", ART_2_PARA_2)  # fmt: skip
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "added comment #1 by acme on 第二条第二款 (art_2__para_2) (amend)\n",
        "warning: the proposal gives one 款 of 第二条 (3 款); anchored at 第二条第二款\n")
    assert _proposed(consultation) == [("art_2__para_2", ART_2_PARA_2)]
    # one change on that 款; 第一款 and 第三款 are not deleted
    assert _merged(consultation, "第二条") == (
        [{"start": 48, "end": 48, "old": "", "new": "、数字内容", "supporters": ["acme"]}], SUMMARY)


def test_typed_proposal_of_one_kuan_matching_none_is_refused(consultation) -> None:
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第二条",
                          "--propose", "本法自公布之日起施行。")  # fmt: skip
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", ("Error: the proposal gives one 款 of 第二条 (3 款) and no 款 clearly matches it; cite the 款 it rewrites "
               "(第二条第一款 to 第二条第三款), or give the whole article (3 款, one per line)\n"))
    assert _proposed(consultation) == []


def test_csv_proposal_of_one_kuan(consultation, tmp_path: Path) -> None:
    path = _csv(tmp_path, f"acme,第二条,,{ART_2_PARA_2},,\nbeta,第二条,,本法自公布之日起施行。,,\n")
    refused = ("row 3: the proposal gives one 款 of 第二条 (3 款) and no 款 clearly matches it; cite the 款 it rewrites "
               "(第二条第一款 to 第二条第三款), or give the whole article (3 款, one per line)")  # fmt: skip
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", (f"Error: {path}: 1 of 2 row(s) are invalid; nothing was imported (fix them, or pass --skip-invalid)\n"
               f"  {refused}\n"))
    assert _proposed(consultation) == []
    skipped = consultation("comment", "import", str(path), "--draft", "ecommerce@1", "--skip-invalid")
    assert (skipped.exit_code, skipped.stdout, skipped.stderr) == (
        0, f"{path}: csv into ecommerce@1: 1 added, 0 already there, 0 superseded, 1 invalid skipped\n",
        (f"warning: {path}: row 2: the proposal gives one 款 of 第二条 (3 款); anchored at 第二条第二款\n"
        f"skipped: {path}: {refused}\n"))
    assert _proposed(consultation) == [("art_2__para_2", ART_2_PARA_2)]
    assert _merged(consultation, "第二条") == (
        [{"start": 48, "end": 48, "old": "", "new": "、数字内容", "supporters": ["acme"]}], SUMMARY)


def test_json_proposal_of_one_kuan_with_a_quote(consultation, tmp_path: Path) -> None:
    rows = [{"member": "acme", "article": "第二条", "quote": "本法所称", "proposed_text": ART_2_PARA_2}]
    (tmp_path / "a.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    result = consultation("comment", "import", str(tmp_path / "a.json"), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"warning: {tmp_path / 'a.json'}: item 1: the proposal gives one 款 of 第二条 (3 款); anchored at 第二条第二款\n"
    c = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"][0]
    assert (c["eid"], c["selector"]["exact"], c["selector"]["offset"]) == ("art_2__para_2", "本法所称", 0)


def test_a_row_import_reports_its_progress(consultation, tmp_path: Path) -> None:
    """Checked rows fill the first half of the bar, the stored batch the rest."""
    from lawcomment import open_store
    from lawcomment.consultation import import_comments

    path = _csv(tmp_path, "".join(f"acme,第{n % 9 + 1}条,,,意见{n},support\n" for n in range(2500)))
    calls: list[tuple[int, int]] = []
    store = open_store(tmp_path / "lc.db")
    try:
        result = import_comments(store, path, "ecommerce@1", progress=lambda done, total: calls.append((done, total)))
    finally:
        store.close()
    assert len(result.report.added) == 2500
    assert calls == [(1000, 5000), (2000, 5000), (5000, 5000)]


def test_an_import_sent_by_a_user_names_that_user_as_each_comments_author(consultation, tmp_path: Path) -> None:
    """``author`` (the web app's signed-in user who uploaded the file) is recorded as every
    comment's author, as a comment typed in the web app names its writer; without it the
    file's own names stand (none for a row file)."""
    from lawcomment import open_store
    from lawcomment.consultation import import_comments

    store = open_store(tmp_path / "lc.db")
    try:
        sent = import_comments(store, _csv(tmp_path, "acme,第二条,,,支持本条,support\n"), "ecommerce@1", author="li")
        plain = import_comments(store, _csv(tmp_path, "acme,第三条,,,支持本条,support\n", name="d.csv"), "ecommerce@1")
        authors = [store.get_comment(i).source.author for i in (*sent.report.added, *plain.report.added)]
    finally:
        store.close()
    assert authors == ["li", None]


def test_carriage_returns_are_line_breaks_on_every_way_in(consultation, tmp_path: Path) -> None:
    """CRLF (a browser's textarea, a Windows tool's JSON) or a lone CR is one line break: a typed
    or imported wording, a reason, an edit, a committee reason and wording store line feeds only,
    and a wording that changes one word of the law is one change."""
    import lawcomment

    art11 = ("电子商务经营者应当依法履行纳税义务，并依法享受税收优惠。\r\n依照前条规定不需要办理市场主体登记的电子商务经营者在"
             "首次纳税义务发生后，应当依照税收征收管理法律、行政法规的规定申请办理税务登记，并如实申报纳税。")  # two 款, CRLF
    typed = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十一条",
                         "--propose", art11.replace("应当依法", "应当及时依法", 1), "--reason", "一\r\n二\r三")  # fmt: skip
    assert typed.exit_code == 0, typed.output
    rows = tmp_path / "c.jsonl"
    rows.write_text(json.dumps({"member": "beta", "article": "第十四条", "reason": "甲\r\n乙"}) + "\n", encoding="utf-8")
    assert consultation("comment", "import", str(rows), "--draft", "ecommerce@1").exit_code == 0
    assert consultation("comment", "edit", "2", "--reason", "丙\r\n丁").exit_code == 0
    assert consultation("decide", "--draft", "ecommerce@1", "--article", "第十一条", "--committee-reason",
                        "理由一\r\n理由二").exit_code == 0  # fmt: skip
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert [(c["body"], "\r" in (c["proposed_text"] or "")) for c in listed] == [("一\n二\n三", False), ("丙\n丁", False)]
    unit = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "第十一条", "--format",
                                   "json").stdout)["units"][0]  # fmt: skip
    assert [(c["old"], c["new"]) for c in unit["changes"]] == [("", "及时")] and unit["committee_reason"] == "理由一\n理由二"
    with lawcomment.open_store(consultation.db, "staff") as store:
        from lawcomment.consultation import decide

        d = decide(store, "ecommerce@1", "art_16", text="电子商务经营者自行终止从事电子商务的，\r\n应当提前三十日公示。")
        assert d.new == "电子商务经营者自行终止从事电子商务的，\n应当提前三十日公示。"


def test_a_committee_reason_cut_by_an_unquoted_comma_is_not_stored(consultation, tmp_path: Path) -> None:
    """A committee reason in a row with cells past the header may be cut short: refused, on its
    own row or beside a comment (then never stored even with --skip-invalid)."""
    alone = tmp_path / "reasons.csv"
    alone.write_text("条款,委员会理由\n第十条,建议细化未成年人范围,并明确残疾人的认定标准。\n", encoding="utf-8")
    result = consultation("comment", "import", str(alone), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stderr) == (1, (
        f"Error: {alone}: 1 of 1 row(s) are invalid; nothing was imported (fix them, or pass --skip-invalid)\n"
        "  row 2: 3 cells for the header's 2 columns (「并明确残疾人的认定标准。」 past the last): a cell holding a comma "
        'must be quoted ("…,…"), as a spreadsheet saves it\n'))  # fmt: skip
    beside = tmp_path / "both.csv"
    beside.write_text("会员,条款,理由,委员会理由\nacme,第十条,同意,建议细化,并明确\n", encoding="utf-8")
    assert consultation("comment", "import", str(beside), "--draft", "ecommerce@1", "--skip-invalid").exit_code == 0
    from lawcomment import open_store

    with open_store(consultation.db) as store:
        assert store.committee_reasons("ecommerce@1") == {} and store.comments("ecommerce@1") == []


def test_another_article_s_label_typed_before_a_wording_is_left_out_and_said(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial) 第十三条 typed before the words of 第十二条 would go into the law's text
    as a tracked change, a second label: left out, with a warning naming it, on every route."""
    said = ("the wording of 第十二条 opens with the article label 「第十三条」; it is left out (a label is not the "
            "article's text): check the wording is for this article")  # fmt: skip
    wording = "电子商务经营者从事经营活动，依法需要取得相关行政许可的，应当及时取得行政许可。"
    path = _csv(tmp_path, f"acme,第十二条,,第十三条 {wording},及时,\n")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 0 and result.stderr == f"warning: {path}: row 2: {said}\n"
    typed = consultation("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十二条",
                         "--propose", f"第十三条\u3000{wording}")  # fmt: skip
    assert (typed.exit_code, typed.stderr) == (0, f"warning: {said}\n")
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert [c["proposed_text"] for c in listed] == [wording, wording]
    merged = consultation("merge", "--draft", "ecommerce@1", "--article", "第十二条")
    assert "[-依法-]{+及时+}取得行政许可" in merged.stdout and "第十三条" not in merged.stdout
    # a citation opening a sentence is the wording's own: kept
    cited = consultation("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十二条",
                         "--propose", "第十三条规定的电子商务经营者，应当依法取得行政许可。")  # fmt: skip
    assert cited.exit_code == 0 and "label" not in cited.stderr
    from lawcomment.exports import localized  # the web app says it in Chinese

    assert localized(said, "zh") == "第十二条的建议条文以条文序号「第十三条」开头，已去掉（序号不是条文内容）：请核对该建议是否针对本条"


def test_a_wording_pasted_with_blank_lines_between_its_paragraphs_puts_in_no_empty_paragraph(consultation,  # type: ignore[no-untyped-def]
                                                                                           data: Path) -> None:  # fmt: skip
    """(a trial) An article's 款 pasted with an empty line between them, as Markdown and many Word
    copies set them: the law's 款 follow line by line, so the proposal is its one change, never
    one more putting in an empty 款."""
    run = consultation
    law = (data / "ecommerce-law.md").read_text(encoding="utf-8")
    ninth = law.split("第九条 ", 1)[1].split("\n\n第十条", 1)[0]
    assert ninth.count("\n\n") == 2  # three 款, as the Markdown sets them
    wording = ninth.replace("信息发布等服务", "信息发布等网络服务")
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第九条", "--propose",
               wording).exit_code == 0  # fmt: skip
    (c,) = json.loads(run("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert c["proposed_text"] == wording.replace("\n\n", "\n")
    merged = run("merge", "--draft", "ecommerce@1", "--article", "第九条").stdout
    assert "  c1  proposed                {+网络+}  [acme]\n" in merged and "c2" not in merged, merged


def test_zero_width_characters_typed_or_imported_in_a_wording_are_taken_out_and_said(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of the web app) A wording pasted with a zero-width space: taken out, as
    a draft's are (drafts.normalize, rule 4), and said; it would otherwise be a change nobody can
    see. A no-break space put in is a change the merge warns of."""
    art16 = "电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置持续公示有关信息。"
    typed = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十六条", "--propose",
                         art16.replace("显著", "显\u200b著").replace("三十", "六十"))  # fmt: skip
    assert typed.exit_code == 0, typed.output
    note = ("1 zero-width character(s) taken out of the proposed text: they are invisible, and a change of them would be "
            "one nobody can see")  # fmt: skip
    assert f"warning: {note}" in typed.output
    rows = tmp_path / "rows.csv"
    pasted = art16.replace("首页", "首\u2060页").replace("三十", "十五")
    rows.write_text(f"member,article,proposed_text\nbeta,第十六条,{pasted}\n", encoding="utf-8")
    imported = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert imported.exit_code == 0, imported.output
    assert f"row 2: {note}" in imported.output
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert [c["proposed_text"] for c in listed] == [art16.replace("三十", "六十"), art16.replace("三十", "十五")]
    # a no-break space between the law's words is taken out too, and said (the merge warned of it, stored)
    nbsp = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十六条", "--propose",
                        art16.replace("信息。", "信息\u00a0。"))  # fmt: skip
    assert nbsp.exit_code == 0, nbsp.output
    assert ("warning: in the proposed text, 1 space(s) typed between Chinese words or at a line's end taken out, as the "
            "law writes it: the diff shows only the words changed") in nbsp.output  # fmt: skip
    unit = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "第十六条", "--format", "json").stdout)
    assert not any("NO-BREAK SPACE" in w for w in unit["units"][0]["warnings"])


def test_word_s_manual_line_break_in_a_typed_reason_is_a_line_break(consultation) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of the web app) A reason pasted from Word holds U+000B where Shift+Enter
    broke the line (U+000C, U+2028 and U+2029 alike): one line feed, never the whole comment refused."""
    added = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十五条", "--reason",
                         "第一行\u000b第二行\u000c第三行\u2028第四行")  # fmt: skip
    assert added.exit_code == 0, added.output
    (c,) = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert c["body"] == "第一行\n第二行\n第三行\n第四行"


def test_invisible_characters_on_every_path_are_taken_out_refused_or_warned_of(consultation) -> None:  # type: ignore[no-untyped-def]
    """(a stranger's review) A comment edited with a zero-width space: taken out and said, as at
    intake. The committee's wording with one, or with a line separator: refused. A wording with a
    line separator: refused. A no-break space put in with words: warned of."""
    art16 = "电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置持续公示有关信息。"
    _ = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十六条", "--propose",
                     art16.replace("三十", "六十"))  # fmt: skip
    edited = consultation("comment", "edit", "1", "--propose", art16.replace("三十", "九十").replace("显著", "显\u200b著"))
    assert edited.exit_code == 0, edited.output
    assert "1 zero-width character(s) taken out of the proposed text" in edited.output
    (c,) = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert c["proposed_text"] == art16.replace("三十", "九十")
    hidden = consultation("decide", "--draft", "ecommerce@1", "--article", "第十六条", "--text", art16.replace("首页", "首\u200b页"))
    assert hidden.exit_code == 1 and hidden.output == (
        "Error: the committee's wording holds 1 zero-width character(s), which no reader sees (pasted with the words?): "
        "take them out\n")  # fmt: skip
    separated = consultation("decide", "--draft", "ecommerce@1", "--article", "第十六条", "--text", art16 + "\u2028另行公告。")
    assert separated.exit_code == 1 and "line or paragraph separator (U+2028, U+2029)" in separated.output
    typed = consultation("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十六条", "--propose",
                         art16 + "\u2029另行公告。")  # fmt: skip
    assert typed.exit_code == 1 and ("art_16: proposed text: a line or paragraph separator (U+2028, U+2029); break its "
                                     "lines with line breaks, one 款 a line") in typed.output  # fmt: skip
    spaced = consultation("decide", "--draft", "ecommerce@1", "--article", "第十六条", "--text",
                          art16.replace("持续公示", "持续\u00a0依法公示"))  # fmt: skip
    assert spaced.exit_code == 0, spaced.output
    unit = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "第十六条", "--format", "json").stdout)
    assert ("the committee's wording puts in NO-BREAK SPACE with its words, which no reader can tell from a space or "
            "from nothing: check it is meant") in unit["units"][0]["warnings"]  # fmt: skip


@pytest.mark.parametrize("channel", ["csv", "typed"])
def test_a_wording_beside_a_quote_that_reads_as_the_quoted_words_replacement(consultation, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                             channel: str) -> None:  # fmt: skip
    """(a new user's trial of 公司法 第一百九十八条) 原文 | 修改建议 as a member's table has them: the
    quoted words and what they should read. Read as the quoted words' new wording, said so; never
    as the whole article's wording, which would strike all the rest of it."""
    quote, wording = "在首页显著位置持续公示有关信息", "在首页显著位置公示有关信息"
    if channel == "csv":
        rows = tmp_path / "rows.csv"
        rows.write_text(f"会员,条款,原文,修改建议\nacme,第十六条,{quote},{wording}\n", encoding="utf-8")
        result = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    else:
        result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十六条",
                              "--quote", quote, "--propose", wording)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (f"the proposed text 「{wording}」 is read as the new wording of the quoted words 「{quote}」, not of the "
            "whole unit (give the whole unit as it should read to say otherwise)") in result.output  # fmt: skip
    unit = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "第十六条", "--format", "json").stdout)
    assert [(c["old"], c["new"]) for c in unit["units"][0]["changes"]] == [("持续", "")]


def test_a_remark_on_the_whole_draft_may_quote_its_title_as_the_members_copy_prints_it(consultation) -> None:
    # a trial (统计法): the Word copy's title is the stored one (电子商务法（草案）), not the text's own; the
    # submission's general opinion then says 有会员提出：…, never 有会员就“电子商务法（草案）”提出
    added = consultation("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "全文", "--quote",
                         "电子商务法（草案）", "--reason", "总体支持。")  # fmt: skip
    assert added.exit_code == 0, added.output
    assert consultation("comment", "forward", "1").exit_code == 0
    md = consultation("export", "--draft", "ecommerce@1", "--format", "md").stdout
    assert "有会员提出：总体支持。" in md and "有会员就" not in md


def test_an_orphaned_comment_in_a_json_file_is_no_remark_on_the_whole_draft(consultation, tmp_path: Path) -> None:
    # a review: an orphaned comment (eid null, its note saying why) came back from comment list --format json
    # as an open remark on the whole draft, to be forwarded under 总体意见, its note lost
    doc = {"schema": "lawcomment.comments/1", "comments": [
        {"eid": None, "member": "acme", "stance": "question", "body": "此句何意？", "status": "orphaned",
         "note": "第十二条 (art_12) → —; the new version deleted 第十二条 (art_12)"}]}  # fmt: skip
    path = tmp_path / "orphans.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    refused = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"Error: {path}: 1 of 1 row(s) are invalid; nothing was imported (fix them, or pass --skip-invalid)\n"
        "  item 1: a comment orphaned on no unit of its draft: 第十二条 (art_12) → —; the new version deleted 第十二条 "
        "(art_12); it is no remark on the whole draft: give the article it is about, or leave it out\n")  # fmt: skip


@pytest.mark.parametrize(("reason", "anchored"), [
    # the reason names the 款 left out: the whole article, deleting it
    ("第三款另行规定。", "第二条 (art_2)"),
    # words inside a 款, another 款 than the one left out, a deletion turned down: the wording of the 款 it gives
    ("建议删除第三款中“金融类产品和服务”的表述。", "第二条第一款 (art_2__para_1)"),
    ("建议删除第二款。", "第二条第一款 (art_2__para_1)"),
    ("第三款不宜删除，另行规定于配套法规中。", "第二条第一款 (art_2__para_1)"),
])  # fmt: skip
def test_a_wording_deletes_only_the_paragraphs_its_reason_names(consultation, reason: str, anchored: str) -> None:
    # a review: any reason matching 删除第N款 read a wording of one 款 as the whole article, deleting 款 unasked
    from lawcomment import load_draft

    from tests.conftest import DATA

    art = load_draft(DATA / "ecommerce-law.md").find("art_2")
    assert art is not None
    first, second = (c.text for c in art.children[:2])
    wording = f"{first}\n{second}" if reason == "第三款另行规定。" else first.replace("适用本法", "适用本法；法律另有规定的除外")
    added = consultation("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第二条", "--propose",
                         wording, "--reason", reason)  # fmt: skip
    assert added.exit_code == 0, added.output
    assert added.stdout == f"added comment #1 by acme on {anchored} (amend)\n"


# -- placeholders in the wording column (a messy-input trial: 「无」 stored as 第十条's new wording) ---------------


@pytest.mark.parametrize(("wording", "reason", "stance", "stored", "said"), [
    ("无", "建议延长期限。", "", ("comment", "建议延长期限。"),
     "the proposed text 「无」 is no wording: read as a remark on 第十二条 (art_12), its reason kept"),
    ("/", "建议删除“相关”。", "", ("comment", "建议删除“相关”。"),
     "the proposed text 「/」 is no wording: read as a remark on 第十二条 (art_12), its reason kept"),
    ("暂无。", "表述不清", "疑问", ("question", "表述不清"),
     "the proposed text 「暂无。」 is no wording: read as stance question on 第十二条 (art_12)"),
    ("N/A", "Unclear.", "", ("comment", "Unclear."),
     "the proposed text 「N/A」 is no wording: read as a remark on 第十二条 (art_12), its reason kept"),
    ("同意", "", "", ("support", ""), "the proposed text 「同意」 is no wording: read as support of 第十二条 (art_12)"),
    ("同意", "无", "", ("support", ""), "the proposed text 「同意」 is no wording: read as support of 第十二条 (art_12); "
                                      "the reason 「无」 says nothing (a placeholder): read as none"),
    ("—", "", "", None, "the proposed text 「—」 is no wording and the row gives no reason: nothing is recorded at 第十二条 "
                        "(art_12)"),
    ("见理由", "/", "", None, "the proposed text 「见理由」 is no wording and the reason 「/」 says nothing: nothing is "
                             "recorded at 第十二条 (art_12)"),
    ("", "-", "", None, "the reason 「-」 says nothing (a placeholder): read as none: nothing is recorded at 第十二条 (art_12)"),
])  # fmt: skip
def test_a_placeholder_in_the_wording_column_is_no_wording(consultation, tmp_path: Path, wording: str, reason: str,
                                                           stance: str, stored: tuple | None, said: str) -> None:  # fmt: skip
    path = _csv(tmp_path, f"acme,第十二条,,{wording},{reason},{stance}\n")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stderr) == (0, f"warning: {path}: row 2: {said}\n")
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"]
    assert [(c["stance"], c["body"]) for c in listed] == ([stored] if stored else [])
    assert all(c["proposed_text"] is None for c in listed)


@pytest.mark.parametrize(("row", "problem"), [
    ("acme,第十二条,,同上,同上,", "row 2: the proposed text 「同上」 (same as above) is no wording: each row is read on its own, "
                             "never from the row above; write out the wording it means (or leave the cell empty to keep "
                             "the reason as a remark)"),
    ("acme,第十二条,,无,x,修改", "row 2: stance amend needs a wording, and the proposed text 「无」 is none: give the wording "
                             "as it should read, or make the stance 意见 to keep the reason as a remark"),
])  # fmt: skip
def test_a_placeholder_that_cannot_be_read_is_refused(consultation, tmp_path: Path, row: str, problem: str) -> None:
    path = _csv(tmp_path, row + "\n")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1:] == [f"  {problem}"]


def test_a_placeholder_never_replaces_the_members_wording(consultation, tmp_path: Path) -> None:
    """The trial's 「无」 superseded the member's real proposal of the article, sent earlier."""
    first = _csv(tmp_path, "acme,第十二条,,电子商务经营者应当依法取得行政许可。,简化,\n", name="first.csv")
    assert consultation("comment", "import", str(first), "--draft", "ecommerce@1").exit_code == 0
    later = _csv(tmp_path, "acme,第十二条,,无,另外建议明确期限。,\n", name="later.csv")
    result = consultation("comment", "import", str(later), "--draft", "ecommerce@1")
    assert result.stdout == f"{later}: csv into ecommerce@1: 1 added, 0 already there, 0 superseded\n"
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"]
    assert [(c["stance"], c["status"], c["proposed_text"]) for c in listed] == [
        ("amend", "open", "电子商务经营者应当依法取得行政许可。"), ("comment", "open", None)]


@pytest.mark.parametrize(("args", "code", "said"), [
    (["--propose", "无", "--reason", "建议明确期限。"], 0,
     "warning: the proposed text 「无」 is no wording: read as a remark on 第十二条 (art_12), its reason kept\n"),
    (["--propose", "/"], 1, "Error: the proposed text 「/」 is no wording and the row gives no reason: nothing is recorded "
                            "at 第十二条 (art_12)\n"),
    (["--propose", "同上", "--reason", "x"], 1, "Error: the proposed text 「同上」 (same as above) is no wording: each row is "
                                                "read on its own, never from the row above; write out the wording it means "
                                                "(or leave the cell empty to keep the reason as a remark)\n"),
])  # fmt: skip
def test_a_placeholder_typed_as_the_wording(consultation, args: list[str], code: int, said: str) -> None:
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条", *args)
    assert (result.exit_code, result.stderr) == (code, said)
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"]
    assert [(c["stance"], c["proposed_text"]) for c in listed] == ([("comment", None)] if code == 0 else [])


@pytest.mark.parametrize(("text", "says"), [
    ("无", "none"), ("无。", "none"), ("（无）", "none"), ("/", "none"), ("／", "none"), ("-", "none"), ("——", "none"),
    ("…", "none"), ("暂无", "none"), ("没有", "none"), ("无意见", "none"), ("见理由", "none"), ("详见理由", "none"),
    ("N/A", "none"), ("none", "none"), ("不修改", "none"), ("维持原文", "none"),
    ("同意", "agree"), ("同意。", "agree"), ("支持本条", "agree"), ("无异议", "agree"),
    ("同上", "same"), ("同上。", "same"), ("同第十条意见", "same"),
    ("删除", None), ("无偿", None), ("一年", None), ("电子商务经营者应当依法取得行政许可。", None), ("0", None),
])  # fmt: skip
def test_what_a_placeholder_says(text: str, says: str | None) -> None:
    from lawcomment.consultation.bulk import placeholder

    assert placeholder(text) == says


def test_a_row_pasted_twice_is_stored_once_and_two_wordings_of_one_unit_are_said(consultation, tmp_path: Path) -> None:
    """A messy-input trial: rows pasted twice were all stored, unsaid, and two wordings of one article
    by one member in one file were both kept open, unsaid. The same words twice are one comment;
    two wordings are both the member's (never one dropped), said."""
    a, b = "电子商务经营者应当依法取得行政许可。", "电子商务经营者从事经营活动，应当取得行政许可。"
    path = _csv(tmp_path, f"acme,第十二条,,{a},简化,\nacme,第十二条,,{a},简化,\nacme,第十二条,,{b},简化（更正）,\n"
                          "acme,第十三条,,,同一意见,\nacme,第十三条 ,,,同一意见 ,\nbeta,第十三条,,,同一意见,\n")  # fmt: skip
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stdout) == (0, f"{path}: csv into ecommerce@1: 4 added, 0 already there, 0 superseded\n")
    assert result.stderr.splitlines() == [
        f"warning: {path}: row 3 repeats row 2 word for word: stored once",
        f"warning: {path}: row 4: acme gives a second wording of 第十二条 (art_12) in this file (row 2 gives another): "
        "both are kept open, neither replacing the other (withdraw the one acme does not mean: lawcomment comment "
        "withdraw ID)",
        f"warning: {path}: row 6 repeats row 5 word for word: stored once"]  # fmt: skip
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"]
    assert [(c["member"], c["eid"], c["proposed_text"], c["status"], c["source"]["position"]) for c in listed] == [
        ("acme", "art_12", a, "open", "row 2"), ("acme", "art_12", b, "open", "row 4"),
        ("acme", "art_13", None, "open", "row 5"), ("beta", "art_13", None, "open", "row 7")]  # fmt: skip
    again = consultation("comment", "import", str(path), "--draft", "ecommerce@1")  # the same file again: nothing new
    assert again.stdout == f"{path}: csv into ecommerce@1: 0 added, 4 already there, 0 superseded\n"


@pytest.mark.parametrize("header", ["单位名称", "会员/单位名称", "企业名称", "公司名称", "反馈单位"])
def test_common_chinese_headers_are_read(consultation, tmp_path: Path, header: str) -> None:
    """A messy-input trial: 单位名称 (which member import reads), 具体条款 and 修改理由及依据 were not
    read, and the rows refused as naming no member, the error hiding why."""
    path = tmp_path / "c.csv"
    path.write_text(f"{header},具体条款,修改建议（条文）,修改理由及依据\nACME (China) Ltd.,第十二条,,表述不清。\n", encoding="utf-8")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"]
    assert [(c["member"], c["eid"], c["body"]) for c in listed] == [("acme", "art_12", "表述不清。")]


@pytest.mark.parametrize(("content", "message"), [
    ("单位全称,条款,理由\nacme,第十二条,x\n",
     "1 of 1 row(s) are invalid; nothing was imported (fix them, or pass --skip-invalid)\n  row 2: no member (fill the "
     "member column or pass --member); the file's columns not read: '单位全称'"),
    ("会员,序号,条款,理由\n,1,第十二条,x\n",  # a member cell left empty: no column is missing
     "1 of 1 row(s) are invalid; nothing was imported (fix them, or pass --skip-invalid)\n  row 2: no member (fill the "
     "member column or pass --member)"),
    ("单位全称,条文号,理由\nacme,第十二条,x\n",
     "line 1: no article column (expected one of: article, eid, at, citation, unit, 条款, 条文, 条目, 位置, 具体条款, 涉及条款, "
     "条款序号); the file's columns not read: '单位全称', '条文号'"),
])  # fmt: skip
def test_a_column_the_rows_lack_names_the_columns_not_read(consultation, tmp_path: Path, content: str,
                                                          message: str) -> None:  # fmt: skip
    path = tmp_path / "c.csv"
    path.write_text(content, encoding="utf-8")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: {message}\n")


def test_member_import_reads_the_shared_organisation_headers(consultation, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("会员,企业名称\ngamma,Gamma Ltd.\n", encoding="utf-8")
    assert consultation("member", "import", str(path)).exit_code == 0
    assert "Gamma Ltd." in consultation("member", "list").output


def test_member_import_reads_a_secretariats_own_headers_and_names_the_columns_it_does_not(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a trial of 商标法) 联系邮箱 was left unread, every e-mail empty, and nothing said: a header
    holding 邮箱 is the e-mail's, 所属工作组 the group's, and a column no member detail takes is named."""
    path = tmp_path / "m.csv"
    path.write_text("会员编号,单位名称,所属工作组,联系邮箱,联系人,电话\ngamma,Gamma Ltd.,知识产权工作组,legal@gamma.example,王律师,010-1\n",
                    encoding="utf-8")  # fmt: skip
    result = consultation("member", "import", str(path))
    assert (result.exit_code, result.stdout, result.stderr) == (0, f"{path}: 1 added, 0 updated, 0 unchanged\n", (
        f"warning: {path}: column(s) '联系人', '电话' not read: a member has an id, org, group, email, lang and role "
        f"(会员编号, 单位名称, 工作组, 邮箱, 语言, 角色)\nwarning: {path}: column '所属工作组' read as the member's group\n"
        f"warning: {path}: column '联系邮箱' read as the member's email\n"))  # fmt: skip
    (m,) = [m for m in json.loads(consultation("member", "list", "--format", "json").stdout)["members"] if m["id"] == "gamma"]
    assert (m["org"], m["group"], m["email"]) == ("Gamma Ltd.", "知识产权工作组", "legal@gamma.example")


@pytest.mark.parametrize(("header", "unread"), [
    ("工作组负责人邮箱", "工作组负责人邮箱"),  # (a stranger's review: the group leader's, read as the member's e-mail)
    ("是否订阅邮件", "是否订阅邮件"),  # (refused as no e-mail address)
    ("Mailing address", "Mailing address"),
])  # fmt: skip
def test_a_header_of_someone_elses_detail_is_not_the_members(consultation, tmp_path: Path, header: str, unread: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "m.csv"
    path.write_text(f"会员编号,单位名称,工作组,{header}\neta,Eta Ltd.,知识产权工作组,c@d.example\n", encoding="utf-8")
    result = consultation("member", "import", str(path))
    assert (result.exit_code, result.stdout) == (0, f"{path}: 1 added, 0 updated, 0 unchanged\n"), result.output
    assert f"column(s) '{unread}' not read" in result.stderr
    (m,) = [m for m in json.loads(consultation("member", "list", "--format", "json").stdout)["members"] if m["id"] == "eta"]
    assert (m["group"], m["email"]) == ("知识产权工作组", "")


def test_member_import_refuses_two_columns_of_one_detail(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "m.csv"
    path.write_text("会员,邮箱,备用邮箱\ngamma,a@gamma.example,b@gamma.example\n", encoding="utf-8")
    result = consultation("member", "import", str(path))
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", f"Error: {path}: line 1: two columns give the same detail: '邮箱', '备用邮箱' are all email; keep one\n")
    assert "gamma" not in consultation("member", "list").output


def test_a_wording_in_the_reason_column_is_said(consultation, tmp_path: Path) -> None:
    """A messy-input trial: a CSV row's 理由 建议修改为：“…” beside an empty 修改建议 was stored as a remark,
    unsaid, where a form's row says it. Quoted with its closing mark (a trial of 反洗钱法 read 「…工作。」 cut)."""
    path = tmp_path / "c.csv"
    path.write_text("会员,条款,修改建议,理由\nacme,第十二条,,建议修改为：“电子商务经营者从事经营活动，应当依法取得行政许可。”\n",
                    encoding="utf-8")  # fmt: skip
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stderr) == (0, (
        f"warning: {path}: row 2: the reason of 第十二条 (art_12) gives a wording (「建议修改为：“电子商务经营者从事经营活动，应当依法取得行政许可。”」) "
        "while its proposed text is empty; it is kept as a remark (write the wording in 修改建议 to propose it)\n"))
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"]
    assert [(c["stance"], c["proposed_text"]) for c in listed] == [("comment", None)]


def test_spaces_and_full_width_digits_a_sheet_put_in_a_wording_are_taken_out_and_said(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A messy-input trial: a trailing space and spaces after commas stood as changes of their own in
    the merge (and a conflict), a no-break space was kept, a wording that differed only by １０００
    looked like the law, and 将“２４小时”修改为“７２小时” was refused as not in the article. Spaces between
    Chinese words and at a line's ends go, digits are made half width, each said naming the row."""
    law = tmp_path / "law.txt"
    law.write_text("测试法\n第一条 经营者应当在24小时内处理投诉，并记录处理结果。\n第二条 本法自公布之日起施行。\n", encoding="utf-8")
    assert consultation("draft", "add", str(law), "--name", "t", "--version", "1").exit_code == 0
    art1 = "经营者应当在24小时内处理投诉，并记录处理结果。"
    rows = tmp_path / "messy.csv"
    with rows.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["member", "article", "proposed_text", "reason"],
                                  ["acme", "第一条", " " + art1.replace("，", "，  ").replace("处理投诉", "及时处理投诉") + " ", "及时"],
                                  ["beta", "第一条", art1.replace("记录", "书面\u00a0记录").replace("24", "２４"), "书面"],
                                  ["acme", "第二条", "将“本法自公布之日起”修改为“本法自２０２７年１月１日起”", "明确日期"],
                                  ["beta", "第二条", "本法自公布之日起施行。 ", "同意"]])  # fmt: skip
    imported = consultation("comment", "import", str(rows), "--draft", "t@1")
    assert imported.exit_code == 0, imported.output
    said = imported.stderr.splitlines()
    tail = ", as the law writes it: the diff shows only the words changed"
    assert f"warning: {rows}: row 2: in the proposed text, 2 space(s) typed between Chinese words or at a line's end taken out{tail}" in said
    assert (f"warning: {rows}: row 3: in the proposed text, 1 space(s) typed between Chinese words or at a line's end taken "
            f"out and full-width digits (２４) made half width (24){tail}") in said  # fmt: skip
    listed = json.loads(consultation("comment", "list", "--draft", "t@1", "--format", "json").stdout)["comments"]
    wordings = {(c["member"], c["eid"]): c["proposed_text"] for c in listed}
    assert wordings[("acme", "art_1")] == art1.replace("处理投诉", "及时处理投诉")
    assert wordings[("beta", "art_1")] == art1.replace("记录", "书面记录")
    assert wordings[("acme", "art_2")] == "本法自2027年1月1日起施行。"
    # the article as it stands (its trailing space aside) and the reason 同意: support of it (反垄断法, a trial)
    assert wordings[("beta", "art_2")] is None and {c["stance"] for c in listed if c["member"] == "beta" and c["eid"] == "art_2"} == {"support"}
    merged = consultation("merge", "--draft", "t@1", "--article", "1").stdout
    assert "{+ +}" not in merged and "0 conflict(s)" in merged, merged


@pytest.mark.parametrize(("name", "data", "said", "where"), [
    ("title.csv", "关于《电子商务法》的修改意见汇总表,,,\n会员,条款,修改建议,理由\nacme,第十六条,,建议明确公示方式。\n".encode("gb18030"),
     "row 1 ('关于《电子商务法》的修改意见汇总表') is read as a title above the header, row 2", "row 3"),
    ("tabs.csv", b"\xff\xfe" + "会员\t条款\t理由\r\nacme\t第十六条\t建议明确公示方式。\r\n".encode("utf-16-le"),
     "read as tab-separated: its header has no commas between the column names", "row 2"),
    ("semicolons.csv", "会员;条款;理由\r\nacme;第十六条;建议明确公示方式。\r\n".encode("gb18030"),
     "read as semicolon-separated: its header has no commas between the column names", "row 2"),
])  # fmt: skip
def test_a_sheet_saved_otherwise_is_read_and_said(consultation, tmp_path: Path, name: str, data: bytes, said: str,
                                                 where: str) -> None:  # fmt: skip
    """A messy-input trial: a title row above the header, a sheet saved as Unicode text (tabs, UTF-16)
    and one with semicolons were each refused as having "no article column"."""
    path = tmp_path / name
    path.write_bytes(data)
    imported = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    read_as = "utf-16" if data.startswith(b"\xff\xfe") else "gb18030"  # (and the encoding found, as a draft's is said)
    assert (imported.exit_code, imported.stderr) == (0, f"warning: {path}: encoding: read as {read_as}, not UTF-8 (pass "
                                                        f"--encoding to read it as another)\nwarning: {path}: {said}\n")
    (c,) = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert (c["member"], c["eid"], c["body"], c["source"]["position"]) == ("acme", "art_16", "建议明确公示方式。", where)


@pytest.mark.parametrize(("name", "data"), [
    ("gbk.csv", "会员,条款,理由\nacme,第十六条,建议明确公示方式。\n".encode("gbk")),
    ("gbk.jsonl", '{"会员": "acme", "条款": "第十六条", "理由": "建议明确公示方式。"}\n'.encode("gbk")),
    ("gbk.json", '[{"会员": "acme", "条款": "第十六条", "理由": "建议明确公示方式。"}]'.encode("gbk")),
])  # fmt: skip
def test_a_comment_file_not_in_utf8_says_how_it_was_read(consultation, tmp_path: Path, name: str, data: bytes) -> None:
    """A trial: a GBK CSV or JSONL was read with no word that it was read as GB18030 (a draft's says so)."""
    from lawcomment import import_comments, open_store

    path = tmp_path / name
    path.write_bytes(data)
    said = f"{path}: encoding: read as gb18030, not UTF-8 (pass --encoding to read it as another)"
    imported = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (imported.exit_code, imported.stderr) == (0, f"warning: {said}\n")
    again = consultation("comment", "import", str(path), "--draft", "ecommerce@1", "--encoding", "gbk")
    assert (again.exit_code, again.stderr) == (0, "")  # (asked for: nothing to say)
    store = open_store(tmp_path / "lc.db")
    try:
        assert import_comments(store, path, "ecommerce@1").warnings == [said]
    finally:
        store.close()


@pytest.mark.parametrize(("name", "text", "said"), [
    ("empty.csv", "会员,条款,修改建议,理由\n", "no rows below the header: nothing to import"),
    ("empty.json", "[]", "no rows: nothing to import"),
    ("empty.jsonl", "\n\n", "the file is empty"),
    # a file of no bytes, of whatever type (an empty .xlsx was "not an Excel workbook", an empty .csv an error of its own)
    ("zero.csv", "", "the file is empty"),
    ("zero.json", "", "the file is empty"),
    ("zero.docx", "", "the file is empty"),
    ("bom.csv", "\ufeff", "the file is empty"),
])  # fmt: skip
def test_a_file_with_no_comments_is_an_error_naming_it_and_records_no_import(consultation, tmp_path: Path, name: str,
                                                                            text: str, said: str) -> None:  # type: ignore[no-untyped-def]
    """(专利法实施细则, a trial) A header-only CSV was listed by `import list` as an import of 0 rows, for staff to
    wonder about (and undo): nothing is stored, and no import is recorded. An empty file, a header alone or an empty
    list holds no comments: an error naming the file (never "0 added" as if it had worked), exit 1."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    imported = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (imported.exit_code, imported.stdout, imported.stderr) == (1, "", (
        f"warning: {path}: {said}\n"
        f"Error: {path}: the file holds no comments: nothing imported into ecommerce@1, no import recorded\n"))
    assert consultation("import", "list").stdout.splitlines()[-1] == "0 import(s)"



def test_an_organisation_named_but_for_its_brackets_or_company_form_is_refused_naming_the_member(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a messy-input trial: 博世中国投资有限公司 for 博世（中国）投资有限公司 was "unknown member", no member named
    assert consultation("member", "add", "bosch", "--org", "博世（中国）投资有限公司").exit_code == 0
    assert consultation("member", "add", "huayun", "--org", "华云数据（北京）有限公司").exit_code == 0
    path = tmp_path / "c.csv"
    path.write_text("单位,条款,理由\n博世中国投资有限公司,第十二条,x\n华云数据（北京）有限责任公司,第十二条,y\n", encoding="utf-8")
    refused = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert (refused.exit_code, refused.stderr.splitlines()[1:]) == (1, [
        "  row 2: unknown member '博世中国投资有限公司'; did you mean bosch (whose organisation is '博世（中国）投资有限公司')? "
        "The member column takes a member's id, or its organisation as `member list` shows it",
        "  row 3: unknown member '华云数据（北京）有限责任公司'; did you mean huayun (whose organisation is '华云数据（北京）有限公司')? "
        "The member column takes a member's id, or its organisation as `member list` shows it"])  # fmt: skip


@pytest.mark.parametrize("odd", ["", "ok\x1bbad", "ok\ud800", "第一行\u2028第二行", "多\r\n行"])
@pytest.mark.parametrize("proposing", [False, True])
def test_a_file_read_in_two_processes_is_stored_or_refused_as_in_one(tmp_path: Path, runner, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                                      odd: str, proposing: bool) -> None:  # fmt: skip
    """A file's rows read in two processes (the wordings normalised, fingerprints worked out and
    text searched as they are read) are stored, warned of or refused as in one process: the same
    output, the same comments (one with a character refused, in either half, refuses the file)."""
    import sys

    from tests.conftest import _consultation

    from lawcomment.consultation import bulk

    if not sys.platform.startswith("linux"):
        pytest.skip("workers are forked on Linux only")
    monkeypatch.setattr(bulk, "BESIDE_FROM", 1)
    forked: list[object] = []
    started = bulk.beside

    def beside(fn):  # type: ignore[no-untyped-def]
        forked.append(worker := started(fn))
        return worker

    monkeypatch.setattr(bulk, "beside", beside)
    rows = [{"member": "acme" if n % 3 else "beta", "article": article, "reason": f"理由{n}",
             **({"proposed_text": "电子商务经营者应当依法办理市场主体登记。"} if proposing and n % 2 else {})}
            for n, article in enumerate(["第十条", "第十二条", "第十三条", "第二条第二款", "第十条"] * 4)]  # fmt: skip
    rows[15]["reason"] += odd  # (in the worker's half)
    path = tmp_path / "rows.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    said = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("LAWCOMMENT_WORKERS", workers)
        run = _consultation(tmp_path / f"w{workers}.db", runner)
        result = run("comment", "import", str(path), "--draft", "ecommerce@1")
        listed = run("comment", "list", "--draft", "ecommerce@1", "--all", "--format", "json").stdout
        said[workers] = (result.exit_code, result.stdout, result.stderr.replace(str(tmp_path / "w2.db"), "DB"),
                         [{k: v for k, v in c.items() if k not in ("created", "updated")}
                          for c in json.loads(listed)["comments"]])  # fmt: skip
    assert forked and all(worker is not None for worker in forked)  # (with 2 workers only)
    assert said["1"] == said["2"]
    assert (said["1"][0] == 0) is (odd not in ("ok\x1bbad", "ok\ud800"))


_NEW_ART = "电子商务经营者应当建立健全内部合规管理制度。"


@pytest.mark.parametrize("cited", ["第十二条之一", "新增第十二条之一", "在第十二条后增加一条", "第十二条之一（新增）"])
def test_a_row_asking_a_new_article_by_its_own_citation_is_read_as_a_form_row_is(consultation, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                                  cited: str) -> None:  # fmt: skip
    """(a new user's trial of 农业技术推广法) A CSV row citing 第二十七条之一 (or 新增第二十七条之一, 在第二十七条后增加一条),
    as the comment form takes them, was refused (no 第二十七条之一; cannot read the citation): a new article after the
    article it names, stance 新增 when none is given."""
    rows = tmp_path / "new.csv"
    with rows.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["member", "article", "proposed_text", "reason"], ["acme", cited, _NEW_ART, "合规"]])
    imported = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert imported.exit_code == 0, imported.output
    (c,) = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert (c["eid"], c["stance"], c["proposed_text"]) == ("art_12", "insert", _NEW_ART)


@pytest.mark.parametrize("cited", ["Article 2a", "New Article 2a", "New Article 2-1", "Article 2-1", "After Article 2"])
def test_a_new_article_typed_by_the_number_it_would_have_is_an_insert_after_the_one_it_follows(
        consultation, data: Path, cited: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """(a trial of the GDPR) comment add --at "Article 30a" --stance insert was "has no Article 30-1 (art_30-1)", and
    "New Article 30-1", the form's own way, "cannot read the citation": a new article after the one it numbers on from,
    as a sheet's row reads it; insert when no stance is given; another stance refused, saying what to give."""
    run = consultation
    assert run("draft", "add", str(data / "gdpr-excerpt.txt"), "--name", "g", "--version", "1").exit_code == 0
    added = run("comment", "add", "--member", "acme", "--draft", "g@1", "--at", cited, "--propose", "Records are kept.")
    assert added.exit_code == 0, added.output
    (c,) = json.loads(run("comment", "list", "--draft", "g@1", "--format", "json").stdout)["comments"]
    assert (c["eid"], c["stance"], c["proposed_text"]) == ("art_2", "insert", "Records are kept.")
    refused = run("comment", "add", "--member", "beta", "--draft", "g@1", "--at", cited, "--stance", "amend", "--propose", "x")
    assert (refused.exit_code, refused.stderr) == (1, f"Error: {cited} asks for a new article after Article 2 (art_2); its "
                                                      "stance is amend: make it insert, or cite an article of the draft\n")
    bare = run("comment", "add", "--member", "beta", "--draft", "g@1", "--at", cited, "--reason", "Needed.")
    assert (bare.exit_code, bare.stderr) == (1, f"Error: {cited} asks for a new article after Article 2 (art_2): give its "
                                                "text with --propose (or cite an article of the draft)\n")


def test_a_row_asking_a_new_article_with_another_stance_is_refused_saying_what_to_give(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = tmp_path / "new.csv"
    with rows.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["member", "article", "proposed_text", "reason", "stance"],
                                  ["acme", "第十二条之一", _NEW_ART, "合规", "修改"]])  # fmt: skip
    imported = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert imported.exit_code == 1
    assert ("row 2: 第十二条之一 asks for a new article after 第十二条 (art_12); its stance is 修改: make it 新增 (insert), or "
            "cite an article of the draft") in imported.stderr, imported.stderr  # fmt: skip


def test_a_file_imported_again_does_not_say_again_what_it_said_of_rows_already_stored(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a trial of 网络数据安全管理条例) Imported again after staff moved a comment, a file repeated "anchored at 第十一条第一款"
    of it: said when it came, untrue since. Rows already stored are not told of again, said in one line; a new row is."""
    path = tmp_path / "c.csv"
    path.write_text("member,article,proposed_text\nacme,第十条,\"电子商务经营者应当依法办理市场主体登记,但是个人除外。\"\n",
                    encoding="utf-8")  # fmt: skip
    first = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert first.exit_code == 0 and "row 2: half-width punctuation" in first.stderr, first.output
    again = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert again.exit_code == 0
    assert "half-width" not in again.stderr
    assert f"warning: {path}: 1 row(s) already stored from this file: what was said of them when they came is not said again\n" in again.stderr
    path.write_text(path.read_text(encoding="utf-8") + "beta,第十一条,\"电子商务经营者应当依法履行纳税义务,并依法享受税收优惠。\"\n",
                    encoding="utf-8")  # fmt: skip
    third = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert third.exit_code == 0 and "row 3: half-width punctuation" in third.stderr and "row 2: half-width" not in third.stderr


_FED_ARTICLES = ["第十条", "第十二条", "第十三条", "第二条第二款", "第十条", "全文"]


def _fed_rows(case: str) -> list[dict[str, str]]:
    """A small comment file's rows, with what a large one holds: wordings normalised as stored (a
    comma made full width), a member named by its organisation, a row repeated word for word, a
    member's second wording of a unit, a committee's reason; and, by ``case``, a row refused."""
    rows: list[dict[str, str]] = []
    for n in range(24):
        article = _FED_ARTICLES[n % len(_FED_ARTICLES)]
        row = {"member": "ACME (China) Ltd." if n % 7 == 3 else "acme" if n % 3 else "beta", "article": article,
               "reason": f"理由{n}"}  # fmt: skip
        if n % 6 == 4:  # (a second wording of 第十条 from acme, one with a comma made full width)
            row["proposed_text"] = (f"电子商务经营者应当依法办理市场主体登记,但是{n}类小额交易除外。" if n % 12 == 4
                                    else "电子商务经营者应当依法办理市场主体登记。")  # fmt: skip
        rows.append(row)
    rows[9] = dict(rows[3])  # (row 11 repeats row 5)
    rows[2]["committee_reason"] = "委员会的理由。"
    if case in ("refused", "skipped"):
        rows[15]["article"] = "第九百条"
    elif case == "character":
        rows[17]["reason"] += "\x1b"
    return rows


def _write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    if path.suffix == ".csv":
        columns = ["member", "article", "proposed_text", "reason", "committee_reason"]
        with path.open("w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(columns)
            out.writerows([[row.get(c, "") for c in columns] for row in rows])
    else:
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize("case", ["clean", "refused", "skipped", "character", "again", "held"])
def test_a_first_import_stored_as_its_rows_are_read_is_the_import_stored_at_once(
        tmp_path: Path, runner, monkeypatch: pytest.MonkeyPatch, suffix: str, workers: str, case: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """A first import's comments stored a few at a time while its rows are read (in one process or
    two) leave the store as the file's comments stored at once do, row for row and event for event,
    and say the same; a file with a row refused, or a character the store refuses, is stored or
    refused as ever, nothing written when it is refused; a file imported again, or into a draft
    holding comments, is stored as ever."""
    import sys

    from tests.conftest import _consultation

    from lawcomment.consultation import bulk, intake
    from lawcomment.store.sql import FirstImport

    if workers == "2" and not sys.platform.startswith("linux"):
        pytest.skip("workers are forked on Linux only")
    monkeypatch.setenv("LAWCOMMENT_WORKERS", workers)
    monkeypatch.setattr(bulk, "BESIDE_FROM", 1)
    monkeypatch.setattr(bulk, "_CLAIM", 2)  # (each process takes a few of a small file's rows)
    monkeypatch.setattr(bulk, "_TAKE_EVERY", 1)
    monkeypatch.setattr(bulk, "_HAND_ON", 3)
    monkeypatch.setattr(intake, "_FED_AT_ONCE", 2)
    monkeypatch.setattr(intake, "default_workers", lambda: 2)  # (fed in one process too, here)
    path = tmp_path / f"rows{suffix}"
    _write_rows(path, _fed_rows(case))
    stored_at_once: list[object] = []
    at_once = intake._store_comments

    def storing(*args: Any, **kwargs: Any) -> Any:
        stored_at_once.append(kwargs.get("file"))
        return at_once(*args, **kwargs)

    monkeypatch.setattr(intake, "_store_comments", storing)
    parts: list[int] = []
    add = FirstImport.add

    def adding(self: FirstImport, items: Any) -> None:
        parts.append(len(items))
        add(self, items)

    monkeypatch.setattr(FirstImport, "add", adding)
    said = {}
    for how in ("fed", "at once"):
        monkeypatch.setattr(intake, "FED_FROM", 1 if how == "fed" else 10**9)
        db = tmp_path / f"{how.replace(' ', '-')}.db"
        run = _consultation(db, runner)
        if case == "held":
            assert run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十三条", "--reason",
                       "已有意见").exit_code == 0  # fmt: skip
        if case == "again":
            assert run("comment", "import", str(path), "--draft", "ecommerce@1").exit_code == 0
        before = store_rows(db)
        del stored_at_once[:], parts[:]
        result = run("comment", "import", str(path), "--draft", "ecommerce@1",
                     *(["--skip-invalid"] if case == "skipped" else []))  # fmt: skip
        said[how] = (result.exit_code, result.stdout, result.stderr.replace(str(db), "DB"), store_rows(db))
        if result.exit_code != 0:
            assert said[how][3] == before  # (nothing written)
        if how == "fed":
            # (stored as it was read, but where the file or the store is unusual: then at once, as ever)
            assert bool(stored_at_once) is (case in ("skipped", "character", "again", "held"))
            assert (len(parts) > 3) is (case in ("clean", "refused", "skipped", "character"))  # (a few at a time)
    assert said["fed"] == said["at once"]
    assert (said["fed"][0] == 0) is (case not in ("refused", "character"))


def test_a_file_longer_than_the_fed_import_takes_is_stored_at_once(tmp_path, runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """(a review) A first import fed as it is read holds the write lock while its rows are read: a file past
    FED_MOST rows takes the lock only to store them, other writers (the web app's) never kept waiting long."""
    from typing import Any

    from lawcomment.consultation import intake
    from lawcomment.store.sql import FirstImport

    from tests.conftest import _consultation

    path = tmp_path / "rows.csv"
    _write_rows(path, _fed_rows("clean"))
    fed: list[int] = []
    add = FirstImport.add

    def adding(self: FirstImport, items: Any) -> None:
        fed.append(len(items))
        add(self, items)

    monkeypatch.setattr(FirstImport, "add", adding)
    monkeypatch.setattr(intake, "FED_FROM", 1)
    monkeypatch.setattr(intake, "_FED_AT_ONCE", 2)
    monkeypatch.setattr(intake, "default_workers", lambda: 2)  # (fed in one process too, here)
    rows = len(_fed_rows("clean"))
    for most, fed_then in ((rows - 1, False), (rows, True)):
        monkeypatch.setattr(intake, "FED_MOST", most)
        del fed[:]
        run = _consultation(tmp_path / f"lc{most}.db", runner)
        result = run("comment", "import", str(path), "--draft", "ecommerce@1")
        assert result.exit_code == 0, result.output
        assert bool(fed) is fed_then


ITEM_5 = "没有正当理由搭售商品，或者在交易时附加其他不合理的交易条件"
MORE = "，包括限制交易相对人使用其他经营者提供的商品或者服务"
KEPT = ("the wording of 第十七条第一款第五项 ends without the 「；」 that closes it in the law: kept (to take it out, end the "
        "wording with another mark)")  # fmt: skip


def test_a_wording_copied_without_its_items_closing_mark_keeps_it(consultation, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a bilingual trial of 反垄断法 第十七条第一款第五项) The 项 copied without its 「；」, words put at its
    end: the merge read 「；」 struck, item （五） running into （六） in every export and the amendment
    instrument, unsaid. The 项's 「；」 is kept and said, typed or in a file's row; a row with the mark
    and one without are one comment; a wording ending with another mark chose it."""
    run = consultation
    _ok = lambda r: (r.exit_code == 0 or pytest.fail(r.output), r)[1]  # noqa: E731
    _ok(run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1"))
    typed = _ok(run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十七条第一款第五项", "--propose",
                    ITEM_5 + MORE))  # fmt: skip
    assert typed.stderr == f"warning: {KEPT}\n"
    rows = tmp_path / "rows.csv"
    with rows.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["member", "article", "proposed_text"], ["beta", "第十七条第一款第五项", ITEM_5 + MORE],
                                  ["beta", "第十七条第一款第五项", ITEM_5 + MORE + "；"],
                                  ["beta", "第十七条第一款第六项", "没有正当理由，对条件相同的交易相对人实行差别待遇。"]])  # fmt: skip
    imported = _ok(run("comment", "import", str(rows), "--draft", "aml@1"))
    assert imported.stderr == (f"warning: {rows}: row 3 repeats row 2 word for word: stored once\n"
                               f"warning: {rows}: row 2: {KEPT}\n")  # fmt: skip
    assert imported.stdout == f"{rows}: csv into aml@1: 2 added, 0 already there, 0 superseded\n"
    again = _ok(run("comment", "import", str(rows), "--draft", "aml@1"))
    assert again.stdout == f"{rows}: csv into aml@1: 0 added, 2 already there, 0 superseded\n"
    listed = json.loads(_ok(run("comment", "list", "--draft", "aml@1", "--format", "json")).stdout)["comments"]
    assert [(c["member"], c["proposed_text"]) for c in listed] == [
        ("acme", ITEM_5 + MORE + "；"), ("beta", ITEM_5 + MORE + "；"),
        ("beta", "没有正当理由，对条件相同的交易相对人实行差别待遇。")]  # (the member's 。 for ；: their choice)
    unit = json.loads(_ok(run("merge", "--draft", "aml@1", "--article", "17", "--format", "json")).stdout)["units"][0]
    assert [(c["old"], c["new"]) for c in unit["changes"]][0] == ("", MORE)
    from lawcomment.exports import localized

    assert localized(KEPT, "zh") == "第十七条第一款第五项的修改建议结尾缺少原文的「；」：已保留（如要删去，请以其他标点结尾）"


def test_an_edited_wording_without_its_closing_mark_keeps_it(consultation, data: Path) -> None:  # type: ignore[no-untyped-def]
    """`comment edit --propose` reads the wording as intake does: the 项's 「；」 kept, said."""
    run = consultation
    assert run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1").exit_code == 0
    added = run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十七条第一款第五项", "--propose",
                ITEM_5 + "等；")  # fmt: skip
    assert added.exit_code == 0 and added.stderr == ""
    edited = run("comment", "edit", "1", "--propose", ITEM_5 + MORE)
    assert edited.exit_code == 0, edited.output
    assert edited.stderr == f"warning: {KEPT}\n"
    listed = json.loads(run("comment", "list", "--draft", "aml@1", "--format", "json").stdout)["comments"]
    assert [c["proposed_text"] for c in listed] == [ITEM_5 + MORE + "；"]
