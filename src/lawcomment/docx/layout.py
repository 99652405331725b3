"""The page and styles of the Word submission: the bundled default templates, and the
association's own letterhead (``export --template FILE.docx``) as the base document.

A template gives the submission its styles, page set-up, headers and footers: lawcomment
opens it, clears its body (keeping the section properties, and so the headers and footers
they refer to), adds the styles it uses that the template lacks (by *name*, since Chinese
Word and LibreOffice rewrite style ids), and writes the submission into it.

The bundled defaults (``templates/submission-zh.docx``, ``templates/submission-en.docx``)
are built by :func:`build_template`; ``python -m lawcomment.docx.layout`` writes them again
after a change here. What they set (docs/submission.md documents it):

- A4 (210 × 297 mm) with the margins of Chinese official documents (GB/T 9704): top 37 mm,
  bottom 35 mm, left 28 mm, right 26 mm; the comparison table on landscape A4.
- zh: body 仿宋 三号 (16 pt) on a fixed 28 pt line, first lines indented two characters; the
  title 黑体 二号 (22 pt), bold and centred; 一、 headings 黑体, （一） headings 楷体, both bold;
  article labels (第十条) 黑体 bold; the table 仿宋 小四 (12 pt) on an 18 pt line, its header
  row 黑体; page numbers “— 1 —” 宋体 四号 (14 pt), centred. Digits and Latin letters are set
  in the same fonts.
- en: Times New Roman 12 pt (the title 16 pt bold, headings bold; the table 11 pt), Chinese
  law text in SimSun; page numbers centred.
- Black text, no theme colours or theme fonts, no rule under the title.

Fonts are named as Word on Windows knows them (仿宋, 黑体, 楷体, 宋体 / SimSun, Times New
Roman), with their English names in the font table; LibreOffice substitutes what it lacks
(the Noto CJK fonts on Linux).
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from docx.oxml.ns import qn
from lxml import etree

from ..errors import InputError

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

TEMPLATES = Path(__file__).parents[1] / "templates"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_DOC_MAIN = _WML + ".document.main+xml"
_TEMPLATE_MAIN = _WML + ".template.main+xml"

#: A4 in twips (1/20 pt): width, height.
A4 = (11906, 16838)
#: GB/T 9704 margins for the portrait pages (twips): 37, 35, 28, 26 mm; the page number
#: 22 mm from the foot of the page, under the text.
PORTRAIT_MARGINS = {"top": 2098, "bottom": 1984, "left": 1588, "right": 1474, "header": 851, "footer": 1247}
#: The landscape comparison table: the margins of the portrait page turned with it.
LANDSCAPE_MARGINS = {"top": 1588, "bottom": 1474, "left": 2098, "right": 1984, "header": 851, "footer": 794}

#: The Latin font of the working translation beside Chinese law text.
LATIN_FONT = "Times New Roman"

#: The styles the submission uses: key → (name, type). Looked up by name in a template.
STYLE_NAMES = {
    "normal": ("Normal", "paragraph"),
    "title": ("Title", "paragraph"),
    "law": ("Law Text", "paragraph"),  # the articles: read back as law text
    "label": ("Law Label", "character"),  # 第十条
    "table": ("Table Text", "paragraph"),
    "table_head": ("Table Heading", "paragraph"),
    # everything that is not law text: lawcomment's reader sets the "Submission Note" styles aside
    "note": ("Submission Note", "paragraph"),
    "h1": ("Submission Note Heading", "paragraph"),  # 一、
    "h2": ("Submission Note Heading 2", "paragraph"),  # （一）
    "subtitle": ("Submission Note Subtitle", "paragraph"),
    "signature": ("Submission Note Signature", "paragraph"),
    "translation": ("Submission Note Translation", "paragraph"),  # the working translation, beside the law text
    "footer": ("footer", "paragraph"),
}


@dataclass(frozen=True, slots=True)
class Look:
    """Fonts (East Asian and Latin), sizes in half-points, spacing in twips, per language."""

    latin: str  # Latin letters and digits; "" to use each style's East Asian font for them too
    body: str
    title: str
    heading1: str
    heading2: str
    label: str
    footer: str
    size: int
    title_size: int
    table_size: int
    footer_size: int
    line: int  # exact line height of the body; 0: single spacing
    table_line: int
    indent: bool  # first lines indented two characters
    bold_headings: bool
    after: int  # space after a body paragraph
    page_dashes: bool  # “— 1 —”


LOOKS = {
    "zh": Look(latin="", body="仿宋", title="黑体", heading1="黑体", heading2="楷体", label="黑体",
               footer="宋体", size=32, title_size=44, table_size=24, footer_size=28, line=560, table_line=360,
               indent=True, bold_headings=True, after=0, page_dashes=True),
    "en": Look(latin="Times New Roman", body="SimSun", title="SimSun", heading1="SimSun", heading2="SimSun",
               label="SimSun", footer="Times New Roman", size=24, title_size=32, table_size=22, footer_size=20,
               line=0, table_line=0, indent=False, bold_headings=True, after=120, page_dashes=False),
}  # fmt: skip

#: How Word on Windows names each font in English (w:altName), its PANOSE, family and pitch.
_FONTS = {
    "仿宋": ("FangSong", "02010609060101010101", "modern", "fixed"),
    "黑体": ("SimHei", "02010609060101010101", "modern", "fixed"),
    "楷体": ("KaiTi", "02010609060101010101", "modern", "fixed"),
    "宋体": ("SimSun", "02010600030101010101", "auto", "variable"),
    "SimSun": ("宋体", "02010600030101010101", "auto", "variable"),
}


# -- the bundled default --------------------------------------------------------------------
def _fonts(look: Look, east_asia: str, latin: str | None = None) -> str:
    latin = latin or look.latin or east_asia
    return (f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{east_asia}" w:cs="{latin}" '
            'w:hint="eastAsia"/>')  # fmt: skip


def _indent(look: Look, size: int) -> str:
    return f'<w:ind w:firstLine="{size * 20}" w:firstLineChars="200"/>' if look.indent else ""


def _spacing(line: int, after: int = 0, before: int = 0) -> str:
    rule = f' w:line="{line}" w:lineRule="exact"' if line else ' w:line="240" w:lineRule="auto"'
    return f'<w:spacing w:before="{before}" w:after="{after}"{rule}/>'


def _styles_xml(look: Look) -> str:
    def style(kind: str, sid: str, name: str, ppr: str = "", rpr: str = "", based: str | None = "Normal",
              default: bool = False, next_: str | None = None) -> str:  # fmt: skip
        attrs = f' w:type="{kind}" w:styleId="{sid}"' + (' w:default="1"' if default else "")
        out = f'<w:style{attrs}><w:name w:val="{name}"/>'
        if based:
            out += f'<w:basedOn w:val="{based}"/>'
        if next_:
            out += f'<w:next w:val="{next_}"/>'
        out += "<w:qFormat/>"
        if ppr:
            out += f"<w:pPr>{ppr}</w:pPr>"
        if rpr:
            out += f"<w:rPr>{rpr}</w:rPr>"
        return out + "</w:style>"

    size = look.size
    sz = f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    bold = "<w:b/><w:bCs/>" if look.bold_headings else ""
    keep = "<w:keepNext/><w:keepLines/>"
    translation_size = max(look.table_size, look.size - 4)  # 14 pt under 16 pt 仿宋: a reading aid, not the law
    right_indent = '<w:ind w:right="1280" w:rightChars="400"/>' if look.indent else ""
    # no extra space between Chinese and digits or Latin letters (2026年11月21日, 3家会员)
    no_gap = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>' if look.indent else ""
    styles = [
        style("paragraph", "Normal", "Normal", based=None, default=True,
              ppr=f'<w:widowControl/>{no_gap}{_spacing(look.line, look.after)}<w:jc w:val="both"/>',
              rpr=f'{_fonts(look, look.body)}<w:color w:val="000000"/><w:kern w:val="2"/>{sz}'
                  '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'),
        ('<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
         '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'),
        ('<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
         '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
         '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
         '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'),
        style("paragraph", "Title", "Title", next_="Normal",
              ppr=f'{keep}{_spacing(int(look.title_size * 16) if look.line else 0, after=look.line or 240)}'
                  '<w:jc w:val="center"/><w:outlineLvl w:val="0"/>',
              rpr=f'{_fonts(look, look.title)}<w:b w:val="{1 if look.bold_headings else 0}"/>'
                  f'<w:sz w:val="{look.title_size}"/><w:szCs w:val="{look.title_size}"/>'),
        style("paragraph", "LawText", "Law Text", ppr=_indent(look, size)),
        style("character", "LawLabel", "Law Label", based="DefaultParagraphFont",
              rpr=f'{_fonts(look, look.label)}<w:b/><w:bCs/>'),
        style("paragraph", "TableText", "Table Text",
              ppr=_spacing(look.table_line),
              rpr=f'<w:sz w:val="{look.table_size}"/><w:szCs w:val="{look.table_size}"/>'),
        style("paragraph", "TableHeading", "Table Heading", based="TableText",
              ppr=f'{keep}<w:jc w:val="center"/>', rpr=f'{_fonts(look, look.heading1)}<w:b/><w:bCs/>'),
        style("paragraph", "Note", "Submission Note", ppr=_indent(look, size)),
        style("paragraph", "NoteHeading1", "Submission Note Heading", next_="Note",
              ppr=f'{keep}{_spacing(look.line, look.after, 0 if look.line else 240)}{_indent(look, size)}',
              rpr=f"{_fonts(look, look.heading1)}{bold}"),
        style("paragraph", "NoteHeading2", "Submission Note Heading 2", next_="Note",
              ppr=f'{keep}{_spacing(look.line, look.after, 0 if look.line else 120)}{_indent(look, size)}',
              rpr=f"{_fonts(look, look.heading2)}{bold}"),
        style("paragraph", "NoteSubtitle", "Submission Note Subtitle", next_="Note",
              ppr=f'{keep}<w:jc w:val="center"/>', rpr=_fonts(look, look.heading2)),
        style("paragraph", "NoteTranslation", "Submission Note Translation", based="Note",
              ppr='<w:ind w:firstLine="0" w:firstLineChars="0"/>',
              rpr=f'{_fonts(look, look.body, LATIN_FONT)}<w:sz w:val="{translation_size}"/>'
                  f'<w:szCs w:val="{translation_size}"/>'),
        style("paragraph", "NoteSignature", "Submission Note Signature",
              ppr=f'<w:keepNext/><w:keepLines/>{right_indent}<w:jc w:val="right"/>'),
        style("paragraph", "Footer", "footer",
              ppr='<w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
                  '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
                  '<w:jc w:val="center"/>',
              rpr=f'{_fonts(look, look.footer, look.footer)}'
                  f'<w:sz w:val="{look.footer_size}"/><w:szCs w:val="{look.footer_size}"/>'),
    ]  # fmt: skip
    defaults = (f"<w:docDefaults><w:rPrDefault><w:rPr>{_fonts(look, look.body)}{sz}"
                '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                "<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>")  # fmt: skip
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">'
            f"{defaults}{''.join(styles)}</w:styles>")  # fmt: skip


def _font_table(look: Look) -> str:
    names = dict.fromkeys([*([look.latin] if look.latin else []), look.body, look.title, look.heading1, look.heading2,
                           look.label, look.footer])  # fmt: skip
    out = []
    for name in names:
        if name == "Times New Roman":
            out.append('<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
                       '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>')  # fmt: skip
            continue
        alt, panose, family, pitch = _FONTS[name]
        out.append(f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:panose1 w:val="{panose}"/>'
                   f'<w:charset w:val="86"/><w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>')  # fmt: skip
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="{W_NS}">'
            f"{''.join(out)}</w:fonts>")  # fmt: skip


def _footer_xml(look: Look) -> str:
    def r(text: str) -> str:
        return f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'

    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText>'
             '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip
    body = f"{r('— ')}{field}{r(' —')}" if look.page_dashes else field
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
            f'<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{body}</w:p></w:ftr>')  # fmt: skip


def _theme_xml(look: Look) -> str:
    """A minimal theme (Word requires one): black and greys, the look's fonts, plain formats."""
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    colours = [("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "000000"), ("lt2", "FFFFFF"), ("accent1", "000000"),
               ("accent2", "404040"), ("accent3", "595959"), ("accent4", "7F7F7F"), ("accent5", "A6A6A6"),
               ("accent6", "262626"), ("hlink", "000000"), ("folHlink", "000000")]  # fmt: skip
    scheme = "".join(f'<a:{n}><a:srgbClr val="{v}"/></a:{n}>' for n, v in colours)
    latin = look.latin or look.body
    font = f'<a:latin typeface="{latin}"/><a:ea typeface="{look.body}"/><a:cs typeface="{latin}"/>'
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="9525">{fill}</a:ln>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme {a} name="Submission">'
            f'<a:themeElements><a:clrScheme name="Submission">{scheme}</a:clrScheme>'
            f'<a:fontScheme name="Submission"><a:majorFont>{font}</a:majorFont><a:minorFont>{font}</a:minorFont>'
            f'</a:fontScheme><a:fmtScheme name="Submission"><a:fillStyleLst>{fill * 3}</a:fillStyleLst>'
            f'<a:lnStyleLst>{line * 3}</a:lnStyleLst><a:effectStyleLst>'
            f'{"<a:effectStyle><a:effectLst/></a:effectStyle>" * 3}</a:effectStyleLst>'
            f'<a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')  # fmt: skip


