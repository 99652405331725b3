"""What the submission says, shared by the .docx and the .md: its labels in Chinese and
English, section numbering (一、（一）1.（1） / I. 1. (a) (i)), the general opinion read from
Markdown, the supporters of each change, and the committee's reasons and forwarded remarks.

The submission speaks with the committee's voice: per article its own reason (理由), the
member remarks staff forwarded (without attribution unless ``--attribute members``), and
per change the number of members who support it (their names with ``--attribute
members``). Nothing internal goes in: no ``name@version``, no eids, no counts, no tool names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..comments import Comment
from ..drafts.anchors import cite, law_citation, title_words
from ..drafts.ids import citation_to_eid
from ..drafts.normalize import squash
from ..drafts.numerals import int_to_cn, int_to_roman, parse_number
from ..drafts.serialize import body_separator
from ..errors import CitationError
from ..lazy import lazy_pattern
from ..model import Kind
from ..review.merge import ITEM_LABEL
from ..review.phrases import BOUNDS, NUMERAL, UNITS, conflict_words, words_before
from .contract import ExportOptions
from .labels import LABELS, LANGUAGE_NAMES
from .view import Consultation, Item, SubmittedChange

TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "title": "关于《{title}》的修改意见", "general": "总体意见", "specific": "具体修改意见",
        "about": "关于{what}", "and": "及", "add": "增加{label}", "delete_unit": "删除{what}", "reason": "理由：", "committee": "委员会",
        "remark": "有会员提出：{text}", "remark_by": "{who}提出：{text}", "remark_on": "有会员就{part}提出：{text}",
        "remark_by_on": "{who}就{part}提出：{text}", "quoted_in": "{part}中的“{quote}”", "quoted": "“{quote}”",
        "supporters": "支持单位：{who}", "supporters_n": "{n}家会员", "supporters_on": "支持单位（{change}）：{who}",
        "replace": "将“{old}”修改为“{new}”", "delete": "删去“{old}”", "insert": "增加“{new}”",
        "places": "，共{n}处", "place_at": "，第{at}处",
        "add_item": "增加一项作为第{label}项", "delete_item": "删去第{label}项",
        "delete_kuan": "删去第{n}款",
        "draft_note": "（讨论稿：包括委员会尚未审查的修改建议）", "unresolved": "尚未解决的分歧：",
        "draft_wording": "草案原文「{text}」", "alternative": "方案{n}：「{text}」（{who}）",
        "new_unit_after": "建议在{where}之后增加：", "article": "条文", "proposal": "修改建议", "reasons": "理由",
        "other_remarks": "其他意见",
        "date": "{y}年{m}月{d}日", "sep": "、", "colon": "：",
    },
    "en": {
        "title": "Comments on {title}", "general": "General Comments", "specific": "Specific Comments",
        "about": "{what}", "and": " and ", "add": "new {label}", "delete_unit": "{what} (deleted)", "reason": "Reasons: ", "committee": "Committee",
        "remark": "A member noted: {text}", "remark_by": "{who} noted: {text}", "remark_on": "A member noted on {part}: {text}",
        "remark_by_on": "{who} noted on {part}: {text}", "quoted_in": "“{quote}” in {part}", "quoted": "“{quote}”",
        "supporters": "Supported by {who}", "supporters_n": "{n} member{s}", "supporters_on": "Supported ({change}) by {who}",
        "replace": "“{old}” to “{new}”", "delete": "deleting “{old}”", "insert": "inserting “{new}”",
        "places": ", in {n} places", "place_at": ", occurrence {at}",
        "add_item": "a new item {label}", "delete_item": "deleting item {label}",
        "delete_kuan": "deleting paragraph {n}",
        "draft_note": "(Discussion draft: includes proposals the committee has not reviewed)",
        "unresolved": "Unresolved: ", "draft_wording": "draft wording “{text}”", "alternative": "option {n}: “{text}” ({who})",
        "new_unit_after": "Proposed new provision after {where}:", "article": "Article", "proposal": "Proposed text",
        "other_remarks": "Other comments",
        "reasons": "Reasons", "date": "{d} {month} {y}", "sep": ", ", "colon": ": ",
    },
}  # fmt: skip

#: What a bilingual export says about the translation, per language; :func:`both` prints
#: each in the two languages of the export. {first}/{second}: the names of its languages.
PAIRED_TEXT: dict[str, dict[str, str]] = {
    "zh": {"only": "本条修改建议仅见{first}文本。", "only_translation": "本条修改建议仅见{second}译本。",
           "new_only": "新增的{new}仅见{first}文本。",
           "unpaired": "{second}译本中无对应条文。",
           "wording": "{who}提出的{second}措辞（{where}）：", "reason": "理由／Reasons：",
           "subtitle": "{second}译本：{title}"},
    "en": {"only": "The proposed change is given in the {first} text only.",
           "only_translation": "The proposed change is given in the {second} translation only.",
           "new_only": "The proposed new {new} is given in the {first} text only.",
           "unpaired": "The {second} translation has no counterpart of this provision.",
           "wording": "{second} wording proposed by {who} ({where}):", "reason": "Reasons／理由: ",
           "subtitle": "{second} translation: {title}"},
}  # fmt: skip


def paired_text(key: str, lang: str, options: ExportOptions, **values: str) -> str:
    """One of :data:`PAIRED_TEXT` in ``lang``, for an export in ``options.langs``."""
    names = LANGUAGE_NAMES[lang]
    return PAIRED_TEXT[lang][key].format(first=names[options.lang], second=names[options.parallel or options.lang],
                                         **values)  # fmt: skip


def both(key: str, options: ExportOptions, **values: str) -> str:
    """One of :data:`PAIRED_TEXT` in each language of the export, the draft's first."""
    return " ".join(paired_text(key, lang, options, **values) for lang in options.langs)


