"""Fuzz carry-forward's rebase and the adoption report's Judge with generated next readings.

    python benchmarks/fuzz_rebase.py --cases 6000 --seed 777 [--save cases.jsonl]

Each case takes a real sentence (../shared/corpus/zh when it is there, tests/data otherwise),
a member's few edits of it (insertions, deletions, numbers, modal words, negations, list items,
words that repeat their neighbours) and a next version that makes each edit exactly, with more
words, otherwise or not at all, plus unrelated edits near and far. An oracle written apart from
the library checks the result: no words doubled that neither the new text nor the proposal
doubles (b, b2), edits no version change comes near put in as asked (c_*), an edit called
adopted standing in the new text with its neighbours (a_*), and rebase and the Judge agreeing
on what was made (judge). Prints the cases each rule flags, with one example of each.
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import random
import re
import sys
import traceback
from pathlib import Path

from lawcomment import parse_text
from lawcomment.review import rebase as RB
from lawcomment.review.adoption import Judge
from lawcomment.review.align import align_articles
from lawcomment.review.redline import Span, diff, splice

NUM = "〇零一二两三四五六七八九十百千万亿"
BENDCH = set(NUM + "0123456789") | set("不无未非")
MODALS = ["应当", "可以", "不得", "必须", "禁止"]

# ------------------------------------------------------------------ sentences
def load_sentences() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    files = glob.glob(str(root.parent / "shared/corpus/zh/**/*.md"), recursive=True) + glob.glob(str(root / "tests/data/*.md"))
    out = set()
    for f in files:
        try:
            text = open(f, encoding="utf-8").read()
        except Exception:
            continue
        for line in text.splitlines():
            line = line.strip()
            line = re.sub(r"^第[一二三四五六七八九十百零〇千]+条\s*", "", line)
            if not (14 <= len(line) <= 90):
                continue
            if any(c in line for c in "#<>“”\"「」*|[]（）()　 \t"):
                continue
            if not re.fullmatch(r"[\u4e00-\u9fff，。、；：]+", line):
                continue
            if not line.endswith("。"):
                continue
            out.add(line)
    return sorted(out)


SYNTH = [
    "违反本条规定的，由有关主管部门责令改正，可以处二千元以下罚款。",
    "违反本条规定的，处五千元以上二万元以下罚款。",
    "行政机关应当自受理申请之日起五日内作出决定。",
    "行政机关应当在十个工作日内将处理结果告知申请人。",
    "有关部门应当公开听取意见，并及时向社会公布。",
    "县级以上地方人民政府农业行政主管部门按照保障农产品质量安全的要求，制定农产品产地监测计划。",
    "任何组织和个人不得泄露在履行职责中知悉的个人隐私和商业秘密。",
    "经营者终止经营的，应当提前三十日公示有关信息。",
    "处五日以上十日以下拘留，可以并处五百元以下罚款。",
    "对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。",
    "检验机构应当在收到样品之日起三日内出具检验报告，并对检验结果负责。",
    "国务院有关部门应当依法履行监督管理职责，加强对本行业的监督检查。",
    "当事人对复检结论有异议的，可以自收到复检结论之日起十五日内向上一级机关申请复核。",
    "个人信息处理者应当采取必要措施，保障所处理的个人信息的安全。",
]

# ------------------------------------------------------------------ vocab
INS_PLAIN = ["及时", "依法", "书面", "严格", "有关", "相关", "切实", "并", "其", "统一", "会同同级生态环境部门"]
INS_BEND = ["不", "应当", "可以", "不得", "未"]
NOUNS = ["个人信息", "商业秘密", "个人隐私", "国家秘密", "数据"]
EXTRA_BEND_PRE = ["不", "应当", "可以", "不得", "未", "三十日内", "五千元以上"]
EXTRA_BEND_SUF = ["以上", "以下", "不", "三倍", "十日"]
EXTRA_PLAIN_PRE = ["其", "有关", "相关", "统一"]
EXTRA_PLAIN_SUF = ["等", "的", "工作"]
NUMWORDS = ["一", "二", "三", "五", "七", "十", "十五", "二十", "三十", "六十", "九十", "一百", "五百", "一千", "二千",
            "五千", "一万", "二万", "五万", "十万", "二十万", "五十万", "一百万"]


def num_runs(s: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(f"[{NUM}]+", s)]


def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(b[0] - a[1], a[0] - b[1])


class Gen:
    def __init__(self, rng: random.Random, sentences: list[str]) -> None:
        self.rng, self.sentences = rng, sentences

    def sentence(self) -> str:
        r = self.rng
        if r.random() < 0.3:
            s = r.choice(SYNTH)
        else:
            s = r.choice(self.sentences)
        if r.random() < 0.25:  # two sentences joined: more words that repeat
            s = s + r.choice(SYNTH if r.random() < 0.5 else self.sentences)
        return s

    # a member edit: (start, end, words, kind)
    def member_edit(self, old: str) -> tuple[int, int, str, str] | None:
        r = self.rng
        kind = r.choice(["ins_plain", "ins_bend", "del_word", "rep_num", "rep_modal", "neg", "unit", "range", "list",
                         "rep_chunk", "ins_repeat"])
        if kind == "ins_plain":
            p = r.randrange(0, len(old))
            return p, p, r.choice(INS_PLAIN), kind
        if kind == "ins_bend":
            p = r.randrange(0, len(old))
            return p, p, r.choice(INS_BEND), kind
        if kind == "del_word":
            hits = [(m.start(), m.end()) for w in ["依法", "有关", "相关", "及时", "应当", "可以", "并", "等", "或者", "的", "严格"]
                    for m in re.finditer(w, old)]
            if not hits:
                p = r.randrange(0, max(1, len(old) - 3))
                return p, p + r.randint(1, 3), "", kind
            a, b = r.choice(hits)
            return a, b, "", kind
        if kind == "rep_num":
            runs = num_runs(old)
            if not runs:
                return None
            a, b = r.choice(runs)
            w = r.choice([x for x in NUMWORDS if x != old[a:b]])
            return a, b, w, kind
        if kind == "rep_modal":
            hits = [(m.start(), m.end()) for w in MODALS for m in re.finditer(w, old)]
            if not hits:
                return None
            a, b = r.choice(hits)
            return a, b, r.choice([m for m in MODALS if m != old[a:b]]), kind
        if kind == "neg":
            hits = [m.start() for m in re.finditer("[予得公开履执作出收]", old)]
            if not hits:
                return None
            p = r.choice(hits)
            return p, p, r.choice(["不", "不予", "未"]) if old[p] != "予" else "不", kind
        if kind == "unit":
            hits = [m for m in re.finditer(f"([{NUM}]+)(日)", old)]
            if not hits:
                return None
            m = r.choice(hits)
            if r.random() < 0.5:
                return m.start(2), m.start(2), "个工作", kind
            w = r.choice([x for x in NUMWORDS[:10] if x != m.group(1)])
            return m.start(1), m.end(1), w + "个工作", kind
        if kind == "range":
            hits = [m for m in re.finditer(f"([{NUM}]+)(元|日)", old)]
            if not hits:
                return None
            m = r.choice(hits)
            u = m.group(2)
            opts = [(m.end(), m.end(), "以下"), (m.end(), m.end(), "以上" + r.choice(NUMWORDS[10:]) + u),
                    (m.end() - 1, m.end() - 1, u + "以上" + r.choice(NUMWORDS[10:])),
                    (m.end(), m.end(), "以内")]
            a, b, w = r.choice(opts)
            return a, b, w, kind
        if kind == "list":
            hits = [m.start() for m in re.finditer("[和、等]", old)]
            if not hits:
                p = r.randrange(0, len(old))
            else:
                p = r.choice(hits)
            n = r.choice(NOUNS)
            return p, p, r.choice(["、" + n, "和" + n, n + "、"]), kind
        if kind == "rep_chunk":
            p = r.randrange(0, max(1, len(old) - 4))
            b = p + r.randint(1, 4)
            w = r.choice(INS_PLAIN + NOUNS + ["乡镇", "农业农村", "主管部门", "监督管理"])
            if w == old[p:b]:
                return None
            return p, b, w, kind
        if kind == "ins_repeat":
            # insert words repeating the context: part of what stands before/after the point
            p = r.randrange(2, len(old) - 1)
            left = old[max(0, p - r.randint(1, 3)):p]
            w = r.choice([left + r.choice(INS_PLAIN), r.choice(INS_PLAIN) + old[p:p + r.randint(1, 3)],
                          left[-1:] + r.choice(NUMWORDS) + left[-1:]])
            return p, p, w, kind
        return None

    def version_action(self, old: str, m: tuple[int, int, str, str]) -> tuple[str, tuple[int, int, str] | None]:
        a, b, w, kind = m
        r = self.rng
        act = r.choices(["exact", "extra_bend", "extra_plain", "different", "partial", "none", "slid"],
                        [30, 14, 8, 14, 6, 20, 8])[0]
        if act == "exact":
            return act, (a, b, w)
        if act == "slid":
            # the same result, the insertion placed elsewhere where the words repeat (computed by splicing)
            if a == b and w:
                target = old[:a] + w + old[a:]
                alts = [q for q in range(len(old) + 1) if q != a and old[:q] + target[q:q + len(w)] + old[q:] == target]
                if alts:
                    q = r.choice(alts)
                    return act, (q, q, target[q:q + len(w)])
            return "exact", (a, b, w)
        if act == "extra_bend":
            if r.random() < 0.5:
                return act, (a, b, r.choice(EXTRA_BEND_PRE) + w)
            return act, (a, b, w + r.choice(EXTRA_BEND_SUF))
        if act == "extra_plain":
            if r.random() < 0.5:
                return act, (a, b, r.choice(EXTRA_PLAIN_PRE) + w)
            return act, (a, b, w + r.choice(EXTRA_PLAIN_SUF))
        if act == "different":
            if kind in ("rep_num",):
                d = r.choice([x for x in NUMWORDS if x not in (w, old[a:b])])
            elif kind in ("rep_modal", "ins_bend", "neg"):
                d = r.choice([x for x in MODALS + ["不", "未"] if x != w and x != old[a:b]])
            elif kind == "list" and w:
                n = r.choice([x for x in NOUNS if x not in w])
                d = w[0] + n if w[0] in "、和" else n + w[-1]
            elif kind == "unit":
                d = r.choice(["个自然", "个工作"]) if a == b else r.choice(NUMWORDS[:10]) + "个自然"
                if d == w:
                    d = "个自然"
            else:
                d = r.choice([x for x in INS_PLAIN + NOUNS if x != w])
            if a == b and not d:
                return "none", None
            return act, (a, b, d)
        if act == "partial":
            if len(w) >= 3:
                keep = sorted(r.sample(range(len(w)), r.randint(1, len(w) - 1)))
                return act, (a, b, "".join(w[i] for i in keep))
            return "none", None
        return "none", None

    def unrelated(self, old: str, near_of: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
        r = self.rng
        out = []
        for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
            if near_of and r.random() < 0.5:
                a0, b0 = r.choice(near_of)
                if r.random() < 0.5:
                    p = max(0, a0 - r.randint(0, 2) - r.randint(0, 3))
                else:
                    p = min(len(old), b0 + r.randint(0, 2))
                where = "near"
            else:
                p = r.randrange(0, len(old))
                where = "far"
            t = r.choice(["ins", "ins_bend", "del", "rep"])
            if t == "ins":
                out.append((p, p, r.choice(INS_PLAIN), where))
            elif t == "ins_bend":
                out.append((p, p, r.choice(INS_BEND + ["五日", "三十日"]), where))
            elif t == "del":
                out.append((p, min(len(old), p + r.randint(1, 3)), "", where))
            else:
                out.append((p, min(len(old), p + r.randint(1, 3)), r.choice(INS_PLAIN + NOUNS), where))
        return out

    def case(self):
        r = self.rng
        old = self.sentence()
        members: list[tuple[int, int, str, str]] = []
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            m = None
            for _ in range(5):
                m = self.member_edit(old)
                if m and all(gap((m[0], m[1]), (x[0], x[1])) >= 2 for x in members):
                    break
                m = None
            if m and (m[0] < m[1] or m[2]) and old[m[0]:m[1]] != m[2]:
                members.append(m)
        if not members:
            return None
        members.sort()
        version: list[tuple[int, int, str]] = []
        acts = []
        for m in members:
            act, sp = self.version_action(old, m)
            acts.append(act)
            if sp is not None and sp[2] != old[sp[0]:sp[1]]:
                version.append(sp)
        for u in self.unrelated(old, [(m[0], m[1]) for m in members]):
            sp = (u[0], u[1], u[2])
            if sp[2] == old[sp[0]:sp[1]]:
                continue
            # never overlapping or at the same point as another version edit
            if all(gap((sp[0], sp[1]), (v[0], v[1])) >= 1 for v in version):
                version.append(sp)
        version.sort()
        proposal = splice(old, [Span(a, b, w) for a, b, w, _ in members])
        new = splice(old, [Span(a, b, w) for a, b, w in version])
        return dict(old=old, proposal=proposal, new=new, members=members, acts=acts, version=version)


# ------------------------------------------------------------------ oracle
BENDW = ("以上", "以下", "以内", "应当", "可以", "不得", "必须", "禁止")


def bent(s: str, left: bool) -> bool:
    """s (2 chars beside the words) starts (left=False) / ends (left=True) with a bend word or char."""
    if not s:
        return False
    ch = s[-1] if left else s[0]
    if ch in BENDCH:
        return True
    return any(s.endswith(w) if left else s.startswith(w) for w in BENDW) or (ch in "应可须禁")


def close_repeats(text: str) -> dict[str, int]:
    """substrings (2..10 chars) standing twice with at most 2 chars between, counted."""
    out: dict[str, int] = {}
    for L in range(2, 11):
        for i in range(len(text) - L + 1):
            sub = text[i:i + L]
            if any(c in "，。、；：" for c in sub):
                continue
            for j in range(i + 1, min(len(text) - L, i + L + 2) + 1):
                if text[j:j + L] == sub:
                    out[sub] = out.get(sub, 0) + 1
    return out


def doubled(text: str, new: str, proposal: str) -> str | None:
    t, n, p = close_repeats(text), close_repeats(new), close_repeats(proposal)
    best = None
    for sub, k in t.items():
        if k > max(n.get(sub, 0), p.get(sub, 0)):
            if best is None or len(sub) > len(best):
                best = sub
    return best


def equivalents(old: str, a: int, b: int, w: str) -> list[tuple[int, int, str]]:
    """Every (a', b', w') giving the same result as old[a:b] -> w by sliding an insertion or deletion."""
    target = old[:a] + w + old[b:]
    out = [(a, b, w)]
    if a == b and w:
        for q in range(len(old) + 1):
            if q != a and old[:q] + target[q:q + len(w)] + old[q:] == target:
                out.append((q, q, target[q:q + len(w)]))
    elif not w and a < b:
        n = b - a
        for q in range(len(old) - n + 1):
            if q != a and old[:q] + old[q + n:] == target:
                out.append((q, q + n, ""))
    return out


def judge_adopted(old: str, new: str, a: int, b: int, w: str) -> str:
    """ok | bend | loose | absent: how the new text holds old[a:b] -> w."""
    o, n = "^^" + old + "$$", "^^" + new + "$$"
    eqs = [(a2 + 2, b2 + 2, w2) for a2, b2, w2 in equivalents(old, a, b, w)]
    for a2, b2, w2 in eqs:
        if o[a2 - 1:a2] + w2 + o[b2:b2 + 1] in n:
            return "ok"
    verdict = "absent"
    for a2, b2, w2 in eqs:
        L2, R2 = o[a2 - 2:a2], o[b2:b2 + 2]
        for key, left_known in ((L2 + w2, True), (w2 + R2, False)):
            at = n.find(key)
            while at >= 0:
                if left_known:
                    other = n[at + len(key):at + len(key) + 2]
                    b_ = bent(other, left=False) and not bent(R2, left=False)
                else:
                    other = n[max(0, at - 2):at]
                    b_ = bent(other, left=True) and not bent(L2, left=True)
                if b_:
                    verdict = "bend"
                elif verdict == "absent":
                    verdict = "loose"
                at = n.find(key, at + 1)
    return verdict


def inserted_regions(new: str, edits) -> list[tuple[int, int]]:
    """Where the words rebase put in stand in its text."""
    spans = sorted([e.span for e in edits if e.span is not None], key=lambda s: (s.start, s.end))
    out, shift = [], 0
    for s in spans:
        x = s.start + shift
        out.append((x, x + len(s.new)))
        shift += len(s.new) - (s.end - s.start)
    return out


def doubled2(text: str, new: str, proposal: str, regions) -> str | None:
    """words put in by rebase that stand twice with the text beside them (<= 2 chars apart), more often than
    in new and in the proposal."""
    t, n, p = close_repeats(text), close_repeats(new), close_repeats(proposal)
    best = None
    for x, y in regions:
        W = text[x:y]
        for L in range(2, min(10, len(W)) + 1):
            for i in range(len(W) - L + 1):
                u = W[i:i + L]
                if any(c in "，。、；：" for c in u):
                    continue
                if t.get(u, 0) <= max(n.get(u, 0), p.get(u, 0)):
                    continue
                a = x + i
                # another occurrence outside the region, within 2 chars of it
                lo, hi = max(0, x - L - 2), min(len(text), y + L + 2)
                near = [j for j in range(lo, hi - L + 1) if text[j:j + L] == u and (j + L <= x or j >= y)]
                if near and (best is None or len(u) > len(best)):
                    best = u
    return best


def law(body: str) -> str:
    return "法\n" + "".join(f"第{n}条 {b}\n" for n, b in zip("一二三", (body, "国家鼓励发展新业态。", "本法自公布之日起施行。")))


def per_span_states(old: str, proposal: str, new: str, res) -> list[tuple[Span, list[str]]] | None:
    """The states of rebase's edits attributed to the spans of diff(old, proposal) (using the module's own
    _finer to know how many pieces a span became)."""
    spans = diff(old, proposal).spans()
    if old == new:
        return [(s, [e.state]) for s, e in zip(spans, res.edits)]
    mover = RB.Mover(old, new)
    finer = getattr(RB, "_finer", None)
    out, i = [], 0
    for s in spans:
        moved = mover.move(s)
        k = 1
        if finer is not None and moved.state in ("partly", "changed"):
            f = finer(mover, old, s)
            if f is not None:
                k = len(f)
        out.append((s, [e.state for e in res.edits[i:i + k]]))
        i += k
    if i != len(res.edits):
        return None
    return out


def pieces_of(old: str, proposal: str, new: str, s: Span) -> list[Span]:
    from lawcomment.review.redline import finer_spans
    return [Span(s.start + p.start, s.start + p.end, p.new) for p in finer_spans(old[s.start:s.end], s.new)]


def check(c) -> list[dict]:
    old, proposal, new = c["old"], c["proposal"], c["new"]
    found = []
    res = RB.rebase(old, proposal, new)
    text = res.text
    states = per_span_states(old, proposal, new, res)
    pspans = diff(old, proposal).spans()
    vspans = diff(old, new).spans() if old != new else []
    mine_v = [Span(a, b, w) for a, b, w in c["version"]]
    # ---- rule (b): doubling
    d = doubled(text, new, proposal)
    if d:
        found.append(dict(rule="b", sub=d))
    d2 = doubled2(text, new, proposal, inserted_regions(new, res.edits))
    if d2:
        found.append(dict(rule="b2", sub=d2))
    # ---- rule (c): edits no version edit comes near (by diff spans and by generated spans, every slide)
    def free(s: Span) -> bool:
        for a2, b2, _ in equivalents(old, s.start, s.end, s.new):
            if any(gap((a2, b2), (v.start, v.end)) < 3 for v in vspans + mine_v):
                return False
        return True
    fr = [free(s) for s in pspans]
    if pspans and all(fr):
        want = splice(old, pspans + vspans)
        if text != want:
            found.append(dict(rule="c_all", want=want))
    elif any(fr):
        o = "^^^" + old + "$$$"
        for s, f in zip(pspans, fr):
            if not f:
                continue
            L, R = o[s.start:s.start + 3], o[s.end + 3:s.end + 6]
            if any(0 <= gap((s.start, s.end), (x.start, x.end)) < 3 for x in pspans if x != s):
                L, R = L[-1:], R[:1]
            L, R = L.lstrip("^"), R.rstrip("$")
            if L + s.new + R not in text:
                found.append(dict(rule="c_one", span=[s.start, s.end, s.new]))
    # ---- rule (a): adopted edits
    if states is not None:
        for s, sts in states:
            pcs = [s] if len(sts) == 1 else pieces_of(old, proposal, new, s)
            if len(pcs) != len(sts):
                continue
            for p, st in zip(pcs, sts):
                if st != "adopted":
                    continue
                v = judge_adopted(old, new, p.start, p.end, p.new)
                if v != "ok":
                    found.append(dict(rule="a_" + v + ("_piece" if len(sts) > 1 else ""), span=[p.start, p.end, p.new]))
    # ---- Judge agreement
    try:
        od, nd = parse_text(law(old)), parse_text(law(new))
        al = align_articles(od, nd)
        if al.by_old()["art_1"].new == ("art_1",) and states is not None:
            judge = Judge(od, nd, al)
            if judge.base("art_1") == old:
                spans = [s for s, _ in states]
                jf = getattr(judge, "_judged", None)
                for s, sts in states:
                    j = jf("art_1", s, spans) if jf else judge.made("art_1", s.start, s.end, s.new, spans)
                    r_ad = all(x == "adopted" for x in sts)
                    if (j == "made") != r_ad:
                        found.append(dict(rule="judge", span=[s.start, s.end, s.new], judge=j, rebase=sts,
                                          text_oracle=judge_adopted(old, new, s.start, s.end, s.new)))
    except Exception as e:  # noqa
        found.append(dict(rule="judge_exc", err=repr(e)))
    for f in found:
        f.update(old=old, proposal=proposal, new=new, text=text, acts=c["acts"],
                 members=[list(m) for m in c["members"]], version=[list(v) for v in c["version"]],
                 states=[[s.start, s.end, s.new, st] for s, st in (states or [])],
                 edits=[[e.state, e.old_words, e.new_words] for e in res.edits])
    return found


#: What each rule of the oracle flags.
RULES = {
    "b": "words doubled (two to ten characters, at most two apart) that neither the new text nor the proposal doubles",
    "b2": "words rebase put in standing twice with the text beside them",
    "c_all": "no version change near any edit, and the result is not the proposal's edits on the new text",
    "c_one": "an edit no version change comes near, not put in as asked",
    "judge": "rebase and the adoption report's Judge disagree on whether an edit was made",
    "judge_exc": "the Judge raised",
    "exception": "rebase raised",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=777)
    parser.add_argument("--save", help="write every case and what the oracle found to this JSONL file")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sentences = load_sentences()
    gen = Gen(rng, sentences)
    flagged: collections.Counter[str] = collections.Counter()
    example: dict[str, dict] = {}
    out = open(args.save, "w", encoding="utf-8") if args.save else None  # noqa: SIM115
    done = 0
    while done < args.cases:
        c = gen.case()
        if c is None or c["proposal"] == c["old"]:
            continue
        done += 1
        try:
            found = check(c)
        except Exception:  # noqa: BLE001
            found = [dict(rule="exception", tb=traceback.format_exc(), old=c["old"], proposal=c["proposal"], new=c["new"])]
        for rule in {f["rule"] for f in found}:
            flagged[rule] += 1
            example.setdefault(rule, next(f for f in found if f["rule"] == rule))
        if out is not None:
            out.write(json.dumps(dict(i=done, found=found, old=c["old"], proposal=c["proposal"], new=c["new"]),
                                 ensure_ascii=False) + "\n")
    if out is not None:
        out.close()
    print(f"{done} cases from {len(sentences)} sentences, seed {args.seed}")
    print(f"{'rule':12s} {'cases':>6s} {'share':>7s}  what it flags")
    for rule, n in sorted(flagged.items(), key=lambda kv: -kv[1]):
        what = RULES.get(rule, "an adopted edit not standing in the new text with its neighbours ("
                         + rule.split("_", 1)[1] + ")" if rule.startswith("a_") else "")
        print(f"{rule:12s} {n:6d} {n / done:7.2%}  {what}")
    for rule, f in example.items():
        print(f"\n{rule}: old {f.get('old')}\n  proposal {f.get('proposal')}\n  new      {f.get('new')}\n"
              f"  result   {f.get('text', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
