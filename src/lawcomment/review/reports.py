"""Text, HTML and JSON reports of merged positions and of version comparisons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..drafts.anchors import law_citation, unit_index
from ..drafts.serialize import body_separator
from ..model import Draft, Unit
from .merge import describe_change
from .phrases import conflict_words, inside_number, whole_places, words_before
from .position import Piece, UnitPosition, numbered
from .redline import OpKind, Redline, Span, diff, redline_of, render_html, render_text, unwritten_in_chinese, word_char

if TYPE_CHECKING:  # the aligner is loaded by what aligns versions, not by every merge
    from .align import Alignment
    from .codec import LazyPosition

MERGE_SCHEMA = "lawcomment.merge/1"

_CSS = ("body{font-family:'Noto Serif CJK SC','Songti SC',serif;max-width:60em;margin:2em auto;line-height:1.7}"
        # English in a Latin face first: “ ” and ’ set as the CJK face sets them are full-width
        ":lang(en){font-family:'Noto Serif','DejaVu Serif','Times New Roman','Noto Serif CJK SC',serif}"
        "del{color:#b00;text-decoration:line-through}ins{color:#070;text-decoration:underline}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em .5em;vertical-align:top}"
        ".conflict{background:#fff4e0}.muted{color:#666}"
        # on a phone: the page's own width (a web trial's read 1,014 px wide on 390), wide tables scrolled in place
        "@media screen and (max-width:48em){body{margin:.6em}table{display:block;overflow-x:auto}}"
        # printed, as a legislature's papers are: A4, whatever the browser's default (US Letter)
        "@page{size:A4;margin:2cm 1.8cm}@media print{body{max-width:none;margin:0}"
        ".filters,.filters *{display:none}tr,li{break-inside:avoid}}")  # fmt: skip


def _quote(text: str) -> str:
    return f"「{_one_line(text)}」" if text else "(deleted)"


def _one_line(text: str) -> str:
    """Words for a listing's one line: line breaks shown as ⏎, none at their ends (a 款 put in or
    taken out whole reads 「收容救护机构…」, never starts a line of its own)."""
    return (text.strip("\n") or text).replace("\n", " ⏎ ")


def merged_redline(pos: UnitPosition) -> Redline:
    """Every change of the merge against the draft, the list numbered on as the position numbers
    it (a new （三） before the old one is no second （三））; the JSON's "merged" stays the
    merge's own text."""
    pieces = numbered(pos.base, [Piece(c.start, c.end, c.new, ()) for c in pos.merge.changes])
    return redline_of(pos.base, [Span(p.start, p.end, p.new) for p in pieces])  # each change where it was made


#: Members (and proposals) named on a line of the merge before the rest are counted: a campaign of a
#: hundred members fills a screen with ids (a volume trial counted them by script).
_NAMED = 8


def _members(supporters: tuple[str, ...]) -> str:
    """Who supports a change or an alternative: all of them, or, for many, how many and the first few."""
    if len(supporters) <= _NAMED:
        return ", ".join(supporters)
    return f"{len(supporters)} members: {', '.join(supporters[:_NAMED])} and {len(supporters) - _NAMED} more"


def _proposals(ids: tuple[str, ...]) -> str:
    """The proposals an alternative comes from (#1+#2: the same wording twice, one proposal): all of them,
    or, for many, the first few comments and how many more (each once)."""
    if len(ids) == 1 and "+" not in ids[0]:  # (one comment's wording: most alternatives of a busy article)
        return ids[0]
    every = list(dict.fromkeys(i for group in ids for i in group.split("+")))
    if len(every) <= _NAMED:
        return " ".join(ids)
    return f"{' '.join(every[:_NAMED])} and {len(every) - _NAMED} more"


def _comments(ids: tuple[int, ...]) -> str:
    """The comments that back the draft's wording (#3 #7), or the first few and how many more."""
    shown = " ".join(f"#{n}" for n in ids[:_NAMED])
    return shown if len(ids) <= _NAMED else f"{shown} and {len(ids) - _NAMED} more"


def _which(base: str, old: str, start: int) -> str:
    """For words the unit has more than once, which of them: `` (occurrence 2 of 2, after 「…」)``.
    Words that are a whole number (十万 of 十万元) are counted where they stand whole, never inside
    a larger number (the 十万 of 二十万元), as instructions quote them; a change inside a number
    (the 十 of 十五日) counts every place."""
    times = base.count(old) if old else 0
    if times < 2:
        return ""
    before = _english_before(base, start) if unwritten_in_chinese(base) else base[max(0, start - 6):start]
    before = before.replace("\n", " ⏎ ")  # (one line per change: never a raw line break)
    if not inside_number(base, start, start + len(old)):
        places = whole_places(base, old)
        if len(places) < 2:
            return ""
        return f" (occurrence {sum(1 for k in places if k < start) + 1} of {len(places)}, after 「{before}」)"
    return f" (occurrence {base.count(old, 0, start) + 1} of {times}, after 「{before}」)"


def _english_before(base: str, at: int) -> str:
    """The words of an English text just before ``at``, six characters or more, whole: 「within」, never 「ithin 」."""
    k = max(0, at - 6)
    while k > 0 and word_char(base[k - 1]) and word_char(base[k]):
        k -= 1
    return base[k:at].strip(" \t\u00a0")


def position_text(pos: UnitPosition, color: bool = False, reason: str = "") -> str:
    """One unit's merge for the terminal: redline, changes, conflicts, the position, and the
    committee's reason when staff wrote one."""
    who = sorted({m for p in pos.merge.proposals for m in p.supporters})
    counts = ", ".join(f"{k} {v}" for k, v in pos.counts.items())
    head = f"{pos.citation}: {pos.proposals} proposal(s)" + (f" from {_members(tuple(who))}" if who else "")
    if pos.insertions:
        head += f", {len(pos.insertions)} new unit(s) proposed after it"
    lines = [head + (f"; {counts}" if counts else "")]
    if pos.merge.proposals:
        lines.append("  merged:   " + render_text(merged_redline(pos), color).replace("\n", "\n            "))
    taken = pos.taken_into_final()
    for c in pos.changes:
        by = _members(c.change.supporters)
        note = f" (decision #{c.decision})" if c.decision else ""
        if pos.final is not None and c.decision is None:  # as the review page says it: the final wording decides
            state = "in final wording" if (c.change.start, c.change.end, c.change.new) in taken else \
                "superseded by final wording"  # fmt: skip
            note = ""
            c = replace(c, state=state)
        shown = describe_change(replace(c.change, old=_one_line(c.change.old), new=_one_line(c.change.new)))
        said = c.state + note
        lines.append(f"  {c.change.id:<4}{said:<24}{' ' if len(said) >= 24 else ''}{shown}"
                     f"{_which(pos.base, c.change.old, c.change.start)}  [{by}]")  # fmt: skip
    for x in pos.conflicts:
        if pos.final is not None:
            state = "superseded by final wording"
        elif x.chosen is None:
            state = "UNRESOLVED"
        else:
            state = f"resolved: {'draft wording' if x.chosen == 0 else f'alternative {x.chosen}'} (decision #{x.decision})"
            if x.stale:
                state += "; STALE: new alternative(s) since"
        # (a number with its measure word, on both sides: 「15日」 against 「15个工作日」)
        said, texts = conflict_words(pos.base, x.conflict.start, x.conflict.end, [a.text for a in x.conflict.alternatives])
        at = (_quote(said) if x.conflict.old else
              f"one point, after 「{words_before(pos.base, x.conflict.start).replace(chr(10), ' ⏎ ')}」")  # fmt: skip
        at += _which(pos.base, x.conflict.old, x.conflict.start)
        lines.append(f"  {x.conflict.id:<4}conflict at {at}: {state}")
        for a, text in zip(x.conflict.alternatives, texts, strict=True):
            both = f"{a.label()}: " if a.combines else ""  # (the entries of several members, put in together)
            lines.append(f"        {a.number}) {both}{_quote(text)}  [{_members(a.supporters)}: {_proposals(a.proposals)}]")
        if x.draft_supporters:  # (choosing 0 keeps the draft's words: who asked for that, beside who asked otherwise)
            lines.append(f"        0) keep as drafted  [{_members(x.draft_supporters)}: {_comments(x.draft_comments)}]")
    for ins in pos.insertions:
        note = f" (decision #{ins.decision})" if ins.decision else ""
        lines.append(f"  {ins.id:<4}{ins.state + note:<24}new unit after {pos.citation}: {_quote(ins.text)}  "
                     f"[{', '.join(ins.supporters)}]")  # fmt: skip
    for w in pos.warnings:
        lines.append(f"  warning: {w}")
    # the position's later lines under its first, as the merged text's are: not read as the draft's
    if pos.final is not None:
        # as a redline of the draft, as any position: what it takes out shows (a trial's final wording
        # of one 款 of three read as plain text, its two deleted 款 nowhere to be seen)
        lines.append(f"  position (final wording, decision #{pos.final.id}): "
                     + render_text(pos.redline(), color).replace("\n", "\n            "))  # fmt: skip
    elif pos.text != pos.base or pos.merge.proposals:
        lines.append(f"  {_position_label(pos)}: " + render_text(pos.redline(), color).replace("\n", "\n            "))
    if reason:
        lines.append(f"  committee reason: {reason}")
    return "\n".join(lines) + "\n"


def _position_label(pos: UnitPosition) -> str:
    """``position``, saying what in it is not decided yet: a change not decided is in it as
    proposed, an unresolved conflict leaves the draft's words (a trial could not tell from the
    line what goes out: 第十条's undecided deletion was in it, 第六十条's open conflict was not)."""
    undecided = [c.change.id for c in pos.changes if c.state == "proposed"]
    unresolved = [x.conflict.id for x in pos.conflicts if x.chosen is None]
    label = "position"
    if undecided:
        label += f", if {_and(undecided)} {'is' if len(undecided) == 1 else 'are'} accepted"
    if unresolved:
        label += f" ({_and(unresolved)} unresolved: the draft's words)"
    return label


def _and(ids: list[str]) -> str:
    return ids[0] if len(ids) == 1 else f"{', '.join(ids[:-1])} and {ids[-1]}"


def positions_summary(positions: Sequence[UnitPosition | LazyPosition]) -> str:
    """The closing line of ``merge``: units, proposals, changes, unresolved conflicts."""
    tallies = [p.tally for p in positions]
    proposals, changes, conflicts, open_, stale = (sum(t[k] for t in tallies) for k in range(5))
    return (f"{len(positions)} unit(s), {proposals} proposal(s), {changes} change(s), "
            f"{conflicts} conflict(s), {open_} unresolved" + (f", {stale} stale decision(s)" if stale else ""))  # fmt: skip


def positions_dict(ref: str, positions: list[UnitPosition], reasons: Mapping[str, str] | None = None) -> dict[str, object]:
    """The ``merge --format json`` document (schema ``lawcomment.merge/1``); each unit's
    ``committee_reason`` is the committee's own reason ("" when there is none)."""
    reasons = reasons or {}
    units = [{**p.to_dict(), "committee_reason": reasons.get(p.eid, "")} for p in positions]
    return {"schema": MERGE_SCHEMA, "draft": ref, "units": units,
            "summary": {"units": len(positions), "proposals": sum(p.proposals for p in positions),
                        "changes": sum(len(p.changes) for p in positions),
                        "conflicts": sum(len(p.conflicts) for p in positions),
                        "unresolved": sum(len(p.unresolved) for p in positions),
                        "unreviewed": sum(len(p.unreviewed) for p in positions),
                        "stale": sum(len(p.stale) for p in positions)}}  # fmt: skip


def page(title: str, body: str, head: str = "", lang: str = "zh") -> str:
    """A complete, self-contained HTML page; ``head`` adds style or script elements."""
    opening, closing = page_parts(title, head, lang)
    return opening + body + closing


def page_parts(title: str, head: str = "", lang: str = "zh") -> tuple[str, str]:
    """What :func:`page` puts before its body and after it (a page written piece by piece)."""
    import html  # (here and below: merge's text report needs no escaping)

    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{html.escape(title)}</title>"
            f"<style>{_CSS}</style>{head}</head><body>\n<h1>{html.escape(title)}</h1>\n", "</body></html>\n")  # fmt: skip


