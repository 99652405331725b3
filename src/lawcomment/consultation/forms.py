"""The Word comment form (意见反馈表): write one row per article, read the filled rows back.

The form is an A4 landscape document in the association's official look: a title, fields
for 单位、联系人、电话、日期, short instructions, and the table 条款 | 草案原文 | 修改建议 |
理由. The 修改建议 column holds a copy of the draft text and Track Changes is on, so a
member edits the wording in place and Word records the edits.

Each row carries its article's eid three ways (a locked content control tag, a bookmark,
and the printed citation), and the file carries draft@version and the member as custom
document properties, so rows map back however Word or LibreOffice rearranged them. None
of these ids is printed: the form shows the draft's title and the article citations only.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date as _date
from pathlib import Path

from lxml import etree

from ..atomic import write_atomic
from ..comments import Anchor, CommentSource, NewComment, SourceKind, Stance
from ..docx.markup import View, WordComment, _read_comments, _Walker, wrapped_children
from ..docx.package import DocxPackage, W
from ..drafts.anchors import cite, describe, law_citation, quote_anchor, resolve, unit_body, unit_index, whole_draft
from ..drafts.ids import citation_to_eid, eid_to_citation
from ..drafts.numerals import parse_number
from ..drafts.serialize import body_separator
from ..errors import CitationError, InputError, StoreError, UnsafeDocumentError
from ..limits import LimitExceeded
from ..model import Draft, Kind, Unit
from ..review.instructions import instructed_translation, instructed_wording
from ..review.proposals import (full_width, item_given, law_spacing, normalise_proposal, paragraphs_asked_deleted,
                                 partial_proposal, typed_label, typed_label_note, width_note)
from ..review.rebase import rebase
from ..review.redline import similarity
from .bulk import _WORDING_IN_REASON, SUPPORT_ONLY, asks_deletion, blank_reason_note, placeholder, placeholder_note, placeholder_refusal
from .new_articles import asks_new_article, new_article_after
from .stances import remark_stance

_W = f"{{{W}}}"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TAG_PREFIX = "lawcomment:"
BOOKMARK_PREFIX = "lc_"
#: The tag of a chapter's (or section's) heading row: no article's row, and never read as one; and the
#: start of its bookmark's name (a LibreOffice round trip keeps bookmarks), followed by a digest of its words.
HEADING_TAG = "lawcomment-heading"
HEADING_BOOKMARK = "lch_"
_CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"

LABELS: dict[str, dict[str, str]] = {
    "zh": {"title": "意见反馈表", "article": "条款", "original": "草案原文", "proposed": "修改建议", "reason": "理由",
           "org": "单位", "contact": "联系人", "phone": "电话", "date": "日期",
           "deadline": "（请于{date}前反馈）", "notes_head": "填表说明："},
    "en": {"title": "Comment Form", "article": "Article", "original": "Draft text", "proposed": "Proposed text",
           "reason": "Reason", "org": "Company", "contact": "Contact", "phone": "Phone", "date": "Date",
           "deadline": "Please return by {date}.", "notes_head": "Notes:"},
}  # fmt: skip
_NOTES = {
    "zh": ("1．“修改建议”栏已填入草案原文，本表已开启“修订”，请直接在该栏修改，修改之处会标记出来；不修改的条款保持原样即可。",
           "2．建议删除整条的，将“修改建议”栏改为“删除”；只提意见、不改条文的，只填“理由”栏；建议新增条文的，在表末添加一行，"
           "“条款”栏写“新增第×条之一”（×为其前一条），“修改建议”栏写新条文。",
           "3．请在“理由”栏简要说明修改理由。请勿改动“条款”“草案原文”两栏；不提意见的行可以保留，也可以删去。"),
    "en": (("1. “Proposed text” holds a copy of the draft text and Track Changes is on: edit the wording there; "
            "your edits are marked. Leave unchanged articles as they are."),
           ("2. To propose deleting an article, replace its proposed text with “delete”. To comment without "
            "changing the wording, fill in “Reason” only. To propose a new article, add a row at the end with "
            "“{new}” (24: the {article} it follows) under “Article” and its text under “Proposed text”."),
           ("3. Give your reasons under “Reason”. Do not edit the “Article” and “Draft text” columns; rows you do "
            "not comment on may stay or be deleted.")),
}  # fmt: skip
#: The fourth note of a form that prints the draft's translation (a Chinese-speaking member's
#: form of an English draft, or an English-speaking member's of a Chinese one).
_TRANSLATION_NOTE = {
    "zh": "4．“草案原文”栏为草案的中文译本；修改建议按译本措辞提出，委员会据此拟定草案的修改措辞。",
    "en": ("4. “Draft text” is the English working translation of the Chinese draft: propose your wording of it, "
           "and the committee gives its wording of the draft."),
}
#: The fourth note when the translation leaves some of the form's articles out (a partial working text): those
#: print in the draft's language (a web trial's note called every row the English text).
_PARTIAL_TRANSLATION_NOTE = {
    "zh": "4．“草案原文”栏为草案的中文译本；译本未涵盖的条文以草案原文（英文）印出。修改建议按所印文字提出，委员会据此拟定草案的修改措辞。",
    "en": ("4. “Draft text” is the English working translation of the Chinese draft; the articles it does not cover are "
           "printed in Chinese, the draft's language. Propose your wording of the text printed, and the committee gives "
           "its wording of the draft."),
}
#: The footer: before the page number, between it and the page count, after the count.
_PAGE = {"zh": ("第 ", " 页，共 ", " 页"), "en": ("Page ", " of ", "")}
_ROLES = ("article", "original", "proposed", "reason")
_HEADER_ROLES = {name.casefold(): role for labels in LABELS.values() for role in _ROLES
                 for name in (labels[role],)}  # fmt: skip
#: 修改意见 heads the wording column of many associations' own forms, as of their comment sheets
#: (a CSV's 修改意见 column is the proposed wording too)
_HEADER_ROLES["修改意见"] = "proposed"
_FIELDS = ("org", "contact", "phone", "date")
_FIELD_LABELS = {name.casefold(): role for labels in LABELS.values() for role in _FIELDS for name in (labels[role],)}
_FIELD_LABELS.update({"单位名称": "org", "填报单位": "org", "提出单位": "org", "organization": "org", "organisation": "org",
                      "member": "org",
                      "联系电话": "phone", "电话号码": "phone", "telephone": "phone", "tel": "phone",
                      "填报日期": "date", "填表日期": "date", "contact person": "contact", "name": "contact"})  # fmt: skip
#: An English article's label at the start of a proposal typed into an English form row.
_TRANSLATION_LABEL = re.compile(r"^\s*Article\s+\d+(?:-\d+)?\s+")

#: What the form looks like, per language: (Latin font, East Asian font, size in half-points,
#: bold). As the association's other documents (the submission's templates): zh titles and
#: headings 黑体, text 仿宋 小四 with Latin in Times New Roman; en Times New Roman with Chinese
#: text in 宋体. Fonts are named as Word on Windows knows them (宋体 SimSun, 黑体 SimHei, 仿宋
#: FangSong).
_LOOK = {
    "zh": {"title": ("黑体", "黑体", 44, False), "subtitle": ("Times New Roman", "仿宋", 28, False),
           "note": ("Times New Roman", "仿宋", 24, False), "label": ("黑体", "黑体", 24, False),
           "field": ("Times New Roman", "仿宋", 24, False), "head": ("黑体", "黑体", 24, False),
           "cell": ("Times New Roman", "仿宋", 24, False), "cite": ("黑体", "黑体", 21, False),
           "chapter": ("黑体", "黑体", 21, False), "footer": ("Times New Roman", "宋体", 21, False),
           "body": ("Times New Roman", "仿宋", 24, False)},
    "en": {"title": ("Times New Roman", "黑体", 32, True), "subtitle": ("Times New Roman", "宋体", 24, False),
           "note": ("Times New Roman", "宋体", 21, False), "label": ("Times New Roman", "宋体", 22, True),
           "field": ("Times New Roman", "宋体", 22, False), "head": ("Times New Roman", "宋体", 22, True),
           "cell": ("Times New Roman", "宋体", 22, False), "cite": ("Times New Roman", "宋体", 21, True),
           "chapter": ("Times New Roman", "宋体", 21, True), "footer": ("Times New Roman", "宋体", 18, False),
           "body": ("Times New Roman", "宋体", 22, False)},
}  # fmt: skip
#: fontTable entries: name → (English name, panose, charset, family, pitch)
_FONT_TABLE = {
    "宋体": ("SimSun", "02010600030101010101", "86", "auto", "variable"),
    "黑体": ("SimHei", "02010609060101010101", "86", "modern", "fixed"),
    "仿宋": ("FangSong", "02010609060101010101", "86", "modern", "fixed"),
    "Times New Roman": ("", "02020603050405020304", "00", "roman", "variable"),
}  # fmt: skip

# A4 landscape, margins 2.2 cm (2.5 cm at the top), in twentieths of a point.
_PAGE_W, _PAGE_H = 16838, 11906
_MARGIN = {"top": 1418, "right": 1247, "bottom": 1247, "left": 1247, "header": 851, "footer": 680, "gutter": 0}
_TEXT_W = _PAGE_W - _MARGIN["left"] - _MARGIN["right"]  # 14344
#: 条款 narrow, 草案原文 and 修改建议 equal and wide, 理由 medium.
COLUMNS = (1560, 4892, 4892, _TEXT_W - 1560 - 2 * 4892)
_FIELD_COLUMNS = (1560, 3221, 1560, 3221, 1560, _TEXT_W - 3 * 1560 - 2 * 3221)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_safe(text: str) -> str:
    """Text XML can hold: a control character (which no .docx may contain) becomes U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


