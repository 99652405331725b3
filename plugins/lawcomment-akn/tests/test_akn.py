"""The Akoma Ntoso export: structure, text fidelity, notes for every comment, CLI listing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("lawcomment_akn")

from lxml import etree  # noqa: E402

import lawcomment  # noqa: E402
from lawcomment.cli import cli  # noqa: E402
from lawcomment.consultation.decisions import decide  # noqa: E402

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
DRAFT = """# 示例法（草案）

<!-- INFO END -->

## 第一章 总则

第一条 为了规范示例活动，制定本法。

第二条 有下列情形之一的，适用本法：

（一）甲；

（二）乙。

前款规定以外的情形，由国务院规定。
"""


@pytest.fixture
def view(tmp_path: Path) -> lawcomment.Consultation:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    store, _ = lawcomment.create_store(tmp_path / "c.db", "staff")
    with store:
        lawcomment.add_draft_file(store, path, "demo", "1")
        store.add_member(lawcomment.Member("acme", "ACME & Co. <China>", "Pharma WG"))
        lawcomment.add_comment(store, "demo@1", "acme", "第一条", propose="为了规范和促进示例活动，制定本法。", reason="促进")
        lawcomment.add_comment(store, "demo@1", "acme", "第二条第一款第（二）项", reason="乙的范围？", stance="question")
        decide(store, "demo@1", "art_1", accept="c1")  # only accepted changes go out
        yield lawcomment.load_consultation(store, "demo@1")


def _export(view: lawcomment.Consultation) -> etree._Element:
    return etree.fromstring(lawcomment.export(view, "akn"))


def test_structure_keeps_eids_and_text(view: lawcomment.Consultation) -> None:
    root = _export(view)
    assert root.tag == f"{AKN}akomaNtoso"
    by_eid = {el.get("eId"): el for el in root.iter() if el.get("eId")}
    for unit in view.draft.walk():
        el = by_eid[unit.eid]
        assert el.tag == AKN + {"chapter": "chapter", "article": "article", "paragraph": "paragraph",
                                "item": "point"}[str(unit.kind)]  # fmt: skip
        if unit.label:
            assert el.findtext(f"{AKN}num") == unit.label
        if unit.text:
            texts = [p.text for p in el.iter(f"{AKN}p") if p.getparent().getparent() is el
                     or p.getparent().getparent().getparent() is el]  # fmt: skip
            assert unit.text in texts


def test_every_comment_is_a_note_referenced_from_its_unit(view: lawcomment.Consultation) -> None:
    root = _export(view)
    notes = {n.get("eId"): n for n in root.iter(f"{AKN}note")}
    assert set(notes) == {f"cmt_{c.id}" for c in view.comments} | {"pos_art_1"}
    assert [p.text for p in notes["pos_art_1"]] == ["为了规范和促进示例活动，制定本法。"]
    refs = {r.get("href")[1:]: r for r in root.iter(f"{AKN}noteRef")}
    assert set(refs) == set(notes)
    question = next(c for c in view.comments if str(c.stance) == "question")
    owner = refs[f"cmt_{question.id}"]
    while owner.get("eId") is None:
        owner = owner.getparent()
    assert owner.get("eId") == "art_2__para_1__item_2"
    assert notes[f"cmt_{question.id}"].get("refersTo") == "#member_acme"
    orgs = [o.get("showAs") for o in root.iter(f"{AKN}TLCOrganization")]
    assert "ACME & Co. <China>" in orgs  # escaped by the serializer, read back intact


def test_listed_and_exported_through_the_cli(view: lawcomment.Consultation, tmp_path: Path) -> None:
    runner = CliRunner()
    listing = runner.invoke(cli, ["plugins"])
    assert listing.exit_code == 0
    assert "akn (lawcomment-akn 0.1.0)  [entry point]\n    hooks: register_exporters\n    formats: akn\n" in listing.output
    out = tmp_path / "x.xml"
    result = runner.invoke(cli, ["--db", str(tmp_path / "c.db"), "export", "--draft", "demo@1", "--format", "akn",
                                 "-o", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out} (akn): demo@1, 1 article(s) changed in the submission, 0 unresolved conflict(s)\n"
    assert etree.parse(str(out)).getroot().tag == f"{AKN}akomaNtoso"


def test_the_documents_date_is_the_exports_date(view: lawcomment.Consultation, tmp_path: Path) -> None:
    out = tmp_path / "dated.xml"
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "c.db"), "export", "--draft", "demo@1", "--format", "akn",
                                      "--date", "2026-12-20", "-o", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    root = etree.parse(str(out)).getroot()
    assert {e.get("date") for e in root.iter(f"{AKN}FRBRdate")} == {"2026-12-20"}
    assert root.find(f".//{AKN}FRBRWork/{AKN}FRBRuri").get("value") == "/akn/cn/bill/2026-12-20/demo"
