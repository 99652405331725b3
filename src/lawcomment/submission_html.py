"""The consultation as one self-contained HTML page for staff review: a table of contents,
coloured redlines, every change, conflict and new unit with its state (proposed, accepted,
rejected, unresolved) and the deciding decision, stale decisions flagged, comments, and
filters by working group, status and review state.

Unlike the submission, the page shows everything: rejected and unreviewed changes too,
each marked. Article statuses (amended, commented) follow the view, i.e. what the
submission proposes. Every text is escaped.
"""

from __future__ import annotations

import html

from .consultation import Consultation, Item, ItemStatus
from .exporters import LABELS, ExportOptions
from .reports import page

_STYLE = ("<style>nav ol{columns:3;font-size:.9em}section{border-top:1px solid #ccc;margin-top:1em}"
          ".filters{position:sticky;top:0;background:#fff;padding:.4em 0;border-bottom:1px solid #ccc}"
          ".status{font-size:.8em;padding:0 .4em;border-radius:.3em;background:#eee}"
          ".st-conflict{background:#fdd}.st-amended{background:#dfd}.law p{margin:.2em 0}"
          ".heading{color:#555;font-size:.9em}.todo{background:#fff3c4}"
          "del.rv-proposed,ins.rv-proposed{background:#fff3c4}"
          "del.rv-rejected,ins.rv-rejected{color:#888;text-decoration-style:dotted}"
          ".rv-unresolved{background:#fdd;border-bottom:2px dashed #b00}.rv-id{color:#666;font-size:.7em}"
          "td.st-proposed,td.st-unresolved{background:#fff3c4}td.st-rejected{color:#888}"
          "td.st-accepted,td.st-chosen,td.st-final{background:#e6f6e6}"
          ".stale{border-left:4px solid #b00;background:#fee;padding:.3em .6em}</style>")  # fmt: skip
# Filters only hide sections; without JavaScript the whole page stays readable.
_SCRIPT = ("<script>function lcFilter(){var g=document.getElementById('lc-group').value,"
           "s=document.getElementById('lc-status').value,r=document.getElementById('lc-review').value;"
           "document.querySelectorAll('section[data-status]').forEach(function(e){"
           "var okg=!g||e.dataset.groups.split('|').indexOf(g)>=0,oks=!s||e.dataset.status===s,"
           "okr=!r||e.dataset.review.split(' ').indexOf(r)>=0;"
           "e.hidden=!(okg&&oks&&okr);});}</script>")  # fmt: skip


def _who(view: Consultation, members: tuple[str, ...]) -> str:
    return ", ".join(view.member_name(m) for m in members)


def _decided(lb: dict[str, str], decision: int | None) -> str:
    return lb["rv_decision"].format(n=decision) if decision else ""


def redline_html(view: Consultation, item: Item) -> str:
    """The submitted position as ``<del>``/``<ins>`` over the draft, each change titled
    with its supporters."""
    out: list[str] = []
    for kind, text, supporters in item.segments():
        body = html.escape(text).replace("\n", "<br>")
        if not kind:
            out.append(body)
        else:
            title = html.escape(_who(view, supporters) or LABELS[view.lang]["committee"], quote=True)
            out.append(f'<{kind} title="{title}">{body}</{kind}>')
    return "".join(out)


