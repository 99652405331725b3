"""The consultation as data: the versioned JSON document (``lawcomment.consultation/1``) and
the CSV tracking sheet (one row per comment; UTF-8 with BOM; formula injection neutralised).

Both are review formats: every change is there with its state and the deciding decision;
what the submission proposes (``text``, ``committee_position``) follows the view's
``include_unreviewed``.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..comments import Comment, Status
from ..drafts.anchors import cite
from ..drafts.serialize import comment_to_dict, draft_to_dict
from ..records import Decision
from ..review.adoption import adoption_dict
from .labels import colon, headers, label
from .view import Consultation, Item

CONSULTATION_SCHEMA = "lawcomment.consultation/1"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def decision_to_dict(d: Decision) -> dict[str, Any]:
    return {"id": d.id, "eid": d.target, "action": d.action, "start": d.start, "end": d.end, "old": d.old,
            "new": d.new, "reason": d.reason, "actor": d.actor, "created": d.created,
            "revoked_at": d.revoked_at, "revoked_by": d.revoked_by, "subject": d.subject or None,
            "origin": d.origin}  # fmt: skip


def item_to_dict(view: Consultation, item: Item) -> dict[str, Any]:
    return {"eid": item.eid, "citation": item.citation, "status": str(item.status), "changed": item.changed,
            "path": [u.eid for u in item.path], "groups": list(view.groups_of(item)),
            "supporters": list(item.supporters),
            "reasons": [{"member": m or None, "text": t} for m, t in item.reasons],
            "comments": [c.id for c in item.comments], "position": item.position.to_dict(),
            "text": item.text,
            "new_units": [{"id": u.insertion.id, "label": u.label, "eid": u.eid or None, "text": u.text}
                          for u in item.new_units],
            "unreviewed": list(item.unreviewed), "stale": list(item.stale),
            "committee_reason": item.committee_reason, "forwarded": [c.id for c in item.forwarded],
            "in_submission": item.in_submission}  # fmt: skip


def consultation_dict(view: Consultation) -> dict[str, Any]:
    """The ``export --format json`` document."""
    adoption = None
    if view.adoption_refs is not None:
        adoption = adoption_dict(*view.adoption_refs, list(view.adoption), dict(view.members))
    items = [item_to_dict(view, i) for i in view.items]
    return {
        "schema": CONSULTATION_SCHEMA, "draft_ref": view.ref, "title": view.title, "exported": view.created,
        "include_unreviewed": view.include_unreviewed,
        "draft": draft_to_dict(view.draft),
        "members": [{"id": m.id, "org": m.org, "group": m.group, "lang": m.lang, "role": str(m.role)}
                    for m in view.members.values()],
        "comments": [comment_to_dict(c) for c in view.comments],
        "positions": items,
        "decisions": [decision_to_dict(d) for d in view.decisions],
        "adoption": adoption,
        "summary": {"comments": len(view.comments), "units": len(items),
                    "changed": sum(1 for i in view.items if i.changed),
                    "changes": sum(len(i.position.changes) for i in view.items),
                    "conflicts": sum(len(i.position.conflicts) for i in view.items),
                    "unresolved": sum(len(i.position.unresolved) for i in view.items),
                    "unreviewed": sum(len(i.unreviewed) for i in view.items),
                    "stale": len(view.stale), "decisions": len(view.decisions)},
    }  # fmt: skip


def safe_cell(value: object) -> str:
    """A spreadsheet cell that cannot run as a formula: ``=1+1`` becomes ``'=1+1``."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


TRACKING_COLUMNS = ("comment", "citation", "eid", "member", "organisation", "working_group", "stance", "status",
                    "quote", "proposed_text", "reason", "source", "file", "created", "article_status",
                    "committee_position", "review", "article_unreviewed")  # fmt: skip


_REVIEW_TEXT: dict[str, dict[str, str]] = {
    "zh": {"decision": "（决定#{n}）", "final": "被委员会最终措辞取代", "unresolved": "尚未解决",
           "chosen": "选定方案{n}", "not_chosen": "未选方案{n}", "stale": "（决定需复核）",
           "final_wording": "委员会最终措辞", "sep": "；", "orphaned": "已失效", "document": "（全文）"},
    "en": {"decision": " (decision #{n})", "final": "superseded by the final wording", "unresolved": "unresolved",
           "chosen": "alternative {n} chosen", "not_chosen": "alternative {n} not chosen", "stale": " (stale)",
           "final_wording": "final wording", "sep": "; ", "orphaned": "orphaned", "document": "(document)"},
}  # fmt: skip


def _decided(decision: int | None, lang: str = "zh") -> str:
    return _REVIEW_TEXT[lang]["decision"].format(n=decision) if decision else ""


