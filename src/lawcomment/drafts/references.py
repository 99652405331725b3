"""Find cross-references in article text: 本法第十条第二款, 前两款, 第五条至第七条, Article 5(2).

References are resolved to eids relative to the unit they stand in; references to other
laws (《公司法》第十条, Article 16 of the Treaty) are marked external and never resolved.
"""

from __future__ import annotations

import re

from ..lazy import lazy_pattern
from ..model import Reference
from .ids import article_num
from .numerals import NUMERAL_CLASS, cn_to_int, letters_to_int, roman_to_int

_N = f"{NUMERAL_CLASS}+"


def _items(name: str) -> str:
    """第（三）项, and a list of items under one 第…项: 第（一）、（二）、（五）项, 第一、二项."""
    return rf"第(?P<{name}>[（(]?{_N}[）)]?(?:、[（(]?{_N}[）)]?)*)项"


def _paras(name: str) -> str:
    """第二款, and a list of 款 under one 第…款: 第一、二款."""
    return rf"第(?P<{name}>{_N}(?:、{_N})*)款"


_ZH = re.compile(
    rf"(?P<scope>本法|本条例|本规定|本办法|本解释|本决定|本细则|本条|本款|该条|该款)?"
    rf"(?:(?:第(?P<art>{_N})条(?:之(?P<zhi>{_N}))?)(?:{_paras('para')})?(?:{_items('item')})?"
    rf"|{_paras('para2')}(?:{_items('item2')})?"
    rf"|{_items('item3')}"
    rf"|前(?P<prev>[一二两三四五六七八九]?)款(?:{_items('item4')})?"
    rf"|前条(?:{_paras('para5')})?(?:{_items('item5')})?)"
)
_RANGE = lazy_pattern(
    rf"^(?:至|到|—|-|～)(?:第(?P<art>{_N})条(?:之(?P<zhi>{_N}))?|第(?P<para>{_N})款|第[（(]?(?P<item>{_N})[）)]?项)"
)
#: Ends a clause: a bare 第X款 only follows another article's citation within one clause.
_CLAUSE_END = re.compile(r"[。；;！？!?]")
# (第三条第二款、第四条 and 第三条至第四条 are one list too: a 款 or 项 of the first may stand before the mark)
# (the 款 and 项 of the citation before may come between, a list of their own: 第二十六条第三款、第四款、第二十七条)
_CONNECTOR = re.compile(r"^(?:(?:第[（(]?[〇零一二两三四五六七八九十百千\d]+[）)]?[款项])*(?:（[〇零一二两三四五六七八九十百千\d]+）)?"
                        r"(?:、|和|或者|或|及|以及|，|,|至|到))+$")
_EXTERNAL_ZH = lazy_pattern(
    r"(?:《(?P<q>[^《》]{1,60})》|(?P<w>[\u4e00-\u9fff]{0,10}[^\W本依违合方立执守用说做司非前该此\d]"
    r"(?:法|法典|条例|实施细则|条约|公约|协定)))$"
)


def external_law(before: str) -> str | None:
    """The other law named right before a citation (《公司法》, 专利法), or None for this law."""
    m = _EXTERNAL_ZH().search(before)
    return (m["q"] or m["w"]) if m else None


def is_connector(between: str) -> bool:
    """Whether two citations are one list (、 和 或者 及 …), so they cite the same law."""
    return _CONNECTOR.match(between) is not None


_EN = lazy_pattern(
    r"\b(?:(?:paragraph|Paragraph)\s+(?P<ppara>\d+)\s+of\s+)?Articles?\s+(?P<art>\d+[a-z]?)"
    r"(?:\((?P<para>\d+)\))?(?:\((?P<item>[a-z]{1,2})\))?(?:\((?P<sub>[ivx]+)\))?"
    r"|\b(?P<rel>paragraph)\s+(?P<rpara>\d+)\b(?!\s+of\s+Article)"
)
_EN_MORE = lazy_pattern(r"^(?P<sep>\s+to\s+|\s*,\s*|\s+and\s+|\s+or\s+)(?P<art>\d+[a-z]?)\b")
_EXTERNAL_EN = lazy_pattern(
    r"^\s*(?:thereof|of\s+(?!this\b)(?:Regulation|Directive|Decision|the\s+(?:Treaty|TFEU|TEU|Charter|Council)"
    r"|TFEU|TEU|Council|Commission))"
)


