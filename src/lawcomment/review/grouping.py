"""Near-duplicate comments per article: campaign copies and the same proposal sent by several
members with trivial differences, grouped under a representative, each variant redlined against it.

Thresholds and the labelled set they are measured on: docs/grouping.md.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from operator import attrgetter

from rapidfuzz import process
from rapidfuzz.distance import Indel, Postfix, Prefix

from ..comments import INACTIVE, Comment, Stance
from ..drafts.anchors import unit_index, unit_spans
from ..drafts.numerals import cn_to_int
from ..drafts.serialize import body_separator
from ..model import Draft, Unit
from ..records import Decision
from ..workers import map_chunks
from .merge import _NearKeys, near_key
from .position import PROPOSING, merge_target, placed
from .redline import Differ, OpKind, Redline, diff

#: Two wordings of one article are near-duplicates when what separates them is at most this share
#: of the edits they make to the draft: 1 - d(a, b) / (d(base, a) + d(base, b)) >= WORDING_SIMILARITY.
WORDING_SIMILARITY = 0.9
#: Two remarks (or proposed new provisions) are near-duplicates when their indel similarity,
#: 1 - d(a, b) / (len(a) + len(b)), reaches this; texts shorter than SHORT get the stricter figure.
REMARK_SIMILARITY = 0.85
SHORT_REMARK_SIMILARITY = 0.9
SHORT = 30
#: A changed number, negation, modal or stance word keeps two texts apart however alike they are:
#: 三年 and 五年, 三个月 and 三年, 应当 and 可以, 无偿 and 有偿, 同意 and 反对, shall and may are
#: different proposals. In wordings any changed numeral, negation or modal character counts, and
#: a content word changed next to a number; in remarks only words count (so that a place or a
#: name, 江苏省无锡市, 李未央, is no negation), and only numbers with a unit, in a range, before
#: 以上 or about 分之 (三十日, 20元, 第24条, 三至五年, 百分之五: so that 四川省 or 陈一鸣 is no
#: number). Opposites (长/短), and/or, and in wordings one content word for another: _meaningful.
_NUMERAL = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万亿]")
_DIGIT = re.compile(r"[0-9]")
_GUARD = re.compile(r"[不无非未没禁免须必勿应可]")
_MODAL = re.compile(r"不|勿|应|没有|无须|无需|无权|无效|无法|未经|未能|未予|禁止|严禁|必须|务必|应当|应该|可以|除外|以上|以下|"
                    r"以内|超过|至少|至多|非法|同意|反对|赞成|赞同|支持|认可|接受|保留|删除|删去|取消")  # fmt: skip
_UNITS = (r"个?(?:年|月|日|天|元|倍|岁|次|条|款|项|人|小时|工作日|周|%|％)|分之|以上|以下|以内|左右|"
          r"(?:至|到)[0-9零〇一二两三四五六七八九十百千万亿]")
#: A number in Chinese numerals before a unit (or a range, or 以上…) or after 分之 is compared as
#: digits (三十日 and 30日 are one period; 百分之五 and 百分之十 are two rates). That is
#: (?<=分之)[N]+|[N]+(?=units), written to open with its first numeral, so that a search skips to
#: the numerals rather than trying both branches at each character.
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百千万亿](?:(?<=分之[零〇一二两三四五六七八九十百千万亿])"
                        r"[零〇一二两三四五六七八九十百千万亿]*|[零〇一二两三四五六七八九十百千万亿]*(?=" + _UNITS + "))")  # fmt: skip
#: what every match of _CN_NUMBER holds
_CN_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万亿]")
_UNIT_NUMBER = re.compile(r"(?<=分之)[0-9]+|[0-9]+(?=" + _UNITS + ")")
#: A campaign letter's signature (names, places, dates, a telephone number, 以上意见，供参考) is
#: where its copies differ without saying anything else: the end of a remark, after its last
#: sentence, when it is short and proposes nothing. It is compared, but nothing in it keeps two
#: remarks apart, and its dates are compared as one sign.
SIGNATURE = 60
_SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s)")
#: what a signature never says: a proposal or a stance (同意, 合理, 可行 …; approve, fair, enough …)
_PROPOSES = re.compile(r"建议|改为|修改|删|增加|增设|延长|缩短|提高|降低|调整|明确|规定|应当|应该|不得|不应|不宜|请|希望|"
                       r"要求|反对|支持|赞成|赞同|同意|认可|接受|保留|合理|妥当|恰当|适当|可行|必要|需要|充分|过|太|"
                       r"\b(?:should|shall|must|please|propos|suggest|delet|amend|oppos|support|request|extend|shorten|"
                       r"reduc|increas|decreas|rais|lower|chang|replac|remov|keep|kept|limit|allow|requir|ban|prohibit|"
                       r"approv|reject|accept|agree|against|favou?r|fine|good|bad|fair|unfair|enough|too|long|short|"
                       r"high|low)\w*\b|\b(?:add(?:s|ed|ing)?|not|no)\b", re.I)  # fmt: skip
#: a labelled piece (意见：…, Position: …) signs only with a contact's label
_LABEL = re.compile(r"^\s*([^：:\n]{1,14})[：:]")
_CONTACT = re.compile(r"联系电话|电话|手机|联系人|日期|姓名|单位|地址|邮箱|邮编|tel|phone|mobile|date|name|e-?mail|address",
                      re.I)  # fmt: skip
_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATE = re.compile(r"(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                   r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|"
                   r"\d{1,2}(?:st|nd|rd|th)? " + _MONTHS + r",? \d{4}|" + _MONTHS + r" \d{1,2}(?:st|nd|rd|th)?,? \d{4}",
                   re.I)  # fmt: skip
_SIGN = "\ue000"  # where a remark's key passes from its body to its signature
#: a piece that denies something is no signature (a name may hold 未 or 无: 李未央, 无锡)
_DENIES = re.compile(r"不|非|没有|无需|无须|否|\b(?:not|no|never|nor|none|disagree)\b", re.I)
_CLOSING = re.compile(r"(?:以上意见|以上建议|以上)?[，,]?(?:供参考|仅供参考|请参考|请予考虑|谢谢|此致敬礼|此致|敬礼)|"
                      r"(?:yours (?:sincerely|faithfully|truly)|(?:kind |best )?regards|sincerely)[,.]?[^.!?]*|thank you",
                      re.I)  # fmt: skip
_WORDS = re.compile(r"[a-z]+|[0-9]+")
_EN_GUARD = frozenset(
    "not no non nor never none shall may must should cannot can could would will without except unless only "
    "either neither above below over under exceeding within beyond before after prior "
    "prohibit prohibited prohibits permit permitted permits allow allowed forbid forbidden require required "
    "mandatory optional free paid minor minors adult adults "
    "more less least most all every first second third fourth fifth sixth seventh eighth ninth tenth "
    "eleventh twelfth last half twice double triple long longer short shorter high higher low lower early "
    "earlier late later strict lenient support oppose approve reject accept keep remove delete increase decrease "
    "against favour favor agree disagree "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred thousand million billion".split()
)
#: Words of a stance or a change, however they end (removing, kept, approved).
_EN_STEMS = ("remov", "keep", "kept", "delet", "extend", "shorten", "reduc", "increas", "decreas", "approv", "reject",
             "accept", "support", "oppos", "prohibit", "permit", "allow", "forbid", "requir", "agree", "disagree")
#: lawful and unlawful, undue and due: a negating prefix is a changed word (on a word of three
#: letters or more: into and to, Unit and IT are no negation).
_EN_NEGATING = ("un", "non", "in", "im", "il", "ir", "dis")
_EN_NUMBERS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}  # fmt: skip
# (case folded in ASCII only: a case-insensitive Unicode match took ſix and fıve for number words its table lacks)
_EN_NUMBER = re.compile(r"\b(" + "|".join(_EN_NUMBERS) + r")\b", re.IGNORECASE | re.ASCII)
#: Words whose only difference between two texts is trivial: particles and pronouns (和 and 或, and
#: and or, are not: "A and B" and "A or B" are different law). 或者 and 或, 以及, 与, 及 and 和, 应当,
#: 应该 and 应 are compared as one word. Two wordings that differ only in these, in punctuation and
#: in spacing are near-duplicates whatever their similarity.
_FUNCTION = frozenset("的地得之其该所等了且并也而则以对于在将把被向各")
_SYNONYMS = (("或者", "或"), ("并且", "和"), ("以及", "和"), ("与", "和"), ("及", "和"), ("应当", "应"), ("应该", "应"),
             ("以内", "内"))
#: The first characters of the words _SYNONYMS replaces.
_SYNONYM_START = re.compile("[" + "".join(sorted({word[0] for word, _ in _SYNONYMS})) + "]")
_EN_FUNCTION = frozenset("a an the of any such its their this that these those to in on for by with as is are "
                         "be".split())  # fmt: skip


@dataclass(frozen=True, slots=True)
class Variant:
    """A wording of the group other than its representative's, the comments that send it, and
    how it differs from the representative."""

    text: str
    comments: tuple[int, ...]
    similarity: float
    redline: Redline
    trivial: bool = False  # it differs from the representative in function words only (的, 或者/或 …)

    @property
    def punctuation_only(self) -> bool:
        """Whether it differs from the representative in punctuation and spacing alone (a final 。
        left off): said so, not as "function words only"."""
        changed = "".join(op.text for op in self.redline.ops if op.kind is not OpKind.EQUAL)
        # (a line break is a 款's end: one put in or taken out splits or joins 款, which is no punctuation)
        return bool(changed) and "\n" not in changed and all(unicodedata.category(ch)[0] in "PZ" or ch.isspace()
                                                             for ch in changed)  # fmt: skip


@dataclass(frozen=True, slots=True)
class NearGroup:
    """Comments on one article that say the same thing.

    ``kind`` is ``wording`` (proposed wordings of the article: amend, delete, or a new 款 inside
    it), ``insert`` (a proposed new provision after it) or the remarks' stance. ``text`` is the
    representative's: the wording most comments send (ties: the earliest), as the whole article
    for a ``wording``. ``comments`` starts with the representative's copies."""

    article: str
    eid: str
    kind: str
    lang: str
    text: str
    representative: int
    comments: tuple[int, ...]
    members: tuple[str, ...]
    variants: tuple[Variant, ...]
    base: str = ""  # a wording's: the article's text as the draft has it

    @property
    def id(self) -> str:
        return f"g{self.representative}"

    @property
    def size(self) -> int:
        return len(self.comments)

    @property
    def change(self) -> Redline | None:
        """A wording's: what the representative does to the draft's text."""
        return diff(self.base, self.text) if self.kind == "wording" else None

    @property
    def copies(self) -> tuple[int, ...]:
        """The comments that send the representative's wording itself."""
        others = {c for v in self.variants for c in v.comments}
        return tuple(c for c in self.comments if c not in others)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "article": self.article, "eid": self.eid, "kind": self.kind, "lang": self.lang,
                "size": self.size, "representative": self.representative, "text": self.text,
                "comments": list(self.comments), "members": list(self.members),
                **({"change": change.to_dict()} if (change := self.change) else {}),
                "variants": [{"comments": list(v.comments), "text": v.text, "similarity": round(v.similarity, 3),
                              "trivial": v.trivial, "redline": v.redline.to_dict()} for v in self.variants]}  # fmt: skip


