"""The web app in a real browser: Debian's chromium, driven by Playwright, against the app served
by uvicorn on loopback, on the bundled example's draft. Screenshots go to test-artefacts/."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from lawcomment_web import auth
from lawcomment_web.app import create_app

from lawcomment import Status, create_store, open_store
from lawcomment.consultation import add_comment, add_draft_file, import_members
from lawcomment.docx import read_docx_source

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples" / "ecommerce"
ARTEFACTS = Path(os.environ.get("LAWCOMMENT_ARTEFACTS", ROOT / "test-artefacts"))
PASSWORD = "correct horse battery"
PARA = "依照前条规定不需要办理市场主体登记的电子商务经营者在首次纳税义务发生后，应当依照税收征收管理法律、行政法规的规定申请办理税务登记，并如实申报纳税。"
#: What the browser runs with here: no sandbox (root in CI), no network beyond loopback.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]  # fmt: skip


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):  # .ci/run installs it: a skip there would hide a broken install
            pytest.fail("Debian's chromium is not installed, and CI must run the browser tests")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium()
    sync_api = pytest.importorskip("playwright.sync_api") if not os.environ.get("CI") else __import__(
        "playwright.sync_api", fromlist=["sync_playwright"])  # fmt: skip
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The example draft in a new store, served on a free loopback port: (URL, store path)."""
    db = str(tmp_path / "web.db")
    hashed = auth.hash_password(PASSWORD)
    store, _ = create_store(db, "setup")
    with store:
        add_draft_file(store, EXAMPLES / "draft-v1.docx", "ecommerce", "1")
        store.set_deadline("ecommerce@1", "2999-12-31")
        import_members(store, EXAMPLES / "members.csv")
        store.add_user("wang", "secretariat", hashed, name="王秘书")
        # delta is in acme's working group; an English-speaking company (members.csv), its user reads Chinese by choice
        store.add_user("dora", "delta", hashed, name="Dora", lang="zh")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", db
    server.should_exit = True
    thread.join(10)


def shot(page: Any, name: str) -> None:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / name), full_page=True)


def sign_in(page: Any, url: str, login: str) -> None:
    page.goto(f"{url}/signin")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.card button")
    page.wait_for_url(f"{url}/")


