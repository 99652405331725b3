"""The consultation store's queries, written once for both engines: drafts, members, comments,
decisions and an event log. Every write happens inside one transaction and is logged."""

from __future__ import annotations

import json
import os
import struct
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from json.encoder import encode_basestring
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, Self

from .. import records
from ..comments import Anchor, Comment, CommentSource, Member, NewComment, Role, SourceKind, Stance, Status, json_text, kind_read_as
from ..drafts.serialize import body_separator, draft_to_dict, unit_to_dict
from ..heap import many_objects, slot_maker
from ..errors import StoreError
from ..frozen import maker
from ..model import Draft, Kind, Unit
from ..records import ImportReport, StoredDraft, now, split_ref
from ..textcheck import bad_character, check_fields, line_feeds
from .accounts import Accounts
from .engine import Engine
from .protocol import DraftRef
from .schema import MIGRATIONS

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..batch import Placed
    from ..workers import Beside, Outbox
    from ..records import CommitteeReason, Decision, Event, ImportBatch, Revision, StoredTranslation

DEFAULT_DB = "lawcomment.db"
#: A batch of comments this large, into a table at most BULK_RATIO times as large, is stored with the
#: table's indexes made anew afterwards where the engine sets them aside (SQLite; see
#: Store._drop_comment_indexes).
BULK_ROWS = 20_000
BULK_RATIO = 3
_NEW_COMMENT_COLUMNS = ("id", "draft_id", "eid", "article", "quote", "prefix", "suffix", "offset", "member", "stance",
                        "body", "proposed_text", "source_kind", "source_file", "source_author", "source_position",
                        "import_id", "thread", "supersedes", "status", "fingerprint", "created", "updated", "lang")  # fmt: skip
#: each enum member's value, as a column holds it (``str()`` of a StrEnum member makes a new string)
_ENUM_TEXT: dict[Any, str] = {m: m.value for kind in (Stance, SourceKind, Status) for m in kind}
_UNSEEN: Any = object()
#: the columns of a new comment that holds every other column's default (no quote, author, thread…)
_COMMON_COMMENT_COLUMNS = tuple(c for c in _NEW_COMMENT_COLUMNS if c not in (
    "quote", "prefix", "suffix", "offset", "source_author", "thread", "supersedes", "lang"))  # fmt: skip
_EVENT_COLUMNS = ("at", "actor", "action", "object", "detail")
_FINGERPRINTS_AT_ONCE = 5_000  # fingerprints looked up in one query (SQLite takes 32,766 parameters)
_MEMBERS_IN_SQL = 500  # members named in one query's IN (...); with more, rows are filtered here
_EVENTS_AT_ONCE = 10_000  # events of a batch written together (see Store._batch_log)

_DECISION_COLUMNS = ("x.id, d.name || '@' || d.version, x.target, x.action, x.span_start, x.span_end, x.old, x.new, "
                     "x.reason, x.actor, x.created, x.revoked_at, x.revoked_by, x.subject, x.premise, x.origin")  # fmt: skip


def _unit_rows(draft: Draft) -> Iterator[tuple[Any, ...]]:
    sep = body_separator(draft)
    ord_ = 0

    def visit(unit: Unit, article: str | None) -> Iterator[tuple[Any, ...]]:
        nonlocal ord_
        if unit.kind is Kind.ARTICLE:
            article = unit.eid
        ord_ += 1
        yield (ord_, unit.eid, str(unit.kind), unit.num, unit.label, unit.heading, unit.body(sep), article)
        for child in unit.children:
            yield from visit(child, article)

    for unit in draft.units:
        yield from visit(unit, None)


def _article_trees(units: Iterable[Any], dicts: bool = False) -> Iterator[tuple[str, str]]:
    """(eid, JSON) of each article rooted at the document (``art_12``, not ``annex_1__art_3``)
    among ``units`` and their descendants: Units, or with ``dicts`` their stored dict form."""
    from ..jsondoc import compact

    for u in units:
        kind, eid = (u["kind"], u["eid"]) if dicts else (u.kind, u.eid)
        if kind == Kind.ARTICLE:
            if eid.startswith("art_") and "__" not in eid:
                yield eid, compact(u if dicts else unit_to_dict(u))
        else:
            yield from _article_trees(u.get("children", ()) if dicts else u.children, dicts)


def _stored_text(draft: Draft) -> str:
    """A draft's text as the store keeps it: its ``lawcomment.draft/1`` document without the
    ``articles`` view, which rebuilding it never reads."""
    from ..jsondoc import compact

    return compact(draft_to_dict(draft, articles=False))


_DRAFT_REF = "d.name || '@' || d.version"
_COMMENT_COLUMNS = (f"c.id, {_DRAFT_REF}, c.member, c.eid, c.quote, c.prefix, c.suffix, c.\"offset\", "
                    "c.stance, c.body, c.proposed_text, c.source_kind, c.source_file, c.source_author, "
                    "c.source_position, c.status, c.created, c.updated, c.thread, c.supersedes, c.origin, c.note, "
                    "c.forwarded, c.lang")  # fmt: skip


#: Stored values → their enum members: a dict lookup per row instead of an Enum call.
_STANCES: dict[str, Stance] = {s.value: s for s in Stance}
_SOURCE_KINDS: dict[str, SourceKind] = {k.value: k for k in SourceKind}
_STATUSES: dict[str, Status] = {s.value: s for s in Status}


# built without the frozen dataclasses' __init__: about twice as fast, for 100,000 comments read back
_new_comment, _new_anchor, _new_source = maker(Comment), maker(Anchor), maker(CommentSource)
_new_member = slot_maker(Member)  # (a store's 13,718 members, read by every export, in a third of the time)


def _comment(row: Sequence[Any], draft: str | None = None, units: dict[str, Anchor] | None = None,
             shared: dict[str | None, str] | None = None) -> Comment:
    """A comment from its row; ``units`` shares the anchor at a whole unit (frozen, the same for
    every comment there) among the comments of one reading, ``shared`` one string object for
    each member id, file name and time stamp (a file's comments repeat them)."""
    if units is not None and row[4] == row[5] == row[6] == "" and row[7] is None:
        anchor = units.get(row[3])
        if anchor is None:
            anchor = units[row[3]] = _new_anchor(row[3], "", "", "", None)
    else:
        anchor = _new_anchor(row[3], row[4], row[5], row[6], row[7])
    member, file, created, updated = row[2], row[12], row[16], row[17]
    if shared is not None:
        # the engine gives each row its own copy of a string: 100,000 comments read back hold a
        # quarter less memory with one copy of each (member ids, and the time stamps and file
        # name that a file's comments, read in the table's order, repeat row after row)
        member = shared.setdefault(member, member)
        last = shared.get(None)  # the row before's time stamp (under a key no string can be)
        if last is not None and created == last:
            created = last
        else:
            shared[None] = created
        if updated == created:
            updated = created
        if file is not None:
            file = shared.setdefault(file, file)
    # a value no member has falls through to the Enum call, which raises as it always did
    return _new_comment(row[0], draft or row[1], member, anchor,
                        _STANCES.get(row[8]) or Stance(row[8]), row[9], row[10],
                        _new_source(_SOURCE_KINDS.get(row[11]) or SourceKind(row[11]), file, row[13], row[14]),
                        _STATUSES.get(row[15]) or Status(row[15]), created, updated, row[18], row[19], row[20],
                        row[21], bool(row[22]), row[23])  # fmt: skip


class _CommentSlots:
    """A Comment's slots in its layout, set by plain stores (the frozen class refuses them), the
    object then made the Comment it is laid out as (see :func:`_comments_of`)."""

    __slots__ = Comment.__slots__


class _SourceSlots:
    """:class:`_CommentSlots` for a CommentSource."""

    __slots__ = CommentSource.__slots__


def _comments_of(rows: Iterable[Sequence[Any]], draft: str, units: dict[str, Anchor],
                 shared: dict[str | None, str]) -> list[Comment]:  # fmt: skip
    """``[_comment(r, draft, units, shared) for r in rows]``, made without a call per comment and
    its 21 slot setters: each comment's slots are stored as an ordinary object's are, then it
    becomes the Comment it is laid out as (a draft's 100,000 comments in half the time). Where
    Python refuses that (:data:`_SLOTS_TAKEN` is False), by :func:`_comment`."""
    if not _SLOTS_TAKEN:
        return [_comment(r, draft, units, shared) for r in rows]
    out: list[Comment] = []
    add = out.append
    stances, kinds, statuses = _STANCES.get, _SOURCE_KINDS.get, _STATUSES.get
    last = shared.get(None)  # the row before's time stamp: a file's comments repeat it
    keep = shared.setdefault
    for (cid, ref, member, eid, quote, prefix, suffix, offset, stance, body, proposed, kind, file, author, position,
         status, created, updated, thread, supersedes, origin, note, forwarded, lang) in rows:  # fmt: skip
        if quote == prefix == suffix == "" and offset is None:
            anchor = units.get(eid)
            if anchor is None:
                anchor = units[eid] = _new_anchor(eid, "", "", "", None)
        else:
            anchor = _new_anchor(eid, quote, prefix, suffix, offset)
        member = keep(member, member)
        if last is not None and created == last:
            created = last
        else:
            last = shared[None] = created
        if updated == created:
            updated = created
        if file is not None:
            file = keep(file, file)
        source: Any = _SourceSlots()
        source.kind, source.file, source.author, source.position = kinds(kind) or SourceKind(kind), file, author, position
        source.__class__ = CommentSource
        c: Any = _CommentSlots()
        c.id, c.draft, c.member, c.anchor, c.stance, c.body, c.proposed_text, c.source = (
            cid, draft or ref, member, anchor, stances(stance) or Stance(stance), body, proposed, source)
        c.status, c.created, c.updated, c.thread, c.supersedes, c.origin, c.note, c.forwarded, c.lang = (
            statuses(status) or Status(status), created, updated, thread, supersedes, origin, note, bool(forwarded), lang)
        c.__class__ = Comment
        add(c)
    return out


#: A comment's columns that most comments leave at their default (no quote, author, thread, note…), and
#: the test that they are so, which SQLite works out for each row: such a row is read as the columns
#: before :data:`_PLAIN` and 1 (:func:`_plain_comments_of`), a quarter fewer values made and unpacked
#: each (13 of the 24), and any other read again whole, by its id
_PLAIN = ("c.quote = '' AND c.prefix = '' AND c.suffix = '' AND c.\"offset\" IS NULL AND c.updated = c.created "
          "AND c.source_author IS NULL AND c.thread IS NULL AND c.supersedes IS NULL AND c.origin IS NULL "
          "AND c.note = '' AND c.forwarded = 0 AND c.lang = ''")  # fmt: skip
_PLAIN_COLUMNS = ("c.id, c.member, c.eid, c.stance, c.body, c.proposed_text, c.source_kind, c.source_file, "
                  f"c.source_position, c.status, c.created, {_PLAIN}")  # fmt: skip
_PLAIN_ANCHOR = ("", "", "", None)  # (quote, prefix, suffix, offset)
_WHOLE_AT_ONCE = 500  # the other rows read again in one query
_WHOLE_SQL = f"SELECT {_COMMENT_COLUMNS.replace(_DRAFT_REF, 'NULL')} FROM comments c WHERE c.id IN "
#: Comments of a draft from which :meth:`SQLStore.comments_beside` hands their reading to a worker.
BESIDE_FROM = 10_000
_BESIDE_PART = 8_192  # the rows it hands over at once
_PART = struct.Struct("<Q")  # the length of a part it hands over


def _comments_sql(draft_id: int, article: str | None, eid: str | None, member: str | None, status: Status | None,
                  include_superseded: bool) -> tuple[str, list[Any]]:  # fmt: skip
    """The query of :meth:`SQLStore.comments` and its arguments, reading every column it reads."""
    # a whole draft is read in the table's own order (+draft_id keeps SQLite from reading it
    # through an index: row by row out of order, half again as slow); a filter uses its index
    whole = article is None and eid is None and member is None
    # the draft's ref is known: NULL in its column costs the engine and the driver nothing
    sql = (f"SELECT {_COMMENT_COLUMNS.replace(_DRAFT_REF, 'NULL')} FROM comments c "
           f"WHERE {'+' if whole else ''}c.draft_id = ?")  # fmt: skip
    args: list[Any] = [draft_id]
    if article is not None:
        sql += " AND c.article = ?"
        args.append(article)
    if eid is not None:
        sql += " AND c.eid = ?"
        args.append(eid)
    if member is not None:
        sql += " AND c.member = ?"
        args.append(member)
    if status is not None:
        sql += " AND c.status = ?"
        args.append(str(status))
    elif not include_superseded:
        sql += " AND c.status != 'superseded'"
    return sql, args


def _plain_sql(sql: str) -> str:
    """The query ``sql`` of :func:`_comments_sql` reading :data:`_PLAIN_COLUMNS` instead."""
    return sql.replace(f"SELECT {_COMMENT_COLUMNS.replace(_DRAFT_REF, 'NULL')} ", f"SELECT {_PLAIN_COLUMNS} ", 1)