_LATIN = re.compile(r"[A-Za-z]")
_ID = attrgetter("id")
#: The kinds of group compared as remarks (dates folded, only numbers with a unit guarded).
REMARKS = frozenset({"support", "oppose", "question", "comment"})
_AND = re.compile("[和并且]")
#: Characters whose swap says the opposite (长/短, 高/低, 前/后 …), compared in both orders.
_OPPOSITE = frozenset(p for a, b in ("长短", "高低", "多少", "大小", "轻重", "前后", "上下", "早晚", "增减", "宽严", "松紧",
                                     "快慢", "强弱", "有无", "是否", "内外", "先后", "升降", "涨跌", "加减", "优劣",
                                     "全偏", "主次", "正负", "收支", "买卖", "开关")
                      for p in (a + b, b + a))  # fmt: skip
_FUNCTION_WORD = re.compile("[" + "".join(sorted(_FUNCTION)) + "]")
_CONTENT_WORD = re.compile("[^" + "".join(sorted(_FUNCTION)) + "]")


def _digits(m: re.Match[str]) -> str:
    try:
        return str(cn_to_int(m.group(0)))
    except ValueError:
        return m.group(0)


def _key(text: str, near: str | None = None) -> str:
    """What is compared: the text without punctuation, spaces or case, with numbers before a
    unit and English number words as digits, and the synonymous conjunctions as one.
    ``near``: ``near_key(text)``, when the caller has it already."""
    if _LATIN.search(text):
        digits, found = _EN_NUMBER.subn(lambda m: _EN_NUMBERS[m.group(1).lower()], text)
        if found:  # (none: the text, and its near key, as they are)
            text, near = digits, None
    return _folded(near if near is not None else near_key(text))


