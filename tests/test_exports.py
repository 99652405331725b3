"""HTML, Markdown, JSON and CSV exports, atomic writes, and the export/demo commands."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawcomment import ExportError, ExportOptions, Store, add_comment, export, hookimpl, load_consultation
from lawcomment.cli import cli
from lawcomment.exporters import Exporter
from lawcomment.plugins import make_plugin_manager, set_plugin_manager
from lawcomment.submission_data import CONSULTATION_SCHEMA, safe_cell
from lawcomment.submission_md import md_escape

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
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
    assert re.findall(r'<select id="lc-(\w+)"', page) == ["group", "status"]
    for group in ("Digital WG", "Pharma WG", "Retail WG"):
        assert f'<option value="{group}">' in page
    assert 'data-status="conflict" data-groups="Digital WG"' in page  # 第三十一条: everbright and fjord
    assert '<del title="Borealis Trading (Shanghai) Co.">利用自己的技能' in page


def test_markdown_redline_and_escaping() -> None:
    assert md_escape("第一条 *重要* [链接] <b>\n- 列表\n1. 编号") == \
        "第一条 \\*重要\\* \\[链接\\] &lt;b&gt;\n\\- 列表\n\\1. 编号"  # fmt: skip


def test_markdown_submission_and_adoption(demo: Path) -> None:
    md = (demo / "submission.md").read_text(encoding="utf-8")
    assert md.startswith("# 中华人民共和国电子商务法（草案）修改意见\n")
    assert "个人<del>利用自己的技能从事依法无须取得许可的便民劳务活动和零星小额交易活动</del><ins>从事零星小额交易活动</ins>" in md
    assert "**尚未解决的分歧**：「三」" in md
    adoption = (demo / "adoption.md").read_text(encoding="utf-8")
    assert "## 采纳情况: ecommerce@1 → ecommerce@2" in adoption and "| adopted |" in adoption


def test_json_covers_everything_with_a_documented_schema(demo: Path, demo_store: Store) -> None:
    doc = json.loads((demo / "consultation.json").read_text(encoding="utf-8"))
    assert doc["schema"] == CONSULTATION_SCHEMA
    stored = [c for c in demo_store.comments("ecommerce@1") if str(c.status) != "superseded"]
    assert sorted(c["id"] for c in doc["comments"]) == sorted(c.id for c in stored)
    assert doc["draft"]["schema"] == "lawcomment.draft/1" and len(doc["draft"]["articles"]) == 57
    assert [d["action"] for d in doc["decisions"]] == ["choose"]
    assert doc["adoption"]["old"] == "ecommerce@1" and doc["adoption"]["new"] == "ecommerce@2"
    art10 = next(p for p in doc["positions"] if p["eid"] == "art_10")
    conflict = art10["position"]["conflicts"][0]
    assert art10["status"] == "amended" and conflict["resolved"]
    assert conflict["alternatives"][conflict["chosen"] - 1]["supporters"] == ["borealis"]
    contract = README[README.index("### JSON contract (`lawcomment.consultation/1`)"):]
    for key in doc:
        assert f'"{key}"' in contract[:3000], key


def test_csv_tracking_sheet_is_excel_safe(nasty_store: Store, tmp_path: Path) -> None:
    data = export(load_consultation(nasty_store, "ecommerce@1"), "csv", tmp_path / "t.csv")
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["comment", "citation", "eid"]
    assert len(rows) - 1 == len(load_consultation(nasty_store, "ecommerce@1").comments)
    reasons = [r[10] for r in rows]
    assert NASTY in reasons and "'" + FORMULA in reasons and FORMULA not in reasons
    assert [safe_cell(x) for x in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=x", "ok", None)] == \
        ["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=x", "ok", ""]  # fmt: skip


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
    (["--format", "docx"], "Error: docx is a binary format: give -o FILE.docx"),
    (["--attribute", "members", "--anonymous", "-o", "x.docx"],
     "Error: --anonymous hides the members, so it cannot attribute changes to them (drop --attribute members)"),
    (["--intro", "missing.md", "-o", "x.docx"], "Error: missing.md: no such file"),
    (["--date", "21/11/2026", "-o", "x.docx"],
     "Error: --date '21/11/2026' is not an ISO 8601 date (2026-11-21 or 2026-11-21T09:00:00Z)"),
])  # fmt: skip
def test_export_errors(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
                       message: str) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--db", str(demo / "consultation.db"), "export", "--draft", "ecommerce@1", *args])
    assert result.exit_code == 1 and result.output.startswith(message), result.output
    assert not (tmp_path / "x.docx").exists()
    if "pdf" in args:
        assert "csv, docx, html, json, md" in result.output


def test_export_command_writes_and_prints(demo: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    Path(db).write_bytes((demo / "consultation.db").read_bytes())
    out = tmp_path / "s.docx"
    result = runner.invoke(cli, ["--db", db, "export", "--draft", "ecommerce@1", "-o", str(out), "--layout", "table"])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out} (docx): ecommerce@1, 6 article(s) with proposed changes, 1 unresolved conflict(s)\n"
    printed = runner.invoke(cli, ["--db", db, "export", "--draft", "ecommerce@1", "--format", "json"])
    assert json.loads(printed.output)["schema"] == CONSULTATION_SCHEMA


def test_demo_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["demo", "--out", "results"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "1. staff import the draft: ecommerce@1, 中华人民共和国电子商务法（草案） (57 articles)"
    assert "8. staff decide: #1 on 第十条 (art_10): borealis's wording; the conflict on 第三十一条 stays open" in lines
    assert "results in results/:" in lines
    for name in ("submission.docx", "submission-table.docx", "submission-en.docx", "review.html", "submission.md",
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
