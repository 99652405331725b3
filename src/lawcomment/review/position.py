"""The committee's position per unit: members' proposals from the store, merged, with staff
decisions applied (accept/reject a change, choose a conflict alternative, final wording).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise, product
from typing import Any, NamedTuple

from ..comments import INACTIVE, Comment, Stance
from ..drafts.anchors import cite, describe, law_citation, resolve, unit_index, unit_spans
from ..drafts.numerals import cn_to_int, int_to_cn
from ..drafts.normalize import ZERO_WIDTH_CHARS
from ..drafts.serialize import body_separator
from ..errors import CitationError
from ..frozen import maker
from ..model import Draft, Kind, Unit
from ..records import Decision
from .drawing import whole_numbers
from .merge import (ITEM_LABEL, NUMERALS, Alternative, Change, Conflict, Merge, Proposal, adds_same, amount, canonical,
                    combinable, describe_change, line_put_before, merge, near_key, writes_twice)
from .phrases import conflict_words, is_han, pair_usage, quantities, ranges, readable_span, words_before
from .redline import Differ, DiffMemo, Redline, Span, diff, finer_spans, redline_of, similarity, splice

PROPOSING = (Stance.AMEND, Stance.DELETE, Stance.INSERT)
COUNTED = (Stance.SUPPORT, Stance.OPPOSE, Stance.QUESTION, Stance.COMMENT)
#: A Proposal built without its __init__ (:func:`~lawcomment.frozen.maker`): one per comment merged.
_new_proposal = maker(Proposal)


@dataclass(frozen=True, slots=True)
class ChangeState:
    """A change of the merge and what staff made of it: proposed (in the position until
    rejected), accepted or rejected, with the deciding decision's id."""

    change: Change
    state: str
    decision: int | None = None


@dataclass(frozen=True, slots=True)
class ConflictState:
    """A conflict and its resolution: ``chosen`` is the alternative's number, 0 for the
    draft's own wording, None while unresolved. ``stale`` says what changed since the
    decision (a new alternative arrived); the decision still applies until staff act.
    ``draft_supporters`` are the members who back the draft's wording there (keeping it is
    alternative 0), by ``draft_comments``: a support of the unit, or of a 款 or words of it the
    conflict is in, from a member who proposes none of its alternatives (nor, supporting the whole
    unit, any wording of it), or their replies opposing every proposal the alternatives come from."""

    conflict: Conflict
    chosen: int | None = None
    decision: int | None = None
    stale: str = ""
    draft_supporters: tuple[str, ...] = ()
    draft_comments: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Insertion:
    """A proposed new unit after ``after`` (``id`` n1, n2 …), its supporters and comment
    ids, and what staff made of it: proposed, accepted or rejected."""

    after: str
    text: str
    supporters: tuple[str, ...]
    comments: tuple[int, ...]
    id: str = "n1"
    state: str = "proposed"
    decision: int | None = None


@dataclass(frozen=True, slots=True)
class Piece:
    """One edit of the position: ``base[start:end]`` becomes ``new``; ``supporters`` are the
    members who proposed it, empty when it is the committee's own wording."""

    start: int
    end: int
    new: str
    supporters: tuple[str, ...]
    consequential: bool = False  # an item numbered on (numbered()): follows from the others, asked by nobody


class Tally(NamedTuple):
    """What ``merge`` counts of a position (:func:`~lawcomment.review.positions_summary`): its
    proposals, changes, conflicts, unresolved conflicts and stale decisions."""

    proposals: int
    changes: int
    conflicts: int
    unresolved: int
    stale: int


@dataclass(frozen=True, slots=True)
class UnitPosition:
    """Everything staff need to decide one unit: the merge, decisions, counts, the result.

    ``text`` is the committee position: the merged text after decisions (unresolved
    conflict regions keep the draft's wording). ``final`` is set by a final-wording decision.
    """

    eid: str
    citation: str
    base: str
    merge: Merge
    changes: tuple[ChangeState, ...]
    conflicts: tuple[ConflictState, ...]
    text: str
    final: Decision | None
    counts: dict[str, int]
    insertions: tuple[Insertion, ...]
    warnings: tuple[str, ...]
    stale: tuple[str, ...] = ()  # decisions to review again: their premises changed, or they no longer match

    @property
    def unresolved(self) -> tuple[Conflict, ...]:
        if self.final is not None:
            return ()
        return tuple(c.conflict for c in self.conflicts if c.chosen is None)

    @property
    def proposals(self) -> int:
        return len(self.merge.proposals)

    @property
    def tally(self) -> Tally:
        """What ``merge`` counts of it (:class:`Tally`)."""
        return Tally(len(self.merge.proposals), len(self.changes), len(self.conflicts), len(self.unresolved),
                     len(self.stale))  # fmt: skip

    @property
    def unreviewed(self) -> tuple[str, ...]:
        """Ids of what staff have not decided yet: changes, conflicts and new units; under the
        committee's own wording, those of proposals that arrived after it was set (a trial's late
        proposal was hidden from the dashboard's work and the tracking sheet, said only on its page)."""
        if self.final is not None:
            new = set(_new_since(self.final, "proposals", [p.text for p in self.merge.proposals]))
            late = {p.id for p in self.merge.proposals if p.text in new}
            return (*(c.change.id for c in self.changes if late & set(c.change.proposals)),
                    *(x.conflict.id for x in self.conflicts
                      if any(late & set(a.proposals) for a in x.conflict.alternatives)),
                    *(i.id for i in self.insertions if i.state == "proposed"))  # fmt: skip
        return (*(c.change.id for c in self.changes if c.state == "proposed"),
                *(x.conflict.id for x in self.conflicts if x.chosen is None),
                *(i.id for i in self.insertions if i.state == "proposed"))  # fmt: skip

    @property
    def submitted_text(self) -> str:
        """The position as it goes out by default: only what staff accepted or chose."""
        return splice(self.base, [Span(p.start, p.end, p.new) for p in self.pieces(submitted=True)])

    def submitted_insertions(self, submitted: bool = True) -> tuple[Insertion, ...]:
        """The proposed new units in the position: accepted ones, or all but rejected ones."""
        keep = ("accepted",) if submitted else ("accepted", "proposed")
        return tuple(i for i in self.insertions if i.state in keep)

    def taken_into_final(self) -> frozenset[tuple[int, int, str]]:
        """The changes (start, end, new) the committee's own wording makes in their very words:
        taken into it, not superseded by it (none without such a wording)."""
        if self.final is None:
            return frozenset()
        return frozenset((p.start, p.end, p.new) for p in self.pieces())

    def takes(self, start: int, end: int, new: str) -> bool:
        """Whether the committee's own wording makes the change ``base[start:end]`` → ``new``: in its
        very words, or, a deletion, with its words gone inside an edit of the wording that covers
        them (a 项 deleted, the one before it ending in 。 now, not ；: 农业技术推广法 2012 第十一条, a
        trial, where the member read that the committee had not taken its deletion)."""
        if self.final is None:
            return False
        pieces = self.pieces()  # (the wording's diff, made once for both tests)
        if any((p.start, p.end, p.new) == (start, end, new) for p in pieces):
            return True
        # its words without the line breaks and marks at its ends, which the wording may keep or move
        words = self.base[start:end]
        lead = len(words) - len(words.lstrip(_ENDS))
        gone = words.strip(_ENDS)
        if new or not gone:
            return False
        at = start + lead

        def bare(text: str) -> str:
            return "".join(ch for ch in text if ch not in _ENDS)

        # an edit that covers its words and writes nothing but marks in their place: the clause is gone, not
        # reworded (并缴纳相关费用 deleted, 同时交付有关规费 written there is another wording: a review)
        return any(p.start <= at and at + len(gone) <= p.end
                   and bare(p.new) == bare(self.base[p.start:at] + self.base[at + len(gone):p.end])
                   for p in pieces)  # fmt: skip

    def pieces(self, submitted: bool = False) -> list[Piece]:
        """The edits that turn ``base`` into ``text``, in order, each with its supporters
        (for the committee's own final wording, those who proposed that very edit: the same
        words replaced by the same words, as the merge found it; none for the committee's own).
        ``submitted`` keeps only the changes staff accepted (and conflicts they resolved), as
        the submission does by default."""
        if self.final is not None:
            proposed = {(c.start, c.end, c.new): c.supporters for c in self.merge.changes}
            for region in self.merge.conflicts:
                proposed.update({(region.start, region.end, a.text): a.supporters for a in region.alternatives})
            # placed as the merge places a proposal's edits: a 款 put in on its own line, never
            # 方法{+。⏎复检…报告+}。 (a trial's submission: the 。 of the 款 before marked as put in)
            return [Piece(s.start, s.end, s.new, proposed.get((s.start, s.end, s.new), ()))
                    for s in canonical(self.base, diff(self.base, self.text).spans())]  # fmt: skip
        keep = ("accepted",) if submitted else ("accepted", "proposed")
        # (where two insertions meet at one point, a region's own comes first at its end and last at its start)
        ranked = [(Piece(c.change.start, c.change.end, c.change.new, c.change.supporters), 1)
                  for c in self.changes if c.state in keep]  # fmt: skip
        for x in self.conflicts:
            if x.chosen:
                # the alternative's own edits of its region, never the region struck and typed again
                # (猎夹、{+捕鸟网、+}地枪、排铳, not [-地枪、排铳-]{+捕鸟网、地枪、排铳+}: a trial's submission)
                alt, start = x.conflict.alternatives[x.chosen - 1], x.conflict.start
                if alt.combines:  # several members' entries put in together: each its own, credited to its own
                    ranked += [(Piece(start, start, part.text, part.supporters), 2)
                               for part in combined_parts(x.conflict, alt)]  # fmt: skip
                    continue
                ranked += [(Piece(start + d.start, start + d.end, d.new, alt.supporters),
                            2 if d.start == d.end == 0 else 0)
                           for d in own_edits(self.base[start:x.conflict.end], alt.text)]  # fmt: skip
        ranked.sort(key=lambda pr: (pr[0].start, pr[0].end, pr[1]))
        out = [p for p, _ in ranked]
        if not any(x.chosen for x in self.conflicts):
            return numbered(self.base, out)
        whole = [Piece(c.change.start, c.change.end, c.change.new, c.change.supporters) for c in self.changes
                 if c.state in keep] + [Piece(x.conflict.start, x.conflict.end, x.conflict.alternatives[x.chosen - 1].text,
                                              x.conflict.alternatives[x.chosen - 1].supporters)
                                        for x in self.conflicts if x.chosen]  # fmt: skip
        whole.sort(key=lambda p: (p.start, p.end))
        if splice(self.base, [Span(p.start, p.end, p.new) for p in out]) != \
                splice(self.base, [Span(p.start, p.end, p.new) for p in whole]):  # fmt: skip
            # (an alternative's own edits meeting another change's insertion at one point, in repeated
            # words, may read otherwise in that order: the region goes out whole, as it was chosen)
            out = whole
        return numbered(self.base, out)

    def marked(self, piece: Piece) -> list[Piece]:
        """One of :meth:`pieces` as the submission marks it (its credit and decisions stay with the
        whole piece): the committee's own wording word by word, as a chosen alternative's (国家有关 put
        in before 规定 and ，每年至少 after it, never 规定 struck and typed again: a web trial), and a
        change of several numbers number by number (1986年10月1日 → 2025年7月1日: a trial)."""
        old = self.base[piece.start:piece.end]
        words = own_edits(old, piece.new) if self.final is not None else [Span(0, len(old), piece.new)]
        out = []
        for w in words:
            at = piece.start + w.start
            out += [Piece(at + d.start, at + d.end, d.new, piece.supporters)
                    for d in numbers_apart(self.base[at:piece.start + w.end], w.new)]  # fmt: skip
        return out

    def redline(self) -> Redline:
        """The position as a redline of the base: its own edits, each where it was made (a diff of
        the two texts may join neighbours: 「；（三）」 struck and put back between two changes)."""
        if self.final is None:
            chosen = {(x.conflict.start, x.conflict.end) for x in self.conflicts if x.chosen}
            spans: list[Span] = []
            for p in self.pieces():
                if (p.start, p.end) in chosen:  # a chosen alternative is its whole region: its own edits in it
                    spans += [Span(p.start + d.start, p.start + d.end, d.new)
                              for d in own_edits(self.base[p.start:p.end], p.new)]  # fmt: skip
                else:
                    spans += [Span(m.start, m.end, m.new) for m in self.marked(p)]
        else:  # the committee's own wording: its edits placed as the submission places them (a 款 put in on a
            # line of its own, never 一年{+。⏎…方式+}。: a web trial's merged view)
            spans = [Span(p.start, p.end, p.new) for p in self.pieces()]
        # (a number changed drawn whole with its measure word: 保存~~二~~三年 reads 保存三三年)
        spans = [w for w, _ in whole_numbers(self.base, [(x, None) for x in spans])]
        if splice(self.base, spans) == self.text:
            return redline_of(self.base, spans)
        return diff(self.base, self.text)

    def to_dict(self) -> dict[str, object]:
        return {
            "eid": self.eid, "citation": self.citation, "base": self.base, "merged": self.merge.text,
            "position": self.text,
            "proposals": [{"id": p.id, "supporters": list(p.supporters), "text": p.text} for p in self.merge.proposals],
            "changes": [{**c.change.to_dict(), "state": c.state, "decision": c.decision} for c in self.changes],
            "conflicts": [{**c.conflict.to_dict(), "resolved": c.chosen is not None or self.final is not None,
                           "chosen": c.chosen, "decision": c.decision, "stale": c.stale or None,
                           "draft_supporters": list(c.draft_supporters), "draft_comments": list(c.draft_comments)}
                          for c in self.conflicts],
            "final": None if self.final is None else {"decision": self.final.id, "text": self.final.new},
            "unresolved": len(self.unresolved), "counts": self.counts,
            "insertions": [{"id": i.id, "after": i.after, "text": i.text, "supporters": list(i.supporters),
                            "comments": list(i.comments), "state": i.state, "decision": i.decision}
                           for i in self.insertions],
            "groups": [{"proposals": list(g.proposals), "text": g.text, "variants": list(g.variants)}
                       for g in self.merge.groups],
            "unreviewed": list(self.unreviewed), "submitted": self.submitted_text,
            "stale": list(self.stale), "warnings": list(self.warnings),
        }  # fmt: skip


def combined_parts(conflict: Conflict, alt: Alternative) -> list[Alternative]:
    """The alternatives ``alt`` puts in together (:func:`~lawcomment.review.merge.combined`), in its
    order; ``[alt]`` for one member's own wording."""
    return [conflict.alternatives[n - 1] for n in alt.combines] or [alt]


