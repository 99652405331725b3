"""Akoma Ntoso–style eids for units, and conversion between citations and eids.

Grammar: ``eid = comp *("__" comp)``, ``comp = token "_" num ["_" DIGITS]`` where ``num``
is ASCII (``12``, ``120-1``, ``4a``) or ``nn_K`` for an unnumbered unit; the optional tail
``_2`` marks a duplicate. Articles are rooted at the document (``art_12``), so an article
keeps its eid when it moves to another chapter; containers nest (``chp_2__sec_1``).

>>> citation_to_eid("第十二条第二款第三项")
'art_12__para_2__item_3'
>>> eid_to_citation("art_120-1__para_2", lang="en")
'Article 120-1(2)'
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import CitationError
from ..lazy import lazy_pattern
from ..model import EID_TOKENS, Kind
from .numerals import (
    NUMERAL_CLASS,
    cn_to_int,
    int_to_cn,
    int_to_letters,
    int_to_roman,
    letters_to_int,
    parse_number,
    roman_to_int,
)

_COMP = r"(?:preamble|[a-z]+_(?:nn_\d+|[0-9a-z]+(?:-[0-9a-z]+)*))(?:_\d+)?"
#: The full eid grammar as a regex.
EID_RE = re.compile(rf"^{_COMP}(?:__{_COMP})*$")
_TOKEN_KIND = {token: kind for kind, token in EID_TOKENS.items()}


def is_eid(text: str) -> bool:
    """True when ``text`` follows the eid grammar (``art_12__para_2``)."""
    return bool(EID_RE.match(text))


def article_num(base: int, insert: int | None = None) -> str:
    """ASCII number of 第一百二十条之一: ``article_num(120, 1) == "120-1"``."""
    return f"{base}-{insert}" if insert else str(base)


def split_eid(eid: str) -> list[tuple[Kind, str]]:
    """``"art_12__para_2"`` → ``[(Kind.ARTICLE, "12"), (Kind.PARAGRAPH, "2")]``.

    Duplicate tails (``_2``) are dropped; ``nn_K`` numbers come back as ``"nn_K"``.
    """
    if not is_eid(eid):
        raise CitationError(f"not an eid: {eid!r}")
    out: list[tuple[Kind, str]] = []
    for comp in eid.split("__"):
        if comp.startswith("preamble"):
            out.append((Kind.PREAMBLE, ""))
            continue
        token, _, num = comp.partition("_")
        if num.startswith("nn_"):
            num = "nn_" + num[3:].split("_")[0]
        else:
            num = num.split("_")[0]
        if token not in _TOKEN_KIND:
            raise CitationError(f"unknown eid component {token!r} in {eid!r}")
        out.append((_TOKEN_KIND[token], num))
    return out


def _zh_num(text: str) -> int:
    try:
        return cn_to_int(text)
    except ValueError:
        raise CitationError(f"not a number: {text!r}") from None


_N = f"{NUMERAL_CLASS}+"
_ZH_CITATION = lazy_pattern(
    rf"^(?:本法|本条例|本规定|本办法)?"
    rf"(?:第(?P<part>{_N})编)?(?:第(?P<subpart>{_N})分编)?"
    rf"(?:第(?P<chapter>{_N})章)?(?:第(?P<section>{_N})节)?"
    # (第 left out before an article's number, 三十三条; a 项 by its label alone, 第六十二条（八）: as members type them)
    rf"(?:第?(?P<article>{_N})条(?:之(?P<zhi>{_N}))?)?"
    rf"(?:第(?P<para>{_N})款)?"
    rf"(?:第[（(]?(?P<item>{_N})[）)]?项|(?<=[条款])[（(](?P<label>{_N})[）)]项?)?"
    rf"(?:第(?P<subitem>{_N})目)?$"
)
_EN_CITATION = lazy_pattern(
    r"^(?:(?:Art(?:icle)?\.?|§)\s*(?P<article>\d+[a-z]?(?:-\d+)?)"
    r"(?:\s*\((?P<para>\d+)\))?(?:\s*\((?P<item>[a-z]+|\d+)\))?(?:\s*\((?P<subitem>[ivxlc]+)\))?"
    r"|Chapter\s+(?P<chapter>[IVXLC]+|\d+)|Part\s+(?P<part>[IVXLC]+|\d+)"
    r"|Section\s+(?P<section>\d+))$",
    re.IGNORECASE,
)
#: An English citation in words or with a dotted paragraph, as members type them: Article 15, item 3;
#: Article 15, paragraph 1, item 3; Article 15.1(3); Article 15 item (3); Article 4, point 17
_EN_WORDED = lazy_pattern(
    r"^(?:Art(?:icle)?\.?|§)\s*(?P<article>\d+[a-z]?(?:-\d+)?)"
    r"(?:\.(?P<dot>\d+)|\s*\((?P<bracketed>\d+)\)|,?\s*(?:paragraph|para\.?)\s*\(?(?P<para>\d+)\)?)?"
    r"(?:,?\s*(?:item|point)\s*\(?(?P<item>[a-z]{1,3}|\d+)\)?|\s*\((?P<item2>[a-z]{1,3}|\d+)\))?"
    r"(?:,?\s*(?:sub-?item|sub-?point)\s*\(?(?P<subitem>[ivxlc]+|[a-z]|\d+)\)?)?$",
    re.IGNORECASE,
)
#: The forms an English citation is read in, named when one is not
EN_FORMS = ("Article 15", "Article 15(1)", "Article 15(1)(3)", "Article 15(1)(3)(ii)",
            "Article 15, paragraph 1, item 3")  # fmt: skip
_CONTAINER_ORDER = (Kind.PART, Kind.SUBPART, Kind.CHAPTER, Kind.SECTION)


def _build(parts: dict[Kind, str], citation: str = "", paragraph_optional: bool = False) -> str:
    orphan = [k for k in (Kind.PARAGRAPH, Kind.ITEM, Kind.SUBITEM) if k in parts]
    if orphan and Kind.ARTICLE not in parts:
        raise CitationError(f"{citation!r} names a {orphan[0].value} without its article")
    if Kind.ARTICLE in parts:
        chain = [Kind.ARTICLE, Kind.PARAGRAPH, Kind.ITEM, Kind.SUBITEM]
    else:
        chain = list(_CONTAINER_ORDER)
    comps = [f"{EID_TOKENS[k]}_{parts[k]}" for k in chain if k in parts]
    if Kind.ARTICLE in parts:
        missing = [k for k in chain[1:] if k not in parts and any(j in parts for j in chain[chain.index(k):])]
        if paragraph_optional and missing == [Kind.PARAGRAPH]:
            missing = []  # 第三十一条第（五）项: the draft knows whether art_31 has one 款
        if missing:
            # 第十二条第三项 names an item without its 款: items live under a paragraph.
            raise CitationError(f"a citation of a {missing[0].value}'s child must name the {missing[0].value}")
    if not comps:
        raise CitationError("empty citation")
    return "__".join(comps)


_BARE_NUMBER = lazy_pattern(rf"^(?P<article>\d+|{_N})(?:(?:-|之)(?P<zhi>\d+|{_N}))?$")


def citation_to_eid(citation: str, paragraph_optional: bool = False) -> str:
    """Convert 第十二条第二款第（三）项, Article 12(2)(3) (or 12(2)(c), or in words: Article 12,
    paragraph 2, item 3), a bare article number (``12``,
    ``120-1``, 十二, 一百二十之一) or a raw eid to an eid.

    An item cited without its 款 (第十二条第三项, Article 12(c)) is an error, because only
    the draft knows whether article 12 has one 款; with ``paragraph_optional=True`` it
    gives the eid without the paragraph (``art_12__item_3``), which
    :func:`lawcomment.drafts.anchors.resolve` places in the draft. Raises CitationError when the
    text is none of these.
    """
    return _citation_to_eid(citation, paragraph_optional)


@lru_cache(maxsize=8192)
def _citation_to_eid(citation: str, paragraph_optional: bool) -> str:
    """:func:`citation_to_eid`, remembered: a comment file cites the same few articles again and
    again (a result is a str, so nothing shared can change; a CitationError is raised anew each time)."""
    text = re.sub(r"\s+", "", citation) if not citation.isascii() else citation.strip()
    # a mark typed after it (第三十一条第二款，: a sheet's cell copied from a sentence) is no part of it
    text = text.rstrip("，,。.；;：:") or text
    if is_eid(text):
        return text
    if m := _BARE_NUMBER().match(text):
        try:
            base = int(m["article"]) if m["article"].isdigit() else cn_to_int(m["article"])
            zhi = (int(m["zhi"]) if m["zhi"].isdigit() else cn_to_int(m["zhi"])) if m["zhi"] else None
        except ValueError:
            raise CitationError(f"cannot read the citation {citation!r}") from None
        return f"art_{article_num(base, zhi)}"
    if m := _ZH_CITATION().match(text):
        parts: dict[Kind, str] = {}
        names = {"part": Kind.PART, "subpart": Kind.SUBPART, "chapter": Kind.CHAPTER,
                 "section": Kind.SECTION, "para": Kind.PARAGRAPH, "item": Kind.ITEM,
                 "subitem": Kind.SUBITEM}  # fmt: skip
        if m["article"]:
            zhi = _zh_num(m["zhi"]) if m["zhi"] else None
            parts[Kind.ARTICLE] = article_num(_zh_num(m["article"]), zhi)
            names = {k: v for k, v in names.items() if v not in _CONTAINER_ORDER}
        for group, kind in names.items():
            if m[group]:
                parts[kind] = str(_zh_num(m[group]))
        if m["label"]:  # （八） after its article or 款: its 项
            parts[Kind.ITEM] = str(_zh_num(m["label"]))
        if parts:
            return _build(parts, citation, paragraph_optional)
    if m := _EN_CITATION().match(text):
        parts = {}
        if m["article"]:
            parts[Kind.ARTICLE] = _en_article(m["article"])
            if m["para"]:
                parts[Kind.PARAGRAPH] = m["para"]
            if m["item"]:  # (a) as English laws letter them, or (1) as an English rendering of （一） numbers them
                parts[Kind.ITEM] = str(int(m["item"])) if m["item"].isdigit() else str(letters_to_int(m["item"]))
            if m["subitem"]:
                parts[Kind.SUBITEM] = str(roman_to_int(m["subitem"]))
        for group, kind in (("part", Kind.PART), ("chapter", Kind.CHAPTER), ("section", Kind.SECTION)):
            if m[group]:
                parts[kind] = str(parse_number(m[group]))
        return _build(parts, citation, paragraph_optional)
    if (m := _EN_WORDED().match(text)) is not None and any(m[g] for g in ("dot", "para", "item", "item2", "subitem")) \
            and not (m["bracketed"] and not (m["item"] or m["item2"] or m["subitem"])):  # fmt: skip
        parts = {Kind.ARTICLE: _en_article(m["article"])}
        if para := m["dot"] or m["para"] or m["bracketed"]:
            parts[Kind.PARAGRAPH] = para
        if item := m["item"] or m["item2"]:
            parts[Kind.ITEM] = str(int(item)) if item.isdigit() else str(letters_to_int(item))
        if sub := m["subitem"]:
            parts[Kind.SUBITEM] = sub if sub.isdigit() else str(roman_to_int(sub) if re.fullmatch("[ivxlc]+", sub, re.I)
                                                                 else letters_to_int(sub))  # fmt: skip
        return _build(parts, citation, paragraph_optional)
    several = [x for x in _SEVERAL().split(text) if x]
    if len(several) > 1 and all(_ZH_CITATION().match(x) or _BARE_NUMBER().match(x) for x in several):
        # 第十二条、第十三条 in one cell: a comment is on one unit (a trial's, refused unsaid why)
        raise CitationError(f"cannot read the citation {citation!r}: it names {len(several)} units; give each its own "
                            "row (or comment on the one the words are in)")  # fmt: skip
    english = ""
    if re.match(r"(?i)(?:art(?:icle)?\b|art\.|§)", text):
        # (a trial's English CSV was refused whole for Article 15, item 3, unsaid how to write it)
        english = f": an English citation is read as {', '.join(EN_FORMS[:-1])} or {EN_FORMS[-1]}"
    raise CitationError(f"cannot read the citation {citation!r}{_traditional_hint(text, paragraph_optional)}"
                        f"{_typing_hint(text)}{english}")


#: 第二十九条第（二）款: a 款's number in a 项's brackets.
_BRACKETED_KUAN = lazy_pattern(r"第[（(](?P<n>[一二三四五六七八九十]+)[）)]款")
#: 第三十条第一、二款: several 款 (or 项) of one article in one citation.
_SEVERAL_PARTS = lazy_pattern(r"^(?P<head>.*?第[^第]+?条)第(?P<nums>[一二三四五六七八九十]+(?:[、，,和及与][一二三四五六七八九十]+)+)"
                              r"(?P<kind>[款项])$")


#: 10.2, 12.1.3: an article and its 款 (and 项) as a sheet numbers them, or an article put in after another (10-2)?
_DOTTED = lazy_pattern(r"^(?P<a>\d{1,4})\.(?P<k>\d{1,3})(?:\.(?P<i>\d{1,3}))?$")


def _typing_hint(text: str) -> str:
    """What a citation typed in a way a sheet often has means, when it reads once rewritten: a 款
    numbered in brackets (第（二）款: its 款 or its 项?), several 款 of one article (第一、二款), a
    dotted number (10.2: 第十条第二款, or 第十条之二?); "" otherwise. Never read so unsaid: a
    citation is where a comment goes."""

    def reads(cited: str) -> bool:
        try:
            _citation_to_eid(cited, True)
        except CitationError:
            return False
        return True

    if (m := _BRACKETED_KUAN().search(text)) is not None:
        kuan, item = text.replace(m[0], f"第{m['n']}款"), text.replace(m[0], f"第（{m['n']}）项")
        if reads(kuan):
            return f": a 款 is numbered without brackets; write {kuan} for the 款, or {item} for the 项"
    if (m := _SEVERAL_PARTS().match(text)) is not None:
        parts = [f"{m['head']}第{n}{m['kind']}" for n in re.split("[、，,和及与]", m["nums"])]
        if all(reads(p) for p in parts):
            return (f": it names {len(parts)} units ({'、'.join(parts)}); give each its own row (or comment on "
                    f"{m['head']} as a whole)")
    if (m := _DOTTED().match(text)) is not None and all(int(n) for n in m.groups() if n is not None):
        # (a trial's sheet cited 10.2: read as 第十条第二款 it may be 第十条之二, which 10-2 cites; never guessed)
        article = f"第{int_to_cn(int(m['a']))}条"
        part = f"{article}第{int_to_cn(int(m['k']))}款" + (f"第{int_to_cn(int(m['i']))}项" if m["i"] else "")
        english = f"Article {m['a']}({m['k']})" + (f"({m['i']})" if m["i"] else "")
        added = f", or {article}之{int_to_cn(int(m['k']))} ({m['a']}-{m['k']}, an article put in after {article})" if not m["i"] else ""
        return f": a dotted number is not read; write the unit as the draft cites it: {part} ({english}){added}"
    return ""


#: The traditional forms of a citation's words (Big5 sheets, Hong Kong and Taiwan members): 第三十七條.
_TRADITIONAL = str.maketrans({"條": "条", "項": "项", "節": "节", "編": "编"})


def _traditional_hint(text: str, paragraph_optional: bool) -> str:
    """What to write for a citation typed with traditional characters (第三十七條第（六）项), when written
    in simplified ones it reads: never read so unsaid (a citation is where a comment goes, and the
    member is asked to write it as the draft does), "" otherwise."""
    simplified = text.translate(_TRADITIONAL)
    if simplified == text:
        return ""
    try:
        _citation_to_eid(simplified, paragraph_optional)
    except CitationError:
        return ""
    found = [(a, b) for a, b in (("條", "条"), ("項", "项"), ("節", "节"), ("編", "编")) if a in text]
    forms = (f"{found[0][0]} is the traditional form of {found[0][1]}" if len(found) == 1 else
             f"{' and '.join(a for a, _ in found)} are the traditional forms of {' and '.join(b for _, b in found)}")  # fmt: skip
    return f": {forms}; write it as the draft does, {simplified}"


#: What joins several citations in one cell: 第十二条、第十三条, 第十二条和第十三条, 12,13.
_SEVERAL = lazy_pattern(r"[、，,；;/和及与]|以及")


def lettered(num: str, upper: bool = False) -> str:
    """An English law's number of an article it puts in, as such laws label it: 5-1 → 5a (a bill's
    sections, ``upper``: 5A); one past the 26th letter, or no inserted one, as it is (the inverse
    of how a citation's 5a is read). The submission and the instrument both name new articles so."""
    base, _, sub = num.partition("-")
    if not sub.isdigit() or not 0 < int(sub) <= 26:
        return num
    return base + chr((64 if upper else 96) + int(sub))


def _en_article(num: str) -> str:
    """The number of an English article as cited: 5a and 5A are the one inserted after 5 (5-1),
    as the draft's reading numbers them."""
    if num[-1].isalpha():
        return article_num(int(num[:-1]), letters_to_int(num[-1]))
    return num


def _zh_article(num: str) -> str:
    base, _, insert = num.partition("-")
    if not base.isdigit():
        return f"第{num}条"
    return f"第{int_to_cn(int(base))}条" + (f"之{int_to_cn(int(insert))}" if insert.isdigit() else "")


def eid_to_citation(eid: str, lang: str = "zh", item_parens: bool = False, digits: bool = False) -> str:
    """Render an eid as a citation: 第十二条第二款第三项 (``lang="zh"``) or Article 12(2)(c), an item
    lettered as an English act letters its points; ``digits``: Article 12(2)(3), a Chinese law's 项
    numbered as the NPC's translations number it (``law_citation`` of a Chinese draft; an English
    draft's own labels: ``law_citation`` too).

    ``item_parens`` writes 项 as 第（三）项, the form some drafting styles prefer.
    """
    comps = split_eid(eid)
    out: list[str] = []
    for kind, num in comps:
        numeric = num.isdigit()
        if kind is Kind.PREAMBLE:
            out.append("序言" if lang == "zh" else "Preamble")
        elif lang == "zh":
            cn = int_to_cn(int(num)) if numeric else num
            if kind is Kind.ARTICLE:
                out.append(_zh_article(num))
            elif kind is Kind.ITEM:
                out.append(f"第（{cn}）项" if item_parens else f"第{cn}项")
            else:
                suffix = {Kind.PART: "编", Kind.SUBPART: "分编", Kind.CHAPTER: "章", Kind.SECTION: "节",
                          Kind.PARAGRAPH: "款", Kind.SUBITEM: "目", Kind.ANNEX: "附件",
                          Kind.TABLE: "表"}[kind]  # fmt: skip
                out.append(f"附件{cn}" if kind is Kind.ANNEX else f"第{cn}{suffix}")
        else:
            if kind is Kind.ARTICLE:
                out.append(f"Article {num}")
            elif kind is Kind.PARAGRAPH:
                out.append(f"({num})")
            elif kind is Kind.ITEM:
                # (c), as an English act letters its points; (3) as the NPC's translations number a 项 (三)
                out.append(f"({int_to_letters(int(num))})" if numeric and not digits else f"({num})")
            elif kind is Kind.SUBITEM:
                out.append(f"({int_to_roman(int(num)).lower()})" if numeric else f"({num})")
            else:
                name = {Kind.PART: "Part", Kind.SUBPART: "Subpart", Kind.CHAPTER: "Chapter",
                        Kind.SECTION: "Section", Kind.ANNEX: "Annex", Kind.TABLE: "Table"}[kind]  # fmt: skip
                shown = int_to_roman(int(num)) if numeric and kind in (Kind.CHAPTER, Kind.ANNEX) else num
                out.append(f"{name} {shown}")
    return ("" if lang == "zh" else " ").join(out).replace(" (", "(")
