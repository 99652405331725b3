"""The consultation view every exporter receives: the draft, its comments, the merged
positions with staff decisions, and adoption by the next version, gathered in one pass.

The view is built for one kind of submission: by default only what staff accepted (accepted
changes, chosen conflict alternatives, final wordings, accepted new units) goes out; with
``include_unreviewed`` the changes and new units nobody decided yet go out too (a quick
draft). Rejected changes never do. Each :class:`Item` knows which of its pieces are
submitted, so every exporter (and every plugin) gets the same answer from ``changed``,
``text``, ``segments()``, ``insertions``, ``status``, ``supporters`` and ``reasons``;
``item.position`` still holds everything, with each change's state, for review formats.

The submission formats (.docx, .md) speak with the committee's voice: per item the
committee's own reason (``committee_reason``, written by staff with ``decide
--committee-reason``), the member remarks staff forwarded (``forwarded``), and the
supporters of each change that goes out (``submitted_changes``). ``reasons`` and
``supporters`` (every member remark, and supporters of the unit as a whole) are for the
review formats and the JSON document.
"""

from __future__ import annotations

import os
import re
import stat
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING, BinaryIO, TypeVar

from ..comments import INACTIVE, Comment, Member, Stance
from ..drafts.anchors import cite, law_citation, unit_index
from ..drafts.ids import lettered
from ..drafts.serialize import body_separator
from ..model import Draft, Kind, Unit
from ..records import Decision
from ..review.drawing import drawn_segments, readable_spans
from ..review.merge import Conflict
from ..review.redline import Span, splice
from ..review.phrases import LawWords, quote_span, whole_places
from ..review.position import (
    PROPOSING,
    TRANSLATIONS,
    Insertion,
    UnitPosition,
    answered,
    applied_decisions,
    decided_on,
    translation_premises,
)

# (the pairing of a translation and the carry-forward rules are imported where a translation or a
# carried remark is read: a draft with neither never loads them, nor rapidfuzz)
if TYPE_CHECKING:  # (grouping is imported where groups are asked for: a submission never reads them)
    from ..drafts.pairing import Rendered
    from ..review.adoption import Outcome
    from ..review.grouping import ArticleGroups, NearGroup


class ItemStatus(StrEnum):
    """Where an item of the submission stands (the HTML page filters on it)."""

    CONFLICT = "conflict"  # an unresolved conflict between members' wordings
    AMENDED = "amended"  # the submission proposes a change or a new provision
    COMMENTED = "commented"  # comments, but no change of wording goes out
    UNCHANGED = "unchanged"  # no comments (listed with --all-articles)


@dataclass(frozen=True, slots=True)
class WrittenOn:
    """The unit of the earlier reading an orphaned comment was written on, and the words its member
    quoted there (:func:`lawcomment.consultation.written_where`). What the exports cite an orphan by:
    the new reading's unit at its place has other words (a trial's sheet read 第五十一条 and 「五个工作日内」
    for a wording of the old 第三十六条's 「五日内」)."""

    ref: str  # that reading's draft (nongchanpin@1)
    reading: int  # which reading it is, by the chain of --supersedes: 1 for the first
    version: str
    eid: str
    zh: str  # its unit there, cited in Chinese (第三十六条) and in English (Article 36)
    en: str
    quote: str  # the words the member quoted there ("" for none)

    def cited(self, lang: str = "zh") -> str:
        """第一稿（v1）的第三十六条, Article 36 of reading 1 (v1)."""
        if lang == "en":
            return f"{self.en} of reading {self.reading} (v{self.version})"
        from ..drafts.numerals import int_to_cn

        return f"第{int_to_cn(self.reading)}稿（v{self.version}）的{self.zh}"

    def to_dict(self) -> dict[str, object]:
        """An orphan's ``written_on`` in the JSON documents (docs/json.md)."""
        return {"draft": self.ref, "reading": self.reading, "eid": self.eid, "citation": self.zh, "citation_en": self.en,
                "quote": self.quote}  # fmt: skip


@dataclass(frozen=True, slots=True)
class NewUnit:
    """A proposed new unit as the submission prints it: ``label`` is its number in the law
    (第十二条之一, numbered after the article it follows; empty after a heading), ``eid`` the
    eid it would have (``art_12-1``)."""

    label: str
    eid: str
    insertion: Insertion

    @property
    def text(self) -> str:
        return self.insertion.text

    @property
    def supporters(self) -> tuple[str, ...]:
        return self.insertion.supporters


@dataclass(frozen=True, slots=True)
class SubmittedChange:
    """One edit the submission proposes, with the members who proposed it: ``old`` of the
    draft becomes ``new`` (a deletion when ``new`` is empty, an insertion when ``old`` is);
    a new unit has its ``label`` (第十二条之一, or empty after a heading) and its text as
    ``new``. ``supporters`` are empty for the committee's own words in a final wording (an
    edit of it that a member proposed in the same words has that member's)."""

    old: str
    new: str
    supporters: tuple[str, ...]
    label: str = ""
    new_unit: bool = False
    occurrence: int = 0  # which occurrence of the quoted words in the draft's unit this is (1, 2 …; 0: an insertion)
    #: the draft's words around ``old`` that a reader quotes with it (三 → 一 of 三年内: "", "年内"),
    #: the same on both sides (:func:`lawcomment.review.phrases.quote_span`)
    before: str = ""
    after: str = ""

    @property
    def quoted(self) -> tuple[str, str]:
        """(old, new) as the submission quotes them: with the words around them."""
        return self.before + self.old + self.after, self.before + self.new + self.after


_MEMBER = attrgetter("member")

#: Characters of the draft between the quotes of two edits of the same members that say them as one change.
_JOINED_GAP = 1
#: What ends a phrase: edits on either side of it are two changes.
_PAUSE = re.compile(r"[，。；：、,.;:！？!?\s（）()“”「」]")