@dataclass(frozen=True, slots=True)
class ParallelBlock:
    """One paragraph of the translation's side of an item, as every bilingual format prints
    it: ``kind`` "text" (the translation's words), "wording" (a redline of them: ``parts``
    with kinds "", "del", "ins"), "note" (said about them, set apart) or "line" (who proposed
    a member's wording; who supports the committee's is said with the reasons,
    :func:`parallel_supporter_lines`). ``label`` (Article 12) leads it in bold; ``supporters``
    are the wording's members (empty for the committee's own words)."""

    kind: str
    label: str
    parts: tuple[tuple[str, str], ...]
    supporters: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "".join(t for k, t in self.parts if k != "del")


def parallel_blocks(view: Consultation, item: Item, options: ExportOptions, proposal: bool = True,
                    repeat: bool = True) -> list[ParallelBlock]:  # fmt: skip
    """The translation's side of ``item`` for a bilingual export (``options.parallel``): the
    wordings of it that go out (the committee's, or in a discussion draft the members'), as
    redlines of its text, else its text as it stands, with a note when the change is given in
    the draft's language only. ``proposal`` False gives its text only (the table's Article
    column); ``repeat`` False leaves out the text a column beside already shows."""
    side = view.translated(item) if options.parallel else None
    if side is None:
        return []
    lang = side.lang
    note = ParallelBlock("note", "", (("", paired_text("only", lang, options)),))
    if not side.paired:
        return [ParallelBlock("note", "", (("", both("unpaired", options)),))] if repeat else []
    changed = proposal and item.changed
    if item.kind.is_container:
        head = ParallelBlock("text", "", (("", f"{side.citation} {side.heading}".strip()),))
        return [*([head] if repeat or not changed else []), *([note] if changed else [])]
    sep = "\u3000" if lang == "zh" else " "
    if changed and item.deleted and side.text and not any(w.decision is not None for w in side.wordings):
        # the whole unit asked deleted: its translation goes with it, struck, as its label says (a bilingual
        # trial printed Article 9 (deleted), the English whole under it, and "given in the Chinese text only")
        return [ParallelBlock("wording", side.citation + sep, (("del", side.text),))]
    wordings = side.wordings if proposal else ()
    members = [w for w in wordings if w.comment is not None]
    own = replace(options, lang=lang)  # counted or named in the translation's language
    out = []
    if proposal and not item.changed and any(w.decision is not None and squash(w.text) != squash(w.base)
                                             for w in wordings):  # (the committee's keeping the words changes nothing)
        # the draft's words stand and the translation's change: said under them, in both languages (the table
        # prints it in the translation's column: a web trial read a Chinese note among the English)
        out.append(ParallelBlock("note", "", (("", both("only_translation", options)),)))
    if not any(w.base == side.text for w in wordings) and (repeat or not changed or wordings):
        out.append(ParallelBlock("text", side.citation + sep, (("", side.text),)))
    for w in sorted(wordings, key=lambda w: w.base != side.text):  # the unit's wordings, then those of a part
        whole = w.base == side.text
        if w.comment is not None and (len(members) > 1 or options.attribute == "members" or not whole):
            out.append(ParallelBlock("line", "", (("", paired_text("wording", lang, options, who=who(view, w.supporters, own),
                                                                   where=w.citation)),)))  # fmt: skip
        # a member's wording is by its member; the committee's by the members whose very words it took
        # (--attribute members; else the association signs every change)
        out.append(ParallelBlock("wording", (side.citation if whole else w.citation) + sep, tuple(w.segments()),
                                 w.supporters))  # fmt: skip
        # (the members whose very words the committee took: said with the reasons, parallel_supporter_lines)
    # the draft's words change and the translation's stand (no wording of it, or the committee's
    # keeping them): said, never an unchanged English beside a changed Chinese (a trial)
    if changed and item.text != item.position.base and not any(squash(w.text) != squash(w.base) for w in wordings):
        out.append(note)  # (a new article after it alone changes none of its words: said below)
    new_units = [u for u in item.new_units if u.label] if proposal else []
    if new_units:  # a new article has no words in the translation: said, never left out unseen
        names = TEXT[lang]["sep"].join(cite(u.eid, lang) if u.eid else u.label for u in new_units)
        out.append(ParallelBlock("note", "", (("", paired_text("new_only", lang, options, new=names)),)))
    return out


def parallel_supporter_lines(view: Consultation, item: Item, options: ExportOptions) -> list[str]:
    """Who proposed the very words of the committee's wording of the translation (``decide
    --text-en``), in the translation's language (Supported by 1 member), for a bilingual export
    (``options.parallel``); [] for none. Printed with the reasons, beside the draft's 支持单位 line:
    never the English on one side of them and the Chinese on the other, nor the same line twice in
    one row of the table (a trial)."""
    side = view.translated(item) if options.parallel and options.supporters else None
    if side is None or not side.paired or item.kind.is_container:
        return []
    own = replace(options, lang=side.lang)  # counted or named in the translation's language
    return [TEXT[side.lang]["supporters"].format(who=who(view, w.supporters, own)) for w in side.wordings
            if w.decision is not None and w.supporters]  # fmt: skip


