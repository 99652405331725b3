"""The diff engine: tokens, exact redlines with offsets, explicit whole replacements, rendering."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawcomment.review.tokendiff import codes
from lawcomment.review.redline import (
    MAX_BLOCK_TOKENS,
    MIN_SIMILARITY,
    SIMILARITY_CHECK_TOKENS,
    DiffMemo,
    Differ,
    Edits,
    OpKind,
    Span,
    _beyond,
    _Codec,
    diff,
    free_edges,
    free_tokens,
    render_html,
    render_text,
    similarity,
    splice,
    tokens,
    tokens_between,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("依照本法第十六条规定", ["依", "照", "本", "法", "第十六条", "规", "定"]),
    ("第三条之一（三）", ["第三条之一", "（三）"]),
    ("shall file within 30 days", ["shall", " ", "file", " ", "within", " ", "30", " ", "days"]),
    ("罚款1,000.50元", ["罚", "款", "1,000.50", "元"]),
    ("Article 5(2)", ["Article", " ", "5", "(2)"]),
    ("甲\n乙", ["甲", "\n", "乙"]),
    ("处二十万元以上、三年", ["处", "二十万", "元", "以", "上", "、", "三", "年"]),  # a number in words whole
    ("统一规定", ["统", "一", "规", "定"]),
    ("唯一一次、统一二级", ["唯", "一", "一", "次", "、", "统", "一", "二", "级"]),  # no 十百千万: words
    ("二〇二四年", ["二〇二四", "年"]),
])  # fmt: skip
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@given(st.text())
def test_tokens_cover_the_text(text: str) -> None:
    assert "".join(tokens(text)) == text


@pytest.mark.parametrize(("old", "new", "marked"), [
    ("申请人应当在收到通知之日起三十日内提出申请。", "申请人应当在收到通知之日起六十日内向主管部门提出书面申请。",
     "申请人应当在收到通知之日起[-三十-]{+六十+}日内[-提出-]{+向主管部门提出书面+}申请。"),
    # a number in words is one number: 十五万 for 二十万, never 二 out and 五 in around the 十
    ("处二十万元以上五十万元以下罚款", "处十五万元以上五十万元以下罚款", "处[-二十万-]{+十五万+}元以上五十万元以下罚款"),
    ("处二十万元以上", "处十万元以上", "处[-二十万-]{+十万+}元以上"),
    ("自二〇二四年起", "自二〇二五年起", "自[-二〇二四-]{+二〇二五+}年起"),
    ("The applicant shall file within thirty days of receiving notice.",
     "The applicants must file within sixty days of receipt of notice.",
     "The [-applicant shall-]{+applicants must+} file within [-thirty-]{+sixty+} days of [-receiving-]{+receipt of+} notice."),
    ("依照本法第十条处罚。", "依照本法第十一条处罚。", "依照本法[-第十条-]{+第十一条+}处罚。"),
    ("罚款一万元", "罚款一万元", "罚款一万元"),
    ("", "新增条文。", "{+新增条文。+}"),
])  # fmt: skip
def test_redline_text(old: str, new: str, marked: str) -> None:
    assert render_text(diff(old, new)) == marked


def test_a_dissimilar_pair_is_an_explicit_whole_replacement() -> None:
    old = "国务院有关部门按照职责分工负责电子商务发展促进、监督管理等工作。" * 4
    new = "The quick brown fox jumps over the lazy dog and keeps running far away. " * 4
    red = diff(old, new)
    assert red.whole
    assert red.reason.startswith("too dissimilar to compare (similarity 0.00 < 0.2)")
    assert [op.kind for op in red.ops] == [OpKind.DELETE, OpKind.INSERT]
    assert splice(old, red.spans()) == new


def test_html_is_escaped() -> None:
    assert render_html(diff("a<b>", "a<c>")) == "a&lt;<del>b</del><ins>c</ins>&gt;"
    assert render_html(diff("甲\n乙", "甲\n丙")) == "甲<br>\n<del>乙</del><ins>丙</ins>"


def test_colour_only_on_request() -> None:
    assert "\x1b[31m" in render_text(diff("甲", "乙"), color=True)
    assert "\x1b" not in render_text(diff("甲", "乙"))


def test_large_texts_are_compared_line_by_line() -> None:
    lines = [f"第{n}行：电子商务经营者应当依法履行第{n}项义务。" for n in range(3000)]
    changed = list(lines)
    changed[1500] = changed[1500].replace("依法", "严格依法")
    red = diff("\n".join(lines), "\n".join(changed))
    assert not red.whole
    assert [(s.new, red.old[s.start:s.end]) for s in red.spans()] == [("严格", "")]


CJK = st.text(alphabet="的和或者应当依法有关规定部门第十条 ，。\nabc", max_size=60)


@settings(max_examples=200, deadline=None)
@given(CJK, CJK)
def test_ops_rebuild_both_texts_with_their_offsets(old: str, new: str) -> None:
    red = diff(old, new)
    assert "".join(op.text for op in red.ops if op.kind is not OpKind.INSERT) == old
    assert "".join(op.text for op in red.ops if op.kind is not OpKind.DELETE) == new
    for op in red.ops:
        if op.kind is not OpKind.INSERT:
            assert old[op.start:op.end] == op.text
        if op.kind is not OpKind.DELETE:
            assert new[op.new_start:op.new_end] == op.text
    assert splice(old, red.spans()) == new


def test_similarity() -> None:
    assert similarity("应当依法取得行政许可", "应当依法取得行政许可") == 1.0
    assert similarity("应当依法取得行政许可", "the quick brown fox") == 0.0


# -- the merge's path: one old text against many new ones (issue 16) ---------------------
_CN = "〇零一二三四五六七八九十百千万两"
# TOKEN as it was before its fast first branch: the oracle
OLD_TOKEN = re.compile(
    rf"第[{_CN}\d]+[编章节条款项目](?:之[{_CN}]+)?"
    rf"|[（(][{_CN}\d]+[）)]"
    r"|\d+(?:[.,:]\d+)*"
    rf"|(?=[{_CN}亿]{{2}})[{_CN}亿]*[十百千万亿〇零][{_CN}亿]*"
    r"|[A-Za-z]+(?:['’][A-Za-z]+)*"
    r"|[ \t\u3000\u00a0]+|\n"
    r"|.",
    re.DOTALL,
)
TOKENISH = st.text(alphabet=st.one_of(st.sampled_from("第十二三条款项之（）()１2.,:'’ \t\u3000\u00a0\n甲乙abZ٣万亿"),
                                      st.characters()), max_size=40)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(TOKENISH)
def test_tokens_are_those_of_the_plain_pattern(text: str) -> None:
    assert tokens(text) == OLD_TOKEN.findall(text)


@given(st.lists(st.lists(st.sampled_from(["甲", "乙", "丙", "第十条", " ", "\n", "a", "12"]), max_size=12), max_size=4))
def test_the_codec_codes_tokens_by_first_appearance(calls: list[list[str]]) -> None:
    codec, vocab = _Codec(), {}  # type: ignore[var-annotated]
    for toks in calls:
        expected = "".join(vocab.setdefault(t, codes(len(vocab), len(vocab) + 1)[0]) for t in toks)
        assert codec.encode(toks) == expected
        assert codec.decode(expected) == "".join(toks)


def _beyond_oracle(ma: list[str], mb: list[str]) -> str | None:
    if max(len(ma), len(mb)) > MAX_BLOCK_TOKENS:
        return f"too large to compare exactly ({len(ma)} and {len(mb)} changed tokens)"
    if min(len(ma), len(mb)) >= SIMILARITY_CHECK_TOKENS:
        sim = similarity(ma, mb)
        if sim < MIN_SIMILARITY:
            return f"too dissimilar to compare (similarity {sim:.2f} < {MIN_SIMILARITY})"
    return None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("甲乙丙丁戊"), min_size=55, max_size=90), st.lists(st.sampled_from("丙丁戊己庚辛"),
       min_size=55, max_size=90))  # fmt: skip
def test_the_similarity_shortcut_decides_as_the_similarity(ma: list[str], mb: list[str]) -> None:
    assert _beyond(ma, mb) == _beyond_oracle(ma, mb)


def _as_diff(old: str, new: str) -> tuple[bool, tuple[Span, ...], bool, str]:
    red = diff(old, new)
    return red.changed, tuple(red.spans()), red.whole, red.reason


DRAFTISH = st.text(alphabet="的和或者应当依法有关规定部门第十二条款之一（三）(3) 2,018.5，。、\n\u3000abc's", max_size=60)


@settings(max_examples=300, deadline=None)
@given(DRAFTISH, st.lists(DRAFTISH, max_size=6))
def test_a_differ_says_what_diff_says(old: str, news: list[str]) -> None:
    differ = Differ(old)
    for new in [*news, old, *news]:  # again: from its memo
        e = differ.edits(new)
        assert (e.changed, e.spans, e.whole, e.reason) == _as_diff(old, new)


@settings(max_examples=200, deadline=None)
@given(DRAFTISH, st.lists(DRAFTISH, max_size=6))
def test_diffs_kept_between_commands_say_what_diff_says(old: str, news: list[str]) -> None:
    first = DiffMemo()
    made = [Differ(old, first).edits(new) for new in news]
    kept = {key: DiffMemo.dump(e) for key, e in first.fresh.items()}  # what the store holds
    assert all(DiffMemo.load(kept[k]) == e for k, e in first.fresh.items())
    later = DiffMemo(kept)
    differ = Differ(old, later)
    differ._compare = None  # type: ignore[assignment,method-assign]  # a known pair is never diffed again
    assert [differ.edits(new) for new in news if new != old] == [e for e, new in zip(made, news, strict=True) if new != old]
    assert later.fresh == {}
    for e, new in zip(made, news, strict=True):
        assert (e.changed, e.spans, e.whole, e.reason) == _as_diff(old, new)


@settings(max_examples=300, deadline=None)
@given(DRAFTISH, st.lists(DRAFTISH, max_size=6))
def test_a_differs_keys_and_affixes_are_the_memos_and_the_texts(old: str, news: list[str]) -> None:
    """A differ digests its old text once for the memo's keys (DiffMemo.key, all the same), and
    finds a text's affixes once for its diff and what reads them before it."""
    from lawcomment.review.tokendiff import common_prefix, common_suffix

    differ = Differ(old, DiffMemo())
    for new in [*news, *news]:
        assert differ._key(new) == DiffMemo.key(old, new)
        head = common_prefix(old, new)
        assert differ.affixes(new) == (head, common_suffix(old[head:], new[head:]))
        differ.edits(new)
    assert set(differ.memo.fresh) == {DiffMemo.key(old, new) for new in news if new != old}  # type: ignore[union-attr]


