"""The correction commands of the CLI: show, edit, withdraw and undo comments; list and undo
imports; rename, merge and remove members; remove and restore drafts. Each is logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..jsondoc import dumps
from .common import citations, emit, event_detail, open_store, table_lines
from .terminal import echo, speak_of

if TYPE_CHECKING:
    from ..comments import Comment
    from ..store import Store


def _table(rows: Sequence[tuple[str, ...]]) -> str:
    return "".join(line + "\n" for line in table_lines(rows))


def _json(data: object) -> str:
    return dumps(data)


def register(cli: click.Group) -> None:
    """Attach the correction commands to the comment, member and draft groups, and the import group."""
    comment = cli.commands["comment"]
    member = cli.commands["member"]
    draft = cli.commands["draft"]
    assert isinstance(comment, click.Group) and isinstance(member, click.Group) and isinstance(draft, click.Group)

    # -- comments ----------------------------------------------------------------------
    @comment.command("show")
    @click.argument("comment_id", type=int)
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @click.pass_context
    def comment_show(ctx: click.Context, comment_id: int, fmt: str) -> None:
        """Everything about one comment: its text, anchor, source, thread and history."""
        from ..consultation import written_where
        from ..drafts import comment_to_dict

        with open_store(ctx) as store:
            c = store.get_comment(comment_id)
            # an orphan: the unit of the reading it was written on, and the words it quoted there
            written = written_where(store, c)
            on = store.get_draft(c.draft, archived=True)
            lang = "en" if on.profile.startswith("en") else "zh"
            speak_of(on.profile)
            # cited as the law and the exports cite it (a 项 of an article of one 款: 第十六条第八项)
            cited = citations(on.load, lang)(c.anchor.eid) if c.anchor.eid else ""
            revisions = store.revisions(comment_id)
            # carried as adopted, its wording is the new version's text: the member's own words are its origin's
            asked = store.get_comment(c.origin) if c.origin and str(c.status) == "adopted" and c.proposed_text else None
            on_draft = store.comments(c.draft, include_superseded=True)
            replies = [r for r in on_draft if r.thread == c.id]
            # (a trial's superseded comment showed only its carry note: what replaced it was in the history alone)
            replaced_by = [r.id for r in on_draft if r.supersedes == c.id]
            events = store.events(obj=f"comment:{comment_id}")
        if fmt == "json":
            data = {**comment_to_dict(c), **({"written_on": written.to_dict()} if written is not None else {}),
                    "replies": [r.id for r in replies],
                    "history": [{"id": r.id, "at": r.at, "actor": r.actor, "action": r.action, "before": r.data}
                                for r in revisions]}  # fmt: skip
            echo(_json(data), nl=False, as_stored=True)
            return
        where = (cited if cited == c.anchor.eid else f"{cited} ({c.anchor.eid})") if c.anchor.eid else (
            "no unit (orphaned: see its status)" if str(c.status) == "orphaned" else
            "no unit (its article deleted as proposed: see its status)" if str(c.status) == "adopted" and c.note else
            "the whole document")  # fmt: skip
        if written is not None:
            # (a trial's orphan read 第五十一条 and the new reading's words, a wording of the old 第三十六条's)
            where = f"{written.cited(lang)} ({written.eid} of {written.ref}; " + (
                f"left at {where} of this reading)" if c.anchor.eid else "on no unit of this reading: see its status)")
        lines = [f"comment #{c.id} on {c.draft}, {where}", f"  member:   {c.member}", f"  stance:   {c.stance}",
                 f"  status:   {c.status}" + (f" ({c.note})" if c.note else "")]  # fmt: skip
        if written is not None and written.quote:
            lines.append(f"  quote:    「{written.quote}」 (on {written.ref}" +
                         (f"; left at 「{c.anchor.quote}」 here)" if c.anchor.quote != written.quote else ")"))
        elif written is not None and c.anchor.quote:  # (none quoted on the earlier reading: the words it sits on here)
            lines.append(f"  quote:    (none on {written.ref}; left at 「{c.anchor.quote}」 here)")
        elif c.anchor.quote and written is None:
            lines.append(f"  quote:    「{c.anchor.quote}」")
        if asked is not None and asked.proposed_text is not None and asked.proposed_text != c.proposed_text:
            # (a trial read the legislature's words, 个人隐私 and 依法 added, as the member's proposal)
            lines.append(f"  proposed: {asked.proposed_text}  (#{asked.id}'s wording, on {asked.draft})")
            lines.append(f"  now:      {c.proposed_text}  (the new version's words, which made its changes)")
        elif c.proposed_text is not None:
            lines.append(f"  proposed: {c.proposed_text}")
        if c.body:
            lines.append(f"  reason:   {c.body}")
        if c.forwarded:
            where = ("the submission" if c.anchor.eid is not None else "the submission's general comments" if lang == "en"
                     else "the submission's general opinion (总体意见)")  # fmt: skip
            lines.append(f"  forwarded: its reason prints in {where} (`comment forward --undo` keeps it internal)")
        src = c.source
        lines.append("  source:   " + ", ".join(x for x in (str(src.kind), src.file, src.author, src.position) if x))
        lines.append(f"  created:  {c.created}; updated {c.updated}")
        if c.thread:
            lines.append(f"  reply to: #{c.thread}")
        if c.supersedes:
            lines.append(f"  replaces: #{c.supersedes}")
        if replaced_by:
            lines.append("  replaced by: " + ", ".join(f"#{n}" for n in replaced_by))
        if c.origin:
            lines.append(f"  carried from: #{c.origin}")
        if replies:
            lines.append("  replies:  " + ", ".join(f"#{r.id}" for r in replies))
        for e in events:
            detail = event_detail(e.action, e.detail)
            lines.append(f"  {e.at}  {e.actor}  {e.action}" + (f"  {detail}" if detail else ""))
        echo("\n".join(lines))

    @comment.command("edit")
    @click.argument("comment_id", type=int)
    @click.option("--propose", help="The new proposed wording of the whole unit.")
    @click.option("--no-proposal", is_flag=True, help="Remove the proposed wording (a remark only).")
    @click.option("--reason", help="The new reason (the comment's body).")
    @click.option("--stance", type=click.Choice(["amend", "delete", "support", "oppose", "question", "insert", "comment"]))
    @click.option("--at", help="Move it to this unit: 第十二条第二款, Article 12(2) or an eid.")
    @click.option("--quote", help="The words it is about, inside the unit ('' for the whole unit).")
    @click.option("--member", "member_id", help="Whose it is: a file read with the wrong author map, or a wrong id.")
    @click.pass_context
    def comment_edit(ctx: click.Context, comment_id: int, propose: str | None, no_proposal: bool, reason: str | None,
                     stance: str | None, at: str | None, quote: str | None, member_id: str | None) -> None:  # fmt: skip
        """Correct a comment; its earlier state is kept (`comment undo` steps back)."""
        from ..consultation import edit_comment

        with open_store(ctx) as store:
            before = store.get_comment(comment_id)
            after, warnings = edit_comment(store, comment_id, propose=propose, reason=reason, stance=stance, at=at,
                                           quote=quote, no_proposal=no_proposal, member=member_id)  # fmt: skip
        for line in warnings:
            echo(f"warning: {line}", err=True)
        changed = [k for k, a, b in (("proposal", before.proposed_text, after.proposed_text),
                                     ("reason", before.body, after.body), ("stance", before.stance, after.stance),
                                     ("anchor", before.anchor, after.anchor), ("status", before.status, after.status),
                                     ("member", before.member, after.member))
                   if a != b]  # fmt: skip
        echo(f"edited comment #{comment_id}: {', '.join(changed)} changed (undo: lawcomment comment undo {comment_id})")

    @comment.command("translate")
    @click.argument("comment_id", type=int)
    @click.option("--text", required=True, help="The new provision in the draft's language (Chinese for a Chinese draft).")
    @click.pass_context
    def comment_translate(ctx: click.Context, comment_id: int, text: str) -> None:
        """Give in the draft's language a new provision a member proposed in the working translation
        (an English new article): the merge then offers it to accept or reject. The member's words
        are kept (`comment undo` gives them back)."""
        from ..consultation import translate_comment

        with open_store(ctx) as store:
            after, warnings = translate_comment(store, comment_id, text)
        for line in warnings:
            echo(f"warning: {line}", err=True)
        echo(f"comment #{comment_id} now proposes 「{after.proposed_text}」 in the draft's language; accept or reject it "
             f"with `lawcomment decide` (undo: lawcomment comment undo {comment_id})")  # fmt: skip

    @comment.command("withdraw")
    @click.argument("comment_ids", type=int, nargs=-1, required=True)
    @click.option("--reason", default="", help="Why (kept with the comment).")
    @click.pass_context
    def comment_withdraw(ctx: click.Context, comment_ids: tuple[int, ...], reason: str) -> None:
        """Withdraw comments: out of every merge and export, kept on record."""
        from ..consultation import withdraw_comment

        comment_ids = tuple(dict.fromkeys(comment_ids))  # each once, even when repeated
        said: dict[int, list[str]] = {}
        with open_store(ctx) as store, store.transaction():
            for cid in comment_ids:
                withdraw_comment(store, cid, reason, said.setdefault(cid, []))
        for cid in comment_ids:
            echo(f"withdrew comment #{cid} (undo: lawcomment comment undo {cid})")
            for line in said[cid]:
                echo(f"  {line}")

    @comment.command("resolve")
    @click.argument("comment_ids", type=int, nargs=-1, required=True)
    @click.option("--answer", default="", help="The secretariat's answer: kept with the comment, and shown to its member "
                  "(秘书处答复 in the web app) on this reading and the next.")
    @click.option("--reopen", is_flag=True, help="Open them again.")
    @click.pass_context
    def comment_resolve(ctx: click.Context, comment_ids: tuple[int, ...], answer: str, reopen: bool) -> None:
        """Mark members' questions, objections or remarks dealt with: out of staff's open work, still in
        every merge and export (a wording is decided, not resolved)."""
        from ..consultation import resolve_comment
        from ..errors import StoreError

        if reopen and answer.strip():
            raise StoreError("--reopen takes no --answer (the answer goes when it is open again); nothing changed")
        comment_ids = tuple(dict.fromkeys(comment_ids))
        with open_store(ctx) as store, store.transaction():  # all of them, or none
            for cid in comment_ids:
                resolve_comment(store, cid, answer, reopen=reopen)
        for cid in comment_ids:
            echo(f"comment #{cid} is open again" if reopen else
                 f"resolved comment #{cid}{' (answer kept)' if answer.strip() else ''} (undo: lawcomment comment undo {cid})")  # fmt: skip

    @comment.command("forward")
    @click.argument("comment_ids", type=int, nargs=-1, required=True)
    @click.option("--undo", is_flag=True, help="Keep them internal again.")
    @click.pass_context
    def comment_forward(ctx: click.Context, comment_ids: tuple[int, ...], undo: bool) -> None:
        """Forward members' remarks to the legislature: they print in the submission (internal by default)."""
        from ..consultation import forward_comment

        with open_store(ctx) as store:
            with store.transaction():
                forwarded = [forward_comment(store, cid, not undo) for cid in comment_ids]
            advice = {} if undo else {c.id: _translate_advice(store, c) for c in forwarded}
        for cid in comment_ids:
            echo(f"comment #{cid} is {'internal again' if undo else 'forwarded: it prints in the submission'}")
            if advice.get(cid):
                echo(f"  {advice[cid]}")

    def _translate_advice(store: Store, c: Comment) -> str:
        """What to do next for a forwarded remark written in another language than the draft's (an
        English member's on a Chinese draft with its working translation): it goes out as written,
        and its translation is given with `comment edit --reason` (the web app's translation box does
        the same); "" for a remark in the draft's language."""
        from ..drafts import written_in

        own = "en" if store.get_draft(c.draft, archived=True).profile.startswith("en") else "zh"
        theirs = written_in(c.body)
        if theirs == own:
            return ""
        name = {"en": "English", "zh": "Chinese"}
        bilingual = f" (a bilingual export, `export --lang zh+en`, prints it with the {name[theirs]})" if store.translations(
            c.draft) else ""  # fmt: skip
        return (f"#{c.id} is written in {name[theirs]}, not in {name[own]}, the submission's language: it prints as written"
                f"{bilingual}; to send it in {name[own]}, give its translation with `lawcomment comment edit {c.id} "
                f"--reason '…'` (it stays forwarded; `lawcomment comment undo {c.id}` gives the member's words back)")

    @comment.command("undo")
    @click.argument("comment_id", type=int)
    @click.pass_context
    def comment_undo(ctx: click.Context, comment_id: int) -> None:
        """Step back over a comment's last edit, withdrawal or resolve (run again to redo it)."""
        from ..consultation import undo_comment

        said: list[str] = []
        with open_store(ctx) as store:
            history = store.revisions(comment_id)
            c = undo_comment(store, comment_id, said)
        # run again, undo redoes (a trial read a redo said as an undo): the change undone or made again, named
        undos = 0
        while undos < len(history) and history[-1 - undos].action == "undo":
            undos += 1
        base = history[-1 - undos].action if undos < len(history) else "change"
        base = {"withdraw": "withdrawal", "resolve": "resolution", "translate": "translation",
                "translation.place": "move onto the translation"}.get(base, base)
        if undos % 2:
            echo(f"comment #{comment_id}: its {base} is made again (status {c.status}; `lawcomment comment undo "
                 f"{comment_id}` undoes it once more)")  # fmt: skip
        elif undos:
            echo(f"comment #{comment_id}: its {base} is undone again (status {c.status})")
        else:
            echo(f"comment #{comment_id} is back as it was before its last change (status {c.status})")
        for line in said:
            echo(f"  {line}")

    # -- imports -----------------------------------------------------------------------
    @cli.group("import")
    def import_group() -> None:
        """List imported files, undo an import, restore it."""

    @import_group.command("list")
    @click.option("--draft", "ref", help="Only this draft (NAME@VERSION).")
    @click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
    @click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
    @click.pass_context
    def import_list(ctx: click.Context, ref: str | None, fmt: str, output: Path | None) -> None:
        """Every imported file: its batch number, draft, kind, member and counts."""
        with open_store(ctx) as store:
            batches = store.imports(store.get_draft(ref).ref if ref else None)
        if fmt == "json":
            emit(_json({"schema": "lawcomment.imports/1", "imports": [b.to_dict() for b in batches]}), output)
            return
        rows: list[tuple[str, ...]] = [("batch", "draft", "kind", "member", "added", "dup", "superseded", "state", "file")]
        for b in batches:
            state = f"undone {b.undone_at}" if b.undone_at else f"imported {b.created}"
            rows.append((f"#{b.id}", b.draft, b.kind, b.member or "-", str(b.added), str(b.duplicates),
                         str(b.superseded), state, b.file))  # fmt: skip
        emit(_table(rows) + f"{len(batches)} import(s)\n", output)

    @import_group.command("undo")
    @click.argument("batch", type=int)
    @click.option("--draft", "ref", help="Refuse unless the import is of this draft (NAME@VERSION): a mistyped "
                                         "number never takes out another law's comments.")  # fmt: skip
    @click.pass_context
    def import_undo(ctx: click.Context, batch: int, ref: str | None) -> None:
        """Withdraw every comment of import BATCH and reopen what it superseded."""
        from ..consultation import undo_import

        with open_store(ctx) as store:
            _import_of(store, batch, ref)
            r = undo_import(store, batch)
        own = len(r.withdrawn) - sum(n for _, n in r.carried)
        echo(f"undid import #{batch} ({r.batch.file} into {r.batch.draft}): {own} comment(s) withdrawn"
             f"{r.carried_text()}, {len(r.reopened)} reopened{r.followed_text()} (restore: lawcomment import restore "
             f"{batch})")  # fmt: skip

    @import_group.command("restore")
    @click.argument("batch", type=int)
    @click.option("--draft", "ref", help="Refuse unless the import is of this draft (NAME@VERSION).")
    @click.pass_context
    def import_restore(ctx: click.Context, batch: int, ref: str | None) -> None:
        """Reverse `import undo`: the import's comments come back."""
        from ..consultation import restore_import

        with open_store(ctx) as store:
            _import_of(store, batch, ref)
            r = restore_import(store, batch)
        own = len(r.reopened) - sum(n for _, n in r.carried)
        echo(f"restored import #{batch} ({r.batch.file} into {r.batch.draft}): {own} comment(s) back"
             f"{r.carried_text()}, {len(r.withdrawn)} superseded again{r.followed_text()}")  # fmt: skip

    def _import_of(store: Store, batch: int, ref: str | None) -> None:
        """Refuse ``batch`` when ``--draft`` names another draft than the one it was imported into."""
        from ..errors import StoreError

        if ref is None:
            return
        found = store.get_import(batch)
        wanted = store.get_draft(ref, archived=True).ref
        if found.draft != wanted:
            raise StoreError(f"import #{batch} ({found.file}) is of {found.draft}, not {wanted} "
                             f"(`lawcomment import list --draft {wanted}` lists its imports)")  # fmt: skip

    # -- members -----------------------------------------------------------------------
    @member.command("rename")
    @click.argument("old")
    @click.argument("new")
    @click.pass_context
    def member_rename(ctx: click.Context, old: str, new: str) -> None:
        """Give member OLD the id NEW (its comments follow)."""
        with open_store(ctx) as store:
            store.rename_member(old, new)
        echo(f"renamed member {old} to {new}")

    @member.command("merge")
    @click.argument("source")
    @click.argument("target")
    @click.pass_context
    def member_merge(ctx: click.Context, source: str, target: str) -> None:
        """Move SOURCE's comments to TARGET and remove SOURCE (`member unmerge SOURCE` reverses it)."""
        from ..consultation import merge_members

        with open_store(ctx) as store:
            n = merge_members(store, source, target)
        echo(f"merged member {source} into {target}: {n} comment(s) moved (undo: lawcomment member unmerge {source})")

    @member.command("unmerge")
    @click.argument("source")
    @click.pass_context
    def member_unmerge(ctx: click.Context, source: str) -> None:
        """Bring back a member merged into another, with its comments."""
        from ..consultation import unmerge_member

        with open_store(ctx) as store:
            n = unmerge_member(store, source)
        echo(f"member {source} is back with {n} comment(s)")

    @member.command("remove")
    @click.argument("member_id")
    @click.pass_context
    def member_remove(ctx: click.Context, member_id: str) -> None:
        """Remove a member that has no comments, withdrawn ones included (they stay on record: merge the member into another first)."""
        with open_store(ctx) as store:
            m = store.remove_member(member_id)
        echo(f"removed member {member_id} ({m.org or 'no organisation'}); the log keeps its details")

    # -- drafts ------------------------------------------------------------------------
    @draft.command("remove")
    @click.argument("ref")
    @click.option("--force", is_flag=True, help="Archive a draft that has comments (reversible with `draft restore`).")
    @click.pass_context
    def draft_remove(ctx: click.Context, ref: str, force: bool) -> None:
        """Remove a draft nobody commented on; --force archives one that has comments."""
        from ..consultation import remove_draft

        with open_store(ctx) as store:
            d, how = remove_draft(store, ref, force)
        tail = f" (restore: lawcomment draft restore {d.ref})" if how == "archived" else ""
        echo(f"{how} {d.ref}{tail}")

    @draft.command("restore")
    @click.argument("ref")
    @click.pass_context
    def draft_restore(ctx: click.Context, ref: str) -> None:
        """Bring back an archived draft."""
        from ..consultation import restore_draft

        with open_store(ctx) as store:
            d = restore_draft(store, ref)
        echo(f"restored {d.ref}")

