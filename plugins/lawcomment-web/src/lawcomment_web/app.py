"""The ASGI app: every route goes through :func:`route`, which signs the visitor in from its
cookie, refuses anonymous visitors and member users where it must, checks the CSRF token of
every POST, and turns lawcomment's errors into pages; security headers and the upload cap wrap it all."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from html import escape as html_escape
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_to_bytes, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import anyio
import anyio.to_thread
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import ClientDisconnect, Request, cookie_parser
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Match, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lawcomment import (Alignment, Comment, Draft, Kind, LawcommentError, Member, Role, Store, StoreError, Unit,
                        open_store)
from lawcomment.consultation import (AdoptionReport, adoption_report, answer_of, carry_check,
                                     near_groups, stored_alignment)
from lawcomment.drafts import cite, law_citation, rendered, unit_index
from lawcomment.exports import localized, typeset
from lawcomment.records import StoredDraft, StoredTranslation, WebSession
from lawcomment.registry import align_versions
from lawcomment.review import NearGroup

from . import auth
from .i18n import body_label, choose_lang, words

HERE = Path(__file__).parent
#: Where a deadline's day is counted by default: the consultations this is for are Chinese.
TIMEZONE = "Asia/Shanghai"
#: The most a request may carry: an uploaded .docx and the form around it.
MAX_UPLOAD = 10 * 1024 * 1024
SECURITY_HEADERS = [
    (b"content-security-policy", (b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                  b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]  # fmt: skip


class Web:
    """What the app's requests share: the store (one connection per thread of this worker,
    opened on first use), the key that signs cookies, the templates."""

    def __init__(self, db: str, *, secure_cookies: bool = False, max_upload: int = MAX_UPLOAD,
                 timezone: str = TIMEZONE) -> None:  # fmt: skip
        self.db = db
        self.timezone = zone(timezone)
        self.secure_cookies = secure_cookies
        self.max_upload = max_upload
        self._local = threading.local()
        self._key: bytes | None = None
        self.limiter = anyio.CapacityLimiter(THREADS)
        self.imports = threading.BoundedSemaphore(IMPORTS_AT_ONCE)  # uploads read at once (pages.upload)
        # one sign-in of a login checked at a time in this worker: the failures are counted, the password
        # checked and a failure noted as one step (a security review's 40 at once had 11 passwords tried of 5)
        self._signing_in: dict[str, threading.Lock] = {}
        self._shapes: dict[tuple[int, str], Shape] = {}
        self._english: dict[tuple[int, str], dict[str, tuple[str, str]]] = {}
        self._english_merged: dict[tuple[int, str], dict[str, tuple[str, tuple[str, ...]]]] = {}
        self._english_title: dict[tuple[int, str], dict[str, str]] = {}
        self._near: dict[tuple[int, str, str, int], list[NearGroup]] = {}
        self._alignments: dict[tuple[int, str, int, str, int], Alignment] = {}
        self._adoptions: dict[tuple[int, str, int, str, int], AdoptionReport] = {}
        self._lock = threading.Lock()
        self.templates = Environment(loader=FileSystemLoader(HERE / "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True))  # fmt: skip
        self.templates.filters["urlpart"] = lambda s: quote(str(s), safe="")
        self.templates.globals["cite"] = cite
        self.templates.globals["titled"] = titled
        self.templates.filters["clip"] = clip
        self.templates.globals["body_label"] = body_label  # what a comment's text is called: 理由, 问题 or 意见
        self.templates.globals["answer_of"] = answer_of  # what staff answered a question they resolved
        # the merge's warnings in the page's language, without the units' ids
        self.templates.globals["localized"] = partial(localized, ids=False)
        self.templates.globals["carry_check"] = carry_check  # a carried comment's note worth showing

    def shape(self, stored: StoredDraft) -> Shape:
        """The draft's structure, kept per stored text (a replaced draft has another hash)."""
        key = (stored.id, stored.sha256)
        found = self._shapes.get(key)
        if found is None:
            draft = stored.load()
            articles = tuple(v.unit.eid for v in draft.articles())
            found = Shape(draft, unit_index(draft), articles, {eid: n for n, eid in enumerate(articles)})
            with self._lock:
                if len(self._shapes) >= 16:
                    self._shapes.pop(next(iter(self._shapes)))
                self._shapes[key] = found
        return found

    def alignment(self, store: Store, old: StoredDraft, new: StoredDraft) -> Alignment:
        """The alignment of two readings, as the carry stored it (or worked out), kept until the
        store's next write: every article page of a next reading reads it, and aligning a large law
        again takes a third of a second."""
        key = (old.id, old.sha256, new.id, new.sha256, store.generation())
        found = self._alignments.get(key)
        if found is None:
            found = stored_alignment(store, old, new) or align_versions(self.shape(old).draft, self.shape(new).draft)
            with self._lock:
                if len(self._alignments) >= 8:
                    self._alignments.pop(next(iter(self._alignments)))
                self._alignments[key] = found
        return found

    def adoption(self, store: Store, old: StoredDraft, new: StoredDraft) -> AdoptionReport:
        """What ``new`` made of the proposals on ``old`` and of the committee position, kept until the
        store's next write (judging every proposal of a busy consultation takes seconds: the staff's
        adoption page is opened again and again while nothing changes)."""
        generation = store.generation()  # before anything is read (as draft_positions asks)
        key = (old.id, old.sha256, new.id, new.sha256, generation)
        found = self._adoptions.get(key)
        if found is None:
            # judged as `lawcomment adoption` judges them (a copy staff placed where its changes were made followed)
            found = adoption_report(store, old, new, drafts=(self.shape(old).draft, self.shape(new).draft),
                                    alignment=self.alignment(store, old, new), generation=generation)  # fmt: skip
            with self._lock:
                if len(self._adoptions) >= 4:
                    self._adoptions.pop(next(iter(self._adoptions)))
                self._adoptions[key] = found
        return found

    def near(self, store: Store, stored: StoredDraft, eid: str, comments: list[Comment],
             generation: int) -> list[NearGroup]:  # fmt: skip
        """The near-duplicate groups of one article, kept until the store's next write (grouping a
        busy article's thousands of remarks takes seconds; the merged view is opened often).
        ``generation`` is the store's as it was before ``comments`` were read: a write in between
        makes the groups an older generation's, never a newer one's."""
        key = (stored.id, stored.sha256, eid, generation)
        found = self._near.get(key)
        if found is None:
            found = near_groups(store, stored, eid, draft=self.shape(stored).draft, comments=comments)
            with self._lock:
                if len(self._near) >= 64:
                    self._near.pop(next(iter(self._near)))
                self._near[key] = found
        return found

    def signing_in(self, login: str) -> threading.Lock:
        """The lock a sign-in as ``login`` holds while it is checked (one at a time per login)."""
        with self._lock:
            if len(self._signing_in) > 10_000:  # (logins tried since: forgotten, but those being checked)
                self._signing_in = {k: v for k, v in self._signing_in.items() if v.locked()}
            # (keyed as the store counts failures, 200 characters at most: a review's logins of 60 KB each, kept as keys,
            # held hundreds of megabytes)
            return self._signing_in.setdefault(login.strip().lower()[:200], threading.Lock())

    def english(self, store: Store, stored: StoredDraft) -> dict[str, tuple[str, str]]:
        """The English working text of each unit of the draft: its own words (shown under the
        unit's) and its whole text (what a member rewords), from the translation's units that
        render it; {} when the draft has no English translation."""
        return self._of_english(store, stored, self._english, lambda found: {
            eid: (r.own, r.text) for eid, r in rendered(found.load(), found.pairing()).items()})

    def english_title(self, store: Store, stored: StoredDraft) -> str:
        """The title the draft's English translation gives it ("" when it has none, or none is
        read): what a member reading the pages in English sees the draft called."""
        found: dict[str, str] = self._of_english(store, stored, self._english_title,
                                                 lambda found: {"title": found.load().title or ""})  # fmt: skip
        return found.get("title", "")

    def english_merged(self, store: Store, stored: StoredDraft) -> dict[str, tuple[str, tuple[str, ...]]]:
        """The English working text the translation gives several units of the draft at once (a
        paragraph rendering two 款): by the first of those units, its text and all of them. Shown,
        not reworded unit by unit: its words cannot be told apart."""
        def merged(found: StoredTranslation) -> dict[str, tuple[str, tuple[str, ...]]]:
            index = {u.eid: u for u in found.load().walk()}
            by_target: dict[tuple[str, ...], list[str]] = {}
            for pair in found.pairing().pairs:
                if pair.merged:
                    by_target.setdefault(pair.target, []).append(pair.source)
            return {sources[0]: (" ".join(x for e in target if e in index for x in (index[e].heading, index[e].text)
                                          if x), tuple(sources))
                    for target, sources in by_target.items()}  # fmt: skip

        return self._of_english(store, stored, self._english_merged, merged)

    def _of_english(self, store: Store, stored: StoredDraft, cache: dict[tuple[int, str], Any],
                    make: Callable[[StoredTranslation], dict[str, Any]]) -> Any:  # fmt: skip
        """What ``make`` works out of the draft's English translation, kept per worker in ``cache``
        under the translation's hash ({} when the draft has none)."""
        found = store.translation(stored, "en") if not stored.profile.startswith("en") else None
        if found is None:
            return {}
        key = (stored.id, found.sha256)
        texts = cache.get(key)
        if texts is None:
            texts = make(found)
            with self._lock:
                cache[key] = texts
        return texts

    def store(self) -> Store:
        found: Store | None = getattr(self._local, "store", None)
        if found is None:
            found = self._local.store = open_store(self.db, "web")
        return found

    @property
    def key(self) -> bytes:
        if self._key is None:
            self._key = auth.server_key(self.store())
        return self._key


