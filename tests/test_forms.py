"""The Word comment form (意见反馈表): make it, fill it as members do, read it back, and look
at it as a member does (A4 landscape, official fonts, no internal ids, LibreOffice)."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from lawcomment.consultation.forms import COLUMNS, HEADING_TAG, cell_text, custom_properties, make_form, open_form
from lawcomment.docx.markup import wrapped_children
from lawcomment.docx.package import DocxPackage
from tests.docx_builders import soffice_convert

DATA = Path(__file__).parent / "data"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ART_12 = "电子商务经营者从事经营活动，依法需要取得相关行政许可的，应当依法取得行政许可。"
NEW_12 = "电子商务经营者从事经营活动，应当依法取得行政许可。"
#: The fonts a form may name (Word on Windows has them; LibreOffice maps them to Noto CJK).
EAST_ASIAN_FONTS = {"仿宋_GB2312", "仿宋", "黑体", "宋体"}
LATIN_FONTS = {"zh": EAST_ASIAN_FONTS | {"Times New Roman"}, "en": {"Times New Roman"}}


def _make(run, tmp_path: Path, *extra: str, name: str = "form.docx") -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / name
    result = run("form", "make", "--draft", "ecommerce@1", "--member", "acme", "--articles", "10-14", "-o", str(out), *extra)
    assert (result.exit_code, result.output) == (0, f"wrote {out}: 5 article(s) of ecommerce@1\n")
    return out


def _part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def _tables(path: Path) -> list[list[list[str]]]:
    # python-docx does not look inside the cell content controls: read cells our way.
    body = _part(path, "word/document.xml")
    return [[[cell_text(tc) for tc in wrapped_children(tr, f"{W}tc")] for tr in wrapped_children(tbl, f"{W}tr")]
            for tbl in body.iter(f"{W}tbl")]  # fmt: skip


def _rows(path: Path) -> list[list[str]]:
    """The comment table: its header row, then one row per article (a chapter's heading row, one cell
    across the table, left out)."""
    return [row for row in _tables(path)[1] if len(row) > 1]


class _Articles:
    """A python-docx table whose ``rows`` are its header and its articles' rows: the heading row of a chapter
    (第二章　电子商务经营者, across the table above 第十条) left out, as the reader leaves it out."""

    def __init__(self, table) -> None:  # type: ignore[no-untyped-def]
        self._table = table

    @property
    def rows(self) -> list:  # type: ignore[type-arg]
        return [r for r in self._table.rows if HEADING_TAG not in etree.tostring(r._tr, encoding="unicode")]

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._table, name)


def _comment_table(doc):  # type: ignore[no-untyped-def]
    """The python-docx table 条款 | 草案原文 | 修改建议 | 理由 (the first one holds 单位, 联系人 …), its
    chapters' heading rows left out (:class:`_Articles`)."""
    _, table = doc.tables
    assert [c.text for c in table.rows[0].cells] in (["条款", "草案原文", "修改建议", "理由"],
                                                     ["Article", "Draft text", "Proposed text", "Reason"])  # fmt: skip
    return _Articles(table)


def test_form_layout_and_identity(consultation, tmp_path: Path) -> None:
    path = _make(consultation, tmp_path)
    fields, rows = _tables(path)
    assert fields == [["单位", "ACME (China) Ltd."], ["联系人", "", "电话", "", "日期", ""]]
    assert rows[0] == ["条款", "草案原文", "修改建议", "理由"]
    assert [r[0].split("\n")[0] for r in rows[2:]] == ["第十条", "第十一条", "第十二条", "第十三条", "第十四条"]
    # where a chapter starts, a row across the table above its first article, never in that article's row
    # (a trial's form read 第一条 over 第一章　总则 in its 条款 cell, as if the chapter were the article's)
    assert rows[1] == ["第二章　电子商务经营者\n第一节　一般规定"]
    rows = _rows(path)
    assert rows[1][0] == "第十条"
    assert rows[2][0] == "第十一条"
    assert rows[3][1:] == [ART_12, ART_12, ""]  # 修改建议 pre-filled with the draft text
    assert all(r[2] == r[1] and r[3] == "" for r in rows[1:])
    assert rows[2][1].count("\n") == 1  # one paragraph per 款
    import hashlib

    assert custom_properties(DocxPackage(path)) == {
        "lawcomment.form": "1", "lawcomment.draft": "ecommerce@1", "lawcomment.member": "acme",
        "lawcomment.org": "ACME (China) Ltd.", "lawcomment.lang": "zh",
        # the draft it prints, by its source's SHA-256: a form that comes back after the draft was
        # replaced is read against what it printed
        "lawcomment.source": hashlib.sha256((DATA / "ecommerce-law.md").read_bytes()).hexdigest()}  # fmt: skip
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert text.startswith("《中华人民共和国电子商务法》意见反馈表\n填表说明：\n1．“修改建议”栏已填入草案原文")
    assert _part(path, "word/settings.xml").find(f"{W}trackRevisions") is not None  # members' edits are tracked


def test_english_labels(consultation, tmp_path: Path) -> None:
    path = _make(consultation, tmp_path, "--lang", "en")
    fields, rows = _tables(path)
    assert fields == [["Company", "ACME (China) Ltd."], ["Contact", "", "Phone", "", "Date", ""]]
    assert rows[0] == ["Article", "Draft text", "Proposed text", "Reason"]
    assert rows[1] == ["第二章　电子商务经营者\n第一节　一般规定"]  # (the law's own heading: the form prints the Chinese text)
    assert rows[2][0].split("\n")[0] == "Article 10"
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    assert paragraphs[:3] == ["Comment Form", "中华人民共和国电子商务法", "Notes:"]
    assert "".join(_part(path, "word/footer1.xml").itertext(f"{W}t")) == "Page 1 of 1"
    # the law text printed is the Chinese draft's: its 款 start two characters in, justified
    assert _cell_style(path) == (None, "200")


def test_an_english_drafts_form_is_in_english_unless_the_member_reads_another(consultation, tmp_path: Path) -> None:
    # a trial (a US bill): without --lang the form was Chinese, its sections cited 第一百零一条
    assert consultation("draft", "add", str(DATA / "gdpr-excerpt.txt"), "--name", "gdpr", "--version", "1").exit_code == 0
    out = tmp_path / "gdpr.docx"
    result = consultation("form", "make", "--draft", "gdpr@1", "--member", "beta", "--articles", "1-2", "-o", str(out))
    assert (result.exit_code, result.output) == (0, f"wrote {out}: 2 article(s) of gdpr@1\n")
    fields, *_ = _tables(out)
    assert fields[0][0] == "Company" and _rows(out)[0] == ["Article", "Draft text", "Proposed text", "Reason"]
    assert [r[0].split("\n")[0] for r in _rows(out)[1:]] == ["Article 1", "Article 2"]
    # --lang zh still makes the Chinese form (the law's own English text in it)
    zh = tmp_path / "gdpr-zh.docx"
    result = consultation("form", "make", "--draft", "gdpr@1", "--member", "beta", "--articles", "1", "--lang", "zh",
                          "-o", str(zh))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert _rows(zh)[0] == ["条款", "草案原文", "修改建议", "理由"]


def _cell_style(path: Path) -> tuple[str | None, str | None]:
    """The form cells' paragraph alignment (None: the document's, justified) and first-line indent."""
    style = next(s for s in _part(path, "word/styles.xml").iter(f"{W}style") if s.get(f"{W}styleId") == "lcFormCell")
    jc, ind = style.find(f"{W}pPr/{W}jc"), style.find(f"{W}pPr/{W}ind")
    return (None if jc is None else jc.get(f"{W}val"), None if ind is None else ind.get(f"{W}firstLineChars"))


def test_page_set_up_and_column_widths(consultation, tmp_path: Path) -> None:
    body = _part(_make(consultation, tmp_path), "word/document.xml")
    sect = body.find(f"{W}body/{W}sectPr")
    size = sect.find(f"{W}pgSz")
    assert (size.get(f"{W}w"), size.get(f"{W}h"), size.get(f"{W}orient")) == ("16838", "11906", "landscape")
    margins = {k.split("}")[1]: int(v) for k, v in sect.find(f"{W}pgMar").attrib.items()}
    text_width = 16838 - margins["left"] - margins["right"]
    assert 1000 <= margins["left"] <= 1600 and 1000 <= margins["top"] <= 1600
    fields, table = body.findall(f"{W}body/{W}tbl")
    grid = [int(c.get(f"{W}w")) for c in table.iter(f"{W}gridCol")]
    article, original, proposed, reason = grid
    assert tuple(grid) == COLUMNS and sum(grid) == text_width
    assert original == proposed and article < reason < original and article >= 1400
    assert table.find(f"{W}tblPr/{W}tblLayout").get(f"{W}type") == "fixed"
    for tr in table.findall(f"{W}tr"):
        widths = [int(tc.find(f"{W}tcPr/{W}tcW").get(f"{W}w")) for tc in tr.findall(f"{W}tc")]
        if len(widths) == 1:  # a chapter's heading row, across the table
            assert (widths, tr.find(f"{W}tc/{W}tcPr/{W}gridSpan").get(f"{W}val")) == ([sum(grid)], "4")
            continue
        assert widths == grid
    assert table.find(f"{W}tr/{W}trPr/{W}tblHeader") is not None  # the header repeats on every page
    assert sum(int(c.get(f"{W}w")) for c in fields.iter(f"{W}gridCol")) == text_width
    footer = _part(tmp_path / "form.docx", "word/footer1.xml")
    assert [i.text.strip() for i in footer.iter(f"{W}instrText")] == ["PAGE", "NUMPAGES"]
    assert "".join(footer.itertext(f"{W}t")) == "第 1 页，共 1 页"


