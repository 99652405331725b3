"""The N-way merge: deduplicated changes, explicit conflicts, grouping, and the property that
no proposal's change is ever lost."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from unittest.mock import patch

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawcomment.review.merge import (Alternative, Change, Conflict, Group, Merge, Proposal, _repeats, _tie, _where_differ,
                                    canonical, kept_inside, merge, near_key, writes_twice)
from lawcomment.review.redline import Differ, Span, diff, splice

from tests.test_redline import _line_spans, numbered_lines

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


#: 农产品质量安全法 (2018) 第三十五条第一款's end, as a trial's member marked up its copy: the 款's last words
#: reworded and a new 款 typed after it, which the diff reads as one edit running across the 款's 。
CHECKED = "农产品质量安全检测机构应当依法经计量认证合格。\n农产品质量安全检测机构应当依法出具检测报告。"
CHECKED_NEW = "农产品质量安全检测机构应当依法取得资质认定。\n检测机构应当对检测结果负责，保存检测记录六年。"


@pytest.mark.parametrize(("base", "new", "changes"), [
    # a 款 put in after the 款 reworded: two changes, each accepted on its own
    (CHECKED, CHECKED.replace("经计量认证合格。", "取得资质认定。\n检测机构应当对检测结果负责，保存检测记录六年。"),
     [("经计量认证合格", "取得资质认定"), ("", "检测机构应当对检测结果负责，保存检测记录六年。\n")]),
    # the last 款 of the text: the new one after it
    ("检测机构应当经计量认证合格。", "检测机构应当取得资质认定。\n新款文字。",
     [("经计量认证合格", "取得资质认定"), ("", "\n新款文字。")]),
    # the words it writes before the break are not the 款's end: one edit, as before
    ("检测机构应当经计量认证合格，并公示。", "检测机构应当取得资质认定。\n新款文字，并公示。",
     [("经计量认证合格", "取得资质认定。\n新款文字")]),
])  # fmt: skip
def test_a_kuan_reworded_and_one_put_in_after_it_are_two_changes(base: str, new: str,
                                                                    changes: list[tuple[str, str]]) -> None:
    """A trial's marked-up copy: staff could only accept or reject the 款's rewording and the new 款
    together. Each is now its own change; another member who rewords the 款 alike supports the first
    only, and the merge still writes exactly the member's text."""
    alone = merge(base, [P("#1", new, "tianma")])
    assert [(c.old, c.new) for c in alone.changes] == changes
    assert alone.text == new and alone.conflicts == ()
    if len(changes) == 2:
        both = merge(base, [P("#1", new, "tianma"), P("#2", base.replace("经计量认证合格", "取得资质认定"), "acme")])
        assert [(c.old, c.new, c.supporters) for c in both.changes] == [(*changes[0], ("tianma", "acme")),
                                                                          (*changes[1], ("tianma",))]  # fmt: skip
        assert both.conflicts == ()


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
    assert m.warnings == ("proposals #1/#3, #2 differ only in punctuation or whitespace (「…体登记，并公示…」 / "
                          "「…体登记,并公示…」); merged as one, using the wording of #1/#3",)  # fmt: skip


def test_a_proposal_equal_to_the_base_says_so() -> None:
    assert merge(BASE, [P("#1", BASE)]).warnings == ("proposal #1 repeats the base wording; it changes nothing",)


def test_deleting_the_whole_unit_conflicts_with_any_edit() -> None:
    m = merge(BASE, [P("#1", ""), P("#2", BASE.replace("依法", ""))])
    assert len(m.conflicts) == 1 and m.conflicts[0].old == BASE


# -- the property ----------------------------------------------------------------------
ALPHABET = "甲乙丙丁戊己庚辛壬癸子丑寅卯"
edits = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3), st.text(alphabet=ALPHABET, max_size=3)), max_size=4)


def _inside(s: Span, start: int, end: int, reworded_to_end: bool = False) -> bool:
    """Whether edit ``s`` is part of the conflict region start–end (an insertion at its end is
    not, unless another proposal rewords up to that end: both write there)."""
    return start <= s.start and s.end <= end and (s.start < end or start == end or reworded_to_end)


def _apply(base: str, changes: list[tuple[int, int, str]]) -> str:
    text = base
    for at, length, ins in changes:
        at = min(at, len(text))
        text = text[:at] + ins + text[at + length:]
    return text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=0, max_size=40), st.lists(edits, max_size=5))
@example("丑丑", [[(0, 0, "丁")], [(0, 1, "")], [(1, 1, "丁"), (0, 0, "丁")], [(1, 1, "丁"), (0, 0, "丁")]])  # two identical proposals, grouped
def test_every_change_is_merged_or_in_a_conflict(base: str, per_member: list[list[tuple[int, int, str]]]) -> None:
    proposals = [P(f"#{k}", _apply(base, e), f"m{k}") for k, e in enumerate(per_member)]
    m = merge(base, proposals)
    if not proposals:
        assert m.text == base
    assert m.text == splice(base, [Span(c.start, c.end, c.new) for c in m.changes])
    changes = {(c.start, c.end, c.new): set(c.supporters) for c in m.changes}
    every = [sp for p in proposals for sp in canonical(base, kept_inside(base, diff(base, p.text).spans()))]

    def joined(x: Conflict, s: Span) -> bool:
        """An insertion at x.end the merge joined to x (it writes again what an edit of x writes):
        one that is no change and starts no conflict of its own there."""
        return s.start == s.end == x.end and (s.start, s.end, s.new) not in changes and not any(
            y is not x and y.start == s.start for y in m.conflicts)  # fmt: skip

    for p in proposals:
        own = canonical(base, kept_inside(base, diff(base, p.text).spans()))
        # the edits _agreeing cut in pieces: each piece a change it holds or in a conflict with its
        # alternative, so its changes and alternatives together give back the proposal's own text
        mine = [Span(c.start, c.end, c.new) for c in m.changes if p.supporters[0] in c.supporters]
        # (by its member: identical proposals are one group, whose id, #2+#3, is neither's)
        mine += [Span(x.start, x.end, a.text) for x in m.conflicts for a in x.alternatives if p.supporters[0] in a.supporters]
        whole = splice(base, mine) == p.text
        cut = {sp for sp in own if whole and not any(
            c.start <= sp.start and sp.end <= c.end for c in m.changes) and not any(
            x.start <= sp.start and sp.end <= x.end for x in m.conflicts)}  # fmt: skip
        for sp in own:
            if (sp.start, sp.end, sp.new) in changes:
                assert p.supporters[0] in changes[(sp.start, sp.end, sp.new)]
                continue
            if sp in cut:  # cut where it held another's words put in there: the proposal reads whole
                continue
            taken = [c for c in m.changes if c.start <= sp.start and sp.end <= c.end and p.supporters[0] in c.supporters]
            if taken:  # one word's two edits, taken together (_words): the change is the proposal's words there
                c = taken[0]
                inside = [Span(s.start - c.start, s.end - c.start, s.new) for s in own if c.start <= s.start and s.end <= c.end]
                assert c.new == splice(base[c.start:c.end], inside), (p, sp, m)
                continue
            holders = [(x, a) for x in m.conflicts for a in x.alternatives
                       if _inside(sp, x.start, x.end, joined(x, sp)) and p.supporters[0] in a.supporters]
            assert holders, (p, sp, m)
            # the member's alternative is exactly the region with all of its own edits there (or, when
            # the merge cut an edit where another proposal put in the same words at the region's
            # edge, the region without them: that change holds them, and the proposal reads whole)
            for x, a in holders:
                if whole and any(x.start <= c.start <= x.end and p.supporters[0] in c.supporters for c in m.changes):
                    continue
                inside = [Span(s.start - x.start, s.end - x.start, s.new) for s in own
                          if _inside(s, x.start, x.end, joined(x, s)) and (s.start, s.end, s.new) not in changes]
                assert a.text == splice(base[x.start:x.end], inside), (p, sp, m)


