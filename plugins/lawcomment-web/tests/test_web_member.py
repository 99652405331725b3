"""A member's users: read the draft, propose wording on a 款 with a redline preview, edit and
withdraw their company's comments; nothing of another company shows; the deadline holds."""

from __future__ import annotations

import re

import pytest
from conftest import csrf_of, form_fields, post

from lawcomment import SourceKind, Stance, Status, hookimpl
from lawcomment.plugins import get_plugin_manager

ARTICLE = "/d/law@1/a/art_2"
PARA2 = "个人销售自产农副产品的，不需要登记。"


def propose(c, at: str = "art_2__para_2", proposal: str = "个人销售自产农副产品的，依法不需要登记。",
            reason: str = "明确依据", stance: str = "amend"):  # type: ignore[no-untyped-def]
    page = f"/d/law@1/a/{at.split('__')[0]}"
    return post(c, page, f"{page}/comment", {"at": at, "stance": stance, "proposal": proposal, "reason": reason})


def test_the_contents_search_and_article_page(client) -> None:
    c = client("li")
    page = c.get("/d/law@1")
    assert page.status_code == 200
    assert "第一章" in page.text and 'href="/d/law%401/a/art_3"' in page.text.replace("law@1", "law%401")
    hits = c.get("/d/law@1", params={"q": "农副产品"})
    assert "第二条" in hits.text and "农副产品" in hits.text
    article = c.get(ARTICLE)
    assert PARA2 in article.text and 'name="at" value="art_2__para_2"' in article.text
    assert c.get("/d/law@1/a/art_99").status_code == 404 and c.get("/d/nope@1").status_code == 404


@pytest.mark.parametrize(("lang", "q", "cited"), [
    ("zh", "农副产品", ('/d/law%401/a/art_2#art_2__para_2">第二条第二款</a>')),
    ("zh", "公布之日", ('/d/law%401/a/art_4">第四条</a>')),  # an article of one 款: never 第四条第一款
    ("zh", "营业执照", ('/d/law%401/a/art_3">第三条</a>')),  # its 项 too
    ("en", "农副产品", ('/d/law%401/a/art_2#art_2__para_2">Article 2(2)</a>')),
    ("en", "公布之日", ('/d/law%401/a/art_4">Article 4</a>')),  # never Article 4(1)
])  # fmt: skip
def test_a_search_hit_is_cited_at_its_paragraph_as_the_law_cites(client, lang: str, q: str, cited: str) -> None:  # type: ignore[no-untyped-def]
    """A hit is cited where it is, as the library cites it (law_citation): the 款 of an article of several, the
    article of one 款 alone (第四条, Article 4), in the page's language, and linked to it."""
    c = client("li")
    if lang == "en":
        c.cookies.set("lang", "en")
    page = c.get("/d/law@1", params={"q": q}).text
    (hit,) = [li for li in page.split("<li>") if "<mark>" in li]
    assert hit.startswith(f'<a href="{cited} ') and f"<mark>{q}</mark>" in hit


def test_a_proposal_on_a_paragraph_is_stored_as_the_companys_with_the_user_as_actor(client, store) -> None:
    c = client("li")
    r = propose(c)
    assert r.status_code == 303 and "done=added" in r.headers["location"]
    (comment,) = store.comments("law@1")
    assert (comment.member, comment.anchor.eid, comment.proposed_text, comment.body) == (
        "acme", "art_2__para_2", "个人销售自产农副产品的，依法不需要登记。", "明确依据")
    assert (comment.source.kind, comment.source.author) == (SourceKind.WEB, "li")
    assert [e.actor for e in store.events(obj=f"comment:{comment.id}")] == ["web:li"]
    page = c.get(ARTICLE)
    assert f'id="c{comment.id}"' in page.text and "<ins>依法</ins>" in page.text


def test_one_item_typed_for_its_article_is_previewed_as_it_is_saved(client, store) -> None:
    """(a stranger's review) 「（二）保护消费者个人信息和数据。」 typed for 第三条 previewed the article's opening words and
    （一） struck out, while the saved comment is that 项's wording and deletes nothing."""
    c = client("li")
    r = post(c, "/d/law@1/a/art_3", "/d/law@1/preview", {"at": "art_3", "proposal": "（二）保护消费者个人信息和数据。"})
    assert r.status_code == 200 and "<del>" not in r.text and "保护消费者个人信息<ins>和数据</ins>。" in r.text, r.text
    assert propose(c, at="art_3", proposal="（二）保护消费者个人信息和数据。").status_code == 303
    (saved,) = store.comments("law@1")
    assert (saved.anchor.eid, saved.proposed_text) == ("art_3__para_1__item_2", "保护消费者个人信息和数据。")


def test_the_preview_is_the_cores_redline_without_and_with_javascript(client, store) -> None:
    c = client("li")
    r = post(c, ARTICLE, "/d/law@1/preview", {"at": "art_2__para_2", "proposal": "个人销售农副产品的，不需要登记。"})
    assert r.status_code == 200 and "<del>自产</del>" in r.text
    r = post(c, ARTICLE, f"{ARTICLE}/comment", {"at": "art_2__para_2", "stance": "amend", "preview": "1",
                                                 "proposal": "个人销售农副产品的，不需要登记。", "reason": "r"})  # fmt: skip
    assert r.status_code == 200 and "<del>自产</del>" in r.text and store.comments("law@1") == []


def test_support_and_questions_need_no_wording(client, store) -> None:
    c = client("li")
    assert propose(c, at="art_1", stance="support", proposal="", reason="").status_code == 303
    assert propose(c, at="art_3__para_1__item_2", stance="question", proposal="", reason="范围？").status_code == 303
    assert sorted(str(x.stance) for x in store.comments("law@1")) == ["question", "support"]


def test_a_wording_edited_under_another_kind_is_not_thrown_away(client, store) -> None:
    """支持 with the wording edited would keep only the reason: refused, saying why; 删除 of a 款
    needs no wording; an emptied wording under 修改 asks for one."""
    c = client("li")
    edited = PARA2.replace("不需要", "依法不需要")
    for stance in ["support", "oppose", "delete", "comment"]:
        r = propose(c, stance=stance, proposal=edited, reason="理由")
        assert r.status_code == 400 and "您改动了建议条文，但意见类型是“" in r.text and "改动不会保存" in r.text, stance
    r = propose(c, stance="amend", proposal=" ", reason="理由")
    assert r.status_code == 400 and "请填写建议修改后的条文；如建议删除，请选择“删除”" in r.text
    assert "stance amend needs" not in r.text and store.comments("law@1") == []
    r = propose(c, stance="comment", proposal=PARA2, reason="很长" * 10_001)
    assert r.status_code == 400 and "“理由”有20,002个字符，超过了20,000个字符的上限" in r.text
    assert store.comments("law@1") == []
    assert '<option value="delete">删除</option>' in c.get(ARTICLE).text
    assert propose(c, stance="delete", proposal=PARA2, reason="与其他法律重复").status_code == 303
    (deletion,) = store.comments("law@1")
    assert (deletion.stance, deletion.anchor.eid, deletion.proposed_text) == (Stance.DELETE, "art_2__para_2", None)


def test_bad_input_is_a_message_on_the_page_and_nothing_is_stored(client, store) -> None:
    c = client("li")
    r = propose(c, proposal=PARA2, reason="")
    assert r.status_code == 400 and "建议条文与草案原文相同，没有提出修改。如赞成本条原文，请选择“支持”。" in r.text
    r = post(c, ARTICLE, f"{ARTICLE}/comment", {"at": "art_4", "stance": "support"})  # another article's unit
    assert r.status_code == 400
    r = propose(c, stance="sabotage")
    assert r.status_code == 400
    assert store.comments("law@1") == []


def test_a_comment_is_edited_and_withdrawn_by_its_company_only(client, store) -> None:
    li, ann = client("li"), client("ann")
    propose(li)
    (comment,) = store.comments("law@1")
    # ann is in the same working group, but of another company: she sees nothing of it
    for url in [ARTICLE, "/d/law@1/mine", "/d/law@1"]:
        page = ann.get(url)
        assert "明确依据" not in page.text and "ACME" not in page.text and f"#{comment.id}" not in page.text
    for action in ["edit", "withdraw"]:
        r = post(ann, ARTICLE, f"/comments/{comment.id}/{action}", {"proposal": "x", "reason": "hijack"})
        assert r.status_code == 404
    assert store.get_comment(comment.id) == comment
    r = post(li, ARTICLE, f"/comments/{comment.id}/edit", {"proposal": "个人销售自产农副产品的，可以不登记。",
                                                           "reason": "更清楚"})  # fmt: skip
    assert r.status_code == 303
    edited = store.get_comment(comment.id)
    assert (edited.proposed_text, edited.body) == ("个人销售自产农副产品的，可以不登记。", "更清楚")
    assert post(li, ARTICLE, f"/comments/{comment.id}/withdraw", {}).status_code == 303
    assert store.get_comment(comment.id).status is Status.WITHDRAWN
    assert [r.action for r in store.revisions(comment.id)] == ["edit", "withdraw"]
    # the company's own list keeps it, marked withdrawn (it can be brought back from its article)
    mine = li.get("/d/law@1/mine").text
    (row,) = [r for r in mine.split("<tr")[1:] if f'#c{comment.id}"' in r]
    assert row.startswith(' class="withdrawn">') and "已撤回" in row
    # its wording redlined against the 款 it rewords, the reason labelled
    assert re.search(r"个人销售自产农副产品的，(<del>[^<]*</del>)?<ins>[^<]*可以[^<]*</ins>", row), row
    assert '<p class="reason">理由：更清楚</p>' in row
    assert "本单位尚未提出意见" not in mine


def test_an_emptied_or_unchanged_wording_is_refused_and_the_comment_kept(client, store) -> None:
    li = client("li")
    propose(li)
    (comment,) = store.comments("law@1")
    for proposal, message in [("", "建议条文不能为空。如要撤回这条意见，请点击“撤回”"),
                              ("  \n", "建议条文不能为空"),
                              (PARA2, "建议条文与草案原文相同，没有提出修改"),
                              (f"  {PARA2}\r\n", "建议条文与草案原文相同")]:  # fmt: skip
        r = post(li, ARTICLE, f"/comments/{comment.id}/edit", {"proposal": proposal, "reason": "改了理由"})
        assert r.status_code == 400 and message in r.text, proposal
        assert store.get_comment(comment.id) == comment  # the reason typed beside it is not half-saved
    assert store.revisions(comment.id) == []
    # a remark has no wording to empty: its reason is edited alone
    propose(li, at="art_1", stance="comment", proposal="", reason="范围不清")
    remark = next(c for c in store.comments("law@1") if c.anchor.eid == "art_1")
    r = post(li, "/d/law@1/a/art_1", f"/comments/{remark.id}/edit", {"reason": "范围不够清楚"})
    assert r.status_code == 303 and store.get_comment(remark.id).body == "范围不够清楚"


def test_ids_that_are_not_comments_are_not_found(client) -> None:
    c = client("li")
    for cid in ["0", "999", "-1", "abc", "99999999999999999999999", "%C2%B2", "9" * 5000, "%EF%BC%91"]:
        for action in ["edit", "withdraw"]:
            assert post(c, ARTICLE, f"/comments/{cid}/{action}", {"reason": "x"}).status_code == 404, cid


def test_a_comment_staff_dealt_with_is_no_longer_changed_by_its_member(client, store) -> None:
    c = client("li")
    propose(c)
    (comment,) = store.comments("law@1")
    store.update_comment(comment.id, "resolve", status=Status.RESOLVED)
    assert "/withdraw" not in c.get(ARTICLE).text
    for action, data in [("edit", {"reason": "changed afterwards"}), ("withdraw", {})]:
        r = post(c, ARTICLE, f"/comments/{comment.id}/{action}", data)
        assert r.status_code == 409 and "不能再修改或撤回" in r.text
    assert store.get_comment(comment.id).body == "明确依据" and store.get_comment(comment.id).status is Status.RESOLVED


def test_the_deadline_is_a_day_in_the_consultations_time_zone(db, store) -> None:
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from conftest import sign_in
    from lawcomment_web.app import create_app
    from starlette.testclient import TestClient

    # a deadline that is yesterday in Kiribati (UTC+14) and tomorrow in Samoa-Pago Pago (UTC-11)
    kiribati = datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    store.set_deadline("law@1", (kiribati - timedelta(days=1)).isoformat())
    east = sign_in(TestClient(create_app(db, timezone="Pacific/Kiritimati"), base_url="http://testserver"), "li")
    west = sign_in(TestClient(create_app(db, timezone="Pacific/Pago_Pago"), base_url="http://testserver"), "li")
    assert "对本条款提出意见" not in east.get(ARTICLE).text
    assert "对本条款提出意见" in west.get(ARTICLE).text


