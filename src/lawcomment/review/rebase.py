"""Move edits of one version of a text onto the next: an edit the new version already made is
adopted, an edit where the new version left the words alone is re-applied at its place, and
an edit whose words the new version rewrote does not fit (never guessed). Also the marks a
carried comment's note bears for staff to check (:func:`carry_check`)."""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from ..drafts.anchors import locate
from .merge import ITEM_LABEL, near_key
from .phrases import NUMERAL, is_han, list_entries, quantities, ranges
from .redline import Op, OpKind, Redline, Span, diff, finer_spans, splice


#: Characters that change what the words next to them mean: numbers, negations, modal verbs.
BENDS = NUMERAL | frozenset("不无未非勿毋否禁免须应可得")
#: How many characters of the old text beside an insertion the rewriting next to it must have kept
#: beside the inserted words for it to count as making the insertion.
_BESIDE = 4
#: How near the edge of a rewriting (in characters) words it wrote stand for an insertion asked
#: at that edge to be said there already, if otherwise.
_NEAR = 2
#: How many characters an insertion of the version's must be able to slide across (its words
#: repeating the old words beside it) for an edit within that stretch to be placed by the words
#: around it, and how many of those (each side) are compared.
_REPEAT, _CONTEXT = 4, 40


@dataclass(frozen=True, slots=True)
class Moved:
    """Where an edit of the old text lands in the new one: ``span`` (new-text offsets), or why not.

    ``state`` is "adopted" (the new version made this very edit), "moved" (re-applied at its
    place, ``span`` set; an insertion put in right against words the new version rewrote has
    those words as ``old_words`` → ``new_words``, for staff to check), "partly" (the new version
    made part of it, ``new_words`` where the edit asks ``old_words``: ``span`` puts in the rest)
    or "changed" (the new version rewrote the words there; ``old_words`` → ``new_words`` say how).
    """

    state: str
    span: Span | None = None
    old_words: str = ""
    new_words: str = ""
    # an item's label numbered on around a 项 put in or taken out (（七） → （八））: consequential,
    # no change of its own in the counts, as the merge and the adoption report count them
    label: bool = False
    # (moved) where else in the new text it could go as well: the version put in words that repeat the old
    # words around it, and those around the other place read as much like the old ones (for staff to check)
    other: int | None = None


@dataclass(frozen=True, slots=True)
class Rebased:
    """A proposal moved onto the new text: the result and what became of each of its edits
    (counted without the labels numbered on, unless it changes nothing else)."""

    text: str
    edits: tuple[Moved, ...]

    @property
    def counted(self) -> tuple[Moved, ...]:
        return tuple(e for e in self.edits if not e.label) or self.edits

    @property
    def changes(self) -> int:
        return len(self.counted)

    @property
    def adopted(self) -> int:
        return sum(1 for e in self.counted if e.state == "adopted")

    @property
    def failed(self) -> int:
        return sum(1 for e in self.counted if e.state == "changed")

    @property
    def partly(self) -> int:
        return sum(1 for e in self.counted if e.state == "partly")


#: The full- and half-width forms as their usual characters (（ → (, ； → ;, ｡ → 。), and no other
#: folding (① is not 1, as NFKC would have it).
_WIDTHS = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFF01, 0xFFEF)
           if unicodedata.decomposition(chr(cp)).startswith(("<wide>", "<narrow>"))}  # fmt: skip
_SPACES = re.compile(r"\s+")


def plain_form(text: str) -> str:
    """``text`` as a change of width or of whitespace leaves it: width-folded, whitespace taken out
    except a single space between two Latin letters or digits (part of, never partof)."""
    folded = text.translate(_WIDTHS)
    return _SPACES.sub(lambda m: " " if 0 < m.start() and m.end() < len(folded) and folded[m.start() - 1].isascii()
                       and folded[m.start() - 1].isalnum() and folded[m.end()].isascii() and folded[m.end()].isalnum()
                       else "", folded)  # fmt: skip


def formatting_only(old: str, edit: Span) -> bool:
    """Whether the version's edit ``edit`` of ``old`` changes only the width of characters or the
    whitespace ((八) → （八）, ， → ,): words and punctuation as they were (judged with a character of
    the text on either side, so that a space taken out between two English words is a change)."""
    lo, hi = max(0, edit.start - 1), min(len(old), edit.end + 1)
    was, now = old[lo:hi], old[lo:edit.start] + edit.new + old[edit.end:hi]
    return was != now and plain_form(was) == plain_form(now)


#: Marks a quote of the words around an edit stops at (see Mover._around).
_STOPS = frozenset("，、；：。！？\n")


def replaced_beside(old: str, new: str, edit: Span) -> bool:
    """Whether the new version made the replacement ``edit`` of words (工商行政管理 → 市场监督管理)
    while rewriting around it: the words asked out stand nowhere in ``new``, the words asked in
    stood nowhere in ``old`` and now follow, once, the two characters that came before the words
    replaced (公安、市场监督管理, in 以及公安、市场监督管理、民政…等部门), with a mark of punctuation
    or the word that followed them after them; words of three characters or more each, no number,
    negation or modal word among them or right beside them (反洗钱法 2024 第三十三条, a trial).
    (Only what came before says where: what came after may be the replaced words' own ending, 管理
    of 工商行政管理, which the diff leaves out of the edit.)"""
    was, put = old[edit.start:edit.end], edit.new
    if len(was) < 3 or len(put) < 3 or "\n" in was + put or was in new or put in old:
        return False
    if any(ch in BENDS for ch in was + put):  # a number, a negation or a modal word: judged at its place only
        return False
    before, after = old[max(0, edit.start - 2):edit.start], old[edit.end:edit.end + 1]
    if len(before) < 2 or "\n" in before:
        return False
    # (words replaced that stood after the same two characters elsewhere too say nothing of which the new
    # version replaced: 国务院地质矿产 twice, 国务院自然资源 written once: 矿产资源法 2009 第十一条, a trial)
    if old.count(before + was) > 1:
        return False
    at = new.find(before + put)
    if at < 0 or new.find(before + put, at + 1) >= 0:
        return False
    behind = new[at + len(before) + len(put):at + len(before) + len(put) + 1]
    # never words of the new version's own run into it (市场监督的管理)
    return behind not in BENDS and (not behind or behind in _STOPS or behind == after)


def changed_in_its_word(old: str, new: str, edit: Span) -> bool:
    """Whether the new version made a change of a character or two (合法证件 → 执法证件) inside the
    same words around it: the words around with the new characters stand in ``new``, and the old form
    stands there less often than in ``old``, however the new version rewrote the sentence further off
    (反洗钱法 2024 第四十三条, a trial's "partly adopted" beside a carry that found both made). No
    number, negation or modal word."""
    was, put = old[edit.start:edit.end], edit.new
    if not was or not put or len(was) > 2 or len(put) > 2 or any(ch in BENDS for ch in was + put):
        return False
    left, right = old[max(0, edit.start - 2):edit.start], old[edit.end:edit.end + 3]
    if len(left) < 2 or len(right) < 2 or "\n" in left + right or not all(is_han(ch) for ch in left + right):
        return False
    word, made = left + was + right, left + put + right
    if made not in new or new.count(word) >= old.count(word):
        return False
    if old.count(word) == 1:
        return True
    # the words stand more than once: made at the place asked, the k-th of them, where the new version
    # still has them as many times, in either form (合法证件 twice, the new version changed the other one:
    # a stranger's review)
    k = old.count(word, 0, edit.start - len(left))
    forms = sorted([(m.start(), m.group()) for w in (word, made) for m in re.finditer(re.escape(w), new)])
    return len(forms) == old.count(word) and forms[k][1] == made


def put_in_between(old: str, new: str, edit: Span) -> bool:
    """Whether the new version has the words ``edit`` puts in, new to ``old``, between the very
    words they were asked between (four characters before, one after): ，不得为冒用他人身份的客户
    开立账户 after 假名账户 and before 。, in an article split off the old one (反洗钱法 2024
    第二十八条第二款, a trial)."""
    put, k = edit.new, edit.start
    if edit.start != edit.end or len(put) < 2 or put in old or "\n" in put:
        return False
    before, after = old[max(0, k - 4):k], old[k:k + 1]
    if len(before) < 4 or not after or "\n" in before + after:
        return False
    # (words that stand more than once in the old text say nothing of where: the new version may have
    # put the words in at another of them, 责令改正 of another clause)
    return old.count(before + after) == 1 and new.count(before + put + after) == 1


def range_written(old: str, proposal: str, new: str, at: int, to: int) -> bool:
    """Whether the range of ``proposal`` that holds its words ``proposal[at:to]`` (二十万元以上二百万元以下)
    stands in ``new`` with both its bounds as proposed, after the two characters it follows in the
    proposal (并处), once, and stood nowhere in ``old``: the new version set that very fine, however
    it reworded the words around it (会计法 2024 第四十一条, a trial)."""
    for a1, _, b2 in ranges(proposal):
        if a1 <= at and to <= b2:
            # with the two characters before it, which say whose fine it is (人处, not 位处), and once
            words = proposal[max(0, a1 - 2):b2]
            if not (a1 >= 2 and new.count(words) == 1 and proposal[a1:b2] not in old):
                return False
            # set for serious cases only, which the proposal did not single out, while the fine of every
            # other case is another: a part of what was asked (会计法 2017 第四十二条's 二十万元以上一百万元以下
            # asked, 2024 第四十条 writing it after 情节严重的, and 二十万元以下 for the rest: a trial)
            return serious_only(new, new.index(words)) <= serious_only(proposal, max(0, a1 - 2))
    return False


