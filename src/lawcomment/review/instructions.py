"""Proposals written as instructions (建议将“三年内”修改为“一年内”, replace “30 days” with “15 days”)
rather than as the unit's new wording: read, and applied to the unit's text, so that an instruction
never stands in the law text as if it were its wording."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..drafts.anchors import describe, occurrences, unit_spans
from ..drafts.ids import citation_to_eid
from ..drafts.serialize import body_separator
from ..errors import CitationError
from ..model import Draft, Unit
from .phrases import whole_places
from .redline import similarity

#: In a law that amends another (its own text says 修改为, 删去 …), a proposal at least this like
#: the unit's text is a wording of it, whatever instruction words it holds.
WORDING = 0.5
#: A proposal opening as a suggestion (建议提高罚款上限) and less like its unit's text than this is
#: no wording of it.
SUGGESTION = 0.3

# a quotation (the opening mark used twice, as people type it, too); the new words may be empty
_Q = r"(?:“[^“”]+[”“]|「[^「」]+」|『[^『』]+』|＂[^＂]+＂|\"[^\"]+\"|‘[^‘’]+’|《[^《》]+》)"
_Q0 = r"(?:“[^“”]*[”“]|「[^「」]*」|『[^『』]*』|＂[^＂]*＂|\"[^\"]*\"|‘[^‘’]*’|《[^《》]+》)"
_QS = rf"{_Q}(?:\s*[、，,和及与]\s*{_Q})*"  # “相关”、“依法”
_NUMBERING = r"(?:[0-9０-９]+[.．、)]|[（(][0-9０-９一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)?\s*"
_CITE = r"(?P<cite>(?:本|该|此)(?:条|款|项)|第[^“「『＂\"‘\n]{1,24}?[条款项])"
_WHO = r"(?:(?:我们|我司|本单位|本公司|我会)?(?:修改)?建议[：:，,]?|拟|应当?|宜|请|可)?\s*"
_ZH_LEAD = rf"{_NUMBERING}{_WHO}(?:将|把)?\s*(?:{_CITE}\s*(?:中|里)?\s*的?\s*)?"
_ZH_WORD = r"\s*(?:一词|二字|等字|字样|的表述|表述|用语)?\s*"
_CHANGE = r"(?:修改|更改|变更|调整|替换|修订|改)"


@functools.cache
def _zh_forms() -> list[tuple[str, re.Pattern[str]]]:
    """The Chinese instruction forms, compiled when first asked (most commands read none)."""
    return [
        ("whole", re.compile(rf"{_NUMBERING}{_WHO}(?:将|把)?\s*(?:{_CITE}\s*{_CHANGE}(?:为|成)\s*[：:]?|{_CHANGE}(?:为|成)\s*[：:])"
                             rf"\s*(?P<new>{_Q})")),  # fmt: skip
        ("replace", re.compile(rf"{_ZH_LEAD}(?P<old>{_QS}){_ZH_WORD}{_CHANGE}(?:为|成)?\s*[：:]?\s*(?P<new>{_Q0})")),
        ("delete", re.compile(rf"{_NUMBERING}{_WHO}(?:删去|删除|删掉|去掉)\s*(?:{_CITE}\s*(?:中|里)?\s*的?\s*)?"
                              rf"(?P<old>{_QS}){_ZH_WORD}")),  # fmt: skip
        ("delete", re.compile(rf"{_ZH_LEAD}(?P<old>{_QS}){_ZH_WORD}(?:删去|删除|删掉|去掉)")),
        ("insert", re.compile(rf"{_ZH_LEAD}在\s*(?P<old>{_Q})\s*之?(?P<side>[前后])面?\s*(?:增加|增设|加上|添加|插入|补充|"
                              rf"加入|增补)(?:规定)?[：:]?\s*(?P<new>{_Q})")),  # fmt: skip
    ]


_EN_LEAD = r"(?:(?:we|i)\s+)?(?:(?:suggest|propose|recommend)s?(?:\s+that|\s+to)?\s+)?(?:(?:you|the drafters?)\s+)?"


@functools.cache
def _en_forms() -> list[tuple[str, re.Pattern[str]]]:
    """The English instruction forms, compiled when first asked."""
    return [
        ("replace", re.compile(rf"{_NUMBERING}{_EN_LEAD}(?:replace|substitute|change|amend)\s+(?P<old>{_Q})\s+"
                               rf"(?:with|by|to|into)\s+(?P<new>{_Q0})", re.IGNORECASE)),  # fmt: skip
        ("delete", re.compile(rf"{_NUMBERING}{_EN_LEAD}(?:delete|strike(?:\s+out)?|remove|omit)\s+(?P<old>{_Q})",
                              re.IGNORECASE)),  # fmt: skip
        ("insert", re.compile(rf"{_NUMBERING}{_EN_LEAD}(?:insert|add)\s+(?P<new>{_Q})\s+(?P<side>after|before)\s+"
                              rf"(?P<old>{_Q})", re.IGNORECASE)),  # fmt: skip
    ]


_ZH_GLUE = re.compile(r"[\s，,；;。.、：:！!]*(?:并且|并|同时|以及|及|另外|此外|且|和)?[\s，,；;。.、：:！!]*")
_EN_GLUE = re.compile(r"[\s,;:.!]*(?:(?:and|also|then)\b)?[\s,;:.!]*", re.IGNORECASE)
_SUGGESTS = re.compile(r"^\s*(?:(?:我们|我司|本单位|本公司|我会)?建议|希望|恳请|we\s+(?:suggest|propose|recommend)|"
                       r"(?:it\s+is\s+)?(?:suggested|proposed|recommended)\s+that)", re.IGNORECASE)  # fmt: skip
#: Every instruction quotes words: a text without a quotation mark is none.
_QUOTE = re.compile("[“「『＂\"‘《]")
#: A text that sets out to instruct (将…, 删去…, 在…后增加…, replace …): read whole, or refused.
_INSTRUCTS = re.compile(rf"^\s*{_NUMBERING}{_WHO}(?:将|把|删去|删除|在\S{{0,30}}?[前后]增加|本条修改为|"
                        r"replace\b|delete\b|insert\b|strike\b)", re.IGNORECASE)  # fmt: skip
_VERBS = re.compile(r"修改|修订|改为|改成|删去|删除|增加|增设|replace|delete|insert|strike", re.IGNORECASE)
_TITLE = re.compile(r"《[^《》]*》")
#: The words of a law that amends another (将第十条修改为…, 删去“…”, 增加一款): its own instructions.
_AMENDING = re.compile(r"修改为|删去[“第]|增加一[款条项]")


@dataclass(frozen=True, slots=True)
class Instruction:
    """One instruction: ``kind`` replace (``old`` → ``new``), delete (``old``), insert (``new``
    before or after ``old``, as ``side`` says) or whole (``new`` is the wording); ``cite`` the
    unit it names (本条, 第二款, 第十二条第一款), if any."""

    kind: str
    old: str
    new: str = ""
    side: str = ""
    cite: str = ""

    def summary(self, lang: str = "zh") -> str:
        if lang == "en":
            return {"replace": f"“{self.old}” → “{self.new}”", "delete": f"delete “{self.old}”",
                    "whole": f"reword as “{_clip(self.new)}”"}.get(self.kind) or (  # fmt: skip
                f"insert “{self.new}” {self.side} “{self.old}”")
        if self.kind == "replace":
            return f"「{self.old}」→「{self.new}」"
        if self.kind == "delete":
            return f"删去「{self.old}」"
        if self.kind == "whole":
            return f"修改为「{_clip(self.new)}」"
        return f"在「{self.old}」{'前' if self.side == 'before' else '后'}增加「{self.new}」"


def _quoted(group: str) -> list[str]:
    """The words of each quotation in ``group`` (“相关”、“依法” → 相关, 依法); a title quoted by its
    own marks keeps them (将《中华人民共和国广告法》修改为《…》: the law's text has them too)."""
    return [m if m.startswith("《") else m[1:-1] for m in re.findall(_Q0, group)]


def read_instructions(text: str, lang: str = "zh") -> tuple[list[Instruction], str]:
    """The instructions ``text`` opens with, one after another, and what follows them that is
    none ("" when the whole text is instructions). No instruction: ([], ``text``)."""
    patterns, glue = (_en_forms(), _EN_GLUE) if lang == "en" else (_zh_forms(), _ZH_GLUE)
    found: list[Instruction] = []
    at = 0
    while True:
        at = glue.match(text, at).end()  # type: ignore[union-attr]  # matches the empty string
        if at >= len(text):
            return found, ""
        for kind, pattern in patterns:
            m = pattern.match(text, at)
            if m is None:
                continue
            parts = m.groupdict()
            cite = parts.get("cite") or ""
            side = (parts.get("side") or "").lower()
            side = "before" if side in ("前", "before") else "after" if side else ""
            new = _quoted(parts["new"])[0] if parts.get("new") else ""
            if kind == "whole":
                found.append(Instruction("whole", "", new, cite=cite))
            else:
                kind = "delete" if kind == "replace" and not new else kind  # 修改为“”: taken out
                found += [Instruction(kind, old, new, side, cite) for old in _quoted(parts["old"])]
            at = m.end()
            break
        else:
            return found, text[at:] if found else text


def instructed_wording(draft: Draft, unit: Unit, text: str, quote: str = "",
                       at: int | None = None, body: str | None = None) -> tuple[str, str] | None:  # fmt: skip
    """When ``text``, proposed as the new wording of ``unit``, is instructions instead: the
    wording they give (the unit's text with them applied) and the warning that says so. None
    for a wording. ValueError, saying what to write instead, for a text that reads as
    instructions or as a suggestion but cannot be read as a wording of the unit: instructions
    mixed with other words or not read whole, words not in the unit or in it more than once,
    another article named, or a suggestion in prose.

    ``quote`` is the comment's quote of the unit's words beside the text: it only says where,
    never what. Words an instruction changes that stand more than once are changed where the
    quote overlaps them (where it stands, each place); a quote that overlaps none of the words
    the instructions change is refused (which words are meant cannot be told). ``at`` is where
    the quote was anchored (the comment's anchor offset): a quote that stands more than once, and
    overlaps them in more than one place, changes them at that place only, said (as the intake
    said the comment is anchored there). ``body``, when given, is the text they apply to in place of
    the unit's as drafted (the committee's position, with what staff accepted)."""
    if _SUGGESTS.match(text) is None and _QUOTE.search(text) is None:
        return None  # no quotation mark, no 建议: a wording (most proposals: nothing else is read)
    lang = "en" if draft.profile.startswith("en") else "zh"
    # (``body``: the text the instructions apply to when it is not the unit's as drafted: the committee's position)
    body = body if body is not None else unit.heading if unit.kind.is_container else unit.body(body_separator(draft))
    where = describe(unit.eid, lang, draft)
    if unit.kind.is_container or quote not in body:
        quote = ""  # (not a quote of these words: nothing to say where)
    found = _instructed(text, body, lang, where, lambda cite: _part(draft, unit, body, cite, lang), quote, at)
    if found is None and "\n" in text.strip():
        return _instructed_lines(text.strip(), body, lang, where)
    return found


def reads_as_instructions(text: str, body: str, lang: str = "zh") -> bool:
    """Whether ``text``, proposed beside a quote of words of a unit whose text is ``body``, is
    read as instructions or a suggestion (:func:`instructed_wording` applies or refuses it),
    never as the quoted words' new wording: 建议将“可以处五十万元以下的罚款”修改为“可以处一百万元以下的
    罚款” beside the quote 五十万元 would otherwise stand in the law text as its words (a trial's
    反垄断法 第四十六条)."""
    if _SUGGESTS.match(text) is None and _QUOTE.search(text) is None:
        return False
    stripped = text.strip()
    instructions, _ = read_instructions(stripped, lang)
    if lang == "en" and not instructions:
        instructions, _ = read_instructions(stripped, "zh")
    instructs = bool(instructions) or (_INSTRUCTS.match(stripped) is not None and _VERBS.search(stripped) is not None)
    if instructs and _AMENDING.search(body) and similarity(text, body) >= WORDING:
        return False  # an amending law's own words, reworded
    return instructs or _SUGGESTS.match(text) is not None


#: Beside a quote, the quoted words' new words said as a change, and nothing else: 修改为“一百万元”,
#: 建议改成“一百万元”。, 替换为：“一百万元” (as a member's table of 原文 | 修改建议 has them).
_NEW_WORDS = re.compile(rf"\s*{_NUMBERING}(?:(?:我们|我司|本单位|本公司|我会)?建议)?\s*{_CHANGE}(?:为|成)\s*[：:]?\s*"
                        rf"(?P<new>{_Q})\s*[。.；;]?\s*")  # fmt: skip
#: A proposal that is words in quotation marks, and nothing else (a title in 《》 is the law's own).
_IN_MARKS = re.compile(r"\s*(?P<new>“[^“”]+[”“]|「[^「」]+」|『[^『』]+』|＂[^＂]+＂|\"[^\"]+\"|‘[^‘’]+’)\s*")


def quoted_new_words(text: str, quote: str) -> tuple[str, str] | None:
    """Beside ``quote`` (a comment's quote of its unit's words), the new words ``text`` gives
    them when it is only those words said as a change (修改为“一百万元”, 建议改成“…”, 替换为“…”:
    the instruction is no law text), or only words in quotation marks the quoted words do not
    have (“一百万元” beside 五十万元以下: the marks are no law text): the words, and which it was
    ("instruction" or "marks"). None otherwise (a wording, other instructions, a quote whose own
    marks the proposal repeats: 「“网络”」 → 「“互联网”」)."""
    if not quote or _QUOTE.search(text) is None:
        return None
    if (said := _NEW_WORDS.fullmatch(text)) is not None:
        return _quoted(said["new"])[0], "instruction"
    if (marked := _IN_MARKS.fullmatch(text)) is not None:
        new = marked["new"]
        if not (quote[:1] == new[:1] and quote[-1:] == new[-1:] and len(quote) > 1):
            return new[1:-1], "marks"
    return None


def _instructed_lines(text: str, body: str, lang: str, where: str) -> tuple[str, str] | None:
    """A wording of several lines, some of them instructions (the unit's 第二款 typed over as
    删去“任何单位、个人”, a trial's 畜牧法 第二十五条): each such line applied to the line of the unit in
    its place, said; ValueError when there is no such line to apply it to. None when no line is one."""
    lines, olds = text.split("\n"), body.split("\n")
    read = [read_instructions(line.strip(), lang) for line in lines]
    marked = [k for k, (ins, rest) in enumerate(read) if ins and not rest.strip() and _QUOTE.search(lines[k])
              and not (_AMENDING.search(body) and k < len(olds) and similarity(lines[k], olds[k]) >= WORDING)]  # fmt: skip
    if not marked:
        return None
    shown = "; ".join(i.summary(lang) for k in marked for i in read[k][0])
    if len(lines) != len(olds):
        raise ValueError(f"line {marked[0] + 1} of the proposed text reads as an instruction ({shown}), not as law "
                         f"text, and the wording has {len(lines)} lines where {where} has {len(olds)}: which line it "
                         "changes cannot be told; give that line as it should read")  # fmt: skip
    out = list(lines)
    notes: list[str] = []
    for k in marked:
        if any(i.cite and not i.cite.startswith(("本", "该", "此")) for i in read[k][0]):
            raise ValueError(f"line {k + 1} of the proposed text reads as an instruction ({shown}) naming a part of "
                             f"{where}: give that line as it should read")  # fmt: skip
        try:
            out[k], _, tidied = _applied(olds[k], read[k][0], lang, f"line {k + 1} of {where}",
                                         lambda _: (0, len(olds[k])))  # fmt: skip
            notes += tidied
        except ValueError as exc:
            raise ValueError(f"line {k + 1} of the proposed text reads as an instruction ({shown}), but {exc}: give "
                             "that line as it should read") from None  # fmt: skip
    lines_said = "、".join(str(k + 1) for k in marked) if lang == "zh" else ", ".join(str(k + 1) for k in marked)
    said = (f"line {lines_said} of the proposed text reads as an instruction ({shown}), not law text: applied to that "
            f"line of {where}")  # fmt: skip
    return "\n".join(out), "; ".join([said, *notes])


def instructed_translation(body: str, text: str, lang: str, where: str) -> tuple[str, str] | None:
    """:func:`instructed_wording` for a wording of a translation's words of a unit (``body``, in
    ``lang``; ``where`` names them), as a comment form that prints them is read: instructions
    quote its words (replace “30 days” with “15 days”), and name no part of it but the whole
    (this Article, 本条)."""
    if _SUGGESTS.match(text) is None and _QUOTE.search(text) is None:
        return None

    def whole(cite: str) -> tuple[int, int]:
        if cite and not cite.startswith(("本", "该", "此")):
            raise ValueError(f"{cite} names a part by the draft's numbers; quote the words of {where} instead")
        return 0, len(body)

    return _instructed(text, body, lang, where, whole)


def instructed_rendering(translation: Draft, units: Sequence[Unit], text: str) -> tuple[str, str] | None:
    """:func:`instructed_translation` of the words that ``units`` of a draft's ``translation`` give
    one unit of the draft (most often one unit; several, a line each, where the translation split it)."""
    lang = "en" if translation.profile.startswith("en") else "zh"
    sep = body_separator(translation)
    body = "\n".join(u.heading if u.kind.is_container else u.body(sep) for u in units)
    where = " + ".join(describe(u.eid, lang, translation) for u in units) or "the translation"
    return instructed_translation(body, text, lang, where)


def _instructed(text: str, body: str, lang: str, where: str, part: Callable[[str], tuple[int, int]],
                quote: str = "", at: int | None = None) -> tuple[str, str] | None:  # fmt: skip
    """The reading the functions above share: ``body`` is the text a wording of it replaces,
    ``part(cite)`` where in it a cited part lies, ``quote`` the comment's quote of its words
    (anchored at ``at``, when known)."""
    suggests = _SUGGESTS.match(text) is not None
    stripped = text.strip()
    instructions, rest = read_instructions(stripped, lang)
    if lang == "en" and not instructions:  # 将“30 days”修改为“15 days”: a Chinese member's instruction on English words
        instructions, rest = read_instructions(stripped, "zh")
    instructs = bool(instructions) or (_INSTRUCTS.match(stripped) is not None and _VERBS.search(stripped) is not None)
    if not instructs and not suggests:
        return None
    like = similarity(text, body)
    if instructs:
        if like >= WORDING and _AMENDING.search(body):
            return None  # an amending law's own words, reworded
        said = "; ".join(i.summary(lang) for i in instructions)
        if not instructions or rest.strip():
            shown = f" ({said}) followed by other words (「{_clip(rest.strip())}」)" if instructions else ""
            raise ValueError(f"the proposed text reads as an instruction{shown}, not as the wording of {where}, and is not "
                             "one that can be applied as it stands: give the wording as it should read, or "
                             "instructions alone, such as 将“…”修改为“…”, and the rest as the reason")  # fmt: skip
        try:
            wording, every, tidied = _applied(body, instructions, lang, where, part, quote, at)
        except ValueError as exc:
            raise ValueError(f"the proposed text reads as an instruction ({said}), but {exc}: give the wording as it "
                             "should read") from None  # fmt: skip
        if wording == body:
            raise ValueError(f"the proposed text reads as an instruction ({said}) that changes nothing in {where}")
        note = (f"the proposed text reads as an instruction ({said}), not a wording: read as the wording of {where} "
                "with it applied")  # fmt: skip
        for words, n, kind in every:
            verb = "删去“…”" if kind == "delete" else "将“…”修改为“…”"
            note += (f"; 「{words}」 stands {n} times there: each is changed, as {verb} reads in an amendment "
                     "(to change one, cite its 款 or quote more of its words)")  # fmt: skip
        return wording, "; ".join([note, *tidied])
    if like < SUGGESTION:
        # (the instruction in the wording's own language: an English form's member was shown the Chinese one)
        such = "将“…”修改为“…”" if lang == "zh" else "replace \"…\" with \"…\""
        raise ValueError(f"the proposed text reads as a suggestion (「{_clip(stripped)}」), not as the wording of "
                         f"{where}: give the wording as it should read, or an instruction such as {such}, "
                         "and put the suggestion in the reason (a comment)")  # fmt: skip
    return None


def apply_instructions(draft: Draft, unit: Unit, body: str, instructions: list[Instruction], lang: str = "zh") -> str:
    """``body`` (``unit``'s text) with ``instructions`` applied. Each quotes words that stand once
    in the part of the unit it names (all of it by default), outside any 《title》, and as whole
    words in English; ValueError (what is wrong, in words that follow "but") otherwise, or when
    an instruction names another article, or two change the same words. A Chinese instruction to
    replace or delete words that stand more than once there changes each of them, as 将“…”修改为“…”
    reads in an amendment. Chinese words deleted that would leave two marks side by side (…罚款；。)
    take the weaker with them (…罚款。), as :func:`instructed_wording` says."""
    return _applied(body, instructions, lang, describe(unit.eid, lang, draft),
                    lambda cite: _part(draft, unit, body, cite, lang))[0]  # fmt: skip


def _applied(body: str, instructions: list[Instruction], lang: str, where: str,
             part: Callable[[str], tuple[int, int]], quote: str = "",
             anchored: int | None = None) -> tuple[str, list[tuple[str, int, str]], list[str]]:  # fmt: skip
    """``body`` with ``instructions`` applied, the words changed wherever they stand (more than
    once), and what else is said of the reading (the place ``quote``, anchored at ``anchored``,
    chose; a mark deleted with the words beside it)."""
    edits: list[tuple[int, int, str]] = []
    every: list[tuple[str, int, str]] = []
    notes: list[str] = []
    quoted = False  # whether the quote overlaps words an instruction changes
    spans = [(k, k + len(quote)) for k in occurrences(body, quote)] if quote else []
    # a quote that stands more than once was anchored at one of its places (the first, or the one a
    # file's selector gave): where it selects among the words' places, that one
    chosen: tuple[int, int] | None = None
    if anchored is not None and len(spans) > 1 and (anchored, anchored + len(quote)) in spans:
        chosen = (anchored, anchored + len(quote))
    for ins in instructions:
        start, end = part(ins.cite)
        if ins.kind == "whole":
            edits.append((start, end, ins.new))
            quoted = quoted or any(start <= q0 and q1 <= end for q0, q1 in spans)
            continue
        # 将“X”修改为“Y” and 删去“X” change X wherever it stands in the part they name (the NPC's
        # reading of its own amendments); an insertion beside words that stand twice has no place
        each = lang == "zh" and ins.kind in ("replace", "delete") and len(ins.old) >= _EVERY
        named = where if (start, end) == (0, len(body)) else f"{ins.cite} of {where}"
        places = _place(body, start, end, ins.old, lang, named, every=each or bool(quote))
        if quote:
            # the member's quote says which of them: those it overlaps (五十万元 of 可以处五十万元以下的罚款)
            hit = [at for at in places if any(at < q1 and q0 < at + len(ins.old) for q0, q1 in spans)]
            shown = f"“{ins.old}”" if lang == "en" else f"「{ins.old}」"
            there = [] if chosen is None else [at for at in hit if at < chosen[1] and chosen[0] < at + len(ins.old)]
            if len(hit) > 1 and chosen is not None and there:
                # 五十万元 quoted, where it stands twice: the place it was anchored at, as the intake said
                quoted = True
                nth = spans.index(chosen) + 1
                notes.append(f"{shown} stands {len(places)} times in {named}: changed where the quote 「{quote}」 is "
                             f"anchored, the {_ordinal(nth)} of the {len(spans)} places it stands (leave the quote "
                             "out to change each)")  # fmt: skip
                places = there
            elif hit:
                quoted = True
                if len(places) > len(hit):
                    notes.append(f"{shown} stands {len(places)} times in {named}: changed where the quote "
                                 f"「{quote}」 stands (leave the quote out to change each)")  # fmt: skip
                places = hit
            if len(places) > 1 and not each:
                shown = f"“{ins.old}”" if lang == "en" else f"「{ins.old}」"
                raise ValueError(f"{shown} stands {len(places)} times in {named}; which is meant cannot be told")
        if len(places) > 1:
            every.append((ins.old, len(places), ins.kind))
        for at in places[1:]:
            edits.append((at, at + len(ins.old), ins.new if ins.kind == "replace" else ""))
        at = places[0]
        if ins.kind == "replace":
            edits.append((at, at + len(ins.old), ins.new))
        elif ins.kind == "delete":
            # English words deleted take one of the spaces around them along (“30 days on”, not
            # “30 days  on”; at the start of a line, the space after them)
            cut, stop = at, at + len(ins.old)
            before, after = body[cut - 1:cut] if cut else "", body[stop:stop + 1]
            if lang == "en" and before == " " and after in ("", " ", ",", ".", ";", ":", ")"):
                cut -= 1
            elif lang == "en" and before in ("", "\n", "(") and after == " ":
                stop += 1
            edits.append((cut, stop, ""))
        else:
            point = at if ins.side == "before" else at + len(ins.old)
            edits.append((point, point, ins.new))
    if quote and not quoted:
        raise ValueError(f"the quote 「{quote}」 lies outside the words it changes (quote those words, or none)")
    edits.sort()
    for (a, b, _), (c, _d, _) in zip(edits, edits[1:]):
        if c < b or (a == b == c):
            raise ValueError("two of them change the same words")
    pieces: list[str] = []
    cuts: list[tuple[int, str]] = []  # where in the result words were deleted, and the words
    last = length = 0
    for a, b, new in edits:
        pieces.append(body[last:a])
        length += a - last
        if not new and b > a:
            cuts.append((length, body[a:b]))
        pieces.append(new)
        length += len(new)
        last = b
    pieces.append(body[last:])
    out = "".join(pieces)
    if lang == "zh":
        out, tidied = _tidied(out, cuts)
        notes += tidied
    return out, every, notes


#: How strongly a mark ends what stands before it: of two left side by side where words were
#: deleted, the weaker goes (…罚款；。 → …罚款。, 、、 → 、); a line's start or end is strongest.
_MARKS = {"、": 1, "，": 2, "；": 3, "：": 4, "。": 5, "！": 5, "？": 5}
_EDGE = 9
#: The marks that end a sentence: left ending a line, one stays.
_ENDS = "。！？"
#: Characters of the text shown on each side of such a place.
_AROUND = 10


def _tidied(text: str, cuts: list[tuple[int, str]]) -> tuple[str, list[str]]:
    """``text`` with words deleted at ``cuts`` (each: where in ``text``, the words), its marks
    set as the law would read, each change said (the words the member quoted are not all that
    changes: never a law character dropped or put unsaid):

    - two marks the deletion leaves side by side, or one at a line's start or end (删去“构成犯罪的，
      依法追究刑事责任” of …的罚款；构成犯罪的，依法追究刑事责任。 leaves …的罚款；。): the weaker goes
      with the words (…的罚款。); a sentence's end left ending the line stays;
    - deleted words that end the line, or a sentence with the next after them, with a mark stronger
      than the one left before them (删去“构成犯罪的，依法追究刑事责任。”): that mark takes the place of
      the one before (…的罚款。, not …的罚款；); at a line's end after a word, it stays (…的罚款。);
    - a 、 on one side of the cut, words on the other: the deleted words were an item of a list
      (删去“丙” of 甲、乙、丙参与), and its separator goes with them (甲、乙参与); when they may be part of
      an item only (丙 of 甲单位、乙单位、丙单位), it is left, said, to be checked."""
    dropped: set[int] = set()
    put: dict[int, str] = {}  # a mark replaced by the deleted words' own
    kept: dict[int, str] = {}  # the deleted words' own mark kept, at the cut
    found: list[tuple[int, str]] = []  # (the cut, what is said before the text as it reads)
    cut_at = {at for at, _ in cuts}
    for at, words in reversed(cuts):
        b = at - 1
        while b in dropped:
            b -= 1
        a = at
        while a in dropped:
            a += 1
        before = put.get(b, text[b]) if b >= 0 else ""
        after = text[a] if a < len(text) else ""
        rank_before = _EDGE if before in ("", "\n") else _MARKS.get(before)
        rank_after = _EDGE if after in ("", "\n") else _MARKS.get(after)
        own = words[-1] if words[-1:] in _MARKS else ""
        if own and (rank_after == _EDGE or (own in _ENDS and after.isalnum())):
            # the deleted words ended what stands before them: their mark ends it still
            if rank_before is not None and rank_before < _MARKS[own]:
                put[b] = own
                found.append((at, f"the 「{before}」 before the deleted words 「{words}」 is replaced by the 「{own}」 "
                                  "they end with"))  # fmt: skip
            elif rank_before is None and rank_after == _EDGE:
                kept[at] = own
                found.append((at, f"the 「{own}」 the deleted words 「{words}」 end with is kept, ending the line"))
            continue
        # (the member's own words holding the separator, 删去“乙、”: nothing more goes with them)
        if "、" in (before, after) and None in (rank_before, rank_after) and words[:1] not in _MARKS and \
                words[-1:] not in _MARKS:  # fmt: skip
            # (a 、 between two items both deleted goes: 删去“甲单位”；删去“乙单位” of 对甲单位、乙单位处罚)
            between = (before == "、" and b in cut_at) or (after == "、" and a + 1 in cut_at)
            said = None if between else _listed(text, dropped, b, a, words, before == "、")
            if said is None:
                drop = b if before == "、" else a
                dropped.add(drop)
                found.append((at, f"the 「、」 {'before' if drop == b else 'after'} the deleted words 「{words}」 is "
                                  "deleted with them"))  # fmt: skip
            else:
                found.append((at, said))
            continue
        if rank_before is None or rank_after is None or rank_before == rank_after == _EDGE:
            continue  # words beside the cut: no mark doubled
        if rank_after == _EDGE and before in _ENDS:
            continue  # a sentence's end, now ending the line: it stays
        drop, side = (b, "before") if rank_before < rank_after else (a, "after")
        dropped.add(drop)
        found.append((at, f"the 「{text[drop]}」 {side} the deleted words 「{words}」 is deleted with them"))

    def reads(lo: int, hi: int, tidy: bool) -> str:
        out = []
        for k in range(lo, hi + 1):
            if tidy and k in kept:
                out.append(kept[k])
            if k < hi and not (tidy and k in dropped):
                out.append(put.get(k, text[k]) if tidy else text[k])
        return "".join(out)

    notes = []
    for at, said in found[::-1]:
        line_start = text.rfind("\n", 0, at) + 1
        line_end = len(text) if (n := text.find("\n", at)) < 0 else n
        lo, hi = max(line_start, at - _AROUND), min(line_end, at + _AROUND)
        dots = ("…" if lo > line_start else "", "…" if hi < line_end else "")
        now, was = reads(lo, hi, True), reads(lo, hi, False)
        if said.endswith("of the list"):  # nothing changed: the text as it reads, to be checked
            notes.append(f"{said}: check the text, which reads 「{dots[0]}{now}{dots[1]}」")
        else:
            notes.append(f"{said}: the text reads 「{dots[0]}{now}{dots[1]}」, not 「{dots[0]}{was}{dots[1]}」")
    return reads(0, len(text), True), list(dict.fromkeys(notes))  # (said once)


def _listed(text: str, dropped: set[int], b: int, a: int, words: str, last: bool) -> str | None:
    """Of words deleted between ``text[b]`` and ``text[a]``, one of them a 、 and the other a word:
    None when they were a whole item of the list the 、 separates (删去“丙” of 甲、乙、丙参与测试, or
    删去“甲”), so that the 、 goes with them; else what is said of the 、 left (they may be part of
    an item only: 丙 of 甲单位、乙单位、丙单位, whose items end as the words after the cut begin, or 组单位
    of 对甲组单位、乙单位, the item beside holding the character they end with; or the item beside
    holding the one they begin with): when unsure, the text is left as asked and said, never a
    mark of the law dropped on a guess."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = len(text) if (n := text.find("\n", a)) < 0 else n
    free = [k for k in range(line_start, line_end) if k not in dropped]

    def item(ks: list[int]) -> str:  # the characters up to the next mark
        out = []
        for k in ks:
            if text[k] in _MARKS:
                break
            out.append(text[k])
        return "".join(out)

    # the list must end right after the cut (a mark, the line's end, 等, 和 …), or open right before it (a
    # mark, the line's start): else the words after the cut may be the item's rest (删去“企业” of 国家机关、
    # 企业事业单位 is 国家机关、事业单位, never 国家机关事业单位: a review)
    rest = "".join(text[k] for k in free if k >= a) if last else "".join(text[k] for k in free if k <= b)
    bounded = not rest or (rest[0] in _MARKS or rest.startswith(_LIST_ENDS) if last else rest[-1] in _MARKS)
    if last:  # 、 before the cut: the item before it, and the sentence's words after the cut
        neighbour = item([k for k in reversed(free) if k < b])[::-1]
        beyond = item([k for k in free if k >= a])
        partial = words[:1] in neighbour or any(neighbour.endswith(beyond[:k])
                                                     for k in range(1, min(len(neighbour), len(beyond)) + 1))  # fmt: skip
    else:  # 、 after the cut: the item after it, and the sentence's words before the cut
        neighbour = item([k for k in free if k > a])
        beyond = item([k for k in reversed(free) if k <= b])[::-1]
        partial = words[-1:] in neighbour or any(neighbour.startswith(beyond[-k:])
                                                   for k in range(1, min(len(neighbour), len(beyond)) + 1))  # fmt: skip
    if bounded and not partial:
        return None
    return (f"the 「、」 {'before' if last else 'after'} the deleted words 「{words}」 is left, as they may be only part "
            "of an item of the list")  # fmt: skip


#: Words that end a list after its last item (甲、乙等, 甲、乙和丙, 公平、诚信的原则): a 、 before deleted
#: words followed by them goes with the words.
_LIST_ENDS = ("等", "和", "及", "以及", "或者", "或", "与", "的")


def _part(draft: Draft, unit: Unit, body: str, cite: str, lang: str) -> tuple[int, int]:
    """Where in ``body`` the part ``cite`` names lies (本条, 第二款, 第十二条第一款 …; none: all of it)."""
    if not cite or cite.startswith(("本", "该", "此")) or unit.kind.is_container:
        return 0, len(body)
    article = unit.eid.split("__", 1)[0]
    head = next((u for u in draft.walk() if u.eid == article), None)
    try:
        named = citation_to_eid(cite if "条" in cite or head is None else head.label + cite, paragraph_optional=True)
    except CitationError:
        raise ValueError(f"{cite} names no part of {describe(unit.eid, lang, draft)}") from None
    if named == unit.eid or unit.eid.startswith(named + "__"):
        return 0, len(body)  # the unit itself, or what holds it
    spans = unit_spans(unit, body_separator(draft))
    if named not in spans:
        raise ValueError(f"it names {describe(named, lang, draft)}, not {describe(unit.eid, lang, draft)} (put it on the article it names)")
    return spans[named]


#: Characters the quoted words need for 将“A”修改为“B” to change every place A stands: shorter
#: words stand inside others (依法 in 依法律, 许可 in 许可证, 日 in 之日起), and are refused.
_EVERY = 3


def _place(body: str, start: int, end: int, words: str, lang: str, where: str, every: bool = False) -> list[int]:
    """Where ``words`` stand in ``body[start:end]``, outside any 《title》, whole words in English:
    once, or with ``every`` each place they stand."""
    if lang == "en" and words[:1].isalnum() and words[-1:].isalnum():
        found = [m.start() for m in re.finditer(rf"(?<![\w]){re.escape(words)}(?![\w])", body[start:end])]
    else:
        # never inside a larger number (五日 is not in 十五日, 一万元 not in 十一万元, 三十 not in
        # 第三十条; 万元 of 五万元 may be changed on its own), as the instrument's own quotes keep
        # them whole: each place the words stand, overlapping ones too, is judged by that one rule
        found = [k - start for k in whole_places(body, words, start, end)]
    titles = [m.span() for m in _TITLE.finditer(body[start:end])]
    # words inside a title are not the law's own (a whole title quoted is)
    free = [k for k in found if not any(a <= k and k + len(words) <= b and (k, k + len(words)) != (a, b)
                                        for a, b in titles)]  # fmt: skip
    shown = f"“{words}”" if lang == "en" else f"「{words}」"
    if not free and found:
        raise ValueError(f"{shown} stands in {where} only inside a title (《…》)")
    if not free:
        raise ValueError(f"{shown} is not in {where}")
    if len(free) > 1 and not every:
        raise ValueError(f"{shown} stands {len(free)} times in {where}; which is meant cannot be told")
    return [start + k for k in free]


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st."""
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"


def _clip(text: str, most: int = 30) -> str:
    return text if len(text) <= most else text[:most] + "…"
