"""Pages as a member reading in English sees them when the draft has an English working text: the
draft called by its English title and each article by its English citation, the Chinese beside."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import post
from test_web_member import EN
from test_web_trial5 import _text

from lawcomment.consultation import add_translation_file


@pytest.fixture
def translated(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    add_translation_file(store, "law@1", tmp_path / "en.txt")


def _h1(html: str) -> str:
    found = re.search(r"<h1>(.*?)</h1>", html, flags=re.S)
    assert found is not None
    return _text(found[1]).strip()


@pytest.mark.usefixtures("translated")
def test_an_english_reader_sees_the_english_title_and_citations_beside_the_chinese(client) -> None:
    c = client("li")
    c.cookies.set("lang", "en")
    home = _text(c.get("/").text.split('<ul class="drafts">')[1])
    assert "Example E-Commerce Law (Draft) 示例电子商务法（草案）" in home
    draft = c.get("/d/law@1").text
    assert _h1(draft) == "Example E-Commerce Law (Draft) 示例电子商务法（草案）"
    assert "<title>Example E-Commerce Law (Draft) · lawcomment</title>" in draft
    article = c.get("/d/law@1/a/art_2").text
    assert _h1(article) == "Article 2 第二条"
    assert '<span lang="en">Article 2</span> <span class="muted" lang="zh">第二条</span>' in article
    assert '<p class="crumbs"><a href="/d/law%401">Example E-Commerce Law (Draft)</a>' in article
    mine = c.get("/d/law@1/mine").text
    assert '<p class="crumbs"><a href="/d/law%401">Example E-Commerce Law (Draft)</a></p>' in mine
    staff = client("wang")
    staff.cookies.set("lang", "en")
    assert _h1(staff.get("/staff/d/law@1/a/art_3").text) == "Merged view: Article 3 第三条"
    assert _h1(staff.get("/staff/d/law@1").text) == "Dashboard: Example E-Commerce Law (Draft)"


@pytest.mark.usefixtures("translated")
def test_a_chinese_reader_sees_the_chinese_titles_as_before(client) -> None:
    c = client("li")
    c.cookies.set("lang", "zh")
    assert _h1(c.get("/d/law@1").text) == "示例电子商务法（草案）"
    assert _h1(c.get("/d/law@1/a/art_2").text) == "第二条"
    assert "Example E-Commerce Law" not in c.get("/").text


def test_without_an_english_text_the_english_reader_sees_the_chinese_titles(client) -> None:
    """The draft's title as the law gives it (there is no English one); its article called as the
    page's forms and cards call it, the Chinese beside (a trial read Article 43(2) in the forms under
    a heading of 第四十三条 alone)."""
    c = client("li")
    c.cookies.set("lang", "en")
    assert _h1(c.get("/d/law@1").text) == "示例电子商务法（草案）"
    assert _h1(c.get("/d/law@1/a/art_2").text) == "Article 2 第二条"
    assert '<span lang="en">' not in c.get("/").text.split('<ul class="drafts">')[1]


@pytest.mark.usefixtures("translated")
def test_the_adoption_page_says_which_wordings_of_the_translation_it_does_not_judge(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 对外贸易法) A member's English wording was missing from the adoption page, unsaid."""
    from conftest import LAW

    from lawcomment import add_comment
    from lawcomment.consultation import add_draft_file, carry_forward

    (cid, _) = add_comment(store, "law@1", "acme", "art_4", lang="en",
                           propose="This Law shall come into force on 1 January 2027.")  # fmt: skip
    (tmp_path / "law2.txt").write_text(LAW.replace("本法自公布之日起施行", "本法自2027年1月1日起施行"), encoding="utf-8")
    add_draft_file(store, tmp_path / "law2.txt", "law", "2")
    carry_forward(store, "law@1", "law@2")
    s = client("wang")
    said = _text(s.get("/staff/d/law@2/adoption").text)
    # (the company named as the page names it, never by the store's id)
    org = store.get_member("acme").org or "acme"
    assert f"未判断：1条对英文译本的修改措辞（#{cid} {org}，第四条）：本报告只比对法律正文，请对照新版本的译本核对" in said, said
    assert "会员修改建议（0）" in said  # (its count in full-width brackets, as every Chinese heading's: the demo read 会员修改建议 (10))
    assert "(no group)" not in said
    s.cookies.set("lang", "en")
    said = _text(s.get("/staff/d/law@2/adoption").text)
    assert (f"not judged: 1 wording(s) of the English translation (#{cid} {org} on Article 4): the report compares the "
            "law's own text; check them against the new version's translation") in said, said
    assert "Members' proposals (0)" in said


