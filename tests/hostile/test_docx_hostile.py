"""Hostile .docx files through the CLI (issue 15, findings 1, 2, 3, 5 and 7): each is refused
with one exact ``Error:`` line and exit 1, writes nothing, and prints no traceback; a file
inside the caps keeps all its text."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawcomment import Store, load_draft, open_store
from lawcomment.cli import cli

from . import builders as b
from .harness import Cli, no_traceback, refused_everywhere

DOCTYPE = "part {part} contains a DOCTYPE or entity declaration"

# name: (builder, reason after "<file>: ")
REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    # 1. numbers that size an output
    "list start of two billion in letters": (
        b.numbering_bomb, "numbering: list start 2,000,000,000 is outside 0–32,767 (Word's own range)"),
    "list start inside Word's range, letters too long": (
        lambda p: b.numbering_bomb(p, start=32_767),
        "numbering: list number 32,767 in lowerLetter would make a label of 1,261 characters (the limit is 100)"),
    "negative list start": (lambda p: b.numbering_bomb(p, start=-5, fmt="decimal"),
                            "numbering: list start -5 is outside 0–32,767 (Word's own range)"),
    "label pattern repeating its number": (
        b.long_label_list, "numbering: a list label pattern of 60,000 characters (the limit is 100)"),
    "labels longer than the document": (
        b.label_budget, ("numbering: list labels would add more than 470,361 characters to a 470,361-byte document "
                        "(numbering bomb?)")),
    "list level of a million": (b.bad_list_level, "numbering: list level 1,000,000 is outside 0–8"),
    "style inheritance 20,000 deep": (b.style_chain, "styles: style 's0' is based on more than 64 other styles (the limit)"),
    "elements nested 5,000 deep": (
        b.deep_nesting, "part word/document.xml nests elements more than 256 levels deep (the limit)"),
    # 3. DOCTYPE and entities, in any encoding
    "UTF-16 document.xml with a DOCTYPE": (b.utf16_doctype, DOCTYPE.format(part="word/document.xml")),
    "UTF-16BE document.xml with a DOCTYPE": (
        lambda p: b.utf16_doctype(p, "utf-16-be"), DOCTYPE.format(part="word/document.xml")),
    "UTF-16 styles.xml with a DOCTYPE": (
        lambda p: b.doctype_in(p, "word/styles.xml"), DOCTYPE.format(part="word/styles.xml")),
    "UTF-16 comments.xml with an entity": (b.utf16_comment_entity, DOCTYPE.format(part="word/comments.xml")),
    "UTF-16 [Content_Types].xml of a .docm": (
        b.utf16_macro, "macro-enabled documents (.docm) are not accepted; save as .docx"),
    # 5. zips that made zipfile raise
    "corrupt deflate stream": (
        b.corrupt_deflate, "corrupt part word/document.xml: Error -3 while decompressing data: invalid block type"),
    "zip entry name that is not UTF-8": (
        b.invalid_utf8_name, "not a .docx file (a corrupt zip: an entry name is not valid UTF-8)"),
    "zip needing version 6.9": (b.zip_version, "not a .docx file (an unsupported zip: it needs zip version 6.9)"),
    "bzip2-compressed part": (b.compression_method, "part word/document.xml is compressed with bzip2; Word writes only deflate"),
    "LZMA-compressed part": (lambda p: b.compression_method(p, zipfile.ZIP_LZMA),
                             "part word/document.xml is compressed with LZMA; Word writes only deflate"),
    # 7. costs
    "818,000 numbered paragraphs in 0.5 MB": (
        b.many_numbered_paragraphs, "part word/document.xml inflates to 112066361 bytes (zip bomb?)"),
    "300,000 numbered paragraphs in 1.4 MB": (
        lambda p: b.many_numbered_paragraphs(p, 300_000, varied=True),
        "part word/document.xml has more than 1,000,000 XML elements and attributes (the limit)"),
    "20,001 paragraphs": (lambda p: b.many_paragraphs(p, 20_001), "too many paragraphs: 20,002 (the limit is 20,000)"),
    "headers understating the size": (
        b.understated_sizes, "corrupt part word/document.xml: Bad CRC-32 for file 'word/document.xml'"),
    "headers understating the ratio": (
        lambda p: b.understated_sizes(p, 250 * 1024 * 1024, claimed=(2 * 1024 * 1024, 250 * 1024 * 1024)),
        "part word/document.xml inflates to 262144000 bytes (zip bomb?)"),
    "parts inflating past the total": (
        b.inflating_parts, "the parts read inflate past 134,217,728 bytes (zip bomb?)"),
    "200,000 zip entries": (b.many_entries, ("the zip lists 200,005 entries in 10,689,210 bytes; a .docx may have at "
                                            "most 10,000")),
    "declared sizes past the total": (
        b.declared_total, "uncompressed size 566232754 bytes exceeds 536870912 (zip bomb?)"),
    "2,001 Word comments": (lambda p: b.many_comments(p, 2_001), "too many Word comments: 2,001 (the limit is 2,000)"),
    "1,000,001 characters of Word comments": (
        b.long_comments, "too much comment text: more than 1,000,000 characters (the limit)"),
    "101 revision authors": (b.many_authors, "too many authors of tracked changes and comments: 101 (the limit is 100)"),
    "1,000,001 characters": (b.too_much_text, "too much text: more than 1,000,000 characters (the limit)"),
    "5,001 articles": (lambda p: b.many_paragraphs(p, 5_001), "too many articles: more than 5,000 (the limit)"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_through_every_way_in(tmp_path: Path, case: str) -> None:
    make, reason = REFUSED[case]
    refused_everywhere(tmp_path, make(tmp_path / "hostile.docx"), reason)


@pytest.mark.parametrize(("make", "reason"), [
    (b.footnote_grid_span, "a table cell in the notes spans '1000000000' columns (Word allows 1–63)"),
    (b.many_footnotes, "too many paragraphs: more than 20,000 with the footnotes and endnotes (the limit)"),
])  # fmt: skip
def test_footnotes_past_the_caps(tmp_path: Path, make: Callable[[Path], Path], reason: str) -> None:
    """docx2python copies a cell per spanned column; notes count with the body's paragraphs.
    (A marked-up import never reads notes, so it is not one of the ways in here.)"""
    refused_everywhere(tmp_path, make(tmp_path / "fn.docx"), reason, ("split", "draft add"))


# -- 2. a deleted paragraph mark on the last paragraph loses no text --------------------------------


def test_split_keeps_the_last_paragraph_whose_mark_is_deleted(tmp_path: Path) -> None:
    path = b.deleted_last_mark(tmp_path / "d.docx")
    result = CliRunner().invoke(cli, ["split", str(path), "--format", "json"])
    no_traceback(result)
    assert result.exit_code == 0
    art2 = json.loads(result.stdout)["articles"][1]
    assert [p["text"] for p in art2["paragraphs"]] == ["示例活动应当遵守法律。", "违反前款规定的，依法处理。"]
    assert "fidelity" not in result.stderr


def test_draft_add_stores_the_last_paragraph(tmp_path: Path) -> None:
    run = Cli(tmp_path)
    assert run("init").exit_code == 0
    result = run("draft", "add", str(b.deleted_last_mark(tmp_path / "d.docx")), "--name", "d", "--version", "1")
    no_traceback(result)
    assert result.exit_code == 0, result.output
    store = open_store(run.db, "tester")
    try:
        art2 = store.get_draft("d@1").load().find("art_2")
        assert art2 is not None and art2.body() == "示例活动应当遵守法律。\n违反前款规定的，依法处理。"
    finally:
        store.close()


def test_marked_up_import_invents_no_deletion(tmp_path: Path) -> None:
    run = Cli(tmp_path).setup()
    copy = b.deleted_last_mark(tmp_path / "copy.docx", author="ACME")
    result = run("comment", "import", str(copy), "--draft", "law@1", "--member", "acme")
    no_traceback(result)
    # (its one change proposes nothing: said, and the file holds no comment, an error)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"warning: {copy}: the tracked changes by ACME in 第二条 (art_2) change nothing on their own (formatting only, "
        "or edits of another author's insertions); no proposal recorded\n"
        f"Error: {copy}: its tracked changes and Word comments give no comment (its warnings say why): nothing imported "
        "into law@1, no import recorded\n"))  # fmt: skip
    comments = json.loads(run("comment", "list", "--draft", "law@1", "--all", "--format", "json").stdout)["comments"]
    assert [(c["eid"], c["stance"], c["proposed_text"]) for c in comments] == []


def test_rejecting_changes_keeps_a_last_paragraph_whose_mark_was_inserted(tmp_path: Path) -> None:
    """The same loss with every change rejected (``draft add --reject-changes``): rejecting an
    inserted mark removes it."""
    run = Cli(tmp_path)
    assert run("init").exit_code == 0
    path = b.deleted_last_mark(tmp_path / "d.docx", mark="ins")
    result = run("draft", "add", str(path), "--name", "d", "--version", "1", "--reject-changes")
    no_traceback(result)
    assert result.exit_code == 0, result.output
    store = open_store(run.db, "tester")
    try:
        art2 = store.get_draft("d@1").load().find("art_2")
        assert art2 is not None and art2.body() == "示例活动应当遵守法律。\n违反前款规定的，依法处理。"
    finally:
        store.close()


def test_a_deleted_mark_before_a_table_stays_before_the_table(tmp_path: Path) -> None:
    got = load_draft(b.deleted_mark_before_table(tmp_path / "t.docx"))
    art2 = got.find("art_2")
    assert art2 is not None
    assert [(c.kind.value, c.text or c.rows) for c in art2.children] == [
        ("paragraph", "示例活动应当遵守法律。"), ("table", (("表格",),)), ("paragraph", "违反前款规定的，依法处理。")]


def test_fidelity_is_checked_against_the_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A renderer that loses a paragraph is caught: the check reads the runs, not the blocks."""
    from lawcomment.docx import markup as docx_markup

    real = docx_markup._render

    def lossy(markup, view, *args):  # type: ignore[no-untyped-def]
        out = real(markup, view, *args)
        out.blocks.pop()
        return out

    monkeypatch.setattr(docx_markup, "_render", lossy)
    path = b.law_docx(tmp_path / "law.docx")
    codes = [(d.code, d.message) for d in load_draft(path).diagnostics]
    assert codes == [("fidelity", ("the draft does not hold exactly the text of the file's runs "
                                  "(first difference near '例活动应当遵守法律。违反前款规定的，依法')"))]  # fmt: skip
    run = Cli(tmp_path)
    assert run("init").exit_code == 0
    result = run("draft", "add", str(path), "--name", "x", "--version", "1")
    no_traceback(result)
    assert result.stderr == (f"Error: {path}: fidelity: the draft does not hold exactly the text of the file's runs "
                             "(first difference near '例活动应当遵守法律。违反前款规定的，依法')\n")  # fmt: skip
    assert result.exit_code == 1


