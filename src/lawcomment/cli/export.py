"""The export commands of the CLI: export, plugins and demo."""

from __future__ import annotations

from dataclasses import replace

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .common import open_store, progress_bar
from .terminal import echo, speak_of

if TYPE_CHECKING:
    from .. import Consultation, Item
    from ..store import Store


def review_warnings(view: Consultation, target: str, review: bool = False, reasons: bool = False,
                    bilingual: bool = False, signed: bool = True, more: bool = False, lang: str = "",
                    addressed: bool = True) -> list[str]:  # fmt: skip
    """What ``export`` says on stderr: the changes, conflicts and new units nobody decided
    (left out of the submission, or included with --include-unreviewed), per article with
    their ids; nothing about them for a review format (``review``), which shows each with
    its state. With ``reasons`` (a format that prints 理由: docx, md), the articles that go
    out with changes but no committee reason, and (not ``signed``) that no association signs
    it, (not ``addressed``) that it names no one it goes to. A ``bilingual`` submission names the members' wordings of the translation the committee
    has not answered with its own. A submission with nothing in it says so (not when it prints
    ``more``: an introduction, or every article). Then every stale decision."""
    lines: list[str] = []
    if not review and not more and not view.unreviewed and not view.general_remarks and \
            not any(view.submits(i, bilingual) for i in view.items):  # fmt: skip
        # a letter with a title and a signature only: said, as it would go out empty (changes nobody
        # decided yet are said below)
        lines.append(f"warning: nothing goes out in {target}: no article has a change staff accepted, a committee "
                     f"reason or a forwarded remark (`lawcomment merge --draft {view.ref}` shows what there is)")
    if bilingual and not review and view.translation is not None:
        open_ = []
        for item in view.items:
            side = view.translated(item, every=True)
            printed = view.include_unreviewed and item.in_submission  # a discussion draft prints them
            if side is not None and side.wordings and not printed and not any(w.decision for w in side.wordings):
                open_.append(f"  {item.position.citation}: " + ", ".join(f"#{w.comment}" for w in side.wordings))
        if open_:
            lang = view.translation.lang
            lines.append(f"warning: {len(open_)} article(s) have members' wordings of the {lang} translation that the "
                         f"committee has not answered; they are not in {target} (lawcomment decide "
                         f"--article … --text-{lang} \"…\" or --text-{lang}-from COMMENT):")  # fmt: skip
            lines += _first(open_, f"`lawcomment merge --draft {view.ref}` lists them all")
    if view.not_carried:
        # what the carry into this reading left behind and staff have not decided on since (a trial's final
        # wording of 第十五条, dropped at reading 2 with one message: the export of aml@2 said nothing)
        lines.append(f"warning: {len(view.not_carried)} decision(s) or committee reason(s) of the last reading were "
                     f"not carried to {view.ref}; they are not in {target} until staff decide again:")  # fmt: skip
        lines += [f"  {said}" for said in view.not_carried]
    from .. import Stance, Status

    # members' new provisions in the translation's language: in no submission until staff give them in the
    # draft's (a web trial's English new article was in none, and no export said so)
    foreign_new = [f"  {i.position.citation}: " + ", ".join(f"#{c.id}" for c in new) for i in view.items
                   if (new := [c for c in i.comments if c.lang and c.stance is Stance.INSERT and c.status is Status.OPEN])]  # fmt: skip
    if foreign_new and not review:
        lines.append(f"warning: {len(foreign_new)} article(s) have new provisions members proposed in the working "
                     f"translation; they are not in {target} until given in the draft's language (lawcomment comment "
                     "translate COMMENT --text \"…\", then decide):")  # fmt: skip
        lines += _first(foreign_new, f"`lawcomment merge --draft {view.ref}` lists them all")
    # (a proposal that arrived after the committee's own wording goes out as that wording says, with
    # or without --include-unreviewed: the stale decision's warning below asks staff to review it)
    pending = [i for i in view.unreviewed if i.position.final is None]
    if pending and not review:
        count = sum(len(i.unreviewed) for i in pending)
        if view.include_unreviewed:
            lines.append(f"warning: {count} unreviewed change(s) included in {target} (--include-unreviewed); "
                         "decide them before it goes out:")  # fmt: skip
        else:
            lines.append(f"warning: {count} unreviewed change(s) left out of {target} "
                         "(pass --include-unreviewed to include them):")  # fmt: skip
        lines += _first([f"  {i.position.citation}: {', '.join(i.unreviewed)}" for i in pending],
                        f"`lawcomment merge --draft {view.ref}` lists them all")  # fmt: skip
    bare = [i for i in view.items if i.in_submission and i.changed and not i.submitted_reason.strip()]
    if bare and reasons and not review:  # the legislature would read a change with no 理由
        lines.append(f"warning: {len(bare)} article(s) go out in {target} with changes but no committee reason "
                     "(lawcomment decide --article … --committee-reason \"…\"):")  # fmt: skip
        lines += _first([f"  {i.position.citation}" for i in bare], f"`lawcomment merge --draft {view.ref}` shows each")
    # a reason kept on a 款 or 项 (stored so before reasons went to their article): it goes out as an item of
    # its own, the unit unchanged beside it (a trial's submission), until staff give it on its article
    from .. import Kind

    apart = [i for i in view.items if i.in_submission and i.kind in (Kind.PARAGRAPH, Kind.ITEM)
             and i.submitted_reason.strip() and not i.changed]  # fmt: skip
    if apart and reasons and not review:
        lines.append(f"warning: {len(apart)} committee reason(s) kept on a 款 or 项 go out in {target} as items of their "
                     "own, beside the unit unchanged: give each on its article (lawcomment decide --article … "
                     "--committee-reason \"…\"), then remove it from the 款 (--committee-reason \"\" there):")  # fmt: skip
        lines += _first([f"  {i.position.citation}" for i in apart], f"`lawcomment merge --draft {view.ref}` shows each")
    # a list whose last 项 goes out, its new last 项 still ending with ；: the merge said so, the export too
    open_lists = [w for i in view.items if i.in_submission and i.changed for w in i.position.warnings
                  if w.endswith("and ends with 「；」: end it with 「。」")]  # fmt: skip
    if open_lists and not review:
        lines.append(f"warning: {len(open_lists)} list(s) in {target} end with 「；」 where a 项 was taken out:")
        lines += _first([f"  {w}" for w in open_lists], f"`lawcomment merge --draft {view.ref}` shows each")
    # the merge's warnings of the articles that go out, said again before they do. A citation elsewhere in the law
    # of a 项 the submission numbers otherwise, or takes out (the legislature reads the citation as it stands); a
    # 款 put in that reads much like one the article has (a proposal of the last reading, which the new version
    # wrote in its own words), or before one that refers to 前款. (These are of the merge's whole position: with
    # undecided changes left out, they may be of words the submission keeps, so they are said only where it is
    # the whole position.) Two changes of one wording decided apart, or a member's changes accepted beside another's
    # wording chosen in the same sentence: what goes out may read as nobody wrote. A
    # proposal carried from the last reading whose note asks for a check: the carry said it once.
    for whole, said, head in (
            (True, lambda w: w.endswith(("change the citation with it", "change or delete the citation")),
             "citation(s) elsewhere in the law no longer fit what {target} changes"),
            (False, lambda w: w.endswith("decide the two together"),
             "change(s) in {target} go out without the rest of their wording"),
            (False, lambda w: w.endswith("which no member wrote; check it reads as meant"),
             "sentence(s) in {target} join one member's words to another's (changes accepted, or alternatives "
             "chosen, beside another member's)"),
            (True, lambda w: w.endswith("check it is not the same provision"),
             "款 put in by {target} read much like one their article has"),
            (True, lambda w: ", which refers to 前" in w or ", which refers to 上款" in w,
             "款 put in by {target} come before a 款 that refers to the one before it"),
            (False, lambda w: w.endswith("decide the two bounds together"),
             "range(s) in {target} take their bounds from different proposals, reading as none does"),
            (False, lambda w: " was carried from the last reading, and " in w,
             "proposal(s) carried from the last reading, to check, in articles that go out in {target}")):  # fmt: skip
        found = [f"  {i.position.citation}: {w}" for i in view.items if i.in_submission and i.changed
                 and (not whole or view.include_unreviewed or not i.unreviewed)
                 for w in i.position.warnings if said(w)]  # fmt: skip
        if found and not review:
            lines.append(f"warning: {len(found)} {head.format(target=target)}:")
            lines += _first(found, f"`lawcomment merge --draft {view.ref}` shows each")
    # (a bilingual letter prints each in its own column; a letter with English labels on a Chinese draft
    # prints its Chinese reasons too)
    if reasons and not review and not bilingual and lang == view.lang:
        lines += [f"warning: {m}" for m in view.remarks_in_another_language(lang)]
    if reasons and not review and not signed:  # no 落款 under the letter
        lines.append(f"warning: {target} is signed by no one: name the association (lawcomment store association "
                     "\"…\", or export --association \"…\")")  # fmt: skip
    if reasons and not review and not addressed:  # (a trial's letter went without 全国人大常委会法制工作委员会：, unsaid; --to '' is meant)
        lines.append(f"warning: {target} is addressed to no one: name who it goes to (lawcomment store addressee "
                     "\"…\", or export --to \"…\")")  # fmt: skip
    # (a forwarded remark to check goes out only in a letter that prints remarks, docx and md: the others
    # send none, and say nothing of it)
    lines += [f"warning: {m}" for m in view.stale if reasons or not m.startswith("the member remark #")]
    return lines


