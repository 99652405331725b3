"""Marked-up drafts: tracked changes become per-author proposals per article, Word comments
become anchored comments with threads; real Word files and LibreOffice-written files."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from lawcomment import load_draft
from lawcomment.docx.markup import read_markup
from lawcomment.docx.package import DocxPackage
from lawcomment.testing import Edit, draft_to_docx, mark_up
from tests.docx_builders import soffice_convert, tracked_docx, write_docx

DATA = Path(__file__).parent / "data"


def _edits(law, numbering: str = "typed") -> list[Edit]:  # type: ignore[no-untyped-def]
    # With auto-numbering the new paragraph takes the next number (第十四条), as in Word.
    new = "第十三条之一　" * (numbering == "typed") + "电子商务经营者应当公示其营业执照信息。"
    return [
        Edit("Alice Wang", "依法需要取得相关行政许可的", replace="需要取得行政许可的", comment="删去重复的“依法”"),
        Edit("Bob Li", "应当遵循自愿", comment="“自愿”一词是否必要？", replies=(("Alice Wang", "建议保留"),), done=True),
        Edit("Bob Li", law.find("art_13__para_1").text[:12], new_paragraph=new),
        Edit("Alice Wang", law.find("art_20__para_1").text[:12], delete_paragraph=True),
        Edit("Bob Li", "保证其网络安全", comment="建议增加数据安全", point=True),
    ]


def _marked(tmp_path: Path, numbering: str = "typed", convention: str = "end") -> Path:
    law = load_draft(DATA / "ecommerce-law.md")
    clean = draft_to_docx(law, tmp_path / f"clean-{numbering}.docx", numbering=numbering)  # type: ignore[arg-type]
    marked = mark_up(clean, tmp_path / f"marked-{numbering}.docx", _edits(law, numbering))
    return marked if convention == "end" else _enter_at_start(marked)


def _enter_at_start(path: Path) -> Path:
    """Rewrite mark_up's new paragraphs (Enter at the end of the paragraph before: that
    paragraph's mark inserted) the other way Word records them (typed at the start of the
    next paragraph, then Enter: the new paragraph's own mark inserted)."""
    import zipfile

    from lxml import etree

    w = f"{{{W}}}"
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    moved = 0
    for p in list(root.iter(f"{w}p")):
        new = p.getnext()
        mark = p.find(f"{w}pPr/{w}rPr/{w}ins")
        if mark is None or new is None or new.tag != f"{w}p" or new.find(f"{w}ins") is None:
            continue
        if any(r.getparent().tag != f"{w}ins" and r.findtext(f"{w}t") for r in new.iter(f"{w}r")):
            continue  # not a paragraph of new text only
        ppr = new.find(f"{w}pPr")
        if ppr is None:
            ppr = etree.Element(f"{w}pPr")
            new.insert(0, ppr)
        rpr = ppr.find(f"{w}rPr")
        if rpr is None:
            rpr = etree.SubElement(ppr, f"{w}rPr")
        rpr.append(mark)
        moved += 1
    assert moved, "no new paragraph found"
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = path.with_name(path.stem + "-start.docx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out


def _listed(run) -> list[dict]:  # type: ignore[no-untyped-def]
    return json.loads(run("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)["comments"]


def _summary(comments: list[dict]) -> list[tuple]:
    return [(c["eid"], c["member"], c["stance"], c["quote"], c["proposed_text"], c["body"], c["status"],
             c["source"]["kind"], c["source"]["author"], c["thread"] is not None) for c in comments]  # fmt: skip


def _expected(numbering: str) -> list[tuple]:
    label = "第十三条之一" if numbering == "typed" else "第十四条"
    return [(*row[:5], row[5].replace("第十三条之一", label), *row[6:]) for row in EXPECTED]


EXPECTED = [
    ("art_5__para_1", "beta", "question", "应当遵循自愿", None, "“自愿”一词是否必要？", "resolved", "docx-comment", "Bob Li", False),
    ("art_5__para_1", "acme", "comment", "应当遵循自愿", None, "建议保留", "open", "docx-comment", "Alice Wang", True),
    ("art_12", "acme", "amend", "", "电子商务经营者从事经营活动，需要取得行政许可的，应当依法取得行政许可。", "", "open",
     "docx-revision", "Alice Wang", False),
    ("art_12__para_1", "acme", "comment", "依法需要取得相关行政许可的", None, "删去重复的“依法”", "open", "docx-comment",
     "Alice Wang", False),
    ("art_13", "beta", "insert", "", "电子商务经营者应当公示其营业执照信息。", "",
     "open", "docx-revision", "Bob Li", False),
    ("art_20", "acme", "delete", "", None, "", "open", "docx-revision", "Alice Wang", False),
    ("art_30__para_1", "beta", "comment", "", None, "建议增加数据安全", "open", "docx-comment", "Bob Li", False),
]  # fmt: skip


@pytest.fixture
def authors(tmp_path: Path) -> Path:
    path = tmp_path / "authors.csv"
    path.write_text("author,member\nAlice Wang,acme\nBob Li,beta\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("convention", ["end", "start"])
@pytest.mark.parametrize("numbering", ["typed", "auto"])
def test_marked_up_draft_yields_proposals_and_comments(consultation, tmp_path: Path, authors: Path, numbering: str,
                                                       convention: str) -> None:  # fmt: skip
    marked = _marked(tmp_path, numbering, convention)
    result = consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--author-map", str(authors))
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.output == f"{marked}: marked-up draft into ecommerce@1: 7 added, 0 already there, 0 superseded\n"
    listed = _listed(consultation)
    assert _summary(listed) == _expected(numbering)
    point = listed[-1]  # a point comment right after 保证其网络安全
    assert point["selector"] == {"exact": "", "prefix": "电子商务平台经营者应当采取技术措施和其他必要措施保证其网络安全",
                                 "suffix": "、稳定运行，防范网络违法犯罪活动，有效应对网络安全事件，保障电子", "offset": 31}  # fmt: skip
    reply = listed[1]
    assert reply["thread"] == listed[0]["id"]
    assert listed[2]["source"]["position"].startswith("paragraph ")
    again = consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--author-map", str(authors))
    assert again.output == f"{marked}: marked-up draft into ecommerce@1: 0 added, 7 already there, 0 superseded\n"


def test_an_author_map_with_chinese_headers_is_read(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial) 作者,会员, as member and comment files take Chinese headers."""
    marked = _marked(tmp_path, "typed", "end")
    chinese = tmp_path / "作者.csv"
    chinese.write_text("作者,会员\nAlice Wang,acme\nBob Li,beta\n", encoding="utf-8")
    result = consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--author-map", str(chinese))
    assert (result.exit_code, result.output) == (0, f"{marked}: marked-up draft into ecommerce@1: 7 added, 0 already there, "
                                                    "0 superseded\n")  # fmt: skip
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("name,company\nAlice Wang,acme\n", encoding="utf-8")
    refused = consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--author-map", str(wrong))
    assert (refused.exit_code, refused.stderr) == (1, f"Error: {wrong}: line 1: an author map needs the columns author,member "
                                                      "(作者,会员)\n")  # fmt: skip


def test_a_newer_file_from_the_same_member_supersedes(consultation, tmp_path: Path, authors: Path) -> None:
    law = load_draft(DATA / "ecommerce-law.md")
    clean = draft_to_docx(law, tmp_path / "clean.docx")
    first = mark_up(clean, tmp_path / "v1.docx", [Edit("Alice Wang", "相关行政许可", replace="行政许可")])
    second = mark_up(clean, tmp_path / "v2.docx", [Edit("Alice Wang", "相关行政许可", replace="有关行政许可")])
    consultation("comment", "import", str(first), "--draft", "ecommerce@1", "--member", "acme")
    result = consultation("comment", "import", str(second), "--draft", "ecommerce@1", "--member", "acme")
    assert result.output.endswith("1 added, 0 already there, 1 superseded\n")
    history = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--all", "--format", "json").output)
    assert [(c["status"], c["proposed_text"], c["supersedes"]) for c in history["comments"]] == [
        ("superseded", "电子商务经营者从事经营活动，依法需要取得行政许可的，应当依法取得行政许可。", None),
        ("open", "电子商务经营者从事经营活动，依法需要取得有关行政许可的，应当依法取得行政许可。", 1)]
    # each names the other (a trial's superseded comment showed only how it was carried)
    assert "\n  replaced by: #2\n" in consultation("comment", "show", "1").stdout
    assert "\n  replaces: #1\n" in consultation("comment", "show", "2").stdout


def test_a_copy_replacing_a_typed_wording_quotes_what_leaves_the_merge(consultation, tmp_path: Path) -> None:
    """(a trial of 反洗钱法) A colleague's marked-up copy, inserting two words, replaced the member's typed wording of
    the article, a sentence added and its reason: the import said only `#2 replaces #1`. What leaves the merge is
    quoted; a corrected copy of the same kind (its own revision) says nothing more."""
    law = load_draft(DATA / "ecommerce-law.md")
    clean = draft_to_docx(law, tmp_path / "clean.docx")
    typed = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条", "--propose",
                         "电子商务经营者从事经营活动，依法需要取得相关行政许可的，应当依法取得行政许可，并予以公示。",
                         "--reason", "许可信息应当公开。")  # fmt: skip
    assert typed.exit_code == 0, typed.output
    marked = mark_up(clean, tmp_path / "m.docx", [Edit("Alice Wang", "相关行政许可", replace="行政许可")])
    result = consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--member", "acme")
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"warning: {marked}: #2 replaces #1 (acme) on 第十二条 (art_12)\n"
                             f"warning: {marked}: #1 leaves the merge with its wording (「电子商务经营者从事经营活动，依法需要取得相关行政许"
                             "可的，应当依法取得行政许可，并…」) and its reason (「许可信息应当公开。」), which #2 does not give\n")  # fmt: skip
    again = mark_up(clean, tmp_path / "m2.docx", [Edit("Alice Wang", "相关行政许可", replace="有关行政许可")])
    second = consultation("comment", "import", str(again), "--draft", "ecommerce@1", "--member", "acme")
    assert second.stderr == f"warning: {again}: #3 replaces #2 (acme) on 第十二条 (art_12)\n", second.stderr


@pytest.mark.parametrize("numbering", ["typed", "auto"])
def test_an_article_left_with_only_its_label_is_deleted(consultation, tmp_path: Path, numbering: str) -> None:
    """All text of 第二十条 deleted but not its paragraph mark: Word shows the bare label
    (typed, or the list number), and the proposal is to delete the article, not to empty it."""
    law = load_draft(DATA / "ecommerce-law.md")
    clean = draft_to_docx(law, tmp_path / "clean.docx", numbering=numbering)  # type: ignore[arg-type]
    marked = mark_up(clean, tmp_path / "m.docx", [Edit("Alice Wang", law.find("art_20__para_1").text, replace="")])
    result = consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--member", "acme")
    assert (result.exit_code, result.stderr) == (0, "")
    assert [(c["eid"], c["stance"], c["proposed_text"]) for c in _listed(consultation)] == [("art_20", "delete", None)]


def test_unknown_authors_are_listed(consultation, tmp_path: Path) -> None:
    marked = _marked(tmp_path)
    result = consultation("comment", "import", str(marked), "--draft", "ecommerce@1")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {marked}: Word authors found: 'Alice Wang', 'Bob Li'; map each to a member "
                             "with --member or --author-map (a CSV with the columns author,member)\n"
                             "  author 'Alice Wang' is not mapped to a member\n"
                             "  author 'Bob Li' is not mapped to a member\n")  # fmt: skip
    assert _listed(consultation) == []


def test_an_author_mapped_to_no_member_names_the_map_and_its_line(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    marked = _marked(tmp_path)
    typo = tmp_path / "authors-typo.csv"
    typo.write_text("author,member\nAlice Wang,acme\nBob Li,betta\n", encoding="utf-8")
    result = consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--author-map", str(typo))
    assert result.exit_code == 1
    assert result.stderr.endswith(f"  author 'Bob Li' maps to unknown member 'betta' ({typo}, line 3)\n")
    assert _listed(consultation) == []


def test_authors_match_member_org_or_email(consultation, tmp_path: Path) -> None:
    consultation("member", "add", "alice", "--org", "Alice Wang")
    consultation("member", "add", "bob", "--email", "bob li")
    result = consultation("comment", "import", str(_marked(tmp_path)), "--draft", "ecommerce@1")
    assert result.exit_code == 0
    assert {c["member"] for c in _listed(consultation)} == {"alice", "bob"}


def test_member_option_takes_every_author(consultation, tmp_path: Path) -> None:
    result = consultation("comment", "import", str(_marked(tmp_path)), "--draft", "ecommerce@1", "--member", "beta")
    assert result.exit_code == 0
    listed = _listed(consultation)
    assert {c["member"] for c in listed} == {"beta"} and {c["source"]["author"] for c in listed} == {"Alice Wang", "Bob Li"}


def test_a_file_of_another_version_is_refused(consultation, tmp_path: Path) -> None:
    law = load_draft(DATA / "ecommerce-law.md")
    text = (DATA / "ecommerce-law.md").read_text(encoding="utf-8").replace("第十二条 电子商务经营者从事经营活动",
                                                                           "第十二条 电子商务经营者开展经营活动")  # fmt: skip
    other = tmp_path / "other.md"
    other.write_text(text, encoding="utf-8")
    marked = mark_up(draft_to_docx(load_draft(other), tmp_path / "o.docx"), tmp_path / "om.docx",
                     [Edit("Alice Wang", "相关行政许可", replace="行政许可")])  # fmt: skip
    result = consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--member", "acme")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {marked}: not a draft of ecommerce@1 (with its changes rejected, 第十二条 (art_12) "
                             "differs from the stored text); was it made from another version, edited with Track Changes off "
                             "(Review > Track Changes, 审阅 > 修订), or were the changes accepted?\n")  # fmt: skip
    assert law.find("art_12") is not None and _listed(consultation) == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_submission_table_imported_as_markup_is_named_for_what_it_is(consultation, tmp_path: Path, lang: str) -> None:
    # a trial: the committee's own 条文 | 修改建议 | 理由 table, imported as a member's markup, was "not a draft of …
    # were the changes accepted?"
    consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条", "--quote", "相关",
                 "--propose", "电子商务经营者从事经营活动，依法需要取得行政许可的，应当依法取得行政许可。")  # fmt: skip
    table = tmp_path / "table.docx"
    made = consultation("export", "--draft", "ecommerce@1", "--layout", "table", "--include-unreviewed", "--lang", lang,
                        "-o", str(table))  # fmt: skip
    assert made.exit_code == 0, made.output
    result = consultation("comment", "import", str(table), "--draft", "ecommerce@1", "--member", "beta")
    assert (result.exit_code, result.stderr) == (1, (
        f"Error: {table}: a submission table (条文 | 修改建议 | 理由, `export --layout table`), not a copy of ecommerce@1: "
        "only a copy of the draft is read as a member's markup (`export --format draft`, or the articles layout of the "
        "submission)\n"))  # fmt: skip
    assert len(_listed(consultation)) == 1
    from lawcomment.exports.messages import localized

    assert localized(result.stderr[len("Error: "):-1], "zh") == (
        f"{table}：这是意见对照表（条文 | 修改建议 | 理由），不是草案ecommerce@1的副本：只能导入在草案副本上所作的修订")


def test_the_associations_own_changes_are_never_a_members(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a trial imported the association's own submission with --member haiyun: the committee's nine positions became
    # haiyun's comments and replaced haiyun's own proposals, said only as "the file holds 9 of the 70 articles"
    assert consultation("store", "association", "外商投资企业协会法律委员会").exit_code == 0
    consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条", "--quote", "相关",
                 "--propose", "电子商务经营者从事经营活动，依法需要取得行政许可的，应当依法取得行政许可。")  # fmt: skip
    submission = tmp_path / "submission.docx"
    assert consultation("export", "--draft", "ecommerce@1", "--include-unreviewed", "-o", str(submission)).exit_code == 0
    result = consultation("comment", "import", str(submission), "--draft", "ecommerce@1", "--member", "beta")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"Error: {submission}: every tracked change and Word comment in it is by 外商投资企业协会法律委员会, the "
        "association itself (`store association`): the association's own submission, not a member's markup; members "
        "mark up the members' copy (`export --format draft`)\n"))  # fmt: skip
    assert [c["member"] for c in _listed(consultation)] == ["acme"]
    # a member who marks up the submission sent round: its own changes are read, the association's set aside
    marked = mark_up(submission, tmp_path / "marked.docx", [Edit("Bob Li", "应当依法取得行政许可", comment="“依法”一词是否必要？")])
    result = consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--member", "beta")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"warning: {marked}: the file holds 1 of the 89 articles of ecommerce@1\n"
        f"warning: {marked}: the 1 tracked change(s) and 0 Word comment(s) by 外商投资企业协会法律委员会, the association "
        "itself, are set aside (the submission's own, no member's); the other authors' are read\n")  # fmt: skip
    assert [(c["member"], c["stance"], c["body"]) for c in _listed(consultation)] == [
        ("acme", "amend", ""), ("beta", "question", "“依法”一词是否必要？")]
    # a member's change in a paragraph the association changed too: read with the association's rejected, said
    beside = mark_up(submission, tmp_path / "beside.docx", [Edit("Bob Li", "应当依法取得行政许可", replace="应当取得行政许可")])
    result = consultation("comment", "import", str(beside), "--draft", "ecommerce@1", "--member", "beta")
    assert result.exit_code == 0, result.output
    assert (f"warning: {beside}: Bob Li's changes in 第十二条 (art_12) stand in paragraphs the association changed too: "
            "read with the association's changes rejected; check each reads as meant\n") in result.stderr
    # named in an author map, the association's changes are that member's, as staff say
    authors = tmp_path / "authors.csv"
    authors.write_text("author,member\n外商投资企业协会法律委员会,beta\n", encoding="utf-8")
    result = consultation("comment", "import", str(submission), "--draft", "ecommerce@1", "--author-map", str(authors))
    assert result.exit_code == 0 and "set aside" not in result.stderr
    assert ("beta", "amend") in [(c["member"], c["stance"]) for c in _listed(consultation)]


def test_changes_outside_articles_are_warned_not_dropped_silently(consultation, tmp_path: Path) -> None:
    law = load_draft(DATA / "ecommerce-law.md")
    marked = mark_up(draft_to_docx(law, tmp_path / "c.docx"), tmp_path / "m.docx",
                     [Edit("Alice Wang", "中华人民共和国电子商务法", replace="电子商务法（修订草案）", comment="标题")])
    result = consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--member", "acme")
    assert result.exit_code == 0
    assert result.stderr == (
        f"warning: {marked}: tracked changes by Alice Wang in 1 paragraph(s) outside any article were not imported: "
        "the title (paragraph 1)\n"
        f"warning: {marked}: comment 1002 by Alice Wang is on the title, outside any article; anchored at the document\n")  # fmt: skip
    assert [(c["eid"], c["body"]) for c in _listed(consultation)] == [(None, "标题")]


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _move_doc(tmp_path: Path) -> Path:
    def run(text: str, tag: str = "t") -> str:
        return f'<w:r><w:{tag} xml:space="preserve">{text}</w:{tag}></w:r>'

    body = (
        "<w:p>" + run("第一条　甲乙丙。") + "</w:p>"
        '<w:p>' + run("第二条　丁") + '<w:moveFrom w:id="1" w:author="Mover">' + run("戊") + "</w:moveFrom>" + run("己。") + "</w:p>"
        '<w:p>' + run("第三条　庚") + '<w:moveTo w:id="2" w:author="Mover">' + run("戊") + "</w:moveTo>" + run("辛。") + "</w:p>"
        '<w:p><w:pPr><w:rPr><w:ins w:id="3" w:author="Splitter"/></w:rPr></w:pPr>' + run("第四条　壬") + "</w:p>"
        '<w:p><w:ins w:id="4" w:author="Splitter">' + run("新的一款。") + "</w:ins>" + run("") + "</w:p>"
        "<w:p>" + run("第五条　癸。") + "</w:p>"
    )  # fmt: skip
    return write_docx(tmp_path / "moves.docx", body)


def test_moves_and_paragraph_marks(consultation, tmp_path: Path) -> None:
    path = _move_doc(tmp_path)
    assert consultation("draft", "add", str(path), "--name", "m", "--version", "1", "--reject-changes").exit_code == 0
    result = consultation("comment", "import", str(path), "--draft", "m@1", "--member", "acme")
    assert result.exit_code == 0, result.stderr
    listed = json.loads(consultation("comment", "list", "--draft", "m@1", "--format", "json").output)["comments"]
    assert [(c["eid"], c["source"]["author"], c["proposed_text"]) for c in listed] == [
        ("art_2", "Mover", "丁己。"), ("art_3", "Mover", "庚戊辛。"), ("art_4", "Splitter", "壬\n新的一款。")]


def test_a_selection_across_an_articles_end_and_the_next_ones_label_retyped_changes_only_what_was_changed(
        consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    # a trial (专利法实施细则): 「发明创造。¶第十一条　除专利法第二十八条和第四十二条规定」 selected and retyped without
    # 和第四十二条; Word deletes it all and puts the words in again on either side of the paragraph mark it
    # inserts. Read as if the paragraphs stayed apart, 第十条 lost 发明创造。 and 第十一条 began with it.
    def run(text: str, tag: str = "t") -> str:
        return f'<w:r><w:{tag} xml:space="preserve">{text}</w:{tag}></w:r>'

    def rev(kind: str, n: int, text: str) -> str:
        return f'<w:{kind} w:id="{n}" w:author="Zhang Wei">' + run(text, "delText" if kind == "del" else "t") + f"</w:{kind}>"

    mark = '<w:pPr><w:rPr><w:{kind} w:id="{n}" w:author="Zhang Wei"/></w:rPr></w:pPr>'
    body = (
        "<w:p>" + run("第九条　国家鼓励发明创造。") + "</w:p>"
        "<w:p>" + mark.format(kind="del", n=1) + run("第十条　违反法律的") + rev("del", 2, "发明创造。") + "</w:p>"
        "<w:p>" + mark.format(kind="ins", n=3) + rev("del", 4, "第十一条　除专利法第二十八条和第四十二条规定") + rev("ins", 5, "发明创造。") + "</w:p>"
        "<w:p>" + rev("ins", 6, "第十一条　除专利法第二十八条规定") + run("的情形外，申请日是指优先权日。") + "</w:p>"
        "<w:p>" + run("第十二条　本细则自公布之日起施行。") + "</w:p>"
    )  # fmt: skip
    path = write_docx(tmp_path / "across.docx", body)
    assert consultation("draft", "add", str(path), "--name", "m", "--version", "1", "--reject-changes").exit_code == 0
    result = consultation("comment", "import", str(path), "--draft", "m@1", "--member", "acme")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (f"warning: {path}: the tracked changes by Zhang Wei in 第十条 (art_10) change nothing on their "
                             "own (formatting only, or edits of another author's insertions); no proposal recorded\n")  # fmt: skip
    listed = json.loads(consultation("comment", "list", "--draft", "m@1", "--format", "json").output)["comments"]
    assert [(c["eid"], c["proposed_text"]) for c in listed] == [("art_11", "除专利法第二十八条规定的情形外，申请日是指优先权日。")]


def test_a_deletion_across_an_articles_end_and_the_next_ones_label_is_said_as_two_proposals_to_decide_together(
        consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    # a trial (著作权法): 「不受限制。¶第二十三条　」 deleted, joining 第二十二条 and 第二十三条's first 款: read as two
    # proposals, unsaid; staff accepting one alone would print those words twice, or drop them
    def run(text: str, tag: str = "t") -> str:
        return f'<w:r><w:{tag} xml:space="preserve">{text}</w:{tag}></w:r>'

    def rev(kind: str, n: int, text: str) -> str:
        return f'<w:{kind} w:id="{n}" w:author="Zhang Wei">' + run(text, "delText" if kind == "del" else "t") + f"</w:{kind}>"

    body = (
        "<w:p>" + run("第一条　为了保护作者的权益，制定本法。") + "</w:p>"
        '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="Zhang Wei"/></w:rPr></w:pPr>' + run("第二条　作者的署名权")
        + rev("del", 2, "不受限制。") + "</w:p>"
        "<w:p>" + rev("del", 3, "第三条　") + run("自然人的作品，其发表权的保护期为五十年。") + "</w:p>"
        "<w:p>" + run("法人的作品，其发表权的保护期为五十年。") + "</w:p>"
        "<w:p>" + run("第四条　本法自公布之日起施行。") + "</w:p>"
    )  # fmt: skip
    path = write_docx(tmp_path / "joined.docx", body)
    assert consultation("draft", "add", str(path), "--name", "j", "--version", "1", "--reject-changes").exit_code == 0
    result = consultation("comment", "import", str(path), "--draft", "j@1", "--member", "acme")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(
        f"warning: {path}: Zhang Wei deleted the label of 第三条 (art_3) and the paragraph mark before it, joining its words "
        "to 第二条 (art_2): read as two proposals, 第二条 (art_2) taking those words in and 第三条 (art_3) losing them; "
        "decide the two together (one alone prints the words twice, or drops them)\n")  # fmt: skip
    listed = json.loads(consultation("comment", "list", "--draft", "j@1", "--format", "json").output)["comments"]
    assert [(c["eid"], c["proposed_text"]) for c in listed] == [
        ("art_2", "作者的署名权自然人的作品，其发表权的保护期为五十年。"), ("art_3", "法人的作品，其发表权的保护期为五十年。")]


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p.write_bytes(b"PK\x03\x04 broken"), "not a .docx file (not a zip archive, or a corrupt one)"),
    (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100),
     "this is an encrypted (password-protected) Word file or an old .doc; save it as an unprotected .docx"),
])  # fmt: skip
def test_unreadable_files(consultation, tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.docx"
    make(path)
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1", "--member", "acme")
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: {message}\n")


def test_macro_files_are_refused(consultation, tmp_path: Path) -> None:
    path = tmp_path / "macro.docm"
    shutil.copy(_marked(tmp_path), path)
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1", "--member", "acme")
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: macro-enabled documents (.docm) are not accepted; save as .docx\n")


# -- real Word files -------------------------------------------------------------------------------


def _word_files() -> list[Path]:
    counts = json.loads((DATA / "docx-counts.json").read_text(encoding="utf-8"))
    return [DATA / name for name in sorted(counts)]


def _unmarked(path: Path, ref: str) -> str:
    """The error of a copy of ``ref`` with no tracked change and no Word comment in it."""
    return (f"Error: {path}: no tracked change and no Word comment in it: nothing imported into {ref}, no import "
            "recorded (is it the copy sent to members? Their edits are read from tracked changes: turn on Track Changes "
            "(Review > Track Changes, 审阅 > 修订) before editing the copy, or add Word comments, then import it again)\n")


def _unread(path: Path, ref: str) -> str:
    """The error of a copy of ``ref`` whose tracked changes and Word comments give no comment."""
    return (f"Error: {path}: its tracked changes and Word comments give no comment (its warnings say why): nothing "
            f"imported into {ref}, no import recorded\n")


def _check_word_file(run, path: Path, expected: dict) -> None:  # type: ignore[no-untyped-def]
    markup = read_markup(DocxPackage(path))
    comments = markup.comments.values()
    assert (len(markup.comments), sum(1 for c in comments if c.parent), sum(1 for c in comments if c.done)) == (
        expected["comments"], expected["comment_replies_w15"], expected["comments_done_w15"])
    assert [markup.counts[k] for k in ("ins", "del", "moveFrom", "moveTo")] == [
        expected["ins"], expected["del"], expected["moveFrom"], expected["moveTo"]]
    # The manifest quotes author attributes as written in the XML (&lt; for <).
    assert sorted(markup.authors()) == sorted(html.unescape(a) for a in expected["revision_authors"])
    name = path.stem.replace(" ", "_")
    assert run("draft", "add", str(path), "--name", name, "--version", "1", "--reject-changes").exit_code == 0
    result = run("comment", "import", str(path), "--draft", f"{name}@1", "--member", "acme")
    listed = json.loads(run("comment", "list", "--draft", f"{name}@1", "--format", "json").output)["comments"]
    if not listed:  # nothing in it gives a comment: an error saying what it lacks
        lacks = _unread if markup.comments or markup.revisions or markup.outside else _unmarked
        assert (result.exit_code, result.stdout) == (1, ""), result.output
        assert result.stderr.endswith(lacks(path, f"{name}@1")), result.stderr
    else:
        assert result.exit_code == 0, result.stderr
    word = [c for c in listed if c["source"]["kind"] == "docx-comment"]
    assert len(word) == expected["comments"]
    assert sum(1 for c in word if c["thread"]) == expected["comment_replies_w15"]
    assert sum(1 for c in word if c["status"] == "resolved") == expected["comments_done_w15"]
    proposals = [c for c in listed if c["source"]["kind"] == "docx-revision"]
    silent = result.stderr.count("change nothing on their own")
    assert len(proposals) + silent == len(expected["revision_authors"])
    assert all(c["eid"] is None for c in listed)  # not laws: anchored at the document


@pytest.mark.parametrize("path", _word_files(), ids=lambda p: p.name)
def test_real_word_files_bundled(consultation, path: Path) -> None:
    counts = json.loads((DATA / "docx-counts.json").read_text(encoding="utf-8"))
    _check_word_file(consultation, path, counts[path.name])


def test_every_word_file_of_the_corpus(consultation, corpus: Path, manifest: dict) -> None:
    for entry in manifest["docx"]:
        _check_word_file(consultation, corpus / entry["file"], entry)


@pytest.mark.libreoffice
def test_libreoffice_written_file_imports_identically(consultation, tmp_path: Path, authors: Path, soffice: str) -> None:
    marked = _marked(tmp_path, "auto")
    out = tmp_path / "lo"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--norestore",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(marked)],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    rewritten = out / marked.name
    assert rewritten.read_bytes() != marked.read_bytes()
    result = consultation("comment", "import", str(rewritten), "--draft", "ecommerce@1", "--author-map", str(authors))
    assert result.exit_code == 0, result.stderr
    listed = _listed(consultation)
    # LibreOffice keeps every comment, range, author, date and done flag, and every tracked
    # change, but does not write reply threads (no w15:paraIdParent): the reply comes
    # back as a comment on the same words. Everything else is identical.
    expected = _expected("auto")
    assert [row[:-1] for row in _summary(listed)] == [row[:-1] for row in expected]
    assert [row[-1] for row in _summary(listed)] == [False] * len(expected)


def test_round_trips_on_a_real_law_from_the_corpus(consultation, corpus: Path, tmp_path: Path) -> None:
    """专利法 (2020) from ../shared: marked-up draft and comment form, both back to proposals."""
    source = corpus / "zh" / "民法商法" / "专利法(2020-10-17).md"
    law = load_draft(source)
    assert consultation("draft", "add", str(source), "--name", "patent", "--version", "current").exit_code == 0
    art = law.find("art_22__para_2").text
    marked = mark_up(draft_to_docx(law, tmp_path / "patent.docx", numbering="auto"), tmp_path / "patent-marked.docx",
                     [Edit("Alice Wang", art[:8], replace=art[:8] + "（含实用新型）", comment="范围")])  # fmt: skip
    result = consultation("comment", "import", str(marked), "--draft", "patent@current", "--member", "acme")
    assert result.exit_code == 0, result.stderr
    listed = json.loads(consultation("comment", "list", "--draft", "patent@current", "--format", "json").output)["comments"]
    proposal = next(c for c in listed if c["source"]["kind"] == "docx-revision")
    expected = law.find("art_22").body().replace(art[:8], art[:8] + "（含实用新型）", 1)
    assert (proposal["eid"], proposal["proposed_text"]) == ("art_22", expected)
    assert [(c["eid"], c["quote"]) for c in listed if c["source"]["kind"] == "docx-comment"] == [("art_22__para_2", art[:8])]
    form = tmp_path / "patent-form.docx"
    assert consultation("form", "make", "--draft", "patent@current", "--member", "beta", "-o", str(form)).exit_code == 0
    import docx as python_docx

    doc = python_docx.Document(str(form))
    # the header, then 第一条 … 第二十二条 (a chapter's heading row across the table, above its first article, left out)
    row = [r for r in doc.tables[1].rows if len({id(c._tc) for c in r.cells}) > 1][22]
    row.cells[2].text = expected
    row.cells[3].text = "明确范围"
    doc.save(str(form))
    assert consultation("comment", "import", str(form)).exit_code == 0
    listed = json.loads(consultation("comment", "list", "--draft", "patent@current", "--member", "beta",
                                     "--format", "json").output)["comments"]  # fmt: skip
    assert [(c["eid"], c["proposed_text"], c["source"]["kind"]) for c in listed] == [("art_22", expected, "form")]


# -- new and deleted paragraphs: which article they belong to ---------------------------------------
# Word records a new paragraph in one of two ways. Enter at the END of paragraph P: P's own
# mark is the inserted one and the new paragraph carries P's old mark ("end"). Typing at the
# START of the next paragraph Q, then Enter: the new paragraph's own mark is inserted and Q
# is untouched ("start"). A deleted paragraph likewise loses its own mark ("own") or the one
# before it ("preceding"). Either way the accepted text is the same, and so must the proposals be.

SAMPLE_TITLE = "示例法（草案）"
SAMPLE = ["第六十五条　经营者应当依法纳税。",
          "第六十六条　有下列情形之一的，由主管部门责令改正：",
          "（一）未公示营业执照信息的；",
          "（二）未履行告知义务的。",
          "第六十七条　经营者应当保护消费者个人信息。",
          "经营者不得泄露消费者个人信息。",
          "第六十八条　经营者应当依法接受监督。",
          "第六十九条　本法自公布之日起施行。"]  # fmt: skip
NEW_ARTICLE = "[+第六十五条之一　经营者应当依法开具发票。+]"
NEW_ITEM = "[+（三）未按规定开具发票的。+]"
NEW_PARA = "[+经营者应当建立个人信息保护制度。+]"


def _sample_lines(kind: str, convention: str) -> tuple[list[str], dict[int, str]]:
    """The reviewer's copy of SAMPLE as tracked_docx lines, and its comments (line → text)."""
    s = SAMPLE
    if kind == "new":
        # a new article after 第六十五条, a new 项 after the last 项 of 第六十六条, a new 款 after
        # the last 款 of 第六十七条: each just before the next article
        if convention == "end":
            lines = [s[0] + "¶+", NEW_ARTICLE, s[1], s[2], s[3] + "¶+", NEW_ITEM, s[4], s[5] + "¶+", NEW_PARA,
                     s[6], s[7]]  # fmt: skip
        else:
            lines = [s[0], NEW_ARTICLE + "¶+", s[1], s[2], s[3], NEW_ITEM + "¶+", s[4], s[5], NEW_PARA + "¶+",
                     s[6], s[7]]  # fmt: skip
        return lines, {8: "新增一款"}
    # 第六十六条第（二）项 and the whole of 第六十八条 deleted
    item, art = f"[-{s[3]}-]", f"[-{s[6]}-]"
    if convention == "own":
        return [s[0], s[1], s[2], item + "¶-", s[4], s[5], art + "¶-", s[7]], {}
    return [s[0], s[1], s[2] + "¶-", item, s[4], s[5] + "¶-", art, s[7]], {}


def _sample_docx(path: Path, kind: str, convention: str) -> Path:
    lines, comments = _sample_lines(kind, convention)
    return tracked_docx(path, lines, SAMPLE_TITLE, comments=comments)


#: The same files as saved by LibreOffice 7.4 (see tests/data/SOURCES.md).
SAMPLE_FILES = {("new", "end"): "lawcomment__new-paragraphs-enter-at-end.docx",
                ("new", "start"): "lawcomment__new-paragraphs-enter-at-start.docx",
                ("deleted", "own"): "lawcomment__deleted-paragraphs-own-mark.docx",
                ("deleted", "preceding"): "lawcomment__deleted-paragraphs-preceding-mark.docx"}  # fmt: skip


def _sample_file(tmp_path: Path, kind: str, convention: str, writer: str) -> Path:
    if writer == "libreoffice":
        return DATA / SAMPLE_FILES[(kind, convention)]
    return _sample_docx(tmp_path / f"{kind}-{convention}.docx", kind, convention)


@pytest.fixture
def sample(tmp_path: Path, runner):  # type: ignore[no-untyped-def]
    """A store holding SAMPLE as sample@1 and the member acme; returns ``run(*args)``."""
    from lawcomment.cli import cli

    db = tmp_path / "sample.db"
    draft = tmp_path / "sample.txt"
    draft.write_text("\n".join([SAMPLE_TITLE, *SAMPLE]) + "\n", encoding="utf-8")

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(db), "--user", "tester", *args])

    for args, out in ((["init"], f"{db} created"), (["draft", "add", str(draft), "--name", "sample", "--version", "1"],
                                                    f"added sample@1: {SAMPLE_TITLE} (5 articles, profile zh-CN)"),
                      (["member", "add", "acme"], "added member acme")):  # fmt: skip
        result = run(*args)
        assert (result.exit_code, result.stderr) == (0, ""), result.output
        assert result.stdout.startswith(out)
    return run


def _marks(path: Path) -> list[tuple[str, str]]:
    """Each body paragraph's text (all changes accepted) and its tracked mark: '+', '-' or ''."""
    import zipfile

    from lxml import etree

    w = f"{{{W}}}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    for p in root.iter(f"{w}p"):
        tracked = [el.tag for el in p.findall(f"{w}pPr/{w}rPr/*") if el.tag in (f"{w}ins", f"{w}del")]
        mark = "".join("+" if tag == f"{w}ins" else "-" for tag in tracked)
        out.append(("".join(t.text or "" for t in p.iter(f"{w}t", f"{w}delText")), mark))
    return out


@pytest.mark.parametrize(("kind", "convention"), list(SAMPLE_FILES))
def test_libreoffice_kept_both_conventions(tmp_path: Path, kind: str, convention: str) -> None:
    """The bundled files, saved by LibreOffice, still mark the paragraph marks the way
    the python-docx original did: LibreOffice normalises neither convention away."""
    built = _marks(_sample_docx(tmp_path / "built.docx", kind, convention))
    assert _marks(DATA / SAMPLE_FILES[(kind, convention)]) == built
    assert [mark for _, mark in built].count("+" if kind == "new" else "-") == (3 if kind == "new" else 2)


@pytest.mark.libreoffice
@pytest.mark.parametrize(("kind", "convention"), list(SAMPLE_FILES))
def test_libreoffice_resave_keeps_the_convention(tmp_path: Path, soffice: str, kind: str, convention: str) -> None:
    built = _sample_docx(tmp_path / f"{kind}-{convention}.docx", kind, convention)
    saved = soffice_convert(soffice, built, tmp_path / "lo", "docx:MS Word 2007 XML")
    assert _marks(saved) == _marks(built)


SAMPLE_66 = "有下列情形之一的，由主管部门责令改正：\n（一）未公示营业执照信息的；\n（二）未履行告知义务的。"
SAMPLE_67 = "经营者应当保护消费者个人信息。\n经营者不得泄露消费者个人信息。"


@pytest.mark.parametrize("writer", ["python-docx", "libreoffice"])
@pytest.mark.parametrize("convention", ["end", "start"])
def test_new_paragraphs_belong_to_the_article_before_them(sample, tmp_path: Path, convention: str, writer: str) -> None:
    path = _sample_file(tmp_path, "new", convention, writer)
    result = sample("comment", "import", str(path), "--draft", "sample@1", "--member", "acme")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"{path}: marked-up draft into sample@1: 4 added, 0 already there, 0 superseded\n"
    listed = json.loads(sample("comment", "list", "--draft", "sample@1", "--format", "json").stdout)["comments"]
    assert [(c["eid"], c["stance"], c["proposed_text"], c["body"], c["source"]["kind"]) for c in listed] == [
        ("art_65", "insert", "经营者应当依法开具发票。", "",
         "docx-revision"),
        ("art_66", "amend", SAMPLE_66 + "\n（三）未按规定开具发票的。", "", "docx-revision"),
        ("art_67", "amend", SAMPLE_67 + "\n经营者应当建立个人信息保护制度。", "", "docx-revision"),
        # a comment on the new 款 sits in 第六十七条 too, on the text it is about
        ("art_67__para_2", "comment", None, "新增一款", "docx-comment"),
    ]  # fmt: skip
    assert listed[3]["quote"] == "经营者应当建立个人信息保护制度。"
    merged = sample("merge", "--draft", "sample@1", "--format", "json")
    assert merged.exit_code == 0
    assert merged.stderr.startswith("3 unit(s), 2 proposal(s), 2 change(s), 0 conflict(s), 0 unresolved")
    units = json.loads(merged.stdout)["units"]
    assert [(u["eid"], u["position"]) for u in units] == [
        ("art_65", "经营者应当依法纳税。"),  # not amended: the new article comes after it
        ("art_66", SAMPLE_66 + "\n（三）未按规定开具发票的。"),
        ("art_67", SAMPLE_67 + "\n经营者应当建立个人信息保护制度。"),
    ]  # fmt: skip
    assert [(i["after"], i["text"], i["supporters"]) for u in units for i in u["insertions"]] == [
        ("art_65", "经营者应当依法开具发票。", ["acme"])]
    assert not any("第六十八条" in u["position"] or "第六十六条" in u["position"] for u in units)


@pytest.mark.parametrize("writer", ["python-docx", "libreoffice"])
@pytest.mark.parametrize("convention", ["own", "preceding"])
def test_deleted_paragraphs_leave_their_own_article(sample, tmp_path: Path, convention: str, writer: str) -> None:
    path = _sample_file(tmp_path, "deleted", convention, writer)
    result = sample("comment", "import", str(path), "--draft", "sample@1", "--member", "acme")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"{path}: marked-up draft into sample@1: 2 added, 0 already there, 0 superseded\n"
    listed = json.loads(sample("comment", "list", "--draft", "sample@1", "--format", "json").stdout)["comments"]
    assert [(c["eid"], c["stance"], c["proposed_text"]) for c in listed] == [
        ("art_66", "amend", "有下列情形之一的，由主管部门责令改正：\n（一）未公示营业执照信息的；"),
        ("art_68", "delete", None)]  # fmt: skip
    merged = sample("merge", "--draft", "sample@1", "--format", "json")
    assert merged.exit_code == 0
    units = json.loads(merged.stdout)["units"]
    assert [(u["eid"], u["position"]) for u in units] == [
        ("art_66", "有下列情形之一的，由主管部门责令改正：\n（一）未公示营业执照信息的；"), ("art_68", "")]


def test_joining_two_articles_is_warned(sample, tmp_path: Path) -> None:
    """A deleted mark between two paragraphs that both keep their text joins two articles:
    ambiguous, so a warning, and each article read as if they stayed apart."""
    path = tracked_docx(tmp_path / "joined.docx", [SAMPLE[0] + "¶-", *SAMPLE[1:]], SAMPLE_TITLE)
    result = sample("comment", "import", str(path), "--draft", "sample@1", "--member", "acme")
    # (its one change gives no comment: an error, never "0 added" as if it had worked, the warnings saying why)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"warning: {path}: Reviewer joined 第六十五条 (art_65) with the next unit by deleting a paragraph mark; read as "
        "if they stayed apart\n"
        f"warning: {path}: the tracked changes by Reviewer in 第六十五条 (art_65) change nothing on their own "
        "(formatting only, or edits of another author's insertions); no proposal recorded\n" + _unread(path, "sample@1")))  # fmt: skip


