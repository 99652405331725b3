"""A new user's trial of the web app (a consultation on an amendment of 劳动合同法, four member
companies and staff in chromium): what a member and staff met, each through the app as a browser sends it."""

from __future__ import annotations

import re

from conftest import post
from test_web_trial5 import _card, _text

from lawcomment.consultation import add_comment
from lawcomment_web.pages import seen_of


def test_a_remark_staff_put_in_the_submission_is_no_longer_its_members_to_change(client, store) -> None:
    """A trial: a member rewrote a remark staff had forwarded (its card still offered 编辑; a forged POST
    with the page's token and digest changed a whole-draft one), and the new words went out in the
    submission unseen. Forwarded, a remark is staff's: no edit or withdraw offered, either refused (409)
    in the member's words, nothing changed; kept internal again, it is the member's once more."""
    li = client("li")
    on_article, _ = add_comment(store, "law@1", "acme", "art_2", stance="comment", reason="建议明确登记机关。")
    r = post(li, "/d/law@1", "/d/law@1/remark", {"stance": "comment", "reason": "总体赞成本法。"})
    assert r.status_code == 303  # type: ignore[attr-defined]
    whole = next(c.id for c in store.comments("law@1") if c.anchor.eid is None)
    s = client("wang")
    for cid in (on_article, whole):
        assert post(s, "/staff/d/law@1", "/staff/d/law@1/forward", {"comment": str(cid), "forward": "1"}).status_code == 303  # type: ignore[attr-defined]
    said = "秘书处已将这条意见列入提交稿，不能再修改或撤回；如需更改，请联系秘书处。"
    card = _card(li.get("/d/law@1/a/art_2").text, on_article)
    assert said in _text(card) and "/edit" not in card and "/withdraw" not in card
    draft_page = li.get("/d/law@1").text
    assert said in _text(_card(draft_page, whole)) and f"/comments/{whole}/withdraw" not in draft_page
    for cid, page in ((on_article, "/d/law@1/a/art_2"), (whole, "/d/law@1")):
        seen = seen_of(store.get_comment(cid))
        r = post(li, page, f"/comments/{cid}/edit", {"reason": "反对本法全部内容。", "proposal": "", "seen": seen})
        assert r.status_code == 409 and said in _text(r.text), r.status_code  # type: ignore[attr-defined]
        r = post(li, page, f"/comments/{cid}/withdraw", {"seen": seen})
        assert r.status_code == 409 and said in _text(r.text)  # type: ignore[attr-defined]
        c = store.get_comment(cid)
        assert str(c.status) == "open" and c.forwarded and "反对" not in (c.body or "")
    # kept internal again: the member's to change
    assert post(s, "/staff/d/law@1", "/staff/d/law@1/forward", {"comment": str(on_article), "forward": "0"}).status_code == 303  # type: ignore[attr-defined]
    card = _card(li.get("/d/law@1/a/art_2").text, on_article)
    assert said not in _text(card) and f"/comments/{on_article}/edit" in card
    li.cookies.set("lang", "en")
    assert "The association's staff have put this remark in the submission" in _text(_card(li.get("/d/law@1").text, whole))


def test_staff_forward_a_remark_on_an_article_from_its_merged_view(client, store) -> None:
    """A trial found no way in the browser to forward a member's remark on an article (only the whole
    draft's, on the dashboard), nor any sign on the staff page of one forwarded at the command line."""
    cid, _ = add_comment(store, "law@1", "acme", "art_2", stance="comment", reason="建议明确登记机关。")
    s = client("wang")
    page = "/staff/d/law@1/a/art_2"
    r = post(s, page, "/staff/d/law@1/forward", {"comment": str(cid), "forward": "1", "from": "article"})
    assert r.status_code == 303 and r.headers["location"] == f"/staff/d/law%401/a/art_2?done=forward_done_article#member-comment-{cid}"  # type: ignore[attr-defined]
    assert store.get_comment(cid).forwarded
    shown = s.get(r.headers["location"]).text  # type: ignore[attr-defined]
    row = re.search(rf'<tr id="member-comment-{cid}">.*?</tr>', shown, flags=re.S)
    assert row is not None and "已列入提交稿" in _text(row[0]) and "不列入提交稿" in _text(row[0])
    assert "已列入提交稿，随本条的修改意见一并提交。" in _text(shown)
    r = post(s, page, "/staff/d/law@1/forward", {"comment": str(cid), "forward": "0", "from": "article"})
    assert r.status_code == 303 and not store.get_comment(cid).forwarded  # type: ignore[attr-defined]


