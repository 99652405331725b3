"""Positions and near-duplicate groups as plain data and back, so that a store can keep a whole
draft's merge and grouping between commands: each frozen dataclass becomes the list of its field
values, in field order (an enumeration its value)."""

from __future__ import annotations

import dataclasses
import enum
import functools
import itertools
import operator
import sys
import types
import typing
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..frozen import maker
from ..records import Decision
from .merge import Alternative, Change, Conflict, Group, Merge, Proposal
from .position import ChangeState, ConflictState, Insertion, Tally, UnitPosition
from .redline import Op, OpKind, Redline

if TYPE_CHECKING:  # kept groups are read by the review page and exports, not by a merge
    from .grouping import NearGroup

#: Bump when merging or the position types change what a kept position would say: kept
#: positions of another format are made afresh.
FORMAT = 56  # 2: canonical spans, writes-twice and tie conflicts (issue 19); 3: diffs of DIFF_FORMAT 2;
# 4: whole lines deleted or inserted placed on their lines, a deleted unit with its label;
# 5: a change of a member's combined proposals that the merge cut differently, credited still;
# 6: warnings for the citations in other articles of what a position deletes or renumbers;
# 7: two edits write one new item only when they share half the words of the shorter;
# 8: numbers in words (二十万) whole, diffs of DIFF_FORMAT 3; 9: a wording filed under the wrong article said
# again in its article's warnings; 10: one member's edits sharing a word only are two, and an edit sent
# twice is never "left out"; 11: a member's wording of one 款 leaves its edit of another as it was, and an
# insertion is placed where it cuts no word (二千元{+以上二万元+}以下); 12: whole clauses put in or taken
# out after the mark closing the clause before ([-国有…主体。-]国家, never 国[-有…主体。国-]家); 13: two changes
# of one wording decided apart said; 14: the same words put into two 款 or 项 are two changes;
# 15: only the very same words put in; 16: two members' changes of one quantity conflict;
# 17: a carried proposal whose note asks a check warned of; 18: words taken out with their 、 (监视、, not 视、监);
# 19: a 款 put in before one citing 前款 warned of; 20: a carried proposal rejected is no more to check, 内容 no bound;
# 21: a citation put in never cut from its 第; 22: two numbers changed are no item moved;
# 23: a range whose bounds come from different proposals warned; 24: a new 款 decided at another line matched,
# the same change decided two ways in two places warned; 25: a translation's wording on a version without it said so;
# 26: a member's list never given the draft's labels out of order; 27: (review) two new items in a row, a new 款
# matched at another line only when carried; 28: (a trial) words moved are no deletion made; 29: only a 款 kept whole
# 30: (trials) a new 款 sharing a few words with another's edit no conflict; a new 项 after a last 项 ending 。 warned;
# a final wording's edits placed as a proposal's; two pieces of one wording, one accepted, one undecided, warned
# 31: a change of whitespace only (or a no-break space put in) warned; citation warnings settled by the committee's
# text; a 前款 warning settled by the committee's wording
# 32: (trials) a wording's kept words never struck and retyped, one word's two edits one change, an inverted
# range warned, English units cited by their labels, earlier decisions held for a change's pieces
# 33: (a trial) a new 款 and another's deletion of the last 款 after it two changes, not a conflict
# 34: (trials) what cites a 款 taken out or numbered on warned of; a 项 put in at a list's end no 款
# 35: (a trial, a review) a 目 put in numbers no 款 on; a committee wording giving none of a 款's 项 warned
# 36: (a trial) a line break taken out with words and put back a few words on is one change (the 款's end moved)
# 37: (a trial) a committee wording making two 款 one not said to delete one
# 38: (a review) a 款 left out counts as merged only with a run of its words kept; a 款 staff took out unwarned
# 39: (a trial) a clause asked deleted that its article no longer has is made (adoption), and a decision on
# comments orphaned at the carry stays behind: kept positions made afresh beside the new verdicts
# 40: the same positions kept leaner (see _position_encoder): what a position repeats of its merge, and a
# wording a proposal repeats of another's, written once (an older lawcomment of the same version would
# misread them, so they are kept under a stamp of their own)
# 41: (trials) a member's combined proposals merged as their edits, never diffed afresh; a change rejected
# beside an undecided one of the same wording warned; a member's changes accepted beside another's wording chosen
# in the same sentence warned; 42: (a trial) a remark on a 款 quoting words another 款 of its article has, warned;
# 43: (an audit) diffs of DIFF_FORMAT 4: a multi-line unit's unchanged 项 and 款 anchor its diff, never struck and retyped;
# 44: (trials) a word that bounds a quantity put in before it (至少) conflicts with a change of its number; a remark
# that says why it quotes another 款 is not warned; two conflicts of one sentence chosen from different members warned
# 45: a choice made on a piece of what is one conflict now (3 in 3年) names only the alternatives new since (a trial)
# 46: a new provision proposed in the translation is said as one, with `comment translate` (a web trial)
# 47: an edit a member's later proposal left out is quoted with its place (putting in 「…」 after 「…」), never 「」 → 「…」 (a web trial)
# 48: and on one line (a deletion of a whole article's 款 quoted with their line breaks as ⏎)
# 49: (a trial) a carried wording followed into its 款 through the article's diff, or changing words the new version has more often, warned
# 50: (a web trial) a carried change the new text could take at two places alike (the words around it at both), warned
# 51: (a trial of 反洗钱法) a carried sentence put in that a clause of the new article reads much like, warned
# 52: (a review) a conflict names who backs the draft's wording there (ConflictState.draft_supporters)
# 53: members' entries put into a list at one point offered together too (an alternative's combines)
# 54: (a trial of 专利法实施细则) a wording given beside a quote that reads much more like another unit, warned
# 55: (a trial of the GDPR) an English draft's changes made of whole words ([-one month-]{+two months+}, never {+s+})
# 56: (a bilingual trial) a 项 a committee's wording rewrote is followed through its diff, never said deleted
#: The same for kept near-duplicate groups (grouping, or the group types, changed).
GROUPS_FORMAT = 5  # 2: their variants' redlines are diffs of DIFF_FORMAT 2; 3: a wording differing in punctuation is a variant;
# 4: copies fold only the width they were typed in (⑤ is not 5), and redlines of DIFF_FORMAT 3; 5: of DIFF_FORMAT 4

