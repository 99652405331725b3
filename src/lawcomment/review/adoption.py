"""Which proposals, and how much of the committee position, did the new version adopt?

Each change is judged at its place in the aligned new article (see :class:`Judge`): a
proposal is adopted, partly adopted (with the share), not adopted, or its article deleted.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import LCSseq

from ..comments import INACTIVE, STAFF_PLACED, Comment, Member, Stance, Status
from ..drafts.anchors import cite, describe, unit_index, unit_spans
from ..drafts.serialize import body_separator
from ..model import Draft, Kind, Unit
from .align import (_TOKEN, CITATION, MERGED_HINT, Alignment, VersionChange, citations, closest_unit, fold,
                    part_holding, piece_of, render_citation, renumber, with_merges)
from .merge import ITEM_LABEL
from .phrases import NUMERAL, list_entries, quantities
from .position import TWIN, Piece, numbered, placed
from .rebase import BENDS, CLOSE_LONGER, changed_in_its_word, said_already_in, plain_form, made_in_part, opens_rewrite, own_clause, put_in_between, put_in_with_own_words, range_written, fine_at_place, relabels, replaced_beside, said_already, same_party, replaced_by, slides, version_diff, written_as_asked, asked_places
from .redline import Op, OpKind, Span, diff, finer_spans, similarity, splice, tokens

if TYPE_CHECKING:
    from .position import UnitPosition

ADOPTION_SCHEMA = "lawcomment.adoption/1"
PROPOSING = (Stance.AMEND, Stance.DELETE, Stance.INSERT)
_CONTEXT = 6  # characters of old text on each side of a change that are judged with it
_NEAR = 2  # a new article counts when added within this many places of where it was proposed
_SAME = 0.6  # token-bigram similarity at which an added article reads as the proposed one
#: ... at which sentences written into an article already there read as the proposed provision:
#: higher, as a sentence is short and an article's neighbours share its words (经营者应当依法纳税。
#: and 经营者应当依法办理登记。 are 0.6 alike); 依托第三方开展客户尽职调查的 for 依托第三方识别客户身份的 is 0.83
_SAME_SENTENCES = 0.8
#: The characters (marks aside) of a clause asked that a provision the new version wrote without it
#: is said to leave out: a clause, not a word the new version put otherwise.
LEFT_OUT = 6
_MARKS = "，。；：、,.;: \n"
_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0  # exact shortest edits: regions are a few dozen tokens


class Adoption(StrEnum):
    ADOPTED = "adopted"
    PARTLY = "partly adopted"
    NOT_ADOPTED = "not adopted"
    ARTICLE_DELETED = "article deleted"


@dataclass(frozen=True, slots=True)
class Outcome:
    """One proposal and what became of it: ``present`` of its ``changes`` were made at their
    place in the new text."""

    comment: Comment
    state: Adoption
    changes: int
    present: int
    old_citation: str
    new_citation: str
    in_part: int = 0  # of the others, those the new version made in part (see Judge.made)
    # an article deleted: the unit of the new version that reads most like it, and how much
    # (review.align.closest_unit), for staff to judge whether the law merged it there
    closest: tuple[str, float] | None = None
    # an article deleted: the unit of the new version that has, word for word, the words it puts in
    words_in: str | None = None
    # adopted as the new version deleted the whole article, of which the proposal asked only some
    # words gone (the rest with them: staff see the law went further than the member asked)
    with_article: bool = False
    # adopted, a 款 it asked deleted: the unit of the new version outside the article that reads much
    # like that 款 (moved there, reworded a little: 会计法 2017 第八条第三款 → 2024 第四十九条), for staff
    # to see the law took it out of the article, not out of the law
    moved_to: str | None = None
    # adopted otherwise than word for word at the place asked (:class:`Otherwise`): what differs, said
    otherwise: Otherwise | None = None
    # each fine (or other quantity with its bounds) asked that the new version set otherwise at its place:
    # (the one asked, the one written), so a verdict of partly adopted or not adopted says what differs
    fines: tuple[tuple[str, str], ...] = ()
    # each change not made whose very words (or very place) the new version rewrote: (the words there as
    # asked, as written), so that staff see a change the law may have made in other words
    instead: tuple[tuple[str, str], ...] = ()
    # a provision the new version wrote without some of its words: the clauses it left out (对非正常申请的
    # 认定，应当给予申请人陈述意见的机会, asked in a new 诚实信用 article: 专利法实施细则 2023 第十一条, a trial)
    left_out: tuple[str, ...] = ()
    # a new article not adopted: the new version's words that read much like it (:func:`reads_like`:
    # its words, shortened; where; how alike), for staff to judge whether it was adopted in other words
    # (反垄断法 2007 第十四条之一 asked, 2022 第十八条第三款 with a condition added, a trial)
    alike: Alike | None = None
    # adopted, the new version's words around the changes (each of its changes made, and more): the words it
    # wrote that the proposal has not, when few and short (、个人隐私 and 依法 around 和个人信息 asked:
    # 反垄断法 2022 第四十九条, a trial read "adopted" as word for word); ``also_more``: more than that
    also: tuple[str, ...] = ()
    also_more: bool = False
    # adopted, the new article's other words those other members' proposals on it asked (the committee position
    # made whole: a trial read "the new version wrote more words of its own" of 2024 第三十四条, word for word it)
    also_others: bool = False
    # an article the alignment deleted, this proposal's changes made in the unit of the new version that
    # reads like it (review.align.with_merges): that unit, and how alike, so that staff check the place
    # (矿产资源法 2009 第二十九条's wording, word for word in 2024 第三十九条第一款: a trial read "article deleted")
    merged: tuple[str, float | None] | None = None
    merged_unit: str | None = None  # ... that unit's eid
    # adopted where staff moved the proposal's copy in the new version (placed_by_staff): that unit's citation
    placed: str | None = None
    # its changes all in a 款 (or 项) the new version moved to another article (Judge.moved_unit), judged there:
    # (that old unit's citation, the new one's, how alike), for staff to check the place
    moved: tuple[str, str, float] | None = None
    # words it puts in that its copy carried into the new version was flagged as perhaps said there already, in
    # other words (rebase.SAID_ALREADY, placed_by_staff), or that the judge found so of a change not made, nothing
    # written at its place (Judge.said_otherwise): (the new version's words, the unit holding them, how much of the
    # words put in they hold in order), for staff to check whether it was adopted so
    said: tuple[str, str, float] | None = None

    @property
    def share(self) -> float:
        return self.present / self.changes if self.changes else 0.0

    def to_dict(self, members: dict[str, Member]) -> dict[str, object]:
        m = members.get(self.comment.member)
        return {"comment": self.comment.id, "member": self.comment.member, "group": m.group if m else "",
                "stance": str(self.comment.stance), "old": self.old_citation, "new": self.new_citation,
                "state": str(self.state), "changes": self.changes, "present": self.present,
                "in_part": self.in_part, "share": round(self.share, 3),
                **({"closest": {"new": self.closest[0], "similarity": round(self.closest[1], 2)}}
                   if self.closest is not None else {}),
                **({"words_in": self.words_in} if self.words_in is not None else {}),
                **({"moved_to": self.moved_to} if self.moved_to is not None else {}),
                **({"with_article": True} if self.with_article else {}),
                **({"otherwise": self.otherwise.to_dict()} if self.otherwise is not None else {}),
                **({"fines": _fines_dict(self.fines)} if self.fines else {}),
                **({"instead": _fines_dict(self.instead)} if self.instead else {}),
                **({"left_out": list(self.left_out)} if self.left_out else {}),
                **({"alike": self.alike.to_dict()} if self.alike is not None else {}),
                **({"also": list(self.also)} if self.also else {}), **({"also_more": True} if self.also_more else {}),
                **({"also_others": True} if self.also_others else {}),
                **({"merged": _merged_dict(self.merged)} if self.merged is not None else {}),
                **({"placed": self.placed} if self.placed is not None else {}),
                **({"moved": {"old": self.moved[0], "new": self.moved[1], "similarity": round(self.moved[2], 2)}}
                   if self.moved is not None else {}),
                **({"said": {"words": self.said[0], "in": self.said[1], "share": round(self.said[2], 2)}}
                   if self.said is not None else {})}  # fmt: skip


def _merged_dict(merged: tuple[str, float | None]) -> dict[str, object]:
    return {"new": merged[0], **({"similarity": round(merged[1], 2)} if merged[1] is not None else {})}


def where_note(o: Outcome, lang: str = "en") -> str:
    """What the report says of a verdict judged where an article the alignment deleted may have gone
    (:attr:`Outcome.merged`), or made where staff placed the proposal (:attr:`Outcome.placed`), in
    brackets; "" for neither."""
    said = _merged_note(o.merged, lang) if o.merged is not None else ""
    return said + (_TEXT[lang]["placed"].format(where=_cited(o.placed, lang)) if o.placed is not None else "")


def placed_by_staff(found: Iterable[Outcome], copies: Mapping[int, Comment], new: Draft) -> list[Outcome]:
    """``found`` with each proposal whose copy in ``new`` staff moved to a unit where the new version
    made its changes (``comment edit --at``: the copy adopted there, its note ending STAFF_PLACED)
    adopted there, said: the report never says "article deleted" of a proposal its own copy shows
    adopted (a trial); and each proposal whose copy the carry flagged as putting in words the new version
    may say already, in other words, with that hint (:attr:`Outcome.said`: the report said nothing of it,
    a review). ``copies``: each comment's id → its copy carried into ``new``."""
    lang = "en" if new.profile.startswith("en") else "zh"
    out = []
    for o in found:
        copy = copies.get(o.comment.id)
        if copy is not None and copy.note and (said := said_already_in(copy.note)) is not None:
            o = replace(o, said=said)
        if copy is not None and copy.status is Status.ADOPTED and copy.note.endswith(STAFF_PLACED) and \
                copy.anchor.eid and o.state is not Adoption.ADOPTED:  # fmt: skip
            where = describe(copy.anchor.eid, lang, new)
            o = replace(o, state=Adoption.ADOPTED, present=o.changes, in_part=0, new_citation=where, closest=None,
                        words_in=None, merged=None, merged_unit=None, placed=where, said=None, instead=())  # fmt: skip
        elif copy is not None and copy.stance is Stance.DELETE and copy.status is Status.OPEN and copy.anchor.eid and \
                copy.note.endswith(f"{Status.ADOPTED} until staff edited it") and o.state is Adoption.ADOPTED and \
                copy.anchor.eid in unit_index(new):  # fmt: skip
            # a deletion found made (its article deleted) whose copy staff moved onto a unit the new version has,
            # where the words went: not made, as the copy now says (反洗钱法 2006 第三十六条, in 2024 第二条第二款: the
            # report said adopted, the copy open, a trial)
            o = replace(o, state=Adoption.NOT_ADOPTED, present=0, in_part=0, new_citation=describe(copy.anchor.eid, lang, new),
                        closest=None, words_in=None, with_article=False, merged=None, merged_unit=None)  # fmt: skip
        out.append(o)
    return out


def _merged_note(merged: tuple[str, float | None], lang: str) -> str:
    """What the report says of a verdict judged where an article the alignment deleted may have gone."""
    t = _TEXT[lang]
    if merged[1] is None:
        return t["merged_words"].format(where=_cited(merged[0], lang))
    return t["merged"].format(where=_cited(merged[0], lang), s=merged[1])


def _fines_dict(fines: Sequence[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"asked": asked, "written": written} for asked, written in fines]


def quoted(text: str) -> str:
    """``text`` in 「」 as a report quotes it: words of two 款 (or 项) each quoted on their own, ⏎
    where one ends and the next begins (「。」⏎「违反前款规定的，处三万元以上」), never a line break
    inside a quote, which split the report's line (a change made across the 款 a new version split
    its article into); a 款 ending or beginning the words, ⏎ after or before them (「；」⏎)."""
    if not text:  # (words written where there were none: 「」, as before)
        return "「」"
    return "⏎".join(f"「{part}」" if part else "" for part in text.split("\n"))


def fines_note(fines: Sequence[tuple[str, str]], lang: str = "en") -> str:
    """What the new version has at the place of each fine asked, in brackets, to follow a verdict
    (`` (the new version has 「二十万元以下」 where 「二万元以上二十万元以下」 was asked)``); "" for none."""
    if not fines:
        return ""
    if lang == "zh":
        return "（" + "；".join(f"建议为{quoted(a)}，新版本规定为{quoted(w)}" for a, w in fines) + "）"
    # (has, not set: the new version may have kept the old one, 百分之十以下 where 百分之五以下 was asked, a trial)
    return " (" + "; ".join(f"the new version has {quoted(w)} where {quoted(a)} was asked" for a, w in fines) + ")"


def instead_note(instead: Sequence[tuple[str, str]], lang: str = "en") -> str:
    """What the new version wrote where each change not made asked other words, in brackets, to follow
    a verdict (`` (the new version wrote 「足以实质性替代…」 where 「实质性替代…提供的…」 was asked: check
    whether it was adopted in other words)``); "" for none."""
    if not instead:
        return ""
    # (the prompt only where the words read alike: 「严重」 asked, a clause written there, is another change)
    alike = any(similarity(a, w) >= _INSTEAD_ALIKE for a, w in instead)
    if lang == "zh":
        return "（" + "；".join(f"建议为{quoted(a)}，新版本写为{quoted(w)}" for a, w in instead) + \
            ("：请核对是否已以其他文字采纳）" if alike else "）")
    return " (" + "; ".join(f"the new version wrote {quoted(w)} where {quoted(a)} was asked" for a, w in instead) + \
        (": check whether it was adopted in other words)" if alike else ")")


def left_out_note(left_out: Sequence[str], lang: str = "en") -> str:
    """The clauses of a provision asked that the new version wrote it without, in brackets, to follow
    a verdict (`` (written without 「对非正常申请的认定，应当给予申请人陈述意见的机会」)``); "" for none."""
    if not left_out:
        return ""
    said = "、".join(quoted(x) for x in left_out)
    return f"（新版本未写入{said}）" if lang == "zh" else f" (written without {said})"


@dataclass(frozen=True, slots=True)
class Otherwise:
    """How the new version made a change otherwise than word for word at the place asked, said so
    that a verdict of adopted hides nothing: ``placed``, the unit of the new version a 款 or 项 put
    in stands as, word for word, at another place in its article (专利法实施细则 2023 第四条第二款, a 款
    asked last); ``added``, words the new version wrote amid the words asked that only name them
    (（以下统称电子形式）, 2023 第二条); ``written``, characters it wrote in another width or spacing
    (asked → written: 「,」 → 「，」)."""

    placed: str | None = None
    added: tuple[str, ...] = ()
    written: tuple[tuple[str, str], ...] = ()
    #: a new article the new version enacted in words of its own (read as it: :func:`_reads_as`, or
    #: as many of its sentences reading nearly so), the article it stands in (反垄断法 2022 第三十二条,
    #: one ground of three, for a trial's 第二十六条之一)
    reworded: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {**({"placed": self.placed} if self.placed else {}), **({"added": list(self.added)} if self.added else {}),
                **({"written": [list(w) for w in self.written]} if self.written else {}),
                **({"reworded": self.reworded} if self.reworded else {})}  # fmt: skip

    def clauses(self, lang: str = "en") -> list[str]:
        """What differs, a clause each: ``put in as 第四条第二款 of the new version, not where asked``,
        ``written with 「（以下统称电子形式）」 added``, ``punctuation or spacing otherwise: 「,」 → 「，」``
        (in Chinese with ``lang="zh"``, citations without their ids)."""
        parts = []
        if self.reworded:
            parts.append(f"新版本以其他文字写入{plain_citation(self.reworded)}" if lang == "zh"
                         else f"in other words, in {self.reworded} of the new version")  # fmt: skip
        if self.placed:
            parts.append(f"新版本将其列为{plain_citation(self.placed)}，与建议位置不同" if lang == "zh"
                         else f"put in as {self.placed} of the new version, not where asked")  # fmt: skip
        if self.added:
            words = "、".join(quoted(a) for a in self.added)
            parts.append(f"新版本另加{words}" if lang == "zh" else f"written with {words} added")
        if self.written:
            pairs = "、".join(f"{quoted(a)} → {quoted(b)}" for a, b in self.written)
            parts.append(f"标点或空格不同：{pairs}" if lang == "zh" else f"punctuation or spacing otherwise: {pairs}")
        return parts

    def said(self, lang: str = "en") -> str:
        """:meth:`clauses`, joined."""
        return ("；" if lang == "zh" else "; ").join(self.clauses(lang))


#: How like a 款 or 项 of the new article one of the old must read to be cited as where it went.
COUNTERPART = 0.6

#: The words around a proposal's changes that the new version wrote are quoted when they are at most
#: this many pieces of at most this many characters, each within a line (:meth:`Judge.also`).
ALSO_MOST, ALSO_CHARS = 3, 20

#: How much of a new article's characters, in order, a run of the new version's sentences at most
#: HELD_WITHIN times as long must hold to read like it (:func:`reads_like`).
HELD_WITHIN, HELD = 3, 0.85
#: How like a new article, whole or in as many sentences, the new version's words must read: as a
#: twin provision reads.
LIKE = TWIN


@dataclass(frozen=True, slots=True)
class Alike:
    """Words of the new version that read much like a new article proposed: ``words`` (shortened to
    60 characters), the unit ``where`` they stand, and how alike: ``similarity`` (whole or in as
    many sentences) or ``held`` (the share of its characters they hold in order)."""

    words: str
    where: str
    how: str  # "similarity" or "held"
    score: float

    def to_dict(self) -> dict[str, object]:
        return {"words": self.words, "new": self.where, self.how: round(self.score, 2)}

    def said(self, lang: str = "en") -> str:
        """How alike, said: ``similarity 0.69``, ``0.87 of its words in order`` (相似度0.69, 按顺序含其0.87的文字)."""
        if lang == "zh":
            return f"相似度{self.score:.2f}" if self.how == "similarity" else f"按顺序含其{self.score:.2f}的文字"
        return f"similarity {self.score:.2f}" if self.how == "similarity" else f"{self.score:.2f} of its words in order"


def also_written(proposed: str, body: str) -> tuple[tuple[str, ...], bool]:
    """What the new version's ``body`` has that the ``proposed`` wording, which it adopted, has not:
    the words it wrote there, when ALSO_MOST pieces of ALSO_CHARS characters at most, each within a
    line, and nothing of the proposal's left out; else ((), True), to say there is more; ((), False)
    when it reads as proposed."""
    words, more, _ = _also_written(proposed, body)
    return words, more


def _also_written(proposed: str, body: str, others: Sequence[tuple[str, str]] = (),
                  region: tuple[int, int] | None = None) -> tuple[tuple[str, ...], bool, bool]:  # fmt: skip
    """:func:`also_written`, the differences ``others`` explain left out (the words another proposal on
    the article took out and put in: (taken, put) each), and whether some were; with ``region`` (the
    [start, end] of ``proposed`` a proposal on one 款 or 项 wrote), only the differences there."""
    if fold(body) == fold(proposed):
        return (), False, False
    spans = diff(proposed, body).spans()
    if region is not None:
        # (what the new version wrote in the article's other 款 is no word of this proposal's: 农产品质量安全法 2022
        # 第二条第二款's 达到农产品质量安全标准 said of a proposal on 第一款, a trial)
        spans = [sp for sp in spans if _in_region(sp, region)]
    theirs = [sp for sp in spans if others and _asked_by_others(proposed[sp.start:sp.end], sp.new, others)]
    spans = [sp for sp in spans if sp not in theirs]
    words = [sp.new for sp in spans if fold(sp.new)]
    # (words of the proposal the new version left out, 应当 say: never "adopted" with nothing said, a review)
    dropped = any(fold(proposed[sp.start:sp.end]) for sp in spans)
    if not words and not dropped:
        return (), False, bool(theirs)
    if dropped or len(words) > ALSO_MOST or any(len(w) > ALSO_CHARS or "\n" in w for w in words):
        return (), True, bool(theirs)
    return tuple(words), False, bool(theirs)


def numbered_back(text: str, back: dict[str, str], was: str) -> str:
    """``text`` of the new version with its citations of articles numbered back as the old version numbered
    them (:func:`~lawcomment.review.align.renumber` through ``back``, new number → old), unless the new
    version left them as they were (:func:`kept_numbers`): numbering back what it did not renumber would make
    words of its own of the old citations (a trial's EU draft put in an Article 4 and went on citing its Articles
    13 and 14: read back as Articles 12 and 13, the report said "the new version wrote more words of its own"
    of an article that changed as asked alone)."""
    return text if kept_numbers(text, back, was) else renumber(text, back)


def kept_numbers(text: str, back: dict[str, str], was: str) -> bool:
    """Whether ``text`` of the new version cites articles by the numbers they had (the new version did not
    renumber its citations): more of the citations numbering back would change are cited so in ``was`` (the
    old text, or a wording of it) as ``text`` has them than as numbered back. As many either way, it is read
    as renumbered (as every citation was before)."""
    moved = [(m, num) for m, num in citations(text) if num in back and back[num] != num]
    kept = sum(_cites(was, m.group()) for m, _ in moved)
    again = sum(_cites(was, render_citation(m, back[num])) for m, num in moved)
    return kept > again


def _words(text: str) -> frozenset[str]:
    """The words of ``text`` (of a Latin script, and runs of digits), lower case, its citations of articles as one
    mark (no article's number is a word of its own)."""
    return frozenset(w for w in _TOKEN.findall(unicodedata.normalize("NFKC", CITATION.sub("§", text)).lower())
                     if w.isalnum())  # fmt: skip


def _cites(text: str, citation: str) -> bool:
    """Whether ``text`` holds the citation ``citation`` (Article 13, 第十条), not only the start of another
    (Article 130, 第十条之一)."""
    return re.search(re.escape(citation) + r"(?![0-9A-Za-z之])", text) is not None


def _in_region(sp: Span, region: tuple[int, int]) -> bool:
    """Whether difference ``sp`` (of the proposal's text) is within the 款 or 项 ``region`` [start,
    end]: words put in at its edge are, unless they are a 款 of their own put in before or after it."""
    lo, hi = region
    if sp.start == sp.end:
        return lo < sp.start < hi or (sp.start == lo and not sp.new.endswith("\n")) or \
            (sp.start == hi and not sp.new.startswith("\n"))  # fmt: skip
    return sp.start < hi and sp.end > lo


