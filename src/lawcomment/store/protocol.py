"""The Store contract: what the workflow asks of a consultation store, whichever engine holds
it. ``SQLStore`` implements it on SQLite and PostgreSQL; ``lawcomment.testing.store`` holds the
tests every implementation must pass."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol, Self

from ..comments import Comment, Member, NewComment, Status
from ..records import StoredDraft

if TYPE_CHECKING:  # the contract's other value types: a command that lists comments never builds them
    from ..model import Draft
    from ..records import (
        CommitteeReason,
        Decision,
        Event,
        ImportBatch,
        ImportReport,
        Invitation,
        Revision,
        StoredTranslation,
        User,
        WebSession,
    )

#: A draft as the store's methods take it: ``name@version`` (or a bare name with one version),
#: or the StoredDraft handle a lookup returned (no second lookup by name).
DraftRef = str | StoredDraft


class Store(Protocol):
    """Drafts, members, comments, decisions, committee reasons, alignments and the log, with
    write transactions. Every write is logged; nothing is ever deleted silently."""

    actor: str

    @property
    def where(self) -> str:
        """The store's file, or its URL without the password."""
        ...

    @property
    def engine(self) -> str:
        """The engine: "sqlite" or "postgresql"."""
        ...

    @property
    def read_only(self) -> bool:
        """True when the store can be read but not written here (a read-only mount)."""
        ...

    def migrate(self) -> bool:
        """Bring the schema up to date (in one transaction); True when the store was new."""
        ...

    @property
    def schema_version(self) -> int:
        ...

    def close(self) -> None:
        ...

    def __enter__(self) -> Self:
        ...

    def __exit__(self, *exc: object) -> None:
        ...

    def transaction(self) -> AbstractContextManager[None]:
        """One write transaction: everything inside commits together or not at all. Writers
        take turns (SQLite's write lock, a PostgreSQL advisory lock), readers never wait."""
        ...

    def events(self, limit: int | None = None, obj: str | None = None) -> list[Event]:
        """The log, oldest first; ``limit`` keeps the newest N; ``obj`` filters (``comment:12``)."""
        ...

    def add_draft(self, draft: Draft, name: str, version: str, sha256: str, source_file: str,
                  title: str | None = None, replace: bool = False, carried_again: bool = False) -> tuple[StoredDraft, str]:
        """Store a parsed draft as ``name@version``; returns it and "added", "unchanged" or "replaced"
        (with ``carried_again``, the comments carried onto it untouched do not stop a replace: the
        caller carries them again)."""
        ...

    def get_draft(self, ref: DraftRef, archived: bool = False, *, data: bool = True) -> StoredDraft:
        """The draft ``name@version``; a bare ``name`` works when it has a single version. With
        ``data`` False, the handle without the draft's text (a whole draft's JSON, megabytes
        for a code), for a command that only names the draft: its ``load`` says so."""
        ...

    def add_translation(self, ref: DraftRef, translation: Draft, lang: str, sha256: str, source_file: str,
                        pairing: dict[str, Any]) -> tuple[StoredTranslation, str]:  # fmt: skip
        """Keep a translation of draft ``ref`` with its pairing; "added", "replaced" or "unchanged"."""
        ...

    def translation(self, ref: DraftRef, lang: str = "en") -> StoredTranslation | None:
        ...

    def translations(self, ref: DraftRef) -> list[str]:
        """The languages draft ``ref`` has a translation in."""
        ...

    def drafts(self, archived: bool = False) -> list[StoredDraft]:
        """Stored drafts by name and age; archived ones only with ``archived``."""
        ...

    def unit_eids(self, ref: DraftRef) -> list[str]:
        """Every unit eid of a draft in document order."""
        ...

    def article_tree(self, ref: DraftRef, eid: str) -> str | None:
        """The article ``eid`` with its 款, 项 and 目 as the JSON of ``lawcomment.draft/1``'s unit
        form, kept for each article rooted at the document (``art_12``); None for any other unit."""
        ...

    def add_member(self, member: Member, update: bool = False) -> str:
        """Add a member; returns "added", "updated" or "unchanged". A clash is a StoreError unless ``update``."""
        ...

    def add_members(self, members: Sequence[Member], update: bool = False) -> list[str]:
        """Add members in one transaction (a few statements for any number: a shared server
        pays per round trip); for each, "added", "updated" or "unchanged". A clash with a
        stored member's other details is a StoreError unless ``update``, and adds none."""
        ...

    def members(self) -> list[Member]:
        ...

    def get_member(self, member_id: str) -> Member:
        ...

    def imported(self, ref: DraftRef, sha256: str) -> str | None:
        """When a file with this hash was imported into this draft before, the time; else None."""
        ...

    def add_comments(self, ref: DraftRef, items: Iterable[NewComment], *, file: str | None = None,
                     sha256: str | None = None, kind: str = "cli",
                     member: str | None = None) -> ImportReport:
        """Store comments in one transaction: duplicates (same fingerprint) are skipped, and
        a file's comment replaces the single open comment of the same member, anchor and
        author that an earlier file gave (kept as ``superseded`` history)."""
        ...

    def comments(self, ref: DraftRef, *, article: str | None = None, eid: str | None = None, member: str | None = None,
                 status: Status | None = None, include_superseded: bool = False) -> list[Comment]:
        """Comments on a draft in anchor order; filter by article eid, exact eid, member or status."""
        ...

    def get_comment(self, comment_id: int) -> Comment:
        ...

    def revisions(self, comment_id: int) -> list[Revision]:
        """The comment's earlier states, oldest first."""
        ...

    def update_comment(self, comment_id: int, action: str, *, detail: dict[str, Any] | None = None,
                       **fields: Any) -> Comment:
        """Change a stored comment, keeping its earlier state as a revision and logging it."""
        ...

    def superseded_by(self, comment_id: int) -> list[int]:
        """Comments that ``comment_id`` superseded when it was stored, oldest first."""
        ...

    def carried_copies(self, comment_id: int) -> list[int]:
        """The comments carried from ``comment_id`` to later versions, and from those on."""
        ...

    def live_twins(self, comment_id: int) -> list[int]:
        """Other comments of the same draft with the same fingerprint that are not withdrawn."""
        ...

    def merged_comments(self, member: str) -> list[tuple[int, dict[str, Any]]]:
        """Comments moved away from ``member`` by a merge (and not moved back), with the member's details."""
        ...

    def imports(self, ref: DraftRef | None = None) -> list[ImportBatch]:
        """Imported files, oldest first (of one draft, or all)."""
        ...

    def get_import(self, batch: int) -> ImportBatch:
        ...

    def import_comment_ids(self, batch: int) -> list[int]:
        ...

    def mark_import(self, batch: int, undone: bool) -> None:
        """Record that an import was undone (or restored)."""
        ...

    def rename_member(self, old: str, new: str) -> None:
        """Give member ``old`` the id ``new`` everywhere (comments, imports)."""
        ...

    def member_comment_ids(self, member: str) -> list[int]:
        ...

    def remove_member(self, member: str) -> Member:
        """Remove a member that has no comments (one with comments is a StoreError)."""
        ...

    def set_draft_archived(self, ref: DraftRef, archived: bool) -> StoredDraft:
        """Archive a draft (kept, but out of listings and of every command) or bring it back."""
        ...

    def delete_draft(self, ref: DraftRef) -> StoredDraft:
        """Delete a draft that has no comments, decisions or later versions."""
        ...

    def carried_origins(self, ref: DraftRef) -> set[int]:
        """Ids of comments already carried into ``ref`` from its predecessor."""
        ...

    def record_supersession(self, old_ref: DraftRef, new_ref: DraftRef, alignment: dict[str, Any],
                            carried: Sequence[Any]) -> list[int]:
        """In one transaction: ``new_ref`` supersedes ``old_ref``, the alignment is kept, and
        the carried comments (``lawcomment.consultation.versions.Carried``) are stored with their origin."""
        ...

    def diffs(self, ref: DraftRef) -> dict[str, str]:
        """The diffs kept for a draft's merges, by digest (see ``lawcomment.review.redline.DiffMemo``)."""
        ...

    def keep_diffs(self, ref: DraftRef, diffs: dict[str, str]) -> None:
        """Keep diffs a merge made, for the next command (one a concurrent command kept first stays)."""
        ...

    def generation(self) -> int:
        """A number every write raises (the last event's id): what was worked out at one
        generation holds while the store is still at it."""
        ...

    def positions(self, ref: DraftRef, stamp: str) -> list[str] | None:
        """A draft's positions kept under ``stamp`` (see keep_positions): each unit's data (a
        JSON text) in the order kept, or None."""
        ...

    def kept_position(self, ref: DraftRef, stamp: str, eid: str) -> str | None:
        """The data of unit ``eid``'s position, kept under ``stamp`` with its whole draft's; None
        when none was, for that unit or that stamp."""
        ...

    def keep_positions(self, ref: DraftRef, stamp: str, units: Sequence[tuple[str, str]]) -> None:
        """Keep a whole draft's positions under ``stamp``: each unit's eid and its data (a JSON
        text), in law order; replacing those kept before."""
        ...

    def near_groups(self, ref: DraftRef, stamp: str) -> str | None:
        """A draft's near-duplicate groups kept under ``stamp`` (see keep_near_groups), or None."""
        ...

    def keep_near_groups(self, ref: DraftRef, stamp: str, data: str) -> None:
        """Keep a whole draft's near-duplicate groups (as data) under ``stamp``, replacing those kept before."""
        ...

    def alignment(self, old_ref: DraftRef, new_ref: DraftRef) -> dict[str, Any] | None:
        """The alignment kept when ``new_ref`` superseded ``old_ref`` (see record_supersession), or None."""
        ...

    def predecessor(self, ref: DraftRef) -> StoredDraft | None:
        """The draft ``ref`` supersedes, if any."""
        ...

    def successor(self, ref: DraftRef) -> StoredDraft | None:
        """The draft that supersedes ``ref``, if any (the latest, should there be several)."""
        ...

    def add_decision(self, ref: DraftRef, target: str, action: str, *, start: int | None = None, end: int | None = None,
                     old: str | None = None, new: str | None = None, reason: str = "", subject: str = "",
                     premise: str = "", origin: int | None = None) -> Decision:
        """Record a staff decision on the merge of unit ``target`` (an eid of the draft)."""
        ...

    def set_committee_reason(self, ref: DraftRef, target: str, text: str, origin: int | None = None) -> CommitteeReason | None:
        """The committee's own reason for its position on unit ``target``: replaces the one
        before (kept, revoked); an empty ``text`` only removes it. Returns the reason in force."""
        ...

    def committee_reasons(self, ref: DraftRef, include_revoked: bool = False) -> dict[str, CommitteeReason]:
        """The committee's reasons in force, by unit eid (with ``include_revoked``, the latest of each)."""
        ...

    def set_deadline(self, ref: DraftRef, deadline: str | None) -> StoredDraft:
        """The date members' replies are due (ISO 8601 ``YYYY-MM-DD``), or None to clear it."""
        ...

    def carried_decisions(self, ref: DraftRef) -> set[int]:
        """Ids of the previous version's decisions already carried into ``ref``, or found not to apply there."""
        ...

    def carried_reasons(self, ref: DraftRef) -> set[int]:
        """Ids of the previous version's committee reasons already carried into ``ref``, or found not to apply."""
        ...

    def drop(self, kind: str, item_id: int, into: str, reason: str, settled: bool = False) -> None:
        """Record that a decision or committee reason (``kind``) was not carried into ``into``, and why;
        ``settled``: the new version made what it asked (nothing left for staff to do)."""
        ...

    def drops(self, ref: DraftRef) -> list[Event]:
        """What the carry into ``ref`` did not bring over (see :meth:`drop`), oldest first."""
        ...

    def revoke_decision(self, decision_id: int, reason: str = "") -> Decision:
        """Undo a decision; it stays on record with who revoked it and when."""
        ...

    def get_decision(self, decision_id: int) -> Decision:
        ...

    def decisions(self, ref: DraftRef, target: str | None = None, include_revoked: bool = False) -> list[Decision]:
        """Decisions on a draft, oldest first; only those in force unless ``include_revoked``."""
        ...

    def stats(self) -> dict[str, int]:
        """Row counts per table, for ``lawcomment status`` and the benchmarks."""
        ...

    # -- the web app's accounts (see lawcomment.store.accounts) ------------------------------
    def add_user(self, login: str, member: str, password: str, *, name: str = "", lang: str = "") -> User:
        """Add a user of ``member`` signing in as ``login`` (kept in lower case); ``password``
        is its hash. A taken login, an unknown member or an invalid login is a StoreError."""
        ...

    def get_user(self, login: str) -> User:
        ...

    def find_user(self, login: str) -> User | None:
        ...

    def users(self, member: str | None = None) -> list[User]:
        ...

    def set_user(self, login: str, *, password: str | None = None, disabled: bool | None = None,
                 name: str | None = None, lang: str | None = None, member: str | None = None) -> User:  # fmt: skip
        """Change a user; disabling it, a new password or a new member ends its sessions."""
        ...

    def add_invitation(self, token: str, member: str, expires: str) -> Invitation:
        """Keep a one-time sign-up link for ``member`` by the digest of its token."""
        ...

    def invitation(self, token: str) -> Invitation | None:
        ...

    def invitations(self) -> list[Invitation]:
        ...

    def accept_invitation(self, token: str, login: str, password: str, *, name: str = "", lang: str = "") -> User:
        """Use an invitation once, making its user in the same transaction; a used, expired
        or unknown one is a StoreError."""
        ...

    def add_session(self, token: str, user: User, csrf: str, expires: str) -> None:
        ...

    def session(self, token: str) -> WebSession | None:
        """The live session of an enabled user by the digest of its token, or None."""
        ...

    def end_session(self, token: str) -> None:
        ...

    def sign_in_failed(self, login: str, address: str) -> None:
        ...

    def sign_in_failures(self, login: str, address: str, since: str) -> tuple[int, int, int]:
        """Failed sign-ins since ``since``: as ``login``, from ``address``, and as ``login`` from ``address``."""
        ...

    def forget_sign_in_failures(self, before: str) -> None:
        ...

    def setting(self, key: str, default: Callable[[], str] | None = None) -> str | None:
        """A setting the workers of one server share; ``default()`` sets one not set yet, once."""
        ...

    def put_setting(self, key: str, value: str) -> None:
        """Set a shared setting, replacing what it held."""
        ...

    def record(self, action: str, obj: str, detail: dict[str, Any]) -> None:
        """Add an event to the log (``lawcomment log``), by the store's actor, inside the caller's
        transaction: a StoreError outside one (the event lands with the change it records, or neither)."""
        ...
