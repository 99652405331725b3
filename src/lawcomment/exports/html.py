"""The consultation as one self-contained HTML page for staff review: a table of contents,
coloured redlines, every change, conflict and new unit with its state (proposed, accepted,
rejected, unresolved) and the deciding decision, stale decisions flagged, comments, and
filters by working group, status and review state.

Unlike the submission, the page shows everything: rejected and unreviewed changes too,
each marked. Article statuses (amended, commented) follow the view, i.e. what the
submission proposes, except that an article whose proposals are undecided is marked as such
(``pending``) and one whose proposals were all turned down as ``declined``
(:func:`lawcomment.exports.data.review_status`). Then come the comments on no article
(the whole document, orphaned ones with the reason), the members' replies (who has not
answered, against the draft's deadline) and, when a later version exists, what it adopted.
Every label is in the page's language; every text is escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from itertools import chain
from operator import attrgetter
from typing import BinaryIO

from ..comments import INACTIVE, Comment, Stance, Status
from ..consultation.responses import TEXT as REPLY_TEXT
from ..consultation.responses import deadline_text, group_name, no_response_text, response_report, when
from ..records import Decision
from ..review.grouping import brief_segments
from ..review.phrases import conflict_words, words_before
from ..review.position import TRANSLATIONS, Piece, UnitPosition, combined_parts, numbered, own_edits
from ..review.drawing import drawn_segments, whole_numbers
from ..review.redline import Span
from ..review.reports import page_parts
from .contract import ExportOptions
from .data import decided_label, forwarded_label, may_settle, review_pieces, review_status, where
from .labels import LABELS, LANGUAGE_NAMES, colon, label
from .messages import localized, typeset
from .text import PAIRED_TEXT, unit_heading
from .view import Consultation, Item, ItemStatus, write_apart

_STYLE = ("<style>nav ol{columns:3;column-gap:2.5em;list-style-position:inside;font-size:.9em}nav li{break-inside:avoid}section{border-top:1px solid #ccc;margin-top:1em}"
          ".filters{position:sticky;top:0;background:#fff;padding:.4em 0;border-bottom:1px solid #ccc}"
          ".status{font-size:.8em;padding:0 .4em;border-radius:.3em;background:#eee}"
          ".st-conflict{background:#fdd}.st-amended,.st-deleted{background:#dfd}.law p{margin:.2em 0}"
          ".heading{color:#555;font-size:.9em}.todo{background:#fff3c4}"
          "del.rv-proposed,ins.rv-proposed{background:#fff3c4}"
          "del.rv-rejected,ins.rv-rejected{color:#888;text-decoration-style:dotted}"
          "del.rv-consequential,ins.rv-consequential{background:#eef3fb}"
          ".rv-unresolved{background:#fdd;border-bottom:2px dashed #b00}.rv-id{color:#666;font-size:.7em}"
          "td.st-proposed,td.st-unresolved{background:#fff3c4}td.st-rejected{color:#888}"
          "td.st-accepted,td.st-chosen,td.st-final{background:#e6f6e6}"
          ".stale{border-left:4px solid #b00;background:#fee;padding:.3em .6em}"
          ".st-pending{background:#fff3c4}.st-declined{background:#eee;color:#555}"
          "table.review td:nth-child(2),table.review th{white-space:nowrap}td.num{text-align:right}"
          ".bi{display:grid;grid-template-columns:1fr 1fr;gap:1.5em}.bi:has(>:only-child){display:block}"
          # (on a phone: the contents in one column, the two texts one above the other)
          "@media screen and (max-width:48em){nav ol{columns:1}.bi{display:block}}"
          ".only-src .tr,.only-tr .src{display:none}.only-src .bi,.only-tr .bi{display:block}"
          ".wording{border-left:3px solid #fff3c4;padding-left:.5em}"
          ".near-group{border-left:3px solid #c9d8f0;padding-left:.6em;margin:.4em 0}.near-group ul{margin:.2em 0}"
          ".decided{color:#1a7f37;font-weight:600}"
          ".overdue{color:#b00;font-weight:bold}.rv-point{color:#b00;font-weight:bold}.nw,.nw th,.responses td,.responses th{white-space:nowrap}td.where{width:14em;font-size:.85em}</style>")  # fmt: skip
# Filters only hide sections; without JavaScript the whole page stays readable.
_SCRIPT = ("<script>function lcFilter(){var g=document.getElementById('lc-group').value,"
           "s=document.getElementById('lc-status').value,r=document.getElementById('lc-review').value;"
           "document.querySelectorAll('section[data-status]').forEach(function(e){"
           "var okg=!g||e.dataset.groups.split('|').indexOf(g)>=0,oks=!s||e.dataset.status===s,"
           "okr=!r||e.dataset.review.split(' ').indexOf(r)>=0;"
           "e.hidden=!(okg&&oks&&okr);});}"
           "function lcLang(){document.body.className=document.getElementById('lc-lang').value;}</script>")  # fmt: skip



def _who(view: Consultation, members: tuple[str, ...], lang: str = "en") -> str:
    return view.member_names(tuple(members), "、" if lang == "zh" else ", ")


#: A merge warning about one member's own proposals opens with its id (acme's proposals #1, #2 …).
_OWN = re.compile(r"(?P<who>[^\s']+)'s proposals? #")


_BOUNDS = re.compile(r"the position reads 「.*」, a range no proposal has(?: \(its lower bound above its upper\))?: its lower "
                     r"bound is (?P<low>.+)'s, its upper "
                     r"bound (?P<high>.+)'s: decide the two bounds together$")


def _by_name(view: Consultation, warning: str, said: str) -> str:
    """``said`` (``warning`` as the page says it) naming the members it names by their
    organisations, as the page's tables do, not by their ids: the one it opens with, or those
    a range's two bounds come from."""
    found = _OWN.match(warning)
    who = found["who"] if found is not None else ""
    if who and said.startswith(who):
        return view.member_name(who) + said[len(who):]
    bounds = _BOUNDS.search(warning)
    if bounds is None:
        return said
    for key in ("low", "high"):
        ids = bounds[key]
        named = ", ".join(view.member_name(m) for m in ids.split(", "))
        for form in (f"来自{ids}的", f"is {ids}'s", f"bound {ids}'s"):  # as the page says it, in either language
            said = said.replace(form, form.replace(ids, named), 1)
    return said


def _decided(lb: dict[str, str], decision: int | None) -> str:
    return lb["rv_decision"].format(n=decision) if decision else ""


def redline_html(view: Consultation, item: Item) -> str:
    """The submitted position as ``<del>``/``<ins>`` over the draft, each change titled
    with its supporters."""
    out: list[str] = []
    for kind, text, supporters in item.segments(view.law_words()):
        body = html.escape(text).replace("\n", "<br>")
        if not kind:
            out.append(body)
        else:
            title = html.escape(_who(view, supporters) or LABELS[view.lang]["committee"], quote=True)
            out.append(f'<{kind} title="{title}">{body}</{kind}>')
    return "".join(out)