def parallel_title(view: Consultation, options: ExportOptions) -> str:
    """The submission's title in the translation's language, under the draft's: Comments on
    the E-Commerce Law of …; "" for one language."""
    if not options.parallel or view.translation is None:
        return ""
    name = view.translation.title or view.title
    if options.parallel == "en" and name[:1].isascii() and name[:1].isalpha() and not name.lower().startswith("the "):
        name = "the " + name
    return TEXT[options.parallel]["title"].format(title=name)


def parallel_heading(view: Consultation, item: Item, options: ExportOptions) -> str:
    """What an item's heading adds in the translation's language (\u3000Article 12), or "": a new
    article it proposes is named as the heading names it (关于增加第二十六条之一　New Article 26-1, never
    the article it follows alone: a trial read 关于增加第二十六条之一　Article 26)."""
    side = view.translated(item) if options.parallel else None
    if side is None or not side.paired:
        return ""
    added = [u for u in item.new_units if u.label]
    tx = TEXT[side.lang]
    # an article asked deleted is said so in both languages (关于删除第十条　Article 10 (deleted); the English
    # named the article alone, as if the submission asked nothing of it: a bilingual trial)
    own = tx["delete_unit"].format(what=side.citation) if item.deleted else side.citation
    if not added:
        return f"\u3000{own}"
    new = tx["add"].format(label=tx["sep"].join(cite(u.eid, side.lang) for u in added))
    said = own + tx["and"] + new if item.text != item.position.base else new
    return "\u3000" + said[:1].upper() + said[1:]


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def texts(lang: str) -> dict[str, str]:
    return TEXT[lang]


def section_number(n: int, lang: str) -> str:
    """一、 / I. : the numbers of the top sections."""
    return f"{int_to_cn(n)}、" if lang == "zh" else f"{int_to_roman(n)}. "


def sub_number(n: int, lang: str, depth: int = 0) -> str:
    """（一） 1. （1） / 1. (a) (i): the numbers of the levels below a section."""
    if lang == "zh":
        return (f"（{int_to_cn(n)}）", f"{n}.", f"（{n}）")[min(depth, 2)]
    return (f"{n}. ", f"({chr(ord('a') + (n - 1) % 26)}) ", f"({int_to_roman(n).lower()}) ")[min(depth, 2)]


def title(view: Consultation, lang: str) -> str:
    """The submission's title in ``lang``: a Chinese draft's submission in English is titled by the
    draft's English working translation when it has one (Comments on the E-Commerce Law of …, never
    Comments on 中华人民共和国电子商务法（草案）: an audit), and by the draft's own title otherwise."""
    tr = view.translation
    name = view.title
    if tr is not None and tr.lang == lang and tr.title and (lang == "en") != view.draft.profile.startswith("en"):
        name = tr.title
        if lang == "en" and name[:1].isascii() and name[:1].isalpha() and not name.lower().startswith("the "):
            name = "the " + name
    return TEXT[lang]["title"].format(title=name)


def title_lines(text: str, per_line: float) -> list[str]:
    """The title cut into lines as a Chinese document sets a long one: at a point of its sense
    (before （草案…） or （…稿）, or before 的修改意见 or an instrument's 的建议; an English one before its (Draft…) or (… Draft for
    Comments)), the lines as even as can be, so that no line holds one or two characters alone (关于《…修改意
    / 见》, … (Revised Draft for / Comments)). As it is when it fits ``per_line`` full-width characters
    (a Latin letter counts half), or no such point makes every line fit."""
    def width(s: str) -> float:
        return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in s)

    if width(text) <= per_line:
        return [text]
    # before the draft's own parenthesis (（草案）, （征求意见稿）, （草案二次审议稿）), never before one
    # of its name (刑法修正案（十二）), or before 的修改意见
    points = {m.start() for m in re.finditer(r"（[^（）]*(?:草案|稿)[^（）]*）|的修改意见|的意见|的建议|\([^()]*\b[Dd]raft\b[^()]*\)",
                                             text)} - {0}  # fmt: skip
    fits = [(abs(width(text[:at]) - width(text[at:])), at) for at in points
            if width(text[:at].rstrip()) <= per_line and width(text[at:]) <= per_line]  # fmt: skip
    if not fits:
        return [text]
    _, at = min(fits)
    return [text[:at].rstrip(), text[at:]]


def date_line(timestamp: str, lang: str) -> str:
    """2026年11月21日 / 21 November 2026, of a day (2026-11-21) or a timestamp's first ten characters."""
    y, m, d = (int(x) for x in timestamp[:10].split("-"))
    return TEXT[lang]["date"].format(y=y, m=m, d=d, month=_MONTHS[m - 1])


def citation(item: Item, lang: str) -> str:
    """第十条 / Article 10: how the submission names an item in the language of its labels (an
    English draft's as its labels cite it, as the item was built: a bill's Section 5A)."""
    if lang == "en" and item.citation.isascii() and item.citation:
        return item.citation
    found = cite(item.eid, lang)
    return item.citation if found == item.eid or "_" in found else found


def unit_heading(view: Consultation, item: Item) -> str:
    """The heading the law prints with the article (a bill's "Section 6 Hydroelectric facilities",
    "Article 1 Subject-matter"), "" for none: law text the submission prints with its label."""
    if item.kind is not Kind.ARTICLE:
        return ""
    found = view.unit(item.eid)
    return found.heading if found is not None else ""