@dataclass(frozen=True)
class Shape:
    """What every page of one stored draft reads of its structure, worked out once per worker."""

    draft: Draft
    index: dict[str, Unit]
    articles: tuple[str, ...]
    place: dict[str, int]  # article eid → its position in ``articles``


@dataclass
class Ctx:
    """One request as a page handler sees it."""

    request: Request
    web: Web
    store: Store
    session: WebSession | None
    lang: str
    form: FormData | None = None
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    visitor: str = ""
    cookies: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    is_staff: bool = False
    company: str = ""  # the signed-in user's member, by its name (the header says whose users they are)
    memo: dict[Any, Any] = field(default_factory=dict)  # what one request works out once (a comment's earlier readings)

    @property
    def user(self) -> Any:
        assert self.session is not None
        return self.session.user

    @property
    def csrf(self) -> str:
        return self.session.csrf if self.session is not None else auth.visitor_csrf(self.web.key, self.visitor)

    def company_lang(self, member: Member) -> None:
        """Read the page in ``member``'s language (``member add --lang``, a members file's lang
        column) where the user chose none (the switch, ``web user add --lang``) and this browser
        none (its ``lang`` cookie): an English-speaking company's new user reads English unasked.
        The staff's member says nothing of its users' language: theirs follows their browser."""
        if member.role is Role.STAFF:
            return
        chosen = self.session.user.lang if self.session is not None else None
        self.lang = choose_lang(self.request.headers.get("accept-language"), chosen, self.request.cookies.get("lang"),
                                member.lang)  # fmt: skip

    def t(self, key: str, **values: Any) -> str:
        """The interface's words ``key`` in the page's language, with ``values`` put in; a count
        ``n`` of 1 takes the key's singular form where it has one (``key_one``: "1 article", never
        "1 articles")."""
        found = words(self.lang)
        text = found.get(f"{key}_one", found.get(key, key)) if str(values.get("n", "")) == "1" else found.get(key, key)
        return text.format(**values) if values else text

    def field(self, name: str, default: str = "") -> str:
        value = self.form.get(name) if self.form is not None else None
        # a textarea's line breaks come as CRLF (the HTML form encoding): one line feed each
        return value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) else default

    def has_field(self, name: str) -> bool:
        """Whether the form sent ``name`` (even empty): a field the page's form has, or not."""
        return self.form is not None and isinstance(self.form.get(name), str)

    def page(self, template: str, status: int = 200, **values: Any) -> HTMLResponse:
        stored, unit = values.get("stored"), values.get("unit")
        if self.lang == "en" and isinstance(stored, StoredDraft) and not stored.profile.startswith("en"):
            # a member reading a Chinese draft in English: its article called as English calls it, the Chinese
            # beside (the page's forms said Article 43(2) under a heading of 第四十三条 alone: a trial); with
            # the English working text, the draft's title as the translation gives it too (a bilingual trial)
            english = self.web.english(self.store, stored)
            if english:
                values.setdefault("title_en", self.web.english_title(self.store, stored))
            if isinstance(unit, Unit) and (english or unit.kind is Kind.ARTICLE):
                values.setdefault("label_en", law_citation(self.web.shape(stored).draft, unit.eid, "en"))
        if self.request.method == "POST" and "own_url" not in values:
            # a page answering a POST (a comment refused, its words given back) names the page its form was on: the
            # browser's address is set to it, and a reload reads that page, never sends the form again (a trial's
            # address bar stayed on /a/art_12/comment)
            up = _page_of(self.request)
            values["own_url"] = quote(up, safe="/@") if up else ""
        html = self.web.templates.get_template(template).render(
            t=self.t, lang=self.lang, law_lang=_law_lang(stored),
            csrf=self.csrf, session=self.session, is_staff=self.is_staff, company=self.company,
            path=self.request.url.path, notice=self.t(n) if (n := self.request.query_params.get("done", "")) in
            NOTICES else "", done=n if n in NOTICES else "", flashed=self._flashed(), **values)  # fmt: skip
        if self.lang == "en" and _law_lang(stored) == "en":
            # an English consultation's page in English: the law's words quoted “…”, its units listed and named
            # as English does (a trial's staff page read Draft wording: 「one month」); its text only, never a
            # form's value or a textarea's words, which go back to the store as the member or staff wrote them
            html = "".join(piece if _UNTOUCHED.fullmatch(piece) else typeset(piece, "en")
                           for piece in _UNTOUCHED.split(html) if piece)  # fmt: skip
        return HTMLResponse(html, status_code=status)

    def from_database(self, exc: Exception) -> bool:
        """Whether ``exc`` says what the database server said (its address, user and words): a
        handler that shows its errors on its own page lets it through, to the operator's log."""
        return str(exc).startswith(f"{self.store.where}: ")

    def flash(self, messages: list[str]) -> None:
        """Show ``messages`` (the core's warnings) on the next page this browser sees, after the
        redirect: in a short-lived cookie the server signs, so no link can put words there."""
        kept: list[str] = []
        # in the page's language before they are cut to fit (a cut message is no known form), without what only a
        # command line's user types (a web trial's page said "as with --lang en")
        messages = [_CLI_ONLY.sub("", localized(m, self.lang, ids=False)) for m in messages]
        for m in messages[:FLASH_MOST]:
            trial = _flash_value([*kept, m[:FLASH_CHARS]])
            if len(trial) > FLASH_BYTES:
                break
            kept.append(m[:FLASH_CHARS])
        if kept:
            value = f"flash:{self._flash_binding()}:{int(time.time())}:{_flash_value(kept)}"
            signed = auth.sign(self.web.key, value, FLASH_COOKIE)
            self.cookies.append((FLASH_COOKIE, signed, {"max_age": FLASH_SECONDS}))

    def _flash_binding(self) -> str:
        """What ties a flash to this browser's session (or, before sign-in, its visitor cookie):
        a digest of its CSRF secret, which no other browser has."""
        return hashlib.sha256(f"flash:{self.csrf}".encode()).hexdigest()[:24]

    def _flashed(self) -> list[str]:
        """The messages flashed to this page (then gone: the cookie is cleared)."""
        signed = self.request.cookies.get(FLASH_COOKIE)
        if not signed or any(name == FLASH_COOKIE for name, _, _ in self.cookies):
            return []
        self.cookies.append((FLASH_COOKIE, "", {"max_age": 0}))
        value = auth.unsign(self.web.key, signed, FLASH_COOKIE)
        purpose, binding, issued, payload = (value or "").split(":", 3) if (value or "").count(":") >= 3 else ("", "", "", "")
        if purpose != "flash" or binding != self._flash_binding() or not issued.isdigit() or \
                not 0 <= time.time() - int(issued) <= FLASH_SECONDS:  # fmt: skip
            return []  # another browser's, or old: nothing shown
        try:
            found = json.loads(base64.urlsafe_b64decode(payload.encode()))
        except ValueError:
            return []
        return [m for m in found if isinstance(m, str)] if isinstance(found, list) else []

    def back(self, url: str, done: str = "") -> RedirectResponse:
        """After a POST: see the page again (303), with a notice by its key (never user text), one
        of :data:`NOTICES`."""
        path, hash_, fragment = url.partition("#")
        if done:
            if done not in NOTICES:
                raise ValueError(f"{done!r} is no notice a page says after a change (NOTICES)")
            path += ("&" if "?" in path else "?") + f"done={done}"
        return RedirectResponse(path + hash_ + fragment, status_code=303)


