"""Pages as a member reading in English sees them when the draft has an English working text: the
draft called by its English title and each article by its English citation, the Chinese beside."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
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
