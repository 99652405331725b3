"""The model of an amendment instrument (修正案, 关于修改…的决定): operations on a base law.

Targets are eids in the base law's numbering (``art_17``, ``art_134__para_2``,
``preamble__para_7``); new units carry the eid they will have (``art_133-2``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..model import Diagnostic


class OpKind(StrEnum):
    """What an operation does."""

    REPLACE = "replace"  # 将第X条修改为：“…”
    REPLACE_WORDS = "replace-words"  # 将第X条中的“A”修改为“B”
    INSERT_WORDS = "insert-words"  # 在第X条中的“A”后增加“B”
    DELETE_WORDS = "delete-words"  # 删去第X条中的“A”
    INSERT = "insert"  # 在第X条后增加一条，作为第X条之一：“…”
    DELETE = "delete"  # 删去第X条
    RENAME = "rename"  # 将第三章的章名修改为“…”
    RENUMBER = "renumber"  # 第X条改为第Y条; 第七项至第十五项相应改为第八项至第十六项
    RESEQUENCE = "resequence"  # 条文顺序作相应调整: number everything in order
    RESTATE = "restate"  # 这一款相应修改为：“…” (the unit as it reads after the edits)


class ClauseKind(StrEnum):
    """Sentences of an instrument that are understood but change no text."""

    PREAMBLE = "preamble"  # 全国人民代表大会常务委员会决定对《…》作如下修改：
    LAW = "law"  # 一、修改《…》 (a decision that amends several laws)
    COMMENCEMENT = "commencement"  # 本决定自…起施行
    REPUBLICATION = "republication"  # 根据本决定作相应修改，重新公布


@dataclass(frozen=True, slots=True)
class Operation:
    """One instruction of an instrument.

    ``target`` is the unit acted on (base numbering; for INSERT the unit it follows, or
    "" to place it by ``number`` alone). ``locator`` finds a unit by its words instead
    (宪法第六十二条“…行使下列职权”中). ``text`` is the new wording, one paragraph
    per line; ``old`` the words replaced, deleted or inserted next to; ``occurrence``
    picks the n-th of them (None: every one); ``place`` is "before", "after" or "end".
    ``number`` is the eid an inserted or renumbered unit gets; ``mapping`` pairs old and
    new eids for RENUMBER. ``law`` names the law the instruction amends, ``item`` its
    number in the instrument (四十一, 二、3), and ``sentence``/``line`` where it stands.
    """

    kind: OpKind
    target: str = ""
    text: str = ""
    old: str = ""
    occurrence: int | None = None
    place: str = ""
    number: str = ""
    mapping: tuple[tuple[str, str], ...] = ()
    locator: str = ""
    law: str = ""
    item: str = ""
    sentence: str = ""
    line: int | None = None

    @property
    def where(self) -> str:
        """``第12行 (四十一)``-free form used in messages: ``line 12, item 四十一``."""
        parts = [f"line {self.line}" if self.line is not None else "", f"item {self.item}" if self.item else ""]
        return ", ".join(p for p in parts if p) or "the instrument"

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": str(self.kind)}
        for name in ("target", "text", "old", "occurrence", "place", "number", "locator", "law", "item",
                     "sentence", "line"):  # fmt: skip
            value = getattr(self, name)
            if value not in ("", None):
                out[name] = value
        if self.mapping:
            out["mapping"] = [list(pair) for pair in self.mapping]
        return out


@dataclass(frozen=True, slots=True)
class Clause:
    """A sentence understood as no change of text: preamble, commencement, republication."""

    kind: ClauseKind
    text: str
    law: str = ""
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Instrument:
    """A parsed amendment instrument.

    ``laws`` are the laws it amends, in order (several for a decision such as the one
    amending eighteen judicial interpretations). ``unrecognised`` lists every sentence that
    was not understood, with its line: an instrument is only applied when it is empty.
    """

    title: str
    source: str
    operations: tuple[Operation, ...]
    clauses: tuple[Clause, ...] = ()
    laws: tuple[str, ...] = ()
    unrecognised: tuple[Diagnostic, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    def for_law(self, law: str | None) -> tuple[Operation, ...]:
        """The operations on one of ``laws`` (all of them when the instrument names one law
        or ``law`` is None); a law is matched by its full name or a unique part of it."""
        if law is None or len(self.laws) <= 1:
            return self.operations
        return tuple(op for op in self.operations if op.law == law)

    def to_dict(self) -> dict[str, object]:
        """``lawcomment.instrument/1``: title, laws, operations, clauses, unrecognised."""
        return {
            "schema": "lawcomment.instrument/1", "title": self.title, "source": self.source,
            "laws": list(self.laws), "operations": [op.to_dict() for op in self.operations],
            "clauses": [{"kind": str(c.kind), "text": c.text, "law": c.law, "line": c.line} for c in self.clauses],
            "unrecognised": [d.to_dict() for d in self.unrecognised],
        }  # fmt: skip
