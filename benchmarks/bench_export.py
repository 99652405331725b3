"""Export benchmarks (issue 5): a 民法典-scale consultation (1,260 articles, 5,000 comments,
about 2,000 merged changes) exported to .docx and to HTML; prints times, peak RSS and ratios.

    python benchmarks/bench_export.py [--runs 3]

Uses the 民法典 from ../shared/corpus when present, else a synthetic law of the same size
built from the bundled 电子商务法. Each figure is the median of --runs runs and covers what
``lawcomment export`` does: gathering the consultation (merging every article's proposals
with the decisions) and writing the file. Peak RSS is the whole process's high-water mark.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_split import CORPUS, civil_code_md, median, report  # noqa: E402

from lawcomment import ExportOptions, Store, create_store, export, int_to_cn, load_consultation  # noqa: E402
from lawcomment.comments import Anchor, CommentSource, Member, NewComment, SourceKind, Stance  # noqa: E402
from lawcomment.consultation.intake import add_draft_file  # noqa: E402

BUNDLED = Path(__file__).resolve().parents[1] / "tests" / "data" / "ecommerce-law.md"
WORDS = ["依法", "及时", "书面", "显著", "合理", "必要", "相关", "有效", "充分", "具体"]


def synthetic_law(folder: Path, articles: int = 1260) -> Path:
    """A law of ``articles`` articles in chapters of 30, bodies taken in turn from the 电子商务法."""
    from lawcomment import load_draft

    bodies = [v.unit.body() for v in load_draft(BUNDLED).articles()]
    lines = ["# 合成法（草案）", "", "<!-- INFO END -->", ""]
    for n in range(1, articles + 1):
        if n % 30 == 1:
            lines += [f"## 第{int_to_cn(n // 30 + 1)}章 第{int_to_cn(n // 30 + 1)}部分", ""]
        first, *rest = bodies[n % len(bodies)].split("\n")
        lines += [f"第{int_to_cn(n)}条 {first}", ""] + [x for r in rest for x in (r, "")]
    path = folder / "synthetic.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def build(folder: Path, law: Path, comments: int = 5000) -> Store:
    """A store with the law, 30 members in 5 working groups, and ``comments`` comments:
    three in five wording proposals (small edits, some shared, some overlapping), the rest
    support, questions and remarks."""
    store, _ = create_store(folder / "bench.db", "bench")
    add_draft_file(store, law, "law", "1")
    for m in range(30):
        store.add_member(Member(f"m{m}", f"Member {m} Co., Ltd.", f"WG {m % 5}"))
    draft = store.get_draft("law@1").load()
    arts = [v.unit for v in draft.articles()]
    rng = random.Random(5)
    items: list[NewComment] = []
    src = CommentSource(SourceKind.CSV, "bench.csv")
    for n in range(comments):
        art = arts[rng.randrange(len(arts))]
        body = art.body()
        member = f"m{rng.randrange(30)}"
        if n % 5 < 3 and len(body) > 20:
            at = rng.randrange(0, len(body) - 10)
            at -= at % 7  # members often touch the same words
            cut = rng.choice([0, 2, 4])
            proposed = body[:at] + rng.choice(WORDS) + body[at + cut:]
            items.append(NewComment(member, Anchor(art.eid), Stance.AMEND, src, body=f"理由{n}", proposed_text=proposed))
        else:
            stance = rng.choice([Stance.SUPPORT, Stance.QUESTION, Stance.COMMENT])
            items.append(NewComment(member, Anchor(art.eid), stance, src, body=f"意见{n}"))
    store.add_comments("law@1", items, file="bench.csv", kind="csv")
    return store


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if (CORPUS / "zh" / "民法典").is_dir():
            law, what = civil_code_md(folder), "民法典"
        else:
            law, what = synthetic_law(folder), "synthetic law (../shared/corpus absent)"
        store = build(folder, law)
        view = load_consultation(store, "law@1")
        arts = len(view.draft.articles())
        changes = sum(len(i.position.changes) for i in view.items)
        conflicts = sum(len(i.position.conflicts) for i in view.items)
        print(f"{what}: {arts} articles, {len(view.comments)} comments, {len(view.items)} articles with comments, "
              f"{changes} merged changes, {conflicts} conflicts")  # fmt: skip
        gather = median(lambda: load_consultation(store, "law@1"), args.runs)
        report("gather the consultation (merge + decisions)", gather, 5.0)

        def to(fmt: str) -> float:
            def run() -> None:
                # nothing is decided here, so include the unreviewed changes: the full-size submission
                export(load_consultation(store, "law@1", include_unreviewed=True), fmt, folder / f"out.{fmt}",
                       ExportOptions(association="Bench", include_unreviewed=True))

            return median(run, args.runs)

        docx_s = to("docx")
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        report("export .docx (gather + write)", docx_s, 10.0,
               f"   peak RSS {rss_mb:.0f} MB (target 600 MB, {rss_mb / 600:.2f}x)   "
               f"{(folder / 'out.docx').stat().st_size / 1e6:.1f} MB file")  # fmt: skip
        html_s = to("html")
        report("export .html (gather + write)", html_s, 3.0, f"   {(folder / 'out.html').stat().st_size / 1e6:.1f} MB file")
        start = time.perf_counter()
        export(view, "docx", folder / "again.docx", ExportOptions(layout="table", include_unreviewed=True))
        report("export .docx, table layout (write only)", time.perf_counter() - start, 10.0)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
