"""Near-duplicate comments grouped per article (review/grouping.py, consultation/groups.py):
the pair rule on a table and on the labelled set, groups from a store, `comment list --grouped`
in text and JSON, and deciding a group at once (`decide --group-of`)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawcomment import load_consultation, load_draft, open_store
from lawcomment.consultation import near_groups
from lawcomment.review import group_comments, near_duplicates
from lawcomment.review.grouping import brief, wording_similarity
from lawcomment.review.redline import diff
from tests.conftest import DATA
from tests.near_pairs import judge, pairs

B31 = ("电子商务平台经营者应当记录、保存平台上发布的商品和服务信息、交易信息，并确保信息的完整性、保密性、可用性。"
       "商品和服务信息、交易信息保存时间自交易完成之日起不少于三年；法律、行政法规另有规定的，依照其规定。")  # fmt: skip
B24_1 = ("电子商务经营者应当明示用户信息查询、更正、删除以及用户注销的方式、程序，不得对用户信息查询、更正、删除以及"
         "用户注销设置不合理条件。")  # fmt: skip
B24_2 = ("电子商务经营者收到用户信息查询或者更正、删除的申请的，应当在核实身份后及时提供查询或者更正、删除用户信息。"
         "用户注销的，电子商务经营者应当立即删除该用户的信息；依照法律、行政法规的规定或者双方约定保存的，依照其规定。")  # fmt: skip
GUARDED = "网络服务提供者向成年人有偿提供服务的，应当在三十日内告知用户，并须经用户同意；营利性机构收取费用的期限不得超过三个月。"
EN = ("Operators shall act in a compliant manner and in a reasonable time, above the age of sixteen; the fifth use is "
      "prohibited.")  # fmt: skip
LETTER = ("尊敬的法制工作委员会：我是{}的{}，是一名个体网店店主。草案第二十四条要求经营者立即删除注销用户的信息，"
          "与税务等法律要求保存交易记录的规定冲突，建议改为在法定保存期限届满后删除。")  # fmt: skip


@pytest.mark.parametrize(("a", "b", "base", "same"), [
    # wordings, judged by the edits they make to the base
    (B31.replace("三年", "五年"), B31.replace("三年；", "五年;"), B31, True),  # punctuation only
    (B31.replace("三年", "五年"), B31.replace("三年", "五年").replace("信息的完整性", "信息完整性"), B31, True),  # 的
    (B31.replace("三年", "五年"), B31.replace("三年", "二年"), B31, False),  # another number
    (B31.replace("可用性。", "可用性和可追溯性。"), B31.replace("可用性。", "可用性及可追溯性。"), B31, True),  # 和/及
    (B31.replace("可用性。", "可用性和可追溯性。"), B31.replace("可用性。", "可用性和真实性。"), B31, False),
    (B31.replace("应当记录", "应当及时记录"), B31.replace("应当记录", "可以记录"), B31, False),  # a modal verb
    (B31, B31.replace("。商品", "。 商品"), B31, True),  # neither changes a word
    ("Records shall be kept for 5 years.", "Records shall be kept for five years.", "Records shall be kept for 3 years.", True),
    ("Records shall be kept for 5 years.", "Records may be kept for 5 years.", "Records shall be kept for 3 years.", False),
    # remarks, judged as texts
    ("支持本条。", "支持本条！", None, True),
    ("支持本条", "反对本条", None, False),  # short: 0.75 similar, under the short texts' 0.9
    (LETTER.format("北京市朝阳区", "张伟"), LETTER.format("上海市浦东新区", "李娜"), None, True),  # a campaign copy
    (LETTER.format("北京市朝阳区", "张伟"), LETTER.format("北京市朝阳区", "张伟").replace("届满后", "届满前"), None, False),  # 后/前: the opposite
    (LETTER.format("北京市朝阳区", "张伟"), LETTER.format("北京市朝阳区", "张伟").replace("建议改为", "不建议改为"), None, False),
    # a campaign letter's signature: places and names with numerals or 无/未/必, and its date
    (LETTER.format("四川省成都市", "陈一鸣"), LETTER.format("江苏省无锡市", "李未央"), None, True),
    (LETTER.format("北京市朝阳区", "张伟") + "2026年11月3日", LETTER.format("北京市朝阳区", "张伟") + "二〇二六年十一月九日",
     None, True),
    (LETTER.format("北京市朝阳区", "张伟").replace("建议", "建议在三十日内"),
     LETTER.format("北京市朝阳区", "张伟").replace("建议", "建议在六十日内"), None, False),  # a period with its unit
    (B31.replace("三年", "五年"), B31.replace("三年", "5年"), B31, True),  # the same number in figures
    ("注销程序应有明确期限", "注销程序应当有明确的期限", None, True),  # 应 and 应当 are one word
    ("注销程序应有明确期限", "注销程序无须明确期限", None, False),
    ("We support this article, but 'timely' should be defined.", "We support this article, but 'timely' should not be "
     "defined.", None, False),  # fmt: skip
    ("Dear Committee, I am John Smith of Leeds. The retention period of Article 31 is a heavy burden for small "
     "platforms like mine; please leave it to the State Council.", "Dear Committee, I am Mary Jones of Bristol. The "
     "retention period of Article 31 is a heavy burden for small platforms like mine; please leave it to the State "
     "Council.", None, True),
    ("Dear Committee, I am John Smith of Leeds and I oppose Article 31.",  # the names are a third of it
     "Dear Committee, I am Mary Jones of Bristol and I oppose Article 31.", None, False),
    # a word of law changed beside an edit both make: a character of a wording is enough
    *[(GUARDED.replace("告知用户", "告知用户收费标准"), GUARDED.replace("告知用户", "告知用户收费标准").replace(old, new),
       GUARDED, False) for old, new in (("有偿", "无偿"), ("向成年人", "向未成年人"), ("须经", "可经"), ("营利性", "非营利性"),
                                       ("三个月", "三年"), ("三十日", "三十个工作日"))],
    (GUARDED.replace("告知用户", "告知用户收费标准和方式"), GUARDED.replace("告知用户", "告知用户收费标准或者方式"), GUARDED, False),
    (GUARDED.replace("告知用户", "告知用户收费标准、方式"), GUARDED.replace("告知用户", "告知用户收费标准或者方式"), GUARDED, True),
    *[(EN.replace("reasonable", "fair and reasonable"), EN.replace("reasonable", "fair and reasonable").replace(old, new),
       EN, False) for old, new in (("above", "below"), ("prohibited", "permitted"), ("fifth", "sixth"),
                                   ("fair and", "fair or"), ("a compliant", "a noncompliant"))],
    # one content word put in another's place, however small the change: a different proposal
    *[(B31.replace("可用性。", f"可用性。{x}"), B31.replace("可用性。", f"可用性。{y}"), B31, False) for x, y in (
        ("保存期限届满后，应当删除相关信息。", "保存期限届满前，应当删除相关信息。"),
        ("违反前款规定的，从重处罚。", "违反前款规定的，从轻处罚。"),
        ("经营者应当承担民事责任。", "经营者应当承担刑事责任。"),
        ("县级以上地方人民政府应当加强监督。", "省级以上地方人民政府应当加强监督。"),
        ("平台经营者应当公示并且报送有关部门备案。", "平台经营者应当公示或者报送有关部门备案。"))],
    # a function word next to a number changes no number; 内 and 以内 are one word
    *[(B31.replace("可用性。", f"可用性。{x}"), B31.replace("可用性。", f"可用性。{y}"), B31, True) for x, y in (
        ("平台经营者应当在三十日内告知用户变更事项。", "平台经营者应当于三十日内告知用户变更事项。"),
        ("平台经营者应当在三十日内告知用户变更事项。", "平台经营者应当在三十日以内告知用户变更事项。"))],
    # in a remark a number counts with its unit, in a range, before 以上 or after 分之
    *[(LETTER.format("北京市朝阳区", "张伟") + x, LETTER.format("北京市朝阳区", "张伟") + y, None, False) for x, y in (
        ("罚款比例建议为百分之五。", "罚款比例建议为百分之十。"), ("保存期限建议调整为三至五年。", "保存期限建议调整为一至五年。"),
        ("建议对违法者处一万以上罚款。", "建议对违法者处二万以上罚款。"), ("建议改为六十日。", "建议改为三十日。"))],
    # a short last sentence that takes a position is no signature: its numbers, negations and opposites count
    *[(LETTER.format("北京市朝阳区", "张伟") + x, LETTER.format("北京市朝阳区", "张伟") + y, None, False) for x, y in (
        ("我认为一年足够。", "我认为五年足够。"), ("此条可行。", "此条不可行。"), ("我们同意。", "我们不同意。"),
        ("理由：三年太长。", "理由：三年太短。"), ("罚款过高。", "罚款过低。"), ("罚款为三分之一。", "罚款为五分之一。"))],
    # nor is a last line that states a stance, or a labelled one that is no contact's
    *[(LETTER.format("北京市朝阳区", "张伟") + x, LETTER.format("北京市朝阳区", "张伟") + y, None, False) for x, y in (
        ("\n同意\n张三", "\n反对\n李四"), ("\n意见：赞同\n张三", "\n意见：不赞同\n张三"), ("\n结论：保留", "\n结论：取消"))],
    ("Dear Committee, the retention period is a heavy burden for small platforms.\nThank you for removing it",
     "Dear Committee, the retention period is a heavy burden for small platforms.\nThank you for keeping it", None, False),
    ("Dear Committee, the retention period is a heavy burden for small platforms.\nPosition: acceptable\nJohn Smith",
     "Dear Committee, the retention period is a heavy burden for small platforms.\nPosition: unacceptable\nJohn Smith",
     None, False),
    (LETTER.format("北京市朝阳区", "张伟") + "\n联系电话：13800000000\n张伟",
     LETTER.format("北京市朝阳区", "张伟") + "\n联系电话：13900000000\n李娜", None, True),
    ("Dear Committee, the retention period is a heavy burden for small platforms. This is fair.",
     "Dear Committee, the retention period is a heavy burden for small platforms. This is unfair.", None, False),
    ("Dear Committee, I think the fee is undue here and should go.",
     "Dear Committee, I think the fee is due here and should go.", None, False),
    *[(B31.replace("可用性。", f"可用性。{x}"), B31.replace("可用性。", f"可用性。{y}"), B31, False) for x, y in (
        ("平台经营者应当承担全部责任。", "平台经营者应当承担部分责任。"),
        ("应当公示并报送有关部门备案。", "应当公示或者报送有关部门备案。"))],
    # a letter's signature (after its last sentence, short, proposing nothing) says nothing of its own
    *[(LETTER.format("北京市朝阳区", "张伟") + x, LETTER.format("北京市朝阳区", "张伟") + y, None, True) for x, y in (
        ("\n张伟\n11月3日", "\n李娜\n11月9日"), ("张伟2026年11月3日", "李娜2026年11月9日"),
        ("\n2026年11月3日\n联系电话：13800000000", "\n2026年11月9日\n联系电话：13900000000"),
        ("（2026年11月3日）", "（2026年11月9日）"), ("\n2026年11月3日于北京", "\n2026年11月9日于上海"),
        ("以上意见，供参考。", ""), ("\n张伟（50岁）", "\n李娜（32岁）"), ("\n某某县第一人民医院", "\n某某县第二人民医院"))],
    ("Dear Committee, the retention period of Article 31 is a heavy burden for small platforms like mine; please leave "
     "it to the State Council. Yours sincerely, John Smith, 3 November 2026", "Dear Committee, the retention period of "
     "Article 31 is a heavy burden for small platforms like mine; please leave it to the State Council. Yours "
     "sincerely, Mary Jones, November 9, 2026", None, True),
    ("Dear Committee, the retention period of Article 31 is too short for consumers. Please extend it to five years.",
     "Dear Committee, the retention period of Article 31 is too short for consumers. Please extend it to ten years.",
     None, False),
    ("Dear Committee, the retention period of Article 31 is a heavy burden; please put the period into the State "
     "Council's regulations.", "Dear Committee, the retention period of Article 31 is a heavy burden; please put the "
     "period to the State Council's regulations.", None, True),  # into and to: no negating prefix
    # in a remark a date is folded only where it signs the letter; numbers count only with their unit
    ("建议本法自2026年1月1日起施行。", "建议本法自2027年1月1日起施行。", None, False),
    (LETTER.format("北京市朝阳区", "张伟") + "（来信编号0012）", LETTER.format("北京市朝阳区", "张伟") + "（来信编号0047）", None, True),
    (LETTER.format("北京市朝阳区", "张伟").replace("建议", "建议第24条"),
     LETTER.format("北京市朝阳区", "张伟").replace("建议", "建议第25条"), None, False),
])  # fmt: skip
def test_pair_rule(a: str, b: str, base: str | None, same: bool) -> None:
    assert near_duplicates(a, b, base) is same
    assert near_duplicates(b, a, base) is same


def test_a_copy_that_differs_in_its_signatures_date_is_no_trivial_variant(consultation) -> None:  # type: ignore[no-untyped-def]
    """Trivial means "only function words differ": a date folded to compare campaign letters is
    not one, and the variant's redline shows it."""
    letter = LETTER.format("北京市朝阳区", "张伟")
    for n, text in enumerate((letter + "\n2026年11月3日", letter + "\n2026年11月9日",
                            letter.replace("的规定", "规定") + "\n2026年11月3日")):
        assert consultation("member", "add", f"c{n}").exit_code == 0
        assert consultation("comment", "add", "--member", f"c{n}", "--draft", "ecommerce@1", "--at", "第二十四条",
                            "--stance", "oppose", "--reason", text).exit_code == 0  # fmt: skip
    doc = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--grouped", "--format", "json").output)
    (group,) = doc["groups"]
    assert [(v["comments"], v["trivial"]) for v in group["variants"]] == [([2], False), ([3], True)]


