"""Hostile-input benchmarks (issue 15): time and peak memory of the CLI on the largest files
inside the caps (target: at most 10 s and 500 MB each) and on files past them (refused, and
how fast), next to a floor measured in the same run on the same file.

    python benchmarks/bench_hostile.py [--runs 3] [--only NAME]

Each figure is a fresh ``python`` process: ``lawcomment split|draft add|comment import FILE``,
in-process through the CLI's ``main()``, stdout to /dev/null; its peak RSS is
resource.getrusage's ru_maxrss (Linux carries the parent's RSS at fork into the child's
ru_maxrss, so this script keeps itself small and builds every file in a child process too). The floor is the least any reader must do with that file:
for a .docx, open the zip, read every XML part and parse it with lxml (same parser options,
no caps); for text, read the bytes and decode them. Medians of --runs runs. The files are
built by tests/hostile/builders.py (see lawcomment.limits for the caps).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TARGET_SECONDS = 10.0
TARGET_MB = 500.0

_RUN = """
import json, os, resource, sys, time
sys.argv = ["lawcomment", *json.loads(sys.argv[1])]
start = time.perf_counter()
out = os.open(os.devnull, os.O_WRONLY)
os.dup2(out, 1)
code = 0
try:
    from lawcomment.cli import main
    main()
except SystemExit as exc:
    code = exc.code or 0
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "exit": code}),
      file=sys.stderr)
"""

_FLOOR = """
import json, resource, sys, time, zipfile
path = sys.argv[1]
start = time.perf_counter()
if path.endswith(".docx"):
    from lxml import etree
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, remove_comments=True)
    try:
        with zipfile.ZipFile(path) as z:
            trees = [etree.fromstring(z.read(i), parser) for i in z.infolist() if i.filename.endswith((".xml", ".rels"))]
        status = "read"
    except Exception as exc:
        status = type(exc).__name__
else:
    with open(path, "rb") as fh:
        text = fh.read().decode("utf-8", "replace")
    lines = text.splitlines()
    status = "read"
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "status": status}),
      file=sys.stderr)
"""


def _python(code: str, *args: str, timeout: float = 600) -> dict:  # type: ignore[type-arg]
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout,
                          check=False)
    last = done.stderr.strip().splitlines()[-1]
    result = json.loads(last)
    result["stderr"] = "\n".join(done.stderr.strip().splitlines()[:-1])
    return result


def cli(args: list[str], runs: int) -> dict:  # type: ignore[type-arg]
    results = [_python(_RUN, json.dumps(args)) for _ in range(runs)]
    out = dict(results[-1])
    out["seconds"] = statistics.median(r["seconds"] for r in results)
    out["mb"] = statistics.median(r["mb"] for r in results)
    return out


def floor(path: Path, runs: int) -> dict:  # type: ignore[type-arg]
    results = [_python(_FLOOR, str(path)) for _ in range(runs)]
    return {"seconds": statistics.median(r["seconds"] for r in results),
            "mb": statistics.median(r["mb"] for r in results), "status": results[-1]["status"]}  # fmt: skip


_BUILD = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from tests.hostile import builders as b
d = Path(sys.argv[2])
print(eval(sys.argv[3]))
"""


def build(folder: Path, expression: str) -> Path:
    """Build a file with tests/hostile/builders (``b``) in a child process; ``d`` is ``folder``."""
    done = subprocess.run([sys.executable, "-c", _BUILD, str(ROOT), str(folder), expression], capture_output=True,
                          text=True, check=True)  # fmt: skip
    return Path(done.stdout.strip())


def _store(folder: Path, draft: Path | None) -> Path:
    """A store with member acme and, when given, ``draft`` stored as law@1."""
    db = folder / "bench.db"
    db.unlink(missing_ok=True)
    for args in (["init"], ["member", "add", "acme"], *([["draft", "add", str(draft), "--name", "law", "--version", "1"]]
                                                        if draft else [])):  # fmt: skip
        done = subprocess.run([sys.executable, "-m", "lawcomment", "--db", str(db), *args], capture_output=True, text=True,
                              check=False)
        if done.returncode:
            raise SystemExit(f"setup {args} failed: {done.stderr}")
    return db


