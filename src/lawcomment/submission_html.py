"""The consultation as one self-contained HTML page for staff review: a table of contents,
coloured redlines, comments and conflicts, filters by working group and status.
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
          ".heading{color:#555;font-size:.9em}</style>")  # fmt: skip
# Filters only hide sections; without JavaScript the whole page stays readable.
_SCRIPT = ("<script>function lcFilter(){var g=document.getElementById('lc-group').value,"
           "s=document.getElementById('lc-status').value;"
           "document.querySelectorAll('section[data-status]').forEach(function(e){"
           "var okg=!g||e.dataset.groups.split('|').indexOf(g)>=0,oks=!s||e.dataset.status===s;"
           "e.hidden=!(okg&&oks);});}</script>")  # fmt: skip


def _who(view: Consultation, members: tuple[str, ...]) -> str:
    return ", ".join(view.member_name(m) for m in members)


def redline_html(view: Consultation, item: Item) -> str:
    """The position as ``<del>``/``<ins>`` over the draft, each change titled with its supporters."""
    out: list[str] = []
    for kind, text, supporters in item.segments():
        body = html.escape(text).replace("\n", "<br>")
        if not kind:
            out.append(body)
        else:
            title = html.escape(_who(view, supporters) or LABELS[view.lang]["committee"], quote=True)
            out.append(f'<{kind} title="{title}">{body}</{kind}>')
    return "".join(out)


def _section(view: Consultation, item: Item, lb: dict[str, str]) -> str:
    e = html.escape
    groups = view.groups_of(item)
    path = " · ".join(f"{u.label} {u.heading}".strip() for u in item.path)
    parts = [f'<section id="{e(item.eid, quote=True)}" data-status="{e(str(item.status), quote=True)}" '
             f'data-groups="{e("|".join(groups), quote=True)}">',
             f'<p class="heading">{e(path)}</p>' if path else "",
             f'<h2>{e(item.citation)} <span class="status st-{item.status}">{e(lb["st_" + str(item.status)])}</span></h2>',
             f'<div class="law"><p>{redline_html(view, item)}</p></div>']  # fmt: skip
    for ins in item.position.insertions:
        parts.append(f"<p><b>{e(lb['new_unit'])}</b> <ins>{e(ins.text)}</ins> ({e(_who(view, ins.supporters))})</p>")
    if item.supporters:
        parts.append(f"<p><b>{e(lb['supporters'])}:</b> {e(_who(view, item.supporters))}</p>")
    for x in item.position.unresolved:
        alts = "".join(f"<li>{e(lb['alternative'].format(n=a.number))}: 「{e(a.text)}」 ({e(_who(view, a.supporters))})</li>"
                       for a in x.alternatives)  # fmt: skip
        parts.append(f'<div class="conflict"><b>{e(lb["unresolved"])}:</b> 「{e(x.old)}」<ol>{alts}</ol></div>')
    if item.comments:
        rows = "".join(
            f"<tr><td>#{c.id}</td><td>{e(view.member_name(c.member))}</td><td>{e(str(c.stance))}</td>"
            f"<td>{e(c.anchor.quote)}</td><td>{e(c.proposed_text or '')}</td><td>{e(c.body)}</td></tr>"
            for c in item.comments)  # fmt: skip
        parts.append(f"<details><summary>{e(lb['comments'])} ({len(item.comments)})</summary><table>"
                     f"<tr><th>#</th><th>{e(lb['member'])}</th><th>{e(lb['stance'])}</th><th>{e(lb['quote'])}</th>"
                     f"<th>{e(lb['proposal'])}</th><th>{e(lb['text'])}</th></tr>{rows}</table></details>")  # fmt: skip
    for w in item.position.warnings:
        parts.append(f'<p class="muted">warning: {e(w)}</p>')
    parts.append("</section>")
    return "\n".join(p for p in parts if p)


def review_html(view: Consultation, options: ExportOptions) -> str:
    """The review page; items follow ``options.all_articles`` like the other exports."""
    e = html.escape
    lb = LABELS[options.lang]
    items = [i for i in view.items if options.all_articles or i.status is not ItemStatus.UNCHANGED]
    group_opts = "".join(f'<option value="{e(g, quote=True)}">{e(g)}</option>' for g in view.groups)
    status_opts = "".join(f'<option value="{s}">{e(lb["st_" + str(s)])}</option>' for s in ItemStatus)
    filters = (f'<div class="filters"><label>{e(lb["group"])} <select id="lc-group" onchange="lcFilter()">'
               f'<option value="">{e(lb["all"])}</option>{group_opts}</select></label> '
               f'<label>{e(lb["status"])} <select id="lc-status" onchange="lcFilter()">'
               f'<option value="">{e(lb["all"])}</option>{status_opts}</select></label></div>')  # fmt: skip
    toc = "".join(f'<li><a href="#{e(i.eid, quote=True)}">{e(i.citation)}</a> '
                  f'<span class="status st-{i.status}">{e(lb["st_" + str(i.status)])}</span></li>' for i in items)  # fmt: skip
    changed = sum(1 for i in items if i.changed)
    unresolved = sum(len(i.position.unresolved) for i in items)
    body = (f'<p class="muted">{e(view.ref)} · {e(view.created)} · {e(lb["summary"].format(n=changed, c=unresolved))}</p>\n'
            f"{filters}\n<nav><h2>{e(lb['contents'])}</h2><ol>{toc}</ol></nav>\n"
            + "\n".join(_section(view, i, lb) for i in items))  # fmt: skip
    return page(f"{view.title}: {lb['submission']}", body, _STYLE + _SCRIPT, lang=options.lang)
