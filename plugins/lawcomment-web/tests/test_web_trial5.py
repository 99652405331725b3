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
    assert '<p class="meta where">第二条第一款 「市场主体登记」</p>' in _row(page, quoted)
    assert '<p class="meta where">第二条</p>' in _row(page, whole)
    for cid, now in ((para, "第二条第二款"), (quoted, "第二条第一款"), (whole, "第二条")):
        assert f'<input name="at" size="14" maxlength="100" value="{now}" placeholder="如 第八条第一款"' in _row(page, cid)
    # in English, as the English pages cite
    english = client("wang")
    english.cookies.set("lang", "en")
    assert '<p class="meta where">Article 2(1) 「市场主体登记」</p>' in _row(english.get(MERGED2).text, quoted)
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
    assert re.search(rf'>{made.id}</a></td>\s*<td class="nowrap">第二条之后</td><td class="nowrap">新增</td>', mine)
    assert '<p class="meta where">第二条之后</p>' in _row(client("wang").get(MERGED2).text, made.id)
