"""A stored draft's translation as the workflow reads it: the translation's words for each unit
of the draft they render, for forms, intake and carrying wordings to the next reading."""

from __future__ import annotations

from ..drafts.anchors import unit_index
from ..drafts.pairing import rendered
from ..store import DraftRef, Store


def translation_texts(store: Store, ref: DraftRef, lang: str) -> dict[str, str] | None:
    """The words of draft ``ref``'s ``lang`` translation, by the eid of the draft's unit they
    render (:func:`lawcomment.drafts.rendered`): an article's text, a container's label and
    heading (Chapter II E-Commerce Operators); None when it has no such translation."""
    stored = store.get_draft(ref)
    kept = store.translation(stored, lang)
    if kept is None:
        return None
    index = unit_index(stored.load())
    return {eid: r.own if eid in index and index[eid].kind.is_container else r.text
            for eid, r in rendered(kept.load(), kept.pairing()).items()}  # fmt: skip


def cite_in_translation(store: Store, ref: DraftRef, eid: str, lang: str) -> str:
    """How the draft's ``lang`` translation cites the unit that renders ``eid`` of the draft
    (Article 34(1) for 第三十四条第一款, by the translation's own numbers); the citation of
    ``eid`` in ``lang`` when no unit renders it alone."""
    from ..drafts.anchors import cite

    kept = store.translation(ref, lang)
    found: tuple[str, ...] = kept.pairing().target_of(eid) if kept is not None else ()
    return cite(found[0] if len(found) == 1 else eid, lang)
