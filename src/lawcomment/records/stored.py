"""A stored draft as the store hands it out, and what an import did; the store's clock and the
``name@version`` references every command reads."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..errors import StoreError

if TYPE_CHECKING:
    from ..model import Draft


def now() -> str:
    """The current UTC time, ISO 8601 to the second (the store's timestamp format)."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def in_future(stamp: str, slack_hours: int = 0) -> bool:
    """Whether an ISO 8601 time (a JSON row's created, a Word revision's w:date; without an
    offset, UTC) is later than now by more than ``slack_hours``: a comment is never dated after
    it arrived. (Word writes its w:date in the writer's local time marked Z: up to 14 hours
    ahead of UTC, east of Greenwich, for a change made a moment ago.)"""
    from datetime import timedelta

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
        return rebuild_draft(self.data)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What a batch write did: ids added, duplicates skipped, comments superseded."""

    added: tuple[int, ...] = ()
    duplicates: int = 0
    superseded: tuple[tuple[int, int], ...] = ()  # (old id, new id)
    already_imported: bool = False
    withdrawn: tuple[int, ...] = ()  # comments staff withdrew that the file sent again: left withdrawn
    #: comments a later one replaced that the same file, imported again, sent as they were: left replaced
    replaced: tuple[int, ...] = ()
    moved: tuple[int, ...] = ()  # comments the file says again from another place of it (their place updated)
    repeated: tuple[int, ...] = ()  # stored comments the batch says again (its duplicates)


@functools.lru_cache(maxsize=8)
def rebuild_draft(data: str) -> Draft:
    """The Draft a stored ``lawcomment.draft/1`` text holds, rebuilt once per process and text
    (a Draft is immutable: every reader of the same text shares one)."""
    from ..drafts.serialize import draft_from_dict  # here: a command that lists comments never rebuilds a draft
    from ..jsondoc import loads  # (orjson: 1.2 MB of the 民法典's JSON in 6 ms, not 9)

    return draft_from_dict(loads(data))
