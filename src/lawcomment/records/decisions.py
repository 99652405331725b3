"""Staff decisions on a unit's merge, and the committee's own reasons, as the store keeps them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CommitteeReason:
    """The committee's own reason for its position on one unit, as printed in the submission."""

    id: int
    draft: str
    target: str
    text: str
    actor: str
    created: str
    revoked_at: str | None = None
    origin: int | None = None  # the reason of the previous version it was carried from


@dataclass(frozen=True, slots=True)
class Decision:
    """A staff decision on one unit's merge; reversible (``revoked_at`` set when undone).

    ``action`` is accept/reject (a change: ``start``, ``end``, ``old`` → ``new``), choose
    (a conflict region ``start``–``end``: ``new`` is the wording chosen, ``old`` keeps the
    draft) or text (``new`` is the committee's final wording of the unit).
    """

    id: int
    draft: str
    target: str
    action: str
    start: int | None
    end: int | None
    old: str | None
    new: str | None
    reason: str
    actor: str
    created: str
    revoked_at: str | None = None
    revoked_by: str | None = None
    subject: str = ""  # "insertion": accept/reject a proposed new unit (``new`` is its text)
    premise: str = ""  # what was on the table when it was decided (JSON), to flag it when that changes
    origin: int | None = None  # the decision of the previous version it was carried from