def test_half_width_punctuation_typed_into_a_marked_up_copy_is_made_full_width(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Half-width , and ; typed into the draft with Track Changes on (an English input method): made
    full width as the law writes them, said with the author and article; a new article's too."""
    lines = [SAMPLE[0].replace("依法纳税。", "依法纳税[+,并依法开具发票+]。"), *SAMPLE[1:3], SAMPLE[3] + "¶+",
             "[+第六十六条之一　经营者应当建立台账;台账保存三年。+]", *SAMPLE[4:]]  # fmt: skip
    path = tracked_docx(tmp_path / "half.docx", lines, SAMPLE_TITLE)
    result = sample("comment", "import", str(path), "--draft", "sample@1", "--member", "acme")
    assert result.exit_code == 0, result.output
    how = "between Chinese words of the proposed text is made full width ({}), as the law writes it: the diff shows " \
          "only the words changed"
    assert result.stderr.splitlines() == [
        f"warning: {path}: Reviewer's version of 第六十五条 (art_65): half-width punctuation (,) {how.format('，')}",
        f"warning: {path}: Reviewer's version of 第六十六条 (art_66): half-width punctuation (;) {how.format('；')}"]
    listed = json.loads(sample("comment", "list", "--draft", "sample@1", "--format", "json").stdout)["comments"]
    assert [(c["eid"], c["stance"], c["proposed_text"]) for c in listed] == [
        ("art_65", "amend", "经营者应当依法纳税，并依法开具发票。"), ("art_66", "insert", "经营者应当建立台账；台账保存三年。")]


def test_a_change_of_an_articles_label_only_is_said_as_that(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A trial typed 之一 into a label (第六十五条 → 第六十五条之一): said to be formatting only. The
    label numbers the article, it is not its text: said so, nothing recorded."""
    path = tracked_docx(tmp_path / "label.docx", [SAMPLE[0].replace("第六十五条", "第六十五条[+之一+]"), *SAMPLE[1:]],
                        SAMPLE_TITLE)  # fmt: skip
    result = sample("comment", "import", str(path), "--draft", "sample@1", "--member", "acme")
    assert (result.exit_code, result.stderr) == (1, (
        f"warning: {path}: the tracked changes by Reviewer in 第六十五条 (art_65) change only its label (to 第六十五条之一), "
        "which numbers the article and is not its text; no proposal recorded\n" + _unread(path, "sample@1")))  # fmt: skip


CHAPTERED = ["第五章　法律责任", "第六十五条　经营者应当依法纳税。", "第六章　附则", "第六十六条　本法自公布之日起施行。"]


@pytest.mark.parametrize("convention", ["end", "start"])
def test_new_headings_and_text_outside_articles_are_warned(runner, tmp_path: Path, convention: str) -> None:
    """What has no place in a proposal is a warning naming it, in either convention."""
    from lawcomment.cli import cli

    db, draft = tmp_path / "c.db", tmp_path / "c.txt"
    draft.write_text("\n".join([SAMPLE_TITLE, *CHAPTERED]) + "\n", encoding="utf-8")

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--db", str(db), "--user", "tester", *args])

    for args in (["init"], ["draft", "add", str(draft), "--name", "c", "--version", "1"], ["member", "add", "acme"]):
        assert run(*args).exit_code == 0
    c = CHAPTERED
    loose, chapter, article = "[+本章适用于经营者。+]", "[+第六章　监督检查+]", "[+第六十五条之一　经营者应当开具发票。+]"
    if convention == "end":
        lines = [c[0] + "¶+", loose, c[1] + "¶+", chapter + "¶+", article, c[2], c[3]]
    else:
        lines = [c[0], loose + "¶+", c[1], chapter + "¶+", article + "¶+", c[2], c[3]]
    path = tracked_docx(tmp_path / f"{convention}.docx", lines, SAMPLE_TITLE)
    result = run("comment", "import", str(path), "--draft", "c@1", "--member", "acme")
    assert result.exit_code == 0
    assert result.stderr == (
        f"warning: {path}: Reviewer's changes to the text under 第五章 (chp_5), outside any article, were not "
        "imported: '本章适用于经营者。'\n"
        f"warning: {path}: Reviewer added the heading(s) 第六章　监督检查 after 第六十五条 (art_65); new headings "
        "are not imported (the articles under them are)\n")  # fmt: skip
    listed = json.loads(run("comment", "list", "--draft", "c@1", "--format", "json").stdout)["comments"]
    assert [(c["eid"], c["stance"], c["proposed_text"]) for c in listed] == [("art_65", "insert", "经营者应当开具发票。")]


def test_the_draft_copy_comes_back_as_a_marked_up_draft(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A draft added from Markdown has no Word file: ``export --format draft`` writes one the
    members can mark up: the draft as it stands, with none of the committee's position (beta's
    accepted wording, its reason, who supports it), and their tracked change comes back as a
    wording of its article."""
    import zipfile

    from lawcomment import open_store

    clean, marked = tmp_path / "for-members.docx", tmp_path / "acme.docx"
    assert consultation("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十二条",
                        "--propose", "经营者从事经营活动，应当依法取得相关行政许可。", "--reason", "beta 的理由").exit_code == 0
    assert consultation("decide", "--draft", "ecommerce@1", "--article", "12", "--accept-all").exit_code == 0
    result = consultation("export", "--draft", "ecommerce@1", "--format", "draft", "-o", str(clean))
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {clean} (draft): ecommerce@1 as it stands, 89 article(s), for members to mark up\n"
    assert result.stderr == ""  # nothing about decisions: the copy prints none
    xml = zipfile.ZipFile(clean).read("word/document.xml").decode()
    assert "<w:ins " not in xml and "<w:del " not in xml and "beta" not in xml and "理由" not in xml
    with open_store(consultation.db) as store:
        draft = store.get_draft("ecommerce@1").load()
    copy = load_draft(clean)
    assert [(a.unit.label, a.unit.body()) for a in copy.articles()] == [(a.unit.label, a.unit.body()) for a in draft.articles()]
    assert [u.heading for u in copy.walk() if u.kind.is_container] == [u.heading for u in draft.walk() if u.kind.is_container]
    mark_up(clean, marked, [Edit("ACME Legal", "依法办理市场主体登记", replace="依法及时办理市场主体登记")])
    result = consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--member", "acme")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{marked}: marked-up draft into ecommerce@1: 1 added,")
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    (c,) = [c for c in listed if c["member"] == "acme"]
    assert (c["eid"], c["stance"]) == ("art_10", "amend") and "依法及时办理市场主体登记" in c["proposed_text"]


def test_the_members_copy_prints_its_title_once_and_chapters_as_the_law_does(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A title given at draft add that holds the file's own subtitle prints it once (a trial's copy
    said （修订草案征求意见稿） twice); a chapter heading has the ideographic space the law puts
    there (第一章　总则), not Markdown's; the copy still reads back as the draft."""
    import zipfile

    source, copy = tmp_path / "test.txt", tmp_path / "copy.docx"
    source.write_text("中华人民共和国测试法\n（征求意见稿）\n\n第一编 总则\n\n第一分编 通则\n\n第一章 一般规定\n\n"
                      "第一条 为了测试，制定本法。\n\n第二条 本法自公布之日起施行。\n", encoding="utf-8")  # fmt: skip
    assert consultation("draft", "add", str(source), "--name", "t", "--version", "1", "--title",
                        "中华人民共和国测试法（征求意见稿）").exit_code == 0  # fmt: skip
    assert consultation("export", "--draft", "t@1", "--format", "draft", "-o", str(copy)).exit_code == 0
    xml = zipfile.ZipFile(copy).read("word/document.xml").decode()
    texts = re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)
    assert texts == ["中华人民共和国测试法（征求意见稿）", "第一编\u3000总则", "第一分编\u3000通则", "第一章\u3000一般规定",
                     "第一条\u3000", "为了测试，制定本法。", "第二条\u3000", "本法自公布之日起施行。"]  # fmt: skip
    back = load_draft(copy)
    assert [(u.label, u.heading) for u in back.walk() if u.kind.is_container] == [
        ("第一编", "总则"), ("第一分编", "通则"), ("第一章", "一般规定")]
    assert [a.unit.body() for a in back.articles()] == ["为了测试，制定本法。", "本法自公布之日起施行。"]