def _folded(near: str) -> str:
    """:func:`_key` of a text with no English number word, from its near key."""
    key = near.lower()
    if _CN_NUMERAL.search(key) is not None:  # (most keys have none: the number pattern is not tried at each place)
        key = _CN_NUMBER.sub(_digits, key)
    if _SYNONYM_START.search(key) is not None:  # (a key with none of their first characters has none of them)
        for word, same in _SYNONYMS:
            key = key.replace(word, same)
    return key


def _signature(text: str) -> int:
    """Where a remark's signature starts (len(text) when it has none): its last pieces, short
    (SIGNATURE characters in all), each a fragment that is no sentence (a name, a place, a
    date, a telephone number: no 。 at its end), a closing (以上意见，供参考。) or a date alone,
    proposing and denying nothing; never the whole remark. 我认为一年足够。 is a sentence."""
    stripped = text.rstrip()
    if _SENTENCE_END.search(stripped) is None:  # one sentence, unended: no piece after it (most short remarks)
        return len(text)
    bounds = [m.end() for m in _SENTENCE_END.finditer(stripped) if m.end() < len(stripped)]
    cut, upper, size = len(text), len(stripped), 0
    for at in reversed(bounds):
        piece = stripped[at:upper].strip()
        upper = at
        if not piece:
            continue
        size += len("".join(piece.split()))
        if size > SIGNATURE or not _signs(piece):
            break
        cut = at
    return cut if stripped[:cut].strip() else len(text)


def _signs(piece: str) -> bool:
    """Whether one piece of a remark's end can sign it (see _signature)."""
    if _PROPOSES.search(piece) or _DENIES.search(piece):
        return False
    label = _LABEL.match(piece)
    if label is not None and not _CONTACT.search(label.group(1)):
        return False
    bare = piece.rstrip("。．.！!？?；;")
    return bare == piece or _CLOSING.fullmatch(bare) is not None or not _DATE.sub("", bare).strip(" ，,（）()")


def _words(text: str) -> list[str]:
    return _WORDS.findall(_EN_NUMBER.sub(lambda m: _EN_NUMBERS[m.group(1).lower()], text.lower()))


@dataclass
class _Text:
    """One distinct wording or remark of a bucket, its comments, and what the rule compares."""

    text: str
    comments: list[Comment]
    key: str = ""
    english: bool = False
    words: tuple[str, ...] = ()  # English: the words, numbers as digits
    content: str = ""  # the key without function words: equal for texts that differ only in those
    distance: int = 0  # wordings: from the draft's text
    remark: bool = False
    near: str = ""  # near_key(text), when the caller has it: the key is built from it

    signed: int = -1  # remarks: where the key's signature starts (its length when it has none); -1: not read yet

    def __post_init__(self) -> None:
        if self.signed >= 0:  # read already, with its bucket's texts (_texts)
            return
        body, sign = self.text, ""
        if self.remark:
            cut = _signature(self.text)
            body, sign = self.text[:cut], self.text[cut:]
        plain = ""
        if not self.key:
            # body is a prefix of text: of the same length, it is the text the near key was made of
            self.key = _key(body, self.near if self.near and len(body) == len(self.text) else None)
            if sign:
                plain = self.key + _SIGN + _key(sign)
                self.key += _SIGN + _key(_DATE.sub("§", sign))
        self.signed = self.key.find(_SIGN) if sign else len(self.key)
        self.english = _LATIN.search(self.text) is not None and len(_LATIN.findall(self.text)) > len(self.text) // 2
        if self.english:
            self.words = tuple(_words(body))  # what the guard reads: never the signature
            self.content = " ".join(w for w in _words(self.text) if w not in _EN_FUNCTION)
        else:
            # a folded date is no function word: texts that differ in it are never trivial variants
            self.content = _FUNCTION_WORD.sub("", plain or self.key)

    @cached_property
    def numbers(self) -> tuple[tuple[int, int], ...]:
        """A remark's: where its key has a number with its unit, before its signature (read only
        when a text near it is weighed: most remarks never are)."""
        if not self.remark:
            return ()
        return tuple(m.span() for m in _UNIT_NUMBER.finditer(self.key, 0, self.signed))


