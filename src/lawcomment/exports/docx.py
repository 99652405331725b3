"""The submission as Word, in the committee's voice and the official layout.

``articles`` layout (A4 portrait): the title (关于《…》的修改意见), the general opinion
(一、总体意见, from ``--intro`` Markdown) when there is one, then per article a heading
(（一）关于第十条), the article as law text with the committee's changes as native tracked
changes (an accepted new article inserted after it as 第十条之一), the committee's reason
(理由：…), the member remarks staff forwarded, and the supporters counted per change; at the
end the association and the date. ``table`` layout (A4 landscape): the same in the
comparison table 条文 | 修改建议 | 理由.

Only what the view submits goes in: by default the changes staff accepted, the conflict
alternatives they chose, final wordings and accepted new units; with ``include_unreviewed``
also the undecided ones (a discussion draft, which says so under the title). Nothing
internal: no ``name@version``, eids, counts or tool names, and the document properties name
the association only.

Page, fonts and styles come from a template (:mod:`lawcomment.docx.layout`): the bundled
default, or the association's letterhead (``--template``). Everything that is not law text
is in the ``Submission Note`` styles, which lawcomment's .docx reader sets aside, so a
member can mark up the submission and it imports as a marked-up draft.
"""

from __future__ import annotations

import functools
import io
import math
import re
import struct
from collections.abc import Iterable
from dataclasses import replace

from docx.opc.oxml import serialize_part_xml
from docx.opc.part import XmlPart
from docx.oxml.ns import qn
from lxml import etree

from ..docx.layout import LATIN_FONT, LOOKS, Page
from ..docx.ooxml import Revisions, el, enable_track_revisions, hint_scripts, run, run_fonts
from ..drafts.markdown import INFO_END, render_markdown
from ..errors import ExportError
from ..model import Kind
from .contract import ExportOptions
from .text import (
    TEXT,
    Block,
    conflict_lines,
    date_line,
    general_opinion,
    heading,
    intro_blocks,
    paired_text,
    parallel_blocks,
    parallel_heading,
    parallel_supporter_lines,
    parallel_title,
    reason_paragraphs,
    remark_lines,  # fmt: skip
    section_number,
    sub_number,
    supporter_lines,
    title,
    title_lines,
    unit_heading,
    written_in,
)
from .view import Consultation, Item, apart_now, deletes_whole, opened, write_apart

NOTE_STYLE = "Submission Note"
NOTE_HEADING_STYLE = "Submission Note Heading"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: A heading line of the draft's Markdown (## 第一章　总则), and a table's rule (|---|---|).
_MD_HEADING = re.compile(r"^(#{2,6}) (.*)$")
_TABLE_RULE = re.compile(r"^\|(?:-+\|)+$")
_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
#: What is not :data:`_CJK`: taken out of a text, the wide characters are left.
_NOT_CJK = re.compile(r"[^\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+")
#: Where a note in both languages (text.both: the draft's sentence, a space, the translation's) turns language.
_SENTENCES = re.compile(r"(?<=[。.]) (?=[A-Za-z\u4e00-\u9fff])")
#: The comparison table's columns: 条文 and 修改建议 equal and wide, 理由 narrower (shares of the width).
TABLE_SHARES = (0.37, 0.37, 0.26)
#: The bilingual table (``--lang zh+en``): 条文 | Article | 修改建议 | Proposed text | 理由 | Reasons.
TABLE_SHARES_BILINGUAL = (0.15, 0.2, 0.15, 0.2, 0.15, 0.15)  # English runs longer than Chinese


