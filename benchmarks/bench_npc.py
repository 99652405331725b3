"""NPC-scale consultation: the 民法典, 13,718 members and 114,574 comments; each CLI stage in its own
process (wall clock, peak RSS), against floors measured in the same run. Needs ../shared/corpus.

    python benchmarks/bench_npc.py [--scale 1k,10k,100k,1m] [--stages csv,merge,...] [--seed 5] [--keep DIR]
                                   [--engine sqlite,postgresql] [--postgres URL]

With ``--engine postgresql`` (or both) the stores are schemas on the server ``--postgres`` (or
$LAWCOMMENT_TEST_POSTGRES) names, made for the run and dropped afterwards.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import TypeVar

from diff_match_patch import diff_match_patch

sys.path.insert(0, str(Path(__file__).parent))

from bench_split import CORPUS, civil_code_md

from lawcomment import load_draft

FULL_COMMENTS = 114_574
FULL_MEMBERS = 13_718
SCALES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1m": 1_000_000}
STAGES = ["init", "members", "csv", "jsonl", "merge", "docx", "html", "json", "csv-export", "merge-article", "list"]
#: Issue 19's stages, run when named in --stages and left out of the whole run: the whole draft's
#: comments listed as JSON, then grouped as near-duplicates (the difference is what grouping adds).
GROUPING = ["list-all", "grouped"]
#: The four exports in one process (export --format docx,html,json,csv): run when named in
#: --stages, and printed as another whole run, with it in place of the four export stages.
EXPORTS = ["docx", "html", "json", "csv-export"]
ONE_PROCESS = ["exports"]
NEEDS = {"init": [], "members": ["init"], "csv": ["members"], "jsonl": ["members"]}  # the rest need "csv"
PART_ROWS = 400_000  # comments per file: the 1M JSONL in parts of about 100 MB, under the 128 MiB cap
AMEND_SHARE, CAMPAIGN_SHARE, HOT_ARTICLES, HOT_SHARE, CAMPAIGN_SIZE = 0.40, 0.30, 0.10, 0.60, 150
WORDS = ["依法", "及时", "书面", "显著", "合理", "必要", "相关", "有效", "充分", "具体", "不得", "应当"]
LAWCOMMENT = [sys.executable, "-m", "lawcomment"]
TIME = Path("/usr/bin/time")
REF = "civil@1"
PROBE_RUNS = 7  # runs of each one-article probe (merge --article, comment list --article)
T = TypeVar("T")


@dataclass(frozen=True)
class Article:
    label: str
    body: str


@dataclass(frozen=True)
class Workload:
    members: Path
    comments_csv: list[Path]  # in parts when one file would pass the cap on comment files
    comments_jsonl: list[Path]
    busy: str  # the label of the article with the most comments
    summary: str


@dataclass(frozen=True)
class Stage:
    name: str
    seconds: float
    rss_mb: float
    note: str = ""


def sizes(scale: str) -> tuple[int, int]:
    """(comments, members) for a --scale label: 100k is the full NPC consultation."""
    factor = SCALES[scale] / SCALES["100k"]
    return round(FULL_COMMENTS * factor), max(1, round(FULL_MEMBERS * factor))


def reword(rng: random.Random, body: str) -> str:
    """``body`` with one to three small edits (a word inserted, or put in place of up to three
    characters) on 7-character boundaries, so members often touch the same words; labels untouched."""
    spots = [i for i in range(0, len(body), 7) if "\u4e00" <= body[i] <= "\u9fff" and i - body.rfind("\n", 0, i) > 5]
    text = body
    for at in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 3))), reverse=True):
        cut = rng.choice([0, 1, 2, 3])
        if not all("\u4e00" <= ch <= "\u9fff" for ch in text[at:at + cut]):
            cut = 0
        text = text[:at] + rng.choice(WORDS) + text[at + cut:]
    return text if text != body else body + "（修改）"


def vary(rng: random.Random, text: str) -> str:
    """A campaign member's copy: mostly the same text, sometimes its punctuation or one word changed."""
    roll = rng.random()
    if roll < 0.5:
        return text
    if roll < 0.8:
        return text.replace("，", ",", 1) if "，" in text else text.rstrip("。")
    at = rng.randrange(len(text))
    return text[:at] + rng.choice(WORDS) + text[at:] if text[at] != "\n" else text