#: The words of a core message that only a command line's user acts on.
_CLI_ONLY = re.compile(r", as with --lang \w+$")

#: What a page says after a change, by the key its ``?done=`` names: only these (a security review's
#: ``?done=session_ended`` set the session-ended banner on a working page).
NOTICES = frozenset({
    "added", "decided", "deadline_removed", "deadline_set", "letter_set", "edited", "english_unchanged", "forward_confirmed",
    "forward_done", "forward_done_article", "nothing_decided", "reason_saved_wording_unchanged",
    "reason_saved_wording_unchanged_none", "restored", "saved", "sent_already", "staff_restored", "staff_withdrew_done",
    "translated", "undone", "unchanged", "unforward_done", "withdrew", "wording_unchanged", "wording_unchanged_none",
})  # fmt: skip


class Refused(Exception):
    """A request refused with a status and a message key (or a message)."""

    def __init__(self, status: int, key: str) -> None:
        super().__init__(key)
        self.status, self.key = status, key


Handler = Callable[[Ctx], Response]
#: Threads of one worker that run requests (each with its own store connection): a shared
#: PostgreSQL server sees at most this many connections per worker.
THREADS = 8
#: Uploaded files one worker reads at once; another waits IMPORT_WAIT seconds, then is told to try again.
IMPORTS_AT_ONCE = 2
IMPORT_WAIT = 5.0