@dataclass(frozen=True, slots=True)
class Item:
    """One unit of the submission: an article (or a heading) with its position and comments.

    ``path`` holds the chapter, section … containers above it, outermost first.
    ``include_unreviewed`` says which pieces of the position are submitted: only those
    staff accepted or chose (False, the default), or also those nobody decided yet.
    ``status``, ``supporters``, ``reasons`` and ``new_units`` follow it; ``supporters`` and
    ``reasons`` are worked out on first use (the tracking sheet, the review page and the .docx
    read neither: a pass over every comment of the unit each).
    """

    eid: str
    citation: str
    label: str
    kind: Kind
    path: tuple[Unit, ...]
    position: UnitPosition
    comments: tuple[Comment, ...]
    status: ItemStatus
    include_unreviewed: bool = False
    new_units: tuple[NewUnit, ...] = ()  # the submitted new units, numbered
    committee_reason: str = ""  # the committee's own reason (decide --committee-reason), printed as 理由
    forwarded: tuple[Comment, ...] = ()  # member remarks staff forwarded (comment forward): printed too
    #: per piece taken by a group decision (start, end, new; -1, -1, text for a new unit): the
    #: members of that near-duplicate group now, who support the words whatever their copy's 的
    credit: tuple[tuple[tuple[int, int, str], tuple[str, ...]], ...] = ()
    #: False when every decision on the unit no longer applies, or the committee reason was
    #: given beside changes that no longer go out: it argued for what the submission no longer
    #: proposes, so it is left out (and staff are told)
    reason_applies: bool = True
    #: the decisions that proposed a change on the unit when its committee reason was given,
    #: since undone, replaced or ignored, surely and perhaps (:func:`reason_given_beside`)
    reason_beside: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
    #: members' wordings of the translation (comment ids) the committee has given no wording of
    #: that language for (``decide --text-en``): waiting for staff as undecided changes are
    translation_open: tuple[int, ...] = ()
    #: forwarded remarks (comment ids) carried forwarded from the last reading, where they were
    #: forwarded too, and not forwarded again since: the last submission may have sent them
    sent_before: tuple[int, ...] = ()
    #: the last reading's decisions (ids) its committee reason, carried from there, was given beside
    #: and that did not come over (the new version made them, or they no longer apply): to check
    reason_carried_beside: tuple[int, ...] = ()
    #: the committee reason came from the last reading, alone, onto words the new version reworded
    reason_reworded: bool = False
    #: the decisions on the unit, as :func:`build_item` had them (the committee's reasons among them)
    decisions: tuple[Decision, ...] = ()
    _worked_out: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def supporters(self) -> tuple[str, ...]:
        """Members whose wording is in the submitted position (with every member of a group of
        near-duplicates whose wording staff took), then members who support the unit as is."""
        return self._from_comments()[0]

    @property
    def reasons(self) -> tuple[tuple[str, str], ...]:
        """What members said, each text once with the first member who said it (the reasons of the
        proposals that go out, and with ``include_unreviewed`` of the unresolved alternatives it lists;
        every question and remark), then the committee's reasons ("" for the member) for the decisions
        it follows."""
        return self._from_comments()[1]

    def _from_comments(self) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
        """:attr:`supporters` and :attr:`reasons`, from one pass over the comments on first use."""
        found = self._worked_out.get("")
        if found is None:
            keep = _submitted_comments(self.position, self.include_unreviewed)
            support = Stance.SUPPORT
            supporting: list[str] = []
            said: dict[str, str] = {}
            say = said.setdefault
            for c in self.comments:
                stance = c.stance
                if stance is support:
                    supporting.append(c.member)
                if (stance not in PROPOSING or c.id in keep) and (body := c.body.strip()):
                    say(body, c.member)
            found = self._worked_out[""] = (_supporters(self.position, supporting, self.include_unreviewed,
                                                         dict(self.credit)),
                                            _reasons(self.position, said, list(self.decisions)))  # fmt: skip
        return found  # type: ignore[return-value]

    def _credited(self, key: tuple[int, int, str], supporters: tuple[str, ...]) -> tuple[str, ...]:
        extra = next((m for k, m in self.credit if k == key), ())
        return tuple(dict.fromkeys((*supporters, *extra))) if extra else supporters

    @property
    def text(self) -> str:
        """The unit as the submission proposes it."""
        return self.position.text if self.include_unreviewed else self.position.submitted_text

    @property
    def insertions(self) -> tuple[Insertion, ...]:
        """The proposed new units that go out after this unit (accepted; with
        ``include_unreviewed`` also those not decided yet)."""
        return self.position.submitted_insertions(submitted=not self.include_unreviewed)

    @property
    def unresolved(self) -> tuple[Conflict, ...]:
        """The unresolved conflicts the submission lists with their alternatives: none by
        default (they are unreviewed), all of them with ``include_unreviewed``."""
        return self.position.unresolved if self.include_unreviewed else ()

    @property
    def unreviewed(self) -> tuple[str, ...]:
        """Ids of the changes, conflicts and new units staff have not decided (c1, x1, n1)."""
        return self.position.unreviewed

    @property
    def stale(self) -> tuple[str, ...]:
        """Decisions whose premises changed since they were made (a message each), a committee
        reason left out because none of them applies any more, or because the changes it was
        given beside no longer go out (or sent though it may have been: to check), or sent beside
        other changes than some it was given beside (to check), and a forwarded member remark
        carried from the last reading to words or a place that are not surely its own."""
        return (*self._reason_stale(), *self._remarks_to_check())

    def _remarks_to_check(self) -> tuple[str, ...]:
        if not self.forwarded:  # (most items: the carry-forward rules are not loaded for them)
            return ()
        from ..review.rebase import QUOTE_ELSEWHERE, UNSURE_PLACE, carry_checks, quoted_before

        out = []
        for c in self.forwarded:
            note = c.note or ""
            before = quoted_before(note)
            if before is not None and before != c.anchor.quote:
                why = f"its quote re-anchored at other words (it quoted 「{_ends(before)}」 there)"
            elif "elsewhere" in carry_checks(note) or f"; {QUOTE_ELSEWHERE}" in note:
                why = "its quote followed to an article its own article did not become"
            elif UNSURE_PLACE in note:
                why = "its article's new place unsure"
            elif "stance" in carry_checks(note):
                why = "its support or opposition given on words the new version reworded"
            elif c.id in self.sent_before:
                # forwarded there too: the last reading's submission may have sent it already (a trial)
                why = "where it was forwarded too (the last submission may have sent it already)"
            else:
                continue
            sent = why.startswith("where it was forwarded too")
            confirm = f"`lawcomment comment forward {c.id}` sends it again, unsaid; " if sent else ""
            out.append(f"the member remark #{c.id} forwarded with {self.citation} was carried from the last reading, "
                       f"{why}: check it still applies before it goes out ({confirm}`lawcomment comment forward {c.id} "
                       "--undo` keeps it internal)")  # fmt: skip
        return tuple(out)

    def _reason_stale(self) -> tuple[str, ...]:
        said = self._reason_given_stale()
        if self.reason_carried_beside and self.submitted_reason.strip():
            said = (*said, f"the committee reason for {self.citation} was carried from the last reading, where it was "
                           f"given beside decision {_ids(self.reason_carried_beside)}, which did not come over (the new "
                           "version made it, or it no longer applies): it may argue for words the law now has; check it "
                           "before it goes out (give it again with decide --committee-reason '…', changed or as it is)")  # fmt: skip
        if self.reason_reworded and self.submitted_reason.strip():
            said = (*said, f"the committee reason for {self.citation} was carried from the last reading with no decision "
                           "beside it, and the new version reworded the article: it was given on the old words; check it "
                           "before it goes out (give it again with decide --committee-reason '…', changed or as it is)")  # fmt: skip
        return said

    def _reason_given_stale(self) -> tuple[str, ...]:
        if not self.committee_reason.strip():
            return self.position.stale
        surely, perhaps = self.reason_beside
        if self.changed:
            # it goes out, beside what stands now: it may argue for what the committee no longer decides
            # (one stopped in the second it was given is most often the decision it came with replacing
            # an earlier one: not said)
            if not surely:
                return self.position.stale
            said = (f"the committee reason for {self.citation} goes out, but it was given beside decision "
                    f"{_ids(surely)}, since undone, replaced or left matching no proposal: check it holds for what goes out now (give it again "
                    "with decide --committee-reason '…', changed or as it is)")  # fmt: skip
            return (*self.position.stale, said)
        if self.reason_applies:
            if not perhaps:
                return self.position.stale
            said = (f"the committee reason for {self.citation} goes out beside the draft's own wording, though it may "
                    f"have been given for decision {_ids(perhaps)}, undone or replaced in the same second: check it "
                    "holds for the draft's wording as it is (or remove it with decide --committee-reason '')")  # fmt: skip
        elif surely:
            said = (f"the committee reason for {self.citation} is left out of the submission: it was given beside "
                    f"decision {_ids(surely)}, since undone, replaced or left matching no proposal, and no change of it goes out now (give it again "
                    "with decide --committee-reason '…' if it holds for the draft's wording as it is, or remove it "
                    "with decide --committee-reason '')")  # fmt: skip
        else:
            said = (f"the committee reason for {self.citation} is left out of the submission: no decision on it "
                    "applies any more (decide again, or remove the reason with decide --committee-reason '')")
        return (*self.position.stale, said)

    @property
    def submitted_reason(self) -> str:
        """The committee's reason as the submission prints it (empty when left out)."""
        return self.committee_reason if self.reason_applies else ""

    @property
    def changed(self) -> bool:
        """The submitted position differs from the draft (or adds a provision)."""
        return self.text != self.position.base or bool(self.insertions)

    @property
    def in_submission(self) -> bool:
        """The submission has something to say about this unit: a change or a new unit that
        goes out, the committee's reason, a forwarded remark, or (in a draft) a listed
        conflict. A unit whose proposals are all undecided or rejected, or that members only
        supported or commented on, has not; the .docx and .md leave it out (unless
        ``all_articles``)."""
        return self.changed or bool(self.submitted_reason.strip() or self.forwarded or self.unresolved)

    @property
    def submitted_changes(self) -> tuple[SubmittedChange, ...]:
        """The edits that go out, in order, each with the members who proposed it, then the
        new units after this one. A member who only supported the unit or commented on it
        supports none of them. (:meth:`quoted_changes` quotes them with the law's terms.)"""
        return self.quoted_changes()

    def quoted_changes(self, words: LawWords | None = None) -> tuple[SubmittedChange, ...]:
        """:attr:`submitted_changes`, each quoted as a drafter writes it (:func:`quote_span`, with
        ``words``, the law's, to tell where its terms end): 将“股票”修改为“股份”, never “票” → “份”.
        One member's edits whose quotes meet, overlap or stand a character apart are said as one
        change (植物病虫草害 → 农作物病虫害: 植 → 农作 and 草 taken out), never as pieces of words;
        edits a word or more apart as two (将“必须”修改为“应当”；将“法律、行政法规”修改为“法律法规”,
        never 将“必须遵守法律、行政”修改为“应当遵守法律”: a trial's 公司法 第五条)."""
        base = self.position.base
        pieces = [(p.start, p.end, p.new, self._credited((p.start, p.end, p.new), p.supporters))
                  for p in self.position.pieces(submitted=not self.include_unreviewed)]  # fmt: skip
        # each quoted on its own, never into the words a neighbour changes
        quotes = []
        for k, (start, end, new, _) in enumerate(pieces):
            a, b = quote_span(base, start, end, new, words)
            lo = pieces[k - 1][1] if k else 0
            hi = pieces[k + 1][0] if k + 1 < len(pieces) else len(base)
            quotes.append((max(a, min(lo, start)), min(b, max(hi, end))))
        joined: list[tuple[int, int, str, tuple[str, ...], int, int]] = []
        for (start, end, new, who), (a, b) in zip(pieces, quotes, strict=True):
            if joined:
                s0, e0, new0, who0, a0, b0 = joined[-1]
                gap = base[b0:a]
                if who0 == who and who and a - b0 <= _JOINED_GAP and not _PAUSE.search(gap) and "\n" not in gap:
                    joined[-1] = (s0, end, new0 + base[e0:start] + new, who, min(a0, a), max(b0, b))
                    continue
            joined.append((start, end, new, who, a, b))
        out = []
        for start, end, new, who, a, b in joined:
            out.append(SubmittedChange(base[start:end], new, who,
                                       occurrence=sum(k < a for k in whole_places(base, base[a:b])) + 1 if end > start else 0,
                                       before=base[a:start], after=base[end:b]))  # fmt: skip
        out += [SubmittedChange("", u.text, self._credited((-1, -1, u.text), u.supporters), u.label, True)
                for u in self.new_units]  # fmt: skip
        return tuple(out)

    @property
    def deleted(self) -> bool:
        """Whether the submitted position takes the whole unit out: its label is struck too.
        (Read from the submitted pieces, not from :meth:`segments`: the redline drawn keeps their
        text, so it strikes everything and puts nothing in exactly when they leave nothing of a
        unit that had words; :func:`deletes_whole` says the same of segments already drawn.)"""
        base = self.position.base
        if not base:
            return False
        pieces = self.position.pieces(submitted=not self.include_unreviewed)
        return not any(p.new for p in pieces) and not splice(base, [Span(p.start, p.end, "") for p in pieces])

    def segments(self, words: LawWords | None = None) -> list[tuple[str, str, tuple[str, ...]]]:
        """The submitted position as a redline of the draft: ``(kind, text, supporters)``
        with kind "" (kept), "del" or "ins"; supporters are empty for the committee's own
        words (see :meth:`UnitPosition.pieces`). Drawn as a reader reads it
        (:func:`lawcomment.review.drawing.readable_spans`, with ``words``, the law's): a name
        replaced struck whole, a sentence rewritten at length struck and written again."""
        base = self.position.base
        out: list[tuple[str, str, tuple[str, ...]]] = []
        at = 0
        marked = [(Span(piece.start, piece.end, piece.new), self._credited((whole.start, whole.end, whole.new),
                                                                           whole.supporters))
                  for whole in self.position.pieces(submitted=not self.include_unreviewed)
                  for piece in self.position.marked(whole)]  # (as the submission marks it: numbers one by one…)
        for piece, who in readable_spans(base, marked, words):
            if piece.start > at:
                out.append(("", base[at:piece.start], ()))
            if piece.end > piece.start:
                out.append(("del", base[piece.start:piece.end], who))
            if piece.new:
                out.append(("ins", piece.new, who))
            at = max(at, piece.end)
        if at < len(base) or not out:
            out.append(("", base[at:], ()))
        return out