def bookmark_name(eid: str) -> str:
    """Bookmark names allow letters, digits and _ only: ``art_120-1`` → ``lc_art_120Z1``."""
    return BOOKMARK_PREFIX + eid.replace("-", "Z")


def _eid_from_bookmark(name: str) -> str:
    return name[len(BOOKMARK_PREFIX):].replace("Z", "-")


# -- choosing articles ---------------------------------------------------------------------

_NUMBER = re.compile(r"^(?:[0-9０-９]+|[零〇○一二两三四五六七八九十百千万]+)$")
_RANGE_DASH = re.compile(r"\s*(?:-|–|—|~|～|至|到)\s*")


def select_articles(draft: Draft, spec: str | None, ref: str | None = None) -> list[str]:
    """Article eids chosen by ``10-20,25`` (numbers or Chinese numerals, 第十条 too), in draft
    order; all when ``spec`` is None. A reversed range, an unreadable part or an article
    number the draft does not have is refused with a CitationError naming it."""
    views = draft.articles()
    if spec is None:
        return [v.unit.eid for v in views]
    numbers = sorted({int(base) for v in views if (base := (v.unit.num or "").split("-")[0]).isdigit()})
    where = ref or "the draft"
    have = f"its articles are {numbers[0]} to {numbers[-1]}" if numbers else "it has no numbered articles"
    usage = "use e.g. 10-20,25"
    wanted: list[tuple[int, int]] = []
    parts = [p for p in re.split(r"[,，、;；\s]+", spec.strip()) if p]
    if not parts:
        raise CitationError(f"--articles {spec!r}: no article given ({usage})")
    for part in parts:
        ends = _RANGE_DASH.split(part)
        if len(ends) > 2 or not all(ends):
            raise CitationError(f"--articles {spec!r}: cannot read {part!r} as an article or a range ({usage})")
        values = []
        for end in ends:
            bare = end.removeprefix("第").removesuffix("条")
            if not _NUMBER.match(bare):
                raise CitationError(f"--articles {spec!r}: cannot read {end!r} as an article number ({usage})")
            values.append(parse_number(bare))
        lo, hi = values[0], values[-1]
        if lo > hi:
            raise CitationError(f"--articles {spec!r}: the range {part!r} is reversed (write {hi}-{lo})")
        for n in dict.fromkeys((lo, hi)):
            if n not in numbers:
                raise CitationError(f"--articles {spec!r}: there is no article {n} in {where} ({have})")
        wanted.append((lo, hi))
    out = []
    for v in views:
        base = (v.unit.num or "").split("-")[0]
        if base.isdigit() and any(lo <= int(base) <= hi for lo, hi in wanted):
            out.append(v.unit.eid)
    return out


# -- writing ---------------------------------------------------------------------------------


def _w(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element,
       text: str | None = None) -> etree._Element:  # fmt: skip
    """A ``w:`` element; attribute names are ``w:`` unless they carry a prefix (``r:id``)."""
    e = etree.Element(_W + tag, nsmap={"w": W, "r": _R})
    for k, v in (attrs or {}).items():
        e.set(f"{{{_R}}}{k[2:]}" if k.startswith("r:") else _W + k, v)
    e.extend(children)
    if text is not None:
        e.text = text
        e.set(_XML_SPACE, "preserve")
    return e


def _fonts(latin: str, east: str) -> etree._Element:
    return _w("rFonts", {"ascii": latin, "hAnsi": latin, "eastAsia": east, "cs": latin})


def _run(text: str) -> etree._Element:
    """A run; a newline in ``text`` is a line break."""
    r = _w("r")
    for i, line in enumerate(_xml_safe(text).split("\n")):
        if i:
            r.append(_w("br"))
        if line:
            r.append(_w("t", text=line))
    return r


def _para(style: str, text: str = "", *extra: etree._Element) -> etree._Element:
    p = _w("p", None, _w("pPr", None, _w("pStyle", {"val": style})))
    if text:
        p.append(_run(text))
    p.extend(extra)
    return p


def _style(kind: str, sid: str, name: str, look: tuple[str, str, int, bool] | None = None, *,
           based: str | None = "Normal", jc: str | None = None, spacing: dict[str, str] | None = None, color: str = "000000",
           default: bool = False, keep_next: bool = False, indent: bool = False) -> etree._Element:  # fmt: skip
    st = _w("style", {"type": kind, "styleId": sid, **({"default": "1"} if default else {})}, _w("name", {"val": name}))
    if based and sid != based:
        st.append(_w("basedOn", {"val": based}))
    st.append(_w("qFormat"))
    if kind == "paragraph":
        ppr = _w("pPr")
        if keep_next:
            ppr.append(_w("keepNext"))
        if spacing:
            ppr.append(_w("spacing", spacing))
        if indent:  # 款 start two characters in, as in the law
            ppr.append(_w("ind", {"firstLineChars": "200", "firstLine": "480"}))
        if jc:
            ppr.append(_w("jc", {"val": jc}))
        st.append(ppr)
    if look:
        latin, east, size, bold = look
        rpr = _w("rPr", None, _fonts(latin, east))
        if bold:
            rpr.extend([_w("b"), _w("bCs")])
        rpr.extend([_w("color", {"val": color}), _w("sz", {"val": str(size)}), _w("szCs", {"val": str(size)})])
        st.append(rpr)
    return st


def _styles(lang: str, indent: bool) -> etree._Element:
    look = _LOOK[lang]
    latin, east, size, _ = look["body"]
    lang_attrs = {"val": "zh-CN" if lang == "zh" else "en-GB", "eastAsia": "zh-CN", "bidi": "ar-SA"}
    root = _w("styles", None, _w("docDefaults", None,
        _w("rPrDefault", None, _w("rPr", None, _fonts(latin, east), _w("color", {"val": "000000"}),
                                  _w("kern", {"val": "2"}), _w("sz", {"val": str(size)}),
                                  _w("szCs", {"val": str(size)}), _w("lang", lang_attrs))),
        _w("pPrDefault", None, _w("pPr", None, _w("widowControl", {"val": "0"}), _w("jc", {"val": "both"})))))  # fmt: skip
    line = {"before": "0", "after": "0", "line": "300", "lineRule": "auto"}
    root.extend([
        _style("paragraph", "Normal", "Normal", based=None, default=True, spacing=line),
        _style("character", "DefaultParagraphFont", "Default Paragraph Font", based=None, default=True),
        _style("paragraph", "Title", "Title", look["title"], jc="center", keep_next=True,
               spacing={"before": "0", "after": "120", "line": "240", "lineRule": "auto"}),
        _style("paragraph", "Subtitle", "Subtitle", look["subtitle"], jc="center", keep_next=True,
               spacing={"before": "0", "after": "120", "line": "240", "lineRule": "auto"}),
        _style("paragraph", "lcFormNote", "lawcomment Form Note", look["note"], spacing=line),
        _style("paragraph", "lcFormLabel", "lawcomment Form Label", look["label"], jc="center"),
        _style("paragraph", "lcFormField", "lawcomment Form Field", look["field"], jc="left"),
        _style("paragraph", "lcFormHead", "lawcomment Form Column Heading", look["head"], jc="center"),
        # (English paragraphs, flush left, are set apart by a little space instead of an indent)
        _style("paragraph", "lcFormCell", "lawcomment Form Cell", look["cell"], spacing=line if indent else {**line, "after": "80"},
               indent=indent, jc=None if indent else "left"),
        _style("paragraph", "lcFormCite", "lawcomment Form Article", look["cite"], jc="center"),
        _style("paragraph", "lcFormChapter", "lawcomment Form Chapter", look["chapter"], jc="center", keep_next=True,
               spacing={"before": "0", "after": "0", "line": "240", "lineRule": "auto"}),
        _style("paragraph", "Footer", "footer", look["footer"], jc="center"),
    ])  # fmt: skip
    table_normal = _w("style", {"type": "table", "default": "1", "styleId": "TableNormal"},
                      _w("name", {"val": "Normal Table"}), _w("uiPriority", {"val": "99"}), _w("semiHidden"),
                      _w("unhideWhenUsed"),
                      _w("tblPr", None, _w("tblInd", {"w": "0", "type": "dxa"}),
                         _cell_margins({"top": 0, "left": 108, "bottom": 0, "right": 108})))  # fmt: skip
    border = {"val": "single", "sz": "4", "space": "0", "color": "000000"}
    grid = _w("style", {"type": "table", "styleId": "TableGrid"}, _w("name", {"val": "Table Grid"}),
              _w("basedOn", {"val": "TableNormal"}), _w("uiPriority", {"val": "59"}),
              _w("tblPr", None, _w("tblBorders", None, *(_w(side, border) for side in
                                                          ("top", "left", "bottom", "right", "insideH", "insideV")))))
    no_list = _w("style", {"type": "numbering", "default": "1", "styleId": "NoList"},
                 _w("name", {"val": "No List"}), _w("uiPriority", {"val": "99"}), _w("semiHidden"),
                 _w("unhideWhenUsed"))  # fmt: skip
    root.extend([table_normal, grid, no_list])
    return root


def _font_table() -> etree._Element:
    root = _w("fonts")
    for name, (alt, panose, charset, family, pitch) in _FONT_TABLE.items():
        font = _w("font", {"name": name})
        if alt:
            font.append(_w("altName", {"val": alt}))
        font.extend([_w("panose1", {"val": panose}), _w("charset", {"val": charset}),
                     _w("family", {"val": family}), _w("pitch", {"val": pitch})])  # fmt: skip
        root.append(font)
    return root


