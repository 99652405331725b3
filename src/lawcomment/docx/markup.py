"""The .docx walker behind every reader: paragraphs whose text keeps its tracked changes
(author, date, id) and its comment anchors, plus Word comments with threads and done flags.

A :class:`View` (accept these authors' changes, reject everyone else's) renders the
paragraphs into Blocks, the same way for drafts (accept all) and marked-up files.

The walker counts as it goes and stops at the caps of lawcomment.limits (paragraphs, text,
comments, authors); :func:`raw_text` is the text of the runs themselves, against which the
parser checks that rendering lost nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from ..drafts.normalize import squash
from ..drafts.numerals import CN_NUMERAL_CHARS
from ..drafts.source import Block
from ..errors import InputError, UnsafeDocumentError
from ..limits import (
    MAX_AUTHORS,
    MAX_COMMENTS,
    MAX_PARAGRAPHS,
    MAX_REVIEW_CHARS,
    MAX_REVIEW_WORK,
    MAX_TEXT_CHARS,
    LimitExceeded,  # fmt: skip
    count,
)
from .numbering import Numbering
from .package import DocxPackage, W
from .styles import Styles, paragraph_properties

_W = f"{{{W}}}"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_TOC = re.compile(r"^(?:toc\s*\d*|toc heading|目录\s*\d*|table of contents)$", re.IGNORECASE)
_REV_TAGS = {f"{_W}ins": ("ins", False), f"{_W}moveTo": ("ins", True),
             f"{_W}del": ("del", False), f"{_W}moveFrom": ("del", True)}  # fmt: skip
#: Word writes ids as decimal numbers (ST_DecimalNumber, 32 bits); longer ones are refused.
MAX_ID_CHARS = 20
_SKIP = {f"{_W}instrText", f"{_W}delInstrText", f"{_W}pPr", f"{_W}rPr", f"{_W}fldData", f"{_MC}Fallback",
         f"{_W}annotationRef", f"{_W}sdtPr", f"{_W}tblPr", f"{_W}trPr", f"{_W}tcPr"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Rev:
    """One tracked change: ``kind`` is "ins" or "del" (a move counts as both, ``move`` set)."""

    kind: str
    author: str
    date: str | None = None
    id: str | None = None
    move: bool = False


@dataclass(frozen=True, slots=True)
class Seg:
    """A piece of a paragraph: text under its tracked changes, a footnote reference, or a
    comment marker (``("start"|"end"|"point", comment id)``)."""

    text: str
    revs: tuple[Rev, ...] = ()
    note: str | None = None
    marker: tuple[str, str] | None = None


@dataclass(slots=True)
class Para:
    """One physical paragraph, numbered in reading order (table cells included)."""

    index: int
    segs: list[Seg]
    mark: tuple[Rev, ...]
    style_id: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None
    toc: bool
    in_table: bool = False


@dataclass(slots=True)
class Cell:
    paras: list[Para]
    continued: bool  # a vertically merged cell below the first: shown empty


@dataclass(slots=True)
class Row:
    revs: tuple[Rev, ...]
    cells: list[Cell]


@dataclass(slots=True)
class Table:
    first: int  # index of its first paragraph
    rows: list[Row]

    def paras(self) -> list[Para]:
        return [p for row in self.rows for cell in row.cells for p in cell.paras]


@dataclass(frozen=True, slots=True)
class WordComment:
    """A Word comment: who, when, its text, and its thread (``parent``) and done flag."""

    id: str
    author: str
    initials: str
    date: str | None
    text: str
    parent: str | None = None
    done: bool = False


class View:
    """Which tracked changes count: those by ``accept`` authors (everyone when None) are
    accepted, all others rejected. ``View.ORIGINAL`` rejects every change."""

    ALL: View
    ORIGINAL: View

    def __init__(self, accept: frozenset[str] | None) -> None:
        self.accept = accept

    def keeps(self, revs: tuple[Rev, ...]) -> bool:
        for r in revs:
            accepted = self.accept is None or r.author in self.accept
            if (r.kind == "ins") != accepted:
                return False
        return True

    def text(self, para: Para) -> str:
        return "".join(s.text for s in para.segs if s.text and self.keeps(s.revs))


View.ALL = View(None)
View.ORIGINAL = View(frozenset())


@dataclass
class Markup:
    """Everything the walker found in one .docx."""

    body: list[Para | Table]
    styles: Styles
    numbering_xml: etree._Element | None
    comments: dict[str, WordComment] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    textboxes: int = 0
    outside: Counter[str] = field(default_factory=Counter)  # revisions in headers, footers, notes
    path: str = ""  # the file, for errors raised while rendering
    part_bytes: int = 0  # size of the main document part: the budget of all list labels
    paragraphs: int = 0
    chars: int = 0  # characters of text in the body's runs, deleted text included
    revision_authors: frozenset[str] = frozenset()

    def paras(self) -> list[Para]:
        out: list[Para] = []
        for item in self.body:
            out.extend(item.paras() if isinstance(item, Table) else [item])
        return out

    @property
    def revisions(self) -> int:
        """Tracked changes in the body: insertions, deletions, moves and paragraph marks."""
        return sum(self.counts[k] for k in ("ins", "del", "moveFrom", "moveTo"))

    def authors(self) -> set[str]:
        """Every revision author in the body."""
        return {r.author for p in self.paras() for s in p.segs for r in s.revs} | {
            r.author for p in self.paras() for r in p.mark}


class _Walker:
    def __init__(self, pkg: DocxPackage | None, limit: int | None = None, what: str = "text") -> None:
        self.limit, self.what = limit, what
        self.styles = Styles(pkg.xml(pkg.related(pkg.main, "/styles") or "word/styles.xml") if pkg else None)
        self.counter = 0
        self.body: list[Para | Table] = []
        self.counts: Counter[str] = Counter()
        self.textboxes = 0
        self.chars = 0
        self.authors: set[str] = set()

    def rev(self, el: etree._Element) -> Rev:
        kind, move = _REV_TAGS[el.tag]
        self.counts[etree.QName(el).localname] += 1
        author = el.get(f"{_W}author") or ""
        self.authors.add(author)
        return Rev(kind, author, el.get(f"{_W}date"), el.get(f"{_W}id"), move)

    def text(self, text: str | None) -> str:
        if text:
            self.chars += len(text)
            if self.limit is not None and self.chars > self.limit:
                raise LimitExceeded(f"too much {self.what}: more than {count(self.limit)} characters (the limit)")
        return text or ""

    def runs(self, el: etree._Element, segs: list[Seg], revs: tuple[Rev, ...]) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag in _REV_TAGS:
                self.runs(child, segs, revs + (self.rev(child),))
            elif tag == f"{_W}t":
                segs.append(Seg(self.text(child.text), revs))
            elif tag == f"{_W}delText":
                deleted = revs if any(r.kind == "del" for r in revs) else revs + (Rev("del", ""),)
                segs.append(Seg(self.text(child.text), deleted))
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                segs.append(Seg("\t", revs))
            elif tag in (f"{_W}br", f"{_W}cr"):
                segs.append(Seg("\n", revs))
            elif tag == f"{_W}noBreakHyphen":
                segs.append(Seg("\u2011", revs))
            elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
                prefix = "fn" if tag.endswith("footnoteReference") else "en"
                segs.append(Seg("", revs, note=f"{prefix}{child.get(f'{_W}id')}"))
            elif tag == f"{_W}commentRangeStart":
                segs.append(Seg("", marker=("start", child.get(f"{_W}id") or "")))
            elif tag == f"{_W}commentRangeEnd":
                segs.append(Seg("", marker=("end", child.get(f"{_W}id") or "")))
            elif tag == f"{_W}commentReference":
                segs.append(Seg("", marker=("point", child.get(f"{_W}id") or "")))
            elif tag == f"{_W}txbxContent":
                self.textboxes += 1
            else:
                self.runs(child, segs, revs)

    def paragraph(self, p: etree._Element, toc: bool, revs: tuple[Rev, ...], in_table: bool = False) -> Para:
        self.counter += 1
        ppr = p.find(f"{_W}pPr")
        ps = ppr.find(f"{_W}pStyle") if ppr is not None else None
        num_id, ilvl, outline = paragraph_properties(ppr)
        mark = list(revs)
        if ppr is not None and (rpr := ppr.find(f"{_W}rPr")) is not None:
            mark.extend(self.rev(c) for c in rpr if c.tag in _REV_TAGS)
        segs: list[Seg] = []
        self.runs(p, segs, revs)
        return Para(self.counter, segs, tuple(mark), ps.get(f"{_W}val") if ps is not None else None,
                    num_id, ilvl, outline, toc, in_table)  # fmt: skip

    def walk(self, parent: etree._Element, toc: bool = False, revs: tuple[Rev, ...] = ()) -> None:
        for el in parent:
            tag = el.tag
            if tag == f"{_W}p":
                self.body.append(self.paragraph(el, toc, revs))
            elif tag == f"{_W}tbl":
                self.body.append(self.table(el))
            elif tag == f"{_W}sdt":
                gallery = el.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
                is_toc = gallery is not None and "Contents" in (gallery.get(f"{_W}val") or "")
                content = el.find(f"{_W}sdtContent")
                if content is not None:
                    self.walk(content, toc or is_toc, revs)
            elif tag in _REV_TAGS:
                self.walk(el, toc, revs + (self.rev(el),))
            elif tag == f"{_W}customXml":
                self.walk(el, toc, revs)

    def table(self, tbl: etree._Element) -> Table:
        table = Table(self.counter + 1, [])
        for tr in wrapped_children(tbl, f"{_W}tr"):
            trpr = tr.find(f"{_W}trPr")
            revs = tuple(self.rev(c) for c in trpr if c.tag in _REV_TAGS) if trpr is not None else ()
            cells: list[Cell] = []
            for tc in wrapped_children(tr, f"{_W}tc"):
                vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
                continued = vmerge is not None and vmerge.get(f"{_W}val") in (None, "continue")
                paras = [self.paragraph(p, False, revs, in_table=True) for p in tc.iter(f"{_W}p")]
                cells.append(Cell(paras, continued))
            table.rows.append(Row(revs, cells))
        return table


def wrapped_children(el: etree._Element, tag: str) -> list[etree._Element]:
    """Children with ``tag``, looking through sdt and customXml wrappers (rows, cells)."""
    out: list[etree._Element] = []
    for child in el:
        if child.tag == tag:
            out.append(child)
        elif child.tag == f"{_W}sdt" and (content := child.find(f"{_W}sdtContent")) is not None:
            out.extend(wrapped_children(content, tag))
        elif child.tag == f"{_W}customXml":
            out.extend(wrapped_children(child, tag))
    return out


def element_text(el: etree._Element, view: View | None = None, walker: _Walker | None = None) -> str:
    """The text of every paragraph inside ``el`` (a cell, a comment), one per line, as
    ``view`` shows it (all changes accepted by default)."""
    walker = walker or _Walker(None)
    lines = []
    for p in el.iter(f"{_W}p"):
        segs: list[Seg] = []
        walker.runs(p, segs, ())
        lines.append((view or View.ALL).text(Para(0, segs, (), None, None, None, None, False)))
    return "\n".join(lines).strip()


def _read_comments(pkg: DocxPackage) -> dict[str, WordComment]:
    main = pkg.main
    part = pkg.related(main, "/comments")
    root = pkg.xml(part) if part else None
    if root is None:
        return {}
    ext_part = pkg.related(main, "/commentsExtended")
    ext = pkg.xml(ext_part) if ext_part else None
    by_para: dict[str, tuple[str | None, bool]] = {}
    if ext is not None:
        # Word 2013 previews wrote w15 as ".../word/2010/11/wordml": match on local names.
        for ce in ext.iter():
            if isinstance(ce.tag, str) and etree.QName(ce).localname == "commentEx":
                attrs = {etree.QName(k).localname: v for k, v in ce.attrib.items()}
                by_para[attrs.get("paraId", "")] = (attrs.get("paraIdParent"), attrs.get("done") == "1")
    n = sum(1 for _ in root.iter(f"{_W}comment"))
    if n > MAX_COMMENTS:
        raise LimitExceeded(f"too many Word comments: {count(n)} (the limit is {count(MAX_COMMENTS)})")
    out: dict[str, WordComment] = {}
    para_owner: dict[str, str] = {}
    raw: list[tuple[str, str | None]] = []
    counter = _Walker(None, MAX_TEXT_CHARS, "comment text")  # all the comments' text together
    for c in root.iter(f"{_W}comment"):
        cid = c.get(f"{_W}id") or ""
        if len(cid) > MAX_ID_CHARS:  # Word's ids are numbers of at most 10 digits
            raise LimitExceeded(f"comments: a comment id of {count(len(cid))} characters (the limit is {MAX_ID_CHARS})")
        if cid in out:  # which text belongs to which marked range could only be guessed
            raise InputError(pkg.path, f"two Word comments have the id {cid!r} in comments.xml (Word gives each "
                                       "comment its own); open the file in Word, save it again and send it again")  # fmt: skip
        paras = c.findall(f".//{_W}p")
        last = paras[-1].get(f"{_W14}paraId") if paras else None
        for p in paras:
            if pid := p.get(f"{_W14}paraId"):
                para_owner[pid] = cid
        out[cid] = WordComment(cid, c.get(f"{_W}author") or "", c.get(f"{_W}initials") or "", c.get(f"{_W}date"),
                               element_text(c, walker=counter))  # fmt: skip
        raw.append((cid, last))
    for cid, last in raw:
        parent_para, done = by_para.get(last or "", (None, False))
        parent = para_owner.get(parent_para) if parent_para else None
        c = out[cid]
        out[cid] = WordComment(c.id, c.author, c.initials, c.date, c.text, parent if parent != cid else None, done)
    return out


def _outside_revisions(pkg: DocxPackage) -> Counter[str]:
    """Tracked changes in headers, footers, footnotes and endnotes: reported, never read."""
    found: Counter[str] = Counter()
    for name in sorted(pkg.names):
        m = re.match(r"word/(header|footer|footnotes|endnotes)\d*\.xml$", name)
        if m:
            root = pkg.xml(name)
            if root is not None:
                n = sum(1 for el in root.iter() if el.tag in _REV_TAGS)
                if n:
                    found[m[1]] += n
    return found


def read_markup(pkg: DocxPackage) -> Markup:
    """Walk the main document of an opened package: paragraphs, tables, comments, counts."""
    root = pkg.xml(pkg.main)
    if root is None:
        raise InputError(pkg.path, f"missing part {pkg.main}")
    body = root.find(f"{_W}body")
    if body is None:
        raise InputError(pkg.path, "the document has no body")
    paragraphs = sum(1 for _ in body.iter(f"{_W}p"))  # counted before any work on them
    if paragraphs > MAX_PARAGRAPHS:
        raise LimitExceeded(f"too many paragraphs: {count(paragraphs)} (the limit is {count(MAX_PARAGRAPHS)})")
    numbering = pkg.xml(pkg.related(pkg.main, "/numbering") or "word/numbering.xml")
    Numbering(numbering)  # malformed or out-of-range definitions are refused before the walk
    walker = _Walker(pkg, MAX_TEXT_CHARS)
    walker.walk(body)
    markup = Markup(walker.body, walker.styles, numbering, counts=walker.counts, textboxes=walker.textboxes,
                    path=pkg.path, part_bytes=pkg.sizes.get(pkg.main, 0), paragraphs=paragraphs, chars=walker.chars,
                    revision_authors=frozenset(walker.authors))  # fmt: skip
    markup.comments = _read_comments(pkg)
    authors = walker.authors | {c.author for c in markup.comments.values()}
    if len(authors) > MAX_AUTHORS:
        raise LimitExceeded(f"too many authors of tracked changes and comments: {count(len(authors))} "
                            f"(the limit is {MAX_AUTHORS})")  # fmt: skip
    markup.outside = _outside_revisions(pkg)
    return markup


# -- rendering a view into blocks ---------------------------------------------------------


@dataclass
class Rendered:
    """Blocks of one view, with the physical paragraphs each came from (``origins``; the
    last one holds the surviving paragraph mark), how many leading characters were
    carried in from paragraphs whose mark the view removed (``carried``), and which
    paragraph each part of a block's text comes from (``spans``: (paragraph, start, end)
    in ``Block.text``, non-empty parts only)."""

    blocks: list[Block] = field(default_factory=list)
    origins: list[tuple[int, ...]] = field(default_factory=list)
    carried: list[int] = field(default_factory=list)
    spans: list[tuple[tuple[int, int, int], ...]] = field(default_factory=list)
    title: str = ""
    title_paras: tuple[int, ...] = ()
    front: list[str] = field(default_factory=list)
    front_paras: list[int] = field(default_factory=list)
    front_lines: list[int] = field(default_factory=list)  # the paragraph of each line of ``front``, as blocks number
    numbering: Numbering | None = None
    notes: int = 0  # paragraphs in a lawcomment Note style, set aside
    #: numbered paragraphs whose text opens with a label typed too: (paragraph, Word's label,
    #: the typed one); when the two are the same, the block holds no list label (see typed_label)
    typed_labels: list[tuple[int, str, str]] = field(default_factory=list)
    #: numbered paragraphs with no text, which Word still numbers and counts: (paragraph, label)
    empty_numbered: list[tuple[int, str]] = field(default_factory=list)
    #: with draft labels, numbered paragraphs the original does not have whose label (the next
    #: of their list) a later point of the original has too: (paragraph, label)
    inserted_numbered: list[tuple[int, str]] = field(default_factory=list)


def _cell_text(cell: Cell, view: View) -> str:
    """A table cell's paragraphs, joined where the view keeps their paragraph marks."""
    out = ""
    for i, para in enumerate(cell.paras):
        out += view.text(para)
        if i < len(cell.paras) - 1 and view.keeps(para.mark):
            out += "\n"
    return out.strip()


