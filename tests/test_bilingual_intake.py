"""Intake in the translation's language: the comment form printing the English working text
for an English-speaking member (its rows read back as comments on that text), and a marked-up
copy of the English translation whose tracked changes and Word comments land on the Chinese
units they render. Through the CLI, on the bundled example."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from lawcomment import load_draft
from lawcomment.cli import cli
from lawcomment.consultation.forms import HEADING_TAG, cell_text
from lawcomment.testing import Edit, draft_to_docx, mark_up

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ecommerce"
EN = load_draft(EXAMPLE / "draft-v1-en.md")
EN_TEXT = {v.unit.label: v.unit.body(" ") for v in EN.articles()}


@pytest.fixture
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A store with the example draft, its English translation, and the example's members
    (fjord and borealis write in English)."""
    runner = CliRunner()

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(tmp_path / "lc.db"), "--user", "tester", *args])

    for args in (["init"], ["draft", "add", str(EXAMPLE / "draft-v1.md"), "--name", "ec", "--version", "1",
                            "--translation", str(EXAMPLE / "draft-v1-en.md")],
                 ["member", "import", str(EXAMPLE / "members.csv")]):  # fmt: skip
        result = invoke(*args)
        assert result.exit_code == 0, result.output
    return invoke


def _article_rows(doc) -> list:  # type: ignore[no-untyped-def, type-arg]
    """The form's table rows of python-docx: its header and its articles' rows (a chapter's heading row,
    across the table above its first article, left out)."""
    return [r for r in doc.tables[-1].rows if not r._tr.xpath(f'.//w:tag[@w:val="{HEADING_TAG}"]')]


def _rows(path: Path) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in _article_rows(docx.Document(str(path)))]


def _listed(run) -> list[tuple]:  # type: ignore[no-untyped-def]
    doc = json.loads(run("comment", "list", "--draft", "ec@1", "--format", "json").output)
    return [(c["eid"], c["member"], c["stance"], c["proposed_text"], c["body"], c["lang"], c["source"]["kind"])
            for c in doc["comments"]]  # fmt: skip


