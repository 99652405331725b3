"""The web app's accounts in the store: users of member companies and staff, one-time sign-up
links, sessions, failed sign-ins and shared settings. Secrets are kept only as digests; user
changes are logged, sessions and failed sign-ins (which change nothing of the consultation) not."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .. import records
from ..comments import Member
from ..errors import StoreError
from ..records import now
from ..textcheck import check_fields
from .engine import Engine

if TYPE_CHECKING:  # the web app's types: built only where a store serves it
    from ..records import Invitation, User, WebSession

#: A login: letters, digits and . _ @ + - (an e-mail address is one), up to 64 characters.
LOGIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}")
_USER_COLUMNS = "id, login, member, name, lang, created, disabled, password"
LANGS = ("", "zh", "en")


#: The longest name a user may give (shown beside every comment of theirs, on every page).
NAME_LIMIT = 100
#: What a name never holds, besides the characters no text may: the line and paragraph separators
#: and the bidirectional controls, which make the names around it read in another order.
_NAME_CONTROLS = re.compile("[\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _check_name(login: str, name: str) -> None:
    """Refuse a user's name that the pages could not show as it is: too long, a control
    character (a line break too), a bidirectional control."""
    unfit = check_fields({"name": name}, "remove it")
    if "\n" in name or "\t" in name:
        unfit.append("name: a line break or a tab (give it on one line)")
    if (found := _NAME_CONTROLS.search(name)) is not None:
        unfit.append(f"name: the control character U+{ord(found.group()):04X} (remove it)")
    elif (hidden := next((ch for ch in name if unicodedata.category(ch) == "Cf"), None)) is not None:
        # (an invisible character inside a word, S\u200bTAFF, hid a staff word from the check a member's name
        # gets: a security review's)
        unfit.append(f"name: the invisible character U+{ord(hidden):04X} (remove it)")
    if len(name) > NAME_LIMIT:
        unfit.append(f"name: {len(name)} characters, more than {NAME_LIMIT}")
    if unfit:
        raise StoreError(f"user {login!r}: {'; '.join(unfit)}")


def _user(row: Any) -> User:
    return records.User(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7])


class Accounts:
    """The accounts part of :class:`~lawcomment.store.SQLStore` (a mixin over its engine)."""

    db: Engine
    actor: str
    transaction: Callable[[], AbstractContextManager[None]]
    _log: Callable[[str, str, dict[str, Any]], None]
    get_member: Callable[[str], Member]

    # -- users ---------------------------------------------------------------------------
    def add_user(self, login: str, member: str, password: str, *, name: str = "", lang: str = "") -> User:
        """Add a user of ``member`` (a member company, or a staff member) who signs in as
        ``login``; ``password`` is its hash (the web app hashes with argon2)."""
        login = login.strip()
        if not LOGIN.fullmatch(login):
            raise StoreError(f"invalid login {login!r}: 1 to 64 letters, digits and . _ @ + - (e.g. li.wei@acme.example)")
        _check_name(login, name)
        if lang not in LANGS:
            raise StoreError(f"user {login!r}: language must be zh or en, not {lang!r}")
        if not password:
            raise StoreError(f"user {login!r}: no password hash given")
        self.get_member(member)  # an unknown member is a StoreError naming the known ones
        with self.transaction():
            if self._user_row("login = ?", login.lower()) is not None:
                raise StoreError(f"user {login!r} already exists")
            stamp = now()
            self.db.execute("INSERT INTO users (login, member, name, lang, password, created) VALUES (?, ?, ?, ?, ?, ?)",
                            (login.lower(), member, name, lang, password, stamp))  # fmt: skip
            user = self.get_user(login)
            self._log("user.add", f"user:{user.login}", {"member": member, "name": name, "lang": lang})
        return user

    def _user_row(self, where: str, *args: Any) -> Any:
        return self.db.execute(f"SELECT {_USER_COLUMNS} FROM users WHERE {where}", args).fetchone()

    def get_user(self, login: str) -> User:
        """The user who signs in as ``login`` (any letter case); StoreError when there is none."""
        row = self._user_row("login = ?", login.strip().lower())
        if row is None:
            raise StoreError(f"no user {login!r} (`lawcomment web user list` lists them)")
        return _user(row)

    def find_user(self, login: str) -> User | None:
        """The user who signs in as ``login``, or None (a sign-in form asks without raising)."""
        row = self._user_row("login = ?", login.strip().lower())
        return None if row is None else _user(row)

    def users(self, member: str | None = None) -> list[User]:
        """Every user (or ``member``'s), by login."""
        sql = f"SELECT {_USER_COLUMNS} FROM users" + (" WHERE member = ?" if member is not None else "")
        rows = self.db.execute(sql, (member,) if member is not None else ()).fetchall()
        return sorted((_user(r) for r in rows), key=lambda u: u.login)

    def set_user(self, login: str, *, password: str | None = None, disabled: bool | None = None,
                 name: str | None = None, lang: str | None = None, member: str | None = None) -> User:  # fmt: skip
        """Change a user's password hash, name, language or member, or disable it (which ends
        its sessions, as a new password or member does) or enable it again."""
        user = self.get_user(login)
        changes: dict[str, Any] = {}
        if member is not None and member != user.member:
            changes["member"] = self.get_member(member).id
        if name is not None:
            _check_name(user.login, name)
            changes["name"] = name
        if lang is not None:
            if lang not in LANGS:
                raise StoreError(f"user {user.login!r}: language must be zh or en, not {lang!r}")
            changes["lang"] = lang
        if password is not None:
            changes["password"] = password
        if disabled is not None and disabled != (user.disabled is not None):
            changes["disabled"] = now() if disabled else None
        if not changes:
            return user
        with self.transaction():
            sets = ", ".join(f"{k} = ?" for k in changes)
            self.db.execute(f"UPDATE users SET {sets} WHERE id = ?", (*changes.values(), user.id))
            if changes.get("disabled") or "password" in changes or "member" in changes:  # a stolen session ends
                self.db.execute("DELETE FROM sessions WHERE user_id = ?", (user.id,))
            logged = {k: v for k, v in changes.items() if k != "password"}
            if "password" in changes:
                logged["password"] = "changed"
            action = ("user.disable" if changes.get("disabled") else "user.enable") if "disabled" in changes else "user.update"
            self._log(action, f"user:{user.login}", logged)
        return self.get_user(user.login)

    # -- invitations -------------------------------------------------------------------------
    def add_invitation(self, token: str, member: str, expires: str) -> Invitation:
        """Keep a sign-up link for a new user of ``member``: ``token`` is the digest of the
        link's secret, ``expires`` when it stops working (the store's timestamp format)."""
        self.get_member(member)
        with self.transaction():
            self.db.execute("INSERT INTO invitations (token, member, expires, created, created_by) VALUES (?, ?, ?, ?, ?)",
                            (token, member, expires, now(), self.actor))  # fmt: skip
            found = self.invitation(token)
            assert found is not None
            self._log("invitation.add", f"invitation:{found.id}", {"member": member, "expires": expires})
        return found

    def invitation(self, token: str) -> Invitation | None:
        """The invitation whose token has digest ``token`` (used or not), or None."""
        row = self.db.execute("SELECT id, member, expires, created, created_by, used_at, user_id FROM invitations "
                              "WHERE token = ?", (token,)).fetchone()  # fmt: skip
        return None if row is None else records.Invitation(*row)

    def invitations(self) -> list[Invitation]:
        rows = self.db.execute("SELECT id, member, expires, created, created_by, used_at, user_id FROM invitations "
                               "ORDER BY id").fetchall()  # fmt: skip
        return [records.Invitation(*r) for r in rows]

    def accept_invitation(self, token: str, login: str, password: str, *, name: str = "", lang: str = "") -> User:
        """Use the invitation with digest ``token`` once: the new user of its member, made in
        the same transaction that marks it used. A used, expired or unknown link is refused."""
        with self.transaction():
            found = self.invitation(token)
            if found is None:
                raise StoreError("this sign-up link is not valid")
            if found.used_at is not None:
                raise StoreError("this sign-up link has been used already")
            if found.expires <= now():
                raise StoreError("this sign-up link has expired; ask the association's staff for a new one")
            user = self.add_user(login, found.member, password, name=name, lang=lang)
            self.db.execute("UPDATE invitations SET used_at = ?, user_id = ? WHERE id = ?", (now(), user.id, found.id))
            self._log("invitation.use", f"invitation:{found.id}", {"user": user.login})
        return user

    # -- sessions ------------------------------------------------------------------------------
    def add_session(self, token: str, user: User, csrf: str, expires: str) -> None:
        """Start a session for ``user``: ``token`` is the digest of the cookie's secret."""
        with self.transaction():
            self.db.execute("INSERT INTO sessions (token, user_id, csrf, created, expires) VALUES (?, ?, ?, ?, ?)",
                            (token, user.id, csrf, now(), expires))  # fmt: skip

    def session(self, token: str) -> WebSession | None:
        """The live session with digest ``token`` of a user who may still sign in, or None."""
        row = self.db.execute(f"SELECT s.csrf, s.expires, {', '.join('u.' + c for c in _USER_COLUMNS.split(', '))} "
                              "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token = ?", (token,)).fetchone()  # fmt: skip
        if row is None or row[1] <= now() or row[8] is not None:
            return None
        return records.WebSession(_user(row[2:]), row[0], row[1])

    def end_session(self, token: str) -> None:
        """Sign out: the session with digest ``token`` ends (and any expired ones with it)."""
        with self.transaction():
            self.db.execute("DELETE FROM sessions WHERE token = ? OR expires <= ?", (token, now()))

    # -- sign-in failures --------------------------------------------------------------------
    def sign_in_failed(self, login: str, address: str) -> None:
        """Note a failed sign-in (for rate limiting); failures older than a day are dropped."""
        day_ago = (datetime.now(UTC) - timedelta(days=1)).isoformat(timespec="seconds").replace("+00:00", "Z")
        with self.transaction():
            self.db.execute("DELETE FROM sign_in_failures WHERE at <= ?", (day_ago,))
            self.db.execute("INSERT INTO sign_in_failures (login, address, at) VALUES (?, ?, ?)",
                            (login.strip().lower()[:200], address[:200], now()))  # fmt: skip

    def sign_in_failures(self, login: str, address: str, since: str) -> tuple[int, int, int]:
        """Failed sign-ins since ``since``: as ``login``, from ``address``, and as ``login`` from ``address``."""
        login, address = login.strip().lower()[:200], address[:200]
        by_login, both = self.db.execute("SELECT count(*), coalesce(sum(CASE WHEN address = ? THEN 1 ELSE 0 END), 0) "
                                         "FROM sign_in_failures WHERE login = ? AND at > ?",
                                         (address, login, since)).fetchone()  # fmt: skip
        by_address = self.db.execute("SELECT count(*) FROM sign_in_failures WHERE address = ? AND at > ?",
                                     (address, since)).fetchone()[0]  # fmt: skip
        return int(by_login), int(by_address), int(both)

    def forget_sign_in_failures(self, before: str) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM sign_in_failures WHERE at <= ?", (before,))

    # -- settings ------------------------------------------------------------------------------
    def setting(self, key: str, default: Callable[[], str] | None = None) -> str | None:
        """A shared setting; with ``default``, one not set yet is set to ``default()`` (once:
        of two workers setting it at once, both get the first's value)."""
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is not None or default is None:
            return None if row is None else str(row[0])
        with self.transaction():
            self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                            (key, default()))  # fmt: skip
        return self.setting(key)

    def put_setting(self, key: str, value: str) -> None:
        """Set a shared setting (replacing what it held)."""
        with self.transaction():
            self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                            "SET value = excluded.value", (key, value))  # fmt: skip

