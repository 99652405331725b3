"""Alignment accuracy by class (issue 19): synthetic revisions of real laws, the plain ones and
the hard ones (twin boilerplate, moves then merges, splits at every 款, deletions beside splits
and insertions, 之一 insertions, a chapter moved whole), then the real version pairs.

    python benchmarks/bench_align.py [--seeds 30] [--laws 8]

Each law's figure is printed next to a floor measured in the same run: the time to parse its
revisions (what any aligner needs before it can start). The laws are the bundled 电子商务法
and, with ../shared/corpus, the first --laws laws of ../shared/corpus/zh that have chapters and
at least 40 articles.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_redline import version_pairs  # noqa: E402
from bench_split import CORPUS  # noqa: E402

from lawcomment import Draft, load_draft  # noqa: E402
from lawcomment.review.align import align_articles  # noqa: E402
from lawcomment.review.synthetic import Revision, aligned, revise, revise_hard  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
TARGET = 0.995


def laws(limit: int) -> list[tuple[str, Draft]]:
    found = [("电子商务法", load_draft(DATA / "ecommerce-law.md"))]
    root = CORPUS / "zh"
    if root.exists():
        for path in sorted(root.rglob("*.md")):
            if len(found) > limit:
                break
            try:
                draft = load_draft(path)
            except Exception:  # noqa: BLE001  # a file the parser refuses is not a benchmark subject
                continue
            if len(draft.articles()) >= 40 and any(v.heading_path for v in draft.articles()) and not draft.errors:
                found.append((path.stem, draft))
    return found


#: Of the aligner's wrong entries, those it flagged as unsure (its "never silently paired").
FLAGGED = [0, 0]


def measure(law: Draft, make: Callable[[int], Revision], seeds: int) -> tuple[dict[str, tuple[int, int]], float, float]:
    """Per-class (right, total) over ``seeds`` revisions, the seconds spent aligning and the
    seconds spent parsing (the floor)."""
    totals: dict[str, tuple[int, int]] = {}
    align_s = parse_s = 0.0
    for seed in range(seeds):
        rev = make(seed)
        t = time.perf_counter()
        old, new = rev.drafts(law)
        parse_s += time.perf_counter() - t
        t = time.perf_counter()
        entries = align_articles(old, new).entries
        align_s += time.perf_counter() - t
        got = [(tuple(o.rsplit("_", 1)[-1] for o in e.old), tuple(n.rsplit("_", 1)[-1] for n in e.new)) for e in entries]
        truth = {(frozenset(o), n) for o, n, _ in rev.truth}
        for e, key in zip(entries, got, strict=True):
            if key[0] and key[1] and (frozenset(key[0]), key[1]) not in truth:  # a pairing the truth does not have
                FLAGGED[0] += e.unsure
                FLAGGED[1] += 1
        for cls, (right, total) in aligned(rev.truth, got).items():
            r, n = totals.get(cls, (0, 0))
            totals[cls] = (r + right, n + total)
    return totals, align_s, parse_s


def line(label: str, totals: dict[str, tuple[int, int]]) -> str:
    right, total = sum(r for r, _ in totals.values()), sum(n for _, n in totals.values())
    classes = "  ".join(f"{c} {r}/{n}" for c, (r, n) in sorted(totals.items()))
    return f"{label:<28} {right:>6}/{total:<6} = {right / total:7.2%}   {classes}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=30)
    parser.add_argument("--laws", type=int, default=8)
    args = parser.parse_args()
    filler = [v.unit.body() for v in load_draft(DATA / "agri-tech-2012.md").articles()]
    subjects = laws(args.laws)
    for kind, generator in (("plain", revise), ("hard", revise_hard)):
        print(f"\n{kind} synthetic revisions, {args.seeds} seeds per law (target ≥ {TARGET:.1%} of articles)")
        grand: dict[str, tuple[int, int]] = {}
        align_s = parse_s = 0.0
        for name, law in subjects:
            totals, a_s, p_s = measure(law, lambda s, law=law, g=generator: g(law, s, filler=filler), args.seeds)  # type: ignore[misc]
            align_s, parse_s = align_s + a_s, parse_s + p_s
            print(line(name[:26], totals))
            for cls, (r, n) in totals.items():
                gr, gn = grand.get(cls, (0, 0))
                grand[cls] = (gr + r, gn + n)
        print(line("all laws", grand))
        print(f"{'':28} wrong pairings flagged as unsure for staff: {FLAGGED[0]} of {FLAGGED[1]}")
        FLAGGED[:] = [0, 0]
        right, total = sum(r for r, _ in grand.values()), sum(n for _, n in grand.values())
        print(f"{'':28} {'ok' if right / total >= TARGET else 'BELOW TARGET'}; aligning took {align_s:.1f} s, "
              f"against a floor of {parse_s:.1f} s parsing the same revisions")  # fmt: skip
    if not (CORPUS / "zh-versions").exists():
        print("\n../shared/corpus not found: skipping the real version pairs")
        return 0
    print("\nreal version pairs (no ground truth): what the aligner found, class by class")
    for name, old_path, new_path in version_pairs():
        old, new = load_draft(old_path), load_draft(new_path)
        t = time.perf_counter()
        summary = align_articles(old, new).summary()
        took = time.perf_counter() - t
        counts = "  ".join(f"{c} {summary[c]}" for c in ("unchanged", "renumbered", "modified", "moved", "split",
                                                          "merged", "deleted", "added"))  # fmt: skip
        print(f"{name:<10} {len(old.articles()):>3}→{len(new.articles()):<3} {took * 1000:6.0f} ms   {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
