"""The command line, through CliRunner: exact output, messages and exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawcomment.cli import cli
from tests.docx_builders import p, write_docx

DRAFT = "示例法\n第一章 总则\n第一条 为了规范示例活动，制定本法。\n第二条 依照本法第九条处理。\n第四条 跳号。\n"


def _draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_split_outline(runner: CliRunner, tmp_path: Path) -> None:
    path = _draft(tmp_path)
    result = runner.invoke(cli, ["split", str(path)])
    assert result.exit_code == 0
    assert result.stdout == "示例法\n第一章　总则\n  第一条　为了规范示例活动，制定本法。\n  第二条　依照本法第九条处理。\n  第四条　跳号。\n"
    assert result.stderr == ""


def test_split_json_contract(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["split", str(_draft(tmp_path)), "--format", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["schema"] == "lawcomment.draft/1"
    assert doc["title"] == "示例法" and doc["profile"] == "zh-CN"
    assert [a["num"] for a in doc["articles"]] == ["1", "2", "4"]
    art = doc["articles"][1]
    assert set(art) == {"eid", "num", "label", "heading", "heading_path", "text", "paragraphs", "references", "line"}
    assert (art["eid"], art["label"], art["text"], art["heading_path"]) == ("art_2", "第二条", "依照本法第九条处理。", ["chp_1"])
    assert art["paragraphs"] == [{"eid": "art_2__para_1", "num": None, "label": "", "text": "依照本法第九条处理。", "items": []}]
    assert art["references"][0]["targets"] == ["art_9"] and art["references"][0]["eid"] == "art_2__para_1"
    assert doc["units"][0]["eid"] == "chp_1"


def test_split_writes_output_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "out.json"
    # a folder that is not there is never made (a mistyped one): said, nothing written
    missing = runner.invoke(cli, ["split", str(_draft(tmp_path)), "--format", "json", "-o", str(out)])
    assert (missing.exit_code, missing.stderr) == (1, f"Error: {out}: the folder {out.parent} does not exist; nothing "
                                                      "written\n")  # fmt: skip
    out.parent.mkdir()
    result = runner.invoke(cli, ["split", str(_draft(tmp_path)), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "lawcomment.draft/1"
    assert [f.name for f in out.parent.iterdir()] == ["out.json"]


def test_split_warnings_go_to_stderr(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "dup.txt"
    path.write_text("第一条 甲。\n第一条 乙。\n", encoding="utf-8")
    result = runner.invoke(cli, ["split", str(path)])
    assert result.exit_code == 0
    assert result.stderr == f"{path}:2: duplicate-number: 第一条 appears more than once; this one is art_1_2\n"


def test_check_reports_errors_and_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    path = _draft(tmp_path)
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert result.stdout == (
        f"{path}:4: dangling-reference: '本法第九条' in 第二条第一款 points to 第九条, which does not exist\n"
        f"{path}:5: numbering-gap: article 3 missing before 第四条\n"
    )
    assert result.stderr == "3 articles, 2 error(s), 0 warning(s)\n"


def test_check_warnings_only_exits_0(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_text("第一章 总则\n说明文字。\n第一条 甲。\n", encoding="utf-8")
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 0
    assert result.stdout == f"{path}:2: unnumbered-text: text outside any article: '说明文字。'\n"


def test_check_english_profile(runner: CliRunner, data: Path) -> None:
    path = data / "gdpr-excerpt.txt"
    result = runner.invoke(cli, ["check", str(path), "--profile", "en"])
    assert result.exit_code == 1  # the excerpt cites articles it does not contain
    assert {line.split(": ")[1] for line in result.stdout.splitlines()} == {"dangling-reference"}
    assert f"{path}:56: dangling-reference: 'Articles 12 to 15' in Article 2(4) points to Article 12, which does not exist" in result.stdout
    assert result.stderr == "5 articles, 7 error(s), 0 warning(s)\n"


BAD_INPUT = [
    (lambda t: t / "nope.docx", "no such file"),
    (lambda t: t / "nope.txt", "no such file"),
    (lambda t: (t / "x.docx").write_bytes(b"PK\x03\x04garbage") and t / "x.docx",
     "not a .docx file (not a zip archive, or a corrupt one)"),
    (lambda t: (t / "x.pdf").write_bytes(b"%PDF") and t / "x.pdf",
     "no importer for '.pdf' (known: .docx, .markdown, .md, .txt); save the draft as Word (.docx), text (.txt) or "
     "Markdown (.md), or install the plugin that reads its format (lawcomment plugins lists them; docs/drafts.md)"),
    (lambda t: (t / "e.txt").write_bytes(b"  \n\n") and t / "e.txt", "the file is empty"),
    (lambda t: write_docx(t / "d.docx", p("x"), prolog='<!DOCTYPE x [<!ENTITY a "b">]>'),
     "part word/document.xml contains a DOCTYPE or entity declaration"),
    (lambda t: t, "is a directory, not a file"),
]  # fmt: skip


def test_bad_input_is_one_error_line_and_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    for make, message in BAD_INPUT:
        path = make(tmp_path)
        out = tmp_path / "out.json"
        for command in (["split", str(path), "-o", str(out)], ["check", str(path)]):
            result = runner.invoke(cli, command)
            assert result.exit_code == 1, (command, result.output)
            assert result.stderr == f"Error: {path}: {message}\n"
            assert result.stdout == ""
            assert not out.exists()


def test_unknown_profile(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["split", str(_draft(tmp_path)), "--profile", "xx"])
    assert result.exit_code == 1
    assert result.stderr == "Error: unknown profile 'xx' (known: en, zh-CN)\n"


def test_usage_error_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["split"])
    assert result.exit_code == 2
    assert "Missing argument 'DRAFT'" in result.stderr


@pytest.mark.parametrize(("typed", "said"), [
    (["decid"], "Error: No such command 'decid'. Did you mean 'decide'?"),
    (["exprot"], "Error: No such command 'exprot'. Did you mean 'export'?"),
    (["merg"], "Error: No such command 'merg'. (Possible options: merge, member)"),
    (["frobnicate"], "Error: No such command 'frobnicate'."),
    (["comment", "improt"], "Error: No such command 'improt'. Did you mean 'import'?"),
])  # fmt: skip
def test_a_mistyped_command_is_named_with_the_commands_it_may_be(runner: CliRunner, typed: list[str],
                                                                 said: str) -> None:  # fmt: skip
    """A top-level command is suggested though its module is not loaded yet, as a group's are."""
    result = runner.invoke(cli, typed)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == said