def review_status(item: Item) -> str:
    """The article's status as a reviewer reads it: the item's status (conflict, amended,
    commented, unchanged), except that an article whose proposals are not decided yet is
    ``pending`` and one whose proposals were all turned down is ``declined``, not
    "comments only". Labels: ``label(status, lang, "article")``."""
    status = str(item.status)
    if status != "commented":
        return status
    pos = item.position
    if item.unreviewed:
        return "pending"
    if pos.changes or pos.conflicts or pos.insertions or pos.final is not None:
        return "declined"
    return status


def where(view: Consultation, c: Comment, lang: str = "zh") -> str:
    """Where a comment stands in the law: its citation; ``已失效：reason`` / ``orphaned: reason``
    for an orphan (carried to a version that lost its words; the reason names the articles);
    ``（全文）`` / ``(document)`` for a comment on the whole document."""
    t = _REVIEW_TEXT[lang]
    if c.status is Status.ORPHANED and (c.note or not c.anchor.eid):  # the reason names the articles
        return t["orphaned"] + (colon(lang) + c.note.lstrip("; ") if c.note else "")
    return cite(c.anchor.eid, view.lang) if c.anchor.eid else t["document"]


def review_state(item: Item, comment_id: int, lang: str = "zh") -> str:
    """What staff made of one comment's proposal: each change, conflict alternative or new
    unit it gave, with its state and decision (``c1 accepted (decision #3); x1 unresolved``;
    in Chinese ``c1 采纳（决定#3）；x1 尚未解决``)."""
    pos = item.position
    mine = f"#{comment_id}"
    t = _REVIEW_TEXT[lang]

    def has(proposals: tuple[str, ...]) -> bool:
        return any(mine in p.split("+") for p in proposals)

    out = []
    for c in pos.changes:
        if has(c.change.proposals):
            out.append(f"{c.change.id} {label(c.state, lang, 'change')}{_decided(c.decision, lang)}")
    for x in pos.conflicts:
        for a in x.conflict.alternatives:
            if not has(a.proposals):
                continue
            if pos.final is not None:
                state = t["final"]
            elif x.chosen is None:
                state = t["unresolved"]
            elif x.chosen == a.number:
                state = t["chosen"].format(n=a.number)
            else:
                state = t["not_chosen"].format(n=a.number)
            out.append(f"{x.conflict.id} {state}{_decided(x.decision, lang)}" + (t["stale"] if x.stale else ""))
    for ins in pos.insertions:
        if comment_id in ins.comments:
            out.append(f"{ins.id} {label(ins.state, lang, 'change')}{_decided(ins.decision, lang)}")
    if pos.final is not None and any(has((p.id,)) for p in pos.merge.proposals):
        out.append(f"{t['final_wording']}{_decided(pos.final.id, lang)}")
    return t["sep"].join(out)


def tracking_rows(view: Consultation, lang: str = "zh") -> list[list[str]]:
    """One row per comment, in law order, with its article's status and committee position,
    the state of what its proposal gave (``review``) and its article's undecided changes.

    Stances, statuses, sources and states are labels in ``lang`` (:func:`label`). Comments
    on no unit (the whole document) and orphaned comments come last; an orphan whose anchor
    the new text lost says so, and why, where the citation goes.
    """
    rows: list[list[str]] = []
    seen: set[int] = set()

    def row(c: Comment, item: Item | None) -> list[str]:
        m = view.members.get(c.member)
        return [str(c.id), where(view, c, lang), c.anchor.eid or "", c.member, m.org if m else "",
                m.group if m else "", label(c.stance, lang), label(c.status, lang), c.anchor.quote,
                c.proposed_text or "", c.body, label(c.source.kind, lang), c.source.file or "", c.created,
                label(review_status(item), lang, "article") if item else "",
                item.text if item and item.changed else "", review_state(item, c.id, lang) if item else "",
                ", ".join(item.unreviewed) if item else ""]  # fmt: skip

    for item in view.items:
        for c in item.comments:
            seen.add(c.id)
            rows.append(row(c, item))
    for c in view.comments:
        if c.id not in seen:
            rows.append(row(c, None))
    return rows


def tracking_csv(view: Consultation, lang: str = "zh") -> bytes:
    """The tracking sheet as CSV bytes: UTF-8 with BOM (so Excel reads Chinese), CRLF rows;
    headers and labels in ``lang`` (``export --lang``, Chinese by default)."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(headers(TRACKING_COLUMNS, lang))
    for r in tracking_rows(view, lang):
        writer.writerow([safe_cell(v) for v in r])
    return "\ufeff".encode() + buf.getvalue().encode("utf-8")
