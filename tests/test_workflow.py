"""A whole consultation on a real law, end to end through the CLI (issue 13).

The draft is the 反垄断法 of 2007 (57 articles) as staff get it: a LibreOffice-written Word
file with auto-numbered articles and a 目录 (tests/data/lawcomment__anti-monopoly-2007-draft.docx).
Five member companies in two working groups comment on it by every intake path, each on
other articles: typed in (amend, a 项 of a several-款 article, a 项 of a one-款 article, a 款,
support, question), a CSV, a JSON file, a filled 意见反馈表, and two marked-up Word drafts,
one per way Word records a new paragraph. Staff resolve a conflict, accept, reject, accept in
bulk, leave two changes unreviewed, withdraw a comment and undo an import; the submission is
exported (docx and md) and read back article by article against the committee text
expected. The second reading is the real 2022 revision (70 articles, renumbered): adopted
proposals must propose nothing more, a rejected change stays rejected at its new number,
decisions that no longer apply are listed, and `adoption` says what was adopted.

Every step runs once (the module-scoped ``cx`` fixture); the tests check its results.
"""

from __future__ import annotations

import csv
import json
import re
import zipfile
from pathlib import Path
from types import SimpleNamespace

import docx
import pytest
from click.testing import CliRunner, Result
from lxml import etree

from tests.docx_builders import docx_lines, soffice_convert, tracked_docx

DATA = Path(__file__).parent / "data"
V1_DOCX = DATA / "lawcomment__anti-monopoly-2007-draft.docx"
V1_MD = DATA / "anti-monopoly-2007.md"
V2_MD = DATA / "anti-monopoly-2022.md"
DATE = "2026-11-21T09:00:00Z"
ASSOCIATION = "外商投资企业协会法律委员会"
TITLE = "中华人民共和国反垄断法（草案）"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇]+条(?:之[一二三四五六七八九十]+)?")
LABELLED = re.compile(rf"({ARTICLE.pattern})\u3000")  # an article as the submission prints it: 第十条　…


def _md_articles(path: Path) -> dict[str, str]:
    """label → body of every article of a LawRefBook file, read without lawcomment."""
    text = path.read_text(encoding="utf-8").split("<!-- INFO END -->", 1)[1]
    articles: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.split("\n"):
        if not line.strip():
            continue
        if line.startswith("#"):
            current = None
            continue
        m = re.match(rf"({ARTICLE.pattern}) (.*)$", line)
        if m:
            current = articles.setdefault(m.group(1), [])
            current.append(m.group(2))
        else:
            assert current is not None, line
            current.append(line)
    return {label: "\n".join(lines) for label, lines in articles.items()}


OLD = _md_articles(V1_MD)
NEW = _md_articles(V2_MD)


def _edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, (old, text)
    return text.replace(old, new)


def _kuan(label: str, n: int) -> str:
    return OLD[label].split("\n")[n - 1]


# -- what the members propose -------------------------------------------------------------------
# Each is (old words, new words) in one article; the member's wording and the committee text
# expected are both made from it.

A1 = ("保护市场公平竞争，", "保护市场公平竞争，鼓励创新，")  # acme, typed; the 2022 text has it
A5 = ("公平竞争、自愿联合，", "公平竞争、")  # borealis, CSV; staff reject it; 2022 kept the words
A11 = ("依法竞争，", "依法竞争，合规经营，")  # borealis, CSV (with its label typed in); adopted
A12 = ("法人和其他组织", "法人和非法人组织")  # cathay, marked up; adopted
A15 = ("统一产品规格、标准或者实行专业化分工的", "统一产品规格、标准、实行专业化分工或者促进绿色低碳发展的")  # acme, 项; not adopted
A20 = ("通过合同等方式", "通过合同、协议控制等方式")  # borealis, 项 of a one-款 article; left unreviewed
A25 = ("之日起三十日内", "之日起二十日内")  # delta, comment form; accepted, not adopted
A27 = ("对国民经济发展的影响", "对国民经济发展和国家安全的影响")  # delta, typed, then withdrawn
A34 = ("招标投标活动", "招标投标和政府采购活动")  # everbright, JSON; 2022 rewrote these words
A36 = ("强制经营者", "强制或者变相强制经营者")  # everbright, JSON; adopted
A37 = ("行政机关不得", "行政机关和法律、法规授权的具有管理公共事务职能的组织不得")  # everbright, JSON; adopted
A41 = ("商业秘密负有", "商业秘密、个人隐私和个人信息依法负有")  # everbright, JSON; adopted
A46_ACME = ("可以处五十万元", "可以处一百万元")  # 第四十六条第三款: the conflict; 2022 says 三百万元
A46_BOREALIS = ("可以处五十万元", "可以处三百万元")
A47 = ("百分之十以下", "百分之五以下")  # delta, in the CSV imported by mistake and undone
NEW_21 = "经营者集中未达到国务院规定的申报标准，但有证据证明该经营者集中具有或者可能具有排除、限制竞争效果的，国务院反垄断执法机构可以要求经营者申报。"  # fmt: skip
NEW_50 = "经营者实施垄断行为，损害社会公共利益的，设区的市级以上人民检察院可以依法向人民法院提起民事公益诉讼。"
NEW_AFTER_7 = "经营者不得利用数据和算法、技术、资本优势以及平台规则等从事本法禁止的垄断行为。"  # 2022 第九条
NEW_AFTER_14 = "经营者不得组织其他经营者达成垄断协议或者为其他经营者达成垄断协议提供实质性帮助。"  # 2022 第十九条

ITEM_15_2 = _kuan("第十五条", 3)  # （二）为提高产品质量…
ITEM_20_3 = _kuan("第二十条", 4)  # （三）经营者通过合同等方式…
ITEM_27_5 = _kuan("第二十七条", 6)  # （五）经营者集中对国民经济发展的影响；
KUAN_46_3 = _kuan("第四十六条", 3)

MEMBERS_CSV = (
    "会员,单位名称,工作组,邮箱,语言\n"
    "acme,ACME (China) Ltd.,竞争合规工作组,legal@acme.example,zh\n"
    "borealis,Borealis Trading (Shanghai) Co.,竞争合规工作组,policy@borealis.example,en\n"
    "cathay,Cathay Retail Holdings,数字经济工作组,gr@cathay.example,zh\n"
    "delta,Delta Pharmaceuticals (Suzhou) Co.,竞争合规工作组,compliance@delta.example,en\n"
    "everbright,Everbright Digital Services,数字经济工作组,legal@everbright.example,zh\n"
)

# -- the committee text expected in the submission of 第一稿, article by article ---------------------
# Base text with exactly the changes staff accepted: not the rejected 第五条, the withdrawn
# 第二十七条, the undone 第四十七条, nor the unreviewed 第二十条 and new article after 第七条.
SUBMITTED = {
    "第一条": _edit(OLD["第一条"], *A1),
    "第十一条": _edit(OLD["第十一条"], *A11),
    "第十二条": _edit(OLD["第十二条"], *A12),
    "第十四条": OLD["第十四条"],
    "第十四条之一": NEW_AFTER_14,
    "第十五条": _edit(OLD["第十五条"], *A15),
    "第二十一条": OLD["第二十一条"] + "\n" + NEW_21,
    "第二十五条": _edit(OLD["第二十五条"], *A25),
    "第三十四条": _edit(OLD["第三十四条"], *A34),
    "第三十六条": _edit(OLD["第三十六条"], *A36),
    "第三十七条": _edit(OLD["第三十七条"], *A37),
    "第四十一条": _edit(OLD["第四十一条"], *A41),
    "第四十六条": OLD["第四十六条"].replace(KUAN_46_3, _edit(KUAN_46_3, *A46_BOREALIS)),
    "第五十条": OLD["第五十条"] + "\n" + NEW_50,
}  # fmt: skip
LEFT_OUT = ["第五条", "第七条", "第七条之一", "第二十条", "第二十七条", "第四十七条", "第五十三条",
            # no change goes out and staff wrote no committee reason: only supported (第十七条), a member's
            # reason in the form (第二十三条), a question (第二十八条), Word comments (第三十一条, 第五十六条)
            "第十七条", "第二十三条", "第二十八条", "第三十一条", "第五十六条"]