def _drawn_html(old: str, new: str) -> str:
    """``old`` → ``new`` as ``<del>``/``<ins>`` markup, escaped, each line break a ``<br>`` and the
    break (as :func:`~lawcomment.review.redline.render_html` writes it), drawn as a reader reads it
    (:func:`~lawcomment.review.drawing.drawn_segments`: a number changed whole, ~~二年~~三年)."""
    return "".join(f"<{k}>{t}</{k}>" if k else t for k, t in
                   ((k, html.escape(t).replace("\n", "<br>\n")) for k, t in drawn_segments(old, new)))


def review_redline_html(view: Consultation, item: Item, lang: str = "zh") -> str:
    """Every change of the merge over the draft, whatever its state: ``<del>``/``<ins>``
    with class ``rv-accepted``, ``rv-proposed``, ``rv-rejected``, ``rv-chosen`` or
    ``rv-final``, titled with id, state, decision and supporters and followed by the id;
    an undecided conflict's region is marked ``rv-unresolved``."""
    e = html.escape
    lb = LABELS[lang]
    pos = item.position
    base = pos.base
    # (start, end, new or None for a marked region, supporters, state, id, label)
    pieces: list[tuple[int, int, str | None, tuple[str, ...], str, str, str]] = []
    if pos.final is not None:
        name = lb["final_wording"].format(n=pos.final.id)
        # each edit of the final wording with the members who proposed it in those words, as the submission says
        pieces += [(m.start, m.end, m.new, m.supporters, "final", "", name) for p in pos.pieces() for m in pos.marked(p)]
    else:
        pieces += [(c.change.start, c.change.end, c.change.new, c.change.supporters, c.state, c.change.id,
                    label(c.state, lang, "change") + _decided(lb, c.decision)) for c in pos.changes]  # fmt: skip
        for x in pos.conflicts:
            k = x.conflict
            if x.chosen:
                alt = k.alternatives[x.chosen - 1]
                name = lb["rv_chosen"].format(n=x.chosen) + _decided(lb, x.decision)
                # its own edits, as the submission shows them (word by word where the diff joined them),
                # the conflict's id after the last
                # (several members' entries put in together: each its own, with its members, as the submission has them)
                edits = [(Span(0, 0, part.text), part.supporters) for part in combined_parts(k, alt)] if alt.combines \
                    else [(d, alt.supporters) for d in own_edits(base[k.start:k.end], alt.text)] or [
                        (Span(0, k.end - k.start, alt.text), alt.supporters)]  # fmt: skip
                pieces += [(k.start + d.start, k.start + d.end, d.new, who, "chosen",
                            k.id if n == len(edits) else "", name if n == len(edits) else f"{k.id} · {name}")
                           for n, (d, who) in enumerate(edits, 1)]  # fmt: skip
            elif x.chosen == 0:
                pieces.append((k.start, k.end, None, (), "kept", k.id, lb["rv_kept"] + _decided(lb, x.decision)))
            else:
                pieces.append((k.start, k.end, None, (), "unresolved", k.id, lb["rv_unresolved"]))
        _numbered_on(base, pieces, lb["rv_consequential"])
    # a number changed drawn whole with its measure word (保存~~二~~三年 reads 保存三三年: a trial's); a region
    # marked whole (new None) is a bound, never drawn with it
    pieces.sort(key=lambda p: (p[0], p[1]))
    drawn = whole_numbers(base, [(Span(p[0], p[1], "\x00" if p[2] is None else p[2]), None) for p in pieces])
    pieces = [p if p[2] is None else (d.start, d.end, d.new, *p[3:]) for p, (d, _) in zip(pieces, drawn, strict=True)]
    out: list[str] = []
    at = 0

    def plain(text: str) -> str:
        return e(text).replace("\n", "<br>")

    for start, end, new, supporters, state, pid, name in sorted(pieces, key=lambda p: (p[0], p[1])):
        if start > at:
            out.append(plain(base[at:start]))
        title = e(" · ".join(x for x in (pid, name, _who(view, supporters)) if x), quote=True)
        made = len(out)
        if new is None and end == start and state == "unresolved":  # words inserted at one point: mark the point
            out.append(f'<span class="rv-{state} rv-point" title="{title}">‸</span>')
        elif new is None:
            out.append(f'<span class="rv-{state}" title="{title}">{plain(base[start:end])}</span>')
        else:
            if end > start:
                out.append(f'<del class="rv-{state}" title="{title}">{plain(base[start:end])}</del>')
            if new:
                out.append(f'<ins class="rv-{state}" title="{title}">{plain(new)}</ins>')
        if pid:
            sup = f'<sup class="rv-id">{e(pid)}</sup>'
            if len(out) > made:
                out[-1] = _id_at_line_end(out[-1], sup)
            else:
                out.append(sup)
        at = max(at, end)
    out.append(plain(base[at:]))
    return "".join(out)


def _id_at_line_end(piece: str, sup: str) -> str:
    """A change's ``piece`` (one del, ins or span) and its id ``sup``: a change that ends a line
    (a whole 项 with its break) has its id at the end of that line, not at the next one's start;
    the break stays in an element like the piece's, so the page still reads as the position."""
    # (a piece that ends no line, most, is not matched: the pattern's .+ tries every place in it)
    found = re.fullmatch(r"(<(del|ins|span)\b[^>]*>)(.+)<br></\2>", piece, re.DOTALL) \
        if piece.endswith(_LINE_ENDS) else None  # fmt: skip
    if found is None:
        return piece + sup
    opening, name, words = found.groups()
    return f"{opening}{words}</{name}>{sup}{opening}<br></{name}>"


#: How a piece :func:`_id_at_line_end` moves the id of ends.
_LINE_ENDS = ("<br></del>", "<br></ins>", "<br></span>")


def _numbered_on(base: str, pieces: list[tuple[int, int, str | None, tuple[str, ...], str, str, str]],
                 name: str) -> None:  # fmt: skip
    """The review page's pieces with their lists numbered as the position numbers them
    (:func:`lawcomment.review.numbered`), so that the page reads as the position does: a new 项
    with the number the position gives it; each label renumbered after an item taken out or put
    in, as a piece of its own (asked by nobody); a member's relabel that was not taken, or one
    the numbering brings back to the draft's label, shown with the label the position has; a
    label inside a conflict still open, numbered within the draft's words shown there."""
    active = sorted((i for i, p in enumerate(pieces) if p[4] in _SUBMITTED and p[2] is not None),
                    key=lambda i: (pieces[i][0], pieces[i][1]))  # fmt: skip
    fixed = numbered(base, [Piece(pieces[i][0], pieces[i][1], pieces[i][2] or "", pieces[i][3]) for i in active])
    own: dict[tuple[int, int], list[str]] = {}  # (in order: two members' entries put in at one point, each its own)
    for q in fixed:
        if not q.consequential:
            own.setdefault((q.start, q.end), []).append(q.new)
    for i in active:
        start, end, _, supporters, state, pid, label_ = pieces[i]
        if own.get((start, end)):
            pieces[i] = (start, end, own[(start, end)].pop(0), supporters, state, pid, label_)
        else:  # numbered back to the draft's own words: the position changes nothing there
            pieces[i] = (start, end, None, supporters, "consequential", pid, f"{label_}；{name}")
    for q in (q for q in fixed if q.consequential):
        under = [k for k, p in enumerate(pieces)
                 if (p[0] < q.end and q.start < p[1]) or (p[0] == p[1] and q.start < p[0] < q.end)]
        if not under:
            pieces.append((q.start, q.end, q.new, (), "consequential", "", name))
            continue
        if len(under) > 1:
            continue  # across several pieces: left to them
        k = under[0]
        start, end, new, supporters, state, pid, label_ = pieces[k]
        if (start, end) == (q.start, q.end) and (new is None or state not in _SUBMITTED):
            # a member's relabel not taken, or a conflict's region that is just the label: the position's number
            pieces[k] = (start, end, q.new, supporters, "consequential", pid, f"{label_}；{name}")
        elif (new is None or (not new and state not in _SUBMITTED)) and start <= q.start and q.end <= end:
            # inside the draft's words a region shows, or a deletion not taken: the label numbered in it
            kept = [(a, b) for a, b in ((start, q.start), (q.end, end)) if a < b]
            pieces[k] = (kept[0][0], kept[0][1], new, supporters, state, pid, label_)
            pieces.extend((a, b, new, supporters, state, "", label_) for a, b in kept[1:])
            pieces.append((q.start, q.end, q.new, (), "consequential", "", name))