def own_edits(old: str, new: str) -> list[Span]:
    """A chosen alternative's own edits of its region, as the submission shows them: word by word
    when the words between them are words of two characters or more (国家秘密、{+工作秘密、+}商业秘密
    {+、个人隐私+}和个人信息…, not the region struck and typed again, as the diff's clean-up joins
    them: a trial's 统计法 第九条), else as the diff has them."""
    fine = finer_spans(old, new)
    if len(fine) > 1 and all(b.start - a.end >= 2 for a, b in zip(fine, fine[1:])):
        return list(fine)
    return diff(old, new).spans()


def numbers_apart(old: str, new: str) -> list[Span]:
    """A change of several numbers, shown number by number with the measure words between them
    kept (1986年10月1日 → 2025年7月1日: {1986→2025}年{10→7}月, never 「1986年10」 struck and
    「2025年7」 typed, as the diff's clean-up joins them: a trial's 矿产资源法 第五十三条); any other
    change whole, as one edit of ``old``."""
    whole = [Span(0, len(old), new)]
    if not any(ch in NUMERALS for ch in old) or not any(ch in NUMERALS for ch in new):
        return whole
    fine = finer_spans(old, new)
    if len(fine) < 2 or not all(amount(old, sp.start, sp.end, sp.new) for sp in fine):
        return whole
    return list(fine)


def merge_target(unit_eid: str, index: Mapping[str, Unit]) -> str:
    """The unit a proposal is merged in: its article, or the container itself."""
    head = unit_eid.split("__", 1)[0]
    if head.startswith("art_") and head in index:
        return head
    # articles inside annexes or containers carry the container path in their eid
    parts = unit_eid.split("__")
    for i in range(len(parts), 0, -1):
        eid = "__".join(parts[:i])
        if eid in index and index[eid].kind is Kind.ARTICLE:
            return eid
    return unit_eid


def placed(comment: Comment, target: Unit, sep: str, spans: dict[str, tuple[int, int]],
           base: str) -> str | None:  # fmt: skip
    """The whole target unit as this comment would have it (None: not a wording proposal)."""
    eid = comment.anchor.eid or ""
    if target.kind.is_container:
        if comment.stance is Stance.AMEND and eid == target.eid:
            return comment.proposed_text
        return None
    start, end = spans[eid]
    if comment.stance is Stance.AMEND:
        return base[:start] + (comment.proposed_text or "") + base[end:]
    if comment.stance is Stance.DELETE and eid == target.eid:
        return ""
    unit = next((u for u in target.walk() if u.eid == eid), None)
    if comment.stance is Stance.DELETE:
        # the unit goes with its label: （五） or 第二款's own number would be left behind
        if unit is not None and unit.label:
            head = unit.label + sep
            if base[max(0, start - len(head)):start] == head:
                start -= len(head)
        if end < len(base) and base[end] == "\n":
            end += 1
        elif start > 0 and base[start - 1] == "\n":
            start -= 1
        return base[:start] + base[end:]  # the items after it are numbered back with the position (numbered())
    # an insertion inside an article: a new 款 or 项 after the anchor
    text = comment.proposed_text or ""
    if unit is not None and unit.kind in (Kind.ITEM, Kind.SUBITEM) and (unit.num or "").isdigit() \
            and _CN_ITEM.fullmatch(unit.label):  # fmt: skip
        # a new 项 after item K is item K+1, whatever label the member typed (or none: an
        # unnumbered line would read as a new 款); the items after it are numbered on with the
        # position (numbered()), so the numbers stay consequential, as cross-references are
        typed = ITEM_LABEL.match(text)
        text = _label(unit.label, int(unit.num or 0) + 1) + sep + (text[typed.end():].lstrip() if typed else text)
    return base[:end] + "\n" + text + base[end:]


def _unnumbered(text: str) -> str:
    """``text`` without the item labels opening its lines."""
    return "\n".join(ITEM_LABEL.sub("", line, count=1) if ITEM_LABEL.match(line) else line for line in text.split("\n"))


def _label_before(base: str, at: int) -> int:
    """The length of the item label that opens the line of ``base`` up to ``at`` (0: none)."""
    line = base.rfind("\n", 0, at) + 1
    return at - line if ITEM_LABEL.fullmatch(base[line:at].rstrip()) else 0


def _label(like: str, n: int) -> str:
    """Item label ``like`` (（四）, (四)) with number ``n`` instead, in its own brackets."""
    return f"{like[0]}{int_to_cn(n)}{like[-1]}"


#: A citation of a 项 by number (前款第一项至第五项).
_ITEM_CITED = re.compile(r"第[〇零一二两三四五六七八九十]+项(?:至第[〇零一二两三四五六七八九十]+项)?")
#: A 项's label opening a line, （四） or (四): its number.
_CN_ITEM = re.compile(r"[（(]([〇零一二两三四五六七八九十百]+)[）)]")
#: A 项 or a 目 (1．, 2.) opening a line: lines that are no 款 of their own.
_NO_KUAN = re.compile(r"[（(][〇零一二两三四五六七八九十百]+[）)]|\d+[．.](?!\d)")


def _item_runs(text: str) -> list[list[tuple[int, str, int | None]]]:
    """The lists of 项 in ``text``: per list, each item's offset, label and number (None: not a
    number). A list goes on across lines without a label (an item's second sentence, its 目, a
    款 between) until an item numbered 一 starts another."""
    runs: list[list[tuple[int, str, int | None]]] = []
    current: list[tuple[int, str, int | None]] = []
    at = 0
    for line in text.split("\n"):
        m = _CN_ITEM.match(line)
        if m is not None:
            try:
                n: int | None = cn_to_int(m.group(1))
            except ValueError:
                n = None
            if n == 1 and current:
                runs.append(current)
                current = []
            current.append((at, m.group(), n))
        at += len(line) + 1
    if current:
        runs.append(current)
    return runs


def numbered(base: str, pieces: list[Piece]) -> list[Piece]:
    """``pieces`` (in order, apart) with the 项 of each list numbered on where they take items
    out or put them in: a consequential change, like a cross-reference following its article
    (（四） new, the old （四） to （八） become （五） to （九）), made with the position, so that
    it never conflicts and never goes stale. Only a draft whose own lists are numbered 1, 2, 3 …
    is renumbered; a label that would fall across an edit leaves the pieces as they are."""
    if not pieces or ("（" not in base and "(" not in base):
        return pieces
    if any([n for _, _, n in run] != list(range(1, len(run) + 1)) for run in _item_runs(base)):
        return pieces  # the law numbers its lists otherwise: not ours to change
    # the position's text, and where each stretch of it comes from: (text start, base start or
    # None for a piece's words, the piece's index)
    parts: list[tuple[int, int | None, int]] = []
    text, at, last = [], 0, 0
    for i, p in enumerate(pieces):
        if p.start > last:
            parts.append((at, last, -1))
            text.append(base[last:p.start])
            at += p.start - last
        parts.append((at, None, i))
        text.append(p.new)
        at += len(p.new)
        last = p.end
    parts.append((at, last, -1))
    text.append(base[last:])
    joined = "".join(text)
    fixes = [(o, label, _label(label, k)) for run in _item_runs(joined)
             for k, (o, label, n) in enumerate(run, 1) if n != k]  # fmt: skip
    if not fixes:
        return pieces
    new = {i: p.new for i, p in enumerate(pieces)}
    added: list[Piece] = []
    for o, label, want in fixes:
        k = max(j for j, part in enumerate(parts) if part[0] <= o)
        begin, source, i = parts[k]
        stop = parts[k + 1][0] if k + 1 < len(parts) else len(joined)
        if o + len(label) > stop:
            return pieces  # a label across an edit's edge
        if source is None:  # in a piece's words: the piece writes the right number
            inner = o - begin
            new[i] = new[i][:inner] + want + new[i][inner + len(label):]
        else:
            b = source + o - begin
            added.append(Piece(b, b + len(label), want, (), True))
    out = [Piece(p.start, p.end, new[i], p.supporters) for i, p in enumerate(pieces)] + added
    # (a member's own renumbering, numbered once more, may come back to the draft's label)
    return sorted((p for p in out if base[p.start:p.end] != p.new), key=lambda p: (p.start, p.end))


def numbered_on(base: str, text: str) -> str:
    """``text``, a wording of ``base``, with each list's 项 numbered 1, 2, 3 … in order where it
    is not, when ``base`` numbers its own lists so: a 项 a member put at the end of a list that a
    later reading made longer (（四） after （九）) takes its place's number (（十）)."""
    if "（" not in text and "(" not in text:
        return text
    if any([n for _, _, n in run] != list(range(1, len(run) + 1)) for run in _item_runs(base)):
        return text  # the law numbers its lists otherwise: not ours to change
    fixes = [(o, label, _label(label, k)) for run in _item_runs(text) for k, (o, label, n) in enumerate(run, 1) if n != k]
    for o, label, want in reversed(fixes):
        text = text[:o] + want + text[o + len(label):]
    return text


def numbered_back(base: str, text: str) -> str:
    """A member's wording ``text`` of ``base`` with the draft's own labels back on the items it
    keeps, where the member numbered its list on around a 项 put in or taken out: the position
    numbers the list on itself (:func:`numbered`), so the member's renumbering is no edit of its
    own, to decide, to credit, or to conflict with another member who numbered on from another
    new 项. New items keep the member's label. An item is the draft's when its words are, or
    when the member rewords it in its place (as many items between the same kept ones); lists
    the draft or the member numbers otherwise (not 1, 2, 3 …), or that the wording does not
    keep as lists, are left as they are."""
    if "（" not in text and "(" not in text:
        return text
    ours, theirs = _item_runs(base), _item_runs(text)
    if not ours or len(ours) != len(theirs) or any(
            [n for _, _, n in run] != list(range(1, len(run) + 1)) for run in (*ours, *theirs)):  # fmt: skip
        return text
    if [[label for _, label, _ in run] for run in ours] == [[label for _, label, _ in run] for run in theirs]:
        return text
    from difflib import SequenceMatcher

    def words(source: str, run: list[tuple[int, str, int | None]]) -> list[str]:
        """Each item's line, without its label."""
        out = []
        for at, label, _ in run:
            end = source.find("\n", at)
            out.append(source[at + len(label):end if end >= 0 else len(source)])
        return out

    relabel: list[tuple[int, str, str]] = []  # offset in text, the member's label, the draft's
    kept: list[dict[int, int]] = []  # per list: each kept item of the member's → the draft's number for it
    for run, other in zip(ours, theirs, strict=True):
        kept.append({})
        mine, yours = words(base, run), words(text, other)
        matcher = SequenceMatcher(None, mine, yours, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):  # kept, or reworded in place
                pairs = list(zip(range(i1, i2), range(j1, j2)))
            elif tag == "replace":  # items put in or taken out beside reworded ones: each kept one by its words
                pairs, j = [], j1
                for i in range(i1, i2):
                    near = [k for k in range(j, j2) if SequenceMatcher(None, mine[i], yours[k]).ratio() >= 0.5]
                    if near:
                        pairs.append((i, near[0]))
                        j = near[0] + 1
            else:
                continue
            relabel += [(other[j][0], other[j][1], run[i][1]) for i, j in pairs if other[j][1] != run[i][1]]
            kept[-1].update({j: run[i][2] or 0 for i, j in pairs})
    back = text
    for at, label, want in sorted(relabel, reverse=True):
        back = back[:at] + want + back[at + len(label):]
    # the position numbers each list on as _item_runs reads it: a list must stay one list, of as
    # many items (a new first （一） beside the draft's own （一）, or a second list whose first item
    # is gone, would read otherwise): else the member's own numbering stands, an edit as it was
    if [len(run) for run in _item_runs(back)] != [len(run) for run in theirs]:
        return text
    # nor out of order: a list the member rewrote, whose items read like the draft's in another order
    # ((二)(四)(三)…, a trial's 会计法 第十条), keeps the member's own numbering. The kept items go up
    # with the draft's numbers; a new one's own number is above the kept one before it (new items
    # keep the member's numbers: 一, 二 new, 三 new, then the draft's 二)
    for other, drafts in zip(theirs, kept, strict=True):
        last = 0
        for j, (_, _, n) in enumerate(other):
            number = drafts.get(j, n or 0)
            if number <= last:
                return text
            if j in drafts:
                last = number
    return back


def _cited_elsewhere(index: Mapping[str, Unit], unit: Unit, text: str, gone: set[str], moved: dict[str, str],
                     lang: str, kuan_moved: Mapping[str, str] | None = None) -> list[str]:  # fmt: skip
    """Warnings for the citations, in other units of the draft (and in the unit's own 款 the
    position, ``text``, leaves as they were), of what the position of ``unit`` takes away or
    numbers otherwise: the 项 ``gone``, those ``moved`` to another number (:func:`item_fates`
    follows each through the edits, whatever their cut), the whole article deleted. The law's
    cross-references follow their article only when staff change them too."""
    whole = not text.strip()
    kuan_moved = kuan_moved or {}
    if not (whole or gone or moved or kuan_moved):
        return []
    own = unit.eid + "__"
    out: list[str] = []
    for other in index.values():
        if other.eid == unit.eid or not other.references:
            continue
        # a 款 of the article itself (有前款第二项、第三项规定的情形) when the position keeps its words as they were
        if other.eid.startswith(own) and not (other.text and other.text in text):
            continue
        for ref in other.references:
            if ref.range_end is None and not any(t == unit.eid or t.startswith(own) for t in ref.targets):
                continue  # of another article (a range, 第十条至第十六条, may hold this one: read out below)
            named = named_units(ref.targets, ref.range_end)
            if (whole and any(t == unit.eid or t.startswith(own) for t in named)) or any(t in gone for t in named):
                out.append(f"{describe(other.eid, lang)} cites 「{ref.text}」, which this position deletes; change or "
                           "delete the citation")  # fmt: skip
            elif not other.eid.startswith(own) and (hit := next((t for t in named if t in moved), None)) is not None:
                # (the article's own citations of items numbered on: the numbering's warning names them)
                out.append(f"{describe(other.eid, lang)} cites 「{ref.text}」: {describe(hit, lang)} is numbered "
                           f"{moved[hit]} in this position; change the citation with it")  # fmt: skip
            elif (hit := next((t for t in named if t in kuan_moved), None)) is not None:
                # a 款 numbered on (no warning of the article's own numbers says so: 款 carry none)
                out.append(f"{describe(other.eid, lang)} cites 「{ref.text}」: {describe(hit, lang)} is "
                           f"{kuan_moved[hit]} in this position; change the citation with it")  # fmt: skip
    return out


