"""A new user's trial of the web app (a consultation on 农产品质量安全法, two readings, on PostgreSQL):
what a member and staff met, each through the app as a browser sends it."""

from __future__ import annotations

import html as html_module
import re
from io import BytesIO

from conftest import post

ART1 = "为了保障电子商务各方主体的合法权益，制定本法。"
PARA22 = "个人销售自产农副产品的，不需要登记。"


def _form(c, rows: dict[str, tuple[str, str]], ref: str = "law@1") -> bytes:  # type: ignore[no-untyped-def]
    """The member's 意见反馈表 as ``c`` downloads it, the row printing each key's text filled in
    with its (wording, reason)."""
    from docx import Document

    doc = Document(BytesIO(c.get(f"/d/{ref}/form.docx").content))
    for printed, (wording, reason) in rows.items():
        row = next(r for t in doc.tables for r in t.rows if any(printed in cell.text for cell in r.cells))
        row.cells[-2].text, row.cells[-1].text = wording, reason
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def _text(page: str) -> str:
    return html_module.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def test_a_form_with_one_unreadable_row_imports_the_others_and_lists_that_row_in_chinese(client, store) -> None:
    """A trial: a form with one row whose 修改建议 was a suggestion (建议提高罚款上限) was refused
    whole, in English, with the command line's words (pass --skip-invalid). The readable rows are
    imported; the row left out is listed in the member's language, naming its article and what to
    do; sent again once corrected, only that row is added."""
    c = client("li")
    sent = _form(c, {ART1: ("建议提高罚款上限", "威慑不足"), PARA22: ("个人销售自产农副产品的，依法不需要登记。", "明确依据")})
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("反馈.docx", sent, "application/octet-stream")})
    assert r.status_code == 200, r.text
    said = _text(r.text)
    assert "以下1行未能读取，未予导入（其余各行已导入）" in said
    assert ("第一条（意见反馈表第2个表格第" in said and "修改建议栏写的是建议（「建议提高罚款上限」），不是第一条修改后的条文："
            "请写出修改后的条文" in said), said  # fmt: skip
    assert "重新上传整份文件" in said and "新增意见1条" in said
    assert "--skip-invalid" not in said and "art_1" not in said and "table 2" not in said
    (kept,) = store.comments("law@1")
    assert kept.anchor.eid == "art_2__para_2"
    # corrected and sent again: the row imported already is not added twice
    fixed = _form(c, {ART1: ("为了保障电子商务各方主体的合法权益，规范电子商务行为，制定本法。", "威慑不足"),
                      PARA22: ("个人销售自产农副产品的，依法不需要登记。", "明确依据")})  # fmt: skip
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("反馈.docx", fixed, "application/octet-stream")})
    assert r.status_code == 200 and "新增意见1条" in _text(r.text) and "未能读取" not in r.text, _text(r.text)
    assert sorted(x.anchor.eid for x in store.comments("law@1")) == ["art_1", "art_2__para_2"]


def test_a_form_whose_every_row_is_unreadable_is_refused_with_the_rows_listed(client, store) -> None:
    c = client("li")
    sent = _form(c, {ART1: ("建议提高罚款上限", "威慑不足")})
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("反馈.docx", sent, "application/octet-stream")})
    assert r.status_code == 400
    said = _text(r.text)
    assert "以下1行未能读取，文件中的意见均未导入" in said and "第一条（意见反馈表" in said and "文件已导入" not in said
    assert store.comments("law@1") == []
    # in English, for a user reading in English
    c.post("/lang", data={"csrf": re.search(r'name="csrf" value="([^"]+)"', c.get("/").text)[1], "lang": "en", "next": "/"})  # type: ignore[index]
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("反馈.docx", sent, "application/octet-stream")})
    assert r.status_code == 400 and "This row could not be read; nothing of the file was imported" in _text(r.text)
    assert "Article 1 (the form&#39;s table 2, row" in r.text or "Article 1 (the form's table 2, row" in _text(r.text)