# -- the old implementation, the oracle of the faster one (issue 16) ----------------------
def old_near_key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if not ch.isspace() and not unicodedata.category(ch).startswith("P"))


SPECIAL = ("，。、；：？！「」『』《》（）【】〔〕…—～·\u3000\u00a0\u2028\u2029\u1680\u200b\ufeff \t\n\r\x0b\x1c\x85"
           "ＡＢ１２，．＂（）\uff61\uff64①⑴㈠㊀ﬁ㍿ｶﾞ\u0301\u0308\u3099\u309a\u1100\u1161\u11a8가각e\u00e9\x00"
           "甲乙第十条\u0915\u093c\u0bc6\u0bbe\U00020000\U0001d400")  # fmt: skip
NEARISH = st.one_of(st.text(alphabet=st.sampled_from(SPECIAL), max_size=12),
                    st.text(alphabet=st.one_of(st.sampled_from(SPECIAL), st.characters()), max_size=30))


@settings(max_examples=1000, deadline=None)
@given(NEARISH)
def test_near_key_is_the_old_near_key(text: str) -> None:
    assert near_key(text) == old_near_key(text)


def _edited(base: str, cuts: list[tuple[int, int, str]]) -> str:
    """``base`` with each (start, end, words) cut applied, its positions read modulo the text's length."""
    text = base
    for a, b, words in cuts:
        a, b = sorted((a % (len(text) + 1), b % (len(text) + 1)))
        text = text[:a] + words + text[b:]
    return text


@settings(max_examples=1000, deadline=None)
@given(NEARISH, st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), NEARISH), max_size=3), st.booleans())
def test_a_wordings_near_key_read_from_its_base_is_its_near_key(base: str, cuts: list[tuple[int, int, str]],
                                                               compared: bool) -> None:  # fmt: skip
    """_group's near keys, the base's key where a wording keeps the base's words (_NearKeys), are
    near_key's, whatever the words (marks that compose with what precedes them, NUL, jamo)."""
    from lawcomment.review.merge import _NearKeys

    differ = Differ(base)
    keys = _NearKeys(differ)
    for text in (_edited(base, cuts), base, _edited(base, cuts[:1]), ""):
        if compared:  # the wording's affixes read for its diff first, or after
            differ.edits(text)
        assert keys(text) == near_key(text)


@pytest.mark.parametrize("text", [
    "\u1100\u1161", "\u1100\u1161\u11a8", "가\u11a8", "e\u0301", "，\u0301", "か\u3099", "ｶﾞ", "①，②", "ﬁ。",
    "第\u3000十条，", "a\x00b", "\u0915\u093c", "\u0bc6\u0bbe", " ，。\n",
])  # fmt: skip
def test_near_key_composes_and_folds_as_before(text: str) -> None:
    assert near_key(text) == old_near_key(text)


def test_near_key_of_every_character_is_the_old_one() -> None:
    chars = "".join(map(chr, [*range(0x40000), *range(0xE0000, 0xE1000)]))  # to the last planes in use
    assert near_key(chars) == old_near_key(chars)
    assert [near_key(ch) for ch in chars] == [old_near_key(ch) for ch in chars]


def test_only_marks_and_jamo_compose_with_what_precedes_them() -> None:
    """What near_key's one-pass path rests on: NFKC composes a character with the one before it
    only if it is the second of a canonical pair, and every such character is a mark or a
    Hangul jamo (the Unicode data of this Python)."""
    seconds = set()
    for code in range(sys.maxunicode + 1):
        d = unicodedata.decomposition(chr(code))
        if d and not d.startswith("<") and len(d.split()) == 2:
            seconds.add(chr(int(d.split()[1], 16)))
    assert seconds and all(unicodedata.category(ch).startswith("M") or "\u1100" <= ch <= "\u11ff" for ch in seconds)


def _old_union(*groups: Sequence[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for g in groups:
        for x in g:
            seen.setdefault(x, None)
    return tuple(seen)


def _old_group(proposals: Sequence[Proposal]) -> tuple[list[Proposal], list[Group], list[str]]:
    by_key: dict[str, list[Proposal]] = {}
    for p in proposals:
        by_key.setdefault(old_near_key(p.text) if p.text else f"\x00{p.text}", []).append(p)
    reps: list[Proposal] = []
    groups: list[Group] = []
    warnings: list[str] = []
    for members in by_key.values():
        texts: dict[str, list[Proposal]] = {}
        for p in members:
            texts.setdefault(p.text, []).append(p)
        ranked = sorted(texts.items(), key=lambda kv: -len(_old_union(*(p.supporters for p in kv[1]))))
        text = ranked[0][0]
        ids = tuple(p.id for p in members)
        reps.append(Proposal(members[0].id if len(members) == 1 else "+".join(ids), text,
                             _old_union(*(p.supporters for p in members))))  # fmt: skip
        if len(members) > 1:
            variants = tuple(t for t, _ in ranked[1:])
            groups.append(Group(ids, text, variants))
            if variants:
                who = ", ".join(f"{'/'.join(p.id for p in ps)}" for _, ps in ranked)
                where = " / ".join(f"「{piece}」" for piece in _where_differ(text, variants))  # (its words, not the merge)
                warnings.append(f"proposals {who} differ only in punctuation or whitespace ({where}); merged as one, "
                                f"using the wording of {'/'.join(p.id for p in ranked[0][1])}")  # fmt: skip
    return reps, groups, warnings


def _old_overlaps(a: Span, b: Span) -> bool:
    if a.start < b.end and b.start < a.end:
        return True
    return a.start == b.start and (a.start == a.end or b.start == b.end)


def old_merge(base: str, proposals: Sequence[Proposal]) -> Merge:
    reps, groups, warnings = _old_group(proposals)
    rank = {p.id: n for n, p in enumerate(reps)}
    spans: dict[tuple[int, int, str], list[Proposal]] = {}
    for p in reps:
        red = diff(base, p.text)
        if not red.changed:
            warnings.append(f"proposal {p.id} repeats the base wording; it changes nothing")
        elif red.whole:
            warnings.append(f"proposal {p.id} is compared as a whole replacement: {red.reason}")
        for sp in canonical(base, red.spans()):
            spans.setdefault((sp.start, sp.end, sp.new), []).append(p)
    ordered = sorted(spans, key=lambda k: (k[0], k[1], k[2]))
    clusters: list[list[tuple[int, int, str]]] = []
    reach = -1
    for key in ordered:
        sp = Span(*key)
        last = clusters[-1] if clusters else None
        if last is not None and (sp.start < reach or any(_old_overlaps(Span(*k), sp) for k in last)):
            last.append(key)
            reach = max(reach, sp.end)
        else:
            clusters.append([key])
            reach = sp.end
    joined: list[list[tuple[int, int, str]]] = []
    for cluster in clusters:
        if joined and any(writes_twice(k, i) or _repeats(base, k, i, spans) for k in joined[-1] for i in cluster):
            joined[-1].extend(cluster)
        else:
            joined.append(cluster)
    clusters = _tie(base, joined, spans)
    changes: list[Change] = []
    conflicts: list[Conflict] = []
    for cluster in clusters:
        if len(cluster) == 1:
            s, e, new = cluster[0]
            who = spans[cluster[0]]
            changes.append(Change(f"c{len(changes) + 1}", s, e, base[s:e], new,
                                  _old_union(*(p.supporters for p in who)), tuple(p.id for p in who)))  # fmt: skip
            continue
        start = min(k[0] for k in cluster)
        end = max(k[1] for k in cluster)
        own: dict[str, list[Span]] = {}
        by_id = {}
        for key in cluster:
            for p in spans[key]:
                own.setdefault(p.id, []).append(Span(key[0] - start, key[1] - start, key[2]))
                by_id[p.id] = p
        alts: dict[str, list[Proposal]] = {}
        for pid, pieces in own.items():
            alts.setdefault(splice(base[start:end], pieces), []).append(by_id[pid])
        ranked = sorted(alts.items(), key=lambda kv: (-len(_old_union(*(p.supporters for p in kv[1]))),
                                                      min(rank[p.id] for p in kv[1])))  # fmt: skip
        conflicts.append(Conflict(f"x{len(conflicts) + 1}", start, end, base[start:end], tuple(
            Alternative(n, text, _old_union(*(p.supporters for p in ps)), tuple(p.id for p in ps))
            for n, (text, ps) in enumerate(ranked, 1))))  # fmt: skip
    text = splice(base, [Span(c.start, c.end, c.new) for c in changes])
    return Merge(base, text, tuple(changes), tuple(conflicts), tuple(groups), tuple(proposals), tuple(warnings))


PUNCTUATED = ALPHABET + "，。 "
# each proposal: edits of the base, how many copies (a campaign), a punctuation variant or not, who
members = st.lists(st.tuples(edits, st.integers(1, 3), st.booleans(), st.lists(st.sampled_from("abcde"), min_size=1,
                                                                               max_size=3)), max_size=6)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=PUNCTUATED, max_size=40), members)
