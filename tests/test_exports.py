"""HTML, Markdown, JSON and CSV exports, atomic writes, and the export/demo commands."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from click.testing import CliRunner
from lxml import etree

from lawcomment import Consultation, ExportError, ExportOptions, ItemStatus, Store, add_comment, export, hookimpl, load_consultation, open_store
from lawcomment.cli import cli
from lawcomment.exports.contract import Exporter
from lawcomment.exports.data import CONSULTATION_SCHEMA, safe_cell
from lawcomment.exports.md import md_escape
from lawcomment.plugins import make_plugin_manager, set_plugin_manager

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
JSON_DOC = (Path(__file__).parents[1] / "docs" / "json.md").read_text(encoding="utf-8")
NASTY = '<script>alert("x")</script> & =cmd|\' /C calc\'!A0'
FORMULA = "=cmd|' /C calc'!A0"


@pytest.fixture
def nasty_store(demo_store: Store) -> Store:
    add_comment(demo_store, "ecommerce@1", "delta", "第十九条", reason=NASTY, stance="question")
    add_comment(demo_store, "ecommerce@1", "delta", "第二十条", reason=FORMULA, stance="question")
    return demo_store


def test_html_is_escaped_self_contained_with_contents_and_filters(nasty_store: Store) -> None:
    view = load_consultation(nasty_store, "ecommerce@1")
    page = export(view, "html").decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; =cmd" in page
    assert not re.search(r"<(link|img|iframe)\b|\bsrc=", page)  # nothing loaded from elsewhere
    toc = re.findall(r'<li><a href="#([\w-]+)">', page)
    assert toc == [i.eid for i in view.items if str(i.status) != "unchanged"]
    for eid in toc:
        assert f'<section id="{eid}"' in page
    for group in ("Digital WG", "Pharma WG", "Retail WG"):
        assert f'<option value="{group}">' in page
    assert 'data-status="conflict" data-groups="Digital WG" data-review="unreviewed"' in page  # 第三十一条, left open
    assert re.findall(r'<select id="lc-(\w+)"', page) == ["group", "status", "review"]
    # the chosen alternative's own edits, word by word, as the submission shows them; its id after the last
    assert ('个人<del class="rv-chosen" title="x1 · 选定方案2（决定#1） · Borealis Trading (Shanghai) Co.">利用自己的技能</del>'
            '从事<del class="rv-chosen" title="x1 · 选定方案2（决定#1） · Borealis Trading (Shanghai) Co.">依法无须取得许可的便民劳务活动和'
            '</del><sup class="rv-id">x1</sup>零星小额交易活动') in page  # fmt: skip
    # everything is on the page with its state, rejected changes too
    assert '<ins class="rv-rejected" title="c1 · 不采纳（决定#5） · Delta Pharmaceuticals (Suzhou) Co.">' in page
    assert '<span class="rv-unresolved" title="x1 · 尚未解决">三</span><sup class="rv-id">x1</sup>' in page


def test_markdown_redline_and_escaping() -> None:
    assert md_escape("第一条 *重要* [链接] <b>\n- 列表\n1. 编号") == \
        "第一条 \\*重要\\* \\[链接\\] &lt;b&gt;\n\\- 列表\n1\\. 编号"  # fmt: skip
    # a numbered paragraph escaped at its dot (CommonMark): "\\12." showed its backslash (a trial's GDPR, 42 times)
    assert md_escape("12. This Regulation\n# 2\n+ x") == "12\\. This Regulation\n\\# 2\n\\+ x"


@pytest.mark.parametrize(("lang", "addressee", "salutation"), [
    ("zh", "全国人大常委会法制工作委员会", "全国人大常委会法制工作委员会："),
    ("zh", "全国人大常委会法制工作委员会：", "全国人大常委会法制工作委员会："),
    ("zh", "  ", ""),
    # an English letter's addressee as written (a trial's "…, Unit C.3 Data Protection:" had a colon put after it)
    ("en", "European Commission, DG JUST, Unit C.3 Data Protection", "European Commission, DG JUST, Unit C.3 Data Protection"),
    ("en", "Dear Sir or Madam,", "Dear Sir or Madam,"),
])
def test_the_letter_sets_its_addressee_as_its_language_does(lang: str, addressee: str, salutation: str) -> None:
    assert ExportOptions(lang=lang, addressee=addressee).salutation == salutation


def test_markdown_submission_and_adoption(demo: Path, demo_store: Store) -> None:
    md = (demo / "submission.md").read_text(encoding="utf-8")
    # (addressed as an association's letter is, 主送机关 under the title: a trial's had none)
    assert md.startswith("# 关于《中华人民共和国电子商务法（草案）》的修改意见\n\n全国人大常委会法制工作委员会：\n\n## 一、总体意见\n\n"
                         "本会组织会员单位")  # fmt: skip
    assert "会员单位**总体赞同**草案" in md and "\n- 明确押金退还等义务的具体期限，增强条文的*可操作性*；\n" in md
    assert "## 二、具体修改意见\n\n### （一）关于第十条\n\n**第十条**\u3000电子商务经营者" in md
    # the chosen alternative's own edits: never its region struck and typed again
    # (从事 stays: word by word, 个人[-利用自己的技能-]从事[-…和-]零星…, not struck and typed again)
    assert "个人<del>利用自己的技能</del>从事<del>依法无须取得许可的便民劳务活动和</del>零星小额交易活动" in md
    assert ("### （五）关于增加第二十三条之一\n\n**第二十三条**\u3000电子商务经营者收集、使用其用户的个人信息，"
            "应当遵守法律、行政法规有关个人信息保护的规定。\n\n<ins>**第二十三条之一**\u3000电子商务经营者应当建立健全"
            "数据安全管理制度") in md  # the accepted n1, after its article  # fmt: skip
    assert "\n\n**理由**：“便民劳务活动”的范围不清" in md and "\n\n有会员就“应当依法办理市场主体登记”提出：个人销售自产农副产品是否需要登记？请澄清。\n\n" in md
    assert "尚未解决的分歧" not in md and "第三十一条" not in md  # the open conflict is not reviewed: left out
    assert "告知用户" not in md and "定期开展网络安全评估" not in md  # rejected changes never go out
    assert "第二十四条" not in md  # a member's question only: not forwarded, no committee reason
    # nothing internal: no draft ref, eids, counts, adoption table, member names, English state words
    for internal in ("ecommerce@", "art_", "条提出修改", "采纳情况", "adopted", "| ", "ACME", "Borealis", "删去重复表述"):
        assert internal not in md, internal
    # (and who to ask about it, 附注 under the date)
    assert md.endswith("\n---\n\n外商投资企业协会法律委员会  \n2026年11月21日\n\n（联系人：李明，电话：010-12345678）\n")
    draft = export(load_consultation(demo_store, "ecommerce@1"), "md", options=ExportOptions(include_unreviewed=True))
    assert "（讨论稿：包括委员会尚未审查的修改建议）" in draft.decode() and "告知用户" not in draft.decode()
    assert "尚未解决的分歧：草案原文「三年」、方案1：「二年」（1家会员）、方案2：「一年」（1家会员）" in draft.decode()
    adoption = (demo / "adoption.md").read_text(encoding="utf-8")
    assert "## 采纳情况：ecommerce@1 → ecommerce@2" in adoption and "| 已采纳 |" in adoption


def test_json_covers_everything_with_a_documented_schema(demo: Path, demo_store: Store) -> None:
    doc = json.loads((demo / "consultation.json").read_text(encoding="utf-8"))
    assert doc["schema"] == CONSULTATION_SCHEMA
    stored = [c for c in demo_store.comments("ecommerce@1") if str(c.status) != "superseded"]
    assert sorted(c["id"] for c in doc["comments"]) == sorted(c.id for c in stored)
    assert doc["draft"]["schema"] == "lawcomment.draft/1" and len(doc["draft"]["articles"]) == 57
    assert [d["action"] for d in doc["decisions"]] == ["choose", "accept", "accept", "accept", "reject", "accept", "reject",
                                                    "text", "text"]
    assert doc["decisions"][5]["subject"] == "insertion" and doc["decisions"][0]["subject"] is None
    assert doc["adoption"]["old"] == "ecommerce@1" and doc["adoption"]["new"] == "ecommerce@2"
    assert doc["include_unreviewed"] is False
    art10 = next(p for p in doc["positions"] if p["eid"] == "art_10")
    conflict = art10["position"]["conflicts"][0]
    assert art10["status"] == "amended" and conflict["resolved"]
    assert conflict["alternatives"][conflict["chosen"] - 1]["supporters"] == ["borealis"]
    art23 = next(p for p in doc["positions"] if p["eid"] == "art_23")
    assert [(c["id"], c["state"], c["decision"]) for c in art23["position"]["changes"]] == [("c1", "rejected", 5)]
    assert [(i["id"], i["state"], i["decision"]) for i in art23["position"]["insertions"]] == [("n1", "accepted", 6)]
    assert art23["new_units"] == [{"id": "n1", "label": "第二十三条之一", "eid": "art_23-1",
                                   "text": "电子商务经营者应当建立健全数据安全管理制度，采取必要措施保障其收集、存储的用户信息安全。"}]
    assert art23["text"] == art23["position"]["base"] and art23["changed"] and art23["unreviewed"] == []
    art31 = next(p for p in doc["positions"] if p["eid"] == "art_31")
    assert (art31["status"], art31["changed"], art31["unreviewed"]) == ("conflict", False, ["x1"])
    assert doc["summary"]["unreviewed"] == 1 and doc["summary"]["stale"] == 0
    contract = JSON_DOC[JSON_DOC.index("## JSON contract (`lawcomment.consultation/1`)"):]
    for key in doc:
        assert f'"{key}"' in contract[:3000], key
    for key in ("text", "new_units", "unreviewed", "stale"):
        assert f'"{key}"' in contract[:3000], key


TRACKING_ZH = ["编号", "条款", "条款编码", "会员", "单位名称", "工作组", "意见类型", "状态", "原文", "修改建议", "理由", "来源",
               "文件", "提交时间", "条文状态", "委员会建议条文", "审查结果", "本条待审查", "语言", "说明"]  # fmt: skip


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_tracking_sheet_is_excel_safe(nasty_store: Store, tmp_path: Path) -> None:
    data = export(load_consultation(nasty_store, "ecommerce@1"), "csv", tmp_path / "t.csv",
                  options=ExportOptions(lang="en"))  # fmt: skip
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = _csv_rows(data)
    assert rows[0][:3] == ["comment", "citation", "eid"]
    assert len(rows) - 1 == len(load_consultation(nasty_store, "ecommerce@1").comments)
    reasons = [r[10] for r in rows]
    assert NASTY in reasons and "'" + FORMULA in reasons and FORMULA not in reasons
    assert rows[0][-4:] == ["review", "article_unreviewed", "lang", "note"]
    review = {(r[2], r[3], r[6]): (r[16], r[17]) for r in rows[1:] if r[6] in ("amend", "insert")}
    assert review[("art_10", "borealis", "amend")] == ("x1 alternative 2 chosen (decision #1)", "")
    assert review[("art_10", "acme", "amend")] == ("x1 alternative 1 not chosen (decision #1)", "")
    assert review[("art_23", "delta", "amend")] == ("c1 rejected (decision #5)", "")
    assert review[("art_23", "delta", "insert")] == ("n1 accepted (decision #6)", "")
    assert review[("art_31", "fjord", "amend")] == ("x1 unresolved", "x1")
    assert {r[14] for r in rows[1:]} >= {"amended", "conflict", "proposals not accepted"}  # 第三十条: c1 rejected
    assert [safe_cell(x) for x in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=x", "ok", None)] == \
        ["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=x", "ok", ""]  # fmt: skip


def test_csv_tracking_sheet_in_chinese(demo: Path, tmp_path: Path) -> None:
    """The default (``--lang zh``) sheet: Chinese headers, stances, statuses, sources and
    states; ``--lang en`` stays English."""
    db = tmp_path / "c.db"
    db.write_bytes((demo / "consultation.db").read_bytes())
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(db), "export", "--draft", "ecommerce@1", "--format", "csv"])
    assert (result.exit_code, result.stderr) == (0, "")
    rows = _csv_rows(result.stdout_bytes)
    assert rows[0] == TRACKING_ZH
    by = {(r[2], r[3], r[6]): r for r in rows[1:]}
    borealis = by[("art_10", "borealis", "修改")]
    assert (borealis[1], borealis[7], borealis[11], borealis[14], borealis[16]) == (
        "第十条", "委员会已采纳", "CSV表格", "建议修改", "x1 选定方案2（决定#1）")
    assert by[("art_10", "acme", "修改")][16] == "x1 未选方案1（决定#1）"
    assert by[("art_23", "delta", "修改")][16] == "c1 不采纳（决定#5）"
    assert by[("art_23", "delta", "新增")][16] == "n1 采纳（决定#6）"
    assert by[("art_31", "fjord", "修改")][14:] == ["有分歧", "", "x1 尚未解决", "x1", "", ""]
    # the status column: what staff decided on is no longer 待处理; what they did not, still is
    assert [by[k][7] for k in (("art_10", "acme", "修改"), ("art_23", "delta", "新增"), ("art_31", "fjord", "修改"))] == [
        "委员会未采纳", "委员会已采纳", "待处理"]  # (x1's other alternative chosen; n1 accepted)
    assert by[("art_30", "fjord", "修改")][14] == "修改建议未采纳"  # its only change was rejected: not "comments only"
    # an article the committee asks deleted is 建议删除, not 建议修改 with an empty wording (a trial's sheet)
    assert runner.invoke(cli, ["--db", str(db), "comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at",
                               "第五十条", "--stance", "delete", "--reason", "与第四十九条重复"]).exit_code == 0
    assert runner.invoke(cli, ["--db", str(db), "decide", "--draft", "ecommerce@1", "--article", "第五十条", "--accept",
                               "c1"]).exit_code == 0
    rows = _csv_rows(runner.invoke(cli, ["--db", str(db), "export", "--draft", "ecommerce@1", "--format", "csv"]).stdout_bytes)
    assert [(r[6], r[14], r[15]) for r in rows[1:] if r[2] == "art_50"] == [("删除", "建议删除", "")]
    assert {r[6] for r in rows[1:]} <= {"修改", "删除", "新增", "支持", "反对", "疑问", "意见"}
    assert {r[11] for r in rows[1:]} <= {"录入", "CSV表格", "JSON", "意见反馈表", "Word批注", "Word修订"}
    assert not {r[7] for r in rows[1:]} & {"open", "resolved", "orphaned"}
    en = runner.invoke(cli, ["--db", str(db), "export", "--draft", "ecommerce@1", "--format", "csv", "--lang", "en"])
    en_rows = _csv_rows(en.stdout_bytes)
    assert en_rows[0][:8] == ["comment", "citation", "eid", "member", "organisation", "working_group", "stance", "status"]
    assert ("第十条", "amend", "adopted by the committee", "CSV", "amended") == tuple(
        next(r for r in en_rows if r[3] == "borealis" and r[2] == "art_10")[i] for i in (1, 6, 7, 11, 14))


def test_orphaned_comments_are_labelled_with_their_reason(demo: Path, tmp_path: Path) -> None:
    """On the second reading, a comment whose words are gone is 已失效 / orphaned with the
    reason in CSV, on the review page and in `comment list`, never "(document)". In the sheet, the
    reason is in its own column, 说明 / note (a trial of 反洗钱法: 条款 held sentences of 700
    characters, and sorting by article broke), with every carried comment's note."""
    db = tmp_path / "c.db"
    db.write_bytes((demo / "consultation.db").read_bytes())
    runner = CliRunner()

    def run(*args: str):  # type: ignore[no-untyped-def]
        result = runner.invoke(cli, ["--db", str(db), *args])
        assert result.exit_code == 0, result.output
        return result

    gone = "quote not found: 「依法需要取得相关行政许可的，」 of 第十二条 (art_12__para_1) is not in 第十三条 (art_13)"
    gone_zh = "未找到引文：第十二条的「依法需要取得相关行政许可的，」不在第十三条中"
    rows = _csv_rows(run("export", "--draft", "ecommerce@2", "--format", "csv").stdout_bytes)
    orphans = [r for r in rows[1:] if r[7] == "已失效"]
    # every orphan is cited by its unit of the reading it was written on: one whose words the new text lost has no
    # 条款编码 (the web app cited its old 第十二条, the sheet said only 已失效); one still on an article stays listed
    # under it, to sort by (a trial's tracking sheet lost them), 状态 saying 已失效 and 说明 why (the first reading's
    # 第十条: the new reading's 第十一条 at its place has other words), 条款编码 the new one's
    assert [(r[1], r[2]) for r in orphans] == [("第一稿（v1）的第十二条", ""), ("第一稿（v1）的第十条", "art_11"),
                                               ("第一稿（v1）的第三十四条第一款", "art_34__para_1")]  # fmt: skip
    assert orphans[0][8] == "依法需要取得相关行政许可的，"  # 原文: the words its member quoted there
    assert gone_zh in [r[-1] for r in orphans]  # the reason in the sheet's language
    # the others: none of its changes fits; a wording of the English text, which the second reading has not yet
    assert sum("等待译文" in r[-1] for r in orphans) == 1
    carried = [r for r in rows[1:] if r[7] != "已失效" and r[-1]]
    assert carried and all("（" not in r[1] or r[1] == "（全文）" for r in carried)  # (the citation alone, sortable)
    en = _csv_rows(run("export", "--draft", "ecommerce@2", "--format", "csv", "--lang", "en").stdout_bytes)
    assert gone in [r[-1] for r in en if r[7] == "orphaned" and r[1] == "第一稿（v1）的第十二条"]
    # (cited as the law does, in the draft's language)
    assert sorted(r[1] for r in en if r[7] == "orphaned") == ["第一稿（v1）的第三十四条第一款", "第一稿（v1）的第十二条",
                                                              "第一稿（v1）的第十条"]  # fmt: skip
    assert not any(r[1] in ("", "(document)", "（全文）") for r in rows[1:])
    page = run("export", "--draft", "ecommerce@2", "--format", "html").stdout
    assert (f'<td class="where">已失效：第一稿（v1）的第十二条；{html.escape(gone_zh)}</td><td>ACME (China) Ltd.</td>'
            '<td class="nw">意见</td><td class="nw">已失效</td><td>依法需要取得相关行政许可的，</td>') in page  # fmt: skip
    listed = run("comment", "list", "--draft", "ecommerce@2", "--status", "orphaned").stdout.splitlines()
    assert "(document)" not in "\n".join(listed) and " (orphaned) " not in "\n".join(listed)
    assert any(" 第一稿（v1）的第十二条 " in line and "「依法需要取得相关行政许可的，」" in line for line in listed), listed


