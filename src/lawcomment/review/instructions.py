"""Proposals written as instructions (建议将“三年内”修改为“一年内”, replace “30 days” with “15 days”)
rather than as the unit's new wording: read, and applied to the unit's text, so that an instruction
never stands in the law text as if it were its wording."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..drafts.anchors import describe
from ..drafts.serialize import body_separator
from ..model import Draft, Unit
from .redline import similarity

#: A proposal at least this like its unit's text is a wording, whatever words it holds (an
#: article about amendments may well say 将“…”修改为“…”).
WORDING = 0.5
#: A proposal opening as a suggestion (建议提高罚款上限) and less like its unit's text than this is
#: no wording of it.
SUGGESTION = 0.3

_Q = r"(?:“[^“”]+”|「[^「」]+」|『[^『』]+』|\"[^\"]+\"|‘[^‘’]+’)"
_ZH_LEAD = (r"(?:(?:我们|我司|本单位|本公司|我会)?(?:修改)?建议[：:，,]?|拟|应当?|宜|请|可)?\s*(?:将|把)?\s*"
            r"(?:(?:本|该|此)(?:条|款|项)|第[^“「『\"‘\n]{1,24}?[条款项])?\s*(?:中|里)?\s*的?\s*")  # fmt: skip
_ZH_WORD = r"\s*(?:一词|二字|等字|字样|的表述|表述|用语)?\s*"
_ZH = [
    ("replace", re.compile(rf"{_ZH_LEAD}(?P<old>{_Q}){_ZH_WORD}(?:修改|更改|变更|调整|替换|改)(?:为|成)\s*(?P<new>{_Q})")),
    ("delete", re.compile(rf"{_ZH_LEAD}(?:删去|删除|删掉|去掉)\s*(?P<old>{_Q}){_ZH_WORD}")),
    ("delete", re.compile(rf"{_ZH_LEAD}(?P<old>{_Q}){_ZH_WORD}(?:删去|删除|删掉|去掉)")),
    ("insert", re.compile(rf"{_ZH_LEAD}在\s*(?P<old>{_Q})\s*之?(?P<side>[前后])面?\s*(?:增加|增设|加上|添加|插入|补充|"
                          rf"加入|增补)(?:规定)?[：:]?\s*(?P<new>{_Q})")),  # fmt: skip
]
_EN_LEAD = r"(?:(?:we|i)\s+)?(?:(?:suggest|propose|recommend)s?(?:\s+that|\s+to)?\s+)?(?:(?:you|the drafters?)\s+)?"
_EN = [
    ("replace", re.compile(rf"{_EN_LEAD}(?:replace|substitute|change|amend)\s+(?P<old>{_Q})\s+(?:with|by|to|into)\s+"
                           rf"(?P<new>{_Q})", re.IGNORECASE)),  # fmt: skip
    ("delete", re.compile(rf"{_EN_LEAD}(?:delete|strike(?:\s+out)?|remove|omit)\s+(?P<old>{_Q})", re.IGNORECASE)),
    ("insert", re.compile(rf"{_EN_LEAD}(?:insert|add)\s+(?P<new>{_Q})\s+(?P<side>after|before)\s+(?P<old>{_Q})",
                          re.IGNORECASE)),  # fmt: skip
]
_ZH_GLUE = re.compile(r"[\s，,；;。.、：:！!]*(?:并且|并|同时|以及|及|另外|此外|且|和)?[\s，,；;。.、：:！!]*")
_EN_GLUE = re.compile(r"[\s,;:.!]*(?:(?:and|also|then)\b)?[\s,;:.!]*", re.IGNORECASE)
_SUGGESTS = re.compile(r"^\s*(?:(?:我们|我司|本单位|本公司|我会)?建议|希望|请求?|恳请|we\s+(?:suggest|propose|recommend)|"
                       r"(?:it\s+is\s+)?(?:suggested|proposed|recommended)\s+that)", re.IGNORECASE)  # fmt: skip


#: Every instruction quotes words: a text without a quotation mark is none.
_QUOTE = re.compile("[“「『\"‘]")


@dataclass(frozen=True, slots=True)
class Instruction:
    """One instruction: ``kind`` replace (``old`` → ``new``), delete (``old``) or insert
    (``new`` before or after ``old``, as ``side`` says)."""

    kind: str
    old: str
    new: str = ""
    side: str = ""

    def summary(self) -> str:
        if self.kind == "replace":
            return f"「{self.old}」→「{self.new}」"
        if self.kind == "delete":
            return f"删去「{self.old}」"
        return f"在「{self.old}」{'前' if self.side == 'before' else '后'}增加「{self.new}」"


def _unquote(quoted: str) -> str:
    return quoted[1:-1]


def read_instructions(text: str, lang: str = "zh") -> tuple[list[Instruction], str]:
    """The instructions ``text`` opens with, one after another, and what follows them that is
    none ("" when the whole text is instructions). No instruction: ([], ``text``)."""
    patterns, glue = (_EN, _EN_GLUE) if lang == "en" else (_ZH, _ZH_GLUE)
    found: list[Instruction] = []
    at = 0
    while True:
        at = glue.match(text, at).end()  # type: ignore[union-attr]  # matches the empty string
        if at >= len(text):
            return found, ""
        for kind, pattern in patterns:
            m = pattern.match(text, at)
            if m is not None:
                side = m.groupdict().get("side") or ""
                found.append(Instruction(kind, _unquote(m["old"]), _unquote(m["new"]) if m.groupdict().get("new") else "",
                                         "before" if side in ("前", "before") or side.lower() == "before" else
                                         ("after" if side else "")))  # fmt: skip
                at = m.end()
                break
        else:
            return found, text[at:] if found else text


def apply_instructions(body: str, instructions: list[Instruction]) -> tuple[str, list[str]]:
    """``body`` with ``instructions`` applied in turn, each to every place its words occur (as
    将第十条中的“A”修改为“B” reads), and a note for words found more than once. ValueError
    (the words, quoted) when an instruction's words are not in the text."""
    notes = []
    for ins in instructions:
        count = body.count(ins.old)
        if not count:
            raise ValueError(f"「{ins.old}」")
        if count > 1:
            notes.append(f"「{ins.old}」 occurs {count} times: each is changed")
        if ins.kind == "replace":
            body = body.replace(ins.old, ins.new)
        elif ins.kind == "delete":
            body = body.replace(ins.old, "")
        else:
            body = body.replace(ins.old, ins.new + ins.old if ins.side == "before" else ins.old + ins.new)
    return body, notes


