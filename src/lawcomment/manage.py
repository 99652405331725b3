"""Correcting mistakes with history kept: edit, withdraw and undo comments, undo imports, rename,
merge and remove members, remove drafts. Every change is logged and can be reversed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .anchors import quote_anchor, resolve
from .comments import Comment, Member, Role, Stance, Status
from .errors import StoreError
from .intake import checked_stance
from .proposals import normalise_proposal
from .store import ImportBatch, Store, StoredDraft

#: Revisions that ``undo_comment`` steps back over.
UNDOABLE = ("edit", "withdraw", "undo")


def edit_comment(store: Store, comment_id: int, *, propose: str | None = None, reason: str | None = None,
                 stance: str | None = None, at: str | None = None, quote: str | None = None,
                 no_proposal: bool = False) -> Comment:  # fmt: skip
    """Change what a comment says or where it points; the earlier state is kept as a revision.

    ``no_proposal`` removes the proposed wording (the comment becomes a remark).
    """
    c = store.get_comment(comment_id)
    if c.status in (Status.WITHDRAWN, Status.SUPERSEDED):
        raise StoreError(f"comment #{comment_id} is {c.status}; only open comments can be edited"
                         + (f" (undo the withdrawal first: `lawcomment comment undo {comment_id}`)"
                            if c.status is Status.WITHDRAWN else ""))  # fmt: skip
    stored = store.get_draft(c.draft)
    draft = stored.load()
    fields: dict[str, Any] = {}
    proposed = c.proposed_text
    if propose is not None:
        proposed = propose if propose.strip() else None
    if no_proposal:
        proposed = None
    if proposed != c.proposed_text:
        fields["proposed_text"] = proposed
    if reason is not None and reason.strip() != c.body:
        fields["body"] = reason.strip()
    if stance is not None or "proposed_text" in fields:
        kept = "" if c.stance is Stance.COMMENT or (no_proposal and c.stance is Stance.AMEND) else str(c.stance)
        if stance == "delete" and proposed is not None:
            raise StoreError(f"comment #{comment_id} proposes a wording; a deletion takes none (add --no-proposal)")
        new_stance = checked_stance(stance if stance is not None else kept, proposed)
        if new_stance is not c.stance:
            fields["stance"] = new_stance
    if at is not None or quote is not None:
        unit = resolve(draft, at, stored.ref) if at is not None else None
        if unit is None:
            if c.anchor.eid is None:
                raise StoreError(f"comment #{comment_id} is on the whole document; give --at with --quote")
            unit = resolve(draft, c.anchor.eid, stored.ref)
        anchor, _ = quote_anchor(draft, unit, c.anchor.quote if quote is None else quote)
        if anchor != c.anchor:
            fields.update(eid=anchor.eid, quote=anchor.quote, prefix=anchor.prefix, suffix=anchor.suffix,
                          offset=anchor.offset)  # fmt: skip
    eid = fields.get("eid", c.anchor.eid)
    if fields.get("proposed_text") and fields.get("stance", c.stance) is Stance.AMEND and eid:
        # the same reading as at intake: the unit's own label is not part of its wording
        fields["proposed_text"] = normalise_proposal(draft, resolve(draft, eid, stored.ref), str(fields["proposed_text"]))
    if not fields:
        raise StoreError(f"comment #{comment_id} already reads like that; nothing changed")
    return store.update_comment(comment_id, "edit", **fields)


def withdraw_comment(store: Store, comment_id: int, reason: str = "") -> Comment:
    """Take a comment out of every merge and export; it stays on record (``comment undo`` brings it back)."""
    c = store.get_comment(comment_id)
    if c.status is Status.WITHDRAWN:
        raise StoreError(f"comment #{comment_id} is already withdrawn")
    note = f"withdrawn: {reason}" if reason else "withdrawn"
    return store.update_comment(comment_id, "withdraw", status=Status.WITHDRAWN, note=note,
                                detail={"reason": reason})  # fmt: skip


def undo_comment(store: Store, comment_id: int) -> Comment:
    """Step back over the comment's last edit or withdrawal (and, run again, redo it)."""
    store.get_comment(comment_id)
    revisions = [r for r in store.revisions(comment_id) if r.action in UNDOABLE]
    if not revisions:
        raise StoreError(f"comment #{comment_id} has no edit or withdrawal to undo")
    last = revisions[-1]
    fields = {k: last.data[k] for k in ("eid", "quote", "prefix", "suffix", "offset", "stance", "body", "proposed_text",
                                        "status", "note")}  # fmt: skip
    return store.update_comment(comment_id, "undo", detail={"revision": last.id, "of": last.action}, **fields)


