"""An English consultation says everything in English: the law's words quoted “…”, never 「…」; its
units listed with ", " and named paragraph and point; its forms, hints and notes in English (two
trials ran English-only consultations, a regulation and a US bill, and found Chinese leaking)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from lawcomment.cli import cli
from lawcomment.exports import quoted, typeset

ACT = """# Example Data Act

## CHAPTER I General provisions

Article 1

Subject-matter

1. The controller shall answer within one month of receipt of the request, and within one month of any reminder.

2. This Act protects persons.

## CHAPTER II Rights

Article 2

Scope

This Act applies to all processing by a controller.
"""
BILL = ("To make an example, and for other purposes.\n"
        "Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,\n"
        "SECTION 1. SHORT TITLE.\nThis Act may be cited as the Example Act.\n"
        "SEC. 2. RULES.\n(a) In General.— The Secretary shall act within 30 days.\n(b) Reports.— The Secretary shall report.\n")  # fmt: skip


@pytest.fixture
def act(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A store holding the English act as act@1, members acme and beta (of the default language, zh), and
    two proposals in conflict over the first of its two "one month"."""
    db = tmp_path / "en.db"

    def run(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(cli, ["--db", str(db), "--user", "tester", *args], catch_exceptions=False)

    (tmp_path / "act.md").write_text(ACT, encoding="utf-8")
    for args in (["init"], ["draft", "add", str(tmp_path / "act.md"), "--name", "act", "--version", "1"],
                 ["member", "add", "acme", "--org", "Acme Ltd"], ["member", "add", "beta", "--org", "Beta plc"],
                 ["comment", "add", "--member", "acme", "--draft", "act@1", "--at", "Article 1(1)", "--reason", "Shorter.",
                  "--propose", "The controller shall answer within 45 days of receipt of the request, and within one "
                               "month of any reminder."],
                 ["comment", "add", "--member", "beta", "--draft", "act@1", "--at", "Article 1(1)", "--reason", "Longer.",
                  "--quote", "one month", "--propose", "The controller shall answer within two months of receipt of the "
                                                       "request, and within one month of any reminder."]):  # fmt: skip
        result = run(*args)
        assert result.exit_code == 0, result.output
    run.tmp = tmp_path  # type: ignore[attr-defined]
    return run


def test_the_command_line_quotes_an_english_drafts_words_in_english_quotation_marks(act) -> None:  # type: ignore[no-untyped-def]
    """(a trial) merge read ``conflict at 「one month」 … after 「ithin 」`` and ``1) 「45 days」``; decide,
    comment list and show, the carry-forward and adoption as much."""
    merged = act("merge", "--draft", "act@1")
    assert merged.exit_code == 0
    assert merged.output.splitlines()[3:6] == ["  x1  conflict at “one month” (occurrence 1 of 2, after “within”): UNRESOLVED",
                                               "        1) “45 days”  [acme: #1]",
                                               "        2) “two months”  [beta: #2]"]  # fmt: skip
    decided = act("decide", "--draft", "act@1", "--article", "Article 1", "--choose", "x1:2")
    assert decided.output == "decision #1: chose x1:2 on Article 1 (art_1)\n  “one month” → “two months”\n"
    listed = act("comment", "list", "--draft", "act@1").output.splitlines()
    assert listed[2] == "#2  Article 1(1)  beta    amend   open    cli     “one month” The controller shall answer within …"
    assert "  quote:    “one month”" in act("comment", "show", "2").output.splitlines()
    (act.tmp / "act2.md").write_text(ACT.replace("within one month of receipt", "within six weeks of receipt"),
                                     encoding="utf-8")  # fmt: skip
    added = act("draft", "add", str(act.tmp / "act2.md"), "--name", "act", "--version", "2", "--supersedes", "1")
    assert ("  decision #1 (choose “two months” for “one month” on Article 1 (art_1)) no longer applies: the new version "
            "changed “within one month of” to “within six weeks of” there") in added.output.splitlines()
    # (a JSON document keeps the messages as the store holds them)
    assert "rewrote 「within one month of」 as 「within six weeks of」" in act("comment", "show", "3", "--format", "json").output
    assert "rewrote “within one month of” as “within six weeks of”" in act("comment", "show", "3").output
    adoption = act("adoption", "--draft", "act@2").output
    assert ("  #1    acme      Article 1(1) (art_1__para_1) → Article 1(1) (art_1__para_1)  not adopted (the new version "
            "wrote “six weeks” where “45 days” was asked) (now #3)") in adoption.splitlines()
    logged = act("log", "--limit", "0").output  # (a store of English drafts alone)
    assert ("decision.drop  decision:1  into=act@2, reason=the new version changed “within one month of” to “within six "
            "weeks of” there") in logged
    for said in (merged.output, decided.output, added.output, adoption, "\n".join(listed), logged):
        assert "「" not in said and "」" not in said


def test_an_english_drafts_review_page_and_sheet_quote_its_words_in_english(act) -> None:  # type: ignore[no-untyped-def]
    """(a trial) The review page read ``Draft wording: 「one month」``."""
    assert act("decide", "--draft", "act@1", "--article", "Article 1", "--choose", "x1:2").exit_code == 0
    (act.tmp / "act2.md").write_text(ACT.replace("within one month of receipt", "within six weeks of receipt"),
                                     encoding="utf-8")  # fmt: skip
    assert act("draft", "add", str(act.tmp / "act2.md"), "--name", "act", "--version", "2", "--supersedes", "1").exit_code == 0
    page = act.tmp / "review.html"
    assert act("export", "--draft", "act@1", "--format", "html", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "Draft wording: “one month”<ol><li>“45 days” (Acme Ltd)</li>" in html and "「" not in html
    sheet = act.tmp / "tracking.csv"
    assert act("export", "--draft", "act@2", "--format", "csv", "-o", str(sheet)).exit_code == 0
    text = sheet.read_text(encoding="utf-8-sig")
    assert "the new version rewrote “within one month of” as “within six weeks of”" in text and "「" not in text


def test_typeset_writes_an_english_drafts_marks_and_leaves_a_chinese_drafts_as_they_are() -> None:
    said = ("Section 504 (art_504) → Section 107 (art_107)、Section 301 (art_301): its 款 or 项 had no close counterpart, "
            "fall not within one 项 of Section 301; the other 款 stay, after 「Union 」")  # fmt: skip
    assert typeset(said, "en") == ("Section 504 (art_504) → Section 107 (art_107), Section 301 (art_301): its paragraph "
                                   "or point had no close counterpart, fall not within one point of Section 301; the other "
                                   "paragraphs stay, after “Union ”")  # fmt: skip
    assert typeset(said, "zh") == said
    assert typeset("将「第十条、第十一条」删去", "en") == "将“第十条、第十一条”删去"  # (a list mark inside law text stays)
    assert (quoted("one month", "en"), quoted("一个月", "zh")) == ("“one month”", "「一个月」")


def test_an_english_drafts_form_is_in_english_with_its_own_labels(act) -> None:  # type: ignore[no-untyped-def]
    """(trials) A member of the default language got a Chinese form of an English draft; its chapter rows
    read ``CHAPTER I　General provisions`` (an ideographic space); a bill's sections were Article 101;
    the contact filled in was said as 联系人."""
    form = act.tmp / "form.docx"
    made = act("form", "make", "--draft", "act@1", "--member", "acme", "-o", str(form))
    assert made.output == f"wrote {form}: 2 article(s) of act@1\n"
    d = docx.Document(str(form))
    texts = [p.text for p in d.paragraphs]
    assert texts[0] == "Comment Form" and any("“Article 24a” (24: the article it follows)" in t for t in texts)
    words = [t.text or "" for t in d.tables[1]._tbl.iter(docx.oxml.ns.qn("w:t"))]
    assert [w for w in words if w.startswith("CHAPTER")] == ["CHAPTER I General provisions", "CHAPTER II Rights"]
    assert not any("\u3000" in w for w in words)
    d.tables[0].rows[1].cells[1].text = "Mikko Virtanen"
    d.tables[0].rows[1].cells[3].text = "+358 40 123 4567"
    d.tables[1].rows[2].cells[3].text = "Please define the request."
    d.save(str(form))
    imported = act("comment", "import", str(form), "--draft", "act@1")
    assert imported.exit_code == 0, imported.output
    assert "  the form was filled in by Contact Mikko Virtanen; Phone +358 40 123 4567\n" in imported.output
    (act.tmp / "bill.txt").write_text(BILL, encoding="utf-8")
    assert act("draft", "add", str(act.tmp / "bill.txt"), "--name", "bill", "--version", "1").exit_code == 0
    bill = act.tmp / "bill.docx"
    assert act("form", "make", "--draft", "bill@1", "-o", str(bill)).exit_code == 0
    d = docx.Document(str(bill))
    # (a new one named as the draft's own language numbers it: a trial's EU form suggested New Article 24-1)
    assert any("“Section 24A” (24: the section it follows)" in p.text for p in d.paragraphs)
    cites = [t.text for t in d.element.body.iter(docx.oxml.ns.qn("w:t")) if t.text and t.text.startswith("Section ")]
    assert cites == ["Section 1", "Section 2"]


def test_a_new_section_named_on_a_form_row_is_read_as_a_new_article() -> None:
    from lawcomment.consultation.new_articles import asks_new_article, numbers_new_article

    assert asks_new_article("New Section 24-1") and asks_new_article("New Article 24-1")
    # (as the form suggests for an English draft's own: a citation the draft lacks, numbered as one put in)
    assert numbers_new_article("Article 24a") and numbers_new_article("Section 24A")


def test_an_english_files_unread_column_is_named_as_english_heads_it(act) -> None:  # type: ignore[no-untyped-def]
    """(a trial) ``head it as a column lawcomment reads, such as 理由 or 修改建议`` for an English draft."""
    rows = act.tmp / "rows.csv"
    rows.write_text("member,article,reason,Notes\nacme,Article 2,Too wide.,internal\n", encoding="utf-8")
    r = act("comment", "import", str(rows), "--draft", "act@1")
    assert (f"warning: {rows}: column 'Notes' is not a comment column: its words in 1 row(s) (row 2) are not "
            "imported (head it as a column lawcomment reads, such as Reason or Proposed text, to import them)") in r.output


def test_comment_show_names_the_general_comments_in_english(act) -> None:  # type: ignore[no-untyped-def]
    """(a trial) ``prints in the submission's general opinion (总体意见)``."""
    assert act("comment", "add", "--member", "acme", "--draft", "act@1", "--at", "document",
               "--reason", "Welcome overall.").exit_code == 0  # fmt: skip
    assert act("comment", "forward", "3").exit_code == 0
    shown = act("comment", "show", "3").output
    assert ("  forwarded: its reason prints in the submission's general comments (`comment forward --undo` keeps it "
            "internal)") in shown.splitlines()


def test_export_says_how_to_title_a_letter_titled_by_the_drafts_name(act) -> None:  # type: ignore[no-untyped-def]
    """(a trial) A bill's title line went to its preamble, and the letter was ``Comments on hr2157``."""
    (act.tmp / "bill.txt").write_text(BILL, encoding="utf-8")
    assert act("draft", "add", str(act.tmp / "bill.txt"), "--name", "bill", "--version", "1").exit_code == 0
    r = act("export", "--draft", "bill@1", "--format", "md", "-o", str(act.tmp / "b.md"))
    assert ("warning: the letter is titled after the draft's name, bill: its file gave it no title line; `lawcomment "
            "draft add FILE --name bill --version 1 --replace --title TITLE` sets its title") in r.output.splitlines()
    assert "titled after" not in act("export", "--draft", "act@1", "--format", "md", "-o", str(act.tmp / "a.md")).output