Encode = Callable[[Any], Any]
Decode = Callable[[Any], Any]
_SCALARS = (str, int, float, bool, type(None))
_NAMES: dict[str, type] = {c.__name__: c for c in (Decision, Alternative, Change, Conflict, Group, Merge, Proposal, ChangeState,
                                  ConflictState, Insertion, UnitPosition, Op, OpKind, Redline)}  # fmt: skip


def _same(value: Any) -> Any:
    return value


@functools.cache
def _codec(tp: Any) -> tuple[Encode | None, Decode | None]:
    """How to write and read a value of type ``tp``; None for a value written as it is."""
    if tp in _SCALARS:
        return None, None
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"cannot keep a value of type {tp}")
        enc, dec = _codec(rest[0])
        if enc is None or dec is None:
            return None, None
        return (lambda v: None if v is None else enc(v)), (lambda v: None if v is None else dec(v))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        enc, dec = _codec(args[0])
        if enc is None or dec is None:
            return list, tuple
        return (lambda v: list(map(enc, v))), (lambda v: tuple(map(dec, v)))
    if origin is dict and args and args[0] is str:
        enc, dec = _codec(args[1])
        if enc is None or dec is None:
            return dict, dict
        return (lambda v: {k: enc(x) for k, x in v.items()}), (lambda v: {k: dec(x) for k, x in v.items()})
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return operator.attrgetter("value"), tp
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _record(tp)
    raise TypeError(f"cannot keep a value of type {tp}")


@functools.cache
def _hint(annotation: str, module: str) -> Any:
    """The type a field's annotation names (a string: the modules postpone them), evaluated as
    :func:`typing.get_type_hints` evaluates it, once per module: 42 fields of a position's records
    name 7 types, and the parser compiling each of them took 4 ms of every command reading one."""
    return eval(annotation, vars(sys.modules[module]), _NAMES)  # noqa: S307 (the package's own annotations)


def _type_hints(cls: type) -> dict[str, Any]:
    """``typing.get_type_hints(cls, localns=_NAMES)``: for a class of its own fields (none
    inherited), each annotation evaluated once per module (:func:`_hint`)."""
    if any("__annotations__" in vars(base) for base in cls.__mro__[1:]):  # (inherited fields: the full rule)
        return typing.get_type_hints(cls, localns=_NAMES)
    own = vars(cls).get("__annotations__", {})
    return {name: _hint(a, cls.__module__) if isinstance(a, str) else a for name, a in own.items()}


@functools.cache
def _record(cls: type) -> tuple[Encode, Decode]:
    hints = _type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    codecs = [_codec(hints[n]) for n in names]
    getters = [operator.attrgetter(n) for n in names]
    encoders = [(i, e) for i, (e, _) in enumerate(codecs) if e is not None]

    def encode(value: Any) -> list[Any]:
        out = [g(value) for g in getters]
        for i, e in encoders:
            out[i] = e(out[i])
        return out

    return encode, _decoder(cls, [hints[n] for n in names])


