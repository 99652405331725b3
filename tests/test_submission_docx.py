"""The Word submission: tracked changes in schema order, both layouts and languages,
attribution, anonymity, openxml-audit, LibreOffice, and re-import as a marked-up draft."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from lawcomment import ExportOptions, Store, export, load_consultation, load_draft
from lawcomment.docx_markup import View, read_markup, render
from lawcomment.docx_package import DocxPackage
from lawcomment.marked_up import read_marked_up
from tests.docx_builders import soffice_convert

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DATE = "2026-11-21T09:00:00Z"
ASSOCIATION = "外商投资企业协会法律委员会"


def _write(store: Store, path: Path, **options: object) -> Path:
    view = load_consultation(store, "ecommerce@1", all_articles=bool(options.get("all_articles")))
    export(view, "docx", path, ExportOptions(date=DATE, association=ASSOCIATION, **options))  # type: ignore[arg-type]
    return path


def _part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def _revisions(root: etree._Element) -> list[etree._Element]:
    return [e for e in root.iter(f"{W}ins", f"{W}del")]


def test_tracked_changes_are_native_and_well_formed(demo_store: Store, tmp_path: Path) -> None:
    path = _write(demo_store, tmp_path / "s.docx")
    doc = _part(path, "word/document.xml")
    revs = _revisions(doc)
    assert len(revs) >= 8
    ids = [r.get(f"{W}id") for r in revs]
    assert len(ids) == len(set(ids))
    assert {r.get(f"{W}author") for r in revs} == {ASSOCIATION}
    assert {r.get(f"{W}date") for r in revs} == {DATE}
    for d in doc.iter(f"{W}del"):
        if d.getparent().tag != f"{W}rPr":  # a deleted paragraph mark has no runs
            assert d.find(f".//{W}t") is None and d.find(f".//{W}delText") is not None
    settings = _part(path, "word/settings.xml")
    names = [etree.QName(c).localname for c in settings]
    assert "trackRevisions" in names and names.index("trackRevisions") < names.index("defaultTabStop")
    with zipfile.ZipFile(path) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
    assert "stylesWithEffects" not in rels


def test_articles_layout_order_and_labels(demo_store: Store, tmp_path: Path) -> None:
    view = load_consultation(demo_store, "ecommerce@1")
    path = _write(demo_store, tmp_path / "s.docx")
    doc = _part(path, "word/document.xml")
    paras = [("".join(t.text or "" for t in p.iter(f"{W}t")), p.find(f"{W}pPr/{W}pStyle"))
             for p in doc.iter(f"{W}p")]  # fmt: skip
    styled = [(text, s.get(f"{W}val") if s is not None else "") for text, s in paras]
    assert styled[0] == ("中华人民共和国电子商务法（草案）修改意见", "Title")
    assert ("提交单位：" + ASSOCIATION, "lawcommentNote") in styled
    assert ("日期：2026-11-21", "lawcommentNote") in styled
    headings = [t for t, s in styled if s.startswith("Heading")]
    items = [i for i in view.items if i.in_submission]
    assert [h for h in headings if h.startswith("第") and h.endswith("条")] == [i.citation for i in items]
    # the articles with something to submit: 第三十条 (its change rejected) and 第三十一条 (its conflict open) are not
    assert [i.eid for i in items] == ["art_10", "art_12", "art_17", "art_21", "art_23", "art_24"]
    assert headings[:2] == ["第二章\u3000电子商务经营者", "第一节\u3000一般规定"]  # chapter path before the first article
    assert headings[headings.index("第二十三条") + 1] == "第二十三条之一"  # the accepted new article, after its article
    notes = [t for t, s in styled if s == "lawcommentNote"]
    assert "支持单位：Borealis Trading (Shanghai) Co." in notes
    assert "尚未解决的分歧" not in [t for t, _ in styled] and not any(n.startswith("方案1：「") for n in notes)
    # a draft with what staff have not decided: the open conflict on 第三十一条, every alternative
    draft = _write(demo_store, tmp_path / "draft.docx", include_unreviewed=True)
    styled = [("".join(t.text or "" for t in p.iter(f"{W}t")), p.find(f"{W}pPr/{W}pStyle"))
              for p in _part(draft, "word/document.xml").iter(f"{W}p")]  # fmt: skip
    styled = [(text, s.get(f"{W}val") if s is not None else "") for text, s in styled]
    assert ("草稿：包括委员会尚未审查的修改建议", "lawcommentNoteHeading") in styled
    assert ("尚未解决的分歧", "lawcommentNoteHeading") in styled
    assert [t for t, s in styled if t.startswith("方案")] == ["方案1：「二」（Everbright Digital Services）",
                                                           "方案2：「一」（Fjord Software (Beijing) Ltd.）"]


@pytest.mark.parametrize("attribute", ["committee", "members"])
def test_reimport_gives_the_committee_position_for_every_article(demo_store: Store, tmp_path: Path,
                                                                 attribute: str) -> None:  # fmt: skip
    path = _write(demo_store, tmp_path / "s.docx", attribute=attribute)
    stored = demo_store.get_draft("ecommerce@1")
    view = load_consultation(demo_store, "ecommerce@1")
    intake = read_marked_up(path, stored.load(), stored.ref, demo_store.members(), member="secretariat")
    got = {c.anchor.eid: c.proposed_text for c in intake.comments if c.anchor.eid and str(c.stance) == "amend"}
    want = {i.eid: i.text for i in view.items if i.text != i.position.base}
    assert got == want and len(want) == 4  # 第十条, 第十二条, 第十七条, 第二十一条: only the accepted changes
    new = [(c.anchor.eid, c.proposed_text) for c in intake.comments if str(c.stance) == "insert"]
    assert new == [("art_23", "电子商务经营者应当建立健全数据安全管理制度，采取必要措施保障其收集、存储的用户信息安全。")]
    assert len(intake.comments) == len(got) + len(new)
    listed = [i.eid for i in view.items if i.in_submission]
    assert intake.warnings == [f"{path}: the file holds {len(listed)} of the 57 articles of ecommerce@1"]
    # and as a plain draft, the notes are set aside with an info line, never read as law text
    d = load_draft(path)
    assert [v.unit.eid for v in d.articles()] == [e for eid in listed for e in (eid, *(["art_23-1"] * (eid == "art_23")))]
    assert [x.code for x in d.diagnostics] == ["tracked-changes", "notes"]


def test_members_attribution_names_each_change(demo_store: Store, tmp_path: Path) -> None:
    path = _write(demo_store, tmp_path / "s.docx", attribute="members")
    authors = {r.get(f"{W}author") for r in _revisions(_part(path, "word/document.xml"))}
    assert "Borealis Trading (Shanghai) Co." in authors  # the chosen alternative of 第十条
    assert "Everbright Digital Services" not in authors  # its only wording (第三十一条) is in an open conflict
    assert "Cathay Retail Holdings" in authors and ASSOCIATION not in authors


def test_anonymous_names_no_member(demo_store: Store, tmp_path: Path) -> None:
    path = _write(demo_store, tmp_path / "s.docx", anonymous=True)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode()
    for m in demo_store.members():
        if m.role == "member":
            assert m.org not in xml
    assert "支持单位：1家会员" in xml


def test_english_labels_and_all_articles_and_intro(demo_store: Store, tmp_path: Path) -> None:
    path = _write(demo_store, tmp_path / "s.docx", lang="en", all_articles=True,
                  intro="# Background\n\nThe committee thanks\nthe members.\n\n第二段\n说明。")  # fmt: skip
    doc = _part(path, "word/document.xml")
    texts = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in doc.iter(f"{W}p")]
    assert texts[0] == "中华人民共和国电子商务法（草案）: Comments"
    assert "Submitted by: " + ASSOCIATION in texts and "Reasons" in texts
    assert texts.index("Introduction") < texts.index("Background") < texts.index("The committee thanks the members.")
    assert "第二段说明。" in texts
    assert sum(1 for t in texts if re.fullmatch(r"第[一二三四五六七八九十百]+条", t)) == 57
    assert not any(t.startswith(("理由", "支持单位")) for t in texts)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_table_layout_columns(demo_store: Store, tmp_path: Path, lang: str) -> None:
    path = _write(demo_store, tmp_path / "t.docx", layout="table", lang=lang)
    view = load_consultation(demo_store, "ecommerce@1")
    pkg = DocxPackage(path)
    try:
        markup = read_markup(pkg)
    finally:
        pkg.close()
    accepted = next(b.rows for b in render(markup, View.ALL).blocks if b.rows)
    original = next(b.rows for b in render(markup, View.ORIGINAL).blocks if b.rows)
    header = {"zh": ("条文", "修改建议", "理由"), "en": ("Article", "Proposed text", "Reasons")}[lang]
    assert accepted[0] == header
    rows = [(o, a) for o, a in zip(original[1:], accepted[1:], strict=True) if len(a) == 3]  # chapter rows are one cell
    items = [i for i in view.items if i.in_submission]
    assert len(rows) == len(items) == 6
    for (orig, acc), item in zip(rows, items, strict=True):
        assert orig[0] == f"{item.citation}\n{item.position.base}"
        new = "".join(f"\n{u.label}\n{u.text}" for u in item.new_units)  # an accepted new article: inserted after it
        assert orig[1] == item.position.base and acc[1] == item.text + new
    assert any("\n第二十三条之一\n" in acc[1] for _, acc in rows)


def test_openxml_audit_finds_no_schema_errors(demo: Path) -> None:
    audit = pytest.importorskip("openxml_audit")
    validator = audit.OpenXmlValidator(file_format=audit.FileFormat.OFFICE_2019)
    for name in ("submission.docx", "submission-table.docx", "submission-en.docx"):
        result = validator.validate(str(demo / name))
        schema = [e for e in result.errors if str(e.error_type).endswith("SCHEMA")]
        assert schema == [], (name, schema[:3])
        assert result.is_valid, (name, result.errors[:3])


@pytest.mark.libreoffice
def test_libreoffice_renders_and_round_trips_every_change(demo: Path, tmp_path: Path, soffice: str) -> None:
    src = demo / "submission.docx"
    pdf = soffice_convert(soffice, src, tmp_path / "pdf", "pdf")
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    png = next(tmp_path.glob("page*.png"))
    assert png.stat().st_size > 10_000
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, timeout=60).stdout.decode().replace("\n", "")
    assert "依法需要取得相关行政许可的" in text and "从事零星小额交易活动" in text  # deleted and inserted shown
    back = soffice_convert(soffice, src, tmp_path / "docx", "docx:MS Word 2007 XML")
    ours, theirs = _part(src, "word/document.xml"), _part(back, "word/document.xml")

    def changes(root: etree._Element) -> list[tuple[str, str, str]]:
        return sorted((etree.QName(r).localname, r.get(f"{W}author") or "",
                       "".join(t.text or "" for t in r.iter(f"{W}t", f"{W}delText"))) for r in _revisions(root))  # fmt: skip

    assert changes(theirs) == changes(ours)
    assert _part(back, "word/settings.xml").find(f"{W}trackRevisions") is not None