#: The states of the pieces the position (and so the submission) is made of.
_SUBMITTED = frozenset({"accepted", "proposed", "chosen"})


#: Characters of the draft's words a conflict is about up to which each alternative is quoted
#: whole; past them, it is shown as a redline of those words.
_SHORT_REGION = 16


def _quoted(text: str) -> str:
    return f"「{_escape(text.rstrip(chr(10)))}」"  # a 项's closing line break is no word to show


def review_table(view: Consultation, item: Item, lang: str = "zh",
                 named: dict[tuple[str, ...], str] | None = None) -> str:  # fmt: skip
    """One row per change, conflict and new unit: id, state with the deciding decision,
    what it does, who proposed it. A conflict names the draft's words it is about, or,
    when the members inserted different words at one point, where that point is.

    ``named`` keeps, from one call to the next (in ``lang``), each list of members as an
    alternative names them: tens of thousands of alternatives at NPC scale, most of one member."""
    e = _escape
    special = _special
    lb = LABELS[lang]
    c_ = colon(lang)
    pos = item.position
    rows: list[str] = []
    named = {} if named is None else named

    def row(pid: str, state: str, name: str, what: str, who: str) -> None:
        rows.append(f'<tr data-state="{state}"><td>{e(pid)}</td><td class="st-{state}">{e(name)}</td>'
                    f"<td>{what}</td><td>{e(who)}</td></tr>")  # fmt: skip

    # under the committee's own wording: the changes it makes in their very words are taken into it, not
    # "superseded" (a trial's committee wording was exactly c1, which the page said it superseded)
    taken = pos.taken_into_final()
    for c in pos.changes:
        ch = c.change
        what = (f"<del>{e(ch.old)}</del>" if ch.old else "") + (f"<ins>{e(ch.new)}</ins>" if ch.new else "")
        state = c.state if pos.final is None else "final"
        name = label(c.state, lang, "change") + _decided(lb, c.decision) if pos.final is None else \
            lb["rv_final_taken" if (ch.start, ch.end, ch.new) in taken else "rv_final"]  # fmt: skip
        row(ch.id, state, name, what, _who(view, ch.supporters))
    chosen = ' class="chosen"'
    paren = "（{}）" if lang == "zh" else " ({})"
    deleted = "<del>" + e(lb["alt_deleted"]) + "</del>"
    for x in pos.conflicts:
        k = x.conflict
        if pos.final is not None:
            state, name = "final", lb["rv_final"]
        elif x.chosen is None:
            state, name = "unresolved", lb["rv_unresolved"]
        elif x.chosen == 0:
            state, name = "kept", lb["rv_kept"] + _decided(lb, x.decision)
        else:
            state, name = "chosen", lb["rv_chosen"].format(n=x.chosen) + _decided(lb, x.decision)
        # (a number with its measure word on every side: 「六十个工作日」 against 「三十个工作日」, never 「六十」)
        said, texts = conflict_words(pos.base, k.start, k.end, [a.text for a in k.alternatives])
        # an alternative that takes the words out says so, not 「」; one of many words as a redline of the
        # draft's, which says what it changes (a trial's alternative 2 was a whole article to compare by eye)
        whole = len(said) <= _SHORT_REGION or not said.strip()
        was = said.rstrip("\n")
        odd = special(was) or "\n" in was  # (the draft's words to escape, or a line break: seldom)
        starts: dict[int, str] = {}  # (the draft's words' starts and ends compared, kept for each alternative)
        ends: dict[int, str] = {}
        alts: list[str] = []
        for a, text in zip(k.alternatives, texts, strict=True):
            if not a.text.strip():
                shown = deleted
            elif whole:
                shown = _quoted(text)
            else:
                # (the words before and after they share, and between them what it takes out and puts in: one
                # pass over each, never a diff per alternative, which cost the NPC-scale page three seconds)
                now = text.rstrip("\n")
                p = _shared(was, now, starts, True)
                q = min(_shared(was, now, ends, False), len(was) - p, len(now) - p)
                gone, put = was[p:len(was) - q], now[p:len(now) - q]
                if odd or special(now) or "\n" in now:
                    shown = (f"「{e(was[:p])}" + (f"<del>{e(gone)}</del>" if gone else "")
                             + (f"<ins>{e(put)}</ins>" if put else "")
                             + f"{e(was[len(was) - q:])}」").replace("\n", "")  # fmt: skip
                else:  # (most: nothing to escape, no line break to drop; made in one piece)
                    shown = (f"「{was[:p]}{'<del>' if gone else ''}{gone}{'</del>' if gone else ''}"
                             f"{'<ins>' if put else ''}{put}{'</ins>' if put else ''}"
                             f"{was[len(was) - q:]}」")  # fmt: skip
            who = named.get(a.supporters)
            if who is None:  # (each list of members named and escaped once)
                who = named[a.supporters] = paren.format(e(_who(view, a.supporters)))
            combined = (e(lb["alt_both" if len(a.combines) == 2 else "alt_all"].format(
                n=len(a.combines), order=lb["alt_then"].join(map(str, a.combines)))) if a.combines else "")  # fmt: skip
            alts.append(f"<li{chosen if a.number == x.chosen else ''}>{combined}{shown}{who}</li>")
        if x.draft_supporters:  # who asked for no change there: choosing 0 keeps the draft's words
            alts.append(f'<li value="0"{chosen if x.chosen == 0 else ""}>{e(lb["alt_keep"])}'
                        f"{paren.format(e(_who(view, x.draft_supporters)))}</li>")  # fmt: skip
        if k.old:
            at = e(lb["draft_wording"] + c_) + _quoted(said)
        elif k.start:  # members inserted different words at one point: say where, not 「」
            at = e(lb["insert_at"].format(before=words_before(pos.base, k.start)))
        else:
            at = e(lb["insert_start"])
        row(k.id, state, name, f"{at}<ol>{''.join(alts)}</ol>", "")
    names = {u.insertion.id: u.label for u in item.new_units}
    for ins in pos.insertions:
        head = names.get(ins.id) or lb["new_unit"] + lb["after"].format(where=item.citation)
        row(ins.id, ins.state, label(ins.state, lang, "change") + _decided(lb, ins.decision),
            f"{e(head + c_)}<ins>{e(ins.text)}</ins>", _who(view, ins.supporters))
    if pos.final is not None:  # as a redline of the draft's words (one <ins> of the whole article hid what it changes)
        final = _drawn_html(pos.base, pos.final.new or "") if pos.final.new else f"<del>{e(pos.base)}</del>"
        row("", "final", lb["final_wording"].format(n=pos.final.id), final.replace("\n", ""), "")
    if not rows:
        return ""
    return (f'<table class="review"><tr><th>#</th><th>{e(lb["state"])}</th><th>{e(lb["change"])}</th>'
            f"<th>{e(lb['supporters'])}</th></tr>{''.join(rows)}</table>")  # fmt: skip


