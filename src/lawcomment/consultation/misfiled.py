"""Proposed wordings filed under the wrong article: a wording that reads far more like another
unit of the draft than the one its row names (a member's 第三十三条 typed as 第三十一条, or a
file of the previous reading imported into a renumbered one) is stored as given, with a warning,
and its article's merge says so again until it is moved."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..comments import Anchor, Comment, CommentSource, NewComment, SourceKind, Stance
from ..drafts.anchors import describe, unit_index
from ..drafts.serialize import body_separator
from ..model import Draft, Kind, Unit

#: A wording this like the unit it names is taken as a wording of it (most are rewordings: 0.9
#: and more); below it, the other units are looked at.
NAMED_SIMILARITY = 0.5
#: Another unit must be at least this like the wording, and this much more like it than the unit
#: named, for the row to be said to name the wrong one.
OTHER_SIMILARITY = 0.6
MARGIN = 0.25
#: A wording between NAMED_SIMILARITY and this like its unit (a neighbour's penalty clause, 0.72
#: like the one named) is said to name the wrong unit only when another is nearly its twin:
#: at least CLOSE_OTHER like it, and CLOSE_MARGIN more than the unit named.
CLOSE_SIMILARITY, CLOSE_OTHER, CLOSE_MARGIN = 0.8, 0.9, 0.2
#: A wording less than this like its unit, a third of its length or less and no sentence (it ends
#: without 。；), that reads like no other unit either: a remark typed where the wording goes
#: (设定上限), which would replace the whole unit's text. Stored as given, with a warning. (A
#: sentence of its own, 平台服务协议应当每年更新。, is a rewrite, however short.)
STRAY_SIMILARITY = 0.3
#: A sentence this little like its unit, and like no other unit either, keeps next to none of the
#: words it replaces: said, though a rewrite may be meant (the legislature's own rewrites of the
#: twelve pairs of corpus/zh-versions go down to 0.18, one of 478; a CSV of another law's articles,
#: a trial's, reads 0.17 like the ones it named).
REWRITE_SIMILARITY = 0.2
#: A wording of a 款 this little like it that refers to the 款 before it (前款) reads as a new 款 to follow
#: it, given without its stance (a trial's 经营者建立…合规管理制度的，可以作为认定前款除外情形的考虑因素, 0.22
#: like the 但书 it named, would have struck it): said, the stance 新增 to give if so.
NEW_KUAN_SIMILARITY = 0.35
_REFERS_BACK = re.compile(r"前款|上款|前[两二三四五六七八九十]款")
_SENTENCE_ENDS = ("。", "；", "！", "？", ".", ";", "!", "?", "：", ":")


@dataclass(frozen=True, slots=True)
class Misfiled:
    """The proposed wording at ``place`` among the comments looked at names ``eid`` (``named``
    like it) and reads much more like ``other`` (``similarity`` like it)."""

    place: int
    eid: str
    other: str  # "": like no unit (a remark where the wording goes, see STRAY_SIMILARITY)
    similarity: float
    named: float
    text: str = ""  # the wording, for a stray one's message
    sentence: bool = False  # a stray one that is a sentence (a rewrite, or another text's words), not a remark
    follows: bool = False  # a stray one that refers to the 款 before the one it names: a new 款, likely

    def message(self) -> str:
        if not self.other and self.follows:
            return (f"the proposed wording for {describe(self.eid)} keeps little of its text (similarity "
                    f"{self.named:.2f}) and refers to 前款: if it is a new 款 to follow it, make its stance 新增 "
                    f"(insert); as given, it replaces {describe(self.eid)} whole")  # fmt: skip
        if not self.other and self.sentence:
            shown = self.text if len(self.text) <= 30 else self.text[:30] + "…"
            return (f"the proposed wording for {describe(self.eid)} keeps almost none of its text (similarity "
                    f"{self.named:.2f}) and reads like no other article: 「{shown}」 replaces all of it; check it is "
                    "meant for this article (not a wording of another law's)")  # fmt: skip
        if not self.other:
            shown = self.text if len(self.text) <= 30 else self.text[:30] + "…"
            return (f"the proposed wording for {describe(self.eid)} keeps almost none of its text (similarity "
                    f"{self.named:.2f}): as its new wording, 「{shown}」 replaces all of it (a remark goes in "
                    "the reason, 理由)")  # fmt: skip
        return (f"the proposed wording for {describe(self.eid)} reads much more like {describe(self.other)} "
                f"(similarity {self.similarity:.2f}, against {self.named:.2f}): check the article it names")


def misfiled(draft: Draft, comments: Iterable[NewComment]) -> list[str]:
    """A warning per proposed wording of a whole article, 款 or 项 that is less than
    NAMED_SIMILARITY like the unit it names and reads much more like another unit of
    ``draft`` (or less than CLOSE_SIMILARITY, and nearly another unit's twin), each starting
    with the comment's row (``line 3: ``). A wording given beside a quote (the whole unit's, the
    quoted words replaced) is said only so, never as a stray remark."""
    return [warning for _, warning in misfiled_at(draft, comments)]


def misfiled_at(draft: Draft, comments: Iterable[NewComment]) -> list[tuple[int, str]]:
    """:func:`misfiled`'s warnings, each with the place of its comment in ``comments``."""
    items = list(comments)
    out = []
    for m in misfiled_found(unit_index(draft), body_separator(draft), items):
        position = items[m.place].source.position
        out.append((m.place, (f"{position}: " if position else "") + m.message()))
    return out


