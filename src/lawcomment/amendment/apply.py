"""Apply an instrument's operations to a base law, giving the amended law and a report.

The law is edited as a list of segments (a heading, an article, the preamble) holding
their lines, then rendered to markdown and parsed again: the amended Draft is exactly
what its text reads as, eids and cross-references included.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..drafts.anchors import cite
from ..drafts.ids import lettered, split_eid
from ..drafts.markdown import INFO_END, markdown_source
from ..drafts.numerals import NUMERAL_CLASS, int_to_cn
from ..drafts.parse import parse_source
from ..drafts.profiles import Profile
from ..errors import AmendmentError
from ..model import Draft, Kind, Severity, Unit
from ..registry import get_profile
from ..review.align import renumber as renumber_citations
from ..review.phrases import inside_number
from .model import Instrument, Operation, OpKind
from .parse import check_instrument

_ZH_ITEM = re.compile(r"^[（(][一二三四五六七八九十百]+[）)]")
_ZH_SUBITEM = re.compile(r"^\d+[.．、](?!\d)")
_ARTICLE_LINE = re.compile(rf"^第{NUMERAL_CLASS}+条(?:之{NUMERAL_CLASS}+)?[\s\u3000]")
_CONTAINER_LINE = re.compile(rf"^第({NUMERAL_CLASS}+)(编|分编|章|节)[\s\u3000]*(.*)$")
_KIND_OF = {"编": Kind.PART, "分编": Kind.SUBPART, "章": Kind.CHAPTER, "节": Kind.SECTION}
_SUFFIX = {Kind.PART: "编", Kind.SUBPART: "分编", Kind.CHAPTER: "章", Kind.SECTION: "节"}


@dataclass(eq=False)
class _Seg:
    kind: Kind
    origin: str  # eid in the base law ("" for a new unit)
    label: str = ""
    num: str | None = None
    heading: str = ""
    lines: list[str] = field(default_factory=list)
    depth: int = 0
    parent: _Seg | None = None
    raw: list[str] = field(default_factory=list)  # tables, annexes: markdown kept verbatim
    new_eid: str = ""  # the eid an inserted unit was announced with
    touched: str = ""  # the item of the instrument that last changed it


@dataclass(frozen=True, slots=True)
class AmendReport:
    """What applying an instrument did.

    ``eids`` maps every article of the base to its eid in the result ("" when deleted);
    ``added`` lists new articles; ``references`` the cross-references rewritten by a
    renumbering, as (eid, before, after); ``changed`` the articles whose text changed.
    """

    operations: int
    eids: tuple[tuple[str, str], ...]
    added: tuple[str, ...]
    deleted: tuple[str, ...]
    changed: tuple[str, ...]
    renumbered: tuple[tuple[str, str], ...]
    references: tuple[tuple[str, str, str], ...]
    warnings: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"operations": self.operations, "eids": dict(self.eids), "added": list(self.added),
                "deleted": list(self.deleted), "changed": list(self.changed),
                "renumbered": [list(p) for p in self.renumbered],
                "references": [list(r) for r in self.references], "warnings": list(self.warnings)}  # fmt: skip


def _article_label(num: str, noun: str | None = None) -> str:
    """第五条之一; in an English law, as its articles are labelled: Article 5a, or a bill's Section 5A."""
    base, _, sub = num.partition("-")
    if noun is not None:
        word, stop = noun.rstrip("."), "." if noun.endswith(".") else ""
        return f"{word} {lettered(num, word == 'Section')}{stop}"
    return f"第{int_to_cn(int(base))}条" + (f"之{int_to_cn(int(sub))}" if sub else "")


def _num_of(eid: str) -> str:
    return split_eid(eid)[-1][1]


def _fail(op: Operation, message: str) -> AmendmentError:
    return AmendmentError(f"{op.where}: {message} ({op.sentence or op.kind})")


