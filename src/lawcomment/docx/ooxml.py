"""A small WordprocessingML helper for what python-docx has no API for: runs inside
tracked insertions and deletions, tracked paragraph marks, and settings in schema order.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator

from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import oxml_parser
from lxml import etree

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_NSMAP = {"w": nsmap["w"]}

# CT_Settings children that come after w:trackRevisions (ECMA-376 part 1, 17.15.1.78).
_AFTER_TRACK_REVISIONS = (
    "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride", "styleLockTheme",
    "styleLockQFSet", "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone",
    "doNotHyphenateCaps", "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle",
    "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl",
    "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
    "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
    "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars",
    "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
    "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)  # fmt: skip


@functools.cache
def _w(name: str) -> str:
    return qn(f"w:{name}")


@functools.cache
def _blank(tag: str) -> etree._Element:
    """An empty ``w:`` element, to copy: python-docx's parser makes it of its class (CT_P …) as
    OxmlElement does, without writing and parsing a snippet of XML."""
    return oxml_parser.makeelement(_w(tag), None, nsmap=_NSMAP)


def el(tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> etree._Element:
    """A ``w:`` element: ``el("pStyle", {"val": "Heading1"})``; text keeps its spaces."""
    # a copy of the blank element (of its class, in a document of its own, as makeelement gives
    # it): a third of the time of making each of a submission's 150,000 elements afresh
    e = _blank(tag).__copy__()
    if attrs:
        for k, v in attrs.items():  # in their order, as makeelement sets them
            e.set(_w(k), v)
    if text is not None:
        e.text = text
        e.set(XML_SPACE, "preserve")
    return e


def run(text: str, *, deleted: bool = False, bold: bool = False, italic: bool = False, style: str | None = None,
        east_asia: bool = False) -> etree._Element:  # fmt: skip
    """A ``w:r`` holding ``text``; tabs become ``w:tab``, and deleted text is ``w:delText``
    (a ``w:t`` inside ``w:del`` would come back when the changes are accepted).

    ``style`` is a character style id; ``east_asia`` sets ``w:rFonts w:hint="eastAsia"``, so
    Word sets characters both scripts share (“”、—) in the East Asian font, as Chinese Word does."""
    if "\t" not in text:  # (most runs: a copy of the run made once with these properties, its text set)
        r = _run_blank(deleted, bold, italic, style, east_asia, bool(text)).__copy__()
        if text:
            r[-1].text = text
        return r
    return _run(text, deleted=deleted, bold=bold, italic=italic, style=style, east_asia=east_asia)


@functools.cache
def _run_blank(deleted: bool, bold: bool, italic: bool, style: str | None, east_asia: bool,
               text: bool) -> etree._Element:  # fmt: skip
    """A run as :func:`_run` makes it with these properties, of a text without a tab (of some
    text, or none): to copy, its text set (a submission has 20,000 runs)."""
    return _run("x" if text else "", deleted=deleted, bold=bold, italic=italic, style=style, east_asia=east_asia)


def _run(text: str, *, deleted: bool, bold: bool, italic: bool, style: str | None, east_asia: bool) -> etree._Element:
    r = el("r")
    if bold or italic or style or east_asia:
        rpr = el("rPr")  # CT_RPr order: rStyle, rFonts, b, bCs, i, iCs …
        if style:
            rpr.append(el("rStyle", {"val": style}))
        if east_asia:
            rpr.append(el("rFonts", {"hint": "eastAsia"}))
        if bold:
            rpr.append(el("b"))
            rpr.append(el("bCs"))
        if italic:
            rpr.append(el("i"))
            rpr.append(el("iCs"))
        r.append(rpr)
    tag = "delText" if deleted else "t"
    for i, piece in enumerate(text.split("\t")):
        if i:
            r.append(el("tab"))
        if piece:
            r.append(el(tag, text=piece))
    return r


class Revisions:
    """Makes ``w:ins``/``w:del`` wrappers with ids unique in the document and a fixed date."""

    def __init__(self, date: str, start: int = 1) -> None:
        self.date = date
        self._ids: Iterator[int] = itertools.count(start)

    def skip(self, count: int) -> int:
        """The next id, and ``count`` ids from it taken (revisions numbered elsewhere, in their
        place in the document): ``skip(0)``, the next id alone."""
        first = next(self._ids)
        self._ids = itertools.count(first + count)
        return first

    def wrapper(self, kind: str, author: str) -> etree._Element:
        """An empty ``w:ins`` or ``w:del`` (``kind``) for ``author``."""
        return el(kind, {"id": str(next(self._ids)), "author": author, "date": self.date})

    def text(self, kind: str, author: str, text: str, **run_props: object) -> etree._Element:
        """``text`` as a tracked insertion or deletion (``run_props`` as :func:`run` takes them)."""
        w = self.wrapper(kind, author)
        w.append(run(text, deleted=kind == "del", **run_props))  # type: ignore[arg-type]
        return w

    def mark(self, p: etree._Element, kind: str, author: str) -> None:
        """Track the paragraph mark of ``p`` (``w:pPr/w:rPr/w:ins|w:del``): Enter typed or deleted."""
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = el("pPr")
            p.insert(0, ppr)
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = el("rPr")
            # pPr/rPr comes before sectPr and pPrChange, after every other child
            tail = next((c for c in ppr if c.tag in (qn("w:sectPr"), qn("w:pPrChange"))), None)
            if tail is None:
                ppr.append(rpr)
            else:
                tail.addprevious(rpr)
        rpr.insert(0, self.wrapper(kind, author))


def paragraph(style_id: str | None = None, text: str = "", *, bold: bool = False,
              east_asia: bool = False) -> etree._Element:  # fmt: skip
    """A ``w:p`` with an optional style and plain text."""
    p = el("p")
    if style_id:
        ppr = el("pPr")
        ppr.append(el("pStyle", {"val": style_id}))
        p.append(ppr)
    if text:
        p.append(run(text, bold=bold, east_asia=east_asia))
    return p


def enable_track_revisions(settings: etree._Element) -> None:
    """Switch on Track Changes for whoever opens the file, at its place in CT_Settings."""
    if settings.find(qn("w:trackRevisions")) is not None:
        return
    later = {qn(f"w:{name}") for name in _AFTER_TRACK_REVISIONS}
    track = el("trackRevisions")
    first_after = next((c for c in settings if c.tag in later), None)
    if first_after is None:
        settings.append(track)
    else:
        first_after.addprevious(track)