def _settings(lang: str) -> etree._Element:
    # In CT_Settings order: zoom, trackRevisions (members' edits are tracked), defaultTabStop,
    # characterSpacingControl, compat, themeFontLang, decimalSymbol, listSeparator.
    mode = {"name": "compatibilityMode", "uri": "http://schemas.microsoft.com/office/word", "val": "15"}
    return _w("settings", None, _w("zoom", {"percent": "100"}), _w("trackRevisions"),
              _w("defaultTabStop", {"val": "420"}), _w("characterSpacingControl", {"val": "compressPunctuation"}),
              _w("compat", None, _w("compatSetting", mode)),
              _w("themeFontLang", {"val": "zh-CN" if lang == "zh" else "en-GB", "eastAsia": "zh-CN"}),
              _w("decimalSymbol", {"val": "."}), _w("listSeparator", {"val": ","}))  # fmt: skip


def _field(instr: str, shown: str) -> list[etree._Element]:
    """A complex field (PAGE, NUMPAGES) with ``shown`` as its last computed value."""
    return [_w("r", None, _w("fldChar", {"fldCharType": "begin"})),
            _w("r", None, _w("instrText", text=f" {instr} ")),
            _w("r", None, _w("fldChar", {"fldCharType": "separate"})),
            _w("r", None, _w("t", text=shown)),
            _w("r", None, _w("fldChar", {"fldCharType": "end"}))]  # fmt: skip


def _footer(lang: str) -> etree._Element:
    before, middle, after = _PAGE[lang]
    p = _para("Footer", before)
    p.extend(_field("PAGE", "1"))
    p.append(_run(middle))
    p.extend(_field("NUMPAGES", "1"))
    if after:
        p.append(_run(after))
    return _w("ftr", None, p)


def _cell(width: int, *content: etree._Element, span: int = 1, shade: bool = False,
          valign: str = "top") -> etree._Element:  # fmt: skip
    tcpr = _w("tcPr", None, _w("tcW", {"w": str(width), "type": "dxa"}))
    if span > 1:
        tcpr.append(_w("gridSpan", {"val": str(span)}))
    if shade:
        tcpr.append(_w("shd", {"val": "clear", "color": "auto", "fill": "F2F2F2"}))
    tcpr.append(_w("vAlign", {"val": valign}))
    return _w("tc", None, tcpr, *content)


def _cell_margins(margins: dict[str, int]) -> etree._Element:
    return _w("tblCellMar", None, *(_w(side, {"w": str(w), "type": "dxa"}) for side, w in margins.items()))


def _table(columns: tuple[int, ...]) -> etree._Element:
    """A bordered table of fixed layout with these column widths (twips)."""
    return _w("tbl", None,
              _w("tblPr", None, _w("tblStyle", {"val": "TableGrid"}),
                 _w("tblW", {"w": str(sum(columns)), "type": "dxa"}), _w("jc", {"val": "center"}),
                 _w("tblLayout", {"type": "fixed"}), _cell_margins({"top": 57, "left": 85, "bottom": 57, "right": 85}),
                 _w("tblLook", {"val": "04A0", "firstRow": "1", "lastRow": "0", "firstColumn": "1", "lastColumn": "0",
                                "noHBand": "0", "noVBand": "1"})),
              _w("tblGrid", None, *(_w("gridCol", {"w": str(w)}) for w in columns)))  # fmt: skip


def _fields_table(labels: dict[str, str], org: str) -> etree._Element:
    tbl = _table(_FIELD_COLUMNS)
    height = _w("trPr", None, _w("cantSplit"), _w("trHeight", {"val": "454", "hRule": "atLeast"}))
    c = _FIELD_COLUMNS
    tbl.append(_w("tr", None, height,
                  _cell(c[0], _para("lcFormLabel", labels["org"]), shade=True, valign="center"),
                  _cell(sum(c[1:]), _para("lcFormField", org), span=5, valign="center")))  # fmt: skip
    row = _w("tr", None, etree.fromstring(etree.tostring(height)))
    for i, key in enumerate(("contact", "phone", "date")):
        row.append(_cell(c[2 * i], _para("lcFormLabel", labels[key]), shade=True, valign="center"))
        row.append(_cell(c[2 * i + 1], _para("lcFormField"), valign="center"))
    tbl.append(row)
    return tbl


def _locked(tag: str, *runs: etree._Element) -> etree._Element:
    """Runs in a locked inline content control tagged with the eid. (Inline: LibreOffice 7.4
    turns a block-level one into FILLIN fields that repeat its text when it saves.)"""
    return _w("sdt", None, _w("sdtPr", None, _w("tag", {"val": tag}), _w("lock", {"val": "sdtContentLocked"})),
              _w("sdtContent", None, *runs))  # fmt: skip


def _heading_digest(text: str) -> str:
    return HEADING_BOOKMARK + hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _heading_row(lines: list[str], bookmark_id: int) -> etree._Element:
    """A row across the table holding the heading of a chapter (and section) that starts at the next article,
    a line each (第二章　电子商务经营者, 第一节　一般规定), locked, tagged :data:`HEADING_TAG` and in a bookmark
    naming a digest of its words: the reader skips it. Kept with the article's row below it on one page."""
    paras = [_para("lcFormChapter", "", _locked(HEADING_TAG, _run(line))) for line in lines]
    paras[0].insert(1, _w("bookmarkStart", {"id": str(bookmark_id), "name": _heading_digest("".join(lines))}))
    paras[-1].append(_w("bookmarkEnd", {"id": str(bookmark_id)}))
    return _w("tr", None, _w("trPr", None, _w("cantSplit")),
              _cell(sum(COLUMNS), *paras, span=len(COLUMNS), valign="center"))


def _heading_only(tr: etree._Element, cells: list[str]) -> bool:
    """Whether row ``tr`` is a heading row the form printed (:func:`_heading_row`) holding its words alone (its
    bookmark's digest, which a LibreOffice round trip keeps, says which): one a member wrote in besides is
    read as any other row, never dropped unread."""
    names = {bm.get(f"{_W}name") or "" for bm in tr.iter(f"{_W}bookmarkStart")}
    return _heading_digest("".join(cells)) in names  # (a column the member added: empty in it, or it is read)


def _text_paras(text: str) -> list[etree._Element]:
    return [_para("lcFormCell", line) for line in text.split("\n")]