def _sect_pr(footer_rid: str | None) -> str:
    m = PORTRAIT_MARGINS
    ref = f'<w:footerReference w:type="default" r:id="{footer_rid}"/>' if footer_rid else ""
    return (f'<w:sectPr>{ref}<w:pgSz w:w="{A4[0]}" w:h="{A4[1]}"/>'
            f'<w:pgMar w:top="{m["top"]}" w:right="{m["right"]}" w:bottom="{m["bottom"]}" w:left="{m["left"]}" '
            f'w:header="{m["header"]}" w:footer="{m["footer"]}" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:linePitch="312"/>'
            "</w:sectPr>")  # fmt: skip


def build_template(lang: str) -> bytes:
    """The bundled default template for ``lang`` (zh or en), as .docx bytes: styles, A4 page
    set-up and a footer with the page number; no theme, no body text, no properties."""
    look = LOOKS[lang]
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            f'{head}<Types xmlns="{_CT_NS}"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{_DOC_MAIN}"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{_WML}.styles+xml"/>'
            f'<Override PartName="/word/settings.xml" ContentType="{_WML}.settings+xml"/>'
            f'<Override PartName="/word/fontTable.xml" ContentType="{_WML}.fontTable+xml"/>'
            f'<Override PartName="/word/footer1.xml" ContentType="{_WML}.footer+xml"/>'
            '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'),
        "_rels/.rels": (
            f'{head}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/extended-properties" Target="docProps/app.xml"/></Relationships>'),
        "word/_rels/document.xml.rels": (
            f'{head}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/settings" Target="settings.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/fontTable" Target="fontTable.xml"/>'
            f'<Relationship Id="rId4" Type="{rel}/footer" Target="footer1.xml"/>'
            f'<Relationship Id="rId5" Type="{rel}/theme" Target="theme/theme1.xml"/></Relationships>'),
        "word/document.xml": (
            f'{head}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body><w:p/>{_sect_pr("rId4")}</w:body></w:document>'),
        "word/styles.xml": _styles_xml(look),
        "word/settings.xml": (
            f'{head}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>'),
        "word/fontTable.xml": _font_table(look),
        "word/footer1.xml": _footer_xml(look),
        "word/theme/theme1.xml": _theme_xml(look),
        "docProps/core.xml": (
            f'{head}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator></dc:creator>'
            '<cp:lastModifiedBy></cp:lastModifiedBy><cp:revision>1</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>'),
        "docProps/app.xml": (
            f'{head}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            "<Company></Company></Properties>"),
    }  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


