"""A second revision generator for the aligner (issue 19), written by a helper who never read
lawcomment.review.synthetic: its figures are the fairer test. Used by bench_align_independent.py.

Only uses load_draft (to read markdown) and numerals.int_to_cn / cn_to_int.

A revision is generated in two steps:
  base law --(optional twin boilerplate inserted, renumbered)--> OLD markdown
  OLD --(chapter move, article moves, edits, merges, splits, deletions,
         twin deletion, insertions, renumbering + citation rewrite)--> NEW markdown
and ground truth: list of (old nums, new nums, class).
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from lawcomment import load_draft
from lawcomment.drafts.numerals import cn_to_int, int_to_cn

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "zh"
LAWS = [
    "民法商法/专利法(2020-10-17).md",
    "民法商法/商标法(2019-04-23).md",
    "民法商法/电子商务法(2018-08-31).md",
    "社会法/劳动合同法(2012-12-28).md",
    "行政法/个人信息保护法(2021-08-20).md",
    "行政法/网络安全法(2016-11-07).md",
    "行政法/行政处罚法(2021-01-22).md",
    "经济法/广告法(2021-04-29).md",
]
# donors of inserted text: laws not in LAWS
DONORS = [
    "宪法/宪法.md",
    "宪法相关法/香港特别行政区基本法(1990-04-04).md",
    "民法典/物权编.md",
    "民法典/继承编.md",
    "刑法/刑法.md",
]
BOILER = [
    "本法自公布之日起施行。",
    "国务院有关部门应当依照本法制定具体实施办法。",
    "省、自治区、直辖市人民代表大会常务委员会可以根据本法和本地区的实际情况制定实施办法。",
]

NUM = "零〇一二三四五六七八九十百千万两"
CITE = re.compile(rf"第([{NUM}]+)条(?:之([{NUM}]+))?")
CHAIN_GAP = re.compile(rf"^(?:、|和|或者|及|以及|至|到|，|第[{NUM}]+[款项])*$")


# --------------------------------------------------------------------------- helpers
def num_str(base: int, zhi: int = 0) -> str:
    return f"{base}-{zhi}" if zhi else str(base)


def cn_label(ns: str) -> str:
    if "-" in ns:
        b, z = ns.split("-")
        return f"第{int_to_cn(int(b))}条之{int_to_cn(int(z))}"
    return f"第{int_to_cn(int(ns))}条"


def rewrite_citations(text: str, mapping: dict[str, str]) -> str:
    """Rewrite internal citations 第N条(之M) via mapping old-num -> new-num (single pass).
    Citations to other laws (preceded by 》/法/典/条例 other than 本法, or chained to such)
    are left alone; unmapped numbers (deleted articles) are left alone."""
    out, pos, prev_end, prev_ext = [], 0, None, False
    for m in CITE.finditer(text):
        start = m.start()
        gap = text[prev_end:start] if prev_end is not None else None
        if gap is not None and CHAIN_GAP.match(gap):
            ext = prev_ext
        else:
            before = text[max(0, start - 2):start]
            ext = (before.endswith("》") or before.endswith("典") or before.endswith("条例")
                   or (before.endswith("法") and before != "本法"))
        prev_end, prev_ext = m.end(), ext
        try:
            key = num_str(cn_to_int(m.group(1)), cn_to_int(m.group(2)) if m.group(2) else 0)
        except Exception:
            continue
        if ext or key not in mapping:
            continue
        out.append(text[pos:start])
        out.append(cn_label(mapping[key]))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def bigrams(s: str) -> set[str]:
    s = re.sub(r"[\s，。；：、（）“”《》]", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def dice(a: set, b: set) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


# --------------------------------------------------------------------------- model
@dataclass
class Art:
    olds: tuple[str, ...]
    lines: list[str]
    ch: tuple[str, str]
    sec: tuple[str, str] | None
    flags: set = field(default_factory=set)
    group: int = 0
    new: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def read_law(path: Path):
    d = load_draft(path)
    arts = []
    for v in d.articles():
        hp = v.unit and v.heading_path
        ch = sec = None
        for h in v.heading_path:
            if str(getattr(h, "kind", "")).endswith("chapter") or h.label.endswith("章"):
                ch = (h.label, h.heading)
            elif h.label.endswith("节"):
                sec = (h.label, h.heading)
        arts.append((v.unit.num, v.unit.body().split("\n"), ch or ("", ""), sec))
    return d, arts


def render(title: str, seq: list[Art]) -> str:
    out = [f"# {title}", ""]
    cur_ch = cur_sec = None
    for a in seq:
        if a.ch != cur_ch:
            out += [f"## {a.ch[0]} {a.ch[1]}", ""]
            cur_ch, cur_sec = a.ch, None
        if a.sec != cur_sec:
            if a.sec:
                out += [f"### {a.sec[0]} {a.sec[1]}", ""]
            cur_sec = a.sec
        out.append(f"{cn_label(a.new)} {a.lines[0]}")
        out += a.lines[1:]
        out.append("")
    return "\n".join(out)


def check_parse(path: Path, seq: list[Art]) -> str | None:
    d = load_draft(path)
    if d.errors:
        return f"errors {d.errors[:2]}"
    got = list(d.articles())
    if len(got) != len(seq):
        return f"count {len(got)} != {len(seq)}"
    for v, a in zip(got, seq):
        if v.unit.num != a.new:
            return f"num {v.unit.num} != {a.new}"
        if v.unit.body() != a.text:
            return f"body of {a.new} differs: {v.unit.body()[:40]!r} vs {a.text[:40]!r}"
    return None


# --------------------------------------------------------------------------- edits
SWAPS = [("应当", "可以"), ("可以", "应当"), ("或者", "以及"), ("有关", "相关"), ("依法", "依照规定"),
         ("国务院", "国家"), ("规定", "办法"), ("组织", "单位"), ("个人", "自然人"), ("并", "同时")]
WORDS = ["依法", "及时", "必要的", "相应", "严格", "主动", "全面", "统一"]


def protected(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in CITE.finditer(text)]


def edit_text(lines: list[str], rng: random.Random) -> list[str]:
    lines = list(lines)
    for _ in range(rng.choice([1, 1, 2])):
        li = rng.randrange(len(lines))
        t = lines[li]
        spans = protected(t)
        ok = lambda s, e: all(e <= a or s >= b for a, b in spans)  # noqa: E731
        op = rng.choice(["ins", "del", "swap"])
        if op == "swap":
            cands = [(m.start(), w, r) for w, r in SWAPS for m in re.finditer(w, t) if ok(m.start(), m.end())]
            if cands:
                s, w, r = rng.choice(cands)
                lines[li] = t[:s] + r + t[s + len(w):]
                continue
            op = "ins"
        if op == "del" and len(t) > 12:
            for _try in range(20):
                n = rng.randint(2, 4)
                s = rng.randrange(0, len(t) - n - 1)
                seg = t[s:s + n]
                if ok(s, s + n) and not re.search(r"[。；：（）“”\d]", seg):
                    lines[li] = t[:s] + t[s + n:]
                    break
            else:
                op = "ins"
            if op == "del":
                continue
        for _try in range(20):
            s = rng.randrange(1, max(2, len(t)))
            if ok(s, s) and not (t[s - 1:s + 1][:1].isdigit() and t[s:s + 1].isdigit()):
                lines[li] = t[:s] + rng.choice(WORDS) + t[s:]
                break
    return lines


# --------------------------------------------------------------------------- generator
class Generator:
    def __init__(self):
        self.donor_texts = []
        for p in DONORS:
            _, arts = read_law(CORPUS / p)
            for _n, lines, _c, _s in arts:
                t = "\n".join(lines)
                if 20 <= len(t) <= 300 and "施行" not in t and "第" not in t:
                    self.donor_texts.append(lines)
        self.bases = {}
        for p in LAWS:
            d, arts = read_law(CORPUS / p)
            assert not d.errors and all(str(i + 1) == a[0] for i, a in enumerate(arts)), p
            self.bases[p] = (d.title, arts)

    # -- OLD --------------------------------------------------------------------------
    def make_old(self, law: str, rng: random.Random, workdir: Path):
        title, arts = self.bases[law]
        seq = [Art((n,), lines, ch, sec) for n, lines, ch, sec in arts]
        twins = False
        if rng.random() < 0.5:  # twin boilerplate in two different chapters
            twins = True
            text = rng.choice(BOILER)
            chapters = sorted({a.ch for a in seq}, key=lambda c: [a.ch for a in seq].index(c))
            c1, c2 = rng.sample(chapters, 2)
            for c in (c1, c2):
                idx = [i for i, a in enumerate(seq) if a.ch == c]
                pos = rng.choice(idx[1:] + [idx[-1] + 1]) if len(idx) > 1 else idx[0] + 1
                ref = seq[pos - 1]
                seq.insert(pos, Art((), [text], ref.ch, ref.sec, {"boiler"}))
        mapping = {}
        for i, a in enumerate(seq):
            a.new = str(i + 1)
            if a.olds:
                mapping[a.olds[0]] = a.new
        for a in seq:
            a.lines = [rewrite_citations(t, mapping) for t in a.lines]
        path = workdir / "old.md"
        path.write_text(render(title, seq), encoding="utf-8")
        err = check_parse(path, seq)
        if err:
            raise RuntimeError(f"old parse: {err}")
        old = [Art((a.new,), list(a.lines), a.ch, a.sec, set(a.flags) & {"boiler"}) for a in seq]
        return title, old, path, twins

    # -- NEW --------------------------------------------------------------------------
    def make_new(self, title: str, old: list[Art], rng: random.Random, workdir: Path, hard: bool = False):
        H = hard
        amend = rng.random() < 0.3  # amendment style: numbers kept, 之一 insertions, gaps
        seq = [Art(a.olds, list(a.lines), a.ch, a.sec, set(a.flags)) for a in old]
        for i, a in enumerate(seq):
            a.group = i
        gid = [len(seq)]
        ops = []
        old_texts = [bigrams(a.text) for a in old]

        def plain(a, allow=()):
            return len(a.olds) == 1 and not (a.flags - set(allow) - {"chmoved"})

        def chapters():
            chs = []
            for a in seq:
                if a.ch not in chs:
                    chs.append(a.ch)
            return chs

        # 1. a whole chapter moved
        if not amend and rng.random() < (0.5 if H else 0.3):
            chs = chapters()
            if len(chs) >= 3:
                c = rng.choice(chs[1:])
                rest = [x for x in chs if x != c]
                pos = rng.choice([i for i in range(1, len(rest) + 1) if i != chs.index(c)])
                order = rest[:pos] + [c] + rest[pos:]
                blocks = {x: [a for a in seq if a.ch == x] for x in chs}
                seq[:] = [a for x in order for a in blocks[x]]
                for a in blocks[c]:
                    a.flags.add("chmoved")
                ops.append(f"chapter-move {c[0]}->pos{pos}")

        # 2. article moves to another chapter
        if not amend:
            for _ in range(rng.choice([1, 2, 3] if H else [0, 1, 1, 2])):
                cands = [a for a in seq if plain(a)]
                a = rng.choice(cands)
                others = [c for c in chapters() if c != a.ch]
                c = rng.choice(others)
                seq.remove(a)
                idx = [i for i, x in enumerate(seq) if x.ch == c]
                pos = rng.choice(idx + [idx[-1] + 1])
                ref = seq[pos - 1] if pos > 0 and seq[pos - 1].ch == c else seq[pos]
                a.ch, a.sec = ref.ch, ref.sec
                seq.insert(pos, a)
                a.flags.add("moved")
                ops.append(f"move {a.olds[0]}->{c[0]}")

        # 3. edits of a few characters
        for _ in range(rng.randint(3, 8) if H else rng.randint(1, 4)):
            a = rng.choice([a for a in seq if plain(a, ["edited"] + (["moved"] if H else []))])
            new = edit_text(a.lines, rng)
            if new != a.lines:
                a.lines = new
                a.flags.add("edited")
                ops.append(f"edit {a.olds[0]}")

        orig = {o.olds[0]: o.lines for o in old}
        for a in seq:  # two edits may cancel out (应当→可以→应当)
            if "edited" in a.flags and a.lines == orig[a.olds[0]]:
                a.flags.discard("edited")
        # 4. merges of two adjacent articles (sometimes after a move or edit)
        for _ in range(rng.choice([1, 2, 3] if H else [0, 1, 1, 2])):
            pairs = [(i, i + 1) for i in range(len(seq) - 1)
                     if seq[i].ch == seq[i + 1].ch and seq[i].sec == seq[i + 1].sec
                     and plain(seq[i], ["edited", "moved"]) and plain(seq[i + 1], ["edited", "moved"])]
            r = rng.random()
            moved_pairs = [p for p in pairs if {"moved"} & (seq[p[0]].flags | seq[p[1]].flags)
                           and not all("moved" in seq[j].flags for j in p)]  # an article moved next to another
            edited_pairs = [p for p in pairs if "edited" in seq[p[0]].flags | seq[p[1]].flags]
            pool = (moved_pairs if r < 0.4 and moved_pairs else edited_pairs if r < 0.7 and edited_pairs
                    else [p for p in pairs if not (seq[p[0]].flags | seq[p[1]].flags)])
            if not pool:
                continue
            i, j = rng.choice(pool)
            a, b = seq[i], seq[j]
            if H and rng.random() < 0.3:  # merged text edited as well
                a.lines = edit_text(a.lines, rng)
                a.flags.add("edited")
            how = "+".join(sorted(a.flags | b.flags)) or "plain"
            m = Art(a.olds + b.olds, a.lines + b.lines, a.ch, a.sec, {"merged", "how:" + how}, a.group)
            seq[i:j + 1] = [m]
            ops.append(f"merge {a.olds[0]}+{b.olds[0]} ({how})")

        # 5. splits at 款 boundaries (a 款 ending with 。 followed by a 款 not an item)
        split_groups = []
        for _ in range(rng.choice([1, 2, 3] if H else [0, 1, 1, 2])):
            cands = []
            for i, a in enumerate(seq):
                if not plain(a, ["edited"] if H else []):
                    continue
                pts = [k + 1 for k in range(len(a.lines) - 1)
                       if a.lines[k].endswith("。") and not a.lines[k + 1].startswith("（")]
                if pts:
                    cands.append((i, pts))
            if not cands:
                continue
            i, pts = rng.choice(cands)
            a = seq[i]
            cut = sorted(pts) if rng.random() < 0.35 else [rng.choice(pts)]
            bounds = [0] + cut + [len(a.lines)]
            parts = [Art(a.olds, a.lines[s:e], a.ch, a.sec, {"split"}, a.group)
                     for s, e in zip(bounds, bounds[1:])]
            seq[i:i + 1] = parts
            split_groups.append(a.group)
            if H and rng.random() < 0.4:  # a later part edited too
                p = rng.choice(parts[1:])
                p.lines = edit_text(p.lines, rng)
                p.flags.add("part_edited")
            ops.append(f"split {a.olds[0]} into {len(parts)}")

        # 6. deletions (some next to a split)
        deleted = []
        spots = []  # article before which something was deleted (for insertions nearby)
        for _ in range(rng.randint(2, 5) if H else rng.randint(1, 3)):
            near = []
            if split_groups and rng.random() < 0.5:
                g = rng.choice(split_groups)
                idx = [i for i, a in enumerate(seq) if a.group == g]
                near = [k for k in (idx[0] - 1, idx[-1] + 1) if 0 <= k < len(seq) and plain(seq[k], ["edited"])]
            cands = near or [i for i, a in enumerate(seq) if plain(a, ["edited"])]
            if not cands:
                continue
            i = rng.choice(cands)
            a = seq.pop(i)
            deleted.append(a.olds[0])
            if i < len(seq):
                spots.append(seq[i])
            ops.append(f"delete {a.olds[0]}" + (" (beside split)" if near else ""))

        # 7. twin boilerplate: delete one copy
        twins = [a for a in seq if "boiler" in a.flags]
        if len(twins) == 2:
            a = rng.choice(twins)
            seq.remove(a)
            deleted.append(a.olds[0])
            if H and rng.random() < 0.5:
                keep = [t for t in twins if t is not a][0]
                keep.lines = edit_text(keep.lines, rng)
                keep.flags.add("edited")
            ops.append(f"delete twin boilerplate {a.olds[0]} (keep {[t for t in twins if t is not a][0].olds[0]})")

        # 8. insertions of text from another law (some beside a split or a deletion)
        for _ in range(rng.randint(2, 5) if H else rng.randint(1, 3)):
            for _try in range(50):
                lines = rng.choice(self.donor_texts)
                g = bigrams("\n".join(lines))
                if max(dice(g, o) for o in old_texts) < 0.3:
                    break
            anchors = []
            if rng.random() < 0.5:
                anchors = [x for x in spots if x in seq]
                for g_ in split_groups:
                    idx = [i for i, a in enumerate(seq) if a.group == g_]
                    if idx:
                        anchors.append(seq[idx[-1] + 1] if idx[-1] + 1 < len(seq) else None)
                        anchors.append(seq[idx[0]])  # before the split
                anchors = [x for x in anchors if x is not None]
            if anchors:
                pos = seq.index(rng.choice(anchors))
            else:
                pos = rng.randrange(1, len(seq) + 1)
            if amend:
                pos = max(1, pos)
            ref = seq[pos - 1] if pos > 0 else seq[0]
            if pos < len(seq) and rng.random() < 0.3:
                ref = seq[pos]  # at the start of the next chapter
            gid[0] += 1
            seq.insert(pos, Art((), list(lines), ref.ch, ref.sec, {"added"}, gid[0]))
            ops.append(f"insert at {pos}" + (" (beside split/deletion)" if anchors else ""))

        # 9. numbering (+ keep chapters contiguous: an inserted article takes its neighbour's chapter)
        for i, a in enumerate(seq):
            if i and a.ch != seq[i - 1].ch and i + 1 < len(seq) and seq[i + 1].ch == seq[i - 1].ch:
                a.ch, a.sec = seq[i - 1].ch, seq[i - 1].sec
        if amend:
            base, zhi = 0, 0
            for a in seq:
                keep = a.olds and not ("split" in a.flags and any(
                    b.group == a.group and b is not a and seq.index(b) < seq.index(a) for b in seq))
                if keep:
                    base, zhi = int(a.olds[0]), 0
                    a.new = str(base)
                else:
                    zhi += 1
                    a.new = num_str(base, zhi)
        else:
            for i, a in enumerate(seq):
                a.new = str(i + 1)
        mapping = {}
        for a in seq:
            for o in a.olds:
                mapping.setdefault(o, a.new)
        for a in seq:
            if "added" not in a.flags:
                a.lines = [rewrite_citations(t, mapping) for t in a.lines]

        path = workdir / "new.md"
        path.write_text(render(title, seq), encoding="utf-8")
        err = check_parse(path, seq)
        if err:
            raise RuntimeError(f"new parse: {err}")

        # ground truth
        truth = []
        groups = {}
        for a in seq:
            groups.setdefault(a.group, []).append(a)
        for g, parts in groups.items():
            a = parts[0]
            news = tuple(p.new for p in parts)
            if "added" in a.flags:
                cls = "added"
            elif len(parts) > 1:
                cls = "split"
            elif "merged" in a.flags:
                cls = "merged"
            elif "moved" in a.flags:
                cls = "moved"
            elif "edited" in a.flags:
                cls = "modified"
            elif "chmoved" in a.flags:
                cls = "chapter-moved"  # same chapter, whole chapter moved: aligner calls it renumbered
            elif a.new != a.olds[0]:
                cls = "renumbered"
            else:
                cls = "unchanged"
            pos = [seq.index(p) for p in parts]
            detail = []
            if len(parts) > 1:
                detail.append("contiguous" if pos == list(range(pos[0], pos[0] + len(pos))) else "NOT-contiguous")
                detail.append("part-edited" if any("part_edited" in p.flags for p in parts) else "parts-verbatim")
            detail += sorted(f[4:] for f in a.flags if f.startswith("how:"))
            if "chmoved" in a.flags and cls != "chapter-moved":
                detail.append("in-moved-chapter")
            truth.append((tuple(a.olds), news, cls, " ".join(detail)))
        for o in deleted:
            truth.append(((o,), (), "deleted", ""))
        return seq, truth, path, ops, amend