def fine_at_place(old: str, asked: str, new: str, version: Sequence[Span], edit: Span, at: int) -> tuple[str, str, str] | None:
    """For ``edit`` of ``old``, a change of the bounds of a fine or other quantity (五千 → 二十万 in
    五千元以上五万元以下; its words stand at ``at`` of ``asked``, the proposal): what the new version
    set at the place of that quantity (``version``: its edits of ``old``), bound by bound:
    ("made", "part" or "not": each bound the edit changes set as asked, some, none; the quantity
    asked; the quantity written). So a fine the new version set as asked counts however it
    reworded the words around it (可以处 → 可以并处, a clause for the graver cases put in after it),
    and an upper limit raised to the one asked, the lower one dropped (二万元以上二十万元以下 asked,
    二十万元以下 written), is made in part (会计法 2017 第四十二条 → 2024 第四十条, a trial). None when
    the edit changes no bound of a quantity, or the new text has none where the quantity stood."""
    if edit.start == edit.end or not edit.new or not any(ch in NUMERAL for ch in old[edit.start:edit.end] + edit.new):
        return None
    was, wanted = bounded_quantity(old, edit.start, edit.end), bounded_quantity(asked, at, at + len(edit.new))
    if was is None or wanted is None:
        return None
    now = quantity_at_place(old, new, version, was)
    if now is None:
        return None
    touched = [k for k, (lo, hi) in enumerate(((was[0], was[1]), (was[1], was[2]))) if lo < hi and
               edit.start < hi and edit.end > lo]  # fmt: skip
    if not touched:
        return None
    made = [plain_form(_bound(asked, wanted, k)) == plain_form(_bound(new, now, k)) for k in touched]
    verdict = "made" if all(made) else "part" if any(made) else "not"
    return verdict, asked[wanted[0]:wanted[2]], new[now[0]:now[2]]


def bounded_quantity(text: str, start: int, end: int, ending: bool = False) -> tuple[int, int, int] | None:
    """The range (五千元以上五万元以下) or the quantity with one bound (五万元以下, 五千元以上) of
    ``text`` that holds ``text[start:end]`` (``ending``: that ends at ``end``): (its start, where its
    upper bound starts, its end), the lower bound empty or the upper one for a quantity with one
    bound; None if none does."""
    for a1, mid, b2 in ranges(text):
        if (b2 == end) if ending else (a1 <= start and end <= b2):
            return a1, mid, b2
    for qa, qb in quantities(text):
        if (qb == end) if ending else (qa <= start and end <= qb):
            words = text[qa:qb]
            if words.endswith("以上"):
                return qa, qb, qb
            if words.endswith(("以下", "以内", "之内")):
                return qa, qa, qb
            return None
    return None


def _bound(text: str, found: tuple[int, int, int], k: int) -> str:
    """The lower (``k`` 0) or upper (1) bound of a quantity :func:`_bounded` found: "" for none."""
    return text[found[0]:found[1]] if k == 0 else text[found[1]:found[2]]


def quantity_at_place(old: str, new: str, version: Sequence[Span], was: tuple[int, int, int]) -> tuple[int, int, int] | None:
    """The range or bounded quantity of ``new`` (as :func:`bounded_quantity` gives it) at the place of
    the old one ``was`` (of ``old``), through the version's edits (``version``): the one that ends where
    it ended, with nothing between where the old one's words begin in the new text and it but words of
    the same clause (no other quantity, no ；。) and no negation or modal word its clause had not before
    it: never the fine of a clause the new version wrote before that ending (三百万元以下的罚款；逾期不改正的，
    处一百万元以下 for 五十万元以下: 一百万 is the later clause's), nor one it made say otherwise (处可以三十年以上
    for 处五年以上). None when none does."""
    end = landed(version, was[2])
    now = None if end is None else bounded_quantity(new, end, end, ending=True)
    if now is None:
        return None
    start, shift = was[0], 0
    for t in version:  # where the old words begin in the new text: the start of a change they lie in
        if t.start <= was[0] < t.end:
            start = t.start
            break
        if t.end <= was[0] and not t.start == t.end == was[0]:
            shift += len(t.new) - (t.end - t.start)
    between = new[min(start + shift, now[0]):now[0]]
    if any(mark in between for mark in _CLAUSE_ENDS) or any(ch in NUMERAL for ch in between):
        return None
    # (the old clause's own, before its quantity: 可以对单位并处 → 对单位可以并处 moves a 可以, it writes none)
    clause = old[max(old.rfind(mark, 0, was[0]) for mark in _CLAUSE_ENDS) + 1:was[0]]
    if any(ch in BENDS and ch not in clause for ch in between):
        return None
    # nor the fine of another party: the old clause named whom it fines (对直接负责的…人员，处), the new one's words
    # before it none of them (情节严重或者逾期未改正的，处): the new version dropped that fine and the place landed on
    # the institution's (反洗钱法 2006 第三十二条 → 2024 第五十三条, a trial's "二十万元以上二百万元以下 where 五千元以上二万元以下
    # was asked")
    return now if same_party(old, was[0], new, now[0]) else None


def same_party(old: str, at: int, new: str, to: int) -> bool:
    """Whether the clause of ``new`` before offset ``to`` fines whom the clause of ``old`` before ``at``
    does, as far as their words say (the words before the clause's last comma: 对直接负责的…人员，处):
    False only when both name someone, in words that do not read alike."""
    clause = old[max(old.rfind(mark, 0, at) for mark in _CLAUSE_ENDS) + 1:at]
    written = new[max(new.rfind(mark, 0, to) for mark in _CLAUSE_ENDS) + 1:to]
    whom, said = clause.rsplit("，", 1)[0] if "，" in clause else "", written.rsplit("，", 1)[0] if "，" in written else ""
    return not (len(whom) >= _WHOM and len(said) >= _WHOM and fuzz.ratio(whom, said) < _WHOM_ALIKE)


#: The words a clause names whom it fines by (对直接负责的主管人员…), this long at least, and how alike
#: (rapidfuzz's ratio, 0–100) the new clause's must read to be the same party's fine.
_WHOM, _WHOM_ALIKE = 8, 40


#: What ends a clause: no fine stated after one is the fine of the words before it.
_CLAUSE_ENDS = "；。;\n"


def landed(version: Sequence[Span], k: int) -> int | None:
    """Where old offset ``k`` stands in the new text, before any words the version put in there;
    None inside words it changed."""
    shift = 0
    for t in version:
        if t.start < k < t.end:
            return None
        if t.end <= k and not t.start == t.end == k:
            shift += len(t.new) - (t.end - t.start)
    return k + shift


#: A condition that singles out the graver cases of a provision (情节严重的，…).
_GRAVER = re.compile(r"情节(?:特别)?(?:严重|恶劣|较重)")
#: The marks a clause for the graver cases opens after (；情节严重的，) and ends at.
_GRAVER_OPENS, _GRAVER_ENDS = frozenset("；，;,"), "；。;\n"
#: How many characters more (of the clause's length) the diff with a graver clause held out may
#: change than the shortest diff and still be taken: a fine the new version rewrote in its first
#: clause costs a few; an old clause that was the graver one (造成严重后果的 → 情节严重的) all its words.
_GRAVER_SLACK = 0.5


def version_diff(old: str, new: str) -> Redline:
    """``diff(old, new)`` of two versions of one unit, save that a clause for the graver cases the
    new version added (；情节严重的，可以并处一百万元以上五百万元以下的罚款) is an insertion of its own,
    and the old provision's words go with the clause that still states every case: the shortest
    diff reads 五千元以上五万元以下 as become 一百万元以上五百万元以下, the range of the new clause,
    which shares more characters with it than 二十万元以上一百万元以下 before it does (会计法 2017
    第四十五条 → 2024 第四十二条, and 第四十二条 → 第四十条, a trial: the fine asked, written in the
    first clause, found "not adopted" and the comment's quote moved onto the graver range). Only a
    clause whose condition the old text had not there (the shortest diff puts its words in), and
    only when the diff with it held out changes little more than the shortest one."""
    found = diff(old, new)
    if found.whole or not _GRAVER.search(new):
        return found
    held: list[tuple[int, int]] = []
    for m in _GRAVER.finditer(new):
        g0 = m.start() - 1
        if g0 < 0 or new[g0] not in _GRAVER_OPENS or not _inserted(found, m.start(), m.end()):
            continue
        g1 = min((k for k in (new.find(mark, m.end()) for mark in _GRAVER_ENDS) if k >= 0), default=len(new))
        trial = sorted([*held, (g0, g1)])
        rest = "".join(new[a:b] for a, b in zip([0] + [e for _, e in trial], [s for s, _ in trial] + [len(new)]))
        other = diff(old, rest)
        if other.whole:
            continue
        for s, e in trial:  # put back left to right: each clause's offsets hold once those before it are back
            other = _put_back(other, new[:e], s, e)
        if _cost(other) - _cost(found) <= _GRAVER_SLACK * (g1 - g0):
            found, held = Redline(old, new, other.ops), trial
    return found