def test_a_member_signs_up_proposes_uploads_edits_and_withdraws(browser: Any, site: tuple[str, str]) -> None:
    url, db = site
    with open_store(db, "staff") as store:
        link = f"{url}/invite/{auth.invite(store, 'acme', auth.utcnow() + timedelta(days=7))}"
    page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="zh-CN")
    # sign up through the link, then straight in
    page.goto(link)
    assert "ACME (China) Ltd." in page.content()
    page.fill("input[name=login]", "li.wei@acme.example")
    page.fill("input[name=name]", "李伟")
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=password_again]", PASSWORD)
    page.click("form.card button")
    page.wait_for_url(f"{url}/")
    assert "中华人民共和国电子商务法（草案）" in page.content()
    # propose wording on 第十一条第二款, watching the live redline
    page.click("text=中华人民共和国电子商务法（草案）")
    page.click("a:text-is('第十一条')")
    form = page.locator("details", has=page.locator("input[name=at][value=art_11__para_2]"))
    form.locator("summary").click()
    form.locator("textarea[name=proposal]").fill(PARA.replace("首次纳税义务发生后", "首次纳税义务发生后三十日内"))
    form.locator(".preview ins").wait_for()
    assert form.locator(".preview ins").inner_text() == "三十日内"
    form.locator("textarea[name=reason]").fill("明确办理税务登记的期限")
    shot(page, "web-article.png")
    form.locator("button:not([name=preview])").click()
    page.wait_for_selector('main[data-done="added"]')  # (the notice said: its ?done= then taken out of the address)
    assert "意见已提交" in page.content() and page.locator(".comment ins").first.inner_text() == "三十日内"
    # upload the marked-up Word draft
    page.goto(f"{url}/d/ecommerce@1/mine")
    page.set_input_files("input[type=file]", str(EXAMPLES / "acme-markup.docx"))
    page.click("form[enctype] button")
    page.wait_for_selector(".notice")
    assert "文件已导入" in page.content()
    # its address is the page's own: a reload shows the page, never sends the file again (a web trial)
    assert page.url == f"{url}/d/ecommerce%401/mine"
    sent: list[str] = []
    page.on("request", lambda r: sent.append(r.method))
    page.reload()
    assert sent[:1] == ["GET"] and "文件已导入" not in page.content()
    with open_store(db, "check") as store:
        mine = store.comments("ecommerce@1", member="acme")
        typed = next(c for c in mine if c.anchor.eid == "art_11__para_2")
        assert len(mine) > 1 and typed.source.author == "li.wei@acme.example"
        assert {c.source.file for c in mine if c is not typed} == {"acme-markup.docx"}  # the member's own file name
    # on a phone each of the company's comments is a card as wide as the screen, its words and its state
    # on it (a trial's 状态 column was off-screen, its words eight characters a line); no number breaks
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{url}/d/ecommerce@1/mine")
    shot(page, "web-mine-phone.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    rights = page.evaluate("Array.from(document.querySelectorAll('table.list tbody tr:first-child td'))"
                           ".map(td => td.getBoundingClientRect().right)")  # fmt: skip
    assert rights and max(rights) <= 390, rights
    words = page.evaluate("document.querySelector('table.list tbody tr:first-child td:nth-child(4)').getBoundingClientRect().width")
    assert words >= 300, words
    heights = page.evaluate("Array.from(document.querySelectorAll('table.list tbody td:first-child a'))"
                            ".map(a => a.getClientRects().length)")  # fmt: skip
    assert heights and max(heights) == 1, heights
    # its state and its sender each say what they are, the table's headings hidden (a web trial read bare 待处理 / 李伟)
    state = page.locator("table.list tbody tr:first-child td:nth-child(5)")
    assert page.evaluate("td => getComputedStyle(td, '::before').content", state.element_handle()) == '"状态："'
    page.set_viewport_size({"width": 1200, "height": 900})
    assert page.evaluate("td => getComputedStyle(td, '::before').content", state.element_handle()) in ("none", "normal")
    # edit the typed comment's reason, then withdraw it
    page.goto(f"{url}/d/ecommerce@1/a/art_11")
    card = page.locator(f"#c{typed.id}")
    card.locator("summary").click()
    card.locator("textarea[name=reason]").fill("明确期限，便于执行")
    card.locator("details button").click()
    page.wait_for_selector('main[data-done="edited"]')  # (the notice said: its ?done= then taken out of the address)
    page.once("dialog", lambda dialog: dialog.accept())  # "撤回这条意见？" asked first
    page.locator(f"#c{typed.id} form.inline button").click()
    page.wait_for_selector('main[data-done="withdrew"]')  # (the notice said: its ?done= then taken out of the address)
    with open_store(db, "check") as store:
        after = store.get_comment(typed.id)
        assert (after.body, after.status) == ("明确期限，便于执行", Status.WITHDRAWN)
        events = [e.actor for e in store.events(obj=f"comment:{typed.id}")]
        assert set(events) == {"web:li.wei@acme.example"}
    # dora, of delta in the same working group, sees nothing of acme's
    other = browser.new_page(locale="zh-CN")
    sign_in(other, url, "dora")
    for path in ["/d/ecommerce@1/a/art_11", "/d/ecommerce@1/mine", "/d/ecommerce@1"]:
        other.goto(url + path)
        html = other.content()
        assert "三十日内" not in html and "ACME" not in html and "明确期限" not in html
    other.close()
    page.close()


