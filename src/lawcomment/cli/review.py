"""The redline commands of the CLI: merge, decide, diff and adoption.

Each command calls the library and prints; ``merge --strict`` exits 3 on open conflicts.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..jsondoc import dump_bytes
from .common import emit, open_store, progress_bar
from .terminal import echo, speak_of

if TYPE_CHECKING:
    from .. import Draft, Store
    from ..records import Decision

EXIT_CONFLICTS = 3


#: The merge's warning for a proposal carried from the last reading whose words the new version may have already.
_CARRIED_SAID = re.compile(r"comment #(?P<id>\d+) was carried from the last reading, and (?:[^:]*; )?the new version (?:already "
                           r"has the words it puts in|may say what it puts in already)")

def _article(store, ref: str, at: str | None, draft=None) -> str | None:  # type: ignore[no-untyped-def]
    if at is None:
        return None
    from ..drafts import resolve, unit_index

    if draft is None:
        draft = store.get_draft(ref).load()
    return resolve(draft, f"art_{at}" if at.isdigit() else at, ref, unit_index(draft)).eid


def _kept_article(store, stored, at: str) -> str | None:  # type: ignore[no-untyped-def]
    """The eid of the article ``at`` names when the store keeps it as a tree of its own (what
    :func:`_article` gives then), without loading the draft; else None."""
    from .. import citation_to_eid
    from ..errors import CitationError

    try:
        eid = citation_to_eid(f"art_{at}" if at.isdigit() else at, paragraph_optional=True)
    except CitationError:
        return None
    kept = getattr(store, "article_tree", None)  # (a Store written before article_tree has none)
    return eid if "__" not in eid and kept is not None and kept(stored, eid) is not None else None


def _reason_unit(store, stored, eid: str, text: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Where a committee reason given on ``eid`` is kept: its article (the submission prints an article
    whole, with one reason; a reason kept on a 款 went out as an article of its own, the 款 unchanged
    beside it: a trial), and what to say when that is not ``eid``. A reason kept on a 款 before is
    removed there (``text`` empty)."""
    from ..drafts import describe, unit_index
    from ..review import merge_target

    draft = stored.load()
    article = merge_target(eid, unit_index(draft))
    if article == eid:
        return eid, ""
    given = store.committee_reasons(stored.ref)
    if not text and eid in given:
        return eid, ""
    before = given.get(article)
    said = f" (given on {describe(eid, draft=draft)}: a reason is its article's, which the submission prints whole"
    if before is not None and text and before.text != text:
        said += f"; it replaces the article's reason 「{before.text}」"
    return article, said + ")"


def _color(output: Path | None) -> bool:
    return output is None and sys.stdout.isatty()


def _several(ids: str | None) -> list[str]:
    """The changes one option names: c1, or several, comma-separated (c1,c2,n1), each once."""
    return list(dict.fromkeys(x.strip() for x in (ids or "").split(",") if x.strip()))


