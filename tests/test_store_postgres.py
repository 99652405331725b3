"""The shared engine: the whole workflow on a real PostgreSQL server gives what SQLite gives,
``store copy`` moves a consultation between engines with nothing lost, and writers at once
(16 importers, two staff deciding) lose and duplicate nothing on both engines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lawcomment import StoreError, create_store, open_store
from lawcomment.store import content_of, copy_store

IMPORT = ("member,article,quote,proposed_text,reason\n"
          "acme,第十三条,,电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求。,删去环保要求\n"
          "beta,第十三条,,电子商务经营者销售的商品应当符合保障人身、财产安全的要求和环境保护要求。,只管商品\n"
          "beta,第十五条,,,第十五条的表述不明确\n")  # fmt: skip


def _same_on_both(run_a, run_b, *args: str) -> str:  # type: ignore[no-untyped-def]
    a, b = run_a(*args), run_b(*args)
    assert (a.exit_code, b.exit_code) == (0, 0), (a.output, b.output)
    assert (a.stdout, a.stderr) == (b.stdout, b.stderr)
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
    assert decided.startswith("decision #1: chose x1:1 on art_13")
    _same_on_both(*both, "decide", "--draft", "ecommerce@1", "--article", "第十三条", "--committee-reason", "与第十五条一致")
    _same_on_both(*both, "comment", "list", "--draft", "ecommerce@1", "--format", "json")
    md = _same_on_both(*both, "export", "--draft", "ecommerce@1", "--format", "md")
    assert "与第十五条一致" in md
    for run, name in ((consultation, "a.json"), (pg_consultation, "b.json")):
        assert run("export", "--draft", "ecommerce@1", "--format", "json", "-o", str(tmp_path / name)).exit_code == 0
    a, b = (json.loads((tmp_path / n).read_text(encoding="utf-8")) for n in ("a.json", "b.json"))
    assert a == b
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
    assert outputs[later.actor].splitlines()[1] == (
        f"  it replaces decision #{first.id} (final wording on 第十三条 (art_13)) by {first.actor} at "
        f"{first.created}; undo #{later.id} to bring that one back")  # fmt: skip
    assert len(outputs[first.actor].splitlines()) == 1
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
