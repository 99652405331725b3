"""A web trial on 统计法 2009 → 2024 (PostgreSQL, two workers), and members' list entries offered
together: what members and staff met, through the app as a browser sends it."""

from __future__ import annotations

import re
from pathlib import Path

import lawcomment_web
import pytest

from conftest import csrf_of, post

from lawcomment.consultation import add_comment, decide

ARTICLE = "/d/law@1/a/art_1"
MERGED = "/staff/d/law@1/a/art_1"


def entries(store) -> None:  # type: ignore[no-untyped-def]
    """acme and beta each put an entry into the list of 第一条 at one point: x1 offers 1, 2 and both in either order."""
    add_comment(store, "law@1", "acme", "art_1", propose="为了保障电子商务各方主体的合法权益、公共利益，制定本法。", reason="公益")
    add_comment(store, "law@1", "beta", "art_1", propose="为了保障电子商务各方主体的合法权益、社会秩序，制定本法。", reason="秩序")


@pytest.mark.parametrize(("choose", "acme", "beta"), [
    ("x1:1", "采纳", "不采纳"),  # acme's own wording
    ("x1:2", "不采纳", "采纳"),
    ("x1:3", "采纳", "采纳"),  # both, 1 then 2: each member's entry taken (both read 部分采纳)
    ("x1:4", "采纳", "采纳"),
    ("x1:0", "不采纳", "不采纳"),  # the draft's words kept
])  # fmt: skip
def test_a_members_wording_chosen_alone_or_in_a_combination_reads_accepted(client, store, choose, acme, beta) -> None:
    entries(store)
    decide(store, "law@1", "art_1", choose=choose)
    store.set_deadline("law@1", "2000-01-01")
    for login, fate in (("li", acme), ("ann", beta)):
        page = client(login).get(ARTICLE).text
        assert re.findall(r'<p class="fate (\w+)">委员会：(.*?)</p>', page) == [
            ({"采纳": "accepted", "不采纳": "rejected"}[fate], fate)], (login, page)


def test_staff_read_a_combination_named_on_the_merged_view(client, store) -> None:
    entries(store)
    page = client("wang").get(MERGED).text
    items = re.findall(r"<li>(.*?)</li>", page.split('<div class="card conflict" id="x1">')[1].split("</ol>")[0], flags=re.S)
    assert [re.sub(r"<[^>]+>", "", i).split("—")[0].strip() for i in items] == [
        "、公共利益", "、社会秩序", "两者并用（1→2）：、公共利益、社会秩序", "两者并用（2→1）：、社会秩序、公共利益"], items
    english = client("wang")
    post(english, MERGED, "/lang", {"lang": "en"})
    assert '<span class="combines">both, 2 then 1: </span>' in english.get(MERGED).text


