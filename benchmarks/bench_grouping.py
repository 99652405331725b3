"""Near-duplicate grouping (issue 19): precision and recall on the project's labelled pairs
(tests/data/near-duplicates.json), overall and per kind of pair, and the time it takes.

    python benchmarks/bench_grouping.py [--show-errors]

Targets: precision >= 0.95, recall >= 0.9. The floor printed beside the time is the same pairs
compared by plain equality of their texts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.near_pairs import DATA, judge, pairs  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-errors", action="store_true", help="print every pair judged wrongly")
    args = ap.parse_args()
    labelled = list(pairs())
    t = time.perf_counter()
    judged = [judge(p) for p in labelled]
    took = time.perf_counter() - t
    t = time.perf_counter()
    for p in labelled:
        _ = p[1] == p[2]
    floor = time.perf_counter() - t
    tp = sum(1 for p, j in zip(labelled, judged, strict=True) if p[4] and j)
    fp = sum(1 for p, j in zip(labelled, judged, strict=True) if not p[4] and j)
    fn = sum(1 for p, j in zip(labelled, judged, strict=True) if p[4] and not j)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    positives = sum(1 for p in labelled if p[4])
    print(f"{len(labelled)} labelled pairs ({positives} near-duplicates, {len(labelled) - positives} not) "
          f"from {DATA.name}")  # fmt: skip
    print(f"precision {precision:.3f} (target >= 0.95)   recall {recall:.3f} (target >= 0.9)   "
          f"{'ok' if precision >= 0.95 and recall >= 0.9 else 'BELOW TARGET'}")  # fmt: skip
    by: dict[str, list[int]] = {}
    for p, j in zip(labelled, judged, strict=True):
        kind = f"{'remark' if p[6] == 'remark' else p[6]} {p[5]}"
        row = by.setdefault(kind, [0, 0])
        row[0] += j == p[4]
        row[1] += 1
    for kind, (right, total) in sorted(by.items()):
        print(f"  {kind:<22} {right:>4}/{total:<4} judged right")
    print(f"judging took {took * 1000:.1f} ms ({took / len(labelled) * 1e6:.1f} µs a pair), "
          f"against {floor * 1000:.2f} ms comparing the texts for equality")  # fmt: skip
    if args.show_errors:
        for p, j in zip(labelled, judged, strict=True):
            if j != p[4]:
                print(f"\n{'FALSE POSITIVE' if j else 'MISSED'} [{p[0]}]\n  {p[1]}\n  {p[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