def test_a_member_remarks_on_the_whole_draft_and_staff_forward_it_to_the_general_opinion(client, store) -> None:
    """A trial: a member had no way to remark on the whole draft (总体意见) in the browser, so a
    submission made in the web never had 一、总体意见. The draft page has the form (a remark,
    support or opposition, never a wording); 本单位意见 lists it; staff see it on the dashboard and
    forward it, and the submission prints it under 总体意见."""
    c = client("li")
    page = c.get("/d/law@1")
    assert page.status_code == 200 and 'action="/d/law%401/remark"' in page.text and "总体意见" in page.text
    r = post(c, "/d/law@1", "/d/law@1/remark", {"stance": "comment", "reason": ""})
    assert r.status_code == 400 and "请写下对草案全文的意见" in _text(r.text)  # type: ignore[attr-defined]
    r = post(c, "/d/law@1", "/d/law@1/remark", {"stance": "amend", "reason": "改"})
    assert r.status_code == 400  # type: ignore[attr-defined]
    r = post(c, "/d/law@1", "/d/law@1/remark", {"stance": "support", "reason": "总体支持，建议明确平台责任。"})
    assert r.status_code == 303 and r.headers["location"].startswith("/d/law%401?done=added#c")  # type: ignore[attr-defined]
    (remark,) = store.comments("law@1")
    assert remark.anchor.eid is None and remark.stance.value == "support" and remark.source.author == "li"
    assert "总体支持，建议明确平台责任。" in c.get("/d/law@1").text
    mine = _text(c.get("/d/law@1/mine").text)
    assert "全文（总体意见）" in mine and "总体支持，建议明确平台责任。" in mine
    # another company sees nothing of it
    assert "总体支持" not in client("gus").get("/d/law@1").text
    # staff: listed on the dashboard, forwarded, and printed under 总体意见
    s = client("wang")
    board = s.get("/staff/d/law@1").text
    assert "总体支持，建议明确平台责任。" in board and "ACME (China) Ltd." in board
    r = post(s, "/staff/d/law@1", "/staff/d/law@1/forward", {"comment": str(remark.id), "forward": "1"})
    assert r.status_code == 303 and store.get_comment(remark.id).forwarded  # type: ignore[attr-defined]
    md = s.get("/staff/d/law@1/export/md").text
    assert "总体意见" in md and "总体支持，建议明确平台责任。" in md
    r = post(s, "/staff/d/law@1", "/staff/d/law@1/forward", {"comment": str(remark.id), "forward": "0"})
    assert r.status_code == 303 and not store.get_comment(remark.id).forwarded  # type: ignore[attr-defined]
    assert "总体支持" not in s.get("/staff/d/law@1/export/md").text
    # a member cannot forward; a comment of no such draft is not found
    assert post(c, "/d/law@1", "/staff/d/law@1/forward", {"comment": str(remark.id), "forward": "1"}).status_code == 403  # type: ignore[attr-defined]
    assert post(s, "/staff/d/law@1", "/staff/d/law@1/forward", {"comment": "999", "forward": "1"}).status_code == 404  # type: ignore[attr-defined]
    # the member withdraws it from the draft page, and brings it back
    r = post(c, "/d/law@1", f"/comments/{remark.id}/withdraw", {})
    assert r.status_code == 303 and r.headers["location"] == f"/d/law%401?done=withdrew#c{remark.id}"  # type: ignore[attr-defined]
    r = post(c, "/d/law@1", f"/comments/{remark.id}/restore", {})
    assert r.status_code == 303 and store.get_comment(remark.id).status.value == "open"  # type: ignore[attr-defined]