def test_after_the_deadline_nothing_is_added_or_changed(client, store) -> None:
    c = client("li")
    propose(c)
    (comment,) = store.comments("law@1")
    token = csrf_of(c.get(ARTICLE).text)
    store.set_deadline("law@1", "2000-01-01")
    r = c.post(f"{ARTICLE}/comment", data={"csrf": token, "at": "art_2", "stance": "support"})
    assert r.status_code == 400 and "2000-01-01" in r.text
    # a page drawn before the deadline, sent after it: what was typed is shown back (escaped) to copy,
    # and the deadline said once
    r = c.post(f"{ARTICLE}/comment", data={"csrf": token, "at": "art_2", "stance": "comment",
                                           "reason": "请明确<登记>的范围。"})  # fmt: skip
    assert r.status_code == 400 and "您输入的以下内容未保存（已过截止日期）" in r.text
    assert '<p class="reason">请明确&lt;登记&gt;的范围。</p>' in r.text and r.text.count("2000-01-01") == 1
    r = c.post(f"/comments/{comment.id}/withdraw", data={"csrf": token})
    assert r.status_code == 400 and "已于2000-01-01截止" in r.text
    assert len(store.comments("law@1")) == 1 and store.get_comment(comment.id).status is Status.OPEN
    assert "对本条款提出意见" not in c.get(ARTICLE).text
    # no upload offered after the deadline (it would be refused), nor ever to staff; no empty table
    assert 'action="/d/law@1/upload"' not in c.get("/d/law@1/mine").text
    staff = client("wang").get("/d/law@1/mine").text
    assert 'action="/d/law@1/upload"' not in staff and '<table class="list">' not in staff


def test_the_comment_added_hook_fires_for_web_comments(client) -> None:
    seen: list[tuple[int, str]] = []

    class Listener:
        @hookimpl
        def comment_added(self, comment, ref) -> None:  # type: ignore[no-untyped-def]
            seen.append((comment.id, ref))

    pm = get_plugin_manager()
    listener = Listener()
    pm.register(listener)
    try:
        propose(client("li"))
    finally:
        pm.unregister(listener)
    assert len(seen) == 1 and seen[0][1] == "law@1"


def test_the_comment_form_downloads_with_the_company_filled_in(client) -> None:
    from io import BytesIO

    from docx import Document

    r = client("li").get("/d/law@1/form.docx")
    assert r.status_code == 200 and r.headers["content-disposition"].startswith("attachment;")
    doc = Document(BytesIO(r.content))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    assert "ACME (China) Ltd." in "\n".join([*(p.text for p in doc.paragraphs), *cells])
    assert any("个人销售自产农副产品的" in text for text in cells)


def _filled_form(c) -> bytes:  # type: ignore[no-untyped-def]
    """The member's 意见反馈表 as ``c`` downloads it, one row filled in (a wording and its reason)."""
    from io import BytesIO

    from docx import Document

    doc = Document(BytesIO(c.get("/d/law@1/form.docx").content))
    row = next(r for t in doc.tables for r in t.rows if any("个人销售自产农副产品的" in cell.text for cell in r.cells))
    row.cells[-2].text, row.cells[-1].text = "个人销售自产农副产品的，依法不需要登记。", "明确依据"
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def _rowless_form(c) -> bytes:  # type: ignore[no-untyped-def]
    """The member's 意见反馈表 as ``c`` downloads it, the rows of its table deleted (its header row left)."""
    from io import BytesIO

    from docx import Document

    doc = Document(BytesIO(c.get("/d/law@1/form.docx").content))
    table = doc.tables[-1]
    for row in list(table.rows)[1:]:
        table._tbl.remove(row._tr)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def test_an_uploaded_file_keeps_its_own_name_made_safe(client, store) -> None:
    """The form downloaded, filled and sent back under the member's own name: the import and each
    comment name that file (its path and unsafe characters left out), not the server's copy."""
    c = client("li")
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {},
             files={"file": ("C:\\意见\\华云 反馈<v2>.docx", _filled_form(c), "application/octet-stream")})
    assert r.status_code == 200 and "文件已导入" in r.text, r.text
    (comment,) = store.comments("law@1")
    assert comment.source.file == "华云_反馈_v2.docx"
    assert [b.file for b in store.imports("law@1")] == ["华云_反馈_v2.docx"]


def test_a_file_name_longer_than_the_disk_holds_is_cut_not_a_server_error(client, store) -> None:
    """(a security review) 89 Chinese characters and .docx: the server's copy took the name cut at 100
    characters, 267 bytes, past the 255 a file name holds, and answered 500. Cut by its bytes."""
    c = client("li")
    long = "关于中华人民共和国电子商务法草案的修改意见反馈表" * 4 + "华云公司法务部第二稿定稿版本"  # (98 characters)
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": (f"{long}.docx", _filled_form(c), "application/octet-stream")})
    assert r.status_code == 200 and "文件已导入" in r.text, r.text
    (comment,) = store.comments("law@1")
    assert comment.source.file == f"{long[:66]}.docx" and len(comment.source.file.encode()) <= 205


def _marked_up(author: str) -> bytes:
    """The test draft as a Word file with one tracked insertion by ``author`` (及时, in 第二条第一款),
    as a member's colleague marks it up."""
    from io import BytesIO

    import docx as python_docx
    from conftest import LAW
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = python_docx.Document()
    for line in LAW.strip().split("\n"):
        before, found, after = line.partition("依法办理")
        p = doc.add_paragraph(before + ("依法" if found else ""))._p
        if found:
            ins = OxmlElement("w:ins", {qn("w:id"): "1", qn("w:author"): author, qn("w:date"): "2026-05-04T10:00:00Z"})
            run, text = OxmlElement("w:r"), OxmlElement("w:t", {qn("xml:space"): "preserve"})
            text.text = "及时"
            run.append(text)
            ins.append(run)
            p.append(ins)
            rest, tail = OxmlElement("w:r"), OxmlElement("w:t", {qn("xml:space"): "preserve"})
            tail.text = "办理" + after
            rest.append(tail)
            p.append(rest)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def test_comments_from_an_uploaded_file_name_the_user_who_sent_it(client, store) -> None:
    """(a new user's trial of the web app) A comment typed here names its writer; those of an
    uploaded 意见反馈表 named nobody, and those of a marked-up file whatever name Word gave (a
    colleague's, or one reading as staff). Each names the user who sent the file, as typed ones do."""
    c = client("li")
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("反馈.docx", _filled_form(c), "application/octet-stream")})
    assert r.status_code == 200 and "文件已导入" in r.text, r.text
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {},
             files={"file": ("修订.docx", _marked_up("协会秘书处"), "application/octet-stream")})  # fmt: skip
    assert r.status_code == 200 and "文件已导入" in r.text, r.text
    by_file = {c.source.file: c for c in store.comments("law@1")}
    form_comment, marked = by_file["反馈.docx"], by_file["修订.docx"]
    assert (form_comment.source.file, form_comment.source.author) == ("反馈.docx", "li")
    assert (marked.source.file, marked.proposed_text, marked.source.author) == (
        "修订.docx", "电子商务经营者应当依法及时办理市场主体登记。\n个人销售自产农副产品的，不需要登记。", "li")
    page = c.get(ARTICLE).text
    for comment in (form_comment, marked):
        meta = page.split(f'id="c{comment.id}"')[1].split("</p>")[0]
        assert meta.endswith(" · Li"), meta
    assert "协会秘书处" not in page


def test_members_are_refused_the_staff_pages(client) -> None:
    c = client("li")
    for url in ["/staff/d/law@1", "/staff/d/law@1/a/art_2", "/staff/d/law@1/export/docx"]:
        page = c.get(url)  # (said what the page is, a trial's member read only 无权访问)
        assert page.status_code == 403 and "此页面供协会工作人员使用；会员请从首页进入本单位的意见页面。" in page.text
    assert post(c, "/", "/staff/d/law@1/a/art_2/decide", {"action": "text", "value": "x"}).status_code == 403


def test_a_new_provision_is_proposed_after_the_article(client, store) -> None:
    c = client("li")
    r = post(c, ARTICLE, f"{ARTICLE}/comment", {"at": "art_2", "stance": "insert", "reason": "补充",
                                                 "proposal": "电子商务平台经营者应当核验经营者身份。"})  # fmt: skip
    assert r.status_code == 303
    (comment,) = store.comments("law@1")
    assert (str(comment.stance), comment.anchor.eid, comment.proposed_text) == (
        "insert", "art_2", "电子商务平台经营者应当核验经营者身份。")
    mine = c.get("/d/law@1/mine").text  # listed as what it is: a provision after 第二条
    assert '<td class="where">第二条之后</td><td class="nowrap">新增</td>' in mine
    # a new provision goes after an article, not after one of its 款
    r = post(c, ARTICLE, f"{ARTICLE}/comment", {"at": "art_2__para_1", "stance": "insert", "proposal": "x"})
    assert r.status_code == 400 and len(store.comments("law@1")) == 1


def test_after_the_deadline_a_member_sees_what_the_committee_made_of_its_wording(client, store) -> None:
    from lawcomment.consultation import decide, draft_positions

    li, ann = client("li"), client("ann")
    propose(li)
    propose(ann, proposal="个人销售自产农副产品的，不需要办理登记。", reason="beta-reason")
    assert "委员会：" not in li.get(ARTICLE).text  # before the deadline nothing is shown
    acme = store.comments("law@1", member="acme")[0].id
    (position,) = draft_positions(store, "law@1", "art_2")
    (change,) = [c.change.id for c in position.changes if f"#{acme}" in "+".join(c.change.proposals)]
    decide(store, "law@1", "art_2", accept=change)
    # the company's list says what its article page says: decided, and once closed what became of it
    row = li.get("/d/law@1/mine").text.split(f">{acme}</a>")[1].split("</tr>")[0]
    assert "委员会已采纳" in row and "待处理" not in row and "委员会：" not in row
    store.set_deadline("law@1", "2000-01-01")
    page = li.get(ARTICLE).text
    assert "委员会：采纳" in page and "beta-reason" not in page and "办理登记" not in page
    row = li.get("/d/law@1/mine").text.split(f">{acme}</a>")[1].split("</tr>")[0]
    assert "委员会已采纳" in row and "委员会：采纳" in row
    other = ann.get(ARTICLE).text
    assert "明确依据" not in other and "委员会：" in other


def test_under_the_committees_own_wording_each_member_sees_whether_its_edit_went_out(client, store) -> None:
    """The committee's wording of 第一条 takes acme's 规范电子商务行为 and not beta's 维护市场秩序:
    after the deadline acme is told 采纳, beta that the committee's wording took its place, and
    neither 待审查 (nothing is left to decide under that wording)."""
    from lawcomment.consultation import decide

    li, ann = client("li"), client("ann")
    art1 = "为了保障电子商务各方主体的合法权益，制定本法。"
    assert propose(li, at="art_1", proposal=art1.replace("，制定", "，规范电子商务行为，制定")).status_code == 303
    assert propose(ann, at="art_1", proposal=art1.replace("权益，", "权益，维护市场秩序，")).status_code == 303
    decide(store, "law@1", "art_1", text=art1.replace("，制定", "，规范电子商务行为，制定"))
    store.set_deadline("law@1", "2000-01-01")
    for who, said in ((li, "委员会：采纳"), (ann, "委员会：已由委员会建议条文取代")):
        page = who.get("/d/law@1/a/art_1").text
        assert said in page and "委员会：待审查" not in page, page


def test_a_comment_staff_withdrew_shows_no_committee_outcome(client, store) -> None:
    """(a web trial of 优化营商环境条例) After the deadline a comment staff had withdrawn read 已撤回 · 由协会工作人员
    撤回 and, under it, 委员会：已由委员会建议条文取代: it has no outcome, only its withdrawal."""
    from lawcomment.consultation import decide, withdraw_comment

    li, ann = client("li"), client("ann")
    art1 = "为了保障电子商务各方主体的合法权益，制定本法。"
    assert propose(li, at="art_1", proposal=art1.replace("，制定", "，规范电子商务行为，制定")).status_code == 303
    assert propose(ann, at="art_1", proposal=art1.replace("权益，", "权益，维护市场秩序，")).status_code == 303
    decide(store, "law@1", "art_1", text=art1.replace("，制定", "，规范电子商务行为，制定"))
    (beta,) = store.comments("law@1", member="beta")
    withdraw_comment(store, beta.id, "重复")
    store.set_deadline("law@1", "2000-01-01")
    card = ann.get("/d/law@1/a/art_1").text.split(f'id="c{beta.id}"')[1].split("</article>")[0]
    assert "由协会工作人员撤回" in card and "委员会：" not in card, card
    assert "委员会：采纳" in li.get("/d/law@1/a/art_1").text  # (an open one's outcome shows as ever)


def test_a_committee_wording_marked_in_finer_pieces_still_credits_the_change_it_took(client, store) -> None:
    """(a stranger's review) The committee's wording words the member's change of a number exactly;
    the submission marks it in finer pieces, and the member is told 采纳 all the same."""
    from lawcomment.consultation import decide

    li = client("li")
    art4 = "本法自公布之日起施行。"
    wording = art4.replace("公布之日", "2025年7月1日")
    assert propose(li, at="art_4", proposal=wording).status_code == 303
    decide(store, "law@1", "art_4", text=wording)
    store.set_deadline("law@1", "2000-01-01")
    page = li.get("/d/law@1/a/art_4").text
    assert "委员会：采纳" in page and "已由委员会建议条文取代" not in page


def test_the_previous_readings_text_and_the_companys_comments_on_it(client, store, tmp_path) -> None:
    from conftest import LAW

    from lawcomment.consultation import add_draft_file, carry_forward

    propose(client("li"))
    propose(client("ann"), proposal="个人销售自产农副产品的，不需要办理登记。", reason="beta-reason")
    second = tmp_path / "law2.txt"
    second.write_text(LAW.replace("应当依法办理市场主体登记", "应当依法及时办理市场主体登记"), encoding="utf-8")
    add_draft_file(store, second, "law", "2")
    carry_forward(store, "law@1", "law@2")
    store.set_deadline("law@2", "2999-12-31")
    page = client("li").get("/d/law@2/a/art_2").text
    assert "上一稿：第一稿（v1）第二条" in page and "<ins>及时</ins>" in page and "明确依据" in page
    assert "beta-reason" not in page


