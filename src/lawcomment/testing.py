"""Helpers for tests and plugin authors: render a Draft to a Word file the way drafts arrive.

``draft_to_docx`` writes article numbers typed as text, as Word auto-numbering
(第%1条 in chineseCounting), or as numbering inherited from a paragraph style, with an
optional table of contents, so importers can be tested on every form real drafts take.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from .model import Draft, Kind, Unit

Numbering = Literal["typed", "auto", "style"]
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbering_xml(fmt: str, text: str, restarts: list[tuple[int, int, int]]) -> str:
    """Two lists (direct and style-linked) plus one w:num per restart: (numId, abstract, start)."""
    levels = (f'<w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="space"/>'
              f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>')  # fmt: skip
    extra = "".join(
        f'<w:num w:numId="{num}"><w:abstractNumId w:val="{abstract}"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'
        for num, abstract, start in restarts
    )
    return (
        f'<w:numbering xmlns:w="{_W}">'
        f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0">{levels}</w:lvl></w:abstractNum>'
        f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:pStyle w:val="ArticleStyle"/>{levels}</w:lvl></w:abstractNum>'
        f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        f'<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>{extra}'
        f"</w:numbering>"
    )


def draft_to_docx(draft: Draft, path: str | Path, numbering: Numbering = "typed", toc: bool = False,
                  fmt: str = "chineseCounting") -> Path:  # fmt: skip
    """Write ``draft`` as a .docx: headings in Heading styles, one paragraph per 款/项.

    ``numbering="auto"`` numbers articles with a Word list (``fmt``, e.g. chineseCounting or
    taiwaneseCountingThousand); ``"style"`` inherits that list from an "Article" paragraph
    style. 之一 articles keep typed labels, as Word cannot number them. ``toc`` adds a
    目录 of the containers before the body.
    """
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn

    doc = docx.Document()
    zh = draft.profile.startswith("zh")
    lvl_text = "第%1条" if zh else "Article %1"
    restarts: list[tuple[int, int, int]] = []
    counter = [0]  # the number Word's list would print next, minus one
    style = doc.styles.add_style("Article", WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), "ArticleStyle")
    ppr = style.element.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), "2")
    num_pr.append(num_id)
    ppr.append(num_pr)

    def numbered(p: object, num: str) -> None:
        p_pr = p._p.get_or_add_pPr()  # type: ignore[attr-defined]
        pr = OxmlElement("w:numPr")
        for tag, val in (("w:ilvl", "0"), ("w:numId", num)):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            pr.append(el)
        p_pr.append(pr)

    if draft.title:
        doc.add_paragraph(draft.title, style="Title")
    containers = [u for u in draft.walk() if u.kind.is_container]
    if toc and containers:
        doc.add_paragraph("目录" if zh else "Contents")
        for i, unit in enumerate(containers, 1):
            doc.add_paragraph(f"{unit.label}{'　' if zh else ' '}{unit.heading}\t{i}".strip())
    sep = "" if zh else " "

    def body_lines(unit: Unit) -> list[str]:
        out = [unit.text] if unit.text else []
        for child in unit.children:
            if child.kind is Kind.TABLE:
                continue
            head = child.label + (sep if child.label else "")
            lines = body_lines(child)
            out.extend([head + lines[0], *lines[1:]] if lines else ([head] if head else []))
        if unit.tail:
            out.append(unit.tail)
        return out

    def emit(unit: Unit, depth: int) -> None:
        if unit.kind.is_container or unit.kind in (Kind.ANNEX, Kind.PREAMBLE):
            head = f"{unit.label}{'　' if zh and unit.label and unit.heading else ' ' if unit.label and unit.heading else ''}{unit.heading}"
            if head.strip():
                doc.add_paragraph(head, style=f"Heading {min(depth + 1, 9)}")
            for line in ([unit.text] if unit.text else []):
                doc.add_paragraph(line)
            for child in unit.children:
                emit(child, depth + 1)
            return
        if unit.kind is Kind.TABLE:
            table = doc.add_table(rows=len(unit.rows), cols=max(len(r) for r in unit.rows))
            for r, row in enumerate(unit.rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            return
        if unit.kind is not Kind.ARTICLE:
            return
        first, *rest = [*body_lines(unit)] or [""]
        typed = "-" in (unit.num or "") or numbering == "typed"
        if unit.heading:
            first_line = f"{unit.label}"
            doc.add_paragraph(first_line)
            doc.add_paragraph(unit.heading)
            rest = [first, *rest] if first else rest
        elif typed:
            doc.add_paragraph(f"{unit.label}{'　' if zh else ' '}{first}")
        else:
            para = doc.add_paragraph(first) if numbering == "auto" else doc.add_paragraph(first, style="Article")
            want = int(unit.num or 0)
            if want != counter[0] + 1:
                # The list would print the wrong number (a law starting at 第二百零五条, or a
                # gap): restart it the way Word does, with a new w:num and startOverride.
                restarts.append((len(restarts) + 3, 0 if numbering == "auto" else 1, want))
            if numbering == "auto" or restarts:
                numbered(para, str(restarts[-1][0]) if restarts else "1")
            counter[0] = want
        for line in rest:
            doc.add_paragraph(line)
        for child in unit.children:
            if child.kind is Kind.TABLE:
                emit(child, depth + 1)

    for unit in draft.units:
        emit(unit, 0)
    if numbering != "typed":
        # The stock template already has a numbering part: replace its content.
        doc.part.numbering_part._element = parse_xml(_numbering_xml(fmt if zh else "decimal", lvl_text, restarts))
    out = Path(path)
    doc.save(str(out))
    return out
