"""How a row's article cell asks for a new article: 在第二十四条后增加一条, 新增第二十四条之一, 第二十四条之一 the draft
lacks, New Article 24-1; the article it follows. Read alike by the comment form and by CSV and Excel rows."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..drafts.numerals import parse_number
from ..model import Kind, Unit

_NUM = "[〇零一二三四五六七八九十百千两\\d]+"
_CITED = rf"第(?P<n>{_NUM})条(?:之(?P<x>[一二三四五六七八九十]+))?"
_ADDING = "(?:新增|增加|增设|增补|添加|补充|新设|插入|加)"
#: A line of a 条款 cell saying after which article a new one goes: 在第二十四条后增加一条, 建议在第二十四条
#: 后面新增, after Article 24 (a line of its own: a member types beside the locked citation, and a
#: note that only mentions another article's place, 与第十一条后新增条文衔接, is no such line).
_AFTER = re.compile(rf"^\s*(?:建议)?\s*在?\s*{_CITED}\s*(?:之)?后(?:面|边)?\s*{_ADDING}(?!\s*一?[款项])|^\s*(?:(?:add|insert)\s+(?:a\s+)?"
                    r"(?:new\s+)?(?:article|section)\s+)?after\s+(?:article|section)\s+(?P<en>\d+)(?:-(?P<enx>\d+)|(?P<enl>[a-z])(?![a-z]))?\s*$",
                    re.IGNORECASE)  # fmt: skip
#: A 条款 cell numbering a new article: 新增第二十四条之一, 第二十四条之一（新增）, New Article 24-1, Article 24a (as the
#: EU numbers one put in, and this tool's English prints it: New Article 30a; a bill's Section 5A).
_NUMBERED = re.compile(rf"^\s*(?P<new>{_ADDING})?\s*{_CITED}\s*(?P<marked>[（(]新增[)）])?|^\s*(?P<newen>new\s+)?"
                       r"(?:article|section)\s+(?P<en>\d+)(?:-(?P<enx>\d+)|(?P<enl>[a-z])(?![a-z]))?\s*(?P<markeden>\(new\))?",
                       re.IGNORECASE)  # fmt: skip
#: A line asking for one more article and nothing else (新增一条, 添加条款, 新条文, a new article).
_ADD_ONE = re.compile(rf"^\s*(?:建议)?(?:{_ADDING}\s*(?:一条|条文|条款|一个条文|新条|新条文)|新条文)\s*[。.]?\s*$|"
                      r"^\s*(?:(?:add|insert)\s+)?(?:a\s+)?new\s+(?:article|section|provision)\s*\.?\s*$", re.IGNORECASE)
#: A line asking for a new article, whether or not it says where (新增一条, 新增第二十五条, 第二十五条
#: （新增）, Article 25 (new)); never a new 款 or 项 of an article (增加一款, 新增第二款, 第二款（新增）).
_NEW_INTENT = re.compile(rf"{_ADD_ONE.pattern}|^\s*(?:{_ADDING}\s*)?{_CITED}\s*(?:[（(]新增[)）])?\s*$|"
                         r"^\s*(?:new\s+)?(?:article|section)\s+\d+(?:-\d+|[a-z])?\s*(?:\(new\))?\s*$", re.IGNORECASE)


def _article_named(found: re.Match[str]) -> tuple[int, int]:
    """The number and 之X (-X) of the article a match of :data:`_AFTER` or :data:`_NUMBERED` names."""
    if found["en"] is not None:  # (30a: the first put in after 30, as 30-1)
        letter = found.groupdict().get("enl")
        return int(found["en"]), int(found["enx"]) if found["enx"] else (ord(letter.lower()) - 96 if letter else 0)
    return parse_number(found["n"]), parse_number(found["x"]) if found["x"] else 0


def asks_new_article(cell: str) -> bool:
    """Whether a 条款 cell asks for a new article (:data:`_NEW_INTENT`, a line of its own), marked new
    or added: never a citation of the draft alone (the caller knows the row named none, or a copy)."""
    lines = [line for line in cell.splitlines() if line.strip()]
    return any(_ADD_ONE.match(line) or _AFTER.match(line) for line in lines) or any(
        re.search(rf"^\s*{_ADDING}|[（(]新增[)）]|\(new\)|^\s*new\s", line, re.IGNORECASE) and _NEW_INTENT.match(line)
        for line in lines)  # fmt: skip


def numbers_new_article(cell: str) -> bool:
    """Whether a citation the draft lacks may name a new article (:func:`new_article_after` finds which): asked
    (:func:`asks_new_article`), or numbered as one put in, 第二十四条之一, Article 24-1, Article 24a."""
    return asks_new_article(cell) or "之" in cell or _PUT_IN.match(cell) is not None


#: An English citation numbering an article put in: Article 24-1, Article 24a, New Article 24a, Section 5A.
_PUT_IN = re.compile(r"^\s*(?:new\s+)?(?:article|section)\s+\d+(?:-\d+|[a-z](?![a-z]))\s*(?:\(new\))?\s*$", re.IGNORECASE)


def new_article_after(cell: str, index: Mapping[str, Unit], copied: bool = False) -> Unit | None:
    """The article a row the member added for a new article follows, by its 条款 cell: a line 在第二十四条
    后增加一条 (after 第二十四条), 新增第二十四条之二 (after 第二十四条之一), or 第二十四条之一 the draft
    lacks; in a row ``copied`` from another (its hidden id another row's, or none), the row's
    citation with 新增一条 on a line of its own. None for a row of an article of the draft: a note
    beside its citation (增加一条但书, 与第十一条后新增条文衔接) is no new article (a review's)."""

    def article(n: int, x: int = 0) -> Unit | None:
        unit = index.get(f"art_{n}" + (f"-{x}" if x else ""))
        return unit if unit is not None and unit.kind is Kind.ARTICLE else None

    lines = [line for line in cell.splitlines() if line.strip()]
    for line in lines:
        if (found := _AFTER.match(line)) is not None:
            return article(*_article_named(found))
    found = _NUMBERED.match(lines[0]) if lines else None
    if found is None:
        return None
    n, x = _article_named(found)
    marked = bool(found["new"] or found["marked"] or found["newen"] or found["markeden"])
    if not x:  # 第二十四条 of a copied row with 新增一条 on a line of its own: after it
        return article(n) if copied and not marked and any(_ADD_ONE.match(line) for line in lines[1:]) else None
    if article(n, x) is not None and not marked:
        return None  # 第二十四条之一 of the draft: its own row
    return article(n, x - 1) if x > 1 and article(n, x - 1) is not None else article(n)  # (之二: after 之一)
