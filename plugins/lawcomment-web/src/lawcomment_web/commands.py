"""``lawcomment serve`` and ``lawcomment web``: run the web app, issue sign-up links, and manage
the web users of members and staff. Thin layers over the store's accounts and ``auth``."""

from __future__ import annotations

import errno
import os
from types import ModuleType
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from lawcomment import Store


def _auth() -> ModuleType:
    """The password and token module, loaded when a command runs: ``lawcomment --help`` lists
    these commands without paying for argon2 and the store (issue 16's fixed cost)."""
    from . import auth

    return auth

#: The setting that holds where `lawcomment serve` last listened, for `web invite`'s links.
SERVED_AT = "web.url"
#: The address an invitation names when none is given and `serve` never ran on the store: said to be a guess.
GUESSED_URL = "http://127.0.0.1:8000"


def open_store(ctx: click.Context) -> Store:
    """The store the command line's ``--db`` (or $LAWCOMMENT_DB) names, acting as ``--user``."""
    from lawcomment import open_store as _open

    obj = ctx.find_root().obj
    return _open(obj["db"], obj["user"])


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Where to listen (127.0.0.1: this machine only).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (several need a shared PostgreSQL store, or share one SQLite file).")
@click.option("--secure-cookies", is_flag=True, help="Send cookies over HTTPS only (behind a TLS proxy).")
@click.option("--proxy", "proxy", metavar="ADDRESS",
              help="The reverse proxy's address: its X-Forwarded-For names the client (for sign-in limits).")
@click.option("--timezone", metavar="ZONE",
              help="Where a deadline's day is counted and the pages' times are shown (Europe/Brussels, America/New_York; "
                   "default: Asia/Shanghai, or UTC when every draft of the store is in English).")
@click.option("--demo", is_flag=True,
              help="Serve the store `lawcomment demo` made, with a staff and a member sign-in (printed).")
@click.option("--access-log", "access_log", default="-", show_default=True, metavar="FILE",
              help="Where the request log goes, a line per request (time, address, user, method, path, status, "
                   "milliseconds): - for standard error, a file (appended to), or off.")  # fmt: skip
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, workers: int, secure_cookies: bool, proxy: str | None,
          timezone: str | None, demo: bool, access_log: str) -> None:  # fmt: skip
    """Serve the web app: members comment in the browser, staff review and export."""
    import os

    import uvicorn

    from lawcomment import InputError

    from .app import zone

    if timezone is not None:
        zone(timezone)  # (an unknown one refused before anything is opened)
    if access_log not in ("-", "off"):
        try:  # a log that cannot be written is said here, before the server starts
            with open(access_log, "a", encoding="utf-8"):
                pass
        except OSError as exc:
            raise InputError(access_log, f"the request log cannot be written ({exc.strerror or exc})") from None

    with open_store(ctx) as store:  # a missing store is an Error: line here, before uvicorn starts
        _listenable(host, port)
        if timezone is None:
            timezone = default_zone(store)
        _auth().server_key(store)
        store.put_setting(SERVED_AT, f"http://{host}:{port}")  # where `web invite` points its links
        where = store.where
        sign_ins = demo_sign_ins(store) if demo else []
    for who, login, password in sign_ins:
        click.echo(f"{who}: sign in at http://{host}:{port}/ as {login}, password {password}")
    db = ctx.find_root().obj["db"]
    os.environ["LAWCOMMENT_WEB_DB"] = db
    os.environ["LAWCOMMENT_WEB_SECURE"] = "1" if secure_cookies else ""
    os.environ["LAWCOMMENT_WEB_TIMEZONE"] = timezone
    os.environ["LAWCOMMENT_WEB_ACCESS_LOG"] = access_log
    click.echo(f"serving {where} on http://{host}:{port}/ ({workers} worker(s)), times in {timezone} (--timezone "
               "sets another); Ctrl-C stops", err=True)  # fmt: skip
    uvicorn.run("lawcomment_web.serve:app", host=host, port=port, workers=workers, factory=True,
                log_level="warning", proxy_headers=proxy is not None, forwarded_allow_ips=proxy)  # fmt: skip


def default_zone(store: Store) -> str:
    """Where a consultation's days and times are counted when ``serve`` is not told: Asia/Shanghai, the
    Chinese legislature's; UTC for a store whose drafts are all English, whose legislature this cannot
    know (an English consultation's staff pages read 12-08 06:50 (UTC+8) for 22:50 UTC)."""
    drafts = store.drafts()
    return "UTC" if drafts and all(d.profile.startswith("en") for d in drafts) else "Asia/Shanghai"


