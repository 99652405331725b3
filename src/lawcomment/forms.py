"""The Word comment form (意见反馈表): write one row per article, read the filled rows back.

Each row carries its article's eid three ways (a locked content control tag, a bookmark,
and the printed citation), and the file carries draft@version and the member as custom
document properties, so rows map back however Word or LibreOffice rearranged them.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .anchors import describe, resolve, unit_index
from .atomic import write_atomic
from .comments import Anchor, CommentSource, NewComment, SourceKind, Stance
from .docx_markup import element_text, wrapped_children
from .docx_package import W, DocxPackage
from .errors import CitationError, InputError, StoreError
from .ids import citation_to_eid, eid_to_citation
from .model import Draft
from .numerals import parse_number
from .proposals import normalise_proposal, partial_proposal
from .serialize import body_separator

_W = f"{{{W}}}"
TAG_PREFIX = "lawcomment:"
BOOKMARK_PREFIX = "lc_"
_CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"

LABELS = {
    "zh": {"title": "意见反馈表", "draft": "草案", "member": "提出单位", "article": "条款", "original": "草案原文",
           "proposed": "修改建议", "reason": "理由",
           "help": "请在“修改建议”栏填写建议的条文全文（可开启修订），在“理由”栏说明理由；不修改的条款请留空。"
                   "请勿改动“条款”栏。建议删除整条的，在“修改建议”栏填写“删除”。"},
    "en": {"title": "Comment form", "draft": "Draft", "member": "Member", "article": "Article",
           "original": "Draft text", "proposed": "Proposed text", "reason": "Reason",
           "help": "Write the full proposed wording in “Proposed text” (track changes may be on) and your "
                   "reasons in “Reason”; leave rows you do not comment on empty. Do not edit the “Article” "
                   "column. To propose deleting an article, write “delete”."},
}  # fmt: skip
_HEADER_ROLES = {name.casefold(): role for labels in LABELS.values()
                 for role, name in labels.items() if role in ("article", "original", "proposed", "reason")}  # fmt: skip
_DELETE_WORDS = {"删除", "删去", "删除本条", "删去本条", "delete", "deleted", "delete this article"}


def bookmark_name(eid: str) -> str:
    """Bookmark names allow letters, digits and _ only: ``art_120-1`` → ``lc_art_120Z1``."""
    return BOOKMARK_PREFIX + eid.replace("-", "Z")


def _eid_from_bookmark(name: str) -> str:
    return name[len(BOOKMARK_PREFIX):].replace("Z", "-")


def select_articles(draft: Draft, spec: str | None) -> list[str]:
    """Article eids chosen by ``10-20,25`` (numbers or Chinese numerals); all when None."""
    eids = [v.unit.eid for v in draft.articles()]
    if not spec:
        return eids
    wanted: list[tuple[int, int]] = []
    for part in re.split(r"[,，、\s]+", spec.strip()):
        if not part:
            continue
        lo, _, hi = part.partition("-")
        try:
            a, b = parse_number(lo.strip().strip("第条")), parse_number((hi or lo).strip().strip("第条"))
        except ValueError:
            raise CitationError(f"cannot read the article range {part!r} (use e.g. 10-20,25)") from None
        wanted.append((min(a, b), max(a, b)))
    out = []
    for view in draft.articles():
        base = (view.unit.num or "").split("-")[0]
        if base.isdigit() and any(lo <= int(base) <= hi for lo, hi in wanted):
            out.append(view.unit.eid)
    if not out:
        raise CitationError(f"no article of the draft is in {spec!r}")
    return out


def make_form(draft: Draft, ref: str, path: str | Path, *, title: str = "", member: str | None = None,
              member_name: str = "", articles: list[str] | None = None, lang: str = "zh") -> Path:  # fmt: skip
    """Write the comment form for ``draft`` (stored as ``ref``) to ``path``."""
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    if lang not in LABELS:
        raise StoreError(f"unknown form language {lang!r} (use zh or en)")
    labels = LABELS[lang]
    sep = body_separator(draft)
    chosen = set(articles) if articles is not None else None
    doc = docx.Document()
    heading = f"{title or draft.title}{'' if lang == 'zh' else ': '}{labels['title']}" if (title or draft.title) else labels["title"]
    doc.add_paragraph(heading, style="Title")
    doc.add_paragraph(f"{labels['draft']}{'：' if lang == 'zh' else ': '}{ref}")
    if member:
        who = f"{member_name} ({member})" if member_name else member
        doc.add_paragraph(f"{labels['member']}{'：' if lang == 'zh' else ': '}{who}")
    doc.add_paragraph(labels["help"])
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, key in zip(table.rows[0].cells, ("article", "original", "proposed", "reason"), strict=True):
        cell.text = labels[key]
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))  # repeat the header on every page
    bookmark_id = 0
    for view in draft.articles():
        unit = view.unit
        if chosen is not None and unit.eid not in chosen:
            continue
        row = table.add_row()
        cite, original = row.cells[0], row.cells[1]
        path_text = " ".join(f"{c.label} {c.heading}".strip() for c in view.heading_path)
        cite.text = eid_to_citation(unit.eid, lang) + (f"\n{path_text}" if path_text and lang == "zh" else "")
        p = cite.paragraphs[0]
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(bookmark_id))
        start.set(qn("w:name"), bookmark_name(unit.eid))
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(bookmark_id))
        bookmark_id += 1
        p._p.insert(1 if p._p.pPr is not None else 0, start)
        p._p.append(end)
        _wrap_in_content_control(cite, f"{TAG_PREFIX}{unit.eid}", OxmlElement, qn)
        lines = unit.body(sep).split("\n")
        original.text = lines[0]
        for line in lines[1:]:
            original.add_paragraph(line)
    for row in table.rows:
        for cell, width in zip(row.cells, (Cm(2.6), Cm(6.2), Cm(6.2), Cm(4.0)), strict=True):
            cell.width = width
    buffer = io.BytesIO()
    doc.save(buffer)
    data = _add_custom_properties(buffer.getvalue(), {"lawcomment.form": "1", "lawcomment.draft": ref,
                                                      **({"lawcomment.member": member} if member else {})})  # fmt: skip
    return write_atomic(path, data)


def _wrap_in_content_control(cell: object, tag: str, make: object, qn: object) -> None:
    """Put the cell's paragraphs in a locked block content control tagged with the eid."""
    tc = cell._tc  # type: ignore[attr-defined]
    sdt = make("w:sdt")  # type: ignore[operator]
    pr = make("w:sdtPr")  # type: ignore[operator]
    tag_el = make("w:tag")  # type: ignore[operator]
    tag_el.set(qn("w:val"), tag)  # type: ignore[operator]
    lock = make("w:lock")  # type: ignore[operator]
    lock.set(qn("w:val"), "sdtContentLocked")  # type: ignore[operator]
    pr.append(tag_el)
    pr.append(lock)
    content = make("w:sdtContent")  # type: ignore[operator]
    sdt.append(pr)
    sdt.append(content)
    for p in list(tc.iterchildren(qn("w:p"))):  # type: ignore[operator]
        content.append(p)
    tc.append(sdt)