@pytest.mark.parametrize(("typed", "said"), [
    (["init", "--db", "c.db"], "Error: --db is an option of lawcomment itself, not of 'init': put it before the command "
                               "(lawcomment --db … init …)"),
    (["draft", "list", "--db=c.db"], "Error: --db is an option of lawcomment itself, not of 'draft': put it before the "
                                     "command (lawcomment --db … draft …)"),
    (["log", "--user", "wang"], "Error: --user is an option of lawcomment itself, not of 'log': put it before the command "
                                "(lawcomment --user … log …)"),
])  # fmt: skip
def test_an_option_of_lawcomment_itself_given_after_the_command_is_said_where_it_goes(runner: CliRunner, typed: list[str],
                                                                                      said: str, tmp_path: Path) -> None:  # fmt: skip
    """(a new user's trial) `lawcomment init --db c.db`, as the README's comment reads: click said only "No such
    option"; and nothing was created."""
    with runner.isolated_filesystem(temp_dir=tmp_path):
        result = runner.invoke(cli, typed)
        assert result.exit_code == 2
        assert result.stderr.splitlines()[-1] == said
        assert not Path("c.db").exists() and not Path("lawcomment.db").exists()


def test_an_options_value_reading_like_an_option_of_lawcomment_is_a_value(runner: CliRunner, tmp_path: Path) -> None:
    """(a review) `comment add … --reason "--user"` was refused as --user given after the command."""
    db = str(tmp_path / "c.db")
    assert runner.invoke(cli, ["--db", db, "init"]).exit_code == 0
    result = runner.invoke(cli, ["--db", db, "member", "add", "acme", "--org", "--db"])
    assert result.exit_code == 0, result.output
    assert "--db" in runner.invoke(cli, ["--db", db, "member", "list"]).output


