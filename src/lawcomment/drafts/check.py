"""Lint a parsed draft: numbering gaps and duplicates, misplaced 之一 articles, empty articles,
dangling references, half-width punctuation in Chinese words."""

from __future__ import annotations

import re

from ..model import Diagnostic, Draft, Kind, Reference, Severity, Unit
from .anchors import law_citation
from .ids import eid_to_citation
from .numerals import cn_to_int

_ENUMERATED = re.compile(r"^([一二三四五六七八九十]+)、")
_EN_PARAGRAPH = re.compile(r"\(\d+\)|paragraph", re.IGNORECASE)


def _parses(text: str) -> bool:
    try:
        cn_to_int(text)
    except ValueError:
        return False
    return True


def _base(num: str | None) -> tuple[int, int] | None:
    if not num:
        return None
    base, _, sub = num.partition("-")
    return (int(base), int(sub or 0)) if base.isdigit() and (not sub or sub.isdigit()) else None


def _cite(eid: str, lang: str, draft: Draft | None = None) -> str:
    try:
        if draft is not None and lang == "en":  # (as the draft labels its units: Article 4(17), not Article 4(1)(q))
            return law_citation(draft, eid, lang)
        return eid_to_citation(eid, lang)
    except Exception:  # an eid that does not render still deserves a message
        return eid


def _numbering(units: list[Unit], what: str, lang: str, titled: bool = False) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    prev: tuple[int, int] | None = None
    prev_unit: Unit | None = None
    for unit in units:
        cur = _base(unit.num)
        if cur is None:
            continue
        if prev is not None and prev_unit is not None:
            base, sub = cur
            pbase, psub = prev
            if sub:
                if base != pbase or sub != psub + 1:
                    # (in English an inserted article is 5A, Article 5a: no 之一 to speak of)
                    code, said = ("zhi-out-of-place", "") if lang == "zh" else (
                        "inserted-out-of-place", f": an article inserted after {base} stands right after {base} "
                                                 "or the one inserted before it")  # fmt: skip
                    out.append(Diagnostic(Severity.ERROR, code, f"{unit.label} follows {prev_unit.label}{said}",
                                          unit.line, unit.eid))  # fmt: skip
            elif cur == prev or (base, sub) < prev:
                out.append(Diagnostic(Severity.ERROR, "numbering-order",
                                      f"{unit.label} follows {prev_unit.label}", unit.line, unit.eid))  # fmt: skip
            elif titled and base % 100 == 1 and base > 100:
                pass  # a US bill numbers each title's sections from its own hundred: SEC. 501. opens TITLE V
            elif base != pbase + 1:
                missing = f"{pbase + 1}" if base == pbase + 2 else f"{pbase + 1}–{base - 1}"
                out.append(Diagnostic(Severity.ERROR, "numbering-gap",
                                      f"{what} {missing} missing before {unit.label}", unit.line, unit.eid))  # fmt: skip
        prev, prev_unit = cur, unit
    return out