def item_fates(unit: Unit, base: str, spans: dict[str, tuple[int, int]], sep: str, pieces: Iterable[Span],
               text: str, final: bool = False) -> tuple[set[str], dict[str, str]]:  # fmt: skip
    """The 项 of ``unit`` a position (its edits of ``base``, which make ``text``) takes out, and
    those it numbers otherwise (eid → the label it gives them), each followed through the edits.
    A ``final`` wording (one edit of the whole unit) is read by the words of each 项; the 项 whose
    words it changed are then found among the 项 lines no other stands on (:func:`_reworded_items`)."""
    pieces = sorted(pieces, key=lambda p: (p.start, p.end))
    gone: set[str] = set()
    moved: dict[str, str] = {}
    lines: dict[str, int] = {}  # the line of ``text`` each 项 found stands on
    lost: list[Unit] = []
    for u in unit.walk():
        if u.kind is not Kind.ITEM or u.eid not in spans or not u.label:
            continue
        start, end = spans[u.eid]
        head = start - len(u.label) - len(sep)
        fate = _follow(pieces, text, head, start, base[start:end])
        if fate is None:
            lost.append(u)
            lines[u.eid] = -1
            continue
        lines[u.eid] = text.count("\n", 0, fate[1])
        if _number(fate[0]) != _number(u.label):
            moved[u.eid] = fate[0]
    if final and lost:
        said = text.split("\n")
        for eid, line in _reworded_items(lines, {u.eid: base[slice(*spans[u.eid])] for u in lost}, said).items():
            label = _CN_ITEM.match(said[line])
            if label is not None and _number(label.group()) != _number(next(u.label for u in lost if u.eid == eid)):
                moved[eid] = label.group()
            lines[eid] = line
    gone = {u.eid for u in lost if lines[u.eid] < 0}
    return gone, moved


def _reworded_items(lines: Mapping[str, int], words: Mapping[str, str], said: Sequence[str]) -> dict[str, int]:
    """The line of ``said`` (a committee's wording, by lines) each 项 of ``words`` (eid → its words
    in the draft) stands on though its words are not there as they were: ``lines`` gives each 项's
    line in draft order (-1 for those of ``words``). Between two 项 found, the 项 lines no 项 stands
    on are theirs: each to the line its words read most like, in order, never one reading less than
    REWORDED alike (a 项 taken out and another written in its place); a 项 left over was taken out."""
    found = sorted(line for line in lines.values() if line >= 0)
    free = [k for k, line in enumerate(said) if _CN_ITEM.match(line) and k not in found]
    out: dict[str, int] = {}
    run: list[str] = []
    eids = list(lines)
    for n, eid in enumerate([*eids, None]):
        if eid is not None and lines[eid] < 0:
            run.append(eid)
            continue
        if run:  # the 项 lost between the 项 found before (or the start) and this one (or the end)
            low = max((lines[e] for e in eids[:n] if lines[e] >= 0), default=-1)
            high = lines[eid] if eid is not None else len(said)
            gap = [k for k in free if low < k < high]
            if gap:  # (as many lines as 项 too: a 项 taken out and another written in its place is no rewording)
                out.update(_aligned(run, gap, words, said))
            run = []
    return out


#: How alike a 项's words and a line of the committee's wording read for the line to be that 项 reworded (similarity:
#: a few words put in or changed read 0.8 and more; another provision written in its place, under 0.2)
REWORDED = 0.3


def _aligned(eids: Sequence[str], gap: Sequence[int], words: Mapping[str, str], said: Sequence[str]) -> dict[str, int]:
    """The order-keeping pairing of the 项 ``eids`` with the lines ``gap`` whose words read most alike
    (a pair reading nothing alike is none)."""
    def alike(e: str, k: int) -> float:
        return similarity(words[e], _CN_ITEM.sub("", said[k], count=1))

    best: dict[tuple[int, int], tuple[float, tuple[tuple[str, int], ...]]] = {}
    for i in range(len(eids) + 1):
        for j in range(len(gap) + 1):
            if not i or not j:
                best[i, j] = (0.0, ())
                continue
            options = [best[i - 1, j], best[i, j - 1]]
            if (score := alike(eids[i - 1], gap[j - 1])) >= REWORDED:
                total, pairs = best[i - 1, j - 1]
                options.append((total + score, (*pairs, (eids[i - 1], gap[j - 1]))))
            best[i, j] = max(options, key=lambda o: o[0])
    return dict(best[len(eids), len(gap)][1])


def kuan_fates(unit: Unit, spans: Mapping[str, tuple[int, int]], base: str, pieces: Iterable[Span],
               text: str) -> tuple[set[str], dict[str, str]]:  # fmt: skip
    """The 款 of article ``unit`` a position (its edits of ``base``) takes out, and those it
    numbers otherwise (eid → 第三款): a 款 is taken out when one edit takes its words whole, and
    numbered on by the 款 taken out or put in before it (lines that open with no 项 label)."""
    paras = [c for c in unit.children if c.kind is Kind.PARAGRAPH and c.eid in spans and not c.label]
    if len(paras) < 2:
        return set(), {}
    pieces = sorted(pieces, key=lambda p: (p.start, p.end))

    def kuan_lines(lines: list[str]) -> int:  # the lines that are 款 (no 项's, not empty)
        return sum(1 for line in lines if line.strip() and not _NO_KUAN.match(line))

    def opened(p: Span) -> int:  # the 款 an edit puts in (or, below zero, takes out), read on whole lines
        lo = base.rfind("\n", 0, p.start) + 1
        hi = base.find("\n", p.end)
        hi = len(base) if hi == -1 else hi
        return kuan_lines((base[lo:p.start] + p.new + base[p.end:hi]).split("\n")) - kuan_lines(base[lo:hi].split("\n"))

    gone: set[str] = set()
    moved: dict[str, str] = {}
    for n, para in enumerate(paras, 1):
        start, end = spans[para.eid]
        first = base[start:end].split("\n", 1)[0]
        if any(p.start <= start and end <= p.end and first not in p.new for p in pieces):
            if first.strip() and first not in text:  # (moved in the article: a move's warning says so)
                gone.add(para.eid)
            continue
        # (what is put in at its very start, ⏎-ended, comes before it: a new 款 placed as far right as it reads the same)
        now = n + sum(opened(p) for p in pieces if p.end <= start and (p.start < start or p.start == p.end))
        if now != n and now > 0:
            moved[para.eid] = f"第{int_to_cn(now)}款"
    return gone, moved


def _open_last_item(unit: Unit, text: str, gone: set[str], lang: str) -> list[str]:
    """A warning for each list whose last 项 the position takes out (its last line ended with
    。) and whose new last 项 still ends with ；: the position does not change the law's
    punctuation on its own, so staff are told to. (A new last 项 whose words the position
    rewrote is left to whoever rewrote it.)"""
    out: list[str] = []
    for para in unit.walk():
        items = [c for c in para.children if c.kind is Kind.ITEM]
        if len(items) < 2 or not items[-1].text.endswith("。") or items[-1].eid not in gone:
            continue
        kept = [i for i in items if i.eid not in gone]
        lines = text.split("\n")
        # its words as the draft has them, ；and all, still end a line of the position, and no 项
        # follows that line there (a later 项 rewritten, its ；made 。, is the last one now)
        if kept and kept[-1].text.endswith("；") and any(
                line.endswith(kept[-1].text) and (k + 1 == len(lines) or not _CN_ITEM.match(lines[k + 1]))
                for k, line in enumerate(lines)):  # fmt: skip
            out.append(f"{describe(kept[-1].eid, lang)} is the last 项 of {describe(para.eid, lang)} in this position "
                       "and ends with 「；」: end it with 「。」")  # fmt: skip
    return out


def _closed_before_new_item(unit: Unit, base: str, spans: Mapping[str, tuple[int, int]], edits: Sequence[Span],
                            gone: set[str], lang: str) -> list[str]:  # fmt: skip
    """The mirror of :func:`_open_last_item`: a list whose last 项 (ending with 。) the position
    keeps as the draft has it, with a new 项 put in right after it, which reads （三）…日期。⏎（四）…:
    staff are told to end it with ；, as the position does not change the law's punctuation on its
    own. Each list by its own place in the article (two lists may end with the same words)."""
    out: list[str] = []
    for para in unit.walk():
        items = [c for c in para.children if c.kind is Kind.ITEM]
        if not items or not items[-1].text.endswith("。") or items[-1].eid in gone or items[-1].eid not in spans:
            continue
        end = spans[items[-1].eid][1]
        if base[end - 1:end] != "。" or any(sp.start < end and end - 1 < sp.end for sp in edits):
            continue  # (its 。 rewritten: whoever rewrote it chose its mark)
        if any(sp.start == sp.end and (sp.start == end and sp.new.startswith("\n") or sp.start == end + 1)
               and ITEM_LABEL.match(sp.new.lstrip("\n")) for sp in edits):  # fmt: skip
            out.append(f"{describe(items[-1].eid, lang)} ends with 「。」, and in this position a new 项 follows it in "
                       f"{describe(para.eid, lang)}: end it with 「；」")  # fmt: skip
    return out


def _follow(pieces: list[Span], text: str, head: int, start: int, body: str) -> tuple[str, int] | None:
    """The label a 项 of the base (its label at ``head``, its words ``body`` from ``start``) has
    in ``text``, the position made by ``pieces``, and where that label is in ``text``; None when
    the position took it out."""
    shift = 0
    for p in pieces:
        if p.end <= head:  # before the label (an insertion right at it too: a 项 put in before it)
            shift += len(p.new) - (p.end - p.start)
            continue
        if p.start <= head < p.end <= start:  # the label rewritten, the words after it kept: its new label
            m = _LABEL_BEFORE.search(p.new)
            return (m.group(1), p.start + shift + m.start(1)) if m is not None else None
        if p.start <= head < p.end:  # the label is inside an edit: the 项 is where the edit kept its words
            at = p.new.find(body.split("\n", 1)[0]) if body.strip() else -1
            if at < 0:
                return None
            m = _LABEL_BEFORE.search(p.new, 0, at)
            return (m.group(1), p.start + shift + m.start(1)) if m is not None else None
        break
    m = _CN_ITEM.match(text, head + shift)
    return (m.group(), head + shift) if m is not None else None


#: The last item label before a point (its words follow it on the line).
_LABEL_BEFORE = re.compile(r"([（(][〇零一二两三四五六七八九十百]+[）)])[^（(\n]*$")


def _number(label: str) -> int | None:
    m = _CN_ITEM.fullmatch(label)
    try:
        return cn_to_int(m.group(1)) if m is not None else None
    except ValueError:
        return None


def named_units(targets: tuple[str, ...], range_end: str | None) -> list[str]:
    """The units a reference names: its targets, and every one of a range (第二项至第五项)."""
    out = list(targets)
    if range_end is not None and targets:
        first, _, a = targets[-1].rpartition("_")
        last, _, b = range_end.rpartition("_")
        if first == last and a.isdigit() and b.isdigit():
            out.extend(f"{first}_{k}" for k in range(int(a) + 1, int(b) + 1))
        else:
            out.append(range_end)
    return out


def premise(m: Merge, conflict: Conflict | None = None, insertions: Iterable[Insertion] = ()) -> str:
    """What a decision is made on, as JSON: a conflict's alternatives, or (for a final
    wording) every proposal and new unit; a later merge that has more is flagged stale."""
    if conflict is not None:
        return json.dumps({"alternatives": sorted(a.text for a in conflict.alternatives)}, ensure_ascii=False)
    texts = [p.text for p in m.proposals] + [i.text for i in insertions]
    return json.dumps({"proposals": sorted(set(texts))}, ensure_ascii=False)


def _within(text: str, whole: str, piece: str) -> str:
    """An alternative ``text`` to the words ``whole`` read as one to ``piece`` of them (3年 → 18个月 as
    3 → 18个月 would be said, 2年 as 2): the words around the piece taken off where the alternative
    keeps them; ``text`` as it is where it does not."""
    at = whole.find(piece) if piece else -1
    if at < 0:
        return text
    before, after = whole[:at], whole[at + len(piece):]
    if text.startswith(before) and text.endswith(after) and len(text) >= len(before) + len(after):
        return text[len(before):len(text) - len(after)]
    return text


def _new_since(decision: Decision, key: str, now: Iterable[str]) -> list[str]:
    """What is on the table now that was not when ``decision`` was made."""
    if not decision.premise:
        return []
    before = set(json.loads(decision.premise).get(key, []))
    return [t for t in dict.fromkeys(now) if t not in before]


@dataclass(frozen=True, slots=True)
class _Applied:
    changes: list[ChangeState]
    conflicts: list[ConflictState]
    insertions: list[Insertion]
    final: Decision | None
    stale: list[str]
    unmatched: list[str]


#: What may stand at the ends of a deletion that the committee's wording makes with them kept or
#: moved: line breaks, spaces and the marks that end a clause or an item.
_ENDS = "\n 　。；，：、.;,:"

#: A translation's language as a warning names it (a web trial read "in the en translation").
_LANGUAGES = {"en": "English", "zh": "Chinese"}

#: The languages of a draft's translation: a decision with one of them as its ``subject`` gives
#: the committee's wording of the unit in that translation (``decide --text-en``).
TRANSLATIONS = ("en", "zh")


def translation_premises(decisions: Iterable[Decision]) -> dict[str, dict[int, str]]:
    """Per language, the wordings of the translation that the committee's wording of it in
    force (the newest decision) answered, by comment id: what each read then."""
    latest: dict[str, Decision] = {}
    for d in decisions:
        if d.action == "text" and d.subject in TRANSLATIONS and d.revoked_at is None:
            if d.subject not in latest or d.id > latest[d.subject].id:
                latest[d.subject] = d
    out: dict[str, dict[int, str]] = {}
    for lang, d in latest.items():
        try:
            out[lang] = {int(i): str(t) for i, t in json.loads(d.premise or "{}").get("wordings", ())}
        except (ValueError, TypeError, AttributeError):
            out[lang] = {}
    return out


def answered(seen: dict[int, str], c: Comment) -> bool:
    """Whether the committee's wording of the translation answered comment ``c``: it read it
    as it reads now, or it answered the comment ``c`` was carried from at the last reading."""
    return seen.get(c.id) == (c.proposed_text or "") or (c.origin is not None and c.origin in seen)


def decided_on(d: Decision) -> tuple[str, tuple[int, int, str]]:
    """What a decision is about, as positions match it: the final wording ("text"), a proposed
    new unit ("insertion"), a change or a conflict (with its place and text). Of two decisions on
    the same thing the newer one stands."""
    if d.action == "text" and d.subject in TRANSLATIONS:
        return "translation", (0, 0, d.subject)
    if d.action == "text":
        return "text", (0, 0, "")
    if d.subject == "insertion":
        return "insertion", (0, 0, near_key(d.new or ""))
    if d.action in ("accept", "reject"):
        return "change", (d.start or 0, d.end or 0, d.new or "")
    return "conflict", (d.start or 0, d.end or 0, d.old or "")


def replaced(decision: Decision, decisions: Iterable[Decision]) -> list[Decision]:
    """The decision in force on the same unit and the same thing that stood before ``decision``
    and that it replaces (two staff deciding at once: both are kept, the later one stands), as
    a list of none or one: the ones before that one it had replaced already."""
    about = decided_on(decision)
    earlier = [d for d in decisions if d.id < decision.id and d.target == decision.target and d.revoked_at is None
               and decided_on(d) == about]  # fmt: skip
    return [max(earlier, key=lambda d: d.id)] if earlier else []


