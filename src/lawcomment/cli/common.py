"""What every command of the CLI shares: opening the store, printing (or writing with ``-o``),
warnings, terminal widths, progress bars, and the carry-forward summary."""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import accumulate
from pathlib import Path
from typing import Any

import click

from ..jsondoc import terminal_safe
from ..textcheck import printable
from .terminal import echo, typeset_text


def open_store(ctx: click.Context, create: bool = False):  # type: ignore[no-untyped-def]
    """The store ``--db`` names (created, with its is-new flag, when ``create``)."""
    from ..store import create_store, open_store

    obj = ctx.find_root().obj
    if create:
        return create_store(obj["db"], obj["user"])
    return open_store(obj["db"], obj["user"])


def emit(text: str | bytes, output: Path | None, color: bool = False) -> None:
    """Print ``text`` (with ``color``, keeping the redline colours), or write it atomically to
    ``output``. Bytes are a JSON document (jsondoc.dump_bytes): printed with what a terminal
    would act on escaped (the same JSON), as bytes when stdout takes UTF-8 ones."""
    if output is not None:
        from ..atomic import write_atomic  # (its signal handling is loaded only to write a file)

        write_atomic(output, text if isinstance(text, bytes) else typeset_text(text))
    elif isinstance(text, bytes):
        document = terminal_safe(text)
        stream = sys.stdout
        if hasattr(stream, "buffer") and (getattr(stream, "encoding", "") or "").lower().replace("-", "") == "utf8":
            click.echo(document, nl=False)
        else:  # another encoding, or a text-only stream: as text, which the stream encodes
            echo(document.decode("utf-8"), nl=False, as_stored=True)
    else:
        echo(text, nl=False, color=color)


def warn_lines(lines: list[str]) -> None:
    """Each line as ``warning: …`` on stderr."""
    for line in lines:
        echo(f"warning: {line}", err=True)


class _CharWidths(dict[str, int]):
    """Character → columns on a terminal (2 for East Asian wide and fullwidth), each looked up once."""

    def __missing__(self, ch: str) -> int:
        import unicodedata  # a shared library to load: only a command printing a table needs it

        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return width


_CHAR_WIDTHS = _CharWidths()


def text_width(text: str) -> int:
    """Columns ``text`` takes on a terminal."""
    if text.isascii():  # one column each
        return len(text)
    return sum(map(_CHAR_WIDTHS.__getitem__, text))


def clip(text: str, limit: int) -> str:
    """``text`` on one line, printable, cut with … to at most ``limit`` columns."""
    # each character takes a column at least, and is shown as the same characters wherever it
    # stands: the first limit + 1 characters decide the line (a long text's rest is never read)
    text = printable(text[:max(0, limit) + 1].replace("\n", " ⏎ "))[:max(0, limit) + 1]
    # every character takes one column or two: longer than ``limit`` is wider than it
    if len(text) <= limit and text_width(text) <= limit:
        return text
    head = text[:max(0, limit - 1)]  # at most as many characters as the cut keeps columns
    if not head.isascii():
        head = head[:bisect_right(list(accumulate(map(_CHAR_WIDTHS.__getitem__, head))), limit - 1)]
    return head + "…"


def event_detail(action: str, detail: dict[str, Any]) -> str:
    """An event's detail on one line (``stance=support, proposed_text=(none)``): what an edit
    emptied or took away is said, as (none) or ""; elsewhere an empty value is left out."""
    if action.endswith(".edit"):
        return ", ".join(f"{k}={'(none)' if v is None else _one_line(v) if v != '' else chr(34) * 2}"
                         for k, v in detail.items())  # fmt: skip
    return ", ".join(f"{k}={_one_line(v)}" for k, v in detail.items() if v not in (None, ""))


def _one_line(value: Any) -> str:
    """A value as an event's line shows it: a text's line breaks as \\n (a wording of several 款
    broke the log's one line per event; ``log --format json`` has them as they are)."""
    return str(value).replace("\r\n", "\\n").replace("\n", "\\n")


def table_lines(rows: Sequence[Sequence[str]]) -> list[str]:
    """Each row as a line, every column but the last padded to its widest cell (in terminal
    columns: a wide character takes two) and two spaces apart. A listing of a thousand
    comments repeats a few values per column: each distinct one is measured once."""
    if not rows:
        return []
    columns: list[list[str]] = []
    for i in range(len(rows[0]) - 1):
        cells = [r[i] for r in rows]
        distinct = set(cells)
        extra = {v: text_width(v) - len(v) for v in distinct if not v.isascii()}  # wide characters' second columns
        width = max(len(v) + extra.get(v, 0) for v in distinct)
        columns.append([v.ljust(width - extra[v]) if v in extra else v.ljust(width) for v in cells] if extra
                       else [v.ljust(width) for v in cells])  # fmt: skip
    columns.append([r[-1] for r in rows])
    return ["  ".join(parts) for parts in zip(*columns, strict=True)]


