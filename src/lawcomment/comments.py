"""The consultation's domain model: members, comments and their anchors (frozen dataclasses).

A comment is anchored at a unit eid (None: the whole document) plus an optional
W3C-style TextQuoteSelector: exact quote, prefix, suffix, and offset in the unit's body.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


def _json_text_function() -> Callable[[Any], str]:
    """``json.dumps(value, ensure_ascii=False)`` without building an encoder on every call.

    ``json.dumps`` makes a ``JSONEncoder`` and that its C encoder each time; this makes the C
    encoder once, with the very arguments ``JSONEncoder.iterencode`` gives it, so the text is the
    same byte for byte (stored fingerprints depend on it). Where that C encoder is missing or
    takes other arguments, or the probe below differs, it is the encoder's ``encode``, as slow as before.
    """
    plain = json.JSONEncoder(ensure_ascii=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return plain.encode
    try:  # no markers: the values are never circular (lists and dicts of strings, numbers, None)
        chunks = make(None, plain.default, json.encoder.encode_basestring, None, plain.key_separator,
                      plain.item_separator, False, False, True)  # fmt: skip

        def text(value: Any) -> str:
            return "".join(chunks(value, 0))

        probe: list[object] = ["é\u2028\"\\\n\x00\ud800", None, True, False, 12, -3, 1.5, {"k": [None, "值"]}]
        if text(probe) != json.dumps(probe, ensure_ascii=False):
            return plain.encode
    except (TypeError, ValueError):
        return plain.encode
    return text


_sha256: Callable[[bytes], Any] | None = None


def _load_sha256() -> Callable[[bytes], Any]:
    """hashlib.sha256, imported when a comment is first fingerprinted: loading OpenSSL takes a
    few milliseconds that the commands reading comments (list, merge, export) need not pay."""
    global _sha256
    import hashlib

    _sha256 = hashlib.sha256
    return _sha256


#: ``json.dumps(value, ensure_ascii=False)``, the same text, faster (for fingerprints and the store's log).
json_text = _json_text_function()


class Stance(StrEnum):
    """What a comment asks for. ``amend``/``insert`` carry proposed text, ``delete`` removes the unit."""

    AMEND = "amend"
    DELETE = "delete"
    INSERT = "insert"
    SUPPORT = "support"
    OPPOSE = "oppose"
    QUESTION = "question"
    COMMENT = "comment"  # a remark with no wording proposed


class Status(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"  # marked done in Word
    SUPERSEDED = "superseded"  # replaced by the same member's newer file; kept as history
    ORPHANED = "orphaned"  # carried to a new version whose text no longer has its anchor
    ADOPTED = "adopted"  # carried to a new version that already reads as proposed; proposes nothing more
    WITHDRAWN = "withdrawn"  # withdrawn by staff or the member, or its import undone; kept as history


#: Statuses whose comments take no part in merges and positions (kept as history).
INACTIVE = frozenset({Status.SUPERSEDED, Status.ORPHANED, Status.ADOPTED, Status.WITHDRAWN})

#: How the note ``comment edit --at`` gives a carried copy it moves where its changes are made ends: the
#: adoption report reads it (``review.adoption.placed_by_staff``).
STAFF_PLACED = "where staff placed it"


class Role(StrEnum):
    MEMBER = "member"
    STAFF = "staff"


class SourceKind(StrEnum):
    CLI = "cli"
    CSV = "csv"
    XLSX = "xlsx"  # an Excel workbook's rows (a sheet reader plugin's, lawcomment-xlsx), read as a CSV file's
    JSON = "json"
    FORM = "form"
    DOCX_COMMENT = "docx-comment"
    DOCX_REVISION = "docx-revision"
    WEB = "web"


def kind_read_as(kind: str) -> str:
    """The kind of a comment's source as a comment is known again by it (its fingerprint, the same
    row of the same file sent again): a workbook's rows as a CSV file's, as they were stored before
    they were named xlsx, so that a workbook imported then is the same file's rows still."""
    return "csv" if kind == "xlsx" else kind


