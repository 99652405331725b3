"""The submission in Markdown: per article the committee's redline (``<del>``/``<ins>``),
new articles, reasons, supporters (and, with ``include_unreviewed``, unresolved conflicts),
then adoption by the next version. Like the .docx, it holds only what the view submits.
"""

from __future__ import annotations

import re

from .adoption import Adoption
from .consultation import Consultation, Item, opened
from .exporters import LABELS, ExportOptions

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>])")


def md_escape(text: str) -> str:
    """Text that Markdown prints as is (no emphasis, links, tables or raw HTML)."""
    out = _MD_SPECIAL.sub(lambda m: "&lt;" if m[1] == "<" else "&gt;" if m[1] == ">" else "\\" + m[1], text)
    return re.sub(r"^([#>+\-]|\d+\.)", r"\\\1", out, flags=re.M)


def _redline(item: Item) -> str:
    out = []
    for kind, text, _ in item.segments():
        body = md_escape(text).replace("\n", "<br>")
        out.append(f"<{kind}>{body}</{kind}>" if kind else body)
    return "".join(out)


def submission_md(view: Consultation, options: ExportOptions) -> str:
    view = view.for_options(options)
    lb = LABELS[options.lang]
    colon = "：" if options.lang == "zh" else ": "
    names = ("、" if options.lang == "zh" else ", ").join

    def who(members: tuple[str, ...]) -> str:
        return lb["supporters_n"].format(n=len(members)) if options.anonymous else names(
            view.member_name(m) for m in members)  # fmt: skip

    title = f"{view.title}{lb['submission']}" if options.lang == "zh" else f"{view.title}: {lb['submission']}"
    lines = [f"# {md_escape(title)}", ""]
    if options.association:
        lines += [f"{lb['association']}{colon}{md_escape(options.association)}  "]
    lines += [f"{lb['draft']}{colon}{md_escape(view.ref)}  ", f"{lb['date']}{colon}{(options.date or view.created)[:10]}", ""]
    if view.include_unreviewed and view.unreviewed:
        lines += [f"**{lb['draft_note']}**", ""]
    if options.intro.strip():
        lines += [f"## {lb['intro']}", "", options.intro.strip(), ""]
    chosen = [i for i in view.items if options.all_articles or i.in_submission]
    for item, containers in opened(chosen):
        for depth, unit in containers:
            lines += [f"{'#' * min(depth + 2, 4)} {md_escape(f'{unit.label} {unit.heading}'.strip())}", ""]
        level = "#" * min(len(item.path) + 2, 5)
        lines += [f"{level} {md_escape(item.citation)}", "", _redline(item), ""]
        for new in item.new_units:
            if new.label:  # a new article after this one, as law text
                lines += [f"{level} <ins>{md_escape(new.label)}</ins>", ""]
            else:
                lines += [f"**{lb['new_unit']}**{lb['after'].format(where=md_escape(item.citation))}", ""]
            lines += ["<ins>" + md_escape(new.text).replace("\n", "<br>") + "</ins>", ""]
        if item.reasons:
            lines += [f"**{lb['reasons']}**", ""]
            for member, text in item.reasons:
                name = "" if options.anonymous else (view.member_name(member) if member else lb["committee"])
                lines.append(f"- {md_escape(text)}" + (f" ({md_escape(name)})" if name else ""))
            lines.append("")
        if item.supporters:
            lines += [f"**{lb['supporters']}**{colon}{md_escape(who(item.supporters))}", ""]
        for x in item.unresolved:
            lines += [f"**{lb['unresolved']}**{colon}「{md_escape(x.old)}」", ""]
            lines += [f"{a.number}. 「{md_escape(a.text)}」 ({md_escape(who(a.supporters))})" for a in x.alternatives]
            lines.append("")
    if view.adoption_refs is not None:
        lines += adoption_md(view, options)
    return "\n".join(lines).rstrip("\n") + "\n"


def adoption_md(view: Consultation, options: ExportOptions) -> list[str]:
    """The adoption table: each proposal on the earlier version and its fate in the later one."""
    lb = LABELS[options.lang]
    old, new = view.adoption_refs or ("", "")
    lines = [f"## {lb['adoption']}: {md_escape(old)} → {md_escape(new)}", "",
             f"| # | {lb['member']} | {md_escape(old)} | {md_escape(new)} | {lb['status']} |", "|---|---|---|---|---|"]  # fmt: skip
    for o in view.adoption:
        share = f" ({o.present}/{o.changes})" if o.state is Adoption.PARTLY else ""
        member = lb["member"] if options.anonymous else view.member_name(o.comment.member)
        lines.append(f"| {o.comment.id} | {md_escape(member)} | {md_escape(o.old_citation)} | "
                     f"{md_escape(o.new_citation)} | {o.state}{share} |")  # fmt: skip
    counts: dict[str, int] = {}
    for o in view.adoption:
        counts[str(o.state)] = counts.get(str(o.state), 0) + 1
    lines += ["", ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "—", ""]
    return lines