def misfiled_found(index: Mapping[str, Unit], sep: str, comments: Iterable[NewComment | Comment]) -> list[Misfiled]:
    """The proposed wordings among ``comments`` (new or stored) that name the wrong unit of the
    draft ``index`` indexes (its units' text as ``body(sep)`` gives it); the other units are read
    only for a wording that reads unlike the one it names."""
    judge = MisfiledJudge(index, sep)
    return [Misfiled(n, *found) for n, c in enumerate(comments) if (found := judge(c)) is not None]


#: What :class:`MisfiledJudge` finds of a wording: the fields of its :class:`Misfiled` but its place.
Found = tuple[str, str, float, float, str, bool, bool]


class MisfiledJudge:
    """:func:`misfiled_found` one comment at a time (each judged on its own: a file's rows may be
    judged as they are read), what it reads once kept: the units' texts, and each distinct wording
    of a unit judged once (a campaign's copies)."""

    def __init__(self, index: Mapping[str, Unit], sep: str) -> None:
        self.index, self.sep = index, sep
        self._bodies: dict[str, str] = {}
        self._others: list[str] = []
        self._choices: list[str] | None = None
        self._lengths: list[int] = []
        self._seen: dict[tuple[str, str], tuple[str, float, float] | tuple[str, float, float, bool]
                         | tuple[str, float, float, bool, bool] | None] = {}  # fmt: skip

    def __call__(self, c: NewComment | Comment) -> Found | None:
        """What makes ``c``'s wording misfiled (:class:`Misfiled`'s fields but its place), or None."""
        eid, index, sep = c.anchor.eid, self.index, self.sep
        if (c.stance is not Stance.AMEND or not c.proposed_text or c.lang or eid is None
                or eid not in index or index[eid].kind.is_container):  # fmt: skip
            return None  # a heading's wording, a translation's: not a unit's text
        # (imported here, past the rows that have no wording: a file's remarks never pay for the import statement)
        from rapidfuzz.distance import Indel

        body = self._bodies.get(eid)
        if body is None:
            body = self._bodies[eid] = index[eid].body(sep)
        # most wordings are rewordings of their unit: the cut-off lets the comparison stop early
        if Indel.normalized_similarity(c.proposed_text, body, score_cutoff=CLOSE_SIMILARITY):
            return None
        key = (eid, c.proposed_text)
        if key not in self._seen:
            if self._choices is None:  # the units' texts by length, made once (most files and merges never need them)
                units = sorted((u for u in index.values() if not u.kind.is_container and u.body(sep).strip()),
                               key=lambda u: len(u.body(sep)))  # fmt: skip
                self._others, self._choices = [u.eid for u in units], [u.body(sep) for u in units]
                self._lengths = [len(x) for x in self._choices]
            # a wording of one 款 of the article it names reads like that 款, not like the whole article
            parts = [u.body(sep) for u in index[eid].walk() if u.eid != eid and not u.kind.is_container]
            self._seen[key] = _closest_other(c.proposed_text, eid, body, self._others, self._choices, self._lengths,
                                             parts) or _stray(c.proposed_text, eid, body)  # fmt: skip
        if (hit := self._seen[key]) is None or (c.anchor.quote and not hit[0]):
            # (a quote's wording of its unit is said only when it reads much more like another unit: a trial's
            # 「2个月」 → 「6个月」, given as the whole of 第六条第一款, was put on 第六条第二款 unsaid)
            return None
        return eid, hit[0], hit[1], hit[2], c.proposed_text, len(hit) > 3, len(hit) > 4