def _asked_by_others(taken: str, put: str, others: Sequence[tuple[str, str]]) -> bool:
    """Whether one of ``others`` (another proposal's words taken out and put in) asks this difference:
    the words the new version has beyond the proposal, and those of the proposal it has not, are its
    (each folded), not only among them (依法 is in many a clause put in: the new version's own words
    said as another member's, a review)."""
    put_f, taken_f = fold(put), fold(taken)
    if not put_f and not taken_f:
        return False
    return any(put_f == fold(p) and taken_f == fold(t) for t, p in others)


#: Words that forbid, and words that permit: a provision enacted "in other words" must not turn one into the other.
_FORBIDS = ("不得", "禁止", "严禁", "不准", "不予", "不应当", "不能", "不允许")
_PERMITS = ("可以", "允许", "有权", "准予")


def _forbids(text: str) -> bool:
    """Whether ``text`` holds words that forbid (_FORBIDS)."""
    return any(w in text for w in _FORBIDS)


def opposite(asked: str, written: str) -> bool:
    """Whether ``written`` permits where the provision ``asked`` forbids, or forbids where it permits:
    one has words of one kind and none of the other, the other the reverse (a similarity cannot tell
    经营者不得利用数据和算法… from 经营者可以利用数据和算法…)."""
    def kind(text: str) -> str | None:
        forbids, permits = any(w in text for w in _FORBIDS), any(w in text for w in _PERMITS)
        return "forbid" if forbids and not permits else "permit" if permits and not forbids else None

    mine, theirs = kind(asked), kind(written)
    return mine is not None and theirs is not None and mine != theirs


def reads_like(text: str, bodies: Iterable[tuple[str, str]]) -> tuple[str, str, str, float] | None:
    """Of ``bodies`` (each unit's eid and text), the words that read most like the new article
    ``text``: a run of as many sentences, or the whole, of similarity LIKE or more, or holding HELD of
    its characters in order in at most HELD_WITHIN times its length: (the words, shortened to 60
    characters; the eid; "similarity" or "held"; the score), the first best; None when none does.
    Carry-forward and the adoption report ask this alike, so they never disagree."""
    from rapidfuzz.distance import LCSseq

    want = max(1, len(sentences(text)))
    best: tuple[float, str, float, str, str] = (0.0, "", 0.0, "", "")
    for eid, body in bodies:
        pieces = sentences(body)
        for run in ["".join(pieces[i:i + want]) for i in range(max(1, len(pieces) - want + 1))] + [body]:
            alike = similarity(text, run)
            held = LCSseq.similarity(text, run) / max(1, len(text)) if len(run) <= HELD_WITHIN * len(text) else 0.0
            found = max((alike / LIKE, "similarity", alike), (held / HELD, "held", held))
            if found[0] > best[0]:
                best = (found[0], found[1], found[2], eid, run)
    if best[0] < 1:
        return None
    run = best[4]
    return (run if len(run) <= 60 else run[:60] + "…"), best[3], best[1], best[2]


def otherwise_note(otherwise: Otherwise | None, lang: str = "en") -> str:
    """:meth:`Otherwise.said` in brackets, to follow a verdict (`` (written with 「…」 added)``,
    ``（新版本另加「…」）``); "" for None."""
    if otherwise is None:
        return ""
    said = otherwise.said(lang)
    return (f"（{said}）" if lang == "zh" else f" ({said})") if said else ""


#: Words the new version may write amid the words asked that only name them for later reference,
#: a definition in brackets (（以下统称电子形式）, （以下简称专利法）): said beside a verdict of adopted.
_NAMING = re.compile(r"[（(]以下(?:简称|统称|称)[^（）()\n]{1,20}[）)]")
#: Characters of the old text on each side of a change that must stand around it, as they were
#: (in width and spacing aside), for it to count as made there with words named or set otherwise.
_PLACE = 6


def _char(i: int) -> str:
    return chr(i + 1 if i + 1 < 0xD800 else i + 1 + 0x800)  # skip the surrogates, as redline does


def _distance(a: str, b: str) -> int:
    """Characters deleted plus inserted by a shortest token edit turning ``a`` into ``b``.

    Exact Myers diff on whole tokens, without the semantic cleanup of a redline (which
    reads better but may edit more than it must): distances then add up across changes.
    """
    if a == b:
        return 0
    codes: dict[str, str] = {}
    ea, eb = ("".join(codes.setdefault(t, _char(len(codes))) for t in tokens(x)) for x in (a, b))
    width = {c: len(t) for t, c in codes.items()}
    return sum(sum(width[c] for c in text) for op, text in _DMP.diff_main(ea, eb, False) if op)


def _in_place_of(ops: tuple[Op, ...], new_text: str, start: int, end: int) -> str | None:
    """What the new text has in place of old ``[start, end)``, with whatever the new version
    inserted at either end; None when one of its changes crosses either end of that stretch
    (the words' place then cannot be told apart from the words around them)."""
    for op in ops:
        if op.kind is not OpKind.EQUAL and (op.start < start < op.end or op.start < end < op.end):
            return None
    return new_text[_landing(ops, start, True):_landing(ops, end, False)]


def _holds(text: str, words: str) -> bool:
    """Whether ``words`` stand in ``text`` as whole tokens (十万 is not in 五十万)."""
    have, want = tokens(text), tokens(words)
    return any(have[i:i + len(want)] == want for i in range(len(have) - len(want) + 1))


def _landing(ops: tuple[Op, ...], k: int, first: bool) -> int:
    """Where old offset ``k`` lands in the new text: before (``first``) or after what the new
    version inserted there. ``k`` never lies inside a deletion."""
    hits = []
    for op in ops:
        if op.kind is OpKind.EQUAL:
            if op.start <= k <= op.end:
                hits.append(op.new_start + k - op.start)
        elif k in (op.start, op.end):
            hits += [op.new_start, op.new_end]
    if not hits:
        return 0
    return min(hits) if first else max(hits)


@dataclass(frozen=True, slots=True)
class _Pair:
    """The old articles of one alignment entry against its new ones: the joined old bodies,
    the joined new bodies with citations renumbered back into the old numbering (so that
    consequential 第十条 → 第十一条 never counts), their diff, and where each old article
    starts in the old text."""

    old: str
    new: str
    ops: tuple[Op, ...]
    starts: dict[str, int]
    kept: bool = False  # the new bodies cite articles as the old version numbered them (kept_numbers): not renumbered


#: Characters (folded) of a proposal's words that the new version must hold word for word for
#: :meth:`Judge.words_in` to name where they stand: a clause, not a phrase many articles share.
WORDS_HELD = 10
#: Words a provision leans on its place with: moved, they say another thing.
_LEANS_ON_PLACE = re.compile(r"前款|前[两二三四五六七八九十]款|本款|本条(?!例)|前项|前[两二三四五六七八九十]项|本项|上述|"
                             r"(?<![条\d一二三四五六七八九十百])第[一二三四五六七八九十]+[款项]")
#: Words put into a list, this long at least, that the new version made a 项 of its own (Judge._listed_as_item).
_ITEM_WORDS = 4


def _in_a_list(old: str, at: int, words: str) -> bool:
    """Whether ``words`` put in at ``at`` of ``old`` are one more member of a list: an enumeration
    comma (、) opens or closes them, or stands right before or after where they go (、非银行支付机构 after
    证券公司); not words put at a sentence's end or into a clause (a review's 总会计师，在有关机构中设置
    会计岗位… read as the 项 of another article's list)."""
    return words.startswith("、") or words.endswith("、") or old[at - 1:at] == "、" or old[at:at + 1] == "、"


#: What ends a clause, for the clause beside words put in (_beside_in_list).
_CLAUSE_END = re.compile(r"[，,；;：:。、\n]")


def _beside_in_list(old: str, at: int, siblings: tuple[Unit, ...], n: int) -> bool:
    """Whether the 项 before ``siblings[n]`` reads as the clause of ``old`` before ``at``, or the 项
    after it as the clause after ``at`` (its last or first _ITEM_WORDS characters, folded)."""
    before = _CLAUSE_END.split(old[:at].rstrip("，,；;"))[-1]
    after = _CLAUSE_END.split(old[at:].lstrip("，,；;"))[0]
    prev = fold(siblings[n - 1].text) if n > 0 and siblings[n - 1].kind is Kind.ITEM else ""
    nxt = fold(siblings[n + 1].text) if n + 1 < len(siblings) and siblings[n + 1].kind is Kind.ITEM else ""
    tail, head = fold(before)[-_ITEM_WORDS:], fold(after)[:_ITEM_WORDS]
    return (len(tail) == _ITEM_WORDS and tail in prev) or (len(head) == _ITEM_WORDS and head in nxt)


#: Characters of the words around a proposal's changes that :meth:`Judge._changed_words_in` looks for with them.
_CHANGED_AROUND = 4

#: A 款 asked deleted stands rewritten in a 款 of the new version outside its article that holds this share of
#: its characters in order, and this many of them in a row (:meth:`Judge._moved_to`).
_REWRITTEN_THERE, _REWRITTEN_RUN = 0.45, 12