#: The key of a decision's premise that holds it: carried onto an article whose new place is unsure. Only the
#: carry writes it, and always first (:func:`hold_premise`): a premise holding it begins with :data:`HELD_AT`,
#: which no member's words can make (they are values, never the first key), so :func:`held` parses no other.
HOLD = "held"
HELD_AT = '{"held": '
#: Why a held decision was undone when staff confirmed it (:func:`lawcomment.consultation.confirm_decision`): a
#: carry again keeps the confirmation (``consultation.recarry``).
CONFIRMED = "confirmed"


def hold_premise(premise: str, why: str) -> str:
    """``premise`` (a decision's, JSON or "") marked as held: carried to a place the alignment is unsure of,
    ``why`` (Section 501 → Section 1207 is unsure (similarity 0.49, …)). See :func:`held`."""
    said = json.loads(premise) if premise else {}
    rest = {k: said[k] for k in sorted(said) if k != HOLD}
    return json.dumps({HOLD: why, **rest}, ensure_ascii=False)


def held(d: Decision) -> str:
    """Why decision ``d`` is held (carried onto an article whose new place is unsure, until staff confirm it
    or decide again: the merge shows its change undecided, and the submission leaves it out); "" when not."""
    if not d.premise.startswith(HELD_AT):
        return ""
    try:
        found = json.loads(d.premise)
    except ValueError:
        return ""
    return str(found.get(HOLD, "")) if isinstance(found, dict) else ""


def decided_since(d: Decision, decisions: Iterable[Decision]) -> Decision | None:
    """The newest of ``decisions`` (the unit's) in force made after ``d`` on the same thing, or giving the unit's
    final wording: what stands instead of a held ``d`` (None when nothing does)."""
    return max((o for o in decisions if o.id > d.id and o.revoked_at is None
                and (decided_on(o) == decided_on(d) or decided_on(o)[0] == "text")), key=lambda o: o.id, default=None)  # fmt: skip


def _apply(m: Merge, decisions: list[Decision], insertions: list[Insertion], where: str) -> _Applied:
    """Match decisions (newest wins) to the merge's changes, conflicts and new units by their content.
    A decision held (:func:`held`) is not applied: it is said, until confirmed or decided again."""
    why = {d.id: w for d in decisions if (w := held(d))}  # (a prefix test each: only a held one is parsed)
    if why:
        waiting = [d for d in decisions if d.id in why]
        decisions = [d for d in decisions if d.id not in why]
        done = _apply(m, decisions, insertions, where)
        for d in waiting:
            if decided_since(d, decisions) is None:
                done.stale.append(f"decision #{d.id} ({_what(d)}) was carried onto {where}, but {why[d.id]}: it does "
                                  f"not go out until staff confirm it (`lawcomment decide --confirm {d.id}`) or decide "
                                  "again")  # fmt: skip
        return done
    by_change: dict[tuple[int, int, str], Decision] = {}
    by_conflict: dict[tuple[int, int, str], Decision] = {}
    by_insertion: dict[str, Decision] = {}
    final: Decision | None = None
    used: set[int] = set()  # decisions matched, or replaced by a newer one on the same thing
    moved: dict[int, str] = {}  # decisions on a change placed otherwise before: what it takes out now
    current = {(c.start, c.end, c.new) for c in m.changes}
    regions = {(x.start, x.end, x.old) for x in m.conflicts}
    pieces: list[tuple[Decision, tuple[int, int, str]]] = []  # decisions on a piece of what is one change now
    chosen_as: dict[int, str] = {}  # choices made on a piece of what is one conflict now: the whole alternative
    for d in decisions:
        kind, key = decided_on(d)
        if kind == "translation":  # the committee's wording of the translation: the draft's words are not its business
            used.add(d.id)
            continue
        if kind == "text":
            older = final
            final = d
        elif kind == "insertion":
            older = by_insertion.get(key[2])
            by_insertion[key[2]] = d
        elif kind == "change":
            if key[0] <= key[1] <= len(m.base) and (key[0] == key[1] or not key[2]) and (
                    d.old or "") == m.base[key[0]:key[1]]:  # fmt: skip
                # placed as the merge places it now (a decision made before it moved its
                # insertions and deletions as far right as they read the same still holds)
                (sp,) = canonical(m.base, [Span(*key)])
                key = (sp.start, sp.end, sp.new)
                moved[d.id] = m.base[sp.start:sp.end]
                label = _label_before(m.base, key[0]) if not key[2] and key not in current else 0
                if label and (key[0] - label, key[1], "") in current:
                    # made before a deleted 项 took its label with it: the same deletion
                    key = (key[0] - label, key[1], "")
                    moved[d.id] = m.base[key[0]:key[1]]
            if key not in current and (d.old or "") == m.base[key[0]:key[1]]:
                # decided on a piece of what is one change now (三 → 六 inside 三十 → 六十: a number
                # in words was diffed character by character before DIFF_FORMAT 3): the change
                # that piece makes, with the rest of it as the draft has it
                whole = [k for k in current if k[0] <= key[0] and key[1] <= k[1] and (k[0], k[1]) != key[:2]
                         and m.base[k[0]:key[0]] + key[2] + m.base[key[1]:k[1]] == k[2]]  # fmt: skip
                if len(whole) == 1:
                    key = whole[0]
                    moved[d.id] = m.base[key[0]:key[1]]
            if key not in current and key[0] == key[1] and key[2]:
                # a new 项 decided under another number (carried from a version that numbered the
                # list otherwise): the same item, the same words
                same = next((k for k in current if k[0] == k[1] == key[0] and _unnumbered(k[2]) == _unnumbered(key[2])),
                            None)  # fmt: skip
                if same is not None:
                    key = same
            if key not in current and key[0] == key[1] and key[2].endswith("\n") and key[0] > 0 and \
                    m.base[key[0] - 1] == "\n" and (key[0] - 1, key[0] - 1, "\n" + key[2][:-1]) in current:  # fmt: skip
                # a new 款 the merge puts in before the line break it was decided after: the same
                # 款, moved out of another's deletion of the 款 after it (see merge._lines_put_apart)
                key = (key[0] - 1, key[0] - 1, "\n" + key[2][:-1])
            if key not in current and key[0] == key[1] and "\n" in key[2] and d.origin is not None:
                # a new 款 decided at another line of the unit, carried onto a version that put a 款
                # of its own where it went (the comment stays after the 款 it followed, the decision's
                # point moved past the new one): the same 款, its words alone in the unit (反洗钱法
                # 第二条, a trial). A decision made on this version is never moved so.
                same_all = [k for k in current if k[0] == k[1] and k[2].strip("\n") == key[2].strip("\n")]
                if len(same_all) == 1:
                    key = same_all[0]
            if key not in current:
                pieces.append((d, key))
            older = by_change.get(key)
            by_change[key] = d
        else:
            if key not in regions and (d.old or "") == m.base[key[0]:key[1]]:
                # chosen on a piece of what is one conflict now (三 → 六 in 三十 → 六十 before
                # DIFF_FORMAT 3): the alternative that piece chose, the rest as the draft has it
                within = [k for k in regions if k[0] <= key[0] and key[1] <= k[1] and (k[0], k[1]) != key[:2]]
                if len(within) == 1:
                    chosen_as[d.id] = m.base[within[0][0]:key[0]] + (d.new or "") + m.base[key[1]:within[0][1]]
                    key = within[0]
            older = by_conflict.get(key)
            by_conflict[key] = d
        if older is not None:
            used.add(older.id)
    for c in m.changes:  # pieces decided alike that together make one change now (二 out and 五 in: 二十万 → 十五万)
        if (c.start, c.end, c.new) in by_change:
            continue
        inside = sorted(((k[0], k[1], k[2], d) for d, k in pieces if c.start <= k[0] and k[1] <= c.end
                         and (d.old or "") == m.base[k[0]:k[1]] and by_change.get(k) is d), key=lambda t: t[:2])  # fmt: skip
        if len(inside) < 2 or len({d.action for *_, d in inside}) > 1 or any(
                a[1] > b[0] for a, b in pairwise(inside)):  # fmt: skip
            continue
        text, at = "", c.start
        for start, end, new_text, _ in inside:
            text += m.base[at:start] + new_text
            at = end
        if text + m.base[at:c.end] == c.new:
            newest = max((d for *_, d in inside), key=lambda d: d.id)
            by_change[(c.start, c.end, c.new)] = newest
            moved[newest.id] = c.old
            used.update(d.id for *_, d in inside)
    split = _split_decisions(m, by_change, by_conflict, current, regions, moved)
    stale: list[str] = []
    changes = []
    for c in m.changes:
        dc = by_change.get((c.start, c.end, c.new))
        if dc is not None and moved.get(dc.id, dc.old) == c.old:
            used.add(dc.id)
            changes.append(ChangeState(c, "accepted" if dc.action == "accept" else "rejected", dc.id))
        elif (c.start, c.end, c.new) in split:
            took, dc = split[(c.start, c.end, c.new)]
            used.add(dc.id)
            changes.append(ChangeState(c, "accepted" if took else "rejected", dc.id))
        else:
            changes.append(ChangeState(c, "proposed"))
    conflicts = []
    for x in m.conflicts:
        dx = by_conflict.get((x.start, x.end, x.old))
        chosen = None
        if dx is None and (x.start, x.end, x.old) in split:  # a choice made on the wider conflict this one was
            number, dx = split[(x.start, x.end, x.old)]
            used.add(dx.id)
            conflicts.append(ConflictState(x, number, dx.id))
            continue
        if dx is not None:
            want = chosen_as.get(dx.id, dx.new)
            if want == x.old:
                chosen = 0
            else:
                chosen = next((a.number for a in x.alternatives if a.text == want), None)
                if chosen is None and (together := _chosen_together(m.base, x, want or "")) is not None:
                    # members' entries chosen together that the merge no longer offers so (a third member's
                    # entry came since: it offers the three together): the choice holds, as that combination
                    x = replace(x, alternatives=(*x.alternatives, together))
                    chosen = together.number
        if chosen is not None and dx is not None:
            used.add(dx.id)
            # (chosen on a piece of what is one conflict now, 3 → 2 in 3年 → 2年: each alternative read as the
            # piece's words, else every one the decision saw, the chosen one too, was said to be new: a trial)
            narrowed = {a.text: _within(a.text, x.old, dx.old or "") if dx.id in chosen_as else a.text
                        for a in x.alternatives}  # fmt: skip
            fresh = set(_new_since(dx, "alternatives", narrowed.values()))
            # (members' own: a combination of them is new only with one of them)
            newcomers = [a for a in x.proposed if narrowed[a.text] in fresh]
            note = ""
            if newcomers:
                alts = "; ".join(f"{a.number}) {_quoted(a.text)} [{', '.join(a.supporters)}]" for a in newcomers)
                note = (f"decision #{dx.id} on {x.id} of {where} was made before alternative(s) {alts} arrived; "
                        "it still applies: review it (decide again, or undo it)")  # fmt: skip
                stale.append(note)
            conflicts.append(ConflictState(x, chosen, dx.id, note))
        else:
            conflicts.append(ConflictState(x))
    decided_insertions = []
    for ins in insertions:
        di = by_insertion.get(near_key(ins.text))
        if di is not None:
            used.add(di.id)
            state = "accepted" if di.action == "accept" else "rejected"
            decided_insertions.append(Insertion(ins.after, ins.text, ins.supporters, ins.comments, ins.id, state, di.id))
        else:
            decided_insertions.append(ins)
    if final is not None:
        used.add(final.id)
        arrived = _new_since(final, "proposals", [p.text for p in m.proposals] + [i.text for i in insertions])
        if arrived:
            stale.append(f"the final wording of {where} (decision #{final.id}) was set before {len(arrived)} "
                         "proposal(s) arrived; it still applies: review it (decide again, or undo it)")  # fmt: skip

    def overtaken(d: Decision) -> bool:
        """Decided again since: a later decision in force on words it was about (or the committee's
        own wording, which is all of them) replaced it, as "decide again" says (a trial's staff did,
        and the warning stayed)."""
        if final is not None and final.id > d.id:
            return True
        if d.start is None or d.end is None:
            return False
        return any(o.id > d.id and o.id in used and o.start is not None and o.end is not None
                   and o.start <= d.end and d.start <= o.end for o in decisions)  # fmt: skip

    unmatched = [f"decision #{d.id} ({_what(d)}) no longer matches the proposals; it is ignored (undo it or decide "
                 "again)" for d in decisions if d.id not in used and not overtaken(d)]  # fmt: skip
    return _Applied(changes, conflicts, decided_insertions, final, stale, unmatched)


def _chosen_together(base: str, x: Conflict, want: str) -> Alternative | None:
    """The members' own alternatives of conflict ``x`` (words put in at one point) that, put in one
    after another, read ``want``, as an alternative combining them (numbered after the others), when
    they go together (:func:`~lawcomment.review.merge.combinable`); None when none do."""
    if x.start != x.end or not want:
        return None
    own = x.proposed

    def orders(rest: str, used: tuple[int, ...]) -> tuple[int, ...] | None:
        if not rest:
            return used if len(used) > 1 else None
        for a in own:
            if a.number not in used and a.text and rest.startswith(a.text):
                found = orders(rest[len(a.text):], (*used, a.number))
                if found is not None:
                    return found
        return None

    found = orders(want, ())
    if found is None:
        return None
    parts = [own[n - 1] for n in found]
    if not combinable(base, x.start, [a.text for a in parts]):
        return None
    return Alternative(len(x.alternatives) + 1, want, tuple(dict.fromkeys(m for a in parts for m in a.supporters)),
                       tuple(dict.fromkeys(p for a in parts for p in a.proposals)), found)


#: The most ways of deciding the pieces of one earlier decision :func:`_split_decisions` tries, and how
#: far past its place words put in may stand.
_SPLIT_MOST, _SLIDE = 256, 4