def _texts(entries: Iterable[tuple[str, list[Comment], str]], remark: bool) -> list[_Text]:
    """A bucket's texts, each entry (its text, its comments, its near key) as
    ``_Text(text, comments by id, remark=remark, near=near)`` reads it: a bucket with no Latin letter
    (most wordings) is told so by one search, and the texts with no signature, no English number
    word and no more than half their letters Latin (most remarks) are read by the steps that leave,
    their near keys folded together (each C call made once for the bucket, not once a text)."""
    entries = list(entries)
    latin = _LATIN.search("\n".join([text for text, _, _ in entries])) is not None
    rows: list[tuple[str, list[Comment], str, bool]] = []  # (text, comments, near key, read by the whole rule)
    for text, comments, near in entries:
        if len(comments) > 1:
            comments = sorted(comments, key=_ID)
        whole = (remark and _signature(text) < len(text)) or latin and _LATIN.search(text) is not None and (
            _EN_NUMBER.search(text) is not None or len(_LATIN.findall(text)) > len(text) // 2)  # fmt: skip
        rows.append((text, comments, near, whole))
    # the others' keys folded at once, joined by a line break: no near key holds one (whitespace),
    # and nothing the fold does reads across one (no number, unit, synonym or function word holds
    # it, and a final sigma is final before it)
    nears = [near for _, _, near, whole in rows if not whole]
    joined = "\n".join(nears)
    if joined.count("\n") == len(nears) - 1:
        folded = _folded(joined)
        keys, contents = folded.split("\n"), _FUNCTION_WORD.sub("", folded).split("\n")
    else:
        keys = [_folded(near) for near in nears]
        contents = [_FUNCTION_WORD.sub("", key) for key in keys]
    read = zip(keys, contents)
    out: list[_Text] = []
    for text, comments, near, whole in rows:
        if whole:
            out.append(_Text(text, comments, remark=remark, near=near))
        else:
            key, content = next(read)
            out.append(_Text(text, comments, key, False, (), content, 0, remark, near, len(key)))
    return out


def _meaningful(a: _Text, b: _Text) -> bool:
    """Whether what differs between two texts includes a number, a negation or a modal word (a
    word cut by the change is read with the characters around it)."""
    if a.english or b.english:
        counted = Counter(a.words or _words(a.text))
        counted.subtract(b.words or _words(b.text))
        apart = {w for w, n in counted.items() if n}
        return bool(apart & _EN_GUARD) or any(w.isdigit() or w.startswith(_EN_STEMS) for w in apart) or \
            {"and", "or"} <= apart or any(
            w.startswith(p) and len(w) - len(p) >= 3 and w[len(p):] in apart for w in apart for p in _EN_NEGATING)  # fmt: skip
    gone, come = [], []
    hunk = ["", ""]  # what one run of changes between two equal stretches takes out and puts in
    for op in Indel.opcodes(a.key, b.key):
        if op.tag == "equal":
            if _substituted(*hunk) and not a.remark:
                return True
            hunk = ["", ""]
            continue
        if _guarded(a, op.src_start, op.src_end) or _guarded(b, op.dest_start, op.dest_end):
            return True
        gone.append(a.key[op.src_start:op.src_end])
        come.append(b.key[op.dest_start:op.dest_end])
        hunk[0] += gone[-1]
        hunk[1] += come[-1]
    if _substituted(*hunk) and not a.remark:
        return True
    # 和 (及, 与, 以及, 并, 且) for 或 (或者) is "and" for "or"; either for a list's 、 is punctuation;
    # and a content word put in another's place across runs (全部 → 部分: 全 out, 分 in) counts too
    was, now = "".join(gone), "".join(come)
    if any(x + y in _OPPOSITE for x in set(was) for y in set(now)):
        return True  # 长 for 短, 高 for 低: the opposite, in a remark too
    if a.remark:
        return False
    return _AND.search(was) is not None and "或" in now or "或" in was and _AND.search(now) is not None or \
        _substituted(was, now) and len(gone) == 2 and not (gone[0] and gone[1]) and not (come[0] and come[1])


def _substituted(was: str, now: str) -> bool:
    """Whether a wording puts one content word in another's place (后 for 前, 刑事 for 民事, 省级
    for 县级): a different proposal, however small. A word added or taken out (任何, 及时) is
    weighed by the similarity instead, and function words (的, 在, 于) never count."""
    return _CONTENT_WORD.search(was) is not None and _CONTENT_WORD.search(now) is not None


def _guarded(t: _Text, start: int, end: int) -> bool:
    """Whether ``t.key[start:end]``, a changed piece (empty where the other text inserts), is or
    touches a number, or changes a negation or a modal word."""
    if t.remark:
        if start >= t.signed:  # names, places and dates of a signature say nothing
            return False
        if any(s <= end and start <= e for s, e in t.numbers):
            return True
    elif _NUMERAL.search(t.key, start, end) or _GUARD.search(t.key, start, end) or (
            _CONTENT_WORD.search(t.key, start, end) and _DIGIT.search(t.key, max(0, start - 1), end + 1)):
        return True  # a function word next to a number (在三十日, 于三十日) changes no number
    return _modal(t.key, start, end)


def _modal(key: str, start: int, end: int) -> bool:
    """Whether a negation or modal word overlaps ``key[start:end]``, a changed piece (应当 → 应该
    changes only 当, and is still read as a change of 应当)."""
    if start == end:
        return False
    low = max(0, start - 1)
    return any(m.start() < end - low and m.end() > start - low for m in _MODAL.finditer(key[low:end + 1]))


def _similarity(a: _Text, b: _Text, wording: bool) -> float:
    if not wording:
        return Indel.normalized_similarity(a.key, b.key)
    if not a.distance or not b.distance:  # one only repunctuates the draft: nothing to weigh
        return 1.0 if a.key == b.key else 0.0
    return 1.0 - Indel.distance(a.key, b.key) / (a.distance + b.distance)


def _near(a: _Text, b: _Text, wording: bool) -> float | None:
    """The rule: their similarity if two texts are near-duplicates, else None."""
    if a.key == b.key:
        return 1.0
    score = _similarity(a, b, wording)
    if wording:
        need = WORDING_SIMILARITY
    else:
        need = SHORT_REMARK_SIMILARITY if max(len(a.key), len(b.key)) < SHORT else REMARK_SIMILARITY
    if score < need and a.content != b.content:
        return None
    # the similarity first: most candidates the search gives fall short of it (four in five
    # at NPC scale), and it costs a fraction of reading what changed between them
    return None if _meaningful(a, b) else score


def wording_similarity(base: str, a: str, b: str) -> float:
    """How alike two proposed wordings of ``base`` are, judged by the edits they make (0 to 1):
    two wordings that change 三年 to 五年 and to 二年 are only half alike, however close as texts."""
    key = _key(base)
    ta, tb = _Text(a, []), _Text(b, [])
    ta.distance, tb.distance = Indel.distance(key, ta.key), Indel.distance(key, tb.key)
    return _similarity(ta, tb, True)


def remark_similarity(a: str, b: str) -> float:
    """Indel similarity of two remarks' keys (punctuation, spaces and case left out), 0 to 1."""
    return Indel.normalized_similarity(_key(a), _key(b))


def near_duplicates(a: str, b: str, base: str | None = None, *, provision: bool = False) -> bool:
    """Whether two comments are near-duplicates: wordings of ``base`` when it is given, proposed
    new provisions with ``provision`` (alike as texts, guarded as wordings), else remarks."""
    remark = base is None and not provision
    ta, tb = _Text(a, [], remark=remark), _Text(b, [], remark=remark)
    if base is not None:
        key = _key(base)
        ta.distance, tb.distance = Indel.distance(key, ta.key), Indel.distance(key, tb.key)
    return _near(ta, tb, base is not None) is not None


def _bigrams(key: str) -> set[str]:
    return {key[i:i + 2] for i in range(len(key) - 1)} or {key}


class _Blocks:
    """Which representatives a text can be near at all, for a bucket of many distinct texts: two
    texts a few edits apart share most of their bigrams, so a representative that shares none of
    a text's rarest bigrams is never compared (prefix filtering; exact, no chance)."""

    def __init__(self, texts: list[_Text]) -> None:
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.size = 0  # representatives added
        # each key's bigrams made once: a wording of an article has hundreds
        self.grams = {t.key: _bigrams(t.key) for t in texts}
        seen = Counter(g for t in texts for g in self.grams[t.key])
        # the bigrams from rarest to commonest (ties by the bigram): a key's rarest are its first
        self.rank = {g: n for n, g in enumerate(sorted(seen, key=lambda g: (seen[g], g)))}

    def add(self, n: int, key: str) -> None:
        self.size += 1
        for g in self.grams[key]:
            self.postings[g].append(n)

    def candidates(self, key: str, edits: int | None = None) -> set[int] | None:
        """The representatives that can be within ``edits`` insertions and deletions of ``key``
        (by default: within REMARK_SIMILARITY of it); None when any of them can."""
        grams = self.grams[key]
        if edits is None:
            # a partner within the similarity is at most (2 - s) / s as long, so at most d edits
            # away (d <= (1 - s)(la + lb))
            edits = math.ceil((1 - REMARK_SIMILARITY) * len(key) * (1 + (2 - REMARK_SIMILARITY) / REMARK_SIMILARITY))
        # each edit unmakes at most two of the key's bigrams (a deletion two, an insertion one):
        # a partner holds all the others, and so one of the rarest 2 * edits + 1
        if len(grams) <= 2 * edits:
            return None  # too short to tell: compare with every representative
        postings = self.postings
        lists = [postings[g] for g in sorted(grams, key=self.rank.__getitem__)[:2 * edits + 1] if g in postings]
        if sum(map(len, lists)) > self.size // 2:
            # most representatives hold one of them (short texts alike but for a number): the
            # engine compares with all of them faster than their union is made and looked up
            return None
        out: set[int] = set()
        for found in lists:
            out.update(found)
        return out


#: Distinct texts in one bucket from which their comparison is blocked (see _Blocks), or their
#: characters in all: a few hundred texts of thousands of characters each cost as much to compare
#: pair by pair as thousands of short ones (one member's 200 new provisions of 15,000 characters
#: kept an article's page from being drawn for minutes).
BLOCK_FROM = 256
BLOCK_FROM_CHARS = 200_000
#: Texts longer than this many characters (of their key) are grouped with their exact copies only:
#: comparing them character by character is what a reviewer could not do either, and it costs the
#: square of their length (no article of the 民法典 is a tenth as long).
LONGEST_COMPARED = 4_000
#: What comparing one article's texts may cost, in pairs of characters compared (the NPC workload's
#: busiest article costs 2.1e9): beyond, the texts left lead groups of their own and their copies,
#: and the grouping says it stopped (Groups.incomplete). A bound on what one member's input can cost
#: every reader of the article's page.
COMPARED_AT_MOST = 10_000_000_000
#: A wording is compared only with the representatives whose key length and distance from the
#: draft are each within its edits' bound of its own, when that bound is at most this (most
#: wordings' is 0, 1 or 2): a representative outside is more edits away (|la - lb| <= d(a, b) and,
#: the distance being a metric, |da - db| <= d(a, b)), and the engine spends as long on a pair of
#: one length as on comparing it. Exact: the candidates it drops are those the search would drop.
SHAPES_UP_TO = 3
#: per bound: the (length, distance) offsets a partner can have (both of the parity of d(a, b))
_SHAPES = [[(dl, dd) for dl in range(-c, c + 1) for dd in range(-c, c + 1) if (dl - dd) % 2 == 0]
           for c in range(SHAPES_UP_TO + 1)]  # fmt: skip


def _lead_order(t: _Text) -> tuple[int, int]:
    """Texts by copies, then earliest comment (their comments in id order)."""
    return -len(t.comments), t.comments[0].id


#: A search's similarity this much below a threshold is below it by far more than its rounding: a
#: similarity 1 - d / n and a threshold in hundredths, apart, are 1 / (100 n) apart at least, n (the
#: two keys' length) being at most 2 * LONGEST_COMPARED.
_ROUNDING_BELOW = 1 - 1e-9


def _cluster(texts: list[_Text], wording: bool, spent: list[int] | None = None) -> list[list[tuple[_Text, float]]]:
    """Leader clustering: texts by copies (then earliest comment), each joining the group of the
    most similar representative it is a near-duplicate of, else leading a group of its own;
    every member is a near-duplicate of its representative. ``spent[0]`` counts the pairs of
    characters compared (across the buckets of one article), up to COMPARED_AT_MOST; ``spent[1]``
    becomes 1 when a text was left uncompared for that. Each text's comments are in id order
    (:func:`_texts`)."""
    spent = spent if spent is not None else [0, 0]
    texts.sort(key=_lead_order)
    clusters: list[list[tuple[_Text, float]]] = []
    keys: list[str] = []
    chars_led = 0  # the representatives' key characters: summed as they come, not per text compared
    by_content: dict[str, int] = {}
    compared = [t for t in texts if len(t.key) <= LONGEST_COMPARED]
    chars = sum(len(t.key) for t in compared)
    blocks = _Blocks(compared) if len(compared) >= BLOCK_FROM or chars >= BLOCK_FROM_CHARS else None
    longest: set[int] = set()  # the groups led by a text too long to compare: its copies join it, nothing else
    # wordings: the representatives (compared at all) by the length of their key and their distance from the draft
    shapes: dict[tuple[int, int], list[int]] = defaultdict(list)
    for t in texts:
        found: tuple[int, float] | None = None
        same = by_content.get(t.content)
        if same is not None and (score := _near(clusters[same][0][0], t, wording)) is not None:
            found = (same, score)
        elif keys and len(t.key) <= LONGEST_COMPARED:
            near: list[tuple[str, float, int]] = []
            cutoff = int(2 * (1 - WORDING_SIMILARITY) * t.distance / WORDING_SIMILARITY + 1e-9)
            # d(a, b) <= (1 - s)(da + db) and db <= da + d(a, b) bound a wording's d(a, b) by da alone
            pool = (blocks.candidates(t.key, cutoff) if wording else blocks.candidates(t.key)) if blocks is not None else None
            if pool is None and longest:
                pool = set(range(len(keys))) - longest
            within: list[str] | dict[int, str] = keys if pool is None else {n: keys[n] for n in sorted(pool)}
            cost = len(t.key) * (sum(map(len, within.values())) if isinstance(within, dict) else chars_led)
            if spent[0] + cost > COMPARED_AT_MOST:
                spent[1] = 1  # left to lead a group of its own (with its copies)
            elif wording:
                spent[0] += cost
                if cutoff <= SHAPES_UP_TO:
                    size, distance = len(t.key), t.distance
                    alike = [n for dl, dd in _SHAPES[cutoff] for n in shapes.get((size + dl, distance + dd), ())]
                    if pool is not None:
                        alike = [n for n in alike if n in pool]
                    within = {n: keys[n] for n in sorted(alike)}
                near = [(k, float(d), n) for k, d, n in
                        process.extract(t.key, within, scorer=Indel.distance, score_cutoff=cutoff, limit=None)] \
                    if within else []  # fmt: skip
            else:
                spent[0] += cost
                near = process.extract(t.key, within, scorer=Indel.normalized_similarity,
                                       score_cutoff=REMARK_SIMILARITY, limit=None)  # fmt: skip
            for _, similar, n in near:  # most similar first; the first that passes the whole rule
                lead = clusters[n][0][0]
                if not wording and similar < _ROUNDING_BELOW * (SHORT_REMARK_SIMILARITY if len(lead.key) < SHORT
                                                                and len(t.key) < SHORT else REMARK_SIMILARITY) \
                        and lead.content != t.content:  # fmt: skip
                    # a remark the search finds less similar than the rule needs, and not alike in its
                    # content words, is refused as _near would (the search's figure is the rule's)
                    continue
                score = _near(lead, t, wording)
                if score is not None:
                    found = (n, score)
                    break
        if found is not None:
            clusters[found[0]].append((t, found[1]))
        else:
            by_content.setdefault(t.content, len(clusters))
            if len(t.key) > LONGEST_COMPARED:
                longest.add(len(clusters))
            else:
                if blocks is not None:
                    blocks.add(len(clusters), t.key)
                if wording:
                    shapes[(len(t.key), t.distance)].append(len(clusters))
            clusters.append([(t, 1.0)])
            keys.append(t.key)
            chars_led += len(t.key)
    return clusters


def _groups(article: str, kind: str, lang: str, texts: list[_Text], original: str = "",
            spent: list[int] | None = None) -> list[NearGroup]:  # fmt: skip
    out = []
    for cluster in _cluster(texts, kind == "wording", spent):
        if len(cluster) == 1 and len(cluster[0][0].comments) < 2:  # (a text alone, sent once: most are)
            continue
        if sum(len(t.comments) for t, _ in cluster) < 2:
            continue
        lead = cluster[0][0]
        every = [c for t, _ in cluster for c in t.comments]
        eid = article if kind in ("wording", "insert") else lead.comments[0].anchor.eid or article
        out.append(NearGroup(article, eid, kind, lang, lead.text,
                             lead.comments[0].id, tuple(c.id for c in every),
                             tuple(dict.fromkeys(c.member for c in every)),
                             tuple(Variant(t.text, tuple(c.id for c in t.comments), score, diff(lead.text, t.text),
                                           t.content == lead.content) for t, score in cluster[1:]),
                             original))  # fmt: skip
    return out


@cache
def _widths() -> dict[int, str]:
    """The full- and half-width forms as their usual characters (；→ ;, Ａ → A, ｡ → 。): the
    width a wording was typed in, and no other folding (① is not 1, as NFKC would have it)."""
    return {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFF01, 0xFFEF)
            if unicodedata.decomposition(chr(cp)).startswith(("<wide>", "<narrow>"))}  # fmt: skip