def _common_run(a: str, b: str) -> int:
    """The length of the longest run of characters ``a`` and ``b`` share."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


#: How like a 款 of the new version words asked deleted may read and still count as deleted, when
#: the new version deleted their article (备案登记的具体办法由国务院商务主管部门规定 is them, reworded).
DELETED_ELSEWHERE = 0.6
_T = TypeVar("_T")

#: How like an old 款 (or 项) a unit of its kind in what its article became must read to be its counterpart there,
#: among those no other 款 of the old article reads OWN_UNIT like (carry-forward's measures, Reanchorer._by_unit).
IN_PLACE = 0.5
OWN_UNIT = 0.9
#: How like an old 款 (or 项) with no counterpart there a 款 or 项 of another article must read to be where the new
#: version moved it (:meth:`Judge.moved_unit`). On the corpus pairs (../shared/corpus/zh-versions: 12 laws, 147 such
#: units) the units reading so, and more like it than like any other unit of the old version, are 11, each the
#: old one moved (会计法 2017 第八条第三款 → 2024 第四十九条, 0.73; 公司法 2018 第四十四条第一款 → 2023 第六十七条第一款,
#: 0.69; 反洗钱法 2006 第十六条第六款 → 2024 第二十九条第一款第三项, 0.61); the first that is not reads 0.59
#: (野生动物保护法 2018 第四十八条第三款, a penalty, and 2022 第三十四条第三款, the duty it punishes), then 0.57. Without
#: the second condition, boilerplate passes (公司章程对经理职权另有规定的，从其规定。, 0.74 like another article's).
MOVED_UNIT = 0.6
#: ... by this much more than any other unit (two places as likely: not guessed), and by this much more than the unit
#: of its kind in its own article that reads most like it: a 款 the new version split, its duty kept in place
#: (应当要求客户出示身份证件, 0.35) and its cases put in a 项 of another article (0.63), did not move whole (a test of
#: 反洗钱法 2006 第十六条第二款's). The corpus's moves clear it by 0.33 or more (农产品质量安全法 2018 第六条第二款: 0.36
#: in place, 0.69 moved).
_MOVED_MARGIN = 0.05
_MOVED_OVER_PLACE = 0.3
#: What the report says of a verdict judged where the new version moved the 款 (or 项) asked changed.
_MOVED_TEXT = {"en": " (the new version moved {was} to {where}, similarity {s:.2f}: judged there; check the place)",
               "zh": "（新版本已将{was}移至{where}（相似度{s:.2f}），按该处判断：请核对位置）"}

#: How like the unit holding the words a proposal on an article the alignment deleted puts in a line of its
#: wording must read for the proposal to be judged there (:meth:`Judge.stand_ins`): the law's 款 written as asked,
#: nearly word for word (1.0), not a penalty article sharing a fine's template with it (0.6 and more).
STAND_IN_ALIKE = 0.85
#: The characters (folded) of a new 款 asked that the new version holds whole in a unit, and nowhere else, for
#: the proposal to be judged there though the unit says more (a sentence of its own, not a clause).
WORDS_WHOLE = 20
#: The longest words quoted as what the new version wrote where other words were asked (:meth:`Judge.instead`).
_INSTEAD_QUOTED = 80
#: How alike (:func:`review.redline.similarity`) those words must read for the note to ask whether it is the
#: change asked in other words.
_INSTEAD_ALIKE = 0.5
#: How many times as long as the words a change not made puts in a clause or sentence the new version wrote
#: anew in the article may be and still be said as perhaps those words in other words (:meth:`Judge.said_otherwise`):
#: more than the carry's CLOSE_LONGER, as a provision written anew names its subject again (农药、肥料、农用薄膜等农业
#: 投入品的生产者、经营者、使用者…回收并妥善处置包装物和废弃物 for 及时回收农用薄膜和农业投入品包装废弃物: 2.5 times as long)
_SAID_LONGER = 3.0
#: How much of what the words put in say (their words weighed by rarity) an English clause must share to be said
#: as perhaps those words in other words (:meth:`Judge.shares_distinct_words`): a trial's false lead shared none
#: of it, clauses written anew for the words asked shared 0.56 to 0.91.
_SAID_DISTINCT = 0.3


class Judge:
    """Judges changes to the old version's articles at their place in the new version.

    Every proposal (:func:`outcomes`) and every piece of the committee position
    (:func:`position_adoption`) is judged here, the same way:

    - a change ``base[start:end]`` → ``new`` of an old article is followed into the new text
      through the diff of the aligned articles: the old text around it (``_CONTEXT``
      characters each side, widened to whole changes of the new version) lands on one
      stretch of the new text. The change is adopted when that stretch reads more like the
      old text with the change made than like the old text (token edit distance), so the
      words of an insertion elsewhere in the article, or a deleted 款 still in place, are
      not adopted, while rewording next to an adopted change still is;
    - a new article proposed after an old one is adopted when the new version added an
      article reading exactly as proposed (anywhere), or nearly so within ``_NEAR`` places of
      where it would go, or put the words into an article there (:meth:`insertion`);
    - on a deleted article only the deletion of the whole article is adopted.
    """

    def __init__(self, old: Draft, new: Draft, alignment: Alignment) -> None:
        self.old, self.new = old, new  # (their citations as the law cites: 第九条第三项)
        self.old_index, self.new_index = unit_index(old), unit_index(new)
        self.old_sep, self.new_sep = body_separator(old), body_separator(new)
        self.lang = "en" if old.profile.startswith("en") else "zh"
        self.alignment, self.by_old = alignment, alignment.by_old()
        # per old article, the words each wording proposal on it takes out and puts in (outcomes() sets them: the
        # new article's words a proposal adopted has not, that another asked, are no words of the new version's own)
        self.asked: dict[str, list[tuple[str, str, int, str]]] = {}
        self._folded: str | None = None  # the new version's text, for a deletion of part of an article it deleted
        self._alike: dict[str, bool] = {}  # folded words → whether a 款 of the new version reads much like them
        self._closest: dict[str, tuple[str, float] | None] = {}  # per old article deleted: the new unit most like it
        self._word_weights: tuple[int, dict[str, float]] | None = None  # shares_distinct_words: articles, word → weight
        self._kuan_tokens: list[list[str]] | None = None  # the new version's 款 (folded), as tokens
        self._new_kuan: list[tuple[str, list[str]]] | None = None  # ... those new to it, by eid (for _moved_to)
        # ... and their folded words joined, each 款's start in it: a clause searched once, not per 款
        self._new_joined: tuple[str, list[int]] = ("", [])
        self._spans: dict[str, list[Span]] = {}  # per article pair (by its old text): the version's edits
        self._old_order = [v.unit.eid for v in old.articles()]
        self._new_order = {v.unit.eid: i for i, v in enumerate(new.articles())}
        self._back: dict[str, str] = {}  # new article number → old one
        for en in alignment.entries:
            for n in en.new:
                num, was = self.new_index[n].num, self.old_index[en.old[0]].num if en.old else None
                if num and was:
                    self._back.setdefault(num, was)
        self._added = [(self._new_order.get(n, -1), renumber(self.new_index[n].body(self.new_sep), self._back), n)
                       for en in alignment.entries if en.change is VersionChange.ADDED for n in en.new]  # fmt: skip
        self._pairs: dict[tuple[str, ...], _Pair] = {}
        self._old_of: dict[str, tuple[str, ...]] | None = None  # new article → the old ones it came from
        self._articles: list[str] | None = None  # the new version's articles, in order (for alike)
        # per change judged made otherwise than word for word at its place (article, start, end, new): what differs
        self._otherwise: dict[tuple[str, int, int, str], Otherwise] = {}
        # the entries of a list put in at one point that the new version made, of a change made in part (made)
        self._entries: dict[tuple[str, int, int, str], tuple[str, ...]] = {}
        self._old_keys: set[str] | None = None  # every line of the old version, as plain_form writes it
        self._new_units: dict[tuple[str, ...], list[str]] | None = None  # the new articles and 款, by their lines so
        # per change of a fine's bounds judged at the fine's place (article, start, end, new), where the new
        # version set another: the fine asked, and the one it set (fine_at_place)
        self._fines: dict[tuple[str, int, int, str], tuple[str, str]] = {}
        # per new unit an old article the alignment deleted is taken as merged into: the judge of that
        # alignment (with_merges), made when first asked; False when none can be made
        self._merged: dict[tuple[str, str], Judge | bool] = {}
        # per old 款 (or 项) with no counterpart in what its article became: the unit elsewhere the new version
        # moved it to, and how alike (moved_unit); the judge of its changes there (_moved_judge); set on that judge
        self._moved_units: dict[str, tuple[str, float] | None] = {}
        self._moved_judges: dict[str, Judge] = {}
        self._place_scores: dict[str, float | None] = {}  # (_place_score, once a unit)
        self._leaves: tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]] | None = None
        self._judging_moved = False  # (a judge of moved words judges them in place: it never moves them again)

    def article_of(self, eid: str) -> str | None:
        """The old article ``eid`` lies in (itself, or the nearest enclosing one), if aligned."""
        parts = eid.split("__")
        for i in range(len(parts), 0, -1):
            head = "__".join(parts[:i])
            if head in self.by_old:
                return head
        return None

    def _region(self, c: Comment, article: str, base: str, proposed: str) -> tuple[int, int] | None:
        """Where in ``proposed`` (old ``article`` as comment ``c`` asks it) the 款 or 项 it is on
        stands, [start, end]; None for a proposal on the whole article."""
        eid = c.anchor.eid or ""
        if eid == article:
            return None
        at = unit_spans(self.old_index[article], self.old_sep).get(eid)
        if at is None or base[:at[0]] != proposed[:at[0]] or base[at[1]:] != proposed[len(proposed) - len(base) + at[1]:]:
            return None  # (written otherwise than the unit alone: the whole article's business)
        return at[0], at[1] + len(proposed) - len(base)

    def base(self, article: str) -> str:
        """The old article's body, the text changes are offsets into."""
        return self.old_index[article].body(self.old_sep)

    def new_citation(self, article: str, unit: str | None = None) -> str:
        """Where the old article went: 第十一条 (art_11), several for a split, — when deleted; for
        a ``unit`` of it (a 款, a 项), the part of a split that holds that unit's counterpart
        (:meth:`part_holding`), and there the unit reading like it."""
        went = self.by_old[article].new
        if unit is not None and unit != article and len(went) > 1 and unit in self.old_index:
            went = (self.part_holding(article, unit),)
        if unit is not None and unit != article and len(went) == 1 and unit in self.old_index:
            # the 款 or 项 itself where the new article has one reading like it (第十一条第七项, not 第十一条:
            # a web trial found the report cite an item's proposal by its article only at the next reading)
            found = self._counterpart_in(self.old_index[unit], went[0])
            piece = piece_of(self.by_old[article], unit)
            if found is None and piece is not None and piece.split("__", 1)[0] == went[0] and \
                    self.old_index[unit].kind is Kind.PARAGRAPH:  # fmt: skip
                # none like it: the 款 holding its counterpart, as the split found it and carry-forward follows it
                found = "__".join(piece.split("__")[:2])
            if found is not None:
                went = (found,)
        return "、".join(describe(e, self.lang, self.new) for e in went) or "—"

    def part_holding(self, article: str, unit: str) -> str:
        """Of the new articles old ``article`` was split into, the one holding old ``unit``'s counterpart
        (:func:`~lawcomment.review.align.part_holding`), as carry-forward follows the comments on it."""
        return part_holding(self.by_old[article], unit, self.old_index[unit].body(self.old_sep), self.new_index,
                            self.new_sep)

    def _counterpart_in(self, unit: Unit, new_article: str) -> str | None:
        """The unit of ``unit``'s kind in ``new_article`` that reads like it (COUNTERPART or more; the
        one of the same place first, then the most alike): its eid, or None."""
        mine = unit.body(self.old_sep)
        same = new_article + unit.eid[unit.eid.index("__"):] if "__" in unit.eid else None
        kin = [u for u in self.new_index[new_article].walk() if u.kind is unit.kind]
        # the most alike; the one at the same place only on a tie (a 款 put in before it moves it on: a review)
        best = max(((similarity(mine, renumber(u.body(self.new_sep), self._back)), u.eid == same, -k, u.eid)
                    for k, u in enumerate(kin)), default=None)  # fmt: skip
        return best[3] if best is not None and best[0] >= COUNTERPART else None

    def deleted(self, article: str) -> bool:
        return not self.by_old[article].new

    def _pair(self, article: str) -> _Pair:
        entry = self.by_old[article]
        pair = self._pairs.get(entry.old)
        if pair is None:
            bodies = [self.old_index[e].body(self.old_sep) for e in entry.old]
            starts, at = {}, 0
            for e, body in zip(entry.old, bodies, strict=True):
                starts[e], at = at, at + len(body) + 1
            old = "\n".join(bodies)
            new = "\n".join(self.new_index[e].body(self.new_sep) for e in entry.new)
            kept = kept_numbers(new, self._back, old)
            new = new if kept else renumber(new, self._back)
            pair = self._pairs[entry.old] = _Pair(old, new, version_diff(old, new).ops, starts, kept)
        return pair

    def change(self, article: str, start: int, end: int, new: str, others: Sequence[Span] = ()) -> bool:
        """Did the new version make the change ``base[start:end]`` → ``new`` at its place?

        ``others`` are the other changes of the same proposal: when the new text there reads
        exactly as the proposal with all of them, each is adopted (nearby edits can make the
        judgement of one alone ambiguous).
        """
        return self.made(article, start, end, new, others) == "made"

    def made(self, article: str, start: int, end: int, new: str, others: Sequence[Span] = ()) -> str:
        """:meth:`change` in three words: "made"; "part", when the new version went part of the
        way there and no further (并向社会公布 for 并及时向社会公布: every character it put in
        or took out, the change puts in or takes out too, :func:`made_in_part`), or made one of
        the smaller edits the change is made of (:func:`finer_spans`: 和商业秘密 → 、工作秘密、商业秘密和
        个人信息 asked, 、工作秘密、商业秘密、个人隐私、个人信息 written); or "not"."""
        if (moved := self._moved_judge(article, start, end, new)) is not None:  # (judged against the words moved)
            alt, lo, hi = moved
            found = alt.made(article, start, end, new, [o for o in others if lo <= o.start and o.end <= hi])
            self._from_moved(alt)
            return found
        found = self._made(article, start, end, new, others)
        if found != "made" and not self.deleted(article) and \
                (otherwise := self._made_otherwise(article, start, end, new)) is not None:  # fmt: skip
            self._otherwise[(article, start, end, new)] = otherwise
            return "made"
        if found != "made" and start == end and not self.deleted(article):
            pair = self._pair(article)
            at = pair.starts[article]
            if own := put_in_with_own_words(pair.old, self._version(pair), Span(start + at, end + at, new)):
                # a sentence put in at its place, every word of it, a few words of the law's own amid them: said
                self._otherwise[(article, start, end, new)] = Otherwise(added=(own,))
                return "made"
        if found != "not" or self.deleted(article):
            return found
        pieces = finer_spans(self.base(article)[start:end], new)
        apart = [o for o in others if o.end <= start or o.start >= end]
        if len(pieces) < 2 and start == end and len(entries := list_entries(new)) > 1:
            # several entries put into a list at one point (、保险资产管理公司、非银行支付机构 after 保险公司: the
            # committee's own wording of 反洗钱法 2006 第三十四条), each judged as a member's one entry is: the new
            # version listing one of them (（二）非银行支付机构) made part of it (a trial read the committee's
            # change "not adopted" beside payco's 、非银行支付机构 "adopted")
            judged = {w: Otherwise() if self._made(article, start, end, w, apart) == "made"
                      else self._made_otherwise(article, start, end, w) for w in entries}  # fmt: skip
            hits = tuple(w for w, o in judged.items() if o is not None)
            if len(hits) == len(entries):  # each made (each a 项 of its own, say): the change is, where said
                placed = "、".join(o.placed for o in judged.values() if o is not None and o.placed)
                if placed:
                    self._otherwise[(article, start, end, new)] = Otherwise(placed=placed)
                return "made"
            if hits:
                self._entries[(article, start, end, new)] = hits
            return "part" if hits else found
        if len(pieces) < 2:
            return found
        made = [self._made(article, start + p.start, start + p.end, p.new, apart) for p in pieces]
        return "part" if "made" in made else found

    def entries_made(self, article: str, span: Span) -> tuple[str, ...]:
        """Of the entries of a list ``span`` puts in at one point, judged made in part, those the new
        version made (:meth:`made`); () for any other change."""
        return self._entries.get((article, span.start, span.end, span.new), ())

    def otherwise(self, article: str, spans: Sequence[Span]) -> Otherwise | None:
        """How the changes ``spans`` of old ``article`` (the smaller changes each is made of, too),
        judged made, were made otherwise than word for word at their place, together (None: as
        asked, or not made)."""
        base = self.base(article)
        keys = [(article, sp.start, sp.end, sp.new) for sp in spans] + [
            (article, sp.start + p.start, sp.start + p.end, p.new) for sp in spans
            for p in finer_spans(base[sp.start:sp.end], sp.new)]  # fmt: skip
        # (by the very change, as fines: another member's change of the same words, made otherwise, is
        # not this one's)
        found = list(dict.fromkeys(self._otherwise[k] for k in keys if k in self._otherwise))
        if not found:
            return None
        return Otherwise(next((o.placed for o in found if o.placed), None),
                         tuple(dict.fromkeys(x for o in found for x in o.added)),
                         tuple(dict.fromkeys(x for o in found for x in o.written)))  # fmt: skip

    def fines(self, article: str, spans: Sequence[Span]) -> tuple[tuple[str, str], ...]:
        """For the changes ``spans`` of old ``article``, judged: each fine asked (the smaller changes
        each is made of, too) that the new version set otherwise at the fine's place (fine_at_place),
        with the one it set, once each."""
        base = self.base(article)
        keys = [(article, sp.start, sp.end, sp.new) for sp in spans] + [
            (article, sp.start + p.start, sp.start + p.end, p.new) for sp in spans
            for p in finer_spans(base[sp.start:sp.end], sp.new)]  # fmt: skip
        # (by the very change: two members' changes of one number, 三千 → 二万 and 三千 → 一万, are two)
        return tuple(dict.fromkeys(self._fines[k] for k in keys if k in self._fines))

    def instead(self, article: str, spans: Sequence[Span], verdicts: Sequence[str],
                others: Sequence[Span] = ()) -> tuple[tuple[str, str], ...]:  # fmt: skip
        """For the changes ``spans`` of old ``article`` judged not made (``verdicts``, as
        :meth:`_verdicts` gives them): where the new version rewrote the very words asked changed (or
        put words in at the very place words were asked put in), the words there as asked and as
        written, once each (a trial's 实质性替代其他经营者提供的相关产品或者服务 asked, 足以实质性替代其他
        经营者的相关产品或者服务 written at that place, read "not adopted" and nothing more). A fine set
        otherwise has its own note (:meth:`fines`); a long rewriting is not quoted. ``others``: the other
        changes asked with them (the committee position's, judged one by one), quoted made too."""
        if self.deleted(article):
            return ()
        pair = self._pair(article)
        at = pair.starts[article]
        out: list[tuple[str, str]] = []
        for sp, verdict in zip(spans, verdicts, strict=True):
            # (a deletion asked has no words to be made otherwise: the words the new version kept say it)
            if verdict != "not" or not sp.new or (article, sp.start, sp.end, sp.new) in self._fines:
                continue
            if (moved := self._moved_judge(article, sp.start, sp.end, sp.new)) is not None:
                out.extend(moved[0].instead(article, [sp], [verdict]))  # what the new version wrote where it moved the 款
                continue
            if not self._judging_moved and (kuan := self.unit_holding(article, sp.start, sp.end)) is not None and \
                    not self.in_place(kuan):  # fmt: skip
                # a 款 with no counterpart in the new article, nor elsewhere: what stands at its place is another
                # provision, never what the law wrote instead (a web trial's 「国家加强会计信息化建设…」 for 总后勤部)
                continue
            s, e = sp.start + at, sp.end + at
            # (an edit of the version touching the change within its words is at its place too: where one edit ends
            # and the next begins is the diff's choice; 五个工作日内 written for 十日内 asked, the diff's 个工作 put in after
            # the 五 asked changed, and 法律、法规…标准的要求 written for 国家规定的标准, which ，并定期检测 asked went on: a
            # trial's plain "not adopted". Across a mark it is another clause's: 必须 → 应当 after a clause put in whole)
            # (nor an item's label numbered on, nor a line break: no words of the change's own)
            left, right = _joined(pair.old, s, e, sp.new) if sp.new.strip() else (False, False)
            there = [o for o in self._version(pair) if (o.start < e and o.end > s) or o.start == o.end == s == e
                     or (s == e and o.start < s < o.end)
                     or (((left and o.end == s) or (right and o.start == e))
                         and not relabels(pair.old, o))]  # fmt: skip
            if not there:
                continue
            # (an edit only beside the change, none on it, that writes a new line is another 款's or 项's: the new
            # version's （二）清算机构 listed after 、保险资产管理公司…以及 asked is no wording of it)
            beside_only = not any((o.start < e and o.end > s) or o.start == o.end == s == e or (s == e and o.start < s < o.end)
                                  for o in there)  # fmt: skip
            lo, hi = min(s, *(o.start for o in there)), max(e, *(o.end for o in there))
            # quoted by whole quantities, with their measure words and bounds (「可以处一百万元以下」, not
            # 「可以处一百万」: the diffs end where 五十万元以下 and 五百万元以下 share 万元以下, a trial)
            for _ in range(3):
                wide = (min([lo, *(a for a, b in quantities(pair.old) if a < lo < b)]),
                        max([hi, *(b for a, b in quantities(pair.old) if a < hi < b)]))
                if wide == (lo, hi):
                    break
                lo, hi = wide
                there = [o for o in self._version(pair) if (o.start < hi and o.end > lo) or o in there]
                lo, hi = min(lo, *(o.start for o in there)), max(hi, *(o.end for o in there))
            # the words asked there are the proposal's: its other changes in the stretch quoted made too (one
            # alone, 二十万 → 十万 of 二十万元以上五十万元以下 → 十万元以上三十万元以下, asks a fine nobody asked, which the
            # report quoted as asked: 反洗钱法 2006 第三十二条, a trial)
            mine = [Span(o.start + at, o.end + at, o.new) for o in dict.fromkeys([*spans, *others])]
            while (wider := (min([lo, *(o.start for o in mine if o.start < lo < o.end)]),
                             max([hi, *(o.end for o in mine if o.start < hi < o.end)]))) != (lo, hi):  # fmt: skip
                lo, hi = wider
            there = [o for o in self._version(pair) if (o.start < hi and o.end > lo) or o in there]
            lo, hi = min(lo, *(o.start for o in there)), max(hi, *(o.end for o in there))
            written = splice(pair.old[lo:hi], [Span(o.start - lo, o.end - lo, o.new) for o in there])
            asked = splice(pair.old[lo:hi], [Span(o.start - lo, o.end - lo, o.new) for o in mine if lo <= o.start and o.end <= hi])
            shift = sum(len(o.new) - (o.end - o.start) for o in self._version(pair) if o.end <= lo and o not in there)
            if any(ch in NUMERAL for ch in pair.old[s:e] + sp.new) and not same_party(pair.old, lo, pair.new, lo + shift):
                continue  # another party's fine at the place the diff gives (the one asked, dropped by the new version)
            # (words the new version only set in another width or spacing there are the old words)
            if written.strip() and asked != written and fold(written) != fold(pair.old[lo:hi]) and \
                    max(len(written), len(asked)) <= _INSTEAD_QUOTED and not (beside_only and "\n" in written):  # fmt: skip
                out.append((asked, written))
        return tuple(dict.fromkeys(out))

    def said_otherwise(self, article: str, spans: Sequence[Span],
                       verdicts: Sequence[str]) -> tuple[str, str, float] | None:  # fmt: skip
        """For the changes ``spans`` of old ``article`` judged not made (``verdicts``) that put words in: a
        clause or sentence the new version wrote anew in what the article became that reads much like the
        words one puts in (:func:`~lawcomment.review.rebase.said_already`, up to _SAID_LONGER times as long):
        (those words, the unit holding them, how much of the words put in they hold in order), the first
        found; None. The law may have made the change in other words, away from its very place, where
        :meth:`instead` finds nothing (农产品质量安全法 2018 第十九条, 及时回收农用薄膜和农业投入品包装废弃物 asked after
        化工产品; 2022 第二十三条第二款 …回收并妥善处置包装物和废弃物: a trial's report said plainly "not adopted")."""
        if self.deleted(article):
            return None
        pair = self._pair(article)
        for sp, verdict in zip(spans, verdicts, strict=True):
            if verdict != "not" or not sp.new.strip():
                continue
            found = said_already(sp.new, pair.new, pair.old, longer=_SAID_LONGER)
            if found is None:
                continue
            piece, share = found
            if self.lang == "en" and not self.shares_distinct_words(sp.new, piece):
                continue  # (English words in order are mostly the language's own: of the, shall, the data subject)
            # quoted as the new version wrote it, never as the judge reads it, its citations of articles numbered back
            # (不适用本法第十七条… in 反垄断法 2022 第二十条, not 第十三条…)
            units = [(u, w) for e in self.by_old[article].new for u in self.new_index[e].walk()
                     for w in _pieces(u.body(self.new_sep)) if (w if pair.kept else renumber(w, self._back)) == piece]  # fmt: skip
            if units:  # (the smallest: the 款 or 项 holding it, not its article)
                unit, words = min(units, key=lambda x: len(x[0].body(self.new_sep)))
                return words, describe(unit.eid, self.lang, self.new), share
        return None

    def shares_distinct_words(self, words: str, piece: str) -> bool:
        """Whether the new version's ``piece`` has _SAID_DISTINCT of what ``words`` put in say, its words weighed
        by how rare they are among the articles of both versions (the square of the inverse document frequency,
        as :class:`~lawcomment.review.align._Evidence` weighs word pairs): English clauses hold much of each other's
        characters in order by their function words alone (a trial's point (g) on scientific research, "0.71 of its
        words in order" in a paragraph on processing for another purpose, sharing none of its own words)."""
        if self._word_weights is None:
            docs = [_words(v.unit.body(sep)) for d, sep in ((self.old, self.old_sep), (self.new, self.new_sep))
                    for v in d.articles()]  # fmt: skip
            counts = Counter(w for d in docs for w in d)
            n = len(docs) + 1  # (+1: a word in every article still weighs a little)
            self._word_weights = (n, {w: math.log(n / c) ** 2 for w, c in counts.items()})
        n, weight = self._word_weights
        rare = math.log(n) ** 2  # (a word no article has weighs as one article's own)
        mine, theirs = _words(words), _words(piece)
        total = sum(weight.get(w, rare) for w in mine)
        return total > 0 and sum(weight.get(w, rare) for w in mine & theirs) >= _SAID_DISTINCT * total

    def _made_otherwise(self, article: str, start: int, end: int, new: str) -> Otherwise | None:
        """The change ``base[start:end]`` → ``new``, which :meth:`_made` finds not made as asked, made
        otherwise in a way that can be said precisely (:class:`Otherwise`), or None:

        - a 款 or 项 put in (whole lines) that the new article has, word for word (width and spacing
          aside), as a line of its own at another place, more often than the old one had it;
        - words put in or replaced, standing in the new text between the words around them as they
          were, with no more than a definition in brackets written amid them (（以下统称电子形式）) and
          characters in another width or spacing (「,」 for 「，」).

        Never words of another sense: nothing else may differ, and the words around must be there."""
        pair = self._pair(article)
        at = pair.starts[article]
        s, e = start + at, end + at
        if not new.strip():
            return None
        whole_lines = s == e and ((new.startswith("\n") and (s == len(pair.old) or pair.old[s] == "\n"))
                                  or (new.endswith("\n") and (s == 0 or pair.old[s - 1] == "\n")))  # fmt: skip
        if not whole_lines and s == e and "\n" in new:
            # a 款 put in that opens as the next one does (申请人可以… before 申请人要求…): the diff puts its
            # insertion after the words they share; the same insertion, slid back to the line's start
            slid = _at_line_start(pair.old, s, new)
            if slid is not None:
                s, new = slid
                whole_lines = True
        if whole_lines:
            return self._line_placed(article, pair, s, new)
        if "\n" in new.strip("\n"):
            return None
        if s == e and (item := self._listed_as_item(article, pair, s, new)) is not None:
            return Otherwise(placed=item)
        # the words around it, within its line: what says where its place is
        line_start = pair.old.rfind("\n", 0, s) + 1
        line_end = pair.old.find("\n", e)
        line_end = len(pair.old) if line_end < 0 else line_end
        before, after = pair.old[max(line_start, s - _PLACE):s], pair.old[e:min(line_end, e + _PLACE)]
        if len(before) + len(after) < _PLACE:
            return None
        wanted = before + new.strip("\n") + after
        if "\n" in wanted:
            return None
        found = _match_otherwise(wanted, pair.new, at_line_start=not before and s == line_start,
                                 at_line_end=not after and e == line_end)  # fmt: skip
        if found is None:
            return None
        m_start, m_end, added = found
        now = pair.new[m_start:m_end]
        if now == wanted or pair.old.count(before + pair.old[s:e] + after) != 1:
            return None
        bare = _NAMING.sub("", now) if added else now
        written = tuple(dict.fromkeys((wanted[sp.start:sp.end], sp.new) for sp in diff(wanted, bare).spans()))
        if not added and not written:
            return None
        return Otherwise(added=added, written=written)

    def _listed_as_item(self, article: str, pair: _Pair, at: int, new: str) -> str | None:
        """For words put into a list (、非银行支付机构 among the institutions 第三十四条 names), the 项 of what
        the article became that is those words and nothing more (（二）非银行支付机构；), words the old article
        had nowhere: its citation (the new version made the list a list of 项: 反洗钱法 2006 第三十四条 → 2024
        第六十三条, a trial read "not adopted"); None. Words put in with no enumeration comma beside them
        count only when a 项 next to that one reads as the words next to them (设置总会计师 before
        在有关机构中设置会计岗位): the clauses around them made 项 too, not a list the words fell into by chance
        (a review: 总会计师，在有关机构中设置会计岗位… read as the 项 of another article's list)."""
        words = new.strip("、，,；;和或及与以 \n")
        key = plain_form(words)
        if len(fold(words)) < _ITEM_WORDS or fold(words) in fold(pair.old):
            return None
        found = [(u, n, parent.children) for eid in self.by_old[article].new for parent in self.new_index[eid].walk()
                 for n, u in enumerate(parent.children)
                 if u.kind is Kind.ITEM and plain_form(u.text.rstrip("；;。，,")) == key]  # fmt: skip
        if len(found) != 1:
            return None
        item, n, siblings = found[0]
        if not _in_a_list(pair.old, at, new) and not _beside_in_list(pair.old, at, siblings, n):
            return None
        return describe(item.eid, self.lang, self.new)

    def _line_placed(self, article: str, pair: _Pair, s: int, new: str) -> Otherwise | None:
        """For whole lines put in at ``s`` of ``pair.old`` (a 款 or 项, ``new``) that what the article
        became has, word for word (width and spacing aside), as lines of their own, in order, each
        more often than the old article has it (the new version put them in: not lines it kept):
        where they stand, when not at the place asked, and what differs in width or spacing; None."""
        lines = new.strip("\n").split("\n")
        if any(len(fold(x)) < WORDS_HELD for x in lines):
            return None
        old_lines, new_lines = pair.old.split("\n"), pair.new.split("\n")
        old_keys, new_keys = [plain_form(x) for x in old_lines], [plain_form(x) for x in new_lines]
        keys = [plain_form(x) for x in lines]
        if any(new_keys.count(k) <= old_keys.count(k) for k in keys):
            elsewhere = self._unit_written_as(keys, set(self.by_old[article].new))
            return Otherwise(placed=elsewhere) if elsewhere is not None else None
        starts = [i for i in range(len(new_keys) - len(keys) + 1) if new_keys[i:i + len(keys)] == keys]
        if len(starts) != 1:
            return None
        i = starts[0]
        written = tuple(dict.fromkeys((x[sp.start:sp.end], sp.new) for x, y in zip(lines, new_lines[i:i + len(keys)], strict=True)
                                      for sp in diff(x, y).spans()))  # fmt: skip
        lo, hi = _new_window(pair.ops, s, s)
        if pair.new.count("\n", 0, lo) <= i <= pair.new.count("\n", 0, hi) + 1:
            # at the place asked: on the line where what the old text became there stands, or the next (the
            # diff may land a 项 put in amid reworded ones at the end of the line before): made as asked, in
            # another width or spacing said
            return Otherwise(written=written) if written else None
        placed = None
        label = ITEM_LABEL.match(lines[0])
        key = plain_form(lines[0][label.end():] if label else lines[0])
        for eid in self.by_old[article].new:
            for u in self.new_index[eid].walk():
                if u.kind in (Kind.PARAGRAPH, Kind.ITEM) and plain_form(u.body(self.new_sep).split("\n")[0]) == key:
                    placed = describe(u.eid, self.lang, self.new)
                    break
            if placed is not None:
                break
        return Otherwise(placed=placed or self.new_citation(article), written=written)

    def _unit_written_as(self, keys: Sequence[str], skip: set[str]) -> str | None:
        """The citation of the one unit of the new version outside the articles ``skip`` (an article, or
        a 款) that is, word for word (width and spacing aside), the lines ``keys`` (:func:`plain_form`),
        lines the old version has nowhere: a 款 asked, written as an article of its own elsewhere (专利法
        实施细则 2010 第三十二条's 增加或者改正优先权要求, 2023 第三十七条, a trial); None."""
        found = self._unit_eid_written_as(keys, skip)
        return describe(found, self.lang, self.new) if found is not None else None

    def _unit_eid_written_as(self, keys: Sequence[str], skip: set[str]) -> str | None:
        """:meth:`_unit_written_as`, the unit's eid."""
        if self._old_keys is None:
            self._old_keys = {plain_form(x) for u in self.old_index.values() if u.kind is Kind.ARTICLE
                              for x in u.body(self.old_sep).split("\n")}  # fmt: skip
        if any(k in self._old_keys for k in keys):
            return None
        if self._new_units is None:  # every article and 款 of the new version by its lines (once: asked per change)
            self._new_units = defaultdict(list)
            for u in self.new_index.values():
                if u.kind in (Kind.ARTICLE, Kind.PARAGRAPH):
                    lines = renumber(u.body(self.new_sep), self._back).split("\n")
                    self._new_units[tuple(plain_form(x) for x in lines)].append(u.eid)
        found = [e for e in self._new_units.get(tuple(keys), ()) if e.split("__")[0] not in skip]
        # (an article of one 款 is found as itself and as its 款: the article is cited)
        found = [e for e in found if not any(o != e and e.startswith(o + "__") for o in found)]
        return found[0] if len(found) == 1 else None

    def provision_unit(self, text: str) -> str | None:
        """The one unit of the new version (an article, or a 款 of one) that is, word for word (width
        and spacing aside), the new provision ``text`` asked (each of its lines
        WORDS_HELD characters or more, WORDS_WHOLE in all, none a line of the old version): where the law
        enacted it, if not as an article of its own where asked (反洗钱法 2006 第二十二条之一 asked, 2024
        第二十七条第二款 word for word, in a chapter the new version wrote afresh, far from where 第二十二条
        went: a trial read "not adopted"); the report says it was not where asked. None otherwise, and
        for words that lean on their place (前款, 本条 …): the same words elsewhere say another thing
        (统计法 2024 第四十五条第二款's 前款 is another offence's: a review)."""
        lines = [x for x in text.strip("\n").split("\n") if x.strip()]
        if not lines or any(len(fold(x)) < WORDS_HELD for x in lines) or len(fold(text)) < WORDS_WHOLE \
                or _LEANS_ON_PLACE.search(text):  # fmt: skip
            return None
        return self._unit_eid_written_as([plain_form(x) for x in lines], set())

    def _made(self, article: str, start: int, end: int, new: str, others: Sequence[Span] = ()) -> str:
        """:meth:`made`, the change judged whole."""
        if self.deleted(article):
            # a deletion of the whole article, or of words of it the new version has nowhere (第九条第二款
            # asked deleted, 第九条 deleted): made; anything else asked of it is not
            if new or start == end:
                return "not"
            if start == 0 and end == len(self.base(article)):
                return "made"
            words = fold(self.base(article)[start:end])
            if len(words) < WORDS_HELD or words in self._new_text():
                return "not"
            # nor when a 款 of the new version reads much like them: moved there and reworded a little
            return "not" if self._reworded_elsewhere(words) else "made"
        pair = self._pair(article)
        if not new and start == 0 and end == len(self.base(article)) and len(self.by_old[article].old) > 1:
            # the whole of an article the new version merged with others: deleted only when its words
            # are not what the merged article goes on saying (会计法 2017 第四十四条's 隐匿或者故意销毁…
            # stands in 2024 第四十一条: merged, not deleted)
            # (its pairs of characters, in any order: a merge may reorder its clauses)
            if any(o == article for o, _, _ in self.by_old[article].into):
                return "not"  # moved into a 款 of it, reworded (align.moved_into): that 款 says it still
            words, there = fold(self.base(article)), fold(pair.new)
            grams = {words[k:k + 2] for k in range(len(words) - 1)}
            held = len(grams & {there[k:k + 2] for k in range(len(there) - 1)}) / max(1, len(grams))
            return "not" if held >= DELETED_ELSEWHERE else "made"
        at = pair.starts[article]
        s, e = start + at, end + at
        line = pair.old[s:e].strip("\n")
        # (a 款 with the line feed after it: the diff takes a first 款's with it)
        whole = s < e and (s == 0 or pair.old[s - 1] == "\n" or pair.old[s] == "\n") and (
            e == len(pair.old) or pair.old[e] == "\n" or (pair.old[e - 1] == "\n" and (s == 0 or pair.old[s - 1] == "\n")))  # fmt: skip
        if not new and whole and "\n" not in line and len(line) >= WORDS_HELD and (
                pair.new.split("\n").count(line) >= pair.old.split("\n").count(line)):  # fmt: skip
            # a 款 asked deleted that the new version keeps as a 款 (or an article) of its own, word for word,
            # every copy (moved into an article of its own: 反垄断法 2007 第十三条第二款 → 2022 第十六条, a
            # trial): not deleted. (Words of a 款 standing elsewhere, a clause moved or boilerplate, say
            # nothing: judged at their place.)
            return "not"
        if not new and whole and "\n" not in line and len(line) >= WORDS_HELD and _kept_reworded(line, pair):
            # a 款 asked deleted that the new article keeps, reworded a little and perhaps moved among
            # its 款 (野生动物保护法 2018 第二十七条第三款, 2022 第二十八条第四款 with 有重要生态…的陆生野生动物
            # put in: a trial's "adopted" beside it)
            return "not"
        if not new and whole and "\n" not in line and pair.old.count("\n") > pair.new.count("\n") and \
                self._gone(line, pair.new):  # fmt: skip
            # a 款 asked deleted whose words the new version has nowhere, nor a 款 reading much like them:
            # deleted, wherever the diff lands its place among the article's other rewritten 款 (矿产资源法
            # 2009 第三条第四款, its 第三款 moved to 2024 第五条 and its 第二款 reordered: a trial)
            return "made"
        near = sorted((Span(o.start + at, o.end + at, o.new) for o in others
                       if (o.start, o.end, o.new) != (start, end, new)), key=lambda o: o.start)  # fmt: skip
        found = self._made_in_stretch(pair, s, e, new, near, self._version(pair))
        if found != "made" and not new and not whole and _clause_gone(pair, s, e):
            # a clause asked deleted whose words what the article became has nowhere, nor a clause
            # rewording them: deleted, however the diff joined it to the rewriting around it (构成犯罪的，
            # 依法追究刑事责任 asked out of 反垄断法 2007 第五十二条; 2022 第六十二条 rewrote the fines beside it
            # and has it no more, 第六十七条 saying it for the whole law: a trial). Judged at its place:
            # the words standing in another article say where they went (moved_to), not that they stay
            return "made"
        # articles merged (and reordered) leave the diff no stretch to judge by: the change's own
        # words in their place, then (one article's diff judges it, parallel clauses and all)
        merged = len(self.by_old[article].old) > 1
        if found != "made" and merged and _made_here(pair, s, e, new):
            return "made"
        # what follows the change's own words before it, where the new article has them once: a
        # diff that joined a long rewriting may land the change on words written elsewhere (五十万 →
        # 一百万 asked; 三百万 written there and 一百万 in a sentence added after it)
        window = _new_window(pair.ops, s, e)
        # (after a clause taken out, the four characters after it: 五万元以下的罚款；情节严重的，并处五万 → 十万
        # asked, and 十万元以下的罚款；情节严重的… written, keeps the clause: 元以 after 十万 says nothing, 统计法
        # 2009 第四十一条第二款, a trial's)
        after = pair.old[e:e + (_AFTER_CLAUSE if e - s >= _CLAUSE else 2)].split("\n", 1)[0]
        anchored = _anchored(pair.old[:s], after, pair.old[s:e], new, pair.new, window)
        if anchored is None and near:
            # or after the words the proposal has before it, its own other changes made (组织或者 →
            # 单位和 made too: 个人用 → 个人以 is found after 单位和个人, not after 或者个人)
            if all(o.end <= s or o.start >= e for o in near):
                proposal = splice(pair.old, [*near, Span(s, e, new)])
                here = s + sum(len(o.new) - (o.end - o.start) for o in near if o.end <= s)
                # (from a sentence's start only: words the proposal changed, which the new version
                # may not have made, are no place to go by on their own)
                anchored = _anchored(proposal[:here], proposal[here + len(new):here + len(new) + 2], pair.old[s:e],
                                     new, pair.new, None)  # fmt: skip
        if found != "made" and s < e and new and opens_rewrite(pair.old, self._version(pair), Span(s, e, new)):
            return "made"  # the opening words of a longer rewriting (至十三人 → 以上; 三人以上，其成员中…)
        if found != "made" and s < e and new and replaced_beside(pair.old, pair.new, Span(s, e, new)):
            return "made"  # the words asked, after the words they were asked after, in a rewriting (rebase judges so too)
        if found != "made" and put_in_between(pair.old, pair.new, Span(s, e, new)):
            return "made"  # the words asked, between the very words they were asked between (rebase judges so too)
        if found != "made" and changed_in_its_word(pair.old, pair.new, Span(s, e, new)):
            return "made"  # a character of a word changed as asked, the words around it the same (合法证件 → 执法证件)
        if found != "made":
            asked = splice(pair.old, [*near, Span(s, e, new)])
            here = s + sum(len(o.new) - (o.end - o.start) for o in near if o.end <= s)
            # the range asked (二十万元以上二百万元以下), both bounds, written where none such stood (rebase judges so too)
            if new and range_written(pair.old, asked, pair.new, here, here + len(new)):
                return "made"
            # the fine at the place of the one it changes, bound by bound, however the words around it were
            # reworded (rebase judges so too); what was set there instead, said
            fine = fine_at_place(pair.old, asked, pair.new, self._version(pair), Span(s, e, new), here)
            if fine is not None:
                verdict, wanted, written = fine
                if wanted != written:
                    self._fines[(article, start, end, new)] = (wanted, written)
                if verdict == "made" or (verdict == "part" and found == "not"):
                    return verdict
            # the words as asked, with the proposal's own words beside them, written where the old text had
            # no such words (不构成犯罪的，给予行政处分 → ，依法给予处分 in a rewritten article; rebase judges so too)
            if written_as_asked(pair.old, asked, pair.new, Span(s, e, new), here,
                                asked_places(sorted([*near, Span(s, e, new)], key=lambda o: o.start)),
                                self._version(pair)):  # fmt: skip
                return "made"
        if anchored is None or anchored[0] == (found == "made"):
            return found
        made, was, now = anchored
        return "made" if made else ("part" if made_in_part(was, now, new) else "not")

    @staticmethod
    def _made_in_stretch(pair: _Pair, s: int, e: int, new: str, near: list[Span], version: Sequence[Span]) -> str:
        """:meth:`made` of ``pair.old[s:e]`` → ``new``, judged on the stretch of the new text its
        context lands on (``near``: the proposal's other changes, in ``pair.old`` offsets;
        ``version``: the version's own edits of ``pair.old``, as :meth:`_version` keeps them)."""
        lo, hi = max(0, s - _CONTEXT), min(len(pair.old), e + _CONTEXT)
        grown = True
        while grown:  # both ends in text the two versions share, and no other change cut in two
            grown = False
            for a, b in [(op.start, op.end) for op in pair.ops if op.kind is not OpKind.EQUAL] + [
                    (o.start, o.end) for o in near]:  # fmt: skip
                if a <= hi and b >= lo and (a < lo or b > hi):
                    lo, hi, grown = min(lo, a), max(hi, b), True
        inside = [Span(o.start - lo, o.end - lo, o.new) for o in near if lo <= o.start and o.end <= hi]
        was = pair.old[lo:hi]
        wanted = pair.old[lo:s] + new + pair.old[e:hi]
        now = pair.new[_landing(pair.ops, lo, True):_landing(pair.ops, hi, False)]
        if inside and now == splice(was, [*inside, Span(s - lo, e - lo, new)]):
            return "made"
        part = "part" if made_in_part(was, now, wanted) else "not"
        if new and s < e and (there := _in_place_of(pair.ops, pair.new, s, e)) is not None and not _holds(there, new):
            # the words it replaces became other words: 二十万 → 十万 proposed, 二十万 → 五十万 made
            # (the 十万 the new version wrote beside it, for 五万, is another change)
            return part
        if new and s < e and there is not None and (gone := pair.old[s:e]) not in new and there != gone and \
                _holds(there, gone):  # fmt: skip
            # the words asked replaced stand where they stood, the new ones written beside them: 报纸上 →
            # 国家企业信用信息公示系统 asked, 报纸上或者国家企业信用信息公示系统 written (公司法 2023 第二百二十四条,
            # a trial's "adopted" for both members of a conflict the committee settled for the other)
            return "part"
        # the words proposed are not there: something else was written (三百 for 一百); words put in
        # are there too when the new version put them in a few characters away, where the words
        # around repeat (部门会同同级… after 主管 is 会同同级…部门 after 主管部门)
        if new and not any(w in now for _, w in (slides(pair.old, Span(s, e, new)) if s == e else [(s, new)])):
            return part
        if _distance(now, wanted) >= _distance(now, was):
            return part
        at, to = s - lo, s - lo + len(new)
        if s < e and new and not _beside_its_words(wanted, now, at, to):
            # the words asked stand in the rewritten stretch, but after and before other words than
            # they were asked between: another clause's (五十万 asked for 对单位处…以上, written in
            # 对个人处五十万元以下: a trial's 反垄断法 2007 → 2022)
            return part
        # what the new version wrote right beside the change beyond it: a number, a negation or a
        # modal word makes it say something else (公开 asked, 不公开 written; 五千元以下 asked,
        # 五千元以上二万元以下); a change of its own further off (the other bound) is another change
        # (a 款 of its own the new version added beside it is another provision, not its words)
        # (a clause the new version went on with after it, ，可以予以通报{；其负有责任的…任免…}, is not
        # written beside it)
        near = [sp for sp in diff(wanted, now).spans()
                if "\n" not in sp.new and (at - 2 <= sp.start <= to + 2 or at - 2 <= sp.end <= to + 2)]
        extra = "".join(_beside(sp, at, to, new) for sp in near)
        if s == e and _after_the_words_asked(wanted, now, at, to, near):
            # put in after the very words asked after (or before those asked before), the
            # rewriting beyond them writing no number: 禁止违反 → 任何单位和个人不得违反有关环境保护
            # with 有关环境保护 asked after 违反 (rebase.Mover judges it so too)
            return "made"
        if s == e and any(replaced_by(pair.old, t, Span(s, e, new)) for t in version):
            # the new version wrote the words asked in place of those they were asked beside, which the
            # proposal keeps (持续健康 → 高质量, 高质量 asked after 持续健康: 畜牧法 2022 第一条, a trial); rebase
            # judges so too
            return part
        if not new and "\n" not in pair.old[s:e] and any(
                op.kind is OpKind.DELETE and "\n" not in op.text and (op.start < s < op.end or op.start < e < op.end) and any(
                x.kind is OpKind.INSERT and x.text.strip() and x.text not in wanted and x.start in (op.start, op.end)
                for x in pair.ops)
                for op in pair.ops):  # fmt: skip
            # the words asked deleted went in a rewriting of the words around them, which the proposal keeps
            # (words of its own written there, not the proposal's kept ones the diff took out and put back):
            # 、执行董事 asked out of 董事长、执行董事, the whole written 代表公司执行公司事务的董事 (公司法 2023
            # 第十条, a trial's "adopted" for both sides of a conflict the committee settled for the other)
            return part
        if not new:
            # beside a deletion, a number changed a character or two off is another change (三十日 →
            # 十日 beside 删去“，应当”), but not one written where the words were (的 → 三倍), nor a
            # negation or a modal word anywhere near (及时 deleted, 不应当 written)
            there = "".join(sp.new for sp in near if sp.start <= at <= sp.end)
            return part if any(ch in BENDS for ch in there) or any(ch in BENDS - NUMERAL for ch in extra) else "made"
        return part if any(ch in BENDS for ch in extra) else "made"

    def heading(self, eid: str, proposed: str) -> tuple[bool, str] | None:
        """For a proposed title of chapter or section ``eid``: did the new version give it that
        title (its heading of the same number, or the one bearing the new title), and where is it?"""
        old = self.old_index.get(eid)
        if old is None or not old.kind.is_container:
            return None
        titled = [u for u in self.new_index.values() if u.kind is old.kind and fold(u.heading) == fold(proposed)]
        if titled:
            return True, describe(titled[0].eid, self.lang, self.new)
        same = self.new_index.get(eid)
        return False, describe(same.eid, self.lang, self.new) if same is not None else "—"

    def outcome(self, c: Comment) -> Outcome | None:
        """What became of comment ``c``'s wording proposal (None: it proposes no wording of a
        unit the old version has); carry-forward asks this too, so the two never disagree."""
        if c.status in INACTIVE or c.stance not in PROPOSING or c.lang:  # a translation's wording: not judged
            return None
        if c.stance is not Stance.DELETE and c.proposed_text is None:
            return None
        eid = c.anchor.eid
        article = self.article_of(eid) if eid else None
        if eid is not None and article is None and c.stance is Stance.AMEND:
            found = self.heading(eid, c.proposed_text or "")
            if found is None:
                return None
            hit, now = found  # a chapter or section retitled
            return Outcome(c, Adoption.ADOPTED if hit else Adoption.NOT_ADOPTED, 1, int(hit), describe(eid, self.lang, self.old), now)
        if eid is None or article is None:
            return None  # document-level proposals have no article to follow
        where, now = describe(eid, self.lang, self.old), self.new_citation(article, eid)
        if c.stance is Stance.INSERT and eid == article:
            at = self.inserted_at(article, c.proposed_text or "")
            hit = at is not None
            if at is not None:  # where the new version put it, which may be before the article it followed
                now = describe(at, self.lang, self.new)  # (第八条 → 第九条, not where 第八条 went: a trial)
            if not hit and (unit := self.provision_unit(c.proposed_text or "")) is not None:
                # enacted word for word as a unit of the new version, not an article of its own where asked:
                # adopted, the place said (反洗钱法 2024 第二十七条第二款, a trial)
                placed = describe(unit, self.lang, self.new)
                return Outcome(c, Adoption.ADOPTED, 1, 1, where, placed, otherwise=Otherwise(placed=placed))
            # not made as a provision of its own there: where its words stand, if they do (within a
            # 款 the new version wrote)
            if at is not None and (kuan := self._kuan_written_as(at, c.proposed_text or "")) is not None:
                # enacted word for word as a 款 of an article, not an article of its own: adopted, the place said
                # (公司法 2018 第二十条之后 asked, 2023 第二十三条第二款: a trial's plain "adopted")
                placed = describe(kuan, self.lang, self.new)
                return Outcome(c, Adoption.ADOPTED, 1, 1, where, placed, otherwise=Otherwise(placed=placed))
            held = None if hit else self.words_in([c.proposed_text or ""])
            # written without a clause asked: partly (the safeguard a member asked is not in the law)
            left = self.left_out(at, c.proposed_text or "") if at is not None else ()
            state = Adoption.PARTLY if left else Adoption.ADOPTED if hit else Adoption.NOT_ADOPTED
            # enacted in words of its own: said, never "adopted" as if word for word; not enacted, the
            # words of the new version that read much like it, if any, to check (as carry-forward says)
            reworded = Otherwise(reworded=now) if at is not None and not left and not _held_in_order(
                c.proposed_text or "", renumber(self.new_index[at].body(self.new_sep), self._back)) else None  # fmt: skip
            alike = self.alike(article, c.proposed_text or "") if not hit and held is None else None
            # enacted with words of its own added (但是，经国务院批准的除外。): said, as for a wording (a review)
            also, more = also_written(c.proposed_text or "", numbered_back(self.new_index[at].body(self.new_sep), self._back,
                                                                           c.proposed_text or "")) \
                if at is not None and state is Adoption.ADOPTED and reworded is None and not self._old_of_new(at) \
                else ((), False)  # (an article of its own the new version added, never words it had before)  # fmt: skip
            return Outcome(c, state, 1, int(hit and not left), where, now, int(bool(left)), words_in=held,
                           left_out=left, otherwise=reworded, alike=alike, also=also, also_more=more)  # fmt: skip
        if c.stance is Stance.INSERT and c.proposed_text and self._words_put_in(article, c.proposed_text):
            # a new 款 or 项 whose words the new article has, though not as a 款 or 项 of their own
            # (a sentence of the 款 it followed): made, as carry-forward finds it
            return Outcome(c, Adoption.ADOPTED, 1, 1, where, now)
        proposed = _proposed(c, self.old_index[article], self.old_sep)
        if proposed is None:
            return None
        base = self.base(article)
        spans = diff(base, proposed).spans()
        if not spans:
            return None
        # an item's label numbered on around a 项 put in or taken out is no change of its own, as the
        # merge counts them (consequential): 1 of 2 changes made, not 1 of 3 (a trial's 农业技术推广法 第二条)
        counted = [s for s in spans if not relabels(base, s)] or spans
        verdicts = self._verdicts(article, counted, spans)
        # every change in a 款 the new version moved to another article: judged there, and cited there
        shifted = self.moved_within(article, counted)
        if shifted is not None:
            now = describe(shifted[1], self.lang, self.new)
        elif eid == article and len(self.by_old[article].new) > 1:
            now = self._parts_changed(article, counted) or now  # (a wording of a split article: where its 款 went)
        judged = Counter(verdicts)
        present, part = judged["made"], judged["part"]
        # what the new version made otherwise than word for word at the place asked, said
        otherwise = self.otherwise(article, [sp for sp, v in zip(counted, verdicts, strict=True) if v == "made"])
        state = _state(self.deleted(article), present, len(counted), part)
        if state in (Adoption.PARTLY, Adoption.NOT_ADOPTED) and proposed.strip() and \
                fold(proposed) == fold(self._pair(article).new) and len(self.by_old[article].old) == 1:  # fmt: skip
            # the new version reads as proposed, word for word: adopted, however its edits read change by change
            # (a verifier's 会计法 2017 第八条, the 款 rewritten as the new 第八条: "1 of 3" beside its carried copy's
            # "already reads as proposed")
            state, present, part = Adoption.ADOPTED, len(counted), 0
        if state in (Adoption.PARTLY, Adoption.NOT_ADOPTED) and not self.deleted(article) and \
                (kuan := self._sentence_as_kuan(article, base, spans, counted, verdicts)) is not None:  # fmt: skip
            # the sentences asked enacted word for word, as a 款 of their own: adopted, the place said (公司法 2018
            # 第一百六十八条's 公积金弥补公司亏损… asked for its 但书, 2023 第二百一十四条第二款: a trial's "partly adopted")
            state, present, part = Adoption.ADOPTED, len(counted), 0
            otherwise = Otherwise(placed=describe(kuan, self.lang, self.new))
        if state in (Adoption.PARTLY, Adoption.NOT_ADOPTED) and eid != article and not self.deleted(article) and \
                not self.in_place(eid) and (unit := self._changed_words_in(base, spans)) is not None:  # fmt: skip
            # a 款 with no counterpart in what its article became, its changed words written word for word, with
            # the words around them, in a unit of the new version (公司法 2018 第一百四十七条第二款's 利用职权贿赂或者收受其他
            # 非法收入 asked, 2023 第一百八十一条第三项: a trial's "partly adopted (1/2)" for its 收受 alone)
            state, present, part = Adoption.ADOPTED, len(counted), 0
            now = describe(unit, self.lang, self.new)
            otherwise = Otherwise(placed=now)
        if state is not Adoption.ARTICLE_DELETED:
            moved = self._moved_to(article, base, counted) if state is Adoption.ADOPTED else None
            # a whole article asked deleted, deleted: the new unit reading most like it, if one does (a trial's
            # 野生动物保护法 2018 第五十六条, rewritten as 2022 第六十一条: "adopted", and nothing pointed there)
            like = self.closest(article) if state is Adoption.ADOPTED and self.deleted(article) and \
                not proposed.strip() else None  # fmt: skip
            also, more, others = self.also(article, proposed, c.id, c.member, self._region(c, article, base, proposed)) \
                if state is Adoption.ADOPTED and moved is None and shifted is None and \
                not self.deleted(article) and not (otherwise is not None and otherwise.clauses()) else ((), False, False)  # fmt: skip
            elsewhere = self._written_elsewhere(article, base, proposed, counted) \
                if state in (Adoption.PARTLY, Adoption.NOT_ADOPTED) else None  # fmt: skip
            instead = self.instead(article, counted, verdicts)
            # nothing written at the very place asked: words the new version wrote anew in the article that read
            # like those asked, for staff to check, never a plain "not adopted" hiding that the law acted there
            said = self.said_otherwise(article, counted, verdicts) if state in (Adoption.PARTLY, Adoption.NOT_ADOPTED) \
                and not instead and elsewhere is None else None  # fmt: skip
            return Outcome(c, state, len(counted), present, where, now, part, like, elsewhere,
                           with_article=state is Adoption.ADOPTED and self.deleted(article) and bool(proposed.strip()),
                           also=also, also_more=more, also_others=others,
                           moved_to=moved, otherwise=otherwise, fines=self.fines(article, counted),
                           instead=instead, said=said,
                           moved=None if shifted is None else (describe(shifted[0], self.lang, self.old), now,
                                                               shifted[2]))  # fmt: skip
        # a new 款 or 项 by its own words: the diff may begin its insertion inside the words around it
        # (矿井水。⏎开采… for a 款 opening as the one before it does: 矿产资源法 2009 第三十二条, a trial)
        put = [c.proposed_text] if c.stance is Stance.INSERT and c.proposed_text else [s.new for s in counted]
        if (merged := self.merged_outcome(c, article, put)) is not None:
            return merged
        return Outcome(c, state, len(counted), present, where, now, part, self.closest(article),
                       self.words_in(put, self.base(article)))

    def changed_words_in(self, article: str, spans: Sequence[Span]) -> str | None:
        """:meth:`_changed_words_in` for changes ``spans`` of old ``article``: the unit's eid, or None."""
        return self._changed_words_in(self.base(article), spans)

    def _changed_words_in(self, base: str, spans: Sequence[Span]) -> str | None:
        """For a wording of ``base`` (``spans``: its changes), the one unit of the new version (the smallest) holding,
        word for word, the stretch its changes make with _CHANGED_AROUND characters either side (WORDS_HELD or more,
        once in the whole new version), the same stretch of ``base`` standing nowhere in it; None."""
        proposed = splice(base, list(spans))
        lo, hi, shift = len(proposed), 0, 0
        for sp in spans:
            lo, hi = min(lo, sp.start + shift), max(hi, sp.start + shift + len(sp.new))
            shift += len(sp.new) - (sp.end - sp.start)
        lo, hi = max(0, lo - _CHANGED_AROUND), min(len(proposed), hi + _CHANGED_AROUND)
        first, last = spans[0], spans[-1]
        words, was = fold(proposed[lo:hi]), fold(base[max(0, first.start - _CHANGED_AROUND):last.end + _CHANGED_AROUND])
        text = self._new_text()
        if "\n" in proposed[lo:hi] or len(words) < WORDS_HELD or text.count(words) != 1 or was in text:
            return None
        found = [u for u in self.new_index.values() if u.kind in (Kind.ARTICLE, Kind.PARAGRAPH, Kind.ITEM)
                 and words in fold(u.body(self.new_sep))]  # fmt: skip
        return min(found, key=lambda u: len(u.body(self.new_sep))).eid if found else None

    def _sentence_as_kuan(self, article: str, base: str, spans: Sequence[Span], counted: Sequence[Span],
                          verdicts: Sequence[str]) -> str | None:  # fmt: skip
        """For a wording of old ``article`` (``spans``: its changes of ``base``) whose changes not made
        (``verdicts`` of ``counted``) all stand within sentences it puts in that the new article has, word for
        word (width and spacing aside), as a 款 of their own, the words they take out standing nowhere in it:
        the new 款 holding them (the first); None. The sentence was put in as a 款, not within the 款 asked."""
        pair = self._pair(article)
        old_lines = {plain_form(x) for x in pair.old.split("\n")}
        new_lines = {plain_form(x) for x in pair.new.split("\n")}
        proposed = splice(base, list(spans))
        enacted = [(m.start(), m.end(), plain_form(m.group())) for m in re.finditer(r"[^。\n]+。?", proposed)
                   if len(fold(m.group())) >= WORDS_HELD and plain_form(m.group()) in new_lines
                   and plain_form(m.group()) not in old_lines and fold(m.group()) not in fold(base)]  # fmt: skip
        if not enacted:
            return None
        places, shift = {}, 0
        for sp in spans:
            places[(sp.start, sp.end, sp.new)] = (sp.start + shift, sp.start + shift + len(sp.new))
            shift += len(sp.new) - (sp.end - sp.start)
        there, held = fold(pair.new), []
        for sp, verdict in zip(counted, verdicts, strict=True):
            if verdict == "made":
                continue
            ps, pe = places[(sp.start, sp.end, sp.new)]
            inside = next((k for a, b, k in enacted if a <= ps and pe <= b), None)
            gone = fold(base[sp.start:sp.end])
            if inside is None or (len(gone) >= 4 and gone in there):
                return None
            held.append(inside)
        if not held:
            return None
        return next((u.eid for eid in self.by_old[article].new for u in self.new_index[eid].walk()
                     if u.kind is Kind.PARAGRAPH and plain_form(renumber(u.body(self.new_sep), self._back)) == held[0]), None)  # fmt: skip

    def _parts_changed(self, article: str, spans: Sequence[Span]) -> str:
        """For a wording of the whole of old ``article``, which the new version split: the parts holding
        the 款 its changes ``spans`` are in (:meth:`part_holding`), cited; "" when a change is in no 款."""
        parts: dict[str, None] = {}
        for sp in spans:
            unit = self.unit_holding(article, sp.start, sp.end)
            if unit is None:
                return ""
            parts[self.part_holding(article, "__".join(unit.split("__")[:2]))] = None
        return "、".join(describe(e, self.lang, self.new) for e in parts)

    def merged_judge(self, article: str, unit: str) -> Judge | None:
        """The judge of this alignment with old ``article`` (which it deleted) taken as merged into
        new ``unit``'s article (:func:`~lawcomment.review.align.with_merges`); None when it cannot be."""
        key = (article, unit)
        if key not in self._merged:
            alt = with_merges(self.alignment, {article: unit})
            self._merged[key] = Judge(self.old, self.new, alt) if alt is not None else False
        found = self._merged[key]
        return found if isinstance(found, Judge) else None

    def stand_ins(self, article: str, put: Sequence[str] = (), wording: str = "") -> list[tuple[str, float | None]]:
        """For an old article the alignment deleted, the units of the new version it may have gone
        into, each with how alike (None: not measured): the one reading like it (MERGED_HINT or more,
        :func:`~lawcomment.review.align.closest_unit`), then the one holding, word for word, the words
        ``put`` in (:meth:`words_in_unit`) when a line of the ``wording`` asked reads STAND_IN_ALIKE like
        it: words alone are a hint (构成犯罪的，依法追究刑事责任 put into a penalty article the law deleted
        stands in many a penalty article it kept: a review found 72 such "adopted" in 矿产资源法)."""
        if not self.deleted(article):
            return []
        found: list[tuple[str, float | None]] = []
        near = closest_unit(self.alignment, article)
        if near is not None and near[1] >= MERGED_HINT:
            found.append(near)
        held = self.words_in_unit(put, self.base(article)) if put and wording else None
        if held is None and wording:
            # the wording itself, word for word, where the words it puts in are too few to look for (公司发行股份募足股款后，
            # 应予公告。 asked of 公司法 2018 第一百三十六条, 2023 第一百五十六条第三款: a verifier)
            held = self.words_in_unit([wording], self.base(article))
        if held is not None and all(held != eid for eid, _ in found) and self._written_as_asked(wording, held):
            found.append((held, None))
        return found

    def _written_elsewhere(self, article: str, base: str, proposed: str, counted: Sequence[Span]) -> str | None:
        """For a proposal on ``article`` not made there (or in part): the unit of the new version outside what
        the article became that holds the words it puts in and is, nearly word for word, a line it rewrote
        (:meth:`_written_as_asked`), cited for staff (a verifier's 会计法 2017 第八条第三款, reworded as 2024
        第四十九条 has it word for word: "1 of 3", and nothing pointed there); None."""
        put = [sp.new for sp in counted if sp.new.strip()]
        held = self.words_in_unit(put, base) if put else None
        if held is None or held.split("__", 1)[0] in self.by_old[article].new:
            return None
        was = set(base.split("\n"))
        rewritten = "\n".join(line for line in proposed.split("\n") if line.strip() and line not in was)
        return describe(held, self.lang, self.new) if rewritten and self._written_as_asked(rewritten, held) else None

    def _written_as_asked(self, wording: str, eid: str) -> bool:
        """Whether new unit ``eid`` is, nearly word for word, a line of the ``wording`` asked (STAND_IN_ALIKE), or
        holds a wording of a new 款 whole, WORDS_WHOLE characters or more that no other unit of either version
        has: the law wrote what was asked there, not a penalty's template or a clause many articles share
        (a verifier's 畜牧法 2015 第六十九条, its fine the template of 2022 第八十五条, another offence)."""
        there = self.new_index[eid].body(self.new_sep)
        lines = [line for line in wording.split("\n") if line.strip()]
        if max((similarity(line, there) for line in lines), default=0.0) >= STAND_IN_ALIKE:
            return True
        whole = fold(wording).rstrip("。；，：")
        if len(lines) != 1 or len(whole) < WORDS_WHOLE or whole not in fold(there):
            return False
        old_text = "\n".join(fold(u.body(self.old_sep)) for u in self.old_index.values() if u.kind is Kind.PARAGRAPH)
        return whole not in old_text and self._new_text().count(whole) == 1

    def where_merged(self, article: str, put: Sequence[str], wording: str,
                     judged: Callable[[Judge], _T | None]) -> tuple[str, float | None, _T] | None:  # fmt: skip
        """The first unit of :meth:`stand_ins` (``put``, ``wording``) where ``judged``, asked of the
        judge that takes old ``article`` as merged there (:meth:`merged_judge`), finds something made:
        (that unit's eid, how alike, what it found); None. A member's proposal, the committee's
        position and a decision carried are each judged so, by their own measure."""
        for unit, score in self.stand_ins(article, put, wording):
            alt = self.merged_judge(article, unit)
            found = judged(alt) if alt is not None else None
            if found is not None:
                return unit, score, found
        return None

    def merged_outcome(self, c: Comment, article: str, put: Sequence[str] = ()) -> Outcome | None:
        """A proposal on ``article``, which the alignment deleted, judged as if the article had been
        merged where the new version reads like it or holds the words ``put`` in (:meth:`stand_ins`),
        when that finds one of its changes made there at least: adopted or partly adopted there, that
        unit named (:attr:`Outcome.merged`) for staff to check. None when nothing of it was made
        there: the article deleted stands."""
        wording = (c.proposed_text or "") if c.stance in (Stance.AMEND, Stance.INSERT) else ""
        made = self.where_merged(article, put, wording, lambda alt: found if (found := alt.outcome(c)) is not None
                                 and found.state in (Adoption.ADOPTED, Adoption.PARTLY) else None)  # fmt: skip
        if made is None:
            return None
        unit, score, found = made
        if found.state is Adoption.PARTLY and wording and fold(wording) == fold(self.new_index[unit].body(self.new_sep)):
            # the unit reads as the wording asked, word for word: adopted, however the edits read one by one
            found = replace(found, state=Adoption.ADOPTED, present=found.changes, in_part=0, fines=(), instead=())
        # (never "the new version also wrote": the article it went into has the words of the other old
        # article, or articles, it holds)
        return replace(found, merged=(describe(unit, self.lang, self.new), score), merged_unit=unit, also=(),
                       also_more=False)  # fmt: skip

    def words_now_in(self, article: str, spans: Sequence[Span]) -> str | None:
        """Where the words that ``spans`` (changes of old ``article``) delete now stand in the new version, outside
        what the article became (:meth:`_moved_to`), cited; None."""
        return self._moved_to(article, self.base(article), spans)

    def _moved_to(self, article: str, base: str, spans: Sequence[Span]) -> str | None:
        """Where a whole 款 that ``spans`` delete from ``article`` (its ``base``) now stands: the
        unit of the new version, outside what the article became, reading most like it
        (DELETED_ELSEWHERE or more); or where a clause they delete (WORDS_HELD characters or more)
        now stands word for word: the first such unit the new version wrote afresh (构成犯罪的，依法
        追究刑事责任 of 反垄断法 2007 第五十二条, in 2022 第六十七条, a trial); None when none does."""
        lines = [base[sp.start:sp.end].strip("\n") for sp in spans if not sp.new
                 and (sp.start == 0 or base[sp.start - 1] == "\n" or base[sp.start] == "\n")
                 and (sp.end == len(base) or base[sp.end] == "\n" or base[sp.end - 1] == "\n")]  # fmt: skip
        lines = [line for line in lines if "\n" not in line and len(line) >= WORDS_HELD]
        clauses = [fold(words) for sp in spans if not sp.new and "\n" not in (words := base[sp.start:sp.end].strip(
            "".join(_CLAUSE_MARKS))) and len(fold(words)) >= WORDS_HELD and words.strip("\n") not in lines]  # fmt: skip
        if not (lines or clauses) or self.deleted(article):
            return None
        became = set(self.by_old[article].new)
        if self._new_kuan is None:  # each 款 of the new version the old one has not (boilerplate stays where it was)
            old_text = "\n".join(fold(u.body(self.old_sep)) for u in self.old_index.values() if u.kind is Kind.PARAGRAPH)
            self._new_kuan = [(u.eid, tokens(folded)) for u in self.new_index.values()
                              if (u.kind is Kind.PARAGRAPH or (u.kind is Kind.ARTICLE and not u.children))
                              and (folded := fold(u.body(self.new_sep))) not in old_text]  # fmt: skip
            starts, at = [], 0
            for _, theirs in self._new_kuan:
                starts.append(at)
                at += sum(map(len, theirs)) + 1
            self._new_joined = ("\x00".join("".join(theirs) for _, theirs in self._new_kuan), starts)
        best: tuple[float, str] | None = None
        for line in lines:
            mine = tokens(fold(line))
            for eid, theirs in self._new_kuan:
                if eid.split("__", 1)[0] in became:
                    continue
                score = similarity(mine, theirs)
                if score >= DELETED_ELSEWHERE and (best is None or score > best[0]):
                    best = (score, eid)
        if best is None:
            best = next(((1.0, eid) for words in clauses for eid in self._kuan_holding(words)
                         if eid.split("__", 1)[0] not in became), None)  # fmt: skip
        if best is None:
            # or rewritten there, holding much of its words in order and a clause of them word for word: the rule
            # stands, rewritten (公司法 2018 第一百六十六条第五款 asked deleted, 2023 第二百一十一条 将违反规定分配的利润退还公司
            # and more: a trial's plain "adopted")
            for line in lines:
                folded = fold(line)
                for eid, theirs in self._new_kuan:
                    joined = "".join(theirs)
                    if eid.split("__", 1)[0] in became or len(joined) > CLOSE_LONGER * len(folded):
                        continue
                    share = LCSseq.similarity(folded, joined) / len(folded)
                    if share >= _REWRITTEN_THERE and _common_run(folded, joined) >= _REWRITTEN_RUN and (
                            best is None or share > best[0]):  # fmt: skip
                        best = (share, eid)
        if best is None:
            return None
        eid = best[1]
        unit = self.new_index.get(eid.split("__", 1)[0])
        # a 款 of an article of one 款 is the article
        if unit is not None and sum(1 for ch in unit.children if ch.kind is Kind.PARAGRAPH) == 1:
            eid = unit.eid
        return describe(eid, self.lang, self.new)

    def _kuan_holding(self, words: str) -> Iterator[str]:
        """The eids of the new 款 (of :meth:`_moved_to`) whose folded words hold ``words``, in order."""
        joined, starts = self._new_joined
        at = joined.find(words)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            yield self._new_kuan[k][0]  # type: ignore[index]
            nxt = starts[k + 1] if k + 1 < len(starts) else len(joined)
            at = joined.find(words, nxt)

    def in_place(self, eid: str) -> bool:
        """Whether old 款 (or 项) ``eid`` has a counterpart in what its article became: a unit of its kind there
        reading IN_PLACE like it, among those no other unit of the old article reads OWN_UNIT like, as
        carry-forward pairs them (Reanchorer._by_unit); True for any other unit, and for an article deleted."""
        found = self._place_score(eid)
        return found is None or found >= IN_PLACE

    def _place_score(self, eid: str) -> float | None:
        """How like old 款 (or 项) ``eid`` the unit of its kind in what its article became that reads most like it
        reads (of those :meth:`in_place` pairs it with); None for any other unit, and for an article deleted."""
        if eid not in self._place_scores:
            self._place_scores[eid] = self._place_score_of(eid)
        return self._place_scores[eid]

    def _place_score_of(self, eid: str) -> float | None:
        unit = self.old_index.get(eid)
        article = self.article_of(eid)
        if unit is None or article is None or article == eid or unit.kind not in (Kind.PARAGRAPH, Kind.ITEM) or \
                self.deleted(article):  # fmt: skip
            return None
        olds = [(u.eid, u.body(self.old_sep)) for u in self.old_index[article].walk() if u.kind is unit.kind]
        if unit.kind is Kind.PARAGRAPH and len(olds) == 1:
            return None  # (the one 款 of its article is the article, which the alignment paired)
        text = unit.body(self.old_sep)
        best = 0.0
        for new_article in self.by_old[article].new:
            for u in self.new_index[new_article].walk():
                if u.kind is not unit.kind:
                    continue
                there = u.body(self.new_sep)
                own = max(((similarity(o, there), e) for e, o in olds), key=lambda x: x[0])
                if own[1] == eid or own[0] < OWN_UNIT:
                    best = max(best, similarity(text, there))
        return best

    def moved_unit(self, eid: str) -> tuple[str, float] | None:
        """Where the new version moved old 款 (or 项) ``eid``, which has no counterpart in what its article
        became (:meth:`in_place`): the 款 or 项 of another article reading MOVED_UNIT like it or more, by
        _MOVED_MARGIN more than any other, and more like it than like any other unit of the old version
        (a 款 that says what another old one said is that one's: 公司章程对…另有规定的，从其规定); a 款 of an
        article of one 款 is the article. (Its eid, how alike), or None (会计法 2017 第八条第三款, 总后勤部…,
        2024 第四十九条, 0.73: a web trial's comments and decision on it landed on the new 第八条第三款, an
        unrelated rule, and the report quoted that rule as what the law wrote instead)."""
        if eid in self._moved_units:
            return self._moved_units[eid]
        found: tuple[str, float] | None = None
        here = self._place_score(eid)
        if here is not None and here < IN_PLACE:
            article = self.article_of(eid) or ""
            went = set(self.by_old[article].new)
            olds, news = self._all_leaves()
            mine = tokens(self.old_index[eid].body(self.old_sep))
            scored = sorted(((similarity(mine, theirs), e) for e, theirs in news if e.split("__", 1)[0] not in went),
                            reverse=True)  # fmt: skip
            if scored and scored[0][0] >= MOVED_UNIT:
                score, there = scored[0]
                # (a 项 of that 款, or the 款 holding that 项, is the same place)
                rest = [s for s, e in scored[1:] if not e.startswith(there + "__") and not there.startswith(e + "__")]
                theirs = next(t for e, t in news if e == there)
                rival = max((similarity(t, theirs) for e, t in olds if e != eid and not e.startswith(eid + "__")
                             and not eid.startswith(e + "__")), default=0.0)  # fmt: skip
                if (not rest or rest[0] <= score - _MOVED_MARGIN) and rival < score and score - here >= _MOVED_OVER_PLACE:
                    holder = self.new_index[there.split("__", 1)[0]]
                    if there.count("__") == 1 and sum(1 for ch in holder.children if ch.kind is Kind.PARAGRAPH) == 1:
                        there = holder.eid
                    found = (there, score)
        self._moved_units[eid] = found
        return found

    def _all_leaves(self) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
        """Every 款 and 项 of the old version and of the new, as tokens (worked out when first asked)."""
        if self._leaves is None:
            self._leaves = tuple([(u.eid, tokens(u.body(sep))) for u in index.values()  # type: ignore[assignment]
                                  if u.kind in (Kind.PARAGRAPH, Kind.ITEM)]
                                 for index, sep in ((self.old_index, self.old_sep), (self.new_index, self.new_sep)))  # fmt: skip
        assert self._leaves is not None
        return self._leaves

    def unit_holding(self, article: str, start: int, end: int) -> str | None:
        """The smallest 款 or 项 of old ``article`` whose words hold ``base[start:end]`` (None: none does)."""
        best: tuple[int, str] | None = None
        for e, (s, t) in unit_spans(self.old_index[article], self.old_sep).items():
            if e != article and s <= start and end <= t and self.old_index[e].kind in (Kind.PARAGRAPH, Kind.ITEM) and \
                    (best is None or t - s < best[0]):  # fmt: skip
                best = (t - s, e)
        return best[1] if best is not None else None

    def moved_of(self, article: str, start: int, end: int) -> tuple[str, str, float] | None:
        """For a change ``base[start:end]`` of old ``article``: the 款 (or 项) it lies in that the new version
        moved to another article (:meth:`moved_unit`; the 款 holding the 项 it lies in, too): (that old unit,
        the new one, how alike); None."""
        if self._judging_moved or article not in self.by_old or self.deleted(article) or \
                len(self.by_old[article].old) != 1:  # fmt: skip
            return None
        eid = self.unit_holding(article, start, end)
        while eid is not None and eid != article:
            found = self.moved_unit(eid)
            if found is not None:
                return eid, *found
            eid = eid.rsplit("__", 1)[0]
        return None

    def moved_within(self, article: str, spans: Sequence[Span]) -> tuple[str, str, float] | None:
        """:meth:`moved_of` the changes ``spans`` of old ``article`` all lie in (the same 款), or None."""
        found = [self.moved_of(article, sp.start, sp.end) for sp in spans]
        return found[0] if found and found[0] is not None and all(f == found[0] for f in found) else None

    def _moved_judge(self, article: str, start: int, end: int, new: str) -> tuple[Judge, int, int] | None:
        """The judge of a change of old ``article`` lying in a 款 the new version moved (:meth:`moved_of`): the
        same versions, that 款's words set against those of the unit it moved to (the article's offsets kept),
        so that the change is judged against them, as any other change is at its place (the 总后勤部 asked renamed
        中央军事委员会后勤保障部, the 款 moved to 2024 第四十九条 as 中央军事委员会有关部门…: judged there, never against
        the unrelated rule the new 第八条 has in its place, nor against its other 款: 报国务院财政部门审核批准 in
        第二款 made no 备案 → 审核批准 of 第三款); with where that 款 stands in the article. None when the change
        lies in no such 款, or deletes the whole of it: the law took it out of its article, as asked, and the
        report says where its words now stand (:meth:`_moved_to`)."""
        found = self.moved_of(article, start, end)
        if found is None:
            return None
        old_eid, new_eid, _ = found
        s, t = unit_spans(self.old_index[article], self.old_sep)[old_eid]
        if not new and start <= s and t <= end:
            return None
        alt = self._moved_judges.get(old_eid)
        if alt is None:
            alt = Judge(self.old, self.new, self.alignment)
            alt._judging_moved = True
            was, there = self.base(article)[s:t], renumber(self.new_index[new_eid].body(self.new_sep), self._back)
            # (the 款 alone, the article's offsets into it: its start counted back)
            alt._pairs[self.by_old[article].old] = _Pair(was, there, version_diff(was, there).ops, {article: -s})
            self._moved_judges[old_eid] = alt
        return alt, s, t

    def _from_moved(self, alt: Judge) -> None:
        """What the judge of moved words found made otherwise, or set otherwise, kept as this judge's too."""
        self._otherwise.update(alt._otherwise)
        self._fines.update(alt._fines)

    def _version(self, pair: _Pair) -> list[Span]:
        """The version's edits of ``pair``'s old text (worked out when first asked)."""
        found = self._spans.get(pair.old)
        if found is None:
            found = self._spans[pair.old] = version_diff(pair.old, pair.new).spans()
        return found

    def _reworded_elsewhere(self, words: str) -> bool:
        """Whether a 款 of the new version (or an article without 款) reads much like ``words``
        (folded): moved there and reworded a little (worked out once for each text)."""
        found = self._alike.get(words)
        if found is None:
            if self._kuan_tokens is None:  # (each 款's tokens once: a deletion asked of many 款 compares each with all)
                self._kuan_tokens = [tokens(fold(u.body(self.new_sep))) for u in self.new_index.values()
                                     if u.kind is Kind.PARAGRAPH or (u.kind is Kind.ARTICLE and not u.children)]  # fmt: skip
            mine = tokens(words)
            found = self._alike[words] = any(similarity(mine, k) >= DELETED_ELSEWHERE for k in self._kuan_tokens)
        return found

    def _old_lines(self, line: str) -> list[str]:
        """The lines of the old article (or articles) ``line`` stands in."""
        return next((p.old.split("\n") for p in self._pairs.values() if line in p.old.split("\n")), [])

    def _gone(self, line: str, new_article: str) -> bool:
        """Whether the words of ``line`` (a 款 of an old article, WORDS_HELD characters or more)
        are gone from the new version: nowhere word for word, their pairs of characters mostly not
        in ``new_article`` (what the old article became), and no 款 anywhere reading much like them."""
        item = ITEM_LABEL.match(line)
        if item is not None:
            # a 项: its words, against each line of what its article became, its label aside (the words of a
            # list's 项 share many pairs of characters: 审议批准公司的…方案 held (五) in 公司法 2023 第五十九条,
            # deleted as asked: a trial's decision carried as not made beside the member's "adopted")
            words = fold(line[item.end():])
            if len(words) < WORDS_HELD or words in self._new_text():
                return False
            bare = [fold(ITEM_LABEL.sub("", k, count=1)) for k in new_article.split("\n") if k.strip()]
            others = [fold(ITEM_LABEL.sub("", k, count=1)) for k in self._old_lines(line) if k.strip() and k.strip() != line]
            # reworded there: a line reads like it, and no other old line reads as much like that one
            kept = any((sc := similarity(words, k)) >= _REWORDED_HERE and all(similarity(o, k) < sc for o in others)
                       for k in bare)  # fmt: skip
            return not kept and not self._reworded_elsewhere(words)
        words = fold(line)
        if len(words) < WORDS_HELD or words in self._new_text():
            return False
        there = fold(new_article)
        grams = {words[k:k + 2] for k in range(len(words) - 1)}
        held = len(grams & {there[k:k + 2] for k in range(len(there) - 1)}) / max(1, len(grams))
        # nor one a 款 of what its article became rewords in its place, even loosely
        rewritten = max((similarity(words, fold(k)) for k in new_article.split("\n") if k.strip()), default=0.0)
        return held < DELETED_ELSEWHERE and rewritten < _REWORDED_HERE and not self._reworded_elsewhere(words)

    def _new_text(self) -> str:
        """The new version's articles, folded, one line each (worked out when first asked)."""
        if self._folded is None:
            self._folded = "\n".join(fold(v.unit.body(self.new_sep)) for v in self.new.articles())
        return self._folded

    def words_in(self, put: Sequence[str], like: str = "") -> str | None:
        """The citation of :meth:`words_in_unit`'s unit, or None."""
        found = self.words_in_unit(put, like)
        return describe(found, self.lang, self.new) if found is not None else None

    def words_in_unit(self, put: Sequence[str], like: str = "") -> str | None:
        """Where the new version has, word for word, words a proposal on an article it deleted put
        in (WORDS_HELD characters or more: a sentence, not a phrase every article has): the eid
        of the first unit holding them, for staff to see the proposal was made elsewhere (农产品质量
        安全法 2018 第五十四条's new sentence, in 2022 第七十九条第一款); None. Of several units
        holding them (a fine's range many penalty articles share), the one reading most ``like`` the
        old article's text."""
        # (without the mark that ends them: the new version may go on after them, ，根据需要…; nor a 项's
        # label, which its unit's text leaves out and the new version may number otherwise)
        wanted = [w for w in (fold(ITEM_LABEL.sub("", x.strip(), count=1)).rstrip("。；，：") for x in put)
                  if len(w) >= WORDS_HELD]  # fmt: skip
        if not wanted:
            return None
        held = []
        for u in self.new_index.values():
            if u.kind in (Kind.PARAGRAPH, Kind.ITEM) or (u.kind is Kind.ARTICLE and not any(
                    k.kind is Kind.PARAGRAPH for k in u.children)):  # fmt: skip
                body = fold(u.body(self.new_sep))
                if any(w in body for w in wanted):
                    held.append((u, body))
        if not held:
            return None
        # the smallest units holding them (a 项, not the 款 that holds it too)
        held = [h for h in held if not any(o[0] is not h[0] and o[0].eid.startswith(h[0].eid + "__") for o in held)]
        old = fold(like)
        # (the first, as the law orders them, among the most alike)
        best = max(held, key=lambda h: similarity(old, h[1]) if old else 0.0)[0] if len(held) > 1 else held[0][0]
        return best.eid

    def closest(self, article: str) -> tuple[str, float] | None:
        """For an old article the new version deleted: the citation of the new unit that reads most
        like it, and how much (:func:`~lawcomment.review.align.closest_unit`); None."""
        if article not in self._closest:  # (once per article: many comments may ask one deleted)
            found = closest_unit(self.alignment, article)
            self._closest[article] = None if found is None else (describe(found[0], self.lang, self.new), found[1])
        return self._closest[article]

    def _verdicts(self, article: str, counted: Sequence[Span], spans: Sequence[Span]) -> list[str]:
        """:meth:`_judged` of each change in ``counted``, the same change made in several places
        credited no more often than the new version writes its new words afresh: 地质矿产 →
        自然资源 asked four times, the new version writing 自然资源 twice (its two sentences of
        国务院有关主管部门协助… gone), is made twice, in the order they stand (矿产资源法 2009 第十一条,
        a trial), not wherever words like those around one stand."""
        found = [self._judged(article, sp, spans) for sp in counted]
        base = self.base(article)
        groups: dict[tuple[str, str], list[int]] = {}
        for k, sp in enumerate(counted):
            if found[k] == "made" and sp.new and not self.deleted(article):
                groups.setdefault((base[sp.start:sp.end], sp.new), []).append(k)
        for (_, new), ks in groups.items():
            if len(ks) < 2:
                continue
            pair = self._pair(article)
            # the places the new version wrote them afresh: in its own edits (never less for a like word
            # it took out elsewhere)
            written = sum(sp.new.count(new) for sp in self._version(pair))
            if written >= len(ks):
                continue
            # each place to the change whose words around it read most alike there (国务院… beside 国务院…,
            # 人民政府… beside 人民政府…), the earlier change first on a tie
            at = pair.starts[article]
            places = [m.start() for m in re.finditer(re.escape(new), pair.new)]
            scored = sorted(((_around(pair.old, at + counted[k].start, at + counted[k].end, pair.new, p, p + len(new)), -k, p)
                             for k in ks for p in places), reverse=True)  # fmt: skip
            credited: set[int] = set()
            used: set[int] = set()
            for _, neg, p in scored:
                if len(credited) >= max(1, written):
                    break
                if -neg not in credited and p not in used:
                    credited.add(-neg)
                    used.add(p)
            for k in ks:
                if k not in credited:
                    found[k] = "not"
        return found

    def made_as_proposed(self, article: str, span: Span, spans: Sequence[Span] = ()) -> bool:
        """Whether the change ``span`` of old ``article`` was made, as a proposal's change is judged
        (:meth:`_judged`: the smaller changes it is made of too): carry-forward asks it of a
        decision, so a decision and the proposal it took never part. A 项 put in is judged as the
        proposal's own diff reads it too: a decision holds it at its line's start, （五）病死…；⏎
        before （五）其他…, a proposal's diff after the label, 病死…；⏎（六） after （五）."""
        base = self.base(article)
        words = base[span.start:span.end]
        if span in spans and words and span.new and sum(
                1 for sp in spans if sp.new == span.new and base[sp.start:sp.end] == words) > 1:  # fmt: skip
            # the same change made in several places: credited as the proposal's are (_verdicts)
            same = [sp for sp in spans if not relabels(base, sp)] or list(spans)
            if span in same:
                return self._verdicts(article, same, spans)[same.index(span)] == "made"
        if self._judged(article, span, spans or [span]) == "made":
            return True
        if spans or span.start != span.end or not ITEM_LABEL.match(span.new):
            return False
        # the items after it numbered on, as the position has them, then read as a diff reads them
        text = splice(base, [Span(p.start, p.end, p.new) for p in numbered(base, [Piece(span.start, span.end, span.new, ())])])
        again = diff(base, text).spans()
        return bool(again) and again != [span] and all(self._judged(article, s, again) == "made" for s in again)

    def _judged(self, article: str, span: Span, spans: Sequence[Span]) -> str:
        """:meth:`made` of one change of a proposal, or "made" when the smaller changes it is
        made of (finer_spans) all are: 行政主管 → 农村主管部门会同同级… is 行政 → 农村 and
        部门会同同级… put in, both made (应当会同同级…部门), though the new text never reads
        农村主管部门会同同级… (as carry-forward judges it, so the two never disagree)."""
        if (moved := self._moved_judge(article, span.start, span.end, span.new)) is not None:  # (judged against the words moved)
            alt, lo, hi = moved
            found = alt._judged(article, span, [o for o in spans if lo <= o.start and o.end <= hi])
            self._from_moved(alt)
            return found
        found = self.made(article, span.start, span.end, span.new, spans)
        if found == "made":
            return found
        base = self.base(article)
        pieces = [Span(span.start + p.start, span.start + p.end, p.new)
                  for p in finer_spans(base[span.start:span.end], span.new)]  # fmt: skip
        # each piece made as proposed: its words, with the text around it as it was, in the new text
        # (五千元以下 asked: 五千元以上二万元以下 holds 以下, but not after 五千元)
        if len(pieces) > 1 and all(self.made(article, p.start, p.end, p.new, spans) == "made"
                                   and _in_place(base, p, self._pair(article).new) for p in pieces):  # fmt: skip
            return "made"
        return found

    def insertion(self, after: str, text: str) -> bool:
        """Does the new version have the provision ``text`` proposed after old article (or
        unit) ``after``: an article it added reading exactly so, wherever it put it, or nearly
        so within ``_NEAR`` places of where it would go; or those words in an article there
        (put in as a 款 or 项 of the article, or of a neighbour)? Carry-forward asks this too,
        so the two never disagree."""
        return self.inserted_at(after, text) is not None

    def inserted_at(self, after: str, text: str) -> str | None:
        """:meth:`insertion`, saying where: the new version's article that holds the provision
        (an added one, or one it put the words into), or None."""
        article = self.article_of(after) or after
        slot = 0  # the new article's place: after where ``article`` (or the last article before it that survived) went
        for eid in reversed(self._old_order[:self._old_order.index(article) + 1] if article in self._old_order else ()):
            news = self.by_old[eid].new if eid in self.by_old else ()
            if news:
                slot = max(self._new_order[n] for n in news) + 1
                break
        key = fold(text)
        if not key:
            return None
        # an added article reading as the provision, or one of its 款 (the provision as its first 款, a
        # clause put after it and a 款 after that: 畜牧法 2022 第六十五条 for a trial's 第五十三条之一)
        # (read alike and saying the opposite, 不得 asked, 可以 enacted, is no provision of it: a review)
        added = next((n for at, body, n in self._added
                      if fold(body) == key or (abs(at - slot) <= _NEAR and _reads_as(text, body)
                                               and not opposite(text, body))), None)  # fmt: skip
        if added is not None:
            return added
        around = [e for e, at in self._new_order.items() if slot - 1 - _NEAR <= at <= slot + _NEAR]
        return next((e for e in around if self._put_in(e, text, key)
                     and (key in fold(body := self.new_index[e].body(self.new_sep)) or not opposite(text, body))), None)

    def _kuan_written_as(self, at: str, text: str) -> str | None:
        """The 款 of new article ``at`` (of several) that is, word for word (width and spacing aside), the one-line
        provision ``text`` asked as an article of its own; None."""
        unit = self.new_index[at]
        if "\n" in text.strip() or len(unit.children) < 2:
            return None
        key = plain_form(text.strip())
        return next((u.eid for u in unit.children if u.kind is Kind.PARAGRAPH
                     and plain_form(renumber(u.body(self.new_sep), self._back)) == key), None)  # fmt: skip

    def also(self, article: str, proposed: str, comment: int = 0, member: str = "",
             region: tuple[int, int] | None = None) -> tuple[tuple[str, ...], bool, bool]:  # fmt: skip
        """For a proposal ``proposed`` (old ``article``'s whole text as it asks) that the new version
        adopted: the words the new article has that it has not (ALSO_MOST pieces of ALSO_CHARS
        characters at most, within a line), and whether there are more than that; ((), False, False) when
        the new article reads as proposed, or the article became several. Words another proposal on the
        article asked (:attr:`asked`, but those of comment ``comment`` and of its ``member``: another member's,
        whom the report names so) are not counted: the third value says whether there were some. With
        ``region``, only the words the new version wrote there (:func:`_also_written`)."""
        news = self.by_old[article].new if article in self.by_old else ()
        if len(news) != 1:
            return (), False, False
        others = [(t, p) for t, p, cid, m in self.asked.get(article, ()) if cid != comment and not (member and m == member)]
        return _also_written(proposed, numbered_back(self.new_index[news[0]].body(self.new_sep), self._back, proposed),
                             others, region)  # fmt: skip

    def alike(self, after: str, text: str) -> Alike | None:
        """The words of the new version, in the articles two places either way of where old article
        ``after`` went, that read much like the new article ``text`` (:func:`reads_like`), or None."""
        news = self.by_old[after].new if after in self.by_old else ()
        if not news:
            return None
        if self._articles is None:
            self._articles = [e for e, u in self.new_index.items() if u.kind is Kind.ARTICLE]
        at = self._articles.index(news[0]) if news[0] in self._articles else -1
        if at < 0:
            return None
        found = reads_like(text, ((e, self.new_index[e].body(self.new_sep)) for e in self._articles[max(0, at - 2):at + 3]))
        return None if found is None else Alike(found[0], describe(found[1], self.lang, self.new), found[2], found[3])

    def left_out(self, new_eid: str, text: str) -> tuple[str, ...]:
        """The clauses of the provision ``text`` that new article ``new_eid``, which holds it
        (:meth:`inserted_at`), does not have: words of LEFT_OUT characters or more that the new
        version has nothing in place of (a clause dropped, not one reworded), without the marks
        around them; () when it has them all."""
        body = renumber(self.new_index[new_eid].body(self.new_sep), self._back)
        if fold(text) in fold(body):
            return ()
        out = []
        for sp in diff(body, text).spans():
            words = sp.new.strip(_MARKS)
            if len(fold(words)) < LEFT_OUT or len(fold(body[sp.start:sp.end])) > 1:
                continue
            if sp.start == 0 and (sp.new.rstrip().endswith(("：", ":")) or _new_unit_lead().match(sp.new)):
                continue  # (增加一条，作为第二条：… typed before the provision: no words of it)
            # (words the new version has, in this article or another: put elsewhere, or in another order, not left out)
            if fold(words) in fold(body) or fold(words) in self._new_text():
                continue
            out.append(words)
        return tuple(out)

    def _put_in(self, new_eid: str, text: str, key: str) -> bool:
        """Did the new version put the provision ``text`` (folded: ``key``) into new article
        ``new_eid``: its words there and not in the old articles it came from, or as many of its
        sentences in a row reading nearly so (``_SAME_SENTENCES``) that are the new version's own
        words, not a rewording of a sentence the old articles had (依托第三方开展客户尽职调查的
        written for 依托第三方识别客户身份的, yes; the old 第二条's 十个工作日 made 五个, which the
        proposed article for 特定非金融机构 also says, no)?"""
        body = renumber(self.new_index[new_eid].body(self.new_sep), self._back)
        was = self._was(new_eid)
        if key in fold(body):
            return key not in was
        want = len(sentences(text))

        def runs(pieces: list[str]) -> list[str]:
            return ["".join(pieces[i:i + want]) for i in range(max(1, len(pieces) - want + 1))]

        old = runs([x for o in self._old_of_new(new_eid) for x in sentences(self.old_index[o].body(self.old_sep))])
        return any(similarity(text, run) >= _SAME_SENTENCES and fold(run) not in was
                   and all(similarity(run, before) < _SAME_SENTENCES for before in old)
                   for run in runs(sentences(body)))  # fmt: skip

    def _words_put_in(self, article: str, text: str) -> bool:
        """Whether a 款 of the new article(s) old ``article`` became ends with ``text`` (folded)
        after words of its own, which the old article did not hold: a new 款 asked, written as the
        last sentence of the 款 before it (one written as a 款 of its own is judged at its place)."""
        key = fold(text)
        news = self.by_old[article].new if article in self.by_old else ()
        return bool(key) and key not in fold(self.base(article)) and any(
            written_into_line(renumber(self.new_index[n].body(self.new_sep), self._back), text) for n in news)  # fmt: skip

    def _old_of_new(self, new_eid: str) -> tuple[str, ...]:
        """The old articles new article ``new_eid`` came from (none for one the new version added)."""
        if self._old_of is None:
            self._old_of = {n: e.old for e in self.by_old.values() for n in e.new}
        return self._old_of.get(new_eid, ())

    def _was(self, new_eid: str) -> str:
        """The folded old text of the articles new article ``new_eid`` came from ("" for one the
        new version added): words already there were not added by it."""
        return fold("\n".join(self.old_index[o].body(self.old_sep) for o in self._old_of_new(new_eid)))


