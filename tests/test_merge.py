"""The N-way merge: deduplicated changes, explicit conflicts, grouping, and the property that
no proposal's change is ever lost."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawcomment.review.merge import Proposal, merge
from lawcomment.review.redline import Span, diff, splice

BASE = "电子商务经营者应当依法办理市场主体登记，并公示营业执照信息。"


def P(pid: str, text: str, *who: str) -> Proposal:  # noqa: N802
    return Proposal(pid, text, who or (pid,))


def test_no_proposals_leaves_the_base() -> None:
    m = merge(BASE, [])
    assert (m.text, m.changes, m.conflicts) == (BASE, (), ())


def test_identical_edits_are_one_change_with_all_supporters() -> None:
    new = BASE.replace("依法", "")
    m = merge(BASE, [P("#1", new, "acme"), P("#2", new, "beta")])
    assert [(c.old, c.new, c.supporters) for c in m.changes] == [("依法", "", ("acme", "beta"))]
    assert m.text == new and m.conflicts == ()


def test_edits_in_different_places_both_apply() -> None:
    a = BASE.replace("依法", "")
    b = BASE.replace("营业执照", "营业执照和许可证")
    m = merge(BASE, [P("#1", a, "acme"), P("#2", b, "beta")])
    assert m.text == "电子商务经营者应当办理市场主体登记，并公示营业执照和许可证信息。"
    assert [c.id for c in m.changes] == ["c1", "c2"] and m.conflicts == ()


def test_adjacent_edits_are_not_a_conflict() -> None:
    a = BASE.replace("应当依法", "应当")
    b = BASE.replace("办理", "及时办理")
    m = merge(BASE, [P("#1", a), P("#2", b)])
    assert m.conflicts == () and m.text == "电子商务经营者应当及时办理市场主体登记，并公示营业执照信息。"


@pytest.mark.parametrize(("a", "b", "old"), [
    (BASE.replace("市场主体", "工商"), BASE.replace("市场主体登记", "备案"), "市场主体登记"),  # overlapping
    (BASE.replace("办理", "及时办理"), BASE.replace("办理", "依照规定办理"), ""),  # two insertions at one point
])  # fmt: skip
def test_overlapping_or_same_point_edits_conflict(a: str, b: str, old: str) -> None:
    m = merge(BASE, [P("#1", a, "acme"), P("#2", b, "beta")])
    (x,) = m.conflicts
    assert x.old == old and m.changes == ()
    assert [(alt.supporters, splice(BASE, [Span(x.start, x.end, alt.text)])) for alt in x.alternatives] == [
        (("acme",), a), (("beta",), b)]
    assert m.text == BASE  # the conflict region keeps the draft's wording until staff decide


def test_near_identical_proposals_are_grouped_with_a_warning() -> None:
    a = BASE.replace("依法", "")
    b = a.replace("，", ",")
    m = merge(BASE, [P("#1", a, "acme"), P("#2", b, "beta"), P("#3", a, "gamma")])
    (g,) = m.groups
    assert g.proposals == ("#1", "#2", "#3") and g.text == a and g.variants == (b,)
    assert m.changes[0].supporters == ("acme", "beta", "gamma")
    assert m.warnings == ("proposals #1/#3, #2 differ only in punctuation or whitespace; merged as one, "
                          "using the wording of #1/#3",)  # fmt: skip


def test_a_proposal_equal_to_the_base_says_so() -> None:
    assert merge(BASE, [P("#1", BASE)]).warnings == ("proposal #1 repeats the base wording; it changes nothing",)


def test_deleting_the_whole_unit_conflicts_with_any_edit() -> None:
    m = merge(BASE, [P("#1", ""), P("#2", BASE.replace("依法", ""))])
    assert len(m.conflicts) == 1 and m.conflicts[0].old == BASE


# -- the property ----------------------------------------------------------------------
ALPHABET = "甲乙丙丁戊己庚辛壬癸子丑寅卯"
edits = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3), st.text(alphabet=ALPHABET, max_size=3)), max_size=4)


def _inside(s: Span, start: int, end: int) -> bool:
    """Whether edit ``s`` is part of the conflict region start–end (an insertion at its end is not)."""
    return start <= s.start and s.end <= end and (s.start < end or start == end)


def _apply(base: str, changes: list[tuple[int, int, str]]) -> str:
    text = base
    for at, length, ins in changes:
        at = min(at, len(text))
        text = text[:at] + ins + text[at + length:]
    return text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=0, max_size=40), st.lists(edits, max_size=5))
def test_every_change_is_merged_or_in_a_conflict(base: str, per_member: list[list[tuple[int, int, str]]]) -> None:
    proposals = [P(f"#{k}", _apply(base, e), f"m{k}") for k, e in enumerate(per_member)]
    m = merge(base, proposals)
    if not proposals:
        assert m.text == base
    assert m.text == splice(base, [Span(c.start, c.end, c.new) for c in m.changes])
    changes = {(c.start, c.end, c.new): set(c.supporters) for c in m.changes}
    for p in proposals:
        own = diff(base, p.text).spans()
        for sp in own:
            if (sp.start, sp.end, sp.new) in changes:
                assert p.supporters[0] in changes[(sp.start, sp.end, sp.new)]
                continue
            holders = [(x, a) for x in m.conflicts for a in x.alternatives
                       if _inside(sp, x.start, x.end) and p.supporters[0] in a.supporters]
            assert holders, (p, sp, m)
            # the member's alternative is exactly the region with all of its own edits there
            for x, a in holders:
                inside = [Span(s.start - x.start, s.end - x.start, s.new) for s in own
                          if _inside(s, x.start, x.end) and (s.start, s.end, s.new) not in changes]
                assert a.text == splice(base[x.start:x.end], inside), (p, sp, m)