def _shared(was: str, now: str, kept: dict[int, str], start: bool) -> int:
    """How many characters ``was`` and ``now`` start (``start``) or end with in common, found by
    halves; each of ``was``'s starts or ends compared is kept in ``kept`` for the next ``now`` (a
    conflict's alternatives against the draft's words: a slice of a Chinese text costs as much
    as a thousand instructions, and the first halves are the same for every alternative)."""
    low, high = 0, min(len(was), len(now))  # (was and now share low characters, and not more than high)
    while low < high:
        mid = (low + high + 1) // 2
        part = kept.get(mid)
        if part is None:
            part = kept[mid] = was[:mid] if start else was[len(was) - mid:]
        if now.startswith(part) if start else now.endswith(part):
            low = mid
        else:
            high = mid - 1
    return low


def _review_marks(item: Item, unreviewed: tuple[str, ...] | None = None) -> list[str]:
    """What is to review of ``item`` (``unreviewed``: its :attr:`~lawcomment.exports.view.Item.unreviewed`,
    when known), as its section's ``data-review`` names it."""
    unreviewed = item.unreviewed if unreviewed is None else unreviewed
    return [m for m, on in (("unreviewed", bool(unreviewed or item.translation_open)), ("stale", bool(item.stale)))
            if on]  # fmt: skip


def _badges(item: Item, lang: str, status: str | None = None, unreviewed: tuple[str, ...] | None = None) -> str:
    """``item``'s badges: its ``status`` (:func:`~lawcomment.exports.data.review_status`, worked out
    when not given), and what is to review (``unreviewed``: as :func:`_review_marks` takes it)."""
    e = html.escape
    lb = LABELS[lang]
    status = review_status(item) if status is None else status
    out = f'<span class="status st-{status}">{e(label(status, lang, "article"))}</span>'
    if unreviewed is None:
        unreviewed = item.unreviewed  # (worked out from the position each time it is asked)
    if unreviewed:
        out += f' <span class="status todo">{e(lb["unreviewed"].format(ids=", ".join(unreviewed)))}</span>'
    if item.translation_open:
        ids = ", ".join(f"#{n}" for n in item.translation_open)
        out += f' <span class="status todo">{e(lb["translation_open"].format(ids=ids))}</span>'
    if item.stale:
        out += f' <span class="status st-conflict">{e(lb["stale"])}</span>'
    return out


def _comment_rows(view: Consultation, comments: tuple[Comment, ...] | list[Comment], lang: str,
                  place: bool = False, cells: dict[object, str] | None = None,
                  decided: dict[int, str] | None = None) -> str:  # fmt: skip
    """The comments as table rows (:func:`_comment_row_list`, joined)."""
    return "".join(_comment_row_list(view, comments, lang, place, cells, decided))


def _comment_row_list(view: Consultation, comments: tuple[Comment, ...] | list[Comment], lang: str,
                      place: bool = False, cells: dict[object, str] | None = None,
                      decided: dict[int, str] | None = None) -> list[str]:  # fmt: skip
    """The comments as table rows: id, (where,) member, stance, status, quote, proposal, text,
    one string a row (joined once, with the rest of the section: most of the page's bytes).

    ``cells`` keeps the cells many rows share (a member's name, a stance and status) from
    one call to the next; ``decided`` gives the status of an open comment staff decided on
    (:func:`~lawcomment.exports.data.decided_label`), by its id."""
    e = html.escape
    special = _special
    cells = {} if cells is None else cells
    decided = decided or {}
    opened, adopted = Status.OPEN, Status.ADOPTED
    written_on = view.written_on  # the orphans' units of the readings they were written on
    # each text escaped only when it has something to escape, and its line breaks shown only
    # when it has any (_lines): most comments have neither (a hundred thousand rows), and most
    # articles' comments none at all: looked for once in all their texts, not in each
    bodies = "".join(map(_BODY, comments))
    odd_bodies = special(bodies) or "\n" in bodies
    wordings = "".join(filter(None, map(_PROPOSED, comments)))  # (the wordings there are)
    odd_wordings = special(wordings) or "\n" in wordings
    out: list[str] = []
    for c in comments:
        who = cells.get(c.member)
        if who is None:
            who = cells[c.member] = f"<td>{e(view.member_name(c.member))}</td>"
        status = decided.get(c.id) if decided and c.status is opened else None
        # a support or opposition carried onto words the new version changed: given on the old ones
        note = c.note
        earlier = _carry_check(note) == "stance" if note else False
        key = (c.stance, status or c.status, earlier)  # enums, or a label: never a member id
        how = cells.get(key)
        if how is None:
            said = (status or label(c.status, lang)) + (LABELS[lang]["on_earlier"] if earlier else "")
            how = cells[key] = f'<td class="nw">{e(label(c.stance, lang))}</td><td class="nw">{e(said)}</td>'
        tongue = f'<span class="lang">[{e(c.lang)}]</span> ' if c.lang else ""  # written on the translation
        quote = c.anchor.quote
        orphan = written_on.get(c.id) if written_on else None
        if orphan is not None:  # the words its member quoted on the reading it was written on (where() cites it so)
            quote = orphan.quote
        if quote and special(quote):
            quote = e(quote)
        proposed = c.proposed_text
        if c.status is adopted and c.origin is not None and proposed is not None:
            proposal = _proposal_cell(c, lang)
        elif proposed:
            proposal = proposed
            if odd_wordings:
                if special(proposal):
                    proposal = e(proposal)
                if "\n" in proposal:  # (_lines, inline: forty thousand wordings)
                    proposal = proposal.replace("\n", "<br>")
        else:
            proposal = ""
        body = c.body
        if odd_bodies:
            if special(body):
                body = e(body)
            # a wording of several 款 (or a remark of several paragraphs) keeps its line breaks (_lines)
            if "\n" in body:
                body = body.replace("\n", "<br>")
        # (the row made in one piece, not joined from two: a hundred thousand rows)
        said = f"{quote}{_quoted_before(c, lang)}" if note and orphan is None else quote
        if place:
            out.append(f'<tr><td>#{c.id}</td><td class="where">{e(where(view, c, lang))}</td>{who}{how}<td>{said}</td>'
                       f"<td>{tongue}{proposal}</td><td>{body}</td></tr>")  # fmt: skip
        else:
            out.append(f"<tr><td>#{c.id}</td>{who}{how}<td>{said}</td><td>{tongue}{proposal}</td><td>{body}</td></tr>")
    return out