#: How like a 款 of the article it became a 款 asked deleted may read and still count as gone from it
#: (its article's 款 fewer in the new version): below this, no 款 there rewords it.
_REWORDED_HERE = 0.3


def _at_line_start(old: str, s: int, new: str) -> tuple[int, str] | None:
    """The insertion of ``new`` at ``s`` of ``old``, slid back over the characters it ends with that
    stand before it (the same text results), to where it puts in whole lines (it starts at a
    line's start and ends with its line break): (its place, its words), or None when no slide does."""
    for k in range(1, min(len(new), s) + 1):
        if old[s - k] != new[-k]:
            return None
        at, words = s - k, old[s - k:s] + new[:-k]
        if words.endswith("\n") and (at == 0 or old[at - 1] == "\n"):
            return at, words
    return None


def _new_unit_lead() -> re.Pattern[str]:
    """The intake's pattern of an instruction typed before a new provision's words (增加一条，作为第二条：),
    which a proposal stored before the intake took it out may still hold (imported when first asked:
    review.proposals costs every export process a module it has no other use for)."""
    from .proposals import NEW_UNIT_LEAD

    return NEW_UNIT_LEAD


def _reads_as(text: str, body: str) -> bool:
    """Whether an added article ``body`` reads as the provision ``text``: the whole of it, or one
    of its 款 (the provision as its first 款, a clause put after it and a 款 after that: 畜牧法 2022
    第六十五条 for a trial's 第五十三条之一)."""
    if similarity(text, body) >= _SAME:
        return True
    kuan = body.split("\n")
    return len(kuan) > 1 and any(2 * len(k) >= len(text) and similarity(text, k) >= _SAME for k in kuan)


