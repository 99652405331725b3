"""Warnings that many rows of one file share, said once with the rows they are on: a portal's
export of 100,000 comments gave thousands of lines of the same warning, the others lost among them."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

_PLACE = r"(?:table \d+ )?(?:row|line) \d+(?: \(line \d+\))?"
#: ``comments.csv: row 31: message`` (a CSV row, a JSON Lines line, a form's table row): the file,
#: where in it, and what.
_AT = re.compile(rf"^(?P<file>.*?): (?P<at>{_PLACE}): (?P<msg>.+)$", re.S)
#: ``comments.csv: row 4379 repeats row 311 word for word: stored once``: said of the row itself.
_REPEATS = re.compile(rf"^(?P<file>.*?): (?P<at>{_PLACE}) (?P<msg>repeats {_PLACE} word for word: stored once)$")

#: Warnings of one kind whose words differ from row to row (whose wording, of which article, which
#: earlier row): the NPC-scale run gave 300 lines of them, each other. Many in one file are said as
#: the others are: the first few as they are, then one line that counts the rest. Each kind: how
#: its message reads, then how the line that counts them says what they are.
_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"^repeats {_PLACE} word for word: stored once$"),
     "repeating an earlier one word for word{rows}{more}: each stored once"),
    (re.compile(r"^\S+ gives a second wording of [^;]+ in this file \([^;]+ gives another\): both are kept open, "
                r"neither replacing the other \(withdraw the one \S+ does not mean: lawcomment comment withdraw ID\)$"),
     "where a member gives a second wording of the same unit{rows}{more}: both wordings are kept open, neither "
     "replacing the other (withdraw the one the member does not mean: lawcomment comment withdraw ID)"),
)  # fmt: skip


def fold_warnings(lines: Sequence[str], keep: int = 3, listed: int = 10, more: str = "") -> list[str]:
    """``lines`` in order, but of the lines one file's rows share word for word (but for the row),
    only the first ``keep``; the others said in one line where the next would be, which names
    ``listed`` of their rows and counts them all, ``more`` after it (where to see each). So too
    for a kind of warning whose words differ row by row (a repeated row, a member's second
    wording: :data:`_KINDS`), and for each of a row's warnings said together (``…; …``) when it
    is folded with others' (the row's line is then a line per warning). A warning that names no
    row, or that fewer than ``keep + 2`` rows share, stays as it is."""
    entries: list[tuple[str, re.Match[str] | None, tuple[str, str] | None]] = []  # (line, its parts, its group)
    says: dict[tuple[str, str], str] = {}  # a group of one kind → how its summary reads

    def group(file: str, msg: str) -> tuple[str, str]:
        for k, (pattern, summary) in enumerate(_KINDS):
            if pattern.match(msg):
                says[file, f"\0{k}"] = summary
                return (file, f"\0{k}")  # (no message starts with a NUL)
        return (file, msg)

    size: Counter[tuple[str, str]] = Counter()
    parted: dict[int, list[tuple[str, re.Match[str], tuple[str, str]]]] = {}  # a row's warnings said together
    for n, line in enumerate(lines):
        m = _AT.match(line)
        if m is None or m["msg"].startswith("repeats "):
            m = _REPEATS.match(line) or m
        key = None if m is None else group(m["file"], m["msg"])
        entries.append((line, m, key))
        if key is None:
            continue
        size[key] += 1
        if m is not None and "; " in m["msg"]:
            parts = []
            for part in m["msg"].split("; "):
                one = _AT.match(f"{m['file']}: {m['at']}: {part}")
                if one is None:
                    break
                parts.append((one.string, one, group(one["file"], part)))
            else:
                parted[n] = parts
    # a row's warnings said together are said apart when one of them is folded with other rows', and each
    # part is a warning other rows give alone, or one of a kind (a single warning may hold "; " itself:
    # created … is later than now; the comment is dated when it is imported instead, never cut in two)
    parted = {n: parts for n, parts in parted.items()
              if all(size[k] or k[1].startswith("\0") for _, _, k in parts)}
    apart = size + Counter(k for parts in parted.values() for _, _, k in parts)
    split = {n: parts for n, parts in parted.items()
             if size[entries[n][2]] < keep + 2 and any(apart[k] >= keep + 2 for _, _, k in parts)}  # type: ignore[index]
    if split:
        entries = [e for n, line in enumerate(entries) for e in (split[n] if n in split else [line])]
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, (_, _, key) in enumerate(entries):
        if key is not None:
            groups[key].append(n)
    folded: dict[int, str] = {}  # entry number → the summary said in its place
    dropped: set[int] = set()
    for (file, msg), at in groups.items():
        if len(at) < keep + 2:
            continue
        rest = at[keep:]
        named = [entries[n][1]["at"] for n in rest[:listed]]  # type: ignore[index]
        word = named[0].split(" ")[0]
        if all(a.startswith(f"{word} ") and a.count(" ") == 1 for a in named):  # rows 117, 119 (not row 117, row 119)
            named = [f"{word}s {named[0][len(word) + 1:]}", *(a[len(word) + 1:] for a in named[1:])]
        shown = " (" + ", ".join(named) + (", …" if len(rest) > listed else "") + ")"
        summary = says.get((file, msg))
        if summary is None:
            folded[rest[0]] = f"{file}: {len(rest):,} more with the same warning{shown}{more}: {msg}"
        else:
            folded[rest[0]] = f"{file}: {len(rest):,} more {summary.format(rows=shown, more=more)}"
        dropped.update(rest[1:])
    return [folded.get(n, line) for n, (line, _, _) in enumerate(entries) if n not in dropped]