def decided_labels(comments: tuple[Comment, ...] | list[Comment], pieces: dict[str, list[tuple[str, bool]]],
                   lang: str) -> dict[int, str]:  # fmt: skip
    """By id, the status of each open comment of ``comments`` staff decided on
    (:func:`~lawcomment.exports.data.decided_label` of its ``pieces``, those of
    :func:`~lawcomment.exports.data.review_pieces`). decided_label says nothing of a comment none
    of whose pieces is settled: when none of the unit's is (most units of a consultation under
    way), nothing is looked up comment by comment."""
    opened = Status.OPEN
    # an open remark staff forwarded is in the submission: said so, as the tracking sheet and its member's
    # card say it (a trial's review page read 待处理 beside the sheet's 已列入提交稿); most units have none
    sent = {c.id: forwarded_label(lang) for c in comments if c.forwarded and c.status is opened} \
        if any(map(_FORWARDED, comments)) else {}  # fmt: skip
    if not any(done for given in pieces.values() for _, done in given):
        return sent
    return {**sent, **{c.id: found for c in comments if c.status is opened and (given := pieces.get(f"#{c.id}")) is not None
                       and (found := decided_label(given, lang)) is not None}}  # fmt: skip


def _special(text: str) -> bool:
    """Whether ``text`` has a character html.escape replaces (quotes too): a text without any
    comes out as it went in. (Five searches for one character each: a third of what one search
    for any of them, a regex's, costs in a Chinese text; as much in a short one.)"""
    return "&" in text or "<" in text or ">" in text or '"' in text or "'" in text


def _escape(text: str, quote: bool = True) -> str:
    """``html.escape(text, quote)``, looked at once when it has nothing to escape (most texts)."""
    return html.escape(text, quote) if _special(text) else text


_ID = attrgetter("id")
_BODY = attrgetter("body")
_PROPOSED = attrgetter("proposed_text")
_FORWARDED = attrgetter("forwarded")
_NOTE = attrgetter("note")
_MEMBER = attrgetter("member")
_EID = attrgetter("anchor.eid")
_STATUS = attrgetter("status")
_SUPPORTERS = attrgetter("supporters")


def _proposal_cell(c: Comment, lang: str) -> str:
    """A comment's proposed wording, escaped; for a proposal carried as adopted (its wording is now
    the new version's text, not the member's words) where the member's own wording is."""
    if c.status is Status.ADOPTED and c.origin is not None and c.proposed_text is not None:
        return f'<span class="muted">{html.escape(LABELS[lang]["adopted_wording"].format(n=c.origin))}</span>'
    return _lines(html.escape(c.proposed_text or ""))


def _carry_check(note: str) -> str:
    """:func:`lawcomment.review.rebase.carry_check`: "" for no note (most comments, never carried),
    without loading the carry-forward rules."""
    if not note:
        return ""
    from ..review.rebase import carry_check as check

    return check(note)


def _quoted_before(c: Comment, lang: str) -> str:
    """For a comment carried to words that differ from its quote (the new version reworded them),
    the words it quoted on the earlier reading, for staff to check: the member never quoted the
    new ones."""
    from ..review.rebase import quoted_before  # (only for a comment with a note: one carried forward)

    before = quoted_before(c.note) if c.note else None
    if before is None or before == c.anchor.quote:
        return ""
    return f' <span class="muted">{html.escape(LABELS[lang]["quoted_before"].format(q=before))}</span>'


def _lines(escaped: str) -> str:
    """Escaped text with its line breaks shown (a cell would run them together)."""
    return escaped.replace("\n", "<br>") if "\n" in escaped else escaped


def _comment_header(lang: str, place: bool = False) -> str:
    found = _HEADERS.get((lang, place))
    if found is None:  # (the same in every section)
        e = html.escape
        lb = LABELS[lang]
        cols = ["#", *([lb["where"]] if place else []), lb["member"], lb["stance"], lb["status"], lb["quote"],
                lb["proposal"], lb["text"]]  # fmt: skip
        found = _HEADERS[(lang, place)] = '<tr class="nw">' + "".join(f"<th>{e(c)}</th>" for c in cols) + "</tr>"
    return found


_HEADERS: dict[tuple[str, bool], str] = {}


def translation_html(view: Consultation, item: Item, lang: str = "zh") -> str:
    """The working translation of ``item`` beside the draft's text (``--lang zh+en``): its
    text, then each member's wording of it as a redline, named; "" without a translation."""
    side = view.translated(item, every=True)
    if side is None:
        return ""
    e = html.escape
    tag = "en" if side.lang == "en" else "zh-CN"
    if not side.paired:
        out = [f'<p class="muted">{e(PAIRED_TEXT[lang]["unpaired"].format(second=LANGUAGE_NAMES[lang][side.lang]))}</p>']
    elif item.kind.is_container:
        out = [f"<p>{e(f'{side.citation} {side.heading}'.strip())}</p>"]
    else:
        lines = side.text.split("\n")
        out = [f"<p><b>{e(side.citation)}</b> {e(lines[0])}</p>", *(f"<p>{e(line)}</p>" for line in lines[1:])]
    for w in side.wordings:
        body = "".join(f"<{k}>{e(t)}</{k}>" if k else e(t) for k, t in w.segments()).replace("\n", "<br>")
        if w.comment is not None:
            who = f"#{w.comment} {_who(view, w.supporters, lang)}"
        else:  # the committee's, and the members who proposed those very words
            who = LABELS[lang]["final_wording"].format(n=w.decision)
            who += f" · {LABELS[lang]['supporters']}{colon(lang)}{_who(view, w.supporters, lang)}" if w.supporters else ""
        out.append(f'<p class="wording"><span class="rv-id">{e(who)} · {e(w.citation)}</span><br>{body}</p>')
    out += [f'<p class="stale">{e(m)}</p>' for m in side.stale]
    return f'<div class="law tr" lang="{tag}">{"".join(out)}</div>'


#: Variants shown under a group of the review page before the rest are folded away.
NEAR_SHOWN = 10