def _inserted(found: Redline, start: int, end: int) -> bool:
    """Whether the diff ``found`` puts in every character of ``found.new[start:end]``."""
    return any(op.kind is OpKind.INSERT and op.new_start <= start and end <= op.new_end for op in found.ops)


def _cost(found: Redline) -> int:
    """How many characters the diff takes out and puts in."""
    return sum(len(op.text) for op in found.ops if op.kind is not OpKind.EQUAL)


def _put_back(found: Redline, new: str, g0: int, g1: int) -> Redline:
    """``found``, a diff of a text lacking ``new[g0:g1]``, with those words put back as an
    insertion of their own at ``g0`` (an op of the diff that spans the place split there)."""
    size, ops, done = g1 - g0, [], False
    for op in found.ops:
        if done:
            ops.append(replace(op, new_start=op.new_start + size, new_end=op.new_end + size))
            continue
        if op.new_end <= g0:  # (a deletion at the place stays before the clause put back)
            ops.append(op)
            continue
        cut = g0 - op.new_start  # > 0: the op spans the place
        at = op.start + (cut if op.kind is OpKind.EQUAL else 0)
        if cut:
            ops.append(Op(op.kind, op.text[:cut], op.start, at, op.new_start, g0))
        ops.append(Op(OpKind.INSERT, new[g0:g1], at, at, g0, g1))
        if op.text[cut:]:
            ops.append(Op(op.kind, op.text[cut:], at, op.end, g1, op.new_end + size))
        done = True
    if not done:
        ops.append(Op(OpKind.INSERT, new[g0:g1], len(found.old), len(found.old), g0, g1))
    return Redline(found.old, new, tuple(ops))


def serious_only(text: str, at: int) -> bool:
    """Whether the words at ``at`` stand under a 情节严重 condition of their own sentence part
    (since the last 。；or line break before them)."""
    start = max(text.rfind(mark, 0, at) for mark in "。；\n") + 1
    return _GRAVER.search(text, start, at) is not None


#: Characters of the proposal before and after words put in (or in place of others) that must stand
#: with them in the new text, and before and after the place of a deletion: enough to tell the clause.
_ASKED_LEFT, _ASKED_RIGHT = 2, 3
_DELETED_LEFT, _DELETED_RIGHT = 4, 2


def written_as_asked(old: str, proposal: str, new: str, edit: Span, at: int, others: Sequence[tuple[int, int]],
                     version: Sequence[Span]) -> bool:  # fmt: skip
    """Whether the new version made ``edit`` (of ``old``; its words stand at ``[at, at + len(edit.new))``
    of ``proposal``, or its place when it deletes) together with another edit of the proposal
    beside it (``others``: where the proposal's edits' words stand in it): the proposal's own
    characters around it (two before and three after; four and two around a deletion's place),
    that phrase standing once in ``new``, where the version rewrote the words at the edit's place
    (``version``: its edits of ``old``), and never in ``old``; whatever else it rewrote around it
    (不构成犯罪的，给予行政处分 with 依法 asked before 给予 and 行政 asked deleted; 2024 writes
    ，依法给予处分: 矿产资源法 2009 第四十七条, a trial). One edit alone is judged by its place (公开
    asked, 不公开 written); the phrase in another sentence is another provision's; a phrase across a
    line break says nothing of one clause."""
    to = at + len(edit.new)
    left, right = (_DELETED_LEFT, _DELETED_RIGHT) if at == to else (_ASKED_LEFT, _ASKED_RIGHT)
    lo, hi = at - left, to + right
    if lo < 0 or hi > len(proposal):
        return False
    if not any((a, b) != (at, to) and (lo < a < hi or lo < b < hi or (a <= lo and hi <= b)) for a, b in others):
        return False
    phrase = proposal[lo:hi]
    if "\n" in phrase or phrase in old or new.count(phrase) != 1:
        return False
    # the version's rewriting at the edit's place (its edits within a phrase's length of it), in the new text
    start, end, shift = edit.start, edit.end, 0
    for t in version:
        if t.start <= edit.end + len(phrase) and t.end >= edit.start - len(phrase):
            start, end = min(start, t.start), max(end, t.end)
    for t in version:
        if t.end <= start and not t.start == t.end == start:
            shift += len(t.new) - (t.end - t.start)
    grown = end - start + sum(len(t.new) - (t.end - t.start) for t in version if start <= t.start and t.end <= end)
    where = new.find(phrase)
    return start + shift - len(phrase) <= where <= start + shift + grown


