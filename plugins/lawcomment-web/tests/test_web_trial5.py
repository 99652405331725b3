"""A new user's trial of the web app (a consultation on 统计法, two readings, driven in chromium):
what a member and staff met, each through the app as a browser sends it."""

from __future__ import annotations

import html as html_module
import re

from conftest import post

from lawcomment.consultation import add_comment

MERGED2 = "/staff/d/law@1/a/art_2"


def _text(page: str) -> str:
    return html_module.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def _row(page: str, cid: int) -> str:
    """The merged view's row of comment ``cid``."""
    found = re.search(rf'<tr id="member-comment-{cid}">.*?</tr>', page, flags=re.S)
    assert found, f"no row for #{cid}"
    return found[0]


def test_the_merged_view_cites_each_comment_where_it_stands_and_what_it_quotes(client, store) -> None:
    """A trial: a comment on 第六条第二款 read "#1 阿尔法… 一般意见 建议明确…" on the staff's review
    page, its 款 nowhere (the member's card and `comment list` give it). Each comment's row cites its
    place as the law cites it, with the words it quotes, and the 移至 box starts from where it is."""
    para, _ = add_comment(store, "law@1", "acme", "art_2__para_2", stance="comment", reason="建议明确农副产品的范围。")
    quoted, _ = add_comment(store, "law@1", "beta", "art_2__para_1", stance="question", reason="由哪个机关登记？",
                            quote="市场主体登记")  # fmt: skip
    whole, _ = add_comment(store, "law@1", "gamma", "art_2", stance="support", reason="支持。")
    page = client("wang").get(MERGED2).text
    assert '<p class="meta where">第二条第二款</p>' in _row(page, para)
    assert '<p class="meta where">第二条第一款 <span class="quote">「市场主体登记」</span></p>' in _row(page, quoted)
    assert '<p class="meta where">第二条</p>' in _row(page, whole)
    for cid, now in ((para, "第二条第二款"), (quoted, "第二条第一款"), (whole, "第二条")):
        assert f'<input name="at" size="14" maxlength="100" value="{now}" placeholder="如 第八条第一款"' in _row(page, cid)
    # in English, as the English pages cite
    english = client("wang")
    english.cookies.set("lang", "en")
    assert '<p class="meta where">Article 2(1) <span class="quote">「市场主体登记」</span></p>' in _row(english.get(MERGED2).text, quoted)
    # the member's card gives the quote beside the citation too
    card = client("ann").get("/d/law@1/a/art_2").text
    assert f"#{quoted} · 第二条第一款 「市场主体登记」 · 提问" in _text(card)


def test_a_new_provision_reads_after_its_article_on_every_page(client, store) -> None:
    """A trial: one proposed new article read "#8 · 第五条 · 新增" on the article page and "第五条之后 ·
    新增" on 本单位意见; it goes after 第五条, as 本单位意见 and the staff's page say."""
    r = post(client_li := client("li"), "/d/law@1/a/art_2", "/d/law@1/a/art_2/comment",
             {"at": "art_2", "stance": "insert", "proposal": "电子商务经营者应当公示登记信息。", "reason": "便于查询。"})
    assert r.status_code == 303, r.text  # type: ignore[attr-defined]
    (made,) = store.comments("law@1")
    assert _text(client_li.get("/d/law@1/a/art_2").text).count(f"#{made.id} · 第二条之后 · 新增 ·") == 1
    mine = client_li.get("/d/law@1/mine").text
    assert re.search(rf'>{made.id}</a></td>\s*<td class="where">第二条之后</td><td class="nowrap">新增</td>', mine)
    assert '<p class="meta where">第二条之后</p>' in _row(client("wang").get(MERGED2).text, made.id)


PARA22 = "个人销售自产农副产品的，不需要登记。"


def _say(c, stance: str, reason: str, at: str = "art_2__para_2", **more: str):  # type: ignore[no-untyped-def]
    return post(c, "/d/law@1/a/art_2", "/d/law@1/a/art_2/comment", {"at": at, "stance": stance, "reason": reason, **more})


def _card(page: str, cid: int) -> str:
    found = re.search(rf'<article class="comment [a-z]+" id="c{cid}">.*?</article>', page, flags=re.S)
    assert found, f"no card for #{cid}"
    return found[0]