#: Paragraph styles of annotations lawcomment writes into submissions: never law text.
#: Style names (lower case) of the notes of a submission, set aside as not law text: the
#: neutral names lawcomment writes, and the names older versions wrote.
NOTE_STYLE_PREFIX = ("submission note", "lawcomment note")


#: Characters that end a label so that its text may follow without a space: （一）主要是…, 1、…
_LABEL_CLOSERS = "）)】]．.、：:"
_LABEL_SPACES = " \t\u3000\u00a0"
_NUMERAL_RUN = re.compile(f"[{CN_NUMERAL_CHARS}0-9０-９]+")


def _ends_label(label: str, rest: str) -> bool:
    """Whether ``rest``, after a copy of ``label``, leaves the label whole: nothing, a space, or
    text after a closing mark (not 第二十二条之一, 第二十二条规定的…, nor 1.5 after 1.)."""
    if not rest or rest[0] in _LABEL_SPACES:
        return True
    return label[-1] in _LABEL_CLOSERS and not (label[-1] in ".．" and rest[0].isdigit())


def typed_label(label: str, text: str) -> tuple[str, bool] | None:
    """The label typed at the start of ``text`` in a paragraph Word's numbering prints ``label``
    on (a draft numbered by Word whose labels were typed as well: 第%1条 and 「第二十二条　作者…」),
    and whether it is that label itself: (typed, same). A typed label of the same shape with
    another number (第二十三条 where Word prints 第二十二条) is (typed, False); None when the text
    opens with no label of that shape followed by a space (or, after a closing mark, by text)."""
    body = text.lstrip(_LABEL_SPACES)
    if body.startswith(label) and _ends_label(label, body[len(label):]):
        return label, True
    parts = _NUMERAL_RUN.split(label)
    if len(parts) < 2:  # no number in the label (a bullet, (a)): only a copy of it can be told
        return None
    shape = f"[{CN_NUMERAL_CHARS}0-9０-９]+".join(map(re.escape, parts))
    m = re.match(shape, body)
    if m is None or not _ends_label(label, body[m.end():]):
        return None
    return m[0], m[0] == label