def positions_html(ref: str, positions: list[UnitPosition]) -> str:
    """The merge as an HTML page: per unit, the redline, changes, conflicts and position."""
    from html import escape as e

    out = [f"<p class=\"muted\">{e(positions_summary(positions))}</p>\n"]
    for pos in positions:
        out.append(f"<h2>{e(pos.citation)}</h2>\n<p>{render_html(merged_redline(pos))}</p>\n")
        rows = [f"<tr><td>{e(c.change.id)}</td><td>{e(c.state)}</td>"
                f"<td>{render_html(diff(c.change.old, c.change.new))}</td><td>{e(', '.join(c.change.supporters))}</td></tr>"
                for c in pos.changes]  # fmt: skip
        for x in pos.conflicts:
            state = "unresolved" if x.chosen is None and pos.final is None else "resolved"
            if x.stale:
                state += " (stale: new alternatives since the decision)"
            alts = "<br>".join([*(f"{a.number}) {e(a.label()) + ': ' if a.combines else ''}{e(a.text) or '(delete)'} "
                                  f"[{e(', '.join(a.supporters))}]" for a in x.conflict.alternatives),
                                *([f"0) keep as drafted [{e(', '.join(x.draft_supporters))}]"] if x.draft_supporters else [])])  # fmt: skip
            rows.append(f"<tr class=\"conflict\"><td>{e(x.conflict.id)}</td><td>{state}</td>"
                        f"<td>{e(_quote(x.conflict.old))}</td><td>{alts}</td></tr>")  # fmt: skip
        for ins in pos.insertions:
            rows.append(f"<tr><td>{e(ins.id)}</td><td>{e(ins.state)}</td><td><ins>{e(ins.text)}</ins></td>"
                        f"<td>{e(', '.join(ins.supporters))}</td></tr>")  # fmt: skip
        if rows:
            out.append("<table><tr><th>id</th><th>state</th><th>change</th><th>supporters</th></tr>\n"
                       + "\n".join(rows) + "</table>\n")  # fmt: skip
        out.append(f"<p><b>Position:</b> {render_html(diff(pos.base, pos.text))}</p>\n")
        for w in pos.warnings:
            out.append(f"<p class=\"muted\">warning: {e(w)}</p>\n")
    return page(f"{ref}: merged proposals", "".join(out))


