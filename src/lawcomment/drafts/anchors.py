"""Resolve where a comment points: citations to units (with the nearest units when one is
missing), and quote selectors (exact + prefix + suffix + offset) inside a unit's body.
"""

from __future__ import annotations

import re
import unicodedata

from collections.abc import Callable

from ..comments import Anchor
from ..errors import CitationError
from ..model import Draft, Kind, Unit
from .ids import citation_to_eid, eid_to_citation, is_eid, split_eid
from .numerals import cn_to_int
from .serialize import body_separator

CONTEXT = 32  # characters of prefix and suffix kept around a quote


def describe(eid: str, lang: str | None = None, draft: Draft | None = None) -> str:
    """``第十二条第二款 (art_12__para_2)``: a citation a person reads, and the eid; with the
    ``draft`` the eid is in, cited as the law cites (:func:`law_citation`: 第九条第三项), in the
    draft's own language unless ``lang`` says otherwise (Chinese without a draft)."""
    lang = lang or (_lang(draft) if draft is not None else "zh")
    found = law_citation(draft, eid, lang) if draft is not None else cite(eid, lang)
    return eid if found == eid else f"{found} ({eid})"


def cite(eid: str, lang: str = "zh", digits: bool = False) -> str:
    """``第十二条第二款``: the citation of an eid, or the eid itself when it has none (``digits``: in
    English, a 项 numbered, Article 12(2)(3), not lettered: see :func:`eid_to_citation`)."""
    try:
        return eid_to_citation(eid, lang, digits=digits)
    except (CitationError, KeyError, ValueError):
        return eid


def law_citation(draft: Draft, eid: str, lang: str = "zh") -> str:
    """:func:`cite`, as the law itself cites: the 款 of an article of one 款 as the article
    (第九条, Article 9; not 第九条第一款), and its 项 without that 款 (第九条第三项; not 第九条第一款第三项;
    in English, Article 9(1)(3): Article 9(3) would be its third 款). An English draft's units are cited
    by their own labels where these differ from the reading's numbering and that citation names
    the unit and no other: a bill's Section 5A(1), not Article 5-1(1); a regulation's definition
    Article 4(17), not Article 4(1)(17)."""
    comps = eid.split("__")
    # the one 款 of its article is the article itself (第十条, not 第十条第一款), and so are its 项 cited
    one_kuan = len(comps) >= 2 and comps[1] == "para_1" and (len(comps) == 2 or comps[2].startswith("item_")) \
        and comps[0] in _one_kuan(draft)  # fmt: skip
    # (in English a 项 is numbered, Article 9(1)(3): Article 9(3) would be its third paragraph)
    plain = cite("__".join([comps[0], *comps[2:]]) if one_kuan and (lang == "zh" or len(comps) == 2) else eid, lang,
                 digits=_lang(draft) == "zh")  # (a Chinese law's 项 numbered in English, as the NPC's translations)
    if lang == "en" and (own := _own_names(draft)):
        names = ["__".join(comps[: i + 1]) for i in range(len(comps))]
        if all(n in own for n in names):
            said = "".join(own[n] for i, n in enumerate(names) if not (one_kuan and i == 1))
            # (a lone 款 cited as its article reads back to the article)
            if said != plain and _reads_back(draft, said, comps[0] if one_kuan and len(comps) == 2 else eid):
                return said
            if one_kuan and len(comps) == 3 and comps[2].startswith("item_"):
                # definition (1) of a regulation's Article 4: Article 4(1) is read as its one paragraph
                point = f"{own[names[0]]}, point {own[names[2]]}"
                if _reads_back(draft, point, eid, "point"):
                    return point
            if len(comps) > 2 and comps[1].startswith("para_") and not one_kuan:
                # a section's items cited past the 款 they stand in, as its one 款 is (a US bill's words
                # after its list, SEC. 1106.'s Provided, That …: Section 1106(2), not Section 1106(1)(2))
                past = own[names[0]] + "".join(own[n] for n in names[2:])
                if past != plain and _reads_back(draft, past, eid, "past"):
                    return past
    if lang == "en" and _lang(draft) == "en":
        if len(comps) == 1 and comps[0].startswith("att_") and _closing_text(draft) == eid:
            return CLOSING_TEXT  # (an annex's number, Annex I, would name an annex the act has not)
        if len(comps) == 1 and comps[0].startswith(_CONTAINER_EIDS):
            # a bill's TITLE I is read as a part (Part 1): cited as the bill names it, Title I
            named = _container_names(draft).get(eid, "")
            if named and not plain.startswith(named.split()[0]) and _reads_back(draft, named, eid, "named"):
                return named
        if len(comps) == 2 and comps[1].startswith("para_") and comps[1][5:].isdigit() and not one_kuan:
            # a paragraph no label names: a title's loose lines (H.R. 2157's TITLE I), a section's words
            # around its list (SEC. 1106.'s Provided, That …, which Section 1106(2), its item (2), is not)
            head = own.get(comps[0]) if own else None
            if head is None and comps[0].startswith(_CONTAINER_EIDS):
                head = _container_names(draft).get(comps[0])
            said = f"{head}, paragraph {comps[1][5:]}" if head else ""
            if said and not (plain.startswith(f"{head}(") and _reads_back(draft, plain, eid, "plain")) \
                    and _reads_back(draft, said, eid, "paragraph"):  # fmt: skip
                return said
    elif lang == "zh" and _lang(draft) == "en" and len(comps) == 1 and _closing_text(draft) == eid:
        return CLOSING_TEXT_ZH
    return plain


