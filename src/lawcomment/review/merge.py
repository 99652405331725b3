"""N-way merge of members' proposals for one unit: span-based three-way logic, never patch_apply.

Identical edits are combined with all their supporters; overlapping or same-point edits
from different proposals become explicit conflicts listing every alternative.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, pairwise, permutations

from ..frozen import maker
from .phrases import ALONE, NUMERAL, bounds_quantity, list_entries, quantities
from .redline import Differ, Redline, Span, diff, render_text, splice, whole_words, word_edits
from .tokendiff import common_prefix, common_suffix


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed wording of the whole unit, attributed to one or more members."""

    id: str
    text: str
    supporters: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Change:
    """A non-conflicting edit: ``base[start:end]`` becomes ``new``; who proposed it."""

    id: str
    start: int
    end: int
    old: str
    new: str
    supporters: tuple[str, ...]
    proposals: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "start": self.start, "end": self.end, "old": self.old, "new": self.new,
                "supporters": list(self.supporters), "proposals": list(self.proposals)}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Alternative:
    """One proposal's wording of a conflict's region; or, with ``combines`` (the numbers of the
    alternatives it takes, in its order), several members' entries put in together at the one
    point where each put its own (see :func:`combined`)."""

    number: int
    text: str
    supporters: tuple[str, ...]
    proposals: tuple[str, ...]
    combines: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"number": self.number, "text": self.text, "supporters": list(self.supporters),
                "proposals": list(self.proposals), **({"combines": list(self.combines)} if self.combines else {})}  # fmt: skip

    def label(self) -> str:
        """How a listing names a combined alternative: ``both, 1 then 2`` (``all 3, 2 then 1 then 3``);
        "" for one proposal's wording."""
        if not self.combines:
            return ""
        count = "both" if len(self.combines) == 2 else f"all {len(self.combines)}"
        return f"{count}, {' then '.join(map(str, self.combines))}"


@dataclass(frozen=True, slots=True)
class Conflict:
    """Edits of different proposals that overlap, write at the same point (two insertions, or an
    insertion of what another's rewording ends with), or would write the same words twice if both
    were taken (see ``_tie``): ``base[start:end]`` has several proposed wordings. Entries of a list
    (or 款) members put in at one point are offered together too, after them (see :func:`combined`)."""

    id: str
    start: int
    end: int
    old: str
    alternatives: tuple[Alternative, ...]

    @property
    def proposed(self) -> tuple[Alternative, ...]:
        """The alternatives members proposed, without the combinations of them offered after them."""
        return tuple(a for a in self.alternatives if not a.combines)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "start": self.start, "end": self.end, "old": self.old,
                "alternatives": [a.to_dict() for a in self.alternatives]}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Group:
    """Proposals that differ only in punctuation or whitespace, merged as one.

    ``text`` is the wording used (the one with most supporters); ``variants`` the others."""

    proposals: tuple[str, ...]
    text: str
    variants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Merge:
    """The merge of N proposals on one base text.

    ``text`` is the base with every change applied; conflict regions keep the base wording
    until someone decides. ``whole`` lists proposals compared as a whole replacement.
    """

    base: str
    text: str
    changes: tuple[Change, ...]
    conflicts: tuple[Conflict, ...]
    groups: tuple[Group, ...]
    proposals: tuple[Proposal, ...]
    warnings: tuple[str, ...] = ()

    @property
    def redline(self) -> Redline:
        return diff(self.base, self.text)

    def to_dict(self) -> dict[str, object]:
        return {"base": self.base, "text": self.text, "changes": [c.to_dict() for c in self.changes],
                "conflicts": [c.to_dict() for c in self.conflicts],
                "groups": [{"proposals": list(g.proposals), "text": g.text, "variants": list(g.variants)}
                           for g in self.groups],
                "warnings": list(self.warnings)}  # fmt: skip


#: Span and Alternative built without their __init__ (:func:`~lawcomment.frozen.maker`): a conflict's
#: alternatives are made from each of its proposals' edits.
_new_span = maker(Span)
_new_alternative = maker(Alternative)

_HARD = "\x00"  # what _FOLD maps a character to when its text needs the full NFKC
_TABLE_SIZE = 1 << 16  # characters remembered by _FOLD and _DROP


def _dropped(ch: str) -> bool:
    """Whitespace or punctuation: what near keys leave out."""
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def _inert(ch: str) -> bool:
    """NFKC leaves ``ch`` as it is wherever it stands: NFKC-stable, combining class 0, and never
    the second character of a composition (those are all marks or Hangul jamo)."""
    return (ch != _HARD and unicodedata.combining(ch) == 0 and not unicodedata.category(ch).startswith("M")
            and not "\u1100" <= ch <= "\u11ff" and unicodedata.normalize("NFKC", ch) == ch)  # fmt: skip


class _Fold(dict[int, str]):
    """Per character, filled on first sight: its NFKC form without whitespace or punctuation,
    or _HARD when that form is not inert.

    A text made of characters whose NFKC forms are all inert has as NFKC form the
    concatenation of theirs (the NFKD of a character equals that of its NFKC form, and a
    string of inert characters is in NFKC), so one translate gives its near key."""

    def __missing__(self, code: int) -> str:
        if len(self) >= _TABLE_SIZE:  # texts with that many distinct characters are hostile: start again
            self.clear()
        folded = unicodedata.normalize("NFKC", chr(code))
        out = "".join(ch for ch in folded if not _dropped(ch)) if all(map(_inert, folded)) else _HARD
        self[code] = out
        return out


class _Drop(dict[int, int | None]):
    """Per character, filled on first sight: None (delete) for whitespace and punctuation."""

    def __missing__(self, code: int) -> int | None:
        if len(self) >= _TABLE_SIZE:
            self.clear()
        out = None if _dropped(chr(code)) else code
        self[code] = out
        return out


_FOLD = _Fold()
_DROP = _Drop()


def near_key(text: str) -> str:
    """The text without whitespace or punctuation, width-folded: equal keys mean the
    texts differ only in punctuation or whitespace."""
    key = text.translate(_FOLD)
    if _HARD in key:  # combining marks, Hangul jamo, NUL: normalise the whole text first
        key = unicodedata.normalize("NFKC", text).translate(_DROP)
    return key


def _union(*groups: Sequence[str]) -> tuple[str, ...]:
    if len(groups) == 1 and len(groups[0]) < 2 and type(groups[0]) is tuple:  # one supporter (most proposals): itself
        return groups[0]
    return tuple(dict.fromkeys(chain.from_iterable(groups)))


def _supporters(proposals: Sequence[Proposal]) -> tuple[str, ...]:
    """Every supporter of these proposals, once, in order."""
    return _union(*(p.supporters for p in proposals))


def line_put_before(base: str, put: tuple[int, int, str], gone: tuple[int, int, str]) -> bool:
    """Whether ``put`` inserts whole lines (a new 款 or 项) right before the lines ``gone`` takes
    out whole: two edits that never touch each other's words, however they share a point (a new
    （三） before the old （三）, which another proposal deletes)."""
    at = put[0]
    if not (put[0] == put[1] == gone[0] < gone[1] and not gone[2]):
        return False
    if put[2].endswith("\n") and (at == 0 or base[at - 1] == "\n") and base[gone[1] - 1] == "\n":
        return True
    # the same with the line breaks before: ⏎新款 put in where ⏎旧款 (the unit's last) is taken out
    return put[2].startswith("\n") and base[at] == "\n" and (gone[1] == len(base) or base[gone[1]] == "\n")