def _add_custom_properties(docx_bytes: bytes, props: dict[str, str]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    items = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name="{k}">'
                    f"<vt:lpwstr>{_esc(v)}</vt:lpwstr></property>" for i, (k, v) in enumerate(props.items(), 2))  # fmt: skip
    parts["docProps/custom.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                    f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT}">{items}</Properties>').encode()  # fmt: skip
    ct = parts["[Content_Types].xml"].decode()
    if "/docProps/custom.xml" not in ct:
        ct = ct.replace("</Types>", f'<Override PartName="/docProps/custom.xml" ContentType="{_CUSTOM_CT}"/></Types>')
    parts["[Content_Types].xml"] = ct.encode()
    rels = parts["_rels/.rels"].decode()
    if "docProps/custom.xml" not in rels:
        rels = rels.replace("</Relationships>", f'<Relationship Id="rIdLcCustom" Type="{_CUSTOM_REL}" '
                                                f'Target="docProps/custom.xml"/></Relationships>')  # fmt: skip
    parts["_rels/.rels"] = rels.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
    """One data row of a filled form: where it is, which article, and its four cells."""

    position: str
    eid: str | None
    cells: dict[str, str]


@dataclass
class FilledForm:
    """A comment form as read back: the draft and member it names, and its data rows."""

    path: Path
    draft: str | None
    member: str | None
    rows: list[FormRow] = field(default_factory=list)
    marked: bool = False  # our custom property, a form header row, a tag or a bookmark was seen


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
    except CitationError:
        return None, False


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
                      marked=bool(props.get("lawcomment.form")))  # fmt: skip
    root = pkg.xml(pkg.main)
    if root is None:
        raise InputError(pkg.path, f"missing part {pkg.main}")
    roles = ["article", "original", "proposed", "reason"]
    for t, tbl in enumerate(root.iter(f"{_W}tbl"), 1):
        for r, tr in enumerate(wrapped_children(tbl, f"{_W}tr"), 1):
            if tr.find(f"{_W}trPr/{_W}del") is not None:
                continue  # a row deleted with track changes on
            cells = [element_text(tc) for tc in wrapped_children(tr, f"{_W}tc")]
            if not cells:
                continue
            header = [_HEADER_ROLES.get(c.casefold()) for c in cells]
            if header[0] == "article" and sum(1 for h in header if h) >= 3:
                roles = [h or f"extra{i}" for i, h in enumerate(header)]
                form.marked = True
                continue
            values = {role: cells[i] if i < len(cells) else "" for i, role in enumerate(roles)}
            eid, machine = _row_eid(tr, values.get("article", ""))
            form.marked = form.marked or machine
            form.rows.append(FormRow(f"table {t} row {r}", eid, values))
    return form