def _ok(result: Result) -> Result:
    assert result.exit_code == 0, (result.output, result.exception)
    return result


@pytest.fixture(scope="module")
def cx(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """The whole consultation, run once. ``cx.r[step]`` is each step's CliRunner result,
    ``cx.run(*args)`` runs more (read-only) commands against the store, ``cx.files`` the inputs."""
    from lawcomment.cli import cli

    tmp = tmp_path_factory.mktemp("workflow")
    db = tmp / "consultation.db"
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(cli, ["--db", str(db), "--user", "staff", *args])

    r: dict[str, Result] = {}
    files: dict[str, Path] = {}

    def step(name: str, *args: str, ok: bool = True) -> Result:
        r[name] = result = run(*args)
        if ok:
            _ok(result)
        return result

    def listed(name: str) -> None:
        r[name] = _ok(run("comment", "list", "--draft", "am@1", "--all", "--format", "json"))

    step("init", "init")
    step("draft", "draft", "add", str(V1_DOCX), "--name", "am", "--version", "1")
    files["members"] = tmp / "members.csv"
    files["members"].write_text(MEMBERS_CSV, encoding="utf-8")
    step("members", "member", "import", str(files["members"]))

    # -- typed in
    add = ("comment", "add", "--draft", "am@1")
    step("add-1", *add, "--member", "acme", "--at", "第一条", "--propose", _edit(OLD["第一条"], *A1),
         "--reason", "体现鼓励创新的立法目的")  # fmt: skip
    step("add-15", *add, "--member", "acme", "--at", "第十五条第一款第（二）项",
         "--propose", _edit(ITEM_15_2, *A15), "--reason", "纳入绿色发展")  # with its label （二）: dropped  # fmt: skip
    step("add-20", *add, "--member", "borealis", "--at", "第二十条第（三）项",
         "--propose", _edit(ITEM_20_3[3:], *A20), "--reason", "涵盖协议控制结构")  # fmt: skip
    step("add-17", *add, "--member", "cathay", "--at", "第十七条", "--stance", "support", "--reason", "支持列举式规定")
    step("add-28", *add, "--member", "delta", "--at", "第二十八条", "--stance", "question", "--quote", "明显大于",
         "--reason", "“明显大于”的标准如何把握？")  # fmt: skip
    step("add-27", *add, "--member", "delta", "--at", "第二十七条第（五）项", "--propose", _edit(ITEM_27_5[3:], *A27),
         "--reason", "考虑国家安全")  # fmt: skip
    step("add-46", *add, "--member", "acme", "--at", "第四十六条第三款", "--propose", _edit(KUAN_46_3, *A46_ACME),
         "--reason", "提高威慑力")  # fmt: skip

    # -- a CSV (Chinese headers, UTF-8 with BOM as Excel saves it) and a JSON file
    files["csv"] = tmp / "borealis.csv"
    with files["csv"].open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(["会员", "条款", "修改建议", "理由"])
        out.writerow(["borealis", "第四十六条第三款", _edit(KUAN_46_3, *A46_BOREALIS), "与经营者罚款相衔接"])
        out.writerow(["borealis", "第十一条", "第十一条 " + _edit(OLD["第十一条"], *A11), "强调合规经营"])
        out.writerow(["borealis", "第五条", _edit(OLD["第五条"], *A5), "“自愿联合”易被误读为协同行为"])
    step("csv", "comment", "import", str(files["csv"]), "--draft", "am@1")
    files["json"] = tmp / "everbright.json"
    files["json"].write_text(json.dumps([
        {"member": "everbright", "article": "第三十四条", "proposed_text": _edit(OLD["第三十四条"], *A34), "reason": "涵盖政府采购"},
        {"member": "everbright", "article": "36", "proposed_text": _edit(OLD["第三十六条"], *A36), "reason": "涵盖变相强制"},
        {"member": "everbright", "article": "第三十七条", "proposed_text": _edit(OLD["第三十七条"], *A37), "reason": "主体与第三十二条一致"},
        {"member": "everbright", "article": "art_41", "proposed_text": "第四十一条\u3000" + _edit(OLD["第四十一条"], *A41),
         "reason": "保护个人信息"},
    ], ensure_ascii=False, indent=1), encoding="utf-8")  # fmt: skip
    step("json", "comment", "import", str(files["json"]), "--draft", "am@1")

    # -- the comment form, filled as a member does
    files["form"] = tmp / "form-delta.docx"
    step("form-make", "form", "make", "--draft", "am@1", "--member", "delta", "--articles", "23-25", "-o", str(files["form"]))
    form = docx.Document(str(files["form"]))
    # the header, then 第二十三条, 第二十四条, 第二十五条 (the heading row of their chapter, across the table, left out)
    rows = [r for r in form.tables[1].rows if len({id(c._tc) for c in r.cells}) > 1]
    rows[1].cells[3].text = "建议明确申报书的格式要求"
    rows[3].cells[2].text = _edit(OLD["第二十五条"], *A25)
    rows[3].cells[3].text = "缩短初步审查期限"
    files["form-filled"] = tmp / "form-delta-filled.docx"
    form.save(str(files["form-filled"]))
    step("form", "comment", "import", str(files["form-filled"]))

    # -- a CSV sent by mistake (delta's early draft): imported, then undone
    files["early"] = tmp / "delta-early.csv"
    with files["early"].open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["member", "article", "proposed_text", "reason"])
        out.writerow(["delta", "第四十七条", _edit(OLD["第四十七条"], *A47), "早期意见稿"])
        out.writerow(["delta", "第五十三条", "", "复议前置是否必要？"])
    step("early", "comment", "import", str(files["early"]), "--draft", "am@1")

    # -- two marked-up copies of the staff's Word file, one per paragraph convention
    title, lines = docx_lines(V1_DOCX)

    def at(within: list[str], label: str) -> int:
        (i,) = [i for i, line in enumerate(within) if line.startswith(label + "\u3000")]
        return i

    # cathay: Enter at the END of the last paragraph, then typed (that paragraph's mark is inserted)
    end = list(lines)
    i = at(end, "第十二条")
    end[i] = end[i].replace(A12[0], "法人和[-其他-][+非法人+]组织")
    i = at(end, "第十五条") - 1  # （三）, the last 项 of 第十四条
    end[i] += "¶+"
    end.insert(i + 1, f"[+第十四条之一\u3000{NEW_AFTER_14}+]")
    i = at(end, "第五十条")
    end[i] += "¶+"
    end.insert(i + 1, f"[+{NEW_50}+]")
    files["markup-end"] = tracked_docx(tmp / "cathay-markup.docx", end, title, author="Wang Li (Cathay)",
                                       comments={at(end, "第三十一条"): "建议明确国家安全审查的程序"})  # fmt: skip
    files["authors"] = tmp / "authors.csv"
    files["authors"].write_text("author,member\nWang Li (Cathay),cathay\n", encoding="utf-8")
    step("markup-end", "comment", "import", str(files["markup-end"]), "--draft", "am@1", "--author-map", str(files["authors"]))
    # acme: typed at the START of the next article, then Enter (the new paragraph's own mark is inserted)
    start = list(lines)
    start.insert(at(start, "第二十二条"), f"[+{NEW_21}+]¶+")  # a new 款 of 第二十一条
    start.insert(at(start, "第八条"), f"[+第七条之一\u3000{NEW_AFTER_7}+]¶+")  # a new article
    files["markup-start"] = tracked_docx(tmp / "acme-markup.docx", start, title, author="Li Na",
                                         comments={at(start, "第五十六条"): "建议明确农村经济组织的范围"})  # fmt: skip
    step("markup-start", "comment", "import", str(files["markup-start"]), "--draft", "am@1", "--member", "acme")
    listed("intake")
    step("merge-before", "merge", "--draft", "am@1", "--format", "json")

    # -- corrections
    step("withdraw", "comment", "withdraw", "6", "--reason", "会员撤回")
    step("undo", "import", "undo", "4")
    listed("corrected")
    step("imports", "import", "list", "--format", "json")

    # -- staff decide
    step("strict-open", "merge", "--draft", "am@1", "--article", "第四十六条", "--strict", ok=False)
    decide = ("decide", "--draft", "am@1")
    step("d1", *decide, "--article", "第一条", "--accept", "c1", "--reason", "鼓励创新")
    step("d2", *decide, "--article", "第五条", "--reject", "c1", "--reason", "自愿联合是依法集中的方式")
    step("d3", *decide, "--article", "第十一条", "--accept", "c1")
    step("d4", *decide, "--article", "第十二条", "--accept", "c1")
    step("d5", *decide, "--article", "第十四条", "--accept", "n1", "--reason", "规制轴辐协议")
    step("d6", *decide, "--accept-all", "--article", "第十五条")
    step("d8", *decide, "--article", "第二十一条", "--accept", "c1")
    step("d9", *decide, "--article", "第二十五条", "--accept", "c1")
    step("d10", *decide, "--article", "第五十条", "--accept", "c1")
    step("d11", *decide, "--article", "第四十六条", "--choose", "x1:2", "--reason", "采纳较高的罚款上限")
    step("bulk", *decide, "--accept-all", "--member", "everbright", "--reason", "数字经济工作组意见")
    step("strict-resolved", "merge", "--draft", "am@1", "--article", "第四十六条", "--strict")
    step("merge-v1", "merge", "--draft", "am@1", "--format", "json")

    # -- the submission
    files["docx"] = tmp / "submission.docx"
    step("export-docx", "export", "--draft", "am@1", "--format", "docx", "-o", str(files["docx"]), "--date", DATE,
         "--association", ASSOCIATION)  # fmt: skip
    files["md"] = tmp / "submission.md"
    step("export-md", "export", "--draft", "am@1", "--format", "md", "-o", str(files["md"]), "--date", DATE)
    step("export-json", "export", "--draft", "am@1", "--format", "json", "--date", DATE)
    files["md-all"] = tmp / "submission-all.md"
    step("export-md-all", "export", "--draft", "am@1", "--format", "md", "-o", str(files["md-all"]), "--date", DATE,
         "--include-unreviewed")  # fmt: skip

    # -- the second reading
    step("v2", "draft", "add", str(V2_MD), "--name", "am", "--version", "2", "--supersedes", "1")
    step("v2-list", "comment", "list", "--draft", "am@2", "--all", "--format", "json")
    step("merge-v2", "merge", "--draft", "am@2", "--format", "json")
    step("merge-v2-text", "merge", "--draft", "am@2")
    step("adoption", "adoption", "--draft", "am@2")
    step("adoption-json", "adoption", "--draft", "am@2", "--format", "json")
    step("v2-again", "draft", "add", str(V2_MD), "--name", "am", "--version", "2", "--supersedes", "1")
    step("v2-list-again", "comment", "list", "--draft", "am@2", "--all", "--format", "json")
    return SimpleNamespace(r=r, run=run, files=files, tmp=tmp)


