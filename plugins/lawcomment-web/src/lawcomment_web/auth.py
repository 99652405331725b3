"""Passwords, tokens, signed cookies, CSRF tokens and sign-in rate limits: the web app's
security primitives, over the store's accounts (which keep only digests and hashes)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from lawcomment import Store, StoreError
from lawcomment.records import User, WebSession

SESSION_COOKIE = "lawcomment_session"
#: A visitor not signed in yet carries this cookie: the anchor of the sign-in form's CSRF token.
VISITOR_COOKIE = "lawcomment_visitor"
SESSION_DAYS = 7
#: Failed sign-ins allowed in WINDOW before sign-in is refused: for one login from one address
#: (a guesser), from one address (one guessing many logins), and for one login from anywhere (a
#: guesser with many addresses). Others signing in as that login from elsewhere are not held up
#: by one guesser, as they would be by a lock on the login alone.
MAX_FAILURES = 5
MAX_FAILURES_PER_ADDRESS = 30
MAX_FAILURES_PER_LOGIN = 100
WINDOW = timedelta(minutes=15)
MIN_PASSWORD = 10
#: How many different characters a password must have at least (not counting spaces at its ends).
MIN_DISTINCT = 5

_HASHER = PasswordHasher()
#: Verified against when the login is unknown, so that a wrong login costs as long as a wrong password.
_DUMMY = _HASHER.hash("not a password of anyone")


def stamp(at: datetime) -> str:
    """A time in the store's format (ISO 8601 UTC to the second, with Z)."""
    return at.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def utcnow() -> datetime:
    return datetime.now(UTC)


def hash_password(password: str) -> str:
    """The argon2id hash of ``password`` (refused when shorter than MIN_PASSWORD)."""
    if len(password) < MIN_PASSWORD:
        raise StoreError(f"the password must have at least {MIN_PASSWORD} characters")
    if len(set(password.strip())) < MIN_DISTINCT:  # ten spaces, aaaaaaaaaa, 1212121212: no password
        raise StoreError(f"the password must have at least {MIN_DISTINCT} different characters")
    return _HASHER.hash(password)


def check_password(user: User | None, password: str) -> bool:
    """Whether ``password`` is ``user``'s; an unknown user costs the same time and fails."""
    try:
        return _HASHER.verify(user.password if user is not None else _DUMMY, password) and user is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    """What the store keeps of a token: its SHA-256, so a copy of the database opens no session."""
    return hashlib.sha256(token.encode()).hexdigest()


def server_key(store: Store) -> bytes:
    """The key every worker of the server signs cookies with: made once, kept in the store."""
    value = store.setting("web.secret", lambda: secrets.token_hex(32))
    assert value is not None
    return bytes.fromhex(value)


