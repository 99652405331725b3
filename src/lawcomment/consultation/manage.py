"""Correcting mistakes with history kept: edit, withdraw and undo comments, undo imports, rename,
merge and remove members, remove drafts. Every change is logged and can be reversed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..comments import STAFF_PLACED, Anchor, Comment, Member, NewComment, Role, Stance, Status
from ..drafts.anchors import cite, describe, locate, occurrences, quote_anchor, resolve, unit_body, unit_index, whole_draft
from ..drafts.normalize import invisible_removed
from ..drafts.serialize import body_separator
from ..errors import NothingChanged, StoreError
from ..model import Draft, Unit
from ..records import ImportBatch, Revision, StoredDraft
from ..review.instructions import instructed_rendering
from ..review.proposals import (anchor_partial, closing_mark, closing_note, full_width, instruction_lead, invisible_note,
                                 keep_items, kept_mark, law_spacing, new_article_label, new_article_note, normalise_proposal, quoted_wording, width_note)
from ..review.rebase import rebase
from ..review.redline import Span
from ..store import Store
from ..textcheck import bad_character, line_feeds, remark_breaks
from .bulk import unmarked_quote, whole_draft_stance
from .answers import with_answer, without_answer
from .decisions import ignored_decisions
from .intake import checked_stance, foreign, repeats_draft
from .misfiled import NAMED_SIMILARITY, misfiled, refused_here, whole_article_given
from .translations import translation_texts

#: Revisions that ``undo_comment`` steps back over.
UNDOABLE = ("edit", "withdraw", "undo", "resolve", "translate", "translation.place")


def edit_comment(store: Store, comment_id: int, *, propose: str | None = None, reason: str | None = None,
                 stance: str | None = None, at: str | None = None, quote: str | None = None,
                 no_proposal: bool = False, member: str | None = None,
                 decisions: bool = True) -> tuple[Comment, list[str]]:  # fmt: skip
    """Change what a comment says or where it points, or whose it is (``member``: a file read
    with the wrong author map, a row under the wrong id); the earlier state is kept as a
    revision. Returns the comment and warnings: with ``decisions`` (staff's), also which of the
    committee's decisions on its article the merge ignores since, or applies again (a member's
    own edit is told none: the committee's decisions are staff's until the consultation closes).

    A new wording is read as at intake (its unit's own label dropped; one 款 of a multi-款
    article anchored at that 款, or refused). A wording moved to another unit (``at``, no
    ``propose``) that reads more like the unit it leaves has its changes made where the same
    words stand in the unit it moves to, said, or is refused: never the text of the unit it
    leaves put in the other's place. ``no_proposal`` removes the proposed wording
    (the comment becomes a remark). Staff re-anchoring an orphaned comment, or rewording an
    adopted one, puts it back in play (open).
    """
    propose, quote = (None if x is None else line_feeds(x) for x in (propose, quote))  # CRLF: one break
    reason = None if reason is None else remark_breaks(reason)  # (and Word's manual line break, in a remark)
    c = store.get_comment(comment_id)
    if c.status in (Status.WITHDRAWN, Status.SUPERSEDED):
        history = store.revisions(comment_id)
        how = _how_to_reverse(history[-1]) if history and history[-1].action != "withdraw" else (
            f"undo the withdrawal first: `lawcomment comment undo {comment_id}`")  # fmt: skip
        raise StoreError(f"comment #{comment_id} is {c.status}; only open comments can be edited"
                         + (f" ({how})" if c.status is Status.WITHDRAWN else ""))  # fmt: skip
    stored = store.get_draft(c.draft)
    draft = stored.load()
    fields: dict[str, Any] = {}
    warnings: list[str] = []
    proposed = c.proposed_text
    if propose is not None:  # (zero-width characters taken out, as at intake, and said)
        propose, hidden = invisible_removed(propose)
        warnings += [invisible_note(hidden)] if hidden else []
        proposed = propose if propose.strip() else None
    if quote is not None:
        quote = invisible_removed(quote)[0]
    if no_proposal:
        proposed = None
    if reason is not None and reason.strip() != c.body:
        fields["body"] = reason.strip()
    if member is not None and member != c.member:
        store.get_member(member)  # (a StoreError naming the members when there is no such one)
        fields["member"] = member
    new_stance = c.stance
    if stance is not None or proposed != c.proposed_text:
        if stance == "delete" and proposed is not None:
            raise StoreError(f"comment #{comment_id} proposes a wording; a deletion takes none (add --no-proposal)")
        # a wording given to a remark, question or support makes it a proposal (amend), as at intake
        kept = str(c.stance) if c.stance in (Stance.AMEND, Stance.INSERT) and proposed is not None else ""
        new_stance = checked_stance(stance if stance is not None else kept, proposed)
    # a remark on the whole draft (全文, (document)), or one moved there: a remark, support or opposition, as at intake
    to_whole = at is not None and whole_draft(at)
    # (a wording of a text without articles, on the whole of it, stays one)
    if to_whole or (at is None and c.anchor.eid is None and c.status is Status.OPEN and not c.lang
                    and c.stance not in (Stance.AMEND, Stance.DELETE, Stance.INSERT)):  # fmt: skip
        try:
            whole_draft_stance(str(new_stance), proposed, c.body if reason is None else reason,
                               (c.anchor.quote if not to_whole else "") if quote is None else quote, draft.title)  # fmt: skip
        except ValueError as exc:
            raise StoreError(f"comment #{comment_id}: {exc}") from None
    if to_whole:
        if c.lang:
            raise StoreError(f"comment #{comment_id} is on the {c.lang} translation; it keeps its place (withdraw it "
                             "and add a new one to move it)")  # fmt: skip
        at, quote = None, quote or ""
        if c.anchor != Anchor(None, quote):
            fields.update(eid=None, quote=quote, prefix="", suffix="", offset=None)
        if c.status is not Status.OPEN and "eid" not in fields:  # (an orphaned remark placed on the whole draft)
            fields.update(status=Status.OPEN, note=f"{c.note}; {c.status} until staff edited it".lstrip("; "))
    unit = None
    made = False  # a carried wording placed where the new version made each of its changes: adopted there
    if not to_whole and (at is not None or quote is not None or proposed != c.proposed_text):
        if at is not None:
            unit = resolve(draft, at, stored.ref)
        elif c.anchor.eid is not None:
            unit = resolve(draft, c.anchor.eid, stored.ref)
        elif quote is not None:
            raise StoreError(f"comment #{comment_id} is on the whole document; give --at with --quote")
    anchor = c.anchor
    if c.lang and quote is not None:
        raise StoreError(f"comment #{comment_id} is on the {c.lang} translation, which it quotes no words of: move it "
                         "with --at alone")  # fmt: skip
    if c.lang and at is not None and unit is not None:
        # a comment on the translation moved where its words went (a 款 the next reading made an article of its own,
        # 会计法 2017 第八条第三款 → 2024 第四十九条: a web trial's English wording could not follow it): onto the words
        # the translation gives there, a wording's changes re-applied to them
        anchor, proposed, said = _moved_in_translation(store, stored, draft, c, unit, proposed, propose is not None)
        warnings += said
    if at is not None and unit is not None and propose is None and c.origin is not None and c.anchor.eid is None \
            and c.stance is Stance.AMEND and proposed is not None and not c.lang:  # fmt: skip
        proposed, placing, made = _rebased_here(store, c, draft, unit)
        warnings.append(placing)
    if at is not None and unit is not None and propose is None and not c.lang and c.stance is Stance.AMEND \
            and new_stance is Stance.AMEND and proposed is not None and c.anchor.eid is not None \
            and (source := unit_index(draft).get(c.anchor.eid)) is not None and _apart(source.eid, unit.eid):  # fmt: skip
        # a wording of the unit it leaves, moved to another: its changes made on that unit's text, never the
        # unit it leaves put in its place (a trial moved 「2个月」 → 「6个月」, stored as the whole of 第六条第一款,
        # onto 第六条第二款, which the merge then proposed to rewrite as 第一款, unsaid)
        if (rebased := _moved_wording(c, draft, source, unit, proposed)) is not None:
            proposed, placing = rebased
            warnings.append(placing)
    if unit is not None and not c.lang:  # a wording of the translation is not read against the draft's unit
        anchor, _ = quote_anchor(draft, unit, c.anchor.quote if quote is None else quote)
        if quote and anchor.quote != quote:  # typed in quotation marks the law has not there: said, as at intake
            warnings.append(unmarked_quote(quote, anchor.quote))
        if new_stance in (Stance.AMEND, Stance.INSERT) and proposed is not None and proposed != c.proposed_text and \
                (led := instruction_lead(draft, unit, new_stance, proposed)) is not None:  # fmt: skip
            proposed = led[0]  # 建议修改为：… typed in the wording: the words after it, as at intake
            warnings.append(led[1])
        if new_stance in (Stance.AMEND, Stance.INSERT) and proposed is not None and proposed != c.proposed_text:
            proposed, spaced = law_spacing(draft, unit, proposed)  # spaces and １０００ too, as at intake
            warnings += [spaced] if spaced else []
            proposed, widened = full_width(draft, unit, proposed)  # ，； as the law writes them, as at intake
            warnings += [width_note(widened)] if widened else []
        if new_stance is Stance.AMEND and proposed is not None and proposed != c.proposed_text and (
                quoted := quoted_wording(unit, body_separator(draft), unit_body(draft, unit), anchor, proposed,
                                         "en" if draft.profile.startswith("en") else "zh")):  # fmt: skip
            # beside the quote, the quoted words' new wording (修改为“…”, “…” read by their words), as at intake
            proposed, reread = quoted
            warnings.append(reread)
        if new_stance is Stance.AMEND and proposed is not None and (whole := whole_article_given(draft, unit, proposed)):
            # the whole article moved onto one of its 款 (a trial's edit --at 第二条第二款): the article's, said
            unit, moved_to = whole
            anchor = Anchor(unit.eid)
            warnings.append(moved_to)
        if new_stance is Stance.AMEND and proposed is not None:
            proposed = normalise_proposal(draft, unit, proposed)
            try:  # one 款 given for a multi-款 article: anchored at that 款, or refused
                target, anchor, proposed, moved = anchor_partial(draft, unit, new_stance, proposed, anchor,
                                                                 c.body if reason is None else reason)
            except ValueError as exc:
                raise StoreError(f"comment #{comment_id}: {refused_here(draft, unit, proposed or '', str(exc))}") from None
            if moved:
                warnings.append(moved)
            if proposed is not None and proposed != c.proposed_text and (
                    mark := closing_mark(draft, target, proposed)) is not None:  # fmt: skip
                proposed = kept_mark(proposed, mark)  # the 项's 「；」 a copy left out, kept, as at intake
                warnings.append(closing_note(cite(target.eid, "en" if draft.profile.startswith("en") else "zh"), mark))
            if proposed is not None and not made and (same := repeats_draft(draft, target, proposed)):
                warnings.append(same)
        elif new_stance is Stance.INSERT and proposed is not None:  # a new article's typed label, as at intake
            label, proposed = new_article_label(unit, proposed)
            if (note := new_article_note(unit, label)) is not None:
                warnings.append(note)
    if c.lang and proposed is not None and proposed != c.proposed_text and new_stance is Stance.AMEND:
        rendering = store.translation(stored, c.lang)  # a leading copy of its own label dropped, as at intake
        found: tuple[str, ...] = rendering.pairing().target_of(anchor.eid or "") if rendering is not None else ()
        if rendering is not None:
            translation = rendering.load()
            units = unit_index(translation)
            try:  # Replace “30 days” with “15 days”: the translation's words with it applied, as at intake
                instructed = instructed_rendering(translation, [units[e] for e in found if e in units], proposed)
            except ValueError as exc:
                raise StoreError(f"comment #{comment_id}: {exc}") from None
            if instructed is not None:
                proposed = instructed[0]
                warnings.append(instructed[1])
            elif len(found) == 1:
                proposed = normalise_proposal(translation, units[found[0]], proposed)
                proposed, items_note = keep_items(translation, units[found[0]], proposed)  # (its items kept, as at intake)
                warnings += [items_note] if items_note else []
    if proposed is not None and proposed != c.proposed_text and new_stance in (Stance.AMEND, Stance.INSERT):
        lang = "en" if stored.profile.startswith("en") else "zh"
        if not c.lang and foreign(proposed, lang):  # the same rule as at intake: the draft's words stay its language
            raise StoreError(f"comment #{comment_id} is a wording of the draft, which is in "
                             f"{'English' if lang == 'en' else 'Chinese'}; a wording of its translation is a new "
                             f"comment (`comment add --lang {'zh' if lang == 'en' else 'en'}`)")  # fmt: skip
    if proposed != c.proposed_text:
        fields["proposed_text"] = proposed
    if (proposed != c.proposed_text or anchor.eid != c.anchor.eid) and proposed and new_stance is Stance.AMEND \
            and not c.lang:  # fmt: skip
        # read as at intake: a wording unlike its unit said, reworded or moved there (a trial moved a
        # wording of 第四十六条 onto 第四十七条 and heard of it only from the next merge)
        warnings += misfiled(draft, [NewComment(c.member, anchor, new_stance, c.source, proposed_text=proposed)])
    if new_stance is not c.stance:
        fields["stance"] = new_stance
    if anchor != c.anchor:
        fields.update(eid=anchor.eid, quote=anchor.quote, prefix=anchor.prefix, suffix=anchor.suffix,
                      offset=anchor.offset)  # fmt: skip
    if not fields:
        if at is not None and any(w.startswith("the wording given for ") and "every 款 of it" in w for w in warnings):
            raise NothingChanged(f"comment #{comment_id} gives the whole of {describe(anchor.eid or '', draft=draft)}, "
                                 "every 款 of it: it stays on the article (to comment on one 款, give that 款's wording "
                                 "with --propose as well)")  # fmt: skip
        raise NothingChanged(f"comment #{comment_id} already reads like that; nothing changed")
    if "member" in fields:  # a member has one wording of a unit: judged as the comment will be, moved and reworded
        wording = c.thread is None and (new_stance is Stance.DELETE or (new_stance is Stance.AMEND and proposed is not None))
        if others := _other_wordings(store, c.draft, anchor.eid, c.lang, fields["member"], comment_id, wording):
            shown = ", ".join(f"#{x}" for x in others)
            raise StoreError(f"{fields['member']} has a wording of {describe(anchor.eid or '', draft=draft)} already "
                             f"({shown}); comment #{comment_id} would be its second: withdraw one of them first")  # fmt: skip
    if made:
        fields.update(status=Status.ADOPTED, note=f"adopted: the new version made each of its changes in "
                                                  f"{describe(anchor.eid or '', draft=draft)}, {STAFF_PLACED}")  # fmt: skip
    elif c.status in (Status.ORPHANED, Status.ADOPTED) and ({"eid", "proposed_text", "stance"} & set(fields)):
        fields.update(status=Status.OPEN, note=f"{c.note}; {c.status} until staff edited it".lstrip("; "))
    with store.transaction():
        watched = ignored_decisions(store, c.draft, [c.anchor.eid, anchor.eid], draft) if decisions else {}
        after = store.update_comment(comment_id, "edit", **fields)
        warnings += _settle(store, c, after, draft)
        warnings += _decision_notes(store, after, watched, "moved" if after.anchor.eid != c.anchor.eid else "edited", draft)
    return after, warnings


def _rebased_here(store: Store, c: Comment, draft: Draft, unit: Unit) -> tuple[str, str, bool]:
    """The wording of ``c``, carried from the last reading with no place there (orphaned), put on
    ``unit`` of the new version as staff place it: its changes made on the new text, as
    carry-forward makes them, the note saying so, and whether the new version made them all
    already (adopted there); a StoreError when some do not fit (put on as written, the old
    wording would take back what the new version wrote there)."""
    origin = store.get_comment(c.origin) if c.origin is not None else None
    earlier = store.get_draft(origin.draft, archived=True).load() if origin is not None else None
    old_unit = unit_index(earlier).get(origin.anchor.eid or "") if origin is not None and earlier is not None else None
    where, now = describe(unit.eid, draft=draft), unit.body(body_separator(draft))
    if origin is None or earlier is None or old_unit is None or c.proposed_text is None:
        raise StoreError(f"comment #{c.id} was carried from the last reading without its place, and the unit it was a "
                         f"wording of is not known; give its wording of {where} with --propose")  # fmt: skip
    was = f"{describe(old_unit.eid, draft=earlier)} of {origin.draft}"
    base = old_unit.body(body_separator(earlier))
    moved = rebase(base, c.proposed_text, now)
    # an article the aligner did not pair with it is another text: each change moved must stand between the
    # very words it stood between (two characters each side), or it is put where it says something else
    astray = [e for e in moved.edits if e.state == "moved" and e.span is not None and not _between_its_words(
        base, c.proposed_text, now, e.span)]  # fmt: skip
    if moved.failed or astray or not moved.changes:
        raise StoreError(f"comment #{c.id} is a wording of {was}; put on {where} as written it would take back what the "
                         f"new version wrote there, and {moved.failed + len(astray)} of its {moved.changes} change(s) do not fit the "
                         f"new text: give its wording of {where} with --propose (the member's wording stays in #{origin.id})")  # fmt: skip
    if moved.text == now:
        return now, (f"comment #{c.id} is a wording of {was}: the new version made each of its {moved.changes} "
                     f"change(s) in {where}; adopted there (the member's wording stays in #{origin.id})"), True  # fmt: skip
    return moved.text, (f"comment #{c.id} is a wording of {was}: its {moved.changes} change(s) are made on the text of "
                        f"{where} (the member's wording stays in #{origin.id})"), False  # fmt: skip


def _apart(a: str, b: str) -> bool:
    """Two units neither of which is the other or holds it (not an article and one of its 款)."""
    return a != b and not a.startswith(b + "__") and not b.startswith(a + "__")


#: How many characters each side of a change a moved wording's change is looked for with, fewest first: the
#: same words around it in the unit it moves to, found once, say where it goes.
_AROUND = (2, 4, 8, 16, 32)


def _moved_wording(c: Comment, draft: Draft, source: Unit, unit: Unit, proposed: str) -> tuple[str, str] | None:
    """``proposed``, the wording of ``source`` that ``c`` gives, moved to ``unit`` (another unit of
    ``draft``): its changes made on ``unit``'s text, each where the same words stand around it, and
    the warning saying so; None when the wording reads as one of ``unit`` (a misfiled one put right)
    or of neither, read there as given. A StoreError when a change does not fit ``unit``'s text:
    put on as written, the wording would replace that unit's text with ``source``'s."""
    from rapidfuzz.distance import Indel

    from ..review.redline import diff, splice

    sep = body_separator(draft)
    old, new = source.body(sep), unit.body(sep)
    was, now = Indel.normalized_similarity(proposed, old), Indel.normalized_similarity(proposed, new)
    if was < NAMED_SIMILARITY or was <= now:
        return None
    spans = diff(old, proposed).spans()
    placed = [Span(at, at + s.end - s.start, s.new) for s in spans if (at := _same_place(old, new, s)) is not None]
    placed.sort(key=lambda s: (s.start, s.end))
    unfit = len(spans) - len(placed) + sum(1 for a, b in zip(placed, placed[1:]) if b.start < a.end)
    where, there = describe(source.eid, draft=draft), describe(unit.eid, draft=draft)
    if unfit:
        raise StoreError(f"comment #{c.id} is a wording of {where} (similarity {was:.2f}, against {now:.2f}): put on "
                         f"{there} as written it would replace that text with {where}'s, and {unfit} of its "
                         f"{len(spans)} change(s) do not fit the text of {there}: give its wording of {there} with "
                         "--propose, or move it as a remark with --no-proposal")  # fmt: skip
    return splice(new, placed), (f"comment #{c.id} is a wording of {where}: its {len(spans)} change(s) are made on the "
                                 f"text of {there} (`lawcomment comment undo {c.id}` moves it back)")  # fmt: skip


def _same_place(old: str, new: str, change: Span) -> int | None:
    """Where in ``new`` the words ``change`` replaces in ``old`` stand between the same words as
    there (two characters each side, more while that is found more than once): its start, or None
    when they stand nowhere, or nowhere once."""
    for k in _AROUND:
        left, right = old[max(0, change.start - k):change.start], old[change.end:change.end + k]
        hits = occurrences(new, left + old[change.start:change.end] + right)
        if len(hits) == 1:
            return hits[0] + len(left)
        if not hits or (len(left) < k and len(right) < k):  # (found nowhere, or no more words to tell them apart)
            return None
    return None


def _between_its_words(old: str, proposal: str, new: str, span: Span) -> bool:
    """Whether the change ``span`` (of ``new``: ``[start, end)`` replaced by its words) stands
    between the two characters each side of it that it stood between: as ``proposal`` has them
    around its words, or, for a deletion, as ``old`` has them around the words taken out."""
    if not span.new:
        return new[max(0, span.start - 2):span.end + 2] in old
    for found in locate(proposal, span.new):
        left, right = proposal[max(0, found - 2):found], proposal[found + len(span.new):found + len(span.new) + 2]
        if new[max(0, span.start - len(left)):span.start] == left and new[span.end:span.end + len(right)] == right:
            return True
    return False


def withdraw_comment(store: Store, comment_id: int, reason: str = "", said: list[str] | None = None) -> Comment:
    """Take a comment out of every merge and export; it stays on record (``comment undo`` brings it back).
    A wording that replaced the member's earlier one of its unit leaves that one replaced, and says
    in ``said`` how to bring it back (``comment undo`` of it)."""
    c = store.get_comment(comment_id)
    if c.status is Status.WITHDRAWN:
        raise StoreError(f"comment #{comment_id} is already withdrawn")
    note = f"withdrawn: {reason}" if reason else "withdrawn"
    with store.transaction():
        watched = ignored_decisions(store, c.draft, [c.anchor.eid])
        after = store.update_comment(comment_id, "withdraw", status=Status.WITHDRAWN, note=note,
                                     detail={"reason": reason})  # fmt: skip
        # (the wording it replaced stays replaced: a member withdrawing its wording withdraws its proposal,
        # never brings back the one it gave up unasked; a review's 十万元 came back into the merge so)
        back = _settle(store, c, after, give_back=False)
        back += _decision_notes(store, after, watched, "withdrawn")
    if said is not None:
        said += back
    return after


def resolve_comment(store: Store, comment_id: int, answer: str = "", reopen: bool = False) -> Comment:
    """Mark a member's question, objection or remark dealt with (answered, weighed): it leaves
    staff's open work (the web app's list of questions and objections) and stays in every merge
    and export; ``answer`` (how staff answered it) is kept with it. ``reopen`` makes it open again,
    as ``comment undo`` does. A wording is decided (``decide``), never resolved."""
    c = store.get_comment(comment_id)
    if reopen:
        if c.status is not Status.RESOLVED:
            raise StoreError(f"comment #{comment_id} is {c.status}, not resolved: nothing to reopen")
        return store.update_comment(comment_id, "resolve", status=Status.OPEN, note=without_answer(c.note),
                                    detail={"reopened": True})  # fmt: skip
    if c.status is Status.RESOLVED:
        raise StoreError(f"comment #{comment_id} is already resolved")
    if c.status is not Status.OPEN:
        raise StoreError(f"comment #{comment_id} is {c.status}; only open comments can be resolved")
    if _is_wording(c) or c.stance is Stance.INSERT:
        lang = "en" if store.get_draft(c.draft, archived=True).profile.startswith("en") else "zh"
        at = cite(c.anchor.article, lang) if c.anchor.article else "…"
        at = f'"{at}"' if " " in at else at
        raise StoreError(f"comment #{comment_id} proposes a wording: the committee decides it (`lawcomment decide "
                         f"--draft {c.draft} --article {at} --accept … | --reject …`), it is not resolved")  # fmt: skip
    problem = bad_character(answer) if answer else None
    if problem:
        raise StoreError(f"comment #{comment_id}: the answer has a character the store does not accept ({problem})")
    said = " ".join(answer.split())
    # (the note a carry wrote stays: the answer follows it)
    note = with_answer(c.note, said)
    return store.update_comment(comment_id, "resolve", status=Status.RESOLVED, note=note, detail={"answer": said})


#: The most characters a new provision given in the draft's language may hold (the web app's cap of a wording).
MAX_TRANSLATED = 50_000


def translate_comment(store: Store, comment_id: int, text: str) -> tuple[Comment, list[str]]:
    """Give in the draft's language a new provision a member proposed in its working translation's
    (an English new article on a Chinese draft), for the committee to take: its wording becomes
    ``text``, read as a new provision typed in is, and the member's words are kept as its earlier
    state (`comment undo` gives them back), as a remark forwarded with a translation keeps them.
    The merge then shows it as a new unit to accept or reject. Returns the comment and warnings.

    A wording of the translation's existing units is answered otherwise (``decide --text-en``)."""
    c = store.get_comment(comment_id)
    stored = store.get_draft(c.draft)
    draft = stored.load()
    lang = "en" if stored.profile.startswith("en") else "zh"
    name = {"en": "English", "zh": "Chinese"}
    if c.status is not Status.OPEN:
        raise StoreError(f"comment #{comment_id} is {c.status}; only an open one is given in the draft's language")
    if not c.lang or c.lang == lang:
        raise StoreError(f"comment #{comment_id} is in {name[lang]}, the draft's language, already: correct its wording "
                         f"with `comment edit {comment_id} --propose …`")  # fmt: skip
    if c.stance is not Stance.INSERT or c.anchor.eid is None:
        raise StoreError(f"comment #{comment_id} is no new provision: a wording of the {c.lang} translation is answered "
                         f"with the committee's own (`decide --text-{c.lang}`, or `--text-{c.lang}-from {comment_id}`)")  # fmt: skip
    text, hidden = invisible_removed(text)
    warnings = [invisible_note(hidden)] if hidden else []
    if not text.strip():
        raise StoreError(f"comment #{comment_id}: give the new provision's words in {name[lang]}")
    if len(text) > MAX_TRANSLATED:
        raise StoreError(f"comment #{comment_id}: the new provision is {len(text):,} characters, more than "
                         f"{MAX_TRANSLATED:,}: give one article's words")  # fmt: skip
    if (problem := bad_character(text)) is not None:
        raise StoreError(f"comment #{comment_id}: the new provision holds a character the store does not take ({problem})")
    if foreign(text, lang):
        raise StoreError(f"comment #{comment_id}: 「{text.strip()[:40]}」 is not in {name[lang]}, the draft's language")
    unit = resolve(draft, c.anchor.eid, stored.ref)
    label, text = new_article_label(unit, text.strip())
    if (note := new_article_note(unit, label)) is not None:
        warnings.append(note)
    text, spaced = law_spacing(draft, unit, text)
    warnings += [spaced] if spaced else []
    text, widened = full_width(draft, unit, text)
    warnings += [width_note(widened)] if widened else []
    said = f"given in {name[lang]} by staff; the member wrote it in the {c.lang} translation (comment undo {comment_id})"
    with store.transaction():
        after = store.update_comment(comment_id, "translate", proposed_text=text, lang="",
                                     note=f"{c.note}; {said}".lstrip("; "), detail={"from": c.lang})  # fmt: skip
    return after, warnings


