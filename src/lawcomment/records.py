"""The value types of a consultation store, shared by every backend and by the code above it:
stored drafts, decisions, committee reasons, import batches, revisions, log events, and the
web app's users, invitations and sessions."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from .drafts.serialize import draft_from_dict
from .errors import StoreError
from .model import Draft


def now() -> str:
    """The current UTC time, ISO 8601 to the second (the store's timestamp format)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def in_future(stamp: str, slack_hours: int = 0) -> bool:
    """Whether an ISO 8601 time (a JSON row's created, a Word revision's w:date; without an
    offset, UTC) is later than now by more than ``slack_hours``: a comment is never dated after
    it arrived. (Word writes its w:date in the writer's local time marked Z: up to 14 hours
    ahead of UTC, east of Greenwich, for a change made a moment ago.)"""
    from datetime import UTC, timedelta

    try:
        when = datetime.fromisoformat(stamp)  # (Python 3.11 reads the Z)
    except ValueError:
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when > datetime.now(UTC) + timedelta(hours=slack_hours)


def split_ref(ref: str) -> tuple[str, str | None]:
    """``"ecommerce@1"`` → ``("ecommerce", "1")``; a bare name gives ``(name, None)``."""
    name, at, version = ref.partition("@")
    if not name or (at and not version):
        raise StoreError(f"not a draft reference: {ref!r} (expected NAME@VERSION, e.g. ecommerce@1)")
    return name, version or None


@dataclass(frozen=True, slots=True)
class StoredDraft:
    """A draft as the store keeps it: ``name@version``, the file it came from, its units."""

    id: int
    name: str
    version: str
    title: str
    profile: str
    source_file: str
    sha256: str
    created: str
    supersedes: int | None
    data: str = field(repr=False)
    archived: str | None = None
    deadline: str | None = None  # replies due (YYYY-MM-DD)

    @property
    def ref(self) -> str:
        return f"{self.name}@{self.version}"

    def load(self) -> Draft:
        """The parsed draft, rebuilt from its stored JSON once per process and text: a Draft is
        immutable, so every reader of the same stored text shares one."""
        if not self.data:
            raise StoreError(f"{self.ref}: listed without its units; fetch it with Store.get_draft")
        return _rebuild(self.data)


@functools.lru_cache(maxsize=8)
def _rebuild(data: str) -> Draft:
    return draft_from_dict(json.loads(data))


@dataclass(frozen=True, slots=True)
class Event:
    """One line of the store's log: who did what, when."""

    id: int
    at: str
    actor: str
    action: str
    object: str
    detail: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What a batch write did: ids added, duplicates skipped, comments superseded."""

    added: tuple[int, ...] = ()
    duplicates: int = 0
    superseded: tuple[tuple[int, int], ...] = ()  # (old id, new id)
    already_imported: bool = False


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """One imported file: what it added, and whether it was undone (``undone_at``)."""

    id: int
    draft: str
    file: str
    kind: str
    member: str | None
    added: int
    duplicates: int
    superseded: int
    created: str
    undone_at: str | None = None
    undone_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "draft": self.draft, "file": self.file, "kind": self.kind, "member": self.member,
                "added": self.added, "duplicates": self.duplicates, "superseded": self.superseded,
                "created": self.created, "undone_at": self.undone_at, "undone_by": self.undone_by}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Revision:
    """One earlier state of a comment, kept when it was changed: ``data`` is the comment as
    it was before ``action`` (edit, withdraw, supersede, import.undo, member.merge …)."""

    id: int
    comment: int
    at: str
    actor: str
    action: str
    data: dict[str, Any]


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


@dataclass(frozen=True, slots=True)
class StoredTranslation:
    """A draft's translation as the store keeps it: its language, the file it came from, its
    parsed units and how they pair with the draft's (``lawcomment.drafts.Pairing`` as data)."""

    draft: str
    lang: str
    source_file: str
    sha256: str
    created: str
    data: str = field(default="", repr=False)
    pairing_data: str = field(default="", repr=False)

    def load(self) -> Draft:
        """The parsed translation (rebuilt once per process and text, as drafts are)."""
        return _rebuild(self.data)

    def pairing(self) -> Any:
        """How its units pair with the draft's: a :class:`lawcomment.drafts.Pairing`."""
        from .drafts.pairing import Pairing

        return Pairing.from_dict(json.loads(self.pairing_data))


@dataclass(frozen=True, slots=True)
class User:
    """A person who signs in to the web app, as one of a member company's users (or of the
    staff: a member whose role is staff). ``password`` is the argon2 hash, never the password;
    ``disabled`` is when staff disabled the user (None while it may sign in)."""

    id: int
    login: str
    member: str
    name: str
    lang: str
    created: str
    disabled: str | None = None
    password: str = field(default="", repr=False)


@dataclass(frozen=True, slots=True)
class Invitation:
    """A one-time sign-up link staff issued for a member's new user. The store keeps only a
    digest of the link's token; ``used_at`` and ``user`` are set when it was used."""

    id: int
    member: str
    expires: str
    created: str
    created_by: str
    used_at: str | None = None
    user: int | None = None


@dataclass(frozen=True, slots=True)
class WebSession:
    """A signed-in user's session: who, the token its forms carry against cross-site requests,
    and when it ends."""

    user: User
    csrf: str
    expires: str