@dataclass(frozen=True, slots=True)
class UndoReport:
    """What undoing (or restoring) an import did: comments withdrawn and comments reopened."""

    batch: ImportBatch
    withdrawn: tuple[int, ...]
    reopened: tuple[int, ...]


def undo_import(store: Store, batch_id: int) -> UndoReport:
    """Withdraw every comment an import added and reopen the comments it had superseded, in one transaction."""
    batch = store.get_import(batch_id)
    if batch.undone_at:
        raise StoreError(f"import #{batch_id} ({batch.file}) was already undone on {batch.undone_at} by {batch.undone_by}")
    ids = store.import_comment_ids(batch_id)
    withdrawn: list[int] = []
    reopened: list[int] = []
    with store.transaction():
        for cid in ids:
            for older in store.superseded_by(cid):
                if store.get_comment(older).status is not Status.SUPERSEDED:
                    continue
                before = next((r.data["status"] for r in reversed(store.revisions(older))
                               if r.action == "supersede"), str(Status.OPEN))  # fmt: skip
                store.update_comment(older, "import.undo", status=before, detail={"import": batch_id})
                reopened.append(older)
            if store.get_comment(cid).status is not Status.WITHDRAWN:
                store.update_comment(cid, "import.undo", status=Status.WITHDRAWN,
                                     note=f"withdrawn: import #{batch_id} undone", detail={"import": batch_id})  # fmt: skip
                withdrawn.append(cid)
        store.mark_import(batch_id, undone=True)
    return UndoReport(store.get_import(batch_id), tuple(withdrawn), tuple(reopened))


def restore_import(store: Store, batch_id: int) -> UndoReport:
    """Reverse ``undo_import``: the import's comments come back and supersede again what they had."""
    batch = store.get_import(batch_id)
    if not batch.undone_at:
        raise StoreError(f"import #{batch_id} ({batch.file}) is not undone; nothing to restore")
    restored: list[int] = []
    superseded: list[int] = []
    with store.transaction():
        for cid in store.import_comment_ids(batch_id):
            revs = store.revisions(cid)
            if revs and revs[-1].action == "import.undo":
                store.update_comment(cid, "import.restore", status=revs[-1].data["status"], note=revs[-1].data["note"],
                                     detail={"import": batch_id})  # fmt: skip
                restored.append(cid)
                for older in store.superseded_by(cid):
                    if store.get_comment(older).status is not Status.SUPERSEDED:
                        store.update_comment(older, "supersede", status=Status.SUPERSEDED, detail={"by": cid})
                        superseded.append(older)
        store.mark_import(batch_id, undone=False)
    return UndoReport(store.get_import(batch_id), tuple(superseded), tuple(restored))


def merge_members(store: Store, source: str, target: str) -> int:
    """Move every comment of ``source`` to ``target`` and remove ``source``; ``unmerge_member`` reverses it."""
    src, dst = store.get_member(source), store.get_member(target)
    if src.id == dst.id:
        raise StoreError("a member cannot be merged into itself")
    ids = store.member_comment_ids(src.id)
    with store.transaction():
        for cid in ids:
            store.update_comment(cid, "member.merge", member=dst.id, detail=_member_detail(src))
        store.remove_member(src.id)
    return len(ids)


def unmerge_member(store: Store, source: str) -> int:
    """Bring back a member merged into another, with its comments."""
    if any(m.id == source for m in store.members()):
        raise StoreError(f"member {source!r} exists; it was not merged away")
    moved = store.merged_comments(source)
    if not moved:
        raise StoreError(f"no comments were merged away from {source!r}")
    info = moved[0][1]
    with store.transaction():
        store.add_member(Member(source, info.get("org", ""), info.get("group", ""), info.get("email", ""),
                                info.get("lang", "zh"), Role(info.get("role", "member"))))  # fmt: skip
        for cid, _ in moved:
            store.update_comment(cid, "member.unmerge", member=source, detail={"from_member": source})
    return len(moved)


def _member_detail(m: Member) -> dict[str, object]:
    return {"from_member": m.id, "org": m.org, "group": m.group, "email": m.email, "lang": m.lang, "role": str(m.role)}


def remove_draft(store: Store, ref: str, force: bool = False) -> tuple[StoredDraft, str]:
    """Delete a draft nobody commented on; with ``force``, archive one that has comments
    (reversible: ``restore_draft``). Returns the draft and "removed" or "archived"."""
    d = store.get_draft(ref)
    if force:
        return store.set_draft_archived(d.ref, True), "archived"
    return store.delete_draft(d.ref), "removed"


def restore_draft(store: Store, ref: str) -> StoredDraft:
    """Bring an archived draft back."""
    d = store.get_draft(ref, archived=True)
    if d.archived is None:
        raise StoreError(f"{d.ref} is not archived")
    return store.set_draft_archived(d.ref, False)