def _visible_text(path: Path) -> str:
    """Every character a reader can see: body, footer, and the title Word shows."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml") and ("document" in name or "footer" in name):
                root = etree.fromstring(z.read(name))
                out.extend(t.text or "" for t in root.iter(f"{W}t"))
        core = etree.fromstring(z.read("docProps/core.xml"))
        out.extend(core.itertext())
    return "\n".join(out)


def _fonts_named(path: Path) -> tuple[set[str], set[str], list[str]]:
    """(East Asian fonts, Latin fonts, theme references) named by rFonts in every part."""
    east, latin, theme = set(), set(), []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not (name.startswith("word/") and name.endswith(".xml")) or "/theme/" in name:
                continue
            root = etree.fromstring(z.read(name))
            for fonts in root.iter(f"{W}rFonts"):
                attrs = {k.split("}")[1]: v for k, v in fonts.attrib.items()}
                assert "eastAsia" in attrs, (name, attrs)
                east.add(attrs["eastAsia"])
                latin.update(v for k, v in attrs.items() if k in ("ascii", "hAnsi"))
                theme.extend(k for k in attrs if k.endswith("Theme") or k == "cstheme")
            theme.extend(f"{name}: color {c.get(f'{W}themeColor')}" for c in root.iter(f"{W}color")
                         if c.get(f"{W}themeColor"))  # fmt: skip
    return east, latin, theme


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_internal_ids_and_official_fonts(consultation, tmp_path: Path, lang: str) -> None:
    path = _make(consultation, tmp_path, "--lang", lang)
    text = _visible_text(path)
    assert "中华人民共和国电子商务法" in text
    for internal in ("@", "art_", "ecommerce", "acme", "lawcomment", "lc_"):
        assert internal not in text, internal
    east, latin, theme = _fonts_named(path)
    assert east <= EAST_ASIAN_FONTS and {"黑体", "宋体"} <= east
    assert latin <= LATIN_FONTS[lang]
    assert theme == []  # fonts and colours named, never taken from the theme
    colours = {c.get(f"{W}val") for c in _part(path, "word/styles.xml").iter(f"{W}color")}
    assert colours <= {"000000", "595959"}  # black text; the chapter line in grey


def test_openxml_audit_finds_nothing(consultation, tmp_path: Path) -> None:
    audit = pytest.importorskip("openxml_audit")
    validator = audit.OpenXmlValidator(file_format=audit.FileFormat.OFFICE_2019)
    for lang in ("zh", "en"):
        result = validator.validate(str(_make(consultation, tmp_path, "--lang", lang, name=f"form-{lang}.docx")))
        assert (result.is_valid, result.errors[:3]) == (True, [])


def test_control_characters_in_stored_text_do_not_break_the_form(consultation, tmp_path: Path) -> None:
    from lawcomment import open_store

    with open_store(consultation.db, "tester") as store:
        draft = store.get_draft("ecommerce@1").load()
    path = make_form(draft, "ecommerce@1", tmp_path / "ctl.docx", title="标题\x07", member="acme",
                     member_name="ACME\x1b Ltd.")  # fmt: skip
    fields, _ = _tables(path)[:2]
    assert fields[0] == ["单位", "ACME\ufffd Ltd."]


def _fill(path: Path, out: Path, edits: dict[int, tuple[str, str]]) -> Path:
    """Replace the proposed text and the reason of rows (1 = the first article), as typed
    with Track Changes off."""
    doc = docx.Document(str(path))
    rows = _comment_table(doc).rows
    for index, (proposed, reason) in edits.items():
        rows[index].cells[2].text = proposed
        rows[index].cells[3].text = reason
    doc.save(str(out))
    return out


def _imported(run, doc, path: Path):  # type: ignore[no-untyped-def]
    """``doc`` (a filled form) saved as ``path`` and imported, which succeeds: the CLI's result."""
    doc.save(str(path))
    result = run("comment", "import", str(path))
    assert result.exit_code == 0, result.output
    return result


