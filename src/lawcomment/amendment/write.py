"""Write proposals as an amendment instrument in the NPC's style: 将第X条修改为：“…”, or
将第X条中的“A”修改为“B” for a small change; in English, Article X is amended to read: ….

Every instruction written is checked by parsing it back and applying it to the base: an
article's targeted items that would not give the proposed text are said with unique words (its
changes near each other one replacement), and failing that that article alone is written in full,
saying why (:attr:`Instruction.whole_because`, the export's warning).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..drafts.anchors import cite, law_citation, unit_spans
from ..drafts.ids import lettered, split_eid
from ..drafts.numerals import int_to_cn
from ..drafts.profiles import Profile
from ..drafts.serialize import body_separator
from ..errors import AmendmentError, LawcommentError
from ..model import Draft, Kind, Unit
from ..review.merge import ITEM_LABEL
from ..review.phrases import (ALONE, NUMERAL, TERM_REACH, TERM_TIMES, UNITS, WORDS, LawWords, cuts_word, head_end,
                              inside_number, is_han, no_lone_character, quantities, readable_span, term_ends,
                              whole_words_taken_out, word_ends)
from ..review.redline import Span, diff
from .apply import apply_operations
from .parse import instrument_from_text

if TYPE_CHECKING:
    from ..exports.contract import ExportOptions
    from ..exports.view import Consultation

WORD_LEVEL_MAX = 40  # characters changed, above which an article is rewritten in full


@dataclass(frozen=True, slots=True)
class Instruction:
    """One numbered instruction: its paragraphs as printed (the first holds the verb)."""

    eid: str
    paragraphs: tuple[str, ...]
    #: why the article is rewritten whole although a targeted form was written for it: what applying
    #: that form back gave (empty when it gave the proposed text, or no targeted form fits)
    whole_because: str = ""


def _quote(text: str) -> str:
    """Nested quotation marks become ‘’ inside a quotation (the parser turns them back)."""
    return text.replace("“", "‘").replace("”", "’")


def _quoted_lines(text: str, lang: str) -> list[str]:
    lines = [_quote(x) for x in text.split("\n") if x.strip()] or [""]
    return [("“" + x) + ("”" if k == len(lines) - 1 else "") for k, x in enumerate(lines)]


#: Marks a quotation does not cross while there are words to take on either side.
_STOPS = frozenset("，、；：。！？,;:.!?（）()“”\n")
#: Characters that join words (of, in, by, and, or …): words quoted before an insertion start after
#: one, up to _WORD_REACH characters further back, when no mark of punctuation is near: a trial's
#: 「立的企业」 (设立 cut in two) is 「登记注册设立的企业」, after 经.
_JOINS = frozenset("的在于和或及与对将由向从为以按依经并其之所被把给跟同而且")
_WORD_REACH = 8
#: Words a joining character opens (或者, 依法, 经营 …): no place to start quoted words after it.
_JOIN_WORDS = frozenset({"或者", "从事", "从而", "按照", "依法", "依照", "依据", "经营", "经济", "经过", "其他", "其中",
                         "以上", "以下", "以内", "以外", "以及", "以便", "给予", "对外", "对于", "为了", "由于", "并且",
                         "而且", "在于", "及时", "于是", "将来", "所有", "所得", "之日", "之间", "与其", "同时", "同意",
                         "向社", "由此", "并非", "并处"})  # fmt: skip

#: The rest of the name of a body whose first words a change replaced (工商行政|管理部门): NPC
#: instruments quote the whole name, 将“工商行政管理部门”修改为“市场监督管理部门”.
_NAME_REST = re.compile(r"(?:行政管理|监督管理|行政|管理|主管)?(?:部门|机关|机构)")


def _name_end(old: str, end: int) -> int:
    """Where the name of a body that a change's words ``old[…:end]`` cut ends, or ``end``: the
    change stops inside the name (the characters either side are Chinese)."""
    if 0 < end < len(old) and is_han(old[end - 1]) and is_han(old[end]):
        m = _NAME_REST.match(old, end)
        if m is not None:
            return m.end()
    return end


#: Characters between two changes of a line that the first way of merging them takes in (see _merged).
MERGE_GAP = 8


def _merged(old: str, spans: list[Span], usage: Mapping[str, int] | None = None, gap: int | None = None) -> list[Span]:
    """The changes of each line (款 or 项) as one (those at most ``gap`` characters apart, or all):
    from the first to the last, the words between them written again (排斥「、限制」或者「强制」 →
    将“排斥或者限制”修改为“排斥、限制或者强制”). For a line whose changes, said one by one, do not apply
    back as proposed: an insertion whose words a later change of the same line quotes again (a trial's
    反垄断法 第三十五条)."""
    out: list[Span] = []
    for s in spans:
        if s.start < s.end:  # each as it is quoted alone (限 → 强 of 限制: 「限制」)
            a, b = readable_span(old, s.start, s.end, s.new, usage)
            if "\n" not in old[a:b] and (not out or out[-1].end <= a):
                s = Span(a, b, old[a:s.start] + s.new + old[s.end:b])
        last = out[-1] if out else None
        if last is not None and "\n" not in old[last.start:s.end] + s.new + last.new and \
                (gap is None or s.start - last.end <= gap):  # fmt: skip
            out[-1] = Span(last.start, s.end, last.new + old[last.end:s.start] + s.new)
        else:
            out.append(s)
    return out


#: Characters an insertion is widened by, at most on each side, to the ends of the word it is put into
WORD_WIDEN = 2


def _whole_word_insertions(old: str, spans: list[Span], usage: Mapping[str, int] | None) -> list[Span]:
    """``spans`` with each insertion that starts or ends inside a word (:func:`~lawcomment.review.phrases.cuts_word`,
    the old text's or the new one's) put where it does not, when the same words put in a character or two
    earlier or later give the same text (处罚 → 处理、处罚: 在“规定”后增加“处理、”, never 在“规定处”后增加“理、处”),
    else widened to the words around it, a replacement (将“中国”修改为“中华人民共和国”, never
    在“在中”后增加“华人民共和”): a drafter quotes and writes whole words."""
    if usage is None:
        return spans
    out: list[Span] = []
    for k, s in enumerate(spans):
        # (never into the span before as it was widened or moved, nor into the next: two insertions widened into
        # each other would say one text twice)
        lo = max(spans[k - 1].end, out[-1].end) if k else 0
        hi = spans[k + 1].start if k + 1 < len(spans) else len(old)
        if s.start != s.end or not s.new or "\n" in s.new:
            out.append(s)
            continue

        def cuts(at: int, put: str) -> int:  # the word ends an insertion of ``put`` at ``at`` cuts
            said = old[:at] + put + old[at:]
            return cuts_word(old, at, usage) + cuts_word(said, at, usage) + cuts_word(said, at + len(put), usage)

        tries = [(s.start, s.new)]
        at, put = s.start, s.new
        while at > lo and old[at - 1] == put[-1] and s.start - at < len(s.new):  # the same text, put in earlier
            at, put = at - 1, put[-1] + put[:-1]
            tries.append((at, put))
        at, put = s.start, s.new
        while at < hi and old[at] == put[0] and at - s.start < len(s.new):  # or later
            at, put = at + 1, put[1:] + put[0]
            tries.append((at, put))
        at, put = min(tries, key=lambda t: (cuts(*t), abs(t[0] - s.start)))
        held = next(((a, b) for a, b in quantities(old) if a < at < b and lo <= a), None)
        if held is not None and not cuts(at, put) and any(ch in NUMERAL for ch in put):
            # a bound and a number put inside a quantity (二千元|以下 → 二千元以上二万元以下): the quantity's words
            # before it replaced, 将“二千元”修改为“二千元以上二万元”, never 在“处二千元以”后增加“上二万元以”
            out.append(Span(held[0], at, old[held[0]:at] + put))
            continue
        if not cuts(at, put):
            out.append(Span(at, at, put))
            continue
        at, put = s.start, s.new
        said = old[:at] + put + old[at:]
        a, b = at, at  # to the words the insertion is put into, on the side (or sides) it cuts
        if cuts_word(old, at, usage) or cuts_word(said, at, usage):
            a -= 1
            while a > lo and at - a < WORD_WIDEN and cuts_word(old, a, usage):
                a -= 1
        if cuts_word(old, at, usage) or cuts_word(said, at + len(put), usage):
            b += 1
            while b < hi and b - at < WORD_WIDEN and cuts_word(old, b, usage):
                b += 1
        if a < lo or b > hi or not all(is_han(ch) for ch in old[a:b]):
            out.append(s)
            continue
        out.append(Span(a, b, old[a:at] + put + old[at:b]))
    return out


#: An edit: (kind, old words, new words / anchor, where the quoted words stand in the article, or -1 when
#: they are said once for every place the article has them).
Edit = tuple[str, str, str, int]


def _small_edits(old: str, new: str, usage: Mapping[str, int] | None = None,
                 merge: int = 0, scopes: Sequence[tuple[int, int]] = ()) -> list[Edit] | None:  # fmt: skip
    """Word-level edits (kind, old words, new words / anchor) or None when a full rewrite reads better;
    ``usage`` (:func:`~lawcomment.review.phrases.pair_usage` of the law) picks the word a character
    changed alone belongs to. With ``merge``, each change is a replacement of words unique in the article,
    those of a line near each other (1) or all of a line (2) one replacement (see :func:`_merged`): what
    :func:`write_instrument` tries when the changes one by one do not apply back. ``scopes`` are the
    article's 款 (when it has several): quoted words need only be unique in their 款, which the item then
    cites (将第六十五条第一款中的“行政处分”修改为“处分”, where the next 款 has 行政处分 too)."""
    spans = diff(old, new).spans()
    if not merge:
        return _edits_of(old, _whole_word_insertions(old, spans, usage), usage, scopes=scopes)
    # each insertion too is a replacement of words around it: words made unique in the article whichever
    # way they widen (the words before an insertion may stand twice up to the 款's start: 电子商务平台经营者…)
    whole: list[Span] = []
    for s in _merged(old, spans, usage, MERGE_GAP if merge == 1 else None):
        if sum(1 for t in spans if s.start <= t.start and t.end <= s.end) >= 3:
            # three changes or more of a sentence quoted as one replacement read as none (“排斥或者限制外地” → “排斥、
            # 限制或者强制外来”): the 项 or 款 is rewritten whole instead (将第三十九条第二项修改为：“（二）…”)
            return None
        if s.start < s.end:
            whole.append(s)
        elif s.start < len(old) and is_han(old[s.start]):  # the word after it (将“公示”修改为“及时公示”)
            whole.append(Span(s.start, s.start + 1, s.new + old[s.start]))
        elif s.start > 0 and old[s.start - 1] != "\n":
            whole.append(Span(s.start - 1, s.start, old[s.start - 1] + s.new))
        else:
            return None
    return _edits_of(old, whole, usage, limit=2 * WORD_LEVEL_MAX, merged=True, scopes=scopes)


def _scope(old: str, at: int, scopes: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The smallest unit of ``scopes`` (a 项, else a 款) that position ``at`` of the article stands in, else the
    whole article."""
    return min(((a, b) for a, b in scopes if a <= at <= b), key=lambda ab: ab[1] - ab[0], default=(0, len(old)))