def register(cli: click.Group) -> None:
    """Attach the redline commands to the top-level group."""

    @cli.command("merge")
    @click.option("--draft", "ref", required=True, help="NAME@VERSION")
    @click.option("--article", "articles", multiple=True,
                  help="Only this unit: 第十二条, Article 12, art_12 or chp_2 (a heading); repeatable.")
    @click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
    @click.option("--strict", is_flag=True, help="Exit 3 while any conflict is unresolved.")
    @click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
    @click.pass_context
    def merge_cmd(ctx: click.Context, ref: str, articles: tuple[str, ...], fmt: str, strict: bool,
                  output: Path | None) -> None:  # fmt: skip
        """Merge the members' proposals per article: changes, conflicts, the position."""
        from ..comments import Status
        from ..consultation import draft_positions, not_carried
        from ..review import position_text, positions_dict, positions_html, positions_summary

        with open_store(ctx) as store:
            # (a whole draft's merge: read before the draft and its comments, see draft_positions)
            generation = store.generation() if not articles else None
            # an article the store keeps as a tree of its own is cited and merged without reading
            # the whole draft (3,523 units for the 民法典); else the draft is read once, for all
            stored = store.get_draft(ref, data=not articles)
            speak_of(stored.profile)
            kept = [_kept_article(store, stored, a) for a in articles]
            draft = None if all(kept) else store.get_draft(stored).load()
            eids = list(dict.fromkeys(e for k, a in zip(kept, articles) if (e := k or _article(store, stored.ref, a, draft))))
            reasons = {eid: r.text for eid, r in store.committee_reasons(stored.ref).items()}
            color = _color(output)
            # what the carry into this reading left behind, said on its article until staff decide there
            left = [n for n in not_carried(store, stored.ref, draft) if not eids or n.article in eids]

            def show(p: Any) -> str:
                return position_text(p, color, reasons.get(p.eid, "")) + "\n"

            rendered: dict[str, str] = {}  # a whole draft's units, rendered by the workers that merge them
            # (lazy: each position made whole only to be rendered here or written as JSON or HTML; the
            # workers rendered those they merged, and what is counted is read from their records)
            if eids:  # in the order asked
                positions = [p for eid in eids for p in draft_positions(store, stored, eid, draft=draft, lazy=True)]
            else:
                from ..workers import default_workers

                with progress_bar("merging articles") as progress:
                    # (its comments read by the merge: with workers, each reads its own articles')
                    positions = draft_positions(store, stored, None, draft=draft, progress=progress,
                                                generation=generation, workers=default_workers(),
                                                render=show if fmt == "text" else None, rendered=rendered,
                                                lazy=True)  # fmt: skip
            # the draft's comments carried from the previous version with nothing left to merge: how many,
            # counted on the store's index where it can (not a second read of the draft's 100,000 comments)
            orphaned = 0
            if not eids:
                counts = getattr(store, "comment_counts", None)  # (a Store written before it has none)
                orphaned = (sum(n for (_, status), n in counts(stored.ref).items() if status == Status.ORPHANED)
                            if counts is not None else len(store.comments(stored.ref, status=Status.ORPHANED)))  # fmt: skip
        if fmt == "json":
            text: str | bytes = dump_bytes(positions_dict(stored.ref, [p.position for p in positions], reasons))
        elif fmt == "html":
            text = positions_html(stored.ref, [p.position for p in positions])
        else:
            said: dict[str | None, list[str]] = {}
            for n in left:
                said.setdefault(n.article, []).append(f"  {n.said()}\n")

            def render(chunk: Sequence[Any]) -> str:
                return "".join(_with_lines(rendered.get(p.eid) or show(p.position), said.get(p.eid, ())) for p in chunk)

            # rendering a few hundred units takes milliseconds: only a whole code's is shared out
            # (kept positions: those merged now were rendered as they were merged; those kept are made
            # from their records by the workers that render them)
            if sum(p.eid not in rendered for p in positions) >= 500:
                from ..workers import default_workers, map_chunks

                text = "".join(map_chunks(render, positions, workers=default_workers()))
            else:
                text = render(positions)
            # (on an article the merge lists nothing for, or none of the new version's: said after them all)
            shown = {p.eid for p in positions}
            elsewhere = [line for eid, lines in said.items() if eid not in shown for line in lines]
            if elsewhere:
                text += f"not carried from the previous reading (decide again on {stored.ref}):\n" + "".join(elsewhere) + "\n"
            text += positions_summary(positions) + "\n"
            if orphaned:  # carried from the previous version with nothing left to merge: staff should know
                text += (f"{orphaned} comment(s) carried from the previous version are orphaned; see "
                         f"`lawcomment comment list --draft {stored.ref} --status orphaned`\n")  # fmt: skip
        emit(text, output, color=fmt == "text" and _color(output))
        unresolved = sum(p.tally.unresolved for p in positions)
        if output is not None or fmt != "text":
            echo(positions_summary(positions), err=True)
        if strict and unresolved:
            echo(f"Error: {unresolved} unresolved conflict(s) in {stored.ref}", err=True)
            sys.exit(EXIT_CONFLICTS)

    def _with_lines(block: str, lines: Sequence[str]) -> str:
        """One article's merge with ``lines`` put under it, before the blank line that ends it."""
        if not lines:
            return block
        body = block.rstrip("\n")
        return body + "\n" + "".join(lines) + block[len(body) + 1:]

    def _confirm(ctx: click.Context, ref: str | None, decision_id: int) -> None:
        """``decide --confirm``: a decision held at an unsure place confirmed (:func:`~lawcomment.consultation.confirm_decision`)."""
        from ..consultation import confirm_decision
        from ..errors import StoreError
        from ..review import describe_decision

        with open_store(ctx) as store:
            d = store.get_decision(decision_id)
            stored = store.get_draft(d.draft)
            if ref is not None and store.get_draft(ref).ref != stored.ref:
                raise StoreError(f"decision #{decision_id} is on {stored.ref}, not {ref}; nothing recorded")
            made = confirm_decision(store, decision_id)
            draft = stored.load()
            echo(f"confirmed decision #{decision_id} as decision #{made.id} ({describe_decision(made, draft=draft)}): "
                 "it goes out in the submission")
            _reason_back(store, made, draft)

    def _confirm_all(ctx: click.Context, ref: str) -> None:
        """``decide --confirm-all``: every decision of the draft held at an unsure place confirmed, each said."""
        from ..consultation import confirm_held
        from ..review import describe_decision

        with open_store(ctx) as store:
            stored = store.get_draft(ref)
            done = confirm_held(store, stored.ref)
            if not done:
                echo(f"nothing to confirm on {stored.ref}: no decision there is waiting to be confirmed")
                return
            draft = stored.load()
            for d, made in done:
                echo(f"confirmed decision #{d.id} as decision #{made.id} ({describe_decision(made, draft=draft)}): "
                     "it goes out in the submission")  # fmt: skip
            for target in dict.fromkeys(made.target for _, made in done):
                _reason_back(store, next(made for _, made in reversed(done) if made.target == target), draft)

    def _reason_back(store: Store, made: Decision, draft: Draft) -> None:
        """Say the committee reason that confirming ``made`` gave back to its unit, if it did."""
        from ..consultation import reason_given_back
        from ..drafts import describe

        reason = reason_given_back(store, made)
        if reason is not None:
            echo(f"the committee reason on {describe(made.target, None, draft)}, left behind while its decisions "
                 f"waited, given back: 「{reason.text}」")  # fmt: skip

    @cli.command()
    @click.option("--draft", "ref", help="NAME@VERSION (with --undo: the decision's own, when not given)")
    @click.option("--article", help="The unit decided: 第十二条, Article 12, art_12 (with --accept-all: only this one).")
    @click.option("--accept", "accepts", metavar="CHANGE", multiple=True,
                  help="Accept a change or new unit (c1, n1 … as `merge` lists them), or several at once: c1,c2,n1 "
                       "(or the option repeated).")  # fmt: skip
    @click.option("--reject", "rejects", metavar="CHANGE", multiple=True, help="Reject a change or new unit, or several: c1,c2.")
    @click.option("--choose", "chooses", metavar="CONFLICT:ALT", multiple=True,
                  help="Pick an alternative of a conflict: x1:2 (x1:0 keeps the draft; members' entries of a list put "
                       "in at one point are offered together too, numbered after theirs: x1:3 both, 1 then 2), or of "
                       "several: x1:2,x2:1.")  # fmt: skip
    @click.option("--text", help="The committee's final wording of the whole unit.")
    @click.option("--text-en", metavar="TEXT",
                  help="The committee's wording of the whole unit in the draft's English translation, printed beside "
                       "--text in a bilingual submission (export --lang zh+en).")
    @click.option("--text-en-from", type=int, metavar="COMMENT",
                  help="The same, taken from a member's English comment (its 款 or item set in the unit's text).")
    @click.option("--text-zh", metavar="TEXT", help="For an English draft: the committee's wording in its Chinese translation.")
    @click.option("--text-zh-from", type=int, metavar="COMMENT", help="The same, taken from a member's Chinese comment.")
    @click.option("--undo", type=int, metavar="DECISION", help="Undo decision number DECISION.")
    @click.option("--confirm", type=int, metavar="DECISION",
                  help="Confirm decision DECISION, carried onto an article whose new place is unsure and held there "
                       "(`draft add --supersedes` names each): it goes out in the submission.")  # fmt: skip
    @click.option("--confirm-all", is_flag=True,
                  help="Confirm every decision of --draft held at an unsure place, each said (one decided again "
                       "since is left: the newer decision stands).")  # fmt: skip
    @click.option("--accept-all", is_flag=True, help="Accept every undecided change of --member, --group or --article.")
    @click.option("--reject-all", is_flag=True, help="Reject every undecided change of --member, --group or --article.")
    @click.option("--member", "member_id", help="With --accept-all/--reject-all: this member's changes.")
    @click.option("--group", help="With --accept-all/--reject-all: this working group's changes.")
    @click.option("--group-of", "group_of", metavar="COMMENT",
                  help="With --accept-all: take the wording of COMMENT's group of near-duplicates (its representative, "
                       "see `comment list --grouped`); with --reject-all: reject the group's changes. A comment id "
                       "(12 or #12) or a group's name (g12).")  # fmt: skip
    @click.option("--reason", default="", help="Why (recorded with the decision, for staff).")
    @click.option("--committee-reason", metavar="TEXT",
                  help="The committee's reason for its position on --article, printed in the submission ('' removes it).")  # fmt: skip
    @click.pass_context
    def decide(ctx: click.Context, ref: str | None, article: str | None, accepts: tuple[str, ...], rejects: tuple[str, ...],
               chooses: tuple[str, ...], text: str | None, text_en: str | None, text_en_from: int | None,
               text_zh: str | None, text_zh_from: int | None, undo: int | None, confirm: int | None, confirm_all: bool, accept_all: bool,
               reject_all: bool, member_id: str | None, group: str | None, group_of: str | None, reason: str,
               committee_reason: str | None) -> None:  # fmt: skip
        """Record a staff decision on one article's merge (reversible with --undo), or
        accept/reject all changes of a member, a working group or an article at once."""
        if confirm is not None or confirm_all:
            others = (accepts, rejects, chooses, text, text_en, text_en_from, text_zh, text_zh_from, undo, article,
                      member_id, group, group_of, committee_reason)  # fmt: skip
            if accept_all or reject_all or reason or any(v not in (None, ()) for v in others):
                raise click.UsageError(f"{'--confirm' if confirm is not None else '--confirm-all'} goes alone (with "
                                       "--draft at most)")  # fmt: skip
            if confirm is not None and confirm_all:
                raise click.UsageError("--confirm or --confirm-all, not both")
            if confirm_all:
                if ref is None:
                    raise click.UsageError("--confirm-all needs --draft")
                _confirm_all(ctx, ref)
                return
            assert confirm is not None
            _confirm(ctx, ref, confirm)
            return
        from ..consultation import decide as record
        from ..consultation import decide_all, decide_translation, wording_notes
        from ..drafts import describe
        from ..errors import StoreError
        from ..review import describe_decision, replaced

        # a repeated option names several, as a comma does (--choose x1:1 --choose x2:2)
        accept, reject, choose = (",".join(v) if v else None for v in (accepts, rejects, chooses))
        given = [(o, v) for o, v in (("en", text_en), ("en-from", text_en_from), ("zh", text_zh), ("zh-from", text_zh_from))
                 if v is not None]  # fmt: skip
        english = bool(given)  # the committee's wording of the draft's translation (English, for a Chinese draft)
        single = [v for v in (accept, reject, choose, text, undo) if v is not None] + [v for _, v in given]
        # changes accepted, rejected and chosen together, one decision each (--accept c1 --reject c2: a trial
        # had to run decide twice for an everyday review); a wording or an undo goes alone
        several = text is None and undo is None and sum(v is not None for v in (accept, reject, choose)) > 1
        if several and (both := set(_several(accept)) & set(_several(reject))):
            raise StoreError(f"{', '.join(sorted(both))} both accepted and rejected; nothing was recorded")
        if len(single) - len(given) > 1 and not several:  # (a final wording and its translation's go together)
            raise StoreError("one decision per command: give one of --text or --undo, or changes to --accept, --reject "
                             f"and --choose {'for ' + article + ' ' if article else ''}(several at once: --accept "
                             "c1,c2 --reject c3); nothing was recorded" + (" (the committee reason was not saved either)" if committee_reason
                                                               is not None else ""))  # fmt: skip
        grouped = _comment_id(group_of) if group_of is not None else None
        named = group_of.strip().lower() if group_of is not None and group_of.strip()[:1] in "gG" else None
        if group_of is not None:
            if not (accept_all or reject_all):
                raise StoreError("--group-of goes with --accept-all or --reject-all")
            if single or member_id or group or article or committee_reason is not None or (accept_all and reject_all):
                raise StoreError("--group-of goes alone with --accept-all or --reject-all")
        if ref is None and undo is None:
            raise click.UsageError("Missing option '--draft'.")
        with open_store(ctx) as store:
            # a decision's number is the store's: --undo N finds its draft (a trial's --undo without --draft)
            stored = store.get_draft(ref if ref is not None else store.get_decision(undo or 0).draft)
            speak_of(stored.profile)
            eid = (_kept_article(store, stored, article) if article is not None else None) or _article(
                store, stored.ref, article)  # fmt: skip
            from .consultation import warn_superseded

            if grouped is not None:
                _decide_group(store, stored, grouped, accept_all, reason, named)
                warn_superseded(store, stored.ref, "decisions made on it")
                return
            if accept_all or reject_all:
                if single or (accept_all and reject_all):
                    raise StoreError("--accept-all or --reject-all goes alone (with --member, --group or --article)")
                if committee_reason is not None and eid is None:
                    raise StoreError("--committee-reason is an article's: with --accept-all or --reject-all it needs "
                                     "--article")  # fmt: skip
                with store.transaction():  # the decisions and the article's reason land together, or none
                    result = decide_all(store, stored, accept=accept_all, member=member_id, group=group,
                                        article=eid, reason=reason)  # fmt: skip
                    at, kept_on = _reason_unit(store, stored, eid, committee_reason) if committee_reason is not None \
                        and eid is not None else ("", "")  # fmt: skip
                    set_reason = (store.set_committee_reason(stored.ref, at, committee_reason)
                                  if committee_reason is not None and eid is not None else None)  # fmt: skip
                if committee_reason is not None and eid is not None:
                    echo(f"committee reason for {describe(at, draft=stored.load())}{kept_on}: {set_reason.text}"
                         if set_reason else f"committee reason for {describe(at, draft=stored.load())}{kept_on} removed")  # fmt: skip
                    _reason_alone(store, stored, at, set_reason is not None)
                verb = "accepted" if accept_all else "rejected"
                words = _words_in(stored)
                for unit, cid, d in result.decisions:
                    echo(f"decision #{d.id}: {'chose' if d.action == 'choose' else verb} {cid} on {describe(unit, draft=stored.load())}")
                    echo(f"  {words(d)}")
                if accept_all:  # a wording filed under the wrong article, accepted: said again, as the merge says it
                    _warn_misfiled(store, stored.ref, {u.split("__", 1)[0] for u, _, _ in result.decisions})
                who = " of " + ", ".join(x for x in (member_id, group) if x) if member_id or group else ""
                units = len({u for u, _, _ in result.decisions})
                kept = sum(1 for _, _, d in result.decisions if d.action == "choose")
                kept_said = f" and kept the draft's wording in {kept} conflict(s)" if kept else ""
                echo(f"{verb} {len(result.decisions) - kept} change(s){who}{kept_said} in {units} unit(s); "
                           f"{result.already} already decided; {len(result.conflicts)} conflict(s) left to decide "
                           "one by one" + (": " + ", ".join(f"{x} of {u}" for u, x in result.conflicts)
                                           if result.conflicts else ""))  # fmt: skip
                if result.decisions or set_reason is not None:
                    warn_superseded(store, stored.ref, "decisions made on it")
                return
            if member_id or group:
                raise StoreError("--member and --group go with --accept-all or --reject-all")
            if not single and committee_reason is None:  # a trial's `decide --article X --reason …` said nothing, exit 0
                where = f" --article {article}" if article else " --article …"
                raise StoreError(("--reason is kept with a decision" if reason else "nothing to decide")
                                 + ": give --accept, --reject, --choose, --text, --undo or --committee-reason "
                                 f"(`lawcomment merge --draft {stored.ref}{where}` lists the article's changes c1…, "
                                 "conflicts x1… and new units n1…); nothing was recorded")  # fmt: skip
            if eid is None and undo is not None and committee_reason is None:
                eid = store.get_decision(undo).target  # the decision knows its unit (a group decision made several)
            if eid is None:
                raise StoreError("name the unit decided with --article")
            other = "zh" if stored.profile.startswith("en") else "en"
            if english and any(v is not None for v in (accept, reject, choose, undo)):
                # (a trial's --accept c1 --text-en-from 18 --committee-reason … lost its reason unsaid)
                command = f"lawcomment decide --draft {stored.ref}" + (f" --article {article}" if article else "")
                first = " ".join(f"--{o} {v}" for o, v in (("accept", accept), ("reject", reject), ("choose", choose),
                                                           ("undo", undo)) if v is not None)  # fmt: skip
                wording = " ".join(f"--text-{o} {v if o.endswith('from') else '…'}" for o, v in given)
                reasons = " --committee-reason …" if committee_reason is not None else ""
                raise StoreError(f"--text-{other} and --text-{other}-from go alone or with --text: nothing was "
                                 f"recorded{', the committee reason included' if committee_reason is not None else ''}"
                                 f"; give them apart: `{command} {first}{reasons}`, then `{command} {wording}`")  # fmt: skip
            if len(given) > 1:
                raise StoreError(f"give --text-{other} or --text-{other}-from, not both")
            if given and not given[0][0].startswith(other):
                raise StoreError(f"{stored.ref} is in {'English' if other == 'zh' else 'Chinese'}: the wording of its "
                                 f"translation goes with --text-{other} or --text-{other}-from")  # fmt: skip
            translated = text_en if text_en is not None else text_zh
            taken = text_en_from if text_en_from is not None else text_zh_from
            made = []
            with store.transaction():  # the reason and the wordings in both languages land together, or none
                if undo is not None:
                    if len(single) > 1:
                        raise StoreError("--undo cannot be combined with another decision")
                    old = store.get_decision(undo)
                    if old.draft != stored.ref or old.target != eid:
                        raise StoreError(f"decision #{undo} is about {old.target} of {old.draft}, not {eid} of "
                                         f"{stored.ref}")  # fmt: skip
                    store.revoke_decision(undo, reason)
                elif len(single) > (1 if english else 0):
                    # several changes at once (c1,c2): a decision each, all in this transaction or none;
                    # a mix of kinds goes to record as it is, which says what is wrong with it
                    each: list[tuple[str | None, str | None, str | None]] = [(accept, reject, choose)]
                    if text is None and sum(x is not None for x in (accept, reject, choose)) >= 1:
                        each = ([(a, None, None) for a in _several(accept)] + [(None, r, None) for r in _several(reject)]
                                + [(None, None, x) for x in _several(choose)]) or each  # fmt: skip
                    for a, r, x in each:
                        d = record(store, stored, eid, accept=a, reject=r, choose=x, text=text, reason=reason)
                        made.append((d, a or r or x or ""))
                if english:
                    made.append((decide_translation(store, stored, eid, text=translated, from_comment=taken,
                                                    reason=reason), ""))  # fmt: skip
                # after the decisions: a reason is given beside what stands once they are made
                # (exports.view.reason_given_beside reads the times)
                at, kept_on = _reason_unit(store, stored, eid, committee_reason) if committee_reason is not None \
                    else (eid, "")  # fmt: skip
                set_reason = (store.set_committee_reason(stored.ref, at, committee_reason)
                              if committee_reason is not None else None)  # fmt: skip
            if committee_reason is not None:
                where = describe(at, draft=stored.load())
                echo(f"committee reason for {where}{kept_on}: {set_reason.text}" if set_reason
                     else f"committee reason for {where}{kept_on} removed")  # fmt: skip
                _reason_alone(store, stored, at, set_reason is not None)
            if undo is not None:
                echo(f"undid decision #{undo} ({old.action}) on {describe(eid, draft=stored.load())}")
                # carried into the next reading before: that copy stands until undone there (a trial)
                later, carried = store.successor(stored.ref), undo
                while later is not None:
                    copy = next((d for d in store.decisions(later.ref) if d.origin == carried), None)
                    if copy is None:
                        break
                    echo(f"warning: decision #{carried} was carried into {later.ref} as decision #{copy.id}, which still "
                         f"stands there (`lawcomment decide --draft {later.ref} --undo {copy.id}` undoes it)", err=True)
                    later, carried = store.successor(later.ref), copy.id
            words = _words_in(stored)
            for d, which in made:
                what = {"accept": f"accepted {which}", "reject": f"rejected {which}",
                        "choose": f"chose {which}", "text": "set the final wording"}[d.action]  # fmt: skip
                if d.subject in ("en", "zh"):
                    what += f" of the {d.subject} translation" + (f" (from comment #{taken})" if taken is not None else "")
                placed = (f", {describe(eid, draft=stored.load()).rsplit(' (', 1)[0]} as given, the rest of the article as "
                          "its position has it" if d.target != eid and d.subject not in ("en", "zh") else "")  # fmt: skip
                echo(f"decision #{d.id}: {what} on {describe(d.target, draft=stored.load())}{placed}" + (f" ({reason})" if reason else ""))
                if d.action == "reject":  # (「…」 → (deleted) alone read as if the rejection deleted it: a trial)
                    echo(f"  turned down: {words(d)}")
                elif d.action != "text":  # the words decided: a change's number may name other words by now
                    echo(f"  {words(d)}")
                    if d.action == "choose" and (together := _combination_chosen(store, stored, d)):
                        echo(f"  {together}")
                elif d.subject not in ("en", "zh"):  # a wording: the changes it makes, as the others say theirs
                    echo(f"  {_wording_changes(stored, d, words)}")
                for note in wording_notes(d):
                    echo(f"warning: {note}", err=True)
                for older in replaced(d, store.decisions(stored.ref, d.target)):  # another staff member's, a moment ago
                    if _same(older, d):
                        echo(f"  it repeats decision #{older.id} by {older.actor} at {older.created}: the position is "
                             "as it was")  # fmt: skip
                    else:
                        echo(f"  it replaces decision #{older.id} ({describe_decision(older, draft=stored.load())}) by {older.actor} at "
                             f"{older.created}; undo #{d.id} to bring that one back")  # fmt: skip
            worded = any(d.action == "text" and d.subject not in ("en", "zh") and d.new for d, _ in made)
            if worded or any(d.action in ("accept", "choose") for d, _ in made):
                # what the committee's own wording does that it may not mean (one 款 given of several:
                # the others deleted), and a range whose bounds the decisions took apart (二十万元以上十万元以下),
                # said as it is decided, as the merge says it
                from ..consultation import draft_positions

                accepted = {which for d, which in made if d.action == "accept"}
                for pos in draft_positions(store, stored, made[-1][0].target if made else eid):
                    # a change accepted whose words the new version has already (a proposal carried from the last
                    # reading): said as it is accepted, not only by the merge and the export (a trial's accept of
                    # a 但书 the law had enacted said nothing, and the submission put it in twice)
                    backers = {p.lstrip("#") for c in pos.changes if c.change.id in accepted for p in c.change.proposals}
                    for w in pos.warnings:
                        if (worded and w.startswith("the committee's wording of ") and "deletes" in w) or \
                                w.startswith("the position reads 「") or (
                                (m := _CARRIED_SAID.match(w)) is not None and m["id"] in backers):  # fmt: skip
                            echo(f"warning: {w}", err=True)
            if made or committee_reason is not None:
                warn_superseded(store, stored.ref, "decisions made on it")
            if any(d.action in ("accept", "choose") for d, _ in made) and eid is not None:
                _warn_misfiled(store, stored.ref, {eid.split("__", 1)[0]})

    @cli.command("diff")
    @click.argument("old")
    @click.argument("new")
    @click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
    @click.option("--changes-only", is_flag=True, help="Text: leave out articles with no substantive change.")
    @click.option("--profile", help="Structure profile for files (detected when omitted).")
    @click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
    @click.pass_context
    def diff_cmd(ctx: click.Context, old: str, new: str, fmt: str, changes_only: bool, profile: str | None,
                 output: Path | None) -> None:  # fmt: skip
        """Compare two versions: files (.docx, .md, .txt) or NAME@VERSION from the store.

        Every article is classed unchanged, renumbered, modified, moved, split, merged,
        deleted or added; --format html writes the 修改前后对照表.
        """
        from ..registry import align_versions
        from ..review import alignment_dict, alignment_html, alignment_text

        old_draft, new_draft = _version(ctx, old, profile), _version(ctx, new, profile)
        al = align_versions(old_draft, new_draft)
        if fmt == "json":
            text: str | bytes = dump_bytes(alignment_dict(al, old, new))
        elif fmt == "html":
            text = alignment_html(al, old, new)
        else:
            text = alignment_text(al, changes_only, _color(output))
        emit(text, output, color=fmt == "text" and _color(output))

    @cli.command()
    @click.option("--draft", "ref", required=True, help="The new version, NAME@VERSION (added with --supersedes).")
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True,
                  help="Language of the text (states 已采纳/部分采纳/未采纳/条文已删除) and of the JSON labels.")  # fmt: skip
    @click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
    @click.pass_context
    def adoption(ctx: click.Context, ref: str, fmt: str, lang: str, output: Path | None) -> None:
        """Which of the members' proposals on the previous version this version adopted, and
        how much of the committee position."""
        from ..consultation import adoption_report
        from ..errors import StoreError
        from ..review import adoption_dict, adoption_text

        with open_store(ctx) as store:
            generation = store.generation()  # before anything is read (see draft_positions)
            new_s = store.get_draft(ref)
            old_s = store.predecessor(new_s.ref)
            if old_s is None and (later := store.successor(new_s.ref)) is not None:
                old_s, new_s = new_s, later  # the proposals on this version, against the one that followed it
            if old_s is None:
                from .consultation import unlinked_version

                # another version added beside it without --supersedes: how to link the two
                earlier = unlinked_version(store, new_s.ref)
                later = None if earlier is not None else unlinked_version(store, new_s.ref, later=True)
                pair = (earlier, new_s) if earlier is not None else (new_s, later) if later is not None else None
                if pair is not None:
                    first, then = pair
                    raise StoreError(f"{then.ref} was added after {first.ref}, but not as its next reading (no "
                                     f"--supersedes); link them with `lawcomment draft add FILE --name {then.name} "
                                     f"--version {then.version} --supersedes {first.version}`, FILE the file {then.ref} "
                                     f"was added from ({then.source_file}): it carries the comments forward")  # fmt: skip
                raise StoreError(f"{new_s.ref} has no earlier or later version; add the next reading with "
                                 f"`lawcomment draft add FILE --name {new_s.name} --version NEXT --supersedes {new_s.version}`")  # fmt: skip
            speak_of(new_s.profile)
            report = adoption_report(store, old_s, new_s, generation=generation)
            members = {m.id: m for m in store.members()}
        found, position, carried = list(report.outcomes), report.position, report.carried
        if fmt == "json":
            doc = adoption_dict(old_s.ref, new_s.ref, found, members, position, lang, carried, report.unjudged)
            text: str | bytes = dump_bytes(doc)
        else:
            text = adoption_text(old_s.ref, new_s.ref, found, members, position, lang, carried, report.unjudged)
        emit(text, output)