def test_check_of_a_stored_drafts_name_says_it_reads_files(runner: CliRunner, tmp_path: Path) -> None:
    """(a new user's trial) `check aml@1` said only "no such file"."""
    with runner.isolated_filesystem(temp_dir=tmp_path):
        result = runner.invoke(cli, ["check", "aml@1"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == ("Error: aml@1: no such file; check reads a draft's file (.docx, .md, .txt), "
                                              "not a draft in the store: give the file you added with `draft add`")  # fmt: skip


def test_profiles_lists_builtins(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["profiles"])
    assert result.exit_code == 0
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ["en", "zh-CN"]


def test_wrong_encoding_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(DRAFT.encode("gbk"))
    result = runner.invoke(cli, ["split", str(path), "--encoding", "utf-8"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: line 1: byte 0xc0 (byte 3 of the line) is not valid utf-8\n"


BIDI_LAW = "# 示例法\n\n第一条 付款\u202e期限\u2028为三十日\x85。\n\n第二条 本法自公布之日起施行。\n"


def test_json_on_stdout_escapes_what_a_terminal_would_act_on(tmp_path: Path) -> None:
    """Printed JSON keeps every character of the law (as escapes), so a pipe gets the text as
    stored and a terminal gets nothing it would act on."""
    law = tmp_path / "bidi.md"
    law.write_text(BIDI_LAW, encoding="utf-8")
    result = CliRunner().invoke(cli, ["split", str(law), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert not {"\u202e", "\u2028", "\x85", "\ufffd"} & set(result.stdout)
    first = json.loads(result.stdout)["units"][0]
    assert first["children"][0]["text"] == "付款\u202e期限\u2028为三十日\x85。"
    to_file = CliRunner().invoke(cli, ["split", str(law), "--format", "json", "-o", str(tmp_path / "out.json")])
    assert to_file.exit_code == 0
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == json.loads(result.stdout)


def test_json_on_a_stdout_of_another_encoding(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    law = Path(__file__).parent / "data" / "ecommerce-law.md"
    env = {**os.environ, "PYTHONIOENCODING": "gb18030"}
    done = subprocess.run([sys.executable, "-m", "lawcomment", "split", str(law), "--format", "json"], env=env,
                          capture_output=True, check=True)  # fmt: skip
    assert json.loads(done.stdout.decode("gb18030"))["title"] == "中华人民共和国电子商务法"


def test_json_on_a_text_only_stdout(tmp_path: Path) -> None:
    import contextlib
    import io

    law = Path(__file__).parent / "data" / "ecommerce-law.md"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli.main(["split", str(law), "--format", "json"], standalone_mode=False)
    assert json.loads(out.getvalue())["title"] == "中华人民共和国电子商务法"


@pytest.mark.parametrize(("args", "given", "path"), [
    (["comment", "list", "--draft", "ecommerce@1", "--member", "acme", "--member", "beta"], "--member acme and --member beta",
     "comment list"),
    (["comment", "list", "--draft", "ecommerce@1", "--member", "acme", "--member=beta"], "--member acme and --member=beta",
     "comment list"),
    (["decide", "--draft", "ecommerce@1", "--article", "12", "--article", "13", "--accept-all"],
     "--article 12 and --article 13", "decide"),
])  # fmt: skip
def test_an_option_of_one_value_given_twice_is_a_usage_error(consultation, args: list[str], given: str, path: str) -> None:  # type: ignore[no-untyped-def]
    """click keeps the last of a repeated option: the command would quietly do half of what was
    asked. The usage line is the command's own, not the top level's."""
    result = consultation(*args)
    assert result.exit_code == 2
    option = given.split()[0]
    assert result.output.splitlines()[-1] == f"Error: {given}: {option} takes one value; give it once"
    assert re.match(rf"Usage: \S+ {path} \[OPTIONS\]", result.output.splitlines()[0])  # (the runner's program name)


def test_comment_list_takes_several_articles_in_the_laws_order(consultation) -> None:  # type: ignore[no-untyped-def]
    for at in ("第十三条", "第十二条", "第十四条"):
        added = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", at,
                             "--stance", "question", "--reason", "?")  # fmt: skip
        assert added.exit_code == 0, added.output
    result = consultation("comment", "list", "--draft", "ecommerce@1", "--article", "13", "--article", "第十二条",
                          "--article", "art_13", "--format", "json")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [c["eid"] for c in json.loads(result.stdout)["comments"]] == ["art_12", "art_13"]


def test_merge_takes_several_articles(consultation) -> None:  # type: ignore[no-untyped-def]
    for at, word in (("第十二条", "依法"), ("第十三条", "应当")):
        added = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", at, "--quote", word,
                             "--stance", "question", "--reason", "?")  # fmt: skip
        assert added.exit_code == 0, added.output
    result = consultation("merge", "--draft", "ecommerce@1", "--article", "13", "--article", "第十二条", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [u["eid"] for u in json.loads(result.stdout)["units"]] == ["art_13", "art_12"]  # in the order asked


def test_accept_all_of_an_article_sets_its_committee_reason_too(consultation) -> None:  # type: ignore[no-untyped-def]
    """``decide --article … --accept-all --committee-reason …`` records the reason with the
    decisions (it was silently dropped); without --article the reason has no article: refused."""
    added = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条",
                         "--quote", "依法", "--propose", "依法及时")  # fmt: skip
    assert added.exit_code == 0, added.output
    result = consultation("decide", "--draft", "ecommerce@1", "--article", "12", "--accept-all",
                          "--committee-reason", "应当及时取得许可。")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "committee reason for 第十二条 (art_12): 应当及时取得许可。"
    merged = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "12", "--format", "json").stdout)
    assert merged["units"][0]["committee_reason"] == "应当及时取得许可。"
    result = consultation("decide", "--draft", "ecommerce@1", "--member", "acme", "--accept-all", "--committee-reason", "x")
    assert result.exit_code == 1
    assert result.output == "Error: --committee-reason is an article's: with --accept-all or --reject-all it needs --article\n"


def test_the_committee_s_wording_typed_with_a_label_prints_it_once(consultation) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 矿产资源法) decide --text with the article's own label before its
    words: kept without it, as a member's wording is, so the submission prints the label once.
    Another article's label is refused: the wording may be meant for that article."""
    own = consultation("decide", "--draft", "ecommerce@1", "--article", "第十六条", "--text",
                       "第十六条　电子商务经营者自行终止从事电子商务的，应当提前六十日在首页显著位置持续公示有关信息。")  # fmt: skip
    assert own.exit_code == 0, own.output
    md = consultation("export", "--draft", "ecommerce@1", "--format", "md").output
    assert "**第十六条**　电子商务经营者自行终止" in md and "<ins>第十六条" not in md
    # pasted twice, or in figures (a stranger's review): its own still, left out
    for typed in ("第十六条 第十六条 ", "第16条 "):
        again = consultation("decide", "--draft", "ecommerce@1", "--article", "第十六条", "--text",
                             typed + "电子商务经营者自行终止从事电子商务的，应当提前九十日在首页显著位置持续公示有关信息。")  # fmt: skip
        assert again.exit_code == 0, again.output
        md = consultation("export", "--draft", "ecommerce@1", "--format", "md").output
        assert "**第十六条**　电子商务经营者自行终止" in md and "<ins>第" not in md
    other = consultation("decide", "--draft", "ecommerce@1", "--article", "第十五条", "--text",
                         "第十六条 电子商务经营者应当公示其投诉渠道。")  # fmt: skip
    assert other.exit_code == 1
    assert other.output == ("Error: the committee's wording of 第十五条 opens with the label of another article, "
                            "「第十六条」: leave the label out (the submission prints each article's own), or decide on "
                            "第十六条 if the wording is meant for it\n")  # fmt: skip


def test_half_width_punctuation_in_the_committee_s_wording_is_made_full_width_and_said(consultation) -> None:  # type: ignore[no-untyped-def]
    # a member's wording is read so; the committee's went out with the law's ， struck and a typed , printed
    art13 = ("电子商务经营者销售的商品或者提供的服务应当依法符合保障人身、财产安全的要求和环境保护要求,不得销售或者提供"
             "法律、行政法规禁止交易的商品或者服务;")  # fmt: skip
    result = consultation("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--text", art13)
    assert result.exit_code == 0, result.output
    assert result.stdout == "decision #1: set the final wording on 第十三条 (art_13)\n  inserting 「依法」; 「。」 → 「；」\n"
    assert result.stderr == ("warning: half-width punctuation (, ;) between Chinese words of the committee's wording is "
                             "made full width (，；), as the law writes it: the diff shows only the words changed\n")  # fmt: skip
    merged = consultation("merge", "--draft", "ecommerce@1", "--article", "13").stdout
    assert ("  position (final wording, decision #1): 电子商务经营者销售的商品或者提供的服务应当{+依法+}符合保障人身、财产安全的"
            "要求和环境保护要求，不得销售或者提供法律、行政法规禁止交易的商品或者服务[-。-]{+；+}") in merged, merged


@pytest.mark.parametrize(("typed", "said", "sent"), [
    # (专利法实施细则, a trial) after a figure or a per cent sign, before Chinese words: the committee's 0.15%,作为 was
    # stored with nothing said
    ("罚款；情节严重的，处0.5%,并处二十万元", "(,)", "(，)"), ("罚款；情节严重的，处二十万元以上5%;并处", "(;)", "(；)"),
    ("罚款；情节严重的，处20万元以上1,000,并处", "(,)", "(，)"),
    # a figure's own marks, a list's 1., a ratio's :, and a mark before Latin words or figures stand as typed
    ("罚款；情节严重的，处1,000元以上1.5倍", "", ""), ("罚款；情节严重的，处1.二十万元", "", ""),
    ("罚款；情节严重的，处3:二十万元", "", ""), ("罚款；情节严重的，处5%, 20%", "", ""),
])  # fmt: skip
def test_a_half_width_mark_after_a_figure_in_the_committee_s_wording_is_said(consultation, typed: str, said: str,
                                                                             sent: str) -> None:  # type: ignore[no-untyped-def]
    art78 = ("电子商务经营者违反本法第二十一条规定，未向消费者明示押金退还的方式、程序，对押金退还设置不合理条件，或者不及时退还押金的，"
             "由有关主管部门责令限期改正，可以处五万元以上二十万元以下的罚款；情节严重的，处二十万元以上五十万元以下的罚款。")  # fmt: skip
    wording = art78.replace("罚款；情节严重的，处二十万元", typed)
    result = consultation("decide", "--draft", "ecommerce@1", "--article", "第七十八条", "--text", wording)
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"warning: half-width punctuation {said} between Chinese words of the committee's wording is "
                             f"made full width {sent}, as the law writes it: the diff shows only the words changed\n"
                             if said else "")  # fmt: skip


def test_the_committee_s_wording_typed_as_an_instruction_is_applied_and_said(consultation) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 网络数据安全管理条例) decide --text '将“第三十条第二款和第三款”修改为“第三十条第二款”' went out
    as the whole of a penalty article, the instruction printed as law text, with no warning. It is read as a
    member's instruction is: applied to the article's text, and said."""
    result = consultation("decide", "--draft", "ecommerce@1", "--article", "第七十五条", "--text",
                          "将“第十二条、第十三条”修改为“第十二条”")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout == "decision #1: set the final wording on 第七十五条 (art_75)\n  「、第十三条」 → (deleted)\n"
    assert result.stderr == ("warning: the committee's wording reads as an instruction (「第十二条、第十三条」→「第十二条」), "
                             "not a wording: read as the wording of 第七十五条 (art_75) with it applied\n")  # fmt: skip
    merged = consultation("merge", "--draft", "ecommerce@1", "--article", "75").stdout
    assert "违反本法第十二条[-、第十三条-]规定，未取得相关行政许可" in merged, merged


def test_the_committee_s_instruction_applies_to_its_position_keeping_what_staff_accepted(consultation) -> None:  # type: ignore[no-untyped-def]
    """(a stranger's review) An instruction typed as the committee's wording was applied to the draft's text: a change
    staff had accepted in the article was dropped, unsaid. It applies to the position as it goes out."""
    art75 = consultation("draft", "show", "ecommerce@1", "--article", "第七十五条").stdout.strip().split("\u3000", 1)[1]
    assert consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第七十五条", "--propose",
                        art75.replace("依照有关法律", "依照有关的法律")).exit_code == 0  # fmt: skip
    assert consultation("decide", "--draft", "ecommerce@1", "--article", "第七十五条", "--accept", "c1").exit_code == 0
    result = consultation("decide", "--draft", "ecommerce@1", "--article", "第七十五条", "--text",
                          "将“第十二条、第十三条”修改为“第十二条”")  # fmt: skip
    assert result.exit_code == 0, result.output
    merged = consultation("merge", "--draft", "ecommerce@1", "--article", "75").stdout
    assert "第十二条[-、第十三条-]规定" in merged and "依照有关{+的+}法律" in merged, merged


@pytest.mark.parametrize(("text", "said"), [
    ("将“十三条”修改为“十二条”", "Error: the committee's wording reads as an instruction (「十三条」→「十二条」), but 「十三条」 "
     "is not in 第七十五条 (art_75): give the wording as it should read\n"),
    ("一万元以下", "Error: the committee's wording of 第七十五条 (art_75), 「一万元以下」, keeps almost none of its text "
     "(similarity 0.00) and is no sentence: it would go out as the whole of 第七十五条 (art_75); give its whole wording, "
     "or decide on the change (--accept, --choose)\n"),
])
def test_the_committee_s_wording_that_cannot_be_the_article_is_refused(consultation, text: str, said: str) -> None:  # type: ignore[no-untyped-def]
    """(the same trial) decide --text "50万元以下" went out as the whole 第五十六条, a penalty article's
    two hundred characters struck; an instruction that cannot be applied was stored as law text."""
    result = consultation("decide", "--draft", "ecommerce@1", "--article", "第七十五条", "--text", text)
    assert (result.exit_code, result.stderr) == (1, said)
    assert "decision #" not in consultation("merge", "--draft", "ecommerce@1", "--article", "75").stdout


def test_the_committee_s_wording_keeping_almost_none_of_its_article_is_said(consultation) -> None:  # type: ignore[no-untyped-def]
    """A sentence of the committee's own that keeps next to none of the article is decided (a rewrite may be
    meant), and said, as a member's is."""
    rewrite = "国家鼓励和支持各类市场主体依托互联网开展创新创业，培育新业态新模式，推动数字经济同实体经济深度融合发展，提升公共服务水平。"
    result = consultation("decide", "--draft", "ecommerce@1", "--article", "第七十五条", "--text", rewrite)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("warning: the committee's wording of 第七十五条 (art_75) keeps almost none of its "
                                    "text (similarity 0.")  # fmt: skip
    assert result.stderr.endswith("): 「国家鼓励和支持各类市场主体依托互联网开展创新创业，培育新业态…」 replaces all of it; check "
                                  "it is meant for it\n")  # fmt: skip


