"""Staff's pages: the dashboard of a draft (responses per member and working group, comments
per chapter, what is left to review), the merged view of one article where staff decide, the
deadline, and every export format the installed plugins register."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from functools import partial
from typing import Any
from urllib.parse import quote

from markupsafe import Markup
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from lawcomment import (Comment, ExportError, ExportOptions, Kind, LawcommentError, NothingChanged, Stance, Status,
                        StoreError, Unit, export, load_consultation)
from lawcomment.consultation import (
    association,
    confirm_decision,
    decide,
    decide_group,
    decide_translation,
    draft_positions,
    edit_comment,
    forward_comment,
    letter_line,
    resolve_comment,
    set_association,
    set_letter_line,
    group_holding,
    parse_deadline,
    reason_given_back,
    reason_standing,
    reasons_standing,
    response_report,
    sent_before,
    translate_comment,
    undo_comment,
    withdraw_comment,
    wording_notes,
)
from lawcomment.consultation import carry_check, not_carried
from lawcomment.drafts import law_citation, resolve, unit_spans, written_in
from lawcomment.exports import label, localized, numbers_apart
from lawcomment.plugins import exporters
from lawcomment.records import Decision, StoredDraft
from lawcomment.review import (adoption_dict, article_note, brief_segments, decided_groups, decided_since, held,
                               replaced, unjudged_line, verdict_note)

from .app import ERRORS, Ctx, Refused, Web, attachment, route
from .pages import (MAX_WORDING, base_of, canonical, followed_to, get_draft, local_time, placed, quoted, reading_name,
                    reading_pair, segments, sep, staff_note, today)

ACTIVE = (Status.OPEN, Status.RESOLVED, Status.ORPHANED, Status.ADOPTED)


#: The carried comments to check the dashboard lists (the rest counted)
_TO_CHECK_SHOWN = 100


def dashboard(ctx: Ctx) -> Response:
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    shape = ctx.web.shape(stored)
    draft = shape.draft
    comments = ctx.store.comments(stored)
    report = response_report(ctx.store.members(), comments, stored.deadline, draft=stored.ref, today=today(ctx))
    # comments per chapter (the outermost containers), as a heat map over the outline
    chapter_of: dict[str, str] = {}
    chapters: list[tuple[str, str]] = []

    def visit(unit, chapter: str | None) -> None:  # type: ignore[no-untyped-def]
        if unit.kind.is_container and chapter is None or unit.kind is Kind.CHAPTER:
            chapter = unit.eid
            chapters.append((unit.eid, " ".join(x for x in (unit.label, unit.heading) if x)))
        if unit.kind is Kind.ARTICLE:
            chapter_of[unit.eid] = chapter or ""
        for child in unit.children:
            visit(child, chapter)

    for unit in draft.units:
        visit(unit, None)
    per_chapter = Counter(chapter_of.get(c.anchor.article or "", "") for c in comments if c.status in ACTIVE)
    top = max(per_chapter.values(), default=0) or 1
    # articles and chapters named in the page's language: Article 5, not 第五条, on an English page (a web trial)
    in_english = ctx.lang == "en" and not stored.profile.startswith("en")
    texts_en = ctx.web.english(ctx.store, stored) if in_english else {}

    def named(eid: str) -> str:
        if eid not in shape.index:
            return eid
        return law_citation(shape.draft, eid, "en") if in_english else shape.index[eid].label

    # a chapter the English text does not name: cited in English, its Chinese name beside (an English page listed
    # 第一章 总则 bare)
    beside = {eid: "" for eid, _ in chapters}
    if in_english:
        for n, (eid, title) in enumerate(chapters):
            if eid in texts_en and texts_en[eid][0]:
                chapters[n] = (eid, texts_en[eid][0])
            else:
                chapters[n], beside[eid] = (eid, law_citation(draft, eid, "en")), title
    heat = [(eid, title, per_chapter.get(eid, 0), per_chapter.get(eid, 0) / top, beside[eid])
            for eid, title in chapters]
    per_article = Counter(c.anchor.article for c in comments if c.status in ACTIVE and c.anchor.article)
    busiest = [(eid, n, named(eid)) for eid, n in per_article.most_common(30) if eid in shape.index]
    # what is left to decide, article by article (the whole draft's positions: kept in the
    # store between writes, so a dashboard seen again costs a read)
    positions = draft_positions(ctx.store, stored)
    # and members' wordings of the English text the committee gave no English wording for (the
    # export warns of them; a trial's dashboard left them out)
    answered = {(d.target, d.subject) for d in ctx.store.decisions(stored) if d.action == "text" and d.subject
                and d.subject != "insertion" and d.revoked_at is None}  # fmt: skip
    # (a new provision in English waits for its words in the draft's language: `comment translate`, this page's 译为中文)
    english = Counter(c.anchor.article for c in comments if c.lang and c.status is Status.OPEN and c.anchor.article
                      and (c.stance in (Stance.AMEND, Stance.DELETE) and (c.anchor.article, c.lang) not in answered
                           or c.stance is Stance.INSERT))  # fmt: skip
    waiting = [(p.eid, len(p.unreviewed) + english.get(p.eid, 0), named(p.eid)) for p in positions
               if p.unreviewed or english.get(p.eid)]  # fmt: skip
    # the committee's English wordings whose numbers the Chinese that goes out no longer gives (the bilingual export
    # warns of them; a web trial's dashboard said nothing)
    texts = ctx.web.english(ctx.store, stored) if answered else {}
    latest = {d.target: d for d in sorted(ctx.store.decisions(stored), key=lambda d: d.id)
              if d.action == "text" and d.subject == "en" and d.revoked_at is None} if texts else {}  # fmt: skip
    apart = [(p.eid, named(p.eid)) for p in positions
             if p.eid in latest and p.eid in texts and p.submitted_text.strip()
             and numbers_apart(p.base, texts[p.eid][1], p.submitted_text, latest[p.eid].new or "") is not None]  # fmt: skip
    # what the submission would send without a 理由: an article changed, and no committee reason
    given = ctx.store.committee_reasons(stored)
    # (a new article accepted after it is a change too, as the export counts it: a trial's dashboard left
    # out two articles whose only change was one, and they went out with no 理由)
    bare = [(p.eid, named(p.eid)) for p in positions
            if p.eid not in given and (p.pieces(submitted=True) or p.submitted_insertions(submitted=True))]  # fmt: skip
    # and the reasons it would leave out, or send to check (given beside a decision undone since), as
    # `lawcomment export` warns (a trial's dashboard said nothing of a reason an undo left behind)
    standing = reasons_standing(ctx.store, stored, positions)  # (read once for every reason: a draft may have 1,000)
    # a reason printed beside an article that goes out unchanged while its proposals wait (a web trial: 第九条 went out
    # as it stood, with a reason arguing for the 账外账 a member proposed and nobody had decided; the command line's
    # export counted it, the dashboard said nothing)
    unchanged = [(p.eid, named(p.eid)) for p in positions
                 if p.eid in given and given[p.eid].text.strip() and standing.get(p.eid, (True, ()))[0] and p.unreviewed
                 and not (p.pieces(submitted=True) or p.submitted_insertions(submitted=True))]  # fmt: skip
    hint = ctx.t("reason_hint_web")
    reasons_said = [(p.eid, named(p.eid), _REASON_BY_CLI.sub(hint, localized(said, ctx.lang, ids=False)))
                    for p in positions if p.eid in standing and p.eid in shape.index for said in standing[p.eid][1]]  # fmt: skip
    # (a copy for members to mark up prints no position: it has no copy with the undecided changes)
    # the Word submission is offered above, in both layouts: not again here (a web trial read it twice); the others
    # as staff use them, the review page and the tracking sheets first, a machine's formats last
    usual = ("html", "md", "xlsx", "csv", "amendment", "draft", "json")
    formats = sorted(((name, e.describe(ctx.lang), e.position) for name, e in exporters().items() if name != "docx"),
                     key=lambda f: (usual.index(f[0]) if f[0] in usual else len(usual), f[0]))  # fmt: skip
    # (the JSON document holds the translation whatever the language asked: no second link for it)
    # each named as the list above names it (a trial's first bilingual link read only "docx")
    bilingual = sorted((name, ctx.t("submission_docx") if name == "docx" else e.describe(ctx.lang))
                       for name, e in exporters().items() if e.bilingual and name != "json") \
        if ctx.web.english(ctx.store, stored) else []  # fmt: skip
    # what the count counts: members' comments standing on this reading (withdrawn and replaced ones
    # left out), those written on it and those carried from the last reading apart; a trial's dashboard
    # said 意见：10 beside members all 未反馈 with 0 (the replies count only what was written here)
    people = {m.id for m in report.members}
    carried_in = [c for c in comments if c.origin is not None and c.status in ACTIVE and c.member in people]
    carried = Counter(c.member for c in carried_in)
    carried_total = len(carried_in)
    carried_orphaned = sum(1 for c in carried_in if c.status is Status.ORPHANED)
    carried_adopted = sum(1 for c in carried_in if c.status is Status.ADOPTED)
    written_total = sum(m.comments for m in report.members)
    # carried comments that no longer fit (a wording the new text rewrote, an article deleted) or
    # whose carry asks a check: the merge has nothing of them to review, staff look at each
    # an orphan named by its article of the reading it was written on (第一稿（v1）的第三十六条), linked to the article
    # it sits at now, where staff move it: never by the new number alone, whose words it was not written on
    where = placed(ctx, draft)
    # (labelled only the first hundred, the page's list: an orphan's label reads the readings it came through)
    to_check = [(c, (where(c) if c.status is Status.ORPHANED else named(c.anchor.article))
                 if n < _TO_CHECK_SHOWN and c.anchor.article in shape.index else "")
                for n, c in enumerate(c for c in comments if c.origin is not None and c.status in (Status.ORPHANED, Status.OPEN)
                                      and (c.status is Status.ORPHANED or carry_check(c.note or "")))]  # fmt: skip
    pair = reading_pair(ctx, stored)
    later = ctx.store.successor(stored.ref)
    names = {m.id: m.org or m.id for m in ctx.store.members()}
    # members' open questions and objections, in the law's order: the merge has nothing of them to
    # decide, so 待审查 never counts them, but they are staff's to answer or weigh (a trial's dashboard
    # said 待审查…：0 while a member's question waited, seen nowhere)
    asked = sorted(((c, names.get(c.member, c.member)) for c in comments if _asks(c)),
                   key=lambda x: (shape.place.get(x[0].anchor.article or "", -1), x[0].id))  # fmt: skip
    # members' remarks on the whole draft (总体意见): staff forward them to go out under 一、总体意见
    remarks = [(c, names.get(c.member, c.member)) for c in comments if c.anchor.eid is None and c.status is Status.OPEN]
    # a remark carried forwarded from the last reading, where it was forwarded too: the last submission may
    # have sent it already, as `lawcomment export` warns (a trial's dashboard said only 已列入提交稿)
    before = ctx.store.predecessor(stored.ref)
    sent = {c.id: ctx.t("sent_before", reading=reading_name(ctx, before)) for c, _ in remarks
            if before is not None and c.forwarded and c.origin is not None and sent_before(ctx.store, c)}  # fmt: skip
    readings = {d.ref: reading_name(ctx, d) for d in (*(pair or ()), *((later,) if later else ()))}
    return ctx.page("dashboard.html", stored=stored, report=report, remarks=remarks, carried_total=carried_total,
                    sent=sent, readings=readings, note=partial(staff_note, ctx, stored), asked=asked,
                    # remarks written in another language than the letter's: a translation box beside, as on the merged view
                    foreign={c.id for c, _ in remarks if c.body.strip() and not c.lang
                             and written_in(c.body) != ("en" if stored.profile.startswith("en") else "zh")},
                    remark_seen=_remark_seen,
                    where=where,
                    written_total=written_total, to_check=to_check, shown=_TO_CHECK_SHOWN, pair=pair, carried=carried, later=later,
                    carried_group={g.group: sum(carried[m] for m in g.members) for g in report.groups},
                    carried_orphaned=carried_orphaned, carried_adopted=carried_adopted, heat=heat, busiest=busiest, formats=formats,
                    bilingual=bilingual, bare=bare, reasons_said=reasons_said, reason_unchanged=unchanged,
                    waiting=waiting, unreviewed=sum(n for _, n, _ in waiting), english_apart=apart,
                    total=sum(per_article.values()), today=today(ctx), signer=association(ctx.store),
                    addressee=letter_line(ctx.store, "addressee"), contact=letter_line(ctx.store, "contact"))  # fmt: skip


def _replaced_refusal(ctx: Ctx, stored: StoredDraft, article: str | None) -> Response | None:
    """The page refusing to act on a comment of ``stored`` (forward, answer, move, withdraw, restore,
    translate) when a later reading replaced it, 409: its comments went over to that one, where staff
    act on them (a trial's staff forwarded and withdrew comments on the replaced reading, accepted
    unsaid, while the later reading's copies stood as they were). It links to ``article`` there, or
    to that reading's dashboard. None on a reading nothing replaced."""
    later = ctx.store.successor(stored.ref)
    if later is None:
        return None
    name = reading_name(ctx, later)
    there = followed_to(ctx, stored, later, article) if article else None
    again = f"/staff/d/{quote(later.ref)}" + (f"/a/{there[0]}" if there else "")
    label = ctx.t("to_later_article", reading=name, label=there[1]) if there else ctx.t("to_later_reading")
    return ctx.page("error.html", 409, message=ctx.t("comments_replaced", ref=name), again=again, again_label=label)


def _asks(c: Any) -> bool:
    """Whether comment ``c`` is a member's open question or objection: nothing for the merge to
    decide, but for staff to answer or weigh (listed on the dashboard and the review page)."""
    return c.status is Status.OPEN and c.stance in (Stance.QUESTION, Stance.OPPOSE)


def merged(ctx: Ctx) -> Response:
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    eid = ctx.request.path_params["eid"]
    shape = ctx.web.shape(stored)
    draft, index = shape.draft, shape.index
    # decisions are the article's (as the member's article page is): a 款 or 项 goes to its article,
    # at its place (307); a chapter, or what names no unit, is not found (a trial's staff decided on
    # 第一章 and on 第八条第一款 here, and the submission deleted a chapter heading and sent 第八条 twice)
    if eid not in shape.place:
        found = canonical(ctx, stored, eid)
        if found is None:
            raise Refused(404, "not_found")
        return RedirectResponse(f"/staff/d/{quote(stored.ref)}/a/{found}", status_code=307)
    (position,) = draft_positions(ctx.store, stored, eid)
    members = {m.id: m for m in ctx.store.members()}
    decisions = ctx.store.decisions(stored, target=eid)
    reason = ctx.store.committee_reasons(stored).get(eid)
    # a reason left behind by an undo: said as `lawcomment export` says it, never labelled as printed
    later = ctx.store.successor(stored.ref)
    later_reading = reading_name(ctx, later) if later is not None else ""
    reason_applies, reason_said = reason_warnings(ctx, stored, position, reason, later_reading)
    articles = shape.articles
    at = shape.place.get(eid, -1)
    generation = ctx.store.generation()  # before the comments: groups kept for it hold what was read
    listed = ctx.store.comments(stored, article=eid)
    comments = [c for c in listed if c.status in ACTIVE]
    # withdrawn ones, to restore: staff's withdrawals are undone here, not on the command line alone; a member's own
    # is theirs to bring back (listed, said so, no button: a stranger's review)
    withdrawn = [c for c in listed if c.status is Status.WITHDRAWN]
    by_member = {c.id for c in withdrawn if _withdrawn_by_member(ctx, c)}
    # the English working text of the unit, and the committee's wording of it in force (decide --text-en)
    englishes = ctx.web.english(ctx.store, stored)
    english = englishes.get(eid, ("", ""))[1]
    # a member's English wording as a redline of the English text of its unit, as a Chinese one is of the
    # draft's: a trial's staff could not tell a whole article with five words added from the text as it was
    # (a new provision proposed in English is new words after it, never a wording striking the whole article: a trial)
    english_changes = {c.id: segments(englishes[c.anchor.eid][1], c.proposed_text) for c in comments
                       if c.lang == "en" and c.proposed_text and c.anchor.eid in englishes and c.stance is not Stance.INSERT}  # fmt: skip
    committee_en = max((d for d in decisions if d.action == "text" and d.subject == "en"), key=lambda d: d.id,
                       default=None)  # fmt: skip
    # each member's wording redlined against the text it rewords, as the member's own page shows it (two wordings
    # of one 款 in full text read alike, their one difference unseen: a web trial); each distinct one diffed once
    drawn: dict[tuple[str, str], list[tuple[str, str]]] = {}
    wording_changes: dict[int, list[tuple[str, str]]] = {}
    for c in comments[:300]:  # (the comments the page lists)
        if c.lang or c.stance is not Stance.AMEND or c.proposed_text is None or c.anchor.eid not in index:
            continue
        # (against the text it was written for: an orphan carried from the last reading is read against that one's)
        base = base_of(ctx, stored, c)
        key = (base, c.proposed_text)
        if key not in drawn:
            drawn[key] = segments(base, c.proposed_text)
        wording_changes[c.id] = drawn[key]
    # near-duplicate comments (campaign copies, one proposal from several members), each variant redlined
    near = ctx.web.near(ctx.store, stored, eid, comments, generation)
    near_parts = {g.id: (segments(g.base, g.text) if g.kind == "wording" else [("", g.text)],
                         [brief_segments(v.redline, 16) for v in g.variants]) for g in near}  # fmt: skip
    parts = _position_parts(position)
    # members' wordings of the translation the committee gave no wording of that language for: to review, as the
    # dashboard counts them (a trial's dashboard said 1项待审查 and this page 待审查：—)
    answered = {d.subject for d in decisions if d.action == "text" and d.subject in ("en", "zh") and d.revoked_at is None}
    language = {"zh": {"en": "英文", "zh": "中文"}, "en": {"en": "English", "zh": "Chinese"}}[ctx.lang if ctx.lang == "en" else "zh"]
    waiting = [ctx.t("en_wording_waiting", n=str(c.id), lang=language.get(c.lang, c.lang)) for c in comments
               if c.lang and c.status is Status.OPEN and (c.stance in (Stance.AMEND, Stance.DELETE) and c.lang not in answered
                                                          or c.stance is Stance.INSERT)]  # fmt: skip
    # the committee-wording box starts from the text as staff decided it (the draft with only what
    # they accepted or chose: a trial's one-word edit of a box holding every proposal deleted a 款
    # nobody had decided on); ?box=all starts it from every proposal instead, said so beside it
    # (not on a reading a later one replaced: nothing is worded there)
    offer_all = position.final is None and position.text != position.submitted_text and later is None
    box_all = offer_all and ctx.request.query_params.get("box") == "all"
    # what the carry into this reading left behind on this article, until staff decide here (a trial's final
    # wording of 第十五条, dropped at reading 2 with one message: this page said nothing of it)
    # (in the page's language, as the position's warnings are: the English line read inside a Chinese page)
    left = [localized(n.said(), ctx.lang, ids=False) for n in not_carried(ctx.store, stored, draft) if n.article == eid] \
        if stored.supersedes else []  # fmt: skip
    return ctx.page("merged.html", stored=stored, unit=index[eid], position=position, members=members, not_carried=left,
                    later=later, later_reading=later_reading,
                    # the article where the next reading has it, as a member's page links to it (a trial's staff link
                    # went to the next reading's dashboard)
                    later_article=followed_to(ctx, stored, later, eid) if later is not None else None,
                    seen=partial(_seen, position), group_seen=_group_seen, comment_seen=_comment_seen,
                    named=partial(_by_name, {m.id: m.org for m in members.values() if m.org}, later=later_reading),
                    near=near, near_parts=near_parts, near_decided={g: "、".join(f"#{i}" for i in ids) for g, ids in decided_groups(decisions).items()},
                    # remarks written in another language than the letter's: forwarded as written unless translated
                    foreign={c.id for c in comments if c.body.strip() and not c.lang
                             and written_in(c.body) != ("en" if stored.profile.startswith("en") else "zh")},
                    withdrawn=withdrawn, withdrawn_by_member=by_member,
                    english=english, committee_en=committee_en, english_changes=english_changes, remark_seen=_remark_seen,
                    # members' English wordings waiting: saving the English as it is answers them, not taken (said)
                    english_waiting=any(c.lang == "en" and c.status is Status.OPEN and c.stance in (Stance.AMEND, Stance.DELETE)
                                        for c in comments),
                    # the unit deleted whole as the committee decided it: its English goes out struck with it (the
                    # export's parallel text), not a wording to give (a trial's box still held it to reword)
                    english_struck=bool(english) and committee_en is None and bool(position.base.strip())
                    and not position.submitted_text.strip(),
                    wording_changes=wording_changes,
                    # the committee's English wording beside its position, as a redline of the English text
                    english_redline=segments(english, committee_en.new or "") if committee_en and english else [],
                    # what the bilingual export says of the two texts, said here too (a web trial's box held the old
                    # English under a changed Chinese, and numbers that disagreed, unsaid but in the Word file)
                    english_behind=bool(english) and committee_en is None and bool(position.submitted_text.strip())
                    and position.submitted_text != position.base,
                    english_apart=_apart_said(ctx, numbers_apart(position.base, english, position.submitted_text,
                                                                 committee_en.new or ""))
                    if committee_en and english and position.submitted_text.strip() else None,
                    redline=parts,
                    pending_shown=any(kind.endswith(" pending") for kind, _ in parts), decisions=decisions,
                    # decisions carried here to a place the alignment is unsure of, waiting: the warning above says to
                    # confirm each, and here staff can (as `lawcomment decide --confirm N`)
                    held_here=[d for d in decisions if held(d) and decided_since(d, decisions) is None],
                    # who decided and when, beside each decision in force (a web trial: two staff decided one change
                    # at once; the first, reloading, saw the other's decision and not whose it was)
                    decided_by=partial(_decided_by, ctx),
                    in_box=[i for i in position.unreviewed if not any(n.id == i for n in position.insertions)],
                    waiting=[*position.unreviewed, *waiting],
                    offer_all=offer_all, box_all=box_all,
                    box_text=position.text if box_all else position.submitted_text,
                    group_open={g.id: _group_open(position, g) for g in near},
                    kept_by=_draft_kept_by(position, comments, index[eid], sep(draft)),
                    # beside the committee's own wording too (a web trial's staff rewrote 第十条, which acme
                    # supported as it stands, with no word of it)
                    draft_supporters=_draft_supporters(comments),
                    # a long conflict's alternatives as redlines of the words in conflict: a web trial's x1 (the
                    # article deleted, or one of two wordings) drew both wordings whole, their one difference unseen
                    alt_parts={(x.conflict.id, a.number): segments(x.conflict.old, a.text) for x in position.conflicts
                               if len(x.conflict.old) > _LONG_CONFLICT for a in x.conflict.alternatives if a.text},
                    committee_reason=reason.text if reason else "", reason_applies=reason_applies,
                    reason_said=reason_said, comments=comments, sep=sep(draft), asked=[c for c in comments if _asks(c)],
                    # each comment's place (第六条第二款, and the words it quotes), as the member's card
                    # and `comment list` give it (a trial's staff read "#1 … 一般意见" and no 款)
                    where=placed(ctx, draft), quoted=partial(quoted, ctx), cite=partial(law_citation, draft),
                    note=partial(staff_note, ctx, stored),
                    previous=articles[at - 1] if at > 0 else None,
                    next=articles[at + 1] if 0 <= at < len(articles) - 1 else None)  # fmt: skip


#: Words in conflict past which each alternative is drawn as a redline of them, not whole.
_LONG_CONFLICT = 20


def _proposers(comments: list[Comment]) -> set[str]:
    """The members who propose a wording of the article, or its deletion (their support may be of their own words)."""
    return {c.member for c in comments if c.status is Status.OPEN
            and (c.proposed_text is not None or c.stance in (Stance.AMEND, Stance.DELETE))}  # fmt: skip


def _draft_supporters(comments: list[Comment]) -> list[str]:
    """The members who support the draft's words of the article (or of a 款, 项 or words of it) and
    propose none of their own: what the committee's own wording sets aside."""
    proposing = _proposers(comments)
    return list(dict.fromkeys(c.member for c in comments if c.stance is Stance.SUPPORT and c.status is Status.OPEN
                              and c.member not in proposing))  # fmt: skip


def _draft_kept_by(position: Any, comments: list[Comment], article: Unit, between: str) -> dict[str, list[str]]:
    """Per conflict and per change, the members who support the draft's words there, beside 保留草案原文
    or the change's supporters (what staff weigh it against: a web trial's member supported 六个月 in
    so many words, unseen beside the change to 三个月): a support of the article, or of the 款, 项 or
    words quoted that it lies in, by a member who proposes no wording of the article (a proposer's
    support may be of their own words)."""
    spans = unit_spans(article, between)
    proposing = _proposers(comments)
    supports = [c for c in comments if c.stance is Stance.SUPPORT and c.status is Status.OPEN and c.member not in proposing]
    out: dict[str, list[str]] = {}
    places = [(x.conflict.id, x.conflict.start, x.conflict.end) for x in position.conflicts]
    places += [(c.change.id, c.change.start, c.change.end) for c in position.changes]
    for key, start, end in places:
        who: list[str] = []
        for c in supports:
            a = c.anchor
            if a.eid not in spans or c.member in who:
                continue
            lo, hi = spans[a.eid]
            if a.quote and a.offset is not None:
                lo, hi = lo + a.offset, lo + a.offset + len(a.quote)
            if lo < end and start < hi or lo <= start == end <= hi:
                who.append(c.member)
        out[key] = who
    return out


def _position_parts(position: Any) -> list[tuple[str, str]]:
    """The committee position as the merged view shows it: a redline of the draft's text, each
    edit marked ``ins``/``del`` when the committee decided it (accepted, chosen, or its own
    wording), ``ins pending``/``del pending`` while it is a member's change nobody decided (the
    position holds it until it is rejected; the submission leaves it out). A trial's staff read
    undecided proposals, drawn as the decided ones were, as the committee's position."""
    final = position.final is not None
    pending = [(c.change.start, c.change.end, c.change.new) for c in position.changes
               if c.state == "proposed" and not final]  # fmt: skip
    decided = [(c.change.start, c.change.end, c.change.new) for c in position.changes if c.state == "accepted"]
    decided += [(x.conflict.start, x.conflict.end, x.conflict.alternatives[x.chosen - 1].text)
                for x in position.conflicts if x.chosen]  # fmt: skip
    if pending:
        # a 项 numbered on because of a change (（九） → （八） after （八） is deleted) follows that change:
        # pending while it is (the submission numbers on only from what the committee decided); a
        # trial's renumbering was drawn as decided beside the grey deletion it followed from
        went_out = {(p.start, p.end, p.new) for p in position.pieces(submitted=True) if p.consequential}
        follows = [(p.start, p.end, p.new) for p in position.pieces() if p.consequential]
        pending += [f for f in follows if f not in went_out]
        decided += [f for f in follows if f in went_out]

    def undecided(op: Any) -> bool:
        if final or not pending:
            return False
        if op.kind == "delete":  # words struck inside an undecided change's stretch
            return any(start < op.end and op.start < end for start, end, _ in pending)
        # words put in at a point an undecided change covers (and no decided one that writes them)
        mine = [new for start, end, new in pending if start <= op.start <= end]
        theirs = [new for start, end, new in decided if start <= op.start <= end]
        return bool(mine) and (not theirs or (any(op.text in n for n in mine) and not any(op.text in n for n in theirs)))

    return [("" if op.kind == "equal" else ("del" if op.kind == "delete" else "ins") +
             (" pending" if undecided(op) else ""), op.text) for op in position.redline().ops]  # fmt: skip


#: The command line's way to give a committee reason again, or remove it, as this page offers it
#: (the export's warning that a reason is left out, shown on the merged view and the dashboard).
_REASON_BY_CLI = re.compile(r"\s*[（(][^（）()]*decide --committee-reason[^（）()]*[）)]")


def reason_warnings(ctx: Ctx, stored: Any, position: Any, reason: Any, later: str = "") -> tuple[bool, list[str]]:
    """What ``lawcomment export`` says of the committee reason ``reason`` of ``position``'s unit
    (:func:`lawcomment.consultation.reason_standing`): whether the submission prints it, and its
    warnings in the page's language, the command line's way to act on them told as this page
    offers it, or, on a reading ``later`` (its name) replaced, where it is done instead.
    (True, []) without a reason."""
    prints, said = reason_standing(ctx.store, stored, position, reason)
    hint = ctx.t("reason_hint_later", ref=later) if later else ctx.t("reason_hint_web")
    return prints, [_REASON_BY_CLI.sub(hint, localized(m, ctx.lang, ids=False)) for m in said]


def _group_open(position: Any, group: Any) -> bool:
    """Whether something a near-duplicate group's comments propose on the article is left to
    decide (a change, a new unit or a conflict they make, undecided; nothing under the
    committee's own wording): its 采用这组措辞 and 不采纳这组意见 are offered only then."""
    if position.final is not None:
        return False
    ids = {f"#{n}" for n in group.comments}

    def ours(proposals: Any) -> bool:  # (merged proposals read #1+#3)
        return any(p in ids for joined in proposals for p in joined.split("+"))

    return (any(c.state == "proposed" and ours(c.change.proposals) for c in position.changes)
            or any(i.state == "proposed" and ids & {f"#{n}" for n in i.comments} for i in position.insertions)
            or any(x.chosen is None and any(ours(a.proposals) for a in x.conflict.alternatives)
                   for x in position.conflicts))  # fmt: skip


def _digest(said: object) -> str:
    """A short digest of what a page showed, sent back with the form that acts on it."""
    return hashlib.sha256(json.dumps(said, ensure_ascii=False).encode()).hexdigest()[:16]


def _seen(position: Any, ref: str) -> str:
    """What change, conflict or new unit ``ref`` (c1, x1, n1) of ``position`` says, and who
    supports it, as a short digest the page sends back with a decision on it: its number alone
    may name another one by then (a member's new proposal before it renumbers the changes), and
    its row names its supporters. "" when it has none."""
    found: Any = next((c.change for c in position.changes if c.change.id == ref), None)
    if found is not None:
        said = [found.start, found.end, found.old, found.new, list(found.supporters)]
    elif (x := next((x.conflict for x in position.conflicts if x.conflict.id == ref), None)) is not None:
        said = [x.start, x.end, x.old, [[a.text, list(a.supporters)] for a in x.alternatives]]
    elif (i := next((i for i in position.insertions if i.id == ref), None)) is not None:
        said = [i.after, i.text, list(i.supporters)]
    else:
        return ""
    return _digest(said)


def _group_seen(group: Any) -> str:
    """What the merged view shows of a near-duplicate group, as a short digest its 采用这组措辞 and
    不采纳这组意见 buttons send back: its name, kind and wording (the representative's, redlined
    against the draft's text), its members, its comments and each variant's words. A member's
    edit of the representative after the page was drawn keeps the group's name (g1) but not its
    words: a trial's click then took a wording staff never saw."""
    return _digest([group.id, group.kind, group.lang, group.base, group.text, group.representative,
                    list(group.members), list(group.comments),
                    [[v.text, list(v.comments)] for v in group.variants]])  # fmt: skip


def _comment_seen(comment: Any) -> str:
    """What the merged view shows of a member's English wording beside its 采用此英文措辞 button
    (its words, kind and place), as a short digest the button sends back: an edit since is
    refused (409), never taken unseen."""
    return _digest([comment.id, comment.proposed_text, str(comment.stance), comment.anchor.eid, comment.lang,
                    str(comment.status)])  # fmt: skip


def _remark_seen(comment: Any) -> str:
    """What the merged view shows of a member's remark beside the box for its translation, as a
    digest the form sends back: a remark edited since is never translated over unseen."""
    return _digest([comment.id, comment.body, str(comment.status), comment.anchor.eid])


def _check_seen(seen: str, value: str, position: Any) -> None:
    """``decide``'s check of the position it reads the decision from: refused (409) when the
    number the page named (c1, x1:2, n1) stands for other words than the page showed, or none."""
    refs = [v.strip().split(":", 1)[0] for v in value.split(",") if v.strip()]
    if len(refs) != 1 or _seen(position, refs[0]) != seen:
        raise Refused(409, "changes_changed")


#: The command line's way to answer a member's English wording, as this page offers it (a trial's
#: staff were told of `decide --text-en-from` on a page that has a box and a button for it).
_ON_THIS_PAGE = [
    (re.compile(r"（decide --text 与 --text-en，或以 --text-en-from \d+ 采用该意见）"),
     "（在本页“委员会英文措辞”框中给出，或点击该意见旁的“采用此英文措辞”）"),
    (re.compile(r"give the committee's wordings with `decide --text` and `--text-en` \(or `--text-en-from \d+`\)"),
     "give the committee's wordings in the boxes on this page, or take the member's with “Take this English wording”"),
    # (a trial's English page told staff to run `lawcomment comment edit 15 --at …`: staff move no comment here)
    (re.compile(r" \(`lawcomment comment edit \d+ --at …` moves it\)"),
     " (if it is meant for another article, “Move to” beside it under Comments below moves it there)"),
    (re.compile(r"，必要时移至正确条文$"), "，必要时用下方“意见”中该意见旁的“移至”移至正确条文"),
    (re.compile(r" \(`lawcomment comment edit \d+ --no-proposal --reason …` makes it a remark\)"),
     " (if it is a remark, not a wording: reject its change here; its reason stays with the comment)"),
    (re.compile(r" \(`lawcomment comment show \d+` gives its note\)"), " (its note is shown with it under Comments below)"),
    # (a new provision in English: given in Chinese in the box under it, on this page)
    (re.compile(r"（lawcomment comment translate (\d+) --text \"…\"）"), r"（在下方“意见”中意见#\1下的框中给出）"),
    (re.compile(r" \(`lawcomment comment translate (\d+) --text \"…\"`\)"), r" (in the box under comment #\1 below)"),
]


#: :data:`_ON_THIS_PAGE` on a reading a later one replaced: done there, this page offering none of it
#: (a replaced reading's warning said to use 移至 below, which the page no longer draws).
_ON_LATER = [
    "（请在{ref}上给出）", "give the committee's wordings on {ref}",
    " (if it is meant for another article, move it on {ref})", "，必要时在{ref}上移至正确条文",
    " (if it is a remark, not a wording: reject its change on {ref})", None, "（请在{ref}上给出）", " (on {ref})",
]


def _by_name(orgs: dict[str, str], text: str, later: str = "") -> str:
    """A merge warning with each member's id (as the core writes them) given as its
    organisation, as the rest of the page names members; the command line's way to answer a
    member's English wording told as this page offers it, or on a reading ``later`` (its name)
    replaced, as done there."""
    for (pattern, said), there in zip(_ON_THIS_PAGE, _ON_LATER, strict=True):
        if later and there is not None:
            text = pattern.sub(there.format(ref=later).replace("\\", "\\\\"), text)
        else:
            text = pattern.sub(said, text)
    if not orgs:
        return text
    ids = sorted(orgs, key=len, reverse=True)
    # ASCII neighbours only: in a Chinese message an id stands right against the characters around it
    pattern = re.compile(r"(?<![A-Za-z0-9_.@-])(" + "|".join(re.escape(i) for i in ids) + r")(?![A-Za-z0-9_.@-])")
    return pattern.sub(lambda m: orgs[m.group(1)], text)


def _user_name(ctx: Ctx, actor: str) -> str:
    """Who ``actor`` (web:wang, or a command line's user) is, by the name the web app knows them by."""
    login = actor.removeprefix("web:")
    try:
        return (ctx.store.get_user(login).name or login) if actor.startswith("web:") else login
    except StoreError:
        return login


def _decided_by(ctx: Ctx, d: Any) -> Markup:
    """Who made decision ``d`` and when, as the merged view says it beside the decision: each part kept whole on a
    narrow column (the day without its year, the whole stamp on hover)."""
    at = local_time(ctx, d.created)
    return Markup('<span class="nowrap">{}</span> <span class="nowrap" title="{}">{}</span>').format(
        _user_name(ctx, d.actor), at, at[5:])


def _reason_changed(ctx: Ctx, given: Any) -> str:
    """Why a reason typed on a stale page is refused, naming who changed it and when (a web trial's two staff
    saving at once: the second was told only that "someone" had); removed since, by nobody named."""
    if given is None:
        return ctx.t("reason_changed")
    return ctx.t("reason_changed_by", who=_user_name(ctx, given.actor), at=local_time(ctx, given.created))



def _decision_here(ctx: Ctx, value: str, ref: str, eid: str) -> Decision:
    """The decision a form names by its id (``value``), on article ``eid`` of reading ``ref``; 404 for any
    other, or for a value that is no id (the undo and confirm buttons send it)."""
    try:
        found = ctx.store.get_decision(int(value)) if value.isascii() and value.isdigit() and len(value) <= 18 else None
    except StoreError:
        found = None
    if found is None or found.draft != ref or found.target != eid:
        raise Refused(404, "not_found")
    return found


def decide_post(ctx: Ctx) -> Response:
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    eid = ctx.request.path_params["eid"]
    if eid not in ctx.web.shape(stored).place:  # an article's only: no page offers a chapter's or a 款's, nothing is written
        raise Refused(404, "not_found")
    action, value, reason = ctx.field("action"), ctx.field("value"), ctx.field("reason")
    back = f"/staff/d/{quote(stored.ref)}/a/{eid}"
    if action != "undo" and (later := ctx.store.successor(stored.ref)) is not None:
        # the committee decides on the reading members comment on now: a decision here would not come over, and
        # would change what the adoption page counts of the last submission (a web trial's decision #23); a
        # decision made by mistake is still undone here, the page saying what came over
        return ctx.page("error.html", 409, message=ctx.t("decide_replaced", ref=reading_name(ctx, later)))
    if action == "undo":
        old = _decision_here(ctx, value, stored.ref, eid)
        if old.revoked_at is not None:  # undone already (a page drawn before, in a second tab): said as people are named
            ctx.flash([ctx.t("already_undone", n=str(old.id), who=_user_name(ctx, old.revoked_by or ""),
                             at=local_time(ctx, old.revoked_at))])  # fmt: skip
            return ctx.back(back, "")
        ctx.store.revoke_decision(old.id, reason)
        # carried into the next reading before: that copy stands there until undone there too
        later = ctx.store.successor(stored.ref)
        copy = next((d for d in ctx.store.decisions(later.ref) if d.origin == old.id), None) if later else None
        if later is not None and copy is not None:
            ctx.flash([ctx.t("carried_copy_stands", n=str(old.id), ref=reading_name(ctx, later), d=str(copy.id))])
        return ctx.back(back, "undone")
    if action == "confirm":  # a decision held at an unsure place, confirmed: staff checked where it went
        held_d = _decision_here(ctx, value, stored.ref, eid)
        try:
            made = confirm_decision(ctx.store, held_d.id)
        except StoreError:  # (confirmed, undone or decided again since this page was drawn: said, nothing recorded)
            ctx.flash([ctx.t("confirm_gone", n=str(held_d.id))])
            return ctx.back(back, "")
        said = [ctx.t("confirmed_as", n=str(held_d.id), d=str(made.id))]
        given = reason_given_back(ctx.store, made)
        if given is not None:  # (the reason the carry left behind, back with it)
            said.append(ctx.t("reason_given_back", text=given.text))
        ctx.flash(said)
        return ctx.back(back, "")
    if action == "committee_reason":
        # as the wording form's reason: given over the one the page showed, never over another's unseen
        if not ctx.has_field("was_reason"):
            raise Refused(409, "form_incomplete")
        given = ctx.store.committee_reasons(stored).get(eid)
        if ctx.field("was_reason").strip() != (given.text if given else "").strip():
            return ctx.page("error.html", 409, message=_reason_changed(ctx, given), typed=value, again=back)
        ctx.store.set_committee_reason(stored.ref, eid, value)
        return ctx.back(back, "saved")
    if action in ("text_en", "text_en_from"):  # the committee's wording of the English working text
        return _english_wording(ctx, stored, eid, action, value, reason, back)
    if action in ("group_accept", "group_reject"):  # a group of near-duplicates, named by its representative
        if not (value.isascii() and value.isdigit() and len(value) <= 18):
            raise Refused(404, "not_found")
        # the group read, checked and decided in one write transaction: no member's edit in between
        with ctx.store.transaction():
            try:
                group = group_holding(ctx.store, stored, int(value))
            except StoreError:
                group = None
            if group is None and ctx.has_field("seen") and _on_page(ctx, stored, eid, int(value)):
                # the page showed a group of this comment, and it has none now (withdrawn, or reworded apart)
                raise Refused(409, "group_changed")
            if group is None or group.article != eid:  # another article's (or draft's) comment: not this page's
                raise Refused(404, "not_found")
            # (a group of remarks has nothing to decide, and no button: decide_group says so)
            decidable = group.kind in ("wording", "insert")
            if decidable and not ctx.has_field("seen"):  # (never decided unchecked: a script's, an old page's click)
                raise Refused(409, "form_incomplete")
            # the group changed since the page was drawn (its name, or what it holds: a member's edit of
            # its representative keeps g1 and changes its words): let staff see it again
            if group.id != f"g{int(value)}" or (decidable and ctx.field("seen") != _group_seen(group)):
                raise Refused(409, "group_changed")
            done = decide_group(ctx.store, stored, int(value), accept=action == "group_accept", reason=reason,
                                name=f"g{int(value)}")  # fmt: skip
        # nothing of the group left to decide: said so, never "recorded" (the log has nothing new)
        return ctx.back(back, "decided" if done.decisions else "nothing_decided")
    if action not in ("accept", "reject", "choose", "text"):
        raise Refused(400, "error")
    if action == "text":
        return _final_wording(ctx, stored, eid, value, back)
    # (the page's own forms send what the change said; read in the same merge the decision is made from)
    # (the page's own forms send what the change said; read in the same merge the decision is made
    # from: one without it is refused, never decided blind, a trial's accept of c1 sent with no seen)
    if not ctx.has_field("seen"):
        raise Refused(409, "form_incomplete")
    check = partial(_check_seen, ctx.field("seen"), value)
    try:
        with ctx.store.transaction():  # (checked and recorded with no member's edit in between)
            made = decide(ctx.store, stored, eid, **{action: value}, reason=reason, check=check, repeat=False)
    except NothingChanged:  # decided so already (a second tab's click): said, never recorded twice
        ctx.flash([ctx.t("already_decided")])
        return ctx.back(back)
    # another staff member's decision on the same thing, a moment before: said, as the command line does
    for older in replaced(made, ctx.store.decisions(stored.ref, eid)):
        if (older.action, older.new) != (made.action, made.new):
            # (named and timed as the pages name and time people: 王秘书 at 2026-12-07 02:06, not wang at the UTC stamp)
            ctx.flash([ctx.t("replaces_decision", n=str(older.id), who=_user_name(ctx, older.actor),
                             at=local_time(ctx, older.created), d=str(made.id))])  # fmt: skip
    return ctx.back(back, "decided")


def _english_wording(ctx: Ctx, stored: Any, eid: str, action: str, value: str, reason: str, back: str) -> Response:
    """The committee's wording of the English working text: typed in its box (``text_en``), or
    taken from a member's English wording (``text_en_from``, ``value`` the comment's id). Each is
    checked against what its page showed (the English wording in force, the member's words) and
    recorded in one write transaction, so nothing changes between the check and the decision."""
    with ctx.store.transaction():
        return _english_wording_checked(ctx, stored, eid, action, value, reason, back)


def _english_wording_checked(ctx: Ctx, stored: Any, eid: str, action: str, value: str, reason: str,
                             back: str) -> Response:  # fmt: skip
    taken = int(value) if action == "text_en_from" and value.isascii() and value.isdigit() and len(value) <= 18 else None
    if action == "text_en_from" and (taken is None or not _on_page(ctx, stored, eid, taken)):
        raise Refused(404, "not_found")
    if not (ctx.has_field("was_decision") and (ctx.has_field("was") if action == "text_en" else ctx.has_field("seen"))):
        raise Refused(409, "form_incomplete")  # (a missing field never skips the check: a trial)
    # a page drawn before another's English wording never replaces it unseen (409, as the
    # committee reason's), whether typed in the box or taken from a member's comment
    standing = max((d for d in ctx.store.decisions(stored.ref, eid) if d.action == "text" and d.subject == "en"
                    and d.revoked_at is None), key=lambda d: d.id, default=None)  # fmt: skip
    if ctx.field("was_decision") != (str(standing.id) if standing is not None else ""):
        raise Refused(409, "english_changed")
    if taken is not None and ctx.field("seen") != _comment_seen(ctx.store.get_comment(taken)):
        # the member's wording as the page showed it: one edited since is refused, never taken unseen
        raise Refused(409, "comment_changed")
    if action == "text_en":
        # the box as the page drew it decides nothing (as the Chinese one)
        answering = standing is None and any(
            c.lang == "en" and c.status is Status.OPEN and c.stance in (Stance.AMEND, Stance.DELETE)
            for c in ctx.store.comments(stored, article=eid))  # fmt: skip
        # saved as drawn: no decision, unless members' English wordings wait for the committee's
        # answer, which keeping the English as it is then is (a stranger's review: else no way to say so)
        if not answering and value.replace("\r\n", "\n").strip() == ctx.field("was").replace("\r\n", "\n").strip():
            return ctx.back(back, "english_unchanged")
    decide_translation(ctx.store, stored, eid, text=value if action == "text_en" else None, from_comment=taken,
                       reason=reason)  # fmt: skip
    return ctx.back(back, "decided")


def _on_page(ctx: Ctx, stored: Any, eid: str, cid: int) -> bool:
    """Whether comment ``cid`` is one of article ``eid``'s, the merged view's."""
    try:
        found = ctx.store.get_comment(cid)
    except StoreError:
        return False
    return found.draft == stored.ref and found.anchor.article == eid


def _final_wording(ctx: Ctx, stored: Any, eid: str, value: str, back: str) -> Response:
    """The committee's wording form: its box, the delete box, and the reason beside them.

    Ticked, the delete box deletes the article when the box is as drawn or emptied (a box reworded
    beside it is refused: which is meant is not known); an emptied box without it
    is refused. The box saved as the page drew it decides nothing: saving a reason must not
    decide the wording. The reason is saved only when staff changed it from what the page
    showed, and refused (409) when someone else changed it meanwhile, so a stale page never
    wipes another's reason.

    The form carries what its page showed: ``was``, the committee position (the merge's text,
    undecided changes and all), and ``was_box``, the text the box was drawn with, ``box`` saying
    which: ``decided`` (the draft with only what staff accepted or chose, as the page draws it
    by default) or ``all`` (every proposal applied: the page's ?box=all). A form without
    ``was_box`` (a page drawn before it had one) is read as its box held ``was``. An edited box
    is refused (409) when either text is not what the article reads now."""
    deleting = ctx.field("delete") == "1"
    given = ctx.store.committee_reasons(stored).get(eid)
    now = given.text if given else ""
    typed = ctx.field("committee_reason").strip() if ctx.has_field("committee_reason") else None
    colon = "：" if ctx.lang == "zh" else ": "
    typed_all = value if not typed else f"{value}\n\n{ctx.t('committee_reason')}{colon}{typed}"
    if not ctx.has_field("was") or (typed is not None and not ctx.has_field("was_reason")):
        # what the page showed is what every check here reads: a form without it is refused, never
        # saved unchecked (a trial's action=text with no `was` replaced the article's wording)
        return ctx.page("error.html", 409, message=ctx.t("form_incomplete"), typed=typed_all, again=back)
    # what the box held as the page drew it (an older page's box held the position, `was`)
    decided_box = ctx.has_field("was_box") and ctx.field("box") != "all"
    drawn_box = ctx.field("was_box") if ctx.has_field("was_box") else ctx.field("was")
    if deleting and ctx.field("was_delete") != "1" and value.strip() and value.strip() != drawn_box.strip():
        # the box reworded and "propose deleting the article" ticked: which is meant? (a trial's
        # script ticked it by mistake, and the article went out deleted)
        raise Refused(400, "delete_and_wording")
    if deleting:
        value = ""
    drawn = value.strip() == drawn_box.strip() and deleting == (
        ctx.field("was_delete") == "1")  # fmt: skip
    if not deleting and not value.strip() and not drawn:  # (drawn empty: an accepted deletion, a reason beside it)
        raise Refused(400, "empty_wording")
    shown = ctx.field("was_reason").strip() if ctx.has_field("was_reason") else now
    edited = typed is not None and typed != shown
    if edited and now != shown:  # (the words typed shown to copy: nothing of them is lost)
        return ctx.page("error.html", 409, message=_reason_changed(ctx, given), typed=typed_all, again=back)
    if not drawn:
        # a wording typed on a page drawn before someone else's wording, decision or a new proposal
        # never replaces them unseen (a trial: one staff member's wording silently replaced another's)
        # (and a box drawn as decided, from a page drawn before another's accept or choice: its
        # wording would undo that decision unseen)
        (pos,) = draft_positions(ctx.store, stored, eid)
        if ctx.field("was").strip() != pos.text.strip() or \
                drawn_box.strip() != (pos.submitted_text if decided_box else pos.text).strip():  # fmt: skip
            if typed == shown:
                typed_all = value
            return ctx.page("error.html", 409, message=ctx.t("wording_changed"), typed=typed_all, again=back)
    if not drawn:
        ctx.flash(wording_notes(decide(ctx.store, stored, eid, text=value, reason=typed or "")))
    if edited:
        ctx.store.set_committee_reason(stored.ref, eid, typed or "")
    if drawn:  # (the changes still to decide named only when there are some)
        (pos,) = draft_positions(ctx.store, stored, eid)
        key = "reason_saved_wording_unchanged" if edited else "wording_unchanged"
        return ctx.back(back, key if pos.unreviewed else f"{key}_none")
    return ctx.back(back, "decided")


def deadline(ctx: Ctx) -> Response:
    """Set the deadline; remove it only with the form's own button for that: a date field
    cleared by mistake and saved is refused, the deadline kept (a trial's was removed, saying
    截止日期已更新)."""
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    later = ctx.store.successor(stored.ref)
    if later is not None:  # members comment on the later reading: its deadline is the one that counts
        return ctx.page("error.html", 409, message=ctx.t("deadline_replaced", ref=reading_name(ctx, later)))
    if ctx.field("remove") == "1":
        ctx.store.set_deadline(stored.ref, None)
        return ctx.back(f"/staff/d/{quote(stored.ref)}", "deadline_removed")
    value = ctx.field("deadline").strip()
    if not value:
        raise Refused(400, "deadline_empty")
    ctx.store.set_deadline(stored.ref, parse_deadline(value))
    return ctx.back(f"/staff/d/{quote(stored.ref)}", "deadline_set")


def letter(ctx: Ctx) -> Response:
    """Set who signs the submission, who it is addressed to and who to contact, for every export
    of the store, as `lawcomment store association` / `store addressee` / `store contact` set them:
    a web trial's staff downloaded a letter addressed to no one, and the page had not said so."""
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    # the three together or none (one refused leaves the others as they were: a review), and only those the
    # form sent (a form without one never clears it)
    with ctx.store.transaction():
        if ctx.has_field("association"):
            set_association(ctx.store, ctx.field("association"))
        for which in ("addressee", "contact"):
            if ctx.has_field(which):
                set_letter_line(ctx.store, which, ctx.field(which))
    return ctx.back(f"/staff/d/{quote(stored.ref)}#letter", "letter_set")


#: The file name a download takes after the draft, by format (others: the format's own name).
_DOWNLOAD_NAMES = {"docx": "submission", "md": "submission", "html": "review", "json": "consultation", "csv": "tracking",
                   "xlsx": "tracking", "draft": "draft", "amendment": "amendment"}  # fmt: skip


#: What a download is, by its file's suffix (a browser opens or saves it as what it is).
_MEDIA = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          ".html": "text/html; charset=utf-8", ".json": "application/json", ".csv": "text/csv; charset=utf-8",
          ".md": "text/markdown; charset=utf-8", ".xml": "application/xml"}  # fmt: skip  # (.xml: Akoma Ntoso's)


