"""Proposals written as instructions (建议将“三年内”修改为“一年内”): read, applied to the unit's text
or refused, through the library and every intake route of the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest

from lawcomment.drafts.anchors import unit_index
from lawcomment.registry import load_draft, parse_text
from lawcomment.review.instructions import Instruction, apply_instructions, instructed_wording, read_instructions
from tests.conftest import DATA

ECOMMERCE = load_draft(DATA / "ecommerce-law.md")
UNITS = unit_index(ECOMMERCE)
EN = load_draft(DATA / "gdpr-excerpt.txt")
EN_UNITS = unit_index(EN)
ART_11 = "电子商务经营者应当依法履行纳税义务，并依法享受税收优惠。\n依照前条规定不需要办理市场主体登记的电子商务经营者在首次纳税义务发生后，应当依照税收征收管理法律、行政法规的规定申请办理税务登记，并如实申报纳税。"  # noqa: E501
ART_12 = "电子商务经营者从事经营活动，依法需要取得相关行政许可的，应当依法取得行政许可。"


@pytest.mark.parametrize(("text", "lang", "read", "rest"), [
    ("建议将“三年内”修改为“一年内”。", "zh", [Instruction("replace", "三年内", "一年内")], ""),
    ("将第六十条中的“五万元”改为“十万元”；删去“情节严重的，”", "zh",
     [Instruction("replace", "五万元", "十万元", cite="第六十条"), Instruction("delete", "情节严重的，")], ""),
    ("把「三十日」改成「十五日」，并删除“或者”", "zh",
     [Instruction("replace", "三十日", "十五日"), Instruction("delete", "或者")], ""),
    ("建议在“依法”后增加“及时”", "zh", [Instruction("insert", "依法", "及时", "after")], ""),
    ("在“应当”之前增加“原则上”。", "zh", [Instruction("insert", "应当", "原则上", "before")], ""),
    ("“三年内”一词删去", "zh", [Instruction("delete", "三年内")], ""),
    ("本单位建议将本条中的“相关”修改为“有关”", "zh", [Instruction("replace", "相关", "有关", cite="本条")], ""),
    ("将“三十日”修改为：“十五日”", "zh", [Instruction("replace", "三十日", "十五日")], ""),  # a colon before the new words
    ("删去本条中的“持续”", "zh", [Instruction("delete", "持续", cite="本条")], ""),
    ("将“相关”、“依法”删去", "zh", [Instruction("delete", "相关"), Instruction("delete", "依法")], ""),  # a list
    ("将“相关”修订为“有关”", "zh", [Instruction("replace", "相关", "有关")], ""),
    ("将“相关行政许可”修改为“”", "zh", [Instruction("delete", "相关行政许可")], ""),  # nothing for it: taken out
    ("1.将“相关”修改为“有关”", "zh", [Instruction("replace", "相关", "有关")], ""),  # numbered
    ("“相关”改“有关”", "zh", [Instruction("replace", "相关", "有关")], ""),
    ("将＂相关＂修改为＂有关“", "zh", [], "将＂相关＂修改为＂有关“"),  # marks that do not pair: not read
    ("将“相关“修改为“有关“", "zh", [Instruction("replace", "相关", "有关")], ""),  # an opening mark typed twice
    ("建议将本条修改为：“甲。”", "zh", [Instruction("whole", "", "甲。", cite="本条")], ""),  # the whole wording, quoted
    ("“三年内”修改为“一年内”。理由是期限过长", "zh", [Instruction("replace", "三年内", "一年内")], "理由是期限过长"),
    ("建议提高罚款上限", "zh", [], "建议提高罚款上限"),
    ("第六十条　违反本法“规定”的", "zh", [], "第六十条　违反本法“规定”的"),
    ("We suggest to replace “30 days” with “15 days” and delete “or”", "en",
     [Instruction("replace", "30 days", "15 days"), Instruction("delete", "or")], ""),
    ("Insert “promptly” after “shall”.", "en", [Instruction("insert", "shall", "promptly", "after")], ""),
])  # fmt: skip
def test_instructions_are_read_and_what_follows_them_is_kept(text: str, lang: str, read: list[Instruction],
                                                              rest: str) -> None:  # fmt: skip
    assert read_instructions(text, lang) == (read, rest)


def test_instructions_apply_where_they_say_once_each() -> None:
    art11 = UNITS["art_11"]
    assert apply_instructions(ECOMMERCE, art11, ART_11, [Instruction("replace", "应当依照", "须依照", cite="第二款")]) == (
        ART_11.replace("应当依照", "须依照"))
    assert apply_instructions(ECOMMERCE, UNITS["art_12"], ART_12, [
        Instruction("insert", "从事经营活动", "及时", "before"), Instruction("replace", "相关", "有关")]) == (
        ART_12.replace("从事经营活动", "及时从事经营活动").replace("相关", "有关"))  # fmt: skip
    for ins, why in [
        (Instruction("replace", "十年内", "一年内"), "「十年内」 is not in 第十二条 (art_12)"),
        # beside words that stand twice an insertion has no place (a replacement changes both: below)
        (Instruction("insert", "依法", "及时", "before"),
         "「依法」 stands 2 times in 第十二条 (art_12); which is meant cannot be told"),
        (Instruction("replace", "依法", "按规定", cite="第十三条"),
         "it names 第十三条 (art_13), not 第十二条 (art_12) (put it on the article it names)"),
    ]:  # fmt: skip
        with pytest.raises(ValueError) as caught:
            apply_instructions(ECOMMERCE, UNITS["art_12"], ART_12, [ins])
        assert str(caught.value) == why
    art81 = UNITS["art_81__para_2"].body("\n")
    # 广告 stands in the quoted label and in the title 《中华人民共和国广告法》: only the first is a place to change
    changed = apply_instructions(ECOMMERCE, UNITS["art_81__para_2"], art81, [Instruction("replace", "广告", "推广")])
    assert "“推广”" in changed and "《中华人民共和国广告法》" in changed
    with pytest.raises(ValueError, match="only inside a title"):
        apply_instructions(ECOMMERCE, UNITS["art_81__para_2"], art81, [Instruction("replace", "广告法", "推广法")])
    # a whole title, quoted by its own marks or in quotation marks, is the law's words to change
    for typed in ("将《中华人民共和国广告法》修改为《中华人民共和国电子商务法》", "将“《中华人民共和国广告法》”修改为“《中华人民共和国电子商务法》”"):
        wording, _ = instructed_wording(ECOMMERCE, UNITS["art_81__para_2"], typed)  # type: ignore[misc]
        assert wording == art81.replace("《中华人民共和国广告法》", "《中华人民共和国电子商务法》"), typed


def test_english_instructions_change_whole_words_only() -> None:
    para = next(u for e, u in EN_UNITS.items() if e.endswith("__para_3"))
    text = para.body("\n")
    assert "nor" in text and " or " not in text
    with pytest.raises(ValueError) as caught:
        instructed_wording(EN, para, "Delete “or”")
    assert "“or” is not in Article 1(3)" in str(caught.value)
    wording, warning = instructed_wording(EN, para, "Replace “restricted” with “limited”")  # type: ignore[misc]
    assert wording == text.replace("restricted", "limited")
    assert warning.startswith("the proposed text reads as an instruction (“restricted” → “limited”), not a wording")


def test_an_instruction_gives_the_units_wording_with_it_applied() -> None:
    wording, warning = instructed_wording(ECOMMERCE, UNITS["art_12"], "建议将“相关行政许可”修改为“行政许可”。")  # type: ignore[misc]
    assert wording == ART_12.replace("相关行政许可", "行政许可")
    assert warning == ("the proposed text reads as an instruction (「相关行政许可」→「行政许可」), not a wording: "
                       "read as the wording of 第十二条 (art_12) with it applied")  # fmt: skip
    # of an article of two 款, the whole article; of one 款, that 款; of a 款 the instruction names, that 款
    assert instructed_wording(ECOMMERCE, UNITS["art_11"], "删去“，并依法享受税收优惠”")[0] == ART_11.replace(  # type: ignore[index]
        "，并依法享受税收优惠", "")
    assert instructed_wording(ECOMMERCE, UNITS["art_11__para_2"], "将“如实”改为“依法”")[0] == ART_11.split("\n")[1].replace(  # type: ignore[index]
        "如实", "依法")
    assert instructed_wording(ECOMMERCE, UNITS["art_11"], "将第二款中的“应当”修改为“须”")[0] == (  # type: ignore[index]
        ART_11.split("\n")[0] + "\n" + ART_11.split("\n")[1].replace("应当", "须"))
    # the whole wording given in quotes; and instructions whose quotes are long
    assert instructed_wording(ECOMMERCE, UNITS["art_12"], "建议将本条修改为：“电子商务经营者应当依法取得行政许可。”")[0] == (  # type: ignore[index]
        "电子商务经营者应当依法取得行政许可。")
    long = "将“电子商务经营者从事经营活动，依法需要取得相关行政许可的”修改为“电子商务经营者从事经营活动，依法需要取得行政许可的”"
    assert instructed_wording(ECOMMERCE, UNITS["art_12"], long)[0] == ART_12.replace("相关", "")  # type: ignore[index]


@pytest.mark.parametrize(("text", "message"), [
    ("将“十年内”修改为“一年内”", "the proposed text reads as an instruction (「十年内」→「一年内」), but 「十年内」 is not in "
     "第十二条 (art_12): give the wording as it should read"),
    ("将“相关”修改为“有关”，因为更准确", "the proposed text reads as an instruction (「相关」→「有关」) followed by other words "
     "(「因为更准确」), not as the wording of 第十二条 (art_12), and is not one that can be applied as it stands: give the "
     "wording as it should read, or instructions alone, such as 将“…”修改为“…”, and the rest as the reason"),
    ("将“相关”修改得更明确些", "the proposed text reads as an instruction, not as the wording of 第十二条 (art_12), and is "
     "not one that can be applied as it stands: give the wording as it should read, or instructions alone, such as "
     "将“…”修改为“…”, and the rest as the reason"),
    ("建议取消行政许可的要求", "the proposed text reads as a suggestion (「建议取消行政许可的要求」), not as the wording of "
     "第十二条 (art_12): give the wording as it should read, or an instruction such as 将“…”修改为“…”, and put the "
     "suggestion in the reason (a comment)"),
    ("将“相关”修改为“相关”", "the proposed text reads as an instruction (「相关」→「相关」) that changes nothing in 第十二条 "
     "(art_12)"),
    ("将第十三条中的“依法”修改为“按规定”", "the proposed text reads as an instruction (「依法」→「按规定」), but it names "
     "第十三条 (art_13), not 第十二条 (art_12) (put it on the article it names): give the wording as it should read"),
])  # fmt: skip
def test_what_reads_as_instructions_but_gives_no_wording_is_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        instructed_wording(ECOMMERCE, UNITS["art_12"], text)
    assert str(caught.value) == message


@pytest.mark.parametrize("text", [
    ART_12.replace("相关", "有关"),  # a wording
    "电子商务经营者从事经营活动，应当将“相关”修改为“有关”并依法取得行政许可。",  # instruction words inside a wording
    "建议性规定：电子商务经营者从事经营活动，依法需要取得相关行政许可的，应当取得。",  # opens with 建议, like the article
    "请求终止经营的电子商务经营者，应当向登记机关申请注销登记。",  # 请求 opens a provision, not a request
])  # fmt: skip
def test_a_wording_is_left_alone(text: str) -> None:
    assert instructed_wording(ECOMMERCE, UNITS["art_12"], text) is None


def test_a_line_of_a_wording_that_is_an_instruction_is_applied_to_the_line_in_its_place() -> None:
    # a trial (畜牧法 第二十五条): a member's wording of the whole article with its 第二款 typed over as 删去“任何单位、
    # 个人”; it went out as law text, into the submission and the amendment instrument
    first, second = ART_11.split("\n")
    wording, warning = instructed_wording(ECOMMERCE, UNITS["art_11"], f"{first}\n删去“如实”")  # type: ignore[misc]
    assert wording == f"{first}\n{second.replace('如实', '')}"
    assert warning == ("line 2 of the proposed text reads as an instruction (删去「如实」), not law text: applied to that "
                       "line of 第十一条 (art_11)")  # fmt: skip
    from lawcomment.exports.messages import localized

    assert localized(warning, "zh") == "修改建议第2行写成了修改指示（删去「如实」），不是条文：已按指示改写第十一条的该行"
    # its own line's words, not the article's: words of the other 款 are not found there
    with pytest.raises(ValueError) as caught:
        instructed_wording(ECOMMERCE, UNITS["art_11"], f"{first}\n删去“税收优惠”")
    assert str(caught.value) == ("line 2 of the proposed text reads as an instruction (删去「税收优惠」), but 「税收优惠」 is "
                                 "not in line 2 of 第十一条 (art_11): give that line as it should read")  # fmt: skip
    # lines the article does not have one for: which it changes cannot be told
    with pytest.raises(ValueError, match=r"^line 3 of the proposed text reads as an instruction \(删去「如实」\), not as "
                                         r"law text, and the wording has 3 lines where 第十一条 \(art_11\) has 2"):  # fmt: skip
        instructed_wording(ECOMMERCE, UNITS["art_11"], f"{first}\n{second}\n删去“如实”")


def test_an_instruction_on_a_heading_changes_its_title() -> None:
    chapter = next(u for u in ECOMMERCE.walk() if u.kind.is_container and u.heading == "总则")
    assert instructed_wording(ECOMMERCE, chapter, "将“总则”修改为“一般规定”")[0] == "一般规定"  # type: ignore[index]


# -- every route in: typed, CSV, the comment form ---------------------------------------------


def _proposals(run) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    doc = json.loads(run("comment", "list", "--draft", "ecommerce@1", "--format", "json").output)
    return [(c["eid"], c["proposed_text"]) for c in doc["comments"]]


def test_typed_instruction_is_applied_and_a_suggestion_refused(consultation) -> None:
    added = consultation("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第十二条",
                         "--propose", "建议将“相关行政许可”修改为“行政许可”。", "--reason", "简化")  # fmt: skip
    assert (added.exit_code, added.stdout, added.stderr) == (
        0, "added comment #1 by acme on 第十二条 (art_12) (amend)\n",
        "warning: the proposed text reads as an instruction (「相关行政许可」→「行政许可」), not a wording: read as the "
        "wording of 第十二条 (art_12) with it applied\n")  # fmt: skip
    refused = consultation("comment", "add", "--draft", "ecommerce@1", "--member", "beta", "--at", "第十二条",
                           "--propose", "建议取消行政许可的要求")  # fmt: skip
    assert (refused.exit_code, refused.stderr) == (1, (
        "Error: the proposed text reads as a suggestion (「建议取消行政许可的要求」), not as the wording of 第十二条 (art_12)"
        ": give the wording as it should read, or an instruction such as 将“…”修改为“…”, and put the "
        "suggestion in the reason (a comment)\n"))  # fmt: skip
    assert _proposals(consultation) == [("art_12", ART_12.replace("相关行政许可", "行政许可"))]


def test_csv_rows_of_instructions_are_applied_and_a_bad_one_refuses_the_file(consultation, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("member,article,proposed_text,reason\n"
                    "acme,第十二条,将“相关”修改为“有关”,更准确\n", encoding="utf-8")  # fmt: skip
    result = consultation("comment", "import", str(good), "--draft", "ecommerce@1")
    assert (result.exit_code, result.stderr) == (0, (
        f"warning: {good}: row 2: the proposed text reads as an instruction (「相关」→「有关」), not a wording: read as "
        "the wording of 第十二条 (art_12) with it applied\n"))  # fmt: skip
    bad = tmp_path / "bad.csv"
    bad.write_text("member,article,proposed_text,reason\n"
                   "beta,第十一条,依法履行纳税义务,\n"
                   "beta,第十二条,将“许可证”修改为“许可”,\n", encoding="utf-8")  # fmt: skip
    refused = consultation("comment", "import", str(bad), "--draft", "ecommerce@1")
    assert (refused.exit_code, refused.stderr) == (1, (
        f"Error: {bad}: 1 of 2 row(s) are invalid; nothing was imported (fix them, or pass --skip-invalid)\n"
        "  row 3: the proposed text reads as an instruction (「许可证」→「许可」), but 「许可证」 is not in 第十二条 "
        "(art_12): give the wording as it should read\n"))  # fmt: skip
    assert _proposals(consultation) == [("art_12", ART_12.replace("相关", "有关"))]


def test_a_form_row_of_instructions_is_applied(consultation, tmp_path: Path) -> None:
    form = tmp_path / "form.docx"
    assert consultation("form", "make", "--draft", "ecommerce@1", "--member", "acme", "--articles", "11-12", "-o",
                        str(form)).exit_code == 0  # fmt: skip
    doc = docx.Document(str(form))
    rows = doc.tables[1].rows  # the header, the heading of 第二章 第一节 across the table, then 第十一条, 第十二条
    rows[3].cells[2].text = "建议将“相关行政许可”修改为“行政许可”。"
    rows[3].cells[3].text = "简化表述"
    doc.save(str(tmp_path / "filled.docx"))
    result = consultation("comment", "import", str(tmp_path / "filled.docx"))
    assert (result.exit_code, result.stderr) == (0, (
        f"warning: {tmp_path / 'filled.docx'}: table 2 row 4: the proposed text reads as an instruction "
        "(「相关行政许可」→「行政许可」), not a wording: read as the wording of 第十二条 (art_12) with it applied\n"))  # fmt: skip
    assert _proposals(consultation) == [("art_12", ART_12.replace("相关行政许可", "行政许可"))]
    rows[2].cells[2].text = "建议明确税收优惠的范围"
    doc.save(str(tmp_path / "filled2.docx"))
    refused = consultation("comment", "import", str(tmp_path / "filled2.docx"))
    assert (refused.exit_code, refused.stderr) == (1, (
        f"Error: {tmp_path / 'filled2.docx'}: 1 filled row(s) cannot be read as comments on ecommerce@1; nothing was "
        "imported (fix them, or pass --skip-invalid)\n"
        "  table 2 row 3: the proposed text reads as a suggestion (「建议明确税收优惠的范围」), not as the wording of "
        "第十一条 (art_11): give the wording as it should read, or an instruction such as 将“…”修改为“…”, and put the "
        "suggestion in the reason (a comment)\n"))  # fmt: skip


def test_a_chinese_instruction_changes_its_words_wherever_they_stand_and_says_so() -> None:
    """(two new users' trials) 将“行政许可”修改为“行政审批” where 行政许可 stands twice: each is
    changed, as the NPC reads 将“…”修改为“…” in its own amendments, with a warning that names the
    count; citing the 款 limits it there. Words under three characters, which stand inside others
    (依法 in 依法律, 许可 in 许可证), and English keep asking which one."""
    assert ART_12.count("行政许可") == 2
    assert apply_instructions(ECOMMERCE, UNITS["art_12"], ART_12, [Instruction("replace", "行政许可", "行政审批")]) == (
        ART_12.replace("行政许可", "行政审批"))
    wording, warning = instructed_wording(ECOMMERCE, UNITS["art_12"], "建议将“行政许可”修改为“行政审批”")  # type: ignore[misc]
    assert wording == ART_12.replace("行政许可", "行政审批")
    assert warning == ("the proposed text reads as an instruction (「行政许可」→「行政审批」), not a wording: read as the "
                       "wording of 第十二条 (art_12) with it applied; 「行政许可」 stands 2 times there: each is changed, as "
                       "将“…”修改为“…” reads in an amendment (to change one, cite its 款 or quote more of its words)")  # fmt: skip
    from lawcomment.exports import localized

    assert localized(warning, "zh").endswith("「行政许可」在此出现2处，均已修改（修正案中“将……修改为……”即指各处；只改一处请写明款或多引几个字）")
    deleted = instructed_wording(ECOMMERCE, UNITS["art_12"], "删去“相关行政许可的，应当依法取得行政许可”")
    assert deleted is not None  # (once: no count)
    with pytest.raises(ValueError, match="「依法」 stands 2 times in 第十二条 \\(art_12\\); which is meant cannot be told"):
        instructed_wording(ECOMMERCE, UNITS["art_12"], "删去“依法”")


@pytest.mark.parametrize(("text", "typed", "wording"), [
    # (two strangers' reviews) never a piece of a larger number, nor a citation's number
    ("自收到通知之日起五日内补正；应当在十五日内作出决定。", "将“五日”修改为“七日”", "自收到通知之日起七日内补正；应当在十五日内作出决定。"),
    ("处一万元以下罚款；情节严重的，处十一万元以下罚款。", "将“一万元”修改为“二万元”", "处二万元以下罚款；情节严重的，处十一万元以下罚款。"),
    ("处1.5万元以下罚款，5万元以上。", "将“5万元”修改为“10万元”", "处1.5万元以下罚款，10万元以上。"),
    ("依照本法第三十条规定，三十日内补正。", "将“三十”修改为“十五”", "依照本法第三十条规定，十五日内补正。"),
    # a unit after a number is that number's: 万元 → 千元 in 五万元
    ("处五万元以下罚款。", "将“万元”修改为“千元”", "处五千元以下罚款。"),
    # (a new user's trial of 反洗钱法 第三十二条) 十万元 is no piece of 二十万元 to change
    ("处二十万元以上五十万元以下罚款；处十万元以下罚款。", "将“十万元”修改为“三十万元”",
     "处二十万元以上五十万元以下罚款；处三十万元以下罚款。"),
])  # fmt: skip
def test_an_instruction_never_changes_a_piece_of_a_larger_number(text: str, typed: str, wording: str) -> None:
    law = parse_text(f"法\n第一条 {text}\n", "zh-CN")
    unit = law.find("art_1")
    assert unit is not None
    found = instructed_wording(law, unit, typed)
    assert found is not None and found[0] == wording and "times" not in found[1], found


@pytest.mark.parametrize(("text", "typed"), [
    # (a stranger's review) short words that stand inside others: asked which one, never all changed
    ("依法办理登记；依法律、行政法规规定办理。", "删去“依法”"),
    ("领取许可证，未经许可不得经营。", "将“许可”修改为“批准”"),
    ("自收到之日起五日内，作出决定之日起生效。", "将“日”修改为“个工作日”"),
])  # fmt: skip
def test_short_words_that_stand_more_than_once_are_refused(text: str, typed: str) -> None:
    law = parse_text(f"法\n第一条 {text}\n", "zh-CN")
    unit = law.find("art_1")
    assert unit is not None
    with pytest.raises(ValueError, match="stands [0-9] times in 第一条 \\(art_1\\); which is meant cannot be told"):
        instructed_wording(law, unit, typed)


def test_words_that_stand_twice_in_english_are_refused_and_a_cited_paragraph_limits_a_chinese_one() -> None:
    para = next(u for e, u in EN_UNITS.items() if e.endswith("__para_3"))
    text = para.body("\n")
    twice = next(w for w in ("the", "of", "and") if len(re.findall(rf"\b{w}\b", text)) > 1)
    with pytest.raises(ValueError, match=f"“{twice}” stands [0-9]+ times in .*; which is meant cannot be told"):
        instructed_wording(EN, para, f"Replace “{twice}” with “a”")
    # 应当 stands in 第十一条's two 款; citing the second changes it there only
    art11 = UNITS["art_11"]
    assert ART_11.count("应当") == 2
    wording, warning = instructed_wording(ECOMMERCE, art11, "将第二款中的“应当”修改为“须”")  # type: ignore[misc]
    first, second = ART_11.split("\n", 1)
    assert wording == first + "\n" + second.replace("应当", "须") and "times" not in warning
    deleted = instructed_wording(ECOMMERCE, UNITS["art_12"], "删去“行政许可”")
    assert deleted is not None and "as 删去“…” reads in an amendment" in deleted[1]


@pytest.mark.parametrize(("text", "typed", "wording", "note"), [
    # (a new user's trial of 反垄断法 第五十二条) a clause that ends the sentence takes its leading ；, as the law would
    ("处一百万元以下的罚款；构成犯罪的，依法追究刑事责任。", "删去“构成犯罪的，依法追究刑事责任”", "处一百万元以下的罚款。",
     "the 「；」 before the deleted words 「构成犯罪的，依法追究刑事责任」 is deleted with them: the text reads 「…一百万元以下的"
     "罚款。」, not 「…一百万元以下的罚款；。」"),
    # a clause opening the sentence, or in its middle: its trailing ，
    ("情节轻微的，可以免予处罚。", "删去“情节轻微的”", "可以免予处罚。",
     "the 「，」 after the deleted words 「情节轻微的」 is deleted with them: the text reads 「可以免予处罚。」, not 「，可以免予处罚。」"),
    ("对个人处罚款，情节严重的，处拘留。", "删去“情节严重的”", "对个人处罚款，处拘留。",
     "the 「，」 after the deleted words 「情节严重的」 is deleted with them: the text reads 「对个人处罚款，处拘留。」, not "
     "「对个人处罚款，，处拘留。」"),
    # between a ， and a ；: the stronger mark stays, whichever side it stands
    ("甲，乙；丙。", "删去“乙”", "甲；丙。",
     "the 「，」 before the deleted words 「乙」 is deleted with them: the text reads 「甲；丙。」, not 「甲，；丙。」"),
    ("甲；乙，丙。", "删去“乙”", "甲；丙。",
     "the 「，」 after the deleted words 「乙」 is deleted with them: the text reads 「甲；丙。」, not 「甲；，丙。」"),
    ("甲、乙、丙应当遵守。", "删去“乙”", "甲、丙应当遵守。",
     "the 「、」 after the deleted words 「乙」 is deleted with them: the text reads 「甲、丙应当遵守。」, not 「甲、、丙应当遵守。」"),
    # two clauses deleted side by side: each mark said once, against the text as it finally reads
    ("甲单位，乙单位，丙单位。", "删去“乙单位”；删去“丙单位”", "甲单位。",
     "the 「，」 before the deleted words 「乙单位」 is deleted with them: the text reads 「甲单位。」, not 「甲单位，，。」; the "
     "「，」 before the deleted words 「丙单位」 is deleted with them: the text reads 「甲单位。」, not 「甲单位，，。」"),
    # the marks quoted with the words, or words beside the cut: nothing more goes, nothing said
    ("处罚款；构成犯罪的，依法追究刑事责任。", "删去“；构成犯罪的，依法追究刑事责任”", "处罚款。", None),
    ("依法登记的，应当公示。", "删去“依法”", "登记的，应当公示。", None),
    ("甲。乙。", "删去“乙。”", "甲。", None),  # a sentence's end left ending the line stays
    ("甲，乙；丙。", "删去“乙；”", "甲，丙。", None),  # the deleted words' ； mid-sentence: as quoted
    # (a reviewer's trial) the clause quoted with its 。: the 。 ends the sentence still, in place of the ；
    ("处一百万元以下的罚款；构成犯罪的，依法追究刑事责任。", "删去“构成犯罪的，依法追究刑事责任。”", "处一百万元以下的罚款。",
     "the 「；」 before the deleted words 「构成犯罪的，依法追究刑事责任。」 is replaced by the 「。」 they end with: the text "
     "reads 「…一百万元以下的罚款。」, not 「…一百万元以下的罚款；」"),
    # a 款 of several: the line's end, as the article's
    ("甲；乙。\n丙。", "删去“乙。”", "甲。\n丙。",
     "the 「；」 before the deleted words 「乙。」 is replaced by the 「。」 they end with: the text reads 「甲。」, not 「甲；」"),
    # a sentence the next follows: its 。 closes the one before
    ("甲，乙。丙。", "删去“乙。”", "甲。丙。",
     "the 「，」 before the deleted words 「乙。」 is replaced by the 「。」 they end with: the text reads 「甲。丙。」, not "
     "「甲，丙。」"),
    # its separator quoted too: the 。 stays, ending the line
    ("处罚款；构成犯罪的，依法追究刑事责任。", "删去“；构成犯罪的，依法追究刑事责任。”", "处罚款。",
     "the 「。」 the deleted words 「；构成犯罪的，依法追究刑事责任。」 end with is kept, ending the line: the text reads "
     "「处罚款。」, not 「处罚款」"),
    # (a reviewer's trial) an item of a list where the list plainly ends after it (等, 的, a mark): the 、 that
    # separated it goes with it
    ("国家鼓励甲、乙、丙等参与测试。", "删去“丙”", "国家鼓励甲、乙等参与测试。",
     "the 「、」 before the deleted words 「丙」 is deleted with them: the text reads 「国家鼓励甲、乙等参与测试。」, not "
     "「国家鼓励甲、乙、等参与测试。」"),
    ("遵循自愿、平等、公平、诚信的原则。", "删去“诚信”", "遵循自愿、平等、公平的原则。",
     "the 「、」 before the deleted words 「诚信」 is deleted with them: the text reads 「…循自愿、平等、公平的原则。」, not "
     "「…循自愿、平等、公平、的原则。」"),
    # (a second review) where the words after the cut may be the item's rest (国家机关、企业事业单位: 删去“企业” is
    # 国家机关、事业单位), or the list's first item follows words (国家鼓励甲、): the 、 is left, said, to be checked
    ("国家鼓励甲、乙、丙参与测试。", "删去“丙”", "国家鼓励甲、乙、参与测试。",
     "the 「、」 before the deleted words 「丙」 is left, as they may be only part of an item of the list: check the "
     "text, which reads 「国家鼓励甲、乙、参与测试。」"),
    ("国家机关、企业事业单位应当遵守本法。", "删去“企业”", "国家机关、事业单位应当遵守本法。",
     "the 「、」 before the deleted words 「企业」 is left, as they may be only part of an item of the list: check the "
     "text, which reads 「国家机关、事业单位应当遵守本法…」"),
    # the member's own words holding the separator: nothing more goes with them
    ("国家鼓励甲、乙、丙参与测试。", "删去“乙、”", "国家鼓励甲、丙参与测试。", None),
    ("国家鼓励甲、乙、丙参与测试。", "删去“、乙”", "国家鼓励甲、丙参与测试。", None),
    # words that may be part of an item only (the items end as the words after them begin; the next item ends as
    # they do): the 、 is left, said, to be checked
    ("甲单位、乙单位、丙单位参与测试。", "删去“丙”", "甲单位、乙单位、单位参与测试。",
     "the 「、」 before the deleted words 「丙」 is left, as they may be only part of an item of the list: check the "
     "text, which reads 「甲单位、乙单位、单位参与测试。」"),
    ("对甲单位、乙单位处罚。", "删去“甲单位”；删去“乙单位”", "对处罚。",  # the whole list
     "the 「、」 before the deleted words 「乙单位」 is deleted with them: the text reads 「对处罚。」, not 「对、处罚。」"),
    ("对甲组单位、乙单位处罚。", "删去“组单位”", "对甲、乙单位处罚。",
     "the 「、」 after the deleted words 「组单位」 is left, as they may be only part of an item of the list: check the "
     "text, which reads 「对甲、乙单位处罚。」"),
    # a mark of the sentence beside words: a word deleted inside a clause, nothing more
    ("对个人处罚款，情节严重的，处拘留。", "删去“严重”", "对个人处罚款，情节的，处拘留。", None),
])  # fmt: skip
def test_a_deleted_clause_takes_its_own_separator_along_and_says_so(text: str, typed: str, wording: str,
                                                                    note: str | None) -> None:  # fmt: skip
    """(a new user's trial) 删去“构成犯罪的，依法追究刑事责任” stored …的罚款；。: the deleted clause's
    separator left beside the sentence's end. Of two marks a deletion leaves side by side (or one
    at a line's edge), the weaker goes with the words, said with the text as it reads: never a
    law character dropped unsaid."""
    law = parse_text(f"法\n第一条 {text}\n", "zh-CN")
    unit = law.find("art_1")
    assert unit is not None
    found = instructed_wording(law, unit, typed)
    assert found is not None
    said = found[1].split(" with it applied", 1)[1].removeprefix("; ")
    assert (found[0], said or None) == (wording, note)
    assert apply_instructions(law, unit, text, read_instructions(typed)[0]) == wording


@pytest.mark.parametrize(("quote", "typed", "wording", "note"), [
    # the quote within the words the instruction changes, or holding them: it confirms where
    ("相关", "将“相关行政许可”修改为“行政许可”", ART_12.replace("相关行政许可", "行政许可"), None),
    ("取得相关行政许可的，应当", "删去“相关”", ART_12.replace("相关", ""), None),
    ("相关", "建议将本条修改为：“电子商务经营者应当依法取得行政许可。”", "电子商务经营者应当依法取得行政许可。", None),
    # words that stand twice: changed where the quote stands, said
    ("相关行政许可", "将“行政许可”修改为“行政审批”", ART_12.replace("相关行政许可", "相关行政审批"),
     "「行政许可」 stands 2 times in 第十二条 (art_12): changed where the quote 「相关行政许可」 stands (leave the quote out "
     "to change each)"),
    # short words too, which without a quote are refused (依法 stands twice)
    ("依法需要", "将“依法”修改为“按规定”", ART_12.replace("依法需要", "按规定需要"),
     "「依法」 stands 2 times in 第十二条 (art_12): changed where the quote 「依法需要」 stands (leave the quote out to change "
     "each)"),
])  # fmt: skip
def test_an_instruction_beside_a_quote_is_applied_where_the_quote_says(quote: str, typed: str, wording: str,
                                                                       note: str | None) -> None:  # fmt: skip
    """(a new user's trial of 反垄断法 第四十六条) an instruction with a quote of the words it is about
    stood in the law text as the quoted words' new wording. It is read as an instruction; the quote
    says only where."""
    found = instructed_wording(ECOMMERCE, UNITS["art_12"], typed, quote)
    assert found is not None
    said = found[1].split(" with it applied", 1)[1].removeprefix("; ")
    assert (found[0], said or None) == (wording, note)


def test_an_instruction_beside_a_quote_of_other_words_is_refused() -> None:
    with pytest.raises(ValueError) as caught:
        instructed_wording(ECOMMERCE, UNITS["art_12"], "将“相关”修改为“有关”", "经营活动")
    assert str(caught.value) == (
        "the proposed text reads as an instruction (「相关」→「有关」), but the quote 「经营活动」 lies outside the words it "
        "changes (quote those words, or none): give the wording as it should read")  # fmt: skip


@pytest.mark.parametrize("channel", ["typed", "csv", "json"])
def test_an_instruction_with_a_quote_is_applied_on_every_intake_path(consultation, tmp_path: Path, channel: str) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial) --quote "五十万元" --propose '建议将“可以处五十万元以下的罚款”修改为“…”': the
    instruction itself stood in the law text as the quoted words' new wording, typed and in a CSV
    with a 原文 column. Read as an instruction on every path, the quote saying where; a quote of
    other words refused, the row named."""
    typed, quote = "建议将“相关行政许可”修改为“行政许可”", "相关"
    said = ("the proposed text reads as an instruction (「相关行政许可」→「行政许可」), not a wording: read as the wording of "
            "第十二条 (art_12) with it applied")  # fmt: skip
    refusal = ("the proposed text reads as an instruction (「相关」→「有关」), but the quote 「经营活动」 lies outside the "
               "words it changes (quote those words, or none): give the wording as it should read")  # fmt: skip

    def run(member: str, quoted: str, text: str):  # type: ignore[no-untyped-def]
        if channel == "typed":
            return consultation("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第十二条",
                                "--quote", quoted, "--propose", text)  # fmt: skip
        path = tmp_path / f"{member}.{channel}"
        if channel == "csv":
            path.write_text(f"会员,条款,原文,修改建议\n{member},第十二条,{quoted},{text}\n", encoding="utf-8")
        else:
            path.write_text(json.dumps([{"member": member, "article": "第十二条", "quote": quoted, "proposed_text": text}],
                                       ensure_ascii=False), encoding="utf-8")  # fmt: skip
        return consultation("comment", "import", str(path), "--draft", "ecommerce@1")

    added = run("acme", quote, typed)
    assert added.exit_code == 0, added.output
    where = "" if channel == "typed" else f"{tmp_path / f'acme.{channel}'}: row 2: " if channel == "csv" else \
        f"{tmp_path / 'acme.json'}: item 1: "  # fmt: skip
    assert added.stderr == f"warning: {where}{said}\n"
    assert "read as the new wording of the quoted words" not in added.output
    refused = run("beta", "经营活动", "将“相关”修改为“有关”")
    assert refused.exit_code == 1
    if channel == "typed":
        assert refused.stderr == f"Error: {refusal}\n"
    else:
        row = "row 2" if channel == "csv" else "item 1"
        assert refused.stderr == (f"Error: {tmp_path / f'beta.{channel}'}: 1 of 1 row(s) are invalid; nothing was imported "
                                  f"(fix them, or pass --skip-invalid)\n  {row}: {refusal}\n")  # fmt: skip
    assert _proposals(consultation) == [("art_12", ART_12.replace("相关行政许可", "行政许可"))]
    merged = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "第十二条", "--format", "json").stdout)
    assert [(c["old"], c["new"]) for c in merged["units"][0]["changes"]] == [("相关", "")]


def test_a_typed_deletion_says_the_separator_it_takes_along(consultation) -> None:  # type: ignore[no-untyped-def]
    added = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条", "--propose",
                         "删去“应当依法取得行政许可”")  # fmt: skip
    assert (added.exit_code, added.stdout, added.stderr) == (0, "added comment #1 by acme on 第十二条 (art_12) (amend)\n", (
        "warning: the proposed text reads as an instruction (删去「应当依法取得行政许可」), not a wording: read as the wording "
        "of 第十二条 (art_12) with it applied; the 「，」 before the deleted words 「应当依法取得行政许可」 is deleted with them: "
        "the text reads 「…取得相关行政许可的。」, not 「…取得相关行政许可的，。」\n"))  # fmt: skip
    assert _proposals(consultation) == [("art_12", "电子商务经营者从事经营活动，依法需要取得相关行政许可的。")]