def route(web: Web, path: str, handler: Handler, *, methods: tuple[str, ...] = ("GET",), public: bool = False,
          staff: bool = False) -> Route:  # fmt: skip
    """A route whose every request is checked: a session (unless ``public``), the staff role
    (``staff``), the CSRF token (every POST). The body is read here, on the event loop; the
    rest runs in a thread of the worker's pool, with that thread's store, so that no two
    requests share a store (and its actor) and a slow one (argon2, an export) blocks no other."""
    async def endpoint(request: Request) -> Response:
        form: FormData | None = None
        files: dict[str, tuple[str, bytes]] = {}
        if request.method == "POST" and not public and not _may_be_signed_in(web, request):
            # no session to act for: refused before its body (an upload's megabytes) is read; a form of
            # typed words sent from this site's own page is read, to give the words back with the refusal
            # (a trial's member lost a long comment to a session that had ended, told only "Forbidden")
            if _own_small_form(request):
                with contextlib.suppress(MultiPartException, HTTPException, ValueError, KeyError, ClientDisconnect):
                    form = await request.form(max_files=0, max_fields=FORM_FIELDS, max_part_size=FORM_PART)
            return await anyio.to_thread.run_sync(partial(_handle, web, handler, request, form, {}, public, staff),
                                                  limiter=web.limiter)  # fmt: skip
        if request.method == "POST":
            try:
                body = await request.body()  # (kept: the form is read from it)
                form = await request.form(max_files=2, max_fields=FORM_FIELDS, max_part_size=FORM_PART)
            except ClientDisconnect:  # (gone before its body arrived: nothing to answer, no traceback logged)
                return Response(status_code=400)
            except _TooSlow:  # (answered here: raised through Starlette, its error page, a 500, went out first)
                return HTMLResponse(_too_slow_page(request.cookies.get("lang", "")), status_code=408,
                                    headers={"connection": "close"})  # fmt: skip
            except _TooLarge:
                return HTMLResponse(_too_large_page(_cap_of(web, request), request.url.path.endswith("/upload"),
                                                    request.url.path, request.cookies.get("lang", "")),
                                    status_code=413)  # fmt: skip
            except (MultiPartException, HTTPException, ValueError, KeyError):
                # a field past its size, too many fields, a broken body: the app's own page, in the
                # visitor's language, and nothing done (its CSRF token cannot even be read)
                unread = partial(_handle, web, _unreadable, request, None, {}, public, staff, unreadable=True)
                return await anyio.to_thread.run_sync(unread, limiter=web.limiter)
            if any(isinstance(v, str) and "\x00" in v for _, v in form.multi_items()):
                # no text anyone types holds a NUL, and no database keeps one (a trial's sign-in
                # with one was answered with the server's database error): refused, nothing done
                unread = partial(_handle, web, _unreadable, request, None, {}, public, staff, unreadable=True)
                return await anyio.to_thread.run_sync(unread, limiter=web.limiter)
            if not _utf8(request, body, form):
                # text that is not UTF-8 (a script's, a client set to another encoding) would be kept
                # with U+FFFD (or read as Latin-1) in place of what was meant: refused, nothing done
                unread = partial(_handle, web, _not_utf8, request, None, {}, public, staff, unreadable=True)
                return await anyio.to_thread.run_sync(unread, limiter=web.limiter)
            for name, value in form.multi_items():
                if isinstance(value, UploadFile):
                    files[name] = (value.filename or "", await value.read())
        return await anyio.to_thread.run_sync(partial(_handle, web, handler, request, form, files, public, staff),
                                              limiter=web.limiter)  # fmt: skip

    endpoint.__name__ = handler.__name__
    endpoint.checked = True  # type: ignore[attr-defined]  # tests find every route wrapped
    return Route(path, endpoint, methods=list(methods))


#: One line per request (``lawcomment serve`` writes it to standard error, or to ``--access-log FILE``):
#: when, from where, who, what, the answer and how long it took.
ACCESS_LOG = logging.getLogger("lawcomment_web.access")
#: What broke on the server (an exporter's exception, with its traceback): for the operator, never on a page.
ERRORS = logging.getLogger("lawcomment_web.errors")
#: What a logged path never shows: an invitation's token (whoever reads the log could sign up with it).
_SECRET_PATH = re.compile(r"^(/invite/)[^/]+")


#: The most of a form sent without a session that is read to give its words back (a comment's, not an upload).
SESSIONLESS_FORM = 256 * 1024


def _own_small_form(request: Request) -> bool:
    """Whether a POST is a small form of text (urlencoded, with its length said) sent from a page
    of this site (its Origin this site's): one whose words may be given back when it is refused
    for want of a session. Another site's form is never read, nor shown."""
    length = request.headers.get("content-length", "")
    kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    origin = request.headers.get("origin", "")
    own = f"{request.url.scheme}://{request.url.netloc}"
    return kind == "application/x-www-form-urlencoded" and length.isdigit() and int(length) <= SESSIONLESS_FORM \
        and origin == own  # fmt: skip


def _foreign_origin(request: Request) -> bool:
    """Whether a request says it comes from a page of another site: its ``Origin`` (``null`` included:
    a sandboxed or local file's form), or, without one, its ``Referer``, names another host than the
    one it was sent to. The host alone is compared: behind a proxy that ends TLS the app reads
    ``http`` where the browser said ``https``. False when the request says neither."""
    said = request.headers.get("origin") or request.headers.get("referer")
    if not said:
        return False
    try:
        host = urlsplit(said).netloc
    except ValueError:
        return True
    return said == "null" or host.lower() != request.url.netloc.lower()


