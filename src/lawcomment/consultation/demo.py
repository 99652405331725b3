"""``lawcomment demo``: a whole consultation on examples/ecommerce, from the draft to the
staff's review, the submission and the second reading, in a temporary store; the results go
to one folder.
"""

from __future__ import annotations

import shlex
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..atomic import write_atomic
from ..consultation.decisions import decide, decide_translation, draft_positions
from ..drafts.anchors import cite
from ..errors import InputError, StoreError
from ..exports.contract import ExportOptions
from ..exports.md import adoption_md
from ..registry import export
from ..review.adoption import Adoption, adoption_text
from ..review.position import UnitPosition
from ..store import SQLStore, Store, create_store

#: The setting that marks a store made by ``lawcomment demo``.
DEMO_SETTING = "demo"


def is_demo_store(store: Store) -> bool:
    """Whether ``store`` was made by ``lawcomment demo`` (and may be given demo sign-ins)."""
    return store.setting(DEMO_SETTING) is not None
from .intake import (
    add_comment,
    add_draft_file,
    add_translation_file,
    import_comments,
    import_members,
    read_author_map,
)
from .manage import forward_comment
from .versions import carry_forward
from .view import load_consultation

ASSOCIATION = "外商投资企业协会法律委员会"
#: Who the demo's letter goes to, and who to ask about it (``store addressee``, ``store contact``).
ADDRESSEE, CONTACT = "全国人大常委会法制工作委员会", "联系人：李明，电话：010-12345678"

#: Comments members type in (member, article, proposed wording, reason).
TYPED = [
    ("acme", "第十条", "电子商务经营者应当依法办理市场主体登记。但是，个人销售自产农副产品、家庭手工业产品，个人利用自己的"
     "技能从事依法无须取得许可的便民劳务活动，以及依照法律、行政法规不需要进行登记的除外。", "零星小额交易标准不明"),
    ("everbright", "第三十一条", "电子商务平台经营者应当记录、保存平台上发布的商品和服务信息、交易信息，并确保信息的完整性、"
     "保密性、可用性。商品和服务信息、交易信息保存时间自交易完成之日起不少于二年；法律、行政法规另有规定的，依照其规定。",
     "保存期限宜与民事诉讼时效一致。"),
    ("cathay", "第二十一条", "电子商务经营者按照约定向消费者收取押金的，应当明示押金退还的方式、程序，不得对押金退还设置不合理"
     "条件。消费者申请退还押金，符合押金退还条件的，电子商务经营者应当在十五日内退还。", "“及时”的含义不明确，建议规定具体期限。"),
    ("delta", "第二十三条", "电子商务经营者收集、使用其用户的个人信息，应当遵守法律、行政法规有关个人信息保护的规定，并以显著"
     "方式告知用户收集、使用信息的目的、方式和范围。", "与个人信息保护法的告知规则衔接。"),
]  # fmt: skip

#: A comment written on the English working translation by an English-speaking member (member,
#: the article of the English text, its wording, reason), and the committee's Chinese wording
#: for it (lawcomment decide --text) with the committee's reason.
ENGLISH = ("fjord", "Article 34(1)",
           "E-commerce platform operators that amend their platform service agreements or transaction rules shall "
           "publicly solicit opinions in a conspicuous position on their home pages, and take reasonable measures to "
           "ensure that all parties concerned can express their opinions in a timely and full manner. The amendments "
           "shall be made public at least 30 days before they take effect.",
           "Seven days is too short for the businesses on a platform to adapt their own terms and systems.")
ENGLISH_DECISION = ("第三十四条",
                    "电子商务平台经营者修改平台服务协议和交易规则，应当在其首页显著位置公开征求意见，采取合理措施确保有关各方能够"
                    "及时充分表达意见。修改内容应当至少在实施前三十日予以公示。\n平台内经营者不接受修改内容，要求退出平台的，"
                    "电子商务平台经营者不得阻止，并按照修改前的服务协议和交易规则承担相关责任。",
                    "七日的公示期过短，平台内经营者难以及时调整自身的经营规则和系统。建议将公示期延长至三十日。")  # fmt: skip