def forward_comment(store: Store, comment_id: int, forward: bool = True) -> Comment:
    """Mark a member's remark to be printed in the submission (or internal again)."""
    c = store.get_comment(comment_id)
    if c.status in (Status.WITHDRAWN, Status.SUPERSEDED):
        raise StoreError(f"comment #{comment_id} is {c.status}; only open comments can be forwarded")
    if not c.body.strip():
        raise StoreError(f"comment #{comment_id} has no remark to forward (its reason is empty)")
    confirming = forward and c.forwarded and c.origin is not None and not any(
        r.action == "forward" for r in store.revisions(comment_id))  # fmt: skip
    if c.forwarded == forward and not confirming:  # (one carried forwarded: forwarded again here, on purpose)
        raise StoreError(f"comment #{comment_id} is already {'forwarded' if forward else 'internal'}")
    return store.update_comment(comment_id, "forward" if forward else "unforward", forwarded=int(forward))


def undo_comment(store: Store, comment_id: int, said: list[str] | None = None) -> Comment:
    """Step back over the comment's last edit or withdrawal (and, run again, redo it).

    Refused when something else changed it since (a newer proposal replaced it, its import
    was undone, its member merged): undoing the edit would undo that too; a comment another
    replaced is refused naming what replaced it and what brings it back. What the undo gives
    back or takes again (the member's earlier wording of a unit it leaves or comes back to)
    is said in ``said``."""
    was = store.get_comment(comment_id)
    history = store.revisions(comment_id)
    if was.status is Status.SUPERSEDED and history and history[-1].action == "supersede":
        by = history[-1].data.get("by")
        newer = _comment_or_none(store, by)
        if newer is not None and was.anchor.eid is not None and not (
                newer.status is Status.OPEN and _is_wording(newer) and newer.anchor.eid == was.anchor.eid
                and newer.lang == was.lang) and not _replaced_still(store, was, {newer.id}):  # fmt: skip
            # what replaced it was withdrawn (or moved, or is no wording now): brought back, as asked
            with store.transaction():
                after = store.update_comment(comment_id, "release", status=history[-1].data.get("status", str(Status.OPEN)),
                                             detail={"by": newer.id})  # fmt: skip
            if said is not None:
                said.append(f"#{comment_id} ({was.member}) is back on {describe(was.anchor.eid)}: #{newer.id}, which had "
                            f"replaced it, is no longer {was.member}'s wording of it")  # fmt: skip
            return after
        raise StoreError(f"comment #{comment_id} {_superseded_how(store, comment_id, by)}")
    if not any(r.action in UNDOABLE for r in history):
        raise StoreError(f"comment #{comment_id} has no edit, withdrawal or resolve to undo")
    last = history[-1]
    if last.action not in UNDOABLE:
        raise StoreError(f"comment #{comment_id} changed since its last edit ({last.action} on {last.at}); "
                         + _how_to_reverse(last))
    fields = {k: last.data[k] for k in ("eid", "quote", "prefix", "suffix", "offset", "stance", "body", "proposed_text",
                                        "status", "note")}  # fmt: skip
    if last.data.get("member"):  # (an edit gave it to another member: it goes back too)
        fields["member"] = last.data["member"]
    if "lang" in last.data:  # (given in the draft's language: back in the member's own; kept since that could be)
        fields["lang"] = last.data["lang"]
    now = store.get_comment(comment_id)
    back = fields.get("member", now.member)
    wording = now.thread is None and (fields["stance"] == str(Stance.DELETE) or (
        fields["stance"] == str(Stance.AMEND) and fields["proposed_text"] is not None))  # fmt: skip
    if back != now.member and fields["status"] == str(Status.OPEN) and (
            others := _other_wordings(store, now.draft, fields["eid"], now.lang, back, comment_id, wording)):  # fmt: skip
        shown = ", ".join(f"#{x}" for x in others)
        raise StoreError(f"comment #{comment_id} would go back to {back}, whose wording of {now.anchor.eid} is now "
                         f"{shown}; bringing it back would give the member two. Withdraw {shown} first")  # fmt: skip
    if now.status is Status.WITHDRAWN and fields["status"] != str(Status.WITHDRAWN):
        twins = _doubling_twins(store, comment_id)
        if twins:  # the same comment was sent again after it was withdrawn
            raise StoreError(f"comment #{comment_id} was sent again since it was withdrawn (as "
                             f"{', '.join(f'#{t}' for t in twins)}); bringing it back would double it. Withdraw "
                             f"{'that one' if len(twins) == 1 else 'those'} first, or keep it")  # fmt: skip
        if fields["status"] == str(Status.OPEN):  # a member has one wording of a unit
            others = _other_wordings(store, now.draft, now.anchor.eid, now.lang, now.member, now.id, _is_wording(now))
            others = [x for x in others if x not in _released_by(store, comment_id)]  # (given back by it: replaced again)
            if others:
                shown = ", ".join(f"#{x}" for x in others)
                raise StoreError(f"comment #{comment_id} is {now.member}'s wording of {now.anchor.eid}, which has "
                                 f"another one now ({shown}); bringing it back would give the member two. Withdraw "
                                 f"{shown} first, or keep #{comment_id} withdrawn")  # fmt: skip
    with store.transaction():
        watched = ignored_decisions(store, now.draft, [now.anchor.eid, fields["eid"]])
        after = store.update_comment(comment_id, "undo", detail={"revision": last.id, "of": last.action}, **fields)
        back = _settle(store, now, after)
        back += _decision_notes(store, after, watched, "back as it was")
    if said is not None:
        said += back
    return after