#: Where every character _widths folds is (and a few it leaves as they are).
_WIDE = re.compile("[\uff01-\uffef]")
#: The full-width marks a Chinese text is written with, each with its usual form (，→ ,): folded one
#: by one before the rest (str.replace is quicker than a character-by-character translate).
_COMMON_WIDE = tuple((chr(c), unicodedata.normalize("NFKC", chr(c))) for c in (0xFF0C, 0xFF1B, 0xFF1A, 0xFF08, 0xFF09,
                                                                              0xFF01, 0xFF1F))  # fmt: skip


def _copy_key(text: str) -> str:
    """What a wording's copies share: its words and marks, each in its usual width (:func:`_widths`),
    without whitespace."""
    for wide, usual in _COMMON_WIDE:
        if wide in text:
            text = text.replace(wide, usual)
    if _WIDE.search(text) is not None:  # (the others, when there are any)
        text = text.translate(_widths())
    return "".join(text.split())


class _Affixes(Differ):
    """A :class:`Differ` for its affixes alone (what :class:`~lawcomment.review.merge._NearKeys`
    reads), found by rapidfuzz in C: a wording's are found once, and never diffed."""

    def affixes(self, new: str) -> tuple[int, int]:
        old = self.old
        head = Prefix.similarity(old, new)
        return head, Postfix.similarity(old[head:], new[head:])