@pytest.mark.parametrize(("at", "wording", "note"), [
    # (a reviewer's trial) the quote stands twice, as the words do: changed where it was anchored, as the intake says
    (22, ART_12.replace("相关行政许可", "相关行政审批"),
     "「行政许可」 stands 2 times in 第十二条 (art_12): changed where the quote 「行政许可」 is anchored, the 1st of the 2 "
     "places it stands (leave the quote out to change each)"),
    (34, ART_12.replace("取得行政许可。", "取得行政审批。"),
     "「行政许可」 stands 2 times in 第十二条 (art_12): changed where the quote 「行政许可」 is anchored, the 2nd of the 2 "
     "places it stands (leave the quote out to change each)"),
    # where it was anchored is not known: each place, said so
    (None, ART_12.replace("行政许可", "行政审批"),
     "「行政许可」 stands 2 times there: each is changed, as 将“…”修改为“…” reads in an amendment (to change one, cite "
     "its 款 or quote more of its words)"),
])  # fmt: skip
def test_a_quote_that_stands_twice_changes_the_words_where_it_was_anchored(at: int | None, wording: str,
                                                                           note: str) -> None:  # fmt: skip
    """(a reviewer's trial) --quote 五十万元 where it stands twice: the intake said "anchored at the
    first", and the instruction changed both places. The anchor's place is the one changed."""
    found = instructed_wording(ECOMMERCE, UNITS["art_12"], "将“行政许可”修改为“行政审批”", "行政许可", at)
    assert found is not None
    assert (found[0], found[1].split(" with it applied; ", 1)[1]) == (wording, note)