def test_merge_is_the_old_merge(base: str, drawn: list[tuple[list[tuple[int, int, str]], int, bool, list[str]]]) -> None:
    proposals = []
    for k, (e, copies, vary, who) in enumerate(drawn):
        text = _apply(base, e)
        for c in range(copies):
            wording = text.replace("，", ",", 1) if vary and c else text
            proposals.append(Proposal(f"#{k}.{c}", wording, tuple(who)))
    # the reference merge leaves out what the merge now says of changes that touch (_touching), and
    # the cutting of a rewording where it holds another's insertion (_agreeing: tested on its own)
    with patch("lawcomment.review.merge._agreeing", lambda _base, spans, _english: spans), \
            patch("lawcomment.review.merge._words", lambda _base, clusters, _holders: clusters), \
            patch("lawcomment.review.merge.kept_inside", lambda _base, spans: list(spans)):
        assert untouched(merge(base, proposals)) == old_merge(base, proposals)
        differ = Differ(base)
        assert untouched(merge(base, proposals, differ=differ)) == old_merge(base, proposals)
    assert merge(base, proposals, differ=differ) == merge(base, proposals, differ=differ)


def untouched(m: Merge) -> Merge:
    return replace(m, warnings=tuple(w for w in m.warnings if not w.startswith("changes ")))


@pytest.mark.parametrize(("proposals", "conflict"), [
    # an insertion where another proposal's rewording ends: both write there (置→定任何, 任何 after 置)
    (["设定任何不合理条件", "设置任何不合理条件"], True),
    # a rewording that does not end with the insertion: both apply (定, then 任何)
    (["设定不合理条件", "设置任何不合理条件"], False),

    # a deletion up to that point writes nothing there: both apply
    (["设不合理条件", "设置任何不合理条件"], False),
    # a rewording that ends before the point: both apply
    (["没置不合理条件", "设置任何不合理条件"], False),
])  # fmt: skip
def test_an_insertion_at_the_end_of_a_rewording_conflicts_with_it(proposals: list[str], conflict: bool) -> None:
    m = merge("设置不合理条件", [P(f"#{n}", text, f"m{n}") for n, text in enumerate(proposals)])
    assert bool(m.conflicts) is conflict, m
    if not conflict:
        assert m.text.count("任何") == 1, m.text


@pytest.mark.parametrize(("base", "proposals", "said"), [
    # a rewording, and words another proposal writes against the words it replaces: both apply,
    # and the merge says what they make together
    ("自然人、法人和其他组织。", ["自然人、法人和非法人组织。", "自然人、法人和其他经济组织。"],
     [("changes c1 and c2, of different proposals, touch: together they read 「、法人和非法人经济组织。」, which no "
       "proposal has; accept both only if that is meant")]),
    ("设置不合理条件", ["设定不合理条件", "设置任何不合理条件"],
     [("changes c1 and c2, of different proposals, touch: together they read 「设定任何不合理条」, which no proposal "
       "has; accept both only if that is meant")]),
    # a deletion beside new words reads as both meant it; edits apart say nothing
    ("设置不合理条件", ["设不合理条件", "设置任何不合理条件"], []),
    ("应当依法办理登记", ["应当办理登记", "应当依法及时办理登记"], []),
    ("应当依法办理登记", ["必须依法办理登记", "应当依法办理注册"], []),
])  # fmt: skip
def test_changes_that_touch_are_said(base: str, proposals: list[str], said: list[str]) -> None:
    m = merge(base, [P(f"#{n}", text, f"m{n}") for n, text in enumerate(proposals)])
    assert m.conflicts == () and len(m.changes) == 2
    assert list(m.warnings) == said


def test_one_insertion_two_diffs_place_apart_is_one_change() -> None:
    """The same words inserted, which the diff places after 完整 as 性、真实 in one wording and
    after 完整性、 as 真实性、 in the other (its other edit moved the alignment): one change with
    both supporters, never 真实性、真实性、."""
    base = ("电子商务平台经营者应当记录、保存平台上发布的商品和服务信息、交易信息，并确保信息的完整性、保密性、可用性。"
            "商品和服务信息、交易信息保存时间自交易完成之日起不少于三年。")  # fmt: skip
    a = base.replace("完整性、", "完整性、真实性、")
    b = a.replace("应当记录", "应当依法记录")
    spans = [Differ(base).edits(t).spans for t in (a, b)]
    assert {(sp.start, sp.new) for sp in spans[0]} != {(sp.start, sp.new) for sp in spans[1] if sp.new != "依法"}
    m = merge(base, [P("#1", a, "m1"), P("#2", b, "m2")])
    assert m.conflicts == () and m.text == b and m.text.count("真实性") == 1
    assert [c.supporters for c in m.changes if "真实" in c.new] == [("m1", "m2")]


def test_a_decision_on_an_insertion_placed_the_old_way_still_holds(consultation) -> None:  # type: ignore[no-untyped-def]
    """A store decided before insertions were placed as far right as they read the same: its
    decision names 交易或者限制 after 禁止, the merge now 或者限制交易 after 禁止交易; it holds."""
    from lawcomment import open_store

    run = consultation
    with open_store(run.db, "tester") as store:
        base = store.get_draft("ecommerce@1").load()
    text = next(v.unit.body() for v in base.articles() if v.unit.eid == "art_13")
    at = text.index("禁止交易") + 2
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--propose",
               text.replace("禁止交易的", "禁止交易或者限制交易的")).exit_code == 0  # fmt: skip
    with open_store(run.db, "tester") as store:
        store.add_decision("ecommerce@1", "art_13", "accept", start=at, end=at, old="", new="交易或者限制")
    merged = json.loads(run("merge", "--draft", "ecommerce@1", "--article", "13", "--format", "json").stdout)
    (change,) = merged["units"][0]["changes"]
    assert (change["start"], change["new"], change["state"]) == (at + 2, "或者限制交易", "accepted")


