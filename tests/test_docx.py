"""The .docx importer: numbering, styles, TOC, tables, notes, revisions, and refused files."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from lawcomment import InputError, Kind, UnsafeDocumentError, load_draft, parse_text
from lawcomment.docx.markup import typed_label
from lawcomment.docx.numbering import format_number
from lawcomment.drafts.check import lint
from lawcomment.testing import draft_to_docx
from tests.docx_builders import FOOTNOTES_REL, numbered_docx, p, soffice_convert, write_docx

LAW = "\n".join(
    ["示例法（草案）", "第一章　总则"]
    + [f"第{n}条　第{n}条的正文，规定示例事项。" for n in "一二三四五六七八九十"]
    + ["第十条之一　插入的条文。", "第二章　附则", "第十一条　有下列情形之一的：", "（一）甲；", "（二）乙。",
       "前款规定的情形除外。", "第一百零一条　跳号的条文。"]
)  # fmt: skip


def articles(d):  # type: ignore[no-untyped-def]
    return [(v.unit.eid, v.unit.label, v.unit.body()) for v in d.articles()]


@pytest.mark.parametrize("fmt", ["chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
                                 "taiwaneseCountingThousand", "japaneseCounting"])  # fmt: skip
@pytest.mark.parametrize("mode", ["auto", "style"])
def test_auto_numbered_articles_equal_typed(tmp_path: Path, fmt: str, mode: str) -> None:
    src = parse_text(LAW.replace("第一百零一条", "第十二条"))
    path = draft_to_docx(src, tmp_path / "d.docx", numbering=mode, fmt=fmt, toc=True)
    got = load_draft(path)
    assert articles(got) == articles(src)
    assert got.title == "示例法（草案）"
    assert [u.eid for u in got.units] == ["chp_1", "chp_2"]


@pytest.mark.parametrize(
    ("n", "fmt", "text"),
    [(101, "chineseCounting", "一百零一"), (12, "taiwaneseCountingThousand", "十二"), (3, "ideographTraditional", "丙"),
     (2024, "ideographDigital", "二〇二四"), (12, "chineseLegalSimplified", "拾贰"), (4, "upperRoman", "IV"),
     (28, "lowerLetter", "bb"), (7, "decimalFullWidth", "７"), (3, "decimalEnclosedCircleChinese", "③"),
     (5, "decimalZero", "05"), (9, "cardinalText", "9"), (0, "upperRoman", "0"), (0, "lowerLetter", "0")],
)  # fmt: skip
def test_format_number(n: int, fmt: str, text: str) -> None:
    assert format_number(n, fmt) == text


def test_english_decimal_numbering(tmp_path: Path) -> None:
    src = parse_text("Example Act\nCHAPTER I\nGeneral\nArticle 1\nScope\n1. This Act applies.\nArticle 2\nTerms\nIn this Act: x.")
    path = draft_to_docx(src, tmp_path / "en.docx", numbering="auto")
    got = load_draft(path)
    assert got.profile == "en"
    assert [(v.unit.eid, v.unit.heading) for v in got.articles()] == [("art_1", "Scope"), ("art_2", "Terms")]


@pytest.mark.libreoffice
def test_numbering_labels_match_libreoffice(tmp_path: Path, soffice: str) -> None:
    src = parse_text(LAW)
    path = draft_to_docx(src, tmp_path / "d.docx", numbering="style", fmt="chineseCountingThousand")
    (tmp_path / "txt").mkdir()
    txt = soffice_convert(soffice, path, tmp_path / "txt", "txt:Text (encoded):UTF8").read_text(encoding="utf-8-sig")
    printed = re.findall(r"^\s*(第[〇零一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?)", txt, re.MULTILINE)
    ours = [v.unit.label for v in load_draft(path).articles()]
    assert printed == ours
    assert ours[-2:] == ["第十一条", "第一百零一条"]  # the jump is a startOverride restart


def _typed_said(n: int, label: str, typed: str) -> str:
    if typed == label:
        return (f"paragraph {n}: Word's numbering prints {label} and the text opens with 「{typed}」 typed again "
                "(Word shows both): the typed copy is read as the label, once, not as law text; delete the typed "
                "label or the numbering in the file")  # fmt: skip
    return (f"paragraph {n}: Word's numbering prints {label} but the text opens with another label typed, "
            f"「{typed}」: read as {label} (the numbering decides: every later number counts on from it), with "
            f"「{typed}」 kept as the start of its text; correct the numbering or the typed label in the file")


# A trial (/tmp/trial-g/drafts/typedlabel.docx, 著作权法): 第%1条 numbering and 「第二十二条　作者的署名权…」
# typed as well were split as 「第二十二条　第二十二条　作者…」, unsaid, and a member's wording then deleted
# 「第二十二条　」.
@pytest.mark.parametrize(("second", "articles", "said"), [
    ("第二条　乙。", [("第一条", "甲。"), ("第二条", "乙。"), ("第三条", "丙。")], [(3, "第二条", "第二条")]),
    ("\u3000第二条 乙。", [("第一条", "甲。"), ("第二条", "乙。"), ("第三条", "丙。")], [(3, "第二条", "第二条")]),
    ("第二条", [("第一条", "甲。"), ("第二条", ""), ("第三条", "丙。")], [(3, "第二条", "第二条")]),
    # another number typed: Word's decides (the later ones count on from it), the typed one stays text
    ("第三条　乙。", [("第一条", "甲。"), ("第二条", "第三条　乙。"), ("第三条", "丙。")], [(3, "第二条", "第三条")]),
    # words that open with an article's number are no label: a citation, a 之一 article's label
    ("第二条规定的情形除外。", [("第一条", "甲。"), ("第二条", "第二条规定的情形除外。"), ("第三条", "丙。")], []),
    ("第二条之一　乙。", [("第一条", "甲。"), ("第二条", "第二条之一　乙。"), ("第三条", "丙。")], []),
])  # fmt: skip
def test_a_label_typed_after_words_numbering_is_read_once(tmp_path: Path, second: str, articles: list[tuple[str, str]],
                                                          said: list[tuple[int, str, str]]) -> None:  # fmt: skip
    path = numbered_docx(tmp_path / "d.docx", ["示例法", "#甲。", f"#{second}", "#丙。"])
    got = load_draft(path)
    assert [(v.unit.label, v.unit.body()) for v in got.articles()] == articles
    assert [(d.code, d.line, d.message) for d in got.diagnostics] == [
        ("typed-label", n, _typed_said(n, label, typed)) for n, label, typed in said]


@pytest.mark.parametrize(("label", "text", "typed"), [
    ("第二十二条", "第二十二条　作者", ("第二十二条", True)),
    ("第二十二条", "第二十二条", ("第二十二条", True)),
    ("第二十二条", "第二十三条 作者", ("第二十三条", False)),
    ("第二十二条", "第２２条\t作者", ("第２２条", False)),
    ("第二十二条", "第二十二条规定的", None),
    ("第二十二条", "第二十二条之一　甲", None),
    ("第二十二条", "作者的署名权", None),
    ("（一）", "（一）主要是", ("（一）", True)),
    ("（一）", "（二）主要是", ("（二）", False)),
    ("1.", "1. The Act", ("1.", True)),
    ("1.", "1.5 million", None),
    ("Article 2", "Article 3 Scope", ("Article 3", False)),
    ("•", "• 甲", ("•", True)),
    ("•", "甲", None),
])  # fmt: skip
def test_typed_label(label: str, text: str, typed: tuple[str, bool] | None) -> None:
    assert typed_label(label, text) == typed


def _empty_said(n: int, label: str) -> str:
    return (f"paragraph {n} is empty but numbered: Word prints {label} on it and counts it, so it is read as "
            f"{label} with no text, and the numbers after it are Word's (one more each than without it); delete the "
            "paragraph, or its numbering, if it is not meant to be one")


def test_an_empty_numbered_paragraph_is_an_empty_article_as_word_counts_it(tmp_path: Path) -> None:
    # a trial (/tmp/trial-g/drafts/emptynum.docx): it pushed every later number up by one, unsaid
    path = numbered_docx(tmp_path / "d.docx", ["示例法", "#甲。", "#", "#乙。"])
    got = load_draft(path)
    assert [(v.unit.label, v.unit.body()) for v in got.articles()] == [("第一条", "甲。"), ("第二条", ""), ("第三条", "乙。")]
    assert [(d.code, d.line, d.message) for d in got.diagnostics] == [
        ("empty-numbered-paragraph", 3, _empty_said(3, "第二条"))]
    assert [(d.code, d.line, d.message) for d in lint(got)] == [
        ("empty-article", 3, "第二条 has no text: an empty article (an empty paragraph Word numbered, or a label whose "
                             "text is missing)")]  # fmt: skip


@pytest.mark.libreoffice
def test_empty_numbered_paragraphs_and_typed_labels_are_numbered_as_libreoffice_prints_them(
        tmp_path: Path, soffice: str) -> None:  # fmt: skip
    """Word and LibreOffice print the label of an empty numbered paragraph and count it; a label
    typed after the list's own is printed after it (第二条 第二条　乙。)."""
    path = numbered_docx(tmp_path / "d.docx", ["示例法", "#甲。", "#", "#第三条　乙。", "#丙。"])
    txt = soffice_convert(soffice, path, tmp_path / "txt", "txt:Text (encoded):UTF8").read_text(encoding="utf-8-sig")
    assert [line.strip() for line in txt.splitlines()] == ["示例法", "第一条 甲。", "第二条", "第三条 第三条　乙。", "第四条 丙。"]
    got = load_draft(path)
    assert [(v.unit.label, v.unit.body()) for v in got.articles()] == [
        ("第一条", "甲。"), ("第二条", ""), ("第三条", "乙。"), ("第四条", "丙。")]