@dataclass(frozen=True, slots=True)
class Member:
    """A member company (or a staff user) of the association."""

    id: str
    org: str = ""
    group: str = ""
    email: str = ""
    lang: str = "zh"
    role: Role = Role.MEMBER


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a comment points: a unit, and optionally a quote inside its body text.

    ``offset`` is the quote's start in the unit body (``Unit.body``), the label excluded;
    ``prefix``/``suffix`` are up to 32 characters around it, so the quote can be found
    again after the text around it changes.
    """

    eid: str | None
    quote: str = ""
    prefix: str = ""
    suffix: str = ""
    offset: int | None = None

    @property
    def article(self) -> str | None:
        """The article eid the anchor lies in (``art_12`` for ``art_12__para_2``)."""
        if self.eid is None:
            return None
        head = self.eid.split("__", 1)[0]
        return head if head.startswith("art_") else self.eid


@dataclass(frozen=True, slots=True)
class CommentSource:
    """Where a comment came from: cli, csv, xlsx, json, form, docx-comment, docx-revision or web."""

    kind: SourceKind
    file: str | None = None
    author: str | None = None
    position: str | None = None  # "row 12", "comment 3 (paragraph 40)", "table 1 row 4"


@dataclass(frozen=True, slots=True)
class NewComment:
    """A comment on its way into the store, before it has an id.

    ``key``/``reply_to`` link replies to their thread inside one batch (Word comment
    ids); the store turns them into ``thread`` ids.
    """

    member: str
    anchor: Anchor
    stance: Stance
    source: CommentSource
    body: str = ""
    proposed_text: str | None = None
    status: Status = Status.OPEN
    key: str | None = None
    reply_to: str | None = None
    created: str | None = None  # when the member wrote it (Word's w:date), if known
    lang: str = ""  # "en": written on the draft's English translation (anchored at the unit it renders)

    def fingerprint(self, draft: str, occurrence: int = 0) -> str:
        """Identity for de-duplication: same draft, anchor, member, author and words.

        ``occurrence`` counts identical comments earlier in the same file, so two equal
        Word comments in one file stay two comments, and re-importing the file adds none.
        """
        a = self.anchor
        kind = kind_read_as(str(self.source.kind))
        parts: list[object] = [draft, a.eid, a.quote, a.prefix, a.suffix, self.member, str(self.stance), self.body,
                 self.proposed_text, kind, self.source.author, self.reply_to is not None]  # fmt: skip
        if occurrence:
            parts.append(occurrence)
        if self.lang:  # the same words on the translation are another comment (and older fingerprints stay)
            parts.append(f"lang:{self.lang}")
        return (_sha256 or _load_sha256())(json_text(parts).encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Comment:
    """A stored comment. ``thread`` is the id of the comment it replies to (its thread root).

    ``origin`` is the comment of the previous version it was carried forward from; ``note``
    says how it was re-anchored, or why it is orphaned.
    """

    id: int
    draft: str
    member: str
    anchor: Anchor
    stance: Stance
    body: str
    proposed_text: str | None
    source: CommentSource
    status: Status
    created: str
    updated: str
    thread: int | None = None
    supersedes: int | None = None
    origin: int | None = None
    note: str = ""
    forwarded: bool = False  # staff forward this remark to the legislature (printed in the submission)
    lang: str = ""  # "en": written on the English translation; its proposal is a wording of that text


def fingerprints(items: Sequence[NewComment], draft: str) -> list[str]:
    """:meth:`NewComment.fingerprint` of each of ``items`` in ``draft`` (occurrence 0), the same
    text hashed, written field by field with json's own string encoder: a file's 100,000 comments
    without a list and an encoder call each (tests/test_comments.py holds it to the method)."""
    sha = _sha256 or _load_sha256()
    q = json.encoder.encode_basestring
    head = "[" + q(draft) + ", "
    out: list[str] = []
    for c in items:
        a, s = c.anchor, c.source
        try:
            text = (f'{head}{"null" if a.eid is None else q(a.eid)}, {q(a.quote)}, {q(a.prefix)}, {q(a.suffix)}, '
                    f'{q(c.member)}, {q(c.stance)}, {q(c.body)}, '
                    f'{"null" if c.proposed_text is None else q(c.proposed_text)}, '
                    f'{q(kind_read_as(s.kind))}, '
                    f'{"null" if s.author is None else q(s.author)}, {"false" if c.reply_to is None else "true"}'
                    f'{"" if not c.lang else ", " + q("lang:" + c.lang)}]')  # fmt: skip
        except TypeError:  # a field of another type than a comment's (json writes it its own way)
            out.append(c.fingerprint(draft))
            continue
        out.append(sha(text.encode()).hexdigest()[:32])
    return out


class Fingerprinter:
    """:func:`fingerprints` of one comment at a time in ``draft``, with the proposed text it is
    stored with (a file's rows, as each is read): what a file's comments share (a unit's anchor,
    a member, a stance, their source) written as JSON once each, only the reason and wording for
    each comment (tests/test_comments.py holds it to the method)."""

    def __init__(self, draft: str) -> None:
        self._draft = draft
        self._head = "[" + json.encoder.encode_basestring(draft) + ", "
        self._anchors: dict[str | None, str] = {}  # a whole unit's eid → its anchor's fields, and the draft's before
        self._members: dict[str, str] = {}
        self._stances: dict[str, str] = {}
        #: (kind, author, whether a reply, lang) → the fields after the wording
        self._tails: dict[tuple[str, str | None, bool, str], str] = {}

    def __call__(self, c: NewComment, proposed: str | None) -> str:
        """The fingerprint of ``c`` stored with ``proposed`` as its proposed text (occurrence 0)."""
        q = json.encoder.encode_basestring
        a, s = c.anchor, c.source
        try:
            if a.quote == "" and a.prefix == "" and a.suffix == "":
                anchor = self._anchors.get(a.eid)
                if anchor is None:
                    anchor = self._anchors[a.eid] = (f'{self._head}{"null" if a.eid is None else q(a.eid)}, "", "", '
                                                     '"", ')  # fmt: skip
            else:
                anchor = (f'{self._head}{"null" if a.eid is None else q(a.eid)}, {q(a.quote)}, {q(a.prefix)}, '
                          f"{q(a.suffix)}, ")  # fmt: skip
            member = self._members.get(c.member)
            if member is None:
                member = self._members[c.member] = q(c.member) + ", "
            stance = self._stances.get(c.stance)
            if stance is None:
                stance = self._stances[c.stance] = q(c.stance) + ", "
            key = (s.kind, s.author, c.reply_to is None, c.lang)
            tail = self._tails.get(key)
            if tail is None:
                tail = self._tails[key] = (f'{q(kind_read_as(s.kind))}, {"null" if s.author is None else q(s.author)}, '
                                           f'{"false" if c.reply_to is None else "true"}'
                                           f'{"" if not c.lang else ", " + q("lang:" + c.lang)}]')  # fmt: skip
            text = (f'{anchor}{member}{stance}{q(c.body)}, {"null" if proposed is None else q(proposed)}, '
                    f"{tail}")  # fmt: skip
        except TypeError:  # a field of another type than a comment's (json writes it its own way)
            return _with_proposed(c, proposed).fingerprint(self._draft)
        return (_sha256 or _load_sha256())(text.encode()).hexdigest()[:32]


def _with_proposed(c: NewComment, proposed: str | None) -> NewComment:
    from dataclasses import replace

    return c if proposed == c.proposed_text else replace(c, proposed_text=proposed)