def lint(draft: Draft) -> list[Diagnostic]:
    """Problems in the draft's structure and references (parse warnings not included)."""
    lang = "zh" if draft.profile.startswith("zh") else "en"
    out: list[Diagnostic] = []
    articles = [v.unit for v in draft.articles()]
    # (a US bill's sections, SEC. 101. in TITLE I and SEC. 501. in TITLE V, numbered by title)
    titled = lang == "en" and any(u.kind.is_container for u in draft.units) and bool(articles) \
        and articles[0].label.startswith(("SEC.", "SECTION"))  # fmt: skip
    out += _numbering(articles, "article", lang, titled)

    whole = bool(articles) and _base(articles[0].num) == (1, 0)  # the law from its 第一条, not an excerpt

    def containers(units: tuple[Unit, ...], parent: Kind | None = None) -> None:
        by_kind: dict[Kind, list[Unit]] = {}
        for u in units:
            if u.kind.is_container:
                by_kind.setdefault(u.kind, []).append(u)
        for kind, group in by_kind.items():
            out.extend(_numbering(group, kind.value, lang))
            first = next((u for u in group if _base(u.num) is not None), None)
            start = _base(first.num) if first is not None else None
            # (chapters number on across a 分编's: 物权编's 第二分编 opens with 第四章; an excerpt, its
            # articles not from 第一条, opens where it opens)
            if first is not None and start is not None and start[0] > 1 and parent is not Kind.SUBPART and whole:
                # the first chapter's heading gone (a trial's 目录 took 第一章 总则 as its own line):
                # the articles before 第二章 then stand in none
                missing = "1" if start[0] == 2 else f"1–{start[0] - 1}"
                out.append(Diagnostic(Severity.WARNING, "numbering-gap",
                                      f"{kind.value} {missing} missing before {first.label}", first.line, first.eid))  # fmt: skip
        for u in units:
            if u.kind.is_container:
                containers(u.children, u.kind)

    containers(draft.units)
    for art in articles:
        for unit in art.walk():
            if unit.kind is Kind.ARTICLE:
                continue
            kids = [c for c in unit.children if c.kind in (Kind.ITEM, Kind.SUBITEM)]
            out += _numbering(kids, "item", lang)
    out += [d for art in articles if (d := _late_start(art, lang)) is not None]
    out += _empty(articles, lang)
    out += _stray_headings(articles)
    out += _unbalanced(draft, lang)
    if lang == "zh":
        out += _half_width(draft)
    for unit, ref, target in _dangling(draft, articles, lang):
        if target is None:
            out.append(Diagnostic(Severity.ERROR, "dangling-reference",
                                  f"{ref.text!r} in {_cite(unit.eid, lang, draft)} refers to no earlier paragraph",
                                  unit.line, unit.eid))  # fmt: skip
        else:
            out.append(Diagnostic(Severity.ERROR, "dangling-reference",
                                  f"{ref.text!r} in {_cite(unit.eid, lang, draft)} points to "
                                  f"{_cite(target, lang, draft)}, which does not exist", unit.line, unit.eid))  # fmt: skip
    return out


def _dangling(draft: Draft, articles: list[Unit], lang: str) -> list[tuple[Unit, Reference, str | None]]:
    """The draft's references to itself that name no unit it has: (the citing unit, the reference, the unit
    it names, or None for one naming no earlier paragraph), in the draft's order."""
    eids = {u.eid for u in draft.walk()}
    # 第十条第（三）项 names an item without its 款: any paragraph of art_10 holding item 3 will do.
    items = {(e.split("__")[0], e.split("__")[2]) for e in eids if e.count("__") == 2 and "__item_" in e}
    # Older texts enumerate with 一、二、 lines, which are read as 款 (so their 款 numbers are
    # off too): 第十七条第二项 and 前款第二项 are the 款 "二、…" of that article.
    enumerated = {(art.eid, f"item_{cn_to_int(m[1])}") for art in articles for para in art.children
                  if para.kind is Kind.PARAGRAPH and (m := _ENUMERATED.match(para.text)) and _parses(m[1])}  # fmt: skip

    def exists(target: str, named_paragraph: bool) -> bool:
        if target in eids:
            return True
        comps = target.split("__")
        if len(comps) == 3 and (comps[0], comps[2]) in enumerated:
            return True
        return not named_paragraph and len(comps) == 3 and (comps[0], comps[2]) in items

    def names_paragraph(text: str) -> bool:
        """Whether a reference names its 款 (第十条第二款第三项, Article 10(2)(c), paragraph 2)."""
        return "款" in text if lang == "zh" else _EN_PARAGRAPH.search(text) is not None
    found: list[tuple[Unit, Reference, str | None]] = []
    for art in articles:
        for unit in art.walk():
            for ref in unit.references:
                if ref.external:
                    continue
                if not ref.targets:
                    found.append((unit, ref, None))
                found += [(unit, ref, target) for target in (*ref.targets, *([ref.range_end] if ref.range_end else []))
                          if not exists(target, names_paragraph(ref.text))]  # fmt: skip
    return found