def heading(item: Item, lang: str) -> str:
    """关于第十条 / 关于删除第十六条 / 关于增加第二十三条之一 / 关于第十条及增加第十条之一 / On Article 10: the item's heading
    (in English too a heading, not the label the law text under it opens with: a trial read "1. Article 4", then
    "Article 4 Definitions")."""
    tx = TEXT[lang]
    added = [u for u in item.new_units if u.label]
    own = citation(item, lang)
    if item.deleted:  # 关于删除第十六条: the heading says what the submission asks of it, as 关于增加… does
        own = tx["delete_unit"].format(what=own)
    if not added:
        what = own
    else:
        # (an English law's new section or article by its own number, Section 5A, Article 5a; else as the
        # language cites it)
        labels = tx["sep"].join(u.label if lang == "zh" or u.label.startswith(("Section ", "Article ")) else cite(u.eid, lang)
                                for u in added)  # fmt: skip
        new = tx["add"].format(label=labels)
        what = own + tx["and"] + new if item.text != item.position.base else new
    if lang == "en" and what.startswith(own) and not item.deleted:
        # (the article itself first: "On Article 4" over the law's "Article 4 Definitions", never the label twice; a
        # new one or a deletion says what it asks, New Section 1A, Article 16 (deleted))
        what = "On " + what
    what = tx["about"].format(what=what)
    return what[:1].upper() + what[1:]


# -- supporters, reasons, remarks ---------------------------------------------------------------
#: A number as laws write it (三千, 10,000, 1.5), with its measure word and bound.
_AMOUNT = lazy_pattern("[" + "".join(sorted(NUMERAL)) + r"](?:[" + "".join(sorted(NUMERAL)) + r"]|[,，.．](?=\d))*(?:"
                       + "|".join(UNITS) + ")?(?:" + "|".join(BOUNDS) + ")?")


#: English words as a change or a quote is cut between them: a run of letters or digits, never split.
_LATIN = lazy_pattern(r"[A-Za-z]")
_HAN = lazy_pattern(r"[\u3400-\u9fff]")


def _latin_cut(text: str, limit: int) -> str | None:
    """English words quoted in a few: whole words up to about ``limit`` characters, then …; None for text
    with any Chinese character, which is cut as Chinese is (a trial's English letter read
    Supported (inserting "for a perio…"))."""
    if _HAN().search(text) is not None or _LATIN().search(text) is None:
        return None
    if len(text) <= limit + limit // 2:  # (a word or two more is no reason to cut)
        return text
    space = text.rfind(" ", 0, limit + 1)
    return text if space <= 0 else text[:space].rstrip(" ,;:") + "…"