def _plain_comments_of(rows: Iterable[Sequence[Any]], draft: str, units: dict[str, Anchor],
                       shared: dict[str | None, str], whole: Callable[[list[int]], list[Sequence[Any]]]) -> list[Comment]:  # fmt: skip
    """:func:`_comments_of` of rows of :data:`_PLAIN_COLUMNS`: each plain row (its last value 1)
    a comment with the defaults the test holds them to, in the layout :func:`_comments_of` uses;
    each other row read again whole (``whole(ids)``: their rows of the columns _comments_of reads,
    in any order) and made by it, in its place."""
    out: list[Comment] = []
    add = out.append
    stances, kinds, statuses = _STANCES.get, _SOURCE_KINDS.get, _STATUSES.get
    last = shared.get(None)  # the row before's time stamp: a file's comments repeat it
    keep = shared.setdefault
    others: dict[int, int] = {}  # a row that is not plain: its id -> its place in out
    new_comment, new_source = _CommentSlots, _SourceSlots
    for cid, member, eid, stance, body, proposed, kind, file, position, status, created, plain in rows:
        if not plain:  # (0, or NULL: a column of another type than the store writes)
            others[cid] = len(out)
            add(None)  # type: ignore[arg-type]  # (its comment, once read whole)
            continue
        anchor = units.get(eid)
        if anchor is None:
            anchor = units[eid] = _new_anchor(eid, *_PLAIN_ANCHOR)
        member = keep(member, member)
        if last is not None and created == last:
            created = last
        else:
            last = shared[None] = created
        if file is not None:
            file = keep(file, file)
        # (each slot stored by a statement of its own: no tuple built and unpacked for each comment)
        source: Any = new_source()
        source.kind = kinds(kind) or SourceKind(kind)
        source.file = file
        source.author = None
        source.position = position
        source.__class__ = CommentSource
        c: Any = new_comment()
        c.id = cid
        c.draft = draft
        c.member = member
        c.anchor = anchor
        c.stance = stances(stance) or Stance(stance)
        c.body = body
        c.proposed_text = proposed
        c.source = source
        c.status = statuses(status) or Status(status)
        c.created = created
        c.updated = created
        c.thread = c.supersedes = c.origin = None
        c.note = c.lang = ""
        c.forwarded = False
        c.__class__ = Comment
        add(c)
    if others:
        ids = list(others)
        found = sorted((row for at in range(0, len(ids), _WHOLE_AT_ONCE) for row in whole(ids[at:at + _WHOLE_AT_ONCE])),
                       key=lambda row: others[row[0]])  # fmt: skip
        for made in _comments_of(found, draft, units, shared):
            out[others[made.id]] = made
    return out