def _late_start(art: Unit, lang: str) -> Diagnostic | None:
    """An article whose numbered paragraphs, or a paragraph's points, do not start at 1, (a),
    （一）: said once per article (a Word list not restarted for each article numbers on from
    the article before, as Word prints it, and every reference to the article's 2. dangles)."""
    lists = [[c for c in art.children if c.kind is Kind.PARAGRAPH and c.label]]
    lists += [[c for c in u.children if c.kind is Kind.ITEM] for u in art.walk() if u is not art]
    for units in lists:
        first = next((u for u in units if _base(u.num) is not None), None)
        start = _base(first.num) if first is not None else None
        if first is None or start is None or start[0] == 1:
            continue
        if first.kind is Kind.PARAGRAPH and not first.label[:1].isdigit():
            continue  # a bill's subsection (g) in amendatory text: an excerpt of another act's section
        what = "paragraphs" if first.kind is Kind.PARAGRAPH else "points" if lang == "en" else "项"
        said = (f"{_cite(art.eid, lang)}: its {what} start at {first.label}: the Word list is not restarted for "
                "this article (or the numbering runs on from the article before); restart it at 1 in the file")
        return Diagnostic(Severity.WARNING, "numbering-start", said, first.line, first.eid)
    return None


_ARTICLE_NUMBER = re.compile(r"art_(\d+)")


def points_past_end(draft: Draft) -> str | None:
    """When every reference ``lint`` finds dangling points past the draft's last article (an
    excerpt, Articles 1–23 citing Articles 27 and 89): the last article's citation; else None
    (no dangling reference, or one that points inside the draft: the split may be wrong)."""
    articles = [v.unit for v in draft.articles()]
    numbers = [int(m[1]) for a in articles if (m := _ARTICLE_NUMBER.match(a.eid))]
    if not numbers:
        return None
    last = max(numbers)
    lang = "zh" if draft.profile.startswith("zh") else "en"
    # (the references lint finds dangling, found as it finds them: one it reads as naming a unit is none of them)
    dangling = _dangling(draft, articles, lang)
    if not dangling:
        return None
    for _, _, target in dangling:
        m = _ARTICLE_NUMBER.match(target) if target is not None else None
        if m is None or int(m[1]) <= last:
            return None
    return _cite(f"art_{last}", lang)


_PUNCT = set("，。；：、,.;:！？!?“”")
#: Brackets a unit's own words open and close within themselves (a parenthesis may run on over
#: the next 款, as a table's note does: an unclosed one then closed by the next unit is fine).
_BRACKETS = (("（", "）"), ("(", ")"), ("《", "》"), ("〔", "〕"), ("【", "】"))


def _balance(text: str, opening: str, closing: str) -> tuple[int, int]:
    """(closings with no opening before them, openings left unclosed) in ``text``."""
    unopened = depth = 0
    for ch in text:
        if ch == opening:
            depth += 1
        elif ch == closing:
            if depth:
                depth -= 1
            else:
                unopened += 1
    return unopened, depth


