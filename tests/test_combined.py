"""Members' entries of a list (or 款) put in at one point: the merge offers them together, numbered
after each member's own wording; a choice of them goes out as each member's entry once, in its
order, and is carried to the next reading and judged there entry by entry."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from lawcomment.review.merge import Alternative, Proposal, combinable, merge

BASE = "金融机构是指银行、证券公司等机构。"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: 第五条 of tests/data/ecommerce-law.md, and two members' entries put into its list of principles.
ART5 = ("电子商务经营者从事经营活动，应当遵循自愿、平等、公平、诚信的原则，遵守法律和商业道德，公平参与市场竞争，履行消费者权益"
        "保护、环境保护、知识产权保护、网络安全与个人信息保护等方面的义务，承担产品和服务质量责任，接受政府和社会的监督。")  # fmt: skip
LAWFUL, THRIFT, HONEST = (ART5.replace("诚信的", f"诚信、{w}的") for w in ("守法", "节约", "诚实"))


def _alternatives(base: str, *texts: str) -> list[tuple[int, str, tuple[str, ...], tuple[int, ...]]]:
    m = merge(base, [Proposal(f"#{n}", t, (f"m{n}",)) for n, t in enumerate(texts, 1)])
    return [(a.number, a.text, a.supporters, a.combines) for x in m.conflicts for a in x.alternatives]


@pytest.mark.parametrize(("base", "texts", "alternatives"), [
    # an entry each after one: each, then both in either order
    (BASE, [BASE.replace("证券公司", "证券公司、保险公司"), BASE.replace("证券公司", "证券公司、信托公司")],
     [(1, "、保险公司", ("m1",), ()), (2, "、信托公司", ("m2",), ()),
      (3, "、保险公司、信托公司", ("m1", "m2"), (1, 2)), (4, "、信托公司、保险公司", ("m2", "m1"), (2, 1))]),
    # before one
    (BASE, [BASE.replace("银行、", "银行、保险公司、"), BASE.replace("银行、", "银行、信托公司、")],
     [(1, "保险公司、", ("m1",), ()), (2, "信托公司、", ("m2",), ()),
      (3, "保险公司、信托公司、", ("m1", "m2"), (1, 2)), (4, "信托公司、保险公司、", ("m2", "m1"), (2, 1))]),
    # a 款 each at the article's end
    ("第一款。\n第二款。", ["第一款。\n第二款。\n新款甲。", "第一款。\n第二款。\n新款乙。"],
     [(1, "\n新款甲。", ("m1",), ()), (2, "\n新款乙。", ("m2",), ()),
      (3, "\n新款甲。\n新款乙。", ("m1", "m2"), (1, 2)), (4, "\n新款乙。\n新款甲。", ("m2", "m1"), (2, 1))]),
    # an entry two members propose is theirs once: its supporters, in the combination too
    (BASE, [BASE.replace("证券公司", "证券公司、保险公司"), BASE.replace("证券公司", "证券公司、信托公司"),
            BASE.replace("证券公司", "证券公司、保险公司")],
     [(1, "、保险公司", ("m1", "m3"), ()), (2, "、信托公司", ("m2",), ()),
      (3, "、保险公司、信托公司", ("m1", "m3", "m2"), (1, 2)), (4, "、信托公司、保险公司", ("m2", "m1", "m3"), (2, 1))]),
    # an entry one proposes alone and another with one more: together they would write it twice
    (BASE, [BASE.replace("证券公司", "证券公司、保险公司"), BASE.replace("证券公司", "证券公司、保险公司、信托公司")],
     [(1, "、保险公司", ("m1",), ()), (2, "、保险公司、信托公司", ("m2",), ())]),
    # an entry inside another's (安全, 安全性): the same item twice
    (BASE, [BASE.replace("证券公司", "证券公司、安全"), BASE.replace("证券公司", "证券公司、安全性")],
     [(1, "、安全", ("m1",), ()), (2, "、安全性", ("m2",), ())]),
    # two new 项 numbered alike: no list of entries, and numbered on they would need renumbering
    ("下列行为：\n（一）甲；\n（二）乙。", ["下列行为：\n（一）甲；\n（二）乙；\n（三）丙。", "下列行为：\n（一）甲；\n（二）乙；\n（三）丁。"],
     [(1, "；\n（三）丙", ("m1",), ()), (2, "；\n（三）丁", ("m2",), ())]),
    # words that are no entries of a list: one or the other
    ("应当办理登记。", ["应当及时办理登记。", "应当依照规定办理登记。"],
     [(1, "及时", ("m1",), ()), (2, "依照规定", ("m2",), ())]),
])  # fmt: skip
def test_entries_put_in_at_one_point_are_offered_together_after_each_members_own(
        base: str, texts: list[str], alternatives: list[tuple[int, str, tuple[str, ...], tuple[int, ...]]]) -> None:  # fmt: skip
    assert _alternatives(base, *texts) == alternatives


def test_an_entry_both_propose_is_agreement_not_a_conflict() -> None:
    same = BASE.replace("证券公司", "证券公司、保险公司")
    m = merge(BASE, [Proposal("#1", same, ("acme",)), Proposal("#2", same, ("beta",))])
    assert ([(c.new, c.supporters) for c in m.changes], m.conflicts) == ([("、保险公司", ("acme", "beta"))], ())


@pytest.mark.parametrize(("count", "combinations"), [
    (3, [(4, "all 3, 1 then 2 then 3"), (5, "all 3, 1 then 3 then 2"), (6, "all 3, 2 then 1 then 3"),
         (7, "all 3, 2 then 3 then 1"), (8, "all 3, 3 then 1 then 2"), (9, "all 3, 3 then 2 then 1")]),
    # past three, one order: theirs (any other by the committee's own wording)
    (4, [(5, "all 4, 1 then 2 then 3 then 4")]),
])  # fmt: skip
def test_three_entries_are_offered_in_every_order_more_in_theirs(count: int, combinations: list[tuple[int, str]]) -> None:
    entries = ["保险公司", "信托公司", "基金公司", "期货公司"][:count]
    m = merge(BASE, [Proposal(f"#{n}", BASE.replace("证券公司", f"证券公司、{e}"), (f"m{n}",)) for n, e in enumerate(entries, 1)])
    (x,) = m.conflicts
    assert [a.number for a in x.proposed] == list(range(1, count + 1))
    assert [(a.number, a.label()) for a in x.alternatives if a.combines] == combinations
    assert all(a.text == "".join(f"、{entries[n - 1]}" for n in a.combines) for a in x.alternatives if a.combines)


def test_a_combination_says_what_it_combines_in_json_and_a_members_own_does_not() -> None:
    m = merge(BASE, [Proposal("#1", BASE.replace("证券公司", "证券公司、保险公司"), ("acme",)),
                     Proposal("#2", BASE.replace("证券公司", "证券公司、信托公司"), ("beta",))])  # fmt: skip
    alternatives = m.to_dict()["conflicts"][0]["alternatives"]  # type: ignore[index]
    assert alternatives == [
        {"number": 1, "text": "、保险公司", "supporters": ["acme"], "proposals": ["#1"]},
        {"number": 2, "text": "、信托公司", "supporters": ["beta"], "proposals": ["#2"]},
        {"number": 3, "text": "、保险公司、信托公司", "supporters": ["acme", "beta"], "proposals": ["#1", "#2"], "combines": [1, 2]},
        {"number": 4, "text": "、信托公司、保险公司", "supporters": ["beta", "acme"], "proposals": ["#2", "#1"], "combines": [2, 1]},
    ]  # fmt: skip
    assert Alternative(1, "、保险公司", ("acme",), ("#1",)).label() == ""


@pytest.mark.parametrize(("texts", "ok"), [
    (["、保险公司", "、信托公司"], True),
    (["、保险公司"], False),  # one alone is no combination
    (["、保险公司", "信托公司、"], False),  # one after an entry, one before: not at one list's point alike
    (["、保险公司", "及时"], False),
    (["、保险公司", "\n新款。"], False),
])  # fmt: skip
def test_combinable(texts: list[str], ok: bool) -> None:
    assert combinable(BASE, BASE.index("等"), texts) is ok


def _two_entries(consultation) -> None:  # type: ignore[no-untyped-def]
    for member, text in (("acme", LAWFUL), ("beta", THRIFT)):
        assert consultation("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第五条",
                            "--propose", text).exit_code == 0  # fmt: skip


def test_staff_choose_both_entries_in_their_order(consultation) -> None:  # type: ignore[no-untyped-def]
    _two_entries(consultation)
    merged = consultation("merge", "--draft", "ecommerce@1", "--article", "第五条")
    assert merged.exit_code == 0, merged.output
    assert merged.output.splitlines()[2:7] == [
        "  x1  conflict at one point, after 「公平、诚信」: UNRESOLVED",
        "        1) 「、守法」  [acme: #1]",
        "        2) 「、节约」  [beta: #2]",
        "        3) both, 1 then 2: 「、守法、节约」  [acme, beta: #1 #2]",
        "        4) both, 2 then 1: 「、节约、守法」  [beta, acme: #2 #1]",
    ]
    decided = consultation("decide", "--draft", "ecommerce@1", "--article", "第五条", "--choose", "x1:4",
                           "--reason", "两项都加")  # fmt: skip
    assert (decided.exit_code, decided.output) == (0, "decision #1: chose x1:4 on 第五条 (art_5) (两项都加)\n"
                                                      "  inserting 「、节约、守法」\n"
                                                      "  both, 2 then 1: 「、节约」 (beta), then 「、守法」 (acme)\n")  # fmt: skip
    merged = consultation("merge", "--draft", "ecommerce@1", "--article", "第五条")
    assert "  x1  conflict at one point, after 「公平、诚信」: resolved: alternative 4 (decision #1)" in merged.output
    assert "  position: 电子商务经营者从事经营活动，应当遵循自愿、平等、公平、诚信{+、节约+}{+、守法+}的原则，" in merged.output
    unit = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "第五条", "--format", "json").stdout)["units"][0]
    (x,) = unit["conflicts"]
    assert (x["chosen"], x["alternatives"][3]["combines"], x["alternatives"][3]["supporters"]) == (4, [2, 1], ["beta", "acme"])
    assert unit["position"] == ART5.replace("诚信的", "诚信、节约、守法的")
    # a number past the combinations
    wrong = consultation("decide", "--draft", "ecommerce@1", "--article", "第五条", "--choose", "x1:5")
    assert (wrong.exit_code, wrong.output) == (1, "Error: x1 of 第五条 (art_5) has alternatives 1-4 (or 0 for the draft's "
                                                  "wording); got '5'\n")  # fmt: skip


def test_both_entries_go_out_once_each_in_the_order_chosen_credited_to_their_members(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _two_entries(consultation)
    assert consultation("decide", "--draft", "ecommerce@1", "--article", "第五条", "--choose", "x1:3").exit_code == 0
    for layout in ("articles", "table"):
        out = tmp_path / f"{layout}.docx"
        made = consultation("export", "--draft", "ecommerce@1", "--layout", layout, "--attribute", "members", "-o", str(out))
        assert made.exit_code == 0, made.output
        with zipfile.ZipFile(out) as z:
            root = etree.fromstring(z.read("word/document.xml"))
        put_in = [("".join(t.text or "" for t in e.iter(f"{W}t")), e.get(f"{W}author")) for e in root.iter(f"{W}ins")]
        assert [(t, who) for t, who in put_in if t] == [("、守法", "ACME (China) Ltd."), ("、节约", "Beta GmbH")], layout
        article = next("".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")
                       if any(e.tag == f"{W}ins" for e in p.iter()))  # fmt: skip
        assert article.endswith(ART5.replace("诚信的", "诚信、守法、节约的")), layout
    md = tmp_path / "s.md"
    assert consultation("export", "--draft", "ecommerce@1", "--format", "md", "-o", str(md)).exit_code == 0
    text = md.read_text(encoding="utf-8")
    assert "诚信<ins>、守法</ins><ins>、节约</ins>的原则" in text
    assert "支持单位（增加“、守法”）：1家会员" in text and "支持单位（增加“、节约”）：1家会员" in text
    # the amendment instrument: one insertion, as the law would read it
    instrument = tmp_path / "a.docx"
    assert consultation("export", "--draft", "ecommerce@1", "--format", "amendment", "-o", str(instrument)).exit_code == 0
    with zipfile.ZipFile(instrument) as z:
        words = "".join(t.text or "" for t in etree.fromstring(z.read("word/document.xml")).iter(f"{W}t"))
    assert "一、在第五条中的“公平、诚信”后增加“、守法、节约”。" in words
    # the review page names the combination among the alternatives, and marks each entry with its member
    page = tmp_path / "r.html"
    assert consultation("export", "--draft", "ecommerce@1", "--format", "html", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert '<li class="chosen">两者并用（1→2）：「、守法、节约」（ACME (China) Ltd., Beta GmbH）</li>' in html
    assert '<ins class="rv-chosen" title="x1 · 选定方案3（决定#1） · ACME (China) Ltd.">、守法</ins>' in html
    # the tracking sheet: each member's wording chosen, with the combination that took it
    sheet = tmp_path / "t.csv"
    assert consultation("export", "--draft", "ecommerce@1", "--format", "csv", "-o", str(sheet)).exit_code == 0
    rows = sheet.read_text(encoding="utf-8-sig").splitlines()
    assert [r.split(",")[-4] for r in rows[1:3]] == ["x1 选定方案3（决定#1）"] * 2


def test_a_combination_chosen_holds_when_a_third_entry_arrives(consultation) -> None:  # type: ignore[no-untyped-def]
    _two_entries(consultation)
    assert consultation("decide", "--draft", "ecommerce@1", "--article", "第五条", "--choose", "x1:3").exit_code == 0
    assert consultation("member", "add", "gamma", "--org", "Gamma").exit_code == 0
    assert consultation("comment", "add", "--member", "gamma", "--draft", "ecommerce@1", "--at", "第五条",
                        "--propose", HONEST).exit_code == 0  # fmt: skip
    out = consultation("merge", "--draft", "ecommerce@1", "--article", "第五条").output.splitlines()
    # the three in every order offered (4 to 9), the two chosen kept after them: the choice stands, to review
    assert out[2] == "  x1  conflict at one point, after 「公平、诚信」: resolved: alternative 10 (decision #1); STALE: new alternative(s) since"
    assert out[12] == "        10) both, 1 then 2: 「、守法、节约」  [acme, beta: #1 #2]"
    assert out[13] == ("  warning: decision #1 on x1 of 第五条 was made before alternative(s) 3) 「、诚实」 [gamma] arrived; "
                       "it still applies: review it (decide again, or undo it)")  # fmt: skip
    assert "诚信{+、守法+}{+、节约+}的原则" in out[14]


def _next_reading(consultation, data: Path, tmp_path: Path, old: str, new: str):  # type: ignore[no-untyped-def]
    v2 = tmp_path / "v2.md"
    v2.write_text((data / "ecommerce-law.md").read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return consultation("draft", "add", str(v2), "--name", "ecommerce", "--version", "2", "--supersedes", "1")


def test_a_combination_chosen_is_carried_to_the_next_reading(consultation, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _two_entries(consultation)
    assert consultation("decide", "--draft", "ecommerce@1", "--article", "第五条", "--choose", "x1:4").exit_code == 0
    added = _next_reading(consultation, data, tmp_path, "国家鼓励发展电子商务新业态", "国家鼓励发展电子商务新业态和新模式")
    assert added.exit_code == 0 and "carried 1 decision(s); 0 more no longer apply (not carried)" in added.output, added.output
    merged = consultation("merge", "--draft", "ecommerce@2", "--article", "第五条").output
    assert "  x1  conflict at one point, after 「公平、诚信」: resolved: alternative 4 (decision #2)" in merged
    assert "诚信{+、节约+}{+、守法+}的原则" in merged


def test_an_entry_the_next_reading_made_leaves_the_rest_of_the_choice_accepted(consultation, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _two_entries(consultation)
    assert consultation("decide", "--draft", "ecommerce@1", "--article", "第五条", "--choose", "x1:3").exit_code == 0
    added = _next_reading(consultation, data, tmp_path, "诚信的原则", "诚信、守法的原则")
    assert added.exit_code == 0, added.output
    # beta's entry is still asked, beside the one the new version wrote (never orphaned as words it rewrote)
    assert "carried 2 comment(s) from ecommerce@1 to ecommerce@2 (0 quote(s) re-anchored approximately, 1 proposal(s) " \
           "re-based, 1 adopted), 0 orphaned" in added.output  # fmt: skip
    assert "  decision #1 (choose putting in 「、守法、节约」 on 第五条 (art_5)) carried in part: the new version wrote " \
           "「、守法」 of the entries chosen; the rest, 「、节约」, carried as accepted" in added.output  # fmt: skip
    merged = consultation("merge", "--draft", "ecommerce@2", "--article", "第五条").output
    assert "  c1  accepted (decision #2)  {+、节约+}  [beta]" in merged
    assert "诚信、守法{+、节约+}的原则" in merged
    report = consultation("adoption", "--draft", "ecommerce@2").output
    # each entry judged as it is: acme's made, beta's not; the committee's two changes, one made
    assert "  #1    acme      第五条 (art_5) → 第五条 (art_5)  adopted (now #3)" in report
    assert "committee position: 1 of 2 change(s) adopted (50%)" in report


def test_choosing_a_combination_in_the_reverse_order_of_what_the_next_reading_made_is_decided_again(
        consultation, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The new version wrote 、守法 where 节约 was chosen before it: where 节约 goes now is for staff."""
    _two_entries(consultation)
    assert consultation("decide", "--draft", "ecommerce@1", "--article", "第五条", "--choose", "x1:4").exit_code == 0
    added = _next_reading(consultation, data, tmp_path, "诚信的原则", "诚信、守法的原则")
    assert "  decision #1 (choose putting in 「、节约、守法」 on 第五条 (art_5)) no longer applies: the new version made " \
           "part of this change (it wrote 「、守法」 where 「、节约、守法」 was asked): decide what it left out again" in added.output  # fmt: skip
    assert "  c1  proposed                {+、节约+}  [beta]" in consultation("merge", "--draft", "ecommerce@2",
                                                                         "--article", "第五条").output  # fmt: skip
