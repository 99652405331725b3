"""Signing in and up: CSRF on the sign-in form, rate limits, cookies, one-time sign-up links."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from conftest import PASSWORD, csrf_of, post, sign_in
from lawcomment_web import auth


def test_an_anonymous_visitor_gets_the_sign_in_page(client) -> None:
    c = client()
    r = c.get("/", follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/signin?next=/")
    for url in ["/d/law@1", "/d/law@1/a/art_1", "/d/law@1/mine", "/d/law@1/form.docx", "/staff/d/law@1"]:
        assert c.get(url, follow_redirects=False).status_code == 303
        # (a new user's trial) a HEAD is answered as its GET is, never 403 where GET redirects
        assert c.head(url, follow_redirects=False).status_code == 303
    page = c.get("/signin")
    assert page.status_code == 200 and 'name="password"' in page.text


def test_sign_in_needs_the_forms_csrf_token(client) -> None:
    c = client()
    c.get("/signin")
    r = c.post("/signin", data={"login": "li", "password": PASSWORD})
    assert r.status_code == 403 and "表单已过期" in r.text
    r = c.post("/signin", data={"csrf": "0" * 64, "login": "li", "password": PASSWORD})
    assert r.status_code == 403
    assert c.get("/", follow_redirects=False).status_code == 303  # still signed out


def test_a_wrong_password_is_refused_and_five_failures_hold_up_that_guesser(client, app) -> None:
    c = client()
    for _ in range(5):
        r = post(c, "/signin", "/signin", {"login": "li", "password": "wrong password"})
        assert r.status_code == 400 and "用户名或密码不正确" in r.text
    r = post(c, "/signin", "/signin", {"login": "li", "password": PASSWORD})
    assert r.status_code == 429 and "登录失败次数过多" in r.text  # even the right password: no oracle
    assert c.get("/", follow_redirects=False).status_code == 303
    sign_in(client(), "ann")  # another login from the same address is not held up
    # li from elsewhere is not locked out by one guesser
    from starlette.testclient import TestClient

    elsewhere = TestClient(app, base_url="http://testserver", client=("10.9.9.9", 50000))
    sign_in(elsewhere, "li")


def test_guesses_sent_at_once_try_no_more_passwords_than_one_at_a_time(client, store) -> None:
    """(a security review) 40 wrong passwords sent at once from one address had 11 checked against a
    limit of 5: each thread counted the failures before any had noted its own. A login's sign-ins are
    checked one at a time: five passwords tried, the rest held up."""
    from concurrent.futures import ThreadPoolExecutor

    from conftest import csrf_of

    # (as many as the worker's threads: the test client runs each request on an event loop of its own, and a
    # request waiting for a thread there would wait for a wake-up sent to another loop)
    clients = [client() for _ in range(8)]
    tokens = [csrf_of(c.get("/signin").text) for c in clients]

    def guess(k: int) -> int:
        return clients[k].post("/signin", data={"csrf": tokens[k], "login": "li", "password": f"wrong {k}"},
                               follow_redirects=False).status_code  # fmt: skip

    with ThreadPoolExecutor(8) as pool:
        answers = sorted(pool.map(guess, range(8)))
    assert answers == [400] * auth.MAX_FAILURES + [429] * (8 - auth.MAX_FAILURES)
    assert store.sign_in_failures("li", "testclient", "2000-01-01T00:00:00Z")[2] == auth.MAX_FAILURES


def test_a_login_longer_than_any_is_refused_before_anything_is_kept(app, client) -> None:  # type: ignore[no-untyped-def]
    """(a stranger's review) Each login tried was kept as the key of its sign-in lock, 60 KB ones too: hundreds of
    megabytes. One longer than 200 characters is refused at once; the others are kept cut to 200, as the store
    counts their failures."""
    r = post(client(), "/signin", "/signin", {"login": "x" * 300, "password": "wrong password"})
    assert r.status_code == 400 and "用户名或密码不正确" in r.text
    assert not any(len(k) > 200 for k in app.web._signing_in)


def test_one_address_guessing_many_logins_is_held_up(client, store) -> None:
    for n in range(auth.MAX_FAILURES_PER_ADDRESS):
        store.sign_in_failed(f"user{n}", "testclient")
    r = post(client(), "/signin", "/signin", {"login": "ann", "password": PASSWORD})
    assert r.status_code == 429


def test_many_addresses_guessing_one_login_are_held_up(client, store) -> None:
    for n in range(auth.MAX_FAILURES_PER_LOGIN):
        store.sign_in_failed("ann", f"10.0.{n // 250}.{n % 250}")
    r = post(client(), "/signin", "/signin", {"login": "ann", "password": PASSWORD})
    assert r.status_code == 429


def test_an_unknown_login_fails_as_a_wrong_password_does(client) -> None:
    r = post(client(), "/signin", "/signin", {"login": "nobody", "password": PASSWORD})
    assert r.status_code == 400 and "用户名或密码不正确" in r.text


def test_the_session_cookie_is_signed_httponly_samesite_and_new_at_each_sign_in(client, store) -> None:
    c = client()
    page = c.get("/signin")
    r = c.post("/signin", data={"csrf": csrf_of(page.text), "login": "li", "password": PASSWORD, "next": "/"},
               follow_redirects=False)  # fmt: skip
    cookie = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith(auth.SESSION_COOKIE))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    first = c.cookies.get(auth.SESSION_COOKIE)
    sign_in(c, "li")
    assert c.cookies.get(auth.SESSION_COOKIE) != first
    # a tampered cookie is no session
    c.cookies.set(auth.SESSION_COOKIE, first[:-1] + ("0" if first[-1] != "0" else "1"))
    assert c.get("/", follow_redirects=False).status_code == 303


def test_signing_out_ends_the_session_on_the_server(client) -> None:
    c = client("li")
    token = c.cookies.get(auth.SESSION_COOKIE)
    assert post(c, "/", "/signout", {}).status_code == 303
    c.cookies.set(auth.SESSION_COOKIE, token)  # the old cookie, replayed
    assert c.get("/", follow_redirects=False).status_code == 303


def test_after_sign_in_only_a_path_of_this_site_is_followed(client) -> None:
    c = client()
    for target, expected in [("//evil.example/", "/"), ("https://evil.example/", "/"), ("/d/law@1", "/d/law@1"),
                             ("/\\evil.example", "/")]:  # fmt: skip
        page = c.get("/signin")
        r = c.post("/signin", data={"csrf": csrf_of(page.text), "login": "ann", "password": PASSWORD,
                                    "next": target}, follow_redirects=False)  # fmt: skip
        assert r.headers["location"] == expected


def test_a_disabled_user_is_signed_out_and_cannot_sign_in(client, store) -> None:
    c = client("li")
    store.set_user("li", disabled=True)
    assert c.get("/", follow_redirects=False).status_code == 303
    r = post(client(), "/signin", "/signin", {"login": "li", "password": PASSWORD})
    assert r.status_code == 400


def test_an_invitation_signs_up_one_user_once(client, store) -> None:
    token = auth.invite(store, "gamma", auth.utcnow() + timedelta(days=7))
    c = client()
    page = c.get(f"/invite/{token}")
    assert page.status_code == 200 and "Gamma Co." in page.text
    data = {"login": "newbie", "name": "New Bie", "password": "a long password", "password_again": "a long password"}
    r = post(c, f"/invite/{token}", f"/invite/{token}", data)
    assert (r.status_code, r.headers["location"]) == (303, "/")
    assert c.get("/").status_code == 200 and "New Bie" in c.get("/").text
    user = store.get_user("newbie")
    assert user.member == "gamma" and user.password.startswith("$argon2id$")
    used = client().get(f"/invite/{token}")
    assert used.status_code == 410 and "此邀请链接已经使用过或已过期。已注册的用户请直接登录" in used.text
    other = client()
    r = other.post(f"/invite/{token}", data={"csrf": csrf_of(other.get("/signin").text), **data, "login": "again"})
    assert r.status_code == 410 and "此邀请链接已经使用过或已过期" in r.text
    assert [u.login for u in store.users("gamma")] == ["gus", "newbie"]


def test_an_expired_invitation_is_said_and_a_made_up_one_not_found(client, store) -> None:
    token = auth.invite(store, "gamma", auth.utcnow() - timedelta(minutes=1))
    expired = client().get(f"/invite/{token}")
    assert expired.status_code == 410 and "已过期" in expired.text and "Gamma" not in expired.text
    assert client().get("/invite/made-up").status_code == 404


@pytest.mark.parametrize("name", ["\u0405taff 周", "\u0410dmin", "C\u043emmittee", "\u0405ecretariat", "Ass\u03bfciation",
                                  "Adm\u0131n", "Comm\u0131ttee", "Sta\u0192f", "Secretar\u0131at"])
def test_a_staff_word_in_letters_of_another_script_reads_as_staff(client, store, name: str) -> None:
    """(a security review) Cyrillic Ѕtaff, Аdmin and Cоmmittee passed as no staff word."""
    token = auth.invite(store, "gamma", auth.utcnow() + timedelta(days=1))
    data = {"login": "zhou", "password": "a long password", "password_again": "a long password", "name": name}
    r = post(client(), f"/invite/{token}", f"/invite/{token}", data)
    assert r.status_code == 400 and "姓名不能含有“工作人员”“协会”“秘书处”等本站用来标示协会工作人员的字样" in r.text
    assert store.find_user("zhou") is None


@pytest.mark.parametrize("name", ["S\u200bTAFF", "St\u00adaff", "秘\u200c书处", "协\u200b会秘书处", "周\u2060秘书"])
def test_a_name_with_an_invisible_character_is_refused(client, store, name: str) -> None:
    """(a security review) S\u200bTAFF and 协\u200b会秘\u200b书处 were taken as a member's user's name, and shown
    beside a colleague's comments: an invisible character in a name is refused, as a control one is."""
    token = auth.invite(store, "gamma", auth.utcnow() + timedelta(days=1))
    data = {"login": "zhou", "password": "a long password", "password_again": "a long password", "name": name}
    r = post(client(), f"/invite/{token}", f"/invite/{token}", data)
    assert r.status_code == 400 and store.find_user("zhou") is None


def test_sign_up_refusals_read_as_sentences_in_english(client, store) -> None:
    """(a web trial) An English sign-up read the store's own words: "user 'liu' already exists", "the password must
    have at least 5 different characters"."""
    token = auth.invite(store, "gamma", auth.utcnow() + timedelta(days=1))
    c = client()
    c.cookies.set("lang", "en")
    r = post(c, f"/invite/{token}", f"/invite/{token}", {"login": "li", "password": "a long password",
                                                          "password_again": "a long password"})  # fmt: skip
    assert r.status_code == 400 and "The login “li” is taken: choose another." in r.text, r.text
    r = post(c, f"/invite/{token}", f"/invite/{token}", {"login": "zhou", "password": "aaaaaaaaaaab",
                                                          "password_again": "aaaaaaaaaaab"})  # fmt: skip
    assert r.status_code == 400 and "The password must have at least 5 different characters." in r.text, r.text


def test_sign_up_refuses_a_short_password_and_differing_passwords(client, store) -> None:
    token = auth.invite(store, "gamma", auth.utcnow() + timedelta(days=1))
    c = client()
    r = post(c, f"/invite/{token}", f"/invite/{token}", {"login": "x1", "password": "short", "password_again": "short"})
    assert r.status_code == 400 and "密码至少须有10个字符" in r.text  # (in the page's language: a trial)
    r = post(c, f"/invite/{token}", f"/invite/{token}",
             {"login": "x1", "password": "a long password", "password_again": "another long one"})  # fmt: skip
    assert r.status_code == 400 and "两次输入的密码不一致" in r.text
    assert store.invitation(auth.digest(token)).used_at is None


def test_a_members_user_cannot_take_a_name_that_reads_as_staff(client, store) -> None:
    """A trial: a member's user signed up as 周秘书 · 工作人员, and read as staff beside every comment."""
    token = auth.invite(store, "gamma", auth.utcnow() + timedelta(days=1))
    c = client()
    data = {"login": "zhou", "password": "a long password", "password_again": "a long password"}
    # (a trial: the traditional 協會秘書處, 協會工作人員, 委員會 and 管理員 were taken, only 协会秘书处 refused)
    for name in ["周秘书 · 工作人员", "周秘书·工作人员", "协会 周", "Zhou (Secretariat)", "zhou STAFF", "周 工 作 人 員",
                 "ADMIN", "協會秘書處", "協會工作人員", "委員會", "管理員", "祕書處 周", "協会"]:
        r = post(c, f"/invite/{token}", f"/invite/{token}", {**data, "name": name})
        assert r.status_code == 400 and "姓名不能含有“工作人员”“协会”“秘书处”等本站用来标示协会工作人员的字样" in r.text, name
    assert store.find_user("zhou") is None
    c.cookies.set("lang", "en")
    r = post(c, f"/invite/{token}", f"/invite/{token}", {**data, "name": "Zhou, staff"})
    assert r.status_code == 400 and "A name cannot hold the words this site marks the association&#39;s staff with" in r.text
    # (a stranger's review) no name, and a login the pages would show instead: refused alike
    r = post(c, f"/invite/{token}", f"/invite/{token}", {**data, "login": "staff", "name": ""})
    assert r.status_code == 400 and store.find_user("staff") is None
    # a name that only looks alike is no staff word, and · alone is part of many names: taken
    r = post(c, f"/invite/{token}", f"/invite/{token}", {**data, "name": "Mary Stafford 周秘书"})
    assert r.status_code == 303 and store.get_user("zhou").name == "Mary Stafford 周秘书"
    other = auth.invite(store, "gamma", auth.utcnow() + timedelta(days=1))
    r = post(client(), f"/invite/{other}", f"/invite/{other}", {**data, "login": "maimaiti", "name": "买买提·艾力"})
    assert r.status_code == 303 and store.get_user("maimaiti").name == "买买提·艾力"
    # staff's own users may say so
    staff = auth.invite(store, "secretariat", auth.utcnow() + timedelta(days=1))
    r = post(client(), f"/invite/{staff}", f"/invite/{staff}", {**data, "login": "zhao", "name": "赵 · 协会秘书处"})
    assert r.status_code == 303


def _reads(page: str) -> str:
    """The language a page is drawn in, as its <html lang> says it."""
    found = re.search(r'<html lang="([^"]+)">', page)
    assert found is not None
    return {"zh-CN": "zh", "en": "en"}[found[1]]


@pytest.mark.parametrize(("company", "chosen", "cookie", "browser", "reads"), [
    ("en", "", None, "zh-CN,zh;q=0.9", "en"),  # the company's language, before the browser's
    ("en", "", None, None, "en"),
    ("en", "zh", None, "en", "zh"),  # the user's own choice (the switch, `web user add --lang`) wins
    ("en", "", "zh", None, "zh"),  # and this browser's (the switch, pressed before signing in)
    ("zh", "", None, "en-GB,en;q=0.9", "zh"),  # a Chinese-speaking company's alike
    ("zh", "en", None, None, "en"),
])  # fmt: skip
def test_a_members_user_reads_the_companys_language_unless_they_chose_one(
        client, store, company: str, chosen: str, cookie: str | None, browser: str | None, reads: str) -> None:  # fmt: skip
    """(a web trial) A member imported with lang en had its users read the app in Chinese: the web read only the
    user's own language. The company's is the default, the user's choice and this browser's come first."""
    from lawcomment import Member

    store.add_members([Member("fjord", "Fjord Shipping AS", "Retail WG", lang=company)])
    store.add_user("olaf", "fjord", auth.hash_password(PASSWORD), name="Olaf", lang=chosen)
    c = client()
    if cookie:
        c.cookies.set("lang", cookie)
    if browser:
        c.headers["accept-language"] = browser
    sign_in(c, "olaf")
    assert _reads(c.get("/").text) == reads
    assert _reads(c.get("/d/law@1/a/art_2").text) == reads


def test_a_staff_users_language_follows_their_browser_not_the_secretariats(client) -> None:
    c = client()
    c.headers["accept-language"] = "en-GB,en;q=0.9"
    sign_in(c, "wang")  # (the secretariat, a member whose role is staff, has the default lang zh)
    assert _reads(c.get("/staff/d/law@1").text) == "en"


def test_a_new_user_of_an_english_speaking_company_signs_up_in_english_until_they_choose(client, store) -> None:
    """(a web trial) Signing up kept the page's language (the browser's: Chinese) as the user's own, so a user of a
    company imported with lang en read Chinese for good. The sign-up page is in the company's language, signing up
    chooses none, and the user's choice, once made, holds in every browser."""
    from lawcomment import Member

    store.add_members([Member("fjord", "Fjord Shipping AS", "Retail WG", lang="en")])
    token = auth.invite(store, "fjord", auth.utcnow() + timedelta(days=7))
    c = client()
    c.headers["accept-language"] = "zh-CN,zh;q=0.9"
    page = c.get(f"/invite/{token}").text
    assert _reads(page) == "en" and "Fjord Shipping AS" in page
    data = {"login": "olaf", "name": "Olaf", "password": "a long password", "password_again": "a long password"}
    assert post(c, f"/invite/{token}", f"/invite/{token}", data).status_code == 303
    assert store.get_user("olaf").lang == ""  # (no choice made)
    assert _reads(c.get("/").text) == "en"
    # a refusal on the sign-up form is said in the company's language too
    other = auth.invite(store, "fjord", auth.utcnow() + timedelta(days=7))
    r = post(client(), f"/invite/{other}", f"/invite/{other}", {**data, "login": "ola", "password_again": "another one"})
    assert r.status_code == 400 and _reads(r.text) == "en"  # type: ignore[attr-defined]
    # their own choice wins, kept with the user: another browser shows it too
    assert post(c, "/", "/lang", {"lang": "zh", "next": "/"}).status_code == 303
    assert store.get_user("olaf").lang == "zh" and _reads(c.get("/").text) == "zh"
    fresh = client()
    fresh.headers["accept-language"] = "en"
    assert _reads(sign_in(fresh, "olaf", "a long password").get("/").text) == "zh"