def test_staff_see_the_conflict_decide_and_download_the_submission(browser: Any, site: tuple[str, str],
                                                                  tmp_path: Path) -> None:  # fmt: skip
    url, db = site
    with open_store(db, "setup") as store:
        add_comment(store, "ecommerce@1", "acme", "art_11__para_2", reason="期限",
                    propose=PARA.replace("首次纳税义务发生后", "首次纳税义务发生后三十日内"))  # fmt: skip
        add_comment(store, "ecommerce@1", "delta", "art_11__para_2", reason="期限更宽",
                    propose=PARA.replace("首次纳税义务发生后", "首次纳税义务发生后六十日内"))  # fmt: skip
    page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="zh-CN")
    sign_in(page, url, "wang")
    page.goto(f"{url}/staff/d/ecommerce@1")
    page.click("a:text-is('第十一条')")
    conflict = page.locator(".conflict")
    assert "x1" in conflict.inner_text() and "ACME (China) Ltd." in conflict.inner_text()
    shot(page, "web-merged.png")
    conflict.locator("li", has_text="三十日内").locator("button").click()
    page.wait_for_selector('main[data-done="decided"]')  # (the notice said: its ?done= then taken out of the address)
    with open_store(db, "check") as store:
        (decision,) = store.decisions("ecommerce@1")
        assert (decision.action, decision.actor) == ("choose", "web:wang") and "三十日内" in (decision.new or "")
    page.goto(f"{url}/staff/d/ecommerce@1")
    with page.expect_download() as download:
        page.click("a[href$='/export/docx']")
    path = tmp_path / "submission.docx"
    download.value.save_as(path)
    text = "\n".join(b.text for b in read_docx_source(path).blocks)
    assert "第十一条" in text and "三十日内" in text
    page.close()


def test_staff_see_near_duplicates_and_take_a_groups_wording(browser: Any, site: tuple[str, str]) -> None:
    """Three members send one wording of 第十一条第二款 (one with 的 more), a fourth another: the merged
    view shows the group, its variant redlined, and takes its wording with one click."""
    url, db = site
    wording = PARA.replace("首次纳税义务发生后", "首次纳税义务发生后三十日内")
    with open_store(db, "setup") as store:
        for member, text in (("acme", wording), ("borealis", wording.replace("。", "；").rstrip("；") + "。"),
                             ("cathay", wording.replace("如实申报", "如实地申报")),
                             ("delta", PARA.replace("首次纳税义务发生后", "首次纳税义务发生后六十日内"))):  # fmt: skip
            add_comment(store, "ecommerce@1", member, "art_11__para_2", propose=text, reason="期限")
    page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="zh-CN")
    sign_in(page, url, "wang")
    page.goto(f"{url}/staff/d/ecommerce@1/a/art_11")
    group = page.locator(".card", has_text="g1 · 3条")
    text = group.inner_text()
    assert "代表意见 #1" in text and "#1, #2: 与代表意见相同" in text and "#3 (" in text
    assert group.locator("ins", has_text="地").count() == 1  # cathay's one extra character, redlined
    shot(page, "web-near.png")
    group.locator("button", has_text="采用这组措辞").click()
    page.wait_for_selector('main[data-done="decided"]')  # (the notice said: its ?done= then taken out of the address)
    with open_store(db, "check") as store:
        made = [(d.action, d.new, d.actor) for d in store.decisions("ecommerce@1")]
    # the group's 三十日内 is chosen over delta's 六十日内; cathay's own 地 is rejected
    assert ("reject", "地", "web:wang") in made and ("choose", "三十日内", "web:wang") in made, made
    page.close()