def test_a_proposal_the_committee_decided_on_stays_as_it_is(client, store) -> None:
    from lawcomment.consultation import decide, draft_positions

    c = client("li")
    propose(c)
    (comment,) = store.comments("law@1")
    (position,) = draft_positions(store, "law@1", "art_2")
    decide(store, "law@1", "art_2", accept=position.changes[0].change.id)
    for action, data in [("edit", {"proposal": "个人销售农副产品的，不需要登记。", "reason": "x"}), ("withdraw", {})]:
        r = post(c, ARTICLE, f"/comments/{comment.id}/{action}", data)
        assert r.status_code == 409 and "委员会已对这条修改建议作出决定" in r.text
    assert store.get_comment(comment.id) == comment and len(store.decisions("law@1")) == 1
    # and the page offers no change it would refuse: the comment says it is decided instead
    page = c.get(ARTICLE).text
    assert f'action="/comments/{comment.id}/edit"' not in page and f'action="/comments/{comment.id}/withdraw"' not in page
    assert "委员会已对这条修改建议作出决定" in page
    card = page.split(f'id="c{comment.id}"')[1].split("</article>")[0]
    assert "· 委员会已采纳" in card and "待处理" not in card  # its state says so too (what was decided: after the deadline)
    # nor is it replaced by a new wording of the same 款 (or a deletion of it): that would undo the decision too
    for stance, wording in (("amend", "个人销售自产农副产品的，可以不办理登记。"), ("delete", "")):
        r = propose(c, proposal=wording, reason="改一下", stance=stance)
        assert r.status_code == 409 and "新的措辞会取代该建议并使决定失效，因此未予保存" in r.text, stance
        assert stance == "delete" or "个人销售自产农副产品的，可以不办理登记。</textarea>" in r.text  # the words typed kept
    # nor through the whole article's form, where a wording of that one 款 is filed under it
    r = propose(c, at="art_2", proposal="个人销售自产农副产品的，可以不办理登记。", reason="改一下")
    assert r.status_code == 409 and "新的措辞会取代该建议并使决定失效，因此未予保存" in r.text
    assert store.get_comment(comment.id) == comment and len(store.comments("law@1")) == 1
    assert store.decisions("law@1")[0].revoked_at is None
    assert propose(c, proposal="", reason="补充：请明确“自产”的范围", stance="comment").status_code == 303  # a remark: added
    propose(c, at="art_2__para_1", proposal="电子商务经营者应当依法及时办理市场主体登记。")  # not decided: its buttons stay
    other = max(x.id for x in store.comments("law@1"))
    assert f'action="/comments/{other}/withdraw"' in c.get(ARTICLE).text


def test_a_failed_new_provision_keeps_the_other_forms_as_they_were(client) -> None:
    r = post(client("li"), ARTICLE, f"{ARTICLE}/comment", {"at": "art_2", "stance": "insert", "proposal": ""})
    assert r.status_code == 400
    # the whole article's wording form is still the draft's text, not the empty insert
    assert "电子商务经营者应当依法办理市场主体登记。" in r.text.split("建议在本条之后新增条款")[0]


def test_a_page_that_is_not_there_is_the_apps_own(client) -> None:
    r = client("li").get("/no/such/page")
    assert r.status_code == 404 and "返回首页" in r.text and 'href="/"' in r.text


def test_a_withdrawn_comment_is_restored_by_its_company(client, store) -> None:
    li, ann = client("li"), client("ann")
    propose(li)
    (comment,) = store.comments("law@1")
    post(li, ARTICLE, f"/comments/{comment.id}/withdraw", {})
    page = li.get(ARTICLE).text
    assert f"/comments/{comment.id}/restore" in page and "已撤回" in page
    assert post(ann, ARTICLE, f"/comments/{comment.id}/restore", {}).status_code == 404
    r = post(li, ARTICLE, f"/comments/{comment.id}/restore", {})
    assert r.status_code == 303 and "done=restored" in r.headers["location"]
    assert store.get_comment(comment.id).status is Status.OPEN
    assert post(li, ARTICLE, f"/comments/{comment.id}/restore", {}).status_code == 409


def test_a_comment_staff_withdrew_is_not_the_companys_to_bring_back(client, store) -> None:
    """A trial: staff withdrew a duplicate at the command line, and the member's 恢复 brought it back."""
    from lawcomment.consultation import withdraw_comment

    li = client("li")
    propose(li)
    (comment,) = store.comments("law@1")
    page = li.get(ARTICLE).text  # drawn while the comment was open
    withdraw_comment(store, comment.id, "秘书处：与#9重复，撤回")
    card = li.get(ARTICLE).text.split(f'id="c{comment.id}"')[1].split("</article>")[0]
    assert "已撤回<span class=\"why\">：由协会工作人员撤回</span>" in card and "/restore" not in card
    r = li.post(f"/comments/{comment.id}/restore", data={"csrf": csrf_of(page)}, follow_redirects=False)
    assert r.status_code == 409 and "这条意见由协会工作人员撤回，只能由工作人员恢复" in r.text
    assert store.get_comment(comment.id).status is Status.WITHDRAWN
    # staff's page offers no member's button, and says nothing of who withdrew it
    staff = client("wang").get("/staff/d/law@1/a/art_2").text
    assert "由协会工作人员撤回" not in staff


EN = """Example E-Commerce Law (Draft)
Chapter I General Provisions
Article 1 This Law is enacted to protect the lawful rights and interests of all parties to e-commerce.
Article 2 E-commerce operators shall register as market entities in accordance with law.
Individuals selling farm products they produce themselves need not register.
Article 3 E-commerce operators shall perform the following obligations:
(1) publish their business licence information;
(2) protect consumers' personal information.
Chapter II Supplementary Provisions
Article 4 This Law shall come into force on the date of its promulgation.
"""


def test_a_member_reads_and_comments_on_the_english_working_text(client, store, tmp_path) -> None:
    from lawcomment.consultation import add_translation_file

    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    add_translation_file(store, "law@1", tmp_path / "en.txt")
    c = client("li")
    page = c.get(ARTICLE).text
    assert "Individuals selling farm products they produce themselves need not register." in page
    assert 'name="lang" value="en"' in page
    english = "Individuals selling farm products they produce themselves need not register with the authorities."
    r = post(c, ARTICLE, f"{ARTICLE}/comment", {"at": "art_2__para_2", "lang": "en", "stance": "amend",
                                                 "proposal": english, "reason": "clearer"})  # fmt: skip
    assert r.status_code == 303, r.text
    (comment,) = store.comments("law@1")
    assert (comment.lang, comment.anchor.eid, comment.proposed_text) == ("en", "art_2__para_2", english)
    page = c.get(ARTICLE).text
    assert "<ins>with the authorities</ins>" in page.replace(" with the authorities", "with the authorities")
    assert "English working translation" in page or "英文工作译本" in page
    preview = post(c, ARTICLE, "/d/law@1/preview", {"at": "art_2__para_2", "lang": "en", "proposal": english})
    assert "<ins>" in preview.text and "the authorities" in preview.text
    # after the deadline, what the committee made of it: its English wording took these very words
    # (a new user's trial saw 委员会已决定 and no outcome beside)
    from lawcomment.consultation import decide_translation

    decide_translation(store, "law@1", "art_2", from_comment=comment.id)
    store.set_deadline("law@1", "2000-01-01")
    assert "委员会：采纳" in c.get(ARTICLE).text
    decide_translation(store, "law@1", "art_2", text="E-commerce operators shall register.\nOthers need not.")
    assert "委员会：已由委员会建议条文取代" in c.get(ARTICLE).text
    # a wording of the whole article that the committee's only holds (it kept a paragraph this one
    # drops) was not taken, while the 款 one it holds was (a stranger's review)
    store.set_deadline("law@1", None)
    from lawcomment.consultation import add_comment

    add_comment(store, "law@1", "acme", "Article 2", propose="E-commerce operators shall register.", lang="en")
    decide_translation(store, "law@1", "art_2", text="E-commerce operators shall register.\n" + english)
    store.set_deadline("law@1", "2000-01-01")
    page = c.get(ARTICLE).text
    assert page.count("委员会：采纳") == 1 and page.count("委员会：已由委员会建议条文取代") == 1
    store.set_deadline("law@1", None)
    # the contents' search finds words of the English text too (a new user's trial found none)
    found = c.get("/d/law@1?q=farm products").text
    assert 'href="/d/law%401/a/art_2"' in found and "<mark>farm products</mark>" in found


def test_a_textarea_s_crlf_line_breaks_are_one_line_break_each(client, store) -> None:
    """A browser sends a textarea's line breaks as CRLF: a wording of a two-款 article reworded in
    one place is one change, never carriage returns put in the law (issue from a trial)."""
    c = client("li")
    wording = "电子商务经营者应当依法及时办理市场主体登记。\r\n个人销售自产农副产品的，不需要登记。"
    r = propose(c, at="art_2", proposal=wording, reason="第一行\r\n第二行")
    assert r.status_code == 303, r.text
    (comment,) = store.comments("law@1")
    assert comment.proposed_text == wording.replace("\r\n", "\n") and comment.body == "第一行\n第二行"
    from lawcomment.consultation import draft_positions

    (pos,) = draft_positions(store, "law@1", "art_2")
    assert [(ch.old, ch.new) for ch in pos.merge.changes] == [("", "及时")]


@pytest.mark.parametrize(("name", "data", "said"), [
    ("notes.txt", b"plain text", "notes.txt：只接受Word文件（.docx）或Excel表格（.xlsx）；请上传填好的意见反馈表、带修订的Word文件或意见表格。"),
    ("fake.docx", b"plain text, renamed", "fake.docx：不是有效的Word文件（.docx），无法读取；请在Word中打开并另存为.docx后重新上传"),
    # (a web trial: an old .doc was told only Word files are taken) how to send it instead
    ("意见.doc", b"\xd0\xcf\x11\xe0", "意见.doc：这种文件本站无法读取；请在Word、WPS或Excel中打开，另存为Word文档（.docx），再上传。"),
    ("意见.xls", b"\xd0\xcf\x11\xe0", "意见.xls：这种文件本站无法读取；请在Word、WPS或Excel中打开，另存为Excel工作簿（.xlsx），再上传。"),
])  # fmt: skip
def test_a_file_that_is_not_a_word_file_is_refused_in_the_members_language(client, store, name: str, data: bytes,
                                                                         said: str) -> None:  # fmt: skip
    r = post(client("li"), "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": (name, data, "application/octet-stream")})
    assert r.status_code == 400 and said in r.text and "not a .docx" not in r.text
    assert store.comments("law@1") == [] and store.imports("law@1") == []


def test_the_companys_list_names_who_sent_each_and_which_are_on_the_english_text(client, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 优化营商环境条例) 本单位意见 named no sender, colleagues' entries alike, and an English
    wording was not marked as one, as its article page's card is."""
    from conftest import PASSWORD

    from lawcomment import add_comment
    from lawcomment_web import auth

    from lawcomment.consultation import add_translation_file

    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    add_translation_file(store, "law@1", tmp_path / "en.txt")
    store.add_user("zhang", "acme", auth.hash_password(PASSWORD), name="张律师")
    propose(client("zhang"))
    (cid, _) = add_comment(store, "law@1", "acme", "art_4", lang="en", propose="This Law shall come into force in 2027.",
                           source="web", author="li")  # fmt: skip
    page = client("li").get("/d/law@1/mine").text
    assert "<th>提交人</th>" in page
    rows = {int(m[1]): m[2] for m in re.finditer(r'#c(\d+)">\d+</a>(.*?)</tr>', page, flags=re.S)}
    first = next(k for k in rows if k != cid)
    assert rows[first].endswith('<td class="org" data-label="提交人：">张律师</td>') and \
        rows[cid].endswith('<td class="org" data-label="提交人：">Li</td>'), rows  # fmt: skip
    assert '<span class="badge">英文工作译本</span>' in rows[cid] and "英文工作译本" not in rows[first]


def test_a_comment_card_names_its_writer_and_its_last_editor(db, client, store) -> None:
    """Two users of one company: the card names who wrote the comment and who changed it last,
    by their names, not their logins."""
    from conftest import PASSWORD

    from lawcomment_web import auth

    store.add_user("zhang", "acme", auth.hash_password(PASSWORD), name="张律师")
    store.add_user("liu", "acme", auth.hash_password(PASSWORD), name="刘法务")
    propose(client("zhang"))
    (comment,) = store.comments("law@1")
    card = client("zhang").get(ARTICLE).text.split(f'id="c{comment.id}"')[1].split("</p>")[0]
    assert "· 张律师" in card and "zhang" not in card and "修改" not in card.split("·")[-1]
    liu = client("liu")
    r = post(liu, ARTICLE, f"/comments/{comment.id}/edit", {"proposal": "个人销售自产农副产品的，可以不登记。", "reason": "更清楚"})
    assert r.status_code == 303
    card = liu.get(ARTICLE).text.split(f'id="c{comment.id}"')[1].split("</p>")[0]
    assert card.endswith("· 张律师 · 刘法务修改"), card
    # staff correcting it at the command line are named as staff, not by their login
    from lawcomment import open_store
    from lawcomment.consultation import edit_comment

    with open_store(db, "root") as staff:
        edit_comment(staff, comment.id, reason="工作人员更正")
    card = liu.get(ARTICLE).text.split(f'id="c{comment.id}"')[1].split("</p>")[0]
    assert card.endswith("· 张律师 · 工作人员修改") and "root" not in card, card


