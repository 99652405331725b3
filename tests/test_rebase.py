"""Moving a proposal's edits onto the next version's text (lawcomment.review.rebase): made,
moved, made in part (the rest put in), or rewritten."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawcomment.review.rebase import made_in_part, rebase, slides, version_diff, written_anew
from lawcomment.review.redline import Span, splice

OLD = "确定重要数据具体目录，对列入目录的数据进行重点保护。"


@pytest.mark.parametrize(("was", "now", "wanted", "part"), [
    ("", "并向社会公布，", "并及时向社会公布，", True),  # an insertion made without one word
    ("并可以责令暂停相关业务、停业整顿", "并可以责令暂停相关业务", "", True),  # a deletion made in part
    ("一百", "二百", "三百", False),  # another number is no step towards the one asked
    ("二十万", "五十万", "十万", False),
    ("五万", "三万", "一万", False),
    # a number is a whole: 五万 is no step from 一万 to 五千, though it wrote the 五 asked (统计法 第四十二条, a trial)
    ("处一万元以下", "处五万元以下", "处五千元以下", False),
    ("处一万元以下", "处五万元以下", "处二万元以下", False),
    ("处一万元以下", "处一万元以下罚款", "处五千元以下罚款", True),  # the number left as it was: the words on the way
    ("及时", "及时", "立即", False),  # nothing made
    ("及时", "立即", "立即", False),  # all of it made: adopted, not in part
])  # fmt: skip
def test_made_in_part(was: str, now: str, wanted: str, part: bool) -> None:
    assert made_in_part(was, now, wanted) is part


def test_a_change_made_in_part_is_carried_as_what_it_left_out() -> None:
    proposal = OLD.replace("目录，对", "目录，并及时向社会公布，对")
    new = OLD.replace("目录，对", "目录，并向社会公布，对")
    moved = rebase(OLD, proposal, new)
    assert moved.text == proposal and moved.partly == 1 and moved.adopted == moved.failed == 0
    (edit,) = moved.edits
    assert (edit.state, edit.old_words, edit.new_words) == ("partly", "并及时向社会公布，", "并向社会公布，")


def test_another_number_is_still_a_rewrite() -> None:
    moved = rebase("处一百元罚款", "处三百元罚款", "处二百元罚款")
    assert moved.text == "处二百元罚款" and moved.failed == 1 and moved.partly == 0


def test_the_words_quoted_around_a_change_that_does_not_fit_are_the_new_text_s() -> None:
    """(a reviewer) The words quoted reach out to the edges of what the new version rewrote there:
    never 「技能从事便民」 → 「民」, words the new text does not have said as if it did."""
    old = "销售自产农副产品，个人利用自己的技能从事便民劳务活动，以及零星小额交易。"
    new = old.replace("个人利用自己的技能从事便民劳务活动", "个人从事合法便民劳务活动")
    moved = rebase(old, "销售自产农副产品，个人从事依法便民劳务活动，以及零星小额交易。", new)
    assert [(e.state, e.old_words, e.new_words) for e in moved.edits] == [
        ("adopted", "", ""), ("changed", "利用自己的技能从事便民", "从事合法便民")]
    assert all(e.new_words in new for e in moved.edits)


def test_a_rewritten_number_is_quoted_whole() -> None:
    """What the new version wrote for a number a proposal changed is quoted with its measure word and
    bound (「可以并处一万元以下」, not 「可以并处一万元以」: a trial of 统计法 第四十二条)."""
    old = "企业事业单位或者其他组织有前款所列行为之一的，可以并处一万元以下的罚款。"
    moved = rebase(old, old.replace("一万", "五千"), old.replace("一万", "五万"))
    (edit,) = moved.edits
    assert (edit.state, edit.old_words, edit.new_words) == ("changed", "可以并处一万元以下", "可以并处五万元以下")


@given(st.text(alphabet="甲乙丙丁戊己庚", min_size=2, max_size=8), st.data())
def test_words_put_in_short_of_a_proposed_insertion_are_made_in_part(words: str, data: st.DataObject) -> None:
    """The next version put in some of the words proposed, in order: made in part, and the carried
    proposal reads as proposed; a word the proposal never had is a rewrite, never in part."""
    keep = data.draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    part = "".join(ch for ch, k in zip(words, keep, strict=True) if k)
    if part in ("", words):
        return
    proposal, new = OLD.replace("，对", f"，{words}对"), OLD.replace("，对", f"，{part}对")
    assert made_in_part("", part, words)
    moved = rebase(OLD, proposal, new)
    assert moved.text == proposal and [e.state for e in moved.edits] == ["partly"]
    assert not made_in_part("", part + "辛", words)  # 辛: not a word of the proposal


LIST = "禁止：\n（五）甲；\n（六）乙。\n本法所称丙。"


@pytest.mark.parametrize(("proposal", "moved"), [
    ("禁止：\n（五）甲；\n本法所称丙。", "禁止：\n（五）甲；"),  # the last 项 taken out, line break and all
    ("禁止：\n（五）甲；\n（六）丁。\n本法所称丙。", "禁止：\n（五）甲；\n（六）丁。"),  # reworded
    ("禁止：\n（五）甲；\n（六）乙；\n（七）戊。\n本法所称丙。", "禁止：\n（五）甲；\n（六）乙；\n（七）戊。"),  # one put in after it
])  # fmt: skip
def test_a_whole_line_edited_before_a_paragraph_split_off_is_moved(proposal: str, moved: str) -> None:
    """The next version split the last 款 off into an article of its own: the list's last line
    now ends the text. An edit of whole lines that ran into the split-off 款's line break moves
    as the same edit with the break before it (never 'rewritten by the new version')."""
    result = rebase(LIST, proposal, "禁止：\n（五）甲；\n（六）乙。")
    assert (result.text, result.failed) == (moved, 0), result.edits


AML_OLD = "前款应当通报的金额标准由国务院反洗钱行政主管部门会同海关总署规定。"  # 反洗钱法 (2006) 第十二条第二款


@pytest.mark.parametrize(("new", "state"), [
    # 2024 第十八条第二款: the clause before the point rewritten, the words written after 主管部门 as asked
    ("前款规定的申报范围、金额标准以及通报机制等，由国务院反洗钱行政主管部门、国务院外汇管理部门按照职责分工会同海关总署规定。",
     "adopted"),
    # rewritten without them: proposed still, at its place
    ("前款规定的申报范围、金额标准以及通报机制等，由国务院反洗钱行政主管部门会同海关总署规定。", "moved"),
])  # fmt: skip
def test_an_insertion_beside_a_rewrite_that_made_it_is_adopted_not_put_in_again(new: str, state: str) -> None:
    proposal = AML_OLD.replace("主管部门会同", "主管部门、国务院外汇管理部门会同")
    moved = rebase(AML_OLD, proposal, new)
    assert [e.state for e in moved.edits] == [state]
    assert moved.text.count("国务院外汇管理部门") == 1


def test_words_that_stand_elsewhere_in_the_rewriting_beside_an_insertion_do_not_make_it() -> None:
    """由有关部门依照国务院规定负责实施 asked; the new version reads 由依照国务院规定设立的监管机构负责实施:
    the phrase says how the body is set up, not how it acts. The insertion is proposed still."""
    old = "具体办法由有关部门负责实施。"
    moved = rebase(old, old.replace("部门负责", "部门依照国务院规定负责"), "具体办法由依照国务院规定设立的监管机构负责实施。")
    assert [e.state for e in moved.edits] == ["moved"]


@pytest.mark.parametrize(("new", "state"), [
    ("由丁机构依法按照职责分工会同丙规定。", "moved"),  # 依法 amid the rewriting beside it: by chance, put in still
    ("由丁机构按照职责分工依法会同丙规定。", "adopted"),  # at its edge, next to where it was asked: made
])  # fmt: skip
def test_a_short_insertion_counts_as_made_by_the_rewriting_beside_it_only_at_its_edge(new: str, state: str) -> None:
    old = "由甲部门会同丙规定。"
    moved = rebase(old, old.replace("会同", "依法会同"), new)
    assert [e.state for e in moved.edits] == [state]


def test_every_check_a_carried_note_asks_for_is_named() -> None:
    """A note asking for two checks is listed under both (carry_check names the first alone)."""
    from lawcomment.review.rebase import carry_check, carry_checks

    note = ("第十三条 (art_13) → 第十三条 (art_13); quote re-anchored approximately: 「行政法规禁止交易」 → 「行政法规明令禁止交易」; "
            "check the stance: it supported 第十三条 (art_13) as the old version worded it, and the new version rewords "
            "第十三条 (art_13); check the place: 「x」 is not in 第一条 (art_1), where 第一条 (art_1) went, but in 第二条 "
            "(art_2) with the words around it")  # fmt: skip
    assert carry_checks(note) == {"stance", "elsewhere"} and carry_check(note) == "stance"
    assert carry_checks("第十条 (art_10) → 第十一条 (art_11)") == frozenset() and carry_check("") == ""


# 农产品质量安全法 2018 → 2022 (a trial): proposals the new version made, which the two diffs
# place a few characters apart where the words around repeat
_FINE_OLD = "逾期不改正的，可以处二千元以下罚款。"
_FINE_NEW = "逾期不改正的，处二千元以上二万元以下罚款。"
_KUAN_OLD = "复检不得采用快速检测方法。\n因检测结果错误给当事人造成损害的，依法承担赔偿责任。"
_KUAN_NEW = "复检不得采用快速检测方法。\n复检机构应当自收到复检样品之日起七个工作日内出具检测报告。\n因检测结果错误给当事人造成损害的，依法承担赔偿责任。"
_DEPT_OLD = "县级以上地方人民政府农业行政主管部门按照保障农产品质量安全的要求"
_DEPT_NEW = "县级以上地方人民政府农业农村主管部门应当会同同级生态环境、自然资源等部门按照保障农产品质量安全的要求"


@pytest.mark.parametrize(("old", "proposal", "new"), [
    # 上二万元以 put in after 二千元以 is 元以上二万 put in after 二千
    (_FINE_OLD, _FINE_OLD.replace("二千元以下", "二千元以上二万元以下"), _FINE_NEW),
    # a 款 put in at the start of a line is the same 款 put in at the end of the one before
    (_KUAN_OLD, _KUAN_NEW, _KUAN_NEW),
])  # fmt: skip
def test_a_change_the_new_version_made_a_few_characters_away_is_adopted_never_put_in_twice(
        old: str, proposal: str, new: str) -> None:  # fmt: skip
    moved = rebase(old, proposal, new)
    assert moved.text == new and moved.adopted == len(moved.edits) >= 1, moved


def test_other_words_put_in_where_the_words_around_repeat_do_not_make_an_insertion() -> None:
    # 以上二万元 asked, 以上五千元 written there: a rewrite, never adopted
    moved = rebase(_FINE_OLD, _FINE_OLD.replace("二千元以下", "二千元以上二万元以下"), _FINE_OLD.replace("二千元以下", "二千元以上五千元以下"))
    assert moved.adopted == 0 and moved.failed == 1, moved


@given(st.text(alphabet="甲乙丙", max_size=12), st.integers(min_value=0, max_value=12), st.text(alphabet="甲乙丙", min_size=1, max_size=4))
def test_every_slide_of_an_insertion_gives_the_same_text(old: str, at: int, words: str) -> None:
    at = min(at, len(old))
    wanted = old[:at] + words + old[at:]
    places = slides(old, Span(at, at, words))
    assert (at, words) in places
    assert all(old[:k] + w + old[k:] == wanted for k, w in places)


def test_an_insertion_the_rewriting_beside_it_said_its_own_way_is_not_put_in_twice() -> None:
    # 会计法 2017 → 2024 (a trial): 、个人隐私和个人信息 asked after 商业秘密; the new version rewrote
    # 和商业秘密 as 、工作秘密、商业秘密、个人隐私、个人信息
    old = "知悉的国家秘密和商业秘密负有保密义务。"
    new = "知悉的国家秘密、工作秘密、商业秘密、个人隐私、个人信息负有保密义务。"
    moved = rebase(old, "知悉的国家秘密、商业秘密、个人隐私和个人信息负有保密义务。", new)
    assert "个人隐私和个人信息" not in moved.text and moved.failed == len(moved.edits), moved


def test_other_words_put_in_beside_a_rewriting_are_still_put_in() -> None:
    old = "知悉的国家秘密和商业秘密负有保密义务。"
    new = "知悉的国家秘密、工作秘密、商业秘密、个人隐私、个人信息负有保密义务。"
    moved = rebase(old, "知悉的国家秘密和商业秘密以及数据安全信息负有保密义务。", new)
    assert moved.text == new.replace("个人信息负有", "个人信息以及数据安全信息负有") and moved.failed == 0, moved


@pytest.mark.parametrize(("old", "proposal", "new"), [
    # 行政主管 → 农村主管部门会同同级生态环境、自然资源等 is 行政 → 农村, made, and 会同同级…部门 put in
    # after 主管部门, which the new version wrote with 应当: not as proposed, never put in twice
    (_DEPT_OLD, _DEPT_OLD.replace("行政主管部门", "农村主管部门会同同级生态环境、自然资源等部门"), _DEPT_NEW),
    # (a stranger's review) 五千元以下 asked, 五千元以上二万元以下 written: 以下 is there, not as asked
    ("违反本条规定的，可以处二千元罚款。", "违反本条规定的，可以处五千元以下罚款。", "违反本条规定的，可以处五千元以上二万元以下罚款。"),
    # 公开 asked, 不公开 written
    ("行政机关应当听取意见。", "有关部门应当公开听取意见。", "有关部门应当不公开听取意见。"),
    # (a fuzzer) 及时 asked after 应当, 应当 → 必须及时、 written: 及时 near the rewriting's edge
    ("有关部门应当公开听取意见。", "有关部门应当及时公开听取意见。", "有关部门必须及时、公开听取意见。"),
    # 以内 asked after 二千元 (the diff puts it as 内以 after 二千元以), 二千元 → 千元以内 written
    ("可以处二千元以下罚款。", "可以处二千元以内以下罚款。", "可以处千元以内以下罚款。"),
])  # fmt: skip
def test_words_the_new_version_wrote_with_others_around_them_are_not_adopted_nor_put_in_twice(
        old: str, proposal: str, new: str) -> None:  # fmt: skip
    moved = rebase(old, proposal, new)
    assert moved.text == new and moved.failed >= 1, moved


def test_a_replacement_beside_words_the_new_version_put_in_is_not_written_beside_them() -> None:
    # (a stranger's review) 五 → 十个工作 asked; 个工作 put in after 五: 十个工作日, never 十个工作个工作日
    moved = rebase("应当在五日内公布。", "应当在十个工作日内公布。", "应当在五个工作日内公布。")
    assert moved.text == "应当在十个工作日内公布。" and [e.state for e in moved.edits] == ["partly"], moved


def test_words_the_new_version_wrote_between_two_changes_asked_are_no_adoption() -> None:
    # (a fuzzer) 应当 → 可以 and 依法 put in, joined by the diff; 不 written between them
    moved = rebase("人民法院应当对其从轻处罚。", "人民法院可以对其依法从轻处罚。", "人民法院可以对不其依法从轻处罚。")
    assert moved.adopted == 0 and moved.text == "人民法院可以对不其依法从轻处罚。", moved


def test_an_insertion_the_rewriting_beside_it_made_where_the_words_around_repeat_is_adopted() -> None:
    # (a fuzzer) 数据和 asked after 组织和 is 和数据 after 组织, where 任何组织 → 其组和数据 ends
    moved = rebase("任何组织和个人不得泄露。", "任何组织和数据和个人不得泄露。", "其组和数据和个人不得泄露。")
    assert moved.text == "其组和数据和个人不得泄露。" and moved.adopted == 1, moved


def test_words_the_new_version_wrote_right_where_an_insertion_goes_are_never_put_in_twice() -> None:
    # (a fuzzer) the diff aligns 以内 asked after 五百元 with other words the new version wrote
    # there (以内的以其下): it stands there already, put in again it would read 以内以内
    old = "可以并处五百元以下罚款。"
    moved = rebase(old, "不得并处五百元以内以下罚款。", "不得并处五百元以内的以其下罚款。")
    assert moved.text == "不得并处五百元以内的以其下罚款。" and "moved" not in [e.state for e in moved.edits], moved


def test_a_new_item_the_new_version_put_in_and_numbered_on_after_is_adopted() -> None:
    # (a new user's trial of 畜牧法) （二）随意弃置病死畜禽；⏎ asked before （二）; the new version wrote
    # 随意弃置病死畜禽；⏎（三） after its label: the same new 项, the next one numbered on
    old = "从事畜禽养殖，不得有下列行为:\n（一）在垃圾场饲养畜禽；\n（二）其他行为。"
    new = "从事畜禽养殖，不得有下列行为：\n（一）在垃圾场饲养畜禽；\n（二）随意弃置病死畜禽；\n（三）其他行为。"
    from lawcomment.review.rebase import Mover

    assert Mover(old, new).move(Span(29, 29, "（二）随意弃置病死畜禽；\n")).state == "adopted"


def test_a_new_item_citing_another_item_is_not_the_version_s_new_item_citing_a_third() -> None:
    # (a stranger's review) only the labels opening lines are set aside: 违反第（一）项 is not 违反第（二）项
    old = "有下列行为之一的，予以处罚：\n（一）甲行为；\n（二）乙行为；\n（三）其他行为。"
    new = "有下列行为之一的，予以处罚：\n（一）甲行为；\n（二）乙行为；\n（三）违反第（二）项规定的；\n（四）其他行为。"
    from lawcomment.review.rebase import Mover

    at = old.index("（三）其他")
    assert Mover(old, new).move(Span(at, at, "（三）违反第（一）项规定的；\n")).state != "adopted"


def test_words_put_in_after_the_words_asked_at_a_rewritings_edge_are_adopted() -> None:
    """(农产品质量安全法 2018 第十八条 → 2022 第二十二条, a trial) 有关环境保护 asked after 违反; the new
    version's diff is one rewriting, 禁止违反 → 任何单位和个人不得违反有关环境保护, which ends with the
    words after the two characters they were asked after: made, never a change that does not fit."""
    old = "禁止违反法律、法规的规定向农产品产地排放有毒有害物质。"
    new = "任何单位和个人不得违反有关环境保护法律、法规的规定向农产品产地排放有毒有害物质。"
    moved = rebase(old, old.replace("违反法律", "违反有关环境保护法律"), new)
    assert [e.state for e in moved.edits] == ["adopted"] and moved.text == new
    # a rewriting that writes a number there changes what the words speak of: not made
    old2, new2 = "可以处二千元罚款。", "可以处五千元以下罚款。"
    assert [e.state for e in rebase(old2, old2.replace("二千元", "二千元以下"), new2).edits] == ["changed"]


def test_a_replacement_made_by_the_opening_words_of_a_longer_rewriting_is_adopted() -> None:
    """(公司法 2018 第四十四条 → 2023 第六十八条, a new user's trial) 至十三人 → 以上 asked; the new
    version wrote 三人以上，其成员中可以有… in place of 三人至十三人；但是，…除外: the words asked, then a
    clause of its own. Not when the rewriting goes on with more words of the same clause."""
    old = "有限责任公司设董事会，其成员为三人至十三人；但是，本法第五十条另有规定的除外。"
    asked = old.replace("三人至十三人", "三人以上")
    new = "有限责任公司董事会成员为三人以上，其成员中可以有公司职工代表。"
    assert [e.state for e in rebase(old, asked, new).edits] == ["adopted"]
    assert [e.state for e in rebase(old, asked, new.replace("三人以上，", "三人以上五人以下，")).edits] == ["changed"]
    # (a stranger's review) nor when the clause after the mark qualifies the words or writes a number
    assert [e.state for e in rebase(old, asked, "有限责任公司设董事会，其成员为三人以上，但不得超过十三人。").edits] == ["changed"]


def test_words_asked_in_beside_words_the_new_version_replaced_with_them_are_not_adopted() -> None:
    """(a new user's trial of 畜牧法 2015 → 2022 第一条) 高质量 asked after 持续健康, which the member
    keeps; the new version wrote 高质量 in place of 持续健康: another member's change (持续健康 →
    高质量), not this one, for the re-basing and the report alike."""
    old = "维护畜牧业生产经营者的合法权益，促进畜牧业持续健康发展。"
    asked = old.replace("持续健康", "持续健康高质量")
    new = "维护畜牧业生产经营者的合法权益，防范公共卫生风险，促进畜牧业高质量发展。"
    assert [e.state for e in rebase(old, asked, new).edits] == ["changed"]
    # the member who asked the replacement itself: made
    assert [e.state for e in rebase(old, old.replace("持续健康", "高质量"), new).edits] == ["adopted"]


def test_a_paragraph_asked_deleted_after_one_the_new_version_added_a_sentence_to_still_fits() -> None:
    """(a new user's trial of 反垄断法 2022 第六十一条) 第二款 asked deleted; the new version only put a
    sentence at the end of 第一款, before the line break the deletion starts with: the deletion fits."""
    old = "行政机关滥用行政权力的，由上级机关责令改正。\n法律另有规定的，依照其规定。"
    new = "行政机关滥用行政权力的，由上级机关责令改正。行政机关应当将有关改正情况书面报告。\n法律另有规定的，依照其规定。"
    moved = rebase(old, "行政机关滥用行政权力的，由上级机关责令改正。", new)
    assert [e.state for e in moved.edits] == ["moved"]
    assert moved.text == "行政机关滥用行政权力的，由上级机关责令改正。行政机关应当将有关改正情况书面报告。"


@pytest.mark.parametrize("asked", [
    "行政机关滥用行政权力的，由上级机关责令改正。本法另有规定的除外。",  # part of 第二款 joined onto 第一款
    "行政机关滥用行政权力的，由上级机关责令改正。法律另有规定的，依照其规定。本法另有规定的除外。",  # the 款 joined
])  # fmt: skip
def test_a_deletion_that_joins_a_paragraph_onto_one_the_new_version_went_on_does_not_fit(asked: str) -> None:
    """(a reviewer) Only whole lines taken out fit after a 款 the new version went on: words joined
    onto it would follow a sentence the member never saw."""
    old = "行政机关滥用行政权力的，由上级机关责令改正。\n法律另有规定的，依照其规定。本法另有规定的除外。"
    new = "行政机关滥用行政权力的，由上级机关责令改正。行政机关应当将有关改正情况书面报告。\n法律另有规定的，依照其规定。本法另有规定的除外。"
    assert "changed" in [e.state for e in rebase(old, asked, new).edits]


def test_two_edits_the_new_version_wrote_together_in_a_rewriting_are_adopted_not_kept_as_not_fitting() -> None:
    # 矿产资源法 2009 第四十七条 → 2024 第六十二条 (a trial): 依法 asked before 给予, 行政 asked out; the new
    # version wrote ，依法给予处分 in a sentence of its own. The adoption report judges so too.
    old = "违反本法规定，构成犯罪的，依法追究刑事责任；不构成犯罪的，给予行政处分。违法颁发的许可证，有权予以撤销。"
    new = "工作人员滥用职权、玩忽职守、徇私舞弊的，依法给予处分。"
    moved = rebase(old, old.replace("给予行政处分", "依法给予处分"), new)
    assert [e.state for e in moved.edits] == ["adopted", "adopted"], moved
    assert moved.text == new


def test_words_replaced_after_words_they_follow_twice_are_judged_each_at_its_place() -> None:
    # 矿产资源法 2009 第十一条 → 2024 第十四条 (a trial): 地质矿产 → 自然资源 asked four times; the new version,
    # rewriting the article, wrote 国务院自然资源 once: the second 国务院地质矿产 is not shown made by the first's
    from lawcomment.review.rebase import replaced_beside

    old = "国务院地质矿产主管部门主管全国的监督管理工作。国务院有关主管部门协助国务院地质矿产主管部门进行监督管理工作。"
    new = "国务院自然资源主管部门会同有关部门负责全国矿产资源勘查、开采和矿区生态修复等活动的监督管理工作。"
    first, second = (Span(k, k + 4, "自然资源") for k in (old.index("地质矿产"), old.rindex("地质矿产")))
    assert not replaced_beside(old, new, second)
    assert not replaced_beside(old, new, first)  # (the same words before it: which one, the two characters cannot say)
    once = old.replace("协助国务院地质矿产", "协助地质矿产")
    assert replaced_beside(once, new, Span(once.index("地质矿产"), once.index("地质矿产") + 4, "自然资源"))


def test_words_quoted_around_a_change_of_english_text_are_whole_words() -> None:
    # a trial (an English bill's next reading): the carry quoted 「hin 90 d」 as 「hin 45 d」
    from lawcomment.review.rebase import Mover

    old = "The operator shall respond within 90 days of the request."
    moved = Mover(old, old.replace("90", "45")).move(Span(old.index("90"), old.index("90") + 2, "60"))
    assert (moved.state, moved.old_words, moved.new_words) == ("changed", "within 90 days", "within 45 days")
    zh = "电子商务经营者应当在三十日内公示。"  # (Chinese: as before)
    moved = Mover(zh, zh.replace("三十", "十五")).move(Span(zh.index("三十"), zh.index("三十") + 2, "六十"))
    assert (moved.old_words, moved.new_words) == ("者应当在三十日内", "者应当在十五日内")


@pytest.mark.parametrize(("old", "proposal", "new", "text", "state"), [
    # words put into a quantity whose number the new version changed apart from them: a number is a
    # whole (以上五万元 into 一万元|以下, the law now 五万元以下: never 五万元以上五万元以下, a trial's 统计法)
    ("可以并处一万元以下的罚款。", "可以并处一万元以上五万元以下的罚款。", "可以并处五万元以下的罚款。",
     "可以并处五万元以下的罚款。", "changed"),
    ("提前三十日公示。", "提前三十个工作日公示。", "提前六十日公示。", "提前六十日公示。", "changed"),
    # the quantity as it was, the words around it rewritten: moved
    ("可以并处一万元以下的罚款。", "可以并处一万元以上五万元以下的罚款。", "依法可以并处一万元以下的罚款。",
     "依法可以并处一万元以上五万元以下的罚款。", "moved"),
])  # fmt: skip
def test_words_put_into_a_quantity_the_new_version_changed_do_not_fit(old: str, proposal: str, new: str, text: str,
                                                                     state: str) -> None:  # fmt: skip
    done = rebase(old, proposal, new)
    assert done.text == text and [e.state for e in done.edits] == [state]


@pytest.mark.parametrize("added", ["。\n人工繁育野生动物的具体管理办法由国务院野生动物保护主管部门制定", ""])
def test_a_kuan_taken_out_moves_past_a_kuan_the_new_version_put_in_beside_it(added: str) -> None:
    # 野生动物保护法 2018 第二十五条 (a trial): the committee rejected deleting its last 款; 2022 added a 款 after
    # it, diffed as 「。⏎人工繁育…制定」 put in before the 。 ending it: the rejection "no longer applied"
    from lawcomment.review.rebase import Mover

    old = "国家支持人工繁育。\n本法所称人工繁育子代，是指人工控制条件下繁殖出生的子代个体。"
    new = old[:-1] + added + "。" if added else "新增一款。\n" + old
    at = old.index("\n")
    moved = Mover(old, new).move(Span(at, len(old), ""))
    assert moved.state == "moved" and moved.span is not None, moved
    assert new[moved.span.start:moved.span.end] == old[at:]


@pytest.mark.parametrize("which", [0, 1])
def test_a_kuan_asked_out_that_the_new_version_only_moved_is_still_asked_out_where_it_stands(which: int) -> None:
    # 农业技术推广法 第二十九条 (a verifying trial): the new version put its 第二款 first, word for word; the deletion
    # asked of it was carried as made ("adopted") and the committee's rejection of it dropped
    from lawcomment.review.rebase import Mover

    first, second = "各级人民政府应当采取措施，保障工作条件。", "对专业技术人员的职称评定，应当以实绩为主。"
    old, new = f"{first}\n{second}", f"{second}\n{first}"
    gone = [first, second][which]
    at = old.index(gone)
    edit = Span(at - 1, at + len(gone), "") if at else Span(0, len(gone) + 1, "")
    moved = Mover(old, new).move(edit)
    assert moved.state == "moved" and moved.span is not None, moved
    assert splice(new, [moved.span]) == [first, second][1 - which]


@pytest.mark.parametrize(("old", "new", "at", "made"), [
    ("出示合法证件后，方可检查。", "出示执法证件后，方可检查。", 0, True),
    # the words stand twice: made where asked, not where the new version changed the other one (a review)
    ("出示合法证件后检查；结束时再次出示合法证件。", "出示合法证件后检查；结束时再次出示执法证件。", 0, False),
    ("出示合法证件后检查；结束时再次出示合法证件。", "出示合法证件后检查；结束时再次出示执法证件。", 1, True),
    ("出示合法证件后检查；结束时再次出示合法证件。", "出示执法证件后检查；结束时再次出示合法证件。", 0, True),
])  # fmt: skip
def test_a_character_of_a_word_changed_is_made_at_its_own_place(old: str, new: str, at: int, made: bool) -> None:
    from lawcomment.review.rebase import changed_in_its_word

    start = [k for k in range(len(old)) if old.startswith("合法", k)][at]
    assert changed_in_its_word(old, new, Span(start, start + 1, "执")) is made


@pytest.mark.parametrize(("old", "proposal", "new", "result"), [
    # labels set in another width around the item asked deleted: the deletion still fits ((八) → （八）)
    ("事项：\n(一)名称；\n(二)附加文件清单；\n(三)其他事项。", "事项：\n(一)名称；\n(三)其他事项。",
     "事项：\n（一）名称；\n（二）附加文件清单；\n（三）其他事项。", "事项：\n（一）名称；\n（三）其他事项。"),
    ("事项：\n（一）名称；\n（二）附加文件清单；\n（三）其他事项。", "事项：\n（一）名称；\n（三）其他事项。",
     "事项：\n(一)名称；\n(二)附加文件清单；\n(三)其他事项。", "事项：\n(一)名称；\n(三)其他事项。"),
    # a comma set half-width next to the words asked: they are put in still
    ("经营者应当依法办理登记，并公示信息。", "经营者应当及时依法办理登记，并公示信息。", "经营者应当依法办理登记,并公示信息。",
     "经营者应当及时依法办理登记,并公示信息。"),
])  # fmt: skip
def test_a_change_of_width_is_no_change_of_the_words_an_edit_asks(old: str, proposal: str, new: str, result: str) -> None:
    moved = rebase(old, proposal, new)
    assert (moved.text, [e.state for e in moved.edits]) == (result, ["moved"])


def test_a_space_taken_out_between_english_words_is_a_change() -> None:
    from lawcomment.review.rebase import formatting_only

    assert formatting_only("part of it", Span(4, 5, "")) is False
    assert formatting_only("（一）名称", Span(0, 3, "(一)")) is True
    assert formatting_only("名 称", Span(1, 2, "")) is True


# 会计法 2017 第四十五条 → 2024 第四十二条 and 第四十二条 → 第四十条 (a new user's trial), shortened
_GRAVER_OLD = "尚不构成犯罪的，可以处五千元以上五万元以下的罚款；属于国家工作人员的，依法给予处分。"
_GRAVER_NEW = ("由财政部门给予警告，可以并处二十万元以上一百万元以下的罚款；情节严重的，可以并处一百万元以上五百万元以下的罚款；"
               "属于公职人员的，依法给予处分。")  # fmt: skip
_UNIT_OLD = "可以对单位并处三千元以上五万元以下的罚款；对其直接负责的主管人员，可以处二千元以上二万元以下的罚款。"
_UNIT_NEW = ("对单位可以并处二十万元以下的罚款，对其直接负责的主管人员可以处五万元以下的罚款；情节严重的，对单位可以并处二十万元"
             "以上一百万元以下的罚款，对其直接负责的主管人员可以处五万元以上五十万元以下的罚款。")  # fmt: skip


@pytest.mark.parametrize(("old", "new", "spans"), [
    # the clause for the graver cases the new version put in is an insertion of its own: the old fine became the
    # first one (the shortest diff made it the graver clause's 一百万元以上五百万元以下)
    (_GRAVER_OLD, _GRAVER_NEW, [("尚不构成犯罪的，可以处五千", "由财政部门给予警告，可以并处二十万"), ("五万", "一百万"),
                                ("", "；情节严重的，可以并处一百万元以上五百万元以下的罚款"), ("国家工作", "公职")]),
    (_UNIT_OLD, _UNIT_NEW, [("可以", ""), ("并处三千元以上五万", "可以并处二十万"), ("；", "，"), ("，", ""),
                            ("二千元以上二万", "五万"),
                            ("", "；情节严重的，对单位可以并处二十万元以上一百万元以下的罚款，对其直接负责的主管人员可以处五万元以上"
                                 "五十万元以下的罚款")]),
    # a graver clause the old text had already: the two fines of each clause changed, as the shortest diff has it
    ("处五万元以下的罚款；情节严重的，处五万元以上二十万元以下的罚款。", "处十万元以下的罚款；情节严重的，处十万元以上五十万元以下的罚款。",
     [("五万", "十万"), ("五万", "十万"), ("二十万", "五十万")]),
    # the old graver clause in other words (造成严重后果的): reworded, never taken for one the new version put in
    ("处一万元以上五万元以下罚款；造成严重后果的，处五万元以上二十万元以下罚款。", "处二万元以上十万元以下罚款；情节严重的，处十万元以上五十万元以下罚款。",
     [("一万", "二万"), ("五万", "十万"), ("造成严重后果", "情节严重"), ("五万", "十万"), ("二十万", "五十万")]),
])  # fmt: skip
def test_a_clause_for_the_graver_cases_the_new_version_put_in_is_an_insertion_of_its_own(
        old: str, new: str, spans: list[tuple[str, str]]) -> None:  # fmt: skip
    found = version_diff(old, new)
    assert [(old[sp.start:sp.end], sp.new) for sp in found.spans()] == spans
    assert splice(old, found.spans()) == new


@pytest.mark.parametrize(("old", "proposal", "new", "states"), [
    # the fine asked, set at the place of the one it changes, the words around it reworded (可以处 → 可以并处) and a
    # clause for the graver cases put in after it: made, both bounds
    (_GRAVER_OLD, _GRAVER_OLD.replace("五千元以上五万元以下", "二十万元以上一百万元以下"), _GRAVER_NEW, ["adopted", "adopted"]),
    # 二万元以上二十万元以下 asked, 二十万元以下 set: the upper limit made, the lower one does not fit
    (_UNIT_OLD, _UNIT_OLD.replace("三千元以上五万元以下", "二万元以上二十万元以下"), _UNIT_NEW, ["changed", "adopted"]),
    (_UNIT_OLD, _UNIT_OLD.replace("三千元以上五万元以下", "一万元以上十万元以下"), _UNIT_NEW, ["changed", "changed"]),
    # the fine at the place is the one before a clause the new version wrote, never that clause's own
    ("可以处五十万元以下的罚款。", "可以处一百万元以下的罚款。", "可以处三百万元以下的罚款；逾期不改正的，处一百万元以下的罚款。", ["changed"]),
    # nor one the new version made say otherwise, a modal word before it
    ("非法种植罂粟的，处五年以上有期徒刑。", "非法种植罂粟的，处三十年以上有期徒刑。", "非法种植罂粟的，处可以三十年以上有期徒刑。", ["changed"]),
])  # fmt: skip
def test_a_fine_is_judged_at_the_place_of_the_one_it_changes(old: str, proposal: str, new: str, states: list[str]) -> None:
    assert [e.state for e in rebase(old, proposal, new).edits] == states


@pytest.mark.parametrize(("words", "new", "old", "wrote"), [
    # the old words with a character corrected (帐 → 账): kept, not written
    ("代理记账", "从事代理记账业务的中介机构代理记账。", "从事代理记帐业务的中介机构代理记帐。", False),
    # words the new version put in: written
    ("、国务院外汇管理部门", "主管部门、国务院外汇管理部门会同海关总署规定。", "主管部门会同海关总署规定。", True),
    # one occurrence kept, another put in: written
    ("代理记账", "代理记账业务，或者代理记账机构。", "代理记账业务。", True),
    # nowhere in the new text
    ("代理记账机构", "代理记账业务。", "代理记帐业务。", False),
])
def test_written_anew_counts_only_words_the_new_version_wrote(words: str, new: str, old: str, wrote: bool) -> None:
    assert written_anew(words, new, old) is wrote


@pytest.mark.parametrize(("old", "proposal", "new", "beside"), [
    # 按照[…]规定, the law now 依照本法规定: put in, it reads 依照本法国务院…规定 (反洗钱法 2024 第六条, a trial)
    ("金融机构和按照规定应当履行义务的机构", "金融机构和按照国务院反洗钱行政主管部门规定应当履行义务的机构",
     "金融机构和依照本法规定应当履行义务的机构", ("按照", "依照本法")),
    # a mark between the words put in and the rewriting: nothing to check
    ("甲应当报告，乙应当配合。", "甲应当报告，并且乙应当配合。", "甲应当及时报告，乙应当配合。", None),
    # words both versions keep on both sides: nothing to check
    ("甲应当报告有关部门。", "甲应当书面报告有关部门。", "甲应当报告有关主管部门。", None),
])  # fmt: skip
def test_an_insertion_right_against_a_rewriting_is_moved_with_the_rewriting_named(
        old: str, proposal: str, new: str, beside: tuple[str, str] | None) -> None:  # fmt: skip
    (edit,) = rebase(old, proposal, new).edits
    assert edit.state == "moved" and edit.span is not None
    assert ((edit.old_words, edit.new_words) if edit.old_words else None) == beside


@pytest.mark.parametrize(("old", "proposal", "new", "glued"), [
    # (反洗钱法 2006 → 2024, a trial) put in between 按照 and 规定, 按照 rewritten 依照本法: to check
    ("按照规定应当履行义务。", "按照国务院主管部门规定应当履行义务。", "依照本法规定应当履行义务。", ("按照", "依照本法")),
    # (a stranger's review) words that open with their own mark stand apart from the rewriting before them
    ("商业银行、证券公司应当履行义务。", "商业银行、证券公司、非银行支付机构应当履行义务。", "商业银行、证券期货机构应当履行义务。", ("", "")),
    # ... and words that end with their own mark from the rewriting after them
    ("经营者应当登记公示信息。", "经营者应当登记，并予以公示，公示信息。", "经营者应当登记公开信息。", ("", "")),
])  # fmt: skip
def test_an_insertion_is_checked_against_a_rewriting_beside_it_only_with_no_mark_between(
        old: str, proposal: str, new: str, glued: tuple[str, str]) -> None:  # fmt: skip
    (edit,) = rebase(old, proposal, new).edits
    assert (edit.state, edit.old_words, edit.new_words) == ("moved", *glued), edit


_LIST_V1 = "国务院主管部门负责组织资源调查，公布经国务院批准的畜禽遗传资源目录。"
_LIST_V2 = ("国务院农业农村主管部门负责定期组织资源调查，公布经国务院批准的畜禽遗传资源目录。\n"
            "经过驯化和选育而成的驯养动物，可以列入畜禽遗传资源目录。")  # fmt: skip


def test_an_edit_beside_words_the_new_version_repeats_goes_where_the_old_words_around_it_stand() -> None:
    """(畜牧法 2015 第十一条 → 2022 第十二条, a web trial) The next reading put in a 款 ending as the old 款 did
    (…畜禽遗传资源目录。), and the diff set it before those words: 「，并根据调查结果适时更新」, asked after
    目录, was appended to the new 款. It goes where the old words around it stand (第一款), not flagged; where
    both places have them as much (the new 款 reading as the old one but its first word), it is flagged."""
    asked = _LIST_V1.replace("目录。", "目录，并根据调查结果适时更新。")
    moved = rebase(_LIST_V1, asked, _LIST_V2)
    assert moved.text == _LIST_V2.replace("资源目录。\n", "资源目录，并根据调查结果适时更新。\n"), moved.text
    assert [(e.state, e.other) for e in moved.edits] == [("moved", None)]
    # (a replacement and a deletion there alike)
    for words in ("名录", ""):
        moved = rebase(_LIST_V1, _LIST_V1.replace("资源目录。", f"资源{words}。"), _LIST_V2)
        assert moved.text == _LIST_V2.replace("资源目录。\n", f"资源{words}。\n", 1), moved.text
        assert moved.edits[0].other is None
    old, new = "甲应当公布畜禽遗传资源目录。", "甲应当公布畜禽遗传资源目录。\n乙应当公布畜禽遗传资源目录。"
    (edit,) = rebase(old, old.replace("。", "，并适时更新。"), new).edits
    assert edit.state == "moved" and edit.span == Span(13, 13, "，并适时更新") and edit.other == 28
    # words the version put in that repeat a character or two say nothing of where: no flag
    (edit,) = rebase("公布目录。", "公布目录，并更新。", "公布目录。\n依法公布。").edits
    assert edit.other is None
