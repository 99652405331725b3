"""The shared engine: the whole workflow on a real PostgreSQL server gives what SQLite gives,
``store copy`` moves a consultation between engines with nothing lost, and writers at once
(16 importers, two staff deciding) lose and duplicate nothing on both engines."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lawcomment import Anchor, CommentSource, Member, NewComment, SourceKind, Stance, StoreError, create_store, open_store
from lawcomment.store import content_of, copy_store

IMPORT = ("member,article,quote,proposed_text,reason\n"
          "acme,第十三条,,电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求。,删去环保要求\n"
          "beta,第十三条,,电子商务经营者销售的商品应当符合保障人身、财产安全的要求和环境保护要求。,只管商品\n"
          "beta,第十五条,,,第十五条的表述不明确\n")  # fmt: skip


def _timeless(text: str) -> str:
    """``text`` with its timestamps blanked: the two stores' rows are written a moment apart."""
    return STAMP.sub("<time>", text)


STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def _same_on_both(run_a, run_b, *args: str) -> str:  # type: ignore[no-untyped-def]
    a, b = run_a(*args), run_b(*args)
    assert (a.exit_code, b.exit_code) == (0, 0), (a.output, b.output)
    assert (_timeless(a.stdout), _timeless(a.stderr)) == (_timeless(b.stdout), _timeless(b.stderr))
    return str(a.stdout)


