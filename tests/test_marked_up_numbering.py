"""Marked-up copies of a draft numbered by Word: the proposal keeps the draft's list labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.docx_builders import NUMBERING_REL, STYLES_REL, W, p, write_docx

EN = ["Test Regulation",
      ("Article 1", [(0, "This Regulation lays down rules."), (0, "It does not apply to processing:"),
                     (1, "in the course of a purely personal activity;"), (1, "by the Member States under the TEU;"),
                     (1, "by a natural person at home;"), (1, "by competent authorities."), (0, "It applies from 2027.")]),
      ("Article 2", [(0, "Member States may keep rules."), (0, "They shall notify them.")])]  # fmt: skip
ZH = ["测试法",
      ("第一条　本法不适用于下列情形：", [(1, "个人活动；"), (1, "国家机关依法履行职责；"), (1, "自然人在家庭中处理；"),
                                      (1, "其他情形。")]),
      ("第二条　本法自公布之日起施行。", [])]  # fmt: skip


def _numbering(zh: bool) -> str:
    lvl0 = ("decimal", "%1.")
    lvl1 = ("chineseCounting", "（%2）") if zh else ("lowerLetter", "(%2)")
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                     "</w:lvl>" for i, (fmt, text) in enumerate((lvl0, lvl1)))  # fmt: skip
    nums = "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride '
                   f'w:val="1"/></w:lvlOverride><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride>'
                   "</w:num>" for n in (1, 2))  # one list per article, restarted, as Word makes them  # fmt: skip
    return f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>{nums}</w:numbering>'


def _item(num: int, lvl: int, text: str, change: str | None, rid: int) -> str:
    rev = f'w:id="{rid}" w:author="Anna" w:date="2026-01-05T10:00:00Z"'
    mark = f"<w:rPr><w:{change} {rev}/></w:rPr>" if change else ""
    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr>{mark}</w:pPr>'
    if change == "del":
        return f'<w:p>{ppr}<w:del {rev}><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del></w:p>'
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
    return f"<w:p>{ppr}<w:ins {rev}>{run}</w:ins></w:p>" if change == "ins" else f"<w:p>{ppr}{run}</w:p>"


def _docx(path: Path, law: list, change: dict[tuple[int, int], str] | None = None) -> Path:  # type: ignore[type-arg]
    """``law``: the title, then (heading, [(level, text)]) per article, its points numbered by
    Word; ``change`` marks a point (article, index) as deleted or inserted by Anna, tracked."""
    body = p(law[0], "Title")
    for n, (head, items) in enumerate(law[1:], 1):
        body += p(head)
        body += "".join(_item(n, lvl, text, (change or {}).get((n, k)), 100 + 10 * n + k)
                        for k, (lvl, text) in enumerate(items))  # fmt: skip
    styles = f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>'
    return write_docx(path, body, parts={"word/numbering.xml": _numbering(law is ZH), "word/styles.xml": styles},
                      rels={"numbering.xml": NUMBERING_REL, "styles.xml": STYLES_REL})  # fmt: skip


def _with(law: list, article: int, at: int, item: tuple[int, str]) -> list:  # type: ignore[type-arg]
    head, items = law[article]
    return [*law[:article], (head, [*items[:at], item, *items[at:]]), *law[article + 1:]]


@pytest.fixture
def store(tmp_path: Path, runner):  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(tmp_path / "lc.db"), "--user", "tester", *args])

    for law, name in ((EN, "reg"), (ZH, "law")):
        for args in (["init"], ["draft", "add", str(_docx(tmp_path / f"{name}.docx", law)), "--name", name, "--version", "1"],
                     ["member", "add", "acme"]):  # fmt: skip
            result = run(*args)
            assert result.exit_code == 0 or args == ["init"] or args[:2] == ["member", "add"], result.output
    return run


def _proposed(run, draft: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    listed = json.loads(run("comment", "list", "--draft", draft, "--format", "json").output)["comments"]
    return [(c["eid"], c["stance"], c["proposed_text"]) for c in listed]


@pytest.mark.parametrize(("law", "draft", "proposed"), [
    (EN, "reg@1", "1. This Regulation lays down rules.\n2. It does not apply to processing:\n"
                  "(a) in the course of a purely personal activity;\n(c) by a natural person at home;\n"
                  "(d) by competent authorities.\n3. It applies from 2027."),
    (ZH, "law@1", "本法不适用于下列情形：\n（一）个人活动；\n（三）自然人在家庭中处理；\n（四）其他情形。"),
])  # fmt: skip
def test_a_deleted_auto_numbered_point_is_one_deletion_and_the_later_points_keep_their_labels(
        store, tmp_path: Path, law: list, draft: str, proposed: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    # Word's final view reads (a), (b) by a natural person…, (c): the member deleted one point, not relettered two
    marked = _docx(tmp_path / "marked.docx", law, {(1, 1 if law is ZH else 3): "del"})
    result = store("comment", "import", str(marked), "--draft", draft, "--member", "acme")
    assert (result.exit_code, result.stderr) == (0, "")
    assert _proposed(store, draft) == [("art_1", "amend", proposed)]
    out = store("merge", "--draft", draft).output
    assert out.count("  c1  ") == 1 and "  c2  " not in out  # one change: no relettered label proposed


def test_an_inserted_auto_numbered_point_takes_the_next_label_and_the_relettering_is_said(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    marked = _docx(tmp_path / "ins.docx", _with(EN, 1, 3, (1, "by a body of the Union;")), {(1, 3): "ins"})
    result = store("comment", "import", str(marked), "--draft", "reg@1", "--member", "acme")
    assert result.exit_code == 0
    assert result.stderr == (
        f"warning: {marked}: Anna inserted the numbered paragraph (b) after Article 1(2)(a) (art_1__para_2__item_1) "
        "(paragraph 6), where the draft already has a (b): read as (b), the draft's (b) and the points after it keeping "
        "their labels; adopting it makes the legislature reletter them\n")  # fmt: skip
    out = store("merge", "--draft", "reg@1").output
    assert ("            {+(b) by a body of the Union;\n"
            "            +}(b) by the Member States under the TEU;\n"
            "            (c) by a natural person at home;\n") in out  # fmt: skip
    assert out.count("  c1  ") == 1 and "  c2  " not in out


def test_a_point_added_at_the_end_of_its_list_is_not_a_relettering(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    marked = _docx(tmp_path / "end.docx", _with(EN, 1, 6, (1, "by courts.")), {(1, 6): "ins"})
    result = store("comment", "import", str(marked), "--draft", "reg@1", "--member", "acme")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "            {+(e) by courts.\n            +}3. It applies from 2027.\n" in store("merge", "--draft", "reg@1").output