def write_workload(folder: Path, articles: list[Article], comments: int, members: int, seed: int) -> Workload:
    """The member CSV and the same comments as CSV and JSONL, generated from ``seed``."""
    rng = random.Random(seed)
    hot = rng.sample(articles, max(1, round(len(articles) * HOT_ARTICLES)))

    def pick() -> Article:
        return rng.choice(hot) if rng.random() < HOT_SHARE else rng.choice(articles)

    member_path = folder / "members.csv"
    with member_path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "org", "group", "email", "lang", "role"])
        for m in range(members):
            w.writerow([f"m{m:06d}", f"会员单位{m}有限公司", f"第{m % 40 + 1}工作组", f"m{m}@members.example", "zh",
                        "member"])  # fmt: skip
    campaigns = max(2, round(comments * CAMPAIGN_SHARE / CAMPAIGN_SIZE))
    templates: list[tuple[Article, str, str, str]] = []  # article, stance, proposal, reason
    for k in range(campaigns):
        art = pick()
        if k % 2 == 0:
            templates.append((art, "amend", reword(rng, art.body), f"联名建议{k}：{art.label}表述不够明确，建议修改"))
        else:
            stance = rng.choice(["support", "oppose", "question"])
            templates.append((art, stance, "", f"联名意见{k}：对{art.label}的意见（{stance}）"))
    rows: list[dict[str, str]] = []
    for n in range(comments):
        member = f"m{rng.randrange(members):06d}"
        amend = rng.random() < AMEND_SHARE
        if rng.random() < CAMPAIGN_SHARE:
            art, stance, proposal, reason = templates[rng.randrange(campaigns // 2) * 2 + (0 if amend else 1)]
            proposal = vary(rng, proposal) if proposal else ""
            rows.append({"member": member, "article": art.label, "proposed_text": proposal, "reason": vary(rng, reason),
                         "stance": stance})  # fmt: skip
        elif amend:
            art = pick()
            rows.append({"member": member, "article": art.label, "proposed_text": reword(rng, art.body),
                         "reason": f"理由{n}：建议调整{art.label}的表述", "stance": "amend"})  # fmt: skip
        else:
            art = pick()
            stance = rng.choice(["support", "oppose", "question"])
            rows.append({"member": member, "article": art.label, "proposed_text": "", "reason": f"意见{n}：{stance}",
                         "stance": stance})  # fmt: skip
    # a portal's export of a million comments (200 MB of CSV) passes the cap on one comment file
    # (lawcomment.limits.MAX_DATA_BYTES); it is written, and imported, in parts, each member's
    # rows all in one part, so that the store ends as one file would leave it (a later file's
    # comment would replace a member's earlier one on the same unit, as the import rules say)
    parts = max(1, math.ceil(len(rows) / PART_ROWS))
    chunks: list[list[dict[str, str]]] = [[] for _ in range(parts)]
    for r in rows:
        chunks[int(r["member"][1:]) % parts].append(r)
    name = (lambda ext, i: f"comments.{ext}") if parts == 1 else (lambda ext, i: f"comments-{i + 1}.{ext}")
    comments_csv = [folder / name("csv", i) for i in range(parts)]
    comments_jsonl = [folder / name("jsonl", i) for i in range(parts)]
    for path, chunk in zip(comments_csv, chunks, strict=True):
        with path.open("w", encoding="utf-8", newline="") as fh:
            table = csv.DictWriter(fh, fieldnames=list(rows[0]))
            table.writeheader()
            table.writerows(chunk)
    for path, chunk in zip(comments_jsonl, chunks, strict=True):
        with path.open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk)
    per_article = Counter(r["article"] for r in rows)
    busy, busiest = per_article.most_common(1)[0]
    hot_labels = {a.label for a in hot}
    amends = sum(r["stance"] == "amend" for r in rows)
    on_hot = sum(c for a, c in per_article.items() if a in hot_labels) / comments
    summary = (f"{len(articles):,} articles, {members:,} members, {comments:,} comments: {amends:,} rewordings "
               f"({len({(r['article'], r['proposed_text']) for r in rows if r['proposed_text']}):,} distinct), "
               f"{on_hot:.0%} on the {len(hot)} hot articles, "
               f"{campaigns} campaigns; busiest article {busy} ({busiest:,} comments); "
               f"CSV {sum(p.stat().st_size for p in comments_csv) / 1e6:.1f} MB, "
               f"JSONL {sum(p.stat().st_size for p in comments_jsonl) / 1e6:.1f} MB"
               + (f" (each in {parts} files)" if parts > 1 else ""))
    return Workload(member_path, comments_csv, comments_jsonl, busy, summary)


def run_cli(db: Path | str, args: list[str], log: Path, env: dict[str, str]) -> tuple[float, float]:
    """Run ``lawcomment --db db ARGS`` in a new process: (wall-clock seconds, its peak RSS in MB).

    The RSS comes from /usr/bin/time when present: a child's own ru_maxrss starts at the RSS of
    the process that forked it (this one, which holds the workload), its launcher's does not."""
    rss_file = log.with_suffix(".rss")
    launcher = [str(TIME), "-f", "%M", "-o", str(rss_file)] if TIME.exists() else []
    start = time.perf_counter()
    with log.open("ab") as out:
        out.write(f"$ lawcomment --db {db} {' '.join(args)}\n".encode())
        out.flush()
        proc = subprocess.Popen([*launcher, *LAWCOMMENT, "--db", str(db), *args], stdout=out, stderr=subprocess.STDOUT,
                                env=env)  # fmt: skip
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"lawcomment {' '.join(args)} exited {proc.returncode}; see {log}")
    rss_kb = int(rss_file.read_text().split()[-1]) if launcher else usage.ru_maxrss
    return seconds, rss_kb / 1024