# -- version comparison ----------------------------------------------------------------
def _nums(draft_index: dict[str, Unit], eids: tuple[str, ...]) -> list[str]:
    return [draft_index[e].num or e for e in eids]


def _labels(draft_index: dict[str, Unit], eids: tuple[str, ...]) -> str:
    return "、".join(draft_index[e].label or e for e in eids) or "—"


def alignment_dict(al: Alignment, old_name: str, new_name: str) -> dict[str, object]:
    """The ``diff --format json`` document (schema ``lawcomment.diff/1``)."""
    oi, ni = unit_index(al.old), unit_index(al.new)

    def side(name: str, d: Draft) -> dict[str, object]:
        return {"name": name, "title": d.title, "profile": d.profile, "articles": len(d.articles())}

    rows = []
    for e in al.entries:
        rows.append({"old": _nums(oi, e.old), "new": _nums(ni, e.new), "class": str(e.change),
                     "substantive": e.substantive, "similarity": e.similarity,
                     "old_eids": list(e.old), "new_eids": list(e.new),
                     "redline": [] if e.redline is None else [op.to_dict() for op in e.redline.ops
                                                               if op.kind is not OpKind.EQUAL],
                     "whole": bool(e.redline and e.redline.whole),
                     "references": [r.to_dict() for r in e.references], "unsure": e.unsure,
                     "runner_up": {"side": e.runner_up_side, "eids": list(e.runner_up),
                                   "nums": _nums(oi if e.runner_up_side == "old" else ni, e.runner_up),
                                   "similarity": e.runner_up_similarity}
                     if e.runner_up else None,
                     **({"into": [{"old": o, "new": k, "similarity": s} for o, k, s in e.into]} if e.into else {})})  # fmt: skip
    from .align import ALIGN_SCHEMA

    return {"schema": ALIGN_SCHEMA, "old": side(old_name, al.old), "new": side(new_name, al.new),
            "method": al.method, "alignment": rows, "summary": al.summary()}  # fmt: skip