@pytest.mark.usefixtures("translated")
def test_the_merged_view_lists_a_wording_of_the_translation_to_review_as_the_dashboard_counts_it(client, store) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 对外贸易法) The dashboard said 第二条 1项待审查 (a member's English wording, unanswered) and the
    merged view 待审查：—. Both list it, until the committee gives its English wording."""
    from lawcomment import add_comment
    from lawcomment.consultation import decide_translation

    (cid, _) = add_comment(store, "law@1", "acme", "art_4", lang="en",
                           propose="This Law shall come into force on 1 January 2027.")  # fmt: skip
    s = client("wang")
    assert "第四条 1项待审查" in _text(s.get("/staff/d/law@1").text)
    assert f"待审查：#{cid}（英文译本措辞）" in _text(s.get("/staff/d/law@1/a/art_4").text)
    s.cookies.set("lang", "en")
    assert f"Unreviewed: #{cid} (English wording)" in _text(s.get("/staff/d/law@1/a/art_4").text)
    decide_translation(store, store.get_draft("law@1"), "art_4", from_comment=cid)
    s.cookies.set("lang", "zh")
    assert "待审查：—" in _text(s.get("/staff/d/law@1/a/art_4").text)


def test_an_english_wording_the_committee_took_stays_decided_at_the_next_reading(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 对外贸易法) Staff took a member's English wording; at the next reading its carried copy read
    "open", with 修改 and 撤回, and the member's edit saved unseen by staff. The copy is decided as its original was;
    and the card says where it was carried after 委员会已决定 with a ·, never a colon that read the carry as the
    committee's decision."""
    from conftest import LAW

    from lawcomment import add_comment
    from lawcomment.consultation import add_draft_file, carry_forward, decide_translation

    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    add_translation_file(store, "law@1", tmp_path / "en.txt")
    (cid, _) = add_comment(store, "law@1", "acme", "art_4", lang="en",
                           propose="This Law shall come into force on 1 January 2027.")  # fmt: skip
    decide_translation(store, store.get_draft("law@1"), "art_4", from_comment=cid)
    # the next reading: a new article before 第四条, which becomes 第五条 (Article 5)
    law2 = LAW.replace("第四条　本法自公布之日起施行。", "第四条　国家鼓励发展电子商务。\n第五条　本法自公布之日起施行。")
    (tmp_path / "law2.txt").write_text(law2, encoding="utf-8")
    add_draft_file(store, tmp_path / "law2.txt", "law", "2")
    en2 = EN.replace("Article 4 This Law", "Article 4 The State encourages e-commerce.\nArticle 5 This Law")
    (tmp_path / "en2.txt").write_text(en2, encoding="utf-8")
    add_translation_file(store, "law@2", tmp_path / "en2.txt")
    carry_forward(store, "law@1", "law@2")
    (copy,) = [c for c in store.comments("law@2") if c.origin == cid]
    assert copy.anchor.eid == "art_5"
    li = client("li")
    page = li.get("/d/law@2/a/art_5").text
    card = page[page.index(f'id="c{copy.id}"'):]
    card = _text(card[:card.index("</li>") if "</li>" in card else 2000])
    assert "委员会已采纳 · 已延续至第五条（原第四条）" in card, card
    assert post(li, "/d/law@2/a/art_5", f"/comments/{copy.id}/edit",
                {"proposal": "This Law shall come into force on 1 July 2027."}).status_code == 409  # fmt: skip
    assert store.get_comment(copy.id).proposed_text == "This Law shall come into force on 1 January 2027."
    # staff on the last reading's merged view are sent to the article where the next reading has it (a trial's link
    # went to that reading's dashboard)
    old_view = client("wang").get("/staff/d/law@1/a/art_4").text
    assert '<a href="/staff/d/law%402/a/art_5">前往第二稿（v2）的第五条</a>' in old_view, old_view


@pytest.mark.usefixtures("translated")
def test_an_article_the_committee_deletes_shows_its_english_struck_through_not_a_box_to_reword(client, store) -> None:  # type: ignore[no-untyped-def]
    """(left from a web trial of 对外贸易法) Staff accepted the deletion of 第四条; the English wording box under it
    still held Article 4's English to reword, though the submission strikes it through with the Chinese. The box
    shows it struck, and says so; undone, the box is back."""
    from lawcomment import add_comment
    from lawcomment.consultation import decide, draft_positions

    add_comment(store, "law@1", "acme", "art_4", stance="delete", reason="与第一条重复")
    s = client("wang")
    box = 'name="action" value="text_en"'
    assert box in s.get("/staff/d/law@1/a/art_4").text
    ((change,),) = (p.changes for p in draft_positions(store, "law@1", "art_4"))
    decision = decide(store, "law@1", "art_4", accept=change.change.id)
    page = s.get("/staff/d/law@1/a/art_4").text
    assert box not in page
    said = _text(page)
    assert "本条删除：英文译本随之删除，在提交稿中以删除线显示。" in said
    assert '<del lang="en">This Law shall come into force on the date of its promulgation.</del>' in page
    s.cookies.set("lang", "en")
    assert "The article is deleted: its English goes out struck through with it." in _text(s.get("/staff/d/law@1/a/art_4").text)
    store.revoke_decision(decision.id)
    assert box in s.get("/staff/d/law@1/a/art_4").text


@pytest.mark.usefixtures("translated")
def test_keeping_the_english_as_it_is_turns_a_members_english_wording_down_and_sends_nothing(client, store) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 网络安全法) Staff answered a member's English wording by saving the English unchanged: the member's
    card read "Superseded by the committee's wording" and the bilingual letter printed the article unchanged with no
    reason. The box says what saving it unchanged does; the card reads 未采纳; the letter lists no such article."""
    from conftest import post

    from lawcomment import add_comment

    (cid, _) = add_comment(store, "law@1", "acme", "art_4", lang="en",
                           propose="This Law shall come into force on 1 January 2027.")  # fmt: skip
    s = client("wang")
    merged = "/staff/d/law@1/a/art_4"
    assert "保存下框中的英文原文不变，即为不采纳" in _text(s.get(merged).text)
    r = post(s, merged, f"{merged}/decide", {"action": "text_en", "value": "This Law shall come into force on the date of "
                                                                          "its promulgation."})  # fmt: skip
    assert r.status_code == 303
    assert "保存下框中的英文原文不变" not in _text(s.get(merged).text)
    store.set_deadline("law@1", "2020-01-01")  # (what the committee made of each comment: shown after the deadline)
    page = client("li").get("/d/law@1/a/art_4").text
    card = _text(page.split(f'id="comment-{cid}"')[1].split("</li>")[0]) if f'id="comment-{cid}"' in page else _text(page)
    assert "已由委员会建议条文取代" not in card and "不采纳" in card, card
    letter = s.get("/staff/d/law@1/export/md", params={"lang": "zh+en"}).text
    assert "第四条" not in letter and "Article 4" not in letter


def test_an_article_a_partial_translation_leaves_out_says_so_to_an_english_reader(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 网络安全法) The English text stopped at Article 15; from Article 16 on the pages turned Chinese
    unsaid, and an English wording typed there was refused naming Article 15. The page says the article has no English
    working text, and how to comment; an English wording is refused saying so, in the page's language."""
    from conftest import post

    partial = EN.split("Article 4 ")[0]  # (Articles 1 to 3: 第四条 has no English)
    (tmp_path / "en.txt").write_text(partial, encoding="utf-8")
    add_translation_file(store, "law@1", tmp_path / "en.txt")
    c = client("li")
    c.cookies.set("lang", "en")
    assert "The English working text does not cover this article" in _text(c.get("/d/law@1/a/art_4").text)
    assert "does not cover this article" not in _text(c.get("/d/law@1/a/art_2").text)
    c.cookies.set("lang", "zh")
    r = post(c, "/d/law@1/a/art_4", "/d/law@1/a/art_4/comment", {"at": "art_4", "stance": "amend",
                                                                   "proposal": "This Law shall take effect on 1 July."})  # fmt: skip
    assert r.status_code == 400
    assert "修改建议是用英文写的，但英文工作译本不含第四条：请用中文（草案的语言）写出修改后的条文，或把建议作为意见写在理由中" in _text(r.text)


