"""Regenerate draft-v1.docx and draft-v1.md: the first three chapters of the E-commerce Law,
presented as a draft the way ministries circulate them (Word, auto-numbered 第X条, a 目录),
acme-markup.docx: that draft as a member returns it, with tracked changes and comments,
form-fjord.docx: the comment form (意见反馈表) for 第二十八条 to 第三十一条 as fjord fills it in, and
draft-v2.md: an invented second reading (二审稿) with an article inserted, one deleted, and
some members' proposals taken up, so the articles after the insertion are renumbered.

Source text: 中华人民共和国电子商务法 (2018), a PRC statute, not subject to copyright.
Run from the repository root:  python examples/ecommerce/make_draft.py
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import re

from lawcomment import cn_to_int, int_to_cn, load_draft
from lawcomment.review.align import renumber
from lawcomment.testing import Edit, draft_to_docx, mark_up

HERE = Path(__file__).parent
SOURCE = HERE.parents[1] / "tests" / "data" / "ecommerce-law.md"


def main() -> None:
    law = load_draft(SOURCE)
    draft = replace(law, title="中华人民共和国电子商务法（草案）", units=law.units[:3])
    draft_to_docx(draft, HERE / "draft-v1.docx", numbering="auto", toc=True)
    lines = [f"# {draft.title}", "", "<!-- INFO END -->", ""]
    for unit in draft.units:
        lines += [f"## {unit.label} {unit.heading}", ""]
        for child in unit.children:
            sub = [child] if child.kind == "article" else [child, *child.children]
            for u in sub:
                if u.kind.is_container:
                    lines += [f"### {u.label} {u.heading}", ""]
                elif u.kind == "article":
                    first, *rest = u.body().split("\n")
                    lines += [f"{u.label} {first}", ""] + [x for r in rest for x in (r, "")]
    (HERE / "draft-v1.md").write_text("\n".join(lines), encoding="utf-8")
    mark_up(HERE / "draft-v1.docx", HERE / "acme-markup.docx", [
        Edit("Wang Li (ACME)", "依法需要取得相关行政许可的，", replace="", comment="与后半句重复，建议删去。"),
        Edit("Wang Li (ACME)", "全面、真实、准确、及时地", replace="全面、真实、准确、及时、完整地",
             comment="信息披露应当完整。", replies=(("Zhao Min (ACME)", "同意"),)),
        Edit("Zhao Min (ACME)", "应当依法办理市场主体登记", comment="个人销售自产农副产品是否需要登记？请澄清。"),
    ])  # fmt: skip
    fill_form(draft, HERE / "form-fjord.docx", "fjord", "28-31", {
        "art_31": ("电子商务平台经营者应当记录、保存平台上发布的商品和服务信息、交易信息，并确保信息的完整性、保密性、"
                   "可用性。商品和服务信息、交易信息保存时间自交易完成之日起不少于一年；法律、行政法规另有规定的，依照其规定。",
                   "三年的保存期限对中小平台负担过重，一年足以满足纠纷处理需要。"),
        "art_30": ("电子商务平台经营者应当采取技术措施和其他必要措施保证其网络安全、稳定运行，防范网络违法犯罪活动，"
                   "有效应对网络安全事件，定期开展网络安全评估，保障电子商务交易安全。\n电子商务平台经营者应当制定网络安全"
                   "事件应急预案，发生网络安全事件时，应当立即启动应急预案，采取相应的补救措施，并向有关主管部门报告。",
                   "建议明确定期评估的义务，与网络安全法衔接。"),
    })  # fmt: skip
    second_reading((HERE / "draft-v1.md").read_text(encoding="utf-8"))


def fill_form(draft, path: Path, member: str, articles: str, answers: dict[str, tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    """Make the member's comment form and fill in some rows, as the member would in Word."""
    import docx

    from lawcomment.consultation.forms import make_form, select_articles

    eids = select_articles(draft, articles)
    make_form(draft, "ecommerce@1", path, member=member, articles=eids)
    doc = docx.Document(str(path))
    rows = doc.tables[1].rows[1:]  # tables[0] holds the 单位 … 日期 fields
    for eid, row in zip(eids, rows, strict=True):
        if eid in answers:
            proposed, reason = answers[eid]
            first, *more = proposed.split("\n")  # one paragraph per line, as typed with Enter
            row.cells[2].text = first
            for line in more:
                row.cells[2].add_paragraph(line)
            row.cells[3].text = reason
    doc.save(str(path))


#: The second reading's edits of draft-v1.md: (old text, new text); "" deletes an article.
SECOND_READING = [
    ("# 中华人民共和国电子商务法（草案）", "# 中华人民共和国电子商务法（草案二次审议稿）"),
    # a new article after 第八条: everything after it moves up by one
    ("第九条 本法所称电子商务经营者", "第八条之一 电子商务经营者应当遵守国家关于数据安全的规定。\n\n第九条 本法所称电子商务经营者"),
    # borealis's proposal for 第十条, taken up in part
    ("个人利用自己的技能从事依法无须取得许可的便民劳务活动和零星小额交易活动", "个人从事零星小额交易活动"),
    # acme asked to drop 依法需要取得相关行政许可的 (adopted)
    ("从事经营活动，依法需要取得相关行政许可的，应当依法取得行政许可。", "从事经营活动，应当依法取得行政许可。"),
    # the wording commented on in 第二十四条 changes slightly
    ("用户注销的方式、程序", "用户注销账户的方式、程序"),
]
DELETED = "第十六条"


def second_reading(v1: str) -> None:
    text = v1
    for old, new in SECOND_READING:
        assert old in text, old
        text = text.replace(old, new, 1)
    text = re.sub(rf"\n{DELETED} [^\n]*\n\n", "\n", text)
    # renumber 第X条 (and 第X条之一) in order, and move the citations with them
    labels = re.findall(r"^第([一二三四五六七八九十百]+)条(?:之一)? ", text, flags=re.M)
    mapping, n = {}, 0
    for line in re.findall(r"^(第[一二三四五六七八九十百]+条(?:之一)?) ", text, flags=re.M):
        n += 1
        if not line.endswith("之一"):
            mapping[str(cn_to_int(line[1:-1]))] = str(n)
    assert len(labels) == n
    counter = iter(range(1, n + 1))
    body = re.sub(r"^第[一二三四五六七八九十百]+条(?:之一)? ", lambda m: f"第{int_to_cn(next(counter))}条 ", text, flags=re.M)
    body = "\n".join(renumber(line, mapping) if not line.startswith("第") else
                     line.split(" ", 1)[0] + " " + renumber(line.split(" ", 1)[1], mapping)
                     for line in body.split("\n"))  # fmt: skip
    (HERE / "draft-v2.md").write_text(body, encoding="utf-8")


if __name__ == "__main__":
    main()