def near_groups_html(view: Consultation, item: Item, lang: str = "zh") -> str:
    """The near-duplicate groups of ``item``: each with its size, members and representative (a
    wording redlined against the draft), then each variant's differences from it; "" without."""
    groups = view.near_groups(item)
    e = _escape
    lb = LABELS[lang]
    cut = (f'<p class="muted">{e(lb["near_incomplete"])}</p>' if item.eid in view.near.incomplete else "")
    if not groups:
        return cut
    sep = "、" if lang == "zh" else ", "
    decided = view.group_decisions(item)
    out = [cut, f'<details open class="near"><summary>{e(lb["near"] + lb["count"].format(n=len(groups)))}</summary>']
    for g in groups:
        kind = lb.get(f"near_kind_{g.kind}") or label(Stance(g.kind.split(":")[0]), lang)
        head = lb["near_group"].format(id=g.id, n=g.size, members=_who(view, g.members, lang), rep=g.representative)
        if g.kind == "wording":
            base = item.position.base
            text = _drawn_html(base, g.text).replace("\n", "<br>") if base else e(g.text)
        else:
            text = e(g.text).replace("\n", "<br>")
        lines = [f'<li>{e(sep.join(f"#{i}" for i in g.copies))}{e(colon(lang))}{e(lb["near_same"])}</li>']
        for n, v in enumerate(g.variants):
            if n == NEAR_SHOWN:  # a campaign has hundreds of variants: the rest folded
                rest = g.variants[n:]
                count = lb["near_more"].format(n=len(rest), c=sum(len(x.comments) for x in rest))
                lines.append(f"<li><details><summary>{e(count)}</summary><ul>")
            marked = "".join(f"<{k}>{e(t)}</{k}>" if k else e(t) for k, t in brief_segments(v.redline, 12))
            how = f"{v.similarity:.2f}" + (f", {lb['near_punct']}" if v.punctuation_only else
                                           f", {lb['near_trivial']}" if v.trivial else "")  # fmt: skip
            lines.append(f'<li>{e(sep.join(f"#{i}" for i in v.comments))} ({e(how)}){e(colon(lang))}'
                         f'{marked.replace(chr(10), "<br>")}</li>')  # fmt: skip
        if len(g.variants) > NEAR_SHOWN:
            lines.append("</ul></details></li>")
        ids = decided.get(g.id)
        done = f' <span class="decided">{e(lb["near_decided"].format(ids=sep.join(f"#{i}" for i in ids)))}</span>' \
            if ids else ""  # fmt: skip
        out.append(f'<div class="near-group" id="{e(item.eid + "-" + g.id, quote=True)}">'
                   f'<p><b>{e(head)}</b> <span class="muted">{e(kind)}</span>{done}</p>'
                   f'<p class="rep">{text}</p><ul>{"".join(lines)}</ul></div>')  # fmt: skip
    out.append("</details>")
    return "".join(out)


def _section_pieces(view: Consultation, item: Item, lang: str, cells: dict[object, str] | None = None,
                    bilingual: bool = False, named: dict[tuple[str, ...], str] | None = None,
                    into: list[str] | None = None, status: str | None = None,
                    head: tuple[str, str] | None = None) -> list[str]:  # fmt: skip
    """``item``'s section in pieces (added to ``into``), joined once: its comment rows, most of
    the page, are not copied into a table, then a section, then one led by a line break.
    ``status``: the item's :func:`~lawcomment.exports.data.review_status`, when known; ``head``:
    its badges and review marks (:func:`_badges`, :func:`_review_marks` joined), when known."""
    e = html.escape
    lb = LABELS[lang]
    c_ = colon(lang)
    groups = view.groups_of(item)
    path = " · ".join(f"{u.label} {u.heading}".strip() for u in item.path)
    status = review_status(item) if status is None else status
    if head is None:
        unreviewed = item.unreviewed
        head = _badges(item, lang, status, unreviewed), " ".join(_review_marks(item, unreviewed))
    badges, marks = head
    parts: list[str | list[str]] = [(f'<section id="{e(item.eid, quote=True)}" data-status="{e(status, quote=True)}" '
              f'data-groups="{e("|".join(groups), quote=True)}" data-review="{marks}">'),
             f'<p class="heading">{e(path)}</p>' if path else "",
             # (a bill's section with its heading, as the submission prints it: Section 6 Hydroelectric facilities)
             f"<h2>{e(item.citation)}{e(' ' + own) if (own := unit_heading(view, item)) else ''} "
             f"{badges}</h2>",
             (f'<div class="bi"><div class="law src"><p>{review_redline_html(view, item, lang)}</p></div>'
              f"{translation_html(view, item, lang)}</div>" if bilingual else
              f'<div class="law"><p>{review_redline_html(view, item, lang)}</p></div>')]  # fmt: skip
    parts += [f'<p class="stale"><b>{e(lb["stale"] + c_)}</b>{e(localized(m, lang))}</p>' for m in item.stale]
    parts.append(review_table(view, item, lang, named))
    if item.committee_reason:  # what the submission prints as 理由 (unless it is left out: the stale line says why)
        out = "" if item.reason_applies else ("（未列入提交文本）" if lang == "zh" else " (left out of the submission)")
        parts.append(f'<p><b>{e(lb["reasons"] + out + c_)}</b>{e(item.committee_reason)}</p>')
    if item.forwarded:
        ids = "、".join(f"#{c.id}" for c in item.forwarded) if lang == "zh" else ", ".join(f"#{c.id}" for c in item.forwarded)
        parts.append(f'<p class="muted">{e(lb["forwarded"].format(ids=ids))}</p>')
    # who proposed wordings (each change's state is in the table), apart from who only supports the draft
    proposing = tuple(dict.fromkeys(chain(chain.from_iterable(map(_SUPPORTERS, item.position.merge.proposals)),
                                          chain.from_iterable(map(_SUPPORTERS, item.position.insertions)))))  # fmt: skip
    # (looked up in sets, not the tuples: an article of a large consultation has thousands of each)
    others = set(proposing)
    supports = [c for c in item.comments if c.stance == "support" and c.member not in others]  # (a Stance is text)
    # a support carried from the last reading onto words this one changed was given on the old words,
    # until the member supports the words as they are now (none without a note: most, never carried)
    as_is = tuple(dict.fromkeys(c.member for c in supports if _carry_check(c.note) != "stance")
                  if any(map(_NOTE, supports)) else dict.fromkeys(map(_MEMBER, supports)))  # fmt: skip
    current = set(as_is)
    earlier = tuple(m for m in dict.fromkeys(c.member for c in supports) if m not in current)
    if proposing:
        parts.append(f"<p><b>{e(lb['proposed_by'] + c_)}</b>{e(_who(view, proposing, lang))}</p>")
    if as_is:
        parts.append(f"<p><b>{e(lb['supports_draft'] + c_)}</b>{e(_who(view, as_is, lang))}</p>")
    if earlier:
        parts.append(f"<p><b>{e(lb['supported_earlier'] + c_)}</b>{e(_who(view, earlier, lang))}</p>")
    parts.append(near_groups_html(view, item, lang))
    if item.comments:
        count = lb["count"].format(n=len(item.comments))
        decisions = [d for d in view.decisions_on(item.eid) if d.subject]
        # (no piece settled: most units of a consultation under way, each of whose comments would be looked up)
        pieces = review_pieces(item.position, lang, comments=item.comments, decisions=decisions) \
            if may_settle(item.position, decisions) else {}  # fmt: skip
        decided = decided_labels(item.comments, pieces, lang)
        rows = _comment_row_list(view, item.comments, lang, cells=cells, decided=decided)
        parts.append([f"<details open><summary>{e(lb['comments'] + count)}</summary><table>{_comment_header(lang)}",
                      *rows, "</table></details>"])  # fmt: skip
    for w in item.position.warnings:
        if w not in item.stale:  # flagged above
            parts.append(f'<p class="muted">{e(lb["warning"] + c_)}{e(_by_name(view, w, localized(w, lang)))}</p>')
    parts.append("</section>")
    joined = [] if into is None else into
    first = True
    for p in parts:  # (as "\n".join of the parts that are not empty)
        if p:
            if not first:
                joined.append("\n")
            first = False
            if isinstance(p, list):
                joined += p
            else:
                joined.append(p)
    return joined