@pytest.mark.usefixtures("translated")
def test_a_new_provision_proposed_in_english_is_given_in_chinese_on_the_merged_view(client, store) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 优化营商环境条例) A member's new article typed in English showed on the merged view as a
    redline striking the whole English article, with no button, an untranslated command-line hint on the
    Chinese page; the dashboard never listed it, and it went out in no submission. It waits on the dashboard
    and the page, which asks staff for its Chinese wording; given, it is a new unit to accept."""
    from lawcomment import add_comment

    text = "Operators shall publish their complaint statistics every year."
    (cid, _) = add_comment(store, "law@1", "acme", "art_4", lang="en", stance="insert", propose=text)
    s = client("wang")
    assert "第四条 1项待审查" in _text(s.get("/staff/d/law@1").text)
    page = s.get("/staff/d/law@1/a/art_4").text
    assert f"待审查：#{cid}（英文译本措辞）" in _text(page)
    assert '<del' not in page.split(f'id="member-comment-{cid}"')[1].split("</tr>")[0]  # (the English article is not struck)
    assert "该新增条文以英文提出，不会出现在任何提交稿中。请给出其中文措辞" in page
    assert "comment add --stance insert" not in page and "意见#%d在英文译本" % cid in _text(page)
    assert "lawcomment comment translate" not in page and f"在下方“意见”中意见#{cid}下的框中给出" in page
    url = "/staff/d/law@1/a/art_4/translate"
    refused = post(s, "/staff/d/law@1/a/art_4", url, {"comment": str(cid), "text": "Operators shall publish it."})
    assert refused.status_code == 400 and "Operators shall publish it." in refused.text  # (what was typed, given back)
    stale = post(s, "/staff/d/law@1/a/art_4", url, {"comment": str(cid), "text": "经营者应当每年公布投诉处理情况。",
                                                    "seen": "0"})  # fmt: skip
    assert stale.status_code == 409 and "经营者应当每年公布投诉处理情况。" in stale.text
    no_token = s.post(url, data={"comment": str(cid), "text": "经营者应当每年公布投诉处理情况。"}, follow_redirects=False)
    assert no_token.status_code == 403
    done = post(s, "/staff/d/law@1/a/art_4", url, {"comment": str(cid), "text": "经营者应当每年公布投诉处理情况。"})
    assert done.status_code == 303 and done.headers["location"].endswith(f"?done=translated#member-comment-{cid}")
    page = _text(s.get("/staff/d/law@1/a/art_4?done=translated").text)
    assert "已给出该新增条文的中文措辞，现可在上方决定采纳或不采纳。" in page and "n1" in page
    assert store.get_comment(cid).proposed_text == "经营者应当每年公布投诉处理情况。" and store.get_comment(cid).lang == ""
    # (a stranger's review) its member's card shows staff's Chinese as staff's, their own words beside it; and the
    # member's last activity is still their own
    card = client("li").get("/d/law@1/a/art_4").text.split(f'id="c{cid}"')[1].split("</article>")[0]
    assert "协会工作人员已将此新增条文译为中文（见下）；贵单位的原文：" in card and text in card, card
    assert store.get_comment(cid).updated == store.get_comment(cid).created
    member = client("li")  # (a member never reaches it)
    assert post(member, "/d/law@1", url, {"comment": str(cid), "text": "经营者应当公布。", "seen": "x"}).status_code == 403


def test_a_notice_is_said_only_for_a_change_a_page_made(client) -> None:
    """(a security review) ``?done=`` named any message of the interface: the session-ended banner
    showed on a working page. Only the notices a change leads to are said."""
    s = client("wang")
    assert "您的登录已失效" not in s.get("/staff/d/law@1?done=session_ended").text
    assert 'data-done="decided"' in s.get("/staff/d/law@1?done=decided").text


@pytest.mark.usefixtures("translated")
def test_english_typed_in_the_chinese_box_is_said_in_the_pages_language_without_the_command_line(client, store) -> None:  # type: ignore[no-untyped-def]
    """(a web trial) A Chinese page said "the proposal is written in English: recorded as a wording of the English
    translation, as with --lang en", and an English one the same, the command line's option and all."""
    text = "This Law shall come into force on 1 January 2027."
    for lang, said in (("zh", "建议条文为英文：已作为对英文工作译本的措辞建议记录"),
                       ("en", "The proposal is written in English: recorded as a wording of the English translation<")):  # fmt: skip
        c = client("li" if lang == "zh" else "ann")
        c.cookies.set("lang", lang)
        r = post(c, "/d/law@1/a/art_4", "/d/law@1/a/art_4/comment", {"at": "art_4", "stance": "amend", "proposal": text})
        assert r.status_code == 303
        page = c.get(r.headers["location"]).text
        assert said in page and "--lang" not in page, page