def _released_by(store: Store, comment_id: int) -> set[int]:
    """The comments ``comment_id`` had replaced and gave back (moved away or withdrawn), open since."""
    out = set()
    for older in store.superseded_by(comment_id):
        history = store.revisions(older)
        if history and history[-1].action == "release" and str(history[-1].data.get("by")) == str(comment_id):
            out.add(older)
    return out


def _comment_or_none(store: Store, cid: object) -> Comment | None:
    try:
        return store.get_comment(int(str(cid)))
    except (StoreError, ValueError):
        return None


def _superseded_how(store: Store, comment_id: int, by: object) -> str:
    """``was replaced by #41 (…)``, and what brings the comment back: the import that brought the
    comment replacing it undone, or that comment withdrawn or moved to the unit it belongs to."""
    try:
        newer = store.get_comment(int(str(by)))
    except (StoreError, ValueError):
        return f"was replaced by #{by}; withdraw or edit that one instead"
    where = describe(newer.anchor.eid) if newer.anchor.eid else "the whole draft"
    batch = next((b for b in store.imports(newer.draft) if b.file == newer.source.file and b.undone_at is None
                  and newer.id in store.import_comment_ids(b.id)), None) if newer.source.file else None  # fmt: skip
    came = f", from {newer.source.file} (import #{batch.id})" if batch is not None else ""
    ways = ([f"undo that import (`lawcomment import undo {batch.id}`: the whole file)"] if batch is not None else []) + [
        f"withdraw #{newer.id} (`lawcomment comment withdraw {newer.id}`), then undo this one",
        f"move #{newer.id} to the unit it belongs to (`lawcomment comment edit {newer.id} --at …`)"]  # fmt: skip
    return (f"was replaced by #{newer.id} ({newer.member}'s, on {where}{came}), not edited or withdrawn: nothing to "
            f"undo on it; to bring it back, {', or '.join(ways)}")  # fmt: skip


