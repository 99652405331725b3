"""A small consultation for the web app's tests: a draft with chapters, 款 and 项; members acme
and beta in one working group, gamma in another, the secretariat as staff; a web user each."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette's TestClient still works on httpx

from lawcomment_web import auth
from lawcomment_web.app import create_app
from starlette.testclient import TestClient

from lawcomment import Member, Role, create_store
from lawcomment.consultation import add_draft_file

LAW = """示例电子商务法（草案）
第一章　总则
第一条　为了保障电子商务各方主体的合法权益，制定本法。
第二条　电子商务经营者应当依法办理市场主体登记。
个人销售自产农副产品的，不需要登记。
第三条　电子商务经营者应当履行下列义务：
（一）公示营业执照信息；
（二）保护消费者个人信息。
第二章　附则
第四条　本法自公布之日起施行。
"""
PASSWORD = "correct horse battery"
USERS = {"li": "acme", "ann": "beta", "gus": "gamma", "wang": "secretariat"}


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "web.db"
    fill(str(path), tmp_path)
    return str(path)


def fill(db: str, tmp_path: Path) -> None:
    """Make the tests' consultation in the store at ``db`` (a path or a URL)."""
    law = tmp_path / "law.txt"
    law.write_text(LAW, encoding="utf-8")
    hashed = auth.hash_password(PASSWORD)
    store, _ = create_store(db, "setup")
    with store:
        add_draft_file(store, law, "law", "1")
        store.set_deadline("law@1", "2999-12-31")
        store.add_members([Member("acme", "ACME (China) Ltd.", "Pharma WG"), Member("beta", "Beta GmbH", "Pharma WG"),
                           Member("gamma", "Gamma Co.", "Retail WG"),
                           Member("secretariat", "协会秘书处", "", role=Role.STAFF)])  # fmt: skip
        for login, member in USERS.items():
            store.add_user(login, member, hashed, name=login.title())


@pytest.fixture
def pg_db(tmp_path: Path) -> Iterator[str]:
    """:func:`db` in a fresh schema of the PostgreSQL test server (skipped without one, except under
    CI). Its connections carry an application name of their own (the URL's ``application_name``),
    so that a test ends the app's connections and no one else's."""
    import uuid

    from lawcomment.testing.store import postgres_schema, postgres_test_server

    url = postgres_test_server()
    name = f"lcweb_{uuid.uuid4().hex[:12]}"
    with postgres_schema(url) as schema_url:
        made = f"{schema_url}&application_name={name}"
        fill(made, tmp_path)
        yield made


@pytest.fixture
def app(db: str):  # type: ignore[no-untyped-def]
    return create_app(db)


def form_fields(html: str, marker: str) -> dict[str, str]:
    """The fields of the page's form holding ``marker`` (its action, or a hidden field's name and
    value), as the page drew them: hidden inputs and textareas, unescaped."""
    import html as html_module

    form = next(f for f in re.findall(r"<form.*?</form>", html, flags=re.S) if marker in f)
    fields = {n: html_module.unescape(v) for n, v in re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form)}
    fields.update({n: html_module.unescape(v) for n, v in re.findall(r'<textarea name="(\w+)"[^>]*>(.*?)</textarea>', form,
                                                                     flags=re.S)})  # fmt: skip
    return fields


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no form with a CSRF token"
    return found[1]


def sign_in(client: TestClient, login: str, password: str = PASSWORD) -> TestClient:
    page = client.get("/signin")
    r = client.post("/signin", data={"csrf": csrf_of(page.text), "login": login, "password": password, "next": "/"},
                    follow_redirects=False)  # fmt: skip
    assert r.status_code == 303, r.text
    return client


@pytest.fixture
def client(app) -> Callable[[str | None], TestClient]:  # type: ignore[no-untyped-def]
    made: list[TestClient] = []

    def make(login: str | None = None) -> TestClient:
        c = TestClient(app, base_url="http://testserver")
        made.append(c)
        return sign_in(c, login) if login else c

    return make


@pytest.fixture
def store(db: str) -> Iterator:  # type: ignore[type-arg]
    from lawcomment import open_store

    with open_store(db, "test") as s:
        yield s


#: The hidden fields a form carries of what its page showed (a stale page's POST is refused, 409;
#: ``box``: which text the committee-wording box was drawn with).
STALE_FIELDS = ("seen", "was", "was_box", "box", "was_delete", "was_reason", "was_decision")


def drawn_fields(html: str, url: str, data: dict[str, str]) -> dict[str, str]:
    """The stale-check fields (:data:`STALE_FIELDS`) of the page's form that posts to ``url``, as
    the browser would send them: the form whose hidden ``action`` and ``value`` are ``data``'s."""
    import html as html_module
    from urllib.parse import unquote

    for form in re.findall(r"<form\b.*?</form>", html, flags=re.S):
        target = re.search(r'action="([^"]*)"', form)
        if target is None or unquote(html_module.unescape(target[1])) != unquote(url):
            continue
        hidden = {n: html_module.unescape(v) for n, v in re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form)}
        if any(k in hidden and k in data and hidden[k] != data[k] for k in ("action", "value")):
            continue
        return {k: v for k, v in hidden.items() if k in STALE_FIELDS}
    return {}


def post(c: TestClient, page_url: str, url: str, data: dict[str, str], **kwargs) -> object:  # type: ignore[no-untyped-def]
    """POST ``data`` to ``url`` with the CSRF token of the page at ``page_url``, and what that
    page's form for it carries of what the page showed (``data`` may give those fields itself)."""
    page = c.get(page_url).text
    token = csrf_of(page)
    return c.post(url, data={"csrf": token, **drawn_fields(page, url, data), **data}, follow_redirects=False, **kwargs)
