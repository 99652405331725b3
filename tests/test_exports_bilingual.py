"""Bilingual exports (``export --lang zh+en``): the draft with its English working translation
beside it, a member's English wording as tracked changes next to the committee's Chinese
wording, in docx (articles and table), md, html and json; refused for one-language formats
and for a draft without a translation. Through the CLI, on the bundled example and a real pair."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from lawcomment import load_draft
from lawcomment.cli import cli
from tests.docx_builders import soffice_convert

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ecommerce"
PAIRS = Path(__file__).parent / "data" / "bilingual"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

EN_34 = ("E-commerce platform operators that amend their platform service agreements or transaction rules shall "
         "publicly solicit opinions in a conspicuous position on their home pages, and take reasonable measures to "
         "ensure that all parties concerned can express their opinions in a timely and full manner. The amendments "
         "shall be made public at least {n} days before they take effect.")  # fmt: skip
EN_34_2 = ("Where an on-platform operator does not accept the amendments and requests to exit the platform, the "
           "e-commerce platform operator shall not obstruct the exit, and shall bear the relevant liabilities in "
           "accordance with the service agreement and transaction rules as they stood before the amendment.")  # fmt: skip
ZH_34 = ("电子商务平台经营者修改平台服务协议和交易规则，应当在其首页显著位置公开征求意见，采取合理措施确保有关各方能够及时充分表达意见。"
         "修改内容应当至少在实施前{n}予以公示。\n平台内经营者不接受修改内容，要求退出平台的，电子商务平台经营者不得阻止，"
         "并按照修改前的服务协议和交易规则承担相关责任。")  # fmt: skip


@pytest.fixture
def bilingual(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The bundled example with its English translation; fjord proposes a wording of Article
    34(1) in English, beta a Chinese change of 第五条 (accepted). ``run(*args)`` runs the CLI."""
    runner = CliRunner()

    def run(*args: str) -> object:
        return runner.invoke(cli, ["--db", str(tmp_path / "lc.db"), "--user", "tester", *args])

    for args in (["init"],
                 ["draft", "add", str(EXAMPLE / "draft-v1.md"), "--name", "ec", "--version", "1",
                  "--translation", str(EXAMPLE / "draft-v1-en.md")],
                 ["member", "add", "fjord", "--org", "Fjord Software", "--lang", "en"],
                 ["member", "add", "beta", "--org", "Beta 公司"],
                 ["comment", "add", "--member", "fjord", "--draft", "ec@1", "--lang", "en", "--at", "Article 34(1)",
                  "--propose", EN_34.format(n=30), "--reason", "Seven days is too short."],
                 ["comment", "add", "--member", "beta", "--draft", "ec@1", "--at", "第五条", "--propose",
                  "电子商务经营者从事经营活动，应当遵循自愿、平等、公平、诚信的原则，遵守法律和商业道德。"],
                 ["decide", "--draft", "ec@1", "--article", "第五条", "--accept", "c1"]):  # fmt: skip
        result = run(*args)
        assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    run.tmp = tmp_path  # type: ignore[attr-defined]
    return run


def _decide_34(run) -> None:  # type: ignore[no-untyped-def]
    result = run("decide", "--draft", "ec@1", "--article", "第三十四条", "--text", ZH_34.format(n="三十日"),
                 "--text-en-from", "1", "--committee-reason", "七日的公示期过短。")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert re.search(r"decision #\d+: set the final wording on 第三十四条 \(art_34\)\n  「七日」 → 「三十日」\n(  it (?:replaces|repeats) .*\n)?decision #\d+: set the "
                     r"final wording of the en translation \(from comment #1\) on 第三十四条 \(art_34\)\n$", result.output)  # fmt: skip


def _paragraphs(path: Path) -> list[etree._Element]:
    with zipfile.ZipFile(path) as z:
        return list(etree.fromstring(z.read("word/document.xml")).iter(f"{W}p"))


def _style(p: etree._Element) -> str:
    found = p.find(f"{W}pPr/{W}pStyle")
    return found.get(f"{W}val") if found is not None else ""


def _text(p: etree._Element, accept: bool) -> str:
    """The paragraph's text with its tracked changes accepted (or rejected)."""
    out = []
    for t in p.iter(f"{W}t", f"{W}delText"):
        inside = {a.tag for a in t.iterancestors(f"{W}ins", f"{W}del")}
        if (f"{W}ins" in inside and not accept) or (f"{W}del" in inside and accept):
            continue
        out.append(t.text or "")
    return "".join(out)


