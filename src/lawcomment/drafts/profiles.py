"""Structure profiles: how a legal system labels its units, as a table of regexes.

Every pattern has the named groups ``label`` (the printed label), ``num`` (its number)
and ``rest`` (text after the label); article patterns may add ``sub`` (之一 → 1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..lazy import lazy_pattern
from ..model import Kind
from .numerals import NUMERAL_CLASS

_N = f"{NUMERAL_CLASS}+"
#: One space a typesetter put inside a label: " ", U+3000 or NBSP. Not the class [ \u3000\u00a0]: a class
#: of characters that far apart compiles into a 64K map (a million instructions, 15 times in this
#: profile, in every command that reads a draft); the empty lookahead keeps the parser from merging
#: the two back into it (tests/test_parse.py holds the patterns to the class's matches).
_SPACE = r"(?:[ \u00a0]|\u3000(?=))"
#: A label's number with spaces a typesetter put inside it (第 十 条, 第十二　条, 第　十三条): read, and
#: the parser leaves the spaces out of the label with a warning (they are whitespace, not its number).
_SP = rf"{_SPACE}*"
_NS = rf"{_N}(?:{_SPACE}+{_N})*"
_CJK = lazy_pattern(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Rule:
    """One level of a profile: the kind it makes and the regex that recognises it."""

    kind: Kind
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Profile:
    """A structure profile.

    ``containers`` are tried in order (outermost first); ``paragraph`` is None when every
    plain line of an article is a new 款 (PRC style); ``language`` ("zh"/"en") picks the
    citation style and the separator between a child's label and its text.
    ``title_after_label``: a bare "Article 5" line is followed by a title line (EU style).
    ``article_fallback`` is used as the article rule in a document with no line matching
    ``article`` (US bills number their articles "Section 5."); the container of the same
    label is then dropped.
    ``closing``: a line that opens an act's closing text after its last article's last paragraph
    (its closing formula, or its place and date: Done at Brussels, 27 April 2016.); what follows
    it there (signatures, footnotes) is kept out of that article with it (see the parser).
    """

    name: str
    language: str
    description: str
    containers: tuple[Rule, ...]
    article: Rule
    item: Rule | None
    subitem: Rule | None
    paragraph: Rule | None = None
    annex: re.Pattern[str] | None = None
    preamble: re.Pattern[str] | None = None
    toc: re.Pattern[str] | None = None
    heading_group: Rule | None = None
    article_fallback: Rule | None = None
    title_after_label: bool = False
    closing: re.Pattern[str] | None = None

    @property
    def label_sep(self) -> str:
        return " " if self.language == "en" else ""

    def replace(self, **changes: object) -> Profile:
        """A copy with some fields changed: the easy way for a plugin to derive a profile."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def score(self, lines: Sequence[str]) -> int:
        """How many lines look like articles under this profile (used for auto-detection)."""
        if self.article_fallback is None:  # one pattern: matched line by line in C
            return sum(1 for m in map(self.article.pattern.match, lines) if m)
        # both patterns matched over all lines in C, then the pairs counted
        pairs = zip(map(self.article.pattern.match, lines), map(self.article_fallback.pattern.match, lines))
        return sum(1 for first, second in pairs if first or second)


def _rule(kind: Kind, pattern: str, flags: int = 0) -> Rule:
    return Rule(kind, re.compile(pattern, flags))


def zh_cn_profile() -> Profile:
    """PRC drafting: 编/分编/章/节/条/款/项/目, items （一）, subitems 1．"""
    sep = r"(?:[\s]+(?P<rest>.*)|(?P<tight>\S.*)|$)"
    return Profile(
        name="zh-CN",
        language="zh",
        description="PRC laws and drafts: 第X编/分编/章/节/条, 款 by line, 项 （一）, 目 1.",
        containers=(
            _rule(Kind.PART, rf"^(?P<label>第{_SP}(?P<num>{_NS}){_SP}编){sep}"),
            _rule(Kind.SUBPART, rf"^(?P<label>第{_SP}(?P<num>{_NS}){_SP}分编){sep}"),
            _rule(Kind.CHAPTER, rf"^(?P<label>第{_SP}(?P<num>{_NS}){_SP}章){sep}"),
            _rule(Kind.SECTION, rf"^(?P<label>第{_SP}(?P<num>{_NS}){_SP}节){sep}"),
        ),
        article=_rule(Kind.ARTICLE,
                      rf"^(?P<label>第{_SP}(?P<num>{_NS}){_SP}条(?:之(?P<sub>{_N}))?)(?:[\s]+(?P<rest>.*)|$)"),
        item=_rule(Kind.ITEM, r"^(?P<label>[（(](?P<num>[一二三四五六七八九十百〇零]+)[）)])\s*(?P<rest>.*)$"),
        subitem=_rule(Kind.SUBITEM, r"^(?P<label>(?P<num>[0-9０-９]+)[.．、](?![0-9]))\s*(?P<rest>.*)$"),
        annex=re.compile(rf"^(?P<label>(?:附件|附表|附录)(?P<num>{_N})?(?:[：:]|(?=\s)|$))\s*(?P<rest>.*)$"),
        preamble=re.compile(r"^序\s*言$"),
        toc=re.compile(r"^目\s*录$"),
        heading_group=_rule(Kind.CHAPTER, r"^(?P<label>(?P<num>[一二三四五六七八九十]+)、)\s*(?P<rest>.+)$"),
    )