@dataclass(frozen=True, slots=True)
class Translation:
    """The draft's working translation as the bilingual exports print it beside the draft:
    its language, title and file, and how it renders each paired unit (by the draft's eid,
    :func:`lawcomment.drafts.rendered`)."""

    lang: str
    title: str
    source_file: str
    units: Mapping[str, Rendered]
    #: the translation itself, for a copy of it members mark up (``export --format draft --lang en``)
    draft: Draft | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Wording:
    """A wording of the translation for one unit: the committee's (``decide --text-en``:
    ``decision`` set, ``supporters`` the members who proposed these very words) or a
    member's (``comment`` set, ``supporters`` that member). It rewords ``base`` (the
    translation's text of the unit, or of the 款 or item a member reworded when it could not
    be placed in the unit) as ``text`` ("" deletes it); ``citation`` names what it rewords."""

    citation: str
    base: str
    text: str
    supporters: tuple[str, ...] = ()
    comment: int | None = None
    decision: int | None = None
    reason: str = ""

    def segments(self) -> list[tuple[str, str]]:
        """The redline of the translation's text to this wording: (kind, text), kind ""
        (kept), "del" or "ins" (:func:`~lawcomment.review.drawing.drawn_segments`)."""
        return drawn_segments(self.base, self.text)


@dataclass(frozen=True, slots=True)
class Translated:
    """The translation's side of one item: its ``citation`` there (Article 12), its
    ``heading`` (a container's title), its ``text`` ("" when no unit of the translation
    renders the item: ``paired`` is False), the ``wordings`` of it that go out (see
    :meth:`Consultation.translated`) and ``stale``, a message when members proposed wordings
    of it after the committee gave its own."""

    lang: str
    citation: str
    heading: str
    text: str
    wordings: tuple[Wording, ...] = ()
    stale: tuple[str, ...] = ()

    @property
    def paired(self) -> bool:
        return bool(self.text or self.heading)


class NearGroups:
    """A view's near-duplicate groups by article, once worked out, or read from the store
    (``kept``); None until then. Groups the store kept are read when first asked for (``read``
    gives them): the formats that never ask (docx, csv) do not pay for them."""

    __slots__ = ("_by_article", "incomplete", "kept", "read")

    def __init__(self) -> None:
        self._by_article: dict[str, list[NearGroup]] | None = None
        self.kept = False
        self.read: Callable[[], list[NearGroup] | None] | None = None
        #: the articles whose comments were too costly to compare all (Groups.incomplete)
        self.incomplete: tuple[str, ...] = ()

    @property
    def by_article(self) -> dict[str, list[NearGroup]] | None:
        if self._by_article is None and self.read is not None:
            read, self.read = self.read, None
            found = read()  # None: kept otherwise (by another lawcomment), grouped afresh
            if found is not None:
                self.fill(found, kept=True)
        return self._by_article

    def fill(self, groups: Iterable[NearGroup], *, kept: bool) -> None:
        by_article: dict[str, list[NearGroup]] = {}
        for g in groups:
            by_article.setdefault(g.article, []).append(g)
        self._by_article, self.kept = by_article, kept
        self.incomplete = tuple(getattr(groups, "incomplete", ()))


