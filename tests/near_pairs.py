"""The labelled near-duplicate pairs (tests/data/near-duplicates.json), read for the grouping
tests and benchmarks/bench_grouping.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

from lawcomment.review import near_duplicates

DATA = Path(__file__).resolve().parent / "data" / "near-duplicates.json"


def expand(base: str | None, text: str | list[list[str]], case: str) -> str:
    """A labelled text: the words themselves, or [old, new] replacements in the case's base."""
    if isinstance(text, str):
        return text
    if base is None:
        raise ValueError(f"{case}: replacements need a base")
    out = base
    for old, new in text:
        if out.count(old) != 1:
            raise ValueError(f"{case}: {old!r} is not found exactly once in the text")
        out = out.replace(old, new)
    return out


Pair = tuple[str, str, str, str | None, bool, str, str]  # case, a, b, base, same, what kind of pair, the case's kind


def pairs(path: Path = DATA) -> Iterator[Pair]:
    """Every labelled pair: within a cluster (near-duplicates, tagged with the cluster's tag) and
    across clusters of a case (not, tagged ``different``)."""
    for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
        base = case.get("base")
        wording = base if case["kind"] == "wording" else None
        texts = [(n, c["tag"], expand(base, t, case["name"])) for n, c in enumerate(case["clusters"]) for t in c["texts"]]
        for (na, tag, a), (nb, _, b) in combinations(texts, 2):
            yield case["name"], a, b, wording, na == nb, tag if na == nb else "different", case["kind"]


def judge(pair: Pair) -> bool:
    """The rule's verdict on a labelled pair, compared as its case's kind of comment."""
    return near_duplicates(pair[1], pair[2], pair[3], provision=pair[6] == "insert")