def test_a_comments_text_is_labelled_by_its_kind(client, store) -> None:
    """A trial: a question's text, a general comment, support and a 总体意见 remark were each labelled
    理由 on the member's cards and on 本单位意见. A question's text is its 问题, a remark's its 意见, and
    理由 is the reason for a wording, a deletion, support or opposition; the form's box says which as
    the kind is chosen (app.js), and without script names all three."""
    li = client("li")
    said = {}
    for stance, reason, more in (("question", "登记机关是哪个？", {}), ("comment", "建议明确范围。", {}), ("support", "有利于小农户。", {}),
                                 ("amend", "明确依据", {"proposal": "个人销售自产农副产品的，依法不需要登记。"})):  # fmt: skip
        assert _say(li, stance, reason, **more).status_code == 303  # type: ignore[attr-defined]
        said[stance] = next(c.id for c in store.comments("law@1") if c.body == reason)
    r = post(li, "/d/law@1", "/d/law@1/remark", {"stance": "comment", "reason": "总体赞成本法。"})
    assert r.status_code == 303  # type: ignore[attr-defined]
    remark = next(c.id for c in store.comments("law@1") if c.anchor.eid is None)
    page = li.get("/d/law@1/a/art_2").text
    for stance, words in (("question", "问题：登记机关是哪个？"), ("comment", "意见：建议明确范围。"),
                          ("support", "理由：有利于小农户。"), ("amend", "理由：明确依据")):  # fmt: skip
        assert f'<p class="reason">{words}</p>' in _card(page, said[stance]), stance
    # the edit form of a question asks for the question
    assert '<label>问题 <textarea name="reason" rows="3">登记机关是哪个？</textarea></label>' in _card(page, said["question"])
    # the form on a unit: its text's label for each kind, for the script to show (without it, all three named)
    assert ('<span class="body-label" data-amend="理由" data-delete="理由" data-support="理由" data-oppose="理由" '
            'data-question="问题" data-comment="意见">理由（提问时写问题，一般意见写意见）</span>') in page
    mine = li.get("/d/law@1/mine").text
    assert '<th class="words">意见内容</th>' in mine and "建议修改为 / 理由" not in mine
    for cid, words in ((said["question"], "问题：登记机关是哪个？"), (said["comment"], "意见：建议明确范围。"),
                       (said["support"], "理由：有利于小农户。"), (remark, "意见：总体赞成本法。")):  # fmt: skip
        assert f'<p class="reason">{words}</p>' in mine, words
    li.cookies.set("lang", "en")
    page = li.get("/d/law@1/a/art_2").text
    assert '<p class="reason">Question: 登记机关是哪个？</p>' in _card(page, said["question"])
    assert '<p class="reason">Comment: 建议明确范围。</p>' in _card(page, said["comment"])
    assert '<p class="reason">Reason: 有利于小农户。</p>' in _card(page, said["support"])
    # a question or a comment sent empty is asked for as what it is
    r = _say(li, "question", " ")
    assert r.status_code == 400 and "Write your question." in _text(r.text)  # type: ignore[attr-defined]
    li.cookies.set("lang", "zh")
    r = _say(li, "comment", "")
    assert r.status_code == 400 and "请写下您的意见。" in _text(r.text)  # type: ignore[attr-defined]


