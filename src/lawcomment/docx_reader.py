"""Read a .docx draft into blocks with our own lxml walker.

Handles Word auto-numbering, style names, tables, footnote references, tables of contents,
tracked changes (read as accepted, with a warning) and soft line breaks. Headers and
footers are not part of the body and are never read as law text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .docx2python_adapter import NotesUnavailable, read_notes
from .docx_numbering import Numbering
from .docx_package import W, DocxPackage
from .docx_styles import Styles, paragraph_properties
from .errors import InputError
from .model import Diagnostic, Severity
from .source import Block, Source

_W = f"{{{W}}}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_TOC = re.compile(r"^(?:toc\s*\d*|toc heading|目录\s*\d*|table of contents)$", re.IGNORECASE)
_SKIP = {f"{_W}delText", f"{_W}instrText", f"{_W}del", f"{_W}moveFrom", f"{_W}pPr", f"{_W}rPr",
         f"{_W}fldData", f"{_MC}Fallback", f"{_W}commentReference", f"{_W}annotationRef"}  # fmt: skip
_NESTED_TEXT = {f"{_W}txbxContent"}


@dataclass
class _State:
    blocks: list[Block] = field(default_factory=list)
    paragraph: int = 0
    carry: str = ""  # text of a paragraph whose mark was deleted: it joins the next one
    revisions: int = 0
    textboxes: int = 0
    title: str = ""
    front: list[str] = field(default_factory=list)


class _Walker:
    def __init__(self, pkg: DocxPackage) -> None:
        self.pkg = pkg
        main = pkg.main
        self.styles = Styles(pkg.xml(pkg.related(main, "/styles") or "word/styles.xml"))
        self.numbering = Numbering(pkg.xml(pkg.related(main, "/numbering") or "word/numbering.xml"))
        self.st = _State()

    # -- text of runs ------------------------------------------------------------------
    def text_of(self, el: etree._Element, notes: list[str]) -> str:
        out: list[str] = []
        self._collect(el, out, notes)
        return "".join(out)

    def _collect(self, el: etree._Element, out: list[str], notes: list[str]) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag in _SKIP:
                if tag in (f"{_W}del", f"{_W}moveFrom", f"{_W}delText"):
                    self.st.revisions += 1
                continue
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}tab" or tag == f"{_W}ptab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("\u2011")
            elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
                prefix = "fn" if tag.endswith("footnoteReference") else "en"
                notes.append(f"{prefix}{child.get(f'{_W}id')}")
            elif tag in _NESTED_TEXT:
                self.st.textboxes += 1
            else:
                if tag in (f"{_W}ins", f"{_W}moveTo"):
                    self.st.revisions += 1
                self._collect(child, out, notes)

    # -- body --------------------------------------------------------------------------
    def walk(self, parent: etree._Element, toc: bool = False) -> None:
        for el in parent:
            tag = el.tag
            if tag == f"{_W}p":
                self.paragraph(el, toc)
            elif tag == f"{_W}tbl":
                self.table(el)
            elif tag == f"{_W}sdt":
                gallery = el.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
                is_toc = gallery is not None and "Contents" in (gallery.get(f"{_W}val") or "")
                content = el.find(f"{_W}sdtContent")
                if content is not None:
                    self.walk(content, toc or is_toc)
            elif tag in (f"{_W}customXml", f"{_W}ins", f"{_W}moveTo"):
                self.walk(el, toc)

    def _mark_deleted(self, p: etree._Element) -> bool:
        return p.find(f"{_W}pPr/{_W}rPr/{_W}del") is not None or p.find(f"{_W}pPr/{_W}rPr/{_W}moveFrom") is not None

    def paragraph(self, p: etree._Element, toc: bool) -> None:
        self.st.paragraph += 1
        line = self.st.paragraph
        ppr = p.find(f"{_W}pPr")
        ps = ppr.find(f"{_W}pStyle") if ppr is not None else None
        style_id = ps.get(f"{_W}val") if ps is not None else None
        num_id, ilvl, outline = paragraph_properties(ppr)
        notes: list[str] = []
        text = self.st.carry + self.text_of(p, notes)
        if self._mark_deleted(p):
            self.st.revisions += 1
            self.st.carry = text
            return
        self.st.carry = ""
        if num_id is None:
            num_id, style_ilvl, owner = self.styles.numbering(style_id)
            if num_id is not None and ilvl is None:
                ilvl = style_ilvl if style_ilvl is not None else self.numbering.level_for_style(num_id, owner or "")
        label = ""
        if num_id is not None and num_id != "0":
            label = self.numbering.label(num_id, ilvl or 0)
        name = self.styles.name(style_id)
        if outline is None:
            outline = self.styles.outline(style_id)
        lower = name.lower()
        if lower in ("title", "标题") and not self.st.title and not label:
            self.st.title = text.strip()
            return
        if lower in ("subtitle", "副标题") and not label:
            self.st.front.append(text.strip())
            return
        heading = None
        if m := _HEADING.match(name):
            heading = int(m[1])
        elif outline is not None and outline < 9:
            heading = outline + 1
        is_toc = toc or bool(_TOC.match(name))
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if not piece.strip() and not (i == 0 and label):
                continue
            self.st.blocks.append(Block(piece, line, label=label if i == 0 else "", heading_level=heading,
                                        style=name, toc=is_toc, footnotes=tuple(notes) if i == 0 else ()))  # fmt: skip

    def cell_text(self, tc: etree._Element) -> str:
        parts: list[str] = []
        for el in tc.iter(f"{_W}p"):
            self.st.paragraph += 1
            parts.append(self.text_of(el, []))
        return "\n".join(parts).strip()

    def table(self, tbl: etree._Element) -> None:
        line = self.st.paragraph + 1
        rows: list[tuple[str, ...]] = []
        for tr in tbl.findall(f"{_W}tr"):
            if tr.find(f"{_W}trPr/{_W}del") is not None:
                self.st.revisions += 1
                continue
            cells: list[str] = []
            for tc in tr.findall(f"{_W}tc"):
                vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
                continued = vmerge is not None and vmerge.get(f"{_W}val") in (None, "continue")
                text = self.cell_text(tc)
                # A vertically merged cell shows the first cell's text once; the rest are empty.
                cells.append("" if continued else text)
            rows.append(tuple(cells))
        if rows:
            self.st.blocks.append(Block("", line, rows=tuple(rows)))


def read_docx_source(path: Path) -> Source:
    """Read ``path`` into a Source: blocks in reading order, footnotes, warnings."""
    pkg = DocxPackage(path)
    try:
        root = pkg.xml(pkg.main)
        if root is None:
            raise InputError(str(path), f"missing part {pkg.main}")
        body = root.find(f"{_W}body")
        if body is None:
            raise InputError(str(path), "the document has no body")
        try:
            walker = _Walker(pkg)
            walker.walk(body)
        except ValueError as exc:  # e.g. w:ilvl="x" in numbering.xml or styles.xml
            raise InputError(str(path), f"malformed numbering or style definitions: {exc}") from None
        st = walker.st
        diags: list[Diagnostic] = []
        if st.revisions:
            diags.append(Diagnostic(Severity.WARNING, "tracked-changes",
                                    f"the document holds {st.revisions} tracked change(s); read as if all were accepted"))  # fmt: skip
        if st.textboxes:
            diags.append(Diagnostic(Severity.WARNING, "text-box", f"{st.textboxes} text box(es) were not read as law text"))
        if walker.numbering.unknown_formats:
            fmts = ", ".join(sorted(walker.numbering.unknown_formats))
            diags.append(Diagnostic(Severity.WARNING, "numbering-format", f"numbering formats {fmts} rendered as decimal"))
        if not any(b.text.strip() or b.rows for b in st.blocks) and not st.title:
            raise InputError(str(path), "the document is empty")
        notes: dict[str, str] = {}
        cited = {fid for b in st.blocks for fid in b.footnotes}
        if cited:
            try:
                notes = read_notes(pkg)
            except NotesUnavailable as exc:
                diags.append(Diagnostic(Severity.WARNING, "footnotes", f"footnotes could not be read: {exc}"))
            missing = sorted(cited - set(notes))
            if missing:
                diags.append(Diagnostic(Severity.WARNING, "footnotes", f"cited footnotes not found: {', '.join(missing)}"))
        title = st.title
        return Source(str(path), tuple(st.blocks), title=title, front_matter=tuple(st.front),
                      diagnostics=tuple(diags), footnotes=notes)  # fmt: skip
    finally:
        pkg.close()