#: Marks that end a sentence (or a clause of one): words put in after others are never quoted across one
_SENTENCE_ENDS = frozenset("。；！？;!?")


def _edits_of(old: str, spans: list[Span], usage: Mapping[str, int] | None, limit: int = WORD_LEVEL_MAX,
              merged: bool = False, scopes: Sequence[tuple[int, int]] = ()) -> list[Edit] | None:  # fmt: skip
    """The edits of :func:`_small_edits` for the changes ``spans`` of ``old``; ``merged`` when they are
    :func:`_merged` (said one for one: no change is said once for several)."""
    # the same words changed alike wherever the article has them (在场的 taken out twice): said once, as
    # 删去“在场的” and 将“A”修改为“B” read in an amendment (three characters or more: shorter ones stand
    # inside other words), never each quoted with a piece of the words around it (「会同在场的金」)
    out: list[Edit] = []
    alike: dict[tuple[str, str], list[Span]] = {}
    for s in spans if not merged else ():
        alike.setdefault((old[s.start:s.end], s.new), []).append(s)
    for (words, put), each in alike.items():
        if len(each) > 1 and len(words) >= 3 and "\n" not in words + put and old.count(words) == len(each) and \
                not any(inside_number(old, s.start, s.end) for s in each):  # fmt: skip
            # a number with its unit and bound, as one changed once is quoted (“五十万元以下”, never “五十万”:
            # a trial's 反垄断法 第四十六条), when it reads so wherever it is changed
            wide = {(old[a:b], old[a:s.start] + put + old[s.end:b])
                    for s in each for a, b in [readable_span(old, s.start, s.end, s.new, usage)]}  # fmt: skip
            if len(wide) == 1 and (w := next(iter(wide)))[0] != words and old.count(w[0]) == len(each) and \
                    "\n" not in w[0]:  # fmt: skip
                words, put = w
            rest = old[each[0].end:_name_end(old, each[0].end)] if put and words == old[each[0].start:each[0].end] else ""
            if rest and old.count(words + rest) == len(each):  # the whole name, wherever it is changed
                words, put = words + rest, put + rest
            out.append(("delete", words, "", -1) if not put else ("replace", words, put, -1))
            spans = [s for s in spans if s not in each]
    if usage is not None and not merged:
        # a character changed alike in the same word wherever the article has that word (帐 → 账 in
        # each 帐簿): the word said once, 将第十三条中的“帐簿”修改为“账簿”, never each quoted with
        # the characters around it (「币为记帐」)
        words_alike: dict[tuple[str, str], list[tuple[Span, int]]] = {}
        for s in spans:
            if s.start == s.end or "\n" in old[s.start:s.end] + s.new:
                continue
            a, b = readable_span(old, s.start, s.end, s.new, usage)
            a, b = word_ends(old, a, head_end(old, a, b, s.end, usage, len(old)) if not s.new else b, usage)
            if b - a >= 2 and "\n" not in old[a:b] and not inside_number(old, a, b):
                words_alike.setdefault((old[a:b], old[a:s.start] + s.new + old[s.end:b]), []).append((s, a))
        for (words, put), found in words_alike.items():
            at = [a for _, a in found]
            if len(found) > 1 and len(set(at)) == len(at) and old.count(words) == len(found) and \
                    all(old.find(words, a) == a for a in at):  # fmt: skip
                out.append(("delete", words, "", -1) if not put else ("replace", words, put, -1))
                spans = [s for s in spans if all(s is not t for t, _ in found)]
    if not spans and out:
        return out
    if not spans or len(spans) + len(out) > 3 or sum(max(s.end - s.start, len(s.new)) for s in spans) > limit:
        return None
    for s in spans:
        words = old[s.start:s.end]
        if "\n" in words or "\n" in s.new:
            return None
        pa, pb = _scope(old, s.start, scopes)  # (the 项 or 款 it stands in: its words need be unique there only)

        def count(a: int, b: int) -> int:
            return old.count(old[a:b], pa, pb)

        if not words and (whole := _whole_numbers(old, s.start, s.end, s.new, pa, pb)) != (s.start, s.end):
            # put in inside a number or a date (五日 → 十五日, 1月1日 → 1月15日): the number replaced whole
            s = Span(whole[0], whole[1], old[whole[0]:s.start] + s.new + old[s.start:whole[1]])
            words = old[s.start:s.end]
        if words and (completed := _word_completed(old, s, pa, pb, usage)) is not None:
            out.append(completed)
            continue
        if words:
            # a number with its unit (三年内, not 三), a word of two characters at least, then wider
            # until the words occur once in the 项 or 款 (or article): into the words before them first, never through a
            # mark of punctuation while words are left on either side (“准入目录”, not “入目录。”)
            a, b = readable_span(old, s.start, s.end, s.new, usage)
            b = head_end(old, a, b, s.end, usage, pb) if not s.new else b
            if isinstance(usage, LawWords) and not inside_number(old, a, b):
                # neither end inside a term the law writes: 删去“、行政” of 法律、行政法规 is 「、行政法规」 → 「法规」
                # (and so, below, 将“法律、行政法规”修改为“法律法规”), 「票」 of 股票 「股票」
                wa, wb = term_ends(old, a, b, usage)
                if pa <= wa and wb <= pb and "\n" not in old[wa:wb] and not inside_number(old, wa, wb):
                    a, b = wa, wb
            # never a number cut from its measure word, nor a date cut apart, on either side: 2008年1月1日 →
            # 公布之日 is quoted so, never “2008年1月1” → “公布之” (an audit's 劳动合同法 第九十八条)
            a, b = _whole_numbers(old, a, b, old[a:s.start] + s.new + old[s.end:b], pa, pb)
            # a mark put in or taken out at either end: quoted from the word beyond it, so that neither side
            # opens or closes with a mark the other has not (“调整并公布” → “调整，并及时向社会公布”, never
            # “并公布” → “，并及时向社会公布”; 排斥「、限制」: 「排斥或者限制」)
            # (words taken out and quoted with the rest of their term: what is left of it reads as the new words)
            lead = s.new or (old[a:s.start] + old[s.end:b] if b > s.end else "")
            if lead and (lead[:1] in _STOPS or old[a:a + 1] in _STOPS) and lead[:1] != old[a:a + 1] and \
                    (merged or a == s.start):  # fmt: skip
                while a > pa and s.start - a < 2 and old[a - 1] not in _STOPS:
                    a -= 1
                if usage is not None:
                    a = max(pa, word_ends(old, a, b, usage)[0])
            if s.new and (s.new[-1:] in _STOPS or old[b - 1:b] in _STOPS) and s.new[-1:] != old[b - 1:b] and b == s.end and \
                    not (s.new[-1:] in _STOPS and old[b - 1:b] in _STOPS):  # fmt: skip
                while b < pb and b - s.end < 2 and old[b] not in _STOPS:
                    b += 1
                if usage is not None:
                    b = min(pb, word_ends(old, a, b, usage)[1])
            # never a lone character on either side: 将“质押权”修改为“质权”, never “押权” → “权”
            a, b = no_lone_character(old, s.start, s.end, s.new, a, b, usage if isinstance(usage, LawWords) else None,
                                     pa, pb)  # fmt: skip
            if not s.new and isinstance(usage, LawWords) and whole_words_taken_out(old, s.start, s.end, a, b, usage):
                a, b = s.start, s.end  # a modifier of a term the law writes alone too: 删去“上市”, never “上市公司” → “公司”
            while (count(a, b) > 1 or b - a < 2 or inside_number(old, a, b)) and (a > pa or b < pb):
                if a > pa and old[a - 1] not in _STOPS:
                    a -= 1
                elif b < pb and old[b] not in _STOPS:
                    b += 1
                else:  # through the mark, on the side that has words left in the line (never into the next 款)
                    na = a - 1 if a > pa and old[a - 1] != "\n" else a
                    nb = b + 1 if b < pb and old[b] != "\n" else b
                    if (na, nb) == (a, b):
                        return None
                    a, b = na, nb
                if "\n" in old[a:b]:
                    return None
            # (widened to be unique, the words may stop inside a number again: 「作出决定，处五万」 of 五万元)
            a, b = _whole_numbers(old, a, b, old[a:s.start] + s.new + old[s.end:b], pa, pb)
            if count(a, b) > 1:
                return None
            if usage is not None and (a, b) != (s.start, s.end):  # widened: never to the middle of a word (所服 → 所服务)
                wa, wb = word_ends(old, a, b, usage)  # (never into a number: 「改正的，处五」 of 处五万元)
                # (nor on past a number's end, which ends words: “2008年1月1日”, never “2008年1月1日起”)
                said = old[a:s.start] + s.new + old[s.end:b]
                wa, wb = (a if _number_edge(old[a:b], True) or _number_edge(said, True) else wa,
                          b if _number_edge(old[a:b], False) or _number_edge(said, False) else wb)
                if pa <= wa and wb <= pb and "\n" not in old[wa:wb] and count(wa, wb) == 1 and \
                        not inside_number(old, wa, wb):  # fmt: skip
                    a, b = wa, wb
            if usage is not None and not inside_number(old, a, b):
                # neither end inside a word, however the words were widened (「国务院农业行政主管部门」, never
                # 「院农业行政主管部门」; 「股东大会」 → 「股东会」, never 「大会」 → 「会」), in the old text or the
                # new one (将“洗钱犯罪及”修改为“洗钱以及”, never “洗钱犯罪” → “洗钱以”, 以|及 cut); once widened, on to
                # the end of the term it went into (农民专业合作社, never 「企业和农民专业合作」)
                law, full, shift = usage, old[:s.start] + s.new + old[s.end:], len(s.new) - (s.end - s.start)

                def cuts_at(x: int, start: bool) -> bool:  # (the new words' side: only where there are some)
                    said = old[x:s.start] + s.new + old[s.end:b] if start else old[a:s.start] + s.new + old[s.end:x]
                    return cuts_word(old, x, law) or (bool(said) and cuts_word(full, x if start else x + shift, law))

                def goes_on(x: int) -> bool:  # the end cut, or (widened) inside the term it went into
                    return cuts_at(x, False) or (x != b and isinstance(law, LawWords) and
                                                law.goes_on(old, x, False, True))  # fmt: skip

                wa, wb = a, b
                while wa > pa and a - wa < WORD_WIDEN + 1 and old[wa - 1] != "\n" and cuts_at(wa, True):
                    wa -= 1
                while wb < pb and wb - b < TERM_REACH and old[wb] != "\n" and goes_on(wb):
                    wb += 1
                if not cuts_at(wa, True) and not cuts_at(wb, False) and count(wa, wb) == 1 and \
                        not inside_number(old, wa, wb):  # fmt: skip
                    a, b = wa, wb
            if s.new and (named := _name_end(old, b)) > b and named <= pb and count(a, named) == 1:
                b = named  # the body's whole name
            new_words = old[a:s.start] + s.new + old[s.end:b]
            out.append(("delete", old[a:b], "", a) if not new_words else ("replace", old[a:b], new_words, a))
        else:
            a = s.start
            anchor = ""
            while a > pa and (len(anchor) < 4 or count(a, s.start) > 1):
                a -= 1
                anchor = old[a:s.start]
                if "\n" in anchor:
                    return None
            if not anchor:
                return None
            if len(anchor) < 2:
                # too few words before it, at the text's start: the words it goes into, quoted and
                # written again with it (将“为保障”修改为“为了保障”, never 在“为”后增加“了”)
                b = s.start
                while b < pb and (b - a < 3 or count(a, b) > 1) and old[b] not in _STOPS:
                    b += 1
                if b - a < 2 or count(a, b) > 1:
                    return None
                out.append(("replace", old[a:b], old[a:s.start] + s.new + old[s.start:b], a))
                continue
            if (stop := max((k for k in range(a, s.start) if old[k] in _SENTENCE_ENDS), default=-1)) >= 0:
                # the words before it would run back into the sentence before (「资料。有关部门」): from the
                # sentence's start, 在“有关部门”后增加 where those words are unique in the 款, else the words
                # after it too, one replacement (将“有关部门应当”修改为“有关部门及其工作人员应当”)
                a = stop + 1
                if s.start - a >= 2 and count(a, s.start) == 1:
                    out.append(("after", old[a:s.start], s.new, a))
                    continue
                b = s.start
                while b < pb and (count(a, b) > 1 or b - s.start < 2) and old[b] not in _STOPS:
                    b += 1
                if usage is not None and count(a, wb := word_ends(old, a, b, usage)[1]) == 1 and wb <= pb and \
                        old[b - 1:wb] and not any(ch in _STOPS for ch in old[b:wb]):  # fmt: skip
                    b = wb
                if count(a, b) > 1 or b == s.start:
                    return None
                out.append(("replace", old[a:b], old[a:s.start] + s.new + old[s.start:b], a))
                continue
            mark = a
            # (counted from where the words unique in the article start: a long anchor may start
            # mid-word, 「账的，由…」 for 「统计台账的，由…」, a trial's 统计法 第四十二条)
            while mark > pa and a - mark < 16 and old[mark - 1] not in "，、；：。\n":
                mark -= 1
            if mark == pa or old[mark - 1] in "，、；：。\n":
                a = mark  # start the quoted words after a punctuation mark, not mid-phrase (when one is near)
            else:  # else after a word that joins words (经, 的, 在…): never mid-word, 「立的企业」 for 「设立的企业」
                a = next((p for p in range(a, max(pa, a - _WORD_REACH) - 1, -1) if p > pa and old[p - 1] in _JOINS
                          and old[p - 1:p + 1] not in _JOIN_WORDS), a)  # fmt: skip
            # (never after some items of a list: 「法规和国家有关强制性标准的要求」 of 法律、法规和…, a trial's)
            lo = max((at + len(words) for _, words, _, at in out if 0 <= at < s.start), default=pa)
            a = _list_start(old, a, s.start, s.new, max(pa, lo), pa)
            # (never from inside a word either: 「履行职务的，由」, never 「务的，由」)
            if usage is not None:
                cut_at = a
                while cut_at > max(pa, lo) and a - cut_at < WORD_WIDEN + 2 and old[cut_at - 1] != "\n" and \
                        cuts_word(old, cut_at, usage):  # fmt: skip
                    cut_at -= 1
                a = a if cuts_word(old, cut_at, usage) else cut_at
            anchor = old[a:s.start]
            out.append(("after", anchor, s.new, a))
    quoted = [(at, at + len(words)) if at >= 0 else (old.find(words), old.find(words) + len(words)) for _, words, _, at in out]
    if any(a < d and c < b for i, (a, b) in enumerate(quoted) for c, d in quoted[i + 1:]):
        return None  # widened to be unique, two edits now quote the same words
    # words that are no phrase: a piece of a sentence cut at its full stop (“合同。” → “合同。书面劳动合同包括…。”,
    # an audit's 劳动合同法 第十条), words put in across a sentence's end: none of these forms, the unit is
    # rewritten whole (将第十条第一款修改为：“…”)
    for kind, words, new_words, place in out:
        if place < 0:
            continue
        pa = _scope(old, place, scopes)[0]
        if _fragment(old, place, words, pa) or (kind == "replace" and _fragment(old, place, new_words, pa)) or \
                (kind == "after" and any(ch in _FULL_STOPS for ch in new_words)):  # fmt: skip
            return None
    return out