def review_redline_html(view: Consultation, item: Item, lb: dict[str, str]) -> str:
    """Every change of the merge over the draft, whatever its state: ``<del>``/``<ins>``
    with class ``rv-accepted``, ``rv-proposed``, ``rv-rejected``, ``rv-chosen`` or
    ``rv-final``, titled with id, state, decision and supporters and followed by the id;
    an undecided conflict's region is marked ``rv-unresolved``."""
    e = html.escape
    pos = item.position
    base = pos.base
    # (start, end, new or None for a marked region, supporters, state, id, label)
    pieces: list[tuple[int, int, str | None, tuple[str, ...], str, str, str]] = []
    if pos.final is not None:
        label = lb["final_wording"].format(n=pos.final.id)
        pieces += [(p.start, p.end, p.new, (), "final", "", label) for p in pos.pieces()]
    else:
        pieces += [(c.change.start, c.change.end, c.change.new, c.change.supporters, c.state, c.change.id,
                    lb[f"rv_{c.state}"] + _decided(lb, c.decision)) for c in pos.changes]  # fmt: skip
        for x in pos.conflicts:
            k = x.conflict
            if x.chosen:
                alt = k.alternatives[x.chosen - 1]
                label = lb["rv_chosen"].format(n=x.chosen) + _decided(lb, x.decision)
                pieces.append((k.start, k.end, alt.text, alt.supporters, "chosen", k.id, label))
            elif x.chosen == 0:
                pieces.append((k.start, k.end, None, (), "kept", k.id, lb["rv_kept"] + _decided(lb, x.decision)))
            else:
                pieces.append((k.start, k.end, None, (), "unresolved", k.id, lb["rv_unresolved"]))
    out: list[str] = []
    at = 0

    def plain(text: str) -> str:
        return e(text).replace("\n", "<br>")

    for start, end, new, supporters, state, pid, label in sorted(pieces, key=lambda p: (p[0], p[1])):
        if start > at:
            out.append(plain(base[at:start]))
        title = e(" · ".join(x for x in (pid, label, _who(view, supporters)) if x), quote=True)
        if new is None:
            out.append(f'<span class="rv-{state}" title="{title}">{plain(base[start:end])}</span>')
        else:
            if end > start:
                out.append(f'<del class="rv-{state}" title="{title}">{plain(base[start:end])}</del>')
            if new:
                out.append(f'<ins class="rv-{state}" title="{title}">{plain(new)}</ins>')
        if pid:
            out.append(f'<sup class="rv-id">{e(pid)}</sup>')
        at = max(at, end)
    out.append(plain(base[at:]))
    return "".join(out)


def _quoted(text: str) -> str:
    return f"「{html.escape(text)}」"


def review_table(view: Consultation, item: Item, lb: dict[str, str]) -> str:
    """One row per change, conflict and new unit: id, state with the deciding decision,
    what it does, who proposed it."""
    e = html.escape
    pos = item.position
    rows: list[str] = []

    def row(pid: str, state: str, label: str, what: str, who: str) -> None:
        rows.append(f'<tr data-state="{state}"><td>{e(pid)}</td><td class="st-{state}">{e(label)}</td>'
                    f"<td>{what}</td><td>{e(who)}</td></tr>")  # fmt: skip

    for c in pos.changes:
        ch = c.change
        what = (f"<del>{e(ch.old)}</del>" if ch.old else "") + (f"<ins>{e(ch.new)}</ins>" if ch.new else "")
        state = c.state if pos.final is None else "final"
        label = lb[f"rv_{c.state}"] + _decided(lb, c.decision) if pos.final is None else lb["rv_final"]
        row(ch.id, state, label, what, _who(view, ch.supporters))
    for x in pos.conflicts:
        k = x.conflict
        if pos.final is not None:
            state, label = "final", lb["rv_final"]
        elif x.chosen is None:
            state, label = "unresolved", lb["rv_unresolved"]
        elif x.chosen == 0:
            state, label = "kept", lb["rv_kept"] + _decided(lb, x.decision)
        else:
            state, label = "chosen", lb["rv_chosen"].format(n=x.chosen) + _decided(lb, x.decision)
        chosen = ' class="chosen"'
        alts = "".join(f"<li{chosen if a.number == x.chosen else ''}>{_quoted(a.text)} ({e(_who(view, a.supporters))})</li>"
                       for a in k.alternatives)  # fmt: skip
        row(k.id, state, label, f"{e(lb['draft_wording'])}: {_quoted(k.old)}<ol>{alts}</ol>", "")
    labels = {u.insertion.id: u.label for u in item.new_units}
    for ins in pos.insertions:
        head = labels.get(ins.id) or lb["new_unit"] + lb["after"].format(where=item.citation)
        row(ins.id, ins.state, lb[f"rv_{ins.state}"] + _decided(lb, ins.decision),
            f"{e(head)}: <ins>{e(ins.text)}</ins>", _who(view, ins.supporters))
    if pos.final is not None:
        row("", "final", lb["final_wording"].format(n=pos.final.id), f"<ins>{e(pos.final.new or '')}</ins>", "")
    if not rows:
        return ""
    return (f'<table class="review"><tr><th>#</th><th>{e(lb["state"])}</th><th>{e(lb["change"])}</th>'
            f"<th>{e(lb['supporters'])}</th></tr>{''.join(rows)}</table>")  # fmt: skip


def _review_marks(item: Item) -> list[str]:
    return [m for m, on in (("unreviewed", bool(item.unreviewed)), ("stale", bool(item.stale))) if on]


def _badges(item: Item, lb: dict[str, str]) -> str:
    e = html.escape
    out = f'<span class="status st-{item.status}">{e(lb["st_" + str(item.status)])}</span>'
    if item.unreviewed:
        out += f' <span class="status todo">{e(lb["unreviewed"].format(ids=", ".join(item.unreviewed)))}</span>'
    if item.stale:
        out += f' <span class="status st-conflict">{e(lb["stale"])}</span>'
    return out