@pytest.mark.usefixtures("translated")
def test_the_english_left_behind_or_apart_is_said_where_it_is_worded_and_on_the_dashboard(client, store) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 优化营商环境条例) The English box kept the old English under a Chinese the committee changed, and
    the English wording's numbers disagreed with the Chinese's: only the bilingual Word file and the command line said
    so. The merged view says both; the dashboard lists the articles whose numbers disagree."""
    from lawcomment import add_comment
    from lawcomment.consultation import decide, decide_translation

    add_comment(store, "law@1", "acme", "art_2__para_1", propose="电子商务经营者应当依法及时办理市场主体登记。")
    decide(store, "law@1", "art_2", accept="c1")
    s = client("wang")
    assert "本条中文将按委员会的决定修改，英文尚无委员会措辞" in s.get("/staff/d/law@1/a/art_2").text
    decide(store, "law@1", "art_4", text="本法自2027年1月1日起施行。")
    decide_translation(store, store.get_draft("law@1"), "art_4", text="This Law shall come into force on 1 January 2028.")
    page = _text(s.get("/staff/d/law@1/a/art_4").text)
    assert "委员会的英文措辞与将提交的中文数字、日期或条文引用不一致（2027仅见中文；2028仅见英文）" in page, page
    assert "本条中文将按委员会的决定修改" not in page
    board = _text(s.get("/staff/d/law@1").text)
    assert "以下1条委员会英文措辞与将提交的中文数字、日期或条文引用不一致，请核对： 第四条" in board, board


@pytest.mark.usefixtures("translated")
def test_an_english_dashboard_names_articles_and_chapters_in_english(client, store) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 优化营商环境条例) The staff dashboard in English listed 第五条, 第十三条… and 第一章 总则, where the members'
    pages say Article 5: named in the page's language, as the English text names them."""
    from lawcomment import add_comment

    add_comment(store, "law@1", "acme", "art_2__para_1", propose="电子商务经营者应当依法及时办理市场主体登记。")
    s = client("wang")
    s.cookies.set("lang", "en")
    board = _text(s.get("/staff/d/law@1").text)
    assert "Article 2 1 to review" in board and "第二条" not in board, board
    assert "Chapter I General Provisions" in board and "第一章" not in board
    s.cookies.set("lang", "zh")
    assert "第二条 1项待审查" in _text(s.get("/staff/d/law@1").text)