def carry_summary(report, old: Any = None, new: Any = None) -> None:  # type: ignore[no-untyped-def]
    """What carrying comments and decisions to a new version did, for the terminal; with the two
    versions' drafts (``old``, ``new``), their units cited as each cites them (an English draft in
    English), else in Chinese."""
    from ..review import describe_decision

    k = report.counts
    echo(f"carried {k['carried']} comment(s) from {report.old} to {report.new} "
               f"({k['fuzzy']} quote(s) re-anchored approximately, {k['rebased']} proposal(s) re-based, "
               f"{k['adopted']} adopted), {k['orphaned']} orphaned"
               # (carried too, as the new version's comment list shows them: a trial read 4 carried beside 5 listed)
               + (f" (carried too: {k['carried'] + k['orphaned']} in all)" if k["orphaned"] else "")
               + (f"; {report.already} carried before" if report.already else ""))  # fmt: skip
    for c in report.orphaned:
        echo(f"  orphaned #{c.origin.id} ({c.origin.member}): {c.note}")
    for listed, head in ((report.widened, "deletion(s) carried onto articles the new version added to: they now take out "
                          f"words nobody asked to delete; check them (`lawcomment comment list --draft {report.new} --all`)"),
                         (report.partial, "proposal(s) carried in part: some of their changes did not fit the new text (the "
                          "member's own wording stays in the comment of the earlier reading); check what is left"),
                         (report.restated, "support(s), opposition(s) or question(s) carried onto articles the new version "
                          "reworded: they were given on the old words; check the members still hold them, and whether "
                          "the new words answer the questions"),
                         (report.twice, "proposal(s) carried that put in words the new version wrote elsewhere in the "
                          "article, or in another article: as proposed, they would be there twice; check them"),
                         (getattr(report, "said", ()), "proposal(s) carried that put in words a clause of the new article "
                          "reads much like: the new version may say them already, in other words; check them (an "
                          "acceptance of them is carried too: the merge and the export warn of it)"),
                         (report.beside, "proposal(s) carried whose words are put in right against words the new "
                          "version rewrote: they may read otherwise there than asked; check them"),
                         (report.cites_gone, "proposal(s) carried whose words cite an article the new version "
                          "deleted: no renumbering can follow it; check them"),
                         (report.elsewhere, "comment(s) followed their quote to an article their own article did not "
                          "become (the words around it the same), or their 款 the new version moved there; check the place"),
                         (getattr(report, "two_places", ()), "proposal(s) carried with a change the new text could take "
                          "at two places alike (the words around it stand at both): put at one; check which the member "
                          "meant"),
                         (getattr(report, "quoted", ()), "remark(s) whose quoted words stand in no unit of their new "
                          "article, or in several: left where the alignment put them, open; check where each belongs"),
                         (getattr(report, "within", ()), "wording(s) of a 款 or 项 with no close counterpart, carried to "
                          "the one their changes land in when followed through the article's diff; check the place"),
                         (getattr(report, "occurrences", ()), "proposal(s) carried that changed every occurrence of some "
                          "words, which the new version has more often: the other occurrences are left as they are; "
                          "check them"),
                         (report.approximate, "comment(s) re-anchored at words that differ from their quote (the new "
                          "version reworded it); check each is on the words it meant"),
                         (report.unsure, "comment(s) followed an article whose new place is unsure; check them "
                          f"(`lawcomment diff {report.old} {report.new}` marks the unsure pairs)"),
                         (getattr(report, "passed_over", ()), "proposal(s) carried that the committee turned down for "
                          "another wording at the last reading (of their conflict, or its own); the merge shows them as open "
                          "changes: decide them again")):  # fmt: skip
        if listed:
            echo(f"warning: {len(listed)} {head}", err=True)
            for c in listed:
                echo(f"  #{c.origin.id} of {report.old} ({c.origin.member}): {c.note}", err=True)
    left = getattr(report, "left_behind", ())
    if report.decisions:
        echo(f"carried {k['decisions']} decision(s); {k['dropped']} more no longer apply (not carried)"
             + (f"; {len(left)} left behind on {report.old}: the comments they decided on were orphaned" if left
                else ""))  # fmt: skip
    waiting = [d for d in report.decisions if getattr(d, "held", None) is not None]
    if waiting:
        echo(f"warning: {len(waiting)} decision(s) carried onto an article whose new place is unsure: held there, they "
             "do not go out in the submission until staff confirm them or decide again", err=True)  # fmt: skip
        for d in waiting:
            echo(f"  decision #{d.origin.id} ({describe_decision(d.origin, draft=old)}) → decision #{d.held} of "
                 f"{report.new}: {d.unsure}; confirm it with `lawcomment decide --confirm {d.held}`", err=True)  # fmt: skip
    for d in report.decisions:
        if d.target is not None and d.note:  # (carried in part: the committee's wording, the rest of its changes)
            how = ("carried onto the new text" if getattr(d, "whole", False)
                   else "carried" if d.note.startswith("check:") else "carried in part")  # fmt: skip
            echo(f"  decision #{d.origin.id} ({describe_decision(d.origin, draft=old)}) {how}: {d.note}")
    for d in report.dropped:
        echo(f"  decision #{d.origin.id} ({describe_decision(d.origin, draft=old)}) no longer applies: {d.note}")
    for d in left:
        echo(f"  decision #{d.origin.id} ({describe_decision(d.origin, draft=old)}) left behind: {d.note}")
    if k["reasons"] or k["reasons_dropped"] or k.get("reasons_made") or k.get("reasons_stale") or k.get("reasons_held"):
        echo(f"carried {k['reasons']} committee reason(s)"
             + (f" ({k['reasons_renumbered']} citing articles the new version renumbered: cited by their new numbers)"
                if k.get("reasons_renumbered") else "")
             + (f"; {k['reasons_dropped']} were on articles the new version deleted" if k["reasons_dropped"] else "")
             + (f"; {k['reasons_held']} left behind: their decisions wait at an unsure place (confirming them gives "
                "them back)" if k.get("reasons_held") else "")
             + (f"; {k['reasons_made']} left behind: the new version made what they argued for"
                if k.get("reasons_made") else "")
             + (f"; {k['reasons_stale']} left behind: the decisions they argued for (all, or some) no longer apply "
                "(write them again with `decide --committee-reason` if the committee still holds them)"
                if k.get("reasons_stale") else ""))  # fmt: skip
    from ..drafts import describe

    for eid, why in getattr(report, "reasons_left", ()):
        echo(f"  reason on {describe(eid, None, old)} of {report.old} left behind: {why}")
    reworded = getattr(report, "reasons_reworded", ())
    if reworded:
        echo(f"warning: {len(reworded)} committee reason(s) carried onto articles the new version reworded, with no "
             "decision beside them: they were given on the old words; check they still hold", err=True)  # fmt: skip
        for old_eid, new_eid in reworded:
            echo(f"  {describe(old_eid, None, old)} of {report.old} → {describe(new_eid, None, new)}", err=True)
    half_made = getattr(report, "reasons_half_made", ())
    if half_made:
        echo(f"warning: {len(half_made)} committee reason(s) carried beside decisions the new version made in part: "
             "they may argue for words the law now has; check each still reads right (lawcomment decide --article … "
             "--committee-reason \"…\")", err=True)  # fmt: skip
        for old_eid, new_eid in half_made:
            echo(f"  {describe(old_eid, None, old)} of {report.old} → {describe(new_eid, None, new)}", err=True)