def _section(view: Consultation, item: Item, lb: dict[str, str]) -> str:
    e = html.escape
    groups = view.groups_of(item)
    path = " · ".join(f"{u.label} {u.heading}".strip() for u in item.path)
    parts = [(f'<section id="{e(item.eid, quote=True)}" data-status="{e(str(item.status), quote=True)}" '
              f'data-groups="{e("|".join(groups), quote=True)}" data-review="{" ".join(_review_marks(item))}">'),
             f'<p class="heading">{e(path)}</p>' if path else "",
             f"<h2>{e(item.citation)} {_badges(item, lb)}</h2>",
             f'<div class="law"><p>{review_redline_html(view, item, lb)}</p></div>']  # fmt: skip
    parts += [f'<p class="stale"><b>{e(lb["stale"])}:</b> {e(m)}</p>' for m in item.stale]
    parts.append(review_table(view, item, lb))
    if item.supporters:
        parts.append(f"<p><b>{e(lb['supporters'])}:</b> {e(_who(view, item.supporters))}</p>")
    if item.comments:
        rows = "".join(
            f"<tr><td>#{c.id}</td><td>{e(view.member_name(c.member))}</td><td>{e(str(c.stance))}</td>"
            f"<td>{e(c.anchor.quote)}</td><td>{e(c.proposed_text or '')}</td><td>{e(c.body)}</td></tr>"
            for c in item.comments)  # fmt: skip
        parts.append(f"<details><summary>{e(lb['comments'])} ({len(item.comments)})</summary><table>"
                     f"<tr><th>#</th><th>{e(lb['member'])}</th><th>{e(lb['stance'])}</th><th>{e(lb['quote'])}</th>"
                     f"<th>{e(lb['proposal'])}</th><th>{e(lb['text'])}</th></tr>{rows}</table></details>")  # fmt: skip
    for w in item.position.warnings:
        if w not in item.stale:  # flagged above
            parts.append(f'<p class="muted">warning: {e(w)}</p>')
    parts.append("</section>")
    return "\n".join(p for p in parts if p)


def review_html(view: Consultation, options: ExportOptions) -> str:
    """The review page; items follow ``options.all_articles`` like the other exports."""
    view = view.for_options(options)
    e = html.escape
    lb = LABELS[options.lang]
    items = [i for i in view.items if options.all_articles or i.status is not ItemStatus.UNCHANGED]
    group_opts = "".join(f'<option value="{e(g, quote=True)}">{e(g)}</option>' for g in view.groups)
    status_opts = "".join(f'<option value="{s}">{e(lb["st_" + str(s)])}</option>' for s in ItemStatus)
    review_opts = "".join(f'<option value="{r}">{e(lb["rv_filter_" + r])}</option>' for r in ("unreviewed", "stale"))
    filters = (f'<div class="filters"><label>{e(lb["group"])} <select id="lc-group" onchange="lcFilter()">'
               f'<option value="">{e(lb["all"])}</option>{group_opts}</select></label> '
               f'<label>{e(lb["status"])} <select id="lc-status" onchange="lcFilter()">'
               f'<option value="">{e(lb["all"])}</option>{status_opts}</select></label> '
               f'<label>{e(lb["review"])} <select id="lc-review" onchange="lcFilter()">'
               f'<option value="">{e(lb["all"])}</option>{review_opts}</select></label></div>')  # fmt: skip
    toc = "".join(f'<li><a href="#{e(i.eid, quote=True)}">{e(i.citation)}</a> {_badges(i, lb)}</li>' for i in items)
    changed = sum(1 for i in items if i.changed)
    unresolved = sum(len(i.position.unresolved) for i in items)
    sep = "；" if options.lang == "zh" else "; "
    summary = lb["summary"].format(n=changed, c=unresolved) + sep
    summary += lb["rv_summary"].format(u=sum(len(i.unreviewed) for i in items), s=sum(len(i.stale) for i in items))
    if view.include_unreviewed:
        summary += sep + lb["draft_note"]
    body = (f'<p class="muted">{e(view.ref)} · {e(view.created)} · {e(summary)}</p>\n'
            f"{filters}\n<nav><h2>{e(lb['contents'])}</h2><ol>{toc}</ol></nav>\n"
            + "\n".join(_section(view, i, lb) for i in items))  # fmt: skip
    return page(f"{view.title}: {lb['submission']}", body, _STYLE + _SCRIPT, lang=options.lang)