def _lines_put_apart(base: str, spans: dict[tuple[int, int, str], list[Proposal]]) -> dict[tuple[int, int, str], list[Proposal]]:
    """Whole lines put in at the start of a line that another proposal takes out with the line
    break before it (新款⏎ at the last 款's start, ⏎最后一款 deleted), placed before that break
    instead (⏎新款): the same new 款, where it no longer falls inside the deletion (a trial's new
    第十五条 款 and another member's deletion of the 款 after it were one conflict)."""
    gone = {(k[0], k[1]) for k in spans if k[0] < k[1] and not k[2] and base[k[0]] == "\n"
            and (k[1] == len(base) or base[k[1]] == "\n")}  # fmt: skip
    if not gone:
        return spans
    starts = {a for a, _ in gone}
    out: dict[tuple[int, int, str], list[Proposal]] = {}
    for key, who in spans.items():
        s, e, new = key
        if s == e and s - 1 in starts and new.endswith("\n") and base[s - 1] == "\n":
            key = (s - 1, s - 1, "\n" + new[:-1])
        out.setdefault(key, []).extend(p for p in who if p not in out.get(key, ()))
    return out


class _NearKeys:
    """:func:`near_key` of wordings of one base text, each read as what it has of the base's own
    words at its start and end (``Differ.affixes``, which its diff reads as well) and the words
    between: a character's fold is its own, wherever it stands, so the key of the words kept is
    the base's key there, and only the words between are folded (a proposal changes a few words of
    an article). Where a fold needs the whole text (_HARD), it is folded whole."""

    def __init__(self, differ: Differ) -> None:
        self.differ = differ
        base = differ.old
        folds = list(map(_FOLD.__getitem__, map(ord, base)))
        self.key = "".join(folds)
        self.whole = _HARD in self.key  # no shortcut then
        self.at = [0, *accumulate(map(len, folds))]  # where each base character's fold starts in the key

    def __call__(self, text: str) -> str:
        if self.whole:
            return near_key(text)
        head, tail = self.differ.affixes(text)
        middle = text[head:len(text) - tail].translate(_FOLD)
        if _HARD in middle:
            return near_key(text)
        return self.key[:self.at[head]] + middle + self.key[self.at[len(self.differ.old) - tail]:]


def _group(proposals: Sequence[Proposal],
           differ: Differ | None = None) -> tuple[list[Proposal], list[Group], list[str]]:  # fmt: skip
    """Combine identical and near-identical proposals; returns the representatives. ``differ``:
    the base's, whose affixes of each wording give its near key (:class:`_NearKeys`)."""
    keys: dict[str, str] = {}  # per text: campaigns repeat wordings
    by_key: dict[str, list[Proposal]] = {}
    fold = _NearKeys(differ) if differ is not None else near_key
    for p in proposals:
        key = keys.get(p.text)
        if key is None:
            key = keys[p.text] = fold(p.text) if p.text else "\x00"
        by_key.setdefault(key, []).append(p)
    reps: list[Proposal] = []
    groups: list[Group] = []
    warnings: list[str] = []
    for members in by_key.values():
        if len(members) == 1:
            (p,) = members
            supporters = _union(p.supporters)
            reps.append(p if supporters == p.supporters else Proposal(p.id, p.text, supporters))  # (an equal one)
            continue
        texts: dict[str, list[Proposal]] = {}
        for p in members:
            texts.setdefault(p.text, []).append(p)
        # the wording with most supporters wins; ties go to the earliest proposal
        counts = {t: len(_supporters(ps)) for t, ps in texts.items()}
        ranked = sorted(texts.items(), key=lambda kv: -counts[kv[0]])
        text = ranked[0][0]
        ids = tuple(p.id for p in members)
        reps.append(Proposal("+".join(ids), text, _supporters(members)))
        variants = tuple(t for t, _ in ranked[1:])
        groups.append(Group(ids, text, variants))
        if variants:
            who = ", ".join(f"{'/'.join(p.id for p in ps)}" for _, ps in ranked)
            # where they differ, said: staff judge which mark the law wants (a trial's 秘密，个人隐私 went
            # out for 秘密、个人隐私, the wording the law then enacted, unseen)
            where = " / ".join(f"「{piece}」" for piece in _where_differ(text, variants))
            warnings.append(f"proposals {who} differ only in punctuation or whitespace ({where}); merged as one, "
                            f"using the wording of {'/'.join(p.id for p in ranked[0][1])}")  # fmt: skip
    return reps, groups, warnings


def _where_differ(text: str, variants: Sequence[str], around: int = 3) -> list[str]:
    """The words around the first place ``variants`` differ from ``text``: ``text``'s first, then
    each variant's (line breaks as ⏎), with ``around`` characters either side."""
    pieces = []
    for n, other in enumerate((text, *variants)):
        base = variants[0] if n == 0 else text
        head = common_prefix(other, base)
        tail = common_suffix(other[head:], base[head:])
        a, b = max(0, head - around), min(len(other), len(other) - tail + around)
        pieces.append(("…" if a else "") + other[a:b].replace("\n", "⏎") + ("…" if b < len(other) else ""))
    return pieces


def writes_twice(rewording: tuple[int, int, str] | Span, insertion: tuple[int, int, str] | Span) -> bool:
    """Whether ``insertion`` adds, where ``rewording`` ends, words that rewording ends with (the
    end of its new text is the start of the insertion): taken together they write them twice."""
    r_start, r_end, r_new = (rewording.start, rewording.end, rewording.new) if isinstance(rewording, Span) \
        else rewording  # fmt: skip
    i_start, i_end, i_new = (insertion.start, insertion.end, insertion.new) if isinstance(insertion, Span) \
        else insertion  # fmt: skip
    if not (i_start == i_end == r_end and r_start < r_end and r_new and i_new):
        return False
    return any(r_new.endswith(i_new[:k]) for k in range(1, min(len(r_new), len(i_new)) + 1))


#: How far apart (characters of the draft) two edits may be and still write the same words twice.
NEAR = 2


def _repeats(base: str, a: tuple[int, int, str], b: tuple[int, int, str],
             holders: dict[tuple[int, int, str], list[Proposal]]) -> bool:  # fmt: skip
    """Whether edits ``a`` and ``b`` (``b`` after ``a``), made by different proposals, are at most
    NEAR characters apart and both add two characters in a row that the draft has not there. A
    proposal that makes both reads so itself: taken together they repeat nothing it did not write
    (药品上市许可申请人 for 相关当事人, and 在药品上市审评审批期间 after 可以, which another proposal
    puts in too: two changes, the second agreed by both)."""
    if b[0] - a[1] > NEAR or {p.id for p in holders[a]} & {p.id for p in holders[b]}:
        return False
    around = base[a[0]:b[1]]
    pairs = {a[2][n:n + 2] for n in range(len(a[2]) - 1)}
    return any(b[2][n:n + 2] in pairs and b[2][n:n + 2] not in around and not b[2][n:n + 2].isspace()
               for n in range(len(b[2]) - 1))