def _settle(store: Store, before: Comment, after: Comment, draft: Draft | None = None,
            give_back: bool = True) -> list[str]:  # fmt: skip
    """A member has one wording of a unit: a wording that replaced the member's earlier one of it
    (``before``), moved off that unit, withdrawn or no longer a wording (``after``), gives it back,
    reopened, when it is still replaced by this one and by nothing else (a trial's late row filed
    under the wrong article, moved with ``comment edit --at``, left the proposal it had replaced
    out of every merge); come back to the unit (an undo), it replaces again the one it gave back.
    Without ``give_back`` (a withdrawal), it only says how to bring that one back. Said, one line each."""
    out: list[str] = []
    left = before.anchor.eid if before.status is Status.OPEN and _is_wording(before) else None
    here = after.anchor.eid if after.status is Status.OPEN and _is_wording(after) else None
    if left == here and before.lang == after.lang:
        return out
    for older in store.superseded_by(after.id):
        old = store.get_comment(older)
        if old.lang != after.lang or old.anchor.eid is None:
            continue
        history = store.revisions(older)
        last = history[-1] if history else None
        if last is None or str(last.data.get("by")) != str(after.id):
            continue
        where = describe(old.anchor.eid, draft=draft)
        if (left is not None and old.anchor.eid == left and old.status is Status.SUPERSEDED and last.action == "supersede"
                and not _replaced_still(store, old, {after.id})):  # fmt: skip
            if not give_back:
                out.append(f"#{older} ({old.member}), which #{after.id} had replaced on {where}, stays replaced "
                           f"(`lawcomment comment undo {older}` brings it back)")  # fmt: skip
                continue
            store.update_comment(older, "release", status=last.data.get("status", str(Status.OPEN)),
                                 detail={"by": after.id})  # fmt: skip
            out.append(f"#{older} ({old.member}) is back on {where}: #{after.id}, which had replaced it, is no longer "
                       f"{old.member}'s wording of it")  # fmt: skip
        elif here is not None and old.anchor.eid == here and old.status is Status.OPEN and last.action == "release":
            store.update_comment(older, "supersede", status=Status.SUPERSEDED, detail={"by": after.id})
            out.append(f"#{older} ({old.member}) on {where} is replaced by #{after.id} again")
    return out


