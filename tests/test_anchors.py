"""anchors.resolve: every citation a person types (--at, CSV/JSON columns, forms, --article)
finds its unit, including items cited without their 款 as laws cite them (第三十一条第（五）项)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawcomment import CitationError, Kind, load_draft, parse_text
from lawcomment.cli import cli
from lawcomment.drafts.anchors import law_citation, resolve, unit_index

DRAFT = """第三十条 为了测试引用，制定本条。
第三十一条 电子商务经营者有下列行为之一的，责令限期改正：
（一）未公示营业执照信息的；
（二）未公示行政许可信息的；
（三）未公示终止经营信息的；
（四）未明示收费标准的；
（五）未依法出具发票的。
第三十一条之一 本条为新增条文。
第三十二条 平台经营者有下列行为之一的，责令限期改正：
（一）未核验经营者身份的；
（二）未保存交易信息的。
平台经营者有下列情形之一的，从重处罚：
（一）拒不改正的；
（二）造成严重后果的；
（三）阻碍监督检查的。
"""

EN = """Article 31
Scope
1. Traders shall:
(a) display their licence;
(b) display their prices.
Article 32
Duties
1. Platforms shall:
(a) verify traders.
2. Platforms shall not:
(a) hide fees.
"""

RESOLVED = [
    # (citation, eid)
    ("第三十一条第（五）项", "art_31__para_1__item_5"),  # one 款: laws cite its items without it
    ("第三十一条第(五)项", "art_31__para_1__item_5"),
    ("第三十一条第五项", "art_31__para_1__item_5"),
    ("本法第三十一条第（五）项", "art_31__para_1__item_5"),
    ("第三十一条第一款第（五）项", "art_31__para_1__item_5"),
    ("Article 31(e)", "art_31__para_1__item_5"),
    ("art_31__para_1__item_5", "art_31__para_1__item_5"),
    ("31", "art_31"),
    ("三十一", "art_31"),
    ("第三十一条", "art_31"),
    ("31-1", "art_31-1"),
    ("三十一之一", "art_31-1"),
    ("第三十一条之一", "art_31-1"),
    ("Article 31-1", "art_31-1"),
    ("第三十二条第二款第（三）项", "art_32__para_2__item_3"),
    ("第三十二条第二款", "art_32__para_2"),
    # (a trial of 网络数据安全管理条例) as members type them: a 项 by its label alone, 第 left out before the article
    ("第三十一条（五）", "art_31__para_1__item_5"),
    ("第三十一条(5)", "art_31__para_1__item_5"),
    ("第三十一条（五）项", "art_31__para_1__item_5"),
    ("第三十二条第二款（三）", "art_32__para_2__item_3"),
    ("三十一条", "art_31"),
    ("三十二条第二款", "art_32__para_2"),
]  # fmt: skip


@pytest.fixture(scope="module")
def draft():  # type: ignore[no-untyped-def]
    return parse_text(DRAFT)


@pytest.mark.parametrize(("citation", "eid"), RESOLVED)
def test_resolve(draft, citation: str, eid: str) -> None:  # type: ignore[no-untyped-def]
    assert resolve(draft, citation, "test@1").eid == eid
    assert resolve(draft, citation, "test@1", unit_index(draft)).eid == eid  # the bulk-import path


REFUSED = [
    ("第三十二条第（二）项",
     ("第三十二条第（二）项 does not say which 款: 第三十二条 in test@1 has 2 款, and 第（二）项 is in "
      "第三十二条第一款 (art_32__para_1), 第三十二条第二款 (art_32__para_2); cite it as 第三十二条第一款第（二）项")),
    ("第三十二条第（三）项",  # only the second 款 has a （三）项, but the citation is still not the law's
     ("第三十二条第（三）项 does not say which 款: 第三十二条 in test@1 has 2 款, and 第（三）项 is in "
      "第三十二条第二款 (art_32__para_2); cite it as 第三十二条第二款第（三）项")),
    ("第三十二条第五项",
     "第三十二条第五项 does not say which 款: 第三十二条 in test@1 has 2 款, and none of them has a 第五项"),
    ("第三十一条第（九）项",
     ("test@1 has no 第三十一条第九项 (art_31__para_1__item_9); nearest: 第三十一条第五项 "
      "(art_31__para_1__item_5), 第三十一条第四项 (art_31__para_1__item_4), 第三十一条第三项 "
      "(art_31__para_1__item_3)")),
    ("第九十条第（一）项",
     "test@1 has no 第九十条 (art_90); nearest: 第三十二条 (art_32), 第三十一条 (art_31), 第三十一条之一 (art_31-1)"),
    ("第十二项", "'第十二项' names a item without its article"),
]  # fmt: skip


@pytest.mark.parametrize(("citation", "message"), REFUSED)
def test_resolve_refuses_to_guess(draft, citation: str, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CitationError) as info:
        resolve(draft, citation, "test@1")
    assert str(info.value) == message


def test_english_items_without_their_paragraph() -> None:
    en = parse_text(EN, profile="en")
    assert resolve(en, "Article 31(b)").eid == "art_31__para_1__item_2"
    assert resolve(en, "31").eid == "art_31"
    with pytest.raises(CitationError) as info:
        resolve(en, "Article 32(a)", "gdpr@1")
    assert str(info.value) == (
        "Article 32(a) does not say which paragraph: Article 32 in gdpr@1 has 2 paragraphs, and item (a) is in "
        "Article 32(1) (art_32__para_1), Article 32(2) (art_32__para_2); cite it as Article 32(1)(a)")


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A store holding DRAFT (a .txt file) as test@1 and the member acme; returns run(*args)."""
    runner = CliRunner()
    db = tmp_path / "lc.db"
    source = tmp_path / "draft.txt"
    source.write_text(DRAFT, encoding="utf-8")

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(db), "--user", "tester", *args])

    for args in (["init"], ["draft", "add", str(source), "--name", "test", "--version", "1"],
                 ["member", "add", "acme", "--org", "ACME"]):  # fmt: skip
        result = run(*args)
        assert result.exit_code == 0, result.output
    return run