def test_the_articles_layout_prints_the_english_wording_as_tracked_changes_beside_the_committee_wording(
        bilingual, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    _decide_34(bilingual)
    out = tmp_path / "bi.docx"
    result = bilingual("export", "--draft", "ec@1", "--format", "docx", "--lang", "zh+en", "-o", str(out),
                       "--association", "Assoc", "--date", "2026-12-01")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out} (docx): ec@1, 2 article(s) changed in the submission, 0 unresolved")
    paras = _paragraphs(out)
    texts = [_text(p, True) for p in paras]
    assert "Comments on the E-Commerce Law of the People's Republic of China (Draft)" in texts  # the English title
    assert "二、关于第三十四条\u3000Article 34" in texts and "一、关于第五条\u3000Article 5" in texts
    english = [p for p in paras if _style(p) == "NoteTranslation"]
    at = next(i for i, p in enumerate(english) if _text(p, True).startswith("Article 34 "))
    # accepted: the member's wording; rejected: the working translation as it stands
    assert [_text(p, True) for p in english[at:at + 2]] == [f"Article 34 {EN_34.format(n=30)}", EN_34_2]
    assert [_text(p, False) for p in english[at:at + 2]] == [f"Article 34 {EN_34.format(n=7)}", EN_34_2]
    authors = {e.get(f"{W}author") for p in english[at:at + 1] for e in p.iter(f"{W}ins", f"{W}del")}
    assert authors == {"Assoc"}  # the committee speaks, in both languages
    # the Chinese law text carries the committee's own wording
    law = [p for p in paras if _style(p) == "LawText"]
    start = next(i for i, p in enumerate(law) if _text(p, True).startswith("第三十四条"))
    assert "\n".join(_text(p, True) for p in law[start:start + 2]) == "第三十四条\u3000" + ZH_34.format(n="三十日")
    # 第五条 changes in Chinese only: its English stands as it is, and says so
    five = next(i for i, p in enumerate(english) if _text(p, True).startswith("Article 5 "))
    assert _text(english[five], True) == _text(english[five], False)
    assert _text(english[five + 1], True) == "The proposed change is given in the Chinese text only."
    assert "理由／Reasons：七日的公示期过短。" in texts
    # the English of a heading and of the reason's label in the translation's font, as the English under them (a
    # trial saw a sans "Article 4" beside Times)
    for said in ("\u3000Article 34", "理由／Reasons："):
        (found,) = [r for p in paras for r in p.iter(f"{W}r") if "".join(r.itertext()) == said]
        assert found.find(f"{W}rPr/{W}rFonts").get(f"{W}ascii") == "Times New Roman", said
    # lawcomment reads it back as the Chinese law text: the translation is a Submission Note
    back = load_draft(out)
    assert [v.unit.label for v in back.articles()] == ["第五条", "第三十四条"]
    assert not any("Article" in u.text for u in back.walk())
    # --attribute members: the committee took fjord's very words, so its English change is fjord's
    # (a new user's trial found the association named)
    result = bilingual("export", "--draft", "ec@1", "--format", "docx", "--lang", "zh+en", "-o", str(out),
                       "--association", "Assoc", "--attribute", "members")  # fmt: skip
    assert result.exit_code == 0, result.output
    english = [p for p in _paragraphs(out) if _style(p) == "NoteTranslation"]
    at = next(i for i, p in enumerate(english) if _text(p, True).startswith("Article 34 "))
    assert {e.get(f"{W}author") for e in english[at].iter(f"{W}ins", f"{W}del")} == {"Fjord Software"}