def test_how_the_wording_was_read_is_said_on_the_next_page_in_the_members_language(client, store) -> None:
    """The core's warnings (an instruction applied, a wording that reads like another article)
    come after the redirect, once, in the page's language; a link cannot put words there."""
    c = client("li")
    r = propose(c, at="art_2__para_2", proposal="建议将“不需要”修改为“无需”。", reason="简洁")
    assert r.status_code == 303 and "lc_flash" in r.headers["set-cookie"]
    page = c.get(r.headers["location"]).text
    assert ('<p class="notice warning" role="alert">修改建议写成了修改指示（「不需要」→「无需」），已按指示改写第二条第二款作为'
            "建议条文</p>") in page  # fmt: skip
    assert "修改指示" not in c.get(ARTICLE).text  # shown once
    (comment,) = store.comments("law@1")
    assert comment.proposed_text == PARA2.replace("不需要", "无需")
    forged = c.get(ARTICLE, cookies={"lc_flash": "W10.forged"})
    assert forged.status_code == 200 and "notice warning" not in forged.text
    # the words are li's session's: given to another user's browser, or kept past five minutes, they show nowhere
    again = propose(c, at="art_2__para_2", proposal="建议将“不需要”修改为“依法无需”。", reason="")
    flashed = again.cookies.get("lc_flash") or re.search(r'lc_flash="?([^;"]+)', again.headers["set-cookie"])[1]
    ann = client("ann")
    assert "notice warning" not in ann.get(ARTICLE, cookies={"lc_flash": flashed}).text
    import time as clock

    from lawcomment_web import app as web_app

    real = clock.time
    try:
        web_app.time.time = lambda: real() + web_app.FLASH_SECONDS + 1  # type: ignore[attr-defined]
        assert "notice warning" not in c.get(ARTICLE, cookies={"lc_flash": flashed}).text
    finally:
        web_app.time.time = real  # type: ignore[attr-defined]
    assert "修改指示" in c.get(ARTICLE, cookies={"lc_flash": flashed}).text  # in time, in its own browser
    # a wording of 第三条's first 项 sent on 第一条: said to read like it, on the next page
    r = propose(c, at="art_1", proposal="公示营业执照信息。", reason="")
    assert r.status_code == 303
    assert "针对第一条的修改建议与第三条第一款第一项更为相近" in c.get(r.headers["location"]).text
    # in English, the core's sentence opens the notice with a capital (a trial read it lower-case)
    post(c, ARTICLE, "/lang", {"lang": "en"})
    r = propose(c, at="art_2__para_1", proposal="建议将“依法”修改为“依照法律”。", reason="明确")
    assert '<p class="notice warning" role="alert">The proposed text reads as an instruction (' in c.get(r.headers["location"]).text


def test_a_refused_comment_keeps_what_the_member_typed(client, store) -> None:
    c = client("li")
    edited = PARA2.replace("不需要", "依法不需要")
    r = propose(c, stance="support", proposal=edited, reason="理由")
    assert r.status_code == 400 and f">{edited}</textarea>" in r.text
    r = propose(c, at="art_1", stance="question", proposal="", reason=" ")
    assert r.status_code == 400 and "请写下您的问题。" in r.text and "--propose" not in r.text
    assert store.comments("law@1") == []


def test_a_form_row_giving_one_kuan_of_three_is_said_in_chinese(client, store, tmp_path) -> None:
    """A trial's form row gave only the first 款 of an article of three: read as deleting the other two,
    as documented, the Chinese page said so 「…即建议删除第二十二条第二款 and 第二十二条第三款」. The list
    is Chinese too."""
    from lawcomment.consultation import add_draft_file

    law = tmp_path / "three.txt"
    law.write_text("示例法\n第一条　第一款的文字。\n第二款的文字。\n第三款的文字。\n第二条　本法自公布之日起施行。\n", encoding="utf-8")
    add_draft_file(store, law, "three", "1")
    r = _send_form(client("li"), "three@1", "第三款的文字", "第一款的文字。", "其余两款另行规定。")
    assert r.status_code == 200 and "文件已导入" in r.text, r.text
    assert "按全条理解，即建议删除第一条第二款和第一条第三款</li>" in r.text and " and " not in r.text.split("</header>")[1]


def test_a_company_cannot_send_another_companys_form(client, store) -> None:
    """beta's user uploads ACME's filled form: refused in the page's language, nothing stored
    (the command line, where staff name the member, records it with a warning instead)."""
    from io import BytesIO

    from docx import Document

    doc = Document(BytesIO(client("li").get("/d/law@1/form.docx").content))
    row = next(r for t in doc.tables for r in t.rows if any("个人销售自产农副产品的" in cell.text for cell in r.cells))
    row.cells[-2].text, row.cells[-1].text = "个人销售自产农副产品的，依法不需要登记。", "明确依据"
    out = BytesIO()
    doc.save(out)
    c = client("ann")
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("acme.docx", out.getvalue(), "application/octet-stream")})
    assert r.status_code == 400
    assert "acme.docx：此意见反馈表是发给ACME (China) Ltd.的，不是Beta GmbH的：请上传本单位的意见反馈表" in r.text
    assert store.comments("law@1") == [] and store.imports("law@1") == []


def test_a_wording_that_no_longer_fits_the_next_reading_is_shown_against_its_own_text(client, store, tmp_path) -> None:
    """The next reading rewrote the 款 acme reworded: the carried comment is orphaned there, and
    its wording is redlined against the text it was written for (its own edit, 依法), not against
    the new one (which would show acme striking out what the new reading wrote); the page says why."""
    from conftest import LAW

    from lawcomment.consultation import add_draft_file, carry_forward

    propose(client("li"))  # 个人销售自产农副产品的，依法不需要登记。
    second = tmp_path / "law2.txt"
    second.write_text(LAW.replace("个人销售自产农副产品的，不需要登记。", "个人销售自产农副产品的，可以不办理市场主体登记。"),
                      encoding="utf-8")  # fmt: skip
    add_draft_file(store, second, "law", "2")
    carry_forward(store, "law@1", "law@2")
    store.set_deadline("law@2", "2999-12-31")
    (carried,) = store.comments("law@2")
    assert carried.status is Status.ORPHANED and carried.anchor.eid == "art_2__para_2"
    c = client("li")
    for page in (c.get("/d/law@2/mine").text, c.get("/d/law@2/a/art_2").text):
        assert "<ins>依法</ins>" in page and "<del>可以不办理市场主体</del>" not in page
        assert "已失效" in page
    staff = client("wang").get("/staff/d/law@2/a/art_2").text
    assert '<span class="badge">已失效</span>' in staff
    # (staff's list of the article's comments redlines it against its own text too)
    listed = staff.split('<table class="list stack comments">')[1]
    assert "<ins>依法</ins>" in listed and "<del>可以不办理市场主体</del>" not in listed


def test_a_comment_staff_took_out_with_its_import_offers_no_restore(client, store, tmp_path) -> None:
    """import undo withdrew the file's comments: they come back with their import (staff's
    import restore), so the member is offered no 恢复 that could only fail."""
    from lawcomment.consultation import import_comments, undo_import

    rows = tmp_path / "acme.csv"
    rows.write_text(f"member,article,proposed_text,reason\nacme,第二条第二款,{PARA2.replace('不需要', '依法不需要')},明确依据\n",
                    encoding="utf-8")  # fmt: skip
    result = import_comments(store, rows, "law@1")
    (batch,) = store.imports("law@1")
    undo_import(store, batch.id)
    (comment,) = store.comments("law@1", include_superseded=True)
    assert result.report.added == (comment.id,) and comment.status is Status.WITHDRAWN
    c = client("li")
    page = c.get(ARTICLE).text
    assert f'id="c{comment.id}"' in page and f"/comments/{comment.id}/restore" not in page
    card = page.split(f'id="c{comment.id}"')[1].split("</article>")[0]
    assert "已撤回<span class=\"why\">：工作人员撤销了所在文件的导入，这条意见随之撤回</span>" in card
    # a page drawn before staff undid the import still offers 恢复: the member is told why not, in Chinese
    r = post(c, ARTICLE, f"/comments/{comment.id}/restore", {})
    assert r.status_code == 409 and "这条意见随所在文件的导入被工作人员撤回，只能由工作人员恢复" in r.text
    assert "lawcomment import restore" not in r.text and store.get_comment(comment.id).status is Status.WITHDRAWN


def test_a_superseded_reading_is_closed_for_comment_and_points_to_the_next(client, store, tmp_path) -> None:
    from conftest import LAW

    from lawcomment.consultation import add_draft_file, carry_forward

    second = tmp_path / "law2.txt"
    second.write_text(LAW.replace("应当依法办理市场主体登记", "应当依法及时办理市场主体登记"), encoding="utf-8")
    add_draft_file(store, second, "law", "2")
    carry_forward(store, "law@1", "law@2")
    c = client("li")
    home = c.get("/").text
    assert "已由第二稿（v2）取代，不再征求意见" in home.split('href="/d/law%401"')[1].split("</li>")[0]
    assert "law@1" not in home  # a member reads the drafts' titles, not their internal references
    page = c.get(ARTICLE).text
    # named as the home page names it (both readings have the law's title), the same article linked
    assert "本稿已由第二稿（v2）取代，意见已随之转入新一稿；请在新一稿上发表意见。" in page
    assert '<a href="/d/law%402/a/art_2">前往第二稿（v2）的第二条</a>' in page and 'name="proposal"' not in page
    r = propose(c)
    assert r.status_code == 400 and "本稿已由第二稿（v2）取代，不能再在本稿上提交或修改意见。" in r.text
    assert "截止" not in r.text and store.comments("law@1") == []
    # (a web trial's screenshot: the replaced reading's own contents page failed, 500) named there too, in both languages
    assert "本稿已由第二稿（v2）取代" in c.get("/d/law@1").text
    c.cookies.set("lang", "en")
    page = c.get("/d/law@1")
    assert page.status_code == 200 and "This reading has been replaced by" in page.text
    assert client("wang").get("/d/law@1").status_code == 200


def test_a_comment_withdrawn_at_the_last_reading_reads_so_in_the_next(client, store, tmp_path) -> None:
    """A review: the company's own withdrawal, carried into the next reading, read 由协会工作人员撤回
    there (the copy has no history of its own). It reads 上一稿中已撤回, and is not brought back."""
    from conftest import LAW

    from lawcomment.consultation import add_draft_file, carry_forward

    c = client("li")
    propose(c)
    (comment,) = store.comments("law@1")
    assert post(c, ARTICLE, f"/comments/{comment.id}/withdraw", {}).status_code == 303
    second = tmp_path / "law2.txt"
    second.write_text(LAW.replace("应当依法办理市场主体登记", "应当依法及时办理市场主体登记"), encoding="utf-8")
    add_draft_file(store, second, "law", "2")
    carry_forward(store, "law@1", "law@2")
    (copy,) = store.comments("law@2", include_superseded=True)
    page = c.get("/d/law@2/a/art_2").text
    card = page.split(f'id="c{copy.id}"')[1].split("</article>")[0]
    assert "上一稿中已撤回" in card and "由协会工作人员撤回" not in card and "/restore" not in card
    r = post(c, "/d/law@2/a/art_2", f"/comments/{copy.id}/restore", {})
    assert r.status_code == 409 and "这条意见在上一稿中已撤回" in r.text


def test_a_deletion_shows_the_words_it_takes_out(client, store) -> None:
    c = client("li")
    assert propose(c, stance="delete", proposal=PARA2, reason="与其他法律重复").status_code == 303
    for page in (c.get("/d/law@1/mine").text, c.get(ARTICLE).text):
        assert f"<del>{PARA2}</del>" in page and "与其他法律重复" in page


def test_a_refused_instruction_is_explained_in_the_members_language(client, store) -> None:
    c = client("li")
    r = propose(c, at="art_2__para_2", proposal="将“十年内”修改为“一年内”", reason="")
    assert r.status_code == 400
    assert "修改建议写成了修改指示（「十年内」→「一年内」），但第二条第二款中没有「十年内」：请直接写出修改后的条文" in r.text
    assert "give the wording" not in r.text and store.comments("law@1") == []


def test_an_edit_refused_as_an_instruction_is_explained_in_the_members_language(client, store) -> None:
    c = client("li")
    assert propose(c).status_code == 303
    (comment,) = store.comments("law@1")
    r = post(c, ARTICLE, f"/comments/{comment.id}/edit", {"proposal": "将“十年内”修改为“一年内”", "reason": "明确依据"})
    assert r.status_code == 400
    assert f"意见#{comment.id}：修改建议写成了修改指示（「十年内」→「一年内」），但第二条第二款中没有「十年内」" in r.text
    assert store.get_comment(comment.id).proposed_text == comment.proposed_text
    # the edit form is open again with what the member typed, to fix, not the stored words
    assert '<textarea name="proposal" rows="4">将“十年内”修改为“一年内”</textarea>' in r.text
    assert '<textarea name="reason" rows="3">明确依据</textarea>' in r.text and "<details open><summary>编辑" in r.text


def test_a_member_goes_back_to_a_wording_it_replaced(client, store) -> None:
    c = client("li")
    earlier, later = "个人销售自产农副产品的，依法不需要登记。", "个人销售自产农副产品的，无需登记。"
    for text in (earlier, later, earlier):
        r = propose(c, proposal=text)
        assert r.status_code == 303 and "done=added" in r.headers["location"]
    assert [x.proposed_text for x in store.comments("law@1")] == [earlier]
    assert [str(x.status) for x in store.comments("law@1", include_superseded=True)] == ["superseded"] * 2 + ["open"]
    page = c.get(ARTICLE)
    assert "<ins>依法</ins>" in page.text and "无需" not in page.text