def _n(text: str) -> int:
    return cn_to_int(text)


def _nums(text: str | None) -> list[int]:
    """The numbers of 三, （一）、（二）、（五） or 一、二: ``[1, 2, 5]``; empty for None."""
    return [cn_to_int(t) for t in re.findall(_N, text)] if text else []


def _parses(text: str) -> bool:
    try:
        for t in re.findall(_N, text) or [text]:
            cn_to_int(t)
    except ValueError:
        return False
    return True


def _eid(art: str, para: int | None = None, item: int | None = None) -> str:
    eid = art
    if para is not None:
        eid += f"__para_{para}"
    if item is not None:
        eid += f"{'' if para is not None else '__para_1'}__item_{item}"
    return eid


def _eids(art: str, paras: list[int], items: list[int]) -> tuple[str, ...]:
    """第十条第一、二款 → two 款; 第二十二条第一款第（一）、（二）项 → two 项 of that 款."""
    return tuple(_eid(art, p, i) for p in (paras or [None]) for i in (items or [None]))  # type: ignore[list-item]


def find_references(text: str, language: str, article: str, para_index: int,
                    previous: str | None = None) -> tuple[Reference, ...]:  # fmt: skip
    """All references in ``text``, which stands in ``article`` (an eid), paragraph ``para_index``.

    ``previous`` is the eid of the article before, for 前条.
    """
    if language == "zh":
        # every citation _ZH reads says 第 or 前: a text with neither (most of a law) cites nothing
        if "第" not in text and "前" not in text:
            return ()
        return tuple(_find_zh(text, article, para_index, previous))
    return tuple(_find_en(text, article, para_index))


def _find_zh(text: str, article: str, para_index: int, previous: str | None) -> list[Reference]:
    """Chinese references in one unit's text (a 款, or a 项 of ``para_index``).

    A bare 第X项 or 第X款 is read in the frame the text has set, as statutes write them:

    - joined to the citation before it by 、 和 或者 及 (第十条第二款、第三款): that article;
    - a bare 第X项 after a citation that named a 款 or 项 (本法第二十二条第一款所列各项……
      第（四）项; 前款……除第（二）项外; 第一百二十条第一款第（一）项至第（三）项……；
      经营第（四）项至第（八）项): an item of that 款, for the rest of the text;
    - a bare 第X款 after a citation that named a 款 of another article, in the same clause
      (up to 。 or ；): a 款 of that article (本解释第二条第一款规定和第二款);
    - 该条第一款 / 该款第二项: the article / 款 just cited;
    - otherwise, and after 本条 / 本款: this article, and for a 项 this 款 (本条第X项: this
      article's item, in whichever 款 holds it).
    """
    out: list[Reference] = []
    last_end = -10
    last_art: str | None = None  # the article of the reference just before (for a list)
    last_para: int | None = None
    last_external: str | None = None
    # The 款 the text last cited below article level (article eid, 款 or None when only a
    # 项 of an article was named, the other law's name or None): what a bare 第X项 refers to.
    frame: tuple[str, int | None, str | None] | None = None
    skip_until = -1
    for m in _ZH.finditer(text):
        if m.start() < skip_until:
            continue
        if not all(_parses(v) for k, v in m.groupdict().items() if v and k not in ("scope", "prev")):
            continue  # 第十一二条 is a typo, not a reference: there is nothing to resolve
        between = text[last_end:m.start()] if last_end >= 0 else ""
        linked = last_end >= 0 and _CONNECTOR.match(between) is not None
        same_clause = last_end >= 0 and _CLAUSE_END.search(between) is None
        before = text[max(0, m.start() - 40):m.start()]
        ext = _EXTERNAL_ZH().search(before) if not m["scope"] else None  # 本法…, 该条… name no other law
        external = (ext["q"] or ext["w"]) if ext else (last_external if linked and not m["scope"] else None)
        relative = False
        targets: tuple[str, ...]
        range_end = None
        if m["prev"] is not None:
            count = _n(m["prev"]) if m["prev"] else 1
            relative = True
            first = para_index - count
            items = _nums(m["item4"])
            if first < 1:
                targets = ()
            elif items:  # 前款第六项
                targets = _eids(article, [para_index - 1], items)
            else:
                targets = tuple(_eid(article, i) for i in range(first, para_index))
            last_art, last_para = article, para_index - 1
            frame = (article, para_index - 1, None) if targets and count == 1 else None
        elif m.group(0).startswith("前条"):
            relative = True
            paras, items = _nums(m["para5"]), _nums(m["item5"])
            targets = _eids(previous, paras, items) if previous else ()
            last_art, last_para = previous, (paras[-1] if paras else None)
            frame = (previous, last_para, None) if previous and (paras or items) else None
        elif m["art"]:
            zhi = _n(m["zhi"]) if m["zhi"] else None
            art = f"art_{article_num(_n(m['art']), zhi)}"
            paras, items = _nums(m["para"]), _nums(m["item"])
            targets = _eids(art, paras, items)
            last_art, last_para = art, (paras[-1] if paras else None)
            frame = (art, last_para, external) if paras or items else None
        else:
            # 第二款 / 第（三）项 without an article: see the docstring for whose they are.
            scope = m["scope"]
            if m["para2"]:
                paras, items = _nums(m["para2"]), _nums(m["item2"])
                para: int | None = paras[-1]
                if scope == "该条" and last_art is not None:  # 该条第一款: the article just cited
                    art, external = last_art, last_external
                elif scope is None and linked and last_art is not None:
                    art, external = last_art, external or last_external
                elif scope is None and same_clause and frame is not None and frame[1] is not None:
                    art, external = frame[0], frame[2]  # 本解释第二条第一款规定和第二款
                else:
                    art = article
            else:
                paras, items = [], _nums(m["item3"])
                if scope == "本款":
                    art, para = article, para_index
                elif scope == "本条":  # 本条第（二）项: an item of this article, whichever 款 holds it
                    art, para = article, None
                elif scope == "该条" and last_art is not None:
                    art, para, external = last_art, None, last_external
                elif scope in (None, "该款") and linked and last_art is not None:
                    art, para, external = last_art, last_para, external or last_external
                elif scope in (None, "该款") and frame is not None:
                    art, para, external = frame[0], frame[1], external or frame[2]
                else:
                    art, para = article, para_index
                paras = [para] if para is not None else []
            relative = art == article
            targets = _eids(art, paras, items)
            last_art, last_para = art, para
            frame = (art, para, external)
        if targets and (tail := _RANGE().match(text[m.end():])):
            range_end = _range_end(targets[-1], tail)
            skip_until = m.end() + tail.end()
        end = skip_until if range_end else m.end()
        out.append(Reference(text[m.start():end], m.start(), end, targets if not external else (),
                             range_end if not external else None, external, relative))  # fmt: skip
        last_end = end
        last_external = external
    return out