def run_stages(folder: Path, law: Path, work: Workload, selected: list[str], env: dict[str, str],
               stores: tuple[Path | str, Path | str] | None = None) -> list[Stage]:  # fmt: skip
    """Run the selected stages and what they need, in order; return the selected ones' figures.
    ``stores``: the two stores (the second for the JSONL import), SQLite files in ``folder`` by default."""
    needed = set(selected)
    for name in selected:
        needed |= {"init", "members"} | set(NEEDS.get(name, ["csv"]))
    db, db_jsonl = stores or (folder / "npc.db", folder / "npc-jsonl.db")
    log = folder / "cli.log"
    results: list[Stage] = []

    def stage(name: str, *commands: list[str], store: Path | str = db, note: str = "", repeat: int = 1) -> None:
        """Run the commands in turn; with ``repeat``, the one command that many times, counted by
        the median run (a probe of a few tens of milliseconds varies more than it lasts)."""
        if name not in needed:
            return
        runs = [run_cli(store, args, log, env) for args in commands for _ in range(repeat)]
        if name in selected:
            seconds = statistics.median(s for s, _ in runs) if repeat > 1 else sum(s for s, _ in runs)
            results.append(Stage(name, seconds, max(r for _, r in runs), note))

    def export(fmt: str, name: str) -> None:
        out = folder / f"submission.{fmt}"
        stage(name, ["export", "--draft", REF, "--format", fmt, "--include-unreviewed", "-o", str(out)])
        if name in selected:
            results[-1] = replace(results[-1], note=f"{out.stat().st_size / 1e6:.2f} MB file")

    stage("init", ["init"], ["draft", "add", str(law), "--name", "civil", "--version", "1"], note="2 processes")
    stage("members", ["member", "import", str(work.members)])
    if "jsonl" in needed:  # the second store starts as the first is now (not timed)
        run_cli(db, ["store", "copy", str(db), str(db_jsonl)], log, env)
    stage("csv", *(["comment", "import", str(p), "--draft", REF] for p in work.comments_csv),
          note=f"{len(work.comments_csv)} files" if len(work.comments_csv) > 1 else "")
    stage("jsonl", *(["comment", "import", str(p), "--draft", REF] for p in work.comments_jsonl), store=db_jsonl,
          note="second store" + (f", {len(work.comments_jsonl)} files" if len(work.comments_jsonl) > 1 else ""))
    stage("merge", ["merge", "--draft", REF, "-o", str(folder / "merge.txt")], note="every article")
    export("docx", "docx")
    export("html", "html")
    export("json", "json")
    export("csv", "csv-export")
    if "exports" in needed:  # as the merge left the store: no groups kept by an export before (not timed)
        forget_groups(db)
    stage("exports", ["export", "--draft", REF, "--format", "docx,html,json,csv", "--include-unreviewed", "-o",
                      str(folder / "all")], note="docx, html, json, csv in one process")  # fmt: skip
    probe = f"{work.busy}, median of {PROBE_RUNS} runs, target < 0.100 s"
    stage("merge-article", ["merge", "--draft", REF, "--article", work.busy], note=probe, repeat=PROBE_RUNS)
    stage("list", ["comment", "list", "--draft", REF, "--article", work.busy], note=probe, repeat=PROBE_RUNS)
    stage("list-all", ["comment", "list", "--draft", REF, "--format", "json", "-o", str(folder / "list.json")],
          note="every comment, JSON")
    stage("grouped", ["comment", "list", "--draft", REF, "--grouped", "--format", "json", "-o",
                      str(folder / "groups.json")], note="every comment, grouped, JSON")  # fmt: skip
    if "grouped" in selected:
        doc = json.loads((folder / "groups.json").read_text(encoding="utf-8"))
        held = sum(g["size"] for g in doc["groups"])
        results[-1] = replace(results[-1], note=f"{len(doc['groups']):,} groups holding {held:,} comments")
    return results


