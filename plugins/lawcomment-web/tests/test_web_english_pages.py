"""English pages say nothing of their own in Chinese: the law's words (marked as such, in their own
language) and the members' and staff's are as written, every other word is English."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import LAW, post
from test_web_member import EN

from lawcomment_web import auth

from lawcomment import add_comment
from lawcomment.consultation import add_draft_file, add_translation_file, carry_forward, decide

#: Chinese characters and the full-width punctuation of Chinese text.
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+")
#: What holds words a page does not say: the law's (a draft's text, its quotes, the redlines), a member's
#: (a wording, a reason, a company's name) or staff's (a decision's note). Anything marked as Chinese
#: (``lang="zh"``: the Chinese beside its English citation) is one of them.
OWN_WORDS = frozenset({"redline-block", "redline", "proposed", "reason", "law", "text", "words", "new-text", "wording",
                       "translation", "context", "replaced-text", "quote", "org", "group", "who", "change"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
SAID_IN = ("title", "placeholder", "aria-label", "alt")


class _Said(HTMLParser):
    """The words a page says itself, with the law's and people's words left out (see :data:`OWN_WORDS`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # per open element: whether it holds words not the page's own
        self.said: list[str] = []
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":  # (the page's own language: said below, not a passage marked as another's)
            self.lang = found.get("lang") or ""
            found.pop("lang", None)
        own = (self.stack[-1] if self.stack else False) or tag in ("textarea", "del", "ins", "mark") \
            or found.get("lang") not in (None, "en") or bool(OWN_WORDS & set((found.get("class") or "").split()))
        if not own:
            for name, value in attrs:
                if value and (name in SAID_IN or name.startswith("data-") or (name == "value" and tag == "button")):
                    self.said.append(value)
        if tag not in VOID:
            self.stack.append(own)

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1]):
            self.said.append(data)


def chinese_said(html: str, *law: str) -> list[str]:
    """What ``html`` says in Chinese of its own: its text and attributes outside the law's and people's
    words, the law's quotes 「…」 (a message quoting the draft) and the titles ``law`` (a draft's own title,
    which names it where no English title is given: in ``<title>`` too) left out. The language switch
    names the other language in it: 中文."""
    parser = _Said()
    parser.feed(html)
    text = " ".join(parser.said)
    if parser.lang != "en":
        return [f'<html lang="{parser.lang}">']
    for title in law:
        text = text.replace(title, " ")
    text = re.sub(r"「[^」]*」", " ", text).replace("中文", " ")
    return [m[0] for m in CJK.finditer(text)]


TITLE = "示例电子商务法（草案）"


def _english(client, login: str):  # type: ignore[no-untyped-def]
    c = client(login)
    c.cookies.set("lang", "en")
    return c


def _comments(store) -> None:  # type: ignore[no-untyped-def]
    """A wording, a conflict, a question, a new provision and a remark on the whole draft, one decided."""
    add_comment(store, "law@1", "acme", "art_2__para_1", propose="电子商务经营者应当依法及时办理市场主体登记。",
                reason="明确时限")  # fmt: skip
    add_comment(store, "law@1", "beta", "art_2__para_1", propose="电子商务经营者应当依法尽快办理市场主体登记。")
    add_comment(store, "law@1", "gamma", "art_2", stance="question", reason="登记是否收费？")
    add_comment(store, "law@1", "acme", "art_3", stance="insert", propose="电子商务经营者应当公布投诉处理情况。")
    add_comment(store, "law@1", "beta", "全文", stance="comment", reason="总体赞成。")
    add_comment(store, "law@1", "acme", "art_4", propose="本法自2027年1月1日起施行。", reason="给予过渡期")
    decide(store, "law@1", "art_4", text="本法自2027年1月1日起施行。")


MEMBER_PAGES = ("/", "/d/law@1", "/d/law@1?q=登记", "/d/law@1/a/art_1", "/d/law@1/a/art_2", "/d/law@1/a/art_3",
                "/d/law@1/a/art_4", "/d/law@1/mine")  # fmt: skip
