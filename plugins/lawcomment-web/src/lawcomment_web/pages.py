"""The pages every signed-in user has (and sign-in and sign-up): the consultations, a draft's
contents and search, the article page where a member's users comment and propose wording, and
their company's own comments, which only they (and staff) see."""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import unicodedata
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.responses import FileResponse, RedirectResponse, Response
from starlette.routing import Route

from lawcomment import (Comment, Draft, Kind, LawcommentError, NewComment, NothingChanged, Role, SourceKind, Stance, Status,
                        StoreError, Unit, UnsafeDocumentError, drawn_segments)
from lawcomment.consultation import (
    add_comment,
    carry_check,
    earlier_quote,
    draft_positions,
    edit_comment,
    fell_to_article,
    import_comments,
    stored_alignment,
    undo_comment,
    withdraw_comment,
    write_form,
    written_on,
)
from lawcomment.drafts import law_citation, resolve
from lawcomment.exports import decided_label, label, localized, review_pieces
from lawcomment.records import StoredDraft
from lawcomment.review import (Adoption, Outcome, applied_decisions, closing_mark, full_width, kept_mark, one_item_wording,
                               outcomes, placed_by_staff)

from . import auth
from .app import HERE, IMPORT_WAIT, Ctx, Refused, Web, attachment, route

STANCES = ("amend", "delete", "support", "oppose", "question", "comment")
#: Stances a member may post: the five of the form on a unit, and a new provision after the article.
POSTED = (*STANCES, "insert")
#: The most characters a member's reason, or wording, may hold (about ten pages; a whole
#: article is seldom over 3,000): more is a paste gone wrong, refused with a message.
MAX_REASON, MAX_WORDING = 20_000, 50_000


def sep(draft: Draft) -> str:
    return " " if draft.profile.startswith("en") else ""


def segments(old: str, new: str) -> list[tuple[str, str]]:
    """The redline of ``old`` → ``new`` as (kind, text): "", "del" or "ins" (the core's
    CJK-aware diff, so a change of one character is one character, but a number changed drawn
    whole with its measure word: a strike through 二 reads as 三)."""
    return drawn_segments(old, new)


def today(ctx: Ctx) -> str:
    """Today where the consultation runs (``serve --timezone``): a deadline is a day there."""
    return datetime.now(ctx.web.timezone).date().isoformat()


def closed(ctx: Ctx, stored: StoredDraft) -> bool:
    """Comments closed: the deadline (a day, inclusive, in the consultation's time zone) has
    passed, or a later reading supersedes this one (members comment on that one)."""
    return (stored.deadline is not None and today(ctx) > stored.deadline) or later_reading(ctx, stored) is not None


def later_reading(ctx: Ctx, stored: StoredDraft) -> StoredDraft | None:
    """The reading that superseded ``stored``, or None."""
    return ctx.store.successor(stored.ref)


def get_draft(ctx: Ctx, ref: str) -> StoredDraft:
    try:
        return ctx.store.get_draft(ref)
    except StoreError:
        raise Refused(404, "not_found") from None


def own_comment(ctx: Ctx, cid: str, *, to_change: bool = False) -> Comment:
    """A comment of the user's own company (staff may read any): anything else is not found,
    so that ids reveal nothing of other companies. ``to_change``: a member changes only its
    open comments (one staff resolved, or the next version adopted, stays as it is)."""
    try:
        c = ctx.store.get_comment(int(cid)) if cid.isascii() and cid.isdigit() and len(cid) <= 18 else None
    except StoreError:
        c = None
    if c is None or (c.member != ctx.user.member and not ctx.is_staff):
        raise Refused(404, "not_found")
    if to_change and not ctx.is_staff:
        _refuse_unchangeable(ctx, c)
    return c