def _stray(text: str, eid: str, body: str) -> (tuple[str, float, float] | tuple[str, float, float, bool]
                                                | tuple[str, float, float, bool, bool] | None):  # fmt: skip
    """A wording that reads like no unit: no sentence, far shorter than its own and keeping
    almost none of it (("", 0, its similarity to ``body``)); or one as long as a wording of it
    keeping next to none of it (REWRITE_SIMILARITY: the same, and True), or, of a 款, little of it
    and referring to the 款 before (NEW_KUAN_SIMILARITY: the same, True, and True); or None."""
    from rapidfuzz.distance import Indel

    words = text.strip()
    named = Indel.normalized_similarity(text, body)
    if len(words) * 3 > len(body):  # as long as a wording of it: a rewrite, or another text's words
        # (a 款 that itself refers to the one before, 违反前款规定的…, is reworded so: nothing to say)
        if named < NEW_KUAN_SIMILARITY and eid.rsplit("__", 1)[-1].startswith("para_") and _REFERS_BACK.search(words) \
                and not _REFERS_BACK.search(body):  # fmt: skip
            return ("", 0.0, named, True, True)
        return ("", 0.0, named, True) if named < REWRITE_SIMILARITY else None
    if words.endswith(_SENTENCE_ENDS):  # a short sentence of its own: a rewrite (its deletions show)
        return None
    return ("", 0.0, named) if named < STRAY_SIMILARITY else None


def _closest_other(text: str, eid: str, body: str, others: list[str], choices: list[str],
                   lengths: list[int], parts: Sequence[str] = ()) -> tuple[str, float, float] | None:  # fmt: skip
    """The unit other than ``eid`` (and its parts) that ``text`` reads much more like than its
    own ``body`` or the best of its ``parts`` (its 款 and 项: a wording of one 款, a trial's
    shortened 第十条第一款, reads unlike the whole article): (its eid, that similarity, the
    similarity to its own), or None. Only units of a length that could reach the similarity
    needed are compared: an Indel similarity of s between texts of lengths a and b needs
    |a - b| ≤ (1 - s)(a + b)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Indel

    named = max([Indel.normalized_similarity(text, own) for own in (body, *parts)])
    need = max(OTHER_SIMILARITY, named + MARGIN) if named < NAMED_SIMILARITY else max(CLOSE_OTHER, named + CLOSE_MARGIN)
    if need > 1:
        return None
    size = len(text)
    lo = bisect_left(lengths, math.floor(size * need / (2 - need)))
    hi = bisect_right(lengths, math.ceil(size * (2 - need) / need))
    found = [(others[lo + k], score) for _, score, k in process.extract(
        text, choices[lo:hi], scorer=Indel.normalized_similarity, score_cutoff=need, limit=5)
        if not _related(others[lo + k], eid)]  # fmt: skip
    return (found[0][0], found[0][1], named) if found else None


def _related(a: str, b: str) -> bool:
    """One unit is the other, or holds it (an article and its 款)."""
    return a == b or a.startswith(b + "__") or b.startswith(a + "__")


def refused_here(draft: Draft, unit: Unit, text: str, refusal: str) -> str:
    """A wording of ``unit`` refused (``refusal``: it gives fewer 款 than the article, and none
    matches), with what :func:`misfiled` would say when it reads much more like another unit of
    the draft: the advice to cite one of this article's 款 would file it under the wrong one."""
    found = misfiled_found(unit_index(draft), body_separator(draft), [NewComment(
        "", Anchor(unit.eid), Stance.AMEND, CommentSource(SourceKind.CLI), proposed_text=text)])  # fmt: skip
    if not found or not found[0].other:
        return refusal
    return f"{found[0].message()}; {refusal}"  # first: the advice after it would file it wrongly


def whole_article_given(draft: Draft, unit: Unit, text: str, index: Mapping[str, Unit] | None = None) -> tuple[Unit, str] | None:
    """A wording given for a 款 or 项 that is its whole article, every 款 of it (a member's copy of
    the article pasted where one 款 was named, or moved there by ``comment edit --at``): its
    article, and the warning that says it is anchored there; None for any other. Stored at the 款,
    the merge put the article's other 款 in a second time. ``index``: the draft's units by eid,
    for many rows."""
    if unit.kind is Kind.ARTICLE or "__" not in unit.eid or text.count("\n") < 1:
        return None  # (most wordings, asked of each row of a file)
    from ..review.redline import similarity
    article = (index if index is not None else unit_index(draft)).get(unit.eid.split("__", 1)[0])
    if article is None:
        return None
    sep = body_separator(draft)
    whole = article.body(sep)
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) < 2 or len(lines) < len([x for x in whole.split("\n") if x.strip()]):
        return None
    alike = similarity(text, whole)
    if alike < WHOLE_ARTICLE or alike <= similarity(text, unit.body(sep)) + MARGIN:
        return None
    return article, (f"the wording given for {describe(unit.eid, draft=draft)} is the whole of "
                     f"{describe(article.eid, draft=draft)}, every 款 of it: anchored at the article")  # fmt: skip


