"""US bills as the GPO prints them, read by the English profile (a new user's trial of H.R. 2157 and
H.R. 1058): subsections, paragraphs and subparagraphs, headings, titles, closing words, citations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawcomment import load_draft, parse_text
from lawcomment.drafts.anchors import describe, law_citation, resolve

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


_H = ("A bill.\nSEC. 2. DEFINITIONS.\n(g) Seventh.— Text of g.\n(h) Eighth.— Text of h, which has—\n"
      "(1) a paragraph with—\n(A) a subparagraph.\n")  # fmt: skip
_CLAUSES = "A bill.\nSEC. 4. DEFINITIONS.\n(u) U.— u, with—\n(1) p—\n(A) a—\n(i) one;\n(ii) two;\n(iii) three;\n(iv) four.\n"


@pytest.mark.parametrize(("text", "units"), [
    # a review: (i) after (h)(1)(A) was read as clause (i), a line of (A); (j) then subsection 10, with no 9
    (_H + "(i) Ninth.— Text of subsection i.\n(j) Tenth.— Text of j.\n",
     [("art_2__para_8__item_1__subitem_1", "(A)", "a subparagraph.", "Section 2(h)(1)(A)"),
      ("art_2__para_9", "(i) Ninth.—", "Text of subsection i.", "Section 2(i)"),
      ("art_2__para_10", "(j) Tenth.—", "Text of j.", "Section 2(j)")]),
    # the section's last: its heading, as (h) has one, and (A) ending with no lead-in (—)
    (_H + "(i) Ninth.— Text of subsection i.\n",
     [("art_2__para_9", "(i) Ninth.—", "Text of subsection i.", "Section 2(i)")]),
    # (i)(1): a paragraph follows subsection (i), not clause (i)
    (_H + "(i)(1) Ninth text.\n(2) more.\n",
     [("art_2__para_9", "(i)", "", "Section 2(i)"), ("art_2__para_9__item_1", "(1)", "Ninth text.", "Section 2(i)(1)"),
      ("art_2__para_9__item_2", "(2)", "more.", "Section 2(i)(2)")]),
    # a clause (i), as (ii) follows it: a line of (A); the next (i) then the ninth subsection
    (_H.replace("(A) a subparagraph.", "(A) a subparagraph with—") + "(i) a clause; and\n(ii) another.\n(i) Ninth.— Text.\n",
     [("art_2__para_8__item_1__subitem_1", "(A)", "a subparagraph with—\n(i) a clause; and\n(ii) another.",
       "Section 2(h)(1)(A)"), ("art_2__para_9", "(i) Ninth.—", "Text.", "Section 2(i)")]),
    # (I) after (H)(i): subparagraph 9, as (J) follows it, not subclause 1
    ("A bill.\nSEC. 3. DEFINITIONS.\n(1) a paragraph—\n(G) g;\n(H) h, with—\n(i) a clause—\n(I) Ninth.— text.\n(J) tenth.\n",
     [("art_3__para_1__item_1__subitem_8", "(H)", "h, with—\n(i) a clause—", "Section 3(1)(H)"),
      ("art_3__para_1__item_1__subitem_9", "(I) Ninth.—", "text.", "Section 3(1)(I)"),
      ("art_3__para_1__item_1__subitem_10", "(J)", "tenth.", "Section 3(1)(J)")]),
    # (v) after (u)(1)(A)(iv), and (w) after it: subsection 22, not clause 5
    (_CLAUSES + "(v) V.— v.\n(w) W.— w.\n",
     [("art_4__para_22", "(v) V.—", "v.", "Section 4(v)"), ("art_4__para_23", "(w) W.—", "w.", "Section 4(w)")]),
    # (v), then (vi): clause 5, a line of (A)
    (_CLAUSES + "(v) five; and\n(vi) six.\n",
     [("art_4__para_21__item_1__subitem_1", "(A)", "a—\n(i) one;\n(ii) two;\n(iii) three;\n(iv) four.\n(v) five; and\n"
                                                  "(vi) six.", "Section 4(u)(1)(A)")]),
    # (x) after (w)(1)(A)(ix), then (y): subsection 24, not clause 10
    ("A bill.\nSEC. 4. DEFINITIONS.\n(w) W.— w, with—\n(1) p—\n(A) a—\n(viii) e;\n(ix) nine.\n(x) X.— x.\n(y) Y.— y.\n",
     [("art_4__para_24", "(x) X.—", "x.", "Section 4(x)"), ("art_4__para_25", "(y) Y.—", "y.", "Section 4(y)")]),
])  # fmt: skip
def test_a_label_of_two_levels_is_read_with_the_one_after_it(text: str, units: list[tuple[str, str, str, str]]) -> None:
    draft = parse_text(text, profile="en")
    for eid, label, words, cited in units:
        unit = draft.find(eid)
        assert unit is not None, eid
        assert (unit.label, unit.text, law_citation(draft, eid, "en")) == (label, words, cited)
        assert resolve(draft, cited).eid == eid
        assert describe(eid, "en", draft) == f"{cited} ({eid})"
    assert [d.code for d in draft.diagnostics] == []
    # no character lost: the sections hold the source's lines (whitespace aside, as fidelity reads it)
    held = "".join(x for v in draft.articles() for x in (v.unit.label, v.unit.heading, v.unit.body()))
    assert "".join(held.split()) == "".join(text.split("\n", 1)[1].split())


@pytest.mark.parametrize(("tail", "said"), [
    ("(i) text of i.\n", "(i) may be subsection 9 or clause 1: read as clause 1, a line of the subparagraph before it; "
                         "the line before it does not end with a lead-in (—) and it has no heading, unlike the "
                         "subsection before it, and no label after it settles it; if it is subsection 9, correct "
                         "the source"),
    ("(i) Ninth.— text of i.\n", "(i) may be subsection 9 or clause 1: read as clause 1, a line of the subparagraph "
                                 "before it; the line before it ends with a lead-in (—) and it has a heading, as the "
                                 "subsection before it, and no label after it settles it; if it is subsection 9, "
                                 "correct the source"),
])  # fmt: skip
def test_a_label_nothing_settles_is_said_at_its_line(tmp_path: Path, runner, tail: str, said: str) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    text = _H + tail if tail.startswith("(i) text") else _H.replace("(A) a subparagraph.", "(A) a subparagraph—") + tail
    bill = tmp_path / "bill.txt"
    bill.write_text(text, encoding="utf-8")
    check = runner.invoke(cli, ["check", str(bill)])
    assert (check.exit_code, check.stdout, check.stderr) == (0, f"{bill}:7: ambiguous-label: {said}\n",
                                                             "1 articles, 0 error(s), 1 warning(s)\n")  # fmt: skip
    # its words are kept, as a line of (A)
    assert resolve(load_draft(bill), "Section 2(h)(1)(A)").text.endswith("\n" + tail.strip())


@pytest.mark.parametrize(("eid", "cited", "zh"), [
    # a review: TITLE I's loose paragraphs were cited Part 1(4), which resolve refused
    ("part_1", "Title I", "第一编"),
    ("part_1__para_4", "Title I, paragraph 4", "第一编第四款"),
    ("part_11__para_1", "Title XI, paragraph 1", "第十一编第一款"),
    # SEC. 1106.'s words before and after its list: Section 1106(2) is its item (2)
    ("art_1106__para_1", "Section 1106, paragraph 1", "第一千一百零六条第一款"),
    ("art_1106__para_2", "Section 1106, paragraph 2", "第一千一百零六条第二款"),
    ("art_1106__para_1__item_2", "Section 1106(2)", "第一千一百零六条第一款第二项"),
])  # fmt: skip
def test_a_bills_unlabelled_paragraphs_are_cited_so_they_read_back(eid: str, cited: str, zh: str) -> None:
    draft = load_draft(HR2157)
    assert (law_citation(draft, eid, "en"), describe(eid, "en", draft)) == (cited, f"{cited} ({eid})")
    assert resolve(draft, cited).eid == eid
    assert resolve(draft, cited.lower()).eid == eid
    assert (describe(eid, "zh", draft), resolve(draft, zh).eid) == (f"{zh} ({eid})", eid)


def test_an_acts_closing_text_is_cited_as_such_not_as_an_annex() -> None:
    # a review: the GDPR's closing text was cited Annex I (附件一), an annex the act has not
    draft = load_draft(DATA / "gdpr-closing.txt")
    assert (describe("att_1", "en", draft), describe("att_1", "zh", draft)) == ("closing text (att_1)", "结尾部分 (att_1)")
    assert [resolve(draft, at).eid for at in ("closing text", "The closing text", "结尾部分", "att_1",
                                              "closing text (att_1)", "Annex I (att_1)")] == ["att_1"] * 6  # fmt: skip
    # (Annex I (att_1), as the tool printed it before, is read by its eid)


@pytest.mark.parametrize(("path", "cited", "said"), [
    (HR2157, "closing text", "no such unit: closing text (the draft keeps no closing text after its last article)"),
    (HR2157, "Title IV", "no such unit: Title IV; the draft has Title I, Title V, Title XI"),
    (HR2157, "Title IV, paragraph 1", "no such unit: Title IV; the draft has Title I, Title V, Title XI"),
    (HR2157, "Title I, paragraph 9", "no such unit: Title I, paragraph 9 (Title I (part_1) has no paragraph 9)"),
    (HR2157, "Section 1106, paragraph 3",
     "no such unit: Section 1106, paragraph 3 (Section 1106 (art_1106) has no paragraph 3)"),
])  # fmt: skip
def test_a_place_the_bill_has_not_is_refused(path: Path, cited: str, said: str) -> None:
    from lawcomment import CitationError

    with pytest.raises(CitationError) as caught:
        resolve(load_draft(path), cited)
    assert str(caught.value) == said