def _one_quantity(base: str, a: tuple[int, int, str], b: tuple[int, int, str],
                  holders: dict[tuple[int, int, str], list[Proposal]]) -> bool:  # fmt: skip
    """Whether edits ``a`` and ``b``, made by different proposals, both change one quantity of the
    draft (:func:`~lawcomment.review.phrases.quantities`: 五日 → 十日 and 五个工作日; 二千 → 五千 in
    处二千元以下罚款 and 以上二万元 after 二千元): together they would state an amount or a period
    that no proposal asks for (十个工作日, 五千元以上二万元以下), so they are alternatives. An
    insertion at the quantity's edge counts when it writes a number itself, or a bound (以上 after
    二年), and so does one that qualifies it earlier in its clause (至少 in 至少保存二年, with 二 → 一:
    至少保存一年, which neither asked, an unflagged merge in a trial of 农产品质量安全法)."""
    if {p.id for p in holders[a]} & {p.id for p in holders[b]}:
        return False

    def inside(edit: tuple[int, int, str], start: int, end: int) -> bool:
        if edit[1] <= start and start - edit[1] <= _QUALIFIED_WITHIN and _QUALIFIERS.search(edit[2]) is not None \
                and not any(ch in _CLAUSE_MARKS for ch in base[edit[1]:start]):  # fmt: skip
            return True  # words that bound it put in before it, in its clause (至少, 为 → 不少于)
        if edit[0] < edit[1]:
            return edit[0] < end and start < edit[1]
        edge = any(ch in NUMERAL for ch in edit[2]) or (edit[0] == end and bounds_quantity(edit[2], base[end:end + 1]))
        return start < edit[0] < end or (edge and start <= edit[0] <= end)

    return any(inside(a, s, e) and inside(b, s, e) for s, e in _quantities(base))


#: Words that bound a quantity from before it (至少保存二年): put in, they change what it states.
_QUALIFIERS = re.compile("至少|至多|不少于|不低于|不超过|不高于|不得少于|不得超过|不得低于|最多|最少|最长|最短|最高|最低")
#: How far before a quantity (characters of the draft) such words may be put in and still bound it.
_QUALIFIED_WITHIN = 8
#: The longest quantity an edit after such words is looked for in (三千五百万元以上: its number, measure and bound).
_QUANTITY_MOST = 16
_CLAUSE_MARKS = frozenset("，、；：。！？,;:\n")


@lru_cache(maxsize=256)
def _quantities(base: str) -> tuple[tuple[int, int], ...]:
    return tuple(quantities(base))


#: Characters in a row that make an item (真实性, 安全性) for the moves and repeats _tie looks for.
ITEM = 3


def _grams(text: str) -> set[str]:
    key = near_key(text)
    return {key[n:n + ITEM] for n in range(len(key) - ITEM + 1)}


def _added(base: str, key: tuple[int, int, str] | Span, known: frozenset[str]) -> set[str]:
    """The items an edit writes that the draft has nowhere, read with the draft's characters
    around it (安全 for 真实 writes 安全性)."""
    start, end, new = (key.start, key.end, key.new) if isinstance(key, Span) else key
    return _grams(base[max(0, start - ITEM + 1):start] + new + base[end:end + ITEM - 1]) - known


@lru_cache(maxsize=16)
def _known(base: str) -> frozenset[str]:
    """The items a draft's text has (read once per text: a member's proposals are compared pair by pair)."""
    return frozenset(_grams(base))


#: The characters of a number as laws write it (九十, 1,000, ２０).
NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两0123456789０１２３４５６７８９")


def amount(base: str, start: int, end: int, new: str) -> bool:
    """Whether an edit changes a number of ``base`` and nothing else: it lies in or at the edge of
    a run of numerals (九十日 → 六十日, 五十万元 → 一百万元) and writes numerals only, or nothing."""
    s, e = start, end
    while s > 0 and base[s - 1] in NUMERALS:
        s -= 1
    while e < len(base) and base[e] in NUMERALS:
        e += 1
    return (start < end or bool(new)) and s < e and all(ch in NUMERALS for ch in base[s:e]) and \
        all(ch in NUMERALS for ch in new)  # fmt: skip


def adds_same(base: str, a: Span, b: Span) -> bool:
    """Whether two edits of ``base`` (one member's) both write one new item (安全性), wherever they
    are. The same rewording made in two places (五十万元 → 三百万元 in 第一款 and in 第三款) is two
    edits, and so are two numbers changed to one value (九十日 and 六十日 both to 四十五日); the
    same words put in at two places (安全性、) are one item written twice. Two edits sharing a
    word or an ending only (，但依法经…审查的除外 in （四） and ，但引用…内容的除外 in （二）) are two:
    as with two members' edits (_same_item), the items they share must be at least half the new
    words of the shorter."""
    if a.start < a.end and base[a.start:a.end] == base[b.start:b.end] and a.new == b.new:
        return False
    if amount(base, a.start, a.end, a.new) and amount(base, b.start, b.end, b.new):
        return False
    known = _known(base)
    shared = len(_added(base, a, known) & _added(base, b, known))
    return shared > 0 and 2 * shared >= min(len(_grams(a.new) - known), len(_grams(b.new) - known))


def _same_item(a: tuple[int, int, str], b: tuple[int, int, str], added: dict[tuple[int, int, str], set[str]],
               known: frozenset[str], unknown: Callable[[str], int] | None = None) -> bool:  # fmt: skip
    """Whether two edits write one new item: of the ITEM-character runs the draft has nowhere
    (read with the draft's characters around each edit), they share at least half as many as
    the new words of the shorter edit hold (its own runs the draft has nowhere). 安全 for 真实
    (真实性 → 安全性) and 、安全性 at the end are one item, and so are two （…）侵犯商业信誉 whose
    other words the draft has; two new 项, （三）不正当有奖销售 and （五）网络不正当竞争行为,
    share a word only. ``unknown(words)``: how many runs of ``words`` the draft has nowhere,
    when the caller counts them (once per edit)."""
    shared = len(added[a] & added[b])
    if not shared:
        return False
    if unknown is None:
        return 2 * shared >= min(len(_grams(a[2]) - known), len(_grams(b[2]) - known))
    return 2 * shared >= min(unknown(a[2]), unknown(b[2]))


#: Runs of ITEM characters the draft has nowhere, that make an edit's words a sentence of their own
#: (七个工作日内出具报告, not 个工作 put into 五日内).
_SENTENCE = 6


def _a_sentence(base: str, key: tuple[int, int, str]) -> bool:
    """Whether an edit writes a sentence of its own: its words end with 。 and start where one
    does (after 。 or ；, at a line's start, or on a line of their own)."""
    start, _, new = key
    return new.rstrip("\n").endswith("。") and (start == 0 or base[start - 1] in "。；\n" or new.startswith("\n"))


def _new_paragraph(base: str, key: tuple[int, int, str]) -> bool:
    """Whether an edit puts in whole lines of its own (new 款, never a new 项: a 项 is an item of
    its list), at a line's end or start, and takes nothing out."""
    start, end, new = key
    if start != end or "\n" not in new:
        return False
    at_edge = (new.startswith("\n") and (start == len(base) or base[start] == "\n")) or (
        new.endswith("\n") and (start == 0 or base[start - 1] == "\n"))  # fmt: skip
    return at_edge and not any(ITEM_LABEL.match(line.strip()) for line in new.split("\n") if line.strip())