def test_the_wording_box_is_for_amend_only_and_the_server_keeps_none_of_another_kind(client, store) -> None:
    """A trial: the form kept the article's text in 建议修改为 under 一般意见, 支持 and 提问. Without
    script the box says it is for 修改 only (app.js hides it and does not send it for the others);
    the server keeps no wording of another kind, whether the box came with the draft's text (a
    browser without script) or not at all (one with it), and refuses one edited under it, the
    words typed kept."""
    li = client("li")
    page = li.get("/d/law@1/a/art_2").text
    assert ('<label class="wording"><span data-js="建议修改为">建议修改为（仅用于“修改”，其他意见类型不使用此栏）</span>'
            f'\n          <textarea name="proposal" rows="3">{PARA22}</textarea>') in page
    assert '<div class="preview wording" aria-live="polite"></div>' in page
    for n, stance in enumerate(("comment", "support", "question", "oppose", "delete")):
        for sent in ({"proposal": PARA22}, {}):  # with the box as drawn, and without it
            reason = f"{stance}{n}{len(sent)}"
            assert _say(li, stance, reason, **sent).status_code == 303, (stance, sent)  # type: ignore[attr-defined]
            kept = next(c for c in store.comments("law@1") if c.body == reason)
            assert (str(kept.stance), kept.proposed_text, kept.anchor.eid) == (stance, None, "art_2__para_2"), (stance, sent)
    # an edited wording under another kind is refused, not thrown away: the member says which was meant
    before = len(store.comments("law@1"))
    r = _say(li, "support", "好", proposal="个人销售自产农副产品的，依法不需要登记。")
    assert r.status_code == 400 and "您改动了建议条文，但意见类型是“支持”，改动不会保存" in _text(r.text)  # type: ignore[attr-defined]
    assert ">个人销售自产农副产品的，依法不需要登记。</textarea>" in r.text  # type: ignore[attr-defined]
    assert len(store.comments("law@1")) == before


def test_a_download_asked_for_a_format_layout_or_language_it_does_not_know_is_refused_naming_those_it_does(
        client, store) -> None:  # fmt: skip
    """A trial: /export/docx?layout=bogus downloaded the submission as if nothing were wrong. A format,
    a parameter or a value a download does not know is refused (400), naming the ones it takes, as
    `lawcomment export` refuses them; nothing is downloaded."""
    from lawcomment.plugins import exporters

    c = client("wang")
    formats = "、".join(sorted(exporters()))
    for url, said in (("/staff/d/law@1/export/docx?layout=bogus", "参数layout不能取“bogus”；可用的值：articles、table。"),
                      ("/staff/d/law@1/export/docx?lang=fr", "参数lang不能取“fr”；可用的值：zh+en。"),
                      ("/staff/d/law@1/export/docx?unreviewed=yes", "参数unreviewed不能取“yes”；可用的值：0、1。"),
                      ("/staff/d/law@1/export/docx?layuot=table", "导出不认识参数“layuot”；可用的参数：layout、lang、unreviewed、view。"),
                      ("/staff/d/law@1/export/pdf", f"没有“pdf”这种导出格式；可用的格式：{formats}。"),
                      ("/staff/d/law@1/export/<b>x", f"没有“<b>x”这种导出格式；可用的格式：{formats}。")):  # fmt: skip
        r = c.get(url)
        assert (r.status_code, r.headers["content-type"]) == (400, "text/html; charset=utf-8"), url
        assert "content-disposition" not in r.headers and said in _text(r.text), (url, _text(r.text))
        assert '<a href="/staff/d/law%401">概览</a>' in r.text and "<b>x" not in r.text
    # what the dashboard links ask still downloads, and zh+en typed in the address as it reads
    for url in ("/staff/d/law@1/export/docx?layout=table", "/staff/d/law@1/export/docx?layout=articles",
                "/staff/d/law@1/export/docx?unreviewed=1", "/staff/d/law@1/export/csv?unreviewed=0"):
        assert c.get(url).status_code == 200, url
    r = c.get("/staff/d/law@1/export/docx?lang=zh+en")  # (no translation: said as the %2B link says it)
    assert r.status_code == 400 and "本稿没有英文工作译本" in _text(r.text)
    c.cookies.set("lang", "en")
    r = c.get("/staff/d/law@1/export/docx?layout=bogus")
    assert r.status_code == 400 and "layout cannot be “bogus”; use one of: articles, table." in _text(r.text)


