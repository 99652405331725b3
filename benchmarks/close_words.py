"""False alarms of the close-words check of a carried insertion (review.rebase.said_already), on the real
version pairs of ../shared/corpus/zh-versions:

- synthetic: for every article the alignment pairs one to one (and the new version changed), --per sentences
  of the other laws' new versions, none in this law's new version, each put at the end of the old article:
  flagged means a false alarm (the new article does not say them);
- reworded: every sentence of such an old article that the new article no longer has word for word, as if a
  member asked it put in: flagged means the check finds the new article's rewording of it (the share is a
  hint of recall: some of them the new version dropped rather than reworded).

    python benchmarks/close_words.py [--per 10] [--seed 7] [--corpus ../shared/corpus] [--show 10]

A trial's case (反洗钱法 2006 第十条 → 2024 第十六条) is printed first: it must be flagged.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_redline import version_pairs  # noqa: E402
from bench_split import CORPUS  # noqa: E402

import bench_redline  # noqa: E402
from lawcomment import Draft, load_draft  # noqa: E402
from lawcomment.drafts.anchors import unit_index  # noqa: E402
from lawcomment.drafts.serialize import body_separator  # noqa: E402
from lawcomment.review.align import VersionChange, align_articles  # noqa: E402
from lawcomment.review.merge import near_key  # noqa: E402
from lawcomment.review.rebase import CLOSE_SHARE, CLOSE_WORDS, said_already  # noqa: E402

_SENTENCE = re.compile(r"[^。；\n]+[。；]?")


def _bodies(draft: Draft) -> dict[str, str]:
    """Each unit's words, as carry-forward reads them (Reanchorer.body)."""
    sep = body_separator(draft)
    return {eid: unit.body(sep) for eid, unit in unit_index(draft).items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per", type=int, default=10, help="synthetic sentences put into each article")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--show", type=int, default=10, help="false alarms to print")
    args = parser.parse_args()
    if not (args.corpus / "zh-versions").exists():
        print(f"no corpus at {args.corpus}: pass --corpus", file=sys.stderr)
        return 1
    bench_redline.CORPUS = args.corpus
    rng = random.Random(args.seed)
    laws = {}
    for law, old_path, new_path in version_pairs():
        old, new = load_draft(old_path), load_draft(new_path)
        laws[law] = (_bodies(old), _bodies(new), align_articles(old, new))
    sentences = {law: [s.strip() for eid, body in new.items() if "__" not in eid for s in _SENTENCE.findall(body)
                       if len(near_key(s)) >= CLOSE_WORDS] for law, (_, new, _) in laws.items()}  # fmt: skip
    old, new, _ = laws["反洗钱法"]
    trial = said_already("信息中心应当向报告机构反馈报告使用情况。", new["art_16"], old["art_10"])
    print(f"trial (反洗钱法 第十条 → 第十六条): {trial}")
    synthetic = flagged = reworded = found = 0
    alarms: list[str] = []
    for law, (old, new, alignment) in laws.items():
        whole = near_key("\n".join(body for eid, body in new.items() if "__" not in eid))
        others = [s for other, ss in sentences.items() if other != law for s in ss if near_key(s) not in whole]
        for e in alignment.entries:
            if e.change is VersionChange.DELETED or len(e.old) != 1 or len(e.new) != 1:
                continue
            was, now = old[e.old[0]], new[e.new[0]]
            if was == now:
                continue
            for s in rng.sample(others, args.per):
                synthetic += 1
                if (hit := said_already(s, now, was)) is not None:
                    flagged += 1
                    alarms.append(f"  {law} {e.old[0]}: 「{s}」 ~ 「{hit[0]}」 ({hit[1]:.2f})")
            for s in (x.strip() for x in _SENTENCE.findall(was)):
                if len(near_key(s)) >= CLOSE_WORDS and near_key(s) not in near_key(now):
                    reworded += 1
                    found += said_already(s, now, was.replace(s, "")) is not None
    print(f"threshold {CLOSE_SHARE} (words of {CLOSE_WORDS} characters or more)")
    print(f"synthetic insertions flagged (false alarms): {flagged}/{synthetic} ({flagged / max(synthetic, 1):.2%})")
    print(f"old sentences found reworded in the new article: {found}/{reworded} ({found / max(reworded, 1):.1%})")
    print("\n".join(alarms[:args.show]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