def test_the_merged_views_decide_column_breaks_no_word_at_a_laptops_width(browser: Any, site: tuple[str, str]) -> None:
    """A trial at 1280 px: the 决定 column broke its buttons and states mid-word (撤/销, accepte/d,
    Und/o). Each button and each state is one unbroken line, in Chinese and in English."""
    url, db = site
    from lawcomment.consultation import decide

    with open_store(db, "setup") as store:
        # one change many members support (their names fill a column), two others
        for member in ("acme", "delta", "everbright", "fjord"):
            add_comment(store, "ecommerce@1", member, "art_11__para_2", reason="期限",
                        propose=PARA.replace("首次纳税义务发生后", "首次纳税义务发生后三十日内"))  # fmt: skip
        add_comment(store, "ecommerce@1", "borealis", "art_11__para_2", reason="凭证",
                    propose=PARA.replace("如实申报纳税", "如实申报纳税，并保存纳税凭证"))  # fmt: skip
        add_comment(store, "ecommerce@1", "cathay", "art_11__para_2", reason="法规",
                    propose=PARA.replace("行政法规", "行政法规和部门规章"))  # fmt: skip
        decide(store, "ecommerce@1", "art_11", accept="c1")
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    sign_in(page, url, "wang")
    for lang in ("zh", "en"):
        if lang == "en":
            page.locator("form.lang button").click()
            page.wait_for_load_state()
        page.goto(f"{url}/staff/d/ecommerce@1/a/art_11")
        shot(page, f"web-merged-changes-{lang}.png")
        # each text of the state and decide cells, as lines on the screen
        lines = page.evaluate("""() => {
            const out = [];
            for (const row of document.querySelectorAll('table.list tbody tr[id^="c"]')) {
                const cells = row.querySelectorAll('td');
                for (const el of [cells[3].querySelector('.state-label'), ...cells[3].querySelectorAll('.decided-by .nowrap'),
                                  ...cells[4].querySelectorAll('button')]) {
                    const range = document.createRange();
                    range.selectNodeContents(el);
                    const tops = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
                    out.push([el.textContent.trim(), tops.size]);
                }
            }
            return out;
        }""")
        assert len(lines) >= 6, lines
        assert all(n == 1 for _, n in lines), (lang, lines)
        # a cell's buttons side by side, and the redline a readable width
        rows = page.evaluate("""() => Array.from(document.querySelectorAll('table.list tbody tr[id^="c"]')).map(row => [
            new Set(Array.from(row.querySelectorAll('td')[4].querySelectorAll('button')).map(
                b => Math.round(b.getBoundingClientRect().top))).size,
            row.querySelectorAll('td')[1].getBoundingClientRect().width])""")
        assert all(tops == 1 and width >= 200 for tops, width in rows), (lang, rows)
        # each column's heading on one line (a verifying trial: 支持单/位)
        heads = page.evaluate("""() => Array.from(document.querySelectorAll('table.list thead th')).map(th => {
            const range = document.createRange();
            range.selectNodeContents(th);
            return [th.textContent.trim(), new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size];
        })""")
        assert heads and all(n == 1 for _, n in heads), (lang, heads)
    page.close()


def test_the_merged_views_member_column_keeps_its_width_beside_a_long_note(browser: Any, site: tuple[str, str]) -> None:
    """A trial at 1280 px: on a carried article the comments table's member column shrank to one
    character a line (北/农/食/品…) beside the long note of each comment. It keeps a name readable."""
    url, db = site
    with open_store(db, "setup") as store:
        long_reason = "理由：" + "现行罚款标准过低，不足以威慑伪造检测结果的行为，" * 30
        for member in ("acme", "delta"):
            add_comment(store, "ecommerce@1", member, "art_11__para_2", reason=long_reason,
                        propose=PARA.replace("首次纳税义务发生后", "首次纳税义务发生后三十日内"))  # fmt: skip
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    sign_in(page, url, "wang")
    page.goto(f"{url}/staff/d/ecommerce@1/a/art_11")
    shot(page, "web-merged-comments.png")
    widths = page.evaluate("() => Array.from(document.querySelectorAll('table.comments td.org')).map("
                           "td => td.getBoundingClientRect().width)")
    assert len(widths) == 2 and all(w >= 120 for w in widths), widths
    page.close()