#: copy key → (the text, its comments, its near key): one kind of comment on one unit, to compare
_Bucket = dict[str, tuple[str, list[Comment], str]]


def group_comments(draft: Draft, comments: Iterable[Comment], *, index: dict[str, Unit] | None = None,
                   workers: int = 1) -> Groups:  # fmt: skip
    """The near-duplicate groups among a draft's active comments, per article, in law order.

    Wordings are compared as whole articles (a proposal on one 款 placed in its article), so the
    same edit sent on the article and on its 款 groups; remarks are compared with their stance,
    unit and language, their quoted words included. ``workers`` > 1 shares the comparing out
    among forked processes (:func:`lawcomment.workers.map_chunks`)."""
    grouping = ArticleGroups(draft, index)
    # the comments by the article they are merged in, so that a worker reads and compares its
    # articles' texts alone (reading them is half the work: done once in the parent, it left the
    # workers waiting)
    jobs = grouping.articles(comments)
    return grouping.gathered(map_chunks(grouping.compare, jobs, workers=workers, weight=lambda job: len(job[1])))


class ArticleGroups:
    """:func:`group_comments` article by article, for a caller that shares the articles out
    itself (an export that renders each article's groups where it works them out): the comments
    by article (:meth:`articles`), any run of those articles compared (:meth:`compare`), and the
    results of all of them gathered (:meth:`gathered`) as group_comments gives them. Each article's
    groups are its own comments' alone, whichever other articles are compared with it."""

    def __init__(self, draft: Draft, index: dict[str, Unit] | None = None) -> None:
        self.draft = draft
        self.index = index if index is not None else unit_index(draft)
        self.sep = body_separator(draft)
        self.lang = "en" if draft.profile.startswith("en") else "zh"
        self.order = {eid: n for n, eid in enumerate(self.index)}
        self.keys: dict[str, str] = {}  # per text: campaigns repeat their words
        self.same: dict[str, str] = {}  # per wording: what its copies share (width folded, no whitespace)

    def articles(self, comments: Iterable[Comment]) -> list[tuple[str, list[Comment]]]:
        """The articles with active comments on units of the draft, in law order, each with its
        comments (those on its units: the article they are merged in)."""
        index = self.index
        targets: dict[str, str] = {}  # per unit: a hot article's comments sit on a few units
        on: dict[str, list[Comment]] = defaultdict(list)
        for c in comments:
            eid = c.anchor.eid
            if c.status in INACTIVE or eid is None or eid not in index:
                continue
            article = targets.get(eid)
            if article is None:
                article = targets[eid] = merge_target(eid, index)
            on[article].append(c)
        order = self.order
        return sorted(on.items(), key=lambda kv: order.get(kv[0], 0))

    def compare(self, chunk: Sequence[tuple[str, list[Comment]]]) -> tuple[list[NearGroup], list[str]]:
        """The groups of each article of ``chunk`` (some of :meth:`articles`), and the articles
        whose comparing stopped (COMPARED_AT_MOST)."""
        found: list[NearGroup] = []
        stopped: list[str] = []
        for article, comments in chunk:
            spent = [0, 0]  # what comparing the article's texts cost, and whether it stopped
            for kind, text_lang, original, bucket in self._buckets(article, comments):
                texts = _texts(bucket.values(), kind in REMARKS)
                if kind == "wording":
                    base = _key(original)
                    for t in texts:
                        t.distance = Indel.distance(base, t.key)
                found.extend(_groups(article, kind, text_lang, texts, original if kind == "wording" else "", spent))
            if spent[1]:
                stopped.append(article)
        return found, stopped

    def gathered(self, results: Iterable[tuple[list[NearGroup], list[str]]]) -> Groups:
        """The results of :meth:`compare` over all the articles (in any runs, in any order) as
        :func:`group_comments` gives them: in law order, then by representative."""
        out = Groups()
        stopped: list[str] = []
        for made, cut in results:
            out.extend(made)
            stopped.extend(cut)
        order = self.order
        out.sort(key=lambda g: (order.get(g.article, 0), g.representative))
        out.incomplete = tuple(sorted(set(stopped), key=lambda a: order.get(a, 0)))
        return out

    def _buckets(self, article: str, comments: list[Comment]) -> list[tuple[str, str, str, _Bucket]]:
        """The article's comments as buckets of texts to compare, each (kind, language, unit) →
        copy key → (the text, its comments, its near key); only those with something to group."""
        unit = self.index[article]
        sep, lang, keys, same = self.sep, self.lang, self.keys, self.same
        container = unit.kind.is_container
        insert, amend = Stance.INSERT, Stance.AMEND
        buckets: dict[tuple[str, str, str], _Bucket] = defaultdict(dict)
        base: tuple[str, dict[str, tuple[int, int]]] | None = None
        # a wording's near key: the article's own where it keeps the article's words at its start
        # and end (a proposal changes a few words of it), only the words between folded
        fold: _NearKeys | None = None
        text: str | None
        for c in comments:
            stance = c.stance
            if stance in PROPOSING and not (c.lang and c.lang != lang):
                if stance is insert and c.anchor.eid == article:
                    kind, where, text = "insert", article, c.proposed_text or ""
                elif container:
                    kind, where, text = "wording", article, c.proposed_text if stance is amend else None
                else:
                    if base is None:
                        base = (unit.body(sep), unit_spans(unit, sep))
                        fold = _NearKeys(_Affixes(base[0]))
                    kind, where = "wording", article
                    text = placed(c, unit, sep, base[1], base[0]) if c.anchor.eid in base[1] else None
                if text is None:
                    continue
            else:
                kind = f"{stance}:{c.lang}" if c.lang and stance in PROPOSING else str(stance)
                where = c.anchor.eid or article
                body = c.proposed_text if stance in PROPOSING and c.proposed_text is not None else c.body
                text = f"「{c.anchor.quote}」{body}" if c.anchor.quote else body
            bucket = buckets[(kind, c.lang or lang, where)]
            # copies of a remark are what the merge takes as one (punctuation and spacing aside); of a
            # wording of the law, the same words and marks, typed full- or half-width (；and ;), but
            # not ；for 。, which ends the 款 otherwise: a variant, redlined, never 「与代表意见相同」.
            # What the rule folds beyond that (或者/或, 三十日/30日, case) is a variant too
            key = keys.get(text)
            if key is None:
                key = keys[text] = fold(text) if fold is not None and kind == "wording" else near_key(text)
            if kind in REMARKS or ":" in kind:
                copy = key
            else:
                copy = same.get(text) or same.setdefault(text, _copy_key(text))
            found = bucket.get(copy)
            if found is None:
                bucket[copy] = (text, [c], key)
            else:
                found[1].append(c)
        # what a wording is compared with (a container's wording is of its heading)
        original = unit.heading if container else base[0] if base is not None else ""
        return [(kind, text_lang, original, bucket) for (kind, text_lang, _), bucket in buckets.items()
                if len(bucket) >= 2 or any(len(cs) >= 2 for _, cs, _ in bucket.values())]  # fmt: skip


