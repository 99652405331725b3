"""Warnings that many rows of one file share, said once with the rows they are on: a portal's
export of 100,000 comments gave thousands of lines of the same warning, the others lost among them."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

#: ``comments.csv: row 31: message`` (a CSV row, a JSON Lines line, a form's table row): the file,
#: where in it, and what.
_AT = re.compile(r"^(?P<file>.*?): (?P<at>(?:table \d+ )?(?:row|line) \d+(?: \(line \d+\))?): (?P<msg>.+)$", re.S)


def fold_warnings(lines: Sequence[str], keep: int = 3, listed: int = 10, more: str = "") -> list[str]:
    """``lines`` in order, but of the lines one file's rows share word for word (but for the row),
    only the first ``keep``; the others said in one line where the next would be, which names
    ``listed`` of their rows and counts them all, ``more`` after it (where to see each). A
    warning that names no row, or that fewer than ``keep + 2`` rows share, stays as it is."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    found: list[re.Match[str] | None] = [_AT.match(line) for line in lines]
    for n, m in enumerate(found):
        if m is not None:
            groups[m["file"], m["msg"]].append(n)
    folded: dict[int, str] = {}  # line number → the summary said in its place
    dropped: set[int] = set()
    for (file, msg), at in groups.items():
        if len(at) < keep + 2:
            continue
        rest = at[keep:]
        named = [found[n]["at"] for n in rest[:listed]]  # type: ignore[index]
        word = named[0].split(" ")[0]
        if all(a.startswith(f"{word} ") and a.count(" ") == 1 for a in named):  # rows 117, 119 (not row 117, row 119)
            named = [f"{word}s {named[0][len(word) + 1:]}", *(a[len(word) + 1:] for a in named[1:])]
        shown = ", ".join(named) + (", …" if len(rest) > listed else "")
        folded[rest[0]] = f"{file}: {len(rest):,} more with the same warning ({shown}){more}: {msg}"
        dropped.update(rest[1:])
    return [folded.get(n, line) for n, line in enumerate(lines) if n not in dropped]