def _listed(run) -> list[tuple]:  # type: ignore[no-untyped-def]
    doc = json.loads(run("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)
    return [(c["eid"], c["member"], c["stance"], c["proposed_text"], c["body"], c["source"]["kind"]) for c in doc["comments"]]


def _unfilled(path: Path, proposed: str = "修改建议", reason: str = "理由", ref: str = "ecommerce@1") -> str:
    """The error of a form sent back with no row filled in, every row as the form printed it."""
    return (f"Error: {path}: the form is not filled in: every {proposed} cell reads as the form printed it and every "
            f"{reason} cell is empty: nothing imported into {ref}, no import recorded (fill in the rows commented on, "
            f"a wording under {proposed} or a reason under {reason}, then import the form again)\n")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_untouched_form_is_an_error_saying_it_is_not_filled_in(consultation, tmp_path: Path, lang: str) -> None:
    """(a trial) A form sent back unfilled read "0 added", exit 0, as if it had worked: an error naming
    the form's own columns and what to do, exit 1; nothing stored, no import recorded, each time."""
    path = _make(consultation, tmp_path, "--lang", lang)
    said = _unfilled(path) if lang == "zh" else _unfilled(path, "Proposed text", "Reason")
    for _ in range(2):
        result = consultation("comment", "import", str(path))
        assert (result.exit_code, result.stdout, result.stderr) == (1, "", said)
    assert _listed(consultation) == []
    assert consultation("import", "list").stdout.splitlines()[-1] == "0 import(s)"


def test_an_untouched_form_through_the_api_holds_no_comments_and_records_no_import(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment import import_comments, open_store

    path = _make(consultation, tmp_path)
    with open_store(consultation.db, "tester") as store:
        result = import_comments(store, path)
        assert (result.kind, result.draft, result.recorded, result.lacks, result.warnings) == (
            "form", "ecommerce@1", False, "unfilled", [])
        assert result.lacks_said == _unfilled(path).removeprefix(f"Error: {path}: ").removesuffix("\n")
        assert (result.report.added, result.report.duplicates) == ((), 0)
        assert store.imports("ecommerce@1") == [] and store.comments("ecommerce@1") == []


@pytest.mark.parametrize("header", [False, True])
def test_a_form_whose_rows_were_deleted_says_its_table_holds_no_rows(consultation, tmp_path: Path, header: bool) -> None:  # type: ignore[no-untyped-def]
    """A form whose table's rows were all deleted (its header row too, or left) is no form sent back unfilled: the
    error says the table holds no rows and how to make the form again, exit 1; nothing stored, no import recorded."""
    from lawcomment import import_comments, open_store

    doc = docx.Document(str(_make(consultation, tmp_path)))
    table = _comment_table(doc)
    for row in list(table.rows)[1 if header else 0:]:
        table._tbl.remove(row._tr)
    path = tmp_path / "rowless.docx"
    doc.save(str(path))
    said = (f"the form's table holds no rows: nothing imported into ecommerce@1, no import recorded (its rows were "
            f"deleted: make the form again with `lawcomment form make --draft ecommerce@1 --member acme`, fill in the "
            f"rows commented on, then import it)")  # fmt: skip
    result = consultation("comment", "import", str(path))
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"Error: {path}: {said}\n")
    assert _listed(consultation) == []
    assert consultation("import", "list").stdout.splitlines()[-1] == "0 import(s)"
    with open_store(consultation.db, "tester") as store:
        found = import_comments(store, path)
        assert (found.kind, found.recorded, found.lacks, found.lacks_said, found.warnings) == (
            "form", False, "rowless", said, [])


def test_a_form_of_rows_that_say_no_comment_is_not_filled_in(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """无 and / typed over the printed text, no reason: no row proposes anything, said so (the form is no
    longer as it was printed), an error as an untouched form is."""
    filled = _fill(_make(consultation, tmp_path), tmp_path / "filled.docx", {1: ("无", ""), 3: ("/", "/")})
    result = consultation("comment", "import", str(filled))
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"warning: {filled}: table 2 row 3: the proposed text 「无」 is no wording and the row gives no reason: nothing "
        "is recorded at 第十条 (art_10)\n"
        f"warning: {filled}: table 2 row 5: the proposed text 「/」 is no wording and the reason 「/」 says nothing: "
        "nothing is recorded at 第十二条 (art_12)\n"
        f"Error: {filled}: the form is not filled in: no row proposes a wording under 修改建议 or gives a reason under "
        "理由: nothing imported into ecommerce@1, no import recorded (fill in the rows commented on, a wording under "
        "修改建议 or a reason under 理由, then import the form again)\n"))  # fmt: skip


def test_an_untouched_form_for_an_unknown_member_is_refused_naming_the_member(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Nothing in it to add, but the import names a member: refused as a filled form is, with
    the store's own words, never a database error; nothing is written (no import to undo)."""
    path = _make(consultation, tmp_path)
    result = consultation("comment", "import", str(path), "--member", "nosuch")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", "Error: unknown member(s): nosuch (add them with `lawcomment member add`)\n")
    assert consultation("import", "list").output.count(path.name) == 0


def test_filled_rows_become_comments_and_untouched_rows_do_not(consultation, tmp_path: Path) -> None:
    filled = _fill(_make(consultation, tmp_path), tmp_path / "filled.docx",
                   {3: (NEW_12, "删去重复"), 1: ("", "请澄清“依法纳税”的范围"), 5: ("删除", "与其他法律重复")})  # fmt: skip
    result = consultation("comment", "import", str(filled))
    assert (result.exit_code, result.output) == (0, f"{filled}: form into ecommerce@1: 3 added, 0 already there, 0 superseded\n")
    assert _listed(consultation) == [
        ("art_10", "acme", "comment", None, "请澄清“依法纳税”的范围", "form"),
        ("art_12", "acme", "amend", NEW_12, "删去重复", "form"),
        ("art_14", "acme", "delete", None, "与其他法律重复", "form"),
    ]  # fmt: skip
    again = consultation("comment", "import", str(filled))
    assert again.output.endswith("0 added, 3 already there, 0 superseded\n")


def test_a_reason_beside_the_untouched_draft_text_is_a_comment(consultation, tmp_path: Path) -> None:
    doc = docx.Document(str(_make(consultation, tmp_path)))
    _comment_table(doc).rows[2].cells[3].text = "请澄清“依法纳税”的范围"
    doc.save(str(tmp_path / "filled.docx"))
    result = consultation("comment", "import", str(tmp_path / "filled.docx"))
    assert (result.exit_code, result.stderr) == (0, "")
    assert _listed(consultation) == [("art_11", "acme", "comment", None, "请澄清“依法纳税”的范围", "form")]


def test_a_form_headed_xiugaiyijian_and_a_column_added_by_the_member(consultation, tmp_path: Path) -> None:
    """An association's copy of the form heads the wording column 修改意见 (as its comment sheets do,
    which a CSV import reads as the proposed wording too) and adds a 备注 column: the wording is
    read, and the words of the added column are named, never dropped unsaid."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    table = _comment_table(doc)
    table.rows[0].cells[2].text = "修改意见"
    table.add_column(docx.shared.Cm(2))
    table.rows[0].cells[4].text = "备注"
    table.rows[3].cells[2].text = NEW_12  # 第十二条
    table.rows[3].cells[4].text = "内部意见，勿转呈"
    path = tmp_path / "filled.docx"
    result = _imported(consultation, doc, path)
    assert result.stdout == f"{path}: form into ecommerce@1: 1 added, 0 already there, 0 superseded\n"
    assert result.stderr == (f"warning: {path}: the column 「备注」 is not one the form reads: its words in 1 row(s) "
                             "(table 2 row 5) are not imported (write them in the 理由 cell of their row)\n")
    assert _listed(consultation) == [("art_12", "acme", "amend", NEW_12, "", "form")]


def test_half_width_punctuation_typed_in_a_row_is_made_full_width_and_said(consultation, tmp_path: Path) -> None:
    """A trial's member pasted 第十六条 with half-width , and ; (typed in WPS): made full width, as
    the law writes them, with a warning naming the row; a row whose words differ only so proposes
    nothing, as one left as printed."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    rows = _comment_table(doc).rows
    rows[3].cells[2].text = "电子商务经营者从事经营活动, 应当依法取得行政许可."  # 第十二条
    rows[2].cells[2].text = rows[2].cells[1].text.replace("，", ",")  # 第十一条, only its commas half width
    path = tmp_path / "filled.docx"
    result = _imported(consultation, doc, path)
    assert result.stdout == f"{path}: form into ecommerce@1: 1 added, 0 already there, 0 superseded\n"
    assert result.stderr == (f"warning: {path}: table 2 row 5: half-width punctuation (, .) between Chinese words of "
                             "the proposed text is made full width (，。), as the law writes it: the diff shows only the "
                             "words changed\n")  # fmt: skip
    assert _listed(consultation) == [("art_12", "acme", "amend", NEW_12, "", "form")]


def test_a_row_whose_wording_and_reason_cells_are_merged_is_not_read(consultation, tmp_path: Path) -> None:
    """A trial's member merged 修改建议 and 理由 of a row and typed both in it: the reason went into
    the law as a new 款. Which words are which is not known: the row is refused by name (skipped,
    said, with --skip-invalid), never read as a wording."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    rows = _comment_table(doc).rows
    merged = rows[3].cells[2].merge(rows[3].cells[3])  # 第十二条
    merged.text = f"{NEW_12}\n理由：删去重复表述。"
    rows[1].cells[3].text = "请澄清“依法纳税”的范围"  # another row, as filled
    doc.save(str(tmp_path / "filled.docx"))
    refused = consultation("comment", "import", str(tmp_path / "filled.docx"))
    assert (refused.exit_code, refused.stdout) == (1, "")
    assert refused.stderr == (f"Error: {tmp_path / 'filled.docx'}: 1 filled row(s) cannot be read as comments on "
                              "ecommerce@1; nothing was imported (fix them, or pass --skip-invalid)\n"
                              "  table 2 row 5: the cells “修改建议”、“理由” are merged into one, so the wording cannot be "
                              "told from the reason; write each in its own cell (split the cells in Word)\n")  # fmt: skip
    assert _listed(consultation) == []
    skipped = consultation("comment", "import", str(tmp_path / "filled.docx"), "--skip-invalid")
    assert skipped.exit_code == 0 and "table 2 row 5: the cells “修改建议”、“理由” are merged" in skipped.stderr
    assert _listed(consultation) == [("art_10", "acme", "comment", None, "请澄清“依法纳税”的范围", "form")]


def test_a_row_merged_across_the_table_is_a_separator_or_a_heading(consultation, tmp_path: Path) -> None:
    """A review: an empty row merged across (a separator) refused the whole file; a heading typed
    across the table (以下为建议新增条文) is said and left, the rest of the file read."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    rows = _comment_table(doc).rows
    rows[1].cells[0].merge(rows[1].cells[3])  # 第十条's row made a separator (its text gone with the merge's cells)
    rows[1].cells[0].text = ""
    heading = rows[2].cells[0].merge(rows[2].cells[3])
    heading.text = "以下为建议新增条文"
    rows[3].cells[3].text = "删去重复"
    result = _imported(consultation, doc, tmp_path / "filled.docx")
    assert result.stderr == (f"warning: {tmp_path / 'filled.docx'}: table 2 row 4: a row merged across the table reads "
                             "「以下为建议新增条文」; not read as a comment\n")  # fmt: skip
    assert _listed(consultation) == [("art_12", "acme", "comment", None, "删去重复", "form")]


def test_a_chapters_heading_row_is_read_as_no_row_unless_a_member_wrote_in_it(consultation, tmp_path: Path) -> None:
    """(农产品质量安全法, a trial) The chapter is printed in a row of its own across the table, never in its first
    article's row: the reader passes over it as printed; words a member wrote in it are said, with where to
    write them to be read, never dropped unsaid."""
    path = _make(consultation, tmp_path)
    assert _tables(path)[1][1] == ["第二章　电子商务经营者\n第一节　一般规定"]  # (one cell, spanning four)
    doc = docx.Document(str(path))
    _, table = doc.tables
    _comment_table(doc).rows[3].cells[3].text = "删去重复"
    result = _imported(consultation, doc, tmp_path / "filled.docx")
    said = f"{tmp_path / 'filled.docx'}: form into ecommerce@1: 1 added, 0 already there, 0 superseded\n"
    assert (result.stdout, result.stderr) == (said, "")
    table.rows[1].cells[0].paragraphs[-1].add_run("：建议本节增加一条")
    result = _imported(consultation, doc, tmp_path / "filled2.docx")
    assert result.stderr == (f"warning: {tmp_path / 'filled2.docx'}: table 2 row 2: the chapter heading row reads "
                             "「第二章 电子商务经营者 第一节 一般规定：建议本节增加一条」, words added to the heading the form "
                             "printed; not read as a comment: write them in the 修改建议 and 理由 of an article's row (or a "
                             "全文 row for the whole draft) and import the form again\n")  # fmt: skip


def test_a_reason_cell_merged_down_two_rows_is_each_rows_reason(consultation, tmp_path: Path) -> None:
    """The 理由 cells of two rows merged into one: the reason is read for both, said; a 修改建议
    cell merged with the row above's is no wording of the row's own: refused by name."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    rows = _comment_table(doc).rows
    rows[3].cells[2].text = NEW_12
    rows[3].cells[3].merge(rows[4].cells[3]).text = "与行政许可法衔接"
    result = _imported(consultation, doc, tmp_path / "filled.docx")
    assert result.stderr == (f"warning: {tmp_path / 'filled.docx'}: table 2 row 6: its “理由” cell is merged with the row "
                             "above's; the merged cell's reason is read for this row too\n")  # fmt: skip
    assert _listed(consultation) == [("art_12", "acme", "amend", NEW_12, "与行政许可法衔接", "form"),
                                     ("art_13", "acme", "comment", None, "与行政许可法衔接", "form")]  # fmt: skip
    doc = docx.Document(str(_make(consultation, tmp_path, name="second.docx")))
    rows = _comment_table(doc).rows
    rows[1].cells[2].merge(rows[2].cells[2]).text = "删除"
    doc.save(str(tmp_path / "second.docx"))
    refused = consultation("comment", "import", str(tmp_path / "second.docx"))
    assert refused.exit_code == 1 and refused.stderr == (
        f"Error: {tmp_path / 'second.docx'}: 1 filled row(s) cannot be read as comments on ecommerce@1; nothing was "
        "imported (fix them, or pass --skip-invalid)\n  table 2 row 4: its “修改建议” cell is merged with the row "
        "above's, so the row has no wording of its own; write it in its own cell (split the cells in Word)\n")  # fmt: skip


@pytest.mark.parametrize(("reason", "said"), [
    ("建议修改为：“电子商务经营者应当依法取得行政许可。”", True), ("改为「电子商务经营者应当依法取得许可」", True),
    ("由审批制改为备案制，有利于减轻企业负担。", False), ("建议将期限改为三十日，以便经营者准备。", False),
])  # fmt: skip
def test_which_reasons_read_as_a_wording(reason: str, said: bool) -> None:
    """A review: an ordinary remark (由审批制改为备案制，…) is no wording; one with a colon or quotes is."""
    from lawcomment.consultation.forms import _WORDING_IN_REASON

    assert (_WORDING_IN_REASON.search(reason) is not None) is said


def test_a_wording_written_in_the_reason_column_is_said(consultation, tmp_path: Path) -> None:
    """A trial's member wrote 建议修改为：“…” under 理由 and left 修改建议 as printed: kept as the
    remark it is, with a warning saying where a wording goes."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    reason = f"建议修改为：“{NEW_12}”"
    _comment_table(doc).rows[3].cells[3].text = reason
    result = _imported(consultation, doc, tmp_path / "filled.docx")
    assert result.stderr == (f"warning: {tmp_path / 'filled.docx'}: table 2 row 5: the 理由 of 第十二条 (art_12) gives a "
                             "wording (「建议修改为：“电子商务经营者从事经营活动，应当依法取得行政许可。”」) while its 修改建议 is "
                             "left as printed; it is kept as a remark (write the wording in 修改建议 to propose it)\n")  # fmt: skip
    assert _listed(consultation) == [("art_12", "acme", "comment", None, reason, "form")]


@pytest.mark.parametrize("cell", ["新增第十二条之一", "第十二条之一", "在第十二条后增加一条", "第十二条之一（新增）",
                                  "New Article 12-1", "after Article 12"])
def test_a_row_added_for_a_new_article_proposes_it(consultation, tmp_path: Path, cell: str) -> None:
    """A trial's member added a row for a new article: refused as naming no article. A row whose
    条款 cell names the article it follows proposes the new one after it (a typed label left out)."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    table = _comment_table(doc)
    row = table.add_row()
    new = "电子商务经营者应当建立健全合规管理制度。"
    row.cells[0].text, row.cells[2].text, row.cells[3].text = cell, f"第十二条之一\u3000{new}", "完善合规"
    result = _imported(consultation, doc, tmp_path / "filled.docx")
    assert result.stderr == (f"warning: {tmp_path / 'filled.docx'}: table 2 row 8: a row added for a new article after "
                             "第十二条 (art_12); read as proposing it\n")  # fmt: skip
    assert _listed(consultation) == [("art_12", "acme", "insert", new, "完善合规", "form")]
    # (专利法实施细则, a trial) the same form again: what was said of its rows is not said again, as of a file's rows
    again = consultation("comment", "import", str(tmp_path / "filled.docx"))
    assert (again.exit_code, again.stderr) == (0, f"warning: {tmp_path / 'filled.docx'}: 1 row(s) already stored from "
                                                  "this file: what was said of them when they came is not said again\n")


@pytest.mark.parametrize(("cell", "proposed", "reason", "stance", "body"), [
    ("总体意见", "", "建议整体上减轻中小经营者的合规负担。", "comment", "建议整体上减轻中小经营者的合规负担。"),
    ("全文", "建议整体上减轻中小经营者的合规负担。", "", "comment", "建议整体上减轻中小经营者的合规负担。"),
    ("（全文）", "", "支持。", "support", "支持。"),
])  # fmt: skip
@pytest.mark.parametrize("typed", ["", "建议加强对中小企业的支持。"])  # its 草案原文 cell typed in too (a verifying trial)
def test_a_row_added_for_the_whole_draft_is_a_remark_on_it(consultation, tmp_path: Path, cell: str, proposed: str,
                                                           reason: str, stance: str, body: str, typed: str) -> None:  # fmt: skip
    # a web trial: a row added with 条款 总体意见 was refused as "no article id or citation in the row", and the whole
    # uploaded form with it
    doc = docx.Document(str(_make(consultation, tmp_path)))
    row = _comment_table(doc).add_row()
    row.cells[0].text, row.cells[1].text, row.cells[2].text, row.cells[3].text = cell, typed, proposed, reason
    result = _imported(consultation, doc, tmp_path / "filled.docx")
    assert result.stderr == (f"warning: {tmp_path / 'filled.docx'}: table 2 row 8: a row for the whole draft (「{cell}」); "
                             "read as a remark on it\n")  # fmt: skip
    said = f"{typed}\n{body}" if typed else body
    assert _listed(consultation) == [(None, "acme", "comment" if typed else stance, None, said, "form")]


def test_a_row_copied_to_add_a_new_article_never_rewords_the_one_it_was_copied_from(consultation, tmp_path: Path) -> None:
    """A review: the natural way to add a row is to copy the last one, which keeps that row's
    hidden id; the 条款 cell's 新增第十四条之一 is read first, so 第十四条 is never replaced."""
    import copy as copying

    doc = docx.Document(str(_make(consultation, tmp_path)))
    table = _comment_table(doc)
    last = table.rows[-1]._tr
    last.addnext(copying.deepcopy(last))
    row = table.rows[-1]
    new = "电子商务经营者应当建立健全合规管理制度。"
    row.cells[0].text, row.cells[2].text = "新增第十四条之一", new
    result = _imported(consultation, doc, tmp_path / "filled.docx")
    assert _listed(consultation) == [("art_14", "acme", "insert", new, "", "form")]


@pytest.mark.parametrize(("cell", "copied", "after", "asked"), [
    ("新增第二条之二", False, "art_2-1", True), ("在第二条之一后增加一条", False, "art_2-1", True),
    ("第二条之二", False, "art_2-1", False), ("新增第三条之一", False, "art_3", True),
    ("第三条之一（新增）", False, "art_3", True), ("在第二条后增加一条", False, "art_2", True),
    ("New Article 2-2", False, "art_2-1", True), ("after Article 3", False, "art_3", True),
    ("Add a new article after Article 3", False, "art_3", True),
    # numbered as the EU numbers one put in, and this tool's English prints it (a trial's Article 30a was refused)
    ("Article 3a", False, "art_3", False), ("New Article 3a", False, "art_3", True), ("New Article 3-1", False, "art_3", True),
    ("Article 3b", False, "art_3", False), ("After Section 3", False, "art_3", True),
    # typed on a line of its own beside the locked citation of a copied row (a review)
    ("第三条\n新增一条", True, "art_3", True), ("第三条\n添加条款", True, "art_3", True), ("第三条\n新条文", True, "art_3", True),
    ("第三条\n建议在第三条后增加一条", True, "art_3", True), ("第三条\n在第三条后面增加一条", True, "art_3", True),
    # which place is meant is not known: refused by the caller, as asked without a place
    ("第三条（新增）", True, None, True), ("新增第四条", False, None, True), ("新增一条", False, None, True),
    ("在第九条后增加一条", False, None, True), ("Article 3 (new)", True, None, True), ("New provision", False, None, True),
    # the row of an article of the draft, a note beside its citation (a review): its own article's row
    ("第三条\n新增一条", False, None, True), ("第三条\n增加一条但书", False, None, False),
    ("第三条\n（与第二条后新增条文衔接）", False, None, False), ("第三条\n在第三条后增加一款", False, None, False),
    ("Article 3\nadd a sentence at the end of this article", False, None, False),
    ("Article 3\nto be moved after Article 2", False, None, False),
    ("第二条之一", False, None, False), ("第二条", False, None, False), ("增加一款", False, None, False),
    ("新增第二款", False, None, False), ("增加第三条第二款", False, None, False), ("第二款（新增）", False, None, False),
    ("备注", False, None, False),
])  # fmt: skip
def test_the_article_a_new_articles_row_follows(cell: str, copied: bool, after: str | None, asked: bool) -> None:
    """A review: 新增第二条之二 goes after the draft's 第二条之一, never straight after 第二条; a row of an
    article of the draft (第二条之一 itself, or a note beside its citation) is that article's row; a
    copied row (its hidden id another's) with 新增一条 beside its citation asks for one after it."""
    from lawcomment import parse_text
    from lawcomment.consultation.new_articles import asks_new_article, new_article_after
    from lawcomment.drafts.anchors import unit_index

    draft = parse_text("示例法\n第一条 甲。\n第二条 乙。\n第二条之一 丙。\n第三条 丁。\n")
    found = new_article_after(cell, unit_index(draft), copied)
    assert (found.eid if found is not None else None) == after
    assert asks_new_article(cell) is asked


@pytest.mark.parametrize("note", ["增加一条但书", "（与第十一条后新增条文衔接）", "建议增加一条规定"])
def test_a_note_beside_an_articles_own_citation_keeps_its_row_a_wording_of_it(consultation, tmp_path: Path,
                                                                             note: str) -> None:  # fmt: skip
    """A review: a note typed beside 第十二条's locked citation in its own row made its wording a new
    article. The row names its article by its hidden id, once: it rewords that article."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    row = _comment_table(doc).rows[3]
    row.cells[0].add_paragraph(note)
    row.cells[2].text = NEW_12
    result = _imported(consultation, doc, tmp_path / "filled.docx")
    assert "new article" not in result.stderr
    assert _listed(consultation) == [("art_12", "acme", "amend", NEW_12, "", "form")]


@pytest.mark.parametrize(("copied", "cell", "said"), [
    # a verifying trial: the last row copied, its 条款 新增一条: read as a wording of that row's article
    # (第十四条 replaced); the place is not said: refused, naming the row
    (True, "新增一条", "the row asks for a new article but does not say after which one (its 条款 reads 「新增一条」); "
                   "write 在第二十四条后增加一条 or 新增第二十四条之一 there"),
    (False, "其他", "no article id or citation in the row (a new article goes in a row of its own whose 条款 reads "
                  "新增第二十四条之一 or 在第二十四条后增加一条, its text in 修改建议; a remark on the whole draft: 总体意见 in 条款)"),
])  # fmt: skip
def test_a_row_that_says_no_place_for_its_new_article_is_refused_by_name(consultation, tmp_path: Path, copied: bool,
                                                                        cell: str, said: str) -> None:  # fmt: skip
    import copy as copying

    doc = docx.Document(str(_make(consultation, tmp_path)))
    table = _comment_table(doc)
    if copied:
        table.rows[-1]._tr.addnext(copying.deepcopy(table.rows[-1]._tr))
    row = table.rows[-1] if copied else table.add_row()
    row.cells[0].text, row.cells[2].text = cell, "电子商务经营者应当建立健全合规管理制度。"
    doc.save(str(tmp_path / "filled.docx"))
    result = consultation("comment", "import", str(tmp_path / "filled.docx"))
    assert result.exit_code == 1 and result.stderr.endswith(f"  table 2 row 8: {said}\n")
    assert _listed(consultation) == []


def test_rows_reordered_deleted_duplicated_and_split(consultation, tmp_path: Path) -> None:
    doc = docx.Document(str(_make(consultation, tmp_path)))
    table = _comment_table(doc)
    rows = table.rows
    rows[3].cells[2].text = "第十二条的新文字。"
    rows[4].cells[3].text = "第十三条的理由"
    tbl = table._tbl
    trs = [r._tr for r in rows]
    tbl.remove(trs[1])  # delete 第十条
    trs[4].addnext(copy.deepcopy(trs[3]))  # duplicate 第十二条 at the end of the group
    tbl.remove(trs[4])  # move 第十三条 first
    trs[0].addnext(trs[4])
    # Split the table: the last two rows go to a third table after a paragraph.
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
    # made out to ACME, filed for beta: said, and recorded for beta as asked
    assert result.stderr == (f"warning: {out}: the form was made out to ACME (China) Ltd. (acme); its comments are "
                             f"recorded for beta\nwarning: {out}: table 3 row 1 repeats table 2 row 5; imported once\n")  # fmt: skip
    assert _listed(consultation) == [
        ("art_12", "beta", "amend", "第十二条的新文字。", "", "form"),
        ("art_13", "beta", "comment", None, "第十三条的理由", "form"),
    ]  # fmt: skip


# -- editing with Track Changes on, as Word records it -------------------------------------------

_REV_IDS = iter(range(900, 10_000))


def _rev(tag: str, text: str = "") -> etree._Element:
    rev = OxmlElement(tag, {qn("w:id"): str(next(_REV_IDS)), qn("w:author"): "ACME", qn("w:date"): "2026-05-01T00:00:00Z"})
    if text:
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(t)
        rev.append(r)
    return rev


def _track(p: etree._Element, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in paragraph ``p`` (one run) as a tracked deletion and insertion."""
    (r,) = p.findall(qn("w:r"))
    t = r.find(qn("w:t"))
    before, after = t.text.split(old, 1)
    t.text = before
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    tail = copy.deepcopy(r)
    tail.find(qn("w:t")).text = after
    r.addnext(tail)
    if new:
        r.addnext(_rev("w:ins", new))
    if old:
        r.addnext(_rev("w:del", old))


def _tracked_form(consultation, tmp_path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    doc = docx.Document(str(_make(consultation, tmp_path)))
    edit(_comment_table(doc).rows)
    out = tmp_path / "tracked.docx"
    doc.save(str(out))
    return out


def _cell_paragraphs(row, i: int) -> list[etree._Element]:  # type: ignore[no-untyped-def]
    return row.cells[i]._tc.findall(qn("w:p"))


def test_tracked_changes_in_the_proposed_text_are_read_as_accepted(consultation, tmp_path: Path) -> None:
    def edit(rows) -> None:  # type: ignore[no-untyped-def]
        _track(_cell_paragraphs(rows[3], 2)[0], "依法需要取得相关行政许可的，", "")  # 第十二条: a deletion
        (p13,) = _cell_paragraphs(rows[4], 2)
        _track(p13, "电子商务经营者", "电子商务平台经营者")  # 第十三条: a replacement …

    out = _tracked_form(consultation, tmp_path, edit)
    form = open_form(out)
    assert form is not None and form.rows[2].before == {"proposed": ART_12}
    result = consultation("comment", "import", str(out))
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, f"{out}: form into ecommerce@1: 2 added, 0 already there, 0 superseded\n", "")
    listed = _listed(consultation)
    assert [c[:3] for c in listed] == [("art_12", "acme", "amend"), ("art_13", "acme", "amend")]
    assert listed[0][3] == NEW_12
    assert listed[1][3].startswith("电子商务平台经营者销售的商品或者提供的服务应当符合")


def test_tracked_changes_undone_or_rejected_propose_nothing(consultation, tmp_path: Path) -> None:
    def edit(rows) -> None:  # type: ignore[no-untyped-def]
        _track(_cell_paragraphs(rows[3], 2)[0], "行政许可", "行政许可")  # typed over with the same words
        (p13,) = _cell_paragraphs(rows[4], 2)
        p13.append(_rev("w:ins", ""))  # an empty insertion left behind

    out = _tracked_form(consultation, tmp_path, edit)
    result = consultation("comment", "import", str(out))
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", _unfilled(out))


def test_tracked_paragraph_marks_join_and_split_kuan(consultation, tmp_path: Path) -> None:
    kuan_1, kuan_2 = _rows(_make(consultation, tmp_path))[2][1].split("\n")

    def edit(rows) -> None:  # type: ignore[no-untyped-def]
        first, _ = _cell_paragraphs(rows[2], 2)  # 第十一条: two 款 joined into one
        rpr = OxmlElement("w:rPr")
        rpr.append(_rev("w:del"))
        first.find(qn("w:pPr")).append(rpr)

    out = _tracked_form(consultation, tmp_path, edit)
    form = open_form(out)
    assert form is not None and form.rows[1].cells["proposed"] == kuan_1 + kuan_2
    assert form.rows[1].before == {"proposed": f"{kuan_1}\n{kuan_2}"}
    result = consultation("comment", "import", str(out))
    assert result.exit_code == 0, result.stderr
    assert _listed(consultation) == [("art_11", "acme", "amend", kuan_1 + kuan_2, "", "form")]


def test_proposed_text_deleted_with_track_changes_is_said_aloud(consultation, tmp_path: Path) -> None:
    def edit(rows) -> None:  # type: ignore[no-untyped-def]
        (p,) = _cell_paragraphs(rows[3], 2)
        _track(p, ART_12, "")
        rows[3].cells[3].text = "本条多余"

    out = _tracked_form(consultation, tmp_path, edit)
    result = consultation("comment", "import", str(out))
    assert (result.exit_code, result.stderr) == (
        0, (f"warning: {out}: table 2 row 5: the proposed text of 第十二条 (art_12) was deleted; not read as a "
            "proposal (write 删除 there to propose deleting the article)\n"))  # fmt: skip
    assert _listed(consultation) == [("art_12", "acme", "comment", None, "本条多余", "form")]


# -- the member's details --------------------------------------------------------------------------


def test_fields_are_read_back_and_another_organisation_is_a_warning(consultation, tmp_path: Path) -> None:
    doc = docx.Document(str(_make(consultation, tmp_path)))
    fields = doc.tables[0]
    fields.rows[0].cells[1].text = "某某律师事务所"
    for cell, value in zip(fields.rows[1].cells[1::2], ("张三", "010-12345678", "2026年12月1日"), strict=True):
        cell.text = value
    _comment_table(doc).rows[3].cells[2].text = NEW_12
    out = tmp_path / "filled.docx"
    doc.save(str(out))
    form = open_form(out)
    assert form is not None and form.fields == {"org": "某某律师事务所", "contact": "张三", "phone": "010-12345678",
                                                "date": "2026年12月1日"}  # fmt: skip
    assert [r.eid for r in form.rows] == ["art_10", "art_11", "art_12", "art_13", "art_14"]
    result = consultation("comment", "import", str(out))
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, f"{out}: form into ecommerce@1: 1 added, 0 already there, 0 superseded\n"
           "  the form was filled in by 联系人 张三; 电话 010-12345678; 日期 2026年12月1日\n",
        f"warning: {out}: the form's 单位 reads '某某律师事务所', not 'ACME (China) Ltd.'; its comments are recorded for acme\n")
    assert _listed(consultation) == [("art_12", "acme", "amend", NEW_12, "", "form")]


# -- choosing articles ---------------------------------------------------------------------------


@pytest.mark.parametrize(("spec", "message"), [
    ("5-3", "--articles '5-3': the range '5-3' is reversed (write 3-5)"),
    ("10-20,十二-十", "--articles '10-20,十二-十': the range '十二-十' is reversed (write 10-12)"),
    ("200-300", "--articles '200-300': there is no article 200 in ecommerce@1 (its articles are 1 to 89)"),
    ("80-100", "--articles '80-100': there is no article 100 in ecommerce@1 (its articles are 1 to 89)"),
    ("0", "--articles '0': there is no article 0 in ecommerce@1 (its articles are 1 to 89)"),
    ("1-x", "--articles '1-x': cannot read 'x' as an article number (use e.g. 10-20,25)"),
    ("abc", "--articles 'abc': cannot read 'abc' as an article number (use e.g. 10-20,25)"),
    ("10-", "--articles '10-': cannot read '10-' as an article or a range (use e.g. 10-20,25)"),
    ("3--5", "--articles '3--5': cannot read '3--5' as an article or a range (use e.g. 10-20,25)"),
    ("", "--articles '': no article given (use e.g. 10-20,25)"),
])  # fmt: skip
def test_articles_refused(consultation, tmp_path: Path, spec: str, message: str) -> None:
    out = tmp_path / "x.docx"
    result = consultation("form", "make", "--draft", "ecommerce@1", "--articles", spec, "-o", str(out))
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"Error: {message}\n")
    assert not out.exists()