def _decision_notes(store: Store, after: Comment, watched: dict[str, list[int]], how: str,
                    draft: Draft | None = None) -> list[str]:  # fmt: skip
    """What a correction of ``after`` did to the committee's decisions on the articles it touched
    (``watched``: those the merge ignored before it, by article): the decisions the merge now
    ignores, and those that apply again, one line each; said when it happens, never found later
    in an export that lost the committee's reason. Each is kept in the log too, on the comment
    (``decision.lapse``, ``decision.apply``; `comment show` lists them): a decision carried from
    the last reading that stood on words the member no longer proposes stands no more, on record."""
    if not watched:
        return []
    # (each article cited as its draft cites it: an English draft's Article 13, never 第十三条)
    draft = draft or store.get_draft(after.draft, archived=True).load()
    now = ignored_decisions(store, after.draft, list(watched), draft)
    out: list[str] = []
    for target, was in watched.items():
        stopped = [d for d in now.get(target, []) if d not in was]
        again = [d for d in was if d not in now.get(target, [])]
        where = describe(target, draft=draft)
        carried = {d for d in stopped + again if store.get_decision(d).origin is not None}
        for action, ids in (("decision.lapse", stopped), ("decision.apply", again)):
            if ids:
                store.record(action, f"comment:{after.id}", {
                    "decisions": ", ".join(f"#{d}" for d in ids), "on": where, "with": f"#{after.id} {how}",
                    "carried": ", ".join(f"#{d}" for d in ids if d in carried)})
        if stopped:
            undo = {"withdrawn": f"brings #{after.id} back", "back as it was": "makes the change again"}.get(how, "undoes it")
            out.append(f"the committee's decision(s) {', '.join(f'#{d}' for d in stopped)} on {where} no longer apply "
                       f"with #{after.id} {how}: the merge ignores them (decide again, or `lawcomment comment undo "
                       f"{after.id}` {undo})")  # fmt: skip
        if again:
            out.append(f"the committee's decision(s) {', '.join(f'#{d}' for d in again)} on {where} apply again with "
                       f"#{after.id} {how}")  # fmt: skip
    return out


