"""The committee's wording of the translation (``decide --text-en`` / ``--text-en-from``), the
checks that keep English out of the Chinese text, and wordings of a part of an article.
Through the CLI, on the bundled example and a real pair."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawcomment import load_draft
from lawcomment.cli import cli
from lawcomment.drafts.pairing import reworded

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ecommerce"
PAIRS = Path(__file__).parent / "data" / "bilingual"
EN_16 = ("E-commerce operators that decide on their own to cease engaging in e-commerce shall continuously display the "
         "relevant information in a conspicuous position on their home pages {n} days in advance.")  # fmt: skip
ZH_16 = "电子商务经营者自行终止从事电子商务的，应当提前{n}日在首页显著位置持续公示有关信息。"


def _store(tmp_path: Path, *extra: list[str], translation: bool = True):  # type: ignore[no-untyped-def]
    runner = CliRunner()
    tmp_path.mkdir(parents=True, exist_ok=True)

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(tmp_path / "lc.db"), "--user", "tester", *args])

    add = ["draft", "add", str(EXAMPLE / "draft-v1.md"), "--name", "ec", "--version", "1"]
    for args in (["init"], add + (["--translation", str(EXAMPLE / "draft-v1-en.md")] if translation else []),
                 ["member", "add", "fjord", "--lang", "en"], ["member", "add", "beta"], *extra):  # fmt: skip
        result = run(*args)
        assert result.exit_code == 0, result.output
    return run


@pytest.fixture
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    return _store(tmp_path, ["comment", "add", "--member", "fjord", "--draft", "ec@1", "--lang", "en", "--at",
                             "Article 16", "--propose", EN_16.format(n=60)],
                  ["comment", "add", "--member", "beta", "--draft", "ec@1", "--at", "第十六条", "--reason", "同意"])  # fmt: skip


@pytest.mark.parametrize(("args", "message"), [
    (["--text-en-from", "2"], "comment #2 is not a wording of the en translation of 第十六条 (art_16) (its wordings: #1)"),
    (["--text-en", "电子商务经营者应当提前六十日公示。"],
     "the committee's en wording of 第十六条 (art_16) is not written in English"),
    (["--text-en", "x"], "the committee's en wording is given for a whole article, and 第十六条第一款 (art_16__para_1) "
                         "is a part of 第十六条 (art_16): nothing was recorded; give the wording of 第十六条第一款 "
                         "(art_16__para_1) with `lawcomment decide --draft ec@1 --article 第十六条第一款 --text …`, and "
                         "the en wording of its article with `lawcomment decide --draft ec@1 --article 第十六条 "
                         "--text-en …`"),
    (["--text", EN_16.format(n=60)], "the committee's wording of 第十六条 (art_16) is not written in Chinese, the draft's "
                                     "language; a wording of its translation goes with --text-en"),
    (["--text-en", "x", "--text-en-from", "1"], "give --text-en or --text-en-from, not both"),
    (["--text-en-from", "1", "--accept", "c1"], "--text-en and --text-en-from go alone or with --text: nothing was "
                                                "recorded; give them apart: `lawcomment decide --draft ec@1 --article "
                                                "第十六条 --accept c1`, then `lawcomment decide --draft ec@1 --article "
                                                "第十六条 --text-en-from 1`"),
    # (a trial's committee reason was lost, unsaid)
    (["--accept", "c1", "--text-en-from", "1", "--committee-reason", "采纳"],
     "--text-en and --text-en-from go alone or with --text: nothing was recorded, the committee reason included; give "
     "them apart: `lawcomment decide --draft ec@1 --article 第十六条 --accept c1 --committee-reason …`, then "
     "`lawcomment decide --draft ec@1 --article 第十六条 --text-en-from 1`"),
])  # fmt: skip
def test_wrong_wordings_of_the_translation_are_refused(run, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    at = "第十六条第一款" if "whole article" in message else "第十六条"
    result = run("decide", "--draft", "ec@1", "--article", at, *args)
    assert (result.exit_code, result.output) == (1, f"Error: {message}\n")
    assert json.loads(run("export", "--draft", "ec@1", "--format", "json").output)["decisions"] == []


def test_a_wording_of_a_part_taken_from_a_comment_on_the_whole_article(run) -> None:  # type: ignore[no-untyped-def]
    # a trial's --article 第二十六条第二款 --text "…" --text-en-from 2: comment #1 words the whole article
    result = run("decide", "--draft", "ec@1", "--article", "第十六条第一款", "--text-en-from", "1")
    assert (result.exit_code, result.output) == (0, "decision #1: set the final wording of the en translation (from "
                                                    "comment #1) on 第十六条 (art_16)\n")  # fmt: skip
    doc = json.loads(run("export", "--draft", "ec@1", "--format", "json").stdout)
    assert [(d["eid"], d["subject"], d["new"]) for d in doc["decisions"]] == [("art_16", "en", EN_16.format(n=60))]


def test_a_heading_and_a_draft_without_a_translation_have_no_english_wording(tmp_path: Path) -> None:
    run = _store(tmp_path / "a")
    result = run("decide", "--draft", "ec@1", "--article", "第二章", "--text-en", "Chapter II Operators")
    assert (result.exit_code, result.output) == (1, "Error: the committee's en wording is given for an article: a "
                                                    "heading is printed as the translation has it\n")  # fmt: skip
    bare = _store(tmp_path / "b", translation=False)
    result = bare("decide", "--draft", "ec@1", "--article", "第十六条", "--text-en", EN_16.format(n=60))
    assert (result.exit_code, result.output) == (1, "Error: ec@1 has no en translation (add one with `lawcomment draft "
                                                    "add … --translation`)\n")  # fmt: skip


def test_the_english_wording_and_the_chinese_one_land_together_and_undo_apart(run) -> None:  # type: ignore[no-untyped-def]
    result = run("decide", "--draft", "ec@1", "--article", "第十六条", "--text", ZH_16.format(n="六十"),
                 "--text-en-from", "1")  # fmt: skip
    assert result.output == ("decision #1: set the final wording on 第十六条 (art_16)\n  「三十日」 → 「六十日」\n"
                             "decision #2: set the final wording of the en translation (from comment #1) on 第十六条 (art_16)\n")
    merged = run("merge", "--draft", "ec@1", "--article", "第十六条")
    assert "listed, not merged" not in merged.output  # answered: no more nagging
    doc = json.loads(run("export", "--draft", "ec@1", "--format", "json").output)
    assert [(d["action"], d["subject"], d["new"]) for d in doc["decisions"]] == [
        ("text", None, ZH_16.format(n="六十")), ("text", "en", EN_16.format(n=60))]
    # undoing the English wording leaves the Chinese one
    assert run("decide", "--draft", "ec@1", "--article", "第十六条", "--undo", "2").output == \
        "undid decision #2 (text) on 第十六条 (art_16)\n"  # fmt: skip
    md = run("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en").stdout
    assert "<ins>六十日</ins>" in md and "<ins>60</ins>" not in md
    assert "*The proposed change is given in the Chinese text only.*" in md
    # a later --text-en replaces the earlier one
    run("decide", "--draft", "ec@1", "--article", "第十六条", "--text-en", EN_16.format(n=45))
    again = run("decide", "--draft", "ec@1", "--article", "第十六条", "--text-en", EN_16.format(n=50))
    assert "  it replaces decision #3 (final wording of the en translation on 第十六条 (art_16))" in again.output
    md = run("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en").stdout
    assert "<del>30</del><ins>50</ins>" in md and "Supported by" not in md  # no member proposed these words


def test_an_english_proposal_typed_without_lang_is_taken_as_one_or_refused(tmp_path: Path) -> None:
    run = _store(tmp_path / "a")
    result = run("comment", "add", "--member", "fjord", "--draft", "ec@1", "--at", "Article 16", "--propose",
                 f"Article 16 {EN_16.format(n=60)}")  # fmt: skip
    assert result.exit_code == 0
    assert result.stdout == "added comment #1 by fjord on Article 16 of the en translation, at 第十六条 (art_16) (amend)\n"
    assert result.stderr == ("warning: the proposal is written in English: recorded as a wording of the English "
                             "translation, as with --lang en\n")  # fmt: skip
    (c,) = json.loads(run("comment", "list", "--draft", "ec@1", "--format", "json").output)["comments"]
    assert (c["lang"], c["proposed_text"]) == ("en", EN_16.format(n=60))  # its own label dropped
    bare = _store(tmp_path / "b", translation=False)
    result = bare("comment", "add", "--member", "fjord", "--draft", "ec@1", "--at", "第十六条", "--propose",
                  EN_16.format(n=60))  # fmt: skip
    assert result.exit_code == 1
    assert result.output.endswith("the proposal is written in English, but ec@1 is in Chinese: mark a wording of its "
                                  "translation with lang en\n")  # fmt: skip
    rows = tmp_path / "rows.csv"
    rows.write_text(f"member,article,proposed_text\nfjord,第十六条,{EN_16.format(n=60)}\n", encoding="utf-8")
    result = run("comment", "import", str(rows), "--draft", "ec@1")
    assert (result.exit_code, result.output) == (1, (
        f"Error: {rows}: 1 proposal(s) not in the draft's language; nothing was imported\n"
        "  row 2: the proposal is written in English, but ec@1 is in Chinese: mark a wording of its translation "
        "with lang en\n"))  # fmt: skip
    rows.write_text(f"member,article,proposed_text,lang\nfjord,Article 16,{EN_16.format(n=60)},en\n", encoding="utf-8")
    assert run("comment", "import", str(rows), "--draft", "ec@1").exit_code == 0


@pytest.mark.parametrize(("whole", "part", "new", "expected"), [
    ("Intro:\n(1) a;\n(2) b;\n(3) c.", "b;", "", "Intro:\n(1) a;\n(3) c."),  # a deleted item takes its label along
    ("Intro:\n(1) a;\n(2) b;\n(3) c.", "c.", "", "Intro:\n(1) a;\n(2) b;"),
    ("One.\nTwo.", "One.", "", "Two."),
    ("One.\nTwo.", "Two.", "Second.", "One.\nSecond."),
    ("One.\nOne.", "One.", "x", None),  # not placed: twice in the text
    ("One.", "Three.", "x", None),
])  # fmt: skip
def test_a_part_reworded_in_its_unit(whole: str, part: str, new: str, expected: str | None) -> None:
    assert reworded(whole, part, new) == expected


def test_a_wording_of_a_paragraph_the_translation_merged_keeps_the_article(tmp_path: Path) -> None:
    runner = CliRunner()

    def run(*args: str):  # type: ignore[no-untyped-def]
        result = runner.invoke(cli, ["--db", str(tmp_path / "lc.db"), *args])
        assert result.exit_code == 0, result.output
        return result

    run("init")
    # Article 17's list ending with a semicolon: the English reads its next 款 as the list's closing
    # words, and renders the article's 款 as one paragraph
    en = tmp_path / "en.txt"
    en.write_text((PAIRS / "cn-pipl" / "en.txt").read_text(encoding="utf-8").replace(
        "provided by laws and administrative regulations.\nWhere any matter",
        "provided by laws and administrative regulations;\nwhere any matter"), encoding="utf-8")  # fmt: skip
    run("draft", "add", str(PAIRS / "cn-pipl" / "zh.txt"), "--name", "pipl", "--version", "1", "--translation", str(en))
    run("member", "add", "acme", "--lang", "en")
    wording = ("A personal information processor shall, before processing personal information, inform an individual "
               "in writing of the following matters:")  # fmt: skip
    run("comment", "add", "--member", "acme", "--draft", "pipl@1", "--lang", "en", "--at", "Article 17(1)",
        "--propose", wording)  # fmt: skip
    zh = {u.eid: u for u in load_draft(PAIRS / "cn-pipl" / "zh.txt").walk()}
    run("decide", "--draft", "pipl@1", "--article", "第十七条", "--text", zh["art_17"].body().replace("显著方式", "书面方式"))
    md = run("export", "--draft", "pipl@1", "--format", "md", "--lang", "zh+en", "--include-unreviewed").stdout
    en17 = next(v.unit for v in load_draft(en).articles() if v.unit.label == "Article 17")
    # the article's English stands whole; the wording of its merged 款 follows, named
    assert f"**Article 17** {en17.body(' ').split(chr(10))[0]}" in md
    assert "English wording proposed by 1 member (Article 17(1)):" in md
    # (its opening words reworded, the list after them kept as the translation has it: a bilingual trial's wording of
    # such words struck the list out)
    assert f"**Article 17(1)** <ins>{wording}<br>(1) the name and contact information of the personal information " \
           "processor;<br>" in md  # fmt: skip


def test_the_committees_english_wording_follows_a_revised_translation(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("decide", "--draft", "ec@1", "--article", "第十六条", "--text", ZH_16.format(n="六十"),
               "--text-en-from", "1").exit_code == 0  # fmt: skip
    english = (EXAMPLE / "draft-v1-en.md").read_text(encoding="utf-8")
    # the translators reword other words of Article 16: the committee's 60 days lands on their text
    revised = tmp_path / "en-revised.md"
    revised.write_text(english.replace("in a conspicuous position on their home pages 30",
                                       "prominently on their home pages 30"), encoding="utf-8")  # fmt: skip
    assert run("draft", "add", str(EXAMPLE / "draft-v1.md"), "--name", "ec", "--version", "1",
               "--translation", str(revised)).exit_code == 0  # fmt: skip
    md = run("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en")
    assert "relevant information prominently on their home pages <del>30</del><ins>60</ins> days" in md.stdout
    assert "warning: the en translation" not in md.stderr
    # they reword the very words the committee changed: never guessed; the translation stands, staff are told
    clash = tmp_path / "en-clash.md"
    clash.write_text(english.replace("home pages 30 days in advance", "home pages one month in advance"),
                     encoding="utf-8")  # fmt: skip
    assert run("draft", "add", str(EXAMPLE / "draft-v1.md"), "--name", "ec", "--version", "1",
               "--translation", str(clash)).exit_code == 0  # fmt: skip
    md = run("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en")
    assert "home pages one month in advance" in md.stdout and "<ins>60</ins>" not in md.stdout
    assert ("warning: the en translation of Article 16 changed where the committee's wording (decision #2) rewords "
            "it; its en text goes out as it stands: review it (decide again, or undo it)") in md.stderr


def test_the_translation_deletes_an_article_with_the_committee(run) -> None:  # type: ignore[no-untyped-def]
    assert run("comment", "add", "--member", "fjord", "--draft", "ec@1", "--lang", "en", "--at", "Article 16",
               "--stance", "delete").exit_code == 0  # fmt: skip
    result = run("decide", "--draft", "ec@1", "--article", "第十六条", "--text", "", "--text-en-from", "3")
    assert result.exit_code == 0, result.output
    md = run("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en").stdout
    assert f"**Article 16** <del>{EN_16.format(n=30)}</del>" in md
    assert "given in the Chinese text only" not in md


def test_a_chinese_citation_with_an_english_proposal_is_the_unit_it_names(tmp_path: Path) -> None:
    run = _store(tmp_path)
    result = run("comment", "add", "--member", "fjord", "--draft", "ec@1", "--at", "第十六条", "--propose",
                 EN_16.format(n=60))  # fmt: skip
    assert result.stdout == "added comment #1 by fjord on Article 16 of the en translation, at 第十六条 (art_16) (amend)\n"
    # codes and acronyms are no English proposal, and stay the draft's
    result = run("comment", "add", "--member", "beta", "--draft", "ec@1", "--at", "第十六条", "--stance", "insert",
                 "--propose", "GB/T 22239-2019")  # fmt: skip
    assert result.exit_code == 0 and result.stderr == ""
    (c,) = [c for c in json.loads(run("comment", "list", "--draft", "ec@1", "--format", "json").output)["comments"]
            if c["member"] == "beta"]  # fmt: skip
    assert "lang" not in c  # the draft's own language


def test_an_edit_keeps_the_language_rules(run) -> None:  # type: ignore[no-untyped-def]
    assert run("comment", "add", "--member", "beta", "--draft", "ec@1", "--at", "第十六条", "--propose",
               ZH_16.format(n="四十五")).exit_code == 0  # fmt: skip
    result = run("comment", "edit", "3", "--propose", EN_16.format(n=45))
    assert (result.exit_code, result.output) == (1, "Error: comment #3 is a wording of the draft, which is in Chinese; "
                                                    "a wording of its translation is a new comment (`comment add "
                                                    "--lang en`)\n")  # fmt: skip
    # an English wording edited after the committee answered it flags the committee's wording
    assert run("decide", "--draft", "ec@1", "--article", "第十六条", "--text-en-from", "1").exit_code == 0
    assert run("comment", "edit", "1", "--propose", f"Article 16 {EN_16.format(n=90)}").exit_code == 0
    (c,) = [c for c in json.loads(run("comment", "list", "--draft", "ec@1", "--format", "json").output)["comments"]
            if c["id"] == 1]  # fmt: skip
    assert c["proposed_text"] == EN_16.format(n=90)  # its own label dropped, as at intake
    md = run("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en")
    assert "(decision #1) was given before comment(s) #1 on it arrived or changed" in md.stderr


def test_an_english_draft_takes_the_chinese_options(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "en.db")

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", db, *args])

    run("init")
    run("draft", "add", str(EXAMPLE / "draft-v1-en.md"), "--name", "en", "--version", "1", "--translation",
        str(EXAMPLE / "draft-v1.md"))  # fmt: skip
    run("member", "add", "acme")
    wrong = run("decide", "--draft", "en@1", "--article", "Article 16", "--text-en", "x")
    assert (wrong.exit_code, wrong.output) == (1, "Error: en@1 is in English: the wording of its translation goes with "
                                                  "--text-zh or --text-zh-from\n")  # fmt: skip
    # an English proposal quoting a Chinese title is English, not a wording of the Chinese translation
    quoted = run("comment", "add", "--member", "acme", "--draft", "en@1", "--at", "Article 16", "--propose",
                 "This Law (《中华人民共和国电子商务法》) applies to operators that cease e-commerce 30 days in advance.")
    assert quoted.exit_code == 0 and "translation" not in quoted.output
    done = run("decide", "--draft", "en@1", "--article", "Article 16", "--text-zh", ZH_16.format(n="六十"))
    assert done.output == "decision #1: set the final wording of the zh translation on Article 16 (art_16)\n"


def test_an_english_only_wording_of_the_committee_goes_out(run) -> None:  # type: ignore[no-untyped-def]
    md = run("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en")
    assert "Article 16" not in md.stdout and "  第十六条 (art_16): #1" in md.stderr  # unanswered: named, left out
    assert run("decide", "--draft", "ec@1", "--article", "第十六条", "--text-en-from", "1").exit_code == 0
    md = run("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en")
    assert "## 一、关于第十六条\u3000Article 16" in md.stdout and "<del>30</del><ins>60</ins>" in md.stdout
    assert "第十六条 (art_16): #1" not in md.stderr
    plain = run("export", "--draft", "ec@1", "--format", "md").stdout  # in Chinese alone there is nothing to say
    assert "第十六条" not in plain


@pytest.mark.parametrize(("stance", "advice"), [
    ("amend", "its wording of the en translation is taken with `lawcomment decide --text-en-from 1`"),
    ("insert", "give it in the draft's language, `lawcomment comment translate 1 --text \"…\"`, then accept or reject it"),
])  # fmt: skip
def test_a_group_of_translation_wordings_says_how_to_take_them(tmp_path: Path, stance: str, advice: str) -> None:
    """Two members send one English wording (or new provision): a group, but not of the draft's
    words; deciding it says what to do instead, as the merge's warning does."""
    text = EN_16.format(n=60) if stance == "amend" else "Platforms shall publish their complaint statistics yearly."
    extra = [["member", "add", "gamma", "--lang", "en"]] + [
        ["comment", "add", "--member", m, "--draft", "ec@1", "--lang", "en", "--at", "Article 16", "--stance", stance,
         "--propose", text] for m in ("fjord", "gamma")]  # fmt: skip
    run = _store(tmp_path, *extra)
    result = run("decide", "--draft", "ec@1", "--accept-all", "--group-of", "1")
    assert (result.exit_code, result.output) == (1, f"Error: the group of comment #1 holds {stance} wordings of the "
                                                    f"translation, not wordings of the draft: there is nothing to accept "
                                                    f"or reject ({advice})\n")  # fmt: skip