@pytest.mark.parametrize(("base", "proposals"), [
    # the rewording's end is the insertion's start (定任何, 任何不合理): not only a whole ending
    ("不得设置障碍", ["不得设定任何障碍", "不得设置任何不合理障碍"]),
    ("经营者应当公示信息", ["经营者必须及时公示信息", "经营者应当及时准确公示信息"]),
    # whichever insertion sorts first at that point (一切 before 任何), all of them conflict with it
    ("不得设置障碍", ["不得设定任何障碍", "不得设置任何障碍", "不得设置一切障碍"]),
    # a rewording a character before an insertion, both adding 安全 (the diff read 真实性、完整 → 完整性、安全)
    ("应当保证数据的真实性、完整性。", ["应当保证数据的真实性、完整性、安全性。", "应当保证数据的完整性、安全性。"]),
    # the same new item in two places: 安全 for 真实 at the front, 、安全性 at the end
    ("应当保证数据的真实性、完整性、保密性。", ["应当保证数据的安全性、完整性、保密性。", "应当保证数据的真实性、完整性、保密性、安全性。"]),
    # a member moves an item another rewords: its deletion in a conflict, its insertion must be too
    ("应当保证数据的真实性、完整性、保密性。", ["应当保证数据的完整性、保密性、真实性。", "应当保证数据的准确性、完整性、保密性。"]),
])  # fmt: skip
def test_words_a_rewording_ends_with_are_never_written_twice(base: str, proposals: list[str]) -> None:
    m = merge(base, [P(f"#{n}", text, f"m{n}") for n, text in enumerate(proposals)])
    assert len(m.conflicts) == 1 and not m.changes, m
    for alt in m.conflicts[0].alternatives:
        text = splice(base, [Span(m.conflicts[0].start, m.conflicts[0].end, alt.text)])
        assert "任何任何" not in text and "及时及时" not in text and "安全性、安全性" not in text
        assert text.count("安全性") <= 1 and text.count("真实性") <= 1, text
    assert m.text == base


def test_a_members_two_proposals_placing_one_insertion_apart_are_joined_once() -> None:
    """One member's two wordings whose diffs place the same insertion apart (its second adds
    依法, which moves the alignment): joined, 真实性、 is written once."""
    from lawcomment.review.position import _one_per_member

    base = ("电子商务平台经营者应当记录、保存平台上发布的商品和服务信息、交易信息，并确保信息的完整性、保密性、可用性。"
            "商品和服务信息、交易信息保存时间自交易完成之日起不少于三年。")  # fmt: skip
    a = base.replace("完整性、", "完整性、真实性、")
    b = a.replace("应当记录", "应当依法记录")
    (joined,), _ = _one_per_member(base, [P("#1", a, "m1"), P("#2", b, "m1")], "x")
    assert joined.text == b


def test_a_decision_on_a_deletion_placed_the_old_way_still_holds(consultation) -> None:  # type: ignore[no-untyped-def]
    """The same for a deletion: decided as 性、保密 taken out after 完整, now 保密性、 after 完整性、."""
    from lawcomment import open_store

    run = consultation
    with open_store(run.db, "tester") as store:
        text = next(v.unit.body() for v in store.get_draft("ecommerce@1").load().articles() if v.unit.eid == "art_31")
    at = text.index("完整性、保密性") + 2
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第三十一条", "--propose",
               text.replace("完整性、保密性", "完整性")).exit_code == 0  # fmt: skip
    with open_store(run.db, "tester") as store:
        store.add_decision("ecommerce@1", "art_31", "reject", start=at, end=at + 4, old="性、保密", new="")
    merged = json.loads(run("merge", "--draft", "ecommerce@1", "--article", "31", "--format", "json").stdout)
    (change,) = merged["units"][0]["changes"]
    assert (change["old"], change["state"]) == ("保密性、", "rejected"), change
    assert not merged["units"][0].get("warnings")


def test_a_members_later_proposal_wins_where_both_write_one_new_item() -> None:
    """acme first rewords 真实性 as 安全性, then adds 、安全性 after it: the later wins, 安全性 once."""
    from lawcomment.review.position import _one_per_member

    base = "应当保证数据的真实性。"
    (joined,), _ = _one_per_member(base, [P("#1", "应当保证数据的安全性。", "m1"), P("#2", "应当保证数据的真实性、安全性。", "m1")],
                                   "x")  # fmt: skip
    assert joined.text == "应当保证数据的真实性、安全性。"


_STATE = "矿产资源属于国家所有。国有矿山企业是开采矿产资源的主体。国家保障国有矿业经济的巩固和发展。"
ITEMS = "（四）为实现节约能源的；\n（五）因经济不景气的；\n（六）为保障对外贸易的；\n（七）其他情形。"
FIFTH = "（五）因经济不景气的；\n"


@pytest.mark.parametrize(("base", "span", "placed"), [
    # a 项 taken out, as a diff may place it (from the （ of （五） to the （ of （六）): on its line, label first
    (ITEMS, Span(ITEMS.index("五"), ITEMS.index("五") + len(FIFTH), ""),
     Span(ITEMS.index(FIFTH), ITEMS.index(FIFTH) + len(FIFTH), "")),
    (ITEMS, Span(ITEMS.index(FIFTH) - 1, ITEMS.index(FIFTH) - 1 + len(FIFTH), ""),  # from the line break before
     Span(ITEMS.index(FIFTH), ITEMS.index(FIFTH) + len(FIFTH), "")),
    # a 项 put in: before the line it precedes, whole
    (ITEMS, Span(ITEMS.index("（六）") + 1, ITEMS.index("（六）") + 1, "五）新增的；\n（"),
     Span(ITEMS.index("（六）"), ITEMS.index("（六）"), "（五）新增的；\n")),
    # within a line: as far right as it reads the same (、 closes what it follows)
    ("完整性、保密性", Span(2, 2, "性、真实"), Span(4, 4, "真实性、")),
    ("甲乙乙乙丙", Span(1, 2, ""), Span(3, 4, "")),
    # where it cuts no word: 二千元{+以上二万元+}以下, not 二千元以{+上二万元以+}下 (以|上) or 二千{+元以上二万+}元以下 (二万|元)
    ("处二千元以下罚款", Span(5, 5, "上二万元以"), Span(4, 4, "以上二万元")),
    ("处二千元以下罚款", Span(3, 3, "元以上二万"), Span(4, 4, "以上二万元")),
    ("自收到之日起五日内", Span(7, 7, "个工作"), Span(7, 7, "个工作")),  # 五个工作日: no place cuts nothing; as it was
    # (a new user's trial) a whole sentence taken out before one opening with the same character:
    # after the 。 closing the one before, never 国[-有…主体。国-]家
    (_STATE, Span(12, 29, ""), Span(11, 28, "")),
    ("甲。\n" + _STATE[11:], Span(4, 21, ""), Span(3, 20, "")),  # at a line's start
    (_STATE, Span(29, 29, "有资本依法投资。国"), Span(28, 28, "国有资本依法投资。")),  # a sentence put in
])  # fmt: skip
def test_canonical_places_whole_lines_on_their_lines(base: str, span: Span, placed: Span) -> None:
    assert canonical(base, [span]) == [placed]
    assert splice(base, [placed]) == splice(base, [span])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙\n（）", max_size=30), st.integers(0, 30), st.integers(0, 4), st.booleans())
def test_canonical_is_one_place_wherever_the_edit_was_put(base: str, at: int, size: int, insert: bool) -> None:
    """Every place where a pure insertion or deletion reads the same gives one answer, that
    reads the same too."""
    at = min(at, len(base))
    if insert:
        new = (base[at:] + "甲\n")[:max(size, 1)]
        first = Span(at, at, new)
        # the same insertion one place to the left or right, where it reads the same
        others = [Span(at - 1, at - 1, base[at - 1] + new[:-1])] if at and base[at - 1] == new[-1] else []
        others += [Span(at + 1, at + 1, new[1:] + base[at])] if at < len(base) and base[at] == new[0] else []
    else:
        size = min(size, len(base) - at)
        if not size:
            return
        first = Span(at, at + size, "")
        others = [Span(at - 1, at + size - 1, "")] if at and base[at - 1] == base[at + size - 1] else []
        others += [Span(at + 1, at + size + 1, "")] if at + size < len(base) and base[at] == base[at + size] else []
    (placed,) = canonical(base, [first])
    assert splice(base, [placed]) == splice(base, [first])
    for other in others:
        assert canonical(base, [other]) == [placed]


LIST = "经营者不得有下列行为：\n（一）虚假宣传；\n（二）商业贿赂；\n（三）侵犯商业秘密；\n（四）诋毁竞争对手。"


