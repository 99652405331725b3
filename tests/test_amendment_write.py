"""Writing proposals as an instrument, the round trip back through parse + apply, the CLI
commands and the ``amendment`` exporter, and the markdown writer the amended law is built on."""

from __future__ import annotations

from pathlib import Path
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawcomment.amendment.apply import apply_operations
from lawcomment.amendment.parse import instrument_from_text, load_instrument
from lawcomment.amendment.write import write_instrument
from lawcomment.cli import cli
from lawcomment.drafts.markdown import markdown_source, render_markdown
from lawcomment.registry import get_profile, load_draft, parse, parse_text

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "patent"
BASE = load_draft(DATA / "ecommerce-law.md")
ARTICLES = [v.unit.eid for v in BASE.articles()]
BODIES = {v.unit.eid: v.unit.body() for v in BASE.articles()}
# “” inside a proposal must survive (written as ‘’, read back as “”); a literal ‘’ cannot be
# told apart from a nested quote, which the README documents, so it is not generated.
WORDS = st.text(alphabet="国家电子商务平台经营者应当依法规定，。“”", min_size=1, max_size=12)


@st.composite
def proposals(draw):  # type: ignore[no-untyped-def]
    picked = draw(st.lists(st.sampled_from(ARTICLES), min_size=1, max_size=6, unique=True))
    changes: dict[str, str | None] = {}
    for eid in picked:
        old = BODIES[eid]
        how = draw(st.sampled_from(["edit", "rewrite", "delete"]))
        if how == "delete":
            changes[eid] = None
        elif how == "rewrite":
            changes[eid] = "\n".join(draw(st.lists(WORDS, min_size=1, max_size=3)))
        else:
            at = draw(st.integers(0, len(old) - 1))
            cut = draw(st.integers(0, 6))
            new = old[:at] + draw(st.text(alphabet="网络服务提供者", max_size=5)) + old[at + cut:]
            changes[eid] = new if new.strip() and not new.startswith(("（", "\n")) and "\n\n" not in new else old
    after = draw(st.lists(st.sampled_from(ARTICLES), max_size=2))
    insertions = [(eid, draw(WORDS) + "。") for eid in after if changes.get(eid, "") is not None]
    return changes, insertions


def without_closing(text: str) -> str:
    """The instrument without its closing sentence (此外，对条文顺序作相应调整。): applied, every article keeps
    its number, a new one its 之一 (1a, 1A)."""
    from lawcomment.amendment.write import CLOSING, CLOSING_KUAN

    closing = {*CLOSING.values(), *CLOSING_KUAN.values()}
    return "\n".join(x for x in text.split("\n") if x not in closing)


@pytest.mark.parametrize("lang", ["zh", "en"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(proposal=proposals())
def test_round_trip_gives_the_committees_text(lang: str, proposal) -> None:  # type: ignore[no-untyped-def]
    changes, insertions = proposal
    text, _ = write_instrument(BASE, changes, insertions, lang=lang)
    # (its closing sentence numbers the articles in order: applied, the same texts, in order, renumbered)
    whole = instrument_from_text(text)
    assert whole.unrecognised == ()
    renumbered, _ = apply_operations(BASE, whole.operations, get_profile(BASE.profile))
    ins = instrument_from_text(without_closing(text))
    amended, report = apply_operations(BASE, ins.operations, get_profile(BASE.profile))
    assert len(renumbered.articles()) == len(amended.articles())
    got = {v.unit.eid: v.unit.body() for v in amended.articles()}
    for eid, new in changes.items():
        if new is None:
            assert eid not in got
        else:
            assert got[eid] == new.strip() or got[eid] == "\n".join(x for x in new.split("\n") if x.strip())
    assert sorted(report.added) == sorted({a for a in report.added})
    assert len(report.added) == len(insertions)
    for eid in report.added:
        assert got[eid] in {t for _, t in insertions}


def test_small_change_is_word_level_and_large_is_full() -> None:
    art = ARTICLES[2]
    old = BODIES[art]
    small = old.replace("电子商务", "网络商务", 1)
    text, instructions = write_instrument(BASE, {art: small, ARTICLES[4]: "全新的条文。\n第二款。"})
    assert [i.eid for i in instructions] == [art, ARTICLES[4]]
    assert instructions[0].paragraphs[0].startswith("将第三条中的“") and "修改为“" in instructions[0].paragraphs[0]
    assert instructions[1].paragraphs == ("将第五条修改为：“全新的条文。", "“第二款。”")
    en, _ = write_instrument(BASE, {ARTICLES[4]: None}, lang="en")
    assert "1. Article 5 is deleted.\n" in en


def test_a_chinese_draft_s_english_instrument_renumbers_as_its_chinese_one_does() -> None:
    """(a stranger's review) an article put in: the Chinese instrument closes 此外，对条文顺序作相应调整。; its English
    version closed with nothing once an English draft's insertions stopped renumbering, and the two made different
    laws (第二条之一 against the articles numbered on)."""
    zh, _ = write_instrument(BASE, {}, [(ARTICLES[1], "新的条文。")])
    en, _ = write_instrument(BASE, {}, [(ARTICLES[1], "新的条文。")], lang="en")
    assert zh.rstrip().endswith("此外，对条文顺序作相应调整。") and en.rstrip().endswith("The Articles are renumbered accordingly."), en


def test_nested_quotes_survive_the_round_trip() -> None:
    art = ARTICLES[1]
    text, _ = write_instrument(BASE, {art: "本法所称“平台”，是指网络平台。"})
    assert "‘平台’" in text
    amended, _ = apply_operations(BASE, instrument_from_text(text).operations, get_profile(BASE.profile))
    assert amended.find(art).body() == "本法所称“平台”，是指网络平台。"  # type: ignore[union-attr]


# -- markdown writer --------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["ecommerce-law.md", "criminal-law.md", "patent-interpretation-2-2020.md",
                                  "agri-tech-2012.md", "gdpr-excerpt.txt"])  # fmt: skip
def test_markdown_round_trip(name: str) -> None:
    draft = load_draft(DATA / name)
    again = parse(markdown_source(render_markdown(draft), "x.md"), get_profile(draft.profile))

    def shape(d):  # type: ignore[no-untyped-def]
        return [(u.kind, u.eid, u.label, u.heading, u.text, u.tail, u.rows) for u in d.walk()]

    assert shape(again) == shape(draft)
    assert (again.title, again.front_matter) == (draft.title, draft.front_matter)


# -- CLI ----------------------------------------------------------------------------------------
@pytest.fixture()
def patent_store(tmp_path: Path, runner):  # type: ignore[no-untyped-def]
    db = str(tmp_path / "p.db")
    assert runner.invoke(cli, ["--db", db, "init"]).exit_code == 0
    added = runner.invoke(cli, ["--db", db, "draft", "add", str(EXAMPLES / "patent-law-2020.md"), "--name", "patent",
                                "--version", "current"])  # fmt: skip
    assert added.exit_code == 0, added.output
    return db