def test_a_quote_that_stands_twice_is_anchored_and_changed_at_one_place_on_every_path(consultation,
                                                                                    tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    typed = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条", "--quote",
                         "行政许可", "--propose", "将“行政许可”修改为“行政审批”")  # fmt: skip
    assert (typed.exit_code, typed.stderr) == (0, (
        "warning: the proposed text reads as an instruction (「行政许可」→「行政审批」), not a wording: read as the wording of "
        "第十二条 (art_12) with it applied; 「行政许可」 stands 2 times in 第十二条 (art_12): changed where the quote 「行政许可」 "
        "is anchored, the 1st of the 2 places it stands (leave the quote out to change each)\n"
        "warning: the quote '行政许可' occurs 2 times in art_12; anchored at the first\n"))  # fmt: skip
    # a file's selector anchors it at its second place: the words are changed there
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([{"member": "beta", "article": "第十二条", "quote": "行政许可", "selector": {"offset": 34},
                                 "proposed_text": "将“行政许可”修改为“行政审批”"}], ensure_ascii=False), encoding="utf-8")
    imported = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert imported.exit_code == 0, imported.output
    assert "the 2nd of the 2 places it stands" in imported.stderr
    assert _proposals(consultation) == [("art_12", ART_12.replace("相关行政许可", "相关行政审批")),
                                        ("art_12", ART_12.replace("取得行政许可。", "取得行政审批。"))]