def sign(key: bytes, value: str, purpose: str) -> str:
    """``value`` signed for a cookie of ``purpose`` (its name): a cookie signed for one purpose
    is never taken for another's (a security review passed a visitor's cookie off as a session's)."""
    mac = hmac.new(key, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()
    return f"{value}.{mac}"


def unsign(key: bytes, signed: str | None, purpose: str) -> str | None:
    """The value of a cookie signed for ``purpose``, or None when it is missing, was tampered
    with, or was signed for another purpose."""
    if not signed or "." not in signed:
        return None
    value, _, mac = signed.rpartition(".")
    good = hmac.new(key, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()
    return value if hmac.compare_digest(mac, good) else None


def visitor_csrf(key: bytes, visitor: str) -> str:
    """The CSRF token of the forms a visitor sees before signing in (sign-in, sign-up)."""
    return hmac.new(key, f"csrf:{visitor}".encode(), hashlib.sha256).hexdigest()


def start_session(store: Store, user: User) -> tuple[str, WebSession]:
    """A new session for ``user``: the cookie's token, and the session (a fresh CSRF token)."""
    token = new_token()
    expires = stamp(utcnow() + timedelta(days=SESSION_DAYS))
    csrf = secrets.token_hex(32)
    store.add_session(digest(token), user, csrf, expires)
    return token, WebSession(user, csrf, expires)


def too_many_failures(store: Store, login: str, address: str) -> bool:
    by_login, by_address, both = store.sign_in_failures(login, address, stamp(utcnow() - WINDOW))
    return both >= MAX_FAILURES or by_address >= MAX_FAILURES_PER_ADDRESS or by_login >= MAX_FAILURES_PER_LOGIN


def invitation_expiry(text: str) -> datetime:
    """``7d``, ``12h`` or ``30m`` from now (at most 90 days)."""
    units = {"d": "days", "h": "hours", "m": "minutes"}
    number, unit = text[:-1], text[-1:]
    if unit not in units or not number.isdigit() or int(number) == 0:
        raise StoreError(f"--expires takes a number and d, h or m (7d, 12h, 30m), not {text!r}")
    span = timedelta(**{units[unit]: int(number)})
    if span > timedelta(days=90):
        raise StoreError("--expires is at most 90d: a sign-up link should not live long")
    return utcnow() + span


def invite(store: Store, member: str, expires: datetime) -> str:
    """Issue a one-time sign-up link's token for a new user of ``member`` (the store keeps its digest)."""
    token = new_token()
    store.add_invitation(digest(token), member, stamp(expires))
    return token


#: What marks staff on the pages (工作人员, 协会工作人员, the secretariat …): no member's user is named
#: with them. (The separator · alone is no mark: 买买提·艾力 and Jean-Luc · Picard are names.)
_STAFF_WORDS = re.compile(r"工作人员|协会|秘书处|管理员|委员会"
                          r"|(?<![a-z])(?:staff|secretariat|association|admin|administrator|committee)(?![a-z])")


#: The traditional (and Japanese, and variant) forms of the staff words' characters, read as the
#: simplified ones: 協會秘書處, 委員會, 管理員 read as staff as plainly as 协会秘书处 (a trial's member users
#: took them, which NFKC leaves as they are). Only these characters: a name is otherwise read as typed.
_SIMPLIFIED = str.maketrans({"協": "协", "恊": "协", "會": "会", "㑹": "会", "書": "书", "處": "处", "処": "处",
                             "䖏": "处", "員": "员", "貟": "员", "祕": "秘"})


#: Letters of other scripts that read as the Latin ones of the staff words (Ѕtaff, Аdmin, Cоmmittee in
#: Cyrillic: a security review's names passed as none), read as those.
_LOOKALIKE = str.maketrans({"а": "a", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "ӏ": "l", "о": "o", "р": "p",
                            "ѕ": "s", "т": "t", "у": "y", "х": "x", "м": "m", "ԁ": "d", "ɑ": "a", "α": "a", "ε": "e",
                            "ι": "i", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "ν": "v", "κ": "k", "ѵ": "v", "ԛ": "q",
                            # (a review's Admın, Commıttee, Staƒf: Latin letters of other languages that read alike)
                            "ı": "i", "ȷ": "j", "ƒ": "f", "ɩ": "i", "ꞵ": "b", "ո": "n", "օ": "o", "ս": "u", "ց": "g",
                            "ⅰ": "i", "ℓ": "l"})


def looks_like_staff(name: str) -> bool:
    """Whether a member's user's display name (or, without one, the login the pages show
    instead) holds a word the app marks staff with (read as typed, any width or case, simplified
    or traditional characters, letters of other scripts that look Latin read as those, spaces
    and invisible characters left out)."""
    visible = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    spaced = unicodedata.normalize("NFKC", visible).casefold().translate(_SIMPLIFIED).translate(_LOOKALIKE)
    plain = re.sub(r"\s+", "", spaced)
    return bool(_STAFF_WORDS.search(plain) or _STAFF_WORDS.search(spaced))
