"""A new user's trial of the web app (a consultation on 农业技术推广法 2012 and its 2024 reading, three
member companies and staff in chromium): what staff met, through the app as a browser sends it."""

from __future__ import annotations


def test_staff_see_the_dashboard_not_a_members_links_on_a_drafts_page(client) -> None:  # type: ignore[no-untyped-def]
    """Staff saw 本单位意见 (0), 下载意见反馈表 (a form for the secretariat) and the members' 总体意见 section with
    nothing under it; the dashboard link was small and last."""
    page = client("wang").get("/d/law@1").text
    head = page.split('<form method="get" class="search">')[0]
    assert '<a href="/staff/d/law%401" class="button">' in head
    assert "/d/law%401/mine" not in head and "/d/law%401/form.docx" not in head and 'id="remarks"' not in head
    # a member's page is as before
    member = client("li").get("/d/law@1").text
    assert "/d/law%401/mine" in member and "/d/law%401/form.docx" in member and 'id="remarks"' in member
    assert 'class="button"' not in member.split('<form method="get" class="search">')[0]


def test_staff_reading_an_article_are_not_told_their_company_has_no_comments(client) -> None:  # type: ignore[no-untyped-def]
    page = client("wang").get("/d/law@1/a/art_2").text
    assert 'id="comments"' not in page and "本单位尚未提出意见" not in page
    assert '<a href="/staff/d/law%401/a/art_2">' in page  # the merged view, where staff's work is
    assert 'id="comments"' in client("li").get("/d/law@1/a/art_2").text


def test_a_comments_kind_reads_as_a_word_in_english_not_a_command_lines_code(client, store) -> None:  # type: ignore[no-untyped-def]
    """The English merged view named a wording's kind "amend", the command line's code."""
    import re

    from lawcomment.consultation import add_comment

    cid, _ = add_comment(store, "law@1", "acme", "第二条第一款", propose="电子商务经营者应当依法及时办理市场主体登记。")
    staff = client("wang")
    staff.cookies.set("lang", "en")
    row = re.search(rf'<tr id="member-comment-{cid}">.*?</tr>', staff.get("/staff/d/law@1/a/art_2").text, flags=re.S)
    assert row is not None and "<td class=\"nowrap\">amendment</td>" in row[0] and ">amend<" not in row[0], row


def test_what_the_carry_said_stands_in_the_comments_own_row_on_its_companys_list(client, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """本单位意见 put what the carry said of a comment in a row of its own, which a phone showed as a card
    apart, framed by stray bullets (· 上一稿中委员会未采用这一措辞 ·)."""
    import re

    from conftest import LAW

    from lawcomment.consultation import add_comment, add_draft_file, carry_forward

    add_comment(store, "law@1", "acme", "第二条第一款", propose="电子商务经营者应当依法及时办理市场主体登记。")
    (tmp_path / "v2.txt").write_text(LAW.replace("依法办理", "依法及时办理"), encoding="utf-8")  # adopted
    add_draft_file(store, tmp_path / "v2.txt", "law", "2")
    carry_forward(store, "law@1", "law@2")
    page = client("li").get("/d/law@2/mine").text
    assert '<tr class="why">' not in page
    row = re.search(r"<tbody>\s*<tr>(.*?)</tr>", page, flags=re.S)
    assert row is not None and '<span class="why muted">' in row[1], page


def test_a_remark_on_the_whole_draft_is_edited_on_the_drafts_page(client, store) -> None:  # type: ignore[no-untyped-def]
    """A member's remark on the whole draft could be withdrawn but not corrected."""
    from conftest import post

    li = client("li")
    assert post(li, "/d/law@1", "/d/law@1/remark", {"stance": "comment", "reason": "总体上赞成"}).status_code == 303
    (remark,) = [c for c in store.comments("law@1") if c.anchor.eid is None]
    page = li.get("/d/law@1").text
    assert f'action="/comments/{remark.id}/edit"' in page
    r = post(li, "/d/law@1", f"/comments/{remark.id}/edit", {"reason": "总体上赞成，建议增加过渡期"})
    assert r.status_code == 303 and r.headers["location"].startswith("/d/law%401")  # type: ignore[attr-defined]
    assert store.get_comment(remark.id).body == "总体上赞成，建议增加过渡期"
    # another company's user has no such form, and cannot edit it
    assert f'action="/comments/{remark.id}/edit"' not in client("ann").get("/d/law@1").text
    assert post(client("ann"), "/d/law@1", f"/comments/{remark.id}/edit", {"reason": "x"}).status_code == 404  # type: ignore[attr-defined]
    assert store.get_comment(remark.id).body == "总体上赞成，建议增加过渡期"
