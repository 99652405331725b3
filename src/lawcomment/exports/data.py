"""The consultation as data: the versioned JSON document (``lawcomment.consultation/1``) and
the CSV tracking sheet (one row per comment; UTF-8 with BOM; formula injection neutralised).

Both are review formats: every change is there with its state and the deciding decision;
what the submission proposes (``text``, ``committee_position``) follows the view's
``include_unreviewed``.
"""

from __future__ import annotations

import csv
import io
import re
from enum import Enum
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from itertools import chain, islice
from operator import attrgetter
from typing import Any, BinaryIO

from ..comments import Comment, Member, Status
from ..drafts.anchors import law_citation
from ..drafts.serialize import comment_to_dict, draft_to_dict
from ..jsondoc import dump_bytes, loads
from ..records import Decision
from ..review.position import TRANSLATIONS, UnitPosition, answered
from .labels import LABELS, colon, headers, label
from .messages import localized, typeset
from .view import Consultation, Item, WrittenOn, apart_now, write_apart

CONSULTATION_SCHEMA = "lawcomment.consultation/1"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_CHARS = frozenset(_FORMULA_START)  # each one character
_ID = attrgetter("id")


def decision_to_dict(d: Decision) -> dict[str, Any]:
    return {"id": d.id, "eid": d.target, "action": d.action, "start": d.start, "end": d.end, "old": d.old,
            "new": d.new, "reason": d.reason, "actor": d.actor, "created": d.created,
            "revoked_at": d.revoked_at, "revoked_by": d.revoked_by, "subject": d.subject or None,
            "origin": d.origin}  # fmt: skip


def item_to_dict(view: Consultation, item: Item) -> dict[str, Any]:
    near = view.near_groups(item)
    decided = view.group_decisions(item) if near else {}
    unreviewed = item.unreviewed  # (the item's are its position's: worked out once for both)
    return {"eid": item.eid, "citation": item.citation, "status": str(item.status), "changed": item.changed,
            "path": [u.eid for u in item.path], "groups": list(view.groups_of(item)),
            "supporters": list(item.supporters),
            "reasons": [{"member": m or None, "text": t} for m, t in item.reasons],
            "comments": list(map(_ID, item.comments)), "position": _position_dict(item.position, unreviewed),
            "text": item.text,
            "new_units": [{"id": u.insertion.id, "label": u.label, "eid": u.eid or None, "text": u.text}
                          for u in item.new_units],
            "unreviewed": list(unreviewed), "stale": list(item.stale),
            "translation_open": list(item.translation_open),
            "committee_reason": item.committee_reason, "reason_in_submission": bool(item.submitted_reason.strip()),
            "forwarded": [c.id for c in item.forwarded],
            "in_submission": item.in_submission, "translation": _translated(view, item),
            "near_duplicates": [{**g.to_dict(), "decisions": list(decided.get(g.id, ()))}
                                for g in near]}  # fmt: skip


def _position_dict(p: UnitPosition, unreviewed: tuple[str, ...] | None = None) -> dict[str, Any]:
    """:meth:`UnitPosition.to_dict` as the JSON document writes it: the same keys and values in
    the same order, but one dict per change and per conflict, not each record's own ``to_dict``
    merged into another (two dicts, the first thrown away), and its tuples as they are (orjson
    and the standard library write a tuple as they write a list: 146,000 lists copied for
    nothing at NPC scale). ``unreviewed``: the position's, when the caller has it."""
    final = p.final
    resolved = final is not None
    changes = []
    for s in p.changes:
        c = s.change
        changes.append({"id": c.id, "start": c.start, "end": c.end, "old": c.old, "new": c.new,
                        "supporters": c.supporters, "proposals": c.proposals, "state": s.state,
                        "decision": s.decision})  # fmt: skip
    conflicts = []
    open_ = 0
    for x in p.conflicts:
        k = x.conflict
        chosen = x.chosen
        if chosen is None:
            open_ += 1
        conflicts.append({"id": k.id, "start": k.start, "end": k.end, "old": k.old,
                          "alternatives": [{"number": a.number, "text": a.text, "supporters": a.supporters,
                                            "proposals": a.proposals, "combines": a.combines} if a.combines else
                                           {"number": a.number, "text": a.text, "supporters": a.supporters,
                                            "proposals": a.proposals} for a in k.alternatives],
                          "resolved": chosen is not None or resolved, "chosen": chosen, "decision": x.decision,
                          "stale": x.stale or None, "draft_supporters": x.draft_supporters,
                          "draft_comments": x.draft_comments})  # fmt: skip
    m = p.merge
    return {
        "eid": p.eid, "citation": p.citation, "base": p.base, "merged": m.text, "position": p.text,
        "proposals": [{"id": q.id, "supporters": q.supporters, "text": q.text} for q in m.proposals],
        "changes": changes, "conflicts": conflicts,
        "final": None if final is None else {"decision": final.id, "text": final.new},
        "unresolved": 0 if resolved else open_, "counts": p.counts,
        "insertions": [{"id": i.id, "after": i.after, "text": i.text, "supporters": i.supporters,
                        "comments": i.comments, "state": i.state, "decision": i.decision} for i in p.insertions],
        "groups": [{"proposals": g.proposals, "text": g.text, "variants": g.variants} for g in m.groups],
        "unreviewed": p.unreviewed if unreviewed is None else unreviewed, "submitted": p.submitted_text,
        "stale": p.stale, "warnings": p.warnings,
    }  # fmt: skip