def _kept_reworded(line: str, pair: _Pair) -> bool:
    """Whether a 款 of the new article reads much like ``line`` (an old 款) and likes no other old
    款 as well: that 款 reworded a little, not deleted (a 款 the new version keeps word for word is
    judged before; one its old neighbour became is that neighbour's)."""
    mine = fold(line)
    olds = [fold(k) for k in pair.old.split("\n") if k.strip() and k.strip() != line]
    for k in pair.new.split("\n"):
        there = fold(k)
        if not there or there == mine:
            continue
        score = similarity(mine, there)
        if score >= DELETED_ELSEWHERE and all(similarity(o, there) < score for o in olds):
            return True
    return False


#: Marks that bound a clause: words asked deleted between two of them (or a 款's edge) are a clause.
_CLAUSE_MARKS = frozenset("，；。：,;:")


def _clause_gone(pair: _Pair, s: int, e: int) -> bool:
    """Whether ``pair.old[s:e]``, words asked deleted, are a clause or clauses of a sentence
    (bounded by clause marks or a 款's edge, the marks around them aside; WORDS_HELD characters or
    more) that ``pair.new`` (what their article became) has nowhere: not word for word, their
    pairs of characters mostly not there (under DELETED_ELSEWHERE), and no clause of it reading
    like them, even loosely (under _REWORDED_HERE, as for a 款: 涉嫌犯罪的，依法移送司法机关 rewords
    构成犯罪的，依法追究刑事责任; 对个人处五十万元以下的罚款 does not). A stray mark the deletion left beside them (罚款；。)
    says nothing: only the words asked out are judged."""
    while s < e and pair.old[s] in _CLAUSE_MARKS:
        s += 1
    while e > s and pair.old[e - 1] in _CLAUSE_MARKS:
        e -= 1
    words = pair.old[s:e]
    if "\n" in words or len(fold(words)) < WORDS_HELD:
        return False
    if not ((s == 0 or pair.old[s - 1] in _CLAUSE_MARKS or pair.old[s - 1] == "\n")
            and (e == len(pair.old) or pair.old[e] in _CLAUSE_MARKS or pair.old[e] == "\n")):  # fmt: skip
        return False  # words inside a clause: judged by the stretch they stand in
    folded, there = fold(words), fold(pair.new)
    if folded in there or _reworded_in_place(pair, s, folded):
        return False
    # each clause of the new text, and each two in a row (a clause rewritten as two)
    clauses = [x for x in re.split(r"[，；。：,;:\n]", pair.new) if x]
    runs = clauses + ["，".join(clauses[k:k + 2]) for k in range(len(clauses) - 1)]
    if _forbids(words) and not any(_forbids(x) for x in runs if similarity(words, x) >= _REWORDED_HERE):
        # a prohibition asked out that no clause of the new article reading like it goes on saying, though its
        # words are about (但是，资本公积金不得用于弥补公司的亏损 asked deleted; 公司法 2023 第二百一十四条 allows it
        # in a 款 of its own, 可以按照规定使用资本公积金: a trial's carried "adopted" beside the report's "not adopted")
        return True
    grams = {folded[k:k + 2] for k in range(len(folded) - 1)}
    held = len(grams & {there[k:k + 2] for k in range(len(there) - 1)}) / max(1, len(grams))
    if held >= DELETED_ELSEWHERE:
        return False
    return all(similarity(words, x) < _REWORDED_HERE for x in runs)