def test_wording_similarity_weighs_the_edits_not_the_texts() -> None:
    # the texts are 98% alike, but the edits (三→五, 三→二) share nothing but their place
    assert wording_similarity(B31, B31.replace("三年", "五年"), B31.replace("三年", "二年")) == 0.5
    assert wording_similarity(B31, B31.replace("三年", "五年"), B31.replace("三年；", "五年;")) == 1.0


def test_labelled_set_precision_and_recall() -> None:
    """Loosely: the benchmark prints the figures (targets 0.95 and 0.9); a change of rule that
    costs much of either fails here."""
    labelled = list(pairs())
    assert len(labelled) >= 300
    assert {p[5] for p in labelled} >= {"campaign", "paraphrase", "trivial", "different"}
    assert any(p[3] is None and "Dear" in p[1] for p in labelled) and any(p[3] and "E-commerce" in p[3] for p in labelled)
    judged = [(p[4], judge(p)) for p in labelled]
    tp = sum(1 for same, j in judged if same and j)
    precision = tp / sum(1 for _, j in judged if j)
    recall = tp / sum(1 for same, _ in judged if same)
    assert precision >= 0.93 and recall >= 0.9, (precision, recall)


def test_brief_keeps_context_around_each_change() -> None:
    red = diff(B31, B31.replace("三年", "五年").replace("信息的完整性", "信息完整性"))
    assert brief(red) == "…交易信息，并确保信息[-的-]完整性、保密性、可用…交易完成之日起不少于[-三-]{+五+}年；法律、行政法规另…"


@pytest.fixture
def campaign(consultation):  # type: ignore[no-untyped-def]
    """The 电子商务法 with near-duplicate proposals on 第三十一条 and 第二十四条, a letter campaign on
    第二十四条 and two supports of 第十七条."""
    run = consultation
    for m in ("m3", "m4", "m5", "m6"):
        assert run("member", "add", m, "--org", m.upper()).exit_code == 0
    adds = [
        ("acme", "第三十一条", ["--propose", B31.replace("三年", "五年"), "--reason", "三年过短"]),  # 1
        ("beta", "第三十一条", ["--propose", B31.replace("三年；", "五年;")]),  # 2: the same, repunctuated
        ("m3", "第三十一条", ["--propose", B31.replace("三年", "五年").replace("信息的完整性", "信息完整性")]),  # 3
        ("m4", "第三十一条", ["--propose", B31.replace("；法律、行政法规另有规定的，依照其规定", "")]),  # 4: another edit
        ("acme", "第二十四条第一款", ["--propose", B24_1.replace("不合理条件", "不合理条件或者收取费用")]),  # 5
        ("beta", "第二十四条", ["--propose", B24_1.replace("不合理条件", "不合理的条件或者收取费用") + "\n" + B24_2]),  # 6
        ("m3", "第二十四条", ["--stance", "oppose", "--reason", LETTER.format("北京市朝阳区", "张伟")]),  # 7
        ("m4", "第二十四条", ["--stance", "oppose", "--reason", LETTER.format("上海市浦东新区", "李娜")]),  # 8
        ("m5", "第二十四条", ["--stance", "oppose", "--reason", LETTER.format("广州市天河区", "王芳")]),  # 9
        ("m6", "第二十四条", ["--stance", "oppose", "--reason", "建议删去第二款。"]),  # 10
        ("acme", "第十七条", ["--stance", "support", "--reason", "支持本条。"]),  # 11
        ("beta", "第十七条", ["--stance", "support", "--reason", "支持本条！"]),  # 12
    ]
    for n, (member, at, extra) in enumerate(adds, 1):
        result = run("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", at, *extra)
        assert result.exit_code == 0 and f"added comment #{n} " in result.output, result.output
    return run


