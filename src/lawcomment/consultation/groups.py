"""Near-duplicate groups of a stored draft's comments (campaign copies, the same proposal from
several members), read from the store for listings, the review page and group decisions."""

from __future__ import annotations

from ..comments import INACTIVE, Comment
from ..drafts.anchors import describe
from ..errors import StoreError
from ..model import Draft
from ..review.grouping import NearGroup, group_comments, group_of
from ..store import DraftRef, Store


def near_groups(store: Store, ref: DraftRef, article: str | None = None, *, draft: Draft | None = None,
                comments: list[Comment] | None = None) -> list[NearGroup]:  # fmt: skip
    """The near-duplicate groups among the draft's active comments (or one article's, an eid),
    in law order. A caller that already read the comments or loaded the draft passes them in."""
    stored = store.get_draft(ref)
    draft = draft if draft is not None else stored.load()
    if comments is None:
        comments = store.comments(stored.ref, article=article)
    elif article is not None:
        comments = [c for c in comments if c.anchor.article == article]
    return group_comments(draft, comments)


def group_holding(store: Store, ref: DraftRef, comment: int) -> NearGroup:
    """The near-duplicate group of comment ``comment``; a StoreError names what it is instead."""
    stored = store.get_draft(ref)
    found = store.get_comment(comment)
    if found.draft != stored.ref:
        raise StoreError(f"comment #{comment} is on {found.draft}, not {stored.ref}")
    if found.status in INACTIVE:
        raise StoreError(f"comment #{comment} is {found.status}: it takes part in no group (`lawcomment comment "
                         f"show {comment}`)")  # fmt: skip
    article = found.anchor.article
    group = group_of(near_groups(store, stored, article), comment) if article else None
    if group is None:
        where = describe(found.anchor.eid).split(" (")[0] if found.anchor.eid else "the document"
        raise StoreError(f"comment #{comment} on {where} has no near-duplicates "
                         f"(`lawcomment comment list --draft {stored.ref} --grouped` lists the groups)")  # fmt: skip
    return group
