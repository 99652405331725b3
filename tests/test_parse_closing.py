"""An English act's closing text after its last article (its closing formula, place and date,
signatures, the footnotes a text copy prints there) is kept out of that article, and said."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawcomment import Kind, load_draft, parse_text
from lawcomment.drafts import markdown_source, render_markdown
from lawcomment.drafts.normalize import squash
from lawcomment.drafts.parse import draft_pieces, parse_source
from lawcomment.drafts.profiles import en_profile

DATA = Path(__file__).parent / "data"
GDPR = DATA / "gdpr-closing.txt"  # the GDPR's Articles 98 and 99, its closing block and footnotes (1) to (5)
ART_99 = ("1. This Regulation shall enter into force on the twentieth day following that of its publication in the "
          "Official Journal of the European Union.\n2. It shall apply from 25 May 2018.")  # fmt: skip
CLOSING = """This Regulation shall be binding in its entirety and directly applicable in all Member States.
Done at Brussels, 27 April 2016.
For the European Parliament
The President
M. SCHULZ
For the Council
The President
J.A. HENNIS-PLASSCHAERT
(1) OJ C 229, 31.7.2012, p. 90.
(2) OJ C 391, 18.12.2012, p. 127.
(3) Position of the European Parliament of 12 March 2014 (not yet published in the Official Journal) and position \
of the Council at first reading of 8 April 2016 (not yet published in the Official Journal). Position of the \
European Parliament of 14 April 2016.
(4) Directive 95/46/EC of the European Parliament and of the Council of 24 October 1995 on the protection of \
individuals with regard to the processing of personal data and on the free movement of such data (OJ L 281, \
23.11.1995, p. 31).
(5) Commission Recommendation of 6 May 2003 concerning the definition of micro, small and medium-sized enterprises \
(C(2003) 1422) (OJ L 124, 20.5.2003, p. 36)."""


def _said(path: Path | str, line: int = 27, article: str = "Article 99", lines: int = 12, eid: str = "att_1",
          first: str = "This Regulation shall be binding in its entirety") -> str:  # fmt: skip
    return (f"{path}:{line}: closing-text: {first!r} after the last article, {article}, reads as the act's "
            f"closing text (its closing formula, place and date, signatures and footnotes), not as that article's "
            f"text: it and the {lines} line(s) after it are kept as the draft's closing text ({eid}), out of "
            f"{article}; check the file")


def test_the_gdpr_s_closing_text_is_no_paragraph_or_item_of_article_99() -> None:
    d = load_draft(GDPR)
    art = d.find("art_99")
    assert art is not None and art.body(" ") == ART_99
    assert [u.eid for u in art.walk()] == ["art_99", "art_99__para_1", "art_99__para_2"]  # no items (1) to (5)
    assert [(u.eid, u.kind, u.label, u.heading, u.text, u.line) for u in d.units][-1] == (
        "att_1", Kind.ANNEX, "", "", CLOSING, 27)
    assert [v.unit.eid for v in d.articles()] == ["art_98", "art_99"]
    assert [(x.code, x.line, x.message) for x in d.diagnostics] == [("closing-text", 27, _said("x").split(": ", 2)[2])]
    assert squash("".join(draft_pieces(d))) == squash(GDPR.read_text(encoding="utf-8"))  # every character, in order


def test_split_and_check_say_where_the_closing_text_starts(runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    split = runner.invoke(cli, ["split", str(GDPR)])
    assert (split.exit_code, split.stderr) == (0, _said(GDPR) + "\n")
    assert split.stdout == ("REGULATION (EU) 2016/679 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\npreamble\n"
                            "CHAPTER XI Final provisions\n  Article 98 Review of other Union legal acts on data "
                            "protection\n  Article 99 Entry into force and application\nannex\n")  # fmt: skip
    units = json.loads(runner.invoke(cli, ["split", "--format", "json", str(GDPR)]).stdout)["units"]
    assert [(u["eid"], u["text"]) for u in units[-1:]] == [("att_1", CLOSING)]
    check = runner.invoke(cli, ["check", str(GDPR)])
    assert (check.exit_code, check.stdout, check.stderr) == (0, _said(GDPR) + "\n",
                                                             "2 articles, 0 error(s), 1 warning(s)\n")  # fmt: skip


def test_the_form_s_last_row_and_a_wording_of_99_2_hold_no_closing_text(consultation,  # type: ignore[no-untyped-def]
                                                                        tmp_path: Path) -> None:  # fmt: skip
    from lawcomment.consultation.forms import open_form

    added = consultation("draft", "add", str(GDPR), "--name", "gdpr", "--version", "1")
    assert added.exit_code == 0 and _said(GDPR) in added.output.splitlines(), added.output
    out = tmp_path / "form.docx"
    made = consultation("form", "make", "--draft", "gdpr@1", "--member", "acme", "--lang", "en", "-o", str(out))
    assert made.exit_code == 0, made.output
    form = open_form(out)
    assert form is not None
    last = form.rows[-1]
    assert (last.eid, last.cells["article"], last.cells["original"], last.cells["proposed"]) == (
        "art_99", "Article 99", ART_99, ART_99)
    # a member's wording of 99(2), as members write it: no 21 (here 5) footnotes to delete
    said = consultation("comment", "add", "--member", "acme", "--draft", "gdpr@1", "--at", "Article 99(2)",
                        "--propose", "It shall apply from 25 May 2019.", "--reason", "Later.")  # fmt: skip
    assert (said.exit_code, said.stdout, said.stderr) == (
        0, "added comment #1 by acme on Article 99(2) (art_99__para_2) (amend)\n", "")
    merged = consultation("merge", "--draft", "gdpr@1")
    assert merged.exit_code == 0 and "deleting" not in merged.output and "(1)" not in merged.output, merged.output
    assert "2. It shall apply from 25 May [-2018-]{+2019+}." in merged.output


def test_a_regulation_of_one_paragraph_articles_keeps_its_last_article_s_words() -> None:
    text = ("Commission Implementing Regulation\n\nArticle 1\n\nSubject matter\n\nThis Regulation lays down rules.\n\n"
            "Article 2\n\nEntry into force\n\nThis Regulation shall enter into force on the twentieth day following "
            "that of its publication in the Official Journal of the European Union.\n\nThis Regulation shall be "
            "binding in its entirety and directly applicable in all Member States.\n\nDone at Brussels, 5 May 2020.\n\n"
            "For the Commission\n\nThe President\n\nUrsula VON DER LEYEN\n")  # fmt: skip
    d = parse_text(text, profile="en")
    art = d.find("art_2")
    assert art is not None and [u.eid for u in art.walk()] == ["art_2", "art_2__para_1"]
    assert art.body(" ").startswith("This Regulation shall enter into force on the twentieth day")
    assert [(u.eid, u.text.split("\n")) for u in d.units if u.kind is Kind.ANNEX] == [("att_1", [
        "This Regulation shall be binding in its entirety and directly applicable in all Member States.",
        "Done at Brussels, 5 May 2020.", "For the Commission", "The President", "Ursula VON DER LEYEN"])]
    assert [(x.code, x.line) for x in d.diagnostics] == [("closing-text", 15)]
    assert d.diagnostics[0].message == _said("x", article="Article 2", lines=4).split(": ", 2)[2]
    assert squash("".join(draft_pieces(d))) == squash(text)


def test_a_directive_s_place_and_date_open_its_closing_text() -> None:
    text = ("Directive\n\nArticle 4\n\nTransposition\n\n1. Member States shall bring into force the laws necessary.\n\n"
            "Article 5\n\nAddressees\n\nThis Directive is addressed to the Member States.\n\n"
            "Done at Strasbourg, 23 October 2019.\n\nFor the European Parliament\n\nThe President\n\nD. M. SASSOLI\n\n"
            "For the Council\n\nThe President\n\nT. TUPPURAINEN\n\n(1) OJ C 62, 15.2.2019, p. 103.\n")  # fmt: skip
    d = parse_text(text, profile="en")
    art = d.find("art_5")
    assert art is not None and art.body(" ") == "This Directive is addressed to the Member States."
    assert [u.text.split("\n")[0] for u in d.units if u.kind is Kind.ANNEX] == ["Done at Strasbourg, 23 October 2019."]
    assert [(x.code, x.line) for x in d.diagnostics] == [("closing-text", 15)]
    first = "Done at Strasbourg, 23 October 2019."
    assert d.diagnostics[0].message == _said("x", article="Article 5", lines=7, first=first).split(": ", 2)[2]


def test_annexes_after_the_closing_text_keep_their_eids() -> None:
    text = GDPR.read_text(encoding="utf-8") + "\n\nANNEX I\n\nList\n\nThe list.\n\nANNEX II\n\nTable\n\nThe table.\n"
    d = parse_text(text, profile="en")
    assert [(u.eid, u.label) for u in d.units if u.kind is Kind.ANNEX] == [
        ("att_3", ""), ("att_1", "ANNEX I"), ("att_2", "ANNEX II")]  # (an ANNEX I was att_1 before)
    assert [(x.code, x.message) for x in d.diagnostics] == [("closing-text", _said("x", eid="att_3").split(": ", 2)[2])]


def test_the_closing_text_reads_back_from_the_draft_s_markdown() -> None:
    """render_markdown gives it no empty heading (which read back as the words "##" of Article 99)."""
    d = load_draft(GDPR)
    again = parse_source(markdown_source(render_markdown(d), "again.md"), en_profile())
    assert [(u.eid, u.text) for u in again.walk()] == [(u.eid, u.text) for u in d.walk()]
    assert "\n## \n" not in render_markdown(d)


@pytest.mark.parametrize("last, why", [
    # a numbered paragraph after it: the article's, and what is before it with it
    ("2. It shall apply from 25 May 2018.\n\nThis Regulation shall be binding in its entirety and directly applicable "
     "in all Member States.\n\n3. Member States shall notify the Commission.",
     "'3. Member States shall notify the Commission.' after it reads as no closing formula, signature or footnote"),
    # words after it that are a sentence of law
    ("2. It shall apply from 25 May 2018.\n\nDone at Brussels, 27 April 2016.\n\nThe Commission shall report on it.",
     "'The Commission shall report on it.' after it reads as no closing formula, signature or footnote"),
    # after words that end no sentence (a list announced)
    ("2. The following shall apply from 25 May 2018:\n\nThis Regulation shall be binding in its entirety and "
     "directly applicable in all Member States.",
     "the words before it ('2. The following shall apply from 25 May 2018:') end no sentence"),
])  # fmt: skip
def test_closing_words_with_law_text_around_them_stay_in_the_article_said(last: str, why: str) -> None:
    text = f"Regulation\n\nArticle 99\n\nEntry into force\n\n1. This Regulation shall enter into force.\n\n{last}\n"
    d = parse_text(text, profile="en")
    assert [u.kind for u in d.units] == [Kind.ARTICLE]  # nothing taken out
    assert squash(d.units[0].body(" ")) == squash(text.split("Entry into force", 1)[1])
    first = "Done at Brussels, 27 April 2016." if "Done at" in last else \
        "This Regulation shall be binding in its entirety"  # fmt: skip
    assert [(x.code, x.message) for x in d.diagnostics] == [(
        "closing-text", f"{first!r} after the last article, Article 99, reads as the act's closing text, but {why}: "
        "all of it is kept as Article 99's text; check the file")]  # fmt: skip


@pytest.mark.parametrize("text", [
    # the entry into force is the last article's text, never its closing
    "Regulation\n\nArticle 99\n\nEntry into force\n\n1. This Regulation shall enter into force on the twentieth day "
    "following that of its publication.\n\n2. It shall apply from 25 May 2018.\n",
    "Regulation\n\nArticle 3\n\nThis Regulation shall enter into force on the day following that of its publication.\n",
    # the closing formula as all an article says: its words
    "Regulation\n\nArticle 3\n\nThis Regulation shall be binding in its entirety and directly applicable in all Member "
    "States.\n",
    # in a Chinese law, no English closing is looked for
    "示例法\n第一条 本法适用于示例。\n第二条 本法自公布之日起施行。\nDone at Brussels, 27 April 2016.\n",
])  # fmt: skip
def test_a_last_article_with_no_closing_text_is_as_it_was(text: str) -> None:
    d = parse_text(text)
    assert [u.kind for u in d.units if u.kind is Kind.ANNEX] == []
    assert "closing-text" not in [x.code for x in d.diagnostics]
