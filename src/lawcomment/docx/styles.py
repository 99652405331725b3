"""Paragraph styles of a .docx by id: names, basedOn chains, inherited numbering and outline.

Styles are matched by name, never by id: Chinese Word and LibreOffice rewrite ids.
A basedOn chain longer than MAX_STYLE_DEPTH is refused; chains are resolved once per style.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..limits import MAX_STYLE_DEPTH, LimitExceeded
from .numbering import list_level
from .package import W

_W = f"{{{W}}}"


@dataclass(frozen=True, slots=True)
class Style:
    id: str
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None


def paragraph_properties(ppr: etree._Element | None) -> tuple[str | None, int | None, int | None]:
    """(numId, ilvl, outline level) from a w:pPr, each None when absent."""
    if ppr is None:
        return None, None, None
    num_id = ilvl = outline = None
    num = ppr.find(f"{_W}numPr")
    if num is not None:
        nid = num.find(f"{_W}numId")
        lvl = num.find(f"{_W}ilvl")
        num_id = nid.get(f"{_W}val") if nid is not None else None
        ilvl = list_level(lvl.get(f"{_W}val", "0")) if lvl is not None else None
    ol = ppr.find(f"{_W}outlineLvl")
    if ol is not None:
        outline = int(ol.get(f"{_W}val", "9"))
    return num_id, ilvl, outline


class Styles:
    """Lookup of paragraph styles with inheritance resolved on demand."""

    def __init__(self, root: etree._Element | None) -> None:
        self.by_id: dict[str, Style] = {}
        self.default: str | None = None
        self._chains: dict[str | None, list[Style]] = {}
        if root is None:
            return
        for st in root.iter(f"{_W}style"):
            if st.get(f"{_W}type") not in (None, "paragraph"):
                continue
            sid = st.get(f"{_W}styleId", "")
            name_el = st.find(f"{_W}name")
            based = st.find(f"{_W}basedOn")
            num_id, ilvl, outline = paragraph_properties(st.find(f"{_W}pPr"))
            name = name_el.get(f"{_W}val", sid) if name_el is not None else sid
            self.by_id[sid] = Style(sid, name, based.get(f"{_W}val") if based is not None else None,
                                    num_id, ilvl, outline)  # fmt: skip
            if st.get(f"{_W}default") in ("1", "true"):
                self.default = sid

    def chain(self, style_id: str | None) -> list[Style]:
        """The style and its ancestors, nearest first (cycles are cut)."""
        if style_id in self._chains:
            return self._chains[style_id]
        out: list[Style] = []
        seen: set[str] = set()
        sid = style_id or self.default
        while sid and sid in self.by_id and sid not in seen:
            if len(out) == MAX_STYLE_DEPTH:
                raise LimitExceeded(f"styles: style {style_id!r} is based on more than {MAX_STYLE_DEPTH} other "
                                    "styles (the limit)")  # fmt: skip
            seen.add(sid)
            out.append(self.by_id[sid])
            sid = self.by_id[sid].based_on
        self._chains[style_id] = out
        return out

    def name(self, style_id: str | None) -> str:
        chain = self.chain(style_id)
        return chain[0].name if chain else (style_id or "")

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None, str | None]:
        """(numId, ilvl, id of the style that carries it) inherited from the style chain."""
        for st in self.chain(style_id):
            if st.num_id is not None:
                return st.num_id, st.ilvl, st.id
        return None, None, None

    def outline(self, style_id: str | None) -> int | None:
        for st in self.chain(style_id):
            if st.outline is not None:
                return st.outline
        return None