def _may_be_signed_in(web: Web, request: Request) -> bool:
    """Whether ``request`` bears a session cookie this server signed (any session cookie, before
    the server's key is known): checked on the event loop, before a POST's body is read."""
    return _signed_session(web, request.cookies.get(auth.SESSION_COOKIE))


def _signed_session(web: Web, cookie: str | None) -> bool:
    """Whether ``cookie`` is a session cookie this server signed (any, before the server's key is known)."""
    if not cookie:
        return False
    key = web._key  # the store is read in the request's thread only: unknown yet, any cookie may be one
    return key is None or auth.unsign(key, cookie, auth.SESSION_COOKIE) is not None


def _body_limits(path: str, signed: bool, max_body: int) -> tuple[int, float]:
    """The most a request's body to ``path`` may hold, and the seconds it may take: a request bearing no
    session cookie this server signed (``signed``) takes a public page's (a security review's anonymous
    chunked bodies were read whole, 10 MB each, before the app refused them)."""
    if not signed:
        return min(max_body, PUBLIC_BODY), BODY_SECONDS
    if path.endswith("/upload"):
        return max_body, UPLOAD_SECONDS
    return min(max_body, PUBLIC_BODY if _public_path(path) else FORM_BODY), BODY_SECONDS


def _loggable(text: str) -> str:
    """``text`` with every character a terminal would act on (escape sequences, line and
    paragraph separators, bidirectional controls) written as an escape: a path can fake or hide
    no line of the log for whoever tails it."""
    return text if text.isprintable() else "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)


def _unreadable(ctx: Ctx) -> Response:
    """The handler of a POST whose form could not be read: refused, nothing done."""
    raise Refused(400, "form_unreadable")


def _not_utf8(ctx: Ctx) -> Response:
    """The handler of a POST whose text is not UTF-8: refused, nothing done."""
    raise Refused(400, "form_not_utf8")