def asked_places(spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Where the words of each of ``spans`` (edits of one text, in order, apart) stand in the text
    they make."""
    out, shift = [], 0
    for sp in spans:
        out.append((sp.start + shift, sp.start + shift + len(sp.new)))
        shift += len(sp.new) - (sp.end - sp.start)
    return out


def replaced_by(old: str, version: Span, edit: Span) -> bool:
    """Whether the version's edit ``version`` wrote insertion ``edit``'s words, and nothing else, in
    place of the words the insertion was asked beside (持续健康 → 高质量, where 高质量 was asked after
    持续健康): the words taken out are words the proposal keeps."""
    return (edit.start == edit.end and version.start < version.end and version.new.strip() == edit.new.strip()
            and edit.start in (version.start, version.end))


def relabels(base: str, span: Span) -> bool:
    """Whether ``span`` only changes the label of an item at a line's start (（七） → （八））."""
    at_line = span.start == 0 or base[span.start - 1] == "\n"
    return at_line and ITEM_LABEL.fullmatch(base[span.start:span.end]) is not None and ITEM_LABEL.fullmatch(span.new) is not None


def touches(a: Span, b: Span) -> bool:
    """Two edits of the same text overlap, or both insert (or one inserts) at one point."""
    if a.start < b.end and b.start < a.end:
        return True
    return a.start == b.start or (a.start == a.end and b.start < a.start < b.end) or (
        b.start == b.end and a.start < b.start < a.end)  # fmt: skip


class Mover:
    """The version change ``old`` → ``new`` of one unit, to move edits of ``old`` across it."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        self.version = version_diff(old, new).spans() if old != new else []
        self._made = {leftmost(old, t) for t in self.version}
        # the version's changes of width or whitespace only ((八) → （八）): no change of the words an
        # edit asks, which it never cuts across (a trial's 专利法实施细则 2010 → 2023: a deletion of
        # (八)附加文件清单； decided, dropped as 「（八）附加文件清单；」 was "changed")
        self.formatting = [t for t in self.version if formatting_only(old, t)]

    def _substantive(self, edit: Span) -> list[Span]:
        """The version's changes that bear on ``edit``: all but those of width or whitespace only,
        unless one of those straddles an end of the edit."""
        return [t for t in self.version if t not in self.formatting or t.start < edit.start < t.end
                or t.start < edit.end < t.end]  # fmt: skip

    def _changed(self, start: int, end: int) -> Moved:
        """An edit that does not fit: the old text's words around ``[start, end)`` (the words the
        edit and the version's rewriting touch), and what the new version wrote for them."""
        lo, hi = self._around(start, end)
        return Moved("changed", None, self.old[lo:hi], self.new[self._offset(lo):self._offset(hi, after=True)])

    def _around(self, start: int, end: int) -> tuple[int, int]:
        """The words to quote around ``[start, end)``: four characters before and two after, but
        not across a punctuation mark (「个人利用…」, not 「品，个人利用…」), and the whole of a
        quantity they cut (「一万元以下」, not 「一万元以」): words staff read as said. A bound moves
        only within text both versions share."""
        lo, hi = max(0, start - 4), min(len(self.old), end + 2)

        def shared(k: int) -> bool:
            return not any(t.start < k < t.end for t in self.version)

        # out to the edges of what the version rewrote there: a bound inside a rewriting would quote
        # words the new text does not have as if it did (「技能从事便民」 → 「民」)
        moved = True
        while moved:
            moved = False
            for t in self.version:
                if t.start < lo < t.end:
                    lo, moved = t.start, True
                if t.start < hi < t.end:
                    hi, moved = t.end, True

        for a, b in quantities(self.old):
            if a < lo < b and shared(a):
                lo = a
            if a < hi < b and shared(b):
                hi = b
        # (an insertion keeps a word on either side of its point: where it goes is said by them)
        ends = 0 if start == end else 1
        head = max((k + 1 for k in range(lo, start) if self.old[k] in _STOPS), default=lo)
        if head < start + ends and shared(head):
            lo = head
        tail = min((k for k in range(end, hi) if self.old[k] in _STOPS), default=hi)
        if tail > end - ends and shared(tail):
            hi = tail
        # in words of Latin letters, whole words (「within 90 days」, never 「hin 90 d」)
        while lo > 0 and self.old[lo - 1].isascii() and self.old[lo - 1].isalnum() and self.old[lo].isascii() \
                and self.old[lo].isalnum() and shared(lo - 1):  # fmt: skip
            lo -= 1
        while hi < len(self.old) and self.old[hi].isascii() and self.old[hi].isalnum() and self.old[hi - 1].isascii() \
                and self.old[hi - 1].isalnum() and shared(hi + 1):  # fmt: skip
            hi += 1
        return lo, hi

    def _entries_beside(self, edit: Span, hits: Sequence[Span]) -> Moved | None:
        """Entries of a list asked put in (、节约 after 诚信) where the new version put in other entries
        of it, none of them asked (诚信、守法): still asked, as another member's entry is beside them,
        put in after those (诚信、守法、节约); None for any other edit."""
        asked = list_entries(edit.new)
        if edit.start != edit.end or not asked or any(t.start != t.end or t.start != edit.start for t in hits):
            return None
        written = [list_entries(t.new) for t in hits]
        if not all(written) or any(t.new.startswith("、") != edit.new.startswith("、") for t in hits):
            return None
        if {near_key(e) for e in asked} & {near_key(e) for w in written for e in w}:
            return None  # (some of them made: the rest is put in, see made_in_part)
        at = self._offset(edit.start, after=True)
        return Moved("moved", Span(at, at, edit.new))

    def _offset(self, k: int, after: bool = False) -> int:
        """Where offset ``k`` of the old text is in the new one (``k`` outside every version edit):
        before what the new version inserted at ``k``, or ``after`` it."""
        shift = 0
        for t in self.version:
            if t.end <= k and (after or not (t.start == t.end == k)):
                shift += len(t.new) - (t.end - t.start)
        return k + shift

    def move(self, edit: Span) -> Moved:
        """What becomes of ``old[edit.start:edit.end]`` → ``edit.new`` on the new text. A whole
        line taken out or rewritten (``（六）…。⏎``) is the same edit with the line break before
        it instead (``⏎（六）…。``): when the new version cut the text after that line (the next
        款 split off into an article of its own), the edit is moved that way."""
        mover = self._lines_set_beside(edit)
        moved = mover._move(edit)
        if moved.state == "changed" and (shifted := _line_before(self.old, edit)) is not None:
            again = self._move(shifted)
            if again.state != "changed":
                moved = again
        if moved.state in ("adopted", "changed") and (there := self._lines_moved(edit)) is not None:
            # whole lines asked taken out that the new version keeps word for word, moved among the unit's
            # lines (a 款 put first: 农业技术推广法 第二十九条, a verifying trial's): not taken out by it,
            # and still asked, where they stand now
            return Moved("moved", there)
        return moved

    def _lines_moved(self, edit: Span) -> Span | None:
        """For whole lines ``edit`` takes out, which the new text has word for word as whole lines,
        as often as the old, once in a place of their own: the same lines taken out there."""
        old, new = self.old, self.new
        if edit.new or edit.start >= edit.end:
            return None
        if not ((edit.start == 0 or old[edit.start - 1] == "\n" or old[edit.start] == "\n")
                and (edit.end == len(old) or old[edit.end] == "\n" or old[edit.end - 1] == "\n")):  # fmt: skip
            return None
        lines = old[edit.start:edit.end].strip("\n")
        if not lines.strip() or any(new.split("\n").count(x) < old.split("\n").count(x) for x in lines.split("\n")):
            return None
        places = [k for k in range(len(new)) if new.startswith(lines, k) and (k == 0 or new[k - 1] == "\n")
                  and (k + len(lines) == len(new) or new[k + len(lines)] == "\n")]  # fmt: skip
        if len(places) != 1 or len(lines) == len(new):
            return None
        k = places[0]
        return Span(k - 1, k + len(lines), "") if k > 0 else Span(0, len(lines) + 1, "")

    def _lines_set_beside(self, edit: Span) -> Mover:
        """This mover, or for whole lines taken out beside whole lines the version put in, a copy
        whose version has those lines at the edge they share (the diff may have put a new last 款
        in as 。⏎人工繁育…制定 before the 。 that ends the 款 asked deleted)."""
        if edit.new or edit.start == edit.end:
            return self
        version, moved = [], False
        for t in self.version:
            slid = next((Span(k, k, put) for k, put in slides(self.old, t) if t.start == t.end
                         and _lines_beside(self.old, Span(k, k, put), edit)), None) if not _lines_beside(
                             self.old, t, edit) else None  # fmt: skip
            version.append(slid or t)
            moved = moved or slid is not None
        if not moved:
            return self
        other = copy.copy(self)
        other.version = version
        return other

    def _move(self, edit: Span) -> Moved:
        # the very edit, or the same insertion or deletion placed a few characters away where the
        # words around repeat (以上二万元 put in after 二千元 is 上二万元以 after 二千元以)
        if leftmost(self.old, edit) in self._made:
            return Moved("adopted")
        if edit.start < edit.end and opens_rewrite(self.old, self.version, edit):
            return Moved("adopted")  # 至十三人 → 以上, and the new version wrote 三人以上，其成员中…
        if edit.start < edit.end and edit.new and replaced_beside(self.old, self.new, edit):
            return Moved("adopted")  # 工商行政管理 → 市场监督管理, written after 公安、 in a list rewritten
        if put_in_between(self.old, self.new, edit):
            return Moved("adopted")  # the words asked, between the very words they were asked between
        if edit.start == edit.end and any(self._after_the_words_asked(t, edit) for t in self.version
                                          if t.start < t.end and edit.start in (t.start, t.end)):  # fmt: skip
            # put in at the edge of a rewriting that wrote them after the very words they were asked
            # after (禁止违反法律 → 任何单位和个人不得违反有关环境保护法律, 有关环境保护 asked after 违反)
            return Moved("adopted")
        # an item put in before one the new version only renumbered (（四） → （三）: consequential) still goes there
        hits = [t for t in self._substantive(edit) if (touches(t, edit) or _abuts(t, edit)) and not (
            edit.start == edit.end == t.start and ITEM_LABEL.fullmatch(self.old[t.start:t.end]) and ITEM_LABEL.fullmatch(t.new))
            and not _ends_the_line_before(self.old, t, edit) and not _lines_beside(self.old, t, edit)]
        if hits:
            start, end = min(edit.start, *(t.start for t in hits)), max(edit.end, *(t.end for t in hits))
            region = self.old[start:end]
            changed = splice(region, [Span(t.start - start, t.end - start, t.new) for t in hits])
            if splice(region, [Span(edit.start - start, edit.end - start, edit.new)]) == changed:
                return Moved("adopted")  # the version's edit there is exactly this one, diffed another way
            if edit.start == edit.end and not region and _clause_more(edit.new, changed):
                return Moved("adopted")  # the words asked, and a clause the new version went on with after them
            if edit.start == edit.end and edit.new and edit.new not in region and any(
                    changed[:i] + changed[i + len(edit.new):] == region or (not region and _whole_lines(changed, i, edit.new))
                    for i in locate(changed, edit.new)):  # fmt: skip
                # the same insertion, aligned a few characters away (and nothing more), or the same
                # 款 put in with other 款 beside it (a 款 asked; the new version added it and another)
                return Moved("adopted")
            # the smaller edits it is made of are the version's there, no more and no fewer: the two
            # diffs joined the same pieces differently (a version's words between them, 不 written
            # between 可以 and 依法, say something else)
            mine = [Span(edit.start + x.start, edit.start + x.end, x.new)
                    for x in finer_spans(self.old[edit.start:edit.end], edit.new)]  # fmt: skip
            theirs = [Span(start + x.start, start + x.end, x.new) for x in finer_spans(region, changed)]
            if mine and {leftmost(self.old, x) for x in mine} == {leftmost(self.old, t) for t in theirs}:
                return Moved("adopted")
            if (beside := self._entries_beside(edit, hits)) is not None:
                return beside
            wanted = splice(region, [Span(edit.start - start, edit.end - start, edit.new)])
            at, to = self._offset(start), self._offset(end, after=True)
            if self.new[at:to] == changed and made_in_part(region, changed, wanted):
                # the new version went part of the way (并向社会公布 for 并及时向社会公布): the rest is put in
                return Moved("partly", Span(at, to, wanted), wanted, changed)
            # the words around, as each version has them (the new one may have changed them too)
            return self._changed(start, end)
        if (cut := self._in_a_quantity_changed(edit)) is not None:
            # words put in (or changed) inside a quantity whose number the new version changed apart
            # from them (以上五万元 asked into 一万元|以下, the law now 五万元以下): a number is a whole,
            # and moved they would make a range nobody asked for (五万元以上五万元以下, a trial's 统计法)
            return self._changed(*cut)
        if edit.start == edit.end and _put_in_with_more(self.old, edit, self.version):
            # the new version put these words in with others (应当会同… for 会同…, 五千元以上二万元以下
            # for 五千元以下): not as proposed, and put in again they would be there twice: it does not fit
            return self._changed(edit.start, edit.start)
        if edit.start == edit.end and edit.new.strip():
            # the insertion at every place it can stand with the same result (以内 after 二千元 is
            # 内以 after 二千元以): the version's rewriting may end at any of them
            if "\n" in edit.new and any(t.start == t.end == k and _unlabelled(t.new) == _unlabelled(put)
                                         for k, put in slides(self.old, edit) for t in self.version):  # fmt: skip
                # a new 项 the new version put in there too, the 项 after it numbered on
                # (「（二）随意弃置…；⏎」 before （二）, or 「随意弃置…；⏎（三）」 after its label)
                return Moved("adopted")
            for k, put in slides(self.old, edit):
                judged = self._beside_rewrite(k, put.strip())
                if judged is not None:
                    return judged
        # (whole lines taken out after a line the new version went on: from after what it put in there)
        after = any(_ends_the_line_before(self.old, t, edit) or (_lines_beside(self.old, t, edit) and t.start == edit.start)
                    for t in self.version)  # fmt: skip
        moved = Span(self._offset(edit.start, after=after), self._offset(edit.end), edit.new)
        other: int | None = None
        if not after and (placed := self._among_repeats(edit)) is not None:
            # words the version put in beside it that repeat the old words around it (a new 款 ending in
            # 「…畜禽遗传资源目录。」 after a 款 ending so): the diff may set them before or after the edit's
            # place, and the edit goes where the old words around it stand beside it, never into the
            # new words by chance (畜牧法 2022 第十二条, a web trial: 「，并根据调查结果适时更新」 appended
            # to the new 第二款 for 第一款); where both places read as alike, said for staff to check
            moved, other = placed
        if edit.start == edit.end and self._written_beside(edit, moved.start):
            # the new version wrote these very words right where they would go (with other words
            # around them, or the diff aligned them elsewhere): put in again they would stand twice
            return self._changed(edit.start, edit.start)
        if edit.start == edit.end and edit.new.strip() and (glued := self._glued_to_rewrite(edit)) is not None:
            # put in right against words the new version rewrote, no mark between, they may read with the
            # new words otherwise than asked (按照[国务院…部门]规定, the law now 依照本法规定: 「依照本法国务院…部门
            # 规定」, 反洗钱法 2024 第六条, a trial), or well (以及… after a list the new version made longer):
            # moved, with the rewriting beside it (old_words → new_words), for the carry to ask staff to check
            lo, hi = glued
            return Moved("moved", moved, self.old[lo:hi], self.new[self._offset(lo):self._offset(hi, after=True)],
                         other=other)  # fmt: skip
        return Moved("moved", moved, other=other)

    def _among_repeats(self, edit: Span) -> tuple[Span, int | None] | None:
        """For ``edit`` inside the stretch over which one of the version's insertions can slide with
        the same result (its words repeat the old words there, _REPEAT characters or more: a new 款
        whose end is the end of the 款 before it), so that it may stand before those words or after
        them: the place whose new text has more of the old words around the edit beside it (each side
        up to _CONTEXT characters, a line's end as one), and the other place (its start in the new
        text) when the two have as many, within _BESIDE; None when no insertion slides across it."""
        for i, t in enumerate(self.version):
            if t.start != t.end or not t.new:
                continue
            places = dict(slides(self.old, t))
            a, b = min(places), max(places)
            if b - a < _REPEAT or not (a <= edit.start and edit.end <= b) or (
                    edit.start == edit.end and edit.start in (a, b)):  # fmt: skip
                continue
            found: list[tuple[int, Span]] = []
            for q, first in ((edit.end, False), (edit.start, True)):  # the version's words after the edit, or before
                other = copy.copy(self)
                other.version = [*self.version[:i], Span(q, q, places[q]), *self.version[i + 1:]]
                span = Span(other._offset(edit.start, after=first), other._offset(edit.end, after=first), edit.new)
                found.append((self._context_kept(edit, span), span))
            (mine, here), (theirs, there) = sorted(found, key=lambda x: -x[0])
            return here, (there.start if mine - theirs < _BESIDE else None)
        return None

    def _context_kept(self, edit: Span, span: Span) -> int:
        """How many characters of the old text before and after ``edit`` stand beside its place
        ``span`` in the new text (up to _CONTEXT each side; an end of the text or of a line, in
        both, counts as one)."""
        old, new, kept = self.old, self.new, 0
        for k in range(_CONTEXT + 1):
            i, j = edit.start - 1 - k, span.start - 1 - k
            if i < 0 or j < 0 or old[i] == "\n" or new[j] == "\n":
                kept += (i < 0 or old[i] == "\n") and (j < 0 or new[j] == "\n")
                break
            if old[i] != new[j] or k == _CONTEXT:
                break
            kept += 1
        for k in range(_CONTEXT + 1):
            i, j = edit.end + k, span.end + k
            if i >= len(old) or j >= len(new) or old[i] == "\n" or new[j] == "\n":
                kept += (i >= len(old) or old[i] == "\n") and (j >= len(new) or new[j] == "\n")
                break
            if old[i] != new[j] or k == _CONTEXT:
                break
            kept += 1
        return kept

    def _in_a_quantity_changed(self, edit: Span) -> tuple[int, int] | None:
        """The quantity of the old text (一万元以下) that ``edit`` lies in or writes inside, when the
        version changed that quantity elsewhere than the edit does; None otherwise."""
        for a, b in quantities(self.old):
            inside = a < edit.start < b or a < edit.end < b or (edit.start <= a and b <= edit.end and edit.start < edit.end)
            if inside and any(t.start < b and a < t.end and (t.end <= edit.start or t.start >= edit.end)
                              for t in self._substantive(edit)):  # fmt: skip
                return min(a, edit.start), max(b, edit.end)
        return None

    def _beside_rewrite(self, k: int, words: str) -> Moved | None:
        """An insertion of ``words`` at ``k``, at either end of what the version rewrote, judged by
        that rewriting (None when it stands at the end of none, or the rewriting says nothing of it)."""
        for t in self.version:
            if k not in (t.start, t.end) or words not in t.new or words in self.old[t.start:t.end]:
                continue
            # made where the rewriting wrote them next to the insertion point (putting them in
            # again would double them), or after the very words they were asked after (主管部门、
            # 国务院外汇管理部门…): words that stand elsewhere in it (由依照国务院规定设立的…
            # for 由有关部门依照国务院规定…) are there by chance, and still proposed
            if k == t.end:
                strong = self.old[max(0, k - _BESIDE):k] + words in t.new
                made = strong or t.new.endswith(words)
                beside = t.new[max(0, len(t.new) - len(words) - _BESIDE):len(t.new) - len(words)]
                near = words in t.new[-len(words) - _NEAR:]
            else:
                strong = words + self.old[k:k + _BESIDE] in t.new
                made = strong or t.new.startswith(words)
                beside = t.new[len(words):len(words) + _BESIDE]
                near = words in t.new[:len(words) + _NEAR]
            # the rewriting wrote the words asked in place of those they were asked beside, which the
            # proposal keeps (高质量 asked after 持续健康; 持续健康 → 高质量 written, 畜牧法 2022 第一条, a
            # trial): another member's change, not this one
            dropped = replaced_by(self.old, t, Span(k, k, words))
            if (made and not strong and any(ch in BENDS for ch in beside)) or (near and not made) or (made and dropped):
                # at the edge of a rewriting that wrote a number, a negation or a modal word next
                # to them (以下 asked after 五千元, 五千元以上二万元以下 written; 公开 asked, 不公开
                # written), or wrote them a character or two from the edge (及时 asked after 婚姻、,
                # 、及时等 written for it): they say something else there, not as proposed, and put
                # in they would stand twice
                return self._changed(t.start, t.end)
            if made:
                return Moved("adopted")
        for t in self.version:
            # most of its words written by the rewriting beside it, its own way (、个人隐私、个人信息
            # for 、个人隐私和个人信息): put in as well, they would be there twice; the version
            # rewrote the words there, as for an edit it touches
            if k in (t.start, t.end) and t.start < t.end and _written_otherwise(words, self.old[t.start:t.end], t.new,
                                                                                   at_end=k == t.end):  # fmt: skip
                return self._changed(t.start, t.end)
        return None

    def _glued_to_rewrite(self, edit: Span) -> tuple[int, int] | None:
        """The words the version rewrote right against insertion ``edit`` at every place it can stand
        (:func:`slides`), with no punctuation mark or line break between them and it: [start, end) of the
        old text; None when some place has words both versions keep on both sides, or a mark (the old
        text's, or the words' own: 、非银行支付机构 after a rewritten list member opens with its comma)."""
        rewrites = [t for t in self._substantive(edit) if t.start < t.end]
        found: tuple[int, int] | None = None
        for k, w in slides(self.old, edit):
            beside = next((t for t in rewrites if (t.end == k and self.old[k - 1] not in _STOPS and w[:1] not in _STOPS)
                           or (t.start == k and self.old[k] not in _STOPS and w[-1:] not in _STOPS)), None)  # fmt: skip
            if beside is None:
                return None
            found = found or (beside.start, beside.end)
        return found

    def _after_the_words_asked(self, t: Span, edit: Span) -> bool:
        """Whether the version's rewriting ``t`` wrote insertion ``edit``'s words at its edge, right
        after the two characters they were asked after (or before the two asked before), and
        neither takes out nor writes a number (二千元 → 千元以内 changes the amount the words asked
        beside it speak of). The text beyond that edge is the old text: the words stand with their
        neighbours on both sides, as the adoption report requires too."""
        k, words = edit.start, edit.new
        if not words.strip() or any(ch in NUMERAL for ch in self.old[t.start:t.end] + t.new):
            return False
        if any(ch in BENDS for ch in t.new) and not any(ch in BENDS for ch in self.old[t.start:t.end]):
            return False  # a negation or a modal word it wrote where none stood (不需要…): another sense
        if k == t.end:
            return k >= _NEAR and t.new.endswith(self.old[k - _NEAR:k] + words) and self.old[k - _NEAR:k] not in words
        return k == t.start and k + _NEAR <= len(self.old) and t.new.startswith(words + self.old[k:k + _NEAR])

    def _written_beside(self, edit: Span, at: int) -> bool:
        """Whether the new text has insertion ``edit``'s words right before or after offset ``at``
        (where it would go) and the old text had them beside none of the places it can stand."""
        words = edit.new
        if not words.strip():
            return False
        n = len(words)
        if self.new[max(0, at - n):at] != words and self.new[at:at + n] != words:
            return False
        return not any(self.old[max(0, k - len(w)):k] == w or self.old[k:k + len(w)] == w
                       for k, w in slides(self.old, edit))  # fmt: skip


#: An item's label at the start of a line (not one cited inside it: 违反第（二）项规定的).
_LEADING_LABEL = re.compile(rf"(?m)^{ITEM_LABEL.pattern}")


def _unlabelled(words: str) -> str:
    """``words`` without the labels that open their lines."""
    return _LEADING_LABEL.sub("", words)


def leftmost(old: str, edit: Span) -> tuple[int, int, str]:
    """``edit`` of ``old`` as (start, end, new), an insertion or a deletion slid as far left as
    it goes with the same result: inserting 「上二万元以」 after 「二千元以」 is inserting 「元以上二万」
    after 「二千」, and 「复检…报告。⏎」 before a line is 「。⏎复检…报告」 before the 「。⏎」 ending the
    one before it. Any other edit as it is."""
    start, end, new = edit.start, edit.end, edit.new
    if start == end and new:
        while start > 0 and old[start - 1] == new[-1]:
            start -= 1
            new = old[start] + new[:-1]
        return start, start, new
    if start < end and not new:
        while start > 0 and old[start - 1] == old[end - 1]:
            start, end = start - 1, end - 1
    return start, end, new


#: Characters in a row an insertion must share with what a rewriting beside it put in, and the
#: share of its words (in order) that must be among them, for the two to be one thing said twice.
_OTHERWISE_RUN, _OTHERWISE_SHARE = 4, 0.6


def _written_otherwise(words: str, was: str, now: str, at_end: bool) -> bool:
    """Whether a rewriting of ``was`` into ``now`` says most of ``words`` (an insertion at its
    end, or ``at_end`` False its start) its own way right there: the words of ``now`` next to the
    insertion point, as many as the insertion's and two more, hold _OTHERWISE_RUN of its
    characters in a row and _OTHERWISE_SHARE of them in order, and ``was`` had not them (words
    the rewriting wrote further off say something else: 由依照国务院规定设立的监管机构 is no
    依照国务院规定 asked after 部门)."""
    from difflib import SequenceMatcher

    from rapidfuzz.distance import LCSseq

    core = words.strip("、，,；;。 ")
    if len(core) < _OTHERWISE_RUN or core in was:
        return False
    width = len(core) + 2
    beside = now[-width:] if at_end else now[:width]
    run = SequenceMatcher(None, core, beside, autojunk=False).find_longest_match(0, len(core), 0, len(beside)).size
    return run >= _OTHERWISE_RUN and LCSseq.similarity(core, beside) >= _OTHERWISE_SHARE * len(core)


def _put_in_with_more(old: str, edit: Span, version: list[Span]) -> bool:
    """Whether one of ``version``'s insertions puts in the words of insertion ``edit`` and more,
    at a place both can stand with their words (部门会同同级… asked after 主管, 应当会同同级…部门
    put in after 主管部门: at 主管部门 the one is 会同同级…部门, inside the other)."""
    if not edit.new:
        return False
    mine = dict(slides(old, edit))
    for t in version:
        if t.start == t.end and t.new and any(k in mine and mine[k] in words and not _clause_more(mine[k], words)
                                              for k, words in slides(old, t)):  # fmt: skip
            return True
    return False


#: Marks that end a clause, and those that end a sentence or a clause of a sentence's own (；).
_CLAUSE_MARKS = frozenset("，。；：,;:")
_OWN_CLAUSE_MARKS = frozenset("。；;")
#: Openings of a clause that qualifies the one before (但是…, 除…外, 不得…, 情节轻微的，不予…).
_QUALIFYING = ("但", "除", "不", "未", "非", "无", "免", "禁", "另", "只", "仅")


def own_clause(words: str, rest: str) -> bool:
    """Whether ``rest``, written right after (or before) ``words`` asked, is a clause of its own
    that leaves them as they are: it opens with 。 or ；, does not open by qualifying them (但是…,
    不得…) and does not speak of them again (；情节轻微的，不予通报 after ，可以予以通报)."""
    if rest[:1] not in _OWN_CLAUSE_MARKS and rest[-1:] not in _OWN_CLAUSE_MARKS:
        return False
    body = rest.strip("".join(_CLAUSE_MARKS) + " ")
    if body.startswith(_QUALIFYING):
        return False
    core = words.strip("".join(_CLAUSE_MARKS) + " ")
    return not any(core[i:i + 2] in body for i in range(len(core) - 1))


def _clause_more(words: str, written: str) -> bool:
    """Whether ``written`` is ``words`` and a clause of its own more (:func:`own_clause`): ，可以予以
    通报 asked, ，可以予以通报；其负有责任的…给予处分 written (a clause the new version went on with)."""
    if written.startswith(words) and words[:1] in _CLAUSE_MARKS:
        rest = written[len(words):]
        return rest[:1] in _OWN_CLAUSE_MARKS and own_clause(words, rest)
    if written.endswith(words) and words[-1:] in _CLAUSE_MARKS:
        rest = written[:len(written) - len(words)]
        return rest[-1:] in _OWN_CLAUSE_MARKS and own_clause(words, rest)
    return False


def slides(old: str, edit: Span) -> list[tuple[int, str]]:
    """Every place an insertion into ``old`` can stand with the same result, with its words
    there: 「上二万元以」 after 「二千元以」 is also 「元以上二万」 after 「二千」."""
    start, _, new = leftmost(old, edit)
    out = [(start, new)]
    while start < len(old) and new and old[start] == new[0]:
        new = new[1:] + old[start]
        start += 1
        out.append((start, new))
    return out


def _whole_lines(text: str, at: int, words: str) -> bool:
    """Whether ``words`` at ``at`` of ``text`` put in whole lines (款), a line break on each side."""
    end = at + len(words)
    return "\n" in words and (words.startswith("\n") or at == 0 or text[at - 1] == "\n") and (
        words.endswith("\n") or end == len(text) or text[end] == "\n")


#: Marks after which a rewriting's first words stand as words of their own.
_CLAUSE_AFTER = frozenset("，。；：,.;:")


def opens_rewrite(old: str, version: Sequence[Span], edit: Span) -> bool:
    """Whether a replacement ``edit`` of ``old`` was made by the opening words of a longer rewriting
    of the version's, which starts where the edit starts, takes out all the edit takes out, and
    writes the edit's words first, then a clause mark (至十三人 → 以上 asked; 至十三人；但是，…除外 →
    以上，其成员中… written, 公司法 2023 第六十八条): the rest of the rewriting is a change of the
    version's own: a clause of its own after the mark, which says nothing of the edit's words. Not
    when that clause qualifies them (以上，但不得超过十三人; 以下，不得从事劳动) or writes a number."""
    for t in version:
        if not (edit.new and t.start == edit.start and edit.end < t.end and t.new.startswith(edit.new)
                and t.new[len(edit.new):len(edit.new) + 1] in _CLAUSE_AFTER and len(t.new) > len(edit.new)):  # fmt: skip
            continue
        # (its own sentence only: the rewriting may go on into sentences and 款 of the version's own,
        # 职工人数三百人以上的… after 其成员中可以有公司职工代表。 when it merged two 款: 公司法 2023 第六十八条)
        rest = re.split(r"[。；\n]", t.new[len(edit.new) + 1:], maxsplit=1)[0]
        return not rest.lstrip().startswith(_QUALIFYING) and not any(ch in NUMERAL for ch in rest)
    return False


def _abuts(version: Span, edit: Span) -> bool:
    """The version puts words in at the start or end of words ``edit`` replaces (五 → 十个工作
    asked, 个工作 put in after 五): taken apart, both would be made, and say 个工作 twice. (An
    insertion asked at the edge of what the version rewrote is judged below, by the rewriting.)"""
    return version.start == version.end and edit.start < edit.end and version.start in (edit.start, edit.end)


def _ends_the_line_before(old: str, version: Span, edit: Span) -> bool:
    """Whether ``version`` only puts words in at the end of the line before whole lines ``edit``
    takes out (a sentence added to 第一款, 第二款 asked deleted, 反垄断法 2022 第六十一条, a trial): the
    two touch at one point, but one ends a line the other does not touch."""
    return (version.start == version.end == edit.start < edit.end and not edit.new and old[edit.start] == "\n"
            and (edit.end == len(old) or old[edit.end] == "\n") and "\n" not in version.new)


def _lines_beside(old: str, version: Span, edit: Span) -> bool:
    """Whether ``version`` only puts whole lines in just before or after whole lines ``edit`` takes
    out (a 款 added after the 款 asked deleted, 野生动物保护法 2022 第二十五条, a trial): the two touch at
    one point, and neither touches the other's words."""
    if not (version.start == version.end and version.start in (edit.start, edit.end) and edit.start < edit.end
            and not edit.new):  # fmt: skip
        return False
    lines = (edit.start == 0 or old[edit.start - 1] == "\n" or old[edit.start] == "\n") and (
        edit.end == len(old) or old[edit.end] == "\n" or old[edit.end - 1] == "\n")  # fmt: skip
    at = version.start
    boundary = at in (0, len(old)) or old[at - 1] == "\n" or old[at] == "\n"
    return lines and boundary and (version.new.startswith("\n") or version.new.endswith("\n"))


def _line_before(old: str, edit: Span) -> Span | None:
    """``edit`` of whole lines (from a line's start through its break), with the break before
    them instead of after; None for any other edit."""
    start, end, new = edit.start, edit.end, edit.new
    if not (0 < start < end and old[start - 1] == "\n" and old[end - 1] == "\n") or (new and not new.endswith("\n")):
        return None
    return Span(start - 1, end - 1, "\n" + new[:-1] if new else "")


def made_in_part(was: str, now: str, wanted: str) -> bool:
    """Whether ``now`` lies on the way from ``was`` to ``wanted``, neither: every character it
    takes out or puts in, ``wanted`` takes out or puts in too (insertions and deletions, the
    shortest way). 二百 is not on the way from 一百 to 三百; 并向社会公布 is on the way to 并及时向社会公布.
    A number is a whole: 五万 is not on the way from 一万 to 五千, though its 五 is."""
    from rapidfuzz.distance import Indel

    if now in (was, wanted):
        return False
    if Indel.distance(was, now) + Indel.distance(now, wanted) != Indel.distance(was, wanted):
        return False
    stated = {now[a:b] for a, b in quantities(now)} - {was[a:b] for a, b in quantities(was)}
    return not stated or stated <= {wanted[a:b] for a, b in quantities(wanted)}


def rebase(old: str, proposal: str, new: str) -> Rebased:
    """``proposal`` (a wording of ``old``) as a wording of ``new``: its own edits, moved."""
    if old == new:
        return Rebased(proposal, tuple(Moved("moved", s) for s in diff(old, proposal).spans()))
    mover = Mover(old, new)
    edits: list[Moved] = []
    shift = 0  # where each edit's words stand in the proposal
    spans = diff(old, proposal).spans()
    places = asked_places(spans)
    for s in spans:
        moved = mover.move(s)
        at = s.start + shift
        shift += len(s.new) - (s.end - s.start)
        if moved.state in ("partly", "changed") and s.new and (
                range_written(old, proposal, new, at, at + len(s.new))
                or (fine := fine_at_place(old, proposal, new, mover.version, s, at)) is not None and fine[0] == "made"):  # fmt: skip
            moved = Moved("adopted")  # the fine asked, bounds and all, set amid words reworded (or at its place)
        elif moved.state in ("partly", "changed") and written_as_asked(old, proposal, new, s, at, places, mover.version):
            moved = Moved("adopted")  # the words asked, with the proposal's own beside them, amid words reworded
        if moved.state in ("partly", "changed") and (finer := _finer(mover, old, s)) is not None:
            edits.extend(finer)
        else:
            edits.append(replace(moved, label=True) if relabels(old, s) else moved)
    text = splice(new, [e.span for e in edits if e.span is not None])
    return Rebased(text, tuple(edits))


def _finer(mover: Mover, old: str, edit: Span) -> list[Moved] | None:
    """``edit``, which does not fit the new text as one, as the smaller edits it is made of
    (finer_spans), when one of them is made by the new version and none made in part: 行政主管 →
    农村主管部门会同同级… is 行政 → 农村, which the new version made, and 部门会同同级… put in
    after 主管, which it wrote there with 应当 (not as proposed: it does not fit); never put in
    a second time."""
    pieces = [Span(edit.start + p.start, edit.start + p.end, p.new)
              for p in finer_spans(old[edit.start:edit.end], edit.new)]  # fmt: skip
    if len(pieces) < 2:
        return None
    moved = [mover.move(p) for p in pieces]
    # never a piece made in part (its rest put in beside what the new version wrote could say it
    # twice); a piece that does not fit is said so, as any change
    if any(m.state == "partly" for m in moved) or not any(m.state == "adopted" for m in moved):
        return None
    return moved


#: The mark of a deletion carried onto text the new version added (counted, and listed by carry_summary).
WIDENED = "check the deletion"
#: The mark of a proposal carried in part.
PARTLY = "did not fit"
#: The mark of a support or opposition carried onto a unit the new version reworded.
STANCE_ON_OLD = "check the stance"
#: The mark of a proposal carried with words the new version wrote elsewhere in the unit.
TWICE = "check the words put in"
#: The mark of a proposal whose words were put in right against words the new version rewrote.
BESIDE_REWRITE = "check the words beside it"
#: The mark of a proposal whose words cite an article the new version no longer has.
CITES_GONE = "check the citation"
#: The mark of a comment that followed its quote to an article its own article did not become.
QUOTE_ELSEWHERE = "check the place"
#: The mark of a wording of a 款 (or 项) with no close counterpart in the new article, carried to the
#: one its changes land in when followed through the diff of the two articles.
FOLLOWED_INTO = "check the unit it is on"
#: The mark of a proposal that changed every occurrence of some words in its old article, carried
#: onto a new article that has them more often: the new occurrences are left as they are.
MORE_OCCURRENCES = "check the other occurrences"
#: The mark of a proposal whose change could go at two places of the new text, the words around it
#: standing at both alike (a new 款 ending as the old one did): put at one, for staff to check.
WHICH_PLACE = "check which place"
#: The mark of a remark whose words quoted in its text (“以国家为主”) stand in no unit (or in several)
#: of its new article of the kind it was on: it stays where the alignment put it, open, for staff to check.
QUOTED_WORDS = "check the words it quotes"
#: The mark of a wording of a translation the new version has none of: kept aside, out of the merge.
AWAITING_TRANSLATION = "waiting for the translation"
#: The mark of a comment whose quote was re-anchored at other words (the new version reworded them).
APPROXIMATE = "quote re-anchored approximately"
#: The mark of a comment that followed its article to a new place the alignment is unsure of.
UNSURE_PLACE = "check: the article's new place is unsure"
#: The mark of a proposal whose alternative of a conflict the committee turned down for another.
PASSED_OVER = "the committee chose otherwise"
#: The mark of a proposal (or a decision) putting in words that a clause of the new article reads much
#: like, in other words (said_already): the new version may say it already.
SAID_ALREADY = "check: the new version may say this already"
#: The mark of a quote re-anchored approximately in a clause the new version wrote for the graver
#: cases (情节严重的，…), where the quote's words stood under no such condition.
GRAVER_CASES = "check the case"


_SAID_NOTE = re.compile(rf"; {re.escape(SAID_ALREADY)}: 「(?P<w>[^」]*)」 in (?P<where>[^;「」]+?) "
                        r"\((?P<h>[0-9.]+) of its words in order\)")


def said_already_in(note: str) -> tuple[str, str, float] | None:
    """What a carried proposal's ``note`` says the new version may say already, in other words
    (:data:`SAID_ALREADY`): (the new version's words, the unit holding them, how much of the words put
    in they hold in order); None when it says nothing of it."""
    found = _SAID_NOTE.search(note) if SAID_ALREADY in note else None
    return None if found is None else (found["w"], found["where"], float(found["h"]))


def quoted_before(note: str) -> str | None:
    """The quote a carried comment had on the earlier reading, when its ``note`` says it was
    re-anchored at other words (「提前三十日」 for 「提前六十日」); None otherwise."""
    at = note.find(f"{APPROXIMATE}: 「")
    if at < 0:
        return None
    start = at + len(APPROXIMATE) + 3
    end = note.find("」 → 「", start)
    return note[start:end] if end >= 0 else None


def carry_checks(note: str) -> frozenset[str]:
    """Every check a carried comment's ``note`` asks for (:func:`carry_check` names the first):
    a comment whose stance was given on old words and whose quote moved is listed under both."""
    marks = {"widened": f"; {WIDENED}:", "stance": f"; {STANCE_ON_OLD}:", "twice": f"; {TWICE}:",
             "beside": f"; {BESIDE_REWRITE}:", "elsewhere": f"; {QUOTE_ELSEWHERE}:", "partial": f" change(s) {PARTLY} (the new ",
             "citation": f"; {CITES_GONE}:", "passed": f"; {PASSED_OVER}:", "within": f"; {FOLLOWED_INTO}:",
             "occurrences": f"; {MORE_OCCURRENCES}:", "place": f"; {WHICH_PLACE}:", "quoted": f"; {QUOTED_WORDS}:",
             "translation": f"; {AWAITING_TRANSLATION}:", "said": f"; {SAID_ALREADY}:"}  # fmt: skip
    return frozenset(kind for kind, mark in marks.items() if mark in note)


def carry_check(note: str) -> str:
    """What a carried comment's ``note`` asks staff to check: "widened" (a deletion carried onto
    words the new version added), "stance" (a support or opposition of words the new version
    reworded), "twice" (a proposal putting in words the new version wrote elsewhere in the unit, or in another article),
    "beside" (a proposal whose words were put in right against words the new version rewrote),
    "elsewhere" (a comment that followed its quote to an article its own did not become),
    "partial" (a proposal some of whose changes did not fit the new text), "within" (a wording of a
    款 or 项 with no close counterpart, carried to the one its changes land in through the article's
    diff), "occurrences" (a proposal that changed every occurrence of some words, which the new
    version has more often, the others left as they are), "said" (a proposal putting in words a clause
    of the new article reads much like: it may say them already), "place" (a proposal whose change could go at
    two places of the new text alike), "quoted" (a remark whose quoted words stand in no unit, or in
    several, of its new article), "translation" (a wording of a translation the new version has none
    of, kept aside), "passed" (a proposal the committee turned
    down for another alternative at the last reading), or "" (nothing). The command line lists them;
    the web app shows their notes."""
    if f"; {WIDENED}:" in note:
        return "widened"
    if f"; {STANCE_ON_OLD}:" in note:
        return "stance"
    if f"; {TWICE}:" in note:
        return "twice"
    if f"; {SAID_ALREADY}:" in note:
        return "said"
    if f"; {BESIDE_REWRITE}:" in note:
        return "beside"
    if f"; {QUOTE_ELSEWHERE}:" in note:
        return "elsewhere"
    if f"; {WHICH_PLACE}:" in note:
        return "place"
    if f"; {QUOTED_WORDS}:" in note:
        return "quoted"
    if f" change(s) {PARTLY} (the new " in note:
        return "partial"
    if f"; {FOLLOWED_INTO}:" in note:
        return "within"
    if f"; {MORE_OCCURRENCES}:" in note:
        return "occurrences"
    if f"; {AWAITING_TRANSLATION}:" in note:
        return "translation"
    return "passed" if f"; {PASSED_OVER}:" in note else ""


def written_anew(words: str, new: str, old: str) -> bool:
    """Whether ``new`` has ``words`` where it wrote them itself: at an occurrence half of whose
    characters at least are the new version's own (put in or rewritten), not words of ``old`` it
    kept. 代理记账 asked in 代理记帐业务的中介机构, where the new version only corrected 帐 to 账 around
    it (会计法 2024 第三十四条, a trial), is the old words, not the proposal made elsewhere."""
    if words not in new:
        return False
    fresh = bytearray(len(new))
    for op in diff(old, new).ops:
        if op.kind is OpKind.INSERT:
            fresh[op.new_start:op.new_end] = b"\x01" * (op.new_end - op.new_start)
    at = new.find(words)
    while at >= 0:
        if 2 * sum(fresh[at:at + len(words)]) >= len(words):
            return True
        at = new.find(words, at + 1)
    return False


#: A sentence put in, this long at least, that the new version wrote this alike (rapidfuzz's
#: partial ratio) is one it has already.
NEAR_WORDS = 10
NEAR_SCORE = 90


def near_copy(words: str, new: str, old: str) -> str:
    """The words of ``new`` that read almost as ``words`` do (a sentence, 90 % alike or more) and
    that ``old`` did not have: what the new version wrote of words a proposal puts in; "" if none."""
    if len(words) < NEAR_WORDS or words in new:
        return ""
    found = fuzz.partial_ratio_alignment(words, new, score_cutoff=NEAR_SCORE)
    if found is not None:
        there = new[found.dest_start:found.dest_end]
        if there not in old and len(there) >= NEAR_WORDS:
            return there
    # a sentence of the new text, whole: words taken out of the one put in (或者股东大会) leave a window
    # of its length reaching into the sentence before, which reads less alike than the sentence does
    sentences = re.findall(r"[^。；！？\n]+[。；！？]?", new)
    score, there = max(((fuzz.ratio(words, x), x) for x in sentences if len(x) >= NEAR_WORDS), default=(0.0, ""))
    return there if score >= NEAR_SCORE and there not in old else ""


#: Words put in, this many characters long at least (punctuation and spacing aside), that a clause or
#: sentence the new article wrote anew holds this share of, in order (LCS), being at most CLOSE_LONGER
#: times as long, may be said there already in other words: 「信息中心应当向报告机构反馈报告使用情况。」 accepted
#: for 反洗钱法 2006 第十条, and 2024 第十六条第三款's 「按照规定向履行反洗钱义务的机构反馈可疑交易报告使用情况」
#: (0.58; a trial's second submission put it in beside it). Measured on the 12 version pairs of
#: corpus/zh-versions (benchmarks/close_words.py): sentences of other laws put into each article, none in the
#: new version, 5 of 5,310 flagged at 0.55 (parallel provisions: a fine beside a fine), 11 at 0.50, 19 at 0.45,
#: 2 at 0.60 (which misses the trial's); the old versions' sentences the new ones no longer have word for word,
#: 85 % found in their counterpart article. Shorter words (国务院规定的其他职责。) and longer sentences matched
#: any law's boilerplate.
CLOSE_WORDS = 12
CLOSE_SHARE = 0.55
CLOSE_LONGER = 2.5
_CLAUSES = re.compile(r"[^，,。；;：:！？\n]+")
_SENTENCES = re.compile(r"[^。；;！？\n]+")


#: A sentence put in that the new version put in at its place with a few words of its own: every word asked, in
#: order, and one run of its own amid them (marks aside) at most this much of their length, with no negation,
#: modal word or number (不含纸质文件 narrows what is asked: another provision).
WITH_OWN_LONGER = 0.5


def put_in_with_own_words(old: str, version: Sequence[Span], edit: Span) -> str:
    """For a sentence ``edit`` puts into ``old`` (NEAR_WORDS characters at least) that the new version
    (``version``: its edits of ``old``) put in at that very place, every word of it, with a few words of its
    own amid them, those words of its own (股东会、董事会的 in 但是，股东会、董事会的会议召集程序…除外, for 但是，会议召集
    程序…除外 asked: 公司法 2018 第二十二条第二款 → 2023 第二十六条第一款, a trial's "not adopted" carried open with the
    但书 twice); "" if none."""
    key = near_key(edit.new)
    # (a 款 put in, a line of its own, is judged word for word: the law's own words in one make another wording)
    if edit.start != edit.end or len(key) < NEAR_WORDS or "\n" in edit.new:
        return ""
    for sp in version:
        if not sp.start <= edit.start <= sp.end or not sp.new:
            continue
        tried = [(sp.new, old[sp.start:sp.end])]
        if sp.start == edit.start and old[edit.start:edit.start + 1] in ("", "\n") and "\n" in sp.new:
            # at the end of a 款, the rewriting running on into the 款 after it (公司法 2023 第二十六条, its 但书 and
            # a 款 rewritten after it): what it wrote on that line
            tried.append((sp.new.split("\n", 1)[0], ""))
        for words, was in tried:
            there = near_key(words)
            if len(there) > (1 + WITH_OWN_LONGER) * len(key) or near_key(was) not in there:
                continue
            own = diff(key, there).spans()
            if len(own) == 1 and own[0].start == own[0].end and not any(ch in BENDS for ch in own[0].new):
                raw = diff(edit.new.strip(), words.strip()).spans()
                return raw[0].new if len(raw) == 1 and raw[0].start == raw[0].end else own[0].new
    return ""


def said_already(words: str, new: str, old: str, *, longer: float = CLOSE_LONGER) -> tuple[str, float] | None:
    """The clause or sentence of ``new`` (an article of the new version) that ``old`` (the article it
    was) had not, reading much like ``words`` put in (CLOSE_SHARE of their characters in order, or more;
    at most ``longer`` times as long), and how much of them it holds: the new version may say them
    already, in other words; None if none. Only a hint for staff: nothing is dropped by it (the words
    may say more, or another thing)."""
    key = near_key(words)
    if len(key) < CLOSE_WORDS or key in near_key(new):
        return None
    was = near_key(old)
    best: tuple[float, int, str] | None = None
    for piece in dict.fromkeys(m.group().strip() for pattern in (_CLAUSES, _SENTENCES) for m in pattern.finditer(new)):
        there = near_key(piece)
        if len(there) < 4 or len(there) > longer * len(key) or there in was:
            continue
        share = LCSseq.similarity(key, there) / len(key)
        if share >= CLOSE_SHARE and (best is None or (share, -len(there)) > best[:2]):
            best = (share, -len(there), piece)
    return (best[2], best[0]) if best is not None else None