def carried_into(store: Any, ref: str, supersedes: str | None) -> tuple[Any, Any]:
    """The stored reading ``ref`` (its text as it is, before the replace) and the one carried into
    it (``supersedes``, or the one it supersedes when not given), when there is such a carry; else Nones."""
    from ..errors import StoreError

    try:
        was = store.get_draft(ref)
    except StoreError:
        return None, None
    before = store.predecessor(was)
    if before is None or (supersedes is not None and supersedes != before.version):
        return None, None  # (another reading named: carried from it as before)
    if before.archived is not None:  # (its comments are read only once it is brought back)
        echo(f"warning: {before.ref} is archived: what was carried from it onto {was.ref} is not carried again "
             f"onto the new text; bring it back with `lawcomment draft restore {before.ref}` and store the file "
             "again", err=True)  # fmt: skip
        return None, None
    return was, before


def again_summary(report, old: Any, was: Any, new: Any) -> None:  # type: ignore[no-untyped-def]
    """What carrying again onto a replaced text undid, said before the carry's own summary."""
    a = report.again
    echo(f"carrying again from {report.old}: the text of {report.new} was replaced, so what was carried onto it is "
         f"carried onto the new text, as below: {len(a.copies)} comment(s) carried again under their numbers, "
         f"{len(a.updated)} of them changed (`lawcomment comment show N` has each as it was); {len(a.undone)} "
         f"decision(s) and {a.taken} committee reason(s) carried before undone (kept on record; the carry makes them "
         "again where they apply)")  # fmt: skip