#: A proposed new article (member, the article it follows, its text, reason).
NEW_ARTICLE = ("delta", "第二十三条", "电子商务经营者应当建立健全数据安全管理制度，采取必要措施保障其收集、存储的用户信息安全。",
               "数据安全义务宜在本法中单独规定。")  # fmt: skip

#: The staff's review (article, what they decide, reason): accept or reject each change and
#: the new article; "x1:borealis" chooses borealis's alternative of the conflict. The
#: conflict on 第三十一条 stays open, so it stays out of the submission.
REVIEW = [
    ("第十条", "choose", "x1:borealis", "零售工作组与医药工作组协商一致"),
    ("第十二条", "accept", "c1", "删去重复表述"),
    ("第十七条", "accept", "c1", ""),
    ("第二十一条", "accept", "c1", "明确押金退还期限"),
    ("第二十三条", "reject", "c1", "个人信息保护法已有告知规则"),
    ("第二十三条", "accept", "n1", "数据安全单列一条"),
    ("第三十条", "reject", "c1", "评估频次宜由行政法规规定"),
]


#: The committee's own reasons, printed as 理由 in the submission (lawcomment decide --article …
#: --committee-reason …): staff write them for the positions they submit.
REASONS = [
    ("第十条", "“便民劳务活动”的范围不清，实践中难以认定，且与零星小额交易活动存在交叉。建议删去相关表述，对个人从事零星小额"
     "交易活动统一予以豁免，便于经营者遵守和执法。"),
    ("第十二条", "“依法需要取得相关行政许可的”与后半句“应当依法取得行政许可”语义重复，建议删去，使条文更加简洁。"),
    ("第十七条", "信息披露不完整同样会损害消费者的知情权和选择权。建议增加“完整”的要求，防止经营者选择性披露。"),
    ("第二十一条", "“及时”的含义不明确，实践中容易引发争议。建议明确押金退还的期限为十五日，便于消费者维权和监管部门执法。"),
    ("第二十三条", "数据安全是电子商务经营者的基本义务。建议单列一条，要求经营者建立健全数据安全管理制度，"
     "与网络安全法的有关规定相衔接。"),
]  # fmt: skip

#: The member remark staff forward to the legislature (lawcomment comment forward ID): ACME's
#: question on 第十条, from its marked-up draft. It prints without naming ACME.
FORWARD = ("acme", "第十条", "comment")

#: The general opinion (总体意见), as staff write it in Markdown (export --intro FILE).
INTRO = """# 总体意见

本会组织会员单位对《中华人民共和国电子商务法（草案）》进行了认真研究。会员单位**总体赞同**草案的立法目的和
主要制度设计，认为草案对规范电子商务行为、保障各方主体合法权益具有重要意义。同时，会员单位建议：

- 进一步明确市场主体登记豁免的范围，避免“便民劳务活动”等概念在实践中难以认定；
- 明确押金退还等义务的具体期限，增强条文的*可操作性*；
- 对数据安全义务作出专门规定，与网络安全法相衔接。

具体修改意见如下。
"""


@dataclass
class DemoResult:
    """Where the demo put its results, and what each file is."""

    out: Path
    files: list[tuple[Path, str]] = field(default_factory=list)