@dataclass(frozen=True, slots=True)
class Consultation:
    """Everything about one draft in the store that an export may print.

    ``items`` are in law order: every unit with comments or decisions, or every article
    when built with ``all_articles``. ``adoption`` is the fate of this draft's proposals in
    the version that superseded it (or, for a later version, of its predecessor's
    proposals in it); ``adoption_refs`` names that pair. ``include_unreviewed`` says what
    the items submit (see :class:`Item`); :meth:`with_unreviewed` gives the view an export's
    options ask for.
    """

    ref: str
    title: str
    draft: Draft
    members: Mapping[str, Member]
    comments: tuple[Comment, ...]
    decisions: tuple[Decision, ...]
    items: tuple[Item, ...]
    adoption: tuple[Outcome, ...]
    adoption_refs: tuple[str, str] | None
    created: str
    include_unreviewed: bool = False
    deadline: str | None = None  # replies due (YYYY-MM-DD, ``draft deadline``), for the review page's responses
    translation: Translation | None = None  # the draft's working translation, for the bilingual exports
    # forked processes that may share out the grouping of near-duplicates and the making of a review
    # page with them (lawcomment.workers, write_apart)
    workers: int = field(default=1, repr=False, compare=False)
    # what the store keeps the draft's groups under for the comments read here (load_consultation's)
    groups_stamp: str = field(default="", repr=False, compare=False)
    # the decisions by unit, worked out on first use (the bilingual exports ask per item)
    _decided: dict[str, list[Decision]] = field(default_factory=dict, repr=False, compare=False)
    # the draft's units by eid, indexed on first use (``Draft.find`` walks the whole tree)
    _units: dict[str, Unit] = field(default_factory=dict, repr=False, compare=False)
    # members' names joined, by (separator, member ids): a conflict's alternatives and a campaign's
    # groups name the same long lists of members again and again on the review page (each view its
    # own, never copied by replace: a view of other members names them afresh)
    _names: dict[tuple[str, tuple[str, ...]], str] = field(default_factory=dict, init=False, repr=False,
                                                           compare=False)  # fmt: skip
    # each member's name as member_name gives it, by id, on first use (each view its own, as _names)
    _member_named: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    # each member's working group, by id, read on first use (each view its own, as _names)
    _member_groups: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    # general_remarks, once found (each view its own, as _names)
    _general: list[tuple[Comment, ...]] = field(default_factory=list, init=False, repr=False, compare=False)
    # the near-duplicate groups by article, worked out on first use (the review formats ask), or
    # read from the store; shared with the views with_unreviewed makes of this one
    near: NearGroups = field(default_factory=NearGroups, repr=False, compare=False)
    #: remarks on the whole draft (comment ids) carried forwarded from the last reading, where they were
    #: forwarded too, and not forwarded again since: the last submission may have sent them
    general_sent_before: tuple[int, ...] = ()
    #: the orphaned comments' units of the reading each was written on, by comment id (the exports cite
    #: an orphan by these, and print the words it quoted there: :class:`WrittenOn`)
    written_on: Mapping[int, WrittenOn] = field(default_factory=dict, compare=False)
    #: the decisions and committee reasons of the last reading the carry did not bring over, that staff have not
    #: decided on since, each said (:func:`lawcomment.consultation.not_carried`): the export warns of them
    not_carried: tuple[str, ...] = ()
    # the law's words (law_words), read on first use (each view its own, as _names)
    _words: list[LawWords] = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the new units of the whole view numbered apart, in law order, as the amendment instrument numbers
        # them: one after 第一条 and one after 第一条之一 were both 第一条之二 (each item numbers its own)
        object.__setattr__(self, "items", numbered_apart(self.items, self.draft, self.lang))

    @property
    def lang(self) -> str:
        return "en" if self.draft.profile.startswith("en") else "zh"

    def law_words(self) -> LawWords:
        """The draft's articles read for the terms the law writes, that a change's words are quoted
        whole by (:meth:`Item.quoted_changes`)."""
        if not self._words:
            sep = body_separator(self.draft)
            self._words.append(LawWords("\n".join(v.unit.body(sep) for v in self.draft.articles())))
        return self._words[0]

    def unit(self, eid: str) -> Unit | None:
        """The draft's unit with this eid, or None (the units indexed on first use)."""
        if not self._units:
            self._units.update(unit_index(self.draft))
        return self._units.get(eid)

    def decisions_on(self, eid: str) -> Sequence[Decision]:
        """The decisions in force on unit ``eid`` (grouped by unit on first use)."""
        if not self._decided and self.decisions:
            for d in self.decisions:
                self._decided.setdefault(d.target, []).append(d)
        return self._decided.get(eid, ())

    def translated(self, item: Item, every: bool = False) -> Translated | None:
        """The translation's side of ``item`` (None when the draft has no translation).

        The wording of the translation that goes out is the committee's (``decide
        --text-en``), credited to the members who proposed those very words; without one, the
        translation stands as it is, and in a discussion draft (``include_unreviewed``) the
        members' wordings go out instead, each named. The review formats ask for ``every``
        wording: the committee's, then each member's."""
        tr = self.translation
        if tr is None:
            return None
        from ..review.rebase import rebase

        found = tr.units.get(item.eid)
        citation = cite(found.eids[0], tr.lang) if found else cite(item.eid, tr.lang)
        if found is not None and item.kind.is_container:
            citation = found.label or citation
        text = "" if found is None or item.kind.is_container else found.text
        heading = found.heading if found is not None else ""
        members = [] if found is None or item.kind.is_container else self._wordings(item, text)
        committee = max((d for d in self.decisions_on(item.eid) if d.action == "text" and d.subject == tr.lang
                         and d.revoked_at is None), key=lambda d: d.id, default=None)  # fmt: skip
        wordings: list[Wording] = []
        stale: tuple[str, ...] = ()
        if committee is not None and text:
            new: str | None = committee.new or ""
            notes = []
            if committee.old is not None and committee.old != text:  # the translation changed since (a new file, a reading)
                moved = rebase(committee.old, new or "", text)
                if moved.failed:  # never guessed: the translators' words stand, and staff are told
                    new = None
                    notes.append(f"the {tr.lang} translation of {citation} changed where the committee's wording "
                                 f"(decision #{committee.id}) rewords it; its {tr.lang} text goes out as it stands: "
                                 "review it (decide again, or undo it)")  # fmt: skip
                else:
                    new = moved.text
            if new is not None:
                same = tuple(dict.fromkeys(m for w in members if w.base == text and _squash(w.text) == _squash(new)
                                           for m in w.supporters))  # fmt: skip
                wordings.append(Wording(citation, text, new, same, None, committee.id))
                if item.text != item.position.base and _squash(new) == _squash(text):  # (not a new article after it alone)
                    notes.append(f"the committee's {tr.lang} wording of {citation} (decision #{committee.id}) keeps the "
                                 f"{tr.lang} text as it is while the {self.lang} text that goes out changes: check "
                                 "the two say the same (decide again, or undo it)")  # fmt: skip
                elif (apart := numbers_apart(item.position.base, text, item.text, new)) is not None:
                    notes.append(f"the committee's {tr.lang} wording of {citation} (decision #{committee.id}) and "
                                 f"the {self.lang} text that goes out give different numbers, dates or citations "
                                 f"({apart}): check both say the same (decide again, or undo one)")  # fmt: skip
            seen = translation_premises([committee]).get(tr.lang, {})
            later = [c.id for c in item.comments if c.lang == tr.lang and c.status not in INACTIVE
                     and c.stance in (Stance.AMEND, Stance.DELETE) and not answered(seen, c)]  # fmt: skip
            if later:
                notes.append(f"the committee's {tr.lang} wording of {citation} (decision #{committee.id}) was given "
                             f"before comment(s) {', '.join(f'#{n}' for n in later)} on it arrived or changed; it still "
                             "applies: review it (decide again, or undo it)")  # fmt: skip
            stale = tuple(notes)
        if every or (committee is None and self.include_unreviewed):
            wordings += members
        return Translated(tr.lang, citation, heading, text, tuple(wordings), stale)

    @property
    def general_remarks(self) -> tuple[Comment, ...]:
        """The remarks on the whole draft (on no article) staff forwarded: the submission prints
        them with its general opinion (总体意见), as no article's remarks."""
        found = self._general
        if not found:  # (found once per view: every export asks, some several times, of 100,000 comments)
            found.append(tuple(c for c in self.comments if c.anchor.eid is None and c.forwarded and c.body.strip()
                               and c.status not in INACTIVE))  # fmt: skip
        return found[0]

    def found_general_remarks(self, found: tuple[Comment, ...]) -> None:
        """Give :attr:`general_remarks` as the view's builder found them, reading its comments:
        they are not looked for again (100,000 comments read once more)."""
        if not self._general:
            self._general.append(found)

    def remarks_in_another_language(self, lang: str) -> tuple[str, ...]:
        """The forwarded remarks a letter in ``lang`` prints in another language, as they were written
        (a trial's Chinese letter printed 有会员提出：We support the draft overall …): a message each."""
        names = {"zh": "Chinese", "en": "English"}
        where = [(c, "on the whole draft") for c in self.general_remarks]
        where += [(c, f"with {i.position.citation}") for i in self.items if i.in_submission for c in i.forwarded]
        if not where:  # (no remark forwarded: the pairing's module is not loaded to tell their language)
            return ()
        from ..drafts.pairing import written_in

        return tuple(f"the member remark #{c.id} forwarded {at} is written in {names[written_in(c.body)]}, the letter in "
                     f"{names.get(lang, lang)}: it goes out as written (`lawcomment comment edit {c.id} --reason '…'` "
                     f"puts a translation in its place; `lawcomment comment forward {c.id} --undo` keeps it internal)"
                     for c, at in where if written_in(c.body) != lang)  # fmt: skip

    def submits(self, item: Item, bilingual: bool = False) -> bool:
        """Whether the submission prints ``item``: it has something to say in the draft's
        language (:attr:`Item.in_submission`) or, in a bilingual one, the committee gave a
        wording of the translation that changes it (one keeping the translation as it is, the
        committee's answer to a member's English wording it did not take, says nothing: a web
        trial's letter printed Article 5 unchanged in both languages, with no reason)."""
        if item.in_submission:
            return True
        side = self.translated(item) if bilingual else None
        return side is not None and any(w.decision is not None and _squash(w.text) != _squash(w.base) for w in side.wordings)

    def _wordings(self, item: Item, text: str) -> list[Wording]:
        """The members' wordings of the translation of ``item``, each as the whole unit when
        the 款 or item it rewords can be placed in it."""
        assert self.translation is not None
        from ..drafts.pairing import reworded

        tr = self.translation
        out = []
        for c in item.comments:
            if c.lang != tr.lang or c.status in INACTIVE or c.stance not in (Stance.AMEND, Stance.DELETE):
                continue
            unit = tr.units.get(c.anchor.eid or "")
            own = unit.text if unit is not None else ""
            new = "" if c.stance is Stance.DELETE else (c.proposed_text or "")
            where = cite(unit.eids[0], tr.lang) if unit else cite(c.anchor.eid or item.eid, tr.lang)
            whole = reworded(text, own, new) if unit is not None and c.anchor.eid != item.eid else None
            if whole is not None:
                own, new = text, whole
            out.append(Wording(where, own, new, (c.member,), c.id, None, c.body.strip()))
        return out

    def member_name(self, member_id: str) -> str:
        """The organisation's name, or the id when it has none."""
        m = self.members.get(member_id)
        return m.org if m is not None and m.org else member_id

    def member_names(self, members: tuple[str, ...], sep: str) -> str:
        """``sep.join`` of the members' :meth:`member_name` (joined once for each list of members)."""
        key = (sep, members)
        found = self._names.get(key)
        if found is None:
            shown = self._member_named
            if not shown and self.members:  # (each member's name as member_name gives it, made once)
                shown.update((k, m.org or k) for k, m in self.members.items())
            found = self._names[key] = sep.join(map(shown.get, members, members))  # (an unknown member: its id)
        return found

    def near_groups(self, item: Item) -> tuple[NearGroup, ...]:
        """The groups of near-duplicate comments on ``item`` (campaign copies, one proposal from
        several members), worked out for the whole draft on first use."""
        by_article = self.group_near_duplicates()
        return tuple(by_article.get(item.eid, ()))

    def group_near_duplicates(self) -> dict[str, list[NearGroup]]:
        """The near-duplicate groups by article: read from the store, or worked out now (for the
        whole draft, once), as the first :meth:`near_groups` would."""
        if self.near.by_article is None:
            from ..review.grouping import group_comments

            self.near.fill(group_comments(self.draft, self.comments, workers=self.workers), kept=False)
        assert self.near.by_article is not None
        return self.near.by_article

    def worked_out_groups(self) -> list[NearGroup] | None:
        """Every near-duplicate group, in law order, when this view worked them out itself (a
        review format asked): what ``lawcomment.consultation.keep_groups`` keeps for the next
        command. None when it did not, or read them from the store."""
        near = self.near
        if near.read is not None:  # the store has them, unread: nothing worked out here
            return None
        if near.by_article is None or near.kept or near.incomplete:  # (cut short: worked out again, and said, each time)
            return None
        return [g for groups in near.by_article.values() for g in groups]

    def group_decisions(self, item: Item) -> dict[str, tuple[int, ...]]:
        """Per group of ``item`` decided at once (``decide --group-of``), the ids of its decisions
        still in force."""
        from ..review.grouping import decided_groups

        return decided_groups(d for d in self.decisions if d.target == item.eid)

    def groups_of(self, item: Item) -> tuple[str, ...]:
        """Working groups of the members who commented on ``item``."""
        groups = self._member_groups
        if not groups and self.members:  # (each member's group, read once: 100,000 comments' members)
            groups.update((k, m.group) for k, m in self.members.items())
        found = set(map(groups.get, set(map(_MEMBER, item.comments))))  # (None: a member the view does not know)
        return tuple(sorted(g for g in found if g))

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(sorted({m.group for m in self.members.values() if m.group}))

    @property
    def unreviewed(self) -> tuple[Item, ...]:
        """Items with changes, conflicts or new units staff have not decided, in law order."""
        return tuple(i for i in self.items if i.unreviewed)

    @property
    def stale(self) -> tuple[str, ...]:
        """Every decision whose premises changed since it was made, as a message (the
        committee's wordings of the translation too)."""
        found = [m for i in self.items for m in i.stale]
        if self.translation is not None:
            found += [m for i in self.items for m in (self.translated(i) or Translated("", "", "", "")).stale]
        # a remark on the whole draft forwarded at the last reading too, and not forwarded again: the last
        # submission may have sent it already (as a remark with its article is said)
        found += [f"the member remark #{c.id} forwarded on the whole draft was carried from the last reading, where it was "
                  "forwarded too (the last submission may have sent it already): check it still applies before it "
                  f"goes out (`lawcomment comment forward {c.id}` sends it again, unsaid; `lawcomment comment forward "
                  f"{c.id} --undo` keeps it internal)" for c in self.general_remarks if c.id in self.general_sent_before]
        return tuple(found)

    def with_unreviewed(self, include: bool) -> Consultation:
        """This view submitting only what staff accepted (False) or also what nobody
        decided yet (True)."""
        if include == self.include_unreviewed:
            return self
        decided: dict[str, list[Decision]] = defaultdict(list)
        for d in self.decisions:
            decided[d.target].append(d)
        taken = article_eids(self.draft)
        items = tuple(build_item(i.eid, i.citation, i.label, i.kind, i.path, i.position, list(i.comments),
                            decided.get(i.eid, []), include, taken, self.lang, i.committee_reason,
                            self.near_groups(i) if i.credit or _group_decided(decided.get(i.eid, [])) else (),
                            i.reason_beside)
                      for i in self.items)  # fmt: skip
        return replace(self, items=items, include_unreviewed=include)