#: Pieces of law text that TOKEN reads together or apart by what stands beside them.
PIECES = st.lists(st.sampled_from(["第十条", "第3", "条", "之", "一", "（三", "）", "(", "3", "１", ",", ".", ":", "a",
                                   "'", "’", " ", "\u3000", "\n", "二十万", "亿", "的", "。", "，"]),
                  max_size=16).map("".join)  # fmt: skip
EDIT = st.lists(st.sampled_from(["第", "十", "条", "之", "一", "（", "）", "2", ".", "b", "'", " ", "亿", "法", "；"]),
                max_size=3).map("".join)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(PIECES, EDIT, EDIT)
def test_tokens_either_side_of_a_free_character_stand_whatever_comes_after_or_before(
        text: str, after: str, before: str) -> None:  # fmt: skip
    """What tokens_between rests on: a text's tokens up to and with a free character are its
    tokens whatever follows it, and those from one on whatever precedes it."""
    toks = tokens(text)
    at = 0
    for k, tok in enumerate(toks):
        if k in free_tokens(toks):
            assert tokens(text[:at + 1] + after)[:k + 1] == toks[:k + 1]
            assert tokens(before + text[at:])[-(len(toks) - k):] == toks[k:]
        at += len(tok)


@pytest.mark.parametrize(("alone", "inside", "char"), [
    ("第十条之的", "第十条之一", "之"),  # 之 goes with a citation (第十条之一) before a numeral
    *(("的" + c + "的", "第十" + c + "的", c) for c in "编章节条款项目"),  # and closes one after 第十
    ("的）的", "（三）的", "）"), ("的)的", "(3)的", ")"),  # ） closes an item label
    ("1.的", "1.5", "."), ("1,的", "1,000", ","), ("1:的", "1:30", ":"),  # a number's marks
    ("a'的", "a's", "'"), ("a’的", "a’s", "’"),  # an English word's apostrophe
])  # fmt: skip
def test_no_character_that_a_token_holds_inside_is_free(alone: str, inside: str, char: str) -> None:
    """A character a token holds after its first, beside some characters, is a token of its
    own beside others: never free."""
    assert char in tokens(alone) and char not in tokens(inside)
    assert free_tokens([char]) == []