#: (name, way, the file, the stored draft for a marked-up import): builder expressions
INSIDE: list[tuple[str, str, str, str | None]] = [
    (".docx, 5,000 articles in 20,000 paragraphs", "split", "b.largest_law(d / 'largest.docx')", None),
    (".docx, same", "draft add", "b.largest_law(d / 'largest.docx')", None),
    (".docx, 5,000 auto-numbered articles, 15,000 items", "split", "b.numbered_law(d / 'numbered.docx')", None),
    (".docx, 990,000 XML nodes (Word's verbose runs)", "split", "b.node_heavy(d / 'nodes.docx')", None),
    (".docx, a 63 MiB document.xml", "split", "b.padded_law(d / 'padded.docx')", None),
    (".docx, 950,000 characters citing on every clause", "split", "b.dense_docx(d / 'dense.docx')", None),
    (".txt, 950,000 characters citing on every clause", "split", "b.dense_text(d / 'dense.txt')", None),
    (".txt, same", "draft add", "b.dense_text(d / 'dense.txt')", None),
    ("marked-up, 20,000 paragraphs, 10 authors", "comment import",
     "b.largest_law(d / 'copy10.docx', authors=10)", "b.largest_law(d / 'clean.docx')"),
    ("marked-up, 950,000 dense characters, 10 authors", "comment import",
     "b.dense_docx(d / 'dense10.docx', authors=10)", "b.dense_docx(d / 'dense0.docx')"),
    ("marked-up, 20,000 paragraphs, 2,000 Word comments", "comment import",
     "b.largest_law(d / 'comments.docx', authors=1, comments=2_000)", "b.largest_law(d / 'clean.docx')"),
]  # fmt: skip
REFUSED: list[tuple[str, str]] = [
    ("list start 2,000,000,000 in letters (42 KB)", "b.numbering_bomb(d / 'nb.docx')"),
    ("818,000 numbered paragraphs (0.5 MB)", "b.many_numbered_paragraphs(d / '818k.docx')"),
    ("300,000 numbered paragraphs (1.4 MB)", "b.many_numbered_paragraphs(d / '300k.docx', 300_000, varied=True)"),
    ("headers understating a 300 MiB part", "b.understated_sizes(d / 'understated.docx')"),
    ("three honest-looking 50 MiB parts", "b.inflating_parts(d / 'parts.docx')"),
    ("200,000 zip entries", "b.many_entries(d / 'entries.docx')"),
    ("styles based on 20,000 others", "b.style_chain(d / 'styles.docx')"),
    ("labels longer than the document", "b.label_budget(d / 'labels.docx')"),
    ("marked-up, 20,000 paragraphs, 11 authors", "b.largest_law(d / 'copy11.docx', authors=11)"),
    ("1 MB of NULs as .txt", "b.nul_file(d / 'nul.txt')"),
]  # fmt: skip


def _args(way: str, path: Path, db: Path | None) -> list[str]:
    if way == "split":
        return ["split", str(path)]
    assert db is not None
    if way == "draft add":
        return ["--db", str(db), "draft", "add", str(path), "--name", "bench", "--version", "1"]
    return ["--db", str(db), "comment", "import", str(path), "--draft", "law@1", "--member", "acme"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--only", help="Only the cases whose name contains this.")
    args = parser.parse_args()
    over = 0
    head = f"{'file':<52} {'way':<15} {'time':>8} {'peak RSS':>9}   {'floor':>8} {'floor RSS':>9}  result"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("Inside the caps (target: at most 10 s and 500 MB each)\n" + head)
        for name, way, make, stored in INSIDE:
            if args.only and args.only not in name:
                continue
            path = build(folder, make)
            db = _store(folder, build(folder, stored) if stored else None) if way != "split" else None
            got, low = cli(_args(way, path, db), args.runs), floor(path, args.runs)
            ok = got["exit"] == 0 and got["seconds"] <= TARGET_SECONDS and got["mb"] <= TARGET_MB
            over += not ok
            verdict = "ok" if ok else f"OVER TARGET (exit {got['exit']}: {got['stderr'][-200:]})"
            print(f"{name:<52} {way:<15} {got['seconds']:7.2f}s {got['mb']:7.0f}MB   {low['seconds']:7.2f}s "
                  f"{low['mb']:7.0f}MB  {verdict}")  # fmt: skip
        print("\nPast the caps: refused (time to the Error: line)\n" + head)
        for name, make in REFUSED:
            if args.only and args.only not in name:
                continue
            path = build(folder, make)
            way = "comment import" if name.startswith("marked-up") else "split"
            db = _store(folder, build(folder, "b.largest_law(d / 'clean.docx')")) if way != "split" else None
            got, low = cli(_args(way, path, db), args.runs), floor(path, args.runs)
            message = got["stderr"].splitlines()[-1] if got["stderr"] else ""
            refused = got["exit"] == 1 and message.startswith("Error: ")
            over += not refused
            floor_note = f"{low['seconds']:7.2f}s {low['mb']:7.0f}MB" if low["status"] == "read" else f"{low['status']:>17}"
            print(f"{name:<52} {way:<15} {got['seconds']:7.2f}s {got['mb']:7.0f}MB   {floor_note}  "
                  f"{'refused' if refused else 'NOT REFUSED'}: {message.split(': ', 2)[-1][:90]}")  # fmt: skip
    print(f"\n{over} case(s) over target" if over else "\nall cases within target")
    return 1 if over else 0


if __name__ == "__main__":
    start = time.perf_counter()
    code = main()
    print(f"(benchmark ran {time.perf_counter() - start:.0f} s)")
    raise SystemExit(code)
