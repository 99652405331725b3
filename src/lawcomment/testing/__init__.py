"""Helpers for tests and plugin authors: render a Draft to a Word file the way drafts arrive,
and mark a Word file up with tracked changes and comments the way members return it.

``draft_to_docx`` writes article numbers typed as text, as Word auto-numbering
(第%1条 in chineseCounting), or as numbering inherited from a paragraph style, with an
optional table of contents, so importers can be tested on every form real drafts take.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..model import Draft, Kind, Unit

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


@dataclass(frozen=True, slots=True)
class Edit:
    """One reviewer action for :func:`mark_up`, at the first paragraph run holding ``find``.

    ``replace`` makes a tracked replacement (``""`` a tracked deletion); ``comment`` adds a
    Word comment on ``find`` (``point=True``: a point comment with no range) with
    ``replies`` as ``(author, text)`` pairs; ``new_paragraph`` inserts a tracked paragraph
    after this one, with the same paragraph properties (so auto-numbering continues);
    ``delete_paragraph`` deletes the whole paragraph, mark included.
    """

    author: str
    find: str
    replace: str | None = None
    comment: str | None = None
    replies: tuple[tuple[str, str], ...] = ()
    done: bool = False
    point: bool = False
    new_paragraph: str | None = None
    delete_paragraph: bool = False
    date: str = "2026-05-01T09:00:00Z"


_COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_COMMENTS_EX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_COMMENTS_EX_REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


def mark_up(source: str | Path, path: str | Path, edits: list[Edit]) -> Path:
    """Copy a .docx with Word-style tracked changes and comments added, as a reviewer would.

    Each ``find`` must sit inside one run of a paragraph (as :func:`draft_to_docx` writes
    them); a ``find`` that is not there is a ValueError.
    """
    import copy
    import zipfile

    from lxml import etree

    w = f"{{{_W}}}"
    with zipfile.ZipFile(source) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    ids = iter(range(1000, 10**9))
    comments: list[tuple[int, str, str, str, int | None, bool]] = []  # id, author, text, date, parent, done

    def el(tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> etree._Element:
        e = etree.Element(f"{w}{tag}", {f"{w}{k}": v for k, v in (attrs or {}).items()})
        if text is not None:
            e.text = text
            e.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return e

    def rev(tag: str, edit: Edit) -> etree._Element:
        return el(tag, {"id": str(next(ids)), "author": edit.author, "date": edit.date})

    def mark(p: etree._Element, revision: etree._Element) -> None:
        """Track the paragraph mark: pPr/rPr/(w:ins|w:del)."""
        ppr = p.find(f"{w}pPr")
        if ppr is None:
            ppr = el("pPr")
            p.insert(0, ppr)
        rpr = ppr.find(f"{w}rPr")
        if rpr is None:
            rpr = el("rPr")
            ppr.append(rpr)
        rpr.append(revision)

    def plain(r: etree._Element) -> bool:
        return r.getparent().tag == f"{w}p" and r.find(f"{w}t") is not None

    runs = [r for r in root.iter(f"{w}r") if plain(r)]  # kept up to date as runs are split

    for edit in edits:
        at_run = next((i for i, r in enumerate(runs) if plain(r) and edit.find in (r.findtext(f"{w}t") or "")), None)
        if at_run is None:
            raise ValueError(f"mark_up: {edit.find!r} is not inside one run of the document")
        run = runs[at_run]
        p = run.getparent()
        if edit.delete_paragraph:
            for r in [r for r in p if r.tag == f"{w}r"]:
                d = rev("del", edit)
                r.addprevious(d)
                d.append(r)
                for t in r.iter(f"{w}t"):
                    t.tag = f"{w}delText"
            mark(p, rev("del", edit))
            continue
        if edit.new_paragraph is not None:
            new = el("p")
            if (ppr := p.find(f"{w}pPr")) is not None:
                new.append(copy.deepcopy(ppr))
            ins = rev("ins", edit)
            r = el("r")
            r.append(el("t", text=edit.new_paragraph))
            ins.append(r)
            new.append(ins)
            p.addnext(new)
            mark(p, rev("ins", edit))  # Enter at the end of p: p's own mark is the inserted one
            continue
        t = run.find(f"{w}t")
        text = t.text or ""
        at = text.index(edit.find)
        pieces = [text[:at], text[at:at + len(edit.find)], text[at + len(edit.find):]]
        new_runs = []
        for piece in pieces:
            r = copy.deepcopy(run)
            r.find(f"{w}t").text = piece
            r.find(f"{w}t").set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            new_runs.append(r)
        before, middle, after = new_runs
        run.addprevious(before)
        anchor_first = anchor_last = middle
        if edit.replace is not None:
            d = rev("del", edit)
            middle.find(f"{w}t").tag = f"{w}delText"
            d.append(middle)
            run.addprevious(d)
            anchor_first = anchor_last = d
            if edit.replace:
                ins = rev("ins", edit)
                r = copy.deepcopy(before)
                r.find(f"{w}t").text = edit.replace
                ins.append(r)
                run.addprevious(ins)
                anchor_last = ins
        else:
            run.addprevious(middle)
        run.addprevious(after)
        p.remove(run)
        runs[at_run:at_run + 1] = [before, middle, after]
        if edit.comment is not None:
            root_id = next(ids)
            thread: list[tuple[int, str, str, int | None, bool]] = [(root_id, edit.author, edit.comment, None, edit.done)]
            thread += [(next(ids), author, reply, root_id, False) for author, reply in edit.replies]
            # Word anchors every comment of a thread, replies included, on the same range.
            for cid, author, text_, parent, done in thread:
                comments.append((cid, author, text_, edit.date, parent, done))
                if not edit.point:
                    anchor_first.addprevious(el("commentRangeStart", {"id": str(cid)}))
                    anchor_last.addnext(el("commentRangeEnd", {"id": str(cid)}))
                    after = anchor_last.getnext()
                else:
                    after = anchor_last
                ref_run = el("r")
                ref_run.append(el("commentReference", {"id": str(cid)}))
                after.addnext(ref_run)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if comments:
        body = []
        ex = []
        for cid, author, text, date, parent, done in comments:
            para_id = f"{cid:08X}"
            body.append(f'<w:comment w:id="{cid}" w:author="{_xml(author)}" w:date="{date}" w:initials="">'
                        f'<w:p w14:paraId="{para_id}"><w:r><w:annotationRef/></w:r>'
                        f'<w:r><w:t xml:space="preserve">{_xml(text)}</w:t></w:r></w:p></w:comment>')  # fmt: skip
            parent_attr = f' w15:paraIdParent="{parent:08X}"' if parent is not None else ""
            ex.append(f'<w15:commentEx w15:paraId="{para_id}"{parent_attr} w15:done="{int(done)}"/>')
        parts["word/comments.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                      f'<w:comments xmlns:w="{_W}" xmlns:w14="{_W14}">{"".join(body)}</w:comments>').encode()  # fmt: skip
        parts["word/commentsExtended.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                              f'<w15:commentsEx xmlns:w15="{_W15}">{"".join(ex)}</w15:commentsEx>').encode()  # fmt: skip
        ct = parts["[Content_Types].xml"].decode()
        for name, kind in (("comments", _COMMENTS_CT), ("commentsExtended", _COMMENTS_EX_CT)):
            if f"/word/{name}.xml" not in ct:
                ct = ct.replace("</Types>", f'<Override PartName="/word/{name}.xml" ContentType="{kind}"/></Types>')
        parts["[Content_Types].xml"] = ct.encode()
        rels = parts["word/_rels/document.xml.rels"].decode()
        for name, kind in (("comments", _COMMENTS_REL), ("commentsExtended", _COMMENTS_EX_REL)):
            if f'Target="{name}.xml"' not in rels:
                rels = rels.replace("</Relationships>",
                                    f'<Relationship Id="rIdLc{name}" Type="{kind}" Target="{name}.xml"/></Relationships>')  # fmt: skip
        parts["word/_rels/document.xml.rels"] = rels.encode()
    out = Path(path)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