J = TypeVar("J")


#: Jobs from which :func:`write_apart` shares them out among workers (fewer are done in the process).
APART_FROM = 64
#: About what grouping one comment costs, in the units of :func:`write_apart`'s weights (a
#: comment's row or cells, rendered: one).
GROUPING_WEIGHT = 2


def apart_now(view: Consultation, jobs: int) -> bool:
    """Whether :func:`write_apart` would share ``jobs`` jobs out among the view's forked workers now:
    not inside a worker (a format made whole by one, beside others), nor while another call shares
    work out. A format that streams its pieces otherwise keeps doing so then (its bytes the same):
    write_apart would make them in the process, a run at a time."""
    from .. import workers

    return workers.forks(jobs, view.workers, min_jobs=APART_FROM) and not workers._one_at_a_time.locked()


def write_apart(view: Consultation, jobs: Sequence[J], render: Callable[[J], bytes], write: Callable[[bytes], object],
                *, weight: Callable[[J], int], unit: Callable[[J], str | None] | None = None,
                into: BinaryIO | None = None, lead: Sequence[int] = ()) -> None:  # fmt: skip
    """Write the pieces of a document, ``render(job)`` of each of ``jobs`` in turn, made by the
    view's forked workers (:func:`lawcomment.workers.map_chunks`; in the process itself with one
    worker, or inside another's): each renders a run of consecutive jobs (``weight(job)`` sizes the
    runs), and each piece is written as soon as those before it are. The jobs numbered in ``lead``
    (a long one the document ends with) are started first, and their pieces held until their turn:
    a long job last would be a run of its own that one worker works at while the other has none.

    A format that reads the near-duplicate groups gives ``unit(job)``: the unit whose groups the
    job shows (:meth:`Consultation.near_groups`), or None. When the view has none yet (neither
    worked out nor kept by the store), the workers work them out as the view would, each article's
    with the job that shows them (those of articles no job shows apart, after the jobs): once the
    document is written the view holds them all, worked out here, as after
    :meth:`Consultation.group_near_duplicates`. So grouping and rendering, a review page's two long
    parts, are shared out together.

    ``into``, the file ``write`` writes to, lets a worker leave its runs in a file of its own, which
    is copied into ``into`` in the kernel (:class:`_Spool`), not sent back through the workers' pipes
    (the review page's 53 MB at NPC scale: a tenth of a second of the parent's time).

    Jobs handed over by :func:`alongside` (other documents, each made whole, into a file of its own)
    are done by the same workers, before the pieces: one set of workers for several formats.

    With two workers and neither groups to work out nor jobs handed over, the process itself is one
    of the two, one worker forked beside it (:func:`_write_beside`): they make the pieces from both
    ends (``lead`` is moot: the worker starts with the last)."""
    from ..workers import map_chunks

    grouping: ArticleGroups | None = None
    articles: dict[int, tuple[str, list[Comment]]] = {}  # job -> the article it shows, with its comments
    apart: list[tuple[str, list[Comment]]] = []
    if unit is not None and view.near.by_article is None:  # (kept groups are read here, once for all workers)
        from ..review.grouping import ArticleGroups  # (here: a submission or a sheet groups nothing, nor loads rapidfuzz)

        grouping = ArticleGroups(view.draft)
        shown = {eid: n for n, job in enumerate(jobs) if (eid := unit(job)) is not None}
        for article in grouping.articles(view.comments):
            n = shown.get(article[0])
            if n is None:
                apart.append(article)
            else:
                articles[n] = article
    # each piece of work, numbered: a job (with the article it shows when the groups are worked out
    # here), or an article no job shows, grouped alone
    work: list[tuple[int, J | None, tuple[str, list[Comment]] | None]] = \
        [(n, job, articles.get(n)) for n, job in enumerate(jobs)]  # fmt: skip
    work += [(len(work) + k, None, article) for k, article in enumerate(apart)]
    if lead:
        first = set(lead)
        work = [w for w in work if w[0] in first] + [w for w in work if w[0] not in first]
    # the jobs handed over (taken: each done once), first, numbered below the pieces: the longest work
    # starts first, and the document's pieces are written in order after them. Not taken when the pieces
    # are too few to share out: the caller shares the jobs out itself
    handed = _ALONGSIDE.get()
    whole: dict[int, tuple[Callable[[], object], int]] = {}
    if handed and view.workers > 1 and len(work) + len(handed) >= APART_FROM:
        whole = {k - len(handed): job for k, job in enumerate(handed)}
        handed.clear()
        work[:0] = [(n, None, None) for n in whole]

    if grouping is None and not whole and view.workers == 2 and _write_beside(jobs, render, write, into):
        return

    def cost(piece: tuple[int, J | None, tuple[str, list[Comment]] | None]) -> int:
        n, job, article = piece
        if n < 0:
            return whole[n][1]
        grouped = GROUPING_WEIGHT * len(article[1]) if article is not None else 0
        return (weight(job) if job is not None else 0) + grouped

    spool = _Spool.of(into)

    def run(chunk: Sequence[tuple[int, J | None, tuple[str, list[Comment]] | None]]
            ) -> tuple[list[tuple[int, int]], bytes | tuple[str, int, int], list[NearGroup], list[str]]:  # fmt: skip
        found: list[NearGroup] = []
        stopped: list[str] = []
        if grouping is not None:
            found, stopped = grouping.compare([article for _, _, article in chunk if article is not None])
            # (a worker's own view: the groups its jobs show, in the order the view has them)
            view.near.fill(grouping.gathered([(found, stopped)]), kept=False)
        for n, _, _ in chunk:
            if n < 0:
                whole[n][0]()
        sizes: list[tuple[int, int]] = []  # each piece of the run: its number, its length in bytes

        def made() -> Iterator[bytes]:
            for n, job, _ in chunk:
                piece = render(job) if job is not None else b""
                sizes.append((n, len(piece)))
                yield piece

        data = spool.keep(made()) if spool is not None else b"".join(made())
        return sizes, data, found, stopped

    results: list[tuple[list[NearGroup], list[str]]] = []
    # pieces done before one ahead of them, by number: (the run's bytes or its place in a worker's file,
    # where the piece starts in it, its length)
    held: dict[int, tuple[bytes | tuple[str, int, int], int, int]] = {}
    at = -len(whole)

    def done(count: int, result: tuple[list[tuple[int, int]], bytes | tuple[str, int, int], list[NearGroup],
                                       list[str]]) -> None:  # fmt: skip
        nonlocal at
        sizes, data, found, stopped = result
        results.append((found, stopped))
        offset = 0
        for n, size in sizes:
            held[n] = (data, offset, size)
            offset += size
        # the pieces now in order written, those of one run that follow each other at once
        pending: tuple[bytes | tuple[str, int, int], int, int] | None = None
        while at in held:
            piece = held.pop(at)
            at += 1
            if pending is not None and pending[0] is piece[0] and pending[1] + pending[2] == piece[1]:
                pending = (pending[0], pending[1], pending[2] + piece[2])
                continue
            if pending is not None:
                _emit(pending, write, spool)
            pending = piece
        if pending is not None:
            _emit(pending, write, spool)

    try:
        map_chunks(run, work, workers=view.workers, weight=cost, done=done, min_jobs=APART_FROM)
    finally:
        if spool is not None:
            spool.close()
    if grouping is not None:
        view.near.fill(grouping.gathered(results), kept=False)


