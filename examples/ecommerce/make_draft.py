"""Regenerate draft-v1.docx and draft-v1.md: the first three chapters of the E-commerce Law,
presented as a draft the way ministries circulate them (Word, auto-numbered 第X条, a 目录),
and acme-markup.docx: that draft as a member returns it, with tracked changes and comments.

Source text: 中华人民共和国电子商务法 (2018), a PRC statute, not subject to copyright.
Run from the repository root:  python examples/ecommerce/make_draft.py
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lawcomment import load_draft
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


if __name__ == "__main__":
    main()