def _listenable(host: str, port: int) -> None:
    """Refuse, before anything is said or stored, an address the server could not listen on (a trial's second
    ``serve`` on a port in use said it was serving, then uvicorn's own ``ERROR:`` line, exit 3; its playwright
    run then talked to the other server). Bound as uvicorn binds it, and let go at once."""
    import socket

    from lawcomment import InputError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError as exc:
        raise InputError(f"http://{host}:{port}/", f"no such address to listen on ({exc.strerror or exc})") from None
    family, kind, proto, _, where = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(where)
        except OSError as exc:
            said = ("the port is in use (another `lawcomment serve`, or another program): give another with --port"
                    if exc.errno == errno.EADDRINUSE else f"cannot listen there ({exc.strerror or exc})")
            raise InputError(f"http://{host}:{port}/", said) from None


def demo_sign_ins(store: Store) -> list[tuple[str, str, str]]:
    """A staff user and a member's user for the demo store, with new passwords each time:
    (who, login, password). Refused on any store `lawcomment demo` did not make."""
    import secrets

    from lawcomment import Role
    from lawcomment.consultation import is_demo_store

    if not is_demo_store(store):
        from lawcomment import StoreError

        raise StoreError(f"{store.where} was not made by `lawcomment demo`; --demo gives sign-ins with printed "
                         "passwords to the demo only (add users with `lawcomment web user add`)")  # fmt: skip
    members = store.members()
    staff = next(m for m in members if m.role is Role.STAFF)
    member = next(m for m in members if m.role is Role.MEMBER)
    out = []
    for who, login, owner in (("staff", "staff", staff), (f"member {member.org or member.id}", member.id, member)):
        password = secrets.token_urlsafe(9)
        if store.find_user(login) is None:
            store.add_user(login, owner.id, _auth().hash_password(password), name=owner.org)
        else:
            store.set_user(login, password=_auth().hash_password(password))
        out.append((who, login, password))
    return out


@click.group()
def web() -> None:
    """The web app's sign-up links and users."""


@web.command("invite")
@click.argument("member")
@click.option("--expires", default="7d", show_default=True, help="How long the link works: 7d, 12h, 30m (at most 90d).")
@click.option("--base-url", envvar="LAWCOMMENT_WEB_URL",
              help="The server's address as members reach it (also $LAWCOMMENT_WEB_URL; default: where "
                   "`lawcomment serve` last listened on this store).")  # fmt: skip
@click.pass_context
def invite(ctx: click.Context, member: str, expires: str, base_url: str | None) -> None:
    """Print a one-time sign-up link for a new user of MEMBER (a member company, or staff)."""
    when = _auth().invitation_expiry(expires)
    with open_store(ctx) as store:
        served = store.setting(SERVED_AT)
        base = base_url or served or GUESSED_URL
        token = _auth().invite(store, member, when)
    click.echo(f"{base.rstrip('/')}/invite/{token}")
    click.echo(f"one use, for a user of {member}; expires {_auth().stamp(when)}", err=True)
    if not base_url:
        # (a trial's link named port 8000 while the app ran on 8765: `serve` had not yet said where it listens)
        said = (f"the address {base} is where `lawcomment serve` last listened on this store" if served else
                f"the address {base} is a guess: `lawcomment serve` has not run on this store yet")
        click.echo(f"{said}; give the address members reach with --base-url URL (or set $LAWCOMMENT_WEB_URL)", err=True)


@web.group("user")
def user() -> None:
    """Add, list, disable and change web users."""


def _password(value: str | None) -> str:
    if value is None:
        value = click.prompt(f"password ({_auth().MIN_PASSWORD} characters or more)", hide_input=True,
                             confirmation_prompt=True, value_proc=_long_enough)  # fmt: skip
    hashed: str = _auth().hash_password(value)
    return hashed


def _long_enough(value: str) -> str:
    """A password typed at the prompt: too short is said at once, before it is asked again."""
    if len(value) < _auth().MIN_PASSWORD:
        raise click.UsageError(f"the password must have at least {_auth().MIN_PASSWORD} characters")
    return value


@user.command("add")
@click.argument("login")
@click.option("--member", required=True, help="The member company (or staff member) the user acts for.")
@click.option("--name", default="", help="The person's name, shown in the app.")
@click.option("--lang", type=click.Choice(["zh", "en"]),
              help="The interface's language (default: the member company's; a staff user's, the browser's).")
@click.option("--password", "password", envvar="LAWCOMMENT_WEB_PASSWORD",
              help="The password (also $LAWCOMMENT_WEB_PASSWORD; asked for when not given).")