def _utf8(request: Request, body: bytes, form: FormData) -> bool:
    """Whether the text fields of ``form`` (read from ``body``) were sent as UTF-8, as every page of
    the app sends them. Starlette reads what is not as something else: a URL-encoded field with
    U+FFFD in place of each byte it cannot decode (a trial's reason was stored as 理��), a part of
    a multipart body as Latin-1. So a URL-encoded body must decode, and each multipart text field
    stand in the body as its UTF-8 bytes (an uploaded file is the intake's to read)."""
    kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        try:
            unquote_to_bytes(body.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True
    return all(v.isascii() or v.encode("utf-8") in body for _, v in form.multi_items() if isinstance(v, str))


def _handle(web: Web, handler: Handler, request: Request, form: FormData | None, files: dict[str, tuple[str, bytes]],
            public: bool, staff: bool, unreadable: bool = False) -> Response:  # fmt: skip
    response, who = _answer(web, handler, request, form, files, public, staff, unreadable)
    request.scope[_WHO] = who  # (for the request's line in the log, which Guard writes)
    return response


#: Where a request's scope says who asked (their login), for its line in the request log.
_WHO = "lawcomment.who"


def log_request(scope: Scope, status: int, started: float) -> None:
    """The request's line in the request log: when (the log's own stamp), from where, who, what,
    the answer and how long it took. Every request has one, whatever answered it (a route, the
    bare not-found page, a static file, the upload cap). The path is written without its query (a
    search, a sign-in's next page) or an invitation's token, every character a terminal would act
    on as an escape, and a space as %20: each field is one word, so that no path can fake the
    fields after it (a trial's /d/x%20200%200ms… read as status 200 to a reader splitting on spaces)."""
    if not ACCESS_LOG.isEnabledFor(logging.INFO):
        return
    path = _loggable(_SECRET_PATH.sub(r"\1…", scope.get("path", ""))).replace(" ", "%20") or "/"
    client = scope.get("client")
    ACCESS_LOG.info("%s %s %s %s %d %.0fms", client[0] if client else "-", scope.get(_WHO, "-"),
                    _loggable(scope.get("method", "-")).replace(" ", "%20"), path, status,
                    (time.perf_counter() - started) * 1000)  # fmt: skip


def _answer(web: Web, handler: Handler, request: Request, form: FormData | None, files: dict[str, tuple[str, bytes]],
            public: bool, staff: bool, unreadable: bool = False) -> tuple[Response, str]:  # fmt: skip
    """The response to one request, and who asked (their login, or - before sign-in)."""
    try:
        store = web.store()
        token = auth.unsign(web.key, request.cookies.get(auth.SESSION_COOKIE), auth.SESSION_COOKIE)
        session = store.session(auth.digest(token)) if token else None
    except LawcommentError as exc:
        # the store cannot be reached at all (its server down, refusing connections): no session,
        # no page of the app's can be drawn; a page in both languages, the error in the operator's
        # log, never a traceback (a trial's every request was uvicorn's bare 500 once PostgreSQL
        # had dropped the connections); the next request tries the store again
        ERRORS.error("%s %s: %s", request.method, _loggable(request.url.path), _loggable(str(exc)))
        return HTMLResponse(bare_page(*DATABASE_DOWN, lang=request.cookies.get("lang", "")), status_code=500), "-"
    visitor = auth.unsign(web.key, request.cookies.get(auth.VISITOR_COOKIE), auth.VISITOR_COOKIE) or ""
    user_lang = session.user.lang if session is not None else None
    ctx = Ctx(request, web, store, session, choose_lang(request.headers.get("accept-language"), user_lang,
                                                        request.cookies.get("lang")), form=form, files=files,
              visitor=visitor)  # fmt: skip
    if not visitor and session is None:
        ctx.visitor = auth.new_token()
        ctx.cookies.append((auth.VISITOR_COOKIE, auth.sign(web.key, ctx.visitor, auth.VISITOR_COOKIE), {}))
    try:
        if session is None and not public:
            if request.method in ("GET", "HEAD"):  # (a HEAD is answered as its GET would be)
                return RedirectResponse("/signin?next=" + quote(request.url.path, safe="/"), status_code=303), "-"
            return _session_ended(ctx), "-"
        if session is not None:
            member = store.get_member(session.user.member)
            ctx.is_staff, ctx.company = member.role is Role.STAFF, member.org or member.id
            ctx.company_lang(member)
            store.actor = f"web:{session.user.login}"
        if staff and not ctx.is_staff:  # (said what the page is: a member who followed a link knows why)
            raise Refused(403, "staff_only")
        # an unreadable form's handler refuses it: nothing is done, so no token is needed to say so
        # beside the token, defence in depth: a form another site's page sent (its Origin, or without one its Referer,
        # another site's) is refused even with a valid token (a trial's POST with Origin: https://evil.example was
        # taken); one that says neither is judged by its token alone
        if request.method == "POST" and _foreign_origin(request):
            raise Refused(403, "foreign_origin")
        if request.method == "POST" and not unreadable:
            sent = ctx.field("csrf")
            if not sent or not hmac.compare_digest(sent, ctx.csrf):
                raise Refused(403, "csrf")
        response = handler(ctx)
    except Refused as exc:
        response = ctx.page("error.html", exc.status, message=ctx.t(exc.key))
    except LawcommentError as exc:
        if ctx.from_database(exc):  # the database's own words: the operator's, never a visitor's
            ERRORS.error("%s %s: %s", request.method, _loggable(request.url.path), _loggable(str(exc)))
            response = ctx.page("error.html", 500, message=ctx.t("database_down"))
        else:
            response = ctx.page("error.html", 400, message=localized(str(exc), ctx.lang, ids=False))
    finally:
        store.actor = "web"
    for name, value, extra in ctx.cookies:
        set_cookie(response, web, name, value, **extra)
    return response, session.user.login if session is not None else "-"


#: The fields of a form whose words are given back when it is refused for want of a session: what people type.
_TYPED_FIELDS = ("proposal", "reason", "value", "committee_reason", "body", "answer", "note")
#: The label each typed field is given back under (the words of the form's own labels).
_TYPED_LABELS = {"proposal": "proposal", "reason": "reason", "committee_reason": "committee_reason", "answer": "answer"}


def _session_ended(ctx: Ctx) -> Response:
    """A form sent when its sender's session had ended (it expired, the password changed, they
    signed in elsewhere): said so in the language the page was read in, the words typed given
    back to copy (when the form came from this site), and a link to sign in and come back to
    the page it was sent from. Nothing is done."""
    # each field in a box of its own under its label: a wording and its reason given back as one run of text read
    # as one wording (a web trial), and pasted back whole, the reason went into the law as a 款 (a review)
    given = [(k, v.strip()) for k in _TYPED_FIELDS if isinstance(v := ctx.field(k), str) and v.strip()]
    fields = [(ctx.t(_TYPED_LABELS[k]) if k in _TYPED_LABELS else "", v) for k, v in given]
    back = _page_of(ctx.request) or "/"
    return ctx.page("error.html", 403, message=ctx.t("session_ended"), typed_fields=fields,
                    again="/signin?next=" + quote(back, safe="/"), again_label=ctx.t("sign_in_again"))  # fmt: skip


def _page_of(request: Request) -> str | None:
    """The page whose form posts to ``request``'s address, when the address one step up is a page
    of the app (…/a/art_2/comment → …/a/art_2); None otherwise (never another host's)."""
    up = request.url.path.rsplit("/", 1)[0]
    scope = {**request.scope, "path": up, "method": "GET"}
    if up.startswith("/") and not up.startswith("//") and any(route.matches(scope)[0] is Match.FULL
                                                              for route in request.app.routes):  # fmt: skip
        return up
    return None


#: The page when the store cannot be reached before a request is read: its title and line, in both languages.
DATABASE_DOWN = ("出错了 · Something went wrong",
                 "暂时无法访问数据库，请稍后再试。 · The database could not be reached just now; try again in a moment.")

#: A POST's form: at most this many fields (the widest form has a dozen), each at most this many
#: bytes (a wording of 20,000 characters and its reason of 50,000 fit; a whole law pasted does not).
FORM_FIELDS, FORM_PART = 40, 1024 * 1024

#: Flashed warnings: at most this many, each cut at this many characters, the cookie under a
#: browser's 4 KB for one cookie.
FLASH_COOKIE, FLASH_MOST, FLASH_CHARS, FLASH_BYTES, FLASH_SECONDS = "lc_flash", 4, 400, 3500, 300


def _flash_value(messages: list[str]) -> str:
    return base64.urlsafe_b64encode(json.dumps(messages, ensure_ascii=False).encode()).decode()


def set_cookie(response: Response, web: Web, name: str, value: str, max_age: int | None = None) -> None:
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="lax", secure=web.secure_cookies,
                        path="/")  # fmt: skip


#: The most a request's body may hold but an upload's (a form of typed words: a comment of 50,000 characters,
#: percent-encoded, fits many times over, and one pasted far longer is read, to be told its limits in
#: characters), and the most one to a page anyone reaches without signing in may hold (sign-in, sign-up,
#: the language): a security review held 12 MB of the server's memory per connection with them.
FORM_BODY, PUBLIC_BODY = 4 * 1024 * 1024, 64 * 1024
#: How long a request's body may take to arrive, in seconds (an upload's, and any other's): a body sent a
#: byte at a time held its connection open for as long as its sender liked (a security review).
UPLOAD_SECONDS, BODY_SECONDS = 300.0, 60.0


def _public_path(path: str) -> bool:
    return path in ("/signin", "/lang") or path.startswith("/invite/")


