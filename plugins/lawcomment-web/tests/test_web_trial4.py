"""A new user's trial of the web app (a consultation on 农产品质量安全法, two readings, on PostgreSQL):
what a member and staff met, each through the app as a browser sends it."""

from __future__ import annotations

import html as html_module
import re
from io import BytesIO

from conftest import post

ART1 = "为了保障电子商务各方主体的合法权益，制定本法。"
PARA22 = "个人销售自产农副产品的，不需要登记。"


def _form(c, rows: dict[str, tuple[str, str]], ref: str = "law@1") -> bytes:  # type: ignore[no-untyped-def]
    """The member's 意见反馈表 as ``c`` downloads it, the row printing each key's text filled in
    with its (wording, reason)."""
    from docx import Document

    doc = Document(BytesIO(c.get(f"/d/{ref}/form.docx").content))
    for printed, (wording, reason) in rows.items():
        row = next(r for t in doc.tables for r in t.rows if any(printed in cell.text for cell in r.cells))
        row.cells[-2].text, row.cells[-1].text = wording, reason
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def _text(page: str) -> str:
    return html_module.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def test_a_form_with_one_unreadable_row_imports_the_others_and_lists_that_row_in_chinese(client, store) -> None:
    """A trial: a form with one row whose 修改建议 was a suggestion (建议提高罚款上限) was refused
    whole, in English, with the command line's words (pass --skip-invalid). The readable rows are
    imported; the row left out is listed in the member's language, naming its article and what to
    do; sent again once corrected, only that row is added."""
    c = client("li")
    sent = _form(c, {ART1: ("建议提高罚款上限", "威慑不足"), PARA22: ("个人销售自产农副产品的，依法不需要登记。", "明确依据")})
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("反馈.docx", sent, "application/octet-stream")})
    assert r.status_code == 200, r.text
    said = _text(r.text)
    assert "以下1行未能读取，未予导入（其余各行已导入）" in said
    assert ("第一条（意见反馈表第2个表格第" in said and "修改建议栏写的是建议（「建议提高罚款上限」），不是第一条修改后的条文："
            "请写出修改后的条文" in said), said  # fmt: skip
    assert "重新上传整份文件" in said and "新增意见1条" in said
    assert "--skip-invalid" not in said and "art_1" not in said and "table 2" not in said
    (kept,) = store.comments("law@1")
    assert kept.anchor.eid == "art_2__para_2"
    # corrected and sent again: the row imported already is not added twice
    fixed = _form(c, {ART1: ("为了保障电子商务各方主体的合法权益，规范电子商务行为，制定本法。", "威慑不足"),
                      PARA22: ("个人销售自产农副产品的，依法不需要登记。", "明确依据")})  # fmt: skip
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("反馈.docx", fixed, "application/octet-stream")})
    assert r.status_code == 200 and "新增意见1条" in _text(r.text) and "未能读取" not in r.text, _text(r.text)
    assert sorted(x.anchor.eid for x in store.comments("law@1")) == ["art_1", "art_2__para_2"]


def test_a_form_whose_every_row_is_unreadable_is_refused_with_the_rows_listed(client, store) -> None:
    c = client("li")
    sent = _form(c, {ART1: ("建议提高罚款上限", "威慑不足")})
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("反馈.docx", sent, "application/octet-stream")})
    assert r.status_code == 400
    said = _text(r.text)
    assert "以下1行未能读取，文件中的意见均未导入" in said and "第一条（意见反馈表" in said and "文件已导入" not in said
    assert store.comments("law@1") == []
    # in English, for a user reading in English
    c.post("/lang", data={"csrf": re.search(r'name="csrf" value="([^"]+)"', c.get("/").text)[1], "lang": "en", "next": "/"})  # type: ignore[index]
    r = post(c, "/d/law@1/mine", "/d/law@1/upload", {}, files={"file": ("反馈.docx", sent, "application/octet-stream")})
    assert r.status_code == 400 and "This row could not be read; nothing of the file was imported" in _text(r.text)
    assert "第一条 (the form&#39;s table 2, row" in r.text or "第一条 (the form's table 2, row" in _text(r.text)