def test_articles_in_chinese_numerals_and_lists(consultation, tmp_path: Path) -> None:
    out = tmp_path / "x.docx"
    result = consultation("form", "make", "--draft", "ecommerce@1", "--articles", "第十条-第十二条，25、3", "-o", str(out))
    assert (result.exit_code, result.output) == (0, f"wrote {out}: 5 article(s) of ecommerce@1\n")
    assert [r[0].split("\n")[0] for r in _rows(out)[1:]] == ["第三条", "第十条", "第十一条", "第十二条", "第二十五条"]


def test_form_errors(consultation, tmp_path: Path) -> None:
    path = _make(consultation, tmp_path)
    wrong = consultation("comment", "import", str(path), "--draft", "other@1")
    assert (wrong.exit_code, wrong.stderr) == (1, f"Error: {path}: this form was made for ecommerce@1, not other@1\n")
    doc = docx.Document(str(path))
    row = _comment_table(doc).add_row()
    row.cells[0].text = "第九十九条"
    row.cells[2].text = "x"
    out = tmp_path / "bad.docx"
    doc.save(str(out))
    result = consultation("comment", "import", str(out))
    assert result.exit_code == 1
    # (专利法实施细则, a trial) what the member wrote, with the nearest, as a CSV's row is told: never 'art_99'
    missing = "ecommerce@1 has no 第九十九条 (art_99); nearest: 第八十九条 (art_89), 第八十八条 (art_88), 第八十七条 (art_87)"
    assert result.stderr == (f"Error: {out}: 1 filled row(s) cannot be read as comments on ecommerce@1; nothing was imported "
                             f"(fix them, or pass --skip-invalid)\n  table 2 row 8: {missing}\n")  # fmt: skip
    rows = tmp_path / "c.csv"
    rows.write_text("member,article,proposed_text\nacme,第九十九条,x\n", encoding="utf-8")
    typed = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert (typed.exit_code, typed.stderr.splitlines()[1:]) == (1, [f"  row 2: {missing}"])