def _reworded_in_place(pair: _Pair, s: int, folded: str) -> bool:
    """Whether the new text, after the words that stood before ``pair.old[s:]`` (a clause asked
    deleted, ``folded`` its words), goes on with a clause sharing three characters in a row with
    it: the clause reworded where it stood (构成犯罪的，依法追究刑事责任 → 涉嫌犯罪的，移送公安机关依法处理,
    under the loose similarity a rewording of a few words reaches: a review's "adopted")."""
    before = pair.old[max(0, s - 3):s]
    if len(before) < 2:
        return False
    runs = {folded[k:k + 3] for k in range(len(folded) - 2)}
    at = pair.new.find(before)
    while at >= 0:
        after = re.match(r"[^。；;\n]*", pair.new[at + len(before):])
        said = fold(after[0]) if after else ""
        if any(said[k:k + 3] in runs for k in range(len(said) - 2)):
            return True
        at = pair.new.find(before, at + 1)
    return False


#: Characters before and after words replaced that tell their clause: the new version has the
#: words asked after the same two, or before the same three (元以上 is not 元以下).
_LEFT, _RIGHT = 2, 3


def _beside_its_words(wanted: str, now: str, at: int, to: int) -> bool:
    """Whether ``wanted[at:to]`` (words put in place of others) stands in ``now`` after the
    characters it follows in ``wanted``, or before those that follow it there (as many as both
    texts have, up to :data:`_LEFT` and :data:`_RIGHT`)."""
    words = wanted[at:to]
    left, right = wanted[max(0, at - _LEFT):at], wanted[to:to + _RIGHT]
    i = now.find(words)
    while i >= 0:
        before, after = now[max(0, i - len(left)):i], now[i + len(words):i + len(words) + len(right)]
        if (left and before == left) or (right and after == right) or not (left or right):
            return True
        i = now.find(words, i + 1)
    return False