def _comments(result: Result) -> list[dict]:
    return json.loads(result.stdout)["comments"]  # type: ignore[no-any-return]


def _units(result: Result) -> dict[str, dict]:
    return {u["eid"]: u for u in json.loads(result.stdout)["units"]}


# -- the draft and the members --------------------------------------------------------------------


def test_the_draft_is_the_libreoffice_written_word_file(cx: SimpleNamespace) -> None:
    with zipfile.ZipFile(V1_DOCX) as z:
        assert "LibreOffice" in z.read("docProps/app.xml").decode()
    draft = cx.r["draft"]
    assert draft.stdout == f"added am@1: {TITLE} (57 articles, profile zh-CN)\n"
    assert draft.stderr == f"{V1_DOCX}:11: toc: table of contents (9 lines) set aside; it is not law text\n"
    split = json.loads(_ok(cx.run("split", str(V1_DOCX), "--format", "json")).stdout)
    # every article of the Word file reads as the 2007 law (auto-numbered labels included)
    assert {a["label"]: a["text"] for a in split["articles"]} == OLD
    assert [c["label"] for c in split["units"]] == [f"第{n}章" for n in "一二三四五六七八"]


def test_members_come_from_a_csv_with_chinese_headers(cx: SimpleNamespace) -> None:
    assert cx.r["members"].stdout == f"{cx.files['members']}: 5 added, 0 updated, 0 unchanged\n"
    members = json.loads(_ok(cx.run("member", "list", "--format", "json")).stdout)["members"]
    assert [(m["id"], m["group"], m["lang"], m["role"]) for m in members] == [
        ("acme", "竞争合规工作组", "zh", "member"), ("borealis", "竞争合规工作组", "en", "member"),
        ("cathay", "数字经济工作组", "zh", "member"), ("delta", "竞争合规工作组", "en", "member"),
        ("everbright", "数字经济工作组", "zh", "member")]  # fmt: skip


# -- intake -------------------------------------------------------------------------------------------


def test_typed_comments_name_the_unit_they_landed_on(cx: SimpleNamespace) -> None:
    said = {name: (cx.r[name].stdout, cx.r[name].stderr) for name in
            ("add-1", "add-15", "add-20", "add-17", "add-28", "add-27", "add-46")}  # fmt: skip
    assert said == {
        "add-1": ("added comment #1 by acme on 第一条 (art_1) (amend)\n", ""),
        "add-15": ("added comment #2 by acme on 第十五条第一款第二项 (art_15__para_1__item_2) (amend)\n", ""),
        # a one-款 article's item cited without its 款
        "add-20": ("added comment #3 by borealis on 第二十条第三项 (art_20__para_1__item_3) (amend)\n", ""),
        "add-17": ("added comment #4 by cathay on 第十七条 (art_17) (support)\n", ""),
        "add-28": ("added comment #5 by delta on 第二十八条 (art_28) (question)\n", ""),
        "add-27": ("added comment #6 by delta on 第二十七条第五项 (art_27__para_1__item_5) (amend)\n", ""),
        "add-46": ("added comment #7 by acme on 第四十六条第三款 (art_46__para_3) (amend)\n", ""),
    }