def _word_completed(old: str, s: Span, pa: int, pb: int, usage: Mapping[str, int] | None) -> Edit | None:
    """The edit for a character the law writes alone made the word it starts (应 → 应当, 可 → 可以), as the NPC
    writes it: the character alone where it stands once in its 项 or 款 (将第X条第一款中的“应”修改为“应当”), else with
    the word after it, as far as is unique there (将“应由”修改为“应当由”), never with the end of the word before it
    (“会议应” → “会议应当”); None for any other change, or where neither form is unique."""
    words = old[s.start:s.end]
    if len(words) != 1 or words not in ALONE or len(s.new) != 2 or not s.new.startswith(words) or \
            not (s.new in WORDS or (usage is not None and usage.get(s.new, 0) >= TERM_TIMES)):  # fmt: skip
        return None
    if old.count(words, pa, pb) == 1:
        return ("replace", words, s.new, s.start)
    def more(b: int) -> bool:  # the words quoted up to ``b`` not yet unique, or ending inside a word
        return b == s.end or old.count(old[s.start:b], pa, pb) > 1 or (usage is not None and cuts_word(old, b, usage))

    b = s.end
    while b < pb and old[b] not in _STOPS and is_han(old[b]) and old[b] not in NUMERAL and b - s.end < _WORD_REACH \
            and more(b):  # fmt: skip
        b += 1
    if b == s.end or old.count(old[s.start:b], pa, pb) != 1 or (usage is not None and cuts_word(old, b, usage)):
        return None
    return ("replace", old[s.start:b], s.new + old[s.end:b], s.start)


#: What joins the items of a list (甲、乙和丙): words quoted from right after one start inside the list
_LIST_JOINS = ("、", "或者", "以及", "和", "及", "与")
#: Marks that end a clause: a list stands inside one
_CLAUSE_MARKS = frozenset("，；：。！？,;:!?\n")
#: The most characters of an item of a list that quoted words may start with, after the items before it
ITEM_MAX = 8
#: The most characters of words quoted from their clause's start to take a list in whole; beyond it, from the
#: word before the list's first item (应当符合|法律、…, 依法|提交…和…)
CLAUSE_QUOTE_MAX = 24
#: Words after which a list's first item starts (the characters of _JOINS too)
_LEAD_WORDS = ("应当", "可以", "不得", "必须", "按照", "依照", "依据", "根据", "有关", "依法", "包括", "其他", "相关")
#: Words that join words inside one item of a list (野生动物及其制品): no list starts after them
_JOIN_PAIRS = frozenset({"及其", "或其", "和其", "以及", "或者"})