def test_groups_from_the_store(campaign) -> None:  # type: ignore[no-untyped-def]
    with open_store(campaign.db, "tester") as store:
        groups = near_groups(store, store.get_draft("ecommerce@1"))
    assert [(g.id, g.article, g.kind, g.comments, g.copies) for g in groups] == [
        ("g11", "art_17", "support", (11, 12), (11, 12)),
        ("g5", "art_24", "wording", (5, 6), (5,)),  # one on the 款, one on the article: the same edit
        ("g7", "art_24", "oppose", (7, 8, 9), (7,)),
        ("g1", "art_31", "wording", (1, 2, 3), (1, 2)),
    ]
    g1 = groups[-1]
    assert g1.text == B31.replace("三年", "五年") and g1.members == ("acme", "beta", "m3") and g1.size == 3
    (variant,) = g1.variants
    assert variant.comments == (3,) and brief(variant.redline) == "…交易信息，并确保信息[-的-]完整性、保密性、可用…"
    assert variant.similarity == pytest.approx(1 - 1 / (2 + 3))
    g7 = groups[2]
    assert [brief(v.redline) for v in g7.variants] == ["…法制工作委员会：我是[-北京市朝阳区的张伟-]{+上海市浦东新区的李娜+}，是一名个体网店店主…",
                                                       "…法制工作委员会：我是[-北京市朝阳区的张伟-]{+广州市天河区的王芳+}，是一名个体网店店主…"]  # fmt: skip


def test_withdrawn_comments_leave_their_group(campaign) -> None:  # type: ignore[no-untyped-def]
    assert campaign("comment", "withdraw", "12").exit_code == 0
    with open_store(campaign.db, "tester") as store:
        ids = [g.id for g in near_groups(store, store.get_draft("ecommerce@1"))]
    assert ids == ["g5", "g7", "g1"]


def test_list_grouped_text(campaign) -> None:  # type: ignore[no-untyped-def]
    result = campaign("comment", "list", "--draft", "ecommerce@1", "--grouped", "--article", "31")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].startswith("g1 ×3  第三十一条  acme +2  wording") and lines[1].endswith("  …交易完成之日起不少于[-三-]{+五+}年；法律、行政…")
    assert lines[2:4] == ["    = #1, #2: the representative's words",
                          "    ≈ #3 (0.80, function words only): …交易信息，并确保信息[-的-]完整性、保密性、可用…"]  # fmt: skip
    # a wording on its own shows its edit too, not the opening words every wording of the article shares
    assert lines[4].split()[:3] == ["#4", "第三十一条", "m4"] and lines[4].endswith("…完成之日起不少于三年[-；法律、行政法规另有规定…")
    assert lines[-1] == "4 comment(s) listed: 3 in 1 group(s) of near-duplicates (3 comment(s) in those groups), 1 on their own"


def test_list_grouped_follows_the_filters(campaign) -> None:  # type: ignore[no-untyped-def]
    """A filter picks the groups that hold a listed comment; each is shown whole."""
    result = campaign("comment", "list", "--draft", "ecommerce@1", "--grouped", "--member", "m3")
    assert result.exit_code == 0, result.output
    assert [line.split()[0] for line in result.output.splitlines()[1:] if not line.startswith("    ")][:-1] == ["g7", "g1"]
    assert result.output.splitlines()[-1] == ("2 comment(s) listed: 2 in 2 group(s) of near-duplicates (6 comment(s) in "
                                              "those groups), 0 on their own")  # fmt: skip