@pytest.mark.parametrize("channel", ["typed", "csv", "json", "edit"])
@pytest.mark.parametrize(("typed", "said"), [
    # (a reviewer's trial) the commonest suggestion beside a quote: its words, never the instruction, in the law text
    ("修改为“有关行政许可”", "the proposed text 「修改为“有关行政许可”」 reads as an instruction, not law text: 「有关行政许可」 is read"),
    ("建议改成“有关行政许可”。", "the proposed text 「建议改成“有关行政许可”。」 reads as an instruction, not law text: 「有关行政许可」 "
     "is read"),
    ("替换为：“有关行政许可”", "the proposed text 「替换为：“有关行政许可”」 reads as an instruction, not law text: 「有关行政许可」 is "
     "read"),
    # the new words in quotation marks the law has not there: the marks are no law text
    ("“有关行政许可”", "the quotation marks of the proposed text 「“有关行政许可”」 are not the law's there: 「有关行政许可」 is read"),
])  # fmt: skip
def test_the_quoted_words_new_words_said_as_a_change_or_in_marks_are_their_wording(consultation, tmp_path: Path,
                                                                                   typed: str, said: str,
                                                                                   channel: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """(a reviewer's trial) --quote 五十万元以下 --propose '修改为“一百万元”' stored 可以处修改为“一百万元”的罚款,
    and '“一百万元”' put the quotation marks in the law text. Typed, imported or edited in: the words."""
    quote = "相关行政许可"
    warning = (f"{said} as the new wording of the quoted words 「{quote}」, not of the whole unit (give the whole unit as "
               "it should read to say otherwise)")  # fmt: skip
    if channel in ("typed", "edit"):
        first = typed if channel == "typed" else "有关许可"
        added = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十二条",
                             "--quote", quote, "--propose", first)  # fmt: skip
        assert added.exit_code == 0, added.output
        result = added if channel == "typed" else consultation("comment", "edit", "1", "--propose", typed)
        assert (result.exit_code, result.stderr) == (0, f"warning: {warning}\n")
    else:
        path = tmp_path / f"rows.{channel}"
        if channel == "csv":
            path.write_text(f"会员,条款,原文,修改建议\nacme,第十二条,{quote},{typed}\n", encoding="utf-8")
        else:
            path.write_text(json.dumps([{"member": "acme", "article": "第十二条", "quote": quote, "proposed_text": typed}],
                                       ensure_ascii=False), encoding="utf-8")  # fmt: skip
        result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
        where = f"{path}: row 2: " if channel == "csv" else f"{path}: item 1: "
        assert (result.exit_code, result.stderr) == (0, f"warning: {where}{warning}\n")
    assert _proposals(consultation) == [("art_12", ART_12.replace("相关行政许可", "有关行政许可"))]