def _list_start(old: str, a: int, at: int, new: str, lo: int, pa: int) -> int:
    """Where the words quoted before an insertion at ``at`` of ``old`` start, when they would start at ``a``:
    right after an item of a list (after its 、, 和 …), the list is quoted whole, from its clause's start
    (within ``lo``) when that is near, else from the word before its first item: 在“应当符合法律、法规和国家有关
    强制性标准的要求”后增加“，并定期检测”, never 「法规和…的要求」, which leaves 法律、 out (a trial's
    农产品质量安全法). Whole items with words put in at an item's end or start stay as they are
    (在“土地使用权”后增加“、股权、债权”, 在“农业、林业”后增加“草原”), and so does a list whose start
    another item quotes."""
    joined = next((j for j in _LIST_JOINS if old.endswith(j, lo, a)), "")
    if not joined or (joined != "、" and not (a - len(joined) > lo and is_han(old[a - len(joined) - 1]))):
        return a
    at_item_end = new[:1] == "、" or old[at - 1:at] == "、" or old[at:at + 1] in ("、", "") or \
        old.startswith(_LIST_JOINS[1:], at)  # fmt: skip
    items = old[a:at].removesuffix("、").split("、")
    if at_item_end and all(0 < len(x) <= ITEM_MAX and not any(j in x for j in (*_LIST_JOINS[1:], "的")) and
                           not any(ch in _CLAUSE_MARKS for ch in x) for x in items):  # fmt: skip
        return a
    # back over the items before it (each after a 、) to the words before the first: the list's start is
    # after the last word there that joins words or leads into a list (的, 和, 应当, 按照 …), else where
    # those words start (a clause's start, or the 、 of a list the list stands in)
    k = a - len(joined)
    while True:
        p = k
        while p > lo and old[p - 1] not in _CLAUSE_MARKS and old[p - 1] != "、":
            p -= 1
        if p > lo and old[p - 1] == "、" and k - p <= ITEM_MAX:
            k = p - 1
            continue
        break
    c = p
    while c > lo and old[c - 1] not in _CLAUSE_MARKS:
        c -= 1
    if (c == pa or old[c - 1] in _CLAUSE_MARKS) and at - c <= CLAUSE_QUOTE_MAX:
        return c  # (the whole clause, when short: 在“应当符合法律、法规和…的要求”后)
    if joined != "、":
        return a  # (the last item after 和 or 或者, of a list whose first one no 、 marks: as it was)
    q = next((q for q in range(k - 1, p, -1)
              if (old[q - 1] in _JOINS and old[q - 1:q + 1] not in _JOIN_WORDS | _JOIN_PAIRS and
                  old[q - 2:q] not in _JOIN_PAIRS) or old.endswith(_LEAD_WORDS, p, q)), p)  # fmt: skip
    if q == p and p > pa and old[p - 1] not in _CLAUSE_MARKS:
        return a  # (no word to start after, inside a quote of another change or a list cut at its 、: as it was)
    return q


#: Marks that end a sentence: quoted words hold one only as whole sentences (“但是，…除外。”)
_FULL_STOPS = frozenset("。！？!?")
#: Marks after which a sentence or a clause of one starts
_CLAUSE_STARTS = frozenset("。！？；：!?;:\n")


def _fragment(old: str, at: int, words: str, start: int) -> bool:
    """Whether ``words``, quoted at ``at`` of ``old`` in a unit that starts at ``start``, are a piece of a
    sentence with its full stop (“合同。”) or run across a sentence's end, rather than whole sentences
    (“但是，国家另有规定的建设项目除外。”) or words of one."""
    if not any(ch in _FULL_STOPS for ch in words):
        return False
    return not ((at <= start or old[at - 1] in _CLAUSE_STARTS) and words[-1] in _FULL_STOPS)


#: Words that end in 一 and hold no number (统一年度 is no 一年)
_ONE_WORDS = frozenset({"统一", "唯一", "之一", "同一", "单一", "万一", "划一", "专一", "合一", "逐一", "均一"})


def _number_end(old: str, e: int) -> int:
    """Where the number that goes on at ``e`` of ``old`` ends: its numerals, measure word, and a date's further
    parts (1月1日 after 2008年)."""
    while True:
        while e < len(old) and old[e] in NUMERAL:
            e += 1
        unit = next((u for u in UNITS if old.startswith(u, e)), "")
        e += len(unit)
        if not (unit in ("年", "月") and e < len(old) and old[e] in NUMERAL and old[e - 2:e - 1] in NUMERAL):
            return e


def _number_start(old: str, a: int) -> int:
    """Where the number that ends at ``a`` of ``old`` starts: its numerals, a date's earlier parts (2008年1月 before
    1日), the 第 or 百分之 before it."""
    while True:
        while a > 0 and old[a - 1] in NUMERAL:
            a -= 1
        if a > 1 and old[a - 1] in "年月" and old[a - 2] in NUMERAL:
            a -= 1
            continue
        return a - 1 if old[a - 1:a] == "第" else a - 3 if old.endswith("百分之", 0, a) else a


def _number_edge(words: str, start: bool) -> bool:
    """Whether ``words`` start (or end) with a number: its numerals, or at the end its measure word after them
    (2008年1月1日, 五万元)."""
    if not words:
        return False
    if start:
        return words[0] in NUMERAL or (words[0] == "第" and words[1:2] in NUMERAL)
    unit = next((u for u in UNITS if words.endswith(u)), "")
    return words[-1] in NUMERAL or (bool(unit) and words[-len(unit) - 1:len(words) - len(unit)] in NUMERAL)


def _lone_one(text: str, k: int) -> bool:
    """Whether the numeral at ``k`` of ``text`` is the 一 of a word (统一, 唯一), no number."""
    return text[k:k + 1] == "一" and text[k - 1:k + 1] in _ONE_WORDS and text[k + 1:k + 2] not in NUMERAL


def _whole_numbers(old: str, a: int, b: int, new: str, pa: int, pb: int) -> tuple[int, int]:
    """``old[a:b]`` (``new`` in its place) widened, within ``[pa, pb]``, so that neither end cuts a number from
    its numerals or measure word, nor a date apart, as the old words or the new read: 2008年1月「1」日 →
    「公布之」日 is quoted “2008年1月1日” → “公布之日”, 「公布之」日 → 「2027年1月1」日 “公布之日” → “2027年1月1日”,
    五「」日 → 五「个工作」日 “五日” → “五个工作日”."""
    def cut(left: str, right: str) -> bool:  # whether words ending in ``left`` go on as a number into ``right``
        if not left or not right:
            return False
        if left[-1] in NUMERAL and not _lone_one(left, len(left) - 1):
            return right[0] in NUMERAL or right.startswith(UNITS)
        return left[-1] in "年月" and left[-2:-1] in NUMERAL and right[0] in NUMERAL

    for _ in range(4):
        was = (a, b)
        if b < pb and (cut(old[pa:b], old[b:pb]) or cut(old[pa:a] + new, old[b:pb])):
            end = min(pb, _number_end(old, b))
            new, b = new + old[b:end], end
        if a > pa and (cut(old[pa:a], old[a:pb]) or cut(old[pa:a], new + old[b:pb])):
            start = max(pa, _number_start(old, a))
            new, a = old[start:a] + new, start
        if (a, b) == was:
            break
    return a, b


def _whole_lines(unit: Unit | None, sep: str, old: str, new: str) -> list[str] | None:
    """The NPC's forms for a 款 taken out or one 款 or 项 put in, and nothing else changed:
    删去第三十二条第二款。 / 在第三十六条第二款后增加一款，作为第三款：“…” / 在第二十四条第一款中增加一项，
    作为第四项：“（四）…” (rather than the whole article rewritten for it). None for anything else."""
    if unit is None or unit.kind is not Kind.ARTICLE:
        return None
    was, now = old.split("\n"), new.split("\n")
    lines = {span: eid for eid, span in unit_spans(unit, sep).items() if eid != unit.eid}
    starts = [sum(len(x) + 1 for x in was[:k]) for k in range(len(was))]

    def line_unit(k: int) -> str | None:  # the 款 or 项 that is line k of the article, on its own
        found = lines.get((starts[k], starts[k] + len(was[k])))
        if found is None and (label := ITEM_LABEL.match(was[k])) is not None:  # (a 项's body leaves out its label)
            found = lines.get((starts[k] + label.end(), starts[k] + len(was[k])))
        return found

    def bare(text: list[str]) -> list[str]:  # the lines without their 项 labels: the 项 after one put in
        return [ITEM_LABEL.sub("", x, count=1) if ITEM_LABEL.match(x) else x for x in text]  # or taken out are numbered on

    if len(now) == len(was) - 1:
        gone = next((k for k in range(len(was)) if bare(was[:k] + was[k + 1:]) == bare(now)), None)
        eid = line_unit(gone) if gone is not None else None
        if eid is None or "__para_" not in eid:
            return None
        return [f"删去{cite(eid)}。"]
    if len(now) == len(was) + 1:
        def closed(k: int) -> list[str]:  # a 项 put in at a list's end: the one before it ends with ；for 。
            lines = now[:k] + now[k + 1:]
            last_item = ITEM_LABEL.match(now[k]) is not None and (k + 1 == len(now) or not ITEM_LABEL.match(now[k + 1]))
            if last_item and now[k].endswith("。") and now[k - 1].endswith("；") and was[k - 1] == now[k - 1][:-1] + "。":
                lines[k - 1] = was[k - 1]  # (applying 增加一项 makes it so, as the NPC's instruments leave unsaid)
            return lines

        put = next((k for k in range(1, len(now)) if bare(closed(k)) == bare(was)), None)
        if put is None or not now[put].strip():
            return None
        before = line_unit(put - 1)
        if before is None:
            return None
        label = ITEM_LABEL.match(now[put])
        para = before.split("__item_")[0]
        if label is not None and "__para_" in para:
            number = label.group().strip("（）()")  # (the 项 after it numbered on)
            # (an article of one 款: 在第十八条中增加一项, as the law cites its 项)
            holder = unit.eid if sum(1 for c in unit.children if c.kind is Kind.PARAGRAPH) == 1 else para
            return [f"在{cite(holder)}中增加一项，作为第{number}项：" + _quoted_lines(now[put], "zh")[0]]
        if label is None and "__item_" in before and "__para_" in para and \
                (put == len(was) or not ITEM_LABEL.match(was[put])):  # fmt: skip
            before = para  # after a 款's last 项: a 款 put in after that 款 (a trial's 反垄断法 第十七条)
        if label is None and "__item_" not in before and "__para_" in before:
            k = int(before.rsplit("_", 1)[1]) + 1
            if sum(1 for c in unit.children if c.kind is Kind.PARAGRAPH) == 1:  # an article of one 款: 在第X条中增加一款
                return [f"在{cite(unit.eid)}中增加一款，作为第{int_to_cn(k)}款：" + _quoted_lines(now[put], "zh")[0]]
            return [f"在{cite(before)}后增加一款，作为第{int_to_cn(k)}款：" + _quoted_lines(now[put], "zh")[0]]
    return None