def _reason_alone(store, stored, eid: str, given: bool) -> None:  # type: ignore[no-untyped-def]
    """Warn when a committee reason just given goes out beside no change: the submission prints the unit
    as the draft words it, with the reason (a trial's --reject-all --committee-reason "…不宜延长" sent the
    unchanged article to the legislature, arguing against an extension it never proposed)."""
    from ..consultation import draft_positions
    from ..drafts import describe

    found = draft_positions(store, stored, eid) if given else []
    pos = next((p for p in found if p.eid == eid), None)
    if pos is None or (not pos.changes and not pos.insertions) or bool(pos.pieces(submitted=True)) \
            or any(True for _ in pos.submitted_insertions()):  # fmt: skip
        return  # (a reason alone where nobody proposed anything: the committee's support of the draft, as meant)
    where = describe(eid, draft=stored.load())
    echo(f"warning: no change of {where} goes out, so the submission prints it as the draft words it, with this "
         "reason (the committee's case for the draft's wording); a reason for turning the members' proposals down "
         "is kept off the submission with --reason", err=True)  # fmt: skip


def _same(a: Any, b: Any) -> bool:
    """Two decisions that decide the same thing the same way (the reason aside)."""
    return (a.action, a.start, a.end, a.old, a.new, a.subject) == (b.action, b.start, b.end, b.old, b.new, b.subject)