#: How many takes :func:`_write_beside` cuts the jobs into (each process takes one at a time).
BESIDE_TAKES = 256


def _write_beside(jobs: Sequence[J], render: Callable[[J], bytes], write: Callable[[bytes], object],
                  into: BinaryIO | None) -> bool:  # fmt: skip
    """:func:`write_apart`'s pieces made by this process and one forked worker (two workers: one
    beside the process, not two while it waits), from both ends, a few jobs at a time, until
    they meet (:class:`lawcomment.workers.Claims`): this process writes its pieces, the first
    ones, as it makes them; then the worker's, the rest, left in its file when ``into`` takes a
    spool (else sent back). A second process's copy of the pages it touches, and its caches made
    afresh, are paid once, not twice; a job the worker meets an error at is made here, where the
    error is raised. False (nothing written) when no worker is started: too few jobs, another
    thread, another call sharing work out."""
    import pickle

    from .. import workers

    total = len(jobs)
    if not workers.forks(total, 2, min_jobs=APART_FROM) or workers._one_at_a_time.locked():
        return False
    spool = _Spool.of(into)
    most = max(1, total // BESIDE_TAKES)
    try:
        with workers.Claims(total) as claims:

            def work() -> bytes:  # (in the worker: its runs, the last first, each where it left it or its bytes)
                runs: list[tuple[int, bytes | tuple[str, int, int]]] = []
                while (got := claims.back(most)) is not None:
                    pieces = (render(jobs[n]) for n in range(*got))
                    runs.append((got[0], spool.keep(pieces) if spool is not None else b"".join(pieces)))
                return pickle.dumps(runs, pickle.HIGHEST_PROTOCOL)

            worker = workers.beside(work)
            if worker is None:
                return False
            split = 0  # (the first job the worker took: the jobs before it are made here)
            with worker:
                while (got := claims.front(most)) is not None:
                    for n in range(*got):
                        piece = render(jobs[n])
                        if piece:
                            write(piece)
                    split = got[1]
                sent = worker.result()
        if sent is None:  # (what it met, met here)
            for n in range(split, total):
                piece = render(jobs[n])
                if piece:
                    write(piece)
            return True
        for _, data in reversed(pickle.loads(sent)):  # noqa: S301 (our own worker's, through our own pipe)
            _emit((data, 0, data[2] if isinstance(data, tuple) else len(data)), write, spool)
        return True
    finally:
        if spool is not None:
            spool.close()


def _emit(piece: tuple[bytes | tuple[str, int, int], int, int], write: Callable[[bytes], object],
          spool: _Spool | None) -> None:
    """Write ``piece`` (a run's bytes or its place in a worker's file, where the piece starts in it,
    its length), as :func:`write_apart` writes the pieces of a run."""
    data, start, size = piece
    if not size:
        return
    if isinstance(data, tuple):
        path, at, _ = data
        spool.copy((path, at + start, size))  # type: ignore[union-attr]  # (only a spool's runs are left in files)
    else:
        write(data if start == 0 and size == len(data) else data[start:start + size])


#: The jobs :func:`alongside` hands to the next :func:`write_apart`: each makes a document of its own
#: (returning nothing), with about what it costs in write_apart's weights.
_ALONGSIDE: ContextVar[list[tuple[Callable[[], object], int]] | None] = ContextVar("alongside", default=None)


@contextmanager
def alongside(jobs: Sequence[tuple[Callable[[], object], int]]) -> Iterator[list[tuple[Callable[[], object], int]]]:
    """Hand ``jobs`` (each making a document of its own, with about what it costs in
    :func:`write_apart`'s weights) to the next write_apart in the block, which does them with its
    own pieces on the same workers. Gives the list of those not taken (a format that never called
    write_apart, or none in the block), for the caller to do itself."""
    left = list(jobs)
    token = _ALONGSIDE.set(left)
    try:
        yield left
    finally:
        _ALONGSIDE.reset(token)


class _Spool:
    """Where :func:`write_apart`'s workers leave the runs they make: each in a file of its own in a
    folder of the process's, appended run after run, which the process copies into the document
    (``into``) in the kernel, never through a pipe, a pickle and a buffer or two of its own. Runs
    made in the process itself (one worker) are written as they are."""

    def __init__(self, into: BinaryIO, fd: int) -> None:
        import tempfile

        self.into, self.fd, self.parent = into, fd, os.getpid()
        self.folder = tempfile.mkdtemp(prefix="lawcomment-runs-")
        self.files: dict[str, int] = {}  # a worker's file -> the process's descriptor of it

    @classmethod
    def of(cls, into: BinaryIO | None) -> _Spool | None:
        """A spool for ``into`` when it is a regular file of the system's (not a BytesIO, a pipe or
        a terminal), else None."""
        from .. import workers

        if into is None or not hasattr(os, "copy_file_range"):
            return None
        # inside a worker (a format made whole by one), or while another call shares work out, nothing is
        # forked here: no folder made, none left behind by a worker the parent kills
        if workers._one_at_a_time.locked():
            return None
        try:
            fd = into.fileno()
            regular = stat.S_ISREG(os.fstat(fd).st_mode) and into.seekable()
        except (OSError, AttributeError, ValueError):  # (io.UnsupportedOperation is an OSError)
            return None
        return cls(into, fd) if regular else None

    def keep(self, pieces: Iterable[bytes]) -> bytes | tuple[str, int, int]:
        """In a worker: ``pieces`` appended to its file, and where they are (its name, the run's
        start and length); in the process itself, the pieces joined."""
        if os.getpid() == self.parent:
            return b"".join(pieces)
        path = os.path.join(self.folder, str(os.getpid()))
        with open(path, "ab") as out:
            start = out.tell()
            for piece in pieces:
                out.write(piece)
            return path, start, out.tell() - start

    def copy(self, run: tuple[str, int, int]) -> None:
        """A worker's run, from its file to the end of ``into`` (flushed first)."""
        path, start, length = run
        fd = self.files.get(path)
        if fd is None:
            fd = self.files[path] = os.open(path, os.O_RDONLY)
        self.into.flush()
        while length > 0:
            try:
                copied = os.copy_file_range(fd, self.fd, length, start)
            except OSError:  # (a kernel or file system that does not: the bytes read and written)
                copied = 0
            if copied <= 0:
                copied = os.write(self.fd, os.pread(fd, min(length, 1 << 24), start))
            start += copied
            length -= copied
        self.into.seek(0, os.SEEK_END)  # (the file's writer told where its end now is)

    def close(self) -> None:
        import shutil

        for fd in self.files.values():
            os.close(fd)
        if os.getpid() == self.parent:
            shutil.rmtree(self.folder, ignore_errors=True)


def deletes_whole(segments: Sequence[tuple[str, str, tuple[str, ...]]]) -> bool:
    """Whether :meth:`Item.segments` take the whole unit out (:attr:`Item.deleted`), for a caller
    that has them already."""
    return any(k == "del" for k, _, _ in segments) and all(k == "del" for k, t, _ in segments if t)


def opened(items: list[Item]) -> list[tuple[Item, list[tuple[int, Unit]]]]:
    """Each item with the containers (depth, unit) to print before it: those of its path not
    printed just before, so a chapter heading appears once for a run of its articles."""
    shown: list[str] = []
    out: list[tuple[Item, list[tuple[int, Unit]]]] = []
    for item in items:
        new: list[tuple[int, Unit]] = []
        for depth, unit in enumerate(item.path):
            if depth < len(shown) and shown[depth] == unit.eid:
                continue
            del shown[depth:]
            shown.append(unit.eid)
            new.append((depth, unit))
        del shown[len(item.path):]
        out.append((item, new))
    return out


def _status(pos: UnitPosition, comments: list[Comment], changed: bool) -> ItemStatus:
    if pos.unresolved:
        return ItemStatus.CONFLICT
    if changed:
        return ItemStatus.AMENDED
    return ItemStatus.COMMENTED if comments or pos.proposals else ItemStatus.UNCHANGED


def _keep(include: bool) -> tuple[str, ...]:
    return ("accepted", "proposed") if include else ("accepted",)


def _supporters(pos: UnitPosition, supporting: list[str], include: bool,
                credit: Mapping[tuple[int, int, str], tuple[str, ...]]) -> tuple[str, ...]:  # fmt: skip
    """Members whose wording is in the submitted position (with every member of a group of
    near-duplicates whose wording staff took, ``decide --group-of``: ``credit``), then members
    who support the unit as is (``supporting``: the members of its comments of that stance)."""
    found: list[str] = []
    if pos.final is not None:
        found += [m for p in pos.merge.proposals for m in p.supporters]
    else:
        for c in pos.changes:
            if c.state in _keep(include):
                ch = c.change
                found += [*ch.supporters, *credit.get((ch.start, ch.end, ch.new), ())]
        for x in pos.conflicts:
            if x.chosen:
                cx, alt = x.conflict, x.conflict.alternatives[x.chosen - 1]
                found += [*alt.supporters, *credit.get((cx.start, cx.end, alt.text), ())]
    for ins in pos.submitted_insertions(submitted=not include):
        found += [*ins.supporters, *credit.get((-1, -1, ins.text), ())]
    found += supporting
    return tuple(dict.fromkeys(found))


def _group_decided(decisions: Sequence[Decision]) -> bool:
    return any('"group"' in (d.premise or "") and d.revoked_at is None for d in decisions)


def _group_credit(pos: UnitPosition, decisions: Sequence[Decision],
                  groups: Sequence[NearGroup]) -> dict[tuple[int, int, str], tuple[str, ...]]:  # fmt: skip
    """Per piece a group decision (``decide --group-of``, in force) took: the members of that
    group as it stands now (``groups``, the unit's near-duplicate groups), so a member who
    withdrew or reworded its copy since is no longer credited, and a later copy is."""
    if not decisions:
        return {}
    from ..review.grouping import group_premise

    named: dict[int, set[int]] = {}
    for d in decisions:
        found = group_premise(d) if d.action in ("accept", "choose") else None
        if found is not None and found[0].lstrip("g").isdigit():
            named[d.id] = {int(found[0].lstrip("g")), *found[1]}
    if not named:
        return {}
    wordings = [g for g in groups if g.kind in ("wording", "insert")]

    def members(decision: int | None) -> tuple[str, ...]:
        ids = named.get(decision or 0)
        if not ids:
            return ()
        # the group now holding the decision's representative, else the most of its comments
        best = max(wordings, key=lambda g: (g.representative in ids, len(ids & set(g.comments))), default=None)
        return best.members if best is not None and ids & set(best.comments) else ()

    out: dict[tuple[int, int, str], tuple[str, ...]] = {}
    for c in pos.changes:
        if (who := members(c.decision)) and c.state == "accepted":
            out[(c.change.start, c.change.end, c.change.new)] = who
    for x in pos.conflicts:
        if x.chosen and (who := members(x.decision)):
            alt = x.conflict.alternatives[x.chosen - 1]
            out[(x.conflict.start, x.conflict.end, alt.text)] = who
    for ins in pos.insertions:
        if (who := members(ins.decision)) and ins.state == "accepted":
            out[(-1, -1, ins.text)] = who
    return out


def _submitted_comments(pos: UnitPosition, include: bool) -> set[int]:
    """Ids of the proposing comments whose wording is in the submitted position (with
    ``include``, also those of an unresolved conflict's alternatives, which it lists)."""
    ids: list[str] = []
    if pos.final is not None:
        ids += [p.id for p in pos.merge.proposals]
    else:
        ids += [p for c in pos.changes if c.state in _keep(include) for p in c.change.proposals]
        for x in pos.conflicts:
            alts = x.conflict.alternatives
            if x.chosen:
                ids += alts[x.chosen - 1].proposals
            elif x.chosen is None and include:
                ids += [p for a in alts for p in a.proposals]
    found = {int(part[1:]) for pid in ids for part in pid.split("+") if part[1:].isdigit()}
    return found | {c for ins in pos.submitted_insertions(submitted=not include) for c in ins.comments}


def _reasons(pos: UnitPosition, said: dict[str, str], decisions: list[Decision]) -> tuple[tuple[str, str], ...]:
    """What members said (each text once): ``said``, each text of the unit's comments that
    :func:`build_item` keeps with its member (the reasons of the proposals the submission follows
    and, with ``include``, of the unresolved alternatives it lists; every question and remark),
    then the committee's reasons for the decisions it follows.

    Reasons of proposals that do not go out stay in the comments, not here.
    """
    used = {d for d in (pos.final.id if pos.final else None, *(c.decision for c in pos.changes),
                        *(x.decision for x in pos.conflicts), *(i.decision for i in pos.insertions)) if d}  # fmt: skip
    for d in decisions:
        if d.id in used and d.reason.strip() and d.action != "reject":
            said.setdefault(d.reason.strip(), "")
    return tuple(zip(said.values(), said.keys()))


def _squash(text: str) -> str:
    return " ".join(text.split())


_ARTICLE_EID = re.compile(r"art_(\d+)(?:-(\d+))?")


def article_eids(draft: Draft) -> frozenset[str]:
    return frozenset(v.unit.eid for v in draft.articles())


def _new_units(eid: str, kind: Kind, insertions: tuple[Insertion, ...], lang: str,
               taken: AbstractSet[str], label: str = "") -> tuple[NewUnit, ...]:  # fmt: skip
    """Number the new units after ``eid`` as the NPC does: 第十二条之一, 之二 … (skipping
    numbers ``taken``: the draft's own, and those the view gave new units before), and a bill's
    sections and articles as the amendment instrument numbers them (Section 5A after Section 5,
    Section 5B after Section 5A, Article 5a after Article 5, as ``label`` reads); units after a
    heading get no number."""
    found = _ARTICLE_EID.fullmatch(eid) if kind is Kind.ARTICLE else None
    out = []
    k = int(found[2] or 0) if found else 0
    for ins in insertions:
        if found is None:
            out.append(NewUnit("", "", ins))
            continue
        k += 1
        while f"art_{found[1]}-{k}" in taken:
            k += 1
        new = f"art_{found[1]}-{k}"
        # (after a section with a letter too: Section 1B after Section 1A, never Article 1-2; an English
        # law's new article as its instrument numbers it, Article 5a, never Article 5-1 there and 5a here)
        noun = label.split()[0] if label.strip() else ""
        own = lang == "en" and noun.lower() in ("section", "article") and k <= 26
        out.append(NewUnit(f"{noun} {lettered(f'{found[1]}-{k}', noun.lower() == 'section')}" if own else cite(new, lang),
                           new, ins))  # fmt: skip
    return tuple(out)


def numbered_apart(items: tuple[Item, ...], draft: Draft, lang: str) -> tuple[Item, ...]:
    """``items`` (in law order) with their new units numbered apart: each takes the next number
    free after its article that neither the draft nor a new unit before it has, as the amendment
    instrument numbers them (after 第一条 and after 第一条之一: 第一条之二 and 第一条之三)."""
    if sum(1 for i in items for u in i.new_units if u.eid) < 2:
        return items
    taken = set(article_eids(draft))
    out = []
    for item in items:
        if any(u.eid for u in item.new_units):
            units = _new_units(item.eid, item.kind, tuple(u.insertion for u in item.new_units), lang, taken, item.label)
            taken.update(u.eid for u in units if u.eid)
            if units != item.new_units:
                item = replace(item, new_units=units)
        out.append(item)
    return tuple(out)


def build_item(eid: str, citation: str, label: str, kind: Kind, path: tuple[Unit, ...], pos: UnitPosition,
          comments: list[Comment], decisions: list[Decision], include: bool, taken: frozenset[str],
          lang: str, committee_reason: str = "", groups: Sequence[NearGroup] = (),
          reason_beside: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())) -> Item:  # fmt: skip
    """One item of a view that submits only accepted pieces, or (``include``) unreviewed ones too;
    ``groups``, the unit's near-duplicate groups, are needed where a group decision stands;
    ``reason_beside``, what :func:`reason_given_beside` found for its committee reason."""
    credit = _group_credit(pos, decisions, groups)
    submitted = pos.submitted_insertions(submitted=not include)
    changed = (pos.text if include else pos.submitted_text) != pos.base or bool(submitted)
    answered = {d.subject for d in decisions if d.action == "text" and d.subject in TRANSLATIONS and d.revoked_at is None}
    # the comments read once for all they give (an article of a large consultation has thousands): the
    # remarks forwarded, and the members' wordings of the translation the committee has not answered
    # (who supports the unit and what members said: :attr:`Item.supporters`, :attr:`Item.reasons`, on first use)
    amend, delete = Stance.AMEND, Stance.DELETE
    forwarded: list[Comment] = []
    translation_open: list[int] = []
    for c in comments:
        stance = c.stance
        if c.forwarded and c.body.strip():
            forwarded.append(c)
        if c.lang and c.status not in INACTIVE and (
                (stance is amend or stance is delete) and c.lang not in answered or stance is Stance.INSERT):  # fmt: skip
            # (a new provision of the translation waits for its words in the draft's language: comment translate)
            translation_open.append(c.id)
    # a reason is left out when nothing of the unit goes out and none of the committee's decisions
    # on it (the translation's wording is its own) applies: it argued for what is no longer there
    ours = [d for d in decisions if d.subject not in TRANSLATIONS]
    # and so is one given beside changes undone or rejected since, when nothing goes out
    reason_applies = not (committee_reason.strip() and not changed and (ours and not applied_decisions(pos)
                                                                        or reason_beside[0]))  # fmt: skip
    return Item(eid, citation, label, kind, path, pos, tuple(comments), _status(pos, comments, changed), include,
                _new_units(eid, kind, submitted, lang, taken, label), committee_reason, tuple(forwarded),
                tuple(credit.items()), reason_applies, reason_beside, tuple(translation_open),
                decisions=tuple(decisions))  # fmt: skip