def _zh_item(eid: str, old: str, new: str | None, unit: Unit | None = None, sep: str = "\n",
             usage: Mapping[str, int] | None = None, merge: int = 0) -> list[str]:  # fmt: skip
    """The item for article ``eid`` (``old`` → ``new``, None deleting it); with ``merge``, its changes
    as replacements of unique words (:func:`_small_edits`)."""
    where = cite(eid)
    if new is None:
        return [f"删去{where}。"]
    structural = _whole_lines(unit, sep, old, new) if not merge else None
    if structural is not None:
        return structural
    edits = _small_edits(old, new, usage, merge, _unit_scopes(unit, sep))
    if edits is None and (mixed := _with_a_kuan(eid, unit, sep, old, new, usage, merge)) is not None:
        # a 款 put in or taken out beside words changed in others: each said as such (a trial's 畜牧法
        # 第五十二条, words changed and a 款 added, went out as the whole article rewritten)
        words_said, kuan_said = mixed
        return [words_said.removesuffix("。") + "；" + kuan_said[0], *kuan_said[1:]]
    if edits is None and unit is not None and (large_change(old, new) or merge == 2) and \
            (kuan := _one_kuan_rewritten(unit, sep, old, new)) is not None:  # fmt: skip
        # (a small change goes on to the targeted forms first; the last of them, when no targeted words say it,
        # is the 项 or 款 it stands in rewritten whole: a sentence put in at a 款's end, 将第十条第一款修改为：“…”,
        # never “合同。” quoted as words, an audit's 劳动合同法 第十条; only then the article, with a warning)
        return [kuan]  # (as 将第X条修改为：“…。” ends: with the quote)
    if edits is None:
        return [f"将{where}修改为：" + _quoted_lines(new, "zh")[0], *_quoted_lines(new, "zh")[1:]]
    return [_word_parts(eid, old, edits, unit, sep)]


def _with_a_kuan(eid: str, unit: Unit | None, sep: str, old: str, new: str,
                 usage: Mapping[str, int] | None, merge: int = 0) -> tuple[str, list[str]] | None:  # fmt: skip
    """A 款 put in or taken out, and words changed in the article's other lines, apart: what those
    lines change (word by word, or one 款 rewritten whole) and the 款's own instruction; None when the
    change is not so made (a 项 put in numbers the 项 after it on: never read as words changed)."""
    from ..review.redline import similarity

    was, now = old.split("\n"), new.split("\n")
    if abs(len(now) - len(was)) != 1 or unit is None:
        return None
    longer, shorter = (now, was) if len(now) > len(was) else (was, now)

    def fits(k: int) -> float:  # how well the other lines pair up with line k left out (-1: they do not)
        rest = longer[:k] + longer[k + 1:]
        # (a 项 put in at its list's end numbers none on: said as one, beside words changed elsewhere)
        last_item = len(now) > len(was) and (k + 1 == len(longer) or not ITEM_LABEL.match(longer[k + 1]))
        if (ITEM_LABEL.match(longer[k]) and not last_item) or any(
                ITEM_LABEL.match(a) and ITEM_LABEL.match(b) and ITEM_LABEL.match(a).group() != ITEM_LABEL.match(b).group()  # type: ignore[union-attr]
                for a, b in zip(rest, shorter)):  # fmt: skip
            return -1.0
        scores = [1.0 if a == b else similarity(a, b) for a, b in zip(rest, shorter)]
        alone = max((similarity(longer[k], x) for x in shorter), default=0.0) < 0.5  # a 款 of its own, no rewording
        return sum(scores) if alone and min(scores, default=1.0) >= 0.3 else -1.0

    k = max(range(len(longer)), key=fits)
    if fits(k) < 0:
        return None
    if len(now) > len(was):  # put in: the words changed on the old lines, and the 款 put in among them
        rest = now[:k] + now[k + 1:]
        if 0 < k and ITEM_LABEL.match(now[k]) and (k + 1 == len(now) or not ITEM_LABEL.match(now[k + 1])) and \
                now[k].endswith("。") and now[k - 1].endswith("；") and was[k - 1] == now[k - 1][:-1] + "。":  # fmt: skip
            rest[k - 1] = was[k - 1]  # a last 项 put in: the ；before it is the 项's own (applying it makes it)
        words_new, kuan_new = "\n".join(rest), "\n".join(was[:k] + [now[k]] + was[k:])
    else:  # taken out: the words changed on the other lines (the 款 left as it was), and the 款 taken out
        words_new, kuan_new = "\n".join(now[:k] + [was[k]] + now[k:]), "\n".join(was[:k] + was[k + 1:])
    kuan_said = _whole_lines(unit, sep, old, kuan_new)
    if kuan_said is None or words_new == old:
        return None
    edits = _small_edits(old, words_new, usage, merge, _unit_scopes(unit, sep))
    # a small change of words beside the 款: its edits merged into one replacement of unique words before its 款
    # is rewritten whole (每年度 → 每两年, 两 put in and 度 taken out: a trial's 第三十三条第一款 went out whole, unsaid)
    for level in (1, 2) if not edits and not merge and not large_change(old, words_new) else ():
        if edits := _small_edits(old, words_new, usage, level, _unit_scopes(unit, sep)):
            break
    if edits:
        return _word_parts(eid, old, edits, unit, sep), kuan_said
    said = _one_kuan_rewritten(unit, sep, old, words_new)
    return (said, kuan_said) if said is not None else None


def _one_kuan_rewritten(unit: Unit, sep: str, old: str, new: str) -> str | None:
    """One 款 of an article of several, or one 项, rewritten whole, the article's other lines as they were: that
    unit named and given (将第十一条第一款修改为：“…”, 将第三十九条第二项修改为：“（二）…”, as the NPC writes
    it; a trial's 矿产资源法 第十一条 went out as the whole article rewritten); None otherwise."""
    was, now = old.split("\n"), new.split("\n")
    changed = [i for i, (a, b) in enumerate(zip(was, now)) if a != b]
    if len(was) != len(now) or len(changed) != 1:
        return None
    units = _cited_units(unit, sep)
    starts = [sum(len(x) + 1 for x in was[:i]) for i in range(len(was))]
    i = changed[0]
    label = ITEM_LABEL.match(was[i])
    if label is not None:  # a 项 (its span leaves out its label), as long as its label stays
        if ITEM_LABEL.match(now[i]) is None or now[i][:label.end()] != label.group():
            return None
        found = units.get((starts[i] + label.end(), starts[i] + len(was[i])))
    else:  # a 款 of several (an article of one 款 is rewritten as the article)
        found = units.get((starts[i], starts[i] + len(was[i])))
    if found is None:
        return None
    return f"将{found}修改为：“{_quote(now[i])}”"


def _cited_units(unit: Unit, sep: str) -> dict[tuple[int, int], str]:
    """The 款 (of an article of several) and 项 of an article: where each stands in its body (a 项 without its
    label) → its citation, a 项 of an article of one 款 cited without the 款 (第三十九条第二项), as the NPC's
    instruments and the law itself cite it."""
    spans = unit_spans(unit, sep)
    one_kuan = sum(1 for c in unit.children if c.kind is Kind.PARAGRAPH) == 1
    out: dict[tuple[int, int], str] = {}
    for e, span in spans.items():
        parts = e.split("__")
        if len(parts) == 2 and parts[1].startswith("para_") and not one_kuan:
            out[span] = cite(e)
        elif len(parts) == 3 and parts[1].startswith("para_") and parts[2].startswith("item_"):
            out[span] = cite(f"{parts[0]}__{parts[2]}") if one_kuan else cite(e)
    return out


def _unit_scopes(unit: Unit | None, sep: str) -> list[tuple[int, int]]:
    """Where each 项 of an article, and each 款 of an article of several, stands in its body: quoted words need be
    unique in the smallest of them they stand in, which the item cites (:func:`_word_parts`)."""
    return sorted(_cited_units(unit, sep)) if unit is not None else []


def _kuan_spans(unit: Unit | None, sep: str) -> list[tuple[int, int]]:
    """Where each 款 of an article of several stands in its body (none for an article of one 款)."""
    if unit is None:
        return []
    spans = [span for e, span in unit_spans(unit, sep).items() if e.count("__") == 1 and "__para_" in e]
    return sorted(spans) if len(spans) > 1 else []


def _word_parts(eid: str, old: str, edits: list[Edit], unit: Unit | None, sep: str) -> str:
    """Word-level edits of unit ``eid`` in the NPC's words, one sentence: 将第二条第三款中的“…”修改为“…”；…。"""
    where = cite(eid)
    # the 项 the words stand in, else the 款 when the article has several (在第二条第三款中的“…”后增加…, 在第三十九条
    # 第二项中的“…”后增加…: never the 项's label quoted as words, “（二）严重违反用人单位”, an audit's)
    units = _cited_units(unit, sep) if unit is not None else {}
    parts = []
    for kind, words, new_words, at in edits:
        # (words said once for every place the article has them: the article; words unique in their 项 or 款:
        # the smallest of these, which it must be where the article has them more than once)
        held = sorted(((b - a, said) for (a, b), said in units.items()
                       if at >= 0 and a <= at and at + len(words) <= b and old.count(words, a, b) == 1), key=lambda x: x[0])
        where = held[0][1] if held else cite(eid)
        if kind == "replace":
            parts.append(f"将{where}中的“{_quote(words)}”修改为“{_quote(new_words)}”")
        elif kind == "delete":
            parts.append(f"删去{where}中的“{_quote(words)}”")
        else:
            parts.append(f"在{where}中的“{_quote(words)}”后增加“{_quote(new_words)}”")
    said = "；".join(parts)
    # (words quoted whole with their own 。 end the instruction: never 。”。, GB/T 15834's 他说：“…。”)
    return said if said.endswith(("。”", "！”", "？”")) else said + "。"