def raw_text(markup: Markup, view: View, skip: frozenset[int] = frozenset()) -> str:
    """The text of every run ``view`` keeps, whitespace removed: what the rendered blocks
    must hold, computed from the runs alone (not from the blocks) so that rendering can be
    checked. Left out: the paragraphs in ``skip`` (those the title and front matter were
    taken from), and, as :func:`render` leaves them out by design, paragraphs in the
    lawcomment Note styles, the continuation cells of vertical merges and rows the view
    removes."""
    parts: list[str] = []
    for item in markup.body:
        if isinstance(item, Table):
            parts.extend(view.text(p) for row in item.rows if view.keeps(row.revs)
                         for cell in row.cells if not cell.continued for p in cell.paras)  # fmt: skip
        elif item.index not in skip and not markup.styles.name(item.style_id).lower().startswith(NOTE_STYLE_PREFIX):
            parts.append(view.text(item))
    return squash("".join(parts))


def render(markup: Markup, view: View, draft_labels: bool = False) -> Rendered:
    """Blocks as Word would show the document with ``view``'s changes accepted.

    A paragraph whose mark the view removes joins the next one, as in Word; when no
    paragraph follows (the end of the body, or a table next), the mark stays. With
    ``draft_labels`` (a member's marked-up copy), list paragraphs keep the labels the
    original (every change rejected) prints: the labels Word computes for the member's
    final view are layout, not the member's words. A paragraph the original does not have
    gets the next label of its list (listed in ``Rendered.inserted_numbered``).
    """
    try:
        if view.accept:  # one author's view: a marked-up import reads one per revision author
            authors = len(markup.revision_authors)
            if authors * markup.paragraphs > MAX_REVIEW_WORK or authors * markup.chars > MAX_REVIEW_CHARS:
                raise LimitExceeded(f"a marked-up draft with {count(authors)} revision authors over "
                                    f"{count(markup.paragraphs)} paragraphs and {count(markup.chars)} characters is "
                                    f"more than lawcomment reads at once (authors × paragraphs may be at most "
                                    f"{count(MAX_REVIEW_WORK)}, authors × characters {count(MAX_REVIEW_CHARS)}); "
                                    "accept or reject some authors' changes first")  # fmt: skip
        return _render(markup, view, draft_labels)
    except LimitExceeded as exc:
        raise UnsafeDocumentError(markup.path, str(exc)) from None
    except ValueError as exc:  # e.g. w:ilvl="x" in numbering.xml or styles.xml
        raise InputError(markup.path, f"malformed numbering or style definitions: {exc}") from None