def test_the_tracking_sheet_says_a_forwarded_remark_is_in_the_submission(client, store) -> None:
    """A trial's tracking.csv read 待处理 for remarks staff had forwarded, as the member's card no longer does."""
    cid, _ = add_comment(store, "law@1", "acme", "art_2", stance="comment", reason="建议明确登记机关。")
    s = client("wang")
    assert post(s, "/staff/d/law@1", "/staff/d/law@1/forward", {"comment": str(cid), "forward": "1"}).status_code == 303  # type: ignore[attr-defined]
    sheet = s.get("/staff/d/law@1/export/csv").content.decode("utf-8-sig")
    (row,) = [line for line in sheet.splitlines() if line.startswith(f"{cid},")]
    assert ",已列入提交稿," in row and "待处理" not in row, row


def test_a_change_staff_turned_down_stays_turned_down_under_their_wording(client, store) -> None:
    """A trial: staff rejected a deletion, then wrote the committee's wording of the article; the merged
    view, the member's card after the deadline and the tracking sheet said the wording took its place,
    where the command line's merge said rejected."""
    from lawcomment.consultation import decide

    first = "电子商务经营者应当依法办理市场主体登记。"
    cid, _ = add_comment(store, "law@1", "acme", "art_2__para_1", propose=first.replace("依法", ""))
    decide(store, "law@1", "art_2", reject="c1")
    s = client("wang")
    assert post(s, "/staff/d/law@1/a/art_2", "/staff/d/law@1/a/art_2/decide",
                {"action": "text", "value": first.replace("登记。", "登记手续。")}).status_code == 303  # type: ignore[attr-defined]
    assert [d.action for d in store.decisions("law@1")] == ["reject", "text"]
    merged = s.get("/staff/d/law@1/a/art_2").text
    assert "不采纳" in _text(merged.split('<td class="state"', 1)[1].split("</td>", 1)[0]), merged
    sheet = s.get("/staff/d/law@1/export/csv").content.decode("utf-8-sig")
    (row,) = [line for line in sheet.splitlines() if line.startswith(f"{cid},")]
    assert "c1 不采纳（决定#1）" in row and "被委员会最终措辞取代" not in row, row


def test_a_conflict_names_the_members_who_support_the_drafts_wording_beside_keeping_it(client, store) -> None:
    """Staff weigh a conflict's alternatives against keeping the draft's words, and the page named who
    asked each alternative but not who supported the words as drafted. A support of the article, or of
    the 款 the conflict lies in, is named beside 保留草案原文; one of another 款, or by a member who also
    proposes a wording of the article, is not."""
    for member, text in (("acme", "电子商务经营者应当依法及时办理市场主体登记。"), ("beta", "电子商务经营者应当依法尽快办理市场主体登记。")):
        add_comment(store, "law@1", member, "art_2__para_1", stance="amend", propose=text)
    add_comment(store, "law@1", "gamma", "art_2", stance="support", reason="现行规定合理。")
    add_comment(store, "law@1", "acme", "art_2", stance="support", reason="支持。")  # (a proposer: not counted)
    s = client("wang")
    page = s.get("/staff/d/law@1/a/art_2").text
    conflict = re.search(r'<div class="card conflict" id="x1">.*?</div>', page, flags=re.S)
    assert conflict is not None, page
    assert "支持草案原文的会员：Gamma Co." in _text(conflict[0])
    assert "ACME" not in _text(conflict[0]).split("支持草案原文的会员")[1]
    s.cookies.set("lang", "en")
    assert "Members supporting the draft's wording: Gamma Co." in _text(s.get("/staff/d/law@1/a/art_2").text)