def test_failing_exporter_leaves_no_file(demo_store: Store, tmp_path: Path) -> None:
    class Broken:
        @hookimpl
        def register_exporters(self, register):  # type: ignore[no-untyped-def]
            def boom(view, out, options):  # type: ignore[no-untyped-def]
                out.write(b"half")
                raise RuntimeError("disk on fire")

            register(Exporter("broken", ".txt", False, boom))

    pm = make_plugin_manager(entry_points=False)
    pm.register(Broken(), name="broken-plugin")
    set_plugin_manager(pm)
    try:
        target = tmp_path / "out.txt"
        target.write_text("previous", encoding="utf-8")
        with pytest.raises(ExportError) as exc:
            export(load_consultation(demo_store, "ecommerce@1"), "broken", target)
        assert str(exc.value) == "the 'broken' exporter failed: RuntimeError: disk on fire"
        assert target.read_text(encoding="utf-8") == "previous" and not list(tmp_path.glob(".out.txt*"))
    finally:
        set_plugin_manager(None)


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "pdf", "-o", "x.pdf"], "Error: unknown format 'pdf' (known: "),
    (["--format", "docx"], "Error: docx writes a file: give -o FILE.docx"),
    (["--attribute", "members", "--anonymous", "-o", "x.docx"],
     "Error: --anonymous hides the members, so it cannot attribute changes to them (drop --attribute members)"),
    (["--intro", "missing.md", "-o", "x.docx"], "Error: missing.md: no such file"),
    (["--date", "21/11/2026", "-o", "x.docx"],
     "Error: --date '21/11/2026' is not an ISO 8601 date (2026-11-21 or 2026-11-21T09:00:00Z)"),
    (["--timezone", "Asia/Beijing", "-o", "x.docx"],
     "Error: --timezone: unknown time zone 'Asia/Beijing' (e.g. Asia/Shanghai, Europe/Berlin, UTC)"),
    # several formats at once: -o is a stem
    (["--format", "html,json"], "Error: several formats (html, json) need -o STEM: each adds its suffix to it "
                                "(-o out/civil writes out/civil.docx, out/civil.html …)"),
    (["--format", "html,json", "-o", "out/r.html"], "Error: with several formats -o is a stem, without a suffix: out/r "
                                                    "(each format adds its own)"),
    (["--format", "html,pdf", "-o", "out/r"], "Error: unknown format 'pdf' (known: "),
    # (a new user's trial) a file named for another kind of document is never written
    (["-o", "r.pdf"], "Error: the 'docx' format writes .docx files, not .pdf (a PDF: open the .docx in Word or LibreOffice "
                      "and save it as PDF)"),
    (["--format", "csv", "-o", "r.xlsx"], "Error: the 'csv' format writes .csv files, not .xlsx"),
    (["--format", "md", "-o", "r.html"], "Error: the 'md' format writes .md files, not .html"),
    (["--format", "html,json", "-o", "out/r", "--template", "letterhead.docx"],
     "Error: --template is a Word letterhead for --format docx or draft, not html,json"),
])  # fmt: skip
def test_export_errors(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
                       message: str) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--db", str(demo / "consultation.db"), "export", "--draft", "ecommerce@1", *args])
    assert result.exit_code == 1 and result.output.startswith(message), result.output
    assert not (tmp_path / "x.docx").exists() and not list(tmp_path.rglob("r.*"))
    if "pdf" in args:
        assert "csv, docx, draft, html, json, md" in result.output