class Groups(list[NearGroup]):
    """:func:`group_comments`' groups, and ``incomplete``: the articles whose texts cost more to
    compare than COMPARED_AT_MOST, some of which lead groups of their own (with their copies)
    though they may be near-duplicates of others. For a page to say so."""

    incomplete: tuple[str, ...] = ()


def group_premise(d: Decision) -> tuple[str, frozenset[int]] | None:
    """The group a decision in force decided at once (``decide --group-of``): its name and the
    comments it held then; None for any other decision (or a premise written otherwise)."""
    if d.revoked_at is not None or '"group"' not in (d.premise or ""):
        return None
    try:
        group = json.loads(d.premise)["group"]
        return str(group["id"]), frozenset(map(int, group["comments"]))
    except (ValueError, KeyError, TypeError):  # written otherwise: no group's, never a failure
        return None


def decided_groups(decisions: Iterable[Decision]) -> dict[str, tuple[int, ...]]:
    """Per group decided at once (``decide --group-of``), the ids of its decisions still in
    force, from a unit's decisions (each names its group in its premise)."""
    out: dict[str, list[int]] = {}
    for d in decisions:
        if (found := group_premise(d)) is not None:
            out.setdefault(found[0], []).append(d.id)
    return {k: tuple(v) for k, v in out.items()}