def numbers_apart(base: str, translated: str, text: str, wording: str) -> str | None:
    """What the numbers, dates and citations of a unit's ``text`` and of the committee's
    ``wording`` of its translation disagree on (``十万`` in one, ``100,000`` in the other), when the
    draft's ``base`` and the translation's words (``translated``) agreed on them; None when they
    agree, or already disagreed (the translators' own way of putting them is not the committee's
    to answer for). A trial's committee changed 十万 to 一万 after giving its English wording."""
    from ..drafts.pairing import cues

    ours, theirs = cues(text), cues(wording)
    if ours == theirs or cues(base) != cues(translated):
        return None

    def shown(found: Counter[str]) -> str:
        # (a year as written, 2027, never 2,027)
        return ", ".join((f"{int(c):,}" if int(c) >= 10_000 else c) if c.isdigit() else c.replace("art:", "Article ")
                         for c in sorted(found))  # fmt: skip

    only_ours, only_theirs = ours - theirs, theirs - ours
    said = [f"{shown(only_ours)} only in the draft's language"] if only_ours else []
    said += [f"{shown(only_theirs)} only in the translation"] if only_theirs else []
    return "; ".join(said)


def _ids(decisions: tuple[int, ...]) -> str:
    return ", ".join(f"#{d}" for d in decisions)


