"""Redline, merge, alignment and carry-forward benchmarks (issue 4): timings against the
targets, alignment accuracy on synthetic revisions, and per-pair summaries of the real pairs.

    python benchmarks/bench_redline.py [--runs 3]

Needs ../shared/corpus for the real version pairs (公司法 2018 → 2023 and the 12 pairs);
the merge, re-anchoring and synthetic-accuracy figures run on the bundled 电子商务法.
In-process wall clock, medians of --runs runs.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_split import CORPUS, median, report  # noqa: E402

from lawcomment import load_draft  # noqa: E402
from lawcomment.comments import Anchor, Comment, CommentSource, SourceKind, Stance, Status  # noqa: E402
from lawcomment.consultation.versions import Reanchorer  # noqa: E402
from lawcomment.review.align import align_articles  # noqa: E402
from lawcomment.review.merge import Proposal, merge  # noqa: E402
from lawcomment.review.synthetic import revise  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def version_pairs() -> list[tuple[str, Path, Path]]:
    root = CORPUS / "zh-versions"
    by_law: dict[str, list[Path]] = {}
    for p in sorted(root.rglob("*.md")):
        if "git-history" not in p.parts:
            by_law.setdefault(p.name.split("(")[0], []).append(p)
    return [(law, *sorted(files)) for law, files in by_law.items()]  # type: ignore[misc]


def article_proposals(base: str, n: int, rng: random.Random) -> list[Proposal]:
    """n members' wordings of one article: a few local edits each, some shared."""
    words = ["应当", "依法", "及时", "书面", "有关部门", "不得", "明确"]
    shared = [(rng.randrange(len(base)), rng.choice(words)) for _ in range(20)]
    out = []
    for k in range(n):
        text = base
        edits = rng.sample(shared, 2) + [(rng.randrange(len(base)), rng.choice(words)) for _ in range(2)]
        for at, word in sorted(edits, reverse=True):
            text = text[:at] + word + text[at:]
        out.append(Proposal(f"#{k}", text, (f"m{k}",)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    law = load_draft(DATA / "ecommerce-law.md")
    filler = [v.unit.body() for v in load_draft(DATA / "agri-tech-2012.md").articles()]

    # merge: 200 proposals on one 3,000-character article
    rng = random.Random(4)
    paragraphs = [v.unit.body() for v in law.articles()]
    base = "\n".join(paragraphs)[:3000]
    proposals = article_proposals(base, 200, rng)
    m = merge(base, proposals)
    t = median(lambda: merge(base, proposals), args.runs)
    report("merge 200 proposals, 3,000-char article", t, 1.0,
           f"   ({len(m.changes)} changes, {len(m.conflicts)} conflicts)")

    # re-anchor 10,000 comments onto a new version
    rev = revise(law, 3, filler=filler)
    new = rev.drafts(law)[1]
    al = align_articles(law, new)
    units = [u for u in law.walk() if u.eid.startswith("art_")]
    comments = []
    for k in range(10_000):
        u = rng.choice(units)
        body = u.body()
        if len(body) > 12 and k % 2:
            at = rng.randrange(len(body) - 8)
            anchor = Anchor(u.eid, body[at:at + 8], body[max(0, at - 32):at], body[at + 8:at + 40], at)
        else:
            anchor = Anchor(u.eid)
        comments.append(Comment(k, "law@1", "m", anchor, Stance.COMMENT, "意见", None,
                                CommentSource(SourceKind.CLI), Status.OPEN, "", ""))  # fmt: skip

    def reanchor() -> None:
        r = Reanchorer(law, new, al)
        for c in comments:
            r.carry(c)

    t = median(reanchor, args.runs)
    r = Reanchorer(law, new, al)
    carried = [r.carry(c) for c in comments]
    orphaned = sum(1 for c in carried if c.anchor is None)
    report("re-anchor 10,000 comments onto a new version", t, 5.0, f"   ({orphaned} orphaned)")

    # accuracy on synthetic revisions with known ground truth
    total = right = 0
    start = time.perf_counter()
    for seed in range(50):
        rev = revise(law, seed, filler=filler)
        got = {(tuple(o[4:] for o in e.old), tuple(n[4:] for n in e.new))
               for e in align_articles(*rev.drafts(law)).entries}  # fmt: skip
        total += len(rev.truth)
        right += sum(1 for o, n, _ in rev.truth if (o, n) in got)
    print(f"synthetic revisions of 电子商务法, 50 seeds: {right}/{total} entries aligned = {right / total:.2%} "
          f"(target ≥ 99%; {time.perf_counter() - start:.1f} s)")  # fmt: skip

    if not (CORPUS / "zh-versions").exists():
        print("../shared/corpus not found: skipping the real version pairs")
        return 0
    pairs = version_pairs()
    drafts = [(law_, load_draft(a), load_draft(b)) for law_, a, b in pairs]
    company = next((old, new_) for name, old, new_ in drafts if name == "公司法")

    def align_and_diff(old, new_) -> None:  # type: ignore[no-untyped-def]
        alignment = align_articles(old, new_)
        for e in alignment.entries:
            if e.redline is not None:
                e.redline.spans()

    t = median(lambda: align_and_diff(*company), args.runs)
    report("align + diff 公司法 2018 → 2023 (218 → 266)", t, 1.0)
    t = median(lambda: [align_and_diff(o, n) for _, o, n in drafts], args.runs)
    report(f"align + diff all {len(drafts)} real pairs", t, 5.0)
    print()
    print(f"{'law':<10} {'articles':>9}  unchanged renumbered modified moved split merged deleted added  substantive")
    for name, old, new_ in drafts:
        s = align_articles(old, new_).summary()
        arts = f"{len(old.articles())}→{len(new_.articles())}"
        print(f"{name:<10} {arts:>9}  {s['unchanged']:9} {s['renumbered']:10} {s['modified']:8} {s['moved']:5} "
              f"{s['split']:5} {s['merged']:6} {s['deleted']:7} {s['added']:5}  {s['substantive']:11}")
    twin_old = CORPUS / "zh-versions" / "git-history" / "3305c96" / "民法商法" / "电子商务法.md"
    twin = align_articles(load_draft(twin_old), load_draft(CORPUS / "zh" / "民法商法" / "电子商务法(2018-08-31).md")).summary()
    print(f"电子商务法 formatting-only twin: {twin['substantive']} substantive change(s) (target 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