def _decoder(cls: type, types_: list[Any]) -> Decode:
    """The decoder of a kept ``cls``: one function, generated, that unpacks its fields and reads
    each as its type says, inline (a whole draft's kept positions are 150,000 records; read
    through a closure per field, a list copy and a loop, they took twice as long). It reads
    what :func:`_codec`'s decoders read, and fails where they fail."""
    space: dict[str, Any] = {"__make": maker(cls), "__cls": cls}  # the kept values are the instance's own
    names = [f"__f{i}" for i in range(len(types_))]
    values = [_decoded_expr(tp, name, space) or name for tp, name in zip(types_, names, strict=True)]
    width = len(names)
    unpack = f"    {', '.join(names)}, = __d\n" if width else ""
    exec(f"def __decode(__d):\n    if len(__d) != {width}:\n"  # noqa: S102
         f"        raise ValueError(f'a kept {{__cls.__name__}} has {{len(__d)}} fields, not {width}')\n"
         f"{unpack}    return __make({', '.join(values)})\n", space)  # fmt: skip
    return space["__decode"]  # type: ignore[no-any-return]


_NAMED = itertools.count()  # the generated decoders' own names: each one used once


def _decoded_expr(tp: Any, var: str, space: dict[str, Any]) -> str | None:
    """A Python expression reading ``var``, a kept value of type ``tp``, as :func:`_codec`'s
    decoder does; None for a value read as it is. The names it needs go into ``space``."""
    if tp in _SCALARS:
        return None
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"cannot keep a value of type {tp}")
        inner = _decoded_expr(rest[0], var, space)
        return None if inner is None else f"(None if {var} is None else {inner})"
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        if dataclasses.is_dataclass(args[0]) and isinstance(args[0], type):  # a record's decoder, mapped in C
            key = f"__dec{next(_NAMED)}"
            space[key] = _record(args[0])[1]
            return f"tuple(map({key}, {var}))"
        item = f"__x{next(_NAMED)}"
        inner = _decoded_expr(args[0], item, space)
        return f"tuple({var})" if inner is None else f"tuple([{inner} for {item} in {var}])"
    if origin is dict and args and args[0] is str:
        item = f"__x{next(_NAMED)}"
        inner = _decoded_expr(args[1], item, space)
        return f"dict({var})" if inner is None else f"{{__k: {inner} for __k, {item} in {var}.items()}}"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        # a member looked up by its value; any other value goes to the Enum call, which raises as before
        key = f"__e{next(_NAMED)}"
        space[key], space[key + "_map"] = tp, tp._value2member_map_
        return f"({key}_map[{var}] if {var} in {key}_map else {key}({var}))"
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        key = f"__dec{next(_NAMED)}"
        space[key] = _record(tp)[1]
        return f"{key}({var})"
    raise TypeError(f"cannot keep a value of type {tp}")


def _to_data(cls: type, values: Sequence[Any]) -> list[Any]:
    encode, _ = _record(cls)
    return [encode(v) for v in values]


def _from_data(cls: type, data: Sequence[Any]) -> list[Any]:
    _, decode = _record(cls)
    return [decode(d) for d in data]


def positions_data(positions: Sequence[UnitPosition]) -> list[Any]:
    """The positions as lists, numbers and strings (for JSON), each as :func:`_position_encoder`
    lays it out."""
    encode = _position_encoder()
    return [encode(p) for p in positions]


def positions_from_data(data: Sequence[Any]) -> list[UnitPosition]:
    """The positions :func:`positions_data` wrote; ValueError or TypeError for anything else."""
    decode = _position_decoder()
    return [decode(d) for d in data]


def position_from_data(data: Sequence[Any]) -> UnitPosition:
    """One position :func:`positions_data` wrote; ValueError or TypeError for anything else."""
    return _position_decoder()(data)


