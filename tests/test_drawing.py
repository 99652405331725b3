"""The redline as the submission draws it (lawcomment.review.drawing): a name replaced struck whole,
a sentence rewritten at length struck and written again, numbers and labels kept apart, and always
exact (accepted, the new text; rejected, the old)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from lawcomment import drawn_segments
from lawcomment.review.drawing import readable_spans
from lawcomment.review.phrases import LawWords
from lawcomment.review.redline import Span, diff, splice

#: 会计法 (2017) 第八条第三款, as a web trial's member renamed its body.
ARMY = "中国人民解放军总后勤部可以依照本法和国家统一的会计制度制定军队实施国家统一的会计制度的具体办法，报国务院财政部门备案。"
ARMY_NEW = ARMY.replace("中国人民解放军总后勤部", "中央军事委员会后勤保障部")
#: 公司法 (2018) 第一百六十八条第一款's second sentence, as a trial's member rewrote it.
FUND = "公司的公积金用于弥补公司的亏损、扩大公司生产经营或者转为增加公司资本。但是，资本公积金不得用于弥补公司的亏损。"
FUND_NEW = ("公司的公积金用于弥补公司的亏损、扩大公司生产经营或者转为增加公司资本。公积金弥补公司亏损，应当先使用任意公积金和法定公积金；"
            "仍不能弥补的，可以按照规定使用资本公积金。")  # fmt: skip


def _drawn(base: str, spans: list[Span], words: LawWords | None = None) -> str:
    out, at = [], 0
    for s, _ in readable_spans(base, [(s, "acme") for s in spans], words):
        out.append(base[at:s.start] + (f"[-{base[s.start:s.end]}-]" if s.end > s.start else "") +
                   (f"{{+{s.new}+}}" if s.new else ""))  # fmt: skip
        at = s.end
    return "".join(out) + base[at:]


@pytest.mark.parametrize(("base", "spans", "drawn"), [
    # the diff keeps 中 and 部 (and 后勤 in a finer one): the drafter strikes the whole name
    (ARMY, diff(ARMY, ARMY_NEW).spans(), "[-中国人民解放军总后勤部-]{+中央军事委员会后勤保障部+}可以依照本法"),
    (ARMY, [Span(1, 8, "央军事委员会"), Span(10, 10, "保障")], "[-中国人民解放军总后勤部-]{+中央军事委员会后勤保障部+}可以依照本法"),
    # a sentence rewritten at length: struck and written again, never [但是，资本]公积金[不得用于]弥补公司[的]亏损…
    (FUND, [Span(35, 40, ""), Span(43, 47, ""), Span(51, 52, ""), Span(54, 54, "，应当先使用任意公积金和法定公积金；仍不能弥补的，"
                                                                       "可以按照规定使用资本公积金")],
     "增加公司资本。[-但是，资本公积金不得用于弥补公司的亏损-]{+公积金弥补公司亏损，应当先使用任意公积金和法定公积金；仍不能弥补的，可以按照规定使用资本公积金+}。"),
    # two changes around a word kept read well as they are
    ("依照章程的规定，由董事长、执行董事或者经理担任", [Span(9, 13, "代表公司"), Span(15, 15, "公司事务的")],
     "，由[-董事长、-]{+代表公司+}执行{+公司事务的+}董事或者经理担任"),
    # numbers and labels stay apart from the words around them
    ("本法自1986年10月1日起施行。", [Span(3, 7, "2025"), Span(8, 10, "7")], "本法自[-1986-]{+2025+}年[-10-]{+7+}月1日起施行。"),
    ("（十二）股东大会会议认为需要规定的其他事项。", [Span(0, 4, "（十三）"), Span(6, 10, "会")],
     "[-（十二）-]{+（十三）+}股东[-大会会议-]{+会+}认为需要规定的其他事项。"),
    # a character the law writes alone stays beside the name it precedes
    ("应当报，由国务院有关部门批准", [Span(5, 12, "县级以上人民政府")], "应当报，由[-国务院有关部门-]{+县级以上人民政府+}批准"),
    # a number in Chinese numerals changed is struck whole with its measure word: a strike through 二 reads as
    # 三 (保存~~二~~三年 read 保存三三年: 农产品质量安全法, a trial's submission), a line under 一 as 二
    ("农产品生产记录应当保存二年。", [Span(11, 12, "三")], "保存[-二年-]{+三年+}。"),
    ("保存一年", [Span(2, 3, "二")], "保存[-一年-]{+二年+}"),
    ("实施前七日予以公示", [Span(3, 4, "三十")], "实施前[-七日-]{+三十日+}予以公示"),
    ("十二个月内", [Span(0, 2, "十八")], "[-十二个月-]{+十八个月+}内"),
    ("五个工作日内", [Span(0, 1, "十")], "[-五个工作日-]{+十个工作日+}内"),
    ("处二十日以下拘留", [Span(1, 2, "三")], "处[-二十日-]{+三十日+}以下拘留"),  # the rest of the number
    ("第一次会议", [Span(1, 2, "二")], "第[-一次-]{+二次+}会议"),
    ("保存二年", [Span(2, 2, "十")], "保存[-二年-]{+十二年+}"),  # a numeral put in
    ("第一、", [Span(1, 2, "二")], "[-第一-]{+第二+}、"),  # nothing after it but a mark: the character before
    ("第一章", [Span(1, 2, "二")], "第[-一章-]{+二章+}"),  # a measure word the table lacks: the character after
    ("三分之一以上", [Span(3, 4, "二")], "[-三分之一-]{+三分之二+}以上"),  # a fraction whole, its bound kept
    ("百分之五的", [Span(3, 4, "十")], "[-百分之五-]{+百分之十+}的"),
    ("第一步", [Span(1, 2, "二")], "第[-一步-]{+二步+}"),  # 第: a number, though 一步 is a word
    # one numeral with no measure word after it, no 第 before it, is no number: drawn as it is, never with half a
    # word (进步 → 进一步 read 进~~步~~一步)
    ("进步", [Span(1, 1, "一")], "进{+一+}步"),
    ("应当进一步加强", [Span(3, 4, "")], "应当进[-一-]步加强"),
    ("同日施行", [Span(1, 1, "一")], "同{+一+}日施行"),  # 同一: a word, though 日 measures
    ("统一年度", [Span(1, 2, "")], "统[-一-]年度"),
    # one numeral written for another is a number changed, whatever the words around it
    ("情形之一。", [Span(3, 4, "二")], "情形[-之一-]{+之二+}。"),
    ("其一", [Span(1, 2, "二")], "[-其一-]{+其二+}"),
    # another change right after the number: its measure word stays with it
    ("保存二年", [Span(2, 3, "三"), Span(3, 4, "月")], "保存[-二-]{+三+}[-年-]{+月+}"),
    # digits read as they are; a number in words beside words stays apart from them
    ("保存2年", [Span(2, 3, "3")], "保存[-2-]{+3+}年"),
])  # fmt: skip
def test_the_redline_is_drawn_as_a_drafter_reads_it(base: str, spans: list[Span], drawn: str) -> None:
    assert drawn in _drawn(base, spans, LawWords(ARMY + FUND))


@pytest.mark.parametrize("word", ["一步", "统一", "一律", "进一步", "同一", "唯一", "一般", "一致", "之一"])
def test_a_word_with_a_numeral_is_never_taken_for_a_number(word: str) -> None:
    """Its 一 put in or struck is drawn as it is, the characters around it kept (never 进~~步~~一步)."""
    at = word.index("一")
    bare = word[:at] + word[at + 1:]
    assert drawn_segments(f"应当{bare}年度", f"应当{word}年度") == [
        ("", f"应当{word[:at]}"), ("ins", "一"), ("", f"{word[at + 1:]}年度")]
    assert drawn_segments(f"应当{word}年度", f"应当{bare}年度") == [
        ("", f"应当{word[:at]}"), ("del", "一"), ("", f"{word[at + 1:]}年度")]


def test_changes_of_different_members_are_never_drawn_together() -> None:
    spans = [(Span(1, 8, "央军事委员会"), "acme"), (Span(10, 10, "保障"), "beta")]
    assert readable_spans(ARMY, spans) == [(Span(0, 8, "中央军事委员会"), "acme"), (Span(10, 10, "保障"), "beta")]


#: Characters the property draws texts from: words, a mark, numerals and digits, a line break.
_CHARS = "公司股东会董事监部后勤保障中国人的和由，。、；一二三十5（）\n"


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=40), st.text(_CHARS, max_size=40), st.lists(st.sampled_from("ab"), max_size=40))
def test_the_drawing_is_exact(old: str, new: str, whose: list[str]) -> None:
    """Whatever it draws together, the changes accepted give exactly the new text and rejected the
    old one, each change drawn covers changes of one member only, and none is lost."""
    spans = diff(old, new).spans()
    keyed = [(s, whose[k] if k < len(whose) else "a") for k, s in enumerate(spans)]
    drawn = readable_spans(old, keyed, LawWords(old + new))
    assert splice(old, [s for s, _ in drawn]) == new
    assert all(0 <= d.start <= d.end <= e.start <= e.end <= len(old) for (d, _), (e, _) in zip(drawn, drawn[1:]))
    rejected = "".join(old[b.end if b else 0:d.start] + old[d.start:d.end] for b, d in
                       zip([None, *(d for d, _ in drawn)], [d for d, _ in drawn]))  # fmt: skip
    assert rejected + old[drawn[-1][0].end if drawn else 0:] == old
    for s, who in keyed:  # (each change drawn with its own member's)
        assert who in {w for d, w in drawn if d.start <= s.start and s.end <= d.end}


@pytest.mark.parametrize(("old", "new", "segments"), [
    ("应当保存二年。", "应当保存三年。", [("", "应当保存"), ("del", "二年"), ("ins", "三年"), ("", "。")]),
    ("提前三十日公示", "提前六十日公示", [("", "提前"), ("del", "三十日"), ("ins", "六十日"), ("", "公示")]),
    ("三年内", "三年以内", [("", "三年"), ("ins", "以"), ("", "内")]),  # (no number changed: as the diff has it)
    ("甲乙", "甲乙", [("", "甲乙")]),
    ("", "", []),
])  # fmt: skip
def test_drawn_segments_draw_a_number_changed_whole(old: str, new: str, segments: list[tuple[str, str]]) -> None:
    """The public redline the web app draws a member's wording with: a number changed struck whole."""
    assert drawn_segments(old, new) == segments


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=40), st.text(_CHARS, max_size=40))
def test_drawn_segments_are_exact(old: str, new: str) -> None:
    """Undone, the kept and struck pieces are the old text; done, the kept and written ones the new."""
    parts = drawn_segments(old, new)
    assert "".join(t for k, t in parts if k != "ins") == old
    assert "".join(t for k, t in parts if k != "del") == new
    assert all(t for _, t in parts)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_the_submission_strikes_a_renamed_body_whole(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(会计法, a web trial) The Word submission shows 中国人民解放军总后勤部 struck whole and the new name
    written, never 中~~国人民解放军总后勤~~央军事委员会后勤保障部; accepted in Word, it reads as proposed,
    rejected, as drafted."""
    law = tmp_path / "k.md"
    law.write_text(f"# 会计法\n\n第一条 为了规范会计行为，制定本法。\n\n第二条 {ARMY}\n", encoding="utf-8")
    assert consultation("draft", "add", str(law), "--name", "k", "--version", "1").exit_code == 0
    assert consultation("comment", "add", "--member", "acme", "--draft", "k@1", "--at", "第二条",
                        "--propose", ARMY_NEW).exit_code == 0  # fmt: skip
    assert consultation("decide", "--draft", "k@1", "--article", "第二条", "--accept-all").exit_code == 0
    out = tmp_path / "s.docx"
    assert consultation("export", "--draft", "k@1", "-o", str(out)).exit_code == 0
    with zipfile.ZipFile(out) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
    (p,) = [p for p in doc.iter(f"{W}p") if "可以依照本法" in "".join(p.itertext())]
    struck = ["".join(d.itertext()) for d in p.iter(f"{W}del")]
    written = ["".join(i.itertext()) for i in p.iter(f"{W}ins")]
    assert (struck, written) == (["中国人民解放军总后勤部"], ["中央军事委员会后勤保障部"])

    def read(accept: bool) -> str:  # the paragraph with its changes accepted, or rejected
        return "".join(t.text or "" for t in p.iter(f"{W}t", f"{W}delText")
                       if (t.tag == f"{W}t" if accept else not any(a.tag == f"{W}ins" for a in t.iterancestors())))

    assert read(True).endswith(ARMY_NEW) and read(False).endswith(ARMY)
    md = consultation("export", "--draft", "k@1", "--format", "md").stdout
    assert "<del>中国人民解放军总后勤部</del><ins>中央军事委员会后勤保障部</ins>可以依照本法" in md


def test_the_merged_views_redline_draws_a_number_changed_whole(demo_store) -> None:  # type: ignore[no-untyped-def]
    """The staff's merged view and `merge` draw the position as the submission does: the demo's 第三十四条, whose
    committee wording (decision #8) makes 七日 三十日, read 实施前七三十日 with 七 struck (a look at the web app)."""
    from lawcomment.consultation import draft_positions
    from lawcomment.review.redline import render_text

    (position,) = draft_positions(demo_store, "ecommerce@1", "art_34")
    assert position.final is not None
    assert "实施前[-七日-]{+三十日+}予以公示" in render_text(position.redline())