class Guard:
    """Security headers on every response, and requests larger than the cap refused (413)
    before the app reads them, whatever their Content-Length says: an upload's (``max_body``),
    :data:`FORM_BODY` for any other, :data:`PUBLIC_BODY` for a page anyone reaches; a body
    slower than :data:`UPLOAD_SECONDS` or :data:`BODY_SECONDS` is refused (408)."""

    def __init__(self, app: ASGIApp, max_body: int, web: Web | None = None) -> None:
        self.app, self.max_body, self.web = app, max_body, web

    def _limits(self, scope: Scope) -> tuple[int, float]:
        """:func:`_body_limits` of request ``scope``, its session cookie read as the app reads cookies
        (SimpleCookie stops at another site's odd cookie, and a signed-in user's upload would have been
        held to a public page's cap)."""
        if self.web is None:
            signed = True
        else:
            signed = _signed_session(self.web, _cookies(scope).get(auth.SESSION_COOKIE))
        return _body_limits(scope.get("path", ""), signed, self.max_body)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, answered = time.perf_counter(), [500]  # (500: what the server says when the app raised)

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                answered[0] = message["status"]
            await send(message)

        try:
            await self._guarded(scope, receive, sending)
        finally:  # every request is logged here, whatever answered it
            log_request(scope, answered[0], started)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        cap, seconds = self._limits(scope)
        # (its refusal in the browser's language, as a missing page is: the cookie alone, no session read)
        lang = _cookies(scope).get("lang", "")
        upload = scope.get("path", "").endswith("/upload")
        deadline = time.monotonic() + seconds
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > cap):
            await self._too_large(send, cap, upload, scope.get("path", ""), lang)
            return
        if length is None:
            # sent in chunks: read whole first (never past the cap), so that a body too large is
            # a 413 here, not an error raised inside the app's form parsing (a 500)
            try:
                read = await self._read_capped(receive, cap, deadline)
            except _TooSlow:
                await self._too_slow(send, lang)
                return
            if read is None:
                await self._too_large(send, cap, upload, scope.get("path", ""), lang)
                return
            receive = read
        seen = 0
        started = False
        arrived = length is None or int(length) == 0  # (the body whole: no deadline for what comes after it)

        async def counted() -> Message:
            nonlocal seen, arrived
            if arrived:
                return await receive()
            with anyio.move_on_after(max(0.0, deadline - time.monotonic())) as waited:
                message = await receive()
            if waited.cancelled_caught:
                raise _TooSlow
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > cap:
                    raise _TooLarge
                arrived = not message.get("more_body", False)
            return message

        async def headed(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                # a page or an export of a signed-in user stays in no browser's cache after sign-out
                private = [] if b"cache-control" in names or scope.get("path", "").startswith("/static/") else [
                    (b"cache-control", b"no-store")]  # fmt: skip
                message["headers"] = [*message.get("headers", []), *(h for h in SECURITY_HEADERS if h[0] not in names),
                                      *private]  # fmt: skip
            await send(message)

        try:
            await self.app(scope, counted, headed)
        except _TooLarge:
            if not started:
                await self._too_large(send, cap, upload, scope.get("path", ""), lang)
        except _TooSlow:
            if not started:
                await self._too_slow(send, lang)

    async def _read_capped(self, receive: Receive, cap: int, deadline: float) -> Receive | None:
        """The request's body read to its end, handed on as one message (then ``receive`` as
        it is, for a disconnect); None when it passes ``cap``; _TooSlow past ``deadline``."""
        chunks: list[bytes] = []
        seen = 0
        while True:
            with anyio.move_on_after(max(0.0, deadline - time.monotonic())) as waited:
                message = await receive()
            if waited.cancelled_caught:
                raise _TooSlow
            if message["type"] != "http.request":  # the client went away: the app hears it
                first: Message = message
                break
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > cap:
                return None
            if not message.get("more_body", False):
                first = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
                break
        pending = [first]

        async def replay() -> Message:
            return pending.pop() if pending else await receive()

        return replay

    async def _too_slow(self, send: Send, lang: str = "") -> None:
        body = _too_slow_page(lang).encode()
        await send({"type": "http.response.start", "status": 408,
                    "headers": [(b"content-type", b"text/html; charset=utf-8"), (b"connection", b"close"),
                                *SECURITY_HEADERS]})  # fmt: skip
        await send({"type": "http.response.body", "body": body})

    async def _too_large(self, send: Send, most: int, upload: bool = True, path: str = "", lang: str = "") -> None:
        body = _too_large_page(most, upload, path, lang).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"text/html; charset=utf-8"), *SECURITY_HEADERS]})  # fmt: skip
        await send({"type": "http.response.body", "body": body})


def _too_large_page(most: int, upload: bool = False, path: str = "", lang: str = "") -> str:
    """The 413 page, in both languages; English alone for ``lang`` "en" (the language cookie), as a missing page."""
    cap = f"{most // 2**20} MB" if most >= 2**20 else f"{most // 1024} KB"
    return bare_page("文件过大 · Too large", f"提交的内容超过{cap}的上限，未予接收；请返回上一页，"
                     f"{'选择较小的文件' if upload else '缩短后再提交'}。", f"The request is larger than {cap}, and was "
                     f"not taken; go back and {'choose a smaller file' if upload else 'shorten it'}.",
                     back=_upload_page(path), lang=lang)  # fmt: skip


def _cap_of(web: Web, request: Request) -> int:
    """The cap a request's body passed (what the Guard held it to)."""
    return _body_limits(request.url.path, _may_be_signed_in(web, request), web.max_upload)[0]


def _too_slow_page(lang: str = "") -> str:
    """The 408 page, in both languages; English alone for ``lang`` "en" (the language cookie), as a missing page."""
    return bare_page("超时 · Too slow", "提交的内容未能及时送达，未予接收；请返回上一页重试。",
                     "The request took too long to arrive, and was not taken; go back and try again.", lang=lang)


def _cookies(scope: Scope) -> dict[str, str]:
    """The cookies of request ``scope``, read as the app reads them (Starlette's parser)."""
    return cookie_parser(dict(scope.get("headers", [])).get(b"cookie", b"").decode("latin-1"))


class _TooLarge(Exception):
    pass


class _TooSlow(Exception):
    pass


