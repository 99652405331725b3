"""Build small .docx files from raw WordprocessingML, for importer tests."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path
from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/></Types>'
)
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
    ' Target="word/document.xml"/></Relationships>'
)


def p(text: str, style: str | None = None, extra: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r>{extra}</w:p>'


FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def write_docx(path: Path, body: str, main_type: str = MAIN, prolog: str = "", parts: dict[str, str] | None = None,
               rels: dict[str, str] | None = None) -> Path:  # fmt: skip
    """A minimal package; ``rels`` maps a part's target (``footnotes.xml``) to its relationship type."""
    document = f'{prolog}<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if rels:
            items = "".join(f'<Relationship Id="rId{i}" Type="{t}" Target="{target}"/>'
                            for i, (target, t) in enumerate(rels.items(), 10))  # fmt: skip
            z.writestr("word/_rels/document.xml.rels",
                       f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>')
        z.writestr("[Content_Types].xml", CT.format(main=main_type))
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document)
        for name, content in (parts or {}).items():
            z.writestr(name, content)
    return path


NUMBERING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"


def numbered_docx(path: Path, lines: list[str], lvl_text: str = "第%1条", fmt: str = "chineseCounting") -> Path:
    """A draft whose paragraphs starting with ``#`` are numbered by one Word list (``lvl_text`` in
    ``fmt``: 第%1条 in chineseCounting), their text after the ``#``; ``#`` alone is an empty numbered
    paragraph. The first line is the title (Title style); the others are plain paragraphs."""
    numbering = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 f'<w:numFmt w:val="{fmt}"/><w:suff w:val="space"/><w:lvlText w:val="{lvl_text}"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')  # fmt: skip
    num = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    body = p(lines[0], "Title")
    for line in lines[1:]:
        if line == "#":
            body += f"<w:p>{num}</w:p>"
        elif line.startswith("#"):
            body += f'<w:p>{num}<w:r><w:t xml:space="preserve">{line[1:]}</w:t></w:r></w:p>'
        else:
            body += p(line)
    styles = (f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
              '</w:style></w:styles>')  # fmt: skip
    return write_docx(path, body, parts={"word/numbering.xml": numbering, "word/styles.xml": styles},
                      rels={"numbering.xml": NUMBERING_REL, "styles.xml": STYLES_REL})


STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"


def soffice_convert(exe: str, src: Path, out: Path, target: str) -> Path:
    """Convert ``src`` with headless LibreOffice (its own profile, so runs can overlap)."""
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([exe, f"-env:UserInstallation=file://{out}/profile", "--headless", "--norestore",
                    "--convert-to", target, "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    return out / (src.stem + "." + target.split(":")[0])


_TRACKED = re.compile(r"\[\+(.*?)\+\]|\[-(.*?)-\]|([^\[]+|\[)")


def tracked_docx(path: Path, lines: list[str], title: str = "", author: str = "Reviewer",
                 date: str = "2026-05-04T10:00:00Z", comments: dict[int, str] | None = None) -> Path:  # fmt: skip
    """A python-docx document with Word-style tracked changes, one paragraph per line.

    In a line, ``[+text+]`` is a tracked insertion and ``[-text-]`` a tracked deletion;
    a line ending in ``¶+`` (``¶-``) has its paragraph mark inserted (deleted). ``title``
    is a paragraph in the Title style; ``comments`` puts a Word comment by ``author`` on
    the whole of line ``i``. Track Changes is left on, as a reviewer leaves it.
    """
    from datetime import datetime

    import docx as python_docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ids = iter(range(100, 10**6))  # comments take 0, 1 …: ids stay unique

    def rev(tag: str) -> Any:
        return OxmlElement(tag, {qn("w:id"): str(next(ids)), qn("w:author"): author, qn("w:date"): date})

    def run(text: str, deleted: bool = False) -> Any:
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if deleted else "w:t", {qn("xml:space"): "preserve"})
        t.text = text
        r.append(t)
        return r

    doc = python_docx.Document()
    if title:
        doc.add_paragraph(title, style="Title")
    for i, line in enumerate(lines):
        mark = line[-2:] if line[-2:] in ("¶+", "¶-") else ""
        p = doc.add_paragraph()._p
        comment = None
        if comments and i in comments:
            comment = doc.comments.add_comment(text=comments[i], author=author, initials="")
            comment._comment_elm.date = datetime.fromisoformat(date)
            p.append(OxmlElement("w:commentRangeStart", {qn("w:id"): str(comment.comment_id)}))
        for m in _TRACKED.finditer(line[: len(line) - len(mark)]):
            inserted, deleted, plain = m.groups()
            if plain is not None:
                p.append(run(plain))
            else:
                wrapper = rev("w:ins" if inserted is not None else "w:del")
                wrapper.append(run(inserted if inserted is not None else deleted, deleted is not None))
                p.append(wrapper)
        if comment is not None:
            p.append(OxmlElement("w:commentRangeEnd", {qn("w:id"): str(comment.comment_id)}))
            ref = OxmlElement("w:r")
            ref.append(OxmlElement("w:commentReference", {qn("w:id"): str(comment.comment_id)}))
            p.append(ref)
        if mark:
            rpr = OxmlElement("w:rPr")
            rpr.append(rev("w:ins" if mark == "¶+" else "w:del"))
            p.get_or_add_pPr().append(rpr)
    settings = doc.settings.element
    settings.find(qn("w:defaultTabStop")).addprevious(OxmlElement("w:trackRevisions"))
    doc.save(str(path))
    return path


def docx_lines(path: Path) -> tuple[str, list[str]]:
    """The title and the body paragraphs of a draft .docx as a reader sees them printed, for
    :func:`tracked_docx`: the paragraph in the Title style is the title, the 目录 before the
    first heading is left out, and a paragraph numbered by a Word list (第%1条) gets its
    label typed in front (第N条 and U+3000, counted in order, as the list prints it).

    A member's marked-up copy of a draft built from these lines reads, with its changes
    rejected, exactly as the draft does.
    """
    import zipfile

    from lxml import etree

    from lawcomment.drafts.numerals import int_to_cn

    w = f"{{{W}}}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    title, lines, number, body = "", [], 0, False
    for para in root.iter(f"{w}p"):
        style = para.find(f"{w}pPr/{w}pStyle")
        style_id = style.get(f"{w}val") if style is not None else ""
        text = "".join(t.text or "" for t in para.iter(f"{w}t"))
        if style_id == "Title":
            title = text
            continue
        body = body or style_id.startswith("Heading")
        if not body or not text:
            continue
        if para.find(f"{w}pPr/{w}numPr") is not None:
            number += 1
            text = f"第{int_to_cn(number)}条\u3000{text}"
        lines.append(text)
    return title, lines
