"""What the next reading made of a version's proposals and of the committee position, read from the
store in one place, so that the command line and the web app never judge them apart."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..comments import INACTIVE, Comment
from ..model import Draft
from ..records import StoredDraft
from ..registry import align_versions
from ..review.adoption import (
    PROPOSING,
    Outcome,
    PositionAdoption,
    outcomes,
    placed_by_staff,
    position_adoption,
    staff_placements,
)
from ..review.align import Alignment
from ..store import Store
from .decisions import draft_positions
from .versions import stored_alignment


@dataclass(frozen=True, slots=True)
class AdoptionReport:
    """Each proposal on ``old`` judged against ``new`` (:func:`lawcomment.review.outcomes`), the
    committee position alike (:func:`lawcomment.review.position_adoption`), and each proposal's
    copy carried into ``new`` (its id there, as ``comment list`` of ``new`` names it), and the
    members' open wordings of the translation on ``old`` (``unjudged``), which it does not judge."""

    old: StoredDraft
    new: StoredDraft
    outcomes: tuple[Outcome, ...]
    position: PositionAdoption
    carried: Mapping[int, int]
    #: the members' open wordings of the translation on ``old``: the report judges the law's own text, not them
    unjudged: tuple[Comment, ...] = ()


def adoption_report(store: Store, old: StoredDraft, new: StoredDraft, *, drafts: tuple[Draft, Draft] | None = None,
                    alignment: Alignment | None = None, generation: int | None = None) -> AdoptionReport:  # fmt: skip
    """What ``new`` made of the proposals on ``old`` and of the committee position there, judged by
    the alignment carry-forward kept (else one made afresh), a proposal whose copy staff placed where
    the new version made its changes adopted there (:func:`lawcomment.review.placed_by_staff`), and
    the position on its article judged there too. ``drafts`` and ``alignment``: the two drafts and
    their alignment, when the caller has them already; ``generation``: the store's, read before
    anything else (see :func:`lawcomment.consultation.draft_positions`)."""
    generation = store.generation() if generation is None else generation
    old_d, new_d = drafts if drafts is not None else (old.load(), new.load())
    if alignment is None:
        alignment = stored_alignment(store, old, new) or align_versions(old_d, new_d)
    comments = store.comments(old.ref)  # read once: for the proposals and the committee position
    # each proposal's copy carried into the new version; one staff moved where its changes are made is
    # adopted there, as the copy says
    copies = {c.origin: c for c in store.comments(new.ref) if c.origin is not None}
    found = placed_by_staff(outcomes(old_d, new_d, alignment, comments), copies, new_d)
    positions = draft_positions(store, old, comments=comments, draft=old_d, generation=generation)
    position = position_adoption(positions, old_d, new_d, alignment, placed=staff_placements(found, copies))
    unjudged = tuple(c for c in comments if c.lang and c.status not in INACTIVE and c.stance in PROPOSING)
    return AdoptionReport(old, new, tuple(found), position, {k: c.id for k, c in copies.items()}, unjudged)