def test_form_proposals_with_labels(consultation, tmp_path: Path) -> None:
    original_13 = _rows(_make(consultation, tmp_path))[4][1]
    filled = _fill(tmp_path / "form.docx", tmp_path / "filled.docx",
                   {3: ("第十二条　" + NEW_12, "删去重复"), 4: ("第十三条 " + original_13, "")})  # fmt: skip
    result = consultation("comment", "import", str(filled))
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, f"{filled}: form into ecommerce@1: 1 added, 0 already there, 0 superseded\n",
        f"warning: {filled}: table 2 row 6: the proposed text of 第十三条 (art_13) is the draft text unchanged; not a comment\n")
    assert _listed(consultation) == [("art_12", "acme", "amend", NEW_12, "删去重复", "form")]
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
        (f"warning: {filled}: table 2 row 4: the proposal gives one 款 of 第十一条 (2 款); read as the whole article, "
        "so it proposes deleting 第十一条第二款\n"))
    assert _listed(consultation) == [("art_11", "acme", "amend", kept, "第二款另行规定", "form")]


@pytest.mark.parametrize(("reason", "deleting"), [
    ("", False), ("建议增加退税规定。", False), ("删除第二款，另行规定。", True), ("第二款另行规定", True), ("建议删去第2款", True),
    # (a stranger's review) words deleted, or a 款 spoken of, ask no 款's deletion
    ("建议删除“依法”二字，表述更简洁。", False), ("第一款应与第二款的规定相衔接。", False), ("建议取消“依法”的限定。", False),
])  # fmt: skip
def test_form_row_rewording_one_kuan_of_two_is_a_wording_of_that_kuan(consultation, tmp_path: Path, reason: str,
                                                                     deleting: bool) -> None:  # fmt: skip
    # a trial (web upload, 反洗钱法 第八条): the cell typed over with the 第一款 reworded went out deleting the
    # 第二款, which nobody asked for and staff did not notice; a wording of the 款 it rewords, as a typed comment's
    worded = "电子商务经营者应当依法履行纳税义务，并依法享受税收优惠、减免和退税。"
    filled = _fill(_make(consultation, tmp_path), tmp_path / "filled.docx", {2: (worded, reason)})
    result = consultation("comment", "import", str(filled))
    assert (result.exit_code, result.stdout) == (0, f"{filled}: form into ecommerce@1: 1 added, 0 already there, 0 superseded\n")
    if deleting:  # the 理由 asks for it: the row's whole article, the 第二款 deleted, said
        assert result.stderr == (f"warning: {filled}: table 2 row 4: the proposal gives one 款 of 第十一条 (2 款); read "
                                 "as the whole article, so it proposes deleting 第十一条第二款\n")  # fmt: skip
        assert _listed(consultation) == [("art_11", "acme", "amend", worded, reason, "form")]
        return
    assert result.stderr == (f"warning: {filled}: table 2 row 4: the proposal gives one 款 of 第十一条 (2 款); anchored at "
                             "第十一条第一款; the other 款 of 第十一条 are not read as deleted (to delete one, say so in the "
                             "理由: 删除第十一条第二款)\n")  # fmt: skip
    assert _listed(consultation) == [("art_11__para_1", "acme", "amend", worded, reason, "form")]
    from lawcomment.exports.messages import localized

    assert localized(result.stderr.removeprefix("warning: ").rstrip("\n"), "zh") == (
        f"{filled}：第2个表格第4行：建议只写了第十一条（共2款）中的一款，已归入第十一条第一款；第十一条的其他各款不视为删除"
        "（如需删除，请在“理由”栏写明：删除第十一条第二款）")  # fmt: skip


# -- LibreOffice: round trip and what a member sees -------------------------------------------------


@pytest.mark.libreoffice
def test_form_round_trip_through_libreoffice(consultation, tmp_path: Path, soffice: str) -> None:
    def edit(rows) -> None:  # type: ignore[no-untyped-def]
        _track(_cell_paragraphs(rows[3], 2)[0], "依法需要取得相关行政许可的，", "")
        rows[3].cells[3].text = "理由"
        rows[1].cells[3].text = "请澄清"

    filled = _tracked_form(consultation, tmp_path, edit)
    doc = docx.Document(str(filled))
    doc.tables[0].rows[1].cells[1].text = "张三"
    doc.save(str(filled))
    rewritten = soffice_convert(soffice, filled, tmp_path / "lo", "docx:MS Word 2007 XML")
    assert custom_properties(DocxPackage(rewritten))["lawcomment.draft"] == "ecommerce@1"
    form = open_form(rewritten)
    assert form is not None and form.fields == {"org": "ACME (China) Ltd.", "contact": "张三"}
    # Nothing doubled on the way (LibreOffice 7.4 repeats the text of block-level content controls).
    assert [r.cells["article"].split("\n")[0] for r in form.rows] == ["第十条", "第十一条", "第十二条", "第十三条", "第十四条"]
    assert [r.eid for r in form.rows] == ["art_10", "art_11", "art_12", "art_13", "art_14"]
    assert _part(rewritten, "word/settings.xml").find(f"{W}trackRevisions") is not None
    assert len(list(_part(rewritten, "word/document.xml").iter(f"{W}del"))) == 1  # still a tracked change
    result = consultation("comment", "import", str(rewritten))
    assert (result.exit_code, result.stderr) == (0, "")
    assert _listed(consultation) == [("art_10", "acme", "comment", None, "请澄清", "form"),
                                     ("art_12", "acme", "amend", NEW_12, "理由", "form")]  # fmt: skip
    untouched = soffice_convert(soffice, tmp_path / "form.docx", tmp_path / "lo2", "docx:MS Word 2007 XML")
    again = consultation("comment", "import", str(untouched))
    assert (again.exit_code, again.stdout, again.stderr) == (1, "", _unfilled(untouched))