def test_every_file_intake_path(cx: SimpleNamespace) -> None:
    f = cx.files
    said = {name: (cx.r[name].stdout, cx.r[name].stderr) for name in
            ("csv", "json", "form-make", "form", "early", "markup-end", "markup-start")}  # fmt: skip
    assert said == {
        "csv": (f"{f['csv']}: csv into am@1: 3 added, 0 already there, 0 superseded\n", ""),
        "json": (f"{f['json']}: json into am@1: 4 added, 0 already there, 0 superseded\n", ""),
        "form-make": (f"wrote {f['form']}: 3 article(s) of am@1\n", ""),
        "form": (f"{f['form-filled']}: form into am@1: 2 added, 0 already there, 0 superseded\n", ""),
        "early": (f"{f['early']}: csv into am@1: 2 added, 0 already there, 0 superseded\n", ""),
        "markup-end": (f"{f['markup-end']}: marked-up draft into am@1: 4 added, 0 already there, 0 superseded\n", ""),
        "markup-start": (f"{f['markup-start']}: marked-up draft into am@1: 3 added, 0 already there, 0 superseded\n", ""),
    }  # fmt: skip


def test_what_the_store_holds_after_intake(cx: SimpleNamespace) -> None:
    """One row per comment, whatever path it came by; labels typed before a proposal are dropped."""
    got = [(c["id"], c["eid"], c["member"], c["stance"], c["source"]["kind"], c["proposed_text"], c["body"], c["status"])
           for c in _comments(cx.r["intake"])]  # fmt: skip
    assert sorted(got) == [
        (1, "art_1", "acme", "amend", "cli", _edit(OLD["第一条"], *A1), "体现鼓励创新的立法目的", "open"),
        (2, "art_15__para_1__item_2", "acme", "amend", "cli", _edit(ITEM_15_2[3:], *A15), "纳入绿色发展", "open"),
        (3, "art_20__para_1__item_3", "borealis", "amend", "cli", _edit(ITEM_20_3[3:], *A20), "涵盖协议控制结构", "open"),
        (4, "art_17", "cathay", "support", "cli", None, "支持列举式规定", "open"),
        (5, "art_28", "delta", "question", "cli", None, "“明显大于”的标准如何把握？", "open"),
        (6, "art_27__para_1__item_5", "delta", "amend", "cli", _edit(ITEM_27_5[3:], *A27), "考虑国家安全", "open"),
        (7, "art_46__para_3", "acme", "amend", "cli", _edit(KUAN_46_3, *A46_ACME), "提高威慑力", "open"),
        (8, "art_46__para_3", "borealis", "amend", "csv", _edit(KUAN_46_3, *A46_BOREALIS), "与经营者罚款相衔接", "open"),
        (9, "art_11", "borealis", "amend", "csv", _edit(OLD["第十一条"], *A11), "强调合规经营", "open"),
        (10, "art_5", "borealis", "amend", "csv", _edit(OLD["第五条"], *A5), "“自愿联合”易被误读为协同行为", "open"),
        (11, "art_34", "everbright", "amend", "json", _edit(OLD["第三十四条"], *A34), "涵盖政府采购", "open"),
        (12, "art_36", "everbright", "amend", "json", _edit(OLD["第三十六条"], *A36), "涵盖变相强制", "open"),
        (13, "art_37", "everbright", "amend", "json", _edit(OLD["第三十七条"], *A37), "主体与第三十二条一致", "open"),
        (14, "art_41", "everbright", "amend", "json", _edit(OLD["第四十一条"], *A41), "保护个人信息", "open"),
        (15, "art_23", "delta", "comment", "form", None, "建议明确申报书的格式要求", "open"),
        (16, "art_25", "delta", "amend", "form", _edit(OLD["第二十五条"], *A25), "缩短初步审查期限", "open"),
        (17, "art_47", "delta", "amend", "csv", _edit(OLD["第四十七条"], *A47), "早期意见稿", "open"),
        (18, "art_53", "delta", "question", "csv", None, "复议前置是否必要？", "open"),
        (19, "art_12", "cathay", "amend", "docx-revision", _edit(OLD["第十二条"], *A12), "", "open"),
        (20, "art_14", "cathay", "insert", "docx-revision", NEW_AFTER_14,
         "", "open"),
        (21, "art_50", "cathay", "amend", "docx-revision", OLD["第五十条"] + "\n" + NEW_50, "", "open"),
        (22, "art_31__para_1", "cathay", "comment", "docx-comment", None, "建议明确国家安全审查的程序", "open"),
        (23, "art_7", "acme", "insert", "docx-revision", NEW_AFTER_7, "", "open"),
        (24, "art_21", "acme", "amend", "docx-revision", OLD["第二十一条"] + "\n" + NEW_21, "", "open"),
        (25, "art_56__para_1", "acme", "comment", "docx-comment", None, "建议明确农村经济组织的范围", "open"),
    ]  # fmt: skip
    authors = {c["id"]: c["source"]["author"] for c in _comments(cx.r["intake"]) if c["id"] >= 19}
    assert authors == {19: "Wang Li (Cathay)", 20: "Wang Li (Cathay)", 21: "Wang Li (Cathay)", 22: "Wang Li (Cathay)",
                       23: "Li Na", 24: "Li Na", 25: "Li Na"}  # fmt: skip


def test_both_paragraph_conventions_give_new_kuan_and_new_articles(cx: SimpleNamespace) -> None:
    """Enter at the end (cathay: new 款 of 第五十条, new article after 第十四条) and typed at the
    start of the next article (acme: new 款 of 第二十一条, new article after 第七条): each new
    款 belongs to the article before it, each labelled paragraph is a new article."""
    units = _units(cx.r["merge-before"])
    for eid, new in (("art_21", NEW_21), ("art_50", NEW_50)):
        assert [(c["old"], c["new"], c["state"]) for c in units[eid]["changes"]] == [("", "\n" + new, "proposed")]
        assert units[eid]["position"] == units[eid]["base"] + "\n" + new
    for eid, new, member in (("art_7", NEW_AFTER_7, "acme"), ("art_14", NEW_AFTER_14, "cathay")):
        assert [(i["id"], i["after"], i["text"], i["supporters"]) for i in units[eid]["insertions"]] == [
            ("n1", eid, new, [member])]
        assert units[eid]["changes"] == [] and units[eid]["position"] == units[eid]["base"]
    # the articles after the new paragraphs are untouched (第十五条 has only acme's typed 项)
    assert {"art_8", "art_22", "art_51"} & set(units) == set()
    assert {s for c in units["art_15"]["changes"] for s in c["supporters"]} == {"acme"}
    assert units["art_15"]["insertions"] == []


def test_a_word_comment_on_a_whole_paragraph_quotes_its_text_not_the_typed_label(cx: SimpleNamespace) -> None:
    """The reviewer selected the whole paragraph 第三十一条　对外资…, label included (as a
    triple click does). The label is not text of 第三十一条第一款, so the quote is the 款's text,
    found in it at offset 0."""
    comments = {c["id"]: c for c in _comments(cx.r["intake"])}
    for cid, eid, label in ((22, "art_31__para_1", "第三十一条"), (25, "art_56__para_1", "第五十六条")):
        c = comments[cid]
        assert (c["eid"], c["quote"], c["selector"]["offset"]) == (eid, OLD[label], 0), c["selector"]


# -- corrections ----------------------------------------------------------------------------------