async def _missing(request: Request, exc: Exception) -> Response:
    """A URL the app does not have: its own page in both languages, a link back (no session is
    read: nothing of anyone's is shown)."""
    status = getattr(exc, "status_code", 404)
    if status == 405 and request.method == "GET":
        # a form's address opened as a page (reloaded after a refusal, or from the history): the page
        # whose form it is, when the address one step up is a page (…/a/art_2/comment → …/a/art_2)
        up = _page_of(request)  # (never a protocol-relative //host/…: the app's own pages only)
        if up is not None:
            return RedirectResponse(up, status_code=303)
    # (a form's address opened as a page is no missing page: it takes what its page's form sends)
    title = "此地址不接受这种请求 · This address does not take this kind of request" if status == 405 else "未找到 · Not found"
    return HTMLResponse(bare_page(title, lang=request.cookies.get("lang", "")), status_code=status)


#: A download's name as it goes in a header as it is: ASCII letters, digits and these marks.
_PLAIN_NAME = re.compile(r"[A-Za-z0-9._()+-]+")


def attachment(name: str) -> str:
    """The Content-Disposition of a download called ``name``: the name as it is when it is plain
    ASCII; else (网安法-二审稿-form.docx) in ``filename*`` (RFC 6266, RFC 5987: UTF-8, percent-encoded),
    which browsers read, with its ASCII letters in ``filename`` beside it for clients that read only
    that one (curl -J saves form.docx; a trial's saved %E7%BD%91….docx, the name percent-encoded in
    ``filename``)."""
    if _PLAIN_NAME.fullmatch(name):
        return f'attachment; filename="{name}"'
    fallback = re.sub(r"[_-]{2,}", "_", re.sub(r"[^A-Za-z0-9._()+-]+", "_", name)).strip("_.-")
    return f"attachment; filename=\"{fallback or 'download'}\"; filename*=UTF-8''{quote(name, safe='')}"


def clip(text: str, most: int = 60) -> str:
    """``text`` on one line, cut at ``most`` characters with …: the words a comment quotes, shown
    beside its citation (a Word comment may be anchored on a whole paragraph)."""
    line = " ".join(text.split())
    return line if len(line) <= most else line[:most] + "…"


def bare_page(title: str, *lines: str, back: str = "", lang: str = "") -> str:
    """A page in both languages that reads no session (nothing of anyone's is shown): the
    title, ``lines`` (fixed text, never the request's), a link to ``back`` (the page a refused
    upload came from), and one back to the start page; laid out for a phone as every page is.
    With ``lang`` "en" (the browser's language cookie: no session read), its English alone
    (an English reader's missing page said 未找到 first)."""
    english = lang == "en"

    def say(both: str) -> str:
        return both.rsplit(" · ", 1)[-1] if english else both

    # (a line is Chinese and English joined by " · ", or one of a Chinese line and its English)
    said = "".join(f"<p>{html_escape(say(line))}</p>" for line in lines if not (english and _CJK.search(say(line))))
    to = (f'<p><a href="{html_escape(back, quote=True)}">{say("返回上传页面 · Back to the upload page")}</a></p>'
          if back else "")  # fmt: skip
    return (f'<!doctype html><html lang="{"en" if english else "zh-CN"}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{html_escape(say(title))}</title><link rel="icon" href="/static/favicon.svg" type="image/svg+xml">'
            f'<link rel="stylesheet" href="/static/app.css"></head><body><main><h1>{html_escape(say(title))}</h1>{said}{to}'
            f'<p><a href="/">{say("返回首页 · Back to the start page")}</a></p></main></body></html>')  # fmt: skip


#: Chinese text: a bare page's Chinese line, left out of its English page.
_CJK = re.compile(r"[\u3400-\u9fff]")


#: An upload's address, whose page (the company's comments, with the upload form) a refusal links back to.
_UPLOAD_PATH = re.compile(r"/d/([^/?#]+)/upload")


def _upload_page(path: str) -> str:
    """The page an upload to ``path`` was sent from, or "" for any other request."""
    found = _UPLOAD_PATH.fullmatch(path)
    return f"/d/{quote(found[1], safe='')}/mine" if found else ""  # (the path as decoded: quoted again for the link)


#: What a page's English typesetting leaves as it is: a textarea's words, a script or style, and every tag (its
#: attributes: a form's hidden values and inputs), split out with them (capturing group).
_UNTOUCHED = re.compile(r"(<textarea\b[^>]*>.*?</textarea>|<script\b.*?</script>|<style\b.*?</style>|<[^>]*>)",
                        re.DOTALL | re.IGNORECASE)


def _law_lang(stored: Any) -> str:
    """The language of a draft's text, for the pages' ``lang`` on the law's words ("zh" without a draft)."""
    return "en" if isinstance(stored, StoredDraft) and stored.profile.startswith("en") else "zh"


def titled(stored: StoredDraft, title_en: str = "") -> Markup:
    """A draft's title as a page names it: the English working text's, else its own marked in its
    language (a Chinese draft's title on an English page is the law's words, not the interface's)."""
    if title_en:
        return Markup("{}").format(title_en)
    return Markup('<span lang="{}">{}</span>').format(_law_lang(stored), stored.title or stored.ref)


def zone(name: str) -> ZoneInfo:
    """The time zone called ``name`` (Asia/Shanghai, UTC …); StoreError for an unknown one."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise StoreError(f"unknown time zone {name!r} (e.g. Asia/Shanghai, Europe/Berlin, UTC)") from None


def create_app(db: str, *, secure_cookies: bool = False, max_upload: int = MAX_UPLOAD,
               timezone: str = TIMEZONE) -> ASGIApp:  # fmt: skip
    """The web app over the store at ``db`` (a path or URL, as ``--db`` takes). Set
    ``secure_cookies`` when it is served over HTTPS; ``timezone`` is where deadlines are days."""
    from . import pages, staff

    web = Web(db, secure_cookies=secure_cookies, max_upload=max_upload, timezone=timezone)
    web.store()  # a missing store fails here, at start, not at the first request
    routes = [*pages.routes(web), *staff.routes(web),
              Mount("/static", StaticFiles(directory=HERE / "static"), name="static")]  # fmt: skip
    app = Starlette(routes=routes, exception_handlers={404: _missing, 405: _missing})
    app.state.web = web
    return Guard(app, max_upload, web)