class LazyPosition:
    """A unit's position as a whole draft's ``merge`` command reads it: its eid, its warnings and
    what the command counts of it (:attr:`tally`), the position itself (:attr:`position`) made
    only when asked for, from its kept record (the JSON value :func:`positions_data` wrote, or
    that value's UTF-8 with the eid, warnings and tally the worker that merged it sent beside it).
    The command prints what its workers rendered and counts: it made every position again from
    the workers' records (1,260 at NPC scale, 40 % of its process's instructions) only to count
    them and read their warnings."""

    __slots__ = ("eid", "warnings", "tally", "_source")

    def __init__(self, eid: str, warnings: tuple[str, ...], tally: Tally,
                 source: UnitPosition | bytes | Sequence[Any]) -> None:  # fmt: skip
        self.eid = eid
        self.warnings = warnings
        self.tally = tally
        self._source = source

    @classmethod
    def of(cls, position: UnitPosition) -> LazyPosition:
        """A position made already."""
        return cls(position.eid, position.warnings, position.tally, position)

    @classmethod
    def from_data(cls, data: Sequence[Any]) -> LazyPosition:
        """A position's record (one of :func:`positions_data`'s), read for what the command counts;
        ValueError or TypeError for one without the fields in their places (the rest of it is read
        with :attr:`position`)."""
        if len(data) != 12:
            raise ValueError(f"a kept UnitPosition has {len(data)} fields, not 12")
        eid, m, changes, conflicts, final, warnings, stale = (data[0], data[3], data[4], data[5], data[7], data[10],
                                                              data[11])  # fmt: skip
        if len(m) != 7:
            raise ValueError(f"a kept Merge has {len(m)} fields, not 7")
        if not isinstance(eid, str) or not all(isinstance(w, str) for w in warnings):
            raise TypeError("a kept UnitPosition's eid and warnings are strings")
        # (a conflict state's alternative chosen is its second field, in either layout; the final wording
        # leaves none unresolved, as UnitPosition.unresolved counts them)
        unresolved = 0 if final is not None else sum(1 for x in conflicts if x[1] is None)
        return cls(eid, tuple(warnings), Tally(len(m[5]), len(changes), len(conflicts), unresolved, len(stale)), data)

    @property
    def position(self) -> UnitPosition:
        """The position, made from its record on first use (with the warnings of :meth:`with_warnings`)."""
        source = self._source
        if isinstance(source, UnitPosition):
            return source
        import orjson

        made = position_from_data(orjson.loads(source) if isinstance(source, bytes) else source)
        if made.warnings != self.warnings:
            made = dataclasses.replace(made, warnings=self.warnings)
        self._source = made
        return made

    def with_warnings(self, warnings: tuple[str, ...]) -> LazyPosition:
        """The same position with ``warnings`` instead of its own (a citation settled since)."""
        source = self._source
        if isinstance(source, UnitPosition):
            source = dataclasses.replace(source, warnings=warnings)
        return LazyPosition(self.eid, warnings, self.tally, source)


#: The fields the lean layout of a position names (_position_encoder): a change to them is a change to it.
LEAN_FIELDS = {
    UnitPosition: ("eid", "citation", "base", "merge", "changes", "conflicts", "text", "final", "counts", "insertions",
                   "warnings", "stale"),
    Merge: ("base", "text", "changes", "conflicts", "groups", "proposals", "warnings"),
    ChangeState: ("change", "state", "decision"),
    ConflictState: ("conflict", "chosen", "decision", "stale", "draft_supporters", "draft_comments"),
    Proposal: ("id", "text", "supporters"),
}  # fmt: skip


@functools.cache
def _position_encoder() -> Callable[[UnitPosition], list[Any]]:
    """A position as the list of its field values, as :func:`_record` writes it, but for what it
    repeats of its merge, written once: its ``base`` and ``text``, when the merge's, are null; a
    change or conflict state's change or conflict, when it is the merge's (the very object, as a
    merge makes them), is its place in the merge's; a proposal's text that an earlier proposal
    of the merge has is that proposal's place (a campaign's copies). A whole draft's positions
    are a third shorter, with a third fewer records to read back. Every such field holds a
    string or a list otherwise, so null and a number read back unambiguously."""
    for cls, names in LEAN_FIELDS.items():
        if tuple(f.name for f in dataclasses.fields(cls)) != names:
            raise TypeError(f"the lean layout of a kept position expects {cls.__name__} to have the fields {names}")
    enc_change, enc_conflict, enc_group = _record(Change)[0], _record(Conflict)[0], _record(Group)[0]
    enc_final, enc_insertion = _record(Decision)[0], _record(Insertion)[0]

    def encode(p: UnitPosition) -> list[Any]:
        m = p.merge
        changes = {id(c): n for n, c in enumerate(m.changes)}
        conflicts = {id(c): n for n, c in enumerate(m.conflicts)}
        first: dict[str, int] = {}
        proposals = []
        for n, q in enumerate(m.proposals):
            earlier = first.setdefault(q.text, n)
            proposals.append([q.id, q.text if earlier == n else earlier, list(q.supporters)])
        merge = [m.base, m.text, [enc_change(c) for c in m.changes], [enc_conflict(c) for c in m.conflicts],
                 [enc_group(g) for g in m.groups], proposals, list(m.warnings)]
        states = []
        for c in p.changes:
            place = changes.get(id(c.change))
            states.append([enc_change(c.change) if place is None else place, c.state, c.decision])
        chosen = []
        for x in p.conflicts:
            place = conflicts.get(id(x.conflict))
            chosen.append([enc_conflict(x.conflict) if place is None else place, x.chosen, x.decision, x.stale,
                           list(x.draft_supporters), list(x.draft_comments)])  # fmt: skip
        return [p.eid, p.citation, None if p.base == m.base else p.base, merge, states, chosen,
                None if p.text == m.text else p.text, None if p.final is None else enc_final(p.final), dict(p.counts),
                [enc_insertion(i) for i in p.insertions], list(p.warnings), list(p.stale)]  # fmt: skip

    return encode