#: Characters between two edits that :func:`_words` reads as one word's (审核 → 核验: 核; 姓名 → 名称: 名):
#: one only, as two may be the end of one word and the start of the next (三十日在首页: 日在).
_WORD_GAP = 1


def _words(base: str, clusters: list[list[tuple[int, int, str]]],
           holders: dict[tuple[int, int, str], list[Proposal]]) -> list[list[tuple[int, int, str]]]:  # fmt: skip
    """Edits of one word that the diff cut in two around a character it kept (姓名 → 名称:
    姓 out, 称 in after 名) taken together: the same proposals' two edits are one change (姓名 →
    名称, never a lone 称 to decide apart); an edit whose proposals all have an edit in a conflict
    beside it joins that conflict, so that the alternative chosen there never keeps half of
    another's word (邮政编码称: 称 left standing after another member's wording was chosen). The
    character between is a letter of one word: no mark of punctuation, space or digit. Two edits
    of one word or one quantity (:func:`_one_wording`) that one proposal makes both of and another
    only one are two wordings of those words, one conflict: 三十日内 → 十五日内 beside 十五日, never
    十五 agreed and 内 taken out by one member's word alone (the other's 十五日内 silently lost)."""
    out: list[list[tuple[int, int, str]]] = []
    for cluster in clusters:
        if out:
            prev = out[-1]
            at, to = max(k[1] for k in prev), min(k[0] for k in cluster)
            gap = base[at:to]
            theirs: set[str] | None = None
            mine: set[str] = set()
            if 0 < len(gap) <= _WORD_GAP and all(ch.isalpha() for ch in gap):
                theirs = {p.id for k in prev for p in holders[k]}
                mine = {p.id for k in cluster for p in holders[k]}
                if len(prev) == len(cluster) == 1 and mine == theirs:
                    (s1, _, n1), (_, e2, n2) = prev[0], cluster[0]
                    key = (s1, e2, n1 + gap + n2)
                    holders[key] = holders[prev[0]]
                    out[-1] = [key]
                    continue
                if (len(prev) > 1 and mine <= theirs) or (len(cluster) > 1 and theirs <= mine):
                    out[-1] = prev + cluster
                    continue
            if _one_wording(base, max(prev, key=lambda k: k[1]), cluster[0]):
                if theirs is None:  # (read only for edits this near: a campaign's clusters are many)
                    theirs = {p.id for k in prev for p in holders[k]}
                    mine = {p.id for k in cluster for p in holders[k]}
                if mine & theirs and mine != theirs:
                    out[-1] = prev + cluster
                    continue
        out.append(cluster)
    return out