def _translated(view: Consultation, item: Item) -> dict[str, Any] | None:
    """The translation's side of a position (None without a translation): its citation and
    text there, and every wording of it: the committee's, then the members'
    (``Consultation.translated``)."""
    side = view.translated(item, every=True)
    if side is None:
        return None
    return {"lang": side.lang, "citation": side.citation, "heading": side.heading, "text": side.text,
            "paired": side.paired,
            "wordings": [{"comment": w.comment, "member": w.supporters[0] if w.comment is not None else None,
                          "decision": w.decision, "supporters": list(w.supporters),
                          "citation": w.citation, "base": w.base, "text": w.text} for w in side.wordings],
            "stale": list(side.stale)}  # fmt: skip


def translation_to_dict(view: Consultation) -> dict[str, Any] | None:
    """The draft's working translation as the JSON document gives it: its language, title,
    file and, by the draft's eid, how it renders each paired unit."""
    tr = view.translation
    if tr is None:
        return None
    return {"lang": tr.lang, "title": tr.title, "source_file": tr.source_file,
            "units": {eid: {"eids": list(r.eids), "label": r.label, "heading": r.heading, "text": r.text,
                            "exact": r.exact} for eid, r in tr.units.items()}}  # fmt: skip


class Listed:
    """A list of the document written (or gathered) as it comes: ``each`` of the elements of
    ``source`` in turn, made when asked, so the whole list never has to be in memory as Python
    objects; a writer serialises ``batch`` of them at a time."""

    __slots__ = ("batch", "each", "serialised", "source")

    def __init__(self, source: Sequence[Any], each: Callable[[Any], Any], batch: int = 500,
                 serialised: Callable[[Sequence[Any]], bytes] | None = None) -> None:  # fmt: skip
        self.source, self.each, self.batch = source, each, batch
        #: what the writer makes of a batch, when not :func:`_elements` of ``each`` of its elements (the same bytes)
        self.serialised = serialised

    @property
    def values(self) -> Iterator[Any]:
        return map(self.each, self.source)


def _member_dict(m: Member) -> dict[str, Any]:
    return {"id": m.id, "org": m.org, "group": m.group, "lang": m.lang, "role": str(m.role)}


def consultation_fields(view: Consultation) -> Iterator[tuple[str, Any]]:
    """The ``export --format json`` document's members in order, its long lists (members,
    comments, positions, decisions) as :class:`Listed`."""
    items = view.items
    yield "schema", CONSULTATION_SCHEMA
    yield "draft_ref", view.ref
    yield "title", view.title
    yield "exported", view.created
    yield "include_unreviewed", view.include_unreviewed
    yield "draft", draft_to_dict(view.draft)
    yield "members", Listed(list(view.members.values()), _member_dict)
    if view.written_on:  # an orphan's unit of the reading it was written on, and its quote there: "written_on"
        yield "comments", Listed(view.comments, partial(_comment_written, view.written_on),
                                 serialised=partial(_comment_elements, written=view.written_on))  # fmt: skip
    else:
        yield "comments", Listed(view.comments, comment_to_dict, serialised=_comment_elements)
    yield "positions", Listed(items, partial(item_to_dict, view), 20)  # each holds its article's proposals
    yield "general_remarks", [c.id for c in view.general_remarks]  # forwarded, on no article: with the general opinion
    yield "decisions", Listed(view.decisions, decision_to_dict)
    adoption = None
    if view.adoption_refs is not None:  # (the judge's module imported here: a draft of one reading has no adoption)
        from ..review.adoption import adoption_dict

        adoption = adoption_dict(*view.adoption_refs, list(view.adoption), dict(view.members))
    yield "adoption", adoption
    yield "summary", {"comments": len(view.comments), "units": len(items),
                      "changed": sum(1 for i in items if i.changed),
                      "changes": sum(len(i.position.changes) for i in items),
                      "conflicts": sum(len(i.position.conflicts) for i in items),
                      "unresolved": sum(len(i.position.unresolved) for i in items),
                      "unreviewed": sum(len(i.unreviewed) + len(i.translation_open) for i in items),
                      "stale": len(view.stale), "decisions": len(view.decisions)}  # fmt: skip
    yield "translation", translation_to_dict(view)


def consultation_dict(view: Consultation) -> dict[str, Any]:
    """The ``export --format json`` document."""
    return {k: list(v.values) if isinstance(v, Listed) else v for k, v in consultation_fields(view)}