@settings(max_examples=1000, deadline=None)
@given(PIECES, st.data())
def test_a_differ_tokenises_only_the_words_around_the_edits(old: str, data: st.DataObject) -> None:
    """A proposal rewords a few words of the draft: tokens_between's tokens, the old text's at
    either end and the middle's tokenised afresh, are always those of the whole new text (with
    any shorter shared start and end too), and the differ built on them says what diff says."""
    from itertools import accumulate

    from lawcomment.review.tokendiff import common_prefix, common_suffix

    new = old
    for _ in range(data.draw(st.integers(1, 3))):
        a = data.draw(st.integers(0, len(new)))
        b = data.draw(st.integers(a, min(len(new), a + 3)))
        new = new[:a] + data.draw(EDIT) + new[b:]
    toks = tokens(old)
    offsets = [0, *accumulate(map(len, toks))]
    head = common_prefix(old, new)
    tail = common_suffix(old[head:], new[head:])
    from bisect import bisect_left, bisect_right

    free = free_tokens(toks)
    for h, t in ((head, tail), (head // 2, tail // 3), (0, 0)):
        i, middle, j = tokens_between(toks, offsets, free, new, h, t)
        assert toks[:i] + middle + toks[j:] == tokens(new)
        assert tokens_between(toks, offsets, free, new, h, t, free_edges(offsets, free)) == (i, middle, j)
        # the places the free characters' edges give are those read through offsets (as before)
        n = bisect_right(free, h, key=lambda k: offsets[k + 1])
        m = bisect_left(free, offsets[-1] - t, key=offsets.__getitem__)
        assert (i, j) == (free[n - 1] + 1 if n else 0, free[m] if m < len(free) else len(toks))
    e = Differ(old).edits(new)
    assert (e.changed, e.spans, e.whole, e.reason) == _as_diff(old, new)


@settings(max_examples=500, deadline=None)
@given(st.booleans(), st.booleans(), st.text(), st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 10**9),
                                                                   st.text())))  # fmt: skip
