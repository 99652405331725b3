"""A small WordprocessingML helper for what python-docx has no API for: runs inside
tracked insertions and deletions, tracked paragraph marks, and settings in schema order.
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
from bisect import bisect_left
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


# -- the font of the characters both scripts share ------------------------------------------
# Word sets a character such as “ ” ‘ ’ — … · é in the run's East Asian font when the run's
# w:hint, its own or its style's, is eastAsia ([MS-OI29500] 2.1.88: General Punctuation under
# hint eastAsia; accented Latin letters too, under a zh-CN w:lang), else in its Latin (hAnsi)
# font. A Chinese template sets the hint on every style (ours does: Chinese Word's habit), so an
# English sentence's quotation marks came out wide, in 宋体. The hint belongs to the sentence the
# character stands in: full-width in Chinese, the Latin font's in English.

#: Characters Word always sets in the East Asian font, whatever the hint: CJK, Hangul, full-width forms.
_EAST_ASIAN = re.compile("[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
                         "\U00020000-\U0003ffff]")  # fmt: skip
#: A character whose font the hint decides: neither ASCII (always the ascii font) nor :data:`_EAST_ASIAN`.
_SHARED = re.compile("[^\x00-\x7f\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
                     "\U00020000-\U0003ffff]")  # fmt: skip
#: Where a sentence ends, or a label (Reasons: 理由：): a quotation opening after it belongs to what it
#: quotes, not to the words before.
_SENTENCE_END = frozenset("。！？；：.!?;:")
_PAIRS = {"”": "“", "’": "‘"}
_EAST, _LATIN = "eastAsia", "default"


def hint_scripts(root: etree._Element) -> None:
    """Give each run under ``root`` holding characters both scripts share the ``w:hint`` of the
    sentence they stand in (eastAsia in Chinese, default in English), a run split where it holds
    both: in an English submission “personal data” takes the Latin font, 增加“完整”的要求 and
    a Chinese remark quoted in English (noted on “应当…”:) keep theirs."""
    for p in _holding_shared(root):
        runs = []
        for r in p.iter(_w("r")):
            pieces = [c for c in r if c.tag != _w("rPr")]
            text = "".join(_piece_text(c) for c in pieces)
            runs.append((r, pieces, text))
        whole = "".join(text for _, _, text in runs)
        one = _LATIN if _EAST_ASIAN.search(whole) is None else _EAST if _OTHER_LETTER.search(whole) is None else ""
        if one:  # (one script throughout, most paragraphs: each run holding a shared character given its hint,
            # unless it has it already, as a Chinese run has: no places worked out, no run cut)
            for r, _, text in runs:
                if _SHARED.search(text) and _hint_of(r) != one:
                    _set_hint(r, one)
            continue
        hints = _hints(whole)
        places = sorted(hints)
        at = 0
        for r, pieces, text in runs:
            spans = _spans(text, places, hints, at)
            at += len(text)
            if not spans:
                continue
            if len(spans) > 1 and all(c.tag in (_w("t"), _w("delText"), _w("tab")) for c in pieces):
                deleted = any(c.tag == _w("delText") for c in pieces)
                for piece, hint in spans:
                    part = run(piece, deleted=deleted)
                    rpr = r.find(_w("rPr"))
                    if rpr is not None:
                        part.insert(0, copy.deepcopy(rpr))
                    _set_hint(part, hint)
                    r.addprevious(part)
                r.getparent().remove(r)
            else:  # (a run holding a field or a break besides its text: the hint of its first such character)
                _set_hint(r, spans[0][1])


def _holding_shared(root: etree._Element) -> list[etree._Element]:
    """The paragraphs under ``root`` (``root`` too) whose text holds a shared character, in order: found
    from their text elements alone, the runs of the others never walked (the 网络安全法's bilingual table,
    81 articles: 6 ms of its 250 ms of CPU)."""
    found: dict[etree._Element, None] = {}
    search = _SHARED.search
    for t in root.iter(_w("t"), _w("delText")):
        if t.text and search(t.text):
            p = next(t.iterancestors(_w("p")), None)
            if p is not None:
                found[p] = None
    return list(found)


def _piece_text(c: etree._Element) -> str:
    if c.tag in (_w("t"), _w("delText")):
        return c.text or ""
    return "\t" if c.tag == _w("tab") else ""


def _spans(text: str, places: list[int], hints: dict[int, str], at: int) -> list[tuple[str, str]]:
    """``text`` (at ``at`` in its paragraph) cut where the hint its shared characters want changes:
    (piece, hint) pairs; [] when it holds none. ``places``: the keys of ``hints`` in order (only
    they are looked at, never each character: a paragraph of a Chinese submission holds “ ” in
    nearly every run)."""
    spans: list[tuple[str, str]] = []
    start, hint = 0, ""
    for k in range(bisect_left(places, at), bisect_left(places, at + len(text))):
        want = hints[places[k]]
        if want == hint:
            continue
        if hint:
            i = places[k] - at
            spans.append((text[start:i], hint))
            start = i
        hint = want
    if hint:
        spans.append((text[start:], hint))
    return spans


def _script(ch: str) -> str:
    """The script a character speaks for: eastAsia, default (a letter of another script), or "" (a
    digit, a space, a mark: neither)."""
    if _EAST_ASIAN.match(ch):
        return _EAST
    return _LATIN if ch.isalpha() else ""


#: A letter of a script other than the East Asian ones (Latin, Greek, Cyrillic): a paragraph without one
#: is Chinese throughout, its shared characters all East Asian.
_OTHER_LETTER = re.compile("[A-Za-z\u00c0-\u02af\u0370-\u04ff\u1e00-\u1eff]")


def _hints(text: str) -> dict[int, str]:
    """The hint each shared character of paragraph ``text`` (one of both scripts: :func:`hint_scripts` gives
    a paragraph of one script its hint throughout) wants, by its place: a letter its own
    script's; a pair of quotation marks the script of the sentence around it (the strong character
    before the opening one; at a sentence's start, what it quotes, or what follows it); an
    apostrophe, a dash or a lone mark the script of the strong character before it (else after)."""
    shared = [m.start() for m in _SHARED.finditer(text)]

    def before(i: int, sentence: bool = False) -> str:
        """The script of the strong character before ``i`` (in its ``sentence``: none past where one ends)."""
        for j in range(i - 1, -1, -1):
            if sentence and text[j] in _SENTENCE_END:
                return ""
            if script := _script(text[j]):
                return script
        return ""

    def after(i: int, end: int | None = None) -> str:
        """The script of the strong character after ``i`` (before ``end``)."""
        for j in range(i + 1, len(text) if end is None else end):
            if script := _script(text[j]):
                return script
        return ""

    hints: dict[int, str] = {}
    opened: dict[str, list[int]] = {"“": [], "‘": []}
    for i in shared:  # the pairs of quotation marks first
        ch = text[i]
        if ch in opened:
            opened[ch].append(i)
        elif ch in _PAIRS:
            letters = 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
            if ch == "’" and letters or not opened[_PAIRS[ch]]:  # an apostrophe (member’s), or a lone mark
                continue
            o = opened[_PAIRS[ch]].pop()
            hints[o] = hints[i] = before(o, sentence=True) or after(o, i) or after(i) or _EAST
    for i in shared:
        if i not in hints:
            hints[i] = _script(text[i]) or before(i) or after(i) or _EAST
    return hints


def run_fonts(r: etree._Element) -> etree._Element:
    """Run ``r``'s ``w:rFonts``, made (with its ``w:rPr``) where it has none, in CT_RPr's order."""
    rpr = r.find(_w("rPr"))
    if rpr is None:
        rpr = el("rPr")
        r.insert(0, rpr)
    fonts = rpr.find(_w("rFonts"))
    if fonts is None:
        fonts = el("rFonts")
        rpr.insert(1 if rpr.find(_w("rStyle")) is not None else 0, fonts)  # CT_RPr: rStyle, then rFonts
    return fonts


def _hint_of(r: etree._Element) -> str | None:
    """Run ``r``'s own ``w:hint``, if it has one."""
    fonts = r.find(_FONTS_PATH)
    return None if fonts is None else fonts.get(_w("hint"))


_FONTS_PATH = f"{_w('rPr')}/{_w('rFonts')}"


def _set_hint(r: etree._Element, hint: str) -> None:
    run_fonts(r).set(_w("hint"), hint)