def _range_end(start: str, tail: re.Match[str]) -> str:
    """The far end of 第五条至第七条 / 第六项至第八项, in the same frame as ``start``."""
    if tail["art"]:
        return f"art_{article_num(_n(tail['art']), _n(tail['zhi']) if tail['zhi'] else None)}"
    comps = start.split("__")
    if tail["para"]:
        return f"{comps[0]}__para_{_n(tail['para'])}"
    head = comps[:2] if len(comps) > 1 else [comps[0], "para_1"]
    return "__".join(head) + f"__item_{_n(tail['item'])}"


def _find_en(text: str, article: str, para_index: int) -> list[Reference]:
    out: list[Reference] = []
    for m in _EN().finditer(text):
        if m["rel"]:
            out.append(Reference(m.group(0), m.start(), m.end(), (_eid(article, int(m["rpara"])),), relative=True))
            continue
        art = f"art_{m['art'].lower()}"
        para = int(m["ppara"] or m["para"]) if (m["ppara"] or m["para"]) else None
        eid = _eid(art, para, letters_to_int(m["item"]) if m["item"] else None)
        if m["sub"]:
            eid += f"__subitem_{roman_to_int(m['sub'])}"
        end = m.end()
        targets = [eid]
        range_end = None
        while more := _EN_MORE().match(text[end:]):
            if "to" in more["sep"]:
                range_end = f"art_{more['art'].lower()}"
            else:
                targets.append(f"art_{more['art'].lower()}")
            end += more.end()
        external = None
        if ext := _EXTERNAL_EN().match(text[end:end + 80]):
            external = ext.group(0).strip()
        out.append(Reference(text[m.start():end], m.start(), end, () if external else tuple(targets),
                             None if external else range_end, external))  # fmt: skip
    return out