def test_an_english_members_form_prints_the_english_working_text(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "fjord.docx"
    result = run("form", "make", "--draft", "ec@1", "--member", "fjord", "--articles", "16,34", "-o", str(out))
    assert (result.exit_code, result.output) == (0, f"wrote {out}: 2 article(s) of ec@1, printing its English translation\n")
    rows = _rows(out)
    assert rows[0] == ["Article", "Draft text", "Proposed text", "Reason"]
    assert [r[1:] for r in rows[1:]] == [[EN_TEXT["Article 16"], EN_TEXT["Article 16"], ""],
                                         [EN_TEXT["Article 34"], EN_TEXT["Article 34"], ""]]  # fmt: skip
    # the chapter and section, in a row across the table above the article, are the translation's too
    heading = docx.Document(str(out)).tables[-1].rows[1]._tr
    assert heading.xpath(f'.//w:tag[@w:val="{HEADING_TAG}"]')
    assert cell_text(heading) == "Chapter II E-Commerce Operators\nSection 1 General Rules"
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "E-Commerce Law of the People's Republic of China (Draft)" in text
    assert "“Draft text” is the English working translation of the Chinese draft" in text
    with zipfile.ZipFile(out) as z:
        assert "<vt:lpwstr>en</vt:lpwstr>" in z.read("docProps/custom.xml").decode()
        styles = z.read("word/styles.xml").decode()
    # (a new user's trial) English text is set flush left, its paragraphs apart, not justified with a
    # Chinese 款's two-character indent
    cell = styles[styles.index('w:styleId="lcFormCell"'):]
    cell = cell[:cell.index("</w:style>")]
    assert '<w:jc w:val="left"/>' in cell and "firstLineChars" not in cell and 'w:after="80"' in cell
    # a Chinese-speaking member, or --lang zh, gets the draft's own words
    zh = tmp_path / "acme.docx"
    assert run("form", "make", "--draft", "ec@1", "--member", "fjord", "--lang", "zh", "--articles", "16",
               "-o", str(zh)).output == f"wrote {zh}: 1 article(s) of ec@1\n"  # fmt: skip
    assert _rows(zh)[1][1].startswith("电子商务经营者自行终止从事电子商务的")


def _unfilled(path: Path) -> str:
    """The error of an English form of ec@1 sent back with no row filled in."""
    return (f"Error: {path}: the form is not filled in: every Proposed text cell reads as the form printed it and every "
            "Reason cell is empty: nothing imported into ec@1, no import recorded (fill in the rows commented on, a "
            "wording under Proposed text or a reason under Reason, then import the form again)\n")


def test_a_filled_english_form_becomes_comments_on_the_english_text(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "fjord.docx"
    assert run("form", "make", "--draft", "ec@1", "--member", "fjord", "--articles", "16,34,35", "-o",
               str(out)).exit_code == 0  # fmt: skip
    untouched = run("comment", "import", str(out))
    assert (untouched.exit_code, untouched.stdout, untouched.stderr) == (1, "", _unfilled(out))
    doc = docx.Document(str(out))
    rows = _article_rows(doc)
    new16 = EN_TEXT["Article 16"].replace("30 days", "60 days")
    rows[1].cells[2].text = new16
    rows[1].cells[3].text = "Customers need more notice."
    rows[2].cells[3].text = "What counts as a conspicuous position?"
    filled = tmp_path / "filled.docx"
    doc.save(str(filled))
    result = run("comment", "import", str(filled))
    assert (result.exit_code, result.output) == (0, f"{filled}: form into ec@1: 2 added, 0 already there, 0 superseded\n")
    assert _listed(run) == [
        ("art_16", "fjord", "amend", new16, "Customers need more notice.", "en", "form"),
        ("art_34", "fjord", "question", None, "What counts as a conspicuous position?", "en", "form"),
    ]
    # the committee gives its Chinese wording, and the bilingual submission shows both
    assert run("decide", "--draft", "ec@1", "--article", "第十六条", "--text",
               "电子商务经营者自行终止从事电子商务的，应当提前六十日在首页显著位置持续公示有关信息。",
               "--text-en-from", "1").exit_code == 0  # fmt: skip
    md = run("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en").output
    assert "home pages <del>30</del><ins>60</ins> days in advance." in md and "提前<del>三十日</del><ins>六十日</ins>" in md


def test_a_marked_up_english_translation_lands_on_the_chinese_units(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clean, marked = tmp_path / "en.docx", tmp_path / "en-marked.docx"
    draft_to_docx(EN, clean)
    mark_up(clean, marked, [
        Edit("Fjord Legal", "at least 7 days before", replace="at least 30 days before",
             comment="Seven days is too short."),
        Edit("Fjord Legal", "credibility system", comment="What does this mean?"),
    ])  # fmt: skip
    result = run("comment", "import", str(marked), "--draft", "ec@1", "--member", "fjord")
    assert (result.exit_code, result.stdout) == (
        0, f"{marked}: marked-up draft into ec@1: 3 added, 0 already there, 0 superseded\n")
    got = sorted(_listed(run))
    new34 = EN_TEXT["Article 34"].replace("at least 7 days", "at least 30 days")
    assert [(eid, stance, text, body, lang) for eid, _, stance, text, body, lang, _ in got] == [
        ("art_34", "amend", new34, "", "en"),
        ("art_34__para_1", "comment", None, "“at least 7 days before”: Seven days is too short.", "en"),
        ("art_3__para_1", "question", None, "“credibility system”: What does this mean?", "en"),
    ]  # fmt: skip
    # importing it again adds nothing
    again = run("comment", "import", str(marked), "--draft", "ec@1", "--member", "fjord")
    assert again.stdout == f"{marked}: marked-up draft into ec@1: 0 added, 3 already there, 0 superseded\n"


def test_a_marked_up_english_text_that_is_not_the_translation_is_refused(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = load_draft(Path(__file__).parent / "data" / "bilingual" / "cn-pipl" / "en.txt")
    clean, marked = tmp_path / "pipl.docx", tmp_path / "pipl-marked.docx"
    draft_to_docx(other, clean)
    mark_up(clean, marked, [Edit("Fjord Legal", "personal information", comment="?")])
    result = run("comment", "import", str(marked), "--draft", "ec@1", "--member", "fjord")
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {marked}: not a draft of the en translation of ec@1 (with its changes "
                                    "rejected, ")  # fmt: skip
    assert _listed(run) == []


def test_without_a_translation_an_english_file_is_not_the_draft(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "lc.db")
    for args in (["init"], ["draft", "add", str(EXAMPLE / "draft-v1.md"), "--name", "ec", "--version", "1"],
                 ["member", "add", "fjord"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0
    clean, marked = tmp_path / "en.docx", tmp_path / "en-marked.docx"
    draft_to_docx(EN, clean)
    mark_up(clean, marked, [Edit("Fjord Legal", "credibility system", comment="?")])
    result = runner.invoke(cli, ["--db", db, "comment", "import", str(marked), "--draft", "ec@1", "--member", "fjord"])
    assert result.exit_code == 1 and result.output.startswith(f"Error: {marked}: not a draft of ec@1")


def test_a_form_read_after_the_translation_changed_reads_what_it_printed(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "fjord.docx"
    assert run("form", "make", "--draft", "ec@1", "--member", "fjord", "--articles", "15,16", "-o", str(out)).exit_code == 0
    english = (EXAMPLE / "draft-v1-en.md").read_text(encoding="utf-8")
    revised = tmp_path / "en-revised.md"
    revised.write_text(english.replace("home pages 30 days in advance", "home pages thirty days in advance"),
                       encoding="utf-8")  # fmt: skip
    assert run("draft", "add", str(EXAMPLE / "draft-v1.md"), "--name", "ec", "--version", "1", "--translation",
               str(revised)).exit_code == 0  # fmt: skip
    untouched = run("comment", "import", str(out))
    assert (untouched.exit_code, untouched.stdout) == (1, "")
    assert "the en translation of 第十六条 (art_16) (en translation) changed since the form was made" in untouched.stderr
    assert untouched.stderr.endswith(_unfilled(out))
    doc = docx.Document(str(out))
    row = _article_rows(doc)[2]
    row.cells[2].text = "Article 16 " + EN_TEXT["Article 16"].replace("30 days", "60 days")  # the label typed too
    filled = tmp_path / "filled.docx"
    doc.save(str(filled))
    assert run("comment", "import", str(filled)).exit_code == 0
    (c,) = json.loads(run("comment", "list", "--draft", "ec@1", "--format", "json").output)["comments"]
    assert (c["eid"], c["lang"], c["proposed_text"]) == ("art_16", "en", EN_TEXT["Article 16"].replace("30 days", "60 days"))


def test_instructions_on_a_form_printing_the_english_text_are_applied_to_its_words(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "fjord.docx"
    assert run("form", "make", "--draft", "ec@1", "--member", "fjord", "--articles", "16,34", "-o", str(out)).exit_code == 0
    doc = docx.Document(str(out))
    rows = _article_rows(doc)
    rows[1].cells[2].text = 'Replace "30 days" with "15 days"'
    rows[1].cells[3].text = "Shorter notice"
    filled = tmp_path / "filled.docx"
    doc.save(str(filled))
    result = run("comment", "import", str(filled))
    assert result.exit_code == 0, result.output
    assert (f"warning: {filled}: table 2 row 3: the proposed text reads as an instruction (“30 days” → “15 days”), not a "
            "wording: read as the wording of 第十六条 (art_16) (en translation) with it applied") in result.stderr  # fmt: skip
    (c,) = json.loads(run("comment", "list", "--draft", "ec@1", "--format", "json").output)["comments"]
    assert (c["eid"], c["lang"], c["proposed_text"]) == ("art_16", "en", EN_TEXT["Article 16"].replace("30 days", "15 days"))
    # an instruction that cannot be applied is refused, naming the row: never stored as the words of the law
    rows[2].cells[2].text = '第二款中的“days”修改为“weeks”'
    doc.save(str(filled))
    refused = run("comment", "import", str(filled))
    assert refused.exit_code == 1
    assert ("table 2 row 5: the proposed text reads as an instruction (“days” → “weeks”), but 第二款 names a part by the "
            "draft's numbers; quote the words of 第三十四条 (art_34) (en translation) instead") in refused.stderr  # fmt: skip


def test_instructions_on_the_english_text_typed_or_in_a_csv_row_are_applied_to_its_words(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    typed = run("comment", "add", "--member", "fjord", "--draft", "ec@1", "--at", "Article 16", "--lang", "en",
                "--propose", 'Replace "30 days" with "15 days"')  # fmt: skip
    assert typed.exit_code == 0, typed.output
    assert ("the proposed text reads as an instruction (“30 days” → “15 days”), not a wording: read as the wording of "
            "Article 16 (art_16) with it applied") in typed.stderr  # fmt: skip
    rows = tmp_path / "borealis.csv"
    rows.write_text('member,article,proposed_text,reason,lang\nborealis,Article 16,"Delete ""in advance""",r,en\n',
                    encoding="utf-8")  # fmt: skip
    imported = run("comment", "import", str(rows), "--draft", "ec@1")
    assert imported.exit_code == 0, imported.output
    assert "row 2: the proposed text reads as an instruction (delete “in advance”)" in imported.stderr
    got = {c[1]: c[3] for c in _listed(run)}
    assert got == {"fjord": EN_TEXT["Article 16"].replace("30 days", "15 days"),
                   "borealis": EN_TEXT["Article 16"].replace(" in advance", "")}  # fmt: skip
    refused = run("comment", "add", "--member", "fjord", "--draft", "ec@1", "--at", "Article 16", "--lang", "en",
                  "--propose", 'Replace "days" with "weeks" and "home" with "main"')  # fmt: skip
    assert refused.exit_code == 1 and refused.stderr.startswith("Error: the proposed text reads as an instruction")
    cited = run("comment", "add", "--member", "fjord", "--draft", "ec@1", "--at", "Article 16", "--lang", "en",
                "--propose", "将第一款中的“30 days”修改为“15 days”")  # fmt: skip
    assert cited.exit_code == 1 and "第一款 names a part by the draft's numbers; quote the words of Article 16" in cited.stderr
    # an edit is read as the intake reads: the instruction applied to the English words (the text, as on the draft)
    (fjord,) = [c for c in json.loads(run("comment", "list", "--draft", "ec@1", "--format", "json").output)["comments"]
                if c["member"] == "fjord"]  # fmt: skip
    edited = run("comment", "edit", str(fjord["id"]), "--propose", 'Replace "30 days" with "10 days"')
    assert edited.exit_code == 0, edited.output
    assert "the proposed text reads as an instruction (“30 days” → “10 days”)" in edited.stderr
    got = {c[1]: c[3] for c in _listed(run)}
    assert got["fjord"] == EN_TEXT["Article 16"].replace("30 days", "10 days")


def test_an_english_wording_carried_onto_a_reading_without_its_translation_says_so(run) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 反洗钱法; the web app on 畜牧法 2015 → 2022) The next reading is stored without its
    English translation: an English wording carried onto it has no text to be on, and its words are the last
    reading's (the Chinese may have changed its terms since). It was carried open, staff's work, and the merge
    said so with the command line's words, in English on the Chinese page. It waits, kept aside (orphaned, out
    of the merge), its note saying so, in Chinese too; the committee's English wording says what it waits for."""
    wording = EN_TEXT["Article 34"].replace("7 days", "30 days")
    assert wording != EN_TEXT["Article 34"]
    added = run("comment", "add", "--member", "fjord", "--draft", "ec@1", "--at", "Article 34", "--lang", "en",
                "--propose", wording)  # fmt: skip
    assert added.exit_code == 0, added.output
    assert run("draft", "add", str(EXAMPLE / "draft-v2.md"), "--name", "ec", "--version", "2", "--supersedes",
               "1").exit_code == 0  # fmt: skip
    (carried,) = [c for c in json.loads(run("comment", "list", "--draft", "ec@2", "--all", "--format", "json").output)[
        "comments"] if c["member"] == "fjord"]  # fmt: skip
    assert carried["status"] == "orphaned" and carried["proposed_text"] == wording, carried
    assert carried["note"].endswith(
        "; waiting for the translation: the new version has no en translation, so this wording of the last reading's "
        "en text is kept aside as written, out of the merge, until one is added, when it is moved onto it "
        f"(the member's wording stays in comment #{carried['origin']})"), carried["note"]
    from lawcomment.exports import localized

    assert "等待译文：新版本没有该语种的译文" in localized(carried["note"], "zh")
    merged = run("merge", "--draft", "ec@2").output
    assert "in the English translation" not in merged and "--text-en-from" not in merged, merged


_ZH_LIST = "# 法\n\n第一条 为了规范竞争，制定本法。\n\n第二条 经营者不得实施下列行为：\n\n（一）虚构交易；\n\n（二）虚假宣传。\n"
_EN_LIST = ("# Law\n\nArticle 1 This Law is enacted to regulate competition.\n\nArticle 2 Business operators shall not "
            "commit the following acts:\n\n(1) fabricating transactions;\n\n(2) false publicity.\n")
_OPENING = "Business operators shall not, without justifiable reasons, commit the following acts:"


@pytest.mark.parametrize("how", ["typed", "sheet"])
def test_an_english_wording_of_a_lists_opening_words_keeps_its_items(tmp_path: Path, how: str) -> None:
    """(a bilingual trial) A member's English wording of Article 12(2)'s opening words, ending with a colon as
    they do, was read as the whole paragraph: its four items struck out of the English the association
    sends, where the same wording in Chinese rewords those words, the items kept. Read alike now, and said."""
    runner = CliRunner()

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(tmp_path / "lc.db"), *args])

    (tmp_path / "zh.md").write_text(_ZH_LIST, encoding="utf-8")
    (tmp_path / "en.md").write_text(_EN_LIST, encoding="utf-8")
    for args in (["init"], ["draft", "add", str(tmp_path / "zh.md"), "--name", "u", "--version", "1", "--translation",
                            str(tmp_path / "en.md")], ["member", "add", "nexa", "--lang", "en"]):  # fmt: skip
        assert run(*args).exit_code == 0
    said = ("the wording of Article 2 ends as its opening words do, before its 2 items ((1)–(2)), and gives none of "
            "them: read as rewording those words, the items kept as the draft has them")  # fmt: skip
    if how == "typed":
        result = run("comment", "add", "--member", "nexa", "--draft", "u@1", "--lang", "en", "--at", "Article 2",
                     "--propose", _OPENING)  # fmt: skip
        assert result.exit_code == 0 and f"warning: {said}\n" in result.stderr, result.output
    else:
        sheet = tmp_path / "c.csv"
        sheet.write_text(f'member,article,lang,proposed_text\nnexa,Article 2,en,"{_OPENING}"\n', encoding="utf-8")
        result = run("comment", "import", str(sheet), "--draft", "u@1")
        assert result.exit_code == 0 and f"warning: {sheet}: row 2: {said}\n" in result.stderr, result.output
    (c,) = json.loads(run("comment", "list", "--draft", "u@1", "--format", "json").stdout)["comments"]
    assert c["proposed_text"] == f"{_OPENING}\n(1) fabricating transactions;\n(2) false publicity."


def test_an_english_form_of_a_partial_translation_says_which_articles_print_in_chinese(tmp_path: Path) -> None:
    """(a web trial of 优化营商环境条例) With an English text of the first articles only, the English form printed
    the others in Chinese under "Draft text" while its note 4 called that column the English working translation."""
    runner = CliRunner()

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(tmp_path / "lc.db"), "--user", "tester", *args])

    text = (EXAMPLE / "draft-v1-en.md").read_text(encoding="utf-8")
    partial = tmp_path / "en-partial.md"
    partial.write_text(text[:text.index("Article 17 ")], encoding="utf-8")  # (Articles 1 to 16)
    for args in (["init"], ["draft", "add", str(EXAMPLE / "draft-v1.md"), "--name", "ec", "--version", "1",
                            "--translation", str(partial)], ["member", "add", "fjord", "--lang", "en"]):  # fmt: skip
        assert run(*args).exit_code == 0, args
    out = tmp_path / "fjord.docx"
    assert run("form", "make", "--draft", "ec@1", "--member", "fjord", "--articles", "16,17", "-o", str(out)).exit_code == 0
    rows = _rows(out)
    assert rows[1][1] == EN_TEXT["Article 16"] and rows[2][1].startswith("电子商务经营者应当全面、真实、准确、及时地披露")
    said = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert ("4. “Draft text” is the English working translation of the Chinese draft; the articles it does not cover "
            "are printed in Chinese, the draft's language.") in said
    whole = tmp_path / "fjord-16.docx"
    assert run("form", "make", "--draft", "ec@1", "--member", "fjord", "--articles", "16", "-o", str(whole)).exit_code == 0
    assert "the articles it does not cover" not in "\n".join(p.text for p in docx.Document(str(whole)).paragraphs)


_ZH_1 = "# 法\n\n第一条 为了规范竞争，制定本法。\n\n第二条 经营者应当在七日内答复。\n"
_EN_1 = "# Law\n\nArticle 1 This Law is enacted to regulate competition.\n\nArticle 2 Business operators shall reply within 7 days.\n"
_ZH_2 = "# 法\n\n第一条 为了规范竞争，制定本法。\n\n第二条 国家鼓励公平竞争。\n\n第三条 经营者应当在十日内答复。\n"
_EN_2 = ("# Law\n\nArticle 1 This Law is enacted to regulate competition.\n\nArticle 2 The State encourages fair "
         "competition.\n\nArticle 3 Business operators shall reply within 10 days.\n")


def _two_readings(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A store whose second reading came without its English translation, nexa's English wording of
    Article 2 carried onto it and set aside; returns the runner and that comment's id."""
    runner = CliRunner()

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(tmp_path / "lc.db"), *args])

    for name, text in (("zh1.md", _ZH_1), ("en1.md", _EN_1), ("zh2.md", _ZH_2), ("en2.md", _EN_2)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    for args in (["init"], ["draft", "add", str(tmp_path / "zh1.md"), "--name", "u", "--version", "1", "--translation",
                            str(tmp_path / "en1.md")], ["member", "add", "nexa", "--lang", "en"],
                 ["comment", "add", "--member", "nexa", "--draft", "u@1", "--lang", "en", "--at", "Article 2",
                  "--propose", "Business operators shall reply in writing within 7 days."],
                 ["draft", "add", str(tmp_path / "zh2.md"), "--name", "u", "--version", "2", "--supersedes", "1"]):  # fmt: skip
        result = run(*args)
        assert result.exit_code == 0, result.output
    (waiting,) = json.loads(run("comment", "list", "--draft", "u@2", "--all", "--format", "json").stdout)["comments"]
    assert waiting["status"] == "orphaned" and "; waiting for the translation:" in waiting["note"], waiting
    return run, waiting["id"]


def test_an_english_wording_set_aside_goes_onto_the_translation_added_later(tmp_path: Path) -> None:
    """(left from a web trial of 畜牧法) A wording of the English text carried onto a reading stored without
    its translation waited "until one is added and staff give it on that text again": when the translation
    came, staff had to type it once more. It is moved onto the translation as carry-forward moves one, the
    member's edit re-applied on the new words (7 → 10 days kept, "in writing" put in), and said; `comment
    undo` takes the move back."""
    run, cid = _two_readings(tmp_path)
    added = run("draft", "add", str(tmp_path / "zh2.md"), "--name", "u", "--version", "2", "--translation",
                str(tmp_path / "en2.md"))  # fmt: skip
    assert added.exit_code == 0, added.output
    assert (f"#{cid} (nexa): its wording of the last reading's en translation, set aside for want of one, is on the "
            "new en translation now, on Article 3 (status open)\n") in added.stdout  # fmt: skip
    (moved,) = json.loads(run("comment", "list", "--draft", "u@2", "--format", "json").stdout)["comments"]
    assert (moved["id"], moved["eid"], moved["status"], moved["lang"]) == (cid, "art_3", "open", "en")
    assert moved["proposed_text"] == "Business operators shall reply in writing within 10 days."
    assert moved["note"].endswith("; moved onto the en translation added later"), moved["note"]
    assert "waiting for the translation" not in moved["note"]
    # staff's work on the new reading again: the merge lists it, as the English text's wording
    merged = run("merge", "--draft", "u@2")
    assert merged.exit_code == 0, merged.output
    assert (f"warning: comment #{cid} proposes a wording of Article 3 in the English translation (第三条 (art_3)); it is "
            "listed, not merged") in merged.stdout, merged.stdout
    back = run("comment", "undo", str(cid))
    assert back.exit_code == 0, back.output
    assert back.stdout == f"comment #{cid} is back as it was before its last change (status orphaned)\n", back.stdout
    (again,) = json.loads(run("comment", "list", "--draft", "u@2", "--all", "--format", "json").stdout)["comments"]
    assert again["status"] == "orphaned" and "; waiting for the translation:" in again["note"]
    # storing the translation again (the same file: "unchanged") places it again, as the first time did
    readded = run("draft", "add", str(tmp_path / "zh2.md"), "--name", "u", "--version", "2", "--translation",
                  str(tmp_path / "en2.md"))  # fmt: skip
    assert readded.exit_code == 0 and f"#{cid} (nexa)" in readded.stdout, readded.output


def test_a_set_aside_wording_stays_aside_when_its_member_gave_another_since(tmp_path: Path) -> None:
    """A member has one wording of a unit: one given on the new translation since (here stored through the
    library, the translation kept without placing) keeps the old one aside, saying which."""
    from lawcomment import load_draft as load, open_store
    from lawcomment.consultation import place_waiting_wordings
    from lawcomment.drafts.pairing import pair_drafts

    run, cid = _two_readings(tmp_path)
    with open_store(str(tmp_path / "lc.db")) as store:
        zh2, en2 = store.get_draft("u@2"), load(tmp_path / "en2.md")
        store.add_translation(zh2, en2, "en", "sha-en2", "en2.md", pair_drafts(zh2.load(), en2).to_dict())
    given = run("comment", "add", "--member", "nexa", "--draft", "u@2", "--lang", "en", "--at", "Article 3",
                "--propose", "Business operators shall reply within 5 days.")  # fmt: skip
    assert given.exit_code == 0, given.output
    newer = max(c["id"] for c in json.loads(run("comment", "list", "--draft", "u@2", "--format", "json").stdout)["comments"])
    with open_store(str(tmp_path / "lc.db")) as store:
        (placed,) = place_waiting_wordings(store, "u@2", "en")
        assert (placed.moved, placed.comment.id, placed.comment.status.value) == (False, cid, "orphaned")
        assert placed.why == (f"nexa has given #{newer} on that unit of the new en translation since; a member has one "
                              "wording of a unit (withdraw it to bring this one in, or keep it)")  # fmt: skip
        # left as it was: no revision, still waiting
        assert store.revisions(cid) == [] and "; waiting for the translation:" in store.get_comment(cid).note


_ZH_MOVE = "# 法\n\n第一条 为了规范竞争，制定本法。\n\n第二条 经营者应当在七日内答复。\n\n第三条 平台应当在七日内答复。\n"
_EN_MOVE = ("# Law\n\nArticle 1 This Law is enacted to regulate competition.\n\nArticle 2 Business operators shall reply "
            "within 7 days.\n\nArticle 3 Platforms shall reply within 7 days.\n")


def test_a_comment_on_the_english_text_is_moved_with_its_wording_re_based(tmp_path: Path) -> None:
    """(a web trial of 会计法 2017 → 2024) A 款 the next reading made an article of its own took the Chinese comments
    moved there by staff, but an English member's wording could not follow: `comment edit --at` refused it ("withdraw
    it and add a new one"), and staff would have retyped it as someone else's. It moves, its changes re-applied to the
    English the translation gives the unit; one whose changed words are not there is refused, nothing moved."""
    runner = CliRunner()

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(tmp_path / "lc.db"), *args])

    (tmp_path / "zh.md").write_text(_ZH_MOVE, encoding="utf-8")
    (tmp_path / "en.md").write_text(_EN_MOVE, encoding="utf-8")
    for args in (["init"], ["draft", "add", str(tmp_path / "zh.md"), "--name", "u", "--version", "1", "--translation",
                            str(tmp_path / "en.md")], ["member", "add", "nexa", "--lang", "en"],
                 ["comment", "add", "--member", "nexa", "--draft", "u@1", "--lang", "en", "--at", "Article 2", "--propose",
                  "Business operators shall reply in writing within 7 days."],
                 ["comment", "add", "--member", "nexa", "--draft", "u@1", "--lang", "en", "--at", "Article 2", "--propose",
                  "Operators shall reply within 7 days.", "--reason", "shorter"],
                 ["comment", "add", "--member", "nexa", "--draft", "u@1", "--lang", "en", "--at", "Article 2", "--reason",
                  "Which days count?"]):  # fmt: skip
        assert run(*args).exit_code == 0, args
    listed = {c["id"]: c for c in json.loads(run("comment", "list", "--draft", "u@1", "--all", "--format", "json").stdout)["comments"]}
    assert [c["status"] for c in listed.values()] == ["superseded", "open", "open"]  # (a member has one wording)
    wording, remark = (c["id"] for c in listed.values() if c["status"] == "open")
    refused = run("comment", "edit", str(wording), "--at", "第三条")
    assert (refused.exit_code, refused.stderr) == (1, (
        f"Error: comment #{wording}'s wording changes words of the en text of 第二条 (art_2) that the en text of 第三条 "
        "(art_3) does not have: give its wording there with --propose (or --no-proposal)\n"))  # fmt: skip
    # the first wording back (its member withdraws the second), and moved: its change fits Article 3's English
    assert run("comment", "withdraw", str(wording)).exit_code == 0
    assert run("comment", "undo", "1").exit_code == 0
    moved = run("comment", "edit", "1", "--at", "第三条")
    assert moved.exit_code == 0, moved.output
    assert ("comment #1's wording of the en text re-based onto the en text of 第三条 (art_3): 「Platforms shall reply in "
            "writing within 7 days.」") in moved.stderr, moved.stderr  # fmt: skip
    now = {c["id"]: c for c in json.loads(run("comment", "list", "--draft", "u@1", "--format", "json").stdout)["comments"]}
    assert (now[1]["eid"], now[1]["lang"], now[1]["proposed_text"]) == ("art_3", "en", "Platforms shall reply in writing within 7 days.")
    # a remark goes as it is; a quote is no part of a move of the translation's comment
    assert run("comment", "edit", str(remark), "--at", "第三条").exit_code == 0
    quoted = run("comment", "edit", str(remark), "--at", "第二条", "--quote", "七日")
    assert (quoted.exit_code, quoted.stderr) == (1, f"Error: comment #{remark} is on the en translation, which it quotes "
                                                    "no words of: move it with --at alone\n")  # fmt: skip
    assert {c["id"]: c["eid"] for c in json.loads(run("comment", "list", "--draft", "u@1", "--format", "json").stdout)[
        "comments"]} == {1: "art_3", remark: "art_3"}  # fmt: skip


def test_forwarding_a_remark_not_in_the_drafts_language_says_how_to_send_its_translation(run) -> None:  # type: ignore[no-untyped-def]
    """(a trial) Staff forwarded fjord's English remark on the Chinese draft and the command said only that it prints
    in the submission: it goes out in English, and the command to give its Chinese translation was found nowhere
    (`comment forward` takes no translation; the web app's box does what `comment edit --reason` does)."""
    for args in (["comment", "add", "--draft", "ec@1", "--member", "fjord", "--at", "第十六条",
                  "--reason", "Thirty days is too short for customers to move their data."],
                 ["comment", "add", "--draft", "ec@1", "--member", "fjord", "--at", "第十六条", "--reason", "建议延长公示期限。"]):
        assert run(*args).exit_code == 0
    shown = run("comment", "forward", "1", "2")
    assert (shown.exit_code, shown.stdout) == (0, (
        "comment #1 is forwarded: it prints in the submission\n"
        "  #1 is written in English, not in Chinese, the submission's language: it prints as written (a bilingual "
        "export, `export --lang zh+en`, prints it with the English); to send it in Chinese, give its translation with "
        "`lawcomment comment edit 1 --reason '…'` (it stays forwarded; `lawcomment comment undo 1` gives the member's "
        "words back)\n"
        "comment #2 is forwarded: it prints in the submission\n"))
    translated = run("comment", "edit", "1", "--reason", "三十日过短，消费者来不及转移数据。")
    assert translated.exit_code == 0, translated.output
    after = json.loads(run("comment", "show", "1", "--format", "json").stdout)
    assert (after["body"], after["forwarded"]) == ("三十日过短，消费者来不及转移数据。", True)
    assert run("comment", "forward", "1", "--undo").stdout == "comment #1 is internal again\n"
