"""The store's history as value types: log events, imported files, and comments' earlier states."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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
    sha256: str = ""  # the file's, as imported

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
