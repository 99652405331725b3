"""JSON contracts (``lawcomment.draft/1``, ``lawcomment.comments/1``) and the outline of ``split``.

The JSON shapes are contracts other tools rely on: change them only with a new schema version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..frozen import maker
from ..model import Diagnostic, Draft, Footnote, Kind, Reference, Severity, Unit

if TYPE_CHECKING:  # split needs no comments (nor the hashlib they fingerprint with)
    from ..comments import Comment

SCHEMA = "lawcomment.draft/1"
COMMENTS_SCHEMA = "lawcomment.comments/1"


def body_separator(draft: Draft) -> str:
    """How a unit's children join their labels: a space in English, nothing in Chinese."""
    return " " if draft.profile.startswith("en") else ""


_sep = body_separator


def unit_to_dict(unit: Unit) -> dict[str, Any]:
    """The tree form of a unit, children included."""
    out: dict[str, Any] = {"kind": str(unit.kind), "eid": unit.eid, "num": unit.num, "label": unit.label,
                           "heading": unit.heading, "text": unit.text, "line": unit.line}  # fmt: skip
    if unit.tail:
        out["tail"] = unit.tail
    if unit.rows:
        out["rows"] = [list(r) for r in unit.rows]
    if unit.references:
        out["references"] = [r.to_dict() for r in unit.references]
    out["children"] = [unit_to_dict(c) for c in unit.children]
    return out


#: Units and references from their fields in order, without __init__'s setattr per field: every
#: command that reads a stored draft rebuilds all of it (3,523 units for the 民法典).
_new_unit, _new_reference = maker(Unit), maker(Reference)
_KINDS = {kind.value: kind for kind in Kind}


def unit_from_dict(data: dict[str, Any]) -> Unit:
    """Inverse of :func:`unit_to_dict`."""
    get = data.get
    refs = tuple(_new_reference(r["text"], r["start"], r["end"], tuple(r["targets"]), r.get("range_end"),
                                r.get("external"), r.get("relative", False)) for r in get("references", ()))  # fmt: skip
    kind = data["kind"]
    return _new_unit(_KINDS[kind] if kind in _KINDS else Kind(kind), data["eid"], get("num"), get("label", ""),
                     get("heading", ""), get("text", ""), tuple(map(unit_from_dict, get("children", ()))),
                     get("tail", ""), get("line"), refs, tuple(tuple(r) for r in get("rows", ())))  # fmt: skip