@pytest.mark.libreoffice
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_form_as_a_member_sees_it(consultation, tmp_path: Path, soffice: str, lang: str) -> None:
    out = tmp_path / f"form-{lang}.docx"
    made = consultation("form", "make", "--draft", "ecommerce@1", "--member", "acme", "--lang", lang, "-o", str(out))
    assert made.exit_code == 0, made.output
    pdf = soffice_convert(soffice, out, tmp_path / "pdf", "pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, timeout=60).stdout.decode()
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert (round(width), round(height)) == (842, 595)  # A4 landscape on every page
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 10 < pages < 60
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, timeout=60).stdout.decode()
    assert "@" not in text and "art_" not in text and "acme" not in text
    flat = re.sub(r"\s+", "", text)
    if lang == "zh":
        assert "《中华人民共和国电子商务法》意见反馈表" in flat and f"第{pages}页，共{pages}页" in flat
        assert "第八十九条本法自2019年1月1日起施行。本法自2019年1月1日起施行。" in flat
    else:
        assert "CommentForm" in flat and f"Page{pages}of{pages}" in flat
        assert "Article89本法自2019年1月1日起施行。本法自2019年1月1日起施行。" in flat
    # The draft text is not squeezed: a line of a wide column holds well over 8 characters.
    assert any("电子商务经营者应当依法办理市场主体" in re.sub(r"\s+", "", x) for x in text.splitlines())
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    assert next(tmp_path.glob("page*.png")).stat().st_size > 10_000
    east, latin, theme = _fonts_named(out)
    assert east <= EAST_ASIAN_FONTS and latin <= LATIN_FONTS[lang] and theme == []


@pytest.mark.parametrize(("lang", "line"), [("zh", "（请于2026年12月20日前反馈）"), ("en", "Please return by 20 December 2026.")])
def test_the_deadline_is_printed_under_the_title(consultation, tmp_path: Path, lang: str, line: str) -> None:
    from lawcomment import open_store

    with open_store(consultation.db, "tester") as store:
        store.set_deadline("ecommerce@1", "2026-12-20")
    paragraphs = [p.text for p in docx.Document(str(_make(consultation, tmp_path, "--lang", lang))).paragraphs]
    assert line in paragraphs[:3]


def test_a_member_who_edits_the_draft_text_column_is_read_with_a_warning(consultation, tmp_path: Path) -> None:
    doc = docx.Document(str(_make(consultation, tmp_path)))
    _comment_table(doc).rows[3].cells[1].text = NEW_12  # 修改建议 left as pre-filled
    out = tmp_path / "filled.docx"
    doc.save(str(out))
    result = consultation("comment", "import", str(out))
    assert (result.exit_code, result.stderr) == (
        0, (f"warning: {out}: table 2 row 5: the draft-text cell of 第十二条 (art_12) was edited; "
            "the edited text is read as the proposal\n"))  # fmt: skip
    assert _listed(consultation) == [("art_12", "acme", "amend", NEW_12, "", "form")]


def test_a_form_of_the_earlier_layout_still_imports(runner, tmp_path: Path) -> None:
    # examples/ecommerce/form-fjord.docx: portrait, 修改建议 empty where not filled, no 单位 table.
    from lawcomment.cli import cli

    examples = Path(__file__).resolve().parents[1] / "examples" / "ecommerce"
    db = str(tmp_path / "lc.db")
    for args in (["init"], ["draft", "add", str(examples / "draft-v1.docx"), "--name", "ecommerce", "--version", "1"],
                 ["member", "import", str(examples / "members.csv")]):  # fmt: skip
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0
    form = examples / "form-fjord.docx"
    result = runner.invoke(cli, ["--db", db, "comment", "import", str(form)])
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, f"{form}: form into ecommerce@1: 2 added, 0 already there, 0 superseded\n", "")
    listed = json.loads(runner.invoke(cli, ["--db", db, "comment", "list", "--draft", "ecommerce@1", "--format", "json"]).stdout)
    assert [(c["eid"], c["member"], c["stance"]) for c in listed["comments"]] == [("art_30", "fjord", "amend"),
                                                                                 ("art_31", "fjord", "amend")]  # fmt: skip