#: The eids of containers (an export cites a hundred thousand units: only these are looked up by label)
_CONTAINER_EIDS = ("part_", "subpart_", "chp_", "sec_")
#: How an act's closing text (an EU act's closing formula, place and date, signatures) is cited: it is
#: no annex (the act has no Annex I), and the words are the ones ``resolve`` reads back
CLOSING_TEXT = "closing text"
CLOSING_TEXT_ZH = "结尾部分"


def _closing_text(draft: Draft) -> str | None:
    """The eid of an English draft's closing text, kept after its last article as an annex with no
    label or heading (the parser's closing-text), or None."""
    from .profiles import en_profile  # (read once: a profile compiles its patterns)

    global _CLOSING_RULE
    if _CLOSING_RULE is None:
        _CLOSING_RULE = en_profile().closing
    for unit in reversed(draft.units):
        if unit.kind is Kind.ANNEX and not unit.label and not unit.heading and _CLOSING_RULE is not None \
                and _CLOSING_RULE.match(unit.text.split("\n", 1)[0]):  # fmt: skip
            return unit.eid
        if unit.kind is not Kind.ANNEX:
            return None
    return None


_CLOSING_RULE: re.Pattern[str] | None = None


def _container_name(label: str) -> str:
    """How a bill's title is cited: Title I of "TITLE I—", Part 2 of "PART 2."; "" for no such label."""
    m = _CONTAINER_LABEL.match(label.strip())
    return f"{m['word'].capitalize()} {m['num']}" if m is not None else ""


def _container_names(draft: Draft) -> dict[str, str]:
    """eid → how each container a label names is cited (part_1 → Title I), worked out once per draft
    object (an export cites a hundred thousand units)."""
    kept = _NAMES.get(id(draft))
    if kept is None or kept[0] is not draft:
        found = {u.eid: n for u in draft.walk() if u.kind.is_container and (n := _container_name(u.label))}
        if len(_NAMES) >= 8:
            _NAMES.pop(next(iter(_NAMES)))
        kept = _NAMES[id(draft)] = (draft, found)
    return kept[1]


_NAMES: dict[int, tuple[Draft, dict[str, str]]] = {}


def _named_container(draft: Draft, cited: str) -> Unit | None:
    """The container of an English draft its label names (Title I: TITLE I—), or None."""
    named = _container_name(cited).lower()
    return next((u for u in draft.walk() if named and u.kind.is_container
                 and _container_name(u.label).lower() == named), None)  # fmt: skip


_CONTAINER_LABEL = re.compile(r"^(?P<word>title|part|chapter|subtitle|division)\s+(?P<num>[IVXLC]+|\d+|[A-Z])\b",
                              re.IGNORECASE)