def _second_reading(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """law@2: a new 第二条 put in (the old 第二条 to 第四条 become 第三条 to 第五条); carried as
    `draft add … --supersedes 1` does."""
    from conftest import LAW

    from lawcomment.consultation import add_draft_file, carry_forward

    text = LAW.replace("第二条　电子商务经营者", "第二条　国家鼓励发展电子商务新业态。\n第三条　电子商务经营者")
    text = text.replace("第三条　电子商务经营者应当履行", "第四条　电子商务经营者应当履行").replace("第四条　本法自", "第五条　本法自")
    second = tmp_path / "law2.txt"
    second.write_text(text, encoding="utf-8")
    add_draft_file(store, second, "law", "2")
    carry_forward(store, "law@1", "law@2")


def _replaced(store, tmp_path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """On law@1, before law@2 replaced it: a wording of 第二条第一款 that reads like 第四条 (a merge
    warning asks to move it), a remark on 第二条, one on the whole draft, a question on 第三条, and
    a comment staff withdrew."""
    made = {
        "wording": add_comment(store, "law@1", "acme", "art_2__para_1", propose="本法自公布之日起三个月后施行。", reason="a"),
        "remark": add_comment(store, "law@1", "beta", "art_2", stance="comment", reason="登记应当便利。"),
        "whole": add_comment(store, "law@1", "gamma", "全文", stance="comment", reason="总体支持。"),
        "question": add_comment(store, "law@1", "beta", "art_3", stance="question", reason="“公示”的方式如何？"),
        "withdrawn": add_comment(store, "law@1", "gamma", "art_2", stance="comment", reason="测试"),
    }
    ids = {k: v[0] for k, v in made.items()}
    from lawcomment.consultation import withdraw_comment

    withdraw_comment(store, ids["withdrawn"], "", [])
    _second_reading(store, tmp_path)
    return ids


REPLACED_SAID = "本稿已由第二稿（v2）取代，意见已随之转入第二稿（v2）：列入提交稿、答复、移动、撤回和恢复意见请在第二稿（v2）上进行。本稿的意见未作改动。"


@pytest.mark.parametrize(("url", "which", "fields", "link"), [
    ("/staff/d/law@1/forward", "whole", {"forward": "1"}, '<a href="/staff/d/law%402">前往新一稿</a>'),
    ("/staff/d/law@1/forward", "remark", {"forward": "1", "from": "article"},
     '<a href="/staff/d/law%402/a/art_3">前往第二稿（v2）的第三条</a>'),
    ("/staff/d/law@1/resolve", "question", {"answer": "以公告方式。"}, '<a href="/staff/d/law%402/a/art_4">前往第二稿（v2）的第四条</a>'),
    ("/staff/d/law@1/a/art_2/move", "wording", {"at": "第四条", "seen": ""}, '/staff/d/law%402/a/art_3"'),
    ("/staff/d/law@1/a/art_2/withdraw", "remark", {"seen": "", "reason": "重复"}, '/staff/d/law%402/a/art_3"'),
    ("/staff/d/law@1/a/art_2/withdraw", "withdrawn", {"seen": "", "restore": "1"}, '/staff/d/law%402/a/art_3"'),
    ("/staff/d/law@1/a/art_2/translate", "remark", {"seen": "", "text": "登记应当便利。"}, '/staff/d/law%402/a/art_3"'),
])  # fmt: skip
def test_staff_cannot_act_on_a_comment_of_a_replaced_reading(client, store, tmp_path, url, which, fields, link) -> None:
    """A trial: on a reading a later one replaced, the merged view still offered 列入提交稿, 移至 and 撤回此意见, the
    dashboard 答复 / 已处理, and the server took them, the later reading's copies left as they were. Refused (409),
    pointing to the same article on the later reading; nothing changed."""
    ids = _replaced(store, tmp_path)
    before = [(c.id, c.status, c.forwarded, c.anchor.eid, c.body) for c in store.comments("law@1")]
    c = client("wang")
    r = post(c, "/staff/d/law@2", url, {"comment": str(ids[which]), **fields})
    assert r.status_code == 409 and REPLACED_SAID in r.text and link in r.text, r.text
    assert [(c.id, c.status, c.forwarded, c.anchor.eid, c.body) for c in store.comments("law@1")] == before
    # the later reading takes them as ever
    (copy,) = [x for x in store.comments("law@2") if x.origin == ids["whole"]]
    assert post(c, "/staff/d/law@2", "/staff/d/law@2/forward", {"comment": str(copy.id), "forward": "1"}).status_code == 303
    assert store.get_comment(copy.id).forwarded


def test_a_replaced_readings_pages_draw_no_buttons_to_act_on_comments(client, store, tmp_path) -> None:
    _replaced(store, tmp_path)
    c = client("wang")
    merged = c.get("/staff/d/law@1/a/art_2").text
    for action in ("/move", "/withdraw", "/translate"):
        assert f'action="/staff/d/law%401/a/art_2{action}"' not in merged.replace("law@1", "law%401"), action
        assert 'action="/staff/d/law%401/forward"' not in merged.replace("law@1", "law%401")
    # the merge's warning says where the comment is moved now, not "below" on this page
    assert "必要时在第二稿（v2）上移至正确条文" in merged and "用下方“意见”中该意见旁的“移至”" not in merged, merged
    dashboard = c.get("/staff/d/law@1").text.replace("law@1", "law%401")
    assert "/staff/d/law%401/forward" not in dashboard and "/staff/d/law%401/resolve" not in dashboard
    assert "总体支持。" in dashboard and "“公示”的方式如何？" in dashboard  # (still listed, to read)
    # the later reading draws them
    later = c.get("/staff/d/law@2").text.replace("law@2", "law%402")
    assert "/staff/d/law%402/forward" in later and "/staff/d/law%402/resolve" in later
    merged2 = c.get("/staff/d/law@2/a/art_3").text.replace("law@2", "law%402")
    assert "/staff/d/law%402/a/art_3/move" in merged2 and "用下方“意见”中该意见旁的“移至”" in merged2


def test_an_english_remark_on_the_whole_draft_is_forwarded_with_its_translation_from_the_dashboard(client, store) -> None:
    """The trial's nordbank remarked on the whole draft in English; 列入提交稿 on the dashboard said to un-forward it and
    give a translation, but the dashboard's form had no box (a POST with one: 409) and a whole-draft remark has no
    merged view. The dashboard's form offers the merged view's box, with its check of the remark as the page showed it."""
    from conftest import csrf_of, drawn_fields

    english = "Overall, the members welcome the draft."
    (cid, _) = add_comment(store, "law@1", "gamma", "全文", stance="comment", reason=english)
    (zh_id, _) = add_comment(store, "law@1", "acme", "全文", stance="comment", reason="总体支持。")
    c = client("wang")
    page = c.get("/staff/d/law@1").text
    forms = re.findall(r"<form[^>]*/forward\".*?</form>", page, flags=re.S)
    assert [('name="translation"' in f, f'name="comment" value="{n}"' in f) for f, n in zip(forms, (cid, zh_id))] == [
        (True, True), (False, True)], forms
    r = post(c, "/staff/d/law@1", "/staff/d/law@1/forward", {"comment": str(cid), "forward": "1"})
    said = re.sub(r"<[^>]+>", "", c.get(r.headers["location"]).text)
    assert f"意见#{cid}不是以提交稿的语言写成，将按原文列入提交稿；如需译文，请点击该意见旁的“不列入提交稿”，再在出现的译文框中填写译文后点击“列入提交稿”。" in said
    assert post(c, "/staff/d/law@1", "/staff/d/law@1/forward", {"comment": str(cid), "forward": "0"}).status_code == 303
    # a page drawn before the member reworded the remark: refused, 409
    page = c.get("/staff/d/law@1").text
    from lawcomment.consultation import edit_comment

    edit_comment(store, cid, reason=english + " Thanks.", decisions=False)
    stale = {"csrf": csrf_of(page), **drawn_fields(page, "/staff/d/law@1/forward", {"comment": str(cid)}),
             "comment": str(cid), "forward": "1", "translation": "总体上，会员欢迎该草案。"}
    assert c.post("/staff/d/law@1/forward", data=stale, follow_redirects=False).status_code == 409
    r = post(c, "/staff/d/law@1", "/staff/d/law@1/forward", {"comment": str(cid), "forward": "1",
                                                             "translation": "总体上，会员欢迎该草案。"})  # fmt: skip
    assert r.status_code == 303 and r.headers["location"].endswith("#remarks")
    assert "有会员提出：总体上，会员欢迎该草案。" in c.get("/staff/d/law@1/export/md").text
    assert store.get_comment(cid).forwarded and english + " Thanks." in [v.data["body"] for v in store.revisions(cid)]


def test_a_carried_comment_that_no_longer_applies_says_so_once(client, store, tmp_path) -> None:
    """The trial's card read "State: no longer applies / no longer applies: reading 2 (v2) has no English…"."""
    from test_web_trial4 import _second_reading as rewritten
    from test_web_trial4 import _two_comments

    c = client("li")
    _two_comments(c)
    rewritten(store, tmp_path)
    for lang, word in (("zh", "已失效"), ("en", "no longer applies")):
        if lang == "en":
            post(c, "/d/law@2/mine", "/lang", {"lang": "en"})
        cells = re.findall(r'<td class="nowrap status"[^>]*>(.*?)</td>', c.get("/d/law@2/mine").text, flags=re.S)
        orphaned = [re.sub(r"<[^>]+>", "|", cell) for cell in cells if word in cell]
        assert len(orphaned) == 1 and f"{word}||{word}" not in orphaned[0] and f"{word}|{word}" not in orphaned[0], orphaned
        assert orphaned[0].strip("|").startswith(word + ("：" if lang == "zh" else ": ")), orphaned


def test_the_dashboards_bilingual_links_say_what_each_is(client, store, tmp_path) -> None:
    """The trial's dashboard offered 中英对照： docx · 中英对照表格 · md …: the first link read only "docx"."""
    from test_web_member import EN

    from lawcomment.consultation import add_translation_file

    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    add_translation_file(store, "law@1", tmp_path / "en.txt")
    page = client("wang").get("/staff/d/law@1").text.replace("law@1", "law%401")
    links = dict(re.findall(r'<a href="/staff/d/law%401/export/(\w+)\?lang=zh%2Ben">([^<]*)</a>', page))
    assert links["docx"] == "提交稿（Word，修订标记）" and all(label != name for name, label in links.items()), links


def test_a_refused_comments_page_names_the_form_page_for_the_address_bar(client) -> None:
    """After a refused comment the trial's address bar stayed on /a/art_12/comment: a reload would send it again.
    The page answering a form names the form's page; the app's script puts it in the address bar."""
    c = client("li")
    r = post(c, "/d/law@1/a/art_2", "/d/law@1/a/art_2/comment", {"at": "art_2__para_1", "stance": "amend",
                                                                 "proposal": "", "reason": "x"})  # fmt: skip
    assert r.status_code == 400 and '<meta name="lawcomment-page" content="/d/law@1/a/art_2">' in r.text, r.text
    assert "lawcomment-page" not in c.get("/d/law@1/a/art_2").text  # (a page read as itself names none)
    script = (Path(lawcomment_web.__file__).parent / "static" / "app.js").read_text(encoding="utf-8")
    assert 'history.replaceState(null, "", own.getAttribute("content"))' in script


@pytest.mark.parametrize(("zone", "lang", "said"), [
    ("Asia/Shanghai", "zh", "（UTC+8）"), ("Asia/Shanghai", "en", " (UTC+8)"), ("UTC", "zh", "（UTC）"),
    ("Asia/Kolkata", "zh", "（UTC+5:30）"), ("America/Caracas", "en", " (UTC-4)"),
])  # fmt: skip
def test_times_say_their_time_zone(db, zone, lang, said) -> None:  # type: ignore[no-untyped-def]
    """The trial's pages showed 12-07 18:22 while the command line's log said 10:22Z."""
    from conftest import sign_in
    from starlette.testclient import TestClient

    from lawcomment import open_store
    from lawcomment_web.app import create_app

    with open_store(db, "test") as store:
        entries(store)
        decide(store, "law@1", "art_1", choose="x1:1")
    c = sign_in(TestClient(create_app(db, timezone=zone), base_url="http://testserver"), "wang")
    c.cookies.set("lang", lang)
    by = re.search(r'<span class="muted decided-by">.*?title="([^"]+)">([^<]+)</span>', c.get(MERGED).text)
    assert by and by[1].endswith(said) and by[2] == by[1][5:], by


@pytest.mark.parametrize(("headers", "status"), [
    ({"origin": "https://evil.example"}, 403),
    ({"origin": "null"}, 403),  # (a sandboxed page's, or a local file's form)
    ({"origin": "http://testserver.evil.example"}, 403),
    ({"referer": "https://evil.example/page"}, 403),  # (no Origin: the Referer says it)
    ({"origin": "https://evil.example", "referer": "http://testserver/d/law@1/a/art_2"}, 403),
    ({"origin": "http://testserver"}, 303),
    ({"origin": "https://testserver"}, 303),  # (behind a proxy that ends TLS the app reads http)
    ({"referer": "http://testserver/d/law@1/a/art_2"}, 303),
    ({}, 303),  # (neither said: the token decides, as before)
])  # fmt: skip
def test_a_form_another_sites_page_sent_is_refused_even_with_a_valid_token(client, store, headers, status) -> None:
    """The trial's POST with a valid token and Origin: https://evil.example was accepted."""
    c = client("li")
    token = csrf_of(c.get("/d/law@1/a/art_2").text)
    r = c.post("/d/law@1/a/art_2/comment", data={"csrf": token, "at": "art_2", "stance": "comment", "reason": "来自何处"},
               headers=headers, follow_redirects=False)  # fmt: skip
    assert r.status_code == status, r.text
    assert len([x for x in store.comments("law@1") if x.body == "来自何处"]) == (status == 303)
    if status == 403:
        assert "此表单由其他网站的页面发出，未予处理；请在本站的页面上重新提交。" in r.text
    # staff's forms too, and the sign-in form
    if status == 403:
        s = client("wang")
        r = s.post("/staff/d/law@1/deadline", data={"csrf": csrf_of(s.get("/staff/d/law@1").text), "deadline": "2999-01-01"},
                   headers=headers, follow_redirects=False)  # fmt: skip
        assert r.status_code == 403 and store.get_draft("law@1").deadline == "2999-12-31"
        anon = client()
        r = anon.post("/signin", data={"csrf": csrf_of(anon.get("/signin").text), "login": "li", "password": "x" * 12,
                                       "next": "/"}, headers=headers, follow_redirects=False)  # fmt: skip
        assert r.status_code == 403