def test_kept_edits_are_written_as_the_standard_library_writes_them(changed: bool, whole: bool, reason: str,
                                                                     spans: list[tuple[int, int, str]]) -> None:  # fmt: skip
    edits = Edits(changed, tuple(Span(*sp) for sp in spans), whole, reason)
    assert DiffMemo.dump(edits) == json.dumps([changed, whole, reason, [list(sp) for sp in spans]], ensure_ascii=False,
                                              separators=(",", ":"))  # fmt: skip
    assert DiffMemo.load(DiffMemo.dump(edits)) == edits


def test_kept_edits_write_every_character_as_the_standard_library_does() -> None:
    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    for text in (every, "\ud800 a lone surrogate"):  # (orjson refuses the latter: the standard library writes it)
        edits = Edits(True, (Span(0, 1, text),), False, text)
        assert DiffMemo.dump(edits) == json.dumps([True, False, text, [[0, 1, text]]], ensure_ascii=False,
                                                  separators=(",", ":"))  # fmt: skip


def test_a_diff_digest_names_both_texts_exactly() -> None:
    assert DiffMemo.key("ab", "c") != DiffMemo.key("a", "bc")
    assert len({DiffMemo.key(o, n) for o, n in [("甲", "乙"), ("乙", "甲"), ("", "甲乙"), ("甲乙", "")]}) == 4


@pytest.mark.parametrize("new", [
    "The quick brown fox jumps over the lazy dog and keeps running far away. " * 4,  # too dissimilar
    "",  # deleted
])  # fmt: skip
def test_a_differ_says_what_diff_says_of_whole_replacements(new: str) -> None:
    old = "国务院有关部门按照职责分工负责电子商务发展促进、监督管理等工作。" * 4
    e = Differ(old).edits(new)
    assert (e.changed, e.spans, e.whole, e.reason) == _as_diff(old, new)


def test_a_differ_compares_large_texts_line_by_line_as_diff_does() -> None:
    lines = [f"第{n}行：电子商务经营者应当依法履行第{n}项义务。" for n in range(3000)]
    changed = list(lines)
    changed[1500] = changed[1500].replace("依法", "严格依法")
    changed[10] = "新增一行。\n" + changed[10]
    old, new = "\n".join(lines), "\n".join(changed)
    e = Differ(old).edits(new)
    assert (e.changed, e.spans, e.whole, e.reason) == _as_diff(old, new) and len(e.spans) == 2


