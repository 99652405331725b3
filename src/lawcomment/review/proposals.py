"""A proposed wording read against its unit: in the format of ``Unit.body`` (a leading copy of
the unit's own label dropped), and, when it gives only some 款 of an article, the 款 it rewrites.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..comments import Anchor, NewComment, SourceKind, Stance
from ..drafts.anchors import cite, law_citation, quote_anchor, resolve, unit_index, unit_spans
from ..drafts.ids import split_eid
from ..drafts.normalize import invisible_removed
from ..drafts.numerals import CN_NUMERAL_CHARS, int_to_cn, parse_number
from ..drafts.serialize import body_separator
from ..errors import CitationError
from ..model import Draft, Kind, Unit
from .instructions import instructed_wording, quoted_new_words, reads_as_instructions
from .redline import diff, similarity

#: A proposal of one 款 is read as rewriting the 款 it is most similar to when that
#: similarity is at least THRESHOLD and ahead of every other 款 by MARGIN or by a factor
#: RATIO (or only that 款 holds the comment's quote). One at least WHOLE similar to the
#: whole article, and more than to the 款 it would rewrite, is the whole article in fewer 款.
THRESHOLD = 0.3
MARGIN = 0.15
RATIO = 1.3
WHOLE = 0.5

_SPACE = " \t\u3000\u00a0\n"
#: A line break followed by lines with nothing on them (spaces at most).
_BLANK_LINES = re.compile(r"\n(?:[ \t\u3000\u00a0]*\n)+")
#: Characters after 第十二条 that make it a citation (第十二条之一, 第十二条第二款, 第十二条规定的…), not a label.
_CITING = "之第至、，,；;和或及与中所的（(规"
_ZH_PARA_CUE = re.compile(rf"^第(?P<num>[{CN_NUMERAL_CHARS}0-9０-９]+)款(?:[{_SPACE}]+|[：:][{_SPACE}]*)")
#: Lines of a proposal that are a 项 or 目 (not a new 款): （一） (1) 1． ① (a) (iv).
_ZH_ITEM_LINE = re.compile(r"^[（(][一二三四五六七八九十百〇零0-9０-９]+[）)]|^[0-9０-９]+[.．、](?![0-9０-９])|^[①-⑳]")
_EN_ITEM_LINE = re.compile(r"^\((?:[a-z]{1,2}|[ivxlc]+|\d+)\)(?=\s|$)")
_EN_PARA_LINE = re.compile(r"^\d+\.(?=\s|$)")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


#: A label width-folded: a draft has a few thousand labels, and each proposal is measured against one.
_folded_label = lru_cache(maxsize=8192)(_fold)


def _label_end(text: str, label: str) -> int | None:
    """How many characters of ``text`` are a width-folded copy of ``label`` (None: not one)."""
    want = _folded_label(label)
    for k in range(1, min(len(text), 2 * len(label) + 2) + 1):
        got = _fold(text[:k])
        if got == want:
            return k
        if not want.startswith(got):
            return None
    return None


def _separator(label: str, rest: str) -> int | None:
    """How many characters after a label separate it from the text (None: the label goes on,
    as in 第十二条之一, 1.5 or Article 12a, so it is not a label there)."""
    if not rest:
        return 0
    spaces = len(rest) - len(rest.lstrip(_SPACE))
    if spaces:
        return spaces
    last, ch = _fold(label)[-1], rest[0]
    if last in ")]】":
        return 0
    if last in ".、":
        return None if _fold(ch).isdigit() else 0
    if last in "条款项目章节编" or (last in CN_NUMERAL_CHARS and "之" in label):  # 第十二条, 第十二条之一
        if ch in CN_NUMERAL_CHARS and last not in "条款项目章节编":
            return None  # 第三条之十 before 一: 第三条之十一
        if ch in "：:":
            return 1 + len(rest[1:]) - len(rest[1:].lstrip(_SPACE))
        return None if ch in _CITING else 0
    if ch in ".:\u2013\u2014-" and last.isascii() and last.isalnum():
        return 1 + len(rest[1:]) - len(rest[1:].lstrip(_SPACE))
    return None


def _strip(text: str, label: str) -> str | None:
    """``text`` without a leading ``label`` and its separator; None when it does not start with it."""
    if not label:
        return None
    end = _label_end(text, label)
    if end is None:
        return None
    sep = _separator(label, text[end:])
    if sep is None:
        return None
    rest = text[end + sep:]
    return rest if rest.strip() else None


def _ordinal(unit: Unit) -> int | None:
    num = split_eid(unit.eid)[-1][1].split("_")[0]
    return int(num) if num.isdigit() else None


def _strip_para_cue(line: str, ordinal: int | None) -> str | None:
    """``第二款　…`` → ``…`` when it names the 款 numbered ``ordinal`` (a 款 prints no label)."""
    m = _ZH_PARA_CUE.match(line)
    if m is None or ordinal is None:
        return None
    try:
        named = parse_number(m["num"].translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    except ValueError:
        return None
    rest = line[m.end():]
    return rest if named == ordinal and rest.strip() else None


def _lang(draft: Draft) -> str:
    return "en" if draft.profile.startswith("en") else "zh"


def _is_item_line(line: str, lang: str) -> bool:
    s = line.lstrip(_SPACE)
    return bool((_EN_ITEM_LINE if lang == "en" else _ZH_ITEM_LINE).match(s))


def _paragraphs(unit: Unit) -> tuple[Unit, ...]:
    return tuple(c for c in unit.children if c.kind is Kind.PARAGRAPH)


@dataclass(frozen=True, slots=True)
class _Facts:
    """What a unit's wordings are measured against, the same for each of them (an NPC-scale
    import measures tens of thousands of wordings against a thousand articles)."""

    paras: tuple[Unit, ...]  # its 款 (:func:`_paragraphs`)
    items: tuple[Unit, ...]  # its 项 (:func:`_items`)
    body: str  # its text, ``body(sep)``
    counted: bool  # its text's lines make as many 款 as it has (:func:`_groups`)
    listed: bool  # one of its 款 has 项


#: Each unit's facts, by its identity and the draft's separator and language: kept with the unit
#: itself (so no other unit can take its id while they are kept), a bounded number of them.
_FACTS: dict[tuple[int, str, str], tuple[Unit, _Facts]] = {}
_FACTS_KEPT = 20_000


def _facts(unit: Unit, sep: str, lang: str) -> _Facts:
    """``unit``'s :class:`_Facts` in a draft whose separator is ``sep`` and language ``lang``,
    worked out once (tests/test_proposals.py holds them to the units as they are)."""
    key = (id(unit), sep, lang)
    kept = _FACTS.get(key)
    if kept is not None and kept[0] is unit:
        return kept[1]
    paras = _paragraphs(unit)
    body = unit.body(sep)
    numbered = lang == "en" and all(p.label for p in paras)
    found = _Facts(paras, _items(unit), body, len(_groups(body, lang, numbered)) == len(paras),
                   any(c.kind is Kind.ITEM for p in paras for c in p.children))  # fmt: skip
    if len(_FACTS) >= _FACTS_KEPT:
        _FACTS.clear()
    _FACTS[key] = (unit, found)
    return found


def strip_own_label(unit: Unit, text: str) -> str:
    """``text`` without a leading copy of ``unit``'s own label (width-folded: （二） and (二),
    1． and 1., 第十二条 followed by a space, U+3000 or the text, Article 12, (a)); for a
    unit with a heading (an English article), the heading line right after the label goes too.
    A 款, which prints no label, loses a leading 第二款 + space or colon when that names it.
    Anything else, including a proposal that would be left empty, is returned unchanged."""
    if unit.kind is Kind.PARAGRAPH and not unit.label:
        rest = _strip_para_cue(text, _ordinal(unit))
        return text if rest is None else rest
    rest = _strip(text, unit.label)
    if rest is None and unit.label.endswith("\u2014") and (point := re.match(r"\([0-9A-Za-z]{1,6}\)", unit.label)):
        # a bill's subsection labelled with its heading ((b) Applicability.—): its (b) alone, typed without it
        rest = _strip(text, point.group(0))
    if rest is None and (inner := _bracketed(text)) is not None and _label_end(inner[0], unit.label) == len(inner[0]):
        # 【第十二条】 (a WeChat or WPS copy): the label in brackets, as the label alone
        rest = inner[1].lstrip(_SPACE).removeprefix("：").removeprefix(":").lstrip(_SPACE) or None
    if rest is None:
        return text
    if unit.heading and not unit.kind.is_container:
        first, nl, after = rest.partition("\n")
        if nl and _fold(first.strip()) == _fold(unit.heading.strip()) and after.strip():
            rest = after
    return rest


#: Brackets a label is pasted in: 【第十二条】, [第十二条], 〔第十二条〕.
_LABEL_BRACKETS = {"【": "】", "[": "]", "［": "］", "〔": "〕", "〖": "〗"}


def _bracketed(text: str) -> tuple[str, str] | None:
    """(the words inside, the text after) for a text opening with a short bracketed label such as
    【第十二条】; None otherwise."""
    close = _LABEL_BRACKETS.get(text[:1])
    if close is None:
        return None
    end = text.find(close, 1, 24)
    inner = text[1:end].strip(_SPACE) if end > 1 else ""
    return (inner, text[end + 1:]) if inner and "\n" not in inner else None


def _bare(label: str) -> str:
    """A typed label as it reads: 【第十三条】： → 第十三条."""
    return label.strip(_SPACE + "：:【】[]［］〔〕〖〗")


def _may_open_with_label(unit: Unit, text: str) -> bool:
    """Whether ``text`` may open with an article label, another's or ``unit``'s own (which
    :func:`strip_own_label` takes off first): only one whose first character is 第, a bracket, or
    one a width-folded copy of the unit's label may start with. Most wordings open otherwise, and
    an NPC-scale import asks this of tens of thousands (tests/test_proposals.py holds
    :func:`typed_label` to the whole rule)."""
    first = text[:1]
    return first == "第" or first in _LABEL_BRACKETS or _folded_label(unit.label).startswith(_fold(first))


def typed_label(unit: Unit, text: str) -> str:
    """The label of another article that a proposed wording of article ``unit`` (or of one of
    its 款 or 项) opens with, set apart by a space or a line break, after its own label if any:
    第十二条 typed before the words of 第十一条 (a slip, or the number the member expects after a
    renumbering). "" when there is none; 第十二条规定的… opens a sentence and is no label."""
    if not unit.eid.startswith("art_") or not _may_open_with_label(unit, text):
        return ""
    own = strip_own_label(unit, text)
    found = _NEW_ARTICLE_LABEL.match(own) or _BRACKETED_ARTICLE_LABEL.match(own)
    return found.group() if found is not None and own[found.end():].strip() else ""


def typed_label_note(unit: Unit, label: str) -> str | None:
    """The warning for an article label left out of a proposed wording (:func:`typed_label`);
    None for its own article's label written otherwise (第12条, 第１２条 for 第十二条)."""
    if not label or _names_own_article(unit, label):
        return None
    label = _bare(label)
    return (f"the wording of {unit.label or unit.eid} opens with the article label 「{label}」; it is left out (a "
            "label is not the article's text): check the wording is for this article")