def test_the_whole_draft_remarks_stance_buttons_sit_before_their_words(browser: Any, site: tuple[str, str]) -> None:
    """A trial: the 总体意见 form's radio buttons were as wide as the form (every input is), each circle
    in the middle of a line and its word on the next, at 1280 px and at 390 px alike. Each circle now
    sits just before its word, on its line, the four side by side (wrapping between them on a phone)."""
    url, _ = site
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    sign_in(page, url, "dora")
    page.goto(f"{url}/d/ecommerce@1")
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        form = page.locator("#remarks form.card")
        form.screenshot(path=str(ARTEFACTS / f"web-remark-form-{width}.png"))
        found = page.evaluate("""() => Array.from(document.querySelectorAll('#remarks input[type=radio]')).map(radio => {
            const box = radio.getBoundingClientRect();
            const words = Array.from(radio.parentNode.childNodes).find(n => n.nodeType === 3 && n.textContent.trim());
            const range = document.createRange();
            range.selectNodeContents(words);
            const at = range.getBoundingClientRect();
            return [words.textContent.trim(), box.width, at.left - box.right, (box.top + box.bottom - at.top - at.bottom) / 2];
        })""")
        assert [w for w, *_ in found] == ["一般意见", "支持", "反对", "提问"], found
        # a circle's own width, its word a few pixels after it, on the same line
        assert all(box < 30 and 0 <= gap < 16 and abs(dy) < 8 for _, box, gap, dy in found), (width, found)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    tops = page.evaluate("() => new Set(Array.from(document.querySelectorAll('#remarks input[type=radio]')).map("
                         "r => Math.round(r.getBoundingClientRect().top))).size")
    assert tops <= 2  # (at 390 px, on one or two lines)
    page.close()