@click.pass_context
def user_add(ctx: click.Context, login: str, member: str, name: str, lang: str | None, password: str | None) -> None:
    """Add a web user LOGIN of a member (sign-up links are the other way in)."""
    with open_store(ctx) as store:
        _refuse_a_staff_name(store, member, name, login)  # (before the password is asked for)
        made = store.add_user(login, member, _password(password), name=name, lang=lang or "")
    # (said: a password left in the environment by an earlier step was taken silently, a trial's user unaware)
    from_env = ctx.get_parameter_source("password") is click.core.ParameterSource.ENVIRONMENT
    click.echo(f"added user {made.login} of {made.member}" + (" (password from $LAWCOMMENT_WEB_PASSWORD)"
                                                              if from_env else ""))  # fmt: skip


def _refuse_a_staff_name(store: Store, member: str, name: str, login: str) -> None:
    """A user of a member company named as the pages mark staff (协会秘书处, ＳＴＡＦＦ Mike, 秘 书 处;
    or, with no name, a login that reads so, as the pages show the login then) is refused, as
    signing up through an invitation refuses it (a trial's `user add … --name 协会秘书处` was
    taken): beside every comment it would read as the association's. Staff users may be."""
    from lawcomment import Role, StoreError

    if store.get_member(member).role is Role.STAFF or not _auth().looks_like_staff(name or login):
        return
    said = f"the name {name!r}" if name else f"the login {login!r} (shown in the app for a user with no --name)"
    raise StoreError(f"{said} reads as the association's staff (it holds 工作人员, 协会, 秘书处, 管理员, 委员会, staff, "
                     f"secretariat, association, admin or committee): a user of {member}, a member, goes by their "
                     "own name (give it with --name)")  # fmt: skip


@user.command("list")
@click.option("--member", help="Only this member's users.")
@click.pass_context
def user_list(ctx: click.Context, member: str | None) -> None:
    """List web users: login, member, name, and whether disabled."""
    with open_store(ctx) as store:
        if member is not None:
            store.get_member(member)  # an unknown member is an error, not an empty list
        users = store.users(member)
    if not users:
        click.echo("no web users yet; add one with `lawcomment web user add` or `lawcomment web invite`")
        return
    rows = [(u.login, u.member, u.name, f"disabled {u.disabled}" if u.disabled else "") for u in users]
    widths = [max(_columns(r[i]) for r in rows) for i in range(3)]
    for row in rows:
        # padded in terminal columns: a Chinese name takes two per character
        cells = [cell + " " * (width - _columns(cell)) for cell, width in zip(row[:3], widths, strict=True)]
        click.echo("  ".join([*cells, row[3]]).rstrip())


def _columns(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@user.command("disable")
@click.argument("login")
@click.pass_context
def user_disable(ctx: click.Context, login: str) -> None:
    """Disable a user: it cannot sign in, and its sessions end now."""
    with open_store(ctx) as store:
        if store.get_user(login).disabled:
            click.echo(f"{login} was already disabled")
            return
        store.set_user(login, disabled=True)
    click.echo(f"disabled {login}; its sessions ended")


@user.command("enable")
@click.argument("login")
@click.pass_context
def user_enable(ctx: click.Context, login: str) -> None:
    """Let a disabled user sign in again."""
    with open_store(ctx) as store:
        store.set_user(login, disabled=False)
    click.echo(f"enabled {login}")


@user.command("update")
@click.argument("login")
@click.option("--member", help="Move the user to another member.")
@click.option("--name", help="The person's name.")
@click.option("--lang", type=click.Choice(["zh", "en"]))
@click.option("--password", "new_password", is_flag=True,
              help="Set a new password ($LAWCOMMENT_WEB_PASSWORD, else asked for; ends its sessions).")
@click.pass_context
def user_update(ctx: click.Context, login: str, member: str | None, name: str | None, lang: str | None,
                new_password: bool) -> None:  # fmt: skip
    """Change a user's member, name, language or password."""
    if member is None and name is None and lang is None and not new_password:
        from lawcomment import StoreError

        raise StoreError("give --member, --name, --lang or --password")
    with open_store(ctx) as store:
        if member is not None or name is not None:  # the name and member it will have, checked as `user add` does
            now = store.get_user(login)
            _refuse_a_staff_name(store, member or now.member, now.name if name is None else name, login)
        # (as `user add` takes it: from $LAWCOMMENT_WEB_PASSWORD when set, a script's way; a trial's script was aborted)
        given = os.environ.get("LAWCOMMENT_WEB_PASSWORD") or None
        store.set_user(login, member=member, name=name, lang=lang,
                       password=_password(_long_enough(given) if given else None) if new_password else None)  # fmt: skip
    click.echo(f"updated {login}" + (" (password from $LAWCOMMENT_WEB_PASSWORD)" if new_password and given else ""))