def _split_decisions(m: Merge, by_change: Mapping[tuple[int, int, str], Decision],
                     by_conflict: Mapping[tuple[int, int, str], Decision], current: set[tuple[int, int, str]],
                     regions: set[tuple[int, int, str]], moved: Mapping[int, str]) -> dict[tuple[int, int, str], Any]:  # fmt: skip
    """Decisions made on a change or conflict the merge now gives in pieces of one wording (商业秘密 →
    工作秘密、商业秘密、个人隐私 accepted, when a wording's kept words are no longer struck and retyped:
    工作秘密、 and 、个人隐私 put in, each its own change), carried over to the pieces: the one way of
    accepting or rejecting each that reads as the decision did there. None found, more than one, pieces
    of several wordings or a conflict among them: the decision stays unmatched, and is said so.
    Returns, per piece, (accepted or not, the decision)."""
    out: dict[tuple[int, int, str], Any] = {}
    taken = set(by_change) | set(by_conflict)
    wanted: list[tuple[Decision, int, int, str]] = []
    for key, d in by_change.items():
        if key not in current and d.start is not None and d.end is not None and d.id not in moved:
            wanted.append((d, d.start, d.end, (d.new or "") if d.action == "accept" else m.base[d.start:d.end]))
    for key, d in by_conflict.items():
        if key not in regions and d.start is not None and d.end is not None:
            wanted.append((d, d.start, d.end, d.new or ""))
    for d, lo, hi, reads in wanted:
        if m.base[lo:hi] != (d.old if d.old is not None else m.base[lo:hi]):
            continue  # (the draft's words there changed: not the same place)
        # (words put in at its edge the merge now places a few characters on, as far as they read the same)
        slid = [c.start for c in m.changes if c.start == c.end and hi < c.start <= hi + _SLIDE]
        slid += [c.start for c in m.changes if c.start == c.end and lo - _SLIDE <= c.start < lo]
        if slid:
            reads = m.base[min(lo, *slid):lo] + reads + m.base[hi:max(hi, *slid)]
            lo, hi = min(lo, *slid), max(hi, *slid)
        changes = [c for c in m.changes if lo <= c.start and c.end <= hi and (c.start, c.end, c.new) not in taken
                   and (c.start, c.end, c.new) not in out]  # fmt: skip
        conflicts = [x for x in m.conflicts if lo <= x.start and x.end <= hi and (x.start, x.end, x.old) not in taken
                     and (x.start, x.end, x.old) not in out]  # fmt: skip
        # only the pieces of one wording, and no conflict among them: a proposal that came since (another
        # member's words put in there) is never decided by a decision made before it, unsaid
        if not changes or conflicts or len({c.proposals for c in changes}) > 1:
            continue
        ways: list[list[tuple[Any, Change | Conflict]]] = [[(True, c), (False, c)] for c in changes]
        ways += [[(n, x) for n in range(len(x.alternatives) + 1)] for x in conflicts]
        if math.prod(len(w) for w in ways) > _SPLIT_MOST:
            continue
        found: list[tuple[tuple[Any, Change | Conflict], ...]] = []
        for way in product(*ways):
            spans = [Span(c.start - lo, c.end - lo, c.new) for took, c in way if isinstance(c, Change) and took]
            spans += [Span(x.start - lo, x.end - lo, x.alternatives[n - 1].text) for n, x in way
                      if isinstance(x, Conflict) and n]  # fmt: skip
            if splice(m.base[lo:hi], sorted(spans, key=lambda sp: (sp.start, sp.end))) == reads:
                found.append(way)
        if len(found) != 1:
            continue
        for choice, piece in found[0]:
            key = (piece.start, piece.end, piece.new if isinstance(piece, Change) else piece.old)
            out[key] = (choice, d)
    return out


#: Token-bigram similarity at which a 款 a change puts in reads much like one the unit has.
TWIN = 0.6


def lines_put_in(base: str, at: int, new: str) -> list[str]:
    """The lines (款) inserting ``new`` at ``at`` of ``base`` puts in whole, also where the diff
    placed the insertion beside the line break (「。\n经营者…」 after 「…秩序」 is 「\n经营者…。」
    after 「…秩序。」); none for words put into a line."""
    for step in (-1, 1):  # slide left, then right, as far as the text around stays the same
        k, text = at, new
        for _ in range(len(new) + 1):
            if text.startswith("\n") and (k == len(base) or base[k] == "\n"):
                return [line for line in text[1:].split("\n") if line.strip()]
            if text.endswith("\n") and (k == 0 or base[k - 1] == "\n"):
                return [line for line in text[:-1].split("\n") if line.strip()]
            if step < 0 and k > 0 and text and base[k - 1] == text[-1]:
                k, text = k - 1, base[k - 1] + text[:-1]
            elif step > 0 and k < len(base) and text and base[k] == text[0]:
                k, text = k + 1, text[1:] + base[k]
            else:
                break
    return []


def _near_twins(base: str, changes: Iterable[Change], where: str) -> list[str]:
    """A warning for each 款 a change puts in that reads much like one the unit already has: a
    proposal made on an earlier reading may ask for what the law now says in its own words."""
    have = [line for line in base.split("\n") if line.strip()]
    every = list(changes)
    out = []
    for c in every:
        if c.start != c.end or "\n" not in c.new:
            continue
        for line in lines_put_in(base, c.start, c.new):
            score, twin = max(((similarity(line, h), h) for h in have), default=(0.0, ""))
            if score < TWIN:
                continue
            # the same wording takes that 款 out where it stood: a move (Word's moveFrom and moveTo), said as one
            gone = next((d for d in every if d is not c and not d.new.strip() and set(d.proposals) == set(c.proposals)
                         and _folded_words(twin) in _folded_words(d.old)), None)  # fmt: skip
            if gone is not None:
                how = "" if line == twin else f", reworded (similarity {score:.2f})"
                out.append(f"{c.id} and {gone.id} ({', '.join(c.proposals)}) move 「{twin}」 within {where}{how} "
                           "(one move: accept or reject the two alike)")  # fmt: skip
                continue
            out.append(f"{c.id} puts in 「{line}」, which reads much like 「{twin}」 already in {where} "
                       f"(similarity {score:.2f}): check it is not the same provision")  # fmt: skip
    return out


#: What a 款 says of the one before it: put a 款 in before it, and it means the new one.
_FORMER = ("前款", "前两款", "前三款", "上款")


def _before_former(base: str, changes: Iterable[Change], where: str) -> list[str]:
    """A warning for each 款 a change puts in right before one that refers to 前款 (股东依照前款规定
    提起诉讼的…): with the new 款 before it, 前款 means the new one."""
    out = []
    for c in changes:
        if c.start != c.end or "\n" not in c.new:
            continue
        if all(_NO_KUAN.match(line) for line in c.new.strip("\n").split("\n") if line.strip()):
            continue  # a 项 (or a 目) put in at a list's end (a trial's （八） before 金融机构有前款行为…): no 款
        # the line the new 款 comes before: the one it is put in front of, or after the end of a line
        rest = base[c.start + 1:] if not c.new.endswith("\n") and base[c.start:c.start + 1] == "\n" else base[c.start:]
        after = rest.split("\n", 1)[0]
        said = next((w for w in _FORMER if w in after), None)
        if said is not None and after.strip():
            shown = after if len(after) <= 20 else after[:20] + "…"
            out.append(f"{c.id} puts in a 款 before 「{shown}」, which refers to {said}: after the new 款 it would refer "
                       f"to that one; check the reference in {where}")  # fmt: skip
        # and a new 款 that refers to 前款 itself, put in right after a definition (本法所称…是指…): there
        # 前款 is the definition, where the member may have meant the rule before it (反垄断法 2007 第十七条, a trial)
        before = base[:c.start].rstrip("\n").rsplit("\n", 1)[-1]
        # (in the first 款 put in only, 前款 alone: a second new 款's 前款 is the first; 前两款 is two 款, a review)
        first = next((line for line in c.new.split("\n") if line.strip()), "")
        own = "前款" if "前款" in first else "上款" if "上款" in first else None
        if own is not None and before.strip() and _DEFINITION.search(before):
            shown = before if len(before) <= 20 else before[:20] + "…"
            out.append(f"{c.id} puts in a 款 that refers to {own} right after 「{shown}」, a definition: there {own} "
                       f"means that 款; check the reference in {where}")  # fmt: skip
    return out


#: A 款 that defines a term (本法所称经营者，是指…): a new 款 after it that says 前款 points at it.
_DEFINITION = re.compile(r"^(?:本法|本条|前款|本章)所称|是指")


#: The line and the word a :func:`_before_former` warning quotes.
_FORMER_SAID = re.compile(r"puts in a 款 before 「(?P<line>.*?)…?」, which refers to (?P<word>\S+?):")

#: Characters between two changes of one wording that staff may decide apart unwarned.
_APART = 4


#: The share of a 款's characters (in order) a committee wording must keep for the 款 to count as
#: merged into another rather than deleted, and the run of them it must keep together (or half the 款).
_MERGED_IN = 0.5
_MERGED_RUN = 10