def test_the_merged_view_on_a_phone_shows_every_button_and_a_readable_comment(browser: Any, site: tuple[str, str]) -> None:
    """A trial at 390 px: the merged view's changes table scrolled sideways with its 采纳/不采纳 buttons
    off-screen, and a member's comment was squeezed to five characters a line beside its name. On a
    phone each change and each comment is a card as wide as the screen, its buttons on it."""
    url, db = site
    with open_store(db, "setup") as store:
        for member, text in (("acme", PARA.replace("首次纳税义务发生后", "首次纳税义务发生后三十日内")),
                             ("borealis", PARA.replace("如实申报纳税", "如实申报纳税，并保存纳税凭证"))):  # fmt: skip
            add_comment(store, "ecommerce@1", member, "art_11__para_2", propose=text, reason="理由：" + "期限应当明确，" * 8)
    page = browser.new_page(viewport={"width": 390, "height": 844}, locale="zh-CN")
    sign_in(page, url, "wang")
    page.goto(f"{url}/staff/d/ecommerce@1/a/art_11")
    shot(page, "web-merged-phone.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    buttons = page.evaluate("() => Array.from(document.querySelectorAll('table.changes button')).map(b => {"
                            "const r = b.getBoundingClientRect(); return [b.textContent.trim(), r.left, r.right]; })")
    assert {name for name, *_ in buttons} == {"采纳", "不采纳"} and len(buttons) == 4, buttons
    assert all(0 <= left and right <= 390 for _, left, right in buttons), buttons
    texts = page.evaluate("() => Array.from(document.querySelectorAll('table.comments tr td:last-child')).map("
                          "td => td.getBoundingClientRect().width)")
    assert len(texts) == 2 and all(w >= 300 for w in texts), texts
    page.close()


ITEMS_LAW = """示例法（草案）
第一条　电子商务经营者应当履行下列义务：
（一）公示营业执照信息；
（二）保护消费者个人信息；
（三）依法纳税。
"""


def test_a_renumbering_that_follows_an_undecided_deletion_is_drawn_pending(browser: Any, site: tuple[str, str],
                                                                           tmp_path: Path) -> None:  # fmt: skip
    """A trial: （八） deleted and undecided was grey and dotted (待审查), and （九） renumbered （八）, which
    follows from it, was drawn in the style the legend calls 委员会已决定的修改. Every edit in the position
    box is drawn pending until the deletion is decided."""
    url, db = site
    law = tmp_path / "items.txt"
    law.write_text(ITEMS_LAW, encoding="utf-8")
    with open_store(db, "setup") as store:
        add_draft_file(store, law, "items", "1")
        add_comment(store, "items@1", "acme", "第一条第一项", stance="delete", reason="重复")
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    sign_in(page, url, "wang")
    page.goto(f"{url}/staff/d/items@1/a/art_1")
    box = page.locator(".card .redline-block").first
    shot(page, "web-merged-renumbering-pending.png")
    edits = box.locator("del, ins")
    assert edits.count() == 5  # the item struck, and two labels numbered on (struck and put in)
    styles = page.evaluate("""() => Array.from(document.querySelectorAll('.card .redline-block')[0]
        .querySelectorAll('del, ins')).map(e => [e.className, getComputedStyle(e).textDecorationStyle])""")
    assert all(cls == "pending" for cls, _ in styles), styles
    assert len({style for _, style in styles}) == 1, styles  # drawn alike: none in the decided style
    page.close()


def test_the_live_preview_folds_pasted_half_width_punctuation_and_a_refused_form_keeps_its_preview(
        browser: Any, site: tuple[str, str]) -> None:  # fmt: skip
    """A trial: pasted half-width ， and 。 each showed as a change in the live preview (the saved
    comment had them full width), and after a refused submission the form came back with the
    wording typed and an empty preview."""
    url, _ = site
    page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="zh-CN")
    with open_store(site[1], "setup") as store:
        store.add_user("li", "acme", auth.hash_password(PASSWORD), name="李伟")
    sign_in(page, url, "li")
    page.goto(f"{url}/d/ecommerce@1/a/art_11")
    form = page.locator("details", has=page.locator("input[name=at][value=art_11__para_2]"))
    form.locator("summary").click()
    typed = PARA.replace("首次纳税义务发生后", "首次纳税义务发生后三十日内").replace("，", ",").replace("。", ".")
    form.locator("textarea[name=proposal]").fill(typed)
    form.locator(".preview ins").wait_for()
    assert [form.locator(".preview ins").nth(i).inner_text() for i in range(form.locator(".preview ins").count())] == ["三十日内"]
    assert form.locator(".preview del").count() == 0
    shot(page, "web-preview-halfwidth.png")
    # refused (a reason past its limit): the form comes back with its preview drawn
    form.locator("textarea[name=reason]").fill("理" * 20_001)
    form.locator("button:not([name=preview])").click()
    page.wait_for_load_state()
    again = page.locator("details[open]", has=page.locator("input[name=at][value=art_11__para_2]"))
    assert "超过了20,000个字符的上限" in page.content()
    assert again.locator(".preview ins").inner_text() == "三十日内" and again.locator(".preview del").count() == 0
    again.scroll_into_view_if_needed()
    shot(page, "web-preview-refused.png")
    page.close()


def test_a_comment_forms_wording_box_is_for_amend_only_and_a_phones_crumbs_stay_whole(
        browser: Any, site: tuple[str, str]) -> None:  # fmt: skip
    """A trial: the form kept the article's text in 建议修改为 under 提问 (and labelled the question 理由),
    a phone broke 下一条 → inside itself, and the header never named the member's company. With
    script the wording box shows for 修改 only and is not sent for another kind, the text's label
    follows the kind; at 390 px each step of the crumbs is one line, and the header names the company."""
    url, db = site
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    sign_in(page, url, "dora")
    page.goto(f"{url}/d/ecommerce@1/a/art_11")
    form = page.locator("details", has=page.locator("input[name=at][value=art_11__para_2]"))
    form.locator("summary").click()
    area, label = form.locator("textarea[name=proposal]"), form.locator(".body-label")
    assert area.is_visible() and label.inner_text() == "理由"
    assert form.locator("label.wording").inner_text().strip() == "建议修改为"  # (said to be 修改's only without script)
    form.locator("select[name=stance]").select_option("question")
    assert not area.is_visible() and not form.locator(".preview").is_visible() and label.inner_text() == "问题"
    form.screenshot(path=str(ARTEFACTS / "web-form-question.png"))
    form.locator("select[name=stance]").select_option("comment")
    assert label.inner_text() == "意见"
    form.locator("select[name=stance]").select_option("question")
    form.locator("textarea[name=reason]").fill("“首次纳税义务发生后”如何认定？")
    form.locator("button:not([name=preview])").click()
    page.wait_for_selector('main[data-done="added"]')  # (the notice said: its ?done= then taken out of the address)
    with open_store(db, "check") as store:
        (asked,) = store.comments("ecommerce@1", member="delta")
        assert (str(asked.stance), asked.proposed_text, asked.body) == ("question", None, "“首次纳税义务发生后”如何认定？")
    assert page.locator(f"#c{asked.id} p.reason").inner_text() == "问题：“首次纳税义务发生后”如何认定？"
    # back to 修改: the box again, with the draft's words
    form = page.locator("details.comment-form", has=page.locator("input[name=at][value=art_11__para_2]"))
    form.locator("summary").click()
    form.locator("select[name=stance]").select_option("amend")
    assert form.locator("textarea[name=proposal]").is_visible() and form.locator("textarea[name=proposal]").input_value() == PARA
    # a phone: each step of the crumbs on one line, the header naming the company, nothing wider than the screen
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{url}/d/ecommerce@1/a/art_11")
    shot(page, "web-article-phone.png")
    steps = page.evaluate("() => Array.from(document.querySelectorAll('.crumbs a.step')).map(a => [a.textContent, a.getClientRects().length])")
    assert steps == [["← 上一条", 1], ["下一条 →", 1]], steps
    with open_store(db, "check") as store:
        assert page.locator("header .who .company").inner_text() == store.get_member("delta").org
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.close()


def test_staff_answer_a_members_question_on_the_dashboard_and_the_member_reads_it(browser: Any, site: tuple[str, str]) -> None:
    """A question waits on the dashboard's list; staff type an answer and mark it 已处理: the list is
    empty, and the member reads the answer on its card."""
    url, db = site
    with open_store(db, "check") as store:
        asked, _ = add_comment(store, "ecommerce@1", "delta", "art_16", stance="question", reason="三十日是否包括节假日？")
    page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="zh-CN")
    sign_in(page, url, "wang")
    page.goto(f"{url}/staff/d/ecommerce@1")
    row = page.locator("#asked tr", has=page.locator(f"td:text-is('#{asked}')"))
    row.locator("input[name=answer]").fill("按自然日计算，含节假日。")
    shot(page, "web-dashboard-asked.png")
    row.locator("button").click()
    page.wait_for_url(lambda u: u.endswith("#asked"))
    assert f"已标记为已处理：意见#{asked}不再列为待回应。" in page.content()
    assert page.locator("#asked").inner_text().count("三十日是否包括节假日") == 0
    page.close()
    member = browser.new_page(viewport={"width": 1200, "height": 900}, locale="zh-CN")
    sign_in(member, url, "dora")
    member.goto(f"{url}/d/ecommerce@1/a/art_16")
    assert member.locator(f"#c{asked} p.answer").inner_text() == "秘书处答复：按自然日计算，含节假日。"
    shot(member, "web-article-answered.png")
    member.close()


