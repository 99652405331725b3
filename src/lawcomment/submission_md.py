"""The submission in Markdown: per article the committee's redline (``<del>``/``<ins>``),
reasons, supporters and unresolved conflicts, then adoption by the next version.
"""

from __future__ import annotations

import re

from .adoption import Adoption
from .consultation import Consultation, Item, ItemStatus, opened
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
    if options.intro.strip():
        lines += [f"## {lb['intro']}", "", options.intro.strip(), ""]
    chosen = [i for i in view.items if options.all_articles or i.status is not ItemStatus.UNCHANGED]
    for item, containers in opened(chosen):
        for depth, unit in containers:
            lines += [f"{'#' * min(depth + 2, 4)} {md_escape(f'{unit.label} {unit.heading}'.strip())}", ""]
        lines += [f"{'#' * min(len(item.path) + 2, 5)} {md_escape(item.citation)}", "", _redline(item), ""]
        for ins in item.position.insertions:
            lines += [f"**{lb['new_unit']}**{colon}<ins>{md_escape(ins.text)}</ins>", ""]
        if item.reasons:
            lines += [f"**{lb['reasons']}**", ""]
            for member, text in item.reasons:
                name = "" if options.anonymous else (view.member_name(member) if member else lb["committee"])
                lines.append(f"- {md_escape(text)}" + (f" ({md_escape(name)})" if name else ""))
            lines.append("")
        if item.supporters:
            lines += [f"**{lb['supporters']}**{colon}{md_escape(who(item.supporters))}", ""]
        for x in item.position.unresolved:
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