def _names_own_article(unit: Unit, label: str) -> bool:
    """Whether article label ``label`` (第十二条, 第12条) names the article ``unit`` is (or is in)."""
    article = unit.eid.split("__", 1)[0]
    # (第十二条之一, 第12条之1: the article 12-1; 【第十二条】 in brackets)
    m = re.fullmatch(r"[【\[〔〖]?\s*第(?P<n>.+?)条(?:之(?P<k>.+?))?\s*[】\]〕〗]?\s*[：:]?\s*", _fold(label))
    if m is None:
        return False
    try:
        named = str(parse_number(m["n"])) + (f"-{parse_number(m['k'])}" if m["k"] else "")
    except ValueError:
        return False
    return named == article.removeprefix("art_")


def normalise_proposal(draft: Draft, unit: Unit, text: str) -> str:
    """A proposed wording of ``unit`` in the format of ``unit.body(sep)``: its own label
    dropped (:func:`strip_own_label`), or another article's typed before it (:func:`typed_label`),
    and, for a unit made of unlabelled 款, a 第N款 cue dropped from the line of the N-th 款.
    Labels that are part of the body (（一） of a 项 inside an article, 1. of an English
    paragraph) stay. Blank lines between its lines are taken out where the unit has none: the
    law's 款 follow each other line by line, and an article pasted with an empty line between its
    款 (as Markdown and many Word copies set them) would otherwise put in an empty 款."""
    if not _may_change(unit, text):
        return text
    out = text
    for _ in range(3):  # pasted twice, or in figures and in words (第2条 第二条 本法…): each copy of its own goes
        again = strip_own_label(unit, out)
        if (own := typed_label(unit, again)) and _names_own_article(unit, own):
            again = again[len(own):].lstrip(_SPACE)
        if again == out:
            break
        out = again
    lang = _lang(draft)
    facts = _facts(unit, body_separator(draft), lang)
    if "\n" in out.strip() and "\n\n" not in facts.body:
        out = _BLANK_LINES.sub("\n", out)
    if label := typed_label(unit, out):
        out = out[len(label):].lstrip(_SPACE)
    paras = facts.paras
    if paras and not any(p.label for p in paras) and "第" in out:
        lines = out.split("\n")
        n = 0
        for i, line in enumerate(lines):
            if not line.strip() or _is_item_line(line, lang):
                continue
            n += 1
            rest = _strip_para_cue(line, n)
            if rest is not None:
                lines[i] = rest
        out = "\n".join(lines)
    return out


def _may_change(unit: Unit, text: str) -> bool:
    """Whether :func:`normalise_proposal` could change ``text`` at all: only a line opening with
    第 (a label or a 第N款 cue), a first character that may open ``unit``'s own label, or a blank
    line can be taken out. Most wordings have none, and an NPC-scale import normalises tens of
    thousands of them (tests/test_proposals.py holds this to the whole rule)."""
    if text.startswith("第") or "\n第" in text or _BLANK_LINES.search(text) is not None or text[:1] in _LABEL_BRACKETS:
        return True
    return bool(unit.label) and _folded_label(unit.label).startswith(_fold(text[:1]))


#: An article label typed before a proposed new article's words, and the space that sets it apart.
_NEW_ARTICLE_LABEL = re.compile(rf"^第[{CN_NUMERAL_CHARS}0-9０-９]+条(?:之[{CN_NUMERAL_CHARS}0-9０-９]+)?(?=[ \t\u3000\n])")
#: The same in brackets (【第十三条】, [第十三条]), which set it apart themselves, and what follows them
#: up to the words (a space or a colon).
_BRACKETED_ARTICLE_LABEL = re.compile(rf"^[【\[［〔〖][ \t\u3000]*第[{CN_NUMERAL_CHARS}0-9０-９]+条(?:之[{CN_NUMERAL_CHARS}0-9０-９]+)?"
                                      r"[ \t\u3000]*[】\]］〕〗][ \t\u3000]*[：:]?[ \t\u3000]*")


def new_article_label(unit: Unit, text: str) -> tuple[str, str]:
    """A proposed new article after the article ``unit`` without the article label it was
    typed with (第十七条之一　…): (the label, the text without it), or ("", ``text``). The
    submission numbers a new article itself (第十七条之一, 之二 …, after the article it
    follows), as a marked-up Word copy's new articles are read; left in the text, the label
    would print twice. Only a label set apart by a space or a line break is one: 第十七条规定的…
    and 第十六条以外的… open sentences. English text is kept as given (Article 5 shall apply…)."""
    if unit.kind is not Kind.ARTICLE:
        return "", text
    found = _NEW_ARTICLE_LABEL.match(text) or _BRACKETED_ARTICLE_LABEL.match(text)
    rest = text[found.end():].lstrip(_SPACE) if found is not None else ""
    return ("", text) if found is None or not rest.strip() else (found.group(), rest)


#: An instruction typed before a new provision's words, in the wording itself: 新增一款：…, 建议增加一条：…
NEW_UNIT_LEAD = re.compile(r"^\s*(?:建议)?(?:在本[条款]后)?(?:新增|增加|增设|另增)一(?P<kind>[条款])[：:，,]\s*"
                            r"(?:作为第[^，,：:。]{1,8}[条款][：:，,]\s*)?")


def new_unit_lead(draft: Draft, unit: Unit, stance: Stance, proposed: str) -> tuple[Unit, str, str] | None:
    """A wording that opens with an instruction to add a 款 or an article (新增一款：国务院…) read as what it
    asks: the words after it, as a new 款 after ``unit``'s (its last, for an article) or a new article after
    its article, and the warning that says so; None when it opens with none. Stored as a rewording of the
    unit, it struck the 款 there and printed 新增一款： in the law (a trial's row on 第四条第五款)."""
    m = NEW_UNIT_LEAD.match(proposed)
    if m is None or stance not in (Stance.AMEND, Stance.INSERT) or not proposed[m.end():].strip():
        return None
    index = unit_index(draft)
    article = index.get(unit.eid.split("__", 1)[0], unit)
    if m["kind"] == "条":
        target = article
    elif unit.kind is Kind.ARTICLE:
        paras = [c for c in unit.children if c.kind is Kind.PARAGRAPH]
        if not paras:
            return None
        target = paras[-1]
    elif unit.kind is Kind.PARAGRAPH:
        target = unit
    else:
        return None
    lang = _lang(draft)
    what = "a new article" if target.kind is Kind.ARTICLE else "a new 款"
    return target, proposed[m.end():].strip(), (
        f"the proposed text opens with 「{m[0].strip()}」: read as {what} after {cite(target.eid, lang)}, those words "
        "left out (make the stance 新增 and give only its words)")