def other_comments_html(view: Consultation, lang: str = "zh") -> str:
    """The comments on no article of the page: on the whole document, orphaned ones (their
    anchor is gone from this text: 已失效 with the reason), and carried ones the new
    version already adopted; empty when there are none."""
    e = html.escape
    # (most often none is on the whole document or inactive: the items' hundred thousand comments not gathered,
    # and the comments' places and statuses looked at without a step of Python for each)
    comments = view.comments
    if None not in map(_EID, comments) and INACTIVE.isdisjoint(map(_STATUS, comments)):
        return ""
    candidates = [c for c in comments if c.anchor.eid is None or c.status in INACTIVE]
    if not candidates:
        return ""
    shown = set(map(_ID, chain.from_iterable(i.comments for i in view.items)))
    rest = [c for c in candidates if c.id not in shown]
    if not rest:
        return ""
    lb = LABELS[lang]
    # which of them go out under 一、总体意见 (comment forward), as an article's forwarded remarks are said
    sent = [f"#{c.id}" for c in view.general_remarks if c.id in {r.id for r in rest}]
    said = (f'<p class="muted">{e(lb["forwarded_general"].format(ids=("、" if lang == "zh" else ", ").join(sent)))}</p>'
            if sent else "")  # fmt: skip
    return (f'<section id="other-comments"><h2>{e(lb["other_comments"] + lb["count"].format(n=len(rest)))}</h2>'
            f"<table>{_comment_header(lang, True)}{_comment_rows(view, rest, lang, True)}</table>"
            f"{said}</section>")  # fmt: skip


def responses_html(view: Consultation, lang: str = "zh", deadline: str | None = None) -> str:
    """Who has answered (:mod:`lawcomment.consultation.responses`), as of the export's date: the deadline,
    one row per member, one per working group, then who has not answered yet."""
    e = _escape
    lb = LABELS[lang]
    t = REPLY_TEXT[lang]
    report = response_report(view.members.values(), view.comments, deadline, draft=view.ref, today=view.created[:10])
    if not report.members:
        return ""
    due = deadline_text(report, lang)
    due_html = f'<span class="overdue">{e(due)}</span>' if report.overdue else e(due)
    num = ' class="num"'
    carried = any(m.carried for m in report.members)  # (carried from the last reading: counted apart)
    # (a reply's class and label, a group's cell: each made once, not for each of thirteen thousand members)
    replies = {r: (e(str(r).replace(" ", "-")), e(label(r, lang))) for r in {m.reply for m in report.members}}
    groups_ = {g: e(group_name(g, lang)) for g in {m.group for m in report.members}}
    rows = "".join(
        f'<tr class="reply-{replies[m.reply][0]}"><td>{e(m.id)}</td><td>{e(m.org)}</td>'
        f"<td>{groups_[m.group]}</td><td>{replies[m.reply][1]}</td><td{num}>{m.comments}</td>"
        f"<td{num}>{m.proposals}</td><td>{e(when(m.last_activity))}</td>"
        + (f"<td{num}>{m.carried}</td>" if carried else "") + "</tr>" for m in report.members)  # fmt: skip
    groups = "".join(
        f"<tr><td>{e(group_name(g.group, lang))}</td><td{num}>{len(g.members)}</td><td{num}>{len(g.responded)}</td>"
        f"<td{num}>{g.comments}</td><td{num}>{g.proposals}</td><td>{e(when(g.last_activity))}</td></tr>"
        for g in report.groups)  # fmt: skip

    def header(*keys: str) -> str:
        return "<tr>" + "".join(f"<th>{e(t[k])}</th>" for k in keys) + "</tr>"

    return (f'<section id="responses"><h2>{e(lb["responses"])}</h2><p>{due_html}</p>'
            f'<table class="responses">{header("member", "org", "group", "reply", "comments", "proposals", "last", *(("carried",) if carried else ()))}'
            f"{rows}</table><p></p><table>{header('group', 'members', 'responded', 'comments', 'proposals', 'last')}"
            f"{groups}</table><p><b>{e(no_response_text(report, lang))}</b></p></section>")  # fmt: skip


def adoption_html(view: Consultation, lang: str = "zh") -> str:
    """What the later version made of each proposal (when there is one), as a table."""
    if view.adoption_refs is None:
        return ""
    from ..review.adoption import asked_at, plain_citation, verdict_note

    e = html.escape
    lb = LABELS[lang]
    old, new = view.adoption_refs
    # after each label, the notes the terminal's report says (what the new version wrote instead, the fines…)
    rows = "".join(
        f"<tr><td>#{o.comment.id}</td><td>{e(view.member_name(o.comment.member))}</td><td>{e(asked_at(o, lang))}</td>"
        f"<td>{e(plain_citation(o.new_citation))}</td><td>{e(label(o.state, lang))}"
        + e(plain_citation(verdict_note(o, lang))) + "</td></tr>"
        for o in view.adoption)  # fmt: skip
    cols = ("#", lb["member"], lb["old_article"], lb["new_article"], lb["adoption"])
    head = "<tr>" + "".join(f"<th>{e(c)}</th>" for c in cols) + "</tr>"
    table = f"<table>{head}{rows}</table>" if rows else f"<p>{e(lb['no_adoption'])}</p>"
    return f'<section id="adoption"><h2>{e(lb["adoption"] + colon(lang) + old + " → " + new)}</h2>{table}</section>'


def _switch(view: Consultation, options: ExportOptions) -> str:
    """The bilingual page's switch: both texts side by side, or either alone."""
    if view.translation is None or not options.parallel:
        return ""
    e = html.escape
    names = LANGUAGE_NAMES[options.lang]
    both = "中英对照" if options.lang == "zh" else "Side by side"
    first, second = names[view.lang], names[view.translation.lang]
    return (f' <label>{e(LABELS[options.lang]["text_lang"])} <select id="lc-lang" onchange="lcLang()">'
            f'<option value="">{e(both)}</option><option value="only-src">{e(first)}</option>'
            f'<option value="only-tr">{e(second)}</option></select></label>')  # fmt: skip


def review_html(view: Consultation, options: ExportOptions) -> str:
    """The review page; items follow ``options.all_articles`` like the other exports, and an
    article with a decision to review is shown even when nothing of it goes out (its comments
    were withdrawn: the decisions no longer apply, and staff should see them)."""
    return "".join(chain.from_iterable(_review_parts(_Page(view, options))))


