"""Read an amendment instrument (修正案（草案）, 关于修改《…》的决定, Article X is amended…)
into operations; every sentence not understood is reported with its line, never skipped.

Quoted text may span paragraphs: each continuation paragraph opens with “ (NPC style) or
not (court style), and only the last closes. Quotes are replaced by placeholders before
the grammar runs, so the patterns below see ``将第二条修改为：Q``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..drafts.ids import citation_to_eid
from ..drafts.numerals import NUMERAL_CLASS, cn_to_int
from ..drafts.source import Source
from ..errors import CitationError, InputError
from ..model import Diagnostic, Severity
from .model import Clause, ClauseKind, Instrument, Operation, OpKind

_QO, _QC = "\ue000", "\ue001"
_N = f"{NUMERAL_CLASS}+"
Q = rf"{_QO}\d+{_QC}"
_LAW = r"(?:《[^》]{1,80}》|宪法|刑法|本法|该法|原法|本解释|本规定|本条例|本办法)?"
_UNIT = (rf"(?:序言第{_N}自然段|序言|引言|名称|标题|"
         rf"(?:第{_N}编)?(?:第{_N}分编)?(?:第{_N}章)?(?:第{_N}节)?"
         rf"(?:第{_N}条(?:之{_N})?)?(?:第{_N}款)?(?:第[（(]?{_N}[）)]?项)?(?:第{_N}目)?)")  # fmt: skip
_REFS = rf"{_UNIT}(?:(?:、|和|及|以及){_UNIT})*"
_WORDS = rf"{Q}(?:(?:、|和|及){Q})*"
_NTH = rf"(?:第(?P<nth>{_N})(?:个|处))?"
_TARGET = rf"{_LAW}(?P<refs>{_REFS})(?:(?P<loc>{Q})中的?)?(?P<sub>第[（(]?{_N}[）)]?(?:款|项|目))?(?:中的|中|的)?"
_COLON = r"[:：]?"
_ADD = r"(?:增加|增写|加上|插入|补充)"
_CHANGE = r"(?:修改为|修订为|改为|替换为)"
_DEL = r"(?:删去|删除)"

_ITEM_MARK = re.compile(rf"^(?:(?P<top>[一二三四五六七八九十百零〇]+)、|(?P<sub>\d+)[.．、](?!\d)|[（(](?P<paren>[一二三四五六七八九十]+)[）)]"
                        rf"|(?P<art>第{_N}条)[\s\u3000]+(?=宪法|刑法|本法|将|在|删|增|对|第|《))\s*")  # fmt: skip
_INSTRUCTION_START = re.compile(r"^(?:[一二三四五六七八九十百零〇]+、|\d+[.．、])|^(?:将|在|删去|删除|本决定|本修正案|此外)"
                                r"|相应改为|相应调整|相应顺延|修改为")  # fmt: skip
_FRONT = re.compile(r"^(?:[（(]?\d{4}年\d{1,2}月\d{1,2}日.*(?:通过|施行|公布|发布)[）)]?|[（(].{0,60}[）)])$")
_EN_INSTRUCTION = re.compile(r"^(?:\d+\.\s*)?(?:(?:Article|Section)\s+\d|In\s+(?:Article|Section)\s|The\s+following\s+(?:Article|Section))")


@dataclass
class _Ctx:
    law: str = ""
    target: str = ""  # the unit the last instruction named: 这一款, bare “A”修改为“B”
    loc: str = ""
    new_container: str = ""


@dataclass
class _Item:
    label: str
    line: int
    skeleton: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    content: list[str] = field(default_factory=list)  # 内容如下： paragraphs


#: A nested quote's end: a ’ other than an apostrophe between two Latin letters (member’s, don’t)
_NESTED_END = re.compile(r"(?<![A-Za-z])’|’(?![A-Za-z])")


def _unquote(text: str) -> str:
    """Inside a quotation, nested quotes are ‘’; in the law they are “”. An apostrophe between two Latin letters
    stays one (an English proposal's controller’s came back as controller”s)."""
    return _NESTED_END.sub("”", text.replace("‘", "“"))


def _num(text: str) -> int:
    return cn_to_int(text) if not text.isdigit() else int(text)


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.ops: list[Operation] = []
        self.clauses: list[Clause] = []
        self.laws: list[str] = []
        self.unrecognised: list[Diagnostic] = []
        self.ctx = _Ctx()

    # -- grouping paragraphs into items ------------------------------------------
    def items(self, paras: list[tuple[str, int]]) -> list[_Item]:
        out: list[_Item] = []
        depth = 0
        buf: list[str] = []
        label = ""
        content_mode = False
        for text, line in paras:
            if depth == 0 and out and text.startswith("“") and re.search(r"[:：]$", "".join(out[-1].skeleton).rstrip()):
                item = out[-1]  # 将第二条修改为： then the quotation in its own paragraph (court style)
            elif depth == 0:
                if content_mode and out and not self._instruction_like(text):
                    out[-1].content.append(text)
                    continue
                if content_mode and out:
                    self._close_content(out[-1])
                content_mode = False
                m = _ITEM_MARK.match(text)
                if m:
                    mark = m["top"] or m["art"] or m["sub"] or m["paren"]
                    # 二、3: a numbered instruction under the heading 二、修改《…》
                    label = mark if m["top"] or m["art"] or not label else f"{label.split('、')[0]}、{mark}"
                    text = text[m.end():]
                out.append(_Item(label, line))
                item = out[-1]
            else:
                item = out[-1]
                buf.append("\n")
                if text.startswith("“"):
                    text = text[1:]
            for ch in text:
                if ch == "“":
                    depth += 1
                    if depth == 1:
                        buf = []
                        continue
                elif ch == "”" and depth > 0:
                    depth -= 1
                    if depth == 0:
                        item.skeleton.append(f"{_QO}{len(item.quotes)}{_QC}")
                        item.quotes.append(_unquote("".join(buf)))
                        continue
                if depth > 0:
                    buf.append(ch)
                else:
                    item.skeleton.append(ch)
            if depth == 0:
                tail = "".join(item.skeleton).rstrip()
                content_mode = bool(re.search(r"内容(?:如下|为)[:：]$", tail))
        if depth > 0 and out:
            self.warn(out[-1].line, "a quotation is not closed (”) before the end of the instrument", "unclosed-quote")
            out[-1].skeleton.append(f"{_QO}{len(out[-1].quotes)}{_QC}")
            out[-1].quotes.append(_unquote("".join(buf)))
        if content_mode and out:
            self._close_content(out[-1])
        return out

    def _instruction_like(self, text: str) -> bool:
        return bool(_INSTRUCTION_START.search(text)) and not re.match(rf"^第{_N}(?:条|章|节|编)(?:之{_N})?[\s\u3000]", text)

    @staticmethod
    def _close_content(item: _Item) -> None:
        if item.content:
            item.skeleton.append(f"{_QO}{len(item.quotes)}{_QC}")
            item.quotes.append("\n".join(item.content))
            item.content = []

    def warn(self, line: int | None, message: str, code: str = "unrecognised") -> None:
        self.unrecognised.append(Diagnostic(Severity.ERROR, code, message, line))

    # -- sentences ---------------------------------------------------------------
    def read(self, item: _Item) -> None:
        skel = "".join(item.skeleton)
        skel = re.sub(r"。(?=内容如下|内容为)", "，", skel)
        for sentence in re.split(r"[。；;\n]", skel):
            sentence = sentence.strip(" \u3000，,")
            if sentence:
                self.sentence(sentence, item)

    def sentence(self, s: str, item: _Item) -> None:
        quotes = item.quotes
        shown = re.sub(rf"{_QO}(\d+){_QC}", lambda m: "“" + quotes[int(m[1])][:20] + ("…" if len(quotes[int(m[1])]) > 20 else "") + "”", s)
        if self.clause(s, item):
            return
        rest = s
        made: list[Operation] = []
        while rest:
            found = self.operation(rest, item, shown)
            if found is None:
                self.warn(item.line, f"not understood: {shown!r}" + (f" (item {item.label})" if item.label else ""))
                return
            ops, rest = found
            made.extend(ops)
            rest = re.sub(r"^[，,、\s]*(?:并|同时|另|其中)?", "", rest)
        self.ops.extend(made)

    def clause(self, s: str, item: _Item) -> bool:
        plain = re.sub(rf"{_QO}\d+{_QC}", "", s)
        if m := re.fullmatch(r"修改《(?P<law>[^》]+)》", plain):
            self.ctx = _Ctx(law=m["law"])
            self.laws.append(m["law"])
            self.clauses.append(Clause(ClauseKind.LAW, s, m["law"], item.line))
            return True
        if re.fullmatch(r"本(?:修正案|决定|解释|规定|法)?自.{2,40}(?:起)?施行", plain):
            self.clauses.append(Clause(ClauseKind.COMMENCEMENT, s, self.ctx.law, item.line))
            return True
        if "重新公布" in plain or re.search(r"(?:作|作出)如下(?:修改|修正)|修改如下|决定如下", plain):
            kind = ClauseKind.REPUBLICATION if "重新公布" in plain else ClauseKind.PREAMBLE
            for law in re.findall(r"《([^》]+)》", plain) if kind is ClauseKind.PREAMBLE else ():
                if law not in self.laws:
                    self.laws.append(law)
            self.clauses.append(Clause(kind, s, self.ctx.law, item.line))
            if re.search(r"(?:条文|条款|章节|章、节|顺序).{0,8}(?:相应调整|相应顺延)", plain):
                self.ops.append(Operation(OpKind.RESEQUENCE, law=self.ctx.law, item=item.label, sentence=s, line=item.line))
            return True
        return False

    # -- the grammar -------------------------------------------------------------
    def operation(self, s: str, item: _Item, shown: str) -> tuple[list[Operation], str] | None:
        for method in (self._resequence, self._restate, self._rename, self._renumber, self._insert_unit,
                       self._insert_words, self._replace_words, self._replace_unit, self._delete):  # fmt: skip
            found = method(s, item)
            if found is not None:
                ops, end = found
                return [replace(op, law=op.law or self.ctx.law, item=item.label, sentence=shown, line=item.line)
                        for op in ops], s[end:]
        return None

    def q(self, token: str, item: _Item) -> str:
        return item.quotes[int(token[1:-1])]

    def words(self, text: str, item: _Item) -> list[str]:
        return [self.q(t, item) for t in re.findall(Q, text)]

    def refs(self, text: str | None, sub: str | None = None) -> list[str]:
        """eids of the units named in ``text`` (relative ones resolved against the context)."""
        if not text:
            if sub:
                return [self._relative(sub)]
            if not self.ctx.target and not self.ctx.loc:
                raise CitationError("names no unit, and no earlier instruction did")
            return [self.ctx.target]
        out = []
        for part in re.split(r"、|以及|和|及", text):
            out.append(self._address(part))
        if sub:
            out = [f"{eid}__{self._relative(sub).rsplit('__', 1)[-1]}" if eid else self._relative(sub) for eid in out]
        return out

    def _relative(self, ref: str) -> str:
        comp = citation_to_eid(f"第一条{ref}" if "款" in ref else f"第一条第一款{ref}").split("__")[-1]
        base = self.ctx.target
        if not base:
            raise CitationError(f"{ref} names no article")
        if comp.startswith("item"):
            return f"{base.split('__item_')[0]}__{comp}"
        return f"{base.split('__para_')[0]}__{comp}"

    @staticmethod
    def _is_relative(refs: str | None) -> bool:
        return bool(refs) and re.match(rf"^第[（(]?{_N}[）)]?(?:款|项|目)", refs or "") is not None

    def _address(self, ref: str) -> str:
        if m := re.fullmatch(rf"序言第({_N})自然段", ref):
            return f"preamble__para_{_num(m[1])}"
        if ref in ("序言", "引言"):
            return "preamble"
        if ref in ("名称", "标题"):
            return "title"
        if re.fullmatch(rf"第[（(]?{_N}[）)]?(?:款|项|目)", ref):
            return self._relative(ref)
        if re.fullmatch(rf"第{_N}节", ref) and self.ctx.target.startswith(("chp_", "part_")):
            return f"{self.ctx.target.split('__sec_')[0]}__{citation_to_eid(ref)}"
        if m := re.fullmatch(rf"(.*第{_N}条(?:之{_N})?)(第[（(]?{_N}[）)]?项(?:第{_N}目)?)", ref):
            # a 项 of an article of one 款 is cited without the 款, as the NPC's instruments and the law itself
            # cite it (将第三十九条第二项中的“…”): the 项 of the article's only 款
            return citation_to_eid(f"{m[1]}第一款{m[2]}")
        return citation_to_eid(ref)

    def _set(self, eid: str, loc: str = "") -> None:
        self.ctx.target, self.ctx.loc = eid, loc

    def _resequence(self, s: str, item: _Item) -> tuple[list[Operation], int] | None:
        m = re.match(r"(?:此外)?[，,]?(?:并)?(?:对)?(?:本法|该法|本解释|本规定|其)?的?(?:章|节|条文|条款|各条|条|款|项)"
                     r"(?:、(?:章|节|条文|条款|条))*的?(?:顺序|序号)(?:作|做)?相应(?:的)?(?:调整|顺延|修改)"
                     r"|(?:以下|其后|以后)(?:各条|条文)(?:序号)?(?:依次|相应)?顺延", s)  # fmt: skip
        return ([Operation(OpKind.RESEQUENCE)], m.end()) if m else None

    def _restate(self, s: str, item: _Item) -> tuple[list[Operation], int] | None:
        m = re.match(rf"(?:这一|该|本)(?:自然段|段|款|条|项)(?:相应)?(?:修改为|修改后为){_COLON}(?P<new>{Q})", s)
        if not m:
            return None
        return [Operation(OpKind.RESTATE, self.refs(None)[0], self.q(m["new"], item), locator=self.ctx.loc)], m.end()

    def _rename(self, s: str, item: _Item) -> tuple[list[Operation], int] | None:
        m = re.match(rf"将?{_TARGET}(?:章名|节名|编名|标题|名称){_CHANGE}{_COLON}(?P<new>{Q})", s)
        if not m:
            return None
        ops = [Operation(OpKind.RENAME, eid, self.q(m["new"], item)) for eid in self.refs(m["refs"])]
        return ops, m.end()

    def _renumber(self, s: str, item: _Item) -> tuple[list[Operation], int] | None:
        side = rf"(?:{_LAW}{_UNIT}(?:(?:至|、){_UNIT})*)"
        m = re.match(rf"将?(?P<a>{side})(?:相应|依次)?(?:改为|调整为|顺延为)(?P<b>{side})(?![\u4e00-\u9fff{_QO}])", s)
        if not m or not m["a"] or not m["b"]:
            return None
        law = re.compile(r"^(?:《[^》]*》|宪法|刑法|本法|该法|原法|本解释|本规定|本条例|本办法)")
        a, b = (self._expand(law.sub("", x)) for x in (m["a"], m["b"]))
        if len(a) != len(b):
            raise CitationError(f"renumbers {len(a)} unit(s) into {len(b)}")
        loc = self.ctx.loc if self._is_relative(law.sub("", m["a"])) else ""
        return [Operation(OpKind.RENUMBER, a[0], mapping=tuple(zip(a, b)), locator=loc)], m.end()

    def _expand(self, text: str) -> list[str]:
        out: list[str] = []
        for part in text.split("、"):
            if "至" not in part:
                out.append(self._address(part))
                continue
            lo, hi = (self._address(x) for x in part.split("至"))
            stem, _, n1 = lo.rpartition("_")
            stem2, _, n2 = hi.rpartition("_")
            if stem != stem2 or not n1.isdigit() or not n2.isdigit() or int(n2) < int(n1):
                raise CitationError(f"cannot expand the range {part}")
            out.extend(f"{stem}_{k}" for k in range(int(n1), int(n2) + 1))
        return out

    def _insert_unit(self, s: str, item: _Item) -> tuple[list[Operation], int] | None:
        kinds = "条款项目编章节"
        m = re.match(
            rf"(?:在)?(?:{_TARGET}(?P<after>后|之后|前|之前|中|内)?)?{_ADD}(?P<count>{_N}|[一两])(?P<k>分编|[{kinds}])"
            rf"[，,]?(?:(?:分别)?(?:作为|为)(?P<as>{_LAW}{_UNIT}(?:(?:至|、){_UNIT})*)(?P<head>{Q})?)?"
            rf"[，,]?(?:内容(?:如下|为))?{_COLON}(?P<new>{Q})?", s)  # fmt: skip
        if not m or not (m["new"] or m["head"] or m["as"] and m["k"] in "编章节"):
            return None
        kind = m["k"]
        target = ""
        if m["refs"] or m["loc"]:
            target = self.refs(m["refs"], m["sub"])[0] if m["refs"] else self.ctx.target
        loc = self.q(m["loc"], item) if m["loc"] else ""
        if not target and m["k"] in "款项目":
            target, loc = self.ctx.target.split("__item_")[0], self.ctx.loc  # 增加一项 after 第六项…修改为…
        numbers = self._expand_new(m["as"], target, kind) if m["as"] else []
        text = self.q(m["new"] or m["head"], item) if m["new"] or m["head"] else ""
        place = "before" if m["after"] in ("前", "之前") else "after" if m["after"] in ("后", "之后") else "in"
        if kind in "编章节" or kind == "分编":
            head = self.q(m["head"], item) if m["head"] else text
            number = numbers[0] if numbers else ""
            self.ctx.new_container = number
            self._set(target or self.ctx.target, loc)
            return [Operation(OpKind.INSERT, target, head, place=place, number=number, locator=loc)], m.end()
        count = _num(m["count"]) if m["count"] not in ("一", "两") else (1 if m["count"] == "一" else 2)
        if kind == "条" and count > 1 or kind == "条" and re.match(rf"^(?:第{_N}(?:编|章|节)\s)", text):
            op = Operation(OpKind.INSERT, target, text, place=place, number=",".join(numbers), locator=loc,
                           old=self.ctx.new_container if re.match(rf"^第{_N}(?:编|章|节)\s", text) else "")  # fmt: skip
            return [op], m.end()
        if target and not loc:
            self._set(target)
        elif loc:
            self._set(target, loc)
        return [Operation(OpKind.INSERT, target, text, place=place, number=",".join(numbers), locator=loc)], m.end()

    def _expand_new(self, text: str, target: str, kind: str) -> list[str]:
        text = re.sub(r"^(?:《[^》]*》|宪法|刑法|本法|该法)", "", text)
        if kind in "款项目":
            saved = self.ctx.target
            self.ctx.target = target or saved
            try:
                return self._expand(text)
            finally:
                self.ctx.target = saved
        if kind in "节" and target:
            saved = self.ctx.target
            self.ctx.target = target
            try:
                return self._expand(text)
            finally:
                self.ctx.target = saved
        return self._expand(text)

    def _insert_words(self, s: str, item: _Item) -> tuple[list[Operation], int] | None:
        m = re.match(rf"(?:在)?(?:{_TARGET})?{_NTH}(?P<anchor>{Q})(?P<place>前|后|之前|之后){_ADD}(?:一句|一段|内容)?"
                     rf"[，,]?(?:内容为)?{_COLON}(?P<new>{Q})", s)  # fmt: skip
        if m:
            place = "before" if "前" in m["place"] else "after"
            eids = self.refs(m["refs"], m["sub"]) if m["refs"] or m["sub"] else self.refs(None)
            loc = self.q(m["loc"], item) if m["loc"] else (self.ctx.loc if not m["refs"] or self._is_relative(m["refs"]) else "")
            self._set(eids[0], loc)
            nth = _num(m["nth"]) if m["nth"] else None
            return [Operation(OpKind.INSERT_WORDS, e, self.q(m["new"], item), self.q(m["anchor"], item), nth, place,
                              locator=loc) for e in eids], m.end()  # fmt: skip
        m = re.match(rf"(?:在)?{_TARGET}(?:的)?(?:最后|末尾|结尾|末句后){_ADD}(?:一句|一段)?[，,]?(?:内容为)?{_COLON}(?P<new>{Q})", s)
        if m:
            eids = self.refs(m["refs"], m["sub"])
            loc = self.q(m["loc"], item) if m["loc"] else ""
            self._set(eids[0], loc)
            return [Operation(OpKind.INSERT_WORDS, e, self.q(m["new"], item), place="end", locator=loc) for e in eids], m.end()
        return None

    def _replace_words(self, s: str, item: _Item) -> tuple[list[Operation], int] | None:
        m = re.match(rf"将?(?:{_TARGET})?{_NTH}(?P<old>{_WORDS}){_CHANGE}{_COLON}(?P<new>{Q})", s)
        if not m:
            return None
        if not (m["refs"] or m["sub"]) and not self.ctx.target and not self.ctx.loc:
            return None  # 将“三、技术转让合同”修改为：a unit found by its words (_replace_unit)
        eids = self.refs(m["refs"], m["sub"]) if m["refs"] or m["sub"] else self.refs(None)
        loc = self.q(m["loc"], item) if m["loc"] else (self.ctx.loc if not m["refs"] or self._is_relative(m["refs"]) else "")
        self._set(eids[0], loc)
        nth = _num(m["nth"]) if m["nth"] else None
        new = self.q(m["new"], item)
        return [Operation(OpKind.REPLACE_WORDS, e, new, old, nth, locator=loc)
                for e in eids for old in self.words(m["old"], item)], m.end()  # fmt: skip

    def _replace_unit(self, s: str, item: _Item) -> tuple[list[Operation], int] | None:
        m = re.match(rf"将?{_LAW}(?P<refs>{_REFS})(?:(?P<loc>{Q})中的?)?(?P<sub>第[（(]?{_N}[）)]?(?:款|项|目))?{_CHANGE}{_COLON}(?P<new>{Q})", s)
        if m and (m["refs"] or m["sub"]):
            eids = self.refs(m["refs"], m["sub"])
            loc = self.q(m["loc"], item) if m["loc"] else ""
            self._set(eids[0], loc)
            return [Operation(OpKind.REPLACE, e, self.q(m["new"], item), locator=loc) for e in eids], m.end()
        m = re.match(rf"将?(?P<loc>{Q}){_CHANGE}{_COLON}(?P<new>{Q})", s)
        if m:
            self._set("", self.q(m["loc"], item))
            return [Operation(OpKind.REPLACE, "", self.q(m["new"], item), locator=self.q(m["loc"], item))], m.end()
        return None

    def _delete(self, s: str, item: _Item) -> tuple[list[Operation], int] | None:
        m = re.match(rf"{_DEL}(?:{_TARGET})?{_NTH}(?P<old>{_WORDS})", s) or \
            re.match(rf"将(?:{_TARGET})?{_NTH}(?P<old>{_WORDS}){_DEL}", s)  # fmt: skip
        if m:
            eids = self.refs(m["refs"], m["sub"]) if m["refs"] or m["sub"] else self.refs(None)
            loc = self.q(m["loc"], item) if m["loc"] else ""
            self._set(eids[0], loc)
            nth = _num(m["nth"]) if m["nth"] else None
            return [Operation(OpKind.DELETE_WORDS, e, "", old, nth, locator=loc)
                    for e in eids for old in self.words(m["old"], item)], m.end()  # fmt: skip
        m = re.match(rf"{_DEL}{_LAW}(?P<refs>{_REFS})", s) or re.match(rf"将{_LAW}(?P<refs>{_REFS}){_DEL}", s)
        if m and m["refs"]:
            eids = [self._address(p) for p in re.split(r"、|以及|和|及", m["refs"])]
            self._set(eids[-1])
            return [Operation(OpKind.DELETE, e) for e in eids], m.end()
        return None


# -- English: what ``export --format amendment --lang en`` writes, and EU-style forms -----
# (a bill's sections: Section 5, Section 5A for the first put in after section 5)
_EN_ART = r"(?:Article|Section)\s+(?P<art>\d+(?:-\d+)?[a-zA-Z]?)(?:\((?P<para>\d+)\))?"


def _en_number(number: str) -> str:
    """The eid number of an article or section as cited: 5, 5-1; 5a and a bill's 5A are 5-1, the first
    put in after 5 (as the English profile numbers them when it splits the law)."""
    return f"{number[:-1]}-{ord(number[-1].upper()) - 64}" if number[-1].isalpha() else number


def _en_eid(m: re.Match[str], group: str = "art") -> str:
    eid = f"art_{_en_number(m[group])}"
    return eid + (f"__para_{m['para']}" if m.groupdict().get("para") else "")


def _read_en(reader: _Reader, item: _Item) -> None:
    skel = "".join(item.skeleton).strip()
    words = lambda tok: item.quotes[int(tok[1:-1])]  # noqa: E731
    patterns: list[tuple[str, object]] = [
        (rf"^{_EN_ART}\s+is\s+(?:amended\s+to\s+read|replaced\s+by\s+the\s+following)\s*:?\s*(?P<new>{Q})\.?$",
         lambda m: [Operation(OpKind.REPLACE, _en_eid(m), words(m["new"]))]),
        (rf"^In\s+{_EN_ART},\s+(?P<old>{Q})\s+is\s+replaced\s+by\s+(?P<new>{Q})\.?$",
         lambda m: [Operation(OpKind.REPLACE_WORDS, _en_eid(m), words(m["new"]), words(m["old"]))]),
        (rf"^In\s+{_EN_ART},\s+(?P<old>{Q})\s+is\s+deleted\.?$",
         lambda m: [Operation(OpKind.DELETE_WORDS, _en_eid(m), "", words(m["old"]))]),
        (rf"^{_EN_ART}\s+is\s+deleted\.?$", lambda m: [Operation(OpKind.DELETE, _en_eid(m))]),
        (rf"^The\s+following\s+(?:Article|Section)\s+(?P<new_art>\d+(?:-\d+)?[A-Za-z]?)\s+is\s+inserted\s+after\s+{_EN_ART}\s*:?\s*(?P<new>{Q})\.?$",
         lambda m: [Operation(OpKind.INSERT, _en_eid(m), words(m["new"]), place="after", number=f"art_{_en_number(m['new_art'])}")]),
        (r"^(?:The\s+)?(?:Articles|Sections|paragraphs\s+and\s+items|paragraphs|items)\s+(?:are|shall\s+be)\s+"
         r"renumbered\s+accordingly\.?$", lambda m: [Operation(OpKind.RESEQUENCE)]),
        (r"^(?:This\s+(?:Amendment|Decision)\s+(?:shall\s+)?(?:enter|come)s?\s+into\s+force.*|.*(?:is|are)\s+amended\s+as\s+follows\s*:?)$",
         None),
    ]  # fmt: skip
    for pattern, build in patterns:
        if m := re.match(pattern, skel, re.S):
            if build is None:
                reader.clauses.append(Clause(ClauseKind.PREAMBLE, skel, line=item.line))
            else:
                ops = build(m)  # type: ignore[operator]
                reader.ops.extend(replace(op, item=item.label, sentence=skel[:120], line=item.line) for op in ops)
            return
    shown = re.sub(rf"{_QO}\d+{_QC}", "“…”", skel)
    reader.warn(item.line, f"not understood: {shown!r}" + (f" (item {item.label})" if item.label else ""))


def parse_instrument(source: Source) -> Instrument:
    """The operations of an instrument read by an importer (.md, .txt, .docx)."""
    reader = _Reader(source.name)
    paras = [(b.display.strip(), b.line) for b in source.blocks if b.rows is None and b.display.strip()]
    title = source.title
    front: list[str] = list(source.front_matter)
    while paras and not title and not _ITEM_MARK.match(paras[0][0]) and not _INSTRUCTION_START.search(paras[0][0]):
        title = paras.pop(0)[0]
    while paras and _FRONT.match(paras[0][0]):
        front.append(paras.pop(0)[0])
    english = any(_EN_INSTRUCTION.match(t) for t, _ in paras)
    for item in reader.items(paras):
        try:
            if english:
                _read_en(reader, item)
            else:
                reader.read(item)
        except (CitationError, ValueError) as exc:
            reader.warn(item.line, f"cannot read the units named in item {item.label or '?'}: {exc}")
    for block in source.blocks:
        if block.rows is not None:
            reader.warn(block.line, "a table in an amendment instrument is not read", "table")
    laws = tuple(dict.fromkeys(reader.laws))
    return Instrument(title, source.name, tuple(reader.ops), tuple(reader.clauses), laws,
                      tuple(reader.unrecognised), source.diagnostics)  # fmt: skip


def load_instrument(path: str | Path, encoding: str | None = None) -> Instrument:
    """Read an instrument file (.md, .txt, .docx) into operations."""
    from ..registry import read_source

    return parse_instrument(read_source(path, encoding))


def instrument_from_text(text: str, name: str = "<text>") -> Instrument:
    """Parse an instrument given as a string (markdown with ``# title`` or plain lines)."""
    from ..drafts.markdown import markdown_source

    return parse_instrument(markdown_source(text, name))


def check_instrument(instrument: Instrument, path: str) -> None:
    """InputError listing every unrecognised sentence (file:line: …): nothing is applied."""
    if instrument.unrecognised:
        lines = [f"{path}:{d.line}: {d.message}" if d.line else f"{path}: {d.message}" for d in instrument.unrecognised]
        raise InputError(path, "\n".join([f"{len(lines)} sentence(s) not understood; nothing was applied", *lines]))