def test_split_check_and_a_wording_of_a_draft_with_typed_labels_and_an_empty_numbered_paragraph(
        tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    path = numbered_docx(tmp_path / "d.docx", ["示例法", "#甲。", "#第二条　乙。", "#", "#丁。"])
    split = runner.invoke(cli, ["split", str(path)])
    assert split.exit_code == 0
    assert split.stdout == "示例法\n第一条　甲。\n第二条　乙。\n第三条\n第四条　丁。\n"
    said = [f"{path}:3: typed-label: {_typed_said(3, '第二条', '第二条')}",
            f"{path}:4: empty-numbered-paragraph: {_empty_said(4, '第三条')}"]  # fmt: skip
    assert split.stderr.splitlines() == said
    check = runner.invoke(cli, ["check", str(path)])
    assert check.exit_code == 1
    assert check.stdout.splitlines() == [*said, f"{path}:4: empty-article: 第三条 has no text: an empty article (an "
                                                "empty paragraph Word numbered, or a label whose text is missing)"]
    assert check.stderr == "4 articles, 1 error(s), 2 warning(s)\n"
    # a member's wording of 第二条 changes its words only: the typed label is no text of it to delete
    db = ["--db", str(tmp_path / "lc.db")]
    for command in (["init"], ["draft", "add", str(path), "--name", "ex", "--version", "1"], ["member", "add", "acme"],
                    ["comment", "add", "--member", "acme", "--draft", "ex@1", "--at", "第二条", "--propose", "乙，丁。"]):
        result = runner.invoke(cli, [*db, *command])
        assert result.exit_code == 0, result.output
    merged = runner.invoke(cli, [*db, "merge", "--draft", "ex@1"])
    assert merged.exit_code == 0 and "  merged:   乙{+，丁+}。" in merged.stdout.splitlines(), merged.output


@pytest.mark.libreoffice
def test_libreoffice_round_trip_keeps_articles(tmp_path: Path, soffice: str) -> None:
    src = parse_text(LAW.replace("第一百零一条", "第十二条"))
    path = draft_to_docx(src, tmp_path / "d.docx", numbering="auto", toc=True)
    (tmp_path / "lo").mkdir()
    rewritten = soffice_convert(soffice, path, tmp_path / "lo", "docx:MS Word 2007 XML")
    assert articles(load_draft(rewritten)) == articles(src)


def _doc_with(build) -> docx.Document:  # type: ignore[no-untyped-def]
    d = docx.Document()
    build(d)
    return d


def test_word_toc_styles_tables_headers(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("示例法", style="Title")
    toc_style = d.styles.add_style("toc 1", 1)
    d.add_paragraph("第一章　总则\t1", style=toc_style)
    d.add_paragraph("第二章　附则\t2", style=toc_style)
    d.sections[0].header.add_paragraph("第九十九条　页眉不是正文")
    d.sections[0].footer.add_paragraph("第 1 页")
    d.add_paragraph("第一章　总则", style="Heading 1")
    d.add_paragraph("第一条\u3000收费\u00a0标准见下表：")
    table = d.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "项目", (0, 1): "标准", (1, 0): "登记", (1, 1): "十元"}.items():
        table.cell(r, c).text = text
    d.add_paragraph("表中标准可以调整。")
    d.add_paragraph("第二章　附则", style="Heading 1")
    d.add_paragraph("第二条　本法自公布之日起施行。")
    d.save(tmp_path / "t.docx")
    got = load_draft(tmp_path / "t.docx")
    assert got.toc == ("第一章\u3000总则\t1", "第二章\u3000附则\t2")
    art1 = got.find("art_1")
    assert art1 is not None
    assert [(c.kind, c.eid) for c in art1.children] == [
        (Kind.PARAGRAPH, "art_1__para_1"), (Kind.TABLE, "art_1__table_1"), (Kind.PARAGRAPH, "art_1__para_2")]
    assert art1.children[0].text == "收费\u00a0标准见下表："
    assert art1.children[1].rows == (("项目", "标准"), ("登记", "十元"))
    assert [v.unit.eid for v in got.articles()] == ["art_1", "art_2"]
    assert "页眉" not in str(got) and "第 1 页" not in str(got)


@pytest.mark.parametrize("subtitle", ["目\u3000\u3000录", "目录"])
def test_a_toc_under_its_own_heading_leaves_the_first_chapter_in_the_body(tmp_path: Path, subtitle: str) -> None:
    """A trial's Company Law draft: 目录, then Word's TOC lines, then 第一章 总则 as Heading 1. The
    chapter was taken as one more line of the table, and articles 1–28 stood in no chapter."""
    d = docx.Document()
    d.add_paragraph("示例法（草案）", style="Title")
    d.add_paragraph(subtitle)
    toc_style = d.styles.add_style("toc 1", 1)
    d.add_paragraph("第一章\u3000总\u3000则", style=toc_style)
    d.add_paragraph("第二章\u3000附\u3000则", style=toc_style)
    d.add_paragraph("第一章\u3000总\u3000则", style="Heading 1")
    d.add_paragraph("第一条\u3000为了规范管理，制定本法。")
    d.add_paragraph("第二章\u3000附\u3000则", style="Heading 1")
    d.add_paragraph("第二条\u3000本法自公布之日起施行。")
    d.save(tmp_path / "t.docx")
    got = load_draft(tmp_path / "t.docx")
    assert got.toc == (subtitle, "第一章\u3000总\u3000则", "第二章\u3000附\u3000则")
    assert [(u.kind, u.eid, [c.eid for c in u.children][:1]) for u in got.units] == [
        (Kind.CHAPTER, "chp_1", ["art_1"]), (Kind.CHAPTER, "chp_2", ["art_2"])]


def test_a_note_and_a_table_before_the_toc_are_front_matter(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    """A legislature's draft: title, a 说明 paragraph and a table of the revision's main points, then
    the 目录 and the law. Both were the law's 序言 (preamble, preamble__table_1), printed as law text
    by the members' copy; they are the front matter, a table row a line, said by split and check."""
    from lawcomment.cli import cli

    d = docx.Document()
    d.add_paragraph("中华人民共和国示例法（征求意见稿）", style="Title")
    d.add_paragraph("说明：为进一步规范示例活动，我办起草了本征求意见稿。")
    table = d.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "序号", (0, 1): "修订要点", (1, 0): "1", (1, 1): "完善监管规则"}.items():
        table.cell(r, c).text = text
    for text in ("目\u3000录", "第一章\u3000总\u3000则", "第二章\u3000附\u3000则"):
        d.add_paragraph(text)
    d.add_paragraph("第一章\u3000总\u3000则", style="Heading 1")
    d.add_paragraph("第一条\u3000为了规范示例活动，制定本法。")
    d.add_paragraph("第二章\u3000附\u3000则", style="Heading 1")
    d.add_paragraph("第二条\u3000本法自2026年1月1日起施行。")
    path = tmp_path / "draft.docx"
    d.save(path)
    got = load_draft(path)
    assert got.front_matter == ("说明：为进一步规范示例活动，我办起草了本征求意见稿。", "序号\t修订要点", "1\t完善监管规则")
    assert [u.eid for u in got.units] == ["chp_1", "chp_2"]
    split = runner.invoke(cli, ["split", str(path)])
    assert split.exit_code == 0
    assert split.stderr.splitlines() == [
        f"{path}:7: front-matter: 1 paragraph(s) and 1 table(s) before the table of contents set aside as front "
        "matter; they are not law text (a 序言 comes after the 目录)",
        f"{path}:10: toc: table of contents (3 lines) set aside; it is not law text"]  # fmt: skip
    assert split.stdout.splitlines()[:2] == ["中华人民共和国示例法（征求意见稿）", "第一章　总　则"]


def test_footnotes_are_kept_with_their_unit(tmp_path: Path) -> None:
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    ref = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    notes = (f'<w:footnotes xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 参见示例条例。</w:t></w:r>'
             '</w:p></w:footnote></w:footnotes>')  # fmt: skip
    path = write_docx(tmp_path / "fn.docx", p("第一条　正文。", extra=ref), parts={"word/footnotes.xml": notes},
                      rels={"footnotes.xml": FOOTNOTES_REL})
    got = load_draft(path)
    assert [(f.id, f.text, f.eid) for f in got.footnotes] == [("fn1", "参见示例条例。", "art_1__para_1")]


def test_tracked_changes_are_read_as_accepted_with_a_warning(tmp_path: Path) -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">第一条　申请人应当在</w:t></w:r>'
        '<w:del w:id="1" w:author="A"><w:r><w:delText>三十日</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="A"><w:r><w:t>六十日</w:t></w:r></w:ins><w:r><w:t>内提出。</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr><w:r><w:t>第二条　合并</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>后的段落。</w:t></w:r></w:p>'
    )
    got = load_draft(write_docx(tmp_path / "rev.docx", body))
    assert articles(got) == [("art_1", "第一条", "申请人应当在六十日内提出。"), ("art_2", "第二条", "合并后的段落。")]
    assert [(x.code, x.message) for x in got.diagnostics] == [
        ("tracked-changes", "the document holds 3 tracked change(s); read as if all were accepted")]