@pytest.mark.parametrize(("at", "line"), [
    ("第三十一条第（五）项", "added comment #1 by acme on 第三十一条第五项 (art_31__para_1__item_5) (comment)\n"),
    ("Article 31(e)", "added comment #1 by acme on 第三十一条第五项 (art_31__para_1__item_5) (comment)\n"),
    ("31", "added comment #1 by acme on 第三十一条 (art_31) (comment)\n"),
    ("31-1", "added comment #1 by acme on 第三十一条之一 (art_31-1) (comment)\n"),
    ("三十一", "added comment #1 by acme on 第三十一条 (art_31) (comment)\n"),
])  # fmt: skip
def test_comment_add_at_standard_citations(store, at: str, line: str) -> None:  # type: ignore[no-untyped-def]
    result = store("comment", "add", "--member", "acme", "--draft", "test@1", "--at", at, "--reason", "见解")
    assert (result.exit_code, result.stdout) == (0, line), result.output


def test_comment_add_item_of_a_several_paragraph_article_is_refused(store) -> None:  # type: ignore[no-untyped-def]
    result = store("comment", "add", "--member", "acme", "--draft", "test@1", "--at", "第三十二条第（二）项",
                   "--reason", "见解")  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: 第三十二条第（二）项 does not say which 款: 第三十二条 in test@1 has 2 款, and 第（二）项 is in "
        "第三十二条第一款 (art_32__para_1), 第三十二条第二款 (art_32__para_2); cite it as 第三十二条第一款第（二）项\n")
    assert store("comment", "list", "--draft", "test@1").stdout.endswith("0 comment(s)\n")