@given(st.text(alphabet="甲乙丙；\n（三）", min_size=1, max_size=30), st.data())
def test_a_redline_of_spans_puts_each_edit_where_it_was_made(base: str, data: st.DataObject) -> None:
    """``redline_of``: its equal and deleted pieces are the base in order, its result is the
    spliced text, and each span is one delete and/or insert of its own (never joined to a
    neighbour, as a diff of the two texts may join them)."""
    from lawcomment.review.redline import OpKind, Span, redline_of, splice

    cuts = sorted(data.draw(st.lists(st.integers(0, len(base)), max_size=6, unique=True)))
    spans = [Span(a, b, data.draw(st.text(alphabet="丁戊", max_size=3))) for a, b in zip(cuts[::2], cuts[1::2])]
    spans = [s for s in spans if s.start < s.end or s.new]
    r = redline_of(base, spans)
    assert "".join(op.text for op in r.ops if op.kind is not OpKind.INSERT) == base
    assert "".join(op.text for op in r.ops if op.kind is not OpKind.DELETE) == splice(base, spans) == r.new
    assert [(op.start, op.end) for op in r.ops if op.kind is OpKind.DELETE] == [(s.start, s.end) for s in spans if s.end > s.start]
    assert [op.text for op in r.ops if op.kind is OpKind.INSERT] == [s.new for s in spans if s.new]


# -- multi-line units: unchanged lines anchor the diff ---------------------------------------
#: 劳动合同法 第四十六条 (an audit of the Word output): a member adds a clause at the end of （五）,
#: keeps （六） word for word, puts in a new （七） and numbers the old （七） on.
ITEMS_46 = ("有下列情形之一的，用人单位应当向劳动者支付经济补偿：\n"
            "（五）除用人单位维持或者提高劳动合同约定条件续订劳动合同，劳动者不同意续订的情形外，依照本法第四十四条第一项规定终止固定期限劳动合同的；\n"
            "（六）依照本法第四十四条第四项、第五项规定终止劳动合同的；\n"
            "（七）法律、行政法规规定的其他情形。")  # fmt: skip
PROPOSED_46 = ITEMS_46.replace("终止固定期限劳动合同的；", "终止固定期限劳动合同的，但以完成一定工作任务为期限的劳动合同因任务完成而终止的除外；").replace(
    "（七）法律", "（七）用人单位依照企业破产法规定进行重整，与劳动者协商一致解除劳动合同的；\n（八）法律")  # fmt: skip


def test_an_unchanged_item_between_two_edits_is_never_struck_and_typed_again() -> None:
    # (the diff's clean-up joined both edits around （六）, whose tail 劳动合同的； it matched to the
    # new （七）'s: 「[-；⏎（六）依照…终止-]{+，但…除外；⏎（六）依照…终止劳动合同的；⏎（七）用人单位…解除+}」)
    red = diff(ITEMS_46, PROPOSED_46)
    assert render_text(red) == (
        "有下列情形之一的，用人单位应当向劳动者支付经济补偿：\n"
        "（五）除用人单位维持或者提高劳动合同约定条件续订劳动合同，劳动者不同意续订的情形外，依照本法第四十四条第一项规定终止固定期限劳动合同的"
        "{+，但以完成一定工作任务为期限的劳动合同因任务完成而终止的除外+}；\n"
        "（六）依照本法第四十四条第四项、第五项规定终止劳动合同的；\n"
        "（七）{+用人单位依照企业破产法规定进行重整，与劳动者协商一致解除劳动合同的；\n（八）+}法律、行政法规规定的其他情形。")  # fmt: skip
    e = Differ(ITEMS_46).edits(PROPOSED_46)
    assert e.spans == tuple(red.spans()) and len(e.spans) == 2


@pytest.mark.parametrize(("old", "new", "marked"), [
    # one line changed, or two next to each other: the token diff as before
    ("甲乙\n丙丁", "甲戊\n丙丁", "甲[-乙-]{+戊+}\n丙丁"),
    ("（一）甲；\n（二）乙。", "（一）甲；\n（二）乙；\n（三）丙。", "（一）甲；\n（二）乙{+；\n（三）丙+}。"),
    # a last 款 kept, a new one after it: put in with its break before it
    ("甲。\n乙。", "甲。\n乙。\n丙。", "甲。\n乙。{+\n丙。+}"),
    ("甲。\n乙。\n丙。", "甲。\n乙。", "甲。\n乙。[-\n丙。-]"),
    # edits on both sides of an unchanged line: two edits, the line between them kept
    ("甲乙\n丙丁\n戊", "甲己\n丙丁\n戊庚", "甲[-乙-]{+己+}\n丙丁\n戊{+庚+}"),
])  # fmt: skip
def test_a_multi_line_redline(old: str, new: str, marked: str) -> None:
    assert render_text(diff(old, new)) == marked