def _en_cite(eid: str, noun: str = "Article") -> str:
    """Article 5(2), or Section 5(2) in a bill whose articles are sections; a new one as such laws
    number it (Article 5a, a bill's Section 5A, for art_5-1)."""
    first, *rest = cite(eid, "en").split("(", 1)
    number = lettered(split_eid(eid)[0][1], noun == "Section")  # Section 5A, Article 5a
    return f"{noun} {number}" + ("(" + rest[0] if rest else "") if first.startswith("Article ") else cite(eid, "en")


def _en_word(text: str, k: int) -> bool:
    """Whether the character at ``k`` of ``text`` is a word's: a letter or digit, or an apostrophe or hyphen
    between two (member's, sub-processor)."""
    if not 0 <= k < len(text):
        return False
    return text[k].isalnum() or (text[k] in "'’-" and _en_word_letter(text, k - 1) and _en_word_letter(text, k + 1))


def _en_word_letter(text: str, k: int) -> bool:
    return 0 <= k < len(text) and text[k].isalnum()


#: The single quotation marks an English act quotes a defined term in ('representative', ‘representative’).
_SINGLE_QUOTES = "'‘’"


def _loose_quotes(text: str) -> int:
    """How many single quotation marks ``text`` holds that are no apostrophe (one between two letters: controller's)."""
    return sum(1 for k, ch in enumerate(text) if ch in _SINGLE_QUOTES
               and not (0 < k < len(text) - 1 and text[k - 1].isalnum() and text[k + 1].isalnum()))  # fmt: skip


def _en_cuts(text: str, k: int) -> bool:
    """Whether position ``k`` of ``text`` stands inside a word (a word's characters on both sides)."""
    return 0 < k < len(text) and _en_word(text, k - 1) and _en_word(text, k)


def _en_quote(old: str, new: str, scopes: Sequence[tuple[int, int]],
              merge: int = 0) -> tuple[str, str, int, int] | None:  # fmt: skip
    """The one replacement of an English article's words (old words, new words, where the old first stand, in how
    many places) that makes ``old`` ``new``, or None: both start and end on a word's boundary, whole words (a
    trial's GDPR instrument quoted “iate ” → “iate and proportionate ”), never on a space, the old ones unique in
    the paragraph (of ``scopes``) they stand in, or changed alike wherever the article (or that paragraph) has them
    (“72” → “96” twice: said once). With ``merge``, the changes of a line near each other (1) or all of them (2)
    are one replacement, as :func:`_small_edits`."""
    from ..review.redline import whole_words

    spans = diff(old, new).spans()
    if not spans or any("\n" in old[s.start:s.end] + s.new for s in spans):
        return None
    if not merge and (len(spans) > 3 or sum(max(s.end - s.start, len(s.new)) for s in spans) > WORD_LEVEL_MAX):
        return None  # (a large change: the article rewritten, by design)
    # each change's words (start, end, the changes in them), widened until neither end cuts a word, the old
    # text's or the new one's; those that then touch are one
    groups = [(sp.start, sp.end, [sp]) for sp in whole_words(old, spans)]

    def made(a: int, b: int, inside: list[Span]) -> str:
        out, at = [], a
        for sp in inside:
            out += [old[at:sp.start], sp.new]
            at = sp.end
        return "".join(out) + old[at:b]

    def line(at: int) -> int:
        return old.count("\n", 0, at)

    for _ in range(len(old) + 1):
        widened: list[tuple[int, int, list[Span]]] = []
        for a, b, inside in groups:
            put = made(a, b, inside)
            full, shift = old[:a] + put + old[b:], len(put) - (b - a)
            while a > 0 and (_en_cuts(old, a) or _en_cuts(full, a)):
                a -= 1
            while b < len(old) and (_en_cuts(old, b) or _en_cuts(full, b + shift)):
                b += 1
            last = widened[-1] if widened else None
            gap = MERGE_GAP * 2 if merge == 1 else None
            if last is not None and (last[1] >= a or (merge and line(last[1]) == line(a) and
                                                      (gap is None or a - last[1] <= gap))):  # fmt: skip
                widened[-1] = (last[0], max(last[1], b), [*last[2], *inside])
            else:
                widened.append((a, b, inside))
        if [g[:2] for g in widened] == [g[:2] for g in groups]:
            break
        groups = widened
    pairs = [(a, b, made(a, b, inside)) for a, b, inside in groups]
    trimmed = []
    for a, b, put in pairs:  # (the spaces both sides share, left out: “appropriate”, never “appropriate ”)
        while a < b and put and old[a] == put[0] and old[a].isspace():
            a, put = a + 1, put[1:]
        while a < b and put and old[b - 1] == put[-1] and old[b - 1].isspace():
            b, put = b - 1, put[:-1]
        trimmed.append((a, b, put))
    if len(trimmed) > 1:
        # the same words changed alike wherever the article has them ("72 hours" twice): said once, as the article's
        said = {(old[a:b], put) for a, b, put in trimmed}
        words, put = next(iter(said))
        pa, pb = _scope(old, trimmed[0][0], scopes)
        if len(said) == 1 and any(_en_word(words, k) for k in range(len(words))) and \
                not any(ch.isspace() for ch in words[:1] + words[-1:] + put[:1] + put[-1:]) and \
                (old.count(words) == len(trimmed) or (all(pa <= a and b <= pb for a, b, _ in trimmed) and
                                                     old.count(words, pa, pb) == len(trimmed))):  # fmt: skip
            return words, put, trimmed[0][0], len(trimmed)
        return None
    a, b, put = trimmed[0]
    pa, pb = _scope(old, a, scopes)
    if b > pb:
        return None
    while True:
        # (the words before, then after, taken in whole until the old words are words, unique in their paragraph,
        # and neither they nor the new ones start or end with a space)
        while a < b and put and old[a] == put[0] and old[a].isspace():
            a, put = a + 1, put[1:]
        while a < b and put and old[b - 1] == put[-1] and old[b - 1].isspace():
            b, put = b - 1, put[:-1]
        words = old[a:b]
        if _loose_quotes(words) % 2 or _loose_quotes(put) % 2:
            # a term's quotation mark left on one side ('representative' means → “representative'”): the pair
            # taken whole, the mark before or after the words with them
            if a > pa and old[a - 1] in _SINGLE_QUOTES:
                a, put = a - 1, old[a - 1] + put
                continue
            if b < pb and old[b] in _SINGLE_QUOTES:
                b, put = b + 1, put + old[b]
                continue
        spaced_left = words[:1].isspace() or put[:1].isspace()
        spaced_right = words[-1:].isspace() or put[-1:].isspace()
        if any(_en_word(words, k) for k in range(len(words))) and old.count(words, pa, pb) == 1 and \
                not spaced_left and not spaced_right:  # fmt: skip
            break
        # (into the words before first, as words put in are quoted after them: “appropriate” → “appropriate and
        # proportionate”; after them where only the end stands on a space)
        left = a > pa and old[a - 1] != "\n"
        right = b < pb and old[b] != "\n"
        named = any(_en_word(words, k) for k in range(len(words))) and old.count(words, pa, pb) == 1
        if left and (not right or not (named and spaced_right and not spaced_left)):
            x = a  # (over the marks and spaces before, then the word before them)
            while x > pa and not _en_word(old, x - 1) and old[x - 1] != "\n":
                x -= 1
            while x > pa and _en_word(old, x - 1):
                x -= 1
            if not any(_en_word(old, k) for k in range(x, a)):
                return None  # (no word before the line's start: spaces or marks alone)
            put, a = old[x:a] + put, x
        elif right:
            y = b
            while y < pb and not _en_word(old, y) and old[y] != "\n":
                y += 1
            while y < pb and _en_word(old, y):
                y += 1
            if not any(_en_word(old, k) for k in range(b, y)):
                return None
            put, b = put + old[b:y], y
        else:
            return None
    if b - a > 2 * WORD_LEVEL_MAX or len(put) > 2 * WORD_LEVEL_MAX:
        return None
    return words, put, a, 1


def _en_item(eid: str, old: str, new: str | None, noun: str = "Article", merge: int = 0, unit: Unit | None = None,
             sep: str = "\n", usage: Mapping[str, int] | None = None, english: bool = False) -> list[str]:  # fmt: skip
    where = _en_cite(eid, noun)
    if new is None:
        return [f"{where} is deleted."]
    scopes = _kuan_spans(unit, sep)
    if english:  # an English draft's words: whole words (see _en_quote)
        quote = _en_quote(old, new, scopes, merge)
        if quote is None:
            return [f"{where} is amended to read: " + _quoted_lines(new, "en")[0], *_quoted_lines(new, "en")[1:]]
        words, put, at, times = quote
        if old.count(words) != times:  # unique in its paragraph (or changed alike wherever it has them): Article 65(1)
            paras = {e: span for e, span in unit_spans(unit, sep).items() if e.count("__") == 1 and "__para_" in e} \
                if unit is not None else {}  # fmt: skip
            held = [e for e, (a, b) in paras.items()
                    if a <= at and at + len(words) <= b and old.count(words, a, b) == times]
            if len(held) != 1:
                return [f"{where} is amended to read: " + _quoted_lines(new, "en")[0], *_quoted_lines(new, "en")[1:]]
            where = _en_cite(held[0], noun)
        if not put:
            return [f"In {where}, “{_quote(words)}” is deleted."]
        return [f"In {where}, “{_quote(words)}” is replaced by “{_quote(put)}”."]
    edits = _small_edits(old, new, usage, merge, scopes)
    if edits is None or len(edits) != 1 or edits[0][0] != "replace":
        return [f"{where} is amended to read: " + _quoted_lines(new, "en")[0], *_quoted_lines(new, "en")[1:]]
    _, words, new_words, at = edits[0]
    if old.count(words) != 1:  # unique in its paragraph: Article 65(1)
        paras = {e: span for e, span in unit_spans(unit, sep).items() if e.count("__") == 1 and "__para_" in e} \
            if unit is not None and at >= 0 else {}  # fmt: skip
        held = [e for e, (a, b) in paras.items() if a <= at and at + len(words) <= b and old.count(words, a, b) == 1]
        if len(held) != 1:
            return [f"{where} is amended to read: " + _quoted_lines(new, "en")[0], *_quoted_lines(new, "en")[1:]]
        where = _en_cite(held[0], noun)
    return [f"In {where}, “{_quote(words)}” is replaced by “{_quote(new_words)}”."]