def test_the_committee_s_wording_of_one_kuan_of_several_says_it_deletes_the_others(consultation) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 消费者权益保护法) decide --text given one 款 of an article of several:
    read as the whole article, as a member's wording is, so it deletes the others; said when it is
    decided and in the merge, whose position shows what it takes out."""
    first = "电子商务经营者应当依法如实履行纳税义务，并依法享受税收优惠。"
    result = consultation("decide", "--draft", "ecommerce@1", "--article", "第十一条", "--text", first)
    assert result.exit_code == 0, result.output
    said = ("the committee's wording of 第十一条 (art_11) (decision #1) gives 1 of its 2 款; read as the whole article, "
            "it deletes 第十一条第二款: give the whole article with the 款 reworded, or decide on the 款 itself (decide "
            "--article with its 款), unless deleting them is meant")  # fmt: skip
    assert result.stdout == ("decision #1: set the final wording on 第十一条 (art_11)\n  inserting 「如实」; 「。 ⏎ 依照前条规定不需要办理市场主体登记"
                             "的电子…税务登记，并如实申报纳税」 → (deleted)\n")  # fmt: skip
    assert f"warning: {said}" in result.stderr.splitlines()
    merged = consultation("merge", "--draft", "ecommerce@1", "--article", "11").stdout
    assert f"  warning: {said}" in merged.splitlines()
    assert ("  position (final wording, decision #1): 电子商务经营者应当依法{+如实+}履行纳税义务，并依法享受税收优惠。[-\n"
            "            依照前条规定") in merged  # (the 款 it deletes, shown struck on a line of its own)
    # the whole article, its 款 reworded: nothing to say
    whole = first + "\n依照前条规定不需要办理市场主体登记的电子商务经营者在首次纳税义务发生后，应当依照税收征收管理法律、行政法规的规定申请办理税务登记，并如实申报纳税。"
    result = consultation("decide", "--draft", "ecommerce@1", "--article", "第十一条", "--text", whole)
    assert result.exit_code == 0 and "deletes" not in result.output


def test_a_new_article_typed_or_imported_with_its_label_prints_it_once(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """第十条之一 typed before a proposed new article's words is the label the submission gives
    it: stored without it (a marked-up Word copy's new article is read so too), so it prints
    once; a label the submission does not give (第十一条) is left out with a warning."""
    added = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十条", "--stance",
                         "insert", "--propose", "第十条之一　电子商务经营者应当公示其投诉渠道。", "--reason", "新增")  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "warning" not in added.output
    rows = tmp_path / "insert.csv"
    rows.write_text("member,article,stance,proposed_text\nbeta,第十条,insert,第十一条 电子商务经营者应当保存记录。\n",
                    encoding="utf-8")  # fmt: skip
    imported = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert imported.exit_code == 0, imported.output
    assert ("row 2: the label 「第十一条」 of the new article after 第十条 is left out: the submission numbers it "
            "第十条之一, after the article it follows, and renumbers no other") in imported.output
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)
    assert [c["proposed_text"] for c in listed["comments"]] == ["电子商务经营者应当公示其投诉渠道。", "电子商务经营者应当保存记录。"]
    assert consultation("decide", "--draft", "ecommerce@1", "--article", "第十条", "--accept", "n1").exit_code == 0
    md = consultation("export", "--draft", "ecommerce@1", "--format", "md").output
    assert "**第十条之一**　电子商务经营者应当公示其投诉渠道。" in md and md.count("第十条之一") == 2  # heading and label
    edited = consultation("comment", "edit", "1", "--propose", "第十条之一　电子商务经营者应当及时公示其投诉渠道。")
    assert edited.exit_code == 0, edited.output  # corrected, as typed at intake: the label is left out again
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)
    assert listed["comments"][0]["proposed_text"] == "电子商务经营者应当及时公示其投诉渠道。"


_AD_LAW = ("# 示例法\n\n第一条 为了规范示例活动，制定本法。\n\n第二条 医疗、药品、医疗器械广告不得含有下列内容：\n\n"
           "（一）表示功效、安全性的断言或者保证；\n\n（二）说明治愈率或者有效率；\n\n"
           "（三）与其他药品、医疗器械的功效和安全性或者其他医疗机构比较。\n\n药品广告的内容不得与说明书不一致。\n")  # fmt: skip


def test_the_committee_s_wording_of_a_kuan_s_opening_words_keeps_its_items(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 广告法) decide --text with the words before a list, on the 款: read as a
    member's wording is, the 项 kept (the submission struck out all of them, with no word); ending
    otherwise, or given for the whole article, what it deletes is said, the 项 included."""
    law = tmp_path / "ad.md"
    law.write_text(_AD_LAW, encoding="utf-8")
    run = consultation
    assert run("draft", "add", str(law), "--name", "ad", "--version", "1").exit_code == 0
    opening = "医疗、药品、医疗器械、保健食品广告不得含有下列内容："
    result = run("decide", "--draft", "ad@1", "--article", "第二条第一款", "--text", opening)
    assert result.exit_code == 0 and "warning" not in result.output, result.output
    md = run("export", "--draft", "ad@1", "--format", "md", "-o", "-").stdout
    assert "<del>" not in md and "<ins>、保健食品</ins>" in md and "（三）与其他药品" in md, md
    assert run("decide", "--undo", "1").exit_code == 0
    result = run("decide", "--draft", "ad@1", "--article", "第二条第一款", "--text", opening.replace("：", "。"))
    assert result.exit_code == 0
    assert ("warning: the committee's wording of 第二条第一款 (art_2__para_1) (decision #2) gives none of its 3 项 (（一）–（三）): "
            "it deletes them (to reword only the words before them, end the wording with ： as they do)"
            in result.stderr.splitlines()), result.stderr  # fmt: skip
    assert run("decide", "--undo", "2").exit_code == 0
    result = run("decide", "--draft", "ad@1", "--article", "第二条", "--text", opening)
    assert ("warning: the committee's wording of 第二条 (art_2) (decision #3) gives 1 of its 2 款; read as the whole article, "
            "it deletes 第二条第二款 and the 3 项 of 第二条第一款 (（一）–（三）): give the whole article with the 款 reworded, or "
            "decide on the 款 itself (decide --article with its 款), unless deleting them is meant"
            in result.stderr.splitlines()), result.stderr  # fmt: skip


def test_the_committee_s_wording_of_a_kuan_is_placed_in_its_article(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 广告法) decide --text on one 款 went out as an unlabelled section of its
    own, apart from its article and the committee's reason, and the merge of the article showed
    nothing of it: the wording is the article's now, its other parts as its position has them."""
    law = tmp_path / "ad.md"
    law.write_text(_AD_LAW, encoding="utf-8")
    run = consultation
    assert run("draft", "add", str(law), "--name", "ad", "--version", "1").exit_code == 0
    assert run("comment", "add", "--member", "acme", "--draft", "ad@1", "--at", "第二条第一款第（二）项", "--propose",
               "说明治愈率、有效率；").exit_code == 0  # fmt: skip
    assert run("decide", "--draft", "ad@1", "--article", "第二条", "--accept", "c1").exit_code == 0
    result = run("decide", "--draft", "ad@1", "--article", "第二条第二款", "--text", "药品广告的内容不得与经批准的说明书不一致。")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == ("decision #2: set the final wording on 第二条 (art_2), 第二条第二款 as given, the "
                                             "rest of the article as its position has it")  # fmt: skip
    assert run("decide", "--draft", "ad@1", "--article", "第二条", "--committee-reason", "说明书须经批准。").exit_code == 0
    md = run("export", "--draft", "ad@1", "--format", "md", "-o", "-").stdout
    assert md.count("## ") == 1 and "关于第二条第二款" not in md, md
    assert ("（二）说明治愈率<del>或者</del><ins>、</ins>有效率；" in md and "药品广告的内容不得与<ins>经批准的</ins>说明书不一致。"
            "\n\n**理由**：说明书须经批准。" in md), md  # fmt: skip
    # a 项 taken out whole: its line goes, label and all
    assert run("decide", "--undo", "2").exit_code == 0
    assert run("decide", "--draft", "ad@1", "--article", "第二条第一款第（三）项", "--text", "").exit_code == 0
    (unit,) = json.loads(run("merge", "--draft", "ad@1", "--article", "2", "--format", "json").stdout)["units"]
    assert unit["final"]["text"] == ("医疗、药品、医疗器械广告不得含有下列内容：\n（一）表示功效、安全性的断言或者保证；\n（二）说明治愈率、"
                                     "有效率；\n药品广告的内容不得与说明书不一致。")  # fmt: skip
    # a 项 taken out from the list's start: the 项 after it numbered on; a 款 taken out so is meant, unwarned (a review)
    assert run("decide", "--undo", "3").exit_code == 0
    assert run("decide", "--draft", "ad@1", "--article", "第二条第一款第（一）项", "--text", "").exit_code == 0
    (unit,) = json.loads(run("merge", "--draft", "ad@1", "--article", "2", "--format", "json").stdout)["units"]
    assert unit["final"]["text"] == ("医疗、药品、医疗器械广告不得含有下列内容：\n（一）说明治愈率、有效率；\n（二）与其他药品、医疗器械的"
                                     "功效和安全性或者其他医疗机构比较。\n药品广告的内容不得与说明书不一致。")  # fmt: skip
    assert run("decide", "--undo", "4").exit_code == 0
    gone = run("decide", "--draft", "ad@1", "--article", "第二条第二款", "--text", "")
    assert gone.exit_code == 0 and "deletes" not in gone.output, gone.output
    assert run("decide", "--undo", "5").exit_code == 0
    assert run("decide", "--draft", "ad@1", "--article", "第二条第一款第（三）项", "--text", "").exit_code == 0
    # the article's own wording standing: the 款's is refused, saying what to do
    refused = run("decide", "--draft", "ad@1", "--article", "第二条第二款", "--text", "药品广告不得与说明书不一致。")
    assert refused.exit_code == 1
    assert refused.output == ("Error: the committee's own wording of 第二条 (art_2) stands (decision #6): give the article's "
                              "whole wording (decide --article 第二条 --text …), or undo it first\n")  # fmt: skip


def test_a_committee_wording_that_makes_two_kuan_one_is_not_said_to_delete_one(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 公司法 第七十一条) The committee's wording merged 第二款 into 第三款, rewording
    them: it was said to delete 第二款. A 款 whose words stand (half of them, in order) in the wording is
    merged, not deleted; one whose words are gone still is."""
    law = tmp_path / "co.md"
    law.write_text("# 公司法\n\n第一条 有限责任公司的股东之间可以相互转让其全部或者部分股权。\n\n股东向股东以外的人转让股权，应当书面通知"
                   "其他股东征求同意，其他股东自接到书面通知之日起满三十日未答复的，视为同意转让。\n\n经股东同意转让的股权，在同等条件下，"
                   "其他股东有优先购买权。\n\n公司章程对股权转让另有规定的，从其规定。\n", encoding="utf-8")  # fmt: skip
    run = consultation
    assert run("draft", "add", str(law), "--name", "co", "--version", "1").exit_code == 0
    merged = ("有限责任公司的股东之间可以相互转让其全部或者部分股权。\n股东向股东以外的人转让股权，应当书面通知其他股东，其他股东在同等条件"
              "下有优先购买权；其他股东自接到书面通知之日起三十日内未答复的，视为放弃优先购买权。\n公司章程对股权转让另有规定的，从其规定。")  # fmt: skip
    result = run("decide", "--draft", "co@1", "--article", "第一条", "--text", merged)
    assert result.exit_code == 0 and "deletes" not in result.output, result.output
    assert run("decide", "--undo", "1").exit_code == 0
    gone = "有限责任公司的股东之间可以相互转让其全部或者部分股权。\n经股东同意转让的股权，在同等条件下，其他股东有优先购买权。\n公司章程对股权转让另有规定的，从其规定。"
    result = run("decide", "--draft", "co@1", "--article", "第一条", "--text", gone)
    assert "it deletes 第一条第二款" in result.stderr, result.stderr


def test_a_short_kuan_of_common_words_left_out_is_still_said_deleted(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a review) 具体办法由国务院规定。 shares characters scattered through any wording: left out, it is deleted."""
    law = tmp_path / "reg.md"
    law.write_text("# 登记法\n\n第一条 国家建立统一的不动产登记制度，由国务院自然资源主管部门负责指导监督全国的登记工作。\n\n"
                   "具体办法由国务院规定。\n", encoding="utf-8")  # fmt: skip
    run = consultation
    assert run("draft", "add", str(law), "--name", "reg", "--version", "1").exit_code == 0
    result = run("decide", "--draft", "reg@1", "--article", "第一条", "--text",
                 "国家实行统一的不动产登记制度，由国务院自然资源主管部门负责指导监督全国的登记工作。")  # fmt: skip
    assert "it deletes 第一条第二款" in result.stderr, result.stderr


def test_a_member_deleting_what_it_reworded_is_told_its_wording_goes_nowhere(consultation) -> None:  # type: ignore[no-untyped-def]
    """(a web trial) gamma reworded 第五条第二款, then asked 第五条 deleted, and was told only "recorded": the merge
    took the deletion and offered the rewording nowhere. Said when the deletion comes; the merge's note quotes the
    words put in with their place, never 「」 → 「…」."""
    para = ("依照前款规定依法不需要办理市场主体登记的电子商务经营者在首次纳税义务发生后，应当依照税收征收管理法律、行政法规的"
            "规定申请办理税务登记，并如实申报纳税，按时缴纳税款。")  # fmt: skip
    assert consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十一条第二款",
                        "--propose", para).exit_code == 0  # fmt: skip
    other = consultation("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十一条", "--stance",
                         "delete")  # fmt: skip
    assert (other.exit_code, other.stderr) == (0, "")  # another member's deletion: theirs
    result = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十一条", "--stance",
                          "delete")  # fmt: skip
    assert (result.exit_code, result.stdout, result.stderr) == (0, "added comment #3 by acme on 第十一条 (art_11) (delete)\n", (
        "warning: #3 deletes 第十一条 (art_11), where acme's own #1 reword(s) 第十一条第二款 (art_11__para_2): the merge "
        "takes the later, the deletion, and offers #1 nowhere; withdraw #1 if the deletion is meant, or #3 to keep them\n"))  # fmt: skip
    merged = consultation("merge", "--draft", "ecommerce@1", "--article", "第十一条").stdout
    assert ("  warning: acme's proposal #3 on 第十一条 rewords what #1 also changed, and stands there: 「条」 → 「款」、putting "
            "in 「依法」 after 「依照前条规定」、putting in 「，按时缴纳税款」 after 「并如实申报纳税」 left out\n") in merged, merged
    assert consultation("comment", "withdraw", "1").exit_code == 0
    assert consultation("comment", "withdraw", "3").exit_code == 0
    again = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十一条", "--stance",
                         "delete", "--reason", "重复")  # fmt: skip
    assert (again.exit_code, again.stderr) == (0, "")  # its rewording withdrawn: nothing to say
    # the other way round: a wording of a 款 of the article it asked deleted (a stranger's review)
    after = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十一条第二款",
                         "--propose", para)  # fmt: skip
    assert (after.exit_code, after.stderr) == (0, (
        "warning: #5 rewords 第十一条第二款 (art_11__para_2), where acme's own #4 ask(s) 第十一条 (art_11) deleted: the "
        "merge takes the later, the wording, and leaves the deletion out; withdraw #4 if the wording is meant, or #5 to "
        "keep the deletion\n"))  # fmt: skip