@pytest.mark.parametrize("args", [("draft", "add", "--name", "y", "--version", "1", "--reject-changes"),
                                  ("comment", "import", "--draft", "law@1", "--member", "acme")])
def test_fidelity_is_checked_against_the_runs_with_changes_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    args: tuple[str, ...]) -> None:  # fmt: skip
    """The same check when the file is read as it was before its tracked changes: a draft
    added with --reject-changes, and the original text of a marked-up copy."""
    from lawcomment.docx import markup as docx_markup

    run = Cli(tmp_path).setup()
    real = docx_markup._render

    def lossy(markup, view, *args):  # type: ignore[no-untyped-def]
        out = real(markup, view, *args)
        if view is docx_markup.View.ORIGINAL:
            out.blocks.pop()
        return out

    monkeypatch.setattr(docx_markup, "_render", lossy)
    path = b.law_docx(tmp_path / "copy.docx")
    result = run(*args[:2], str(path), *args[2:])
    no_traceback(result)
    assert result.stderr == (f"Error: {path}: fidelity: the draft does not hold exactly the text of the file's runs "
                             "(first difference near '例活动应当遵守法律。违反前款规定的，依法')\n")  # fmt: skip
    assert result.exit_code == 1


def test_two_word_comments_with_one_id_are_refused(tmp_path: Path) -> None:
    """Finding 6: the second comment was read at the first's range, on another article."""
    run = Cli(tmp_path).setup()
    before = run.state()
    path = b.comment_ids_twice(tmp_path / "copy.docx")
    result = run("comment", "import", str(path), "--draft", "law@1", "--member", "acme")
    no_traceback(result)
    assert (result.exit_code, result.stderr) == (1, (
        f"Error: {path}: two Word comments have the id '0' in comments.xml (Word gives each comment its own); "
        "open the file in Word, save it again and send it again\n"))
    assert run.state() == before


