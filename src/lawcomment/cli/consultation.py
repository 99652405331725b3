"""The store commands of the CLI: init, draft, member, comment, form and log.

Each command opens the store named by ``--db``, calls one library function, and prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..jsondoc import dump_bytes, dumps
from ..textcheck import printable
from .common import (again_summary, carried_into, carry_summary, citations, clip, emit, event_detail, kept_summary,
                     open_store, progress_bar, table_lines, warn_lines)
from .terminal import echo, speak_of

if TYPE_CHECKING:
    from .. import Comment
    from ..records import StoredDraft
    from ..store import Store


def _stored_article(store: Store, ref: str, at: str) -> str | None:
    """The article eid ``at`` names when the store's unit list settles it (what
    :func:`~lawcomment.drafts.anchors.resolve` gives then), without loading the draft; else None."""
    from .. import citation_to_eid
    from ..errors import CitationError

    try:
        eid = citation_to_eid(at, paragraph_optional=True)
    except CitationError:
        return None
    comps = eid.split("__")
    if len(comps) > 1 and comps[0].startswith("art_") and comps[1].startswith("item_"):
        return None  # resolve places the item in the article's one 款
    # an article the store keeps as a tree of its own is one of its units: the draft's 3,523 eids
    # are not read for it (a Store written before article_tree has none)
    kept = getattr(store, "article_tree", None) if len(comps) == 1 else None
    if kept is not None and kept(ref, eid) is not None:
        return eid
    return comps[0] if eid in set(store.unit_eids(ref)) else None


def warn_superseded(store: Store, ref: str, what: str = "comments added to it") -> None:
    """A comment added to (or a decision made on) a version the next reading superseded stays on
    it: say so, and how to carry it (adding the new version again carries only what it has not
    carried yet)."""
    later = store.successor(ref)
    if later is not None:
        name, _, version = later.ref.partition("@")
        echo(f"warning: {ref} is superseded by {later.ref}: {what} stay on it until carried; run "
             f"`lawcomment draft add FILE --name {name} --version {version} --supersedes {ref.partition('@')[2]}` again "
             f"with {later.ref}'s file to carry them", err=True)  # fmt: skip


def unlinked_version(store: Store, ref: str, *, later: bool = False) -> StoredDraft | None:
    """For a version linked to none: the latest version of its law added before it (or with
    ``later``, the first added after it) that no version supersedes (a next reading added
    without --supersedes); else None."""
    stored = store.get_draft(ref)
    if store.predecessor(stored.ref) is not None or store.successor(stored.ref) is not None:
        return None
    others = [d for d in store.drafts() if d.name == stored.name and (d.id > stored.id if later else d.id < stored.id)
              and store.successor(d.ref) is None and (not later or store.predecessor(d.ref) is None)]  # fmt: skip
    others.sort(key=lambda d: d.id)
    return (others[0] if later else others[-1]) if others else None


def _note_unlinked(store: Store, stored: Any, file: Path) -> None:
    """A version added beside an earlier one with comments, superseding none: say that nothing
    was carried, and how to carry it (the same file again, with --supersedes)."""
    earlier = unlinked_version(store, stored.ref)
    if earlier is None:
        return
    count = len(store.comments(earlier.ref))
    if count:
        echo(f"note: {stored.ref} supersedes no version, so the {count} comment(s) on {earlier.ref} stay there and the "
             f"adoption report has nothing to compare; if {stored.ref} is {earlier.ref}'s next reading, run `lawcomment "
             f"draft add {file} --name {stored.name} --version {stored.version} --supersedes {earlier.version}` (the "
             "same file: it carries them)", err=True)  # fmt: skip


def register(cli: click.Group) -> None:
    """Attach the store commands to the top-level group."""

    @cli.command()
    @click.option("--association", help="Who submits (signs every submission and authors its changes); "
                                        "`store association` changes it.")
    @click.pass_context
    def init(ctx: click.Context, association: str | None) -> None:
        """Create the consultation store (./lawcomment.db, or --db / $LAWCOMMENT_DB)."""
        from ..consultation import set_association

        store, new = open_store(ctx, create=True)
        with store:
            verb = "created" if new else "already exists; schema up to date:"
            echo(f"{store.where} {verb} (schema {store.schema_version})")
            if association is not None:
                set_association(store, association)
                named = " ".join(association.split())
                echo(f"submissions are signed by {named}" if named else "no association named")

    # -- drafts ------------------------------------------------------------------------
    @cli.group()
    def draft() -> None:
        """Add and list the drafts under consultation (NAME@VERSION)."""

    @draft.command("add")
    @click.argument("file", type=click.Path(path_type=Path))
    @click.option("--name", required=True, help="Short name of the law, e.g. ecommerce.")
    @click.option("--version", "version", required=True, help="Version, e.g. 1 or 二审稿.")
    @click.option("--title", help="Title shown in forms and exports (default: the draft's own).")
    @click.option("--profile", help="Structure profile (zh-CN, en, …); detected when omitted.")
    @click.option("--encoding", help="Encoding of .txt/.md files (detected: UTF-8, GB18030).")
    @click.option("--replace", is_flag=True, help="Replace the stored file of NAME@VERSION (never orphans a comment).")
    @click.option("--reject-changes", is_flag=True, help="Read a .docx as it was before its tracked changes.")
    @click.option("--supersedes", metavar="VERSION", help="This version replaces NAME@VERSION: carry its comments forward.")
    @click.option("--translation", type=click.Path(path_type=Path),
                  help="Its translation (the English working text), paired with it unit by unit and kept with it.")
    @click.option("--translation-lang", type=click.Choice(["en", "zh"]),
                  help="The translation's language (default: English for a Chinese draft, Chinese for an English one).")
    @click.option("--translation-title", metavar="TEXT",
                  help="The translation's title in the exports (default: its file's own), e.g. \"Cybersecurity Law (Draft)\".")
    @click.pass_context
    def draft_add(ctx: click.Context, file: Path, name: str, version: str, title: str | None, profile: str | None,
                  encoding: str | None, replace: bool, reject_changes: bool, supersedes: str | None,
                  translation: Path | None, translation_lang: str | None, translation_title: str | None) -> None:  # fmt: skip
        """Split FILE and store it as NAME@VERSION (--supersedes carries comments forward)."""
        from ..consultation import (add_draft_file, add_translation_file, carry_forward, cite_in_translation,
                                    place_waiting_wordings)
        from ..drafts import points_past_end

        if translation_title is not None and translation is None:
            raise click.UsageError("--translation-title titles the file given with --translation")
        with open_store(ctx) as store:
            if supersedes is not None:
                store.get_draft(f"{name}@{supersedes}")  # fail before anything is written
            # a reading carried into, its text replaced: what was carried onto that text is carried again
            # (a trial's corrected file left the carried comments and decisions as the mistaken one had them)
            was, before = carried_into(store, f"{name}@{version}", supersedes) if replace else (None, None)
            with store.transaction():  # the new version and its carried comments land together
                stored, status, diags = add_draft_file(store, file, name, version, title=title, profile=profile,
                                                       encoding=encoding, replace=replace, reject_changes=reject_changes,
                                                       carried_again=before is not None)  # fmt: skip
                # (the same file again too: a carry made before this one carried again is put right)
                replaced = was.load() if was is not None and before is not None else None
                if before is not None:
                    supersedes = before.version
                # the translation first: the carried wordings of the old translation are moved onto it
                paired = (add_translation_file(store, stored, translation, lang=translation_lang, encoding=encoding,
                                               title=translation_title)
                          if translation is not None else None)  # fmt: skip
                report = (carry_forward(store, f"{name}@{supersedes}", stored, replaced=replaced)
                          if supersedes is not None else None)  # fmt: skip
                # a translation added after the carry: the wordings of the last one, set aside for it, go on it now
                placed = place_waiting_wordings(store, stored, paired[0].lang) if paired is not None else []
            speak_of(stored.profile)
            for diag in diags:
                echo(diag.format(str(file)), err=True)
            errors = sum(1 for d in diags if d.severity.value == "error")
            last = points_past_end(stored.load()) if errors and status != "unchanged" and \
                all(d.code == "dangling-reference" for d in diags if d.severity.value == "error") else None  # fmt: skip
            if last is not None:  # an excerpt citing the rest of its act: the split is not in doubt
                echo(f"warning: {file}: its {errors} dangling reference(s) (above) all point past its last article, "
                     f"{last}: the draft may be an excerpt, its references pointing to articles outside it; the "
                     "articles are split as the file has them", err=True)  # fmt: skip
            elif errors and status != "unchanged":
                echo(f"warning: {file} has {errors} problem(s) `lawcomment check` counts as errors (above): its articles "
                     f"may be split wrongly; correct the file and store it again with `lawcomment draft add {file} --name "
                     f"{name} --version {version} --replace` before members comment on it", err=True)  # fmt: skip
            n = len(stored.load().articles())
            if status == "unchanged":  # (its translation, given, is said on the next line)
                echo(f"{stored.ref} is already stored from this file" + ("" if translation is not None else
                                                                          "; nothing changed"))  # fmt: skip
            else:
                echo(f"{status} {stored.ref}: {stored.title} ({n} articles, profile {stored.profile})")
            if report is not None:
                if report.again is not None:
                    again_summary(report, store.get_draft(report.old).load(), replaced, stored.load())
                carry_summary(report, store.get_draft(report.old).load(), stored.load())
                if report.again is not None:
                    kept_summary(report, replaced, stored.load())
            elif status == "added":
                _note_unlinked(store, stored, file)
            if paired is not None and translation is not None:
                _translation_summary(stored.ref, translation, *paired)
            for p in placed:
                c = p.comment
                if p.moved:
                    echo(f"#{c.id} ({c.member}): its wording of the last reading's {c.lang} translation, set aside for "
                         f"want of one, is on the new {c.lang} translation now, on {cite_in_translation(store, stored, c.anchor.eid or '', c.lang)} "
                         f"(status {c.status})")  # fmt: skip
                else:
                    echo(f"warning: #{c.id} ({c.member}): its wording of the last reading's {c.lang} translation still "
                         f"waits: {p.why}", err=True)  # fmt: skip

    def _translation_summary(ref: str, path: Path, kept: Any, status: str, pairing: Any, diags: Any) -> None:
        from ..drafts import cite, doubtful_lines, unpaired_line

        for diag in diags:
            echo(diag.format(str(path)), err=True)
        merged = sum(1 for p in pairing.pairs if p.merged)
        echo(f"{status} the {kept.lang} translation of {ref} from {kept.source_file}: {pairing.articles[0]} of "
             f"{pairing.articles[1]} articles paired, {pairing.units[0]} of {pairing.units[1]} units"
             + (f" ({merged} merged by the translation)" if merged else ""))  # fmt: skip
        source_lang = "en" if kept.lang == "zh" else "zh"
        if pairing.unpaired_source:
            echo("warning: not paired in the draft: " + unpaired_line(pairing.unpaired_source, source_lang), err=True)
        if pairing.unpaired_target:
            echo("warning: not paired in the translation: " + unpaired_line(pairing.unpaired_target, kept.lang), err=True)
        for line in doubtful_lines(pairing, source_lang, kept.lang):
            echo(f"warning: {line}", err=True)

    @draft.command("show")
    @click.argument("ref")
    @click.option("--article", metavar="CITATION", help="Only this unit (第十二条, 12, 第十二条第二款, art_12).")
    @click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True,
                  help="md: the text as stored, every unit in full; json: lawcomment.draft/1 (a unit's own object "
                       "with --article).")  # fmt: skip
    @click.option("--lang", type=click.Choice(["en", "zh"]),
                  help="Its working translation in this language (--article cites the translation's own numbers).")
    @click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
    @click.pass_context
    def draft_show(ctx: click.Context, ref: str, article: str | None, fmt: str, lang: str | None,
                   output: Path | None) -> None:  # fmt: skip
        """Print a stored draft's text as it was split, to check it against its file (or one unit of it)."""
        from ..drafts import describe, draft_to_dict, render_markdown, resolve
        from ..errors import StoreError
        from ..model import Kind

        with open_store(ctx) as store:
            stored = store.get_draft(ref, archived=True)
            draft = stored.load()
            own = "en" if stored.profile.startswith("en") else "zh"
            if lang is not None and lang != own:
                kept = store.translation(stored, lang)
                if kept is None:
                    raise StoreError(f"{stored.ref} has no {lang} translation (add one with `lawcomment draft add FILE "
                                     f"--name {stored.name} --version {stored.version} --translation TRANSLATION`)")  # fmt: skip
                draft = kept.load()
        if article is None:
            emit(dump_bytes(draft_to_dict(draft)) if fmt == "json" else render_markdown(draft), output)
            return
        unit = resolve(draft, article, stored.ref if lang in (None, own) else f"the {lang} translation of {stored.ref}")
        if fmt == "json":
            found = [u for u in _walk_dicts(draft_to_dict(draft, articles=False)["units"]) if u.get("eid") == unit.eid]
            emit(dump_bytes(found[0]), output)
            return
        gap = " " if draft.profile.startswith("en") else "\u3000"
        sep = " " if draft.profile.startswith("en") else ""

        def lines(u: Any) -> list[str]:
            """A unit as the law prints it: a container's heading, then its units; an article with its label."""
            if u.kind.is_container:
                return [f"{u.label}{gap}{u.heading}".strip(), *(x for c in u.children for x in lines(c))]
            if u.kind is Kind.ARTICLE and u.label:
                return [f"{u.label}{gap}{u.body(sep)}"]
            # an item with its label, as its 款 prints it: （三）未按照… (an English one: (c) …)
            return [f"{u.label}{sep}{u.body(sep)}" if u.label and u.kind is not Kind.PARAGRAPH else u.body(sep)]

        where = stored.ref if lang in (None, own) else f"the {lang} translation of {stored.ref}"
        emit("\n".join([f"# {describe(unit.eid, draft=draft)} of {where}", *lines(unit)]) + "\n", output)

    def _walk_dicts(units: list[dict[str, Any]]) -> Any:
        for u in units:
            yield u
            yield from _walk_dicts(u.get("children", []))

    @draft.command("list")
    @click.option("--all", "show_all", is_flag=True, help="Include archived drafts.")
    @click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
    @click.pass_context
    def draft_list(ctx: click.Context, show_all: bool, fmt: str) -> None:
        """List the stored drafts."""
        with open_store(ctx) as store:
            drafts = store.drafts(archived=show_all)
            if fmt == "json":
                later = {d.supersedes: d.ref for d in drafts if d.supersedes is not None}
                by_id = {d.id: d.ref for d in store.drafts(archived=True)}
                rows = [{"ref": d.ref, "name": d.name, "version": d.version, "title": d.title, "profile": d.profile,
                         "source_file": d.source_file, "sha256": d.sha256, "created": d.created,
                         "supersedes": by_id.get(d.supersedes) if d.supersedes else None,
                         "superseded_by": later.get(d.id), "archived": d.archived, "deadline": d.deadline,
                         "translations": store.translations(d)}
                        for d in drafts]  # fmt: skip
                echo(dumps({"schema": "lawcomment.drafts/1", "drafts": rows}), nl=False)
                return
            for d in drafts:
                tail = (f"\tarchived {d.archived}" if d.archived else "") + (f"\tdue {d.deadline}" if d.deadline else "")
                languages = store.translations(d)
                tail += f"\ttranslation {', '.join(languages)}" if languages else ""
                echo(f"{d.ref}\t{d.title}\t{d.source_file}\t{d.created}{tail}")

    # -- members -----------------------------------------------------------------------
    @cli.group()
    def member() -> None:
        """Add, import and list member companies (and staff)."""

    @member.command("add")
    @click.argument("member_id")
    @click.option("--org", default=None, help="Organisation name.")
    @click.option("--group", "group", default=None, help="Industry working group.")
    @click.option("--email", default=None)
    @click.option("--lang", default=None, help="Language for forms: zh or en.  [default: zh]")
    @click.option("--role", type=click.Choice(["member", "staff"]), default=None, help="[default: member]")
    @click.option("--update", is_flag=True, help="Change the details of an existing member (those given; the others "
                  "are kept).")  # fmt: skip
    @click.pass_context
    def member_add(ctx: click.Context, member_id: str, org: str | None, group: str | None, email: str | None,
                   lang: str | None, role: str | None, update: bool) -> None:  # fmt: skip
        """Add MEMBER_ID (one word, e.g. acme)."""
        from ..comments import Member, Role
        from ..errors import StoreError

        with open_store(ctx) as store:
            try:
                was = store.get_member(member_id) if update else None
            except StoreError:  # (a new member: --update adds it, as before)
                was = None
            # --update changes what it is given: a trial's --org and --group erased the member's email
            member = Member(member_id, org if org is not None else (was.org if was else ""),
                            group if group is not None else (was.group if was else ""),
                            email if email is not None else (was.email if was else ""),
                            lang if lang is not None else (was.lang if was else "zh"),
                            Role(role) if role is not None else (was.role if was else Role.MEMBER))  # fmt: skip
            status = store.add_member(member, update=update)
            echo(f"{status} member {member_id}")

    @member.command("import")
    @click.argument("file", type=click.Path(path_type=Path))
    @click.option("--update", is_flag=True, help="Change the details of existing members.")
    @click.option("--encoding", help="Encoding of the CSV (detected: UTF-8, GB18030).")
    @click.pass_context
    def member_import(ctx: click.Context, file: Path, update: bool, encoding: str | None) -> None:
        """Add members from a CSV: id, org, group, email, lang, role (Chinese headers accepted)."""
        from ..consultation import import_members

        with open_store(ctx) as store:
            done = import_members(store, file, update=update, encoding=encoding)
            for warning in done.warnings:
                echo(f"warning: {warning}", err=True)
            echo(f"{file}: {done.added} added, {done.updated} updated, {done.unchanged} unchanged")

    @member.command("list")
    @click.option("--group", "group", help="Only this working group.")
    @click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
    @click.pass_context
    def member_list(ctx: click.Context, group: str | None, fmt: str) -> None:
        """List members: id, organisation, working group, email, language, role."""
        with open_store(ctx) as store:
            members = [m for m in store.members() if group is None or m.group == group]
            if fmt == "json":
                rows = [{"id": m.id, "org": m.org, "group": m.group, "email": m.email, "lang": m.lang,
                         "role": str(m.role)} for m in members]  # fmt: skip
                echo(dumps({"schema": "lawcomment.members/1", "members": rows}), nl=False)
                return
            if not members:
                echo("no members" + (f" in working group {group!r}" if group is not None else "")
                     + " (`lawcomment member import FILE` adds them)")  # fmt: skip
                return
            # (a table with its header, as `comment list` prints one: a trial read six bare columns; --format json
            # is for scripts)
            table = [("id", "organisation", "working group", "email", "lang", "role")]
            table += [(m.id, m.org, m.group, m.email or "-", m.lang, str(m.role)) for m in members]
            for line in table_lines(table):
                echo(line)
            echo(f"{len(members)} member(s)")

    # -- comments ----------------------------------------------------------------------
    @cli.group()
    def comment() -> None:
        """Add, import and list member comments."""

    @comment.command("add")
    @click.option("--member", "member_id", required=True)
    @click.option("--draft", "ref", required=True, help="NAME@VERSION")
    @click.option("--at", required=True, help="第十二条第二款, Article 12(2)(c), Section 5A, or an eid; 全文 or "
                                              "(document) for a remark on the whole draft.")  # fmt: skip
    @click.option("--propose", help="The proposed wording of the whole unit.")
    @click.option("--reason", default="", help="Why (the comment's body).")
    @click.option("--quote", default="", help="The words the comment is about, inside the unit.")
    @click.option("--stance", type=click.Choice(["amend", "delete", "support", "oppose", "question", "insert", "comment"]),
                  help="Default: amend with --propose, else comment.")  # fmt: skip
    @click.option("--lang", type=click.Choice(["zh", "en"]),
                  help="Written on the draft's translation in this language (Article 12(2) of the English text); "
                       "default: the draft's own language.")  # fmt: skip
    @click.pass_context
    def comment_add(ctx: click.Context, member_id: str, ref: str, at: str, propose: str | None, reason: str, quote: str,
                    stance: str | None, lang: str | None) -> None:  # fmt: skip
        """Record a comment typed in by staff or a member."""
        from ..consultation import add_comment

        with open_store(ctx) as store:
            cid, warnings = add_comment(store, ref, member_id, at, propose=propose, reason=reason, quote=quote,
                                        stance=stance, lang=lang)  # fmt: skip
            speak_of(store.get_draft(store.get_comment(cid).draft, archived=True).profile)
            warn_lines(warnings)
            c = store.get_comment(cid)
            replaces = f"; it replaces #{c.supersedes}" if c.supersedes else ""
            eid = c.anchor.eid or ""
            on = store.get_draft(c.draft, archived=True)
            cited = citations(on.load, "en" if on.profile.startswith("en") else "zh")(eid) if eid else eid
            where = (f"{cited} ({eid})" if cited != eid else eid) if eid else "the whole draft (document)"
            if c.lang and c.anchor.eid:  # both citations: the one the member wrote on, the one it is kept at
                from ..consultation import cite_in_translation

                where = f"{cite_in_translation(store, c.draft, c.anchor.eid, c.lang)} of the {c.lang} translation, at {where}"
            echo(f"added comment #{cid} by {member_id} on {where} ({c.stance}){replaces}")
            warn_superseded(store, c.draft)

    @comment.command("import")
    @click.argument("file", type=click.Path(path_type=Path))
    @click.option("--draft", "ref", help="NAME@VERSION (a form knows its own).")
    @click.option("--member", "member_id", help="The member for every row, Word author or form.")
    @click.option("--author-map", type=click.Path(path_type=Path), help="CSV with the columns author,member.")
    @click.option("--skip-invalid", is_flag=True, help="Import the valid rows and list the others.")
    @click.option("--encoding", help="Encoding of a CSV (detected: UTF-8, UTF-8 with BOM, GB18030).")
    @click.option("--all-warnings", is_flag=True,
                  help="A warning on each row it concerns (by default, one many rows share is printed for its "
                       "first three rows, then once with the count of the others).")  # fmt: skip
    @click.pass_context
    def comment_import(ctx: click.Context, file: Path, ref: str | None, member_id: str | None, author_map: Path | None,
                       skip_invalid: bool, encoding: str | None, all_warnings: bool) -> None:  # fmt: skip
        """Import comments from a CSV/JSON/JSONL file, a filled comment form, or a marked-up draft."""
        from ..consultation import fold_warnings, import_comments, read_author_map
        from ..errors import InputError, StoreError

        if member_id and author_map:
            raise StoreError("give --member or --author-map, not both")
        mapping = read_author_map(author_map) if author_map else None
        with open_store(ctx) as store:
            with progress_bar("importing comments") as progress:  # gone before the lines below are written
                result = import_comments(store, file, ref, member=member_id, author_map=mapping,
                                         skip_invalid=skip_invalid, encoding=encoding, progress=progress)  # fmt: skip
            if result.draft:
                speak_of(store.get_draft(result.draft, archived=True, data=False).profile)
            warn_lines(result.warnings if all_warnings else fold_warnings(result.warnings, more="; --all-warnings lists each"))
            for line in result.skipped:
                echo(f"skipped: {line}", err=True)
            if not result.recorded:  # (no comment in it: nothing to undo, so nothing listed by `import list`)
                # an error, not "0 added" as if it worked (a header alone, an empty list, a file of no bytes)
                # (a Word file says what it lacks and what to do: a form sent back unfilled, a copy with no tracked change)
                into = f" into {result.draft}" if result.draft else ""
                raise InputError(str(file), result.lacks_said or f"the file holds no comments: nothing imported{into}, "
                                                                  "no import recorded")  # fmt: skip
            r = result.report
            parts = [f"{len(r.added)} added", f"{r.duplicates} already there", f"{len(r.superseded)} superseded"]
            if r.withdrawn:
                shown = ", ".join(f"#{i}" for i in r.withdrawn[:8]) + (", …" if len(r.withdrawn) > 8 else "")
                parts.append(f"{len(r.withdrawn)} withdrawn before and left so ({shown}: `lawcomment comment undo ID` "
                             "brings one back)")  # fmt: skip
            if r.replaced:
                shown = ", ".join(f"#{i}" for i in r.replaced[:8]) + (", …" if len(r.replaced) > 8 else "")
                parts.append(f"{len(r.replaced)} replaced since by a later comment and left so ({shown}: `lawcomment "
                             "comment show ID` says what replaced it)")  # fmt: skip
            if r.moved:
                shown = ", ".join(f"#{i}" for i in r.moved[:8]) + (", …" if len(r.moved) > 8 else "")
                parts.append(f"{len(r.moved)} found at another row of the file than before ({shown}: the same "
                             "comment, its place updated)")  # fmt: skip
            if result.skipped:
                parts.append(f"{len(result.skipped)} invalid skipped")
            if result.reasons:
                parts.append(f"{result.reasons} committee reason(s) set")
            echo(f"{file}: {result.kind} into {result.draft}: {', '.join(parts)}")
            if result.details:  # (who filled the form in, for staff to ask about it)
                echo(f"  the form was filled in by {'; '.join(f'{k} {v}' for k, v in result.details)}")
            if r.added:
                warn_superseded(store, result.draft)

    @comment.command("list")
    @click.option("--draft", "ref", required=True, help="NAME@VERSION")
    @click.option("--article", "articles", multiple=True,
                  help="Only this article: 12, 第十二条, Article 12 or art_12 (repeatable).")
    @click.option("--member", "member_id", help="Only this member's comments.")
    @click.option("--group", "group", help="Only comments of this working group's members.")
    @click.option("--stance", type=click.Choice(["amend", "delete", "insert", "support", "oppose", "question", "comment"]),
                  multiple=True, help="Only these stances (repeatable).")  # fmt: skip
    @click.option("--status", type=click.Choice(["open", "resolved", "superseded", "orphaned", "adopted", "withdrawn"]),
                  multiple=True, help="Only these statuses (repeatable; superseded and withdrawn need it or --all).")  # fmt: skip
    @click.option("--source", type=click.Choice(["cli", "csv", "xlsx", "json", "form", "docx-comment", "docx-revision", "web"]),
                  multiple=True, help="Only comments that came this way (repeatable).")  # fmt: skip
    @click.option("--full", is_flag=True, help="Print each comment's whole text instead of clipping it.")
    @click.option("--all", "show_all", is_flag=True, help="Include superseded and withdrawn comments (history).")
    @click.option("--grouped", is_flag=True,
                  help="Near-duplicates (campaign copies, one proposal from several members) as one row per group: "
                       "its size, its representative and each variant's differences.")  # fmt: skip
    @click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
    @click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
    @click.pass_context
    def comment_list(ctx: click.Context, ref: str, articles: tuple[str, ...], member_id: str | None, group: str | None,
                     stance: tuple[str, ...], status: tuple[str, ...], source: tuple[str, ...], full: bool,
                     show_all: bool, grouped: bool, fmt: str, output: Path | None) -> None:  # fmt: skip
        """List the comments on a draft, in article order, with filters (--grouped: near-duplicates
        grouped, see `decide --group-of` to decide a group at once)."""
        from ..drafts import comments_to_dict, resolve, unit_index
        from ..errors import StoreError

        def written_where(*args: Any) -> Any:  # (loaded for an orphan only: a listing builds no other value types)
            from ..consultation import written_where as where

            return where(*args)

        with open_store(ctx) as store:
            stored = store.get_draft(ref, data=False)  # its text (megabytes for a code) only when needed
            speak_of(stored.profile)
            arts: list[str] = []
            for article in articles:
                at = f"art_{article}" if article.isdigit() else article
                found_at = _stored_article(store, stored.ref, at)
                if found_at is None:  # the draft itself knows: an item cited without its 款, or no such unit
                    draft = store.get_draft(stored.ref).load()
                    found_at = resolve(draft, at, stored.ref, unit_index(draft)).eid.split("__")[0]
                if found_at not in arts:
                    arts.append(found_at)
            art = arts[0] if len(arts) == 1 else None
            if member_id:
                store.get_member(member_id)
            in_group: set[str] | None = None
            if group is not None:
                in_group = {m.id for m in store.members() if m.group == group}
                if not in_group:
                    groups = sorted({m.group for m in store.members() if m.group})
                    raise StoreError(f"no working group {group!r} (groups: {', '.join(groups) or 'none'})")
            history = show_all or bool(status)
            if len(arts) > 1:  # each article's comments (its index), the articles in the law's order
                order = {eid: n for n, eid in enumerate(unit_index(store.get_draft(stored.ref).load()))}
                read = [c for a in sorted(arts, key=lambda a: order.get(a, len(order)))
                        for c in store.comments(stored.ref, article=a, member=member_id, include_superseded=history)]  # fmt: skip
            else:
                read = store.comments(stored.ref, article=art, member=member_id, include_superseded=history)
            found = [c for c in read
                     if (in_group is None or c.member in in_group) and (not stance or str(c.stance) in stance)
                     and (not status or str(c.status) in status) and (not source or str(c.source.kind) in source)
                     and (show_all or status or str(c.status) != "withdrawn")]  # fmt: skip
            if grouped:
                # the grouping reads the whole draft's comments, superseded ones aside: those read
                # already when no article, member or history was asked for
                everything = read if not arts and member_id is None and not (show_all or status) else None
                emit(_grouped_listing(store, store.get_draft(stored.ref), art, found, fmt, full, everything), output)
                return
            if fmt == "json":
                listing = comments_to_dict(stored.ref, found)
                if any(str(c.status) == "orphaned" for c in found):
                    # an orphan's unit of the reading it was written on, as the export's JSON gives it (docs/json.md)
                    met: dict[str, Any] = {}
                    stores: dict[object, Any] = {}
                    for d, c in zip(listing["comments"], found):
                        if str(c.status) == "orphaned" and (w := written_where(store, c, met, stores)) is not None:
                            d["written_on"] = w.to_dict()
                document: str | bytes = dump_bytes(listing)
            else:
                rows = [("id", "at", "member", "stance", "status", "source", "text")]
                # (the draft's text read only when a citation needs it: a first 款 or its 项)
                listed = store.get_draft(stored.ref, archived=True, data=False)
                lang = "en" if listed.profile.startswith("en") else "zh"
                from ..exports import quoted

                cited = citations(lambda: store.get_draft(stored.ref, archived=True).load(), lang)
                loaded: dict[str, Any] = {}  # (the earlier readings orphans were written on, each read once)
                drafts: dict[object, Any] = {}
                for c in found:
                    # an orphan: cited by its unit of the reading it was written on, with the words it quoted there
                    # (a trial listed one at 第五十一条 with the new reading's words; one on no unit here, at nothing)
                    written = written_where(store, c, loaded, drafts) if str(c.status) == "orphaned" else None
                    words = c.proposed_text if c.proposed_text is not None else c.body
                    if str(c.status) == "adopted" and c.origin is not None and c.proposed_text is not None:
                        # carried as adopted: the words are the new version's, the member's are its origin's (a review)
                        words = f"(adopted: the member's wording is #{c.origin}'s) {c.body}".rstrip()
                    quote = written.quote if written is not None else c.anchor.quote
                    if quote:
                        words = f"{quoted(quote, lang)} {words}"
                    where = written.cited(lang) if written is not None else \
                        cited(c.anchor.eid) if c.anchor.eid else _nowhere(c)  # fmt: skip
                    where += f" [{c.lang}]" if c.lang else ""  # written on the translation
                    rows.append((f"#{c.id}", where, c.member, str(c.stance), str(c.status),
                                 str(c.source.kind), printable(words.replace("\n", " ⏎ ")) if full else clip(words, 48)))  # fmt: skip
                text = "".join(line + "\n" for line in table_lines(rows)) + f"{len(found)} comment(s)\n"
                document = text
            emit(document, output)

    #: Variants listed under a group without --full (a campaign has hundreds).
    VARIANTS_SHOWN = 5

    def _grouped_listing(store: Any, stored: Any, art: str | None, found: list[Any], fmt: str, full: bool,
                         everything: list[Any] | None = None) -> str | bytes:  # fmt: skip
        """``comment list --grouped``: the near-duplicate groups holding any listed comment, each
        where its first listed comment stands, and the other listed comments as they are.
        ``everything``: the draft's comments (superseded ones aside), when the caller read them."""
        from ..consultation import near_groups
        from ..drafts import comments_to_dict, law_citation, unit_index
        from ..review import brief, proposed_change

        draft = stored.load()
        index = unit_index(draft)
        groups = near_groups(store, stored, art, draft=draft,
                             comments=None if art else everything if everything is not None
                             else store.comments(stored.ref))  # fmt: skip
        holding = {cid: g for g in groups for cid in g.comments}
        listed = {c.id for c in found}
        shown = [g for g in groups if listed & set(g.comments)]
        single = [c for c in found if c.id not in holding]
        if fmt == "json":
            doc = {"schema": "lawcomment.groups/1", "draft": stored.ref,
                   "groups": [g.to_dict() for g in shown],
                   "ungrouped": comments_to_dict(stored.ref, single)["comments"]}  # fmt: skip
            return dump_bytes(doc)
        rows: list[tuple[str, ...]] = [("id", "at", "member", "stance", "status", "source", "text")]
        extra: dict[int, list[str]] = {}
        seen: set[str] = set()
        for c in found:
            g = holding.get(c.id)
            if g is None:
                words = c.proposed_text if c.proposed_text is not None else c.body
                edit = proposed_change(draft, c, index)
                if edit is not None and not full:  # the edit, not the unit's opening words every wording shares
                    words = brief(edit, 10)
                if c.anchor.quote:
                    from ..exports import quoted

                    words = f"{quoted(c.anchor.quote, 'en' if stored.profile.startswith('en') else 'zh')} {words}"
                where = law_citation(draft, c.anchor.eid) if c.anchor.eid else _nowhere(c)
                rows.append((f"#{c.id}", where + (f" [{c.lang}]" if c.lang else ""), c.member, str(c.stance),
                             str(c.status), str(c.source.kind),
                             printable(words.replace("\n", " ⏎ ")) if full else clip(words, 48)))  # fmt: skip
                continue
            if g.id in seen:
                continue
            seen.add(g.id)
            who = g.members[0] + (f" +{len(g.members) - 1}" if len(g.members) > 1 else "")
            change = g.change  # a wording: what it does to the article, not the article's opening words
            shown_text = brief(change, 10 if not full else 1 << 30) if change is not None else g.text
            rows.append((f"{g.id} ×{g.size}", law_citation(draft, g.eid) + (f" [{g.lang}]" if c.lang else ""),
                         who, g.kind, "", "", printable(shown_text.replace("\n", " ⏎ ")) if full
                         else clip(shown_text, 48)))  # fmt: skip
            lines = [f"= {', '.join(f'#{i}' for i in g.copies)}: the representative's words"]
            shown_variants = g.variants if full else g.variants[:VARIANTS_SHOWN]
            for v in shown_variants:
                marked = printable(brief(v.redline, 10 if not full else 1 << 30).replace("\n", " ⏎ "))
                how = (f"{v.similarity:.2f}, punctuation only" if v.punctuation_only else
                       f"{v.similarity:.2f}, function words only" if v.trivial else f"{v.similarity:.2f}")  # fmt: skip
                lines.append(f"≈ {', '.join(f'#{i}' for i in v.comments)} ({how}): {marked}")
            if len(shown_variants) < len(g.variants):
                rest = g.variants[len(shown_variants):]
                ids = [i for v in rest for i in v.comments]
                lines.append(f"… {len(rest)} more variant(s) from {len(ids)} comment(s) ({', '.join(f'#{i}' for i in ids[:8])}"
                             f"{', …' if len(ids) > 8 else ''}); --full lists them")  # fmt: skip
            extra[len(rows) - 1] = lines
        text = ""
        for n, row in enumerate(table_lines(rows)):
            text += row + "\n"
            for line in extra.get(n, []):
                text += "    " + line + "\n"
        members = sum(g.size for g in shown)
        text += (f"{len(found)} comment(s) listed: {len(found) - len(single)} in {len(shown)} group(s) of "
                 f"near-duplicates ({members} comment(s) in those groups), {len(single)} on their own\n")  # fmt: skip
        return text

    # -- forms -------------------------------------------------------------------------
    @cli.group()
    def form() -> None:
        """The Word comment form (意见反馈表)."""

    @form.command("make")
    @click.option("--draft", "ref", required=True, help="NAME@VERSION")
    @click.option("--member", "member_id", help="Fill in the member (import then needs no --member).")
    @click.option("--articles", help="Only these articles: 10-20,25 (numbers of articles the draft has).")
    @click.option("--lang", type=click.Choice(["zh", "en"]),
                  help="The form's language (default: the member's, where the draft is in it or has a translation "
                       "in it, else the draft's). A form in the language of the draft's translation prints the "
                       "translation's text.")
    @click.option("-o", "--output", type=click.Path(path_type=Path), required=True)
    @click.pass_context
    def form_make(ctx: click.Context, ref: str, member_id: str | None, articles: str | None, lang: str | None,
                  output: Path) -> None:  # fmt: skip
        """Write a .docx comment form (A4 landscape, Track Changes on): 单位/联系人/电话/日期, then
        条款 | 草案原文 | 修改建议 | 理由, one row per article, 修改建议 pre-filled with the draft text
        (for an English-speaking member, the English working translation when the draft has one). In
        English: Company/Contact/Phone/Date, then Article | Draft text | Proposed text | Reason."""
        from ..consultation import write_form

        with open_store(ctx) as store:
            stored = store.get_draft(ref)
            _, chosen, text = write_form(store, stored, output, member=member_id, articles=articles, lang=lang)
            draft_lang = "en" if stored.profile.startswith("en") else "zh"
            tail = f", printing its {'English' if text == 'en' else 'Chinese'} translation" if text != draft_lang else ""
            echo(f"wrote {output}: {len(chosen)} article(s) of {stored.ref}{tail}")

    # -- log ---------------------------------------------------------------------------
    @cli.command()
    @click.option("--limit", type=click.IntRange(0, 1 << 62), default=50, show_default=True,
                  help="Show the newest N events (0: all).")
    @click.option("--object", "obj", help="Only events about this object, e.g. comment:12 or member:acme.")
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @click.pass_context
    def log(ctx: click.Context, limit: int, obj: str | None, fmt: str) -> None:
        """Who changed what, when."""
        with open_store(ctx) as store:
            events = store.events(limit or None, obj)
            if fmt == "json":
                rows = [{"id": e.id, "at": e.at, "actor": e.actor, "action": e.action, "object": e.object,
                         "detail": e.detail} for e in events]  # fmt: skip
                echo(dumps({"schema": "lawcomment.log/1", "events": rows}), nl=False)
                return
            # a store of English drafts alone: its events' words quoted as English quotes them (a trial's log
            # read 「within one month of」)
            if (drafts := store.drafts(archived=True)) and all(d.profile.startswith("en") for d in drafts):
                speak_of("en")
            for e in events:
                detail = event_detail(e.action, e.detail)
                echo(f"{e.at}  {e.actor}  {e.action}  {e.object}" + (f"  {detail}" if detail else ""))


def _nowhere(c: Comment) -> str:
    """The place of a comment on no unit: orphaned, on an article the next reading deleted as it
    proposed (adopted), or on the whole document."""
    if str(c.status) == "orphaned":
        return "(orphaned)"
    return "(article deleted)" if str(c.status) == "adopted" and c.note else "(document)"