def write_review_html(view: Consultation, options: ExportOptions, write: Callable[[bytes], object],
                      batch: int = 1 << 20, *, into: BinaryIO | None = None) -> None:  # fmt: skip
    """:func:`review_html`'s page as UTF-8, written about ``batch`` characters at a time: at
    NPC scale the page is 50 MB, and as one Python string (with the sections it is joined
    from, and its bytes) several times that. With workers (``view.workers``) the sections are
    made by them, with the near-duplicate groups they show when the view has none yet
    (:func:`~lawcomment.exports.view.write_apart`; given ``into``, the file ``write`` writes to,
    they leave them in files copied into it)."""
    page = _Page(view, options)
    if page.view.workers > 1:
        # the jobs, in the page's order: its opening (0), each item's section (1 …), its close (last)
        items, last = page.items, len(page.items) + 1

        def render(n: int) -> bytes:
            return typeset(page.opening() if n == 0 else page.closing() if n == last else
                           page.section(items[n - 1], n > 1), page.view.lang).encode("utf-8")  # fmt: skip

        def weight(n: int) -> int:  # (about what each costs, in comments' rows: the close reads every comment)
            if n == 0:
                return len(items)
            return len(page.view.comments) // 4 if n == last else 10 + len(items[n - 1].comments)

        # (the close, which reads every comment and member, started first: last, it was a run of its own
        # one worker made while the other had nothing left to do)
        write_apart(page.view, range(last + 1), render, write, weight=weight,
                    unit=lambda n: items[n - 1].eid if 0 < n < last else None, into=into, lead=(last,))  # fmt: skip
        return
    pending: list[str] = []
    size = 0
    for parts in _review_parts(page):
        pending += parts
        size += sum(map(len, parts))
        if size >= batch:
            write("".join(pending).encode("utf-8"))
            pending, size = [], 0
    if pending:
        write("".join(pending).encode("utf-8"))


def _review_parts(page: _Page) -> Iterator[list[str]]:
    """The review page in runs of pieces: its opening, each article's section, its close. A section
    is not joined on its own: its pieces (its comment rows, most of the page) are joined once, with
    those around them, into the text written."""
    # (an English draft's page quotes its words “…”, as its messages do: a trial's read 「one month」)
    lang = page.view.lang
    yield [typeset(page.opening(), lang)]
    for n, i in enumerate(page.items):
        yield [typeset(p, lang) for p in page.pieces(i, n > 0)] if lang == "en" else page.pieces(i, n > 0)
    yield [typeset(page.closing(), lang)]


class _Page:
    """The review page of a view with an export's options: its opening, each article's section,
    its close (what their cells share kept for the next)."""

    def __init__(self, view: Consultation, options: ExportOptions) -> None:
        self.view = view = view.with_unreviewed(options.include_unreviewed)
        self.options = options
        self.lang = options.lang
        # (an article with nothing but the committee's reason, or a forwarded remark, goes out too: shown here)
        self.items = [i for i in view.items if options.all_articles or i.status is not ItemStatus.UNCHANGED or i.stale
                      or i.in_submission]  # fmt: skip
        self.cells: dict[object, str] = {}  # the comment cells the sections share (_comment_rows)
        self.named: dict[tuple[str, ...], str] = {}  # and each alternative's members (review_table)
        self.statuses: dict[str, str] = {}  # each item's review_status, by eid
        # and its badges, review marks and count of what is to review, by eid (the contents' and its section's)
        self.heads: dict[str, tuple[str, str, int]] = {}

    def opening(self) -> str:
        view, options, lang, items = self.view, self.options, self.lang, self.items
        e = html.escape
        lb = LABELS[lang]
        group_opts = "".join(f'<option value="{e(g, quote=True)}">{e(g)}</option>' for g in view.groups)
        statuses = ("conflict", "pending", "amended", "deleted", "declined", "commented", "unchanged")
        status_opts = "".join(f'<option value="{s}">{e(label(s, lang, "article"))}</option>' for s in statuses)
        review_opts = "".join(f'<option value="{r}">{e(lb["rv_filter_" + r])}</option>' for r in ("unreviewed", "stale"))
        filters = (f'<div class="filters"><label>{e(lb["group"])} <select id="lc-group" onchange="lcFilter()">'
                   f'<option value="">{e(lb["all"])}</option>{group_opts}</select></label> '
                   f'<label>{e(lb["status"])} <select id="lc-status" onchange="lcFilter()">'
                   f'<option value="">{e(lb["all"])}</option>{status_opts}</select></label> '
                   f'<label>{e(lb["review"])} <select id="lc-review" onchange="lcFilter()">'
                   f'<option value="">{e(lb["all"])}</option>{review_opts}</select></label>'
                   f"{_switch(view, options)}</div>")  # fmt: skip
        toc = "".join(f'<li><a href="#{e(i.eid, quote=True)}">{e(i.citation)}</a> '
                      f"{self.head(i)[0]}</li>" for i in items)  # fmt: skip
        changed = sum(1 for i in items if i.changed)
        unresolved = sum(len(i.position.unresolved) for i in items)
        sep = "；" if lang == "zh" else "; "
        summary = lb["summary"].format(n=changed, c=unresolved) + sep
        summary += lb["rv_summary"].format(u=sum(self.head(i)[2] for i in items),
                                           s=sum(len(i.stale) for i in items))  # fmt: skip
        if view.include_unreviewed:
            summary += sep + lb["draft_note"]
        exported = lb["exported"].format(t=when(view.created) + " UTC")
        opening, _ = self._frame()
        return (f'{opening}<p class="muted">{e(view.ref)} · {e(exported)} · {e(summary)}</p>\n'
                f"{filters}\n<nav><h2>{e(lb['contents'])}</h2><ol>{toc}</ol></nav>\n")

    def section(self, item: Item, after: bool = False) -> str:
        """``item``'s section (``after`` another: on a line of its own)."""
        return "".join(self.pieces(item, after))

    def pieces(self, item: Item, after: bool = False) -> list[str]:
        """:meth:`section` in pieces, not joined."""
        badges, marks, _ = self.head(item)
        return _section_pieces(self.view, item, self.lang, self.cells, bool(self.options.parallel), self.named,
                               ["\n"] if after else None, self.status(item), (badges, marks))  # fmt: skip

    def head(self, item: Item) -> tuple[str, str, int]:
        """``item``'s badges (:func:`_badges`), its section's review marks (:func:`_review_marks`,
        joined) and how many of its changes, conflicts, new units and wordings of the translation
        are to review: worked out once for the contents, the page's summary and its section (what is
        unreviewed is worked out from the position each time it is asked)."""
        found = self.heads.get(item.eid)
        if found is None:
            unreviewed = item.unreviewed
            found = self.heads[item.eid] = (_badges(item, self.lang, self.status(item), unreviewed),
                                            " ".join(_review_marks(item, unreviewed)),
                                            len(unreviewed) + len(item.translation_open))  # fmt: skip
        return found

    def status(self, item: Item) -> str:
        """:func:`~lawcomment.exports.data.review_status` of ``item``, worked out once for the
        contents and its section (an amended article's asks whether it is deleted whole: its redline
        drawn again)."""
        found = self.statuses.get(item.eid)
        if found is None:
            found = self.statuses[item.eid] = review_status(item)
        return found

    def closing(self) -> str:
        view, lang = self.view, self.lang
        deadline = getattr(view, "deadline", None)  # the draft's reply deadline, when the view carries it
        _, closing = self._frame()
        return "\n".join(("", other_comments_html(view, lang), responses_html(view, lang, deadline),
                          adoption_html(view, lang))) + closing  # fmt: skip

    def _frame(self) -> tuple[str, str]:
        lang = self.lang
        title = f"{self.view.title}{colon(lang)}{LABELS[lang]['review_page']}"
        return page_parts(title, _STYLE + _SCRIPT, lang="zh-CN" if lang == "zh" else "en")