#: How like its whole article a wording given for one of its 款 must read to be that article's.
WHOLE_ARTICLE = 0.8


def replaces_misfiled(index: Mapping[str, Unit], sep: str, found: Misfiled, member: str,
                      wordings: Sequence[Comment], *, typed: bool = False) -> str | None:  # fmt: skip
    """The refusal of a wording that reads much more like another unit (``found``, of another
    unit: not a stray remark) and would replace ``member``'s own wording of the unit it names
    (``wordings``: the member's open wordings of that unit): a member's row numbered wrongly (a
    late file in the last reading's numbers, a trial's) would put the member's proposal out of
    every merge, and the committee's decisions on it with it, unsaid. None when there is none
    to replace, or the one replaced reads like that other unit too (the same slip, sent again)."""
    if not found.other:
        return None
    kept = [c for c in wordings if not misfiled_found(index, sep, [c]) or misfiled_found(index, sep, [c])[0].other != found.other]
    if not kept:
        return None
    shown = ", ".join(f"#{c.id}" for c in kept)
    return (f"{found.message().removesuffix(': check the article it names')}, and would replace {member}'s wording of "
            f"{describe(found.eid)} ({shown}): cite the article it is a wording of ({describe(found.other)})"
            + ("" if typed else ", or leave the row out (--skip-invalid)")
            + f"; to replace {shown} with it, withdraw {shown} first")  # fmt: skip


#: A run of Chinese characters, and the length of the pieces of a reason compared with an article.
_HAN_RUN = r"[\u3400-\u9fff]{4,}"
_GRAM = 4


@dataclass(frozen=True, slots=True)
class EarlierFit:
    """A comment of a file imported into a later reading that fits the earlier reading's unit of
    the same number (``eid``) better than this reading's: its wording reads like that one
    (``earlier`` like it, ``named`` like this one's), or its reason names ``words`` that one has
    and this one does not (a deletion's 备案登记已无必要, cited 第九条 after 第九条 was deleted)."""

    place: int
    eid: str
    words: str = ""
    earlier: float = 0.0
    named: float = 0.0


def fits_earlier(earlier: Mapping[str, Unit], earlier_sep: str, index: Mapping[str, Unit], sep: str,
                 comments: Sequence[NewComment]) -> list[EarlierFit]:  # fmt: skip
    """The comments (wordings of a whole unit, deletions) that read as written for ``earlier``'s
    unit of the number they cite, not ``index``'s: only units whose text changed between the
    readings are looked at (most are not: the work is a comparison or two per such row)."""
    import re

    from rapidfuzz.distance import Indel

    changed: dict[str, tuple[str, str] | None] = {}
    unseen: tuple[str, str] = ("", "")  # (not looked at yet)
    out: list[EarlierFit] = []
    for n, c in enumerate(comments):
        eid = c.anchor.eid
        if eid is None or c.lang or c.stance not in (Stance.AMEND, Stance.DELETE) or c.anchor.quote:
            continue
        pair = changed.get(eid, unseen)
        if pair is unseen:
            old, new = earlier.get(eid), index.get(eid)
            pair = changed[eid] = None if old is None or new is None or new.kind.is_container or (
                old.body(earlier_sep) == new.body(sep)) else (old.body(earlier_sep), new.body(sep))  # fmt: skip
        if pair is None:
            continue
        before, now = pair
        if c.stance is Stance.AMEND and c.proposed_text:
            if Indel.normalized_similarity(c.proposed_text, now, score_cutoff=CLOSE_SIMILARITY):
                continue
            named, was = Indel.normalized_similarity(c.proposed_text, now), Indel.normalized_similarity(c.proposed_text, before)
            if was >= OTHER_SIMILARITY and was >= named + MARGIN:
                out.append(EarlierFit(n, eid, earlier=was, named=named))
        elif c.stance is Stance.DELETE and c.body:
            runs = re.findall(_HAN_RUN, c.body)
            grams = [(r, k) for r in runs for k in range(len(r) - _GRAM + 1)]
            if any(r[k:k + _GRAM] in now for r, k in grams):
                continue  # the reason speaks of this article's words too
            hits = [(r, k) for r, k in grams if r[k:k + _GRAM] in before]
            if hits:
                r, k = hits[0]
                end = k + _GRAM
                while end < len(r) and r[k:end + 1] in before:
                    end += 1
                out.append(EarlierFit(n, eid, words=r[k:end]))
    return out