def _doubling_twins(store: Store, comment_id: int) -> list[int]:
    """The comments with ``comment_id``'s fingerprint that bringing it back would double: those
    live now, and those sent after it (again, since it was withdrawn), even if replaced since. An
    earlier one a later comment replaced is not one: the member went back to its words."""
    return [t for t in store.live_twins(comment_id)
            if t > comment_id or store.get_comment(t).status is not Status.SUPERSEDED]


def _how_to_reverse(r: Revision) -> str:
    """What reverses the change a revision records."""
    if r.action == "import.undo":
        return f"restore its import first (`lawcomment import restore {r.data.get('import')}`)"
    if r.action == "supersede":
        return f"it was replaced by #{r.data.get('by')}; withdraw or edit that one instead (`lawcomment comment undo {r.comment}` says how)"
    if r.action == "member.merge":
        return f"unmerge its member first (`lawcomment member unmerge {r.data.get('from_member')}`)"
    return "undo that first"


@dataclass(frozen=True, slots=True)
class UndoReport:
    """What undoing (or restoring) an import did: comments withdrawn and comments reopened."""

    batch: ImportBatch
    withdrawn: tuple[int, ...]
    reopened: tuple[int, ...]
    #: of the comments withdrawn (or back), the copies carried to later versions, by version
    carried: tuple[tuple[str, int], ...] = ()
    #: of the comments reopened (or superseded again), their copies in later versions, by version:
    #: reopened, or carried there now (a comment superseded when the next version came was never carried)
    followed: tuple[tuple[str, int], ...] = ()

    def carried_text(self) -> str:
        """The carried copies in words (", and their 3 copies in aml@2"), "" when none."""
        if not self.carried:
            return ""
        return ", and their " + " and ".join(f"{n} cop{'y' if n == 1 else 'ies'} in {ref}" for ref, n in self.carried)

    def followed_text(self) -> str:
        """The reopened comments' copies in later versions in words (" (and 2 in aml@2)"), "" when none."""
        if not self.followed:
            return ""
        return " (and " + " and ".join(f"{n} in {ref}" for ref, n in self.followed) + ")"