def test_withdraw_and_import_undo_take_comments_out_of_the_merge(cx: SimpleNamespace) -> None:
    assert cx.r["withdraw"].stdout == "withdrew comment #6 (undo: lawcomment comment undo 6)\n"
    assert cx.r["undo"].stdout == (f"undid import #4 ({cx.files['early'].name} into am@1): 2 comment(s) withdrawn, 0 reopened "
                                   "(restore: lawcomment import restore 4)\n")  # fmt: skip
    statuses = {c["id"]: c["status"] for c in _comments(cx.r["corrected"])}
    assert {i for i, s in statuses.items() if s != "open"} == {6, 17, 18}
    assert {statuses[i] for i in (6, 17, 18)} == {"withdrawn"}
    imports = json.loads(cx.r["imports"].stdout)["imports"]
    assert [(b["id"], b["file"], b["kind"], b["added"], b["undone_at"] is not None) for b in imports] == [
        (1, "borealis.csv", "csv", 3, False), (2, "everbright.json", "json", 4, False),
        (3, "form-delta-filled.docx", "form", 2, False), (4, "delta-early.csv", "csv", 2, True),
        (5, "cathay-markup.docx", "marked-up draft", 4, False), (6, "acme-markup.docx", "marked-up draft", 3, False)]  # fmt: skip
    listed = _ok(cx.run("comment", "list", "--draft", "am@1")).stdout
    assert not re.search(r"^#(6|17|18) ", listed, re.MULTILINE)
    assert listed.endswith("\n22 comment(s)\n")
    units = _units(cx.r["merge-v1"])
    before = _units(cx.r["merge-before"])
    assert before["art_47"]["changes"] and before["art_27"]["changes"]
    for eid in ("art_27", "art_47", "art_53"):  # what they proposed is gone from the merge …
        assert eid not in units or (units[eid]["changes"], units[eid]["proposals"]) == ([], []), units[eid]
    # … and so are the units nobody else commented on
    assert {"art_27", "art_47", "art_53"} & set(units) == set()


# -- decisions ------------------------------------------------------------------------------------


def test_the_conflict_is_resolved_with_choose(cx: SimpleNamespace) -> None:
    open_ = cx.r["strict-open"]
    assert open_.exit_code == 3
    assert open_.stdout.splitlines()[:5] == [
        "第四十六条 (art_46): 2 proposal(s) from acme, borealis",
        f"  merged:   {OLD['第四十六条'].splitlines()[0]}", f"            {OLD['第四十六条'].splitlines()[1]}",
        f"            {KUAN_46_3}",
        "  x1  conflict at 「五十万元以下」 (occurrence 2 of 2, after 「法机构可以处」): UNRESOLVED"]  # fmt: skip
    assert "        1) 「一百万元以下」  [acme: #7]" in open_.stdout and "        2) 「三百万元以下」  [borealis: #8]" in open_.stdout
    assert cx.r["d11"].stdout == "decision #11: chose x1:2 on 第四十六条 (art_46) (采纳较高的罚款上限)\n  「五十万元以下」 → 「三百万元以下」\n"
    assert "  x1  conflict at 「五十万元以下」 (occurrence 2 of 2, after 「法机构可以处」): resolved: alternative 2 (decision #11)" in cx.r["strict-resolved"].stdout


def test_staff_decisions_one_by_one_and_in_bulk(cx: SimpleNamespace) -> None:
    # each decision's words on a line of their own under it (set apart here, checked below)
    outs = [cx.r[name].stdout for name in ("d1", "d2", "d3", "d4", "d5", "d6", "d8", "d9", "d10", "bulk")]
    said = ["".join(line for line in out.splitlines(keepends=True) if not line.startswith("  ")) for out in outs]
    assert [line for out in outs[:3] for line in out.splitlines() if line.startswith("  ")] == [
        "  inserting 「鼓励创新，」", "  turned down: 「自愿联合，」 → (deleted)", "  inserting 「合规经营，」"]
    assert said == [
        "decision #1: accepted c1 on 第一条 (art_1) (鼓励创新)\n",
        "decision #2: rejected c1 on 第五条 (art_5) (自愿联合是依法集中的方式)\n",
        "decision #3: accepted c1 on 第十一条 (art_11)\n",
        "decision #4: accepted c1 on 第十二条 (art_12)\n",
        "decision #5: accepted n1 on 第十四条 (art_14) (规制轴辐协议)\n",
        ("decision #6: accepted c1 on 第十五条 (art_15)\ndecision #7: accepted c2 on 第十五条 (art_15)\n"
         "accepted 2 change(s) in 1 unit(s); 0 already decided; 0 conflict(s) left to decide one by one\n"),
        "decision #8: accepted c1 on 第二十一条 (art_21)\n",
        "decision #9: accepted c1 on 第二十五条 (art_25)\n",
        "decision #10: accepted c1 on 第五十条 (art_50)\n",
        ("decision #12: accepted c1 on 第三十四条 (art_34)\ndecision #13: accepted c1 on 第三十六条 (art_36)\ndecision #14: accepted c1 on 第三十七条 (art_37)\n"
         "decision #15: accepted c1 on 第四十一条 (art_41)\n"
         "accepted 4 change(s) of everbright in 4 unit(s); 0 already decided; 0 conflict(s) left to decide one by one\n"),
    ]  # fmt: skip
    units = _units(cx.r["merge-v1"])
    states = {eid: ([(c["old"], c["new"], c["state"]) for c in u["changes"]],
                    [(i["id"], i["state"]) for i in u["insertions"]],
                    [(x["id"], x["chosen"]) for x in u["conflicts"]]) for eid, u in units.items()
              if u["changes"] or u["insertions"] or u["conflicts"]}  # fmt: skip
    assert states == {
        "art_1": ([("", "鼓励创新，", "accepted")], [], []),
        "art_5": ([("自愿联合，", "", "rejected")], [], []),
        "art_7": ([], [("n1", "proposed")], []),
        "art_11": ([("", "合规经营，", "accepted")], [], []),
        "art_12": ([("其他", "非法人", "accepted")], [], []),
        "art_14": ([], [("n1", "accepted")], []),
        "art_15": ([("或者", "、", "accepted"), ("", "或者促进绿色低碳发展", "accepted")], [], []),
        "art_20": ([("", "、协议控制", "proposed")], [], []),
        "art_21": ([("", "\n" + NEW_21, "accepted")], [], []),
        "art_25": ([("三十", "二十", "accepted")], [], []),
        "art_34": ([("", "和政府采购", "accepted")], [], []),
        "art_36": ([("", "或者变相强制", "accepted")], [], []),
        "art_37": ([("", "和法律、法规授权的具有管理公共事务职能的组织", "accepted")], [], []),
        "art_41": ([("", "、个人隐私和个人信息依法", "accepted")], [], []),
        "art_46": ([], [], [("x1", 2)]),
        "art_50": ([("", "\n" + NEW_50, "accepted")], [], []),
    }  # fmt: skip
    summary = json.loads(cx.r["merge-v1"].stdout)["summary"]
    assert (summary["conflicts"], summary["unresolved"]) == (1, 0)


# -- the submission of 第一稿 -------------------------------------------------------------------------