class _Conflict(Exception):
    """A change of a comment refused (409) with a message in the member's language: the article
    page shows it, the edit form open again with what the member typed."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _refuse_unchangeable(ctx: Ctx, c: Comment, *, withdrawing: bool = False) -> None:
    """Refused (:class:`_Conflict`) when the member may not change or withdraw ``c`` now, saying
    why: withdrawn (by whom: a colleague's can be restored first), replaced by the company's newer
    wording there, dealt with by staff, put in the submission by staff, or decided on by the committee."""
    if c.status is Status.WITHDRAWN:
        names = _company_names(ctx)
        history = ctx.store.revisions(c.id)
        why = _withdrawn_by_staff(history, names)
        if withdrawing:  # (a page drawn before a colleague, or staff, withdrew it)
            who = _name_of(names, history[-1].actor) if not why else ""
            if why == "earlier_withdrawn_why":
                raise _Conflict(ctx.t("earlier_withdrawn"))
            # (what staff withdrew only staff bring back: no 恢复 offered for it)
            raise _Conflict(ctx.t("already_withdrawn", who=who) if who else ctx.t("already_withdrawn_by_staff"))
        if why:
            raise _Conflict(ctx.t(why.removesuffix("_why")))
        raise _Conflict(ctx.t("colleague_withdrew", who=_name_of(names, history[-1].actor)))
    if c.status is Status.SUPERSEDED:
        newer = next((x.id for x in ctx.store.comments(c.draft, article=c.anchor.article or None, member=c.member)
                      if x.supersedes == c.id), None)  # fmt: skip
        if newer is not None:
            raise _Conflict(ctx.t("superseded_by", n=str(newer)))
    if c.status is not Status.OPEN:
        raise _Conflict(ctx.t("not_open"))
    if c.forwarded:  # what the submission prints is staff's (a trial's member rewrote a forwarded remark unseen)
        raise _Conflict(ctx.t("locked_forwarded"))
    stored = get_draft(ctx, c.draft)
    if c.anchor.article and c.id in _decided(ctx, stored, c.anchor.article, [c])[1] \
            and c.id not in carried_decided(ctx, stored, c.anchor.article, [c.id]):  # fmt: skip
        # changing it now would quietly undo the decision (and leave its reason behind); one carried from
        # the last reading stood on words the member may always change here: it then stands no more (said)
        raise _Conflict(ctx.t("locked"))


def carried_decided(ctx: Ctx, stored: StoredDraft, eid: str, cids: Collection[int]) -> set[int]:
    """Those of ``cids`` (the company's comments on article ``eid``) that only decisions carried
    from the last reading decide: the committee decided on the member's words at that reading, and
    the member may still change or withdraw them at this one (a carried decision locked them, a
    trial's); the decision then stands no more, the member told so and staff shown it to decide again."""
    decisions = {d.id: d for d in ctx.store.decisions(stored, target=eid)} if eid and cids else {}
    if all(d.origin is None for d in decisions.values()):  # (none carried: one look-up, no merge)
        return set()
    (position,) = draft_positions(ctx.store, stored, eid)
    applied = applied_decisions(position)
    by: dict[int, set[int]] = {}

    def add(proposals: Iterable[str], decision: int | None) -> None:
        for p in (p for group in proposals for p in group.split("+")):
            if decision is not None and decision in applied and p[1:].isdigit() and int(p[1:]) in cids:
                by.setdefault(int(p[1:]), set()).add(decision)

    for ch in position.changes:
        add(ch.change.proposals, ch.decision)
    for x in position.conflicts:
        add([p for a in x.conflict.alternatives for p in a.proposals], x.decision)
    for i in position.insertions:
        add([f"#{n}" for n in i.comments], i.decision)
    if position.final is not None:  # (a final wording takes every change of the article)
        add([f"#{n}" for n in cids], position.final.id)
    return {cid for cid, ds in by.items() if all(d in decisions and decisions[d].origin is not None for d in ds)}


def seen_of(c: Comment) -> str:
    """What the page showed of comment ``c`` (its wording, reason, kind and place), as a short
    digest its edit form sends back: an edit from a page drawn before a colleague's edit is
    refused, never saved over it unseen."""
    said = [c.proposed_text, c.body, str(c.stance), c.anchor.eid, c.lang]
    return hashlib.sha256(json.dumps(said, ensure_ascii=False).encode()).hexdigest()[:16]


def _refuse_stale_edit(ctx: Ctx, c: Comment, *, withdrawing: bool = False) -> None:
    """An edit (or a withdrawal) sent from a page drawn before the comment changed (a colleague's
    edit), or with no digest of what it showed: refused (409), saying who changed it; the page then
    shows the comment as it is now and the form what the member typed. A withdrawal is checked as an
    edit is: a trial's 撤回 from a stale page withdrew a colleague's new words the user never saw."""
    if not ctx.has_field("seen"):  # (never skipped for a form that leaves it out)
        raise _Conflict(ctx.t("form_incomplete"))
    if ctx.field("seen") == seen_of(c):
        return
    names = _company_names(ctx)
    edits = [r for r in ctx.store.revisions(c.id) if r.action == "edit"]
    who = (_name_of(names, edits[-1].actor) or ctx.t("staff_who")) if edits else ctx.t("someone")
    raise _Conflict(ctx.t("edited_meanwhile_withdraw" if withdrawing else "edited_meanwhile", who=who))


def _refuse_changed_meanwhile(ctx: Ctx, c: Comment, *, withdrawing: bool = False) -> None:
    """In the change's transaction, ``c`` as it is now: one a colleague withdrew (or staff dealt
    with) since the checks before it began is refused as it would have been then, in the member's
    words (a trial's edit racing a withdrawal got the core's English refusal, naming a command)."""
    if (c.status is not Status.OPEN or c.forwarded) and not ctx.is_staff:  # (staff forwarded it since)
        _refuse_unchangeable(ctx, c, withdrawing=withdrawing)


def _company_names(ctx: Ctx) -> dict[str, str]:
    """The company's users by login, each as the pages name them (their name, else their login)."""
    return {u.login: u.name or u.login for u in ctx.store.users(ctx.user.member)}


def _name_of(names: dict[str, str], actor: str) -> str:
    """Who ``actor`` (web:li) is as the pages name them: one of the company's users by name, anyone else as staff."""
    login = actor.removeprefix("web:")
    return names[login] if actor.startswith("web:") and login in names else ""


@dataclass(frozen=True)
class Node:
    """One line of the contents: a container (编/章/节) or an article, at a depth."""

    depth: int
    unit: Unit
    first_line: str
    mine: int = 0
    label: str = ""  # in English, for a reader of the English working text: Article 12, Chapter I General Provisions
    text_lang: str = "zh"  # the language of its first line: the draft's, or English where the translation gives it


def contents(draft: Draft, counts: dict[str, int], english: dict[str, tuple[str, str]] | None = None,
             cite_en: bool = False) -> list[Node]:
    """The draft's contents; with ``english`` (the English working text of each unit, for a member who
    reads the pages in English), its articles cited and its chapters named in English, each article's
    first line in English where the translation has it (a trial's English member found the contents
    Chinese only); with ``cite_en`` alone (a Chinese draft without one, read in English), its articles
    and chapters cited in English, the Chinese beside (an English page listed 第一条, 第一章 总则)."""
    out: list[Node] = []
    in_english = english is not None or cite_en

    def visit(unit: Unit, depth: int) -> None:
        if unit.kind is Kind.ARTICLE:
            text = unit.body(sep(draft)).split("\n", 1)[0]
            label = law_citation(draft, unit.eid, "en") if in_english else ""
            text_lang = "en" if draft.profile.startswith("en") else "zh"
            if english is not None and (given := english.get(unit.eid, ("", ""))[1].split("\n", 1)[0]):
                text, text_lang = given, "en"
            cut = 80 if english is not None else 40  # (English takes twice the characters)
            out.append(Node(depth, unit, text[:cut] + ("…" if len(text) > cut else ""), counts.get(unit.eid, 0), label,
                            text_lang))
        elif unit.kind.is_container or unit.kind in (Kind.ANNEX, Kind.PREAMBLE):
            named = english.get(unit.eid, ("", ""))[0] if english is not None else ""
            if in_english and not named and unit.kind.is_container:
                named = law_citation(draft, unit.eid, "en")
            out.append(Node(depth, unit, "", label=named))
            for child in unit.children:
                visit(child, depth + 1)

    for unit in draft.units:
        visit(unit, 0)
    return out


def _cite_en(ctx: Ctx, stored: StoredDraft) -> bool:
    """Whether the page cites a Chinese draft's units in English: read in English."""
    return ctx.lang == "en" and not stored.profile.startswith("en")


def commentable(unit: Unit) -> list[tuple[int, Unit]]:
    """The article and its 款, 项 and 目, each with its depth under the article."""
    out: list[tuple[int, Unit]] = []

    def visit(u: Unit, depth: int) -> None:
        out.append((depth, u))
        for child in u.children:
            if child.kind is not Kind.TABLE:
                visit(child, depth + 1)

    visit(unit, 0)
    return out


# -- sign-in, sign-up, sign-out, language -----------------------------------------------------
def signin_page(ctx: Ctx) -> Response:
    if ctx.session is not None:
        return RedirectResponse("/", status_code=303)
    return ctx.page("signin.html", next=_next(ctx.request.query_params.get("next", "/")))


def _next(target: str) -> str:
    """Where to go after signing in: a path of this site only (never another host)."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


#: Sign-up's refusals as an English page words them, by :func:`_signup_key`.
_EN_SIGNUP = {"taken": "The login “{login}” is taken: choose another."}


def _signup_key(said: str) -> str:
    return "taken" if re.fullmatch(r"user '[^']*' already exists", said) else ""


def signin(ctx: Ctx) -> Response:
    login, password = ctx.field("login").strip(), ctx.field("password")
    address = ctx.request.client.host if ctx.request.client else ""
    target = _next(ctx.field("next", "/"))
    if len(login) > 200 or len(password) > 1024:  # (no one's; refused before anything is kept or hashed)
        return ctx.page("signin.html", 400, next=target, error=ctx.t("bad_sign_in"), login=login[:200])
    with ctx.web.signing_in(login):  # (counted, checked and noted as one step: never many passwords at once)
        if auth.too_many_failures(ctx.store, login, address):
            return ctx.page("signin.html", 429, next=target, error=ctx.t("too_many"), login=login)
        user = ctx.store.find_user(login) if login else None
        if not auth.check_password(user, password) or user is None or user.disabled:
            ctx.store.sign_in_failed(login, address)
            return ctx.page("signin.html", 400, next=target, error=ctx.t("bad_sign_in"), login=login)
    earlier = auth.unsign(ctx.web.key, ctx.request.cookies.get(auth.SESSION_COOKIE), auth.SESSION_COOKIE)
    if earlier:  # signing in again (as another user, or the same) ends the session the browser had
        ctx.store.end_session(auth.digest(earlier))
    token, _ = auth.start_session(ctx.store, user)  # a new session id at every sign-in
    response = RedirectResponse(target, status_code=303)
    ctx.cookies.append((auth.SESSION_COOKIE, auth.sign(ctx.web.key, token, auth.SESSION_COOKIE), {}))
    if user.lang in ("zh", "en") and ctx.request.cookies.get("lang") != user.lang:
        # the user's language kept in the browser too: a page drawn once the session has ended (a form sent
        # after it expired) is in the language they read, not the browser's (a trial's read "Forbidden")
        ctx.cookies.append(("lang", user.lang, {"max_age": 365 * 86400}))
    return response


def signout(ctx: Ctx) -> Response:
    token = auth.unsign(ctx.web.key, ctx.request.cookies.get(auth.SESSION_COOKIE), auth.SESSION_COOKIE)
    if token:
        ctx.store.end_session(auth.digest(token))
    response = RedirectResponse("/signin", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE, path="/")
    return response


def invitation_page(ctx: Ctx) -> Response:
    found = ctx.store.invitation(auth.digest(ctx.request.path_params["token"]))
    if found is None:
        raise Refused(404, "not_found")
    if found.used_at is not None or found.expires <= auth.stamp(auth.utcnow()):
        raise Refused(410, "invitation_spent")  # (a link once given: saying so tells a guesser nothing)
    member = ctx.store.get_member(found.member)
    ctx.company_lang(member)  # (a new user of an English-speaking company signs up in English)
    return ctx.page("signup.html", org=member.org or member.id)


def accept_invitation(ctx: Ctx) -> Response:
    token = ctx.request.path_params["token"]
    found = ctx.store.invitation(auth.digest(token))
    if found is None:
        raise Refused(404, "not_found")
    if found.used_at is not None or found.expires <= auth.stamp(auth.utcnow()):
        raise Refused(410, "invitation_spent")
    member = ctx.store.get_member(found.member)
    ctx.company_lang(member)
    login, name = ctx.field("login").strip(), ctx.field("name").strip()
    password, again = ctx.field("password"), ctx.field("password_again")
    values = {"org": member.org or member.id, "login": login, "name": name}
    if password != again:
        return ctx.page("signup.html", 400, error=ctx.t("passwords_differ"), **values)
    if member.role is not Role.STAFF and auth.looks_like_staff(name or login):  # (the pages show the login without a name)
        # a member's user named 周秘书 · 工作人员 would read as staff beside every comment (a trial)
        return ctx.page("signup.html", 400, error=ctx.t("name_like_staff"), **values)
    try:
        # no language kept as the user's: signing up chooses none (the language switch does); kept, the page's
        # (the browser's) outranked the company's for good (an English-speaking company's users read Chinese)
        user = ctx.store.accept_invitation(auth.digest(token), login, auth.hash_password(password), name=name)
    except StoreError as exc:
        if ctx.from_database(exc):
            raise
        said = localized(str(exc), ctx.lang, ids=False)
        if ctx.lang == "en":  # (a web trial's English sign-up read the store's own lower-case words)
            key = _signup_key(said)
            said = _EN_SIGNUP[key].format(login=login) if key else said[:1].upper() + said[1:] + ("" if said.endswith(".") else ".")
        return ctx.page("signup.html", 400, error=said, **values)
    token, _ = auth.start_session(ctx.store, user)
    ctx.cookies.append((auth.SESSION_COOKIE, auth.sign(ctx.web.key, token, auth.SESSION_COOKIE), {}))
    return RedirectResponse("/", status_code=303)


def set_lang(ctx: Ctx) -> Response:
    lang = ctx.field("lang")
    if lang not in ("zh", "en"):
        raise Refused(400, "unknown_lang")  # (never "something went wrong": a trial's made-up lang=fr)
    if ctx.session is not None:
        ctx.store.set_user(ctx.user.login, lang=lang)
    ctx.cookies.append(("lang", lang, {"max_age": 365 * 86400}))
    return RedirectResponse(_next(ctx.field("next", "/")), status_code=303)


# -- consultations and drafts ----------------------------------------------------------------------
def home(ctx: Ctx) -> Response:
    drafts = ctx.store.drafts()
    # a reading a later one superseded: listed, marked, its comments carried to the later one
    later = {d.ref: found for d in drafts if (found := later_reading(ctx, d)) is not None}
    # which reading each is (第一稿, 第二稿 …, by the chain of --supersedes), and its version: two
    # readings of one law have one title (a trial's home page listed two identical links)
    earlier = {after.ref: d.ref for d, after in ((d, later[d.ref]) for d in drafts if d.ref in later)}

    def nth(ref: str) -> int:
        n, seen = 1, {ref}
        while (ref := earlier.get(ref, "")) and ref not in seen:
            seen.add(ref)
            n += 1
        return n

    readings = {d.ref: nth_reading(ctx, nth(d.ref), d.version) for d in drafts}
    # in English, a draft with an English working text is listed by its English title too
    titles = {d.ref: title for d in drafts if ctx.lang == "en" and (title := ctx.web.english_title(ctx.store, d))}
    return ctx.page("home.html", drafts=drafts, today=today(ctx), later=later, readings=readings, titles_en=titles)


_NUMERALS = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十")


def nth_reading(ctx: Ctx, n: int, version: str) -> str:
    """The ``n``-th reading of version ``version`` as every page names it: 第二稿（v2）, reading 2 (v2)."""
    return ctx.t("reading_n", n=_NUMERALS[n] if ctx.lang == "zh" and n < len(_NUMERALS) else str(n), v=version)


def reading_name(ctx: Ctx, stored: StoredDraft) -> str:
    """Which reading ``stored`` is, by the chain of ``--supersedes`` (第一稿（v1）, 第二稿（v2）), as the
    home page names it: two readings of one law share a title, and a ref (patrule@2) is the store's
    id, not the staff's or the members' name for it."""
    n, seen, ref = 1, {stored.ref}, stored.ref
    while (before := ctx.store.predecessor(ref)) is not None and before.ref not in seen:
        seen.add(before.ref)
        ref = before.ref
        n += 1
    return nth_reading(ctx, n, stored.version)


def draft_page(ctx: Ctx) -> Response:
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    draft = ctx.web.shape(stored).draft
    mine = ctx.store.comments(stored, member=ctx.user.member)
    counts: dict[str, int] = {}
    for c in mine:
        if c.status not in (Status.WITHDRAWN, Status.SUPERSEDED) and c.anchor.article:
            counts[c.anchor.article] = counts.get(c.anchor.article, 0) + 1
    q = ctx.request.query_params.get("q", "").strip()[:100]
    hits: list[tuple[str, str, str, str, str, str]] = []
    if q:
        # the English working text too, for a member who reads it (a trial found "consent" nowhere)
        english = ctx.web.english(ctx.store, stored)
        lang = "en" if ctx.lang == "en" or stored.profile.startswith("en") else "zh"

        def chinese(u: Unit) -> str:
            return u.body(sep(draft))

        def translated(u: Unit) -> str:
            return english.get(u.eid, ("", ""))[1]

        for view in draft.articles():
            for text in (chinese, translated):
                body = text(view.unit)
                at = body.lower().find(q.lower())
                if at >= 0:  # the words found marked (as text: the template escapes all three parts)
                    # cited at the 款 they are in, as the law cites it, and linked to it; the one 款 of an article
                    # is the article (第十二条, Article 12, never 第十二条第一款)
                    paras = [k for k in view.unit.children if k.kind is Kind.PARAGRAPH]
                    where = next((k.eid for k in paras if len(paras) > 1 and q.lower() in text(k).lower()),
                                 view.unit.eid)  # fmt: skip
                    hits.append((view.unit.eid, where, law_citation(draft, where, lang), body[max(0, at - 20):at],
                                 body[at:at + len(q)], body[at + len(q):at + len(q) + 40]))  # fmt: skip
                    break
    in_english = ctx.web.english(ctx.store, stored) if ctx.lang == "en" else {}
    nodes = contents(draft, counts, in_english or None, _cite_en(ctx, stored))
    return ctx.page("draft.html", **draft_values(ctx, stored), nodes=nodes, q=q, hits=hits[:200],
                    mine=len([c for c in mine if c.status is not Status.WITHDRAWN]))  # fmt: skip


#: What a remark on the whole draft (总体意见) may be: a remark, support or opposition, never a
#: wording (which names its article), as the core takes one cited 全文.
REMARK_STANCES = ("comment", "support", "oppose", "question")


def on_whole_draft(ctx: Ctx, c: Comment) -> bool:
    """Whether ``c`` is a remark on the whole draft (总体意见): on no unit, a remark's stance, and, carried
    from the last reading, one on no unit there too. A comment carried from an article the new reading
    deleted is on no unit either, and never a remark on the whole draft (a web trial's deletion of 第九条,
    adopted, read 总体意见 · 删除 on the new reading: as if the company asked the whole law deleted)."""
    if c.anchor.eid is not None or c.stance.value not in REMARK_STANCES:
        return False
    written = _written_on(ctx, c) if c.origin is not None else None
    return written is None or written[1].anchor.eid is None


def draft_values(ctx: Ctx, stored: StoredDraft) -> dict[str, Any]:
    """What the draft's page shows besides its contents: the company's remarks on the whole draft
    (总体意见), withdrawn ones too, to withdraw or bring back, and the form for a new one."""
    remarks = [c for c in ctx.store.comments(stored, member=ctx.user.member) if on_whole_draft(ctx, c)
               and c.status not in (Status.SUPERSEDED, Status.ORPHANED) and (ctx.is_staff or c.member == ctx.user.member)]  # fmt: skip
    names = _company_names(ctx) if not ctx.is_staff else {}
    shown = [(c, names.get(c.source.author or "", c.source.author or ""),
              c.status is Status.WITHDRAWN and not _withdrawn_by_staff(ctx.store.revisions(c.id), names))
             for c in remarks]  # fmt: skip
    later = later_reading(ctx, stored)
    # (the later reading named as the article page names it: the notice's words ask for {reading}; given a
    # title, the page failed, 500, for every reading a later one replaced: a web trial's screenshot)
    return {"stored": stored, "draft": ctx.web.shape(stored).draft, "closed": closed(ctx, stored), "remarks": shown,
            "remark_stances": REMARK_STANCES, "later": later, "typed": {}, "seen_of": seen_of,
            "later_reading": reading_name(ctx, later) if later is not None else ""}  # fmt: skip


def remark(ctx: Ctx) -> Response:
    """A remark on the whole draft (总体意见), support or opposition of it: the core's comment cited
    全文, which staff may forward to go out under the submission's 一、总体意见."""
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    stance, reason = ctx.field("stance", "comment"), ctx.field("reason")
    if stance not in REMARK_STANCES:
        raise Refused(400, "bad_stance")
    typed = {"stance": stance, "reason": reason}
    try:
        _refuse_if_closed(ctx, stored)
        if ctx.is_staff:
            raise StoreError(ctx.t("staff_no_comment"))
        if not reason.strip():
            raise StoreError(ctx.t("no_remark"))
        _refuse_too_long(ctx, "", reason)
        _refuse_controls(ctx, ctx.t("whole_draft"), reason=reason)
        cid, said = add_comment(ctx.store, stored, ctx.user.member, WHOLE_DRAFT, reason=reason, stance=stance,
                                source=SourceKind.WEB, author=ctx.user.login)  # fmt: skip
    except LawcommentError as exc:
        if ctx.from_database(exc):
            raise
        if isinstance(exc, NothingChanged):
            return ctx.back(f"/d/{quote(stored.ref)}#remarks", "sent_already")
        draft = ctx.web.shape(stored).draft
        return ctx.page("draft.html", 400, **{**draft_values(ctx, stored), "typed": typed},
                        error=localized(str(exc), ctx.lang, ids=False), nodes=contents(draft, {}, cite_en=_cite_en(ctx, stored)),
                        q="", hits=[], mine=0)  # fmt: skip
    ctx.flash(said)
    return ctx.back(f"/d/{quote(stored.ref)}#c{cid}", "added")


#: How the core cites the whole draft (a remark on it is anchored at no unit).
WHOLE_DRAFT = "全文"


def article_values(ctx: Ctx, stored: StoredDraft, eid: str) -> dict[str, Any]:
    shape = ctx.web.shape(stored)
    draft, index, articles = shape.draft, shape.index, shape.articles
    unit = index.get(eid)
    if unit is None or unit.kind is not Kind.ARTICLE:
        raise Refused(404, "not_found")
    at = shape.place[eid]
    # who wrote each comment and who changed it last, by their names (the company's users)
    names = {u.login: u.name or u.login for u in ctx.store.users(ctx.user.member)} if not ctx.is_staff else {}
    found = ctx.store.comments(stored, article=eid, member=ctx.user.member, include_superseded=True)
    if not ctx.is_staff:
        found = [c for c in found if c.member == ctx.user.member]
    # a wording a colleague's newer one replaced stays listed, said so (a trial's member saw theirs vanish)
    replaced = replaced_by_colleagues(ctx, found, names)
    live = [c for c in found if c.status is not Status.SUPERSEDED]
    own = [c for c in found if c.status is not Status.SUPERSEDED or c.id in replaced]
    is_closed = closed(ctx, stored)
    # what the committee decided locks a wording (own_comment refuses a change): no button offers
    # one; the decision itself shows once comments are closed (one look-up serves both)
    decided, settled = _decided(ctx, stored, eid, live) if is_closed or not ctx.is_staff else ({}, {})
    # one rule for the card's state, the lock and the tracking sheet: any piece staff settled
    locked = {c.id: settled[c.id] for c in own if c.status is Status.OPEN and c.id in settled}
    # (decided at the last reading only: the member may still change or withdraw it, told what that does)
    carried_locks = carried_decided(ctx, stored, eid, list(locked)) if locked and not is_closed else set()
    fates = decided if is_closed else {}
    english = ctx.web.english(ctx.store, stored)
    shown = []
    for c in own:
        target = index.get(c.anchor.eid or "")
        parts = _redline_of(ctx, stored, c)
        edits = [r for r in ctx.store.revisions(c.id) if r.action == "edit"] if c.updated else []
        # the company's own user by name; anyone else (staff at the command line) as staff, never by login
        last = edits[-1].actor if edits else ""
        editor = names.get(last.removeprefix("web:"), ctx.t("staff")) if last else ""
        # 恢复 only for what the company itself withdrew: what staff took out (a duplicate, or with
        # its file's import) is staff's to bring back, and the card says why it is withdrawn
        history = ctx.store.revisions(c.id) if c.status is Status.WITHDRAWN else []
        undone = _withdrawn_by_staff(history, names) if c.status is Status.WITHDRAWN else ""
        if ctx.is_staff and undone in ("staff_withdrew_why", "earlier_withdrawn_why"):  # (staff know no company's users)
            undone = ""
        restorable = c.status is Status.WITHDRAWN and not undone
        # the colleague who withdrew it, by name (a trial's card said 已撤回 and no more)
        withdrawer = _name_of(names, history[-1].actor) if restorable and history else ""
        # (a withdrawn comment has no outcome: the committee decided on words no longer proposed, and the card
        # read "withdrawn by staff" above "Committee: superseded by the committee's wording", a web trial's)
        fate = fates.get(c.id, "") if c.status is not Status.WITHDRAWN else ""
        shown.append((c, parts, target, fate, locked.get(c.id, ""),
                      names.get(c.source.author or "", c.source.author or ""), editor, restorable, undone, withdrawer))
    later = later_reading(ctx, stored)
    return {"stored": stored, "draft": draft, "unit": unit, "units": commentable(unit), "sep": sep(draft), "cite": _citing(draft),
            "where": placed(ctx, draft), "quoted": partial(quoted, ctx),
            "previous": articles[at - 1] if at else None, "next": articles[at + 1] if at + 1 < len(articles) else None,
            "comments": shown, "replaced": replaced, "closed": is_closed, "later": later, "carried_decided": carried_locks,
            "later_reading": reading_name(ctx, later) if later is not None else "",
            "later_article": followed_to(ctx, stored, later, eid) if later is not None else None,
            "own_words": partial(own_words, ctx, stored), "preview_of": partial(_preview_of, ctx, stored),
            "translated_from": partial(translated_from, ctx),
            "stances": STANCES, "index": index,
            "earlier": earlier_reading(ctx, stored, eid), "english": english, "seen_of": seen_of,
            "carried": partial(carried_note, ctx, stored),
            "adopted": _adopted_here(ctx, stored, [c for c, *_ in shown]),
            "english_merged": _merged_english(ctx, stored, unit)}  # fmt: skip


def followed_to(ctx: Ctx, stored: StoredDraft, later: StoredDraft, eid: str) -> tuple[str, str] | None:
    """Where article ``eid`` of ``stored`` stands in the reading that replaced it, by the alignment the
    carry used: its eid there and its label (第九条), or None when the new reading deleted it (or
    split it among several articles: no one place to send a member to)."""
    entry = ctx.web.alignment(ctx.store, stored, later).by_old().get(eid)
    if entry is None or len(entry.new) != 1:
        return None
    shape = ctx.web.shape(later)
    unit = shape.index.get(entry.new[0])
    # named in the page's language (an English page read "Go to 第九条 of reading 2")
    return (unit.eid, law_citation(shape.draft, unit.eid, ctx.lang)) if unit is not None else None


@dataclass(frozen=True)
class Replaced:
    """A company's wording that a newer one of the company at the same place replaced (the core's
    rule: a company keeps its latest wording there), given by someone other than its author."""

    by: int  # the newer comment
    who: str  # who gave it, as the pages name them (a colleague by name, anyone else as staff)
    at: str  # when, in the consultation's time zone


def replaced_by_colleagues(ctx: Ctx, comments: Iterable[Comment], names: dict[str, str]) -> dict[int, Replaced]:
    """Of ``comments``, those another user (a colleague, or staff) replaced with a newer wording of
    the company's, by id. A user's own earlier wordings, which they replaced themselves, are not
    among them: they know."""
    out: dict[int, Replaced] = {}
    for c in comments:
        if c.status is not Status.SUPERSEDED:
            continue
        rev = next((r for r in reversed(ctx.store.revisions(c.id)) if r.action == "supersede"), None)
        by = rev.data.get("by") if rev is not None else None
        if rev is None or not isinstance(by, int | str) or not str(by).isdigit():
            continue
        if rev.actor.startswith("web:") and rev.actor.removeprefix("web:") == (c.source.author or ""):
            continue
        out[c.id] = Replaced(int(by), _name_of(names, rev.actor) or ctx.t("staff_who"), local_time(ctx, rev.at))
    return out


def local_time(ctx: Ctx, stamp: str) -> str:
    """A stored time (UTC, 2026-12-05T07:20:00Z) as a member reads it: in the consultation's time zone, to the
    minute, the zone said beside it (2026-12-05 15:20（UTC+8）: a trial's staff read 18:22 on a page, 10:22Z in the
    command line's log, and could not tell they were one time)."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(ctx.web.timezone)
    except ValueError:
        return stamp
    minutes = int((when.utcoffset() or timedelta()).total_seconds() // 60)
    hours, rest = divmod(abs(minutes), 60)
    zone = "UTC" + (("+" if minutes > 0 else "-") + str(hours) + (f":{rest:02d}" if rest else "") if minutes else "")
    return when.strftime("%Y-%m-%d %H:%M") + (f"（{zone}）" if ctx.lang == "zh" else f" ({zone})")


def _merged_english(ctx: Ctx, stored: StoredDraft, article: Unit) -> dict[str, tuple[str, str]]:
    """The English the translation gives several units of ``article`` at once, by the first of
    them: its text, and those units cited (第三条第一款、第三条第二款)."""
    draft = ctx.web.shape(stored).draft
    mine = {u.eid for u in article.walk()}
    joiner = "、" if ctx.lang == "zh" else ", "
    return {eid: (text, joiner.join(law_citation(draft, e, ctx.lang) for e in sources))
            for eid, (text, sources) in ctx.web.english_merged(ctx.store, stored).items() if eid in mine}  # fmt: skip


def base_of(ctx: Ctx, stored: StoredDraft, c: Comment) -> str:
    """The text a comment's wording is read against: its unit's (the English working text's for
    a wording of that text), or nothing for a new provision. An orphan carried from an earlier
    reading (its wording no longer fits this text) is read against the text it was written for."""
    if c.stance is Stance.INSERT:
        return ""
    if c.status is Status.ORPHANED and c.origin is not None:
        written = _written_on(ctx, c)
        if written is not None:
            return base_of(ctx, written[0], written[1])
    if c.lang == "en":
        return ctx.web.english(ctx.store, stored).get(c.anchor.eid or "", ("", ""))[1]
    shape = ctx.web.shape(stored)
    target = shape.index.get(c.anchor.eid or "")
    return target.body(sep(shape.draft)) if target is not None else ""


def _redline_of(ctx: Ctx, stored: StoredDraft, c: Comment) -> list[tuple[str, str]] | None:
    """A wording redlined against the text it rewords; a deletion, the text it takes out, struck.
    A wording carried from the last reading and adopted there is the member's own, as proposed on
    the text it was written for: the carry keeps the new reading's words as its wording (a trial's
    member read 2023's sentence as their own, who had changed only 4个月 to 2个月)."""
    if c.status is Status.ADOPTED and c.origin is not None and (written := _written_on(ctx, c)) is not None:
        return _redline_of(ctx, *written)
    if c.proposed_text is not None:
        return segments(base_of(ctx, stored, c), c.proposed_text)
    if c.stance is Stance.DELETE and c.anchor.eid:
        return segments(base_of(ctx, stored, c), "") or None
    return None


def _preview_of(ctx: Ctx, stored: StoredDraft, c: Comment, typed: str) -> list[tuple[str, str]]:
    """The preview an edit form of comment ``c`` draws for ``typed`` (what a refused edit brings back)."""
    unit = ctx.web.shape(stored).index.get(c.anchor.eid or "")
    base = base_of(ctx, stored, c)
    if unit is None or c.stance is not Stance.AMEND:
        return segments(base, typed)
    return previewed(ctx, stored, unit, base, typed, english=c.lang == "en")


@dataclass(frozen=True)
class OwnWords:
    """What a card shows of a carried wording the new reading adopted: the reading it was proposed
    on (its redline, the member's own words, is the card's), and the new reading's text, labelled so."""

    proposed_on: str  # 第一稿（v1）
    new_reading: str  # 第二稿（v2）; "" for an orphan (the new reading did not take it)
    new_text: str


def translated_from(ctx: Ctx, c: Comment) -> str:
    """The words a member wrote of a new provision staff gave in the draft's language since (``comment
    translate``): its card says so, their own words beside it, never staff's Chinese as theirs alone (a
    stranger's review). "" for any other comment."""
    if c.lang or c.stance is not Stance.INSERT:
        return ""
    done = [r for r in ctx.store.revisions(c.id) if r.action == "translate"]  # (undone, it is in their language again)
    return str(done[-1].data.get("proposed_text") or "") if done else ""


def own_words(ctx: Ctx, stored: StoredDraft, c: Comment) -> OwnWords | None:
    """For a wording carried from the last reading that the new one adopted: the reading the member
    proposed it on, and the new reading's text of its unit. For one carried orphaned: the reading it
    was proposed on alone (its redline is of that reading's text, never the new one's: a trial's card
    showed the old article's words under the new number). None for any other comment."""
    if c.status is Status.ORPHANED and c.origin is not None and (written := _written_on(ctx, c)) is not None:
        return OwnWords(reading_name(ctx, written[0]), "", "")
    if c.status is not Status.ADOPTED or c.origin is None or c.anchor.eid is None or (written := _written_on(ctx, c)) is None:
        return None  # (a deletion of an article the new reading deleted: no text of it to show)
    shape = ctx.web.shape(stored)
    unit = shape.index.get(c.anchor.eid or "")
    new_text = unit.body(sep(shape.draft)) if unit is not None else (c.proposed_text or "")
    return OwnWords(reading_name(ctx, written[0]), reading_name(ctx, stored), new_text)


def _written_on(ctx: Ctx, c: Comment) -> tuple[StoredDraft, Comment] | None:
    """The earlier reading a carried comment was written on, and the comment as it stood there
    (:func:`lawcomment.consultation.written_on`), once a request: a card asks for its citation, quote and label."""
    key = ("written_on", c.id)
    if key not in ctx.memo:
        ctx.memo[key] = written_on(ctx.store, c)
    return ctx.memo[key]  # type: ignore[no-any-return]


def fate_of(ctx: Ctx, stored: StoredDraft, eid: str, comments: list[Comment]) -> dict[int, str]:
    """What the committee made of each of the company's wordings on the article (after the
    deadline): accepted, rejected, partly accepted, or not decided (proposed). Only the
    company's own comments are looked up; nothing of other members is shown."""
    return _decided(ctx, stored, eid, comments)[0]


def _decided(ctx: Ctx, stored: StoredDraft, eid: str, comments: list[Comment]) -> tuple[dict[int, str], dict[int, str]]:
    """:func:`fate_of`, and the state the tracking sheet gives each of those comments that staff
    decided on (委员会已决定, 部分已决定: :func:`lawcomment.exports.decided_label`), from one merge."""
    mine = {c.id for c in comments if c.proposed_text is not None or c.stance is Stance.DELETE}
    if not mine:
        return {}, {}
    (position,) = draft_positions(ctx.store, stored, eid)
    english = [c for c in comments if c.lang]  # wordings of the translation: settled by the committee's wording of it
    pieces = review_pieces(position, ctx.lang, comments=english,
                           decisions=ctx.store.decisions(stored, target=eid) if english else ())  # fmt: skip
    settled = {cid: state for cid in mine if (state := decided_label(pieces.get(f"#{cid}", []), ctx.lang)) is not None}
    states: dict[int, list[str]] = {}

    def ids(proposals: tuple[str, ...]) -> set[int]:
        return {int(p[1:]) for group in proposals for p in group.split("+") if p[1:].isdigit()}

    # under the committee's own wording, an edit went out when that wording makes it, word for
    # word; otherwise the wording took its place (never "to review": nothing is left to decide there)
    taken = {(p.start, p.end, p.new) for p in position.pieces()} if position.final is not None else None

    def final_fate(start: int, end: int, new: str) -> str:
        # (a deletion the wording makes with the marks around it set otherwise is made: position.takes)
        return "accepted" if position.takes(start, end, new) else "under_final"

    for change in position.changes:
        ch = change.change
        for cid in ids(ch.proposals) & mine:
            # (one staff turned down before writing their wording stays turned down: a trial's member read that
            # the committee's wording took the place of a deletion staff had rejected)
            states.setdefault(cid, []).append(change.state if taken is None or change.state == "rejected"
                                              and (ch.start, ch.end, ch.new) not in taken
                                              else final_fate(ch.start, ch.end, ch.new))  # fmt: skip
    for x in position.conflicts:
        # each member's own wording once: a combination chosen takes the wordings it puts in (a member whose
        # entry staff put in beside another's read 部分采纳, as when staff chose theirs alone)
        took = next((a.combines or (a.number,) for a in x.conflict.alternatives if a.number == x.chosen), ())
        for alt in x.conflict.proposed:
            for cid in ids(alt.proposals) & mine:
                states.setdefault(cid, []).append(
                    final_fate(x.conflict.start, x.conflict.end, alt.text) if taken is not None
                    else "proposed" if x.chosen is None else "accepted" if alt.number in took else "rejected")  # fmt: skip
    for ins in position.insertions:
        for cid in set(ins.comments) & mine:
            states.setdefault(cid, []).append(ins.state)
    out = {}
    for cid, found in states.items():
        kinds = set(found)
        out[cid] = kinds.pop() if len(kinds) == 1 else "partly" if "accepted" in kinds else "proposed"
    # a wording of the translation: the committee's wording of it took its very words, or replaced
    # them (a trial's English comments read 委员会已决定 with no outcome beside)
    standing: dict[str, Any] = {}
    for d in ctx.store.decisions(stored, target=eid.split("__", 1)[0]) if english else ():
        if d.action == "text" and d.subject and d.revoked_at is None:
            standing[d.subject] = d  # (oldest first: the last one stands)
    texts = ctx.web.english(ctx.store, stored) if english else {}
    for c in english:
        given = standing.get(c.lang)
        if c.id in mine and given is not None:
            words, theirs = "".join((c.proposed_text or "").split()), "".join((given.new or "").split())
            # a wording of the whole article is taken when the committee's is it; one of a 款 or item,
            # when the committee's holds it (a wording that drops a paragraph the committee kept is not)
            whole = c.anchor.eid == c.anchor.article
            # the committee's wording the translation as it stands: the member's not taken (a trial's card read
            # "Superseded by the committee's wording" of an article the committee kept word for word)
            kept = c.lang == "en" and theirs == "".join(texts.get(c.anchor.article or "", ("", ""))[1].split())
            out[c.id] = ("accepted" if words and (words == theirs if whole else words in theirs)
                         else "rejected" if kept else "under_final")  # fmt: skip
    return out, settled


def carried_note(ctx: Ctx, stored: StoredDraft, c: Comment) -> str:
    """What a comment carried from the last reading says of its carrying, on the page's card.
    Staff read the carry's whole note (in their language where the core has its words: ids,
    similarities and what to check included); a member reads a short status in theirs, its old
    and new place cited as the law cites them, never an id, a figure, a decision's number or a
    request to check (a trial's members read the staff note, in English). "" when there is nothing to say."""
    if ctx.is_staff:
        shown = c.note and (c.status is Status.ORPHANED or carry_check(c.note))
        return "".join(text for text, _ in staff_note(ctx, stored, c.note or "")) if shown else ""
    if c.origin is None or c.status in (Status.WITHDRAWN, Status.SUPERSEDED):
        return ""
    old, reading = "", ""
    try:
        was = ctx.store.get_comment(c.origin)
        before = ctx.store.get_draft(was.draft, archived=True)
        old = law_citation(ctx.web.shape(before).draft, was.anchor.eid, ctx.lang) if was.anchor.eid else ""
        reading = reading_name(ctx, before)
    except StoreError:
        pass
    new = law_citation(ctx.web.shape(stored).draft, c.anchor.eid, ctx.lang) if c.anchor.eid else ""
    check = carry_check(c.note or "")
    if c.status is Status.ORPHANED:
        if check == "translation":  # (a wording of the English text, on a reading that has none yet: kept aside)
            return ctx.t("carried_waiting_translation", reading=reading_name(ctx, stored))
        if not c.anchor.eid:
            return ctx.t("carried_deleted", old=old) if old else ctx.t("carried_deleted_bare")
        # the new reading made some of its changes (as the adoption page says 部分采纳): said so, never only
        # 已失效 (a trial's card said its wording no longer applied beside 部分采纳 on the adoption page)
        part = _partly_made(ctx, stored, c)
        if part and old:
            return ctx.t("carried_partly", old=old, reading=reading)
        if check == "elsewhere" and old and new and old != new:  # (the new reading moved its 款 and rewrote it there)
            return ctx.t("carried_rewritten_moved", old=old, new=new)
        return ctx.t("carried_rewritten", old=old) if old else ctx.t("carried_rewritten_bare")
    if c.status is Status.ADOPTED:
        # (新稿已采纳：本单位对第一稿（v1）第九条的建议; a trial's card read 新稿已采纳：原第九条)
        return ctx.t("carried_adopted", old=old, reading=reading) if old and reading else ""
    said = ctx.t("carried_to", old=old, new=new) if old and new and old != new else ""
    if said and fell_to_article(c):
        # its 款 has no counterpart in the new reading: on the whole article, never "carried to" as if it followed
        # (a web trial's 已延续至第八条（原第八条第三款）, the new 第八条第三款 an unrelated rule)
        said = ctx.t("carried_on_article", old=old, new=new)
    extra = {"stance": "carried_stance", "partial": "carried_partial", "passed": "carried_passed",
             "elsewhere": "carried_moved"}.get(check)
    return "；".join(x for x in (said, ctx.t(extra) if extra else "") if x) if ctx.lang == "zh" else \
        "; ".join(x for x in (said, ctx.t(extra) if extra else "") if x)  # fmt: skip


#: What a carry's note (the core's, in English, or the Chinese `localized` makes of it) says of a
#: comment (comment #9, 意见#9, the wording proposed is #4's): named with the reading it belongs to,
#: as its readings are named by the pages, never by the store's ids (a trial read 委员会在stat@1中 and
#: 意见#9, the last reading's comment, beside #18 of this one).
_NOTE_COMMENT = {"zh": re.compile(r"意见#(\d{1,18})"), "en": re.compile(r"comment #(\d{1,18})|#(\d{1,18})'s")}


def staff_note(ctx: Ctx, stored: StoredDraft, note: str) -> list[tuple[str, str]]:
    """A carried comment's note as staff read it, in the page's language: the readings it names by
    their names (第一稿（v1）), a comment it names with the reading it belongs to (第一稿（v1）中的意见#9)
    and a link to it where a page shows it (the review page of its article). (text, link) pieces:
    the template escapes the text, the link is "" or this site's path."""
    said = localized(note, ctx.lang, ids=False)
    # the readings of this law, each ref as the note gives it (at stat@1): ASCII neighbours only, as a
    # Chinese note sets it right against the words around it (委员会在stat@1中)
    chain, ref = [stored], stored.ref
    while (before := ctx.store.predecessor(ref)) is not None and before.ref not in {d.ref for d in chain}:
        chain.append(before)
        ref = before.ref
    names = {d.ref: reading_name(ctx, d) for d in chain if d.ref in said}
    if names:
        refs = "|".join(re.escape(r) for r in sorted(names, key=len, reverse=True))
        said = re.sub(rf"(?<![A-Za-z0-9_.@-])({refs})(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])", lambda m: names[m[1]], said)
    pieces: list[tuple[str, str]] = []
    at = 0
    for m in _NOTE_COMMENT["zh" if ctx.lang == "zh" else "en"].finditer(said):
        n = int(m[1] or m[2])
        try:
            c = ctx.store.get_comment(n)
            on = ctx.store.get_draft(c.draft, archived=True)
        except StoreError:
            continue
        other = "" if on.ref == stored.ref else reading_name(ctx, on)
        if ctx.lang == "zh":
            text = f"{other}中的意见#{n}" if other else f"意见#{n}"
        else:
            text = f"comment #{n}" + (f" of {other}" if other else "")
            text = f"that of {text}" if m[2] else text
        # the review page of its article lists it while it stands (withdrawn and replaced ones are not listed)
        listed = c.anchor.article and c.status in (Status.OPEN, Status.RESOLVED, Status.ORPHANED, Status.ADOPTED) \
            and c.anchor.article in ctx.web.shape(on).place  # fmt: skip
        href = f"/staff/d/{quote(on.ref, safe='')}/a/{c.anchor.article}#member-comment-{n}" if listed else ""
        pieces += [(said[at:m.start()], ""), (text, href)]
        at = m.end()
    pieces.append((said[at:], ""))
    return [(text, href) for text, href in pieces if text]


def reading_pair(ctx: Ctx, stored: StoredDraft) -> tuple[StoredDraft, StoredDraft] | None:
    """The reading ``stored`` follows and it, or it and the one that superseded it (as `lawcomment
    adoption` pairs them); None for a draft of one reading."""
    before = ctx.store.predecessor(stored.ref)
    if before is not None:
        return before, stored
    after = later_reading(ctx, stored)
    return (stored, after) if after is not None else None


def _partly_made(ctx: Ctx, stored: StoredDraft, c: Comment) -> bool:
    """Whether ``c``, carried to ``stored`` orphaned, is a wording of the last reading that ``stored``
    adopted in part (or whole), as `lawcomment adoption` judges the member's own comment there."""
    before = ctx.store.predecessor(stored.ref)
    if before is None or c.origin is None:
        return False
    try:
        was = ctx.store.get_comment(c.origin)
    except StoreError:
        return False
    if was.draft != before.ref or was.proposed_text is None:
        return False
    return any(o.state in (Adoption.PARTLY, Adoption.ADOPTED) for o in _outcomes(ctx, before, stored, [was]))


def _adopted_here(ctx: Ctx, stored: StoredDraft, comments: list[Comment]) -> dict[int, str]:
    """On a reading a later one superseded, what that one made of the company's open wordings."""
    after = later_reading(ctx, stored)
    return adopted_labels(ctx, stored, after, [c for c in comments if c.status is Status.OPEN]) if after else {}


def adopted_labels(ctx: Ctx, old: StoredDraft, new: StoredDraft, comments: list[Comment]) -> dict[int, str]:
    """What the next reading made of each wording among ``comments`` (on ``old``), by its id, as
    `lawcomment adoption` says it (已采纳, 部分采纳, 未采纳, 条文已删除) in the page's language: a
    card on the reading the committee decided on reads it beside 委员会已决定, so that no proposal
    the new text did not take reads as settled in the member's favour."""
    if not comments:
        return {}
    return {o.comment.id: label(o.state, ctx.lang) for o in _outcomes(ctx, old, new, comments)}


def _outcomes(ctx: Ctx, old: StoredDraft, new: StoredDraft, comments: list[Comment]) -> list[Outcome]:
    """What reading ``new`` made of each wording among ``comments`` (on ``old``), as `lawcomment adoption` judges it."""
    alignment = ctx.web.alignment(ctx.store, old, new)  # (kept: every article page of a next reading asks)
    draft_new = ctx.web.shape(new).draft
    found = outcomes(ctx.web.shape(old).draft, draft_new, alignment, comments)
    # a copy staff placed where the new reading made its changes: adopted there, as the report says (their
    # members' comments on the new reading only: a page shows one company's, or one comment)
    copies = {c.origin: c for member in sorted({c.member for c in comments})
              for c in ctx.store.comments(new.ref, member=member) if c.origin is not None}  # fmt: skip
    return placed_by_staff(found, copies, draft_new)


@dataclass(frozen=True)
class Earlier:
    """The article in the previous reading: its ref, its text, the redline to this one, and
    the company's comments on it."""

    ref: str
    name: str  # the previous reading as every page names it (第一稿（v1）): both readings have the law's title
    labels: str
    parts: list[tuple[str, str]]
    comments: list[Comment]
    adopted: dict[int, str]  # what this reading made of each of the company's wordings (已采纳, 未采纳 …)


def earlier_reading(ctx: Ctx, stored: StoredDraft, eid: str) -> Earlier | None:
    before = ctx.store.predecessor(stored.ref)
    if before is None:
        return None
    alignment = stored_alignment(ctx.store, before, stored)
    if alignment is None:
        return None
    entry = alignment.by_new().get(eid)
    if entry is None or not entry.old:
        return None
    old = ctx.web.shape(before)
    old_draft, old_index = old.draft, old.index
    old_text = "\n".join(old_index[o].body(sep(old_draft)) for o in entry.old if o in old_index)
    new = ctx.web.shape(stored)
    new_text = new.index[eid].body(sep(new.draft))
    comments = [c for o in entry.old for c in ctx.store.comments(before, article=o, member=ctx.user.member)
                if c.member == ctx.user.member]  # fmt: skip
    labels = ("、" if ctx.lang == "zh" else ", ").join(law_citation(old_draft, o, ctx.lang)
                                                       for o in entry.old if o in old_index)
    return Earlier(before.ref, reading_name(ctx, before), labels, segments(old_text, new_text), comments,
                   adopted_labels(ctx, before, stored, [c for c in comments if c.status is Status.OPEN]))


def article_page(ctx: Ctx) -> Response:
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    eid = ctx.request.path_params["eid"]
    if eid not in ctx.web.shape(stored).place and (found := canonical(ctx, stored, eid)) is not None:
        return RedirectResponse(f"/d/{quote(stored.ref)}/a/{found}", status_code=307)
    return ctx.page("article.html", **article_values(ctx, stored, eid))


def canonical(ctx: Ctx, stored: StoredDraft, given: str) -> str | None:
    """The article page's own address part for ``given``, an article or a unit of it as people type
    it in the address (44, 第四十四条, 第四十四条第一款, Article 44): its article's eid, with the unit
    as the fragment (art_44#art_44__para_1); None when it names none (a trial's /a/44 was a 404)."""
    if len(given) > 100:
        return None
    shape = ctx.web.shape(stored)
    try:
        unit = resolve(shape.draft, given, index=shape.index)
    except LawcommentError:
        return None
    article = unit.eid.split("__", 1)[0]
    if article not in shape.place:
        return None
    return article if unit.eid == article else f"{article}#{unit.eid}"


def _refuse_too_long(ctx: Ctx, wording: str, reason: str) -> None:
    for text, most, what in ((wording, MAX_WORDING, "proposal"), (reason, MAX_REASON, "reason")):
        if len(text) > most:
            raise StoreError(ctx.t("too_long", what=ctx.t(what), n=f"{len(text):,}", most=f"{most:,}"))


def _refuse_controls(ctx: Ctx, where: str, **texts: str) -> None:
    """A control character typed or pasted into a comment (a bell, an escape from another
    program's text) refused as the member typed it: naming the article as the law cites it and the
    field, not the core's intake words (a trial read 'art_47' and 未导入, as of a file)."""
    for field_name, text in texts.items():
        for n, ch in enumerate(text, 1):
            if unicodedata.category(ch) == "Cc" and ch not in "\n\t\r":
                raise StoreError(ctx.t("control_char", where=where, what=ctx.t(field_name), n=str(n), code=f"U+{ord(ch):04X}"))


def _refuse_if_closed(ctx: Ctx, stored: StoredDraft) -> None:
    """The deadline is kept here, on the server: after it a member's comments stay as they are;
    so do a superseded reading's (its comments were carried to the next one)."""
    later = later_reading(ctx, stored)
    if later is not None:  # (named as the home page names it: both readings have the law's title)
        raise StoreError(ctx.t("superseded_refused", reading=reading_name(ctx, later)))
    if closed(ctx, stored):
        raise StoreError(ctx.t("after_deadline", deadline=stored.deadline or ""))


def add(ctx: Ctx) -> Response:
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    eid = ctx.request.path_params["eid"]
    values = article_values(ctx, stored, eid)
    at = ctx.field("at", eid)
    if at not in {u.eid for _, u in values["units"]}:
        raise Refused(400, "not_found")
    stance = ctx.field("stance", "amend")
    if stance not in POSTED or (stance == "insert" and at != eid):
        raise Refused(400, "bad_stance")
    lang = ctx.field("lang")
    if lang not in ("", "en") or (lang == "en" and at not in values["english"]):
        raise Refused(400, "error")
    text = values["english"][at][1] if lang == "en" else values["index"][at].body(values["sep"])
    base = text if stance != "insert" else ""
    proposal = ctx.field("proposal") if stance in ("amend", "insert") else ""
    reason = ctx.field("reason")
    # what the member typed, shown again as typed when refused (a wording under 支持 included)
    typed = {"at": at, "stance": stance, "proposal": ctx.field("proposal"), "reason": reason, "lang": lang}
    # the preview box drawn for the wording shown in the form (a refused one comes back with its preview)
    unit = values["index"][at]
    shown = previewed(ctx, stored, unit, base, ctx.field("proposal"), english=lang == "en") \
        if stance == "amend" and ctx.field("proposal") != base else None  # fmt: skip
    if ctx.field("preview"):
        return ctx.page("article.html", typed=typed, preview=previewed(ctx, stored, unit, base, proposal,
                                                                       english=lang == "en"), **values)  # fmt: skip
    try:
        _refuse_if_closed(ctx, stored)
        if ctx.is_staff:
            raise StoreError(ctx.t("staff_no_comment"))
        if stance in ("amend", "insert") and proposal.strip() == base.strip():
            raise StoreError(ctx.t("same_as_draft" if base.strip() else "no_proposals"))
        if stance == "amend" and not proposal.strip():
            raise StoreError(ctx.t("no_wording"))
        if stance in ("question", "comment") and not reason.strip():
            raise StoreError(ctx.t("no_question" if stance == "question" else "no_comment_text"))
        _refuse_too_long(ctx, proposal, reason)
        _refuse_controls(ctx, law_citation(values["draft"], at, ctx.lang), proposal=proposal, reason=reason)
        typed_wording = ctx.field("proposal").strip()
        if stance not in ("amend", "insert") and typed_wording and typed_wording != base.strip():
            # a wording edited under 支持 (or 反对, 删除 …) would be thrown away: the member says which was meant
            raise StoreError(ctx.t("wording_not_amend", stance=ctx.t(stance)))
        cited = at
        if lang == "en":  # cited by the English unit that renders it: the core anchors it back here
            cited = ctx.store.translation(stored, "en").pairing().target_of(at)[0]  # type: ignore[union-attr]
        cid, said = add_comment(ctx.store, stored, ctx.user.member, cited, lang=lang or None,
                              propose=proposal if stance in ("amend", "insert") else None, reason=reason,
                              stance=stance, source=SourceKind.WEB, author=ctx.user.login,
                              check=partial(_refuse_replacing_decided, ctx, stored))  # fmt: skip
    except _Locked:  # refused as editing it is (409), the member's words kept in the form
        return ctx.page("article.html", 409, typed=typed, preview=shown, error=ctx.t("locked_replace"), **values)
    except LawcommentError as exc:
        if ctx.from_database(exc):
            raise
        if isinstance(exc, NothingChanged):
            # the same comment sent twice (a double click, the back button): it is there, nothing is
            # wrong; the page says so (a trial: a 400 reading "hsbank already made this exact comment on art_10")
            return ctx.back(f"/d/{quote(stored.ref)}/a/{eid}#comments", "sent_already")
        return ctx.page("article.html", 400, typed=typed, preview=shown, error=localized(str(exc), ctx.lang, ids=False), **values)
    # a colleague's (or the user's own) earlier wording there: never replaced without a word, naming
    # whose it was (a trial's colleague read only #1, and its author was told nothing)
    names = _company_names(ctx)
    for earlier in ctx.store.superseded_by(cid)[::-1]:
        author = ctx.store.get_comment(earlier).source.author or ""
        said = [ctx.t("replaces_colleague", n=str(earlier), who=names[author]) if author != ctx.user.login
                and author in names else ctx.t("replaces", n=str(earlier)), *said]  # fmt: skip
    ctx.flash(said)  # how the wording was read (an instruction applied, a 款 named, the wrong article?)
    return ctx.back(f"/d/{quote(stored.ref)}/a/{eid}#comments", "added")


class _Locked(StoreError):
    """A new wording refused: it would replace one of the company's that the committee decided on."""


def _wording(stance: Stance, proposed: str | None) -> bool:
    """A wording of a whole unit (amend with text, or delete): what replaces the company's earlier one."""
    return stance is Stance.DELETE or (stance is Stance.AMEND and proposed is not None)


def _refuse_replacing_decided(ctx: Ctx, stored: StoredDraft, made: NewComment) -> None:
    """``add_comment``'s check of the comment as it will be stored: a new wording of a unit
    replaces the company's open wording of that unit in the same language (the core's rule, so
    that a member's latest words stand), and where it covers a 款 or the article the company
    worded too, the merge takes the later words there. Refused when the committee decided on
    any such earlier wording, as editing it is: the decision would be quietly undone (a trial's
    member undid an accepted 款 by sending the whole article again)."""
    eid = made.anchor.eid
    if eid is None or made.reply_to is not None or not _wording(made.stance, made.proposed_text):
        return

    def overlaps(other: str | None) -> bool:
        return other is not None and (other == eid or other.startswith(f"{eid}__") or eid.startswith(f"{other}__"))

    earlier = [c for c in ctx.store.comments(stored, article=made.anchor.article or eid, member=made.member)
               if c.status is Status.OPEN and c.thread is None and c.lang == made.lang and overlaps(c.anchor.eid)
               and _wording(c.stance, c.proposed_text)]  # fmt: skip
    if any(c.anchor.eid == eid and c.stance is made.stance and c.proposed_text == made.proposed_text for c in earlier):
        # the very wording the company gave there already (a file sent again as it was): it replaces nothing
        # the committee decided, and the intake says it is there already (a trial's re-upload was refused)
        return
    article = next((c.anchor.article for c in earlier if c.anchor.article), None)
    if article is not None and any(c.id in _decided(ctx, stored, article, earlier)[1] for c in earlier):
        raise _Locked(ctx.t("locked_replace"))


def _refuse_replacing_decided_in_file(ctx: Ctx, stored: StoredDraft, made: NewComment) -> None:
    """:func:`_refuse_replacing_decided` for a row of an uploaded file, naming the unit (a form holds many)."""
    try:
        _refuse_replacing_decided(ctx, stored, made)
    except _Locked as exc:
        where = law_citation(ctx.web.shape(stored).draft, made.anchor.eid or "", ctx.lang)
        raise _Locked(f"{where}{'：' if ctx.lang == 'zh' else ': '}{exc} {ctx.t('locked_file')}") from None


def preview(ctx: Ctx) -> Response:
    """The redline fragment the article page's script shows as a member types: of the wording as it
    will be saved, its half-width punctuation between Chinese words made full width (a trial's
    preview marked every pasted ， and 。 as a change the saved comment did not have)."""
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    shape = ctx.web.shape(stored)
    unit = shape.index.get(ctx.field("at"))
    if unit is None:
        raise Refused(404, "not_found")
    english = ctx.field("lang") == "en"
    if english:
        base = ctx.web.english(ctx.store, stored).get(unit.eid, ("", ""))[1]
    else:
        base = unit.body(sep(shape.draft))
    return ctx.page("redline.html", parts=previewed(ctx, stored, unit, base, ctx.field("proposal"), english=english))


def previewed(ctx: Ctx, stored: StoredDraft, unit: Unit, base: str, typed: str, *, english: bool = False) -> list[tuple[str, str]]:
    """The redline of ``typed``, a wording of ``unit`` (of its English text with ``english``), as
    the comment will be saved: half-width punctuation between Chinese words made full width by the
    core's own rule (:func:`lawcomment.review.full_width`), so the preview and the saved comment agree."""
    if not english:
        draft = ctx.web.shape(stored).draft
        typed = full_width(draft, unit, typed)[0]
        # one 项 typed for its article: previewed against that 项, as it is saved (a review's preview struck the
        # article's opening words and its other 项, which the saved comment never deleted)
        if (item := one_item_wording(draft, unit, typed)) is not None:
            return segments(item[0].body(sep(draft)), kept_mark(item[1], closing_mark(draft, item[0], item[1]) or ""))
        # (the 项's 「；」 a copy left out is kept, as the saved comment keeps it)
        typed = kept_mark(typed, closing_mark(draft, unit, typed) or "")
    return segments(base, typed)


def _change(ctx: Ctx, action: Callable[[Comment], object], done: str, *, to_change: bool = True,
            withdrawn: bool = False, guard: bool = False, withdrawing: bool = False) -> Response:  # fmt: skip
    """One change of the company's own comment (before the deadline): ``action`` runs on it,
    and the article page shows it again, or the core's message when it is refused. With
    ``guard``, refused (409) when it would leave a decision on the article unapplied. An edit
    refused opens its form again holding what the member typed in it, never the stored words."""
    c = own_comment(ctx, ctx.request.path_params["cid"])
    stored = get_draft(ctx, c.draft)
    eid = c.anchor.article or ""
    edited = {"id": c.id, "proposal": ctx.field("proposal"), "reason": ctx.field("reason")} if done == "edited" else None
    try:
        if to_change and not ctx.is_staff:
            _refuse_unchangeable(ctx, c, withdrawing=withdrawing)
        if withdrawn and c.status is not Status.WITHDRAWN:
            raise Refused(409, "not_withdrawn")
        _refuse_if_closed(ctx, stored)
        with ctx.store.transaction():  # (a decision the change would undo: nothing of it is kept)
            decided = _applied(ctx, stored, eid) if guard or withdrawing else set()
            said = action(c)
            lost = decided - _applied(ctx, stored, eid) if decided else set()
            # one carried from the last reading stands no more on words the member no longer proposes (the core
            # logs it): said below, and staff's merged view shows it ignored, to decide again
            lapsed = {d for d in lost if ctx.store.get_decision(d).origin is not None}
            if lost - lapsed and not withdrawing:
                # its new words take the place of a wording of the company's the committee decided on (a
                # review: a whole-article wording edited, or brought back, over an accepted 款)
                raise _Locked(ctx.t("locked_replace"))
        # (staff read the core's own note of it, in their language)
        told = [ctx.t("carried_lapsed_withdrawn" if withdrawing else "carried_lapsed")] if lapsed and not ctx.is_staff else []
        if isinstance(said, list) or told:  # how the change was read: shown once it stands (never for one refused)
            ctx.flash([*(said if isinstance(said, list) else []), *told])
    except _Conflict as exc:
        return _shown_again(ctx, stored, eid, 409, error=exc.message, edited=edited)
    except _Locked as exc:
        return _shown_again(ctx, stored, eid, 409, error=str(exc), edited=edited)
    except LawcommentError as exc:
        if ctx.from_database(exc):
            raise
        if done == "edited" and isinstance(exc, NothingChanged):  # saved as it was: nothing to change, nothing wrong
            return ctx.back(f"{_page_of(stored, eid)}#c{c.id}", "unchanged")
        return _shown_again(ctx, stored, eid, 400, error=localized(str(exc), ctx.lang, ids=False), edited=edited)
    return ctx.back(f"{_page_of(stored, eid)}#c{c.id}", done)


def _page_of(stored: StoredDraft, eid: str) -> str:
    """The page a comment is shown on: its article's, or for a remark on the whole draft the draft's."""
    return f"/d/{quote(stored.ref)}/a/{eid}" if eid else f"/d/{quote(stored.ref)}"


def _shown_again(ctx: Ctx, stored: StoredDraft, eid: str, status: int, **values: Any) -> Response:
    """The page of a comment whose change was refused, saying why: its article's, or the draft's."""
    if eid:
        return ctx.page("article.html", status, **values, **article_values(ctx, stored, eid))
    draft = ctx.web.shape(stored).draft
    return ctx.page("draft.html", status, **values, **draft_values(ctx, stored),
                    nodes=contents(draft, {}, cite_en=_cite_en(ctx, stored)), q="", hits=[], mine=0)  # fmt: skip


def _applied(ctx: Ctx, stored: StoredDraft, eid: str) -> set[int]:
    """The decisions on article ``eid`` its merge applies now that took or turned down the
    company's own words (none read when it has none): another company's decided change that the
    company's new words put in conflict is the merge's to flag, as a new comment's is."""
    if not eid or not ctx.store.decisions(stored, target=eid):
        return set()
    own = {f"#{c.id}" for c in ctx.store.comments(stored, article=eid, member=ctx.user.member, include_superseded=True)}

    def ours(proposals: Iterable[str]) -> bool:
        return any(p in own for group in proposals for p in group.split("+"))

    (position,) = draft_positions(ctx.store, stored, eid)
    applied = applied_decisions(position)
    mine = {ch.decision for ch in position.changes if ours(ch.change.proposals)}
    mine |= {x.decision for x in position.conflicts if any(ours(a.proposals) for a in x.conflict.alternatives)}
    mine |= {i.decision for i in position.insertions if ours(f"#{n}" for n in i.comments)}
    if position.final is not None:  # (a final wording takes every change of the article, the company's too)
        mine.add(position.final.id)
    return {d for d in mine if d is not None} & applied


def edit(ctx: Ctx) -> Response:
    """Save an edit of the company's comment. With ``restore`` (the form a refused edit of a
    comment a colleague withdrew meanwhile opens again with), bring it back and save the edit
    in one step: nothing the member typed is lost."""
    proposal = ctx.field("proposal")
    restoring = ctx.field("restore") == "1"

    def change(c: Comment) -> list[str]:
        c = ctx.store.get_comment(c.id)  # (as it is now, in the transaction)
        stored = get_draft(ctx, c.draft)
        # a member's edit of words a carried decision stood on: the core says (and logs) the decision it leaves
        # standing no more; the member reads the page's own words for it (_change), never its staff note
        carried = not ctx.is_staff and c.id in carried_decided(ctx, stored, c.anchor.article or "", [c.id])
        brought = restoring and c.status is Status.WITHDRAWN
        if not brought:
            _refuse_changed_meanwhile(ctx, c)
        _refuse_stale_edit(ctx, c)
        if brought:
            _bring_back(ctx, c)
            c = ctx.store.get_comment(c.id)
        _refuse_too_long(ctx, proposal, ctx.field("reason"))
        if c.anchor.eid:
            _refuse_controls(ctx, law_citation(ctx.web.shape(get_draft(ctx, c.draft)).draft, c.anchor.eid, ctx.lang),
                             proposal=proposal, reason=ctx.field("reason"))  # fmt: skip
        # an emptied wording is refused, not kept unchanged: withdrawing and deleting are their own acts
        if c.proposed_text is not None and not proposal.strip():
            raise StoreError(ctx.t("empty_proposal"))
        if c.proposed_text is not None and proposal.strip() == base_of(ctx, get_draft(ctx, c.draft), c).strip():
            raise StoreError(ctx.t("same_as_draft"))
        try:
            _, said = edit_comment(ctx.store, c.id, propose=proposal if c.proposed_text is not None else None,
                                   reason=ctx.field("reason"), decisions=ctx.is_staff or carried)  # fmt: skip
            if carried:
                said = [w for w in said if not w.startswith("the committee's decision(s) ")]
        except NothingChanged:
            if not brought:
                raise
            said = []  # brought back as it was typed: restored, and nothing else to change (a review: it stayed withdrawn)
        return said

    if restoring:  # (brought back only when the company withdrew it: checked as 恢复 is)
        cid = ctx.request.path_params["cid"]
        found = own_comment(ctx, cid)
        if found.status is Status.WITHDRAWN:
            return _change(ctx, change, "edited", to_change=False, guard=True)
    return _change(ctx, change, "edited", guard=True)


def withdraw(ctx: Ctx) -> Response:
    def change(c: Comment) -> object:
        c = ctx.store.get_comment(c.id)  # (as it is now, in the transaction)
        _refuse_changed_meanwhile(ctx, c, withdrawing=True)
        _refuse_stale_edit(ctx, c, withdrawing=True)
        return withdraw_comment(ctx.store, c.id, f"by {ctx.user.login} in the web app")

    return _change(ctx, change, "withdrew", withdrawing=True)


def restore(ctx: Ctx) -> Response:
    """Bring back a comment the company withdrew (before the deadline), as `comment undo` does;
    one staff took out with its file's import comes back only with the import (a page drawn
    before staff undid it still offers the button: refused in the member's language)."""
    return _change(ctx, partial(_bring_back, ctx), "restored", to_change=False, withdrawn=True, guard=True)


def _bring_back(ctx: Ctx, c: Comment) -> None:
    """Undo the company's withdrawal of ``c``; refused (409) when staff withdrew it, or when it is no
    longer withdrawn (a colleague brought it back a moment before)."""
    if ctx.store.get_comment(c.id).status is not Status.WITHDRAWN:  # (as it is now, in the transaction)
        raise Refused(409, "not_withdrawn")
    undone = _withdrawn_by_staff(ctx.store.revisions(c.id), _company_names(ctx))
    if undone:  # (a trial's member brought back what staff withdrew as a duplicate)
        raise _Conflict(ctx.t(undone.removesuffix("_why")))
    undo_comment(ctx.store, c.id)


def _withdrawn_by_staff(history: list[Any], company: Collection[str]) -> str:
    """Why the withdrawn comment with ``history`` is not the company's to bring back, as the key of
    the card's words: taken out with its file's import, or withdrawn by anyone but one of the
    company's users in the web app (staff, at the command line or here); "" when the company did."""
    last = history[-1] if history else None
    if last is None:  # (withdrawn when it came: carried so from the last reading, whoever withdrew it there)
        return "earlier_withdrawn_why"
    if last.action == "import.undo":
        return "import_undone_why"
    if last.action in ("withdraw", "undo") and last.actor.startswith("web:") and last.actor.removeprefix("web:") in company:
        return ""
    return "staff_withdrew_why"


def mine(ctx: Ctx) -> Response:
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    shape = ctx.web.shape(stored)
    # withdrawn ones stay listed, marked: a company sees everything it said, and can bring one back
    return ctx.page("mine.html", stored=stored, index=shape.index, cite=_citing(shape.draft), sheets=_sheets(),
                    **_listed(ctx, stored))  # fmt: skip


def _citing(draft: Draft) -> Callable[[str, str], str]:
    """The pages' ``cite``: as the law, the exports and the command line cite (a 项 of an article
    of one 款 is 第三条第二项)."""

    def cite(eid: str, lang: str = "zh") -> str:
        return law_citation(draft, eid, lang)

    return cite


def placed(ctx: Ctx, draft: Draft) -> Callable[[Comment], str]:
    """The pages' ``where``: the place a comment stands at, as the member's pages and `lawcomment
    comment list` cite it: its unit (第六条第二款), a new provision after its article (第五条之后,
    the article page read 第五条 for it and 本单位意见 第五条之后), a remark 全文; "" for a comment
    the new reading left nowhere; an orphan by its unit of the reading it was written on (第一稿（v1）的第三十六条),
    where `lawcomment comment list` gives the unit it sits at now. The words it quotes there, if any, are the
    template's to add."""

    def where(c: Comment) -> str:
        if c.anchor.eid is None:
            if on_whole_draft(ctx, c):
                return ctx.t("whole_draft") if c.status is not Status.ORPHANED else ""
            # carried from a unit the new reading deleted: that unit, of the reading it was written on
            written = _written_on(ctx, c) if c.origin is not None else None
            if written is None or written[1].anchor.eid is None:
                return ""
            earlier, was = written
            return ctx.t("unit_gone", where=law_citation(ctx.web.shape(earlier).draft, was.anchor.eid or "", ctx.lang),
                         reading=reading_name(ctx, earlier))  # fmt: skip
        if c.status is Status.ORPHANED and (written := _written_on(ctx, c)) is not None and written[1].anchor.eid:
            # what it was written on, by that reading's number: the new reading's unit here has other words
            # (a trial's card read 第五十一条 over the old 第三十六条's text, as if that were the article now)
            earlier, was = written
            cited = ctx.t("unit_earlier", reading=reading_name(ctx, earlier),
                          where=law_citation(ctx.web.shape(earlier).draft, was.anchor.eid or "", ctx.lang))
        else:
            cited = law_citation(draft, c.anchor.eid, ctx.lang)
        return ctx.t("after_where", where=cited) if c.stance is Stance.INSERT else cited

    return where


def quoted(ctx: Ctx, c: Comment) -> tuple[str, str]:
    """The words a card shows ``c`` quoting, and those it quoted on the last reading when the carry set its
    quote on other words (「五个工作日内」 beside 上一稿引文「五日内」), else "". An orphan is cited as of the
    reading it was written on (:func:`placed`): its quote is the one it had there, the member's own."""
    if c.status is Status.ORPHANED and (written := _written_on(ctx, c)) is not None:
        return written[1].anchor.quote, ""
    return c.anchor.quote, earlier_quote(c) or ""


def _listed(ctx: Ctx, stored: StoredDraft) -> dict[str, Any]:
    """The company's comments on the draft, each wording redlined against the text it rewords; a
    wording a colleague's newer one replaced listed too, said so."""
    every = ctx.store.comments(stored, member=ctx.user.member, include_superseded=True)
    names = _company_names(ctx) if not ctx.is_staff else {}
    replaced = replaced_by_colleagues(ctx, every, names)
    comments = [c for c in every if c.status is not Status.SUPERSEDED or c.id in replaced]
    redlines = {c.id: parts for c in comments if (parts := _redline_of(ctx, stored, c))}
    # each open wording's state as its article page gives it (委员会已决定 …), and once comments
    # are closed what the committee made of it: one merge per article the company wrote on
    by_article: dict[str, list[Comment]] = {}
    # (until staff decide anything, nothing is decided: no merge at all, the common case for weeks;
    # after the deadline each wording's outcome shows, "not decided" too, as on its article page)
    if closed(ctx, stored) or ctx.store.decisions(stored):
        for c in comments:
            if c.status is Status.OPEN and c.anchor.article:
                by_article.setdefault(c.anchor.article, []).append(c)
    fates: dict[int, str] = {}
    states: dict[int, str] = {}
    for article, theirs in by_article.items():
        found, settled = _decided(ctx, stored, article, theirs)
        fates.update(found)
        states.update(settled)
    shut = closed(ctx, stored)  # after the deadline: outcomes shown, no upload offered
    return {"comments": comments, "replaced": replaced, "redlines": redlines, "states": states, "fates": fates if shut else {},
            "closed": shut, "carried": partial(carried_note, ctx, stored), "own_words": partial(own_words, ctx, stored),
            "translated_from": partial(translated_from, ctx),
            "where": placed(ctx, ctx.web.shape(stored).draft), "quoted": partial(quoted, ctx),
            # who sent each, as its card on the article page names them (colleagues could not tell theirs apart)
            "authors": {c.id: names.get(c.source.author, c.source.author) for c in comments if c.source.author},
            "adopted": _adopted_here(ctx, stored, comments)}  # fmt: skip


def form(ctx: Ctx) -> Response:
    """The comment form (意见反馈表) of the draft, with the company's name filled in."""
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    member = ctx.store.get_member(ctx.user.member)
    with tempfile.TemporaryDirectory() as tmp:
        # in the user's language: the English working text for an English reader, when the draft has one
        path, _, _ = write_form(ctx.store, stored, Path(tmp) / "form.docx", member=member.id, lang=ctx.lang)
        data = path.read_bytes()
    name = f"{stored.name}-{stored.version}-form.docx"
    return Response(data, media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    headers={"content-disposition": attachment(name)})  # fmt: skip


def upload(ctx: Ctx) -> Response:
    """A filled comment form or a marked-up .docx, read by the core's intake as the company's."""
    stored = get_draft(ctx, ctx.request.path_params["ref"])
    filename, data = ctx.files.get("file", ("", b""))
    name = Path(filename.replace("\\", "/")).name
    if not name:
        raise Refused(400, "upload_hint")

    def listing(status: int = 200, **values: Any) -> Response:
        # (the page's own address, /d/…/mine, for a reload: see app.js)
        return ctx.page("mine.html", status, stored=stored, index=ctx.web.shape(stored).index, sheets=_sheets(), **_listed(ctx, stored),
                        page_url=f"/d/{quote(stored.ref)}/mine", **values)  # fmt: skip

    with tempfile.TemporaryDirectory() as tmp:
        # the copy keeps the member's own file name (what the log, the import list and each
        # comment's source name), made safe: letters, digits, CJK, . - _ ( ) only, in a folder of its own
        stem = re.sub(r"[^\w.\-()（）]", "_", Path(name).stem).strip("._")
        # (cut by its bytes: a file name holds 255 of them, and 84 Chinese characters are more: a security
        # review's long name was a 500)
        stem = stem.encode()[:200].decode("utf-8", "ignore")
        # a Word file, or a sheet of rows a plugin reads (an Excel workbook with lawcomment-xlsx: members send Excel)
        suffix = Path(name).suffix.lower()
        path = Path(tmp) / f"{stem or 'upload'}{suffix if suffix in _sheets() else '.docx'}"
        try:
            _refuse_if_closed(ctx, stored)
            if ctx.is_staff:
                raise StoreError(ctx.t("staff_no_upload"))
            sheet_like = suffix in (".xls", ".et", ".ods", ".csv") and bool(_sheets())
            if suffix in (".doc", ".wps", ".rtf", ".odt") or sheet_like:
                # a Word or Excel file of another kind (a web trial's .doc was told only Word files are taken)
                raise StoreError(ctx.t("save_as", name=name, kind=ctx.t("save_as_sheet" if sheet_like else "save_as_docx")))
            if suffix != ".docx" and suffix not in _sheets():
                raise StoreError(ctx.t("not_docx_or_sheet" if _sheets() else "not_docx", name=name))
            path.write_bytes(data)
            # a few files read at once: a Word file can cost hundreds of megabytes to read, and every
            # other request waits for a thread meanwhile
            if not ctx.web.imports.acquire(timeout=IMPORT_WAIT):
                raise Refused(429, "busy")
            try:
                # the user who sent it is each comment's author, as a comment typed here names its writer
                # a row that cannot be read is listed, the others imported (as `import --skip-invalid`
                # does): the member fixes that row and sends the file again, whose other rows are
                # there already (never added twice); a trial's member lost the whole form to one row
                result = import_comments(ctx.store, path, stored.ref, member=ctx.user.member, own_form=True,
                                         check=partial(_refuse_replacing_decided_in_file, ctx, stored),
                                         author=ctx.user.login, skip_invalid=True)  # fmt: skip
            finally:
                ctx.web.imports.release()
        except _Locked as exc:  # a row that would undo a decision: the whole file is refused, as the article form is
            return listing(409, error=str(exc))
        except LawcommentError as exc:  # the messages name the file as the member called it, not the server's copy
            if ctx.from_database(exc):
                raise
            error = localized(str(exc).replace(str(path), name), ctx.lang, ids=False)
            # (the message says what was found; what to do is said here: for a file that is no Word file at all, too,
            # which the Chinese message says itself and an English user's was not told, a web trial)
            if isinstance(exc, UnsafeDocumentError) or (ctx.lang != "zh" and ": not a .docx file (" in str(exc)):
                error = _then(ctx, error, ctx.t("unsafe_hint"))
            return listing(400, error=error)
        # said in the page's language, the company named as the pages name it, never by the store's member id (a
        # trial read 意见#40取代了yuanda在第十七条的意见#26); named after: an organisation's (China) is no id's bracket
        org = ctx.store.get_member(ctx.user.member).org or ctx.user.member
        own = re.compile(rf"(?<![A-Za-z0-9_.@-]){re.escape(ctx.user.member)}(?![A-Za-z0-9_.@-])")
        warnings = [own.sub(lambda _: org, localized(w.replace(str(path), name), ctx.lang)) for w in result.warnings]
        refused = [refused_row(ctx, w.replace(str(path), name), name) for w in result.skipped]
    if not result.recorded:  # no comment in it (empty, a header alone): said, never "imported, 0 added" as if it worked
        if result.lacks:  # a Word file: what it lacks and what to do (a form sent back unfilled), and what was said of it
            said = {"unfilled": "file_unfilled", "rowless": "file_rowless", "unmarked": "file_unmarked",
                    "unread": "file_unread"}[result.lacks]  # fmt: skip
            return listing(400, error=ctx.t(said, name=name), said=warnings)
        return listing(400, error=ctx.t("file_holds_nothing", name=name, why=_why_nothing(ctx, result.warnings)))
    # nothing read at all: refused (400), the rows listed; else imported, the rows left out listed
    return listing(400 if refused and not result.report.added and not result.report.duplicates else 200,
                   imported=result, warnings=warnings, refused=refused,
                   refused_hint="rows_refused_hint" if suffix == ".docx" else "rows_refused_hint_sheet")  # fmt: skip


def _why_nothing(ctx: Ctx, warnings: list[str]) -> str:
    """Why the core found no comment in an uploaded file (the file is empty; no rows below the
    header), in the page's language, without the server's path of it."""
    why = next((w.split(": ", 1)[-1] for w in warnings if w.endswith(("the file is empty", "nothing to import"))), "")
    if not why or why == "the file is empty":
        return "文件为空" if ctx.lang == "zh" else "the file is empty"
    return localized(why, ctx.lang, ids=False).removesuffix("：没有可导入的内容").removesuffix(": nothing to import")


def _then(ctx: Ctx, said: str, more: str) -> str:
    """``said`` and then ``more``, a sentence after it in the page's language: 。 between two Chinese
    sentences, ". " between English ones (none doubled where ``said`` ends a sentence already)."""
    if ctx.lang == "zh":
        return f"{said}{'' if said.endswith(('。', '！', '？')) else '。'}{more}"
    return f"{said}{'' if said.endswith(('.', '!', '?')) else '.'} {more}"


def _sheets() -> tuple[str, ...]:
    """The suffixes of the comment sheets the installed plugins read (.xlsx, .xlsm with lawcomment-xlsx)."""
    from lawcomment.plugins import comment_readers

    return tuple(comment_readers())


#: A row of an uploaded form the intake could not read: ``table 2 row 13: why``, and the unit
#: its words cite (第十二条 (art_12)), which the member's list names first.
_ROW = re.compile(r"^(?:.*?: )?table (?P<t>\d+) row (?P<r>\d+): (?P<why>.*)$", re.S)
_SHEET_ROW = re.compile(r"^(?:.*?: )?row (?P<r>\d+): (?P<why>.*)$", re.S)
_OTHER_MEMBER = re.compile(r"member '(?P<who>[^']*)' differs from --member '[^']*'$")
_CITED = re.compile(r"(第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十百]+款)?"
                    r"(?:第[一二三四五六七八九十百]+项)?) \([\w-]+\)")


def refused_row(ctx: Ctx, problem: str, name: str) -> str:
    """A row the intake left out of an uploaded form, as the member's list says it: the article
    first (第十二条), then where it is in the file and why, in the page's language, without the
    units' ids or the command line's options."""
    problem = problem.removeprefix(f"{name}: ")
    m = _ROW.match(problem)
    sheet = _SHEET_ROW.match(problem) if m is None else None  # (a sheet's row: row 2, not a form's table)
    why = m["why"] if m else sheet["why"] if sheet else problem
    cited = _CITED.search(why)
    other = _OTHER_MEMBER.match(why)
    # (a row citing no article: with where a remark on the whole draft goes, in the app; a row of another
    # company's, as the page names it, never by --member: a web trial's sheet)
    said = ctx.t("row_no_article") if why.startswith("no article id or citation in the row") else \
        ctx.t("row_other_member", who=other["who"]) if other else localized(why, ctx.lang, ids=False)  # fmt: skip
    row = ctx.t("form_row", t=m["t"], r=m["r"]) if m else ctx.t("sheet_row", r=sheet["r"]) if sheet else ""
    # (the article as the page's language cites it: an English list read 第一条 (the form's table 2, row 3))
    where = (cited[1] if ctx.lang == "zh" else localized(cited[0], ctx.lang, ids=False)) if cited else ""
    if where and row:
        return ctx.t("row_at", where=where, row=row) + ctx.t("colon") + said
    return f"{where or row}{ctx.t('colon')}{said}" if where or row else said


def favicon(ctx: Ctx) -> Response:
    """The app's icon where a browser looks for it first (the pages name /static/favicon.svg)."""
    return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")


def routes(web: Web) -> list[Route]:
    return [
        route(web, "/favicon.ico", favicon, public=True),
        route(web, "/signin", signin_page, public=True),
        route(web, "/signin", signin, methods=("POST",), public=True),
        route(web, "/signout", signout, methods=("POST",)),
        route(web, "/invite/{token}", invitation_page, public=True),
        route(web, "/invite/{token}", accept_invitation, methods=("POST",), public=True),
        route(web, "/lang", set_lang, methods=("POST",), public=True),
        route(web, "/", home),
        route(web, "/d/{ref}", draft_page),
        route(web, "/d/{ref}/remark", remark, methods=("POST",)),
        route(web, "/d/{ref}/a/{eid}", article_page),
        route(web, "/d/{ref}/a/{eid}/comment", add, methods=("POST",)),
        route(web, "/d/{ref}/preview", preview, methods=("POST",)),
        route(web, "/d/{ref}/mine", mine),
        route(web, "/d/{ref}/form.docx", form),
        route(web, "/d/{ref}/upload", upload, methods=("POST",)),
        route(web, "/comments/{cid}/edit", edit, methods=("POST",)),
        route(web, "/comments/{cid}/withdraw", withdraw, methods=("POST",)),
        route(web, "/comments/{cid}/restore", restore, methods=("POST",)),
    ]