def _in_place(base: str, piece: Span, new_text: str) -> bool:
    """Whether ``new_text`` has the words ``piece`` puts in with two characters of ``base`` on
    each side of it as they were (a deletion: the two sides joined)."""
    lo, hi = max(0, piece.start - 2), min(len(base), piece.end + 2)
    return base[lo:piece.start] + piece.new + base[piece.end:hi] in new_text


#: Characters before a change, at least and at most, that must stand once in the new article
#: (after no line break) to say where the change's place is: four (，可以处) may open another
#: sentence of the new article.
_ANCHOR_MIN, _ANCHOR_MAX = 6, 12
#: ... or this many, from a sentence's start (the mark ending the sentence before included).
_ANCHOR_SENTENCE = 4
#: ... or this many where the diff puts the change's place (give or take _ANCHOR_SLACK characters).
_ANCHOR_NEAR, _ANCHOR_SLACK = 4, 2
#: Marks that open (or close) a clause of a sentence's own.
_OWN_CLAUSE_MARKS = frozenset("。；;")
_SENTENCE_MARKS = frozenset("。；！？;!?")


def _after_the_words_asked(wanted: str, now: str, at: int, to: int, near: Sequence[Span]) -> bool:
    """For words put in at ``wanted[at:to]``: whether the new text has them with the two
    characters asked before them and the two after (nothing written right beside them: 不公开 for
    公开 asked after 应当 is not), and what it changed near them writes no number."""
    if at < 2 or to + 2 > len(wanted) or any(ch in NUMERAL for sp in near for ch in sp.new + wanted[sp.start:sp.end]):
        return False
    # nor a negation or a modal word the new version wrote near them where none stood (不需要另行报经 for
    # 需要另行报经 asked; 禁止违反 → 不得违反 changes no sense)
    if any(any(ch in BENDS for ch in sp.new) and not any(ch in BENDS for ch in wanted[sp.start:sp.end]) for sp in near):
        return False
    return wanted[at - 2:to + 2] in now


def _beside(sp: Span, at: int, to: int, words: str) -> str:
    """The words edit ``sp`` (of the text as asked) writes beside ``[at, to)``, where ``words``
    were asked: none when they are a clause of their own after it or before it that leaves those
    words as they are (；其负有责任的… after ，可以予以通报; never ；情节轻微的，不予通报)."""
    if ((sp.start >= to and sp.new[:1] in _OWN_CLAUSE_MARKS) or (sp.end <= at and sp.new[-1:] in _OWN_CLAUSE_MARKS)) \
            and own_clause(words, sp.new):  # fmt: skip
        return ""
    return sp.new


def written_into_line(body: str, text: str) -> bool:
    """Whether a line (款) of ``body`` ends with ``text`` (folded) after words of its own: a new
    款 asked, written by the new version as the last sentence of another. Words of fewer than
    _INTO_LINE characters (依法给予处分。) end many a 款 by themselves, and say nothing."""
    key = fold(text)
    # after a sentence's end: 不需要办理… after 自养自用的农户 says the opposite, and 大型养殖场应当… narrows it
    return len(key) >= _INTO_LINE and any(len(fold(line)) > len(key) and fold(line).endswith(key)
                                          and fold(line)[:-len(key)][-1:] in _SENTENCE_MARKS
                                          for line in body.split("\n"))  # fmt: skip


#: Characters a new 款's words need to count as written into the 款 before it.
_INTO_LINE = 10


def _new_window(ops: tuple[Op, ...], s: int, e: int) -> tuple[int, int]:
    """The stretch of the new text that old ``[s, e)`` became by the diff: the new side of every
    edit it touches (a long rewriting whole), or where it lies in words both keep."""
    lo: int | None = None
    hi: int | None = None
    for op in ops:
        if op.kind is OpKind.EQUAL:
            if op.start <= s <= op.end:
                at = op.new_start + s - op.start
                lo = at if lo is None else min(lo, at)
            if op.start <= e <= op.end:
                to = op.new_start + e - op.start
                hi = to if hi is None else max(hi, to)
        elif op.start <= e and op.end >= s:
            lo = op.new_start if lo is None else min(lo, op.new_start)
            hi = op.new_end if hi is None else max(hi, op.new_end)
    lo = lo or 0
    return lo, hi if hi is not None else lo


#: Words taken out, this many characters or more, are a clause: what follows them is judged over
#: _AFTER_CLAUSE characters, not two.
_CLAUSE, _AFTER_CLAUSE = 8, 4


def _anchored(ahead: str, after: str, was: str, words: str, new_text: str,
              window: tuple[int, int] | None) -> tuple[bool, str, str] | None:  # fmt: skip
    """Whether the replacement or insertion of ``was`` by ``words`` stands in ``new_text`` right
    after the longest words ``ahead`` of it ends with that stand there once, followed by ``after``
    (the two characters after it) within reach: (made, ``was``, the words written there instead).
    Those words say where its place is when they are a sentence's opening (_ANCHOR_SENTENCE
    characters or more), or _ANCHOR_MIN or more, or, within the stretch of the new text the diff
    gives (``window``, give or take _ANCHOR_SLACK), _ANCHOR_NEAR or more: a few words that open
    another sentence elsewhere (，可以处) say nothing. None when nothing says where its place is,
    or what stands there holds the words asked with others (judged by the stretch: 依法及时 for 及时)."""
    if not words or not after or "\n" in after:
        return None
    at, k = -1, 0
    for size in range(1, _ANCHOR_MAX + 1):
        if size > len(ahead) or "\n" in ahead[-size:]:
            break
        first = new_text.find(ahead[-size:])
        if first < 0:
            break  # the words before it were rewritten from here on
        if new_text.find(ahead[-size:], first + 1) < 0:  # once (and so every longer one found)
            at, k = first + size, size
    whole = k and (k == len(ahead) or ahead[-k] in _SENTENCE_MARKS or ahead[-k - 1] == "\n")
    near = window is not None and window[0] - _ANCHOR_SLACK <= at <= window[1] + _ANCHOR_SLACK
    if not ((whole and k >= _ANCHOR_SENTENCE) or (window is not None and k >= _ANCHOR_MIN)
            or (near and k >= _ANCHOR_NEAR)):  # fmt: skip
        return None
    if new_text.startswith(words + after, at):
        return True, was, words
    reach = new_text[at:at + len(words) + len(was) + 8]
    cut = reach.find(after)
    if cut < 0 or words in reach[:cut]:
        return None
    return False, was, reach[:cut]


def _made_here(pair: _Pair, s: int, e: int, new: str) -> bool:
    """Whether the new text has ``pair.old[s:e]`` → ``new`` made with the ``_CONTEXT`` characters
    around it on both sides as they were, and not the words as they were: made where the text
    around was moved or rewritten so much that the stretch it lands on cannot tell (the diff of a
    merged article that reordered its 款 took 隐藏 → 隐匿 into one rewritten block)."""
    lo, hi = max(0, s - _CONTEXT), min(len(pair.old), e + _CONTEXT)
    if min(s - lo, hi - e) < _CONTEXT // 2:
        return False  # too few words around to know the place by them, on each side (the end of a text is no place)
    wanted = pair.old[lo:s] + new + pair.old[e:hi]
    return pair.old[lo:hi] not in pair.new and pair.new.count(wanted) == 1


def _around(old: str, s: int, e: int, new: str, ns: int, ne: int, most: int = 8) -> int:
    """How many characters before and after ``old[s:e]`` stand so around ``new[ns:ne]`` too."""
    before = 0
    while before < most and s - before > 0 and ns - before > 0 and old[s - before - 1] == new[ns - before - 1]:
        before += 1
    after = 0
    while after < most and e + after < len(old) and ne + after < len(new) and old[e + after] == new[ne + after]:
        after += 1
    return before + after


def _match_otherwise(wanted: str, text: str, at_line_start: bool, at_line_end: bool) -> tuple[int, int, tuple[str, ...]] | None:
    """Where ``text`` has ``wanted`` once, its characters in either width, with whitespace and
    definitions in brackets (:data:`_NAMING`) that ``wanted`` has not written amid them: (start,
    end, the definitions); None when nowhere or more than once."""
    pieces = []
    naming = f"(?:{_NAMING.pattern})"
    for k, ch in enumerate(wanted):
        if ch.isspace():
            continue
        forms = {ch, ch.translate(_WIDE), plain_form(ch)}
        forms |= {w for w, n in _NARROW.items() if n == ch}
        pieces.append("(?:" + "|".join(re.escape(f) for f in sorted(forms) if f) + ")")
        if k < len(wanted) - 1:
            pieces.append(rf"[^\S\n]*{naming}?[^\S\n]*")
    if not pieces:
        return None
    pattern = ("(?:^)" if at_line_start else "") + "".join(pieces) + ("(?=\n|$)" if at_line_end else "")
    found = list(re.finditer(pattern, text, flags=re.M))
    if len(found) != 1:
        return None
    m = found[0]
    added = tuple(x.group(0) for x in _NAMING.finditer(m.group(0)) if x.group(0) not in wanted)
    if any(x.group(0) in wanted for x in _NAMING.finditer(m.group(0))):
        return None
    return m.start(), m.end(), added


#: Each character that has a full-width form (, → ，), and each full- or half-width form by the
#: character it is (， → ,), for :func:`_match_otherwise`.
_NARROW = {chr(cp): plain_form(chr(cp)) for cp in range(0xFF01, 0xFF5F)}
_WIDE = str.maketrans({n: w for w, n in _NARROW.items() if len(n) == 1})


#: The marks that close a sentence, to split a provision asked into its sentences (_held_in_order).
_SENTENCE_SPLIT = re.compile(r"[。；;！？!?]")


def _pieces(text: str) -> Iterator[str]:
    """The clauses and sentences of ``text``, stripped, as :func:`~lawcomment.review.rebase.said_already` reads them."""
    for pattern in (_CLAUSE_PIECE, _SENTENCE_PIECE):
        for m in pattern.finditer(text):
            yield m.group().strip()


_CLAUSE_PIECE, _SENTENCE_PIECE = re.compile(r"[^，,。；;：:！？\n]+"), re.compile(r"[^。；;！？\n]+")


def _joined(old: str, s: int, e: int, new: str) -> tuple[bool, bool]:
    """Whether the change ``old[s:e]`` → ``new`` goes on with the words before it (no mark of the old text
    between: ，并定期检测 put in after 国家规定的标准 goes on with that clause) and with the words after it (no mark
    between, of the old text or closing the words put in: 并定期向社会公布有关情况， put in before 可以 is a clause of its
    own): an edit of the version touching it there is at its place (:meth:`Judge.instead`)."""
    return (s > 0 and old[s - 1] not in _MARKS,
            e < len(old) and old[e] not in _MARKS and new[-1:] not in _MARKS)


def _held_in_order(text: str, body: str) -> bool:
    """Whether ``body`` has each sentence of ``text``, word for word (width and spacing aside, the mark
    that closes it too), in order: the new version wrote it with words of its own after (…开具承诺达标合格证，
    承诺不使用…, 农产品质量安全法 2022 第三十九条, a trial: "in other words" was said)."""
    folded, at = fold(body), 0
    for sentence in (fold(x) for x in _SENTENCE_SPLIT.split(text)):
        if not sentence:
            continue
        found = folded.find(sentence, at)
        if found < 0:
            return False
        at = found + len(sentence)
    return True


def _proposed(c: Comment, article: Unit, sep: str) -> str | None:
    """The whole article as comment ``c`` would have it (None: its anchor is not in it), as
    the merge places it (:func:`lawcomment.review.position.placed`)."""
    spans = unit_spans(article, sep)
    if (c.anchor.eid or "") not in spans:
        return None
    base = article.body(sep)
    text = placed(c, article, sep, spans, base)
    if text is None or c.stance is Stance.AMEND:
        return text
    # a 项 put in or taken out, with the items after it numbered on, as the position has it
    edits = [Piece(s.start, s.end, s.new, ()) for s in diff(base, text).spans()]
    return splice(base, [Span(p.start, p.end, p.new) for p in numbered(base, edits)])


def _state(deleted: bool, present: int, changes: int, in_part: int = 0) -> Adoption:
    if present == changes:
        return Adoption.ADOPTED
    if deleted:
        return Adoption.ARTICLE_DELETED
    return Adoption.PARTLY if present or in_part else Adoption.NOT_ADOPTED


def outcomes(old: Draft, new: Draft, alignment: Alignment, comments: list[Comment]) -> list[Outcome]:
    """The fate of every wording proposal (amend, delete, insert) among ``comments``, each
    of its changes judged at its place (see :class:`Judge`)."""
    judge = Judge(old, new, alignment)
    index, sep = unit_index(old), body_separator(old)
    for c in comments:
        # what each wording proposal takes out and puts in, by article (Judge.also)
        if c.status in INACTIVE or c.stance is not Stance.AMEND or c.lang or not c.anchor.eid:
            continue
        article = judge.article_of(c.anchor.eid)
        proposed = _proposed(c, index[article], sep) if article is not None else None
        if article is not None and proposed is not None:
            base = judge.base(article)
            judge.asked.setdefault(article, []).extend((base[sp.start:sp.end], sp.new, c.id, c.member) for sp in diff(base, proposed).spans())
    return [o for c in comments if (o := judge.outcome(c)) is not None]


@dataclass(frozen=True, slots=True)
class PieceOutcome:
    """One piece of the committee position and whether the new version adopted it:
    ``old`` → ``new`` at ``start``–``end`` of the article, or (``insertion``) a new article
    after it."""

    start: int
    end: int
    old: str
    new: str
    supporters: tuple[str, ...]
    adopted: bool
    insertion: bool = False
    in_part: bool = False  # not adopted, but the new version made part of it (see Judge.made)
    otherwise: Otherwise | None = None  # adopted otherwise than word for word at its place: what differs
    fines: tuple[tuple[str, str], ...] = ()  # the fine asked, set otherwise at its place: (asked, written), as Outcome's
    instead: tuple[tuple[str, str], ...] = ()  # not made, its very words rewritten: (asked, written), as Outcome's
    entries: tuple[str, ...] = ()  # made in part: the entries of a list it puts in that the new version made
    # not made, nothing written at its place: the new version's words that may say it in other words, as Outcome's
    said: tuple[str, str, float] | None = None

    def to_dict(self) -> dict[str, object]:
        return {"kind": "insertion" if self.insertion else "change", "start": self.start, "end": self.end,
                "old": self.old, "new": self.new, "supporters": list(self.supporters),
                "adopted": self.adopted, "in_part": self.in_part,
                **({"entries_made": list(self.entries)} if self.entries else {}),
                **({"otherwise": self.otherwise.to_dict()} if self.otherwise is not None else {}),
                **({"fines": _fines_dict(self.fines)} if self.fines else {}),
                **({"instead": _fines_dict(self.instead)} if self.instead else {}),
                **({"said": {"words": self.said[0], "in": self.said[1], "share": round(self.said[2], 2)}}
                   if self.said is not None else {})}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ArticleAdoption:
    """What the new version made of the committee position on one old article."""

    eid: str
    old_citation: str
    new_citation: str
    state: Adoption
    pieces: tuple[PieceOutcome, ...]
    # an article the alignment deleted, judged where the new version reads like it (Outcome.merged)
    merged: tuple[str, float | None] | None = None
    # ... or where staff placed a copy of a proposal on it that the new version made (Outcome.placed)
    placed: str | None = None
    # every change of it in a 款 the new version moved to another article, judged there (Outcome.moved)
    moved: tuple[str, str, float] | None = None

    @property
    def changes(self) -> int:
        return len(self.pieces)

    @property
    def present(self) -> int:
        return sum(1 for p in self.pieces if p.adopted)

    @property
    def in_part(self) -> int:
        return sum(1 for p in self.pieces if p.in_part)

    @property
    def share(self) -> float:
        return self.present / self.changes if self.changes else 0.0

    def to_dict(self) -> dict[str, object]:
        return {"eid": self.eid, "old": self.old_citation, "new": self.new_citation, "state": str(self.state),
                "changes": self.changes, "present": self.present, "in_part": self.in_part,
                "share": round(self.share, 3), "pieces": [p.to_dict() for p in self.pieces],
                **({"merged": _merged_dict(self.merged)} if self.merged is not None else {}),
                **({"placed": self.placed} if self.placed is not None else {}),
                **({"moved": {"old": self.moved[0], "new": self.moved[1], "similarity": round(self.moved[2], 2)}}
                   if self.moved is not None else {})}  # fmt: skip


@dataclass(frozen=True, slots=True)
class PositionAdoption:
    """How much of the committee's position the new version adopted, per article and in total."""

    articles: tuple[ArticleAdoption, ...]

    @property
    def changes(self) -> int:
        return sum(a.changes for a in self.articles)

    @property
    def present(self) -> int:
        return sum(a.present for a in self.articles)

    @property
    def share(self) -> float:
        return self.present / self.changes if self.changes else 0.0

    def to_dict(self) -> dict[str, object]:
        return {"changes": self.changes, "present": self.present, "share": round(self.share, 3),
                "articles": [a.to_dict() for a in self.articles]}  # fmt: skip


def _piece_judged(judge: Judge, article: str, span: Span, found: str) -> str:
    """One piece of the committee position, judged (``found``) as a member's change is; a 项 put
    in, also as a proposal's diff reads it (:meth:`Judge.made_as_proposed`), so that the
    committee's share and the member's proposal it took never disagree."""
    if found == "made" or span.start != span.end or not ITEM_LABEL.match(span.new):
        return found
    return "made" if judge.made_as_proposed(article, span) else found


def position_adoption(positions: Iterable[UnitPosition], old: Draft, new: Draft, alignment: Alignment,
                      placed: Mapping[str, str] | None = None) -> PositionAdoption:  # fmt: skip
    """How much of the committee position on ``old`` (``lawcomment.consultation.draft_positions``)
    the ``new`` version adopted: what the submission carried by default, that is each change
    staff accepted (``pieces(submitted=True)``) and each new article they accepted, judged at
    its place like the members' proposals (see :class:`Judge`).
    Headings, and articles with nothing in the position, are left out.

    ``placed`` (:func:`staff_placements`: a unit of ``old`` → the unit of ``new`` where staff placed
    a copy of a proposal on it that the new version made there): the position on an article the
    alignment deleted is judged there too, as the proposal is (:func:`placed_by_staff`), so that the
    report never says the member's proposal adopted and the committee's same change deleted."""
    first = Judge(old, new, alignment)
    rows: list[ArticleAdoption] = []
    for pos in positions:
        article = pos.eid if pos.eid in first.by_old else None
        if article is None:
            continue
        row = _article_adoption(first, pos, article)
        if row is not None and row.state is Adoption.ARTICLE_DELETED:
            # an article the alignment deleted, judged where the new version reads like it or holds the words
            # put in, as a member's proposal is (Judge.merged_outcome): that judgement stands when it finds a
            # change made there
            pieces = pos.pieces(submitted=True)
            put = [p.new for p in pieces] + [i.text for i in pos.submitted_insertions()]
            wording = splice(first.base(article), [Span(p.start, p.end, p.new) for p in pieces])
            made = first.where_merged(article, put, wording, lambda alt: there if (
                there := _article_adoption(alt, pos, article)) is not None and there.present else None)  # fmt: skip
            if made is not None:
                unit, score, there = made
                row = replace(there, merged=(describe(unit, first.lang, new), score))
            else:
                row = _placed_adoption(first, pos, article, placed or {}) or row
        if row is not None:
            rows.append(row)
    return PositionAdoption(tuple(rows))


