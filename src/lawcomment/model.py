"""The domain model: a Draft is a tree of Units with stable eids, plus diagnostics.

All classes are frozen; parsing builds them once and nothing mutates them afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What a unit is. Values are the AKN-style names used in JSON."""

    PART = "part"  # 编
    SUBPART = "subpart"  # 分编
    CHAPTER = "chapter"  # 章
    SECTION = "section"  # 节
    ARTICLE = "article"  # 条
    PARAGRAPH = "paragraph"  # 款
    ITEM = "item"  # 项
    SUBITEM = "subitem"  # 目
    PREAMBLE = "preamble"  # 序言 / recitals / unstructured text before the first unit
    ANNEX = "annex"  # 附件, 附表
    TABLE = "table"

    @property
    def is_container(self) -> bool:
        """Containers group articles: 编, 分编, 章, 节."""
        return self in _CONTAINERS


_CONTAINERS = frozenset({Kind.PART, Kind.SUBPART, Kind.CHAPTER, Kind.SECTION})

#: eid tokens per kind, after Akoma Ntoso naming.
EID_TOKENS: dict[Kind, str] = {
    Kind.PART: "part", Kind.SUBPART: "subpart", Kind.CHAPTER: "chp", Kind.SECTION: "sec",
    Kind.ARTICLE: "art", Kind.PARAGRAPH: "para", Kind.ITEM: "item", Kind.SUBITEM: "subitem",
    Kind.PREAMBLE: "preamble", Kind.ANNEX: "att", Kind.TABLE: "table",
}  # fmt: skip


class Severity(StrEnum):
    """How serious a diagnostic is: errors make ``lawcomment check`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A warning or error found while reading or checking a draft.

    ``line`` is the 1-based source line (text and markdown) or paragraph number (.docx).
    """

    severity: Severity
    code: str
    message: str
    line: int | None = None
    eid: str | None = None

    def format(self, source: str) -> str:
        """``file:line: code: message``, the form printed on stderr."""
        where = f"{source}:{self.line}" if self.line is not None else source
        return f"{where}: {self.code}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        return {"severity": str(self.severity), "code": self.code, "message": self.message,
                "line": self.line, "eid": self.eid}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Reference:
    """A cross-reference found in a unit's text, such as 本法第十条第二款 or Article 5(2).

    ``start``/``end`` are offsets into the unit's own ``text``. ``targets`` are the eids
    referred to (several for 前两款 or a list); ``range_end`` is set for 第五条至第七条.
    ``external`` names another law (《公司法》第十条) and such references are not resolved.
    """

    text: str
    start: int
    end: int
    targets: tuple[str, ...]
    range_end: str | None = None
    external: str | None = None
    relative: bool = False

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "targets": list(self.targets), "range_end": self.range_end,
                "external": self.external, "relative": self.relative}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Unit:
    """One structural unit of a draft.

    ``label`` is the number as printed (第十二条, （三）, Article 12, 1.); ``num`` its ASCII
    form ("12", "120-1", "3") or None when unnumbered. ``heading`` is a title (总则, or an
    English article title). ``text`` is the unit's own text before its first child;
    ``tail`` is own text after the children (English wrap-up lines). ``rows`` holds the
    cells of a table unit.
    """

    kind: Kind
    eid: str
    num: str | None = None
    label: str = ""
    heading: str = ""
    text: str = ""
    children: tuple[Unit, ...] = ()
    tail: str = ""
    line: int | None = None
    references: tuple[Reference, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()

    def walk(self) -> Iterator[Unit]:
        """This unit and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def body(self, sep: str = "") -> str:
        """The unit's full text without its own label and heading, children included.

        Children are rendered as label + ``sep`` + body, one per line, which for Chinese
        (``sep=""``) reproduces the printed text: 有下列情形之一的：\\n（一）…；
        """
        parts = [self.text] if self.text else []
        if self.kind is Kind.TABLE:
            parts.extend("\t".join(row) for row in self.rows)
        for child in self.children:
            head = child.label + (sep if child.label else "")
            parts.append(head + child.body(sep))
        if self.tail:
            parts.append(self.tail)
        return "\n".join(parts)


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote of a .docx draft: its id, text, and the unit whose text cites it."""

    id: str
    text: str
    eid: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article with its context: the containers above it, outermost first."""

    unit: Unit
    heading_path: tuple[Unit, ...]


@dataclass(frozen=True, slots=True, weakref_slot=True)  # (weakly referred to by caches: review.align's)
class Draft:
    """A parsed draft law.

    ``source`` is the file name it came from; ``profile`` the structure profile used;
    ``front_matter`` the lines before the body (dates, subtitles); ``toc`` the table of
    contents lines found and set aside; ``diagnostics`` every warning raised on the way;
    ``front_lines`` the source's line (paragraph number for .docx) of each front-matter line,
    None where not known, as read from the file (a stored draft's are not kept: nothing is said of
    its lines after it is stored).
    """

    title: str
    profile: str
    source: str
    units: tuple[Unit, ...]
    front_matter: tuple[str, ...] = ()
    toc: tuple[str, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    front_lines: tuple[int | None, ...] = field(default=(), compare=False)

    def walk(self) -> Iterator[Unit]:
        """Every unit in document order."""
        for unit in self.units:
            yield from unit.walk()

    def articles(self) -> list[ArticleView]:
        """The articles in law order, each with its chain of containers."""
        out: list[ArticleView] = []

        def visit(unit: Unit, path: tuple[Unit, ...]) -> None:
            if unit.kind is Kind.ARTICLE:
                out.append(ArticleView(unit, path))
            elif unit.kind.is_container or unit.kind is Kind.ANNEX:
                for child in unit.children:
                    visit(child, path + (unit,) if unit.kind.is_container else path)

        for unit in self.units:
            visit(unit, ())
        return out

    def find(self, eid: str) -> Unit | None:
        """The unit with this eid, or None."""
        return next((u for u in self.walk() if u.eid == eid), None)

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity is Severity.ERROR)