def forget_groups(db: Path | str) -> None:
    """Drop the near-duplicate groups an earlier export kept (the html stage's), so that the
    exports in one process group the comments themselves, as after the merge."""
    from lawcomment import open_store

    with open_store(db, "bench") as store, store.transaction():
        store.db.execute("DELETE FROM near_groups")  # type: ignore[attr-defined]


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def floors(folder: Path, articles: list[Article], work: Workload) -> list[tuple[str, float]]:
    """The work no implementation can avoid, in-process: read, store, read back, diff, serialise."""
    def read() -> list[list[str]]:
        rows: list[list[str]] = []
        for part in work.comments_csv:
            with part.open(encoding="utf-8", newline="") as fh:
                rows.extend(list(csv.reader(fh))[1:])
        return rows

    read_s, rows = timed(read)
    conn = sqlite3.connect(folder / "floor.db")
    conn.execute("CREATE TABLE t (member TEXT, article TEXT, proposed_text TEXT, reason TEXT, stance TEXT)")

    def insert() -> None:
        with conn:
            conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)

    insert_s, _ = timed(insert)
    select_s, _ = timed(lambda: conn.execute("SELECT * FROM t").fetchall())
    conn.close()
    body = {a.label: a.body for a in articles}
    proposals = {(r[1], r[2]) for r in rows if r[2]}
    dmp = diff_match_patch()

    def diff() -> None:
        for label, text in proposals:
            dmp.diff_cleanupSemantic(dmp.diff_main(body[label], text))

    diff_s, _ = timed(diff)
    dumps_s, _ = timed(lambda: json.dumps(rows, ensure_ascii=False))
    return [("csv.reader over the comment CSV", read_s), ("sqlite3 executemany into a plain table", insert_s),
            ("sqlite3 SELECT * back", select_s), (f"diff_main + cleanupSemantic, {len(proposals):,} proposals", diff_s),
            ("json.dumps of the rows", dumps_s)]  # fmt: skip