def _placed_adoption(judge: Judge, pos: UnitPosition, article: str,
                     placed: Mapping[str, str]) -> ArticleAdoption | None:  # fmt: skip
    """The position on ``article`` (which the alignment deleted) judged where staff placed a copy
    of a proposal on it (one of its units, in ``placed``) that the new version made there, when that
    finds one of its changes made; None. (Any member's proposal: where the new version made its
    changes is where the article's words went, and the position is adopted there only if one of its
    own changes is found made.)"""
    units = dict.fromkeys(unit for eid, unit in placed.items() if eid == article or eid.startswith(article + "__"))
    for unit in units:
        alt = judge.merged_judge(article, unit)
        there = _article_adoption(alt, pos, article) if alt is not None else None
        if there is not None and there.present:
            return replace(there, placed=describe(unit, judge.lang, judge.new))
    return None


def staff_placements(found: Iterable[Outcome], copies: Mapping[int, Comment]) -> dict[str, str]:
    """Each unit of the old version (a proposal's eid) → the unit of the new version where staff placed
    its copy and the new version made its changes (``found`` as :func:`placed_by_staff` gives them,
    ``copies`` as it takes them): what :func:`position_adoption` judges the position by there."""
    out: dict[str, str] = {}
    for o in found:
        copy = copies.get(o.comment.id)
        if o.placed is not None and copy is not None and o.comment.anchor.eid and copy.anchor.eid:
            out.setdefault(o.comment.anchor.eid, copy.anchor.eid)
    return out


def _article_adoption(judge: Judge, pos: UnitPosition, article: str) -> ArticleAdoption | None:
    """The committee position ``pos`` on old ``article``, judged by ``judge``; None when it
    submitted nothing there."""
    base = judge.base(article)
    pieces = pos.pieces(submitted=True)
    edits = [Span(p.start, p.end, p.new) for p in pieces]
    # judged as a member's change is (the smaller changes it is made of, too), so the committee's
    # share never disagrees with its members' proposals that are the same change
    counted = [p for p in pieces if not p.consequential]  # items numbered on are no change of the committee's
    # (the same change in several places credited as a member's are: no more often than made, _verdicts)
    verdicts = judge._verdicts(article, [Span(p.start, p.end, p.new) for p in counted], edits)
    made = [(p, _piece_judged(judge, article, Span(p.start, p.end, p.new), v)) for p, v in zip(counted, verdicts, strict=True)]
    found: list[PieceOutcome] = []
    for p, m in made:
        span = Span(p.start, p.end, p.new)
        instead = judge.instead(article, [span], [m], edits)
        found.append(PieceOutcome(p.start, p.end, base[p.start:p.end], p.new, p.supporters, m == "made",
                                  in_part=m == "part",
                                  otherwise=judge.otherwise(article, [span]) if m == "made" else None,
                                  fines=judge.fines(article, [span]), instead=instead,
                                  entries=judge.entries_made(article, span) if m == "part" else (),
                                  # (written in other words in the article, as a member's change is said)
                                  said=None if instead else judge.said_otherwise(article, [span], [m])))  # fmt: skip
    if any(not f.adopted for f in found) and not judge.deleted(article) and (kuan := judge._sentence_as_kuan(
            article, base, edits, [Span(p.start, p.end, p.new) for p in counted], [m for _, m in made])) is not None:  # fmt: skip
        # the sentences asked enacted word for word as a 款 of their own, as a member's proposal is judged (公司法
        # 2023 第二百一十四条第二款: a trial's committee "partly adopted (1/4 changes)" beside nordlicht's "adopted")
        placed = Otherwise(placed=describe(kuan, judge.lang, judge.new))
        first = next(k for k, f in enumerate(found) if not f.adopted)  # (the place said once)
        found = [f if f.adopted else replace(f, adopted=True, in_part=False, instead=(), said=None,
                                             otherwise=placed if k == first else None)
                 for k, f in enumerate(found)]  # fmt: skip
    put = []
    for i in pos.submitted_insertions():
        at, elsewhere = judge.inserted_at(article, i.text), None
        if at is not None and (kuan := judge._kuan_written_as(at, i.text)) is not None:
            # enacted as a 款 of an article, as the member's proposal is judged (公司法 2023 第二十三条第二款, a trial)
            at, elsewhere = kuan, Otherwise(placed=describe(kuan, judge.lang, judge.new))
        if at is None and (at := judge.provision_unit(i.text)) is not None:
            # enacted word for word as a unit of the new version, not where asked: made, as the member's proposal is
            elsewhere = Otherwise(placed=describe(at, judge.lang, judge.new))
        put.append((i, at))
        found.append(PieceOutcome(len(base), len(base), "", i.text, i.supporters, at is not None, True, otherwise=elsewhere))
    if not found:
        return None
    present, part = sum(1 for p in found if p.adopted), sum(1 for p in found if p.in_part)
    # a new article alone, made: where the new version put it (反垄断法 第八条's: 2022 第九条, before 第十条)
    places = {at for _, at in put if at is not None}
    now = (describe(places.pop(), judge.lang, judge.new) if len(found) == len(put) and len(places) == 1
           else judge.new_citation(article))  # fmt: skip
    shifted = judge.moved_within(article, edits) if not put else None
    if shifted is not None:
        now = describe(shifted[1], judge.lang, judge.new)  # (every change in a 款 the new version moved: judged there)
    return ArticleAdoption(article, describe(article, judge.lang, judge.old), now,
                           _state(judge.deleted(article), present, len(found), part), tuple(found),
                           moved=None if shifted is None else (describe(shifted[0], judge.lang, judge.old), now,
                                                               shifted[2]))  # fmt: skip


_NO_GROUP = "(no group)"  # the key of members without a working group


def summarise(found: list[Outcome], members: dict[str, Member]) -> tuple[dict[str, Counter[str]],
                                                                         dict[str, Counter[str]]]:  # fmt: skip
    """Counts of each state per member and per working group."""
    by_member: dict[str, Counter[str]] = defaultdict(Counter)
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    for o in found:
        by_member[o.comment.member][str(o.state)] += 1
        m = members.get(o.comment.member)
        by_group[(m.group if m and m.group else _NO_GROUP)][str(o.state)] += 1
    return dict(sorted(by_member.items())), dict(sorted(by_group.items()))


def adoption_dict(old_ref: str, new_ref: str, found: list[Outcome], members: dict[str, Member],
                  position: PositionAdoption | None = None, lang: str = "en",
                  carried: Mapping[int, int] | None = None, unjudged: Sequence[Comment] | None = None) -> dict[str, object]:  # fmt: skip
    """The ``adoption --format json`` document (schema ``lawcomment.adoption/1``); with
    ``position``, its ``position`` key says how much of the committee position was adopted.
    States are machine values (``state``); each also has its ``label`` in ``lang``. With
    ``carried`` (a comment's id → its copy's in the new version), each proposal carried
    forward names its copy (``carried_to``), as ``comment list`` of the new version lists it.
    ``unjudged``: the members' wordings of the translation, not judged (``unjudged``: their ids; the key
    left out when the caller did not look for them)."""
    from ..exports.labels import label

    by_member, by_group = summarise(found, members)
    carried = carried or {}
    proposals = [{**o.to_dict(members), "label": label(o.state, lang),
                  **({"carried_to": carried[o.comment.id]} if o.comment.id in carried else {})} for o in found]
    doc: dict[str, object] = {"schema": ADOPTION_SCHEMA, "old": old_ref, "new": new_ref, "proposals": proposals,
                              "members": {k: dict(v) for k, v in by_member.items()},
                              "groups": {k: dict(v) for k, v in by_group.items()}}  # fmt: skip
    if unjudged is not None:
        doc["unjudged"] = [c.id for c in unjudged]
    if position is not None:
        doc["position"] = {**position.to_dict(),
                           "articles": [{**a.to_dict(), "label": label(a.state, lang)} for a in position.articles]}
    return doc


def unjudged_line(unjudged: Sequence[Comment], lang: str = "en", most: int = 10,
                  names: Mapping[str, str] | None = None) -> str:  # fmt: skip
    """What the report says of the members' wordings of the translation it does not judge (a web
    trial's adoption page left a member's English wording out, unsaid): how many, whose (by
    ``names``, a member's id → how the page names it, else its id), where (the first ``most`` of
    them); "" for none."""
    if not unjudged:
        return ""
    languages = {"en": {"en": "English", "zh": "Chinese"}, "zh": {"en": "英文", "zh": "中文"}}[lang]
    kinds = {c.lang for c in unjudged}
    which_lang = languages.get(next(iter(kinds)), next(iter(kinds))) if len(kinds) == 1 else ""
    on, sep = ("，", "、") if lang == "zh" else (" on ", ", ")
    whole = "全文" if lang == "zh" else "the whole draft"
    named = names or {}
    # (a wording of the English translation is of a Chinese draft: its 项 numbered, Article 15(1)(3))
    shown = [f"#{c.id} {named.get(c.member, c.member)}{on}"
             f"{cite(c.anchor.eid, lang, digits=c.lang == 'en') if c.anchor.eid else whole}" for c in unjudged[:most]]  # fmt: skip
    if len(unjudged) > most:
        shown.append(f"另{len(unjudged) - most}条" if lang == "zh" else f"{len(unjudged) - most} more")
    key = "unjudged" if len(kinds) == 1 else "unjudged_any"
    return _TEXT[lang][key].format(n=len(unjudged), lang=which_lang, which=sep.join(shown))


_EID = re.compile(r" \([a-z][a-z0-9_\-]*\)")
_SENTENCE_END = re.compile(r"(?<=[。；！？\n])")


def sentences(text: str) -> list[str]:
    """``text`` cut after each sentence's end (。；！？ or a line break), each piece kept whole."""
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


_TEXT: dict[str, dict[str, str]] = {
    "zh": {"now": "（现为#{n}）", "head": "{old} 的修改建议在 {new} 中的采纳情况：", "unjudged": "未判断：{n}条对{lang}译本的修改措辞（{which}）：本报告只比对法律正文，请对照新版本的译本核对", "unjudged_any": "未判断：{n}条对译本的修改措辞（{which}）：本报告只比对法律正文，请对照新版本的译本核对", "share": "（{p}/{n}处修改）", "closest": "（新版本中最接近的是{where}，相似度{s:.2f}）", "deleted_like": "（新版本的{where}与其略有相近（相似度{s:.2f}）：请核对是否在此另作规定）", "words_in": "（所增文字见于新版本的{where}）", "merged": "（比对认为原条文已删除；按新版本中与其相近的{where}（相似度{s:.2f}）判断：请核对）", "merged_words": "（比对认为原条文已删除；按载有所增文字的新版本{where}判断：请核对）", "placed": "（工作人员已将其移至{where}，该处已按所提修改）", "with_article": "（新版本删除了整条，超出所提删除的范围）", "moved_to": "（所删文字现见于新版本的{where}）", "alike": "（新版本{where}有{words}（{how}），与所提条文相近：请核对是否以其他文字采纳）", "also": "（新版本另写有{words}）", "after": "{where}之后", "also_more": "（新版本在该条另写有其他文字）", "also_others": "（新版本也作了其他会员对该条建议的修改）", "in_part": "（{p}/{n}处修改，{k}处部分作出）", "entries": "（所增{words}中，新版本写入了{made}）", "said": "（新版本可能已以其他文字写有此意：{where}中的{words}（按顺序含其{s:.2f}的文字）：请核对是否已以其他文字采纳）", "by_member": "按会员：",
           "by_group": "按工作组：", "count": "{key}：{n}项修改建议：{cells}", "cell": "{state}{n}项", "sep": "，",
           "no_group": "（未分组）",
           "position": "委员会意见：{n}处修改中{p}处被采纳（{pct}）",
           "no_position": "委员会意见：尚无采纳的修改（工作人员用 `lawcomment decide` 采纳修改）"},
    "en": {"now": " (now #{n})", "head": "proposals on {old} against {new}:", "unjudged": "not judged: {n} wording(s) of the {lang} translation ({which}): the report compares the law's own text; check them against the new version's translation", "unjudged_any": "not judged: {n} wording(s) of the translations ({which}): the report compares the law's own text; check them against the new version's translations", "share": " ({p}/{n} changes)", "closest": " (the closest in the new version is {where}, similarity {s:.2f})", "deleted_like": " (the new version's {where} reads a little like it, similarity {s:.2f}: check whether it says the same anew)", "words_in": " (the words it puts in stand in {where} of the new version)", "merged": " (the alignment found the old article deleted; judged in {where} of the new version, which reads like it, similarity {s:.2f}: check)", "merged_words": " (the alignment found the old article deleted; judged in {where} of the new version, which has the words it puts in: check)", "placed": " (made in {where}, where staff placed it)", "with_article": " (the new version deleted the whole article, more than asked)", "moved_to": " (its words now stand in {where} of the new version)", "alike": " (the new version has {words} in {where} ({how}), much like the provision proposed: check whether it was adopted in other words)", "also": " (the new version also wrote {words})", "after": "after {where}", "also_more": " (the new version wrote more words of its own in the article)", "also_others": " (the new version made other members' proposed changes there too)", "in_part": " ({p}/{n} changes, {k} made in part)", "entries": " (of {words} put in, the new version wrote {made})", "said": " (the new version may say this already, in other words: {words} in {where} ({s:.2f} of its words in order): check whether it was adopted in other words)", "by_member": "by member:",
           "by_group": "by working group:", "count": "{key}: {n} proposal(s): {cells}", "cell": "{n} {state}",
           "sep": ", ", "no_group": "(no group)",
           "position": "committee position: {p} of {n} change(s) adopted ({pct})",
           "no_position": "committee position: no accepted changes (staff accept changes with `lawcomment decide`)"},
}  # fmt: skip


def plain_citation(citation: str) -> str:
    """A citation as a reader wants it, without eids: ``第十条 (art_10)`` → ``第十条``."""
    return _EID.sub("", citation)


def asked_at(o: Outcome, lang: str) -> str:
    """Where the proposal asked, as the review page's and Markdown's tables cite it: 第三十三条第四款, or
    for a new provision 第三十三条第四款之后 (after it), never as if that 款 were amended (a trial)."""
    was = plain_citation(o.old_citation)
    return _TEXT[lang if lang in _TEXT else "en"]["after"].format(where=was) if o.comment.stance is Stance.INSERT else was


def _cited(citation: str, lang: str) -> str:
    """Chinese tables print citations without their eids: 第十条, not 第十条 (art_10)."""
    return plain_citation(citation) if lang == "zh" else citation


def position_text(position: PositionAdoption, lang: str = "en") -> str:
    """``committee position: N of M change(s) adopted (P%)``, then one line per article
    (``委员会意见：……`` with ``lang="zh"``)."""
    from ..exports.labels import label

    t = _TEXT[lang]
    if not position.changes:
        return t["no_position"] + "\n"
    lines = [t["position"].format(p=position.present, n=position.changes, pct=f"{position.share:.0%}")]
    for a in position.articles:
        share = t["in_part" if a.in_part else "share"].format(p=a.present, n=a.changes, k=a.in_part)
        lines.append(f"  {_cited(a.old_citation, lang)} → {_cited(a.new_citation, lang)}  {label(a.state, lang)}{share}"
                     f"{article_note(a, lang)}")
    return "\n".join(lines) + "\n"


def article_note(a: ArticleAdoption, lang: str = "en") -> str:
    """What the report says after the verdict on the committee position on one article, beyond its
    share of changes: what the new version made otherwise than word for word, the fines it set, what it
    wrote instead, where an article the alignment deleted was judged, where staff placed it; "" for nothing."""
    said = "".join(otherwise_note(p.otherwise, lang) for p in a.pieces)
    said += fines_note(tuple(dict.fromkeys(f for p in a.pieces for f in p.fines)), lang)
    said += instead_note(tuple(dict.fromkeys(f for p in a.pieces for f in p.instead)), lang)
    for found in dict.fromkeys(p.said for p in a.pieces if p.said is not None):
        said += _TEXT[lang]["said"].format(words=quoted(found[0]), where=_cited(found[1], lang), s=found[2])
    for p in a.pieces:  # which entries of a list it put in the new version made (the others it did not)
        if p.entries:
            said += _TEXT[lang]["entries"].format(words=quoted(p.new), made="、".join(quoted(w) for w in p.entries))
    if a.merged is not None:
        said += _merged_note(a.merged, lang)
    if a.placed is not None:
        said += _TEXT[lang]["placed"].format(where=_cited(a.placed, lang))
    if a.moved is not None:
        said += _MOVED_TEXT[lang].format(was=_cited(a.moved[0], lang), where=_cited(a.moved[1], lang), s=a.moved[2])
    return said


def closest_key(o: Outcome) -> str:
    """The words for :attr:`Outcome.closest`: beside a deletion made as asked, a unit that may say the
    same anew, to check (a trial read "adopted (the closest in the new version is 第九条 …)" of an
    unrelated new article as if the old one had moved there); else the unit the article may be in now."""
    return "deleted_like" if o.state is Adoption.ADOPTED else "closest"


def outcome_note(o: Outcome, lang: str = "en") -> str:
    """What the adoption report says after a proposal's verdict, beyond its share of changes: the
    closest unit to an article deleted, where its words stand, what the new version made otherwise,
    the fines it set, what it wrote instead, the clauses it left out; "" for nothing."""
    t = _TEXT[lang]
    said = t[closest_key(o)].format(where=_cited(o.closest[0], lang), s=o.closest[1]) if o.closest is not None else ""
    said += where_note(o, lang)
    if o.words_in is not None:
        said += t["words_in"].format(where=_cited(o.words_in, lang))
    if o.with_article:
        said += t["with_article"]
    if o.moved_to is not None:
        said += t["moved_to"].format(where=_cited(o.moved_to, lang))
    if o.moved is not None:
        said += _MOVED_TEXT[lang].format(was=_cited(o.moved[0], lang), where=_cited(o.moved[1], lang), s=o.moved[2])
    said += otherwise_note(o.otherwise, lang) + fines_note(o.fines, lang) + instead_note(o.instead, lang)
    if o.alike is not None:
        said += t["alike"].format(words=quoted(o.alike.words), where=_cited(o.alike.where, lang), how=o.alike.said(lang))
    if o.also:
        said += t["also"].format(words="、".join(quoted(w) for w in o.also))
    elif o.also_more:
        said += t["also_more"]
    if o.also_others:
        said += t["also_others"]
    return said + left_out_note(o.left_out, lang) + said_note(o, lang)


def verdict_note(o: Outcome, lang: str = "en") -> str:
    """All a report says after a proposal's label: its share of changes when partly adopted (none beside
    an article deleted, where the closest unit is said instead), then :func:`outcome_note`. One wording
    for every output (the terminal's report, the review page's and Markdown's tables, the web's page):
    a table once said a plain "not adopted" where the terminal said what the new version wrote instead."""
    t = _TEXT[lang]
    share = (t["in_part" if o.in_part else "share"].format(p=o.present, n=o.changes, k=o.in_part)
             if o.state is Adoption.PARTLY and o.closest is None else "")  # fmt: skip
    return share + outcome_note(o, lang)


def said_note(o: Outcome, lang: str = "en") -> str:
    """The hint for a proposal whose copy the carry flagged as putting in words the new version may say
    already, in other words (:attr:`Outcome.said`), in brackets; "" for none."""
    if o.said is None:
        return ""
    words, where, share = o.said
    return _TEXT[lang]["said"].format(words=quoted(words), where=_cited(where, lang), s=share)


def adoption_text(old_ref: str, new_ref: str, found: list[Outcome], members: dict[str, Member],
                  position: PositionAdoption | None = None, lang: str = "en",
                  carried: Mapping[int, int] | None = None, unjudged: Sequence[Comment] = ()) -> str:  # fmt: skip
    """Per proposal, then per member and per working group: what the new version adopted;
    with ``position``, then how much of the committee position. ``lang="zh"`` prints it in
    Chinese (states as 已采纳, 部分采纳, 未采纳, 条文已删除; citations without eids). With
    ``carried``, a proposal carried forward names its copy in the new version (``now #57``).
    ``unjudged``: the members' wordings of the translation, which the report does not judge, said
    so (:func:`unjudged_line`): never left out unseen."""
    carried = carried or {}
    from ..exports.labels import label

    t = _TEXT[lang]
    lines = [t["head"].format(old=old_ref, new=new_ref)]
    width = max([10, *(len(o.comment.member) + 1 for o in found)])  # a column, however long the member ids
    for o in found:
        share = verdict_note(o, lang)
        now = t["now"].format(n=carried[o.comment.id]) if o.comment.id in carried else ""
        # a new article or 款 proposed after a unit: said so, not as if that unit were amended (a trial)
        was = _cited(o.old_citation, lang)
        if o.comment.stance is Stance.INSERT:
            was = t["after"].format(where=was)
        lines.append(f"  #{o.comment.id:<5}{o.comment.member:<{width}}{was} → "
                     f"{_cited(o.new_citation, lang)}  {label(o.state, lang)}{share}{now}")  # fmt: skip
    if unjudged:
        lines.append("  " + unjudged_line(unjudged, lang))
    by_member, by_group = summarise(found, members)
    for title, table in ((t["by_member"], by_member), (t["by_group"], by_group)):
        lines.append(title)
        for key, counts in table.items():
            cells = t["sep"].join(t["cell"].format(n=counts[s], state=label(s, lang)) for s in Adoption if counts[s])
            shown = t["no_group"] if key == _NO_GROUP else key
            lines.append("  " + t["count"].format(key=shown, n=sum(counts.values()), cells=cells))
    return "\n".join(lines) + "\n" + (position_text(position, lang) if position is not None else "")