def undo_import(store: Store, batch_id: int) -> UndoReport:
    """Withdraw every comment an import added (and their copies carried to later versions),
    and reopen the comments it had superseded, unless something later replaces them still (a
    proposal of the same member, a later version of the same file's row) or says the same
    again (the member went back to those words since); all in one transaction."""
    with store.transaction():  # the checks too, so two staff undoing at once cannot both pass them
        batch = store.get_import(batch_id)
        if batch.undone_at:
            raise StoreError(f"import #{batch_id} ({batch.file}) was already undone on {batch.undone_at} "
                             f"by {batch.undone_by}")  # fmt: skip
        ids = store.import_comment_ids(batch_id)
        withdrawing = set(ids)
        withdrawn: list[int] = []
        reopened: list[int] = []
        carried: Counter[str] = Counter()  # later version → its copies withdrawn
        places: dict[tuple[str, str], set[tuple[object, ...]]] = {}  # (draft, member) → the places its open comments came from
        for cid in ids:
            for older in store.superseded_by(cid):
                old = store.get_comment(older)
                if old.status is not Status.SUPERSEDED or _replaced_still(store, old, withdrawing, places) or any(
                        t not in withdrawing and store.get_comment(t).status is not Status.SUPERSEDED
                        for t in store.live_twins(older)):  # fmt: skip
                    continue
                before = next((r.data["status"] for r in reversed(store.revisions(older))
                               if r.action == "supersede"), str(Status.OPEN))  # fmt: skip
                store.update_comment(older, "import.undo", status=before, detail={"import": batch_id})
                if before == str(Status.WITHDRAWN):  # back to withdrawn (its own import undone): not reopened
                    continue
                reopened.append(older)
                known = places.get((old.draft, old.member))
                if known is not None and old.thread is None and before == str(Status.OPEN):
                    s = old.source  # its place is taken again
                    known.add((s.kind, s.file, s.position, s.author))
            for copy in [cid, *store.carried_copies(cid)]:
                found = store.get_comment(copy)
                if found.status is not Status.WITHDRAWN:
                    store.update_comment(copy, "import.undo", status=Status.WITHDRAWN,
                                         note=f"withdrawn: import #{batch_id} undone", detail={"import": batch_id})  # fmt: skip
                    withdrawn.append(copy)
                    if copy != cid:
                        carried[found.draft] += 1
        followed = _follow_reopened(store, batch.draft, reopened, batch_id)
        store.mark_import(batch_id, undone=True)
    return UndoReport(store.get_import(batch_id), tuple(withdrawn), tuple(reopened), tuple(carried.items()),
                      tuple(followed.items()))  # fmt: skip


def _follow_reopened(store: Store, ref: str, reopened: list[int], batch_id: int) -> Counter[str]:
    """The comments an undone import reopened, in the later versions of ``ref`` too: each
    copy superseded there with them reopened, and those never carried (superseded before the
    next version came) carried now, as they would have been. How many per later version."""
    from .versions import carry_forward

    followed: Counter[str] = Counter()
    counted: dict[str, set[int]] = {}  # copies reopened, by version: counted once
    if not reopened:
        return followed
    for older in reopened:
        for copy in store.carried_copies(older):
            found = store.get_comment(copy)
            if found.status is Status.SUPERSEDED:
                before = next((r.data["status"] for r in reversed(store.revisions(copy)) if r.action == "supersede"),
                              str(Status.OPEN))  # fmt: skip
                store.update_comment(copy, "import.undo", status=before, detail={"import": batch_id})
                followed[found.draft] += 1
                counted.setdefault(found.draft, set()).add(copy)
    # those never carried, carried now (and on, version by version), and nothing else of the old
    # version's: comments added to it since stay on it until staff carry them
    at, going = ref, set(reopened)
    while going and (later := store.successor(at)) is not None:
        carry_forward(store, at, later.ref, only=going)
        copies = {x for cid in going for x in store.carried_copies(cid) if store.get_comment(x).draft == later.ref}
        followed[later.ref] += len(copies - counted.get(later.ref, set()))
        at, going = later.ref, copies
    return followed


def _replaced_still(store: Store, old: Comment, leaving: set[int],
                    places: dict[tuple[str, str], set[tuple[object, ...]]] | None = None) -> bool:  # fmt: skip
    """Is there, other than those leaving, an open wording of the same unit by the same member,
    or an open comment from the same place of the same file (a later version of the file's row)?
    ``places`` keeps each member's places from one call to the next (an import undone holds
    thousands of comments: the member's are read once)."""
    s = old.source
    if old.thread is None and s.file is not None:
        key = (old.draft, old.member)
        found = places.get(key) if places is not None else None
        if found is None:
            found = {(c.source.kind, c.source.file, c.source.position, c.source.author)
                     for c in store.comments(old.draft, member=old.member)
                     if c.id not in leaving and c.status is Status.OPEN and c.thread is None}  # fmt: skip
            if places is not None:
                places[key] = found
        if (s.kind, s.file, s.position, s.author) in found:  # (old itself is superseded: never among them)
            return True
    if not _is_wording(old):
        return False
    same = store.comments(old.draft, eid=old.anchor.eid, member=old.member)
    return any(c.id not in leaving and c.id != old.id and c.status is Status.OPEN and _is_wording(c) and c.lang == old.lang
               for c in same)  # fmt: skip


def _moved_in_translation(store: Store, stored: StoredDraft, draft: Draft, c: Comment, unit: Unit, proposed: str | None,
                          given: bool) -> tuple[Anchor, str | None, list[str]]:  # fmt: skip
    """Comment ``c`` on the translation, moved to the draft's ``unit``: on the words the translation gives it. Its
    wording (unless a new one is ``given``) is re-based from the words of its unit onto those, its changes re-applied
    there; one whose changes do not fit them is refused (never guessed), as is a unit the translation gives no words."""
    assert c.lang
    texts = translation_texts(store, stored, c.lang) or {}
    where = describe(unit.eid, draft=draft)
    target = texts.get(unit.eid)
    if target is None:
        raise StoreError(f"comment #{c.id} is on the {c.lang} translation, which gives {where} no words of its own: "
                         "it cannot go there")  # fmt: skip
    if unit.eid == c.anchor.eid or given or c.stance is not Stance.AMEND or proposed is None:
        return Anchor(unit.eid), proposed, []
    source = texts.get(c.anchor.eid) if c.anchor.eid is not None else None
    if c.anchor.eid is None and c.origin is not None:  # (carried, orphaned: its words are its origin's unit's)
        origin = store.get_comment(c.origin)
        source = (translation_texts(store, origin.draft, c.lang) or {}).get(origin.anchor.eid or "")
    moved = rebase(source, proposed, target) if source is not None else None
    if moved is None or moved.failed or moved.changes == 0:
        raise StoreError(f"comment #{c.id}'s wording changes words of the {c.lang} text of "
                         f"{describe(c.anchor.eid or '', draft=draft) if c.anchor.eid else 'its unit'} that the {c.lang} text of "
                         f"{where} does not have: give its wording there with --propose (or --no-proposal)")  # fmt: skip
    return Anchor(unit.eid), moved.text, [f"comment #{c.id}'s wording of the {c.lang} text re-based onto the {c.lang} "
                                          f"text of {where}: 「{moved.text}」"]  # fmt: skip