@functools.cache
def _position_decoder() -> Callable[[Sequence[Any]], UnitPosition]:
    """The reader of :func:`_position_encoder`'s layout, and of :func:`_record`'s (positions kept
    before it, and what another writer keeps to the contract): a string or a list where the lean
    layout has null or a number is read as it is."""
    _position_encoder()  # (the fields checked)
    dec_change, dec_conflict, dec_group = _record(Change)[1], _record(Conflict)[1], _record(Group)[1]
    dec_final, dec_insertion = _record(Decision)[1], _record(Insertion)[1]
    make_position, make_merge, make_proposal = maker(UnitPosition), maker(Merge), maker(Proposal)
    make_change, make_conflict = maker(ChangeState), maker(ConflictState)

    def ref(at: Any, among: Sequence[Any]) -> Any:
        if not 0 <= at < len(among):
            raise ValueError(f"a kept position names record {at} of {len(among)}")
        return among[at]

    def decode(d: Sequence[Any]) -> UnitPosition:
        if len(d) != 12:
            raise ValueError(f"a kept UnitPosition has {len(d)} fields, not 12")
        eid, citation, base, m, changes, conflicts, text, final, counts, insertions, warnings, stale = d
        if len(m) != 7:
            raise ValueError(f"a kept Merge has {len(m)} fields, not 7")
        m_base, m_text, m_changes, m_conflicts, groups, proposals, m_warnings = m
        made_changes = tuple(map(dec_change, m_changes))
        made_conflicts = tuple(map(dec_conflict, m_conflicts))
        texts: list[str] = []
        props = []
        for q in proposals:
            if len(q) != 3:
                raise ValueError(f"a kept Proposal has {len(q)} fields, not 3")
            pid, said, supporters = q
            if said.__class__ is int:
                said = ref(said, texts)
            texts.append(said)
            props.append(make_proposal(pid, said, tuple(supporters)))
        merge = make_merge(m_base, m_text, made_changes, made_conflicts, tuple(map(dec_group, groups)), tuple(props),
                           tuple(m_warnings))  # fmt: skip
        states = []
        for c in changes:
            if len(c) != 3:
                raise ValueError(f"a kept ChangeState has {len(c)} fields, not 3")
            change, state, decision = c
            made = ref(change, made_changes) if change.__class__ is int else dec_change(change)
            states.append(make_change(made, state, decision))
        chosen = []
        for c in conflicts:
            if len(c) != 6:
                raise ValueError(f"a kept ConflictState has {len(c)} fields, not 6")
            conflict, alternative, decision, said_stale, backers, backing = c
            made = ref(conflict, made_conflicts) if conflict.__class__ is int else dec_conflict(conflict)
            chosen.append(make_conflict(made, alternative, decision, said_stale, tuple(backers), tuple(backing)))
        return make_position(eid, citation, m_base if base is None else base, merge, tuple(states), tuple(chosen),
                             m_text if text is None else text, None if final is None else dec_final(final),
                             dict(counts), tuple(map(dec_insertion, insertions)), tuple(warnings), tuple(stale))

    return decode


def _group_type() -> type[NearGroup]:
    """NearGroup, its module loaded (and its types named) when groups are first kept or read."""
    from .grouping import NearGroup, Variant

    _NAMES.setdefault("NearGroup", NearGroup)
    _NAMES.setdefault("Variant", Variant)
    return NearGroup


def groups_data(groups: Sequence[NearGroup]) -> list[Any]:
    """Near-duplicate groups as lists, numbers and strings (for JSON)."""
    return _to_data(_group_type(), groups)


def groups_from_data(data: Sequence[Any]) -> list[NearGroup]:
    """The groups :func:`groups_data` wrote; ValueError or TypeError for anything else."""
    return _from_data(_group_type(), data)