def _list_of(para: Para, styles: Styles, numbering: Numbering) -> tuple[str | None, int]:
    """The list (numId) and level a paragraph is numbered in: its own numPr, or its style's."""
    num_id, ilvl = para.num_id, para.ilvl
    if num_id is None:
        num_id, style_ilvl, owner = styles.numbering(para.style_id)
        if num_id is not None and ilvl is None:
            ilvl = style_ilvl if style_ilvl is not None else numbering.level_for_style(num_id, owner or "")
    return num_id, ilvl or 0


def _original_labels(markup: Markup) -> tuple[dict[int, str], set[int]]:
    """Each body paragraph's list label as the original prints it (a paragraph the original
    does not have, an inserted mark, the next of its list), and the new paragraphs whose label
    a later point of the original has too: adopting them reletters the list."""
    numbering = Numbering(markup.numbering_xml, budget=markup.part_bytes or None)
    labels: dict[int, str] = {}
    new: set[int] = set()
    waiting: dict[tuple[str, int], list[int]] = {}  # new paragraphs, by list, until the next original one
    run: list[Para] = []  # paragraphs with an inserted mark: one paragraph of the original with the next

    def _peek(para: Para) -> None:  # a new paragraph, numbered in its own list and level
        num, level = _list_of(para, markup.styles, numbering)
        if num is not None and num != "0":
            labels[para.index] = numbering.peek(num, level)
            key = (numbering.nums[num].abstract if num in numbering.nums else num, level)
            waiting.setdefault(key, []).append(para.index)

    for item in markup.body:
        if isinstance(item, Table):
            run = []
            continue
        if not View.ORIGINAL.keeps(item.mark):
            run.append(item)
            continue
        group, run = [*run, item], []
        num_id, ilvl = _list_of(item, markup.styles, numbering)  # the surviving mark numbers it, as in Word
        if num_id is None or num_id == "0":
            continue
        kind = numbering.nums[num_id].abstract if num_id in numbering.nums else num_id
        # the draft's label goes to the paragraph that keeps the original's words (a new paragraph
        # typed before or after them takes the next label of the list)
        own = next((p for p in group if View.ORIGINAL.text(p).strip()), item)
        before = group[:group.index(own)]
        for para in before:
            _peek(para)
        labels[own.index] = numbering.label(num_id, ilvl)
        for key in [k for k in waiting if k[0] == kind and k[1] >= ilvl]:
            # an original point after the new one, in the same list: its label is the new one's too
            new.update(i for i in waiting.pop(key) if key[1] == ilvl and labels[i] == labels[own.index])
        for para in group[group.index(own) + 1:]:
            _peek(para)
    return labels, new


