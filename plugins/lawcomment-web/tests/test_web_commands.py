"""``lawcomment serve`` and ``lawcomment web``, through the CLI as a user runs them."""

from __future__ import annotations

import os
import re
import unicodedata

from click.testing import CliRunner
from lawcomment_web import auth

from lawcomment.cli import cli


def run(db: str, *args: str, **kwargs):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False, **kwargs)


def test_the_plugin_is_listed_and_adds_its_commands(db: str) -> None:
    listed = run(db, "plugins")
    assert listed.exit_code == 0 and "lawcomment_web" in listed.output.replace("-", "_")
    helped = run(db, "--help")
    assert "serve" in helped.output and "web" in helped.output


def test_help_lists_the_commands_without_loading_the_web_app() -> None:
    """``lawcomment --help`` pays for the plugin's command names only: no argon2, no store, no
    Starlette (they cost it about 0.1 s, three times a bare Python start)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "lawcomment", "--help"], capture_output=True,
                          text=True, check=True)  # fmt: skip
    assert "serve" in done.stdout
    loaded = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "lawcomment_web.commands" in loaded
    assert not loaded & {"lawcomment_web.auth", "argon2", "starlette", "lawcomment.store", "lawcomment.store.sql"}


def test_users_are_added_listed_disabled_and_enabled(db: str, store) -> None:  # type: ignore[no-untyped-def]
    r = run(db, "web", "user", "add", "Zoe", "--member", "gamma", "--name", "Zoe", "--password", "zoe password 1")
    assert (r.exit_code, r.output) == (0, "added user zoe of gamma\n")
    assert store.get_user("zoe").password.startswith("$argon2id$")
    listing = run(db, "web", "user", "list", "--member", "gamma").output.splitlines()
    assert [line.split()[:2] for line in listing] == [["gus", "gamma"], ["zoe", "gamma"]]
    assert run(db, "web", "user", "disable", "zoe").output == "disabled zoe; its sessions ended\n"
    assert run(db, "web", "user", "disable", "zoe").output == "zoe was already disabled\n"
    assert "disabled 20" in run(db, "web", "user", "list", "--member", "gamma").output
    assert run(db, "web", "user", "enable", "zoe").exit_code == 0 and store.get_user("zoe").disabled is None
    moved = run(db, "web", "user", "update", "zoe", "--member", "beta")
    assert moved.exit_code == 0 and store.get_user("zoe").member == "beta"
    # columns line up in a terminal, a Chinese name (two columns a character) included
    assert run(db, "web", "user", "add", "wang.xiaoming", "--member", "gamma", "--name", "王小明",
               "--password", "wang password 1").exit_code == 0  # fmt: skip
    assert run(db, "web", "user", "disable", "wang.xiaoming").exit_code == 0
    lines = run(db, "web", "user", "list").output.splitlines()
    wang = next(line for line in lines if line.startswith("wang.xiaoming"))
    assert re.fullmatch(r"wang\.xiaoming  gamma +王小明  disabled 20\S+", wang), wang
    assert run(db, "web", "user", "disable", "gus").exit_code == 0
    lines = run(db, "web", "user", "list").output.splitlines()

    def column(line: str, cell: str) -> int:  # where ``cell`` starts, in terminal columns
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line[:line.index(cell)])

    assert len({column(line, line.split()[2]) for line in lines}) == 1  # every name in one column
    gus = next(line for line in lines if line.startswith("gus "))
    assert column(wang, "disabled") == column(gus, "disabled") == column(wang, "王小明") + len("王小明") * 2 + 2


def test_bad_input_is_an_error_line(db: str) -> None:
    for args, message in [
        (["web", "user", "add", "x y", "--member", "gamma", "--password", "long enough pw"], "Error: invalid login 'x y'"),
        (["web", "user", "add", "zed", "--member", "gamma", "--password", "short"], "at least 10 characters"),
        (["web", "user", "add", "li", "--member", "gamma", "--password", "long enough pw"], "user 'li' already exists"),
        (["web", "user", "disable", "nobody"], "Error: no user 'nobody'"),
        (["web", "invite", "gamma", "--expires", "forever"], "--expires takes a number and d, h or m"),
        (["web", "invite", "gamma", "--expires", "400d"], "--expires is at most 90d"),
        (["web", "user", "update", "li"], "give --member, --name, --lang or --password"),
        (["web", "user", "list", "--member", "nosuchco"], "Error: unknown member 'nosuchco'"),
    ]:  # fmt: skip
        r = run(db, *args)
        assert r.exit_code == 1 and message in r.output, (args, r.output)


def test_a_member_user_added_at_the_command_line_cannot_take_a_name_that_reads_as_staff(db: str, store) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of the web app) `web user add fake --member beta --name 协会秘书处` was
    taken, though signing up through an invitation refuses such a name: refused here too (for a
    member's user, added or changed), an error line and exit 1, nothing added; a staff user may."""
    for name in ("协会秘书处", "ＳＴＡＦＦ Mike", "秘 书 处", "協會秘書處", "委員會 王"):
        r = run(db, "web", "user", "add", "fake", "--member", "beta", "--name", name, "--password", "fake password 1")
        assert (r.exit_code, r.output) == (1, f"Error: the name {name!r} reads as the association's staff (it holds "
                                              "工作人员, 协会, 秘书处, 管理员, 委员会, staff, secretariat, association, "
                                              "admin or committee): a user of beta, a member, goes by their own name "
                                              "(give it with --name)\n"), name  # fmt: skip
    r = run(db, "web", "user", "add", "admin", "--member", "beta", "--password", "fake password 1")
    assert r.exit_code == 1 and r.output.startswith("Error: the login 'admin' (shown in the app for a user with no --name) "
                                                    "reads as the association's staff")  # fmt: skip
    assert store.find_user("fake") is None and store.find_user("admin") is None
    # a member's user renamed so, or moved to a member with such a name: refused, as it was kept
    r = run(db, "web", "user", "update", "ann", "--name", "秘书处小王")
    assert r.exit_code == 1 and "Error: the name '秘书处小王' reads as the association's staff" in r.output
    assert store.get_user("ann").name == "Ann"
    ok = run(db, "web", "user", "add", "mike", "--member", "secretariat", "--name", "协会秘书处", "--password",
             "mike password 1")  # fmt: skip
    assert (ok.exit_code, ok.output) == (0, "added user mike of secretariat\n")
    r = run(db, "web", "user", "update", "mike", "--member", "gamma")
    assert r.exit_code == 1 and "Error: the name '协会秘书处' reads as the association's staff" in r.output
    assert store.get_user("mike").member == "secretariat"
    assert run(db, "web", "user", "update", "ann", "--name", "王小明").exit_code == 0