#: Who a member's instruction may name before 建议: no law text opens so.
_WE = r"(?:我们|我司|我方|本单位|本公司|我会|本会)?"
#: A wording's opening instruction to reword its unit, which is no law text: 建议修改为：…,
#: 建议将本条修改为：…, 将第十条第二款修改为：…, 修改后条文：… (the unit it names in ``unit``).
_CHANGE_LEAD = re.compile(
    rf"[ \t\u3000]*(?:{_WE}建议)?[ \t\u3000]*(?:(?:将|把)(?P<unit>本条|本款|本项|该条|该款|该项|此条|此款|此项|"
    r"第[^，,：:。；;“”「」\n]{1,16}?[条款项])(?:的?(?:内容|表述|条文|文字))?)?[ \t\u3000]*"
    r"(?:修改|修订|更改|调整|改|表述)(?:为|成)[ \t\u3000]*[：:][ \t\u3000\n]*"
    rf"|[ \t\u3000]*(?:{_WE}建议)?(?:修改后的?|建议的?)(?:条文|内容|表述|文本|条款|措辞)[ \t\u3000]*[：:][ \t\u3000\n]*")  # fmt: skip
#: A new provision's opening instruction: 建议增加过渡期条款：…, 建议在本条后增设以下内容：…, and without 建议 only
#: the verb and what it adds, 新增：…, 增加以下内容：…, 增设条款：… (补充医疗保险包括：, 补充协议应当载明下列事项：,
#: 添加剂…, 增加值…: a provision's own first words, which a looser rule cut off: a review)
_NEW_LEAD = re.compile(rf"[ \t\u3000]*(?:{_WE}建议(?:在本[条款]后)?(?:新增|增加|增设|补充|另增|添加)[^，,：:。；;“”「」\n]{{0,15}}"
                       r"|(?:在本[条款]后)?(?:新增|增加|增设|另增)(?:一?(?:条|款|项|条款|条文)|(?:以下|如下|下列)?内容)?)"
                       r"[：:][ \t\u3000\n]*")  # fmt: skip
_PAIRS = {"“": "”", "「": "」", "『": "』"}


def _wrapped(words: str) -> tuple[str, str] | None:
    """``words`` without the quotation marks around them all (a full stop after them at most), and the
    marks, when one pair wraps them whole (the law's own quotes inside kept); None otherwise."""
    words = words.rstrip(" \t\u3000\n")
    close = _PAIRS.get(words[:1])
    end = words[:-1] if words.endswith(("。", ".")) else words
    if close is None or len(end) < 3 or not end.endswith(close):
        return None
    depth = 0
    for k, ch in enumerate(end):
        if ch == words[0]:
            depth += 1
        elif ch == close:
            depth -= 1
            if depth == 0 and k < len(end) - 1:
                return None  # (a pair closed before the end: 「…」和「…」)
    return (end[1:-1], f"{words[0]}…{close}") if depth == 0 else None


def instruction_lead(draft: Draft, unit: Unit, stance: Stance, proposed: str) -> tuple[str, str] | None:
    """A wording of ``unit`` that opens with an instruction (建议修改为：…, 建议将本条修改为：…, a new
    provision's 建议增加过渡期条款：…): the words after it, out of the quotation marks they may stand
    in, and the warning that says so; None for any other. The instruction is no law text: kept, it
    went out as the law's first words ({+建议修改为：+}, a trial's submission). A unit whose own text
    opens with such words (an amending decision's 将第三条修改为：) keeps them, as does an instruction
    naming another unit than the one the wording is of."""
    if stance is Stance.INSERT:
        m = _NEW_LEAD.match(proposed) or _CHANGE_LEAD.match(proposed)
    elif stance is Stance.AMEND:
        m = _CHANGE_LEAD.match(proposed)
    else:
        return None
    if m is None or _lang(draft) != "zh":
        return None
    words = proposed[m.end():]
    body = unit.body() if stance is Stance.AMEND else ""
    lead = m[0].strip()
    if not words.strip() or (body and body.lstrip().startswith(lead)):
        return None
    named = m.groupdict().get("unit")
    if named and named.startswith("第"):
        try:
            at = resolve(draft, named).eid
        except (CitationError, ValueError):
            return None
        if not (unit.eid == at or unit.eid.startswith(at + "__") or at.startswith(unit.eid + "__")):
            return None  # (another unit's wording: left to the rules that read instructions)
    note = ""
    if (w := _wrapped(words)) is not None and not body.startswith(words[:1]):
        words, note = w[0], f", out of the quotation marks {w[1]} around it"
    return words.strip(), (f"the proposed text opens with 「{lead}」, an instruction, not law text: read as the "
                           f"wording after it{note}")


#: A new provision opening with a 项's label: （九）, (9), （9）, 9.
_ITEM_LEAD = re.compile(rf"^\s*[（(](?P<n>[{CN_NUMERAL_CHARS}]+|[0-9０-９]+)[）)]")