#: A paragraph of a title or chapter (in no article), as the Chinese view of an English bill cites it: 第一编第四款
_ZH_LOOSE_CITED = re.compile(r"^第(?P<c>[一二三四五六七八九十百]+)(?P<kind>[编章])第(?P<n>[一二三四五六七八九十百千]+)款$")
#: A paragraph no label names, cited by its place: Title I, paragraph 4; Section 1106, paragraph 2
_PARAGRAPH_CITED = re.compile(r"^(?P<head>.+?),\s*paragraph\s+(?P<n>\d+)$", re.IGNORECASE)


def _reads_back(draft: Draft, said: str, eid: str, how: str = "") -> bool:
    """Whether the citation ``said`` resolves to ``eid`` in ``draft`` (worked out once per unit):
    a unit is cited by its own labels only where that citation names it and no other (Article
    24(1), an item's own label, would name the 款 Article 24(1))."""
    kept = _OWN.get(id(draft))
    checked = kept[2] if kept is not None and kept[0] is draft else {}
    key = f"{eid} {how}" if how else eid
    found = checked.get(key)
    if found is None:
        checked[key] = False  # (resolving it may cite this unit again, in its error: read as not, meanwhile)
        try:
            found = checked[key] = resolve(draft, said).eid == eid
        except CitationError:
            found = checked[key] = False
    return found


#: An English article's label as its citation names it: Section 5A., SEC. 2., § 3, Article 12a
_OWN_ARTICLE = re.compile(r"^(?:(?P<article>article)|section|sec\.|§)\s*(?P<num>\d+[A-Za-z]?(?:-\d+)?)\.?$", re.IGNORECASE)
#: (a) heading a bill's subsection may carry after its label ((b) Applicability.—) is no part of its citation
_OWN_POINT = re.compile(r"^\((?P<num>[0-9a-zA-Z]{1,6})\)(?:$|\s+\S.*\u2014$)")


def _own_names(draft: Draft) -> dict[str, str]:
    """eid → how an English draft cites that step of it (``Section 5A``, ``(2)``, ``(1)``), for
    every article, 款, 项 and 目 when one article at least is labelled otherwise than the
    reading numbers it (a bill's sections, an inserted 5A, items labelled (1)); else nothing,
    and :func:`cite` serves. Worked out once per draft object."""
    kept = _OWN.get(id(draft))
    if kept is not None and kept[0] is draft:
        return kept[1]
    names: dict[str, str] = {}  # (and, filled as asked, whether each unit's own citation reads back to it)
    if _lang(draft) == "en":
        differs = False

        def visit(unit: Unit, prefix: str) -> None:
            nonlocal differs
            step = unit.eid[len(prefix) + 2:] if prefix else unit.eid
            read = cite(step, "en")
            if unit.kind is Kind.ARTICLE and (m := _OWN_ARTICLE.match(unit.label.strip())):
                own = f"{'Article' if m['article'] else 'Section'} {m['num']}"
            elif unit.kind in (Kind.PARAGRAPH, Kind.ITEM, Kind.SUBITEM) and (m := _OWN_POINT.match(unit.label.strip())):
                own = f"({m['num']})"
            else:
                own = read
            differs = differs or own != read
            names[unit.eid] = own
            for child in unit.children:
                if child.kind in (Kind.PARAGRAPH, Kind.ITEM, Kind.SUBITEM):
                    visit(child, unit.eid)

        for unit in draft.walk():
            if unit.kind is Kind.ARTICLE:
                visit(unit, "")
        if not differs:
            names = {}
    if len(_OWN) >= 8:
        _OWN.pop(next(iter(_OWN)))
    _OWN[id(draft)] = (draft, names, {})
    return names


_OWN: dict[int, tuple[Draft, dict[str, str], dict[str, bool]]] = {}


def _one_kuan(draft: Draft) -> frozenset[str]:
    """The articles of ``draft`` that have one 款 (worked out once per draft object: an export
    cites a hundred thousand comments)."""
    kept = _ONE_KUAN.get(id(draft))
    if kept is None or kept[0] is not draft:
        found = frozenset(u.eid for u in draft.walk() if u.kind is Kind.ARTICLE
                          and sum(1 for c in u.children if c.kind is Kind.PARAGRAPH) == 1)  # fmt: skip
        if len(_ONE_KUAN) >= 8:
            _ONE_KUAN.pop(next(iter(_ONE_KUAN)))
        kept = _ONE_KUAN[id(draft)] = (draft, found)
    return kept[1]