def write_consultation_json(view: Consultation, write: Callable[[bytes], object], batch: int | None = None, *,
                            into: BinaryIO | None = None) -> None:  # fmt: skip
    """The ``export --format json`` document, written piece by piece: the same bytes as
    :func:`lawcomment.jsondoc.dump_bytes` of :func:`consultation_dict`, without ever holding
    the whole document, as Python objects or as JSON, in memory.

    Each member, and each batch of elements of a long list (:attr:`Listed.batch`, or
    ``batch``), is serialised on its own and indented to its depth: JSON strings hold no raw
    newline, so every newline of a piece is one of its lines. With workers (``view.workers``,
    :func:`~lawcomment.exports.view.apart_now`) the pieces are made by them, each position
    apart with the near-duplicate groups it shows when the view has none yet
    (:func:`~lawcomment.exports.view.write_apart`; given ``into``, the file ``write`` writes
    to, they leave them in files copied into it): a batch of elements is the same bytes made
    whole or element by element."""
    if apart_now(view, len(view.items) + len(view.comments) // 500):  # (about as many pieces)
        jobs = list(_json_pieces(view, batch, apart=True))
        write_apart(view, jobs, _made, write, weight=_weighed, unit=_shown, into=into)
        return
    for make, _, _ in _json_pieces(view, batch):
        write(make())


def _made(piece: tuple[Callable[[], bytes], int, str | None]) -> bytes:
    return piece[0]()


def _weighed(piece: tuple[Callable[[], bytes], int, str | None]) -> int:
    return piece[1]


def _shown(piece: tuple[Callable[[], bytes], int, str | None]) -> str | None:
    return piece[2]


#: About what one element of each long list costs to make, in :func:`write_apart`'s weights (a
#: comment's dict: one); a position, besides, one per comment on it (its groups, its members' groups).
_ELEMENT_WEIGHT = {"members": 0.2, "comments": 1.0, "positions": 10.0, "decisions": 1.0}


def _json_pieces(view: Consultation, batch: int | None = None, *,
                 apart: bool = False) -> Iterator[tuple[Callable[[], bytes], int, str | None]]:  # fmt: skip
    """The JSON document's pieces, in order, each what makes its bytes, about what it costs (in
    :func:`write_apart`'s weights) and the unit whose near-duplicate groups it shows (or None):
    the members of its object, each batch of the elements of a long list. ``apart`` (for
    workers): each position a piece of its own, showing its unit's groups."""
    head = b"{\n"
    for key, value in consultation_fields(view):
        head += b"  " + dump_bytes(key)[:-1] + b": "
        if not isinstance(value, Listed):
            yield _const(head + dump_bytes(value)[:-1].replace(b"\n", b"\n  ")), 1, None
            head = b",\n"
            continue
        source, each, serialised = value.source, value.each, value.serialised
        if not source:
            yield _const(head + b"[]"), 1, None
            head = b",\n"
            continue
        size = 1 if apart and key == "positions" else batch or value.batch
        cost = _ELEMENT_WEIGHT.get(key, 1.0)
        for start in range(0, len(source), size):
            # apart: a batch (a megabyte) is not copied again
            yield _const(head + b"[\n" if start == 0 else b",\n"), 1, None
            part = source[start:start + size]
            if size == 1 and key == "positions":
                item = part[0]
                yield partial(_batch, each, part), int(cost) + len(item.comments), item.eid
            else:
                made = partial(serialised, part) if serialised is not None else partial(_batch, each, part)
                yield made, max(1, int(cost * len(part))), None
        yield _const(b"\n  ]"), 1, None
        head = b",\n"
    yield _const((b"" if head == b",\n" else head) + b"\n}\n"), 1, None


def _const(data: bytes) -> Callable[[], bytes]:
    return partial(bytes, data)


def _batch(each: Callable[[Any], Any], part: Sequence[Any]) -> bytes:
    return _elements([each(x) for x in part])


#: A plain anchor's selector (no quote, nor text around it, nor offset): one dict for all of them.
_NO_SELECTOR: dict[str, Any] = {"exact": "", "prefix": "", "suffix": "", "offset": None}


def _comment_written(written: Mapping[int, WrittenOn], c: Comment) -> dict[str, Any]:
    d = comment_to_dict(c)
    if (w := written.get(c.id)) is not None:
        d["written_on"] = w.to_dict()
    return d


def _comment_elements(part: Sequence[Comment], written: Mapping[int, WrittenOn] | None = None) -> bytes:
    """:func:`_elements` of :func:`comment_to_dict` of each of ``part``: the same bytes, with two
    dicts made per comment instead of three (a hundred thousand) and no ``str`` of its enums (orjson
    writes an enum as its value, ``str`` of a StrEnum): one selector dict serves every plain anchor.
    (orjson writes a dataclass, the source, as its dict too, but slower than it writes a dict.)"""
    import orjson

    empty = _NO_SELECTOR
    out: list[dict[str, Any]] = []
    add = out.append
    for c in part:
        a, s = c.anchor, c.source
        quote = a.quote
        selector = {"exact": quote, "prefix": a.prefix, "suffix": a.suffix, "offset": a.offset} \
            if quote or a.prefix or a.suffix or a.offset is not None else empty  # fmt: skip
        d = {"id": c.id, "draft": c.draft, "eid": a.eid, "member": c.member, "stance": c.stance, "quote": quote,
             "proposed_text": c.proposed_text, "body": c.body,
             "source": {"kind": s.kind, "file": s.file, "author": s.author, "position": s.position}, "status": c.status,
             "created": c.created, "thread": c.thread, "selector": selector, "updated": c.updated,
             "supersedes": c.supersedes, "origin": c.origin, "note": c.note, "forwarded": c.forwarded}  # fmt: skip
        if c.lang:
            d["lang"] = c.lang
        if written and (w := written.get(c.id)) is not None:
            d["written_on"] = w.to_dict()
        add(d)
    try:
        return orjson.dumps([out], option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)[6:-6]
    except orjson.JSONEncodeError:  # (what orjson refuses: the dicts comment_to_dict makes, as _elements writes them)
        return _batch(partial(_comment_written, written) if written else comment_to_dict, part)


def _elements(chunk: list[Any]) -> bytes:
    """The elements of ``chunk``, a piece of a list of the document's object, as
    :func:`lawcomment.jsondoc.dump_bytes` of the whole document indents them: two levels deep,
    one per line (``    a,\n    b``). Serialised inside a list, they come out that deep (as the
    document's lines, every newline of a piece being one of its lines: JSON strings hold none)."""
    import orjson

    try:
        # "[\n  [\n    a,\n    b\n  ]\n]" -> "    a,\n    b"
        return orjson.dumps([chunk], option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)[6:-6]
    except orjson.JSONEncodeError:  # (what orjson refuses: as dump_bytes writes it, indented two deeper)
        return b"  " + dump_bytes(chunk)[2:-3].replace(b"\n", b"\n  ")


def safe_cell(value: object) -> str:
    """A spreadsheet cell that cannot run as a formula: ``=1+1`` becomes ``'=1+1``."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


TRACKING_COLUMNS = ("comment", "citation", "eid", "member", "organisation", "working_group", "stance", "status",
                    "quote", "proposed_text", "reason", "source", "file", "created", "article_status",
                    "committee_position", "review", "article_unreviewed", "lang", "note")  # fmt: skip


_REVIEW_TEXT: dict[str, dict[str, str]] = {
    "zh": {"decision": "（决定#{n}）", "final": "被委员会最终措辞取代", "forwarded": "已列入提交稿", "final_taken": "已纳入委员会最终措辞", "unresolved": "尚未解决",
           "chosen": "选定方案{n}", "not_chosen": "未选方案{n}", "stale": "（决定需复核）",
           "final_wording": "委员会最终措辞", "sep": "；", "orphaned": "已失效", "document": "（全文）",
           "deleted": "（条文已删除）",
           "decided": "委员会已决定", "partly_decided": "部分已决定", "translation": "委员会{lang}措辞",
           "adopted": "委员会已采纳", "declined": "委员会未采纳"},
    "en": {"decision": " (decision #{n})", "final": "superseded by the final wording", "forwarded": "in the submission",
           "final_taken": "taken into the final wording", "unresolved": "unresolved",
           "chosen": "alternative {n} chosen", "not_chosen": "alternative {n} not chosen", "stale": " (stale)",
           "final_wording": "final wording", "sep": "; ", "orphaned": "orphaned", "document": "(document)",
           "deleted": "(article deleted)",
           "decided": "decided by the committee", "partly_decided": "partly decided",
           "adopted": "adopted by the committee", "declined": "declined by the committee",
           "translation": "the committee's {lang} wording"},
}  # fmt: skip


#: A translation's language as each language names it (委员会英文措辞, the committee's English wording).
_LANGUAGE = {"zh": {"en": "英文", "zh": "中文"}, "en": {"en": "English", "zh": "Chinese"}}


def forwarded_label(lang: str = "zh") -> str:
    """How an open remark staff forwarded is said: 已列入提交稿 / in the submission."""
    return _REVIEW_TEXT[lang]["forwarded"]


def _decided(decision: int | None, lang: str = "zh") -> str:
    return _REVIEW_TEXT[lang]["decision"].format(n=decision) if decision else ""


def review_status(item: Item) -> str:
    """The article's status as a reviewer reads it: the item's status (conflict, amended,
    commented, unchanged), except that an article whose proposals are not decided yet (or
    whose members' wordings of the translation the committee has not answered) is
    ``pending`` and one whose proposals were all turned down is ``declined``, not
    "comments only"; an amended one the submission deletes whole is ``deleted`` (a trial's
    tracking sheet said 建议修改 of an article the committee asked deleted, its wording
    column empty). Labels: ``label(status, lang, "article")``."""
    status = str(item.status)
    if status == "amended" and item.deleted:
        return "deleted"
    if status != "commented":
        return status
    pos = item.position
    if item.unreviewed or item.translation_open:
        return "pending"
    if pos.changes or pos.conflicts or pos.insertions or pos.final is not None:
        return "declined"
    return status


def where(view: Consultation, c: Comment, lang: str = "zh", *, reason: bool = True) -> str:
    """Where a comment stands in the law: its citation; ``已失效：reason`` / ``orphaned: reason``
    for an orphan (carried to a version that lost its words; the reason names the articles);
    the note of one whose article the new version deleted as it proposed (``已采纳：新版本已按建议删除第九条``);
    ``（全文）`` / ``(document)`` for a comment on the whole document. An orphan still on a unit is cited
    by its unit of the reading it was written on (``已失效：第一稿（v1）的第三十六条；reason``, with ``reason``
    only; :attr:`Consultation.written_on`), in the draft's language as every unit here is. Without ``reason`` (a
    sheet's column, sorted and filtered: the note and the status have columns of their own), an orphan is that
    citation alone, or ``已失效`` / ``orphaned`` where it is on no unit, and one on an article deleted as proposed
    ``（条文已删除）`` / ``(article deleted)``."""
    t = _REVIEW_TEXT[lang]
    if c.status is Status.ORPHANED and (written := view.written_on.get(c.id)) is not None:
        # by its unit of the reading it was written on, never the new reading's unit here, whose words are
        # not its member's: ``已失效：第一稿（v1）的第三十六条；reason``
        cited = written.cited(view.lang)
        if not reason:
            return cited
        return t["orphaned"] + colon(lang) + cited + (t["sep"] + typeset(localized(c.note.lstrip("; "), lang), view.lang) if c.note else "")
    if c.status is Status.ORPHANED and (c.note or not c.anchor.eid):  # the reason names the articles
        return t["orphaned"] + (colon(lang) + typeset(localized(c.note.lstrip("; "), lang), view.lang) if c.note and reason else "")
    if c.status is Status.ADOPTED and not c.anchor.eid and c.note:  # an article the new version deleted as proposed
        return typeset(localized(c.note, lang), view.lang) if reason else t["deleted"]
    return law_citation(view.draft, c.anchor.eid, view.lang) if c.anchor.eid else t["document"]


def review_state(item: Item, comment_id: int, lang: str = "zh") -> str:
    """What staff made of one comment's proposal: each change, conflict alternative or new
    unit it gave, with its state and decision (``c1 accepted (decision #3); x1 unresolved``;
    in Chinese ``c1 采纳（决定#3）；x1 尚未解决``)."""
    return _REVIEW_TEXT[lang]["sep"].join(review_states(item, lang).get(f"#{comment_id}", ()))


def review_states(item: Item, lang: str = "zh") -> dict[str, list[str]]:
    """:func:`review_state` of every comment of ``item`` at once, by ``#id``: the pieces of
    each comment's state (in the order review_state joins them); a comment that gave nothing
    has none. One pass over the position, however many comments it has."""
    return {key: [text for text, _ in pieces] for key, pieces in review_pieces(item.position, lang).items()}


def review_pieces(pos: UnitPosition, lang: str = "zh", *, comments: Iterable[Comment] = (),
                  decisions: Iterable[Decision] = ()) -> dict[str, list[tuple[str, bool]]]:  # fmt: skip
    """:func:`review_states` of a merged position, each piece with whether a decision of staff
    settled it (none is while a decision on the article is to be reviewed again: its premises
    changed); by ``#id`` of the comment that gave it.

    The merge lists a wording of the translation (an English comment) without merging it; given
    the unit's ``comments`` and ``decisions``, the committee's wording of the translation in force
    (``decide --text-en``, ``--text-en-from``) settles each such wording it answered, as long as
    the comment still reads as it did then (or is the copy, carried to this reading, of one it answered).
    :func:`may_settle` says beforehand whether any piece can be settled: the two change together."""
    t = _REVIEW_TEXT[lang]
    out: dict[str, list[tuple[str, bool]]] = {}
    for d in decisions:
        if d.action != "text" or d.subject not in TRANSLATIONS or d.revoked_at is not None:
            continue
        seen = _answered(d)
        for wording in comments:
            # (or the wording it was carried from, which a decision carried from the last reading answered: a web
            # trial's member could edit, at the next reading, the English wording the committee had taken)
            if wording.lang == d.subject and answered(seen, wording):
                said = t["translation"].format(lang=_LANGUAGE[lang][d.subject])
                out.setdefault(f"#{wording.id}", []).append((said + _decided(d.id, lang), True))
    final, fresh = pos.final is not None, not pos.stale

    def add(proposals: tuple[str, ...], text: str, decided: object = None) -> None:
        for key in {part for p in proposals for part in p.split("+")}:  # each proposal id is #1 or #1+#2…
            out.setdefault(key, []).append((text, fresh and (final or bool(decided))))

    # under a final wording, as the review page says: taken over by it, or taken into it in the change's own words
    taken = pos.taken_into_final()
    for c in pos.changes:
        ch = c.change
        # (a change staff turned down before writing their wording, which it does not make, stays turned down)
        state = label(c.state, lang, "change") if pos.final is None or (
            c.state == "rejected" and (ch.start, ch.end, ch.new) not in taken) else \
            t["final_taken"] if (ch.start, ch.end, ch.new) in taken else t["final"]  # fmt: skip
        add(c.change.proposals, f"{c.change.id} {state}{_decided(c.decision, lang)}", c.decision)
    for x in pos.conflicts:
        # (each member's own wording, once: one a combination chosen puts in with others is chosen with it)
        together = x.conflict.alternatives[x.chosen - 1].combines if x.chosen else ()
        for a in x.conflict.proposed:
            if pos.final is not None:  # (an alternative the wording makes in its very words is taken into it)
                state = t["final_taken"] if (x.conflict.start, x.conflict.end, a.text) in taken else t["final"]
            elif x.chosen is None:
                state = t["unresolved"]
            elif x.chosen == a.number or a.number in together:
                state = t["chosen"].format(n=x.chosen)
            else:
                state = t["not_chosen"].format(n=a.number)
            add(a.proposals, f"{x.conflict.id} {state}{_decided(x.decision, lang)}" + (t["stale"] if x.stale else ""),
                x.decision)  # fmt: skip
    for ins in pos.insertions:
        add(tuple(dict.fromkeys(f"#{c}" for c in ins.comments)),
            f"{ins.id} {label(ins.state, lang, 'change')}{_decided(ins.decision, lang)}", ins.decision)  # fmt: skip
    if pos.final is not None:
        add(tuple(p.id for p in pos.merge.proposals), f"{t['final_wording']}{_decided(pos.final.id, lang)}")
    return out


def may_settle(pos: UnitPosition, decisions: list[Decision]) -> bool:
    """False when no piece :func:`review_pieces` gives of ``pos`` (with the unit's ``decisions``)
    can be settled, as it settles them: no committee wording of the translation in force, and the
    position stale (its decisions to review again), or neither a final wording nor any change,
    conflict or new unit decided (the review page works no pieces out for such a unit; a test in
    tests/test_exports.py holds the two to each other)."""
    if any(d.action == "text" and d.subject in TRANSLATIONS and d.revoked_at is None for d in decisions):
        return True
    if pos.stale:
        return False
    return pos.final is not None or any(c.decision for c in pos.changes) or any(x.decision for x in pos.conflicts) \
        or any(i.decision for i in pos.insertions)  # fmt: skip


def _translation_decisions(view: Consultation) -> dict[str, list[Decision]]:
    """The committee's wordings of the translation in force, by the unit they word."""
    out: dict[str, list[Decision]] = {}
    for d in view.decisions:
        if d.action == "text" and d.subject in TRANSLATIONS and d.revoked_at is None:
            out.setdefault(d.target, []).append(d)
    return out


def _answered(d: Decision) -> dict[int, str]:
    """The wordings of the translation a committee's wording of it answered (its premise: each
    comment's id and words then); none for a premise written otherwise."""
    try:
        found = loads(d.premise or "{}").get("wordings", [])
        return {int(cid): str(text) for cid, text in found}
    except (ValueError, TypeError, AttributeError):
        return {}


def decided_label(pieces: list[tuple[str, bool]], lang: str) -> str | None:
    """What the tracking sheet says of an open comment whose proposal staff decided on, in place
    of 待处理 / open: 委员会已采纳 / adopted when every piece of it is settled and taken, 委员会未采纳 /
    declined when every one is turned down, 委员会已决定 otherwise, 部分已决定 when some are settled;
    None when none is (it is still to be dealt with)."""
    settled = sum(1 for _, done in pieces if done)
    if not settled:
        return None
    if settled < len(pieces):
        return _REVIEW_TEXT[lang]["partly_decided"]
    # a wording the committee turned down read 委员会已决定 as one it took did (a bilingual trial's member page)
    fates = {f for text, _ in pieces if (f := _fate(text, lang)) != "neutral"}
    fate = fates.pop() if len(fates) == 1 else None
    return _REVIEW_TEXT[lang][fate or "decided"]


def _fate(piece: str, lang: str) -> str | None:
    """Whether a settled piece of :func:`review_pieces` is taken (``adopted``: accepted, chosen, taken into
    the final wording, the committee's wording of the translation) or turned down (``declined``:
    rejected, not chosen); ``neutral`` for the final wording every proposal is under, None for
    another (superseded by the committee's own wording)."""
    t = _REVIEW_TEXT[lang]
    if piece.startswith(t["final_wording"]):
        return "neutral"
    if piece.startswith(t["translation"].split("{")[0]):
        return "adopted"
    state = piece.split(" ", 1)[1] if " " in piece else ""

    def named(template: str) -> bool:
        return re.match(re.escape(template).replace(re.escape("{n}"), r"\d+"), state) is not None

    if state.startswith(label("rejected", lang, "change")) or named(t["not_chosen"]):
        return "declined"
    if state.startswith((label("accepted", lang, "change"), t["final_taken"])) or named(t["chosen"]):
        return "adopted"
    return None


def tracking_rows(view: Consultation, lang: str = "zh") -> list[list[str]]:
    """One row per comment, in law order, with its article's status and committee position,
    the state of what its proposal gave (``review``) and its article's undecided changes.

    Stances, statuses, sources and states are labels in ``lang`` (:func:`label`). Comments
    on no unit (the whole document) and orphaned comments come last; an orphan whose anchor
    the new text lost says so where the citation goes (已失效), and why in the last column, ``note``
    (说明), with every carried comment's note.
    """
    return list(_tracking_rows(view, lang))


def _tracking_rows(view: Consultation, lang: str, safe: bool = False, quoted: bool = False) -> Iterator[list[str]]:
    """:func:`tracking_rows` one at a time; with ``safe``, each cell as :func:`safe_cell` makes it;
    with ``quoted`` too, each safe cell as the CSV writes it (:func:`csv_field`)."""
    sheet = _Sheet(view, lang, safe, quoted)
    for item in view.items:
        yield from sheet.item_rows(item)
    yield from sheet.other_rows(sheet.on_items())


def _same(text: str) -> str:
    return text


#: What makes the CSV writer quote a cell (the default dialect: comma, double quote, CRLF line ends).
_QUOTES = re.compile('[,"\r\n]').search


def csv_field(text: str) -> str:
    """A text cell as Python's CSV writer (the default dialect, minimal quoting) writes it in a
    row of several: as it is, or in double quotes, its own doubled, when it holds a comma, a
    double quote or a line break."""
    return '"' + text.replace('"', '""') + '"' if _QUOTES(text) else text


def _quoted_safe(text: str) -> str:
    """:func:`csv_field` of :func:`_safe_text`."""
    return csv_field(_safe_text(text))


def _safe_text(text: str) -> str:
    """:func:`safe_cell` of a string."""
    return "'" + text if text and text[0] in _FORMULA_CHARS else text


class _Sheet:
    """What the tracking sheet's rows share, made once: each article's cells, each member's,
    each label and citation (with ``safe``, each already made safe: only a comment's own words
    are checked row by row)."""

    def __init__(self, view: Consultation, lang: str, safe: bool, quoted: bool = False) -> None:
        self.view, self.lang, self.safe, self.quoted = view, lang, safe or quoted, quoted
        self.cell: Callable[[str], str] = _quoted_safe if quoted else _safe_text if safe else _same
        self.sep = _REVIEW_TEXT[lang]["sep"]
        self.translated = _translation_decisions(view)
        self.cited: dict[str, str] = {}  # eid -> citation: many comments share an article
        self.labels: dict[tuple[type, object], str] = {}  # (enum class, value) -> label
        #: the stances', statuses' and source kinds' labels, each by its enum member
        self.column_labels: tuple[dict[object, str], dict[object, str], dict[object, str]] = ({}, {}, {})
        self.decided: dict[str | None, str] = {}  # decided_label's -> the cell
        self.people: dict[str, tuple[str, str, str]] = {}  # member id -> its id, organisation and group cells
        self.eids: dict[str | None, str] = {}
        # a comment's file, time stamp and language -> its cell: most comments share them
        self.files: dict[str | None, str] = {}
        self.stamps: dict[str, str] = {}
        self.tongues: dict[str, str] = {}
        self.notes: dict[str, str] = {"": ""}

    def on_items(self) -> set[int]:
        return set(map(_ID, chain.from_iterable(item.comments for item in self.view.items)))

    def item_rows(self, item: Item) -> Iterator[list[str]]:
        view, lang, cell = self.view, self.lang, self.cell
        article = [cell(label(review_status(item), lang, "article")), cell(item.text if item.changed else ""),
                   cell(", ".join([*item.unreviewed, *(f"#{n}" for n in item.translation_open)]))]  # fmt: skip
        states = review_pieces(item.position, lang, comments=item.comments,
                               decisions=self.translated.get(item.eid, ()))  # fmt: skip
        return self.rows(item.comments, article, states)

    def other_rows(self, seen: set[int] | frozenset[int]) -> Iterator[list[str]]:
        """The rows of the comments on no item (not in ``seen``): on the whole document, orphaned."""
        if seen.issuperset(map(_ID, self.view.comments)):  # (most often: every comment is on an item)
            return iter(())
        return self.rows((c for c in self.view.comments if c.id not in seen), ["", "", ""], None)

    def labelled(self, column: dict[object, str], value: object) -> str:
        """:meth:`named` of a stance, status or source kind, kept in its column's labels (only a
        member of an enum: a stored value of another type is named anew each time, as it was)."""
        found = self.named(value)
        if isinstance(value, Enum):
            column[value] = found
        return found

    def named(self, value: object) -> str:
        key = (type(value), value)
        found = self.labels.get(key)
        if found is None:
            found = self.labels[key] = self.cell(label(value, self.lang))
        return found

    def place(self, c: Comment) -> str:
        eid = c.anchor.eid
        # (全文), 已失效, （条文已删除）: the why in 说明; an orphan by its unit of the reading it was written on,
        # the new reading's unit here having other words (a trial's sheet read 第五十一条 for a wording of the
        # old 第三十六条, the new words as 原文)
        if not eid or (c.status is Status.ORPHANED and c.id in self.view.written_on):
            return self.cell(where(self.view, c, self.lang, reason=False))
        found = self.cited.get(eid)
        if found is None:
            # an orphan still on an article is listed under it (状态 says 已失效, 说明 why): a trial's sheet,
            # sorted by article, lost the comments carry-forward could not place in its new words
            found = self.cited[eid] = self.cell(law_citation(self.view.draft, eid, self.view.lang))
        return found

    def noted(self, note: str) -> str:
        """The cell of a comment's note (where carry-forward took it, what it asks staff to check), in the sheet's
        language: a trial's tracking sheet had an orphan's whole note in 条款, and no sorting by article."""
        found = self.notes.get(note)
        if found is None:
            found = self.notes[note] = self.cell(typeset(localized(note.lstrip("; "), self.lang), self.view.lang))
        return found

    def rows(self, comments: Iterable[Comment], article: list[str],
             states: dict[str, list[tuple[str, bool]]] | None) -> Iterator[list[str]]:  # fmt: skip
        """One row per comment, each with its article's ``article`` cells and the state of what its
        proposal gave (``states``, by ``#id``). Made comment after comment without a call per cell:
        a hundred thousand rows."""
        people, eids, cited, named = self.people, self.eids, self.cited, self.named
        # each label by its value alone, a dict per column (not by (type, value): a tuple and a type() per cell)
        stances, statuses, kinds = self.column_labels
        files, stamps, tongues, notes, noted = self.files, self.stamps, self.tongues, self.notes, self.noted
        safe, chars, quoted, needs = self.safe, _FORMULA_CHARS, self.quoted, _QUOTES
        join = self.sep.join
        opened, orphaned, adopted = Status.OPEN, Status.ORPHANED, Status.ADOPTED
        first, second, third = article
        written_on = self.view.written_on
        for c in comments:
            member = c.member
            who = people.get(member)
            if who is None:
                m = self.view.members.get(member)
                cell = self.cell
                who = people[member] = (cell(member), cell(m.org) if m else "", cell(m.group) if m else "")
            anchor = c.anchor
            at = anchor.eid
            eid = eids.get(at)
            if eid is None:
                eid = eids[at] = self.cell(at or "")
            status = c.status
            if not at or (status is orphaned and c.note):  # where() says why, or (全文)
                place = self.place(c)
            else:
                place = cited.get(at) or self.place(c)
            pieces = states.get(f"#{c.id}", ()) if states else ()
            # an open comment staff decided on is no longer 待处理 (the web app's comment card says the same)
            shown = None
            if status is opened:
                if pieces:
                    said = decided_label(list(pieces), self.lang)
                    if said is not None:
                        shown = self.decided.get(said)
                        if shown is None:
                            shown = self.decided[said] = self.cell(said)
                if shown is None and c.forwarded:  # (as its member's card reads: a trial's 待处理)
                    shown = self.cell(forwarded_label(self.lang))
            source = c.source
            stance, kind = c.stance, source.kind
            # a comment's own words, each made safe (and quoted) here; its file, time stamp and language,
            # which most comments share, made so once each
            quote, proposed, body, review = (anchor.quote, c.proposed_text or "", c.body,
                                             join([t for t, _ in pieces]) if pieces else "")  # fmt: skip
            if status is orphaned and c.id in written_on:  # the words its member quoted, where place cites it
                quote = written_on[c.id].quote
            if status is adopted and c.origin is not None and proposed:
                # carried as adopted, its wording is the new version's text: where the member's own is, as the
                # review page says it (a trial read the legislature's words in each member's 修改建议)
                proposed = LABELS[self.lang]["adopted_wording"].format(n=c.origin)
            file = files.get(source.file)
            if file is None:
                file = files[source.file] = self.cell(source.file or "")
            created = stamps.get(c.created)
            if created is None:
                created = stamps[c.created] = self.cell(c.created) if c.created else "" if quoted else c.created
            tongue = tongues.get(c.lang)
            if tongue is None:
                tongue = tongues[c.lang] = self.cell(c.lang) if c.lang else "" if quoted else c.lang
            if safe:
                if quote and quote[0] in chars:
                    quote = "'" + quote
                if proposed and proposed[0] in chars:
                    proposed = "'" + proposed
                if body and body[0] in chars:
                    body = "'" + body
                if review and review[0] in chars:
                    review = "'" + review
                if quoted:  # (each as the CSV writes it)
                    if quote and needs(quote):
                        quote = csv_field(quote)
                    if proposed and needs(proposed):
                        proposed = csv_field(proposed)
                    if body and needs(body):
                        body = csv_field(body)
                    if review and needs(review):
                        review = csv_field(review)
            yield [str(c.id), place, eid, who[0], who[1], who[2], stances.get(stance) or self.labelled(stances, stance),
                   shown or statuses.get(status) or self.labelled(statuses, status), quote, proposed, body,
                   kinds.get(kind) or self.labelled(kinds, kind), file, created, first, second, review, third, tongue,
                   notes[c.note] if c.note in notes else noted(c.note)]  # fmt: skip
        # (lang: "en" for a wording of the English translation)


def tracking_csv(view: Consultation, lang: str = "zh") -> bytes:
    """The tracking sheet as CSV bytes: UTF-8 with BOM (so Excel reads Chinese), CRLF rows;
    headers and labels in ``lang`` (``export --lang``, Chinese by default)."""
    out = io.BytesIO()
    write_tracking_csv(view, out.write, lang)
    return out.getvalue()


def write_tracking_csv(view: Consultation, write: Callable[[bytes], object], lang: str = "zh",
                       batch: int = 2000, *, into: BinaryIO | None = None) -> None:  # fmt: skip
    """:func:`tracking_csv`'s bytes, written ``batch`` rows at a time: at NPC scale the sheet
    is 50 MB, four times that as one Python string. With workers (``view.workers``,
    :func:`~lawcomment.exports.view.apart_now`) the rows are made by them, each article's
    apart, then those of the comments on none (:func:`~lawcomment.exports.view.write_apart`;
    given ``into``, the file ``write`` writes to, they leave them in files copied into it):
    rows are lines, made whole whatever the batch."""
    buf = io.StringIO(newline="")
    buf.write("\ufeff")
    csv.writer(buf, lineterminator="\r\n").writerow(headers(TRACKING_COLUMNS, lang))
    write(buf.getvalue().encode("utf-8"))
    if apart_now(view, len(view.items) + 1):
        # each worker fills its own copy of the sheet's shared cells (pure: the same cells made twice, not others)
        sheet = _Sheet(view, lang, True, True)
        items = view.items
        last = len(items)  # (the job of the comments on no item: it reads every comment)

        def render(n: int) -> bytes:
            return _csv_rows(sheet.item_rows(items[n]) if n < last else sheet.other_rows(sheet.on_items()))

        def weight(n: int) -> int:
            return 2 + len(items[n].comments) if n < last else len(view.comments) // 20

        write_apart(view, range(last + 1), render, write, weight=weight, into=into)
        return
    # each cell safe and quoted as it is made, the shared ones once: the rows are the cells joined, as the
    # writer joins them (a row of several cells, each text), without the writer reading every character
    rows = _tracking_rows(view, lang, safe=True, quoted=True)
    while chunk := list(islice(rows, batch)):
        write(_csv_rows(chunk))


def _csv_rows(rows: Iterable[list[str]]) -> bytes:
    """Rows of quoted cells (:func:`csv_field`) as the CSV's lines, in UTF-8."""
    lines = "\r\n".join(map(",".join, rows))
    return (lines + "\r\n").encode("utf-8") if lines else b""