def new_item_lead(draft: Draft, unit: Unit, stance: Stance, proposed: str) -> tuple[Unit, str] | None:
    """A new provision asked after an article or a 款 that opens with a 项's label (（九）为开展…；) where
    that article has one list of 项 (or the 款 is one): the 项 it numbers on from, to put it after, and the
    warning that says so; None for any other. After the article, it went out as a new article, 第三十五条之一
    （九）…； (a trial's 项, added to the list of 第三十五条)."""
    if stance is not Stance.INSERT or unit.kind not in (Kind.ARTICLE, Kind.PARAGRAPH):
        return None
    m = _ITEM_LEAD.match(proposed)
    if m is None:
        return None
    lists = [p for p in ([unit] if unit.kind is Kind.PARAGRAPH else [c for c in unit.children if c.kind is Kind.PARAGRAPH])
             if any(c.kind is Kind.ITEM for c in p.children)]  # fmt: skip
    if len(lists) != 1:
        return None  # (no list, or two: which one it joins cannot be told)
    try:
        n = parse_number(m["n"].translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    except ValueError:
        return None
    items = [c for c in lists[0].children if c.kind is Kind.ITEM]
    if not 2 <= n <= len(items) + 1:
        return None
    after = items[n - 2]
    lang = _lang(draft)
    return after, (f"the new provision opens with 「{m[0].strip()}」, a 项's label: read as a new 项 after "
                   f"{cite(after.eid, lang)}, not a new article (cite the 项 it follows to place it elsewhere)")


def item_given(draft: Draft, unit: Unit, text: str) -> tuple[Unit, str] | None:
    """A wording of an article or a 款 that is one line opening with the label of one of its 项
    (（三）销售…； given for 第五十七条): that 项, and the warning saying it is anchored there; None
    for any other wording. Read as the whole article it deleted the opening words and the other
    项, and printed the 项 as （一） (a trial's 意见反馈表, whose 条款 cell names articles only).
    A ValueError when two lists of the article have a 项 of that label: which one is never guessed."""
    if unit.kind not in (Kind.ARTICLE, Kind.PARAGRAPH) or _lang(draft) != "zh":
        return None
    lines = [line for line in strip_own_label(unit, text.strip()).split("\n") if line.strip()]
    if len(lines) != 1 or (m := _ITEM_LEAD.match(lines[0])) is None:
        return None
    try:
        n = parse_number(m["n"].translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    except ValueError:
        return None
    holders = [unit] if unit.kind is Kind.PARAGRAPH else [c for c in unit.children if c.kind is Kind.PARAGRAPH]
    found = [i for p in holders for i in p.children if i.kind is Kind.ITEM and i.eid.endswith(f"__item_{n}")]
    if not found:
        return None  # (a label past the list's end: a new 项, as :func:`new_item_lead` reads an insert)
    where = law_citation(draft, unit.eid)
    if len(found) > 1:
        named = "、".join(law_citation(draft, i.eid) for i in found)
        raise ValueError(f"the proposal is one 项 「{m[0].strip()}」 of {where}, which has it in more than one 款 "
                         f"({named}): cite the 项 it rewords")  # fmt: skip
    item = found[0]
    return item, (f"the proposal is one 项 「{m[0].strip()}」 of {where}: anchored at {law_citation(draft, item.eid)}, "
                  "not read as the whole article (which would delete its other words)")  # fmt: skip


def one_item_wording(draft: Draft, unit: Unit, text: str) -> tuple[Unit, str] | None:
    """Where a wording ``text`` given for ``unit`` is stored when it is one of its 项 (:func:`item_given`):
    that 项, and the wording as stored there (its label dropped); None for any other wording, or when
    two lists hold the label (intake refuses it). A page previewing a member's wording shows it so."""
    try:
        found = item_given(draft, unit, text)
    except ValueError:
        return None
    return None if found is None else (found[0], normalise_proposal(draft, found[0], text.strip()))


def new_article_note(unit: Unit, label: str) -> str | None:
    """The warning for a new article's label left out (:func:`new_article_label`) that is not
    how the submission numbers it (第十七条之一 after 第十七条, 第十七条之二 after 第十七条之一): 第十八条
    renumbers nothing. It names the number the submission gives (a trial's note, after 第七十二条之一,
    named 第七十二条之一之一, and the submission printed 第七十二条之二 as the member had typed it)."""
    base, _, k = unit.label.partition("之")
    if not label:
        return None
    try:
        first = parse_number(k) + 1 if k else 1
    except ValueError:  # (a label the numerals do not read: named as the rule says it)
        first = 1
    typed, _, n = _fold(_bare(label)).partition("之")
    try:  # 之二 after 第七十二条之一, 之三 for a second new one: how the submission numbers them
        if typed == _fold(base) and n and parse_number(n) >= first:
            return None
    except ValueError:
        pass
    after = int_to_cn(first)
    return (f"the label 「{_bare(label)}」 of the new article after {unit.label or unit.eid} is left out: the "
            f"submission numbers it {base}之{after}, after the article it follows, and renumbers no other")


def quoted_wording(unit: Unit, sep: str, body: str, anchor: Anchor, proposed: str,
                   lang: str = "zh") -> tuple[str, str] | None:  # fmt: skip
    """A proposal given beside a quote that reads as the quoted words' new wording, not the whole
    unit's (a member's table of 原文 | 修改建议: 「撤销公司登记或者吊销营业执照」 → 「吊销营业执照」, 公司法
    第一百九十八条, a trial): the unit's wording with the quoted words replaced, and the warning
    saying so; None when it reads as a wording of the unit, or of the 款 or 项 the quote stands in
    (as long as half of it, or alike), or as instructions or a suggestion (建议将“…”修改为“…”:
    :func:`anchor_partial` applies them, the quote saying where, or refuses them; never the
    instruction's words in the law text).

    A proposal that is only the quoted words' new words said as a change (修改为“一百万元”), or
    only words in quotation marks the quoted words do not have (“一百万元”), is read by its words
    (:func:`~lawcomment.review.instructions.quoted_new_words`), said: those words as the quoted
    words' new wording, or, as long as the unit (or alike), as its wording."""
    if not anchor.quote or anchor.offset is None or body[anchor.offset:anchor.offset + len(anchor.quote)] != anchor.quote:
        return None
    new = quoted_new_words(proposed, anchor.quote)
    if new is None and reads_as_instructions(proposed, body, lang):
        return None
    words = proposed if new is None else new[0]
    # 修改为“一百万元”, or “一百万元”: its words, never the instruction or the marks, stand in the law text
    head = f"the proposed text 「{proposed}」 is read" if new is None else (
        f"the proposed text 「{proposed.strip()}」 reads as an instruction, not law text: 「{words}」 is read"
        if new[1] == "instruction" else
        f"the quotation marks of the proposed text 「{proposed.strip()}」 are not the law's there: 「{words}」 is read")
    at, end = anchor.offset, anchor.offset + len(anchor.quote)
    holders = [(e - s, s, e) for s, e in unit_spans(unit, sep).values() if s <= at and end <= e]
    for _, s, e in sorted(holders):
        if 2 * len(words) >= e - s or similarity(words, body[s:e]) >= 0.5:
            # a wording of the unit (or of its 款 or 项), the quote only saying what it is about
            return None if new is None else (words, f"{head} as the proposed wording")
    return (body[:at] + words + body[end:],
            f"{head} as the new wording of the quoted words 「{anchor.quote}」, not of the whole unit (give the whole "
            "unit as it should read to say otherwise)")  # fmt: skip


# -- punctuation typed half width ---------------------------------------------------------------

_HAN_CHAR = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Before a half-width mark: a Chinese character, or a full-width mark that closes (”）》 …).
_ZH_BEFORE = f"[{_HAN_CHAR}”’）》】」』〕]"
#: After it (past spaces typed after it, as an English keyboard sets them): a Chinese character, a
#: full-width mark that opens, a figure (处五万元以上,20万元以下), or the line's end.
_ZH_AFTER = f"(?:[{_HAN_CHAR}“‘（《【「『〔0-9]|\n|$)"
#: , ; : ? ! between Chinese words, and . ending a Chinese sentence: typed in Excel,
#: WPS or an English input method, never the law's own (1,000, 10:30, 1.5 and Latin text stand apart);
#: and , ; ? ! after a figure or a per cent sign, before Chinese words (不低于0.15%,作为…: a trial's committee
#: wording; never the . of a list's 1.申请人, nor the : of a ratio).
_HALF_MARK = re.compile(rf"(?<={_ZH_BEFORE})(?:([,;:?!])|(\.))[ \t]*(?={_ZH_AFTER})"
                        rf"|(?<=[0-9%％])([,;?!])[ \t]*(?=[{_HAN_CHAR}“‘（《【「『〔])")
#: ( ) around words with a Chinese character in them: (一), (以下简称“…”) (not (1), (a) or (GB 2760)).
_HALF_PARENS = re.compile(rf"\(([^()\n]*[{_HAN_CHAR}][^()\n]*)\)")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。", "(": "（", ")": "）"}
_HALF_OF = {full: half for half, full in _FULL.items()}
#: Any mark it might change: most wordings have none, and are returned at once.
_ANY_HALF = re.compile(r"[,;:?!.()]")


def _mark(found: re.Match[str]) -> str:
    """The half-width mark :data:`_HALF_MARK` found (its words, or its figure's)."""
    return found.group(1) or found.group(3) or "."


def _half_marks(text: str) -> set[str]:
    """The half-width marks ``text`` holds where Chinese text would write them full width."""
    found = {_mark(m) for m in _HALF_MARK.finditer(text)}
    if _HALF_PARENS.search(text):
        found |= {"(", ")"}
    return found


def full_width(draft: Draft, unit: Unit | None, text: str) -> tuple[str, tuple[str, ...]]:
    """A proposed wording of ``unit`` of a Chinese draft with the half-width punctuation typed
    between its Chinese words made full width, as the law writes it (，；：？！。（）, a space
    typed after the mark going with it): (the text, and the marks it changed).
    A half-width ``;`` for ``；`` is a change of the law's text, and one the diff reads as
    striking out the next 项's label and words and typing them again. A mark the unit's own text
    writes half width between Chinese words (a draft set in half-width (一)) is left as typed,
    and its full-width twin swapped in at its very place, beside other changes, is put back half
    width (given as the full-width mark); so is everything in a draft in English. With no ``unit`` (a member's remark, which goes in a
    letter), every such mark is made full width."""
    if _lang(draft) != "zh":
        return text, ()
    body = None
    if unit is not None:
        body, marks_at = _law_marks(draft, unit)
        if marks_at:
            text, narrowed = _as_law_writes(body, marks_at, text)
            if narrowed:
                widened = full_width(draft, unit, text)
                return widened[0], (*widened[1], *narrowed)
    if _ANY_HALF.search(text) is None:
        return text, ()
    if unit is None:
        marks = _half_marks(text)
        return _widened(text, marks), tuple(mark for mark in _FULL if mark in marks)
    # a leading copy of the unit's own label ((二) before a 项's words) is dropped, not made full width
    rest = strip_own_label(unit, text)
    if rest is not text and text.endswith(rest) and len(rest) < len(text):
        head = text[:len(text) - len(rest)]
        folded, changed = full_width(draft, unit, rest)
        return head + folded, changed
    marks = _half_marks(text)
    if not marks:
        return text, ()
    assert body is not None
    marks -= _half_marks(body) if _ANY_HALF.search(body) else set()
    if not marks:
        return text, ()
    changed = tuple(mark for mark in _FULL if mark in marks)
    return _widened(text, marks), changed


#: Per unit (by identity, the unit kept so its id stays its own): its text and where it writes a mark half
#: width between Chinese words. Most units write none; asked of every wording, the text is made once.
_LAW_MARKS: dict[tuple[int, str], tuple[Unit, str, tuple[tuple[int, str], ...]]] = {}
_LAW_MARKS_MOST = 8192


def _law_marks(draft: Draft, unit: Unit) -> tuple[str, tuple[tuple[int, str], ...]]:
    """``unit``'s text as a wording is compared with, and each (place, mark) where it writes a mark
    half width between Chinese words."""
    sep = body_separator(draft)
    key = (id(unit), sep)
    found = _LAW_MARKS.get(key)
    if found is not None and found[0] is unit:
        return found[1], found[2]
    body = unit.heading if unit.kind.is_container else unit.body(sep)
    marks = tuple((m.start(), _mark(m)) for m in _HALF_MARK.finditer(body)) if _ANY_HALF.search(body) else ()
    if len(_LAW_MARKS) >= _LAW_MARKS_MOST:
        _LAW_MARKS.clear()
    _LAW_MARKS[key] = (unit, body, marks)
    return body, marks


def _as_law_writes(body: str, marks_at: tuple[tuple[int, str], ...], text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with each full-width twin of a half-width mark the law (``body``) writes between
    Chinese words put back as the law writes it, where the wording makes that swap at that very
    place and changes other words too: (the text, the full-width marks put back). A trial's
    committee wording typed ： where the law has :, and the submission sent 「:」 → 「：」 to the
    legislature as a change nobody asked for. A wording whose only changes are such swaps asks for
    them (the source's typo corrected) and is left as typed; words a wording puts in keep their marks."""
    if not any(_FULL[half] in text for _, half in marks_at):
        return text, ()
    at = {place: half for place, half in marks_at}
    ops = diff(body, text).ops
    swaps: list[int] = []  # where in text a swapped mark stands
    other = False  # a change besides the swaps
    old = new = k = 0
    while k < len(ops):
        op = ops[k]
        nxt = ops[k + 1] if k + 1 < len(ops) else None
        kind = str(op.kind)
        if kind == "equal":
            old, new, k = old + len(op.text), new + len(op.text), k + 1
            continue
        if kind == "delete" and nxt is not None and str(nxt.kind) == "insert" and at.get(old) == op.text and \
                nxt.text == _FULL[op.text]:  # fmt: skip
            swaps.append(new)
            old, new, k = old + 1, new + 1, k + 2
            continue
        other = True
        old, new = (old + len(op.text), new) if kind == "delete" else (old, new + len(op.text))
        k += 1
    if not swaps or not other:
        return text, ()
    chars = list(text)
    for place in swaps:
        chars[place] = _HALF_OF[chars[place]]
    return "".join(chars), tuple(dict.fromkeys(text[place] for place in swaps))


def _widened(text: str, marks: set[str]) -> str:
    """``text`` with the half-width ``marks`` between its Chinese words made full width."""
    out = text
    if "(" in marks:
        out = _HALF_PARENS.sub(lambda m: f"（{m.group(1)}）", out)
    return _HALF_MARK.sub(lambda m: _FULL[_mark(m)] if _mark(m) in marks else m.group(0), out)


def law_spacing(draft: Draft, unit: Unit, text: str) -> tuple[str, str | None]:
    """A proposed wording of ``unit`` of a Chinese draft with the spaces a sheet or a web page put
    in taken out where the law has none (between Chinese words and marks, and at a line's ends; a
    no-break space as a space), and full-width digits (１０００) made half width, as the law writes
    them: (the text, the warning saying what changed, or None). Each becomes a change in the merge
    that nobody meant (a trial's trailing space stood as a change of its own, and a conflict). A
    unit whose own text has such spaces or digits keeps the member's as typed; an English draft's
    wording is left as it is, its ends aside (a wording's ends lose their spaces and line breaks)."""
    # (a cell's own ends are trimmed unsaid, as every sheet's reader trims them: 「 删除 」 is 删除; and the line
    # break a paste from Word ends with, which no unit's text has: kept, it went out as an empty paragraph put in)
    if _lang(draft) != "zh":
        return text.strip(_GAPS + "\r\n"), None
    out, said = text.strip(_GAPS + "\r\n"), []
    if _MAYBE_SPACED.search(out) is None:  # (most wordings: no space or wide digit, nothing more read)
        return out, None
    stray, wide = _STRAY.search(out) is not None, _WIDE_DIGIT.search(out) is not None
    if not (stray or wide):
        return out, None
    body = unit.heading if unit.kind.is_container else unit.body(body_separator(draft))
    if stray and not _STRAY.search(body):
        lines = [_unspaced(line) for line in out.split("\n")]
        spaced = "\n".join(lines)
        if spaced != out:
            gone = sum(ch in _GAPS for ch in out) - sum(ch in _GAPS for ch in spaced)
            said.append(f"{gone} space(s) typed between Chinese words or at a line's end taken out")
            out = spaced
    if wide and not _WIDE_DIGIT.search(body):
        digits = "、".join(dict.fromkeys(re.findall("[\uff10-\uff19]+", out)))  # (each number typed: １０００, not １０)
        out = out.translate(_NARROW_DIGITS)
        said.append(f"full-width digits ({digits}) made half width ({digits.translate(_NARROW_DIGITS)})")
    if not said:
        return out, None
    return out, f"in the proposed text, {' and '.join(said)}, as the law writes it: the diff shows only the words changed"


def _unspaced(line: str) -> str:
    """A line of a wording without the spaces :func:`law_spacing` takes out; a label typed before it
    with its space (第十二条　, （二）　) is left as typed, for the label's own rule to read."""
    rest = line.lstrip(_GAPS)
    head = _TYPED_LABEL.match(rest)
    label = head.group(0) if head else ""
    return label + _BETWEEN.sub("", rest[len(label):]).strip(_GAPS)


#: The spaces a member's sheet or a web page puts in a wording: ASCII, tab, no-break, ideographic.
_GAPS = " \t\u00a0\u3000"
_GAP = f"[{_GAPS}]+"
#: A Chinese character or mark, which the law sets no space beside.
_HAN_OR_MARK = "[\u3400-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]"
#: A label typed before a wording, with the space after it (第十二条　, 【第十九条】 , （二） , 一、 ).
_TYPED_LABEL = re.compile(rf"(?:【?第[{CN_NUMERAL_CHARS}0-9０-９]{{1,8}}[条款项](?:之[{CN_NUMERAL_CHARS}]+)?】?[：:]?"
                          rf"|[（(][{CN_NUMERAL_CHARS}]{{1,4}}[）)]|[{CN_NUMERAL_CHARS}]{{1,3}}、){_GAP}")
#: A space between two Chinese characters or marks; with a line's ends, every one the law has not.
_BETWEEN = re.compile(rf"(?<={_HAN_OR_MARK}){_GAP}(?={_HAN_OR_MARK})")
_STRAY = re.compile(rf"{_BETWEEN.pattern}|^{_GAP}|{_GAP}$", re.MULTILINE)
_WIDE_DIGIT = re.compile("[\uff10-\uff19]")
#: Any character :func:`law_spacing` may change: the cheap test most wordings stop at.
_MAYBE_SPACED = re.compile(f"[{_GAPS}\uff10-\uff19]")
_NARROW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def width_note(marks: Iterable[str], what: str = "the proposed text") -> str:
    """The warning for half-width punctuation made full width in ``what``, and for full-width
    marks put back half width where the law writes them so (the marks :func:`full_width` gives)."""
    marks = tuple(marks)
    widened = [m for m in marks if m in _FULL]
    narrowed = [m for m in marks if m in _HALF_OF]
    said = []
    if widened:
        said.append(f"half-width punctuation ({' '.join(widened)}) between Chinese words of {what} is made full width "
                    f"({''.join(_FULL[m] for m in widened)}), as the law writes it")  # fmt: skip
    if narrowed:
        said.append(f"full-width punctuation ({''.join(narrowed)}) in {what} where the law writes it half width "
                    f"({' '.join(_HALF_OF[m] for m in narrowed)}) is kept as the law writes it")  # fmt: skip
    return "; ".join(said) + ": the diff shows only the words changed"


#: The marks a Chinese unit's text closes with, which a wording that ends with none is given back.
_CLOSES = "；。：，、？！"
#: How alike a wording and its unit's text are at least for the wording to be a copy of it, words put in.
_COPIED = 0.5
#: What a wording may end with and so choose its own end: a mark, full or half width, or a closing bracket or quote.
_ENDS = _CLOSES + ";.:,?!…—）)】〕〗］]」』”’》〉\"'"


def closing_mark(draft: Draft, unit: Unit, text: str) -> str | None:
    """The closing mark of ``unit``'s text (its 项's 「；」, a 款's 「。」) that a wording ``text``
    of a Chinese draft ends without, ending with no mark at all (no ；。：，、？！, full or half
    width, no closing bracket or quote): a member's copy of the 项 without its 「；」, words put at
    its end, which the diff read as the 「；」 struck (item （五） running into （六）). The mark is
    kept (:func:`normalise_comment`; a marked-up copy's, struck as a tracked change, is only said); a
    wording ending with another mark chose it, and one keeping
    little of the unit's text is no copy of it (a rewrite, or a phrase typed as a remark). "" when the law
    ends the unit with one but which one the wording's last line would take is unclear (an
    article's lines end with ： and 。 and the wording's last line is none of its 项); None when
    there is nothing to say, and for an English draft, whose 项 end with 「; and」 or words."""
    end = text.rstrip()
    if not end or end[-1] in _ENDS or _lang(draft) != "zh" or unit.kind.is_container:
        return None
    body = _law_marks(draft, unit)[0]
    lines = [line for line in body.split("\n") if line.strip()]
    if not lines or lines[-1].rstrip()[-1:] not in _CLOSES:
        return None
    from rapidfuzz.distance import Indel

    # a wording keeping little of the unit's text (of its line of that label) is no copy of it: a rewrite,
    # whose deletions show, or a phrase typed as a remark, which ending with no mark tells apart
    # (lawcomment.consultation.misfiled)
    given = [line for line in end.split("\n") if line.strip()]
    last = given[-1].lstrip(_SPACE)
    label = _ZH_ITEM_LINE.match(last) if len(lines) > 1 and len(given) != len(lines) else None
    same = [line for line in lines if label is not None and line.lstrip(_SPACE).startswith(label.group())]
    if Indel.normalized_similarity(last if same else end, same[0] if same else body) < _COPIED:
        return None
    if len(lines) == 1 or len(given) == len(lines):
        return lines[-1].rstrip()[-1]
    # a 项's line: the mark of the law's line of that label; a 款 after 项 the wording gives: the mark the law's
    # 款 after its 项 close with; else (a 项's words without its label?) the mark all its lines close with, when they agree
    at = [k for k, line in enumerate(lines) if _is_item_line(line, "zh")]
    kuan = lines[at[-1] + 1:] if at else []  # (the law's 款 after its 项)
    items = any(_is_item_line(line, "zh") for line in given)
    marks = {line.rstrip()[-1] for line in (same or (kuan if items and kuan else lines))}
    return marks.pop() if len(marks) == 1 and next(iter(marks)) in _CLOSES else ""


def kept_mark(text: str, mark: str) -> str:
    """``text`` with the closing ``mark`` :func:`closing_mark` gives put after its last words."""
    end = text.rstrip()
    return end + mark + text[len(end):] if mark else text


def closing_note(where: str, mark: str) -> str:
    """The warning for a wording of ``where`` that ended without its closing mark (:func:`closing_mark`)."""
    if mark:
        return (f"the wording of {where} ends without the 「{mark}」 that closes it in the law: kept (to take it out, end "
                "the wording with another mark)")
    return (f"the wording of {where} ends without a closing mark, where the law's text ends with one: as written, the "
            "diff strikes the law's mark out; end the wording with the mark meant")


def invisible_note(count: int) -> str:
    """The warning for zero-width characters taken out of a typed wording (drafts.normalize, rule 4)."""
    return (f"{count} zero-width character(s) taken out of the proposed text: they are invisible, and a change of "
            "them would be one nobody can see")


def normalise_comment(draft: Draft, index: dict[str, Unit], comment: NewComment) -> NewComment:
    """An amend comment with its proposal normalised against the unit it is anchored at, and a
    proposed new article without the label it was typed with (:func:`new_article_label`);
    any other comment unchanged."""
    if comment.stance not in (Stance.AMEND, Stance.INSERT) or not comment.proposed_text or comment.anchor.eid is None \
            or comment.lang:
        return comment  # (a wording of the translation is not measured against the draft's unit)
    unit = index.get(comment.anchor.eid)
    if unit is None:
        return comment
    # (every channel: a form or a marked-up copy's words too; typed ones were told of it)
    seen = invisible_removed(comment.proposed_text)[0]
    if comment.stance is Stance.INSERT:
        if comment.source.kind is SourceKind.DOCX_REVISION:  # (a marked-up copy's new article was read by its
            text = seen                                      # structure, its label set aside already)
        else:
            text = new_article_label(unit, seen)[1]
    else:
        text = normalise_proposal(draft, unit, seen)
    text = full_width(draft, unit, text)[0]  # (each channel says so where it reads the wording)
    if comment.stance is Stance.AMEND and comment.source.kind is not SourceKind.DOCX_REVISION and (
            mark := closing_mark(draft, unit, text)):  # fmt: skip
        # (the 项's 「；」 a copy left out: kept, said where the wording is read; a marked-up copy's wording is the
        # law's text as its tracked changes left it: a mark gone from it was struck, said only)
        text = kept_mark(text, mark)
    return comment if text == comment.proposed_text else replace(comment, proposed_text=text)


def normalise_comments(draft: Draft, index: dict[str, Unit], comments: list[NewComment],
                       known: Sequence[str | None] | None = None) -> list[NewComment]:  # fmt: skip
    """:func:`normalise_comment` of each of ``comments``, each distinct wording of a unit worked
    out once (a campaign's comments repeat it word for word; the rest pass untouched). ``known``:
    each comment's :func:`normalised_wording`, when the caller worked them out already (a file's
    rows, read in two processes)."""
    if known is not None:
        return [c if text == c.proposed_text else replace(c, proposed_text=text)
                for c, text in zip(comments, known, strict=True)]  # fmt: skip
    done: dict[tuple[object, ...], str | None] = {}  # what a wording became, by what it depends on
    out: list[NewComment] = []
    worded = (Stance.AMEND, Stance.INSERT)
    for c in comments:
        # (no wording first: most comments of a file are remarks, support or opposition)
        if not c.proposed_text or c.stance not in worded or c.anchor.eid is None or c.lang:
            out.append(c)
            continue
        text = normalised_wording(draft, index, c, done)
        out.append(c if text == c.proposed_text else replace(c, proposed_text=text))
    return out


def normalised_wording(draft: Draft, index: dict[str, Unit], c: NewComment,
                       done: dict[tuple[object, ...], str | None]) -> str | None:  # fmt: skip
    """The proposed text of :func:`normalise_comment` of ``c``, each distinct wording of a unit
    worked out once (``done`` keeps them)."""
    if not c.proposed_text or c.stance not in (Stance.AMEND, Stance.INSERT) or c.anchor.eid is None or c.lang:
        return c.proposed_text
    key = (c.stance, c.anchor.eid, c.proposed_text, c.source.kind is SourceKind.DOCX_REVISION)
    if key in done:
        return done[key]
    text = done[key] = normalise_comment(draft, index, c).proposed_text
    return text


# -- proposals that give only some 款 of an article ------------------------------------------


def _groups(text: str, lang: str, numbered: bool) -> list[str]:
    """The 款 of a proposal: a 款 line with its 项/目 lines (and, in English, the lines up
    to the next numbered paragraph)."""
    out: list[list[str]] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if numbered:
            new = bool(_EN_PARA_LINE.match(line.lstrip(_SPACE))) or not out
        else:
            new = not _is_item_line(line, lang) or not out
        if new:
            out.append([line])
        else:
            out[-1].append(line)
    return ["\n".join(g) for g in out]


def _align(groups: list[str], bodies: list[str]) -> tuple[float, list[int], list[list[float]]]:
    """The in-order pairing of proposal 款 with article 款 (fewer of them) with the highest
    total similarity: its total, the chosen 款 indexes, and every pair's score."""
    k, n = len(groups), len(bodies)
    score = [[similarity(g, b) for b in bodies] for g in groups]
    best: dict[tuple[int, int], tuple[float, list[int]]] = {}

    def go(j: int, i: int) -> tuple[float, list[int]]:
        if j == k:
            return 0.0, []
        if (j, i) not in best:
            options = []
            for x in range(i, n - (k - j) + 1):
                total, rest = go(j + 1, x + 1)
                options.append((score[j][x] + total, [x, *rest]))
            best[(j, i)] = max(options, key=lambda o: o[0])
        return best[(j, i)]

    total, picked = go(0, 0)
    return total, picked, score


@dataclass(frozen=True, slots=True)
class Partial:
    """An amend proposal of ``article`` that gives ``given`` of its 款 (``paragraphs``).

    ``matched`` are the 款 its own 款 rewrite, in order, when each clearly matches one
    (else empty); ``target`` is the one 款 to anchor it at, when it gives one 款 and that 款
    is clear; ``text`` is the proposal as a wording of ``target``.
    """

    article: Unit
    given: int
    paragraphs: tuple[Unit, ...]
    matched: tuple[Unit, ...]
    target: Unit | None
    text: str
    lang: str
    reason: str = ""  # why no 款 was chosen, when it is not that none matches
    dropped: tuple[str, ...] = ()  # sentences of ``target`` the wording leaves out: read as the whole 款, deleted

    def _noun(self, n: int) -> str:
        if self.lang == "en":
            return "paragraph" if n == 1 else "paragraphs"
        return "款"

    def _what(self) -> str:
        total = len(self.paragraphs)
        some = f"one {self._noun(1)}" if self.given == 1 else f"{self.given} {self._noun(self.given)}"
        return f"the proposal gives {some} of {cite(self.article.eid, self.lang)} ({total} {self._noun(total)})"

    def _list(self, units: tuple[Unit, ...]) -> str:
        names = [cite(u.eid, self.lang) for u in units]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    @property
    def left_out(self) -> tuple[Unit, ...]:
        """The article's 款 the proposal does not rewrite (known when ``matched`` is)."""
        return tuple(p for p in self.paragraphs if p not in self.matched) if self.matched else ()

    def anchored(self) -> str:
        """The warning when the proposal is anchored at ``target``."""
        assert self.target is not None
        where = cite(self.target.eid, self.lang)
        said = f"{self._what()}; anchored at {where}"
        if self.dropped:
            gone = "、".join(f"「{x}」" for x in self.dropped)
            said += (f", and read as the whole of {where} it deletes {gone} (if it rewords only part of "
                     f"{where}, give the whole {self._noun(1)} with that part reworded)")  # fmt: skip
        return said

    def refusal(self) -> str:
        """Why the proposal is refused, and how to fix it."""
        total, one = len(self.paragraphs), self._noun(1)
        span = f"{cite(self.paragraphs[0].eid, self.lang)} to {cite(self.paragraphs[-1].eid, self.lang)}"
        if self.reason:
            why = f": {self.reason}"
        elif self.matched:
            why = f": it rewrites {self._list(self.matched)} and would delete {self._list(self.left_out)}"
        else:
            why = f" and no {one} clearly matches it"
        how = f"propose each {one} on its own" if self.given > 1 else f"cite the {one} it rewrites"
        return f"{self._what()}{why}; {how} ({span}), or give the whole article ({total} {self._noun(total)}, one per line)"

    def deleting(self) -> str:
        """The warning when the proposal is kept as the whole article."""
        gone = self._list(self.left_out) if self.left_out else f"the other {self._noun(2)}"
        return f"{self._what()}; read as the whole article, so it proposes deleting {gone}"


def partial_proposal(draft: Draft, unit: Unit, text: str, quote: str = "") -> Partial | None:
    """When ``text``, an amend proposal of the article ``unit``, gives fewer 款 than the
    article has: which 款 it rewrites. None when it is not such a proposal, or when it reads
    as a rewrite of the whole article in fewer 款 (closer to the whole than to any 款).

    ``quote`` is the comment's quote, if any: the 款 rewritten must contain it, and it
    settles a close call when only that 款 does. A leading 第N款 names the 款 outright.
    """
    if unit.kind is not Kind.ARTICLE:
        return None
    lang, sep = _lang(draft), body_separator(draft)
    facts = _facts(unit, sep, lang)
    paras = facts.paras
    if len(paras) < 2:
        return None
    numbered = lang == "en" and all(p.label for p in paras)
    base = facts.body
    if not facts.counted:
        return None  # an article whose 款 cannot be counted from its lines: leave it alone
    own = normalise_proposal(draft, unit, text)
    groups = _groups(own, lang, numbered)
    if not groups or len(groups) >= len(paras):
        return None
    found = Partial(unit, len(groups), tuple(paras), (), None, own, lang)
    if len(groups) == 1 and not numbered:  # 第二款　… names the 款 outright
        cued = strip_own_label(unit, text).lstrip(_SPACE)
        for p in paras:
            rest = _strip_para_cue(cued, _ordinal(p))
            if rest is not None:
                return replace(found, matched=(p,), target=p, text=rest, dropped=_dropped(p.body(sep), rest))
    bodies = [p.body(sep) for p in paras]
    # a 款 given without 项 lines is measured against each 款's opening words when it has 项:
    # a member rewording 有下列行为之一的，…： gives no list (see keep_items)
    listless = not any(_is_item_line(line, lang) for line in own.split("\n"))
    compared = [p.text if listless and p.text and _items(p) else b for p, b in zip(paras, bodies, strict=True)]
    _, picked, score = _align(groups, compared)
    subset = similarity(own, "\n".join(compared[i] for i in picked))
    whole = similarity(own, base)
    if whole >= subset and whole >= WHOLE:
        return None  # the whole article rewritten in fewer 款 (merged, or dropped among rewritten ones)
    if all(score[j][i] >= THRESHOLD for j, i in enumerate(picked)):
        found = replace(found, matched=tuple(paras[i] for i in picked))
    if len(groups) > 1 or not found.matched:
        return found
    ranked = sorted(range(len(paras)), key=lambda i: score[0][i], reverse=True)
    best, second = ranked[0], ranked[1]
    top, runner_up = score[0][best], score[0][second]
    clear = top - runner_up >= MARGIN or top >= RATIO * runner_up
    if quote:
        holding = [i for i, b in enumerate(bodies) if quote in b]
        if best not in holding:
            return replace(found, matched=(), reason=f"the wording matches {cite(paras[best].eid, lang)} "
                                                     f"but the quote {quote!r} is not in it")  # fmt: skip
        clear = clear or (holding == [best] and top > runner_up)
    if not clear:
        return replace(found, matched=())
    target = paras[best]
    text = normalise_proposal(draft, target, own)
    return replace(found, target=target, text=text, dropped=_dropped(target.body(sep), text))


#: Where a sentence of a 款 ends (its mark kept with it).
_SENTENCE_END = re.compile(r"(?<=[。；！？!?;])|(?<=\.)(?=\s)")


def _dropped(body: str, text: str) -> tuple[str, ...]:
    """The sentences of a 款's ``body`` that a wording of it (``text``) neither keeps nor
    rewords (none of its sentences reads even half like them): what it deletes, read as the
    whole 款. A member who rewrote one sentence of two may not have meant that."""
    theirs = [x.strip() for x in _SENTENCE_END.split(text) if x.strip()]
    out = []
    for sentence in (x.strip() for x in _SENTENCE_END.split(body)):
        if len(sentence) > 1 and sentence not in text and all(similarity(sentence, t) < 0.5 for t in theirs):
            out.append(sentence)
    return tuple(out)


def sentences_left_out(draft: Draft, unit: Unit, text: str) -> str | None:
    """The warning for a wording ``text`` of a one-paragraph ``unit`` (a 款, or an article of one,
    without 项) that gives fewer of its sentences than it has, one of them reworded, and none like
    the others: read as the whole unit, it deletes them (反洗钱法 2006 第二十一条's second sentence
    alone, moved there by staff: the merge deleted the first, and nothing said so, a trial); None."""
    # (asked of every wording at intake: the usual one, sentence for sentence, is let through on counts alone)
    body = unit.text if unit.kind is Kind.PARAGRAPH and not unit.children else (
        unit.children[0].text if unit.kind is Kind.ARTICLE and not unit.text and len(unit.children) == 1
        and unit.children[0].kind is Kind.PARAGRAPH and not unit.children[0].children else None)  # fmt: skip
    if body is None or (held := _unit_marks(body)) < 2 or _marks(text) >= held or "\n" in body or "\n" in text:
        return None
    theirs = [x.strip() for x in _SENTENCE_END.split(text) if x.strip()]
    ours = [x.strip() for x in _SENTENCE_END.split(body) if x.strip()]
    if len(theirs) >= len(ours):
        return None
    # each sentence given is the unit's it reads most like (one each): the others are left out, however
    # alike (两句 sharing 的具体办法，由国务院…制定。 read half alike, and the merge rewrote the one not meant)
    taken: set[int] = set()
    for a in theirs:
        score, best = max((similarity(a, b), i) for i, b in enumerate(ours) if i not in taken)
        if score < 0.5:
            return None  # a sentence of its own: the unit rewritten, no sentence of it kept to go by
        taken.add(best)
    gone = [b for i, b in enumerate(ours) if i not in taken and len(b) > 1 and b not in text]
    if not gone or (_kept(body, text) >= SENTENCES_JOINED and all(_kept(b, text) >= SENTENCES_JOINED for b in gone)):
        # (the unit's words nearly all there, in order, each sentence left out's too: its sentences joined into fewer,
        # a review; never a short sentence dropped whole, which the unit's share alone would hide: a second review)
        return None
    lang = _lang(draft)
    where, noun = cite(unit.eid, lang), "paragraph" if lang == "en" else "款"
    shown = "、".join(f"「{x}」" for x in gone)
    return (f"the wording gives {len(theirs)} of the {len(ours)} sentences of {where}: read as the whole of it, it deletes "
            f"{shown} (if it rewords only part of {where}, give the whole {noun} with that part reworded)")


#: The share of a unit's characters, in order, a wording of fewer sentences keeps when it joins them
#: (「A，B。」 for 「A。B。」) rather than leaves one out.
SENTENCES_JOINED = 0.8


def _kept(body: str, text: str) -> float:
    """The share of ``body``'s characters that ``text`` has in the same order."""
    blocks = difflib.SequenceMatcher(None, body, text, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / max(1, len(body))


def _marks(text: str) -> int:
    """How many sentences ``text`` closes (a full stop, a semicolon, an exclamation or question mark;
    an English full stop before a space or at the end), counted without a regular expression."""
    n = text.count("。") + text.count("；") + text.count("！") + text.count("？") + text.count(";") + text.count("!") \
        + text.count("?")  # fmt: skip
    return n + (len(_FULL_STOP.findall(text)) if "." in text else 0)


_FULL_STOP = re.compile(r"\.(?=\s|$)")
#: :func:`_marks` of a unit's text, kept by the text: every wording of a unit is counted against it.
_unit_marks = lru_cache(maxsize=4096)(_marks)


#: A reason that asks for a 款's deletion (删除第二款, 第二款另行规定, delete paragraph 2): a wording giving the
#: article's other 款 is then the whole article, deleting that one. Not words inside a 款 (删除第三款中“…”的表述,
#: 删除第三款的“依法”二字), nor a deletion turned down (不宜删除第三款, 第三款不必删除).
_KUAN = r"(?:本条)?第(?P<n>[一二三四五六七八九十\d０-９]+)款"
_ASKS_DELETING = re.compile(rf"(?:删除|删去|去掉|取消|不再保留){_KUAN}(?![中的内里之“\"「])|"
                            rf"{_KUAN.replace('?P<n>', '?P<m>')}(?:的规定)?(?:另行规定|删除|删去|去掉|取消|不再保留|移至|移到|并入|单列)"
                            r"|delete (?:the )?paragraph (?P<e>\d+)", re.IGNORECASE)  # fmt: skip
#: A deletion turned down (不宜删除, 不必删除, 无需删去): a reason that says one asks for none.
_TURNED_DOWN = re.compile(r"(?:不|无|勿|毋)(?:宜|必|需|须|应|要|用|可)?(?:删除|删去|去掉|取消)")
#: More 款 named after the first (删除第二款和第三款, 第二款、第三款).
_MORE_KUAN = re.compile(r"(?:和|及|以及|、|与)(?:本条)?第(?P<n>[一二三四五六七八九十\d０-９]+)款")


def paragraphs_asked_deleted(reason: str) -> frozenset[int]:
    """The numbers of the 款 a comment's reason asks to be deleted (删除第二款和第三款 → {2, 3});
    none when it turns a deletion down anywhere (不宜删除第三款)."""
    if _TURNED_DOWN.search(reason):
        return frozenset()
    found: set[int] = set()
    for m in _ASKS_DELETING.finditer(reason):
        numbers = [m.group("n") or m.group("m") or m.group("e")]
        end = m.end()
        while (more := _MORE_KUAN.match(reason, end)) is not None:
            numbers.append(more.group("n"))
            end = more.end()
        for number in numbers:
            try:
                found.add(parse_number(number))
            except (ValueError, KeyError, IndexError):
                continue
    return frozenset(found)


def anchor_partial(draft: Draft, unit: Unit, stance: Stance, text: str | None,
                   anchor: Anchor, reason: str = "") -> tuple[Unit, Anchor, str | None, str | None]:  # fmt: skip
    """Where an amend proposal of ``unit`` (anchored at ``anchor``) goes: at the 款 it
    rewrites when it gives one 款 of a multi-款 article, with a warning; else unchanged. A
    wording of a 款's opening words without its 项 keeps them (:func:`keep_items`).

    A proposal written as instructions (建议将“三年内”修改为“一年内”) is read as the unit's
    wording with them applied, with a warning (:func:`~lawcomment.review.instructions.instructed_wording`);
    the anchor's quote, if any, says where (it must overlap the words they change; one that
    stands more than once, at the place it was anchored).

    Returns the unit, anchor, text and warning (None). A proposal that gives fewer 款 than
    its article and matches no single 款 clearly, or reads as instructions or a suggestion
    that give no wording of the unit, is a ValueError saying how to fix it; unless its
    ``reason`` asks for a 款's deletion (删除第三款) and each 款 it gives is one of the article's:
    then it is the whole article, deleting the others, with a warning saying so (as a form's
    row with that reason reads).
    """
    return anchoring(draft, unit, stance, text, anchor).given(reason)


@dataclass(frozen=True, slots=True)
class Anchoring:
    """What :func:`anchor_partial` makes of a wording, worked out without its reason, which
    matters only to a wording that leaves 款 out: a file's rows repeating a wording share it."""

    result: tuple[Unit, Anchor, str | None, str | None] | None  # None: ``refusal`` is raised
    refusal: Exception | None = None
    left_out: tuple[Unit, ...] = ()  # the 款 the wording leaves out, when it gives fewer
    deleting: tuple[Unit, Anchor, str | None, str | None] | None = None  # the result when the reason deletes them

    def given(self, reason: str) -> tuple[Unit, Anchor, str | None, str | None]:
        """The result for a comment giving ``reason``."""
        if self.deleting is not None and reason and paragraphs_asked_deleted(reason) == {
                int(p.eid.rsplit("__para_", 1)[1]) for p in self.left_out}:  # fmt: skip
            # the reason names the very 款 the wording leaves out: the whole article, deleting them
            return self.deleting
        if self.result is None:
            raise self.refusal or ValueError("no result")
        return self.result


def anchoring(draft: Draft, unit: Unit, stance: Stance, text: str | None, anchor: Anchor) -> Anchoring:
    """:func:`anchor_partial` but for the comment's reason (see :meth:`Anchoring.given`)."""
    if stance is not Stance.AMEND or not text:
        return Anchoring((unit, anchor, text, None))
    own = anchor.eid == unit.eid  # (a quote of this unit's words: it says where, at the place it was anchored)
    instructed = instructed_wording(draft, unit, text, anchor.quote if own else "", anchor.offset if own else None)
    if instructed is not None:
        return Anchoring((unit, anchor, instructed[0], instructed[1]))
    try:
        item = item_given(draft, unit, text)
    except ValueError as exc:
        return Anchoring(None, exc)
    if item is not None:
        target, said = item
        moved = Anchor(target.eid)
        if anchor.quote:  # (its words, looked for in the 项)
            start = unit_spans(unit, body_separator(draft))[target.eid][0]
            moved, _ = quote_anchor(draft, target, anchor.quote, None if anchor.offset is None else anchor.offset - start)
        return Anchoring((target, moved, normalise_proposal(draft, target, text.strip()), said))
    found = partial_proposal(draft, unit, text, anchor.quote) if unit.kind is Kind.ARTICLE else None
    left_out: tuple[Unit, ...] = ()
    deleting = None
    if found is not None and found.left_out:
        left_out, deleting = tuple(found.left_out), (unit, anchor, text, found.deleting())
    try:
        result = _anchored(draft, unit, anchor, text, found)
    except Exception as exc:  # raised after the reason is read, as before: unless it deletes the 款 left out
        return Anchoring(None, exc, left_out, deleting)
    return Anchoring(result, None, left_out, deleting)


def _anchored(draft: Draft, unit: Unit, anchor: Anchor, text: str,
              found: Partial | None) -> tuple[Unit, Anchor, str | None, str | None]:  # fmt: skip
    """:func:`anchor_partial`'s result for a wording that is no instructions, ``found`` being
    its :func:`partial_proposal` (the 款 it gives), when its reason deletes nothing."""
    warning = None
    if found is not None:
        if found.target is None:
            raise ValueError(found.refusal())
        target = found.target
        moved = Anchor(target.eid)
        if anchor.quote:
            start = unit_spans(unit, body_separator(draft))[target.eid][0]
            moved, _ = quote_anchor(draft, target, anchor.quote, None if anchor.offset is None else anchor.offset - start)
        unit, anchor, text = target, moved, found.text
    kept, note = keep_items(draft, unit, text)
    if found is not None:
        # what it deletes of the 款, judged on the wording as stored (its 项 kept, when it rewords
        # only the words before them): never "deletes （二）…" beside "the 项 kept"
        if kept != found.text:
            found = replace(found, dropped=_dropped(unit.body(body_separator(draft)), kept or ""))
        warning = found.anchored()
    elif kept and (fewer := sentences_left_out(draft, unit, kept)) is not None:
        warning = fewer
    if note is not None:
        warning = note if warning is None else f"{warning}; {note}"
    return unit, anchor, kept, warning


def _items(unit: Unit) -> tuple[Unit, ...]:
    return tuple(c for c in unit.children if c.kind is Kind.ITEM)


def _keep_items_of_each(draft: Draft, paras: tuple[Unit, ...], text: str, lang: str,
                        sep: str) -> tuple[str, str | None]:  # fmt: skip
    """:func:`keep_items` for a wording of a whole article of several 款, 款 by 款 (when it
    gives as many as the article has; else it is left as it is)."""
    numbered = lang == "en" and all(p.label for p in paras)
    groups = _groups(text, lang, numbered)
    if len(groups) != len(paras):
        return text, None
    out, notes, changed = [], [], False
    for group, para in zip(groups, paras, strict=True):
        kept, note = keep_items(draft, para, group)
        out.append(kept)
        changed = changed or kept != group
        if note is not None:
            notes.append(note)
    return ("\n".join(out) if changed else text), ("; ".join(notes) or None)


def keep_items(draft: Draft, unit: Unit, text: str) -> tuple[str, str | None]:
    """An amend proposal of a 款 with 项 (or of an article of one such 款) that gives none
    of its 项, and a warning. Ending as the 款's opening words end, with a colon (有下列行为之一
    的，…：), it rewords those words: the 项 are kept as the draft has them. Ending otherwise,
    it is the whole 款, and the warning says it deletes the list. Anything else: unchanged, None."""
    holder = unit
    lang, sep = _lang(draft), body_separator(draft)
    facts = _facts(unit, sep, lang)
    paras = facts.paras
    if unit.kind is Kind.ARTICLE and len(paras) > 1 and len(paras) == len(unit.children) and not unit.text:
        if not facts.listed:
            return text, None  # (most articles: no 款 with 项)
        return _keep_items_of_each(draft, paras, text, lang, sep)
    if unit.kind is Kind.ARTICLE and len(paras) == 1 and len(unit.children) == 1:
        holder = unit.children[0]  # an article of one 款: its 项 hang from that 款
    items = facts.items if holder is unit else _facts(holder, sep, lang).items
    if not items or not holder.text or any(_is_item_line(line, lang) for line in text.split("\n")):
        return text, None
    where, labels = cite(unit.eid, lang), f"{items[0].label}–{items[-1].label}" if len(items) > 1 else items[0].label
    body = unit.body(sep)
    noun, colon = ("项", "：") if lang == "zh" else ("items", ":")
    if text.rstrip().endswith(("：", ":")) and body.startswith(holder.text + "\n"):
        kept = (f"the wording of {where} ends as its opening words do, before its {len(items)} {noun} ({labels}), and "
                f"gives none of them: read as rewording those words, the {noun} kept as the draft has them")  # fmt: skip
        return text.rstrip() + body[len(holder.text):], kept
    return text, (f"the wording of {where} gives none of its {len(items)} {noun} ({labels}): it proposes deleting them "
                  f"(to reword only the words before them, end the wording with {colon} as they do)")