def reason_given_beside(given: str, history: Sequence[Decision],
                        ignored: Collection[int] = ()) -> tuple[tuple[int, ...], tuple[int, ...]]:  # fmt: skip
    """The decisions of ``history`` (a unit's, undone ones too) that proposed a change (accepted
    one, chose a wording other than the draft's, gave a final wording or accepted a new unit)
    and stood when the committee reason was given (at ``given``), then stopped standing (undone,
    replaced by a newer decision on the same thing, :func:`decided_on`, or among ``ignored``: the
    merge ignores them, the proposals they took replaced or edited since the reason was given, as
    the caller finds): those that surely
    stood then, and those that may have (they stopped in the very second the reason was given,
    as a script's commands do: their order is not known). :func:`build_item` leaves the reason
    out, or warns, when nothing of the unit goes out: the reason argued for them; and warns when
    other changes go out (a trial of 野生动物保护法: 将疫源疫病情况纳入调查监测内容 printed beside the deletion
    of another 项, the 、疫源疫病 it argued for replaced by its member)."""
    surely: list[int] = []
    perhaps: list[int] = []

    def proposes(d: Decision) -> bool:
        return d.action == "accept" or d.action in ("choose", "text") and (d.new or "") != (d.old or "")

    for d in history:
        if d.subject in TRANSLATIONS or d.created > given:
            continue
        about = decided_on(d)
        if not proposes(d):
            # one turning the change down, replaced since by one taking it that stands: the reason argued
            # against what now goes out (a trial: 原文已足够 printed beside the change a colleague accepted
            # later); one that rejected it again since leaves the reason the draft's, as given
            standing = max((e for e in history if e.id > d.id and decided_on(e) == about and e.revoked_at is None),
                           key=lambda e: e.id, default=None)  # fmt: skip
            if standing is not None and proposes(standing) and standing.created > given:
                surely.append(d.id)
            continue
        stops = [e.created for e in history if e.id > d.id and decided_on(e) == about]
        if d.revoked_at is not None:
            stops.append(d.revoked_at)
        elif d.id in ignored and not stops:  # standing, but matching no proposal since the reason was given
            surely.append(d.id)
            continue
        ended = min(stops, default=None)
        if ended is not None and ended > given:
            surely.append(d.id)
        elif ended == given:
            perhaps.append(d.id)
    return tuple(surely), tuple(perhaps)


def citation_of(eid: str, unit: Unit, lang: str, draft: Draft | None = None) -> str:
    """第十条 / Article 10: how the submission names a unit (its label when the eid has no citation);
    with its ``draft``, an English draft's unit as its labels cite it (a bill's Section 5A)."""
    found = law_citation(draft, eid, lang) if draft is not None and lang == "en" else cite(eid, lang)
    return unit.label if found == eid and unit.label else found


def unit_paths(draft: Draft) -> dict[str, tuple[Unit, ...]]:
    out: dict[str, tuple[Unit, ...]] = {}

    def visit(unit: Unit, path: tuple[Unit, ...]) -> None:
        out[unit.eid] = path
        if unit.kind.is_container:
            for child in unit.children:
                visit(child, (*path, unit))

    for u in draft.units:
        visit(u, ())
    return out


def _ends(quote: str, most: int = 40) -> str:
    """A long quote as a warning names it: its first and last words with … between (a quote
    across two paragraphs printed 1,200 characters in every export's warning); whole words
    in English."""
    quote = " ".join(quote.split())
    if len(quote) <= most:
        return quote
    head, tail = quote[:most // 2], quote[-(most // 2):]
    if head.isascii() and " " in head:
        head = head.rsplit(" ", 1)[0]
    if tail.isascii() and " " in tail:
        tail = tail.split(" ", 1)[1]
    return f"{head} … {tail}" if head.isascii() else f"{head}…{tail}"