def _decided_then_second_reading(store, tmp_path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """law@1: acme's and beta's wordings of 第二条第一款 in conflict, staff choosing acme's; gamma's
    question on 第三条. law@2 takes acme's words (with words of its own), so beta's wording no longer
    fits; carried as `draft add … --supersedes 1` does. The comments' ids on law@1 by member."""
    from pathlib import Path

    from conftest import LAW

    from lawcomment.consultation import add_draft_file, carry_forward, decide

    made = {"acme": add_comment(store, "law@1", "acme", "art_2__para_1", propose="电子商务经营者应当依法及时办理市场主体登记。",
                                reason="及时")[0],
            "beta": add_comment(store, "law@1", "beta", "art_2__para_1", propose="电子商务经营者应当依法书面办理市场主体登记。",
                                reason="书面")[0]}  # fmt: skip
    decide(store, "law@1", "art_2", choose="x1:1")
    law2 = Path(tmp_path) / "law2.txt"
    law2.write_text(LAW.replace("电子商务经营者应当依法办理市场主体登记。", "电子商务经营者应当依法及时办理市场主体登记，并公示登记信息。"),
                    encoding="utf-8")  # fmt: skip
    add_draft_file(store, law2, "law", "2")
    carry_forward(store, "law@1", "law@2")
    store.set_deadline("law@2", "2999-12-31")
    return made


def test_a_carried_comments_note_names_readings_and_the_last_readings_comments_as_the_pages_do(client, store,
                                                                                             tmp_path) -> None:  # fmt: skip
    """A trial: the staff's notes after a new reading read 委员会在stat@1中… (the store's id of the
    reading) and 会员的原措辞保留在意见#9中, #9 the last reading's comment beside #18 on that page. The
    reading is named as every page names it (第一稿（v1）), the comment with its reading and a link to
    it on the review page that lists it; on the dashboard's list of comments to check alike."""
    made = _decided_then_second_reading(store, tmp_path)
    (copy,) = [c for c in store.comments("law@2") if c.origin == made["beta"]]
    assert str(copy.status) == "orphaned" and f"stays in comment #{made['beta']}" in (copy.note or "")
    s = client("wang")
    link = f'<a href="/staff/d/law%401/a/art_2#member-comment-{made["beta"]}">第一稿（v1）中的意见#{made["beta"]}</a>'
    said = f"会员的原措辞保留在{link}中；委员会在第一稿（v1）中于同一处选定了「及时」，未采纳本建议的「书面」（决定#"
    page = s.get("/staff/d/law@2/a/art_2").text
    assert said in _row(page, copy.id) and "law@1" not in _text(page)
    assert f'<tr id="member-comment-{made["beta"]}">' in s.get("/staff/d/law@1/a/art_2").text  # (where the link goes)
    board = s.get("/staff/d/law@2").text
    assert said in board and "law@1" not in _text(board)
    s.cookies.set("lang", "en")
    page = s.get("/staff/d/law@2/a/art_2").text
    assert (f'the member\'s wording stays in <a href="/staff/d/law%401/a/art_2#member-comment-{made["beta"]}">'
            f'comment #{made["beta"]} of reading 1 (v1)</a>; the committee chose otherwise: at reading 1 (v1) it chose '
            "「及时」 at the same place") in html_module.unescape(_row(page, copy.id))  # fmt: skip
    # the units by their citations, in English as the page's language cites them: their ids are the command line's
    board = s.get("/staff/d/law@2").text
    assert "Article 2(1)" in _row(page, copy.id) and "第二条第一款" not in _row(page, copy.id)
    assert "(art_" not in _text(page) and "(art_" not in _text(board)


def test_a_carried_comments_card_names_the_reading_it_came_from(client, store, tmp_path) -> None:
    """A trial: a wording the new reading adopted read 新稿已采纳：原第九条 on the member's card, and the
    previous reading's box named it by its title (上一稿：统计法（修订草案） 第九条), the title both
    readings share. Both name the reading as every page does (第一稿（v1））."""
    made = _decided_then_second_reading(store, tmp_path)
    (copy,) = [c for c in store.comments("law@2") if c.origin == made["acme"]]
    assert str(copy.status) == "adopted"
    li = client("li")
    page = li.get("/d/law@2/a/art_2").text
    assert (f'<p class="meta">#{copy.id} · 第二条第一款 · 修改 · 新稿已采纳<span class="why">：本单位对第一稿（v1）第二条第一款的建议'
            "</span></p>") in _card(page, copy.id)  # fmt: skip
    assert "<summary>上一稿：第一稿（v1）第二条</summary>" in page
    assert "已采纳：本单位对第一稿（v1）第二条第一款的建议" in _text(li.get("/d/law@2/mine").text)
    li.cookies.set("lang", "en")
    page = li.get("/d/law@2/a/art_2").text
    assert ("<span class=\"why\">: your company's proposal on Article 2(1) of reading 1 (v1)</span>"
            in html_module.unescape(_card(page, copy.id)))  # fmt: skip
    assert "<summary>Previous reading: reading 1 (v1) Article 2</summary>" in page


def test_members_questions_and_objections_are_staff_work_on_the_dashboard_and_the_review_page(client, store) -> None:
    """A trial: the dashboard said 待审查的修改和分歧：0 while a member's question waited (the merge has
    nothing of a question to decide), seen nowhere. The members' open questions and objections are
    counted beside it and listed, in the law's order, each linked to its row on the review page
    (one on the whole draft to its remark); the review page names its own."""
    from lawcomment.consultation import withdraw_comment

    s = client("wang")
    board = s.get("/staff/d/law@1").text
    assert '<a href="#asked">会员的提问和反对意见：<strong>0</strong></a>' in board and "没有待回应的提问或反对意见。" in board
    asked, _ = add_comment(store, "law@1", "acme", "art_3__para_1", stance="question", reason="“公示”的方式如何？")
    opposed, _ = add_comment(store, "law@1", "beta", "art_2", stance="oppose", reason="登记成本过高。")
    whole, _ = add_comment(store, "law@1", "gamma", "全文", stance="question", reason="何时施行？")
    add_comment(store, "law@1", "acme", "art_2", stance="support", reason="支持。")  # (support: nothing to answer)
    gone, _ = add_comment(store, "law@1", "gamma", "art_1", stance="question", reason="撤回的问题")
    withdraw_comment(store, gone)
    board = s.get("/staff/d/law@1").text
    assert '<a href="#asked">会员的提问和反对意见：<strong>3</strong></a>' in board
    section = board.split('<section id="asked">')[1].split("</section>")[0]
    rows = [r.split('<td class="resolve"><form')[0] for r in re.findall(r"<tr>(.*?)</tr>", section)]
    assert rows == [
        f'<td class="nowrap">#{whole}</td><td class="nowrap"><a href="#c{whole}">全文（总体意见）</a></td>'
        '<td class="org">Gamma Co.</td><td class="nowrap">提问</td><td class="reason">何时施行？</td>',
        f'<td class="nowrap">#{opposed}</td><td class="nowrap"><a href="/staff/d/law%401/a/art_2#member-comment-{opposed}">'
        '第二条</a></td><td class="org">Beta GmbH</td><td class="nowrap">反对</td><td class="reason">登记成本过高。</td>',
        f'<td class="nowrap">#{asked}</td><td class="nowrap"><a href="/staff/d/law%401/a/art_3#member-comment-{asked}">'
        '第三条</a></td><td class="org">ACME (China) Ltd.</td><td class="nowrap">提问</td>'  # (its only 款: the article)
        '<td class="reason">“公示”的方式如何？</td>'], rows  # fmt: skip
    assert f'<tr id="c{whole}">' in board  # (the remark it links to)
    page = s.get("/staff/d/law@1/a/art_2").text
    assert f'会员的提问和反对意见：<a href="#member-comment-{opposed}">#{opposed}</a>（反对）</p>' in page
    assert f'id="member-comment-{opposed}"' in page
    assert "会员的提问和反对意见" not in s.get("/staff/d/law@1/a/art_1").text  # (the withdrawn one: nothing waits)
    s.cookies.set("lang", "en")
    page = s.get("/staff/d/law@1/a/art_3").text
    assert f"Members' questions and objections: <a href=\"#member-comment-{asked}\">#{asked}</a> (question)</p>" in \
        html_module.unescape(page)  # fmt: skip


def test_the_header_names_the_members_company(client) -> None:
    """A trial: a member's header said 当前用户 李伟 and never whose user that is. It names the company
    (staff's says 工作人员, as before)."""
    assert '<span class="who">当前用户 Li · <span class="company">ACME (China) Ltd.</span></span>' in client("li").get("/").text
    page = client("wang").get("/").text
    assert '<span class="who">当前用户 Wang · 工作人员</span>' in page and "协会秘书处" not in page


def test_a_remark_staff_put_in_the_submission_says_so_to_its_member(client, store) -> None:
    """A trial: a remark staff put in the submission (列入提交稿) still read 待处理 to its member. It
    reads 已列入提交稿 on the draft's page, on 本单位意见 and on an article's card, and 待处理 again
    when staff keep it internal."""
    li = client("li")
    r = post(li, "/d/law@1", "/d/law@1/remark", {"stance": "comment", "reason": "总体赞成本法。"})
    assert r.status_code == 303  # type: ignore[attr-defined]
    (remark,) = store.comments("law@1")
    on_article, _ = add_comment(store, "law@1", "acme", "art_2", stance="comment", reason="建议明确登记机关。")
    s = client("wang")
    for cid in (remark.id, on_article):
        r = post(s, "/staff/d/law@1", "/staff/d/law@1/forward", {"comment": str(cid), "forward": "1"})
        assert r.status_code == 303  # type: ignore[attr-defined]
    assert f"#{remark.id} · 一般意见 · 已列入提交稿 ·" in _text(li.get("/d/law@1").text)
    mine = li.get("/d/law@1/mine").text
    for cid in (remark.id, on_article):
        row = mine.split(f">{cid}</a></td>")[1].split("</tr>")[0]
        assert re.search(r'<td class="nowrap status" data-label="状态：">已列入提交稿</td><td class="org"( data-label="提交人：">Li|>)</td>$',
                         row), row  # (then who sent it)
    assert f"#{on_article} · 第二条 · 一般意见 · 已列入提交稿" in _text(_card(li.get("/d/law@1/a/art_2").text, on_article))
    r = post(s, "/staff/d/law@1", "/staff/d/law@1/forward", {"comment": str(remark.id), "forward": "0"})
    assert f"#{remark.id} · 一般意见 · 待处理 ·" in _text(li.get("/d/law@1").text)
    li.cookies.set("lang", "en")
    assert f"#{on_article} · Article 2 · comment · in the submission" in _text(_card(li.get("/d/law@1/a/art_2").text, on_article))


def test_the_steps_to_the_previous_and_next_article_never_break_inside(client) -> None:
    """A trial at 390 px: 下一条 → broke inside itself (下 / 一条 →). The steps are kept whole (the
    browser test measures them on a phone)."""
    page = client("li").get("/d/law@1/a/art_2").text
    assert 'rel="prev" class="step">← 上一条</a>' in page and 'rel="next" class="step">下一条 →</a>' in page
    page = client("wang").get("/staff/d/law@1/a/art_2").text
    assert '/a/art_1" class="step">← 上一条</a>' in page and '/a/art_3" class="step">下一条 →</a>' in page


def test_staff_mark_a_question_dealt_with_and_it_leaves_the_list(client, store) -> None:
    """The list of questions and objections only grew (no state said one was answered): staff mark
    one dealt with, its answer kept, as `lawcomment comment resolve` does; it stays in the merge;
    a second post, or one for a comment no longer open, changes nothing and says so; members and
    posts without the form's token are refused."""
    asked, _ = add_comment(store, "law@1", "acme", "art_3__para_1", stance="question", reason="“公示”的方式如何？")
    s = client("wang")
    r = post(s, "/staff/d/law@1", "/staff/d/law@1/resolve", {"comment": str(asked), "answer": "已电话答复：在首页公示。"})
    assert (r.status_code, r.headers["location"]) == (303, "/staff/d/law%401#asked")  # type: ignore[attr-defined]
    board = s.get("/staff/d/law@1").text
    assert "已标记为已处理：意见#%d不再列为待回应。" % asked in board
    assert '<a href="#asked">会员的提问和反对意见：<strong>0</strong></a>' in board
    done = store.get_comment(asked)
    assert (done.status.value, done.note) == ("resolved", "answer: 已电话答复：在首页公示。")
    # the member reads the answer on its card and on 本单位意见, its comment 已处理
    card = client("li").get("/d/law@1/a/art_3").text
    assert '<p class="answer">秘书处答复：已电话答复：在首页公示。</p>' in card and "· 已处理" in _text(card)
    assert '<p class="answer">秘书处答复：已电话答复：在首页公示。</p>' in client("li").get("/d/law@1/mine").text
    assert "已电话答复" not in client("ann").get("/d/law@1/a/art_3").text  # (another company's: never shown)
    again = post(s, "/staff/d/law@1", "/staff/d/law@1/resolve", {"comment": str(asked)})
    assert again.status_code == 303  # type: ignore[attr-defined]
    assert f"意见#{asked}已不是待回应的提问或反对意见" in s.get("/staff/d/law@1").text
    assert store.get_comment(asked).note == "answer: 已电话答复：在首页公示。"  # (left as it was)
    assert post(client("ann"), "/d/law@1", "/staff/d/law@1/resolve", {"comment": str(asked)}).status_code == 403  # type: ignore[attr-defined]
    forged = s.post("/staff/d/law@1/resolve", data={"comment": str(asked)}, follow_redirects=False)
    assert forged.status_code == 403
    assert s.post("/staff/d/law@1/resolve", data={"csrf": "x", "comment": "99999"}).status_code == 403
    assert post(s, "/staff/d/law@1", "/staff/d/law@1/resolve", {"comment": "99999"}).status_code == 404  # type: ignore[attr-defined]
    # an answer is text, escaped where the member reads it; one too long for the box is refused, never cut
    other, _ = add_comment(store, "law@1", "acme", "art_2", stance="oppose", reason="成本过高。")
    long = post(s, "/staff/d/law@1", "/staff/d/law@1/resolve", {"comment": str(other), "answer": "答" * 501})
    assert long.status_code == 400 and "“答复（可选）”有501个字符，超过了500个字符的上限" in long.text  # type: ignore[attr-defined]
    assert store.get_comment(other).status.value == "open"
    post(s, "/staff/d/law@1", "/staff/d/law@1/resolve", {"comment": str(other), "answer": "<script>alert(1)</script>"})
    card = client("li").get("/d/law@1/a/art_2").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in card and "<script>alert(1)" not in card


def test_a_members_edit_is_told_nothing_of_the_committees_decisions(client, store) -> None:
    """A review: a member's edit of its own wording made a decision on another company's words stop
    applying, and the member's page said so (decision numbers, "decide again", a command line): the
    committee's decisions are staff's until the consultation closes. Staff moving a comment are told."""
    from lawcomment.consultation import decide

    first = "电子商务经营者应当依法办理市场主体登记。"
    add_comment(store, "law@1", "acme", "art_2__para_1", propose=first.replace("依法", "依法及时"))
    beta, _ = add_comment(store, "law@1", "beta", "art_2__para_1", propose=first.replace("市场主体登记", "工商登记"))
    decide(store, "law@1", "art_2", accept="c1")  # acme's 及时
    ann = client("ann")
    r = post(ann, "/d/law@1/a/art_2", f"/comments/{beta}/edit", {"proposal": first.replace("依法", "依法尽快"), "reason": "更快"})
    assert r.status_code == 303  # type: ignore[attr-defined]
    page = ann.get(r.headers["location"]).text  # type: ignore[attr-defined]
    assert "决定" not in _text(page) and "lawcomment comment" not in page
    assert store.get_comment(beta).proposed_text == first.replace("依法", "依法尽快")
    # the same edit by staff's own hand (the command line's edit_comment) says it
    from lawcomment.consultation import edit_comment

    _, said = edit_comment(store, beta, propose=first.replace("市场主体登记", "工商登记"))
    assert said == ["the committee's decision(s) #1 on 第二条 (art_2) apply again with #2 edited"], said


def test_a_carried_wording_the_new_reading_adopted_in_part_says_so_on_the_card(client, store, tmp_path) -> None:
    """A trial: a wording the new reading made part of, and rewrote the rest of (orphaned), read
    已失效：…本单位的修改建议已不适用 on the member's card, beside 部分采纳 on the adoption page."""
    made = add_comment(store, "law@1", "gamma", "art_2__para_1", propose="电子商务经营者应当依法及时办理市场主体登记手续。",
                       reason="及时、手续")[0]  # fmt: skip
    _decided_then_second_reading(store, tmp_path)
    (copy,) = [c for c in store.comments("law@2") if c.origin == made]
    assert str(copy.status) == "orphaned"
    page = client("gus").get("/d/law@2/a/art_2").text
    said = _text(_card(page, copy.id))
    assert "新稿部分采纳了本单位对第一稿（v1）第二条第一款的建议，并改写了该条款；其余修改已不适用" in said, said
    assert "本单位的修改建议已不适用" not in said