def test_an_invitation_link_is_printed_once_and_works(db: str, store, client) -> None:  # type: ignore[no-untyped-def]
    r = run(db, "web", "invite", "gamma", "--expires", "2h", "--base-url", "https://consult.example/")
    link = r.stdout.strip()
    assert r.exit_code == 0 and link.startswith("https://consult.example/invite/")
    token = link.rsplit("/", 1)[1]
    (invitation,) = store.invitations()
    assert store.invitation(auth.digest(token)) == invitation and token not in str(store.events())
    assert client().get(f"/invite/{token}").status_code == 200


def test_serve_without_a_store_is_an_error_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    r = run(str(tmp_path / "none.db"), "serve", "--port", "8765")
    assert r.exit_code == 1 and "no consultation store here" in r.output


def test_serve_on_a_port_in_use_is_an_error_line_before_anything_is_said(db: str, store) -> None:  # type: ignore[no-untyped-def]
    """(a trial) A second `serve` on a port in use said it was serving, then uvicorn's `ERROR:` line, exit 3."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = CliRunner().invoke(cli, ["--db", db, "serve", "--port", str(port)])
    assert (r.exit_code, r.stdout, r.stderr) == (
        1, "", f"Error: http://127.0.0.1:{port}/: the port is in use (another `lawcomment serve`, or another program): "
               "give another with --port\n")  # fmt: skip
    assert store.setting("web.url") is None  # (where invitations point: not where it never listened)


def test_the_demo_prints_how_to_serve_it_and_its_sign_ins_work(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import sign_in
    from lawcomment_web.app import create_app
    from lawcomment_web.commands import demo_sign_ins
    from starlette.testclient import TestClient

    from lawcomment import open_store

    out = tmp_path / "demo"
    r = CliRunner().invoke(cli, ["demo", "--out", str(out)], catch_exceptions=False)
    db = out / "consultation.db"
    assert r.exit_code == 0 and f"members and staff in the browser: lawcomment --db {db} serve --demo" in r.output
    with open_store(str(db), "test") as store:
        (staff, member) = demo_sign_ins(store)
    assert [staff[:2], member[:2]] == [("staff", "staff"), ("member ACME (China) Ltd.", "acme")]
    app = create_app(str(db))
    for _, login, password in (staff, member):
        c = sign_in(TestClient(app, base_url="http://testserver"), login, password)
        assert "中华人民共和国电子商务法（草案）" in c.get("/").text
    assert sign_in(TestClient(app, base_url="http://testserver"), "staff", staff[2]).get("/staff/d/ecommerce@1").status_code == 200


def test_serve_demo_refuses_a_store_the_demo_did_not_make(db: str) -> None:
    r = run(db, "serve", "--demo")
    assert r.exit_code == 1 and "was not made by `lawcomment demo`" in r.output


def test_a_short_password_at_the_prompt_is_said_at_once(db: str) -> None:
    r = run(db, "web", "user", "add", "pat", "--member", "gamma", input="short\nlong enough pw\nlong enough pw\n")
    assert r.exit_code == 0 and "at least 10 characters" in r.output and "added user pat of gamma" in r.output


def test_invite_links_point_where_serve_last_listened(db: str, store) -> None:  # type: ignore[no-untyped-def]
    store.put_setting("web.url", "http://consult.example:8080")
    r = run(db, "web", "invite", "gamma")
    assert r.stdout.startswith("http://consult.example:8080/invite/")


def test_every_request_is_logged_without_its_query_or_an_invitations_token(db: str, client, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment_web.serve import access_log

    log = tmp_path / "access.log"
    access_log(str(log))
    try:
        c = client("li")
        assert c.get("/d/law@1", params={"q": "农副产品"}).status_code == 200
        client(None).get("/invite/secret-token-123")
        client(None).get("/d/law@1")
    finally:
        access_log("off")
    lines = [line.split(" ", 1)[1] for line in log.read_text(encoding="utf-8").splitlines()]  # the time left out
    shown = [re.sub(r"\d+ms$", "Nms", line) for line in lines]
    # signed in as li (a POST to /signin first), the search, the invitation, a visitor sent to sign in
    assert shown[-6:] == ["testclient - GET /signin 200 Nms", "testclient - POST /signin 303 Nms",
                          "testclient li GET /d/law@1 200 Nms", "testclient - GET /invite/… 404 Nms",
                          "testclient - GET /d/law@1 303 Nms", "testclient - GET /signin 200 Nms"], shown  # fmt: skip
    assert "secret-token" not in log.read_text(encoding="utf-8") and "农副产品" not in log.read_text(encoding="utf-8")


def test_serve_refuses_a_request_log_it_cannot_write(db: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    where = tmp_path / "no" / "such" / "folder" / "access.log"
    r = CliRunner().invoke(cli, ["--db", db, "serve", "--access-log", str(where)])
    assert (r.exit_code, r.stderr) == (1, f"Error: {where}: the request log cannot be written (No such file or directory)\n")


def test_an_invite_link_says_when_its_address_is_a_guess(db: str) -> None:
    """A trial: `web invite` printed a link on port 8000 while the app ran on 8765, with nothing
    saying the address was made up. Before `serve` ever ran on the store, it says so, and how to give it."""
    r = run(db, "web", "invite", "gamma")
    assert r.exit_code == 0 and r.stdout.startswith("http://127.0.0.1:8000/invite/")
    assert ("the address http://127.0.0.1:8000 is a guess: `lawcomment serve` has not run on this store yet; give the "
            "address members reach with --base-url URL (or set $LAWCOMMENT_WEB_URL)") in r.stderr
    r = run(db, "web", "invite", "gamma", env={"LAWCOMMENT_WEB_URL": "https://consult.example"})
    assert r.stdout.startswith("https://consult.example/invite/") and "guess" not in r.stderr


def test_a_new_password_is_taken_from_the_environment_as_user_add_takes_it(db: str, store) -> None:  # type: ignore[no-untyped-def]
    """(a web trial) `web user update --password` ignored $LAWCOMMENT_WEB_PASSWORD, which `user add` reads, and a
    script without a terminal was aborted at the prompt. It reads it; one too short is refused."""
    before = store.find_user("li")
    r = run(db, "web", "user", "update", "li", "--password", env={"LAWCOMMENT_WEB_PASSWORD": "a new pass phrase"})
    assert (r.exit_code, r.output) == (0, "updated li (password from $LAWCOMMENT_WEB_PASSWORD)\n")
    after = store.find_user("li")
    assert after is not None and before is not None and after.password != before.password
    assert auth.check_password(after, "a new pass phrase")
    short = run(db, "web", "user", "update", "li", "--password", env={"LAWCOMMENT_WEB_PASSWORD": "short"})
    assert short.exit_code != 0 and "the password must have at least 10 characters" in short.output


def test_user_add_says_it_took_the_password_from_the_environment(db: str, store) -> None:  # type: ignore[no-untyped-def]
    """(an English trial) `web user add` took $LAWCOMMENT_WEB_PASSWORD, left set by an earlier step, and said
    nothing of it: its user could not sign in with the password they meant. It says so; given, it says nothing."""
    r = run(db, "web", "user", "add", "kim", "--member", "gamma", env={"LAWCOMMENT_WEB_PASSWORD": "kims pass phrase"})
    assert (r.exit_code, r.output) == (0, "added user kim of gamma (password from $LAWCOMMENT_WEB_PASSWORD)\n")
    assert auth.check_password(store.find_user("kim"), "kims pass phrase")
    r = run(db, "web", "user", "add", "lee", "--member", "gamma", "--password", "lees pass phrase",
            env={"LAWCOMMENT_WEB_PASSWORD": "kims pass phrase"})  # fmt: skip
    assert (r.exit_code, r.output) == (0, "added user lee of gamma\n")


def test_serve_counts_an_english_stores_days_in_utc_unless_told(db: str, store, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """(an English trial) Staff pages of an English consultation read 12-08 06:50 (UTC+8) for 22:50 UTC: a
    store whose drafts are all English is served in UTC unless --timezone says otherwise, a Chinese one in
    Asia/Shanghai as before; serve says which."""
    import socket

    import uvicorn
    from lawcomment_web.commands import default_zone

    from lawcomment.consultation import add_draft_file

    served: list[str] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: served.append(os.environ["LAWCOMMENT_WEB_TIMEZONE"]))
    for name in ("DB", "SECURE", "TIMEZONE", "ACCESS_LOG"):
        monkeypatch.setenv(f"LAWCOMMENT_WEB_{name}", "")  # (restored after the test: serve sets them for its workers)
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = str(free.getsockname()[1])

    def serve(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(cli, ["--db", db, "serve", "--port", port, "--access-log", "off", *args])

    assert default_zone(store) == "Asia/Shanghai"
    r = serve()
    assert r.exit_code == 0 and f"(1 worker(s)), times in Asia/Shanghai (--timezone sets another)" in r.stderr
    store.set_draft_archived("law@1", True)  # (a store of English drafts alone)
    law = tmp_path / "act.md"
    law.write_text("# Example Act\n\nArticle 1\n\nThis Act applies.\n", encoding="utf-8")
    add_draft_file(store, law, "act", "1")
    assert default_zone(store) == "UTC"
    assert serve().exit_code == 0 and serve("--timezone", "Europe/Helsinki").exit_code == 0
    assert served == ["Asia/Shanghai", "UTC", "Europe/Helsinki"]
    assert serve("--timezone", "Mars/Olympus").output == ("Error: unknown time zone 'Mars/Olympus' (e.g. Asia/Shanghai, "
                                                          "Europe/Berlin, UTC)\n")  # fmt: skip
