"""Carry comments forward to a new version: re-anchor each through the article alignment and
its quote by fuzzy matching; re-base proposals; orphan (never drop) what has no anchor left.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate

from diff_match_patch import diff_match_patch
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from ..comments import INACTIVE, Anchor, Comment, Stance, Status
from ..drafts.anchors import CONTEXT, context_agreement, describe, locate, unit_index, unit_spans
from ..drafts.serialize import body_separator
from ..errors import StoreError
from ..model import Draft, Kind, Unit
from ..records import Decision, StoredDraft
from ..review.adoption import HELD, Adoption, Alike, Judge, Outcome, reads_like, written_into_line
from ..review.align import Alignment, Entry, VersionChange, citations, closest_unit, fold, moved_into, part_holding, piece_of, renumber
from ..review.merge import near_key
from ..review.phrases import NUMERAL, list_entries, quantities, readable_span, words_before
from ..review.position import (TRANSLATIONS, TWIN, UnitPosition, decided_on, held, hold_premise, lines_put_in, merge_target,
                               numbered_on, unit_position)
from ..review.rebase import (
    APPROXIMATE,
    AWAITING_TRANSLATION,
    BESIDE_REWRITE,
    CITES_GONE,
    FOLLOWED_INTO,
    GRAVER_CASES,
    MORE_OCCURRENCES,
    PARTLY,
    PASSED_OVER,
    QUOTE_ELSEWHERE,
    QUOTED_WORDS,
    SAID_ALREADY,
    STANCE_ON_OLD,
    TWICE,
    UNSURE_PLACE,
    WHICH_PLACE,
    WIDENED,
    bounded_quantity,
    Mover,
    Moved,
    carry_check,
    carry_checks,
    quoted_before,
    near_copy,
    plain_form,
    quantity_at_place,
    rebase,
    said_already,
    serious_only,
    touches,
    version_diff,
    written_anew,
)
from ..review.redline import OpKind, Span, diff, similarity, splice
from ..store import DraftRef, Store
from .answers import answer_of, with_answer
from .recarry import Again, Recarried, in_place, last_carry, spare
from .translations import translation_texts

_PIECE = 32  # diff-match-patch's Match_MaxBits: the longest pattern match_main takes


@dataclass(frozen=True, slots=True)
class Carried:
    """One comment re-anchored on the new version (``anchor`` None when orphaned)."""

    origin: Comment
    anchor: Anchor | None
    status: Status
    note: str
    proposed_text: str | None


@dataclass(frozen=True, slots=True)
class CarriedDecision:
    """A staff decision moved to the new version (``target`` None: it no longer applies, ``note`` says why)."""

    origin: Decision
    target: str | None
    start: int | None
    end: int | None
    note: str = ""
    adopted: bool = False  # it no longer applies because the new version made what the committee asked for
    new: str | None = None  # the words it puts in, when they cite articles the new version renumbered
    #: left behind on the old version: the comments it decided on, each orphaned at this carry (carried,
    #: it would match no proposal of the new version and go stale at once)
    orphaned: tuple[int, ...] = ()
    #: what was on the table when it was made, as the new version words it (None: as it was)
    premise: str | None = None
    #: a final wording carried whole onto a text the new version changed elsewhere (``note`` says so)
    whole: bool = False
    #: the words it is on, as the new version words them (None: as they were): a deletion of an article carried
    #: as that of the 款 the new version moved it into (:func:`~lawcomment.review.align.moved_into`)
    old: str | None = None
    #: what it does there, when not what it did (None): a choice of entries put into a list, some of which the new
    #: version made, carried as the acceptance of the rest (the conflict is gone with the entries made)
    action: str | None = None
    #: carried onto an article whose new place is unsure (:attr:`~lawcomment.review.align.Entry.unsure`): held
    #: there, out of the submission, until staff confirm it (``decide --confirm``) or decide again; ``unsure``
    #: says why, and ``held`` is its number in the new version once stored
    unsure: str = ""
    held: int | None = None


@dataclass(frozen=True, slots=True)
class CarryReport:
    """What carrying forward did: counts per outcome, and every orphan with its reason;
    the decisions carried, and those that no longer apply."""

    old: str
    new: str
    carried: tuple[Carried, ...] = ()
    already: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    decisions: tuple[CarriedDecision, ...] = ()
    #: Each committee reason left behind (the old version's unit it was for, and why), and each
    #: carried onto a unit the new version reworded with no decision beside it (its unit there).
    reasons_left: tuple[tuple[str, str], ...] = ()
    reasons_reworded: tuple[tuple[str, str], ...] = ()
    #: Each committee reason carried beside decisions of which the new version made some: it may
    #: argue for words the law now has (the old version's unit, and its unit there).
    reasons_half_made: tuple[tuple[str, str], ...] = ()
    #: Carried again onto a replaced text (``replaced``): what became of the last carry, and what was kept.
    again: Recarried | None = None

    @property
    def orphaned(self) -> tuple[Carried, ...]:
        return tuple(c for c in self.carried if c.status is Status.ORPHANED)

    @property
    def widened(self) -> tuple[Carried, ...]:
        """Deletions carried onto articles the new version added words to (:func:`carry_check`)."""
        return _asking(self.carried, "widened")

    @property
    def partial(self) -> tuple[Carried, ...]:
        """Proposals carried in part: some of their changes did not fit the new text."""
        return _asking(self.carried, "partial")

    @property
    def elsewhere(self) -> tuple[Carried, ...]:
        """Comments that followed their quote to an article the alignment did not pair with theirs."""
        return _asking(self.carried, "elsewhere")

    @property
    def within(self) -> tuple[Carried, ...]:
        """Wordings of a 款 or 项 with no close counterpart, carried to the one their changes land in
        through the article's diff (:func:`carry_check`): for staff to check the place."""
        return _asking(self.carried, "within")

    @property
    def occurrences(self) -> tuple[Carried, ...]:
        """Proposals that changed every occurrence of some words of their old article, carried onto one
        that has them more often: the others are left as they are (:func:`carry_check`)."""
        return _asking(self.carried, "occurrences")

    @property
    def two_places(self) -> tuple[Carried, ...]:
        """Proposals with a change the new text could take at two places alike, the words around it standing
        at both: put at one, for staff to check (:func:`carry_check`)."""
        return _asking(self.carried, "place")

    @property
    def quoted(self) -> tuple[Carried, ...]:
        """Remarks whose quoted words stand in no unit of their new article, or in several: left where the
        alignment put them, open, for staff to check (:func:`carry_check`)."""
        return _asking(self.carried, "quoted")

    @property
    def twice(self) -> tuple[Carried, ...]:
        """Proposals carried with words the new version wrote elsewhere in the unit (:func:`carry_check`)."""
        return _asking(self.carried, "twice")

    @property
    def said(self) -> tuple[Carried, ...]:
        """Proposals putting in words that a clause of the new article reads much like (:func:`carry_check`)."""
        return _asking(self.carried, "said")

    @property
    def beside(self) -> tuple[Carried, ...]:
        """Proposals whose words were put in right against words the new version rewrote (:func:`carry_check`)."""
        return _asking(self.carried, "beside")

    @property
    def cites_gone(self) -> tuple[Carried, ...]:
        """Proposals whose words cite an article the new version deleted (:func:`carry_check`)."""
        return _asking(self.carried, "citation")

    @property
    def restated(self) -> tuple[Carried, ...]:
        """Supports, oppositions and questions carried onto units the new version reworded: given on the old words."""
        return _asking(self.carried, "stance")

    @property
    def approximate(self) -> tuple[Carried, ...]:
        """Comments whose quote was re-anchored at words that differ from it (the new version
        reworded them): for staff to check each is on the words it meant."""
        return tuple(c for c in self.carried if c.status is not Status.WITHDRAWN and APPROXIMATE in c.note)

    @property
    def unsure(self) -> tuple[Carried, ...]:
        """Comments that followed their article to a new place the alignment is unsure of."""
        return tuple(c for c in self.carried if c.status is not Status.WITHDRAWN and UNSURE_PLACE in c.note)

    @property
    def passed_over(self) -> tuple[Carried, ...]:
        """Open proposals the committee turned down for another alternative of their conflict at
        the last reading (:func:`carry_check`): carried, as the member's words still are, for staff to see."""
        return tuple(c for c in _asking(self.carried, "passed") if c.status is Status.OPEN)

    @property
    def dropped(self) -> tuple[CarriedDecision, ...]:
        """Decisions of the old version that no longer apply, each with the reason."""
        return tuple(d for d in self.decisions if d.target is None and not d.orphaned)

    @property
    def left_behind(self) -> tuple[CarriedDecision, ...]:
        """Decisions of the old version left on it because every comment they decided on was
        orphaned at this carry (:attr:`CarriedDecision.orphaned`)."""
        return tuple(d for d in self.decisions if d.target is None and d.orphaned)


def _asking(carried: Iterable[Carried], kind: str) -> tuple[Carried, ...]:
    """The carried comments, withdrawn ones aside, whose note asks for check ``kind`` (:func:`carry_checks`)."""
    return tuple(c for c in carried if c.status is not Status.WITHDRAWN and kind in carry_checks(c.note))


def _matcher() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.35
    dmp.Match_Distance = 1000
    return dmp