def default_template(lang: str) -> Path:
    """The bundled default template for ``lang``."""
    return TEMPLATES / f"submission-{lang}.docx"


# -- opening a template ---------------------------------------------------------------------
def read_template(path: str | Path) -> bytes:
    """The bytes of a template the user gave, checked as lawcomment checks every .docx it
    opens (zip bombs, encryption, macros); a Word template (.dotx) is read as a document.
    InputError (``FILE: reason``) when it is missing or not a Word document."""
    from .package import DocxPackage

    name = str(path)
    pkg = DocxPackage(path)  # InputError / UnsafeDocumentError naming the file
    try:
        types = pkg.read("[Content_Types].xml").decode("utf-8", "replace")
        if _DOC_MAIN not in types and _TEMPLATE_MAIN not in types:
            raise InputError(name, "not a Word .docx document (its main part is not a Word document)")
    finally:
        pkg.close()
    data = Path(path).read_bytes()
    if _TEMPLATE_MAIN in types:
        data = _as_document(data)
    return data


def _as_document(data: bytes) -> bytes:
    """A .dotx package relabelled as a .docx (the only difference is the main part's type)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(_TEMPLATE_MAIN.encode(), _DOC_MAIN.encode())
            z.writestr(info, blob)
    return out.getvalue()


class Page:
    """The base document of a submission: a template opened with python-docx, its body
    cleared, every style the submission uses present. ``ids`` maps the keys of
    :data:`STYLE_NAMES` to the style ids in this document."""

    def __init__(self, lang: str, template: str | Path | None = None) -> None:
        import docx

        self.lang = lang
        self.custom = template is not None and str(template) != ""
        data = read_template(template) if self.custom else default_template(lang).read_bytes()  # type: ignore[arg-type]
        self.doc: DocxDocument = docx.Document(io.BytesIO(data))
        self.body = self.doc.element.body
        self.sect = self._clear_body()
        self.portrait()
        self.ids = self._ensure_styles()
        self._scrub()

    # -- body and section -----------------------------------------------------------
    def _clear_body(self) -> etree._Element:
        """Remove the template's body text, keeping its last section properties (the page
        set-up, and the headers and footers they refer to)."""
        sect = self.body.find(qn("w:sectPr"))
        if sect is None:  # only a paragraph's section properties, or none at all
            inner = self.body.findall(f".//{qn('w:sectPr')}")
            sect = copy.deepcopy(inner[-1]) if inner else etree.fromstring(f'<w:sectPr xmlns:w="{W_NS}"/>')
        for child in list(self.body):
            if child is not sect:
                self.body.remove(child)
        if sect.getparent() is None:
            self.body.append(sect)
        return sect

    def _page(self, size: tuple[int, int], margins: dict[str, int] | None, landscape: bool = False) -> None:
        sect = self.sect
        pg = sect.find(qn("w:pgSz"))
        if pg is None:
            pg = etree.SubElement(sect, qn("w:pgSz"))
            _place_sect_child(sect, pg)
        pg.set(qn("w:w"), str(size[0]))
        pg.set(qn("w:h"), str(size[1]))
        if landscape:
            pg.set(qn("w:orient"), "landscape")
        else:
            pg.attrib.pop(qn("w:orient"), None)
        if margins is not None:
            mar = sect.find(qn("w:pgMar"))
            if mar is None:
                mar = etree.SubElement(sect, qn("w:pgMar"), {qn("w:header"): "851", qn("w:footer"): "992",
                                                             qn("w:gutter"): "0"})  # fmt: skip
                _place_sect_child(sect, mar)
            for side, value in margins.items():
                mar.set(qn(f"w:{side}"), str(value))

    def _paper(self) -> tuple[int, int]:
        pg = self.sect.find(qn("w:pgSz"))
        if pg is None:
            return A4
        return int(pg.get(qn("w:w"), A4[0])), int(pg.get(qn("w:h"), A4[1]))

    def portrait(self) -> None:
        """The articles layout: portrait, as the template sets it (A4 with the official
        margins when it sets no paper)."""
        if self.sect.find(qn("w:pgSz")) is None or self.sect.find(qn("w:pgMar")) is None:
            self._page(A4, PORTRAIT_MARGINS)
            return
        w, h = self._paper()
        self._page((min(w, h), max(w, h)), None)

    def landscape(self) -> None:
        """Turn the page to landscape: the default's landscape A4 and margins, or the
        template's own paper turned, with its margins."""
        if not self.custom:
            self._page((A4[1], A4[0]), LANDSCAPE_MARGINS, landscape=True)
            return
        w, h = self._paper()
        self._page((max(w, h), min(w, h)), None, landscape=True)

    @property
    def text_width(self) -> int:
        """The width between the margins, in twips."""
        pg, mar = self.sect.find(qn("w:pgSz")), self.sect.find(qn("w:pgMar"))
        width = int(pg.get(qn("w:w"), A4[0])) if pg is not None else A4[0]
        if mar is None:
            return width - 2 * 1440
        return width - int(mar.get(qn("w:left"), 1440)) - int(mar.get(qn("w:right"), 1440)) - int(
            mar.get(qn("w:gutter"), 0))  # fmt: skip

    @property
    def text_height(self) -> int:
        """The height between the top and bottom margins, in twips (what a page holds: the export
        measures keep-with-next chains and unsplit rows against it)."""
        pg, mar = self.sect.find(qn("w:pgSz")), self.sect.find(qn("w:pgMar"))
        height = int(pg.get(qn("w:h"), A4[1])) if pg is not None else A4[1]
        if mar is None:
            return height - 2 * 1440
        return height - abs(int(mar.get(qn("w:top"), 1440))) - abs(int(mar.get(qn("w:bottom"), 1440)))

    # -- styles ---------------------------------------------------------------------
    def _ensure_styles(self) -> dict[str, str]:
        """Ids of the styles the submission uses: the template's own (found by name), and
        for those it lacks, the bundled default's definition added to it."""
        styles = self.doc.styles.element
        theirs = {(_style_name(s), s.get(qn("w:type"))): s for s in styles.findall(qn("w:style"))}
        taken = {s.get(qn("w:styleId")) for s in styles.findall(qn("w:style"))}
        ours_root = etree.fromstring(_styles_xml(LOOKS[self.lang]).encode())
        ours = {s.get(qn("w:styleId")): s for s in ours_root.findall(qn("w:style"))}
        ours_by_name = {(_style_name(s), s.get(qn("w:type"))): s for s in ours.values()}
        id_map: dict[str, str] = {}  # our style id → its id in this document

        def resolve(our_id: str) -> str:
            if our_id in id_map:
                return id_map[our_id]
            mine = ours[our_id]
            key = (_style_name(mine), mine.get(qn("w:type")))
            if key in theirs:
                id_map[our_id] = theirs[key].get(qn("w:styleId"))
                return id_map[our_id]
            new = copy.deepcopy(mine)
            new_id = our_id
            while new_id in taken:
                new_id += "1"
            taken.add(new_id)
            id_map[our_id] = new_id
            new.set(qn("w:styleId"), new_id)
            new.attrib.pop(qn("w:default"), None)
            for ref in ("basedOn", "next", "link"):
                e = new.find(qn(f"w:{ref}"))
                if e is not None:
                    e.set(qn("w:val"), resolve(e.get(qn("w:val"))))
            styles.append(new)
            theirs[key] = new
            return new_id

        out = {}
        for key, (name, kind) in STYLE_NAMES.items():
            our = ours_by_name[(name.lower(), kind)]
            out[key] = resolve(our.get(qn("w:styleId")))
        return out

    # -- nothing of the template's author or content ---------------------------------
    def _scrub(self) -> None:
        """Drop what the template may carry that is not letterhead: comments and the people
        who wrote them, footnotes and endnotes of its old body, custom properties, its
        thumbnail, the path of its attached template."""
        part = self.doc.part
        dropped = ("/comments", "/commentsExtended", "/commentsIds", "/commentsExtensible", "/people", "/glossaryDocument",
                   "/stylesWithEffects")  # a stale copy of the styles once lawcomment adds its own
        for rid, rel in list(part.rels.items()):
            if not rel.is_external and rel.reltype.endswith(dropped):
                part.rels.pop(rid)
            elif not rel.is_external and rel.reltype.endswith(("/footnotes", "/endnotes")):
                root = _part_xml(rel.target_part)
                for note in list(root):
                    if note.get(qn("w:type")) not in ("separator", "continuationSeparator", "continuationNotice"):
                        root.remove(note)
                _set_part_xml(rel.target_part, root)
        pkg_rels = part.package.rels
        for rid, rel in list(pkg_rels.items()):
            if rel.reltype.endswith(("/custom-properties", "/thumbnail")):  # the template's own data and picture
                pkg_rels.pop(rid)
        settings = self.doc.settings.element
        for tag in ("attachedTemplate", "removePersonalInformation", "removeDateAndTime"):
            for e in settings.findall(qn(f"w:{tag}")):
                settings.remove(e)

    def properties(self, title: str, author: str, company: str, date: str) -> None:
        """Set the document properties to the submission's: its title, the association as
        author and company, the date; nothing else (no generator, no template author)."""
        from datetime import datetime

        props = self.doc.core_properties
        when = datetime.strptime(date, "%Y-%m-%dT%H:%M:%SZ")  # ExportOptions.timestamp: UTC
        props.title, props.author, props.last_modified_by = title, author, author
        props.subject = props.keywords = props.comments = props.category = props.content_status = ""
        props.identifier = props.language = props.version = ""
        props.revision = 1
        props.created = props.modified = when
        app = next((rel.target_part for rel in self.doc.part.package.rels.values()
                    if rel.reltype.endswith("/extended-properties")), None)  # fmt: skip
        if app is not None:
            root = _part_xml(app)
            ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
            for tag, value in (("Company", company), ("Manager", "")):
                e = root.find(ns + tag)
                if e is None and value:
                    e = etree.SubElement(root, ns + tag)
                if e is not None:
                    e.text = value
            for tag in ("Template", "HyperlinkBase"):
                for e in root.findall(ns + tag):
                    root.remove(e)
            _set_part_xml(app, root)