STAFF_PAGES = ("/", "/staff/d/law@1", "/staff/d/law@1/a/art_2", "/staff/d/law@1/a/art_3", "/staff/d/law@1/a/art_4",
               "/d/law@1/a/art_2")  # fmt: skip


def _assert_english(c, paths, *law: str) -> None:  # type: ignore[no-untyped-def]
    said = {}
    for path in paths:
        r = c.get(path)
        assert r.status_code == 200, (path, r.status_code)
        if found := chinese_said(r.text, *law):
            said[path] = found
    assert said == {}, said


@pytest.mark.parametrize("translated", [False, True], ids=["chinese-only", "with-english-text"])
def test_a_members_english_pages_hold_no_chinese_of_their_own(client, store, tmp_path: Path, translated: bool) -> None:  # type: ignore[no-untyped-def]
    if translated:
        (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
        add_translation_file(store, "law@1", tmp_path / "en.txt")
    _comments(store)
    _assert_english(_english(client, "li"), MEMBER_PAGES, TITLE)


@pytest.mark.parametrize("translated", [False, True], ids=["chinese-only", "with-english-text"])
def test_staffs_english_pages_hold_no_chinese_of_their_own(client, store, tmp_path: Path, translated: bool) -> None:  # type: ignore[no-untyped-def]
    if translated:
        (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
        add_translation_file(store, "law@1", tmp_path / "en.txt")
    _comments(store)
    _assert_english(_english(client, "wang"), STAFF_PAGES, TITLE)


def _second_reading(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """law@2: a new 第三条 put in (第三条 and 第四条 become 第四条 and 第五条), 第二条 reworded; the comments carried."""
    law2 = LAW.replace("第三条　电子商务经营者应当履行", "第三条　电子商务经营者应当公平竞争。\n第四条　电子商务经营者应当履行") \
        .replace("第四条　本法自公布之日起施行", "第五条　本法自2027年1月1日起施行") \
        .replace("应当依法办理市场主体登记", "应当依法及时办理市场主体登记")  # fmt: skip
    (tmp_path / "law2.txt").write_text(law2, encoding="utf-8")
    add_draft_file(store, tmp_path / "law2.txt", "law", "2")
    carry_forward(store, "law@1", "law@2")
    store.set_deadline("law@2", "2999-12-31")


def test_english_pages_of_a_replaced_reading_and_of_its_successor_hold_no_chinese_of_their_own(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a web trial) A replaced reading's page offered "Go to 第四条 of reading 2 (v2)", the next reading's
    "Previous reading: reading 1 (v1) 第二条"; carry-forward's notes on the dashboard cited 第十条 → 第十一条."""
    _comments(store)
    _second_reading(store, tmp_path)
    member = _english(client, "li")
    _assert_english(member, ("/", "/d/law@1", "/d/law@1/a/art_3", "/d/law@1/mine", "/d/law@2", "/d/law@2/a/art_2",
                             "/d/law@2/a/art_4", "/d/law@2/a/art_5", "/d/law@2/mine"), TITLE)  # fmt: skip
    assert "Go to Article 4 of reading 2 (v2)" in member.get("/d/law@1/a/art_3").text
    assert "Previous reading: reading 1 (v1) Article 3</summary>" in member.get("/d/law@2/a/art_4").text
    staff = _english(client, "wang")
    _assert_english(staff, ("/", "/staff/d/law@1", "/staff/d/law@1/a/art_2", "/staff/d/law@1/adoption", "/staff/d/law@2",
                            "/staff/d/law@2/a/art_2", "/staff/d/law@2/a/art_4", "/staff/d/law@2/a/art_5",
                            "/staff/d/law@2/adoption"), TITLE)  # fmt: skip
    # (the Chinese pages as they were: the law's citations in Chinese)
    member.cookies.set("lang", "zh")
    assert "前往第二稿（v2）的第四条" in member.get("/d/law@1/a/art_3").text


def test_a_chinese_drafts_contents_read_in_english_cite_its_articles_in_english_the_chinese_beside(client, store) -> None:  # type: ignore[no-untyped-def]
    """(a web trial) Without an English working text, an English page's contents listed 第一条 and 第一章 总则 bare."""
    page = _english(client, "li").get("/d/law@1").text
    contents = page.split('<nav class="contents"')[1]
    assert '<a href="/d/law%401/a/art_1">Article 1</a> <span class="muted" lang="zh">第一条</span>' in contents
    assert '<strong><span lang="en">Chapter I</span> <span class="muted" lang="zh">第一章 总则</span></strong>' in contents
    assert '<span class="muted" lang="zh">为了保障电子商务各方主体的合法权益，制定本法。</span>' in contents
    board = _english(client, "wang").get("/staff/d/law@1").text.split('<ul class="heat">')[1]
    assert 'Chapter I <span class="muted" lang="zh">第一章 总则</span>' in board


def test_pages_before_sign_in_and_a_missing_page_are_english_for_an_english_browser(client, store) -> None:  # type: ignore[no-untyped-def]
    """(a web trial) A missing page read 未找到 · Not found for a browser that had chosen English: it is said in
    English alone; a browser that chose nothing reads both languages, as before."""
    c = client()
    c.cookies.set("lang", "en")
    token = auth.invite(store, "gamma", auth.utcnow() + timedelta(days=7))
    _assert_english(c, ("/signin", f"/invite/{token}"))
    missing = c.get("/no/such/page")
    assert missing.status_code == 404 and chinese_said(missing.text) == [] and "<h1>Not found</h1>" in missing.text
    member = _english(client, "li")
    assert chinese_said(member.get("/d/law@1/a/art_9").text) == []
    assert "未找到 · Not found" in client().get("/no/such/page").text


def test_an_english_consultations_pages_quote_its_words_in_english_quotation_marks(client, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(an English trial) Staff's merged view of an English regulation read ``Draft wording: 「one month」``
    and ``1) 「45 days」``: an English draft's pages in English quote its words “…”, and say nothing in Chinese."""
    act = tmp_path / "act.md"
    act.write_text("# Example Data Act\n\n## CHAPTER I General provisions\n\nArticle 1\n\nSubject-matter\n\n"
                   "1. The controller shall answer within one month of receipt of the request, and within one month "
                   "of any reminder.\n\n2. This Act protects persons.\n", encoding="utf-8")  # fmt: skip
    add_draft_file(store, act, "act", "1")
    base = "The controller shall answer within one month of receipt of the request, and within one month of any reminder."
    add_comment(store, "act@1", "acme", "art_1__para_1", propose=base.replace("one month", "45 days", 1), reason="Shorter.")
    add_comment(store, "act@1", "beta", "art_1__para_1", propose=base.replace("one month", "two months", 1),
                reason="Longer.", quote="one month")  # fmt: skip
    paths = ("/staff/d/act@1", "/staff/d/act@1/a/art_1", "/d/act@1/a/art_1")
    c = _english(client, "wang")
    _assert_english(c, paths, "Example Data Act")
    merged = c.get("/staff/d/act@1/a/art_1").text
    assert '<p class="meta where">Article 1(1) <span class="quote">“one month”</span></p>' in merged
    assert all("「" not in c.get(p).text for p in paths)
    # a member's own words in a form to edit stay as written (the page's typesetting never reaches a textarea's words,
    # which go back to the store when saved: a review)
    add_comment(store, "act@1", "acme", "art_1__para_2", reason="Define 「persons」 as the PIPL does.")
    own = _english(client, "li").get("/d/act@1/a/art_1").text
    assert ">Define 「persons」 as the PIPL does.</textarea>" in own, own
    # a Chinese draft's pages, in English too, quote its words as written
    add_comment(store, "law@1", "acme", "art_2__para_1", reason="太宽。", quote="市场主体登记")
    assert '<span class="quote">「市场主体登记」</span>' in c.get("/staff/d/law@1/a/art_2").text