def alignment_text(al: Alignment, changes_only: bool = False, color: bool = False) -> str:
    """The comparison for the terminal: old → new, class, redline of every changed article."""
    from .align import _lines  # (here: a merge's report does not load the aligner)

    oi, ni = unit_index(al.old), unit_index(al.new)
    lines = []
    for e in al.entries:
        if changes_only and not e.substantive:
            continue
        head = f"{_labels(oi, e.old)} → {_labels(ni, e.new)}  {e.change}"
        consequential = [r for r in e.references if r.consequential]
        if consequential:
            head += "; references follow the renumbering: " + ", ".join(f"{r.old}→{r.new}" for r in consequential)
        if e.unsure:  # never silently: the pairing and what came closest after it
            side = "old " if e.runner_up_side == "old" else "new "
            also = f", also close to {side}{_labels(oi if e.runner_up_side == 'old' else ni, e.runner_up)} " \
                   f"({e.runner_up_similarity:.2f})" if e.runner_up else ""  # fmt: skip
            head += f"  (unsure: similarity {e.similarity:.2f}{also})"
        for o, kuan, alike in e.into:  # an article moved into a 款 of another: where, never silently (see align.moved_into)
            head += f"  ({_labels(oi, (o,))} into {law_citation(al.new, kuan)}, similarity {alike:.2f}: check)"
        lines.append(head)
        if e.redline is not None and e.redline.changed:
            if e.redline.whole:
                lines.append(f"    (whole text replaced: {e.redline.reason})")
            elif not e.substantive:
                lines.append("    (formatting and consequential references only)")
            elif len(e.old) == len(e.new) == 1 and (was := _lines(e.redline.old)) != (now := _lines(e.redline.new)) \
                    and "".join(was) == "".join(now):  # fmt: skip
                # (the struck line break alone shows little)
                lines.append(f"    (the same words, set in {len(now)} paragraph(s) or item(s) where it had {len(was)}: "
                             "what cites them by number may need changing)")  # fmt: skip
            lines.extend("    " + line for line in _changed_lines(render_text(e.redline, color)))
        if kept := [r for r in e.references if r.renumbered_to]:
            # (the same words, the citation left as it was: what makes it a change, never a bare "modified")
            said = dict.fromkeys(f"{r.old} (now {r.renumbered_to})" for r in kept)  # (each once, in order)
            lines.append(f"    (citations not renumbered with what they cite: {', '.join(said)}; check them)")
    s = al.summary()
    lines.append(", ".join(f"{k} {v}" for k, v in s.items() if v or k == "substantive"))
    return "\n".join(lines) + "\n"