def _unbalanced(draft: Draft, lang: str) -> list[Diagnostic]:
    """A unit whose words close a bracket they never opened, or open one they never close (the
    rest of a source's note cut in two: 外商投资法's 「会议通过）」 read as its preamble, a trial's),
    unless the next unit closes what it opened; and a line of the front matter that does so (对外贸易法
    2022's 「…第二次修正）」, printed so in the members' copy, a trial's)."""
    out = []
    for n, line in enumerate(draft.front_matter):
        at = draft.front_lines[n] if n < len(draft.front_lines) else None
        for opening, closing in _BRACKETS:
            unopened, unclosed = _balance(line, opening, closing)
            if unopened or unclosed:
                what = f"a {closing!r} it never opened" if unopened else f"a {opening!r} it never closes"
                shown = line if len(line) <= 30 else "…" + line[-29:]
                out.append(Diagnostic(Severity.WARNING, "unbalanced-bracket",
                                      f"the front matter's line {shown!r} has {what}: a cut or stray character of the "
                                      "source? (the copies for members print it)", at))  # fmt: skip
    units = [u for u in draft.walk() if not u.kind.is_container and (u.text or u.tail)]
    found: list[tuple[Unit, str, int, int]] = []
    for u in units:
        text = u.text + u.tail
        for opening, closing in _BRACKETS:
            unopened, unclosed = _balance(text, opening, closing)
            if unopened or unclosed:
                found.append((u, opening + closing, unopened, unclosed))
    for k, (u, pair, unopened, unclosed) in enumerate(found):
        before = found[k - 1] if k else None
        after = found[k + 1] if k + 1 < len(found) else None
        if unclosed and not unopened and after is not None and after[1] == pair and after[2] and not after[3]:
            continue  # opened here, closed in the unit after
        if unopened and not unclosed and before is not None and before[1] == pair and before[3] and not before[2]:
            continue
        what = f"a {pair[1]!r} it never opened" if unopened else f"a {pair[0]!r} it never closes"
        out.append(Diagnostic(Severity.WARNING, "unbalanced-bracket",
                              f"{_cite(u.eid, lang, draft)} has {what} ({u.text[:30]!r}): a cut or stray line of the "
                              "source?", u.line, u.eid))  # fmt: skip
    return out


#: A half-width , ; : ? ! after a Chinese character and before another or the line's end: in a
#: Chinese law a typo of the source (对外贸易法 2016's 「出口:」 before its list, which 2022 set ：).
_HALF_IN_CHINESE = re.compile(r"[\u3400-\u9fff][,;:?!](?:[\u3400-\u9fff]|$)", re.M)


def _half_width(draft: Draft) -> list[Diagnostic]:
    """A unit of a Chinese draft whose words set a mark half width between Chinese words: said,
    as a member's wording that writes it full width (as the law should) shows it as a change."""
    out = []
    for u in draft.walk():
        text = u.heading if u.kind.is_container else u.text + u.tail
        found = _HALF_IN_CHINESE.search(text or "")
        if found is not None:
            at = found.start()
            out.append(Diagnostic(Severity.WARNING, "half-width-punctuation",
                                  f"{_cite(u.eid, 'zh')} sets {found[0][1]!r} half width between Chinese words "
                                  f"({text[max(0, at - 8):at + 3]!r}): a typo of the source? a wording that types the "
                                  "full-width mark keeps the law's (correct the source to change it)", u.line, u.eid))  # fmt: skip
    return out


def _empty(articles: list[Unit], lang: str) -> list[Diagnostic]:
    """An article with no words at all, its label alone: an empty paragraph Word numbered, or a
    label line whose text went astray; members could comment on nothing, and every article after
    it may be numbered one more than the drafters meant."""
    out = []
    for art in articles:
        if art.heading or any(u.text or u.tail or u.rows for u in art.walk()):
            continue
        out.append(Diagnostic(Severity.ERROR, "empty-article",
                              f"{art.label or _cite(art.eid, lang)} has no text: an empty article (an empty paragraph "
                              "Word numbered, or a label whose text is missing)", art.line, art.eid))  # fmt: skip
    return out


def _stray_headings(articles: list[Unit]) -> list[Diagnostic]:
    """A short unpunctuated last 款 is usually a heading that lost its 第X章 (source defect)."""
    out: list[Diagnostic] = []
    for art in articles:
        paras = [c for c in art.children if c.kind is Kind.PARAGRAPH]
        if len(paras) < 2:
            continue
        last = paras[-1]
        if not last.children and len(last.text) <= 25 and not _PUNCT & set(last.text):
            out.append(Diagnostic(Severity.WARNING, "unnumbered-text",
                                  f"{last.text!r} at the end of {art.label} looks like a heading without a number",
                                  last.line, last.eid))  # fmt: skip
    return out