def make_form(draft: Draft, ref: str, path: str | Path, *, title: str = "", member: str | None = None,
              member_name: str = "", articles: list[str] | None = None, lang: str = "zh",
              deadline: str | None = None, texts: Mapping[str, str] | None = None,
              text_lang: str = "", source: str = "") -> Path:  # fmt: skip
    """Write the comment form for ``draft`` (stored as ``ref``) to ``path``.

    ``member_name`` (the member's organisation) is filled in under 单位; ``deadline``
    (YYYY-MM-DD) is printed under the title. ``texts`` (by the draft's eid) are the words
    of the draft's ``text_lang`` translation, printed instead of the draft's in the rows
    they render (the English working text, for an English-speaking member); the form
    records ``text_lang``, and its rows are read back as comments on that translation.
    ``source`` (the stored draft's SHA-256) is recorded too: a form read back after the draft
    was replaced (``draft add --replace``) is read against the words it printed.
    """
    if lang not in LABELS:
        raise StoreError(f"unknown form language {lang!r} (use zh or en)")
    labels = LABELS[lang]
    sep = body_separator(draft)
    chosen = set(articles) if articles is not None else None
    name = _xml_safe((title or draft.title or "").strip())
    body = _w("body")
    if lang == "zh":
        heading = f"{name if name.startswith('《') or not name else f'《{name}》'}{labels['title']}"
        body.append(_para("Title", heading))
    else:
        heading = f"{labels['title']}: {name}" if name else labels["title"]
        body.append(_para("Title", labels["title"]))
        if name:
            body.append(_para("Subtitle", name))
    if deadline:
        body.append(_para("Subtitle", labels["deadline"].format(date=_format_date(deadline, lang))))
    body.append(_fields_table(labels, _xml_safe(member_name)))
    notes_head = _para("lcFormNote", labels["notes_head"])
    notes_head.find(f"{_W}pPr").append(_w("spacing", {"before": "120"}))
    body.append(notes_head)
    partial = texts is not None and any(v.unit.eid not in texts for v in draft.articles()
                                        if chosen is None or v.unit.eid in chosen)  # fmt: skip
    # an English draft's rows cited as it cites its units, its new one named so: a bill's Section 101, not
    # Article 101 (a trial's form), New Section 24-1
    own = lang == "en" and texts is None and draft.profile.startswith("en")
    word = next((w for v in draft.articles()[:1] if (w := law_citation(draft, v.unit.eid, "en").split(" ")[0]).isalpha()),
                "Article") if own else "Article"  # fmt: skip
    for note in (*_NOTES[lang], *([(_PARTIAL_TRANSLATION_NOTE if partial else _TRANSLATION_NOTE)[lang]]
                                  if texts is not None else [])):  # fmt: skip
        # a new one named as the draft's own language numbers it: an EU act's Article 24a, a bill's Section 24A;
        # a Chinese draft's in English as its 第二十四条之一 reads (New Article 24-1)
        new = (f"{word} 24A" if word == "Section" else f"{word} 24a") if own else "New Article 24-1"
        body.append(_para("lcFormNote", note.replace("{new}", new).replace("{Article}", word).replace("{article}", word.lower())))
    body.append(_para("lcFormNote"))
    tbl = _table(COLUMNS)
    head = _w("tr", None, _w("trPr", None, _w("cantSplit"), _w("tblHeader")))  # repeat the header on every page
    for width, role in zip(COLUMNS, _ROLES, strict=True):
        head.append(_cell(width, _para("lcFormHead", labels[role]), shade=True, valign="center"))
    tbl.append(head)
    bookmark_id = 0
    gap = " " if draft.profile.startswith("en") else "\u3000"  # (CHAPTER I General provisions, 第一章　总则)
    shown: tuple[str, ...] = ()
    for view in draft.articles():
        unit = view.unit
        if chosen is not None and unit.eid not in chosen:
            continue
        # The citation, in a locked content control tagged with the eid and in a bookmark.
        cite = _para("lcFormCite", "", _w("bookmarkStart", {"id": str(bookmark_id), "name": bookmark_name(unit.eid)}),
                     _locked(f"{TAG_PREFIX}{unit.eid}", _run(law_citation(draft, unit.eid, "en") if own else eid_to_citation(unit.eid, lang))),
                     _w("bookmarkEnd", {"id": str(bookmark_id)}))  # fmt: skip
        bookmark_id += 1
        # (a line each, across the table: 第二章　农产品质量安全标准)
        path_lines = tuple(_xml_safe(texts[c.eid] if texts is not None and c.eid in texts else
                                     f"{c.label}{gap}{c.heading}").strip("　 \n") for c in view.heading_path)  # fmt: skip
        # The chapter (and section) where a new one starts: a row of its own across the table, never in the
        # first article's row (a trial's form read 第一条 over 第一章　总则 in its 条款 cell, as if it were the article's)
        headings = [line for line in path_lines if line] if path_lines != shown else []
        shown = path_lines
        if headings:
            tbl.append(_heading_row(headings, bookmark_id))
            bookmark_id += 1
        text = _xml_safe(texts[unit.eid] if texts is not None and unit.eid in texts else unit.body(sep))
        tbl.append(_w("tr", None,
                      _cell(COLUMNS[0], cite),
                      _cell(COLUMNS[1], *_text_paras(text)),
                      _cell(COLUMNS[2], *_text_paras(text)),
                      _cell(COLUMNS[3], _para("lcFormCell"))))  # fmt: skip
    body.append(tbl)
    # A body ends with a paragraph: a one-point one, so that it never spills onto a page of its own.
    body.append(_w("p", None, _w("pPr", None, _w("spacing", {"before": "0", "after": "0", "line": "20",
                                                             "lineRule": "exact"}))))  # fmt: skip
    body.append(_w("sectPr", None, _w("footerReference", {"type": "default", "r:id": "rIdFooter"}),
                   _w("pgSz", {"w": str(_PAGE_W), "h": str(_PAGE_H), "orient": "landscape"}),
                   _w("pgMar", {k: str(v) for k, v in _MARGIN.items()}),
                   _w("cols", {"space": "425"})))  # fmt: skip
    document = _w("document", None, body)
    props = {"lawcomment.form": "1", "lawcomment.draft": ref, **({"lawcomment.member": member} if member else {}),
             **({"lawcomment.org": member_name} if member and member_name else {}), "lawcomment.lang": lang,
             **({"lawcomment.text": text_lang} if texts is not None and text_lang else {}),
             **({"lawcomment.source": source} if source else {})}  # fmt: skip
    # the law text printed (the draft's, or its translation's) sets the cells' paragraphs: a Chinese 款
    # starts two characters in and is justified; English text is set flush left, as it is printed
    chinese = text_lang == "zh" if texts is not None and text_lang else not draft.profile.startswith("en")
    return write_atomic(path, _package(document, lang, chinese, heading, props))


def _format_date(value: str, lang: str) -> str:
    try:
        d = _date.fromisoformat(value)
    except ValueError:
        return value
    return f"{d.year}年{d.month}月{d.day}日" if lang == "zh" else f"{d.day} {d:%B} {d.year}"


def _xml(root: etree._Element) -> bytes:
    etree.cleanup_namespaces(root, top_nsmap={"w": W, "r": _R})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _theme(lang: str) -> bytes:
    """A plain Office theme (Word expects one): black and white, the form's own fonts."""
    latin, east = _LOOK[lang]["body"][:2]
    head_latin, head_east = _LOOK[lang]["title"][:2]
    colours = (("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "000000"), ("lt2", "FFFFFF"), ("accent1", "000000"),
               ("accent2", "404040"), ("accent3", "595959"), ("accent4", "7F7F7F"), ("accent5", "A6A6A6"),
               ("accent6", "BFBFBF"), ("hlink", "000000"), ("folHlink", "000000"))  # fmt: skip
    solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Plain">'
            '<a:themeElements><a:clrScheme name="Plain">'
            + "".join(f'<a:{k}><a:srgbClr val="{v}"/></a:{k}>' for k, v in colours)
            + '</a:clrScheme><a:fontScheme name="Plain">'
            f'<a:majorFont><a:latin typeface="{head_latin}"/><a:ea typeface="{head_east}"/><a:cs typeface=""/>'
            f'</a:majorFont><a:minorFont><a:latin typeface="{latin}"/><a:ea typeface="{east}"/><a:cs typeface=""/>'
            "</a:minorFont>"
            '</a:fontScheme><a:fmtScheme name="Plain">'
            f"<a:fillStyleLst>{solid * 3}</a:fillStyleLst><a:lnStyleLst>{line * 3}</a:lnStyleLst>"
            "<a:effectStyleLst>" + "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3 + "</a:effectStyleLst>"
            f"<a:bgFillStyleLst>{solid * 3}</a:bgFillStyleLst>"
            "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>").encode()  # fmt: skip