def test_the_clean_copy_imported_by_mistake_is_an_error_saying_it_has_nothing(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a trial) The copy sent out, or one edited with Track Changes off, read "0 added", exit 0, as if it had
    worked: an error saying what it lacks and what to do, exit 1; nothing stored, no import recorded."""
    clean = tmp_path / "for-members.docx"
    assert consultation("export", "--draft", "ecommerce@1", "--format", "draft", "-o", str(clean)).exit_code == 0
    result = consultation("comment", "import", str(clean), "--draft", "ecommerce@1", "--member", "acme")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", _unmarked(clean, "ecommerce@1"))
    assert consultation("import", "list").stdout.splitlines()[-1] == "0 import(s)"
    assert _listed(consultation) == []


def test_the_clean_copy_through_the_api_holds_no_comments_and_records_no_import(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """``import_comments`` says why (``lacks``, and the error's words), for a caller to say it in its own."""
    from lawcomment import import_comments, open_store

    clean = tmp_path / "for-members.docx"
    assert consultation("export", "--draft", "ecommerce@1", "--format", "draft", "-o", str(clean)).exit_code == 0
    with open_store(consultation.db) as store:
        result = import_comments(store, clean, "ecommerce@1", member="acme")
        assert (result.kind, result.draft, result.recorded, result.lacks) == ("marked-up draft", "ecommerce@1", False,
                                                                             "unmarked")  # fmt: skip
        assert result.lacks_said == _unmarked(clean, "ecommerce@1").removeprefix(f"Error: {clean}: ").removesuffix("\n")
        assert store.imports("ecommerce@1") == [] and store.comments("ecommerce@1") == []


def test_changes_dated_later_than_now_are_dated_when_they_arrive(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A clock set wrong (or a date typed into the file) never dates a comment after it came: it
    gets the time of its import, with a warning naming the author once; a past date is kept."""
    from datetime import UTC, datetime, timedelta

    clean, marked = tmp_path / "for-members.docx", tmp_path / "acme.docx"
    # Word in Beijing writes a change made now as its local time marked Z: 8 hours ahead of UTC
    local = (datetime.now(UTC) + timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert consultation("member", "add", "gamma", "--org", "Gamma").exit_code == 0
    assert consultation("export", "--draft", "ecommerce@1", "--format", "draft", "-o", str(clean)).exit_code == 0
    mark_up(clean, marked, [Edit("ACME Legal", "依法办理市场主体登记", replace="依法及时办理市场主体登记", date="2099-01-01T09:00:00Z"),
                            Edit("ACME Legal", "应当遵循自愿", replace="应当遵循", date="2099-01-02T09:00:00Z"),
                            Edit("Beta", "电子商务经营者应当依法履行纳税义务", replace="电子商务经营者应当依法纳税",
                                 date="2026-05-01T09:00:00Z"),
                            Edit("Gamma", "国家鼓励发展电子商务新业态", replace="国家鼓励发展电子商务新业态、新模式", date=local)])  # fmt: skip
    result = consultation("comment", "import", str(marked), "--draft", "ecommerce@1", "--author-map", str(
        _authors(tmp_path, {"ACME Legal": "acme", "Beta": "beta", "Gamma": "gamma"})))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stderr.count("later than now") == 1
    assert (f"warning: {marked}: ACME Legal's changes are dated 2099-01-02T09:00:00Z, later than now (even as local time); they are dated "
            "when they are imported instead") in result.stderr.splitlines()  # fmt: skip  # (its first, in law order)
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    dates = {c["member"]: c["created"] for c in listed}
    assert dates["beta"] == "2026-05-01T09:00:00Z" and dates["gamma"] == local  # (Word's local time kept as it wrote it)
    assert dates["acme"] <= min(c["updated"] for c in listed if c["member"] == "acme")


def _authors(tmp_path: Path, names: dict[str, str]) -> Path:
    path = tmp_path / "authors.csv"
    path.write_text("author,member\n" + "".join(f"{a},{m}\n" for a, m in names.items()), encoding="utf-8")
    return path


@pytest.mark.parametrize("law", ["criminal-law.md", "agri-tech-2012.md", "annex", "english", "table"])
def test_the_draft_copy_reads_back_as_the_draft_unit_for_unit(consultation, data: Path, tmp_path: Path, law: str) -> None:  # type: ignore[no-untyped-def]
    """Every unit comes back as it was: 刑法's unnumbered 附则 and its notes of adoption (set
    aside), an annex with its heading, an English draft's article headings; the unchanged copy
    imports as a marked-up draft with nothing to add."""
    from lawcomment import open_store

    source = data / law
    if law == "annex":
        source = tmp_path / "annex.md"
        source.write_text("# 示例登记办法\n\n第一条 为了规范登记，制定本办法。\n\n第二条 登记表格式见附件一。\n\n"
                          "附件一：示例登记表\n\n登记表的内容包括：名称、住所。\n", encoding="utf-8")  # fmt: skip
    elif law == "table":  # (a trial's 公司法 第二百六十五条: its table came back as three 款)
        source = tmp_path / "table.md"
        source.write_text("# 示例收费办法\n\n第一条 收费标准如下表：\n\n| 项目 | 标准 |\n|---|---|\n| 登记 | 十元 |\n"
                          "| 变更 | 五元 |\n\n表中标准可以调整。\n\n第二条 本办法自公布之日起施行。\n", encoding="utf-8")  # fmt: skip
    elif law == "english":
        source = tmp_path / "act.md"
        source.write_text("# Example Act\n\n## CHAPTER I General provisions\n\nArticle 1\n\nSubject-matter\n\n"
                          "1. This Act lays down rules.\n\n2. It protects persons.\n\nArticle 2\n\nScope\n\n"
                          "This Act applies to all processing.\n", encoding="utf-8")  # fmt: skip
    assert consultation("draft", "add", str(source), "--name", "x", "--version", "1").exit_code == 0
    copy = tmp_path / "copy.docx"
    result = consultation("export", "--draft", "x@1", "--format", "draft", "-o", str(copy))
    assert result.exit_code == 0, result.output
    with open_store(consultation.db) as store:
        draft = store.get_draft("x@1").load()

    def units(d):  # type: ignore[no-untyped-def]
        return [(u.eid, u.label, u.heading, "" if u.kind.is_container else u.body()) for u in d.walk()]

    assert units(load_draft(copy)) == units(draft)
    back = consultation("comment", "import", str(copy), "--draft", "x@1", "--member", "acme")
    # (read as a copy of the draft, no "not a draft of x@1": the copy sent out, with nothing marked in it)
    assert (back.exit_code, back.stdout, back.stderr) == (1, "", _unmarked(copy, "x@1"))


def test_a_tracked_change_inside_an_articles_table_is_named_with_its_article(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A change made inside a table of an article is not read as a wording: the warning names the
    article that holds the table (a trial's said "outside any article", and its paragraph twice)."""
    import zipfile

    from lxml import etree

    source = tmp_path / "table.md"
    source.write_text("# 示例收费办法\n\n第一条 收费标准如下表：\n\n| 项目 | 标准 |\n|---|---|\n| 登记 | 十元 |\n\n"
                      "第二条 本办法自公布之日起施行。\n", encoding="utf-8")  # fmt: skip
    assert consultation("draft", "add", str(source), "--name", "x", "--version", "1").exit_code == 0
    copy, marked = tmp_path / "copy.docx", tmp_path / "marked.docx"
    assert consultation("export", "--draft", "x@1", "--format", "draft", "-o", str(copy)).exit_code == 0
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(copy) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    body = etree.fromstring(parts["word/document.xml"])
    run = next(r for r in body.iter(f"{{{w}}}r") if "".join(r.itertext()) == "十元")
    ins = etree.SubElement(run.getparent(), f"{{{w}}}ins", {f"{{{w}}}id": "90", f"{{{w}}}author": "acme",
                                                           f"{{{w}}}date": "2026-05-01T09:00:00Z"})  # fmt: skip
    new = etree.SubElement(ins, f"{{{w}}}r")
    etree.SubElement(new, f"{{{w}}}t").text = "（每件）"
    parts["word/document.xml"] = etree.tostring(body, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(marked, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    result = consultation("comment", "import", str(marked), "--draft", "x@1", "--member", "acme")
    assert (result.exit_code, result.stdout) == (1, ""), result.output  # (its one change not read: nothing to import)
    assert result.stderr.endswith(_unread(marked, "x@1"))
    said = [line for line in result.stderr.splitlines() if "table" in line]
    assert said == [f"warning: {marked}: tracked changes by acme inside the table(s) of 第一条 (art_1) (paragraph 6) were "
                    "not imported: a table's cells are not read as a wording; give the change in a Word comment on the "
                    "table, or as a remark"]  # fmt: skip


def test_word_comments_dated_later_than_now_are_dated_when_they_arrive(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """As a tracked change's date: a Word comment dated past now (and past Word's local time
    marked Z) gets its import's time, with a warning naming its author once."""
    path = tracked_docx(tmp_path / "later.docx", list(SAMPLE), SAMPLE_TITLE, author="acme", date="2099-01-03T09:00:00Z",
                        comments={1: "期限过长", 4: "请明确"})  # fmt: skip
    result = sample("comment", "import", str(path), "--draft", "sample@1", "--member", "acme")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("later than now") == 1
    assert (f"warning: {path}: acme's Word comments are dated 2099-01-03T09:00:00Z, later than now (even as local "
            "time); they are dated when they are imported instead") in result.stderr.splitlines()  # fmt: skip
    listed = json.loads(sample("comment", "list", "--draft", "sample@1", "--format", "json").stdout)["comments"]
    assert len(listed) == 2 and all(c["created"] <= c["updated"] < "2099" for c in listed)


def test_a_comment_running_into_the_next_article_is_said(consultation, tmp_path: Path) -> None:
    """A Word comment selected from the end of 第十二条 into 第十三条 is anchored where it starts,
    with a warning naming both articles (before, silently on the first)."""
    import zipfile

    from lxml import etree

    law = load_draft(DATA / "ecommerce-law.md")
    marked = mark_up(draft_to_docx(law, tmp_path / "c.docx"), tmp_path / "m.docx",
                     [Edit("Alice Wang", "应当依法取得行政许可", comment="与下一条一并考虑")])  # fmt: skip
    with zipfile.ZipFile(marked) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    end = next(root.iter(f"{w}commentRangeEnd"))
    target = next(p for p in root.iter(f"{w}p") if "".join(p.itertext()).startswith("第十三条"))
    end.getparent().remove(end)
    target.append(end)  # the selection now ends at the end of 第十三条
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    spanning = tmp_path / "spanning.docx"
    with zipfile.ZipFile(spanning, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    result = consultation("comment", "import", str(spanning), "--draft", "ecommerce@1", "--member", "acme")
    assert (result.exit_code, result.stderr) == (0, (
        f"warning: {spanning}: comment 1000 by Alice Wang runs from 第十二条 (art_12) into 第十三条 (art_13); anchored "
        "at 第十二条第一款 (art_12__para_1), where it starts (check whether it is about the other)\n"))  # fmt: skip
    assert [(c["eid"], c["body"]) for c in _listed(consultation)] == [("art_12__para_1", "与下一条一并考虑")]