@pytest.mark.parametrize(("decided", "state"), [
    ({"reject": "c1"}, "部分已决定"),
    ({"reject": "c1,c2"}, "委员会未采纳"),  # (a trial's turned-down wording read 委员会已决定, as one taken did)
    ({"text": "第二条第二款改写"}, "委员会已决定"),
])  # fmt: skip
def test_a_comment_staff_decided_on_in_part_or_whole_says_so_and_stays_as_it_is(client, store, decided: dict[str, str],
                                                                                state: str) -> None:  # fmt: skip
    """The card says what the tracking sheet says (any piece decided locks the wording: changing
    it would quietly undo the decision), a final wording of the article included."""
    from lawcomment.consultation import decide

    c = client("li")
    propose(c, proposal="个人销售自产的农副产品的，不需要办理登记。")
    (comment,) = store.comments("law@1")
    for change in decided.get("reject", "").split(","):
        if change:
            decide(store, "law@1", "art_2", reject=change)
    if "text" in decided:  # the article as the draft has it: a final wording all the same
        decide(store, "law@1", "art_2", text=store.get_draft("law@1").load().find("art_2").body("\n"))
    page = c.get(ARTICLE).text
    card = page.split(f'id="c{comment.id}"')[1].split("</article>")[0]
    assert f"· {state}" in card and "待处理" not in card
    assert ("作出决定" in card) and (("部分内容" in card) == (state == "部分已决定"))  # what the lock says, in part or whole
    r = post(c, ARTICLE, f"/comments/{comment.id}/edit", {"proposal": PARA2, "reason": "x"})
    assert r.status_code == 409 and store.get_comment(comment.id) == comment


def test_a_item_of_an_article_of_one_kuan_is_cited_as_the_law_cites_it(client, store) -> None:
    c = client("li")
    r = propose(c, at="art_3__para_1__item_2", proposal="保护消费者个人信息和交易信息。")
    assert r.status_code == 303
    (comment,) = store.comments("law@1")
    card = c.get("/d/law@1/a/art_3").text.split(f'id="c{comment.id}"')[1].split("</article>")[0]
    assert f"#{comment.id} · 第三条第二项 ·" in card and "第一款" not in card
    assert "第三条第二项" in c.get("/d/law@1/mine").text


def test_english_the_translation_gives_two_kuan_at_once_is_shown_once_and_said_so(client, store, tmp_path) -> None:
    """A paragraph of the translation rendering both 款 of 第二条 pairs with neither alone: it is
    shown under the first, with a note naming both, instead of nowhere."""
    from lawcomment.consultation import add_translation_file

    merged = ("E-commerce operators shall register as market entities in accordance with law, except individuals "
              "selling farm products they produce themselves.")  # fmt: skip
    (tmp_path / "en.txt").write_text(EN.replace(
        "Article 2 E-commerce operators shall register as market entities in accordance with law.\n"
        "Individuals selling farm products they produce themselves need not register.\n", f"Article 2 {merged}\n"),
        encoding="utf-8")  # fmt: skip
    add_translation_file(store, "law@1", tmp_path / "en.txt")
    page = client("li").get(ARTICLE).text
    shown = re.findall(r'<p class="translation" lang="en"[^>]*>([^<]*)</p>', page)
    assert shown.count(merged) == 1  # (and in the whole article's English wording form, to reword)
    note = "英文译本将第二条第一款、第二条第二款合为一段译出"
    assert note in page
    assert page.index("电子商务经营者应当依法办理市场主体登记") < page.index(f">{merged}</p>") < page.index(note) < \
        page.index("个人销售自产农副产品的，不需要登记")


def test_a_deletion_the_committee_accepted_is_locked_like_a_wording(client, store) -> None:
    """A 删除 the committee decided on stays as it is: no edit, no withdrawal, and no new
    wording of the same 款 that would replace it."""
    from lawcomment.consultation import decide, draft_positions

    c = client("li")
    assert propose(c, proposal="", reason="无必要", stance="delete").status_code == 303
    (comment,) = store.comments("law@1")
    (position,) = draft_positions(store, "law@1", "art_2")
    decide(store, "law@1", "art_2", accept=position.changes[0].change.id)
    for action, data in [("edit", {"reason": "改"}), ("withdraw", {})]:
        assert post(c, ARTICLE, f"/comments/{comment.id}/{action}", data).status_code == 409
    r = propose(c, proposal="个人销售自产农副产品的，可以不办理登记。", reason="改为保留")
    assert r.status_code == 409 and "新的措辞会取代该建议并使决定失效" in r.text
    assert store.comments("law@1") == [comment]


def decided_still(store) -> bool:  # type: ignore[no-untyped-def]
    """Whether law@1's 第一条 still has its one decision in force, applied."""
    from lawcomment.consultation import draft_positions

    (position,) = draft_positions(store, "law@1", "art_1")
    return [c.state for c in position.changes] == ["accepted"]


def test_an_uploaded_form_cannot_replace_a_wording_the_committee_decided_on(client, store) -> None:
    """The article form refuses a new wording that would replace a decided one; the comment form
    uploaded from 本单位意见 does too, naming the article, and nothing of the file is imported
    (the decision stands, the decided comment stays open)."""
    from io import BytesIO

    from docx import Document

    from lawcomment.consultation import decide, draft_positions

    c = client("li")
    art1 = "为了保障电子商务各方主体的合法权益，制定本法。"
    assert propose(c, at="art_1", proposal=art1.replace("，制定", "，规范电子商务行为，制定")).status_code == 303
    (comment,) = store.comments("law@1")
    (position,) = draft_positions(store, "law@1", "art_1")
    decide(store, "law@1", "art_1", accept=position.changes[0].change.id)
    doc = Document(BytesIO(c.get("/d/law@1/form.docx").content))
    row = next(r for t in doc.tables for r in t.rows if any(cell.text == art1 for cell in r.cells))
    row.cells[-2].text, row.cells[-1].text = art1.replace("，制定", "，促进发展，制定"), "改为促进发展"
    out = BytesIO()
    doc.save(out)
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("反馈.docx", out.getvalue(), "application/octet-stream")})
    assert r.status_code == 409
    assert "第一条：委员会已对贵单位在此处的修改建议作出决定" in r.text and "整个文件未导入" in r.text
    assert store.comments("law@1", include_superseded=True) == [comment] and store.imports("law@1") == []


def test_a_form_uploaded_again_as_it_was_after_a_decision_is_taken_as_already_there(client, store) -> None:
    """A trial: the same filled form sent again after the committee decided on its 第一条 was refused as
    replacing the decided wording ("整个文件未导入"); it replaces nothing, and is there already."""
    from io import BytesIO

    from docx import Document

    from lawcomment.consultation import decide, draft_positions

    c = client("li")
    art1 = "为了保障电子商务各方主体的合法权益，制定本法。"
    doc = Document(BytesIO(c.get("/d/law@1/form.docx").content))
    row = next(r for t in doc.tables for r in t.rows if any(cell.text == art1 for cell in r.cells))
    row.cells[-2].text, row.cells[-1].text = art1.replace("，制定", "，规范电子商务行为，制定"), "明确立法目的"
    out = BytesIO()
    doc.save(out)
    sent = {"file": ("反馈.docx", out.getvalue(), "application/octet-stream")}
    assert post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files=sent).status_code == 200
    (comment,) = store.comments("law@1")
    (position,) = draft_positions(store, "law@1", "art_1")
    decide(store, "law@1", "art_1", accept=position.changes[0].change.id)
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files=sent)
    assert r.status_code == 200 and "整个文件未导入" not in r.text, r.text
    assert store.comments("law@1") == [comment] and decided_still(store)


def test_a_whole_article_wording_or_deletion_cannot_undo_a_decided_wording_of_its_kuan(client, store) -> None:
    """A trial: the member's 款 wording was accepted; the whole article sent again with that 款
    otherwise worded (or the article's deletion) would have taken its place in the merge, and the
    accepted change was dropped from the submission. Refused (409) as editing it is; a wording of
    another 款 of the article is taken."""
    from lawcomment.consultation import decide, draft_positions

    c = client("li")
    assert propose(c).status_code == 303  # 第二条第二款: 依法不需要登记
    (position,) = draft_positions(store, "law@1", "art_2")
    decide(store, "law@1", "art_2", accept=position.changes[0].change.id)
    (decided,) = draft_positions(store, "law@1", "art_2")
    submitted = decided.submitted_text
    whole = "电子商务经营者应当依法办理市场主体登记。\n个人销售自产农副产品的，可以不登记。"
    for at, stance, proposal in (("art_2", "amend", whole), ("art_2", "delete", "")):
        r = post(c, ARTICLE, f"{ARTICLE}/comment", {"at": at, "stance": stance, "proposal": proposal, "reason": "再改"})
        assert r.status_code == 409 and "委员会已对贵单位在此处的修改建议作出决定" in r.text, stance
    assert len(store.comments("law@1")) == 1
    (after,) = draft_positions(store, "law@1", "art_2")
    assert after.submitted_text == submitted and "依法不需要登记" in submitted
    # the other 款 is the company's to word
    assert propose(c, at="art_2__para_1", proposal="电子商务经营者应当依法及时办理市场主体登记。").status_code == 303
    assert len(store.comments("law@1")) == 2


def test_an_edit_or_a_restore_cannot_undo_a_decided_wording_either(client, store) -> None:
    """A review: the company's 款 wording accepted, its whole-article wording (of the other 款)
    edited to reword that 款 too, or withdrawn and brought back after the decision, took its
    place in the merge: refused (409), nothing changed."""
    from lawcomment.consultation import decide, draft_positions

    def accept_its_change() -> int:
        (position,) = draft_positions(store, "law@1", "art_2")
        return decide(store, "law@1", "art_2", accept=next(
            ch.change.id for ch in position.changes if ch.change.new == "依法")).id  # fmt: skip

    def stands(decision: int) -> bool:
        (position,) = draft_positions(store, "law@1", "art_2")
        return decision in {ch.decision for ch in position.changes}

    c = client("li")
    assert propose(c).status_code == 303  # 第二条第二款: 依法不需要登记
    whole = "电子商务经营者应当依法及时办理市场主体登记。\n个人销售自产农副产品的，不需要登记。"
    assert post(c, ARTICLE, f"{ARTICLE}/comment", {"at": "art_2", "stance": "amend", "proposal": whole,
                                                   "reason": "及时"}).status_code == 303  # fmt: skip
    second = max(store.comments("law@1"), key=lambda x: x.id)
    accepted = accept_its_change()
    r = post(c, ARTICLE, f"/comments/{second.id}/edit", {"proposal": whole.replace("不需要", "可以\u200b不"), "reason": "及时"})
    assert r.status_code == 409 and "委员会已对贵单位在此处的修改建议作出决定" in r.text
    assert "lc_flash" not in r.headers.get("set-cookie", "")  # (how a refused edit was read: never shown as done)
    assert store.get_comment(second.id).proposed_text == whole and stands(accepted)
    # withdrawn, the 款 decided meanwhile, then brought back over it
    store.revoke_decision(accepted)
    store.update_comment(second.id, "edit", proposed_text=whole.replace("不需要", "可以不"))
    assert post(c, ARTICLE, f"/comments/{second.id}/withdraw", {}).status_code == 303
    accepted = accept_its_change()
    r = post(c, ARTICLE, f"/comments/{second.id}/restore", {})
    assert r.status_code == 409 and "委员会已对贵单位在此处的修改建议作出决定" in r.text
    assert store.get_comment(second.id).status is Status.WITHDRAWN and stands(accepted)


def test_an_edit_that_puts_another_companys_decided_change_in_conflict_is_taken(client, store) -> None:
    """The guard is for the company's own decided words: beta's accepted change that acme's edited
    wording now conflicts with is the merge's to flag (as acme's new comment would be), never a
    refusal of acme's edit."""
    from lawcomment.consultation import add_comment, decide, draft_positions

    add_comment(store, "law@1", "beta", "art_2__para_2", propose=PARA2.replace("不需要", "依法不需要"), reason="依法")
    (position,) = draft_positions(store, "law@1", "art_2")
    decide(store, "law@1", "art_2", accept=position.changes[0].change.id)
    c = client("li")
    assert propose(c, proposal=PARA2.replace("农副产品", "农产品")).status_code == 303
    mine = max(store.comments("law@1"), key=lambda x: x.id)
    r = post(c, ARTICLE, f"/comments/{mine.id}/edit", {"proposal": PARA2.replace("不需要", "无须"), "reason": "明确"})
    assert r.status_code == 303, r.text
    assert store.get_comment(mine.id).proposed_text == PARA2.replace("不需要", "无须")
    (position,) = draft_positions(store, "law@1", "art_2")
    assert [x.conflict.old for x in position.conflicts] == ["不需要"]  # (the merge's to flag, as a new comment's)


def test_a_wording_that_replaces_the_companys_earlier_one_says_so(client, store) -> None:
    """A company keeps its latest wording at each place (the core's rule): the user who sends a new
    one is told it replaces the earlier one, a colleague's or their own, never silently."""
    c = client("li")
    assert propose(c, proposal="个人销售自产农副产品的，依法不需要登记。").status_code == 303
    r = propose(c, proposal="个人销售自产农副产品的，无需登记。", reason="更简洁")
    assert r.status_code == 303
    first, second = sorted(store.comments("law@1", include_superseded=True), key=lambda x: x.id)
    assert (str(first.status), second.supersedes) == ("superseded", first.id)
    page = c.get(r.headers["location"]).text
    assert f"这条意见取代了本单位此前在此处提出的修改建议（#{first.id}）：同一单位在同一处只保留最新的措辞。" in page