def _render(markup: Markup, view: View, draft_labels: bool = False) -> Rendered:
    numbering = Numbering(markup.numbering_xml, budget=markup.part_bytes or None)
    styles = markup.styles
    out = Rendered(numbering=numbering)
    original, new = _original_labels(markup) if draft_labels else ({}, set())
    body = markup.body
    # The paragraphs joined so far: their texts, indexes, footnotes, and where each one's
    # text lies in the joined text (paragraph, start, end). Lists, joined once: a long run
    # of removed marks must not copy the text again for each paragraph.
    pieces: list[str] = []
    carried: list[int] = []
    notes: list[str] = []
    bounds: list[tuple[int, int, int]] = []
    length = 0
    for pos, item in enumerate(body):
        if isinstance(item, Table):
            rows: list[tuple[str, ...]] = []
            for row in item.rows:
                if not view.keeps(row.revs):
                    continue
                rows.append(tuple("" if c.continued else _cell_text(c, view) for c in row.cells))
            if rows:
                out.blocks.append(Block("", item.first, rows=tuple(rows)))
                out.origins.append(tuple(p.index for p in item.paras()))
                out.carried.append(0)
                out.spans.append(())
            continue
        para = item
        own = view.text(para)
        bounds.append((para.index, length, length + len(own)))
        length += len(own)
        pieces.append(own)
        notes.extend(s.note for s in para.segs if s.note and view.keeps(s.revs))
        if not view.keeps(para.mark) and pos + 1 < len(body) and isinstance(body[pos + 1], Para):
            carried.append(para.index)
            continue
        text = "".join(pieces)
        head = length - len(own)
        group = tuple(carried + [para.index])
        spans_of, group_notes = bounds, tuple(notes)
        pieces, carried, notes, bounds, length = [], [], [], [], 0
        num_id, ilvl = _list_of(para, styles, numbering)
        label = numbering.label(num_id, ilvl) if num_id is not None and num_id != "0" else ""
        if draft_labels and label:
            label = original.get(para.index, label)
            if para.index in new and text.strip():
                out.inserted_numbered.append((para.index, label))
        name = styles.name(para.style_id)
        outline = para.outline if para.outline is not None else styles.outline(para.style_id)
        lower = name.lower()
        if lower in ("title", "标题") and not out.title and not label:
            out.title, out.title_paras = _one_line(text.strip()), group
            continue
        if lower in ("subtitle", "副标题") and not label:
            out.front.append(text.strip())
            out.front_paras.extend(group)
            out.front_lines.append(para.index)
            continue
        if lower.startswith(NOTE_STYLE_PREFIX):
            out.notes += 1
            continue
        heading = None
        if m := _HEADING.match(name):
            heading = int(m[1])
        elif outline is not None and outline < 9:
            heading = outline + 1
        is_toc = para.toc or bool(_TOC.match(name))
        pos_in = first = 0  # spans_of is in text order: each line looks only at the spans it can meet
        for i, piece in enumerate(text.split("\n")):
            taken = min(head, len(piece))
            head -= taken + 1
            lo, hi = pos_in, pos_in + len(piece)
            pos_in = hi + 1
            while first < len(spans_of) and spans_of[first][2] <= lo:
                first += 1
            if not piece.strip() and not (i == 0 and label):
                continue
            shown = label if i == 0 else ""
            if shown and not text.strip():
                out.empty_numbered.append((para.index, label))  # Word prints its label all the same
            elif shown and not is_toc and (typed := typed_label(label, piece)) is not None:
                # Word prints the list label, then the text's own: one label twice. The typed copy
                # (the document's characters) is the label; Word's, which repeats it, is not kept.
                # Another number typed is kept as text, the numbering's label before it, and said.
                out.typed_labels.append((para.index, label, typed[0]))
                shown = "" if typed[1] else label
            out.blocks.append(Block(piece, para.index, label=shown, heading_level=heading,
                                    style=name, toc=is_toc, footnotes=group_notes if i == 0 else ()))  # fmt: skip
            out.origins.append(group)
            out.carried.append(max(taken, 0))
            spans: list[tuple[int, int, int]] = []
            k = first
            while k < len(spans_of) and spans_of[k][1] < hi:
                index, start, end = spans_of[k]
                if min(end, hi) > max(start, lo):
                    spans.append((index, max(start, lo) - lo, min(end, hi) - lo))
                k += 1
            out.spans.append(tuple(spans))
    return out


def _one_line(title: str) -> str:
    """A title set in several lines (a line break before （草案）) as the one line it is: the lines
    joined, with a space only where Latin words meet (Comments on the / Draft Law)."""
    if "\n" not in title:
        return title
    lines = [line.strip() for line in title.split("\n") if line.strip()]
    out = lines[0] if lines else ""
    for line in lines[1:]:
        latin = ord(out[-1]) < 0x2E80 and ord(line[0]) < 0x2E80
        out += (" " if latin else "") + line
    return out
