"""The web app under load: members signed in as 200 users read articles of the 民法典 (1,260
articles) and post comments for 60 s against one `lawcomment serve` on loopback. Prints p50/p95
of the article page and of posting next to a floor measured in the same run (a static file
through the same server), then checks the store: no error, no comment lost or doubled.
Needs ../shared/corpus and plugins/lawcomment-web.

    python benchmarks/bench_web.py [--users 200] [--seconds 60] [--think 2-6] [--engine sqlite,postgresql]
                                   [--workers 1] [--postgres URL]

Each simulated user reads an article page, waits (``--think`` seconds, as a person reads), then
posts a comment on it (a proposal, a support or a question), and goes on to another article.
With ``--engine postgresql`` the store is a schema on ``--postgres`` (or $LAWCOMMENT_TEST_POSTGRES)
and the server runs ``--pg-workers`` workers (4 by default).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_split import CORPUS, civil_code_md

PASSWORD = "bench password 1"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def make_store(db: str, law: Path, users: int) -> list[str]:
    """The 民法典 as civil@1 with a deadline far ahead, a member and a user per simulated person;
    returns the article eids."""
    from lawcomment_web import auth

    from lawcomment import Member, create_store
    from lawcomment.consultation import add_draft_file

    store, _ = create_store(db, "bench")
    with store:
        stored, _, _ = add_draft_file(store, law, "civil", "1")
        store.set_deadline("civil@1", "2999-12-31")
        store.add_members([Member(f"m{n:03d}", f"会员单位{n}", f"第{n % 10 + 1}工作组") for n in range(users)])
        hashed = auth.hash_password(PASSWORD)  # one hash for all: signing in still verifies it each time
        for n in range(users):
            store.add_user(f"u{n:03d}", f"m{n:03d}", hashed)
        return [v.unit.eid for v in stored.load().articles()]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: str, port: int, workers: int, log: Path) -> subprocess.Popen[bytes]:
    """``lawcomment serve`` in its own process; what it prints goes to ``log`` (a pipe nobody
    reads would fill, and stop the server)."""
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "lawcomment", "--db", db, "serve", "--port", str(port),
                                 "--workers", str(workers)], stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
    for _ in range(300):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            if proc.poll() is not None:
                sys.exit(f"the server did not start:\n{log.read_text()}")
            time.sleep(0.1)
    sys.exit("the server did not start in 30 s")


class Tally:
    def __init__(self) -> None:
        self.page: list[float] = []
        self.post: list[float] = []
        self.static: list[float] = []
        self.errors: list[str] = []
        self.posted: set[str] = set()


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def load(base: str, articles: list[str], users: int, seconds: float, think: tuple[float, float]) -> Tally:
    """Sign every user in first (argon2 takes its time), then start the clock for all."""
    tally = Tally()
    ready = asyncio.Barrier(users + 1)
    until: list[float] = []
    tasks = [asyncio.create_task(person(n, base, articles, think, tally, ready, until)) for n in range(users)]
    await ready.wait()
    until.append(time.monotonic() + seconds)
    await asyncio.gather(*tasks)
    return tally


async def person(n: int, base: str, articles: list[str], think: tuple[float, float], tally: Tally,
                 ready: asyncio.Barrier, until_box: list[float]) -> None:  # fmt: skip
    """One member's user: sign in, then read an article, think, comment on it, think, again."""
    import httpx

    rng = random.Random(n)
    async with httpx.AsyncClient(base_url=base, timeout=120) as http:
        page = await http.get("/signin")
        r = await http.post("/signin", data={"csrf": CSRF.search(page.text)[1], "login": f"u{n:03d}",
                                             "password": PASSWORD, "next": "/"}, follow_redirects=True)  # fmt: skip
        if r.status_code != 200:
            tally.errors.append(f"u{n:03d} sign-in: {r.status_code}")
        await ready.wait()
        if r.status_code != 200:
            return
        await asyncio.sleep(rng.uniform(0, think[1]))  # people arrive over a few seconds, not at one instant
        k = 0
        while time.monotonic() < until_box[0]:
            eid = rng.choice(articles)
            start = time.perf_counter()
            page = await http.get(f"/d/civil@1/a/{eid}")
            tally.page.append(time.perf_counter() - start)
            if page.status_code != 200:
                tally.errors.append(f"GET {eid}: {page.status_code}")
                continue
            await asyncio.sleep(rng.uniform(*think))
            if time.monotonic() >= until_box[0]:
                break
            k += 1
            reason = f"u{n:03d}-{k}"
            data = {"csrf": CSRF.search(page.text)[1], "at": eid, "reason": reason}
            if rng.random() < 0.4:  # a rewording: the article's text with a few characters added
                text = re.search(r'<textarea name="proposal"[^>]*>([^<]*)</textarea>', page.text)
                data.update(stance="amend", proposal=(text[1] if text else "") + "（建议补充）")
            else:
                data.update(stance=rng.choice(["support", "question", "comment"]))
            start = time.perf_counter()
            r = await http.post(f"/d/civil@1/a/{eid}/comment", data=data)
            tally.post.append(time.perf_counter() - start)
            if r.status_code != 303:
                tally.errors.append(f"POST {eid}: {r.status_code}")
            else:
                tally.posted.add(reason)
            await asyncio.sleep(rng.uniform(*think))
        for _ in range(3):  # the floor: a static file through the same server, under the same load
            start = time.perf_counter()
            await http.get("/static/app.css")
            tally.static.append(time.perf_counter() - start)