def test_a_form_row_on_the_whole_draft_is_a_remark_on_it(client, store) -> None:
    """A row the member added with 条款 总体意见 (refused as citing no article, in a trial) is a remark on
    the whole draft, as the draft page's form gives one."""
    from docx import Document

    c = client("li")
    doc = Document(BytesIO(c.get("/d/law@1/form.docx").content))
    row = doc.tables[-1].add_row()
    row.cells[0].text, row.cells[-1].text = "总体意见", "总体支持。"
    out = BytesIO()
    doc.save(out)
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("反馈.docx", out.getvalue(), "application/octet-stream")})
    assert r.status_code == 200 and "新增意见1条" in _text(r.text), r.text  # type: ignore[attr-defined]
    remarks = [x for x in store.comments("law@1") if x.anchor.eid is None]  # type: ignore[attr-defined]
    assert [(x.member, x.stance.value, x.body) for x in remarks] == [("acme", "comment", "总体支持。")], remarks


def _second_reading(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """law@2: a new 第二条 put in (the old 第二条 to 第四条 become 第三条 to 第五条), the old 第二条第二款
    rewritten; carried as `draft add … --supersedes 1` does."""
    from conftest import LAW

    from lawcomment.consultation import add_draft_file, carry_forward

    text = LAW.replace("第二条　电子商务经营者", "第二条　国家鼓励发展电子商务新业态。\n第三条　电子商务经营者")
    text = text.replace("第三条　电子商务经营者应当履行", "第四条　电子商务经营者应当履行").replace("第四条　本法自", "第五条　本法自")
    text = text.replace("个人销售自产农副产品的，不需要登记。", "个人销售自产农副产品、家庭手工业产品的，可以不办理市场主体登记，但应当依法纳税。")
    second = tmp_path / "law2.txt"
    second.write_text(text, encoding="utf-8")
    add_draft_file(store, second, "law", "2")
    carry_forward(store, "law@1", "law@2")
    store.set_deadline("law@2", "2999-12-31")


def _two_comments(c) -> None:  # type: ignore[no-untyped-def]
    """li's wording of 第二条第二款 and question on 第三条, on law@1."""
    assert post(c, "/d/law@1/a/art_2", "/d/law@1/a/art_2/comment",
                {"at": "art_2__para_2", "stance": "amend", "proposal": "个人销售自产农副产品的，依法不需要登记。",
                 "reason": "明确依据"}).status_code == 303  # type: ignore[attr-defined]
    assert post(c, "/d/law@1/a/art_3", "/d/law@1/a/art_3/comment",
                {"at": "art_3", "stance": "question", "reason": "“公示”的方式如何？"}).status_code == 303  # type: ignore[attr-defined]


def test_members_read_a_short_status_of_a_carried_comment_and_staff_the_whole_note(client, store, tmp_path) -> None:
    """A trial: after the second reading members read the carry's staff note (ids, similarity
    figures, 请核对, decision numbers), in English. A member reads a short status in Chinese, its
    place cited as the law cites it; staff keep the whole note."""
    c = client("li")
    _two_comments(c)
    _second_reading(store, tmp_path)
    notes = [x.note for x in store.comments("law@2")]
    assert any("art_" in n for n in notes)  # (the staff note the member must not read)
    for url in ("/d/law@2/mine", "/d/law@2/a/art_3", "/d/law@2/a/art_4"):
        page = c.get(url)
        assert page.status_code == 200
        said = _text(page.text)
        for staff_only in ("art_", "相似度", "similarity", "请核对", "决定#", "decision #", ") → 第", "check"):
            assert staff_only not in said, (url, staff_only, said)
    mine = _text(c.get("/d/law@2/mine").text)
    assert "已失效：新稿已改写该条款（原第二条第二款），本单位的修改建议已不适用；如仍有意见，请对新条文重新提出" in mine
    assert "已延续至第四条（原第三条）" in mine
    staff = _text(client("wang").get("/staff/d/law@2/a/art_3").text)
    assert "第二条第二款" in staff and "→" in staff  # the whole note, for staff


def test_the_second_readings_dashboard_counts_carried_comments_and_links_the_adoption_page(client, store, tmp_path) -> None:
    """A trial: v2's dashboard said 意见：10 beside every member 未反馈 with 0 comments, 待审查 0 though
    proposals no longer fit, and had no adoption page. The count says what it counts, the members'
    table has the carried comments apart, the comments to check are listed, and the adoption page
    says what the second reading adopted, as `lawcomment adoption` does; a member's card on the first
    reading, 委员会已决定, says the second reading did not adopt it."""
    from lawcomment.consultation import decide, draft_positions

    c = client("li")
    _two_comments(c)
    (position,) = draft_positions(store, "law@1", "art_2")
    decide(store, "law@1", "art_2", accept=position.changes[0].change.id)
    _second_reading(store, tmp_path)
    s = client("wang")
    board = _text(s.get("/staff/d/law@2").text)
    assert "意见：2（本稿新提0条；由上一稿转入2条，其中已失效1条、新稿已采纳0条；不含已撤回和已被替代的）" in board, board
    assert "由上一稿转入、须核对的意见： 1" in board and "“已反馈”只计会员在本稿新提的意见" in board
    assert re.search(r"ACME \(China\) Ltd\. Pharma WG 未反馈 0 2 ", board), board
    page = s.get("/staff/d/law@2").text
    assert 'href="/staff/d/law%401/adoption"' in s.get("/staff/d/law@1").text
    assert 'href="/staff/d/law%402/adoption"' in page
    for ref in ("law@1", "law@2"):
        adoption = s.get(f"/staff/d/{ref}/adoption")
        said = _text(adoption.text)
        assert adoption.status_code == 200 and "第一稿（v1）的修改建议和委员会意见在第二稿（v2）中的采纳情况" in said
        assert "law@" not in said  # (the readings named as every page names them, not by the store's ids)
        assert re.search(r"#1 ACME \(China\) Ltd\. 修改 第二条第二款 第三条 未采纳", said), said
        assert "委员会意见1处修改中，新一稿采纳0处（0%）" in said and "art_" not in said
    assert c.get("/staff/d/law@2/adoption").status_code == 403
    # the member's card on the first reading, which the committee decided on, says what the second made of it
    card = _text(c.get("/d/law@1/a/art_2").text)
    assert "委员会已采纳 · 新一稿：未采纳" in card, card
    assert "新一稿：未采纳" in _text(c.get("/d/law@1/mine").text)
    # and on the second reading, the company's comment on the first one says it too (not 待处理)
    earlier = _text(c.get("/d/law@2/a/art_3").text)
    assert "#1 · 修改 · 本稿：未采纳" in earlier and "#2 · 提问 · 已转入本稿" not in earlier


def test_a_draft_of_one_reading_has_no_adoption_page(client) -> None:
    r = client("wang").get("/staff/d/law@1/adoption")
    assert r.status_code == 404 and "本稿没有上一稿或下一稿" in _text(r.text)
    assert "/adoption" not in client("wang").get("/staff/d/law@1").text


def test_the_home_page_tells_the_readings_apart_and_a_replaced_ones_deadline_is_not_offered(client, store, tmp_path) -> None:
    """A trial: the home page listed the two readings as two identical links, and the replaced one's
    dashboard still offered to change its deadline."""
    _second_reading(store, tmp_path)
    for login in ("li", "wang"):
        home = _text(client(login).get("/").text)
        assert re.search(r"示例电子商务法（草案） · 第一稿（v1）( law@1)? — 已由第二稿（v2）取代，不再征求意见", home), home
        assert "示例电子商务法（草案） · 第二稿（v2）" in home
    s = client("wang")
    board = s.get("/staff/d/law@1").text
    assert 'action="/staff/d/law%401/deadline"' not in board and "本稿已由第二稿（v2）取代" in _text(board)
    assert 'action="/staff/d/law%402/deadline"' in s.get("/staff/d/law@2").text
    r = post(s, "/staff/d/law@2", "/staff/d/law@1/deadline", {"deadline": "2999-01-01"})
    assert r.status_code == 409 and "截止日期不再适用" in _text(r.text)  # type: ignore[attr-defined]
    assert store.get_draft("law@1").deadline == "2999-12-31"


def test_an_article_typed_in_the_address_as_a_number_or_a_citation_goes_to_its_page(client) -> None:
    """A trial: /d/…/a/44 and /d/…/a/第四十四条 were 404. A bare number or a citation goes to the
    article's own address (a 款 to its place on it); what names nothing is still not found."""
    c = client("li")
    for typed, to in (("2", "/d/law%401/a/art_2"), ("第二条", "/d/law%401/a/art_2"),
                      ("第二条第二款", "/d/law%401/a/art_2#art_2__para_2"), ("Article 3", "/d/law%401/a/art_3")):
        r = c.get(f"/d/law@1/a/{typed}", follow_redirects=False)
        assert (r.status_code, r.headers.get("location")) == (307, to), typed
    assert c.get("/d/law@1/a/第二条").status_code == 200
    assert c.get("/d/law@1/a/99", follow_redirects=False).status_code == 404
    assert c.get("/d/law@1/a/nonsense", follow_redirects=False).status_code == 404
    r = client("wang").get("/staff/d/law@1/a/第三条", follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (307, "/staff/d/law%401/a/art_3")


def test_a_control_character_in_a_typed_comment_is_said_as_of_a_typed_comment(client, store) -> None:
    """A trial: a control character in a comment was refused with 'art_47' and 未导入 (an import's
    words). It names the article as the law cites it, the field and the character; the words typed stay."""
    c = client("li")
    r = post(c, "/d/law@1/a/art_2", "/d/law@1/a/art_2/comment", {"at": "art_2", "stance": "comment", "reason": "abc\x07def"})
    assert r.status_code == 400  # type: ignore[attr-defined]
    said = _text(r.text)  # type: ignore[attr-defined]
    assert "第二条：“理由”的第4个字符是看不见的控制字符（U+0007），多为从其他文件粘贴带入；请删去后再提交（意见未保存）。" in said
    assert "art_2" not in said and "未导入" not in said and store.comments("law@1") == []


def test_a_next_readings_pages_align_the_readings_once_until_the_next_write(client, store, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A review: every article page of a next reading aligned the two readings again (a third of a
    second for a large law). The app keeps the alignment until the store's next write."""
    import lawcomment_web.app as app_module

    c = client("li")
    _two_comments(c)
    _second_reading(store, tmp_path)
    calls = []
    real = app_module.stored_alignment
    monkeypatch.setattr(app_module, "stored_alignment", lambda *a: calls.append(1) or real(*a))
    for _ in range(3):
        assert c.get("/d/law@1/mine").status_code == 200
    assert len(calls) == 1


def test_the_adoption_page_is_judged_once_until_the_store_changes(client, store, tmp_path, monkeypatch) -> None:
    """Judging every proposal of a busy consultation takes seconds: the page is worked out once and
    kept until the next write (a decision on the first reading changes what it says at once)."""
    import lawcomment_web.app as app_module
    from lawcomment.consultation import decide, draft_positions

    judged: list[int] = []
    real = app_module.adoption_report
    monkeypatch.setattr(app_module, "adoption_report", lambda *a, **k: judged.append(1) or real(*a, **k))
    c = client("li")
    _two_comments(c)
    _second_reading(store, tmp_path)
    s = client("wang")
    first = _text(s.get("/staff/d/law@2/adoption").text)
    assert _text(s.get("/staff/d/law@2/adoption").text) == first and len(judged) == 1
    assert "委员会意见1处修改中" not in first, first
    (position,) = draft_positions(store, "law@1", "art_2")
    decide(store, "law@1", "art_2", accept=position.changes[0].change.id)
    again = _text(s.get("/staff/d/law@2/adoption").text)
    assert len(judged) == 2 and "委员会意见1处修改中，新一稿采纳0处（0%）" in again, again