def _full(eid: str, new: str, lang: str, noun: str = "Article") -> list[str]:
    lines = _quoted_lines(new, lang)
    head = f"将{cite(eid)}修改为：" if lang == "zh" else f"{_en_cite(eid, noun)} is amended to read: "
    return [head + lines[0], *lines[1:]]


def _insertion(after: str, number: str, text: str, lang: str, noun: str = "Article") -> list[str]:
    lines = _quoted_lines(text, lang)
    if lang == "zh":
        return [f"在{cite(after)}后增加一条，作为{cite(number)}：" + lines[0], *lines[1:]]
    return [f"The following {_en_cite(number, noun)} is inserted after {_en_cite(after, noun)}: " + lines[0], *lines[1:]]


def _next_number(after: str, taken: set[str]) -> str:
    base, _, sub = split_eid(after)[0][1].partition("-")
    k = int(sub or 0) + 1
    while f"art_{base}-{k}" in taken:
        k += 1
    taken.add(f"art_{base}-{k}")
    return f"art_{base}-{k}"


def write_instrument(base: Draft, changes: Mapping[str, str | None], insertions: Sequence[tuple[str, str]] = (),
                     *, lang: str = "zh", title: str = "", preamble: str = "",
                     profile: Profile | None = None) -> tuple[str, list[Instruction]]:  # fmt: skip
    """The instrument (markdown) that turns ``base`` into the proposals.

    ``changes`` maps article eids to their proposed text (None deletes the article);
    ``insertions`` are (eid of the article before, text) for new articles, numbered 之一,
    之二 after it. Returns the text and the instructions, in law order; an instruction that rewrites
    its article whole only because its targeted items would not apply back says why
    (``whole_because``).
    """
    from ..registry import get_profile

    profile = profile or get_profile(base.profile)
    sep = body_separator(base)
    order = {v.unit.eid: k for k, v in enumerate(base.articles())}
    bodies = {v.unit.eid: v.unit.body(sep) for v in base.articles()}
    units = {v.unit.eid: v.unit for v in base.articles()}
    taken = set(order)
    # (which characters make words: a Chinese law's, whatever the instrument's language)
    # (and the terms it writes, that quoted words are never cut inside of: 「法律、行政法规」, never 「、行政」)
    usage = LawWords("\n".join(bodies.values())) if lang == "zh" or any(is_han(ch) for ch in "".join(bodies.values())[:200]) \
        else None  # fmt: skip
    # a bill's articles are sections (Section 5, Section 5A), as its labels print them
    noun = "Section" if lang == "en" and any(v.unit.label.startswith("Section ") for v in base.articles()[:1]) else "Article"
    # an English draft's words are quoted whole (never “iate ” of appropriate: a trial's GDPR instrument)
    english = base.profile.startswith("en")

    def item(eid: str, new: str | None, merge: int) -> tuple[str, ...]:
        return tuple(_zh_item(eid, bodies[eid], new, units[eid], sep, usage, merge) if lang == "zh"
                     else _en_item(eid, bodies[eid], new, noun, merge, units[eid], sep, usage, english))  # fmt: skip

    entries: list[tuple[tuple[int, int], Instruction]] = []
    for eid, new in changes.items():
        if eid not in bodies or new == bodies[eid]:
            continue
        entries.append(((order[eid], 0), Instruction(eid, item(eid, new, 0))))
    placed: dict[str, str] = {}  # per article: the last new one put after it, which the next follows
    for k, (after, text) in enumerate(insertions, 1):
        number = _next_number(after, taken)
        # 在第四十九条之一后增加一条，作为第四十九条之二: each after the one before it, so that the
        # instrument reads (and applies) in the order proposed
        # (right after the article it was proposed after, as the submission prints it: the law's own 之一 may
        # follow it, numbered before it; renumbering the law's articles is for the legislature)
        entries.append(((order.get(after, len(order)), k),
                        Instruction(number, tuple(_insertion(placed.get(after, after), number, text, lang, noun)))))
        placed[after] = number
    entries.sort(key=lambda e: e[0])
    instructions = [e[1] for e in entries]
    heading = title or (f"关于修改《{base.title}》的建议" if lang == "zh" else f"Proposed amendments to {base.title}")
    # Check: applied back, every item must give exactly the proposed text. An article's items that do
    # not are said otherwise, that article alone: its changes of each line as one replacement (words
    # unique in the article), else the whole article, saying why (``whole_because``; the export warns)
    tried: dict[int, int] = {}  # instruction → the last of its forms tried (0: the first, 3: in full)
    seen: dict[int, set[tuple[str, ...]]] = {k: {ins.paragraphs} for k, ins in enumerate(instructions)}
    first_why: dict[int, str] = {}  # instruction → what its first form gave
    whole = {k: tuple(_full(ins.eid, want, lang, noun)) for k, ins in enumerate(instructions)
             if ins.eid in bodies and (want := changes.get(ins.eid)) is not None}  # fmt: skip

    def demotable(k: int) -> bool:  # an article changed by a form other than its whole text
        return k in whole and instructions[k].paragraphs != whole[k]

    # an article whose first form is its whole text although the change is small (its words not unique in
    # the article, two quotes overlapping): its other forms are tried as for one that does not apply back,
    # and written whole only when none fits, saying so (a trial's 对外贸易法 第六十五条, 行政 taken out of
    # one 款's 行政处分, went out whole, silently)
    for k, ins in enumerate(instructions):
        if k not in whole or demotable(k) or large_change(bodies[ins.eid], changes[ins.eid] or ""):
            continue
        for level in (1, 2):
            if (form := item(ins.eid, changes[ins.eid], level)) != whole[k]:
                instructions[k], tried[k] = Instruction(ins.eid, form), level
                seen[k].add(form)
                break
        else:
            instructions[k] = Instruction(ins.eid, whole[k], _unsaid(bodies[ins.eid], changes[ins.eid] or "", usage))

    for _ in range(3 * len(instructions) + 1):
        text = _render(instructions, lang, heading, preamble)
        failed: dict[int, str] = {}
        try:
            applied, _ = apply_operations(base, instrument_from_text(text).operations, profile)
        except AmendmentError as exc:
            why = str(exc)
            named = re.search(r"\bitem ([〇零一二三四五六七八九十百千]+)\b", why)
            at = next((k for k in range(len(instructions)) if named and int_to_cn(k + 1) == named.group(1)), None)
            reason = re.sub(r"^line \d+, item [^:]+: ", "", why)
            if at is not None and demotable(at):
                failed[at] = reason
            else:  # (of no item one can say otherwise: each written in full, as before)
                failed = {k: reason for k in range(len(instructions)) if demotable(k)}
        else:
            got = {v.unit.eid: v.unit.body(sep) for v in applied.articles()}
            for k, ins in enumerate(instructions):
                want = changes.get(ins.eid)
                if demotable(k) and want is not None and got.get(ins.eid) != want:
                    failed[k] = _gave(got.get(ins.eid), want)
        if not failed:
            break
        for k, why in failed.items():
            ins, want = instructions[k], changes[instructions[k].eid]
            first_why.setdefault(k, why)
            # the next form not yet tried, checked in turn: near changes of a line merged, then all of it
            level = tried.get(k, 0) + 1
            while level <= 2 and (form := item(ins.eid, want, level)) in (*seen.setdefault(k, set()), whole[k]):
                level += 1
            tried[k] = level
            if level <= 2:
                instructions[k] = Instruction(ins.eid, form)
                seen[k].add(form)
            else:
                instructions[k] = Instruction(ins.eid, whole[k], first_why[k])
    # articles (or 款, 项) taken out or put in: the closing sentence the NPC's decisions end with, that the
    # law's articles are numbered in order (applying it renumbers them, and the citations of those that move)
    closing = closing_clause(instructions, lang, noun, english=english)
    if closing and english:
        # (EU practice renumbers nothing it need not: an article taken out closes with the renumbering only where
        # that shifts a number, not the law's last article taken out, nor one taken out for the Article 1a put in)
        try:
            _, shifts = apply_operations(base, instrument_from_text(_render(instructions, lang, heading, preamble,
                                                                            closing)).operations, profile)  # fmt: skip
        except LawcommentError:  # (an instrument that does not read back: the sentence kept, as a Chinese one's)
            shifts = None
        if shifts is not None and not shifts.renumbered:
            closing = ""
    return _render(instructions, lang, heading, preamble, closing), instructions


#: The closing sentences: articles put in or taken out, or only 款 and 项 (applying either numbers the
#: articles in order, as 条文顺序作相应调整 reads; see amendment.parse)
CLOSING = {("zh", "Article"): "此外，对条文顺序作相应调整。", ("zh", "Section"): "此外，对条文顺序作相应调整。",
           ("en", "Article"): "The Articles are renumbered accordingly.",
           ("en", "Section"): "The Sections are renumbered accordingly."}  # fmt: skip
CLOSING_KUAN = {"zh": "此外，对条款顺序作相应调整。", "en": "The paragraphs and items are renumbered accordingly."}
_ARTICLE_IN_OUT = re.compile(r"^(?:删去第[^条款项“”]+条。|在第[^“”：]+条后增加一条|(?:Article|Section) \S+ is deleted\.)")
#: An English item putting in an article (The following Article 30a is inserted …): a Chinese draft's, in English,
#: renumbers as its 在第三十条后增加一条 does; an English draft's does not (:func:`closing_clause`)
_ARTICLE_IN = re.compile(r"^The following ")
_KUAN_IN_OUT = re.compile(r"(?:^|；)(?:删去第[^“”]+条第[^“”]+[款项]。|在第[^“”]+?(?:中|后)增加一[款项])")