def test_a_change_names_the_members_who_support_the_drafts_words_it_changes(client, store) -> None:
    """(a web trial of 网络安全法) Two companies asked 六 → 三 (c1); a third supported 六个月 in so many words. Its support
    showed only far below, in the comments: staff could accept c1 without seeing the objection. It is named beside
    the change; a support of words the change leaves alone is not."""
    for member in ("acme", "beta"):
        add_comment(store, "law@1", member, "art_2__para_1", stance="amend", propose="电子商务经营者应当依法及时办理市场主体登记。")
    add_comment(store, "law@1", "gamma", "art_2__para_1", stance="support", quote="依法办理", reason="现行规定合理。")
    page = client("wang").get("/staff/d/law@1/a/art_2").text
    row = re.search(r'<tr id="c1">.*?</tr>', page, flags=re.S)
    assert row is not None, page
    assert "支持草案原文的会员：Gamma Co." in _text(row[0])
    from lawcomment import Member

    store.add_member(Member("delta", "Delta AG", ""))
    add_comment(store, "law@1", "delta", "art_2__para_1", stance="support", quote="市场主体登记", reason="支持。")
    add_comment(store, "law@1", "delta", "art_2__para_2", stance="support", reason="支持免于登记。")
    page = client("wang").get("/staff/d/law@1/a/art_2").text
    assert "Delta" not in _text(re.search(r'<tr id="c1">.*?</tr>', page, flags=re.S)[0])  # type: ignore[index]


def test_a_support_of_another_paragraph_is_not_named_beside_a_conflict(client, store) -> None:
    for member, text in (("acme", "电子商务经营者应当依法及时办理市场主体登记。"), ("beta", "电子商务经营者应当依法尽快办理市场主体登记。")):
        add_comment(store, "law@1", member, "art_2__para_1", stance="amend", propose=text)
    add_comment(store, "law@1", "gamma", "art_2__para_2", stance="support", reason="支持免于登记。")
    page = client("wang").get("/staff/d/law@1/a/art_2").text
    conflict = re.search(r'<div class="card conflict" id="x1">.*?</div>', page, flags=re.S)
    assert conflict is not None and "支持草案原文的会员" not in conflict[0]


def test_the_committees_wording_box_names_the_members_who_support_the_draft_as_it_stands(client, store) -> None:
    """(a web trial) Staff rewrote 第十条, which acme supported as written (支持本条，建议保留原文), with no word of
    it beside the box: named there, as beside a change; a member who proposes a wording is not, nor a withdrawn one."""
    add_comment(store, "law@1", "gamma", "art_2", stance="support", reason="支持本条，建议保留原文。")
    add_comment(store, "law@1", "acme", "art_2", stance="support", reason="支持。")
    add_comment(store, "law@1", "acme", "art_2__para_1", stance="amend", propose="电子商务经营者应当依法及时办理市场主体登记。")
    s = client("wang")
    box = re.search(r'<div class="card" id="wording">.*?</form>', s.get("/staff/d/law@1/a/art_2").text, flags=re.S)
    assert box is not None and "支持草案原文的会员：Gamma Co." in _text(box[0]) and "ACME" not in _text(box[0])
    from lawcomment.consultation import withdraw_comment

    (gamma,) = [c for c in store.comments("law@1") if c.member == "gamma"]
    withdraw_comment(store, gamma.id)
    box = re.search(r'<div class="card" id="wording">.*?</form>', s.get("/staff/d/law@1/a/art_2").text, flags=re.S)
    assert box is not None and "支持草案原文的会员" not in box[0]
    # a proposer that withdrew its wording supports the draft's words again (a stranger's review)
    (wording,) = [c for c in store.comments("law@1") if c.member == "acme" and str(c.stance) == "amend"]
    withdraw_comment(store, wording.id)
    box = re.search(r'<div class="card" id="wording">.*?</form>', s.get("/staff/d/law@1/a/art_2").text, flags=re.S)
    assert box is not None and "支持草案原文的会员：ACME" in _text(box[0])