def _comment_id(value: str) -> int:
    """A comment named by ``--group-of``: 12, #12, or a group's name g12 (its representative)."""
    digits = value.strip().removeprefix("#").removeprefix("g").removeprefix("G")
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 18):
        raise click.BadParameter(f"{value!r} is neither a comment id (12, #12) nor a group (g12)", param_hint="'--group-of'")
    return int(digits)


def _decide_group(store, stored, comment: int, accept: bool, reason: str,  # type: ignore[no-untyped-def]
                  name: str | None) -> None:  # fmt: skip
    """``decide --group-of``: one line per decision, then what the group decision did."""
    from ..consultation import decide_group, group_holding
    from ..drafts import describe

    result = decide_group(store, stored, comment, accept=accept, reason=reason, name=name)
    group = group_holding(store, stored, comment)
    verbs = {"accept": "accepted", "reject": "rejected", "choose": "chose"}
    words = _words_in(stored)
    for unit, key, d in result.decisions:
        echo(f"decision #{d.id}: {verbs[d.action]} {key} on {describe(unit, draft=stored.load())}")
        if d.action != "text":
            echo(f"  {words(d)}")
    count = {a: sum(1 for _, _, d in result.decisions if d.action == a) for a in ("accept", "reject", "choose")}
    chose = f", {count['choose']} conflict(s) settled" if count["choose"] else ""
    left = ("left to decide one by one: " + ", ".join(f"{x} of {u}" for u, x in result.conflicts)
            if result.conflicts else "nothing left to decide one by one")  # fmt: skip
    shown = ", ".join(group.members[:10]) + (f" and {len(group.members) - 10} more" if len(group.members) > 10 else "")
    verb = "decided the group" if result.decisions else "decided nothing for the group"
    echo(f"{verb} of #{comment} ({group.id}, {group.size} comment(s) from {shown}) on "
         f"{describe(group.article, draft=stored.load()).split(' (')[0]}: {count['accept']} accepted, {count['reject']} rejected{chose}; "
         f"{result.already} already decided; {left}")  # fmt: skip
    for said in result.why:
        echo(f"  {said}")