@pytest.mark.parametrize("renumbered", [False, True])
def test_two_new_items_that_share_a_word_are_two_changes(renumbered: bool) -> None:
    """A new 项 after （二） (its member numbering the rest on, or not), another member's
    rewording of （四） and a third's new 项 at the end: 不正当 in both new 项 makes them no one
    item written twice. Before, the three were one conflict."""
    first = LIST.replace("（三）侵犯", "（三）不正当有奖销售；\n（三）侵犯")
    if renumbered:
        first = first.replace("（三）侵犯", "（四）侵犯").replace("（四）诋毁", "（五）诋毁")
    m = merge(LIST, [P("#1", first, "acme"), P("#2", LIST.replace("诋毁", "诋毁、贬损"), "beta"),
                     P("#3", LIST.replace("竞争对手。", "竞争对手；\n（五）网络不正当竞争行为。"), "gamma")])  # fmt: skip
    assert m.conflicts == ()
    assert [c.supporters for c in m.changes] == [("acme",)] * (2 if renumbered else 1) + [("beta",), ("gamma",)]
    assert "（三）不正当有奖销售；" in m.text and "诋毁、贬损竞争对手；" in m.text and "网络不正当竞争行为。" in m.text
    assert m.text.count("不正当有奖销售") == 1 and m.text.count("网络不正当竞争行为") == 1


@pytest.mark.parametrize("item", ["不正当有奖销售", "侵犯商业信誉"])  # the second's other words are the draft's (侵犯商业秘密)
def test_one_new_item_written_at_two_places_still_conflicts(item: str) -> None:
    """The same new 项 after （二） from one member and at the end from another: taken together
    it would be in the list twice."""
    m = merge(LIST, [P("#1", LIST.replace("（三）侵犯", f"（三）{item}；\n（三）侵犯"), "acme"),
                     P("#2", LIST.replace("竞争对手。", f"竞争对手；\n（五）{item}。"), "beta")])  # fmt: skip
    assert m.changes == () and len(m.conflicts) == 1
    assert m.text == LIST


def test_the_same_words_put_in_at_two_places_by_two_members_conflict() -> None:
    """安全性、 put in after 完整性、 by one member and before 可用性 by another: one new item written
    twice if both were taken, so a conflict."""
    base = "应当确保数据的完整性、保密性，防止数据泄露，并确保可用性。"
    m = merge(base, [P("#1", base.replace("完整性、", "完整性、安全性、"), "acme"),
                     P("#2", base.replace("确保可用性", "确保安全性、可用性"), "beta")])  # fmt: skip
    assert m.changes == () and len(m.conflicts) == 1



RECHECK = ("可以自收到检测结果之日起五日内申请复检。\n"
           "复检不得采用快速检测方法。\n"
           "因检测结果错误给当事人造成损害的，依法承担赔偿责任。")  # fmt: skip


def test_a_new_paragraph_sharing_a_few_words_with_an_edit_of_another_is_no_conflict() -> None:
    """(a new user's trial of 农产品质量安全法 第三十六条) 五日内 → 五个工作日内 in 第一款 from one
    member, a new 款 saying 七个工作日内 from another: two changes, never one conflict spanning both
    款, whose choice would drop the new 款."""
    new = "复检机构应当自收到复检样品之日起七个工作日内出具检测报告。\n"
    m = merge(RECHECK, [P("#1", RECHECK.replace("五日内", "五个工作日内"), "a"),
                        P("#2", RECHECK.replace("因检测", new + "因检测"), "b")])  # fmt: skip
    assert m.conflicts == ()
    assert [(c.old, c.new) for c in m.changes] == [("", "个工作"), ("", new)]
    assert m.text == RECHECK.replace("五日内", "五个工作日内").replace("因检测", new + "因检测")


def test_a_new_paragraph_ending_as_a_clause_another_member_put_in_is_no_conflict() -> None:
    """(a stranger's review) A fine put into 第一款 and a new 款 on another offence ending with the
    same stock fine: two provisions, two changes, never one conflict whose choice drops one."""
    fine = "，并处五万元以上十万元以下罚款"
    new = "检测机构伪造检测数据的，责令停业整顿，并处五万元以上十万元以下罚款。\n"
    m = merge(RECHECK, [P("#1", RECHECK.replace("申请复检。", f"申请复检{fine}。"), "a"),
                        P("#2", RECHECK.replace("因检测", new + "因检测"), "b")])  # fmt: skip
    assert m.conflicts == () and len(m.changes) == 2


@pytest.mark.parametrize(("in_paragraph", "new_paragraph"), [
    ("复检机构应当在七个工作日内出具检测报告。", "复检机构应当在七个工作日内出具检测报告。"),
    # (a stranger's review) the same duty said shorter than the new 款 says it
    ("复检机构应当在七个工作日内出具报告。", "复检机构应当自收到复检样品之日起七个工作日内出具检测报告。"),
])  # fmt: skip
def test_a_new_paragraph_another_member_wrote_into_a_paragraph_still_conflicts(in_paragraph: str,
                                                                                new_paragraph: str) -> None:  # fmt: skip
    """The same provision as a new 款 from one member and at the end of 第一款 from another: taken
    together it would be in the article twice."""
    m = merge(RECHECK, [P("#1", RECHECK.replace("申请复检。", "申请复检。" + in_paragraph), "a"),
                        P("#2", RECHECK.replace("因检测", new_paragraph + "\n因检测"), "b")])  # fmt: skip
    assert m.changes == () and len(m.conflicts) == 1


@pytest.mark.parametrize(("base", "start", "end", "new", "expected"), [
    ("自决定之日起九十日内审查完毕", 6, 8, "四十五", True),  # a period: 九十日 → 四十五日
    ("自决定之日起九十日内审查完毕", 6, 7, "六", True),  # a part of the number, diffed alone
    ("处五十万元以下的罚款", 1, 4, "三百万", True),
    ("处五十万元以下的罚款", 3, 3, "", False),  # nothing changed at a number's edge is no change of it
    ("自决定之日起九十日内审查完毕", 8, 8, "工作", False),  # words put in after a number
    ("应当保证信息的真实性", 7, 9, "安全", False),  # a new item (安全性), not a number
    ("罚款1000元", 2, 6, "5000", True),
])  # fmt: skip
def test_an_amount_is_a_change_of_numerals_only(base: str, start: int, end: int, new: str, expected: bool) -> None:
    from lawcomment.review.merge import amount

    assert amount(base, start, end, new) is expected


def test_words_one_proposal_writes_twice_itself_are_no_conflict_with_another_that_agrees() -> None:
    """a rewords 有关 as 药品上市主管 and puts in 在药品上市审批期间; b puts in only the second.
    Taken together the two edits read as a's own wording, so they are two changes (the second
    agreed by a and b), never one conflict between whole phrases (from a trial on the 专利法)."""
    base = "国务院有关部门可以依照本法的规定向人民法院提起诉讼。"
    a = "国务院药品上市主管部门可以依照本法的规定在药品上市审批期间向人民法院提起诉讼。"
    b = "国务院有关部门可以依照本法的规定在药品上市审批期间向人民法院提起诉讼。"
    m = merge(base, [Proposal("#1", a, ("a",)), Proposal("#2", b, ("b",))])
    assert m.conflicts == ()
    assert [(c.old, c.new, c.supporters) for c in m.changes] == [("有关", "药品上市主管", ("a",)),
                                                               ("", "在药品上市审批期间", ("a", "b"))]  # fmt: skip


