"""Startup benchmark: CLI commands as whole processes (hyperfine, else the median of --runs subprocess
runs) against floors measured in the same run: ``python -c pass`` and a bare regex split into JSON.
Children get a warm bytecode cache in a temp dir; the 民法典 is from ../shared/corpus, else the 刑法.

    python benchmarks/bench_startup.py [--runs 7] [--no-pyc]
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_split import CORPUS, civil_code_md  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SMALL_LAW = DATA / "ecommerce-law.md"
FALLBACK_LAW = DATA / "criminal-law.md"
ARTICLE = r"(?m)^(?=第[〇零一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?[ \u3000])"
REGEX_SPLIT = (
    "import json, re, sys; text = open(sys.argv[1], encoding='utf-8').read(); "
    f"print(json.dumps(re.split(r'{ARTICLE}', text)[1:], ensure_ascii=False, indent=2))"
)


@dataclass(frozen=True)
class Check:
    name: str
    command: list[str]
    floor_name: str
    floor: list[str]
    target: float | None  # highest passing ratio to the floor; None: reported only


def console_script() -> str:
    """The installed ``lawcomment`` script beside this interpreter (a pyenv shim on PATH adds a bash start)."""
    beside = Path(sys.executable).with_name("lawcomment")
    found = str(beside) if beside.exists() else shutil.which("lawcomment")
    if found is None:
        raise SystemExit("no lawcomment script found: pip install -e .")
    return found


def child_env(cache: Path, no_pyc: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if no_pyc:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def pad(text: str, width: int) -> str:
    """Left-justify to ``width`` terminal columns (CJK characters take two)."""
    wide = sum(unicodedata.east_asian_width(ch) in "WF" for ch in text)
    return text + " " * max(0, width - len(text) - wide)


def run_once(command: list[str], env: dict[str, str]) -> str:
    return subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout


def hyperfine_medians(commands: list[list[str]], runs: int, env: dict[str, str], folder: Path) -> list[float]:
    out = folder / "hyperfine.json"
    quoted = [shlex.join(c) for c in commands]
    subprocess.run(["hyperfine", "--shell=none", "--warmup", "2", "--runs", str(runs), "--style", "none",
                    "--export-json", str(out), *quoted], env=env, check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    return [r["median"] for r in json.loads(out.read_text())["results"]]


def subprocess_medians(commands: list[list[str]], runs: int, env: dict[str, str]) -> list[float]:
    """Round-robin over the commands, so a burst of load on the machine hits them all alike."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for i, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[i].append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-pyc", action="store_true",
                        help="Set PYTHONDONTWRITEBYTECODE: compile lawcomment's source in every run.")  # fmt: skip
    args = parser.parse_args()
    python, script = sys.executable, console_script()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if CORPUS.exists():
            law, law_name = civil_code_md(folder), "民法典"
        else:
            law, law_name = FALLBACK_LAW, "刑法 (no ../shared/corpus: bundled criminal-law.md instead of the 民法典)"
        checks = [
            Check("lawcomment --help", [script, "--help"], "python -c pass", [python, "-c", "pass"], 2.0),
            Check(f"lawcomment split {law.name} --format json", [script, "split", str(law), "--format", "json"],
                  "regex split + json.dumps", [python, "-c", REGEX_SPLIT, str(law)], 3.0),
            Check(f"lawcomment split {SMALL_LAW.name}", [script, "split", str(SMALL_LAW)],
                  "python -c pass", [python, "-c", "pass"], None),
        ]  # fmt: skip
        env = child_env(folder / "pycache", args.no_pyc)
        for check in checks:  # fails early on a broken command, and fills the bytecode cache
            run_once(check.command, env)
            run_once(check.floor, env)
        floor_articles = len(json.loads(run_once(checks[1].floor, env)))
        small_articles = len(json.loads(run_once([python, "-c", REGEX_SPLIT, str(SMALL_LAW)], env)))
        commands = [c for check in checks for c in (check.command, check.floor)]
        if shutil.which("hyperfine"):
            version = run_once(["hyperfine", "--version"], env).strip()
            medians, how = hyperfine_medians(commands, args.runs, env, folder), f"{version}, median of {args.runs} runs"
        else:
            medians, how = subprocess_medians(commands, args.runs, env), f"subprocess, median of {args.runs} runs"
    cache = "none (PYTHONDONTWRITEBYTECODE=1)" if args.no_pyc else "warm, in a temp PYTHONPYCACHEPREFIX"
    print(f"{how}; bytecode cache: {cache}; script: {script}")
    print(f"{law_name}: {floor_articles} articles by the regex; {SMALL_LAW.name}: {small_articles} articles")
    print(f"{'command':<44} {'median s':>9}  {'floor':<24} {'floor s':>8} {'ratio':>6}  {'target':>6}  result")
    for n, check in enumerate(checks):
        seconds, floor = medians[2 * n], medians[2 * n + 1]
        ratio = seconds / floor
        target = "-" if check.target is None else f"<={check.target:g}x"
        result = "info" if check.target is None else "PASS" if ratio <= check.target else "FAIL"
        row = f"{seconds:9.3f}  {check.floor_name:<24} {floor:8.3f} {ratio:5.1f}x  {target:>6}  {result}"
        print(f"{pad(check.name, 44)} {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