def _changed_lines(marked: str) -> list[str]:
    """The lines of a rendered redline that carry a change; runs of others become "…"."""
    out: list[str] = []
    depth = 0
    for line in marked.split("\n"):
        opens = line.count("[-") + line.count("{+")
        closes = line.count("-]") + line.count("+}")
        keep = depth > 0 or opens or closes
        depth = max(0, depth + opens - closes)
        if keep:
            out.append(line)
        elif not out or out[-1] != "…":
            out.append("…")
    while out and out[-1] == "…":
        out.pop()
    return out


def alignment_html(al: Alignment, old_name: str, new_name: str) -> str:
    """The 修改前后对照表: old article | new article | redline, one row per entry."""
    from html import escape as e_
    oi, ni = unit_index(al.old), unit_index(al.new)
    sep_o, sep_n = body_separator(al.old), body_separator(al.new)

    def cell(index: dict[str, Unit], eids: tuple[str, ...], sep: str) -> str:
        return "<br>\n".join(f"<b>{e_(index[x].label)}</b> {e_(index[x].body(sep)).replace(chr(10), '<br>')}"
                             for x in eids)  # fmt: skip

    rows = []
    for e in al.entries:
        red = render_html(e.redline) if e.redline is not None and e.redline.changed else ""
        rows.append(f"<tr class=\"{e.change}\"><td>{cell(oi, e.old, sep_o)}</td><td>{cell(ni, e.new, sep_n)}</td>"
                    f"<td>{red}</td><td>{e_(str(e.change))}</td></tr>")  # fmt: skip
    s = al.summary()
    summary = ", ".join(f"{k} {v}" for k, v in s.items())
    table = ("<table><tr><th>修改前 (" + e_(old_name) + ")</th><th>修改后 (" + e_(new_name) + ")</th>"
             "<th>redline</th><th>class</th></tr>\n" + "\n".join(rows) + "\n</table>\n")  # fmt: skip
    return page(f"{old_name} → {new_name}: 修改前后对照表", f"<p class=\"muted\">{e_(summary)}</p>\n{table}")