_ONE_KUAN: dict[int, tuple[Draft, frozenset[str]]] = {}


def _lang(draft: Draft) -> str:
    return "en" if draft.profile.startswith("en") else "zh"


def _order(num: str) -> tuple[int, int] | None:
    base, _, sub = num.partition("-")
    if base.isdigit() and (not sub or sub.isdigit()):
        return int(base), int(sub or 0)
    return None


def nearest_units(draft: Draft, eid: str, limit: int = 3) -> list[Unit]:
    """Existing units closest to a missing ``eid``: its nearest existing ancestor's
    children of the same kind (by number), or that ancestor itself."""
    comps = eid.split("__")
    parent: Unit | None = None
    depth = 0
    for i in range(len(comps) - 1, 0, -1):
        parent = draft.find("__".join(comps[:i]))
        if parent is not None:
            depth = i
            break
    kind, num = split_eid(eid)[depth]
    pool = [u for u in (parent.children if parent else draft.walk()) if u.kind is kind]
    target = _order(num)
    if target is not None:
        ranked = [(abs(o[0] - target[0]) * 100 + abs(o[1] - target[1]), u) for u in pool
                  if (o := _order(split_eid(u.eid)[-1][1]))]  # fmt: skip
        pool = [u for _, u in sorted(ranked, key=lambda x: x[0])]
    picked = pool[:limit]
    if parent is not None and len(picked) < limit:
        picked.append(parent)
    return picked


#: How a comment on the whole draft is cited: as the listings print it, (document) and （全文）, and
#: the words staff type for it (全文, 总体意见, whole draft)
_WHOLE_DRAFT = re.compile(r"^(?:[（(]\s*(?:document|全文)\s*[）)]|document|(?:the )?whole draft|全文|总体意见)$", re.IGNORECASE)


def whole_draft(at: str) -> bool:
    """Whether ``at`` cites the whole draft, not a unit of it: ``(document)`` and ``（全文）``, as
    the listings and the CSV export write a comment on the whole document, or 全文, 总体意见, whole
    draft as staff type it."""
    return _WHOLE_DRAFT.match(at.strip()) is not None


def title_words(title: str) -> str:
    """A title's words without spaces, quotation marks and a bracket at its end (电子商务法（草案）
    → 电子商务法): how a title a Word copy printed, or the last reading's, is matched to the draft's."""
    core = "".join(title.split()).strip("《》“”\"")
    return re.sub(r"[（(][^（()）]*[）)]$", "", core)


def unit_index(draft: Draft) -> dict[str, Unit]:
    """eid → unit, for many lookups in one draft (``Draft.find`` walks the tree)."""
    return {u.eid: u for u in draft.walk()}