@pytest.mark.usefixtures("translated")
def test_a_members_english_wording_carried_to_a_reading_without_english_says_it_waits(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a web trial of 畜牧法) Kept aside until the new reading has its translation, the member's card read the
    generic 新稿已改写该条款…已不适用: it says what it waits for."""
    from conftest import LAW

    from lawcomment import add_comment
    from lawcomment.consultation import add_draft_file, carry_forward

    add_comment(store, "law@1", "acme", "art_4", lang="en", propose="This Law shall come into force on 1 January 2027.")
    (tmp_path / "law2.txt").write_text(LAW.replace("本法自公布之日起施行", "本法自2027年1月1日起施行"), encoding="utf-8")
    add_draft_file(store, tmp_path / "law2.txt", "law", "2")
    carry_forward(store, "law@1", "law@2")
    store.set_deadline("law@2", "2999-12-31")
    (carried,) = [c for c in store.comments("law@2") if c.member == "acme" and c.lang == "en"]
    assert str(carried.status) == "orphaned"
    c = client("li")
    mine = _text(c.get("/d/law@2/mine").text)
    assert "第二稿（v2）尚无英文译本：本单位对英文译本的修改建议已保留，译本加入后即移至译本上" in mine, mine
    assert "本单位的修改建议已不适用" not in mine
    c.cookies.set("lang", "en")
    mine = _text(c.get("/d/law@2/mine").text)
    assert "has no English translation yet: your company's wording of the English text is kept" in mine


@pytest.mark.usefixtures("translated")
def test_staff_move_a_comment_on_the_english_text_its_wording_re_based(client, store) -> None:
    """(a web trial of 会计法) The merged view had no 移至 for a comment on the English text, and the core refused to
    move one: an English member's wording left on an article the next reading gave other words stayed there. It
    moves as a Chinese comment does, its changes re-applied to the English the translation gives the unit it goes
    to; one whose changed words that unit's English lacks is refused in the page's language, nothing moved."""
    from lawcomment import add_comment

    (cid, _) = add_comment(store, "law@1", "acme", "art_2__para_1", lang="en",
                           propose="Online operators shall register as market entities in accordance with law.")  # fmt: skip
    s = client("wang")
    merged = "/staff/d/law@1/a/art_2"
    page = s.get(merged).text
    assert f'name="comment" value="{cid}"><input type="hidden" name="seen"' in page.split("/staff/d/law%401/a/art_2/move")[1]
    r = post(s, merged, f"{merged}/move", {"comment": str(cid), "at": "第二条第二款"})
    assert r.status_code == 400, r.text  # type: ignore[attr-defined]
    assert f"意见#{cid}的措辞所改动的第二条第一款译文文字，第二条第二款的译文中没有：请在该处重新给出措辞" in _text(r.text)  # type: ignore[attr-defined]
    assert store.get_comment(cid).anchor.eid == "art_2__para_1" and store.revisions(cid) == []
    r = post(s, merged, f"{merged}/move", {"comment": str(cid), "at": "第三条"})
    assert r.status_code == 303, r.text  # type: ignore[attr-defined]
    moved = store.get_comment(cid)
    assert (moved.anchor.eid, moved.lang) == ("art_3", "en")
    assert moved.proposed_text == ("Online operators shall perform the following obligations:\n(1) publish their "
                                   "business licence information;\n(2) protect consumers' personal information.")  # fmt: skip
    said = _text(s.get(r.headers["location"]).text)  # type: ignore[attr-defined]
    assert f"意见#{cid}的译文措辞已移至第三条的译文上：「Online operators shall perform" in said, said


@pytest.mark.usefixtures("translated")
def test_a_replaced_readings_wording_cards_say_where_to_word_it_not_to_edit_them_here(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a web trial) On a reading a later one replaced, the committee's English wording card said "To word it, edit it
    here and save." (如需英文措辞，请在此修改后保存) above a box whose controls were disabled, and the wording card and its
    reason invited an edit alike. There each says what holds and that it is done on the later reading."""
    import time

    from conftest import LAW

    from lawcomment import add_comment
    from lawcomment.consultation import add_draft_file, carry_forward, decide, draft_positions

    add_comment(store, "law@1", "acme", "art_2__para_1", propose="电子商务经营者应当依法及时办理市场主体登记。")
    add_comment(store, "law@1", "beta", "art_2__para_2", propose="个人销售自产农副产品的，不需要办理登记。")
    add_comment(store, "law@1", "gamma", "art_2__para_1", lang="en",
                propose="E-commerce operators shall promptly register as market entities in accordance with law.")
    (pos,) = draft_positions(store, "law@1", "art_2")
    decide(store, "law@1", "art_2", accept=pos.changes[0].change.id)  # (c1 accepted, c2 left undecided)
    # a committee reason an undo left behind, on 第四条 (undone in a later second: surely given beside the decision)
    add_comment(store, "law@1", "acme", "art_4", propose="本法自2027年1月1日起施行。")
    ((change,),) = (p.changes for p in draft_positions(store, "law@1", "art_4"))
    decision = decide(store, "law@1", "art_4", accept=change.change.id)
    store.set_committee_reason("law@1", "art_4", "给予过渡期。")
    time.sleep(1.1)
    store.revoke_decision(decision.id)
    s = client("wang")
    live = {eid: _text(s.get(f"/staff/d/law@1/a/{eid}").text) for eid in ("art_2", "art_4")}
    assert "如需英文措辞，请在此修改后保存。" in live["art_2"] and "采用其一请点该意见旁的「采用此英文措辞」" in live["art_2"]
    assert "改动后保存，框中文字即成为委员会措辞" in live["art_2"] and "点击“重新给出此理由”或修改后保存" in live["art_4"]
    assert "注意：框中为采纳全部修改建议后的文字" in _text(s.get("/staff/d/law@1/a/art_2?box=all").text)
    (tmp_path / "law2.txt").write_text(LAW, encoding="utf-8")
    add_draft_file(store, tmp_path / "law2.txt", "law", "2")
    carry_forward(store, "law@1", "law@2")
    said = {"zh": ["本条中文将按委员会的决定修改，英文尚无委员会措辞：中英对照提交稿中英文照原文印出，并注明“修改仅见中文文本”。"
                   "本稿已由第二稿（v2）取代，不能在此修改：英文措辞请在第二稿（v2）上给出。",
                   "会员的英文措辞尚待答复：本稿已由第二稿（v2）取代，不能在此答复；意见已转入第二稿（v2），请在那里答复。",
                   "框中为草案原文，已含委员会已采纳的修改；尚未审查的修改（c2）未计入。本稿已由第二稿（v2）取代，不能在此修改："
                   "请在第二稿（v2）上决定。",
                   "（本稿已由第二稿（v2）取代：委员会理由请在第二稿（v2）上给出）"],
            "en": ["The Chinese of this article changes as the committee decided, and the English has no committee "
                   "wording: the bilingual submission prints the English as it is, noting \"The proposed change is given "
                   "in the Chinese text only.\" This reading has been replaced by reading 2 (v2), so nothing is worded "
                   "here: give the English wording on reading 2 (v2).",
                   "Members' English wordings wait for an answer: this reading has been replaced by reading 2 (v2), so "
                   "none is answered here; the comments went over to reading 2 (v2): answer them there.",
                   "The box holds the draft's text with the changes the committee accepted; changes not yet reviewed (c2) "
                   "are not in it. This reading has been replaced by reading 2 (v2), so nothing is edited here: decide on "
                   "reading 2 (v2).",
                   " (this reading has been replaced by reading 2 (v2): give the committee's reason on reading 2 (v2))",
                   # (the banner above opens a sentence: it read "reading 2 (v2) replaced this reading")
                   "This reading has been replaced by reading 2 (v2): the committee decides on reading 2 (v2)"]}
    invites = {"zh": ["请在此修改后保存", "采用其一请点", "改动后保存", "修改后保存", "改为从全部修改建议开始"],
               "en": ["edit it here and save", "take one with", "Edited and saved", "edit it and save",
                      "Start from every proposal"]}
    for lang in ("zh", "en"):
        s.cookies.set("lang", lang)
        page = "".join(_text(s.get(f"/staff/d/law@1/a/{eid}").text) for eid in ("art_2", "art_4"))
        assert all(words in page for words in said[lang]), (lang, [w for w in said[lang] if w not in page], page)
        assert not any(words in page for words in invites[lang]), (lang, [w for w in invites[lang] if w in page])
    # nor is the box started from every proposal there (its warning says saving it edited adopts them)
    s.cookies.set("lang", "zh")
    assert "注意：框中为采纳全部修改建议后的文字" not in _text(s.get("/staff/d/law@1/a/art_2?box=all").text)