def test_the_workflow_on_postgresql_gives_what_sqlite_gives(consultation, pg_consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    comments = tmp_path / "comments.csv"
    comments.write_text(IMPORT, encoding="utf-8")
    both = (consultation, pg_consultation)
    imported = [run("comment", "import", str(comments), "--draft", "ecommerce@1").output for run in both]
    assert imported[0] == imported[1] == f"{comments}: csv into ecommerce@1: 3 added, 0 already there, 0 superseded\n"
    merged = json.loads(_same_on_both(*both, "merge", "--draft", "ecommerce@1", "--article", "第十三条", "--format", "json"))
    assert len(merged["units"][0]["conflicts"]) == 1
    decided = _same_on_both(*both, "decide", "--draft", "ecommerce@1", "--article", "第十三条", "--choose", "x1:1", "--reason", "从严")
    assert decided.startswith("decision #1: chose x1:1 on 第十三条 (art_13)")
    _same_on_both(*both, "decide", "--draft", "ecommerce@1", "--article", "第十三条", "--committee-reason", "与第十五条一致")
    _same_on_both(*both, "comment", "list", "--draft", "ecommerce@1", "--format", "json")
    md = _same_on_both(*both, "export", "--draft", "ecommerce@1", "--format", "md")
    assert "与第十五条一致" in md
    for run, name in ((consultation, "a.json"), (pg_consultation, "b.json")):
        assert run("export", "--draft", "ecommerce@1", "--format", "json", "-o", str(tmp_path / name)).exit_code == 0
    a, b = (json.loads(_timeless((tmp_path / n).read_text(encoding="utf-8"))) for n in ("a.json", "b.json"))
    assert a == b and STAMP.search((tmp_path / "a.json").read_text(encoding="utf-8"))
    log = json.loads(pg_consultation("log", "--format", "json").stdout)
    assert [e["action"] for e in (log["events"] if isinstance(log, dict) else log)][-2:] == ["decision.choose", "reason.set"]


def test_store_copy_round_trips_the_demo_through_postgresql(demo: Path, postgres_url: str, tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    back = tmp_path / "back.db"
    there = runner.invoke(cli, ["store", "copy", str(demo / "consultation.db"), postgres_url])
    assert there.exit_code == 0, there.output
    assert there.output.startswith(f"copied {demo / 'consultation.db'} → postgresql:")
    home = runner.invoke(cli, ["store", "copy", postgres_url, str(back)])
    assert home.exit_code == 0, home.output
    hashes = {line.split()[2] for out in (there.output, home.output) for line in out.splitlines()
              if line.startswith("content sha256")}  # fmt: skip
    with open_store(demo / "consultation.db") as original, open_store(postgres_url) as pg, open_store(back) as copy:
        counts, digest = content_of(original)
        version = original.schema_version
        assert hashes == {digest}
        assert content_of(pg) == content_of(copy) == (counts, digest)
        assert counts["comments"] > 10 and counts["decisions"] > 0 and counts["alignments"] == 1
        assert copy.events()[-1].action == "store.copy"
        ref = original.drafts()[-1].ref
        assert pg.comments(ref) == original.comments(ref)
    exports = []
    for db in (demo / "consultation.db", postgres_url, back):
        out = tmp_path / f"export{len(exports)}.md"
        result = runner.invoke(cli, ["--db", str(db), "export", "--draft", ref, "--format", "md", "-o", str(out)])
        assert result.exit_code == 0, result.output
        exports.append(out.read_text(encoding="utf-8"))
    assert exports[0] == exports[1] == exports[2]
    info = runner.invoke(cli, ["--db", postgres_url, "store", "info"])
    assert info.output.splitlines()[0].endswith(f": postgresql, schema {version}")
    assert f"content sha256    {digest}" in info.output
    # new rows in the copy get new ids, after the copied ones
    with open_store(back, "staff") as copy:
        decision = copy.add_decision(ref, copy.decisions(ref)[0].target, "text", new="新的表述")
        assert decision.id == counts["decisions"] + 1 or decision.id > max(d.id for d in copy.decisions(ref)[:-1])
    with open_store(postgres_url, "staff") as pg:
        assert pg.add_decision(ref, pg.decisions(ref)[0].target, "text", new="新的表述").id == decision.id


def test_store_copy_refuses_a_target_that_holds_a_consultation(consultation, tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    other = tmp_path / "other.db"
    assert runner.invoke(cli, ["--db", str(other), "init"]).exit_code == 0
    assert runner.invoke(cli, ["--db", str(other), "member", "add", "gamma"]).exit_code == 0
    result = runner.invoke(cli, ["store", "copy", str(consultation.db), str(other)])
    assert (result.exit_code, result.stderr) == (1, f"Error: {other} is not empty (1 members); copy into a new store\n")
    missing = runner.invoke(cli, ["store", "copy", str(tmp_path / "nothing.db"), str(tmp_path / "x.db")])
    assert missing.exit_code == 1
    assert missing.stderr == f"Error: {tmp_path / 'nothing.db'}: no consultation store here; run `lawcomment init` first (or pass --db)\n"


def test_a_copy_that_does_not_match_writes_nothing(consultation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import lawcomment.store.copy as copying

    real = copying.content_of
    monkeypatch.setattr(copying, "content_of", lambda s: real(s) if s.where == str(consultation.db) else ({}, "0"))
    with open_store(consultation.db) as source:
        target, _ = create_store(tmp_path / "t.db")
        with target, pytest.raises(StoreError, match=r"differs from .*; nothing was written"):
            copy_store(source, target)
    with open_store(tmp_path / "t.db") as target:
        assert set(target.stats().values()) == {0} | {target.stats()["events"]}
        assert [e.action for e in target.events()] == ["store.migrate"] * target.schema_version


def _parallel(args_list: list[list[str]], db: str) -> list[tuple[int, str, str]]:
    env = {**os.environ, "LAWCOMMENT_DB": db}
    procs = [subprocess.Popen([sys.executable, "-m", "lawcomment", *args], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for args in args_list]  # fmt: skip
    outs = [p.communicate(timeout=300) for p in procs]
    return [(p.returncode, out, err) for p, (out, err) in zip(procs, outs, strict=True)]


def _batches(tmp_path: Path, n: int) -> list[Path]:
    files = []
    for k in range(n):
        path = tmp_path / f"batch{k}.csv"
        # each member brings its own file (one member's newer file would supersede its older one)
        rows = "".join(f"m{k},第{a}条,,,意见{k}-{a}\n" for a in range(1, 81))
        path.write_text("member,article,quote,proposed_text,reason\n" + rows, encoding="utf-8")
        files.append(path)
    return files


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_importers_at_once_lose_and_duplicate_nothing(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """16 processes at once into PostgreSQL, 4 into SQLite; every file is sent twice at once."""
    run = request.getfixturevalue("pg_consultation" if engine == "postgresql" else "consultation")
    n = 8 if engine == "postgresql" else 2
    files = _batches(tmp_path, n)
    for k in range(n):
        assert run("member", "add", f"m{k}").exit_code == 0
    results = _parallel([["comment", "import", str(f), "--draft", "ecommerce@1"] for f in files * 2], str(run.db))
    assert [r[0] for r in results] == [0] * (2 * n), results
    added = [int(out.split(": ")[-1].split(" added")[0]) for _, out, _ in results]
    assert sorted(added) == [0] * n + [80] * n  # each file once; its twin found every comment already there
    with open_store(run.db) as store:
        assert store.stats()["comments"] == 80 * n
        assert store.stats()["imports"] == 2 * n
        fingerprints = store.conn.execute("SELECT count(DISTINCT fingerprint) FROM comments").fetchone()[0]
        assert fingerprints == 80 * n


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_two_staff_deciding_at_once_both_land_and_the_later_one_stands(engine: str, request: pytest.FixtureRequest) -> None:
    run = request.getfixturevalue("pg_consultation" if engine == "postgresql" else "consultation")
    words = {"alice": "电子商务经营者应当保障人身安全。", "bob": "电子商务经营者应当保障财产安全。"}
    results = _parallel([["--user", who, "decide", "--draft", "ecommerce@1", "--article", "第十三条", "--text", text]
                         for who, text in words.items()], str(run.db))  # fmt: skip
    assert [r[0] for r in results] == [0, 0], results
    with open_store(run.db) as store:
        first, later = store.decisions("ecommerce@1", "art_13")
        assert {first.actor, later.actor} == {"alice", "bob"}
        assert [e.object for e in store.events() if e.action == "decision.text"] == [f"decision:{first.id}",
                                                                                    f"decision:{later.id}"]
    outputs = {who: out for who, (_, out, _) in zip(words, results, strict=True)}
    # (each decision's line, then the changes its wording makes, then what it replaced)
    assert outputs[later.actor].splitlines()[2] == (
        f"  it replaces decision #{first.id} (final wording on 第十三条 (art_13)) by {first.actor} at "
        f"{first.created}; undo #{later.id} to bring that one back")  # fmt: skip
    assert len(outputs[first.actor].splitlines()) == 2
    merged = json.loads(run("merge", "--draft", "ecommerce@1", "--article", "第十三条", "--format", "json").stdout)
    assert merged["units"][0]["final"] == {"decision": later.id, "text": words[later.actor]}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_one_live_comment_per_fingerprint_is_a_constraint(engine: str, request: pytest.FixtureRequest) -> None:
    run = request.getfixturevalue("pg_consultation" if engine == "postgresql" else "consultation")
    assert run("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第五条",
               "--reason", "x").exit_code == 0  # fmt: skip
    with open_store(run.db) as store:
        columns = ("draft_id, eid, article, member, stance, body, source_kind, status, fingerprint, created, updated")
        row = store.conn.execute(f"SELECT {columns} FROM comments").fetchone()
        with pytest.raises(Exception, match="(?i)unique"), store.transaction():
            store.db.execute(f"INSERT INTO comments ({columns}) VALUES ({', '.join('?' * 11)})", row)
        assert store.stats()["comments"] == 1


@pytest.fixture(params=["sqlite", "postgresql"])
def either(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """The consultation fixture on each engine in turn."""
    return request.getfixturevalue("pg_consultation" if request.param == "postgresql" else "consultation")


def test_corrections_work_on_both_engines(either) -> None:  # type: ignore[no-untyped-def]
    run = either
    assert run("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第十条", "--quote", "市场主体登记",
               "--reason", "不清楚").output == "added comment #1 by acme on 第十条 (art_10) (comment)\n"  # fmt: skip
    assert run("comment", "withdraw", "1").exit_code == 0
    assert run("comment", "undo", "1").exit_code == 0
    moved = run("comment", "edit", "1", "--at", "第十一条", "--quote", "电子商务经营者")
    assert moved.exit_code == 0, moved.output
    with open_store(run.db) as store:
        c = store.get_comment(1)
        assert (c.anchor.eid, c.anchor.quote, c.status.value) == ("art_11", "电子商务经营者", "open")
        assert [r.action for r in store.revisions(1)] == ["withdraw", "undo", "edit"]


@pytest.mark.parametrize("steps", [["withdraw"], ["withdraw", "undo", "undo"]])
def test_a_withdrawn_comment_sent_again_is_not_brought_back_twice(either, steps: list[str]) -> None:  # type: ignore[no-untyped-def]
    run = either
    add = ("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第十条", "--reason", "X")
    assert run(*add).exit_code == 0
    for step in steps:  # withdrawn, or withdrawn again by undoing the undo of its withdrawal
        assert run("comment", step, "1").exit_code == 0
    assert run(*add).output == "added comment #2 by acme on 第十条 (art_10) (comment)\n"
    undone = run("comment", "undo", "1")
    assert (undone.exit_code, undone.stderr) == (1, "Error: comment #1 was sent again since it was withdrawn (as #2); "
                                                    "bringing it back would double it. Withdraw that one first, or "
                                                    "keep it\n")  # fmt: skip


def test_readers_never_wait_for_a_writer(either, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Another process holds the write turn (a long import, say): listing, merging and
    exporting go on at once, and only what they would keep for the next command is skipped."""
    run = either
    assert run("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第十条",
               "--propose", "电子商务经营者应当依法办理登记。").exit_code == 0  # fmt: skip
    with open_store(run.db, "other") as writer, writer.transaction():
        writer.db.execute("UPDATE drafts SET deadline = deadline")  # holds the write lock until the block ends
        env = {**os.environ, "LAWCOMMENT_DB": str(run.db)}
        for args in (["comment", "list", "--draft", "ecommerce@1"], ["merge", "--draft", "ecommerce@1"],
                     ["export", "--draft", "ecommerce@1", "--format", "md", "-o", str(tmp_path / "s.md")]):  # fmt: skip
            done = subprocess.run([sys.executable, "-m", "lawcomment", *args], env=env, capture_output=True,
                                  text=True, timeout=20)  # fmt: skip
            assert done.returncode == 0, (args, done.stderr)
    with open_store(run.db) as store:
        assert store.conn.execute("SELECT count(*) FROM positions").fetchone()[0] == 0  # skipped, not waited for
    assert run("merge", "--draft", "ecommerce@1").exit_code == 0
    with open_store(run.db) as store:
        assert store.conn.execute("SELECT count(*) FROM positions").fetchone()[0] == 1  # kept once the turn is free


def test_member_and_draft_lists_are_in_the_same_order_on_both_engines(consultation, pg_consultation) -> None:  # type: ignore[no-untyped-def]
    for run in (consultation, pg_consultation):
        for member in ("Zeta", "_x", "alpha", "Émile"):
            assert run("member", "add", member).exit_code == 0
    lists = [run("member", "list").stdout for run in (consultation, pg_consultation)]
    assert lists[0] == lists[1]
    assert [line.split()[0] for line in lists[0].splitlines()[1:-1]] == ["Zeta", "_x", "acme", "alpha", "beta", "Émile"]


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql://staff:s3cret@db.example:5432/lc", "postgresql://staff:***@db.example:5432/lc"),
    ("postgresql://staff:s3cret@h1:5432,h2:5433/lc", "postgresql://staff:***@h1:5432,h2:5433/lc"),
    ("postgresql:///lc?password=s3cret&sslmode=require", "postgresql:///lc?password=***&sslmode=require"),
    ("postgresql://staff@db.example:99999/lc", "postgresql://staff@db.example:99999/lc"),
    ("postgresql+psycopg://staff:s3cret@h/lc", "postgresql+psycopg://staff:***@h/lc"),
    ("postgresql://staff:s3%25cret@h/lc", "postgresql://staff:***@h/lc"),
    ("postgresql://staff:s3?cret@127.0.0.1:1/lc", "postgresql://staff:***@127.0.0.1:1/lc"),
    ("postgresql://staff:s3#cret@h/lc", "postgresql://staff:***@h/lc"),
    ("postgresql://h/lc?pass%77ord=s3cret", "postgresql://h/lc?pass%77ord=***"),
])  # fmt: skip
def test_a_password_never_shows(url: str, shown: str) -> None:
    from lawcomment.store import redact, scrub

    assert redact(url) == shown
    if shown != url:  # libpq quotes the password it was given, decoded or not
        said = "s3%cret" if "%25" in url else url.split(":")[2].split("@")[0] if "@" in url else "s3cret"
        assert "s3" not in scrub(f'could not connect to {url}: password "{said}" refused', url)


@pytest.mark.parametrize("url", ["postgresql://staff:s3cret@127.0.0.1:1,127.0.0.1:2/lc",
                                 "postgresql://staff:s3cret@127.0.0.1:99999/lc",
                                 "postgresql://staff:s3%w@127.0.0.1:1/lc",
                                 "postgresql+psycopg://staff:s3cret@127.0.0.1:1/lc"])  # fmt: skip
def test_a_store_url_that_cannot_be_used_is_an_error_line_without_its_password(runner, url: str) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    result = runner.invoke(cli, ["--db", url, "draft", "list"])
    assert result.exit_code == 1 and result.stderr.startswith("Error: "), result.output
    assert "s3" not in result.output and "Traceback" not in result.output
    assert result.stderr.count("\n") == 1


def test_a_copy_keeps_no_password_in_its_output_or_log(demo: Path, postgres_server: str, tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli
    from lawcomment.testing.store import postgres_schema

    with postgres_schema(postgres_server) as url:
        secret = f"{url}&password=s3cret&passfile=/nonexistent"  # (a socket connection as root checks no password)
        there = runner.invoke(cli, ["store", "copy", str(demo / "consultation.db"), secret])
        assert there.exit_code == 0, there.output
        back = runner.invoke(cli, ["store", "copy", secret, str(tmp_path / "b.db")])
        assert back.exit_code == 0, back.output
        info = runner.invoke(cli, ["--db", secret, "store", "info"])
        log = runner.invoke(cli, ["--db", str(tmp_path / "b.db"), "log", "--format", "json"])
        for result in (there, back, info, log):
            assert "s3cret" not in result.output
        assert "password=***" in back.output and "password=***" in log.output


def test_a_lost_connection_is_an_error_and_the_store_rolls_back(pg_consultation) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    with open_store(pg_consultation.db) as store:
        pid = store.conn.info.backend_pid
        with pytest.raises(StoreError, match="nothing was written"), store.transaction():
            store.db.execute("UPDATE drafts SET deadline = '2027-01-01'")
            with psycopg.connect(pg_consultation.db, autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s)", (pid,))
            store.db.execute("UPDATE drafts SET deadline = '2027-01-02'")
    with open_store(pg_consultation.db) as store:
        assert store.get_draft("ecommerce@1").deadline is None


def _drop(url: str, pid: int) -> None:
    """End the server's side of connection ``pid``, as a restart, a failover or a pooler's idle timeout would."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_store_whose_connection_the_server_dropped_opens_a_new_one(pg_consultation) -> None:  # type: ignore[no-untyped-def]
    """A long-lived store (each thread of `lawcomment serve` keeps one) outlives its connection:
    a read is sent again on a new connection, a write transaction that lost its connection is
    rolled back and said so, and the next one starts on a new connection (a trial's web app
    answered every request with an error until it was restarted)."""
    with open_store(pg_consultation.db) as store:
        first = store.conn.info.backend_pid
        _drop(pg_consultation.db, first)
        assert store.get_draft("ecommerce@1").ref == "ecommerce@1"  # a read: asked again, answered
        second = store.conn.info.backend_pid
        assert second != first and not store.db.in_transaction

        _drop(pg_consultation.db, second)
        store.set_deadline("ecommerce@1", "2027-01-01")  # a write: its BEGIN finds the connection gone, then starts anew
        assert store.get_draft("ecommerce@1").deadline == "2027-01-01"

        with pytest.raises(StoreError, match="nothing was written"), store.transaction():
            store.db.execute("UPDATE drafts SET deadline = '2027-02-02'")
            _drop(pg_consultation.db, store.conn.info.backend_pid)
            store.db.execute("UPDATE drafts SET deadline = '2027-03-03'")  # never replayed on a new connection
        assert not store.db.in_transaction
        assert store.get_draft("ecommerce@1").deadline == "2027-01-01"
        store.set_deadline("ecommerce@1", "2027-04-04")
    with open_store(pg_consultation.db) as store:
        assert store.get_draft("ecommerce@1").deadline == "2027-04-04"


def test_a_store_whose_server_is_unreachable_says_so_and_recovers(pg_consultation, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """While the server cannot be reached, each statement is an error naming the store (no
    driver exception escapes); once it can, the store goes on."""
    import psycopg

    with open_store(pg_consultation.db) as store:
        _drop(pg_consultation.db, store.conn.info.backend_pid)
        real = psycopg.connect

        def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
            raise psycopg.OperationalError("connection refused")

        monkeypatch.setattr(psycopg, "connect", refused)
        for _ in range(2):
            with pytest.raises(StoreError, match=r"cannot connect \(connection refused\)"):
                store.get_draft("ecommerce@1")
        with pytest.raises(StoreError, match="cannot connect"):
            store.set_deadline("ecommerce@1", "2027-01-01")
        monkeypatch.setattr(psycopg, "connect", real)
        store.set_deadline("ecommerce@1", "2027-01-01")
        assert store.get_draft("ecommerce@1").deadline == "2027-01-01"


def test_a_writer_that_cannot_take_its_turn_leaves_the_connection_usable(pg_consultation) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    with open_store(pg_consultation.db, "a") as holder, holder.transaction():
        with psycopg.connect(pg_consultation.db, autocommit=True) as raw:
            raw.execute("SET lock_timeout = 200")
            from lawcomment.store import SQLStore
            from lawcomment.store.postgres import PostgresEngine

            store = SQLStore(PostgresEngine(raw, pg_consultation.db, (psycopg.Error,)), "b")
            with pytest.raises(StoreError, match="busy"), store.transaction():
                pass
            assert not store.db.in_transaction  # rolled back: the next transaction starts clean
            assert store.members()  # and reads go on
    with open_store(pg_consultation.db, "b") as store:
        assert store.add_member(Member("gamma")) == "added"


def test_a_read_only_session_reads_and_refuses_writes(pg_consultation) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    url = pg_consultation.db.replace("options=", "options=-cdefault_transaction_read_only%3Don%20", 1)
    from click.testing import CliRunner

    runner = CliRunner()
    listed = runner.invoke(cli, ["--db", url, "member", "list"])
    assert listed.exit_code == 0 and listed.stdout.splitlines()[1].startswith("acme"), listed.output
    merged = runner.invoke(cli, ["--db", url, "merge", "--draft", "ecommerce@1"])
    assert merged.exit_code == 0, merged.output
    added = runner.invoke(cli, ["--db", url, "member", "add", "gamma"])
    assert added.exit_code == 1
    assert added.stderr.endswith(": the store is read-only here (a read-only session: a standby server, or "
                                 "default_transaction_read_only); nothing was written\n")  # fmt: skip
    with open_store(pg_consultation.db) as store, store.transaction():  # a store of another lawcomment, read-only here
        store.conn.execute("UPDATE schema_version SET version = 99")
    newer = runner.invoke(cli, ["--db", url, "member", "list"])
    assert (newer.exit_code, newer.stderr) == (1, f"Error: {url}: the store is read-only here and was made by a newer "
                                                  "lawcomment; open it once where it can be written\n")  # fmt: skip


def test_a_failed_copy_keeps_a_file_that_was_there_before(consultation, tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    there = tmp_path / "placeholder.db"
    there.touch()
    with open_store(consultation.db) as store, store.transaction():
        store.conn.execute("ALTER TABLE members ADD COLUMN extra TEXT")  # columns the copy does not know
    result = runner.invoke(cli, ["store", "copy", str(consultation.db), str(there)])
    assert result.exit_code == 1 and "the columns of" in result.stderr
    assert there.exists()
    made = tmp_path / "made.db"
    assert runner.invoke(cli, ["store", "copy", str(consultation.db), str(made)]).exit_code == 1
    assert not made.exists()  # a file made for the copy goes with it


def test_a_cache_write_that_is_a_bug_is_not_swallowed(either) -> None:  # type: ignore[no-untyped-def]
    with open_store(either.db) as store:
        with store.transaction():
            store.conn.execute("DROP TABLE positions")
        with pytest.raises(Exception, match="positions"):
            store.keep_positions("ecommerce@1", "1:x", [("art_1", "[]")])
        assert not store.db.in_transaction


def test_positions_kept_as_utf8_are_the_same_texts(either) -> None:  # type: ignore[no-untyped-def]
    """A merge's positions handed over as orjson's UTF-8 are kept as the very texts (TEXT, never
    a blob: a store's dump the same) and read back either way."""
    data = '["art_2","乙 \\"\\\\ é",null]'
    with open_store(either.db) as store:
        store.keep_positions_utf8("ecommerce@1", "1:x", [("art_2", data.encode()), ("art_1", b"[]")])
        assert store.positions("ecommerce@1", "1:x") == [data, "[]"]
        assert store.positions_utf8("ecommerce@1", "1:x") == [data.encode(), b"[]"]
        assert store.kept_position("ecommerce@1", "1:x", "art_2") == data
        assert store.positions_utf8("ecommerce@1", "2:x") is None
        if store.db.name == "sqlite":
            assert store.conn.execute("SELECT DISTINCT typeof(data) FROM unit_positions").fetchall() == [("text",)]


def test_readers_of_comments_never_wait_for_a_bulk_import(pg_consultation, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL keeps the comment indexes through a large batch (SQLite drops and remakes
    them): dropping one would lock the table against its readers until the commit."""
    import psycopg

    import lawcomment.store.sql as sql_store

    monkeypatch.setattr(sql_store, "BULK_ROWS", 3)
    seen: list[int] = []
    with open_store(pg_consultation.db) as store:
        raw_execute = store.db.raw.execute

        def execute(sql, *a, **k):  # type: ignore[no-untyped-def]
            if str(sql).startswith("SELECT setval") and not seen:  # the rows are in, not yet committed
                with psycopg.connect(pg_consultation.db, autocommit=True) as other:
                    other.execute("SET lock_timeout = '300ms'")
                    seen.append(other.execute("SELECT count(*) FROM comments WHERE member = 'acme'").fetchone()[0])
            return raw_execute(sql, *a, **k)

        monkeypatch.setattr(store.db.raw, "execute", execute)
        report = store.add_comments("ecommerce@1", _bulk(5))
    assert len(report.added) == 5 and seen == [0]  # read at once, as it stood before the batch


def _bulk(n: int, member: str = "acme", body: str = "文本") -> list[NewComment]:
    return [NewComment(member, Anchor(f"art_{k}"), Stance.AMEND, CommentSource(SourceKind.CSV, "x.csv"),
                       proposed_text=f"{body}{k}") for k in range(1, n + 1)]  # fmt: skip