def test_an_insertion_two_proposals_make_is_agreed_though_a_diff_took_it_into_a_rewording() -> None:
    """专利法 第七十六条: huaxin puts in 在药品上市审评审批期间 after 可以; kangtai also rewords 相关当事人,
    which the diff gives as one edit taking 可以 in. The merge cuts kangtai's edit where it keeps
    可以: a change of kangtai's, and the insertion both make (one change, two supporters)."""
    base = "因申请注册的药品相关的专利权产生纠纷的，相关当事人可以向人民法院起诉。"
    huaxin = base.replace("可以", "可以在药品上市审评审批期间")
    kangtai = base.replace("相关当事人可以", "药品上市许可申请人或者有关专利权人可以在药品上市审评审批期间")
    m = merge(base, [Proposal("#7", huaxin, ("huaxin",)), Proposal("#10", kangtai, ("kangtai",))])
    assert m.conflicts == ()
    changes = [(c.new, c.supporters) for c in m.changes]
    assert changes[-1] == ("在药品上市审评审批期间", ("huaxin", "kangtai")) and len(changes) == 2
    assert splice(base, [Span(c.start, c.end, c.new) for c in m.changes]) == kangtai  # both: kangtai's own wording
    alone = [Span(c.start, c.end, c.new) for c in m.changes if "#7" in c.proposals]
    assert splice(base, alone) == huaxin


def test_the_same_words_put_into_two_items_by_two_members_are_two_changes() -> None:
    """(a new user's trial of 统计法) 或者备案 after 未经批准 in （一） from one member and in （二）
    from another: each 项 given the words, both taken, each member credited; not one conflict."""
    base = "统计机构有下列行为之一的，责令改正：\n（一）未经批准擅自组织实施统计调查的；\n（二）未经批准擅自变更统计调查制度的内容的。"
    m = merge(base, [P("#1", base.replace("（一）未经批准", "（一）未经批准或者备案"), "acme"),
                     P("#2", base.replace("（二）未经批准", "（二）未经批准或者备案"), "beta")])  # fmt: skip
    assert m.conflicts == () and [(c.new, c.supporters) for c in m.changes] == [("或者备案", ("acme",)), ("或者备案", ("beta",))]
    assert m.text == base.replace("未经批准", "未经批准或者备案")


def test_a_rewording_in_one_item_and_the_same_words_put_into_another_still_conflict() -> None:
    """(a second stranger's review) 真实性 → 安全性 in （一） and 、安全性 put into （二）: perhaps one
    item written twice; only the very same words put into two items are two changes."""
    base = "采取下列措施：\n（一）保障数据的完整性、真实性；\n（二）保障系统的可用性、保密性。"
    m = merge(base, [P("#1", base.replace("真实性", "安全性"), "acme"),
                     P("#2", base.replace("保密性", "保密性、安全性"), "beta")])  # fmt: skip
    assert len(m.conflicts) == 1 and m.text == base


@pytest.mark.parametrize(("base", "a", "b", "alternatives"), [
    # (农产品质量安全法 第四十七条, a trial) 二千 → 五千, and 以上二万元 after 二千元: together 五千元以上二万元以下
    ("责令改正，处二千元以下罚款。", "责令改正，处二千元以上二万元以下罚款。", "责令改正，可以处五千元以下罚款。",
     ("处二千元以上二万元", "可以处五千元")),
    # (第三十六条) 五日 → 十日, and 五个工作日: together 十个工作日, which neither asked
    ("应当在五日内作出决定。", "应当在十日内作出决定。", "应当在五个工作日内作出决定。", ("十", "五个工作")),
    # (农产品质量安全法 第二十四条, a trial) 至少 put in before 保存二年, and 二年 → 一年: together 至少保存一年
    ("农产品生产记录应当保存二年。", "农产品生产记录应当至少保存二年。", "农产品生产记录应当保存一年。", ("至少保存二", "保存一")),
    # a bound put after it, and the number changed: 一年以上, which neither asked
    ("记录应当保存二年。", "记录应当保存二年以上。", "记录应当保存一年。", ("二年以上", "一年")),
    # (a stranger's review) the bounding word a few words before it, or written for another word before it
    ("记录应当妥善保存二年。", "记录应当至少妥善保存二年。", "记录应当妥善保存一年。", ("至少妥善保存二", "妥善保存一")),
    ("保存期限为二年。", "保存期限不少于二年。", "保存期限为一年。", ("不少于二", "为一")),
])  # fmt: skip
def test_two_proposals_changing_one_quantity_are_alternatives(base: str, a: str, b: str,
                                                              alternatives: tuple[str, str]) -> None:  # fmt: skip
    m = merge(base, [P("#1", a, "lv"), P("#2", b, "hai")])
    assert m.changes == () and [tuple(x.text for x in c.alternatives) for c in m.conflicts] == [alternatives]


@pytest.mark.parametrize(("base", "a", "b", "merged"), [
    # each bound of a range is a quantity of its own: raising both goes together
    ("处二千元以上二万元以下罚款。", "处五千元以上二万元以下罚款。", "处二千元以上五万元以下罚款。", "处五千元以上五万元以下罚款。"),
    # a word beside a quantity changes no number: 可以 before 处, 五日 → 十日
    ("应当处五日以下拘留。", "可以处五日以下拘留。", "应当处十日以下拘留。", "可以处十日以下拘留。"),
    # one member's two changes of it are one wording (二千 → 五千 and 以上二万元: its own range)
    ("处二千元以下罚款。", "处五千元以上二万元以下罚款。", "处二千元以下罚款。", "处五千元以上二万元以下罚款。"),
    # (a reviewer) 内 of 内容 bounds no number: 三 → 五 and 内容 → 事项 are two changes
    ("申请材料应当包括三项内容。", "申请材料应当包括五项内容。", "申请材料应当包括三项事项。", "申请材料应当包括五项事项。"),
    # a bounding word in another clause bounds another thing: 至少 before 一名, 二年 → 三年
    ("应当配备检测人员，记录保存二年。", "应当配备至少一名检测人员，记录保存二年。", "应当配备检测人员，记录保存三年。",
     "应当配备至少一名检测人员，记录保存三年。"),
])  # fmt: skip
def test_changes_beside_a_quantity_or_of_another_one_go_together(base: str, a: str, b: str, merged: str) -> None:
    m = merge(base, [P("#1", a, "lv"), P("#2", b, "hai")])
    assert m.conflicts == () and m.text == merged


@pytest.mark.parametrize(("base", "old", "wordings", "region", "alternatives"), [
    # (a review) one member 三十日内 → 十五日内, another 十五日: two wordings of one period, never 十五 agreed
    # and 内 taken out on one member's word alone
    ("当事人应当在收到通知之日起三十日内提出申请。", "三十日内", ["十五日内", "十五日"], "三十日内",
     [("十五日内", ("m0",)), ("十五日", ("m1",))]),
    ("自收到检测结果之日起五日内，向组织实施", "五日内", ["十日内", "十日"], "五日内", [("十日内", ("m0",)), ("十日", ("m1",))]),
    # 二千 → 五千 agreed, 以下 → 以内 by one of them: the merge took 五千元以内, the other's 五千元以下 lost
    ("可以处二千元以下罚款。", "二千元以下", ["五千元以下", "五千元以内"], "二千元以下",
     [("五千元以下", ("m0",)), ("五千元以内", ("m1",))]),
    # a third member agreeing with the first: their wording, both credited, first
    ("可以处二千元以下罚款。", "二千元以下", ["五千元以内", "五千元以下", "五千元以下"], "二千元以下",
     [("五千元以下", ("m1", "m2")), ("五千元以内", ("m0",))]),
    # a bound 内 put after a period another member changes: 三年内, which neither asked
    ("记录应当保存二年。", "二年", ["三年", "二年内"], "二年", [("三年", ("m0",)), ("二年内", ("m1",))]),
])  # fmt: skip
def test_two_wordings_of_the_same_words_are_a_conflict(base: str, old: str, wordings: list[str], region: str,
                                                       alternatives: list[tuple[str, tuple[str, ...]]]) -> None:  # fmt: skip
    """(a review: one member's words silently chosen over another's) members who reword the same words
    differently, one of them making an edit the other agreed on and another beside it in the same word or
    quantity, are offered as alternatives, each giving back its member's wording; nothing is merged."""
    proposals = [P(f"#{n}", base.replace(old, w, 1), f"m{n}") for n, w in enumerate(wordings)]
    m = merge(base, proposals)
    assert m.changes == () and m.text == base
    (x,) = m.conflicts
    assert (x.old, [(a.text, a.supporters) for a in x.alternatives]) == (region, alternatives)
    for a in x.alternatives:
        assert splice(base, [Span(x.start, x.end, a.text)]) in [p.text for p in proposals]