def group_of(groups: Sequence[NearGroup], comment: int) -> NearGroup | None:
    """The group holding ``comment``, if any."""
    return next((g for g in groups if comment in g.comments), None)


def brief_segments(redline: Redline, context: int = 10) -> list[tuple[str, str]]:
    """A variant's redline as ("", text), ("del", text) and ("ins", text) pieces, with only
    ``context`` characters kept around each change (the rest is "…")."""
    out: list[tuple[str, str]] = []
    ops = redline.ops
    for n, op in enumerate(ops):
        if op.kind is OpKind.EQUAL:
            text = op.text
            head = text[:context] if n else ""
            tail = text[-context:] if n < len(ops) - 1 else ""
            if len(head) + len(tail) < len(text):
                text = f"{head}…{tail}"
            out.append(("", text))
        else:
            out.append(("del" if op.kind is OpKind.DELETE else "ins", op.text))
    return out


def brief(redline: Redline, context: int = 10) -> str:
    """``[-old-]{+new+}`` markup of :func:`brief_segments`, for one-line listings."""
    marks = {"": "{}", "del": "[-{}-]", "ins": "{{+{}+}}"}
    return "".join(marks[kind].format(text) for kind, text in brief_segments(redline, context))


def proposed_change(draft: Draft, comment: Comment, index: dict[str, Unit] | None = None) -> Redline | None:
    """What a comment's wording does to the unit it is on (its deletion, for a delete), for
    listings that show the edit rather than the unit's opening words; None for anything else."""
    index = index if index is not None else unit_index(draft)
    unit = index.get(comment.anchor.eid or "")
    if unit is None or unit.kind.is_container or comment.lang or comment.stance not in (Stance.AMEND, Stance.DELETE):
        return None
    if comment.stance is Stance.AMEND and comment.proposed_text is None:
        return None
    return diff(unit.body(body_separator(draft)), comment.proposed_text or "")