def _short(text: str, limit: int = 12) -> str:
    """Words quoted in a few: cut at a mark of punctuation near the limit when there is one, so no
    word is cut in two (删去“同级人民政府科学技术部门…”, never “…科学技术部…”, another body); English
    between words, three times as long (an English word is several letters)."""
    text = text.replace("\n", " ").strip()
    if len(text) <= limit:
        return text
    if (latin := _latin_cut(text, 3 * limit)) is not None:
        return latin
    stop = next((k for k in range(limit // 2, min(len(text), limit + 12)) if text[k] in "，、；：。,;:"
                 and not (text[k - 1].isdigit() and text[k + 1:k + 2].isdigit())), None)  # (10,000 is one number)
    if stop is not None and stop < len(text) - 1:
        return text[:stop] + "…"
    if len(text) <= limit + 12:
        return text
    k = limit - 1  # (never inside a number, nor between it and its measure word and bound: 10,000元以上)
    k = next((m.end() for m in _AMOUNT().finditer(text) if m.start() < k < m.end()), k)
    return text if k >= len(text) else text[:k] + "…"


#: A 项 on its own line, label first, in a change's text: （四）利用…； (after a line break, or opening it).
_ITEM_LINE = re.compile(r"(?:^|\n)([（(][〇零一二两三四五六七八九十百]+[）)])[^\n]*(?:\n|$)")
#: What is left of a change besides whole 项: the punctuation of the line before (。 → ；).
_PUNCTUATION = re.compile(r"[\s。；;，,：:]*")


def _whole_item(text: str, rest: str) -> str | None:
    """The label of the one 项 that ``text`` holds whole, when the other side of the change
    (``rest``) and what is around that 项 are only punctuation; else None."""
    found = list(_ITEM_LINE.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    outside = text[:m.start()] + text[m.end():]
    return m.group(1) if _PUNCTUATION.fullmatch(outside) and _PUNCTUATION.fullmatch(rest) else None


def _item_label(label: str, lang: str) -> str:
    """A 项's label as a phrase cites it: 四 in 增加一项作为第四项; (4) in English, as translations number
    the 项 (a trial's English column read "a new item （四）")."""
    bare = label.strip("（）() ")
    if lang == "zh":
        return bare
    try:
        return f"({parse_number(bare)})"
    except ValueError:
        return label


def _label_in(label: str, lang: str) -> str:
    """A new unit's label as ``lang`` cites it: 第三十七条之一 in an English line is Article 37-1 (a trial's English
    reasons read "Supported (new 第三十七条之一)"); a label that is no citation as it is."""
    if lang != "en" or not any("\u4e00" <= ch <= "\u9fff" for ch in label):
        return label
    try:
        return cite(citation_to_eid(label), "en")
    except CitationError:
        return label


def change_phrase(change: SubmittedChange, lang: str, kuan: Sequence[str] = ()) -> str:
    """将“…”修改为“…” / 删去“…” / 增加“…” / 增加第二十三条之一 / 增加一项作为第（四）项 /
    删去第（三）项 / 删去第三款: one change, in a few words (``kuan``: the article's 款, to
    name one taken out whole by its number, never a quote cut short)."""
    tx = TEXT[lang]
    if change.new_unit:
        return tx["add"].format(label=_label_in(change.label, lang)) if change.label else \
            tx["insert"].format(new=_short(change.new))  # fmt: skip
    # (a 项 cited as the instrument cites it: 第四项, not 第（四）项; the English keeps the label)
    if (label := _whole_item(change.new, change.old)) is not None:  # a 项 put in (the line before ends in ；)
        return tx["add_item"].format(label=_item_label(label, lang))
    if (label := _whole_item(change.old, change.new)) is not None:  # a 项 taken out
        return tx["delete_item"].format(label=_item_label(label, lang))
    if not change.new and "\n" in change.old and change.old.strip("\n") in kuan and len(kuan) > 1:
        return tx["delete_kuan"].format(n=int_to_cn(kuan.index(change.old.strip("\n")) + 1) if lang == "zh"
                                        else kuan.index(change.old.strip("\n")) + 1)  # fmt: skip
    old, new = change.quoted  # a number with its measure word, never a lone character
    if old and new:
        return tx["replace"].format(old=_short(old), new=_short(new))
    if old:
        return tx["delete"].format(old=_short(old))
    return tx["insert"].format(new=_short(new))


def who(view: Consultation, members: tuple[str, ...], options: ExportOptions) -> str:
    """The members as the submission names them: counted (the default, and always with
    ``--anonymous``), or by organisation with ``--attribute members``."""
    tx = TEXT[options.lang]
    if options.attribute == "members" and not options.anonymous:
        return tx["sep"].join(view.member_name(m) for m in members)
    return tx["supporters_n"].format(n=len(members), s="" if len(members) == 1 else "s")


def supporter_lines(view: Consultation, item: Item, options: ExportOptions) -> list[str]:
    """支持单位：… per change that goes out: one line when every change has the same
    supporters, else one line per set of supporters, naming its changes. Of a final wording,
    only the edits a member proposed in the very same words have them (the committee's own have
    none); a member who only supported the article or commented on it is never counted."""
    tx = TEXT[options.lang]
    said = item.quoted_changes(view.law_words()) if options.supporters else ()
    changes = [c for c in said if c.supporters]
    if not changes:
        return []
    # (a 项 numbered on after one taken out or put in is no change of anyone's: it follows the one made)
    made = [c for c in said if not (ITEM_LABEL.fullmatch(c.old) and ITEM_LABEL.fullmatch(c.new))]
    if len({frozenset(c.supporters) for c in changes}) == 1 and len(changes) == len(made):
        return [tx["supporters"].format(who=who(view, changes[0].supporters, options))]
    # the same change made in several places (五万 → 三万 twice in one 款) is one line, with
    # how many places; the same change with other supporters elsewhere says which occurrence of
    # the words in the unit each line is about (for words put in, their order among these
    # changes), so no two lines read the same
    # the article's 款, to name one taken out whole (read only for such a change)
    whole = any("\n" in c.old and not c.new for c in changes)
    unit = view.unit(item.eid) if whole and item.kind is Kind.ARTICLE else None
    kuan = [c.body(body_separator(view.draft)) for c in unit.children if c.kind is Kind.PARAGRAPH] if unit else []
    phrases = [change_phrase(c, options.lang, kuan) for c in changes]
    lines: dict[tuple[str, frozenset[str]], list[int]] = {}
    for i, (phrase, c) in enumerate(zip(phrases, changes, strict=True)):
        lines.setdefault((phrase, frozenset(c.supporters)), []).append(i)
    # the changes of the same members said together, one line each set of members: a line per change read as that
    # many members' support (a trial's 增加“农村” and 增加“草原”, one member's, read as two)
    labels: dict[frozenset[str], tuple[tuple[str, ...], list[str]]] = {}
    for (phrase, members), at in lines.items():
        label = phrase
        if sum(p == phrase for p in phrases) > len(at):
            same = [i for i, p in enumerate(phrases) if p == phrase]
            label += tx["place_at"].format(at=tx["sep"].join(str(changes[i].occurrence or same.index(i) + 1) for i in at))
        elif len(at) > 1:
            label += tx["places"].format(n=len(at))
        labels.setdefault(members, (tuple(changes[at[0]].supporters), []))[1].append(label)
    joiner = "；" if options.lang == "zh" else "; "  # (a label may hold the list's own 、: 第1、3处)
    return [tx["supporters_on"].format(change=joiner.join(said), who=who(view, supporters, options))
            for supporters, said in labels.values()]


def written_in(text: str) -> str:
    """:func:`lawcomment.drafts.pairing.written_in`, imported when first asked: a submission of a
    draft without a translation loads the pairing's module only to tell a text's language."""
    from ..drafts.pairing import written_in as language

    return language(text)


def reason_paragraphs(item: Item, lang: str | None = None) -> list[str]:
    """The committee's reason, one string per paragraph; with ``lang`` (a letter in that language
    alone), without the paragraphs written in the other, when some are in ``lang``: a bilingual
    reason's English paragraph went out in the Chinese-only submission (a bilingual trial), while
    a reason written only in the other language still goes out as it is."""
    paragraphs = [p.strip() for p in item.submitted_reason.replace("\r\n", "\n").split("\n") if p.strip()]
    if lang is None or len(paragraphs) < 2:
        return paragraphs
    own = [p for p in paragraphs if written_in(p) == lang]
    return own if own else paragraphs


def remark_lines(view: Consultation, item: Item, options: ExportOptions, only: str = "") -> list[str]:
    """The remarks staff forwarded: 有会员提出：… (or the organisation with ``--attribute members``);
    with ``only``, those written in that language (:func:`written_in`)."""
    return [_remark(view, c, _remark_part(view, item, c, options.lang), options) for c in item.forwarded
            if not only or written_in(c.body) == only]  # fmt: skip


def general_remark_lines(view: Consultation, options: ExportOptions) -> list[str]:
    """The remarks on the whole draft staff forwarded (:attr:`Consultation.general_remarks`), as
    the general opinion prints them: 有会员提出：… (or the organisation, with ``--attribute
    members``), with the words they quote, unless these are the draft's title (a Word comment on the
    title is on the whole draft: 有会员就“中华人民共和国会计法”提出 said nothing more, a trial found)."""
    tx = TEXT[options.lang]
    out = []
    # the draft's name as stored and as its text has it, each without a bracket after it (（草案）, （二次审议稿）):
    # a remark carried from the last reading quotes that one's title
    titles = [t for t in (title_words(view.title), title_words(view.draft.title)) if t]
    for c in view.general_remarks:
        quote = " ".join(c.anchor.quote.split())
        core = title_words(quote)
        if core and any(core in t for t in titles):
            quote = ""
        out.append(_remark(view, c, tx["quoted"].format(quote=_clipped(quote)) if quote else "", options))
    return out


def _remark(view: Consultation, c: Comment, part: str, options: ExportOptions) -> str:
    """One forwarded remark as the submission prints it, its paragraphs on one line, about ``part``
    of its unit (or the whole of it, "")."""
    body = " ".join(p.strip() for p in c.body.strip().splitlines() if p.strip())
    if options.lang == "zh":  # typed in Excel or on an English keyboard: ，； in a Chinese letter, as wordings are read
        # (imported here: a submission with no forwarded remark, the review page, never load intake's rules)
        from ..review.proposals import full_width

        body = full_width(view.draft, None, body)[0]
    named = options.attribute == "members" and not options.anonymous
    key = ("remark_by" if named else "remark") + ("_on" if part else "")
    return TEXT[options.lang][key].format(who=view.member_name(c.member) if named else "", part=part, text=body)


def _clipped(quote: str) -> str:
    """A quote as a remark's line cites it: its first twenty characters, and … when there are more (English:
    its first words, about sixty characters, never part of a word)."""
    if len(quote) <= 20:
        return quote
    latin = _latin_cut(quote, 60)
    return latin if latin is not None else quote[:20] + "…"


def _remark_part(view: Consultation, item: Item, c: Comment, lang: str) -> str:
    """What of the article a forwarded remark is about, when it is about less than the whole:
    its 款 or 项 (第二项; in English the full citation, Article 34(2)) and the words it quotes."""
    tx = TEXT[lang]
    eid = c.anchor.eid or ""
    part = ""
    article = view.unit(item.eid) if eid.startswith(item.eid + "__") else None
    if eid == item.eid + "__para_1" and article is not None and sum(
            1 for u in article.children if u.kind is Kind.PARAGRAPH) == 1:  # fmt: skip
        eid = item.eid  # the one 款 of its article: the article itself
    if eid and eid != item.eid and eid.startswith(item.eid + "__"):
        whole = law_citation(view.draft, eid, lang)
        own = law_citation(view.draft, item.eid, lang)
        part = whole[len(own):] if lang == "zh" and whole.startswith(own) else whole
    quote = c.anchor.quote.strip().replace("\n", " ")
    quoted = view.unit(c.anchor.eid or item.eid) if quote else None
    if quoted is not None and "".join(quote.split()) == "".join(quoted.body().split()):
        quote = ""  # the whole of the unit it is on: said by the unit, not by a cut-off copy of it (a trial)
    if quote:
        quote = _clipped(quote)
        part = tx["quoted_in"].format(part=part, quote=quote) if part else tx["quoted"].format(quote=quote)
    return part


def conflict_lines(view: Consultation, item: Item, options: ExportOptions) -> list[str]:
    """A draft's unresolved conflicts: the draft's wording and every alternative."""
    tx = TEXT[options.lang]
    out = []
    for x in item.unresolved:
        # (a number with its measure word, on both sides: 「15日」 against 「15个工作日」)
        # (the members' own wordings: a combination of them the merge offers staff is no member's)
        said, texts = conflict_words(item.position.base, x.start, x.end, [a.text for a in x.proposed])
        alts = tx["sep"].join(tx["alternative"].format(n=a.number, text=text, who=who(view, a.supporters, options))
                              for a, text in zip(x.proposed, texts, strict=True))  # fmt: skip
        # members putting different words in at one point: said where, never the draft's 「」 (an NPC-scale letter)
        at = tx["draft_wording"].format(text=said) if said else LABELS[options.lang]["insert_at"].format(
            before=words_before(item.position.base, x.start)) if x.start else LABELS[options.lang]["insert_start"]  # fmt: skip
        out.append(tx["unresolved"] + at + tx["sep"] + alts)
    return out


# -- the general opinion, from Markdown -------------------------------------------------------------
@dataclass
class Block:
    """One paragraph of the general opinion: ``kind`` is "heading", "para", "item" (a list
    item) or "quote"; ``runs`` are (text, bold, italic); ``marker`` the heading's or item's
    number as printed."""

    kind: str
    runs: list[tuple[str, bool, bool]] = field(default_factory=list)
    level: int = 0
    marker: str = ""
    number: str = ""  # an ordered list item's own number; "" for a bullet

    @property
    def text(self) -> str:
        return "".join(t for t, _, _ in self.runs)


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s{0,3}[-*+]\s+(.*)$")
_ORDERED = re.compile(r"^\s{0,3}(\d{1,3})[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_NUMBERED = re.compile(r"^\s*(（[一二三四五六七八九十百]+）|\([一二三四五六七八九十百]+\)|[一二三四五六七八九十百]+、|"
                       r"\d+[.．、]|（\d+）|\(\d+\)|[IVXLC]+\.|[A-Za-z][.)]|\([a-z]+\))")  # fmt: skip
_INLINE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])|`([^`]+)`|!\[([^\]]*)\]\([^)]*\)|\[([^\]]+)\]\([^)]*\)|"
                     r"<(https?://[^>\s]+)>|\*\*\*(.+?)\*\*\*|\*\*(.+?)\*\*|__(.+?)__|\*(?!\s)(.+?)(?<!\s)\*|"
                     r"(?<![\w])_(?!\s)(.+?)(?<!\s)_(?![\w])|~~(.+?)~~|<br\s*/?>|</?[a-zA-Z][^>]*>")  # fmt: skip


def inline_runs(text: str, bold: bool = False, italic: bool = False) -> list[tuple[str, bool, bool]]:
    """Markdown inline text as runs (text, bold, italic): ``**bold**``, ``__bold__``,
    ``*italic*``, ``_italic_``, ``***both***``, code and links as their text, escapes
    resolved, HTML tags dropped.

    >>> inline_runs("总体**赞同**，*但*建议 \\\\*保留\\\\*")
    [('总体', False, False), ('赞同', True, False), ('，', False, False), ('但', False, True), ('建议 *保留*', False, False)]
    """
    out: list[tuple[str, bool, bool]] = []

    def add(piece: str, b: bool, i: bool) -> None:
        if not piece:
            return
        if out and out[-1][1:] == (b, i):
            out[-1] = (out[-1][0] + piece, b, i)
        else:
            out.append((piece, b, i))

    at = 0
    for m in _INLINE.finditer(text):
        add(text[at:m.start()], bold, italic)
        at = m.end()
        escaped, code, image, link, auto, both, strong, strong2, em, em2, strike = m.groups()
        if escaped is not None:
            add(escaped, bold, italic)
        elif code is not None:
            add(code, bold, italic)
        elif image is not None:
            add(image, bold, italic)
        elif link is not None:
            for piece in inline_runs(link, bold, italic):
                add(*piece)
        elif auto is not None:
            add(auto, bold, italic)
        elif both is not None:
            for piece in inline_runs(both, True, True):
                add(*piece)
        elif strong is not None or strong2 is not None:
            for piece in inline_runs(strong if strong is not None else strong2, True, italic):
                add(*piece)
        elif em is not None or em2 is not None:
            for piece in inline_runs(em if em is not None else em2, bold, True):
                add(*piece)
        elif strike is not None:
            for piece in inline_runs(strike, bold, italic):
                add(*piece)
        elif m.group(0).lower().startswith("<br"):
            add("\n", bold, italic)
        # any other HTML tag is dropped
    add(text[at:], bold, italic)
    return out


def _join(lines: list[str]) -> str:
    """Wrapped lines of one paragraph joined, without a space between two Chinese lines."""
    joined = lines[0]
    for line in lines[1:]:
        joined += ("" if joined and line and not joined[-1].isascii() and not line[0].isascii() else " ") + line
    return joined


def _drops_heading(text: str, lang: str) -> bool:
    """The general opinion's own first heading when it only repeats the section's name."""
    bare = _NUMBERED.sub("", text).strip().strip("：:").lower()
    return bare in {TEXT["zh"]["general"], TEXT["en"]["general"].lower(), "总体意见和建议", "general comments"}


def intro_blocks(markdown: str, lang: str) -> list[Block]:
    """The general opinion (``--intro``, Markdown or plain text) as blocks, fully rendered:
    headings numbered （一）/1./（1） (1./(a)/(i) in English) by depth unless they carry their
    own number, paragraphs (wrapped lines joined), list items numbered (（1） or 1. in
    Chinese, • or 1. in English), quotes; a first heading that only says 总体意见 is left out
    (the section has that heading already)."""
    lines = markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    raw: list[tuple[str, int, str, str]] = []  # (kind, level, marker, text)
    buf: list[str] = []
    current: list[str] | None = None  # the list item or quote being continued
    kind_of_current = ""
    fenced = False

    def flush() -> None:
        nonlocal current, kind_of_current
        if buf:
            raw.append(("para", 0, "", _join(buf)))
            buf.clear()
        if current is not None:
            kind, level, marker = kind_of_current.split("|")
            raw.append((kind, int(level), marker, _join(current)))
            current, kind_of_current = None, ""

    for line in lines:
        stripped = line.strip()
        if _FENCE.match(line):
            flush()
            fenced = not fenced
            continue
        if fenced:
            if stripped:
                raw.append(("code", 0, "", stripped))
            continue
        if not stripped:
            flush()
            continue
        if m := _HEADING.match(stripped):
            flush()
            raw.append(("heading", len(m[1]), "", m[2]))
        elif _RULE.match(line):
            flush()
        elif m := _BULLET.match(line):
            flush()
            current, kind_of_current = [m[1].strip()], "item|0|"
        elif m := _ORDERED.match(line):
            flush()
            current, kind_of_current = [m[2].strip()], f"item|1|{m[1]}"
        elif m := _QUOTE.match(line):
            if current is None or not kind_of_current.startswith("quote"):
                flush()
                current, kind_of_current = [], "quote|0|"
            if m[1].strip():
                current.append(m[1].strip())
        elif current is not None:
            current.append(stripped)  # a continuation line of the list item or quote
        else:
            buf.append(stripped)
    flush()

    if raw and raw[0][0] == "heading" and _drops_heading(raw[0][3], lang):
        raw = raw[1:]
    levels = sorted({level for kind, level, _, _ in raw if kind == "heading"})
    counters = [0, 0, 0]
    bullets = 0
    out: list[Block] = []
    for kind, level, marker, text in raw:
        if kind == "heading":
            depth = levels.index(level)
            runs = inline_runs(text)
            plain = "".join(t for t, _, _ in runs)
            if depth < 3 and not _NUMBERED.match(plain):
                counters[depth] += 1
                counters[depth + 1:] = [0] * (2 - depth)
                marker = sub_number(counters[depth], lang, depth)
            out.append(Block("heading", runs, depth, marker))
            bullets = 0
        elif kind == "item":
            if level == 0:  # a bullet
                bullets += 1
                marker = f"（{bullets}）" if lang == "zh" else "• "
            else:
                marker = f"{marker}." if lang == "zh" else f"{marker}. "
            out.append(Block("item", inline_runs(text), 0, marker, marker.strip().rstrip(".") if level else ""))
        else:
            bullets = 0
            runs = [(text, False, False)] if kind == "code" else inline_runs(text)
            out.append(Block("para" if kind == "code" else kind, runs))
    return out


def general_opinion(view: Consultation, options: ExportOptions) -> list[Block]:
    """一、总体意见 as blocks: the general opinion (``--intro``, :func:`intro_blocks`), then the remarks
    on the whole draft staff forwarded (:func:`general_remark_lines`), a paragraph each. When the
    general opinion has sub-headings of its own, the remarks go under one more, （二）其他意见,
    numbered after its last: under its last sub-heading they read as part of that sub-topic (a
    trial's 有会员提出：…过渡期 under （一）关于医疗广告). [] when there is neither."""
    blocks = intro_blocks(options.intro, options.lang) if options.intro.strip() else []
    remarks = [Block("para", [(line, False, False)]) for line in general_remark_lines(view, options)]
    # the general opinion's closing sentence (具体修改意见如下。) leads to the articles: the remarks go before it
    # (an audit: after it, 一、总体意见 no longer ended on its closing sentence)
    closing = [blocks.pop()] if remarks and blocks and blocks[-1].kind == "para" and _LEADS_ON.search(
        blocks[-1].text.strip()) else []  # fmt: skip
    tops = [b for b in blocks if b.kind == "heading" and b.level == 0]
    if remarks and tops:
        # (numbered as the general opinion's own are: （二） after （一）, none after headings numbered by hand)
        marker = sub_number(len(tops) + 1, options.lang) if all(b.marker for b in tops) else ""
        blocks.append(Block("heading", [(TEXT[options.lang]["other_remarks"], False, False)], 0, marker))
    return blocks + remarks + closing


#: A sentence that leads on to what follows it (具体修改意见如下。, Our specific comments are as follows:).
_LEADS_ON = re.compile(r"(如下|以下)[。：:]?$|\bas follows[.:]?$|\bbelow[.:]?$", re.IGNORECASE)


def intro_markdown(markdown: str, lang: str) -> str:
    """The general opinion for the Markdown submission: the same blocks as Markdown below
    the section's own heading (headings become ``###`` with their numbers, lists stay lists)."""
    return blocks_markdown(intro_blocks(markdown, lang))


def blocks_markdown(blocks: Sequence[Block]) -> str:
    """Blocks of the general opinion (:func:`general_opinion`) as Markdown below the section's own
    heading (headings become ``###`` with their numbers, lists stay lists)."""
    out: list[str] = []
    previous = ""
    for block in blocks:
        text = "".join(_md_run(t, b, i) for t, b, i in block.runs)
        kind = block.kind + (":ol" if block.number else ":ul" if block.kind == "item" else "")
        if out and not (kind == previous and block.kind == "item"):
            out.append("")  # a blank line between blocks; list items in a row stay one list
        if block.kind == "heading":
            out.append(f"{'#' * min(block.level + 3, 6)} {block.marker}{text}")
        elif block.kind == "item":
            out.append(f"{block.number}. {text}" if block.number else f"- {text}")
        elif block.kind == "quote":
            out.append(f"> {text}")
        else:
            out.append(text)
        previous = kind
    return "\n".join(out).strip() + "\n"


def _md_run(text: str, bold: bool, italic: bool) -> str:

    body = md_escape(text).replace("\n", "<br>")
    if not body.strip():
        return body
    if bold and italic:
        return f"***{body}***"
    if bold:
        return f"**{body}**"
    if italic:
        return f"*{body}*"
    return body


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>])")


def md_escape(text: str) -> str:
    """Text that Markdown prints as is (no emphasis, links, tables or raw HTML)."""
    out = _MD_SPECIAL.sub(lambda m: "&lt;" if m[1] == "<" else "&gt;" if m[1] == ">" else "\\" + m[1], text)
    # (a list's number escaped at its dot, 1\. as CommonMark has it: a backslash before a digit escapes nothing, and showed)
    return re.sub(r"^(?:([#>+\-])|(\d+)\.)", lambda m: "\\" + m[1] if m[1] else m[2] + "\\.", out, flags=re.MULTILINE)