def en_profile() -> Profile:
    """English legislation: PART / CHAPTER I / Section 1 / Article 12 / 1. / (a) / (i)."""
    # ". : - – —" after a label: the two dashes in a class of their own, as a class mixing
    # them with ASCII compiles three times slower (every command reading a draft compiles these);
    # the empty lookahead keeps the parser from merging the two classes back into one
    # The mark after a label (CHAPTER I. General, TITLE I—DEPARTMENT OF AGRICULTURE) is the label's
    # own, kept in it as a bill's SEC. 2. keeps its full stop: a character of the source is never dropped
    stop = r"(?:\s*(?:[.:-]|[\u2013\u2014](?=))|(?=\s|$))"
    dash = r"\s*"
    roman_or_num = r"[IVXLC]+|\d+"
    return Profile(
        name="en",
        language="en",
        description="English legislation: PART, CHAPTER I, Section 1, Article 12, 1., (a), (i).",
        containers=(
            _rule(Kind.PART, rf"^(?P<label>(?:PART|Part|TITLE)\s+(?P<num>{roman_or_num}){stop}){dash}(?P<rest>.*)$"),
            _rule(Kind.CHAPTER, rf"^(?P<label>(?:CHAPTER|Chapter)\s+(?P<num>{roman_or_num}){stop}){dash}(?P<rest>.*)$"),
            _rule(Kind.SECTION, rf"^(?P<label>(?:SECTION|Section)\s+(?P<num>\d+){stop}){dash}(?P<rest>.*)$"),
        ),
        # "Article 12-1" is how a translation numbers 第十二条之一
        # "Article 5a", "Section 5A": one inserted after 5, as 第五条之一 is (5-1)
        article=_rule(Kind.ARTICLE, rf"^(?P<label>(?:ARTICLE|Article)\s+(?P<num>\d+)(?:(?P<letter>[A-Za-z])|-(?P<sub>\d+))?{stop}){dash}(?P<rest>.*)$"),
        article_fallback=_rule(Kind.ARTICLE, r"^(?P<label>(?:SECTION|Section|SEC\.|Sec\.|§)\s*(?P<num>\d+)(?P<letter>[A-Za-z])?\.?)(?=\s|$)\s*(?P<rest>.*)$"),
        paragraph=_rule(Kind.PARAGRAPH, r"^(?P<label>(?P<num>\d+)\.)(?=\s|$)\s*(?P<rest>.*)$"),
        item=_rule(Kind.ITEM, r"^(?P<label>\((?P<num>[a-z]{1,2}|\d+)\))(?=\s|$)\s*(?P<rest>.*)$"),
        subitem=_rule(Kind.SUBITEM, r"^(?P<label>\((?P<num>[ivxlc]+)\))(?=\s|$)\s*(?P<rest>.*)$"),
        annex=re.compile(rf"^(?P<label>(?:ANNEX|Annex|SCHEDULE|Schedule|APPENDIX|Appendix)(?:\s+(?P<num>{roman_or_num}))?(?:[.:-]|[\u2013\u2014]|(?=\s)|$))\s*(?P<rest>.*)$"),
        preamble=re.compile(r"^(?:PREAMBLE|Preamble)$"),
        toc=re.compile(r"^(?:CONTENTS|Contents|TABLE OF CONTENTS|Table of Contents)$"),
        title_after_label=True,
        # an EU act's closing formula, or its place and date (never "This Regulation shall enter into
        # force…", which is its last article's text)
        closing=re.compile(r"This (?:Regulation|Decision|Directive|Act) shall be binding in its entirety|"
                           r"Done at [^,]+, \d\d? [A-Z][a-z]+ \d{4}\.?$"),
    )


def detect_profile(lines: Sequence[str], candidates: Sequence[Profile]) -> Profile:
    """The candidate under which most lines look like articles; ties go to the script.

    With no article lines at all, a text that is mostly Chinese gets a ``zh`` profile.
    """
    if not candidates:
        raise ValueError("no profiles registered")
    scores = [p.score(lines) for p in candidates]
    top = max(scores)
    best = candidates[scores.index(top)]  # the first of the best, as a stable sort puts it
    if top == 0:
        sample = "".join(lines[:200])
        chinese = len(_CJK().findall(sample)) > len(sample) * 0.2
        wanted = "zh" if chinese else "en"
        return next((p for p in candidates if p.language == wanted), best)
    return best
