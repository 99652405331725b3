"""A member's card for a comment on a 款 the next reading moved to another article, or left with nothing like it
(会计法 2017 第八条第三款, 2024 第四十九条, a web trial: the card said 已延续至第八条（原第八条第三款）, as if it had
followed its 款, when it sat on the new 第八条, whose 第三款 is an unrelated rule)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import post

from lawcomment.drafts.numerals import int_to_cn

# (the law of the core's tests/test_carry_moved.py)
_FILL = ["会计人员应当遵守职业道德，提高业务素质。", "各单位应当依法设置会计账簿，并保证其真实、完整。",
         "会计凭证、会计账簿、财务会计报告和其他会计资料，必须符合国家统一的会计制度的规定。",
         "单位负责人对本单位的会计工作和会计资料的真实性、完整性负责。", "财政部门对各单位的会计工作实施监督。"]  # fmt: skip
_ART1 = ("国家实行统一的会计制度。国家统一的会计制度由国务院财政部门根据本法制定并公布。\n"
         "国务院有关部门可以依照本法和国家统一的会计制度制定对会计核算和会计监督有特殊要求的行业实施国家统一的会计"
         "制度的具体办法或者补充规定，报国务院财政部门审核批准。\n")  # fmt: skip
OLD3 = "中国人民解放军总后勤部可以依照本法和国家统一的会计制度制定军队实施国家统一的会计制度的具体办法，报国务院财政部门备案。"
NEW3 = "国家加强会计信息化建设，鼓励依法采用现代信息技术开展会计工作，具体办法由国务院财政部门会同有关部门制定。"
MOVED = "中央军事委员会有关部门可以依照本法和国家统一的会计制度制定军队实施国家统一的会计制度的具体办法，抄送国务院财政部门。"
ELSE = "会计师事务所应当按照规定向社会公开其年度报告。"


def _law(*articles: str) -> str:
    return "# 某法\n\n" + "\n\n".join(f"第{int_to_cn(i)}条 {a}" for i, a in enumerate(articles, 1)) + "\n"


def _text(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def _readings(client, store, tmp_path: Path, seventh: str, asked: str = ""):  # type: ignore[no-untyped-def]
    """m@1, li's question on its 第一条第三款 (OLD3) (with ``asked``, a wording of it), then m@2 (第一条第三款 NEW3, ``seventh`` a new 第七条) carried:
    li's signed-in client."""
    from lawcomment.consultation import add_draft_file, carry_forward

    v1, v2 = tmp_path / "m1.md", tmp_path / "m2.md"
    v1.write_text(_law(_ART1 + OLD3, *_FILL, "本法自公布之日起施行。"), encoding="utf-8")
    v2.write_text(_law(_ART1 + NEW3, *_FILL, seventh, "本法自公布之日起施行。"), encoding="utf-8")
    add_draft_file(store, v1, "m", "1")
    store.set_deadline("m@1", "2999-12-31")
    c = client("li")
    assert post(c, "/d/m@1/a/art_1", "/d/m@1/a/art_1/comment",
                {"at": "art_1__para_3", "stance": "amend" if asked else "question", "proposal": asked,
                 "reason": "总后勤部已撤销，本款由哪个机构承担？"}).status_code == 303  # type: ignore[attr-defined]  # fmt: skip
    add_draft_file(store, v2, "m", "2")
    carry_forward(store, "m@1", "m@2")
    store.set_deadline("m@2", "2999-12-31")
    return c