def test_a_wording_a_colleague_replaced_stays_listed_saying_who_and_when(client, store) -> None:
    """A trial: a user's wording of an article vanished from every page once a colleague sent another
    (the core keeps a company's latest wording at each place); its author was told nothing, the
    colleague only #1. The rule stands, but the replaced wording stays on the article page and on
    本单位意见, saying whose newer wording replaced it and when, its words and reason there to read
    (never to edit); the colleague is told whose wording theirs replaced."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    _colleague(store)
    li, zhou = client("li"), client("zhou")
    assert propose(li, proposal="个人销售自产农副产品的，依法不需要登记。", reason="李的理由：依法").status_code == 303
    r = propose(zhou, proposal="个人销售自产农副产品的，无需登记。", reason="周的理由：简洁")
    assert r.status_code == 303
    first, second = sorted(store.comments("law@1", include_superseded=True), key=lambda x: x.id)
    assert (str(first.status), second.supersedes) == ("superseded", first.id)  # (the core's rule)
    told = zhou.get(r.headers["location"]).text
    assert (f"这条意见取代了Li此前在此处提出的修改建议（#{first.id}）：同一单位在同一处只保留最新的措辞；"
            "Li的措辞和理由仍列在本条“本单位意见”中，标为已被替代。") in told  # fmt: skip
    stamp = store.revisions(first.id)[-1].at
    when = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d %H:%M") + "（UTC+8）"
    said = f"由周经理的新措辞（#{second.id}）取代，{when}"
    for c in (li, zhou):
        page = c.get(ARTICLE).text
        card = page.split(f'id="c{first.id}"')[1].split("</article>")[0]
        assert f'已被替代<span class="why">：<a href="#c{second.id}">{said}</a></span>' in card
        assert "<summary>查看被取代的措辞和理由</summary>" in card and "<ins>依法</ins>" in card and "李的理由：依法" in card
        assert "/edit" not in card and "/withdraw" not in card and "/restore" not in card
        assert "周的理由：简洁" in page.split(f'id="c{second.id}"')[1].split("</article>")[0]
        listed = c.get("/d/law@1/mine").text
        row = listed.split(f"#c{first.id}\">{first.id}</a>")[1].split("</tr>")[0]
        assert "李的理由：依法" in row and f'href="/d/law%401/a/art_2#c{second.id}">{said}</a>' in row
    # in English too
    assert post(li, "/", "/lang", {"lang": "en", "next": ARTICLE}).status_code == 303
    page = li.get(ARTICLE).text
    assert f"superseded<span class=\"why\">: <a href=\"#c{second.id}\">replaced by 周经理&#39;s newer wording (#{second.id}), {when.replace('（UTC+8）', ' (UTC+8)')}</a>" in page
    # a user's own earlier wording, replaced by themselves, stays out of the way, as before
    r = propose(zhou, proposal="个人销售自产农副产品的，不必登记。")
    assert f"这条意见取代了本单位此前在此处提出的修改建议（#{second.id}）" in zhou.get(r.headers["location"]).text
    page = zhou.get(ARTICLE).text
    assert f'id="c{second.id}"' not in page and f'id="c{first.id}"' in page


def test_a_kind_of_comment_the_page_does_not_offer_is_said_so(client) -> None:
    """(a new user's trial) a stance the form never sends: a page saying what is wrong, never
    「出错了」 alone; a form's address opened as a page says it does not take that request."""
    c = client("li")
    r = post(c, ARTICLE, f"{ARTICLE}/comment", {"at": "art_2", "stance": "endorse", "reason": "同意"})
    assert r.status_code == 400 and "无法识别的意见类型" in r.text
    # (a web trial: reloaded after a refusal, the form's address showed a bare page) the form's own page
    page = c.get(f"{ARTICLE}/comment", follow_redirects=False)
    assert (page.status_code, page.headers["location"]) == (303, ARTICLE)
    # never to another site (//host/…), nor from an address one step up from which is no page: as before
    assert c.get("//evil.example/d/law@1/comment", follow_redirects=False).status_code in (404, 405)
    page = c.get("/comments/1/withdraw")
    assert page.status_code == 405 and "此地址不接受这种请求" in page.text


def _edit_form(html: str, cid: int) -> dict[str, str]:
    """The fields of comment ``cid``'s edit form as the page drew them (hidden ones and textareas)."""
    return form_fields(html, f'action="/comments/{cid}/edit"')


def _colleague(store, login: str = "zhou", name: str = "周经理") -> None:  # type: ignore[no-untyped-def]
    from conftest import PASSWORD
    from lawcomment_web import auth

    store.add_user(login, "acme", auth.hash_password(PASSWORD), name=name)


def test_a_comment_a_colleague_withdrew_meanwhile_says_who_and_keeps_the_words_typed(client, store) -> None:
    """A trial: a colleague withdrew the comment while li edited it; li was told staff had dealt
    with it (409) and lost the words typed. Now: who withdrew it, the words kept in the form, and
    a way to restore and save them at once; withdrawing it again says it is withdrawn already."""
    _colleague(store)
    li, zhou = client("li"), client("zhou")
    propose(li)
    (comment,) = store.comments("law@1")
    drawn = _edit_form(li.get(ARTICLE).text, comment.id)
    assert post(zhou, ARTICLE, f"/comments/{comment.id}/withdraw", {}).status_code == 303
    typed = {**drawn, "proposal": "个人销售自产农副产品的，无需登记。", "reason": "我刚写的理由"}
    r = li.post(f"/comments/{comment.id}/edit", data=typed, follow_redirects=False)
    assert r.status_code == 409
    assert ("周经理已撤回这条意见，您的修改未保存，输入的内容仍在下方编辑框中。如仍要修改，请点击“恢复并保存”"
            in r.text)  # fmt: skip
    assert "工作人员处理" not in r.text
    again = _edit_form(r.text, comment.id)
    assert (again["proposal"], again["reason"], again["restore"]) == (typed["proposal"], typed["reason"], "1")
    assert "恢复并保存" in r.text and f'action="/comments/{comment.id}/restore"' in r.text
    # the card names the colleague who withdrew it
    card = r.text[r.text.index(f'id="c{comment.id}"'):]
    assert "已撤回<span class=\"why\">：由周经理撤回</span>" in card
    assert store.get_comment(comment.id).status is Status.WITHDRAWN
    # withdrawing it again (from the same stale page): already withdrawn, by whom
    w = post(li, "/d/law@1", f"/comments/{comment.id}/withdraw", {})
    assert w.status_code == 409 and "这条意见已由周经理撤回，无需再撤回" in w.text and "工作人员" not in w.text.split("</header>")[1]
    # restore and save: the comment back, with the words typed
    r = li.post(f"/comments/{comment.id}/edit", data={**again, "csrf": drawn["csrf"]}, follow_redirects=False)
    assert r.status_code == 303, r.text
    back = store.get_comment(comment.id)
    assert (back.status, back.proposed_text, back.body) == (Status.OPEN, typed["proposal"], typed["reason"])
    # in English too
    post(li, ARTICLE, "/lang", {"lang": "en"})
    assert post(zhou, ARTICLE, f"/comments/{comment.id}/withdraw", {}).status_code == 303
    r = li.post(f"/comments/{comment.id}/edit", data={**again, "csrf": drawn["csrf"], "restore": ""},
                follow_redirects=False)  # fmt: skip
    assert r.status_code == 409 and "周经理 withdrew this comment, so your changes were not saved" in r.text
    assert "withdrawn by 周经理" in r.text


def test_a_comment_staff_withdrew_is_said_so_when_withdrawn_again(client, store) -> None:
    li = client("li")
    propose(li)
    (comment,) = store.comments("law@1")
    token = csrf_of(li.get(ARTICLE).text)
    from lawcomment.consultation import withdraw_comment

    withdraw_comment(store, comment.id, "duplicate")
    r = li.post(f"/comments/{comment.id}/withdraw", data={"csrf": token}, follow_redirects=False)
    assert r.status_code == 409 and "这条意见已由协会工作人员撤回，无需再撤回；只有工作人员能恢复它。" in r.text


def test_two_colleagues_editing_one_comment_never_overwrite_each_other_unseen(client, store) -> None:
    """A trial: the later save silently replaced a colleague's edit. The form carries what the page
    showed: an edit from a page drawn before another's is refused (409), the comment's words now
    shown and the words typed kept in the form; one without that field is refused as stale."""
    _colleague(store)
    li, zhou = client("li"), client("zhou")
    propose(li)
    (comment,) = store.comments("law@1")
    mine, theirs = _edit_form(li.get(ARTICLE).text, comment.id), _edit_form(zhou.get(ARTICLE).text, comment.id)
    assert mine["seen"] and mine["seen"] == theirs["seen"]
    r = zhou.post(f"/comments/{comment.id}/edit", data={**theirs, "proposal": "个人销售自产农副产品的，免于登记。",
                                                         "reason": "周的理由"}, follow_redirects=False)  # fmt: skip
    assert r.status_code == 303
    typed = {**mine, "proposal": "个人销售自产农副产品的，可以不登记。", "reason": "李的理由"}
    r = li.post(f"/comments/{comment.id}/edit", data=typed, follow_redirects=False)
    said = "周经理在您打开本页后修改了这条意见（现在的措辞和理由见下方该意见）；您的修改未保存"
    assert r.status_code == 409 and said in r.text
    now = store.get_comment(comment.id)
    assert (now.proposed_text, now.body) == ("个人销售自产农副产品的，免于登记。", "周的理由")
    # the message stands above the card it points to (a trial's said 见上方 of a card below it)
    assert r.text.index(said) < r.text.index(f'id="c{comment.id}"')
    card = r.text[r.text.index(f'id="c{comment.id}"'):]
    assert "<ins>免于</ins>" in card and "理由：周的理由" in card  # the colleague's words, as they are now
    again = _edit_form(r.text, comment.id)
    assert (again["proposal"], again["reason"]) == (typed["proposal"], typed["reason"]) and again["seen"] != mine["seen"]
    # sent again from the page that showed the colleague's words: saved
    assert li.post(f"/comments/{comment.id}/edit", data=again, follow_redirects=False).status_code == 303
    assert store.get_comment(comment.id).body == "李的理由"
    # in English too, the words now are said to be below
    post(li, ARTICLE, "/lang", {"lang": "en"})
    mine = _edit_form(li.get(ARTICLE).text, comment.id)
    edited = zhou.post(f"/comments/{comment.id}/edit", data={**_edit_form(zhou.get(ARTICLE).text, comment.id),
                                                             "reason": "周的第二个理由"}, follow_redirects=False)  # fmt: skip
    assert edited.status_code == 303
    r = li.post(f"/comments/{comment.id}/edit", data={**mine, "reason": "Li's reason"}, follow_redirects=False)
    said = "changed this comment after you opened this page (its words now are shown below)"
    assert r.status_code == 409 and said in r.text and r.text.index(said) < r.text.index(f'id="c{comment.id}"')
    # a POST without the field is refused as stale, nothing saved
    bare = {k: v for k, v in _edit_form(li.get(ARTICLE).text, comment.id).items() if k != "seen"}
    r = li.post(f"/comments/{comment.id}/edit", data={**bare, "reason": "没有seen"}, follow_redirects=False)
    assert r.status_code == 409 and store.get_comment(comment.id).body == "周的第二个理由"


def test_an_edit_racing_a_colleagues_withdrawal_is_refused_in_the_members_words(client, db, store, monkeypatch) -> None:
    """A trial: li saved an edit at the moment zhou withdrew the comment, and read, on a Chinese page,
    the core's "comment #3 is withdrawn; only open comments can be edited (undo the withdrawal
    first: `lawcomment comment undo 3`)" (400). The withdrawal landing between the page's checks and
    the edit's own transaction is said as one before them is: 409, who withdrew it, and 恢复并保存
    with the words typed; a withdrawal or a restore racing another is said in the member's words too."""
    from lawcomment_web import pages

    from lawcomment import open_store
    from lawcomment.consultation import undo_comment, withdraw_comment

    _colleague(store)
    li = client("li")
    propose(li)
    (comment,) = store.comments("law@1")
    drawn = _edit_form(li.get(ARTICLE).text, comment.id)
    checked = pages._refuse_if_closed

    def meanwhile(act):  # type: ignore[no-untyped-def]
        def racing(ctx, stored):  # type: ignore[no-untyped-def]
            checked(ctx, stored)  # (the last check before the change's transaction)
            with open_store(db, "web:zhou") as theirs:  # zhou, in a request of their own
                act(theirs)

        return racing

    monkeypatch.setattr(pages, "_refuse_if_closed", meanwhile(lambda s: withdraw_comment(s, comment.id, "zhou")))
    typed = {**drawn, "proposal": "个人销售自产农副产品的，无需登记。", "reason": "我刚写的理由"}
    r = li.post(f"/comments/{comment.id}/edit", data=typed, follow_redirects=False)
    assert r.status_code == 409, r.text
    assert "周经理已撤回这条意见，您的修改未保存，输入的内容仍在下方编辑框中。如仍要修改，请点击“恢复并保存”" in r.text
    assert "only open comments" not in r.text and "lawcomment comment undo" not in r.text
    again = _edit_form(r.text, comment.id)
    assert (again["proposal"], again["reason"], again["restore"]) == (typed["proposal"], typed["reason"], "1")
    # withdrawing it from the page drawn before: withdrawn already, by zhou
    monkeypatch.setattr(pages, "_refuse_if_closed", meanwhile(lambda s: undo_comment(s, comment.id)))
    r = li.post(f"/comments/{comment.id}/restore", data={"csrf": drawn["csrf"]}, follow_redirects=False)
    assert r.status_code == 409 and "这条意见没有撤回。" in r.text and "is not withdrawn" not in r.text
    assert store.get_comment(comment.id).status is Status.OPEN
    monkeypatch.setattr(pages, "_refuse_if_closed", meanwhile(lambda s: withdraw_comment(s, comment.id, "zhou")))
    r = li.post(f"/comments/{comment.id}/withdraw", data={"csrf": drawn["csrf"], "seen": drawn["seen"]},
                follow_redirects=False)  # fmt: skip
    assert r.status_code == 409 and "这条意见已由周经理撤回，无需再撤回" in r.text


def test_a_withdrawal_from_a_page_drawn_before_a_colleagues_edit_is_refused(client, store) -> None:
    """A trial: li's page was drawn, zhou then rewrote the comment's reason, and li's 撤回 from that
    page withdrew zhou's new words unseen (the edit from it was refused, 409). 撤回 carries what the
    page showed, as an edit does: refused (409) naming who changed it, the card showing their words;
    from the page that shows them, it withdraws; one sent without that record is refused, never unchecked."""
    _colleague(store)
    li, zhou = client("li"), client("zhou")
    propose(li)
    (comment,) = store.comments("law@1")
    stale = li.get(ARTICLE).text
    withdraw_form = form_fields(stale, f'action="/comments/{comment.id}/withdraw"')
    assert set(withdraw_form) == {"csrf", "seen"} and withdraw_form["seen"] == _edit_form(stale, comment.id)["seen"]
    theirs = _edit_form(zhou.get(ARTICLE).text, comment.id)
    assert zhou.post(f"/comments/{comment.id}/edit", data={**theirs, "reason": "周的新理由"},
                     follow_redirects=False).status_code == 303  # fmt: skip
    r = li.post(f"/comments/{comment.id}/withdraw", data=withdraw_form, follow_redirects=False)
    said = "周经理在您打开本页后修改了这条意见（现在的措辞和理由见下方该意见），因此未予撤回；请核对后，如仍要撤回，再点击“撤回”。"
    assert r.status_code == 409 and said in r.text
    assert store.get_comment(comment.id).status is Status.OPEN
    card = r.text[r.text.index(f'id="c{comment.id}"'):]
    assert "理由：周的新理由" in card
    r = li.post(f"/comments/{comment.id}/withdraw", data={"csrf": withdraw_form["csrf"]}, follow_redirects=False)
    assert r.status_code == 409 and "提交的表单缺少本页打开时所显示内容的记录" in r.text
    assert store.get_comment(comment.id).status is Status.OPEN
    # from the page that showed zhou's words: withdrawn
    assert post(li, ARTICLE, f"/comments/{comment.id}/withdraw", {}).status_code == 303
    assert store.get_comment(comment.id).status is Status.WITHDRAWN
    # a remark on the whole draft alike, from its contents page
    assert post(li, "/d/law@1", "/d/law@1/remark", {"stance": "comment", "reason": "总体上赞成"}).status_code == 303
    remark = max(store.comments("law@1"), key=lambda x: x.id)
    stale = form_fields(li.get("/d/law@1").text, f'action="/comments/{remark.id}/withdraw"')
    store.actor = "web:zhou"
    from lawcomment.consultation import edit_comment

    edit_comment(store, remark.id, reason="总体上赞成，但第三条须修改")
    r = li.post(f"/comments/{remark.id}/withdraw", data=stale, follow_redirects=False)
    assert r.status_code == 409 and "周经理在您打开本页后修改了这条意见" in r.text and "第三条须修改" in r.text
    assert post(li, "/d/law@1", f"/comments/{remark.id}/withdraw", {}).status_code == 303


def test_a_comment_sent_twice_or_saved_unchanged_is_a_notice_in_the_members_language(client, store) -> None:
    """A trial: a double submit gave a 400 page reading "hsbank already made this exact comment on
    art_10 (nothing added)", and an edit saved as it was "comment #1 already reads like that"."""
    li = client("li")
    assert propose(li).status_code == 303
    r = propose(li)
    assert r.status_code == 303 and "done=sent_already" in r.headers["location"]
    page = li.get(r.headers["location"]).text
    assert "这条意见已提交过，未重复添加。" in page and "already made" not in page and len(store.comments("law@1")) == 1
    (comment,) = store.comments("law@1")
    r = post(li, ARTICLE, f"/comments/{comment.id}/edit", {"proposal": comment.proposed_text, "reason": comment.body})
    assert r.status_code == 303 and "done=unchanged" in r.headers["location"]
    assert "意见内容与原来相同，未作改动。" in li.get(r.headers["location"]).text
    post(li, ARTICLE, "/lang", {"lang": "en"})
    r = propose(li)
    assert "This comment was sent already; it was not added again." in li.get(r.headers["location"]).text


def test_a_comment_restored_and_saved_with_its_words_as_they_were_is_restored(client, store) -> None:
    """(A stranger's review) 恢复并保存 with the words unchanged: the edit changed nothing, so the whole
    step was undone and the comment stayed withdrawn, while the page said the comment read as before."""
    _colleague(store)
    li, zhou = client("li"), client("zhou")
    assert propose(li).status_code == 303
    (comment,) = store.comments("law@1")
    drawn = _edit_form(li.get(ARTICLE).text, comment.id)
    assert post(zhou, ARTICLE, f"/comments/{comment.id}/withdraw", {}).status_code == 303
    refused = li.post(f"/comments/{comment.id}/edit", data=drawn, follow_redirects=False)
    assert refused.status_code == 409
    again = _edit_form(refused.text, comment.id)
    r = li.post(f"/comments/{comment.id}/edit", data={**again, "csrf": drawn["csrf"]}, follow_redirects=False)
    assert r.status_code == 303 and "done=unchanged" not in r.headers["location"], r.headers.get("location")
    assert store.get_comment(comment.id).status is Status.OPEN


def _text(page: str) -> str:
    import html as html_module

    return html_module.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def test_a_carried_wording_the_new_reading_adopted_shows_the_members_own_words(client, store, tmp_path) -> None:
    """A trial: on 本单位意见 of the second reading a carried wording marked 新稿已采纳 showed the new
    reading's sentence as the member's own (the member had changed only 4个月 to 2个月). The card shows
    the member's wording as proposed, redlined against the text it was written for, and the new
    reading's text apart, labelled as that reading's."""
    from conftest import LAW

    from lawcomment.consultation import add_draft_file, carry_forward

    assert propose(client("li")).status_code == 303  # 个人销售自产农副产品的，{+依法+}不需要登记。
    second = tmp_path / "law2.txt"
    second.write_text(LAW.replace(PARA2, "个人销售自产农副产品的，依法不需要登记，但应当依法纳税。"), encoding="utf-8")
    add_draft_file(store, second, "law", "2")
    carry_forward(store, "law@1", "law@2")
    store.set_deadline("law@2", "2999-12-31")
    (copy,) = store.comments("law@2")
    assert copy.status is Status.ADOPTED and copy.proposed_text == "个人销售自产农副产品的，依法不需要登记，但应当依法纳税。"
    c = client("li")
    for url in ("/d/law@2/mine", "/d/law@2/a/art_2"):
        page = re.sub(r">\s+<", "><", c.get(url).text)
        assert ('<p class="muted">本单位在第一稿（v1）提出的修改：</p><p class="redline-block"><span class="redline">'
                "个人销售自产农副产品的，<ins>依法</ins>不需要登记。</span></p>") in page, url
        assert ('<p class="muted">第二稿（v2）的条文（已作出本单位建议的修改）：</p><p class="new-text">'
                "个人销售自产农副产品的，依法不需要登记，但应当依法纳税。</p>") in page, url
        assert "新稿已采纳" in _text(page)
    c.cookies.set("lang", "en")
    page = _text(c.get("/d/law@2/mine").text)
    assert "Your company's wording, as proposed on reading 1 (v1):" in page
    assert "The text of reading 2 (v2) (which made your change):" in page


def test_a_comment_sent_from_a_replaced_readings_page_names_the_new_reading_and_keeps_the_words(client, store, tmp_path) -> None:
    """A trial: a comment sent from a page drawn before the second reading came was refused with
    本稿已有新一稿（中华人民共和国专利法实施细则）… 未保存（已过截止日期）: the deadline had not passed, and the
    new reading was named by the title both share. It names the reading as the home page does, links
    the same article there, and shows the words typed to copy."""
    from test_web_trial4 import _second_reading

    c = client("li")
    page = c.get("/d/law@1/a/art_3").text  # (drawn before the second reading)
    _second_reading(store, tmp_path)
    r = c.post("/d/law@1/a/art_3/comment", data={"csrf": csrf_of(page), "at": "art_3", "stance": "comment",
                                                 "reason": "“公示”的方式如何？"}, follow_redirects=False)  # fmt: skip
    assert r.status_code == 400
    said = _text(r.text)
    assert "本稿已由第二稿（v2）取代，不能再在本稿上提交或修改意见。" in said
    assert "您输入的以下内容未保存（本稿已由第二稿（v2）取代）；可复制后在新一稿上提出： “公示”的方式如何？" in said
    # 第三条 is 第四条 in the second reading: the link goes there
    assert '<a href="/d/law%402/a/art_4">前往第二稿（v2）的第四条</a>' in r.text
    assert "截止" not in said and "示例电子商务法（草案））" not in said
    assert [x for x in store.comments("law@1") if x.body == "“公示”的方式如何？"] == []
    c.cookies.set("lang", "en")
    r = c.post("/d/law@1/a/art_3/comment", data={"csrf": csrf_of(page), "at": "art_3", "stance": "comment",
                                                 "reason": "How?"}, follow_redirects=False)  # fmt: skip
    said = _text(r.text)
    assert r.status_code == 400 and "This reading has been replaced by reading 2 (v2): comments can no longer be added" in said
    assert "Go to Article 4 of reading 2 (v2)" in said and "deadline" not in said


#: Half-width punctuation pasted between Chinese words, and what the saved comment (and so the preview) reads.
WIDTH_CASES = [
    ("个人销售自产农副产品的,依法不需要登记.", "个人销售自产农副产品的，依法不需要登记。"),
    ("个人销售自产农副产品的, 依法不需要登记。", "个人销售自产农副产品的，依法不需要登记。"),
    ("个人销售自产农副产品的;依法不需要登记:", "个人销售自产农副产品的；依法不需要登记："),
    ("个人销售(自产)农副产品的，不需要登记?", "个人销售（自产）农副产品的，不需要登记？"),
    ("个人销售自产农副产品的，不需要登记。", "个人销售自产农副产品的，不需要登记。"),
    # (only between Chinese words: a full stop before Latin letters, and English punctuation, stay as typed)
    ("个人销售自产农副产品的,依法不需要登记. ABC, 1.5", "个人销售自产农副产品的，依法不需要登记. ABC, 1.5"),
]


def test_the_live_preview_reads_pasted_half_width_punctuation_as_the_saved_comment_does(client, store) -> None:
    """A trial: pasted half-width ， and 。 were each marked a change in the live preview, while the
    saved comment had them full width. The preview applies the core's own rule (`full_width`, the
    intake's), so on a table of cases it draws what the saved comment's redline draws."""
    from lawcomment_web.pages import segments

    from lawcomment.drafts import unit_index
    from lawcomment.review import closing_mark, full_width, kept_mark

    draft = store.get_draft("law@1").load()
    unit = unit_index(draft)["art_2__para_2"]
    c = client("li")
    page = c.get(ARTICLE).text
    for typed, saved in WIDTH_CASES:
        assert full_width(draft, unit, typed)[0] == saved, typed  # (the table is the core's rule)
        r = c.post("/d/law@1/preview", data={"csrf": csrf_of(page), "at": "art_2__para_2", "proposal": typed})
        assert r.status_code == 200
        # (a wording ending with no mark keeps the 款's 「。」, as the saved comment does)
        kept = kept_mark(saved, closing_mark(draft, unit, saved) or "")
        expected = "".join(f"<{k}>{t}</{k}>" if k else t for k, t in segments(PARA2, kept))
        assert r.text.strip() == f'<span class="redline">{expected}</span>', (typed, r.text)
    # and the comment saved reads as the preview did
    assert propose(c, proposal=WIDTH_CASES[0][0]).status_code == 303
    (saved,) = store.comments("law@1")
    assert saved.proposed_text == WIDTH_CASES[0][1]


def test_a_refused_wording_comes_back_with_its_preview_drawn(client, store) -> None:
    """A trial: after a refused submission (a reason too long) the form came back holding the wording
    typed and an empty preview box. The preview is drawn for the wording shown."""
    c = client("li")
    r = propose(c, proposal="个人销售自产农副产品的,依法不需要登记.", reason="理" * 20_001)
    assert r.status_code == 400  # type: ignore[attr-defined]
    form = r.text.split('name="at" value="art_2__para_2"')[1].split("</form>")[0]  # type: ignore[attr-defined]
    assert ('<div class="preview wording" aria-live="polite"><span class="redline">个人销售自产农副产品的，<ins>依法</ins>不需要登记。'
            "</span></div>") in form, form
    assert store.comments("law@1") == []


def test_a_form_replacing_the_companys_wording_names_the_company_not_its_id(client, store) -> None:
    """A trial: an uploaded form row replaced the company's wording of 第十七条, and the page said
    意见#40取代了yuanda在第十七条的意见#26, the store's member id; it names the company as the pages do."""
    from lawcomment.consultation import add_comment

    first, _ = add_comment(store, "law@1", "acme", "art_1", propose="为了保障电子商务各方主体的合法权益，规范电子商务行为，制定本法。")
    r = _send_form(client("li"), "law@1", "为了保障电子商务各方主体的合法权益", "为了保障电子商务各方主体的合法权益，促进电子商务发展，"
                   "制定本法。", "促进发展。")  # fmt: skip
    assert r.status_code == 200 and "文件已导入" in r.text, r.text  # type: ignore[attr-defined]
    said = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", r.text))  # type: ignore[attr-defined]
    assert f"的意见#{first}" in said and "取代了ACME (China) Ltd.在" in said and "取代了acme在" not in said, said


def _send_form(c, ref: str, row_words: str, wording: str, reason: str):  # type: ignore[no-untyped-def]
    """The company's 意见反馈表 of ``ref`` downloaded, the row whose text has ``row_words`` filled with
    ``wording`` and ``reason`` as a member fills it in Word, and uploaded: the response."""
    from io import BytesIO

    from docx import Document

    doc = Document(BytesIO(c.get(f"/d/{ref}/form.docx").content))
    row = next(r for t in doc.tables for r in t.rows if any(row_words in cell.text for cell in r.cells))
    row.cells[-2].text, row.cells[-1].text = wording, reason
    out = BytesIO()
    doc.save(out)
    return post(c, f"/d/{ref}/mine", f"/d/{ref}/upload", {}, files={"file": ("反馈.docx", out.getvalue(), "application/octet-stream")})


def test_a_member_uploads_an_excel_sheet_of_its_comments(client, store) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial: members send Excel) With the lawcomment-xlsx plugin the upload takes the company's sheet of
    comments, one a row, as `comment import` does, for the company alone; a row naming another company is refused."""
    from io import BytesIO

    openpyxl = pytest.importorskip("openpyxl")
    pytest.importorskip("lawcomment_xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["条款", "修改建议", "理由"], ["第二条第一款", "电子商务经营者应当依法及时办理市场主体登记。", "明确时限"],
                ["第四条", None, "支持本条。"]]:  # fmt: skip
        ws.append(row)
    out = BytesIO()
    wb.save(out)
    c = client("li")
    page = c.get("/d/law@1/mine").text
    assert 'accept=".docx,.xlsx,.xlsm"' in page and "Excel表格（.xlsx）" in page
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("意见表.xlsx", out.getvalue(), "application/octet-stream")})
    assert r.status_code == 200 and "文件已导入" in r.text, r.text
    comments = store.comments("law@1")
    assert sorted((x.member, x.anchor.eid, x.source.file) for x in comments) == [
        ("acme", "art_2__para_1", "意见表.xlsx"), ("acme", "art_4", "意见表.xlsx")]
    txt = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("意见.txt", b"x", "text/plain")})
    assert txt.status_code == 400 and "只接受Word文件（.docx）或Excel表格（.xlsx）" in txt.text
    other = openpyxl.Workbook()
    for row in [["会员", "条款", "理由"], ["beta", "第一条", "替别家提的意见"]]:
        other.active.append(row)
    out = BytesIO()
    other.save(out)
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("别家.xlsx", out.getvalue(), "application/octet-stream")})
    assert r.status_code == 400 and not [x for x in store.comments("law@1") if x.member == "beta"], r.text
    # (a web trial: "row 2: member 'beta' differs from --member 'acme'", and told to correct the 意见反馈表)
    assert "<li>表格第2行：该行的会员为“beta”，不是贵单位：这里只接收贵单位自己的意见</li>" in r.text, r.text
    assert "请在表格中按提示改正这些行" in r.text and "--member" not in r.text and "意见反馈表中按提示" not in r.text


def _carried_decided(client, store, tmp_path):  # type: ignore[no-untyped-def]
    """li's wording of 第二条第二款 accepted at law@1, then carried with its decision to law@2
    (which rewrote only 第一条): li's client, the carried comment and its carried decision."""
    from conftest import LAW

    from lawcomment.consultation import add_draft_file, carry_forward, decide, draft_positions

    c = client("li")
    propose(c)
    (position,) = draft_positions(store, "law@1", "art_2")
    decide(store, "law@1", "art_2", accept=position.changes[0].change.id)
    second = tmp_path / "law2.txt"
    second.write_text(LAW.replace("制定本法", "依据宪法，制定本法"), encoding="utf-8")
    add_draft_file(store, second, "law", "2")
    carry_forward(store, "law@1", "law@2")
    store.set_deadline("law@2", "2999-12-31")
    (carried,) = store.comments("law@2")
    (decision,) = store.decisions("law@2")
    assert decision.origin is not None and carried.origin is not None
    return c, carried, decision