def test_an_english_wording_the_committee_took_is_decided_on_the_tracking_sheet(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The merge lists a wording of the English text without merging it; the committee's English
    wording (here taken from it) settles it, and the tracking sheet says so, until it is edited."""
    import csv
    import io

    def status() -> tuple[str, str]:
        rows = list(csv.reader(io.StringIO(run("export", "--draft", "ec@1", "--format", "csv").stdout)))
        header, mine = rows[0], next(r for r in rows[1:] if r[0] == "1")
        return mine[header.index("状态")], mine[header.index("审查结果")]

    assert status() == ("待处理", "")
    assert run("decide", "--draft", "ec@1", "--article", "第十六条", "--text-en-from", "1").exit_code == 0
    from lawcomment import open_store

    with open_store(tmp_path / "lc.db") as store:
        (decision,) = store.decisions("ec@1")
    assert status() == ("委员会已采纳", f"委员会英文措辞（决定#{decision.id}）")
    # edited since: the decision answered other words; the comment is to be dealt with again
    assert run("comment", "edit", "1", "--propose", EN_16.format(n=45)).exit_code == 0
    assert status() == ("待处理", "")


_NEW_EN = "Platforms shall publish their complaint statistics every year."
_NEW_ZH = "电子商务平台经营者应当每年公布投诉处理情况。"


def test_a_new_provision_proposed_in_english_is_given_in_chinese_then_decided(tmp_path: Path) -> None:
    """(a web trial of 优化营商环境条例) A member's new article typed in English was listed, not
    merged, told to staff as "a wording of Article 9", and went out in no submission, no export
    saying so. It is said as a new provision; every submission warns of it; `comment translate`
    gives it in Chinese, as a remark forwarded with a translation is (the member's words kept:
    `comment undo` gives them back), and it is then a new unit like any other."""
    run = _store(tmp_path, ["comment", "add", "--member", "fjord", "--draft", "ec@1", "--lang", "en", "--at", "Article 16",
                            "--stance", "insert", "--propose", _NEW_EN, "--reason", "Transparency."])  # fmt: skip
    merged = run("merge", "--draft", "ec@1")
    assert ("warning: comment #1 proposes a new provision after Article 16 in the English translation (第十六条 (art_16)); "
            "it is listed, not merged, and goes out in no submission: give it in the draft's language (`lawcomment "
            "comment translate 1 --text \"…\"`), then accept or reject it") in merged.stdout, merged.stdout
    exported = run("export", "--draft", "ec@1", "--format", "md")
    assert ("warning: 1 article(s) have new provisions members proposed in the working translation; they are not in "
            "the md output until given in the draft's language (lawcomment comment translate COMMENT --text \"…\", "
            "then decide):\n  第十六条 (art_16): #1\n") in exported.stderr, exported.stderr
    assert json.loads(run("export", "--draft", "ec@1", "--format", "json").stdout)["positions"][0]["translation_open"] == [1]
    for args, message in (
            (["--text", "Platforms shall publish it."], "comment #1: 「Platforms shall publish it.」 is not in Chinese, the "
                                                       "draft's language"),
            (["--text", "  "], "comment #1: give the new provision's words in Chinese")):  # fmt: skip
        refused = run("comment", "translate", "1", *args)
        assert (refused.exit_code, refused.stderr) == (1, f"Error: {message}\n")
    done = run("comment", "translate", "1", "--text", f"第十六条之一　{_NEW_ZH}")
    assert (done.exit_code, done.stdout) == (0, f"comment #1 now proposes 「{_NEW_ZH}」 in the draft's language; accept or "
                                                "reject it with `lawcomment decide` (undo: lawcomment comment undo 1)\n")  # fmt: skip
    (c,) = json.loads(run("comment", "list", "--draft", "ec@1", "--format", "json").stdout)["comments"]
    assert (c["stance"], c["proposed_text"], c.get("lang"), c["body"]) == ("insert", _NEW_ZH, None, "Transparency.")
    assert c["note"] == "given in Chinese by staff; the member wrote it in the en translation (comment undo 1)"
    assert "new unit(s) proposed after it" in run("merge", "--draft", "ec@1").stdout
    assert run("decide", "--draft", "ec@1", "--article", "第十六条", "--accept", "n1").exit_code == 0
    md = run("export", "--draft", "ec@1", "--format", "md").stdout
    assert f"<ins>**第十六条之一**　{_NEW_ZH}</ins>" in md, md
    again = run("comment", "translate", "1", "--text", _NEW_ZH)
    assert (again.exit_code, again.stderr) == (1, "Error: comment #1 is in Chinese, the draft's language, already: correct "
                                                  "its wording with `comment edit 1 --propose …`\n")  # fmt: skip
    assert run("comment", "undo", "1").exit_code == 0
    (c,) = json.loads(run("comment", "list", "--draft", "ec@1", "--format", "json").stdout)["comments"]
    assert (c["proposed_text"], c.get("lang")) == (_NEW_EN, "en")


def test_only_a_new_provision_of_the_translation_is_given_in_the_drafts_language(run) -> None:  # type: ignore[no-untyped-def]
    result = run("comment", "translate", "1", "--text", ZH_16.format(n=60))
    assert (result.exit_code, result.stderr) == (1, "Error: comment #1 is no new provision: a wording of the en translation "
                                                    "is answered with the committee's own (`decide --text-en`, or "
                                                    "`--text-en-from 1`)\n")  # fmt: skip