def print_scale(scale: str, stages: list[Stage], floor: list[tuple[str, float]], startup: float,
                target: int = 15) -> None:  # fmt: skip
    print(f"{'stage':<16} {'seconds':>9} {'peak RSS MB':>12}  note")
    for s in stages:
        flag = "  OVER 600 MB" if s.rss_mb > 600 else ""
        print(f"{s.name:<16} {s.seconds:9.3f} {s.rss_mb:12.0f}  {s.note}{flag}")
    seconds = {s.name: s.seconds for s in stages}
    if "list-all" in seconds and "grouped" in seconds:
        print(f"{'grouping adds':<16} {seconds['grouped'] - seconds['list-all']:9.3f}  target < 10 s (issue 19)")
    one = [s for s in stages if s.name in ONE_PROCESS]
    stages = [s for s in stages if s.name in STAGES]
    if not stages:
        return
    whole = sum(s.seconds for s in stages)
    total_name = "whole run" if len(stages) == len(STAGES) else "selected stages"
    print(f"{total_name:<16} {whole:9.3f} {max(s.rss_mb for s in stages):12.0f}  target <= {target} s, <= 600 MB per stage")
    alone = None
    if one and set(EXPORTS) <= {s.name for s in stages}:
        alone = whole - sum(s.seconds for s in stages if s.name in EXPORTS) + one[0].seconds
        print(f"{total_name + ', exports in one process':<16} {alone:9.3f}  (export --format docx,html,json,csv)")
    imports = [s.seconds for s in stages if s.name in ("csv", "jsonl")]
    if alone is not None and len(imports) == 2:
        # a consultation imports its comments once: the stages above import them twice, in each
        # format into a store of its own; counted here with the slower of the two
        print(f"{'one consultation':<16} {alone - min(imports):9.3f}  (the above with one comment import, the slower "
              f"format's: members, comments, merge, the four exports in one process, the two one-article probes)")
    print(f"{'floor':<44} {'seconds':>9}")
    for name, seconds in floor:
        print(f"{name:<44} {seconds:9.3f}")
    total = sum(s for _, s in floor)
    print(f"{'floor sum':<44} {total:9.3f}")
    print(f"{scale}: {total_name} / floor sum = {whole / total:.1f}x (target about 6x); "
          f"a bare `lawcomment --version` process takes {startup:.3f} s, {len(stages)} stages ran")


def one_article(db: Path | str, label: str) -> None:
    """One article of the big draft in a process that has the store open and the draft loaded,
    as a server has: its comments, its merge, its section of the review page (target < 100 ms)."""
    from lawcomment import citation_to_eid, open_store
    from lawcomment.consultation import draft_positions
    from lawcomment.review import positions_html

    with open_store(db, "bench") as store:
        stored = store.get_draft(REF)
        load_s, _ = timed(stored.load)
        eid = citation_to_eid(label)
        print(f"one article in a running process ({label}; the draft loaded once, {load_s * 1000:.0f} ms):")
        for attempt in ("first", "again"):
            list_s, found = timed(lambda: store.comments(stored.ref, article=eid))
            merge_s, (position,) = timed(lambda: draft_positions(store, stored, eid))
            page_s, _ = timed(lambda: positions_html(stored.ref, [position]))
            print(f"  {attempt:<6} comment list {list_s * 1000:6.0f} ms ({len(found):,} comments), merge "
                  f"{merge_s * 1000:5.0f} ms, review section {page_s * 1000:4.0f} ms; target < 100 ms each")


def print_growth(runs: dict[str, list[Stage]]) -> None:
    """Seconds per stage at each scale, and the growth exponent between neighbours (1.0 = linear)."""
    scales = list(runs)
    names = [s.name for s in runs[scales[-1]]]
    print("\ngrowth (seconds; k = log(t2/t1) / log(n2/n1) between neighbouring scales, 1.0 is linear)")
    steps = list(pairwise(scales))
    print(f"{'stage':<16}" + "".join(f"{s:>10}" for s in scales) + "".join(f"  k {a}->{b}" for a, b in steps))
    table = {scale: {s.name: s.seconds for s in stages} for scale, stages in runs.items()}
    table = {scale: {**t, "sum": sum(t.values())} for scale, t in table.items()}
    for name in [*names, "sum"]:
        cells = "".join(f"{table[s][name]:10.3f}" for s in scales)
        growth = [math.log(table[b][name] / table[a][name]) / math.log(SCALES[b] / SCALES[a]) for a, b in steps]
        ks = "".join(f"{k:>{len(a + b) + 7}.2f}" for k, (a, b) in zip(growth, steps, strict=True))
        print(f"{name:<16}{cells}{ks}")