def instructed_wording(draft: Draft, unit: Unit, text: str) -> tuple[str, str] | None:
    """When ``text``, proposed as the new wording of ``unit``, is instructions instead: the
    wording they give (the unit's text with them applied) and the warning that says so. None
    for a wording. ValueError, saying what to write instead, for a text that reads as
    instructions or as a suggestion but cannot be read as a wording of the unit: instructions
    mixed with other words, words not in the unit, or a suggestion in prose."""
    suggests = _SUGGESTS.match(text) is not None
    if not suggests and _QUOTE.search(text) is None:
        return None  # no quotation mark, no 建议: a wording (most proposals: nothing else is read)
    lang = "en" if draft.profile.startswith("en") else "zh"
    instructions, rest = read_instructions(text.strip(), lang)
    suggests = suggests and not instructions
    if not instructions and not suggests:
        return None
    body = unit.body(body_separator(draft))
    like = similarity(text, body)
    where = describe(unit.eid, lang)
    if instructions:
        if like >= WORDING:
            return None
        said = "; ".join(i.summary() for i in instructions)
        if rest.strip():
            raise ValueError(f"the proposed text reads as an instruction ({said}) followed by other words "
                             f"(「{_clip(rest.strip())}」), not as the wording of {where}: give the instructions alone, "
                             "or the whole wording, and the rest as the reason")  # fmt: skip
        try:
            wording, notes = apply_instructions(body, instructions)
        except ValueError as exc:
            raise ValueError(f"the proposed text reads as an instruction ({said}), but {exc} is not in {where}: "
                             "give the wording as it should read") from None  # fmt: skip
        if wording == body:
            raise ValueError(f"the proposed text reads as an instruction ({said}) that changes nothing in {where}")
        extra = "; " + "; ".join(notes) if notes else ""
        return wording, (f"the proposed text reads as an instruction ({said}), not a wording: read as the wording of "
                         f"{where} with it applied{extra}")  # fmt: skip
    if like < SUGGESTION:
        raise ValueError(f"the proposed text reads as a suggestion (「{_clip(text.strip())}」), not as the wording of "
                         f"{where}: give the wording as it should read, or an instruction "
                         "such as 将“…”修改为“…”, and put the suggestion in the reason (a comment)")  # fmt: skip
    return None


def _clip(text: str, most: int = 30) -> str:
    return text if len(text) <= most else text[:most] + "…"