class _Writer:
    def __init__(self, view: Consultation, options: ExportOptions) -> None:
        self.view = view.with_unreviewed(options.include_unreviewed)
        self.options = options
        self.lang = options.lang
        # after a unit's label, as the law prints it: 第十条　… ; Article 10 … (never a wide space in English)
        self.gap = "\u3000" if view.lang == "zh" else " "
        self.tx = TEXT[options.lang]
        self.date = options.timestamp
        self.revs = Revisions(self.date)
        self.page = Page(options.lang, options.template or None)
        self.doc = self.page.doc
        self.ids = self.page.ids
        self._sect = self.page.sect
        enable_track_revisions(self.doc.settings.element)
        self.page.properties(title(self.view, self.lang), options.author, options.association, self.date)
        self._spliced: bytes | None = None  # the articles made by workers, as document.xml has them

    # -- building blocks --------------------------------------------------------------
    def add(self, p: etree._Element) -> etree._Element:
        self._sect.addprevious(p)
        return p

    def para(self, key: str, *runs: etree._Element | str, indent: bool = True) -> etree._Element:
        """A paragraph in style ``key`` (see docx_layout.STYLE_NAMES) holding ``runs``."""
        p = _blank_para(self.ids[key], indent).__copy__()
        for r in runs:
            p.append(self.run(r) if isinstance(r, str) else r)
        return p

    def run(self, text: str, latin: bool = False, **props: object) -> etree._Element:
        """A run; text with Chinese in it gets the East Asian font hint (so “”、— are set
        in the Chinese font, as Chinese Word does; :func:`~lawcomment.docx.ooxml.hint_scripts`
        gives the marks of an English sentence the Latin font's before the document is saved).
        ``latin`` sets its Latin letters in the translation's font (a style for Chinese
        headings would set them in 楷体)."""
        r = run(text, east_asia=bool(_CJK.search(text)), **props)  # type: ignore[arg-type]
        if latin:
            _latin_font(r)
        return r

    def label(self, text: str) -> etree._Element:
        return run(text, style=self.ids["label"], east_asia=bool(_CJK.search(text)))

    def lines(self, p: etree._Element, width: int = 0) -> int:
        """About how many lines paragraph ``p`` takes, in the body's size across the text width (or
        in the table's across a cell ``width`` twips wide, its margins off)."""
        look = LOOKS[self.lang]
        if width:
            per_line = (width - 216) / (look.table_size * 10)
            indent = 0
        else:  # (the body's paragraphs but the signature's indent their first line two characters)
            per_line = self.page.text_width / (look.size * 10)
            indent = 2 if look.indent else 0
        return max(1, math.ceil((_weight(_text(p)) + indent) / max(per_line, 1)))

    def short(self, p: etree._Element) -> bool:
        """Whether paragraph ``p`` is short enough to keep with the next one (see _KEPT_SHARE)."""
        return self.lines(p) <= self.page_lines * _KEPT_SHARE

    def row_lines(self, tr: etree._Element) -> int:
        """About how many lines table row ``tr`` takes: its tallest cell's."""
        tallest = 0
        for tc in tr.findall(qn("w:tc")):
            width = int(tc.find(f"{{{_W}}}tcPr/{{{_W}}}tcW").get(qn("w:w")))
            tallest = max(tallest, sum(self.lines(p, width) for p in tc.findall(qn("w:p"))))
        return tallest

    @property
    def page_lines(self) -> float:
        """About how many lines of the body's text a page holds (the English look's space after a
        paragraph counted on each line: fewer than it holds)."""
        look = LOOKS[self.lang]
        return self.page.text_height / (look.line or look.size * 12 + look.after)

    @property
    def table_page_lines(self) -> float:
        """About how many lines of the table's text a page holds."""
        look = LOOKS[self.lang]
        return self.page.text_height / (look.table_line or look.table_size * 12)

    def author(self, supporters: tuple[str, ...]) -> str:
        if self.options.attribute == "members" and supporters and not self.options.anonymous:
            return self.tx["sep"].join(self.view.member_name(m) for m in supporters)
        return self.options.author

    def redline(self, item: Item, style: str, with_label: bool = True) -> list[etree._Element]:
        """The unit's text with the position's edits as tracked changes, one ``w:p`` per
        line, its label (第十条) first, as the law prints it."""
        segments = item.segments(self.view.law_words())
        deleted = deletes_whole(segments)  # (item.deleted, without making the segments again)
        label = None
        own = unit_heading(self.view, item) if with_label and item.label else ""
        head: list[etree._Element] = []
        if with_label and item.label:
            text = f"{item.label}{self.gap}{own}" if own else f"{item.label}{self.gap}"
            if deleted:  # the whole unit taken out: its label too
                who = self.author(next(s for k, _, s in segments if k == "del"))
                label = self.revs.text("del", who, text, style=self.ids["label"], east_asia=bool(_CJK.search(text)))
            else:
                label = self.label(text)
            if own:  # Section 6 Hydroelectric facilities: a line of its own, as the bill prints it
                head = [self.para(style, label)]
                if deleted:
                    self.revs.mark(head[0], "del", who)
                if style != "table":  # (never alone at a page's foot: a trial's "Article 21 Right to object" was)
                    _keep_with_next(head[0])
                label = None
        paras = head + self.tracked([(k, t, self.author(s)) for k, t, s in segments], style, label)
        if deleted and style != "table":
            # its last paragraph's mark deleted too: accepted in Word, the article leaves no empty
            # paragraph behind (a table cell's last mark is the cell's own: never deleted)
            self.revs.mark(paras[-1], "del", self.author(next(s for k, _, s in segments if k == "del")))
        return paras

    def tracked(self, parts: list[tuple[str, str, str]], style: str,
                label: etree._Element | None = None) -> list[etree._Element]:  # fmt: skip
        """Text as (kind, text, author) parts, kind "" (kept), "del" or "ins", as tracked
        changes: one ``w:p`` per line, ``label`` first."""
        paras = [self.para(style)]
        if label is not None:
            paras[0].append(label)
        for kind, text, who in parts:
            for i, line in enumerate(text.split("\n")):
                if i:
                    if kind:  # Enter typed (ins) or removed (del): the ending paragraph's mark is tracked
                        self.revs.mark(paras[-1], kind, who)
                    paras.append(self.para(style))
                if not line:
                    continue
                if kind:
                    paras[-1].append(self.revs.text(kind, who, line, east_asia=bool(_CJK.search(line))))
                else:
                    paras[-1].append(self.run(line))
        return paras

    def original(self, item: Item, style: str) -> list[etree._Element]:
        """The unit as the draft has it, its label first."""
        lines = item.position.base.split("\n")
        own = unit_heading(self.view, item) if item.label else ""
        if own:  # Section 6 Hydroelectric facilities: a line of its own
            return [self.para(style, self.label(f"{item.label}{self.gap}{own}")), *(self.para(style, x) for x in lines)]
        out = [self.para(style, *([self.label(f"{item.label}{self.gap}")] if item.label else []), lines[0])]
        out += [self.para(style, line) for line in lines[1:]]
        return out

    def insertions(self, item: Item, style: str, note_style: str) -> Iterable[etree._Element]:
        """The submitted new units after ``item``: a new article inserted as law text (its
        label and every paragraph tracked as inserted); a unit after a heading as a note."""
        for unit in item.new_units:
            who = self.author(unit.supporters)
            lines = [line for line in unit.text.split("\n") if line]
            if not unit.label:
                yield self.para(note_style, self.tx["new_unit_after"].format(where=item.citation))
                for line in lines:
                    yield self.para(note_style, self.revs.text("ins", who, line, east_asia=bool(_CJK.search(line))))
                continue
            for i, line in enumerate(lines or [""]):
                p = self.para(style)
                if i == 0:
                    ins = self.revs.wrapper("ins", who)
                    ins.append(run(f"{unit.label}{self.gap}", style=self.ids["label"], east_asia=bool(_CJK.search(unit.label))))
                    p.append(ins)
                if line:
                    p.append(self.revs.text("ins", who, line, east_asia=bool(_CJK.search(line))))
                self.revs.mark(p, "ins", who)
                yield p

    def translation(self, item: Item, style: str, note_style: str, proposal: bool = True,
                    repeat: bool = True) -> list[etree._Element]:  # fmt: skip
        """The working translation of ``item`` (``--lang zh+en``): the members' wordings of it
        that go out as tracked changes (``proposal``), else its text as it stands, with a
        note when the change goes out in the draft's language only; [] for one language.
        Ragged right in the table, whose narrow columns would stretch English words apart."""
        paras = self._translation(item, style, note_style, proposal, repeat)
        for p in paras:
            if style == "table":
                _align_left(p)
            if _english(p):
                _in_latin_font(p)
        return paras

    def _translation(self, item: Item, style: str, note_style: str, proposal: bool,
                     repeat: bool) -> list[etree._Element]:  # fmt: skip
        out: list[etree._Element] = []
        for block in parallel_blocks(self.view, item, self.options, proposal, repeat):
            if block.kind in ("note", "line"):  # (Chinese is never slanted: a note in it is upright)
                # (a note in both languages, each sentence slanted or not as its language is)
                pieces = _SENTENCES.split(block.text) if block.kind == "note" else [block.text]
                runs = [self.run(piece + (" " if k + 1 < len(pieces) else ""),
                                 italic=block.kind == "note" and written_in(piece) == "en")
                        for k, piece in enumerate(pieces)]  # fmt: skip
                out.append(self.para(note_style, *runs, indent=False))
                continue
            author = self.author(block.supporters) if block.supporters else self.options.author
            label = self.run(block.label, bold=True) if block.label else None
            if block.label and block.parts and all(k == "del" for k, t in block.parts if t.strip()):
                # a deleted article's English label struck as its Chinese one is (a trial's table left Article 56)
                label = self.revs.text("del", author, block.label, style=self.ids["label"],
                                       east_asia=bool(_CJK.search(block.label)))  # fmt: skip
            paras = self.tracked([(k, t, author) for k, t in block.parts], style, label)
            for p in paras:
                _no_indent(p)
            out += paras
        return out

    def notes(self, item: Item, style: str, reason_label: bool = True, only: str = "") -> list[etree._Element]:
        """理由 (the committee's reason), the forwarded remarks, the supporters of each
        change, and (in a draft) the unresolved conflicts; with ``only``, those written in
        that language, labelled in it (the bilingual table's 理由 and Reasons columns)."""
        options = replace(self.options, lang=only) if only else self.options
        tx = TEXT[options.lang]
        label = paired_text("reason", self.options.lang, self.options) if self.options.parallel and not only \
            else tx["reason"]  # fmt: skip
        out = []
        reasons = [p for p in reason_paragraphs(item, None if only or self.options.parallel else self.options.lang)
                   if not only or written_in(p) == only]  # fmt: skip
        for i, text in enumerate(reasons):
            if i == 0 and reason_label:
                out.append(self.para(style, self.run(label, bold=True, latin=bool(self.options.parallel)), text))
            else:
                out.append(self.para(style, text))
        out += [self.para(style, line) for line in remark_lines(self.view, item, options, only)]
        lines = supporter_lines(self.view, item, options)
        if not only or only == self.options.parallel:  # who gave the translation's words, beside them
            lines += [line for line in parallel_supporter_lines(self.view, item, self.options) if line not in lines]
        out += [self.para(style, line) for line in lines]
        if not only or only == self.options.lang:
            out += [self.para(style, line) for line in conflict_lines(self.view, item, self.options)]
        # set justified in a table's narrow column, a line that breaks before a long quotation
        # (“增加…字样”) stretches into 支 持 单 位: ragged right there; and English anywhere
        # (its spaces stretch in narrow columns, long words)
        for p in out:
            # (an English remark in a Chinese letter too: justified, its first line stretched 有 会 员 提 出：)
            english = (bool(self.options.parallel) or self.options.lang == "zh") and _english(p)
            if style == "table" or english:
                _align_left(p)
            if english:
                _in_latin_font(p)
        return out

    def intro(self, blocks: list[Block]) -> None:
        """The general opinion, rendered from Markdown (headings, bold, italics, lists)."""
        for block in blocks:
            key = "h2" if block.kind == "heading" else "note"
            runs = [self.run(block.marker)] if block.marker else []
            for text, bold, italic in block.runs:
                for i, piece in enumerate(text.split("\n")):
                    if i:
                        runs.append(el("r"))
                        runs[-1].append(el("br"))
                    if piece:  # Chinese documents never slant characters: emphasis is bold there
                        chinese = self.options.lang == "zh"
                        runs.append(self.run(piece, bold=bold or (italic and chinese), italic=italic and not chinese))
            p = self.add(self.para(key, *runs))
            if _english(p):  # an English paragraph of the general opinion (a bilingual submission's, a remark's)
                _in_latin_font(p)
                if self.options.lang == "zh":  # ragged right, as in the notes
                    _align_left(p)

    def title(self, full: str) -> etree._Element:
        """The title paragraph: a long title set in lines of sense, as even as can be, never 关于《…修改意 /
        见》 nor 《…（修订草案征求意见 / 稿）》 (our own title style's size; a letterhead's own Title style is
        left to wrap as it sets it)."""
        lines = [full] if self.options.template else title_lines(
            full, self.page.text_width / (LOOKS[self.lang].title_size * 10))  # fmt: skip
        runs: list[etree._Element | str] = [lines[0]]
        for line in lines[1:]:
            brk = el("r")
            brk.append(el("br"))
            runs += [brk, line]
        return self.para("title", *runs, indent=False)

    # -- the document -----------------------------------------------------------------
    @property
    def items(self) -> list[Item]:
        return [i for i in self.view.items if self.options.all_articles or self.view.submits(i, bool(self.options.parallel))]

    def head(self) -> bool:
        """Title, the discussion-draft line, and the general opinion; True when the
        specific comments are a numbered section of their own (after a general opinion)."""
        self.add(self.title(title(self.view, self.lang)))
        if self.options.parallel and self.view.translation is not None:  # in the translation's Latin font
            # (in lines of sense as the title: never "(Revised Draft for / Comments)")
            per_line = self.page.text_width / (LOOKS[self.lang].size * 10)
            lines = title_lines(parallel_title(self.view, self.options), per_line)
            runs: list[etree._Element | str] = [self.run(lines[0], latin=True)]
            for line in lines[1:]:
                brk = el("r")
                brk.append(el("br"))
                runs += [brk, self.run(line, latin=True)]
            self.add(self.para("subtitle", *runs, indent=False))
        if self.view.include_unreviewed and self.view.unreviewed:
            self.add(self.para("subtitle", self.tx["draft_note"], indent=False))
        if self.options.salutation:  # 主送机关: flush left under the title (GB/T 9704), kept with what follows
            _keep_with_next(self.add(self.para("note", self.options.salutation, indent=False)))
        # (remarks on the whole draft staff forwarded go out with the general opinion: they are on no article)
        blocks = general_opinion(self.view, self.options)
        if not blocks:
            return False
        # (no article goes out: the general opinion alone, unnumbered, never 二、具体修改意见 over nothing)
        specific = bool(self.items)
        self.add(self.para("h1", (section_number(1, self.lang) if specific else "") + self.tx["general"]))
        self.intro(blocks)
        if specific:
            self.add(self.para("h1", section_number(2, self.lang) + self.tx["specific"]))
        return True

    def articles(self) -> None:
        nested = self.head()
        items = self.items
        # the articles but the last two made by the view's workers, spliced into document.xml as they make them;
        # the last two here (the 落款 keeps the paragraphs before it with it: up to three of them)
        apart = apart_now(self.view, len(items) - 2)
        if apart:
            self._spliced = self._articles_apart(items[:-2], nested)
            self.add(etree.Comment(_SPLICE))
        for n, item in enumerate(items[-2:] if apart else items, len(items) - 1 if apart else 1):
            for p in self.article(n, item, nested):
                self.add(p)
        self.signature()

    def article(self, n: int, item: Item, nested: bool) -> list[etree._Element]:
        """The ``n``-th article's paragraphs: its heading, the article with its changes tracked, the
        new units after it, its translation, its notes."""
        number = sub_number(n, self.lang) if nested else section_number(n, self.lang)
        also = parallel_heading(self.view, item, self.options)
        # (its English in the translation's font, as the English under it: never a sans "Article 4" beside Times)
        title = self.para("h2" if nested else "h1", number + heading(item, self.lang),
                          *([self.run(also, latin=True)] if also else []))  # fmt: skip
        body = [*self.redline(item, "law"), *self.insertions(item, "law", "note"),
                *self.translation(item, "translation", "translation")]  # fmt: skip
        notes = self.notes(item, "note")
        # the article's last paragraph keeps with the 理由: never a reason opening a page apart from its
        # article; and the note before the last with it: never a 支持单位 line stranded alone on the next
        # page. Short notes keep together whole; long ones may break between them (kept whole, the demo's
        # 第十条, its reason and a remark went over to page 2, half of page 1 left blank). Only a short
        # paragraph keeps with the next (_KEPT_SHARE): LibreOffice moves a kept one whole to the next page
        # when what follows does not fit there (an audit: an 880-character 理由 kept with its 支持单位 line
        # took its article's last line with it, page 5 left with that line alone)
        whole = sum(len(t.text or "") for p in notes for t in p.iter(qn("w:t"))) <= _KEPT_NOTES_CHARS
        candidates = [*body[-1:], *(notes[:-1] if whole else notes[-2:-1])] if notes else []
        kept = [p for p in candidates if (whole and p is not body[-1]) or self.short(p)]  # (whole, every note is short)
        # an article of one paragraph is kept with its headings too (they keep with it): the whole chain moves to
        # the next page when it does not fit, leaving the page before as blank. Past _CHAIN_SHARE of a page its
        # text breaks instead, its 理由 kept with the notes after it (a trial's 二、具体修改意见, （一）, a five-line
        # 第十条 and its reason moved to page 2 whole, half of page 1 left blank)
        if len(body) == 1 and kept and kept[0] is body[-1]:  # (an article of several: its headings keep with its first)
            # the chain LibreOffice moves whole: the headings (a line and their spacing each), the article and each
            # paragraph after it while the one before keeps with it (the article's 理由 always: the demo's 第十条
            # and its reason, counted with the remark after instead, moved whole, half of page 1 left blank)
            chain, at = 3 + self.lines(body[-1]), 0
            following = [body[-1], *notes]
            while at + 1 < len(following) and following[at] in kept:
                at += 1
                # (the last of the chain may break after its first two lines, when it has four or more)
                lines = self.lines(following[at])
                chain += lines if following[at] in kept or lines < 4 else 2
            if chain > self.page_lines * _CHAIN_SHARE:
                kept = kept[1:]
        for p in kept:
            _keep_with_next(p)
        return [title, *body, *notes]

    def _articles_apart(self, items: list[Item], nested: bool) -> bytes:
        """:meth:`article` of each of ``items`` (numbered from 1), made by the view's workers
        (:func:`~lawcomment.exports.view.write_apart`), as document.xml has them, one after another:
        the revision ids numbered on from this document's, as made here one after another."""
        root = self.doc.element
        made = self.revs

        def render(n: int) -> bytes:
            # (a worker's own revisions numbered from 0, renumbered in order below: how many it took, framed)
            self.revs = Revisions(self.date, start=0)
            try:
                holder = root.makeelement(root.tag, nsmap=root.nsmap)  # (the document's namespaces: none repeated)
                for p in self.article(n + 1, items[n], nested):
                    holder.append(p)
                hint_scripts(holder)
                xml: bytes = etree.tostring(holder, encoding="UTF-8", xml_declaration=False)
                taken = self.revs.skip(0)
            finally:
                self.revs = made
            xml = xml[xml.index(b">") + 1:xml.rindex(b"</")]  # (the holder's tags off)
            return _FRAME.pack(taken, len(xml)) + xml

        def weight(n: int) -> int:  # (an article's paragraphs about as long to make as 250 comments' notes, at NPC scale)
            return 250 + len(items[n].comments)

        pieces: list[bytes] = []
        write_apart(self.view, range(len(items)), render, pieces.append, weight=weight)
        data = memoryview(b"".join(pieces))
        out: list[bytes] = []
        at = 0
        while at < len(data):
            taken, size = _FRAME.unpack_from(data, at)
            at += _FRAME.size
            xml = bytes(data[at:at + size])
            at += size
            if taken:
                start = made.skip(taken)
                xml = _REVISION_ID.sub(lambda m: b"%s%d" % (m[1], start + int(m[2])), xml)
            out.append(xml)
        return b"".join(out)

    def table(self) -> None:
        self.page.landscape()
        self.head()
        bilingual = bool(self.options.parallel)
        widths = _widths(self.page.text_width, TABLE_SHARES_BILINGUAL if bilingual else TABLE_SHARES)
        tbl = _ruled_table(widths)
        heads = [TEXT[lang][key] for key in ("article", "proposal", "reasons") for lang in self.options.langs]
        head_cells = [self.para("table_head", text, indent=False) for text in heads]
        for p in head_cells if bilingual else ():  # Article, Reasons: in the translation's Latin font
            _in_latin_font(p)
        tbl.append(_row([[p] for p in head_cells], widths, header=True))
        for item, containers in opened(self.items):
            for _, unit in containers:
                text = f"{unit.label}{self.gap}{unit.heading}".strip()
                if bilingual:
                    text += _container(self.view, unit.eid)
                heading_para = self.para("table_head", text, indent=False)
                if bilingual:  # 第一章　总则　Chapter I General Provisions: its Latin letters as the translation's
                    _in_latin_font(heading_para)
                tbl.append(_row([[heading_para]], widths, span=len(widths)))
            original = self.original(item, "table")
            proposed = self.redline(item, "table") + list(self.insertions(item, "table", "table"))
            if not bilingual:
                cells = [original, proposed, self.notes(item, "table", reason_label=False)]
            else:
                cells = [original, self.translation(item, "table", "table", proposal=False), proposed,
                         self.translation(item, "table", "table", repeat=False),
                         self.notes(item, "table", reason_label=False, only=self.options.lang),
                         self.notes(item, "table", reason_label=False, only=self.options.parallel)]  # fmt: skip
                # ragged right in six narrow columns: justified, a line that may not end before a ，stretched its
                # characters apart (安 全 风 险 和 威: a web trial), as the English ones were
                for p in (p for cell in cells for p in cell):
                    _align_left(p)
            # an empty cell (no reason in that language) in the table's own style, not the body's
            # first-line indent and spacing, which would make its row taller than its text
            tr = _row([c or [self.para("table")] for c in cells], widths)
            # a short row is set whole: split, it left a line or a fragment of a cell alone under the repeated
            # header (an audit: a 支持单位 line; the last line of an article), or began with a line or two at a
            # page's foot. A long one may break (moved whole, it left the page before it largely blank)
            if self.row_lines(tr) <= self.table_page_lines * _UNSPLIT_ROW_SHARE:
                _cant_split(tr)
            tbl.append(tr)
        self.add(tbl)
        self.signature_row(tbl, widths)

    def signature_row(self, tbl: etree._Element, widths: list[int]) -> None:
        """The 落款 as the table's last row, without borders of its own, the row before it kept with it:
        it never stands alone on a page (a trial's did, on page 2). Word keeps a row whose paragraphs
        all keep with the next on the page of what follows; LibreOffice does so within a table only
        (after it, in a table that repeats its header row, it set the 落款 alone: measured 3 in 12)."""
        rows = tbl.findall(qn("w:tr"))
        # (not kept whole: one taller than a page lost its last lines in LibreOffice; and not a long one, which
        # kept with the 落款, the table's head and the heading before it moved them all to a page of their own,
        # the heading alone on the page before: a trial's submission of one article took four pages). Nor its
        # last paragraphs only: LibreOffice then moved a long row whole all the same, or kept nothing (an audit)
        if len(rows) > 1 and self.row_lines(rows[-1]) <= self.table_page_lines * _SIGNED_ROW_SHARE:
            for p in rows[-1].iter(qn("w:p")):
                _keep_with_next(p)
        paras = self._signature_lines()
        # set as the table is (its size, on its line) after a little space, GB/T 9704's remedy when the 落款 does
        # not fit: in the body's size it took two of those lines more, and a bilingual article's row that
        # left it less stranded it alone on page 2 under the repeated header (a trial; 8 in 53 one-article
        # bilingual tables of the bundled example, 4 since: a row ending closer to the foot still may)
        look = LOOKS[self.lang]
        for i, p in enumerate(paras):
            spacing = {"before": "120" if i == 0 else "0"}
            if look.table_line:
                spacing.update(line=str(look.table_line), lineRule="exact")
            ind = p.find(f"{{{_W}}}pPr/{{{_W}}}ind")  # CT_PPr: spacing before ind (the 附注 has its style's)
            if ind is not None:
                ind.addprevious(el("spacing", spacing))
            else:
                p.find(f"{{{_W}}}pPr").append(el("spacing", spacing))
            for r in p.iter(qn("w:r")):
                rpr = r.find(qn("w:rPr"))
                if rpr is None:
                    rpr = el("rPr")
                    r.insert(0, rpr)
                rpr.append(el("sz", {"val": str(look.table_size)}))  # CT_RPr: after rFonts
                rpr.append(el("szCs", {"val": str(look.table_size)}))
        row = _row([paras], widths, span=len(widths))
        _cant_split(row)
        tcpr = row.find(f"{{{_W}}}tc/{{{_W}}}tcPr")
        borders = el("tcBorders")  # (its top is the row above's bottom rule)
        for side in ("left", "bottom", "right"):
            borders.append(el(side, {"val": "nil"}))
        tcpr.append(borders)
        tbl.append(row)
        # a body ends with a paragraph: Word adds an empty one of the body's size after a last table,
        # which may make a blank page; this one takes no room
        ppr, rpr = el("pPr"), el("rPr")
        ppr.append(el("spacing", {"before": "0", "after": "0", "line": "20", "lineRule": "exact"}))
        rpr.append(el("sz", {"val": "2"}))
        ppr.append(rpr)
        end = el("p")
        end.append(ppr)
        self.add(end)

    def signature(self) -> None:
        """The association and the date, right-aligned at the end (the 落款), after a blank line."""
        # the 落款 never stands alone on a page: two lines of text or more go over with it, as GB/T 9704 wants:
        # the body's last paragraphs, while they are short (a long one kept with it moved whole and left a
        # page near empty, or, the chain longer than a page, LibreOffice broke it anywhere: an audit's date
        # stood alone on page 11); the last of all up to half a page, as the 落款 would stand alone after it,
        # and then the chain ends there (the article's last line no longer keeps with that 理由: a chain of
        # heading, article, 理由 and 落款 could take a page). A longer one is left to break: widow control takes
        # two of its lines or more over with the 落款 unless it ends at a page's foot, when the 落款 goes over
        # with the line after it (a 支持单位 line) or, after a long last paragraph, alone
        before, lines = self._sect.getprevious(), 0
        while before is not None and before.tag == qn("w:p") and lines < 2:
            n = self.lines(before)
            if n > self.page_lines * (_KEPT_SHARE if lines else _LAST_KEPT_SHARE):
                break
            _keep_with_next(before)
            if n > self.page_lines * _KEPT_SHARE:
                previous = before.getprevious()
                kept = previous.find(f"{{{_W}}}pPr/{{{_W}}}keepNext") if previous is not None else None
                if kept is not None:
                    kept.getparent().remove(kept)
                break
            lines += n
            before = before.getprevious()
        _keep_with_next(self.add(self.para("note")))
        for p in self._signature_lines():
            self.add(p)

    def _signature_lines(self) -> list[etree._Element]:
        """The 落款's paragraphs, the association's (when named) kept with the date's."""
        lines = [*([self.options.association] if self.options.association else []), date_line(self.options.day, self.lang)]
        paras = [self.para("signature", line, indent=False) for line in lines]
        if self.options.contact_note:  # 附注: under the date, two characters in, in brackets (GB/T 9704)
            paras.append(self.para("note", self.options.contact_note))
        for p in paras[:-1]:
            _keep_with_next(p)
        return paras

    def copy(self) -> None:
        """The draft as it stands, line for line as its Markdown reads back to the same draft
        (:func:`lawcomment.drafts.render_markdown`): its title, front matter (in a note style,
        set aside when the copy comes back), its headings centred with their outline level
        (so that an unnumbered one, 附则, or an annex's, reads back as a heading), every article
        as law text with its label, a table as a Word table."""
        draft = self.view.draft
        # the title the draft was stored under (draft add --title: 《…（草案）》), else the file's own
        title = self.view.title or draft.title
        self.page.properties(title, self.options.author, self.options.association, self.date)
        lines = render_markdown(draft).split("\n")
        body = lines[lines.index(INFO_END) + 1:] if INFO_END in lines else lines[1:]
        if title:  # (in lines of sense, as the submission's: a trial's broke 「稿）」 onto a line alone)
            self.add(self.title(title))
        for line in draft.front_matter:
            if title and len(said := "".join(line.split())) >= 3 and "".join(title.split()).endswith(said):
                continue  # the title given at draft add holds it already (a trial's （修订草案征求意见稿） twice)
            self.add(self.para("subtitle", line, indent=False))
        english = draft.profile.startswith("en")
        labels = {u.label for u in draft.walk() if u.kind is Kind.ARTICLE and u.label}
        widths = sorted({len(x) for x in labels}, reverse=True)  # a line's head of each width, looked up
        rows: list[list[str]] = []  # a table's rows, gathered until the line after its last

        def flush() -> None:
            # a table of the draft (附表, or one inside an article) as a Word table, as the reader takes
            # one back: never its rows as lines of text, which read back as 款 (a trial's 公司法 第二百六十五条)
            if not rows:
                return
            columns = max(len(r) for r in rows)
            widths = [self.page.text_width // columns] * columns
            tbl = _ruled_table(widths)
            for cells in rows:
                tbl.append(_row([[self.para("table", text, indent=False)] for text in cells + [""] * (columns - len(cells))],
                                widths))  # fmt: skip
            self.add(tbl)
            rows.clear()

        for line in body:
            if line.startswith("|"):
                if not _TABLE_RULE.match(line):
                    rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
                continue
            flush()
            if not line.strip():
                continue
            if heading := _MD_HEADING.match(line):
                # 第一章　总则 with the ideographic space the law and the submission put there (Markdown has a space)
                text = heading[2] if english else _LABEL_SPACE.sub("\\1\u3000", heading[2], count=1)
                p = self.add(self.para("law", self.label(text), indent=False))
                ppr = p.find(qn("w:pPr"))
                _keep_with_next(p)
                # a line's space before it, as the law prints a heading: never right under the front matter's
                # last line (a trial's copy, 第一章　总则 under 「…修正」); before w:ind, as CT_PPr orders them
                ppr.find(qn("w:ind")).addprevious(el("spacing", {"before": "240"}))
                _set_in_ppr(ppr, el("jc", {"val": "center"}))
                _set_in_ppr(ppr, el("outlineLvl", {"val": str(min(len(heading[1]) - 2, 8))}))
                continue
            label = next((line[:n] for n in widths if line[:n] in labels and line[n:n + 1] in ("", " ")), "")
            if label:
                rest = line[len(label):].lstrip(" ")
                space = " " if english else "\u3000"
                self.add(self.para("law", self.label(label + (space if rest else "")), *([rest] if rest else [])))
            else:
                self.add(self.para("law", line))
        flush()

    def write(self) -> bytes:
        if self.options.layout == "copy":
            self.copy()
        elif self.options.layout == "table":
            self.table()
        else:
            self.articles()
        hint_scripts(self.doc.element.body)  # (the workers' articles have theirs)
        if self._spliced is not None:  # the articles the workers made, where they go
            part = self.doc.part
            whole = serialize_part_xml(part.element)
            marker = b"<!--" + _SPLICE.encode() + b"-->"
            if whole.count(marker) != 1:  # (the articles would go out twice, or not at all)
                raise RuntimeError(f"document.xml holds the articles' place {whole.count(marker)} times, not once")
            _saved_as(part, whole.replace(marker, self._spliced))
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


#: The space between a Chinese heading's number and its words (第一章 总则).
_LABEL_SPACE = re.compile(r"^(第[〇零一二三四五六七八九十百千0-9]{1,8}(?:分编|[编章节部]))[ \t]+")


#: Where the articles the workers made go in document.xml (a comment no text can hold: its < is escaped).
_SPLICE = "lawcomment: the articles"
#: A worker's article: the revision ids it took, the length of its XML.
_FRAME = struct.Struct("<II")
#: A revision's id as :class:`~lawcomment.docx.ooxml.Revisions` writes it (first, in a w:ins or w:del).
_REVISION_ID = re.compile(rb'(<w:(?:ins|del) w:id=")(\d+)(?=")')


def _saved_as(part: XmlPart, xml: bytes) -> None:
    """Have python-docx save ``xml`` as ``part``'s XML (its blob is its element serialised)."""
    part.__class__ = type(type(part).__name__, (type(part),), {"blob": property(lambda _: xml)})


def _container(view: Consultation, eid: str) -> str:
    """A container's label and heading in the translation (Chapter II Data Security), after an
    ideographic space; "" when the translation has no counterpart."""
    found = view.translation.units.get(eid) if view.translation is not None else None
    return f"\u3000{found.label} {found.heading}".rstrip() if found is not None else ""


def _widths(total: int, shares: tuple[float, ...] = TABLE_SHARES) -> list[int]:
    """Column widths (twips) of the comparison table for a text width of ``total``."""
    out = [int(total * share) for share in shares[:-1]]
    return [*out, total - sum(out)]


def _ruled_table(widths: list[int]) -> etree._Element:
    """An empty table ruled all round, of columns ``widths`` (twips), centred, laid out fixed."""
    tbl = el("tbl")
    tblpr = el("tblPr")
    tblpr.append(el("tblW", {"w": str(sum(widths)), "type": "dxa"}))
    tblpr.append(el("jc", {"val": "center"}))
    borders = el("tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(el(side, {"val": "single", "sz": "4", "space": "0", "color": "000000"}))
    tblpr.append(borders)
    tblpr.append(el("tblLayout", {"type": "fixed"}))
    margins = el("tblCellMar")
    for side, width in (("top", 57), ("left", 108), ("bottom", 57), ("right", 108)):
        margins.append(el(side, {"w": str(width), "type": "dxa"}))
    tblpr.append(margins)
    tbl.append(tblpr)
    grid = el("tblGrid")
    for width in widths:
        grid.append(el("gridCol", {"w": str(width)}))
    tbl.append(grid)
    return tbl


def _row(cells: list[list[etree._Element]], widths: list[int], header: bool = False,
         span: int = 1) -> etree._Element:  # fmt: skip
    tr = el("tr")
    if header:
        trpr = el("trPr")
        trpr.append(el("cantSplit"))
        trpr.append(el("tblHeader"))  # repeat the header row on every page
        tr.append(trpr)
    at = 0
    for content in cells:
        tc = el("tc")
        tcpr = el("tcPr")
        width = sum(widths[at:at + span])
        at += span
        tcpr.append(el("tcW", {"w": str(width), "type": "dxa"}))
        if span > 1:
            tcpr.append(el("gridSpan", {"val": str(span)}))
        tc.append(tcpr)
        for p in content or [el("p")]:
            tc.append(p)
        tr.append(tc)
    return tr


def write_draft_copy(view: Consultation, options: ExportOptions) -> bytes:
    """The draft as it stands, for members to mark up in Word (Track Changes on, comments in
    the margin): its title, chapters and every article, on the submission's page and in its
    fonts (the letterhead's with ``options.template``); none of the committee's position, no
    notes, no other member's comment. ``comment import`` reads it back as a marked-up draft.
    With ``options.copy_lang`` the language of the draft's working translation, the translation
    itself, which ``comment import`` reads back against it (an English-speaking member's copy);
    an ExportError when the draft has none in that language."""
    lang = "en" if view.draft.profile.startswith("en") else "zh"
    if options.copy_lang and options.copy_lang != lang:
        tr = view.translation
        if tr is None or tr.lang != options.copy_lang or tr.draft is None:
            names = {"zh": "Chinese", "en": "English"}
            raise ExportError(f"{view.ref} is in {names[lang]} and has no {names.get(options.copy_lang, options.copy_lang)} "
                              f"translation to copy for members (--format draft --lang {options.copy_lang}): add one "
                              "with `lawcomment draft add DRAFT --name NAME --version N --translation FILE`, or leave "
                              "out --lang")  # fmt: skip
        view = replace(view, draft=tr.draft, title=tr.title or tr.draft.title, translation=None)
        lang = options.copy_lang
    return _Writer(view, replace(options, layout="copy", include_unreviewed=False, lang=lang, parallel="")).write()


def write_submission(view: Consultation, options: ExportOptions) -> bytes:
    """The submission .docx as bytes."""
    return _Writer(view, options).write()


class _Instrument(_Writer):
    """An amendment instrument on the submission's page: A4, its styles and fonts, page
    numbers, its document properties (the association, the date) and its 落款."""

    def __init__(self, options: ExportOptions) -> None:  # no consultation: the instrument is its own text
        self.options = options
        self.lang = options.lang
        self.tx = TEXT[options.lang]
        self.date = options.timestamp
        self.page = Page(options.lang, options.template or None)
        self.doc = self.page.doc
        self.ids = self.page.ids
        self._sect = self.page.sect

    def instrument(self, markdown: str) -> bytes:
        lines = [x for x in markdown.split("\n") if x.strip()]
        heading = lines.pop(0)[2:].strip() if lines and lines[0].startswith("# ") else ""
        self.page.properties(heading, self.options.author, self.options.association, self.date)
        if heading:  # (set in lines of sense as the submission's: a trial's read 《…（修正草案征求意见 / 稿）》的建议)
            self.add(self.title(heading))
        if self.options.intro.strip():  # the general opinion, before the instructions' opening sentence
            self.intro(intro_blocks(self.options.intro, self.lang))
        for line in lines:
            self.add(self.para("law", line))
        self.signature()
        hint_scripts(self.doc.element.body)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def write_instrument_docx(markdown: str, options: ExportOptions) -> bytes:
    """An amendment instrument (the Markdown :func:`lawcomment.amendment.write_instrument` gives:
    a ``# `` title, then its paragraphs) as a Word file on the submission's page, in
    ``options.lang``, signed by ``options.association`` and dated ``options.date``; the general
    opinion (``options.intro``, Markdown) set after the title as the submission sets it."""
    return _Instrument(options).instrument(markdown)


def _no_indent(p: etree._Element) -> None:
    """No first-line indent for paragraph ``p`` (the translation's lines, English-style)."""
    ppr = p.find(qn("w:pPr"))
    if ppr is not None and ppr.find(qn("w:ind")) is None:
        _set_in_ppr(ppr, el("ind", {"firstLine": "0", "firstLineChars": "0"}))


def _align_left(p: etree._Element) -> None:
    """Set paragraph ``p`` ragged right."""
    _set_in_ppr(p.find(qn("w:pPr")), el("jc", {"val": "left"}))


def _latin_font(r: etree._Element) -> None:
    """Set run ``r``'s Latin letters in the translation's font (its East Asian ones keep theirs)."""
    fonts = run_fonts(r)
    for attr in ("ascii", "hAnsi"):
        fonts.set(qn(f"w:{attr}"), LATIN_FONT)


def _in_latin_font(p: etree._Element) -> None:
    """Set the Latin letters of every run of English paragraph ``p`` (its tracked ones too) in the
    translation's font: a style made for Chinese (the table's, the note's) sets them in 仿宋."""
    for r in p.iter(qn("w:r")):
        _latin_font(r)


@functools.cache
def _blank_para(style: str, indent: bool) -> etree._Element:
    """An empty paragraph in style ``style`` (an id), its first line not indented unless ``indent``:
    to copy (a submission has 10,000 paragraphs)."""
    p = el("p")
    ppr = el("pPr")
    ppr.append(el("pStyle", {"val": style}))
    if not indent:
        ppr.append(el("ind", {"firstLine": "0", "firstLineChars": "0"}))
    p.append(ppr)
    return p


def _english(p: etree._Element) -> bool:
    return _written_in_english("".join(t.text or "" for t in p.iter(qn("w:t"), qn("w:delText"))))


def _written_in_english(text: str) -> bool:
    """``written_in(text) == "en"``, without counting every character of a text with no Latin
    letter (most paragraphs of a Chinese submission): it is English only if it has no Chinese."""
    if _LATIN_LETTER.search(text) is None:
        return HAN.search(text) is None
    return written_in(text) == "en"


_LATIN_LETTER = re.compile(r"[A-Za-z]")
#: A Chinese character: :data:`lawcomment.drafts.pairing.HAN` (a test holds them the same), here so
#: that a submission loads the translation pairing's module only for a text with Latin letters.
HAN = re.compile(r"[\u3400-\u9fff]")



def _set_in_ppr(ppr: etree._Element, child: etree._Element) -> None:
    """Add ``child`` (w:ind, w:jc) to a paragraph's properties: before a tracked paragraph
    mark's ``w:rPr``, which CT_PPr wants last."""
    rpr = ppr.find(qn("w:rPr"))
    if rpr is not None:
        rpr.addprevious(child)
    else:
        ppr.append(child)


#: Characters an article's notes (理由, remarks, 支持单位) may hold and still be kept together whole (four
#: lines or so).
_KEPT_NOTES_CHARS = 100

#: The share of a page a paragraph may take and still keep with the next one (w:keepNext; five lines of GB/T
#: 9704's 22): LibreOffice moves a kept paragraph whole to the next page when what follows does not fit after it
#: there, so a chain of them must be short, and it leaves at most about that much of the page before it blank.
_KEPT_SHARE = 1 / 4

#: The share of a page a chain of kept paragraphs (an article's headings, its one paragraph, its notes) may take:
#: past it, the article's text breaks rather than move whole, leaving that much of the page before it blank.
_CHAIN_SHARE = 0.35

#: The share of a page the body's last paragraph may take and still keep with the 落款 when nothing shorter can (a
#: 落款 alone on a page is worse than a page ending short).
_LAST_KEPT_SHARE = 1 / 2

#: The share of a page a table row may take and still be kept from breaking (w:cantSplit): moved to the next
#: page, it leaves at most that much of the page before it blank, as a kept paragraph does (_KEPT_SHARE). At a
#: third, rows of seven and eight lines moved whole: the 网络安全法's comparison table (81 articles) had 9 of its
#: 34 pages end over 60 pt short, one 132 pt (30% of the page); at a quarter 6, 102 pt at most. A fifth left none,
#: but broke the demo's rows of five and six lines, a line of an article alone under the repeated header.
_UNSPLIT_ROW_SHARE = 1 / 4

#: The share of a page the table's last row may take and still go over with the 落款 whole (a little more than
#: any row: a 落款 alone under the repeated header is worse than a page ending short).
_SIGNED_ROW_SHARE = 0.4


def _text(p: etree._Element) -> str:
    """The text of ``p`` as drawn: its deleted text too (struck through, it takes its room)."""
    return "".join(t.text or "" for t in p.iter(qn("w:t"), qn("w:delText")))


def _weight(text: str) -> float:
    """The width of ``text`` in ems of its size: a Chinese character or full-width mark one, any other half."""
    wide = len(_NOT_CJK.sub("", text))  # (its wide characters, counted without a string made for each)
    return wide + (len(text) - wide) / 2


def _cant_split(tr: etree._Element) -> None:
    """Keep table row ``tr`` on one page."""
    trpr = tr.find(qn("w:trPr"))
    if trpr is None:
        trpr = el("trPr")
        tblpr_ex = tr.find(qn("w:tblPrEx"))  # CT_Row: tblPrEx, then trPr, then the cells
        if tblpr_ex is not None:
            tblpr_ex.addnext(trpr)
        else:
            tr.insert(0, trpr)
    if trpr.find(qn("w:cantSplit")) is None:
        trpr.insert(0, el("cantSplit"))


def _keep_with_next(p: etree._Element) -> None:
    """Keep paragraph ``p`` on the page of the one after it."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = el("pPr")
        p.insert(0, ppr)
    if ppr.find(qn("w:keepNext")) is None:
        at = 1 if ppr.find(qn("w:pStyle")) is not None else 0
        ppr.insert(at, el("keepNext"))
