"""A change's words as a reader quotes them (lawcomment.review.phrases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawcomment.review.phrases import inside_number, readable_span, words_before

BASE = "自行政处罚决定生效之日起三年内，不受理其申请；可以处五万元以下罚款，并处30日拘留；或者一般规定。"


@pytest.mark.parametrize(("old", "new", "quoted"), [
    ("三", "一", "三年内"),  # a number: its measure word and bound
    ("五万", "十万", "五万元以下"),
    ("30", "15", "30日"),
    ("或", "和", "或者"),  # a lone character: the one after it
    ("一般", "通常", "一般"),  # 一 of 一般 is no number
    ("不受理其申请", "不予受理", "不受理其申请"),  # words enough: as they are
])  # fmt: skip
def test_the_words_quoted(old: str, new: str, quoted: str) -> None:
    start = BASE.index(old)
    a, b = readable_span(BASE, start, start + len(old), new)
    assert BASE[a:b] == quoted and a <= start and b >= start + len(old)


SECRETS = "对在监督检查中知悉的国家秘密和商业秘密负有保密义务。"


@pytest.mark.parametrize(("new", "quoted"), [
    ("、工作秘密、", "和"),  # a conjunction replaced: alone (a trial's 「和商业秘」 → 「、工作秘密、商业秘」)
    ("、", "和"),
    ("及", "和"),
])  # fmt: skip
def test_a_conjunction_changed_is_quoted_alone(new: str, quoted: str) -> None:
    from collections import Counter

    usage = Counter(SECRETS[i:i + 2] for i in range(len(SECRETS) - 1)) + Counter({"商业": 9, "业秘": 5, "秘密": 9})
    at = SECRETS.index("和")
    a, b = readable_span(SECRETS, at, at + 1, new, usage)
    assert SECRETS[a:b] == quoted


@pytest.mark.parametrize(("base", "old", "new", "alone"), [
    ("有关部门以及地方政府", "及", "与", False),  # 以及 is a word: 及 is not quoted alone
    ("涉及国家秘密的", "及", "、", False),
    ("甲和乙", "和", "、", True),
])  # fmt: skip
def test_a_conjunction_inside_a_word_is_no_conjunction(base: str, old: str, new: str, alone: bool) -> None:
    from collections import Counter

    at = base.index(old)
    a, b = readable_span(base, at, at + 1, new, Counter({"以及": 5, "涉及": 5}))
    assert ((a, b) == (at, at + 1)) is alone


@pytest.mark.parametrize(("text", "before", "said"), [
    (SECRETS, "负有", "国家秘密和商业秘密"),  # from after 的: never 「家秘密和商业秘密」 (a trial's review page)
    ("罚款；依法追究刑事责任", "刑事", "依法追究"),  # from after a mark, at least four characters back
    ("电子商务经营者应当依法办理市场主体登记", "", "…应当依法办理市场主体登记"),  # none within twelve: an ellipsis
    ("第一条", "", "第一条"),  # the start of the text: no ellipsis
    # (a trial of 商标法: the conflict said after 「三）销售」) an item's label whole
    ("有下列行为之一的：\n（三）销售侵犯注册商标专用权的商品的；", "侵犯", "（三）销售"),
    ("有下列行为之一的：\n(3)销售侵犯注册商标专用权的商品的；", "侵犯", "(3)销售"),
])  # fmt: skip
def test_where_words_are_put_in_is_said_by_whole_words(text: str, before: str, said: str) -> None:
    assert words_before(text, text.index(before) if before else len(text)) == said


def test_an_insertion_and_a_character_before_punctuation() -> None:
    at = BASE.index("年内")
    assert readable_span(BASE, at, at, "以") == (at, at)  # an insertion: quoted as it is
    end = BASE.index("。")
    assert readable_span(BASE, end - 1, end, "") == (end - 2, end)  # 定 before 。: the character before it


@pytest.mark.parametrize(("base", "old", "new", "quoted"), [
    ("应当统一三十日内办理", "三十", "十五", "三十日内"),  # not 一三十日内: 一 of 统一 is no part of the number
    ("处百分之五的罚款", "五", "十", "百分之五"),
    ("依照第三十条规定", "三十", "四十", "第三十条"),
    ("处1.5倍罚款", "1.5", "2", "1.5倍"),
    ("see section 5. now", "5", "6", "5"),  # a full stop after a number is no decimal point
])  # fmt: skip
def test_a_number_is_quoted_whole_and_no_more(base: str, old: str, new: str, quoted: str) -> None:
    start = base.index(old)
    a, b = readable_span(base, start, start + len(old), new)
    assert base[a:b] == quoted



@pytest.mark.parametrize(("text", "found"), [
    ("处二千元以下罚款", ["二千元以下"]),
    ("应当在五个工作日内作出", ["五个工作日内"]),
    ("二千元以上二万元以下", ["二千元以上", "二万元以下"]),
    ("依照第三十条处罚", []),  # a citation states no quantity
    ("处1.5万元罚款", ["1.5万元"]),
    ("包括三项内容", ["三项"]),  # 内 opens 内容: no bound
    # a fraction is one number (反垄断法 2022 第五十七条, a trial: 百分之十 was quoted as 「十以下」)
    ("处上年度销售额百分之一以上百分之十以下的罚款", ["百分之一以上", "百分之十以下"]),
    ("占份额三分之二以上的共有人", ["三分之二以上"]),
    ("百分比", ["百"]),  # (分之 must be followed by a number)
])  # fmt: skip
def test_quantities(text: str, found: list[str]) -> None:
    from lawcomment.review.phrases import quantities

    assert [text[a:b] for a, b in quantities(text)] == found


@pytest.mark.parametrize(("text", "words", "inside"), [
    ("处二十万元以上五十万元以下罚款", "十万元以上", True),  # 十万 of 二十万
    ("自收到之日起十五日内", "五日", True),
    ("依照本法第三十条规定", "三十", True),  # a citation's number
    ("依照本法第三十条规定", "三十条", True),
    ("本法第二编规定", "第二", True),  # (第二 ends inside 第二编's number)
    ("处1.5万元以下罚款", "5万元", True),  # a decimal point goes on with its number
    ("处1.5万元以下罚款", "处1", True),
    ("处五万元以下罚款", "万元", False),  # a magnitude with what it counts: words of their own
    ("处五万元以下罚款", "五万元", False),
    ("处二十万元以上五十万元以下罚款", "二十万元以上", False),
    ("应当在十五日内", "十五日", False),
])  # fmt: skip
def test_inside_number(text: str, words: str, inside: bool) -> None:
    # one rule for the instrument's quotes, `amendment apply` and a member's typed instruction
    start = text.index(words)
    assert inside_number(text, start, start + len(words)) is inside


@pytest.mark.parametrize(("base", "old", "texts", "said"), [
    # a trial (专利法实施细则 第四条): 满「15」日 with 「15个工作」 proposed read as cut fragments
    ("自文件发出之日起满15日，推定为收到。", "15", ["7", "10", "15个工作"], ("15日", ("7日", "10日", "15个工作日"))),
    ("可以处五十万元以下的罚款。", "五十万", ["一百万", "三百万"], ("五十万元以下", ("一百万元以下", "三百万元以下"))),
    ("应当在三日内公示。", "三", ["二", "一"], ("三日内", ("二日内", "一日内"))),
    # words, not a number: as they are
    ("电子商务经营者应当公示。", "公示", ["公开", "告知"], ("公示", ("公开", "告知"))),
])  # fmt: skip
def test_a_conflict_over_a_number_is_quoted_with_its_measure_word_on_both_sides(base: str, old: str, texts: list[str],
                                                                                said: tuple[str, tuple[str, ...]]) -> None:  # fmt: skip
    from lawcomment.review.phrases import conflict_words

    start = base.index(old)
    assert conflict_words(base, start, start + len(old), texts) == said


@pytest.mark.parametrize(("base", "old", "new", "quoted"), [
    # a trial (畜牧法): 「三公」 → 「一公」 in decide and the instrument; 公里, 公顷, 头 … are measure words too
    ("距离居民区不少于三公里的", "三", "一", "三公里"),
    ("饲养五百头以上的", "五百", "一千", "五百头以上"),
    ("占地二十公顷以下", "二十", "十", "二十公顷以下"),
])  # fmt: skip
def test_more_measure_words_keep_a_number_whole(base: str, old: str, new: str, quoted: str) -> None:
    start = base.index(old)
    a, b = readable_span(base, start, start + len(old), new)
    assert base[a:b] == quoted


def test_a_character_changed_alone_is_quoted_with_the_word_it_stands_in() -> None:
    # a trial (畜牧法 第四十二条, 养殖场 → 养殖者): the instrument read 将“殖场”修改为“殖者”
    from lawcomment.review.phrases import pair_usage

    law = "畜禽养殖场应当为其饲养的畜禽提供条件。畜禽养殖者应当登记。养殖场的选址应当符合规划。"
    at = law.index("场")
    a, b = readable_span(law, at, at + 1, "者", pair_usage(law))
    assert law[a:b] == "养殖场"
    # a word the law uses otherwise stays as short as before (国有资产占…, 产 → 本: 资产, not 有资产)
    law = "国有资产占控股地位的企业。资产负债表。资产评估。"
    at = law.index("产")
    a, b = readable_span(law, at, at + 1, "本", pair_usage(law))
    assert law[a:b] == "资产"


def test_a_character_beside_a_particle_is_quoted_with_its_other_neighbour() -> None:
    # a verifying trial (农业技术推广法 第三十条, 必需的 → 必要的): the instrument read 将“需的”修改为“要的”
    law = "获得必需的试验示范场所。所需的经费。"
    at = law.index("需")
    a, b = readable_span(law, at, at + 1, "要")
    assert law[a:b] == "必需"


def test_words_widened_to_be_unique_never_end_inside_a_word() -> None:
    # a verifying trial (农业技术推广法 第三十二条): 将“应当充分听取所服”修改为“应当听取所服”, 所服务 cut in two
    from lawcomment.review.phrases import pair_usage, word_ends

    law = "应当充分听取所服务区域的意见。为农业生产服务。服务对象。"
    start = law.index("应当充分听取所服")
    a, b = word_ends(law, start, start + len("应当充分听取所服"), pair_usage(law))
    assert law[a:b] == "应当充分听取所服务"


@pytest.mark.parametrize(("law", "char", "new", "quoted"), [
    # a review: a particle rule skipping 于, 得, 以 quoted 「产属」, 「法取」, 「法予」 (those make words: 属于, 取得, 予以)
    ("集体财产属于集体所有。", "属", "归", "属于"),
    ("依法取得许可。", "取", "获", "取得"),
    ("依法予以处罚。", "予", "给", "予以"),
    ("获得必需的场所。", "需", "要", "必需"),  # 的 joins words and makes none
])  # fmt: skip
def test_a_lone_character_is_quoted_with_the_word_it_makes(law: str, char: str, new: str, quoted: str) -> None:
    at = law.index(char)
    a, b = readable_span(law, at, at + 1, new)
    assert law[a:b] == quoted


def test_a_mark_of_punctuation_makes_no_word_with_the_character_before_it() -> None:
    # 「括:」 quoted for a colon made full-width: a pair of a character and a mark is no word that 包括 would cut
    from lawcomment.review.phrases import pair_usage, word_ends

    law = "包括:\n包括:\n包括种植业。"
    at = law.index("括:")
    a, b = word_ends(law, at, at + 2, pair_usage(law))
    assert law[a:b] == "包括:"


#: A law that writes its terms often enough to tell them (行政法规, 股票, 执行董事, 注册资本, 其他直接责任人员).
LAW = ("公司从事经营活动，必须遵守法律、行政法规。公司不得接受本公司的股票作为质押权的标的。公司需要减少注册资本时，必须编制资产负债表。"
       "股东应当遵守法律、行政法规和公司章程。公司发行的股票，可以为记名股票。法律、行政法规另有规定的除外。由董事长、执行董事担任。"
       "执行董事可以兼任经理。执行董事的职权由章程规定。减少注册资本，应当通知债权人。注册资本为实缴出资额。"
       "对直接负责的主管人员和其他直接责任人员依法给予处分。其他直接责任人员应当赔偿。其他直接责任人员的名单。")  # fmt: skip


@pytest.mark.parametrize(("text", "old", "new", "quoted", "put"), [
    # a term cut by the change: whole, as the law writes it (行政 before 法规, 股 before 票)
    ("必须遵守法律、行政法规。", "、行政", "", "法律、行政法规", "法律法规"),  # the mark too: from the word before it
    ("本公司的股票作为质押权的标的。", "票", "份", "股票", "股份"),  # never 「公司的股票」: not across 的
    ("本公司的股票作为质押权的标的。", "押", "", "质押权", "质权"),  # never a lone character: 「押权」 → 「权」
    ("公司需要减少注册资本时，必须编制", "时，必须", "，应当", "注册资本时，必须", "注册资本，应当"),
    ("由董事长、执行董事担任。", "董事长、", "代表公司", "董事长、执行董事", "代表公司执行董事"),
    # words that make phrases, not terms: the words taken out alone
    ("对其他直接责任人员依法给予处分。", "其他", "", "其他", ""),
    ("必须遵守法律、行政法规。", "必须", "应当", "必须", "应当"),  # (必须 before 遵守 twice only: no term)
    ("处五万元以下罚款，并处", "五万", "十万", "五万元以下", "十万元以下"),  # a number: as readable_span quotes it
    ("国家秘密和商业秘密", "和", "、", "和", "、"),  # a conjunction replaced by a mark: alone
])  # fmt: skip
def test_a_change_is_quoted_as_a_drafter_writes_it(text: str, old: str, new: str, quoted: str, put: str) -> None:
    from lawcomment.review.phrases import LawWords, quote_span

    start = text.index(old)
    a, b = quote_span(text, start, start + len(old), new, LawWords(LAW))
    assert (text[a:b], text[a:start] + new + text[start + len(old):b]) == (quoted, put)


@pytest.mark.parametrize(("text", "at", "back", "goes_on"), [
    ("行政法规", 2, False, True),  # 政|法: 法 follows 政 wherever the law has it
    ("行政法规", 3, False, True),  # 政法|规: the word goes on
    ("的股票", 2, True, True),  # 股|票, read back from 票
    ("的股票", 1, True, False),  # never across 的
    ("遵守法律", 2, True, False),  # a phrase the law repeats is no term
    ("处五万元", 2, False, False),  # never into a number
])  # fmt: skip
def test_where_a_term_of_the_law_goes_on(text: str, at: int, back: bool, goes_on: bool) -> None:
    from lawcomment.review.phrases import LawWords

    assert LawWords(LAW).goes_on(text, at, back, word=True) is goes_on


#: A law that writes 上市公司 as a term (上市 reads on into 公司) and 公司 alone at least as often; and
#: 行政处分, never 处分 alone.
LISTED = ("上市公司应当公告。上市公司的董事。上市公司设独立董事。公司应当依法经营。公司的股东会。公司可以设立分公司。"
          "依法给予行政处分。行政处分由机关决定。给予行政处分。法律、行政法规另有规定。")  # fmt: skip


@pytest.mark.parametrize(("text", "old", "new", "quoted", "put"), [
    # a modifier taken out of a term whose head the law writes alone too: 删去“上市” (a drafter's words)
    ("上市公司应当公告。", "上市", "", "上市", ""),
    ("本法所称上市公司，是指", "上市", "", "上市", ""),
    # the same words replaced: the term whole, 将“上市公司”修改为“国有公司”
    ("上市公司应当公告。", "上市", "国有", "上市公司", "国有公司"),
    # taken out of a term whose rest the law never writes alone: the term renamed, 将“行政处分”修改为“处分”
    ("依法给予行政处分。", "行政", "", "行政处分", "处分"),
    # a lone character: never 删去 of a piece of a word
    ("上市公司应当公告。", "市", "", "上市公司", "上公司"),
])  # fmt: skip
def test_words_taken_out_whole_read_as_taken_out(text: str, old: str, new: str, quoted: str, put: str) -> None:
    from lawcomment.review.phrases import LawWords, quote_span

    start = text.index(old)
    a, b = quote_span(text, start, start + len(old), new, LawWords(LISTED))
    assert (text[a:b], text[a:start] + new + text[start + len(old):b]) == (quoted, put)


#: (公司法 2018, a review) a law that writes 行政处分 twice only, fewer than TERM_TIMES, and 处分 never alone;
#: 上市公司 twice and 公司 alone often; 其他直接责任人员 twice.
SELDOM = ("依法给予行政处分。对直接负责的主管人员和其他直接责任人员，依法给予行政处分。上市公司应当公告。上市公司的董事。"
          "公司应当依法经营。公司的股东会。公司可以设立分公司。其他直接责任人员应当赔偿。")  # fmt: skip


@pytest.mark.parametrize(("text", "old", "quoted", "put"), [
    # a term the law writes too seldom for its pair 政|处 to read as one: still renamed, never 删去“行政”
    ("依法给予行政处分。", "行政", "行政处分", "处分"),
    # its head written alone often: the modifier taken out (删去“上市”)
    ("上市公司应当公告。", "上市", "上市", ""),
    # a word that makes phrases: taken out alone (删去“其他”)
    ("和其他直接责任人员，依法", "其他", "其他", ""),
])  # fmt: skip
def test_a_term_the_law_writes_seldom_taken_out_of_is_renamed(text: str, old: str, quoted: str, put: str) -> None:
    from lawcomment.review.phrases import LawWords, quote_span

    start = text.index(old)
    a, b = quote_span(text, start, start + len(old), "", LawWords(SELDOM))
    assert (text[a:b], text[a:start] + text[start + len(old):b]) == (quoted, put)


def test_the_company_laws_administrative_sanction_taken_out_is_renamed(corpus: Path) -> None:
    """公司法 2018 第二百零八条 (a review): 行政 taken out of 行政处分, which the law writes twice and 处分 never
    alone, is quoted as the instrument says it, 将“行政处分”修改为“处分”; 上市 of 上市公司 is 删去“上市”."""
    from lawcomment.review.phrases import LawWords, quote_span

    law = (corpus / "zh-versions" / "民法商法" / "公司法(2018-10-26).md").read_text(encoding="utf-8")
    words = LawWords(law)
    for text, old, quoted in (("其他直接责任人员，依法给予行政处分。", "行政", "行政处分"), ("本法所称上市公司，是指", "上市", "上市")):
        start = text.index(old)
        a, b = quote_span(text, start, start + len(old), "", words)
        assert text[a:b] == quoted


@pytest.mark.parametrize(("words", "after", "bounds"), [
    ("以上", "", True),
    ("内", "，", True),  # 二年 → 二年内
    ("内", "容", False),  # 三项 → 三项内容: 内 opens a word
    ("内容", "", False),
    ("个工作", "日", False),  # a measure word, not a bound (quantities reads it as the number's)
])  # fmt: skip
def test_words_put_in_after_a_quantity_that_bound_it(words: str, after: str, bounds: bool) -> None:
    from lawcomment.review.phrases import bounds_quantity

    assert bounds_quantity(words, after) is bounds


@pytest.mark.parametrize(("text", "at", "cut"), [
    ("处二千元以上二万元以下罚款", 5, True),  # 以|上: a bound is one word, though 上 stands alone too
    ("责令停止违法行为", 7, True),  # 违法行|为
    ("应当监视、监测", 3, True),  # 监|视, a word this law may write once
    ("在中国境内", 2, True),
    ("公司可以上市交易", 4, False),  # 可以|上市: 以 makes a word either way, the law's counts say (none here)
    ("自公布之日起施行", 5, False),  # 之日|起
    ("在中国境内", 3, False),
])  # fmt: skip
def test_a_common_word_is_never_cut_however_seldom_the_law_writes_it(text: str, at: int, cut: bool) -> None:
    """:func:`cuts_word` reads the words of :data:`WORDS` as words whatever a law's counts say: a bound (以上), a word
    of a character the law writes alone too (行为), a word the law writes once (监视)."""
    from lawcomment.review.phrases import LawWords, cuts_word

    assert cuts_word(text, at, LawWords("")) is cut
