"""Amendment benchmark (issue 6): parse a 100-item instrument and apply it to a 500-article
law; target ≤ 1 s. Prints the median of --runs runs and the ratio to the target.

    python benchmarks/bench_amend.py [--runs 5]

The law is the bundled 刑法 (505 articles, tests/data/criminal-law.md). The instrument is
generated from it, reproducibly: rewrites of articles and paragraphs, word replacements,
new 之一 articles and paragraphs, and deletions, 100 items in all.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_split import median, report  # noqa: E402

from lawcomment import load_draft  # noqa: E402
from lawcomment.amendment.apply import apply_operations  # noqa: E402
from lawcomment.amendment.parse import instrument_from_text  # noqa: E402
from lawcomment.drafts.anchors import cite  # noqa: E402
from lawcomment.drafts.numerals import int_to_cn  # noqa: E402
from lawcomment.registry import get_profile  # noqa: E402

LAW = Path(__file__).resolve().parents[1] / "tests" / "data" / "criminal-law.md"


def instrument(draft, items: int = 100, seed: int = 6) -> str:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    arts = rng.sample(draft.articles(), items)
    out = ["# 中华人民共和国刑法修正案（基准）", ""]
    for n, view in enumerate(sorted(arts, key=lambda v: draft.articles().index(v)), 1):
        unit, where = view.unit, cite(view.unit.eid)
        kind = n % 5
        words = next((w for w in ("有期徒刑", "罚金", "情节严重", "国家", "处") if unit.body().count(w)), "")
        if kind == 0 or not words:
            text = f"将{where}修改为：“{unit.body().splitlines()[0]}修改。”"
        elif kind == 1:
            text = f"将{where}中的“{words}”修改为“{words}（修改）”。"
        elif kind == 2 and "-" not in (unit.num or ""):
            text = f"在{where}后增加一条，作为{where}之九：“新增的第{n}条。”"
        elif kind == 3:
            paras = len(unit.children)
            text = f"在{where}中增加一款，作为第{int_to_cn(paras + 1)}款：“新增的一款。”"
        else:
            text = f"删去{where}。" if kind == 4 else f"删去{where}中的“{words}”。"
        out += [f"{int_to_cn(n)}、{text}", ""]
    out.append(f"{int_to_cn(items + 1)}、本修正案自2027年1月1日起施行。")
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    law = load_draft(LAW)
    text = instrument(law)
    profile = get_profile(law.profile)
    ins = instrument_from_text(text)
    assert not ins.unrecognised, ins.unrecognised[:3]
    amended, rep = apply_operations(law, ins.operations, profile)
    print(f"law: {len(law.articles())} articles; instrument: {len(ins.operations)} operations; result: "
          f"{len(amended.articles())} articles ({len(rep.changed)} changed, {len(rep.added)} added, "
          f"{len(rep.deleted)} deleted)")  # fmt: skip
    parse_s = median(lambda: instrument_from_text(text), args.runs)
    apply_s = median(lambda: apply_operations(law, ins.operations, profile), args.runs)
    both = median(lambda: apply_operations(law, instrument_from_text(text).operations, profile), args.runs)
    report("parse 100-item instrument", parse_s, 1.0)
    report("apply to 505-article law", apply_s, 1.0)
    report("parse + apply (issue 6 target)", both, 1.0)
    return 0 if both <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
