"""Alignment accuracy on revisions from a second, independent generator (issue 19): 8 laws of
../shared/corpus/zh, N revisions each, class by class, with the failures listed.

    python benchmarks/bench_align_independent.py [N=25] [normal|hard]

The generator (independent_revisions.py) was written without reading review/synthetic.py; each
revision is written as markdown and read back with load_draft, as a user's file is. The time
spent aligning is printed beside the whole run's (generating and parsing are the floor).
"""
from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from lawcomment import load_draft
from lawcomment.review.align import align_articles

sys.path.insert(0, str(Path(__file__).parent))
from independent_revisions import CORPUS, LAWS, Generator, bigrams, dice  # noqa: E402

OUT = Path(tempfile.mkdtemp(prefix="lawcomment-align-"))
N = int(sys.argv[1]) if len(sys.argv) > 1 else 25
HARD = len(sys.argv) > 2 and sys.argv[2] == "hard"
TAG = "hard" if HARD else "normal"
CLASSES = ["unchanged", "renumbered", "modified", "moved", "split", "merged", "deleted", "added", "chapter-moved"]


def short(law: str) -> str:
    return law.split("/")[1].split("(")[0]


def strip(eids) -> tuple[str, ...]:
    return tuple(e[4:] if e.startswith("art_") else e for e in eids)


def main() -> None:
    if not CORPUS.exists():
        print(f"{CORPUS} is not present; nothing to measure")
        return
    gen = Generator()
    results = []
    align_time = 0.0
    t_all = time.time()
    skipped = []
    for law in LAWS:
        for rev in range(N):
            rng = random.Random(f"{law}|{rev}" + ("|hard" if HARD else ""))
            wd = OUT / TAG / short(law) / str(rev)
            wd.mkdir(parents=True, exist_ok=True)
            try:
                title, old, old_path, twins = gen.make_old(law, rng, wd)
                seq, truth, new_path, ops, amend = gen.make_new(title, old, rng, wd, HARD)
            except RuntimeError as e:
                skipped.append((short(law), rev, str(e)))
                continue
            od, nd = load_draft(old_path), load_draft(new_path)
            t = time.time()
            al = align_articles(od, nd)
            align_time += time.time() - t
            got = {}
            for e in al.entries:
                key = (frozenset(strip(e.old)), strip(e.new))
                got[key] = e
            # coverage sanity: every article exactly once
            co = Counter(o for e in al.entries for o in e.old)
            cn = Counter(n for e in al.entries for n in e.new)
            assert all(v == 1 for v in co.values()) and all(v == 1 for v in cn.values())
            assert len(co) == len(old) and len(cn) == len(seq), (len(co), len(old), len(cn), len(seq))
            by_old = {o: e for e in al.entries for o in strip(e.old)}
            by_new = {n: e for e in al.entries for n in strip(e.new)}
            otext = {a.olds[0]: a.text for a in old}
            ntext = {a.new: a.text for a in seq}
            truth_keys = {(frozenset(o), n) for o, n, _, _ in truth}
            tr_rows = []
            for o, n, cls, detail in truth:
                key = (frozenset(o), n)
                e = got.get(key)
                ok = e is not None
                row = {"law": short(law), "rev": rev, "amend": amend, "twins": twins, "cls": cls, "detail": detail,
                       "old": list(o), "new": list(n), "ok": ok,
                       "got_change": str(e.change) if e else None, "unsure": bool(e and e.unsure)}
                if not ok:
                    related = {id(x): x for x in [by_old.get(x) for x in o] + [by_new.get(x) for x in n] if x}
                    row["got"] = [{"old": list(strip(x.old)), "new": list(strip(x.new)), "change": str(x.change),
                                   "sim": round(x.similarity, 3), "unsure": x.unsure,
                                   "runner_up": list(strip(x.runner_up)),
                                   "runner_up_sim": round(x.runner_up_similarity, 3)}
                                  for x in related.values()]
                    row["old_text"] = [otext[x][:80] for x in o]
                    row["new_text"] = [ntext[x][:80] for x in n]
                    # generator ambiguity: identical / near-identical twin of a truth text on either side
                    amb = []
                    for x in o:
                        g = bigrams(otext[x])
                        amb += [("old", y) for y in otext if y != x and (otext[y] == otext[x] or dice(g, bigrams(otext[y])) > 0.9)]
                    for x in n:
                        g = bigrams(ntext[x])
                        amb += [("new", y) for y in ntext if y != x and (ntext[y] == ntext[x] or dice(g, bigrams(ntext[y])) > 0.9)]
                    row["twins_of_truth"] = amb
                    row["ops"] = ops
                tr_rows.append(row)
            wrong_entries = [e for k, e in got.items() if k not in truth_keys]
            results.append({"law": short(law), "rev": rev, "amend": amend, "twins": twins, "ops": ops,
                            "rows": tr_rows, "n_entries": len(al.entries),
                            "wrong_entries": len(wrong_entries),
                            "wrong_unsure": sum(e.unsure for e in wrong_entries),
                            "wrong_pairings": sum(bool(e.old and e.new) for e in wrong_entries),
                            "wrong_pairings_unsure": sum(bool(e.old and e.new) and e.unsure for e in wrong_entries),
                            "right_unsure": sum(e.unsure for k, e in got.items() if k in truth_keys)})
    total = time.time() - t_all
    print(f"revisions and per-entry results kept in {OUT}")
    with open(OUT / f"results-{TAG}.jsonl", "w") as f:
        for r in results:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(results, total, align_time, skipped)