def test_a_rewritten_paragraph_beside_kept_ones_is_replaced_as_lines() -> None:
    """A 款 rewritten beyond comparing, before a 款 kept and one edited (the pair as a whole similar
    enough to diff): its line struck and the new one put in, the kept 款 kept, the edit made."""
    first = "县级以上地方各级人民政府可以根据本行政区域的实际情况，确定本行政区域内电子商务的部门职责划分。" * 2
    kept = "国务院有关部门按照职责分工负责电子商务发展促进、监督管理等工作。" * 6
    old = f"{first}\n{kept}\n电子商务经营者应当依法办理登记。"
    rewritten = "The quick brown fox jumps over the lazy dog and keeps running far away from here. " * 2
    new = f"{rewritten}\n{kept}\n电子商务经营者应当依法及时办理登记。"
    red = diff(old, new)
    assert not red.whole
    assert [(s.start, s.end, s.new) for s in red.spans()] == [(0, len(first), rewritten),
                                                              (len(old) - 5, len(old) - 5, "及时")]
    e = Differ(old).edits(new)
    assert (e.changed, e.spans, e.whole, e.reason) == _as_diff(old, new)


def _numbered_lines(draw: st.DrawFn) -> tuple[str, str, set[int]]:
    """A unit of lines (项 labelled in order, or 款), and a member's wording of it: lines put in,
    changed or taken out, the items numbered on; with the base lines it keeps word for word. The
    lines' words are each their own (a line put in or changed is marked 新 or 改 and numbered), but
    alike at their ends, as a list's 项 are (…的；), where a diff's clean-up finds its matches."""
    words = st.text(alphabet="劳动合同的；依照本法规定终止解除甲乙丙，", min_size=1, max_size=12)
    n = draw(st.integers(1, 7))
    labelled = draw(st.booleans())
    bodies = [body + "；" for body in draw(st.lists(words, min_size=n, max_size=n, unique=True))]
    plan = draw(st.lists(st.sampled_from(["keep", "keep", "change", "drop"]), min_size=n, max_size=n))
    out: list[tuple[int | None, str]] = []  # (the base line it keeps, or None; its body)
    for k, (body, what) in enumerate(zip(bodies, plan, strict=True)):
        for _ in range(draw(st.integers(0, 2)) if draw(st.booleans()) else 0):
            out.append((None, f"新{len(out)}" + draw(words) + "；"))
        if what == "keep":
            out.append((k, body))
        elif what == "change":
            cut = draw(st.integers(0, len(body)))
            out.append((None, body[:cut] + f"改{len(out)}" + draw(words) + body[cut:]))
    if not out:
        out.append((None, "新增。"))

    def label(k: int) -> str:
        return f"（{'一二三四五六七八九十'[k] if k < 10 else k}）" if labelled else ""

    head = "有下列情形之一的：\n"
    old_lines = [label(k) + body for k, body in enumerate(bodies)]
    new_lines = [label(k) + body for k, (_, body) in enumerate(out)]
    # kept word for word: the same body under the same label (an item numbered on is changed)
    kept = {was for k, (was, _) in enumerate(out) if was is not None and new_lines[k] == old_lines[was]}
    return head + "\n".join(old_lines), head + "\n".join(new_lines), kept


numbered_lines = st.composite(_numbered_lines)


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Where each line of a text stands, without its break (the first line, a unit's lead, left out)."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out[1:]


@settings(max_examples=400, deadline=None)
@given(numbered_lines())
def test_no_unchanged_line_is_inside_a_deletion(case: tuple[str, str, set[int]]) -> None:
    old, new, kept = case
    lines = _line_spans(old)
    red = diff(old, new)
    assert splice(old, red.spans()) == new
    gone = [(op.start, op.end) for op in red.ops if op.kind is OpKind.DELETE]
    for k in kept:
        a, b = lines[k]
        assert not any(s < b and a < e for s, e in gone), (old[a:b], render_text(red))
    e = Differ(old).edits(new)
    assert (e.changed, e.spans, e.whole, e.reason) == _as_diff(old, new)