def named_association(store: Store) -> str:
    """``lawcomment.consultation.association(store)``: who submits, as staff set it for the store,
    read without the module that sets it (its imports are a twentieth of a second of each export)."""
    return store.setting("association") or ""


def left_to_the_end(view: Consultation) -> None:
    """Leave ``view`` (a draft's every comment, position and item) for the process's end to drop,
    not freed object by object as the command returns: a tenth of a second and more at NPC scale,
    spent for nothing just before the process ends. It is held in a reference cycle: a caller with
    the cyclic collector on (a test, a plugin's server) frees it as any other garbage; the console
    script runs without it and freezes what is left at its end (lawcomment.cli.main), so the
    process's memory goes back to the system whole."""
    held: list[object] = [view]
    held.append(held)


#: Articles listed per warning: enough to act on, not a screenful per article of a large draft.
LISTED = 20


def _first(lines: list[str], where: str) -> list[str]:
    if len(lines) <= LISTED:
        return lines
    return [*lines[:LISTED], f"  … and {len(lines) - LISTED:,} more article(s): {where}"]


def _targets(formats: list[str], output: Path | None, table: dict) -> list[tuple[str, Path | None]]:  # type: ignore[type-arg]
    """Where each format goes: ``output`` itself for one format; for several, ``output`` is a
    stem each format adds its suffix to (out/civil → out/civil.docx), two formats never
    writing one file."""
    from ..errors import ExportError

    if len(formats) == 1:
        return [(formats[0], output)]
    if output is None:
        raise ExportError(f"several formats ({', '.join(formats)}) need -o STEM: each adds its suffix to it "
                          "(-o out/civil writes out/civil.docx, out/civil.html …)")  # fmt: skip
    known = {s for e in table.values() for s in (e.suffix, *e.suffixes)}
    if output.suffix.lower() in known:
        raise ExportError(f"with several formats -o is a stem, without a suffix: {output.with_suffix('')} "
                          f"(each format adds its own)")  # fmt: skip
    seen: dict[str, str] = {}
    out: list[tuple[str, Path | None]] = []
    for name in formats:
        suffix = table[name].suffix
        if suffix in seen:
            raise ExportError(f"{seen[suffix]} and {name} both write {suffix} files: export them one at a time")
        seen[suffix] = name
        out.append((name, output.with_name(output.name + suffix)))
    return out