def closing_clause(instructions: Sequence[Instruction], lang: str, noun: str = "Article", *, english: bool = False) -> str:
    """The instrument's closing sentence: 此外，对条文顺序作相应调整。 where its items take out or put in
    articles, 此外，对条款顺序作相应调整。 where only 款 or 项; else none. In English only an article taken out
    renumbers: one put in is lettered (Article 30a, a bill's Section 1A) and shifts no number, as EU
    practice inserts it (a trial's GDPR instrument, Article 30a put in, closed with the Articles renumbered
    and was warned of 170 citations it shifted); :func:`write_instrument` leaves it out where the articles taken out
    shift no number either. ``english``: the draft is in English (a Chinese draft's instrument in English renumbers
    as its Chinese one does, an article put in included)."""
    if any(_ARTICLE_IN_OUT.match(ins.paragraphs[0]) or (not english and _ARTICLE_IN.match(ins.paragraphs[0]))
           for ins in instructions):  # fmt: skip
        return CLOSING[(lang, noun)]
    if any(_KUAN_IN_OUT.search(ins.paragraphs[0]) for ins in instructions):
        return CLOSING_KUAN[lang]
    return ""


def renumbered_citations(base: Draft, text: str, target: str, profile: Profile | None = None) -> list[str]:
    """The export's warnings (``warning: …`` lines without the word) of the law's own citations of articles
    whose numbers the instrument ``text`` shifts (its closing 此外，对条文顺序作相应调整。): applying it cites
    them by their new numbers, which the committee should check (a deleted article's own citations the
    merge warns of)."""
    from ..registry import get_profile

    try:
        _, report = apply_operations(base, instrument_from_text(text).operations, profile or get_profile(base.profile))
    except AmendmentError:
        return []
    # (each citing article as the committee knows it: the base's by its number there, one the instrument puts
    # in by the number the instrument gives it, 第一条之一, never the number it takes once renumbered: a review)
    back = {new: old for old, new in report.eids if new}
    put_in: dict[str, str] = {}  # an article the instrument puts in → its number there (art_1-1, 第一条之一)
    last, k = "", 0
    for eid in sorted({*back, *report.added}, key=_article_order):
        if eid in back:
            last, k = back[eid], 0
        elif last and "-" not in last:
            k += 1
            put_in[eid] = f"{last}-{k}"
    # a draft with articles of its own numbered 之一 (第二十四条之一) is renumbered by its own doing too: the
    # citations that shift the same way without the instrument's articles are the draft's to mind, not
    # the committee's (a trial's instrument adding one article was warned of fourteen shifts it made none of)
    own: set[tuple[str, str, str]] = set()
    if any("-" in v.unit.eid for v in base.articles()):
        try:
            _, alone = apply_operations(base, instrument_from_text(closing_clause_text(text)).operations,
                                        profile or get_profile(base.profile))  # fmt: skip
            was_alone = {new: old for old, new in alone.eids if new}  # (each citing article by its number in the base)
            own = {(was_alone.get(eid, eid), before, after) for eid, before, after in alone.references}
        except AmendmentError:
            pass
    # (each citation once per article: 第一百零四条 cites 第一百零三条 twice, one thing to check)
    named = _citer(base)
    return list(dict.fromkeys(
        f"{named(was)} ({was}) cites 「{before}」, which is 「{after}」 in {target} once the articles are renumbered: "
        "check the citation" for eid, before, after in report.references
        if (was := back.get(eid) or put_in.get(eid) or eid) and (was, before, after) not in own))  # fmt: skip


def closing_clause_text(text: str) -> str:
    """An instrument of ``text``'s heading and closing sentence alone (its items left out): what
    renumbering the law does without them."""
    lines = [line for line in text.split("\n") if line.strip()]
    closing = [line for line in lines if line.strip() in (*CLOSING.values(), *CLOSING_KUAN.values())]
    return "\n\n".join([*lines[:2], *closing]) + "\n"


def _article_order(eid: str) -> tuple[int, int]:
    """An article's eid (art_12, art_12-1) as a key that sorts articles in the law's order."""
    base, _, sub = eid.split("__", 1)[0].removeprefix("art_").partition("-")
    return (int(base) if base.isdigit() else 0, int(sub) if sub.isdigit() else 0)


def large_change(old: str, new: str) -> bool:
    """Whether the change of an article's text ``old`` to ``new`` is one the instrument says by rewriting the
    article whole, by design: more than :data:`WORD_LEVEL_MAX` characters changed, more than three places,
    or lines (款, 项) split, joined, put in or taken out."""
    spans = diff(old, new).spans()
    return len(spans) > 3 or sum(max(s.end - s.start, len(s.new)) for s in spans) > WORD_LEVEL_MAX or \
        any("\n" in old[s.start:s.end] + s.new for s in spans)  # fmt: skip


def _unsaid(old: str, new: str, usage: Mapping[str, int] | None) -> str:
    """Why a small change of an article is written whole: no targeted form quotes it apart (its first change)."""
    spans = diff(old, new).spans()
    s = spans[0]
    a, b = readable_span(old, s.start, s.end, s.new, usage)
    return (f"no targeted form quotes its {len(spans)} change(s) apart: 「{old[a:b]}」 → "
            f"「{old[a:s.start] + s.new + old[s.end:b]}」")


def _gave(got: str | None, want: str) -> str:
    """What applying an article's items back gave, where it differs from the proposed text."""
    if got is None:
        return "applied back, the article is not in the law they give"
    p = next((k for k, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    q = 0
    while q < min(len(got), len(want)) - p and got[-1 - q] == want[-1 - q]:
        q += 1
    a = max(0, p - 6)

    def cut(text: str) -> str:
        words = text[a:len(text) - max(0, q - 6)]
        return (words if len(words) <= 40 else words[:38] + "…").replace("\n", "⏎")

    return f"applied back, they give 「{cut(got)}」 where it reads 「{cut(want)}」"


def rewritten_whole(instructions: Sequence[Instruction], target: str, draft: Draft | None = None) -> list[str]:
    """The export's warnings (``warning: …`` lines without the word) of the articles the instrument
    rewrites whole although their change is not large (:func:`large_change`): as their targeted items would
    not apply back to the proposed text, or as no targeted form quotes their change apart. Each article
    cited as ``draft`` cites it, in its language (an English draft's warnings cited 第十二条: a trial's)."""
    named = _citer(draft)
    return [f"{named(ins.eid)} ({ins.eid}) is rewritten whole in {target}, though its change is small: {ins.whole_because}"
            if ins.whole_because.startswith("no targeted form") else
            f"{named(ins.eid)} ({ins.eid}) is rewritten whole in {target}: its targeted items do not apply back to "
            f"the committee's text ({ins.whole_because})" for ins in instructions if ins.whole_because]


def _citer(draft: Draft | None) -> Callable[[str], str]:
    """How a warning cites a unit of ``draft``: as the draft's labels cite it, in its language (Section 5 of a
    bill, Article 12 of an English act); without a draft, as Chinese cites it."""
    if draft is None:
        return cite
    lang = "en" if draft.profile.startswith("en") else "zh"
    return lambda eid: law_citation(draft, eid, lang)


def _render(instructions: list[Instruction], lang: str, title: str, preamble: str, closing: str = "") -> str:
    out = [f"# {title}", ""]
    if preamble:
        out += [preamble, ""]
    for n, ins in enumerate(instructions, 1):
        mark = f"{int_to_cn(n)}、" if lang == "zh" else f"{n}. "
        out += [mark + ins.paragraphs[0], ""]
        for para in ins.paragraphs[1:]:
            out += [para, ""]
    if closing:
        out += [closing, ""]
    return "\n".join(out).rstrip("\n") + "\n"


def instrument_docx(markdown: str) -> bytes:
    """The instrument as a Word file: a centred title, then one paragraph per line."""
    import io

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):  # a stale copy of styles.xml that validators flag
            doc.part.drop_rel(rel_id)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    lines = [x for x in markdown.split("\n") if x.strip()]
    title = lines.pop(0)[2:] if lines and lines[0].startswith("# ") else ""
    if title:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(title).bold = True
        doc.core_properties.title = title
    for line in lines:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def consultation_instrument(view: Consultation, options: ExportOptions) -> tuple[str, list[Instruction]]:
    """The instrument ``export --format amendment`` writes (markdown) and its instructions: the
    committee's positions (:func:`proposals`), titled and introduced as ``options`` say."""
    from ..exports import LABELS

    from ..exports.text import intro_markdown

    changes, insertions = proposals(view)
    opening = (f"{options.association or LABELS[options.lang]['committee']}建议对《{view.title}》作如下修改："
               if options.lang == "zh" else f"{view.title} is amended as follows:")  # fmt: skip
    # the general opinion (--intro, Markdown) before the opening sentence, never in its place: a trial's instrument
    # lost 建议对《…》作如下修改： and printed the opinion's ## and - as they were typed
    intro = intro_markdown(options.intro, options.lang).strip() if options.intro.strip() else ""
    heading = f"关于修改《{view.title}》的建议" if options.lang == "zh" else f"Proposed amendments to {view.title}"
    # titled as its preamble names the draft: as it was stored (draft add --title), not the file's heading
    return write_instrument(view.draft, changes, insertions, lang=options.lang, title=heading,
                            preamble=f"{intro}\n\n{opening}" if intro else opening)  # fmt: skip


def proposals(view: Consultation) -> tuple[dict[str, str | None], list[tuple[str, str]]]:
    """The committee's positions of a Consultation as (changes, insertions) for
    :func:`write_instrument`: changed articles' texts (None when deleted) and new articles,
    as the view submits them (by default only what staff accepted; see
    :class:`lawcomment.consultation.view.Item`)."""
    from ..model import Kind

    changes: dict[str, str | None] = {}
    insertions: list[tuple[str, str]] = []
    for item in view.items:
        if item.kind is not Kind.ARTICLE or not item.changed:
            continue
        if item.text != item.position.base:
            changes[item.eid] = item.text if item.text.strip() else None
        insertions.extend((ins.after, ins.text) for ins in item.insertions)
    return changes, insertions
