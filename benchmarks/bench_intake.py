"""Comment intake benchmarks (issue 3): prints timings, ratios to the targets, and store size.

    python benchmarks/bench_intake.py [--runs 3]

Uses the 民法典 from ../shared/corpus when present (else the bundled 电子商务法 for the
CSV and listing figures; the marked-up figure needs the corpus). In-process wall clock,
medians of --runs runs; each run imports into a fresh store.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_split import CORPUS, civil_code_md, report  # noqa: E402

from lawcomment.comments import Anchor, CommentSource, Member, NewComment, SourceKind, Stance  # noqa: E402
from lawcomment.consultation.intake import add_draft_file, import_comments  # noqa: E402
from lawcomment.store import Store, create_store  # noqa: E402
from lawcomment.testing import Edit, draft_to_docx, mark_up  # noqa: E402

BUNDLED = Path(__file__).resolve().parents[1] / "tests" / "data" / "ecommerce-law.md"


def timed(setup: Callable[[], object], fn: Callable[[object], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        state = setup()
        start = time.perf_counter()
        fn(state)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fresh_store(folder: Path, draft_file: Path, members: int = 20) -> Store:
    db = Path(tempfile.mkdtemp(dir=folder)) / "bench.db"
    store, _ = create_store(db, "bench")
    add_draft_file(store, draft_file, "law", "1")
    for m in range(members):
        store.add_member(Member(f"m{m}", f"Member {m} Ltd."))
    return store


def write_csv(path: Path, store: Store, rows: int) -> Path:
    draft = store.get_draft("law@1").load()
    arts = [v.unit for v in draft.articles()]
    rng = random.Random(7)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["member", "article", "quote", "proposed_text", "reason", "stance"])
        for n in range(rows):
            art = arts[n % len(arts)]
            body = art.body()
            quote = body[5:11] if n % 3 == 0 and len(body) > 12 else ""
            w.writerow([f"m{rng.randrange(20)}", art.label, quote, body.replace("应当", "必须", 1) + f"（{n}）", f"理由 {n}", ""])
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    have_corpus = (CORPUS / "zh").is_dir()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        law = civil_code_md(folder) if have_corpus else BUNDLED
        print(f"draft: {law.name}")

        # 1. A 10,000-row CSV, validated (citations, quotes) and stored in one transaction.
        probe = fresh_store(folder, law)
        sheet = write_csv(folder / "comments.csv", probe, 10_000)
        seconds = timed(lambda: fresh_store(folder, law), lambda s: import_comments(s, sheet, "law@1"), args.runs)
        report("import a 10,000-row CSV", seconds, 2.0)

        # 2. A marked-up 民法典 .docx: 1,000 Word comments and 1,000 tracked changes.
        if have_corpus:
            from lawcomment import load_draft

            clean = draft_to_docx(load_draft(law), folder / "civil.docx", numbering="auto")
            store = fresh_store(folder, clean)
            draft = store.get_draft("law@1").load()
            paras = [u for u in draft.walk() if u.kind == "paragraph" and len(u.text) >= 12]
            rng = random.Random(11)
            rng.shuffle(paras)
            everything = "\n".join(u.text for u in draft.walk())
            edits = []
            for unit in paras:
                text = unit.text
                # Two windows of this paragraph that occur nowhere else, so each edit finds its own words.
                windows = [text[i:i + 6] for i in range(0, len(text) - 5, 3)]
                unique = [x for x in windows if everything.count(x) == 1]
                pair = next(((x, y) for x in unique for y in unique if text.index(y) >= text.index(x) + 6), None)
                if pair is None:
                    continue
                a, b = pair
                n = len(edits) // 2
                author = f"Reviewer {n % 10}"
                edits.append(Edit(author, a, replace=a[::-1]))
                edits.append(Edit(author, b, comment=f"意见 {n}"))
                if len(edits) == 2000:
                    break
            marked = mark_up(clean, folder / "civil-marked.docx", edits)
            authors = folder / "authors.csv"
            authors.write_text("author,member\n" + "".join(f"Reviewer {k},m{k}\n" for k in range(10)), encoding="utf-8")
            from lawcomment.consultation.intake import read_author_map

            mapping = read_author_map(authors)
            result = {}

            def run(s: object) -> None:
                result["r"] = import_comments(s, marked, "law@1", author_map=mapping)  # type: ignore[arg-type]

            seconds = timed(lambda: fresh_store(folder, clean), run, args.runs)
            r = result["r"]
            report(f"import a marked-up 民法典 ({len(edits) // 2} comments + {len(edits) // 2} changes)", seconds, 3.0,
                   f"  [{len(r.report.added)} comments stored]")  # fmt: skip
            from docx2python import docx2python

            start = time.perf_counter()
            with docx2python(marked) as d2p:
                found = len(d2p.comments)
            other = time.perf_counter() - start
            print(f"  for comparison, docx2python reading the same file: {other * 1000:.0f} ms ({found} comments, "
                  f"no ids, authors of changes or threads): {other / seconds:.1f}x slower")  # fmt: skip
        else:
            print("import a marked-up 民法典: skipped (../shared/corpus is absent)")

        # 3. Listing one article's comments in a store of 100,000 comments.
        store = fresh_store(folder, law)
        draft = store.get_draft("law@1").load()
        arts = [v.unit.eid for v in draft.articles()]
        batch = [NewComment(f"m{n % 20}", Anchor(arts[n % len(arts)]), Stance.COMMENT,
                            CommentSource(SourceKind.JSON, "bulk.json", None, f"item {n}"), body=f"意见 {n}")
                 for n in range(100_000)]  # fmt: skip
        store.add_comments("law@1", batch, file="bulk.json", sha256="bench", kind="json")
        target = arts[len(arts) // 2]
        listed: list[int] = []
        seconds = timed(lambda: None, lambda _: listed.append(len(store.comments("law@1", article=target))), max(args.runs, 5))
        report("list one article's comments (100,000 in store)", seconds, 0.050, f"  [{listed[-1]} comments]")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = store.path.stat().st_size
        stats = store.stats()
        print(f"store size on disk: {size / 1e6:.1f} MB for {stats['comments']:,} comments, {stats['events']:,} events, "
              f"{stats['units']:,} units ({size / stats['comments']:.0f} bytes per comment)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