@pytest.mark.parametrize("action", ["edit", "withdraw"])
def test_a_proposal_carried_with_its_decision_can_still_be_changed_and_the_decision_stands_no_more(
        client, store, tmp_path, action: str) -> None:  # type: ignore[no-untyped-def]
    """(a trial) On the second reading the carried decision locked the member's carried wording: 委员会已对这条修改建议
    作出决定，不能再修改或撤回. The member's own words are theirs to change; the decision that stood on them then stands
    no more, said to the member, kept in the log, and shown to staff to decide again."""
    c, carried, decision = _carried_decided(client, store, tmp_path)
    page = "/d/law@2/a/art_2"
    card = c.get(page).text.split(f'id="c{carried.id}"')[1].split("</article>")[0]
    assert "委员会已在上一稿对这条修改建议作出决定；如修改或撤回，该决定将不再适用，秘书处将对本条重新作出决定。" in card
    assert f'action="/comments/{carried.id}/{action}"' in card and "不能再修改或撤回" not in card
    data = {"proposal": "个人销售自产农副产品的，依法可以不登记。", "reason": "明确依据"} if action == "edit" else {}
    r = post(c, page, f"/comments/{carried.id}/{action}", data)
    assert r.status_code == 303, r.text  # type: ignore[attr-defined]
    after = store.get_comment(carried.id)
    if action == "edit":
        assert after.proposed_text == "个人销售自产农副产品的，依法可以不登记。"
        told = "委员会在上一稿对原措辞作出的决定已不再适用于修改后的建议；秘书处将对本条重新作出决定。"
    else:
        assert after.status is Status.WITHDRAWN
        told = "委员会在上一稿对这条修改建议作出的决定已随撤回不再适用；秘书处将对本条重新作出决定。"
    assert told in c.get(r.headers["location"]).text  # type: ignore[attr-defined]
    (lapse,) = [e for e in store.events(obj=f"comment:{carried.id}") if e.action == "decision.lapse"]
    assert lapse.detail == {"decisions": f"#{decision.id}", "on": "第二条 (art_2)",
                            "with": f"#{carried.id} {'edited' if action == 'edit' else 'withdrawn'}",
                            "carried": f"#{decision.id}"}
    staff = client("wang").get("/staff/d/law@2/a/art_2").text
    assert re.search(rf"<p class=\"notice\">决定#{decision.id}（[^）]*）与现有建议已不对应，不再适用", staff), staff