def _docx_views(path: Path) -> dict[str, list[tuple[str, str]]]:
    """(style, text) of each paragraph as Word shows the file with all tracked changes
    accepted, and with all rejected; read with lxml, not with lawcomment."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    paras = []
    for p in root.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        marks = [e.tag for e in p.findall(f"{W}pPr/{W}rPr/*") if e.tag in (f"{W}ins", f"{W}del")]
        accepted = "".join(t.text or "" for t in p.iter(f"{W}t"))
        original = "".join(t.text or "" for t in p.iter(f"{W}t", f"{W}delText")
                           if not any(a.tag == f"{W}ins" for a in t.iterancestors()))  # fmt: skip
        paras.append((style.get(f"{W}val") if style is not None else "", marks, accepted, original))
    views: dict[str, list[tuple[str, str]]] = {}
    for view, gone in (("accepted", f"{W}del"), ("original", f"{W}ins")):
        out, carry = [], ""
        for style, marks, accepted, original in paras:
            text = carry + (accepted if view == "accepted" else original)
            if gone in marks:  # this paragraph's mark is not there: it runs on into the next one
                carry = text
                continue
            carry = ""
            out.append((style, text))
        views[view] = out
    return views


def _articles(paragraphs: list[tuple[str, str]]) -> dict[str, str]:
    """label → text of the articles: a law-text paragraph 第X条　…, then the law-text
    paragraphs after it, up to the next heading, note (reasons, supporters) or article."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for style, text in paragraphs:
        labelled = LABELLED.match(text) if style == "LawText" else None
        if labelled:
            current = found.setdefault(labelled[1], [])
            current.append(text[labelled.end():])
        elif style == "LawText" and current is not None:
            current.append(text)
        else:
            current = None
    return {label: "\n".join(lines) for label, lines in found.items()}


def test_the_docx_submission_holds_the_committee_text_article_by_article(cx: SimpleNamespace) -> None:
    result = cx.r["export-docx"]
    assert result.stdout == (f"wrote {cx.files['docx']} (docx): am@1, 13 article(s) changed in the submission, "
                             "0 unresolved conflict(s)\n")  # fmt: skip
    views = _docx_views(cx.files["docx"])
    accepted, original = _articles(views["accepted"]), _articles(views["original"])
    for label, text in SUBMITTED.items():  # with the tracked changes accepted: the committee's text
        assert accepted.get(label) == text, label
    for label in SUBMITTED:  # with them rejected: the draft as it stands
        assert original.get(label) == OLD.get(label), label
    for words in (A5[1] + "依法实施集中", A20[1], A27[1], A47[1], NEW_AFTER_7, A46_ACME[1]):
        assert words not in "\n".join(accepted.values()), words
    revisions = [e for e in etree.fromstring(zipfile.ZipFile(cx.files["docx"]).read("word/document.xml")).iter(
        f"{W}ins", f"{W}del")]  # fmt: skip
    assert revisions and {(e.get(f"{W}author"), e.get(f"{W}date")) for e in revisions} == {(ASSOCIATION, DATE)}
    for label in LEFT_OUT:  # rejected, unreviewed, withdrawn, undone: not there at all
        assert label not in accepted, label
    assert list(accepted) == list(SUBMITTED)  # law order, nothing else