def test_an_english_paragraph_of_the_general_opinion_is_set_in_the_translations_font(bilingual, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    intro, out = tmp_path / "intro.md", tmp_path / "intro.docx"
    intro.write_text("我会总体支持本法。\n\nThe Association supports the Law as a whole.\n", encoding="utf-8")
    result = bilingual("export", "--draft", "ec@1", "--lang", "zh+en", "--intro", str(intro), "-o", str(out))
    assert result.exit_code == 0, result.output
    paras = {_text(p, True): p for p in _paragraphs(out)}
    fonts = lambda text: {r.find(f"{W}rPr/{W}rFonts").get(f"{W}ascii") if r.find(f"{W}rPr/{W}rFonts") is not None
                          else None for r in paras[text].iter(f"{W}r")}  # fmt: skip
    assert fonts("The Association supports the Law as a whole.") == {"Times New Roman"}
    assert fonts("我会总体支持本法。") == {None}  # the Chinese style's own


def test_the_table_has_six_columns_in_both_languages(bilingual, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _decide_34(bilingual)
    out = tmp_path / "table.docx"
    result = bilingual("export", "--draft", "ec@1", "--format", "docx", "--layout", "table", "--lang", "zh+en",
                       "-o", str(out))  # fmt: skip
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    tbl = root.find(f".//{W}tbl")
    rows = tbl.findall(f"{W}tr")
    cells = lambda row, accept=True: ["\n".join(_text(p, accept) for p in tc.iter(f"{W}p")) for tc in row.findall(f"{W}tc")]
    assert cells(rows[0]) == ["条文", "Article", "修改建议", "Proposed text", "理由", "Reasons"]
    assert len(tbl.findall(f"{W}tblGrid/{W}gridCol")) == 6
    assert ["第二章\u3000电子商务经营者\u3000Chapter II E-Commerce Operators"] in [cells(r) for r in rows]
    row = next(r for r in rows if cells(r)[0].startswith("第三十四条"))
    _, english, proposed, proposal, reasons, reasons_en = cells(row)
    assert english == f"Article 34 {EN_34.format(n=7)}\n{EN_34_2}"
    assert proposal == f"Article 34 {EN_34.format(n=30)}\n{EN_34_2}"
    assert cells(row, accept=False)[3] == english
    assert proposed == "第三十四条\u3000" + ZH_34.format(n="三十日")
    # each reason in the column of its language; who gave the English words with the reasons, in English
    assert reasons == "七日的公示期过短。" and reasons_en == "Supported by 1 member"
    # ragged right in every column, the Chinese too: justified in six narrow columns, a line that could not end
    # before a ，stretched its characters apart (安 全 风 险 和 威: a web trial)
    assert {p.find(f"{W}pPr/{W}jc").get(f"{W}val") for tc in row.findall(f"{W}tc") for p in tc.iter(f"{W}p")} == {"left"}
    # a committee reason in both languages: two paragraphs, each in its column
    assert bilingual("decide", "--draft", "ec@1", "--article", "第三十四条", "--committee-reason",
                     "七日的公示期过短。\nSeven days' notice is too short.").exit_code == 0  # fmt: skip
    assert bilingual("export", "--draft", "ec@1", "--format", "docx", "--layout", "table", "--lang", "zh+en", "-o",
                     str(out)).exit_code == 0  # fmt: skip
    with zipfile.ZipFile(out) as z:
        again = etree.fromstring(z.read("word/document.xml")).find(f".//{W}tbl")
    row2 = next(r for r in again.findall(f"{W}tr") if cells(r)[0].startswith("第三十四条"))
    assert cells(row2)[4:] == ["七日的公示期过短。", "Seven days' notice is too short.\nSupported by 1 member"]
    # (a bilingual trial) the Chinese-only letter and table leave the English paragraph out; the md too
    for layout in ("articles", "table"):
        alone = tmp_path / f"zh-{layout}.docx"
        assert bilingual("export", "--draft", "ec@1", "--format", "docx", "--layout", layout, "-o", str(alone)).exit_code == 0
        with zipfile.ZipFile(alone) as z:
            words = "".join(etree.fromstring(z.read("word/document.xml")).itertext())
        assert "七日的公示期过短。" in words and "Seven days" not in words, layout
    md = bilingual("export", "--draft", "ec@1", "--format", "md").stdout
    assert "七日的公示期过短。" in md and "Seven days" not in md
    assert "Seven days' notice is too short." in bilingual("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en").stdout
    # the empty Reasons cell is a paragraph of the table's style, as its neighbours are: not the
    # body's, whose first-line indent and spacing would make the row taller than its text
    styles = [[_style(p) for p in tc.iter(f"{W}p")] for tc in row.findall(f"{W}tc")]
    assert styles[5] == [styles[4][0]] and styles[4][0] and styles[4][0] != "LawText"
    five = next(r for r in rows if cells(r)[0].startswith("第五条"))
    assert cells(five)[3] == "The proposed change is given in the Chinese text only."  # the English is beside it
    # the English columns, their heads and the chapter rows' English set in Times New Roman, as the
    # articles layout sets it (a new user's trial saw the table style's 仿宋 / a sans for them)
    tcs = row.findall(f"{W}tc")
    for tc in (tcs[1], tcs[3], *rows[0].findall(f"{W}tc")[1::2]):
        fonts = {r.find(f"{W}rPr/{W}rFonts").get(f"{W}ascii") for r in tc.iter(f"{W}r") if r.find(f"{W}t") is not None}
        assert fonts == {"Times New Roman"}, _text(tc, True)
    chapter = next(r for r in rows if "Chapter II" in cells(r)[0])
    assert {r.find(f"{W}rPr/{W}rFonts").get(f"{W}ascii") for r in chapter.iter(f"{W}r")} == {"Times New Roman"}
    chinese = [r for r in tcs[0].iter(f"{W}r") if r.find(f"{W}rPr/{W}rFonts") is not None]
    assert all(r.find(f"{W}rPr/{W}rFonts").get(f"{W}ascii") is None for r in chinese)  # the Chinese columns as they were
    assert cells(five)[4:] == ["支持单位：1家会员", "Supported by 1 member"]


def test_who_supports_each_language_is_said_once_beside_the_reasons(bilingual, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a trial: the table printed "Supported by 1 member" at the foot of the Proposed text cell and again in the
    # Reasons cell; the letter and the md put the English line before 理由／Reasons and 支持单位 after it
    for args in (["comment", "add", "--member", "beta", "--draft", "ec@1", "--at", "第三十四条第一款", "--quote", "七日",
                  "--propose", "三十日", "--reason", "公示期过短。"],
                 ["decide", "--draft", "ec@1", "--article", "第三十四条", "--accept-all", "--committee-reason", "七日过短。"],
                 ["decide", "--draft", "ec@1", "--article", "第三十四条", "--text-en-from", "1"]):  # fmt: skip
        result = bilingual(*args)
        assert result.exit_code == 0, result.output
    md = bilingual("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en").stdout
    part = md[md.index("## 二、关于第三十四条"):]
    assert f"{EN_34_2}\n\n**理由／Reasons**：七日过短。\n\n支持单位：1家会员\n\nSupported by 1 member\n\n---" in part, part
    out = tmp_path / "letter.docx"
    assert bilingual("export", "--draft", "ec@1", "--lang", "zh+en", "-o", str(out)).exit_code == 0
    texts = [_text(p, True) for p in _paragraphs(out)]
    at = texts.index("理由／Reasons：七日过短。")
    assert texts[at - 1] == EN_34_2 and texts[at + 1:at + 3] == ["支持单位：1家会员", "Supported by 1 member"]
    for attribute, zh, en in (("committee", "支持单位：1家会员", "Supported by 1 member"),
                              ("members", "支持单位：Beta 公司", "Supported by Beta 公司\nSupported by Fjord Software")):  # fmt: skip
        table = tmp_path / f"table-{attribute}.docx"
        assert bilingual("export", "--draft", "ec@1", "--layout", "table", "--lang", "zh+en", "--attribute", attribute,
                         "-o", str(table)).exit_code == 0  # fmt: skip
        with zipfile.ZipFile(table) as z:
            rows = etree.fromstring(z.read("word/document.xml")).find(f".//{W}tbl").findall(f"{W}tr")
        row = next(r for r in rows if _text(r, True).startswith("第三十四条"))
        cells = ["\n".join(_text(p, True) for p in tc.iter(f"{W}p")) for tc in row.findall(f"{W}tc")]
        assert cells[3] == f"Article 34 {EN_34.format(n=30)}\n{EN_34_2}"  # the English words, and nothing after them
        assert cells[4:] == [f"七日过短。\n{zh}", en]


def test_libreoffice_reads_the_bilingual_submission(bilingual, tmp_path: Path, soffice: str) -> None:  # type: ignore[no-untyped-def]
    _decide_34(bilingual)
    for layout in ("articles", "table"):
        out = tmp_path / f"{layout}.docx"
        assert bilingual("export", "--draft", "ec@1", "--format", "docx", "--layout", layout, "--lang", "zh+en",
                         "-o", str(out)).exit_code == 0  # fmt: skip
        # (a profile of its own: two LibreOffice processes on one profile, tests run in parallel, fail)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--norestore",
                        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(tmp_path), str(out)],
                       check=True, capture_output=True, timeout=180)  # fmt: skip
        text = (tmp_path / f"{layout}.txt").read_text(encoding="utf-8-sig")
        assert "Article 34" in text and "take effect" in text and "第三十四条" in text, layout


@pytest.mark.libreoffice
def test_the_signature_of_a_one_article_bilingual_table_stays_on_its_page(tmp_path: Path, soffice: str) -> None:
    # a trial: the 落款 went alone to page 2, under the repeated header row, after a bilingual article's row that
    # left it too little room on page 1 in the body's size (第十六条 of the bundled example did so)
    runner = CliRunner()
    for args in (["init", "--association", "中国广告协会法律工作委员会"],
                 ["draft", "add", str(EXAMPLE / "draft-v1.md"), "--name", "ec", "--version", "1",
                  "--translation", str(EXAMPLE / "draft-v1-en.md")],
                 ["member", "add", "a", "--org", "甲公司"],
                 ["comment", "add", "--member", "a", "--draft", "ec@1", "--at", "第十六条", "--quote", "应当",
                  "--propose", "应当依法"],
                 ["decide", "--draft", "ec@1", "--article", "第十六条", "--accept-all", "--committee-reason",
                  "应当依法。\nIt should be lawful."],
                 ["export", "--draft", "ec@1", "--layout", "table", "--lang", "zh+en", "--date", "2026-12-20",
                  "-o", str(tmp_path / "t.docx")]):  # fmt: skip
        result = runner.invoke(cli, ["--db", str(tmp_path / "lc.db"), "--user", "t", *args])
        assert result.exit_code == 0, result.output
    pdf = soffice_convert(soffice, tmp_path / "t.docx", tmp_path / "pdf", "pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, timeout=60).stdout.decode()
    pages = [re.sub(r"\s+", "", page) for page in text.split("\f") if page.strip()]
    assert len(pages) == 1 and pages[0].endswith("中国广告协会法律工作委员会2026年12月20日—1—"), pages


def test_markdown_prints_each_article_in_chinese_then_english(bilingual) -> None:  # type: ignore[no-untyped-def]
    _decide_34(bilingual)
    result = bilingual("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en", "--date", "2026-12-01")
    assert result.exit_code == 0, result.output
    lines = result.output.split("\n")
    assert lines[:5] == ["# 关于《中华人民共和国电子商务法（草案）》的修改意见", "",
                         "*Comments on the E-Commerce Law of the People's Republic of China (Draft)*", "",
                         "## 一、关于第五条\u3000Article 5"]  # fmt: skip
    assert "*The proposed change is given in the Chinese text only.*" in lines
    before, after = EN_34.format(n="{}").split("{}")
    assert f"**Article 34** {before}<del>7</del><ins>30</ins>{after}<br>{EN_34_2}" in lines
    assert "**理由／Reasons**：七日的公示期过短。" in lines


def test_only_the_committees_english_wording_goes_out(bilingual) -> None:  # type: ignore[no-untyped-def]
    assert bilingual("comment", "add", "--member", "beta", "--draft", "ec@1", "--lang", "en", "--at", "Article 34(1)",
                     "--propose", EN_34.format(n=15)).exit_code == 0  # fmt: skip
    result = bilingual("decide", "--draft", "ec@1", "--article", "第三十四条", "--text", ZH_34.format(n="三十日"))
    assert result.exit_code == 0, result.output
    md = bilingual("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en")
    # the Chinese wording goes out; the members' English ones do not until the committee gives its own
    assert "<ins>三十日</ins>" in md.stdout and "<ins>30</ins>" not in md.stdout and "<ins>15</ins>" not in md.stdout
    assert "*The proposed change is given in the Chinese text only.*" in md.stdout.split("## 二")[1]
    assert ("warning: 1 article(s) have members' wordings of the en translation that the committee has not answered; "
            "they are not in the md output") in md.stderr
    assert "\n  第三十四条 (art_34): #1, #3\n" in md.stderr
    # a discussion draft prints every member's wording, each named
    draft = bilingual("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en", "--include-unreviewed").stdout
    assert "English wording proposed by 1 member (Article 34(1)):" in draft and "<ins>15</ins>" in draft
    _decide_34(bilingual)
    md = bilingual("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en").stdout
    assert "<del>7</del><ins>30</ins>" in md and "<ins>15</ins>" not in md and "Supported by 1 member" in md
    doc = json.loads(bilingual("export", "--draft", "ec@1", "--format", "json", "--lang", "zh+en").output)
    art34 = next(p for p in doc["positions"] if p["eid"] == "art_34")
    whole, para = f"{EN_34.format(n=7)}\n{EN_34_2}", EN_34.format(n=7)
    assert art34["translation"] == {
        "lang": "en", "citation": "Article 34", "heading": "", "paired": True, "text": whole, "stale": [],
        "wordings": [
            {"comment": None, "member": None, "decision": 4, "supporters": ["fjord"], "citation": "Article 34", "base": whole,
             "text": f"{EN_34.format(n=30)}\n{EN_34_2}"},
            {"comment": 1, "member": "fjord", "decision": None, "supporters": ["fjord"], "citation": "Article 34(1)", "base": whole,
             "text": f"{EN_34.format(n=30)}\n{EN_34_2}"},
            {"comment": 3, "member": "beta", "decision": None, "supporters": ["beta"], "citation": "Article 34(1)", "base": whole,
             "text": f"{EN_34.format(n=15)}\n{EN_34_2}"}]}  # fmt: skip
    assert para in whole
    units = doc["translation"]["units"]
    assert (doc["translation"]["lang"], doc["translation"]["source_file"]) == ("en", "draft-v1-en.md")
    assert units["chp_2"] == {"eids": ["chp_2"], "label": "Chapter II", "heading": "E-Commerce Operators",
                              "text": "E-Commerce Operators", "exact": True}  # fmt: skip
    assert units["art_34__para_2"]["text"] == EN_34_2 and len(units) == 150
    # a member's wording after the committee's flags it
    assert bilingual("comment", "add", "--member", "beta", "--draft", "ec@1", "--lang", "en", "--at", "Article 34",
                     "--propose", f"{EN_34.format(n=20)}\n{EN_34_2}").exit_code == 0  # fmt: skip
    md = bilingual("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en")
    assert ("warning: the committee's en wording of Article 34 (decision #4) was given before comment(s) #4 on it "
            "arrived or changed; it still applies: review it (decide again, or undo it)") in md.stderr
    assert "<del>7</del><ins>30</ins>" in md.stdout  # the committee's wording stands until staff decide again


def test_the_review_page_shows_both_texts_with_a_switch(bilingual, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert bilingual("comment", "add", "--member", "fjord", "--draft", "ec@1", "--lang", "en", "--at", "Article 3",
                     "--propose", "<script>alert(1)</script>").exit_code == 0  # fmt: skip
    page = bilingual("export", "--draft", "ec@1", "--format", "html", "--lang", "zh+en").output
    assert ('<select id="lc-lang" onchange="lcLang()"><option value="">中英对照</option>'
            '<option value="only-src">中文</option><option value="only-tr">英文</option></select>') in page
    assert page.count('<div class="law tr" lang="en">') == 3  # 第三条, 第五条, 第三十四条
    assert "#1 Fjord Software · Article 34(1)" in page  # every member's wording, named
    assert "<p><b>Article 34</b> E-commerce platform operators" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    plain = bilingual("export", "--draft", "ec@1", "--format", "html").output
    assert 'id="lc-lang"' not in plain and 'class="law tr"' not in plain


def test_a_change_of_the_english_text_only_is_counted_and_said_under_the_chinese(bilingual, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The committee takes fjord's English wording and leaves the Chinese as it is: the export
    counts the article as changed and says, under the Chinese text, that the change is in the
    English only (a new user's trial: 0 article(s) changed in the submission, and no word of it)."""
    result = bilingual("decide", "--draft", "ec@1", "--article", "第三十四条", "--text-en-from", "1")
    assert result.exit_code == 0, result.output
    out = tmp_path / "en-only.docx"
    result = bilingual("export", "--draft", "ec@1", "--lang", "zh+en", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out} (docx): ec@1, 2 article(s) changed in the submission")  # 第五条, 第三十四条
    paras = _paragraphs(out)
    at = next(i for i, p in enumerate(paras) if _text(p, True).startswith("第三十四条"))
    note = next(p for p in paras[at:] if "仅见" in _text(p, True))
    assert _text(note, True) == "本条修改建议仅见英文译本。 The proposed change is given in the English translation only."
    # Chinese is never slanted; the English sentence is, as every English note
    assert [(r.findtext(f"{W}t"), r.find(f"{W}rPr/{W}i") is not None) for r in note.iter(f"{W}r")] == [
        ("本条修改建议仅见英文译本。 ", False), ("The proposed change is given in the English translation only.", True)]
    md = bilingual("export", "--draft", "ec@1", "--lang", "zh+en", "--format", "md").output
    assert "*本条修改建议仅见英文译本。 The proposed change is given in the English translation only.*" in md
    # the committee answering with the English as it stands changes nothing: no note, not counted
    # (a stranger's review)
    result = bilingual("decide", "--draft", "ec@1", "--article", "第三十四条", "--text-en",
                       f"{EN_34.format(n=7)}\n{EN_34_2}")  # fmt: skip
    assert result.exit_code == 0, result.output
    result = bilingual("export", "--draft", "ec@1", "--lang", "zh+en", "-o", str(out))
    assert result.output.startswith(f"wrote {out} (docx): ec@1, 1 article(s) changed in the submission")  # 第五条
    assert "仅见英文" not in bilingual("export", "--draft", "ec@1", "--lang", "zh+en", "--format", "md").output
    # the Chinese changed since, the English kept as it is: said in the export and in the document
    assert bilingual("decide", "--draft", "ec@1", "--article", "第三十四条", "--text",
                     ZH_34.format(n="三十日")).exit_code == 0  # fmt: skip
    result = bilingual("export", "--draft", "ec@1", "--lang", "zh+en", "--format", "md")
    assert re.search(r"the committee's en wording of Article 34 \(decision #\d+\) keeps the en text as it is while "
                     r"the zh text that goes out changes: check the two say the same", result.stderr)  # fmt: skip
    part = result.stdout[result.stdout.index("第三十四条"):]
    assert "*The proposed change is given in the Chinese text only.*" in part[:part.index("##") if "##" in part else None]


def test_the_committees_chinese_and_english_wordings_giving_other_numbers_are_flagged(bilingual) -> None:  # type: ignore[no-untyped-def]
    """The committee gives both wordings with 三十日 / 30 days, then changes the Chinese to 十五日:
    the English still says 30 days, and the export says so (a new user's trial: 一万…二十万 beside
    RMB 10,000 … 100,000, without a word)."""
    _decide_34(bilingual)
    result = bilingual("export", "--draft", "ec@1", "--lang", "zh+en", "--format", "md")
    assert result.exit_code == 0 and "different numbers" not in result.stderr
    assert bilingual("decide", "--draft", "ec@1", "--article", "第三十四条", "--text",
                     ZH_34.format(n="十五日")).exit_code == 0  # fmt: skip
    result = bilingual("export", "--draft", "ec@1", "--lang", "zh+en", "--format", "md")
    assert result.exit_code == 0
    assert re.search(r"the committee's en wording of Article 34 \(decision #\d+\) and the zh text that goes out give "
                     r"different numbers, dates or citations \(15 only in the draft's language; 30 only in the "
                     r"translation\): check both say the same \(decide again, or undo one\)", result.stderr)  # fmt: skip


def test_a_new_article_s_heading_names_it_in_english_too(bilingual) -> None:  # type: ignore[no-untyped-def]
    """关于增加第十条之一 is headed New Article 10-1 in English, never Article 10 alone (a trial)."""
    assert bilingual("comment", "add", "--member", "beta", "--draft", "ec@1", "--at", "第十条", "--stance", "insert",
                     "--propose", "电子商务经营者应当公示其投诉渠道。").exit_code == 0  # fmt: skip
    assert bilingual("decide", "--draft", "ec@1", "--article", "第十条", "--accept", "n1").exit_code == 0
    md = bilingual("export", "--draft", "ec@1", "--lang", "zh+en", "--format", "md").output
    assert "## 二、关于增加第十条之一\u3000New Article 10-1\n" in md
    assert "## 一、关于第五条\u3000Article 5\n" in md
    # the translation has no words for it: said, never left out unseen (a trial of the web app)
    assert "*The proposed new Article 10-1 is given in the Chinese text only.*" in md
    # 第十条's own words are unchanged: the committee keeping its English is no mismatch, and no
    # "change given in the Chinese text only" is said of it (a stranger's review)
    english = next(v.unit for v in load_draft(EXAMPLE / "draft-v1-en.md").articles() if v.unit.label == "Article 10")
    assert bilingual("decide", "--draft", "ec@1", "--article", "第十条", "--text-en",
                     english.body(" ")).exit_code == 0  # fmt: skip
    result = bilingual("export", "--draft", "ec@1", "--lang", "zh+en", "--format", "md")
    assert "keeps the en text as it is" not in result.stderr
    ten = result.stdout[result.stdout.index("## 二、"):]
    assert "given in the Chinese text only.*" not in ten.replace("*The proposed new Article 10-1 is given in the "
                                                                 "Chinese text only.*", "")  # fmt: skip


def test_an_english_wording_nobody_answered_is_waiting_on_the_review_page(bilingual) -> None:  # type: ignore[no-untyped-def]
    """Article 34's only proposal is fjord's English wording: the page counts it as waiting for
    staff and marks the article so (a new user's trial: 仅有意见, 0处待审查, hidden by the filter),
    with the merge's hint in Chinese, until the committee gives its English wording."""
    page = bilingual("export", "--draft", "ec@1", "--format", "html").output
    section = page[page.index('<section id="art_34"'):]
    section = section[:section.index("</section>")]
    assert 'data-status="pending"' in section and 'data-review="unreviewed"' in section
    assert '<span class="status todo">译文修改建议待答复：#1</span>' in section
    assert "；1处待审查，0项决定需复核" in page
    assert ("提示：意见#1对英文译本Article 34(1)（第三十四条第一款）提出修改措辞，单独列出，不并入中文：请给出委员会的中文和英文措辞"
            "（decide --text 与 --text-en，或以 --text-en-from 1 采用该意见）") in section
    # the JSON and the tracking sheet say the same (a stranger's review)
    doc = json.loads(bilingual("export", "--draft", "ec@1", "--format", "json").output)
    (unit,) = [u for u in doc["positions"] if u["eid"] == "art_34"]
    assert unit["translation_open"] == [1] and doc["summary"]["unreviewed"] == 1
    sheet = bilingual("export", "--draft", "ec@1", "--format", "csv").output
    assert any(line.startswith("1,") and ",#1," in line for line in sheet.splitlines())
    _decide_34(bilingual)
    page = bilingual("export", "--draft", "ec@1", "--format", "html").output
    section = page[page.index('<section id="art_34"'):]
    assert 'data-status="pending"' not in section[:section.index("</section>")] and "译文修改建议待答复" not in page


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "csv", "--lang", "zh+en"],
     "Error: the 'csv' format is in one language; --lang zh+en applies to docx, html, json, md\n"),
    (["--format", "amendment", "--lang", "zh+en", "-o", "x.docx"],
     "Error: the 'amendment' format is in one language; --lang zh+en applies to docx, html, json, md\n"),
    (["--format", "md", "--lang", "en+zh"], "Error: ec@1 is in Chinese: its translation prints beside it with --lang zh+en\n"),
])  # fmt: skip
def test_one_language_formats_refuse_a_second_language(bilingual, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = bilingual("export", "--draft", "ec@1", *args)
    assert (result.exit_code, result.output) == (1, message)


def test_a_draft_without_a_translation_is_refused_and_nothing_is_written(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.docx"
    result = consultation("export", "--draft", "ecommerce@1", "--format", "docx", "--lang", "zh+en", "-o", str(out))
    assert (result.exit_code, result.output) == (1, (
        "Error: ecommerce@1 has no English translation to print beside it (--lang zh+en): add one with "
        "`lawcomment draft add DRAFT --name NAME --version N --translation FILE --translation-lang en`\n"))  # fmt: skip
    assert not out.exists()


def test_a_real_pair_exports_the_english_article_beside_the_chinese(tmp_path: Path) -> None:
    runner = CliRunner()

    def run(*args: str):  # type: ignore[no-untyped-def]
        result = runner.invoke(cli, ["--db", str(tmp_path / "lc.db"), *args])
        assert result.exit_code == 0, result.output
        return result

    run("init")
    run("draft", "add", str(PAIRS / "cn-pipl" / "zh.txt"), "--name", "pipl", "--version", "1",
        "--translation", str(PAIRS / "cn-pipl" / "en.txt"))  # fmt: skip
    run("member", "add", "acme", "--lang", "en")
    en = load_draft(PAIRS / "cn-pipl" / "en.txt")
    article = next(v.unit for v in en.articles() if v.unit.label == "Article 44")
    run("comment", "add", "--member", "acme", "--draft", "pipl@1", "--lang", "en", "--at", "Article 44",
        "--propose", article.body(" ").replace("the right to be informed", "the right to be informed in writing"))
    run("decide", "--draft", "pipl@1", "--article", "Article 44", "--text",
        "个人对其个人信息的处理享有书面知情权、决定权，有权限制或者拒绝他人对其个人信息进行处理；法律、行政法规另有规定的除外。",
        "--text-en-from", "1")
    out = tmp_path / "pipl.md"
    run("export", "--draft", "pipl@1", "--format", "md", "--lang", "zh+en", "-o", str(out))
    text = out.read_text(encoding="utf-8")
    assert "## 一、关于第四十四条\u3000Article 44" in text
    assert "**Article 44** Individuals shall have the right to be informed<ins> in writing</ins>, the right" in text
    table = tmp_path / "pipl.docx"
    run("export", "--draft", "pipl@1", "--format", "docx", "--layout", "table", "--lang", "zh+en", "-o", str(table))
    with zipfile.ZipFile(table) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    row = next(r for r in root.iter(f"{W}tr") if "".join(t.text or "" for t in r.iter(f"{W}t")).startswith("第四十四条"))
    cells = ["".join(t.text or "" for t in tc.iter(f"{W}t")) for tc in row.findall(f"{W}tc")]
    assert cells[1].startswith("Article 44 Individuals shall have the right to be informed, the right")
    assert cells[3].startswith("Article 44 Individuals shall have the right to be informed in writing, the right")
    assert [t.text for t in row.iter(f"{W}t") if t.getparent().getparent().tag == f"{W}ins"] == ["书面", " in writing"]


def test_an_english_draft_prints_its_chinese_translation_beside_it(tmp_path: Path) -> None:
    runner = CliRunner()

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(tmp_path / "lc.db"), *args])

    assert run("init").exit_code == 0
    result = run("draft", "add", str(EXAMPLE / "draft-v1-en.md"), "--name", "en", "--version", "1",
                 "--translation", str(EXAMPLE / "draft-v1.md"))  # fmt: skip
    assert "added the zh translation of en@1 from draft-v1.md: 57 of 57 articles paired" in result.output  # not "en"
    md = run("export", "--draft", "en@1", "--format", "md", "--lang", "en+zh", "--all-articles")
    assert md.exit_code == 0, md.output
    assert "**Article 16** E-commerce operators that decide" in md.stdout
    assert "**第十六条**\u3000电子商务经营者自行终止从事电子商务的" in md.stdout  # a Chinese label takes an ideographic space


def test_an_article_asked_deleted_is_said_so_in_both_languages_of_its_heading(bilingual) -> None:  # type: ignore[no-untyped-def]
    """(a bilingual trial) 关于删除第十条　Article 10: the English named the article alone."""
    run = bilingual
    assert run("comment", "add", "--member", "beta", "--draft", "ec@1", "--at", "第十条", "--stance", "delete").exit_code == 0
    assert run("decide", "--draft", "ec@1", "--article", "第十条", "--accept", "c1").exit_code == 0
    md = run("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en").stdout
    assert "关于删除第十条\u3000Article 10 (deleted)" in md, md


def test_an_article_asked_deleted_goes_out_struck_in_the_translation_too(bilingual, tmp_path: Path, soffice: str) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 对外贸易法) Under 关于删除第九条　Article 9 (deleted) the English Article 9 was printed whole,
    then "The proposed change is given in the Chinese text only.": the translation goes with its article, struck,
    in the letter, the table and Markdown alike."""
    run = bilingual
    assert run("comment", "add", "--member", "beta", "--draft", "ec@1", "--at", "第十条", "--stance", "delete").exit_code == 0
    assert run("decide", "--draft", "ec@1", "--article", "第十条", "--accept", "c1").exit_code == 0
    md = run("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en").stdout
    section = md[md.index("关于删除第十条"):]
    section = section[:section.index("\n## ")] if "\n## " in section else section
    assert "**Article 10** <del>E-commerce operators shall" in section, section
    assert "Chinese text only" not in section and "仅见中文" not in section, section
    for layout in ("articles", "table"):
        out = tmp_path / f"{layout}.docx"
        result = run("export", "--draft", "ec@1", "--lang", "zh+en", "--layout", layout, "-o", str(out))
        assert result.exit_code == 0, result.output
        with zipfile.ZipFile(out) as z:
            body = etree.fromstring(z.read("word/document.xml"))
        deleted = "".join(t.text or "" for d in body.iter(f"{W}del") for t in d.iter(f"{W}delText"))
        assert "E-commerce operators shall" in deleted, (layout, deleted[:200])
        # its English label struck as its Chinese one is (a trial's table struck 第五十六条, not Article 56)
        assert "第十条" in deleted and "Article 10" in deleted, (layout, deleted[:200])
        soffice_convert(soffice, out, tmp_path / layout, "pdf")  # (LibreOffice reads it)


def test_the_adoption_report_says_which_wordings_of_the_translation_it_does_not_judge(bilingual) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 对外贸易法) A member's English wording was left out of the adoption report and page, unsaid:
    the report judges the law's own text, and now says which wordings of the translation it leaves to staff."""
    run = bilingual
    assert run("draft", "add", str(EXAMPLE / "draft-v2.md"), "--name", "ec", "--version", "2", "--supersedes", "1").exit_code == 0
    copy = next(c["id"] for c in json.loads(run("comment", "list", "--draft", "ec@2", "--format", "json").stdout)["comments"]
                if c["member"] == "fjord")  # fmt: skip
    text = run("adoption", "--draft", "ec@2").stdout
    assert ("  not judged: 1 wording(s) of the English translation (#1 fjord on Article 34(1)): the report compares the "
            "law's own text; check them against the new version's translation\n") in text, text  # fmt: skip
    zh = run("adoption", "--draft", "ec@2", "--lang", "zh").stdout
    assert "  未判断：1条对英文译本的修改措辞（#1 fjord，第三十四条第一款）：本报告只比对法律正文，请对照新版本的译本核对\n" in zh, zh
    doc = json.loads(run("adoption", "--draft", "ec@2", "--format", "json").stdout)
    assert doc["unjudged"] == [1] and all(p["comment"] != 1 for p in doc["proposals"]) and copy != 1


