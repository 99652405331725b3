"""Run the fuzzing harness of tests/hostile/test_fuzz.py for a given time and print what it tried.

    python benchmarks/fuzz_long.py --minutes 30 [--save fuzz-failures]

Rounds of ``LAWCOMMENT_FUZZ_EXAMPLES`` examples per test run one after another, each with its
own hypothesis seed, until the time is up; the figures are the examples hypothesis reports
as passing or failing, summed over the rounds. Failing inputs are copied into ``--save``.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--per-round", type=int, default=2_000, help="examples of each test per round")
    parser.add_argument("--save", default="fuzz-failures", help="folder for failing inputs")
    args = parser.parse_args()
    env = {**os.environ, "LAWCOMMENT_FUZZ_EXAMPLES": str(args.per_round), "LAWCOMMENT_FUZZ_SAVE": args.save}
    env.pop("CI", None)  # CI derandomizes: every round would try the same inputs
    started = time.monotonic()
    totals: dict[str, list[int]] = {}
    rounds = failed_rounds = 0
    while time.monotonic() - started < args.minutes * 60:
        seed = rounds + int(time.time())
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(ROOT / "tests/hostile/test_fuzz.py"),
                               f"--hypothesis-seed={seed}", "--hypothesis-show-statistics"],
                              cwd=ROOT, env=env, capture_output=True, text=True, check=False)  # fmt: skip
        rounds += 1
        failed_rounds += done.returncode != 0
        test = ""
        for line in done.stdout.splitlines():
            if m := re.search(r"test_fuzz\.py::(\w+)", line):
                test = m[1]
            elif m := re.search(r"(\d+) passing examples?, (\d+) failing", line):
                totals.setdefault(test, [0, 0])
                totals[test][0] += int(m[1])
                totals[test][1] += int(m[2])
        if done.returncode:  # the failures section: the falsifying example and its traceback
            report = done.stdout[done.stdout.find("= FAILURES ="):]
            print(report[:6000] + ("\n…" if len(report) > 6000 else ""), file=sys.stderr)
    minutes = (time.monotonic() - started) / 60
    print(f"{rounds} rounds in {minutes:.1f} min, {failed_rounds} failed")
    for test, (passing, failing) in sorted(totals.items()):
        print(f"  {test:55} {passing:>8,} inputs  {failing} failing")
    print(f"  {'all':55} {sum(p for p, _ in totals.values()):>8,} inputs  {sum(f for _, f in totals.values())} failing")
    return 1 if failed_rounds else 0


if __name__ == "__main__":
    sys.exit(main())