def test_list_grouped_json(campaign) -> None:  # type: ignore[no-untyped-def]
    result = campaign("comment", "list", "--draft", "ecommerce@1", "--grouped", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["schema"] == "lawcomment.groups/1" and doc["draft"] == "ecommerce@1"
    assert [g["id"] for g in doc["groups"]] == ["g11", "g5", "g7", "g1"]
    g1 = doc["groups"][-1]
    assert {k: g1[k] for k in ("article", "eid", "kind", "lang", "size", "representative", "comments", "members")} == {
        "article": "art_31", "eid": "art_31", "kind": "wording", "lang": "zh", "size": 3, "representative": 1,
        "comments": [1, 2, 3], "members": ["acme", "beta", "m3"]}  # fmt: skip
    assert g1["variants"] == [{"comments": [3], "text": B31.replace("三年", "五年").replace("信息的完整性", "信息完整性"),
                               "similarity": 0.8, "trivial": True, "redline": {"ops": [{"op": "delete", "text": "的", "start": 40, "end": 41,
                                                                       "new_start": 40, "new_end": 40}],
                                                              "whole": False, "reason": ""}}]  # fmt: skip
    assert [c["id"] for c in doc["ungrouped"]] == [10, 4]  # in article order


def test_the_review_page_and_the_consultation_json_show_each_group(campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The review page shows each article's groups above its comments (size, members,
    representative redlined against the draft, each variant's difference), and says which were
    decided at once; the consultation JSON gives them per unit, with those decisions."""
    page, doc = tmp_path / "r.html", tmp_path / "c.json"

    def exported() -> tuple[str, dict[str, object]]:
        for fmt, out in (("html", page), ("json", doc)):
            assert campaign("export", "--draft", "ecommerce@1", "--format", fmt, "-o", str(out)).exit_code == 0
        (item,) = [p for p in json.loads(doc.read_text(encoding="utf-8"))["positions"] if p["eid"] == "art_31"]
        (group,) = item["near_duplicates"]
        return page.read_text(encoding="utf-8"), group

    html, group = exported()
    assert ('<div class="near-group" id="art_31-g1"><p><b>g1：3条近似意见，来自ACME (China) Ltd.、Beta GmbH、M3；代表意见#1'
            '</b> <span class="muted">修改建议</span></p>') in html  # fmt: skip
    assert "不少于<del>三年</del><ins>五年</ins>" in html and "<li>#1、#2：与代表意见相同</li>" in html
    assert "<li>#3 (0.80, 仅虚词不同)：…息、交易信息，并确保信息<del>的</del>完整性、保密性、可用性。…</li>" in html
    assert '<div class="near-group" id="art_24-g7">' in html  # the letter campaign on 第二十四条
    assert (group["id"], group["comments"], group["members"], group["decisions"]) == ("g1", [1, 2, 3],
                                                                                     ["acme", "beta", "m3"], [])
    assert campaign("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "g1").exit_code == 0
    html, group = exported()
    assert '修改建议</span> <span class="decided">已整组决定（决定#1、#2）</span></p>' in html
    assert group["decisions"] == [1, 2]
    assert campaign("decide", "--draft", "ecommerce@1", "--undo", "2").exit_code == 0
    assert exported()[1]["decisions"] == [1]


def test_decide_a_group_takes_its_representatives_wording(campaign) -> None:  # type: ignore[no-untyped-def]
    result = campaign("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "3", "--reason", "多家会员一致意见")
    assert result.exit_code == 0, result.output
    merged = json.loads(campaign("merge", "--draft", "ecommerce@1", "--article", "31", "--format", "json").stdout)
    (unit,) = merged["units"]
    states = {(c["old"], c["new"]): c["state"] for c in unit["changes"]}
    assert states == {("三", "五"): "accepted", ("的", ""): "rejected",  # the variant's own difference
                      ("；法律、行政法规另有规定的，依照其规定", ""): "proposed"}  # outside the group: untouched  # fmt: skip
    # m4's change, still undecided, stays in the position as proposed
    assert unit["position"] == B31.replace("三年", "五年").replace("；法律、行政法规另有规定的，依照其规定", "")
    assert result.output.splitlines()[-1] == ("decided the group of #3 (g1, 3 comment(s) from acme, beta, m3) on 第三十一条: "
                                             "1 accepted, 1 rejected; 0 already decided; nothing left to decide one by one")  # fmt: skip


def test_the_submission_credits_every_member_of_a_group_taken(campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """m3's copy differed in a 的, which the group decision rejects; m3 still supports the wording
    that goes out, and the submission says so."""
    assert campaign("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "1").exit_code == 0
    out = tmp_path / "c.json"
    assert campaign("export", "--draft", "ecommerce@1", "--format", "json", "-o", str(out)).exit_code == 0
    (item,) = [p for p in json.loads(out.read_text(encoding="utf-8"))["positions"] if p["eid"] == "art_31"]
    assert item["supporters"] == ["acme", "beta", "m3"]
    md = tmp_path / "s.md"
    assert campaign("export", "--draft", "ecommerce@1", "--format", "md", "-o", str(md)).exit_code == 0
    assert "支持单位：3家会员" in md.read_text(encoding="utf-8")  # not 2: m3 counts


def test_the_credit_reaches_every_format_and_follows_the_group_as_it_stands(consultation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """w2's copy says 或 where the group says 或者: its alternative is not the one taken, yet w2
    supports the words that go out, in the JSON and in the 支持单位 line of the .md and the .docx.
    When w1 withdraws its copy, w1 is no longer credited."""
    for n, text in enumerate((OR, OR, OR.replace("或者", "或"))):
        assert consultation("member", "add", f"w{n}", "--org", f"W{n}公司").exit_code == 0
        assert consultation("comment", "add", "--member", f"w{n}", "--draft", "ecommerce@1", "--at", "第三十一条",
                            "--propose", text).exit_code == 0  # fmt: skip
    assert consultation("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "1").exit_code == 0

    def credited() -> tuple[list[str], str, str]:
        out, md = tmp_path / "c.json", tmp_path / "s.md"
        for fmt, path in (("json", out), ("md", md)):
            assert consultation("export", "--draft", "ecommerce@1", "--format", fmt, "--attribute", "members",
                                "-o", str(path)).exit_code == 0  # fmt: skip
        (item,) = [p for p in json.loads(out.read_text(encoding="utf-8"))["positions"] if p["eid"] == "art_31"]
        lines = [line for line in md.read_text(encoding="utf-8").splitlines() if line.startswith("支持单位")]
        with open_store(consultation.db, "tester") as store:
            view = load_consultation(store, "ecommerce@1")
        (it,) = [i for i in view.items if i.eid == "art_31"]
        return item["supporters"], " / ".join(lines), ",".join(w for c in it.submitted_changes for w in c.supporters)

    assert credited() == (["w0", "w1", "w2"], "支持单位：W0公司、W1公司、W2公司", "w0,w1,w2")
    assert consultation("comment", "withdraw", "2").exit_code == 0
    assert credited() == (["w0", "w2"], "支持单位：W0公司、W2公司", "w0,w2")


def test_reject_a_group_and_what_it_leaves(campaign) -> None:  # type: ignore[no-untyped-def]
    # m5 asks for the same 五年 and its own extra word: the 三→五 change is shared with it
    extra = B31.replace("三年", "五年").replace("应当记录", "应当完整记录")
    assert campaign("comment", "add", "--member", "m5", "--draft", "ecommerce@1", "--at", "第三十一条",
                    "--propose", extra).exit_code == 0  # fmt: skip
    result = campaign("decide", "--draft", "ecommerce@1", "--reject-all", "--group-of", "1")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        "decided the group of #1 (g1, 3 comment(s) from acme, beta, m3) on 第三十一条: 0 accepted, 1 rejected; "
        "0 already decided; left to decide one by one: c3 of art_31")  # fmt: skip


def test_a_conflict_between_the_groups_own_wordings_is_settled_for_the_representative(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    assert run("member", "add", "m3").exit_code == 0
    for member, text in (("acme", "可用性和可追溯性。"), ("beta", "可用性和可追溯性。"), ("m3", "可用性及可追溯性。")):
        assert run("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第三十一条",
                   "--propose", B31.replace("可用性。", text)).exit_code == 0  # fmt: skip
    result = run("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "3")
    assert result.exit_code == 0, result.output
    assert "decision #1: chose x1:1 on 第三十一条 (art_31)" in result.output
    merged = json.loads(run("merge", "--draft", "ecommerce@1", "--article", "31", "--format", "json").stdout)
    assert merged["units"][0]["position"] == B31.replace("可用性。", "可用性和可追溯性。")


@pytest.mark.parametrize(("args", "message"), [
    (["--accept-all", "--group-of", "4"], "Error: comment #4 on 第三十一条 has no near-duplicates (`lawcomment comment "
                                          "list --draft ecommerce@1 --grouped` lists the groups)"),
    (["--accept-all", "--group-of", "8"], "Error: the group of comment #8 holds oppose remarks, not wordings of the draft: "
                                          "there is nothing to accept or reject (forward a remark with `lawcomment comment "
                                          "forward`)"),
    (["--accept-all", "--group-of", "99"], "Error: no comment #99"),
    (["--accept-all", "--group-of", "g99"], "Error: no comment #99"),
    (["--group-of", "1"], "Error: --group-of goes with --accept-all or --reject-all"),
    (["--accept-all", "--group-of", "1", "--member", "acme"], "Error: --group-of goes alone with --accept-all or --reject-all"),
])  # fmt: skip
def test_group_decision_errors(campaign, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = campaign("decide", "--draft", "ecommerce@1", *args)
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == message


def test_group_of_takes_a_group_name_or_a_comment_with_its_hash(campaign) -> None:  # type: ignore[no-untyped-def]
    for value in ("g1", "#2"):
        result = campaign("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", value)
        assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].endswith(": 0 accepted, 0 rejected; 2 already decided; nothing left to decide "
                                                   "one by one")  # fmt: skip
    bad = campaign("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "gx")
    assert bad.exit_code == 2 and bad.output.splitlines()[-1] == (
        "Error: Invalid value for '--group-of': 'gx' is neither a comment id (12, #12) nor a group (g12)")


def test_a_group_named_as_it_was_listed_must_still_be_that_group(campaign) -> None:  # type: ignore[no-untyped-def]
    """m5 and m6 send m3's wording (one 的 less): it now has most copies, and the group is g3. A
    decision on g1, as it was listed before, is refused; one on a comment of the group is not."""
    for member in ("m5", "m6"):
        assert campaign("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第三十一条", "--propose",
                        B31.replace("三年", "五年").replace("信息的完整性", "信息完整性")).exit_code == 0  # fmt: skip
    stale = campaign("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "g1")
    assert stale.exit_code == 1 and stale.output.strip() == (
        "Error: there is no group g1 any more: comment #1 is in g3 now, of 5 comment(s) from m3, m5, m6, acme, beta "
        "(`lawcomment comment list --draft ecommerce@1 --grouped` lists the groups as they stand)")
    with open_store(campaign.db, "tester") as store:
        assert store.decisions("ecommerce@1") == []
    taken = campaign("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "1")
    assert taken.exit_code == 0 and "(g3, 5 comment(s) from m3, m5, m6, acme, beta)" in taken.output, taken.output


def test_a_withdrawn_comment_is_in_no_group(campaign) -> None:  # type: ignore[no-untyped-def]
    assert campaign("comment", "withdraw", "3").exit_code == 0
    result = campaign("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "3")
    assert result.exit_code == 1 and result.output.strip() == (
        "Error: comment #3 is withdrawn: it takes part in no group (`lawcomment comment show 3`)")


def test_taking_a_groups_wording_chooses_it_over_an_outsiders(campaign) -> None:  # type: ignore[no-untyped-def]
    """m5 wants 二年 where the group wants 五年: a conflict. Taking the group's wording chooses its
    alternative; rejecting the group leaves the conflict to decide by hand, and a settled one
    is counted as decided, never listed as left."""
    assert campaign("comment", "add", "--member", "m5", "--draft", "ecommerce@1", "--at", "第三十一条",
                    "--propose", B31.replace("三年", "二年")).exit_code == 0  # fmt: skip
    rejected = campaign("decide", "--draft", "ecommerce@1", "--reject-all", "--group-of", "1")
    assert rejected.output.splitlines()[-1].endswith("1 rejected; 0 already decided; left to decide one by one: x1 of art_31")
    undone = campaign("decide", "--draft", "ecommerce@1", "--undo", "1")  # no --article: the decision knows its unit
    assert undone.exit_code == 0 and undone.output == "undid decision #1 (reject) on 第三十一条 (art_31)\n", undone.output
    taken = campaign("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "1")
    assert taken.exit_code == 0, taken.output
    assert "decision #2: rejected c" in taken.output and "decision #3: chose x1:1 on 第三十一条 (art_31)" in taken.output
    assert taken.output.splitlines()[-1].endswith(
        ": 0 accepted, 1 rejected, 1 conflict(s) settled; 0 already decided; nothing left to decide one by one")
    merged = json.loads(campaign("merge", "--draft", "ecommerce@1", "--article", "31", "--format", "json").stdout)
    assert "不少于五年" in merged["units"][0]["position"]
    again = campaign("decide", "--draft", "ecommerce@1", "--reject-all", "--group-of", "1")
    assert again.output.splitlines()[-1].endswith("0 rejected; 2 already decided; nothing left to decide one by one")


def test_a_large_campaign_lists_five_variants_and_counts_the_rest(consultation) -> None:  # type: ignore[no-untyped-def]
    names = ["张伟", "李娜", "王芳", "刘洋", "陈静", "赵磊", "孙丽", "周强", "吴敏"]
    for n, name in enumerate(names):
        assert consultation("member", "add", f"c{n}").exit_code == 0
        assert consultation("comment", "add", "--member", f"c{n}", "--draft", "ecommerce@1", "--at", "第二十四条",
                            "--stance", "oppose", "--reason", LETTER.format("四川省成都市", name)).exit_code == 0  # fmt: skip
    listed = consultation("comment", "list", "--draft", "ecommerce@1", "--grouped").output.splitlines()
    assert listed[1].startswith("g1 ×9") and sum(line.startswith("    ≈ ") for line in listed) == 5
    assert listed[8] == "    … 3 more variant(s) from 3 comment(s) (#7, #8, #9); --full lists them"
    full = consultation("comment", "list", "--draft", "ecommerce@1", "--grouped", "--full").output.splitlines()
    assert sum(line.startswith("    ≈ ") for line in full) == 8


OR = B31.replace("商品和服务信息、交易信息，", "商品和服务信息或者交易信息，")


@pytest.mark.parametrize(("wordings", "position"), [
    # 或者 and 或 are one word to the rule, but two wordings to the merge: the representative's is taken,
    # the other is a variant (never accepted beside it, which would write 或网络网络)
    ([OR, OR.replace("或者", "或")], OR),
    # the representative leaves a spot alone where two variants insert different particles: the draft's stays
    ([B31.replace("三年", "五年"), B31.replace("三年", "五年"), B31.replace("三年", "五年").replace("保存时间", "的保存时间"),
      B31.replace("三年", "五年").replace("保存时间", "之保存时间")], B31.replace("三年", "五年")),
])  # fmt: skip
def test_taking_a_group_writes_exactly_the_representatives_wording(consultation, wordings: list[str],
                                                                    position: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    for n, text in enumerate(wordings):
        assert consultation("member", "add", f"w{n}").exit_code == 0
        assert consultation("comment", "add", "--member", f"w{n}", "--draft", "ecommerce@1", "--at", "第三十一条",
                            "--propose", text).exit_code == 0  # fmt: skip
    result = consultation("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "1")
    assert result.exit_code == 0 and result.output.splitlines()[-1].endswith("nothing left to decide one by one"), result.output
    merged = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "31", "--format", "json").stdout)
    assert merged["units"][0]["position"] == position


def test_a_members_other_edit_in_the_article_is_not_the_groups(consultation) -> None:  # type: ignore[no-untyped-def]
    """acme proposes 五年 on the article and, separately, another wording of 第二十四条's first 款;
    the merge combines acme's proposals on 第二十四条 only, so use 第三十一条 with two units: the
    group decision touches the group's edits and nothing else of acme's."""
    b24 = B24_1 + "\n" + B24_2
    assert consultation("member", "add", "m3").exit_code == 0
    for member, at, text in (("acme", "第二十四条第一款", B24_1.replace("不合理条件", "不合理条件或者收取费用")),
                             ("beta", "第二十四条", b24.replace("不合理条件", "不合理条件或收取费用")),
                             ("acme", "第二十四条第二款", B24_2.replace("立即删除", "及时删除"))):  # fmt: skip
        assert consultation("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", at,
                            "--propose", text).exit_code == 0  # fmt: skip
    result = consultation("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "1")
    assert result.exit_code == 0, result.output
    merged = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "24", "--format", "json").stdout)
    states = {c["new"]: c["state"] for c in merged["units"][0]["changes"]}
    assert states.get("及时") == "proposed", states  # acme's other edit: not the group's to decide


def test_taking_a_group_accepts_its_edit_as_the_merge_words_it(consultation) -> None:  # type: ignore[no-untyped-def]
    """The group's text is its first copy's (acme's); the merge words the spot as most members
    send it (beta's and m3's brackets): the edit is still the group's to accept. (Their brackets
    are 〔〕: half-width ( ) around Chinese words are made full width at intake.)"""
    assert consultation("member", "add", "m3").exit_code == 0
    full, half = B31.replace("三年", "五年（含）"), B31.replace("三年", "五年〔含〕")
    for member, text in (("acme", full), ("beta", half), ("m3", half)):
        assert consultation("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第三十一条",
                            "--propose", text).exit_code == 0  # fmt: skip
    result = consultation("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "1")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].endswith(": 1 accepted, 0 rejected; 0 already decided; nothing left to "
                                                   "decide one by one"), result.output  # fmt: skip
    merged = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "31", "--format", "json").stdout)
    assert merged["units"][0]["position"] == half


def test_rejecting_a_group_reaches_an_edit_a_member_sent_with_its_other_proposal(consultation) -> None:  # type: ignore[no-untyped-def]
    """acme's two proposals on 第二十四条 are one to the merge (#1+#3): the edit it shares with beta's
    copy is still the group's alone, and rejecting the group rejects it; acme's other edit stays."""
    b24 = B24_1 + "\n" + B24_2
    for member, at, text in (("acme", "第二十四条第一款", B24_1.replace("不合理条件", "不合理条件或者收取费用")),
                             ("beta", "第二十四条", b24.replace("不合理条件", "不合理条件或者收取费用")),
                             ("acme", "第二十四条第二款", B24_2.replace("立即删除", "及时删除"))):  # fmt: skip
        assert consultation("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", at,
                            "--propose", text).exit_code == 0  # fmt: skip
    result = consultation("decide", "--draft", "ecommerce@1", "--reject-all", "--group-of", "2")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].endswith(": 0 accepted, 1 rejected; 0 already decided; nothing left to "
                                                   "decide one by one"), result.output  # fmt: skip
    merged = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "24", "--format", "json").stdout)
    states = {c["new"]: c["state"] for c in merged["units"][0]["changes"]}
    assert states == {"或者收取费用": "rejected", "及时": "proposed"}, states


@pytest.mark.parametrize("later", ["设定不合理", "设定任何不合理"])
@pytest.mark.parametrize("accept", [True, False])
def test_a_members_later_rewording_beside_the_groups_edit_is_left_to_decide(consultation, later: str,
                                                                            accept: bool) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """acme, beta and m3 add 任何 after 设置 (#1-#3); acme then rewords the line, 设置 as 设定
    (#4, with or without 任何). With 任何, acme's wording is 设定任何, which conflicts with the
    group's 任何 after 设置; without it, acme's later wording of the line stands (its 任何 left
    out, said in a warning) and 设定 is a change of its own beside the group's. Neither taking
    nor rejecting the group decides acme's 设定, and 任何 is never written twice."""
    assert consultation("member", "add", "m3").exit_code == 0
    r1 = B24_1.replace("设置不合理", "设置任何不合理")
    for member, at, text in (("acme", "第二十四条第一款", r1), ("beta", "第二十四条第一款", r1), ("m3", "第二十四条第一款", r1),
                             ("acme", "第二十四条", B24_1.replace("设置不合理", later) + "\n" + B24_2)):  # fmt: skip
        assert consultation("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", at,
                            "--propose", text).exit_code == 0  # fmt: skip
    result = consultation("decide", "--draft", "ecommerce@1", "--accept-all" if accept else "--reject-all",
                          "--group-of", "1")  # fmt: skip
    assert result.exit_code == 0, result.output
    for unreviewed in ([], ["--include-unreviewed"]):
        md = consultation("export", "--draft", "ecommerce@1", "--format", "md", *unreviewed).stdout
        assert "任何任何" not in md
    merged = json.loads(consultation("merge", "--draft", "ecommerce@1", "--article", "24", "--format", "json").stdout)
    unit = merged["units"][0]
    if "任何" in later:
        said = ["decided nothing for the group of #1 (g1, 3 comment(s) from acme, beta, m3) on 第二十四条: 0 accepted, 0 "
                "rejected; 0 already decided; left to decide one by one: x1 of art_24"]  # fmt: skip
        if accept:  # (a volume trial's group decision did nothing, and said not why)
            said.append("  x1: acme of the group word it otherwise in later comments of their own, which stand for them; "
                        "choose for the article with `decide --choose x1:N`")  # fmt: skip
        assert result.output.splitlines()[-len(said):] == said, result.output
        (x,) = unit["conflicts"]
        assert [a["text"] for a in x["alternatives"]] == ["置任何", "定任何"]  # acme's two, joined: 定, and 任何 once
        return
    assert result.output.splitlines()[-1].endswith("nothing left to decide one by one"), result.output
    assert unit["conflicts"] == []
    assert [(c["old"], c["new"], c["state"]) for c in unit["changes"]] == [
        ("置", "定", "proposed"), ("", "任何", "accepted" if accept else "rejected")]  # fmt: skip
    assert ("acme's proposal #4 on 第二十四条 rewords what #1 also changed, and stands there: putting in 「任何」 after 「删除以及用户注销设置」 left out"
            in unit["warnings"])  # fmt: skip


def test_the_committees_own_wording_stands_in_the_way(campaign) -> None:  # type: ignore[no-untyped-def]
    assert campaign("decide", "--draft", "ecommerce@1", "--article", "31", "--text", B31).exit_code == 0
    result = campaign("decide", "--draft", "ecommerce@1", "--accept-all", "--group-of", "1")
    assert result.exit_code == 1
    assert result.output.strip() == ("Error: the committee's own wording of 第三十一条 (art_31) stands (decision #1); "
                                     "undo it to decide the group's changes")  # fmt: skip


NAMES = st.sampled_from(["张伟", "李娜", "王芳", "刘洋", "陈静", "赵磊", "孙丽"])
PLACES = st.sampled_from(["北京市朝阳区", "上海市浦东新区", "广州市天河区", "杭州市西湖区"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(PLACES, NAMES, st.booleans()), min_size=2, max_size=12))
def test_groups_partition_the_comments_and_stay_near_their_representative(letters) -> None:  # type: ignore[no-untyped-def]
    """Whatever the mix of two campaigns: each comment in one group at most, every group of two or
    more, each variant a near-duplicate of its representative, and the two campaigns never mixed."""
    from lawcomment.comments import Anchor, Comment, CommentSource, SourceKind, Stance, Status

    draft = load_draft(DATA / "ecommerce-law.md")
    other = "尊敬的法制工作委员会：我是{}的{}，是一名消费者。草案第二十四条规定的删除过于宽松，经营者可以借口依法保存而不删除，建议明确保存的范围和期限。"
    comments = [Comment(n, "ecommerce@1", f"m{n}", Anchor("art_24"), Stance.OPPOSE,
                        (LETTER if first else other).format(place, name), None, CommentSource(SourceKind.CLI),
                        Status.OPEN, "", "") for n, (place, name, first) in enumerate(letters, 1)]  # fmt: skip
    groups = group_comments(draft, comments)
    seen = [c for g in groups for c in g.comments]
    assert len(seen) == len(set(seen)) and all(g.size >= 2 for g in groups)
    text = {c.id: c.body for c in comments}
    for g in groups:
        assert g.text == text[g.representative]
        assert len({("消费者" in text[c]) for c in g.comments}) == 1  # one campaign per group
        for v in g.variants:
            assert near_duplicates(g.text, v.text)
    firsts = [c.id for c in comments if "店主" in c.body]
    if len(firsts) >= 2:
        assert any(set(firsts) <= set(g.comments) for g in groups)


def test_the_groups_a_review_export_made_are_kept_for_the_next_until_a_write(campaign, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An export that groups the comments keeps the groups; the next export reads them (the same
    JSON document as when it grouped them itself), grouping nothing; a new comment makes them stale."""
    import lawcomment.review.grouping

    run = campaign
    with open_store(run.db, "tester") as store:
        fresh = load_consultation(store, "ecommerce@1")
    assert fresh.worked_out_groups() is None  # nothing asked for them yet
    groups = group_comments(fresh.draft, fresh.comments)
    first = run("export", "--draft", "ecommerce@1", "--format", "json")
    assert first.exit_code == 0, first.output

    def grouping(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("grouped again")

    monkeypatch.setattr(lawcomment.review.grouping, "group_comments", grouping)
    monkeypatch.setattr(lawcomment.review.grouping.ArticleGroups, "compare", grouping)  # (workers group this way)
    assert run("export", "--draft", "ecommerce@1", "--format", "html", "-o", str(run.db.parent / "r.html")).exit_code == 0
    with open_store(run.db, "tester") as store:
        view = load_consultation(store, "ecommerce@1")
    assert not view.near.kept and view.near.read is not None  # read when first asked for
    assert view.worked_out_groups() is None and view.near.read is not None  # (docx, csv: never)
    assert [g for gs in (view.near.by_article or {}).values() for g in gs] == groups and view.near.kept
    assert view.worked_out_groups() is None  # read from the store: nothing to keep again
    again = run("export", "--draft", "ecommerce@1", "--format", "json")
    monkeypatch.undo()

    def document(result) -> dict:  # type: ignore[no-untyped-def,type-arg]
        doc = json.loads(result.stdout)
        del doc["exported"]
        return doc  # type: ignore[no-any-return]

    assert document(again) == document(first)
    assert sum(len(p["near_duplicates"]) for p in document(again)["positions"]) == len(groups) == 4
    assert run("comment", "add", "--member", "m5", "--draft", "ecommerce@1", "--at", "第十七条", "--stance", "support",
               "--reason", "支持本条。").exit_code == 0  # fmt: skip
    with open_store(run.db, "tester") as store:
        stale = load_consultation(store, "ecommerce@1")
    assert stale.near.by_article is None  # grouped afresh when asked
    assert [g.size for g in stale.near_groups(next(i for i in stale.items if i.eid == "art_17"))] == [3]
    assert stale.worked_out_groups() is not None


def test_groups_read_back_from_their_data_as_they_were(campaign) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.review.codec import groups_data, groups_from_data

    with open_store(campaign.db, "tester") as store:
        view = load_consultation(store, "ecommerce@1")
    groups = group_comments(view.draft, view.comments)
    assert any(v.redline.ops for g in groups for v in g.variants)  # redlines and their kinds go through
    assert groups_from_data(json.loads(json.dumps(groups_data(groups), ensure_ascii=False))) == groups
    with pytest.raises(ValueError, match="a kept NearGroup has 1 fields, not 10"):
        groups_from_data([["art_1"]])


def test_list_grouped_reads_the_comments_once(campaign, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Without a filter, the listing and the grouping share one reading of the draft's comments
    (at NPC scale a reading is a second); a withdrawn comment is still left out of its group."""
    from lawcomment.store.sql import SQLStore

    assert campaign("comment", "withdraw", "12").exit_code == 0
    reads: list[dict[str, object]] = []
    original = SQLStore.comments

    def counted(self, ref, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(kwargs)
        return original(self, ref, **kwargs)

    monkeypatch.setattr(SQLStore, "comments", counted)
    result = campaign("comment", "list", "--draft", "ecommerce@1", "--grouped", "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(reads) == 1
    doc = json.loads(result.output)
    assert [g["id"] for g in doc["groups"]] == ["g5", "g7", "g1"]
    assert [c["id"] for c in doc["ungrouped"]] == [11, 10, 4]  # 12 withdrawn: neither grouped nor listed
    reads.clear()
    result = campaign("comment", "list", "--draft", "ecommerce@1", "--grouped", "--member", "m3", "--format", "json")
    assert result.exit_code == 0 and len(reads) == 2  # the member's, then every comment for the groups
    assert [g["id"] for g in json.loads(result.output)["groups"]] == ["g7", "g1"]


def test_a_wording_ending_a_kuan_otherwise_is_a_variant_not_a_copy() -> None:
    """Two wordings of 第三十一条 that differ only where one ends its first sentence with ；and
    the other with 。: a variant, redlined, not 「与代表意见相同」; the same mark typed half-width
    (; for ；) is still a copy."""
    from lawcomment.comments import Anchor, Comment, CommentSource, SourceKind, Stance, Status

    draft = load_draft(DATA / "ecommerce-law.md")
    five = B31.replace("三年", "五年")
    texts = [five, five, five.replace("五年；", "五年。"), five.replace("五年；", "五年;")]
    comments = [Comment(n, "ecommerce@1", f"m{n}", Anchor("art_31"), Stance.AMEND, "", text, CommentSource(SourceKind.CLI),
                        Status.OPEN, "", "") for n, text in enumerate(texts, 1)]  # fmt: skip
    (group,) = group_comments(draft, comments)
    assert group.comments == (1, 2, 4, 3) and group.text == five
    (variant,) = group.variants
    assert variant.comments == (3,) and variant.text == texts[2]
    assert [(str(op.kind), op.text) for op in variant.redline.ops if str(op.kind) != "equal"] == [("delete", "；"), ("insert", "。")]


def test_copies_fold_the_width_a_wording_was_typed_in_and_nothing_else() -> None:
    """Full- and half-width forms of one mark are copies (；and ;, ，and ,); a circled number
    for a plain one (⑤ for 5), which NFKC would fold too, is another wording: a variant."""
    from lawcomment.comments import Anchor, Comment, CommentSource, SourceKind, Stance, Status

    draft = load_draft(DATA / "ecommerce-law.md")
    five = B31.replace("三年", "五年")
    texts = [five, five.replace("五年；", "五年;").replace("，", ","), five.replace("五年", "5年"),
             five.replace("五年", "⑤年")]  # fmt: skip
    comments = [Comment(n, "ecommerce@1", f"m{n}", Anchor("art_31"), Stance.AMEND, "", text, CommentSource(SourceKind.CLI),
                        Status.OPEN, "", "") for n, text in enumerate(texts, 1)]  # fmt: skip
    (group,) = group_comments(draft, comments)
    assert group.comments == (1, 2, 3, 4) and group.text == five
    # 5年 and ⑤年 fold alike (三十日 and 30日 are one period) but are two wordings, not one copied
    assert [v.comments for v in group.variants] == [(3,), (4,)]


_ALPHABET = "的国家应当依法保护个人信息权益不得出售或者提供给他人三五年日"


@st.composite
def _bucket(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A base text and texts made from it by insertions and deletions, each text a few edits from
    an earlier one (many alike, some far from the base)."""
    base = draw(st.text(alphabet=_ALPHABET, min_size=8, max_size=80))
    texts = [base]
    for n in range(draw(st.integers(2, 40))):
        text = texts[draw(st.integers(0, n))]
        for _ in range(draw(st.integers(0, 12 if n == 0 else 3))):
            at = draw(st.integers(0, len(text)))
            if draw(st.booleans()) and at < len(text):
                text = text[:at] + text[at + 1:]
            else:
                text = text[:at] + draw(st.sampled_from(_ALPHABET)) + text[at:]
        texts.append(text)
    return base, texts[1:]


def _clusters(base: str, texts: list[str], wording: bool, block_from: int,
              shapes_up_to: int | None = None) -> list[list[tuple[str, float]]]:  # fmt: skip
    from types import SimpleNamespace

    from rapidfuzz.distance import Indel

    from lawcomment.review import grouping

    made = []
    for n, text in enumerate(dict.fromkeys(texts)):
        t = grouping._Text(text, [SimpleNamespace(id=n)], remark=not wording)  # type: ignore[list-item]
        t.distance = Indel.distance(grouping._key(base), t.key) if wording else 0
        made.append(t)
    was = grouping.BLOCK_FROM, grouping.SHAPES_UP_TO
    grouping.BLOCK_FROM = block_from
    grouping.SHAPES_UP_TO = was[1] if shapes_up_to is None else shapes_up_to
    try:
        return [[(t.text, score) for t, score in cluster] for cluster in grouping._cluster(made, wording)]
    finally:
        grouping.BLOCK_FROM, grouping.SHAPES_UP_TO = was


@settings(max_examples=150, deadline=None)
@given(_bucket(), st.booleans())
def test_blocking_finds_the_groups_comparing_every_pair_finds(bucket: tuple[str, list[str]], wording: bool) -> None:
    """Large buckets compare a text only with the representatives that share enough of its
    rarest bigrams (exact: a partner within the rule's edits holds them); the groups are those
    of comparing it with every representative."""
    base, texts = bucket
    assert _clusters(base, texts, wording, 0) == _clusters(base, texts, wording, 10**9)


@settings(max_examples=150, deadline=None)
@given(_bucket(), st.sampled_from([0, 10**9]))
def test_comparing_a_wording_only_with_representatives_of_its_shape_finds_the_same_groups(
        bucket: tuple[str, list[str]], block_from: int) -> None:  # fmt: skip
    """A wording is compared only with the representatives whose key length and distance from
    the draft are within its bound of its own (exact: the others are further); the groups are
    those of comparing it with every representative, blocked or not."""
    base, texts = bucket
    assert _clusters(base, texts, True, block_from, -1) == _clusters(base, texts, True, block_from)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet="意见同反对1", max_size=3),
                          st.builds(lambda n, s: f"意见{n}：{s}", st.integers(1_234_500, 1_234_540),
                                    st.sampled_from(["支持本条规定", "反对本条规定"]))),
                min_size=2, max_size=60))  # fmt: skip
def test_blocking_short_and_numbered_remarks_finds_what_comparing_every_pair_finds(texts: list[str]) -> None:
    """Remarks alike but for a number share their commonest bigrams with every representative
    (then each is compared with all of them); keys of one character or none have no bigram."""
    assert _clusters("", texts, False, 0) == _clusters("", texts, False, 10**9)


def _remarks(texts: list[str], stance: str = "comment"):  # type: ignore[no-untyped-def]
    from lawcomment.comments import Anchor, Comment, CommentSource, SourceKind, Stance, Status

    kind = Stance(stance)
    return [Comment(n, "x@1", f"m{n}", Anchor("art_1"), kind, t if kind is Stance.COMMENT else "",
                    None if kind is Stance.COMMENT else t, CommentSource(SourceKind.CLI), Status.OPEN,
                    "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z") for n, t in enumerate(texts, 1)]  # fmt: skip


_LONG_REMARK = "我们建议进一步明确平台经营者注销用户账户的具体期限和办理程序，切实保障用户的合法权益。"
_NEAR_REMARKS = [_LONG_REMARK, _LONG_REMARK.replace("切实", "充分"), _LONG_REMARK.replace("具体期限", "明确期限")]


def test_texts_too_long_to_compare_group_with_their_copies_only(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Comments of thousands of characters (a security review: one member's 200 new provisions
    of 15,000 kept an article's page from being drawn for minutes) group with their copies only."""
    from lawcomment import parse_text
    from lawcomment.review import grouping

    law = parse_text("法\n第一条 甲乙丙丁戊己庚辛壬癸。\n")
    texts = [_LONG_REMARK, *_NEAR_REMARKS]
    assert [(g.copies, len(g.variants)) for g in group_comments(law, _remarks(texts))] == [((1, 2), 2)]
    monkeypatch.setattr(grouping, "LONGEST_COMPARED", 20)
    assert [(g.copies, len(g.variants)) for g in group_comments(law, _remarks(texts))] == [((1, 2), 0)]


def test_comparing_stops_at_its_budget_and_says_so(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Comparing one article's texts costs at most COMPARED_AT_MOST pairs of characters; the texts
    left group with their copies only, and the groups, the review page and the web's merged view
    say the article was cut short."""
    from lawcomment import parse_text
    from lawcomment.review import grouping

    law = parse_text("法\n第一条 甲乙丙丁戊己庚辛壬癸。\n")
    whole = group_comments(law, _remarks(_NEAR_REMARKS))
    assert whole.incomplete == () and [g.size for g in whole] == [3]
    monkeypatch.setattr(grouping, "COMPARED_AT_MOST", 10)
    cut = group_comments(law, _remarks(_NEAR_REMARKS))
    assert cut.incomplete == ("art_1",) and list(cut) == []


def test_the_review_page_says_an_articles_grouping_was_cut_short(consultation, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.review import grouping

    for member, text in zip(("acme", "beta", "acme"), _NEAR_REMARKS, strict=True):
        assert consultation("comment", "add", "--member", member, "--draft", "ecommerce@1", "--at", "第二十四条",
                            "--reason", text).exit_code == 0  # fmt: skip
    monkeypatch.setattr(grouping, "COMPARED_AT_MOST", 10)
    page = tmp_path / "r.html"
    assert consultation("export", "--draft", "ecommerce@1", "--format", "html", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    section = html[html.index('<section id="art_24"'):]
    assert "本条意见过多或过长，未全部比对：下列近似意见分组可能不全，请人工核对" in section[:section.index("</section>")]


@pytest.mark.parametrize(("a", "b", "punctuation"), [
    ("国家实行生猪定点屠宰制度。", "国家实行生猪定点屠宰制度", True),  # a final 。 left off (a trial: "function words only")
    ("国家实行生猪定点屠宰制度，具体办法另定。", "国家实行生猪定点屠宰制度；具体办法另定。", True),
    ("国家实行生猪的定点屠宰制度。", "国家实行生猪定点屠宰制度。", False),  # 的: a function word
    # a 款 split in two is no punctuation (a review: 「仅标点不同」)
    ("国家实行生猪定点屠宰制度。具体办法另定。", "国家实行生猪定点屠宰制度。\n具体办法另定。", False),
])  # fmt: skip
def test_a_variant_differing_in_punctuation_alone_says_so(a: str, b: str, punctuation: bool) -> None:
    from lawcomment.review.grouping import Variant
    from lawcomment.review.redline import diff

    assert Variant(b, (2,), 0.99, diff(a, b), trivial=True).punctuation_only is punctuation


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("三十日年分之百五元0９aA，。 或者与以上个月"), max_size=14))
def test_key_skips_the_number_pattern_only_where_it_finds_nothing(text: str) -> None:
    """_key tries the Chinese number pattern only on a key holding a Chinese numeral: the same key
    as trying it everywhere."""
    from lawcomment.review import grouping
    from lawcomment.review.merge import near_key

    key = near_key(text).lower()
    if grouping._LATIN.search(text):
        key = near_key(grouping._EN_NUMBER.sub(lambda m: grouping._EN_NUMBERS[m.group(1).lower()], text)).lower()
    key = grouping._CN_NUMBER.sub(grouping._digits, key)
    for word, same in grouping._SYNONYMS:
        key = key.replace(word, same)
    assert grouping._key(text) == key


#: Characters the grouping's keys fold, drop or guard: full- and half-width marks, whitespace, Latin
#: letters and English number words' letters, Chinese numerals and units, the synonyms' words.
_KEY_TEXT = st.text(alphabet=st.sampled_from("，；：（）！？,;:()　 \t\n\uff21\uff41\uff10\uff65\uffe5\u3000"
                                             "或者并且以及与及应当该内三十日年个分之二百five twoONE Mm7"), max_size=14)


@settings(max_examples=400, deadline=None)
@given(text=_KEY_TEXT)
def test_a_wordings_copy_key_is_the_text_width_folded_without_whitespace(text: str) -> None:
    """The copy key folds the common full-width marks one by one, and translates the rest only
    when there are any: as one translate of the whole text."""
    from lawcomment.review.grouping import _copy_key, _widths

    assert _copy_key(text) == "".join(text.translate(_widths()).split())


@settings(max_examples=400, deadline=None)
@given(text=_KEY_TEXT)
def test_the_compared_key_is_the_full_rule(text: str) -> None:
    """The key keeps the caller's near key when no English number word is spelt out, and replaces
    the synonyms only in a key holding one of their first characters: as the rule written out."""
    from lawcomment.review.grouping import _CN_NUMBER, _CN_NUMERAL, _EN_NUMBER, _EN_NUMBERS, _LATIN, _SYNONYMS, \
        _digits, _key  # fmt: skip
    from lawcomment.review.merge import near_key

    def rule(text: str) -> str:
        if _LATIN.search(text):
            text = _EN_NUMBER.sub(lambda m: _EN_NUMBERS[m.group(1).lower()], text)
        key = near_key(text).lower()
        if _CN_NUMERAL.search(key) is not None:
            key = _CN_NUMBER.sub(_digits, key)
        for word, same in _SYNONYMS:
            key = key.replace(word, same)
        return key

    assert _key(text) == _key(text, near_key(text)) == rule(text)


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_a_wordings_near_key_read_from_its_article_is_its_near_key(data: st.DataObject) -> None:
    """_buckets folds a wording only where it leaves the article's words (_NearKeys, its affixes
    found by rapidfuzz: _Affixes): the affixes are Differ's, and the key is near_key's, whatever
    the words (marks that compose with what precedes them, NUL, jamo, wide marks)."""
    from lawcomment.review.grouping import _Affixes
    from lawcomment.review.merge import _NearKeys, near_key
    from lawcomment.review.redline import Differ

    words = st.text(alphabet=st.one_of(st.sampled_from(_ALPHABET + "，。；;\n \u3000\u0301\u3099\x00\u1100\u1161ｶﾞＡ"),
                                       st.characters()), max_size=30)  # fmt: skip
    base = data.draw(words)
    keys = _NearKeys(_Affixes(base))
    for _ in range(data.draw(st.integers(1, 4))):
        text = base
        for _ in range(data.draw(st.integers(0, 3))):
            a = data.draw(st.integers(0, len(text)))
            b = data.draw(st.integers(a, len(text)))
            text = text[:a] + data.draw(words) + text[b:]
        assert _Affixes(base).affixes(text) == Differ(base).affixes(text)
        assert keys(text) == near_key(text)


_TEXTISH = st.lists(st.one_of(
    st.sampled_from(_ALPHABET + "，。；;\n \u3000：:Ａ１２３"),
    st.sampled_from(["one ", "Two", "twelve", "oppose", "shall not ", "意见", "以上意见，供参考。", "张三", "2024年1月1日",
                     "电话：12345678", "或者", "应当", "三十日", "30日", "百分之五", "Σ", "İ", "\u0301", "the ", "ſix", "fıve",
                     "fİve"]),
    st.characters()), max_size=12).map("".join)  # fmt: skip


@pytest.mark.parametrize(("a", "b", "near"), [
    ("ſix months", "six months", False),  # (long s, dotless and dotted i: no number words; they failed the grouping)
    ("within fıve days", "within five days", False),
    ("within fİve days", "within 5 days", False),
    ("within FIVE days", "within 5 days", True),  # a number word in any ASCII case is its number
])  # fmt: skip
def test_only_ascii_number_words_are_read_as_numbers(a: str, b: str, near: bool) -> None:
    assert near_duplicates(a, b) is near


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_TEXTISH, st.lists(st.integers(0, 50), min_size=1, max_size=4, unique=True)), max_size=8),
       st.booleans())  # fmt: skip
def test_a_buckets_texts_read_at_once_are_those_read_one_by_one(entries: list[tuple[str, list[int]]],
                                                                remark: bool) -> None:  # fmt: skip
    """_texts reads a bucket's texts with what can be tried once for them all tried once, and
    most texts by the steps that are left (no signature, no English number word, not English):
    each is the _Text that reads it alone."""
    from types import SimpleNamespace

    from lawcomment.review.grouping import _Text, _texts
    from lawcomment.review.merge import near_key

    made = [(text, [SimpleNamespace(id=n) for n in ids], near_key(text)) for text, ids in dict(entries).items()]
    alone = [_Text(text, sorted(cs, key=lambda c: c.id), remark=remark, near=near)  # type: ignore[arg-type]
             for text, cs, near in made]  # fmt: skip
    assert _texts(made, remark) == alone  # type: ignore[arg-type]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="意见同反对本条的规定12", min_size=1, max_size=40), st.data())
def test_a_remark_the_search_finds_below_the_rule_is_refused_by_the_rule(a: str, data: st.DataObject) -> None:
    """_cluster refuses a remark the search scores below what the rule needs (by more than
    rounding), when the two are not alike in content, without reading the rule: the search's
    figure is the rule's, and the rule refuses it too."""
    from rapidfuzz import process
    from rapidfuzz.distance import Indel

    from lawcomment.review import grouping

    b = a
    for _ in range(data.draw(st.integers(0, 4))):
        at = data.draw(st.integers(0, len(b)))
        b = b[:at] + data.draw(st.sampled_from("意见同反对本条的规定12")) + b[at + 1:]
    ta, tb = grouping._Text(a, [], remark=True), grouping._Text(b, [], remark=True)
    found = process.extract(tb.key, [ta.key], scorer=Indel.normalized_similarity,
                            score_cutoff=grouping.REMARK_SIMILARITY, limit=None)  # fmt: skip
    if not found:
        return
    similar = found[0][1]
    assert similar == Indel.normalized_similarity(ta.key, tb.key)
    need = grouping.SHORT_REMARK_SIMILARITY if max(len(ta.key), len(tb.key)) < grouping.SHORT else \
        grouping.REMARK_SIMILARITY  # fmt: skip
    if similar < grouping._ROUNDING_BELOW * need and ta.content != tb.content:
        assert grouping._near(ta, tb, False) is None


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["零", "〇", "一", "二", "两", "三", "十", "百", "千", "万", "亿", "分之", "分", "之", "年", "个", "月",
                                 "日", "小时", "工作日", "%", "％", "以上", "左右", "至", "到", "5", "的", "内", "条", "款"]),
                max_size=20).map("".join))  # fmt: skip
def test_the_chinese_number_pattern_finds_what_its_two_branches_find(text: str) -> None:
    """_CN_NUMBER opens with its first numeral (for the search to skip to the numerals): it
    finds what the two branches it is written from find, and folds a key alike."""
    import re

    from lawcomment.review.grouping import _CN_NUMBER, _UNITS, _digits

    numeral = "[零〇一二两三四五六七八九十百千万亿]"
    branches = re.compile(rf"(?<=分之){numeral}+|{numeral}+(?={_UNITS})")
    assert [m.span() for m in _CN_NUMBER.finditer(text)] == [m.span() for m in branches.finditer(text)]
    assert _CN_NUMBER.sub(_digits, text) == branches.sub(_digits, text)