def kept_summary(report, was: Any, new: Any) -> None:  # type: ignore[no-untyped-def]
    """What was done on a replaced reading since its last carry, kept, and what of it to check: on
    words the new text changed."""
    from ..drafts import describe
    from ..review import describe_decision

    a = report.again
    unit_eids = {u.eid for u in new.walk()}

    def on(eid: str | None) -> str:
        # (a unit the new text lacks is cited as the replaced text had it)
        where = "the whole document" if eid is None else describe(eid, None, new if eid in unit_eids else was)
        return where + (": the new text words it otherwise; check it" if a.check(eid) else "")

    if a.confirmed:
        echo(f"kept {len(a.confirmed)} decision(s) staff confirmed on {report.new} since the last carry: carried again "
             "to the same place, they stay confirmed")  # fmt: skip
        for d in a.confirmed:
            echo(f"  decision #{d.id} ({describe_decision(d, draft=was)}) on {on(d.target)}")
    if not (a.kept or a.written or a.decisions or a.reasons or a.confirmed):
        echo(f"nothing was written, changed or decided on {report.new} since the last carry")
        return
    if a.kept:
        echo(f"warning: {len(a.kept)} comment(s) carried before and changed on {report.new} since are kept as they "
             "are, not carried again: check each against the new text", err=True)  # fmt: skip
        for c in a.kept:
            echo(f"  #{c.id} ({c.member}, carried from #{c.origin}) on {on(c.anchor.eid)}", err=True)

    def head(count: int, what: str, checks: int, extra: str = "") -> None:
        echo(f"kept {count} {what} on {report.new} since the last carry{extra}"
             + (f"; {checks} on words the new text changed" if checks else ""))  # fmt: skip

    if a.written:
        head(len(a.written), "comment(s) written", sum(1 for c in a.written if a.check(c.anchor.eid)))
        for c in a.written:
            echo(f"  #{c.id} ({c.member}) on {on(c.anchor.eid)}")
    if a.decisions:
        head(len(a.decisions), "decision(s) made", sum(1 for d in a.decisions if a.check(d.target)))
        for d in a.decisions:
            echo(f"  decision #{d.id} ({describe_decision(d, draft=was)}) on {on(d.target)}")
        for origin, mine in a.spared:
            echo(f"  decision #{origin} of {report.old} not carried again: decision #{mine}, made on {report.new} since, "
                 "decides the same words")  # fmt: skip
    if a.reasons:
        head(len(a.reasons), "committee reason(s) written", sum(1 for x in a.reasons if a.check(x.target)),
             f" (none carried from {report.old} replaces them)")
        for x in a.reasons:
            echo(f"  the committee reason on {on(x.target)}")


#: Below this many steps a bar would only flicker.
BAR_FROM = 200


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A ``progress(done, total)`` drawing a bar on stderr when stderr is a terminal and the
    work is long; None (nothing drawn) in pipes, files and tests."""
    if not sys.stderr.isatty():
        yield None
        return
    bars: list[Any] = []  # click's ProgressBar, made on the first call that is worth a bar

    def update(done: int, total: int) -> None:
        if total < BAR_FROM:
            return
        if not bars:
            bars.append(click.progressbar(length=total, label=label, file=sys.stderr).__enter__())
        bars[0].update(done - bars[0].pos)

    try:
        yield update
    finally:
        if bars:
            bars[0].__exit__(None, None, None)


def citations(load: Callable[[], Any], lang: str = "zh") -> Callable[[str], str]:
    """eid → its citation as the law cites it (:func:`lawcomment.drafts.law_citation`: the 款 of an
    article of one 款 is 第十六条, its 项 第十六条第八项; a bill's Section 5A(1)), as the exports give
    it. ``load()`` gives the draft, called only when an eid asks for it (a first 款 or its 项, or any
    unit of an English draft): a listing of a Chinese draft's other units reads no draft."""
    from ..drafts import cite, law_citation

    cited: dict[str, str] = {}
    loaded: list[Any] = []

    def citation(eid: str) -> str:
        found = cited.get(eid)
        if found is None:
            # (a first 款 or its 项: its article may have one 款, cited as the article; an English draft cites
            # by its labels: Section 5A)
            if eid.split("__", 2)[1:2] == ["para_1"] or lang == "en":
                if not loaded:
                    loaded.append(load())
                found = law_citation(loaded[0], eid, lang)
            else:
                found = cite(eid, lang)
            cited[eid] = found
        return found

    return citation