def resolve(draft: Draft, at: str, ref: str = "", index: dict[str, Unit] | None = None) -> Unit:
    """The unit a citation (第十二条第二款, Article 12(2)(c)), a bare article number
    (``12``, ``120-1``, 十二) or a raw eid names.

    An item cited without its 款 (第三十一条第（五）项, Article 31(e)), as laws cite the
    items of a one-款 article, is the item of that article's only 款; when the article has
    several 款 it is a CitationError saying which 款 have such an item, never a guess.
    A unit that does not exist is a CitationError naming the nearest existing units.
    Pass ``index`` (from :func:`unit_index`) when resolving many citations.
    """

    def find(eid: str) -> Unit | None:
        return index.get(eid) if index is not None else draft.find(eid)

    lang = _lang(draft)
    if (printed := _PRINTED.match(at.strip())) is not None and printed["cited"].strip() not in ("", "全文"):
        # "Section 5A (art_5-1)", "第十条 (art_10)": a unit as this tool prints it, copied back
        unit = find(printed["eid"])
        if unit is not None:
            try:
                named: Unit | None = resolve(draft, printed["cited"], ref, index)
            except CitationError:  # 序言, 第一章　总则: printed so, though no citation reads them
                named = None
            # (the only 款 of an article is printed as the article: 第十条 (art_10__para_1))
            if named is not None and named.eid != unit.eid and not (unit.eid == named.eid + "__para_1"
                                                                 and named.eid in _one_kuan(draft)):  # fmt: skip
                raise CitationError(f"{at.strip()}: {printed['cited'].strip()} is {describe(named.eid, lang, draft)}, "
                                    f"not {printed['eid']}; name one of them")  # fmt: skip
            return unit
    where = f"{ref} has no" if ref else "no such unit:"
    if at.strip().lower() in (CLOSING_TEXT, f"the {CLOSING_TEXT}") or at.strip() == CLOSING_TEXT_ZH:
        closing = _closing_text(draft) if lang == "en" else None
        if closing is None:
            raise CitationError(f"{where} {at.strip()} (the draft keeps no closing text after its last article)")
        found = find(closing)
        assert found is not None  # (_closing_text names one of the draft's units)
        return found
    if lang == "en" and (titled := _container_name(at.strip())).lower() == at.strip().lower():
        # Title I: a bill's title, by its label (its eid says part_1)
        holder = _named_container(draft, titled)
        if holder is not None:
            return holder
        if not titled.lower().startswith(("part", "chapter")):  # (these the numbering reads)
            word = titled.split()[0].lower()
            known = [n for u in draft.walk() if u.kind.is_container and (n := _container_name(u.label))
                     and n.split()[0].lower() == word]  # fmt: skip
            raise CitationError(f"{where} {at.strip()}" + (f"; the draft has {', '.join(known)}" if known else ""))
    if lang == "en" and (m := _ZH_LOOSE_CITED.match("".join(at.split()))) is not None:
        # 第一编第四款: a title's loose paragraph as the Chinese view of the bill cites it (no article holds it)
        eid = f"{'part' if m['kind'] == '编' else 'chp'}_{cn_to_int(m['c'])}__para_{cn_to_int(m['n'])}"
        if (unit := find(eid)) is not None:
            return unit
    if lang == "en" and (m := _PARAGRAPH_CITED.match(at.strip())) is not None:
        head = m["head"].strip()
        holder = _named_container(draft, head) or resolve(draft, head, ref, index)
        unit = find(f"{holder.eid}__para_{m['n']}")
        if unit is None:
            raise CitationError(f"{where} {at.strip()} ({describe(holder.eid, lang, draft)} has no paragraph {m['n']})")
        return unit
    if lang == "en" and (m := _SECTION_CITED.match(at.strip())) is not None and _sections_are_articles(draft):
        # Section 5(2)(a), s. 5(2): a bill whose articles are its sections cites them so; its subsections
        # (1), (2) read as the items of the section's one paragraph are cited as those (never the whole section)
        return _section(draft, m, at, ref, find)
    # Article 4(17), Article 4(16)(a): a unit by its own labels, as the draft and its citations write them,
    # where the reading's numbers name none (Article 17(1) of an article of one paragraph stays that paragraph)
    labelled = _by_labels(draft, m, find) if lang == "en" and (m := _ARTICLE_CITED.match(at.strip())) else None
    try:
        eid = citation_to_eid(at, paragraph_optional=True)
    except CitationError:
        if labelled is not None:
            return labelled
        raise
    comps = eid.split("__")
    if len(comps) > 1 and comps[0].startswith("art_") and comps[1].startswith("item_"):
        article = find(comps[0])
        if article is not None:
            try:
                # (answered in the citation's language: Article 15, item 3 of a Chinese draft in English)
                said = "en" if at.strip().isascii() and not is_eid(at.strip()) else lang
                eid = _place_item(draft, article, comps[1:], at, ref, find, said)
            except CitationError:
                if labelled is not None:
                    return labelled
                raise
        else:
            eid = comps[0]  # the article itself is missing: say so, with its neighbours
    unit = find(eid)
    if unit is not None:
        return unit
    if labelled is not None:
        return labelled
    near = nearest_units(draft, eid)
    # (an article's only 款 is cited as the article: named once, as the article)
    near = [u for u in near if not any(u.eid == o.eid + "__para_1" and o.eid in _one_kuan(draft) for o in near)]
    hint = f"; nearest: {', '.join(describe(u.eid, lang, draft) for u in near)}" if near else ""
    raise CitationError(f"{where} {describe(eid, lang, draft)}{hint}")