def _other_wordings(store: Store, draft: str, eid: str | None, lang: str, member: str, comment_id: int,
                    wording: bool) -> list[int]:  # fmt: skip
    """The open wordings of unit ``eid`` (in ``lang``) that ``member`` has besides comment
    ``comment_id``, when that comment is (or becomes) a ``wording`` of it: a member has one wording
    of a unit, so it may not become that member's too."""
    if not wording or eid is None:
        return []
    return [x.id for x in store.comments(draft, eid=eid, member=member)
            if x.id != comment_id and x.status is Status.OPEN and _is_wording(x) and x.lang == lang]  # fmt: skip


def _is_wording(c: Comment) -> bool:
    return c.thread is None and (c.stance is Stance.DELETE or (c.stance is Stance.AMEND and c.proposed_text is not None))


def restore_import(store: Store, batch_id: int) -> UndoReport:
    """Reverse ``undo_import``: the import's comments (and their carried copies) come back
    and supersede again what they had. Refused when the same file was imported again since."""
    with store.transaction():
        batch = store.get_import(batch_id)
        if not batch.undone_at:
            raise StoreError(f"import #{batch_id} ({batch.file}) is not undone; nothing to restore")
        ids = store.import_comment_ids(batch_id)
        twins = sorted({t for cid in ids for t in _doubling_twins(store, cid)})
        if twins:
            raise StoreError(f"import #{batch_id} ({batch.file}) was imported again since (comments "
                             f"{', '.join(f'#{t}' for t in twins[:10])}); restoring it would double them. "
                             "Undo that import instead, then restore this one")  # fmt: skip
        # the same file imported again since, under another member (a trial's batch undone for the wrong
        # --member, then imported for the right one): its comments are not twins, and still the same ones
        again = [b for b in store.imports(batch.draft) if b.id > batch_id and not b.undone_at and batch.sha256
                 and b.sha256 == batch.sha256 and b.added]  # fmt: skip
        if again:
            who = f" for {again[0].member}" if again[0].member and again[0].member != batch.member else ""
            raise StoreError(f"import #{batch_id} ({batch.file}) was imported again since{who} (import "
                             f"#{again[0].id}); restoring it would double its comments. Undo import #{again[0].id} "
                             "instead, then restore this one")  # fmt: skip
        restored: list[int] = []
        superseded: list[int] = []
        carried: Counter[str] = Counter()
        followed: Counter[str] = Counter()
        for cid in ids:
            for copy in [cid, *store.carried_copies(cid)]:
                last = next((r for r in reversed(store.revisions(copy)) if r.action == "import.undo"), None)
                found = store.get_comment(copy)
                if last is None or found.status is not Status.WITHDRAWN:
                    continue
                store.update_comment(copy, "import.restore", status=last.data["status"], note=last.data["note"],
                                     detail={"import": batch_id})  # fmt: skip
                restored.append(copy)
                if copy != cid:
                    carried[found.draft] += 1
            copies = {store.get_comment(x).draft: x for x in store.carried_copies(cid)}
            for older in store.superseded_by(cid):
                # one withdrawn meanwhile (its own import undone, or by its member) stays withdrawn
                if store.get_comment(older).status not in (Status.SUPERSEDED, Status.WITHDRAWN):
                    store.update_comment(older, "supersede", status=Status.SUPERSEDED, detail={"by": cid})
                    superseded.append(older)
                    # and its copies in later versions, by the restored comment's copy there
                    for copy in store.carried_copies(older):
                        found = store.get_comment(copy)
                        if found.status not in (Status.SUPERSEDED, Status.WITHDRAWN):
                            store.update_comment(copy, "supersede", status=Status.SUPERSEDED,
                                                 detail={"by": copies.get(found.draft, cid)})  # fmt: skip
                            followed[found.draft] += 1
        store.mark_import(batch_id, undone=False)
    return UndoReport(store.get_import(batch_id), tuple(superseded), tuple(restored), tuple(carried.items()),
                      tuple(followed.items()))  # fmt: skip


def merge_members(store: Store, source: str, target: str) -> int:
    """Move every comment of ``source`` to ``target`` and remove ``source``; ``unmerge_member`` reverses it."""
    src, dst = store.get_member(source), store.get_member(target)
    if src.id == dst.id:
        raise StoreError("a member cannot be merged into itself")
    ids = store.member_comment_ids(src.id)
    if not ids:
        raise StoreError(f"member {src.id!r} has no comments to merge; remove it instead (`lawcomment member remove {src.id}`)")
    with store.transaction():
        for cid in ids:
            store.update_comment(cid, "member.merge", member=dst.id, detail=_member_detail(src))
        store.remove_member(src.id)
    return len(ids)


def unmerge_member(store: Store, source: str) -> int:
    """Bring back a member merged into another, with its comments."""
    if any(m.id == source for m in store.members()):
        raise StoreError(f"member {source!r} exists; it was not merged away")
    moved = store.merged_comments(source)
    if not moved:
        raise StoreError(f"no comments were merged away from {source!r}")
    info = moved[0][1]
    with store.transaction():
        store.add_member(Member(source, info.get("org", ""), info.get("group", ""), info.get("email", ""),
                                info.get("lang", "zh"), Role(info.get("role", "member"))))  # fmt: skip
        for cid, _ in moved:
            store.update_comment(cid, "member.unmerge", member=source, detail={"from_member": source})
    return len(moved)


def _member_detail(m: Member) -> dict[str, object]:
    return {"from_member": m.id, "org": m.org, "group": m.group, "email": m.email, "lang": m.lang, "role": str(m.role)}


def remove_draft(store: Store, ref: str, force: bool = False) -> tuple[StoredDraft, str]:
    """Delete a draft nobody commented on; with ``force``, archive one that has comments
    (reversible: ``restore_draft``). Returns the draft and "removed" or "archived"."""
    d = store.get_draft(ref)
    if force:
        return store.set_draft_archived(d.ref, True), "archived"
    return store.delete_draft(d.ref), "removed"


def restore_draft(store: Store, ref: str) -> StoredDraft:
    """Bring an archived draft back."""
    d = store.get_draft(ref, archived=True)
    if d.archived is None:
        raise StoreError(f"{d.ref} is not archived")
    return store.set_draft_archived(d.ref, False)