def report(results, total, align_time, skipped):
    tot, okc = Counter(), Counter()
    per_law = defaultdict(lambda: [Counter(), Counter()])
    label_ok, label_tot = Counter(), Counter()
    confusion = Counter()
    for r in results:
        for row in r["rows"]:
            c = row["cls"]
            tot[c] += 1
            per_law[row["law"]][0][c] += 1
            if row["ok"]:
                okc[c] += 1
                per_law[row["law"]][1][c] += 1
                label_tot[c] += 1
                label_ok[c] += row["got_change"] == c
                if row["got_change"] != c:
                    confusion[(c, row["got_change"])] += 1
    print(f"revisions: {len(results)}  skipped: {len(skipped)} {skipped[:3]}")
    print(f"total wall time {total:.1f}s, align_articles time {align_time:.1f}s "
          f"({1000 * align_time / max(1, len(results)):.0f} ms/revision)")
    print("\npairing accuracy per class (entry right iff (old set, new tuple) equal):")
    for c in CLASSES:
        print(f"  {c:11s} {okc[c]:6d}/{tot[c]:<6d} {100 * okc[c] / max(1, tot[c]):7.2f}%   "
              f"label agrees on right pairs: {label_ok[c]}/{label_tot[c]}")
    print(f"  {'ALL':11s} {sum(okc.values()):6d}/{sum(tot.values()):<6d} "
          f"{100 * sum(okc.values()) / sum(tot.values()):7.2f}%")
    if confusion:
        print("  label confusions on correct pairings (truth->got):", dict(confusion.most_common(10)))
    print("\nper law (wrong/total per class, only classes with errors shown):")
    for law, (t, o) in per_law.items():
        errs = {c: f"{t[c] - o[c]}/{t[c]}" for c in CLASSES if t[c] - o[c]}
        print(f"  {law:10s} {sum(o.values())}/{sum(t.values())} "
              f"({100 * sum(o.values()) / sum(t.values()):.2f}%) {errs or 'all right'}")
    we = sum(r["wrong_entries"] for r in results)
    wu = sum(r["wrong_unsure"] for r in results)
    ru = sum(r["right_unsure"] for r in results)
    wp = sum(r["wrong_pairings"] for r in results)
    wpu = sum(r["wrong_pairings_unsure"] for r in results)
    print(f"\naligner entries not in truth: {we}, of which unsure: {wu}; of these, pairings (old and new "
          f"non-empty): {wp}, unsure: {wpu}; right entries flagged unsure: {ru}")
    det_t, det_ok = Counter(), Counter()
    for r in results:
        for row in r["rows"]:
            if row["cls"] in ("split", "merged"):
                det_t[(row["cls"], row["detail"])] += 1
                det_ok[(row["cls"], row["detail"])] += row["ok"]
    fa = Counter(row["cls"] for r in results for row in r["rows"] if row["ok"] and row["unsure"])
    print("right entries flagged unsure, by class:", dict(fa))
    print("\nsplit/merged by sub-case (right/total):")
    for k in sorted(det_t):
        print(f"  {k[0]:7s} {k[1]:45s} {det_ok[k]}/{det_t[k]}")
    fails = [row for r in results for row in r["rows"] if not row["ok"]]
    print(f"\nfailed truth entries: {len(fails)}")
    seen = set()
    for row in fails:
        k = (row["law"], row["rev"])
        if k in seen and len(fails) > 8:
            continue
        seen.add(k)
        print(json.dumps({x: row[x] for x in row if x not in ("ok",)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