def test_csv_import_reads_standard_citations(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    csv = tmp_path / "comments.csv"
    csv.write_text("member,article,reason\nacme,第三十一条第（五）项,见解一\nacme,31,见解二\n", encoding="utf-8")
    result = store("comment", "import", str(csv), "--draft", "test@1")
    assert result.exit_code == 0, result.output
    listed = store("comment", "list", "--draft", "test@1", "--format", "json")
    assert '"art_31__para_1__item_5"' in listed.stdout and '"art_31"' in listed.stdout


_BILL = ("Sample Bill\n\nSection 1\n\nPayments\n\n(1) A payment may be made to a farmer.\n\n(2) The Secretary of State "
         "may by regulations make provision—\n\n(a) about the amount;\n\n(b) about conditions.\n\nSection 2\n\n"
         "Commencement\n\nThis Act comes into force on 1 January.\n")  # fmt: skip


@pytest.mark.parametrize(("cited", "eid"), [
    ("Section 1", "art_1"), ("section 1", "art_1"), ("s. 1", "art_1"), ("s 1", "art_1"), ("Sec. 1", "art_1"),
    ("SECTION 2", "art_2"),
    # its subsections, read as the items of its one paragraph: never the whole section (a review: a wording of
    # s. 1(1) was stored against the whole section, and deleted subsection (2))
    ("s. 1(1)", "art_1__para_1__item_1"), ("Section 1(2)", "art_1__para_1__item_2"),
    ("Section 1(2)(b)", "art_1__para_1__item_2__subitem_2"), ("s. 1(2)(a)", "art_1__para_1__item_2__subitem_1"),
])  # fmt: skip
def test_a_bill_whose_articles_are_sections_is_cited_by_section(cited: str, eid: str) -> None:
    # a trial (a British association's bill): "Section 1(1)" and "s. 1(1)" could not be read; only "Article 1"
    from lawcomment.drafts import resolve

    assert resolve(parse_text(_BILL, profile="en"), cited).eid == eid


def test_a_section_cited_that_the_bill_lacks_or_an_act_of_articles_is_refused() -> None:
    from lawcomment.drafts import resolve

    with pytest.raises(CitationError, match=r"^b@1 has no s\. 1\(3\) \(Section 1 \(art_1\) has no \(3\) there\)$"):
        resolve(parse_text(_BILL, profile="en"), "s. 1(3)", "b@1")
    # a section the bill lacks is named with its neighbours, as an article is (a trial's "has no Section 509" said none)
    with pytest.raises(CitationError) as caught:
        resolve(parse_text(_BILL, profile="en"), "Section 3", "b@1")
    assert str(caught.value) == "b@1 has no Section 3; nearest: Section 2 (art_2), Section 1 (art_1)"
    act = parse_text("Sample Act\n\nArticle 1\n\nText.\n", profile="en")  # an Act of articles: "Section 1" is no article
    with pytest.raises(CitationError):
        resolve(act, "Section 1")




def test_a_bills_sub_paragraph_cited_points_to_the_paragraph_it_is_a_line_of() -> None:
    # a UK bill's (2)(b)(i): a line of paragraph (b), not a unit (the model has none below a sub-item)
    from lawcomment.drafts import resolve

    bill = parse_text(_BILL.replace("(b) about conditions.", "(b) about—\n\n(i) conditions; and\n\n(ii) fees."),
                      profile="en")  # fmt: skip
    assert bill.find("art_1__para_1__item_2__subitem_2").text == "about—\n(i) conditions; and\n(ii) fees."
    with pytest.raises(CitationError) as caught:
        resolve(bill, "Section 1(2)(b)(ii)", "b@1")
    assert str(caught.value) == ("b@1: Section 1(2)(b)(ii) is a line of Section 1(2)(b), not a unit of its own: "
                                 "comment on Section 1(2)(b) (--quote its words, or --propose the whole of "
                                 "Section 1(2)(b) as it should read)")  # fmt: skip
    with pytest.raises(CitationError, match=r"has no \(i\) there\)$"):
        resolve(bill, "Section 1(2)(a)(i)", "b@1")
@pytest.mark.parametrize(("eid", "cited"), [
    ("art_1", "Section 1"), ("art_1__para_1__item_2", "Section 1(2)"),
    ("art_1__para_1__item_2__subitem_1", "Section 1(2)(a)"), ("art_2", "Section 2"),
])  # fmt: skip
def test_a_bill_s_units_are_cited_by_their_own_labels(eid: str, cited: str) -> None:
    # a trial (an English bill): its sections were cited "Article 1", its subsection (2) "Article 1(b)"
    from lawcomment.drafts import describe, law_citation

    bill = parse_text(_BILL, profile="en")
    assert law_citation(bill, eid, "en") == cited
    assert describe(eid, None, bill) == f"{cited} ({eid})"
    assert law_citation(bill, eid, "zh") != cited  # a Chinese citation of it is the reading's


def test_an_inserted_section_is_cited_as_the_bill_numbers_it() -> None:
    from lawcomment.drafts import law_citation, resolve

    bill = parse_text(_BILL.replace("Section 2\n", "Section 1A\n\nPowers\n\nThe Secretary may act.\n\nSection 2\n"),
                      profile="en")  # fmt: skip
    assert resolve(bill, "Section 1A").eid == "art_1-1" and resolve(bill, "s. 1A").eid == "art_1-1"
    assert law_citation(bill, "art_1-1", "en") == "Section 1A"


@pytest.mark.parametrize(("text", "eid"), [
    ("Section 1A (art_1-1)", "art_1-1"), ("Section 1(2) (art_1__para_1__item_2)", "art_1__para_1__item_2"),
    ("Section 2（art_2）", "art_2"),
])  # fmt: skip
def test_a_unit_as_the_tool_prints_it_is_read_back(text: str, eid: str) -> None:
    # a verifying trial: "Section 5A (art_5-1)", copied from `merge` into --article, could not be read
    from lawcomment.drafts import describe, resolve

    bill = parse_text(_BILL.replace("Section 2\n", "Section 1A\n\nPowers\n\nThe Secretary may act.\n\nSection 2\n"),
                      profile="en")  # fmt: skip
    assert resolve(bill, text).eid == eid
    assert resolve(bill, describe(eid, None, bill)).eid == eid
    with pytest.raises(CitationError, match=r"^Section 2 \(art_1\): Section 2 is Section 2 \(art_2\), not art_1; "
                                            r"name one of them$"):  # fmt: skip
        resolve(bill, "Section 2 (art_1)")


def test_an_act_of_articles_numbered_as_read_is_cited_as_before() -> None:
    from lawcomment.drafts import law_citation

    act = parse_text("Act\n\nArticle 1\n\nTitle\n\n1. Text one.\n\n2. Text two:\n\n(a) a;\n\n(b) b.\n", profile="en")
    assert law_citation(act, "art_1__para_2__item_2", "en") == "Article 1(2)(b)"


@pytest.mark.parametrize("path", ["bilingual/cn-pipl/en.txt", "bilingual/cn-csl-2026/en.txt", "gdpr-excerpt.txt"])
def test_every_english_citation_reads_back_to_its_unit(path: str) -> None:
    # a review: items labelled (1), (2) in an article of numbered 款 were cited Article 24(1), which names the 款
    from lawcomment import load_draft
    from lawcomment.drafts import law_citation, resolve

    from tests.conftest import DATA

    drafts = [load_draft(DATA / path, profile="en"), parse_text(_BILL, profile="en")]
    for draft in drafts:
        for unit in draft.walk():
            if unit.eid.startswith("art_"):
                # (the 款 of an article of one 款 is cited as the article, and reads back to it)
                article = unit.eid.removesuffix("__para_1")
                lone = "__" not in article and sum(1 for u in draft.walk() if u.eid.startswith(article + "__para_")
                                                   and u.eid.count("__") == 1) == 1  # fmt: skip
                expected = article if lone else unit.eid
                assert resolve(draft, law_citation(draft, unit.eid, "en")).eid == expected, unit.eid


def test_a_bills_unit_named_to_decide_on_is_pointed_to_its_section(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a verifying trial: decide --article "s. 1(2)" told an English bill's staff to decide on 第一条 (--article 第一条)
    law = tmp_path / "bill.md"
    law.write_text(_BILL.replace("Sample Bill", "# Sample Bill"), encoding="utf-8")
    assert consultation("draft", "add", str(law), "--name", "b", "--version", "1").exit_code == 0
    refused = consultation("decide", "--draft", "b@1", "--article", "s. 1(2)", "--accept", "c1")
    assert (refused.exit_code, refused.stderr) == (1, (
        "Error: Section 1(2) (art_1__para_1__item_2) has no change 'c1': changes and conflicts are numbered per "
        "article; decide on Section 1 (art_1) (`--article \"Section 1\"`)\n"))  # fmt: skip
    # and --accept-all on the subsection accepted nothing, saying so as a success (exit 0)
    for flag in ("--accept-all", "--reject-all"):
        refused = consultation("decide", "--draft", "b@1", "--article", "s. 1(2)", flag)
        assert (refused.exit_code, refused.stderr) == (1, (
            "Error: Section 1(2) (art_1__para_1__item_2) is part of Section 1 (art_1): changes are decided per "
            "article; decide on Section 1 (art_1) (`--article \"Section 1\"`)\n"))  # fmt: skip
    refused = consultation("decide", "--draft", "ecommerce@1", "--article", "第十条第一款", "--accept-all")
    assert refused.exit_code == 1 and "is part of 第十条 (art_10)" in refused.stderr, refused.stderr


def test_every_unit_as_printed_reads_back_to_itself() -> None:
    # what `merge`, `comment list` and the errors print (第十条第二款 (art_10__para_2)), copied back into --at
    from lawcomment.drafts import describe, resolve

    law = parse_text((Path(__file__).parent / "data" / "ecommerce-law.md").read_text(encoding="utf-8"))
    units = [u for u in law.walk() if u.kind not in (Kind.TABLE,)]
    assert len(units) > 100
    for unit in units:
        assert resolve(law, describe(unit.eid, None, law)).eid == unit.eid, unit.eid


_NAMED = "# 实施细则\n\n第一条 根据《中华人民共和国专利法》(以下简称专利法)，制定本细则。\n"


@pytest.mark.parametrize(("typed", "said"), [
    # another width than the law's: the law's own characters quoted, and said
    ("（以下简称专利法）", "the quote （以下简称专利法） is read as the law writes it, (以下简称专利法): in another width"),
    ("“（以下简称专利法）”", "the quote “（以下简称专利法）” is read as the law writes it, (以下简称专利法): in another width"),
    # as the law writes it: nothing said
    ("(以下简称专利法)", ""),
])  # fmt: skip
def test_a_quote_typed_in_another_width_is_read_as_the_law_writes_it(consultation, tmp_path: Path, typed: str,  # type: ignore[no-untyped-def]
                                                                     said: str) -> None:  # fmt: skip
    """(a new user's trial of 专利法实施细则) A member quoted （以下简称专利法） of a law that writes it in half-width
    brackets and was refused with no hint why. The quote is found whatever its width, the law's own
    characters kept as the quote (the law's text is never changed), and the member told."""
    from lawcomment.exports import localized

    law = tmp_path / "rules.md"
    law.write_text(_NAMED, encoding="utf-8")
    assert consultation("draft", "add", str(law), "--name", "r", "--version", "1").exit_code == 0
    result = consultation("comment", "add", "--member", "acme", "--draft", "r@1", "--at", "第一条", "--quote", typed,
                          "--stance", "question", "--reason", "是否包括实施细则？")  # fmt: skip
    assert (result.exit_code, result.stderr) == (0, f"warning: {said}\n" if said else "")
    (c,) = json.loads(consultation("comment", "list", "--draft", "r@1", "--format", "json").stdout)["comments"]
    assert c["selector"]["exact"] == "(以下简称专利法)"
    if said:
        assert localized(said, "zh") == f"引文{typed}已按法律文本的写法（(以下简称专利法)）定位：全角半角不同"


def test_a_quote_in_no_width_of_the_unit_is_refused_naming_the_unit(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    law = tmp_path / "rules.md"
    law.write_text(_NAMED, encoding="utf-8")
    assert consultation("draft", "add", str(law), "--name", "r", "--version", "1").exit_code == 0
    result = consultation("comment", "add", "--member", "acme", "--draft", "r@1", "--at", "第一条", "--quote",
                          "（以下简称专利）", "--stance", "question", "--reason", "?")  # fmt: skip
    assert (result.exit_code, result.output) == (1, "Error: the quote '（以下简称专利）' is not in 第一条 (art_1)\n")


@pytest.mark.parametrize("text", ["（以下简称专利法）", "ＡＢＣ１２３，。", "　全角空格", "plain", "㈠①"])
def test_width_folded_keeps_each_place(text: str) -> None:
    from lawcomment.drafts.anchors import width_folded

    assert len(width_folded(text)) == len(text)
    assert width_folded(width_folded(text)) == width_folded(text)


def test_width_folded_folds_widths_only() -> None:
    from lawcomment.drafts.anchors import width_folded

    # (a stranger's review) ² or a compatibility ideograph is no other width of a character
    assert width_folded("（５）２０２４年　²①") == "(5)2024年 ²①"


NUMBERED = """Article 4
Definitions
For the purposes of this Regulation:
(1) 'personal data' means any information;
(2) 'main establishment' means:
(a) as regards a controller, its central administration;
(b) as regards a processor, its place of central administration;
(3) 'representative' means a natural or legal person.
Article 6
Lawfulness
1. Processing shall be lawful only if:
(a) the data subject has given consent;
(b) processing is necessary.
2. Member States may maintain provisions.
"""


def test_an_english_drafts_units_are_cited_by_their_own_labels_and_read_back() -> None:
    # a trial's GDPR: Article 4's definition (17) was cited Article 4(q), and Article 4(17) was refused
    en = parse_text(NUMBERED, profile="en")
    cited = {u.eid: law_citation(en, u.eid, "en") for u in en.walk() if u.eid.startswith("art_")}
    assert cited["art_4__para_1__item_3"] == "Article 4(3)"
    assert cited["art_4__para_1__item_1"] == "Article 4, point (1)"  # (Article 4(1): its one paragraph, as ever read)
    assert cited["art_4__para_1__item_2__subitem_1"] == "Article 4(2)(a)"
    assert cited["art_6__para_1__item_2"] == "Article 6(1)(b)"
    assert resolve(en, "Article 4(3)").eid == "art_4__para_1__item_3"
    assert resolve(en, "Article 4(2)(b)").eid == "art_4__para_1__item_2__subitem_2"
    assert resolve(en, "Article 4, point 3").eid == "art_4__para_1__item_3"
    for eid, citation in cited.items():
        assert resolve(en, citation).eid in (eid, eid.removesuffix("__para_1")), citation


DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("path", sorted([*(p for p in DATA.glob("*.md") if p.name != "SOURCES.md"), *DATA.glob("*.txt"), *DATA.glob("lawcomment__*.docx"),
                                         *DATA.glob("bilingual/*/*.txt")]), ids=lambda p: p.name)  # fmt: skip
def test_every_unit_is_cited_as_it_is_read(path: Path) -> None:
    """cite → resolve → the same unit, in both languages, for every unit of every draft in tests/data
    (what the citation writer writes, the reader reads)."""
    draft = load_draft(path)
    for unit in draft.walk():
        if not unit.eid.startswith("art_") or unit.kind is Kind.TABLE:
            continue
        for lang in ("zh", "en"):
            said = law_citation(draft, unit.eid, lang)
            assert resolve(draft, said).eid in (unit.eid, unit.eid.removesuffix("__para_1")), (lang, said)


def test_a_chinese_drafts_items_are_numbered_in_english(draft) -> None:  # type: ignore[no-untyped-def]
    # a 项 （三） is (3) in the NPC's translations and the trial's (items (1) to (5)), never (c)
    assert law_citation(draft, "art_32__para_2__item_3", "en") == "Article 32(2)(3)"
    assert law_citation(draft, "art_31__para_1__item_5", "en") == "Article 31(1)(5)"  # (Article 31(5): a 款)
    assert law_citation(draft, "art_31__para_1__item_5", "zh") == "第三十一条第五项"
    for typed in ("Article 32(2)(3)", "Article 32, paragraph 2, item 3", "Article 32.2(3)", "Article 32(2) item (3)"):
        assert resolve(draft, typed).eid == "art_32__para_2__item_3", typed
    assert resolve(draft, "Article 31, item 5").eid == "art_31__para_1__item_5"
    with pytest.raises(CitationError) as info:
        resolve(draft, "Article 32, item 3", "test@1")
    assert str(info.value) == (
        "Article 32, item 3 does not say which paragraph: Article 32 in test@1 has 2 paragraphs, and item (3) is in "
        "Article 32(2) (art_32__para_2); cite it as Article 32(2)(3)")
