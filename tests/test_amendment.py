"""Amendment instruments: parsing, applying, rebuilding the base, and the corpus checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawcomment import parse_text
from lawcomment.amendment.apply import apply_instrument, apply_operations, placeholder, unapply_operations
from lawcomment.amendment.model import OpKind
from lawcomment.amendment.parse import instrument_from_text, load_instrument
from lawcomment.errors import AmendmentError, InputError
from lawcomment.registry import get_profile, load_draft

DATA = Path(__file__).parent / "data"
ZH = get_profile("zh-CN")

LAW = """# 测试法

<!-- INFO END -->

## 第一章 总则

第一条 为了规范测试活动，制定本法。

第二条 测试机构应当依法开展测试。

国务院测试主管部门负责全国的测试工作。

第三条 有下列情形之一的，不得开展测试：

（一）未经批准的；

（二）设备不合格的；

（三）人员未经培训的。

## 第二章 法律责任

第四条 违反本法第二条规定的，由国务院测试主管部门责令改正。

第五条 违反本法第三条规定的，处一万元以下罚款。

第六条 本法自2027年1月1日起施行。
"""


def law():
    from lawcomment.drafts.markdown import markdown_source
    from lawcomment.drafts.parse import parse_source

    return parse_source(markdown_source(LAW, "test.md"), ZH)


def amend(text: str):
    return apply_instrument(law(), instrument_from_text("# 决定\n\n" + text))


def body(draft, eid: str) -> str:
    unit = draft.find(eid)
    assert unit is not None, eid
    return unit.body()


# -- parsing --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, kind, target, fields", [
    ("一、将第二条修改为：“新的第二条。”", OpKind.REPLACE, "art_2", {"text": "新的第二条。"}),
    ("一、将第二条第二款修改为：“新的款。”", OpKind.REPLACE, "art_2__para_2", {"text": "新的款。"}),
    ("一、将第二条中的“测试”修改为“检测”。", OpKind.REPLACE_WORDS, "art_2", {"old": "测试", "text": "检测", "occurrence": None}),
    ("一、将第二条第二款中的第二个“测试”修改为“检测”。", OpKind.REPLACE_WORDS, "art_2__para_2", {"old": "测试", "occurrence": 2}),
    ("一、删去第二条中的“依法”。", OpKind.DELETE_WORDS, "art_2", {"old": "依法"}),
    ("一、在第二条中的“依法”后增加“独立”。", OpKind.INSERT_WORDS, "art_2", {"old": "依法", "text": "独立", "place": "after"}),
    ("一、在第一条后增加一条，作为第一条之一：“新增条文。”", OpKind.INSERT, "art_1", {"number": "art_1-1", "place": "after"}),
    ("一、在第二条中增加一款，作为第三款：“新增款。”", OpKind.INSERT, "art_2", {"number": "art_2__para_3"}),
    ("一、在第三条第一款中增加一项，作为第二项：“（二）新增项；”", OpKind.INSERT, "art_3__para_1", {"number": "art_3__para_1__item_2"}),
    ("一、增加一条，作为第六条：“新的第六条。”", OpKind.INSERT, "", {"number": "art_6"}),
    ("一、删去第五条。", OpKind.DELETE, "art_5", {}),
    ("一、将第二章的章名修改为“责任”。", OpKind.RENAME, "chp_2", {"text": "责任"}),
    ("一、将第五条改为第七条。", OpKind.RENUMBER, "art_5", {"mapping": (("art_5", "art_7"),)}),
    ("一、第四条至第六条相应改为第五条至第七条。", OpKind.RENUMBER, "art_4",
     {"mapping": (("art_4", "art_5"), ("art_5", "art_6"), ("art_6", "art_7"))}),
    ("一、条文顺序作相应调整。", OpKind.RESEQUENCE, "", {}),
])  # fmt: skip
def test_parse_sentences(sentence, kind, target, fields) -> None:  # type: ignore[no-untyped-def]
    ins = instrument_from_text(f"# 决定\n\n{sentence}\n")
    assert ins.unrecognised == ()
    assert len(ins.operations) == 1
    op = ins.operations[0]
    assert (op.kind, op.target, op.item, op.line) == (kind, target, "一", 3)
    for name, value in fields.items():
        assert getattr(op, name) == value, name


def test_parse_multi_paragraph_quotes_both_styles() -> None:
    npc = instrument_from_text("# 修正案\n\n一、将第二条修改为：“甲款。\n\n“乙款‘术语’。”\n")
    court = instrument_from_text("# 决定\n\n1.将第二条修改为：\n\n“甲款。\n\n乙款‘术语’。”\n")
    for ins in (npc, court):
        assert ins.unrecognised == ()
        assert ins.operations[0].text == "甲款。\n乙款“术语”。"  # nested ‘’ are “” in the law


def test_parse_reports_every_unknown_sentence_with_its_line() -> None:
    ins = instrument_from_text("# 决定\n\n一、将第二条修改为：“甲。”\n\n二、第二条的精神应当发扬光大。\n\n三、删去第五条。\n\n四、另行规定。\n")
    assert [o.kind for o in ins.operations] == [OpKind.REPLACE, OpKind.DELETE]
    assert [(d.line, d.message) for d in ins.unrecognised] == [
        (5, "not understood: '第二条的精神应当发扬光大' (item 二)"), (9, "not understood: '另行规定' (item 四)")]
    with pytest.raises(InputError) as err:
        apply_instrument(law(), ins)
    assert str(err.value) == ("<text>: 2 sentence(s) not understood; nothing was applied\n"
                              "<text>:5: not understood: '第二条的精神应当发扬光大' (item 二)\n"
                              "<text>:9: not understood: '另行规定' (item 四)")  # fmt: skip


def test_clauses_are_understood_not_operations() -> None:
    ins = instrument_from_text("# 关于修改《中华人民共和国测试法》的决定\n\n"
                               "全国人民代表大会常务委员会决定对《中华人民共和国测试法》作如下修改：\n\n"
                               "一、删去第五条。\n\n二、本决定自2027年1月1日起施行。\n\n"
                               "《中华人民共和国测试法》根据本决定作相应修改并对条文顺序作相应调整，重新公布。\n")  # fmt: skip
    assert ins.unrecognised == ()
    assert [c.kind.value for c in ins.clauses] == ["preamble", "commencement", "republication"]
    assert [o.kind for o in ins.operations] == [OpKind.DELETE, OpKind.RESEQUENCE]
    assert ins.laws == ("中华人民共和国测试法",)


# -- applying -------------------------------------------------------------------------------
def test_apply_word_edits_and_units() -> None:
    new, report = amend("一、将第二条中的“测试”修改为“检测”；删去第二条第二款中的“全国的”。\n\n"
                        "二、在第三条中增加一项，作为第二项：“（二）场地不合格的；”\n\n"
                        "三、在第一条后增加一条，作为第一条之一：“测试应当遵循科学原则。”\n\n"
                        "四、将第二章的章名修改为“责任与处罚”。\n")  # fmt: skip
    assert body(new, "art_2") == "检测机构应当依法开展检测。\n国务院检测主管部门负责检测工作。"
    assert body(new, "art_3") == ("有下列情形之一的，不得开展测试：\n（一）未经批准的；\n（二）场地不合格的；\n"
                                  "（三）设备不合格的；\n（四）人员未经培训的。")  # fmt: skip
    assert body(new, "art_1-1") == "测试应当遵循科学原则。"
    assert new.find("chp_2").heading == "责任与处罚"  # type: ignore[union-attr]
    assert report.added == ("art_1-1",)
    assert report.changed == ("art_2", "art_3")
    assert report.renumbered == () and report.deleted == ()
    assert new.find("chp_1").children[1].eid == "art_1-1"  # type: ignore[union-attr]


def test_resequence_renumbers_and_updates_cross_references() -> None:
    new, report = amend("一、在第一条后增加一条，作为第二条：“新条文。”\n\n二、删去第六条。\n\n三、条文顺序作相应调整。\n")
    assert [v.unit.label for v in new.articles()] == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条"]
    assert body(new, "art_5") == "违反本法第三条规定的，由国务院测试主管部门责令改正。"
    assert body(new, "art_6") == "违反本法第四条规定的，处一万元以下罚款。"
    assert report.renumbered == (("art_2", "art_3"), ("art_3", "art_4"), ("art_4", "art_5"), ("art_5", "art_6"))
    assert report.deleted == ("art_6",)
    assert report.references == (("art_5", "第二条", "第三条"), ("art_6", "第三条", "第四条"))


def test_renumbering_moves_an_article() -> None:
    new, report = amend("一、将第一条改为第七条。\n")
    assert [v.unit.eid for v in new.articles()] == ["art_2", "art_3", "art_4", "art_5", "art_6", "art_7"]
    assert new.articles()[-1].heading_path[0].eid == "chp_2"
    assert body(new, "art_7") == "为了规范测试活动，制定本法。"
    assert report.renumbered == (("art_1", "art_7"),)


def test_several_articles_placed_by_number() -> None:
    new, report = amend("一、增加一条，作为第二条：“甲条。”\n\n二、增加一条，作为第五条：“乙条。”\n\n三、条文顺序作相应调整。\n")
    assert [body(new, f"art_{n}") for n in (2, 5)] == ["甲条。", "乙条。"]
    assert body(new, "art_3") == body(law(), "art_2")
    assert body(new, "art_6") == "违反本法第三条规定的，由国务院测试主管部门责令改正。"  # old 第四条, citing old 第二条
    assert report.added == ("art_2", "art_5")


def test_explicit_renumbering() -> None:
    new, report = amend("一、删去第四条。\n\n二、第五条、第六条相应改为第四条、第五条。\n")
    assert [v.unit.eid for v in new.articles()] == ["art_1", "art_2", "art_3", "art_4", "art_5"]
    assert report.renumbered == (("art_5", "art_4"), ("art_6", "art_5"))


@pytest.mark.parametrize("text, message", [
    ("一、将第九条修改为：“甲。”", "line 3, item 一: 第九条 does not exist in the base law (将第九条修改为：“甲。”)"),
    ("一、将第二条中的“审计”修改为“检测”。",
     "line 3, item 一: the words “审计” are not in 第二条 (将第二条中的“审计”修改为“检测”)"),
    ("一、将第二条修改为：“甲。”\n\n二、将第二条中的“甲”修改为“乙”。",
     "line 5, item 二: two edits of the same span: 第二条 is also rewritten by item 一 (将第二条中的“甲”修改为“乙”)"),
    ("一、将第二条中的“测试机构”修改为“测试单位”。\n\n二、将第二条中的“试单”修改为“x”。",
     "line 5, item 二: two edits of the same span: “试单” in 第二条 overlaps the edit of item 一 (将第二条中的“试单”修改为“x”)"),
    ("一、删去第五条。\n\n二、将第五条修改为：“甲。”", "line 5, item 二: 第五条 was deleted by item 一 (将第五条修改为：“甲。”)"),
    ("一、在第一条后增加一条，作为第二条：“甲。”",
     "item 一: 第二条 would exist twice; the instrument neither renumbers (条文顺序作相应调整) nor uses 之一"),
    ("一、将第二条第三款修改为：“甲。”",
     "line 3, item 一: 第二条第三款 does not exist in the base law (第二条 has 2 paragraph(s)) (将第二条第三款修改为：“甲。”)"),
])  # fmt: skip
def test_impossible_instructions_name_the_instruction(text: str, message: str) -> None:
    with pytest.raises(AmendmentError) as err:
        amend(text + "\n")
    assert str(err.value) == message


def test_an_instrument_never_changes_a_piece_of_a_larger_number() -> None:
    """(a new user's trial of 反洗钱法 第三十二条) “十万元以上五十万元以下” stands in 二十万元以上五十万元以下
    only as a piece of it: refused, never 处二三十万元以上…; the whole number is changed."""
    base = parse_text("示例法\n第一条　情节严重的，处二十万元以上五十万元以下罚款。\n", "zh-CN")
    piece = "一、将第一条中的“十万元以上五十万元以下”修改为“三十万元以上五十万元以下”。"
    with pytest.raises(AmendmentError) as err:
        apply_instrument(base, instrument_from_text(f"# 决定\n\n{piece}\n"))
    assert str(err.value) == (f"line 3, item 一: the words “十万元以上五十万元以下” stand in 第一条 only inside a larger number "
                              f"or a citation's number: quote the whole number ({piece[2:-1]})")  # fmt: skip
    new, _ = apply_instrument(base, instrument_from_text("# 决定\n\n一、将第一条中的“二十万元以上”修改为“三十万元以上”。\n"))
    assert body(new, "art_1") == "情节严重的，处三十万元以上五十万元以下罚款。"


def test_restated_text_is_checked() -> None:
    new, report = amend("一、第二条第一款中“依法”修改为“依照法律”。这一款相应修改为：“测试机构应当依照法律开展测试。”\n")
    assert report.warnings == ()
    assert body(new, "art_2__para_1") == "测试机构应当依照法律开展测试。"
    new, report = amend("一、第二条第一款中“依法”修改为“依照法律”。这一款相应修改为：“测试机构应当依照法律独立开展测试。”\n")
    assert report.warnings == ("line 3, item 一: the edits before it do not give the restated text of 第二条第一款; "
                               "the restated text is used",)  # fmt: skip
    assert body(new, "art_2__para_1") == "测试机构应当依照法律独立开展测试。"


def test_located_item_insertion_with_renumbering_clause() -> None:
    new, _ = amend("一、第三条“有下列情形之一的”中增加一项，作为第一项“（一）未登记的；”，第一项至第三项相应改为第二项至第四项。\n")
    assert [u.label for u in new.find("art_3__para_1").children] == ["（一）", "（二）", "（三）", "（四）"]  # type: ignore[union-attr]
    with pytest.raises(AmendmentError) as err:
        amend("一、第三条“有下列情形之一的”中增加一项，作为第一项“（一）未登记的；”，第一项至第三项相应改为第三项至第五项。\n")
    assert "the instrument says 第三条第一项 becomes 第三条第三项, but after the other changes it is not there" in str(err.value)


def test_several_laws_need_a_choice() -> None:
    ins = instrument_from_text("# 决定\n\n一、修改《甲法》\n\n1.删去第五条。\n\n二、修改《乙法》\n\n1.删去第六条。\n")
    assert ins.laws == ("甲法", "乙法")
    with pytest.raises(AmendmentError) as err:
        apply_instrument(law(), ins)
    assert str(err.value) == "<text> amends 2 laws; name one with --law:\n  甲法\n  乙法"
    new, report = apply_instrument(law(), ins, "乙")
    assert report.deleted == ("art_6",)


# -- the corpus checks (fixtures copied from ../shared/corpus/zh) -----------------------------
def _rebuild_and_apply(current_path: Path, instrument_path: Path, law_name: str | None = None):  # type: ignore[no-untyped-def]
    current = load_draft(current_path)
    instrument = load_instrument(instrument_path)
    assert instrument.unrecognised == ()
    ops = instrument.for_law(law_name)
    base, notes = unapply_operations(current, ops, get_profile(current.profile))
    amended, report = apply_operations(base, ops, get_profile(current.profile))
    return current, base, amended, report, notes


def test_criminal_law_amendment_11_rebuilds_and_applies() -> None:
    current, base, amended, report, notes = _rebuild_and_apply(DATA / "criminal-law.md",
                                                               DATA / "criminal-law-amendment-11.md")  # fmt: skip
    assert notes == []
    # 47 instructions (the 48th is the commencement clause): 14 new articles, 1 new paragraph
    # (第三百四十一条第三款) and 32 rewrites of an article or a paragraph, each of another article
    assert len(report.added) == 14 and len(report.changed) == 33
    assert len(base.articles()) == len(current.articles()) - 14
    assert body(base, "art_17") == placeholder("art_17")
    assert placeholder("art_134__para_2") in body(base, "art_134")
    touched = set(report.changed) | set(report.added)
    now = {v.unit.eid: v.unit.body() for v in current.articles()}
    got = {v.unit.eid: v.unit.body() for v in amended.articles()}
    # Articles changed again after 修正案（十一）: none. 修正案（十二） (2023) amended 第一百六十五、
    # 一百六十六、一百六十九、三百八十七、三百九十、三百九十一、三百九十三条, which 修正案（十一）
    # does not touch, so every touched article must read exactly as today.
    assert sorted(e for e in touched if now[e] != got[e]) == []
    assert got == now


def test_court_decision_rebuilds_and_applies_to_the_2020_interpretation() -> None:
    name = "最高人民法院关于审理侵犯专利权纠纷案件应用法律若干问题的解释（二）"
    current, base, amended, report, notes = _rebuild_and_apply(DATA / "patent-interpretation-2-2020.md",
                                                               DATA / "spc-ip-decision-2020.md", name)  # fmt: skip
    assert notes == []
    assert report.changed == ("art_2", "art_6", "art_21")
    assert base.units[0].text == placeholder("preamble")
    assert amended.units[0].text == current.units[0].text  # 引言
    assert {v.unit.eid: v.unit.body() for v in amended.articles()} == {v.unit.eid: v.unit.body() for v in current.articles()}


@pytest.mark.parametrize("fixture, operations, laws", [
    ("criminal-law-amendment-11.md", 47, 0),
    ("constitution-amendment-2018.md", 41, 0),
    ("spc-ip-decision-2020.md", 159, 18),
])
def test_corpus_instruments_are_fully_understood(fixture: str, operations: int, laws: int) -> None:
    ins = load_instrument(DATA / fixture)
    assert ins.unrecognised == ()
    assert len(ins.operations) == operations
    assert len(ins.laws) == laws


def test_constitution_amendment_operations() -> None:
    ops = load_instrument(DATA / "constitution-amendment-2018.md").operations
    kinds = {op.kind for op in ops}
    assert kinds == {OpKind.REPLACE_WORDS, OpKind.INSERT_WORDS, OpKind.RESTATE, OpKind.INSERT, OpKind.RENUMBER}
    section = next(op for op in ops if op.number == "chp_3__sec_7")
    assert (section.kind, section.target, section.text, section.locator) == (OpKind.INSERT, "chp_3", "监察委员会", "国家机构")
    articles = next(op for op in ops if op.number.startswith("art_123"))
    assert articles.number == "art_123,art_124,art_125,art_126,art_127"
    last = ops[-1]
    assert last.mapping[0] == ("art_123", "art_128") and last.mapping[-1] == ("art_138", "art_143")


def test_parse_text_based_law_accepts_the_result() -> None:
    new, _ = amend("一、将第六条修改为：“本法自2028年1月1日起施行。”\n")
    again = parse_text("\n".join(f"{v.unit.label} {v.unit.body()}" for v in new.articles()))
    assert [v.unit.eid for v in again.articles()] == [v.unit.eid for v in new.articles()]