#: A unit as the tool prints it: its citation, then its eid in brackets (第十条第二款 (art_10__para_2)).
_PRINTED = re.compile(r"^(?P<cited>.+?)\s*[(（](?P<eid>(?:art|chp|part|subpart|sec|att|preamble)[_A-Za-z0-9-]*)[)）]$")


#: A section cited as a bill cites it: Section 5(2)(a), section 5, s. 5(2), s5, Sec. 5.
_SECTION_CITED = re.compile(r"^(?:section|sec\.?|ss?\.?)\s*(?P<rest>\d+[A-Za-z]?(?:-\d+)?(?:\(.+)?)$", re.IGNORECASE)


def _section(draft: Draft, m: re.Match[str], at: str, ref: str, find: Callable[[str], Unit | None]) -> Unit:
    """The unit ``Section N(…)`` names in a bill whose articles are its sections."""
    number, marks = _SECTION_PARTS.match(m["rest"]).groups()  # type: ignore[union-attr]
    article = find(citation_to_eid(f"Article {number}"))
    where = f"{ref} has no" if ref else "no such unit:"
    if article is None:  # named with its neighbours, as an article cited is (a trial's "has no Section 509" said none)
        near = nearest_units(draft, citation_to_eid(f"Article {number}"))
        hint = f"; nearest: {', '.join(describe(u.eid, 'en', draft) for u in near)}" if near else ""
        raise CitationError(f"{where} {at.strip()}{hint}")
    labels = re.findall(r"\(([^)]+)\)", marks or "")
    paras = [c for c in article.children if c.kind is Kind.PARAGRAPH]
    if not labels:
        return article
    # the section's subsections: its 款 when labelled ((a), (b) of a US bill's), else the (1), (2) items
    # of its paragraphs (one, or a US bill's words before and after them: SEC. 1106.'s Provided, That …)
    levels = paras if any(p.label for p in paras) or not paras else [c for p in paras for c in p.children
                                                                      if c.kind is Kind.ITEM]  # fmt: skip
    unit = article
    for label in labels:
        found = next((c for c in levels if _point(c.label) == label), None)
        if found is None:
            line = f"({label})"
            if unit.kind is Kind.SUBITEM and any(t.startswith(line) for t in unit.text.split("\n")[1:]):
                # a UK bill's sub-paragraph: one of its paragraph's own lines (no unit below a sub-item)
                cited = at.strip()[:at.strip().rfind(line)]
                raise CitationError(f"{ref + ': ' if ref else ''}{at.strip()} is a line of {cited}, not a unit of "
                                    f"its own: comment on {cited} (--quote its words, or --propose the whole "
                                    f"of {cited} as it should read)")  # fmt: skip
            raise CitationError(f"{where} {at.strip()} ({describe(article.eid, 'en', draft)} has no ({label}) there)")
        unit, levels = found, [c for c in found.children if c.kind in (Kind.ITEM, Kind.SUBITEM, Kind.PARAGRAPH)]
    return unit


#: An article cited with its units' labels: Article 4(17), Art. 4(16)(a), Article 5a(2)(b).
_ARTICLE_CITED = re.compile(r"^(?:article|art\.?)\s*(?P<num>\d+[A-Za-z]?(?:-\d+)?)(?P<marks>(?:\s*\([0-9A-Za-z]{1,6}\))+)$",
                            re.IGNORECASE)


def _by_labels(draft: Draft, m: re.Match[str], find: Callable[[str], Unit | None]) -> Unit | None:
    """The unit an English citation names by its units' own labels (Article 4(17): the item the draft
    labels (17) in Article 4's one paragraph, which no label names), or None when a label names no
    unit or several (the citation is then read by the reading's numbers)."""
    try:
        article = find(citation_to_eid(f"Article {m['num']}"))
    except CitationError:
        return None
    if article is None:
        return None
    unit = article
    for label in re.findall(r"\(([^)]+)\)", m["marks"]):
        levels = [c for c in unit.children if c.kind in (Kind.PARAGRAPH, Kind.ITEM, Kind.SUBITEM)]
        found = [c for c in levels if c.label.strip() and _point(c.label) == label]
        paras = [c for c in levels if c.kind is Kind.PARAGRAPH]
        if not found and len(paras) == 1 and not paras[0].label.strip():
            # an article's one paragraph has no label: its items are the article's (Article 4(17))
            found = [c for c in paras[0].children if c.kind in (Kind.ITEM, Kind.SUBITEM) and c.label.strip()
                     and _point(c.label) == label]  # fmt: skip
        if len(found) != 1:
            return None
        unit = found[0]
    return unit if unit is not article else None


