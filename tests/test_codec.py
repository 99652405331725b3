"""Kept positions: the lean layout reads back as the positions were, and so does the layout kept before it."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from lawcomment.review.codec import (LazyPosition, _from_data, _to_data, position_from_data, positions_data,
                                     positions_from_data)
from lawcomment.review.merge import Proposal, merge
from lawcomment.records import Decision
from lawcomment.review.position import ChangeState, ConflictState, Tally, UnitPosition


def _through_json(data: Any) -> Any:
    return json.loads(json.dumps(data, ensure_ascii=False))


def _position(base: str, wordings: list[str]) -> UnitPosition:
    m = merge(base, [Proposal(f"#{n}", text, (f"m{n % 3}",)) for n, text in enumerate(wordings, 1)])
    return UnitPosition("art_1", "第一条", base, m, tuple(ChangeState(c, "proposed") for c in m.changes),
                        tuple(ConflictState(x) for x in m.conflicts), m.text, None, {"support": 2}, (), m.warnings)  # fmt: skip


BASE = "为了保护民事主体的合法权益，调整民事关系，维护社会和经济秩序，制定本法。"
WORDINGS = [BASE.replace("民事主体", "自然人"), BASE.replace("民事主体", "公民"), BASE.replace("民事主体", "自然人"),
            BASE.replace("制定本法", "特制定本法"), BASE.replace("，调整民事关系", ""), BASE.replace("民事主体", "公民")]  # fmt: skip


def test_a_position_reads_back_from_its_lean_data() -> None:
    pos = _position(BASE, WORDINGS)
    assert pos.changes and pos.conflicts and len({p.text for p in pos.merge.proposals}) < len(pos.merge.proposals)
    data = _through_json(positions_data([pos]))
    assert positions_from_data(data) == [pos]
    # what the position repeats of its merge is written once: states name the merge's, a copy its first wording
    (eid, _, base, m, changes, conflicts, text, *_) = data[0]
    assert base is None and text is None
    assert [c[0] for c in changes] == list(range(len(pos.changes)))
    assert [c[0] for c in conflicts] == list(range(len(pos.conflicts)))
    assert [p[1] for p in m[5]][2] == 0 and [p[1] for p in m[5]][5] == 1
    # read back, a state's change is its merge's, as a merge makes them
    back = position_from_data(data[0])
    assert all(s.change is c for s, c in zip(back.changes, back.merge.changes, strict=True))


def test_what_a_position_does_not_share_with_its_merge_is_written_whole() -> None:
    pos = _position(BASE, WORDINGS)
    other = _position(BASE, WORDINGS[:2])
    # equal values that are not the merge's own objects, and a base or text of its own
    odd = replace(pos, base=BASE + "。", text="另一措辞",
                  changes=(*(replace(c, change=replace(c.change)) for c in pos.changes), *other.changes),
                  conflicts=tuple(replace(x, conflict=replace(x.conflict)) for x in other.conflicts))  # fmt: skip
    data = _through_json(positions_data([odd]))
    assert positions_from_data(data) == [odd]
    assert all(isinstance(c[0], list) for c in data[0][4] + data[0][5])


@pytest.mark.parametrize("wordings", [WORDINGS, [], [BASE], WORDINGS[:1] * 3])
def test_the_layout_kept_before_reads_back_the_same(wordings: list[str]) -> None:
    """A position kept field by field (the layout before the lean one, which another store's
    writer may keep to) reads back as it was."""
    pos = _position(BASE, wordings)
    old = _through_json(_to_data(UnitPosition, [pos]))
    assert positions_from_data(old) == [pos] == _from_data(UnitPosition, old)
    assert positions_from_data(_through_json(positions_data([pos]))) == [pos]


@pytest.mark.parametrize("broken", [
    lambda d: d[:11],  # a field short
    lambda d: [*d[:4], [7], *d[5:]],  # a change state naming no change of its merge
    lambda d: [*d[:4], [[-1, "proposed", None]], *d[5:]],
    lambda d: [*d[:5], [[99, None, None, ""]], *d[6:]],
    lambda d: [*d[:3], [*d[3][:5], [["#1", 3, ["m1"]]], d[3][6]], *d[4:]],  # a copy of a wording not yet read
    lambda d: [*d[:3], d[3][:6], *d[4:]],
])  # fmt: skip
def test_a_kept_position_that_does_not_read_is_an_error(broken: Any) -> None:
    data = _through_json(positions_data([_position(BASE, WORDINGS)]))[0]
    with pytest.raises((ValueError, TypeError)):
        position_from_data(broken(data))


@pytest.mark.parametrize("layout", ["lean", "kept before"])
def test_a_lazy_position_counts_what_its_record_holds(layout: str) -> None:
    """A lazy position's eid, warnings and tally, read from its record (either layout), are the
    position's; made whole, it is the position, with the warnings it was given since."""
    pos = _position(BASE, WORDINGS)
    final = Decision(1, "law@1", "art_1", "text", None, None, None, "另一措辞", "", "staff", "2026-01-01")
    variants = [pos, replace(pos, stale=("decision #3 (…) no longer matches the proposals",), warnings=("w",)),
                replace(pos, final=final, text="另一措辞"),
                replace(pos, conflicts=(replace(pos.conflicts[0], chosen=1), *pos.conflicts[1:]))]  # fmt: skip
    assert pos.tally == Tally(6, len(pos.changes), len(pos.conflicts), len(pos.conflicts), 0) and pos.conflicts
    for p in variants:
        data = _through_json(positions_data([p]) if layout == "lean" else _to_data(UnitPosition, [p]))[0]
        lazy = LazyPosition.from_data(data)
        assert (lazy.eid, lazy.warnings, lazy.tally) == (p.eid, p.warnings, p.tally)
        assert lazy.position == p and lazy.position is lazy.position
        settled = LazyPosition.from_data(data).with_warnings(())
        assert settled.warnings == () and settled.position == replace(p, warnings=())
        made = LazyPosition.of(p)
        assert made.position is p and made.with_warnings(("x",)).position == replace(p, warnings=("x",))
    assert [p.tally.unresolved for p in variants] == [len(pos.conflicts), len(pos.conflicts), 0, len(pos.conflicts) - 1]
    assert variants[1].tally.stale == 1


@pytest.mark.parametrize("broken", [lambda d: d[:11], lambda d: [*d[:3], d[3][:6], *d[4:]],
                                    lambda d: [7, *d[1:]], lambda d: [*d[:10], [1], d[11]]])  # fmt: skip
def test_a_lazy_position_whose_record_does_not_read_is_an_error(broken: Any) -> None:
    data = _through_json(positions_data([_position(BASE, WORDINGS)]))[0]
    with pytest.raises((ValueError, TypeError)):
        LazyPosition.from_data(broken(data))


def test_the_kept_records_types_are_read_as_get_type_hints_reads_them() -> None:
    """The codec evaluates each field's annotation once per module (codec._type_hints): the
    same types, in the same order, as typing.get_type_hints gives for every record it keeps."""
    import dataclasses
    import typing

    from lawcomment.review import codec
    from lawcomment.review.grouping import NearGroup, Variant

    codec._position_decoder()
    for cls in {*codec._NAMES.values(), NearGroup, Variant}:
        if dataclasses.is_dataclass(cls):
            expected = typing.get_type_hints(cls, localns=codec._NAMES)
            found = codec._type_hints(cls)
            assert found == expected and list(found) == list(expected), cls