def _md_articles_of(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The md submission's articles (**第X条**　…) with <ins>/<del> accepted, and rejected."""
    views: tuple[dict[str, str], dict[str, str]] = ({}, {})
    for line in path.read_text(encoding="utf-8").split("\n"):
        for n, (drop, keep) in enumerate((("del", "ins"), ("ins", "del"))):
            text = re.sub(rf"<{drop}>.*?</{drop}>", "", line)
            text = re.sub(rf"</?{keep}>", "", text).replace("<br>", "\n")
            labelled = re.match(rf"\*\*({ARTICLE.pattern})\*\*\u3000", text)
            if labelled:
                views[n][labelled[1]] = text[labelled.end():]
    return views


def test_the_md_submission_holds_the_committee_text_article_by_article(cx: SimpleNamespace) -> None:
    assert cx.r["export-md"].stdout == (f"wrote {cx.files['md']} (md): am@1, 13 article(s) changed in the submission, "
                                        "0 unresolved conflict(s)\n")  # fmt: skip
    accepted, original = _md_articles_of(cx.files["md"])
    for label, text in SUBMITTED.items():
        assert accepted.get(label) == text, label
        assert original.get(label) == OLD.get(label), label
    for label in LEFT_OUT:
        assert label not in accepted, label
    assert list(accepted) == list(SUBMITTED)


def test_unreviewed_changes_are_named_and_only_included_on_request(cx: SimpleNamespace) -> None:
    for name in ("export-docx", "export-md", "export-md-all"):
        lines = cx.r[name].stderr.splitlines()
        assert lines[1:3] == ["  第七条 (art_7): n1", "  第二十条 (art_20): c1"], name
        assert lines[0].startswith("warning: 2 unreviewed change(s) ")
    assert cx.r["export-md-all"].stdout == (f"wrote {cx.files['md-all']} (md): am@1, 15 article(s) changed in the "
                                            "submission, 0 unresolved conflict(s)\n")  # fmt: skip
    accepted, original = _md_articles_of(cx.files["md-all"])
    draft = {**SUBMITTED, "第七条": OLD["第七条"], "第七条之一": NEW_AFTER_7,
             "第二十条": _edit(OLD["第二十条"], *A20)}  # fmt: skip
    for label, text in draft.items():
        assert accepted.get(label) == text, label
        assert original.get(label) == OLD.get(label), label
    assert set(accepted) == set(draft)


def test_withdrawn_comments_are_out_of_the_json_export(cx: SimpleNamespace) -> None:
    """`comment withdraw` and `import undo`: out of every merge and export (README, Fixing mistakes)."""
    doc = json.loads(cx.r["export-json"].stdout)
    positions = {p["eid"]: (p["status"], p["comments"]) for p in doc["positions"]}
    assert positions["art_46"] == ("amended", [7, 8]) and positions["art_5"][1] == [10]
    assert {6, 17, 18} & {c for _, ids in positions.values() for c in ids} == set()
    assert {"art_27", "art_47", "art_53"} & set(positions) == set()
    assert [c["id"] for c in doc["comments"] if c["status"] == "withdrawn"] == []


def test_the_submission_names_no_internal_ids(cx: SimpleNamespace) -> None:
    """The legislature reads it: reasons are the members' words, never lawcomment's eids or
    the import's own description of a tracked change."""
    notes = [text for style, text in _docx_views(cx.files["docx"])["accepted"] if style.startswith("Note")]
    assert notes
    assert [n for n in notes if "art_" in n or "inserted after" in n] == []
    md = cx.files["md"].read_text(encoding="utf-8")
    assert "art\\_" not in md and "inserted after" not in md


# -- the second reading: the 2022 revision ------------------------------------------------------------


ADOPTED_V2 = {  # comment on 第一稿 → its article on the 2022 text (a new article: the provision it enacted, 第九条, 第十九条)
    1: "art_1", 23: "art_9", 9: "art_14", 19: "art_15", 20: "art_19", 24: "art_26", 12: "art_44", 13: "art_45",
    14: "art_49", 8: "art_56__para_4", 21: "art_60"}  # fmt: skip


def test_the_second_reading_prints_what_it_carried(cx: SimpleNamespace) -> None:
    result = cx.r["v2"]
    lines = result.stdout.splitlines()
    assert lines[0] == "added am@2: 中华人民共和国反垄断法 (70 articles, profile zh-CN)"
    # the Word comments' quotes are the 款's own text (see the test above), found as they were
    assert lines[1:4] == [
        "carried 23 comment(s) from am@1 to am@2 (0 quote(s) re-anchored approximately, 1 proposal(s) re-based, "
        "11 adopted), 2 orphaned (carried too: 25 in all)",
        # everbright's 和政府采购 and acme's 一百万元: the 2022 text rewrote those very words
        "  orphaned #11 (everbright): 第三十四条 (art_34) → 第四十二条 (art_42); none of its 1 change(s) fits the new "
        "text (the new version rewrote 「招标投标活动」 as 「招标投标以及其他经营活动」); the member's wording stays in "
        "comment #11",
        "  orphaned #7 (acme): 第四十六条第三款 (art_46__para_3) → 第五十六条第四款 (art_56__para_4); none of its 1 "
        "change(s) fits the new text (the new version rewrote 「构可以处五十万元以下」 as 「构责令改正，可以处三百万元以下」); the "
        "member's wording stays in comment #7; the committee chose otherwise: at am@1 it chose 「三百万元以下」 for "
        "「五十万元以下」 over this proposal's 「一百万元以下」 (decision #11)",
    ]  # fmt: skip


def test_decisions_that_no_longer_apply_are_listed(cx: SimpleNamespace) -> None:
    result = cx.r["v2"]
    lines = result.stdout.splitlines()
    made = "no longer applies: the new version made this change"
    expected = [
        f"  decision #1 (accept 「鼓励创新，」 on 第一条 (art_1)) {made}",
        f"  decision #3 (accept 「合规经营，」 on 第十一条 (art_11)) {made}",
        f"  decision #4 (accept 「其他」 → 「非法人」 on 第十二条 (art_12)) {made}",
        f"  decision #11 (choose 「三百万元以下」 for 「五十万元以下」 on 第四十六条 (art_46)) {made}",
        ("  decision #12 (accept 「和政府采购」 on 第三十四条 (art_34)) no longer applies: the new version changed "
         "「招标投标活动」 to 「招标投标以及其他经营活动」 there"),
        f"  decision #13 (accept 「或者变相强制」 on 第三十六条 (art_36)) {made}",
        f"  decision #14 (accept 「和法律、法规授权的具有管理公共事务职能的组织」 on 第三十七条 (art_37)) {made}",
        f"  decision #15 (accept 「、个人隐私和个人信息依法」 on 第四十一条 (art_41)) {made}",
    ]  # fmt: skip
    text = result.stdout
    for line in expected:
        assert line + "\n" in text, line
    for n, new, where in ((8, NEW_21, "第二十一条 (art_21)"), (10, NEW_50, "第五十条 (art_50)")):  # the new 款
        assert re.search(rf"^  decision #{n} \(accept [^「]*「\s?{new}」 on {re.escape(where)}\) {made}$", text, re.MULTILINE), n
    # carried: the rejection on 第五条, the accepted 项 of 第十五条 (two changes), 第二十五条's 二十日
    # no longer applies: the new article after 第十四条, which the 2022 text added (第十九条)
    dropped = re.findall(r"^  decision #(\d+) \(", text, re.MULTILINE)
    assert sorted(map(int, dropped)) == [1, 3, 4, 5, 8, 10, 11, 12, 13, 14, 15]
    assert f"  decision #5 (accept new unit 「{NEW_AFTER_14}」 on 第十四条 (art_14)) no longer applies: " in text
    assert "carried 4 decision(s); 11 more no longer apply (not carried)" in lines


def test_adopted_proposals_are_adopted_and_propose_nothing(cx: SimpleNamespace) -> None:
    carried = {c["origin"]: c for c in _comments(cx.r["v2-list"])}
    assert len(carried) == 25
    adopted = {origin: c["eid"] for origin, c in carried.items() if c["status"] == "adopted"}
    assert adopted == ADOPTED_V2
    assert {o: (c["eid"], c["status"]) for o, c in carried.items() if o not in ADOPTED_V2} == {
        10: ("art_6", "open"), 2: ("art_20__para_1__item_2", "open"), 4: ("art_22", "open"),
        3: ("art_25__para_1__item_3", "open"), 15: ("art_28", "open"), 16: ("art_30", "open"),
        6: ("art_33__para_1__item_5", "withdrawn"), 5: ("art_34", "open"), 11: ("art_42", "orphaned"),
        7: ("art_56__para_4", "orphaned"), 17: ("art_57", "withdrawn"), 18: ("art_65", "withdrawn"),
        22: (carried[22]["eid"], "open"), 25: (carried[25]["eid"], "open")}  # fmt: skip
    # the Word comments followed their words, which the 2022 text kept (第三十八条, 第六十九条)
    assert (carried[22]["eid"].split("__")[0], carried[22]["quote"]) == ("art_38", OLD["第三十一条"])
    assert (carried[25]["eid"].split("__")[0], carried[25]["quote"]) == ("art_69", OLD["第五十六条"])
    units = _units(cx.r["merge-v2"])
    for eid in {e.split("__")[0] for e in ADOPTED_V2.values()}:
        u = units.get(eid)  # absent: only adopted comments there, nothing left to merge
        if u is not None:
            assert (u["changes"], u["insertions"], u["conflicts"]) == ([], [], []), eid
            assert u["position"] == u["base"], eid
    # nothing the 2022 text already says is proposed a second time
    for eid, words in (("art_1", "鼓励创新，"), ("art_14", "合规经营，"), ("art_15", "非法人组织"), ("art_26", NEW_21),
                       ("art_44", "或者变相强制"), ("art_45", "和法律、法规授权的具有管理公共事务职能的组织不得"),
                       ("art_49", "个人隐私和个人信息依法"), ("art_56", "可以处三百万元"), ("art_60", NEW_50)):  # fmt: skip
        assert eid not in units or units[eid]["position"].count(words) == units[eid]["base"].count(words) >= 1, eid
    # a proposal whose words the 2022 text rewrote says so, is orphaned and proposes nothing
    assert carried[11]["note"].endswith("none of its 1 change(s) fits the new text (the new version rewrote "
                                        "「招标投标活动」 as 「招标投标以及其他经营活动」); the member's wording stays "
                                        "in comment #11")  # fmt: skip
    assert "art_42" not in units or units["art_42"]["changes"] == []


def test_adding_the_second_reading_again_carries_nothing_twice(cx: SimpleNamespace) -> None:
    lines = cx.r["v2-again"].stdout.splitlines()
    assert lines[:2] == ["am@2 is already stored from this file; nothing changed",
                         ("carried 0 comment(s) from am@1 to am@2 (0 quote(s) re-anchored approximately, 0 proposal(s) "
                          "re-based, 0 adopted), 0 orphaned; 25 carried before")]  # fmt: skip
    assert _comments(cx.r["v2-list-again"]) == _comments(cx.r["v2-list"])


def test_decisions_follow_the_renumbering_to_the_second_reading(cx: SimpleNamespace) -> None:
    units = _units(cx.r["merge-v2"])
    assert [(c["old"], c["new"], c["state"]) for c in units["art_6"]["changes"]] == [("自愿联合，", "", "rejected")]
    assert "自愿联合，" in units["art_6"]["position"]
    assert [(c["old"], c["new"], c["state"]) for c in units["art_20"]["changes"]] == [
        ("或者", "、", "accepted"), ("", "或者促进绿色低碳发展", "accepted")]
    # delta's 二十日 re-based onto 2022 第三十条, whose cross-reference now reads 第二十八条
    assert [(c["old"], c["new"], c["state"]) for c in units["art_30"]["changes"]] == [("三十", "二十", "accepted")]
    assert units["art_30"]["position"] == _edit(NEW["第三十条"], *A25)
    assert [(c["new"], c["state"]) for c in units["art_25"]["changes"]] == [("、协议控制", "proposed")]
    stale = [(eid, w) for eid, u in units.items() for w in u["warnings"] if "no longer matches" in w]
    assert stale == []
    assert "no longer matches the proposals" not in cx.r["merge-v2-text"].stdout


ADOPTION = [  # comment, member, 第一稿, 2022, state
    (1, "acme", "第一条 (art_1)", "第一条 (art_1)", "adopted"),
    (10, "borealis", "第五条 (art_5)", "第六条 (art_6)", "not adopted"),
    (23, "acme", "第七条 (art_7)", "第九条 (art_9)", "adopted"),  # the new article after 第七条: where 2022 put it
    (9, "borealis", "第十一条 (art_11)", "第十四条 (art_14)", "adopted"),
    (19, "cathay", "第十二条 (art_12)", "第十五条 (art_15)", "adopted"),
    (20, "cathay", "第十四条 (art_14)", "第十九条 (art_19)", "adopted"),  # 2022 put the new article there
    # (a 款 or 项 cited where it went, when the new article has one reading like it: a web trial)
    (2, "acme", "第十五条第一款第二项 (art_15__para_1__item_2)", "第二十条第一款第二项 (art_20__para_1__item_2)", "not adopted"),
    (3, "borealis", "第二十条第三项 (art_20__para_1__item_3)", "第二十五条第三项 (art_25__para_1__item_3)", "not adopted"),
    (24, "acme", "第二十一条 (art_21)", "第二十六条 (art_26)", "adopted"),
    (16, "delta", "第二十五条 (art_25)", "第三十条 (art_30)", "not adopted"),
    (11, "everbright", "第三十四条 (art_34)", "第四十二条 (art_42)", "not adopted"),
    (12, "everbright", "第三十六条 (art_36)", "第四十四条 (art_44)", "adopted"),
    (13, "everbright", "第三十七条 (art_37)", "第四十五条 (art_45)", "adopted"),
    (14, "everbright", "第四十一条 (art_41)", "第四十九条 (art_49)", "adopted"),
    (7, "acme", "第四十六条第三款 (art_46__para_3)", "第五十六条第四款 (art_56__para_4)", "not adopted"),  # 一百万元; 2022: 三百万元
    (8, "borealis", "第四十六条第三款 (art_46__para_3)", "第五十六条第四款 (art_56__para_4)", "adopted"),
    (21, "cathay", "第五十条 (art_50)", "第六十条 (art_60)", "adopted"),
]  # fmt: skip
#: What the text report says after a verdict: the fine set otherwise at the place of the one asked.
ADOPTION_SAID = {7: " (the new version has 「三百万元以下」 where 「一百万元以下」 was asked)",
                 # and what it wrote where a change it did not make asked other words
                 11: " (the new version wrote 「以及其他经营」 where 「和政府采购」 was asked)",
                 # and what more it wrote around a change it made (反垄断法, a trial: "adopted" read as word for word)
                 24: " (the new version wrote more words of its own in the article)",
                 # on a 款: only what the new version wrote in that 款 (由…责令改正，), never in the article's others
                 8: " (the new version also wrote 「由」、「责令改正，」)"}


def test_adoption_reports_what_the_2022_text_adopted(cx: SimpleNamespace) -> None:
    doc = json.loads(cx.r["adoption-json"].stdout)
    assert (doc["old"], doc["new"]) == ("am@1", "am@2")
    assert [(p["comment"], p["member"], p["old"], p["new"], p["state"]) for p in doc["proposals"]] == ADOPTION
    assert {p["comment"]: p["fines"] for p in doc["proposals"] if "fines" in p} == {
        7: [{"asked": "一百万元以下", "written": "三百万元以下"}]}
    assert doc["members"] == {"acme": {"adopted": 3, "not adopted": 2}, "borealis": {"adopted": 2, "not adopted": 2},
                              "cathay": {"adopted": 3}, "delta": {"not adopted": 1},
                              "everbright": {"adopted": 3, "not adopted": 1}}  # fmt: skip


def test_adoption_text_report(cx: SimpleNamespace) -> None:
    text = cx.r["adoption"].stdout.splitlines()
    assert (cx.r["adoption"].exit_code, text[0]) == (0, "proposals on am@1 against am@2:")
    assert text[27:] == [
        # the committee position: what staff accepted (not the unreviewed 第七条之一 and 第二十条)
        "committee position: 10 of 14 change(s) adopted (71%)",
        "  第一条 (art_1) → 第一条 (art_1)  adopted (1/1 changes)",
        "  第十一条 (art_11) → 第十四条 (art_14)  adopted (1/1 changes)",
        "  第十二条 (art_12) → 第十五条 (art_15)  adopted (1/1 changes)",
        "  第十四条 (art_14) → 第十九条 (art_19)  adopted (1/1 changes)",  # its new article: where 2022 put it
        "  第十五条 (art_15) → 第二十条 (art_20)  not adopted (0/2 changes)",
        "  第二十一条 (art_21) → 第二十六条 (art_26)  adopted (1/1 changes)",
        "  第二十五条 (art_25) → 第三十条 (art_30)  not adopted (0/1 changes)",
        "  第三十四条 (art_34) → 第四十二条 (art_42)  not adopted (0/1 changes) (the new version wrote 「以及其他经营」 where "
        "「和政府采购」 was asked)",
        "  第三十六条 (art_36) → 第四十四条 (art_44)  adopted (1/1 changes)",
        "  第三十七条 (art_37) → 第四十五条 (art_45)  adopted (1/1 changes)",
        "  第四十一条 (art_41) → 第四十九条 (art_49)  adopted (1/1 changes)",
        "  第四十六条 (art_46) → 第五十六条 (art_56)  adopted (1/1 changes)",
        "  第五十条 (art_50) → 第六十条 (art_60)  adopted (1/1 changes)",
    ]  # fmt: skip
    # (a new article proposed is cited after the article it follows: after 第七条 (art_7))
    rows = [re.fullmatch(r"  #(\d+)\s+(\S+)\s+(?:after )?(\S+ \(\S+\)) → (\S+ \(\S+\))\s+(.+?)(?: \(now #(\d+)\))?", line)
            for line in text[1:18]]  # fmt: skip
    assert [(int(m[1]), m[2], m[3], m[4], m[5]) if m else line for m, line in zip(rows, text[1:18])] == [
        (*row[:4], row[4] + ADOPTION_SAID.get(row[0], "")) for row in ADOPTION]
    # each proposal names its copy in am@2 (every one was carried): one copy each
    copies = [int(m[6]) for m in rows if m and m[6]]
    assert len(copies) == len(rows) == len(set(copies))
    assert text[18:27] == [
        "by member:",
        "  acme: 5 proposal(s): 3 adopted, 2 not adopted",
        "  borealis: 4 proposal(s): 2 adopted, 2 not adopted",
        "  cathay: 3 proposal(s): 3 adopted",
        "  delta: 1 proposal(s): 1 not adopted",
        "  everbright: 4 proposal(s): 3 adopted, 1 not adopted",
        "by working group:",
        "  数字经济工作组: 7 proposal(s): 6 adopted, 1 not adopted",
        "  竞争合规工作组: 10 proposal(s): 5 adopted, 5 not adopted",
    ]


# -- the fixture itself ---------------------------------------------------------------------------------


@pytest.mark.libreoffice
def test_the_draft_fixture_is_what_the_recipe_writes(tmp_path: Path, soffice: str) -> None:
    """tests/data/SOURCES.md: draft_to_docx (auto-numbered, with a 目录), re-saved by LibreOffice."""
    import dataclasses

    from lawcomment import load_draft
    from lawcomment.testing import draft_to_docx

    law = dataclasses.replace(load_draft(V1_MD), title=TITLE)
    built = draft_to_docx(law, tmp_path / V1_DOCX.name, numbering="auto", toc=True)
    saved = soffice_convert(soffice, built, tmp_path / "lo", "docx:MS Word 2007 XML")
    assert docx_lines(saved) == docx_lines(V1_DOCX)