@pytest.mark.parametrize(("name", "data", "why"), [
    ("意见.docx", b"", "文件为空"),
    ("意见表.xlsx", b"", "文件为空"),
    ("意见表.xlsx", "header", "表头下没有数据行"),
])  # fmt: skip
def test_an_uploaded_file_with_no_comments_says_so_naming_it(client, store, name: str, data, why: str) -> None:  # type: ignore[no-untyped-def]
    """An empty file, or a sheet of its header alone, read "文件已导入。新增意见0条。", as if it had worked: it says
    that nothing was imported because the file holds no comments, naming the file (400), and no import is recorded."""
    if data == "header":
        from io import BytesIO

        openpyxl = pytest.importorskip("openpyxl")
        pytest.importorskip("lawcomment_xlsx")
        wb = openpyxl.Workbook()
        wb.active.append(["条款", "修改建议", "理由"])
        out = BytesIO()
        wb.save(out)
        data = out.getvalue()
    elif name.endswith(".xlsx"):
        pytest.importorskip("lawcomment_xlsx")
    c = client("li")
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": (name, data, "application/octet-stream")})
    assert r.status_code == 400, r.text  # type: ignore[attr-defined]
    assert f'<p class="error" role="alert">“{name}”中没有意见（{why}），未导入任何内容；请填写后重新上传。</p>' in r.text  # type: ignore[attr-defined]
    assert "文件已导入" not in r.text and "新增意见0条" not in r.text  # type: ignore[attr-defined]
    assert store.comments("law@1") == [] and store.imports("law@1") == []


def _clean_copy() -> bytes:
    """The test draft as a Word file with nothing marked in it: the copy sent to members, sent back as it went."""
    from io import BytesIO

    import docx as python_docx
    from conftest import LAW

    doc = python_docx.Document()
    for line in LAW.strip().split("\n"):
        doc.add_paragraph(line)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("what", "lang", "said"), [
    ("form", "zh", "“意见.docx”未填写：没有一行修改了“修改建议”栏的措辞或填写了“理由”栏，未导入任何内容。请在要提意见的条款行中"
                   "修改“修改建议”栏的措辞或填写“理由”栏，然后重新上传。"),
    ("form", "en", "“意见.docx” is not filled in: no row changes the wording under “Proposed text” or gives a “Reason”; "
                   "nothing was imported. In the rows you comment on, edit the wording under “Proposed text” or write a "
                   "reason under “Reason”, then upload the form again."),
    ("rowless", "zh", "“意见.docx”的表格中没有条款行（条款行已被删除），未导入任何内容。请重新下载意见反馈表，在要提意见的条款行中"
                      "填写后重新上传。"),
    ("rowless", "en", "The table of “意见.docx” holds no rows (its rows were deleted); nothing was imported. Download the "
                      "comment form again, fill in the rows you comment on, then upload it."),
    ("copy", "zh", "“意见.docx”中没有修订，也没有批注，未导入任何内容。修改之处只有开启“修订”后才会标记出来：请先在Word中开启"
                   "“修订”（审阅→修订）再修改草案，或插入批注，然后重新上传。"),
    ("copy", "en", "“意见.docx” holds no tracked changes and no comments; nothing was imported. Your edits are marked only "
                   "with Track Changes on: turn on Track Changes in Word (Review → Track Changes) before you edit the "
                   "draft, or add comments, then upload it again."),
])  # fmt: skip
def test_an_unfilled_form_or_an_unmarked_copy_says_what_it_lacks_in_the_members_language(client, store, what: str,  # type: ignore[no-untyped-def]
                                                                                         lang: str, said: str) -> None:  # fmt: skip
    """(a trial) The form downloaded and sent back unfilled, or the copy of the draft with nothing marked in it, read
    "文件已导入。新增意见0条。", as if it had worked: 400, what the file lacks and what to do, in the page's
    language (a form whose table's rows were deleted said so, never "not filled in"); nothing stored, no import
    recorded. The same form filled in is imported (200)."""
    c = client("li")
    if lang == "en":
        c.cookies.set("lang", "en")
    data = {"form": lambda: c.get("/d/law@1/form.docx").content, "rowless": lambda: _rowless_form(c),
            "copy": _clean_copy}[what]()  # fmt: skip
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("意见.docx", data, "application/octet-stream")})
    assert r.status_code == 400, r.text  # type: ignore[attr-defined]
    assert f'<p class="error" role="alert">{said}</p>' in r.text  # type: ignore[attr-defined]
    assert "文件已导入" not in r.text and "File imported" not in r.text  # type: ignore[attr-defined]
    assert store.comments("law@1") == [] and store.imports("law@1") == []
    if what == "form":
        r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("意见.docx", _filled_form(c), "application/octet-stream")})
        assert r.status_code == 200, r.text  # type: ignore[attr-defined]
        assert len(store.comments("law@1")) == 1 and len(store.imports("law@1")) == 1


def test_a_copy_whose_changes_give_no_comment_says_why_below_the_error(client, store) -> None:  # type: ignore[no-untyped-def]
    """A copy whose one tracked change proposes nothing (办理 deleted and typed in again): 400, and what the
    intake said of that change listed under the error, in the page's language; nothing stored."""
    from io import BytesIO

    import docx as python_docx
    from conftest import LAW
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run(tag: str, words: str):  # type: ignore[no-untyped-def]
        r, t = OxmlElement("w:r"), OxmlElement(tag, {qn("xml:space"): "preserve"})
        t.text = words
        r.append(t)
        return r

    doc = python_docx.Document()
    for line in LAW.strip().split("\n"):
        before, found, after = line.partition("办理")
        p = doc.add_paragraph(before)._p
        if found:
            for change, tag in (("w:del", "w:delText"), ("w:ins", "w:t")):
                marked = OxmlElement(change, {qn("w:id"): str(len(tag)), qn("w:author"): "李", qn("w:date"): "2026-05-04T10:00:00Z"})
                marked.append(run(tag, "办理"))
                p.append(marked)
            p.append(run("w:t", after))
    out = BytesIO()
    doc.save(out)
    c = client("li")
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("修订.docx", out.getvalue(), "application/octet-stream")})
    assert r.status_code == 400, r.text  # type: ignore[attr-defined]
    assert '<p class="error" role="alert">“修订.docx”中的修订和批注均未形成意见（原因见下），未导入任何内容。</p>' in r.text  # type: ignore[attr-defined]
    said = re.search(r'<div class="notice warning" role="status" id="said"><ul>(.*?)</ul></div>', r.text, re.S)  # type: ignore[attr-defined]
    assert said is not None, r.text  # type: ignore[attr-defined]
    assert said.group(1) == "<li>修订.docx：李在第二条所作的修订本身未改动文字（仅改动格式，或只改动了其他作者插入的文字），未记录为修改建议</li>"
    assert store.comments("law@1") == [] and store.imports("law@1") == []