class Reanchorer:
    """Re-anchors comments of ``old`` onto ``new`` using one alignment."""

    def __init__(self, old: Draft, new: Draft, alignment: Alignment,
                 translations: dict[str, tuple[dict[str, str], dict[str, str]]] | None = None,
                 untranslated: Collection[str] = ()) -> None:  # fmt: skip
        self.old, self.new, self.alignment = old, new, alignment
        # the languages of the old version's translations that the new version has none of: wordings of them
        # wait, kept aside, for one to be added
        self.untranslated = frozenset(untranslated)
        self._judge: Judge | None = None  # the adoption report's judge, made when first asked
        # per language, the words of each version's translation (by eid): wordings of it are moved across
        self.translations = translations or {}
        self.old_index, self.new_index = unit_index(old), unit_index(new)
        self.sep_old, self.sep_new = body_separator(old), body_separator(new)
        self.by_old = alignment.by_old()
        self.lang = "en" if new.profile.startswith("en") else "zh"
        self.dmp = _matcher()
        self._spans: dict[str, dict[str, tuple[int, int]]] = {}
        self._pairs_within: dict[tuple[str, str, Kind], dict[str, tuple[str, float]]] = {}  # _counterparts
        self._bodies: dict[str, str] = {}
        self._article_diffs: dict[tuple[str, str], Sequence[Span]] = {}  # _followed: old, new article → the diff's spans
        self._near: dict[str, str] = {}  # per old article the alignment deleted: the hint _closest gives
        self._numbers: dict[str, str] | None = None  # old article numbers → new (article_numbers), when first asked
        self._gone: frozenset[str] | None = None  # the old numbers of the articles the new version deleted
        self._old_all: str | None = None  # every article of the old version, for _enacted_elsewhere
        self._new_all: tuple[str, list[int], list[Unit]] | None = None  # and of the new, with where each starts
        self.headings = {fold(u.heading): u.eid for u in new.walk() if u.kind.is_container and u.heading}


    def _was(self, eid: str) -> str:
        """A unit of the old version as it cites itself: Section 6(1) of a bill, 第十条第二款."""
        return describe(eid, self.lang, self.old)

    def _now(self, eid: str) -> str:
        """A unit of the new version as it cites itself."""
        return describe(eid, self.lang, self.new)

    def body(self, eid: str) -> str:
        if eid not in self._bodies:
            self._bodies[eid] = self.new_index[eid].body(self.sep_new)
        return self._bodies[eid]

    def _closest(self, article: str) -> str:
        """For an article the alignment found no counterpart of: the unit of the new version that
        reads most like it (:func:`~lawcomment.review.align.closest_unit`), as a hint for staff
        ("; the closest in the new version is 第三十三条 (similarity 0.28)"): the law may have
        rewritten it there, or merged it into a 款 of another article, which comparing articles
        alone cannot tell."""
        if article not in self._near:
            found = closest_unit(self.alignment, article)
            self._near[article] = "" if found is None else (
                f"; the closest in the new version is {self._now(found[0])} (similarity {found[1]:.2f})")
        return self._near[article]

    def spans(self, article: str) -> dict[str, tuple[int, int]]:
        if article not in self._spans:
            self._spans[article] = unit_spans(self.new_index[article], self.sep_new)
        return self._spans[article]

    # -- the steps ---------------------------------------------------------------------
    def carry(self, c: Comment) -> Carried:
        a = c.anchor
        if a.eid is None:
            return Carried(c, a, c.status, "carried as a comment on the whole document", c.proposed_text)
        old_unit = self.old_index.get(a.eid)
        article = a.article or ""
        entry = self.by_old.get(article)
        # an article the new version moved into a 款 of another: followed to that 款, unsure (反洗钱法 2006
        # 第三十六条 in 2024 第二条第二款, a trial: "deleted", and a member's deletion of it "adopted")
        # (a new article asked after it stays an article, after the one the 款 is in)
        entry = (moved_into(entry, article) if c.stance is not Stance.INSERT else None) or entry
        where = self._was(a.eid)
        if old_unit is None:
            return self._orphan(c, f"{where} was not in the old version either")
        if entry is None:  # a chapter or section heading: follow its title, or its number when retitled
            new_eid = self.counterpart(a.eid)
            if new_eid is None:
                return self._orphan(c, f"{where} ({old_unit.heading}) has no heading of that title in the new version")
            proposed, extra, status = self._rebase(c, new_eid)
            return Carried(c, Anchor(new_eid), status, f"heading {where} → {self._now(new_eid)}{extra}",
                           proposed)  # fmt: skip
        if entry.change is VersionChange.DELETED:
            merged = self._merged(c, article)
            if merged is not None:
                return merged
            if c.stance is Stance.INSERT and c.proposed_text and not c.lang and \
                    (unit := self.judge().provision_unit(c.proposed_text)) is not None and self._adopted(c):  # fmt: skip
                # a new provision asked after an article the new version deleted, enacted word for word elsewhere: on
                # the provision enacted, adopted, as the adoption report finds it (反洗钱法 2024 第二十七条第二款, a trial)
                return Carried(c, Anchor(unit), Status.ADOPTED, f"adopted: the new version already has the proposed "
                               f"provision, as {self._now(unit)}", c.proposed_text)  # fmt: skip
            if self._adopted(c):  # the deletion a member asked for, made: adopted, as the adoption report says
                found = self.judge().outcome(c)
                if found is not None and found.with_article:  # (never "as proposed": the law went further)
                    return Carried(c, None, Status.ADOPTED, f"adopted: the new version deleted the whole of "
                                   f"{self._was(article)}, the words asked deleted with it", None)  # fmt: skip
                return Carried(c, None, Status.ADOPTED, f"adopted: the new version deleted {where}, as proposed", None)
            found = self.judge().outcome(c) if c.stance in (Stance.AMEND, Stance.INSERT) and not c.lang else None
            held = f"; the words it puts in stand in {found.words_in} of the new version" if found and found.words_in else ""
            return self._orphan(c, f"article deleted: {where} has no counterpart in the new version"
                                   + self._closest(article) + held)  # fmt: skip
        carried = self._by_quote(c, old_unit, entry, where) if a.quote else self._by_unit(c, old_unit, entry, where)
        if entry.unsure and carried.anchor is not None:  # never silently: staff check where it went
            side = "old " if entry.runner_up_side == "old" else "new "
            cite = self._was if entry.runner_up_side == "old" else self._now
            also = (f", also close to {side}{cite(entry.runner_up[0])} ({entry.runner_up_similarity:.2f})"
                    if entry.runner_up else "")  # fmt: skip
            carried = replace(carried, note=f"{carried.note}; {UNSURE_PLACE} "
                                            f"(similarity {entry.similarity:.2f}{also})")  # fmt: skip
        return carried

    def _merged(self, c: Comment, article: str) -> Carried | None:
        """A proposal on an article the alignment deleted that the adoption report judges made where
        the new version reads like that article or holds the words it puts in
        (:meth:`~lawcomment.review.adoption.Judge.merged_outcome`): adopted, carried there with the
        new version's words, the place said for staff to check; made in part, orphaned with that said
        (the member's wording stays in the comment). None otherwise."""
        if c.lang or c.stance not in (Stance.AMEND, Stance.DELETE, Stance.INSERT):
            return None
        found = self.judge().outcome(c)
        if found is None or found.merged is None or found.merged_unit is None:
            return None
        unit = found.merged_unit
        how = (f"reads like it (similarity {found.merged[1]:.2f})" if found.merged[1] is not None
               else "has the words it puts in")  # fmt: skip
        there = (f"the alignment found {self._was(article)} deleted; {self._now(unit)} {how}, and the adoption "
                 "report judges the proposal there: check the place")  # fmt: skip
        if found.state is Adoption.ADOPTED:
            return Carried(c, Anchor(unit), Status.ADOPTED, f"adopted: {there} (the wording proposed is #{c.id}'s)",
                           self.body(unit))  # fmt: skip
        part = f", {found.in_part} made in part" if found.in_part else ""
        return self._orphan(c, f"partly adopted: {found.present} of its {found.changes} change(s) made{part}; {there}")

    def _orphan(self, c: Comment, reason: str) -> Carried:
        return Carried(c, None, Status.ORPHANED, reason, c.proposed_text)

    def _by_quote(self, c: Comment, old_unit: Unit, entry: Entry, where: str) -> Carried:
        a = c.anchor
        if a.eid != a.article and (away := self._quote_moved(c, old_unit, entry, where)) is not None:
            return away
        followed: tuple[str, int, int] | None = None
        asked = False  # (whether followed was worked out: once, and only for a quote whose words around changed)
        for art in entry.new:
            body = self.body(art)
            hits = locate(body, a.quote, a.prefix, a.suffix, a.offset)
            own = self._own_units(old_unit, a.article or "", art) if hits else []
            if own and not _within(own, hits[0], hits[0] + len(a.quote)) and \
                    context_agreement(body, hits[0], a.quote, a.prefix, a.suffix) < len(a.prefix) + len(a.suffix):  # fmt: skip
                followed, asked = (followed, True) if asked else (self._followed(c, entry), True)
                if followed is not None and followed[0] == art and _within(own, followed[1], followed[2]) and \
                        body[followed[1]:followed[2]] != a.quote and "\n" not in body[followed[1]:followed[2]]:  # fmt: skip
                    # the new version changed the quoted words at their own place, in the unit its unit became (adopting
                    # the member's own change, often): the same words in another unit (another "within one month", in
                    # the next paragraph, with words around it more like the quote's) are others, never what the comment
                    # was on (a trial's 12(3) went to 13(4) so, its adoption said 13(3)): it stays on what they became
                    break
            if hits:
                return self._at(c, art, hits[0], len(a.quote), "exact", where)
        if not asked:
            followed = self._followed(c, entry)
        if followed is not None:  # the quote's place followed through the diff of its article
            art, start, end = followed
            return self._at(c, art, start, end - start, "fuzzy", where)
        for art in entry.new:
            found = self._fuzzy(self.body(art), a.quote, a.offset or 0)
            if found is not None:
                start, end = found
                return self._at(c, art, start, end - start, "fuzzy", where)
        moved = self._quote_elsewhere(c, entry)
        if moved is not None:  # the words moved to an article the alignment did not pair with this one
            other, at = moved
            carried = self._at(c, other, at, len(a.quote), "exact", where)
            arts = "、".join(self._now(e) for e in entry.new)
            return replace(carried, note=f"{carried.note}; {QUOTE_ELSEWHERE}: 「{a.quote}」 is not in {arts}, where "
                                         f"{self._was(a.article or a.eid or '')} went, but in "
                                         f"{self._now(other)} with the words around it")  # fmt: skip
        if self._adopted(c):
            # the quoted words are gone because the new version changed them as proposed: the
            # comment follows its unit, adopted, as the adoption report says
            carried = self._by_unit(c, old_unit, entry, where)
            if carried.status is Status.ADOPTED:
                return replace(carried, note=f"{carried.note}; its quote 「{a.quote}」 is gone: the new version "
                                             "changed those words as proposed")  # fmt: skip
        whole = self._whole_wording(c, old_unit, entry, where)
        if whole is not None:
            return whole
        if c.proposed_text is None and near_key(a.quote) == near_key(self.base(old_unit, self.sep_old)):
            # a remark quoting the whole of its unit, which the new version changed (a sentence put in
            # its middle, 畜牧法 2022 第三十二条第一款, a trial): it follows its unit
            carried = self._by_unit(replace(c, anchor=Anchor(old_unit.eid)), old_unit, entry, where)
            if carried.anchor is not None:
                return replace(carried, origin=c, note=f"{carried.note}; its quote was the whole of "
                                                       f"{self._was(old_unit.eid)}, which the new version "
                                                       "changed: the comment is on the whole of it now")  # fmt: skip
        arts = "、".join(self._now(e) for e in entry.new)
        return self._orphan(c, f"quote not found: 「{a.quote}」 of {where} is not in {arts}{self._made(c)}")

    def _own_units(self, old_unit: Unit, old_article: str, art: str) -> list[tuple[int, int]]:
        """Where in new article ``art``'s body the units stand that read most like ``old_unit`` (a 款 or 项 of
        ``old_article``) of all its kind (:meth:`_counterparts`): the unit it became; none for an article."""
        if old_unit.eid == old_article or old_article not in self.old_index:
            return []
        spans = self.spans(art)
        return [spans[n] for n, (o, _) in self._counterparts(old_article, art, old_unit.kind).items()
                if o == old_unit.eid and n in spans]  # fmt: skip

    def _quote_moved(self, c: Comment, old_unit: Unit, entry: Entry, where: str) -> Carried | None:
        """A comment quoting words of a 款 (or 项) the new version moved to another article (:meth:`_moved_away`):
        its quote looked for there (as it is, then approximately), never in what its article became, where
        words like it may stand in another 款 (报国务院财政部门审核批准 in 第八条第二款, for 报国务院财政部门备案 of the
        moved 第三款); carried there, the place said. None when the 款 did not move, or the quote is not there
        (the comment goes on as any other: to its 款's new place, by :meth:`_by_unit`)."""
        found = self.judge().moved_unit(old_unit.eid)
        if found is None:
            return None
        unit, score = found
        art = unit.split("__", 1)[0]
        lo, hi = self.spans(art).get(unit, (0, len(self.body(art))))
        a = c.anchor
        body = self.body(art)
        hits = [h for h in locate(body, a.quote, a.prefix, a.suffix) if lo <= h and h + len(a.quote) <= hi]
        if hits:
            carried = self._at(c, art, hits[0], len(a.quote), "exact", where)
        elif (near := self._fuzzy(body[lo:hi], a.quote, a.offset or 0)) is not None:
            carried = self._at(c, art, lo + near[0], near[1] - near[0], "fuzzy", where)
        elif c.proposed_text is None:  # (a remark on words the new version rewrote there: on the unit it moved to)
            return replace(self._by_unit(replace(c, anchor=Anchor(old_unit.eid)), old_unit, entry, where), origin=c)
        else:
            return None
        was = self._was(old_unit.eid)
        said = (f"; {QUOTE_ELSEWHERE}: the new version moved {was}'s words to {self._now(unit)} (similarity "
                f"{score:.2f}): {was} has no close counterpart in {'、'.join(self._now(e) for e in entry.new)}, where its "
                "article went")  # fmt: skip
        head, _, rest = carried.note.partition("; ")
        return replace(carried, note=head + said + (f"; {rest}" if rest else ""))

    def _whole_wording(self, c: Comment, old_unit: Unit, entry: Entry, where: str) -> Carried | None:
        """A wording whose quoted words the new version rewrote (a Word file's tracked change on
        「国家秘密、商业秘密和个人信息」, putting in 、重要数据), carried as the wording of its whole
        unit when every change of it fits the new text there (重要数据 after 商业秘密 still goes
        where it was asked); None otherwise (orphaned, as before)."""
        a = c.anchor
        if c.stance is not Stance.AMEND or c.proposed_text is None or c.lang or old_unit.kind.is_container:
            return None
        # (a wording is of its whole unit; the quote only says which words it is about)
        carried = self._by_unit(replace(c, anchor=Anchor(old_unit.eid)), old_unit, entry, where)
        if carried.status is Status.ORPHANED or carried.anchor is None or PARTLY in carried.note:
            return None
        whole = self._now(carried.anchor.eid or "")
        return replace(carried, origin=c, note=f"{carried.note}; its quote 「{a.quote}」 is not in the new text: its "
                                               f"wording is carried as the whole of {whole}")  # fmt: skip

    def _quote_elsewhere(self, c: Comment, entry: Entry) -> tuple[str, int] | None:
        """Where the quote of a remark (no wording) that its article's counterparts lack stands
        in another article of the new version, with the words around it as they were (at least
        ``_QUOTE_CONTEXT`` characters of them, more than at any other place): (that article, the
        quote's offset), or None."""
        a = c.anchor
        if len(a.quote) < _QUOTE_CONTEXT or c.proposed_text is not None:
            return None  # (a wording of one unit is never moved onto the words of another: kept for staff)
        best: list[tuple[int, str, int]] = []
        for view in self.new.articles():
            art = view.unit.eid
            if art in entry.new:
                continue
            body = self.body(art)
            for at in locate(body, a.quote, a.prefix, a.suffix)[:1]:  # its best place in that article
                agree = context_agreement(body, at, a.quote, a.prefix, a.suffix)
                if agree >= _QUOTE_CONTEXT:
                    best.append((agree, art, at))
        best.sort(reverse=True)
        if not best or (len(best) > 1 and best[1][0] == best[0][0]):
            return None  # nowhere, or two places as likely: not guessed
        return best[0][1], best[0][2]

    def _made(self, c: Comment) -> str:
        """For a proposal carried as orphaned: how many of its changes the adoption report finds
        made, when some are (so the two never seem to disagree), else nothing."""
        found = self.judge().outcome(c) if c.stance is Stance.AMEND and not c.lang else None
        if found is None or not found.present:
            return ""
        return f"; the adoption report finds {found.present} of its {found.changes} change(s) made"

    def _followed(self, c: Comment, entry: Entry) -> tuple[str, int, int] | None:
        """Where the new version put the words comment ``c`` quotes, when they changed: their
        place in the old article followed through the diff of the two articles (paired one to
        one), taking in whatever replaced words at either end (「五日内」 → 「五个工作日内」,
        「乡级人民政府」 → 「乡镇人民政府」 in its own 款, not 「上级人民政府」 in another): the new
        article, start and end; None when the words there read too little like the quote."""
        a = c.anchor
        if len(entry.old) != 1 or len(entry.new) != 1 or a.offset is None or a.eid is None:
            return None
        old_art = self.old_index[entry.old[0]]
        old_body = old_art.body(self.sep_old)
        at = unit_spans(old_art, self.sep_old).get(a.eid)
        if at is None:
            return None
        hits = locate(old_body, a.quote, a.prefix, a.suffix, at[0] + a.offset)
        if not hits:
            return None
        new_art = entry.new[0]
        new_body = self.body(new_art)
        edits = self._article_diffs.get((entry.old[0], new_art))
        if edits is None:  # one diff per pair of articles, however many of its quotes are followed
            edits = self._article_diffs[(entry.old[0], new_art)] = version_diff(old_body, new_body).spans()
        start, end = _through(edits, hits[0], True), _through(edits, hits[0] + len(a.quote), False)
        fine = _fine_followed(old_body, new_body, edits, hits[0], hits[0] + len(a.quote))
        if fine is not None:  # a fine (or other quantity) quoted: the one that stands at its place
            # with the words the diff follows to either side of it, in its clause, when they are not a
            # long rewriting (对其直接负责的主管人员…，可以处 before it: kept, the comma dropped)
            lo, hi = fine
            if start <= lo and not any(mark in new_body[start:lo] for mark in _CLAUSE_MARKS):
                lo = start
            if hi <= end and not any(mark in new_body[hi:end] for mark in _CLAUSE_MARKS):
                hi = end
            if hi - lo > 2 * len(a.quote) + 2:
                lo, hi = fine
            return new_art, lo, hi
        found = new_body[start:end]
        if not found.strip() or len(found) > 2 * len(a.quote) + 2 or _kept(a.quote, found) < _FOLLOWED:
            return None
        return new_art, *_whole_numbers(new_body, start, end)

    def _fuzzy(self, body: str, quote: str, offset: int) -> tuple[int, int] | None:
        """Where a slightly changed quote now is: its head and tail found near the old offset."""
        if not body:
            return None
        head = quote[:_PIECE]
        tail = quote[-min(_PIECE, max(2, len(quote) // 2)):]
        loc = min(offset, len(body) - 1)
        start = self.dmp.match_main(body, head, loc)
        if start < 0:
            return None
        tail_at = self.dmp.match_main(body, tail, min(len(body) - 1, start + len(quote) - len(tail)))
        if tail_at < 0 or tail_at + len(tail) <= start:
            return start, min(len(body), start + len(quote))
        end = tail_at + len(tail)
        if not 0.5 * len(quote) <= end - start <= 2 * len(quote):
            return None
        # never a piece of a 项's label or a line break the quote had not (「四）查封、扣押」 for 「有权查封、扣押」)
        while start < end and body[start] in _LABEL_CHARS and body[start] not in quote:
            start += 1
        while end > start and body[end - 1] in _LABEL_CHARS and body[end - 1] not in quote:
            end -= 1
        return _whole_numbers(body, start, end) if end > start else None

    def _at(self, c: Comment, art: str, start: int, length: int, how: str, where: str) -> Carried:
        a = c.anchor
        body = self.body(art)
        quote = body[start:start + length]
        eid = art
        if a.eid != a.article:  # anchored below the article: the smallest unit holding the quote
            best = None
            for sub, (s, e) in self.spans(art).items():
                if s <= start and start + length <= e and (best is None or e - s < best[1] - best[0]):
                    best = (s, e, sub)
            if best is not None:
                eid = best[2]
        sub_start = self.spans(art)[eid][0]
        sub_body = body[sub_start:self.spans(art)[eid][1]]
        at = start - sub_start
        anchor = Anchor(eid, quote, sub_body[max(0, at - CONTEXT):at], sub_body[at + length:at + length + CONTEXT], at)
        note = f"{where} → {self._now(eid)}"
        if how == "fuzzy" or quote != a.quote:
            note += f"; {APPROXIMATE}: 「{a.quote}」 → 「{quote}」"
            note += self._graver_case(c, body, start)
            note += self._stance_on_changed(c, self.old_index[a.eid], eid, (a.quote, quote)) if a.eid else ""
        text, extra, status = self._rebase(c, eid)
        return Carried(c, anchor, status, note + extra, text)

    def _graver_case(self, c: Comment, body: str, start: int) -> str:
        """For a quote re-anchored approximately at ``body[start:]`` of the new version: a clause saying
        so when those words stand under a condition for the graver cases (情节严重的，) and the quote's
        did not, else "". Words like the quote's stand in both clauses of such a fine (可以并处二十万元以上
        一百万元以下 and, after 情节严重的，可以并处一百万元以上五百万元以下), and which one the comment
        meant is for staff to tell, never guessed in silence (会计法 2017 第四十五条 → 2024 第四十二条, a trial)."""
        a = c.anchor
        old_unit = self.old_index.get(a.eid or "")
        if old_unit is None or a.offset is None or not serious_only(body, start):
            return ""
        if serious_only(old_unit.body(self.sep_old), a.offset):
            return ""
        return (f"; {GRAVER_CASES}: the words it is on now stand in the new version's clause for the graver cases "
                f"(情节严重的), which 「{a.quote}」 did not: check it is the fine the comment meant")  # fmt: skip

    def _by_unit(self, c: Comment, old_unit: Unit, entry: Entry, where: str) -> Carried:
        a = c.anchor
        assert a.eid is not None  # carry() handles comments on the whole document
        art = entry.new[0]
        note = f"{where} → {self._now(art)}"
        split_piece: str | None = None  # the unit holding the counterpart of a split article's 款, when found
        if len(entry.new) > 1:
            # a split article: the part most like the unit commented on, or, for a wording, most
            # like the 款 its changes are in (a change of the first 款's fine goes where that 款
            # went, whichever part the whole article reads most like)
            text = old_unit.body(self.sep_old)
            touched = _touched_kuan(old_unit, self.sep_old, c.proposed_text) \
                if c.stance is Stance.AMEND and c.proposed_text and old_unit.kind is Kind.ARTICLE else {}  # fmt: skip
            # (a 款's comments go to the part holding its counterpart, as the split found it: 反洗钱法 2006
            # 第十六条第二款's wording, in 2024 第二十九条第一款第一项, went to 第二十八条, a trial; a wording of the
            # article, where the 款 it changes went, as the adoption report cites it)
            holding = {part_holding(entry, k, words, self.new_index, self.sep_new) for k, words in touched.items()}
            if old_unit.kind is not Kind.ARTICLE:
                art = part_holding(entry, a.eid, text, self.new_index, self.sep_new)
            elif len(holding) == 1:
                art = holding.pop()
            else:
                text = "\n".join(touched.values()) or text
                art = max(entry.new, key=lambda e: similarity(text, self.body(e)))
            parts = "、".join(self._now(e) for e in entry.new)
            note = f"{where} → {self._now(art)} (split into {parts})"
        eid = art
        if a.eid == a.article and (away := self._wording_moved(c, old_unit, art, note)) is not None:
            return away  # (a wording of the article changing only a 款 the new version moved elsewhere)
        if a.eid != a.article:
            old_text = old_unit.body(self.sep_old)
            # one to one: a 款 of the new article that another 款 of the old one reads more like is
            # that one's (第八条第二款, the same words, is not where old 第三款, which it resembles, went)
            own = self._counterparts(a.article or "", art, old_unit.kind)
            candidates = [u for u in self.new_index[art].walk() if u.kind is old_unit.kind and (
                own.get(u.eid, (a.eid, 0.0))[0] == a.eid or own[u.eid][1] < _OWN_KUAN)]  # fmt: skip
            scored = [(similarity(old_text, u.body(self.sep_new)), u.eid) for u in candidates]
            best = max(scored, default=(0.0, art))
            # a wording the new version enacted word for word as one of those units: that unit, however unlike the
            # old one, or like another (开采矿产资源应当依法缴纳资源税。 asked of 2009 第五条第二款, 2024 第六条第二款: a trial)
            asked = fold(c.proposed_text) if c.stance is Stance.AMEND and c.proposed_text and not c.lang else ""
            enacted = [u.eid for u in candidates if asked and fold(u.body(self.sep_new)) == asked]
            if len(enacted) == 1:
                best = (1.0, enacted[0])
            elif best[0] < 0.5 and (piece := piece_of(entry, a.eid)) is not None and piece.split("__", 1)[0] == art and \
                    old_unit.kind is Kind.PARAGRAPH and (kuan := "__".join(piece.split("__")[:2])) in self.new_index and \
                    (kuan == piece or c.stance is not Stance.DELETE):  # fmt: skip
                # none like it: the 款 of the part holding its counterpart, as the split found it (the part's other
                # 款, or the whole part, read otherwise: a trial's note quoted the whole old article rewritten); never
                # a deletion of a 款 whose counterpart is one 项 of it (it would take out the other 项 too)
                best, split_piece = (1.0, kuan), piece
            if best[0] >= 0.5:
                eid = best[1]
                note = note.replace(self._now(art), self._now(eid))
            elif (away := self._moved_away(c, old_unit, art, note)) is not None:
                return away  # (the new version moved the 款 to another article: it follows it there)
            elif c.stance is Stance.DELETE:
                # widening the deletion to the whole article would propose what nobody asked for
                moved = self._now_in(old_text, old_unit.kind, art)
                went = f"; its words now stand in {self._now(moved)}" if moved else ""
                if self._adopted(c):
                    return Carried(c, Anchor(art), Status.ADOPTED, note + f"; adopted: the new version no longer has "
                                   f"{self._was(a.eid)}{went}", c.proposed_text)  # fmt: skip
                # its words go on in another 款 (禁止冒用… written into 第一款: 农产品质量安全法 2018 第三十二条
                # 第二款, a trial): not adopted, as the adoption report finds, and never widened to what holds them
                return Carried(c, None, Status.ORPHANED, note + f"; the new version no longer has "
                               f"{self._was(a.eid)} as a {_KIND_WORD.get(old_unit.kind, 'part')} of its own, but the "
                               f"adoption report does not find the deletion made in {self._now(art)}: "
                               f"deleting its words in the new text is for staff to propose again{went}; the member's "
                               f"deletion stays in comment #{c.id}", c.proposed_text)  # fmt: skip
            elif c.stance is Stance.INSERT and c.proposed_text and not c.lang:
                # a new 款 or 项 asked after this one: never a new article after the whole (an insertion on
                # an article is one); made when its words stand in the new article, else after the 款 or
                # 项 there most like the one it followed
                if written_into_line(self.body(art), c.proposed_text) and \
                        fold(c.proposed_text) not in fold(self.old_index[a.article or ""].body(self.sep_old)):  # fmt: skip
                    return Carried(c, Anchor(art), Status.ADOPTED, note + f"; adopted: the new version has its words "
                                   f"in {self._now(art)} already", c.proposed_text)  # fmt: skip
                kin = [u.eid for u in self.new_index[art].walk() if u.kind is old_unit.kind]
                if not kin:  # no 项 (or 款) there to put it after: never a new article, and never guessed
                    return Carried(c, None, Status.ORPHANED, note + f"; {self._was(a.eid)} has no "
                                   f"counterpart, and {self._now(art)} has none of its kind now: where the "
                                   f"new unit goes cannot be told; the member's wording stays in comment #{c.id}",
                                   c.proposed_text)  # fmt: skip
                eid = best[1] if best[1] != art else kin[-1]
                note += (f"; {self._was(a.eid)} has no close counterpart: the new unit is proposed after "
                         f"{self._now(eid)}, the nearest; check the place")  # fmt: skip
            elif c.stance is Stance.AMEND and c.proposed_text is not None and not c.lang:
                # a wording of the 款 (or 项) alone: re-based onto the whole new article it would put its
                # words at that article's end, in another 款 (野生动物保护法 2018 第三十条第一款's 但书 appended
                # to 2022 第三十一条第四款, a trial); followed through the article's diff instead
                return self._followed_in_article(c, old_unit, art, own, note)
            else:
                note += f"; {self._was(a.eid)} has no close counterpart, {ON_ARTICLE}"
        if c.stance is Stance.INSERT and c.proposed_text and not c.lang and (judged := self.judge().outcome(c)):
            if judged.state is Adoption.ADOPTED:
                # (and where, when not at the place asked: a 款 enacted in another article)
                placed = "".join(f"; {x}" for x in judged.otherwise.clauses()) if judged.otherwise else ""
                # on the provision the new version enacted, named, as the adoption report names it: never on the
                # article it was asked after (a trial's 国际条约 article, enacted as 2024 第七十九条, sat on 第七十七条)
                at = self.judge().inserted_at(a.eid or "", c.proposed_text) if eid == art else None
                where = f", as {self._now(at)}" if at is not None and at != eid else ""
                return Carried(c, Anchor(at if where and at is not None else eid), Status.ADOPTED, note + "; adopted: "
                               f"the new version already has the proposed provision{where}" + placed,
                               c.proposed_text)  # fmt: skip
            if judged.left_out and (at := self.judge().inserted_at(a.eid or "", c.proposed_text)) is not None:
                # the new version wrote the provision without a clause asked: put in again as proposed, the law
                # would say the rest twice (two 诚实信用 articles: 专利法实施细则 2023 第十一条, a trial)
                left = "、".join(f"「{x}」" for x in judged.left_out)
                return Carried(c, Anchor(at), Status.ORPHANED, note + f"; partly adopted: the new version wrote it as "
                               f"{self._now(at)} without {left}: put in again as proposed, the law would say the rest "
                               f"twice; to ask for the words left out, propose them on {self._now(at)} (the member's "
                               f"wording stays in comment #{c.id})", c.proposed_text)  # fmt: skip
        if c.stance is Stance.INSERT and c.proposed_text and not c.lang and eid == art and old_unit.kind is Kind.ARTICLE:
            note += self._article_like(c.proposed_text, art)
        if c.stance is Stance.DELETE and not c.lang and a.eid == a.article and len(entry.old) > 1 and eid == art:
            # the whole of an article the new version merged with others: deleting what it became would
            # take out their words too (会计法 2017 第四十四条, one 2024 第四十一条 with 第四十三条, a trial)
            others = "、".join(self._was(o) for o in entry.old if o != a.eid)
            if self._adopted(c):
                return Carried(c, Anchor(art), Status.ADOPTED, note + f"; adopted: the new version no longer has "
                               f"{self._was(a.eid)} as an article of its own (merged with {others}), as the "
                               "adoption report finds", None)  # fmt: skip
            return Carried(c, None, Status.ORPHANED, note + f"; the new version merged {self._was(a.eid)} with "
                           f"{others} into {self._now(art)}: deleting that would take out their words too; the "
                           f"member's deletion stays in comment #{c.id}", None)  # fmt: skip
        reopen = False
        if a.eid != a.article and c.proposed_text is None and c.stance in _REMARKS and not c.lang:
            # a remark on a 款 (or 项) whose text quotes words of it (“以国家为主”的表述过于笼统): it is on those
            # words, and goes where they stand, not where the rest of its 款 went (畜牧法 2015 第九条第二款, split by
            # the 2022 text into 第十条第二款, which has them, and 第三款, which reads more like the old 款: a web
            # trial's objection carried there, resolved, listed nowhere)
            eid, note, reopen = self._follow_quoted(c, old_unit, art, eid, note)
        if c.stance is Stance.DELETE and not c.lang:
            note += self._deletion_widened(old_unit, eid)
        note += self._stance_on_changed(c, old_unit, eid)
        proposed, extra, status = self._rebase(c, eid)
        if split_piece is not None and c.stance is Stance.AMEND and c.proposed_text and status is Status.OPEN and \
                proposed is not None and not _between_words(c.proposed_text, self.body(eid), proposed):  # fmt: skip
            # a 款's wording re-based onto the 款 its counterpart is in, rewritten there: a change put where it stands
            # beside other words than it asked (a sentence added to 第十六条第二款, put after 第二十九条第一款第三项:
            # a trial) is no wording of the law; kept for staff, said as the 款 and its counterpart read now
            n = len(diff(old_unit.body(self.sep_old), c.proposed_text).spans())
            return Carried(c, Anchor(eid), Status.ORPHANED, note + f"; none of its {n} change(s) fits the new text "
                           f"(the new version rewrote 「{_flat(old_unit.body(self.sep_old))}」 as "
                           f"「{_flat(self.body(split_piece))}」); the member's wording stays in comment #{c.id}",
                           c.proposed_text)  # fmt: skip
        if reopen and status is Status.RESOLVED:  # (dealt with on words it may no longer be on: staff look again)
            status = Status.OPEN
        return Carried(c, Anchor(eid), status, note + extra, proposed)

    def _moved_away(self, c: Comment, old_unit: Unit, art: str, note: str) -> Carried | None:
        """A comment on 款 (or 项) ``old_unit``, which has no close counterpart in new article ``art``, where the
        new version moved it to another article (:meth:`~lawcomment.review.adoption.Judge.moved_unit`): carried
        there, a wording re-based onto its words there, the place said for staff to check (会计法 2017 第八条第三款,
        总后勤部…, 2024 第四十九条: a web trial's question and wording landed on the new 第八条, whose 第三款 is an
        unrelated rule, the note saying the law "rewrote" the one as the other). None for a deletion (its words
        said to stand there, as before) and a new unit asked after it (placed in ``art``), or when the new
        version has nothing like it anywhere."""
        if c.stance in (Stance.DELETE, Stance.INSERT):
            return None
        found = self.judge().moved_unit(old_unit.eid)
        if found is None:
            return None
        unit, score = found
        was = self._was(old_unit.eid)
        note = note.replace(f" → {self._now(art)}", f" → {self._now(unit)}", 1)
        note += (f"; {QUOTE_ELSEWHERE}: the new version moved {was}'s words to {self._now(unit)} (similarity "
                 f"{score:.2f}): {was} has no close counterpart in {self._now(art)}, where its article went")  # fmt: skip
        note += self._stance_on_changed(c, old_unit, unit)
        proposed, extra, status = self._rebase(replace(c, anchor=Anchor(old_unit.eid)), unit)
        return Carried(c, Anchor(unit), status, note + extra, proposed)

    def _wording_moved(self, c: Comment, old_unit: Unit, art: str, note: str) -> Carried | None:
        """A wording of a whole old article (a marked-up Word copy gives one) whose changes all lie in one 款 (or
        项) the new version moved to another article (:meth:`_moved_away`): carried there as the wording of that
        款, the place said; None otherwise (re-based onto ``art`` as any other wording of it)."""
        if c.stance is not Stance.AMEND or c.proposed_text is None or c.lang or old_unit.kind is not Kind.ARTICLE:
            return None
        base = old_unit.body(self.sep_old)
        spans = diff(base, c.proposed_text).spans()
        found = self.judge().moved_within(old_unit.eid, spans) if spans else None
        if found is None:
            return None
        kuan = self.old_index[found[0]]
        s, t = unit_spans(old_unit, self.sep_old)[kuan.eid]
        words = c.proposed_text[s:len(c.proposed_text) - (len(base) - t)]
        if base[:s] != c.proposed_text[:s] or base[t:] != c.proposed_text[len(c.proposed_text) - (len(base) - t):]:
            return None  # (its words around the 款 as they were, or it is the whole article's business)
        was = self._was(kuan.eid)
        moved = self._moved_away(replace(c, anchor=Anchor(kuan.eid), proposed_text=words), kuan,
                                 art, note.replace(self._was(old_unit.eid), was, 1))  # fmt: skip
        if moved is None:
            return None
        return replace(moved, origin=c, note=f"{moved.note}; a wording of {self._was(old_unit.eid)}, all of whose "
                                              f"changes are in {was}: carried as the wording of it")  # fmt: skip

    def _follow_quoted(self, c: Comment, old_unit: Unit, art: str, eid: str, note: str) -> tuple[str, str, bool]:
        """For a remark on ``old_unit`` (a 款 or 项) carried to ``eid`` of new article ``art``: the words its
        text quotes that stand in ``old_unit`` (in “…”, 「…」, "…"), followed to the one unit of its kind in
        ``art`` that has them all. Returns the unit, the note, and whether staff must check the place (the
        words in no such unit, or in several: it stays at ``eid``, said)."""
        old_text = old_unit.body(self.sep_old)
        words = list(dict.fromkeys(w for w in _QUOTED.findall(c.body) if w in old_text))
        if not words or all(w in self.body(eid) for w in words):
            return eid, note, False
        kin = [u.eid for u in self.new_index[art].walk() if u.kind is old_unit.kind]
        holders = [e for e in kin if all(w in self.body(e) for w in words)]
        quoted = "、".join(f"「{_flat(w)}」" for w in words)
        if len(holders) == 1:
            there = holders[0]
            note = note.replace(f"; {self._was(old_unit.eid)} has no close counterpart, so the comment is on the article", "")
            note = note.replace(f" → {self._now(eid)}", f" → {self._now(there)}", 1)
            return there, note + f"; the words it quotes, {quoted}, stand in {self._now(there)}: it follows them there", False
        kind = _KIND_WORD.get(old_unit.kind, "part")
        where = "in none of them" if not holders else "in " + "、".join(self._now(e) for e in holders)
        return eid, note + (f"; {QUOTED_WORDS}: the words it quotes, {quoted}, stand {where} of the {kind} of "
                            f"{self._now(art)}, and it is on {self._now(eid)}: check where it belongs"), True  # fmt: skip

    def _followed_in_article(self, c: Comment, old_unit: Unit, art: str, own: dict[str, tuple[str, float]],
                             note: str) -> Carried:
        """A wording of 款 (or 项) ``old_unit``, which has no close counterpart in new article ``art``:
        put into the whole old article and followed through the diff of the two articles, as the
        committee's decisions on its changes are (:meth:`carry_decision`), so the two stay together.
        Carried on the unit of its kind in ``art`` that every change it still asks lands in, the place
        said for staff to check; adopted or orphaned as the re-basing finds it; left unplaced on ``art``
        (orphaned, the member's wording kept) when its changes land in more than one unit, across two,
        or in one that reads like another old unit: never put into another 款's words."""
        a = c.anchor
        article = a.article or ""
        was, now = self._was(old_unit.eid), self._now(art)
        at = unit_spans(self.old_index[article], self.sep_old).get(old_unit.eid)
        if at is None:  # (a unit always has its place in its article's body: kept for staff all the same)
            return Carried(c, Anchor(art), Status.ORPHANED, note + f"; {was} has no close counterpart, and its place in "
                           f"its article cannot be told; the member's wording stays in comment #{c.id}",
                           c.proposed_text)  # fmt: skip
        if (judged := self.judge().outcome(c)) is not None and judged.state is Adoption.ADOPTED:
            # made, as the adoption report judges the 款's wording (its changed words written elsewhere, word for
            # word: 公司法 2023 第一百八十一条第三项, a trial's copy orphaned beside the report's "partly adopted")
            return Carried(c, Anchor(art), Status.ADOPTED, note + f"; {was} has no close counterpart, {ON_ARTICLE}"
                           + _adopted_note("version", c.id, judged), c.proposed_text)  # fmt: skip
        body = self.old_index[article].body(self.sep_old)
        whole = body[:at[0]] + (c.proposed_text or "") + body[at[1]:]
        proposed, extra, status = self._rebase(replace(c, anchor=Anchor(article), proposed_text=whole), art)
        on_article = f"; {was} has no close counterpart, {ON_ARTICLE}"
        if status is Status.ADOPTED:
            return Carried(c, Anchor(art), status, note + on_article + extra, proposed)
        if status is Status.ORPHANED or proposed is None:  # (none of it fits: on the article, as before, kept for staff)
            # what the diff of the two articles sets at the 款's place is another provision, nothing reading like it
            # anywhere (:meth:`_moved_away`): never said a rewriting of it (a web trial's 「中国人民解放军总后勤部…」
            # "rewrote" as 「国家加强会计信息化建设…」)
            extra = _REWROTE.sub(f"(nothing in {now} reads like {was}, nor anything elsewhere in the new version)", extra)
            return Carried(c, Anchor(art), Status.ORPHANED, note + on_article + extra, c.proposed_text)
        new_body = self.body(art)
        places = self.spans(art)
        kin = {e: span for e, span in places.items() if self.new_index[e].kind is old_unit.kind}
        landed: list[str | None] = []
        for edit in diff(new_body, proposed).spans():
            holder = next((e for e, (s, t) in kin.items() if s <= edit.start and edit.end <= t), None)
            landed.append(holder)
        found = list(dict.fromkeys(landed))
        if len(found) == 1 and found[0] is not None:
            unit = found[0]
            owner, alike = own.get(unit, (old_unit.eid, 0.0))
            if owner == old_unit.eid or alike < 0.5:  # (one reading like another old unit is that one's)
                s, t = kin[unit]
                words = proposed[s:len(proposed) - (len(new_body) - t)]
                return Carried(c, Anchor(unit), status, note.replace(now, self._now(unit)) + f"; {FOLLOWED_INTO}: "
                               f"{was} has no close counterpart in {now}; its change(s), followed through the diff "
                               f"of the two articles, fall in {self._now(unit)}" + extra, words)  # fmt: skip
        if not found:  # (it proposes nothing the new article lacks: as the re-basing said)
            return Carried(c, Anchor(art), status, note + extra, proposed)
        kind = _KIND_WORD.get(old_unit.kind, "part")
        where = "、".join(self._now(e) for e in found if e is not None)
        landing = (f"not within one {kind} of {now}" if None in found
                   else f"in {where}, which reads like another {kind} of the old version" if len(found) == 1
                   else f"in {where}")  # fmt: skip
        return Carried(c, Anchor(art), Status.ORPHANED, note + f"; {was} has no close counterpart in {now}, and its "
                       f"change(s), followed through the diff of the two articles, fall {landing}: where its wording "
                       f"goes cannot be told, so it is not placed; the member's wording stays in comment #{c.id}",
                       c.proposed_text)  # fmt: skip

    def _article_like(self, text: str, after: str) -> str:
        """The carried comment's note for a new article proposed after new article ``after``, not
        adopted, when the new version has one that reads much like it (:meth:`_like_article`); ""."""
        found = self._like_article(text, after)
        if found is None:
            return ""
        shown, eid, how = found
        return (f"; {TWICE}: the new version has 「{_flat(shown)}」 already, in {self._now(eid)} "
                f"({how}), much like the article proposed: check whether it was adopted in other words")  # fmt: skip

    def _like_article(self, text: str, after: str) -> tuple[str, str, str] | None:
        """The article near new article ``after`` (two places either way) that reads much like the
        new article ``text`` (:func:`~lawcomment.review.adoption.reads_like`, as the adoption report
        reads it): (its words, shortened to 60 characters; its eid; how alike), for staff to judge
        whether the new version said it in other words; None."""
        order = [e for e, u in self.new_index.items() if u.kind is Kind.ARTICLE]
        at = order.index(after) if after in order else -1
        found = reads_like(text, ((e, self.body(e)) for e in order[max(0, at - 2):at + 3])) if at >= 0 else None
        if found is None:
            return None
        shown, eid, how, score = found
        return shown, eid, Alike(shown, eid, how, score).said()

    def _now_in(self, text: str, kind: Kind, not_in: str) -> str | None:
        """The unit of ``kind`` (or an article) outside article ``not_in`` of the new version that
        reads most like ``text`` (NOW_IN or more): where a 款 the new version took out of its
        article went (会计法 2017 第八条第三款, 总后勤部…, to 2024 第四十九条); None when none does."""
        best: tuple[float, str] | None = None
        for u in self.new_index.values():
            if u.kind in (kind, Kind.ARTICLE) and u.eid != not_in and not u.eid.startswith(not_in + "__"):
                score = similarity(text, u.body(self.sep_new))
                if score >= NOW_IN and (best is None or score > best[0]):
                    best = (score, u.eid)
        return best[1] if best is not None else None

    def _counterparts(self, old_article: str, new_article: str, kind: Kind) -> dict[str, tuple[str, float]]:
        """Each unit of ``kind`` (款, 项) of ``new_article``, by eid: the unit of ``old_article``
        of that kind that reads most like it (ties to the earlier one), and how alike."""
        key = (old_article, new_article, kind)
        found = self._pairs_within.get(key)
        if found is None:
            olds = [(u.eid, u.body(self.sep_old)) for u in self.old_index[old_article].walk() if u.kind is kind]
            found = self._pairs_within[key] = {}
            for u in self.new_index[new_article].walk():
                if u.kind is kind and olds:
                    text = u.body(self.sep_new)
                    best = max(((similarity(o[1], text), o[0]) for o in olds), key=lambda x: x[0])
                    found[u.eid] = (best[1], best[0])
        return found

    def _stance_on_changed(self, c: Comment, old_unit: Unit, eid: str, quoted: tuple[str, str] | None = None) -> str:
        """For a member's support, opposition or question carried to ``eid``: that the new version
        changed the wording it was given on (the unit's, or with ``quoted`` the words it quoted, as
        they were and as re-anchored): a support of the old text is no support of the new one, and
        the new words may answer a question or make it moot (the basis asked of 五百万元, which the
        next reading set back to 三百万元: a trial's question carried open, nothing said). For staff
        and the member to check; "" when the words are the same, or for any other comment."""
        if c.stance not in (Stance.SUPPORT, Stance.OPPOSE, Stance.QUESTION) or c.lang or c.thread is not None:
            return ""
        # the same words but for citations the renumbering moved on (第十条 → 第十一条): the same
        # provision; a citation of another article is another provision, to check
        numbers = self.numbers()
        was, now = quoted if quoted is not None else (old_unit.body(self.sep_old), self.body(eid))
        if near_key(renumber(was, numbers)) == near_key(now):
            return ""
        what = {Stance.SUPPORT: "supported", Stance.OPPOSE: "opposed"}.get(c.stance, "asked about")
        return (f"; {STANCE_ON_OLD}: it {what} {self._was(old_unit.eid)} as the old version worded it, "
                f"and the new version rewords {self._now(eid)}")  # fmt: skip

    def _deletion_widened(self, old_unit: Unit, eid: str) -> str:
        """For a deletion carried to ``eid``: what the new version added there since (a new 款,
        words put in), which the deletion now takes out too though nobody asked for that; ""
        when it added nothing."""
        old, new = old_unit.body(self.sep_old), self.body(eid)
        if near_key(old) == near_key(new):
            return ""
        # words put in where nothing was (a new 款, a clause): what rewrote or shortened the text
        # took out as much as it put in, and the deletion asked for that text anyway
        added = "…".join(s.new.strip() for s in diff(old, new).spans() if s.start == s.end and len(s.new.strip()) >= 2)
        if not added:
            # a sentence of the new text like none of the old one's: what the new version wrote in there
            # (the board's size, merged into the 款 on 职工代表 asked deleted: 公司法 2018 第四十四条, a trial)
            said = [x for x in re.split(r"(?<=[。；])", old) if x.strip()]
            added = "…".join(x for x in re.split(r"(?<=[。；])", new) if len(x.strip()) >= _SENTENCE_WORDS
                             and max((similarity(x, y) for y in said), default=0.0) < _LIKE_SENTENCE)  # fmt: skip
        if not added:
            return ""
        shown = added if len(added) <= 40 else added[:40] + "…"
        return (f"; {WIDENED}: the new version added 「{_flat(shown)}」 to {self._now(eid)}, which the deletion "
                "now takes out too")  # fmt: skip

    def reason_targets(self, eid: str, landed: list[str]) -> list[str | None]:
        """Where the committee's reason for unit ``eid`` goes: its counterpart, or, for an
        article the new version split, each part its decisions went to (``landed``), and each
        article they followed a 款 the new version moved to."""
        entry = self.by_old.get(eid)
        moved: list[str | None] = [e for e in dict.fromkeys(landed) if entry is not None and e not in entry.new]
        if entry is not None and len(entry.new) > 1 and landed:
            return [e for e in entry.new if e in landed] + moved
        if moved:
            # decisions that followed a 款 the new version moved to another article (_decision_moved): the
            # reason goes with them, and stays on its article where others of them did
            kept: list[str | None] = [e for e in dict.fromkeys(landed) if entry is not None and e in entry.new]
            return kept + moved
        return [self.counterpart(eid)]

    def counterpart(self, eid: str) -> str | None:
        """The unit of the new version that unit ``eid`` of the old one became (None: gone)."""
        old_unit = self.old_index.get(eid)
        if old_unit is None:
            return None
        if old_unit.kind.is_container:
            same = self.new_index.get(eid)
            by_number = eid if same is not None and same.kind is old_unit.kind else None
            return self.headings.get(fold(old_unit.heading)) or by_number
        entry = self.by_old.get(eid)
        if entry is None or entry.change is VersionChange.DELETED or not entry.new:
            return None
        return entry.new[0]

    def carry_decision(self, d: Decision, beside: Sequence[Span] = ()) -> CarriedDecision:
        """Move one decision to the new version: by its target's counterpart, and its span
        through the version change; a decision whose words the new version rewrote no longer applies.
        ``beside``: the changes the committee took on the same unit (its own among them), by which
        the adoption report judges each, as it judges the committee's position."""
        found = self._hold_unsure(d, self._carry_decision(d, beside))
        if found.origin is not d:  # (a final wording judged with its citations renumbered: the decision as stored)
            found = replace(found, origin=d)
        if found.target is not None and "__" in found.target and d.target in self.by_old and \
                moved_into(self.by_old[d.target], d.target) is not None:  # fmt: skip
            # moved onto the 款 the article went into (see carry): decided, as merged, on that 款's article
            art = found.target.split("__", 1)[0]
            at = self.spans(art)[found.target][0]
            return replace(found, target=art, start=None if found.start is None else found.start + at,
                           end=None if found.end is None else found.end + at)  # fmt: skip
        return found

    def unsure_place(self, entry: Entry) -> str:
        """How unsure the alignment is of ``entry``'s pairing: "(similarity 0.49, also close to new Section 104 (0.50))"."""
        side = "old " if entry.runner_up_side == "old" else "new "
        cite = self._was if entry.runner_up_side == "old" else self._now
        also = (f", also close to {side}{cite(entry.runner_up[0])} ({entry.runner_up_similarity:.2f})"
                if entry.runner_up else "")  # fmt: skip
        return f"(similarity {entry.similarity:.2f}{also})"

    def _hold_unsure(self, d: Decision, found: CarriedDecision) -> CarriedDecision:
        """``found`` held for staff when the article it was made on went to a place the alignment is unsure
        of: its change would go out as the committee's on an article it may never have seen (H.R. 2157's
        SEC. 501, FEMA's federal share, "moved" to the enrolled SEC. 1207, flood insurance, a trial: the
        choice printed there as a tracked change). Carried, never lost; it goes out once confirmed."""
        entry = self.by_old.get(d.target.split("__", 1)[0])
        if found.target is None or entry is None or not entry.unsure or d.subject in TRANSLATIONS:
            return found
        action = found.action or d.action
        if action == "reject" or (action == "choose" and d.new == d.old):
            return found  # (it prints nothing: the draft's words stand, wherever they went)
        art = found.target.split("__", 1)[0]
        why = (f"{self._was(entry.old[0]) if len(entry.old) == 1 else self._was(d.target.split('__', 1)[0])} → "
               f"{self._now(art)} is unsure {self.unsure_place(entry)}")  # fmt: skip
        return replace(found, unsure=why)

    def _carry_decision(self, d: Decision, beside: Sequence[Span] = ()) -> CarriedDecision:
        """:meth:`carry_decision`, a decision on an article moved into a 款 of another carried onto that 款."""
        old_unit = self.old_index.get(d.target)
        if old_unit is None:
            return CarriedDecision(d, None, None, None, f"{self._was(d.target)} is not in the old version")
        if d.subject in TRANSLATIONS and d.subject in self.untranslated:
            # (its words are the old translation's: said as what it waits for, never "text the new version changed")
            return CarriedDecision(d, None, None, None, f"the new version has no {d.subject} translation to carry the "
                                   f"committee's {d.subject} wording onto: give it again once one is added")  # fmt: skip
        if old_unit.kind.is_container:
            found = self.counterpart(d.target)
            if found is None:
                return CarriedDecision(d, None, None, None, "the new version has no heading of that title")
            target = found
        else:
            entry = self.by_old.get(d.target)
            # (to the 款 it went into, as its comments go, a new article asked after it excepted: see carry)
            moved_in = moved_into(entry, d.target) if d.subject != "insertion" else None
            if moved_in is not None and d.action == "text":
                # the committee's wording of the whole article: the new version made it a 款 of another, beside that
                # article's own words, which the wording never saw
                return CarriedDecision(d, None, None, None, f"the new version moved {self._was(d.target)} into "
                                       f"{self._now(moved_in.new[0])}: set the final wording again there")  # fmt: skip
            entry = moved_in or entry
            whole = (d.start, d.end) == (0, len(self.base(old_unit, self.sep_old))) or (
                d.action == "text" and not d.subject)  # a final wording of "": the article deleted (the web's box)
            if moved_in is not None and whole and not d.new and d.action in ("accept", "reject"):
                # the deletion of the whole article, decided: the deletion of the 款 it went into, as its comment is
                # carried (the committee's rejection of it was dropped as "the article was deleted": a trial)
                kuan = moved_in.new[0]
                art = kuan.split("__", 1)[0]
                base = self.base(self.new_index[art], self.sep_new)
                start, end = self.spans(art)[kuan]
                if end < len(base) and base[end] == "\n":  # (the 款 goes with its line, as the merge deletes it)
                    end += 1
                elif start > 0 and base[start - 1] == "\n":
                    start -= 1
                cut = diff(base, base[:start] + base[end:]).spans()
                if len(cut) == 1:
                    return CarriedDecision(d, art, cut[0].start, cut[0].end, f"the deletion of the whole of "
                                           f"{self._was(d.target)} is carried as the deletion of {self._now(kuan)}, "
                                           f"which the new version made of it (similarity {moved_in.similarity:.2f}): "
                                           "check the place", whole=True, old=base[cut[0].start:cut[0].end])  # fmt: skip
            if entry is not None and entry.change is VersionChange.DELETED and d.action in ("accept", "choose", "text") \
                    and not d.new and whole:  # fmt: skip
                return CarriedDecision(d, None, None, None, "the new version deleted the article, as the committee "
                                       "asked", adopted=True)  # fmt: skip
            if entry is not None and entry.change is VersionChange.DELETED and (made := self._made_merged(d, beside)):
                return made
            if entry is not None and entry.change is VersionChange.DELETED and d.subject == "insertion" and d.new and \
                    (unit := self.judge().provision_unit(d.new)) is not None:  # fmt: skip
                # a new provision accepted after an article the new version deleted, enacted word for word elsewhere
                # (反洗钱法 2024 第二十七条第二款, a trial: "the article was deleted"); turned down, enacted all the same
                if d.action == "accept":
                    return CarriedDecision(d, None, None, None, f"the new version added this provision, as "
                                           f"{self._now(unit)}", adopted=True)  # fmt: skip
                if d.action == "reject":
                    return CarriedDecision(d, None, None, None, "the new version enacted the provision the committee "
                                           f"turned down, as {self._now(unit)}")  # fmt: skip
            if entry is None or entry.change is VersionChange.DELETED:
                return CarriedDecision(d, None, None, None, "the article was deleted")
            if len(entry.new) != 1 and d.subject == "insertion" and d.new and d.action in ("accept", "reject") and (
                    unit := self.judge().inserted_at(d.target, d.new) or self.judge().provision_unit(d.new)) is not None:  # fmt: skip
                # a new provision accepted after an article the new version split, enacted word for word (公司法 2018
                # 第二十二条之一, 2023 第二十四条, a trial's "the article was split into 第二十五条、第二十六条", beside the
                # adoption report's "adopted")
                if d.action == "accept":
                    return CarriedDecision(d, None, None, None, f"the new version added this provision, as "
                                           f"{self._now(unit)}", adopted=True)  # fmt: skip
                return CarriedDecision(d, None, None, None, "the new version enacted the provision the committee "
                                       f"turned down, as {self._now(unit)}")  # fmt: skip
            if len(entry.new) != 1:
                parts = "、".join(self._now(e) for e in entry.new)
                into = self._into_part(d, old_unit, entry.new)
                return into or CarriedDecision(d, None, None, None, f"the article was split into {parts}")
            target = entry.new[0]
        old_base = self.base(old_unit, self.sep_old)
        new_base = self.base(self.new_index[target], self.sep_new)
        if d.subject == "insertion":
            entry = self.by_old.get(d.target)
            if d.action == "accept" and entry is not None and d.new and self._has(d.target, d.new):
                return CarriedDecision(d, None, None, None, "the new version added this provision", adopted=True)
            if d.action == "reject" and d.new and (at := self.judge().inserted_at(d.target, d.new)) is not None:
                # the law enacted what the committee turned down: said, never carried to stand against nothing (a
                # trial's rejection, carried, was "ignored" by every later merge, and the enactment said nowhere)
                return CarriedDecision(d, None, None, None, "the new version enacted the provision the committee "
                                       f"turned down, as {self._now(at)}")  # fmt: skip
            # accepted again it would go out as 第N条之一 beside the words the law now has: decided anew
            like = self._like_article(d.new, target) if d.action == "accept" and d.new and \
                old_unit.kind is Kind.ARTICLE else None  # fmt: skip
            if like is not None:
                shown, eid, how = like
                return CarriedDecision(d, None, None, None, f"the new version has 「{_flat(shown)}」 in "
                                       f"{self._now(eid)} ({how}), much like the new article accepted: "
                                       "decide it again, if the new version did not say it in other words")  # fmt: skip
            return CarriedDecision(d, target, d.start, d.end, new=self._renumbered(d.new))
        numbers = self.numbers()
        span = Span(d.start or 0, d.end or 0, d.new or "")
        moving, old_r = span, renumber(old_base, numbers)
        if d.action == "text" and (cited := self._renumbered(d.new)) is not None:
            # the committee's own words cite articles the new version numbers otherwise: carried citing them by
            # the new numbers, as its reason is, and then judged as any wording (反垄断法 2007 第十五条 → 2022 第二十条,
            # a trial: dropped with its reason for 第十三条 → 第十七条 alone, and said nowhere after)
            d = replace(d, new=cited)
        if d.action in ("accept", "choose") and (gone := _cites_gone([d.new or ""], self.gone())):
            # the words it puts in cite an article the new version deleted: no number follows it there
            return CarriedDecision(d, None, None, None, gone.removeprefix(f"; {CITES_GONE}: ") + ": decide it again")
        if old_r != old_base and d.action != "text":
            # moved as the proposal is, on the old text with its citations renumbered (see _rebase):
            # its own words renumbered in place when no citation straddles its ends (a diff of the
            # text with and without them may slide the span past a character they share with the
            # words after them: 对依据本法第三条…议。⏎对其他…, deleted, read one character on, a trial)
            head, body, tail = (renumber(x, numbers) for x in (old_base[:span.start], old_base[span.start:span.end],
                                                                old_base[span.end:]))  # fmt: skip
            if head + body + tail == old_r:
                moving = Span(len(head), len(head) + len(body), renumber(span.new, numbers))
            else:
                pieces = diff(old_r, renumber(splice(old_base, [span]), numbers)).spans()
                moving = pieces[0] if len(pieces) == 1 else span
        elif d.action != "text" and (now := self._renumbered(d.new)) is not None:
            moving = Span(span.start, span.end, now)  # (the words it puts in cite renumbered articles)
        renumbered = moving.new if moving.new != (d.new or "") else None
        if old_r == new_base and d.action != "text":  # (a final wording is set against the text as it was: below)
            return CarriedDecision(d, target, moving.start, moving.end, new=renumbered)
        if old_base == new_base:
            return CarriedDecision(d, target, d.start, d.end, new=renumbered if d.action != "text" else d.new)
        if d.action == "text":
            if d.subject in TRANSLATIONS and old_r == new_base:
                # the law's words changed only in the articles they cite: the translation's wording, its own
                # citations renumbered with them, still says what the committee set
                return CarriedDecision(d, target, None, None, new=d.new)
            if d.subject not in TRANSLATIONS and near_key(d.new or "") == near_key(new_base):
                return CarriedDecision(d, None, None, None, "the new version reads as the committee's wording",
                                       adopted=True)  # fmt: skip
            if d.subject not in TRANSLATIONS and old_unit.kind is Kind.ARTICLE and d.target in self.by_old and \
                    (worded := diff(old_base, d.new or "").spans()) and \
                    all(self.judge().made_as_proposed(d.target, sp, worded) for sp in worded):  # fmt: skip
                # each change the wording made, made: as the adoption report judges the committee's position
                # (五个工作日 and the new 复检 款: 农产品质量安全法 2018 第三十六条, a trial)
                return CarriedDecision(d, None, None, None, "the new version made each change of the committee's "
                                       "wording, with words of its own around them", adopted=True)  # fmt: skip
            if plain_form(old_r) == plain_form(new_base):
                # the new version changed only the width or spacing of some marks (: → ：): the committee's
                # wording follows it there, its own changes as they were, never dropped with its reason
                # (农业技术推广法 2012 第十一条 → 2024, a trial of the web app)
                moved_text = rebase(old_r, d.new or "", new_base)
                if all(e.state in ("moved", "adopted") for e in moved_text.edits):
                    # the proposals it answered, as their carried copies now read: none "arrived since"
                    return CarriedDecision(d, target, None, None, new=moved_text.text,
                                           premise=_premise_on(d.premise, old_r, new_base))  # fmt: skip
            if d.subject not in TRANSLATIONS:
                moved_text = rebase(old_r, d.new or "", new_base)
                unsure = next((e for e in moved_text.edits if e.span is not None and e.other is not None), None)
                if unsure is not None and unsure.span is not None and unsure.other is not None:
                    # a change of it could go at two places of the new text alike: never carried onto one unread
                    return CarriedDecision(d, None, None, None, "the committee's wording could be made at two places of "
                                           f"the new text: {self._two_places(target, new_base, unsure.span, unsure.other)}: "
                                           "set it again")  # fmt: skip
                done = sum(1 for e in moved_text.counted if e.state == "adopted")
                if done and all(e.state in ("moved", "adopted") for e in moved_text.edits):
                    # some of its changes made, the words of the others left as they were: those carried onto the new
                    # text, said (商标法 第二条, a trial's: 2 of 3 made, the third dropped with its reason, unsaid)
                    rest = len(moved_text.counted) - done
                    return CarriedDecision(d, target, None, None, f"the new version made {done} of its "
                                           f"{len(moved_text.counted)} changes; the other {rest} carried onto its text: "
                                           f"「{_flat(moved_text.text)}」", new=moved_text.text,
                                           premise=_premise_on(d.premise, old_r, new_base))  # fmt: skip
                if not done and moved_text.counted and all(e.state == "moved" for e in moved_text.edits):
                    # every change of it on words the new version kept, its other words rewritten: carried onto the new
                    # text as the proposals it answered are, with its reason (野生动物保护法 2018 第二十七条's 、药品生产 in
                    # 第二款, word for word 2022 第二十八条第二款: dropped as "set against text the new version changed", a trial)
                    changes = diff(old_r, d.new or "").spans()
                    said = "、".join(_change_said(old_r, sp) for sp in changes[:3]) + ("…" if len(changes) > 3 else "")
                    return CarriedDecision(d, target, None, None, f"its {len(changes)} change(s) ({said}) fall on words "
                                           "the new version kept; made on the new text, the rest of the article as the "
                                           "new version words it", new=moved_text.text,
                                           premise=_premise_on(d.premise, old_r, new_base), whole=True)  # fmt: skip
                if (named := self._wording_change_lost(old_r, d.new or "", new_base)) is not None:
                    return CarriedDecision(d, None, None, None, "the final wording was set against text the new version "
                                           f"changed: {named}")  # fmt: skip
            return CarriedDecision(d, None, None, None, "the final wording was set against text the new version changed")
        moved = Mover(old_r if moving is not span else old_base, new_base).move(moving)
        if moved.state == "changed" and old_unit.kind is Kind.ARTICLE and (
                within := self._within_paragraph(d.target, target, span)) is not None:  # fmt: skip
            moved = within  # followed in its 款, as its proposal was (the 款 around it moved or were put in)
        if moved.state != "adopted" and old_unit.kind is Kind.ARTICLE and d.action != "text" and \
                (away := self._decision_moved(d, span, beside)) is not None:  # fmt: skip
            return away  # (its 款 moved to another article: the decision follows it there, as its proposal does)
        # made, as the adoption report judges it too (the words around it may have changed)
        if moved.state == "adopted" or (old_unit.kind is Kind.ARTICLE and d.target in self.by_old
                                        and self.judge().made_as_proposed(d.target, span, beside)):  # fmt: skip
            asked = d.action in ("accept", "choose")
            why = "the new version made this change" if asked else "the new version made the change the committee rejected"
            # made otherwise than word for word at its place (a 款 put in elsewhere in the article, a definition in
            # brackets amid its words): said, as the adoption report says it
            otherwise = self.judge().otherwise(d.target, [span]) if moved.state != "adopted" else None
            if otherwise is not None and (said := otherwise.said()):
                why += f" ({said})"
            if not span.new and old_unit.kind is Kind.ARTICLE and d.target in self.by_old and \
                    (went := self.judge().words_now_in(d.target, [span])) is not None:  # fmt: skip
                # words asked out that the new version moved, rewritten, to another article: said, as the adoption
                # report says it (公司法 2018 第一百六十六条第五款, 2023 第二百一十一条: a trial read the committee's
                # rejection "made", and nothing said the rule still stands)
                why += f"; its words now stand in {went}"
            return CarriedDecision(d, None, None, None, why, adopted=asked)
        if moved.state == "partly" and d.action == "choose" and moved.span is not None and \
                (left := _entries_left(new_base, moved.span)) is not None:  # fmt: skip
            # entries put into a list at one point, chosen together (、守法、节约), some of which the new version wrote
            # there (、守法): the rest still chosen, put in after them, as the carried proposals now ask them
            return CarriedDecision(d, target, left[0], left[0], f"the new version wrote 「{_flat(moved.new_words)}」 of "
                                   f"the entries chosen; the rest, 「{_flat(left[1])}」, carried as accepted", new=left[1],
                                   old="", action="accept")  # fmt: skip
        if moved.state == "partly" and not moved.old_words:
            # a deletion made in part: what the new version kept of the words asked deleted (「」 was asked read as
            # nothing, of a whole article asked deleted: a trial)
            return CarriedDecision(d, None, None, None, f"the new version made part of this deletion (it kept "
                                   f"「{_flat(moved.new_words)}」 of the words asked deleted): decide what it kept "
                                   "again")  # fmt: skip
        if moved.state == "partly":  # what it left out is a change of its own now, for staff to decide
            return CarriedDecision(d, None, None, None, f"the new version made part of this change (it wrote "
                                   f"「{_flat(moved.new_words)}」 where 「{_flat(moved.old_words)}」 was asked): "
                                   "decide what it left out again")  # fmt: skip
        if moved.span is None and old_unit.kind is Kind.ARTICLE and \
                (unplaced := self.judge().unit_holding(d.target, span.start, span.end)) is not None and \
                not self.judge().in_place(unplaced):  # fmt: skip
            if (there := self.judge().changed_words_in(d.target, [span])) is not None:
                # the 款 made 项 of another article, the change written there word for word with the words around it
                # (公司法 2023 第一百八十一条第三项, a trial's "has no counterpart … nor elsewhere" beside a decision on
                # the same 款 the new version "made")
                asked = d.action in ("accept", "choose")
                why = "the new version made this change" if asked else "the new version made the change the committee rejected"
                return CarriedDecision(d, None, None, None, f"{why}, in {self._now(there)}", adopted=asked)
            # what stands at its place is another provision, never a rewriting of it (a web trial's decision on
            # 总后勤部 "changed to 国家加强会计信息化建设…", an unrelated 款 the new version put there)
            return CarriedDecision(d, None, None, None, f"{self._was(unplaced)}, where the change was, has no counterpart in "
                                   f"{self._now(target)} nor elsewhere in the new version")  # fmt: skip
        if moved.span is None:
            return CarriedDecision(d, None, None, None, f"the new version changed 「{_flat(moved.old_words)}」 to "
                                   f"「{_flat(moved.new_words)}」 there")  # fmt: skip
        if moved.old_words and d.action in ("accept", "choose"):
            # put in right against words the new version rewrote, it may read otherwise than the committee took
            # it: decided again on the new text, never sent under its name unread (反洗钱法 2024 第六条, a trial)
            return CarriedDecision(d, None, None, None, f"the new version rewrote 「{_flat(moved.old_words)}」 as "
                                   f"「{_flat(moved.new_words)}」 right against the words it puts in: decide it again "
                                   "on the new text")  # fmt: skip
        if moved.other is not None and moved.span is not None and d.action in ("accept", "choose"):
            # the words around it stand at another place of the new text alike: where the committee meant it is
            # for staff to say again (its comment is carried to one of them, said the same way)
            return CarriedDecision(d, None, None, None, f"{self._two_places(target, new_base, moved.span, moved.other)}: "
                                   "decide it again where it goes")  # fmt: skip
        # words put in that the new version wrote elsewhere in the unit: accepted again, they would
        # be there twice (the proposal's carried comment says the same, see _rebase)
        if (twice := self._twice(d, target, new_base, old_base)) is not None:
            return twice
        if d.action in ("accept", "choose") and moved.span.start == moved.span.end and "\n" in moved.span.new:
            # a 款 accepted, where the new version wrote one of its own holding its words in order: accepted
            # again, the two would stand side by side (收容救护机构应当配备…, 野生动物保护法 2022 第十五条).
            # Only so: a parallel provision reads alike too (农产品销售企业… beside 农产品生产经营企业…), which
            # the merge and the export warn of, the decision kept
            have = [line for line in new_base.split("\n") if line.strip() and line not in old_base]
            for line in lines_put_in(new_base, moved.span.start, moved.span.new):
                score, twin = max(((similarity(line, h), h) for h in have), default=(0.0, ""))
                if score >= TWIN and LCSseq.similarity(line, twin) >= _HELD * len(line):
                    return CarriedDecision(d, None, None, None, f"the new version wrote 「{_flat(twin)}」 in "
                                           f"{self._now(target)}, much like the 款 accepted (similarity "
                                           f"{score:.2f}): decide it again, if it did not say it in other words")  # fmt: skip
        if d.action in ("accept", "choose") and not d.subject and \
                (said := self._said_already(target, d.target, [moved.span.new])):  # fmt: skip
            # or in other words (see _rebase): carried, as the proposal is, with a note for staff; the merge and the
            # export warn of it while the change stands accepted (its comment's note asks the same check). Looser than
            # the checks above, which decide again: a hint, never a committee's decision dropped on it
            return CarriedDecision(d, target, moved.span.start, moved.span.end, said.removeprefix("; "), new=renumbered)
        return CarriedDecision(d, target, moved.span.start, moved.span.end, new=renumbered)

    def _decision_moved(self, d: Decision, span: Span, beside: Sequence[Span]) -> CarriedDecision | None:
        """A decision on change ``span`` of an old article lying in a 款 (or 项) the new version moved to another
        article (:meth:`~lawcomment.review.adoption.Judge.moved_of`): moved within that 款 onto its words there
        and carried to that article, the place said for staff to check; made, when the adoption report finds it
        made there; no longer applying, said, when the new version rewrote its words there. None when the 款 did
        not move (or the change deletes the whole of it: the law took it out of its article, as asked)."""
        found = self.judge().moved_of(d.target, span.start, span.end)
        if found is None:
            return None
        old_eid, new_eid, score = found
        s, t = unit_spans(self.old_index[d.target], self.sep_old)[old_eid]
        if not span.new and span.start <= s and t <= span.end:
            return None
        article = new_eid.split("__", 1)[0]
        at = unit_spans(self.new_index[article], self.sep_new)[new_eid][0] if new_eid != article else 0
        was, now = self._was(old_eid), self._now(new_eid)
        place = f"the new version moved {was}'s words to {now} (similarity {score:.2f})"
        asked = d.action in ("accept", "choose")
        moved = Mover(self.old_index[old_eid].body(self.sep_old), self.body(new_eid)).move(
            Span(span.start - s, span.end - s, span.new))  # fmt: skip
        if moved.state == "adopted" or self.judge().made_as_proposed(d.target, span, beside):
            why = "the new version made this change" if asked else "the new version made the change the committee rejected"
            return CarriedDecision(d, None, None, None, f"{why} in {now}, where it moved {was}: check the place",
                                   adopted=asked)  # fmt: skip
        if moved.state == "moved" and moved.span is not None and moved.other is None:
            return CarriedDecision(d, article, moved.span.start + at, moved.span.end + at,
                                   f"check: {place}: check the place")  # fmt: skip
        if moved.state == "partly":
            return CarriedDecision(d, None, None, None, f"{place}, and made part of this change there (it wrote "
                                   f"「{_flat(moved.new_words)}」 where 「{_flat(moved.old_words)}」 was asked): decide "
                                   "what it left out again")  # fmt: skip
        return CarriedDecision(d, None, None, None, f"{place}, and changed 「{_flat(moved.old_words)}」 to "
                               f"「{_flat(moved.new_words)}」 there")  # fmt: skip

    @staticmethod
    def _wording_change_lost(old: str, wording: str, new: str) -> str | None:
        """Which change of a final wording (``wording`` of ``old``) falls on words the new version
        (``new``) rewrote, said as the note of the decision that no longer applies: its words, and
        what the new version made of those there; None when none can be named."""
        mover = Mover(old, new)
        for span in diff(old, wording).spans():
            moved = mover.move(span)
            if moved.state in ("changed", "partly"):
                return (f"its change {_change_said(old, span)} falls on words the new version rewrote "
                        f"(「{_flat(moved.old_words)}」 → 「{_flat(moved.new_words)}」)")  # fmt: skip
        return None

    def _made_merged(self, d: Decision, beside: Sequence[Span]) -> CarriedDecision | None:
        """A decision taking changes of an article the alignment deleted, each made where the new
        version reads like that article or holds the words they put in (as the adoption report judges
        its proposals there, :meth:`~lawcomment.review.adoption.Judge.merged_outcome`): made, the
        place said for staff to check. None otherwise."""
        if d.action not in ("accept", "choose", "text") or d.target not in self.by_old:
            return None
        old_base = self.base(self.old_index[d.target], self.sep_old)
        if d.action == "text":
            asked = diff(old_base, d.new or "").spans()
        elif d.start is not None and d.end is not None:
            asked = [Span(d.start, d.end, d.new or "")]
        else:
            return None
        if not asked:
            return None
        made = self.judge().where_merged(d.target, [sp.new for sp in asked], splice(old_base, asked), lambda alt: (
            True if all(alt.made_as_proposed(d.target, sp, beside or asked) for sp in asked) else None))  # fmt: skip
        if made is None:
            return None
        unit, score, _ = made
        how = (f"reads like {self._was(d.target)} (similarity {score:.2f}; the alignment found the article deleted)"
               if score is not None else f"has the words it puts in (the alignment found {self._was(d.target)} deleted)")
        return CarriedDecision(d, None, None, None, f"the new version made this change in {self._now(unit)}, which "
                               f"{how}: check the place", adopted=True)  # fmt: skip

    def _twice(self, d: Decision, target: str, new_base: str, old_base: str) -> CarriedDecision | None:
        """A decision accepting words put in that the new version wrote elsewhere in ``target``, as
        they are or nearly so: not carried (accepted again, they would be there twice), for staff to
        decide again; None otherwise. Words put in only: a replacement's words may stand elsewhere for
        another reason (有关 → 农业农村主管 beside the 农业农村主管部门 the new version wrote in another 款)."""
        put = (d.new or "").strip()
        if d.action not in ("accept", "choose") or d.start != d.end:
            return None
        if len(put) >= 4 and put in new_base and put not in old_base and written_anew(put, new_base, old_base):
            return CarriedDecision(d, None, None, None, f"the new version has 「{_flat(put)}」 already, elsewhere in "
                                   f"{self._now(target)}: made here as well, it would be there twice; "
                                   "decide it again")  # fmt: skip
        if near := near_copy(put, new_base, old_base):
            # a word or two otherwise: the 但书 accepted with 股东会或者股东大会, which the new version wrote
            # with 股东会 (公司法 2023 第二十六条, a trial's submission had it twice). Whether it is the same
            # provision is for staff, as the carried proposal's note and the merge say
            return CarriedDecision(d, None, None, None, f"the new version has 「{_flat(near)}」 already, elsewhere in "
                                   f"{self._now(target)}, much as the words accepted read: made here as well, they "
                                   "would be there twice; decide it again")  # fmt: skip
        return None

    def _within_paragraph(self, old_article: str, new_article: str, span: Span) -> Moved | None:
        """A change ``span`` of ``old_article`` that does not fit the new article as a whole, moved
        within its 款 instead: onto the 款 of ``new_article`` that reads most like that 款 (one to
        one, half alike or more), as a comment on that 款 is carried. The new version swapped two
        款, or put one in beside it, and the article's diff follows the change into the wrong one;
        the result in the new article's offsets, or None when it does not fit there either."""
        old_spans = unit_spans(self.old_index[old_article], self.sep_old)
        kuan = next((e for e, (a, b) in old_spans.items() if self.old_index[e].kind is Kind.PARAGRAPH
                     and a <= span.start and span.end <= b), None)  # fmt: skip
        if kuan is None:
            return None
        own = self._counterparts(old_article, new_article, Kind.PARAGRAPH)
        text = self.old_index[kuan].body(self.sep_old)
        scored = [(similarity(text, u.body(self.sep_new)), u.eid) for u in self.new_index[new_article].walk()
                  if u.kind is Kind.PARAGRAPH and own.get(u.eid, (kuan, 0.0))[0] == kuan]  # fmt: skip
        alike, found = max(scored, default=(0.0, ""))
        if alike < 0.5:
            return None
        start = old_spans[kuan][0]
        at = unit_spans(self.new_index[new_article], self.sep_new)[found][0]
        moved = Mover(text, self.new_index[found].body(self.sep_new)).move(
            Span(span.start - start, span.end - start, span.new))  # fmt: skip
        if moved.state == "changed":
            return None
        return moved if moved.span is None else replace(moved, span=Span(at + moved.span.start, at + moved.span.end,
                                                                          moved.span.new))  # fmt: skip

    def _into_part(self, d: Decision, old_unit: Unit, parts: Sequence[str]) -> CarriedDecision | None:
        """A decision on a change of an article the new version split: carried to the part that
        holds the old 款 the change is in (that 款's text, or one reading nearly as it, in that
        part alone), moved there as the version changed it; made (adopted) when the new version
        made it there. None, for staff to decide again, when no part or more than one holds that
        款 (two 款 that read alike), or for a final wording or a new unit's decision."""
        if d.action == "text" or d.subject == "insertion" or d.start is None or d.end is None:
            return None
        spans = unit_spans(old_unit, self.sep_old)
        kuan = next((c for c in old_unit.children if c.eid in spans and spans[c.eid][0] <= d.start
                     and d.end <= spans[c.eid][1]), None)  # fmt: skip
        if kuan is None:
            return None
        span = Span(d.start, d.end, d.new or "")
        if d.action in ("accept", "choose", "reject") and d.target in self.by_old and \
                self.judge().made_as_proposed(d.target, span):  # fmt: skip
            # made, as the adoption report judges it across the parts (a 但书 put in with 股东会、董事会的 of the law's
            # own: 公司法 2023 第二十六条, a trial's decision "there twice; decide it again" beside the report's "adopted")
            asked = d.action in ("accept", "choose")
            why = "the new version made this change" if asked else "the new version made the change the committee rejected"
            if (otherwise := self.judge().otherwise(d.target, [span])) is not None and (how := otherwise.said()):
                why += f" ({how})"
            return CarriedDecision(d, None, None, None, why, adopted=asked)
        said = kuan.body(self.sep_old)
        holding = [part for part in parts if self._holds(part, said)]
        if not holding:
            # reworded there (a 但书 put in, 或者股东大会 taken out: 公司法 2018 第二十二条第二款, 2023 第二十六条
            # 第一款, a trial): the part with a 款 much like it, when no other part comes near
            scores = sorted(((max((similarity(said, c.body(self.sep_new)) for c in self.new_index[part].children),
                                  default=similarity(said, self.base(self.new_index[part], self.sep_new))), part)
                             for part in parts), reverse=True)  # fmt: skip
            best, second = scores[0][0], scores[1][0] if len(scores) > 1 else 0.0
            if best < _REWORDED_KUAN or best - second < _KUAN_MARGIN:
                return None
            part = scores[0][1]
            # moved within the 款 most like it, never into another that says some of its words (六十日内 in both)
            children = unit_spans(self.new_index[part], self.sep_new)
            like = max((c for c in self.new_index[part].children if c.eid in children),
                       key=lambda c: similarity(said, c.body(self.sep_new)), default=None)  # fmt: skip
            if like is None:
                return None
            at, there = spans[kuan.eid][0], children[like.eid][0]
            inside = Mover(said, like.body(self.sep_new)).move(Span(d.start - at, d.end - at, d.new or ""))
            if inside.state == "moved" and inside.span is not None:
                return self._twice(d, part, self.base(self.new_index[part], self.sep_new), old_unit.body(self.sep_old)) \
                    or CarriedDecision(d, part, inside.span.start + there, inside.span.end + there)  # fmt: skip
            if inside.state == "adopted" and d.action in ("accept", "choose"):
                return CarriedDecision(d, None, None, None, "the new version made this change", adopted=True)
            return None
        if len(holding) != 1:
            return None
        part = holding[0]
        # moved from the 款 alone: two 款 that open alike never pull the change into the other one
        at = spans[kuan.eid][0]
        moved = Mover(said, self.base(self.new_index[part], self.sep_new)).move(
            Span(d.start - at, d.end - at, d.new or ""))  # fmt: skip
        asked = d.action in ("accept", "choose")
        if moved.state == "adopted":
            why = "the new version made this change" if asked else "the new version made the change the committee rejected"
            return CarriedDecision(d, None, None, None, why, adopted=asked)
        if moved.state != "moved" or moved.span is None:
            return None
        return self._twice(d, part, self.base(self.new_index[part], self.sep_new), old_unit.body(self.sep_old)) \
            or CarriedDecision(d, part, moved.span.start, moved.span.end)  # fmt: skip

    def _holds(self, part: str, said: str) -> bool:
        """Does new unit ``part`` hold an old 款 reading ``said`` (as it is, or 0.8 like one of its 款)?"""
        unit = self.new_index[part]
        if said in self.base(unit, self.sep_new):
            return True
        return any(similarity(said, c.body(self.sep_new)) >= SPLIT_KUAN for c in unit.children)

    def _renumbered(self, text: str | None) -> str | None:
        """``text`` with the articles it cites as the new version numbers them, when that changes
        it (None when it does not)."""
        if not text:
            return None
        now = renumber(text, self.numbers())
        return now if now != text else None

    def gone(self) -> frozenset[str]:
        """The old numbers of the articles the new version deleted (no renumbering follows them)."""
        if self._gone is None:
            numbers = self.numbers()
            self._gone = frozenset(v.unit.num for v in self.old.articles() if v.unit.num and v.unit.num not in numbers)
        return self._gone

    def numbers(self) -> dict[str, str]:
        """Old article numbers → new (:func:`article_numbers`), worked out when first asked."""
        if self._numbers is None:
            self._numbers = article_numbers(self.old, self.new, self.alignment)
        return self._numbers

    def _as_was(self, words: str) -> str:
        """Words of the old text re-based with its citations renumbered (see _rebase), quoted as the old
        version has them: 第一百八十条, not the 第二百二十九条 it is now (a trial's note quoted words neither
        version has)."""
        back = {now: was for was, now in self.numbers().items() if now != was}
        return renumber(words, back) if back and len(back) == len(set(back.values())) else words

    def _unit_at(self, eid: str, k: int) -> str:
        """The smallest unit of new unit ``eid`` whose words hold offset ``k`` of its body (``eid`` itself
        when none of its parts does)."""
        best: tuple[int, str] = (10**9, eid)
        for sub, (start, end) in unit_spans(self.new_index[eid], self.sep_new).items():
            if start <= k <= end and end - start < best[0]:
                best = (end - start, sub)
        return best[1]

    def _two_places(self, eid: str, base: str, span: Span, other: int, what: str = "version") -> str:
        """A carried change ``span`` of new unit ``eid`` (its text ``base``) that could as well go at
        offset ``other``, said: the change, where it is made, where else the words around it stand."""
        here, there = self._unit_at(eid, span.start), self._unit_at(eid, other)
        said = _placed_said(base, span)
        also = (self._now(there) if there != here else
                f"another place {'before' if other < span.start else 'after'} it in {self._now(here)}")
        return f"{said} in {self._now(here)}, and the new {what} has the words around it in {also} alike"

    def judge(self) -> Judge:
        """The adoption report's judge of these two versions (made when first asked): what it
        finds made, carry-forward treats as made, so the two never disagree."""
        if self._judge is None:
            self._judge = Judge(self.old, self.new, self.alignment)
        return self._judge

    def _adopted(self, c: Comment) -> bool:
        """Whether the adoption report finds every change of ``c``'s wording made (the re-basing
        may not: the new version rewrote the words around them)."""
        found = self.judge().outcome(c)
        return found is not None and found.state is Adoption.ADOPTED

    def _has(self, old_eid: str, text: str) -> bool:
        """Does the new version have the provision ``text`` proposed after old unit ``old_eid``?"""
        return self.judge().insertion(old_eid, text)

    def _rebase(self, c: Comment, new_eid: str) -> tuple[str | None, str, Status]:
        """A wording proposal moved onto the new text: the edits the new version already made
        are adopted (never applied twice), the others re-applied at their place. A wording of
        the translation is moved from the old version's translation onto the new one's (the
        units they render are aligned through the draft's versions); without both, or for a
        heading, it is carried as written."""
        if c.lang and c.lang in self.untranslated and c.stance in (Stance.AMEND, Stance.DELETE, Stance.INSERT):
            # a wording of a translation the new version has none of: nothing to put it on, and its words are the
            # last reading's (the law's terms may have changed since: 农业农村主管部门 for 畜牧兽医行政主管部门, the
            # English still the old ones, a web trial's carried "open" for staff, with a command line's hint): kept
            # aside, out of the merge, for the translation to come (place_waiting_wordings moves it onto that)
            return c.proposed_text, (f"; {AWAITING_TRANSLATION}: the new version has no {c.lang} translation, so this "
                                     f"wording of the last reading's {c.lang} text is kept aside as written, out of the "
                                     "merge, until one is added, when it is moved onto it (the member's "
                                     f"wording stays in comment #{c.id})"), Status.ORPHANED  # fmt: skip
        if c.proposed_text is not None and c.stance is Stance.INSERT and not c.lang:
            # a new provision citing articles the new version renumbered: cited as it numbers them (and
            # one citing an article it deleted, said)
            now = self._renumbered(c.proposed_text)
            said = _cites_gone([c.proposed_text], self.gone())
            if now is not None:
                said = (f"; the articles its words cite follow the new version's numbering: 「{_flat(c.proposed_text)}」 → "
                        f"「{_flat(now)}」") + said  # fmt: skip
            if (found := self._enacted_elsewhere([now or c.proposed_text], new_eid)) is not None:
                # the new version wrote it word for word in another article (电子营业执照 asked after 公司法 2018
                # 第七条第三款, written in 2023 第三十三条第三款: a trial's second submission asked it again)
                words, there = found
                said += (f"; {TWICE}: the new version has 「{_flat(words)}」 in {self._now(there)} already: put in "
                         "here as proposed, the law would say it twice")  # fmt: skip
            return now or c.proposed_text, said, c.status
        if c.proposed_text is None or c.stance is not Stance.AMEND or c.anchor.eid is None:
            return c.proposed_text, "", c.status
        what = "version"
        if c.lang:
            old_texts, new_texts = self.translations.get(c.lang, ({}, {}))
            old_base, new_base = old_texts.get(c.anchor.eid), new_texts.get(new_eid)
            if old_base is None or new_base is None or self.new_index[new_eid].kind.is_container:
                return c.proposed_text, f"; a wording of the {c.lang} translation, carried as written", c.status
            what = f"{c.lang} translation"
        else:
            old_base = self.base(self.old_index[c.anchor.eid], self.sep_old)
            new_base = self.base(self.new_index[new_eid], self.sep_new)
        proposed, cited, was = c.proposed_text, "", old_base
        if not c.lang:
            # the law's own citations as the new version numbers the articles, in the old text and
            # in the proposal alike: a renumbering is no change of the words (第十六条和第十七条 →
            # 第十五条和第十六条), and a citation the member put in follows it (、第三十五条 of the
            # article now 第三十四条), said in the note
            numbers = self.numbers()
            old_base, proposed = renumber(old_base, numbers), renumber(proposed, numbers)
            cited = _citations_moved(self.base(self.old_index[c.anchor.eid], self.sep_old), c.proposed_text, numbers,
                                     self.gone())
        if old_base == new_base:  # (only the article numbers it cites moved on: its words are on the new text)
            note = "; proposal re-based onto the new text" if was != new_base else ""
            if not c.lang and (found := self._enacted_elsewhere([s.new for s in diff(old_base, proposed).spans()],
                                                                new_eid)) is not None:  # fmt: skip
                judged = self.judge().outcome(c)
                if judged is not None and judged.state is Adoption.ADOPTED:
                    # enacted word for word as a unit of its own elsewhere, as the adoption report finds it
                    return new_base, _adopted_note(what, c.id, judged), Status.ADOPTED
                words, there = found  # (as below: a line put in that another article of the new version has)
                note += (f"; {TWICE}: the new version has 「{_flat(words)}」 in {self._now(there)} already: put in "
                         "here as proposed, the law would say it twice")  # fmt: skip
            return proposed, note + cited, c.status
        moved = rebase(old_base, proposed, new_base)
        n = moved.changes
        if n == 0:  # it repeated the old wording: there is nothing to adopt or to move
            return new_base, "; it proposed no change to the old wording", c.status
        # the adoption report's judge is asked only where the re-basing found the new version
        # at work on the edits' words (an edit that moved cleanly was not made)
        if moved.adopted == n or moved.text == new_base and not moved.failed:
            if near_key(proposed) == near_key(new_base):
                return new_base, f"; adopted: the new {what} already reads as proposed", Status.ADOPTED
            judged = self.judge().outcome(c) if not c.lang else None
            if judged is not None and judged.state is Adoption.PARTLY:
                # the re-basing finds each change's words in the new version, the adoption report some of them
                # written otherwise there (a fine asked for every case, set for serious cases only: 会计法 2017
                # 第四十二条 → 2024 第四十条, a trial): the report's word stands, and staff see the comment
                return new_base, (f"; {judged.present} of its {n} change(s) the new {what} made as asked (as the "
                                  "adoption report finds: partly adopted); the others it wrote otherwise: nothing is "
                                  f"left to re-base; the member's wording stays in comment #{c.id}"), Status.ORPHANED  # fmt: skip
            if judged is not None and judged.state is Adoption.NOT_ADOPTED:
                # the re-basing finds each change's words in the new version, the adoption report none made at its
                # place: the report's word stands (a trial's copy carried "adopted" beside the report's "not
                # adopted" for the same proposal), and staff see the comment
                return new_base, (f"; the new {what} has the words of its changes, but not as made at their place (as "
                                  "the adoption report finds: not adopted): nothing is left to re-base; the member's "
                                  f"wording stays in comment #{c.id}"), Status.ORPHANED  # fmt: skip
            # (the new version wrote more around them, or rewrote the rest: never "reads as proposed")
            return new_base, _adopted_note(what, c.id, judged), Status.ADOPTED
        if not c.lang and (judged := self.judge().outcome(c)) is not None and judged.state is Adoption.ADOPTED:
            # made, as the adoption report judges each change at its place, with other words of the
            # new version's around it (the re-basing may have found words like the old ones in
            # another 款 and put the change there again: 或者猎获物价值不足五千元 after 逾期不改正, a
            # trial; a clause asked deleted that the new version dropped while rewriting the words
            # around it, 反垄断法 2007 第五十二条): the member's own wording stays in the comment carried
            # from, and where the words asked deleted now stand, if another article has them, is said
            return new_base, _adopted_note(what, c.id, judged), Status.ADOPTED
        note = "; proposal re-based onto the new text" + (f" of the {what}" if c.lang else "")
        if moved.adopted:
            rest = n - moved.adopted
            note = (f"; {moved.adopted} of {n} change(s) already in the new {what}; "
                    f"the {'other' if rest == 1 else f'other {rest}'} re-based onto the new text")  # fmt: skip
        if moved.partly:
            part = next(e for e in moved.counted if e.state == "partly")
            if part.old_words:
                note += (f"; the new {what} made part of {moved.partly} change(s) (it wrote 「{_flat(part.new_words)}」 "
                         f"where 「{_flat(self._as_was(part.old_words))}」 was asked): the rest proposed on the new text")  # fmt: skip
            else:  # a deletion the new version made in part: what is left of its words is the new version's
                note += (f"; {WIDENED}: the new {what} wrote 「{_flat(part.new_words)}」 where the words asked deleted "
                         "stood, and the deletion now takes that out")  # fmt: skip
        if moved.failed == n or (moved.failed and moved.text == new_base):
            # nothing of it applies to the new text (what fitted, the new version made already):
            # kept, visible to staff, out of the merge, never an open wording of the law as it is
            gone = next(e for e in moved.counted if e.state == "changed")
            made = self.judge().outcome(c) if not c.lang else None
            lead = (f"{made.present} of its {made.changes} change(s) the new {what} made already (as the adoption "
                    f"report finds), and the others do not fit it" if made is not None and made.present
                    else f"none of its {n} change(s) fits the new text")  # fmt: skip
            said = _rewrote(_flat(self._as_was(gone.old_words)), _flat(gone.new_words), what)
            return c.proposed_text, (f"; {lead} ({said}){_like_new_lines(old_base, proposed, new_base)}; "
                                     f"the member's wording stays in comment #{c.id}"), Status.ORPHANED  # fmt: skip
        if moved.failed:
            note += (f", but {moved.failed} of {n} change(s) {PARTLY} (the new {what} rewrote those words); "
                     f"the member's own wording stays in comment #{c.id}")  # fmt: skip
        # words put in that the new version wrote elsewhere in the unit (会同海关总署、国务院外汇管理部门
        # asked; it wrote 主管部门、国务院外汇管理部门): put in again they would say it twice, for staff to see
        twice = [e.span.new.strip() for e in moved.edits if e.state == "moved" and e.span is not None
                 and len(e.span.new.strip()) >= 4 and e.span.new.strip() in new_base
                 and e.span.new.strip() not in old_base and written_anew(e.span.new.strip(), new_base, old_base)]  # fmt: skip
        # or nearly so: a sentence put in that the new version wrote with a word or two otherwise (the
        # 但书 asked with 股东会或者股东大会, written with 股东会 as the new version says it everywhere:
        # 公司法 2023 第二十六条, a trial)
        twice += [near for e in moved.edits if e.state == "moved" and e.span is not None
                  and (near := near_copy(e.span.new.strip(), new_base, old_base))]  # fmt: skip
        beside = next((e for e in moved.edits if e.state == "moved" and e.span is not None and e.old_words), None)
        if beside is not None and beside.span is not None:
            note += (f"; {BESIDE_REWRITE}: 「{_flat(beside.span.new)}」 is put in right against 「{_flat(beside.new_words)}」, "
                     f"which the new {what} wrote for 「{_flat(self._as_was(beside.old_words))}」: it may read otherwise than asked")  # fmt: skip
        unsure = next((e for e in moved.edits if e.state == "moved" and e.span is not None and e.other is not None), None)
        if unsure is not None and unsure.span is not None and unsure.other is not None:
            # the words around its change stand at another place of the new text alike: put at the one whose
            # words around read more like the old ones (or the diff's), never silently
            note += (f"; {WHICH_PLACE}: {self._two_places(new_eid, new_base, unsure.span, unsure.other, what)}: check "
                     "which the member meant")  # fmt: skip
        if twice:
            note += (f"; {TWICE}: the new {what} has 「{_flat(twice[0])}」 already, elsewhere in "
                     f"{self._now(new_eid)}: put in here as proposed, it would be there twice")  # fmt: skip
        elif c.stance is not Stance.INSERT and not c.lang and (found := self._enacted_elsewhere(
                [e.span.new for e in moved.edits if e.state == "moved" and e.span is not None], new_eid)):  # fmt: skip
            # or in another article: a 款 proposed that the new version enacted word for word there (电子营业执照
            # asked in 公司法 2018 第七条, written in 2023 第三十三条第三款: a trial's second submission asked it again)
            words, there = found
            note += (f"; {TWICE}: the new version has 「{_flat(words)}」 in {self._now(there)} already: put in here as "
                     "proposed, the law would say it twice")  # fmt: skip
        if f"; {TWICE}:" not in note and not c.lang:
            # or in other words: a sentence put in that a clause the new article wrote reads much like
            # (信息中心应当向报告机构反馈报告使用情况 asked for 反洗钱法 2006 第十条, 2024 第十六条第三款 反馈可疑交易报告使用情况:
            # a trial's second submission put it in beside it), for staff to check
            note += self._said_already(new_eid, c.anchor.eid,
                                       [e.span.new for e in moved.edits if e.state == "moved" and e.span is not None])  # fmt: skip
        # a 项 the member put in at the end of a list the new text made longer is numbered on there, and said
        text = moved.text if c.lang else numbered_on(new_base, moved.text)
        if text != moved.text:
            note += "; its 项 numbered on to follow the new text's list"
        return text, note + cited, c.status

    def _said_already(self, new_eid: str, old_eid: str, put: Sequence[str]) -> str:
        """The note for words ``put`` in on the new version's ``new_eid`` (from the old version's ``old_eid``) that
        a clause its article wrote anew reads much like (:func:`~lawcomment.review.rebase.said_already`): the
        clause, the unit holding it and how alike; "" if none."""
        article, was = new_eid.split("__", 1)[0], old_eid.split("__", 1)[0]
        if article not in self.new_index or was not in self.old_index:
            return ""
        new_text, old_text = self.body(article), self.old_index[was].body(self.sep_old)
        for words in put:
            found = said_already(words, new_text, old_text)
            if found is not None and self.lang == "en" and not self.judge().shares_distinct_words(words, found[0]):
                found = None  # (as the adoption report reads an English clause: by the words asked's own words too)
            if found is not None:
                piece, share = found
                unit = min((u for u in self.new_index[article].walk() if piece in u.body(self.sep_new)),
                           key=lambda u: len(u.body(self.sep_new)), default=self.new_index[article])  # fmt: skip
                return (f"; {SAID_ALREADY}: 「{_flat(piece)}」 in {self._now(unit.eid)} ({share:.2f} of its words in "
                        f"order): 「{_flat(words.strip())}」 put in as well, the law may say it twice")  # fmt: skip
        return ""

    def _enacted_elsewhere(self, put: Sequence[str], here: str) -> tuple[str, str] | None:
        """A sentence (or 款) of the words ``put`` in, new to the old version, that the new version
        wrote word for word in an article other than ``here``'s: (those words, the unit holding them)."""
        article = here.split("__", 1)[0]
        old_text = self._old_text()
        if self._new_all is None:  # the new version's articles, joined once (one search a line, not one an article)
            bodies = [(v.unit, v.unit.body(self.sep_new)) for v in self.new.articles()]
            starts = list(accumulate((len(b) + 1 for _, b in bodies), initial=0))
            self._new_all = ("\n".join(b for _, b in bodies), starts, [u for u, _ in bodies])
        text, starts, units = self._new_all
        for words in put:
            for line in words.split("\n"):
                line = line.strip()
                if len(line) < _ENACTED_WORDS or line in old_text:
                    continue
                at = text.find(line)
                while at >= 0:
                    unit = units[bisect_right(starts, at) - 1]
                    if unit.eid != article:
                        kuan = next((u.eid for u in unit.walk() if u.kind is Kind.PARAGRAPH and line in u.body(self.sep_new)),
                                    unit.eid)  # fmt: skip
                        return line, kuan
                    at = text.find(line, at + 1)
        return None

    def _old_text(self) -> str:
        if self._old_all is None:
            self._old_all = "\n".join(v.unit.body(self.sep_old) for v in self.old.articles())
        return self._old_all

    @staticmethod
    def base(unit: Unit, sep: str) -> str:
        return unit.heading if unit.kind.is_container else unit.body(sep)


#: A line put in at least this long, written word for word in another article of the new version, is
#: one the law has already there.
_ENACTED_WORDS = 12

#: How many characters of the words around a quote (before and after it, together) must stand
#: beside it in another article for the comment to follow its quote there.
_QUOTE_CONTEXT = 4


#: How like a 款 the new version took out of its article a unit elsewhere must read to be where it went.
NOW_IN = 0.6


#: How like its own old 款 a 款 of the new article must read to be that 款's alone: below (two 款
#: merged into it, or rewritten), another old 款 may go there too.
_OWN_KUAN = 0.9


#: How much of its quote (characters in order) the words at a quote's place, followed through its
#: article's diff, must keep to be where the comment now is (below, it is looked for as before);
#: they may be twice as long and two more (五日内 → 五个工作日内), no longer.
_FOLLOWED = 0.5


def _adopted_note(what: str, cid: int, judged: Outcome | None) -> str:
    """The note of a proposal carried as adopted that the new version made with words of its own
    around its changes, or otherwise than word for word at the place asked (a 款 put in at another
    place, a definition in brackets written amid its words: :class:`~lawcomment.review.adoption.Otherwise`,
    said precisely, as the adoption report says it)."""
    if judged is not None and judged.otherwise is not None and (said := judged.otherwise.clauses()):
        return (f"; adopted: the new {what} made each of its changes (the wording proposed is #{cid}'s)"
                + "".join(f"; {x}" for x in said) + _went(judged))  # fmt: skip
    return (f"; adopted: the new {what} made each of its changes, with words of its own around them (the wording "
            f"proposed is #{cid}'s){_went(judged)}")  # fmt: skip


def _went(judged: Outcome | None) -> str:
    """For a proposal carried as adopted: where the words it asked deleted now stand, when the
    adoption report finds them in another article (:attr:`Outcome.moved_to`), as a note's clause."""
    return f"; its words now stand in {judged.moved_to}" if judged is not None and judged.moved_to else ""


def _within(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [``start``, ``end``) lies within one of ``spans``."""
    return any(lo <= start and end <= hi for lo, hi in spans)


def _kept(quote: str, words: str) -> float:
    """The share of ``quote``'s characters ``words`` keeps, in order."""
    from rapidfuzz.distance import LCSseq

    return LCSseq.similarity(quote, words) / len(quote) if quote else 0.0


def _through(edits: Sequence[Span], k: int, start: bool) -> int:
    """Offset ``k`` of the old text in the new one, through ``edits`` (the diff's spans): the
    ``start`` of a quote goes after words put in just before it and to the start of what
    replaced words it stands in, its end before words put in just after it and to the end of
    what replaced words it stands in."""
    shift = 0
    for t in edits:
        if t.start < k < t.end:  # inside words the new version replaced: all of what replaced them
            return t.start + shift + (0 if start else len(t.new))
        if t.end < k or (t.end == k and (start or t.start < t.end)):
            shift += len(t.new) - (t.end - t.start)
    return k + shift


def _premise_on(premise: str, old: str, new: str) -> str | None:
    """A decision's premise (the texts on the table when it was made, as JSON) with each text a
    wording of ``old`` re-based onto ``new``, as the proposals carried with it are; None when it
    has none, or a text does not move cleanly (it is kept as it was)."""
    import json

    if not premise:
        return None
    data = json.loads(premise)
    out: dict[str, object] = {}
    for key, texts in data.items():
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            out[key] = texts
            continue
        moved = [rebase(old, t, new) for t in texts]
        if not all(e.state in ("moved", "adopted") for m in moved for e in m.edits):
            return None
        out[key] = [m.text for m in moved]
    return json.dumps(out, ensure_ascii=False)


#: A line held in order by a twin (see _twin_lines): this much of it, its characters in order, as
#: the adoption report reads a proposed article held (review.adoption.HELD).
_HELD = HELD


def _like_new_lines(old: str, proposal: str, new: str) -> str:
    """For a proposal that puts in a 款 of its own: the 款 of the new text it reads much like
    (TWIN), said so staff can judge whether the new version adopted it in other words; ""."""
    have = [line for line in new.split("\n") if line.strip() and line not in old.split("\n")]
    for span in diff(old, proposal).spans():
        if span.start != span.end or "\n" not in span.new:
            continue
        for line in lines_put_in(old, span.start, span.new):
            score, twin = max(((similarity(line, h), h) for h in have), default=(0.0, ""))
            if score >= TWIN:
                return (f"; the 款 it puts in reads much like 「{_flat(twin)}」, which the new version wrote "
                        f"(similarity {score:.2f}): check whether it was adopted in other words")  # fmt: skip
    return ""


#: What ends a clause: a quote that holds a fine is never carried across one.
_CLAUSE_MARKS = "；。;\n"


def _fine_followed(old: str, new: str, edits: Sequence[Span], start: int, end: int) -> tuple[int, int] | None:
    """For a quote ``old[start:end]`` that holds one fine or other quantity with its bounds (五千元以上五万元以下,
    五万元以下): the one of ``new`` at its place (``edits``, the diff's spans; :func:`quantity_at_place`),
    with as much of the quote's words before and after it as stand beside it there unchanged: (start,
    end), else None. The diff may join the quote's first number to a rewriting of the words before it
    (可以处五千 → …可以并处二十万), which the quote's words do not follow: the quantity does, however it
    was rewritten (二十万元以下 for 三千元以上五万元以下: the upper limit the new version set for the case
    the quote was about, not 二十万元以上一百万元以下 of the clause for the graver cases it put in after it,
    会计法 2024 第四十条, a trial)."""
    held = [(a, b) for a, b in quantities(old) if start <= a and b <= end]
    was = bounded_quantity(old, held[0][0], held[-1][1]) if held else None
    if was is None or not (start <= was[0] and was[2] <= end) or any(not was[0] <= a < was[2] for a, _ in held):
        return None  # no quantity, or more than one: the words around say where
    now = quantity_at_place(old, new, edits, was)
    if now is None:
        return None
    before, after = 0, 0
    while before < was[0] - start and now[0] - before > 0 and old[was[0] - before - 1] == new[now[0] - before - 1]:
        before += 1
    while after < end - was[2] and now[2] + after < len(new) and old[was[2] + after] == new[now[2] + after]:
        after += 1
    return now[0] - before, now[2] + after


def _whole_numbers(body: str, start: int, end: int) -> tuple[int, int]:
    """``body[start:end]`` widened to hold a number it cuts at either end whole: never 十万元以下
    of 五十万元以下 (re-anchored words are another amount, not a piece of one)."""
    while start > 0 and body[start] in NUMERAL and body[start - 1] in NUMERAL:
        start -= 1
    while end < len(body) and body[end - 1] in NUMERAL and body[end] in NUMERAL:
        end += 1
    return start, end


#: What a 项's label and the line around it are made of: trimmed off the ends of a quote found
#: approximately, when the quote itself has none of it there.
_LABEL_CHARS = frozenset("（）()〔〕一二三四五六七八九十0123456789\n ")


#: How like an old 款 a 款 of one part of a split article must read to be that 款 (a decision on
#: it follows it there); below, or in two parts at once, the decision is for staff to make again.
SPLIT_KUAN = 0.8


def _citations_moved(base: str, proposed: str, numbers: dict[str, str], gone: frozenset[str]) -> str:
    """The note for a proposal whose own words (what it puts in) cite articles the new version
    renumbered, as they were and as they are carried, then :func:`_cites_gone`'s; or ""."""
    put = [sp.new for sp in diff(base, proposed).spans()]
    moved = [(words, now) for words in put if (now := renumber(words, numbers)) != words]
    note = ""
    if moved:
        said = "、".join(f"「{_flat(was)}」 → 「{_flat(now)}」" for was, now in moved)
        note = f"; the articles its words cite follow the new version's numbering: {said}"
    return note + _cites_gone(put, gone)


def _cites_gone(put: Sequence[str], gone: frozenset[str]) -> str:
    """The note for words a proposal puts in that cite an article the new version no longer has
    (``gone``: the old numbers of the articles it deleted), which no renumbering can follow; or ""."""
    lost = [m.group(0) for words in put for m, num in citations(words) if num in gone]
    if not lost:
        return ""
    return f"; {CITES_GONE}: its words cite 「{'」「'.join(dict.fromkeys(lost))}」, which the new version no longer has"


def _rewrote(was: str, now: str, what: str) -> str:
    """What the new version (``what``) did to the words ``was`` it wrote as ``now``: deleted the rest
    of them when ``now`` is their start or their end, or nothing (the diff's words around a sentence it
    took out: 「推广工作。同级…指导」 as 「推广工作」 was said a rewrite, a trial), else rewrote them."""
    if was != now and (was.startswith(now) or was.endswith(now)):  # ("" too: the words taken out whole)
        gone = was[len(now):] if was.startswith(now) else was[:len(was) - len(now)]
        if gone.strip("。；，、 "):
            return f"the new {what} deleted 「{gone.strip('。；，、 ')}」"
    return f"the new {what} rewrote 「{was}」 as 「{now}」"


def _change_said(base: str, span: Span) -> str:
    """A change of ``base`` as a note names it: 「、药品生产」 put in after 「文物保护」, 「三十日」 → 「六十日」."""
    if span.start == span.end:
        return f"「{_flat(span.new)}」 put in after 「{_flat(base[max(0, span.start - 4):span.start])}」"
    return f"「{_flat(base[span.start:span.end])}」 → 「{_flat(span.new)}」"


def _placed_said(base: str, span: Span) -> str:
    """A change of ``base`` as put onto it (``span``, of ``base``), as a note says where it is made:
    「，并适时更新」 put in after 「畜禽遗传资源目录」, 「三十日」 deleted, 「三十日」 → 「六十日」."""
    if span.start == span.end:
        return f"「{_flat(span.new)}」 is put in after 「{_flat(words_before(base, span.start))}」"
    if not span.new:
        return f"「{_flat(base[span.start:span.end])}」 is deleted"
    return f"「{_flat(base[span.start:span.end])}」 → 「{_flat(span.new)}」 is made"


def _between_words(asked: str, new: str, proposed: str) -> bool:
    """Whether each change ``proposed`` makes to ``new`` stands between the two characters each side
    of it that the wording ``asked`` has around its words (for a deletion, the words either side of
    those taken out, as ``asked`` has them together)."""
    for span in diff(new, proposed).spans():
        left, right = new[max(0, span.start - 2):span.start], new[span.end:span.end + 2]
        if f"{left}{span.new}{right}" not in asked:
            return False
    return True


def _entries_left(new: str, span: Span) -> tuple[int, str] | None:
    """Of entries of a list asked put in at one point that the new version made in part (``span``: the
    words it wrote there, ``new[span.start:span.end]``, and all of those asked, ``span.new``), the rest,
    where it goes: right after the words it wrote, as entries of the list alone; None otherwise."""
    wrote = new[span.start:span.end]
    if not list_entries(span.new) or not span.new.startswith(wrote):
        return None
    rest = span.new[len(wrote):]
    return (span.end, rest) if list_entries(rest) else None


def _flat(words: str) -> str:
    """Law text quoted in a one-line note: a line break shown as ⏎."""
    return words.replace("\n", " ⏎ ")


def carry_comments(old: Draft, new: Draft, alignment: Alignment, comments: list[Comment]) -> list[Carried]:
    """Re-anchor ``comments`` of ``old`` on ``new`` (library use; the store calls this too)."""
    r = Reanchorer(old, new, alignment)
    return [r.carry(c) for c in comments]


#: How alike a reworded 款 of a split article must still read to one part (and how much less to
#: any other) for a decision on it to follow it there.
_REWORDED_KUAN = 0.6
_KUAN_MARGIN = 0.3


def _passed_over(old: Draft, comments: Sequence[Comment], decisions: Sequence[Decision], ref: str,
                 dropped: Collection[int]) -> dict[int, tuple[str, str, str]]:  # fmt: skip
    """The proposals behind each alternative of a conflict that the committee turned down by
    choosing another (or the draft's own words) in one of the ``dropped`` decisions: comment id →
    (what the carried comment's note says of it, the draft's words there, the proposal's)."""
    # (a final wording the committee wrote itself turned down each proposal it did not take, as a choice
    # does the alternatives it passed over: 中介 kept in its wording of 会计法 2017 第三十六条 against 中介 →
    # 代理记账 asked, a trial, where the proposal came back at the next reading as open and undecided)
    chose = {d.target for d in decisions if d.action in ("choose", "text") and d.id in dropped
             and (d.subject or "") not in TRANSLATIONS}  # fmt: skip
    if not chose:
        return {}
    index = unit_index(old)
    on: dict[str, list[Comment]] = {t: [] for t in chose if t in index}
    for c in comments:
        if c.anchor.eid is not None and c.status not in INACTIVE and c.anchor.eid in index:
            found = on.get(merge_target(c.anchor.eid, index))
            if found is not None:
                found.append(c)
    out: dict[int, tuple[str, str, str]] = {}
    for t, mine in on.items():
        position = unit_position(old, t, mine, [d for d in decisions if d.target == t], index)
        if position.final is not None and position.final.id in dropped:
            for cid, passed in _left_out(position, ref).items():
                out.setdefault(cid, passed)
            continue
        for x in position.conflicts:
            if x.chosen is None or x.decision not in dropped:
                continue
            chosen = x.conflict.alternatives[x.chosen - 1].text if x.chosen else None
            # quoted as words, a number with its measure word (「72小时内」 for 「24小时内」, never 「72」 for 「24」: a trial)
            base, start, end = position.base, x.conflict.start, x.conflict.end
            a, b = readable_span(base, start, end, chosen or "") if start < end else (start, end)

            def words(new: str, a: int = a, b: int = b, start: int = start, end: int = end) -> str:
                return base[a:start] + new + base[end:b]

            old_words = f"「{_flat(base[a:b])}」"
            region = f" for {old_words}" if x.conflict.old else " at the same place"
            if chosen:
                chosen = words(chosen)
            # (a deletion is said as one: never an empty quote)
            won = ((f"kept the draft's {old_words}" if x.conflict.old else "chose to put nothing in there")
                   if chosen is None else f"chose to delete {old_words}" if not chosen
                   else f"chose 「{_flat(chosen)}」{region}")  # fmt: skip
            # (each member's own wording: one a combination chosen puts in with others is taken, not passed over)
            together = x.conflict.alternatives[x.chosen - 1].combines if x.chosen else ()
            for alt in x.conflict.proposed:
                if alt.number == x.chosen or alt.number in together:
                    continue
                this = f"this proposal's 「{_flat(words(alt.text))}」" if alt.text else "this proposal's deletion"
                said = f"at {ref} it {won} over {this} (decision #{x.decision})"
                for cid in (int(k) for p in alt.proposals for k in _IDS.findall(p)):
                    out.setdefault(cid, (said, x.conflict.old, alt.text))
    return out


def _left_out(position: UnitPosition, ref: str) -> dict[int, tuple[str, str, str]]:
    """The proposals on a unit whose changes the committee's own wording (``position.final``) did not
    take in their words, each with what its carried comment's note says of it: what the wording has
    there instead (the draft's words kept, or its own written over them)."""
    final = position.final
    assert final is not None
    own = [p for p in position.pieces()]
    asked = [(c.start, c.end, c.old, c.new, c.proposals) for c in position.merge.changes] + [
        (x.start, x.end, x.old, a.text, a.proposals) for x in position.merge.conflicts for a in x.proposed]
    out: dict[int, tuple[str, str, str]] = {}
    for start, end, was, new, proposals in asked:
        if position.takes(start, end, new):  # (or a deletion made with the marks around set otherwise)
            continue
        over = [p for p in own if touches(Span(p.start, p.end, p.new), Span(start, end, new))]
        if over:
            lo, hi = min(p.start for p in over), max(p.end for p in over)
            wrote = splice(position.base[lo:hi], [Span(p.start - lo, p.end - lo, p.new) for p in over])
            if lo == hi:  # words put in, said with the words they follow (never 「…」 for 「」: a web trial)
                won = f"put in 「{_flat(wrote)}」 after 「{_flat(words_before(position.base, lo))}」 in its own wording"
            else:
                won = f"wrote 「{_flat(wrote)}」 for 「{_flat(position.base[lo:hi])}」 in its own wording"
        elif was:
            won = f"kept 「{_flat(was)}」 in its own wording"
        else:
            won = "put nothing in there in its own wording"
        this = f"this proposal's 「{_flat(new)}」" if new else "this proposal's deletion"
        said = f"at {ref} it {won} over {this} (decision #{final.id})"
        for cid in (int(k) for p in proposals for k in _IDS.findall(p)):
            out.setdefault(cid, (said, was, new))
    return out


def _still_asks(carried: Carried, base: str, was: str, asked: str) -> bool:
    """Does the proposal carried onto ``base`` still make the change the committee passed over (the
    draft's ``was`` for ``asked``)? Not when that change did not fit the new text and stayed behind
    (严重 asked where the new version rewrote the words: a trial's warning said the merge would show
    it as an open change, and it showed only the proposal's other change, rejected as before)."""
    text = carried.proposed_text
    if text is None:
        return True
    # (by counts, not by the diff's spans: a new text that went part of the way, 代理机构 for 中介机构, leaves
    # only 记账 to put in, and 代理记账 is asked still)
    if asked:
        return text.count(asked) > base.count(asked)
    return bool(was) and base.count(was) > text.count(was)


#: A sentence a deletion carried onto a reworded unit takes out that the old unit said nothing like:
#: this long at least (a clause, not a word), and less alike than this to each of the old sentences.
_SENTENCE_WORDS = 10
_LIKE_SENTENCE = 0.5
_IDS = re.compile(r"#(\d+)")  # the comments behind a proposal id (#12, or #12+#15 combined)
#: A member's remark, no wording: support, opposition, question, comment.
_REMARKS = frozenset({Stance.SUPPORT, Stance.OPPOSE, Stance.QUESTION, Stance.COMMENT})
#: Words a remark's text quotes (“以国家为主”, 「…」, "…"): two characters or more, within one pair of marks.
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』\n]{2,60})[”\"」』]")
#: A 款 or 项 in the words of a note.
_KIND_WORD = {Kind.PARAGRAPH: "款", Kind.ITEM: "项"}
#: What a carried note says of a comment on a 款 (or 项) with no close counterpart, put on its whole article (the web
#: card says so, never "carried to" as if it followed).
ON_ARTICLE = "so the comment is on the article"


def fell_to_article(c: Comment) -> bool:
    """Whether carried comment ``c`` was put on its whole article because its 款 (or 项) has no close
    counterpart in the new version: a page says so, never "carried to" as if it followed its words."""
    return ON_ARTICLE in (c.note or "") and c.anchor.eid is not None and c.anchor.eid == c.anchor.article
#: What a note says the new version rewrote (_rewrote), in the words of the version itself.
_REWROTE = re.compile(r"\(the new version rewrote 「[^」]*」 as 「[^」]*」\)")


def _orphans_left(old: Draft, comments: Sequence[Comment], in_force: Sequence[Decision],
                  decisions: list[CarriedDecision], status_now: dict[int, Status]) -> list[CarriedDecision]:  # fmt: skip
    """``decisions`` (carried from ``in_force``), each decision carried whose comments (the
    proposals behind the change, conflict or new unit it decided, at the old version) were all
    orphaned at this carry (``status_now``: each old comment's status on the new version) or
    carried as adopted, one of them at least orphaned, left behind instead: with no proposal of
    the new version to match, it would go stale there at once. Only the units an orphan was on
    are merged again."""
    orphaned = {cid for cid, st in status_now.items() if st is Status.ORPHANED}
    if not orphaned:
        return decisions
    index = unit_index(old)
    on: dict[str, list[Comment]] = {}
    for c in comments:
        if c.anchor.eid is not None and c.status not in INACTIVE and c.anchor.eid in index:
            on.setdefault(merge_target(c.anchor.eid, index), []).append(c)
    carried_to = {cd.origin.id for cd in decisions if cd.target is not None}
    targets = {t for t, mine in on.items() if any(c.id in orphaned for c in mine)} & {
        d.target for d in in_force if d.id in carried_to}  # fmt: skip
    behind: dict[int, tuple[int, ...]] = {}  # decision id → the comments it decided on
    by_target: dict[str, list[Decision]] = {}  # (grouped once: a draft's thousands of decisions)
    for d in in_force:
        by_target.setdefault(d.target, []).append(d)
    for t in targets:
        position = unit_position(old, t, on[t], by_target.get(t, []), index)
        ids: dict[int, set[int]] = {}
        for ch in position.changes:
            if ch.decision is not None:
                ids.setdefault(ch.decision, set()).update(int(k) for p in ch.change.proposals for k in _IDS.findall(p))
        for x in position.conflicts:
            if x.decision is not None:
                ids.setdefault(x.decision, set()).update(
                    int(k) for a in x.conflict.alternatives for p in a.proposals for k in _IDS.findall(p))  # fmt: skip
        for ins in position.insertions:
            if ins.decision is not None:
                ids.setdefault(ins.decision, set()).update(ins.comments)
        for did, on_it in ids.items():
            if did in carried_to and on_it & orphaned and all(
                    status_now.get(cid) in (Status.ORPHANED, Status.ADOPTED) for cid in on_it):  # fmt: skip
                behind[did] = tuple(sorted(on_it & orphaned))
    if not behind:
        return decisions
    members = {c.id: c.member for c in comments}
    out = []
    for cd in decisions:
        cids = behind.get(cd.origin.id)
        if cids is None:
            out.append(cd)
            continue
        named = ", ".join(f"#{cid} ({members.get(cid, '?')})" for cid in cids)
        one = len(cids) == 1
        note = (f"the comment{'' if one else 's'} it decided on, {named}, {'was' if one else 'were'} orphaned: "
                f"decide again if staff put {'it' if one else 'them'} back in play")  # fmt: skip
        out.append(CarriedDecision(cd.origin, None, None, None, note, orphaned=cids))
    return out


def _edits_in_article(index: dict[str, Unit], sep: str, eid: str, proposed: str) -> list[Span]:
    """The replacements (and deletions) a wording ``proposed`` of unit ``eid`` makes, in the
    offsets of its article's body."""
    unit = index[eid]
    article = Anchor(eid).article or eid
    at = unit_spans(index[article], sep).get(eid, (0, 0))[0] if article != eid else 0
    return [Span(at + sp.start, at + sp.end, sp.new) for sp in diff(unit.body(sep), proposed).spans() if sp.end > sp.start]


def _occurrences_left(r: Reanchorer, carried: list[Carried]) -> list[Carried]:
    """``carried``, each proposal of a member that changed every occurrence of some words in its
    old article (with the characters around them that every occurrence shares, 出县境: 县 alone is in
    县级 too) noted, when the new article has those words more often and the member's carried
    proposals leave some of them as they are: where, for staff to check (the member asked for the
    words everywhere they stood, and the new version wrote them once more)."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for i, k in enumerate(carried):
        c = k.origin
        if k.status is not Status.OPEN or c.stance is not Stance.AMEND or c.lang or c.proposed_text is None or \
                k.proposed_text is None or k.anchor is None or k.anchor.eid not in r.new_index or \
                c.anchor.eid not in r.old_index or r.old_index[c.anchor.eid].kind.is_container or \
                r.new_index[k.anchor.eid].kind.is_container:  # fmt: skip
            continue
        groups.setdefault((c.member, c.anchor.article or "", k.anchor.article or ""), []).append(i)
    notes: dict[int, list[str]] = {}
    for (_, old_art, new_art), items in groups.items():
        if old_art not in r.old_index or new_art not in r.new_index:
            continue
        was, now = r.old_index[old_art].body(r.sep_old), r.body(new_art)
        asked: dict[tuple[str, str], set[int]] = {}  # (old words, new words) → where the member's changes were
        kept: dict[tuple[str, str], set[int]] = {}  # and where the carried ones are now
        for i in items:
            k = carried[i]
            for sp in _edits_in_article(r.old_index, r.sep_old, k.origin.anchor.eid or "", k.origin.proposed_text or ""):
                asked.setdefault((was[sp.start:sp.end], sp.new), set()).add(sp.start)
            for sp in _edits_in_article(r.new_index, r.sep_new, (k.anchor.eid if k.anchor else None) or "", k.proposed_text or ""):
                kept.setdefault((now[sp.start:sp.end], sp.new), set()).add(sp.start)
        for (words, put), places in asked.items():
            # the characters every changed occurrence has beside it, one each side at most
            left = "" if any(p == 0 for p in places) or len({was[p - 1] for p in places}) > 1 else was[min(places) - 1]
            ends = {p + len(words) for p in places}
            right = "" if any(e >= len(was) for e in ends) or len({was[e] for e in ends}) > 1 else was[min(ends)]
            key = left + words + right
            if len(key) < 2 or "\n" in key:
                continue
            old_at = {m.start() + len(left) for m in re.finditer(re.escape(key), was)}
            new_at = {m.start() + len(left) for m in re.finditer(re.escape(key), now)}
            if old_at != places or len(new_at) <= len(old_at) or not new_at & kept.get((words, put), set()):
                continue  # (not every occurrence changed; none more now; or the change itself no longer carried)
            spans = r.spans(new_art)
            units = []
            for q in sorted(new_at - kept.get((words, put), set())):
                inner = min(((t - s, e) for e, (s, t) in spans.items() if s <= q and q + len(words) <= t), default=None)
                units.append(r._now(inner[1]) if inner is not None else r._now(new_art))
            if not units:
                continue
            where = "、".join(dict.fromkeys(units))
            one = len(new_at) - len(new_at & kept.get((words, put), set())) == 1
            said = (f"; {MORE_OCCURRENCES}: it changed 「{_flat(words)}」 → 「{_flat(put)}」 in all {len(old_at)} "
                    f"「{_flat(key)}」 of {r._was(old_art)}, and the new version has 「{_flat(key)}」 in {where} too, left as "
                    f"{'it is' if one else 'they are'}")  # fmt: skip
            for i in items:
                k = carried[i]
                mine = _edits_in_article(r.old_index, r.sep_old, k.origin.anchor.eid or "", k.origin.proposed_text or "")
                if any(was[sp.start:sp.end] == words and sp.new == put for sp in mine):
                    notes.setdefault(i, []).append(said)
    return [replace(k, note=k.note + "".join(notes[i])) if i in notes else k for i, k in enumerate(carried)]


def _beside(decisions: Sequence[Decision], d: Decision) -> list[Span]:
    """The changes the committee took on ``d``'s unit, ``d``'s own among them, apart and in order
    (what the adoption report judges the committee's position by): none for a rejection."""
    if d.action not in ("accept", "choose") or d.start is None or d.end is None:
        return []
    out = [Span(d.start, d.end, d.new or "")]
    # (the one that stands on each thing: a later decision on the same change replaced the earlier)
    latest: dict[tuple[str, tuple[int, int, str]], int] = {}
    for x in decisions:
        if x.target == d.target and x.revoked_at is None:
            latest[decided_on(x)] = max(latest.get(decided_on(x), 0), x.id)
    for x in decisions:
        if x.id == d.id or x.target != d.target or x.action not in ("accept", "choose") or x.start is None \
                or x.end is None or x.revoked_at is not None or latest.get(decided_on(x)) != x.id:  # fmt: skip
            continue
        span = Span(x.start, x.end, x.new or "")
        if not any(touches(span, o) for o in out):  # (apart: never two changes of the same words)
            out.append(span)
    return sorted(out, key=lambda o: (o.start, o.end)) if len(out) > 1 else []


def carry_forward(store: Store, old_ref: DraftRef, new_ref: DraftRef, *,
                  only: Collection[int] | None = None, replaced: Draft | None = None) -> CarryReport:  # fmt: skip
    """Mark ``new_ref`` as superseding ``old_ref`` and carry every comment over (once).

    Superseded history stays behind; orphans are stored with status ``orphaned`` and the
    reason. Running it again carries nothing twice. With ``only``, just those comments (not yet
    carried) go, and no decision or committee reason: what ``import undo`` reopened. With
    ``replaced`` (``new_ref``'s text before ``draft add --replace`` stored another file), what was
    carried onto that text is carried again onto the new one, as a first carry would: each comment
    carried untouched in place (its number kept, its earlier state a revision), the decisions and
    committee reasons undone and carried again; what was done on ``new_ref`` since is kept
    (``again`` in the report says what, and what of it stands on words the new text changed).
    """
    from ..registry import align_versions

    old_s, new_s = store.get_draft(old_ref), store.get_draft(new_ref)
    if old_s.id == new_s.id:
        raise StoreError(f"{new_s.ref} cannot supersede itself")
    if old_s.name != new_s.name:
        raise StoreError(f"{new_s.ref} cannot supersede {old_s.ref}: they are different drafts")
    old, new = old_s.load(), new_s.load()
    # (onto a replaced text: what was carried before, and done there since; the alignment made afresh)
    last = last_carry(store, old_s, new_s, replaced) if replaced is not None else None
    # carried again (after an import into the old version): the alignment the first carry kept
    alignment = (stored_alignment(store, old_s, new_s) if last is None else None) or align_versions(old, new)
    comments = store.comments(old_s)
    done = store.carried_origins(new_s) if last is None else last.kept_origins
    todo = [c for c in comments if c.id not in done and (only is None or c.id in only)]
    in_force = store.decisions(old_s.ref) if only is None else []
    translations, untranslated = {}, set()
    for lang in {c.lang for c in todo if c.lang} | {d.subject for d in in_force if d.subject in TRANSLATIONS}:
        # both versions' translations: their wordings are moved across
        old_texts, new_texts = translation_texts(store, old_s, lang), translation_texts(store, new_s, lang)
        if old_texts is not None and new_texts is not None:
            translations[lang] = (old_texts, new_texts)
        elif new_texts is None:
            untranslated.add(lang)
    r = Reanchorer(old, new, alignment, translations, untranslated)
    carried = []
    for c in todo:
        if c.status is Status.ORPHANED:
            carried.append(Carried(c, None, Status.ORPHANED, c.note, c.proposed_text))
        elif c.status is Status.WITHDRAWN:
            # history, wherever its words went: never orphaned or adopted in the new version's review
            carried.append(replace(r.carry(c), status=Status.WITHDRAWN))
        else:
            moved = r.carry(c)
            # the answer staff gave goes with it (the member reads it there too), also when it is open again
            if moved.status is Status.RESOLVED or (c.status is Status.RESOLVED and moved.status is Status.OPEN):
                moved = replace(moved, note=with_answer(moved.note, answer_of(c)))
            carried.append(moved)
    carried_before = store.carried_decisions(new_s.ref) if last is None else last.decisions_before  # dropped ones included
    reasons_before = store.carried_reasons(new_s.ref) if last is None else last.reasons_before
    decisions = [r.carry_decision(d, _beside(in_force, d)) for d in in_force if d.id not in carried_before]
    # a decision on proposals none of which came over open (each comment orphaned) would match no
    # proposal of the new version, and every merge and export would call it stale: it stays behind
    # (a rejection of basfx's orphaned 款, 反垄断法 2007 第二十一条, carried and flagged at once: a trial)
    status_now = {k.origin.id: k.status for k in carried}
    if len(todo) < len(comments):  # (carried before: as the new version holds them)
        for k in store.comments(new_s.ref):
            if k.origin is not None:
                status_now.setdefault(k.origin, k.status)
    decisions = _orphans_left(old, comments, in_force, decisions, status_now)
    # a proposal the committee turned down for another alternative is the member's still, and goes on.
    # Where the choice no longer applies (the new version made the chosen words, and the conflict is
    # gone with them), that the committee chose otherwise goes with it: the merge says it while its
    # change stands. A choice carried holds the conflict decided as before
    gone_choices = {cd.origin.id for cd in decisions if cd.target is None}
    passed = _passed_over(old, comments, in_force, old_s.ref, gone_choices)
    carried = [replace(k, note=f"{k.note}; {PASSED_OVER}: {passed[k.origin.id][0]}")
               if k.origin.id in passed and (k.status is Status.ORPHANED or k.status is Status.OPEN and (
                   k.anchor is None or k.anchor.eid not in r.new_index or _still_asks(
                       k, r.base(r.new_index[k.anchor.eid], r.sep_new), *passed[k.origin.id][1:])))
               else k for k in carried]  # fmt: skip
    # words a member changed wherever the old article had them, which the new article has more often:
    # the carried proposals change them where they stood, the new occurrences are said (出县境 → 出省境
    # in both 款 of 野生动物保护法 2018 第三十三条, and 2022 第三十四条's new 第三款 left 出县境, a trial)
    carried = _occurrences_left(r, carried)
    # a reason argues for what the committee asked of its article: when none of those decisions
    # applies to the new version, it would argue for words the law already has (all made) or
    # for a change no longer proposed, so it stays behind, and says why
    asked: dict[str, list[CarriedDecision]] = {}
    for cd in decisions:
        if cd.origin.action in ("accept", "choose", "text") and (cd.origin.subject or "") not in TRANSLATIONS:
            asked.setdefault(cd.origin.target, []).append(cd)
    # (a carried rejection argues for nothing the reason asked; a wording of the translation does)
    carried_on = {cd.origin.target for cd in decisions if cd.target is not None and cd.origin.action in ("accept", "choose", "text")}
    carried_any = {cd.origin.target for cd in decisions if cd.target is not None}
    gone = {t for t, cds in asked.items() if all(cd.target is None for cd in cds) and t not in carried_on}
    made = {t for t in gone if all(cd.adopted for cd in asked[t])}
    # and when some of them no longer apply because the new version rewrote their words, it would
    # argue for those still (建议缩短为三年 beside the new version's 十年): it stays behind too
    partly = {t for t, cds in asked.items() if t not in gone and any(cd.target is None and not cd.adopted for cd in cds)}
    gone |= partly
    # a reason beside decisions held at an unsure place would go out there on its own, arguing for a change
    # that does not (or on an article it was never given for): it stays behind, for staff to give again
    unsure_at = {t: next(cd for cd in cds if cd.unsure and cd.target is not None) for t, cds in asked.items()
                 if t not in gone and any(cd.unsure and cd.target is not None for cd in cds)}  # fmt: skip
    # an article the new version split: its reason goes with its decisions, to each part they went to
    landed: dict[str, list[str]] = {}
    for cd in decisions:
        if cd.target is not None and cd.target not in landed.get(cd.origin.target, []) and \
                cd.origin.action in ("accept", "choose", "text"):  # fmt: skip
            landed.setdefault(cd.origin.target, []).append(cd.target)
    reasons = [(x, target) for x in store.committee_reasons(old_s.ref).values() if x.id not in reasons_before
               and only is None for target in ([None] if x.target in gone or x.target in unsure_at
                                               else r.reason_targets(x.target, landed.get(x.target, [])))]  # fmt: skip
    # a reason cites this law's articles as the submission will: by the new version's numbers (与第四十五条 → 与第四十六条)
    forward = article_numbers(old, new, alignment)
    worded = {x.id: renumber(x.text, forward) for x, _ in reasons}
    # onto a replaced text: a decision made there since on the same words stands, the carried one is not carried again
    spared = {} if last is None else spare(last, [(cd.origin.id, cd.target, cd.start, cd.end) for cd in decisions])
    decisions = [cd for cd in decisions if cd.origin.id not in spared]
    if last is not None:  # (and a committee reason written there since stands: the report names it)
        reasons = [(x, t) for x, t in reasons if t is None or t not in {y.target for y in last.report.reasons}]
    held_ids: dict[int, int] = {}  # decision of the old version → its held copy in the new one
    with store.transaction():  # the new version, its carried comments and decisions land together
        writer: Store | Again = store if last is None else Again(store, last)
        new_copies, updated = (carried, ()) if last is None else in_place(store, last, carried)
        store.record_supersession(old_s.ref, new_s.ref, alignment_summary(alignment), new_copies)
        for cd in decisions:
            d = cd.origin
            if cd.target is not None:
                words = cd.old if cd.old is not None else d.old
                if cd.old is None and cd.start is not None and cd.end is not None and d.old and cd.target in r.new_index:
                    there = Reanchorer.base(r.new_index[cd.target], r.sep_new)[cd.start:cd.end]
                    if there != d.old and there.strip("\n") == d.old.strip("\n"):
                        words = there  # the same lines, their line break on the other side (a 款 moved first)
                    elif there != d.old and plain_form(there) == plain_form(d.old):
                        words = there  # the same words, as the new version sets their width or spacing ((八) → （八）)
                    elif there != d.old and renumber(d.old, r.numbers()) == there:
                        # the same words, citing articles by the new version's numbers, as its proposal
                        # now does (a rejection of deleting 依据本法第二十八条… went stale: 反垄断法 2022, a trial)
                        words = there
                said = cd.premise if cd.premise is not None else d.premise
                if cd.unsure:  # (held: what the merge reads to keep it out of the position until confirmed)
                    said = hold_premise(said, cd.unsure)
                stored_d = writer.add_decision(new_s.ref, cd.target, cd.action or d.action, start=cd.start, end=cd.end,
                                               old=words, new=cd.new if cd.new is not None else d.new, reason=d.reason,
                                               subject=d.subject, premise=said, origin=d.id)  # fmt: skip
                if cd.unsure and held(stored_d):  # (not a confirmation kept: Again.confirmed)
                    held_ids[d.id] = stored_d.id
            else:
                store.drop("decision", d.id, new_s.ref, cd.note, settled=cd.adopted)
        # onto a replaced text: where every decision held again is one staff confirmed there since (their
        # confirmation kept), nothing waits any longer, and the reason goes with them as confirming gave it back
        waiting = {cd.origin.target for cd in decisions if cd.unsure and cd.target is not None and cd.origin.id in held_ids}
        if isinstance(writer, Again) and any(x.target not in waiting for x, t in reasons if t is None and x.target in unsure_at):
            reasons = [(x, target) for x, t in reasons
                       for target in (r.reason_targets(x.target, landed.get(x.target, []))
                                      if t is None and x.target in unsure_at and x.target not in waiting else [t])]  # fmt: skip
            unsure_at = {t: cd for t, cd in unsure_at.items() if t in waiting}
        left: list[tuple[str, str]] = []
        reworded: list[tuple[str, str]] = []
        half_made: list[tuple[str, str]] = []
        for reason, target in reasons:
            if target is not None:
                writer.set_committee_reason(new_s.ref, target, worded[reason.id], origin=reason.id)
                if any(cd.adopted for cd in asked.get(reason.target, ())):
                    # carried for what still stands, beside what the new version made: it may argue for
                    # both (至少保存二年 made, （四） still asked: 农产品质量安全法 2018 第二十四条, a trial)
                    half_made.append((reason.target, target))
                # (beside a decision carried, a rejection too, it is no reason left alone on old words)
                if reason.target not in landed and reason.target not in carried_any and reason.target in r.old_index \
                        and target in r.new_index and \
                        near_key(renumber(Reanchorer.base(r.old_index[reason.target], r.sep_old), forward)) != \
                        near_key(Reanchorer.base(r.new_index[target], r.sep_new)):  # fmt: skip
                    reworded.append((reason.target, target))
                continue
            if reason.target in unsure_at:
                cd = unsure_at[reason.target]
                art = (cd.target or "").split("__", 1)[0]
                why = (f"its decisions were carried to {r._now(art)}, whose place is unsure, and wait for staff to "
                       "confirm them; confirming them gives it back there (or give another: `lawcomment decide --draft "
                       f"{new_s.ref} --article {art} --committee-reason \"…\"`)")  # fmt: skip
            elif reason.target in made:
                why = "the new version made what it argued for"
            elif reason.target in partly:
                why = "some of the decisions it argued for no longer apply to the new version"
            elif reason.target in gone:
                why = "none of the decisions it argued for applies to the new version (each says why)"
            else:
                why = "its article has no counterpart in the new version"
            store.drop("reason", reason.id, new_s.ref, why, settled=reason.target in made)
            left.append((reason.target, why))
        # (onto a replaced text: what the last carry wrote and this one did not, undone, kept on record)
        undone = writer.finish() if isinstance(writer, Again) else ((), 0)
    decisions = [replace(cd, held=held_ids[cd.origin.id]) if cd.origin.id in held_ids else cd for cd in decisions]
    counts = {"carried": sum(1 for c in carried if c.status is not Status.ORPHANED),
              "orphaned": sum(1 for c in carried if c.status is Status.ORPHANED),
              "fuzzy": sum(1 for c in carried if APPROXIMATE in c.note),
              "rebased": sum(1 for c in carried if "re-based" in c.note),
              "adopted": sum(1 for c in carried if c.status is Status.ADOPTED),
              "unsure": sum(1 for c in carried if UNSURE_PLACE in c.note),
              "passed_over": sum(1 for c in carried if c.status is Status.OPEN and f"; {PASSED_OVER}:" in c.note),
              "widened": len(_asking(carried, "widened")),
              "stance": len(_asking(carried, "stance")),
              "twice": len(_asking(carried, "twice")),
              "elsewhere": len(_asking(carried, "elsewhere")),
              "decisions": sum(1 for d in decisions if d.target is not None),
              "dropped": sum(1 for d in decisions if d.target is None and not d.orphaned),
              "decisions_left": sum(1 for d in decisions if d.orphaned),
              "reasons": sum(1 for _, t in reasons if t is not None),
              "reasons_renumbered": sum(1 for x, t in reasons if t is not None and worded[x.id] != x.text),
              "reasons_dropped": sum(1 for x, t in reasons if t is None and x.target not in gone and x.target not in unsure_at),
              "reasons_held": sum(1 for x, t in reasons if t is None and x.target in unsure_at),
              "reasons_made": sum(1 for x, t in reasons if t is None and x.target in made),
              "reasons_stale": sum(1 for x, t in reasons if t is None and x.target in gone - made)}  # fmt: skip
    again = None if last is None else replace(last.report, spared=tuple(spared.items()), undone=undone[0],
                                              taken=undone[1], updated=updated,
                                              confirmed=tuple(writer.confirmed) if isinstance(writer, Again) else ())  # fmt: skip
    return CarryReport(old_s.ref, new_s.ref, tuple(carried), len(comments) - len(todo), counts, tuple(decisions),
                       tuple(left), tuple(reworded), tuple(half_made), again)  # fmt: skip


@dataclass(frozen=True, slots=True)
class NotCarried:
    """A decision or committee reason of the previous reading the carry could not bring over, said at the new
    reading (merge, export, the web's merged view) until staff decide on its article there."""

    kind: str  # "decision" or "reason"
    id: int  # its number on the previous reading
    source: str  # the previous reading (``aml@1``)
    article: str | None  # the new reading's article it was on, as the alignment pairs it (None: none)
    what: str  # ``final wording on 第十五条 (art_15)``, ``committee reason on …``
    why: str  # the carry's own words

    def said(self) -> str:
        """``decision #11 of aml@1 (final wording on 第十五条 (art_15)) was not carried: …; decide again``."""
        again = "" if re.search(r"\bagain\b", self.why) else (
            "; decide again" if self.kind == "decision" else "; give it again with `decide --committee-reason`")
        return f"{'decision' if self.kind == 'decision' else 'committee reason'} #{self.id} of {self.source} ({self.what}) " \
               f"was not carried: {self.why}{again}"  # fmt: skip


_SETTLED = ("the new version made this change", "the new version reads as the committee's wording",
            "the new version deleted the article, as the committee asked", "the new version added this provision",
            "the new version made each change", "the new version made what it argued for")  # fmt: skip


_HELD_REASON = "its decisions were carried to "


def not_carried(store: Store, ref: DraftRef, draft: Draft | None = None) -> tuple[NotCarried, ...]:
    """What the carry into ``ref`` left behind that staff have not acted on since: each decision or committee
    reason of the previous reading it did not bring over (the new version making what it asked aside), until
    a decision or committee reason is made on its article of ``ref`` after the carry (反垄断法 第十五条's final
    wording, dropped at reading 2 with one message and recalled by nothing after: a trial). What stood on an
    article the new reading deleted is not listed: nothing is left there to decide on."""
    from ..registry import align_versions
    from ..review.position import describe_decision

    new_s = store.get_draft(ref, archived=True)
    drops = [e for e in store.drops(new_s.ref) if not e.detail.get("settled")
             and not str(e.detail.get("reason", "")).startswith(_SETTLED)]  # fmt: skip
    old_s = store.predecessor(new_s.ref)
    if not drops or old_s is None:
        return ()
    # (carried after all, onto a replaced text, or a reason given back when its held decisions were confirmed; a
    # carried copy a later carry undid is not)
    carried = {("decision", d.origin) for d in store.decisions(new_s.ref) if d.origin is not None} | \
              {("reason", x.origin) for x in store.committee_reasons(new_s.ref).values() if x.origin is not None}  # fmt: skip
    # (what staff did on the new reading themselves: neither carried nor left over from the carry)
    done_at = [(y.target, y.created) for y in store.decisions(new_s.ref, include_revoked=True) if y.origin is None] + \
              [(y.target, y.created) for y in store.committee_reasons(new_s.ref, include_revoked=True).values()
               if y.origin is None]  # fmt: skip
    old, new = old_s.load(), draft if draft is not None else new_s.load()
    alignment = stored_alignment(store, old_s, new_s) or align_versions(old, new)
    to_new = {o: en.new[0] for en in alignment.entries for o in en.old if en.new}
    old_reasons = {x.id: x for x in store.committee_reasons(old_s.ref, include_revoked=True).values()}
    out: dict[tuple[str, int], NotCarried] = {}
    for e in drops:
        kind, _, num = e.object.partition(":")
        item = int(num)
        if (kind, item) in carried or str(e.detail.get("reason", "")).startswith(_HELD_REASON):
            continue  # (a reason held beside decisions waiting to be confirmed: the merge says those)
        if kind == "decision":
            d = store.get_decision(item)
            target, what = d.target, describe_decision(d, draft=old)
        else:
            x = old_reasons.get(item)
            target = x.target if x is not None else ""
            what = f"committee reason on {describe(target, None, old)}" if x is not None else "committee reason"
        article = to_new.get(target.split("__", 1)[0])
        if article is None:
            # (its article deleted: nothing of the new reading to decide on; draft add said it, the adoption report
            # says the article was deleted; said on every merge and export, "decide again" would ask the impossible)
            continue
        # staff acted on that article of the new reading since the carry: it has been seen
        if article is not None and any(created >= e.at and target.split("__", 1)[0] == article for target, created in done_at):
            continue
        out[(kind, item)] = NotCarried(kind, item, old_s.ref, article, what, str(e.detail.get("reason", "")))
    return tuple(out.values())


def article_numbers(old: Draft, new: Draft, alignment: Alignment) -> dict[str, str]:
    """Each old article's number → the number of the new article it became (the first, when it
    was split), for the articles the new version kept."""
    old_index, new_index = unit_index(old), unit_index(new)
    out: dict[str, str] = {}
    for en in alignment.entries:
        if en.old and en.new:
            now = new_index[en.new[0]].num
            for old_eid in en.old:  # (each article merged into one: cited by its number now)
                was = old_index[old_eid].num
                if was and now:
                    out.setdefault(was, now)
    return out


def _touched_kuan(article: Unit, sep: str, proposed: str) -> dict[str, str]:
    """The 款 of ``article`` that the changes of ``proposed`` (a wording of the whole article)
    fall in, each whole with its 项, by eid: what a wording of a split article is carried by
    (none when no change falls in a 款)."""
    body = article.body(sep)
    spans = [(span, eid) for eid, span in unit_spans(article, sep).items() if eid.count("__") == 1]
    hit: dict[str, None] = {}
    for op in diff(body, proposed).ops:
        if op.kind is not OpKind.EQUAL:
            for (start, end), eid in spans:
                if start <= op.start <= end:
                    hit[eid] = None
    return {eid: body[start:end] for (start, end), eid in spans if eid in hit}


def alignment_summary(alignment: Alignment) -> dict[str, object]:
    """The alignment as stored with a supersession: entries (eids, class, similarity, whether
    the change is substantive) and counts."""
    return {"method": alignment.method, "summary": alignment.summary(),
            "entries": [[list(e.old), list(e.new), str(e.change), round(e.similarity, 4), e.substantive,
                         list(e.runner_up), e.runner_up_similarity, e.runner_up_side, [list(x) for x in e.into],
                         [list(x) for x in e.pieces]]
                        for e in alignment.entries]}  # fmt: skip


def earlier_quote(c: Comment) -> str | None:
    """The words comment ``c`` quoted on the earlier reading, when carry-forward re-anchored it at
    other words of the new one (「五日内」, now at 「五个工作日内」); None otherwise. What a page shows
    beside its quote: the member never quoted the new words (a trial's member page listed an orphaned
    comment's quote as the new version's words, as if they were the member's)."""
    before = quoted_before(c.note) if c.note else None
    return None if before is None or before == c.anchor.quote else before


def written_on(store: Store, c: Comment, drafts: dict[object, StoredDraft] | None = None) -> tuple[StoredDraft, Comment] | None:
    """The earlier reading carried comment ``c`` was written on, and the comment as it stood there
    (followed back over the readings it was carried through orphaned); None for a comment written on
    its own reading, or when the store has lost the earlier one. What a page cites an orphan by: its
    old unit of that reading (第一稿的第三十六条), never the new reading's unit at the same place,
    whose words are not the ones it was written on (a trial's card cited 第五十一条 over 第三十六条's text).
    ``drafts``: the earlier readings found so far, by the draft a comment names, read once for many comments."""
    seen = 0
    while c.origin is not None and seen < 50:  # (a cycle no store should hold: bounded, never endless)
        try:
            c = store.get_comment(c.origin)
        except StoreError:
            return None
        seen += 1
        if c.origin is None or c.status is not Status.ORPHANED:
            if drafts is not None and c.draft in drafts:
                return drafts[c.draft], c
            try:
                found = store.get_draft(c.draft, archived=True)
            except StoreError:
                return None
            if drafts is not None:
                drafts[c.draft] = found
            return found, c
    return None


def stored_alignment(store: Store, old_ref: DraftRef, new_ref: DraftRef) -> Alignment | None:
    """The alignment kept when ``new_ref`` superseded ``old_ref`` (what carry-forward used), or
    None when none is kept, or when it no longer lists every article of both (a version
    replaced since): then the caller aligns the versions afresh."""
    old_s, new_s = store.get_draft(old_ref, archived=True), store.get_draft(new_ref, archived=True)
    data = store.alignment(old_s, new_s)
    if not data:
        return None
    old, new = old_s.load(), new_s.load()
    entries = []
    for row in data.get("entries", []):
        olds, news, change = tuple(row[0]), tuple(row[1]), VersionChange(row[2])
        similarity_ = float(row[3]) if len(row) > 3 else (1.0 if change is VersionChange.UNCHANGED else 0.0)
        substantive = bool(row[4]) if len(row) > 4 else change not in (VersionChange.UNCHANGED, VersionChange.RENUMBERED)
        runner = (tuple(row[5]), float(row[6]), str(row[7])) if len(row) > 7 else ((), 0.0, "")
        # (an article moved into a 款 of another, a split's 款 and their counterparts: see review.align)
        into, pieces = ((tuple((str(x[0]), str(x[1]), float(x[2])) for x in row[k]) if len(row) > k else ())
                        for k in (8, 9))  # fmt: skip
        entries.append(Entry(olds, news, change, similarity_, substantive, runner_up=runner[0],
                             runner_up_similarity=runner[1], runner_up_side=runner[2], into=into,
                             pieces=pieces))  # fmt: skip
    for side, draft, pick in (("old", old, lambda e: e.old), ("new", new, lambda e: e.new)):
        listed = sorted(eid for e in entries for eid in pick(e))
        if listed != sorted(v.unit.eid for v in draft.articles()):
            return None
    return Alignment(old, new, tuple(entries), str(data.get("method", "lawcomment")))