def test_the_committee_keeping_the_english_as_it_is_sends_no_article(bilingual) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 网络安全法) A member's English wording of an article answered by keeping the English text as it is
    (the committee's wording of the translation, unchanged): the bilingual letter and table printed that article,
    unchanged in both languages, with no reason. It says nothing: the article is not printed."""
    result = bilingual("decide", "--draft", "ec@1", "--article", "第三十四条",
                       "--text-en", f"{EN_34.format(n=7)}\n{EN_34_2}")  # fmt: skip
    assert result.exit_code == 0, result.output
    for layout in ("articles", "table"):
        md = bilingual("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en", "--layout", layout).stdout
        assert "第三十四条" not in md and "Article 34" not in md, md
        assert "第五条" in md  # (beta's accepted change still goes out)
    # the committee's English wording that does change it goes out
    assert bilingual("decide", "--draft", "ec@1", "--article", "第三十四条", "--text-en-from", "1").exit_code == 0
    md = bilingual("export", "--draft", "ec@1", "--format", "md", "--lang", "zh+en").stdout
    assert "Article 34" in md and "<del>7</del><ins>30</ins>" in md


@pytest.mark.parametrize("layout", ["articles", "table"])
def test_bilingual_exports_made_by_workers_are_those_made_in_one_process(bilingual, tmp_path: Path, layout: str,  # type: ignore[no-untyped-def]
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """`export --lang zh+en` with workers (the submission's articles, the JSON document's pieces,
    shared out) writes the files LAWCOMMENT_WORKERS=1 writes: each part of the .docx, the JSON's
    bytes (its time stamp aside)."""
    import lawcomment.workers

    _decide_34(bilingual)
    monkeypatch.setattr("lawcomment.exports.view.APART_FROM", 2)  # (the example has too few articles to fork for)
    forked: list[int] = []
    in_workers, beside = lawcomment.workers._in_workers, lawcomment.workers.beside
    monkeypatch.setattr(lawcomment.workers, "_in_workers", lambda fn, chunks, *a: (
        forked.append(len(chunks)), in_workers(fn, chunks, *a))[1])  # fmt: skip
    monkeypatch.setattr(lawcomment.workers, "beside", lambda fn: (forked.append(1), beside(fn))[1])  # (one beside the process)
    made: dict[str, dict[str, bytes]] = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("LAWCOMMENT_WORKERS", workers)
        for fmt in ("docx", "json"):
            out = tmp_path / f"{workers}.{fmt}"
            result = bilingual("export", "--draft", "ec@1", "--format", fmt, "--lang", "zh+en", "-o", str(out),
                               "--layout", layout, "--all-articles", "--include-unreviewed", "--date", "2026-12-01")  # fmt: skip
            assert result.exit_code == 0, result.output
            assert len(forked) == (workers == "2" and (fmt == "json" or layout == "articles")), (workers, fmt)
            forked.clear()
            if fmt == "docx":
                with zipfile.ZipFile(out) as z:
                    made[f"{workers}.{fmt}"] = {name: z.read(name) for name in z.namelist()}
            else:
                made[f"{workers}.{fmt}"] = {"": re.sub(rb'"exported": "[^"]*"', b"", out.read_bytes(), count=1)}
    assert made["2.docx"] == made["1.docx"]
    assert made["2.json"] == made["1.json"]
    assert b"Article 34" in made["1.docx"]["word/document.xml"]