def form_comments(form: FilledForm, draft: Draft, ref: str, member: str) -> tuple[list[NewComment], list[str], list[str]]:
    """Comments from a filled form: one per row with a proposal or a reason, plus
    warnings and problems (filled rows that name no article of the draft).

    Rows map to articles by their content-control tag, bookmark or printed citation, so
    reordered, duplicated, deleted and split rows all work. Text typed with track changes
    on counts as typed. A row proposes the whole article (the form asks for its full
    wording next to the draft text), so a proposal that leaves 款 out proposes deleting
    them; a warning names the row and those 款.
    """
    p = form.path
    sep = body_separator(draft)
    lang = "en" if draft.profile.startswith("en") else "zh"
    out: list[NewComment] = []
    warnings: list[str] = []
    problems: list[str] = []
    seen: dict[tuple[object, ...], str] = {}
    index = unit_index(draft)
    for row in form.rows:
        proposed = row.cells.get("proposed", "").strip()
        reason = row.cells.get("reason", "").strip()
        try:  # a printed citation such as 第三十一条第（五）项 names its 款 only through the draft
            unit = resolve(draft, row.eid, ref, index) if row.eid else None
        except CitationError:
            unit = None
        original = unit.body(sep) if unit is not None else ""
        edited = row.cells.get("original", "").strip()
        if unit is not None and edited and edited != original and not proposed:
            warnings.append(f"{p}: {row.position}: the draft-text cell of {describe(unit.eid, lang)} was edited; "
                            "the edited text is read as the proposal")  # fmt: skip
            proposed = edited
        if not proposed and not reason:
            continue  # an empty row is not a comment
        if unit is None:
            what = f"no article {row.eid!r} in {ref}" if row.eid else "no article id or citation in the row"
            problems.append(f"{row.position}: {what}")
            continue
        if proposed and normalise_proposal(draft, unit, proposed) == original:
            proposed = ""
            if not reason:
                warnings.append(f"{p}: {row.position}: the proposed text of {describe(unit.eid, lang)} "
                                "is the draft text unchanged; not a comment")  # fmt: skip
                continue
        if proposed.casefold() in _DELETE_WORDS:
            stance, text = Stance.DELETE, None
        elif proposed:
            stance, text = Stance.AMEND, proposed
            # A row is the whole article: one that leaves 款 out proposes deleting them, said aloud.
            if (partial := partial_proposal(draft, unit, proposed)) is not None:
                warnings.append(f"{p}: {row.position}: {partial.deleting()}")
        else:
            stance, text = Stance.COMMENT, None
        key = (unit.eid, stance, text, reason)
        if key in seen:  # a row copied in Word: the same comment once
            warnings.append(f"{p}: {row.position} repeats {seen[key]}; imported once")
            continue
        seen[key] = row.position
        out.append(NewComment(member, Anchor(unit.eid), stance, CommentSource(SourceKind.FORM, p.name, None, row.position),
                              body=reason, proposed_text=text))  # fmt: skip
    return out, warnings, problems