def test_cli_draft_amend_diff_and_export(patent_store: str, runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = patent_store
    dry = runner.invoke(cli, ["--db", db, "draft", "amend", str(EXAMPLES / "amendment-draft.md"), "--draft",
                              "patent@current", "--version", "draft-1", "--dry-run"])  # fmt: skip
    assert dry.exit_code == 0
    assert dry.stdout.splitlines()[0] == ("applied 7 operation(s): patent@current → patent@draft-1 (dry run, nothing "
                                          "stored): 3 article(s) changed, 1 added, 1 deleted, 57 renumbered, "
                                          "5 cross-reference(s) updated")  # fmt: skip
    result = runner.invoke(cli, ["--db", db, "draft", "amend", str(EXAMPLES / "amendment-draft.md"), "--draft",
                                 "patent@current", "--version", "draft-1"])  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1:7] == ["  changed  第三条", "  changed  第四十九条", "  changed  第七十二条", "  added    第二十一条",
                          "  deleted  第七十八条", "  renumbered 第二十一条–第七十七条 → 第二十二条–第七十八条 (57 articles)"]  # fmt: skip
    assert "  reference in 第五十九条: 第五十五条 → 第五十六条" in lines
    assert lines[-1] == "added patent@draft-1: 中华人民共和国专利法 (82 articles)"
    again = runner.invoke(cli, ["--db", db, "draft", "amend", str(EXAMPLES / "amendment-draft.md"), "--draft",
                                "patent@current", "--version", "draft-1"])  # fmt: skip
    assert again.stdout == "patent@draft-1 is already stored from this instrument and base; nothing changed\n"
    diff = runner.invoke(cli, ["--db", db, "diff", "patent@current", "patent@draft-1", "--format", "text", "--changes-only"])
    assert diff.exit_code == 0
    assert "第七十一条 → 第七十二条  modified" in diff.stdout
    assert diff.stdout.splitlines()[-1] == "unchanged 23, renumbered 55, modified 3, deleted 1, added 1, substantive 5"
    for args in (["member", "add", "acme", "--org", "Acme"],
                 ["comment", "add", "--draft", "patent@draft-1", "--member", "acme", "--at", "第七十二条第一款", "--propose",
                  "侵犯专利权的赔偿数额按照权利人因被侵权所受到的实际损失确定。", "--reason", "简化"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0
    md = tmp_path / "proposals.md"
    head = "# 关于修改《中华人民共和国专利法》的建议\n\n委员会建议对《中华人民共和国专利法》作如下修改：\n"
    out = runner.invoke(cli, ["--db", db, "export", "--draft", "patent@draft-1", "--format", "amendment", "-o", str(md)])
    assert out.exit_code == 0, out.output
    assert out.stdout == f"wrote {md} (amendment): patent@draft-1, 0 article(s) changed in the submission, 0 unresolved conflict(s)\n"
    assert out.stderr == (f"warning: 1 unreviewed change(s) left out of {md} (pass --include-unreviewed to include them):\n"
                          "  第七十二条 (art_72): c1\n")  # fmt: skip
    assert md.read_text(encoding="utf-8") == head  # nothing accepted yet: no instruction
    decided = runner.invoke(cli, ["--db", db, "decide", "--draft", "patent@draft-1", "--article", "第七十二条", "--accept", "c1"])
    assert decided.stdout == ("decision #1: accepted c1 on 第七十二条 (art_72)\n"
                              "  「或者侵权人因侵权所获得的利益确定；权利人的损失或…以上十倍以下确定赔偿数额」 → 「确定」\n")  # fmt: skip
    out = runner.invoke(cli, ["--db", db, "export", "--draft", "patent@draft-1", "--format", "amendment", "-o", str(md)])
    assert (out.exit_code, out.stderr) == (0, "")
    # (第一款 alone rewritten: that 款, never the whole article with its three others as they were)
    assert md.read_text(encoding="utf-8") == head + (
        "\n一、将第七十二条第一款修改为：“侵犯专利权的赔偿数额按照权利人因被侵权所受到的实际损失确定。”\n")  # fmt: skip
    docx = tmp_path / "proposals.docx"
    out = runner.invoke(cli, ["--db", db, "export", "--draft", "patent@draft-1", "--format", "amendment", "--lang", "en",
                              "-o", str(docx)])  # fmt: skip
    assert out.exit_code == 0, out.output
    ins = load_instrument(docx)
    assert ins.unrecognised == ()
    assert [(op.kind.value, op.target) for op in ins.operations] == [("replace", "art_72")]
    bad = runner.invoke(cli, ["--db", db, "export", "--draft", "patent@draft-1", "--format", "amendment", "-o",
                              str(tmp_path / "x.html")])  # fmt: skip
    assert bad.exit_code == 1
    assert bad.output == "Error: the 'amendment' format writes .docx, .md files, not .html\n"


def test_the_general_opinion_goes_before_the_instructions_opening_sentence_set_as_text(  # type: ignore[no-untyped-def]
        patent_store: str, runner, tmp_path: Path, soffice: str) -> None:  # fmt: skip
    """(a new user's trial of 网络数据安全管理条例) export --format amendment --intro printed the general opinion's ## and
    - as typed, in place of 建议对《…》作如下修改：, which was lost. The opinion is set as the submission sets it,
    before that sentence; the Markdown instrument has it as Markdown."""
    from tests.docx_builders import soffice_convert

    db = patent_store
    for args in (["member", "add", "acme"],
                 ["comment", "add", "--draft", "patent@current", "--member", "acme", "--at", "第一条", "--propose",
                  "为了保护专利权人的合法权益，鼓励发明创造，制定本法。"],
                 ["decide", "--draft", "patent@current", "--article", "第一条", "--accept", "c1"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0
    intro = tmp_path / "intro.md"
    intro.write_text("## 总体意见\n\n我会支持本法的修改。\n\n会员关注：\n\n- 赔偿数额的确定；\n- 过渡期。\n", encoding="utf-8")
    opening = "委员会建议对《中华人民共和国专利法》作如下修改："
    md = tmp_path / "a.md"
    assert runner.invoke(cli, ["--db", db, "export", "--draft", "patent@current", "--format", "amendment", "--intro",
                               str(intro), "-o", str(md)]).exit_code == 0  # fmt: skip
    assert md.read_text(encoding="utf-8").startswith(
        f"# 关于修改《中华人民共和国专利法》的建议\n\n我会支持本法的修改。\n\n会员关注：\n\n- 赔偿数额的确定；\n- 过渡期。\n\n{opening}\n\n一、")
    docx = tmp_path / "a.docx"
    assert runner.invoke(cli, ["--db", db, "export", "--draft", "patent@current", "--format", "amendment", "--intro",
                               str(intro), "-o", str(docx)]).exit_code == 0  # fmt: skip
    text = soffice_convert(soffice, docx, tmp_path / "txt", "txt:Text (encoded):UTF8").read_text(encoding="utf-8-sig")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[1:6] == ["我会支持本法的修改。", "会员关注：", "（1）赔偿数额的确定；", "（2）过渡期。", opening], lines
    assert not any(line.startswith(("#", "- ")) for line in lines)
    assert load_instrument(docx).unrecognised == ()


def test_exported_docx_opens_in_libreoffice(patent_store: str, runner, tmp_path: Path, soffice: str) -> None:  # type: ignore[no-untyped-def]
    from tests.docx_builders import soffice_convert

    exe = soffice
    db = patent_store
    for args in (["member", "add", "acme"],
                 ["comment", "add", "--draft", "patent@current", "--member", "acme", "--at", "第一条", "--propose",
                  "为了保护专利权人的合法权益，鼓励发明创造，制定本法。"],
                 ["decide", "--draft", "patent@current", "--article", "第一条", "--accept", "c1"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0
    docx = tmp_path / "proposals.docx"
    assert runner.invoke(cli, ["--db", db, "export", "--draft", "patent@current", "--format", "amendment",
                               "-o", str(docx)]).exit_code == 0  # fmt: skip
    text = soffice_convert(exe, docx, tmp_path / "txt", "txt:Text (encoded):UTF8").read_text(encoding="utf-8-sig")
    assert "一、删去第一条中的“推动发明创造的应用，提高创新能力，促进科学技术进步和经济社会发展，”。" in text


def test_cli_amendment_parse_reports_unknown_sentences(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "bad.md"
    f.write_text("# 决定\n\n一、删去第五条。\n\n二、第二条的精神应当发扬光大。\n", encoding="utf-8")
    result = runner.invoke(cli, ["amendment", "parse", str(f)])
    assert result.exit_code == 1
    assert result.stdout == "决定: 1 operation(s)\n一\tdelete\t第五条\n"
    assert result.stderr == f"{f}:5: unrecognised: not understood: '第二条的精神应当发扬光大' (item 二)\n"
    base = tmp_path / "base.md"
    base.write_text("# 法\n\n第一条 甲。\n\n第五条 乙。\n", encoding="utf-8")
    applied = runner.invoke(cli, ["amendment", "apply", str(base), str(f)])
    assert applied.exit_code == 1
    assert applied.output.startswith(f"Error: {f}: 1 sentence(s) not understood; nothing was applied\n")


def test_cli_amendment_apply_writes_markdown(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "amended.md"
    result = runner.invoke(cli, ["amendment", "apply", str(DATA / "patent-interpretation-2-2020.md"),
                                 str(DATA / "spc-ip-decision-2020.md"), "-o", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0].endswith("3 article(s) changed, 0 added, 0 deleted, 0 renumbered, "
                                                  "0 cross-reference(s) updated")  # fmt: skip
    assert load_draft(out).find("art_2").body() == load_draft(DATA / "patent-interpretation-2-2020.md").find("art_2").body()  # type: ignore[union-attr]
    missing = runner.invoke(cli, ["amendment", "apply", str(DATA / "ecommerce-law.md"), str(DATA / "spc-ip-decision-2020.md")])
    assert missing.exit_code == 1
    assert missing.output.startswith(f"Error: {DATA / 'spc-ip-decision-2020.md'} amends 18 laws; name one with --law:\n")
    # (a new user's trial of 公司法) an instruction that cannot be applied names the instrument's file too
    bad = tmp_path / "bad.md"
    bad.write_text("# 修正案\n\n一、删去第三百条。\n", encoding="utf-8")
    refused = runner.invoke(cli, ["amendment", "apply", str(DATA / "ecommerce-law.md"), str(bad)])
    assert refused.exit_code == 1
    assert refused.output == f"Error: {bad}: line 3, item 一: 第三百条 does not exist in the base law (删去第三百条)\n"


def test_the_exported_instrument_names_the_draft_as_stored_in_its_title_and_preamble(consultation, data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    assert run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1", "--title",
               "中华人民共和国反垄断法（修正草案）").exit_code == 0  # fmt: skip
    assert run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十三条", "--stance",
               "delete").exit_code == 0  # fmt: skip
    assert run("decide", "--draft", "aml@1", "--article", "13", "--accept-all").exit_code == 0
    assert run("export", "--draft", "aml@1", "--format", "amendment", "-o", "-").stderr == (
        "Error: amendment writes a file: give -o FILE.docx or -o FILE.md\n")  # (-o - is standard output: a .docx is no text)
    out = tmp_path / "amendment.md"
    assert run("export", "--draft", "aml@1", "--format", "amendment", "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 关于修改《中华人民共和国反垄断法（修正草案）》的建议\n\n委员会建议对《中华人民共和国反垄断法（修正草案）》作如下修改：\n")


def test_dash_is_standard_output_for_one_text_format(consultation, data) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    assert run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1").exit_code == 0
    plain = run("export", "--draft", "aml@1", "--format", "md")
    dashed = run("export", "--draft", "aml@1", "--format", "md", "-o", "-")
    assert (dashed.exit_code, dashed.stdout) == (0, plain.stdout) and plain.stdout.startswith("# ")
    several = run("export", "--draft", "aml@1", "--format", "md,json", "-o", "-")
    assert (several.exit_code, several.stderr) == (
        1, "Error: -o - (standard output) takes one format; give -o STEM for several\n")
    assert not Path("-").exists()


def test_the_instrument_docx_is_on_the_submissions_page_signed_and_dated(patent_store: str, runner,  # type: ignore[no-untyped-def]
                                                                        tmp_path: Path) -> None:  # fmt: skip
    """A4 and the submission's fonts and page numbers, not python-docx's US Letter and Calibri;
    its properties name the association and the date given, nothing of the tool."""
    import zipfile

    import docx

    db = patent_store
    for args in (["member", "add", "acme"], ["store", "association", "某某商会法律委员会"],
                 ["comment", "add", "--draft", "patent@current", "--member", "acme", "--at", "第一条", "--propose",
                  "为了保护专利权人的合法权益，鼓励发明创造，制定本法。"],
                 ["decide", "--draft", "patent@current", "--article", "第一条", "--accept", "c1"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0
    out = tmp_path / "instrument.docx"
    assert runner.invoke(cli, ["--db", db, "export", "--draft", "patent@current", "--format", "amendment", "--date",
                               "2026-12-20", "-o", str(out)]).exit_code == 0  # fmt: skip
    doc = docx.Document(str(out))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    props = doc.core_properties
    assert (props.title, props.author, props.created.date().isoformat()) == (
        "关于修改《中华人民共和国专利法》的建议", "某某商会法律委员会", "2026-12-20")
    assert "python-docx" not in (props.comments or "") and "python-docx" not in (props.author or "")
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "关于修改《中华人民共和国专利法》的建议"
    assert texts[1] == "某某商会法律委员会建议对《中华人民共和国专利法》作如下修改："
    assert texts[-2:] == ["某某商会法律委员会", "2026年12月20日"]
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert any(n.startswith("word/footer") for n in names)  # the page numbers
        styles = z.read("word/styles.xml").decode()
    assert "Calibri" not in styles and "仿宋" in styles
    assert load_instrument(out).unrecognised == ()


@pytest.mark.parametrize(("old", "new", "instruction"), [
    ("经营者应当具备相应的资质。", "经营者应当具备相应的条件。", "一、将第一条中的“资质”修改为“条件”。"),
    ("国家实行统一的准入目录。", "国家实行统一的准入负面清单。", "一、将第一条中的“目录”修改为“负面清单”。"),
    ("自处罚决定生效之日起三年内，不受理其申请。", "自处罚决定生效之日起一年内，不受理其申请。",
     "一、将第一条中的“三年内”修改为“一年内”。"),
    ("可以处五万元以下罚款。", "可以处十万元以下罚款。", "一、将第一条中的“五万元以下”修改为“十万元以下”。"),
    ("主管部门或者其委托的机构应当依照本法办理。", "主管部门或者其委托的机构应当及时依照本法办理。",
     "一、在第一条中的“主管部门或者其委托的机构应当”后增加“及时”。"),
    # words unique only far back: from the mark of punctuation before them, not mid-word (统计法 第四十二条,
    # a trial: 「账的，由…」 for 「统计台账的，由…」)
    ("伪造统计台账的，由统计机构责令改正，给予警告。遗失统计台账的，由统计机构责令改正，给予警告；情节严重的，予以通报。",
     "伪造统计台账的，由统计机构责令改正，给予警告，并处罚款。遗失统计台账的，由统计机构责令改正，给予警告；情节严重的，予以通报。",
     "一、在第一条中的“伪造统计台账的，由统计机构责令改正，给予警告”后增加“，并处罚款”。"),
    ("遗失统计台账的，由统计机构责令改正，给予警告；伪造原始记录、统计台账的，由统计机构责令改正，给予警告。",
     "遗失统计台账的，由统计机构责令改正，给予警告；伪造原始记录、统计台账的，由统计机构责令改正，给予警告，并处罚款。",
     "一、在第一条中的“伪造原始记录、统计台账的，由统计机构责令改正，给予警告”后增加“，并处罚款”。"),
    # words put in after the text's first character: the words they go into (农产品质量安全法 第一条, a trial)
    ("为保障农产品质量安全，维护公众健康，制定本法。", "为了保障农产品质量安全，维护公众健康，制定本法。",
     "一、将第一条中的“为保障”修改为“为了保障”。"),
    # words unique only with a piece of the number before them: the whole number (反洗钱法 第三十二条, a trial)
    ("情节严重的，处二十万元以上五十万元以下罚款；其他的，处一万元以上五十万元以下罚款。",
     "情节严重的，处二十万元以上二百万元以下罚款；其他的，处一万元以上五十万元以下罚款。",
     "一、将第一条中的“二十万元以上五十万元以下”修改为“二十万元以上二百万元以下”。"),
    # no mark of punctuation near: from after a word that joins words, never mid-word (外商投资法 第二条第三款,
    # a trial: 「立的企业」 for 设立的企业)
    ("本法所称外商投资企业，是指全部或者部分由外国投资者投资，依照中国法律在中国境内经登记注册设立的企业。",
     "本法所称外商投资企业，是指全部或者部分由外国投资者投资，依照中国法律在中国境内经登记注册设立的企业，包括其分支机构。",
     "一、在第一条中的“登记注册设立的企业”后增加“，包括其分支机构”。"),
    # never after a character that opens a word there (依法, 或者…: a stranger's review found 「法履行纳税义务」)
    ("电子商务经营者应当依法办理市场主体登记并依法履行纳税义务。", "电子商务经营者应当依法办理市场主体登记并依法履行纳税义务和其他法定义务。",
     "一、在第一条中的“依法履行纳税义务”后增加“和其他法定义务”。"),
    ("电子商务平台经营者为平台内经营者多方提供网络经营场所，应当遵守本法。",
     "电子商务平台经营者为平台内经营者多方提供网络经营场所和服务，应当遵守本法。", "一、在第一条中的“经营场所”后增加“和服务”。"),
    # one character changed: quoted with the neighbour the law makes a word with (资产, used again in the
    # law), never 「产占」 → 「本占」 (会计法 第三十六条, a trial)
    # a deletion ending in 一 of a word (统一): the word, never 「统一年」 → 「年」 (a review)
    ("国家实行统一年度报告制度。", "国家实行年度报告制度。", "一、删去第一条中的“统一”。"),
    # a whole sentence deleted, quoted with its 。: the instruction ends with the quote (“…除外。”), never 。”。
    # (GB/T 15834: 他说：“…。”; a trial of 矿产资源法 2009 第二十五条)
    ("开采矿产资源，应当进行综合评价。但是，国家另有规定的建设项目除外。", "开采矿产资源，应当进行综合评价。",
     "一、删去第一条中的“但是，国家另有规定的建设项目除外。”"),
    ("国有的和国有资产占控股地位的企业必须设置总会计师。国有资产管理部门依法监督。",
     "国有的和国有资本占控股地位的企业必须设置总会计师。国有资产管理部门依法监督。", "一、将第一条中的“和国有资产”修改为“和国有资本”。"),
])  # fmt: skip
def test_the_instrument_quotes_whole_words(old: str, new: str, instruction: str) -> None:
    """Words quoted as a reader reads them: a number with its unit and bound, never half a word
    or a full stop (“入目录。”), the words before an insertion from a mark of punctuation."""
    base = parse_text(f"示例法\n第一条　{old}\n", "zh-CN")
    text, _ = write_instrument(base, {"art_1": new}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2] == instruction


def test_one_kuan_of_several_rewritten_whole_is_named_not_the_whole_article() -> None:
    """(a trial of 矿产资源法 2009 第十一条) 第一款 rewritten past word-level items, 第二款 as it was: the
    NPC's 将第一条第一款修改为：“…” ending with the quote, applied back to the committee's text; an
    article of one 款 is rewritten as the article."""
    from lawcomment.amendment.apply import apply_instrument
    from lawcomment.amendment.parse import instrument_from_text

    first = "国务院地质矿产主管部门主管全国矿产资源勘查、开采的监督管理工作。国务院有关主管部门协助国务院地质矿产主管部门进行监督管理工作。"
    second = "省、自治区、直辖市人民政府地质矿产主管部门主管本行政区域内矿产资源勘查、开采的监督管理工作。"
    rewritten = "国务院自然资源主管部门会同有关部门负责全国矿产资源勘查、开采和矿区生态修复等活动的监督管理工作。"
    base = parse_text(f"示例法\n第一条　{first}\n{second}\n第二条　{first}\n", "zh-CN")
    text, _ = write_instrument(base, {"art_1": f"{rewritten}\n{second}", "art_2": rewritten}, title="关于修改《示例法》的建议")
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[1:3] == [f"一、将第一条第一款修改为：“{rewritten}”", f"二、将第二条修改为：“{rewritten}”"]
    applied = apply_instrument(base, instrument_from_text(text))
    draft = applied[0] if isinstance(applied, tuple) else applied
    bodies = {v.unit.eid: v.unit.body("\n") for v in draft.articles()}  # type: ignore[union-attr]
    assert bodies == {"art_1": f"{rewritten}\n{second}", "art_2": rewritten}


def test_a_small_change_beside_a_new_kuan_is_said_in_words_not_its_kuan_rewritten() -> None:
    """(a trial of 网络数据安全管理条例 第三十三条) 每年度 → 每两年 in 第一款 (两 put in, 度 taken out) beside a new 第五款:
    the instrument rewrote 第一款 whole for a two-character change, unsaid. Its words are said, and it applies back."""
    first = "重要数据的处理者应当每年度对其网络数据处理活动开展风险评估，并报送风险评估报告。"
    second = "风险评估报告应当包括网络数据处理者基本信息。"
    base = parse_text(f"示例条例\n第一条　{first}\n{second}\n第二条　本条例自公布之日起施行。\n", "zh-CN")
    new = f"{first.replace('每年度', '每两年')}\n{second}\n已经按照其他规定开展风险评估的，可以不再重复开展。"
    text, _ = write_instrument(base, {"art_1": new}, title="关于修改《示例条例》的建议")
    item = text.splitlines()[2]
    assert item.startswith("一、将第一条第一款中的“") and "修改为：“" not in item.split("；")[0], item
    assert item.endswith("在第一条第二款后增加一款，作为第三款：“已经按照其他规定开展风险评估的，可以不再重复开展。”"), item
    amended, _ = apply_operations(base, instrument_from_text(text).operations, get_profile(base.profile))
    assert amended.find("art_1").body() == new


def test_words_in_one_kuan_of_several_are_quoted_in_that_kuan() -> None:
    """A change inside one 款 of an article of several names that 款, as the NPC's instruments do (在第二条第二款中的
    “…”后增加…; a trial's instrument said 第二条 only), and applies back to the committee's text."""
    base = parse_text("示例法\n第一条　甲。\n第二条　本法适用于境内的活动。\n本法所称经营者，是指依法设立的企业。\n", "zh-CN")
    new = "本法适用于境内的活动。\n本法所称经营者，是指依法设立的企业和个人。"
    text, _ = write_instrument(base, {"art_2": new}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2] == "一、在第二条第二款中的“是指依法设立的企业”后增加“和个人”。"
    ins = instrument_from_text(text)
    assert ins.unrecognised == ()
    amended, _ = apply_operations(base, ins.operations, get_profile(base.profile))
    assert amended.find("art_2").body() == new


def test_two_new_articles_after_one_follow_each_other_in_the_instrument_and_when_applied() -> None:
    """(a new user's trial of 会计法 第四十九条) Two new articles proposed after one: the second is put in
    after the first (在第一条之一后增加一条，作为第一条之二), and applying the instrument gives them in
    that order; an instrument that puts both after the article itself is applied in their numbers'
    order too."""
    from lawcomment import parse_text
    from lawcomment.amendment.apply import apply_instrument

    base = parse_text("示例法\n第一条　违反本法规定的，依法处罚。\n第二条　本法自公布之日起施行。\n", "zh-CN")
    text, _ = write_instrument(base, {}, [("art_1", "甲应当记入信用记录。"), ("art_1", "乙依照其规定从轻处罚。")],
                               title="关于修改《示例法》的建议")  # fmt: skip
    assert text.splitlines()[2:5] == ["一、在第一条后增加一条，作为第一条之一：“甲应当记入信用记录。”", "",
                                      "二、在第一条之一后增加一条，作为第一条之二：“乙依照其规定从轻处罚。”"]  # fmt: skip
    assert text.splitlines()[-1] == "此外，对条文顺序作相应调整。"
    text = without_closing(text)
    for written in (text, text.replace("在第一条之一后增加一条", "在第一条后增加一条")):
        new, _ = apply_instrument(base, instrument_from_text(written))
        assert [(v.unit.label, v.unit.body()) for v in new.articles()] == [
            ("第一条", "违反本法规定的，依法处罚。"), ("第一条之一", "甲应当记入信用记录。"), ("第一条之二", "乙依照其规定从轻处罚。"),
            ("第二条", "本法自公布之日起施行。")]  # fmt: skip


RECORDS = ("农产品生产企业应当建立农产品生产记录，如实记载下列事项：\n（一）使用农业投入品的名称；\n（二）动物疫病的发生和防治情况；\n"
           "（三）收获、屠宰或者捕捞的日期。\n农产品生产记录应当保存二年。\n禁止伪造、变造农产品生产记录。")  # fmt: skip


@pytest.mark.parametrize(("new", "instruction"), [
    # (a new user's trial of 农产品质量安全法) a 款 taken out, and a 款 or a 项 put in: the NPC's forms,
    # never the whole article rewritten for them
    (RECORDS.replace("\n禁止伪造、变造农产品生产记录。", ""), "一、删去第一条第三款。"),
    (RECORDS.replace("保存二年。", "保存二年。\n农产品生产记录可以采用电子形式。"),
     "一、在第一条第二款后增加一款，作为第三款：“农产品生产记录可以采用电子形式。”"),
    # (the 项 before the new last one ends with ；now, as applying 增加一项 makes it: a review)
    (RECORDS.replace("日期。", "日期；\n（四）农产品质量安全检测情况。"),
     "一、在第一条第一款中增加一项，作为第四项：“（四）农产品质量安全检测情况。”"),
    # a 项 put in or taken out mid-list: the 项 after it numbered on, as applying the instrument does
    (RECORDS.replace("（二）动物疫病", "（二）检测情况；\n（三）动物疫病").replace("（三）收获", "（四）收获"),
     "一、在第一条第一款中增加一项，作为第二项：“（二）检测情况；”"),
    (RECORDS.replace("（二）动物疫病的发生和防治情况；\n", "").replace("（三）收获", "（二）收获"), "一、删去第一条第一款第二项。"),
    # a 款 put in or taken out beside words changed in another 款: each said as such (a trial's 畜牧法 第五十二条 went
    # out as the whole article rewritten)
    (RECORDS.replace("保存二年。", "保存三年。\n农产品生产记录可以采用电子形式。"),
     "一、将第一条第二款中的“二年”修改为“三年”；在第一条第二款后增加一款，作为第三款：“农产品生产记录可以采用电子形式。”"),
    (RECORDS.replace("\n禁止伪造、变造农产品生产记录。", "").replace("保存二年。", "保存三年。"),
     "一、将第一条第二款中的“二年”修改为“三年”；删去第一条第三款。"),
    (RECORDS.replace("农产品生产记录应当保存二年。", "农产品生产企业应当将生产记录至少保存三年，并接受监督检查。\n"
                     "国家鼓励采用电子形式。"),
     # (the term whole, 农产品生产记录: never 「记录应当…」 → 「企业应当将生产记录…」, 生产记录 cut in two)
     "一、将第一条第二款中的“农产品生产记录应当保存二年”修改为“农产品生产企业应当将生产记录至少保存三年，并接受监督检查”；在第一条"
     "第二款后增加一款，作为第三款：“国家鼓励采用电子形式。”"),
    # a 项 put in at its list's end beside a word changed in another line (反洗钱法 第三十二条, a trial): both said
    (RECORDS.replace("日期。", "日期；\n（四）检测情况。").replace("保存二年", "保存三年"),
     "一、将第一条第二款中的“二年”修改为“三年”；在第一条第一款中增加一项，作为第四项：“（四）检测情况。”"),
    # a 项 taken out with the rest left unnumbered is no instrument's form: the article is written whole
    (RECORDS.replace("（二）动物疫病的发生和防治情况；\n", ""), "一、将第一条修改为：“农产品生产企业应当建立农产品生产记录，如实记载下列事项："),
])  # fmt: skip
def test_a_whole_paragraph_or_item_is_taken_out_or_put_in_by_the_npc_s_forms(new: str, instruction: str) -> None:
    from lawcomment.amendment.apply import apply_instrument

    base = parse_text(f"示例法\n第一条　{RECORDS}\n第二条　本法自公布之日起施行。\n", "zh-CN")
    text, _ = write_instrument(base, {"art_1": new}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2] == instruction
    applied, _ = apply_instrument(base, instrument_from_text(text))
    art = applied.find("art_1")
    assert art is not None and art.body() == new


def test_the_same_words_changed_wherever_they_stand_are_said_once() -> None:
    # a trial (反洗钱法 第二十五条): 在场的 taken out twice went out as 将“会同在场的金”修改为“会同金”；将“员和在场的金”修改为“员和金”
    from lawcomment.amendment.apply import apply_instrument

    art = "检查时应当会同在场的金融机构工作人员进行，并由调查人员和在场的金融机构工作人员签名。"
    base = parse_text(f"示例法\n第一条　{art}\n第二条　本法自公布之日起施行。\n", "zh-CN")
    new = art.replace("在场的", "")
    text, _ = write_instrument(base, {"art_1": new}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2] == "一、删去第一条中的“在场的”。"
    applied, _ = apply_instrument(base, instrument_from_text(text))
    assert applied.find("art_1").body() == new  # type: ignore[union-attr]


def test_a_kuan_put_in_an_article_of_one_kuan_is_put_in_the_article() -> None:
    # a verifying trial: 在第三十一条第一款后增加一款 for an article with only one 款 (Chinese drafting says 在第三十一条中增加一款)
    from lawcomment.amendment.apply import apply_instrument

    base = parse_text("示例法\n第一条　农产品生产记录应当保存二年。\n第二条　本法自公布之日起施行。\n", "zh-CN")
    new = "农产品生产记录应当保存二年。\n国家鼓励采用电子形式。"
    text, _ = write_instrument(base, {"art_1": new}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2] == "一、在第一条中增加一款，作为第二款：“国家鼓励采用电子形式。”"
    applied, _ = apply_instrument(base, instrument_from_text(text))
    assert applied.find("art_1").body() == new  # type: ignore[union-attr]


@pytest.mark.parametrize(("art", "old", "new", "instruction"), [
    # a character changed in the same word wherever the article has it (会计法 2017 → 2024, 帐 → 账): the word
    # said once, never each quoted with the characters around it (「币为记帐」, 「作为记帐」)
    ("各单位以人民币为记帐本位币。\n业务收支以外币为主的单位，可以选定其中一种外币作为记帐本位币。", "帐", "账",
     "一、将第一条中的“记帐”修改为“记账”。"),
    ("会计凭证、会计帐簿必须保存。\n会计帐簿应当连续登记。\n任何人不得伪造会计帐簿。", "帐", "账",
     "一、将第一条中的“帐簿”修改为“账簿”。"),
    # a body's name whose first words change (机构改革): quoted whole, as the NPC's instruments do
    ("县级以上人民政府工商行政管理部门负责监督管理工作。", "工商行政", "市场监督",
     "一、将第一条中的“工商行政管理部门”修改为“市场监督管理部门”。"),
    ("工商行政管理部门应当依法查处。县级以上工商行政管理部门可以委托有关机构。", "工商行政", "市场监督",
     "一、将第一条中的“工商行政管理部门”修改为“市场监督管理部门”。"),
])  # fmt: skip
def test_a_word_changed_alike_is_quoted_whole_and_once(art: str, old: str, new: str, instruction: str) -> None:
    from lawcomment.amendment.apply import apply_instrument

    # (第二条 as the law has 记帐 elsewhere: which neighbour a character makes a word with, the law's pairs tell)
    base = parse_text(f"示例法\n第一条　{art.replace(chr(10), chr(10) + '　　')}\n第二条　记帐凭证和记帐方法依照本法。\n",
                      "zh-CN")  # fmt: skip
    wanted = art.replace(old, new)
    assert base.find("art_1").body() == art  # type: ignore[union-attr]
    text, _ = write_instrument(base, {"art_1": wanted}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2] == instruction
    applied, _ = apply_instrument(base, instrument_from_text(text))
    assert applied.find("art_1").body() == wanted  # type: ignore[union-attr]


def test_a_bill_s_sections_are_named_sections_and_a_new_one_numbered_5a() -> None:
    # a trial (an English bill): the instrument wrote "Article 1 is amended…" and "The following Article 1-1 is
    # inserted", and applying it labelled the new section 第一条之一 (so every change of it was written in full)
    bill = parse_text("Sample Bill\n\nSection 1\n\nPayments\n\nA payment may be made to a farmer.\n\nSection 2\n\n"
                      "Commencement\n\nThis Act comes into force on 1 January.\n\nSection 3\n\nExtent\n\n"
                      "This Act extends to England.\n", profile="en")  # fmt: skip
    changes = {"art_2": "This Act comes into force on 1 April.", "art_3": None}
    insertions = [("art_1", "The Secretary may act."), ("art_1", "The Secretary must report.")]
    text, _ = write_instrument(bill, changes, insertions, lang="en")
    assert [x for x in text.splitlines() if x[:1].isdigit()] == [
        "1. The following Section 1A is inserted after Section 1: “The Secretary may act.”",
        "2. The following Section 1B is inserted after Section 1A: “The Secretary must report.”",
        "3. In Section 2, “January” is replaced by “April”.",
        "4. Section 3 is deleted.",
    ]
    assert text.splitlines()[-1] == "The Sections are renumbered accordingly."
    ins = instrument_from_text(without_closing(text))
    assert ins.unrecognised == ()
    amended, report = apply_operations(bill, ins.operations, get_profile(bill.profile))
    assert report.added == ("art_1-1", "art_1-2") or list(report.added) == ["art_1-1", "art_1-2"]
    assert [v.unit.body() for v in amended.articles()] == [
        "A payment may be made to a farmer.", "The Secretary may act.", "The Secretary must report.",
        "This Act comes into force on 1 April."]


def test_a_definition_put_at_a_list_s_end_keeps_the_others_full_stops() -> None:
    """(a review) 增加一项 at the end of a list whose 项 each end with 。 (definitions) made the one before it end with ；."""
    from lawcomment.amendment.apply import apply_instrument

    base = parse_text("示例法\n第一条　本法下列用语的含义：\n（一）经营者，是指从事经营活动的法人。\n（二）消费者，是指购买商品的自然人。\n"
                      "第二条　本法自公布之日起施行。\n", "zh-CN")  # fmt: skip
    text = "# 关于修改《示例法》的建议\n\n一、在第一条中增加一项，作为第三项：“（三）商品，是指用于销售的产品。”\n"
    applied, report = apply_instrument(base, instrument_from_text(text))
    assert applied.find("art_1").body().endswith("（二）消费者，是指购买商品的自然人。\n（三）商品，是指用于销售的产品。")  # type: ignore[union-attr]
    assert not report.warnings


@pytest.mark.parametrize(("old", "new", "instruction"), [
    ("发现违法行为的，应当及时报告有关部门。", "发现违法行为的，应当立即报告有关部门。", "一、将第一条中的“及时”修改为“立即”。"),
    ("任何单位不得干扰执法机关依法履行职责。", "任何单位不得妨碍执法机关依法履行职责。", "一、将第一条中的“干扰”修改为“妨碍”。"),
])  # fmt: skip
def test_only_a_body_s_name_is_quoted_whole(old: str, new: str, instruction: str) -> None:
    # (a review: 「及时报告有关部门」 and 「干扰执法机关」 were quoted as if names)
    base = parse_text(f"示例法\n第一条　{old}\n第二条　本法自公布之日起施行。\n", "zh-CN")
    text, _ = write_instrument(base, {"art_1": new}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2] == instruction


def test_a_bill_s_new_section_keeps_the_full_stop_its_labels_print() -> None:
    # (a review: Section 2A. and Section 3., the new one Section 2B without it)
    from lawcomment.amendment.apply import apply_instrument

    bill = parse_text("Test Bill\nSection 1. This Act may be cited as the Test Act.\nSection 2. A person must not sell tobacco.\n"
                      "Section 3. This Act comes into force on 1 January.\n", "en")  # fmt: skip
    text, _ = write_instrument(bill, {}, [("art_2", "A retailer must display a notice.")], lang="en")
    assert "1. The following Section 2A is inserted after Section 2: “A retailer must display a notice.”" in text.splitlines()
    # (a section put in is lettered and renumbers nothing: the instrument says nothing of renumbering)
    assert "renumbered" not in text and text == without_closing(text)
    applied, _ = apply_instrument(bill, instrument_from_text(text))
    assert [v.unit.label for v in applied.articles()] == ["Section 1.", "Section 2.", "Section 2A.", "Section 3."]


# (a new user's trial of 反垄断法 2007) a 款 put in after a list, words a change puts in and the next
# quotes again, and an amount changed in two 款
TRIAL = parse_text(
    "示例法\n"
    "第一条　禁止具有市场支配地位的经营者从事下列滥用市场支配地位的行为：\n"
    "（一）以不公平的高价销售商品或者以不公平的低价购买商品；\n（二）没有正当理由，以低于成本的价格销售商品；\n"
    "（三）国务院反垄断执法机构认定的其他滥用市场支配地位的行为。\n"
    "本法所称市场支配地位，是指经营者在相关市场内具有能够控制商品价格、数量或者其他交易条件的市场地位。\n"
    "第二条　行政机关不得滥用行政权力，采取与本地经营者不平等待遇等方式，排斥或者限制外地经营者在本地投资或者设立分支机构。\n"
    "第三条　尚未实施所达成的垄断协议的，可以处五十万元以下的罚款。\n"
    "行业协会违反本法规定，组织本行业的经营者达成垄断协议的，反垄断执法机构可以处五十万元以下的罚款。\n"
    "第四条　经营者实施垄断行为，给他人造成损失的，依法承担民事责任。\n", "zh-CN")  # fmt: skip
TRIAL_BODIES = {v.unit.eid: v.unit.body() for v in TRIAL.articles()}
TRIAL_NEW = {
    "art_1": TRIAL_BODIES["art_1"].replace("\n本法所称", "\n具有市场支配地位的经营者不得利用数据和算法从事前款规定的行为。\n本法所称"),
    "art_2": TRIAL_BODIES["art_2"].replace("排斥或者限制", "排斥、限制或者强制"),
    "art_3": TRIAL_BODIES["art_3"].replace("五十万", "三百万"),
    "art_4": TRIAL_BODIES["art_4"].replace("民事责任。", "民事责任。\n损害社会公共利益的，人民检察院可以提起民事公益诉讼。"),
}


def _applied_back(base, text: str):  # type: ignore[no-untyped-def]
    ins = instrument_from_text(text)
    assert ins.unrecognised == ()
    amended, _ = apply_operations(base, ins.operations, get_profile(base.profile))
    return {v.unit.eid: v.unit.body() for v in amended.articles()}


@pytest.mark.parametrize(("art", "instruction"), [
    # a 款 put in after a 款's last 项: 在第X条第Y款后增加一款, never the whole article rewritten
    ("art_1", "一、在第一条第一款后增加一款，作为第二款：“具有市场支配地位的经营者不得利用数据和算法从事前款规定的行为。”"),
    # put in 「、限制」, then 限制 → 强制: said one by one, the second quotes the words the first put in (an
    # edit of the same span); the changes near each other are one replacement of words unique in the article
    ("art_2", "一、将第二条中的“排斥或者限制”修改为“排斥、限制或者强制”。"),
    # an amount changed alike in two 款: quoted with its unit and bound, as one changed once is
    ("art_3", "一、将第三条中的“五十万元以下”修改为“三百万元以下”。"),
    ("art_4", "一、在第四条中增加一款，作为第二款：“损害社会公共利益的，人民检察院可以提起民事公益诉讼。”"),
])  # fmt: skip
def test_the_trial_s_articles_are_said_targeted_and_apply_back(art: str, instruction: str) -> None:
    text, instructions = write_instrument(TRIAL, {art: TRIAL_NEW[art]}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2] == instruction
    assert [i.whole_because for i in instructions] == [""]
    assert _applied_back(TRIAL, text)[art] == TRIAL_NEW[art]


def test_one_article_s_items_that_do_not_apply_back_never_rewrite_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    """(the trial) one article's targeted items failing the check wrote every article in full, silently: now
    only that article is, and ``whole_because`` says why (the export warns with it)."""
    from lawcomment.amendment import write

    text, instructions = write_instrument(TRIAL, TRIAL_NEW, title="关于修改《示例法》的建议")
    assert [i.whole_because for i in instructions] == ["", "", "", ""]
    assert text.splitlines()[2::2] == ["一、在第一条第一款后增加一款，作为第二款：“具有市场支配地位的经营者不得利用数据和算法从事前款规定的行为。”",
                                       "二、将第二条中的“排斥或者限制”修改为“排斥、限制或者强制”。",
                                       "三、将第三条中的“五十万元以下”修改为“三百万元以下”。",
                                       "四、在第四条中增加一款，作为第二款：“损害社会公共利益的，人民检察院可以提起民事公益诉讼。”",
                                       "此外，对条款顺序作相应调整。"]
    assert _applied_back(TRIAL, text) == TRIAL_NEW
    # no form of 第二条's but the first, which quotes 「限制」 the item itself put in: 第二条 alone in full
    small = write._small_edits
    monkeypatch.setattr(write, "_small_edits", lambda old, new, usage=None, merge=0, scopes=():
                        None if merge and "排斥" in old else small(old, new, usage, merge, scopes))  # fmt: skip
    text, instructions = write_instrument(TRIAL, TRIAL_NEW, title="关于修改《示例法》的建议")
    assert text.splitlines()[4] == f"二、将第二条修改为：“{TRIAL_NEW['art_2']}”"
    assert [i.whole_because for i in instructions] == [
        "", "two edits of the same span: “限制” in 第二条 overlaps the edit of item 二 (将第二条中的“限制”修改为“强制”)", "", ""]
    assert text.splitlines()[2].startswith("一、在第一条第一款后增加一款") and text.splitlines()[6].startswith("三、将第三条中的")
    assert _applied_back(TRIAL, text) == TRIAL_NEW
    assert write.rewritten_whole(instructions, "out.md") == [
        "第二条 (art_2) is rewritten whole in out.md: its targeted items do not apply back to the committee's text (two "
        "edits of the same span: “限制” in 第二条 overlaps the edit of item 二 (将第二条中的“限制”修改为“强制”))"]


@pytest.mark.parametrize(("old", "new", "merged"), [
    # near changes of a line as one replacement, quoted from the word before a mark put in
    ("排斥或者限制外地经营者。", "排斥、限制或者强制外地经营者。", [("replace", "排斥或者限制", "排斥、限制或者强制")]),
    # an insertion whose words before it stand twice up to the 款's start: a replacement of unique words
    ("电子商务平台经营者应当公示。\n电子商务平台经营者应当报告。", "电子商务平台经营者应当及时公示。\n电子商务平台经营者应当报告。",
     [("replace", "公示", "及时公示")]),
    # three changes of a sentence as one replacement read as none: no merged form (the unit is rewritten whole)
    ("排斥或者限制外地经营者。", "排斥、限制或者强制外来经营者。", []),
])  # fmt: skip
def test_merged_edits_replace_unique_words(old: str, new: str, merged: list[tuple[str, str, str]]) -> None:
    from lawcomment.amendment.write import _small_edits

    assert [e[:3] for e in _small_edits(old, new, {}, merge=1) or []] == merged


def test_cli_export_warns_of_an_article_rewritten_whole_and_of_it_alone(consultation, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """(the trial) an article whose targeted items would not apply back: that article alone in full, and said on
    stderr (exit 0, the instrument is written); the others targeted. Without it, nothing said."""
    from lawcomment.amendment import write

    for at, text in (("第四条", BODIES["art_4"].replace("排除、限制市场竞争", "排除、限制、妨碍市场竞争")),
                     ("第十三条", BODIES["art_13"].replace("不得销售或者提供", "不得销售、提供或者运输"))):  # fmt: skip
        assert consultation("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", at, "--propose",
                            text).exit_code == 0  # fmt: skip
        assert consultation("decide", "--draft", "ecommerce@1", "--article", at, "--accept", "c1").exit_code == 0
    md = tmp_path / "out.md"
    head = "# 关于修改《中华人民共和国电子商务法》的建议\n\n委员会建议对《中华人民共和国电子商务法》作如下修改：\n\n"
    out = consultation("export", "--draft", "ecommerce@1", "--format", "amendment", "-o", str(md))
    assert (out.exit_code, out.stderr) == (0, "")
    assert md.read_text(encoding="utf-8") == head + (
        "一、在第四条中的“不得滥用行政权力排除、限制”后增加“、妨碍”。\n\n"
        "二、将第十三条中的“销售或者提供”修改为“销售、提供或者运输”。\n")  # fmt: skip
    # a writer whose items for 第十三条 quote words they put in themselves, and no other form of them
    item = write._zh_item
    monkeypatch.setattr(write, "_zh_item", lambda eid, old, new, unit=None, sep="\n", usage=None, merge=0: (
        ["在第十三条中的“不得销售”后增加“、提供”；将第十三条中的“提供”修改为“提供或者运输”。"] if eid == "art_13" and not merge
        else item(eid, old, new, unit, sep, usage, merge) if eid != "art_13" else [f"将第十三条修改为：“{new}”"]))  # fmt: skip
    out = consultation("export", "--draft", "ecommerce@1", "--format", "amendment", "-o", str(md))
    assert out.exit_code == 0, out.output
    assert out.stderr == (
        f"warning: 第十三条 (art_13) is rewritten whole in {md}: its targeted items do not apply back to the committee's "
        "text (two edits of the same span: “提供” in 第十三条 overlaps the edit of item 二 (将第十三条中的“提供”修改为“提供或者运输”))\n")
    assert md.read_text(encoding="utf-8") == head + (
        "一、在第四条中的“不得滥用行政权力排除、限制”后增加“、妨碍”。\n\n"
        f"二、将第十三条修改为：“{BODIES['art_13'].replace('不得销售或者提供', '不得销售、提供或者运输')}”\n")  # fmt: skip


# (a new user's trial of 对外贸易法 2016) 行政 taken out of one 款's 行政处分 went out as the whole article, silently;
# 「并公布」 → 「，并及时向社会公布」 opened with a mark; 「资料。有关部门」 was quoted across a sentence's end
FTL = ("依照本法负责对外贸易管理工作的部门的工作人员玩忽职守，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，依法给予行政处分。\n"
       "依照本法负责对外贸易管理工作的部门的工作人员利用职务上的便利，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，依法给予行政处分。")


@pytest.mark.parametrize(("old", "new", "instruction"), [
    # words unique in their 款 (not in the article): that 款 cited, the term quoted whole
    (FTL, FTL.replace("行政处分", "处分", 1), "一、将第一条第一款中的“行政处分”修改为“处分”。"),
    (FTL, FTL[::-1].replace("分处政行", "分处", 1)[::-1], "一、将第一条第二款中的“行政处分”修改为“处分”。"),
    # the same term changed alike in both 款: said once for the article
    (FTL, FTL.replace("行政处分", "处分"), "一、将第一条中的“行政处分”修改为“处分”。"),
    # a mark put in at the replacement's start: quoted from the word before it
    ("目录由主管部门确定、调整并公布。", "目录由主管部门确定、调整，并及时向社会公布。",
     "一、将第一条中的“调整并公布”修改为“调整，并及时向社会公布”。"),
    # words put in after others that stand more than once: never quoted back across a sentence's end
    ("向有关部门提交资料。有关部门应当保守秘密。", "向有关部门提交资料。有关部门及其工作人员应当保守秘密。",
     "一、将第一条中的“有关部门应当”修改为“有关部门及其工作人员应当”。"),
    ("向主管机关提交资料。有关部门应当保守秘密。", "向主管机关提交资料。有关部门及其工作人员应当保守秘密。",
     "一、在第一条中的“有关部门”后增加“及其工作人员”。"),
    # a word of its own taken out: 删去 (统一 of 统一年度报告)
    ("国家实行统一年度报告制度。", "国家实行年度报告制度。", "一、删去第一条中的“统一”。"),
])  # fmt: skip
def test_a_small_change_is_said_targeted_and_applies_back(old: str, new: str, instruction: str) -> None:
    base = parse_text(f"示例法\n第一条　{old}\n第二条　本法自公布之日起施行。\n", "zh-CN")
    text, instructions = write_instrument(base, {"art_1": new}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2:] == [instruction]
    assert [i.whole_because for i in instructions] == [""]
    assert _applied_back(base, text)["art_1"] == new


#: A law that writes 上市公司 as a term and 公司 alone as often (each article's 上市 once), and 行政处分, never 处分 alone.
LISTED = ("示例法\n第一条　上市公司应当依法公告重大事项。\n第二条　上市公司的董事应当忠实。\n第三条　上市公司设独立董事。\n"
          "第四条　公司应当依法经营。\n第五条　公司的股东会由全体股东组成。\n第六条　公司可以设立分公司。\n"
          "第七条　违反本法的，依法给予行政处分。\n第八条　行政处分由任免机关决定。\n第九条　本法自公布之日起施行。\n")  # fmt: skip


@pytest.mark.parametrize(("art", "old", "new", "instruction"), [
    # a modifier taken out of a term the law writes alone too: as a drafter writes it (an instrument said
    # 将第一条中的“上市公司”修改为“公司”)
    ("art_1", "上市公司", "公司", "一、删去第一条中的“上市”。"),
    # replaced, the term whole
    ("art_1", "上市公司", "国有公司", "一、将第一条中的“上市公司”修改为“国有公司”。"),
    # taken out of a term whose rest the law never writes alone: the term renamed
    ("art_7", "行政处分", "处分", "一、将第七条中的“行政处分”修改为“处分”。"),
])  # fmt: skip
def test_a_modifier_taken_out_whole_reads_as_taken_out(art: str, old: str, new: str, instruction: str) -> None:
    base = parse_text(LISTED, "zh-CN")
    body = {v.unit.eid: v.unit.body() for v in base.articles()}[art]
    text, _ = write_instrument(base, {art: body.replace(old, new)}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2:] == [instruction]
    assert _applied_back(base, text)[art] == body.replace(old, new)


def test_a_small_change_no_targeted_form_fits_is_written_whole_and_warned(monkeypatch: pytest.MonkeyPatch) -> None:
    """A small change that no targeted form says (its first form whole: 40 characters or fewer, three places or
    fewer) is written, after the merged forms, as the 款 (or 项) it stands in rewritten whole, unwarned (an audit's
    “合同。” quoted as words); in an article of one 款, as the article, and warned of; a large one is whole, unsaid."""
    from lawcomment.amendment import write

    base = parse_text(f"示例法\n第一条　{FTL}\n第二条　本法自公布之日起施行。\n", "zh-CN")
    new = FTL.replace("行政处分", "处分", 1)
    monkeypatch.setattr(write, "_small_edits", lambda *a, **k: None)
    text, instructions = write_instrument(base, {"art_1": new}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2] == f"一、将第一条第一款修改为：“{new.splitlines()[0]}”"
    assert write.rewritten_whole(instructions, "out.md") == []
    assert _applied_back(base, text)["art_1"] == new
    one = FTL.splitlines()[0]
    base = parse_text(f"示例法\n第一条　{one}\n第二条　本法自公布之日起施行。\n", "zh-CN")
    new = one.replace("行政处分", "处分", 1)
    text, instructions = write_instrument(base, {"art_1": new}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2] == f"一、将第一条修改为：“{new}”"
    assert write.rewritten_whole(instructions, "out.md") == write.rewritten_whole(instructions, "out.md", base) == [
        "第一条 (art_1) is rewritten whole in out.md, though its change is small: no targeted form quotes its 1 "
        "change(s) apart: 「行政」 → 「」"]
    # an English draft's article as it cites it (a trial's English warnings cited 第十二条)
    english = parse_text("Act\n\nArticle 1\n\nA rule.\n\nArticle 2\n\nAnother rule.\n", "en")
    assert [line.split(" is rewritten")[0] for line in write.rewritten_whole(instructions, "out.md", english)] == [
        "Article 1 (art_1)"]
    assert _applied_back(base, text)["art_1"] == new
    large = "全新的条文，与原文不同。" * 5
    text, instructions = write_instrument(base, {"art_1": large}, title="关于修改《示例法》的建议")
    assert write.rewritten_whole(instructions, "out.md") == []


@pytest.mark.parametrize(("changes", "insertions", "lang", "closing"), [
    ({"art_2": None}, [], "zh", "此外，对条文顺序作相应调整。"),
    ({}, [("art_1", "新增的条文。")], "zh", "此外，对条文顺序作相应调整。"),
    ({"art_1": "第一款。\n第二款。"}, [], "zh", "此外，对条款顺序作相应调整。"),
    ({"art_1": "第一款。"}, [], "zh", ""),
    ({"art_2": None}, [], "en", "The Articles are renumbered accordingly."),
    ({"art_1": "第二款。"}, [], "en", ""),
])  # fmt: skip
def test_an_instrument_that_takes_out_or_puts_in_units_closes_with_their_renumbering(
        changes: dict[str, str | None], insertions: list[tuple[str, str]], lang: str, closing: str) -> None:  # fmt: skip
    """(the trial: 删去第九条, 增加第十二条之一, and no word of the numbers) the NPC's closing sentence, which applying
    reads as numbering the articles in order"""
    base = parse_text("示例法\n第一条　第一款。\n第二条　本条删去。\n第三条　依照本法第二条规定执行。\n", "zh-CN")
    text, _ = write_instrument(base, changes, insertions, lang=lang, title="T")
    assert (text.splitlines()[-1] == closing) if closing else not any(x in text for x in ("调整", "renumbered"))
    ins = instrument_from_text(text)
    assert ins.unrecognised == ()
    amended, report = apply_operations(base, ins.operations, get_profile(base.profile))
    assert [v.unit.label for v in amended.articles()] == [f"第{n}条" for n in "一二三四"[:len(amended.articles())]]


def test_an_english_instrument_renumbers_only_when_an_article_taken_out_shifts_the_numbers() -> None:
    """(a trial's GDPR: Article 30a put in closed with "The Articles are renumbered accordingly." and export warned of
    170 citations it shifted) an article put in is lettered, as EU practice inserts it: no closing
    sentence, nothing renumbered, no citation warned of; one taken out closes with it, and its shifts are warned of."""
    from lawcomment.amendment.write import renumbered_citations

    base = parse_text("Act\n\nArticle 1\n\nA rule.\n\nArticle 2\n\nAnother rule.\n\nArticle 3\n\nA third rule.\n\n"
                      "Article 4\n\nArticle 3 applies.\n", "en")  # fmt: skip
    text, _ = write_instrument(base, {}, [("art_1", "A new rule.")], lang="en")
    assert text.splitlines()[-1] == "1. The following Article 1a is inserted after Article 1: “A new rule.”"
    assert renumbered_citations(base, text, "out.md") == []
    amended, report = apply_operations(base, instrument_from_text(text).operations, get_profile(base.profile))
    assert [v.unit.label for v in amended.articles()] == ["Article 1", "Article 1a", "Article 2", "Article 3", "Article 4"]
    assert (report.renumbered, report.references) == ((), ())
    text, _ = write_instrument(base, {"art_2": None}, lang="en")
    assert text.splitlines()[-3:] == ["1. Article 2 is deleted.", "", "The Articles are renumbered accordingly."]
    assert renumbered_citations(base, text, "out.md") == [
        "Article 4 (art_4) cites 「Article 3」, which is 「Article 2」 in out.md once the articles are renumbered: check the "
        "citation"]
    # the law's last article taken out, or one a new one takes the place of, shifts no number: nothing said of it
    for changes, insertions in (({"art_4": None}, []), ({"art_2": None}, [("art_1", "A new rule.")])):
        text, _ = write_instrument(base, changes, insertions, lang="en")
        assert "renumbered" not in text, text
        assert renumbered_citations(base, text, "out.md") == []


def test_an_english_instrument_applied_is_reported_in_its_law_s_citations(tmp_path: Path) -> None:
    """(an engineer's note) `amendment apply` and `draft amend` reported an English law's articles as 第二条."""
    from click.testing import CliRunner

    from lawcomment.cli import cli

    law = tmp_path / "act.txt"
    law.write_text("Act\n\nArticle 1\n\nA rule.\n\nArticle 2\n\nAnother rule.\n\nArticle 3\n\nArticle 2 applies.\n",
                   encoding="utf-8")  # fmt: skip
    base = parse_text(law.read_text(encoding="utf-8"), "en")
    text, _ = write_instrument(base, {"art_1": None, "art_2": "Another rule, and more."}, [("art_2", "A new rule.")],
                               lang="en")  # fmt: skip
    instrument = tmp_path / "amend.txt"
    instrument.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["amendment", "apply", str(law), str(instrument), "-o", str(tmp_path / "out.md")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[1:] == ["  changed  Article 1", "  added    Article 2", "  deleted  Article 1",
                                              "  renumbered Article 2 → Article 1",
                                              "  reference in Article 3: Article 2 → Article 1"], result.stderr  # fmt: skip


def test_cli_export_closes_with_renumbering_and_warns_of_citations_it_shifts(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(the trial) an article deleted: the instrument closes with 此外，对条文顺序作相应调整。, and export warns of
    the law's citations of the articles after it, whose numbers shift (applying it cites them so)."""
    assert consultation("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第四十三条", "--stance",
                        "delete", "--reason", "重复").exit_code == 0  # fmt: skip
    assert consultation("decide", "--draft", "ecommerce@1", "--article", "第四十三条", "--accept", "c1").exit_code == 0
    md = tmp_path / "out.md"
    out = consultation("export", "--draft", "ecommerce@1", "--format", "amendment", "-o", str(md))
    assert out.exit_code == 0, out.output
    assert out.stdout == f"wrote {md} (amendment): ecommerce@1, 1 article(s) changed in the submission, 0 unresolved conflict(s)\n"
    assert out.stderr == (
        f"warning: 1 citation(s) elsewhere in the law no longer fit what {md} changes:\n"
        "  第四十三条 (art_43): 第四十四条第一款 (art_44__para_1) cites 「第四十三条」, which this position deletes; change or "
        "delete the citation\n"
        f"warning: 第七十五条 (art_75) cites 「第四十六条」, which is 「第四十五条」 in {md} once the articles are renumbered: "
        "check the citation\n"
        f"warning: 第七十六条 (art_76) cites 「第八十一条」, which is 「第八十条」 in {md} once the articles are renumbered: "
        "check the citation\n"
        f"warning: 第八十四条 (art_84) cites 「第四十五条」, which is 「第四十四条」 in {md} once the articles are renumbered: "
        "check the citation\n")  # fmt: skip
    assert md.read_text(encoding="utf-8") == ("# 关于修改《中华人民共和国电子商务法》的建议\n\n委员会建议对《中华人民共和国电子商务法》"
                                              "作如下修改：\n\n一、删去第四十三条。\n\n此外，对条文顺序作相应调整。\n")  # fmt: skip


def test_a_citation_in_an_article_put_in_is_named_by_the_instruments_number() -> None:
    # (a review) the warning named the new article 第二条 (art_2), the number it takes once renumbered, where
    # the base's 第二条 cites nothing: the committee knows it as 第一条之一
    from lawcomment.amendment import renumbered_citations

    base = parse_text("测试法\n第一条 为了规范测试活动，制定本法。\n第二条 测试机构应当依法登记。\n"
                      "第三条 测试机构应当公开测试结果。\n第四条 违反本法第三条规定的，处五万元以下罚款。\n", "zh-CN")  # fmt: skip
    text = ("一、在第一条后增加一条，作为第一条之一：“测试机构违反本法第三条规定的，依照本法第四条处罚。”\n\n"
            "此外，对条文顺序作相应调整。\n")  # fmt: skip
    assert renumbered_citations(base, text, "b.md") == [
        "第一条之一 (art_1-1) cites 「第三条」, which is 「第四条」 in b.md once the articles are renumbered: check the citation",
        "第一条之一 (art_1-1) cites 「第四条」, which is 「第五条」 in b.md once the articles are renumbered: check the citation",
        "第四条 (art_4) cites 「第三条」, which is 「第四条」 in b.md once the articles are renumbered: check the citation"]


def test_the_drafts_own_articles_of_zhi_yi_shift_no_citation_the_committee_is_warned_of(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A web trial: the draft itself put in 第二十四条之一; the committee's instrument added one article after
    第七十二条之一, and export warned of fourteen citations shifted by the draft's own article. Only those the
    committee's own articles shift are said (the draft's are the legislature's to renumber)."""
    law = tmp_path / "law.md"
    law.write_text("# 某法（修正草案）\n\n第一条 依照第五条的规定执行。\n\n第二条 用人单位应当依法订立合同。\n\n"
                   "第二条之一 平台企业应当保障劳动者权益。\n\n第三条 依照第四条的规定办理。\n\n"
                   "第四条 劳动者享有休息休假的权利。\n\n第五条 本法自公布之日起施行。\n", encoding="utf-8")  # fmt: skip
    run = consultation
    assert run("draft", "add", str(law), "--name", "zy", "--version", "1").exit_code == 0
    assert run("comment", "add", "--draft", "zy@1", "--member", "acme", "--at", "第四条", "--stance", "insert",
               "--propose", "劳动者享有获得劳动安全卫生保护的权利。").exit_code == 0  # fmt: skip
    assert run("decide", "--draft", "zy@1", "--article", "第四条", "--accept", "n1").exit_code == 0
    md = tmp_path / "zy.md"
    out = run("export", "--draft", "zy@1", "--format", "amendment", "-o", str(md))
    assert out.exit_code == 0, out.output
    said = [line for line in out.stderr.splitlines() if "once the articles are renumbered" in line]
    # 第三条's 第四条 shifts by the draft's 第二条之一 alone (to 第五条): not the committee's to check; 第一条's
    # 第五条 shifts past the committee's new article too (to 第七条): said
    assert said == [f"warning: 第一条 (art_1) cites 「第五条」, which is 「第七条」 in {md} once the articles are renumbered: "
                    "check the citation"], out.stderr  # fmt: skip


# (an audit of the Word output: 劳动合同法 and 个人所得税法 修正草案) a date cut in the middle, a 项's label quoted as
# words, a sentence put in at a 款's end anchored on 「合同。」: whole words, the 项 cited, the 款 rewritten
AUDIT_39 = ("劳动者有下列情形之一的，用人单位可以解除劳动合同：\n（一）在试用期间被证明不符合录用条件的；\n"
            "（二）严重违反用人单位的规章制度的；\n（三）严重失职，营私舞弊，给用人单位造成重大损害的。")  # fmt: skip
AUDIT_4 = ("下列各项个人所得，免征个人所得税：\n（一）省级人民政府颁发的奖金；\n（二）国债和国家发行的金融债券利息；\n"
           "（三）财产租赁所得，减除费用八百元。\n前款第三项免税规定，由国务院备案。")  # fmt: skip
AUDIT_10 = "建立劳动关系，应当订立书面劳动合同。\n已建立劳动关系，未同时订立书面劳动合同的，应当自用工之日起一个月内订立书面劳动合同。"


@pytest.mark.parametrize(("old", "new", "instruction"), [
    # a date: quoted whole, 日 with it, on either side (never “2008年1月1” → “公布之”, “公布之” → “2027年1月1”)
    ("本法自2008年1月1日起施行。", "本法自公布之日起施行。", "一、将第一条中的“2008年1月1日”修改为“公布之日”。"),
    ("本法自公布之日起施行。", "本法自2027年1月1日起施行。", "一、将第一条中的“公布之日”修改为“2027年1月1日”。"),
    ("本法自2008年1月1日起施行。", "本法自2008年1月15日起施行。", "一、将第一条中的“2008年1月1日”修改为“2008年1月15日”。"),
    ("本法自2008年1月1日起施行。", "本法自2009年1月1日起施行。", "一、将第一条中的“2008年1月1日”修改为“2009年1月1日”。"),
    # a number with its measure word, words put inside it too
    ("应当在五日内作出决定。", "应当在五个工作日内作出决定。", "一、将第一条中的“五日”修改为“五个工作日”。"),
    # a change inside a 项: the 项 cited (an article of one 款: 第一条第二项), never its label quoted
    (AUDIT_39, AUDIT_39.replace("用人单位的规章", "用人单位依法制定的规章"),
     "一、在第一条第二项中的“严重违反用人单位”后增加“依法制定”。"),
    (AUDIT_4, AUDIT_4.replace("国债和", "国债、地方政府债券和"), "一、在第一条第一款第二项中的“国债”后增加“、地方政府债券”。"),
    (AUDIT_4, AUDIT_4.replace("国债和", "国债、地方政府债券和").replace("八百元", "一千元"),
     "一、在第一条第一款第二项中的“国债”后增加“、地方政府债券”；将第一条第一款第三项中的“八百元”修改为“一千元”。"),
    # many changes in one 项's sentence: that 项 rewritten, its label with it (never the whole article)
    (AUDIT_39, AUDIT_39.replace("严重失职，营私舞弊，给用人单位造成重大损害的", "严重渎职，徇私舞弊，给用工单位造成重大损失的"),
     "一、将第一条第三项修改为：“（三）严重渎职，徇私舞弊，给用工单位造成重大损失的。”"),
    # a sentence put in at a 款's end: the 款 rewritten (never “合同。” → “合同。书面劳动合同…”)
    (AUDIT_10, AUDIT_10.replace("合同。\n", "合同。书面劳动合同包括以数据电文形式订立的电子劳动合同。\n"),
     "一、将第一条第一款修改为：“建立劳动关系，应当订立书面劳动合同。书面劳动合同包括以数据电文形式订立的电子劳动合同。”"),
    (AUDIT_10, AUDIT_10.replace("合同。\n", "合同。用人单位应当告知劳动者。\n"),
     "一、将第一条第一款修改为：“建立劳动关系，应当订立书面劳动合同。用人单位应当告知劳动者。”"),
])  # fmt: skip
def test_the_audit_s_changes_are_quoted_as_whole_words_in_the_unit_they_stand_in(old: str, new: str, instruction: str) -> None:
    _written_and_applied(old, new, instruction)
    quoted = re.findall(r"中的“([^”]*)”", instruction)
    assert not any(re.match(r"[（(][一二三四五六七八九十]+[）)]", q) for q in quoted)  # (no 项 label quoted as words)


def _written_and_applied(old: str, new: str, instruction: str) -> None:
    """Article 1 of a made-up law changed from ``old`` to ``new`` is the one targeted ``instruction``, which applied
    to the law gives ``new``."""
    from lawcomment.amendment import apply_instrument, write_instrument

    base = parse_text(f"示例法\n第一条　{old}\n第二条　本法自公布之日起施行。\n", "zh-CN")
    text, instructions = write_instrument(base, {"art_1": new}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2:] == [instruction]
    assert [i.whole_because for i in instructions] == [""]
    applied, _ = apply_instrument(base, instrument_from_text(text))
    assert applied.find("art_1").body() == new  # type: ignore[union-attr]


def test_a_sentence_put_in_an_article_of_one_kuan_rewrites_the_article_and_warns() -> None:
    """The smallest unit of an article of one 款 and no 项 is the article: rewritten whole, with the warning that
    says no targeted form quotes the change (never 「合同。」 quoted as words)."""
    from lawcomment.amendment import rewritten_whole, write_instrument

    old = "建立劳动关系，应当订立书面劳动合同。"
    new = old + "书面劳动合同包括电子劳动合同。"
    base = parse_text(f"示例法\n第一条　{old}\n第二条　本法自公布之日起施行。\n", "zh-CN")
    text, instructions = write_instrument(base, {"art_1": new}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2:] == [f"一、将第一条修改为：“{new}”"]
    assert rewritten_whole(instructions, "out.md") == [
        "第一条 (art_1) is rewritten whole in out.md, though its change is small: no targeted form quotes its 1 change(s) "
        "apart: 「」 → 「书面劳动合同包括电子劳动合同。」"]
    assert _applied_back(base, text)["art_1"] == new


@pytest.mark.parametrize(("sentence", "target"), [
    ("一、将第三十九条第二项中的“用人单位”修改为“单位”。", "art_39__para_1__item_2"),
    ("一、将第三十九条第一款第二项中的“用人单位”修改为“单位”。", "art_39__para_1__item_2"),
    ("一、将第三十九条第（二）项修改为：“（二）甲；”", "art_39__para_1__item_2"),
])  # fmt: skip
def test_a_xiang_of_an_article_of_one_kuan_is_read_as_the_npc_cites_it(sentence: str, target: str) -> None:
    ins = instrument_from_text(f"# 修正案\n\n{sentence}\n")
    assert ins.unrecognised == ()
    assert [op.target for op in ins.operations] == [target]


def test_cli_export_of_the_audit_s_consultation_writes_whole_words_and_applies_back(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    """The audit's cases end to end: stored, decided, exported as an instrument, and the instrument applied to the
    draft by ``amendment apply`` gives the committee's text."""
    law = tmp_path / "law.md"
    law.write_text("# 示例法\n\n" + "\n\n".join([
        f"第一条 {AUDIT_10.replace(chr(10), chr(10) * 2)}", f"第二条 {AUDIT_39.replace(chr(10), chr(10) * 2)}",
        f"第三条 {AUDIT_4.replace(chr(10), chr(10) * 2)}", "第四条 本法自2008年1月1日起施行。"]) + "\n", encoding="utf-8")  # fmt: skip
    proposed = {"第一条": AUDIT_10.replace("合同。\n", "合同。书面劳动合同包括以数据电文形式订立的电子劳动合同。\n"),
                "第二条": AUDIT_39.replace("用人单位的规章", "用人单位依法制定的规章"),
                "第三条": AUDIT_4.replace("国债和", "国债、地方政府债券和"), "第四条": "本法自公布之日起施行。"}  # fmt: skip
    db = str(tmp_path / "a.db")

    def run(*args: str):  # type: ignore[no-untyped-def]
        result = runner.invoke(cli, ["--db", db, *args])
        assert result.exit_code == 0, result.output
        return result

    run("init")
    run("draft", "add", str(law), "--name", "x", "--version", "1")
    run("member", "add", "acme")
    for at, text in proposed.items():
        run("comment", "add", "--draft", "x@1", "--member", "acme", "--at", at, "--propose", text)
        run("decide", "--draft", "x@1", "--article", at, "--accept", "c1")
    out = tmp_path / "out.md"
    result = run("export", "--draft", "x@1", "--format", "amendment", "-o", str(out))
    assert result.stdout == f"wrote {out} (amendment): x@1, 4 article(s) changed in the submission, 0 unresolved conflict(s)\n"
    assert result.stderr == ""
    assert [line for line in out.read_text(encoding="utf-8").splitlines() if line][2:] == [
        "一、将第一条第一款修改为：“建立劳动关系，应当订立书面劳动合同。书面劳动合同包括以数据电文形式订立的电子劳动合同。”",
        "二、在第二条第二项中的“严重违反用人单位”后增加“依法制定”。",
        "三、在第三条第一款第二项中的“国债”后增加“、地方政府债券”。",
        "四、将第四条中的“2008年1月1日”修改为“公布之日”。"]  # fmt: skip
    amended = tmp_path / "amended.md"
    applied = runner.invoke(cli, ["amendment", "apply", str(law), str(out), "-o", str(amended)])
    assert applied.exit_code == 0, applied.output
    assert applied.stderr.splitlines()[0].endswith("4 article(s) changed, 0 added, 0 deleted, 0 renumbered, "
                                                   "0 cross-reference(s) updated")  # fmt: skip
    got = load_draft(amended)
    assert [got.find(f"art_{n}").body() for n in range(1, 5)] == list(proposed.values())  # type: ignore[union-attr]


#: A law that writes 行政法规, 执行董事 and 股票 often enough to tell they are terms (a trial's 公司法).
TERMS = ("公司法\n第一条　公司从事经营活动，必须遵守法律、行政法规，遵守社会公德、商业道德，诚实守信。\n"
         "第二条　公司法定代表人依照公司章程的规定，由董事长、执行董事或者经理担任。\n"
         "第三条　股东应当遵守法律、行政法规和公司章程。执行董事可以兼任公司经理。\n"
         "第四条　公司发行的股票，可以为记名股票，也可以为无记名股票。法律、行政法规另有规定的除外。\n"
         "第五条　股东人数较少的有限责任公司，可以设一名执行董事，不设董事会。执行董事的职权由公司章程规定。\n"
         "第六条　公司不得接受本公司的股票作为质押权的标的。\n")  # fmt: skip


@pytest.mark.parametrize(("eid", "old", "new", "instruction"), [
    # never 删去“、行政” (行政法规 cut): the term whole, what is left of it as the new words
    ("art_1", "法律、行政法规", "法律法规", "一、将第一条中的“法律、行政法规”修改为“法律法规”。"),
    # never 将“董事长、执行”修改为“代表公司执行公司事务的” (执行董事 cut)
    ("art_2", "董事长、执行董事", "代表公司执行公司事务的董事",
     "一、将第二条中的“董事长、执行董事”修改为“代表公司执行公司事务的董事”。"),
    # never 将“票作为质押”修改为“份作为质”
    ("art_6", "股票作为质押权", "股份作为质权", "一、将第六条中的“股票”修改为“股份”；将第六条中的“质押权”修改为“质权”。"),
])  # fmt: skip
def test_instrument_quotes_are_never_cut_inside_a_term_the_law_writes(eid: str, old: str, new: str,
                                                                      instruction: str) -> None:  # fmt: skip
    """(公司法, a trial: instrument quotes were cut at characters) the words an item quotes end where the
    law's terms end, as the law itself writes them, and the item applies back."""
    base = parse_text(TERMS, "zh-CN")
    body = next(v.unit.body("\n") for v in base.articles() if v.unit.eid == eid)
    text, _ = write_instrument(base, {eid: body.replace(old, new, 1)}, title="关于修改《公司法》的建议")
    assert text.splitlines()[2] == instruction


_WATER = ("任何单位和个人不得违反有关环境保护法律、法规的规定向农产品产地排放或者倾倒废水、废气、固体废物或者其他有毒有害物质。\n"
          "农业生产用水和用作肥料的固体废物，应当符合法律、法规和国家有关强制性标准的要求。")  # fmt: skip
_INPUTS = "农产品生产者应当按照法律、行政法规和国务院农业行政主管部门的规定，合理使用农业投入品，防止危及农产品质量安全。"
_CAPITAL = "股东可以用货币出资，也可以用实物、知识产权、土地使用权等可以用货币估价并可以依法转让的非货币财产作价出资。"
_HUNT = "猎捕者应当按照特许猎捕证、狩猎证规定的种类、数量、地点、工具、方法和期限进行猎捕。"


@pytest.mark.parametrize(("old", "new", "instruction"), [
    # words put in after a list: the list quoted whole, never from its second item on (a trial's 农产品质量安全法
    # 第二十二条: 在“法规和国家有关强制性标准的要求”后, 法律、 left out); from the clause's start when it is short
    (_WATER, _WATER.replace("的要求。", "的要求，并定期检测。"),
     "一、在第一条第二款中的“应当符合法律、法规和国家有关强制性标准的要求”后增加“，并定期检测”。"),
    # a long clause: from the word that leads into the list (按照), never 「行政法规和…的规定，」
    (_INPUTS, _INPUTS.replace("规定，合理", "规定，科学合理"),
     "一、在第一条中的“法律、行政法规和国务院农业行政主管部门的规定，”后增加“科学”。"),
    # an item put in after whole items: the item before it, as the NPC writes (在“土地使用权”后增加“、股权、债权”)
    (_CAPITAL, _CAPITAL.replace("土地使用权等", "土地使用权、股权、债权等"),
     "一、在第一条中的“土地使用权”后增加“、股权、债权”。"),
    # words that run on from one list into the next are no items of either: the first list with them
    (_HUNT, _HUNT.replace("数量、", "数量或者限额、"),
     "一、在第一条中的“猎捕者应当按照特许猎捕证、狩猎证规定的种类、数量”后增加“或者限额”。"),
])  # fmt: skip
def test_words_put_in_after_a_list_quote_it_whole(old: str, new: str, instruction: str) -> None:
    """The words before an insertion never start inside a list (after its 、) unless they are its whole items
    and the words go in at an item's end; the instrument applies back to the proposed text."""
    _written_and_applied(old, new, instruction)


_WORDS_LAW = ("外国公司在中国境内设立分支机构，应当向主管机关提出申请。",
              "中国公民、中国法人依照本法在中国境内从事活动，应当遵守中国法律。",
              "违反本法规定的，依照有关法律、行政法规的规定处罚。",
              "处罚决定应当书面作出，处罚应当公正；当事人对处罚不服的，可以申请复议。",
              "国务院农业行政主管部门负责全国的监督工作，县级以上地方人民政府农业行政主管部门负责本行政区域的监督工作。",
              "国务院有关部门、国务院农业行政主管部门和地方人民政府按照职责分工负责有关工作。",
              "本法自公布之日起施行。")  # fmt: skip


@pytest.mark.parametrize(("art", "new", "instruction"), [
    # words put inside a word: the word replaced whole (never 在“外国公司在中”后增加“华人民共和”)
    (1, "外国公司在中华人民共和国境内设立分支机构，应当向主管机关提出申请。",
     "一、将第一条中的“中国”修改为“中华人民共和国”。"),
    # words that give the same text put in a character earlier: there, whole (never 在“…规定处”后增加“理、处”)
    (3, "违反本法规定的，依照有关法律、行政法规的规定处理、处罚。",
     "一、在第三条中的“依照有关法律、行政法规的规定”后增加“处理、”。"),
    # words replaced, quoted wider to be unique in the article: never from inside a word (国务|院)
    (5, _WORDS_LAW[4].replace("国务院农业行政", "国务院农业农村"),
     "一、将第五条中的“国务院农业行政主管部门”修改为“国务院农业农村主管部门”。"),
])  # fmt: skip
def test_words_put_in_inside_a_word_are_said_as_whole_words(art: int, new: str, instruction: str) -> None:
    """An insertion that a character diff places inside a word (中|国, 处|罚) is moved to where it cuts no word,
    or widened to the word it goes into, a replacement; the instrument applies back to the proposed text."""
    from lawcomment.amendment import apply_instrument, write_instrument

    numbers = "一二三四五六七"
    base = parse_text("示例法\n" + "".join(f"第{numbers[k]}条　{body}\n" for k, body in enumerate(_WORDS_LAW)), "zh-CN")
    eid = f"art_{art}"
    text, instructions = write_instrument(base, {eid: new}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2:] == [instruction]
    assert [i.whole_because for i in instructions] == [""]
    applied, _ = apply_instrument(base, instrument_from_text(text))
    assert applied.find(eid).body() == new  # type: ignore[union-attr]


_WHOLE_LAW = ("董事会会议应有过半数的董事出席方可举行。董事会作出决议，必须经全体董事的过半数通过。",
              "董事会会议，应由董事本人出席；委托书应当载明授权范围。",
              "违反本法规定的，可以处二千元以下罚款。",
              "为了预防洗钱活动，遏制洗钱犯罪及相关犯罪，制定本法。",
              "野生动物保护主管部门应当监视、监测环境对野生动物的影响。",
              "农业农村主管部门应当自收到申请之日起六十个工作日内依法决定是否发给生产经营许可证。")  # fmt: skip


@pytest.mark.parametrize(("art", "old", "new", "instruction"), [
    # 应 made 应当, the only 应 of its unit: the character alone, never with the end of the word before it
    # (将“会议应”修改为“会议应当”, a corpus run's 公司法 第一百一十一条)
    (1, "会议应有", "会议应当有", "一、将第一条中的“应”修改为“应当”。"),
    # the unit writes 应 again (应当): with the word after it, as far as is unique (never “中应” → “中应当”)
    (2, "应由", "应当由", "一、将第二条中的“应由”修改为“应当由”。"),
    # a bound and a number put inside a quantity: its words before them replaced, never 以|上 cut
    # (在“可以处二千元以”后增加“上二万元以”, a corpus run's 农产品质量安全法 第四十七条)
    (3, "二千元以下", "二千元以上二万元以下", "一、将第三条中的“二千元”修改为“二千元以上二万元”。"),
    # the new words end whole too: 以|及 (never 将“洗钱犯罪”修改为“洗钱以”)
    (4, "洗钱犯罪及", "洗钱以及", "一、将第四条中的“洗钱犯罪及”修改为“洗钱以及”。"),
    # a word the law writes once is a word: 监视 (never 删去“视、监”, 将“视、监测”修改为“测”)
    (5, "监视、监测", "监测", "一、将第五条中的“监视、监测”修改为“监测”。"),
    # 发给 → 发放 (never “给生” → “放生”), the words after it whole: 生产
    (6, "发给", "发放", "一、将第六条中的“发给生产”修改为“发放生产”。"),
])  # fmt: skip
def test_quotes_start_and_end_where_words_do(art: int, old: str, new: str, instruction: str) -> None:
    """Neither the words quoted nor the words written in their place start or end inside a word (以上, 以及, 监视,
    发给: :data:`~lawcomment.review.phrases.WORDS`, whatever the law's counts say), nor widen back into the word
    before a 应 made 应当; each instrument applies back to the proposed text."""
    from lawcomment.amendment import apply_instrument, write_instrument

    numbers = "一二三四五六"
    base = parse_text("示例法\n" + "".join(f"第{numbers[k]}条　{body}\n" for k, body in enumerate(_WHOLE_LAW)), "zh-CN")
    eid, proposed = f"art_{art}", _WHOLE_LAW[art - 1].replace(old, new)
    text, instructions = write_instrument(base, {eid: proposed}, title="关于修改《示例法》的建议")
    assert text.splitlines()[2:] == [instruction]
    assert [i.whole_because for i in instructions] == [""]
    applied, _ = apply_instrument(base, instrument_from_text(text))
    assert applied.find(eid).body() == proposed  # type: ignore[union-attr]


@pytest.mark.parametrize(("art", "old", "new", "merged"), [
    # the merged forms (what write_instrument tries when the changes one by one do not apply back) quote whole
    # words too: old and new (董事|会 → 监事|会 never cut; 以|及; 监|视)
    (7, "由董事会决定", "由监事会决定", [("replace", "由董事会", "由监事会")]),
    (4, "洗钱犯罪及", "洗钱以及", [("replace", "洗钱犯罪及", "洗钱以及")]),
    (5, "监视、监测", "监测", [("replace", "监视、监测", "监测")]),
    (1, "会议应有", "会议应当有", [("replace", "应有过半数", "应当有过半数")]),
])  # fmt: skip
def test_merged_edits_quote_whole_words(art: int, old: str, new: str, merged: list[tuple[str, str, str]]) -> None:
    from lawcomment.amendment.write import _small_edits
    from lawcomment.review.phrases import LawWords

    law = (*_WHOLE_LAW, "由董事会决定。董事会对股东会负责。监事会由监事组成。")
    body = law[art - 1].replace(old, new)
    for level in (1, 2):
        assert [e[:3] for e in _small_edits(law[art - 1], body, LawWords("\n".join(law)), merge=level) or []] == merged


# (a trial's GDPR instrument: In Article 25(1), “iate ” is replaced by “iate and proportionate ”) an English draft's
# words are quoted whole: neither the old words nor the new start or end inside a word, nor on a space
ENGLISH_ACT = parse_text(
    "Data Act\n\nArticle 1\n\n"
    "1. The controller shall implement appropriate technical and organisational measures.\n"
    "2. The processor shall take appropriate steps to assist the controller's staff.\n\n"
    "Article 2\n\n"
    "The controller shall notify the breach within 72 hours. Where it is not made within 72 hours, reasons shall "
    "accompany it.\n\n"
    "Article 3\n\n"
    "A sub-processor shall, without undue delay and, where feasible, inform the controller in writing.\n\n"
    "Article 4\n\n'representative' means a natural person designated by the controller.\n", "en")


def _english_body(eid: str) -> str:
    from lawcomment.drafts.serialize import body_separator

    return ENGLISH_ACT.find(eid).body(body_separator(ENGLISH_ACT))  # type: ignore[union-attr]


def _whole_word_ends(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` neither starts nor ends inside an English word (letters, digits, an apostrophe or
    hyphen between two) nor on a space."""
    def word(k: int) -> bool:
        return 0 <= k < len(text) and (text[k].isalnum() or (text[k] in "'-" and 0 < k < len(text) - 1 and
                                                             text[k - 1].isalnum() and text[k + 1].isalnum()))  # fmt: skip

    return start < end and not (word(start - 1) and word(start)) and not (word(end - 1) and word(end)) and \
        not text[start].isspace() and not text[end - 1].isspace()  # fmt: skip


@pytest.mark.parametrize(("eid", "old", "new", "instruction"), [
    ("art_1", "appropriate technical", "appropriate and proportionate technical",
     "In Article 1(1), “appropriate” is replaced by “appropriate and proportionate”."),  # (the trial's: “iate ”)
    ("art_1", "controller's", "processor's", "In Article 1, “controller's” is replaced by “processor's”."),
    # (a typographic apostrophe stays one when applied: it came back as member”s, a nested quote's end)
    ("art_1", "controller's", "member’s", "In Article 1, “controller's” is replaced by “member’s”."),
    ("art_2", "72", "96", "In Article 2, “72” is replaced by “96”."),  # (said once, as it is changed alike)
    ("art_3", "sub-processor", "sub-contractor", "In Article 3, “sub-processor” is replaced by “sub-contractor”."),
    ("art_3", " and, where feasible,", "", "In Article 3, “and, where feasible, inform” is replaced by “inform”."),
    ("art_3", ", where feasible,", "", "In Article 3, “, where feasible,” is deleted."),
    ("art_1", " and organisational", "", "In Article 1, “and organisational measures” is replaced by “measures”."),
    ("art_3", "in writing", "in writing or electronically",
     "In Article 3, “writing” is replaced by “writing or electronically”."),  # (was “ng” → “ng or electronically”)
    ("art_3", "A sub-processor", "Each sub-processor", "In Article 3, “A” is replaced by “Each”."),  # (was “A ”)
    # (a stranger's review: a defined term's quotation marks cut in half, “representative' means”)
    ("art_4", "'representative' means", "'representative' or 'agent' means",
     "In Article 4, “'representative'” is replaced by “'representative' or 'agent'”."),
])  # fmt: skip
def test_an_english_instrument_quotes_whole_words(eid: str, old: str, new: str, instruction: str) -> None:
    from lawcomment.amendment.apply import apply_instrument

    wanted = _english_body(eid).replace(old, new)
    text, _ = write_instrument(ENGLISH_ACT, {eid: wanted}, lang="en")
    assert text.splitlines()[2:] == [f"1. {instruction}"]
    applied, _ = apply_instrument(ENGLISH_ACT, instrument_from_text(text))
    assert _english_body(eid) != wanted and applied.find(eid).body(" ") == wanted  # type: ignore[union-attr]


@st.composite
def english_edits(draw):  # type: ignore[no-untyped-def]
    """An article of the English act with a few of its words (or the words between them) changed."""
    eid = draw(st.sampled_from(["art_1", "art_2", "art_3"]))
    words = re.split(r"(\s+)", _english_body(eid))
    # (a word of letters, never a paragraph's number: an edit of the law's words)
    places = [k for k, w in enumerate(words) if k and w.strip(".,'-").isalpha()]
    for _ in range(draw(st.integers(1, 2))):
        k = draw(st.sampled_from(places))
        words[k] = draw(st.sampled_from(["", "new", "data-led", "member's", words[k] + "s", words[k] + " and fair",
                                         "fair " + words[k], words[k][:-1]]))  # fmt: skip
        if not words[k] and k + 1 < len(words) and not words[k + 1].strip():
            words[k + 1] = ""  # (a word taken out with the space after it, or before it at the end)
        elif not words[k] and not words[k - 1].strip():
            words[k - 1] = ""
    # (as a committee's text reads: one space between words, none at a line's ends)
    return eid, "\n".join(re.sub(" +", " ", line).strip() for line in "".join(words).split("\n"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit=english_edits())
def test_an_english_instrument_s_quotes_are_whole_words_and_apply_back(edit) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.amendment.apply import apply_instrument
    from lawcomment.amendment.parse import instrument_from_text as parse

    eid, wanted = edit
    was = _english_body(eid)
    if wanted == was or not wanted.strip():
        return
    text, _ = write_instrument(ENGLISH_ACT, {eid: wanted}, lang="en")
    applied, _ = apply_instrument(ENGLISH_ACT, parse(text))
    assert applied.find(eid).body(" ") == wanted, text  # type: ignore[union-attr]
    first = next(k for k, (a, b) in enumerate(zip(was + "\0", wanted + "\0")) if a != b)  # (where the change starts)
    for op in parse(text).operations:
        if op.old:  # each quote whole words where it stands, the new words where they stand once applied
            at = max(k for k in range(first + 1) if was.startswith(op.old, k))  # (the place the change is made)
            assert _whole_word_ends(was, at, at + len(op.old)), text
            if op.text:
                assert wanted.startswith(op.text, at) and _whole_word_ends(wanted, at, at + len(op.text)), text