def test_zero_width_and_soft_breaks(tmp_path: Path) -> None:
    body = '<w:p><w:r><w:t>第一条\u200b　甲。</w:t><w:br/><w:t>乙。</w:t></w:r></w:p>'
    got = load_draft(write_docx(tmp_path / "zw.docx", body))
    assert articles(got) == [("art_1", "第一条", "甲。\n乙。")]
    assert [x.code for x in got.diagnostics] == ["zero-width"]


@pytest.mark.parametrize(
    "name", ["Open-Xml-PowerTools__005-InsertedNumberedParagraph.docx", "python-mammoth__comments.docx"]
)
def test_real_word_files_import(data: Path, name: str) -> None:
    got = load_draft(data / name)
    assert got.units  # Word-saved, not laws: text is kept, with a no-articles warning
    assert "no-articles" in [x.code for x in got.diagnostics]
    assert "fidelity" not in [x.code for x in got.diagnostics]


# -- refused input ---------------------------------------------------------------------------


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    return path


BAD = {
    "missing": (lambda t: t / "missing.docx", InputError, "no such file"),
    "not-a-zip": (lambda t: (t / "x.docx").write_text("hello") and t / "x.docx", InputError,
                  "not a .docx file (not a zip archive, or a corrupt one)"),
    "truncated": (lambda t: (t / "c.docx").write_bytes(write_docx(t / "ok.docx", p("第一条 甲。")).read_bytes()[:200])
                  and t / "c.docx", InputError, "not a .docx file (not a zip archive, or a corrupt one)"),
    "encrypted": (lambda t: (t / "e.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512) and t / "e.docx",
                  UnsafeDocumentError, "this is an encrypted (password-protected) Word file or an old .doc; "
                  "save it as an unprotected .docx"),
    # (a trial) what a file renamed .docx is, said: a PDF, an old .doc, a .docx with a password
    "pdf": (lambda t: (t / "scan.docx").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") and t / "scan.docx", InputError,
            "this is a PDF file, not a Word .docx file: open it and save it as .docx (Word's own file, with its tracked "
            "changes and comments, when there are some)"),
    "old-doc": (lambda t: (t / "o.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
                                                     + "WordDocument".encode("utf-16-le")) and t / "o.docx",
                UnsafeDocumentError, "this is an old Word 97-2003 .doc file; open it in Word and save it as .docx"),
    "password": (lambda t: (t / "k.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
                                                      + "EncryptedPackage".encode("utf-16-le")) and t / "k.docx",
                 UnsafeDocumentError, "this is an encrypted (password-protected) Word file; remove the password and save "
                 "it as .docx"),
    "zip-bomb": (lambda t: _zip_bomb(t / "b.docx"), UnsafeDocumentError, "part word/document.xml inflates to 20971520 bytes (zip bomb?)"),
    "doctype": (lambda t: write_docx(t / "x.docx", p("第一条 &xxe;"),
                                     prolog='<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
                UnsafeDocumentError, "part word/document.xml contains a DOCTYPE or entity declaration"),
    "empty": (lambda t: write_docx(t / "empty.docx", "<w:p/>"), InputError, "the document is empty"),
    "docm": (lambda t: write_docx(t / "m.docx", p("第一条 甲。"),
                                  main_type="application/vnd.ms-word.document.macroEnabled.main+xml"),
             UnsafeDocumentError, "macro-enabled documents (.docm) are not accepted; save as .docx"),
    "bad-xml": (lambda t: write_docx(t / "x.docx", "<w:p><w:r>"), InputError, "part word/document.xml is not well-formed XML"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(BAD))
def test_refused_documents(tmp_path: Path, case: str) -> None:
    make, error, message = BAD[case]
    path = make(tmp_path)
    with pytest.raises(error) as exc:
        load_draft(path)
    assert str(exc.value).startswith(f"{path}: {message}")


def test_document_without_articles_is_one_unit(tmp_path: Path) -> None:
    got = load_draft(write_docx(tmp_path / "n.docx", p("关于征求意见的通知") + p("请于三十日内反馈。")))
    assert got.title == "关于征求意见的通知"
    assert [(u.kind, u.text) for u in got.units] == [(Kind.PREAMBLE, "请于三十日内反馈。")]
    assert [x.code for x in got.diagnostics] == ["no-articles"]


def test_header_only_python_docx_elements_are_ignored(tmp_path: Path) -> None:
    d = docx.Document()
    para = d.add_paragraph("第一条　")
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.text = "PAGE"
    run.append(instr)
    para._p.append(run)
    para.add_run("正文。")
    d.save(tmp_path / "f.docx")
    assert articles(load_draft(tmp_path / "f.docx")) == [("art_1", "第一条", "正文。")]
    assert qn("w:instrText")


def test_unreadable_footnotes_are_reported(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "fn.docx", p("第一条　正文。", extra='<w:r><w:footnoteReference w:id="7"/></w:r>'))
    got = load_draft(path)
    assert [(x.code, x.message) for x in got.diagnostics] == [("footnotes", "cited footnotes not found: fn7")]


def test_empty_numbered_paragraph_still_takes_a_number(tmp_path: Path) -> None:
    src = parse_text("示例法\n第一条　甲。\n第二条　乙。\n第三条　丙。")
    path = draft_to_docx(src, tmp_path / "d.docx", numbering="auto")
    d = docx.Document(str(path))
    second = d.paragraphs[2]
    for run in second.runs:
        run.text = ""  # Word still prints 第二条 before an emptied list paragraph
    d.save(str(path))
    got = load_draft(path)
    assert [(v.unit.label, v.unit.body()) for v in got.articles()] == [("第一条", "甲。"), ("第二条", ""), ("第三条", "丙。")]


def test_auto_numbered_english_articles_keep_sections_as_containers(tmp_path: Path) -> None:
    src = parse_text("Act\nSection 1\nScope\nArticle 1\nAim\n1. Text one.\nArticle 2\nTerms\n1. Text two.")
    path = draft_to_docx(src, tmp_path / "en.docx", numbering="auto")
    got = load_draft(path)
    assert got.profile == "en"
    assert [u.eid for u in got.units] == ["sec_1"]
    assert [v.unit.eid for v in got.articles()] == ["art_1", "art_2"]


def test_malformed_numbering_is_a_clear_error(tmp_path: Path) -> None:
    numbering = ('<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="x"/></w:abstractNum></w:numbering>')  # fmt: skip
    path = write_docx(tmp_path / "n.docx", p("第一条 甲。"), parts={"word/numbering.xml": numbering},
                      rels={"numbering.xml": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"})
    with pytest.raises(InputError) as exc:
        load_draft(path)
    assert str(exc.value) == f"{path}: malformed numbering or style definitions: invalid literal for int() with base 10: 'x'"


# -- issue 15: the mechanisms behind the hostile-file refusals (tests/hostile runs them through the CLI) --


@pytest.mark.parametrize(("n", "fmt", "ok"), [(2_600, "lowerLetter", True), (2_601, "upperLetter", False),
                                              (10**9, "decimal", True), (32_767, "chineseCounting", True)])  # fmt: skip
def test_labels_are_bounded_before_they_are_built(n: int, fmt: str, ok: bool) -> None:
    from lawcomment.limits import LimitExceeded

    if ok:
        assert len(format_number(n, fmt)) <= 100
    else:
        with pytest.raises(LimitExceeded, match="would make a label of 101 characters"):
            format_number(n, fmt)


def test_parts_are_capped_while_they_inflate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the headers say, reading stops at the cap (checked on each 1 MiB chunk)."""
    from lawcomment.docx import package as docx_package
    from lawcomment.docx.package import DocxPackage

    text = "".join(chr(0x4E00 + (n * 7919) % 20000) for n in range(400_000))  # deflates like real text
    path = write_docx(tmp_path / "d.docx", p("第一条　" + text))
    pkg = DocxPackage(path)
    monkeypatch.setattr(docx_package, "MAX_PART_BYTES", 1000)
    with pytest.raises(UnsafeDocumentError) as exc:
        pkg.read("word/document.xml")
    assert str(exc.value) == f"{path}: part word/document.xml inflates past 1,000 bytes (zip bomb?)"
    monkeypatch.setattr(docx_package, "MAX_PART_BYTES", 1 << 30)
    monkeypatch.setattr(docx_package, "RATIO_FLOOR", 1000)
    monkeypatch.setattr(docx_package, "MAX_RATIO", 1)
    with pytest.raises(UnsafeDocumentError, match="inflates to more than 1 times its compressed size"):
        pkg.read("word/document.xml")
    pkg.close()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_doctype_is_refused_after_parsing_in_any_encoding(tmp_path: Path, encoding: str) -> None:
    from lawcomment.docx.package import DocxPackage

    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (f'<?xml version="1.0" encoding="{encoding.upper()}"?><!DOCTYPE w:document [<!ENTITY e "x">]>'
           f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>甲&e;乙</w:t></w:r></w:p></w:body></w:document>')
    path = tmp_path / "d.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml.encode(encoding))
    pkg = DocxPackage(path)
    with pytest.raises(UnsafeDocumentError) as exc:
        pkg.xml("word/document.xml")
    assert str(exc.value) == f"{path}: part word/document.xml contains a DOCTYPE or entity declaration"
    pkg.close()


def test_notes_are_read_from_a_package_of_checked_parts_only(tmp_path: Path) -> None:
    """docx2python never sees the member's file: only the notes, re-serialised, and an empty body."""
    from lawcomment.docx.notes import notes_package
    from lawcomment.docx.package import DocxPackage

    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (f'<w:footnotes xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<w:footnote w:id="1"><w:p><w:r><w:t>注。</w:t></w:r></w:p></w:footnote></w:footnotes>')  # fmt: skip
    path = write_docx(tmp_path / "fn.docx", p("第一条　正文。", extra='<w:r><w:footnoteReference w:id="1"/></w:r>'),
                      parts={"word/footnotes.xml": notes, "word/media/big.bin": "x" * 100_000},
                      rels={"footnotes.xml": FOOTNOTES_REL})  # fmt: skip
    pkg = DocxPackage(path)
    package = notes_package(pkg)
    pkg.close()
    assert package is not None
    with zipfile.ZipFile(__import__("io").BytesIO(package)) as z:
        assert sorted(z.namelist()) == ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
                                        "word/document.xml", "word/footnotes.xml"]  # fmt: skip
        assert b"<w:body/>" in z.read("word/document.xml")
    assert [(f.id, f.text) for f in load_draft(path).footnotes] == [("fn1", "注。")]
