"""The Akoma Ntoso writer, imported when a document is written (lxml is not loaded before)."""

from __future__ import annotations

from lxml import etree

from lawcomment import Consultation, Kind, Unit

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_TAG = {Kind.PART: "part", Kind.SUBPART: "subpart", Kind.CHAPTER: "chapter", Kind.SECTION: "section",
        Kind.ARTICLE: "article", Kind.PARAGRAPH: "paragraph", Kind.ITEM: "point", Kind.SUBITEM: "point"}  # fmt: skip


def _e(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{AKN}}}{tag}", {k.replace("_", ""): v for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


class Builder:
    def __init__(self, view: Consultation, date: str = "") -> None:
        self.view = view
        self.date = date or view.created[:10]  # the export's date (YYYY-MM-DD)
        self.refs: dict[str, list[str]] = {}  # eid → note ids pointing at it
        self.root = etree.Element(f"{{{AKN}}}akomaNtoso", nsmap={None: AKN})

    def meta(self, bill: etree._Element) -> etree._Element:
        view = self.view
        name, _, version = view.ref.partition("@")
        meta = _e(bill, "meta")
        ident = _e(meta, "identification", source="#lawcomment")
        date = self.date
        work = f"/akn/cn/bill/{date}/{name}"
        for level, uri in (("FRBRWork", work), ("FRBRExpression", f"{work}/zho@{version}"),
                           ("FRBRManifestation", f"{work}/zho@{version}/main.xml")):  # fmt: skip
            frbr = _e(ident, level)
            _e(frbr, "FRBRthis", value=f"{uri}/!main" if level == "FRBRWork" else uri)
            _e(frbr, "FRBRuri", value=uri)
            _e(frbr, "FRBRdate", date=date, name="export")
            _e(frbr, "FRBRauthor", href="#lawcomment")
            if level == "FRBRWork":
                _e(frbr, "FRBRcountry", value="cn")
            if level == "FRBRExpression":
                _e(frbr, "FRBRlanguage", language="zho")
        refs = _e(meta, "references", source="#lawcomment")
        _e(refs, "TLCOrganization", eId="lawcomment", href="/ontology/organization/lawcomment", showAs="lawcomment")
        for m in view.members.values():
            _e(refs, "TLCOrganization", eId=f"member_{_token(m.id)}", href=f"/ontology/organization/{_token(m.id)}",
               showAs=m.org or m.id)  # fmt: skip
        return meta

    def notes(self, meta: etree._Element) -> None:
        notes = _e(meta, "notes", source="#lawcomment")
        for item in self.view.items:
            if item.changed:
                nid = f"pos_{item.eid}"
                note = _e(notes, "note", eId=nid, class_="committee-position")
                for line in item.text.split("\n"):  # as the submission proposes it: what staff accepted
                    _e(note, "p", line)
                self.refs.setdefault(item.eid, []).append(nid)
        for c in self.view.comments:
            if c.anchor.eid is None:
                continue
            nid = f"cmt_{c.id}"
            note = _e(notes, "note", eId=nid, class_=f"comment {c.stance}", refersTo=f"#member_{_token(c.member)}")
            if c.anchor.quote:
                _e(note, "p", f"「{c.anchor.quote}」")
            if c.proposed_text:
                _e(note, "p", c.proposed_text)
            _e(note, "p", c.body or str(c.stance))
            self.refs.setdefault(c.anchor.eid, []).append(nid)

    def unit(self, parent: etree._Element, unit: Unit) -> None:
        tag = _TAG.get(unit.kind)
        if tag is None:  # tables, annexes, preambles: kept as text in a hcontainer
            el = _e(parent, "hcontainer", eId=unit.eid, name=str(unit.kind))
            content = _e(el, "content")
            for line in unit.body().split("\n"):
                _e(content, "p", line)
            self._refs(content, unit.eid)
            return
        el = _e(parent, tag, eId=unit.eid)
        kids = list(unit.children)
        num = _e(el, "num", unit.label) if unit.label else None
        heading = _e(el, "heading", unit.heading) if unit.heading else None
        if kids and not unit.text:  # no text of its own: its notes hang on its number or heading
            holder = num if num is not None else heading
            self._refs(holder if holder is not None else _e(_e(el, "intro"), "p", ""), unit.eid)
        if not kids:
            content = _e(el, "content")
            p = _e(content, "p", unit.text)
            self._refs(p, unit.eid)
            return
        holder = el
        if unit.kind in (Kind.PARAGRAPH, Kind.ITEM) and all(k.kind in (Kind.ITEM, Kind.SUBITEM) for k in kids):
            holder = _e(el, "list", eId=f"{unit.eid}__list_1")  # items sit in a list, its intro the text
        if unit.text:
            self._refs(_e(_e(holder, "intro"), "p", unit.text), unit.eid)
        for kid in kids:
            self.unit(holder, kid)
        if unit.tail:
            _e(_e(holder, "wrapUp"), "p", unit.tail)

    def _refs(self, p: etree._Element, eid: str) -> None:
        for nid in self.refs.get(eid, ()):
            _e(p, "noteRef", href=f"#{nid}", class_="lawcomment")

    def build(self) -> bytes:
        bill = _e(self.root, "bill", name=self.view.ref.partition("@")[0])
        meta = self.meta(bill)
        self.notes(meta)
        preface = _e(bill, "preface")
        _e(_e(preface, "longTitle"), "p", self.view.title)
        body = _e(bill, "body")
        for unit in self.view.draft.units:
            self.unit(body, unit)
        return etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _token(member_id: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in member_id)