#: A section's number and what follows it: 5, (2)(a).
_SECTION_PARTS = re.compile(r"^(\d+[A-Za-z]?(?:-\d+)?)((?:\(.+)?)$")


def _point(label: str) -> str:
    """The number a unit's label cites it by: (b) of "(b)" and of "(b) Applicability.—" (a bill's
    subsection with its heading), 2 of "2." ."""
    m = _OWN_POINT.match(label.strip())
    return m["num"] if m is not None else label.strip("()（）.")


def _sections_are_articles(draft: Draft) -> bool:
    """Whether the draft's articles are labelled Section N (a bill's sections), not Article N."""
    first = next(iter(draft.articles()), None)
    return first is not None and first.unit.label.lower().startswith(("section", "sec."))


def _place_item(draft: Draft, article: Unit, rest: list[str], at: str, ref: str,
                find: Callable[[str], Unit | None], lang: str) -> str:  # fmt: skip
    """The full eid of an item cited without its 款; ``rest`` is ``["item_5", …]``.

    An article with one 款 holds it there; with several 款 the citation is ambiguous and
    the error names the 款 that have such an item.
    """
    paras = [c for c in article.children if c.kind is Kind.PARAGRAPH]
    tail = "__".join(rest)
    if len(paras) <= 1:
        return f"{paras[0].eid if paras else article.eid + '__para_1'}__{tail}"
    holders = [p for p in paras if find(f"{p.eid}__{tail}") is not None]
    parens = lang == "zh" and any(ch in at for ch in "（(")

    def show(eid: str) -> str:
        if lang == "en":  # (by the draft's own labels: Article 32(1)(a))
            return law_citation(draft, eid, lang) if find(eid) is not None else cite(eid, lang, digits=_lang(draft) == "zh")
        try:
            return eid_to_citation(eid, lang, item_parens=parens)
        except (CitationError, KeyError, ValueError):
            return eid

    item = show(f"{paras[0].eid}__{tail}")[len(show(paras[0].eid)):]  # 第（五）项 / (e)
    cited, where = " ".join(at.split()), f" in {ref}" if ref else ""
    if lang == "zh":
        head = f"{cited} does not say which 款: {show(article.eid)}{where} has {len(paras)} 款"
        none, found = f"none of them has a {item}", f"{item} is in"
    else:
        head = f"{cited} does not say which paragraph: {show(article.eid)}{where} has {len(paras)} paragraphs"
        none, found = f"none of them has an item {item}", f"item {item} is in"
    if not holders:
        raise CitationError(f"{head}, and {none}")
    listed = ", ".join(describe(p.eid, lang) for p in holders)
    raise CitationError(f"{head}, and {found} {listed}; cite it as {show(f'{holders[0].eid}__{tail}')}")


def unit_body(draft: Draft, unit: Unit) -> str:
    """The text a quote offset counts in: the unit's body without its own label."""
    return unit.body(body_separator(draft))


def occurrences(text: str, quote: str) -> list[int]:
    """Where ``quote`` starts in ``text``, each place in order, overlapping places too (「五五」
    stands at 0 and 1 of 五五五); empty when it is not there. The one count of a quote's places
    that anchoring and an instruction's quote (:mod:`lawcomment.review.instructions`) share."""
    out, i = [], text.find(quote)
    while i >= 0:
        out.append(i)
        i = text.find(quote, i + 1)
    return out


def locate(body: str, quote: str, prefix: str = "", suffix: str = "", offset: int | None = None) -> list[int]:
    """Start offsets of ``quote`` in ``body``, best first: prefix/suffix agreement, then
    closeness to ``offset``. Empty when the quote is not there."""
    hits = occurrences(body, quote)

    def score(i: int) -> tuple[int, int]:
        return (-context_agreement(body, i, quote, prefix, suffix), abs(i - offset) if offset is not None else i)

    return sorted(hits, key=score)