def test_a_comment_on_a_moved_paragraph_says_the_new_reading_moved_it(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = _readings(client, store, tmp_path, MOVED)
    mine = _text(c.get("/d/m@2/mine").text)
    assert "已延续至第七条（原第一条第三款）；新稿已改写该条，如本单位的意见有变，可修改或撤回" in mine, mine
    assert "check" not in mine and "请核对" not in mine


def test_a_comment_on_a_paragraph_with_no_counterpart_is_said_on_the_whole_article(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = _readings(client, store, tmp_path, ELSE)
    mine = _text(c.get("/d/m@2/mine").text)
    assert "新稿第一条中已无与原第一条第三款相近的条款，本单位的意见现针对第一条全条" in mine, mine
    assert "已延续至第一条（原第一条第三款）" not in mine


def test_a_wording_carried_where_the_new_reading_moved_the_paragraph_says_so(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = _readings(client, store, tmp_path, MOVED, OLD3.replace("备案", "审核批准"))
    mine = _text(c.get("/d/m@2/mine").text)
    assert "已延续至第七条（原第一条第三款）；新稿已将原条款的内容移至该条" in mine, mine


def test_a_wording_the_new_reading_rewrote_where_it_moved_the_paragraph_says_both(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = _readings(client, store, tmp_path, MOVED, OLD3.replace("中国人民解放军", "中国人民武装警察部队"))
    mine = _text(c.get("/d/m@2/mine").text)
    assert "新稿已将该条款移至第七条并作了改写（原第一条第三款），本单位的修改建议已不适用" in mine, mine


def test_a_quote_carried_to_other_words_shows_the_members_own(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(农产品质量安全法 2018 → 2022, a trial) A comment carried to words the next reading rewrote (「五日内」, now
    「五个工作日内」) was listed under its new words alone, as if the member had quoted them: the card, the member's
    list and the staff's article page now show the words the member quoted beside them, in the page's language."""
    from lawcomment.consultation import add_comment, add_draft_file, carry_forward, earlier_quote

    v1, v2 = tmp_path / "q1.md", tmp_path / "q2.md"
    v1.write_text(_law("被抽查人对检测结果有异议的，可以自收到检测结果之日起五日内申请复检。", *_FILL), encoding="utf-8")
    v2.write_text(_law("被抽查人对检测结果有异议的，可以自收到检测结果之日起五个工作日内申请复检。", *_FILL), encoding="utf-8")
    add_draft_file(store, v1, "q", "1")
    store.set_deadline("q@1", "2999-12-31")
    add_comment(store, "q@1", "acme", "第一条", quote="五日内", stance="question", reason="五日是否过短？")
    c = client("li")
    add_draft_file(store, v2, "q", "2")
    carry_forward(store, "q@1", "q@2")
    store.set_deadline("q@2", "2999-12-31")
    (carried,) = [x for x in store.comments("q@2") if x.origin is not None]
    assert (carried.anchor.quote, earlier_quote(carried)) == ("五个工作日内", "五日内")
    said = "「五个工作日内」（上一稿引文：「五日内」）"
    assert said in _text(c.get("/d/q@2/mine").text).replace(" ", "")
    assert said in _text(c.get("/d/q@2/a/art_1").text).replace(" ", "")
    staff = client("wang")
    assert said in _text(staff.get("/staff/d/q@2/a/art_1").text).replace(" ", "")
    c.cookies.set("lang", "en")
    assert "「五个工作日内」 (quoted on the last reading: 「五日内」)" in _text(c.get("/d/q@2/mine").text)


def test_an_orphan_is_cited_by_its_old_article_of_the_reading_it_was_written_on(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(农产品质量安全法 2018 → 2022, a trial) A wording carried to a reading that rewrote its words (orphaned)
    was listed under the new reading's article number (第五十一条 「五个工作日内」), over a redline of the old
    article's text (第三十六条 「五日内」→「十日内」): the old text under the new citation. The card, the member's
    list and the staff's article page now cite it by its article of the reading it was written on, with the words
    it quoted there, and the redline is said to be of that reading's text."""
    from lawcomment.comments import Status
    from lawcomment.consultation import add_comment, add_draft_file, carry_forward, written_on

    old = "被抽查人对检测结果有异议的，可以自收到检测结果之日起五日内申请复检。"
    v1, v2 = tmp_path / "o1.md", tmp_path / "o2.md"
    v1.write_text(_law(*_FILL[:2], old, *_FILL[2:]), encoding="utf-8")
    # (the new reading puts an article in before it: the article is 第四条 now, its words rewritten)
    v2.write_text(_law(*_FILL[:2], ELSE, old.replace("五日内", "五个工作日内"), *_FILL[2:]), encoding="utf-8")
    add_draft_file(store, v1, "o", "1")
    store.set_deadline("o@1", "2999-12-31")
    add_comment(store, "o@1", "acme", "第三条", quote="五日内", propose=old.replace("五日内", "十日内"),
                reason="五日过短。")  # fmt: skip
    c = client("li")
    add_draft_file(store, v2, "o", "2")
    carry_forward(store, "o@1", "o@2")
    store.set_deadline("o@2", "2999-12-31")
    (carried,) = [x for x in store.comments("o@2", include_superseded=True) if x.origin is not None]
    assert (carried.status, carried.anchor.eid) == (Status.ORPHANED, "art_4")
    written = written_on(store, carried)
    assert written is not None
    assert (written[0].ref, written[1].anchor.eid, written[1].anchor.quote) == ("o@1", "art_3", "五日内")
    assert written_on(store, written[1]) is None  # (written on its own reading)
    mine = _text(c.get("/d/o@2/mine").text)
    assert "第一稿（v1）的第三条 「五日内」" in mine, mine
    assert "本单位在第一稿（v1）提出的修改：" in mine
    assert "第四条" not in mine and "五个工作日内" not in mine
    card = _text(c.get("/d/o@2/a/art_4").text)
    assert f"#{carried.id} · 第一稿（v1）的第三条 「五日内」 · 修改 · 已失效 ：新稿已改写该条款（原第三条）" in card, card
    assert "本单位在第一稿（v1）提出的修改：" in card
    wang = client("wang")
    staff = _text(wang.get("/staff/d/o@2/a/art_4").text)
    assert "第一稿（v1）的第三条 「五日内」" in staff, staff
    # the dashboard's list of carried comments to check names it so too, linked to the article it sits at now
    assert f'<td class="nowrap">#{carried.id}</td><td class="nowrap"><a href="/staff/d/o%402/a/art_4">第一稿（v1）的第三条</a>' \
        in wang.get("/staff/d/o@2").text  # fmt: skip
    c.cookies.set("lang", "en")
    mine = _text(c.get("/d/o@2/mine").text)
    assert "Article 3 of reading 1 (v1) 「五日内」" in mine, mine
    assert "Your company&#39;s wording, as proposed on reading 1 (v1):" in mine
