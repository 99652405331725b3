"""Turn a Source (blocks) into a Draft (a unit tree with eids), under a structure profile.

The parser never drops a character: every block lands in exactly one unit, the title,
the front matter or the table of contents, and ``verify_fidelity`` checks it each time
(against the file's own runs, when the importer gives them). A source past the caps of
lawcomment.limits (paragraphs, characters, articles) is refused before it is parsed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter

from ..errors import InputError
from ..frozen import maker
from ..lazy import lazy_pattern
from ..limits import MAX_ARTICLES, MAX_PARAGRAPHS, MAX_TEXT_CHARS, count
from ..model import EID_TOKENS, Diagnostic, Draft, Footnote, Kind, Reference, Severity, Unit
from .ids import article_num
from .normalize import clean, squash
from .numerals import letters_to_int, parse_number, roman_to_int
from .profiles import Profile
from .references import find_references
from .source import Block, Source

_CONTAINER_RANK = {Kind.PART: 0, Kind.SUBPART: 1, Kind.CHAPTER: 2, Kind.SECTION: 3}
_SENTENCE_END = ("。", "；", ";", "，", ",", "：", ":", ".")
_PAGE_NUMBER = lazy_pattern(r"[\s.·…．]*\d+$")
_SUBTITLE = re.compile(r"^[（(][^（()）]{1,40}[）)]$")
#: A table's caption: words ending with 表 (or a list's name), its number and a note in brackets
#: (个人所得税税率表一（综合所得适用）, 附表2, 收费项目清单), or Table 1.
_CAPTION = lazy_pattern(r"(?:表|清单|名录)[〇一二三四五六七八九十\d]*(?:[（(][^（()）]{1,30}[）)])?$|^(?:Table|TABLE)\s+[\dIVXivx]+\b")
#: A note under a table: 注：, 注1：, （注：…）.
_NOTE = lazy_pattern(r"^[（(]?注[〇一二三四五六七八九十\d]*[：:]")
#: Marks that end a sentence: an annex starts after one, never after 「…如下：」 (brackets closing after it
#: looked through: 「…。）」).
_ENDS_SENTENCE = ("。", ".", "！", "？", "!", "?")
#: Words a cross-reference runs on into after its label (第三条规定, 第三条的规定, 第三条第二款, 第三条所称,
#: 第三条至第五条, 第三条、第四条), which no article's text or chapter's heading opens with.
_RUNS_ON = lazy_pattern(r"规定|的|之|第|所|至|、|，|,|款|项|以及|或者|[和及与]第|中的|中规定|中所")
#: How a line that is done ends (closing brackets and quotes looked through): a line ending otherwise
#: (…依照本法) runs on into the next.
_LINE_DONE = ("。", "；", ";", "：", ":", ".", "！", "？", "!", "?")
_CLOSERS = "）)」』”’\"'"
#: What may follow an act's closing formula after its last article (the profile's ``closing``): the
#: signatures (For the Council, The President, M. SCHULZ) and the footnotes a text copy prints
#: there ((1) OJ C 229, 31.7.2012, p. 90.; (4) Directive 95/46/EC of …).
_CLOSING_LINE = lazy_pattern(
    r"(?:For|On behalf of) the [A-Z][^.;:]{0,60}|(?:The )?(?:President|Vice-President|Chair(?:man|woman|person)?|"
    r"Secretary-General|Member of the Commission)|(?:(?:[A-Z][a-z'-]+|(?:[A-Z]\.-?)+) +)*[A-Z]{2}[A-Z'-]*"
    r"(?: +[A-Z]{2,}[A-Z'-]*)*|\(\d{1,3}\) *(?:.*\b(?:OJ|Official Journal)\b.*|(?:Council |Commission )?"
    r"(?:Regulation|Directive|Decision)\b.*)")


def _reads_as_annex(text: str) -> bool:
    """Whether a line reads as an annex's, not an article's: a table's caption (a short line that
    ends no sentence), a note under a table, or a row of one (cells set apart by tabs or |)."""
    return _caption(text) or _NOTE().match(text) is not None or text.count("\t") >= 2 or (
        text.startswith("|") and text.endswith("|") and text.count("|") >= 3)  # fmt: skip


def _caption(text: str) -> bool:
    """Whether a line is a table's caption (税率表一（综合所得适用）): a short line that ends no
    sentence, named as a table."""
    return _heading_like(text) and _CAPTION().search(text) is not None and _NOTE().match(text) is None


def _texts(node: "_Node") -> list[str]:
    """A unit's lines in document order: its own, its children's, its closing words."""
    return [*node.texts, *(t for c in node.children for t in _texts(c)), *node.tails]

#: A Unit from its fields in order, without __init__'s field-by-field setattr (a draft has thousands)
_new_unit = maker(Unit)


class _Node:
    """A unit while the parser builds it (freeze() makes the Units). A plain class, not a
    dataclass: defining one costs every process that parses a draft a fraction of a millisecond."""

    __slots__ = ("children", "heading", "kind", "label", "line", "md_level", "num", "numbered", "rows", "tail_lines",
                 "tails", "texts")  # fmt: skip

    def __init__(self, kind: Kind, line: int | None, label: str = "", num: str | None = None, heading: str = "",
                 texts: list[str] | None = None, rows: tuple[tuple[str, ...], ...] = (), numbered: bool = False,
                 md_level: int | None = None) -> None:  # fmt: skip
        self.kind = kind
        self.line = line
        self.label = label
        self.num = num
        self.heading = heading
        self.texts: list[str] = [] if texts is None else texts
        self.children: list[_Node] = []
        self.tails: list[str] = []
        self.tail_lines: list[int | None] = []  # the line each of the tails stood on
        self.rows = rows
        self.numbered = numbered
        self.md_level = md_level


def _next_free(n: int, taken: set[str]) -> int:
    """The number after ``n`` that no numbered annex has: an annex read from the text after the last
    article (a table, an act's closing text) comes before an ANNEX I, which keeps att_1."""
    n += 1
    while str(n) in taken:
        n += 1
    return n


def _is_roman(label: str) -> bool:
    try:
        roman_to_int(label)
    except ValueError:
        return False
    return True


_HAN = lazy_pattern(r"[\u3400-\u9fff]")
#: A verb that makes words after an English article's label a sentence, not a heading.
_SAYS = lazy_pattern(r"\b(?:shall|may|must|is|are|was|were|be|has|have|had|does|do|apply|applies|means|includes|"
                      r"takes?|comes?|binds?|cease|ceases|will|can|should)\b", re.IGNORECASE)


# (the English patterns below compile on first use: a Chinese law's parse never uses them)
#: A US bill's section as the GPO prints it (SEC. 2., SECTION 1., in capitals): its units are lettered
#: (a) subsection, (1) paragraph, (A) subparagraph, (i) clause, (I) subclause, each level in turn.
_US_SECTION = lazy_pattern(r"^(?:SEC\.|SECTION)\s*\d")
#: One of such a section's labels at a line's start: words, or another label, follow it ((a)(1) Except…).
_US_LABEL = lazy_pattern(r"^\((?P<num>[a-z]{1,4}|[A-Z]{1,4}|\d{1,3})\)(?=\s|$|\()")
#: A unit's heading, up to its em dash: (b) Applicability.— The Federal share…
_US_HEADING = lazy_pattern(r"^(?P<heading>[A-Z][^\u2014\n]{0,150}?\.\u2014)\s*")
#: The Act's short title, set after its last section ("This Act may be cited as …"): closing words.
_SHORT_TITLE = lazy_pattern(r"^This (?:Act|division|title) may be cited as\b")


def _us_candidates(raw: str) -> list[tuple[int, int]]:
    """The levels (0 subsection … 4 subclause) a US bill's label may stand at, with its number at
    each: (c) is the third subsection or clause 100, (i) the ninth subsection or the first clause."""
    if raw.isdigit():
        return [(1, int(raw))]
    if not (raw.islower() or raw.isupper()):
        return []
    lower = raw.islower()
    out = []
    for rank, read in ((0 if lower else 2, letters_to_int), (3 if lower else 4, roman_to_int)):
        try:
            out.append((rank, read(raw)))
        except ValueError:
            pass
    return out


def _us_opened(opened: list[tuple[int, int]], at: tuple[int, int]) -> list[tuple[int, int]]:
    """A US section's open levels once a label is read at ``at``."""
    return [o for o in opened if o[0] < at[0]] + [at]


def _us_fits(opened: list[tuple[int, int]], cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The readings of a label that follow from the open levels: the first of the level below the
    innermost, or the next of an open level (the first label of a section: any first)."""
    if not opened:
        return [c for c in cands if c[1] == 1][:1]
    deepest = opened[-1][0]
    return [c for c in cands if (c[0] == deepest + 1 and c[1] == 1)
            or any(c[0] == level and c[1] == number + 1 for level, number in opened)]  # fmt: skip


def _heading_like(text: str, limit: int = 60) -> bool:
    if not 0 < len(text) <= max(limit, 150) or text.endswith(_SENTENCE_END) or "。" in text:
        return False
    # English says in 70 letters what Chinese says in 25 characters: "Rights of Individuals in
    # Personal Information Processing Activities" is a chapter's heading, in title case; "of the
    # Act applies to all contracts concluded after …" after "Chapter 5" is a sentence
    return len(text) <= limit or (_HAN().search(text) is None and _title_case(text))


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) >= 4]
    return text[:1].isupper() and bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _squeezed(m: re.Match[str]) -> str | None:
    """A Chinese label with spaces inside (第 十 条, 第十二　条) without them, when the label's pattern
    reads it so; None for any other label (Article 12, Section 1., § 5: a space between Latin words
    and numbers is the label's own)."""
    label = m["label"]
    # (a label of letters and numerals, as nearly every one is, has no space: one test in C)
    if label.isalnum() or (" " not in label and "\u3000" not in label and "\u00a0" not in label):
        return None
    squeezed = "".join(label.split())
    again = m.re.match(squeezed)
    if _HAN().search(label) is None or again is None or again["label"] != squeezed:
        return None
    return squeezed


def _seq(num: str) -> tuple[int, int]:
    """An article's or container's number as (number, 之 number): "12-1" → (12, 1), "3" → (3, 0)."""
    base, _, sub = num.partition("-")
    return int(base), int(sub or 0)


def _num(m: re.Match[str], kind: Kind | None = None, previous: _Node | None = None) -> str | None:
    raw = m["num"] or ""
    # 第十 二条: spaces a typesetter put in (said); a number of letters and numerals has none
    if not raw.isalnum() and (" " in raw or "\u3000" in raw or "\u00a0" in raw):
        raw = "".join(raw.split())
    try:
        if kind is Kind.ITEM and raw.isascii() and raw.isalpha():
            base = letters_to_int(raw)  # (c) is the third point, not Roman 100
        elif kind is Kind.SUBITEM and raw.isascii() and raw.isalpha():
            # (i), (ii) are Roman sub-points; (a), (b), (c) under a (1) definition are letters.
            after = previous is not None and previous.label.strip("()").isalpha() and previous.num
            if after and previous is not None and not _is_roman(previous.label.strip("()")) and letters_to_int(raw) == int(after) + 1:
                base = letters_to_int(raw)
            else:
                try:
                    base = roman_to_int(raw)
                except ValueError:
                    base = letters_to_int(raw)
        else:
            base = parse_number(raw)
    except (ValueError, IndexError, TypeError):
        return None
    groups = m.re.groupindex  # only article patterns have these
    if "sub" in groups and (sub := m["sub"]):
        return article_num(base, parse_number(sub))
    if "letter" in groups and (letter := m["letter"]):
        return article_num(base, letters_to_int(letter))
    return str(base)


class _Parser:
    def __init__(self, src: Source, profile: Profile) -> None:
        self.src = src
        self.p = profile
        self.diags: list[Diagnostic] = list(src.diagnostics)
        self.roots: list[_Node] = []
        self.stack: list[_Node] = []  # open containers, outermost first
        self.article: _Node | None = None
        self.para: _Node | None = None
        self.item: _Node | None = None
        self.sub: _Node | None = None
        self.annex: _Node | None = None
        self.preamble: _Node | None = None
        self.expect_heading: _Node | None = None
        self.inline_headings: set[int] = set()  # articles whose heading stood on their label's line (by id)
        self.pending: tuple[str, int] | None = None
        self.title = src.title
        self.front: list[str] = list(src.front_matter)
        # the source's line of each (None where the importer does not say)
        known = len(src.front_lines) == len(src.front_matter)
        self.front_lines: list[int | None] = list(src.front_lines) if known else [None] * len(src.front_matter)
        self.toc: list[str] = []
        self.toc_mode = False
        self.toc_first = ""
        self.seen_structure = False
        self.level_kinds: dict[int, Kind] = {}
        self.footnote_home: dict[str, _Node] = {}
        self.article_rule = profile.article
        self.english = profile.language == "en"  # (a US bill's and an EU act's rules: tested on every line)
        self.containers = profile.containers
        self.articles = 0
        self.last_article: _Node | None = None  # the last numbered article (a spaced label's number is checked)
        self.last_container: dict[Kind, _Node] = {}  # the last numbered 编, 章 … of each kind, anywhere
        # a US bill's section (SEC. 2.): its open levels as (level, number), outermost first, and the level
        # its first label stood at (0: its subsections are its 款; else its one 款's items)
        self.us = False
        self.us_open: list[tuple[int, int]] = []
        self.us_base: int | None = None
        self.us_headed: set[int] = set()  # the levels whose last unit carried a heading ((h) Eighth.—)
        self.us_prev = ""  # the section's last line so far (a lead-in ends with — before its list)
        self.blocks: list[Block] = []
        self.at = 0  # the block being read (a bill's ambiguous label is read with the next one)
        self.loose_lines: dict[int, list[int | None]] = {}  # an English container's lines outside any section (by id)

    # -- helpers -------------------------------------------------------------------
    def warn(self, code: str, message: str, line: int | None, severity: Severity = Severity.WARNING) -> None:
        self.diags.append(Diagnostic(severity, code, message, line))

    def _attach(self, node: _Node) -> None:
        parent = self.annex or (self.stack[-1] if self.stack else None)
        (parent.children if parent else self.roots).append(node)

    def _close_article(self) -> None:
        self.article = self.para = self.item = self.sub = None
        self.us = False

    def _open_container(self, kind: Kind, block: Block, label: str, num: str | None, heading: str) -> _Node:
        self._close_article()
        self.annex = None
        rank = _CONTAINER_RANK[kind]
        while self.stack and _CONTAINER_RANK[self.stack[-1].kind] >= rank:
            self.stack.pop()
        node = _Node(kind, block.line, label=label, num=num, heading=heading, md_level=block.heading_level)
        self._attach(node)
        if num is not None:
            self.last_container[kind] = node
        self.stack.append(node)
        if block.heading_level is not None:
            self.level_kinds[block.heading_level] = kind
        self.seen_structure = True
        return node

    def _home(self) -> _Node:
        """The innermost open unit, where loose text and tables go."""
        for node in (self.sub, self.item, self.para, self.article):
            if node is not None:
                return node
        if self.annex is not None:
            return self.annex
        if self.stack:
            return self.stack[-1]
        if self.preamble is None:
            self.preamble = _Node(Kind.PREAMBLE, None)
            self.roots.append(self.preamble)
        return self.preamble

    # -- main loop -----------------------------------------------------------------
    def run(self) -> Draft:
        blocks = list(self.src.blocks)
        if self.p.article_fallback and not any(self.p.article.pattern.match(b.display) for b in blocks):
            self.article_rule = self.p.article_fallback
            self.containers = tuple(c for c in self.p.containers if c.kind is not Kind.SECTION)
        self.blocks = blocks
        for at, block in enumerate(blocks):
            self.at = at
            self.feed(block)
        if self.pending:
            self._loose(self.pending[0], self.pending[1])
        self._annex_after_last_article()
        self._closing_after_last_article()
        return self.freeze()

    def _last_article(self) -> tuple[_Node | None, int]:
        """The last article (None when the text does not end with one), and where in the roots
        what is taken out of it goes: before the annexes after it."""
        k = len(self.roots)
        while k and self.roots[k - 1].kind is Kind.ANNEX:  # (annexes headed 附件 may follow)
            k -= 1
        article = self.roots[k - 1] if k else None
        while article is not None and article.kind.is_container and article.children:
            article = article.children[-1]
        return (article if article is not None and article.kind is Kind.ARTICLE else None), k

    def _annex_after_last_article(self) -> None:
        """Text after the last article that reads as an annex (a table's caption, a table, a row
        of one, a note: 个人所得税法's 税率表 after 第二十二条, with no 附件 or 附表 heading) is no 款
        of that article: it is read as an annex of its own, from that line to the end (or to the
        annexes headed as such after it), and said. A caption or note counts only after words that
        end a sentence (a table after 「…如下：」 is the article's own), a table without a caption only
        when no more than notes, captions and rows follow it."""
        article, k = self._last_article()
        if article is None:
            return
        before = ""  # the words before the line looked at
        for n, child in enumerate(article.children):
            if child.kind is Kind.TABLE:
                # (a table alone is the article's when words of the article follow it: 违反前款规定的…)
                after = [t for c in article.children[n + 1:] for t in _texts(c)]
                if n and before.rstrip("）)").endswith(_ENDS_SENTENCE) and all(map(_reads_as_annex, after)):
                    return self._annex_from(article, n, -1, k)
                before = "\t".join(child.rows[-1]) if child.rows else before
                continue
            lines = [*child.texts, *(t for c in child.children for t in _texts(c)), *child.tails]
            own = len(lines) - len(child.tails)  # the lines before its tails: its own words and its items'
            for j, text in enumerate(lines):
                if (n or j >= own) and (j == 0 or j >= own) and before.rstrip("）)").endswith(_ENDS_SENTENCE) and \
                        _reads_as_annex(text):  # fmt: skip
                    # (a 款's first line, or one after its items: the closing words read so far)
                    return self._annex_from(article, n, j - own if j >= own else -1, k)
                before = text
        return None

    def _closing_after_last_article(self) -> None:
        """An act's closing text after its last article's last paragraph (This Regulation shall be
        binding in its entirety…, Done at Brussels, 27 April 2016., the signatures, the footnotes a
        text copy prints there: (1) OJ C 229, 31.7.2012, p. 90.) is no text of that article: it is
        kept as closing text of its own (an annex with no heading), and said. It opens with a line
        the profile's ``closing`` matches, after words that end a sentence and on no paragraph's or
        item's label line, and every line after it must read as closing text; else (a table, a
        numbered paragraph, a sentence) all of it stays in the article, and that is said instead."""
        rule = self.p.closing
        article, at = self._last_article() if rule is not None else (None, 0)
        if rule is None or article is None:
            return
        # the article's lines in document order: (its words, the units down to the one holding it,
        # which of that unit's lists, where in it)
        slots: list[tuple[str, list[_Node], str, int]] = []

        def visit(node: _Node, chain: list[_Node]) -> None:
            chain = [*chain, node]
            if node.kind is Kind.TABLE:
                slots.append((" | ".join(node.rows[0]) if node.rows else "", chain, "rows", 0))
                return
            if node.label and not node.texts and node is not article:
                slots.append((node.label, chain, "label", 0))
            for j, text in enumerate(node.texts):
                slots.append((f"{node.label} {text}" if j == 0 and node.label and node is not article else text,
                              chain, "texts", j))  # fmt: skip
            for child in node.children:
                visit(child, chain)
            slots.extend((text, chain, "tails", j) for j, text in enumerate(node.tails))

        visit(article, [])
        start = next((s for s, (text, chain, field, j) in enumerate(slots) if s and len(chain) > 1 and
                      (field == "tails" or field == "texts" and (j or not chain[-1].label)) and
                      rule.match(text)), None)  # fmt: skip
        if start is None:
            return
        shown, chain, field, j = slots[start]
        node = chain[-1]
        line = node.tail_lines[j] if field == "tails" else node.line if j == 0 else next(
            (b.line for b in self.src.blocks if b.rows is None and b.line >= (node.line or 0) and
             clean(b.display)[0] == shown), node.line)  # fmt: skip (a 款's later lines keep no line of their own)
        closing, before = _CLOSING_LINE(), slots[start - 1][0]
        if not before.rstrip(_CLOSERS).endswith(_ENDS_SENTENCE):
            why = f"the words before it ({before[-48:]!r}) end no sentence"
        else:
            odd = next((text for text, _, kind, _ in slots[start + 1:] if kind not in ("texts", "tails") or not (
                rule.match(text) or closing.fullmatch(text))), None)  # fmt: skip
            why = "" if odd is None else f"{odd[:48]!r} after it reads as no closing formula, signature or footnote"
        if why:
            self.warn("closing-text", f"{shown[:48]!r} after the last article, {article.label}, reads as the act's "
                                      f"closing text, but {why}: all of it is kept as {article.label}'s text; check "
                                      "the file", line)  # fmt: skip
            return
        moved = [text for text, *_ in slots[start:]]
        # out of the article: the lines from the one opening the closing text on, and every unit after them
        if field == "texts":
            del node.texts[j:]
            node.children.clear()
        del node.tails[0 if field == "texts" else j:], node.tail_lines[0 if field == "texts" else j:]
        for parent, child in zip(chain[-2::-1], chain[:0:-1], strict=True):
            del parent.children[next(i for i, c in enumerate(parent.children) if c is child) + 1:]
            del parent.tails[:], parent.tail_lines[:]
        if not node.texts and not node.children and not node.label:  # (an unnumbered 款 it opened)
            chain[-2].children.remove(node)
        closing_text = _Node(Kind.ANNEX, line, texts=moved)
        self.roots.insert(at, closing_text)
        (eid,) = self._unnumbered_eids(at, 1)
        what = f"it and the {len(moved) - 1} line(s) after it are" if len(moved) > 1 else "it is"
        self.warn("closing-text", f"{shown[:48]!r} after the last article, {article.label}, reads as the act's closing "
                                  f"text (its closing formula, place and date, signatures and footnotes), not as that "
                                  f"article's text: {what} kept as the draft's closing text ({eid}), out of "
                                  f"{article.label}; check the file", line)  # fmt: skip

    def _numbered_annexes(self) -> set[str]:
        return {r.num for r in self.roots if r.kind is Kind.ANNEX and r.num is not None}

    def _unnumbered_eids(self, at: int, count: int) -> list[str]:
        """The eids freeze() gives the ``count`` annexes with no number from the roots' ``at``-th on."""
        taken, n = self._numbered_annexes(), 0
        for _ in range(sum(1 for r in self.roots[:at] if r.kind is Kind.ANNEX and r.num is None)):
            n = _next_free(n, taken)
        eids: list[str] = []
        for _ in range(count):
            n = _next_free(n, taken)
            eids.append(f"att_{n}")
        return eids

    def _annex_from(self, article: _Node, n: int, tail: int, at: int) -> None:
        """Move the article's children from the ``n``-th on (from its ``tail``-th closing line, when
        not -1: the lines before are its own) into a new annex, put in the roots at ``at``."""
        head = article.children[n]
        moved: list[tuple[str | _Node, int | None]] = []  # each line, or a unit kept whole, with its line
        if tail >= 0:
            moved += zip(head.tails[tail:], head.tail_lines[tail:], strict=True)
            del head.tails[tail:], head.tail_lines[tail:]
            rest = article.children[n + 1:]
        else:
            rest = article.children[n:]
        for child in rest:
            if child.kind is Kind.PARAGRAPH and not child.children and not child.tails and not child.label:
                moved += [(text, child.line) for text in child.texts]  # (a plain 款: its lines, read as the annex's)
            else:
                moved.append((child, child.line))
        del article.children[len(article.children) - len(rest):]
        # each caption opens an annex of its own (税率表一, then 税率表二), the lines after it its text
        annexes: list[_Node] = []
        for piece, where in moved:
            if isinstance(piece, str) and (not annexes or _caption(piece)):
                if _caption(piece):
                    annexes.append(_Node(Kind.ANNEX, where, heading=piece))
                    continue
                annexes.append(_Node(Kind.ANNEX, where))
            elif not annexes:  # (a table first: an annex holds it)
                annexes.append(_Node(Kind.ANNEX, where))
            if isinstance(piece, str):
                self._append_text(annexes[-1], piece, where)
            else:
                annexes[-1].children.append(piece)
        self.roots[at:at] = annexes
        first, line = moved[0]
        shown = first if isinstance(first, str) else _texts(first)[0] if _texts(first) else " | ".join(
            first.rows[0]) if first.rows else first.label  # fmt: skip (a table by its first row)
        eids = ", ".join(self._unnumbered_eids(at, len(annexes)))
        what = f"it and the {len(moved) - 1} line(s) after it are" if len(moved) > 1 else "it is"
        read = "an annex of its own" if len(annexes) == 1 else f"{len(annexes)} annexes of their own"
        self.warn("annex-text", f"{shown[:30]!r} after the last article, {article.label}, reads as an annex (a table's "
                                f"caption, a table or its note), not as that article's text: {what} read as {read} "
                                f"({eids}), kept out of {article.label}; head {'it' if len(annexes) == 1 else 'each'} "
                                "with 附件 or 附表 to say so, or check the file", line)  # fmt: skip

    def feed(self, block: Block) -> None:
        if block.rows is not None:
            # A table in an article belongs to the article (art_5__table_1), after its paragraphs.
            home = self.article or self._home()
            home.children.append(_Node(Kind.TABLE, block.line, rows=block.rows))
            if home is self.article:
                self.para = self.item = self.sub = None
            return
        text, zw = clean(block.display)
        if zw:
            self.warn("zero-width", f"removed {zw} zero-width character(s)", block.line)
        if not text:
            return
        if block.toc:
            if not self.toc:
                self._front_before_toc(block.line)
                self.warn("toc", "table of contents (Word TOC) set aside; it is not law text", block.line, Severity.INFO)
            if self.toc_mode and not self.toc_first:
                # after a 目录 line: the body's heading that repeats the first entry ends the table (a
                # trial's 第一章 总则, set as Heading 1 after Word's TOC lines, was taken as one more)
                self.toc_first = _PAGE_NUMBER().sub("", squash(text))
            self.toc.append(text)
            return
        if (self.toc_mode or not self.seen_structure) and self._toc(block, text):
            return
        if not self.seen_structure:
            if not self.title and not self.roots and not self.toc and self._title(block, text):
                return
            if self.title and not self.preamble and _SUBTITLE.match(text):
                self.front.append(text)  # （草案）, （征求意见稿）
                self.front_lines.append(block.line)
                return
        if self.pending:
            label, line = self.pending
            self.pending = None
            if not self._structural(text):
                text = f"{label} {text}"
                block = Block(text=text, line=line)
            else:
                self._loose(label, line)
        node = self._classify(block, text)
        for fid in block.footnotes:
            self.footnote_home[fid] = node

    def _toc(self, block: Block, text: str) -> bool:
        if self.toc_mode:
            key = _PAGE_NUMBER().sub("", squash(text))
            entry = self._container_match(text, Block(text, block.line, heading_level=1)) is not None
            named = self.p.preamble and self.p.preamble.match(_PAGE_NUMBER().sub("", text).strip())
            if (entry or named) and key != self.toc_first:
                if not self.toc_first:
                    self.toc_first = key
                self.toc.append(text)
                return True
            self.toc_mode = False
            self.warn("toc", f"table of contents ({len(self.toc)} lines) set aside; it is not law text",
                      block.line, Severity.INFO)  # fmt: skip
            return False
        if self.p.toc and not self.seen_structure and self.p.toc.match(text):
            if not self.toc:
                self._front_before_toc(block.line)
            self.toc_mode = True
            self.toc.append(text)
            return True
        return False

    def _front_before_toc(self, line: int | None) -> None:
        """Text before a table of contents is no law text: a 说明 paragraph, a table of the
        revision's main points, a 起草单位 line, set between a draft's title and its 目录. Read so
        far as an unlabelled 序言, it is the front matter instead, said (a 序言 stands after the 目录,
        under its heading; the marked-up copy's reader calls such text the front matter too)."""
        pre = self.preamble
        if pre is None or pre.heading or self.seen_structure or self.articles or pre not in self.roots:
            return
        lines = list(pre.texts)
        # a node knows the line of its first text only (a table's rows share its line)
        at: list[int | None] = [pre.line if k == 0 else None for k in range(len(lines))]
        tables = 0
        for child in pre.children:
            if child.kind is Kind.TABLE:
                tables += 1
                rows = child.rows or ()
                lines.extend("\t".join(row) for row in rows)  # a row a line, its cells set apart
                at.extend(child.line if k == 0 else None for k in range(len(rows)))
            else:
                lines.extend(child.texts)
                at.extend(child.line if k == 0 else None for k in range(len(child.texts)))
        self.roots.remove(pre)
        self.preamble = None
        self.front.extend(lines)
        self.front_lines.extend(at)
        what = f"{len(lines) - sum(len(c.rows or ()) for c in pre.children if c.kind is Kind.TABLE)} paragraph(s)"
        what += f" and {tables} table(s)" if tables else ""
        self.warn("front-matter", f"{what} before the table of contents set aside as front matter; they are not law "
                                  "text (a 序言 comes after the 目录)", line, Severity.INFO)  # fmt: skip

    def _title(self, block: Block, text: str) -> bool:
        if self._structural(text) or not _heading_like(text, 80):
            return False
        self.title = text
        return True

    def _structural(self, text: str) -> bool:
        probe = Block(text, 0)
        return bool(self._container_match(text, probe) or self.article_rule.pattern.match(text)
                    or (self.p.annex and self.p.annex.match(text) and _heading_like(text)))  # fmt: skip

    def _container_match(self, text: str, block: Block) -> tuple[Kind, re.Match[str]] | None:
        if self.src.marked_headings and block.heading_level is None:
            return None
        for rule in self.containers:
            m = rule.pattern.match(text)
            if not m:
                continue
            rest = m["rest"] or ""
            tight = m.groupdict().get("tight")
            if block.heading_level is not None:
                return rule.kind, m
            if tight is None and (not rest or _heading_like(rest)):
                return rule.kind, m
        return None

    def _classify(self, block: Block, text: str) -> _Node:
        p = self.p
        # A title line after a bare "Article 5" / "CHAPTER I".
        if self.expect_heading is not None:
            target, self.expect_heading = self.expect_heading, None
            if _heading_like(text, 200) and not self._structural(text) and not self._is_child_label(text):
                target.heading = text
                return target
        if p.annex and (m := p.annex.match(text)) and (block.heading_level is not None or _heading_like(text)):
            self._close_article()
            self.stack = []
            node = _Node(Kind.ANNEX, block.line, label=m["label"], num=_num(m) if m["num"] else None,
                         heading=(m["rest"] or "").strip())  # fmt: skip
            node.numbered = node.num is not None
            self.roots.append(node)
            self.annex = node
            self.seen_structure = True
            return node
        if self.annex is not None:
            return self._append_text(self.annex, text, block.line)
        # (in markdown only a heading can open a container: no call for the other lines)
        if not (self.src.marked_headings and block.heading_level is None) and (
                found := self._container_match(text, block)):  # fmt: skip
            kind, m = found
            squeezed = _squeezed(m)
            if not self._spaced_text(kind, m, block, squeezed):
                rest = (m["rest"] or m.groupdict().get("tight") or "").strip()
                node = self._open_container(kind, block, self._unspaced(m, kind, block.line, squeezed), _num(m), rest)
                if not rest:
                    self.expect_heading = node
                return node
        if block.heading_level is not None:
            return self._unnumbered_heading(block, text)
        if m := self.article_rule.pattern.match(text):
            squeezed = _squeezed(m)  # (once a line: most labels have no spaces inside, and it is None)
            if not (squeezed and self._spaced_text(Kind.ARTICLE, m, block, squeezed)) and not (
                    self.english and self._cited_in_text(m, block)):  # fmt: skip
                return self._open_article(block, m, squeezed)
        if self.article is not None:
            return self._article_line(block.line, text)
        return self._loose(text, block.line)

    def _unnumbered_heading(self, block: Block, text: str) -> _Node:
        p = self.p
        if p.preamble and p.preamble.match(text):
            self._close_article()
            self.stack = []
            node = _Node(Kind.PREAMBLE, block.line, heading=text)
            self.roots.append(node)
            self.preamble = node
            self.seen_structure = True
            return node
        if m := self.article_rule.pattern.match(text):
            return self._open_article(block, m, _squeezed(m))
        if p.heading_group and (m := p.heading_group.pattern.match(text)):
            return self._open_container(p.heading_group.kind, block, m["label"], _num(m), m["rest"].strip())
        level = block.heading_level or 0
        kind = self.level_kinds.get(level, Kind.CHAPTER)
        self.warn("unnumbered-heading", f"heading {text!r} has no number; read as an unnumbered {kind.value}",
                  block.line, Severity.INFO)  # fmt: skip
        return self._open_container(kind, block, "", None, text)

    def _open_article(self, block: Block, m: re.Match[str], squeezed: str | None) -> _Node:
        self.articles += 1
        if self.articles > MAX_ARTICLES:
            raise InputError(self.src.name, f"too many articles: more than {count(MAX_ARTICLES)} (the limit)")
        self._close_article()
        self.annex = None
        label = m["label"] if squeezed is None else self._unspaced(m, Kind.ARTICLE, block.line, squeezed)
        node = _Node(Kind.ARTICLE, block.line, label=label, num=_num(m))
        node.numbered = node.num is not None
        if node.numbered:
            self.last_article = node
        self._attach(node)
        self.article = node
        self.seen_structure = True
        if self.english:
            self.us = _US_SECTION().match(node.label) is not None
            if self.us:  # (a US section's levels are read only in one)
                self.us_open, self.us_base, self.us_headed, self.us_prev = [], None, set(), ""
        rest = (m["rest"] or "").strip()
        if rest and self.english and self._inline_heading(rest):
            node.heading = rest
            self.inline_headings.add(id(node))
            return node
        if rest:
            return self._article_line(block.line, rest)
        if self.p.title_after_label:
            self.expect_heading = node
        return node

    def _unspaced(self, m: re.Match[str], kind: Kind, line: int | None, squeezed: str | None) -> str:
        """A label as written, but for spaces inside it that a label of the profile does without
        (第 十 条, 第十二　条, 第　十三条: a typesetter's, or a PDF's justified line): those are left
        out, as the spaces after a label are, and said at the line. Its characters all stay; the
        article is then 第十条 wherever it is cited or printed, as the comments cite it. (``squeezed``:
        _squeezed(m), worked out by the caller.)"""
        label = m["label"]
        if squeezed is None:
            return label
        self.warn("spaced-label", f"{label!r} at the start of the line is read as the {kind.value} {squeezed}: the "
                                  "spaces inside its label are left out, as those after a label are; its characters "
                                  "are kept", line)  # fmt: skip
        return squeezed

    def _spaced_text(self, kind: Kind, m: re.Match[str], block: Block, squeezed: str | None) -> bool:
        """Whether a label with spaces inside (第 三 条) at the start of a line is text, not the label
        it looks like: so it is unless it is clearly one. A heading (markdown's #, Word's heading
        styles) is one; another line is one only if its number is the next one (one past the
        article before it, 之一 after its article, 第一条 first; a chapter one past the chapter before
        it in its part, or 第一章), the words after it do not run on as a cross-reference's
        (第 三 条 规定, 第 三 条 的, 第 三 条 第二款) and the line before it is done (a wrapped line's
        「…依照本法」 is not). Read as text, its characters stay as written, said at the line.
        (``squeezed``: _squeezed(m), worked out by the caller.)"""
        if squeezed is None or block.heading_level is not None:
            return False
        rest = (m["rest"] or m.groupdict().get("tight") or "").strip()
        before = [t for t in _texts(self.article) if t] if self.article is not None else []
        num = _num(m)
        why = self._out_of_sequence(kind, num) if num is not None else "its number cannot be read"
        if why is None and _RUNS_ON().match(rest):
            why = f"the words after it, {rest[:8]!r}, run on as a cross-reference's do"
        if why is None and before and not before[-1].rstrip(_CLOSERS).endswith(_LINE_DONE):
            why = f"the line before it ends mid-sentence ({before[-1][-8:]!r}): it reads as that line's words, wrapped"
        if why is None:
            return False
        where = f" of {self.article.label}" if self.article is not None and self.article.label else ""
        self.warn("spaced-label", f"{m['label']!r} at the start of the line looks like the {kind.value} label "
                                  f"{squeezed} with spaces inside, but is read as text{where}, kept as written: {why}",
                  block.line)  # fmt: skip
        return True

    def _out_of_sequence(self, kind: Kind, num: str) -> str | None:
        """Why a label's number is not the one expected next, or None when it is."""
        n, sub = _seq(num)
        if kind is Kind.ARTICLE:
            last = self.last_article
            if last is None or last.num is None:
                ok = (n, sub) == (1, 0)
            else:
                was, was_sub = _seq(last.num)
                ok = (n == was + 1 and not sub) or (n == was and sub == was_sub + 1)
        else:
            rank = _CONTAINER_RANK[kind]
            parents = [c for c in self.stack if _CONTAINER_RANK[c.kind] < rank]
            siblings = parents[-1].children if parents else self.roots
            last = next((c for c in reversed(siblings) if c.kind is kind and c.num is not None), None)
            if last is not None and last.num is not None:
                ok = n == _seq(last.num)[0] + 1
            else:  # the first in its part: 第一章 again, or on from the part before's last (both are next)
                last = self.last_container.get(kind)
                ok = n == 1 or (last is not None and last.num is not None and n == _seq(last.num)[0] + 1)
        if ok:
            return None
        if last is None:
            return f"its number is not the next one (no {kind.value} comes before it, and it is not the first)"
        return f"its number is not the next one ({last.label} comes before it)"

    def _inline_heading(self, rest: str) -> bool:
        """Whether an English article's words after its label are its heading ("Section 5.
        Interpretation", "SEC. 2. DEFINITIONS."), not its first sentence: a few words that end no
        sentence (or a heading in capitals), no child's label."""
        if self.p.language != "en" or self._structural(rest) or self._is_child_label(rest):
            return False
        if not rest[:1].isupper() or re.search("[A-Za-z]{3}", rest) is None:  # "A.", "x": a placeholder's text
            return False
        if self.us and rest.isupper() and rest.endswith(".") and len(rest.split()) <= 40:
            return True  # a bill's section heading in capitals, however long (H.R. 1058's SEC. 2., 17 words)
        if rest.endswith("?") or _SAYS().search(rest):  # a sentence, its full stop left off: its text
            return False
        if rest.isupper() and rest.endswith(".") and len(rest.split()) <= 10:
            return True
        return len(rest.split()) <= 10 and _heading_like(rest) and _HAN().search(rest) is None

    def _is_child_label(self, text: str) -> bool:
        p = self.p
        return any(r and r.pattern.match(text) for r in (p.paragraph, p.item, p.subitem))

    def _cited_in_text(self, m: re.Match[str], block: Block) -> bool:
        """Whether an English article's label at the start of a line names another law's, in words
        of the article before it ("Section 409C of the Public Health Service Act (…) is amended—" in a
        bill's SEC. 2.): its label has no mark after it, the words after it run on in lower case and
        its number is not the next one. It is then that article's text, said at the line."""
        if self.p.language != "en" or self.article is None or block.heading_level is not None:
            return False
        rest, label = (m["rest"] or "").strip(), m["label"].rstrip()
        if label.endswith((".", ":", "-", "\u2013", "\u2014")) or not rest[:1].islower():
            return False
        num = _num(m)
        why = self._out_of_sequence(Kind.ARTICLE, num) if num is not None else "its number cannot be read"
        if why is None:
            return False
        noun = "a section" if self.us else "an article"
        self.warn("label-in-text", f"{label!r} at the start of the line is read as words of {self.article.label}, "
                                   f"not as {noun} of its own: the words after it, {rest[:20]!r}, run on, and {why}",
                  block.line, Severity.INFO)  # fmt: skip
        return True

    def _us_line(self, line: int | None, text: str) -> _Node:
        """A line of a US bill's section (SEC. 104. (a)(1) Except…): each label at the level it
        continues or opens, in the GPO's order (a) (1) (A) (i) (I). The section's first level is its
        款 when lettered (a) (Section 104(b)), else the items of its one 款 (Section 2(1)(A)); the
        levels below are its items and sub-items, and any below those the sub-item's own lines. A
        heading up to its em dash ((b) Applicability.—) is part of the unit's label, as an article's
        title is no words of its body: a member's wording need not repeat it."""
        assert self.article is not None
        m = _US_LABEL().match(text)
        cands = _us_candidates(m["num"]) if m else []
        if m is None or not cands:
            return self._plain_line(line, text)
        label, rest = m.group(0), text[m.end():].strip()
        if not rest:  # (its level is read with them: read now, it would be read twice)
            self.pending = (label, line or 0)  # its words follow on the next line; decided in feed()
            return self.para or self.article
        h = _US_HEADING().match(rest)
        if h is not None and len(h["heading"].split()) > 20:
            h = None
        rank, value = self._us_level(cands, line, label, rest, h is not None)
        while self.us_open and self.us_open[-1][0] >= rank:
            self.us_open.pop()
        self.us_open.append((rank, value))
        if h is not None:
            self.us_headed.add(rank)
        else:
            self.us_headed.discard(rank)
        if self.us_base is None:
            self.us_base = rank
        if h is not None:
            label, rest = f"{label} {h['heading']}", rest[h.end():]
        kinds = (Kind.PARAGRAPH, Kind.ITEM, Kind.SUBITEM) if self.us_base == 0 else (Kind.ITEM, Kind.SUBITEM)
        depth = max(0, rank - self.us_base)
        inner = _US_LABEL().match(rest) is not None
        if depth >= len(kinds):  # below the model's levels: a line of the sub-item it stands in
            host = self.sub or self.item or self.para
            if host is None:
                return self._new_para(text, line)
            self._settle_tails()
            host.texts.append(text)
            return host
        kind = kinds[depth]
        if kind is Kind.SUBITEM and self.item is None:
            kind = Kind.ITEM  # (a level left out: read one up)
        if kind is Kind.PARAGRAPH:
            node = self._new_para("" if inner else rest, line, label, str(value))
        else:
            self._settle_tails()
            node = _Node(kind, line, label=label, num=str(value), numbered=True)
            if rest and not inner:
                node.texts.append(rest)
            self._hang(node, line)
        return self._us_line(line, rest) if inner else node

    def _us_level(self, cands: list[tuple[int, int]], line: int | None = None, label: str = "", rest: str = "",
                  headed: bool = False) -> tuple[int, int]:
        """The level a label stands at: the first of the level below the innermost open one, else the
        next of an open level (innermost first), else its own style's level. Where it fits two levels
        ((i) after (h)(1)(A): subsection 9 or clause 1), the label after it decides ((j) only follows a
        subsection (i)); else the lines around it (a first clause follows a lead-in ending —; a heading
        like its sibling subsection's), said at the line, as the reading may be wrong."""
        fits = _us_fits(self.us_open, cands)
        if not fits:
            return next((c for level, _ in reversed(self.us_open) for c in cands if c[0] == level), cands[0])
        if len(fits) == 1:
            return fits[0]
        after = self._next_us_label(rest)
        settled = [f for f in fits if after and _us_fits(_us_opened(self.us_open, f), after)]
        if len(settled) == 1:
            return settled[0]
        deep, shallow = max(fits), min(fits)
        deepest = self.us_open[-1][0]
        lead_in = self.us_prev.rstrip().endswith(("\u2014", ":", "-", "\u2013"))
        first = deep[0] == deepest + 1 and deep[1] == 1  # the deeper reading opens a list below
        sibling_headed = shallow[0] in self.us_headed
        for_shallow = (first and not lead_in) + (headed and sibling_headed)
        for_deep = (first and lead_in) + (not headed and sibling_headed)
        chosen = shallow if for_shallow > for_deep else deep
        if max(for_shallow, for_deep) == 2 and min(for_shallow, for_deep) == 0:
            return chosen  # its heading and the line before it agree
        names = ("subsection", "paragraph", "subparagraph", "clause", "subclause")

        def reading(c: tuple[int, int]) -> str:
            return f"{names[c[0]]} {c[1]}"

        why = []
        if first:
            why.append(f"the line before it {'ends' if lead_in else 'does not end'} with a lead-in (—)")
        if sibling_headed:
            why.append(f"it has {'a heading, as' if headed else 'no heading, unlike'} the {names[shallow[0]]} before it")
        said = f"; {' and '.join(why)}" if why else ""
        other = deep if chosen is shallow else shallow
        base = self.us_base or 0
        below = chosen[0] - base >= (3 if base == 0 else 2)  # (no unit of its own: a line of the one above)
        held = f", a line of the {names[chosen[0] - 1]} before it" if below else ""
        self.warn("ambiguous-label", f"{label} may be {reading(shallow)} or {reading(deep)}: read as {reading(chosen)}"
                                     f"{held}{said}, and no label after it settles it; if it is {reading(other)}, "
                                     f"correct the source", line)  # fmt: skip
        return chosen

    def _next_us_label(self, rest: str) -> list[tuple[int, int]]:
        """The readings of the next label of the section (on this line, or the next that opens with
        one), none when the section ends first."""
        if (m := _US_LABEL().match(rest)) is not None:
            return _us_candidates(m["num"])
        for block in self.blocks[self.at + 1: self.at + 60]:
            if block.rows is not None:
                continue
            text = clean(block.display)[0]
            if not text:
                continue
            if self.article_rule.pattern.match(text) or self._container_match(text, block) is not None:
                return []
            if (m := _US_LABEL().match(text)) is not None and (cands := _us_candidates(m["num"])):
                return cands
        return []

    def _article_line(self, line: int | None, text: str) -> _Node:
        p = self.p
        assert self.article is not None
        if self.us:
            node = self._us_line(line, text)
            self.us_prev = text
            return node
        # Child labels: 目 inside a 项, then 项, then (English) numbered paragraphs.
        sub_m = p.subitem.pattern.match(text) if p.subitem else None
        item_m = p.item.pattern.match(text) if p.item else None
        if sub_m and self._below_sub(sub_m):
            # the sub-item's own lines: the model has no unit below it, and a sibling (i) beside
            # (a), (b), (c) would give two units one id (a UK bill's (2)(c)(i) "split wrongly")
            assert self.sub is not None
            self.sub.texts.append(text)
            return self.sub
        if sub_m and self.item is not None and not (item_m and self._continues_items(item_m)):
            return self._child(Kind.SUBITEM, sub_m, line)
        if item_m and self.item is not None and self._nested_style(item_m):
            return self._child(Kind.SUBITEM, item_m, line)
        if item_m:
            return self._child(Kind.ITEM, item_m, line)
        if p.paragraph is None:  # every plain line a 款 of its own (PRC style: most lines of a Chinese law)
            return self._new_para(text, line)
        if m := p.paragraph.pattern.match(text):
            return self._child(Kind.PARAGRAPH, m, line)
        return self._plain_line(line, text)

    def _plain_line(self, line: int | None, text: str) -> _Node:
        """A line of an article with no label of its own."""
        p = self.p
        assert self.article is not None
        if self.us and _SHORT_TITLE().match(text) and (self.article.children or self.article.texts):
            return self._closing_words(line, text)
        if p.paragraph is None or self.para is None:
            return self._new_para(text, line)
        if self.para.children and self._list_ended(text):
            # a sentence after a list that ended with one, in an article of unnumbered paragraphs (a
            # Chinese law's English rendering: its 款 after the 项): a paragraph, not closing words
            return self._new_para(text, line)
        if self.para.children:
            self.para.tails.append(text)
            self.para.tail_lines.append(line)
        elif self.para.numbered:
            self.para.texts.append(text)
        else:
            return self._new_para(text, line)
        return self.para

    def _closing_words(self, line: int | None, text: str) -> _Node:
        """The Act's short title set after its last section (H.R. 2157's "This Act may be cited as …"):
        the Act's closing words, no words of that section. Kept after the section as a paragraph of
        the title it stands in; in a bill with no titles, as the section's last paragraph (nothing else
        stands after it in order). Said at the line either way."""
        assert self.article is not None
        label = self.article.label
        if not self.stack:
            self.warn("closing-words", f"{text[:30]!r} after {label} is the Act's closing words (its short title), "
                                       f"not words of {label}; kept as its last paragraph, as no title stands after "
                                       "it: comment on it there", line)  # fmt: skip
            return self._new_para(text, line)
        container = self.stack[-1]
        self._close_article()
        node = _Node(Kind.PARAGRAPH, line, texts=[text])
        container.children.append(node)
        where = " ".join(x for x in (container.label, container.heading) if x)
        self.warn("closing-words", f"{text[:30]!r} after {label} is the Act's closing words (its short title), not "
                                   f"words of {label}: kept after it as a paragraph of {where}, in no section", line)  # fmt: skip
        return node

    def _list_ended(self, text: str) -> bool:
        """Whether a plain line after the items of an unnumbered paragraph starts a paragraph of its
        own: the last item (or sub-item) ended a sentence (with . ! ? 。, not ; , or and/or), no
        closing words came before it, and the line opens a sentence (with a capital)."""
        para = self.para
        if para is None or para.numbered or para.tails or not text[:1].isupper():
            return False
        host = self.sub or self.item
        last = (host.texts[-1] if host is not None and host.texts else "").rstrip()
        return last.endswith((".", "!", "?", "。", "！", "？")) and not last.endswith("..")

    def _below_sub(self, m: re.Match[str]) -> bool:
        """(i), (ii) under a lettered sub-item of a numbered item (a UK bill's subsection (2),
        paragraph (c), sub-paragraph (i)): a level the model does not have, not a sub-item."""
        sub, item = self.sub, self.item
        if sub is None or item is None or not item.label.strip("()（）").isdigit() or not sub.num:
            return False
        letter, raw = sub.label.strip("()"), m["num"]
        if not (letter.isascii() and letter.isalpha()) or letters_to_int(letter) != int(sub.num):
            return False  # the sub-items are Roman already: (ii) after (i) is the next one
        if letters_to_int(raw) == int(sub.num) + 1:
            return False  # (i) after (h): the ninth
        rule = self.p.subitem
        assert rule is not None
        own = sum(1 for line in sub.texts[1:] if rule.pattern.match(line))
        try:
            return roman_to_int(raw) == own + 1
        except ValueError:
            return False

    def _continues_items(self, m: re.Match[str]) -> bool:
        """(i) after (h) is the ninth item, not a first sub-item."""
        if self.item is None or not self.item.num or not m["num"].isalpha():
            return False
        try:
            return letters_to_int(m["num"]) == int(self.item.num) + 1
        except ValueError:
            return False

    def _nested_style(self, m: re.Match[str]) -> bool:
        """(a) under a (1) item: a different numbering style one level down is a sub-item."""
        assert self.item is not None
        return m["num"].isdigit() != self.item.label.strip("()（）").isdigit()

    def _new_para(self, text: str, line: int | None, label: str = "", num: str | None = None) -> _Node:
        assert self.article is not None
        node = _Node(Kind.PARAGRAPH, line, label=label, num=num, numbered=num is not None)
        if text:
            node.texts.append(text)
        self.article.children.append(node)
        self.para, self.item, self.sub = node, None, None
        return node

    def _child(self, kind: Kind, m: re.Match[str], line: int | None) -> _Node:
        rest = (m["rest"] or "").strip()
        if not rest and self.p.language == "en":
            self.pending = (m["label"], line or 0)
            # The label's text follows on the next line; decided in feed().
            return self.para or self.article  # type: ignore[return-value]
        if kind is Kind.PARAGRAPH:
            return self._new_para(rest, line, m["label"], _num(m))
        self._settle_tails()
        previous = self.sub if kind is Kind.SUBITEM else self.item
        node = _Node(kind, line, label=m["label"], num=_num(m, kind, previous), numbered=True)
        if rest:
            node.texts.append(rest)
        self._hang(node, line)
        return node

    def _hang(self, node: _Node, line: int | None) -> None:
        """Put item or sub-item ``node`` under the open 款 (made when none is open) or item, and open it."""
        if node.kind is Kind.ITEM:
            if self.para is None:
                self._new_para("", line)
            assert self.para is not None
            self.para.children.append(node)
            self.item, self.sub = node, None
        else:
            assert self.item is not None
            self.item.children.append(node)
            self.sub = node

    def _settle_tails(self) -> None:
        """Lines after an item are the 款's closing words (kept after all its items) only if
        nothing more comes to its items; when the list goes on, they were the item's own."""
        if self.para is not None and self.para.tails and (host := self.sub or self.item) is not None:
            host.texts.extend(self.para.tails)
            self.para.tails.clear()
            self.para.tail_lines.clear()

    def _loose(self, text: str, line: int | None) -> _Node:
        """Text outside any article: preamble before structure, else unnumbered text."""
        home = self._home()
        if home is self.preamble and home.line is None and not home.texts and not home.children:
            home.line = line  # an unheaded 序言 stands where its first words do (said so by check)
        if home is self.sub or home is self.item:
            self._settle_tails()
        if home.kind.is_container and self.p.language == "en":
            # (an appropriations bill's accounts: headings and paragraphs in no section, 167 in H.R. 2157)
            # each line a paragraph of its title, to be cited on its own; one warning a title says so
            self.loose_lines.setdefault(id(home), []).append(line)
            para = _Node(Kind.PARAGRAPH, line, texts=[text])
            home.children.append(para)
            return para
        if home.kind.is_container:
            self.warn("unnumbered-text", f"text outside any article: {text[:30]!r}", line)
        return self._append_text(home, text, line)

    def _append_text(self, node: _Node, text: str, line: int | None) -> _Node:
        """Own text goes before children; text after a table becomes a paragraph, keeping order."""
        if not node.children:
            node.texts.append(text)
            return node
        last = node.children[-1]
        if last.kind is Kind.PARAGRAPH and not last.children:
            last.texts.append(text)
            return last
        para = _Node(Kind.PARAGRAPH, line, texts=[text])
        node.children.append(para)
        return para

    # -- freezing: eids, references, diagnostics ---------------------------------------
    def freeze(self) -> Draft:
        used: set[str] = set()
        nn: dict[str, int] = {}
        ordinal: dict[str, int] = {}

        def unique(eid: str, node: _Node) -> str:
            if eid not in used:
                used.add(eid)
                return eid
            k = 2
            while f"{eid}_{k}" in used:
                k += 1
            self.warn("duplicate-number", f"{node.label or eid} appears more than once; this one is {eid}_{k}",
                      node.line)  # fmt: skip
            used.add(f"{eid}_{k}")
            return f"{eid}_{k}"

        def comp(node: _Node, index: int) -> str:
            token = EID_TOKENS[node.kind]
            if node.kind is Kind.PREAMBLE:
                return token
            if node.kind is Kind.PARAGRAPH and not node.numbered:
                return f"{token}_{index}"
            if node.kind is Kind.TABLE:
                return f"{token}_{index}"
            if node.num is None:
                nn[token] = nn.get(token, 0) + 1
                if node.kind in (Kind.ARTICLE, Kind.ITEM, Kind.SUBITEM) or node.label:
                    self.warn("missing-number", f"cannot read the number of {node.label!r}", node.line)
                return f"{token}_nn_{nn[token]}"
            return f"{token}_{node.num}"

        ARTICLE, PARAGRAPH, TABLE, ANNEX = Kind.ARTICLE, Kind.PARAGRAPH, Kind.TABLE, Kind.ANNEX
        language = self.p.language
        homes = {id(node) for node in self.footnote_home.values()}
        inline = self.inline_headings  # (none in a Chinese law)
        loose = self.loose_lines

        def build(node: _Node, prefix: str, index: int, article: str | None, para_index: int) -> Unit:
            kind = node.kind
            if inline and kind is ARTICLE and not node.children and not node.texts and id(node) in inline:
                # the words after its label were all it said (Article 8 This Law shall take effect…): its text
                body = _Node(PARAGRAPH, node.line)
                body.texts.append(node.heading)
                node.children.append(body)
                node.heading = ""
            if kind is PARAGRAPH and not node.numbered:  # most units: 款 are numbered by position
                eid = f"{prefix}__para_{index}" if prefix else f"para_{index}"
            elif kind is ANNEX and node.num is None:
                ordinal["att"] = _next_free(ordinal.get("att", 0), taken)  # 附件 without a number: 1st, 2nd … annex
                eid = f"att_{ordinal['att']}"
            elif kind is ARTICLE:
                eid = comp(node, index)  # articles are rooted: they keep their eid across chapters
            else:
                own = comp(node, index)
                eid = f"{prefix}__{own}" if prefix else own
            if eid in used:
                eid = unique(eid, node)
            else:
                used.add(eid)
            if homes and id(node) in homes:
                eid_of[id(node)] = eid
            if loose and (lines := loose.get(id(node))):
                where = " ".join(x for x in (node.label, node.heading) if x) or eid
                noun = "section" if self.article_rule is self.p.article_fallback else "article"
                self.warn("unnumbered-text", f"{len(lines)} line(s) of {where} stand outside any {noun}, unnumbered "
                                             f"(an appropriations bill's headings and paragraphs): each is read as a "
                                             f"paragraph of {where} of its own, cited by its id ({eid}__para_1, "
                                             f"{eid}__para_2 …)", lines[0])  # fmt: skip
            if kind is ARTICLE:
                article = eid
                previous[1], previous[0] = previous[0], eid
            children: list[Unit] = []
            paras = tables = 0
            for child in node.children:
                if child.kind is TABLE:
                    tables += 1
                    children.append(build(child, eid, tables, article, para_index))
                    continue
                if child.kind is PARAGRAPH:
                    paras += 1
                    para_index = paras
                children.append(build(child, eid, paras, article, para_index))
            texts = node.texts
            text = (texts[0] if len(texts) == 1 else "\n".join(texts)) if texts else ""
            refs: tuple[Reference, ...] = ()
            if text and article is not None and kind is not ARTICLE:
                refs = find_references(text, language, article, para_index, previous[1])
            return _new_unit(kind, eid, node.num, node.label, node.heading, text, tuple(children),
                             "\n".join(node.tails) if node.tails else "", node.line, refs, node.rows)  # fmt: skip

        taken = self._numbered_annexes()
        eid_of: dict[int, str] = {}
        previous: list[str | None] = [None, None]  # [this article, the one before]: for 前条
        units: list[Unit] = []
        table_index = 0
        for node in self.roots:
            if node.kind is Kind.TABLE:
                table_index += 1
            units.append(build(node, "", table_index, None, 0))
        footnotes = tuple(
            Footnote(fid, text, eid_of.get(id(self.footnote_home[fid])) if fid in self.footnote_home else None)
            for fid, text in self.src.footnotes.items()
        )
        draft = Draft(title=self.title, profile=self.p.name, source=self.src.name, units=tuple(units),
                      front_matter=tuple(self.front), toc=tuple(self.toc), footnotes=footnotes,
                      diagnostics=(), front_lines=tuple(self.front_lines))  # fmt: skip
        if not self.articles:
            # (a trial's UK bill, its sections headed "1 Payments", read as none: how to make them read says more)
            label = "Article 1 or Section 1" if self.p.name.startswith("en") else "第一条"
            self.warn("no-articles", f"no articles found; the whole text is kept as one unit (an article opens with its "
                                     f"label at a line's start: {label})", None)  # fmt: skip
        self.diags.extend(verify_fidelity(self.src, draft))
        return Draft(title=draft.title, profile=draft.profile, source=draft.source, units=draft.units,
                     front_matter=draft.front_matter, toc=draft.toc, footnotes=footnotes,
                     diagnostics=tuple(self.diags), front_lines=draft.front_lines)  # fmt: skip


def check_size(src: Source) -> None:
    """Refuse a source past the caps on paragraphs and characters, before any parsing."""
    if len(src.blocks) > MAX_PARAGRAPHS:
        raise InputError(src.name, f"too many paragraphs: {count(len(src.blocks))} (the limit is {count(MAX_PARAGRAPHS)})")
    blocks = src.blocks
    # (summed in C over the thousands of blocks; a table's cells looked at one by one)
    chars = len(src.title) + sum(map(len, src.front_matter))
    chars += sum(map(len, map(attrgetter("text"), blocks))) + sum(map(len, map(attrgetter("label"), blocks)))
    chars += sum(len(cell) for block in blocks if block.rows is not None for row in block.rows for cell in row)
    if chars > MAX_TEXT_CHARS:
        raise InputError(src.name, f"too much text: more than {count(MAX_TEXT_CHARS)} characters (the limit)")


def parse_source(src: Source, profile: Profile) -> Draft:
    """Parse importer output under ``profile`` into a Draft (InputError past the caps)."""
    check_size(src)
    return _Parser(src, profile).run()


def draft_pieces(draft: Draft, toc: bool = True) -> list[str]:
    """Every piece of text the draft holds, in document order (for fidelity checks)."""
    out: list[str] = [draft.title, *draft.front_matter, *(draft.toc if toc else ())]

    def visit(unit: Unit) -> None:
        out.extend((unit.label, unit.heading, unit.text))
        if unit.rows:  # (a table's: no generator made for the thousands of other units)
            out.extend(cell for row in unit.rows for cell in row)
        for child in unit.children:
            visit(child)
        out.append(unit.tail)

    for unit in draft.units:
        visit(unit)
    return out


def verify_fidelity(src: Source, draft: Draft) -> list[Diagnostic]:
    """Check that the draft holds exactly the characters of the source, in order.

    Whitespace is ignored (the documented normalisation); anything else that differs is
    an error naming where the two part ways, so a parser bug can never lose text silently.
    """
    problems: list[Diagnostic] = []
    if src.raw is not None:
        read: list[str] = []
        for block in src.blocks:
            read.extend(cell for row in block.rows for cell in row) if block.rows is not None else read.append(block.text)
        problems.extend(_compare(src.raw, squash("".join(read)), "the text of the file's runs"))
    expected: list[str] = [src.title, *src.front_matter]
    # how many pieces of the expected text each block ends after, and its line: a difference is said
    # at the source's line it is in (a trial's em dash after TITLE I was reported with none)
    ends: list[tuple[int, int | None]] = []
    # A table of contents may sit anywhere (Word puts it where the user asked); compare it
    # on its own, so the rest of the text can be checked in order.
    toc_left = list(draft.toc)
    for block in src.blocks:
        if toc_left and block.rows is None and clean(block.display)[0] == toc_left[0]:
            toc_left.pop(0)
            continue
        if block.rows is not None:
            expected.extend(cell for row in block.rows for cell in row)
        else:
            expected.extend((block.label, block.text))
        ends.append((len(expected), block.line))
    pieces = draft_pieces(draft, toc=False)  # the title, the front matter, then the units
    n = len(src.front_matter)
    if not src.title and draft.title and n and tuple(draft.front_matter[:n]) == src.front_matter:
        # The parser took the title from the first block, which comes after the importer's
        # front matter (markdown before <!-- INFO END --> without a # title).
        pieces = [*pieces[1:1 + n], pieces[0], *pieces[1 + n:]]
    want = squash("".join(expected + toc_left))
    got = squash("".join(pieces))

    def line_at(at: int) -> int | None:
        """The source's line the ``at``-th character of the squashed text stands in (worked out only
        for a difference: every parse checks its fidelity)."""
        done = start = 0
        for end, line in ends:
            done += len(squash("".join(expected[start:end])))
            start = end
            if done > at:
                return line
        return None

    return problems + _compare(want, got, "the text of the source", line_at)


def _compare(want: str, got: str, what: str, line_at: Callable[[int], int | None] | None = None) -> list[Diagnostic]:
    if want == got:
        return []
    if sorted(want) == sorted(got):
        problem = "the text of the draft is out of order" + ("" if what.endswith("source") else f" against {what}")
    else:
        problem = f"the draft does not hold exactly {what}"
    at = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
    near = want[max(0, at - 10):at + 10] or got[max(0, at - 10):at + 10]
    line = line_at(at) if line_at is not None else None
    where = f" at line {line} of the source" if line is not None else ""
    return [Diagnostic(Severity.ERROR, "fidelity", f"{problem} (first difference near {near!r}{where})", line)]
