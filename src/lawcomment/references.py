"""Find cross-references in article text: 本法第十条第二款, 前两款, 第五条至第七条, Article 5(2).

References are resolved to eids relative to the unit they stand in; references to other
laws (《公司法》第十条, Article 16 of the Treaty) are marked external and never resolved.
"""

from __future__ import annotations

import re

from .ids import article_num
from .model import Reference
from .numerals import NUMERAL_CLASS, cn_to_int, letters_to_int, roman_to_int

_N = f"{NUMERAL_CLASS}+"
_ZH = re.compile(
    rf"(?P<scope>本法|本条例|本规定|本办法|本解释|本决定|本细则|本条)?"
    rf"(?:(?:第(?P<art>{_N})条(?:之(?P<zhi>{_N}))?)(?:第(?P<para>{_N})款)?(?:第[（(]?(?P<item>{_N})[）)]?项)?"
    rf"|第(?P<para2>{_N})款(?:第[（(]?(?P<item2>{_N})[）)]?项)?"
    rf"|第[（(]?(?P<item3>{_N})[）)]?项"
    rf"|前(?P<prev>[一二两三四五六七八九]?)款(?:第[（(]?(?P<item4>{_N})[）)]?项)?"
    rf"|前条(?:第(?P<para5>{_N})款)?(?:第[（(]?(?P<item5>{_N})[）)]?项)?)"
)
_RANGE = re.compile(
    rf"^(?:至|到|—|-|～)(?:第(?P<art>{_N})条(?:之(?P<zhi>{_N}))?|第(?P<para>{_N})款|第[（(]?(?P<item>{_N})[）)]?项)"
)
_CONNECTOR = re.compile(r"^(?:、|和|或者|或|及|以及|，|,)$")
_EXTERNAL_ZH = re.compile(
    r"(?:《(?P<q>[^《》]{1,60})》|(?P<w>[\u4e00-\u9fff]{0,10}[^\W本依违合方立执守用说做司非前该此\d]"
    r"(?:法|法典|条例|实施细则|条约|公约|协定)))$"
)


def external_law(before: str) -> str | None:
    """The other law named right before a citation (《公司法》, 专利法), or None for this law."""
    m = _EXTERNAL_ZH.search(before)
    return (m["q"] or m["w"]) if m else None


def is_connector(between: str) -> bool:
    """Whether two citations are one list (、 和 或者 及 …), so they cite the same law."""
    return _CONNECTOR.match(between) is not None


_EN = re.compile(
    r"\b(?:(?:paragraph|Paragraph)\s+(?P<ppara>\d+)\s+of\s+)?Articles?\s+(?P<art>\d+[a-z]?)"
    r"(?:\((?P<para>\d+)\))?(?:\((?P<item>[a-z]{1,2})\))?(?:\((?P<sub>[ivx]+)\))?"
    r"|\b(?P<rel>paragraph)\s+(?P<rpara>\d+)\b(?!\s+of\s+Article)"
)
_EN_MORE = re.compile(r"^(?P<sep>\s+to\s+|\s*,\s*|\s+and\s+|\s+or\s+)(?P<art>\d+[a-z]?)\b")
_EXTERNAL_EN = re.compile(
    r"^\s*(?:thereof|of\s+(?!this\b)(?:Regulation|Directive|Decision|the\s+(?:Treaty|TFEU|TEU|Charter|Council)"
    r"|TFEU|TEU|Council|Commission))"
)


def _n(text: str) -> int:
    return cn_to_int(text)


def _parses(text: str) -> bool:
    try:
        cn_to_int(text)
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


def find_references(text: str, language: str, article: str, para_index: int,
                    previous: str | None = None) -> tuple[Reference, ...]:  # fmt: skip
    """All references in ``text``, which stands in ``article`` (an eid), paragraph ``para_index``.

    ``previous`` is the eid of the article before, for 前条.
    """
    if language == "zh":
        return tuple(_find_zh(text, article, para_index, previous))
    return tuple(_find_en(text, article, para_index))


def _find_zh(text: str, article: str, para_index: int, previous: str | None) -> list[Reference]:
    out: list[Reference] = []
    last_end = -10
    last_art: str | None = None
    last_para: int | None = None
    last_external: str | None = None
    skip_until = -1
    for m in _ZH.finditer(text):
        if m.start() < skip_until or m.group(0) in ("本条",):
            continue
        if not all(_parses(v) for k, v in m.groupdict().items() if v and k not in ("scope", "prev")):
            continue  # 第十一二条 is a typo, not a reference: there is nothing to resolve
        linked = _CONNECTOR.match(text[last_end:m.start()]) is not None and last_end >= 0
        before = text[max(0, m.start() - 40):m.start()]
        ext = _EXTERNAL_ZH.search(before) if not m["scope"] else None
        external = (ext["q"] or ext["w"]) if ext else (last_external if linked and not m["scope"] else None)
        relative = False
        targets: tuple[str, ...]
        range_end = None
        if m["prev"] is not None:
            count = _n(m["prev"]) if m["prev"] else 1
            relative = True
            first = para_index - count
            if first < 1:
                targets = ()
            elif m["item4"]:  # 前款第六项
                targets = (_eid(article, para_index - 1, _n(m["item4"])),)
            else:
                targets = tuple(_eid(article, i) for i in range(first, para_index))
            last_art, last_para = article, para_index - 1
        elif m.group(0).startswith("前条"):
            relative = True
            para = _n(m["para5"]) if m["para5"] else None
            targets = (_eid(previous, para, _n(m["item5"]) if m["item5"] else None),) if previous else ()
            last_art, last_para = previous, para
        elif m["art"]:
            zhi = _n(m["zhi"]) if m["zhi"] else None
            art = f"art_{article_num(_n(m['art']), zhi)}"
            para = _n(m["para"]) if m["para"] else None
            item = _n(m["item"]) if m["item"] else None
            targets = (_eid(art, para, item),)
            last_art, last_para = art, para
        else:
            # 第二款 / 第（三）项 without an article: this article, or the one just named.
            if not linked or last_art is None:
                last_art = article
            art = last_art
            relative = art == article
            if m["para2"]:
                para = _n(m["para2"])
                item = _n(m["item2"]) if m["item2"] else None
                last_para = para
            else:
                item = _n(m["item3"])
                para = last_para if linked and last_art else para_index
            targets = (_eid(art, para, item),)
        if targets and (tail := _RANGE.match(text[m.end():])):
            range_end = _range_end(targets[0], tail)
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
    for m in _EN.finditer(text):
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
        while more := _EN_MORE.match(text[end:]):
            if "to" in more["sep"]:
                range_end = f"art_{more['art'].lower()}"
            else:
                targets.append(f"art_{more['art'].lower()}")
            end += more.end()
        external = None
        if ext := _EXTERNAL_EN.match(text[end:end + 80]):
            external = ext.group(0).strip()
        out.append(Reference(text[m.start():end], m.start(), end, () if external else tuple(targets),
                             None if external else range_end, external))  # fmt: skip
    return out