def test_export_command_writes_and_prints(demo: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    Path(db).write_bytes((demo / "consultation.db").read_bytes())
    out = tmp_path / "s.docx"
    result = runner.invoke(cli, ["--db", db, "export", "--draft", "ecommerce@1", "-o", str(out), "--layout", "table"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {out} (docx): ecommerce@1, 6 article(s) changed in the submission, 1 unresolved conflict(s)\n"
    assert result.stderr == (f"warning: 1 unreviewed change(s) left out of {out} (pass --include-unreviewed to include them):\n"
                             "  第三十一条 (art_31): x1\n")  # fmt: skip
    printed = runner.invoke(cli, ["--db", db, "export", "--draft", "ecommerce@1", "--format", "json"])
    assert json.loads(printed.stdout)["schema"] == CONSULTATION_SCHEMA
    assert printed.stderr == ""  # a review format shows every change with its state: nothing is left out


@pytest.mark.parametrize(("date", "zone", "day"), [
    ("2026-11-21", "", "2026-11-21"),  # a day as given, wherever it is read
    ("2026-11-21", "America/New_York", "2026-11-21"),
    ("2026-12-06T21:38:00Z", "Asia/Shanghai", "2026-12-07"),  # 05:38 in Beijing on the 7th (a web trial's letter: the 6th)
    ("2026-12-06T21:38:00Z", "UTC", "2026-12-06"),
    ("2026-12-07T05:38:00+08:00", "Europe/Berlin", "2026-12-06"),
    # (a stranger's review) a moment with no zone, or a basic ISO day, is its own day wherever it is read; a moment
    # in a zone, without --timezone, its day in that zone
    ("2026-12-07T00:00:00", "America/New_York", "2026-12-07"),
    ("2026-12-07T00:00:00", "", "2026-12-07"),
    ("20261207", "", "2026-12-07"),
    ("2026-12-07T05:38:00+08:00", "", "2026-12-07"),
])
def test_the_letter_is_dated_where_the_association_is(date: str, zone: str, day: str) -> None:
    assert ExportOptions(date=date, timezone=zone).day == day


def test_the_letter_is_dated_today_where_the_time_zone_says(demo: Path, tmp_path: Path) -> None:
    """(a web trial of 网络安全法) Exported at 05:38 on 7 December in Beijing, the letter was signed 2026年12月6日,
    the day in UTC. Without --date it is today where --timezone says (the web app: its own time zone)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    out = tmp_path / "s.md"
    args = ["--db", str(demo / "consultation.db"), "export", "--draft", "ecommerce@1", "--format", "md", "-o", str(out)]
    for zone in ("Asia/Shanghai", "Pacific/Kiritimati", "Pacific/Pago_Pago"):  # (+14 and -11: two days apart)
        assert CliRunner().invoke(cli, [*args, "--timezone", zone]).exit_code == 0
        today = datetime.now(ZoneInfo(zone))
        said = out.read_text(encoding="utf-8")
        # (the day may turn between the export and this line: either is right)
        assert any(f"{d.year}年{d.month}月{d.day}日" in said for d in (today, datetime.now(ZoneInfo(zone)))), said
    dated = CliRunner().invoke(cli, [*args, "--date", "2026-12-06T21:38:00Z", "--timezone", "Asia/Shanghai"])
    assert dated.exit_code == 0
    assert "2026年12月7日" in out.read_text(encoding="utf-8")


def test_several_formats_from_one_reading(demo: Path, tmp_path: Path) -> None:
    """--format docx,html,json,csv,md -o STEM writes each format beside the stem, byte for byte
    what one format at a time writes (the JSON's export time aside), and warns once, naming
    the submission formats."""
    runner = CliRunner()
    db = ["--db", str(demo / "consultation.db"), "export", "--draft", "ecommerce@1", "--date", "2026-11-21"]
    stem = tmp_path / "out" / "ecommerce@1"
    stem.parent.mkdir()
    result = runner.invoke(cli, [*db, "--format", "docx,html,json,csv,md", "-o", str(stem)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"wrote {stem}.{fmt} ({fmt}): ecommerce@1, 6 article(s) changed in the submission, 1 unresolved conflict(s)"
        for fmt in ("docx", "html", "json", "csv", "md")]  # fmt: skip
    assert result.stderr.splitlines()[0] == (f"warning: 1 unreviewed change(s) left out of {stem}.docx and {stem}.md "
                                             "(pass --include-unreviewed to include them):")  # fmt: skip
    for fmt in ("html", "csv", "md", "json", "docx"):
        one = tmp_path / f"one.{fmt}"
        assert runner.invoke(cli, [*db, "--format", fmt, "-o", str(one)]).exit_code == 0
        if fmt == "json":
            a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (one, Path(f"{stem}.json")))
            assert {**a, "exported": ""} == {**b, "exported": ""}
        elif fmt == "docx":
            with zipfile.ZipFile(one) as x, zipfile.ZipFile(f"{stem}.docx") as y:
                assert x.read("word/document.xml") == y.read("word/document.xml")
        elif fmt == "html":  # the page says when it was made, to the minute: two exports may straddle one
            stamp = re.compile(rb"\xe5\xaf\xbc\xe5\x87\xba\xe4\xba\x8e\d{4}-\d\d-\d\d \d\d:\d\d UTC")  # 导出于…
            assert stamp.search(one.read_bytes()) is not None
            assert stamp.sub(b"", one.read_bytes()) == stamp.sub(b"", Path(f"{stem}.html").read_bytes())
        else:
            assert one.read_bytes() == Path(f"{stem}.{fmt}").read_bytes(), fmt


def test_demo_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["demo", "--out", "results"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "1. staff import the draft: ecommerce@1, 中华人民共和国电子商务法（草案） (57 articles)"
    start = lines.index("8. staff review the merge (lawcomment decide --draft ecommerce@1 …):")
    assert lines[1] == ("   and its English working translation (draft-v1-en.md): 57 of 57 articles and 150 of 150 units "
                        "paired")  # fmt: skip
    assert ("   fjord writes in English, on the English text: a new wording of Article 34(1), kept at 第三十四条第一款"
            in lines)  # fmt: skip
    assert lines[start + 1:start + 13] == [
        "   --article 第十条 --choose x1:2 --reason '零售工作组与医药工作组协商一致'  → decision #1: borealis's wording",
        "   --article 第十二条 --accept c1 --reason '删去重复表述'  → decision #2: accepted acme's change",
        "   --article 第十七条 --accept c1  → decision #3: accepted acme's change",
        "   --article 第二十一条 --accept c1 --reason '明确押金退还期限'  → decision #4: accepted cathay's change",
        "   --article 第二十三条 --reject c1 --reason '个人信息保护法已有告知规则'  → decision #5: rejected delta's change",
        "   --article 第二十三条 --accept n1 --reason '数据安全单列一条'  → decision #6: accepted delta's new article after 第二十三条",
        "   --article 第三十条 --reject c1 --reason '评估频次宜由行政法规规定'  → decision #7: rejected fjord's change",
        "   x1 on 第三十一条 (everbright, fjord) stays open: it stays out of the submission until decided",
        ("   --article 第三十四条 --text '…三十日…' --text-en-from 6  → decisions #8 and #9: the committee's Chinese "
         "wording, and fjord's English one (both go out in the bilingual table)"),
        ("   --article 第十条 --committee-reason '…' (and 第十二条, 第十七条, 第二十一条, 第二十三条)  "
         "→ the committee's reasons, printed as 理由"),
        "   comment forward 14  → acme's remark on 第十条 goes out, unattributed: 个人销售自产农副产品是否需要登记？请澄清。",
        "9. exported the submission: 6 articles with accepted changes; left out, not yet decided: 第三十一条 x1",
    ]  # fmt: skip
    assert "results in results/:" in lines
    for name in ("submission.docx", "submission-table.docx", "submission-en.docx", "submission-bilingual.docx",
                 "review.html", "submission.md",
                 "consultation.json", "tracking.csv", "adoption.md", "consultation.db"):  # fmt: skip
        assert (tmp_path / "results" / name).stat().st_size > 0
        assert any(line.startswith(f"  {name} ") for line in lines), name
    again = CliRunner().invoke(cli, ["--db", "results/consultation.db", "merge", "--draft", "ecommerce@1", "--strict"])
    assert again.exit_code == 3  # the demo leaves one conflict open on purpose


@pytest.mark.parametrize(("given", "stamp"), [("2026-11-21", "2026-11-21T00:00:00Z"),
                                              ("2026-11-21T17:30:00+08:00", "2026-11-21T09:30:00Z")])
def test_dates_become_utc_revision_timestamps(given: str, stamp: str) -> None:
    assert ExportOptions(date=given).timestamp == stamp


def test_plugin_options_reach_the_exporter(demo_store: Store) -> None:
    seen: list[ExportOptions] = []

    class Spy:
        @hookimpl
        def register_exporters(self, register):  # type: ignore[no-untyped-def]
            register(Exporter("spy", ".txt", False, lambda view, out, options: seen.append(options)))

    pm = make_plugin_manager(entry_points=False)
    pm.register(Spy(), name="spy")
    set_plugin_manager(pm)
    try:
        export(load_consultation(demo_store, "ecommerce@1"), "spy", options=ExportOptions(lang="en", association="A"))
    finally:
        set_plugin_manager(None)
    assert seen == [ExportOptions(lang="en", association="A")]


# -- review before anything goes out ---------------------------------------------------------
ART13 = ("电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和生态环境保护要求，"
         "不得销售或者提供法律、行政法规禁止交易或者限制交易的商品或者服务。")  # c1 生态, c2 或者限制交易
ART14 = "电子商务经营者销售商品或者提供服务应当依法出具纸质发票或者电子发票等购货凭证或者服务单据。电子发票与纸质发票具有同等的法律效力。"
NEW13 = "电子商务经营者应当依法承担产品质量责任。"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def reviewed(consultation):  # type: ignore[no-untyped-def]
    """acme's two changes of 第十三条 (c1 accepted, c2 rejected), beta's new article after it
    (n1) and its change of 第十四条 (c1), both not decided yet."""
    for args in (["comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第十三条", "--propose", ART13,
                  "--reason", "生态环境"],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "beta", "--at", "第十三条", "--stance", "insert",
                  "--propose", NEW13, "--reason", "质量责任"],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "beta", "--at", "第十四条", "--propose", ART14,
                  "--reason", "<表述> & 用语"],
                 ["decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1", "--reason", "采纳"],
                 ["decide", "--draft", "ecommerce@1", "--article", "第十三条", "--reject", "c2"]):  # fmt: skip
        result = consultation(*args)
        assert result.exit_code == 0, result.output
    return consultation


def _docx_text(path: Path) -> list[tuple[str, str]]:
    """Each paragraph of the document as (style, text with {+inserted+} and [-deleted-] marked)."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(f"{W}p"):
        text = ""
        for e in p.iter(f"{W}t", f"{W}delText"):
            inside = {a.tag for a in e.iterancestors()}
            text += f"[-{e.text}-]" if e.tag == f"{W}delText" else f"{{+{e.text}+}}" if f"{W}ins" in inside else e.text or ""
        style = p.find(f"{W}pPr/{W}pStyle")
        out.append((style.get(f"{W}val") if style is not None else "", text))
    return out


def _law(paragraphs: list[tuple[str, str]]) -> list[str]:
    """The law text of the submission: its articles, without the title, headings and notes."""
    return [t for s, t in paragraphs if s == "LawText"]


def test_default_export_leaves_out_unreviewed_and_rejected_changes(reviewed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "submission.docx"
    result = reviewed("export", "--draft", "ecommerce@1", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {out} (docx): ecommerce@1, 1 article(s) changed in the submission, 0 unresolved conflict(s)\n"
    assert result.stderr == (f"warning: 2 unreviewed change(s) left out of {out} (pass --include-unreviewed to include them):\n"
                             "  第十三条 (art_13): n1\n"
                             "  第十四条 (art_14): c1\n"
                             f"warning: 1 article(s) go out in {out} with changes but no committee reason (lawcomment decide --article … --committee-reason \"…\"):\n"
                             "  第十三条 (art_13)\n"
                             f"warning: {out} is signed by no one: name the association (lawcomment store association \"…\", or export --association \"…\")\n"
                             f"warning: {out} is addressed to no one: name who it goes to (lawcomment store addressee \"…\", or export --to \"…\")\n")  # fmt: skip
    law = _law(_docx_text(out))
    # only the accepted c1; the rejected c2, the undecided n1 and 第十四条's c1 are not there (第十四条 has nothing to say)
    assert law == [("第十三条\u3000电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和{+生态+}"
                    "环境保护要求，不得销售或者提供法律、行政法规禁止交易的商品或者服务。")]  # fmt: skip
    md = reviewed("export", "--draft", "ecommerce@1", "--format", "md")
    assert md.exit_code == 0
    assert "要求和<ins>生态</ins>环境保护要求" in md.stdout and "限制" not in md.stdout
    assert NEW13 not in md.stdout and "第十四条" not in md.stdout and "讨论稿" not in md.stdout
    assert md.stderr.startswith("warning: 2 unreviewed change(s) left out of the md output (pass --include-unreviewed")


def test_include_unreviewed_puts_them_in_a_draft(reviewed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "draft.docx"
    result = reviewed("export", "--draft", "ecommerce@1", "-o", str(out), "--include-unreviewed")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {out} (docx): ecommerce@1, 2 article(s) changed in the submission, 0 unresolved conflict(s)\n"
    assert result.stderr == (f"warning: 2 unreviewed change(s) included in {out} (--include-unreviewed); "
                             "decide them before it goes out:\n"
                             "  第十三条 (art_13): n1\n"
                             "  第十四条 (art_14): c1\n"
                             f"warning: 2 article(s) go out in {out} with changes but no committee reason (lawcomment decide --article … --committee-reason \"…\"):\n"
                             "  第十三条 (art_13)\n  第十四条 (art_14)\n"
                             f"warning: {out} is signed by no one: name the association (lawcomment store association \"…\", or export --association \"…\")\n"
                             f"warning: {out} is addressed to no one: name who it goes to (lawcomment store addressee \"…\", or export --to \"…\")\n")  # fmt: skip
    paragraphs = _docx_text(out)
    assert ("NoteSubtitle", "（讨论稿：包括委员会尚未审查的修改建议）") in paragraphs
    law = _law(paragraphs)
    at = next(i for i, t in enumerate(law) if t.startswith("第十三条\u3000"))
    assert law[at + 1] == f"{{+第十三条之一\u3000+}}{{+{NEW13}+}}"  # the new article, right after its article
    assert law[at + 2].startswith("第十四条\u3000") and law[at + 2].endswith("具有同等{+的+}法律效力。")
    assert "{+或者限制交易+}" not in "".join(law)  # rejected: never, not even in a draft
    md = reviewed("export", "--draft", "ecommerce@1", "--format", "md", "--include-unreviewed")
    assert f"\n\n<ins>**第十三条之一**\u3000{NEW13}</ins>\n\n" in md.stdout and "同等<ins>的</ins>法律效力" in md.stdout
    assert "\n（讨论稿：包括委员会尚未审查的修改建议）\n" in md.stdout


def test_accepted_new_article_goes_out_after_its_article(reviewed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment import Store
    from lawcomment.consultation.marked_up import read_marked_up

    assert reviewed("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "n1").exit_code == 0
    out = tmp_path / "submission.docx"
    result = reviewed("export", "--draft", "ecommerce@1", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"warning: 1 unreviewed change(s) left out of {out} (pass --include-unreviewed to include them):\n"
                             "  第十四条 (art_14): c1\n"
                             f"warning: 1 article(s) go out in {out} with changes but no committee reason (lawcomment decide --article … --committee-reason \"…\"):\n"
                             "  第十三条 (art_13)\n"
                             f"warning: {out} is signed by no one: name the association (lawcomment store association \"…\", or export --association \"…\")\n"
                             f"warning: {out} is addressed to no one: name who it goes to (lawcomment store addressee \"…\", or export --to \"…\")\n")  # fmt: skip
    paragraphs = _docx_text(out)
    at = next(i for i, (_, t) in enumerate(paragraphs) if t.startswith("第十三条\u3000"))
    assert paragraphs[at - 1:at + 4] == [("NoteHeading1", "一、关于第十三条及增加第十三条之一"), paragraphs[at],
                                         ("LawText", f"{{+第十三条之一\u3000+}}{{+{NEW13}+}}"),
                                         ("Note", "支持单位（增加“生态”）：1家会员"),
                                         ("Note", "支持单位（增加第十三条之一）：1家会员")]  # fmt: skip
    # read back as a marked-up draft, the submission proposes the change and the new article
    with open_store(reviewed.db, "tester") as store:
        stored = store.get_draft("ecommerce@1")
        intake = read_marked_up(out, stored.load(), stored.ref, store.members(), member="acme")
    assert sorted((c.anchor.eid, str(c.stance), c.proposed_text) for c in intake.comments) == [
        ("art_13", "amend", ART13.replace("禁止交易或者限制交易", "禁止交易")), ("art_13", "insert", NEW13)]
    amendment = tmp_path / "proposals.md"
    assert reviewed("export", "--draft", "ecommerce@1", "--format", "amendment", "-o", str(amendment)).exit_code == 0
    assert amendment.read_text(encoding="utf-8") == (
        "# 关于修改《中华人民共和国电子商务法》的建议\n\n委员会建议对《中华人民共和国电子商务法》作如下修改：\n\n"
        # (the list quoted whole, never from its second item: 「财产安全的要求和」 leaves 人身、 out)
        "一、在第十三条中的“符合保障人身、财产安全的要求和”后增加“生态”。\n\n"
        f"二、在第十三条后增加一条，作为第十三条之一：“{NEW13}”\n\n此外，对条文顺序作相应调整。\n")  # fmt: skip


def test_review_page_shows_every_change_with_its_state(reviewed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "review.html"
    result = reviewed("export", "--draft", "ecommerce@1", "--format", "html", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # a review format: nothing is left out of it
    page = out.read_text(encoding="utf-8")
    rows = [('<tr data-state="accepted"><td>c1</td><td class="st-accepted">采纳（决定#1）</td><td><ins>生态</ins></td>'
             "<td>ACME (China) Ltd.</td></tr>"),
            '<tr data-state="rejected"><td>c2</td><td class="st-rejected">不采纳（决定#2）</td><td><ins>或者限制交易</ins></td>',
            ('<tr data-state="proposed"><td>n1</td><td class="st-proposed">待审查</td>'
             f"<td>建议新增（在第十三条之后）：<ins>{NEW13}</ins></td><td>Beta GmbH</td></tr>"),
            '<tr data-state="proposed"><td>c1</td><td class="st-proposed">待审查</td><td><ins>的</ins></td>']  # fmt: skip
    for row in rows:
        assert row in page, row
    assert '<ins class="rv-rejected" title="c2 · 不采纳（决定#2） · ACME (China) Ltd.">或者限制交易</ins>' in page
    # 第十四条's only proposal is undecided: it has a proposal to review, not "comments only"
    assert '<section id="art_14" data-status="pending" data-groups="Auto WG" data-review="unreviewed">' in page
    assert ('<h2>第十四条 <span class="status st-pending">有修改建议</span> '
            '<span class="status todo">待审查：c1</span></h2>') in page  # fmt: skip
    assert "仅有意见" not in page.split("<nav>")[1].split("</nav>")[0]  # no article of the contents is "comments only"
    assert '<span class="status todo">待审查：n1</span>' in page
    assert "<th>类型</th>" in page and '<td class="nw">修改</td>' in page and '<td class="nw">新增</td>' in page
    assert '<td class="nw">amend</td>' not in page and "<b>提出修改：</b>ACME (China) Ltd." in page
    assert "&lt;表述&gt; &amp; 用语" in page and "<表述>" not in page
    en = reviewed("export", "--draft", "ecommerce@1", "--format", "html", "--lang", "en", "--include-unreviewed")
    assert '<td class="st-rejected">rejected (decision #2)</td>' in en.stdout
    assert '<td class="nw">amend</td>' in en.stdout and "<b>Proposed by: </b>" in en.stdout
    assert 'st-pending">proposals</span>' not in en.stdout  # with --include-unreviewed c1 of 第十四条 is proposed
    assert '<section id="art_14" data-status="amended"' in en.stdout
    assert "1 unreviewed" not in en.stdout and "2 unreviewed, 0 decision(s) to review" in en.stdout


def test_stale_decision_is_flagged_by_export_and_the_review_page(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = "电子商务经营者应当依法办理市场主体登记。但是，个人销售自产农副产品、家庭手工业产品，个人{}，以及依照法律、行政法规不需要进行登记的除外。"
    for args in (["member", "add", "gamma", "--org", "Gamma <Co> & Sons", "--group", "Auto WG"],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第十条", "--propose",
                  base.format("从事零星小额交易活动")],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "beta", "--at", "第十条", "--propose",
                  base.format("利用自己的技能从事依法无须取得许可的便民劳务活动")],
                 ["decide", "--draft", "ecommerce@1", "--article", "第十条", "--choose", "x1:1",
                  "--committee-reason", "便于认定。"],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "gamma", "--at", "第十条", "--propose",
                  base.format("从事便民劳务活动和零星小额交易活动")]):  # fmt: skip
        assert consultation(*args).exit_code == 0
    message = ("decision #1 on x1 of 第十条 was made before alternative(s) 3) 「从事便民劳务活动和零星小额交易活动」 [gamma] "
               "arrived; it still applies: review it (decide again, or undo it)")  # fmt: skip
    out = tmp_path / "s.docx"
    result = consultation("export", "--draft", "ecommerce@1", "-o", str(out))
    assert (result.exit_code, result.stderr) == (0, f"warning: {out} is signed by no one: name the association (lawcomment store association \"…\", or export --association \"…\")\n" + f"warning: {out} is addressed to no one: name who it goes to (lawcomment store addressee \"…\", or export --to \"…\")\n" + f"warning: {message}\n")
    assert "从事[-依法无须取得许可的便民劳务活动和-]零星小额交易活动" in "".join(_law(_docx_text(out)))  # the decision still applies until staff act
    page = consultation("export", "--draft", "ecommerce@1", "--format", "html")
    assert (page.exit_code, page.stderr) == (0, f"warning: {message}\n")
    zh = ("对第十条分歧x1的决定#1作出后又出现新的方案3) 「从事便民劳务活动和零星小额交易活动」 [gamma]；该决定仍然有效，请复核"
          "（重新决定或撤销）")  # the page's language
    assert f'<p class="stale"><b>决定需复核：</b>{html.escape(zh)}</p>' in page.stdout
    assert 'data-review="stale"' in page.stdout and '<span class="status st-conflict">决定需复核</span>' in page.stdout
    # (an alternative over many words: a redline of the draft's, saying what it changes)
    assert ('<li>「<del>利用自己的技能从事依法无须取得许可的</del><ins>从事</ins>便民劳务活动和零星小额交易活动」'
            '（Gamma &lt;Co&gt; &amp; Sons）</li>') in page.stdout  # fmt: skip
    doc = json.loads(consultation("export", "--draft", "ecommerce@1", "--format", "json").stdout)
    (art10,) = [p for p in doc["positions"] if p["eid"] == "art_10"]
    assert art10["stale"] == [message] and doc["summary"]["stale"] == 1


def test_the_review_page_and_json_show_the_committee_reason_and_forwarded_remarks(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json as _json

    run = consultation
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
               "--reason", "请明确<标准>").exit_code == 0  # fmt: skip
    assert run("comment", "forward", "1").exit_code == 0
    assert run("decide", "--draft", "ecommerce@1", "--article", "13", "--committee-reason",
               "与上位法衔接。").exit_code == 0  # fmt: skip
    page = tmp_path / "review.html"
    assert run("export", "--draft", "ecommerce@1", "--format", "html", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "<p><b>理由：</b>与上位法衔接。</p>" in html
    assert "随意见转呈的会员意见：#1" in html and "请明确&lt;标准&gt;" in html
    # (a trial: its row read 待处理 beside the tracking sheet's 已列入提交稿)
    assert '<td class="nw">意见</td><td class="nw">已列入提交稿</td>' in html and "待处理" not in html
    # (a web trial: on a phone it read 1,014 px wide) the phone's width, wide tables scrolled in place
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "@media screen and (max-width:48em){body{margin:.6em}table{display:block;overflow-x:auto}}" in html
    doc = tmp_path / "c.json"
    assert run("export", "--draft", "ecommerce@1", "--format", "json", "-o", str(doc)).exit_code == 0
    (item,) = [i for i in _json.loads(doc.read_text(encoding="utf-8"))["positions"] if i["eid"] == "art_13"]
    assert (item["committee_reason"], item["forwarded"], item["in_submission"]) == ("与上位法衔接。", [1], True)


def test_an_article_with_only_the_committee_reason_is_on_the_review_page(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """It goes out in the submission (a trial: 支持本条规定 on 第四十条): the review page shows it too."""
    run = consultation
    assert run("decide", "--draft", "ecommerce@1", "--article", "5", "--committee-reason", "支持本条规定。").exit_code == 0
    page = tmp_path / "review.html"
    assert run("export", "--draft", "ecommerce@1", "--format", "html", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert '<li><a href="#art_5">第五条</a>' in html and "<p><b>理由：</b>支持本条规定。</p>" in html


def test_the_review_page_tells_proposers_from_members_who_support_the_draft(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    art13 = ("电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和环境保护要求，"
             "不得销售或者提供法律、行政法规禁止交易的商品或者服务。")  # fmt: skip
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--propose",
               art13.replace("行政法规禁止", "行政法规明确禁止")).exit_code == 0  # fmt: skip
    assert run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十三条",
               "--stance", "support").exit_code == 0  # fmt: skip
    page = tmp_path / "r.html"
    assert run("export", "--draft", "ecommerce@1", "--format", "html", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "<p><b>提出修改：</b>ACME (China) Ltd.</p>" in html
    assert "<p><b>赞同草案原文：</b>Beta GmbH</p>" in html


def test_the_review_page_keeps_the_line_breaks_of_a_wording_of_several_kuan(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A wording of two 款, and a reason of two paragraphs, are shown a 款 (a paragraph) a line
    in the comments table, not run together; still escaped."""
    run = consultation
    wording = ("电子商务经营者应当依法履行纳税义务。\n依照前条规定不需要办理市场主体登记的电子商务经营者在首次纳税义务发生后，"
               "应当依照税收征收管理法律、行政法规的规定申请办理税务登记，并如实申报纳税。")  # fmt: skip
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十一条", "--propose",
               wording, "--reason", "删去<税收优惠>。\n第二款不变。").exit_code == 0  # fmt: skip
    page = tmp_path / "r.html"
    assert run("export", "--draft", "ecommerce@1", "--format", "html", "--include-unreviewed", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert f"<td>{wording.replace(chr(10), '<br>')}</td><td>删去&lt;税收优惠&gt;。<br>第二款不变。</td></tr>" in html


def test_a_final_wording_credits_the_members_who_proposed_its_very_edits(consultation) -> None:  # type: ignore[no-untyped-def]
    """The committee's final wording takes acme's 明确 and adds 依法 of its own: 支持单位 names
    acme's edit alone, as an accepted change would be named; the committee's own edit has none."""
    run = consultation
    art13 = ("电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和环境保护要求，"
             "不得销售或者提供法律、行政法规禁止交易的商品或者服务。")  # fmt: skip
    proposed = art13.replace("行政法规禁止", "行政法规明确禁止")
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
               "--propose", proposed).exit_code == 0  # fmt: skip
    assert run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--text",
               proposed.replace("应当符合", "应当依法符合")).exit_code == 0  # fmt: skip
    md = run("export", "--draft", "ecommerce@1", "--format", "md").stdout
    assert "应当<ins>依法</ins>符合保障" in md and "行政法规<ins>明确</ins>禁止" in md
    assert [line for line in md.splitlines() if line.startswith("支持单位")] == ["支持单位（增加“明确”）：1家会员"]


def test_a_change_under_the_committees_own_wording_is_not_decided(consultation) -> None:  # type: ignore[no-untyped-def]
    """Once the committee's wording of an article stands, that wording goes out: a decision on one
    of the merge's changes there would be recorded and change nothing, so it is refused; a new
    unit proposed after the article is still decided on its own."""
    run = consultation
    art13 = ("电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和环境保护要求，"
             "不得销售或者提供法律、行政法规禁止交易的商品或者服务。")  # fmt: skip
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--propose",
               art13.replace("行政法规禁止", "行政法规明确禁止")).exit_code == 0  # fmt: skip
    assert run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十三条", "--stance", "insert",
               "--propose", "电子商务经营者应当建立商品质量抽检制度。").exit_code == 0  # fmt: skip
    assert run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--text", art13.replace("应当符合", "应当依法符合")
               ).exit_code == 0  # fmt: skip
    refused = run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1")
    assert (refused.exit_code, refused.stderr) == (1, "Error: the committee's own wording of 第十三条 (art_13) stands "
                                                      "(decision #1); undo it to decide the changes one by one\n")  # fmt: skip
    assert run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "n1").exit_code == 0


def test_a_final_wording_credits_the_member_whose_conflict_alternative_it_takes(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """acme and beta put different words in at one point (a conflict); the committee's final
    wording takes acme's: acme is credited in the submission and on the review page, beta is not."""
    run = consultation
    art13 = ("电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和环境保护要求，"
             "不得销售或者提供法律、行政法规禁止交易的商品或者服务。")  # fmt: skip
    for member, word in (("acme", "明令"), ("beta", "严格")):
        assert run("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第十三条", "--propose",
                   art13.replace("行政法规禁止", f"行政法规{word}禁止")).exit_code == 0  # fmt: skip
    merged = json.loads(run("merge", "--draft", "ecommerce@1", "--article", "第十三条", "--format", "json").stdout)
    assert [[a["text"] for a in x["alternatives"]] for x in merged["units"][0]["conflicts"]] == [["明令", "严格"]]
    assert run("decide", "--draft", "ecommerce@1", "--article", "第十三条", "--text",
               art13.replace("行政法规禁止", "行政法规明令禁止")).exit_code == 0  # fmt: skip
    md = run("export", "--draft", "ecommerce@1", "--format", "md").stdout
    assert [line for line in md.splitlines() if line.startswith("支持单位")] == ["支持单位：1家会员"]
    page = tmp_path / "r.html"
    assert run("export", "--draft", "ecommerce@1", "--format", "html", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert re.search(r'<ins class="rv-final" title="[^"]*ACME \(China\) Ltd\.">明令</ins>', html)
    assert "Beta GmbH" not in re.search(r'<ins class="rv-final" title="([^"]*)">明令</ins>', html)[1]


# -- one pass over the consultation (issue 16) ------------------------------------------------
def test_the_tracking_sheet_says_a_final_wording_took_over_as_the_review_page_does(consultation) -> None:  # type: ignore[no-untyped-def]
    """A change nobody decided, then the committee's final wording of its article: the sheet
    said 「c1 待审查」 beside the final wording; the review page says the wording took it over."""
    run = consultation
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十条",
               "--propose", "电子商务经营者应当依法及时办理市场主体登记。").exit_code == 0  # fmt: skip
    assert run("decide", "--draft", "ecommerce@1", "--article", "10", "--text",
               "电子商务经营者应当依法办理市场主体登记，并及时公示。").exit_code == 0  # fmt: skip
    for lang, taken, final, sep in (("zh", "被委员会最终措辞取代", "委员会最终措辞（决定#1）", "；"),
                                    ("en", "superseded by the final wording", "final wording (decision #1)", "; ")):  # fmt: skip
        sheet = run("export", "--draft", "ecommerce@1", "--format", "csv", "--lang", lang).stdout.lstrip("\ufeff")
        rows = list(csv.reader(io.StringIO(sheet)))
        (state,) = [r[rows[0].index("审查结果" if lang == "zh" else "review")] for r in rows[1:]]
        *changes, last = state.split(sep)
        assert last == final and changes and all(c == f"c{n} {taken}" for n, c in enumerate(changes, 1)), state
    page = run("export", "--draft", "ecommerce@1", "--format", "html").stdout
    assert "被委员会最终措辞取代" in page


def test_the_chinese_tracking_sheet_says_an_answer_and_a_carried_remark_in_chinese(consultation) -> None:  # type: ignore[no-untyped-def]
    """(专利法实施细则, a trial) The Chinese sheet's 说明 read 「answer: …」 for a question staff answered, and at the
    next reading 「第四十二条 (art_42) → 第四十八条 (art_48); answer: …」 and 「carried as a comment on the whole
    document」; the answer itself stays as typed."""
    from tests.conftest import DATA

    run = consultation
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十六条", "--stance", "question",
               "--reason", "三十日是否包括节假日？").exit_code == 0  # fmt: skip
    assert run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "全文",
               "--reason", "建议统一术语。").exit_code == 0  # fmt: skip
    assert run("comment", "resolve", "1", "--answer", "按自然日计算; 含节假日。").exit_code == 0

    def notes(ref: str) -> dict[str, str]:
        sheet = run("export", "--draft", ref, "--format", "csv", "--lang", "zh").stdout.lstrip("\ufeff")
        rows = list(csv.reader(io.StringIO(sheet)))
        return {r[rows[0].index("会员")]: r[rows[0].index("说明")] for r in rows[1:]}

    assert notes("ecommerce@1") == {"acme": "秘书处答复：按自然日计算; 含节假日。", "beta": ""}
    assert run("draft", "add", str(DATA / "ecommerce-law.md"), "--name", "ecommerce", "--version", "2",
               "--supersedes", "1").exit_code == 0  # fmt: skip
    assert notes("ecommerce@2") == {"acme": "第十六条 → 第十六条；秘书处答复：按自然日计算; 含节假日。", "beta": "已作为对全文的意见转入"}


def test_a_change_the_final_wording_makes_in_its_own_words_is_taken_into_it(consultation) -> None:  # type: ignore[no-untyped-def]
    # a trial: the committee's wording was exactly c1, and the review page said c1 was superseded by it, the
    # wording shown as one insertion of the whole article
    from tests.conftest import DATA

    run = consultation
    text = (DATA / "ecommerce-law.md").read_text(encoding="utf-8").split("第十条 ", 1)[1].split("\n", 1)[0]
    wording = text.replace("应当依法办理", "应当依法及时办理")
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十条", "--propose",
               wording).exit_code == 0  # fmt: skip
    assert run("decide", "--draft", "ecommerce@1", "--article", "10", "--text", wording).exit_code == 0
    page = run("export", "--draft", "ecommerce@1", "--format", "html").stdout
    assert '<td class="st-final">已纳入委员会最终措辞</td>' in page and "被委员会最终措辞取代" not in page
    assert "应当依法<ins>及时</ins>办理市场主体登记" in page  # (the final wording's row: a redline, not one <ins>)
    for lang, taken in (("zh", "c1 已纳入委员会最终措辞"), ("en", "c1 taken into the final wording")):
        sheet = run("export", "--draft", "ecommerce@1", "--format", "csv", "--lang", lang).stdout.lstrip("\ufeff")
        assert taken in sheet, sheet


def test_a_long_conflicts_alternatives_show_what_they_change(consultation) -> None:  # type: ignore[no-untyped-def]
    # a trial: an alternative over many words printed whole in the review page's table, to compare by eye
    from tests.conftest import DATA

    text = (DATA / "ecommerce-law.md").read_text(encoding="utf-8").split("第十三条 ", 1)[1].split("\n", 1)[0]
    clause = "，不得销售或者提供法律、行政法规禁止交易的商品或者服务"
    for member, wording in (("acme", text.replace(clause, "")), ("beta", text.replace("行政法规禁止", "行政法规明确禁止"))):
        assert consultation("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第十三条",
                            "--propose", wording).exit_code == 0  # fmt: skip
    page = consultation("export", "--draft", "ecommerce@1", "--format", "html").stdout
    table = page[page.index('<table class="review">'):]
    assert "<li><del>删去</del>（ACME (China) Ltd.）</li>" in table, table[:3000]
    assert "行政法规<ins>明确</ins>禁止交易的商品或者服务" in table and "（Beta GmbH）</li>" in table, table[:3000]


def test_an_item_of_an_article_of_one_kuan_is_cited_as_the_law_cites_it(consultation, data) -> None:  # type: ignore[no-untyped-def]
    """反垄断法 第三条 has one 款: its items are 第三条第二项 in the tracking sheet (in the draft's
    language, whatever the labels'), not 第三条第一款第二项; an item of a 款 among several keeps it."""
    run = consultation
    assert run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1").exit_code == 0
    for at in ("第三条第（二）项", "第十五条第一款第（一）项"):
        assert run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", at, "--reason", "表述不清").exit_code == 0
    for lang in ("zh", "en"):
        sheet = run("export", "--draft", "aml@1", "--format", "csv", "--lang", lang).stdout.lstrip("\ufeff")
        rows = list(csv.reader(io.StringIO(sheet)))
        assert [r[1] for r in rows[1:]] == ["第三条第二项", "第十五条第一款第一项"]


def _scanned_review_state(item, comment_id: int, lang: str) -> str:  # type: ignore[no-untyped-def]
    """review_state as it was: a scan of every change and alternative per comment, the reference
    the one pass per item (review_states) must agree with."""
    from lawcomment.exports.data import _REVIEW_TEXT, _decided
    from lawcomment.exports.labels import label

    pos, mine, t = item.position, f"#{comment_id}", _REVIEW_TEXT[lang]

    def has(proposals: tuple[str, ...]) -> bool:
        return any(mine in p.split("+") for p in proposals)

    out = [f"{c.change.id} {t['final'] if pos.final is not None else label(c.state, lang, 'change')}"
           f"{_decided(c.decision, lang)}" for c in pos.changes if has(c.change.proposals)]  # fmt: skip
    for x in pos.conflicts:
        for a in x.conflict.alternatives:
            if has(a.proposals):
                state = (t["final"] if pos.final is not None else t["unresolved"] if x.chosen is None
                         else t["chosen" if x.chosen == a.number else "not_chosen"].format(n=a.number))  # fmt: skip
                out.append(f"{x.conflict.id} {state}{_decided(x.decision, lang)}" + (t["stale"] if x.stale else ""))
    out += [f"{i.id} {label(i.state, lang, 'change')}{_decided(i.decision, lang)}"
            for i in pos.insertions if comment_id in i.comments]  # fmt: skip
    if pos.final is not None and any(has((p.id,)) for p in pos.merge.proposals):
        out.append(f"{t['final_wording']}{_decided(pos.final.id, lang)}")
    return t["sep"].join(out)


@pytest.fixture
def busy_store(demo_store: Store) -> Store:
    """The demo with a member's proposals on two 款 of one article (merged as ``#33+#34``),
    another member's on one of them, a wording of a chapter heading and a question on a 款."""
    from lawcomment.drafts.anchors import unit_index

    index = unit_index(demo_store.get_draft("ecommerce@1").load())
    para1, para2 = index["art_15__para_1"].body("\n"), index["art_15__para_2"].body("\n")
    add_comment(demo_store, "ecommerce@1", "delta", "第十五条第一款", propose=para1[:-1] + "，并及时更新。")
    add_comment(demo_store, "ecommerce@1", "delta", "第十五条第二款", propose="依法" + para2)
    add_comment(demo_store, "ecommerce@1", "acme", "第十五条第二款", propose="依法" + para2)
    add_comment(demo_store, "ecommerce@1", "acme", "chp_1", propose="一般规定", reason="标题")
    add_comment(demo_store, "ecommerce@1", "borealis", "第十条第一款", reason="请澄清", stance="question")
    return demo_store


@pytest.mark.parametrize("include", [False, True])
def test_an_item_deleted_whole_is_read_as_its_redline_draws_it(busy_store: Store, include: bool) -> None:
    """``Item.deleted`` (read from the submitted pieces) says what the drawn redline says: every
    piece struck, nothing put in (an article asked deleted, a 款 deleted, a wording, none)."""
    from lawcomment.exports.view import deletes_whole

    assert add_comment(busy_store, "ecommerce@1", "acme", "第五十条", stance="delete", reason="重复")
    assert add_comment(busy_store, "ecommerce@1", "acme", "第十一条第二款", stance="delete", reason="重复")
    found = []
    for ref in ("ecommerce@1", "ecommerce@2"):
        view = load_consultation(busy_store, ref, include_unreviewed=include, all_articles=True)
        for item in view.items:
            assert item.deleted == deletes_whole(item.segments()), item.eid
            found += [item.eid] if item.deleted else []
    assert ("art_50" in found) == include  # (undecided: submitted only with --include-unreviewed)


@pytest.mark.parametrize("include", [False, True])
def test_review_states_of_an_item_agree_with_a_scan_per_comment(busy_store: Store, include: bool) -> None:
    from lawcomment.exports.data import review_state

    combined = 0
    for ref in ("ecommerce@1", "ecommerce@2"):
        view = load_consultation(busy_store, ref, include_unreviewed=include, all_articles=True)
        for item in view.items:
            combined += sum("+" in p.id for p in item.position.merge.proposals)
            for c in item.comments:
                for lang in ("zh", "en"):
                    assert review_state(item, c.id, lang) == _scanned_review_state(item, c.id, lang)
    assert combined  # the fixture's #a+#b proposal is among them (its changes and alternatives credited to
    # the comment each edit came from)


def _streamed_views(busy_store: Store, empty_db: str, include: bool) -> list[Consultation]:
    """The views the streamed exports are checked on: both readings of the busy store, and a
    draft without comments (the fixture's store before any)."""
    empty = open_store(empty_db)
    try:
        views = [load_consultation(busy_store, ref, include_unreviewed=include) for ref in ("ecommerce@1", "ecommerce@2")]
        views.append(load_consultation(empty, "ecommerce@1", include_unreviewed=include))
    finally:
        empty.close()
    return views


@pytest.mark.parametrize("include", [False, True])
def test_json_written_piece_by_piece_is_the_whole_document(busy_store: Store, consultation, include: bool) -> None:  # type: ignore[no-untyped-def]
    """The streamed JSON export has the bytes of the document serialised at once (and of
    json.dumps with two-space indents), whatever the batches; empty lists too."""
    from lawcomment.exports.data import consultation_dict, write_consultation_json
    from lawcomment.jsondoc import dump_bytes

    empty = open_store(consultation.db)
    try:
        views = [load_consultation(busy_store, ref, include_unreviewed=include, all_articles=include)
                 for ref in ("ecommerce@1", "ecommerce@2")]  # fmt: skip
        views.append(load_consultation(empty, "ecommerce@1", include_unreviewed=include))
    finally:
        empty.close()
    assert views[-1].comments == () and views[-1].decisions == ()
    for view in views:
        whole = dump_bytes(consultation_dict(view))
        assert whole == (json.dumps(consultation_dict(view), ensure_ascii=False, indent=2) + "\n").encode()
        for batch in (1, 2, 7, None):
            out = io.BytesIO()
            write_consultation_json(view, out.write, batch)
            assert out.getvalue() == whole, batch
        assert export(view, "json", options=ExportOptions(include_unreviewed=include)) == whole


def _positions_seen(view: Consultation) -> set[str]:
    """What the positions of ``view`` hold, of what a position's JSON writes apart."""
    seen: set[str] = set()
    for i in view.items:
        pos = i.position
        seen |= {"final"} if pos.final is not None else set()
        seen |= {"decided"} if any(c.decision for c in pos.changes) else set()
        seen |= {"chosen"} if any(x.chosen for x in pos.conflicts) else set()
        seen |= {"open"} if any(x.chosen is None for x in pos.conflicts) else set()
        seen |= {"combines"} if any(a.combines for x in pos.conflicts for a in x.conflict.alternatives) else set()
        seen |= {"insertion"} if pos.insertions else set()
        seen |= {"stale"} if any(x.stale for x in pos.conflicts) else set()
    return seen


def _json_positions_checked(store: Store, ref: str, run=None) -> set[str]:  # type: ignore[no-untyped-def]
    """Each position of ``ref``'s JSON document (through the CLI with ``run``) is its item's
    ``UnitPosition.to_dict()``, with and without --include-unreviewed; what they hold."""
    from lawcomment.exports.data import consultation_dict

    seen: set[str] = set()
    for include in (False, True):
        view = load_consultation(store, ref, include_unreviewed=include, all_articles=True)
        if run is not None:
            result = run("export", "--draft", ref, "--format", "json", "--all-articles",
                         *(["--include-unreviewed"] if include else []))  # fmt: skip
            assert result.exit_code == 0, result.output
            doc = json.loads(result.stdout)
        else:
            doc = json.loads(json.dumps(consultation_dict(view)))
        assert {p["eid"]: p["position"] for p in doc["positions"]} == \
            {i.eid: json.loads(json.dumps(i.position.to_dict())) for i in view.items}  # fmt: skip
        seen |= _positions_seen(view)
    return seen


def test_json_positions_are_the_positions_to_dict(busy_store: Store, consultation) -> None:  # type: ignore[no-untyped-def]
    """Each position the JSON document gives is its ``UnitPosition.to_dict()`` (the export writes it
    without that dict's own records): decided changes, chosen and open conflicts, the committee's
    own wording, new units, combined alternatives and a decision made before a new alternative."""
    seen = _json_positions_checked(busy_store, "ecommerce@1") | _json_positions_checked(busy_store, "ecommerce@2")
    assert seen == {"final", "decided", "chosen", "open", "insertion"}, seen
    art5 = ("电子商务经营者从事经营活动，应当遵循自愿、平等、公平、诚信的原则，遵守法律和商业道德，公平参与市场竞争，履行消费者权益"
            "保护、环境保护、知识产权保护、网络安全与个人信息保护等方面的义务，承担产品和服务质量责任，接受政府和社会的监督。")  # fmt: skip
    art10 = "电子商务经营者应当依法办理市场主体登记。但是，个人销售自产农副产品、家庭手工业产品，个人{}，以及依照法律、行政法规不需要进行登记的除外。"
    for args in (["member", "add", "gamma", "--org", "Gamma", "--group", "Auto WG"],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第五条", "--propose",
                  art5.replace("诚信的", "诚信、守法的")],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "beta", "--at", "第五条", "--propose",
                  art5.replace("诚信的", "诚信、节约的")],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第十条", "--propose",
                  art10.format("从事零星小额交易活动")],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "beta", "--at", "第十条", "--propose",
                  art10.format("利用自己的技能从事依法无须取得许可的便民劳务活动")],
                 ["decide", "--draft", "ecommerce@1", "--article", "第十条", "--choose", "x1:1"],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "gamma", "--at", "第十条", "--propose",
                  art10.format("从事便民劳务活动和零星小额交易活动")]):  # fmt: skip
        assert consultation(*args).exit_code == 0
    store = open_store(consultation.db)
    try:
        assert _json_positions_checked(store, "ecommerce@1", consultation) == {"chosen", "open", "combines", "stale"}
    finally:
        store.close()


@pytest.mark.parametrize("include", [False, True])
def test_tracking_csv_written_piece_by_piece_is_the_whole_sheet(busy_store: Store, consultation, include: bool) -> None:  # type: ignore[no-untyped-def]
    """The streamed tracking sheet has the bytes of the sheet written at once by csv.writer
    (BOM, CRLF, formula guard), whatever the batches; a sheet of no comments is its header."""
    from lawcomment.exports import headers, tracking_rows, write_tracking_csv
    from lawcomment.exports.data import TRACKING_COLUMNS, safe_cell

    views = _streamed_views(busy_store, consultation.db, include)
    for view in views:
        for lang in ("zh", "en"):
            text = io.StringIO(newline="")
            writer = csv.writer(text, lineterminator="\r\n")
            writer.writerow(headers(TRACKING_COLUMNS, lang))
            writer.writerows([safe_cell(v) for v in row] for row in tracking_rows(view, lang))
            whole = ("\ufeff" + text.getvalue()).encode("utf-8")
            assert len(list(csv.reader(io.StringIO(whole.decode("utf-8-sig"), newline="")))) == len(view.comments) + 1
            for batch in (1, 2, 7, 2000):
                out = io.BytesIO()
                write_tracking_csv(view, out.write, lang, batch)
                assert out.getvalue() == whole, batch
            assert export(view, "csv", options=ExportOptions(lang=lang, include_unreviewed=include)) == whole


@pytest.mark.parametrize("fmt", ["json", "csv"])
@pytest.mark.parametrize("include", [False, True])
def test_json_and_csv_made_by_workers_are_those_made_in_one_process(busy_store: Store, consultation, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                     monkeypatch: pytest.MonkeyPatch, fmt: str,
                                                                     include: bool) -> None:  # fmt: skip
    """The JSON document and the tracking sheet of a view with workers are made by them, each
    position (or article's rows) a piece of its own (write_apart; into a file, left in the
    workers' files and copied): the bytes made in one process (LAWCOMMENT_WORKERS=1), in each
    language, a draft without comments too. Inside a worker (a format made whole beside others),
    or with one worker, they are streamed in the process as before: nothing is forked."""
    from dataclasses import replace

    import lawcomment.workers
    from lawcomment.exports.data import write_consultation_json, write_tracking_csv
    from lawcomment.exports.view import NearGroups
    from lawcomment.registry import export_files

    monkeypatch.setattr("lawcomment.exports.view.APART_FROM", 2)  # (the demo has too few articles to fork for)
    forked: list[int] = []  # the chunks each sharing out gave its workers (none: made in the process)
    in_workers, beside = lawcomment.workers._in_workers, lawcomment.workers.beside
    monkeypatch.setattr(lawcomment.workers, "_in_workers", lambda fn, chunks, *a: (
        forked.append(len(chunks)), in_workers(fn, chunks, *a))[1])  # fmt: skip
    monkeypatch.setattr(lawcomment.workers, "beside", lambda fn: (forked.append(1), beside(fn))[1])  # (one beside the process)

    def written(view: Consultation, lang: str) -> bytes:
        out = io.BytesIO()
        if fmt == "json":
            write_consultation_json(view, out.write)
        else:
            write_tracking_csv(view, out.write, lang)
        return out.getvalue()

    shared = 0
    for view in _streamed_views(busy_store, consultation.db, include):
        for lang in ("zh", "en") if fmt == "csv" else ("zh",):
            forked.clear()
            alone = written(view, lang)
            assert not forked
            apart = replace(view, workers=2, near=NearGroups())  # (groups of its own, worked out by the workers)
            assert written(apart, lang) == alone, (view.ref, lang)
            assert bool(forked) == (len(view.items) >= 2), view.ref  # (a draft without comments: nothing to share)
            shared += bool(forked)
            forked.clear()
            with lawcomment.workers._one_at_a_time:  # (as inside a worker: another call shares its work out)
                assert written(replace(view, workers=2, near=NearGroups()), lang) == alone
            assert not forked
            options = ExportOptions(lang=lang, include_unreviewed=include, date="2026-01-02")
            export_files(replace(view, workers=2, near=NearGroups()), [(fmt, tmp_path / f"apart.{fmt}")], options,
                         workers=2)  # fmt: skip
            assert bool(forked) == (len(view.items) >= 2)
            export_files(view, [(fmt, tmp_path / f"alone.{fmt}")], options)
            made = [(tmp_path / f"{k}.{fmt}").read_bytes() for k in ("apart", "alone")]
            if fmt == "json":  # (its time stamp)
                made = [re.sub(rb'"exported": "[^"]*"', b"", m, count=1) for m in made]
            assert made[0] == made[1], (view.ref, lang)
    assert shared


@pytest.mark.parametrize("include", [False, True])
def test_review_page_written_piece_by_piece_is_the_whole_page(busy_store: Store, consultation, include: bool) -> None:  # type: ignore[no-untyped-def]
    """The streamed review page has the bytes of the page made at once, whatever the batches:
    one page, each article's section once, in law order; a page of no comments too."""
    from lawcomment.exports import review_html, write_review_html

    views = _streamed_views(busy_store, consultation.db, include)
    for view in views:
        for lang in ("zh", "en"):
            options = ExportOptions(lang=lang, include_unreviewed=include)
            whole = review_html(view, options).encode("utf-8")
            assert whole.startswith(b"<!DOCTYPE html>\n") and whole.endswith(b"</body></html>\n")
            assert whole.count(b"<body>") == whole.count(b"</body>") == 1
            shown = [i.eid for i in view.items if i.status is not ItemStatus.UNCHANGED or i.stale]
            places = [whole.index(f'<section id="{eid}"'.encode()) for eid in shown]
            assert places == sorted(places) and all(whole.count(f'<section id="{eid}"'.encode()) == 1 for eid in shown)
            for batch in (1, 100, 1 << 20):
                out = io.BytesIO()
                write_review_html(view, options, out.write, batch)
                assert out.getvalue() == whole, batch
            assert export(view, "html", options=options) == whole


@pytest.mark.parametrize("fmt", ["html", "json", "csv"])
@pytest.mark.parametrize("grouped", [False, True])
def test_an_export_made_by_workers_is_the_export_made_in_one_process(busy_store: Store, monkeypatch: pytest.MonkeyPatch,
                                                                     fmt: str, grouped: bool) -> None:  # fmt: skip
    """A view with workers shares an export's pieces out among forked workers (write_apart),
    with the near-duplicate groups they show worked out by them when the view has none: the same
    bytes as the export made in one process, and the same groups held by the view afterwards
    (what `export` keeps for the next)."""
    from dataclasses import replace

    from lawcomment.exports.view import NearGroups
    from lawcomment.review import group_comments

    monkeypatch.setattr("lawcomment.exports.view.APART_FROM", 2)  # (the demo has too few articles to fork for)
    members = [m.id for m in busy_store.members()][:4]
    for n, member in enumerate(members):  # a campaign's copies, and one wording sent by several
        add_comment(busy_store, "ecommerce@1", member, "第十条", reason="本条规定过于笼统，建议细化。" + "请考虑"[:n % 2],
                    stance="oppose")  # fmt: skip
        add_comment(busy_store, "ecommerce@1", member, "第十二条", propose="电子商务经营者从事经营活动，依法需要取得相关行政"
                    "许可的，应当依法取得行政许可" + "。" * (n % 2 + 1))  # fmt: skip
    for ref in ("ecommerce@1", "ecommerce@2"):
        for include in (False, True):
            alone = load_consultation(busy_store, ref, include_unreviewed=include, all_articles=include)
            apart = replace(alone, workers=2, near=NearGroups())
            if grouped:  # worked out before (a format that read them), or read from the store
                apart.near.fill(group_comments(alone.draft, alone.comments), kept=False)
            options = ExportOptions(include_unreviewed=include)
            assert export(apart, fmt, options=options) == export(alone, fmt, options=options), (ref, include)
            if fmt != "csv":
                made, worked = apart.group_near_duplicates(), alone.group_near_duplicates()
                assert {k: [g.to_dict() for g in v] for k, v in made.items()} == \
                    {k: [g.to_dict() for g in v] for k, v in worked.items()}  # fmt: skip
                assert apart.near.incomplete == alone.near.incomplete
                assert (apart.worked_out_groups() is None) == (alone.worked_out_groups() is None)
                groups = apart.worked_out_groups()
                assert groups is None or [g.to_dict() for g in groups] == \
                    [g.to_dict() for g in alone.worked_out_groups() or ()]  # fmt: skip
    view = load_consultation(busy_store, "ecommerce@1")
    assert sum(len(v) for v in view.group_near_duplicates().values()) >= 2  # (groups to share out)


@pytest.mark.parametrize("workers", [2, 3], ids=["beside", "workers"])
@pytest.mark.parametrize("lead", [(), (0,), (39,), (5, 17), (39, 0, 20)])
@pytest.mark.parametrize("spooled", [False, True])
def test_write_apart_writes_every_piece_in_order_whichever_start_first(busy_store: Store, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       lead: tuple[int, ...], spooled: bool,
                                                                       workers: int) -> None:  # fmt: skip
    """Pieces made by workers (into a file: left in the workers' files and copied), the jobs of
    ``lead`` started first, heavy or light, some empty: the document's bytes, every piece in its place.
    Two: the process and one worker beside it, from both ends; more: forked workers, the process waiting."""
    from dataclasses import replace

    from lawcomment.exports.view import write_apart

    monkeypatch.setattr("lawcomment.exports.view.APART_FROM", 2)
    view = replace(load_consultation(busy_store, "ecommerce@1"), workers=workers)
    jobs = list(range(40))

    def render(n: int) -> bytes:
        return b"" if n % 7 == 3 else f"<{n}:{'x' * (n * 37 % 11)}>".encode()

    expected = b"".join(map(render, jobs))
    path = tmp_path / "out.bin"
    with path.open("wb") as out:
        write_apart(view, jobs, render, out.write, weight=lambda n: 500 if n in lead else 1 + n % 5,
                    into=out if spooled else None, lead=lead)  # fmt: skip
    assert path.read_bytes() == expected
    got = io.BytesIO()  # in the process itself, one worker
    write_apart(replace(view, workers=1), jobs, render, got.write, weight=lambda n: 1, lead=lead)
    assert got.getvalue() == expected


@pytest.mark.parametrize("fails", [False, True], ids=["worker-works", "worker-fails"])
@pytest.mark.parametrize("spooled", [False, True])
def test_write_beside_writes_the_process_pieces_then_the_workers(busy_store: Store, tmp_path: Path, spooled: bool,
                                                                fails: bool, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """With two workers, write_apart's pieces are made by the process from the first on and by one
    worker from the last back until they meet (the process slow here: the worker takes most): the
    document's bytes, every piece in its place, the worker's left in its file when written into
    one; a worker that fails at a piece leaves the rest to the process, which makes it all the same."""
    import os
    import time
    from dataclasses import replace

    import lawcomment.workers
    from lawcomment.exports import view as view_module

    monkeypatch.setattr("lawcomment.exports.view.APART_FROM", 2)
    started: list[int] = []
    beside = lawcomment.workers.beside
    monkeypatch.setattr(lawcomment.workers, "beside", lambda fn: (started.append(1), beside(fn))[1])
    copied: list[tuple[str, int, int]] = []
    copy = view_module._Spool.copy
    monkeypatch.setattr(view_module._Spool, "copy", lambda self, run: (copied.append(run), copy(self, run))[1])
    view = replace(load_consultation(busy_store, "ecommerce@1"), workers=2)
    jobs = list(range(300))
    parent = os.getpid()

    def render(n: int) -> bytes:
        if os.getpid() == parent:
            time.sleep(0.002)  # (the worker takes most of the jobs)
        elif fails and n == 150:
            raise ValueError("met in the worker")
        return b"" if n % 7 == 3 else f"<{n}:{'x' * (n * 37 % 11)}>".encode()

    expected = b"".join(render(n) for n in jobs)
    path = tmp_path / "out.bin"
    with path.open("wb") as out:
        view_module.write_apart(view, jobs, render, out.write, weight=lambda n: 1, into=out if spooled else None)
    assert path.read_bytes() == expected
    assert started == [1]
    assert bool(copied) == (spooled and not fails)


@pytest.mark.parametrize("copies", [True, False], ids=["kernel-copy", "read-and-write"])
@pytest.mark.parametrize("fmt", ["html", "json", "csv"])
def test_an_export_written_by_workers_into_its_file_is_the_one_made_in_one_process(
        busy_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, copies: bool) -> None:  # fmt: skip
    """Written into a file, the runs the workers make are left in files of their own and copied
    into it in order (write_apart's spool), by the kernel or, where it refuses, read and written:
    the file made in one process, and no file left over."""
    import os
    import tempfile
    from dataclasses import replace

    from lawcomment.exports import view as view_module
    from lawcomment.exports.view import NearGroups
    from lawcomment.registry import export_files

    monkeypatch.setattr("lawcomment.exports.view.APART_FROM", 2)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "spool"))
    (tmp_path / "spool").mkdir()
    copied: list[tuple[str, int, int]] = []
    copy = view_module._Spool.copy
    monkeypatch.setattr(view_module._Spool, "copy", lambda self, run: (copied.append(run), copy(self, run))[1])
    if not copies:  # (a kernel or file system without copy_file_range between these files)
        monkeypatch.setattr(os, "copy_file_range", lambda *a: (_ for _ in ()).throw(OSError(18, "EXDEV")))
    alone = load_consultation(busy_store, "ecommerce@1", include_unreviewed=True)
    apart = replace(alone, workers=2, near=NearGroups())
    options = ExportOptions(include_unreviewed=True, date="2026-01-02")
    export_files(alone, [(fmt, tmp_path / f"alone.{fmt}")], options)
    export_files(apart, [(fmt, tmp_path / f"apart.{fmt}")], options, workers=2)
    assert (tmp_path / f"apart.{fmt}").read_bytes() == (tmp_path / f"alone.{fmt}").read_bytes()
    # (each worker's runs from its own file: two workers' while they work out the groups too, else at most one's,
    # beside the process, which writes its own runs itself: test_write_beside_… makes sure the worker takes some)
    assert len({path for path, _, _ in copied}) == 2 or fmt == "csv" and len({path for path, _, _ in copied}) <= 1
    assert not any((tmp_path / "spool").iterdir())


def _parts(path: Path) -> dict[str, bytes]:
    """A file's bytes; a .docx's, each part's (the zip dates each part when it is written)."""
    if path.suffix != ".docx":
        return {"": path.read_bytes()}
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


@pytest.mark.parametrize("grouped", [False, True])
@pytest.mark.parametrize("few", [False, True], ids=["pieces", "few-pieces"])
def test_several_formats_made_by_workers_are_those_made_in_one_process(busy_store: Store, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       grouped: bool, few: bool) -> None:  # fmt: skip
    """export_files with workers makes the review page first, sharing itself out with the groups it
    shows, then the other formats among the workers; when the view has the groups already (kept by
    the store, or worked out), the other formats are made whole by the same workers, beside the
    page's pieces (write_apart's jobs handed over), unless the page has too few pieces to share
    out. The files made in one process, and the view then holds the groups one process works out."""
    from dataclasses import replace

    import lawcomment.workers
    from lawcomment.exports.view import NearGroups
    from lawcomment.registry import export_files
    from lawcomment.review import group_comments

    monkeypatch.setattr("lawcomment.exports.view.APART_FROM", 10_000 if few else 2)
    for n, member in enumerate([m.id for m in busy_store.members()][:3]):
        add_comment(busy_store, "ecommerce@1", member, "第十条", reason="本条规定过于笼统，建议细化。" + "！" * n,
                    stance="oppose")  # fmt: skip
    alone = load_consultation(busy_store, "ecommerce@1", include_unreviewed=True)
    apart = replace(alone, workers=2, near=NearGroups())
    if grouped:
        apart.near.fill(group_comments(alone.draft, alone.comments), kept=False)
    asked: list[int] = []  # how many jobs each sharing out was given
    map_chunks = lawcomment.workers.map_chunks
    monkeypatch.setattr(lawcomment.workers, "map_chunks", lambda fn, jobs, **kw: (asked.append(len(jobs)),
                                                                                  map_chunks(fn, jobs, **kw))[1])  # fmt: skip
    options = ExportOptions(include_unreviewed=True, date="2026-01-02")
    formats = ("docx", "html", "json", "csv")
    export_files(alone, [(f, tmp_path / f"alone.{f}") for f in formats], options)
    asked.clear()
    export_files(apart, [(f, tmp_path / f"apart.{f}") for f in formats], options, workers=2)
    for f in formats:
        assert _parts(tmp_path / f"apart.{f}") == _parts(tmp_path / f"alone.{f}"), f
    # the review page's pieces (and, grouped, the three formats beside them), then the formats left
    assert asked[-1] == (0 if grouped and not few else 3) and asked[0] > 3
    made, worked = apart.worked_out_groups(), alone.worked_out_groups()
    assert made is not None and worked is not None and [g.to_dict() for g in made] == [g.to_dict() for g in worked]
    assert made  # (groups there were)


def test_draft_positions_of_one_article_read_only_its_comments(busy_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """merge --article reads the comments stored under that article (the store's index), and
    gets the position the whole merge gives it; comments and decisions passed in are not read
    again. While the whole merge's positions are kept, it reads the article's, not its comments."""
    from lawcomment.consultation.decisions import draft_positions

    for ref in ("ecommerce@1", "ecommerce@2"):
        every = {p.eid: p.to_dict() for p in draft_positions(busy_store, ref)}
        assert "chp_1" in every or ref == "ecommerce@2"
        for kept in (True, False):
            if not kept:
                with busy_store.transaction():
                    busy_store.conn.execute("DELETE FROM unit_positions")  # type: ignore[attr-defined]
            asked: list[str | None] = []

            def spy(ref: str, asked=asked, comments=busy_store.comments, **kw):  # type: ignore[no-untyped-def]
                asked.append(kw.get("article"))
                return comments(ref, **kw)

            monkeypatch.setattr(busy_store, "comments", spy)
            for eid, pos in every.items():
                assert [p.to_dict() for p in draft_positions(busy_store, ref, eid)] == [pos]
            assert asked == ([] if kept else list(every))
            monkeypatch.undo()
        given = busy_store.comments(ref, include_superseded=True)
        decisions = busy_store.decisions(ref)
        monkeypatch.setattr(busy_store, "comments", lambda *a, **kw: pytest.fail("read again"))
        monkeypatch.setattr(busy_store, "decisions", lambda *a, **kw: pytest.fail("read again"))
        assert {p.eid: p.to_dict() for p in draft_positions(busy_store, ref, comments=given,
                                                            decisions=decisions)} == every  # fmt: skip
        monkeypatch.undo()


def test_kept_positions_of_a_backend_written_to_the_older_contract_are_read(busy_store: Store,  # type: ignore[no-untyped-def]
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """A Store of another author whose positions() still gives one joined JSON list (the contract
    before 4e1d73f): read as kept, never merged again, never an error."""
    from lawcomment.consultation import decisions as decisions_module
    from lawcomment.consultation.decisions import draft_positions

    every = {p.eid: p.to_dict() for p in draft_positions(busy_store, "ecommerce@1")}  # merged, and kept
    newer = busy_store.positions

    def joined(ref, stamp):  # type: ignore[no-untyped-def]
        units = newer(ref, stamp)
        return None if units is None else "[" + ",".join(units) + "]"

    monkeypatch.setattr(busy_store, "positions", joined)
    monkeypatch.setattr(decisions_module, "unit_position", lambda *a, **kw: pytest.fail("merged again"))
    assert {p.eid: p.to_dict() for p in draft_positions(busy_store, "ecommerce@1")} == every


def test_tracking_sheet_is_one_row_per_comment_with_its_review_state(busy_store: Store) -> None:
    from lawcomment.exports.data import TRACKING_COLUMNS, review_status, tracking_rows, where
    from lawcomment.exports.labels import label

    view = load_consultation(busy_store, "ecommerce@1", include_unreviewed=True)
    rows = tracking_rows(view, "en")
    assert sorted(int(r[0]) for r in rows) == sorted(c.id for c in view.comments)
    by_id = {c.id: c for c in view.comments}
    items = {c.id: i for i in view.items for c in i.comments}
    col = {name: n for n, name in enumerate(TRACKING_COLUMNS)}
    english = 0
    for r in rows:
        c, item = by_id[int(r[0])], items.get(int(r[0]))
        assert r[col["citation"]] == where(view, c, "en")
        expected = _scanned_review_state(item, c.id, "en") if item else ""
        if c.lang and item:  # a wording of the English text: settled by the committee's English wording that answered it
            took = [d.id for d in view.decisions if d.target == item.eid and d.action == "text" and d.subject == c.lang
                    and [c.id, c.proposed_text] in json.loads(d.premise)["wordings"]]  # fmt: skip
            english += bool(took)
            expected = "; ".join(f"the committee's English wording (decision #{n})" for n in took)
        assert r[col["review"]] == expected
        assert r[col["article_status"]] == (label(review_status(item), "en", "article") if item else "")
    assert english  # the fixture's English wording, taken by the committee


def test_warnings_list_twenty_articles_then_say_how_many_more(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A large consultation printed a line per article (1,260 for the Civil Code): the first
    twenty, then a count and where to see them all."""
    from lawcomment import load_draft

    law = load_draft(Path(__file__).parent / "data" / "ecommerce-law.md")
    rows = ["member,article,proposed_text"] + [
        f"acme,{v.unit.label},{v.unit.body().replace(chr(10), '')}（修改）" for v in law.articles()[:23]]
    path = tmp_path / "many.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert consultation("comment", "import", str(path), "--draft", "ecommerce@1").exit_code == 0
    out = tmp_path / "s.md"
    result = consultation("export", "--draft", "ecommerce@1", "--format", "md", "-o", str(out))
    lines = result.stderr.splitlines()
    assert lines[0].endswith(f" unreviewed change(s) left out of {out} (pass --include-unreviewed to include them):")
    assert lines[1].startswith("  第一条 (art_1): ") and lines[20].startswith("  第二十条 (art_20): ")
    assert lines[21] == "  … and 3 more article(s): `lawcomment merge --draft ecommerce@1` lists them all"


def test_gathering_reports_its_progress(consultation) -> None:  # type: ignore[no-untyped-def]
    for article in ("第十条", "第十三条", "第十七条"):
        assert consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", article,
                            "--reason", "标准不明").exit_code == 0
    calls: list[tuple[int, int]] = []
    store = open_store(consultation.db)
    try:
        load_consultation(store, "ecommerce@1", progress=lambda done, total: calls.append((done, total)))
    finally:
        store.close()
    assert calls == [(3, 3)]  # every 50 units, and at the end


def test_a_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long merges draw a bar on stderr when it is a terminal, never in pipes or tests."""
    import sys

    from lawcomment.cli.common import BAR_FROM, progress_bar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    pipe, tty = io.StringIO(), Terminal()
    monkeypatch.setattr(sys, "stderr", pipe)
    with progress_bar("merging articles") as progress:
        assert progress is None
    monkeypatch.setattr(sys, "stderr", tty)
    with progress_bar("merging articles") as progress:
        assert progress is not None
        progress(50, BAR_FROM - 1)  # short work: no bar
        assert tty.getvalue() == ""
        for done in range(50, BAR_FROM + 1, 50):
            progress(done, BAR_FROM)
    assert "merging articles" in tty.getvalue() and "100%" in tty.getvalue()


@pytest.mark.parametrize("name", ["review.html"])
def test_the_review_page_prints_on_a4(demo: Path, tmp_path: Path, chromium: str, name: str) -> None:
    """Printed from a browser, the review page comes out on A4, as a legislature's papers do,
    whatever the browser's own default (US Letter for Chromium), with the filters left out."""
    import subprocess

    pdf = tmp_path / "page.pdf"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", (demo / name).as_uri()],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    boxes = {tuple(round(float(v)) for v in box.split()) for box in
             re.findall(rb"/MediaBox\s*\[([^\]]*)\]", pdf.read_bytes())}  # fmt: skip
    assert boxes == {(0, 0, 595, 842)}  # A4: 210 x 297 mm in points (US Letter: 612 x 792)
    assert "@page{size:A4" in (demo / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "zh", "en"), [
    ("", "（四）利用患者的名义或者形象作证明；\n", "增加一项作为第四项", "a new item (4)"),
    ("。", "；\n（四）以未成年人为对象的。", "增加一项作为第四项", "a new item (4)"),  # the line before ends in ；
    ("（六）为保障对外贸易和对外经济合作中的正当利益的；\n", "", "删去第六项", "deleting item (6)"),
    ("；\n（七）法律和国务院规定的其他情形。", "。", "删去第七项", "deleting item (7)"),
    ("（五）", "（四）", "将“（五）”修改为“（四）”", "“（五）” to “（四）”"),  # a label, not a 项
    ("乙行为", "乙行为和丙行为", "将“乙行为”修改为“乙行为和丙行为”", "“乙行为” to “乙行为和丙行为”"),
    ("", "（四）丁；\n（五）戊；\n", "增加“（四）丁； （五）戊；”", "inserting “（四）丁； （五）戊；”"),  # two: as they are
])  # fmt: skip
def test_a_change_that_puts_in_or_takes_out_a_whole_item_says_so(old: str, new: str, zh: str, en: str) -> None:
    """支持单位（…） names a 项 put in or taken out as the NPC's instruments (and ours) do (增加一项作为第四项,
    删去第六项), not as the label and words it swaps; in English as translations number 项, (4)."""
    from lawcomment.exports.text import change_phrase
    from lawcomment.exports.view import SubmittedChange

    change = SubmittedChange(old, new, ("acme",))
    assert (change_phrase(change, "zh"), change_phrase(change, "en")) == (zh, en)


@pytest.mark.parametrize(("old", "new", "en"), [
    # (a trial's English letter read Supported (inserting "for a perio…") by 1 member)
    ("", " for a period of not less than 24 months", "inserting “for a period of not less than 24 months”"),
    ("", " for a period of not less than twenty-four months after the date of enactment of this Act",
     "inserting “for a period of not less than…”"),
    ("one month", "two months", "“one month” to “two months”"),
    # (Chinese words: cut as before, at a mark near the limit)
    ("同级人民政府科学技术部门，负责管理科学技术工作的", "", "deleting “同级人民政府科学技术部门…”"),
])  # fmt: skip
def test_english_words_quoted_in_a_supporters_line_are_never_cut_in_two(old: str, new: str, en: str) -> None:
    from lawcomment.exports.text import change_phrase
    from lawcomment.exports.view import SubmittedChange

    assert change_phrase(SubmittedChange(old, new, ("acme",)), "en") == en


def test_a_new_article_in_an_english_line_is_cited_in_english() -> None:
    """(a web trial of 网络安全法) The bilingual table's English reasons read "Supported (new 第三十七条之一) by 1 member"."""
    from lawcomment.exports.text import change_phrase
    from lawcomment.exports.view import SubmittedChange

    change = SubmittedChange("", "网络运营者应当……", ("acme",), label="第三十七条之一", new_unit=True)
    assert (change_phrase(change, "zh"), change_phrase(change, "en")) == ("增加第三十七条之一", "new Article 37-1")


def test_a_deletion_among_the_alternatives_says_so_and_ids_end_their_line(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A conflict between taking a 项 out and rewording it: the review page lists the deletion as
    删去 (not 「」), the supporters in full-width brackets, and the conflict's id at the end of
    the 项's line, not at the start of the next one."""
    data = Path(__file__).parent / "data"
    run = consultation
    assert run("draft", "add", str(data / "anti-monopoly-2007.md"), "--name", "aml", "--version", "1").exit_code == 0
    assert run("comment", "add", "--member", "acme", "--draft", "aml@1", "--at", "第十三条第一款第（六）项",
               "--stance", "delete", "--reason", "兜底条款过宽").exit_code == 0  # fmt: skip
    assert run("comment", "add", "--member", "beta", "--draft", "aml@1", "--at", "第十三条第一款第（六）项", "--propose",
               "（六）国务院反垄断执法机构依照法定程序认定的其他垄断协议。").exit_code == 0  # fmt: skip
    page = tmp_path / "review.html"
    assert run("export", "--draft", "aml@1", "--format", "html", "-o", str(page)).exit_code == 0
    section = page.read_text(encoding="utf-8").split('id="art_13"')[1].split("</section>")[0]
    alternatives = re.findall(r"<li>(.*?)</li>", section.split('<table class="review">')[1].split("</table>")[0])
    assert alternatives[0].startswith("<del>删去</del>（ACME") and "「」" not in section
    # (over many words: a redline of the draft's, saying what it changes)
    assert alternatives[1].startswith("「（六）国务院反垄断执法机构<ins>依照法定程序</ins>认定的其他垄断协议。」（")
    law = section.split('<div class="law">')[1].split("</div>")[0]
    assert re.search(r'认定的其他垄断协议。</span><sup class="rv-id">x1</sup><span class="rv-unresolved"[^>]*><br></span>'
                     r"本法所称垄断协议", law), law  # fmt: skip


ART16 = "电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置持续公示有关信息。"


@pytest.mark.parametrize(("decide", "status"), [
    ((), "待处理"),
    (("--accept", "c1"), "部分已决定"),
    (("--accept", "c1,c2"), "委员会已采纳"),  # (a wording turned down reads 委员会未采纳)
    (("--text", ART16.replace("三十日", "六十日")), "委员会已决定"),
])  # fmt: skip
def test_the_tracking_sheet_says_how_far_staff_decided_an_open_comment(consultation, decide: tuple[str, ...],
                                                                       status: str) -> None:  # fmt: skip
    proposed = ART16.replace("三十日", "六十日").replace("首页显著", "网站首页显著")
    assert consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十六条",
                        "--propose", proposed).exit_code == 0  # fmt: skip
    if decide:
        done = consultation("decide", "--draft", "ecommerce@1", "--article", "第十六条", *decide)
        assert done.exit_code == 0, done.output
    rows = _csv_rows(consultation("export", "--draft", "ecommerce@1", "--format", "csv").stdout_bytes)
    (row,) = [r for r in rows[1:] if r[2] == "art_16"]
    assert row[7] == status
    # the review page's list of comments says the same
    page = consultation("export", "--draft", "ecommerce@1", "--format", "html").stdout
    section = page.split('<section id="art_16"')[1].split("</section>")[0]
    assert f'<td class="nw">修改</td><td class="nw">{status}</td>' in section


def test_a_submission_with_nothing_in_it_or_no_one_signing_it_is_said(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial) A letter with a title and a date only, or with no 落款, went out with
    exit 0 and no word: both are said; a review format, which shows everything, says neither."""
    out = tmp_path / "s.docx"
    result = consultation("export", "--draft", "ecommerce@1", "-o", str(out))
    assert result.exit_code == 0 and out.exists()
    assert result.stderr == (
        f"warning: nothing goes out in {out}: no article has a change staff accepted, a committee reason or a "
        "forwarded remark (`lawcomment merge --draft ecommerce@1` shows what there is)\n"
        f"warning: {out} is signed by no one: name the association (lawcomment store association \"…\", or export "
        "--association \"…\")\n" + f"warning: {out} is addressed to no one: name who it goes to (lawcomment store addressee \"…\", or export --to \"…\")\n")  # fmt: skip
    assert consultation("store", "association", "外商投资企业协会法律委员会").exit_code == 0
    signed = consultation("export", "--draft", "ecommerce@1", "-o", str(out))
    assert "signed by no one" not in signed.stderr and "nothing goes out" in signed.stderr
    assert "addressed to no one" in signed.stderr  # (a trial's letter went without its addressee, unsaid)
    assert consultation("store", "addressee", "全国人大常委会法制工作委员会").exit_code == 0
    assert "addressed to no one" not in consultation("export", "--draft", "ecommerce@1", "-o", str(out)).stderr
    # none asked for, in so many words: not said (a stranger's review)
    assert "addressed to no one" not in consultation("export", "--draft", "ecommerce@1", "-o", str(out), "--to", "").stderr
    page = consultation("export", "--draft", "ecommerce@1", "--format", "html", "-o", str(tmp_path / "r.html"))
    assert (page.exit_code, page.stderr) == (0, "")
    # (a stranger's review) a general opinion, or every article, goes out: something is said
    intro = tmp_path / "intro.md"
    intro.write_text("委员会总体支持本草案。\n", encoding="utf-8")
    for extra in (["--intro", str(intro)], ["--all-articles"]):
        said = consultation("export", "--draft", "ecommerce@1", "--format", "md", "-o", str(tmp_path / "s.md"), *extra)
        assert said.exit_code == 0 and "nothing goes out" not in said.stderr, extra


#: A law that writes 行政法规, 股票 and 注册资本 often enough to tell they are terms (a trial's 公司法).
COMPANY = """# 公司法

第一条 公司从事经营活动，必须遵守法律、行政法规，遵守社会公德、商业道德，诚实守信。

第二条 公司不得接受本公司的股票作为质押权的标的。

第三条 公司需要减少注册资本时，必须编制资产负债表及财产清单。

第四条 股东应当遵守法律、行政法规和公司章程。

第五条 公司发行的股票，可以为记名股票，也可以为无记名股票。法律、行政法规另有规定的除外。

第六条 公司减少注册资本，应当自作出减少注册资本决议之日起十日内通知债权人。
"""


@pytest.mark.parametrize(("article", "wording", "said"), [
    # two edits a word apart: two changes, neither cut (never 将“必须遵守法律、行政”修改为“应当遵守法律”)
    ("第一条", "公司从事经营活动，应当遵守法律法规，遵守社会公德、商业道德，诚实守信。",
     "将“必须”修改为“应当”；将“法律、行政法规”修改为“法律法规”"),
    # never 将“票作为质押”修改为“份作为质”: each word whole, and two edits said as two
    ("第二条", "公司不得接受本公司的股份作为质权的标的。", "将“股票”修改为“股份”；将“质押权”修改为“质权”"),
    # a mark taken out with the word before it: never 将“时，必须”修改为“，应当”
    ("第三条", "公司减少注册资本，应当编制资产负债表及财产清单。", "删去“需要”；将“注册资本时，必须”修改为“注册资本，应当”"),
])  # fmt: skip
def test_a_change_is_quoted_in_whole_words(consultation, tmp_path: Path, article: str, wording: str,  # type: ignore[no-untyped-def]
                                           said: str) -> None:  # fmt: skip
    """(公司法, a trial) The supporters line quotes each change as a drafter writes it: the terms the
    law writes whole (it writes 行政 before 法规, 股 before 票 nearly always), a mark taken out with
    the word beside it, and one member's edits a word apart as two changes."""
    run = consultation
    law = tmp_path / "c.md"
    law.write_text(COMPANY, encoding="utf-8")
    assert run("draft", "add", str(law), "--name", "c", "--version", "1").exit_code == 0
    # (another member's change of the article: the lines name the changes they support)
    other = COMPANY.split(f"{article} ")[1].split("\n")[0].replace("公司", "本公司", 1)
    for member, text in (("acme", wording), ("beta", other)):
        assert run("comment", "add", "--member", member, "--draft", "c@1", "--at", article, "--propose", text).exit_code == 0
    assert run("decide", "--draft", "c@1", "--article", article, "--accept-all").exit_code == 0
    md = run("export", "--draft", "c@1", "--format", "md").stdout
    assert f"支持单位（{said}）：1家会员" in md, md


def test_one_members_edits_a_few_characters_apart_are_one_supporters_line(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(农产品质量安全法 第二十四条, a trial) 植物病虫草害 → 农作物病虫害 is two edits to a diff (植 → 农作,
    草 out): said as one change, 将“植物病虫草害”修改为“农作物病虫害” (the term whole, never cut after
    草), never as two lines of pieces of words (将“草害”修改为“害”) beside another member's change."""
    run = consultation
    law = tmp_path / "p.md"
    law.write_text("# 法\n\n第一条 为了保障农产品质量安全，制定本法。\n\n第二条 县级以上人民政府应当加强植物病虫草害的监测，并及时发布预警信息。\n",
                   encoding="utf-8")  # fmt: skip
    assert run("draft", "add", str(law), "--name", "p", "--version", "1").exit_code == 0
    for member, wording in (("acme", "县级以上人民政府应当加强农作物病虫害的监测，并及时发布预警信息。"),
                            ("beta", "县级以上人民政府应当加强植物病虫草害的监测，并及时向社会发布预警信息。")):  # fmt: skip
        assert run("comment", "add", "--member", member, "--draft", "p@1", "--at", "第二条", "--propose", wording).exit_code == 0
    assert run("decide", "--draft", "p@1", "--article", "第二条", "--accept", "c1,c2,c3").exit_code == 0
    md = run("export", "--draft", "p@1", "--format", "md").stdout
    assert "支持单位（将“植物病虫草害”修改为“农作物病虫害”）：1家会员\n\n支持单位（增加“向社会”）：1家会员" in md, md


def test_a_remark_in_another_language_is_said_and_set_ragged_right(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a trial: an English remark forwarded into the Chinese letter went out as written, unsaid, justified
    # so that its first line stretched 有 会 员 提 出：
    remark = "We support the draft overall but ask that electronic filing be recognised throughout."
    for args in (["comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "(document)", "--reason", remark],
                 ["comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十三条", "--reason", "The duty is too vague to comply with."],
                 ["comment", "forward", "1"], ["comment", "forward", "2"],
                 ["decide", "--draft", "ecommerce@1", "--article", "第十三条", "--committee-reason", "支持本条。"]):  # fmt: skip
        assert consultation(*args).exit_code == 0, args
    out = tmp_path / "s.docx"
    result = consultation("export", "--draft", "ecommerce@1", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert ("warning: the member remark #1 forwarded on the whole draft is written in English, the letter in Chinese: it "
            "goes out as written (`lawcomment comment edit 1 --reason '…'` puts a translation in its place; `lawcomment "
            "comment forward 1 --undo` keeps it internal)\n") in result.stderr  # fmt: skip
    assert "warning: the member remark #2 forwarded with 第十三条 (art_13) is written in English, the letter in Chinese" in \
        result.stderr  # fmt: skip
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    for said in (f"有会员提出：{remark}", "有会员提出：The duty is too vague to comply with."):
        (p,) = [p for p in root.iter(f"{W}p") if "".join(p.itertext()) == said]
        assert p.find(f"{W}pPr/{W}jc").get(f"{W}val") == "left", said
    # a Chinese remark stays justified, and an English letter says nothing of English remarks
    assert consultation("comment", "edit", "2", "--reason", "过于笼统。").exit_code == 0
    again = consultation("export", "--draft", "ecommerce@1", "-o", str(out))
    assert "#2" not in again.stderr and "#1 forwarded" in again.stderr
    # English labels on the Chinese draft: its reasons in Chinese too, nothing said
    english = consultation("export", "--draft", "ecommerce@1", "--format", "md", "--lang", "en")
    assert english.exit_code == 0 and "is written in" not in english.stderr


def test_a_forwarded_remarks_half_width_punctuation_goes_out_full_width_in_a_chinese_letter(consultation) -> None:  # type: ignore[no-untyped-def]
    # a trial: 有会员提出：总体支持本次修改,建议进一步减少… in the letter to the legislature
    for args in (["comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "全文", "--reason",
                  "总体支持本次修改,建议进一步减少审批事项(尤其是备案)等;标准GB 2760,1,000元除外。"],
                 ["comment", "forward", "1"]):  # fmt: skip
        assert consultation(*args).exit_code == 0
    md = consultation("export", "--draft", "ecommerce@1", "--format", "md").stdout
    assert "有会员提出：总体支持本次修改，建议进一步减少审批事项（尤其是备案）等；标准GB 2760,1,000元除外。" in md, md
    # (the member's own words stay as written in the store)
    assert "本次修改,建议" in consultation("comment", "show", "1").stdout


def test_a_forwarded_remark_on_the_whole_draft_goes_out_with_the_general_opinion(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a trial: a Word comment on the title (anchored at the whole document), forwarded: `comment forward`
    # said it prints in the submission, and none of the submissions had it
    from lawcomment import load_draft
    from lawcomment.testing import Edit, draft_to_docx, mark_up

    from tests.conftest import DATA

    law = load_draft(DATA / "ecommerce-law.md")
    marked = mark_up(draft_to_docx(law, tmp_path / "c.docx"), tmp_path / "m.docx",
                     [Edit("Alice Wang", "中华人民共和国电子商务法", comment="总体支持，建议缩短<审查>周期。")])  # fmt: skip
    assert consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--member", "acme").exit_code == 0
    shown = consultation("comment", "forward", "1")
    assert (shown.exit_code, shown.stdout) == (0, "comment #1 is forwarded: it prints in the submission\n")
    assert ("  forwarded: its reason prints in the submission's general opinion (总体意见) (`comment forward --undo` "
            "keeps it internal)") in consultation("comment", "show", "1").stdout  # fmt: skip
    remark = "有会员提出：总体支持，建议缩短<审查>周期。"  # (its quote, the title, said nothing more: a trial)
    md = consultation("export", "--draft", "ecommerce@1", "--format", "md")
    assert md.exit_code == 0, md.output
    # (no article goes out: the general opinion alone, unnumbered, never 二、具体修改意见 over nothing)
    assert md.stdout.split("\n")[2:6] == ["## 总体意见", "", remark.replace("<", "&lt;").replace(">", "&gt;"), ""]
    assert "具体修改意见" not in md.stdout
    for layout in ("articles", "table"):
        out = tmp_path / f"{layout}.docx"
        assert consultation("export", "--draft", "ecommerce@1", "--layout", layout, "-o", str(out)).exit_code == 0
        texts = [t for _, t in _docx_text(out)]
        assert texts[texts.index("总体意见") + 1] == remark and texts.count(remark) == 1
        assert "具体修改意见" not in " ".join(texts) and "一、总体意见" not in texts
    named = consultation("export", "--draft", "ecommerce@1", "--format", "md", "--attribute", "members")
    assert "ACME (China) Ltd.提出：总体支持" in named.stdout
    doc = json.loads(consultation("export", "--draft", "ecommerce@1", "--format", "json").stdout)
    assert doc["general_remarks"] == [1]
    assert consultation("comment", "forward", "1", "--undo").exit_code == 0
    quiet = consultation("export", "--draft", "ecommerce@1", "--format", "md").stdout
    assert "总体意见" not in quiet and "审查" not in quiet


def test_forwarded_remarks_on_the_whole_draft_go_under_a_sub_heading_of_their_own(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a trial: under the general opinion's last sub-heading (（一）关于医疗广告) a remark on the transition period
    # read as part of that sub-topic; the remarks go under one more, numbered after it
    intro = tmp_path / "intro.md"
    intro.write_text("我会支持本法的制定。\n\n## 关于平台责任\n\n建议进一步明确平台的审核义务。\n", encoding="utf-8")
    for args in (["comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "全文", "--reason",
                  "建议适当延长施行前的过渡期。"], ["comment", "forward", "1"]):  # fmt: skip
        assert consultation(*args).exit_code == 0
    md = consultation("export", "--draft", "ecommerce@1", "--format", "md", "--intro", str(intro)).stdout
    # (no article goes out: the general opinion alone, unnumbered)
    assert md.split("\n")[2:15] == ["## 总体意见", "", "我会支持本法的制定。", "", "### （一）关于平台责任", "",
                                     "建议进一步明确平台的审核义务。", "", "### （二）其他意见", "",
                                     "有会员提出：建议适当延长施行前的过渡期。", "", "---"], md  # fmt: skip
    english = consultation("export", "--draft", "ecommerce@1", "--format", "md", "--intro", str(intro), "--lang", "en").stdout
    assert "### 1. 关于平台责任\n\n建议进一步明确平台的审核义务。\n\n### 2. Other comments\n\nA member noted: 建议适当" in english
    for layout in ("articles", "table"):
        out = tmp_path / f"{layout}.docx"
        assert consultation("export", "--draft", "ecommerce@1", "--layout", layout, "--intro", str(intro),
                            "-o", str(out)).exit_code == 0  # fmt: skip
        texts = [t for _, t in _docx_text(out)]
        at = texts.index("总体意见")
        assert texts[at:at + 6] == ["总体意见", "我会支持本法的制定。", "（一）关于平台责任", "建议进一步明确平台的审核义务。",
                                    "（二）其他意见", "有会员提出：建议适当延长施行前的过渡期。"]  # fmt: skip
        assert "二、具体修改意见" not in texts
    # a general opinion without sub-headings: the remarks follow its paragraphs, as before
    intro.write_text("我会支持本法的制定。\n", encoding="utf-8")
    md = consultation("export", "--draft", "ecommerce@1", "--format", "md", "--intro", str(intro)).stdout
    assert md.split("\n")[2:9] == ["## 总体意见", "", "我会支持本法的制定。", "", "有会员提出：建议适当延长施行前的过渡期。", "",
                                    "---"]  # fmt: skip


def test_the_review_page_says_which_remarks_on_the_whole_draft_are_forwarded(consultation) -> None:  # type: ignore[no-untyped-def]
    # a trial: in 其他意见 a forwarded remark and one kept internal looked the same (状态 待处理); staff could not
    # check there what goes out under 一、总体意见, as an article's forwarded remarks are said
    for args in (["comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "全文", "--reason", "建议延长过渡期。"],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "beta", "--at", "全文", "--reason", "内部参考。"],
                 ["comment", "add", "--draft", "ecommerce@1", "--member", "beta", "--at", "全文", "--reason", "也转呈。"],
                 ["comment", "forward", "1", "3"]):  # fmt: skip
        assert consultation(*args).exit_code == 0
    page = consultation("export", "--draft", "ecommerce@1", "--format", "html").stdout
    other = page[page.index('<section id="other-comments">'):]
    other = other[:other.index("</section>")]
    assert other.endswith('</table><p class="muted">列入总体意见转呈的会员意见：#1、#3</p>'), other[-200:]
    english = consultation("export", "--draft", "ecommerce@1", "--format", "html", "--lang", "en").stdout
    assert '<p class="muted">Remarks on the whole draft forwarded with the general comments: #1, #3</p>' in english
    assert consultation("comment", "forward", "1", "3", "--undo").exit_code == 0
    assert "转呈的会员意见" not in consultation("export", "--draft", "ecommerce@1", "--format", "html").stdout


def test_the_committee_reasons_judged_together_read_as_each_judged_alone(consultation, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # (a stranger's review) the web dashboard judged each reason on its own, reading every decision each time:
    # 10 s for a reason on each of the 民法典's articles; judged together, the same answers
    import lawcomment.store.sql
    from lawcomment import open_store
    from lawcomment.consultation import draft_positions, reason_standing, reasons_standing

    # "in the same second" is the rule under test: the store's clock stands still, so a loaded machine
    # taking over a second between the commands cannot change the answer
    monkeypatch.setattr(lawcomment.store.sql, "now", lambda: "2026-12-06T02:00:00Z")

    art13 = ("电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和环境保护要求，"
             "不得销售或者提供法律、行政法规禁止交易的商品或者服务。")  # fmt: skip
    for args in (["comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--propose",
                  art13.replace("应当符合", "应当依法符合")],
                 ["decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1", "--committee-reason", "依法。"],
                 ["decide", "--draft", "ecommerce@1", "--article", "第五条", "--committee-reason", "支持本条。"],
                 ["decide", "--draft", "ecommerce@1", "--undo", "1"]):  # fmt: skip
        assert consultation(*args).exit_code == 0
    with open_store(consultation.db) as store:
        stored = store.get_draft("ecommerce@1")
        positions = draft_positions(store, stored)
        together = reasons_standing(store, stored, positions)
        given = store.committee_reasons(stored)
        alone = {p.eid: reason_standing(store, stored, p, given[p.eid]) for p in positions if p.eid in given}
    assert together == alone and set(together) == {"art_5", "art_13"}
    # (given in the command that made decision #1, since undone: it may have been given for it)
    assert together["art_13"] == (True, ("the committee reason for 第十三条 goes out beside the draft's own wording, though "
                                         "it may have been given for decision #1, undone or replaced in the same second: "
                                         "check it holds for the draft's wording as it is (or remove it with decide "
                                         "--committee-reason '')",))  # fmt: skip
    assert together["art_5"] == (True, ())


def test_an_english_drafts_submission_speaks_english_without_being_asked(runner: CliRunner, tmp_path: Path) -> None:
    # a trial (a British association on an English bill): with no --lang the letter read 关于《…》的修改意见, 理由,
    # 支持单位, and a wide ideographic space followed every label
    law = tmp_path / "act.txt"
    law.write_text("Sample Act 2026\n\nArticle 1\n\nThis Act applies to online traders.\n\nArticle 2\n\n"
                   "A trader shall publish its name and address.\n", encoding="utf-8")  # fmt: skip
    db = str(tmp_path / "en.db")
    for args in (["init", "--association", "Trade Association"], ["draft", "add", str(law), "--name", "s", "--version", "1"],
                 ["member", "add", "acme", "--org", "ACME Ltd", "--lang", "en"],
                 ["comment", "add", "--member", "acme", "--draft", "s@1", "--at", "Article 2", "--propose",
                  "A trader shall publish its name, address and email."],
                 ["decide", "--draft", "s@1", "--article", "Article 2", "--accept-all", "--committee-reason", "Email helps."]):  # fmt: skip
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0, args
    md = runner.invoke(cli, ["--db", db, "export", "--draft", "s@1", "--format", "md"])
    assert md.exit_code == 0 and md.stdout.startswith("# Comments on Sample Act 2026\n"), md.stdout
    assert "**Reasons**: Email helps." in md.stdout and "理由" not in md.stdout
    out = tmp_path / "s.docx"
    assert runner.invoke(cli, ["--db", db, "export", "--draft", "s@1", "-o", str(out)]).exit_code == 0
    texts = [t for _, t in _docx_text(out)]
    # (whole words, the two edits an "and" apart one change: as an English redline reads)
    assert "Article 2 A trader shall publish its name[- and address-]{+, address and email+}." in texts, texts
    assert not any("\u3000" in t or "关于" in t for t in texts), texts
    zh = runner.invoke(cli, ["--db", db, "export", "--draft", "s@1", "--format", "md", "--lang", "zh"])
    assert zh.exit_code == 0 and zh.stdout.startswith("# 关于《Sample Act 2026》的修改意见")  # asked for: as asked



def test_a_bills_section_heading_goes_out_with_its_section(runner: CliRunner, tmp_path: Path) -> None:
    # a trial (an English bill): "Section 6" went out without "Hydroelectric facilities", law text it prints
    law = tmp_path / "bill.txt"
    law.write_text("Sample Bill\n\nSection 1\n\nPayments\n\n(1) A payment may be made.\n\n(2) It is due in May.\n\n"
                   "Section 2\n\nFees\n\nA fee is payable.\n", encoding="utf-8")  # fmt: skip
    db = str(tmp_path / "en.db")
    for args in (["init", "--association", "Trade Association"], ["draft", "add", str(law), "--name", "b", "--version", "1"],
                 ["member", "add", "acme", "--org", "ACME Ltd", "--lang", "en"],
                 ["comment", "add", "--member", "acme", "--draft", "b@1", "--at", "Section 1(2)", "--propose",
                  "It is due in June."],
                 ["comment", "add", "--member", "acme", "--draft", "b@1", "--at", "Section 2", "--stance", "delete"],
                 ["decide", "--draft", "b@1", "--article", "Section 1", "--accept-all"],
                 ["decide", "--draft", "b@1", "--article", "Section 2", "--accept-all"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0, args
    md = runner.invoke(cli, ["--db", db, "export", "--draft", "b@1", "--format", "md"])
    assert md.exit_code == 0, md.output
    assert ("**Section 1 Payments**<br>(1) A payment may be made.<br>(2) It is due in <del>May</del><ins>June</ins>.\n"
            in md.stdout), md.stdout  # fmt: skip
    assert "<del>**Section 2 Fees**<br></del><del>A fee is payable.</del>" in md.stdout, md.stdout
    for layout in ("articles", "table"):
        out = tmp_path / f"{layout}.docx"
        assert runner.invoke(cli, ["--db", db, "export", "--draft", "b@1", "--layout", layout, "-o", str(out)]).exit_code == 0
        texts = [t for _, t in _docx_text(out)]
        at = len(texts) - 1 - texts[::-1].index("Section 1 Payments")  # its own line, before the proposed text
        assert texts[at + 1:at + 3] == ["(1) A payment may be made.", "(2) It is due in [-May-]{+June+}."], texts
        assert "[-Section 2 Fees-]" in texts and "[-A fee is payable.-]" in texts, texts
        assert texts.count("Section 1 Payments") == (2 if layout == "table" else 1)  # 条文 and 修改建议 columns
        if layout == "articles":  # the heading's line keeps with the text under it (a trial's stood at a page's foot)
            body = etree.fromstring(zipfile.ZipFile(out).read("word/document.xml"))
            line = next(p for p in body.iter(f"{W}p") if "".join(p.itertext()) == "Section 1 Payments")
            assert line.find(f"{W}pPr/{W}keepNext") is not None

def test_the_review_pages_contents_number_each_entry_inside_its_column(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a volume trial: in the three-column contents, the numbers of a column's entries (798.) stood in the gap and
    # over the column before it
    page = tmp_path / "review.html"
    assert consultation("export", "--draft", "ecommerce@1", "--format", "html", "--all-articles", "-o", str(page)).exit_code == 0
    styles = "".join(part.split("</style>")[0] for part in page.read_text(encoding="utf-8").split("<style>")[1:])
    assert "nav ol{columns:3;column-gap:2.5em;list-style-position:inside;" in styles and "nav li{break-inside:avoid}" in styles


def test_a_kuan_taken_out_is_named_by_number_on_its_supporters_line(consultation) -> None:  # type: ignore[no-untyped-def]
    # a trial (野生动物保护法 第二十七条): the letter read 支持单位（删去“实行国家重点保护野生动…”）, a quote cut short
    run = consultation
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第五十二条第三款",
               "--stance", "delete").exit_code == 0  # fmt: skip
    assert run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第五十二条第一款", "--quote",
               "可以约定", "--propose", "电子商务当事人可以书面约定采用快递物流方式交付商品。").exit_code == 0  # fmt: skip
    assert run("decide", "--draft", "ecommerce@1", "--article", "第五十二条", "--accept-all").exit_code == 0
    md = run("export", "--draft", "ecommerce@1", "--format", "md")
    assert md.exit_code == 0, md.output
    assert "支持单位（删去第三款）：1家会员" in md.stdout, md.stdout
    assert "删去“快递物流服务提供者应当按照" not in md.stdout
    en = run("export", "--draft", "ecommerce@1", "--format", "md", "--lang", "en").stdout
    assert "Supported (deleting paragraph 3) by 1 member" in en, en


def test_an_english_review_page_sets_english_in_a_latin_face_and_sections_with_their_headings(runner: CliRunner,
                                                                                              tmp_path: Path) -> None:  # fmt: skip
    # a trial (an English bill): “ ” were set full-width by the CJK face first in the font list, and the section
    # headings (Section 3 Federal share of assistance) were left out of the review page's headings
    law = tmp_path / "bill.txt"
    law.write_text("Sample Bill\n\nSection 1\n\nPayments\n\n(1) A “payment” may be made.\n", encoding="utf-8")
    db = str(tmp_path / "en.db")
    for args in (["init"], ["draft", "add", str(law), "--name", "b", "--version", "1"],
                 ["member", "add", "acme", "--org", "ACME Ltd", "--lang", "en"],
                 ["comment", "add", "--member", "acme", "--draft", "b@1", "--at", "Section 1(1)", "--stance", "support"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0, args
    page = tmp_path / "r.html"
    assert runner.invoke(cli, ["--db", db, "export", "--draft", "b@1", "--format", "html", "-o", str(page)]).exit_code == 0
    text = page.read_text(encoding="utf-8")
    assert text.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert ":lang(en){font-family:'Noto Serif','DejaVu Serif','Times New Roman','Noto Serif CJK SC',serif}" in text
    assert "<h2>Section 1 Payments " in text


def test_the_review_pages_conflict_over_a_number_quotes_it_with_its_measure_word(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a trial (畜牧法 六十个工作日): the review page's conflict read 草案原文：「六十」 against 「三十」, 「二十」
    run = consultation
    for member, days in (("acme", "六十日"), ("beta", "十五日")):
        assert run("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第十六条", "--propose",
                   ART16.replace("三十日", days)).exit_code == 0  # fmt: skip
    page = tmp_path / "r.html"
    assert run("export", "--draft", "ecommerce@1", "--format", "html", "-o", str(page)).exit_code == 0
    text = page.read_text(encoding="utf-8")
    assert "草案原文：「三十日」" in text and "「六十日」" in text and "「十五日」" in text, text[text.find("草案原文"):][:300]


@pytest.mark.parametrize(("old", "said"), [
    # a verifying trial: 删去“同级人民政府科学技术部…” (科学技术部门 cut into 科学技术部, another body)
    ("同级人民政府科学技术部门，负责农业技术推广的有关工作", "删去“同级人民政府科学技术部门…”"),
    ("同级人民政府科学技术部门负责有关工作", "删去“同级人民政府科学技术部门负责有关工作”"),  # short enough: whole
    # (a review) a thousands separator is no place to cut: the number stays whole
    ("处罚款10,000元以上50,000元以下并没收违法所得和非法财物", "删去“处罚款10,000元以上…”"),
])  # fmt: skip
def test_a_deletion_quoted_short_is_cut_at_a_mark_not_in_a_word(old: str, said: str) -> None:
    from lawcomment.exports.text import change_phrase
    from lawcomment.exports.view import SubmittedChange

    assert change_phrase(SubmittedChange(old, "", ("acme",)), "zh") == said


def test_a_bills_new_section_is_numbered_as_the_bill_numbers_one(runner: CliRunner, tmp_path: Path) -> None:
    # a verifying trial (an English bill): a new section after Section 1 went out as "new Article 1-1"
    law = tmp_path / "bill.txt"
    law.write_text("Sample Bill\n\nSection 1\n\nPayments\n\n(1) A payment may be made.\n\nSection 2\n\nFees\n\n"
                   "A fee is payable.\n", encoding="utf-8")  # fmt: skip
    db = str(tmp_path / "en.db")
    for args in (["init"], ["draft", "add", str(law), "--name", "b", "--version", "1"],
                 ["member", "add", "acme", "--org", "ACME Ltd", "--lang", "en"],
                 ["comment", "add", "--member", "acme", "--draft", "b@1", "--at", "Section 1", "--stance", "insert",
                  "--propose", "The Secretary of State shall publish the payments made."],
                 ["decide", "--draft", "b@1", "--article", "Section 1", "--accept-all"]):  # fmt: skip
        assert runner.invoke(cli, ["--db", db, *args]).exit_code == 0, args
    md = runner.invoke(cli, ["--db", db, "export", "--draft", "b@1", "--format", "md"]).stdout
    assert "## I. New Section 1A" in md and "<ins>**Section 1A** The Secretary of State shall publish" in md, md
    assert "Article 1-1" not in md


def _cli_store(runner: CliRunner, tmp_path: Path, law: str, name: str, *commands: list[str]) -> str:
    """A store in ``tmp_path`` holding the draft ``law`` as ``name@1`` after ``commands``: its --db."""
    path = tmp_path / ("bill.txt" if law.isascii() else "law.txt")
    path.write_text(law, encoding="utf-8")
    db = str(tmp_path / "cli.db")
    for args in (["init"], ["draft", "add", str(path), "--name", name, "--version", "1"], *commands):
        result = runner.invoke(cli, ["--db", db, *args])
        assert result.exit_code == 0, (args, result.output)
    return db


@pytest.mark.parametrize(("law", "at", "proposed", "heading", "old", "new", "inserted"), [
    # a review: after Section 1A the submission said "New Article 1-2", the instrument "Section 1B"
    ("Sample Bill\n\nSection 1\n\nPayments\n\n(1) A payment may be made.\n\nSection 1A\n\nRecords\n\nRecords are "
     "kept.\n\nSection 2\n\nFees\n\nA fee is payable.\n", "Section 1A",
     "The Secretary of State shall publish the records.", "New Section 1B", "**Section 1A Records**<br>Records are kept.",
     "**Section 1B** The Secretary of State shall publish the records.",
     "1. The following Section 1B is inserted after Section 1A: “The Secretary of State shall publish the records.”"),
    # the submission said "New Article 1-1", the instrument "The following Article 1a is inserted"
    ("Sample Act 2026\n\nArticle 1\n\nThis Act applies to online traders.\n\nArticle 2\n\nA trader shall publish its "
     "name.\n", "Article 1", "A trader shall keep records.", "New Article 1a",
     "**Article 1** This Act applies to online traders.", "**Article 1a** A trader shall keep records.",
     "1. The following Article 1a is inserted after Article 1: “A trader shall keep records.”"),
])  # fmt: skip
def test_a_new_unit_of_an_english_law_is_named_as_the_instrument_names_it(
        runner: CliRunner, tmp_path: Path, law: str, at: str, proposed: str, heading: str, old: str, new: str,
        inserted: str) -> None:  # fmt: skip
    db = _cli_store(runner, tmp_path, law, "b", ["member", "add", "acme", "--org", "ACME Ltd", "--lang", "en"],
                    ["comment", "add", "--member", "acme", "--draft", "b@1", "--at", at, "--stance", "insert",
                     "--propose", proposed],
                    ["decide", "--draft", "b@1", "--article", at, "--accept-all"])  # fmt: skip
    md = runner.invoke(cli, ["--db", db, "export", "--draft", "b@1", "--format", "md"]).stdout
    assert f"## I. {heading}\n\n{old}\n\n<ins>{new}</ins>\n" in md, md
    assert "1-1" not in md and "1-2" not in md
    instrument = tmp_path / "instrument.md"
    assert runner.invoke(cli, ["--db", db, "export", "--draft", "b@1", "--format", "amendment", "--lang", "en",
                               "-o", str(instrument)]).exit_code == 0  # fmt: skip
    assert inserted in instrument.read_text(encoding="utf-8")


def test_new_articles_after_neighbouring_articles_are_numbered_apart(runner: CliRunner, tmp_path: Path) -> None:
    # a review: new articles after 第一条 and after 第一条之一 both went out as 第一条之二 (each article numbered
    # its own); they are numbered as the instrument numbers them, in law order
    db = _cli_store(runner, tmp_path, "第一条 为了规范。\n第一条之一 记录应当保存。\n第二条 收费。\n", "z",
                    ["member", "add", "acme", "--org", "A"],
                    ["comment", "add", "--member", "acme", "--draft", "z@1", "--at", "第一条之一", "--stance", "insert",
                     "--propose", "国务院公布记录。"],
                    ["comment", "add", "--member", "acme", "--draft", "z@1", "--at", "第一条", "--stance", "insert",
                     "--propose", "每月公布。"])  # fmt: skip
    for include in (["--include-unreviewed"], []):  # (undecided in a discussion draft; then accepted)
        md = runner.invoke(cli, ["--db", db, "export", "--draft", "z@1", "--format", "md", *include]).stdout
        assert ("## 一、关于增加第一条之二\n\n**第一条**\u3000为了规范。\n\n<ins>**第一条之二**\u3000每月公布。</ins>\n\n"
                "支持单位：1家会员\n\n## 二、关于增加第一条之三\n\n**第一条之一**\u3000记录应当保存。\n\n"
                "<ins>**第一条之三**\u3000国务院公布记录。</ins>\n") in md, md  # fmt: skip
        for article in ("第一条之一", "第一条"):
            assert runner.invoke(cli, ["--db", db, "decide", "--draft", "z@1", "--article", article,
                                       "--accept-all"]).exit_code == 0  # fmt: skip
    view = load_consultation(open_store(db), "z@1")
    assert [(u.label, u.eid) for i in view.items for u in i.new_units] == [("第一条之二", "art_1-2"),
                                                                           ("第一条之三", "art_1-3")]  # fmt: skip
    instrument = tmp_path / "instrument.md"
    assert runner.invoke(cli, ["--db", db, "export", "--draft", "z@1", "--format", "amendment",
                               "-o", str(instrument)]).exit_code == 0  # fmt: skip
    said = instrument.read_text(encoding="utf-8")
    assert "一、在第一条后增加一条，作为第一条之二：“每月公布。”\n\n二、在第一条之一后增加一条，作为第一条之三：“国务院公布记录。”" in said


def test_view_finds_units_by_eid_as_the_draft_does(demo_store: Store) -> None:
    view = load_consultation(demo_store, "ecommerce@1")
    units = list(view.draft.walk())
    assert len(units) > 100
    for u in units:
        assert view.unit(u.eid) is view.draft.find(u.eid)
    assert view.unit("art_999") is None and view.draft.find("art_999") is None


def _one_proposal_accepted(tmp_path: Path, law: str, wording: str) -> Store:
    """A store with ``law`` (one article) as x@1, acme's ``wording`` of 第一条 and each of its changes accepted."""
    from lawcomment import create_store, import_members
    from lawcomment.consultation import add_draft_file, decide, draft_positions

    path = tmp_path / "x.md"
    path.write_text(law, encoding="utf-8")
    store, _ = create_store(tmp_path / "s.db")
    members = tmp_path / "m.csv"
    members.write_text("id,org\nacme,ACME\n", encoding="utf-8")
    import_members(store, members)
    add_draft_file(store, path, "x", "1")
    add_comment(store, "x@1", "acme", "第一条", propose=wording)
    (pos,) = draft_positions(store, "x@1", "art_1")
    for c in pos.changes:
        decide(store, "x@1", "art_1", accept=c.change.id)
    return store


def test_one_member_s_two_items_taken_out_have_one_supporters_line(tmp_path: Path) -> None:
    """(a new user's trial of 公司法 第三十七条) Two 项 taken out by one member's wording went out with two lines,
    支持单位（删去第一项）：1家会员 and （删去第五项）: the 项 numbered on after them counted as changes nobody
    proposed, so the lines were split per change."""
    store = _one_proposal_accepted(tmp_path, "# 公司法\n\n第一条 股东会行使下列职权：\n\n（一）决定经营方针；\n\n（二）选举董事；\n\n"
                                   "（三）审议报告；\n\n（四）修改章程。\n", "股东会行使下列职权：\n（一）选举董事；\n（二）修改章程。")  # fmt: skip
    md = export(load_consultation(store, "x@1"), "md").decode()
    assert md.count("支持单位") == 1 and "支持单位：1家会员" in md, md


def test_which_copy_of_the_words_a_change_is_at_counts_none_inside_a_larger_number(tmp_path: Path) -> None:
    """(a new user's trial of 广告法) 十万 of 十万元 was "occurrence 2": the 十万 inside 二十万元 was counted."""
    store = _one_proposal_accepted(tmp_path, "# 广告法\n\n第一条 违反本法的，处二十万元罚款；情节较轻的，处十万元罚款。\n",
                                   "违反本法的，处二十万元罚款；情节较轻的，处五万元罚款。")  # fmt: skip
    (item,) = [i for i in load_consultation(store, "x@1").items if i.eid == "art_1"]
    assert [(c.old, c.new, c.occurrence) for c in item.submitted_changes] == [("十万", "五万", 1)]


def test_a_committee_reason_given_on_a_kuan_is_its_articles(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A trial gave the committee's wording and reason on 第十六条第二款 in one decide: the submission
    printed 第十六条 with the change but no reason, then 第十六条第二款 again, unchanged, with the reason
    beside it. The reason is the article's (the submission prints articles whole); decide says where
    it went, and what it replaces."""
    run = consultation
    kuan = "前款规定的信息发生变更的，电子商务经营者应当及时更新公示信息。"
    result = run("decide", "--draft", "ecommerce@1", "--article", "第十五条第二款", "--text",
                 kuan.replace("及时", "在十日内"), "--committee-reason", "明确更新期限。")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert ("committee reason for 第十五条 (art_15) (given on 第十五条第二款 (art_15__para_2): a reason is its article's, "
            "which the submission prints whole): 明确更新期限。\n") in result.output, result.output
    md = run("export", "--draft", "ecommerce@1", "--format", "md").stdout
    assert md.count("关于第十五条") == 1 and "第十五条第二款" not in md and "明确更新期限。" in md, md
    assert md.count("前款规定的信息发生变更的") == 1, md
    # another on its first 款 replaces it, and says so
    result = run("decide", "--draft", "ecommerce@1", "--article", "第十五条第一款", "--committee-reason", "便于查询。")
    assert ("committee reason for 第十五条 (art_15) (given on 第十五条第一款 (art_15__para_1): a reason is its article's, "
            "which the submission prints whole; it replaces the article's reason 「明确更新期限。」): 便于查询。\n") in result.output
    md = run("export", "--draft", "ecommerce@1", "--format", "md").stdout
    assert "便于查询。" in md and "明确更新期限。" not in md
    # and removed as given
    result = run("decide", "--draft", "ecommerce@1", "--article", "第十五条第二款", "--committee-reason", "")
    assert ("committee reason for 第十五条 (art_15) (given on 第十五条第二款 (art_15__para_2): a reason is its article's, "
            "which the submission prints whole) removed\n") in result.output, result.output
    assert "便于查询。" not in run("export", "--draft", "ecommerce@1", "--format", "md").stdout


_CELL_TEXT = st.text(alphabet=st.sampled_from("=+-@\t\r'a中,\"\n "), max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.tuples(_CELL_TEXT, _CELL_TEXT, _CELL_TEXT, _CELL_TEXT, _CELL_TEXT), min_size=1, max_size=6))
def test_tracking_sheet_safe_rows_are_safe_cells_of_its_rows(demo_store: Store, words) -> None:  # type: ignore[no-untyped-def]
    """The sheet's rows made safe as they are made (each member's, label's and article's cells once,
    a comment's own words row by row) are :func:`safe_cell` of every cell of :func:`tracking_rows`,
    whatever the words a member, an organisation or a comment start with."""
    from dataclasses import replace

    from lawcomment.exports import headers, tracking_csv
    from lawcomment.exports.data import TRACKING_COLUMNS, _tracking_rows

    view = load_consultation(demo_store, "ecommerce@1", include_unreviewed=True)
    members = dict(view.members)
    for n, (org, group, *_) in enumerate(words):
        if n < len(members):
            key = list(members)[n]
            members[key] = replace(members[key], org=org, group=group)
    comments = {}
    for n, c in enumerate(view.comments):
        _, _, quote, body, created = words[n % len(words)]
        comments[c.id] = replace(c, body=body, created=created, proposed_text=quote + body if c.proposed_text else None,
                                 anchor=replace(c.anchor, quote=quote), lang=quote[:1] if n % 3 == 0 else c.lang,
                                 member=body if n % 4 == 0 else c.member)  # fmt: skip
    items = tuple(replace(i, comments=tuple(comments[c.id] for c in i.comments)) for i in view.items)
    view = replace(view, members=members, comments=tuple(comments.values()), items=items)
    for lang in ("zh", "en"):
        assert list(_tracking_rows(view, lang, safe=True)) == [[safe_cell(v) for v in row]
                                                               for row in _tracking_rows(view, lang)]  # fmt: skip
        # and the sheet, its cells quoted as they are made, is what csv.writer writes of those rows
        text = io.StringIO(newline="")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(headers(TRACKING_COLUMNS, lang))
        writer.writerows([safe_cell(v) for v in row] for row in _tracking_rows(view, lang))
        assert tracking_csv(view, lang) == ("\ufeff" + text.getvalue()).encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(cells=st.lists(st.text(alphabet=st.sampled_from("a中,\"\n\r '\t=\x00\u2028"), max_size=5), min_size=2, max_size=4))
def test_a_csv_field_is_the_cell_as_the_csv_writer_writes_it(cells: list[str]) -> None:
    """The tracking sheet's rows, each cell quoted as it is made and joined by commas, are what
    csv.writer writes of a row of several cells."""
    from lawcomment.exports.data import csv_field

    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerow(cells)
    assert ",".join(csv_field(c) for c in cells) + "\r\n" == text.getvalue()


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("aZ中文 ,。1é\u3400\u9fff"), max_size=12))
def test_english_paragraph_test_is_written_in(text: str) -> None:
    """The submission's quick test for an English paragraph answers as ``written_in`` does."""
    from lawcomment.drafts.pairing import written_in
    from lawcomment.exports.docx import _written_in_english

    assert _written_in_english(text) == (written_in(text) == "en")


def test_member_names_are_joined_once_per_view(demo_store: Store) -> None:
    """A view joins a list of members' names as member_name names each; a view made from it with
    other members (dataclasses.replace) names them afresh, never from the first view's joins."""
    from dataclasses import replace

    view = load_consultation(demo_store, "ecommerce@1")
    ids = tuple(view.members)[:3] + ("nobody",)
    assert view.member_names(ids, "、") == "、".join(view.member_name(m) for m in ids)
    assert view.member_names(ids, ", ") == ", ".join(view.member_name(m) for m in ids)
    renamed = {k: replace(m, org=f"Org {k}") for k, m in view.members.items()}
    other = replace(view, members=renamed)
    assert other.member_names(ids, "、") == "、".join([*(f"Org {m}" for m in ids[:3]), "nobody"])
    unnamed = replace(view, members={**renamed, ids[0]: replace(renamed[ids[0]], org="")})  # (named by its id)
    assert unnamed.member_names(ids, "、") == "、".join(unnamed.member_name(m) for m in ids) == \
        "、".join([ids[0], *(f"Org {m}" for m in ids[1:3]), "nobody"])  # fmt: skip


def test_general_remarks_are_found_once_per_view(demo_store: Store) -> None:
    """A view's forwarded remarks on the whole draft, found once, are those of its own comments: a
    view made from it with other comments (dataclasses.replace) finds them afresh."""
    from dataclasses import replace

    from lawcomment.comments import Status

    view = load_consultation(demo_store, "ecommerce@1")
    assert view.general_remarks == () and view.comments
    first = view.comments[0]
    general = replace(first, anchor=replace(first.anchor, eid=None), forwarded=True, body="总体上支持。",
                      status=Status.OPEN)  # fmt: skip
    other = replace(view, comments=(general, *view.comments[1:]))
    assert other.general_remarks == (general,) and other.general_remarks is other.general_remarks
    assert view.general_remarks == ()


def test_export_counts_the_articles_that_go_out_with_a_reason_or_a_remark_only(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A trial read "5 article(s) changed in the submission" and found 6 in the letter: one went out with a
    forwarded remark only. Said: changed, and the others that go out."""
    run = consultation
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
               "--reason", "请明确标准。").exit_code == 0  # fmt: skip
    assert run("comment", "forward", "1").exit_code == 0
    assert run("decide", "--draft", "ecommerce@1", "--article", "第五条", "--committee-reason", "支持本条规定。").exit_code == 0
    out = tmp_path / "s.docx"
    result = run("export", "--draft", "ecommerce@1", "-o", str(out))
    assert result.stdout == (f"wrote {out} (docx): ecommerce@1, 0 article(s) changed in the submission and 2 more with a "
                             "committee reason or a forwarded remark only, 0 unresolved conflict(s)\n"), result.stdout


def test_a_sheets_committee_reason_on_a_kuan_is_its_articles(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """As `decide --committee-reason` on a 款: a sheet's 委员会理由 on 第十五条第二款 is 第十五条's."""
    sheet = tmp_path / "reasons.csv"
    sheet.write_text("条款,委员会理由\n第十五条第二款,明确更新期限。\n", encoding="utf-8")
    result = consultation("comment", "import", str(sheet), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    md = consultation("export", "--draft", "ecommerce@1", "--format", "md").stdout
    assert md.count("关于第十五条") == 1 and "第十五条第二款" not in md and "明确更新期限。" in md, md


def test_two_reasons_a_sheet_gives_on_two_kuan_of_one_article_are_both_kept(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A review: a sheet's reasons on 第十五条第一款 and 第十五条第二款 both went to 第十五条, the second
    replacing the first unseen. Both are kept, in the file's order, as the article's one reason."""
    sheet = tmp_path / "reasons.csv"
    sheet.write_text("条款,委员会理由\n第十五条第一款,便于查询\n第十五条第二款,明确更新期限。\n", encoding="utf-8")
    result = consultation("comment", "import", str(sheet), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    assert "1 committee reason(s) set" in result.output, result.output
    md = consultation("export", "--draft", "ecommerce@1", "--format", "md").stdout
    assert "便于查询；明确更新期限。" in md, md


def test_a_reason_kept_on_a_kuan_before_is_said_at_export(consultation) -> None:  # type: ignore[no-untyped-def]
    """A review: a reason a store kept on a 款 (before reasons went to their article) still goes out as an
    item of its own; export says so, and how to move it."""
    from lawcomment import open_store

    run = consultation
    with open_store(run.db, "tester") as store:
        store.set_committee_reason("ecommerce@1", "art_15__para_1", "旧的款理由。")
    result = run("export", "--draft", "ecommerce@1", "--format", "md")
    assert ("warning: 1 committee reason(s) kept on a 款 or 项 go out in the md output as items of their own, beside "
            "the unit unchanged: give each on its article") in result.stderr, result.stderr
    assert "  第十五条第一款 (art_15__para_1)" in result.stderr


def test_an_article_listed_for_its_open_conflict_is_not_counted_as_a_reason_or_remark(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A review: with --include-unreviewed an article that goes out only to list its open conflict was counted
    "with a committee reason or a forwarded remark only"."""
    run = consultation
    art16 = "电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置持续公示有关信息。"
    for member, words in (("acme", "六十日"), ("beta", "三十个工作日")):
        assert run("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第十六条", "--propose",
                   art16.replace("三十日", words)).exit_code == 0  # fmt: skip
    out = tmp_path / "s.docx"
    result = run("export", "--draft", "ecommerce@1", "--include-unreviewed", "-o", str(out))
    assert result.exit_code == 0 and "more with a committee reason" not in result.stdout, result.stdout


def test_the_tracking_sheet_says_an_alternative_the_committees_wording_makes_is_taken_into_it(consultation) -> None:  # type: ignore[no-untyped-def]
    """A review: a conflict's alternative the committee's own wording makes word for word read 被委员会最终措辞取代."""
    run = consultation
    art16 = "电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置持续公示有关信息。"
    for member, words in (("acme", "六十日"), ("beta", "三十个工作日")):
        assert run("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第十六条", "--propose",
                   art16.replace("三十日", words)).exit_code == 0  # fmt: skip
    assert run("decide", "--draft", "ecommerce@1", "--article", "第十六条", "--text", art16.replace("三十日", "六十日")).exit_code == 0
    sheet = run("export", "--draft", "ecommerce@1", "--format", "csv").stdout
    (acme,) = [line for line in sheet.splitlines() if ",acme," in line]
    (beta,) = [line for line in sheet.splitlines() if ",beta," in line]
    assert "x1 已纳入委员会最终措辞" in acme and "x1 被委员会最终措辞取代" in beta, (acme, beta)


def test_export_reads_the_association_as_the_store_keeps_it(demo_store: Store) -> None:
    """`export` reads who submits without importing the module that sets it: as it reads it."""
    from lawcomment.cli.export import named_association
    from lawcomment.consultation import association, set_association

    assert named_association(demo_store) == association(demo_store)
    for name in ("中国外商投资企业协会", ""):
        set_association(demo_store, name)
        assert named_association(demo_store) == association(demo_store) == name


def test_a_view_left_to_the_end_is_garbage_the_collector_frees() -> None:
    """`export` leaves its view for the process's end (freed object by object it costs a tenth of a
    second at NPC scale): with the cyclic collector on, as in a test or a server, it is freed."""
    import gc
    import weakref

    from lawcomment.cli.export import left_to_the_end

    class Held:
        pass

    held = Held()
    gone = weakref.ref(held)
    left_to_the_end(held)  # type: ignore[arg-type]
    del held
    assert gone() is not None  # (held until the collector runs)
    gc.collect()
    assert gone() is None


@pytest.mark.parametrize("include", [False, True])
def test_an_items_comments_read_once_give_what_each_rule_gives(busy_store: Store, include: bool) -> None:
    """build_item reads an article's comments once for its supporters, reasons, forwarded remarks and
    open wordings of the translation: each as its rule reads the comments on its own."""
    from lawcomment.comments import INACTIVE, Stance
    from lawcomment.exports.view import _submitted_comments
    from lawcomment.review.position import PROPOSING, TRANSLATIONS

    for ref in ("ecommerce@1", "ecommerce@2"):
        view = load_consultation(busy_store, ref, include_unreviewed=include, all_articles=True)
        for item in view.items:
            comments, decisions = item.comments, view.decisions_on(item.eid)
            keep = _submitted_comments(item.position, include)
            said: dict[str, str] = {}
            for c in comments:
                if c.id in keep or c.stance not in PROPOSING:
                    if body := c.body.strip():
                        said.setdefault(body, c.member)
            assert [t for _, t in item.reasons][:len(said)] == list(said) and \
                [m for m, _ in item.reasons][:len(said)] == list(said.values())  # fmt: skip
            assert item.supporters == _supporters_as_written(item.position, comments, include, dict(item.credit))
            assert item.forwarded == tuple(c for c in comments if c.forwarded and c.body.strip())
            answered = {d.subject for d in decisions if d.action == "text" and d.subject in TRANSLATIONS
                        and d.revoked_at is None}  # fmt: skip
            assert item.translation_open == tuple(c.id for c in comments if c.lang and c.lang not in answered
                                                  and c.status not in INACTIVE and c.stance in (Stance.AMEND, Stance.DELETE))


def _supporters_as_written(pos, comments, include, credit):  # type: ignore[no-untyped-def]
    """Item.supporters by its rule, reading the comments on their own (build_item reads them once for all)."""
    from lawcomment.comments import Stance

    keep = ("accepted", "proposed") if include else ("accepted",)
    found: list[str] = []
    if pos.final is not None:
        found += [m for p in pos.merge.proposals for m in p.supporters]
    else:
        for c in pos.changes:
            if c.state in keep:
                ch = c.change
                found += [*ch.supporters, *credit.get((ch.start, ch.end, ch.new), ())]
        for x in pos.conflicts:
            if x.chosen:
                cx, alt = x.conflict, x.conflict.alternatives[x.chosen - 1]
                found += [*alt.supporters, *credit.get((cx.start, cx.end, alt.text), ())]
    for ins in pos.submitted_insertions(submitted=not include):
        found += [*ins.supporters, *credit.get((-1, -1, ins.text), ())]
    found += [c.member for c in comments if c.stance is Stance.SUPPORT]
    return tuple(dict.fromkeys(found))


def test_the_review_page_and_the_letter_load_no_intake_rules() -> None:
    """The review page's and the Word letter's modules leave intake's proposal rules unloaded (a
    twentieth of a second of each export): a forwarded remark in a Chinese letter loads them."""
    import subprocess
    import sys

    code = ("import sys, lawcomment.exports.html, lawcomment.exports.docx, lawcomment.exports.md\n"
            "print('lawcomment.review.proposals' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("include", [False, True])
def test_decided_labels_are_those_looked_up_comment_by_comment(busy_store: Store, include: bool) -> None:
    """The review page's statuses of open comments staff decided on (looked up only where some piece
    of the unit is settled) are decided_label of each comment's pieces, comment by comment, and a
    forwarded remark's says it is in the submission; the demo
    has units with settled pieces and units without. A unit whose pieces the page does not work out
    (none can be settled) has none settled."""
    from lawcomment.comments import Status
    from lawcomment.exports.data import decided_label, forwarded_label, may_settle, review_pieces
    from lawcomment.exports.html import decided_labels

    seen = {True: 0, False: 0}
    for ref in ("ecommerce@1", "ecommerce@2"):
        view = load_consultation(busy_store, ref, include_unreviewed=include, all_articles=True)
        for item in view.items:
            for lang in ("zh", "en"):
                decisions = [d for d in view.decisions_on(item.eid) if d.subject]
                pieces = review_pieces(item.position, lang, comments=item.comments, decisions=decisions)
                if not may_settle(item.position, decisions):  # (the page does not work the pieces out)
                    assert not any(done for given in pieces.values() for _, done in given), (ref, item.eid)
                # (a forwarded remark's, in the submission, unless a decided piece says more)
                full = {c.id: forwarded_label(lang) for c in item.comments if c.status is Status.OPEN and c.forwarded}
                full |= {c.id: found for c in item.comments if c.status is Status.OPEN and f"#{c.id}" in pieces
                         and (found := decided_label(pieces[f"#{c.id}"], lang)) is not None}  # fmt: skip
                assert decided_labels(item.comments, pieces, lang) == full, (ref, item.eid, lang)
                seen[any(done for given in pieces.values() for _, done in given)] += 1
    assert seen[True] and seen[False]


@pytest.mark.parametrize(("origin", "words", "settled"), [
    (None, "Article 1 reads so.", True),  # the wording the committee took, as it read
    (None, "Article 1 reads otherwise.", False),  # edited since: to answer again
    (1, "Article 1 reads otherwise.", True),  # carried from the one it took (its words re-based): settled
])  # fmt: skip
def test_a_wording_of_the_translation_the_committee_answered_is_settled_at_the_next_reading_too(
        origin: int | None, words: str, settled: bool) -> None:  # fmt: skip
    """(a web trial of 对外贸易法) Staff took a member's English wording at the first reading; at the next, its
    carried copy read "open", its member could edit it, and staff were not told. The decision carried with it
    answers the copy too, as the merge already held (review.position.answered)."""
    from lawcomment import parse_text
    from lawcomment.comments import Anchor, Comment, CommentSource, SourceKind, Stance, Status
    from lawcomment.exports.data import decided_label, review_pieces
    from lawcomment.records import Decision
    from lawcomment.review.position import unit_position

    draft = parse_text("法\n第一条 本法所称对外贸易，是指货物进出口。\n")
    wording = Comment(5 if origin else 1, "t@2" if origin else "t@1", "acme", Anchor("art_1"), Stance.AMEND, "", words,
                      CommentSource(SourceKind.WEB), Status.OPEN, "", "", lang="en", origin=origin)  # fmt: skip
    decision = Decision(3, wording.draft, "art_1", "text", None, None, None, "Article 1 as the committee words it.", "",
                        "staff", "2026-12-06T10:00:00Z", subject="en",
                        premise=json.dumps({"wordings": [[1, "Article 1 reads so."]]}))  # fmt: skip
    pieces = review_pieces(unit_position(draft, "art_1", []), "zh", comments=[wording], decisions=[decision])
    assert (decided_label(pieces.get(f"#{wording.id}", []), "zh") is not None) is settled, pieces


@pytest.mark.parametrize("include", [False, True])
def test_a_view_whose_comments_a_worker_read_is_the_view_read_in_one_process(busy_store: Store,
                                                                               monkeypatch: pytest.MonkeyPatch,
                                                                               include: bool) -> None:  # fmt: skip
    """load_consultation with workers has a worker read the draft's comments (SQLStore.comments_beside)
    while it reads the rest, with the positions kept, or merged afresh from those comments (the store
    written since): the view, and the documents made of it, of one process reading all of it."""
    from dataclasses import replace

    from lawcomment.store import sql

    monkeypatch.setattr(sql, "BESIDE_FROM", 1)
    started: list[object] = []
    beside = sql.SQLStore.comments_beside
    monkeypatch.setattr(sql.SQLStore, "comments_beside", lambda *a, **k: started.append(beside(*a, **k)) or started[-1])
    handed: list[bool] = []  # whether the worker handed them all over (not read again in the process)
    over = sql.CommentsBeside._handed_over
    monkeypatch.setattr(sql.CommentsBeside, "_handed_over", lambda self: handed.append((got := over(self)) is not None) or got)
    for fresh in (True, False):
        if fresh:  # (nothing kept for this generation: merged from the comments the worker read)
            add_comment(busy_store, "ecommerce@1", "cathay", "第十条第一款", reason="又一条", stance="question")
        for ref in ("ecommerce@1", "ecommerce@2"):
            apart = load_consultation(busy_store, ref, include_unreviewed=include, workers=2)
            alone = replace(load_consultation(busy_store, ref, include_unreviewed=include), created=apart.created)
            assert started[-1] is not None and handed[-1]
            assert apart.comments == alone.comments and apart.items == alone.items
            assert [i.comments for i in apart.items] == [i.comments for i in alone.items]
            for fmt in ("md", "csv", "json"):
                options = ExportOptions(include_unreviewed=include)
                assert export(apart, fmt, options=options) == export(alone, fmt, options=options), fmt


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "尚未解决的分歧：新增位置：「电子商务经营者应当依法」之后、方案1：「及时」（1家会员）、方案2：「书面」（1家会员）"),
    ("en", "Unresolved: insertion point: after 「电子商务经营者应当依法」, option 1: “及时” (1 member), option 2: “书面” (1 member)"),
])  # fmt: skip
def test_an_unresolved_conflict_of_words_put_in_says_where_not_the_drafts_empty_words(consultation, tmp_path,  # type: ignore[no-untyped-def]
                                                                                      lang: str, said: str) -> None:  # fmt: skip
    """(an NPC-scale discussion copy) Members putting different words in at one point read 草案原文「」."""
    for member, word in (("acme", "及时"), ("beta", "书面")):
        text = "电子商务经营者应当依法办理市场主体登记。"
        added = consultation("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第十条第一款",
                             "--quote", "电子商务经营者应当依法办理市场主体登记。", "--propose",
                             text.replace("依法办理", f"依法{word}办理"))  # fmt: skip
        assert added.exit_code == 0, added.output
    out = tmp_path / "d.md"
    result = consultation("export", "--draft", "ecommerce@1", "--format", "md", "--include-unreviewed", "--lang", lang,
                          "-o", str(out))  # fmt: skip
    assert result.exit_code == 0, result.output
    md = out.read_text(encoding="utf-8")
    assert said in md, md
    assert "草案原文「」" not in md and "draft wording “”" not in md


def test_the_submission_tells_chinese_as_the_pairing_does() -> None:
    """exports.docx keeps its own copy of the pairing's pattern of a Chinese character (so that a
    submission loads the pairing only for a text with Latin letters): the same pattern."""
    from lawcomment.drafts import pairing
    from lawcomment.exports import docx

    assert docx.HAN.pattern == pairing.HAN.pattern and docx.HAN.flags == pairing.HAN.flags
    assert docx.written_in("The Parties shall 依法") == pairing.written_in("The Parties shall 依法")


@pytest.mark.parametrize(("pieces", "zh", "en"), [
    ([("c1 rejected (decision #3)", True)], "委员会未采纳", "declined by the committee"),
    ([("x1 alternative 1 not chosen (decision #3)", True)], "委员会未采纳", "declined by the committee"),
    ([("c1 accepted (decision #3)", True), ("n1 accepted (decision #4)", True)], "委员会已采纳", "adopted by the committee"),
    ([("c1 taken into the final wording", True), ("final wording (decision #4)", True)], "委员会已采纳",
     "adopted by the committee"),
    ([("c1 superseded by the final wording", True), ("final wording (decision #4)", True)], "委员会已决定",
     "decided by the committee"),
    ([("c1 accepted (decision #3)", True), ("c2 rejected (decision #4)", True)], "委员会已决定", "decided by the committee"),
    ([("c1 accepted (decision #3)", True), ("c2 proposed", False)], "部分已决定", "partly decided"),
])  # fmt: skip
def test_a_wording_the_committee_turned_down_is_said_declined(pieces: list[tuple[str, bool]], zh: str, en: str) -> None:
    """(a bilingual trial's member page read "decided by the committee" for a wording turned down, as for one taken)"""
    from lawcomment.exports.data import decided_label

    assert decided_label(pieces, "en") == en
    zh_pieces = [(t.replace("rejected", "不采纳").replace("accepted", "采纳").replace("alternative 1 not chosen", "未选方案1")
                  .replace("taken into the final wording", "已纳入委员会最终措辞")
                  .replace("superseded by the final wording", "被委员会最终措辞取代")
                  .replace("final wording (decision #4)", "委员会最终措辞（决定#4）"), done) for t, done in pieces]
    assert decided_label(zh_pieces, "zh") == zh