def test_a_word_comment_marking_two_ranges_is_placed_at_the_first_with_a_warning(tmp_path: Path) -> None:
    run = Cli(tmp_path).setup()
    path = b.comment_ids_twice(tmp_path / "copy.docx", in_comments=False)
    result = run("comment", "import", str(path), "--draft", "law@1", "--member", "acme")
    no_traceback(result)
    assert result.exit_code == 0, result.output
    assert f"warning: {path}: Word comment 0 marks more than one range of the document; it is placed at the first" \
        in result.stderr.splitlines()
    comments = json.loads(run("comment", "list", "--draft", "law@1", "--format", "json").stdout)["comments"]
    assert [(c["eid"], c["body"]) for c in comments] == [("art_1__para_1", "第一条的意见。")]


def test_text_after_an_entity_is_never_dropped_silently(tmp_path: Path) -> None:
    """Before, the title came out empty: the text after &e; was the entity node's tail."""
    result = CliRunner().invoke(cli, ["split", str(b.utf16_doctype(tmp_path / "u.docx"))])
    no_traceback(result)
    assert result.exit_code == 1 and "示例法" not in result.stdout


# -- inside the caps -----------------------------------------------------------------------------


def test_a_law_of_the_largest_size_is_read(tmp_path: Path) -> None:
    """5,000 articles in 20,000 paragraphs: the caps, not one over."""
    path = b.largest_law(tmp_path / "big.docx")
    got = load_draft(path)
    assert len(got.articles()) == 5_000
    assert not got.errors