@pytest.mark.parametrize(("base", "old", "wordings", "changes"), [
    # the same wording: one change, both supporting it
    ("当事人应当在收到通知之日起三十日内提出申请。", "三十日内", ["十五日内", "十五日内"], [("三十", "十五", ("m0", "m1"))]),
    # the second member's other edit stands in another word (日在 between): agreed 六十, and its own 网站
    ("应当提前三十日在首页公示。", "三十日在首页", ["六十日在首页", "六十日在网站首页"],
     [("三十", "六十", ("m0", "m1")), ("", "网站", ("m1",))]),
    # ... or across 的, which joins two words
    ("不得接受公司的股票作为质押。", "公司的股票", ["企业的股票", "企业的股份"],
     [("公司", "企业", ("m0", "m1")), ("票", "份", ("m1",))]),
    # one member's two edits of one quantity, nobody else's there: its own, both taken
    ("可以处二千元以下罚款。", "二千元以下", ["五千元以内"], [("二千", "五千", ("m0",)), ("下", "内", ("m0",))]),
])  # fmt: skip
def test_an_agreed_edit_beside_another_word_one_member_changes_goes_together(
        base: str, old: str, wordings: list[str], changes: list[tuple[str, str, tuple[str, ...]]]) -> None:  # fmt: skip
    m = merge(base, [P(f"#{n}", base.replace(old, w, 1), f"m{n}") for n, w in enumerate(wordings)])
    assert m.conflicts == () and [(c.old, c.new, c.supporters) for c in m.changes] == changes
    assert m.text == base.replace(old, wordings[-1], 1)


@pytest.mark.parametrize(("base", "gone", "old"), [
    # (野生动物保护法 第十四条, a trial) 监视、 taken out of 监视、监测: never 监[-视、监-]测
    ("各级野生动物保护主管部门应当监视、监测环境对野生动物的影响。", "监视、", "监视、"),
    ("保障数据的完整性、真实性、保密性。", "真实性、", "真实性、"),
    # (a reviewer) two items at once: 监督、监视、 out, never 督、监视、监
    ("主管部门应当对农产品产地进行监督、监视、监测。", "监督、监视、", "监督、监视、"),
])  # fmt: skip
def test_words_taken_out_of_a_list_go_with_their_mark(base: str, gone: str, old: str) -> None:
    (change,) = merge(base, [P("#1", base.replace(gone, "", 1), "acme")]).changes
    assert change.old == old and base[change.start:change.end] == old


def test_a_citation_put_in_is_never_cut_from_its_di() -> None:
    """(a stranger's review) 第二条、 put in before 第三条: {+第二条、+}第三条, never 第{+二条、第+}三条."""
    base = "违反本法第三条的规定的，依法处理。"
    (change,) = merge(base, [P("#1", base.replace("第三条", "第二条、第三条"), "acme")]).changes
    assert (change.old, change.new, base[:change.start]) == ("", "第二条、", "违反本法")


def test_two_numbers_one_member_changes_are_no_item_moved() -> None:
    """(专利法实施细则 2010 第七十七条, a new user's trial) One member asks 3000 → 4000 and 1000 → 1500,
    another 3000 → 5000: the conflict is on 3000 alone, and 1000 → 1500, which nobody opposed, is a
    change of its own (the digits they share, 000, are no item taken out and put in elsewhere)."""
    base = "一项发明专利的奖金最低不少于3000元；一项实用新型专利或者外观设计专利的奖金最低不少于1000元。"
    m = merge(base, [P("#1", base.replace("3000", "4000").replace("1000元", "1500元"), "pfizer"),
                     P("#2", base.replace("3000", "5000"), "roche")])  # fmt: skip
    assert [(c.old, c.new, c.supporters) for c in m.changes] == [("1000", "1500", ("pfizer",))]
    assert [(x.old, [a.text for a in x.alternatives]) for x in m.conflicts] == [("3000", ["4000", "5000"])]


@pytest.mark.parametrize(("base", "proposals", "changes", "conflicts"), [
    # one word's two edits (姓 out, 称 in after 名): one change, never a lone 称 to decide apart
    ("当事人的姓名、地址应当载明。", ["当事人的名称、地址应当载明。"], [("姓名", "名称")], []),
    # ... beside another member's edit of the words before: each its own change
    ("当事人的姓名、地址应当载明。", ["当事人的名称、地址应当载明。", "当事人之姓名、地址应当载明。"],
     [("的", "之"), ("姓名", "名称")], []),
    # another member's wording of the words before, in conflict with 姓 out: 称 joins the conflict, so that
    # the other wording chosen never keeps it (邮政编码称, a review of the merge)
    ("当事人的姓名、地址应当载明。", ["当事人的名称、地址应当载明。", "邮政编码名、地址应当载明。"],
     [], [("当事人的姓名", ["当事人的名称", "邮政编码名"])]),
    # a mark of punctuation between: two edits
    ("甲乙，丙丁。", ["甲，丙丁戊。"], [("乙", ""), ("", "戊")], []),
    # three characters between: two edits; two too, which may end one word and open the next (日在)
    ("甲乙丙丁戊己。", ["甲丙丁戊己庚。"], [("乙", ""), ("", "庚")], []),
    ("应当提前三十日在首页公示。", ["应当提前六十日在网站首页公示。"], [("三十", "六十"), ("", "网站")], []),
])  # fmt: skip
def test_one_words_two_edits_are_taken_together(base: str, proposals: list[str], changes: list[tuple[str, str]],
                                                conflicts: list[tuple[str, list[str]]]) -> None:  # fmt: skip
    m = merge(base, [P(f"#{n}", text, f"m{n}") for n, text in enumerate(proposals)])
    assert [(c.old, c.new) for c in m.changes] == changes
    assert [(x.old, [a.text for a in x.alternatives]) for x in m.conflicts] == conflicts
    for x in m.conflicts:  # each alternative chosen gives back its own proposal there
        for a in x.alternatives:
            assert splice(base, [Span(x.start, x.end, a.text)]) in proposals


def test_words_put_into_english_text_are_put_between_its_words() -> None:
    # a verifying trial (an English bill): part o{+r accessory o+}f, the insertion slid as far right as it read the same
    base = "A reference to a widget includes a part of a widget."
    (change,) = merge(base, [P("#1", base.replace("part of", "part or accessory of"), "acme")]).changes
    assert (base[:change.start], change.new) == ("A reference to a widget includes a part ", "or accessory ")


def test_a_break_taken_out_with_words_and_put_back_a_few_words_on_is_one_change() -> None:
    """(a new user's trial of 公司法 第七十一条) Words taken out across a 款's end and the break put
    back after 优先购买权。: two changes, the second "only puts in a line break"; rejected alone, the
    two 款 went out as one. The 款's end moved is one change."""
    base = "股东自接到通知之日起三十日未答复的，视为同意转让。\n经股东同意转让的股权，其他股东有优先购买权。两个以上股东主张行使优先购买权的，协商确定。"
    wording = "股东自接到通知之日起三十日未答复的，视为放弃优先购买权。\n两个以上股东主张行使优先购买权的，协商确定。"
    m = merge(base, [Proposal("p1", wording, ("acme",))])
    assert [(c.old, c.new) for c in m.changes] == [
        ("同意转让。\n经股东同意转让的股权，其他股东有优先购买权。", "放弃优先购买权。\n")]
    assert not [w for w in m.warnings if "line break" in w]