def test_a_typed_deletion_sets_the_marks_beside_it_and_says_so(consultation) -> None:  # type: ignore[no-untyped-def]
    """(a reviewer's trial) the clause quoted with its 。 took the article's full stop with it
    (…罚款); a list's last item left its 、 dangling (甲、乙、参与)."""
    clause = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第四十五条", "--propose",
                          "删去“未采取必要措施的，与侵权人承担连带责任。”")  # fmt: skip
    assert (clause.exit_code, clause.stderr) == (0, (
        "warning: the proposed text reads as an instruction (删去「未采取必要措施的，与侵权人承担连带责任。」), not a wording: "
        "read as the wording of 第四十五条 (art_45) with it applied; the 「；」 before the deleted words 「未采取必要措施的，"
        "与侵权人承担连带责任。」 is replaced by the 「。」 they end with: the text reads 「…易和服务等必要措施。」, not "
        "「…易和服务等必要措施；」\n"))  # fmt: skip
    item = consultation("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第五条", "--propose",
                        "删去“诚信”")  # fmt: skip
    assert (item.exit_code, item.stderr) == (0, (
        "warning: the proposed text reads as an instruction (删去「诚信」), not a wording: read as the wording of 第五条 "
        "(art_5) with it applied; the 「、」 before the deleted words 「诚信」 is deleted with them: the text reads 「…循自愿、"
        "平等、公平的原则，遵守法律和商…」, not 「…循自愿、平等、公平、的原则，遵守法律和商…」\n"))  # fmt: skip
    stored = dict(_proposals(consultation))
    assert stored["art_45"] is not None and stored["art_45"].endswith("终止交易和服务等必要措施。")
    assert stored["art_5"] is not None and "遵循自愿、平等、公平的原则" in stored["art_5"]


