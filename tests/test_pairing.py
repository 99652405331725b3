"""Pairing a Chinese draft with its English translation: real pairs (tests/data/bilingual),
the cases translations differ in, a translation of another text refused, and the CLI."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from lawcomment import TranslationError, load_draft, parse_text
from lawcomment.cli import cli
from lawcomment.drafts import pair_drafts, pairing_text, rendered
from lawcomment.drafts.pairing import cues

PAIRS = Path(__file__).parent / "data" / "bilingual"
REAL = ["cn-pipl", "cn-csl-2026", "cn-genai-measures"]


@pytest.mark.parametrize("name", REAL)
def test_every_article_of_a_real_pair_pairs_and_every_miss_is_reported(name: str) -> None:
    zh, en = load_draft(PAIRS / name / "zh.txt"), load_draft(PAIRS / name / "en.txt")
    pairing = pair_drafts(zh, en)
    articles = [v.unit.eid for v in zh.articles()]
    assert pairing.articles == (len(articles), len(articles), len(en.articles()))
    assert all(pairing.target_of(a) == (a,) for a in articles)  # by number, one for one
    units = [u.eid for u in zh.walk()]
    paired = {p.source for p in pairing.pairs}
    assert len(paired) / len(units) >= 0.99
    # nothing is dropped: each unit of either side is paired or listed as not paired
    assert set(units) == paired | set(pairing.unpaired_source)
    covered = {e for p in pairing.pairs for e in p.target} | set(pairing.unpaired_target)
    assert covered == {u.eid for u in en.walk()}


def _closing_words(text: str) -> str:
    """The PIPL's English with Article 17's list ending in a semicolon: the lines after it then read
    as the list's closing words, and the article's three 款 as one paragraph."""
    return text.replace("provided by laws and administrative regulations.\nWhere any matter",
                        "provided by laws and administrative regulations;\nwhere any matter")


def test_a_paragraph_after_a_list_that_ended_is_a_paragraph_of_its_own() -> None:
    """The NPC's English of the PIPL sets each 款 after a list on its own line after an item that
    ends with a full stop: a paragraph, paired with its 款 (they read as the list's closing words
    before, and 7 articles were reported as merged); a 外商投资法 translation of a new user's trial
    left 第二条第三款 with no counterpart."""
    zh, en = load_draft(PAIRS / "cn-pipl" / "zh.txt"), load_draft(PAIRS / "cn-pipl" / "en.txt")
    pairing = pair_drafts(zh, en)
    assert not any(p.merged for p in pairing.pairs) and pairing.units == (256, 256)
    assert pairing.target_of("art_17__para_2") == ("art_17__para_2",)
    assert en.find("art_17__para_2").text == "Where any matter as set forth in the preceding paragraph changes, the " \
                                             "individual shall be informed of the change."
    assert pairing.source_of("art_13__para_1__item_7") == "art_13__para_1__item_7"


def test_paragraphs_a_translation_merged_are_reported_as_merged() -> None:
    zh = load_draft(PAIRS / "cn-pipl" / "zh.txt")
    en = parse_text(_closing_words((PAIRS / "cn-pipl" / "en.txt").read_text(encoding="utf-8")))
    pairing = pair_drafts(zh, en)
    assert sorted({p.source for p in pairing.pairs if p.merged}) == ["art_17__para_1", "art_17__para_2", "art_17__para_3"]
    assert pairing.target_of("art_17__para_3") == ("art_17__para_1",)


def test_the_rendering_of_each_unit_leaves_out_what_the_translation_merged() -> None:
    zh = load_draft(PAIRS / "cn-pipl" / "zh.txt")
    en = parse_text(_closing_words((PAIRS / "cn-pipl" / "en.txt").read_text(encoding="utf-8")))
    pairing = pair_drafts(zh, en)
    found = rendered(en, pairing)
    index = {u.eid: u for u in en.walk()}
    article = found["art_44"]
    assert (article.eids, article.label, article.own, article.exact) == (("art_44",), "Article 44", "", True)
    assert article.text == index["art_44"].body(" ")
    chapter = found["chp_1"]
    assert (chapter.label, chapter.heading, chapter.text) == ("Chapter I", "General Provisions", "General Provisions")
    item = found["art_13__para_1__item_7"]
    assert item.own == f"{index['art_13__para_1__item_7'].label} {index['art_13__para_1__item_7'].text}"
    merged = {p.source for p in pairing.pairs if p.merged}
    assert merged and not merged & set(found)  # their words cannot be told apart
    assert set(found) == {p.source for p in pairing.pairs} - merged


@pytest.mark.parametrize("draft, translation, why", [
    ("cn-pipl", "cn-csl-2026", r"the lengths of its articles do not follow the draft's \(correlation 0\.\d\d; first: "
                               r"第.+条 \(\d[\d,]* characters\) ↔ Article \d+"),
    ("cn-csl-2026", "cn-pipl", r"the lengths of its articles do not follow the draft's"),
    ("cn-genai-measures", "cn-pipl", r"only \d+ of its (?:24 articles pair with an article of the translation "
                                     r"\(74 articles\)|74 articles render an article of the draft \(24 articles\))"),
    ("cn-pipl", "cn-genai-measures", r"only \d+ of its 74 articles pair with an article of the translation"),
])  # fmt: skip
def test_a_translation_of_another_law_is_refused_naming_where(draft: str, translation: str, why: str) -> None:
    zh, en = load_draft(PAIRS / draft / "zh.txt"), load_draft(PAIRS / translation / "en.txt")
    with pytest.raises(TranslationError, match=rf"{translation}/en\.txt does not match {draft}/zh\.txt: {why}"):
        pair_drafts(zh, en, source_name=f"{draft}/zh.txt", target_name=f"{translation}/en.txt")


def renumbered(text: str, dropped: int) -> str:
    """The English text with Article ``dropped`` left out and the later ones numbered down."""
    out, skipping = [], False
    for line in text.splitlines():
        m = re.match(r"Article (\d+)(.*)", line)
        if m:
            skipping = int(m[1]) == dropped
            if int(m[1]) > dropped:
                line = f"Article {int(m[1]) - 1}{m[2]}"
        if not skipping:
            out.append(line)
    return "\n".join(out) + "\n"


def _never_beside_another(pairing, dropped: int, shift: int) -> None:
    """No article of the draft is paired with a translated article that renders another: those
    before ``dropped`` with their own number, those after it with theirs less ``shift``."""
    for pair in pairing.pairs:
        if pair.source.startswith("art_") and "__" not in pair.source:
            n = int(pair.source[4:])
            assert n != dropped and pair.target == (f"art_{n - shift if n > dropped else n}",), pair


@pytest.mark.parametrize("name", REAL)
def test_a_translation_that_left_an_article_out_and_renumbered_the_rest(name: str) -> None:
    """Each article left out in turn: the draft's article is never shown beside its neighbour's
    translation. Where lengths cannot tell which one is missing, the articles around the gap stay
    unpaired, and the pairing says so (a new user's trial: 外商投资法 第十二条 printed beside the
    English of 第十三条)."""
    zh = load_draft(PAIRS / name / "zh.txt")
    text = (PAIRS / name / "en.txt").read_text(encoding="utf-8")
    doubtful = 0
    for dropped in range(1, len(zh.articles()) + 1):
        pairing = pair_drafts(zh, parse_text(renumbered(text, dropped)))
        _never_beside_another(pairing, dropped, 1)
        articles = [e for e in pairing.unpaired_source if e.startswith("art_") and "__" not in e]
        assert f"art_{dropped}" in articles
        if len(articles) > 1:
            doubtful += 1
            assert [list(ours) for ours, _ in pairing.doubtful] == [articles]
    assert doubtful < len(zh.articles())  # (most gaps are placed by their lengths)


@pytest.mark.parametrize("shape", [(0, 1), (0, 2), (0, 3), (0, 1, 2), (0, 2, 4)])
def test_articles_left_out_near_each_other_and_renumbered_are_never_set_beside_another_s_english(
        shape: tuple[int, ...]) -> None:  # fmt: skip
    """Two or three articles left out together or a few apart, the rest renumbered (a stranger's
    review: 第八条 beside the English of 第十条, nothing said): gaps a few pairs apart are weighed as
    one, all or some of them moved, so no article is ever paired with another's English; those whose
    place is in doubt are unpaired and said."""
    zh = load_draft(PAIRS / "cn-genai-measures" / "zh.txt")
    text = (PAIRS / "cn-genai-measures" / "en.txt").read_text(encoding="utf-8")
    for k in range(1, len(zh.articles()) - max(shape) + 1):
        drops = [k + d for d in shape]
        en = text
        for d in sorted(drops, reverse=True):
            en = renumbered(en, d)
        pairing = pair_drafts(zh, parse_text(en))
        for pair in pairing.pairs:
            if pair.source.startswith("art_") and "__" not in pair.source:
                n = int(pair.source[4:])
                assert n not in drops and pair.target == (f"art_{n - sum(d < n for d in drops)}",), (drops, pair)
        assert {f"art_{d}" for d in drops} <= set(pairing.unpaired_source)


@pytest.mark.parametrize("name", REAL)
def test_a_translation_that_left_an_article_out_and_kept_the_numbers(name: str) -> None:
    zh = load_draft(PAIRS / name / "zh.txt")
    text = (PAIRS / name / "en.txt").read_text(encoding="utf-8")
    for dropped in range(2, len(zh.articles())):  # (a number skipped: the first and last run on without one)
        kept = re.sub(rf"(?m)^Article {dropped} .*\n(?:(?!Article \d|Chapter ).*\n)*", "", text)
        pairing = pair_drafts(zh, parse_text(kept))
        _never_beside_another(pairing, dropped, 0)
        assert [e for e in pairing.unpaired_source if e.startswith("art_") and "__" not in e] == [f"art_{dropped}"]
        assert pairing.doubtful == ()


def test_a_translation_of_some_chapters_pairs_them_and_reports_the_rest() -> None:
    zh = load_draft(PAIRS / "cn-pipl" / "zh.txt")
    text = (PAIRS / "cn-pipl" / "en.txt").read_text(encoding="utf-8")
    first = parse_text(text[:text.index("Chapter III")])  # its first two chapters
    n = len(first.articles())
    pairing = pair_drafts(zh, first)
    assert n > 20 and pairing.articles == (n, 74, n)
    assert all(pairing.target_of(f"art_{k}") == (f"art_{k}",) for k in range(1, n + 1))
    assert f"art_{n + 1}" in pairing.unpaired_source and pairing.doubtful == ()


@pytest.mark.parametrize("name", REAL)
def test_a_translation_of_the_first_chapters_pairs_by_number_whatever_their_lengths(name: str) -> None:
    """A trial: an English Chapter I (Articles 1-7, the draft's own numbers) of the Advertising Law
    was refused, "only 2 of its 74 articles pair": its numbers run on without a gap, so only lengths
    were weighed. The first one, two … chapters of each real pair, whole and under the draft's
    numbers, pair article for article; one that left an article out and numbered the rest on is
    still never set beside another's English (it is aligned by lengths, or refused, as before)."""
    zh = load_draft(PAIRS / name / "zh.txt")
    text = (PAIRS / name / "en.txt").read_text(encoding="utf-8")
    cuts = [m.start() for m in re.finditer(r"(?m)^Chapter ", text)][1:]
    for cut in cuts:
        first = parse_text(text[:cut])
        n = len(first.articles())
        pairing = pair_drafts(zh, first)
        assert pairing.articles == (n, len(zh.articles()), n), (name, n)
        assert all(pairing.target_of(f"art_{k}") == (f"art_{k}",) for k in range(1, n + 1)), (name, n)
        if n > 2:  # its second article left out, the rest numbered on: aligned as before, or refused
            try:
                pairing = pair_drafts(zh, parse_text(renumbered(text[:cut], 2)))
            except TranslationError:
                continue
            _never_beside_another(pairing, 2, 1)


def test_a_doubtful_gap_is_said_and_kept() -> None:
    zh = load_draft(PAIRS / "cn-pipl" / "zh.txt")
    en = parse_text(renumbered((PAIRS / "cn-pipl" / "en.txt").read_text(encoding="utf-8"), 8))
    pairing = pair_drafts(zh, en)
    assert len(pairing.doubtful) == 1
    ours, theirs = pairing.doubtful[0]
    assert "art_8" in ours and len(theirs) == len(ours) - 1
    assert type(pairing).from_dict(json.loads(json.dumps(pairing.to_dict()))) == pairing
    said = pairing_text(zh, en, pairing)
    assert f"in doubt: the translation leaves out one of {ours_cited(ours)} and numbers the rest on, and " \
                     "their lengths cannot tell which: none of them is paired" in said


def ours_cited(eids: tuple[str, ...]) -> str:
    from lawcomment.drafts import cite

    return ", ".join(cite(e, "zh") for e in eids)


def test_sections_pair_under_their_own_chapter() -> None:
    zh = "示例法\n第一章　总则\n第一节　一般规定\n第一条　甲。\n第二节　特别规定\n第二条　乙。\n" \
         "第二章　罚则\n第一节　行政处罚\n第三条　丙。\n第二节　刑事责任\n第四条　丁。\n"
    en = "Example Law\nChapter I General\nSection 1 General Rules\nArticle 1 A.\nSection 2 Special Rules\n" \
         "Article 2 B.\nChapter II Penalties\nSection 1 Administrative\nArticle 3 C.\nSection 2 Criminal\nArticle 4 D.\n"
    pairing = pair_drafts(parse_text(zh), parse_text(en))
    assert pairing.target_of("chp_2__sec_1") == ("chp_2__sec_1",) and pairing.unpaired_source == ()


def test_a_translation_in_the_draft_s_own_language_is_refused() -> None:
    zh = load_draft(PAIRS / "cn-pipl" / "zh.txt")
    with pytest.raises(TranslationError, match=r"is in the same language as"):
        pair_drafts(zh, zh)


ZH = """示例法
第一章　总则
第一条　为了规范示例活动，制定本法。
第二条　经营者应当在三十日内办理登记。
个人销售自产农副产品的，不需要登记。
第二章　经营者
第三条　经营者应当履行下列义务：
（一）公示营业执照信息；
（二）保护消费者个人信息。
第三条之一　违反本法第二条规定的，处五万元以下罚款。
第四条　本法自2025年1月1日起施行。
"""
EN = """Example Law
Chapter I General Provisions
Article 1 This Law is enacted to regulate example activities.
Article 2 An operator shall register within 30 days. A natural person selling farm products they produce needs no registration.
Article 3 An operator shall:
(a) publish its business licence;
(b) protect consumers' personal information.
Article 3-1 Whoever violates Article 2 of this Law shall be fined not more than 50,000 yuan.
Article 4 This Law shall come into force on January 1, 2025.
"""


def test_the_ways_translations_differ() -> None:
    pairing = pair_drafts(parse_text(ZH), parse_text(EN))
    # 第三条之一 ↔ Article 3-1; （一） ↔ (a); two 款 rendered as one paragraph
    assert pairing.target_of("art_3-1") == ("art_3-1",)
    assert pairing.target_of("art_3__para_1__item_2") == ("art_3__para_1__item_2",)
    assert [p.merged for p in pairing.pairs if p.source.startswith("art_2__")] == [True, True]
    # the translation leaves out 第二章's heading: the chapter is reported, its articles still pair
    assert pairing.unpaired_source == ("chp_2",) and pairing.unpaired_target == ()
    assert pairing.articles == (5, 5, 5)


@pytest.mark.parametrize("text, expected", [
    ("违反本法第二条规定的，处五万元以下罚款。", {"art:2": 1, "50000": 1}),
    ("Whoever violates Article 2 of this Law shall be fined not more than 50,000 yuan.", {"art:2": 1, "50000": 1}),
    ("百分之十五", {"15%": 1}), ("15 percent", {"15%": 1}), ("15%", {"15%": 1}),
    ("三十日内", {"30": 1}), ("within thirty days", {"30": 1}), ("第十二条之一", {"art:12-1": 1}),
    ("Article 12-1", {"art:12-1": 1}), ("统一的二级市场", {}),  # a bare 一 or 二 is a word, not a number
    # an amount with its scale in words is the whole amount (a bilingual trial: 三百万元 beside 5 million yuan unsaid)
    ("处三百万元以下的罚款", {"3000000": 1}), ("a fine of up to 3 million yuan", {"3000000": 1}),
    ("five million yuan", {"5000000": 1}), ("1.5 billion yuan", {"1500000000": 1}), ("处5万元以上50万元以下", {"50000": 1, "500000": 1}),
    ("RMB 1,000,000", {"1000000": 1}), ("2.5 times", {"2.5": 1}),
    # (a stranger's review) in decimal, never 4099999.999…; a number word only on its own, else no cue, never a wrong one
    ("4.1 million yuan", {"4100000": 1}), ("处四百一十万元", {"4100000": 1}), ("a fine of three million yuan", {"3000000": 1}),
    ("three hundred thousand yuan", {}), ("twenty-five million yuan", {}), ("one hundred and five million", {}),
])  # fmt: skip
def test_what_survives_translation(text: str, expected: dict[str, int]) -> None:
    assert cues(text) == Counter(expected)


def test_split_with_a_translation_prints_both_outlines(runner, tmp_path: Path) -> None:
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text(ZH, encoding="utf-8")
    en.write_text(EN, encoding="utf-8")
    r = runner.invoke(cli, ["split", str(zh), "--translation", str(en)])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == "第一章　总则  ↔  Chapter I General Provi…"
    assert "      第二条第一款 merged into Article 2(1)" in lines
    assert "第二章　经营者  ↔  (not paired)" in lines
    assert lines[-4:] == ["5 of 5 articles paired (the translation has 5); 14 of 15 units of the draft paired, "
                          "2 of them merged by the translation",
                          "not paired in the draft: 第二章 (chp_2)", "not paired in the translation: none",
                          "too few articles to tell whether the translation renders this draft or another text: "
                          "check the pairs above"]  # fmt: skip
    data = json.loads(runner.invoke(cli, ["split", str(zh), "--translation", str(en), "--format", "json"]).stdout)
    assert data["schema"] == "lawcomment.pairing/1" and data["articles"] == {"paired": 5, "source": 5, "target": 5}


def test_split_refuses_a_translation_of_another_law(runner) -> None:
    r = runner.invoke(cli, ["split", str(PAIRS / "cn-pipl" / "zh.txt"), "--translation",
                            str(PAIRS / "cn-csl-2026" / "en.txt")])  # fmt: skip
    assert r.exit_code == 1
    assert r.output.startswith(f"Error: {PAIRS / 'cn-csl-2026' / 'en.txt'} does not match {PAIRS / 'cn-pipl' / 'zh.txt'}")


def test_draft_add_keeps_the_translation_and_refuses_another_laws(runner, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    assert runner.invoke(cli, ["--db", db, "init"]).exit_code == 0
    r = runner.invoke(cli, ["--db", db, "draft", "add", str(PAIRS / "cn-pipl" / "zh.txt"), "--name", "pipl",
                            "--version", "1", "--translation", str(PAIRS / "cn-pipl" / "en.txt")])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[-1] == ("added the en translation of pipl@1 from en.txt: 74 of 74 articles paired, "
                                         "256 of 256 units")  # fmt: skip
    listed = json.loads(runner.invoke(cli, ["--db", db, "draft", "list", "--format", "json"]).stdout)
    assert listed["drafts"][0]["translations"] == ["en"]
    # a translation of another law: nothing is stored, the draft neither
    r = runner.invoke(cli, ["--db", db, "draft", "add", str(PAIRS / "cn-csl-2026" / "zh.txt"), "--name", "csl",
                            "--version", "1", "--translation", str(PAIRS / "cn-pipl" / "en.txt")])  # fmt: skip
    assert r.exit_code == 1 and r.output.startswith(f"Error: {PAIRS / 'cn-pipl' / 'en.txt'} does not match csl@1 (zh.txt)")
    listed = json.loads(runner.invoke(cli, ["--db", db, "draft", "list", "--format", "json"]).stdout)
    assert [d["ref"] for d in listed["drafts"]] == ["pipl@1"]
    from lawcomment import open_store

    with open_store(db) as store:
        kept = store.translation("pipl@1")
        assert kept is not None and kept.pairing().articles == (74, 74, 74)
        assert kept.load().articles()[0].unit.label == "Article 1"


def test_draft_add_says_which_articles_a_doubtful_gap_left_unpaired_and_comments_there_are_refused(
        runner, tmp_path: Path) -> None:  # fmt: skip
    db, en = str(tmp_path / "t.db"), tmp_path / "en.txt"
    en.write_text(renumbered((PAIRS / "cn-pipl" / "en.txt").read_text(encoding="utf-8"), 8), encoding="utf-8")
    assert runner.invoke(cli, ["--db", db, "init"]).exit_code == 0
    assert runner.invoke(cli, ["--db", db, "member", "add", "acme", "--org", "Acme"]).exit_code == 0
    r = runner.invoke(cli, ["--db", db, "draft", "add", str(PAIRS / "cn-pipl" / "zh.txt"), "--name", "pipl",
                            "--version", "1", "--translation", str(en)])  # fmt: skip
    assert r.exit_code == 0, r.output
    pairing = pair_drafts(load_draft(PAIRS / "cn-pipl" / "zh.txt"), parse_text(en.read_text(encoding="utf-8")))
    (ours, theirs), = pairing.doubtful
    assert (f"warning: the translation leaves out one of {ours_cited(ours)} and numbers the rest on, and their "
            f"lengths cannot tell which: none of them is paired (the translation's "
            f"{', '.join('Article ' + e[4:] for e in theirs)}), so no translation is shown beside them and comments "
            "citing those translated articles are refused; number the translation's articles as the draft's (a "
            "left-out article's number skipped) to pair them") in r.stderr.splitlines()
    r = runner.invoke(cli, ["--db", db, "comment", "add", "--draft", "pipl@1", "--member", "acme", "--lang", "en",
                            "--at", f"Article {theirs[0][4:]}", "--propose", "Anything."])  # fmt: skip
    assert r.exit_code == 1 and r.output.startswith("Error: ")
    assert runner.invoke(cli, ["--db", db, "comment", "list", "--draft", "pipl@1", "--format", "json"]).stdout.count(
        '"id"') == 0  # fmt: skip


def test_a_translation_added_to_a_stored_draft_is_not_said_to_change_nothing(runner, tmp_path: Path) -> None:
    db, zh = str(tmp_path / "t.db"), str(PAIRS / "cn-genai-measures" / "zh.txt")
    runner.invoke(cli, ["--db", db, "init"])
    assert runner.invoke(cli, ["--db", db, "draft", "add", zh, "--name", "g", "--version", "1"]).exit_code == 0
    r = runner.invoke(cli, ["--db", db, "draft", "add", zh, "--name", "g", "--version", "1", "--translation",
                            str(PAIRS / "cn-genai-measures" / "en.txt")])  # fmt: skip
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == "g@1 is already stored from this file"  # (a new user's trial read "; nothing changed" here)
    assert lines[1].startswith("added the en translation of g@1 from en.txt: 24 of 24 articles paired")


def test_a_translation_moves_with_store_copy(runner, tmp_path: Path) -> None:
    src, dst = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    runner.invoke(cli, ["--db", src, "init"])
    runner.invoke(cli, ["--db", src, "draft", "add", str(PAIRS / "cn-genai-measures" / "zh.txt"), "--name", "ai",
                        "--version", "1", "--translation", str(PAIRS / "cn-genai-measures" / "en.txt")])  # fmt: skip
    r = runner.invoke(cli, ["store", "copy", src, dst])
    assert r.exit_code == 0, r.output
    from lawcomment import open_store

    with open_store(dst) as store:
        kept = store.translation("ai@1")
        assert kept is not None and kept.pairing().articles == (24, 24, 24) and len(kept.load().articles()) == 24


def test_the_bundled_example_has_its_english_working_translation() -> None:
    examples = Path(__file__).parents[1] / "examples" / "ecommerce"
    zh, en = load_draft(examples / "draft-v1.md"), load_draft(examples / "draft-v1-en.md")
    pairing = pair_drafts(zh, en)
    assert en.profile == "en" and pairing.articles == (57, 57, 57)
    assert pairing.units == (150, 150) and pairing.unpaired_target == () and not any(p.merged for p in pairing.pairs)


def test_the_patent_law_example_has_its_english_working_translation(runner, tmp_path: Path) -> None:
    examples = Path(__file__).parents[1] / "examples" / "patent" / "bilingual"
    zh, en = load_draft(examples / "draft-zh.md"), load_draft(examples / "draft-en.md")
    pairing = pair_drafts(zh, en)
    assert pairing.articles == (33, 33, 33) and pairing.units == (118, 118) and pairing.unpaired_target == ()
    assert all(pairing.target_of(v.unit.eid) == (v.unit.eid,) for v in zh.articles())
    # the 款 after 第二十五条's items is a paragraph of its own in English too (the list ended with a full stop)
    assert not any(p.merged for p in pairing.pairs) and pairing.target_of("art_25__para_2") == ("art_25__para_2",)
    # a comment on the English text, the committee's wordings, the bilingual table: through the CLI
    db = str(tmp_path / "p.db")
    article = next(v.unit for v in en.articles() if v.unit.label == "Article 29")
    first = article.body(" ").split("\n")[0]
    assert "within twelve months" in first
    for args in (["init"], ["draft", "add", str(examples / "draft-zh.md"), "--name", "patent", "--version", "1",
                            "--translation", str(examples / "draft-en.md")],
                 ["member", "add", "acme", "--lang", "en"],
                 ["comment", "add", "--member", "acme", "--draft", "patent@1", "--lang", "en", "--at", "Article 29(1)",
                  "--propose", first.replace("within twelve months", "within eighteen months")],
                 ["decide", "--draft", "patent@1", "--article", "第二十九条", "--text-en-from", "1", "--text",
                  next(v.unit for v in zh.articles() if v.unit.label == "第二十九条").body().replace("十二个月", "十八个月")],
                 ["export", "--draft", "patent@1", "--format", "docx", "--layout", "table", "--lang", "zh+en",
                  "-o", str(tmp_path / "p.docx")]):  # fmt: skip
        r = runner.invoke(cli, ["--db", db, *args])
        assert r.exit_code == 0, (args, r.output)
    md = runner.invoke(cli, ["--db", db, "export", "--draft", "patent@1", "--format", "md", "--lang", "zh+en"]).stdout
    assert "## 一、关于第二十九条\u3000Article 29" in md and "<del>十二个月</del><ins>十八个月</ins>" in md
    assert "within <del>twelve</del><ins>eighteen</ins> months" in md and "Supported by 1 member" in md


@pytest.fixture
def bilingual_store(runner, tmp_path: Path) -> str:
    db = str(tmp_path / "b.db")
    runner.invoke(cli, ["--db", db, "init"])
    runner.invoke(cli, ["--db", db, "draft", "add", str(PAIRS / "cn-pipl" / "zh.txt"), "--name", "pipl", "--version", "1",
                        "--translation", str(PAIRS / "cn-pipl" / "en.txt")])  # fmt: skip
    runner.invoke(cli, ["--db", db, "member", "add", "acme", "--org", "ACME"])
    return db


ENGLISH = ("Where personal information is processed based on individual consent, such consent shall be given by the "
           "individual voluntarily, explicitly and in writing on the premise of full knowledge.")  # fmt: skip


def test_a_copy_of_the_english_translation_for_members_to_mark_up_comes_back_as_english_wordings(
        runner, bilingual_store: str, tmp_path: Path) -> None:  # fmt: skip
    """``export --format draft --lang en`` writes the translation, not the Chinese draft (a new user's
    trial got the Chinese draft, silently); its tracked change comes back as an English wording of
    the Chinese unit it renders."""
    import zipfile

    from lawcomment.testing import Edit, mark_up

    db, clean, marked = bilingual_store, tmp_path / "for-members-en.docx", tmp_path / "acme-en.docx"
    r = runner.invoke(cli, ["--db", db, "export", "--draft", "pipl@1", "--format", "draft", "--lang", "en", "-o",
                            str(clean)])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert r.output == (f"wrote {clean} (draft): the en translation of pipl@1 as it stands, 74 article(s), for members "
                        "to mark up\n")  # fmt: skip
    copy = load_draft(clean)
    en = load_draft(PAIRS / "cn-pipl" / "en.txt")
    assert [(a.unit.label, a.unit.body(" ")) for a in copy.articles()] == [(a.unit.label, a.unit.body(" "))
                                                                          for a in en.articles()]  # fmt: skip
    assert not re.search(r"[\u4e00-\u9fff]", zipfile.ZipFile(clean).read("word/document.xml").decode())
    mark_up(clean, marked, [Edit("ACME Legal", "shall be voluntary, explicit, and fully informed",
                                 replace="shall be voluntary, explicit, fully informed and in writing")])  # fmt: skip
    r = runner.invoke(cli, ["--db", db, "comment", "import", str(marked), "--draft", "pipl@1", "--member", "acme"])
    assert r.exit_code == 0, r.output
    (c,) = json.loads(runner.invoke(cli, ["--db", db, "comment", "list", "--draft", "pipl@1", "--format",
                                          "json"]).stdout)["comments"]  # fmt: skip
    assert (c["eid"], c["lang"]) == ("art_14", "en") and "fully informed and in writing" in c["proposed_text"]


def test_a_copy_without_lang_is_the_draft_s_own_whatever_the_labels_default(runner, tmp_path: Path) -> None:
    """An English draft with a Chinese translation: `export --format draft` with no --lang is the
    English draft (--lang's default names the labels of the other formats; a stranger's review got
    the Chinese translation); with --lang zh, its Chinese translation."""
    db, out = str(tmp_path / "e.db"), tmp_path / "copy.docx"
    runner.invoke(cli, ["--db", db, "init"])
    assert runner.invoke(cli, ["--db", db, "draft", "add", str(PAIRS / "cn-pipl" / "en.txt"), "--name", "pipl", "--version",
                               "1", "--translation", str(PAIRS / "cn-pipl" / "zh.txt")]).exit_code == 0  # fmt: skip
    r = runner.invoke(cli, ["--db", db, "export", "--draft", "pipl@1", "--format", "draft", "-o", str(out)])
    assert r.output == f"wrote {out} (draft): pipl@1 as it stands, 74 article(s), for members to mark up\n"
    assert load_draft(out).articles()[0].unit.label == "Article 1"
    r = runner.invoke(cli, ["--db", db, "export", "--draft", "pipl@1", "--format", "draft", "--lang", "zh", "-o", str(out)])
    assert r.output.startswith(f"wrote {out} (draft): the zh translation of pipl@1 as it stands")
    assert load_draft(out).articles()[0].unit.label == "第一条"


def test_a_copy_in_a_language_the_draft_has_no_translation_into_is_refused(runner, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    runner.invoke(cli, ["--db", db, "init"])
    runner.invoke(cli, ["--db", db, "draft", "add", str(PAIRS / "cn-pipl" / "zh.txt"), "--name", "pipl", "--version", "1"])
    out = tmp_path / "copy.docx"
    r = runner.invoke(cli, ["--db", db, "export", "--draft", "pipl@1", "--format", "draft", "--lang", "en", "-o", str(out)])
    assert r.exit_code == 1 and not out.exists()
    assert r.output.startswith("Error: ") and ("pipl@1 is in Chinese and has no English translation to copy for members "
                                               "(--format draft --lang en): add one with `lawcomment draft add DRAFT "
                                               "--name NAME --version N --translation FILE`, or leave out --lang") in r.output  # fmt: skip


def test_a_comment_on_the_english_text_is_anchored_at_the_unit_it_renders(runner, bilingual_store: str) -> None:
    db = bilingual_store
    r = runner.invoke(cli, ["--db", db, "comment", "add", "--member", "acme", "--draft", "pipl@1", "--at", "Article 14(1)",
                            "--lang", "en", "--propose", ENGLISH, "--reason", "Consent in writing"])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert r.stdout == "added comment #1 by acme on Article 14(1) of the en translation, at 第十四条第一款 (art_14__para_1) (amend)\n"
    assert r.stderr == ""  # where it is stored is in the line above: nothing to warn about
    # the member's Chinese wording of the same 款 stands beside it: another language replaces nothing
    r = runner.invoke(cli, ["--db", db, "comment", "add", "--member", "acme", "--draft", "pipl@1", "--at", "第十四条第一款",
                            "--propose", "基于个人同意处理个人信息的，该同意应当由个人在充分知情的前提下自愿、明确、书面作出。"])  # fmt: skip
    assert r.exit_code == 0 and "replaces" not in r.stdout
    listed = runner.invoke(cli, ["--db", db, "comment", "list", "--draft", "pipl@1"]).stdout.splitlines()
    assert listed[1].startswith("#1  第十四条第一款 [en]  acme") and listed[2].startswith("#2  第十四条第一款       acme")
    data = json.loads(runner.invoke(cli, ["--db", db, "comment", "list", "--draft", "pipl@1", "--format", "json"]).stdout)
    assert [c.get("lang") for c in data["comments"]] == ["en", None]
    # the English wording is listed, never merged into the Chinese text
    merged = runner.invoke(cli, ["--db", db, "merge", "--draft", "pipl@1", "--article", "14"]).stdout
    assert "comment #1 proposes a wording of Article 14(1) in the English translation (第十四条第一款 (art_14__para_1))" in merged
    assert "voluntarily" not in merged.split("warning:")[0]
    # the same comment again adds nothing
    r = runner.invoke(cli, ["--db", db, "comment", "add", "--member", "acme", "--draft", "pipl@1", "--at", "Article 14(1)",
                            "--lang", "en", "--propose", ENGLISH, "--reason", "Consent in writing"])  # fmt: skip
    assert r.exit_code == 1 and "already made this exact comment" in r.output


@pytest.mark.parametrize("args, message", [
    (["--at", "Article 99", "--lang", "en", "--reason", "x"], "the en translation of pipl@1 has no Article 99"),
    (["--at", "Article 14", "--lang", "en", "--reason", "x", "--quote", "written consents"],
     "Error: the quote 'written consents' is not in Article 14 (art_14) of the en translation"),
    (["--at", "Article 14", "--lang", "en", "--propose", "Consent shall be written.", "--quote", "written consent"],
     "Error: a quote of the en translation ('written consent') is not taken with a wording of it: give the unit's "
     "whole wording, without the quote"),
])  # fmt: skip
def test_a_comment_on_the_english_text_that_cannot_be_placed(runner, bilingual_store: str, args: list[str],
                                                             message: str) -> None:  # fmt: skip
    r = runner.invoke(cli, ["--db", bilingual_store, "comment", "add", "--member", "acme", "--draft", "pipl@1", *args])
    assert r.exit_code == 1 and message in r.output


def test_a_quote_of_the_english_text_is_checked_there_and_kept_with_the_remark(runner, bilingual_store: str,
                                                                              tmp_path: Path) -> None:  # fmt: skip
    """The English words a member asks about (a typed comment, a CSV row with lang en) are looked up in
    the translation, not the Chinese unit (a new user's trial: 'the quote … is not in 第十条第二款'),
    and kept at the start of the remark, as a marked-up English copy keeps them."""
    db = bilingual_store
    r = runner.invoke(cli, ["--db", db, "comment", "add", "--member", "acme", "--draft", "pipl@1", "--at", "Article 14",
                            "--lang", "en", "--quote", "separate consent", "--stance", "question",
                            "--reason", "Is this the same as 单独同意?"])  # fmt: skip
    assert r.exit_code == 0, r.output
    rows = tmp_path / "c.csv"
    rows.write_text("member,article,quote,reason,stance,lang\n"
                    "acme,Article 14,fully informed,Who decides what is enough?,question,en\n", encoding="utf-8")
    r = runner.invoke(cli, ["--db", db, "comment", "import", str(rows), "--draft", "pipl@1"])
    assert r.exit_code == 0, r.output
    listed = json.loads(runner.invoke(cli, ["--db", db, "comment", "list", "--draft", "pipl@1", "--format",
                                            "json"]).stdout)["comments"]  # fmt: skip
    assert [(c["eid"], c["lang"], c["body"], c["quote"]) for c in listed] == [
        ("art_14", "en", "“separate consent”: Is this the same as 单独同意?", ""),
        ("art_14", "en", "“fully informed”: Who decides what is enough?", "")]  # fmt: skip
    rows.write_text("member,article,quote,reason,stance,lang\n"
                    "acme,Article 14,fully informd,Who decides?,question,en\n", encoding="utf-8")
    r = runner.invoke(cli, ["--db", db, "comment", "import", str(rows), "--draft", "pipl@1"])
    assert r.exit_code == 1
    assert "  row 2: the quote 'fully informd' is not in Article 14 (art_14) of the en translation" in r.output.splitlines()


def test_english_comments_need_a_translation(runner, tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    runner.invoke(cli, ["--db", db, "init"])
    runner.invoke(cli, ["--db", db, "draft", "add", str(PAIRS / "cn-pipl" / "zh.txt"), "--name", "pipl", "--version", "1"])
    runner.invoke(cli, ["--db", db, "member", "add", "acme"])
    r = runner.invoke(cli, ["--db", db, "comment", "add", "--member", "acme", "--draft", "pipl@1", "--at", "Article 14",
                            "--lang", "en", "--reason", "x"])  # fmt: skip
    assert r.exit_code == 1 and "pipl@1 has no en translation" in r.output


def test_an_english_wording_survives_the_next_reading_an_edit_a_round_trip_and_adoption(runner, bilingual_store: str,
                                                                                       tmp_path: Path) -> None:  # fmt: skip
    db = bilingual_store
    run = lambda *a: runner.invoke(cli, ["--db", db, *a])
    assert run("comment", "add", "--member", "acme", "--draft", "pipl@1", "--at", "Article 14(1)", "--lang", "en",
               "--propose", ENGLISH, "--reason", "in writing").exit_code == 0  # fmt: skip
    assert run("comment", "add", "--member", "acme", "--draft", "pipl@1", "--at", "Article 20(1)", "--lang", "en",
               "--stance", "delete", "--reason", "drop it").exit_code == 0  # fmt: skip
    merged = run("merge", "--draft", "pipl@1", "--article", "20").stdout
    assert "proposes a deletion of Article 20(1) in the English translation" in merged and "c1" not in merged  # listed, never merged
    # an edit of the English wording is not read against the Chinese 款
    edited = run("comment", "edit", "1", "--propose", ENGLISH.replace("in writing", "expressly in writing"))
    assert edited.exit_code == 0, edited.output
    # the next reading carries the language and the wording as written
    second = tmp_path / "zh2.txt"
    second.write_text((PAIRS / "cn-pipl" / "zh.txt").read_text(encoding="utf-8").replace("自愿、明确作出", "自愿、明确、书面作出"),
                      encoding="utf-8")  # fmt: skip
    r = run("draft", "add", str(second), "--name", "pipl", "--version", "2", "--supersedes", "1")
    assert r.exit_code == 0, r.output
    listed = json.loads(run("comment", "list", "--draft", "pipl@2", "--format", "json").stdout)["comments"]
    carried = {c["eid"]: c for c in listed}
    assert carried["art_14__para_1"]["lang"] == "en" and "expressly in writing" in carried["art_14__para_1"]["proposed_text"]
    assert carried["art_20__para_1"]["lang"] == "en"
    # adoption judges only the draft's own wordings
    assert "not adopted" not in run("adoption", "--draft", "pipl@1").stdout
    # comment list --format json → comment import keeps the language
    exported = tmp_path / "comments.json"
    exported.write_text(run("comment", "list", "--draft", "pipl@1", "--format", "json").stdout, encoding="utf-8")
    other = str(tmp_path / "o.db")
    for args in (["init"], ["draft", "add", str(PAIRS / "cn-pipl" / "zh.txt"), "--name", "pipl", "--version", "1"],
                 ["member", "add", "acme"], ["comment", "import", str(exported), "--draft", "pipl@1"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", other, *args]).exit_code == 0
    again = json.loads(runner.invoke(cli, ["--db", other, "comment", "list", "--draft", "pipl@1", "--format", "json"]).stdout)
    assert [c.get("lang") for c in again["comments"]] == ["en", "en"]


def test_the_tracking_sheet_marks_a_comment_on_the_english_text(runner, bilingual_store: str) -> None:
    import csv
    import io

    db = bilingual_store
    runner.invoke(cli, ["--db", db, "comment", "add", "--member", "acme", "--draft", "pipl@1", "--at", "Article 14(1)",
                        "--lang", "en", "--propose", ENGLISH, "--reason", "in writing"])  # fmt: skip
    r = runner.invoke(cli, ["--db", db, "export", "--draft", "pipl@1", "--format", "csv", "--lang", "en",
                            "--include-unreviewed"])  # fmt: skip
    rows = list(csv.reader(io.StringIO(r.stdout_bytes.decode("utf-8-sig"))))
    lang = rows[0].index("lang")
    assert rows[0][lang:] == ["lang", "note"] and rows[1][lang] == "en" and rows[1][9] == ENGLISH


def test_the_next_reading_arrives_with_its_own_translation(runner, bilingual_store: str, tmp_path: Path) -> None:
    db = bilingual_store
    runner.invoke(cli, ["--db", db, "comment", "add", "--member", "acme", "--draft", "pipl@1", "--at", "Article 14(1)",
                        "--lang", "en", "--propose", ENGLISH, "--reason", "in writing"])  # fmt: skip
    zh2, en2 = tmp_path / "zh2.txt", tmp_path / "en2.txt"
    zh2.write_text((PAIRS / "cn-pipl" / "zh.txt").read_text(encoding="utf-8").replace("自愿、明确作出", "自愿、明确、书面作出"),
                   encoding="utf-8")  # fmt: skip
    english = (PAIRS / "cn-pipl" / "en.txt").read_text(encoding="utf-8")
    assert "shall be voluntary, explicit, and fully informed" in english
    en2.write_text(english.replace("shall be voluntary, explicit, and fully informed",
                                   "shall be voluntary, explicit, written and fully informed"), encoding="utf-8")
    r = runner.invoke(cli, ["--db", db, "draft", "add", str(zh2), "--name", "pipl", "--version", "2", "--supersedes", "1",
                            "--translation", str(en2)])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "added the en translation of pipl@2 from en2.txt: 74 of 74 articles paired" in r.stdout
    listed = json.loads(runner.invoke(cli, ["--db", db, "comment", "list", "--draft", "pipl@2", "--format", "json"]).stdout)
    (carried,) = listed["comments"]
    # the new translation rewrote words the member's wording changes too: those edits do not fit, the
    # others are moved onto the new text, and the member's own wording stays in the old comment
    assert (carried["eid"], carried["lang"]) == ("art_14__para_1", "en")
    assert carried["proposed_text"].startswith("Where personal information is processed based on individual consent, "
                                               "such consent shall be voluntary, explicit, written and fully informed.")
    assert carried["note"].endswith("did not fit (the new en translation rewrote those words); the member's own "
                                    "wording stays in comment #1")  # fmt: skip
    drafts = json.loads(runner.invoke(cli, ["--db", db, "draft", "list", "--format", "json"]).stdout)["drafts"]
    assert [(d["ref"], d["translations"]) for d in drafts] == [("pipl@1", ["en"]), ("pipl@2", ["en"])]


WRITTEN = "shall be voluntary, explicit, written and fully informed"


@pytest.mark.parametrize(("english_v2", "proposed", "status", "note"), [
    # the new translation changed other words of the 款: the member's wording is moved onto it
    (lambda t: t.replace("such provisions shall apply", "those provisions shall apply", 1),
     lambda t: t.replace("shall be voluntary, explicit, and fully informed", WRITTEN, 1)
                .replace("such provisions shall apply", "those provisions shall apply", 1),
     "open", "; proposal re-based onto the new text of the en translation"),
    # the new translation already reads as the member proposed
    (lambda t: t.replace("shall be voluntary, explicit, and fully informed", WRITTEN, 1),
     lambda t: t.replace("shall be voluntary, explicit, and fully informed", WRITTEN, 1),
     "adopted", "; adopted: the new en translation already reads as proposed"),
])  # fmt: skip
def test_an_english_wording_is_moved_onto_the_next_readings_translation(runner, bilingual_store: str, tmp_path: Path,
                                                                        english_v2, proposed, status: str,
                                                                        note: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    db = bilingual_store
    english = (PAIRS / "cn-pipl" / "en.txt").read_text(encoding="utf-8")
    para = next(line for line in english.splitlines() if line.startswith("Article 14 "))[len("Article 14 "):]
    wording = para.replace("shall be voluntary, explicit, and fully informed", WRITTEN)
    r = runner.invoke(cli, ["--db", db, "comment", "add", "--member", "acme", "--draft", "pipl@1", "--at", "Article 14(1)",
                            "--lang", "en", "--propose", wording])  # fmt: skip
    assert r.exit_code == 0, r.output
    zh2, en2 = tmp_path / "zh2.txt", tmp_path / "en2.txt"
    zh2.write_text((PAIRS / "cn-pipl" / "zh.txt").read_text(encoding="utf-8").replace("自愿、明确作出", "自愿、明确、书面作出"),
                   encoding="utf-8")  # fmt: skip
    en2.write_text(english_v2(english), encoding="utf-8")
    r = runner.invoke(cli, ["--db", db, "draft", "add", str(zh2), "--name", "pipl", "--version", "2", "--supersedes", "1",
                            "--translation", str(en2)])  # fmt: skip
    assert r.exit_code == 0, r.output
    listed = json.loads(runner.invoke(cli, ["--db", db, "comment", "list", "--draft", "pipl@2", "--all",
                                            "--format", "json"]).stdout)  # fmt: skip
    (carried,) = listed["comments"]
    assert (carried["eid"], carried["lang"], carried["status"]) == ("art_14__para_1", "en", status)
    assert carried["proposed_text"] == proposed(para)
    assert carried["note"].endswith(note)


@pytest.mark.parametrize(("zh", "en", "said"), [
    # the English wording raised to 5 million beside the Chinese 三百万: said, in digits anyone reads
    ("处三百万元以下的罚款", "a fine of up to 5 million yuan", "3,000,000 only in the draft's language; 5,000,000 only in the translation"),
    ("处三百万元以下的罚款", "a fine of up to 3 million yuan", None),
])  # fmt: skip
def test_the_committees_two_wordings_are_compared_amount_for_amount(zh: str, en: str, said: str | None) -> None:
    from lawcomment.exports.view import numbers_apart

    assert numbers_apart("处三百万元以下的罚款", "a fine of up to 3 million yuan", zh, en) == said


@pytest.mark.parametrize(("zh", "en", "said"), [
    # (a stranger's review) a commencement date given right in English was "apart": its month had no number
    ("本法自2027年3月1日起施行。", "This Law shall come into force on 1 March 2027.", None),
    ("本法自2027年3月1日起施行。", "This Law shall come into force on March 1, 2027.", None),
    ("本法自2027年1月1日起施行。", "This Law shall come into force on 1 January 2028.",
     "2027 only in the draft's language; 2028 only in the translation"),  # (a year as written, never 2,027)
    ("本法自2027年5月1日起施行。", "This Law may come into force on 1 June 2027.",
     "5 only in the draft's language; 6 only in the translation"),  # (may, the verb, is no month)
])  # fmt: skip
def test_a_date_is_compared_month_for_month(zh: str, en: str, said: str | None) -> None:
    from lawcomment.exports import numbers_apart

    assert numbers_apart("本法自公布之日起施行。", "This Law shall come into force on the date of its promulgation.", zh, en) == said


def test_a_partial_translation_says_what_it_leaves_unpaired_in_a_line_and_is_titled_as_given(runner, tmp_path: Path) -> None:
    """(a web trial of 网络安全法) An English translation of the first articles only listed every one of 184 unpaired
    units, thousands of characters in one line; and the English letter's title had no (Draft), the file's own
    heading having none. An unpaired article stands for its 款 and 项, a run of them is a range; --translation-title
    titles the translation."""
    db, en = str(tmp_path / "t.db"), tmp_path / "en.txt"
    whole = (PAIRS / "cn-pipl" / "en.txt").read_text(encoding="utf-8")
    en.write_text(whole[:whole.index("Article 31 ")], encoding="utf-8")  # Articles 1 to 30
    assert runner.invoke(cli, ["--db", db, "init"]).exit_code == 0
    r = runner.invoke(cli, ["--db", db, "draft", "add", str(PAIRS / "cn-pipl" / "zh.txt"), "--name", "pipl", "--version",
                            "1", "--translation", str(en), "--translation-title", "Personal Information Protection  Law (Draft)"])  # fmt: skip
    assert r.exit_code == 0, r.output
    (line,) = [x for x in r.stderr.splitlines() if x.startswith("warning: not paired in the draft: ")]
    assert "第三十一条 to 第七十四条 (art_31 to art_74, 44 articles)" in line and len(line) < 400, line
    assert "第三十二条第" not in line  # (a 款 of an article unpaired: said with it)
    # (a web trial) `split --translation` says them alike, where it printed every unit on one line
    shown = runner.invoke(cli, ["split", str(PAIRS / "cn-pipl" / "zh.txt"), "--translation", str(en)])
    (said,) = [x for x in shown.stdout.splitlines() if x.startswith("not paired in the draft: ")]
    assert "第三十一条 to 第七十四条 (art_31 to art_74, 44 articles)" in said and len(said) < 400, said
    from lawcomment import open_store

    with open_store(db) as store:
        kept = store.translation("pipl@1")
        assert kept is not None and kept.load().title == "Personal Information Protection Law (Draft)"
    # (a stranger's review) the same file titled again: the new title kept, not "unchanged"
    r = runner.invoke(cli, ["--db", db, "draft", "add", str(PAIRS / "cn-pipl" / "zh.txt"), "--name", "pipl", "--version",
                            "1", "--translation", str(en), "--translation-title", "PIPL (Draft, second)"])  # fmt: skip
    assert r.exit_code == 0 and "replaced the en translation" in r.stdout, r.output
    with open_store(db) as store:
        kept = store.translation("pipl@1")
        assert kept is not None and kept.load().title == "PIPL (Draft, second)"
    # an English wording of an article the translation does not cover: said so, never another article's id
    assert runner.invoke(cli, ["--db", db, "member", "add", "acme"]).exit_code == 0
    r = runner.invoke(cli, ["--db", db, "comment", "add", "--draft", "pipl@1", "--member", "acme", "--at", "第四十条",
                            "--propose", "Personal information may be transferred abroad where the individual consents."])  # fmt: skip
    assert (r.exit_code, r.stderr) == (1, "Error: the proposed wording is written in English, but the English working text "
                                          "does not cover 第四十条 (art_40): write the wording in Chinese, the draft's "
                                          "language, or give the suggestion in the reason as a remark\n")  # fmt: skip
    elsewhere = runner.invoke(cli, ["--db", db, "comment", "add", "--draft", "pipl@1", "--member", "acme", "--at",
                                    "第九十九条", "--propose", "Personal information may be transferred abroad."])  # fmt: skip
    assert elsewhere.exit_code == 1 and elsewhere.stderr.startswith("Error: pipl@1 has no 第九十九条 (art_99)")
    from lawcomment.exports import localized

    assert localized(r.stderr[7:-1], "zh", ids=False) == ("修改建议是用英文写的，但英文工作译本不含第四十条：请用中文（草案的语言）写出修改后的条文，"
                                                          "或把建议作为意见写在理由中")  # fmt: skip
    r = runner.invoke(cli, ["--db", db, "draft", "add", str(PAIRS / "cn-pipl" / "zh.txt"), "--name", "p2", "--version", "1",
                            "--translation-title", "X"])  # fmt: skip
    assert (r.exit_code, r.output.splitlines()[-1]) == (2, "Error: --translation-title titles the file given with --translation")