def _merged_in(kuan: str, wording: str) -> bool:
    """Whether the words of ``kuan`` stand in ``wording``, merged into another 款 and reworded: half
    its characters in order, some of them a run together (a short 款 of common words, 具体办法由国务院
    规定。, shares characters scattered through any wording: a review's; it is deleted)."""
    from difflib import SequenceMatcher

    from rapidfuzz.distance import LCSseq  # (on first use: rapidfuzz is not loaded by a merge's read)

    if LCSseq.similarity(kuan, wording) < _MERGED_IN * len(kuan):
        return False
    run = SequenceMatcher(None, kuan, wording, autojunk=False).find_longest_match(0, len(kuan), 0, len(wording)).size
    return run >= min(_MERGED_RUN, len(kuan) // 2)


def _placed(d: Decision) -> str:
    """The 款 or 项 a committee wording was given for, placed in its article (``decide --article
    第二条第二款 --text …``), or ""."""
    try:
        said = json.loads(d.premise or "{}")
    except ValueError:
        return ""
    return str(said.get("placed", "")) if isinstance(said, dict) else ""


def _final_leaves_out(draft: Draft, unit: Unit, final: Decision, where: str) -> list[str]:
    """The warning for a committee wording of an article of several 款 that gives fewer of them:
    read as the whole article (as a member's is), it deletes the others, and the submission asks
    for that (a new user's trial gave 第二十九条's first 款 alone, and its two others went out
    struck through, with no word of it)."""
    from .proposals import keep_items, partial_proposal  # (the intake's reading of a proposal, for the committee's too)

    if not final.new:
        return []
    # a wording of a 款 (or of an article of one) that gives none of its 项: the list goes out struck
    # through (a trial's 第五十八条第一款, its 14 项, with no word of it)
    lang = "en" if draft.profile.startswith("en") else "zh"
    kept, note = keep_items(draft, unit, final.new)
    if note is not None and kept == final.new and (said := re.match(r"the wording of (\S+) gives none", note)):
        # (kept otherwise: decide read the opening words so) the 款 named as the law cites it, with its id
        cited = cite(unit.eid, lang)
        named = where if said[1] == cited else describe(resolve(draft, said[1]).eid, lang, draft)
        return [f"the committee's wording of {named} (decision #{final.id})" + note[said.end(1):]
                .replace("it proposes deleting them", "it deletes them", 1)]  # fmt: skip
    if unit.kind is not Kind.ARTICLE:
        return []
    found = partial_proposal(draft, unit, final.new)
    if found is None:
        return []
    total = len(found.paragraphs)
    gone = found.left_out or ()
    placed = _placed(final)
    if placed and gone and all(u.eid == placed or u.eid.startswith(placed + "__") for u in gone):
        return []  # the 款 staff took out themselves (decide --article 第二条第二款 --text ""): meant
    sep = body_separator(draft)
    if gone and all(_merged_in(u.body(sep), final.new) for u in gone):
        # the words of the 款 it "leaves out" stand in the wording, another 款's or its own reworded: two 款
        # made one (公司法 第七十一条, a trial's committee wording was said to delete 第二款), not deleted
        return []
    named = ", ".join(cite(u.eid, lang) for u in gone) if gone else f"{total - found.given} of them"
    if not any(ITEM_LABEL.match(line) for line in final.new.split("\n")):
        # and the 项 of the 款 it gives, which it gives none of
        named += "".join(f" and the {len(items)} 项 of {cite(p.eid, lang)} ({items[0].label}–{items[-1].label})"
                         for p in found.paragraphs if p not in gone
                         and len(items := [c for c in p.children if c.kind is Kind.ITEM]) > 1)  # fmt: skip
    kuan = "款" if lang == "zh" else "paragraphs"
    return [f"the committee's wording of {where} (decision #{final.id}) gives {found.given} of its {total} {kuan}; read "
            f"as the whole article, it deletes {named}: give the whole article with the {kuan} reworded, or decide on "
            f"the {kuan} itself (decide --article with its {kuan}), unless deleting them is meant"]


def _blank_changes(edits: Iterable[tuple[str, str, str]]) -> list[str]:
    """A warning for each edit ``(id, old words, new words)`` that changes only what no reader
    sees (spaces, a no-break space pasted from a web page, zero-width characters: 总体国家安全观\u00a0，
    a web trial), or puts a no-break space or a zero-width character in with its words: its
    redline shows nothing of it, and it would go out as a change of the law's words."""
    out = []
    for cid, old, new in edits:
        if old == new:
            continue
        if _UNSEEN.sub("", old) == _UNSEEN.sub("", new) and old.count("\n") != new.count("\n"):
            # a line break is a 款's (or 项's) end: taken out, two become one; put in, one becomes two
            # (a trial's member deleted the paragraph mark between two 款: said to change only whitespace)
            joins = old.count("\n") > new.count("\n")
            out.append(f"{cid} only {'takes out' if joins else 'puts in'} a line break: it "
                       f"{'joins two 款 (or 项) into one' if joins else 'splits a 款 (or 项) in two'}; check it is meant")
        elif _UNSEEN.sub("", old) == _UNSEEN.sub("", new):
            odd = "".join(ch for ch in old + new if _UNSEEN.match(ch))
            names = "、".join(dict.fromkeys(unicodedata.name(ch, f"U+{ord(ch):04X}") for ch in odd))
            out.append(f"{cid} only {'puts in' if len(new) >= len(old) else 'takes out'} whitespace ({names}), which "
                       "no reader can see: check it is meant")  # fmt: skip
        elif odd := "".join(ch for ch in new if ch in _ODD_SPACE):
            names = "、".join(dict.fromkeys(unicodedata.name(ch, f"U+{ord(ch):04X}") for ch in odd))
            out.append(f"{cid} puts in {names} with its words, which no reader can tell from a space or from "
                       "nothing: check it is meant")  # fmt: skip
    return out


#: What no reader sees in a redline: whitespace and the zero-width characters (drafts.normalize, rule 4).
_UNSEEN = re.compile(f"[\\s{ZERO_WIDTH_CHARS}]")
#: Characters a change may carry in beside its words that no reader can tell apart.
_ODD_SPACE = frozenset("\u00a0" + ZERO_WIDTH_CHARS)


def _taken_in_part(base: str, changes: Sequence[ChangeState], conflicts: Sequence[ConflictState]) -> list[str]:
    """A warning for each conflict chosen otherwise than a member's wording whose other changes in the
    same sentence were accepted: the member's changes were written to go with its own alternative, so
    the position joins words that neither it nor the member chosen wrote (确保…回收率 accepted, 应当达到
    国家标准 chosen from another's: 确保…应当达到, a trial of 矿产资源法 2009 第二十九条)."""
    out = []
    for x in conflicts:
        if not x.chosen:
            continue
        c = x.conflict
        chosen = c.alternatives[x.chosen - 1]
        for alt in c.alternatives:
            if alt is chosen or set(alt.proposals) & set(chosen.proposals):
                continue
            mine = [s for s in changes if s.state == "accepted" and set(s.change.proposals) & set(alt.proposals)
                    and not set(s.change.proposals) & set(chosen.proposals)
                    and not re.search(r"[。；\n]", base[min(s.change.end, c.start):max(s.change.start, c.end)])]  # fmt: skip
            if not mine:
                continue
            lo, hi = min(c.start, *(s.change.start for s in mine)), max(c.end, *(s.change.end for s in mine))
            edits = sorted([Span(s.change.start - lo, s.change.end - lo, s.change.new) for s in mine]
                           + [Span(c.start - lo, c.end - lo, chosen.text)], key=lambda e: (e.start, e.end))  # fmt: skip
            reads = splice(base[lo:hi], edits)
            who = "、".join(alt.supporters)
            ids = "、".join(s.change.id for s in mine)
            other = "、".join(chosen.supporters) or "the draft"
            out.append(f"{ids} of {who}'s wording {'is' if len(mine) == 1 else 'are'} accepted, and {c.id} in the same "
                       f"sentence resolved with alternative {x.chosen} ({other}'s), not {who}'s: the position reads "
                       f"「{reads}」 there, which no member wrote; check it reads as meant")  # fmt: skip
    return out


def _chosen_apart(base: str, conflicts: Sequence[ConflictState]) -> list[str]:
    """A warning for two conflicts in one sentence resolved with alternatives of different members,
    when a member's wording has an alternative in both: the position joins one member's words to
    another's, which neither wrote (都 deleted as a's wording does, 向野生动物保护主管部门举报 as b's: 任何组织
    和个人有权向野生动物保护主管部门举报…, a trial of 野生动物保护法 on Word files)."""
    out = []
    chosen = [(x, x.conflict.alternatives[x.chosen - 1]) for x in conflicts if x.chosen]
    for (x, a), (y, b) in zip(chosen, chosen[1:]):
        first, second = sorted((x, y), key=lambda z: z.conflict.start)
        if set(a.proposals) & set(b.proposals) or re.search(r"[。；\n]", base[first.conflict.end:second.conflict.start]):
            continue
        both = {p for alt in x.conflict.alternatives for p in alt.proposals} & \
            {p for alt in y.conflict.alternatives for p in alt.proposals}  # fmt: skip
        if not both:
            continue  # (no member wrote both places: a combination is all there is)
        lo, hi = min(x.conflict.start, y.conflict.start), max(x.conflict.end, y.conflict.end)
        reads = splice(base[lo:hi], sorted([Span(x.conflict.start - lo, x.conflict.end - lo, a.text),
                                            Span(y.conflict.start - lo, y.conflict.end - lo, b.text)],
                                           key=lambda e: (e.start, e.end)))  # fmt: skip
        out.append(f"{x.conflict.id} resolved with alternative {x.chosen} ({'、'.join(a.supporters)}'s) and "
                   f"{y.conflict.id} in the same sentence with alternative {y.chosen} ({'、'.join(b.supporters)}'s): "
                   f"the position reads 「{reads}」 there, which no member wrote; check it reads as meant")  # fmt: skip
    return out


def _decided_apart(base: str, changes: Sequence[ChangeState]) -> list[str]:
    """A warning for each two changes of the same proposals, a few characters apart on one line,
    decided apart (one accepted and the other rejected or not decided yet, or one rejected and the
    other not decided yet): a diff may cut one rewording into pieces that mean nothing alone
    (排斥{+、限制+}或者[-限-]{+强+}制: the second alone reads 排斥或者强制, which nobody wrote)."""
    out = []
    ordered = sorted(changes, key=lambda s: (s.change.start, s.change.end))
    for a, b in pairwise(ordered):
        x, y = a.change, b.change
        between = base[x.end:y.start]
        states = {a.state, b.state}
        if states not in ({"accepted", "rejected"}, {"accepted", "proposed"}, {"rejected", "proposed"}) \
                or set(x.proposals) != set(y.proposals) or len(between) > _APART or "\n" in between:  # fmt: skip
            continue
        # a few characters each side, within the clause (and the line)
        left = re.split(r"[，。；：、\n]", base[max(0, x.start - _APART):x.start])[-1]
        right = re.split(r"[，。；：、\n]", base[y.end:y.end + _APART])[0]
        # what the text reads there: the position keeps a change not yet decided, the submission takes only what
        # staff accepted (so accepted beside undecided, the submission is quoted: 审核 → 核验 cut into [-审-] and
        # {+验+}, a web trial; rejected beside undecided, the position: 按照规定 → 按照国家规定的标准 cut into {+国家+}
        # and {+的标准+}, the first rejected, reads 按照规定的标准, another)
        shown = {"accepted"} if "accepted" in states else {"proposed"}
        reads = left + (x.new if a.state in shown else x.old) + between + (y.new if b.state in shown else y.old) + right
        made, unmade = (x, y) if a.state in shown else (y, x)
        if "accepted" not in states:
            out.append(f"{unmade.id} is rejected and {made.id} not decided yet, changes of the same wording "
                       f"({', '.join(x.proposals)}) {len(between)} character(s) apart: the position reads 「{reads}」 "
                       "there, which no proposal has; decide the two together")  # fmt: skip
        elif "rejected" in states:
            out.append(f"{made.id} is accepted and {unmade.id} rejected, changes of the same wording ({', '.join(x.proposals)}) "
                       f"{len(between)} character(s) apart: the position reads 「{reads}」 there, which no proposal has; "
                       "decide the two together")  # fmt: skip
        else:
            out.append(f"{made.id} is accepted and {unmade.id} not decided yet, changes of the same wording "
                       f"({', '.join(x.proposals)}) {len(between)} character(s) apart: the submission reads 「{reads}」 "
                       "there, which no proposal has; decide the two together")  # fmt: skip
    # the same words changed the same way in two places by the same wording (an instruction, 将“四十八小时”
    # 修改为“七十二小时”, changes each place they stand), one accepted and the other rejected: the position
    # makes it in one place only (反洗钱法 第三十四条, a trial)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            x, y = a.change, b.change
            if {a.state, b.state} != {"accepted", "rejected"} or set(x.proposals) != set(y.proposals) or \
                    (x.old, x.new) != (y.old, y.new) or y.start - x.end <= _APART:  # fmt: skip
                continue
            took, left = (x, y) if a.state == "accepted" else (y, x)
            out.append(f"{took.id} is accepted and {left.id} rejected, the same change of the same wording "
                       f"({', '.join(x.proposals)}) in two places ({describe_change(x)}): the position makes it in one "
                       "only; decide the two together")  # fmt: skip
    # words one change takes out and another of the same wording puts in elsewhere: a move (Word's
    # moveFrom and moveTo, or a sentence cut and pasted), one half taken without the other: the
    # position says the words twice, or not at all (a trial's 公司法 第十七条)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if set(a.change.proposals) != set(b.change.proposals) or (a.state == "accepted") == (b.state == "accepted"):
                continue
            for out_, in_ in ((a, b), (b, a)):
                gone, put = out_.change, in_.change
                words = _folded_words(gone.old)
                if gone.new or len(words) < _MOVED or words not in _folded_words(put.new):
                    continue
                said = "twice" if in_.state == "accepted" else "nowhere"
                taken, other = (in_, out_) if in_.state == "accepted" else (out_, in_)
                how = "rejected" if other.state == "rejected" else "not decided yet"
                out.append(f"{taken.change.id} is accepted and {other.change.id} {how} ({', '.join(gone.proposals)}): "
                           f"together they move 「{gone.old.strip()}」, and the position now says it {said}; decide "
                           "the two together")  # fmt: skip
    return out


#: Characters (letters and digits only) that words taken out must have to be read as moved when
#: the same wording puts them in elsewhere.
_MOVED = 6


def _folded_words(text: str) -> str:
    """``text``'s letters and digits only (a moved sentence may lose or gain its punctuation)."""
    return "".join(ch for ch in text if ch.isalnum())


def _mixed_ranges(base: str, m: Merge, changes: Sequence[ChangeState], conflicts: Sequence[ConflictState]) -> list[str]:
    """A warning for each range (五万元以上二十万元以下) whose two bounds staff's decisions take from
    different proposals, reading as no proposal does (三万 from one, 五十万 from another: 三万元以上
    五十万元以下, a range nobody asked for; a trial's 统计法 第四十一条)."""
    standing: list[tuple[Span, frozenset[str], tuple[str, ...]]] = [
        (Span(c.change.start, c.change.end, c.change.new), frozenset(c.change.proposals), c.change.supporters)
        for c in changes if c.state == "accepted"]  # fmt: skip
    for x in conflicts:
        if x.chosen:
            alt = x.conflict.alternatives[x.chosen - 1]
            standing.append((Span(x.conflict.start, x.conflict.end, alt.text), frozenset(alt.proposals), alt.supporters))
    if len(standing) < 2:
        return []
    out = []
    for a1, a2, b2 in ranges(base):  # 五万元以上二十万元以下, or 五万元至二十万元
        b1 = a2 if base.endswith("以上", 0, a2) else a2 - 1  # (the lower bound ends before 至)
        low = [sw for sw in standing if a1 <= sw[0].start < b1 and sw[0].end <= b1]
        high = [sw for sw in standing if a2 <= sw[0].start < b2 and sw[0].end <= b2]
        if not low or not high:
            continue
        lows, highs = frozenset().union(*(w for _, w, _ in low)), frozenset().union(*(w for _, w, _ in high))
        if lows & highs:
            continue
        reads = splice(base[a1:b2], [Span(sp.start - a1, sp.end - a1, sp.new) for sp, _, _ in (*low, *high)])
        if any(reads in p.text for p in m.proposals):
            continue

        def whose(found: list[tuple[Span, frozenset[str], tuple[str, ...]]]) -> str:
            return ", ".join(dict.fromkeys(m for _, _, who in found for m in who))

        upside = " (its lower bound above its upper)" if inverted_ranges("", reads) else ""
        out.append(f"the position reads 「{reads}」, a range no proposal has{upside}: its lower bound is {whose(low)}'s, "
                   f"its upper bound {whose(high)}'s: decide the two bounds together")  # fmt: skip
    return out


def inverted_ranges(base: str, text: str) -> list[str]:
    """A warning for each range of ``text`` (二十万元以上十万元以下) whose lower bound is above its
    upper one, both in the same measure word, that ``base`` does not have: bounds decided apart
    (x1 from one proposal, x2 from another: a trial's 会计法 第四十二条, recorded without a word)."""
    out = []
    for a1, a2, b2 in ranges(text):
        low, high = text[a1:a2], text[a2:b2]
        low_n, low_unit = _amount(low.removesuffix("以上").rstrip("至到"))
        high_n, high_unit = _amount(high.removesuffix("以下"))
        if low_n is None or high_n is None or low_unit != high_unit or low_n <= high_n:
            continue
        reads = text[a1:b2]
        if reads not in base:
            out.append(f"the position reads 「{reads}」: its lower bound ({low.removesuffix('以上').rstrip('至到')}) is "
                       f"above its upper bound ({high.removesuffix('以下')}): decide the two bounds together")  # fmt: skip
    return out


def _amount(words: str) -> tuple[float | None, str]:
    """The number a quantity states (五十万元 → 500000, 5万元 → 50000, 1.5万元, 百分之六十 → 60) and its
    measure word; None when it cannot be read."""
    percent = words.startswith("百分之")
    words = words.removeprefix("百分之")
    k = 0
    while k < len(words) and (words[k] in NUMERALS or words[k] in ".．"):
        k += 1
    number, unit = words[:k].replace("．", "."), words[k:]
    if percent:
        unit = "%" + unit
    scale = 1
    for mark, size in (("亿", 100_000_000), ("万", 10_000), ("千", 1_000)):
        head = number.removesuffix(mark)
        if head != number and head and all(ch in "0123456789.０１２３４５６７８９" for ch in head):
            number, scale = head, size  # 5万, 1.5万: Arabic digits and a Chinese magnitude
            break
    try:
        if all(ch in "0123456789.０１２３４５６７８９" for ch in number) and number:
            return float(number) * scale, unit
        return float(cn_to_int(number)), unit
    except (ValueError, KeyError, IndexError):
        return None, unit


def applied_decisions(position: UnitPosition) -> set[int]:
    """The ids of the decisions the position applies: a change accepted or rejected, a conflict
    chosen, a new unit decided, the final wording."""
    found = {c.decision for c in position.changes} | {x.decision for x in position.conflicts}
    found |= {i.decision for i in position.insertions} | ({position.final.id} if position.final else set())
    return {d for d in found if d is not None}


def _what(d: Decision) -> str:
    """A decision in a few words, on one line: ``accept 「明确」``, ``reject new unit 「…」``."""
    new, old = ((x or "").strip("\n").replace("\n", " ⏎ ") for x in (d.new, d.old))
    if d.action == "text" and d.subject in TRANSLATIONS:
        return f"final wording of the {d.subject} translation"
    if d.action == "text":
        return "final wording"
    if d.subject == "insertion":
        return f"{d.action} new unit 「{new}」"
    if d.action == "choose":  # (an alternative taking the words out: said so, never 「」 for them: a trial)
        if not old:  # an insertion chosen: never 「…」 for 「」 (a trial's carry report)
            return f"choose putting in 「{new}」"
        return f"choose 「{new}」 for 「{old}」" if new else f"choose deleting 「{old}」"
    if old and new:
        return f"{d.action} 「{old}」 → 「{new}」"
    return f"{d.action} 「{new}」" if new else f"{d.action} deleting 「{old}」"


def describe_decision(d: Decision, lang: str | None = None, draft: Draft | None = None) -> str:
    """``reject 「明确」 on 第十三条 (art_13)``: a decision as staff read it, on one line; its unit
    cited in ``lang``, by default the language of ``draft`` (the one decided on), else Chinese;
    with ``draft``, a number quoted with its measure word (choose 「二十个工作日」 for 「六十个工作日」,
    never 「二十」 for 「六十」: a trial's)."""
    if draft is not None and d.action in ("accept", "reject", "choose") and d.subject != "insertion":
        old, new = decided_words(draft, d, _units_of(draft))
        d = replace(d, old=old, new=new)
    return f"{_what(d)} on {describe(d.target, lang, draft)}"


def _units_of(draft: Draft) -> Mapping[str, Unit]:
    """The units of ``draft`` by eid, indexed once per draft object (the carry describes each of a
    large law's decisions that no longer apply: walking the law for each took seconds)."""
    kept = _INDEXED.get("last")  # (one read: another thread may index another draft meanwhile)
    if kept is not None and kept[0] is draft:
        return kept[1]
    index = unit_index(draft)
    _INDEXED["last"] = (draft, index)
    return index


_INDEXED: dict[str, tuple[Draft, dict[str, Unit]]] = {}


def law_pairs(draft: Draft) -> Counter[str]:
    """How often each pair of characters stands in ``draft``'s articles: the ``usage``
    :func:`decided_words` reads a character changed alone by."""
    sep = body_separator(draft)
    return pair_usage("\n".join(v.unit.body(sep) for v in draft.articles()))


def decided_words(draft: Draft, d: Decision, index: Mapping[str, Unit] | None = None,
                  usage: Mapping[str, int] | None = None) -> tuple[str, str]:  # fmt: skip
    """The words decision ``d`` took out and put in, as staff read them: a number with its measure
    word on both sides (「15日」 → 「15个工作日」, where the change was 15 → 15个工作), read from the
    unit's text in ``draft`` (``index``: its units by eid, for many decisions), and a character
    changed alone with the word it stands in (「养殖场」 → 「养殖者」; ``usage``: the law's pairs of
    characters, :func:`law_pairs`); the decision's own words otherwise."""
    old, new = d.old or "", d.new or ""
    if not (old or new) or d.start is None or d.end is None:
        return old, new
    unit = index.get(d.target) if index is not None else draft.find(d.target)
    if unit is None:
        return old, new
    base = unit.body(body_separator(draft))
    if base[d.start:d.end] != old:
        return old, new
    if old and new:
        said, (put,) = conflict_words(base, d.start, d.end, [new])
        if said == old and len(old) == 1 and usage is not None and is_han(old):  # (a mark stays as it is)
            a, b = readable_span(base, d.start, d.end, new, usage)
            return base[a:b], base[a:d.start] + new + base[d.end:b]
        return said, put
    # words put in or taken out inside a quantity: the quantity whole, before and after (「一万元以下」 →
    # 「一万元以上五万元以下」 for 以上五万元 put in after 一万元, never 「以上五万元」 alone: a trial's)
    for a, b in quantities(base):
        if a < d.start < b or a < d.end < b:
            lo, hi = min(a, d.start), max(b, d.end)
            return base[lo:hi], base[lo:d.start] + new + base[d.end:hi]
    return old, new


def _quoted(text: str) -> str:
    return f"「{text}」" if text else "(deleted)"


def _lost_edit(base: str, k: Span) -> str:
    """An edit a member's later proposal left out, as the note quotes it: words put in with the
    words they follow (a web trial read 「」 → 「，并加强监督检查」), words taken out, or words for words."""
    old, new = base[k.start:k.end].replace("\n", " ⏎ "), k.new.replace("\n", " ⏎ ")  # (a note is one line)
    if k.start == k.end:
        return f"putting in 「{new}」 after 「{words_before(base, k.start)}」"
    if not k.new:
        return f"deleting 「{old}」"
    return f"「{old}」 → 「{new}」"


def _apart_lines(base: str, a: Span, b: Span) -> bool:
    """Whether one of ``a`` and ``b`` puts whole lines in right before the lines the other takes
    out whole: they share a point, not words (a new 项 before the one the member deletes)."""
    return any(line_put_before(base, (x.start, x.end, x.new), (y.start, y.end, y.new)) for x, y in ((a, b), (b, a)))


def _one_per_member(base: str, proposals: list[Proposal], where: str, differ: Differ | None = None,
                    origins: dict[str, dict[tuple[int, int, str], str]] | None = None,
                    scopes: dict[str, tuple[int, int]] | None = None) -> tuple[list[Proposal], list[str]]:  # fmt: skip
    """A member never conflicts with itself: its proposals on one article (on the article
    and on a 款 of it, or by two channels) become one, the later one winning where they overlap.
    ``origins`` takes, per combined proposal (``#3+#6``), which of them each kept edit came from.
    ``scopes``: the part of ``base`` a wording of one 款 or 项 speaks for (by proposal id); the
    same new words it puts in there leave an earlier edit elsewhere as it was (a wording of the
    whole unit that puts them in at another place moves them)."""
    from .rebase import touches  # (on first use: a kept position is read without the carry-forward rules)

    differ = differ if differ is not None and differ.old == base else Differ(base)
    breaks = [0, *(n + 1 for n, ch in enumerate(base) if ch == "\n")]

    def lines_of(edit: Span) -> range:  # the base's lines an edit is in (an insertion: the line it is put in)
        return range(bisect_right(breaks, edit.start) - 1, bisect_right(breaks, max(edit.start, edit.end - 1)))

    def rewords(edit: Span) -> range:
        """The lines whose words an edit rewrites: none for whole lines put in or taken out, or a
        项 only numbered again; a label at its end (the next 项 numbered on) is not that 项's words."""
        s, e, new = edit.start, edit.end, edit.new
        at_start = s == 0 or base[s - 1] == "\n"
        if s == e and ((new.endswith("\n") and at_start) or (new.startswith("\n") and (s == len(base) or base[s] == "\n"))):
            return range(0)
        if not new and ((at_start and base[e - 1] == "\n") or (base[s] == "\n" and (e == len(base) or base[e] == "\n"))):
            return range(0)
        if ITEM_LABEL.fullmatch(base[s:e]) and ITEM_LABEL.fullmatch(new):
            return range(0)
        last = base.rfind("\n", s, e) + 1  # the edit's last line begins here, inside it
        if last > s and ITEM_LABEL.fullmatch(base[last:e]):
            e = last - 1
        return lines_of(Span(s, e, new))

    by_member: dict[str, list[Proposal]] = defaultdict(list)
    for p in proposals:
        by_member[p.supporters[0]].append(p)
    out: list[Proposal] = []
    notes: list[str] = []
    for member, mine in by_member.items():
        if len(mine) == 1:
            out.append(mine[0])
            continue
        mine.sort(key=lambda p: int(p.id.lstrip("#")) if p.id.lstrip("#").isdigit() else 0)
        kept: list[Span] = []
        origin: dict[tuple[int, int, str], str] = {}
        details: list[str] = []  # what each later proposal left out of an earlier one
        for p in mine:
            new = canonical(base, differ.edits(p.text).spans)  # placed as the merge places them
            scope = (scopes or {}).get(p.id)
            # a wording of 第二款 that says 七个工作日 does not take back 个工作 put into 第一款 (五日 → 五个工作日)
            speaks_for = (lambda k: True) if scope is None else (lambda k, s=scope: s[0] <= k.start and k.end <= s[1])
            # the later one wins where they overlap, write at one point, or write one new item, and
            # in each line it rewords: its wording of a 款 or 项 is the member's wording of it now.
            # An edit it makes again (the same words, sent twice) is not left out: it stands
            reworded = {line for n in new for line in rewords(n)}
            again = set(new)
            left = [k for k in kept if k not in again and (reworded & set(rewords(k)) or any(
                (touches(k, n) and not _apart_lines(base, k, n)) or writes_twice(k, n) or writes_twice(n, k)
                or (adds_same(base, k, n) and speaks_for(k))
                for n in new))]
            for n in new:  # an edit sent again is credited to both proposals that sent it
                key = (n.start, n.end, n.new)
                origin[key] = f"{origin[key]}+{p.id}" if n in kept else p.id
            if left:
                earlier = ", ".join(dict.fromkeys(origin[(k.start, k.end, k.new)] for k in left))
                lost = "、".join(_lost_edit(base, k) for k in left)
                details.append(f"{member}'s proposal {p.id} on {where} rewords what {earlier} also changed, and stands "
                               f"there: {lost} left out")  # fmt: skip
            kept = sorted([k for k in kept if k not in left and k not in again] + new, key=lambda sp: (sp.start, sp.end))
        ids = "+".join(p.id for p in mine)
        out.append(Proposal(ids, splice(base, kept), (member,)))
        differ.take(out[-1].text, kept)  # (merged as the edits the member made, never a fresh diff of the whole)
        if origins is not None:
            origins[ids] = {(k.start, k.end, k.new): origin[(k.start, k.end, k.new)] for k in kept}
        notes.append(f"{member}'s proposals {', '.join(p.id for p in mine)} on {where} are combined into one "
                     "(the later one wins where they overlap)")  # fmt: skip
        notes += details
    return out, notes


def _credited(change: Change, origins: dict[str, dict[tuple[int, int, str], str]]) -> Change:
    """``change`` with a combined proposal (``#3+#6``) named by the one its edit came from.
    The merge takes the combined proposal as its kept edits (:meth:`Differ.take`), but may place
    them otherwise (another member's wording joined to one of them): a change no kept edit
    matches exactly is credited to the proposals whose edits it overlaps, and to the combined
    proposal only when none does."""
    found = _credit(change.start, change.end, change.new, change.proposals, origins)
    return change if found == change.proposals else replace(change, proposals=found)


def _credited_conflict(conflict: Conflict, origins: dict[str, dict[tuple[int, int, str], str]]) -> Conflict:
    """``conflict`` with each alternative's combined proposal named by the ones whose edits it
    holds, as :func:`_credited` does for a change: a member's wording of another 项 of the
    article, combined with it, has no part in the conflict."""
    alternatives = tuple(a if (found := _credit(conflict.start, conflict.end, a.text, a.proposals, origins)) == a.proposals
                         else replace(a, proposals=found) for a in conflict.proposed)  # fmt: skip
    # (a combination of them: the proposals of those it puts in)
    own = alternatives
    alternatives += tuple(a if (found := tuple(dict.fromkeys(p for n in a.combines for p in own[n - 1].proposals)))
                          == a.proposals else replace(a, proposals=found) for a in conflict.alternatives if a.combines)  # fmt: skip
    return conflict if alternatives == conflict.alternatives else replace(conflict, alternatives=alternatives)


def _credit(start: int, end: int, new: str, proposals: tuple[str, ...],
            origins: dict[str, dict[tuple[int, int, str], str]]) -> tuple[str, ...]:  # fmt: skip
    """The proposals that wrote ``base[start:end]`` → ``new``, a member's combined one named by
    those of its comments whose kept edit it is, or overlaps."""
    key = (start, end, new)
    ids: list[str] = []
    for p in proposals:
        kept = origins.get(p)
        if kept is None:
            ids.append(p)
        elif key in kept:
            ids.append(kept[key])
        else:
            ids.extend([origin for (s, e, _), origin in kept.items() if _overlaps(s, e, start, end)] or [p])
    return tuple(dict.fromkeys(ids))


def _overlaps(s: int, e: int, start: int, end: int) -> bool:
    """Whether the edit of ``[s, e)`` and the change of ``[start, end)`` share text, or one of
    them is a point (an insertion) inside or at an edge of the other."""
    return (s < end and start < e) or (s == e and start <= s <= end) or (start == end and s <= start <= e)


#: Words a member's remark quotes (“有疑问”, 「不得」): what it is about.
_QUOTED_WORDS = re.compile(r"[“「\"]([^”」\"\n]{2,30})[”」\"]")
#: A remark that says why it quotes another unit's words: it names a 款 or 项 other than its own, or one by
#: its place (与第二款「…」衔接, 前款), or asks them put in, or written as they are there, right before the
#: quote (建议参照「…」, 增加「…」): no sign it is on the wrong 款 (a review). A word of the kind elsewhere in
#: the remark (「有疑问」应当补充判断标准) says nothing of where the quote is from (a second review).
_NAMES_UNIT = re.compile(r"(?<![条\d一二三四五六七八九十百])第(?P<n>[一二三四五六七八九十]+|\d+)[款项]|前款|前项|下款|上款|其他款|"
                         r"(?i:\b(?:paragraph|item)\s*\(?\w+\)?)")
_ASKS_QUOTED = re.compile(r"(?:增加|增设|补充|参照|比照|改为|修改为|替换为|加入|写入|(?i:\badd\b|\binsert\b|\bas in\b))"
                          r"\s*[“「\"]")


def _quoted_elsewhere(draft: Draft, c: Comment, article: Unit, index: Mapping[str, Unit], sep: str, lang: str) -> list[str]:
    """The merge's warning for a remark on a 款 or 项 (no quote of its own) whose words quote words that
    unit has not, and one other 款 or 项 of the article has (a question on 反洗钱法 2006 第十六条第五款 asking
    what “有疑问” means, the words of its 第六款: carried to the next reading with the wrong 款, a trial); []."""
    on = index.get(c.anchor.eid or "")
    if on is None or on is article or c.anchor.quote or on.kind not in (Kind.PARAGRAPH, Kind.ITEM):
        return []
    quoted = [q for q in _QUOTED_WORDS.findall(c.body) if q.strip()]
    if not quoted or any(q in on.body(sep) for q in quoted) or _ASKS_QUOTED.search(c.body) or _names_another(c.body, on):
        return []
    found = [u for u in article.walk() if u.kind is on.kind and u is not on and all(q in u.body(sep) for q in quoted)]
    if len(found) != 1:
        return []
    shown = "、".join(f"「{q}」" for q in dict.fromkeys(quoted))
    where, other = _described(draft, on.eid, lang), _described(draft, found[0].eid, lang)
    return [f"comment #{c.id} ({c.stance}) on {where} quotes {shown}, which {where} has not and {other} has: check the "
            f"unit it is on (`lawcomment comment edit {c.id} --at {_cited(draft, found[0].eid, lang)}` moves it)"]


def _names_another(body: str, on: Unit) -> bool:
    """Whether remark ``body`` on ``on`` names a 款 or 项 other than ``on`` (by its number or its place)."""
    own = on.eid.rsplit("_", 1)[-1]
    for m in _NAMES_UNIT.finditer(body):
        n = m["n"]
        if n is None:
            return True  # (前款, 下款, paragraph (2): a place named)
        try:
            if str(cn_to_int(n) if not n.isdigit() else int(n)) != own:
                return True
        except ValueError:
            return True
    return False


#: What a proposal carried from the last reading asks staff to check, by its note (rebase.carry_checks).
_CARRY_CHECKS = {
    "twice": "the new version already has the words it puts in, elsewhere in the unit",
    "said": "the new version may say what it puts in already, in other words",
    "beside": "its words now stand right against words the new version rewrote",
    "widened": "its deletion now takes out words the new version wrote",
    "partial": "some of its changes did not fit the new text",
    "elsewhere": "its quote (or its 款, which the new version moved) followed to an article its own did not become",
    "citation": "its words cite an article the new version no longer has",
    "passed": "the committee chose otherwise then",
    "within": "its 款 or 项 had no close counterpart: its changes were followed through the article's diff to where they stand",
    "occurrences": "it changed every occurrence of words the new version has more often, and leaves the others as they are",
    "place": "the words around its change stand at two places of the new text alike, and it was put at one",
}


def _carried_to_check(c: Comment) -> list[str]:
    """The merge's warning for a proposal carried from the last reading whose note asks for a
    check (the carry report said it once; the merge and the export say it while a change of it
    stands: proposed, accepted or chosen, never once rejected)."""
    if c.origin is None or not c.note:
        return []
    from .rebase import UNSURE_PLACE, carry_checks

    why = [text for kind, text in _CARRY_CHECKS.items() if kind in carry_checks(c.note)]
    if UNSURE_PLACE in c.note:
        why.append("its article's new place is unsure")
    if not why:
        return []
    return [f"comment #{c.id} was carried from the last reading, and {'; '.join(why)}: check it before its change goes "
            f"out (`lawcomment comment show {c.id}` gives its note)"]


_COMMENT_ID = re.compile(r"#(\d+)")


def _draft_backers(conflicts: Sequence[ConflictState], backing: Sequence[Comment], eid: str, base: str,
                   spans: Mapping[str, tuple[int, int]], proposing: Collection[str]) -> list[ConflictState]:  # fmt: skip
    """``conflicts`` with who backs the draft's wording in each (:class:`ConflictState`'s
    ``draft_supporters``): staff deciding one see "keep as drafted" with its members beside the
    alternatives (a review: the merge named who proposed each, never who asked for none). A
    support given on the last reading's words, which the new version changed, backs no wording
    of this one (the review page lists it apart)."""
    from .rebase import carry_checks

    places: list[tuple[Comment, int, int, bool]] = []  # (support, its place in the base, on the whole unit)
    opposed: dict[str, dict[int, int]] = defaultdict(dict)  # member → proposal opposed → the reply
    for c in backing:
        if c.stance is Stance.OPPOSE:
            assert c.thread is not None
            opposed[c.member].setdefault(c.thread, c.id)
            continue
        if c.note and "stance" in carry_checks(c.note):
            continue
        on = c.anchor.eid or ""
        start, end = (0, len(base)) if on == eid else spans.get(on, (-1, -1))
        if start < 0:
            continue
        quote = c.anchor.quote if not c.lang else ""  # (a translation's words are no place in the base)
        if quote:
            at = c.anchor.offset
            if at is None or base[start + at:start + at + len(quote)] != quote:
                found = base.find(quote, start, end)
                at = found - start if found >= 0 and base.find(quote, found + 1, end) < 0 else None
            if at is not None:
                start, end = start + at, start + at + len(quote)
        places.append((c, start, end, on == eid and not quote))
    out = []
    for x in conflicts:
        k = x.conflict
        asking = {mb for a in k.alternatives for mb in a.supporters}
        who: dict[str, list[int]] = {}
        for c, start, end, whole in places:
            if c.member in asking or (whole and c.member in proposing):
                continue
            if (start < k.end and k.start < end) or (k.start == k.end and start <= k.start <= end):
                who.setdefault(c.member, []).append(c.id)
        if opposed:
            ids = {int(n) for a in k.alternatives for p in a.proposals for n in _COMMENT_ID.findall(p)}
            for member, replies in opposed.items():
                if member not in asking and ids and ids <= replies.keys():
                    who.setdefault(member, []).extend(replies[n] for n in sorted(ids))
        if who:
            x = replace(x, draft_supporters=tuple(who),
                        draft_comments=tuple(sorted({n for ns in who.values() for n in ns})))  # fmt: skip
        out.append(x)
    return out


def _cited(draft: Draft, eid: str, lang: str) -> str:
    """How the merge cites a unit: an English draft's by its own labels (a bill's Section 5A)."""
    return law_citation(draft, eid, lang) if lang == "en" else cite(eid, lang)


def _described(draft: Draft, eid: str, lang: str) -> str:
    """:func:`_cited`, with the eid."""
    found = _cited(draft, eid, lang)
    return eid if found == eid else f"{found} ({eid})"


#: Two new provisions proposed after one article that read this much alike, both accepted, are said:
#: the submission would put in one twice, reworded (专利法实施细则, a trial accepted both in silence).
TWIN_PROVISIONS = 0.8


def _twin_insertions(insertions: Sequence[Insertion], where: str) -> list[str]:
    """A warning for each pair of new provisions after ``where`` that are both accepted and read
    TWIN_PROVISIONS alike or more."""
    taken = [i for i in insertions if i.state == "accepted"]
    out = []
    for k, a in enumerate(taken):
        for b in taken[k + 1:]:
            alike = similarity(a.text, b.text)
            if alike >= TWIN_PROVISIONS:
                out.append(f"the new provisions {a.id} and {b.id} after {where}, both accepted, read alike (similarity "
                           f"{alike:.2f}): the submission puts in both; check one is not the other reworded (reject "
                           "one, or give the committee's wording)")  # fmt: skip
    return out


def unit_position(draft: Draft, eid: str, comments: Iterable[Comment], decisions: Iterable[Decision] = (),
                  index: Mapping[str, Unit] | None = None, memo: DiffMemo | None = None, *,
                  translations: Collection[str] | None = None) -> UnitPosition:  # fmt: skip
    """The merged proposals and the position for one article (or container heading); ``memo``
    holds diffs made before (and takes the new ones). ``index`` (eid → unit, as
    :func:`~lawcomment.drafts.unit_index` gives) is read for the unit and, when the position
    takes away or renumbers what other units may cite, for every unit: the draft's own units
    are read through it, and ``draft`` itself gives only its profile (and its source, in an error).
    ``translations``: the languages the stored draft has a working translation in, when known
    (a wording of a translation it lacks is said so, not sent to ``decide --text-en``)."""
    index = index if index is not None else unit_index(draft)
    unit = index.get(eid)
    if unit is None:
        raise CitationError(f"{draft.source} has no unit {eid}")
    sep = body_separator(draft)
    base = unit.heading if unit.kind.is_container else unit.body(sep)
    spans = {} if unit.kind.is_container else unit_spans(unit, sep)
    lang = "en" if draft.profile.startswith("en") else "zh"
    proposals: list[Proposal] = []
    scopes: dict[str, tuple[int, int]] = {}  # a wording of one 款 or 项: the part of the base it speaks for
    counts: Counter[str] = Counter()
    inserted: dict[str, list[Comment]] = defaultdict(list)
    texts: dict[str, str] = {}
    warnings: list[str] = []
    to_check: list[tuple[int, str]] = []  # (comment id, its carry-check warning): said while its change stands
    backing: list[Comment] = []  # supports, and replies opposing a proposal
    backs: dict[str, str] = {}  # each wording with the draft's own item labels back (numbered_back)
    decisions = list(decisions)
    seen = translation_premises(decisions)
    for c in comments:
        if c.status in INACTIVE:
            continue
        if c.lang and c.lang != lang and (c.stance in PROPOSING or c.stance is Stance.INSERT):
            # a wording of the translation: not the draft's words, so not merged into them
            counts[f"{c.stance}:{c.lang}"] += 1
            if not answered(seen.get(c.lang, {}), c):  # the committee has not given its wording of the translation since
                if c.stance is Stance.INSERT:
                    # (a new provision, not a wording of the unit: said so, with how staff take it; it went out nowhere,
                    # unsaid but here, as "a wording of Article 9", a web trial's)
                    warnings.append(f"comment #{c.id} proposes a new provision after {law_citation(draft, c.anchor.eid or '', c.lang)} "
                                    f"in the {_LANGUAGES.get(c.lang, c.lang)} translation "
                                    f"({_described(draft, c.anchor.eid or '', lang)}); it is listed, not merged, and "
                                    f"goes out in no submission: give it in the draft's language (`lawcomment comment "
                                    f"translate {c.id} --text \"…\"`), then accept or reject it")  # fmt: skip
                    continue
                if unit.kind.is_container:
                    how = "the translation's heading is printed as it is; give the committee's wording with `decide --text`"
                elif translations is not None and c.lang not in translations:
                    # (carried onto a next reading stored without its translation: a trial)
                    how = (f"this version has no {c.lang} translation to give the committee's wording of (add it with "
                           f"`draft add … --translation`); the committee's wording in the draft's language goes with "
                           "`decide --text`")  # fmt: skip
                else:
                    how = (f"give the committee's wordings with `decide --text` and `--text-{c.lang}` (or "
                           f"`--text-{c.lang}-from {c.id}`)")  # fmt: skip
                warnings.append(f"comment #{c.id} proposes {'a deletion' if c.stance is Stance.DELETE else 'a wording'} "
                                f"of {law_citation(draft, c.anchor.eid or '', c.lang)} in the {_LANGUAGES.get(c.lang, c.lang)} translation "
                                f"({_described(draft, c.anchor.eid or '', lang)}); it is listed, not merged: {how}")  # fmt: skip
            continue
        if c.stance is Stance.INSERT and c.anchor.eid == eid:
            key = near_key(c.proposed_text or "")
            texts.setdefault(key, c.proposed_text or "")
            inserted[key].append(c)
            to_check += [(c.id, w) for w in _carried_to_check(c)]
            continue
        if c.stance not in PROPOSING or (c.stance is not Stance.DELETE and c.proposed_text is None):
            counts[str(c.stance)] += 1
            warnings += _quoted_elsewhere(draft, c, unit, index, sep, lang)
            if c.stance is Stance.SUPPORT or (c.stance is Stance.OPPOSE and c.thread is not None):
                backing.append(c)  # (who backs the draft's wording in a conflict: _draft_backers)
            continue
        text = placed(c, unit, sep, spans, base)
        if text is not None:  # (a campaign's copies: one wording numbered back once)
            text = backs.get(text) or backs.setdefault(text, numbered_back(base, text))
        if text is None:
            warnings.append(f"comment #{c.id} ({c.stance}) on {_described(draft, c.anchor.eid or '', lang)} "
                            f"is not a wording of {_described(draft, eid, lang)}; listed, not merged")  # fmt: skip
            counts[str(c.stance)] += 1
            continue
        proposals.append(_new_proposal(f"#{c.id}", text, (c.member,)))
        if c.origin is not None and c.note:  # (only a carried comment's note asks a check: _carried_to_check)
            to_check += [(c.id, w) for w in _carried_to_check(c)]
        if c.anchor.eid != eid and c.anchor.eid in spans:
            scopes[f"#{c.id}"] = spans[c.anchor.eid]
    differ = Differ(base, memo)  # one tokenising of the base, each wording diffed once for both steps
    origins: dict[str, dict[tuple[int, int, str], str]] = {}
    proposals, combined = _one_per_member(base, proposals, _cited(draft, eid, lang), differ, origins, scopes)
    warnings.extend(combined)
    m = merge(base, proposals, differ=differ, english=lang == "en")
    if origins:  # each change of a member's combined proposals credited to the one it came from
        m = replace(m, changes=tuple(_credited(c, origins) for c in m.changes),
                    conflicts=tuple(_credited_conflict(x, origins) for x in m.conflicts))
    where = _described(draft, eid, lang)
    warnings.extend(_near_twins(base, m.changes, where))
    former = _before_former(base, m.changes, where)
    offered = [Insertion(eid, texts[k], tuple(dict.fromkeys(c.member for c in cs)), tuple(c.id for c in cs), f"n{n}")
               for n, (k, cs) in enumerate(inserted.items(), 1)]  # fmt: skip
    done = _apply(m, list(decisions), offered, _cited(draft, eid, lang))
    if backing and done.conflicts:
        proposing = {mb for p in proposals for mb in p.supporters}  # (a new unit after it proposed is no wording of it)
        done.conflicts[:] = _draft_backers(done.conflicts, backing, eid, base, spans, proposing)
    if done.final is not None:  # (the committee's wording may have rewritten the 前款 it named: then nothing to say)
        said = done.final.new or ""
        former = [w for w in former if (q := _FORMER_SAID.search(w)) is None or (q["line"] in said and q["word"] in said)]
    warnings.extend(former)
    # a carried proposal to check, while a change of it stands (proposed or accepted, or in a conflict
    # not resolved against it); once staff rejected it, there is nothing to check before it goes out
    standing = {p for ch in done.changes if ch.state != "rejected" for p in ch.change.proposals}
    standing |= {p for x in done.conflicts if x.chosen != 0 for n, a in enumerate(x.conflict.alternatives, 1)
                 if x.chosen in (None, n) for p in a.proposals}  # fmt: skip
    standing |= {f"#{cid}" for i in done.insertions if i.state != "rejected" for cid in i.comments}
    warnings.extend(w for cid, w in to_check if f"#{cid}" in standing)
    warnings.extend(_twin_insertions(done.insertions, where))
    pieces = [Span(s.change.start, s.change.end, s.change.new) for s in done.changes if s.state != "rejected"]
    for x in done.conflicts:
        if x.chosen:
            pieces.append(Span(x.conflict.start, x.conflict.end, x.conflict.alternatives[x.chosen - 1].text))
    final = done.final
    if final is None:
        plain = splice(base, pieces)
        pieces = [Span(p.start, p.end, p.new) for p in numbered(base, [Piece(s.start, s.end, s.new, ()) for s in sorted(
            pieces, key=lambda s: (s.start, s.end))])]  # fmt: skip
        renumbered = splice(base, pieces)
        cited = _ITEM_CITED.search(renumbered) if renumbered != plain else None
        if cited is not None:  # the law's own words may count its items: staff check them
            warnings.append(f"the items of {where} are numbered on; check what cites them by number "
                            f"(「{cited.group()}」 here, and in other articles)")  # fmt: skip
    if final is None:
        warnings.extend(_blank_changes((c.change.id, c.change.old, c.change.new) for c in done.changes
                                       if c.state != "rejected"))  # fmt: skip
        warnings.extend(_decided_apart(base, done.changes))
        warnings.extend(_taken_in_part(base, done.changes, done.conflicts))
        warnings.extend(_chosen_apart(base, done.conflicts))
        warnings.extend(_mixed_ranges(base, m, done.changes, done.conflicts))
    text = (final.new or "") if final is not None else splice(base, pieces)
    if text != base:  # (a range already said, its bounds from two proposals, is not said twice)
        ranged = {w.split("」", 1)[0] for w in warnings if w.startswith("the position reads 「")}
        warnings.extend(w for w in inverted_ranges(base, text) if w.split("」", 1)[0] not in ranged)
    if not unit.kind.is_container and text != base:
        # a final wording's diff cuts across labels as it likes: its 项 are found by their words
        edits = pieces if final is None else [Span(0, len(base), text)]
        marked = edits if final is None else canonical(base, diff(base, text).spans())
        # each 项's fate, read once for both (one whose words the wording changed found by its line)
        gone, moved = item_fates(unit, base, spans, sep, edits, text, final is not None)
        # and each 款's: one taken out numbers those after it on (第四款 is 第三款 now), for what cites them
        # (a Chinese law's 款 only, unnumbered: an English act's paragraphs carry their own numbers)
        kuan_gone, kuan_moved = kuan_fates(unit, spans, base, marked, text) if lang == "zh" else (set(), {})
        warnings.extend(_cited_elsewhere(index, unit, text, gone | kuan_gone, moved, lang, kuan_moved))
        warnings.extend(_open_last_item(unit, text, gone, lang))
        warnings.extend(_closed_before_new_item(unit, base, spans, marked, gone, lang))
        if final is not None:
            warnings.extend(_blank_changes(("the committee's wording", base[sp.start:sp.end], sp.new) for sp in marked))
            warnings.extend(_final_leaves_out(draft, unit, final, where))
    return UnitPosition(eid, where, base, m, tuple(done.changes), tuple(done.conflicts), text, final,
                        dict(sorted(counts.items())), tuple(done.insertions),
                        (*m.warnings, *warnings, *done.stale, *done.unmatched),
                        (*done.stale, *done.unmatched))  # fmt: skip