def test_a_suggestion_typed_as_an_english_wording_is_shown_an_english_instruction(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a bilingual trial) An English member's suggestion, refused as no wording, was shown an instruction
    in Chinese to write instead (将“…”修改为“…”)."""
    from click.testing import CliRunner

    from lawcomment.cli import cli
    from lawcomment.exports import localized

    root = Path(__file__).resolve().parent.parent / "examples" / "ecommerce"
    db = tmp_path / "lc.db"

    def run(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(cli, ["--db", str(db), *args])

    for args in (["init"], ["draft", "add", str(root / "draft-v1.md"), "--name", "ec", "--version", "1", "--translation",
                            str(root / "draft-v1-en.md")], ["member", "add", "fjord", "--lang", "en"]):  # fmt: skip
        assert run(*args).exit_code == 0
    refused = run("comment", "add", "--member", "fjord", "--draft", "ec@1", "--lang", "en", "--at", "Article 5",
                  "--propose", "We suggest that the law should also cover disparagement through paid online reviews.")
    assert refused.exit_code == 1
    said = refused.output.removeprefix("Error: ").strip()
    assert said.endswith(': give the wording as it should read, or an instruction such as replace "…" with "…", and put '
                         "the suggestion in the reason (a comment)"), said
    assert localized(said, "zh").startswith("修改建议栏写的是建议")