def check_store(db: str, tally: Tally) -> tuple[int, int, int]:
    """(comments stored, posts acknowledged, acknowledged posts missing or doubled)."""
    from lawcomment import open_store

    with open_store(db, "bench") as store:
        # a member's second wording on the same unit supersedes its first: both count
        reasons = [c.body for c in store.comments("civil@1", include_superseded=True)]
    stored = set(reasons)
    doubled = len(reasons) - len(stored)
    return len(reasons), len(tally.posted), len(tally.posted - stored) + doubled


def run(engine: str, url: str, law: Path, args: argparse.Namespace, workers: int) -> None:
    articles = make_store(url, law, args.users)
    port = free_port()
    log = Path(tempfile.gettempdir()) / f"bench-web-{engine}.log"
    server = serve(url, port, workers, log)
    try:
        low, high = (float(x) for x in args.think.split("-"))
        started = time.perf_counter()
        tally = asyncio.run(load(f"http://127.0.0.1:{port}", articles, args.users, args.seconds, (low, high)))
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(10)
    stored, acknowledged, wrong = check_store(url, tally)
    problems = [line for line in log.read_text(errors="replace").splitlines() if "Error" in line or "Traceback" in line]
    if problems:
        print(f"the server logged {len(problems)} error line(s), first: {problems[0]} (all in {log})")
    print(f"\n== {engine}, {workers} worker(s): {args.users} users, {args.seconds:.0f} s of load "
          f"(think {args.think} s between requests), {len(articles):,} articles; {wall:.0f} s in all")
    print(f"{'':<22}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}  target")
    target_page = "p95 <= 100 ms" if engine == "sqlite" else "(PostgreSQL: reported)"
    for name, values, target in [("article page", tally.page, target_page),
                                 ("posting a comment", tally.post, "p95 <= 200 ms" if engine == "sqlite" else ""),
                                 ("floor: static file", tally.static, "")]:  # fmt: skip
        print(f"{name:<22}{len(values):>9,}{pct(values, 0.5):>9.1f}{pct(values, 0.95):>9.1f}  {target}")
    rate = (len(tally.page) + len(tally.post)) / args.seconds
    print(f"throughput {rate:.0f} requests/s; errors {len(tally.errors)}"
          + (f" (first: {tally.errors[0]})" if tally.errors else ""))
    print(f"store: {stored:,} comments, {acknowledged:,} posts acknowledged, {wrong} lost or doubled (target 0)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--users", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--think", default="2-6", help="seconds a person waits between requests, LOW-HIGH")
    ap.add_argument("--engine", default="sqlite", help="comma-separated: sqlite, postgresql")
    ap.add_argument("--workers", type=int, default=1, help="server workers with SQLite")
    ap.add_argument("--pg-workers", type=int, default=4, help="server workers with PostgreSQL")
    ap.add_argument("--postgres", default=os.environ.get("LAWCOMMENT_TEST_POSTGRES"))
    args = ap.parse_args()
    if not (CORPUS / "zh" / "民法典").is_dir():
        print(f"{CORPUS / 'zh' / '民法典'} is not present; nothing to measure")
        return 0
    engines = args.engine.split(",")
    if "postgresql" in engines and not args.postgres:
        ap.error("--engine postgresql needs --postgres URL (or $LAWCOMMENT_TEST_POSTGRES)")
    with tempfile.TemporaryDirectory() as tmp:
        law = civil_code_md(Path(tmp))
        for engine in engines:
            with ExitStack() as stack:
                if engine == "postgresql":
                    from lawcomment.testing.store import postgres_schema

                    url = stack.enter_context(postgres_schema(args.postgres))
                    run(engine, url, law, args, args.pg_workers)
                else:
                    run(engine, str(Path(tmp) / "web.db"), law, args, args.workers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
