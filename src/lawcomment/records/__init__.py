"""The value types of a consultation store, shared by every backend and by the code above it:
stored drafts, decisions, committee reasons, import batches, revisions, log events, and the
web app's users, invitations and sessions. Each is imported when first named, so that a
command that lists comments does not build the web app's or the decisions' classes."""

from __future__ import annotations

import typing

from ..lazy import lazy_names

if typing.TYPE_CHECKING:
    from .accounts import Invitation, User, WebSession
    from .decisions import CommitteeReason, Decision
    from .history import Event, ImportBatch, Revision
    from .stored import ImportReport, StoredDraft, in_future, now, rebuild_draft, split_ref
    from .translations import StoredTranslation

__all__ = [
    "CommitteeReason",
    "Decision",
    "Event",
    "ImportBatch",
    "ImportReport",
    "Invitation",
    "Revision",
    "StoredDraft",
    "StoredTranslation",
    "User",
    "WebSession",
    "in_future",
    "now",
    "rebuild_draft",
    "split_ref",
]
if not typing.TYPE_CHECKING:  # mypy sees the imports above, and no catch-all __getattr__
    __getattr__, __dir__ = lazy_names(__name__, {
        ".accounts": ("Invitation", "User", "WebSession"),
        ".decisions": ("CommitteeReason", "Decision"),
        ".history": ("Event", "ImportBatch", "Revision"),
        ".stored": ("ImportReport", "StoredDraft", "in_future", "now", "rebuild_draft", "split_ref"),
        ".translations": ("StoredTranslation",),
    })  # fmt: skip