def _place_sect_child(sect: etree._Element, child: etree._Element) -> None:
    """Move a new sectPr child to its place (headers, footers, footnotePr, endnotePr, type,
    pgSz, pgMar …)."""
    order = ["headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
             "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
             "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"]  # fmt: skip
    rank = order.index(etree.QName(child).localname)
    sect.remove(child)
    for i, other in enumerate(sect):
        name = etree.QName(other).localname
        if name in order and order.index(name) > rank:
            sect.insert(i, child)
            return
    sect.append(child)


def _style_name(style: etree._Element) -> str:
    name = style.find(qn("w:name"))
    return (name.get(qn("w:val")) if name is not None else "").lower()


def _part_xml(part: object) -> etree._Element:
    element = getattr(part, "_element", None)
    if element is not None:
        return element
    return etree.fromstring(part.blob)  # type: ignore[attr-defined]


def _set_part_xml(part: object, root: etree._Element) -> None:
    if getattr(part, "_element", None) is root:
        return
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)  # type: ignore[attr-defined]


_RUN_FONTS = re.compile(r"<w:rFonts\b[^>]*>")
_FONT_ATTRS = re.compile(r"w:(ascii|hAnsi|eastAsia|cs)=\"([^\"]+)\"")


def fonts_named(xml: str) -> set[str]:
    """Every font a part names in ``w:rFonts`` (for tests and checks)."""
    return {m[2] for e in _RUN_FONTS.finditer(xml) for m in _FONT_ATTRS.finditer(e[0])}


def main() -> None:
    """Write the bundled default templates again (after a change to this module)."""
    TEMPLATES.mkdir(exist_ok=True)
    for lang in LOOKS:
        default_template(lang).write_bytes(build_template(lang))
        print(f"wrote {default_template(lang)}")


if __name__ == "__main__":
    main()