def _package(document: etree._Element, lang: str, indent: bool, title: str, props: dict[str, str]) -> bytes:
    """The .docx: ``document`` with the form's styles, settings, fonts, footer and theme, the
    title in the core properties and ``props`` as custom properties. No timestamps, so the
    same form is the same bytes."""
    office = "application/vnd.openxmlformats-officedocument"
    wml = f"{office}.wordprocessingml"
    rel = _R
    overrides = {"/word/document.xml": f"{wml}.document.main+xml", "/word/styles.xml": f"{wml}.styles+xml",
                 "/word/settings.xml": f"{wml}.settings+xml", "/word/fontTable.xml": f"{wml}.fontTable+xml",
                 "/word/footer1.xml": f"{wml}.footer+xml", "/word/theme/theme1.xml": f"{office}.theme+xml",
                 "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
                 "/docProps/custom.xml": _CUSTOM_CT}  # fmt: skip
    types = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="{_CT}">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             + "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in overrides.items())
             + "</Types>")  # fmt: skip

    def rels(items: list[tuple[str, str, str]]) -> str:
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">'
                + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in items)
                + "</Relationships>")  # fmt: skip

    package_rels = rels([("rId1", f"{rel}/officeDocument", "word/document.xml"),
                         ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                          "docProps/core.xml"),
                         ("rId3", _CUSTOM_REL, "docProps/custom.xml")])  # fmt: skip
    document_rels = rels([("rIdStyles", f"{rel}/styles", "styles.xml"),
                          ("rIdSettings", f"{rel}/settings", "settings.xml"),
                          ("rIdFonts", f"{rel}/fontTable", "fontTable.xml"),
                          ("rIdFooter", f"{rel}/footer", "footer1.xml"),
                          ("rIdTheme", f"{rel}/theme", "theme/theme1.xml")])  # fmt: skip
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{_esc(title)}</dc:title><dc:language>{'zh-CN' if lang == 'zh' else 'en-GB'}</dc:language>"
            "</cp:coreProperties>")  # fmt: skip
    items = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name="{k}">'
                    f"<vt:lpwstr>{_esc(v)}</vt:lpwstr></property>" for i, (k, v) in enumerate(props.items(), 2))  # fmt: skip
    custom = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT}">{items}</Properties>')  # fmt: skip
    parts = {"[Content_Types].xml": types.encode(), "_rels/.rels": package_rels.encode(),
             "docProps/core.xml": core.encode(), "docProps/custom.xml": custom.encode(),
             "word/_rels/document.xml.rels": document_rels.encode(), "word/document.xml": _xml(document),
             "word/styles.xml": _xml(_styles(lang, indent)), "word/settings.xml": _xml(_settings(lang)),
             "word/fontTable.xml": _xml(_font_table()), "word/footer1.xml": _xml(_footer(lang)),
             "word/theme/theme1.xml": _theme(lang)}  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(zipfile.ZipInfo(part, date_time=(1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _esc(text: str) -> str:
    return _xml_safe(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def custom_properties(pkg: DocxPackage) -> dict[str, str]:
    """The custom document properties of a package (name → text value)."""
    rels = pkg.xml("_rels/.rels")
    target = None
    if rels is not None:
        for rel in rels:
            if rel.get("Type") == _CUSTOM_REL:
                target = rel.get("Target", "").lstrip("/")
    root = pkg.xml(target or "docProps/custom.xml")
    if root is None:
        return {}
    out = {}
    for prop in root:
        name = prop.get("name")
        if name and len(prop):
            out[name] = "".join(prop[0].itertext())
    return out


# -- reading a filled form -----------------------------------------------------------------


@dataclass
class FormRow:
    """One data row of a filled form: where it is, which article, and its four cells (as
    edited, tracked changes accepted); ``before`` holds the cells with the changes rejected
    where that differs."""

    position: str
    eid: str | None
    cells: dict[str, str]
    before: dict[str, str] = field(default_factory=dict)
    notes: list[WordComment] = field(default_factory=list)  # the Word comments anchored in the row
    quoted: dict[str, str] = field(default_factory=dict)  # Word comment id → the words its range covers in the row
    machine: bool = False  # its article named by the form's hidden id (tag or bookmark), not its printed citation
    merged: tuple[str, ...] = ()  # the roles of cells the member merged into one across the row
    shared: tuple[str, ...] = ()  # the roles whose cell the member merged with the row above's (its text taken)
    heading: bool = False  # a chapter's heading row the form printed (:func:`_heading_row`), a member's words in it


@dataclass
class FilledForm:
    """A comment form as read back: the draft and member it names, the fields the member
    filled in (``org``, ``contact``, ``phone``, ``date``), and its data rows."""

    path: Path
    draft: str | None
    member: str | None
    rows: list[FormRow] = field(default_factory=list)
    marked: bool = False  # our custom property, a form header row, a tag or a bookmark was seen
    fields: dict[str, str] = field(default_factory=dict)
    org: str | None = None  # the organisation the form was made out to
    text_lang: str = ""  # the language of the translation whose words it prints, when it prints them
    loose: list[WordComment] = field(default_factory=list)  # Word comments anchored in no data row
    unread: dict[str, str] = field(default_factory=dict)  # a column the form does not read (extra2) → its header
    source: str = ""  # the SHA-256 of the draft it was made from (forms made before 2026-12-05 have none)
    headers: dict[str, str] = field(default_factory=dict)  # role → its column's header as the form prints it


def as_printed(form: FilledForm) -> bool:
    """Whether every row of ``form`` reads as the form printed it: its 修改建议 the draft text (or
    empty, as an earlier layout printed it) and its 理由 empty (a form sent back unfilled)."""
    printed = [(_squash(row.cells.get("proposed", "")), _squash(row.cells.get("original", ""))) for row in form.rows]
    prefilled = bool(form.source) or any(proposed and proposed == original for proposed, original in printed)
    return all(not row.cells.get("reason", "").strip() and (proposed == original or not (proposed or prefilled))
               for row, (proposed, original) in zip(form.rows, printed, strict=True))  # fmt: skip


def cell_text(tc: etree._Element, view: View | None = None) -> str:
    """A cell's text, one line per paragraph, as ``view`` shows it (all changes accepted by
    default): a paragraph mark deleted (accepted view) or inserted (rejected view) joins
    its paragraph to the next, as Word shows it."""
    view = view or View.ALL
    walker = _Walker(None)
    paras = [walker.paragraph(p, False, ()) for p in tc.iter(f"{_W}p")]
    lines: list[str] = []
    current = ""
    for i, para in enumerate(paras):
        current += view.text(para)
        if i < len(paras) - 1 and para.mark and not view.keeps(para.mark):
            continue
        lines.append(current)
        current = ""
    return "\n".join(lines).strip()


def _row_eid(tr: etree._Element, first_cell: str) -> tuple[str | None, bool]:
    """The row's eid and whether a machine id (tag or bookmark) gave it."""
    for tag in tr.iter(f"{_W}tag"):
        val = tag.get(f"{_W}val") or ""
        if val.startswith(TAG_PREFIX):
            return val[len(TAG_PREFIX):], True
    for bm in tr.iter(f"{_W}bookmarkStart"):
        name = bm.get(f"{_W}name") or ""
        if name.startswith(BOOKMARK_PREFIX):
            return _eid_from_bookmark(name), True
    cite = first_cell.split("\n", 1)[0].strip()
    try:
        return (citation_to_eid(cite, paragraph_optional=True) if cite else None), False
    except (CitationError, ValueError):  # (Article 14A (new): no citation, never a traceback)
        return None, False


def _field_role(text: str) -> str | None:
    return _FIELD_LABELS.get(re.sub(r"[\s:：（(].*$|[\s:：]+$", "", text.strip()).casefold() or text.casefold())


def open_form(path: str | Path) -> FilledForm | None:
    """Read a .docx as a comment form; None when it is not one (no property, header row,
    tag or bookmark of ours), so callers read every file once."""
    p = Path(path)
    pkg = DocxPackage(p)
    try:
        form = _read(pkg, p)
    finally:
        pkg.close()
    return form if form.marked else None


def _read(pkg: DocxPackage, path: Path) -> FilledForm:
    props = custom_properties(pkg)
    form = FilledForm(path, props.get("lawcomment.draft"), props.get("lawcomment.member"),
                      marked=bool(props.get("lawcomment.form")), org=props.get("lawcomment.org"),
                      text_lang=props.get("lawcomment.text", ""), source=props.get("lawcomment.source", ""))  # fmt: skip
    root = pkg.xml(pkg.main)
    if root is None:
        raise InputError(pkg.path, f"missing part {pkg.main}")
    roles = list(_ROLES)
    marked_in: list[list[str]] = []  # the Word comments each data row marks, by id
    gone: set[str] = set()  # those marked in rows deleted with track changes
    for t, tbl in enumerate(root.iter(f"{_W}tbl"), 1):
        above: dict[str, str] = {}  # the row before's 修改建议 and 理由: a cell merged with it holds them
        for r, tr in enumerate(wrapped_children(tbl, f"{_W}tr"), 1):
            if tr.find(f"{_W}trPr/{_W}del") is not None:  # a row deleted with track changes on: its comments too
                gone.update(el.get(f"{_W}id") or "" for el in tr.iter(f"{_W}commentRangeStart", f"{_W}commentReference"))
                continue
            tcs = wrapped_children(tr, f"{_W}tc")
            cells = [cell_text(tc) for tc in tcs]
            if not cells or _heading_only(tr, cells):  # (a chapter's heading row: no article's)
                continue
            # cells as the table's grid has them: one the member merged across columns (gridSpan)
            # covers several roles, one merged with the row above (vMerge) holds nothing of its own
            spans = [_grid_span(tc) for tc in tcs]
            continued = [_continues(tc) for tc in tcs]
            if _field_role(cells[0]) is not None:  # 单位 | … | 联系人 | … : the member's details
                for label, value in zip(cells[::2], cells[1::2], strict=False):
                    if (role := _field_role(label)) is not None and value:
                        form.fields[role] = value
                continue
            header = [_HEADER_ROLES.get(c.casefold()) for c in cells]
            if header[0] == "article" and sum(1 for h in header if h) >= 3:
                roles = [h or f"extra{i}" for i, h in enumerate(header)]
                form.headers = {h: c for h, c in zip(header, cells, strict=True) if h}
                form.unread.update((f"extra{i}", c) for i, (h, c) in enumerate(zip(header, cells, strict=True)) if not h)
                form.marked = True
                continue
            by_role: dict[str, int] = {}  # role → the cell at its column
            merged: list[str] = []
            column = 0
            for i, span in enumerate(spans):
                covered = roles[column:column + span]
                by_role.update((role, i) for role in covered)
                if sum(role in ("original", "proposed", "reason") for role in covered) > 1:
                    merged += covered
                column += span
            values = {role: cells[by_role[role]] if role in by_role else "" for role in roles}
            shared = [role for role, i in by_role.items() if continued[i] and role in ("proposed", "reason")]
            for role in shared:  # the cell above's words, meant for this row too
                values[role] = above.get(role, "")
            before = {}  # the cells as they read with the tracked changes rejected, where that differs
            for role, i in by_role.items():
                if role in ("original", "proposed") and role not in shared and \
                        (old := cell_text(tcs[i], View.ORIGINAL)) != values[role]:  # fmt: skip
                    before[role] = old
            above = {role: values[role] for role in ("proposed", "reason")}
            eid, machine = _row_eid(tr, values.get("article", ""))
            form.marked = form.marked or machine
            heading = any((bm.get(f"{_W}name") or "").startswith(HEADING_BOOKMARK) for bm in tr.iter(f"{_W}bookmarkStart"))
            form.rows.append(FormRow(f"table {t} row {r}", eid, values, before, quoted=_ranged(tr), machine=machine,
                                     merged=tuple(merged), shared=tuple(shared), heading=heading))  # fmt: skip
            # the Word comments marked in the row (a range or a reference in any of its cells)
            marked_in.append(list(dict.fromkeys(el.get(f"{_W}id") or "" for el in tr.iter(
                f"{_W}commentRangeStart", f"{_W}commentReference"))))  # fmt: skip
    if form.marked:  # (a file that is no form is read as a marked-up draft, comments and all)
        try:
            notes = _read_comments(pkg)
        except LimitExceeded as exc:
            raise UnsafeDocumentError(pkg.path, str(exc)) from None
        placed: set[str] = set()
        for row, ids in zip(form.rows, marked_in, strict=True):
            row.notes = [notes[i] for i in ids if i in notes and i not in placed]  # each comment once
            placed.update(ids)
        form.loose = [c for c in notes.values() if c.id not in placed and c.id not in gone]
    return form




#: A 条款 cell correcting its own citation: 第十条（应为第二十二条第二款）, 第十条 实为第二十二条.
_CORRECTED = re.compile(r"(?:应为|应是|应当是|应当为|实为|实际为|实际是|改为|更正为|should\s+be|i\.e\.)\s*[:：]?\s*"
                        r"(?P<cite>第[^（）()\s，,。；;]+[条款项]|article\s+\d+[a-z]?(?:\(\w+\))*)", re.IGNORECASE)


def _article_of(eid: str) -> str:
    return eid.split("__", 1)[0]


def _retyped(row: FormRow, draft: Draft, ref: str, index: dict[str, Unit], header: str,
             copied: bool) -> tuple[str | None, str] | None:  # fmt: skip
    """A row whose 条款 cell names, in words, another article than the row's hidden id (a row copied
    from another and its citation typed over, 第二十二条第二款, or corrected beside it, 第十条（应为
    第二十二条第二款）): the unit it names and the warning saying it is read so; or (None, why) when
    which article is meant cannot be told (the correction names no unit, or the row's wording reads
    like the hidden id's article, not the one typed); None for a row naming its own article (or
    none: a note, 新增一条, 总体意见)."""
    if not row.machine or row.eid is None or row.eid not in index or row.merged:
        return None
    first = row.cells.get("article", "").split("\n", 1)[0].strip()
    corrected = _CORRECTED.search(first)
    tagged = index[row.eid]
    mine = describe(tagged.eid, draft=draft)
    where = (f"{mine}'s row copied (its hidden id is that row's)" if copied else
             f"{mine}'s row (its hidden id), its {header} typed over")  # fmt: skip
    try:
        named = resolve(draft, corrected["cite"] if corrected else first, ref, index)
    except (CitationError, ValueError):
        if corrected is None:
            return None  # no citation (a note typed over it, 见上): the hidden id names the row's article
        return None, (f"its {header} reads 「{first}」, which names no unit of {ref}, and the row is {where}: which "
                      f"article it is for cannot be told; write the citation of its article in {header}")  # fmt: skip
    if _article_of(named.eid) == _article_of(tagged.eid):
        return None  # its own article, or a 款 of it (the wording says which, below)
    said = describe(named.eid, draft=draft)
    proposed = row.cells.get("proposed", "").strip()
    sep = body_separator(draft)
    own = _squash(tagged.body(sep))
    if proposed and _squash(proposed) != own and placeholder(proposed) is None and not asks_deletion(proposed):
        # the member's wording (not the copied row's printed text) may say which article is meant
        like_own, like_named = similarity(_squash(proposed), own), similarity(_squash(proposed), _squash(named.body(sep)))
        if like_own >= _OWN_WORDS and like_own >= like_named + _OWN_MARGIN:
            return None, (f"its {header} reads 「{first}」 ({said}), but the row is {where}, and its wording reads like "
                          f"{mine} (similarity {like_own:.2f}, against {like_named:.2f} like "
                          f"{said}): which article it is for cannot be told; write the citation of the article it "
                          f"words in {header}")  # fmt: skip
    return named.eid, f"its {header} reads 「{first}」: read as on {said}, as it says, though the row is {where}"


#: A wording this like the article of its row's hidden id, and this much more than like the one its
#: 条款 names, is that article's: the 条款 typed over is then not what the row words (the same
#: measure as a wording filed under the wrong article, consultation.misfiled).
_OWN_WORDS, _OWN_MARGIN = 0.6, 0.25


#: A reason asking for its article's deletion (建议删除本条, 本条应予删除, delete this article): said beside
#: a 修改建议 emptied without Track Changes, which asks for nothing (删除 there asks for the deletion).
_DELETES_ARTICLE = re.compile(r"(?<![不无未勿毋])(?:删除|删去|取消)(?:本条|该条|此条)|(?:本条|该条|此条)(?:应予|应当|应|宜|可)?(?:删除|删去)|"
                              r"\b(?:delete|remove)\s+(?:this|the)\s+(?:article|section|provision)\b", re.IGNORECASE)




def _grid_span(tc: etree._Element) -> int:
    """How many of the table's grid columns the cell covers (Word's 合并单元格 across a row)."""
    span = tc.find(f"{_W}tcPr/{_W}gridSpan")
    value = span.get(f"{_W}val", "1") if span is not None else "1"
    return int(value) if value.isdigit() and 0 < int(value) <= 64 else 1


def _continues(tc: etree._Element) -> bool:
    """Whether the cell is merged with the one above it (Word's 合并单元格 down a column): its
    own text is none, the first cell of the merge holds it."""
    merge = tc.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(f"{_W}val", "continue") == "continue"


def _ranged(tr: etree._Element) -> dict[str, str]:
    """The words each Word comment's range covers in a row (its text as the row shows it, a line
    per paragraph), by comment id; a range that does not end in the row covers none."""
    open_: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for el in tr.iter(f"{_W}commentRangeStart", f"{_W}commentRangeEnd", f"{_W}t", f"{_W}p"):
        if el.tag == f"{_W}commentRangeStart":
            open_[el.get(f"{_W}id") or ""] = []
        elif el.tag == f"{_W}commentRangeEnd":
            words = open_.pop(el.get(f"{_W}id") or "", None)
            if words is not None:
                out[el.get(f"{_W}id") or ""] = "".join(words).strip()
        elif el.tag == f"{_W}p":
            for words in open_.values():
                if words:
                    words.append("\n")
        else:
            for words in open_.values():
                words.append(el.text or "")
    return out


def _squash(text: str) -> str:
    """Text compared as a reader sees it: each line trimmed, empty lines dropped."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


#: A form's printed article this little like the stored one (after the draft was replaced) is another text.
_ANOTHER_TEXT = 0.5


def _clip(text: str, limit: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit] + "…"


def _row_notes(p: Path, row: FormRow, draft: Draft, ref: str, index: dict[str, Unit], member: str,
               warnings: list[str], problems: list[str]) -> list[NewComment]:  # fmt: skip
    """The Word comments marked in a row, each a remark on the row's article (its author kept)."""
    for c in row.notes:
        if c.done:
            warnings.append(f"{p}: {row.position}: Word comment {c.id} ({c.author or 'no author'}: 「{_clip(c.text)}」) is "
                            "marked done in Word; not imported")  # fmt: skip
    if not any(not c.done for c in row.notes):
        return []
    missing = ""
    try:
        unit = resolve(draft, row.eid, ref, index) if row.eid else None
    except CitationError as exc:  # the article it cites as the draft numbers it, with the nearest, as a CSV's row is told
        unit, missing = None, str(exc)
    if unit is None:
        what = (missing or f"no article {row.eid!r} in {ref}") if row.eid else "no article id or citation in the row"
        problems += [f"{row.position}: {what} (Word comment {c.id}: 「{_clip(c.text)}」)" for c in row.notes]
        return []
    out = []
    for c in row.notes:
        if not c.text.strip() or c.done:
            continue
        anchor, words = Anchor(unit.eid), row.quoted.get(c.id, "")
        # on words of the law (in the 条文, or in a proposed text that kept them): anchored at them;
        # on the member's own words, or on the whole text, a remark on the unit
        if words and _squash(words) != _squash(unit_body(draft, unit)):
            try:
                anchor, hits = quote_anchor(draft, unit, words)
            except CitationError:
                pass
            else:
                if hits > 1:
                    warnings.append(f"{p}: {row.position}: Word comment {c.id} is on 「{_clip(words)}」, which occurs "
                                    f"{hits} times in {unit.eid}; anchored at the first")  # fmt: skip
        out.append(NewComment(member, anchor, Stance.COMMENT,
                              CommentSource(SourceKind.FORM, p.name, c.author or None, f"{row.position}, Word comment {c.id}"),
                              body=c.text.strip()))  # fmt: skip
    return out


def form_comments(form: FilledForm, draft: Draft, ref: str, member: str, member_org: str | None = None,
                  translation: Mapping[str, str] | None = None,
                  source: str = "") -> tuple[list[NewComment], list[str], list[str]]:  # fmt: skip
    """Comments from a filled form: one per row with a proposal or a reason, plus
    warnings and problems (filled rows that name no article of the draft, or propose what is no
    wording of it).

    Rows map to articles by their content-control tag, bookmark or printed citation, so
    reordered, duplicated, deleted and split rows all work. The 修改建议 cell starts as a
    copy of the draft text: a row whose cell still reads as the draft (tracked changes
    accepted) proposes nothing; an edited one proposes its text as edited. A row proposes
    the whole article (the form asks for its full wording next to the draft text), so a
    proposal that leaves 款 out proposes deleting them; a warning names the row and those
    款. The 单位 the member wrote is checked against ``member_org`` (or the organisation
    the form was made out to): a different name is a warning, never an error.

    A form that prints the words of the draft's translation (``form.text_lang``) is read
    against ``translation`` (those words by the draft's eid): a row that prints them gives
    comments on the translation, in its language, anchored at the row's unit of the draft.
    """
    p = form.path
    sep = body_separator(draft)
    lang = "en" if draft.profile.startswith("en") else "zh"
    warnings: list[str] = []
    problems: list[str] = []
    expected = member_org if member_org is not None else (form.org if member == form.member else None)
    written = form.fields.get("org", "").strip()
    if written and expected and _squash(written).casefold() != _squash(expected).casefold():
        warnings.append(f"{p}: the form's 单位 reads {written!r}, not {expected!r}; its comments are recorded for {member}")
    seen: dict[tuple[object, ...], str] = {}
    index = unit_index(draft)
    for c in form.loose:  # in the form's head or notes: no article to put it on, so said, never dropped
        warnings.append(f"{p}: a Word comment outside the articles' rows is not imported ({c.author or 'no author'}: "
                        f"「{_clip(c.text)}」); write it in the 理由 cell of its article's row")  # fmt: skip
    names = LABELS["en" if form.text_lang == "en" or lang == "en" else "zh"]
    seen_ids = Counter(row.eid for row in form.rows if row.machine)  # an id twice: a row copied from another
    # a row whose 条款 names another article than its hidden id (a row copied and its citation typed
    # over, a trial's): read as the 条款 says, said, never filed silently under the copied row's article
    unread: set[int] = set()
    if not form.text_lang:
        for n, row in enumerate(form.rows):
            retyped = _retyped(row, draft, ref, index, names["article"], seen_ids.get(row.eid, 0) > 1)
            if retyped is None:
                continue
            eid, message = retyped
            if eid is None:
                problems.append(f"{row.position}: {message}")
                unread.add(n)
            else:
                row.eid = eid
                warnings.append(f"{p}: {row.position}: {message}")
    # each row's Word comments come after the comment its cells make
    notes = [[] if n in unread else _row_notes(p, row, draft, ref, index, member, warnings, problems)
             for n, row in enumerate(form.rows)]  # fmt: skip
    made: list[list[NewComment]] = [[] for _ in form.rows]
    reprinted: list[tuple[str, str, float]] = []  # rows that printed their article otherwise: (row, where, similarity)
    replaced = bool(form.source and source and form.source != source)  # made from another text of the draft
    for role, header in form.unread.items():  # a column the member's table adds (备注): said, never dropped unsaid
        filled = [row.position for row in form.rows if row.cells.get(role, "").strip()]
        if filled:
            shown = ", ".join(filled[:5]) + (f" and {len(filled) - 5} more" if len(filled) > 5 else "")
            column = f"the column 「{header}」" if header.strip() else "a column with no header"
            warnings.append(f"{p}: {column} is not one the form reads: its words in {len(filled)} row(s) ({shown}) are "
                            f"not imported (write them in the {names['reason']} cell of their row)")  # fmt: skip

    # a form whose 修改建议 cells came pre-filled with the draft text (every form since forms recorded
    # their draft; an earlier layout left them empty, a row unfilled is empty there)
    prefilled = bool(form.source) or any(
        (printed := row.cells.get("original", "").strip()) and _squash(row.cells.get("proposed", "")) == _squash(printed)
        for row in form.rows)  # fmt: skip

    def unit_missing(row: FormRow) -> bool:
        return row.eid is not None and row.eid not in index

    for n, row in enumerate(form.rows):
        if n in unread:
            continue
        if row.merged:
            words = " ".join(dict.fromkeys(w for role in _ROLES if (w := row.cells.get(role, "").strip())))  # a cell once
            if not words:
                continue  # an empty row merged across (a separator): nothing to read, as an untouched row
            if row.heading:  # words a member wrote in a chapter's heading row: said, to be written where they are read
                warnings.append(f"{p}: {row.position}: the chapter heading row reads 「{_clip(words)}」, words added to the "
                                "heading the form printed; not read as a comment: write them in the 修改建议 and 理由 of an "
                                "article's row (or a 全文 row for the whole draft) and import the form again")  # fmt: skip
                continue
            if {"original", "proposed", "reason"} <= set(row.merged):  # a line the member typed across the table
                warnings.append(f"{p}: {row.position}: a row merged across the table reads 「{_clip(words)}」; not "
                                "read as a comment")  # fmt: skip
                continue
            # which words are the wording and which the reason (or the draft's text) is not known: not read
            cells = "、".join(f"“{names[role]}”" for role in row.merged if role in names)
            other = "the reason" if "reason" in row.merged else "the draft text"
            problems.append(f"{row.position}: the cells {cells} are merged into one, so the wording cannot be told "
                            f"from {other}; write each in its own cell (split the cells in Word)")  # fmt: skip
            continue
        if "proposed" in row.shared:  # one wording for two articles: the row's own is not known
            problems.append(f"{row.position}: its “{names['proposed']}” cell is merged with the row above's, so "
                            "the row has no wording of its own; write it in its own cell (split the cells in Word)")  # fmt: skip
            continue
        proposed = row.cells.get("proposed", "").strip()
        reason = row.cells.get("reason", "").strip()
        says = placeholder(proposed) if proposed else None
        if says == "same":  # 同上: which row's wording it means is never guessed
            problems.append(f"{row.position}: {placeholder_refusal(proposed, 'the ' + names['proposed'])}")
            continue
        blank = ""  # 无, /, 同意 typed over the printed text: no wording (a trial's 「无」 replaced all of 第十条)
        if says is not None:
            blank, proposed = proposed, ""
        dropped = ""  # a 理由 of a placeholder only (/): none
        if reason and placeholder(reason) == "none":
            dropped, reason = reason, ""
        # a row copied from another keeps its hidden id (or, added, has none): its citation is the copied row's
        copied = not row.machine or seen_ids.get(row.eid, 0) > 1
        cell = row.cells.get("article", "")
        after = new_article_after(cell, index, copied) if proposed else None
        if after is None and proposed and (copied or row.eid is None or unit_missing(row)) and asks_new_article(cell):
            # a new article asked for, its place not said (新增一条): never read as a wording of the article
            # whose row it was copied from (a verifying trial's 新增一条 replaced 第五十七条)
            problems.append(f"{row.position}: the row asks for a new article but does not say after which one (its "
                            f"{names['article']} reads 「{_clip(row.cells.get('article', '').strip())}」); write "
                            "在第二十四条后增加一条 or 新增第二十四条之一 there")  # fmt: skip
            continue
        if after is not None and not asks_deletion(proposed):
            # a row the member added for a new article (新增第二十四条之一, 在第二十四条后增加一条): proposed after
            # it, whatever hidden id a row copied to make it kept (the intake takes a typed label off its text)
            warnings.append(f"{p}: {row.position}: a row added for a new article after "
                            f"{describe(after.eid, lang, draft)}; read as proposing it")  # fmt: skip
            proposed, marks = full_width(draft, after, proposed)
            if marks:
                warnings.append(f"{p}: {row.position}: {width_note(marks)}")
            made[n].append(NewComment(member, Anchor(after.eid), Stance.INSERT, CommentSource(
                SourceKind.FORM, p.name, None, row.position), body=reason, proposed_text=proposed))  # fmt: skip
            continue
        if (copied or row.eid is None or unit_missing(row)) and whole_draft(cell):
            # a row the member added for the whole draft (总体意见, 全文): a remark on it, whichever cell holds
            # it, never a wording (a trial's web upload refused it as "no article id or citation in the row")
            # (a row added anew: its 草案原文 cell is the member's too; a copied row's holds the copied article's
            # text, and its 修改建议 the copy of it the form printed: the law's words, never the member's remark)
            printed = row.cells.get("original", "").strip()
            # (the text of an article of the draft, wherever it stands in the row, is the law's)
            law = {_squash(u.body(sep)) for u in index.values() if u.kind is Kind.ARTICLE}
            whole_remark = "\n".join(dict.fromkeys(x for x in (printed, proposed, reason) if x and _squash(x) not in law))
            if whole_remark:
                stance = Stance.SUPPORT if SUPPORT_ONLY.match(whole_remark) else Stance.COMMENT
                warnings.append(f"{p}: {row.position}: a row for the whole draft (「{_clip(cell.strip())}」); read as a "
                                "remark on it")  # fmt: skip
                made[n].append(NewComment(member, Anchor(None), stance, CommentSource(SourceKind.FORM, p.name, None,
                                                                                      row.position), body=whole_remark))  # fmt: skip
            continue
        if row.shared and (proposed or reason):  # one reason given for two rows
            warnings.append(f"{p}: {row.position}: its “{names['reason']}” cell is merged with the row above's; the "
                            "merged cell's reason is read for this row too")  # fmt: skip
        elif reason and len(reason) <= 16 and placeholder(reason) == "same":
            # 同上 as the reason: kept as written, said, as a CSV's (which row's reason it means is never guessed)
            warnings.append(f"{p}: {row.position}: the reason 「{reason}」 (same as above) is kept as written: each row "
                            "is read on its own, never from the row above; write out the reason it means")  # fmt: skip
        missing = ""  # why the article the row cites is not found (the draft's citation of it, and the nearest)
        try:  # a printed citation such as 第三十一条第（五）项 names its 款 only through the draft
            unit = resolve(draft, row.eid, ref, index) if row.eid else None
        except CitationError as exc:
            unit, missing = None, str(exc)
        original = _xml_safe(unit.body(sep)) if unit is not None else ""
        where = describe(unit.eid, lang, draft) if unit is not None else ""
        written = ""  # the language of the words the row prints: the draft's, or its translation's
        if unit is not None and form.text_lang and translation is not None and unit.eid in translation:
            printed = row.before.get("original", row.cells.get("original", ""))
            if _squash(printed) != _squash(original):  # not a row printed in the draft's words (none rendered them)
                written, where = form.text_lang, f"{where} ({form.text_lang} translation)"
                # what the row printed is what the member reworded: the translation may have changed since
                original = printed.strip() or _xml_safe(translation[unit.eid])
                if _squash(original) != _squash(translation[unit.eid]):
                    warnings.append(f"{p}: {row.position}: the {form.text_lang} translation of {where} changed since "
                                    "the form was made; the row is read against the text it printed")  # fmt: skip
                label = _TRANSLATION_LABEL.match(proposed)  # a leading copy of the article's own label (Article 16)
                if label and not _TRANSLATION_LABEL.match(original):
                    proposed = proposed[label.end():]
        widened: tuple[str, ...] = ()
        spaced: str | None = None
        if unit is not None and proposed and not written:  # , ; typed between the law's words: ，； as the law has them
            proposed, spaced = law_spacing(draft, unit, proposed)
            proposed, widened = full_width(draft, unit, proposed)
        printed = row.before.get("original", row.cells.get("original", "")).strip() if unit is not None else ""
        as_printed = original
        # the draft replaced since the form was made (its SHA-256 recorded then differs from the
        # stored one): what the form printed may not be the stored words. Otherwise a draft-text
        # cell that reads otherwise was edited by the member (below)
        # (a form made before forms recorded their draft: only a row left as it printed it is read so,
        # its 修改建议 and 草案原文 alike: an edit of both cells is not told from a draft corrected since)
        legacy = not form.source and bool(proposed) and _squash(proposed) == _squash(printed)
        if (replaced or legacy) and printed and not written and _squash(printed) != _squash(original) \
                and _squash(proposed) != _squash(original):  # fmt: skip
            # the form printed the article otherwise than the store has it now (the draft replaced
            # after the forms went out, or a form of another draft under the same name): what the
            # member left as printed proposes nothing, and an edit is moved onto the stored words.
            # (A 修改建议 that reads as the stored text was pre-filled from it: the form is current,
            # and its draft-text cell was edited, as below.)
            reprinted.append((row.position, where, similarity(_squash(printed), _squash(original))))
            as_printed = printed  # what an edit of the draft-text cell is measured against
            if proposed and _squash(proposed) == _squash(printed):
                warnings.append(f"{p}: {row.position}: the form printed {where} otherwise than {ref} has it now (the "
                                f"draft was replaced after the form was made{'' if replaced else '?'}); the row is left "
                                "as printed and proposes nothing")  # fmt: skip
                proposed = ""
            elif proposed and not asks_deletion(proposed):
                moved = rebase(printed, proposed, original)
                if not moved.failed:
                    proposed = moved.text
                    warnings.append(f"{p}: {row.position}: the form printed {where} otherwise than {ref} has it now; "
                                    "the member's changes are made on the stored text")  # fmt: skip
                else:
                    warnings.append(f"{p}: {row.position}: the form printed {where} otherwise than {ref} has it now, "
                                    "and the member's changes cannot all be placed on the stored text: the wording "
                                    "is kept as written, and also undoes what the draft changed there since; check "
                                    "it")  # fmt: skip
        unchanged = bool(proposed) and _squash(proposed) == _squash(original)
        edited = row.cells.get("original", "").strip()
        if unit is not None and edited and _squash(edited) != _squash(as_printed) and (not proposed or unchanged):
            warnings.append(f"{p}: {row.position}: the draft-text cell of {where} was edited; "
                            "the edited text is read as the proposal")  # fmt: skip
            (proposed, widened), unchanged = full_width(draft, unit, edited), False
        if unchanged:
            proposed = ""  # the pre-filled copy of the draft text, untouched (or edited back)
        elif not proposed and not blank and original and _squash(row.before.get("proposed", "")) == _squash(original):
            delete = "删除" if lang == "zh" else "delete"  # the whole text deleted with Track Changes on
            warnings.append(f"{p}: {row.position}: the proposed text of {where} was deleted; not read as a proposal "
                            f"(write {delete} there to propose deleting the article)")  # fmt: skip
        elif not proposed and not row.cells.get("proposed", "").strip() and original and unit is not None \
                and "proposed" not in row.before \
                and row.machine and not copied and prefilled:  # fmt: skip
            # the printed copy taken out without Track Changes (WPS, or Track Changes turned off): no
            # wording, and no deletion asked either; said, for a member may have meant one (a trial's)
            # (beside another reason it is the remark a row left as printed makes: cleared to make room)
            delete = "删除" if lang == "zh" else "delete"
            how = f"write {delete} in {names['proposed']} to propose deleting the article"
            read = (f"the row gives no reason: nothing is recorded ({how})" if not reason else
                    f"its reason asks for its deletion (「{_clip(reason)}」): kept as a remark, not read as deleting it "
                    f"({how})" if asks_deletion(reason) or _DELETES_ARTICLE.search(reason) else "")  # fmt: skip
            if read:
                warnings.append(f"{p}: {row.position}: the proposed text of {where} was emptied (not with Track "
                                f"Changes) and {read}")  # fmt: skip
        if blank and unit is not None and not reason and says != "agree":
            warnings.append(f"{p}: {row.position}: {placeholder_note(blank, None, where, dropped)}")
            continue
        if dropped and unit is not None:
            nothing = f": nothing is recorded at {where}" if not proposed and not blank else ""
            warnings.append(f"{p}: {row.position}: {blank_reason_note(dropped)}{nothing}")
        if not proposed and not reason and says != "agree":
            continue  # an untouched row is not a comment
        if unit is None:
            what = (missing or f"no article {row.eid!r} in {ref}") if row.eid else (
                "no article id or citation in the row (a new article goes in a row of its own whose "
                f"{names['article']} reads 新增第二十四条之一 or 在第二十四条后增加一条, its text in {names['proposed']}; a "
                f"remark on the whole draft: 总体意见 in {names['article']})")  # fmt: skip
            problems.append(f"{row.position}: {what}")
            continue
        if proposed and not written and normalise_proposal(draft, unit, proposed) == original:
            proposed = ""
            if not reason:
                warnings.append(f"{p}: {row.position}: the proposed text of {where} "
                                "is the draft text unchanged; not a comment")  # fmt: skip
                continue
        if asks_deletion(proposed):
            stance, text = Stance.DELETE, None
        elif proposed:
            stance, text = Stance.AMEND, proposed
            try:  # 建议将“三年内”修改为“一年内”: the row's text with it applied, never those words as the law's
                instructed = (instructed_translation(original, proposed, written, where) if written
                              else instructed_wording(draft, unit, proposed))  # fmt: skip
            except ValueError as exc:
                problems.append(f"{row.position}: {exc}")
                continue
            if widened:
                warnings.append(f"{p}: {row.position}: {width_note(widened)}")
            if spaced:
                warnings.append(f"{p}: {row.position}: {spaced}")
            if not written and (typed := typed_label_note(unit, typed_label(unit, proposed))):
                warnings.append(f"{p}: {row.position}: {typed}")
            try:  # （三）销售…； typed for its article: that 项 (the 条款 cell names articles alone)
                item = None if written or instructed is not None else item_given(draft, unit, proposed)
            except ValueError as exc:
                problems.append(f"{row.position}: {exc}")
                continue
            if instructed is not None:
                text = instructed[0]
                warnings.append(f"{p}: {row.position}: {instructed[1]}")
            elif item is not None:
                unit, text = item[0], normalise_proposal(draft, item[0], proposed.strip())
                warnings.append(f"{p}: {row.position}: {item[1]}")
            elif not written and (partial := partial_proposal(draft, unit, proposed)) is not None:
                one = partial.target
                others = {int(u.eid.rsplit("__para_", 1)[1]) for u in partial.paragraphs if u is not one}
                if one is not None and partial.given == 1 and paragraphs_asked_deleted(reason) != others and \
                        _squash(partial.text) != _squash(one.body(body_separator(draft))):  # fmt: skip
                    # one 款 given, clearly one of the article's, and reworded: a wording of that 款, as a typed
                    # comment and the web form read it; the article's other 款 are never deleted unasked (a trial's
                    # row, 第八条第一款 typed over the cell, went out deleting the 第二款 staff did not notice). One
                    # given as printed asks only for the others' deletion: read so, as before.
                    unit, text = one, partial.text
                    rest = next(u for u in partial.paragraphs if u is not one)
                    warnings.append(f"{p}: {row.position}: {partial.anchored()}; the other 款 of "
                                    f"{cite(partial.article.eid, lang)} are not read as deleted (to delete one, say so "
                                    f"in the {names['reason']}: {'删除' if lang == 'zh' else 'delete '}{cite(rest.eid, lang)})")  # fmt: skip
                else:  # the row's whole article: the 款 it leaves out, it proposes deleting, said aloud
                    warnings.append(f"{p}: {row.position}: {partial.deleting()}")
        else:  # a remark; 「支持本条。」 on a row left as it was is support of the article as it is
            stance, text = (Stance.SUPPORT if SUPPORT_ONLY.match(reason) or says == "agree" else remark_stance(reason)), None
            if blank:
                warnings.append(f"{p}: {row.position}: {placeholder_note(blank, stance, where)}")
            if (worded := _WORDING_IN_REASON.search(reason)) is not None:
                # a wording written in the 理由 column (a trial's): kept as the remark it is, said
                warnings.append(f"{p}: {row.position}: the {names['reason']} of {where} gives a wording "
                                f"(「{_clip(worded.group(0))}」) while its {names['proposed']} is left as printed; it is "
                                f"kept as a remark (write the wording in {names['proposed']} to propose it)")  # fmt: skip
        key = (unit.eid, stance, text, reason)
        if key in seen:  # a row copied in Word: the same comment once
            warnings.append(f"{p}: {row.position} repeats {seen[key]}; imported once")
            continue
        seen[key] = row.position
        made[n].append(NewComment(member, Anchor(unit.eid), stance, CommentSource(SourceKind.FORM, p.name, None,
                                  row.position), body=reason, proposed_text=text, lang=written))  # fmt: skip
    unlike = [f"{where} ({row})" for row, where, alike in reprinted if alike < _ANOTHER_TEXT]
    printing = sum(1 for row in form.rows if row.before.get("original", row.cells.get("original", "")).strip())
    # (two rows or more, half of those printed: a corrected draft rewrites an article or two of a
    # form, another law's shares at most a stock article or two, 本法自公布之日起施行)
    if len(unlike) >= 2 and 2 * len(unlike) >= printing:
        # not a draft corrected since: another text under the same name (another store's draft)
        raise InputError(str(p), f"the form's draft text is not {ref}'s: {', '.join(unlike[:3])}"
                         + (f" and {len(unlike) - 3} more" if len(unlike) > 3 else "")
                         + f" read otherwise; is it a form of another draft named {ref}? Nothing was imported (make "
                         f"the member a new form with `lawcomment form make --draft {ref} --member {member}`)")  # fmt: skip
    out: list[NewComment] = []
    said: set[tuple[str | None, str]] = set()  # a row copied in Word brings its Word comments again: once each
    for mine, noted in zip(made, notes, strict=True):
        out += mine
        for remark in noted:
            if (remark.anchor.eid, remark.body) not in said:
                said.add((remark.anchor.eid, remark.body))
                out.append(remark)
    return out, warnings, problems