#: What a download's address may ask, and the values each takes (the dashboard's links ask no other):
#: a layout as `export --layout` takes it, the English translation beside the Chinese (`--lang
#: zh+en`), and the discussion copy with what nobody decided yet (`--include-unreviewed`).
_DOWNLOAD_ASKS = {"layout": ("articles", "table"), "lang": ("zh+en",), "unreviewed": ("0", "1"), "view": ("1",)}

#: A page of the exports (the review page) opened in the browser, not saved: its own inline style and
#: script run, in a sandbox of an origin of its own (no cookie, no request as the signed-in user, no
#: form sent, nothing fetched), whatever a member's words in it would try.
_VIEWED = ("sandbox allow-scripts; default-src 'none'; style-src 'unsafe-inline'; "
           "script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def _refuse_unknown_asks(ctx: Ctx, stored: Any, fmt: str) -> Response | None:
    """A page (400) naming the values allowed, for a format, a parameter or a value a download does
    not know, as `lawcomment export` refuses them: a trial's ?layout=bogus downloaded the
    submission as if nothing were wrong. None when all is known."""
    back = f"/staff/d/{quote(stored.ref)}"
    joiner = "、" if ctx.lang == "zh" else ", "
    known = exporters()
    if fmt not in known:
        return ctx.page("error.html", 400, message=ctx.t("unknown_format", fmt=fmt[:100], allowed=joiner.join(sorted(known))),
                        again=back, again_label=ctx.t("dashboard"))  # fmt: skip
    for name, value in ctx.request.query_params.multi_items():
        value = value.replace(" ", "+") if name == "lang" else value  # (zh+en typed in the address arrives as "zh en")
        allowed = _DOWNLOAD_ASKS.get(name)
        if allowed is None:
            return ctx.page("error.html", 400, message=ctx.t("unknown_ask", name=name[:100],
                                                             allowed=joiner.join(_DOWNLOAD_ASKS)),
                            again=back, again_label=ctx.t("dashboard"))  # fmt: skip
        if value not in allowed:
            return ctx.page("error.html", 400, message=ctx.t("unknown_value", name=name, value=value[:100],
                                                             allowed=joiner.join(allowed)),
                            again=back, again_label=ctx.t("dashboard"))  # fmt: skip
    return None


def download(ctx: Ctx) -> Response:
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    fmt = ctx.request.path_params["fmt"]
    if (refused := _refuse_unknown_asks(ctx, stored, fmt)) is not None:
        return refused
    found = exporters()[fmt]
    unreviewed = ctx.request.query_params.get("unreviewed") == "1"
    both = ctx.request.query_params.get("lang", "").replace(" ", "+") == "zh+en"  # the English working text beside the Chinese
    table = ctx.request.query_params.get("layout") == "table"
    if both and not found.bilingual:
        raise Refused(400, "not_bilingual")
    if both and not ctx.web.english(ctx.store, stored):  # (the core's words name a command to run: not staff's here)
        raise Refused(400, "no_translation")
    view = load_consultation(ctx.store, stored.ref, include_unreviewed=unreviewed)
    # what goes to the legislature is in the draft's language, whatever the staff member reads
    # the pages in; a review format (the review page, the tracking sheet) is for staff: in theirs
    own = "en" if stored.profile.startswith("en") else "zh"
    lang = own if both or not found.review else ctx.lang if ctx.lang in ("zh", "en") else own
    try:
        data = export(view, fmt, options=ExportOptions(lang=lang, parallel="en" if both else "", include_unreviewed=unreviewed,
                                                       layout="table" if table else "articles",
                                                       association=association(ctx.store),
                                                       addressee=letter_line(ctx.store, "addressee"),
                                                       contact=letter_line(ctx.store, "contact"),
                                                       # dated where the association is (the app's time zone), not in UTC
                                                       timezone=ctx.web.timezone.key))  # fmt: skip
    except ExportError as exc:
        if exc.__cause__ is None:  # the exporter's own refusal: for staff to read
            raise
        # an exporter that broke: what broke (and where on the server) goes to the log, not the page
        ERRORS.error("export %s of %s failed: %s", fmt, stored.ref, exc, exc_info=exc.__cause__)
        raise Refused(500, "export_failed") from None
    what = _DOWNLOAD_NAMES.get(fmt, fmt)  # each format its own name: an amendment is not the submission
    # (the discussion copy with what nobody decided yet is named so: never mistaken for the one to send)
    name = (f"{stored.name}-{stored.version}-{what}{'-bilingual' if both else ''}{'-table' if table else ''}"
            f"{'-discussion' if unreviewed and found.position else ''}{found.suffix}")  # fmt: skip
    media = _MEDIA.get(found.suffix) or ("application/octet-stream" if found.binary else "text/plain; charset=utf-8")
    if ctx.request.query_params.get("view") == "1":
        if found.suffix != ".html":  # (a browser shows only a page; the others are saved)
            raise Refused(400, "view_html_only")
        # (a web trial could only save the review page, never read it in the browser)
        return Response(data, media_type=media, headers={"content-disposition": attachment(name).replace(
            "attachment;", "inline;", 1), "content-security-policy": _VIEWED})  # fmt: skip
    return Response(data, media_type=media, headers={"content-disposition": attachment(name)})


def adoption(ctx: Ctx) -> Response:
    """What the next reading made of the members' proposals on the last one and of the committee
    position, as `lawcomment adoption` prints it, in the page's language: for the second reading
    (or the first, of the one that superseded it)."""
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    pair = reading_pair(ctx, stored)
    later = ctx.store.successor(stored.ref)
    if pair is None:
        raise Refused(404, "no_adoption")
    old_s, new_s = pair
    report = ctx.web.adoption(ctx.store, old_s, new_s)
    found, position = list(report.outcomes), report.position
    members = {m.id: m for m in ctx.store.members()}
    copies = [c for c in ctx.store.comments(new_s.ref) if c.origin is not None]
    carried = {c.origin: c.id for c in copies if c.origin is not None}
    at = {c.id: c.anchor.article or "" for c in copies}  # each copy's article, to link to
    doc = adoption_dict(old_s.ref, new_s.ref, found, members, position, ctx.lang, carried, report.unjudged)
    # the citations without their ids, as members' pages cite: each of a split's too (第二十八条 (art_28)、第三十一条,
    # a trial's adoption page)
    plain = re.compile(r" \([\w-]+\)(?=$|[、，,])")

    def counts(by_state: dict[str, int]) -> str:
        joiner = "，" if ctx.lang == "zh" else ", "
        return joiner.join(f"{label(state, ctx.lang, 'adoption')} {n}" for state, n in by_state.items())

    # what the command line says after each verdict (its share of changes, the clause the new version left out,
    # where it put a 款, what it wrote instead…), its citations without their ids as the page's are
    lang = ctx.lang if ctx.lang in ("zh", "en") else "zh"
    notes = {o.comment.id: localized(verdict_note(o, lang), lang, ids=False) for o in found}
    # the committee position's rows too, as the command line says them (merged, placed, otherwise…)
    article_notes = {a.eid: localized(article_note(a, lang), lang, ids=False) for a in position.articles}
    return ctx.page("adoption.html", stored=stored, old=old_s, new=new_s, doc=doc, members=members,
                    old_name=reading_name(ctx, old_s), new_name=reading_name(ctx, new_s), share=share,
                    plain=lambda cited: localized(cited or "", "en", ids=False) if lang == "en" else
                    plain.sub("", cited or ""),
                    counts=counts, at=at, notes=notes,
                    article_notes=article_notes,
                    unjudged=unjudged_line(report.unjudged, lang, names={m: x.org for m, x in members.items() if x.org}),
                    # (the JSON's key for members of no working group, in the page's words: a zh page read (no group))
                    group_name=lambda g: ctx.t("no_group") if g == "(no group)" else g or "—")  # fmt: skip



def share(part: float) -> str:
    """A share as `lawcomment adoption` prints it (3 of 7: 43%, rounded as the command line's
    ``{:.0%}`` rounds; a trial's page cut it to 42%)."""
    return f"{part:.0%}"


def _posted_comment(ctx: Ctx, stored: StoredDraft) -> Comment:
    """The comment a staff form posts (its ``comment`` field), one of ``stored``'s; 404 for anything else."""
    cid = ctx.field("comment")
    try:
        c = ctx.store.get_comment(int(cid)) if cid.isascii() and cid.isdigit() and len(cid) <= 18 else None
    except StoreError:
        c = None
    if c is None or c.draft != stored.ref:
        raise Refused(404, "not_found")
    return c


def forward(ctx: Ctx) -> Response:
    """Put a member's remark in the submission (一、总体意见 for one on the whole draft), or keep it
    internal again, as `lawcomment comment forward [--undo]` does; asked twice, said once."""
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    c = _posted_comment(ctx, stored)
    if (stop := _replaced_refusal(ctx, stored, c.anchor.article)) is not None:
        return stop
    wanted = ctx.field("forward") == "1"
    # one carried forwarded from the last reading, forwarded there too: confirmed, as `comment forward`
    # run again confirms it (the warning that the last submission may have sent it is then answered)
    confirming = wanted and ctx.field("confirm") == "1" and c.forwarded and sent_before(ctx.store, c)
    own = "en" if stored.profile.startswith("en") else "zh"
    translation = ctx.field("translation").strip()
    if wanted and translation and written_in(c.body) != own:
        # a remark in another language than the letter's, forwarded with the staff's translation: the
        # translation goes out in its place, the member's words kept as its earlier state (comment edit --reason)
        if written_in(translation) != own:
            raise Refused(400, "translation_not_own")
        with ctx.store.transaction():  # (checked, translated and forwarded with no member's edit in between)
            c = ctx.store.get_comment(c.id)
            if ctx.field("seen") != _remark_seen(c):  # the remark as the page showed it: one edited since is never
                raise Refused(409, "comment_changed")  # translated over unseen (a stranger's review)
            c, _ = edit_comment(ctx.store, c.id, reason=translation)
            forward_comment(ctx.store, c.id, wanted)
    elif c.forwarded != wanted or confirming:
        forward_comment(ctx.store, c.id, wanted)
    if wanted and written_in(c.body) != own:
        # printed as written (a web trial's Chinese letter read 有会员提出：We propose that …, unsaid here)
        ctx.flash([ctx.t("forwarded_as_written", n=str(c.id))])
    # from an article's merged view (a remark on an article, which the dashboard does not list: a trial
    # found no way to forward one but the command line), back there, at its row
    article = c.anchor.article if ctx.field("from") == "article" else ""
    done = "forward_confirmed" if confirming else ("forward_done_article" if article else "forward_done") if wanted \
        else "unforward_done"  # fmt: skip
    if article:
        return ctx.back(f"/staff/d/{quote(stored.ref)}/a/{quote(article)}#member-comment-{c.id}", done)
    return ctx.back(f"/staff/d/{quote(stored.ref)}#remarks", done)


#: The characters an answer to a member's question may hold (the dashboard's box takes as many).
MAX_ANSWER = 500


def resolve_post(ctx: Ctx) -> Response:
    """Mark a member's open question or objection dealt with, its answer kept, as `lawcomment comment
    resolve ID --answer …` does: it leaves the dashboard's list (a trial's count never went down). One
    no longer open (resolved, edited or withdrawn since the page was drawn) is left as it is, said."""
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    c = _posted_comment(ctx, stored)
    if (stop := _replaced_refusal(ctx, stored, c.anchor.article)) is not None:
        return stop
    back = f"/staff/d/{quote(stored.ref)}#asked"
    if not _asks(c):
        ctx.flash([ctx.t("resolve_refused", n=str(c.id))])
        return ctx.back(back)
    answer = ctx.field("answer")
    if len(answer) > MAX_ANSWER:  # (refused, never cut: the member would read half an answer)
        message = ctx.t("too_long", what=ctx.t("resolve_answer"), n=f"{len(answer):,}", most=f"{MAX_ANSWER:,}")
        return ctx.page("error.html", 400, message=message, again=back)
    try:
        resolve_comment(ctx.store, c.id, answer)
    except LawcommentError as exc:
        if ctx.from_database(exc):
            raise
        return ctx.page("error.html", 400, message=localized(str(exc), ctx.lang, ids=False), again=back)
    ctx.flash([ctx.t("resolve_done", n=str(c.id))])
    return ctx.back(back)


def _article_comment(ctx: Ctx) -> tuple[StoredDraft, str, int]:
    """The draft, the article and the comment a merged view's form posts (its ``comment`` field),
    that comment one of that article's; 404 for anything else."""
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    eid = ctx.request.path_params["eid"]
    if eid not in ctx.web.shape(stored).place:
        raise Refused(404, "not_found")
    value = ctx.field("comment")
    cid = int(value) if value.isascii() and value.isdigit() and len(value) <= 18 else None
    if cid is None or not _on_page(ctx, stored, eid, cid):
        raise Refused(404, "not_found")
    return stored, eid, cid


def withdraw_post(ctx: Ctx) -> Response:
    """Withdraw a member's comment as staff (a test, a duplicate, a stray entry), or restore one
    withdrawn (``restore``), as `lawcomment comment withdraw ID` and `comment undo ID` do, logged as
    the staff user's: the page offered only 移至 and 列入提交稿, and a trial's stray comment took the
    command line. The comment is one of the article's, as the page showed it (``seen``: a change
    since is refused, 409); the member's page says staff withdrew it, and only staff restore it."""
    stored, eid, cid = _article_comment(ctx)
    if (stop := _replaced_refusal(ctx, stored, eid)) is not None:
        return stop
    back = f"/staff/d/{quote(stored.ref)}/a/{eid}"
    restoring = ctx.field("restore") == "1"
    said: list[str] = []
    with ctx.store.transaction():  # (checked and changed with no member's edit in between)
        c = ctx.store.get_comment(cid)
        if not ctx.has_field("seen") or ctx.field("seen") != _comment_seen(c):
            return ctx.page("error.html", 409, message=ctx.t("move_changed"), again=back)
        if restoring:
            if c.status is not Status.WITHDRAWN:
                return ctx.back(f"{back}#member-comment-{cid}", "")
            if _withdrawn_by_member(ctx, c):  # the member's own withdrawal: theirs to undo, not staff's
                return ctx.page("error.html", 409, message=ctx.t("member_withdrew_own"), again=back)
            undo_comment(ctx.store, cid, said)
        else:
            if c.status is not Status.OPEN:  # (superseded, orphaned, withdrawn: nothing staff withdraw here)
                return ctx.page("error.html", 409, message=ctx.t("move_not_open", n=str(cid)), again=back)
            withdraw_comment(ctx.store, cid, ctx.field("reason").strip()[:500], said)
    ctx.flash(said)
    return ctx.back(f"{back}#{'member-comment-' + str(cid) if restoring else 'comments'}",
                    "staff_restored" if restoring else "staff_withdrew_done")


def _withdrawn_by_member(ctx: Ctx, c: Comment) -> bool:
    """Whether withdrawn comment ``c`` was withdrawn by one of its own member's users in the web app."""
    history = ctx.store.revisions(c.id)
    last = history[-1] if history else None
    if last is None or last.action != "withdraw" or not last.actor.startswith("web:"):
        return False
    user = ctx.store.find_user(last.actor.removeprefix("web:"))
    return user is not None and user.member == c.member


def move(ctx: Ctx) -> Response:
    """Move a member's comment to another unit (a citation: 第八条第一款), as `lawcomment comment
    edit ID --at …` does, with the same call (:func:`lawcomment.consultation.edit_comment`), logged as
    the staff user's: the merge's wrong-article warning asks staff to, and the page had no way to
    (a trial). The comment is one of the article's, as the page showed it (``seen``: an edit or a
    move since is refused, 409); a citation this reading does not have is refused in the page's
    language, nothing moved."""
    stored, eid, cid = _article_comment(ctx)
    if (stop := _replaced_refusal(ctx, stored, eid)) is not None:
        return stop
    shape = ctx.web.shape(stored)
    back = f"/staff/d/{quote(stored.ref)}/a/{eid}"
    at = ctx.field("at").strip()

    def refused(status: int, key: str, **values: str) -> Response:
        # (the citation typed is in the message where it matters: not in a box labelled as a wording, a trial)
        return ctx.page("error.html", status, message=ctx.t(key, **values), again=back)

    if not ctx.has_field("seen"):  # (never moved unchecked: a script's, an old page's)
        return refused(409, "form_incomplete")
    if not at:
        return refused(400, "move_empty")
    if len(at) > 100:
        return refused(400, "move_unknown", at=at[:100] + "…")
    try:
        unit = resolve(shape.draft, at, stored.ref, index=shape.index)
    except LawcommentError:
        return refused(400, "move_unknown", at=at)
    with ctx.store.transaction():  # (checked and moved with no member's edit in between)
        c = ctx.store.get_comment(cid)
        if ctx.field("seen") != _comment_seen(c):
            return refused(409, "move_changed")
        if c.status in (Status.WITHDRAWN, Status.SUPERSEDED):
            return refused(409, "move_not_open", n=str(c.id))
        was = law_citation(shape.draft, c.anchor.eid, ctx.lang) if c.anchor.eid else ctx.t("whole_draft")
        if unit.eid == c.anchor.eid:
            ctx.flash([ctx.t("move_same", n=str(c.id), where=was)])
            return ctx.back(back)
        try:
            after, said = edit_comment(ctx.store, c.id, at=unit.eid)
        except NothingChanged:
            ctx.flash([ctx.t("move_same", n=str(c.id), where=was)])
            return ctx.back(back)
        except LawcommentError as exc:
            if ctx.from_database(exc):
                raise
            return ctx.page("error.html", 400, message=localized(str(exc), ctx.lang, ids=False), typed=at, again=back)
    now = law_citation(shape.draft, after.anchor.eid, ctx.lang) if after.anchor.eid else ctx.t("whole_draft")
    ctx.flash([ctx.t("moved", n=str(c.id), old=was, new=now), *said])
    article = after.anchor.article
    return ctx.back(f"/staff/d/{quote(stored.ref)}/a/{article}#member-comment-{c.id}" if article else f"/staff/d/{quote(stored.ref)}")


def _apart_said(ctx: Ctx, apart: str | None) -> str | None:
    """What :func:`lawcomment.exports.numbers_apart` found, in the page's language."""
    if apart is None or ctx.lang != "zh":
        return apart
    return apart.replace(" only in the draft's language", "仅见中文").replace(" only in the translation", "仅见英文") \
        .replace("; ", "；").replace(", ", "、")  # fmt: skip


def translate_post(ctx: Ctx) -> Response:
    """Give in the draft's language a new provision a member proposed in the English translation,
    as `lawcomment comment translate ID --text …` does (:func:`lawcomment.consultation.translate_comment`),
    logged as the staff user's: the page showed it striking the whole English article, offered no way to
    take it, and it went out in no submission (a web trial). It is then a new unit to accept or reject.
    The comment is one of the article's, as the page showed it (``seen``: a change since is refused,
    409); what staff typed comes back with any refusal."""
    stored, eid, cid = _article_comment(ctx)
    if (stop := _replaced_refusal(ctx, stored, eid)) is not None:
        return stop
    back = f"/staff/d/{quote(stored.ref)}/a/{eid}"
    text = ctx.field("text").strip()

    def refused(status: int, message: str) -> Response:
        return ctx.page("error.html", status, message=message, typed=text, again=f"{back}#member-comment-{cid}")

    if not ctx.has_field("seen"):
        return refused(409, ctx.t("form_incomplete"))
    if not text:
        return refused(400, ctx.t("translate_empty"))
    if len(text) > MAX_WORDING:
        return refused(400, ctx.t("too_long", what=ctx.t("proposal"), n=f"{len(text):,}", most=f"{MAX_WORDING:,}"))
    with ctx.store.transaction():  # (checked and given with no member's edit in between)
        c = ctx.store.get_comment(cid)
        if ctx.field("seen") != _comment_seen(c):
            return refused(409, ctx.t("comment_changed"))
        try:
            _, said = translate_comment(ctx.store, c.id, text)
        except LawcommentError as exc:
            if ctx.from_database(exc):
                raise
            return refused(400, localized(str(exc), ctx.lang, ids=False))
    ctx.flash([localized(w, ctx.lang, ids=False) for w in said])
    return ctx.back(f"{back}#member-comment-{cid}", "translated")


def routes(web: Web) -> list[Route]:
    return [
        route(web, "/staff/d/{ref}", dashboard, staff=True),
        route(web, "/staff/d/{ref}/a/{eid}", merged, staff=True),
        route(web, "/staff/d/{ref}/a/{eid}/decide", decide_post, methods=("POST",), staff=True),
        route(web, "/staff/d/{ref}/a/{eid}/move", move, methods=("POST",), staff=True),
        route(web, "/staff/d/{ref}/a/{eid}/translate", translate_post, methods=("POST",), staff=True),
        route(web, "/staff/d/{ref}/a/{eid}/withdraw", withdraw_post, methods=("POST",), staff=True),
        route(web, "/staff/d/{ref}/deadline", deadline, methods=("POST",), staff=True),
        route(web, "/staff/d/{ref}/letter", letter, methods=("POST",), staff=True),
        route(web, "/staff/d/{ref}/forward", forward, methods=("POST",), staff=True),
        route(web, "/staff/d/{ref}/resolve", resolve_post, methods=("POST",), staff=True),
        route(web, "/staff/d/{ref}/adoption", adoption, staff=True),
        route(web, "/staff/d/{ref}/export/{fmt}", download, staff=True),
    ]