def _one_wording(base: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Whether edits ``a`` and ``b`` (``b`` after ``a``) change one word or one quantity: they touch,
    or stand a letter of one word apart (十五 for 三十 and 内 taken out of 三十日内: 日; never 经, 的 or
    another character the law writes as a word of its own, 应当经许可 for 必须经批准), or lie in one
    number with its measure word and bound (二千 → 五千 and 以下 → 以内 in 二千元以下)."""
    gap = base[a[1]:b[0]]
    if len(gap) <= _WORD_GAP and all(ch.isalpha() and ch not in ALONE and ch not in _JOINS for ch in gap):
        return True
    return any(s <= a[0] and b[1] <= e for s, e in _quantities(base))


#: Characters that join words and make none (公司的股票): edits either side of one are two words'.
_JOINS = frozenset("的")


def _tie(base: str, clusters: list[list[tuple[int, int, str]]], holders: dict[tuple[int, int, str], list[Proposal]],
         english: bool = False) -> list[list[tuple[int, int, str]]]:  # fmt: skip
    """Join into one conflict, with every cluster between them, the edits that are one act apart:
    two proposals adding the same new item in two places (安全性 for 真实性, 、安全性 at the end:
    both taken, 安全性 twice), and a proposal's move of an item (真实性、 out, 、真实性 in) when
    either half is in a conflict (its deletion left undecided, its insertion taken: twice). In
    ``english`` text an item moved is a word (:func:`_long_words`), not three letters: one month →
    two months moves no "mon"."""
    if len(clusters) < 2:
        return clusters
    where = {key: n for n, cluster in enumerate(clusters) for key in cluster}
    known = _known(base)
    spans: list[tuple[int, int]] = []
    # what the pairs below read of each edit, read once (an edit is in many pairs: a campaign's
    # edits are made by hundreds of proposals, each with its other edits)
    grams_of: dict[str, set[str]] = {}
    unknown_of: dict[str, int] = {}
    ids_of: dict[tuple[int, int, str], set[str]] = {}

    def grams(words: str) -> set[str]:
        found = grams_of.get(words)
        if found is None:
            found = grams_of[words] = _grams(words)
        return found

    def unknown(words: str) -> int:
        found = unknown_of.get(words)
        if found is None:
            found = unknown_of[words] = len(grams(words) - known)
        return found

    def ids(key: tuple[int, int, str]) -> set[str]:
        found = ids_of.get(key)
        if found is None:
            found = ids_of[key] = {p.id for p in holders[key]}
        return found

    # one new item written by two proposals: the clusters from one to the other that write it
    first: dict[str, tuple[int, int, str]] = {}  # the edit that writes an item, the first of them
    writers: dict[str, list[tuple[int, int, str]]] = {}  # the edits that write it, of an item two or more write
    mine: dict[str, list[tuple[int, int, str]]] = defaultdict(list)  # proposal id -> its edits
    added: dict[tuple[int, int, str], set[str]] = {}
    for key in where:
        added[key] = grams_added = _added(base, key, known)
        for gram in grams_added:  # (most items are one edit's: no list of its writers made for them)
            writer = first.setdefault(gram, key)
            if writer is not key:
                if gram in writers:
                    writers[gram].append(key)
                else:
                    writers[gram] = [writer, key]
        for p in holders[key]:
            mine[p.id].append(key)
    checked: set[tuple[tuple[int, int, str], tuple[int, int, str]]] = set()
    for keys in writers.values():
        for n, a in enumerate(keys):
            for b in keys[n + 1:]:
                # (two members' same rewording in two places too: 件 → 书面 twice may be one new item
                # written twice, and staff choose; one member's two such edits are its own, see adds_same)
                # (a proposal making both reads so itself: they write nothing twice it did not; see _repeats)
                if where[a] == where[b] or (a, b) in checked or ids(a) & ids(b):
                    continue
                if amount(base, *a) and amount(base, *b):  # two periods or sums, each chosen in its place
                    continue
                # the very same words put into two 款 or 项 (not a new 项 or 款 of their own): each
                # provision given them, not one new item written twice (或者备案 after 未经批准 in
                # 第（一）项 and in 第（二）项, a trial of 统计法); a rewording in one and an insertion in
                # another (真实性 → 安全性, 、安全性) may still be one item twice
                if a[0] == a[1] and b[0] == b[1] and a[2] == b[2] and "\n" not in a[2] and \
                        "\n" in base[min(a[0], b[0]):max(a[1], b[1])]:  # fmt: skip
                    continue
                # a new 款 of its own is a sentence, not an item of a list: a few of its words written
                # by an edit of another 款 too are each provision's own (七个工作日内出具 in it, 五日内 →
                # 五个工作日内 in 第一款: 农产品质量安全法 第三十六条, a trial); half its sentence
                # written there as well is the same provision twice
                one = [k for k in (a, b) if _new_paragraph(base, k)]
                if len(one) == 1 and "\n" in base[min(a[0], b[0]):max(a[1], b[1])]:
                    other = b if one[0] == a else a
                    shared, own = len(added[a] & added[b]), unknown(other[2])
                    # (a sentence of its own written there too is the same provision twice, though short
                    # beside the new 款: 复检机构应当在七个工作日内出具报告。, a stranger's review; a clause
                    # put into a sentence is not, though the new 款 ends alike: ，并处五万元以上十万元以下罚款)
                    sentence = own >= _SENTENCE and _a_sentence(base, other)
                    if 2 * shared < unknown(one[0][2]) and (not sentence or 2 * shared < own):
                        continue
                checked.add((a, b))
                if _same_item(a, b, added, known, unknown):
                    spans.append((min(where[a], where[b]), max(where[a], where[b])))
    # a proposal's move: an item out in one edit and in by another, one of them in a conflict
    items = _long_words if english else grams
    for keys in mine.values():
        if len(keys) < 2:
            continue
        for a in keys:
            gone = items(base[a[0]:a[1]]) if a[1] > a[0] else set()
            if not gone:
                continue
            wa = where[a]
            alone = len(clusters[wa]) == 1
            for b in keys:
                wb = where[b]
                # (two numbers changed are no item moved, though their digits repeat: 3000 → 4000 and
                # 1000 → 1500, 专利法实施细则 第七十七条, a trial)
                if wa != wb and (not alone or len(clusters[wb]) > 1) and not gone.isdisjoint(items(b[2])) and \
                        not (amount(base, *a) and amount(base, *b)):  # fmt: skip
                    spans.append((min(wa, wb), max(wa, wb)))
    if not spans:
        return clusters
    reach = list(range(len(clusters)))  # the last cluster each one is joined up to
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


def _long_words(text: str) -> set[str]:
    """The words of an English text that name something (four letters or more: no of, the, and), in lower case."""
    return {w.lower() for w in _LETTERS.findall(text) if len(w) > ITEM}


_LETTERS = re.compile(r"[^\W\d_]+")


def kept_inside(base: str, spans: Sequence[Span]) -> list[Span]:
    """A wording's edits, each that replaces words its new words keep whole (商业秘密 →
    工作秘密、商业秘密、个人隐私) as the words put in before and after them: the law's words are
    never struck out and typed again (two trials' redlines did), nor decided as if replaced."""
    out: list[Span] = []
    todo = list(reversed(spans))
    while todo:  # (each piece split again: 商业秘密 kept in one, 和个人信息… in the other)
        sp = todo.pop()
        old = base[sp.start:sp.end]
        if len(old) < 2 or not sp.new or "\n" in old:
            out.append(sp)
            continue
        if sp.new.count(old) == 1:  # all of them kept: words put in before and after
            at, size, here = sp.new.index(old), len(old), 0
        else:  # most of them kept (和商业秘密 → 、工作秘密、商业秘密、个人隐私: 商业秘密), three characters or more
            if len(old) <= _KEPT or len(sp.new) <= _KEPT:  # (too short to keep three and change something)
                out.append(sp)
                continue
            from difflib import SequenceMatcher

            here, at, size = SequenceMatcher(None, old, sp.new, autojunk=False).find_longest_match(0, len(old), 0, len(sp.new))
            if size < _KEPT or old.count(old[here:here + size]) != 1 or sp.new.count(old[here:here + size]) != 1:
                out.append(sp)
                continue
        kept = old[here:here + size]
        edges = old[here - 1:here] + old[here + size:here + size + 1] + sp.new[at - 1:at] + sp.new[at + size:at + size + 1]
        if any(ch in NUMERALS for ch in kept[0] + kept[-1] + edges):  # a number is a whole (3000 → 4000 keeps no 000)
            out.append(sp)
            continue
        head = Span(sp.start, sp.start + here, sp.new[:at])
        tail = Span(sp.start + here + size, sp.end, sp.new[at + size:])
        todo.extend(x for x in (tail, head) if x.new or x.start < x.end)
    return out


#: Characters the old words and their new words share, at least, for :func:`kept_inside` to keep them.
_KEPT = 3


def canonical(base: str, spans: Sequence[Span]) -> list[Span]:
    """A wording's edits (in order, apart) with each pure insertion and deletion moved to one
    place of all those where it reads the same: 完整{性、真实}性、保密性 and 完整性、{真实性、}保密性
    are one edit, which two diffs may place either way (merged as two, both would be written).
    An edit of whole lines (a 项 or 款 taken out or put in) is placed on them, label and line
    break together (「（五）…；⏎」, not 「五）…；⏎（」); one of whole clauses after the mark
    closing the clause before (「国有…主体。」 taken out before 「国家保障…」, never
    「有…主体。国」); any other as far right as it reads the same, where 、 and 。 close what
    they follow. A rewording of a 款's last words that runs on into new lines is two edits: the
    words reworded, and the new lines put in after the 款 (:func:`_lines_apart`)."""
    spans = _lines_apart(base, spans)
    out: list[Span] = []
    for n, sp in enumerate(spans):
        # never up to the wording's next or previous edit, which would then touch this one
        ceiling = spans[n + 1].start - 1 if n + 1 < len(spans) else len(base)
        floor = out[-1].end + 1 if out else 0
        start, end, new = sp.start, sp.end, sp.new
        if start == end and new:
            while start > floor and base[start - 1] == new[-1]:  # the left-most place first: one
                new = base[start - 1] + new[:-1]  # answer wherever the diff put it
                start -= 1
            lines: tuple[int, str] | None = None  # the place where it puts in whole lines
            relabel: Span | None = None  # or a new 项 before the one it renumbers
            whole_words: tuple[int, str] | None = None  # the right-most place that splits no word at its ends
            clauses: tuple[int, str] | None = None  # the right-most place where it puts in whole clauses
            while True:
                if new[-1] == "\n" and (start == 0 or base[start - 1] == "\n"):
                    lines = (start, new)
                if _whole_clauses(base, start, new):
                    clauses = (start, new)
                relabel = relabel or _new_item(base, start, new, floor)
                if not _splits_word(base, start, new):
                    whole_words = (start, new)
                if not (start < ceiling and base[start] == new[0]):
                    break
                new = new[1:] + base[start]
                start += 1
            if lines is not None:
                start, new = lines
            elif clauses is not None:
                start, new = clauses
            elif whole_words is not None and _splits_word(base, start, new):
                start, new = whole_words
            elif relabel is not None:
                out.append(relabel)
                continue
            end = start
        elif not new and start < end:
            while start > floor and base[start - 1] == base[end - 1]:
                start, end = start - 1, end - 1
            whole: tuple[int, int] | None = None  # the place where it takes out whole lines
            relabel = None  # or a 项 taken out, the one after it renumbered
            gone: tuple[int, int] | None = None  # or the right-most place where it takes out whole clauses
            listed: tuple[int, int] | None = None  # or a place where it takes out words with their 、
            while True:
                if base[end - 1] == "\n" and (start == 0 or base[start - 1] == "\n"):
                    whole = (start, end)
                if _whole_clauses(base, start, base[start:end]):
                    gone = (start, end)
                if listed is None and base[end - 1] == "、":
                    listed = (start, end)  # 监视、 out of 监视、监测, never 视、监
                relabel = relabel or _gone_item(base, start, end, floor)
                if not (end < ceiling and base[start] == base[end]):
                    break
                start, end = start + 1, end + 1
            if whole is not None:
                start, end = whole
            elif relabel is not None:
                out.append(relabel)
                continue
            elif gone is not None:
                start, end = gone
            elif listed is not None:
                start, end = listed
        out.append(sp if (start, end, new) == (sp.start, sp.end, sp.new) else Span(start, end, new))
    return out


def _lines_apart(base: str, spans: Sequence[Span]) -> Sequence[Span]:
    """``spans`` with each edit that rewords the last words of a line (a 款) and writes new lines
    after them split in two: the words reworded, and the lines put in after the line's closing mark
    (经计量认证合格 → 取得资质认定。⏎农产品质量安全检测机构应当…六年, before 。, is 经计量认证合格 →
    取得资质认定, and a 款 put in after the 款: a trial's marked-up copy, whose one change staff could
    only accept or reject whole). Exact: the two make the same text."""
    out: list[Span] = []
    for n, sp in enumerate(spans):
        start, end, new = sp.start, sp.end, sp.new
        k = new.find("\n")
        if start < end and k > 0 and end < len(base) and new[k - 1] == base[end] and base[end] in _CLAUSE_MARKS and \
                "\n" not in base[start:end] and (end + 1 == len(base) or base[end + 1] == "\n") and new[k + 1:] and \
                (n + 1 == len(spans) or spans[n + 1].start > end + 1):  # fmt: skip
            if new[:k - 1] != base[start:end]:  # (never an edit that changes nothing)
                out.append(Span(start, end, new[:k - 1]))
            out.append(Span(end + 1, end + 1, "\n" + new[k + 1:] + base[end]))
            continue
        out.append(sp)
    return out


#: Marks that close a clause or sentence: words ending with one, after one, are whole clauses.
_CLAUSE_MARKS = frozenset("。；，、：！？;,:!?")


def _whole_clauses(base: str, at: int, words: str) -> bool:
    """Whether ``words`` at ``at`` of ``base`` (put in there, or taken out from there) are whole
    clauses: they end with a clause mark and stand at the text's or a line's start or after one."""
    return bool(words) and words[-1] in _CLAUSE_MARKS and (at == 0 or base[at - 1] in _CLAUSE_MARKS or base[at - 1] == "\n")


#: Words of two characters law text binds to a number (二万元以上), never cut by where an insertion is placed.
_BOUND_WORDS = frozenset({"以上", "以下", "以内", "之内", "之日", "日内", "日起"})
_NUMERALS = frozenset("〇零一二两三四五六七八九十百千万亿0123456789")
_MEASURES = frozenset("元日年月天倍次人个项条款")


def _splits_word(base: str, at: int, new: str) -> bool:
    """Whether inserting ``new`` at ``at`` cuts a word at either of its ends: a bound word
    (以|上), a number from its measure word (二万|元), an English word (o|f). Of the places an insertion reads the same
    at (上二万元以 after 二千元以, 以上二万元 after 二千元), one that cuts none reads as the
    drafter would write it: 二千元{+以上二万元+}以下."""
    def cut(left: str, right: str) -> bool:
        # (and a citation from its 第: 第{+二条、第+}三条 is {+第二条、+}第三条; and an English word between two of
        # its letters: part o{+r accessory o+}f is part {+or accessory +}of)
        return left + right in _BOUND_WORDS or (left in _NUMERALS and (right in _MEASURES or right in _NUMERALS)) or (
            left == "第" and right in _NUMERALS) or (left.isascii() and right.isascii() and left.isalnum() and right.isalnum())  # fmt: skip

    return (at > 0 and cut(base[at - 1], new[0])) or (at < len(base) and cut(new[-1], base[at]))


#: An item's label at the start of a line: （四）, (4), (d).
ITEM_LABEL = re.compile(r"[（(](?:[〇零一二两三四五六七八九十百千]+|\d+|[a-z])[）)]")


def _new_item(base: str, at: int, new: str, floor: int) -> Span | None:
    """An insertion at ``at`` that puts a new 项 in before the one it renumbers, as a diff sees
    it: 「（四）为{+促进…；⏎（五）为+}实现…」, the new item's words inside the old item's line. The
    same text as the label's replacement, 「{+（四）为促进…；⏎+}[-（四）-]{+（五）+}为实现…」 in
    one edit, which reads as the new item and the old one renumbered (None: no such insertion)."""
    line = base.rfind("\n", 0, at) + 1
    cut = new.rfind("\n")
    if cut < 0 or line < floor or not _renumbers(base[line:at], new[cut + 1:]):
        return None
    head, now = base[line:at], ITEM_LABEL.match(new[cut + 1:])
    label = ITEM_LABEL.match(head)
    assert label is not None and now is not None  # _renumbers found both
    return Span(line, line + label.end(), head + new[:cut + 1] + now.group())


def _gone_item(base: str, start: int, end: int, floor: int) -> Span | None:
    """A deletion that takes a 项 out and renumbers the next, as a diff sees it: 「（五）[-因…；⏎
    （六）-]为保障…」, the old item's label kept for the next one's words. The same text as the
    item's whole line and the next label replaced by the old one, 「[-（五）因…；⏎（六）-]{+（五）+}
    为保障…」, in one edit (None: no such deletion)."""
    line = base.rfind("\n", 0, start) + 1
    cut = base.rfind("\n", start, end)
    if cut < 0 or line < floor or not _renumbers(base[line:start], base[cut + 1:end]):
        return None
    return Span(line, end, base[line:start])


def _renumbers(head: str, after: str) -> bool:
    """Whether ``after`` is ``head`` with another item label (（五）为 for （四）为)."""
    was, now = ITEM_LABEL.match(head), ITEM_LABEL.match(after)
    return was is not None and now is not None and was.group() != now.group() and head[was.end():] == after[now.end():]


def _agreeing(base: str, spans: dict[tuple[int, int, str], list[Proposal]],
              english: bool = False) -> dict[tuple[int, int, str], list[Proposal]]:  # fmt: skip
    """The proposals' edits with a rewording cut where it holds, at its end (or start), the very
    words another proposal puts in there: the diff gives 相关当事人可以 → 药品上市许可申请人…可以
    在药品上市审评审批期间 as one edit, the 可以 between the two taken in; beside another's
    在药品上市审评审批期间 after 可以 it is 相关当事人 → 药品上市许可申请人… and that insertion, which
    both proposals then make (one change they agree on, not one conflict between whole phrases).
    A cut is made only where the rewording keeps the draft's words between its two parts."""
    points: dict[int, set[str]] = {}
    for s, e, new in spans:
        if s == e and new:
            points.setdefault(s, set()).add(new)
    if not points:
        return spans
    out: dict[tuple[int, int, str], list[Proposal]] = {}
    for key, who in spans.items():
        s, e, new = key
        # (only a rewording with words put in at one of its ends is cut: most edits are kept whole)
        pieces = _cut(base, key, points, {p.id for p in who}, spans, english) if s != e and new and (
            e in points or s in points) else (key,)  # fmt: skip
        for piece in pieces:
            had = out.get(piece)
            if had is None:
                out[piece] = list(who)
            else:
                had += [p for p in who if p not in had]
    return out


def _cut(base: str, key: tuple[int, int, str], points: dict[int, set[str]], ids: set[str],
         spans: dict[tuple[int, int, str], list[Proposal]],
         english: bool = False) -> list[tuple[int, int, str]]:  # fmt: skip
    s, e, new = key
    if s == e or not new:
        return [key]
    old = base[s:e]
    for x in sorted(points.get(e, ()), key=len, reverse=True):  # another's words put in where this ends
        if not new.endswith(x) or ids >= {p.id for p in spans[(e, e, x)]}:
            continue
        rest = new[:-len(x)]
        k = common_suffix(old, rest)
        if 0 < k < len(old) and rest[:-k] != old[:-k] and not (english and _in_word(base, e - k)):
            return [(s, e - k, rest[:-k]), (e, e, x)]
    for x in sorted(points.get(s, ()), key=len, reverse=True):  # where this starts
        if not new.startswith(x) or ids >= {p.id for p in spans[(s, s, x)]}:
            continue
        rest = new[len(x):]
        k = common_prefix(old, rest)
        if 0 < k < len(old) and rest[k:] != old[k:] and not (english and _in_word(base, s + k)):
            return [(s, s, x), (s + k, e, rest[k:])]
    return [key]


def _in_word(text: str, at: int) -> bool:
    """Whether ``at`` falls between two letters (or digits) of an English word: no change is cut there."""
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()


def _break_moved(base: str, spans: Sequence[Span]) -> list[Span]:
    """A wording's edits, one that takes a line break out with its words and another that only puts
    one in a few words on (or the other way about) made one: the 款's end moved, which decided
    apart would join two 款 into one, or split one, unannounced (a trial's 公司法 第七十一条: words
    taken out across a 款's end, the break put back after 优先购买权。, and that alone rejected)."""
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        # (the two move a break only when one of them has one: a line break in the words it puts in
        # or takes out; none between them)
        if prev is not None and sp.start - prev.end <= _BREAK_MOVED and "\n" not in base[prev.end:sp.start] and (
                "\n" in prev.new or "\n" in sp.new or "\n" in base[prev.start:sp.end]):  # fmt: skip
            breaks = [x.new.count("\n") - base[x.start:x.end].count("\n") for x in (prev, sp)]
            alone = [x.new.strip() == "" and base[x.start:x.end].strip() == "" for x in (prev, sp)]
            if sorted(breaks) == [-1, 1] and any(alone):  # one break out, the other in: the 款's end moved
                out[-1] = Span(prev.start, sp.end, prev.new + base[prev.end:sp.start] + sp.new)
                continue
        out.append(sp)
    return out


#: How far apart (characters of the law between them, on one line) a break taken out and one put
#: in may stand for :func:`_break_moved` to make them one edit.
_BREAK_MOVED = 30


def merge(base: str, proposals: Sequence[Proposal], *, differ: Differ | None = None, english: bool = False) -> Merge:
    """Merge proposals (each the whole unit as its supporters want it) onto ``base``.

    ``differ``, a ``Differ(base)``, lets the caller share its diffs with the merge. ``english``:
    ``base`` is English (a draft of an en profile), whose changes are made of whole words
    (:func:`~lawcomment.review.redline.whole_words`: [-one month-]{+two months+}, never
    [-one-]{+two+} and month{+s+} decided apart)."""
    if differ is None or differ.old != base:
        differ = Differ(base)
    reps, groups, warnings = _group(proposals, differ)
    rank = {p.id: n for n, p in enumerate(reps)}
    spans: dict[tuple[int, int, str], list[Proposal]] = {}
    made: list[tuple[Proposal, list[Span]]] = []
    for p in reps:
        red = differ.edits(p.text)
        if not red.changed:
            warnings.append(f"proposal {p.id} repeats the base wording; it changes nothing")
        elif red.whole:
            warnings.append(f"proposal {p.id} is compared as a whole replacement: {red.reason}")
        edits = kept_inside(base, red.spans)
        # (a rewording, words out and others in, canonical leaves where it is unless it writes new lines, and
        # one edit alone moves no line break: a member's few characters reworded, most proposals, skip both)
        if len(edits) > 1 or (edits and not (edits[0].start < edits[0].end and edits[0].new and
                                             "\n" not in edits[0].new)):  # fmt: skip
            edits = _break_moved(base, canonical(base, edits))
        made.append((p, word_edits(base, edits) if english else edits))
    if english:
        made = _joined_words(base, made)
    for p, edits in made:
        for sp in edits:
            spans.setdefault((sp.start, sp.end, sp.new), []).append(p)
    spans = _lines_put_apart(base, _agreeing(base, spans, english))
    ordered = sorted(spans)
    clusters: list[list[tuple[int, int, str]]] = []
    reach = -1
    for key in ordered:
        # a key overlaps the cluster if it starts before the cluster's reach; one starting at or
        # after it only touches it at a point: an insertion of the cluster there, which (keys
        # coming by start) is then the cluster's last key
        if clusters and (key[0] < reach or clusters[-1][-1][0] == key[0]) and not (
                len(clusters[-1]) == 1 and line_put_before(base, clusters[-1][0], key)):  # fmt: skip
            clusters[-1].append(key)
            reach = max(reach, key[1])
        else:
            clusters.append([key])
            reach = key[1]
    # taken together, these would write words twice, so they conflict: an insertion where a
    # rewording of the cluster before ends, of words it ends with (置→定任何 and 任何 after 置;
    # 应当→必须及时 and 及时准确 after 应当), and edits of different proposals a character or two
    # apart that add the same words (真实性、完整 → 完整性、安全 and 、安全性 after 完整性)
    joined: list[list[tuple[int, int, str]]] = []
    for cluster in clusters:
        if joined:
            # only edits at most NEAR apart can write at one point or repeat each other; a word that bounds a
            # quantity may be put in a few words before it (至少 in 至少妥善保存二年)
            ends = [k for k in joined[-1] if k[1] >= cluster[0][0] - NEAR]
            last = max((k[1] for k in ends), default=-NEAR - 1)
            starts = [i for i in cluster if i[0] <= last + NEAR]
            # (only such words are looked for further off: every pair of a busy article's clusters is many)
            far = [k for k in joined[-1] if k[1] >= cluster[0][0] - _QUALIFIED_WITHIN and k not in ends
                   and _QUALIFIERS.search(k[2])]  # fmt: skip
            if any(writes_twice(k, i) or _repeats(base, k, i, spans) or _one_quantity(base, k, i, spans)
                   for k in ends for i in starts) or \
                    any(_one_quantity(base, k, i, spans) for k in far for i in cluster
                        if i[0] - k[1] <= _QUALIFIED_WITHIN + _QUANTITY_MOST):  # fmt: skip
                joined[-1].extend(cluster)
                continue
        joined.append(cluster)
    clusters = _words(base, _tie(base, joined, spans, english), spans)
    changes: list[Change] = []
    conflicts: list[Conflict] = []
    for cluster in clusters:
        if len(cluster) == 1:
            s, e, new = cluster[0]
            who = spans[cluster[0]]
            changes.append(Change(f"c{len(changes) + 1}", s, e, base[s:e], new, _supporters(who),
                                  tuple(p.id for p in who)))  # fmt: skip
            continue
        start = min(k[0] for k in cluster)
        end = max(k[1] for k in cluster)
        own: dict[str, list[Span]] = {}
        by_id = {}
        for key in cluster:
            piece = _new_span(key[0] - start, key[1] - start, key[2])  # (one for all who make it)
            for p in spans[key]:
                own.setdefault(p.id, []).append(piece)
                by_id[p.id] = p
        region = base[start:end]
        alts: dict[str, list[Proposal]] = {}
        for pid, pieces in own.items():
            alts.setdefault(splice(region, pieces), []).append(by_id[pid])
        support = {text: _supporters(ps) for text, ps in alts.items()}
        # most supporters first; ties in the order the proposals came
        ranked = sorted(alts.items(), key=lambda kv: (-len(support[kv[0]]), min([rank[p.id] for p in kv[1]])))
        alternatives = [_new_alternative(n, text, support[text], tuple([p.id for p in ps]), ())
                        for n, (text, ps) in enumerate(ranked, 1)]  # fmt: skip
        if start == end:  # (numbered after every member's own: a choice's number never moves for them)
            alternatives += combined(base, start, alternatives)
        conflicts.append(Conflict(f"x{len(conflicts) + 1}", start, end, region, tuple(alternatives)))
    warnings += _touching(base, changes)
    text = splice(base, [Span(c.start, c.end, c.new) for c in changes])
    return Merge(base, text, tuple(changes), tuple(conflicts), tuple(groups), tuple(proposals), tuple(warnings))


def _joined_words(base: str, made: list[tuple[Proposal, list[Span]]]) -> list[tuple[Proposal, list[Span]]]:
    """Each proposal's English edits (:func:`~lawcomment.review.redline.word_edits`) joined across a
    space or a short word (:func:`~lawcomment.review.redline.whole_words`), but never where another
    proposal makes the edit on one side and not the one on the other: 「two months of a」 beside
    another's 「two months of the」 is [-one month-]{+two months+}, which both make, and [-the-]{+a+},
    never one conflict over 「one month of the」 that reads their agreement as a split."""
    holders: dict[Span, set[str]] = {}
    for p, edits in made:
        for sp in edits:
            holders.setdefault(sp, set()).add(p.id)
    out = []
    for p, edits in made:
        apart = {a.end for a, b in pairwise(edits) if holders[a] != holders[b]}
        out.append((p, whole_words(base, edits, apart)))
    return out


#: The most alternatives whose every order :func:`combined` offers (two: both orders; three: six); of more, one.
ORDERS_MOST = 3


def combined(base: str, at: int, alternatives: Sequence[Alternative]) -> list[Alternative]:
    """The alternatives that put in every one of ``alternatives`` (each proposal's words put in at
    ``at`` of ``base``, one point), one after another, numbered after them: where each puts entries
    into a list (、保险公司 and 、信托公司 after 证券公司) or whole 款 on lines of their own, a committee
    takes them all, in an order staff pick. Every order of two or three (1 then 2, 2 then 1), of
    more the order they are numbered in; none when one of them puts in other words, or an entry
    another has too, or one another's holds (安全 and 安全性): together they would say it twice."""
    if not combinable(base, at, [a.text for a in alternatives]):
        return []
    orders = permutations(alternatives) if len(alternatives) <= ORDERS_MOST else [tuple(alternatives)]
    seen = {a.text for a in alternatives}
    out: list[Alternative] = []
    for order in orders:
        text = "".join(a.text for a in order)
        if text in seen:
            continue
        seen.add(text)
        out.append(_new_alternative(len(alternatives) + len(out) + 1, text, _union(*(a.supporters for a in order)),
                                    _union(*(a.proposals for a in order)), tuple(a.number for a in order)))  # fmt: skip
    return out


def combinable(base: str, at: int, texts: Sequence[str]) -> bool:
    """Whether the words ``texts``, each put in at ``at`` of ``base`` by its own proposal, can all be
    put in there together (:func:`combined`): two or more, each entries of a list or whole 款, all
    standing alike, and no entry of one in another's (安全 and 安全性 would say it twice)."""
    if len(texts) < 2:
        return False
    shapes = [_entries_put_in(base, at, t) for t in texts]
    if any(s is None for s in shapes) or len({s[0] for s in shapes if s is not None}) > 1:
        return False
    keys = [{near_key(e) for e in s[1]} for s in shapes if s is not None]
    return not any(x in y or y in x for n, a in enumerate(keys) for b in keys[n + 1:] for x in a for y in b)


def _entries_put_in(base: str, at: int, text: str) -> tuple[str, list[str]] | None:
    """What ``text``, put in at ``at`` of ``base``, adds, when it is entries of a list or whole 款:
    (how it stands, the entries or lines), the entries with their 、; None for other words. How it
    stands: after an entry (、保险公司), before one (保险公司、), or 款 after a line (⏎新款) or before
    one (新款⏎). A 项 with its label is no such line: two numbered alike would need renumbering."""
    if text.startswith("\n") and (at == len(base) or base[at] == "\n"):
        kind, lines = "lines after", text[1:].split("\n")
    elif text.endswith("\n") and (at == 0 or base[at - 1] == "\n"):
        kind, lines = "lines before", text[:-1].split("\n")
    else:
        entries = list_entries(text)
        if not entries:
            return None
        if text.startswith("、"):
            beside = base[at - 1] if at > 0 else ""
        else:
            beside = base[at] if at < len(base) else ""
        if not beside or _dropped(beside):  # (an entry's own words on that side, not a mark or a line's end)
            return None
        return ("after" if text.startswith("、") else "before"), entries
    if not all(line.strip() for line in lines) or any(ITEM_LABEL.match(line) for line in lines):
        return None
    return kind, lines


def _touching(base: str, changes: list[Change]) -> list[str]:
    """Changes of different proposals that touch apply together (置 → 定 beside 任何 after 置:
    设定任何, as both meant), but a rewording and words written against the words it replaces
    may read as no proposal does (其他 → 非法人 beside 经济 after 其他: 非法人经济组织): each such
    pair is said, with what the two make, for staff to check before accepting both."""
    out = []
    for a, b in pairwise(sorted(changes, key=lambda c: (c.start, c.end))):
        if a.end == b.start and not set(a.proposals) & set(b.proposals) and (
                (a.old and a.new and b.new) or (b.old and b.new and a.new)):  # fmt: skip
            before, after = base[max(0, a.start - 4):a.start], base[b.end:b.end + 4]  # on the edits' line
            together = before.rsplit("\n", 1)[-1] + a.new + b.new + after.split("\n", 1)[0]
            out.append(f"changes {a.id} and {b.id}, of different proposals, touch: together they read "
                       f"「{together}」, which no proposal has; accept both only if that is meant")  # fmt: skip
    return out


def describe_change(change: Change) -> str:
    """``[-old-]{+new+}`` for one change, for listings."""
    return render_text(diff(change.old, change.new)) if change.old and change.new else (
        f"[-{change.old}-]" if change.old else f"{{+{change.new}+}}")  # fmt: skip