def test_the_adoption_page_says_what_the_command_line_says_after_each_verdict(client, store, tmp_path) -> None:
    """(a stranger's review) The page gave 部分采纳 (0/1) for a new article the next reading wrote without the
    safeguard asked, where `lawcomment adoption` names the clause left out."""
    from conftest import LAW

    from lawcomment.consultation import add_draft_file, carry_forward

    faith = "电子商务经营者应当遵循诚信原则。电子商务经营者不得虚构交易。"
    heard = "对虚构交易的认定，应当听取经营者的陈述"
    add_comment(store, "law@1", "acme", "art_2", stance="insert", propose=f"{faith[:-1]}；{heard}。")
    second = tmp_path / "law2.txt"
    second.write_text(LAW.replace("第三条　", f"第三条　{faith}\n第四条　").replace("第四条　本法", "第五条　本法"), encoding="utf-8")
    add_draft_file(store, second, "law", "2")
    carry_forward(store, "law@1", "law@2")
    s = client("wang")
    said = _text(s.get("/staff/d/law@2/adoption").text)
    # its share of changes as the command line says it too, not the page's own (0/1)
    assert f"部分采纳 （0/1处修改，1处部分作出）（新版本未写入「{heard}」）" in said, said
    s.cookies.set("lang", "en")
    said = _text(s.get("/staff/d/law@2/adoption").text)
    assert f"partly adopted (0/1 changes, 1 made in part) (written without 「{heard}」)" in said and "(art_" not in said


def test_staff_see_a_members_english_wording_as_a_redline_of_the_english_text(client, store, tmp_path) -> None:
    """(a bilingual trial) The merged view printed a member's English wording as plain text: staff could not
    tell a whole paragraph with words added from the English as it stands."""
    from test_web_member import EN

    from lawcomment.consultation import add_translation_file

    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    add_translation_file(store, "law@1", tmp_path / "en.txt")
    english = "Individuals selling farm products they produce themselves need not register with the authorities."
    cid, _ = add_comment(store, "law@1", "acme", "Article 2(2)", propose=english, lang="en")
    page = client("wang").get("/staff/d/law@1/a/art_2").text
    row = re.search(rf'<tr id="member-comment-{cid}">.*?</tr>', page, flags=re.S)
    assert row is not None
    shown = row[0].split('<p class="redline-block" lang="en">')[1].split("</p>")[0]
    assert "<ins>" in shown and "with the authorities" in shown.split("<ins>")[1]
    assert "Individuals selling farm products they produce themselves need not register" in _text(shown)


def test_a_member_reading_in_english_finds_the_contents_in_english(client, store, tmp_path) -> None:
    """(a bilingual trial) The contents an English member starts from were Chinese only: 第十七条 and 第一章 总则
    beside no word of English. In English, with the working text: Article 2, Chapter I General Provisions, each
    article's first English line, the Chinese label kept beside it."""
    from test_web_member import EN

    from lawcomment.consultation import add_translation_file

    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    add_translation_file(store, "law@1", tmp_path / "en.txt")
    c = client("li")
    c.cookies.set("lang", "en")
    contents = _text(c.get("/d/law@1").text.split('<nav class="contents"')[1])
    assert "Chapter I General Provisions 第一章 总则" in contents
    assert "Article 2 第二条 E-commerce operators shall register as market entities in accordance with law." in contents
    # in Chinese, or without a translation, as before
    c.cookies.set("lang", "zh")
    contents = _text(c.get("/d/law@1").text.split('<nav class="contents"')[1])
    assert "第二条 电子商务经营者应当依法办理市场主体登记。" in contents and "Article" not in contents


def test_a_long_conflicts_alternatives_are_drawn_as_redlines_of_the_words_in_conflict(client, store) -> None:
    """(a web trial) One member asked 第二条's 款 deleted, two reworded it: x1 covered the whole 款, and its two
    wordings were drawn whole, underlined, their one difference (及时 against 尽快) unseen. Each is drawn as a
    redline of the words in conflict; the deletion strikes them."""
    for member, text in (("acme", "电子商务经营者应当依法及时办理市场主体登记。"), ("beta", "电子商务经营者应当依法尽快办理市场主体登记。")):
        add_comment(store, "law@1", member, "art_2__para_1", stance="amend", propose=text)
    add_comment(store, "law@1", "gamma", "art_2__para_1", stance="delete")
    page = client("wang").get("/staff/d/law@1/a/art_2").text
    conflict = re.search(r'<div class="card conflict" id="x1">.*?</div>', page, flags=re.S)
    assert conflict is not None, page
    items = re.findall(r"<li>(.*?)</li>", conflict[0], flags=re.S)
    assert len(items) == 3, items
    drawn = [[(k, t.strip()) for k, t in re.findall(r"<(ins|del)>([^<]*)</\1>", li.split(" — ")[0])] for li in items]
    assert sorted(drawn) == sorted([[("ins", "及时")], [("ins", "尽快")], [("del", "电子商务经营者应当依法办理市场主体登记。")]]), drawn