def _version(ctx: click.Context, arg: str, profile: str | None):  # type: ignore[no-untyped-def]
    """A draft from a file, or from the store when ARG is NAME@VERSION and no such file exists."""
    from ..registry import load_draft

    if Path(arg).exists() or "@" not in arg:
        return load_draft(arg, profile=profile)
    with open_store(ctx) as store:
        return store.get_draft(arg).load()


def _warn_misfiled(store: Any, ref: str, articles: set[str]) -> None:
    """Say, after accepting, what of the accepted reads like another article's wording."""
    from ..consultation import misfiled_warnings

    for line in misfiled_warnings(store, ref, articles):
        echo(f"warning: {line}", err=True)


def _words_in(stored: Any) -> Callable[[Decision], str]:
    """:func:`_words_decided` for the decisions one command prints on ``stored``: the draft read,
    and its units indexed, once for them all (an --accept-all decides hundreds)."""
    found: list[tuple[Any, dict[str, Any], Any]] = []

    def said(d: Decision) -> str:
        if not found:
            from ..review import law_pairs

            draft = stored.load()
            # (the law's pairs of characters: a character changed alone is quoted with its word, 养殖场)
            found.append((draft, {u.eid: u for u in draft.walk()}, law_pairs(draft)))
        return _words_decided(d, *found[0])

    return said