def find_examples() -> Path:
    """examples/ecommerce of the source tree this package runs from."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "examples" / "ecommerce"
        if (candidate / "draft-v1.docx").is_file():
            return candidate
    raise StoreError("examples/ecommerce was not found next to this installation; run the demo from a clone "
                     "(pip install -e .) or pass --examples DIR")  # fmt: skip


def run_demo(out: str | Path, examples: str | Path | None = None, echo: Callable[[str], None] = print,
             date: str = "") -> DemoResult:  # fmt: skip
    """Run the consultation and write submission.docx (articles layout), submission-table.docx,
    the bilingual table, review.html, submission.md, consultation.json, tracking.csv,
    adoption.md and the store."""
    ex = Path(examples) if examples is not None else find_examples()
    out_dir = Path(out)
    if not out_dir.parent.is_dir():  # its own folder is made, never the ones above it (a typing slip, as -o's)
        raise InputError(str(out_dir), f"the folder {out_dir.parent} does not exist; nothing written")  # fmt: skip
    out_dir.mkdir(exist_ok=True)
    result = DemoResult(out_dir)
    with tempfile.TemporaryDirectory(prefix="lawcomment-demo-") as tmp:
        db = Path(tmp) / "consultation.db"
        store, _ = create_store(db, "secretariat")
        with store:
            # marks the store as the demo's: `serve --demo` (lawcomment-web) adds sign-ins only to such a store
            store.setting(DEMO_SETTING, lambda: "made by lawcomment demo")
            _consult(store, ex, echo)
            _submit(store, out_dir, result, echo, date)
            _second_reading(store, ex, out_dir, result, echo)
            _keep_store(store, out_dir / "consultation.db")
        result.files.append((out_dir / "consultation.db", "the consultation store (lawcomment --db …)"))
    return result


def _consult(store: Store, ex: Path, echo: Callable[[str], None]) -> None:
    stored, _, _ = add_draft_file(store, ex / "draft-v1.docx", "ecommerce", "1")
    echo(f"1. staff import the draft: {stored.ref}, {stored.title} ({len(stored.load().articles())} articles)")
    _, _, pairing, _ = add_translation_file(store, stored.ref, ex / "draft-v1-en.md")
    echo(f"   and its English working translation (draft-v1-en.md): {pairing.articles[0]} of {pairing.articles[1]} "
         f"articles and {pairing.units[0]} of {pairing.units[1]} units paired")  # fmt: skip
    import_members(store, ex / "members.csv")
    groups = sorted({m.group for m in store.members() if m.group})
    companies = sum(1 for m in store.members() if str(m.role) == "member")
    store.set_deadline(stored.ref, "2026-12-31")  # the review page then shows who has replied, and who has not
    echo(f"2. members: {companies} companies in {len(groups)} working groups ({', '.join(groups)}), and the "
         "secretariat; replies due 2026-12-31")
    for member, at, text, reason in TYPED:
        add_comment(store, stored.ref, member, at, propose=text, reason=reason)
    member, at, text, reason = NEW_ARTICLE
    add_comment(store, stored.ref, member, at, propose=text, reason=reason, stance="insert")
    echo(f"3. typed in: {len(TYPED)} proposals (acme, everbright, cathay, delta) and a new article after {at} ({member})")
    member, at, text, reason = ENGLISH
    cid, _ = add_comment(store, stored.ref, member, at, propose=text, reason=reason, lang="en")
    eid = next(c.anchor.eid for c in store.comments(stored.ref) if c.id == cid) or ""
    echo(f"   {member} writes in English, on the English text: a new wording of {at}, kept at {cite(eid, 'zh')}")
    r = import_comments(store, ex / "comments.csv", stored.ref)
    echo(f"4. CSV: {len(r.report.added)} comments from comments.csv")
    r = import_comments(store, ex / "form-fjord.docx")
    echo(f"5. comment form (意见反馈表): {len(r.report.added)} proposals from form-fjord.docx")
    r = import_comments(store, ex / "acme-markup.docx", stored.ref, author_map=read_author_map(ex / "authors.csv"))
    echo(f"6. marked-up Word draft: {len(r.report.added)} tracked changes and comments from acme-markup.docx "
         "(two authors)")  # fmt: skip
    positions = draft_positions(store, stored.ref)
    conflicts = [(p, x.conflict) for p in positions for x in p.conflicts]
    echo(f"7. merged: {sum(p.proposals for p in positions)} proposals on {len(positions)} units, "
         f"{sum(len(p.changes) for p in positions)} changes, {len(conflicts)} conflicts, "
         f"{sum(len(p.insertions) for p in positions)} new article(s)")  # fmt: skip
    _review(store, stored.ref, echo)


def _review(store: Store, ref: str, echo: Callable[[str], None]) -> None:
    """Staff decide, as `lawcomment decide` would; only what they accept goes out."""
    echo(f"8. staff review the merge (lawcomment decide --draft {ref} …):")
    by_citation = {p.citation.split(" ")[0]: p for p in draft_positions(store, ref)}
    for at, action, what, reason in REVIEW:
        pos = by_citation[at]
        if action == "choose":
            cid, _, member = what.partition(":")
            conflict = next(x.conflict for x in pos.conflicts if x.conflict.id == cid)
            what = f"{cid}:{next(a.number for a in conflict.alternatives if member in a.supporters)}"
        d = decide(store, ref, pos.eid, reason=reason, accept=what if action == "accept" else None,
                   reject=what if action == "reject" else None, choose=what if action == "choose" else None,
                   text=what if action == "text" else None)  # fmt: skip
        said = f" --reason {shlex.quote(reason)}" if reason else ""
        echo(f"   --article {at} --{action} {what}{said}  → decision #{d.id}: {_what(pos, action, what)}")
    left = [(p, x.conflict.id) for p in draft_positions(store, ref) for x in p.conflicts if x.chosen is None]
    for pos, cid in left:
        who = ", ".join(m for a in next(x.conflict for x in pos.conflicts if x.conflict.id == cid).alternatives
                        for m in a.supporters)  # fmt: skip
        echo(f"   {cid} on {pos.citation.split(' ')[0]} ({who}) stays open: it stays out of the submission until decided")
    at, wording, why = ENGLISH_DECISION
    english = next(c.id for c in store.comments(ref) if c.member == ENGLISH[0] and c.lang == "en")
    d = decide(store, ref, by_citation[at].eid, text=wording, reason="fjord 的英文修改建议")
    e = decide_translation(store, ref, by_citation[at].eid, from_comment=english, reason="fjord 的英文修改建议")
    store.set_committee_reason(ref, by_citation[at].eid, why)
    echo(f"   --article {at} --text '…三十日…' --text-en-from {english}  → decisions #{d.id} and #{e.id}: the "
         f"committee's Chinese wording, and {ENGLISH[0]}'s English one (both go out in the bilingual table)")
    for at, text in REASONS:
        store.set_committee_reason(ref, by_citation[at].eid, text)
    echo(f"   --article {REASONS[0][0]} --committee-reason '…' (and {', '.join(at for at, _ in REASONS[1:])})  "
         f"→ the committee's reasons, printed as 理由")  # fmt: skip
    member, at, stance = FORWARD
    remark = next(c for c in store.comments(ref) if c.member == member and str(c.stance) == stance
                  and c.anchor.eid is not None and c.anchor.eid.split("__")[0] == by_citation[at].eid)  # fmt: skip
    forward_comment(store, remark.id)
    echo(f"   comment forward {remark.id}  → {member}'s remark on {at} goes out, unattributed: {remark.body}")


def _what(pos: UnitPosition, action: str, what: str) -> str:
    """What one decision does, in a few words."""
    if action == "choose":
        cid, _, n = what.partition(":")
        alt = next(x.conflict for x in pos.conflicts if x.conflict.id == cid).alternatives[int(n) - 1]
        return f"{', '.join(alt.supporters)}'s wording"
    verb = "accepted" if action == "accept" else "rejected"
    ins = next((i for i in pos.insertions if i.id == what), None)
    if ins is not None:
        return f"{verb} {ins.supporters[0]}'s new article after {pos.citation.split(' ')[0]}"
    change = next(c.change for c in pos.changes if c.change.id == what)
    return f"{verb} {', '.join(change.supporters)}'s change"


def _submit(store: Store, out: Path, result: DemoResult, echo: Callable[[str], None], date: str) -> None:
    from .letterhead import set_association, set_letter_line

    set_association(store, ASSOCIATION)  # as staff name it once: `serve --demo`'s exports are signed too
    set_letter_line(store, "addressee", ADDRESSEE)
    set_letter_line(store, "contact", CONTACT)
    view = load_consultation(store, "ecommerce@1")
    base = ExportOptions(association=ASSOCIATION, date=date, intro=INTRO, addressee=ADDRESSEE, contact=CONTACT)
    plan = [
        ("submission.docx", "docx", base,
         "the submission: 总体意见, then each article with the committee's changes as tracked changes and its reasons"),
        ("submission-table.docx", "docx", ExportOptions(layout="table", association=ASSOCIATION, date=date,
                                                        addressee=ADDRESSEE, contact=CONTACT),
         "the comparison table 条文 | 修改建议 | 理由 (landscape)"),
        ("submission-en.docx", "docx", ExportOptions(lang="en", attribute="members", association=ASSOCIATION, date=date,
                                                     addressee=ADDRESSEE, contact=CONTACT),
         "English labels, each change attributed to its members"),
        ("submission-bilingual.docx", "docx",
         ExportOptions(layout="table", parallel="en", association=ASSOCIATION, date=date, addressee=ADDRESSEE,
                       contact=CONTACT),
         "the bilingual table 条文 | Article | 修改建议 | Proposed text | 理由 | Reasons (--lang zh+en)"),
        ("review.html", "html", base, "staff review page: every change with its state, filters by group, status, review"),
        ("submission.md", "md", base, "the submission in Markdown"),
        ("tracking.csv", "csv", base, "tracking sheet, one row per comment (opens in Excel)"),
    ]  # fmt: skip
    for name, fmt, options, what in plan:
        export(view, fmt, out / name, options)
        result.files.append((out / name, what))
    left = "; ".join(f"{i.position.citation.split(' ')[0]} {', '.join(i.unreviewed)}" for i in view.unreviewed)
    echo(f"9. exported the submission: {sum(1 for i in view.items if i.changed)} articles with accepted changes"
         + (f"; left out, not yet decided: {left}" if left else ""))  # fmt: skip


def _second_reading(store: Store, ex: Path, out: Path, result: DemoResult, echo: Callable[[str], None]) -> None:
    with store.transaction():
        stored, _, _ = add_draft_file(store, ex / "draft-v2.md", "ecommerce", "2")
        report = carry_forward(store, "ecommerce@1", stored.ref)
    echo(f"10. second reading: {stored.ref}; {report.counts['carried']} comments carried forward, "
         f"{report.counts['orphaned']} orphaned")  # fmt: skip
    view = load_consultation(store, "ecommerce@1")
    old_ref, new_ref = view.adoption_refs or ("ecommerce@1", stored.ref)
    summary = adoption_text(old_ref, new_ref, list(view.adoption), dict(view.members), lang="zh")
    text = "\n".join([f"# {view.title}", "", *adoption_md(view, ExportOptions()), "```", summary.rstrip("\n"), "```", ""])
    write_atomic(out / "adoption.md", text)
    result.files.append((out / "adoption.md", "which proposals the second reading adopted"))
    export(view, "json", out / "consultation.json")
    result.files.append((out / "consultation.json", "everything as lawcomment.consultation/1, adoption included"))
    adopted = sum(1 for o in view.adoption if o.state is Adoption.ADOPTED)
    echo(f"11. adoption: {adopted} of {len(view.adoption)} proposals adopted by {new_ref}")


def _keep_store(store: SQLStore, target: Path) -> None:
    """Copy the temporary store next to the results (SQLite's backup API: a consistent copy)."""
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    dest = sqlite3.connect(tmp)
    try:
        store.conn.backup(dest)
    finally:
        dest.close()
    shutil.move(str(tmp), str(target))