# -- the rules before their fast paths, the oracles of these (issue 16) --------------------
def old_break_moved(base: str, spans: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if prev is not None and sp.start - prev.end <= 30 and "\n" not in base[prev.end:sp.start]:
            breaks = [x.new.count("\n") - base[x.start:x.end].count("\n") for x in (prev, sp)]
            alone = [x.new.strip() == "" and base[x.start:x.end].strip() == "" for x in (prev, sp)]
            if sorted(breaks) == [-1, 1] and any(alone):
                out[-1] = Span(prev.start, sp.end, prev.new + base[prev.end:sp.start] + sp.new)
                continue
        out.append(sp)
    return out


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="甲乙。\n ", min_size=1, max_size=40),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3), st.text(alphabet="丙\n ", max_size=3)), max_size=5))
def test_a_break_moved_is_found_as_before(base: str, edits: list[tuple[int, int, str]]) -> None:
    """_break_moved looks at two edits only when one has a line break: what it made before."""
    from lawcomment.review.merge import _break_moved

    spans: list[Span] = []
    for at, size, new in sorted(edits):
        start = max(at % (len(base) + 1), spans[-1].end + 1 if spans else 0)
        if start > len(base):
            break
        spans.append(Span(start, min(len(base), start + size), new))
    assert _break_moved(base, spans) == old_break_moved(base, spans)


@given(st.lists(st.lists(st.sampled_from(["m1", "m2", "m3"]), max_size=3).map(tuple), min_size=1, max_size=3))
def test_a_union_of_supporters_is_each_once_in_order(groups: list[tuple[str, ...]]) -> None:
    from lawcomment.review.merge import _union

    assert _union(*groups) == tuple(dict.fromkeys(m for g in groups for m in g))


def old_tie(base: str, clusters: list[list[tuple[int, int, str]]], holders: dict[tuple[int, int, str], list[Proposal]],
            english: bool = False) -> list[list[tuple[int, int, str]]]:  # fmt: skip
    """_tie as it was before it read each edit's items once (issue 16): the oracle of the faster one
    (of Chinese text: ``english`` is never set here)."""
    from lawcomment.review.merge import _SENTENCE, _a_sentence, _added, _grams, _known, _new_paragraph, amount

    def same_item(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
        shared = len(added[a] & added[b])
        return shared > 0 and 2 * shared >= min(len(_grams(a[2]) - known), len(_grams(b[2]) - known))

    if len(clusters) < 2:
        return clusters
    where = {key: n for n, cluster in enumerate(clusters) for key in cluster}
    known = _known(base)
    spans: list[tuple[int, int]] = []
    writers: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    mine: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    added: dict[tuple[int, int, str], set[str]] = {}
    for key in where:
        added[key] = _added(base, key, known)
        for gram in added[key]:
            writers[gram].append(key)
        for p in holders[key]:
            mine[p.id].append(key)
    checked: set[tuple[tuple[int, int, str], tuple[int, int, str]]] = set()
    for keys in writers.values():
        for n, a in enumerate(keys):
            for b in keys[n + 1:]:
                if where[a] == where[b] or (a, b) in checked or {p.id for p in holders[a]} & {p.id for p in holders[b]}:
                    continue
                if amount(base, *a) and amount(base, *b):
                    continue
                if a[0] == a[1] and b[0] == b[1] and a[2] == b[2] and "\n" not in a[2] and \
                        "\n" in base[min(a[0], b[0]):max(a[1], b[1])]:  # fmt: skip
                    continue
                one = [k for k in (a, b) if _new_paragraph(base, k)]
                if len(one) == 1 and "\n" in base[min(a[0], b[0]):max(a[1], b[1])]:
                    other = b if one[0] == a else a
                    shared, own = len(added[a] & added[b]), len(_grams(other[2]) - known)
                    sentence = own >= _SENTENCE and _a_sentence(base, other)
                    if 2 * shared < len(_grams(one[0][2]) - known) and (not sentence or 2 * shared < own):
                        continue
                checked.add((a, b))
                if same_item(a, b):
                    spans.append((min(where[a], where[b]), max(where[a], where[b])))
    for keys in mine.values():
        if len(keys) < 2:
            continue
        for a in keys:
            gone = _grams(base[a[0]:a[1]]) if a[1] > a[0] else set()
            if not gone:
                continue
            for b in keys:
                if where[a] != where[b] and (len(clusters[where[a]]) > 1 or len(clusters[where[b]]) > 1) and \
                        gone & _grams(b[2]) and not (amount(base, *a) and amount(base, *b)):  # fmt: skip
                    spans.append((min(where[a], where[b]), max(where[a], where[b])))
    if not spans:
        return clusters
    reach = list(range(len(clusters)))
    for lo, hi in spans:
        reach[lo] = max(reach[lo], hi)
    out: list[list[tuple[int, int, str]]] = []
    n = 0
    while n < len(clusters):
        end, k = reach[n], n
        while k <= end:
            end = max(end, reach[k])
            k += 1
        out.append([key for c in clusters[n:end + 1] for key in c])
        n = end + 1
    return out


#: Words that make items: put in, taken out and moved by several members, they tie edits together.
ITEMS = ["真实性", "安全性", "完整性", "、", "，", "和", "五日", "十日", "\n", "（一）", "的"]
ITEMISH = st.lists(st.sampled_from(ITEMS), min_size=1, max_size=10).map("".join)
item_edits = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 4), st.lists(st.sampled_from(ITEMS), max_size=2).map(
    "".join)), min_size=1, max_size=3)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(ITEMISH, st.lists(item_edits, min_size=2, max_size=6), st.booleans())
def test_edits_are_tied_as_before(base: str, per_member: list[list[tuple[int, int, str]]], twice: bool) -> None:
    """_tie, reading each edit's items once, ties the edits it tied before (two members writing
    one new item, a member's item moved), whatever the order it reads them in."""
    import lawcomment.review.merge as merging

    proposals = [P(f"#{k}", _apply(base, e), f"m{k % 3 if twice else k}") for k, e in enumerate(per_member)]
    fast = merge(base, proposals)
    with patch.object(merging, "_tie", old_tie):
        slow = merge(base, proposals)
    assert fast == slow


# -- multi-line units: an unchanged 项 or 款 is never struck and typed again ------------------
def test_a_new_item_after_an_unchanged_one_is_its_own_change() -> None:
    """劳动合同法 第四十六条 (an audit of the Word output): a clause added at the end of （五）, （六)
    kept word for word, a new （七） and the old one numbered on. One change struck （六） and typed
    it again (its tail 劳动合同的； matched to the new （七）'s); now the clause and the new item are
    two changes, the new item with the label it numbers on, and （六） is no change's."""
    from tests.test_redline import ITEMS_46, PROPOSED_46

    m = merge(ITEMS_46, [P("#1", PROPOSED_46, "huaxin")])
    assert [(c.old, c.new) for c in m.changes] == [
        ("", "，但以完成一定工作任务为期限的劳动合同因任务完成而终止的除外"),
        ("（七）", "（七）用人单位依照企业破产法规定进行重整，与劳动者协商一致解除劳动合同的；\n（八）")]  # fmt: skip
    assert m.text == PROPOSED_46 and not m.conflicts
    sixth = ITEMS_46.index("（六）")
    assert not any(c.start <= sixth < c.end or sixth <= c.start < ITEMS_46.index("\n", sixth) for c in m.changes)


@settings(max_examples=300, deadline=None)
@given(numbered_lines())
def test_a_merge_strikes_no_unchanged_line(case: tuple[str, str, set[int]]) -> None:
    """A member's wording of a unit of lines (some put in, changed, taken out, the items numbered
    on): its changes give its text, and none takes out words of a line it keeps word for word."""
    old, new, kept = case
    lines = _line_spans(old)
    m = merge(old, [P("#1", new, "m1")])
    assert m.text == new and not m.conflicts
    for k in kept:
        a, b = lines[k]
        assert not any(c.start < b and a < c.end for c in m.changes), (old[a:b], m.changes)