def register(cli: click.Group) -> None:
    """Attach the export commands to the top-level group."""

    @cli.command("export")
    @click.option("--draft", "ref", required=True, help="NAME@VERSION")
    @click.option("--format", "fmt", default="docx", show_default=True,
                  help="docx, html, md, json, csv, or a plugin's format (`lawcomment plugins`); several, "
                       "comma-separated (docx,html,json,csv), are made from one reading of the store.")
    @click.option("-o", "--output", type=click.Path(path_type=Path),
                  help="Write here (atomically). Text formats print to stdout without it (or with -o -). With several formats, "
                       "a stem: -o out/civil writes out/civil.docx, out/civil.html …")
    @click.option("--layout", type=click.Choice(["articles", "table"]), default="articles", show_default=True,
                  help="docx: article by article, or the 条文 | 修改建议 | 理由 table (in English: Article | Proposed "
                       "text | Reasons).")
    @click.option("--lang", type=click.Choice(["zh", "en", "zh+en", "en+zh"]), default=None,
                  help="Language of the labels (default: the draft's own, zh for a Chinese draft, en for an English "
                       "one); zh+en prints the draft's English translation beside it (docx, html, md, json), with "
                       "labels in both.")
    @click.option("--attribute", type=click.Choice(["committee", "members"]), default="committee", show_default=True,
                  help="The association speaks (changes by it, supporters counted, remarks unattributed), or the "
                       "members are named (each change's author, supporters, forwarded remarks).")
    @click.option("--anonymous", is_flag=True, help="Name no member anywhere: changes, remarks, supporters, properties.")
    @click.option("--supporters/--no-supporters", default=True, show_default=True,
                  help="docx and md: print 支持单位 / Supported by (how many members, or which, proposed each change) under the "
                       "reasons; --no-supporters sends the association's voice alone.")
    @click.option("--all-articles", is_flag=True, help="Every article, not only those with something to submit.")
    @click.option("--intro", type=click.Path(path_type=Path, dir_okay=False),
                  help="The general opinion (总体意见; in English, General Comments), in Markdown or text.")
    @click.option("--association", default="", help="Who submits: signs the submission and authors its changes "
                                                     "(default: the one `store association` named).")
    @click.option("--to", "addressee", default=None, metavar="TEXT",
                  help="The letter's addressee, set under its title (全国人大常委会法制工作委员会; default: the one "
                       "`store addressee` named; '' for none).")
    @click.option("--contact", default=None, metavar="TEXT",
                  help="Who to ask about the letter, set under its date (联系人：王律师，电话：010-65901234; default: "
                       "the one `store contact` named; '' for none).")
    @click.option("--date", default="", help="Date of the submission and its changes (ISO 8601; default: now).")
    @click.option("--timezone", default="", metavar="ZONE",
                  help="Where the letter is dated without --date: today's date there (Asia/Shanghai; default: this "
                       "machine's time zone).")
    @click.option("--include-unreviewed", is_flag=True,
                  help="Also submit the changes and new units staff have not decided (a quick draft).")
    @click.option("--template", type=click.Path(path_type=Path, dir_okay=False),
                  help="docx: the association's letterhead (.docx or .dotx): its styles, page set-up, header and footer.")
    @click.pass_context
    def export_cmd(ctx: click.Context, ref: str, fmt: str, output: Path | None, layout: str, lang: str | None, attribute: str,
                   anonymous: bool, supporters: bool, all_articles: bool, intro: Path | None, association: str,
                   addressee: str | None, contact: str | None, date: str, timezone: str, include_unreviewed: bool,
                   template: Path | None) -> None:  # fmt: skip
        """Export the consultation on a draft: the submission (docx), review page, data.

        The submission holds only the changes staff accepted (decide); the ones nobody
        decided are listed on stderr, or included with --include-unreviewed. Decisions made
        before new proposals arrived are flagged there too."""
        from ..consultation import keep_groups, load_consultation
        from ..drafts import decode_text
        from ..errors import ExportError, InputError, LawcommentError
        from ..exports import ExportOptions
        from ..plugins import exporters
        from ..registry import check_options, export, export_files
        from ..workers import default_workers

        from ..textcheck import bad_character

        for option, given in (("--to", addressee), ("--contact", contact)):  # (as `store addressee` checks it)
            if given and (problem := bad_character(given)) is not None:
                raise ExportError(f"{option} holds a character no letter can print ({problem})")
            if given and len(given) > 200:
                raise ExportError(f"{option} is {len(given)} characters: one line of 200 at most")
        intro_text = ""
        if intro is not None:
            if not intro.is_file():
                raise InputError(str(intro), "no such file")
            intro_text, _ = decode_text(intro.read_bytes(), str(intro))
        first, _, second = (lang or "zh").partition("+")  # (without --lang: the draft's own, once it is read)
        options = ExportOptions(layout=layout, lang=first, parallel=second, attribute=attribute, anonymous=anonymous,
                                supporters=supporters, all_articles=all_articles, intro=intro_text, association=association, date=date,
                                include_unreviewed=include_unreviewed, timezone=timezone,
                                addressee=" ".join((addressee or "").split()), contact=" ".join((contact or "").split()),
                                template=str(template) if template is not None else "")  # fmt: skip
        check_options(options)
        table = exporters()
        formats = list(dict.fromkeys(f.strip() for f in fmt.split(",") if f.strip())) or [fmt]
        for name in formats:
            if name not in table:
                raise ExportError(f"unknown format {name!r} (known: {', '.join(sorted(table))})")
        if output is not None and str(output) == "-":  # standard output, as Unix tools read -o -
            if len(formats) > 1:
                raise ExportError("-o - (standard output) takes one format; give -o STEM for several")
            output = None
        targets = _targets(formats, output, table)
        if template is not None:
            from ..docx import read_template

            if not {"docx", "draft"} & set(formats):
                raise ExportError(f"--template is a Word letterhead for --format docx or draft, not {fmt}")
            read_template(template)  # Error: FILE: reason, before anything is written
        if output is None and table[formats[0]].binary:
            entry = table[formats[0]]
            also = "".join(f" or -o FILE{x}" for x in entry.suffixes if x != entry.suffix)  # (its text forms)
            raise ExportError(f"{formats[0]} writes a file: give -o FILE{entry.suffix}{also}")
        with open_store(ctx) as store:
            if not association:  # the one staff named for the store (init --association, store association)
                options = replace(options, association=named_association(store))
            from ..consultation import letter_line

            # the letter's addressee and contact staff set for the store, unless given here ('' for none)
            options = replace(options, addressee=letter_line(store, "addressee") if addressee is None else options.addressee,
                              contact=letter_line(store, "contact") if contact is None else options.contact)  # fmt: skip
            with progress_bar("merging articles") as progress:
                view = load_consultation(store, ref, all_articles=all_articles, include_unreviewed=include_unreviewed,
                                         progress=progress, workers=default_workers())  # fmt: skip
        speak_of(view.draft.profile)
        tr = view.translation
        if lang is None and view.lang != first:  # an English draft's submission speaks English (a trial's was Chinese)
            first = view.lang
            options = replace(options, lang=first)
            check_options(options)
        if lang is not None and first != view.lang:
            # a copy for members to mark up in the language asked for: the draft's translation (a new
            # user's trial got the Chinese draft, silently); without --lang, the draft's own
            copies = [name for name in formats if not table[name].position]
            if copies and (tr is None or tr.lang != first):
                names = {"zh": "Chinese", "en": "English"}
                raise ExportError(f"{view.ref} is in {names[view.lang]} and has no {names[first]} translation to copy "
                                  f"for members (--format {copies[0]} --lang {first}): add one with `lawcomment draft "
                                  "add DRAFT --name NAME --version N --translation FILE`, or leave out --lang")  # fmt: skip
            options = replace(options, copy_lang=first)
        # (a bilingual submission's article whose translation alone changes has a proposed change too)
        def changes(i: Item) -> bool:
            return i.changed or bool(options.parallel and (side := view.translated(i)) is not None
                                 and any(w.decision is not None and w.text != w.base for w in side.wordings))  # fmt: skip

        changed = sum(1 for i in view.items if changes(i))
        # the articles that go out with no change, a committee reason or a forwarded remark only (a trial
        # read 5 changed and found 6 in the letter)
        besides = sum(1 for i in view.items if not changes(i) and view.submits(i, bool(options.parallel))
                      and (i.submitted_reason.strip() or i.forwarded))  # (not one listed for its open conflict alone)
        unresolved = sum(len(i.position.unresolved) for i in view.items)
        files = [(name, target) for name, target in targets if target is not None]
        if files:  # all written, or none; several side by side, by workers
            export_files(view, files, options, workers=default_workers())
        for name, target in targets:
            if target is None:
                sys.stdout.buffer.write(export(view, name, None, options))
                sys.stdout.flush()
                continue
            if not table[name].position:
                if tr is not None and tr.draft is not None and options.copy_lang == tr.lang:  # its translation's copy
                    echo(f"wrote {target} ({name}): the {tr.lang} translation of {view.ref} as it stands, "
                         f"{len(tr.draft.articles())} article(s), for members to mark up")  # fmt: skip
                    continue
                echo(f"wrote {target} ({name}): {view.ref} as it stands, {len(view.draft.articles())} article(s), "
                     "for members to mark up")  # fmt: skip
                continue
            more = f" and {besides} more with a committee reason or a forwarded remark only" if besides else ""
            echo(f"wrote {target} ({name}): {view.ref}, {changed} article(s) changed in the submission{more}, "
                 f"{unresolved} unresolved conflict(s)")  # fmt: skip
        if view.worked_out_groups() is not None:  # a review format grouped the comments: for the next export
            try:
                with open_store(ctx) as store:
                    keep_groups(store, view)
            except LawcommentError:  # the files are written; the next export groups them again
                pass
        positions = [(n, t) for n, t in targets if table[n].position]  # a copy of the draft alone: nothing to say
        submitted = [(n, t) for n, t in positions if not table[n].review]
        shown = " and ".join(str(t) if t is not None else f"the {n} output" for n, t in submitted or positions)
        for line in review_warnings(view, shown, review=not submitted, reasons=any(n in ("docx", "md") for n, _ in submitted),
                                    bilingual=bool(options.parallel), signed=bool(options.association.strip()),
                                    more=bool(options.intro.strip()) or all_articles, lang=options.lang,
                                    addressed=bool(options.addressee.strip()) or addressee == "") \
                if positions else []:  # fmt: skip
            echo(line, err=True)
        for name, target in submitted:
            if name == "amendment":  # an article rewritten whole though its change is small; the law's citations
                # of articles its closing 此外，对条文顺序作相应调整 numbers otherwise
                from ..amendment import consultation_instrument, renumbered_citations, rewritten_whole

                shown_as = str(target) if target is not None else "the amendment output"
                text, instructions = consultation_instrument(view, options)
                for line in [*rewritten_whole(instructions, shown_as, view.draft), *renumbered_citations(view.draft, text, shown_as)]:
                    echo(f"warning: {line}", err=True)
        name, _, version = view.ref.partition("@")
        if positions and not view.draft.title.strip() and view.title == name:
            # (a bill's title line read as its preamble: a trial's letter was "Comments on hr2157")
            echo(f"warning: the letter is titled after the draft's name, {name}: its file gave it no title line; "
                 f"`lawcomment draft add FILE --name {name} --version {version} --replace --title TITLE` sets its "
                 "title", err=True)  # fmt: skip
        left_to_the_end(view)

    @cli.command("plugins")
    def plugins_cmd() -> None:
        """List the plugins: where each comes from, its version, hooks and formats."""
        from ..plugins import plugin_infos

        for info in plugin_infos():
            version = f" {info.version}" if info.version else ""
            dist = f" ({info.distribution}{version})" if info.distribution else ""
            echo(f"{info.name}{dist}  [{info.origin}]")
            echo(f"    hooks: {', '.join(info.hooks) or '-'}")
            for label, values in (("formats", info.formats), ("profiles", info.profiles),
                                  ("suffixes", info.suffixes), ("comment files", info.comment_files)):  # fmt: skip
                if values:
                    echo(f"    {label}: {', '.join(values)}")

    @cli.command("demo")
    @click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=Path("lawcomment-demo"),
                  show_default=True, help="Where the results go.")
    @click.option("--examples", type=click.Path(path_type=Path, file_okay=False),
                  help="The example consultation (default: examples/ecommerce of this clone).")
    def demo_cmd(out: Path, examples: Path | None) -> None:
        """Run a whole consultation on examples/ecommerce and write the results to --out."""
        from ..consultation import run_demo

        result = run_demo(out, examples, echo=echo)
        echo(f"\nresults in {result.out}/:")
        width = max(len(p.name) for p, _ in result.files)
        for path, what in result.files:
            echo(f"  {path.name:<{width}}  {what}")
        echo(f"open {result.out / 'submission.docx'} in Word (Review → Track Changes shows the proposals), "
                   f"or {result.out / 'review.html'} in a browser")  # fmt: skip
        serve = f"lawcomment --db {result.out / 'consultation.db'} serve --demo"
        if "serve" in cli.list_commands(click.get_current_context().find_root()):
            echo(f"members and staff in the browser: {serve}")
        else:
            echo(f"members and staff in the browser: python -m pip install -e plugins/lawcomment-web, then {serve}")
