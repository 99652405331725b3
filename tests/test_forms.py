"""The Word comment form (意见反馈表): make it, fill it as members do, read it back."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from lawcomment.docx_markup import element_text, wrapped_children
from lawcomment.docx_package import DocxPackage
from lawcomment.forms import custom_properties


def _make(run, tmp_path: Path, *extra: str) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / "form.docx"
    result = run("form", "make", "--draft", "ecommerce@1", "--member", "acme", "--articles", "10-14", "-o", str(out), *extra)
    assert (result.exit_code, result.output) == (0, f"wrote {out}: 5 article(s) of ecommerce@1\n")
    return out


def _rows(path: Path) -> list[list[str]]:
    # python-docx does not look inside the cell content controls: read cells our way.
    tbl = docx.Document(str(path)).tables[0]._tbl
    return [[element_text(tc) for tc in wrapped_children(tr, qn("w:tc"))] for tr in tbl.findall(qn("w:tr"))]


def test_form_layout_and_identity(consultation, tmp_path: Path) -> None:
    path = _make(consultation, tmp_path)
    rows = _rows(path)
    assert rows[0] == ["条款", "草案原文", "修改建议", "理由"]
    assert [r[0].split("\n")[0] for r in rows[1:]] == ["第十条", "第十一条", "第十二条", "第十三条", "第十四条"]
    assert rows[3][1] == "电子商务经营者从事经营活动，依法需要取得相关行政许可的，应当依法取得行政许可。"
    assert rows[3][2:] == ["", ""]
    assert custom_properties(DocxPackage(path)) == {"lawcomment.form": "1", "lawcomment.draft": "ecommerce@1",
                                                    "lawcomment.member": "acme"}  # fmt: skip
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "草案：ecommerce@1" in text and "提出单位：ACME (China) Ltd. (acme)" in text


def test_english_labels(consultation, tmp_path: Path) -> None:
    path = _make(consultation, tmp_path, "--lang", "en")
    rows = _rows(path)
    assert rows[0] == ["Article", "Draft text", "Proposed text", "Reason"]
    assert rows[1][0] == "Article 10"


def _fill(path: Path, out: Path, edits: dict[int, tuple[str, str]]) -> Path:
    doc = docx.Document(str(path))
    rows = doc.tables[0].rows
    for index, (proposed, reason) in edits.items():
        rows[index].cells[2].text = proposed
        rows[index].cells[3].text = reason
    doc.save(str(out))
    return out


def _listed(run) -> list[tuple]:  # type: ignore[no-untyped-def]
    doc = json.loads(run("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)
    return [(c["eid"], c["member"], c["stance"], c["proposed_text"], c["body"], c["source"]["kind"]) for c in doc["comments"]]


def test_filled_rows_become_comments_and_empty_rows_do_not(consultation, tmp_path: Path) -> None:
    filled = _fill(_make(consultation, tmp_path), tmp_path / "filled.docx",
                   {3: ("电子商务经营者从事经营活动，应当依法取得行政许可。", "删去重复"), 1: ("", "请澄清“依法纳税”的范围"),
                    5: ("删除", "与其他法律重复")})  # fmt: skip
    result = consultation("comment", "import", str(filled))
    assert (result.exit_code, result.output) == (0, f"{filled}: form into ecommerce@1: 3 added, 0 already there, 0 superseded\n")
    assert _listed(consultation) == [
        ("art_10", "acme", "comment", None, "请澄清“依法纳税”的范围", "form"),
        ("art_12", "acme", "amend", "电子商务经营者从事经营活动，应当依法取得行政许可。", "删去重复", "form"),
        ("art_14", "acme", "delete", None, "与其他法律重复", "form"),
    ]  # fmt: skip
    again = consultation("comment", "import", str(filled))
    assert again.output.endswith("0 added, 3 already there, 0 superseded\n")


def test_rows_reordered_deleted_duplicated_and_split(consultation, tmp_path: Path) -> None:
    doc = docx.Document(str(_make(consultation, tmp_path)))
    table = doc.tables[0]
    rows = table.rows
    rows[3].cells[2].text = "第十二条的新文字。"
    rows[4].cells[3].text = "第十三条的理由"
    tbl = table._tbl
    trs = [r._tr for r in rows]
    tbl.remove(trs[1])  # delete 第十条
    trs[4].addnext(copy.deepcopy(trs[3]))  # duplicate 第十二条 at the end of the group
    tbl.remove(trs[4])  # move 第十三条 first
    trs[0].addnext(trs[4])
    # Split the table: the last two rows go to a second table after a paragraph.
    second = copy.deepcopy(tbl)
    for tr in second.findall(qn("w:tr"))[:-2]:
        second.remove(tr)
    for tr in tbl.findall(qn("w:tr"))[-2:]:
        tbl.remove(tr)
    gap = OxmlElement("w:p")
    tbl.addnext(gap)
    gap.addnext(second)
    for tr in second.findall(qn("w:tr")):
        for t in tr.find(qn("w:tc")).iter(qn("w:t")):
            if t.text and t.text.startswith("第十"):  # a member also retyped the citation cell: the tag still wins
                t.text = "（见上）"
    out = tmp_path / "shuffled.docx"
    doc.save(str(out))
    result = consultation("comment", "import", str(out), "--member", "beta")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"warning: {out}: table 2 row 1 repeats table 1 row 4; imported once\n"
    assert _listed(consultation) == [
        ("art_12", "beta", "amend", "第十二条的新文字。", "", "form"),
        ("art_13", "beta", "comment", None, "第十三条的理由", "form"),
    ]  # fmt: skip


def test_tracked_changes_in_the_form_are_read_as_final(consultation, tmp_path: Path) -> None:
    path = _make(consultation, tmp_path)
    doc = docx.Document(str(path))
    cell = doc.tables[0].rows[3].cells[2]
    p = cell.paragraphs[0]._p
    for tag, text in (("w:ins", "新的文字"), ("w:del", "旧的文字")):
        rev = OxmlElement(tag, {qn("w:id"): "9" if tag == "w:ins" else "10", qn("w:author"): "A", qn("w:date"): "2026-05-01T00:00:00Z"})
        r = OxmlElement("w:r")
        t = OxmlElement("w:t" if tag == "w:ins" else "w:delText")
        t.text = text
        r.append(t)
        rev.append(r)
        p.append(rev)
    out = tmp_path / "tracked.docx"
    doc.save(str(out))
    assert consultation("comment", "import", str(out)).exit_code == 0
    assert _listed(consultation) == [("art_12", "acme", "amend", "新的文字", "", "form")]


def test_form_errors(consultation, tmp_path: Path) -> None:
    path = _make(consultation, tmp_path)
    wrong = consultation("comment", "import", str(path), "--draft", "other@1")
    assert (wrong.exit_code, wrong.stderr) == (1, f"Error: {path}: this form was made for ecommerce@1, not other@1\n")
    doc = docx.Document(str(path))
    row = doc.tables[0].add_row()
    row.cells[0].text = "第九十九条"
    row.cells[2].text = "x"
    out = tmp_path / "bad.docx"
    doc.save(str(out))
    result = consultation("comment", "import", str(out))
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {out}: 1 filled row(s) name no article of ecommerce@1; nothing was imported "
                             "(fix them, or pass --skip-invalid)\n  table 1 row 7: no article 'art_99' in ecommerce@1\n")  # fmt: skip
    bad_range = consultation("form", "make", "--draft", "ecommerce@1", "--articles", "200-300", "-o", str(tmp_path / "x.docx"))
    assert (bad_range.exit_code, bad_range.stderr) == (1, "Error: no article of the draft is in '200-300'\n")
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.libreoffice
def test_form_round_trip_through_libreoffice(consultation, tmp_path: Path, soffice: str) -> None:
    filled = _fill(_make(consultation, tmp_path), tmp_path / "filled.docx", {3: ("新的第十二条。", "理由")})
    out = tmp_path / "lo"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--norestore",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(filled)],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    rewritten = out / filled.name
    assert custom_properties(DocxPackage(rewritten))["lawcomment.draft"] == "ecommerce@1"
    result = consultation("comment", "import", str(rewritten))
    assert result.exit_code == 0, result.stderr
    assert _listed(consultation) == [("art_12", "acme", "amend", "新的第十二条。", "理由", "form")]


def test_form_proposals_with_labels(consultation, tmp_path: Path) -> None:
    new_12 = "电子商务经营者从事经营活动，应当依法取得行政许可。"
    original_13 = _rows(_make(consultation, tmp_path))[4][1]
    filled = _fill(tmp_path / "form.docx", tmp_path / "filled.docx",
                   {3: ("第十二条　" + new_12, "删去重复"), 4: ("第十三条 " + original_13, "")})  # fmt: skip
    result = consultation("comment", "import", str(filled))
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, f"{filled}: form into ecommerce@1: 1 added, 0 already there, 0 superseded\n",
        f"warning: {filled}: table 1 row 5: the proposed text of 第十三条 (art_13) is the draft text unchanged; not a comment\n")
    assert _listed(consultation) == [("art_12", "acme", "amend", new_12, "删去重复", "form")]
    merged = consultation("merge", "--draft", "ecommerce@1", "--format", "json")
    (unit,) = json.loads(merged.stdout)["units"]
    assert [(c["old"], c["new"]) for c in unit["changes"]] == [("依法需要取得相关行政许可的，", "")]


def test_form_row_leaving_out_a_kuan_proposes_deleting_it(consultation, tmp_path: Path) -> None:
    # A row is the whole article: the member sees it beside the proposal column.
    kept = "电子商务经营者应当依法履行纳税义务，并依法享受税收优惠和减免。"
    filled = _fill(_make(consultation, tmp_path), tmp_path / "filled.docx", {2: (kept, "第二款另行规定")})
    result = consultation("comment", "import", str(filled))
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, f"{filled}: form into ecommerce@1: 1 added, 0 already there, 0 superseded\n",
        (f"warning: {filled}: table 1 row 3: the proposal gives one 款 of 第十一条 (2 款); read as the whole article, "
        "so it proposes deleting 第十一条第二款\n"))
    assert _listed(consultation) == [("art_11", "acme", "amend", kept, "第二款另行规定", "form")]
