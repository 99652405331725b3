"""The consolidated submission as Word: a cover, then each article with the committee's
proposed changes as native tracked changes (``articles`` layout), or the three-column
comparison table 条文 | 修改建议 | 理由 (``table`` layout).

Only what the view submits goes in: by default the changes staff accepted, the conflict
alternatives they chose, final wordings and accepted new units (as tracked-inserted articles
numbered 第X条之一 after their article); with ``include_unreviewed`` also the undecided ones,
and the cover says it is a draft.

Everything that is not law text (cover lines, reasons, supporters, conflicts) is in the
``lawcomment Note`` styles, which lawcomment's .docx reader sets aside, so a member can
mark up the submission and it imports as a marked-up draft.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from docx.oxml.ns import qn
from lxml import etree

from .consultation import Consultation, Item, opened
from .exporters import LABELS, ExportOptions
from .ooxml import Revisions, el, enable_track_revisions, paragraph, run
from .serialize import body_separator

NOTE_STYLE = "lawcomment Note"
NOTE_HEADING_STYLE = "lawcomment Note Heading"
_NOTE_ID, _NOTE_HEADING_ID = "lawcommentNote", "lawcommentNoteHeading"
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


class _Writer:
    def __init__(self, view: Consultation, options: ExportOptions) -> None:
        import docx

        self.view = view.for_options(options)
        self.options = options
        self.labels = LABELS[options.lang]
        self.date = options.timestamp
        self.revs = Revisions(self.date)
        self.sep = body_separator(view.draft)
        self.doc = docx.Document()
        self._prepare()
        self.body = self.doc.element.body
        self._sect = self.body.find(qn("w:sectPr"))

    # -- template ------------------------------------------------------------------
    def _prepare(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt, RGBColor

        doc = self.doc
        for rel_id, rel in list(doc.part.rels.items()):
            if rel.reltype == _STYLES_WITH_EFFECTS:  # stale copy of styles.xml; validators flag the mismatch
                doc.part.drop_rel(rel_id)
        normal = doc.styles["Normal"]
        normal.font.size = Pt(11)
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = el("rFonts")
            rpr.insert(0, fonts)
        fonts.set(qn("w:eastAsia"), "SimSun")
        for name, sid, bold in ((NOTE_STYLE, _NOTE_ID, False), (NOTE_HEADING_STYLE, _NOTE_HEADING_ID, True)):
            st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.style_id = sid
            st.base_style = normal
            st.font.color.rgb = RGBColor(0x44, 0x44, 0x66)
            st.font.size = Pt(10)
            st.font.bold = bold or None
        enable_track_revisions(doc.settings.element)
        props = doc.core_properties
        props.title = self.view.title
        props.author = self.options.author
        props.comments = f"lawcomment submission for {self.view.ref}"

    # -- building blocks --------------------------------------------------------------
    def add(self, p: etree._Element) -> etree._Element:
        self._sect.addprevious(p)
        return p

    def note(self, text: str, heading: bool = False) -> etree._Element:
        return paragraph(_NOTE_HEADING_ID if heading else _NOTE_ID, text)

    def author(self, supporters: tuple[str, ...]) -> str:
        if self.options.attribute == "members" and supporters:
            return ("、" if self.options.lang == "zh" else ", ").join(self.view.member_name(m) for m in supporters)
        return self.options.author

    def redline(self, item: Item, style_id: str | None, first_label: str = "") -> list[etree._Element]:
        """The unit's text with the position's edits as tracked changes, one ``w:p`` per line."""
        paras = [paragraph(style_id)]
        if first_label:
            paras[0].append(run(first_label))
        for kind, text, supporters in item.segments():
            who = self.author(supporters)
            for i, line in enumerate(text.split("\n")):
                if i:
                    if kind:  # Enter typed (ins) or removed (del): the ending paragraph's mark is tracked
                        self.revs.mark(paras[-1], kind, who)
                    paras.append(paragraph(style_id))
                if not line:
                    continue
                if kind:
                    paras[-1].append(self.revs.text(kind, who, line))
                else:
                    paras[-1].append(run(line))
        return paras

    def insertions(self, item: Item, label_style: str | None) -> Iterable[etree._Element]:
        """The submitted new units after ``item``: a new article is inserted as law text, its
        label (第十二条之一) in ``label_style`` and every paragraph tracked as inserted; a unit
        after a heading is a note."""
        for unit in item.new_units:
            who = self.author(unit.supporters)
            if unit.label:
                head = paragraph(label_style)
                head.append(self.revs.text("ins", who, unit.label))
                self.revs.mark(head, "ins", who)
                yield head
            else:
                yield self.note(self.labels["new_unit"] + self.labels["after"].format(where=item.citation), heading=True)
            for line in filter(None, unit.text.split("\n")):
                p = paragraph(None) if unit.label else self.note("")
                p.append(self.revs.text("ins", who, line))
                if unit.label:
                    self.revs.mark(p, "ins", who)
                yield p

    def annotations(self, item: Item) -> Iterable[etree._Element]:
        """Reasons, supporters and unresolved conflicts of one item, as notes."""
        lb, anonymous = self.labels, self.options.anonymous
        colon = "：" if self.options.lang == "zh" else ": "
        if item.reasons:
            yield self.note(lb["reasons"], heading=True)
            for member, text in item.reasons:
                who = "" if anonymous else (self.view.member_name(member) if member else lb["committee"])
                yield self.note(f"{text}（{who}）" if who and self.options.lang == "zh" else
                                f"{text} ({who})" if who else text)  # fmt: skip
        if item.supporters:
            if anonymous:
                yield self.note(lb["supporters_n"].format(n=len(item.supporters)))
            else:
                names = ("、" if self.options.lang == "zh" else ", ").join(self.view.member_name(m) for m in item.supporters)
                yield self.note(f"{lb['supporters']}{colon}{names}")
        for conflict in item.unresolved:
            yield self.note(lb["unresolved"], heading=True)
            yield self.note(f"{lb['draft_wording']}{colon}「{conflict.old}」")
            for alt in conflict.alternatives:
                who = (lb["supporters_n"].format(n=len(alt.supporters)) if anonymous else
                       ("、" if self.options.lang == "zh" else ", ").join(self.view.member_name(m) for m in alt.supporters))  # fmt: skip
                yield self.note(f"{lb['alternative'].format(n=alt.number)}{colon}「{alt.text}」（{who}）"
                                if self.options.lang == "zh" else
                                f"{lb['alternative'].format(n=alt.number)}: “{alt.text}” ({who})")  # fmt: skip

    # -- the document -----------------------------------------------------------------
    def cover(self) -> None:
        lb, colon = self.labels, "：" if self.options.lang == "zh" else ": "
        view = self.view
        self.add(paragraph("Title", f"{view.title}{lb['submission']}" if self.options.lang == "zh"
                           else f"{view.title}: {lb['submission']}"))  # fmt: skip
        if self.options.association:
            self.add(self.note(f"{lb['association']}{colon}{self.options.association}"))
        self.add(self.note(f"{lb['draft']}{colon}{view.ref}"))
        self.add(self.note(f"{lb['date']}{colon}{self.date[:10]}"))
        changed = sum(1 for i in self.items if i.changed)
        unresolved = sum(len(i.unresolved) for i in self.items)
        self.add(self.note(lb["summary"].format(n=changed, c=unresolved)))
        if view.include_unreviewed and view.unreviewed:
            self.add(self.note(lb["draft_note"], heading=True))
        if self.options.intro.strip():
            self.add(self.note(lb["intro"], heading=True))
            for block in _intro_blocks(self.options.intro):
                self.add(self.note(block.lstrip("#").strip(), heading=block.startswith("#")))

    @property
    def items(self) -> list[Item]:
        return [i for i in self.view.items if self.options.all_articles or i.in_submission]

    def articles(self) -> None:
        for item, containers in opened(self.items):
            for depth, unit in containers:
                self.add(paragraph(f"Heading{min(depth + 1, 3)}", f"{unit.label}\u3000{unit.heading}".strip()))
            if item.kind.is_container:
                level = min(len(item.path) + 1, 3)
                for p in self.redline(item, f"Heading{level}", f"{item.label}\u3000"):
                    self.add(p)
            else:
                self.add(paragraph(self._label_style(item), item.label or item.citation))
                for p in self.redline(item, None):
                    self.add(p)
            for p in self.insertions(item, self._label_style(item)):
                self.add(p)
            for p in self.annotations(item):
                self.add(p)

    @staticmethod
    def _label_style(item: Item) -> str:
        return "Heading3" if len(item.path) < 3 else "Heading4"

    def table(self) -> None:
        lb = self.labels
        tbl = el("tbl")
        tblpr = el("tblPr")
        tblpr.append(el("tblStyle", {"val": "TableGrid"}))
        tblpr.append(el("tblW", {"w": "5000", "type": "pct"}))
        tbl.append(tblpr)
        grid = el("tblGrid")
        for width in (2600, 4200, 2600):
            grid.append(el("gridCol", {"w": str(width)}))
        tbl.append(grid)
        tbl.append(_row([[paragraph(None, lb["article"], bold=True)], [paragraph(None, lb["proposal"], bold=True)],
                         [paragraph(None, lb["reason"], bold=True)]], header=True))  # fmt: skip
        for item, containers in opened(self.items):
            for _, unit in containers:
                tbl.append(_row([[paragraph(None, f"{unit.label}\u3000{unit.heading}".strip(), bold=True)]], span=3))
            original = [paragraph(None, item.citation, bold=True)]
            original += [paragraph(None, line) for line in item.position.base.split("\n")]
            proposed = self.redline(item, None)
            proposed += list(self.insertions(item, None))
            notes = list(self.annotations(item)) or [paragraph()]
            tbl.append(_row([original, proposed, notes]))
        self.add(tbl)
        self.add(paragraph())  # Word needs a paragraph between a table and the section properties

    def write(self) -> bytes:
        self.cover()
        if self.options.layout == "table":
            self.table()
        else:
            self.articles()
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def _row(cells: list[list[etree._Element]], header: bool = False, span: int = 1) -> etree._Element:
    tr = el("tr")
    if header:
        trpr = el("trPr")
        trpr.append(el("tblHeader"))  # repeat the header row on every page
        tr.append(trpr)
    for content in cells:
        tc = el("tc")
        if span > 1:
            tcpr = el("tcPr")
            tcpr.append(el("gridSpan", {"val": str(span)}))
            tc.append(tcpr)
        for p in content or [paragraph()]:
            tc.append(p)
        tr.append(tc)
    return tr


def _intro_blocks(text: str) -> list[str]:
    """Paragraphs of an introduction: blank lines separate them, ``#`` starts a heading, and
    wrapped lines are joined (without a space between two Chinese lines)."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            joined = buf[0]
            for line in buf[1:]:
                joined += ("" if not joined[-1].isascii() and not line[0].isascii() else " ") + line
            out.append(joined)
            buf.clear()

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("#"):
            flush()
            out.append(line)
        else:
            buf.append(line)
    flush()
    return out


def write_submission(view: Consultation, options: ExportOptions) -> bytes:
    """The submission .docx as bytes."""
    return _Writer(view, options).write()
