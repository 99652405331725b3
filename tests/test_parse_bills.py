"""US bills as the GPO prints them, read by the English profile (a new user's trial of H.R. 2157 and
H.R. 1058): subsections, paragraphs and subparagraphs, headings, titles, closing words, citations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawcomment import load_draft, parse_text
from lawcomment.drafts.anchors import law_citation, resolve

DATA = Path(__file__).parent / "data"
HR2157 = DATA / "hr2157-ih-excerpt.txt"
HR1058 = DATA / "hr1058-rds.txt"


def _tree(unit, depth: int = 0) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    return [(depth, unit.eid, unit.label), *(x for c in unit.children for x in _tree(c, depth + 1))]


def test_a_section_opening_with_its_subsection_and_paragraph() -> None:
    # the trial's repro: (b), (c), (d) were sub-items of paragraph (2), (d) the Roman numeral 500
    draft = parse_text("A bill to test.\nSEC. 104. (a)(1) Except as provided in paragraph (2), no payment.\n"
                       "(2) Paragraph (1) shall not apply.\n(b) No payment of more than $125,000.\n"
                       "(c) In this section, the term has a meaning.\n(d) The amount is an emergency requirement.\n",
                       profile="en")  # fmt: skip
    (section,) = [v.unit for v in draft.articles()]
    assert _tree(section) == [
        (0, "art_104", "SEC. 104."), (1, "art_104__para_1", "(a)"), (2, "art_104__para_1__item_1", "(1)"),
        (2, "art_104__para_1__item_2", "(2)"), (1, "art_104__para_2", "(b)"), (1, "art_104__para_3", "(c)"),
        (1, "art_104__para_4", "(d)")]  # fmt: skip
    assert [c.num for c in section.children] == ["1", "2", "3", "4"]
    assert section.children[0].children[0].text == "Except as provided in paragraph (2), no payment."
    assert [d.code for d in draft.diagnostics] == []


@pytest.mark.parametrize(("cited", "eid", "label"), [
    ("Section 104(b)", "art_104__para_2", "(b)"),
    ("Section 104(a)(1)", "art_104__para_1__item_1", "(1)"),
    ("Section 104(d)", "art_104__para_4", "(d)"),
    ("Section 501(b)", "art_501__para_2", "(b) Applicability.—"),
    ("Section 504(e)(1)", "art_504__para_5__item_1", "(1)"),
    ("Section 505(b)(3)(A)", "art_505__para_2__item_3__subitem_1", "(A)"),
    ("Section 1106(2)", "art_1106__para_1__item_2", "(2)"),
    ("Sec. 104", "art_104", "SEC. 104."),
])  # fmt: skip
def test_hr2157_citations_resolve_to_the_units_they_name(cited: str, eid: str, label: str) -> None:
    draft = load_draft(HR2157)
    unit = resolve(draft, cited)
    assert (unit.eid, unit.label) == (eid, label)
    # and the tool cites it back as the bill does, its heading no part of it
    assert law_citation(draft, eid, "en") == cited.replace("Sec. ", "Section ")


@pytest.mark.parametrize(("cited", "eid"), [
    ("Section 2(1)(A)", "art_2__para_1__item_1__subitem_1"),
    ("Section 2(2)(B)", "art_2__para_1__item_2__subitem_2"),
    ("Section 3(a)(2)(A)", "art_3__para_1__item_2__subitem_1"),
    ("Section 3(e)(3)", "art_3__para_5__item_3"),
    ("Section 1", "art_1"),
])  # fmt: skip
def test_hr1058_citations_resolve(cited: str, eid: str) -> None:
    assert resolve(load_draft(HR1058), cited).eid == eid


@pytest.mark.parametrize(("cited", "said"), [
    # the trial's member cited a paragraph (2) Section 104 has not: refused, never guessed
    ("Section 104(2)(b)", "no such unit: Section 104(2)(b) (Section 104 (art_104) has no (2) there)"),
])
def test_a_citation_of_no_unit_is_refused(cited: str, said: str) -> None:
    from lawcomment import CitationError

    with pytest.raises(CitationError) as caught:
        resolve(load_draft(HR2157), cited)
    assert str(caught.value) == said


def test_a_clause_below_a_subparagraph_is_a_line_of_it() -> None:
    # three levels below a section are units (款, 项, 目); a clause below those is its subparagraph's line
    draft = load_draft(HR1058)
    unit = resolve(draft, "Section 2(2)(A)")
    assert unit.text.split("\n")[1].startswith("(i) in the second sentence, by striking")
    from lawcomment import CitationError

    with pytest.raises(CitationError, match=r"^Section 2\(2\)\(A\)\(i\) is a line of Section 2\(2\)\(A\), not a unit"):
        resolve(draft, "Section 2(2)(A)(i)")


def test_a_subsection_heading_is_part_of_its_label_not_its_words() -> None:
    draft = load_draft(HR2157)
    unit = resolve(draft, "Section 501(b)")
    assert unit.label == "(b) Applicability.—"
    assert unit.text.startswith("The Federal share provided by subsection (a) shall apply to")
    # the section's text as printed keeps it
    section = resolve(draft, "Section 501")
    assert "\n(b) Applicability.— The Federal share provided by subsection (a)" in section.body(" ")


def test_an_amended_laws_section_is_words_of_the_section_it_is_in() -> None:
    draft = load_draft(HR1058)
    assert [(v.unit.eid, v.unit.label, v.unit.heading[:30]) for v in draft.articles()] == [
        ("art_1", "SECTION 1.", "SHORT TITLE."),
        ("art_2", "SEC. 2.", "EXPANSION, INTENSIFICATION, AN"),
        ("art_3", "SEC. 3.", "PROGRAMS RELATING TO AUTISM.")]  # fmt: skip
    second = resolve(draft, "Section 2")
    assert second.children[0].text == "Section 409C of the Public Health Service Act (42 U.S.C. 284g) is amended—"
    assert [(d.code, d.line, d.message) for d in draft.diagnostics] == [
        ("label-in-text", 6, "'Section 409C' at the start of the line is read as words of SEC. 2., not as a section "
                             "of its own: the words after it, 'of the Public Health', run on, and its number is not "
                             "the next one (SEC. 2. comes before it)")]  # fmt: skip


def test_a_long_heading_in_capitals_is_the_sections_heading() -> None:
    # 17 words: more than the 10 an article's heading on its label's line may have
    heading = resolve(load_draft(HR1058), "Section 2").heading
    assert heading == ("EXPANSION, INTENSIFICATION, AND COORDINATION OF ACTIVITIES OF THE NIH WITH RESPECT TO "
                       "RESEARCH ON AUTISM SPECTRUM DISORDER.")  # fmt: skip


def test_the_short_title_after_the_last_section_belongs_to_its_title() -> None:
    draft = load_draft(HR2157)
    last = draft.units[-1]
    assert (last.eid, last.label, last.heading) == ("part_11", "TITLE XI", "GENERAL PROVISIONS—THIS ACT")
    closing = last.children[-1]
    assert (closing.eid, closing.text) == ("part_11__para_1", "This Act may be cited as the “Supplemental "
                                                              "Appropriations Act, 2019”.")  # fmt: skip
    assert "This Act may be cited" not in resolve(draft, "Section 1106").body(" ")
    said = [(d.line, d.message) for d in draft.diagnostics if d.code == "closing-words"]
    assert said == [(78, "'This Act may be cited as the “' after SEC. 1106. is the Act's closing words (its short "
                         "title), not words of SEC. 1106.: kept after it as a paragraph of TITLE XI GENERAL "
                         "PROVISIONS—THIS ACT, in no section")]  # fmt: skip


def test_without_titles_the_short_title_stays_the_last_sections_words_said() -> None:
    draft = parse_text("A bill.\nSEC. 1. The Secretary shall act.\nThis Act may be cited as the Test Act.\n", profile="en")
    (section,) = [v.unit for v in draft.articles()]
    assert [c.text for c in section.children] == ["The Secretary shall act.", "This Act may be cited as the Test Act."]
    assert [(d.code, d.line) for d in draft.diagnostics] == [("closing-words", 3)]


def test_a_titles_lines_outside_any_section_are_its_paragraphs_one_warning() -> None:
    draft = load_draft(HR2157)
    title = draft.units[1]
    assert [(c.eid, c.text[:28]) for c in title.children if c.kind.value == "paragraph"] == [
        ("part_1__para_1", "AGRICULTURAL PROGRAMS"), ("part_1__para_2", "Processing, Research and Mar"),
        ("part_1__para_3", "Office of the Secretary"), ("part_1__para_4", "For an additional amount for"),
        ("part_1__para_5", "Farm Service Agency"), ("part_1__para_6", "GENERAL PROVISIONS—THIS TITL")]  # fmt: skip
    loose = [(d.line, d.message) for d in draft.diagnostics if d.code == "unnumbered-text"]
    assert loose[0] == (6, "6 line(s) of TITLE I DEPARTMENT OF AGRICULTURE stand outside any section, unnumbered (an "
                           "appropriations bill's headings and paragraphs): each is read as a paragraph of TITLE I "
                           "DEPARTMENT OF AGRICULTURE of its own, cited by its id (part_1__para_1, part_1__para_2 …)")  # fmt: skip
    assert len(loose) == 2  # one a title (TITLE I, TITLE V), not one a line
    assert resolve(draft, "part_1__para_4").text.startswith("For an additional amount for the “Office of the Secretary”")


@pytest.mark.parametrize("text", [
    "A bill to test.\nTITLE I—DEPARTMENT OF AGRICULTURE\nSEC. 101. The Secretary shall act.\n",
    "A bill to test.\nTITLE I — DEPARTMENT OF AGRICULTURE\nSEC. 101. The Secretary shall act.\n",
    "A bill.\nCHAPTER I. General\nArticle 1. Scope\nThis applies.\n",
])
def test_the_mark_after_a_label_is_kept(text: str) -> None:
    # a trial: the em dash after TITLE I was dropped, and the draft refused for it (fidelity)
    draft = parse_text(text, profile="en")
    assert [d.code for d in draft.diagnostics] == []
    assert draft.units[1].label in ("TITLE I—", "TITLE I —", "CHAPTER I.")


def test_each_titles_sections_are_numbered_from_its_hundred(tmp_path: Path) -> None:
    from lawcomment.drafts.check import lint

    draft = parse_text("A bill.\nTITLE I\nAGRICULTURE\nSEC. 101. The Secretary shall act.\nSEC. 102. The Secretary "
                       "may act.\nTITLE II\nCOMMERCE\nSEC. 201. The Secretary shall act.\nSEC. 203. Gone.\n", profile="en")  # fmt: skip
    assert [(d.code, d.message) for d in lint(draft)] == [("numbering-gap", "article 202 missing before SEC. 203.")]


def test_an_inserted_section_out_of_place_is_said_in_english() -> None:
    from lawcomment.drafts.check import lint

    draft = parse_text("A bill.\nSEC. 2. The Secretary shall act.\nSEC. 2B. The Secretary may act.\n", profile="en")
    assert [(d.code, d.message) for d in lint(draft)] == [
        ("inserted-out-of-place", "SEC. 2B. follows SEC. 2.: an article inserted after 2 stands right after 2 or the "
                                  "one inserted before it")]  # fmt: skip


def test_a_fidelity_error_names_the_sources_line() -> None:
    # a trial's em dash after TITLE I, dropped, was reported with no line: the source's line is named
    import dataclasses

    from lawcomment import Source
    from lawcomment.drafts.parse import verify_fidelity
    from lawcomment.drafts.source import plain_block

    lines = ("A bill to test.", "TITLE I—DEPARTMENT OF AGRICULTURE", "SEC. 101. The Secretary shall act.")
    source = Source("t.txt", tuple(plain_block(line, n) for n, line in enumerate(lines, 1)))
    draft = parse_text("\n".join(lines), profile="en")
    title = draft.units[1]
    assert title.label == "TITLE I—"
    dropped = dataclasses.replace(draft, units=(draft.units[0], dataclasses.replace(title, label="TITLE I")))
    (said,) = verify_fidelity(source, dropped)
    assert (said.code, said.line) == ("fidelity", 2)
    assert said.message == ("the draft does not hold exactly the text of the source (first difference near "
                            "'est.TITLEI—DEPARTMEN' at line 2 of the source)")  # fmt: skip


def test_split_and_check_read_the_bill(runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    split = runner.invoke(cli, ["split", "--format", "json", str(HR2157)])
    assert split.exit_code == 0
    units = json.loads(split.stdout)["units"]
    section = next(a for u in units for a in u["children"] if a["eid"] == "art_104")
    assert [(c["eid"], c["label"]) for c in section["children"]] == [
        ("art_104__para_1", "(a)"), ("art_104__para_2", "(b)"), ("art_104__para_3", "(c)"), ("art_104__para_4", "(d)")]
    check = runner.invoke(cli, ["check", str(HR1058)])
    assert (check.exit_code, check.stderr) == (0, "3 articles, 0 error(s), 0 warning(s)\n")
    assert check.stdout == (f"{HR1058}:6: label-in-text: 'Section 409C' at the start of the line is read as words of "
                            "SEC. 2., not as a section of its own: the words after it, 'of the Public Health', run on, "
                            "and its number is not the next one (SEC. 2. comes before it)\n")  # fmt: skip
    # the excerpt leaves titles out: their numbers are missing, nothing else is said but the warnings above
    check = runner.invoke(cli, ["check", str(HR2157)])
    assert check.exit_code == 1
    assert [line.split(": ")[1] for line in check.stdout.splitlines()] == [
        "unnumbered-text", "numbering-gap", "unnumbered-text", "numbering-gap", "closing-words"]
    assert check.stderr == "18 articles, 2 error(s), 3 warning(s)\n"


def test_a_wording_without_the_subsections_heading_deletes_none_of_it(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    db = str(tmp_path / "c.db")
    assert runner.invoke(cli, ["--db", db, "init", "--association", "Trade Association"]).exit_code == 0
    assert runner.invoke(cli, ["--db", db, "draft", "add", str(HR2157), "--name", "hr2157", "--version", "1"]).exit_code == 0
    for member in ("acme", "borealis"):
        assert runner.invoke(cli, ["--db", db, "member", "add", member, "--org", member.title()]).exit_code == 0
    for member, wording in (("acme", "The Federal share provided by subsection (a) shall apply to disaster assistance "
                                     "applied for after the date of enactment of this Act."),
                            ("borealis", "(b) The Federal share provided by subsection (a) shall apply to disaster "
                                         "assistance applied for after the date of enactment of this Act.")):  # fmt: skip
        added = runner.invoke(cli, ["--db", db, "comment", "add", "--member", member, "--draft", "hr2157@1",
                                    "--at", "Section 501(b)", "--propose", wording])  # fmt: skip
        number = 1 if member == "acme" else 2
        assert added.stdout == f"added comment #{number} by {member} on Section 501(b) (art_501__para_2) (amend)\n"
    merged = runner.invoke(cli, ["--db", db, "merge", "--draft", "hr2157@1", "--article", "Section 501"])
    assert merged.exit_code == 0
    changes = [line for line in merged.stdout.splitlines() if line.startswith("  c")]
    assert changes == ["  c1  proposed                [-before, on, or -]  [acme, borealis]"]
