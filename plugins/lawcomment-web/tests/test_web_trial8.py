"""A web trial on 统计法 2009 → 2024 (PostgreSQL, two workers), and members' list entries offered
together: what members and staff met, through the app as a browser sends it."""

from __future__ import annotations

import re

import pytest

from conftest import post

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