def test_word_comments_in_a_form_are_remarks_on_their_rows_article(consultation, tmp_path: Path) -> None:
    """A Word comment marked on a row (its 修改建议 cell, or any other) is a remark on the row's
    article, its author kept, after the comment the row's cells make; one marked outside the
    articles' rows (on the form's title) is said in a warning, never dropped silently. A
    「支持本条。」 beside the untouched draft text is support of the article."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    rows = _comment_table(doc).rows
    rows[3].cells[2].text = NEW_12
    rows[3].cells[3].text = "删去重复"
    doc.add_comment(rows[3].cells[2].paragraphs[0].runs, "请秘书处重点关注行政许可的范围。", author="陈法务", initials="CF")
    rows[1].cells[3].text = " "  # a comment on the empty 理由 cell of 第十条
    doc.add_comment(rows[1].cells[3].paragraphs[0].runs, "本条无意见，仅供参考。", author="王律师", initials="WL")
    doc.add_comment(doc.paragraphs[0].runs, "请于月底前反馈。", author="秘书", initials="MS")
    rows[5].cells[3].text = "支持本条。"
    out = tmp_path / "noted.docx"
    doc.save(str(out))
    result = consultation("comment", "import", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{out}: form into ecommerce@1: 4 added, 0 already there, 0 superseded\n"
    assert result.stderr == (f"warning: {out}: a Word comment outside the articles' rows is not imported (秘书: "
                             "「请于月底前反馈。」); write it in the 理由 cell of its article's row\n")  # fmt: skip
    assert _listed(consultation) == [
        ("art_10", "acme", "comment", None, "本条无意见，仅供参考。", "form"),
        ("art_12", "acme", "amend", NEW_12, "删去重复", "form"),
        ("art_12", "acme", "comment", None, "请秘书处重点关注行政许可的范围。", "form"),
        ("art_14", "acme", "support", None, "支持本条。", "form"),
    ]  # fmt: skip
    doc_ = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)
    noted = next(c for c in doc_["comments"] if c["body"].startswith("请秘书处"))
    assert noted["source"]["author"] == "陈法务" and noted["source"]["position"].endswith(", Word comment 0")


def test_a_form_of_a_draft_replaced_since_is_read_against_what_it_printed(consultation, tmp_path: Path) -> None:
    """The draft corrected (draft add --replace) after the forms went out: a row the member left as
    printed proposes nothing (a new user's trial: it proposed undoing the correction, silently), and
    a row the member edited has its edit made on the stored text, each with a warning."""
    form = _make(consultation, tmp_path)
    filled = _fill(form, tmp_path / "filled.docx", {3: (NEW_12, "删去重复")})  # 第十二条, edited
    corrected = tmp_path / "corrected.md"
    corrected.write_text((DATA / "ecommerce-law.md").read_text(encoding="utf-8").replace(
        "应当依法取得行政许可。", "应当依法及时取得行政许可。").replace("和环境保护要求", "和生态环境保护要求"),
        encoding="utf-8")  # fmt: skip
    assert consultation("draft", "add", str(corrected), "--name", "ecommerce", "--version", "1",
                        "--replace").exit_code == 0  # fmt: skip
    result = consultation("comment", "import", str(filled))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{filled}: form into ecommerce@1: 1 added, 0 already there, 0 superseded\n"
    assert result.stderr.splitlines() == [
        f"warning: {filled}: table 2 row 5: the form printed 第十二条 (art_12) otherwise than ecommerce@1 has it now; "
        "the member's changes are made on the stored text",
        f"warning: {filled}: table 2 row 6: the form printed 第十三条 (art_13) otherwise than ecommerce@1 has it now "
        "(the draft was replaced after the form was made); the row is left as printed and proposes nothing"]  # fmt: skip
    assert _listed(consultation) == [
        ("art_12", "acme", "amend", "电子商务经营者从事经营活动，应当依法及时取得行政许可。", "删去重复", "form")]


@pytest.mark.parametrize("proposed", ["", NEW_12])
def test_a_member_s_plain_edit_of_the_draft_text_cell_is_still_its_proposal(consultation, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                           proposed: str) -> None:  # fmt: skip
    """The draft is as the form printed it: a draft-text cell typed over without Track Changes (its
    修改建议 emptied, as an earlier layout's forms are, or typed the same) is the member's proposal,
    never "the draft was replaced" (a stranger's review of the rule that reads a form against the
    text it printed)."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    rows = _comment_table(doc).rows
    rows[3].cells[1].text = NEW_12
    rows[3].cells[2].text = proposed
    out = tmp_path / "filled.docx"
    doc.save(str(out))
    result = consultation("comment", "import", str(out))
    assert result.exit_code == 0 and "replaced" not in result.stderr, result.output
    assert _listed(consultation) == [("art_12", "acme", "amend", NEW_12, "", "form")]


def test_a_small_form_with_one_article_rewritten_since_is_read_not_refused(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A form of two articles, one of them rewritten wholesale before the form came back: the draft
    was corrected, not swapped for another; the other row's remark is imported (a stranger's review
    found the whole form refused as "another draft")."""
    form = tmp_path / "f.docx"
    assert consultation("form", "make", "--draft", "ecommerce@1", "--member", "acme", "--articles", "12,13", "-o",
                        str(form)).exit_code == 0  # fmt: skip
    doc = docx.Document(str(form))
    _comment_table(doc).rows[2].cells[3].text = "请明确环境保护要求的范围。"
    doc.save(str(form))
    corrected = tmp_path / "corrected.md"
    corrected.write_text((DATA / "ecommerce-law.md").read_text(encoding="utf-8").replace(
        "电子商务经营者从事经营活动，依法需要取得相关行政许可的，应当依法取得行政许可。",
        "从事电子商务活动须经许可的，经营者应当在开展经营前办结许可手续并公示。"), encoding="utf-8")  # fmt: skip
    assert consultation("draft", "add", str(corrected), "--name", "ecommerce", "--version", "1",
                        "--replace").exit_code == 0  # fmt: skip
    result = consultation("comment", "import", str(form))
    assert result.exit_code == 0, result.output
    assert _listed(consultation) == [("art_13", "acme", "comment", None, "请明确环境保护要求的范围。", "form")]
    assert "the form printed 第十二条 (art_12) otherwise than ecommerce@1 has it now" in result.stderr


def test_a_form_sent_back_again_with_its_row_emptied_names_the_comment_it_no_longer_has(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    form = _make(consultation, tmp_path)
    filled = _fill(form, tmp_path / "acme-form.docx", {3: (NEW_12, "删去重复")})
    assert consultation("comment", "import", str(filled)).exit_code == 0
    again = tmp_path / "again"
    again.mkdir()
    emptied = _fill(form, again / "acme-form.docx", {3: (ART_12, "")})  # the same name, the row back as printed
    result = consultation("comment", "import", str(emptied))
    # (no row filled in now: an error, and what the earlier copy gave is named still, open as it was)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"warning: {emptied}: an earlier copy of acme-form.docx gave 1 comment(s) this one no longer has: #1 "
        "(acme, 第十二条 (art_12)); they stay open (`lawcomment comment withdraw ID` if the member dropped them)\n"
        + _unfilled(emptied)))  # fmt: skip
    assert [c[:3] for c in _listed(consultation)] == [("art_12", "acme", "amend")]


def test_a_form_made_before_forms_recorded_their_draft_never_proposes_undoing_a_correction(consultation,  # type: ignore[no-untyped-def]
                                                                                            tmp_path: Path) -> None:  # fmt: skip
    """A form sent out before forms recorded the draft they printed (no lawcomment.source): a row left as
    it printed it proposes nothing after the draft was corrected, said with a "?" (a stranger's review:
    it proposed the old words back, silently)."""
    import re
    import zipfile

    made = _make(consultation, tmp_path)
    old = tmp_path / "old-form.docx"
    with zipfile.ZipFile(made) as src, zipfile.ZipFile(old, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/custom.xml":  # the property the forms of before did not have
                data = re.sub(rb'<property[^>]*name="lawcomment.source".*?</property>', b"", data, flags=re.S)
            out.writestr(item, data)
    corrected = tmp_path / "corrected.md"
    corrected.write_text((DATA / "ecommerce-law.md").read_text(encoding="utf-8").replace(
        "应当依法取得行政许可。", "应当依法及时取得行政许可。"), encoding="utf-8")  # fmt: skip
    assert consultation("draft", "add", str(corrected), "--name", "ecommerce", "--version", "1",
                        "--replace").exit_code == 0  # fmt: skip
    result = consultation("comment", "import", str(old))
    assert _listed(consultation) == []
    # (no row of it filled in: an error, the row said first)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"warning: {old}: table 2 row 5: the form printed 第十二条 (art_12) otherwise than ecommerce@1 has it now "
        "(the draft was replaced after the form was made?); the row is left as printed and proposes nothing\n"
        + _unfilled(old)))  # fmt: skip


def test_a_form_of_another_draft_of_the_same_name_is_refused(consultation, tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    """A form made in another store whose ecommerce@1 is another law: its rows print other words than
    this store's articles, so it is refused whole (a new user's trial: its untouched rows became
    proposals to replace three articles with the other law's)."""
    from lawcomment.cli import cli

    other = str(tmp_path / "other.db")
    for args in (["init"], ["draft", "add", str(DATA / "bilingual" / "cn-genai-measures" / "zh.txt"), "--name",
                            "ecommerce", "--version", "1"], ["member", "add", "acme"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", other, *args]).exit_code == 0
    form = tmp_path / "other-form.docx"
    assert runner.invoke(cli, ["--db", other, "form", "make", "--draft", "ecommerce@1", "--member", "acme",
                               "--articles", "10-12", "-o", str(form)]).exit_code == 0  # fmt: skip
    doc = docx.Document(str(form))
    rows = _comment_table(doc).rows
    rows[2].cells[3].text = "建议细化。"
    doc.save(str(form))
    result = consultation("comment", "import", str(form))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {form}: the form's draft text is not ecommerce@1's: 第十条 (art_10) "
                                    "(table 2 row 3), 第十一条 (art_11) (table 2 row 4), 第十二条 (art_12) (table 2 row 5) "
                                    "read otherwise; is it a form of another draft named ecommerce@1? Nothing was "
                                    "imported")  # fmt: skip
    assert _listed(consultation) == []
    # a form of a draft the store has not at all: the file is named (a trial's error named none)
    assert runner.invoke(cli, ["--db", other, "draft", "add", str(DATA / "bilingual" / "cn-genai-measures" / "zh.txt"),
                               "--name", "genai", "--version", "1"]).exit_code == 0  # fmt: skip
    assert runner.invoke(cli, ["--db", other, "form", "make", "--draft", "genai@1", "--member", "acme", "--articles",
                               "1", "-o", str(form)]).exit_code == 0  # fmt: skip
    result = consultation("comment", "import", str(form))
    assert (result.exit_code, result.output) == (1, f"Error: {form}: this form was made for genai@1: no draft 'genai@1' "
                                                    "in the store (drafts: ecommerce@1)\n")  # fmt: skip


def test_a_word_comment_on_words_of_the_law_in_a_form_is_anchored_at_them(consultation, tmp_path: Path) -> None:
    """A Word comment on words of the article (in the 修改建议 cell the form fills with the draft's
    text, the member changing nothing) keeps them as its quote, as one in a marked-up draft does
    (a trial: 「超过规定标准的区域」 was lost); one on the member's own words, or on the whole text,
    is a remark on the article."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    rows = _comment_table(doc).rows
    para = rows[3].cells[2].paragraphs[0]
    for run in list(para.runs):
        run._r.getparent().remove(run._r)
    head, quoted, tail = ART_12.partition("相关行政许可")
    runs = [para.add_run(head), para.add_run(quoted), para.add_run(tail)]
    doc.add_comment([runs[1]], "哪些许可？请列明。", author="陈法务", initials="CF")
    rows[4].cells[2].text = rows[4].cells[2].text.replace("环境保护要求", "生态环境保护要求")
    doc.add_comment(rows[4].cells[2].paragraphs[0].runs, "与环境保护法一致。", author="陈法务", initials="CF")
    out = tmp_path / "quoted.docx"
    doc.save(str(out))
    result = consultation("comment", "import", str(out))
    assert (result.exit_code, result.stderr) == (0, ""), result.output
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"]
    remarks = {c["body"]: (c["eid"], c["quote"], c["selector"]["offset"]) for c in listed if c["stance"] == "comment"}
    assert remarks == {"哪些许可？请列明。": ("art_12", "相关行政许可", len(head)), "与环境保护法一致。": ("art_13", "", None)}


@pytest.mark.parametrize(("reason", "support"), [
    ("支持本条。", True), ("同意", True), ("赞成该条规定！", True), ("支持本条。 ", True),
    ("同意。但建议将九十日改为六十日。", False), ("支持。建议删除第二款。", False), ("同意本条规定。但第三项应删去", False),
    ("支持华云意见", False),
    # an English form's (a new user's trial stored the first as a remark)
    ("We strongly support this article.", True), ("Supported.", True), ("Agreed", True), ("We support this section.", True),
    ("We support the provision as drafted.", True), ("We support this article, but 30 days is too short.", False),
    ("Support deleting this.", False), ("We support Acme's proposal.", False),
])  # fmt: skip
def test_only_a_reason_that_is_all_support_makes_a_row_support(reason: str, support: bool) -> None:
    from lawcomment.consultation.bulk import SUPPORT_ONLY

    assert bool(SUPPORT_ONLY.match(reason)) is support


def test_a_word_comment_in_a_row_deleted_with_track_changes_goes_with_it(consultation, tmp_path: Path) -> None:
    doc = docx.Document(str(_make(consultation, tmp_path)))
    rows = _comment_table(doc).rows
    rows[2].cells[3].text = "请澄清"
    doc.add_comment(rows[2].cells[3].paragraphs[0].runs, "这一行整行删除。", author="陈法务", initials="CF")
    rows[2]._tr.get_or_add_trPr().append(_rev("w:del"))
    out = tmp_path / "deleted-row.docx"
    doc.save(str(out))
    result = consultation("comment", "import", str(out))
    # not "outside the articles' rows": it went with its row, the only one filled in (so the form is not, now)
    assert (result.exit_code, result.stderr) == (1, _unfilled(out))
    assert _listed(consultation) == []


def test_a_form_made_out_to_another_member_is_recorded_for_the_member_named_with_a_warning(consultation,
                                                                                           tmp_path: Path) -> None:  # fmt: skip
    filled = _fill(_make(consultation, tmp_path), tmp_path / "filled.docx", {3: (NEW_12, "删去重复")})
    result = consultation("comment", "import", str(filled), "--member", "beta")
    assert (result.exit_code, result.stdout) == (0, f"{filled}: form into ecommerce@1: 1 added, 0 already there, 0 superseded\n")
    assert result.stderr == (f"warning: {filled}: the form was made out to ACME (China) Ltd. (acme); its comments are "
                             "recorded for beta\n")  # fmt: skip
    assert _listed(consultation) == [("art_12", "beta", "amend", NEW_12, "删去重复", "form")]


def test_a_copied_row_made_a_whole_draft_remark_leaves_the_copied_law_out(consultation, tmp_path: Path) -> None:
    # a review: the last row copied (its 草案原文 the copied article's text), its 条款 总体意见: the law's words went
    # into the remark, which staff could forward as the member's
    import copy as copying

    doc = docx.Document(str(_make(consultation, tmp_path)))
    table = _comment_table(doc)
    last = table.rows[-1]._tr
    last.addnext(copying.deepcopy(last))
    row = table.rows[-1]
    row.cells[0].text, row.cells[3].text = "总体意见", "建议减轻中小经营者负担。"
    result = _imported(consultation, doc, tmp_path / "filled.docx")
    assert result.exit_code == 0, result.output
    assert _listed(consultation) == [(None, "acme", "comment", None, "建议减轻中小经营者负担。", "form")], result.stderr


def test_a_placeholder_in_the_proposed_text_is_no_wording(consultation, tmp_path: Path) -> None:
    """A messy-input trial: 「无」 typed over 第十条's printed text was stored as its whole new wording."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    rows = _comment_table(doc).rows
    rows[1].cells[2].text, rows[1].cells[3].text = "无", "建议延长报告时限。"  # 第十条
    rows[2].cells[2].text = "同意"  # 第十一条
    rows[4].cells[2].text, rows[4].cells[3].text = "/", "/"  # 第十三条
    path = tmp_path / "filled.docx"
    result = _imported(consultation, doc, path)
    assert result.stderr.splitlines() == [
        f"warning: {path}: table 2 row 3: the proposed text 「无」 is no wording: read as a remark on 第十条 (art_10), its "
        "reason kept",
        f"warning: {path}: table 2 row 4: the proposed text 「同意」 is no wording: read as support of 第十一条 (art_11)",
        f"warning: {path}: table 2 row 6: the proposed text 「/」 is no wording and the reason 「/」 says nothing: nothing "
        "is recorded at 第十三条 (art_13)"]  # fmt: skip
    assert _listed(consultation) == [("art_10", "acme", "comment", None, "建议延长报告时限。", "form"),
                                     ("art_11", "acme", "support", None, "", "form")]  # fmt: skip


def test_same_as_above_in_the_proposed_text_is_refused(consultation, tmp_path: Path) -> None:
    doc = docx.Document(str(_make(consultation, tmp_path)))
    rows = _comment_table(doc).rows
    rows[2].cells[2].text, rows[2].cells[3].text = "同上", "同上"
    doc.save(str(tmp_path / "filled.docx"))
    result = consultation("comment", "import", str(tmp_path / "filled.docx"))
    assert result.exit_code == 1
    assert result.stderr.endswith("  table 2 row 4: the 修改建议 「同上」 (same as above) is no wording: each row is read on "
                                  "its own, never from the row above; write out the wording it means (or leave the cell "
                                  "empty to keep the reason as a remark)\n")  # fmt: skip
    assert _listed(consultation) == []


def test_same_as_above_as_the_reason_is_kept_and_said(consultation, tmp_path: Path) -> None:
    """(a trial of 矿产资源法) 同上 in the 理由 column: kept as written and said, as a CSV's is (it went out
    as the reason of a row cut off from the one it meant, unsaid)."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    rows = _comment_table(doc).rows
    rows[2].cells[2].text, rows[2].cells[3].text = rows[2].cells[1].text.replace("。", "，并公示。", 1), "同上"
    path = tmp_path / "filled.docx"
    result = _imported(consultation, doc, path)
    assert (f"warning: {path}: table 2 row 4: the reason 「同上」 (same as above) is kept as written: each row is read on "
            "its own, never from the row above; write out the reason it means") in result.stderr.splitlines()
    assert [c[4] for c in _listed(consultation)] == ["同上"]


def _retype_citation(row, citation: str, *, keep: bool = False) -> None:  # type: ignore[no-untyped-def]
    """A member's edit of a row's 条款 cell without Word's content-control lock: the printed citation
    (its content control) typed over, or with ``keep`` a note typed after it; the hidden bookmark stays."""
    first = row.cells[0].paragraphs[0]
    if not keep:
        for sdt in list(first._p.iter(qn("w:sdt"))):
            sdt.getparent().remove(sdt)
    for extra in row.cells[0].paragraphs[1:]:  # (the chapter printed under the first article)
        extra._p.getparent().remove(extra._p)
    first.add_run(citation)


@pytest.mark.parametrize(("copied", "typed", "keep", "at", "said"), [
    # a trial's: the 第十条 row copied to the end, its 条款 typed over (the hidden id stayed 第十条's)
    (True, "第十二条", False, "art_12", "its 条款 reads 「第十二条」: read as on 第十二条 (art_12), as it says, though the row "
                                       "is 第十条 (art_10)'s row copied (its hidden id is that row's)"),
    # or corrected beside the printed citation
    (True, "（应为第十二条）", True, "art_12", "its 条款 reads 「第十条（应为第十二条）」: read as on 第十二条 (art_12), as it "
                                            "says, though the row is 第十条 (art_10)'s row copied (its hidden id is that "
                                            "row's)"),
    # its own row's citation typed over, the wording another article's
    (False, "第十二条", False, "art_12", "its 条款 reads 「第十二条」: read as on 第十二条 (art_12), as it says, though the row "
                                        "is 第十条 (art_10)'s row (its hidden id), its 条款 typed over"),
])  # fmt: skip
def test_a_row_whose_citation_names_another_article_is_read_as_it_says(consultation, tmp_path: Path, copied: bool,
                                                                      typed: str, keep: bool, at: str, said: str) -> None:  # fmt: skip
    doc = docx.Document(str(_make(consultation, tmp_path)))
    table = _comment_table(doc)
    if copied:
        table.rows[-1]._tr.addnext(copy.deepcopy(table.rows[1]._tr))
    row = table.rows[-1] if copied else table.rows[1]
    _retype_citation(row, typed, keep=keep)
    row.cells[2].text, row.cells[3].text = NEW_12, "简化表述。"
    path = tmp_path / "filled.docx"
    result = _imported(consultation, doc, path)
    position = "table 2 row 8" if copied else "table 2 row 3"
    assert result.stderr == f"warning: {path}: {position}: {said}\n"
    assert _listed(consultation) == [(at, "acme", "amend", NEW_12, "简化表述。", "form")]


@pytest.mark.parametrize(("typed", "keep", "wording", "problem"), [
    # a trial's: 第十三条's row, its 条款 typed over as 第十四条, its wording 第十三条's: which is meant is not known
    ("第十四条", False, "电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求。",
     "its 条款 reads 「第十四条」 (第十四条 (art_14)), but the row is 第十三条 (art_13)'s row (its hidden id), its 条款 typed "
     "over, and its wording reads like 第十三条 (art_13) (similarity 0.65, against 0.33 like 第十四条 (art_14)): which "
     "article it is for cannot be told; write the citation of the article it words in 条款"),
    ("（应为第九十九条）", True, NEW_12,
     "its 条款 reads 「第十三条（应为第九十九条）」, which names no unit of ecommerce@1, and the row is 第十三条 (art_13)'s row "
     "(its hidden id), its 条款 typed over: which article it is for cannot be told; write the citation of its article in "
     "条款"),
])  # fmt: skip
def test_a_row_whose_citation_and_words_disagree_is_refused_naming_both(consultation, tmp_path: Path, typed: str,
                                                                        keep: bool, wording: str, problem: str) -> None:  # fmt: skip
    doc = docx.Document(str(_make(consultation, tmp_path)))
    row = _comment_table(doc).rows[4]  # 第十三条
    _retype_citation(row, typed, keep=keep)
    row.cells[2].text = wording
    doc.save(str(tmp_path / "filled.docx"))
    result = consultation("comment", "import", str(tmp_path / "filled.docx"))
    assert result.exit_code == 1
    assert result.stderr.endswith(f"  table 2 row 6: {problem}\n")
    assert _listed(consultation) == []


def test_a_wording_of_another_article_in_a_row_is_refused_naming_both(consultation, tmp_path: Path) -> None:
    """A trial's: 第十二条第二款's words, reworded, pasted into 第十一条's row were stored as 第十一条's whole
    new wording (with a note): a form's row words the article it prints."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    rows = _comment_table(doc).rows
    rows[2].cells[2].text, rows[2].cells[3].text = NEW_12, "简化。"  # 第十一条's row
    rows[5].cells[3].text = "支持本条。"  # 第十四条's
    path = tmp_path / "filled.docx"
    doc.save(str(path))
    result = consultation("comment", "import", str(path))
    assert result.exit_code == 1
    assert result.stderr.endswith("  table 2 row 4: the proposed wording for 第十一条第一款 (art_11__para_1) reads much "
                                  "more like 第十二条 (art_12) (similarity 0.78, against 0.49): check the article it names; a form's row "
                                  "words the article it prints: give the wording in a row whose 条款 reads 第十二条, or "
                                  "leave the row out (--skip-invalid)\n")  # fmt: skip
    skipped = consultation("comment", "import", str(path), "--skip-invalid")
    assert skipped.exit_code == 0 and "the proposal gives" not in skipped.stderr
    assert _listed(consultation) == [("art_14", "acme", "support", None, "支持本条。", "form")]


@pytest.mark.parametrize(("reason", "stored", "said"), [
    ("建议删除本条。", [("art_12", "acme", "comment", None, "建议删除本条。", "form")],
     "and its reason asks for its deletion (「建议删除本条。」): kept as a remark, not read as deleting it (write 删除 in "
     "修改建议 to propose deleting the article)"),
    ("", [], "and the row gives no reason: nothing is recorded (write 删除 in 修改建议 to propose deleting the article)"),
])  # fmt: skip
def test_a_proposed_text_emptied_without_track_changes_is_said(consultation, tmp_path: Path, reason: str,
                                                               stored: list[tuple], said: str) -> None:  # fmt: skip
    """A messy-input trial: 修改建议 emptied (Track Changes off, as WPS users work) with 建议删除本条。 was a
    plain remark, unsaid, and emptied with no reason nothing at all, unsaid (beside another reason the
    cell was cleared to make room: the remark, as before). Its only row so: the form is not filled in, an error."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    row = _comment_table(doc).rows[3]  # 第十二条
    row.cells[2].text, row.cells[3].text = "", reason
    path = tmp_path / "filled.docx"
    doc.save(str(path))
    result = consultation("comment", "import", str(path))
    warning = f"warning: {path}: table 2 row 5: the proposed text of 第十二条 (art_12) was emptied (not with Track Changes) {said}\n"
    assert (result.exit_code, result.stderr) == ((0, warning) if stored else (1, warning + (
        f"Error: {path}: the form is not filled in: no row proposes a wording under 修改建议 or gives a reason under "
        "理由: nothing imported into ecommerce@1, no import recorded (fill in the rows commented on, a wording under "
        "修改建议 or a reason under 理由, then import the form again)\n")))  # fmt: skip
    assert _listed(consultation) == stored


def test_a_rows_wording_of_one_item_is_that_items(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a trial of 商标法) A row of 第五十七条 giving only 「（三）销售…；」 was the whole article's wording,
    deleting the rest, unsaid: the 条款 cell names articles alone, so it is that 项's, said."""
    out = tmp_path / "form76.docx"
    made = consultation("form", "make", "--draft", "ecommerce@1", "--member", "acme", "--articles", "76", "-o", str(out))
    assert made.exit_code == 0, made.output
    doc = docx.Document(str(out))
    _comment_table(doc).rows[1].cells[2].text = "（二）未在首页显著位置持续公示终止电子商务的有关信息和联系方式的；"
    path = tmp_path / "filled.docx"
    result = _imported(consultation, doc, path)
    assert result.stderr == (f"warning: {path}: table 2 row 3: the proposal is one 项 「（二）」 of 第七十六条: anchored at "
                             "第七十六条第一款第二项, not read as the whole article (which would delete its other words)\n")  # fmt: skip
    assert _listed(consultation) == [("art_76__para_1__item_2", "acme", "amend",
                                      "未在首页显著位置持续公示终止电子商务的有关信息和联系方式的；", "", "form")]  # fmt: skip


def test_who_filled_the_form_in_is_said_at_its_import(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a trial of 商标法) The form's 联系人, 电话 and 日期, filled in, were read nowhere: the import says them, for
    staff to ask about the form; a form leaving them empty says nothing of them."""
    doc = docx.Document(str(_make(consultation, tmp_path)))
    contact_row = doc.tables[0].rows[1]
    for k, value in ((1, "王律师（法务部）"), (3, "010-65901234"), (5, "2026年12月10日")):
        contact_row.cells[k].text = value
    _comment_table(doc).rows[3].cells[2].text = NEW_12
    path = tmp_path / "filled.docx"
    result = _imported(consultation, doc, path)
    assert result.stdout == (f"{path}: form into ecommerce@1: 1 added, 0 already there, 0 superseded\n"
                             "  the form was filled in by 联系人 王律师（法务部）; 电话 010-65901234; 日期 2026年12月10日\n")  # fmt: skip
    bare = docx.Document(str(_make(consultation, tmp_path, name="bare.docx")))
    _comment_table(bare).rows[3].cells[2].text = NEW_12
    again = _imported(consultation, bare, tmp_path / "bare-filled.docx")
    assert "filled in by" not in again.stdout