@pytest.mark.parametrize(("shape", "authors", "reason"), [
    ((5_000, 20_000, 1), 16, ("a marked-up draft with 16 revision authors over 20,000 paragraphs and 765,177 characters is "
                             "more than lawcomment reads at once (authors × paragraphs may be at most 200,000, authors "
                             "× characters 15,000,000); accept or reject some authors' changes first")),
    ((100, 1_000, 26), 19, ("a marked-up draft with 19 revision authors over 1,000 paragraphs and 821,253 characters is "
                           "more than lawcomment reads at once (authors × paragraphs may be at most 200,000, authors × "
                           "characters 15,000,000); accept or reject some authors' changes first")),
])  # fmt: skip
def test_marked_up_copy_past_the_review_work_is_refused(tmp_path: Path, shape: tuple[int, int, int], authors: int,
                                                        reason: str) -> None:  # fmt: skip
    """Each revision author's changes are read in a view of the whole document: the work is
    authors × paragraphs (and × characters), refused before the first view."""
    articles, paragraphs, repeat = shape
    run = Cli(tmp_path)
    assert run("init").exit_code == 0
    clean = b.largest_law(tmp_path / "clean.docx", articles, paragraphs, repeat=repeat)
    assert run("draft", "add", str(clean), "--name", "law", "--version", "1").exit_code == 0
    assert run("member", "add", "acme").exit_code == 0
    copy = b.largest_law(tmp_path / "copy.docx", articles, paragraphs, authors=authors, repeat=repeat)
    before = run.state()
    result = run("comment", "import", str(copy), "--draft", "law@1", "--member", "acme")
    no_traceback(result)
    assert result.stderr == f"Error: {copy}: {reason}\n"
    assert result.exit_code == 1
    assert run.state() == before
    assert CliRunner().invoke(cli, ["split", str(copy)]).exit_code == 0  # read as a draft it is one view, not 8