def warm_bytecode(root: Path, env: dict[str, str]) -> None:
    """Fill the bytecode cache the stages will read, as an installed package's is after its first
    day of use (not timed): lawcomment's modules compiled, and the demo run once, which imports
    what every command imports (the standard library's and the dependencies' modules included,
    whose .pyc a fresh PYTHONPYCACHEPREFIX lacks too). Without it the first stage to import a
    module compiled it, about 0.5 s of the whole run that a user pays once, after installing."""
    import lawcomment

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(lawcomment.__file__).parent)], check=True,
                   capture_output=True, env=env)  # fmt: skip
    subprocess.run([*LAWCOMMENT, "demo", "--out", str(root / "warm-up")], check=True, capture_output=True, env=env)
    shutil.rmtree(root / "warm-up", ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", default="100k", help="comma-separated: 1k, 10k, 100k (the full 114,574), 1m")
    ap.add_argument("--stages", default=",".join(STAGES),
                    help=f"comma-separated subset of {','.join(STAGES + GROUPING + ONE_PROCESS)} (list-all and grouped: "
                         "issue 19's; exports: the four exports in one process)")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="write inputs and stores under this folder and keep them")
    ap.add_argument("--engine", default="sqlite", help="comma-separated: sqlite, postgresql")
    ap.add_argument("--postgres", default=os.environ.get("LAWCOMMENT_TEST_POSTGRES"),
                    help="the PostgreSQL server for --engine postgresql (default $LAWCOMMENT_TEST_POSTGRES)")
    args = ap.parse_args()
    engines = args.engine.split(",")
    if set(engines) - {"sqlite", "postgresql"} or ("postgresql" in engines and not args.postgres):
        ap.error("--engine takes sqlite and postgresql; postgresql needs --postgres URL")
    scales, selected = args.scale.split(","), args.stages.split(",")
    unknown = [s for s in scales if s not in SCALES] + [s for s in selected if s not in STAGES + GROUPING + ONE_PROCESS]
    if unknown:
        ap.error(f"unknown scale or stage: {', '.join(unknown)}")
    if not (CORPUS / "zh" / "民法典").is_dir():
        print(f"{CORPUS / 'zh' / '民法典'} is not present; nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        law = civil_code_md(root)
        articles = [Article(v.unit.label, v.unit.body()) for v in load_draft(law).articles()]
        # the CLI caches its bytecode, as an installed package has its .pyc, whatever PYTHONDONTWRITEBYTECODE says
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
        warm_bytecode(root, env)
        version = [*LAWCOMMENT, "--version"]
        startup = min(timed(lambda: subprocess.run(version, check=True, capture_output=True, env=env))[0]
                      for _ in range(4))  # fmt: skip
        for engine in engines:
            runs: dict[str, list[Stage]] = {}
            for scale in scales:
                folder = root / engine / scale
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir(parents=True)
                comments, members = sizes(scale)
                work = write_workload(folder, articles, comments, members, args.seed)
                print(f"\n== {engine}, scale {scale}: {work.summary}; load average {os.getloadavg()[0]:.1f} on "
                      f"{os.cpu_count()} CPUs")  # fmt: skip
                with ExitStack() as schemas:
                    stores = None
                    if engine == "postgresql":
                        from lawcomment.testing.store import postgres_schema

                        stores = (schemas.enter_context(postgres_schema(args.postgres)),
                                  schemas.enter_context(postgres_schema(args.postgres)))  # fmt: skip
                    runs[scale] = run_stages(folder, law, work, [s for s in STAGES + GROUPING + ONE_PROCESS if s in selected], env,
                                             stores)  # fmt: skip
                    if {"merge-article", "list"} & set(selected):
                        one_article(stores[0] if stores else folder / "npc.db", work.busy)
                print_scale(scale, runs[scale], floors(folder, articles, work), startup,
                            target=15 if engine == "sqlite" else 30)  # fmt: skip
            if len(scales) > 1:
                print_growth(runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
