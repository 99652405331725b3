"""The submission in Markdown, as the .docx says it: the title, the general opinion
(``--intro``), then per article its heading, the committee's redline (``<del>``/``<ins>``,
a new article as ``<ins>第X条之一</ins>``), the committee's reason, the forwarded remarks and
the supporters of each change, and the association and date at the end. Like the .docx, it
holds only what the view submits, and nothing internal (no ``name@version``, eids, counts, or
the adoption table, which ``lawcomment adoption`` and the review formats give).
"""

from __future__ import annotations

from .contract import ExportOptions
from .labels import LABELS, colon, label
from .text import (
    TEXT,
    blocks_markdown,
    conflict_lines,
    date_line,
    general_opinion,
    heading,
    md_escape,
    paired_text,
    parallel_blocks,
    parallel_heading,
    parallel_supporter_lines,
    parallel_title,
    reason_paragraphs,
    remark_lines,  # fmt: skip
    section_number,
    sub_number,
    supporter_lines,
    title,
    unit_heading,
)
from .view import Consultation, Item


def _redline(view: Consultation, item: Item) -> str:
    out = []
    for kind, text, _ in item.segments(view.law_words()):
        body = md_escape(text).replace("\n", "<br>")
        out.append(f"<{kind}>{body}</{kind}>" if kind else body)
    return "".join(out)


def _translation(view: Consultation, item: Item, options: ExportOptions) -> list[str]:
    """The working translation of ``item`` (``--lang zh+en``), as the .docx prints it
    (:func:`parallel_blocks`), each paragraph followed by a blank line."""
    out: list[str] = []
    for block in parallel_blocks(view, item, options):
        body = "".join(f"<{k}>{md_escape(t)}</{k}>" if k else md_escape(t) for k, t in block.parts)
        body = body.replace("\n", "<br>")
        if block.kind == "note":
            body = f"*{body}*"
        label = block.label.rstrip(" \u3000")
        out += [(f"**{md_escape(label)}**{block.label[len(label):]}" if label else "") + body, ""]
    return out


def submission_md(view: Consultation, options: ExportOptions) -> str:
    view = view.with_unreviewed(options.include_unreviewed)
    lang = options.lang
    tx = TEXT[lang]
    lines = [f"# {md_escape(title(view, lang))}", ""]
    if options.parallel and view.translation is not None:
        lines += [f"*{md_escape(parallel_title(view, options))}*", ""]
    if view.include_unreviewed and view.unreviewed:
        lines += [md_escape(tx["draft_note"]), ""]
    if options.salutation:  # 主送机关, flush left: 全国人大常委会法制工作委员会：
        lines += [md_escape(options.salutation), ""]
    # (the remarks on the whole draft staff forwarded go out with the general opinion: they are on no article)
    opinion = general_opinion(view, options)
    nested = bool(opinion)
    chosen = [i for i in view.items if options.all_articles or view.submits(i, bool(options.parallel))]
    if nested:  # (no article goes out: the general opinion alone, unnumbered, as the Word letter has it)
        lines += [f"## {section_number(1, lang) if chosen else ''}{tx['general']}", ""]
        lines += [blocks_markdown(opinion).rstrip("\n"), ""]
        if chosen:
            lines += [f"## {section_number(2, lang)}{tx['specific']}", ""]
    gap = "\u3000" if view.lang == "zh" else " "  # after an article's label: 第十条\u3000…, Article 10 …
    for n, item in enumerate(chosen, 1):
        number = sub_number(n, lang) if nested else section_number(n, lang)
        also = parallel_heading(view, item, options)
        lines += [f"{'###' if nested else '##'} {number}{md_escape(heading(item, lang) + also)}", ""]
        label = f"**{md_escape(item.label)}**{gap}" if item.label else ""
        if label and (own := unit_heading(view, item)):  # Section 6 Hydroelectric facilities: on its own line
            label = f"**{md_escape(item.label)}{gap}{md_escape(own)}**<br>"
        if label and item.deleted:  # the whole unit taken out: its label too
            label = f"<del>{label}</del>"
        lines += [label + _redline(view, item), ""]
        for new in item.new_units:
            if new.label:  # a new article after this one, as law text
                lines += [f"<ins>**{md_escape(new.label)}**{gap}" + md_escape(new.text).replace("\n", "<br>") + "</ins>", ""]
            else:
                lines += [md_escape(tx["new_unit_after"].format(where=item.citation)), "",
                          "<ins>" + md_escape(new.text).replace("\n", "<br>") + "</ins>", ""]  # fmt: skip
        lines += _translation(view, item, options)
        reason = paired_text("reason", lang, options) if options.parallel else tx["reason"]
        for i, text in enumerate(reason_paragraphs(item, None if options.parallel else lang)):
            head = f"**{reason.strip().rstrip('：:')}**{tx['colon']}" if i == 0 else ""  # **理由**： closes in CJK too
            lines += [head + md_escape(text), ""]
        for line in (*remark_lines(view, item, options), *supporter_lines(view, item, options),
                     *parallel_supporter_lines(view, item, options), *conflict_lines(view, item, options)):  # fmt: skip
            lines += [md_escape(line), ""]
    lines += ["---", ""]
    if options.association:
        lines += [md_escape(options.association) + "  "]
    lines += [date_line(options.day, lang), ""]
    if options.contact_note:  # 附注, under the date
        lines += [md_escape(options.contact_note), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def adoption_md(view: Consultation, options: ExportOptions) -> list[str]:
    """The adoption table: each proposal on the earlier version and its fate in the later one."""
    from ..review.adoption import asked_at, plain_citation, verdict_note  # (only with a next reading)

    lb = LABELS[options.lang]
    sep = colon(options.lang)
    old, new = view.adoption_refs or ("", "")
    lines = [f"## {lb['adoption']}{sep}{md_escape(old)} → {md_escape(new)}", "",
             f"| # | {lb['member']} | {md_escape(old)} | {md_escape(new)} | {lb['status']} |", "|---|---|---|---|---|"]  # fmt: skip
    for o in view.adoption:
        # the notes the terminal's report says, word for word (what the new version wrote instead, the fines…)
        share = md_escape(plain_citation(verdict_note(o, options.lang)))
        member = lb["member"] if options.anonymous else view.member_name(o.comment.member)
        lines.append(f"| {o.comment.id} | {md_escape(member)} | {md_escape(asked_at(o, options.lang))} | "
                     f"{md_escape(plain_citation(o.new_citation))} | {label(o.state, options.lang)}{share} |")  # fmt: skip
    counts: dict[str, int] = {}
    for o in view.adoption:
        counts[str(o.state)] = counts.get(str(o.state), 0) + 1
    joiner = "，" if options.lang == "zh" else ", "
    lines += ["", joiner.join(f"{label(k, options.lang, 'adoption')}{sep}{v}" for k, v in sorted(counts.items())) or "—",
              ""]  # fmt: skip
    return lines