def _slots_taken() -> bool:
    """Whether this Python lets :func:`_comments_of` make its objects Comments, and they are the
    very comments :func:`_comment` makes (a probe of both ways, once)."""
    row = (7, None, "acme", "art_1", "引文", "前", "后", 3, "amend", "理由", "新文", "csv", "a.csv", "张三", "row 2",
           "open", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", 5, 4, 3, "注", 1, "en")  # fmt: skip
    try:
        made = _comments_of([row, row], "law@1", {}, {})  # (while _SLOTS_TAKEN is True)
    except TypeError:  # (__class__ assignment refused: another layout, or another Python)
        return False
    expected = _comment(row, "law@1", {}, {})
    return all(type(c) is Comment and type(c.source) is CommentSource and c == expected for c in made)


_SLOTS_TAKEN = True
_SLOTS_TAKEN = _slots_taken()


def _in_anchor_order(comments: list[Comment], places: dict[str, int]) -> list[Comment]:
    """Comments in anchor order: a comment on no unit of the draft first, then by unit (its
    place in ``places``), by place in it (a quote's offset), by id. Sorted here, where it costs
    a fraction of the engine's sort of wide rows; unit by unit, as most comments quote nothing
    and so sort by their id alone (100,000 comments in a third of the time of one sort)."""
    by_place: dict[int | None, list[Comment]] = {}  # None: on no unit of the draft, all together
    place = places.get
    for c in comments:
        at = place(c.anchor.eid)  # type: ignore[arg-type]  # None is no unit's eid
        found = by_place.get(at)
        if found is None:
            by_place[at] = [c]
        else:
            found.append(c)
    out: list[Comment] = []
    for at in sorted(by_place, key=lambda k: (k is not None, k or 0)):
        unit = by_place[at]
        if any(c.anchor.offset is not None for c in unit):
            unit.sort(key=lambda c: (c.anchor.offset is not None, c.anchor.offset or 0, c.id))
        else:
            unit.sort(key=_ID)
        out.extend(unit)
    return out


def _anchor_order(keys: list[tuple[int | None, int | None, int]]) -> list[int]:
    """The order :func:`_in_anchor_order` puts comments in, as the place in ``keys`` of each, given
    each comment's (unit's place in the draft, or None; quote's offset, or None; id)."""
    by_place: dict[int | None, list[int]] = {}  # None: on no unit of the draft, all together
    for n, (at, _, _) in enumerate(keys):
        found = by_place.get(at)
        if found is None:
            by_place[at] = [n]
        else:
            found.append(n)
    out: list[int] = []
    for at in sorted(by_place, key=lambda k: (k is not None, k or 0)):
        unit = by_place[at]
        if any(keys[n][1] is not None for n in unit):
            unit.sort(key=lambda n: (keys[n][1] is not None, keys[n][1] or 0, keys[n][2]))
        else:
            unit.sort(key=lambda n: keys[n][2])
        out.extend(unit)
    return out


def _send(outbox: Outbox, tell: int, data: bytes) -> None:
    """``data`` sent through ``outbox`` as a part of its own (its length first), and told on ``tell``."""
    outbox.send(_PART.pack(len(data)) + data)
    os.write(tell, b".")


_ID = attrgetter("id")
_FIRST = itemgetter(0)


def _comment_state(c: Comment) -> dict[str, Any]:
    """The changeable fields of a comment, as a revision keeps them."""
    a = c.anchor
    return {"member": c.member, "eid": a.eid, "quote": a.quote, "prefix": a.prefix, "suffix": a.suffix,
            "offset": a.offset, "stance": str(c.stance), "body": c.body, "proposed_text": c.proposed_text,
            "status": str(c.status), "note": c.note, "forwarded": c.forwarded, "lang": c.lang}  # fmt: skip


def _refuse_unfit(what: str, fields: dict[str, str | None]) -> None:
    """The store's own guard: text it could not export (control characters, lone surrogates)
    never enters, whichever way it came; intake names the file, row and column first."""
    unfit = check_fields(fields, "remove it")
    if unfit:
        raise StoreError(f"{what}{'; '.join(unfit)}")


def _refuse_unfit_comments(items: list[NewComment], file: str | None) -> None:
    """:func:`_refuse_unfit` for a batch: one search over all its text, field by field only
    when it finds something (intake has named the row and column already)."""
    def fields(c: NewComment) -> dict[str, str | None]:
        a, s = c.anchor, c.source
        return {"reason": c.body, "proposed text": c.proposed_text, "quote": a.quote, "prefix": a.prefix,
                "suffix": a.suffix, "member": c.member, "file": s.file, "author": s.author, "position": s.position}  # fmt: skip

    # the same values as fields(), without a dict per comment (a file of 100,000 comments)
    every = "\n".join(v for c in items for v in (c.body, c.proposed_text, c.anchor.quote, c.anchor.prefix,
                                                  c.anchor.suffix, c.member, c.source.file, c.source.author,
                                                  c.source.position) if v)  # fmt: skip
    if bad_character(f"{every}\n{file or ''}") is None:
        return
    _refuse_unfit("import: ", {"file": file})
    for c in items:
        _refuse_unfit(f"{c.source.position or c.anchor.eid or 'a comment'}: ", fields(c))


class SQLStore(Accounts):
    """A consultation store over an :class:`Engine`: the embedded SQLite file or a shared
    PostgreSQL database. Open one with :func:`lawcomment.store.open_store` or ``create_store``."""

    def __init__(self, engine: Engine, actor: str | None = None) -> None:
        self.db = engine
        self.actor = actor or os.environ.get("LAWCOMMENT_USER") or _login()
        self._pending: list[tuple[str, str, str, str, str]] | None = None  # events of a batch, see _batch_log
        self._pending_at = ""
        self._places: dict[tuple[int, str], dict[str, int]] = {}  # (draft id, hash) → eid → place, see comments
        self._data: dict[tuple[int, str], str] = {}  # (draft id, hash) → its JSON, see _lookup

    @property
    def where(self) -> str:
        """The store's file, or its URL without the password."""
        return self.db.where

    @property
    def path(self) -> str:
        """What ``--db`` named (kept for messages): the file or the redacted URL."""
        return self.db.where

    @property
    def engine(self) -> str:
        """The engine: "sqlite" or "postgresql"."""
        return self.db.name

    @property
    def read_only(self) -> bool:
        """True when the store can be read but not written here (a read-only mount)."""
        return self.db.read_only

    @property
    def conn(self) -> Any:
        """The driver's own connection (sqlite3 or psycopg), for tools and tests."""
        return self.db.raw

    def migrate(self) -> bool:
        """Bring the schema up to date (in one transaction); True when the store was new. A
        store already up to date is only read: opening one never waits for a writer."""
        if not self.db.in_transaction and "schema_version" in self.db.tables():
            row = self.db.execute("SELECT version FROM schema_version").fetchone()
            if row is not None and row[0] == len(MIGRATIONS):
                return False
        with self.transaction():
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self.db.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if row is None:
                self.db.execute("INSERT INTO schema_version VALUES (0)")
            if version > len(MIGRATIONS):
                raise StoreError(f"{self.where}: made by a newer lawcomment (schema {version}; "
                                 f"this one knows {len(MIGRATIONS)}); upgrade lawcomment")  # fmt: skip
            for number in range(version, len(MIGRATIONS)):
                if number == 3:  # before one live comment per fingerprint becomes a constraint
                    self._rekey_twins()
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self.db.execute(self.db.ddl(statement))
                if number == 10:
                    self._plant_trees()
                if number == 11:  # what each comment superseded, found through an index (superseded_by):
                    # on the JSON field each engine reads, so written here rather than in the shared schema
                    self.db.execute(f"CREATE INDEX IF NOT EXISTS comment_history_superseded_by ON comment_history "
                                    f"(({self.db.json_field('data', 'by')})) WHERE action = 'supersede'")  # fmt: skip
                self.db.execute("UPDATE schema_version SET version = ?", (number + 1,))
                self._log("store.migrate", f"schema:{number + 1}", {})
        return row is None

    def _plant_trees(self) -> None:
        """Schema 11 for the drafts already stored: each article's unit tree of its own, and the
        texts (the drafts' and their translations') without the ``articles`` view. Read as
        dicts: the same JSON a draft stored now gets, without building its units. A text that
        does not read as a draft document is left as it is, without trees (its articles are
        then merged from the whole draft, as before)."""
        from ..jsondoc import compact, loads

        def document(data: str) -> dict[str, Any] | None:
            try:
                doc = loads(data)
            except ValueError:
                return None
            return doc if isinstance(doc, dict) and isinstance(doc.get("units"), list) else None

        for draft_id, sha256 in self.db.execute("SELECT id, sha256 FROM drafts ORDER BY id").fetchall():
            row = self.db.execute("SELECT data FROM draft_texts WHERE draft_id = ?", (draft_id,)).fetchone()
            doc = document(row[0]) if row is not None else None
            if doc is None:
                continue
            self.db.executemany("INSERT INTO article_trees (draft_id, eid, sha256, data) VALUES (?, ?, ?, ?)",
                                ((draft_id, eid, sha256, tree) for eid, tree in _article_trees(doc["units"], dicts=True)))  # fmt: skip
            if doc.pop("articles", None) is not None:
                self.db.execute("UPDATE draft_texts SET data = ? WHERE draft_id = ?", (compact(doc), draft_id))
        for draft_id, lang in self.db.execute("SELECT draft_id, lang FROM translations").fetchall():
            row = self.db.execute("SELECT data FROM translations WHERE draft_id = ? AND lang = ?", (draft_id, lang)).fetchone()
            doc = document(row[0])
            if doc is not None and doc.pop("articles", None) is not None:
                self.db.execute("UPDATE translations SET data = ? WHERE draft_id = ? AND lang = ?",
                                (compact(doc), draft_id, lang))  # fmt: skip

    def _rekey_twins(self) -> None:
        """A store made before schema 4 may hold two live comments with one fingerprint (a
        withdrawn comment brought back after the same one was sent again). Both stay as they
        are; the later ones get a fingerprint of their own (the fingerprint is the store's key
        for finding a comment sent twice, shown nowhere), and the log names them."""
        seen: set[tuple[int, str]] = set()
        rekeyed: list[tuple[str, int]] = []
        for cid, draft_id, fp in self.db.execute(
                "SELECT id, draft_id, fingerprint FROM comments WHERE status != 'withdrawn' ORDER BY id"):  # fmt: skip
            if (draft_id, fp) in seen:
                rekeyed.append((f"{fp}:{cid}", cid))
            seen.add((draft_id, fp))
        if rekeyed:
            self.db.executemany("UPDATE comments SET fingerprint = ? WHERE id = ?", rekeyed)
            self._log("store.rekey", "schema:4", {"comments": [cid for _, cid in rekeyed],
                                                   "why": "the same comment twice, both live"})  # fmt: skip

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("SELECT version FROM schema_version").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: everything inside commits together or not at all. Writers
        take turns (SQLite's write lock, a PostgreSQL advisory lock), readers never wait."""
        db = self.db
        if db.in_transaction:
            yield
            return
        if db.read_only:
            raise StoreError(f"{self.where}: the store is read-only here ({db.read_only_why}); nothing was written")
        try:
            db.begin()
        except StoreError:
            raise
        except db.errors as exc:
            raise StoreError(f"{self.where}: the store is busy or read-only ({db.describe(exc)})") from None
        try:
            yield
            db.commit()
        except BaseException as exc:
            db.rollback()
            if isinstance(exc, db.errors):
                raise StoreError(f"{self.where}: {db.describe(exc)}; nothing was written") from None
            raise

    @contextmanager
    def _if_free(self) -> Iterator[bool]:
        """A write transaction for what may be skipped (what one command keeps for the next):
        True inside it, or False at once when another writer is at work or the store is
        read-only. Its failure is no failure of the command: it is rolled back and forgotten."""
        db = self.db
        if db.in_transaction:
            yield True
            return
        if db.read_only or not db.try_begin():
            yield False
            return
        try:
            yield True
            db.commit()
        except Exception as exc:
            db.rollback()
            if not isinstance(exc, (StoreError, *db.errors)) or db.is_bug(exc):  # a bug: not to be forgotten
                raise
        except BaseException:
            db.rollback()
            raise

    def record(self, action: str, obj: str, detail: dict[str, Any]) -> None:
        """Add an event to the log, inside the caller's transaction (``store.copy``, a plugin's own)."""
        if not self.db.in_transaction:
            raise StoreError("an event is recorded inside a transaction (with store.transaction(): …)")
        self._log(action, obj, detail)

    def _log(self, action: str, obj: str, detail: dict[str, Any]) -> None:
        self._log_text(action, obj, json_text(detail))

    def _log_text(self, action: str, obj: str, detail: str) -> None:
        """:meth:`_log` of a detail already written as JSON (as ``json_text`` writes it)."""
        if self._pending is not None:
            self._pending.append((self._pending_at, self.actor, action, obj, detail))
            if len(self._pending) >= _EVENTS_AT_ONCE:  # in order, and never all of a big batch in memory
                self.db.insert_rows("events", _EVENT_COLUMNS, self._pending)
                self._pending.clear()
            return
        self.db.execute("INSERT INTO events (at, actor, action, object, detail) VALUES (?, ?, ?, ?, ?)",
                          (now(), self.actor, action, obj, detail))  # fmt: skip

    @contextmanager
    def _batch_log(self) -> Iterator[None]:
        """Inside a transaction: the events logged in the block are written in their order with
        ``executemany`` (when it ends, or every _EVENTS_AT_ONCE), all stamped with the time it began."""
        if self._pending is not None:  # already in one
            yield
            return
        self._pending, self._pending_at = [], now()
        try:
            yield
            pending, self._pending = self._pending, None
            self.db.insert_rows("events", _EVENT_COLUMNS, pending)
        finally:
            self._pending = None

    def events(self, limit: int | None = None, obj: str | None = None) -> list[Event]:
        """The log, oldest first; ``limit`` keeps the newest N; ``obj`` filters (``comment:12``)."""
        sql = "SELECT id, at, actor, action, object, detail FROM events"
        args: list[Any] = []
        if obj:
            sql += " WHERE object = ?"
            args.append(obj)
        sql += " ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        rows = self.db.execute(sql, args).fetchall()
        return [records.Event(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in reversed(rows)]

    # -- drafts --------------------------------------------------------------------
    def add_draft(self, draft: Draft, name: str, version: str, sha256: str, source_file: str,
                  title: str | None = None, replace: bool = False, carried_again: bool = False) -> tuple[StoredDraft, str]:  # fmt: skip
        """Store a parsed draft as ``name@version``; returns it and "added", "unchanged" or "replaced".

        The same file again is a no-op. Another file under an existing version is a
        StoreError unless ``replace``; replacing never orphans a comment. With ``carried_again``
        the comments carried onto it from the reading it supersedes, untouched since, do not stop
        it: the caller carries them again onto the new text (``carry_forward(…, replaced=…)``).
        """
        if "@" in name or not name.strip():
            raise StoreError(f"invalid draft name {name!r} (it may not be empty or contain '@')")
        if not version.strip():
            raise StoreError("the draft version may not be empty")
        _refuse_unfit("draft: ", {"name": name, "version": version, "title": title, "source file": source_file})
        title = title or draft.title or name
        data = _stored_text(draft)
        with self.transaction():
            row = self.db.execute("SELECT id, sha256 FROM drafts WHERE name = ? AND version = ?",
                                    (name, version)).fetchone()  # fmt: skip
            if row and row[1] == sha256 and not replace:
                return self.get_draft(f"{name}@{version}"), "unchanged"
            if row and not replace:
                raise StoreError(f"{name}@{version} is already stored from another file ({self._source(row[0])}); "
                                 "pass --replace to replace it, or add it as a new version")  # fmt: skip
            if row:
                self._check_replace(row[0], draft, f"{name}@{version}", carried_again)
                self.db.execute("UPDATE drafts SET title = ?, profile = ?, source_file = ?, sha256 = ? WHERE id = ?",
                                (title, draft.profile, source_file, sha256, row[0]))  # fmt: skip
                self.db.execute("UPDATE draft_texts SET data = ? WHERE draft_id = ?", (data, row[0]))
                self.db.execute("DELETE FROM units WHERE draft_id = ?", (row[0],))
                self.db.execute("DELETE FROM article_trees WHERE draft_id = ?", (row[0],))
                self.db.execute("DELETE FROM diffs WHERE draft_id = ?", (row[0],))
                self.db.execute("DELETE FROM positions WHERE draft_id = ?", (row[0],))
                self.db.execute("DELETE FROM unit_positions WHERE draft_id = ?", (row[0],))
                self.db.execute("DELETE FROM near_groups WHERE draft_id = ?", (row[0],))
                draft_id, status = row[0], "replaced"
            else:
                cur = self.db.execute(
                    "INSERT INTO drafts (name, version, title, profile, source_file, sha256, data, created) "
                    "VALUES (?, ?, ?, ?, ?, ?, '', ?) RETURNING id", (name, version, title, draft.profile, source_file, sha256, now()))  # fmt: skip
                draft_id, status = int(cur.fetchone()[0]), "added"
                self.db.execute("INSERT INTO draft_texts (draft_id, data) VALUES (?, ?)", (draft_id, data))
            self.db.executemany("INSERT INTO units VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                  ((draft_id, *r) for r in _unit_rows(draft)))  # fmt: skip
            self.db.executemany("INSERT INTO article_trees (draft_id, eid, sha256, data) VALUES (?, ?, ?, ?)",
                                ((draft_id, eid, sha256, tree) for eid, tree in _article_trees(draft.units)))  # fmt: skip
            self._log(f"draft.{'replace' if row else 'add'}", f"draft:{name}@{version}",
                      {"file": source_file, "sha256": sha256, "articles": len(draft.articles())})  # fmt: skip
        return self.get_draft(f"{name}@{version}"), status

    def _source(self, draft_id: int) -> str:
        return str(self.db.execute("SELECT source_file FROM drafts WHERE id = ?", (draft_id,)).fetchone()[0])

    def _check_replace(self, draft_id: int, draft: Draft, ref: DraftRef, carried_again: bool = False) -> None:
        eids = {u.eid for u in draft.walk()}
        lost: dict[str, int] = defaultdict(int)
        # (carried again, a copy carried untouched gets its place on the new text: a file split wrongly had put
        # a comment on 第五十一条第六款, which the right file has not)
        again = (" AND NOT (c.origin IS NOT NULL AND NOT EXISTS (SELECT 1 FROM comment_history h WHERE h.comment = c.id "
                 "AND h.action <> 'recarry'))") if carried_again else ""  # fmt: skip
        for (eid,) in self.db.execute(f"SELECT c.eid FROM comments c WHERE c.draft_id = ? AND c.eid IS NOT NULL{again}",
                                      (draft_id,)):  # fmt: skip
            if eid not in eids:
                lost[eid] += 1
        if lost:
            shown = ", ".join(f"{e} ({n})" for e, n in sorted(lost.items())[:10])
            raise StoreError(f"cannot replace {ref}: {sum(lost.values())} comment(s) are anchored at units "
                             f"the new file lacks: {shown}")  # fmt: skip

    def get_draft(self, ref: DraftRef, archived: bool = False, *, data: bool = True) -> StoredDraft:
        """The draft ``name@version``; a bare ``name`` works when it has a single version.

        An archived draft is found only with ``archived`` (else a StoreError says so): the
        commands look drafts up without it, so they refuse an archived one, while the store's
        own reads (comments, decisions … of a predecessor) pass it and still work. Without
        ``data`` the draft's text is not read (``load`` then says so).
        """
        return self._lookup(ref, archived, data=data)

    def _lookup(self, ref: DraftRef, archived: bool, data: bool) -> StoredDraft:
        """:meth:`get_draft`; without ``data`` its ``data`` is empty (not read: a whole draft's JSON).
        A handle a lookup returned is taken as it is (it holds its data when it was read with it)."""
        if isinstance(ref, StoredDraft):
            if ref.data or not data:
                return ref
            ref = ref.ref
        name, version = split_ref(ref)
        # the data (a whole draft's JSON, megabytes for a code) is read once per store and text:
        # a server asks for the same draft on every request
        cols = "id, name, version, title, profile, source_file, sha256, created, supersedes, '', archived, deadline"
        if version is None:
            rows = self.db.execute(f"SELECT {cols} FROM drafts WHERE name = ? ORDER BY id", (name,)).fetchall()
            rows = [r for r in rows if archived or r[10] is None] or rows
            if len(rows) > 1:
                versions = ", ".join(f"{name}@{r[2]}" for r in rows)
                raise StoreError(f"draft {name!r} has several versions ({versions}); name one")
        else:
            rows = self.db.execute(f"SELECT {cols} FROM drafts WHERE name = ? AND version = ?",
                                     (name, version)).fetchall()  # fmt: skip
        if not rows:
            known = ", ".join(d.ref for d in self.drafts()) or "none yet; add one with `lawcomment draft add`"
            raise StoreError(f"no draft {ref!r} in the store (drafts: {known})")
        if rows[0][10] is not None and not archived:
            raise StoreError(f"{rows[0][1]}@{rows[0][2]} was archived on {rows[0][10]}; bring it back with "
                             f"`lawcomment draft restore {rows[0][1]}@{rows[0][2]}`")  # fmt: skip
        row = list(rows[0])
        if data:
            key = (row[0], row[6])
            text = self._data.get(key)
            if text is None:
                text = str(self.db.execute("SELECT data FROM draft_texts WHERE draft_id = ?", (row[0],)).fetchone()[0])
                if len(self._data) >= 4:
                    self._data.pop(next(iter(self._data)))
                self._data[key] = text
            row[9] = text
        return StoredDraft(*row)

    # -- translations ------------------------------------------------------------------
    def add_translation(self, ref: DraftRef, translation: Draft, lang: str, sha256: str, source_file: str,
                        pairing: dict[str, Any]) -> tuple[StoredTranslation, str]:  # fmt: skip
        """Keep ``translation`` (in ``lang``) of draft ``ref`` with how its units pair
        (``Pairing.to_dict()``); returns it and "added", "replaced" or "unchanged"."""
        d = self._lookup(ref, archived=True, data=False)
        _refuse_unfit("translation: ", {"language": lang, "source file": source_file})
        data = _stored_text(translation)
        paired = json.dumps(pairing, ensure_ascii=False)
        with self.transaction():
            row = self.db.execute("SELECT sha256 FROM translations WHERE draft_id = ? AND lang = ?",
                                  (d.id, lang)).fetchone()  # fmt: skip
            if row is not None and row[0] == sha256:
                found = self.translation(d, lang)
                assert found is not None
                return found, "unchanged"
            if row is not None:
                self.db.execute("UPDATE translations SET source_file = ?, sha256 = ?, data = ?, pairing = ?, created = ? "
                                "WHERE draft_id = ? AND lang = ?", (source_file, sha256, data, paired, now(), d.id, lang))  # fmt: skip
            else:
                self.db.execute("INSERT INTO translations (draft_id, lang, source_file, sha256, data, pairing, created) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)", (d.id, lang, source_file, sha256, data, paired, now()))  # fmt: skip
            self._log(f"translation.{'replace' if row else 'add'}", f"draft:{d.ref}",
                      {"lang": lang, "file": source_file, "sha256": sha256})  # fmt: skip
        found = self.translation(d, lang)
        assert found is not None
        return found, "replaced" if row else "added"

    def translation(self, ref: DraftRef, lang: str = "en") -> StoredTranslation | None:
        """Draft ``ref``'s translation in ``lang``, or None."""
        d = self._lookup(ref, archived=True, data=False)
        row = self.db.execute("SELECT lang, source_file, sha256, created, data, pairing FROM translations "
                              "WHERE draft_id = ? AND lang = ?", (d.id, lang)).fetchone()  # fmt: skip
        return None if row is None else records.StoredTranslation(d.ref, row[0], row[1], row[2], row[3], row[4], row[5])

    def translations(self, ref: DraftRef) -> list[str]:
        """The languages draft ``ref`` has a translation in."""
        d = self._lookup(ref, archived=True, data=False)
        return sorted(r[0] for r in self.db.execute("SELECT lang FROM translations WHERE draft_id = ?", (d.id,)))

    def drafts(self, archived: bool = False) -> list[StoredDraft]:
        """Stored drafts by name and age; archived ones only with ``archived``."""
        rows = self.db.execute("SELECT id, name, version, title, profile, source_file, sha256, created, "
                                 "supersedes, '', archived, deadline FROM drafts").fetchall()  # fmt: skip
        rows.sort(key=lambda r: (r[1], r[0]))  # by name, by code point on both engines (their collations differ)
        return [StoredDraft(*r) for r in rows if archived or r[10] is None]

    def unit_eids(self, ref: DraftRef) -> list[str]:
        """Every unit eid of a draft in document order."""
        d = self._lookup(ref, archived=True, data=False)
        return [r[0] for r in self.db.execute("SELECT eid FROM units WHERE draft_id = ? ORDER BY ord", (d.id,))]

    def article_tree(self, ref: DraftRef, eid: str) -> str | None:
        """The article ``eid`` of a draft with its 款, 项 and 目, as the JSON of
        ``lawcomment.draft/1``'s unit form: kept for each article rooted at the document
        (``art_12``), so that one article is read without the whole draft; None for any other
        unit (a heading, ``annex_1__art_3``), an eid the draft does not have, or a tree kept for
        another text of the draft (one replaced by a writer that knew nothing of trees)."""
        d = self._lookup(ref, archived=True, data=False)
        row = self.db.execute("SELECT data FROM article_trees WHERE draft_id = ? AND eid = ? AND sha256 = ?",
                              (d.id, eid, d.sha256)).fetchone()  # fmt: skip
        return None if row is None else str(row[0])

    # -- members -------------------------------------------------------------------
    def add_member(self, member: Member, update: bool = False) -> str:
        """Add a member; returns "added", "updated" or "unchanged". A clash is a StoreError unless ``update``."""
        return self.add_members([member], update)[0]

    def add_members(self, members: Sequence[Member], update: bool = False) -> list[str]:
        """Add members in one transaction (a few statements for any number: a shared server
        pays per round trip); for each, "added", "updated" or "unchanged". A clash with a
        stored member's other details is a StoreError unless ``update``, and adds none."""
        for member in members:
            if not member.id.strip() or any(c.isspace() for c in member.id):
                raise StoreError(f"invalid member id {member.id!r} (no spaces; e.g. acme)")
            unfit = check_fields({"id": member.id, "org": member.org, "group": member.group, "email": member.email})
            if unfit:
                raise StoreError(f"member {member.id.encode('unicode_escape').decode()!r}: {'; '.join(unfit)}")
        statuses: list[str] = []
        with self.transaction(), self._batch_log():
            stored = {r[0]: tuple(r[1:]) for r in self.db.execute("SELECT id, org, grp, email, lang, role FROM members")}
            added: list[tuple[Any, ...]] = []
            changed: list[tuple[Any, ...]] = []
            stamp = now()
            for member in members:
                values = (member.org, member.group, member.email, member.lang, str(member.role))
                old = stored.get(member.id)
                if old == values:
                    statuses.append("unchanged")
                    continue
                if old is not None and not update:
                    raise StoreError(f"member {member.id!r} already exists with other details; pass --update to "
                                     "change them")  # fmt: skip
                if old is None:
                    added.append((member.id, *values, stamp))
                else:
                    changed.append((*values, member.id))
                stored[member.id] = values  # the same id twice in one call: the second sees the first
                statuses.append("updated" if old is not None else "added")
                self._log("member.update" if old is not None else "member.add", f"member:{member.id}",
                          {"org": member.org, "group": member.group, "email": member.email,
                           "lang": member.lang, "role": str(member.role)})  # fmt: skip
            self.db.executemany("INSERT INTO members VALUES (?, ?, ?, ?, ?, ?, ?)", added)
            self.db.executemany("UPDATE members SET org = ?, grp = ?, email = ?, lang = ?, role = ? WHERE id = ?",
                                changed)  # fmt: skip
        return statuses

    def members(self) -> list[Member]:
        rows = sorted(self.db.execute("SELECT id, org, grp, email, lang, role FROM members"))  # code point order
        roles = {r.value: r for r in Role}
        return [_new_member(r[0], r[1], r[2], r[3], r[4], roles.get(r[5]) or Role(r[5])) for r in rows]

    def get_member(self, member_id: str) -> Member:
        row = self.db.execute("SELECT id, org, grp, email, lang, role FROM members WHERE id = ?", (member_id,)).fetchone()
        if row is not None:  # one row, not the list: the web app asks on every request
            return Member(row[0], row[1], row[2], row[3], row[4], Role(row[5]))
        known = ", ".join(m.id for m in self.members()) or "none yet; add one with `lawcomment member add`"
        raise StoreError(f"unknown member {member_id!r} (members: {known})")

    # -- comments ------------------------------------------------------------------
    def imported(self, ref: DraftRef, sha256: str) -> str | None:
        """When a file with this hash was imported into this draft before, the time; else None."""
        d = self._lookup(ref, archived=True, data=False)
        row = self.db.execute("SELECT created FROM imports WHERE draft_id = ? AND sha256 = ? AND undone_at IS NULL "
                                "ORDER BY id LIMIT 1", (d.id, sha256)).fetchone()  # fmt: skip
        return row[0] if row else None

    def add_comments(self, ref: DraftRef, items: Iterable[NewComment], *, file: str | None = None,
                     sha256: str | None = None, kind: str = "cli",
                     member: str | None = None) -> ImportReport:  # fmt: skip
        """Store comments in one transaction: duplicates (same fingerprint) are skipped, and
        a file's comment replaces the single open comment of the same member, anchor and
        author that an earlier file gave (kept as ``superseded`` history).
        """
        # here: a command that only reads never plans one
        from ..batch import Existing, batch_fingerprints, plan_batch, text_checked

        d = self._lookup(ref, archived=True, data=False)
        items = list(items)
        # (a file's rows were checked as they were read: batch.fingerprinted says so of these very comments)
        _refuse_unfit_comments([] if text_checked(items, d.ref) else items, file)
        # the file's own member too: a form that came back with nothing in it still names one
        named = {c.member for c in items} | ({member} if member is not None else set())
        anchored = {c.anchor.eid for c in items if c.anchor.eid is not None}
        # a few comments (one typed, one posted in the web app) look up their own members and
        # units; a file's thousands read the lists once
        if len(named) <= _MEMBERS_IN_SQL:
            known = {r[0] for r in self.db.execute(f"SELECT id FROM members WHERE id IN ({', '.join('?' * len(named))})",
                                                   sorted(named))} if named else set()  # fmt: skip
        else:
            known = {r[0] for r in self.db.execute("SELECT id FROM members")}
        unknown = sorted(named - known)
        if unknown:
            raise StoreError(f"unknown member(s): {', '.join(unknown)} (add them with `lawcomment member add`)")
        if len(anchored) <= _MEMBERS_IN_SQL:
            eids = {r[0] for r in self.db.execute(
                f"SELECT eid FROM units WHERE draft_id = ? AND eid IN ({', '.join('?' * len(anchored))})",
                [d.id, *sorted(anchored)])} if anchored else set()  # fmt: skip
        else:
            eids = {r[0] for r in self.db.execute("SELECT eid FROM units WHERE draft_id = ?", (d.id,))}
        bad = sorted(anchored - eids)
        if bad:
            raise StoreError(f"{d.ref} has no unit(s) {', '.join(bad)}")
        stamp = now()
        with self.transaction():
            import_id = None
            if file is not None:
                cur = self.db.execute("INSERT INTO imports (draft_id, file, sha256, kind, member, created) "
                                        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id", (d.id, file, sha256 or "", kind, member, stamp))  # fmt: skip
                import_id = int(cur.fetchone()[0])
            # what the batch is measured against, read while this transaction holds the write
            # turn; the rules themselves are lawcomment.batch's
            fingerprints = batch_fingerprints(items, d.ref)
            live, replaced = self._live_fingerprints(d.id, fingerprints, (file, sha256) if file is not None and sha256 else None)
            # (a draft with no comment but withdrawn ones has no open one to replace: a first import)
            held = bool(live) or self.db.execute("SELECT 1 FROM comments WHERE draft_id = ? AND status != 'withdrawn' "
                                                 "LIMIT 1", (d.id,)).fetchone() is not None  # fmt: skip
            existing = Existing(
                live,
                self._supersede_candidates(d.id, items) if file is not None and held else {},
                self._proposal_candidates(d.id, items) if held else {},
                self._withdrawn_candidates(d.id, items) if file is not None else {},
                replaced)  # fmt: skip
            # The rows go in at once at the end (and the events too, see _batch_log), so each new
            # comment's id is given here: what SQLite would give it (one past the largest), while
            # this transaction holds the write turn.
            first_id = int(self.db.execute("SELECT coalesce(max(id), 0) FROM comments").fetchone()[0]) + 1
            plan = plan_batch(items, d.ref, existing, first_id, fingerprints)
            added: list[int] = []
            superseded: list[tuple[int, int]] = []
            rare: list[bool] = []  # per placed comment: has it a field of its own beyond the common row's?
            articles: dict[str | None, str | None] = {}  # eid → Anchor.article
            draft_ref, status_superseded = d.ref, str(Status.SUPERSEDED)
            text = _ENUM_TEXT.get
            with self._batch_log():
                log, log_text = self._log, self._log_text
                # each comment.add event's detail as json_text writes the dict, its strings
                # encoded by json's own encoder: a dict and its encoding per comment cost more
                q = encode_basestring
                head = '{"draft": ' + q(draft_ref) + ', "eid": '
                # a batch that replaces and moves nothing, the first events of its log's batch (as a
                # file's first import is): the engine writes each comment's comment.add event from the
                # row stored, where it can write the detail as json_text does, rather than each being
                # written here and sent to it (see _log_added)
                by_engine = (self.db.json_string("eid") is not None and not self._pending and not plan.moved
                             and not any(p.replaces for p in plan.placed))  # fmt: skip
                for p in plan.placed:
                    c, new_id = p.item, p.id
                    a, s = c.anchor, c.source
                    source_kind = text(s.kind) or str(s.kind)
                    # compared with the defaults, not by truth: a None where text belongs goes in as
                    # written and the column's NOT NULL refuses it, as it would any other row
                    rare.append(a.quote != "" or a.prefix != "" or a.suffix != "" or a.offset is not None
                                or s.author is not None or p.thread is not None or bool(p.replaces)
                                or c.lang != "")  # fmt: skip
                    added.append(new_id)
                    if by_engine:
                        continue
                    log_text("comment.add", f"comment:{new_id}",
                             f'{head}{"null" if a.eid is None else q(a.eid)}, "member": {q(c.member)}, "source": '
                             f'{q(source_kind)}, "file": {"null" if s.file is None else q(s.file)}}}')  # fmt: skip
                    for gone in p.replaces:  # earlier comments, stored before this batch
                        self._keep(gone, "supersede", {"by": new_id})
                        self.db.execute("UPDATE comments SET status = ?, updated = ? WHERE id = ?",
                                        (status_superseded, stamp, gone))  # fmt: skip
                        log("comment.supersede", f"comment:{gone}", {"by": new_id, "file": s.file,
                                                                      "source": source_kind})  # fmt: skip
                        superseded.append((gone, new_id))
                duplicates = plan.duplicates
                if plan.moved:  # rows the file says again from another place: found there next time
                    self.db.executemany("UPDATE comments SET source_position = ? WHERE id = ?",
                                        [(place, cid) for cid, place in plan.moved])  # fmt: skip
                    for cid, place in plan.moved:
                        log("comment.move", f"comment:{cid}", {"file": file, "position": place})

                rebuild = self._drop_comment_indexes(len(added), first_id - 1)
                self._insert_placed(plan.placed, rare, d.id, import_id, stamp, articles)
                if by_engine and added:
                    self._log_added(head, added[0], added[-1])
                for sql in rebuild:
                    self.db.execute(sql)
                self.db.ids_given("comments")
                if import_id is not None:
                    self.db.execute("UPDATE imports SET added = ?, duplicates = ?, superseded = ? WHERE id = ?",
                                      (len(added), duplicates, len(superseded), import_id))  # fmt: skip
                    self._log("import", f"import:{import_id}", {"draft": d.ref, "file": file, "kind": kind,
                                                                "added": len(added), "duplicates": duplicates,
                                                                "superseded": len(superseded),
                                                                **({"withdrawn": list(plan.withdrawn)}
                                                                   if plan.withdrawn else {})})  # fmt: skip
        return ImportReport(tuple(added), duplicates, tuple(superseded), withdrawn=plan.withdrawn, replaced=plan.replaced,
                            moved=tuple(cid for cid, _ in plan.moved), repeated=plan.repeated)  # fmt: skip

    @contextmanager
    def first_import(self, ref: DraftRef, expected: int, *, file: str, sha256: str, kind: str,
                     member: str | None = None) -> Iterator[FirstImport | None]:
        """A file's comments stored a part at a time, in the file's order, while the rest are
        still being read (:class:`FirstImport`), in a write transaction of their own that commits
        when the block ends (after :meth:`FirstImport.finish`; whatever else the block writes goes
        in with them) and is rolled back when it raises. None, and no transaction, when another
        writer is at work (never waited for here), the store is read-only, or the draft holds any
        comment already (a first import only: nothing stored can be repeated, replaced or left
        withdrawn). What it stores is what :meth:`add_comments` of all the parts at once stores,
        row for row, and event for event (``expected``: how many comments the parts may hold at
        most)."""
        db = self.db
        if db.in_transaction:
            raise StoreError("a first import is stored in a transaction of its own")
        # (the references each row makes are checked here, not by the engine row by row: its members are looked up
        # under the write lock (FirstImport.add refuses one that is not there), its draft and import are its own)
        with db.references_trusted():
            if db.read_only or not db.try_begin():
                yield None
                return
            try:
                d = self._lookup(ref, archived=True, data=False)
                held = db.execute("SELECT 1 FROM comments WHERE draft_id = ? LIMIT 1", (d.id,)).fetchone() is not None
                writer = None if held else FirstImport(self, d, expected, file, sha256, kind, member)
            except BaseException:
                db.rollback()
                raise
            if writer is None:
                db.rollback()
                yield None
                return
            try:
                yield writer
                if not writer.finished:
                    raise StoreError("a first import ended before it was finished; nothing was written")
                db.commit()
            except BaseException as exc:
                writer.abandon(exc)
                db.rollback()
                if isinstance(exc, db.errors):
                    raise StoreError(f"{self.where}: {db.describe(exc)}; nothing was written") from None
                raise

    def _insert_placed(self, placed: Sequence[Placed], rare: list[bool], draft_id: int, import_id: int | None,
                       stamp: str, articles: dict[str | None, str | None]) -> None:  # fmt: skip
        """The rows of the ``placed`` comments of a batch (its import ``import_id``, stored at
        ``stamp``), those with a field of their own beyond the common row's (``rare``) apart;
        ``articles`` keeps each eid's Anchor.article."""
        text = _ENUM_TEXT.get

        def rows(which: bool) -> Iterator[tuple[Any, ...]]:
            """The table rows of the placed comments that are rare (``which``) or not, made
            as the engine takes them: a batch's rows are never all in memory at once.
            It runs while PostgreSQL's COPY holds the connection: it must query nothing."""
            for p, odd in zip(placed, rare, strict=True):
                if odd is not which:
                    continue
                c, a, s = p.item, p.item.anchor, p.item.source
                article = articles.get(a.eid, _UNSEEN)
                if article is _UNSEEN:
                    article = articles[a.eid] = a.article
                if odd:
                    yield (p.id, draft_id, a.eid, article, a.quote, a.prefix, a.suffix, a.offset, c.member,
                           text(c.stance) or str(c.stance), c.body, c.proposed_text, text(s.kind) or str(s.kind),
                           s.file, s.author, s.position, import_id, p.thread,
                           p.replaces[-1] if p.replaces else None, text(c.status) or str(c.status),
                           p.fingerprint, c.created or stamp, stamp, c.lang)  # fmt: skip
                else:  # most comments: a whole unit, no author, thread or language of their own
                    yield (p.id, draft_id, a.eid, article, c.member, text(c.stance) or str(c.stance), c.body,
                           c.proposed_text, text(s.kind) or str(s.kind), s.file, s.position, import_id,
                           text(c.status) or str(c.status), p.fingerprint, c.created or stamp, stamp)  # fmt: skip

        # the common rows leave out the columns whose default they hold: binding fewer
        # values a row is a third faster. The others follow (a reply's thread, or what a
        # comment supersedes, is always an earlier id: in the table before it)
        odd = sum(rare)
        if odd < len(rare):
            self.db.insert_rows("comments", _COMMON_COMMENT_COLUMNS, rows(False))
        if odd:
            self.db.insert_rows("comments", _NEW_COMMENT_COLUMNS, rows(True))

    def _log_added(self, head: str, first: int, last: int) -> None:
        """The comment.add events of the comments stored with the ids ``first`` to ``last`` (a
        batch's, every id between them its own), in the order of their ids, as add_comments logs
        each: written by the engine from their rows (:meth:`Engine.json_string`), in the log's
        batch (its time stamp and actor), after the events logged before them."""
        j = self.db.json_string
        self.db.execute(f"INSERT INTO events (at, actor, action, object, detail) SELECT ?, ?, 'comment.add', "
                        f"'comment:' || id, ? || {j('eid')} || ', \"member\": ' || {j('member')} || ', \"source\": ' || "
                        f"{j('source_kind')} || ', \"file\": ' || {j('source_file')} || '}}' FROM comments "
                        "WHERE id BETWEEN ? AND ? ORDER BY id", (self._pending_at, self.actor, head, first, last))  # fmt: skip

    def _drop_comment_indexes(self, adding: int, largest: int) -> list[str]:
        """Before ``adding`` rows go into a comments table whose largest id is ``largest``: when
        the batch is large (BULK_ROWS or more) and at least a third the size of the table, set
        aside its indexes (SQLite) and return the SQL that makes them again once the rows are in
        (:meth:`Engine.set_aside_for_bulk`). It all happens inside the caller's transaction, so it
        is all or nothing, and they come back as they were (same names, same definitions).

        Made again from sorted rows, they cost a fraction of their row-by-row upkeep when the
        batch is that large: 381,611 comments into a table of 763,129 took 11.2 s with the
        indexes kept and 5.8 s set aside and made again (benchmarks/bench_npc.py --scale 1m)."""
        if adding < BULK_ROWS or largest > BULK_RATIO * adding:  # (largest id ≥ row count)
            return []
        return self.db.set_aside_for_bulk("comments")

    def _live_fingerprints(self, draft_id: int, fingerprints: list[str],
                           sent: tuple[str, str] | None) -> tuple[dict[str, int], frozenset[int]]:  # fmt: skip
        """fingerprint → id of the draft's comments that a batch with one of ``fingerprints``
        repeats: those neither withdrawn nor superseded, and the superseded ones that came in the
        batch's file, ``sent`` (its name and SHA-256: the same file imported again; their ids the
        second value). A superseded comment said again otherwise (typed, in a file changed since,
        or sent anew under another name) is said anew: the member went back to it. Looked up through the fingerprint indexes a slice
        at a time, so that a batch into a large table reads what it needs, not every fingerprint
        there (763,129 of them, 160 MB in memory, for a part of a million comments)."""
        out: dict[str, int] = {}
        if not fingerprints or self.db.execute("SELECT 1 FROM comments WHERE draft_id = ? AND status != 'withdrawn' "
                                               "LIMIT 1", (draft_id,)).fetchone() is None:  # fmt: skip
            return out, frozenset()
        same_file = self.db.execute("SELECT id FROM imports WHERE draft_id = ? AND file = ? AND sha256 = ?",
                                    (draft_id, *sent)).fetchall() if sent else []  # fmt: skip
        imports = {r[0] for r in same_file}
        replaced: set[int] = set()
        wanted = sorted(set(fingerprints))
        for at in range(0, len(wanted), _FINGERPRINTS_AT_ONCE):
            part = wanted[at:at + _FINGERPRINTS_AT_ONCE]
            marks = ", ".join("?" * len(part))
            # each condition the one its index holds (a looser one would read the whole table)
            out.update(self.db.execute(f"SELECT fingerprint, id FROM comments WHERE draft_id = ? AND status NOT IN "
                                       f"('withdrawn', 'superseded') AND fingerprint IN ({marks})", (draft_id, *part)))  # fmt: skip
            if imports:
                for fp, cid, import_id in self.db.execute(
                        f"SELECT fingerprint, id, import_id FROM comments WHERE draft_id = ? AND status = 'superseded' "
                        f"AND fingerprint IN ({marks})", (draft_id, *part)):  # fmt: skip
                    if import_id in imports and fp not in out:  # a live one with the fingerprint wins
                        out[fp] = cid
                        replaced.add(cid)
        return out, frozenset(replaced)

    def _supersede_candidates(self, draft_id: int, items: list[NewComment]) -> dict[tuple[Any, ...], list[int]]:
        members = sorted({c.member for c in items})
        if not members:
            return {}
        sql, args = _of_members("SELECT id, member, source_kind, source_file, source_position, source_author FROM "
                                "comments WHERE draft_id = ? AND status = 'open' AND thread IS NULL AND import_id IS NOT "
                                "NULL", draft_id, members)  # fmt: skip
        # only a comment from one of the batch's files has a source key of the batch
        files = sorted({c.source.file for c in items if c.source.file is not None})
        among = [f"source_file IN ({', '.join('?' * len(files))})"] if files else []
        if any(c.source.file is None for c in items):
            among.append("source_file IS NULL")
        sql += f" AND ({' OR '.join(among)})"
        out: dict[tuple[Any, ...], list[int]] = defaultdict(list)
        wanted = set(members)
        for r in self.db.execute(sql, (*args, *files)):
            if r[1] in wanted:
                out[(r[1], kind_read_as(r[2]), r[3], r[4], r[5])].append(r[0])
        return out

    def _withdrawn_candidates(self, draft_id: int, items: list[NewComment]) -> dict[tuple[str, tuple[Any, ...]], int]:
        """Comments staff withdrew one by one (their last change a ``withdraw``, not an import's
        undoing) that came from the files of ``items``: a file imported again leaves them withdrawn."""
        files = sorted({c.source.file for c in items if c.source.file})
        if not files:
            return {}
        rows = self.db.execute(
            "SELECT c.id, c.fingerprint, c.member, c.source_kind, c.source_file, c.source_position, c.source_author "
            f"FROM comments c WHERE +c.draft_id = ? AND c.status = 'withdrawn' AND c.source_file IN ({', '.join('?' * len(files))}) "
            "AND (SELECT h.action FROM comment_history h WHERE h.comment = c.id ORDER BY h.id DESC LIMIT 1) = 'withdraw'",
            [draft_id, *files])  # fmt: skip
        return {(r[1], (r[2], kind_read_as(r[3]), r[4], r[5], r[6])): r[0] for r in rows}

    def _proposal_candidates(self, draft_id: int, items: list[NewComment]) -> dict[tuple[str, str | None], list[int]]:
        """Open wording proposals of these members on these units: what a new proposal replaces."""
        from ..batch import is_wording, wording_key

        keys = {wording_key(c) for c in items if is_wording(c)}
        if not keys:
            return {}
        sql, args = _of_members("SELECT id, member, eid, lang FROM comments WHERE draft_id = ? AND status = 'open' AND thread "
                                "IS NULL AND (stance = 'delete' OR (stance = 'amend' AND proposed_text IS NOT NULL))",
                                draft_id, sorted({k[0] for k in keys}))  # fmt: skip
        out: dict[tuple[str, str | None], list[int]] = defaultdict(list)
        for r in self.db.execute(sql + " ORDER BY id", args):
            key = (r[1], r[2] if not r[3] else f"{r[2]}@{r[3]}")
            if key in keys:
                out[key].append(r[0])
        return out

    def comments(self, ref: DraftRef, *, article: str | None = None, eid: str | None = None, member: str | None = None,
                 status: Status | None = None, include_superseded: bool = False) -> list[Comment]:  # fmt: skip
        """Comments on a draft in anchor order; filter by article eid, exact eid, member or status."""
        d = self._lookup(ref, archived=True, data=False)
        sql, args = _comments_sql(d.id, article, eid, member, status, include_superseded)
        with many_objects():
            ref = d.ref
            units: dict[str, Anchor] = {}
            # each row made a comment as the engine gives it, then let go: the rows are never
            # all in memory beside their comments (a third of the comments' size again)
            shared: dict[str | None, str] = {}
            if self._reads_plain():
                made = _plain_comments_of(self.db.execute(_plain_sql(sql), args), ref, units, shared, self._read_whole)
            else:
                made = _comments_of(self.db.execute(sql, args), ref, units, shared)
            return _in_anchor_order(made, self._unit_places(d, article, made))

    def _reads_plain(self) -> bool:
        """Whether comments() reads the plain rows apart (:func:`_plain_comments_of`): SQLite works
        out _PLAIN as the old engines do."""
        return self.db.name == "sqlite" and _SLOTS_TAKEN

    def _read_whole(self, ids: list[int]) -> list[Sequence[Any]]:
        """The rows of the comments ``ids`` with every column comments() reads, in any order."""
        return self.db.execute(f"{_WHOLE_SQL}({', '.join('?' * len(ids))})", ids).fetchall()  # type: ignore[no-any-return]

    def comments_beside(self, ref: DraftRef, generation: int, *, include_superseded: bool = False) -> CommentsBeside | None:
        """``comments(ref, include_superseded=…)`` of a whole draft read by a forked worker on a
        connection of its own at ``generation`` (:meth:`reopener`), while this process goes on with
        other work: the worker reads the rows (the engine's work, and making a value of each cell:
        two thirds of the read) and hands them over as it reads them, marshalled, a few thousand at a
        time; this process makes the comments of those there when it asks for them, then of each part
        as it comes (:meth:`CommentsBeside.comments`): the same, in the same order. None where no
        worker is started (another engine, a draft of fewer than :data:`BESIDE_FROM` comments, a
        transaction open, another thread running or another worker's work under way): the caller
        reads them itself. A worker that fails (the store written since ``generation``) leaves them
        to :meth:`CommentsBeside.comments` to read here, as comments() does."""
        if not self._reads_plain():
            return None
        d = self._lookup(ref, archived=True, data=False)
        # (a small draft's are read here sooner than a worker is started: one row of the index looked at)
        if self.db.execute("SELECT 1 FROM comments WHERE draft_id = ? LIMIT 1 OFFSET ?",
                           (d.id, BESIDE_FROM - 1)).fetchone() is None:  # fmt: skip
            return None
        reopen = self.reopener(generation)
        if reopen is None:
            return None
        from ..workers import Outbox, beside

        sql, args = _comments_sql(d.id, None, None, None, None, include_superseded)
        outbox = Outbox()
        told, tell = os.pipe()  # a byte for each part sent: what this process waits on, and the worker's end

        def read() -> bytes:  # (in the worker)
            os.close(told)
            import marshal

            own = reopen()
            if own is None:  # (written since: read by the caller, as comments() reads them)
                raise StoreError("the store was written since")
            try:
                places = dict(own.db.execute("SELECT eid, ord FROM units WHERE draft_id = ?", (d.id,)).fetchall())
                keys: list[tuple[int | None, int | None, int]] = []  # each row's (place, offset, id), in the table's order
                cursor = own.db.execute(_plain_sql(sql), args)
                while rows := cursor.fetchmany(_BESIDE_PART):
                    others = [row[0] for row in rows if not row[-1]]
                    whole = [row for at in range(0, len(others), _WHOLE_AT_ONCE)
                             for row in own._read_whole(others[at:at + _WHOLE_AT_ONCE])]  # fmt: skip
                    offsets = {row[0]: row[7] for row in whole}
                    keys += [(places.get(row[2]), offsets.get(row[0]), row[0]) for row in rows]
                    # (the rows held by nothing else as they are marshalled: marshal looks up in a table every
                    # object referred to twice, a tenth of a second for a draft's rows)
                    _send(outbox, tell, marshal.dumps((rows, whole)))
                    del rows, whole
                _send(outbox, tell, marshal.dumps(_anchor_order(keys)))
            finally:
                own.close()
            return b""

        worker = beside(read)
        os.close(tell)
        if worker is None:
            os.close(told)
            outbox.close()
            return None
        return CommentsBeside(self, d, include_superseded, worker, outbox, told)

    def _unit_places(self, d: StoredDraft, article: str | None, comments: list[Comment]) -> dict[str, int]:
        """The place in the draft of the units ``comments`` are on: the whole draft's (kept per
        draft and text: its unit order changes only with its text, and so its hash), or for one
        article's comments its own units', when they hold every comment's unit."""
        places = self._places.get((d.id, d.sha256))
        if places is None and article is not None:
            own = dict(self.db.execute("SELECT eid, ord FROM units WHERE draft_id = ? AND article = ?",
                                       (d.id, article)).fetchall())  # fmt: skip
            if all(c.anchor.eid is None or c.anchor.eid in own for c in comments):
                return own
        if places is None:
            places = self._places[(d.id, d.sha256)] = dict(
                self.db.execute("SELECT eid, ord FROM units WHERE draft_id = ?", (d.id,)).fetchall())
        return places

    def get_comment(self, comment_id: int) -> Comment:
        if not 0 < comment_id < 1 << 63:  # SQLite's integers; a larger one is no comment of ours
            raise StoreError(f"no comment #{comment_id}")
        row = self.db.execute(f"SELECT {_COMMENT_COLUMNS} FROM comments c JOIN drafts d ON d.id = c.draft_id "
                                "WHERE c.id = ?", (comment_id,)).fetchone()  # fmt: skip
        if row is None:
            raise StoreError(f"no comment #{comment_id}")
        return _comment(row)

    # -- corrections -------------------------------------------------------------------
    def _keep(self, comment_id: int, action: str, extra: dict[str, Any] | None = None) -> None:
        """Save the comment as it is now, before ``action`` changes it."""
        row = self.db.execute(f"SELECT {_COMMENT_COLUMNS} FROM comments c JOIN drafts d ON d.id = c.draft_id "
                                "WHERE c.id = ?", (comment_id,)).fetchone()  # fmt: skip
        data = {**_comment_state(_comment(row)), **(extra or {})}
        self.db.execute("INSERT INTO comment_history (comment, at, actor, action, data) VALUES (?, ?, ?, ?, ?)",
                          (comment_id, now(), self.actor, action, json.dumps(data, ensure_ascii=False)))  # fmt: skip

    def revisions(self, comment_id: int) -> list[Revision]:
        """The comment's earlier states, oldest first."""
        rows = self.db.execute("SELECT id, comment, at, actor, action, data FROM comment_history WHERE comment = ? "
                                 "ORDER BY id", (comment_id,)).fetchall()  # fmt: skip
        return [records.Revision(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]

    def update_comment(self, comment_id: int, action: str, *, detail: dict[str, Any] | None = None,
                       **fields: Any) -> Comment:  # fmt: skip
        """Change a stored comment, keeping its earlier state as a revision and logging it.

        ``fields`` are the Comment's columns: eid, quote, prefix, suffix, offset, stance,
        body, proposed_text, status, note, member, forwarded, lang.
        """
        allowed = {"eid", "quote", "prefix", "suffix", "offset", "stance", "body", "proposed_text", "status", "note",
                   "member", "forwarded", "lang"}  # fmt: skip
        unknown = set(fields) - allowed
        if unknown:
            raise StoreError(f"cannot change {', '.join(sorted(unknown))} of a comment")
        names = {"quote": "quote", "prefix": "prefix", "suffix": "suffix", "body": "reason",
                 "proposed_text": "proposed text", "note": "note", "member": "member"}  # fmt: skip
        _refuse_unfit(f"comment #{comment_id}: ", {names[k]: v for k, v in fields.items() if k in names})
        self.get_comment(comment_id)
        values = {k: (str(v) if isinstance(v, (Stance, Status)) else v) for k, v in fields.items()}
        if "eid" in values:
            values["article"] = Anchor(values["eid"]).article
        with self.transaction():
            self._keep(comment_id, action, detail)
            sets = ", ".join(f'"{k}" = ?' for k in values)  # quoted: "offset" is a keyword in PostgreSQL
            # forwarding is staff's mark on the comment, not a change of it: ``updated`` (the
            # member's last activity in the responses report) stays as it was
            # (nor a new provision staff give in the draft's language: the member's words are as they wrote them)
            touched = set(values) - {"forwarded"} if action != "translate" else set()
            self.db.execute(f"UPDATE comments SET {sets}{', updated = ?' if touched else ''} WHERE id = ?",
                              (*values.values(), *([now()] if touched else []), comment_id))  # fmt: skip
            self._log(f"comment.{action}", f"comment:{comment_id}",
                      {**{k: v for k, v in values.items() if k != "article"}, **(detail or {})})  # fmt: skip
        return self.get_comment(comment_id)

    def superseded_by(self, comment_id: int) -> list[int]:
        """Comments that ``comment_id`` superseded when it was stored, oldest first."""
        ids = {r[0] for r in self.db.execute(
            f"SELECT comment FROM comment_history WHERE action = 'supersede' AND {self.db.json_field('data', 'by')} = ?",
            (str(comment_id),))}  # fmt: skip
        row = self.db.execute("SELECT supersedes FROM comments WHERE id = ?", (comment_id,)).fetchone()
        if row and row[0] is not None:
            ids.add(row[0])
        return sorted(ids)

    def carried_copies(self, comment_id: int) -> list[int]:
        """The comments carried from ``comment_id`` to later versions, and from those on."""
        out: list[int] = []
        todo = [comment_id]
        while todo:
            found = [r[0] for r in self.db.execute("SELECT id FROM comments WHERE origin = ?", (todo.pop(),))]
            out += found
            todo += found
        return out

    def live_twins(self, comment_id: int) -> list[int]:
        """Other comments of the same draft with the same fingerprint that are not withdrawn."""
        join = ("SELECT t.id FROM comments c JOIN comments t ON t.draft_id = c.draft_id AND t.fingerprint = c.fingerprint "
                "WHERE c.id = ? AND t.id != c.id AND ")  # fmt: skip
        # the two statuses apart: each through its own index of fingerprints
        return sorted(r[0] for r in self.db.execute(
            f"{join}t.status NOT IN ('withdrawn', 'superseded') UNION ALL {join}t.status = 'superseded'",
            (comment_id, comment_id)))  # fmt: skip

    def merged_comments(self, member: str) -> list[tuple[int, dict[str, Any]]]:
        """Comments moved away from ``member`` by a merge (and not moved back), with the member's details."""
        out: list[tuple[int, dict[str, Any]]] = []
        for cid, data in self.db.execute(
                "SELECT comment, data FROM comment_history h WHERE action = 'member.merge' AND "
                f"{self.db.json_field('data', 'from_member')} = ? AND id = (SELECT max(id) FROM comment_history "
                "WHERE comment = h.comment AND action IN ('member.merge', 'member.unmerge')) ORDER BY comment",
                (member,)):  # fmt: skip
            out.append((cid, json.loads(data)))
        return out

    def imports(self, ref: DraftRef | None = None) -> list[ImportBatch]:
        """Imported files, oldest first (of one draft, or all)."""
        sql = ("SELECT i.id, d.name || '@' || d.version, i.file, i.kind, i.member, i.added, i.duplicates, i.superseded, "
               "i.created, i.undone_at, i.undone_by, i.sha256 FROM imports i JOIN drafts d ON d.id = i.draft_id")  # fmt: skip
        args: list[Any] = []
        if ref is not None:
            sql += " WHERE i.draft_id = ?"
            args.append(self.get_draft(ref).id)
        return [records.ImportBatch(*r) for r in self.db.execute(sql + " ORDER BY i.id", args)]

    def get_import(self, batch: int) -> ImportBatch:
        found = [b for b in self.imports() if b.id == batch]
        if not found:
            known = ", ".join(str(b.id) for b in self.imports()) or "none yet"
            raise StoreError(f"no import #{batch} (imports: {known}; see `lawcomment import list`)")
        return found[0]

    def import_comment_ids(self, batch: int) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM comments WHERE import_id = ? ORDER BY id", (batch,))]

    def mark_import(self, batch: int, undone: bool) -> None:
        """Record that an import was undone (or restored)."""
        with self.transaction():
            self.db.execute("UPDATE imports SET undone_at = ?, undone_by = ? WHERE id = ?",
                              (now(), self.actor, batch) if undone else (None, None, batch))  # fmt: skip
            self._log("import.undo" if undone else "import.restore", f"import:{batch}", {})

    def rename_member(self, old: str, new: str) -> None:
        """Give member ``old`` the id ``new`` everywhere (comments, imports)."""
        m = self.get_member(old)
        _refuse_unfit("member: ", {"new id": new})
        if any(ch.isspace() for ch in new) or not new.strip():
            raise StoreError(f"invalid member id {new!r} (no spaces; e.g. acme)")
        if any(x.id == new for x in self.members()):
            raise StoreError(f"member {new!r} already exists; use `lawcomment member merge {old} {new}` to merge them")
        with self.transaction():
            self.db.execute("INSERT INTO members VALUES (?, ?, ?, ?, ?, ?, ?)",
                              (new, m.org, m.group, m.email, m.lang, str(m.role), now()))  # fmt: skip
            self.db.execute("UPDATE comments SET member = ? WHERE member = ?", (new, old))
            self.db.execute("UPDATE imports SET member = ? WHERE member = ?", (new, old))
            self.db.execute("UPDATE users SET member = ? WHERE member = ?", (new, old))
            self.db.execute("UPDATE invitations SET member = ? WHERE member = ?", (new, old))
            self.db.execute("DELETE FROM members WHERE id = ?", (old,))
            self._log("member.rename", f"member:{new}", {"from": old})

    def member_comment_ids(self, member: str) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM comments WHERE member = ? ORDER BY id", (member,))]

    def remove_member(self, member: str) -> Member:
        """Remove a member that has no comments (one with comments is a StoreError)."""
        m = self.get_member(member)
        n = len(self.member_comment_ids(member))
        if n:
            raise StoreError(f"member {member!r} has {n} comment(s), kept even when withdrawn; merge the member into "
                             f"another first (`lawcomment member merge {member} OTHER`)")  # fmt: skip
        users = [u.login for u in self.users(member)]
        if users:
            raise StoreError(f"member {member!r} has web user(s) {', '.join(users)}; give them another member first "
                             f"(`lawcomment web user update LOGIN --member OTHER`)")  # fmt: skip
        with self.transaction():
            self.db.execute("DELETE FROM invitations WHERE member = ?", (member,))
            self.db.execute("UPDATE imports SET member = NULL WHERE member = ?", (member,))
            self.db.execute("DELETE FROM members WHERE id = ?", (member,))
            self._log("member.remove", f"member:{member}", {"org": m.org, "group": m.group, "email": m.email,
                                                             "lang": m.lang, "role": str(m.role)})  # fmt: skip
        return m

    def set_draft_archived(self, ref: DraftRef, archived: bool) -> StoredDraft:
        """Archive a draft (kept, but out of listings and of every command) or bring it back."""
        d = self.get_draft(ref, archived=True)
        with self.transaction():
            self.db.execute("UPDATE drafts SET archived = ? WHERE id = ?", (now() if archived else None, d.id))
            self._log("draft.archive" if archived else "draft.restore", f"draft:{d.ref}", {})
        return d

    def delete_draft(self, ref: DraftRef) -> StoredDraft:
        """Delete a draft that has no comments, decisions or later versions."""
        d = self.get_draft(ref, archived=True)
        counts = {what: int(self.db.execute(f"SELECT count(*) FROM {table} WHERE {col} = ?", (d.id,)).fetchone()[0])
                  for what, table, col in (("comment(s)", "comments", "draft_id"), ("decision(s)", "decisions", "draft_id"),
                                           ("later version(s)", "drafts", "supersedes"))}  # fmt: skip
        held = ", ".join(f"{n} {what}" for what, n in counts.items() if n)
        if held:
            raise StoreError(f"{d.ref} has {held}; pass --force to archive it instead (reversible with "
                             f"`lawcomment draft restore {d.ref}`)")  # fmt: skip
        with self.transaction():
            self.db.execute("DELETE FROM alignments WHERE old_id = ? OR new_id = ?", (d.id, d.id))
            self.db.execute("DELETE FROM imports WHERE draft_id = ?", (d.id,))
            self.db.execute("DELETE FROM units WHERE draft_id = ?", (d.id,))
            self.db.execute("DELETE FROM article_trees WHERE draft_id = ?", (d.id,))
            self.db.execute("DELETE FROM diffs WHERE draft_id = ?", (d.id,))
            self.db.execute("DELETE FROM positions WHERE draft_id = ?", (d.id,))
            self.db.execute("DELETE FROM unit_positions WHERE draft_id = ?", (d.id,))
            self.db.execute("DELETE FROM near_groups WHERE draft_id = ?", (d.id,))
            self.db.execute("DELETE FROM draft_texts WHERE draft_id = ?", (d.id,))
            self.db.execute("DELETE FROM translations WHERE draft_id = ?", (d.id,))
            self.db.execute("DELETE FROM drafts WHERE id = ?", (d.id,))
            self._log("draft.remove", f"draft:{d.ref}", {"file": d.source_file, "sha256": d.sha256})
        return d

    # -- versions ------------------------------------------------------------------
    def carried_origins(self, ref: DraftRef) -> set[int]:
        """Ids of comments already carried into ``ref`` from its predecessor."""
        d = self._lookup(ref, True, data=False)
        return {r[0] for r in self.db.execute("SELECT origin FROM comments WHERE draft_id = ? AND origin IS NOT NULL",
                                                (d.id,))}  # fmt: skip

    def record_supersession(self, old_ref: DraftRef, new_ref: DraftRef, alignment: dict[str, Any],
                            carried: Sequence[Any]) -> list[int]:  # fmt: skip
        """In one transaction: ``new_ref`` supersedes ``old_ref``, the alignment is kept, and
        the carried comments (``lawcomment.consultation.versions.Carried``) are stored with their origin."""
        from hashlib import sha256  # (OpenSSL loaded only by the commands that need it)

        old, new = self.get_draft(old_ref), self.get_draft(new_ref)
        stamp = now()
        ids: list[int] = []
        with self.transaction():
            self.db.execute("UPDATE drafts SET supersedes = ? WHERE id = ?", (old.id, new.id))
            self.db.execute("INSERT INTO alignments VALUES (?, ?, ?, ?) ON CONFLICT (old_id, new_id) DO UPDATE SET "
                            "data = excluded.data, created = excluded.created",
                              (old.id, new.id, json.dumps(alignment, ensure_ascii=False), stamp))  # fmt: skip
            threads: dict[int, int] = {
                r[0]: r[1] for r in self.db.execute(
                    "SELECT origin, id FROM comments WHERE draft_id = ? AND origin IS NOT NULL", (new.id,))}  # fmt: skip
            for item in carried:
                c = item.origin
                a = item.anchor or Anchor(None)
                s = c.source
                fp = sha256(f"carried:{c.id}:{new.id}".encode()).hexdigest()[:32]
                cur = self.db.execute(
                    "INSERT INTO comments (draft_id, eid, article, quote, prefix, suffix, \"offset\", member, stance, body, "
                    "proposed_text, source_kind, source_file, source_author, source_position, import_id, thread, "
                    "supersedes, status, fingerprint, created, updated, origin, note, forwarded, lang) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    (new.id, a.eid, a.article, a.quote, a.prefix, a.suffix, a.offset, c.member, str(c.stance), c.body,
                     item.proposed_text, str(s.kind), s.file, s.author, s.position,
                     threads.get(c.thread) if c.thread else None, str(item.status), fp, c.created, stamp, c.id,
                     item.note, int(c.forwarded), c.lang))  # fmt: skip
                new_id = int(cur.fetchone()[0])
                threads[c.id] = new_id
                ids.append(new_id)
            self._log("draft.supersede", f"draft:{new.ref}", {
                # as the carry report counts them: every comment is stored, an orphaned one too
                "supersedes": old.ref, "carried": sum(1 for i in carried if str(i.status) != "orphaned"),
                "orphaned": sum(1 for i in carried if str(i.status) == "orphaned")})  # fmt: skip
        return ids

    def diffs(self, ref: DraftRef) -> dict[str, str]:
        """The diffs kept for a draft's merges, by digest (see ``lawcomment.review.redline.DiffMemo``)."""
        d = self._lookup(ref, True, False)
        return dict(self.db.execute("SELECT key, data FROM diffs WHERE draft_id = ?", (d.id,)).fetchall())

    def keep_diffs(self, ref: DraftRef, diffs: dict[str, str]) -> None:
        """Keep diffs a merge made, for the next command (one a concurrent command kept first
        stays); skipped, not waited for, while another writer is at work."""
        d = self._lookup(ref, True, False)
        with self._if_free() as free:
            if free:
                self.db.executemany("INSERT INTO diffs (draft_id, key, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                                    [(d.id, k, v) for k, v in diffs.items()])  # fmt: skip

    def generation(self) -> int:
        """A number every write raises (the last event's id): what was worked out at one
        generation holds while the store is still at it."""
        return int(self.db.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0])

    def positions(self, ref: DraftRef, stamp: str) -> list[str] | None:
        """A draft's positions kept under ``stamp`` (see keep_positions): each unit's data (a
        JSON text) in the order kept, or None."""
        rows = self._position_rows(ref, stamp, "u.data")
        return None if rows is None else [str(data) for data in rows]

    def positions_utf8(self, ref: DraftRef, stamp: str) -> list[bytes] | None:
        """:meth:`positions`, each unit's data as the UTF-8 its text is: read so from the engine,
        for a JSON parser reading bytes (each text made a string by the driver, then encoded
        again for the parser: 27 MB of them, at 100k comments, each way)."""
        rows = self._position_rows(ref, stamp, "CAST(u.data AS BLOB)" if self.db.name == "sqlite"
                                   else "convert_to(u.data, 'UTF8')")  # fmt: skip
        return None if rows is None else [bytes(data) for data in rows]

    def _position_rows(self, ref: DraftRef, stamp: str, data: str) -> list[Any] | None:
        """The column ``data`` (an expression of ``u.data``) of a draft's positions kept under
        ``stamp``, in the order kept; None when none are kept under it."""
        d = self._lookup(ref, True, False)
        # one statement, so one snapshot: never the header of one keeping with the rows of the
        # next. Put in order here: the engine would sort the rows with their data (at a million
        # comments, 127 MB through a temporary b-tree, three times as long as reading them)
        rows = self.db.execute(f"SELECT u.ord, {data} FROM positions p LEFT JOIN unit_positions u "
                               "ON u.draft_id = p.draft_id AND u.stamp = p.stamp "
                               "WHERE p.draft_id = ? AND p.stamp = ?", (d.id, stamp)).fetchall()  # fmt: skip
        if not rows:
            return None
        rows.sort(key=_FIRST)
        return [data for _, data in rows if data is not None]

    def kept_position(self, ref: DraftRef, stamp: str, eid: str) -> str | None:
        """The data of unit ``eid``'s position, kept under ``stamp`` with its whole draft's
        (see keep_positions); None when none was, for that unit or that stamp."""
        d = self._lookup(ref, True, False)
        row = self.db.execute("SELECT data FROM unit_positions WHERE draft_id = ? AND eid = ? AND stamp = ?",
                              (d.id, eid, stamp)).fetchone()  # fmt: skip
        return None if row is None else str(row[0])

    def keep_positions(self, ref: DraftRef, stamp: str, units: Sequence[tuple[str, str]]) -> None:
        """Keep a whole draft's positions under ``stamp``: each unit's eid and its data (a JSON
        text), in law order; replacing those kept before. Skipped, not waited for, while another
        writer is at work."""
        self._keep_units(ref, stamp, units, "?")

    def keep_positions_utf8(self, ref: DraftRef, stamp: str, units: Sequence[tuple[str, bytes]]) -> None:
        """:meth:`keep_positions`, each unit's data given as the UTF-8 of its text (as a JSON
        writer makes it): kept as that text, the very same (SQLite reads the bytes as its text,
        never made a string and encoded again in between: 27 MB of them at 100k comments)."""
        if self.db.name != "sqlite":
            self.keep_positions(ref, stamp, [(eid, data.decode("utf-8")) for eid, data in units])
            return
        # (a blob cast to text is stored as TEXT, as the string would be: never a BLOB)
        self._keep_units(ref, stamp, units, "CAST(? AS TEXT)")

    def _keep_units(self, ref: DraftRef, stamp: str, units: Sequence[tuple[str, str | bytes]], value: str) -> None:
        """keep_positions' writing, each unit's data bound as ``value`` (SQL) says."""
        d = self._lookup(ref, True, False)
        with self._if_free() as free:
            if free:
                self.db.execute("INSERT INTO positions (draft_id, stamp) VALUES (?, ?) ON CONFLICT (draft_id) "
                                "DO UPDATE SET stamp = excluded.stamp", (d.id, stamp))  # fmt: skip
                self.db.execute("DELETE FROM unit_positions WHERE draft_id = ?", (d.id,))
                self.db.executemany("INSERT INTO unit_positions (draft_id, eid, ord, stamp, data) "
                                    f"VALUES (?, ?, ?, ?, {value})",
                                    [(d.id, eid, n, stamp, data) for n, (eid, data) in enumerate(units)])  # fmt: skip

    def near_groups(self, ref: DraftRef, stamp: str) -> str | None:
        """A draft's near-duplicate groups kept under ``stamp`` (see keep_near_groups), or None."""
        return self._kept("near_groups", ref, stamp)

    def keep_near_groups(self, ref: DraftRef, stamp: str, data: str) -> None:
        """Keep a whole draft's near-duplicate groups (as data) under ``stamp``, replacing those
        kept before; skipped, not waited for, while another writer is at work."""
        self._keep_worked_out("near_groups", ref, stamp, data)

    def _kept(self, table: str, ref: DraftRef, stamp: str) -> str | None:
        d = self._lookup(ref, True, False)
        row = self.db.execute(f"SELECT data FROM {table} WHERE draft_id = ? AND stamp = ?", (d.id, stamp)).fetchone()
        return None if row is None else str(row[0])

    def _keep_worked_out(self, table: str, ref: DraftRef, stamp: str, data: str) -> None:
        d = self._lookup(ref, True, False)
        with self._if_free() as free:
            if free:
                self.db.execute(f"INSERT INTO {table} (draft_id, stamp, data) VALUES (?, ?, ?) ON CONFLICT (draft_id) "
                                "DO UPDATE SET stamp = excluded.stamp, data = excluded.data", (d.id, stamp, data))  # fmt: skip

    def alignment(self, old_ref: DraftRef, new_ref: DraftRef) -> dict[str, Any] | None:
        """The alignment kept when ``new_ref`` superseded ``old_ref`` (see record_supersession), or None."""
        old, new = self._lookup(old_ref, True, False), self._lookup(new_ref, True, False)
        row = self.db.execute("SELECT data FROM alignments WHERE old_id = ? AND new_id = ?", (old.id, new.id)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def predecessor(self, ref: DraftRef) -> StoredDraft | None:
        """The draft ``ref`` supersedes, if any."""
        d = self._lookup(ref, True, data=False)
        if d.supersedes is None:
            return None
        row = self.db.execute("SELECT name, version FROM drafts WHERE id = ?", (d.supersedes,)).fetchone()
        return self.get_draft(f"{row[0]}@{row[1]}", archived=True)  # an archived version still has its successors

    def successor(self, ref: DraftRef) -> StoredDraft | None:
        """The draft that supersedes ``ref``, if any (the latest, should there be several)."""
        d = self._lookup(ref, True, data=False)
        row = self.db.execute("SELECT name, version FROM drafts WHERE supersedes = ? ORDER BY id DESC",
                                (d.id,)).fetchone()  # fmt: skip
        return None if row is None else self.get_draft(f"{row[0]}@{row[1]}", archived=True)

    # -- decisions -----------------------------------------------------------------
    def add_decision(self, ref: DraftRef, target: str, action: str, *, start: int | None = None, end: int | None = None,
                     old: str | None = None, new: str | None = None, reason: str = "", subject: str = "",
                     premise: str = "", origin: int | None = None) -> Decision:  # fmt: skip
        """Record a staff decision on the merge of unit ``target`` (an eid of the draft).

        ``subject`` is "insertion" for a proposed new unit; ``premise`` records what was
        on the table; ``origin`` is the decision of the previous version it carries.
        """
        _refuse_unfit(f"decision on {target}: ", {"reason": reason, "new text": new})
        d = self._lookup(ref, True, data=False)
        if action not in ("accept", "reject", "choose", "text"):
            raise StoreError(f"unknown decision {action!r} (accept, reject, choose or text)")
        self._refuse_unknown_unit(d, target)
        actor, created = self.actor, now()
        if origin is not None:
            # a decision carried to the next reading stays its decider's, made when it was (a web trial's 张敏 shown
            # as "采纳 root", who ran the carry): the event log says who carried it, and when
            row = self.db.execute("SELECT actor, created FROM decisions WHERE id = ?", (origin,)).fetchone()
            if row is not None:
                actor, created = row[0], row[1]
        with self.transaction():
            cur = self.db.execute(
                "INSERT INTO decisions (draft_id, target, action, span_start, span_end, old, new, reason, actor, created, "
                "subject, premise, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (d.id, target, action, start, end, old, new, reason, actor, created, subject, premise, origin))  # fmt: skip
            decision_id = int(cur.fetchone()[0])
            detail = {"draft": d.ref, "target": target, "start": start, "end": end, "old": old, "new": new,
                      "reason": reason, "subject": subject, "from": origin}  # fmt: skip
            self._log("decision.carry" if origin is not None else f"decision.{action}", f"decision:{decision_id}",
                      detail)  # fmt: skip
        return self.get_decision(decision_id)

    def set_committee_reason(self, ref: DraftRef, target: str, text: str, origin: int | None = None) -> CommitteeReason | None:
        """The committee's own reason for its position on unit ``target``: replaces the one
        before (kept, revoked); an empty ``text`` only removes it. Returns the reason in force."""
        text = line_feeds(text)  # a browser's CRLF: one line break
        _refuse_unfit("", {"committee reason": text})
        d = self._lookup(ref, True, data=False)
        if text.strip():  # (one given on a unit the draft no longer has can still be taken away)
            self._refuse_unknown_unit(d, target)
        stamp = now()
        with self.transaction():
            old = self.db.execute("SELECT id FROM committee_reasons WHERE draft_id = ? AND target = ? AND "
                                    "revoked_at IS NULL", (d.id, target)).fetchall()  # fmt: skip
            for (rid,) in old:
                self.db.execute("UPDATE committee_reasons SET revoked_at = ?, revoked_by = ? WHERE id = ?",
                                  (stamp, self.actor, rid))  # fmt: skip
            new_id = None
            if text.strip():
                cur = self.db.execute("INSERT INTO committee_reasons (draft_id, target, text, actor, created, origin) "
                                        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id", (d.id, target, text.strip(), self.actor, stamp,
                                                                      origin))  # fmt: skip
                new_id = int(cur.fetchone()[0])
            self._log(("reason.carry" if new_id else "reason.uncarry") if origin is not None else
                      "reason.set" if new_id else "reason.remove",
                      f"reason:{d.ref}:{target}", {"text": text.strip(), "replaces": [r[0] for r in old],
                                                    "from": origin})  # fmt: skip
        return self.committee_reasons(d.ref).get(target)

    def _refuse_unknown_unit(self, d: StoredDraft, target: str) -> None:
        """A decision or reason on a unit the draft lacks is refused before anything is written:
        stored, every merge and export of the draft would stop at it (a web trial's mistyped address)."""
        if self.db.execute("SELECT 1 FROM units WHERE draft_id = ? AND eid = ?", (d.id, target)).fetchone() is None:
            raise StoreError(f"{d.ref} has no unit {target}")

    def committee_reasons(self, ref: DraftRef, include_revoked: bool = False) -> dict[str, CommitteeReason]:
        """The committee's reasons in force, by unit eid (with ``include_revoked``, the latest of each)."""
        d = self._lookup(ref, True, data=False)
        sql = ("SELECT r.id, r.target, r.text, r.actor, r.created, r.revoked_at, r.origin FROM committee_reasons r "
               "WHERE r.draft_id = ?" + ("" if include_revoked else " AND r.revoked_at IS NULL") + " ORDER BY r.id")  # fmt: skip
        return {r[1]: records.CommitteeReason(r[0], d.ref, *r[1:]) for r in self.db.execute(sql, (d.id,))}

    def set_deadline(self, ref: DraftRef, deadline: str | None) -> StoredDraft:
        """The date members' replies are due (ISO 8601 ``YYYY-MM-DD``), or None to clear it."""
        d = self._lookup(ref, True, data=False)
        with self.transaction():
            self.db.execute("UPDATE drafts SET deadline = ? WHERE id = ?", (deadline, d.id))
            self._log("draft.deadline", f"draft:{d.ref}", {"deadline": deadline})
        return self.get_draft(d.ref)

    def carried_decisions(self, ref: DraftRef) -> set[int]:
        """Ids of the previous version's decisions already carried into ``ref``, or found not to apply there."""
        d = self._lookup(ref, True, data=False)
        carried = {r[0] for r in self.db.execute("SELECT origin FROM decisions WHERE draft_id = ? AND origin IS NOT NULL",
                                                   (d.id,))}  # fmt: skip
        return carried | self._dropped("decision", d.ref)

    def carried_reasons(self, ref: DraftRef) -> set[int]:
        """Ids of the previous version's committee reasons already carried into ``ref``, or found not to apply."""
        d = self._lookup(ref, True, data=False)
        carried = {r[0] for r in self.db.execute(
            "SELECT origin FROM committee_reasons WHERE draft_id = ? AND origin IS NOT NULL", (d.id,))}  # fmt: skip
        return carried | self._dropped("reason", d.ref)

    def _dropped(self, kind: str, into: str) -> set[int]:
        return {int(r[0].rsplit(":", 1)[1]) for r in self.db.execute(
            f"SELECT object FROM events WHERE action = ? AND {self.db.json_field('detail', 'into')} = ?", (f"{kind}.drop", into))}

    def drop(self, kind: str, item_id: int, into: str, reason: str, settled: bool = False) -> None:
        """Record that a decision or committee reason (``kind``) was not carried into ``into``, and why;
        ``settled``: the new version made what it asked (nothing left for staff to do)."""
        with self.transaction():
            self._log(f"{kind}.drop", f"{kind}:{item_id}", {"into": into, "reason": reason}
                      | ({"settled": True} if settled else {}))  # fmt: skip

    def drops(self, ref: DraftRef) -> list[Event]:
        """What the carry into ``ref`` did not bring over (see :meth:`drop`), oldest first."""
        d = self._lookup(ref, True, data=False)
        rows = self.db.execute(f"SELECT id, at, actor, action, object, detail FROM events WHERE action IN (?, ?) AND "
                               f"{self.db.json_field('detail', 'into')} = ? ORDER BY id",
                               ("decision.drop", "reason.drop", d.ref)).fetchall()  # fmt: skip
        return [records.Event(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]

    def revoke_decision(self, decision_id: int, reason: str = "") -> Decision:
        """Undo a decision; it stays on record with who revoked it and when."""
        decision = self.get_decision(decision_id)
        if decision.revoked_at:
            raise StoreError(f"decision #{decision_id} was already undone on {decision.revoked_at} "
                             f"by {decision.revoked_by}")  # fmt: skip
        with self.transaction():
            self.db.execute("UPDATE decisions SET revoked_at = ?, revoked_by = ? WHERE id = ?",
                              (now(), self.actor, decision_id))  # fmt: skip
            self._log("decision.undo", f"decision:{decision_id}", {"reason": reason})
        return self.get_decision(decision_id)

    def get_decision(self, decision_id: int) -> Decision:
        if not 0 < decision_id < 1 << 63:  # SQLite's integers; a larger one is no decision of ours
            raise StoreError(f"no decision #{decision_id}")
        row = self.db.execute(f"SELECT {_DECISION_COLUMNS} FROM decisions x JOIN drafts d ON d.id = x.draft_id "
                                "WHERE x.id = ?", (decision_id,)).fetchone()  # fmt: skip
        if row is None:
            raise StoreError(f"no decision #{decision_id}")
        return records.Decision(*row)

    def decisions(self, ref: DraftRef, target: str | None = None, include_revoked: bool = False) -> list[Decision]:
        """Decisions on a draft, oldest first; only those in force unless ``include_revoked``."""
        d = self._lookup(ref, True, data=False)
        sql = f"SELECT {_DECISION_COLUMNS} FROM decisions x JOIN drafts d ON d.id = x.draft_id WHERE x.draft_id = ?"
        args: list[Any] = [d.id]
        if target is not None:
            sql += " AND x.target = ?"
            args.append(target)
        if not include_revoked:
            sql += " AND x.revoked_at IS NULL"
        return [records.Decision(*r) for r in self.db.execute(sql + " ORDER BY x.id", args)]

    def stats(self) -> dict[str, int]:
        """Row counts per table, for ``lawcomment status`` and the benchmarks."""
        return {t: int(self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                for t in ("drafts", "units", "members", "comments", "imports", "decisions", "events")}  # fmt: skip

    # -- a whole draft's merge shared out among forked workers, each reading its own articles' comments

    def comment_counts(self, ref: DraftRef) -> dict[tuple[str | None, str], int]:
        """How many comments a draft has (superseded ones left out, as :meth:`comments` leaves
        them) per :attr:`Anchor.article` (None: on no unit) and status, read from the index
        alone: what a whole draft's merge shares out, without reading a comment."""
        d = self._lookup(ref, True, False)
        return {(article, status): int(n) for article, status, n in self.db.execute(
            "SELECT article, status, count(*) FROM comments WHERE draft_id = ? AND status != 'superseded' "
            "GROUP BY article, status", (d.id,))}  # fmt: skip

    def article_comments(self, ref: DraftRef, articles: Sequence[str]) -> list[Comment]:
        """The comments of :meth:`comments` whose :attr:`Anchor.article` is one of ``articles``,
        in the order :meth:`comments` gives them (anchor order over the whole draft's units):
        each article's own, as a read of the whole draft has them."""
        d = self._lookup(ref, True, False)
        sql = (f"SELECT {_COMMENT_COLUMNS.replace(_DRAFT_REF, 'NULL')} FROM comments c "
               "WHERE c.draft_id = ? AND c.status != 'superseded' AND c.article IN ")  # fmt: skip
        wanted = list(dict.fromkeys(articles))
        with many_objects():
            units: dict[str, Anchor] = {}
            shared: dict[str | None, str] = {}
            made: list[Comment] = []
            for at in range(0, len(wanted), _ARTICLES_IN_SQL):  # (an engine takes so many parameters at once)
                some = wanted[at:at + _ARTICLES_IN_SQL]
                made += _comments_of(self.db.execute(f"{sql}({','.join('?' * len(some))})", (d.id, *some)), d.ref,
                                     units, shared)  # fmt: skip
            return _in_anchor_order(made, self._unit_places(d, None, made))

    def reopener(self, generation: int) -> Callable[[], SQLStore | None] | None:
        """How a process forked from this one opens the store again: read-only, on a connection of
        its own (a connection is never used on both sides of a fork), every read seeing the store
        at ``generation``. The function returns that store (closed by the caller, or with the
        process), or None when the store has moved on since (a write raised its generation) or
        cannot be opened so. None here when another connection would not read what this one
        does (inside a transaction, its writes not yet committed), or the engine is not SQLite's."""
        if self.db.name != "sqlite" or self.db.in_transaction:
            return None
        import sqlite3

        from .sqlite import BUSY_TIMEOUT_MS, SQLiteEngine, read_only_connection

        path = self.db.path  # type: ignore[attr-defined]  # (SQLite's engine)
        places, data, actor = self._places, self._data, self.actor

        def reopen() -> SQLStore | None:
            try:
                raw = read_only_connection(path)
            except sqlite3.Error:
                return None
            try:
                raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                # its pages read where they lie: a worker reads a few articles' comments at a time,
                # row by row through an index, each row on a page of its own (read and copied
                # whole otherwise: a quarter of the time of a draft's comments read in sixteen parts)
                raw.execute(f"PRAGMA mmap_size = {READER_MMAP}")
                engine = SQLiteEngine(raw, path, read_only=True)
                engine.execute(engine.SNAPSHOT)  # (taken at the first read: the generation's)
                store = SQLStore(engine, actor)
                if store.generation() != generation:
                    raw.close()
                    return None
            except sqlite3.Error:
                raw.close()
                return None
            except BaseException:
                raw.close()
                raise
            store._places, store._data = places, data  # what this store had looked up already
            return store

        return reopen


class CommentsBeside:
    """A whole draft's comments being read by a forked worker (:meth:`SQLStore.comments_beside`).
    :meth:`comments` makes them as the worker hands them over; leaving the ``with`` block (or
    :meth:`close`) before the worker is done kills it. Either way it is reaped."""

    def __init__(self, store: SQLStore, d: StoredDraft, include_superseded: bool, worker: Beside, outbox: Outbox,
                 told: int) -> None:  # fmt: skip
        self._store, self._draft, self._superseded = store, d, include_superseded
        self._worker, self._outbox, self._told = worker, outbox, told

    def comments(self) -> list[Comment]:
        """The comments, as ``store.comments(draft, include_superseded=…)`` gives them: made here of
        the rows the worker reads, part by part, or read here when it sent not all (it failed, or died)."""
        try:
            made = self._handed_over()
        finally:
            self.close()
        if made is None:
            return self._store.comments(self._draft, include_superseded=self._superseded)
        return made

    def _handed_over(self) -> list[Comment] | None:
        import marshal

        made: list[Comment] = []
        units: dict[str, Anchor] = {}
        shared: dict[str | None, str] = {}
        ref = self._draft.ref
        at = 0  # the bytes of the parts read
        with many_objects():
            while True:
                sent = self._outbox.read(at)
                at += len(sent)
                place = 0
                while place < len(sent):
                    (size,) = _PART.unpack_from(sent, place)
                    part = marshal.loads(memoryview(sent)[place + _PART.size:place + _PART.size + size])
                    place += _PART.size + size
                    if isinstance(part, list):  # the last: the anchor order
                        if self._worker.result() is None:  # (it failed after all)
                            return None
                        return [made[n] for n in part]
                    rows, whole = part
                    by_id = {row[0]: row for row in whole}
                    made += _plain_comments_of(rows, ref, units, shared, lambda ids: [by_id[i] for i in ids])  # noqa: B023
                if not sent and not os.read(self._told, 4096):  # (waits for the next part; b"": the worker ended)
                    if not self._outbox.read(at):
                        return None

    def close(self) -> None:
        self._worker.__exit__()
        self._outbox.close()
        if self._told >= 0:
            os.close(self._told)
            self._told = -1

    def __enter__(self) -> CommentsBeside:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


#: The bytes of the store file a connection of :meth:`SQLStore.reopener` maps into memory, at most
#: (the engine's own limit, 2 GB by default, is lower still).
READER_MMAP = 1 << 40
#: Articles named in one statement of :meth:`SQLStore.article_comments`: SQLite takes 32,766
#: parameters at most (999 before 3.32), PostgreSQL 65,535.
_ARTICLES_IN_SQL = 500


class FirstImport:
    """A file's comments stored a part at a time (:meth:`SQLStore.first_import`): :meth:`add`
    each part in the file's order, then :meth:`finish` once. Each part is planned as
    :func:`~lawcomment.batch.plan_batch` plans the whole batch against a draft that holds no
    comment (:class:`~lawcomment.batch.FirstBatch`), its rows and comment.add events written at
    once; the import's own row and event are :meth:`SQLStore.add_comments`'s."""

    def __init__(self, store: SQLStore, d: StoredDraft, expected: int, file: str, sha256: str, kind: str,
                 member: str | None) -> None:  # fmt: skip
        from ..batch import FirstBatch  # (here: a command that only reads never plans one)

        db = store.db
        self._store, self._d, self._file, self._kind = store, d, file, kind
        self._stamp = now()
        self.import_id = int(db.execute("INSERT INTO imports (draft_id, file, sha256, kind, member, created) VALUES "
                                         "(?, ?, ?, ?, ?, ?) RETURNING id", (d.id, file, sha256, kind, member, self._stamp)
                                         ).fetchone()[0])  # fmt: skip
        first = int(db.execute("SELECT coalesce(max(id), 0) FROM comments").fetchone()[0]) + 1
        self._plan = FirstBatch(d.ref, first)
        self._members = {r[0] for r in db.execute("SELECT id FROM members")}
        self._eids = {r[0] for r in db.execute("SELECT eid FROM units WHERE draft_id = ?", (d.id,))}
        self.added: list[int] = []
        self._articles: dict[str | None, str | None] = {}
        self._head = '{"draft": ' + encode_basestring(d.ref) + ', "eid": '
        self._by_engine = db.json_string("eid") is not None
        self._rebuild = store._drop_comment_indexes(expected, first - 1)
        # the events logged until it is finished: written at once, stamped alike (SQLStore._batch_log)
        self._events = ExitStack()
        self._events.enter_context(store._batch_log())
        self.finished = False

    def add(self, items: Sequence[NewComment]) -> None:
        """Store the next part of the file's comments (checked, planned and written as
        :meth:`SQLStore.add_comments` does the whole batch)."""
        from ..batch import text_checked

        if self.finished:
            raise StoreError("the import is finished")
        store, d = self._store, self._d
        items = list(items)
        _refuse_unfit_comments([] if text_checked(items, d.ref) else items, self._file)
        unknown = sorted({c.member for c in items} - self._members)
        if unknown:
            raise StoreError(f"unknown member(s): {', '.join(unknown)} (add them with `lawcomment member add`)")
        bad = sorted({c.anchor.eid for c in items if c.anchor.eid is not None} - self._eids)
        if bad:
            raise StoreError(f"{d.ref} has no unit(s) {', '.join(bad)}")
        placed = self._plan.plan(items)
        if not placed:
            return
        rare = [a.quote != "" or a.prefix != "" or a.suffix != "" or a.offset is not None or c.source.author is not None
                or p.thread is not None or c.lang != "" for p in placed for c, a in ((p.item, p.item.anchor),)]  # fmt: skip
        self.added += [p.id for p in placed]
        text, q, head = _ENUM_TEXT.get, encode_basestring, self._head
        if not self._by_engine:
            for p in placed:
                c, a, s = p.item, p.item.anchor, p.item.source
                store._log_text("comment.add", f"comment:{p.id}",
                                f'{head}{"null" if a.eid is None else q(a.eid)}, "member": {q(c.member)}, "source": '
                                f'{q(text(s.kind) or str(s.kind))}, "file": {"null" if s.file is None else q(s.file)}}}')  # fmt: skip
        store._insert_placed(placed, rare, d.id, self.import_id, self._stamp, self._articles)
        if self._by_engine:
            store._log_added(head, placed[0].id, placed[-1].id)

    def finish(self) -> ImportReport:
        """The indexes made again, the import's counts and event: what was stored, as
        :meth:`SQLStore.add_comments` reports it."""
        if self.finished:
            raise StoreError("the import is finished")
        store, d = self._store, self._d
        for sql in self._rebuild:
            store.db.execute(sql)
        store.db.ids_given("comments")
        store.db.execute("UPDATE imports SET added = ?, duplicates = ?, superseded = ? WHERE id = ?",
                         (len(self.added), self._plan.duplicates, 0, self.import_id))  # fmt: skip
        store._log("import", f"import:{self.import_id}", {"draft": d.ref, "file": self._file, "kind": self._kind,
                                                           "added": len(self.added), "duplicates": self._plan.duplicates,
                                                           "superseded": 0})  # fmt: skip
        self._events.close()
        self.finished = True
        return ImportReport(tuple(self.added), self._plan.duplicates)

    def abandon(self, exc: BaseException) -> None:
        """Leave off, ``exc`` raised (its transaction is rolled back): the events not yet written are not."""
        self._events.__exit__(type(exc), exc, exc.__traceback__)


def _of_members(sql: str, draft_id: int, members: list[str]) -> tuple[str, tuple[Any, ...]]:
    """``sql`` narrowed to these members; with many, the caller filters (an engine takes only so
    many parameters in one statement: 32,766 in SQLite, 65,535 in PostgreSQL)."""
    if len(members) > _MEMBERS_IN_SQL:
        # the draft's rows in the table's order: SQLite would read them through an index, row by
        # row out of order (1.4 s instead of 0.1 s for a million comments)
        assert "WHERE draft_id = ?" in sql, sql
        return sql.replace("WHERE draft_id = ?", "WHERE +draft_id = ?", 1), (draft_id,)
    return f"{sql} AND member IN ({','.join('?' * len(members))})", (draft_id, *members)


def _login() -> str:
    """The login name, as ``getpass.getuser`` gives it (without importing getpass, which loads
    termios for its password prompt): the environment's, else the password database's."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if user := os.environ.get(name):
            return user
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, OSError):  # no passwd entry in some containers; no pwd on Windows
        return "unknown"