def test_the_dashboard_on_a_phone_keeps_its_buttons_and_a_past_deadline_and_a_notice_ask_and_say_once(
        browser: Any, site: tuple[str, str]) -> None:  # fmt: skip
    """(a web trial of 网络安全法) At 390 px the dashboard's remarks and members tables ran off the screen, 列入提交稿 and
    状态 out of sight; a deadline set to a past day closed the consultation unasked; and a reload said 已保存 again.
    Each row is a card on a phone, its button on it; a past day is asked first; a notice is said once."""
    url, db = site
    with open_store(db, "setup") as store:
        add_comment(store, "ecommerce@1", "acme", "(document)", reason="总体上支持本法的立法目的。" * 6)
    page = browser.new_page(viewport={"width": 390, "height": 844}, locale="zh-CN")
    sign_in(page, url, "wang")
    page.goto(f"{url}/staff/d/ecommerce@1")
    shot(page, "web-dashboard-phone.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    button = page.locator("#remarks button").first.bounding_box()
    assert button is not None and 0 <= button["x"] and button["x"] + button["width"] <= 390, button
    asked: list[str] = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.fill("input[name=deadline]", "2020-01-01")
    page.click("form[data-confirm-past] button:not([name])")
    assert asked and "征求意见立即截止" in asked[0], asked
    with open_store(db, "setup") as store:
        assert store.get_draft("ecommerce@1").deadline == "2999-12-31"  # (dismissed: nothing saved)
    page.fill("input[name=deadline]", "2999-06-30")
    page.click("form[data-confirm-past] button:not([name])")
    page.wait_for_load_state()
    assert "done=" not in page.url  # (the notice said, its key taken out of the address)
    page.reload()
    assert "done=" not in page.url
    page.close()


def test_the_companys_comments_give_their_words_the_widest_column(browser: Any, site: tuple[str, str]) -> None:
    """A trial at 1200 px: 本单位意见's 意见内容 column was a strip of eight characters a line, beside a
    citation with its quote and a state with its note each on one long line. The words take the widest
    column there, in Chinese and English; at 390 px each comment is a card, nothing wider than the screen."""
    url, db = site
    with open_store(db, "setup") as store:
        store.add_user("li", "acme", auth.hash_password(PASSWORD), name="李伟")
        store.add_user("zhao", "acme", auth.hash_password(PASSWORD), name="赵敏")
        add_comment(store, "ecommerce@1", "acme", "art_11__para_2", quote=PARA[:40], stance="comment",
                    reason="建议明确首次纳税义务发生的时点。", author="li")  # fmt: skip
    for who, words in (("li", "三十日内"), ("zhao", "十五日内")):  # (zhao's replaces li's: said in the state)
        with open_store(db, f"web:{who}") as store:
            add_comment(store, "ecommerce@1", "acme", "art_11__para_2", author=who, reason="期限应当明确，" * 6,
                        propose=PARA.replace("首次纳税义务发生后", f"首次纳税义务发生后{words}"))  # fmt: skip
    page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="zh-CN")
    sign_in(page, url, "li")
    for lang in ("zh", "en"):
        if lang == "en":
            page.click("header button:text-is('English')")
        page.goto(f"{url}/d/ecommerce@1/mine")
        shot(page, f"web-mine-{lang}.png")
        widths = page.evaluate("Array.from(document.querySelectorAll('table.mine thead th'))"
                               ".map(th => th.getBoundingClientRect().width)")  # fmt: skip
        table = page.evaluate("document.querySelector('table.mine').getBoundingClientRect().width")
        assert len(widths) == 6 and widths[3] == max(widths) and widths[3] >= 0.45 * table, (lang, widths, table)
        assert page.evaluate("document.documentElement.scrollWidth") == 1200
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{url}/d/ecommerce@1/mine")
    shot(page, "web-mine-phone-en.png")
    assert page.evaluate("document.documentElement.scrollWidth") == 390
    words = page.evaluate("Array.from(document.querySelectorAll('table.mine tbody td.words'))"
                          ".map(td => td.getBoundingClientRect().width)")  # fmt: skip
    assert len(words) == 3 and min(words) >= 300, words
    page.close()


def test_a_cards_heading_sits_at_its_top(browser: Any, site: tuple[str, str]) -> None:
    """(the demo at 1200 px) Every card of the merged view and the dashboard opened on a blank line: the heading's
    own top margin above it, inside the card's padding. A card's first heading sits at its padding."""
    url, db = site
    with open_store(db, "setup") as store:
        add_comment(store, "ecommerce@1", "acme", "art_11__para_2",
                    propose=PARA.replace("首次纳税义务发生后", "首次纳税义务发生后三十日内"))  # fmt: skip
    page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="zh-CN")
    sign_in(page, url, "wang")
    for path in ("/staff/d/ecommerce@1/a/art_11", "/staff/d/ecommerce@1"):
        page.goto(url + path)
        gaps = page.evaluate("""() => Array.from(document.querySelectorAll('.card')).flatMap(card => {
            const h = card.querySelector('h2, h3');  // (its first heading, where it opens its box)
            const top = card.getBoundingClientRect().top;
            return h && !h.previousElementSibling ? [h.getBoundingClientRect().top - top] : [];
        })""")
        assert len(gaps) >= 2 and all(gap <= 20 for gap in gaps), (path, gaps)
    page.close()