def draft_from_dict(data: dict[str, Any]) -> Draft:
    """Rebuild a Draft from its ``lawcomment.draft/1`` document (the unit tree is authoritative)."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"expected schema {SCHEMA}, got {data.get('schema')!r}")
    diags = tuple(Diagnostic(Severity(d["severity"]), d["code"], d["message"], d.get("line"), d.get("eid"))
                  for d in data.get("warnings", ()))  # fmt: skip
    return Draft(data["title"], data["profile"], data["source"], tuple(unit_from_dict(u) for u in data["units"]),
                 tuple(data.get("front_matter", ())), tuple(data.get("toc", ())),
                 tuple(Footnote(f["id"], f["text"], f.get("eid")) for f in data.get("footnotes", ())), diags)  # fmt: skip


def _article_entry(art: Unit, heading_path: tuple[Unit, ...], sep: str) -> dict[str, Any]:
    """One entry of the document's ``articles``: its body, 款 with their 项 and 目, and every
    citation in it, from one walk of the article (each body is built once, not once per level)."""
    references: list[dict[str, Any]] = []
    paragraphs: list[dict[str, Any]] = []
    text = _visit(art, True, sep, paragraphs, references)
    return {"eid": art.eid, "num": art.num, "label": art.label, "heading": art.heading,
            "heading_path": [c.eid for c in heading_path], "text": text, "paragraphs": paragraphs,
            "references": references, "line": art.line}  # fmt: skip


_LEAF_KINDS = (Kind.ITEM, Kind.SUBITEM)


def _visit(unit: Unit, top: bool, sep: str, leaves: list[dict[str, Any]] | None,
           references: list[dict[str, Any]]) -> str:  # fmt: skip
    """``unit.body(sep)``. The leaf of each of its 款 (``top``: the unit is the article) or else
    of its 项 and 目 goes to ``leaves``; its citations and its children's, in document order, go
    to ``references``."""
    if unit.references:
        references.extend(dict(r.to_dict(), eid=unit.eid) for r in unit.references)
    parts = [unit.text] if unit.text else []
    if unit.kind is Kind.TABLE:
        parts.extend("\t".join(row) for row in unit.rows)
    for child in unit.children:
        kind = child.kind
        mine = kind is Kind.PARAGRAPH if top else kind in _LEAF_KINDS
        kids: list[dict[str, Any]] | None = [] if mine else None
        body = _visit(child, False, sep, kids, references)
        parts.append(child.label + sep + body if child.label else body)
        if mine and leaves is not None:
            leaves.append({"eid": child.eid, "num": child.num, "label": child.label, "text": body,
                           "items" if kind is Kind.PARAGRAPH else "subitems": kids})  # fmt: skip
    if unit.tail:
        parts.append(unit.tail)
    return "\n".join(parts)


def draft_to_dict(draft: Draft, *, articles: bool = True) -> dict[str, Any]:
    """The full ``lawcomment.draft/1`` document for ``draft``. Without ``articles`` it leaves out
    the ``articles`` list, a view made from ``units`` that :func:`draft_from_dict` never reads:
    what a store keeps (for a code, 1.0 of its 1.8 MB)."""
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "title": draft.title,
        "profile": draft.profile,
        "source": draft.source,
        "front_matter": list(draft.front_matter),
        "toc": list(draft.toc),
        "units": [unit_to_dict(u) for u in draft.units],
    }
    if articles:
        sep = _sep(draft)
        out["articles"] = [_article_entry(view.unit, view.heading_path, sep) for view in draft.articles()]
    out["footnotes"] = [{"id": f.id, "text": f.text, "eid": f.eid} for f in draft.footnotes]
    out["warnings"] = [d.to_dict() for d in draft.diagnostics]
    return out


def outline(draft: Draft, width: int = 40) -> str:
    """Containers with their headings, and each article's label and first line."""
    sep = _sep(draft)
    gap = " " if sep else "\u3000"
    lines = [draft.title] if draft.title else []

    def first_line(unit: Unit) -> str:
        text = unit.body(sep).split("\n", 1)[0]
        return text if len(text) <= width else text[:width] + "…"

    def visit(unit: Unit, depth: int) -> None:
        pad = "  " * depth
        if unit.kind.is_container or unit.kind in (Kind.ANNEX, Kind.PREAMBLE):
            head = gap.join(x for x in (unit.label, unit.heading) if x) or unit.kind.value
            lines.append(f"{pad}{head}")
            for child in unit.children:
                visit(child, depth + 1)
        elif unit.kind is Kind.ARTICLE:
            lines.append(f"{pad}{gap.join(x for x in (unit.label, unit.heading or first_line(unit)) if x)}")

    for unit in draft.units:
        visit(unit, 0)
    return "\n".join(lines) + "\n"


def comment_to_dict(c: Comment) -> dict[str, Any]:
    """One comment in the ``lawcomment.comments/1`` shape."""
    a = c.anchor
    return {
        "id": c.id, "draft": c.draft, "eid": a.eid, "member": c.member, "stance": str(c.stance),
        "quote": a.quote, "proposed_text": c.proposed_text, "body": c.body,
        "source": {"kind": str(c.source.kind), "file": c.source.file, "author": c.source.author,
                   "position": c.source.position},
        "status": str(c.status), "created": c.created, "thread": c.thread,
        "selector": {"exact": a.quote, "prefix": a.prefix, "suffix": a.suffix, "offset": a.offset},
        "updated": c.updated, "supersedes": c.supersedes, "origin": c.origin, "note": c.note,
        "forwarded": c.forwarded,
        **({"lang": c.lang} if c.lang else {}),  # written on the translation (additive: older readers ignore it)
    }  # fmt: skip


def comments_to_dict(ref: str, comments: list[Comment]) -> dict[str, Any]:
    """The ``comment list --format json`` document."""
    return {"schema": COMMENTS_SCHEMA, "draft": ref, "comments": [comment_to_dict(c) for c in comments]}