def context_agreement(body: str, at: int, quote: str, prefix: str, suffix: str) -> int:
    """How many characters around ``quote`` at ``at`` in ``body`` agree with the words the
    quote had before (``prefix``) and after it (``suffix``)."""
    return _common_suffix(body[:at], prefix) + _common_prefix(body[at + len(quote):], suffix)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def width_folded(text: str) -> str:
    """``text`` with each full-width or half-width form (U+FF00–U+FFEF) and the ideographic space in
    its other width (（ → (, ， → ,, ５ → 5, 　 → a space), nothing else: the same length, so that a
    place found in the folded text is the same place in ``text``."""
    return text.translate(_WIDTHS)


_WIDTHS = {c: f for c in [*range(0xFF00, 0xFFF0), 0x3000] if len(f := unicodedata.normalize("NFKC", chr(c))) == 1}


#: Quotation marks a member may type around a quote, each with its closing mark.
_MARKS = {"“": "”", "「": "」", "『": "』", '"': '"', "'": "'", "‘": "’"}


def unquoted(quote: str) -> str:
    """``quote`` without one pair of quotation marks around it (“规定金额以上” → 规定金额以上);
    as it is when it has none."""
    if len(quote) > 2 and _MARKS.get(quote[0]) == quote[-1]:
        return quote[1:-1].strip() or quote
    return quote


def quote_anchor(draft: Draft, unit: Unit, quote: str, offset: int | None = None, *,
                 body: str | None = None) -> tuple[Anchor, int]:  # fmt: skip
    """Anchor at ``quote`` inside ``unit``; returns the anchor and how often the quote occurs.

    The first occurrence (or the one nearest ``offset``) wins. A quote typed in quotation marks
    that the unit has only without them is anchored at the words inside, and one typed in another
    width (（以下简称专利法） for the law's (以下简称专利法)) at the law's own characters (the anchor's
    ``quote`` says so: the caller warns). A quote the unit does not contain is a CitationError naming the unit. ``body`` is ``unit_body(draft, unit)`` when
    the caller has it already (many quotes in one unit).
    """
    if not quote:
        return Anchor(unit.eid), 0
    if body is None:
        body = unit_body(draft, unit)
    hits = locate(body, quote, offset=offset)
    if not hits and (bare := unquoted(quote)) != quote:
        hits = locate(body, bare, offset=offset)  # typed in its quotation marks (“规定金额以上”): the words inside
        quote = bare if hits else quote
    if not hits:
        # typed in another width (（以下简称专利法） for the law's (以下简称专利法): a trial's member was refused with
        # no hint): the law's own characters are quoted, which the caller sees and says
        for typed in dict.fromkeys((quote, unquoted(quote))):
            folded = width_folded(typed)
            hits = locate(width_folded(body), folded, offset=offset)
            if hits:
                quote = body[hits[0]:hits[0] + len(folded)]
                break
    if not hits:
        raise CitationError(f"the quote {quote!r} is not in {describe(unit.eid, _lang(draft))}")
    at = hits[0]
    anchor = Anchor(unit.eid, quote, body[max(0, at - CONTEXT):at], body[at + len(quote):at + len(quote) + CONTEXT], at)
    return anchor, len(hits)



def unit_spans(unit: Unit, sep: str) -> dict[str, tuple[int, int]]:
    """Where each descendant's body lies inside ``unit.body(sep)``: eid → (start, end).

    Mirrors :meth:`Unit.body`, so a proposal for a 款 or 项 can be placed in its article.
    """
    out: dict[str, tuple[int, int]] = {}

    def visit(u: Unit, at: int) -> int:
        out[u.eid] = (at, at + len(u.body(sep)))
        parts = [u.text] if u.text else []
        if u.rows:
            parts.extend("\t".join(row) for row in u.rows)
        pos = at + sum(len(p) + 1 for p in parts)
        for child in u.children:
            head = child.label + (sep if child.label else "")
            end = visit(child, pos + len(head))
            pos = end + 1
        return out[u.eid][1]

    visit(unit, 0)
    return out