def _wording_changes(stored: Any, d: Decision, words: Callable[[Decision], str]) -> str:
    """What a final wording changes in its unit, each change said as a decision's words are
    (``words``: 「七日」 → 「三十日」; three at most, then how many more), or that it keeps the
    draft's text."""
    from dataclasses import replace

    from .. import diff
    from ..drafts import body_separator, unit_index

    draft = stored.load()
    unit = unit_index(draft).get(d.target)
    if unit is None or d.new is None:
        return "the final wording"
    base = unit.body(body_separator(draft))
    spans = diff(base, d.new).spans()
    if not spans:
        return "the draft's own text, unchanged"
    quoted = [words(replace(d, action="accept", start=x.start, end=x.end, old=base[x.start:x.end], new=x.new))
              for x in spans[:3]]  # fmt: skip
    more = f"; and {len(spans) - 3} more change(s)" if len(spans) > 3 else ""
    return "; ".join(quoted) + more


def _quoted(old: str, new: str) -> str:
    """``「old」 → 「new」`` on one line (:func:`_short`), ``inserting 「new」`` for words put in."""
    if not old:
        return f"inserting 「{_short(new)}」"
    return f"「{_short(old)}」 → {f'「{_short(new)}」' if new else '(deleted)'}"


def _combination_chosen(store: Any, stored: Any, d: Decision) -> str:
    """For a choice of several members' entries put in together, what it puts in and whose, in its
    order (``both, 1 then 2: 「、保险公司」 (acme), then 「、信托公司」 (beta)``); "" for any other."""
    from ..consultation import draft_positions

    (pos,) = draft_positions(store, stored, d.target)
    x = next((x for x in pos.conflicts if x.decision == d.id and x.chosen), None)
    if x is None or x.chosen is None or not (alt := x.conflict.alternatives[x.chosen - 1]).combines:
        return ""
    parts = [x.conflict.alternatives[n - 1] for n in alt.combines]
    return f"{alt.label()}: " + ", then ".join(f"「{_short(a.text)}」 ({', '.join(a.supporters)})" for a in parts)


def _short(words: str) -> str:
    """A long passage by its two ends: enough to know it on one line (a 款 taken out or put in whole
    without the line break at its edge: 「禁止…」, not 「 ⏎ 禁止…」)."""
    w = (words.strip("\n") or words).replace("\n", " ⏎ ")
    return w if len(w) <= 40 else f"{w[:24]}…{w[-12:]}"


def _words_decided(d: Decision, draft: Any, index: dict[str, Any], usage: Any = None) -> str:
    """What a decision took or turned down, in the draft's words: ``「限制」 → 「强制」``, a new
    unit's first words (a member's new proposal renumbers c1, c2 …: staff see what they decided);
    a number with its measure word on both sides (「15日」 → 「15个工作日」), read from ``draft``
    (``index``: its units by eid)."""
    from ..review import decided_words

    words, put = decided_words(draft, d, index, usage)
    if d.subject == "insertion":
        return f"new unit 「{_short(put or '')}」"
    if d.action == "choose" and (d.new or "") == (d.old or ""):  # x1:0, never 「X」 → 「X」 (a volume trial)
        return f"kept the draft's wording 「{_short(words or '')}」"
    return _quoted(words or "", put or "")