class _Doc:
    """The law as segments, with the edits every operation needs."""

    def __init__(self, draft: Draft, profile: Profile) -> None:
        self.draft = draft
        self.profile = profile
        self.title = draft.title
        self.segs: list[_Seg] = []
        self.sep = " " if profile.language == "en" else ""
        # how an English law labels its articles (Section 5, Article 5): a new one is labelled alike
        first = next((u.label for u in draft.walk() if u.kind is Kind.ARTICLE), "")
        self.noun = (first.split()[0] if first.split() and first.split()[0] in ("Section", "Article") else "Article") \
            if profile.language == "en" else None  # fmt: skip
        if self.noun is not None and first.endswith("."):  # (Section 2. as the bill prints it: Section 2B. too)
            self.noun += "."
        self.deleted: dict[str, str] = {}  # base eid → item that deleted it
        self.spans: dict[int, list[tuple[int, int, str]]] = {}  # id(seg)/line → edited spans
        self.replaced: dict[str, str] = {}  # unit address → item that rewrote it
        self.warnings: list[str] = []
        for unit in draft.units:
            self._load(unit, 0, None)

    # -- loading and rendering ---------------------------------------------------
    def _body(self, unit: Unit) -> list[str]:
        from ..drafts.markdown import render_markdown

        text = render_markdown(Draft("x", self.draft.profile, "", (Unit(Kind.PREAMBLE, "preamble", children=(
            Unit(Kind.PARAGRAPH, "", text=unit.text, children=unit.children, tail=unit.tail),)),)))
        body = text.split(INFO_END, 1)[1]
        return [line for line in body.split("\n") if line.strip()]

    def _load(self, unit: Unit, depth: int, parent: _Seg | None) -> None:
        if unit.kind.is_container:
            seg = _Seg(unit.kind, unit.eid, unit.label, unit.num, unit.heading,
                       [x for x in unit.text.split("\n") if x.strip()], depth, parent)  # fmt: skip
            self.segs.append(seg)
            for child in unit.children:
                self._load(child, depth + 1, seg)
            if unit.tail:
                self.segs.append(_Seg(Kind.TABLE, "", raw=[x for x in unit.tail.split("\n") if x.strip()], parent=seg))
        elif unit.kind is Kind.ARTICLE:
            self.segs.append(_Seg(Kind.ARTICLE, unit.eid, unit.label, unit.num, unit.heading, self._body(unit),
                                  depth, parent))  # fmt: skip
        elif unit.kind is Kind.PREAMBLE:
            self.segs.append(_Seg(Kind.PREAMBLE, unit.eid, heading=unit.heading, lines=self._body(unit), depth=depth))
        else:
            from ..drafts.markdown import render_markdown

            body = render_markdown(Draft("x", self.draft.profile, "", (unit,))).split(INFO_END, 1)[1]
            self.segs.append(_Seg(unit.kind, unit.eid, raw=[x for x in body.split("\n") if x.strip()], parent=parent))

    def render(self) -> str:
        out = [f"# {self.title or '（无标题）'}", ""]
        for line in self.draft.front_matter:
            out += [line, ""]
        out += [INFO_END, ""]
        for seg in self.segs:
            if seg.kind.is_container:
                joined = seg.label + (" " if seg.label and seg.heading else "") + seg.heading
                out += ["#" * min(seg.depth + 2, 6) + " " + joined, ""]
                for line in seg.lines:
                    out += [line, ""]
            elif seg.kind is Kind.ARTICLE:
                lines = list(seg.lines) or [""]
                if seg.heading:
                    out += [seg.label, "", seg.heading, ""]
                else:
                    lines[0] = f"{seg.label} {lines[0]}".rstrip()
                for line in lines:
                    if line:
                        out += [line, ""]
            elif seg.kind is Kind.PREAMBLE:
                if seg.heading:
                    out += ["## " + seg.heading, ""]
                for line in seg.lines:
                    out += [line, ""]
            else:
                out += seg.raw + [""]
        return "\n".join(out).rstrip("\n") + "\n"

    # -- finding units -------------------------------------------------------------
    def articles(self) -> list[_Seg]:
        return [s for s in self.segs if s.kind is Kind.ARTICLE]

    def seg(self, eid: str, op: Operation) -> _Seg:
        if eid in self.deleted:
            raise _fail(op, f"{cite(eid)} was deleted by item {self.deleted[eid]}")
        for seg in self.segs:
            if seg.origin == eid or seg.new_eid == eid:
                return seg
        if not eid.startswith("art_"):
            found = [s for s in self.segs if s.kind.is_container and s.origin.endswith("__" + eid)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise _fail(op, f"{cite(eid)} is ambiguous here ({', '.join(s.origin for s in found)})")
        raise _fail(op, f"{cite(eid)} does not exist in the base law")

    def groups(self, seg: _Seg) -> list[tuple[int, int]]:
        """(start, end) line ranges of the paragraphs (款) of an article."""
        out: list[tuple[int, int]] = []
        para = self.profile.paragraph
        for i, line in enumerate(seg.lines):
            is_child = bool(_ZH_ITEM.match(line) or _ZH_SUBITEM.match(line)) if self.profile.language == "zh" else \
                bool(self.profile.item and self.profile.item.pattern.match(line) or
                     self.profile.subitem and self.profile.subitem.pattern.match(line))  # fmt: skip
            starts = not is_child and (para is None or para.pattern.match(line) or not out)
            if starts or not out:
                out.append((i, i + 1))
            else:
                out[-1] = (out[-1][0], i + 1)
        return out

    def items(self, seg: _Seg, start: int, end: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for i in range(start + 1, end):
            line = seg.lines[i]
            if _ZH_ITEM.match(line) or (self.profile.language == "en" and self.profile.item
                                        and self.profile.item.pattern.match(line)):  # fmt: skip
                out.append((i, i + 1))
            elif out:
                out[-1] = (out[-1][0], i + 1)
        return out

    def span(self, eid: str, op: Operation, locator: str = "") -> tuple[_Seg, int, int, str]:
        """The segment and line range a unit address covers, and the address checked."""
        if eid == "title":
            raise _fail(op, "the title is not a unit")
        comps = eid.split("__")
        if comps[0].startswith("preamble"):
            seg = next((s for s in self.segs if s.kind is Kind.PREAMBLE), None)
            if seg is None:
                raise _fail(op, "the base law has no preamble (引言/序言)")
            if len(comps) == 1:
                return seg, 0, len(seg.lines), eid
            n = int(comps[1].split("_")[1])
            if n > len(seg.lines):
                raise _fail(op, f"the preamble has {len(seg.lines)} paragraph(s), not {n}")
            return seg, n - 1, n, eid
        if not comps[0].startswith("art_"):
            seg = self.seg(eid, op)
            return seg, 0, len(seg.lines), eid
        seg = self.seg(comps[0], op)
        start, end = 0, len(seg.lines)
        rest = comps[1:]
        if locator:
            hits = [(a, b) for a, b in self.groups(seg) if locator in "\n".join(seg.lines[a:b])]
            if not hits:
                raise _fail(op, f"“{locator}” is not in {cite(comps[0])}")
            start, end = hits[0]
            rest = [c for c in rest if not c.startswith("para_")]
        elif rest and rest[0].startswith("item_"):
            with_items = [(a, b) for a, b in self.groups(seg) if self.items(seg, a, b)]
            if len(with_items) != 1:
                raise _fail(op, f"{cite(eid)}: say which paragraph of {cite(comps[0])} the item is in")
            start, end = with_items[0]
        for comp in rest:
            kind, _, num = comp.partition("_")
            k = int(num.split("_")[0])
            ranges = self.groups(seg)[:] if kind == "para" else self.items(seg, start, end)
            ranges = [(a, b) for a, b in ranges if a >= start and b <= end]
            if k > len(ranges):
                raise _fail(op, f"{cite(eid)} does not exist in the base law "
                                f"({cite(comps[0])} has {len(ranges)} {'paragraph' if kind == 'para' else 'item'}(s))")  # fmt: skip
            start, end = ranges[k - 1]
        return seg, start, end, eid

    def find_by_words(self, words: str, op: Operation) -> tuple[_Seg, int, int]:
        flat = re.sub(r"\s+", "", words)
        for seg in self.segs:
            if seg.kind.is_container and re.sub(r"\s+", "", seg.label + seg.heading) == flat:
                return seg, -1, -1
            for i, line in enumerate(seg.lines):
                if re.sub(r"\s+", "", line) == flat:
                    return seg, i, i + 1
        raise _fail(op, f"no heading or paragraph reads “{words}”")

    # -- editing ------------------------------------------------------------------
    def text(self, seg: _Seg, start: int, end: int) -> str:
        return "\n".join(seg.lines[start:end])

    def set_text(self, seg: _Seg, start: int, end: int, text: str) -> None:
        seg.lines[start:end] = [x for x in text.split("\n") if x.strip()] if text else []

    def claim(self, key: str, op: Operation, whole: bool) -> None:
        if key in self.replaced and (whole or self.replaced[key].startswith("!")):
            raise _fail(op, f"two edits of the same span: {cite(key.lstrip('!'))} is also rewritten by item "
                            f"{self.replaced[key].lstrip('!')}")  # fmt: skip
        if whole:
            for other in list(self.replaced):
                if other.startswith(key + "__") or key.startswith(other + "__"):
                    raise _fail(op, f"two edits of the same span: {cite(key)} and {cite(other)} (item {self.replaced[other]})")
            self.replaced[key] = "!" + (op.item or "?")
        else:
            self.replaced.setdefault(key, op.item or "?")


def _before_it(eid: str, head: str, sub: int) -> bool:
    """Whether ``eid`` is an article added after ``head`` with a smaller 之 number than ``sub``."""
    got, _, k = eid.partition("-")
    return got == head and k.isdigit() and int(k) < sub


def _relabel_items(doc: _Doc, seg: _Seg, start: int, end: int) -> None:
    for k, (a, _) in enumerate(doc.items(seg, start, end), 1):
        seg.lines[a] = _ZH_ITEM.sub(f"（{int_to_cn(k)}）", seg.lines[a], count=1)


class _Applier:
    def __init__(self, doc: _Doc) -> None:
        self.doc = doc
        self.resequence = False
        self.renames: dict[str, str] = {}  # article origin → new num (explicit)
        self.container_renames: list[tuple[_Seg, str]] = []
        self.item_checks: list[tuple[Operation, str, str]] = []
        self.restated: list[tuple[Operation, _Seg, int, int, str]] = []
        self.positional: list[tuple[Operation, list[_Seg]]] = []  # 增加一条，作为第N条: placed last

    def run(self, ops: Sequence[Operation]) -> None:
        for op in ops:
            getattr(self, "_" + op.kind.value.replace("-", "_"))(op)

    # each handler takes one operation
    def _words(self, op: Operation) -> tuple[_Seg, int, int, str]:
        if op.target == "title":
            return _Seg(Kind.PREAMBLE, "title", lines=[self.doc.title]), 0, 1, "title"
        if not op.target and op.locator:
            seg, a, b = self.doc.find_by_words(op.locator, op)
            return seg, a, b, seg.origin
        return self.doc.span(op.target, op, op.locator)

    def _edit_words(self, op: Operation, new: str, where: str = "") -> None:
        seg, a, b, key = self._words(op)
        text = self.doc.text(seg, a, b)
        if op.place == "end":
            self.doc.claim(key + "#end", op, False)
            self._put(seg, a, b, text + new, op)
            return
        found = [m.start() for m in re.finditer(re.escape(op.old), text)]
        # never a piece of a larger number or a citation's number (十万元以上 of 二十万元以上)
        hits = [k for k in found if not inside_number(text, k, k + len(op.old))]
        if not hits:
            where = cite(op.target) if op.target else "the unit"
            if found:
                raise _fail(op, f"the words “{op.old}” stand in {where} only inside a larger number or a citation's "
                                "number: quote the whole number")  # fmt: skip
            raise _fail(op, f"the words “{op.old}” are not in {where}")
        if op.occurrence is not None:
            if op.occurrence > len(hits):
                raise _fail(op, f"“{op.old}” occurs {len(hits)} time(s) in {cite(op.target)}, not {op.occurrence}")
            hits = [hits[op.occurrence - 1]]
        key_spans = self.doc.spans.setdefault(id(seg) * 1000 + a, [])
        for start in hits:
            end = start + len(op.old)
            for s, e, item in key_spans:
                if start < e and s < end:
                    raise _fail(op, f"two edits of the same span: “{op.old}” in {cite(op.target)} overlaps the "
                                    f"edit of item {item}")  # fmt: skip
        self.doc.claim(key, op, False)
        out, at, delta = [], 0, 0
        for start in hits:
            end = start + len(op.old)
            piece = {"replace": new, "before": new + op.old, "after": op.old + new, "delete": ""}[where]
            out += [text[at:start], piece]
            at = end
            shifted = [(s + (len(piece) - (end - start)) if s >= end else s, e + (len(piece) - (end - start)) if e >= end else e, i)
                       for s, e, i in key_spans]  # fmt: skip
            key_spans[:] = shifted
            key_spans.append((start + delta, start + delta + len(piece), op.item or "?"))
            delta += len(piece) - (end - start)
        out.append(text[at:])
        self._put(seg, a, b, "".join(out), op)

    def _put(self, seg: _Seg, a: int, b: int, text: str, op: Operation) -> None:
        if seg.origin == "title":
            self.doc.title = text
            return
        self.doc.set_text(seg, a, b, text)
        seg.touched = op.item or "?"

    def _replace_words(self, op: Operation) -> None:
        self._edit_words(op, op.text, "replace")

    def _delete_words(self, op: Operation) -> None:
        self._edit_words(op, "", "delete")

    def _insert_words(self, op: Operation) -> None:
        self._edit_words(op, op.text, op.place if op.place in ("before", "after") else "end")

    def _replace(self, op: Operation) -> None:
        if not op.target and op.locator:
            seg, a, b = self.doc.find_by_words(op.locator, op)
            if a < 0:
                found = _CONTAINER_LINE.match(op.text) or re.match(r"^(?P<l>[一二三四五六七八九十]+、)\s*(?P<h>.*)$", op.text)
                seg.heading = found.groups()[-1] if found else op.text
                seg.touched = op.item or "?"
                return
            self.doc.claim(f"{seg.origin}#{a}", op, True)
            self._put(seg, a, b, op.text, op)
            return
        seg, a, b, key = self.doc.span(op.target, op, op.locator)
        self.doc.claim(key, op, True)
        text = op.text
        old = self.doc.text(seg, a, b)
        if "__item_" in key and (m := _ZH_ITEM.match(old)) and not _ZH_ITEM.match(text):
            text = m.group(0) + text  # 将第三项修改为：“…” gives the words without the label
        self._put(seg, a, b, text, op)

    def _restate(self, op: Operation) -> None:
        seg, a, b, _ = self.doc.span(op.target, op, op.locator)
        self.restated.append((op, seg, a, b, op.text))

    def _rename(self, op: Operation) -> None:
        seg = self.doc.seg(op.target, op)
        seg.heading = op.text
        seg.touched = op.item or "?"

    def _delete(self, op: Operation) -> None:
        if op.target.startswith("art_") and "__" not in op.target:
            seg = self.doc.seg(op.target, op)
            self.doc.claim(op.target, op, True)
            self.doc.segs.remove(seg)
            self.doc.deleted[op.target] = op.item or "?"
            return
        if not op.target.startswith(("art_", "preamble")):
            seg = self.doc.seg(op.target, op)
            self.doc.claim(op.target, op, True)
            idx = self.doc.segs.index(seg)
            inner = [s for s in self.doc.segs[idx + 1:] if self._inside(s, seg)]
            if any(s.kind is Kind.ARTICLE for s in inner):
                raise _fail(op, f"{cite(op.target)} still holds articles; delete them first or move them")
            self.doc.segs.remove(seg)
            self.doc.deleted[op.target] = op.item or "?"
            return
        seg, a, b, key = self.doc.span(op.target, op, op.locator)
        self.doc.claim(key, op, True)
        parent = None
        if "__item_" in key:
            groups = [(x, y) for x, y in self.doc.groups(seg) if x <= a and b <= y]
            parent = groups[0] if groups else None
        del seg.lines[a:b]
        seg.touched = op.item or "?"
        if parent is not None:
            _relabel_items(self.doc, seg, parent[0], parent[1] - (b - a))
        if not seg.lines:
            raise _fail(op, f"deleting {cite(key)} leaves {cite(seg.origin)} empty; delete the article instead")

    @staticmethod
    def _inside(seg: _Seg, container: _Seg) -> bool:
        p = seg.parent
        while p is not None:
            if p is container:
                return True
            p = p.parent
        return False

    def _insert(self, op: Operation) -> None:
        numbers = [n for n in op.number.split(",") if n]
        kind = split_eid(numbers[0])[-1][0] if numbers else Kind.ARTICLE
        if kind in (Kind.PARAGRAPH, Kind.ITEM):
            self._insert_child(op, kind, numbers)
        elif kind.is_container:
            self._insert_container(op, kind, numbers[0])
        else:
            self._insert_articles(op, numbers)

    def _insert_child(self, op: Operation, kind: Kind, numbers: list[str]) -> None:
        art = op.target.split("__")[0]
        seg = self.doc.seg(art, op)
        texts = [x for x in op.text.split("\n") if x.strip()]
        if kind is Kind.PARAGRAPH:
            position = int(numbers[0].rsplit("_", 1)[1])
            groups = self.doc.groups(seg)
            if position > len(groups) + 1:
                raise _fail(op, f"{cite(art)} has {len(groups)} paragraph(s); a new one cannot be paragraph {position}")
            at = groups[position - 1][0] if position <= len(groups) else len(seg.lines)
            seg.lines[at:at] = texts
        else:
            _, a, b, _ = self.doc.span(op.target if "__para_" in op.target else art, op, op.locator)
            if "__para_" not in op.target and not op.locator:
                with_items = [(x, y) for x, y in self.doc.groups(seg) if self.doc.items(seg, x, y)]
                if len(with_items) != 1:
                    raise _fail(op, f"say which paragraph of {cite(art)} the new item goes in")
                a, b = with_items[0]
            items = self.doc.items(seg, a, b)
            position = int(numbers[0].rsplit("_", 1)[1])
            if position > len(items) + 1:
                raise _fail(op, f"the list in {cite(art)} has {len(items)} item(s); a new one cannot be item {position}")
            at = items[position - 1][0] if position <= len(items) else b
            if not _ZH_ITEM.match(texts[0]):
                texts[0] = f"（{int_to_cn(position)}）" + texts[0]
            last = items[-1][1] - 1 if items and position == len(items) + 1 else None
            # (a list whose 项 end with ；, the last with 。: never a list of definitions, each ending with 。)
            closed = all(seg.lines[y - 1].endswith("；") for _, y in items[:-1])
            if last is not None and closed and seg.lines[last].endswith("。") and texts[-1].endswith("。") and \
                    self.doc.profile.language != "en":  # fmt: skip
                # a 项 put in at a list's end: the 项 before it ends with ；now, as the drafting convention
                # the NPC's instruments leave unsaid has it (增加一项，作为第七项), said in the report
                seg.lines[last] = seg.lines[last][:-1] + "；"
                self.doc.warnings.append(f"{op.where}: the 。 that ended the list before the new last 项 is ；now")
            seg.lines[at:at] = texts
            _relabel_items(self.doc, seg, a, b + len(texts))
        seg.touched = op.item or "?"

    def _insert_container(self, op: Operation, kind: Kind, number: str) -> None:
        n = int(number.rsplit("_", 1)[1])
        parent = self.doc.seg(op.target, op) if op.target and op.place == "in" else None
        siblings = [s for s in self.doc.segs if s.kind is kind and s.parent is parent
                    and (parent is None or self._inside(s, parent))]  # fmt: skip
        label = f"第{int_to_cn(n)}{_SUFFIX[kind]}"
        if op.place == "after" and op.target:
            anchor = self.doc.seg(op.target, op)
            idx = self.doc.segs.index(anchor) + 1
            while idx < len(self.doc.segs) and self._inside(self.doc.segs[idx], anchor):
                idx += 1
            parent, depth = anchor.parent, anchor.depth
        elif n <= len(siblings):
            idx, depth = self.doc.segs.index(siblings[n - 1]), siblings[n - 1].depth
        else:
            idx = self.doc.segs.index(parent) + 1 if parent else len(self.doc.segs)
            while parent is not None and idx < len(self.doc.segs) and self._inside(self.doc.segs[idx], parent):
                idx += 1
            depth = parent.depth + 1 if parent else 0
        heading = re.sub(rf"^第{NUMERAL_CLASS}+{_SUFFIX[kind]}\s*", "", op.text.split("\n")[0]) if op.text else ""
        seg = _Seg(kind, "", label, str(n), heading, [], depth, parent, new_eid=number, touched=op.item or "?")
        self.doc.segs.insert(idx, seg)

    def _insert_articles(self, op: Operation, numbers: list[str]) -> None:
        pieces = self._split_articles(op, numbers)
        parent: _Seg | None
        if op.old:  # the articles open the container this item just added (宪法修正案 第五十二条)
            home = self.doc.seg(op.old, op)
            idx, parent = self.doc.segs.index(home) + 1, home
        elif op.target:
            anchor = self.doc.seg(op.target, op)
            idx = self.doc.segs.index(anchor) + (0 if op.place == "before" else 1)
            parent = anchor.parent
            head, _, sub = (numbers[0] if numbers else "").partition("-")
            if op.place != "before" and head == op.target and sub.isdigit():
                # 在第四十九条后增加一条，作为第四十九条之二, after an item that added 之一 there: after 之一, in
                # the order the numbers say (a trial's instrument put them in backwards)
                while idx < len(self.doc.segs) and _before_it(self.doc.segs[idx].new_eid or "", head, int(sub)):
                    idx += 1
        else:
            idx, parent = -1, None
        made = []
        for number, lines in pieces:
            num = _num_of(number) if number else ""
            seg = _Seg(Kind.ARTICLE, "", _article_label(num, self.doc.noun) if num else "", num or None, "", lines,
                       parent.depth + 1 if parent else 0, parent, new_eid=number, touched=op.item or "?")  # fmt: skip
            made.append(seg)
        if idx < 0:
            self.positional.append((op, made))
            return
        if op.target and any(s.new_eid == n for n in numbers for s in self.doc.segs):
            raise _fail(op, f"{cite(numbers[0])} is added twice")
        self.doc.segs[idx:idx] = made

    def _split_articles(self, op: Operation, numbers: list[str]) -> list[tuple[str, list[str]]]:
        lines = [x for x in op.text.split("\n") if x.strip()]
        if lines and _CONTAINER_LINE.match(lines[0]):
            lines = lines[1:]  # the heading of the container added just before
        starts = [i for i, x in enumerate(lines) if _ARTICLE_LINE.match(x)]
        if not starts or starts[0] != 0:
            if len(numbers) > 1:
                raise _fail(op, f"{len(numbers)} articles are announced but their text is not split into 第X条 lines")
            return [(numbers[0] if numbers else "", lines)]
        out = []
        for k, s in enumerate(starts):
            e = starts[k + 1] if k + 1 < len(starts) else len(lines)
            first = re.sub(rf"^第{NUMERAL_CLASS}+条(?:之{NUMERAL_CLASS}+)?[\s\u3000]+", "", lines[s])
            out.append((numbers[k] if k < len(numbers) else "", [first, *lines[s + 1:e]]))
        if numbers and len(out) != len(numbers):
            raise _fail(op, f"{len(numbers)} article(s) announced, {len(out)} given")
        return out

    def _renumber(self, op: Operation) -> None:
        for old, new in op.mapping:
            kind = split_eid(old)[-1][0]
            if kind is Kind.ARTICLE:
                self.doc.seg(old, op)
                self.renames[old] = _num_of(new)
            elif kind.is_container:
                seg = self.doc.seg(old, op)
                self.container_renames.append((seg, _num_of(new)))
            else:
                self.item_checks.append((op, old, new))

    def _resequence(self, op: Operation) -> None:
        self.resequence = True

    # -- after every operation -----------------------------------------------------
    def finish(self) -> dict[str, str]:
        doc = self.doc
        for op, seg, a, b, text in self.restated:
            got = "\n".join(seg.lines[a:b])
            if re.sub(r"\s+", "", got) != re.sub(r"\s+", "", text):
                doc.warnings.append(f"{op.where}: the edits before it do not give the restated text of "
                                    f"{cite(op.target)}; the restated text is used")  # fmt: skip
                doc.set_text(seg, a, b, text)
        for op, old, new in self.item_checks:
            self._check_item(op, old, new)
        for seg, num in self.container_renames:
            seg.num, seg.label = num, f"第{int_to_cn(int(num))}{_SUFFIX[seg.kind]}"
        for op, made in self.positional:
            self._place(op, made)
        mapping: dict[str, str] = {}
        for seg in doc.articles():
            if seg.origin in self.renames:
                mapping[seg.num or ""] = self.renames[seg.origin]
                seg.num, seg.label = self.renames[seg.origin], _article_label(self.renames[seg.origin], doc.noun)
        self._move_renamed()
        if not self.resequence:
            seen: dict[str, _Seg] = {}
            for seg in doc.articles():
                if seg.num in seen:
                    item = seg.touched if not seg.origin else seen[seg.num or ""].touched
                    raise AmendmentError(f"item {item or '?'}: {seg.label} would exist twice; the instrument neither "
                                         "renumbers (条文顺序作相应调整) nor uses 之一")  # fmt: skip
                seen[seg.num or ""] = seg
        if self.resequence:
            for n, seg in enumerate(doc.articles(), 1):
                if seg.num != str(n):
                    if seg.origin:
                        mapping[seg.num or ""] = str(n)
                    seg.num, seg.label = str(n), _article_label(str(n), doc.noun)
            for kind in (Kind.PART, Kind.SUBPART, Kind.CHAPTER, Kind.SECTION):
                counters: dict[int, int] = {}
                for seg in doc.segs:
                    if seg.kind is kind and seg.num is not None:
                        key = id(seg.parent) if kind is Kind.SECTION else 0
                        counters[key] = counters.get(key, 0) + 1
                        seg.num, seg.label = str(counters[key]), f"第{int_to_cn(counters[key])}{_SUFFIX[kind]}"
        return mapping

    def _move_renamed(self) -> None:
        """第五条改为第十条 moves the article: it goes after the article numbered just below it."""
        doc = self.doc

        def key(seg: _Seg) -> tuple[int, int]:
            base, _, sub = (seg.num or "0").partition("-")
            return (int(base), int(sub or 0)) if base.isdigit() and (not sub or sub.isdigit()) else (0, 0)

        moved = [s for s in doc.articles() if s.origin in self.renames]
        for seg in moved:
            others = [a for a in doc.articles() if a is not seg]
            before = [a for a in others if key(a) < key(seg)]
            if not others or (before and doc.segs.index(before[-1]) + 1 == doc.segs.index(seg)):
                continue
            if not before and doc.segs.index(seg) < doc.segs.index(others[0]):
                continue
            doc.segs.remove(seg)
            if before:
                anchor = max(before, key=key)
                doc.segs.insert(doc.segs.index(anchor) + 1, seg)
                seg.parent, seg.depth = anchor.parent, anchor.depth
            else:
                first = others[0]
                doc.segs.insert(doc.segs.index(first), seg)
                seg.parent, seg.depth = first.parent, first.depth

    def _check_item(self, op: Operation, old: str, new: str) -> None:
        base = self.doc.draft
        art = old.split("__")[0]
        unit = base.find(art)
        if unit is None:
            raise _fail(op, f"{cite(art)} does not exist in the base law")
        paras = [p for p in unit.children if op.locator and op.locator in p.text] or \
                [p for p in unit.children if any(c.kind is Kind.ITEM for c in p.children)]  # fmt: skip
        n_old, n_new = int(old.rsplit("_", 1)[1]), int(new.rsplit("_", 1)[1])
        items = [c for c in paras[0].children if c.kind is Kind.ITEM] if paras else []
        if n_old > len(items):
            raise _fail(op, f"{cite(old)} does not exist in the base law")
        seg = self.doc.seg(art, op)
        groups = [(a, b) for a, b in self.doc.groups(seg) if not op.locator or op.locator in seg.lines[a]]
        now = self.doc.items(seg, *groups[0]) if groups else []
        want = items[n_old - 1].text
        if n_new > len(now) or _ZH_ITEM.sub("", "\n".join(seg.lines[slice(*now[n_new - 1])])) != want:
            raise _fail(op, f"the instrument says {cite(old)} becomes {cite(new)}, but after the other changes "
                            "it is not there")  # fmt: skip

    def _place(self, op: Operation, made: list[_Seg]) -> None:
        doc = self.doc
        first = made[0]
        n = int((first.num or "0").split("-")[0])
        arts = doc.articles()
        if self.resequence:
            idx_art = arts[n - 2] if 1 < n <= len(arts) + 1 else None
        else:
            if any(a.num == first.num for a in arts):
                raise _fail(op, f"{cite(first.new_eid)} already exists, and the instrument neither renumbers "
                                "(条文顺序作相应调整) nor uses 之一")  # fmt: skip
            idx_art = next((a for a in arts if a.num == str(n - 1)), None)
        if idx_art is None and n > 1:
            raise _fail(op, f"cannot place {cite(first.new_eid)}: there is no article before it")
        idx = doc.segs.index(idx_art) + 1 if idx_art else next(
            (doc.segs.index(a) for a in arts), len(doc.segs))  # fmt: skip
        for seg in made:
            seg.parent = idx_art.parent if idx_art else (arts[0].parent if arts else None)
            seg.depth = (seg.parent.depth + 1) if seg.parent else 0
        doc.segs[idx:idx] = made


def _cross_references(doc: _Doc, mapping: dict[str, str]) -> list[tuple[str, str, str]]:
    """Move every internal 第X条 citation through ``mapping``; (eid, before, after) each."""
    from ..review.align import citations, render_citation

    changes: list[tuple[str, str, str]] = []
    if not mapping:
        return changes
    for seg in doc.articles():
        for i, line in enumerate(seg.lines):
            for m, num in citations(line):
                if mapping.get(num, num) != num:
                    changes.append((f"art_{seg.num}", m.group(0), render_citation(m, mapping[num])))
            seg.lines[i] = renumber_citations(line, mapping)
    return changes


def apply_operations(base: Draft, ops: Sequence[Operation], profile: Profile, name: str = "") -> tuple[Draft, AmendReport]:
    """Apply ``ops`` to ``base``; AmendmentError names the first instruction that cannot be
    applied (nothing is half-applied: the base is never changed)."""
    doc = _Doc(base, profile)
    applier = _Applier(doc)
    applier.run(ops)
    mapping = applier.finish()
    references = _cross_references(doc, mapping)
    return _result(doc, base, profile, name, len(ops), references)


def _result(doc: _Doc, base: Draft, profile: Profile, name: str, count: int,
            references: list[tuple[str, str, str]]) -> tuple[Draft, AmendReport]:  # fmt: skip
    text = doc.render()
    parsed = parse_source(markdown_source(text, name or base.source), profile)
    draft = Draft(parsed.title, parsed.profile, name or base.source, parsed.units, parsed.front_matter, base.toc,
                  (), parsed.diagnostics)  # fmt: skip
    segs = doc.articles()
    arts = draft.articles()
    if len(arts) != len(segs):
        extra = next((a for a, s in zip(arts, segs) if a.unit.label != s.label), arts[-1] if arts else None)
        raise AmendmentError(f"the amended text does not read back as {len(segs)} articles but {len(arts)} "
                             f"(near {extra.unit.label if extra else '?'}): a quoted text holds a line that "
                             "reads as an article or heading")  # fmt: skip
    errors = [d for d in parsed.diagnostics if d.severity is Severity.ERROR]
    if errors:
        raise AmendmentError(f"the amended law does not read back: {errors[0].message}")
    eids = {s.origin: v.unit.eid for s, v in zip(segs, arts) if s.origin}
    survived = [(u.unit.eid, eids.get(u.unit.eid, "")) for u in base.articles()]
    added = tuple(v.unit.eid for s, v in zip(segs, arts) if not s.origin)
    changed = tuple(v.unit.eid for s, v in zip(segs, arts) if s.origin and s.touched)
    renumbered = tuple((o, n) for o, n in survived if n and o != n)
    deleted = tuple(o for o, n in survived if not n)
    report = AmendReport(count, tuple(survived), added, deleted, changed, renumbered, tuple(references),
                         tuple(doc.warnings))  # fmt: skip
    return draft, report


def unapply_operations(amended: Draft, ops: Sequence[Operation], profile: Profile) -> tuple[Draft, list[str]]:
    """Rebuild the law before ``ops`` from the law after them, where that can be done: a
    rewritten unit becomes a placeholder, a word replacement is reversed, an added unit is
    removed. Returns the base and a note for every operation that cannot be undone."""
    doc = _Doc(amended, profile)
    notes: list[str] = []
    for op in reversed(ops):
        try:
            _undo(doc, op)
        except AmendmentError as exc:
            notes.append(f"not undone: {exc}")
    draft, _ = _result(doc, amended, profile, amended.source, 0, [])
    return draft, notes


def placeholder(eid: str) -> str:
    """The text a rewritten unit gets in a rebuilt base: 〔第十七条原文〕."""
    return f"〔{cite(eid)}原文〕"


def _undo(doc: _Doc, op: Operation) -> None:
    kind = op.kind
    if kind is OpKind.REPLACE:
        seg, a, b, key = doc.span(op.target, op, op.locator)
        label = _ZH_ITEM.match(seg.lines[a]) if "__item_" in key else None
        doc.set_text(seg, a, b, (label.group(0) if label else "") + placeholder(key))
    elif kind in (OpKind.REPLACE_WORDS, OpKind.INSERT_WORDS):
        if op.target == "title":
            doc.title = doc.title.replace(op.text, op.old) if kind is OpKind.REPLACE_WORDS else doc.title
            return
        seg, a, b, _ = doc.span(op.target, op, op.locator)
        text = doc.text(seg, a, b)
        if kind is OpKind.REPLACE_WORDS:
            after, before = op.text, op.old
        elif op.place == "end":
            after, before = op.text, ""
        else:
            after = op.text + op.old if op.place == "before" else op.old + op.text
            before = op.old
        if after not in text:
            raise _fail(op, f"“{after[:30]}” is not in {cite(op.target)}")
        doc.set_text(seg, a, b, text.replace(after, before) if op.occurrence is None else
                     text.replace(after, before, 1))  # fmt: skip
    elif kind is OpKind.INSERT:
        numbers = [n for n in op.number.split(",") if n]
        for number in numbers:
            k = split_eid(number)[-1][0]
            if k is Kind.ARTICLE:
                seg = doc.seg(number, op)
                doc.segs.remove(seg)
            elif k is Kind.PARAGRAPH:
                seg, a, b, _ = doc.span(number, op)
                del seg.lines[a:b]
            else:
                raise _fail(op, f"undoing an added {k.value} is not supported")
    elif kind is OpKind.RESTATE:
        return
    else:
        raise _fail(op, f"a {kind.value} cannot be undone")


def apply_instrument(base: Draft, instrument: Instrument, law: str | None = None,
                     name: str = "") -> tuple[Draft, AmendReport]:  # fmt: skip
    """Apply a parsed instrument to ``base``: the amended Draft and what changed.

    An instrument with unrecognised sentences is refused (InputError listing each with its
    line); one amending several laws needs ``law`` (its name, or a unique part of it),
    unless one of them is the base's title. AmendmentError names an instruction that
    cannot be applied; nothing is half-applied.
    """
    check_instrument(instrument, instrument.source)
    return apply_operations(base, _operations_for(instrument, base, law), get_profile(base.profile), name)


def _operations_for(instrument: Instrument, base: Draft, law: str | None) -> tuple[Operation, ...]:
    if len(instrument.laws) <= 1:
        return instrument.operations
    key = law or base.title
    found = [x for x in instrument.laws if x == key] or [x for x in instrument.laws if key and key in x]
    if len(found) != 1:
        listed = "\n".join(f"  {x}" for x in instrument.laws)
        why = f"{law!r} matches {len(found)} of them" if law else "name one with --law"
        raise AmendmentError(f"{instrument.source} amends {len(instrument.laws)} laws; {why}:\n{listed}")
    return instrument.for_law(found[0])
