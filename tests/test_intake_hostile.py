"""Hostile comment and member files (issue 15): a clear Error naming the file, row and column; nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def _import(run, path: Path, *options: str):  # type: ignore[no-untyped-def]
    return run("comment", "import", str(path), "--draft", "ecommerce@1", *options)


def _count(run) -> int:  # type: ignore[no-untyped-def]
    listed = json.loads(run("comment", "list", "--draft", "ecommerce@1", "--all", "--format", "json").stdout)
    return len(listed["comments"])


@pytest.mark.parametrize(("name", "content", "message"), [
    # (专利法实施细则, a trial) a value refused is said where it stands, as a broken file's error is
    ("nan.json", '[{"member": "acme", "article": "第十三条", "reason": "NaN"},\n {"member": "acme", "reason": NaN}]',
     "line 2: not valid JSON: NaN is not a value JSON allows (column 31)"),
    ("huge.json", '[{"member": "acme", "article": "第十三条", "reason": 1e999999}]',
     "line 1: not valid JSON: the number 1e999999 is too large (column 50)"),
    ("deep.json", "[" * 1000 + "]" * 1000, "not valid JSON: nested too deeply"),
    ("bigint.json", '[{"member": "acme", "article": ' + "9" * 5000 + "}]",
     "line 1: not valid JSON: the number 999999999999… of 5,000 digits is too large (column 32)"),
    ("list.json", '[{"member": "acme", "article": "第十三条", "reason": ["a"]}]', "item 1: 'reason' must be text, not list"),
    ("number.json", '[{"member": "acme", "article": "第十三条", "reason": 12}]', "item 1: 'reason' must be text, not int"),
    ("quote.csv", 'member,article,reason\nacme,第十三条,"never closed\nbeta,第十六条,x\n',
     "not valid CSV: unexpected end of data (a quote opened on row 2 or later is never closed)"),
    ("quote-after-lines.csv", 'member,article,reason\nacme,第十三条,"两段\n理由"\nbeta,第十六条,"never closed\n',
     "not valid CSV: unexpected end of data (a quote opened on row 3 (line 4) or later is never closed)"),
])  # fmt: skip
def test_broken_comment_files_are_refused_with_a_clear_error(consultation, tmp_path: Path, name: str, content: str,
                                                             message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = _import(consultation, path)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"Error: {path}")
    assert message in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert _count(consultation) == 0


def test_rows_are_named_as_a_spreadsheet_shows_them(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A reason of several lines puts the rows below it on later lines of the file: the error,
    and the comment's source, name the row a spreadsheet shows (blank rows count)."""
    path = tmp_path / "rows.csv"
    path.write_text("member,article,reason\nacme,第十三条,\"第一段\n第二段\n第三段\"\n\nnobody,第十六条,x\nacme,第十六条,y\n"
                    "zed,第十六条,z\n", encoding="utf-8")  # fmt: skip
    result = _import(consultation, path)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1:] == ["  row 4: unknown member 'nobody'", "  row 6: unknown member 'zed'"]
    assert _count(consultation) == 0
    assert _import(consultation, path, "--skip-invalid").exit_code == 0
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)
    assert [c["source"]["position"] for c in listed["comments"]] == ["row 2", "row 5"]


def test_a_member_file_with_a_quote_never_closed_is_refused(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Before, the open quote swallowed the members below it into one org, silently."""
    members = tmp_path / "m.csv"
    members.write_text('id,org\ngamma,"Gamma SA\ndelta,Delta\n', encoding="utf-8")
    result = consultation("member", "import", str(members))
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {members}: line 3: not valid CSV: unexpected end of data (a quote opened on "
                             "row 2 or later is never closed)\n")  # fmt: skip
    members.write_text('id,org\ngamma,"Gamma\nSA"\nbad id,X\n', encoding="utf-8")
    result = consultation("member", "import", str(members))
    assert result.exit_code == 1
    assert "  row 3: the id must be one word (got 'bad id')" in result.stderr.splitlines()
    listed = consultation("member", "list", "--format", "json")
    assert listed.exit_code == 0 and '"acme"' in listed.stdout
    assert "gamma" not in listed.stdout


@pytest.mark.parametrize(("rows", "problem"), [
    ([{"member": "acme", "article": "第十三条", "reason": "ok\x1bbad"}],
     "item 1: reason: control character U+001B at character 3 (remove it and import again)"),
    ([{"member": "acme", "article": "第十三条", "reason": "ok\ud800"}],
     "item 1: reason: an unpaired surrogate U+D800 at character 3 (remove it and import again)"),
    ([{"article": "第十三条", "committee_reason": "同意\x07"}],
     "item 1: committee_reason: control character U+0007 at character 3 (remove it and import again)"),
    ([{"member": "acme", "article": "第十三条", "reason": "x", "created": "yesterday"}],
     "item 1: created must be a date and time such as 2026-11-21T09:00:00Z (got 'yesterday')"),
])  # fmt: skip
def test_text_the_store_cannot_keep_is_refused_with_where_it_is(consultation, tmp_path: Path, rows: list,
                                                                  problem: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rows.json"
    path.write_text(json.dumps(rows), encoding="utf-8")  # ASCII-escaped, as a program would write it
    result = _import(consultation, path)
    assert result.exit_code == 1
    assert f"  {problem}" in result.stderr.splitlines()
    assert _count(consultation) == 0


def test_a_member_with_a_control_character_is_refused(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    members = tmp_path / "m.csv"
    members.write_text("id,org\ngamma,Gamma\x07 SA\n", encoding="utf-8")
    result = consultation("member", "import", str(members))
    assert result.exit_code == 1
    assert "  row 2: org: control character U+0007 at character 6 (remove it and import again)" in result.stderr
    typed = consultation("member", "add", "delta", "--org", "Delta\x1b")
    assert typed.stderr == ("Error: member 'delta': org: control character U+001B at character 6 "
                            "(remove it and import again)\n")  # fmt: skip


def test_an_id_beyond_sqlite_integers_is_not_a_stored_comment(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Found by the comment-file fuzzer: an ``id`` of 10**40 raised OverflowError."""
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([{"id": 10**40, "member": "acme", "article": "第十三条", "reason": "标准不明"}]),
                    encoding="utf-8")  # fmt: skip
    result = _import(consultation, path)
    assert result.exit_code == 0, result.output
    assert _count(consultation) == 1
    assert consultation("comment", "show", str(10**40)).stderr == f"Error: no comment #{10**40}\n"


def test_a_comment_list_imported_back_adds_nothing(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--reason", "请明确").exit_code == 0
    assert run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十六条", "--stance",
               "support").exit_code == 0  # fmt: skip
    listed = tmp_path / "list.json"
    assert run("comment", "list", "--draft", "ecommerce@1", "--format", "json", "-o", str(listed)).exit_code == 0
    back = _import(run, listed)
    assert back.output == f"{listed}: json into ecommerce@1: 0 added, 2 already there, 0 superseded\n"
    assert _count(run) == 2


def test_a_comment_file_past_the_cap_is_refused_before_it_is_read(consultation, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Comment files are read whole: one past MAX_DATA_BYTES is refused on its size."""
    from lawcomment import limits

    monkeypatch.setattr(limits, "MAX_DATA_BYTES", 1_000)
    monkeypatch.setattr("lawcomment.consultation.bulk.MAX_DATA_BYTES", 1_000)
    path = tmp_path / "big.csv"
    path.write_text("member,article,reason\n" + "acme,第十三条,理由。\n" * 100, encoding="utf-8")
    result = _import(consultation, path)
    assert (result.exit_code, result.stderr) == (
        1, f"Error: {path}: file is {path.stat().st_size:,} bytes; the limit for comment files is 1,000\n")
    assert _count(consultation) == 0


@pytest.mark.parametrize(("args", "message"), [
    (["decide", "--draft", "ecommerce@1", "--article", "第十三条", "--committee-reason", "同意\x07"],
     "Error: committee reason: control character U+0007 at character 3 (remove it)\n"),
    (["comment", "edit", "1", "--reason", "x\x1b"], "Error: comment #1: reason: control character U+001B at character 2 (remove it)\n"),
    (["decide", "--draft", "ecommerce@1", "--article", "第十三条", "--accept", "c1", "--reason", "好\x0c"],
     "Error: decision on art_13: reason: control character U+000C at character 2 (remove it)\n"),
])  # fmt: skip
def test_typed_staff_text_with_a_control_character_is_refused(consultation, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    """Found by the comment-file fuzzer: a committee reason with a control character was stored,
    and then every Word export failed. The store itself now refuses such text."""
    assert consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
                        "--propose", "电子商务经营者应当依法经营。").exit_code == 0
    before = consultation("log").stdout
    result = consultation(*args)
    assert (result.exit_code, result.stderr) == (1, message)
    assert consultation("log").stdout == before


def test_a_row_dated_later_than_now_is_dated_when_it_arrives(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([{"member": "acme", "article": "第十三条", "reason": "标准不明", "created": "2099-01-01T00:00:00Z"},
                                {"member": "beta", "article": "第十三条", "reason": "同意", "created": "2026-01-05T08:00:00+08:00"}]),
                    encoding="utf-8")  # fmt: skip
    result = _import(consultation, path)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [(f"warning: {path}: item 1: created 2099-01-01T00:00:00Z is later than now; "
                                           "the comment is dated when it is imported instead")]  # fmt: skip
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    acme, beta = sorted(listed, key=lambda c: c["member"])
    assert acme["created"] <= acme["updated"] and acme["created"].startswith("20") and not acme["created"].startswith("2099")
    assert beta["created"] == "2026-01-05T08:00:00+08:00"


def test_a_column_of_wordings_under_a_name_not_read_is_refused(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Before, the column was ignored with a warning and its rows came in as remarks, their
    wordings lost; 建议修改内容 is now one of the names, and a header that still reads like one
    stops the import."""
    path = tmp_path / "c.csv"
    path.write_text("会员,条款,建议修改后的表述,理由\nacme,第十三条,新的表述。,x\n", encoding="utf-8")
    result = _import(consultation, path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}: line 1: column '建议修改后的表述' looks like proposed wordings, but is "
                                    "no column lawcomment reads; name it 修改建议 or proposed_text (or one of: 建议条文,")
    assert _count(consultation) == 0
    path.write_text("会员,条款,建议修改内容,理由\nacme,第十三条,电子商务经营者不得违反法律。,x\n", encoding="utf-8")
    assert _import(consultation, path).exit_code == 0
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)["comments"]
    assert [(c["stance"], c["proposed_text"]) for c in listed] == [("amend", "电子商务经营者不得违反法律。")]


@pytest.mark.parametrize("header", ["建议单位", "修改日期", "Proposed by", "委员会建议条文"])
def test_other_columns_that_mention_a_proposal_are_only_ignored(consultation, tmp_path: Path, header: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "c.csv"
    path.write_text(f"会员,条款,修改建议,{header}\nacme,第十三条,电子商务经营者不得违反法律。,x\n", encoding="utf-8")
    result = _import(consultation, path)
    assert result.exit_code == 0
    assert result.stderr == (f"warning: {path}: column {header!r} is not a comment column: its words in 1 row(s) (row 2) "
                             "are not imported (head it as a column lawcomment reads, such as 理由 or 修改建议, to import "
                             "them)\n")  # fmt: skip


def test_a_json_key_of_wordings_not_read_is_refused(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([{"member": "acme", "article": "第十三条", "建议修改后的表述": "新的表述。"}]), encoding="utf-8")
    result = _import(consultation, path)
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {path}: item 1: '建议修改后的表述' looks like a proposed wording, but is no key "
                             "lawcomment reads; name it proposed_text (or 修改建议), or take it out\n")  # fmt: skip
    assert _count(consultation) == 0


ART_16_NEW = "电子商务经营者自行终止从事电子商务的，应当提前六十日在首页显著位置持续公示有关信息。"


def test_a_column_headed_xiugaiyijian_is_the_proposed_wording(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A trial: 修改意见, the commonest header of Chinese comment sheets for the proposed wording,
    was "not a comment column; ignored": the import said 2 added, exit 0, and every wording was
    lost (the rows came in as remarks holding only the 理由). It is the proposed wording, as the
    comment form's 修改意见 column is."""
    path = tmp_path / "c.csv"
    path.write_text(f"会员,条款,原文,修改意见,理由\nacme,第十六条,,{ART_16_NEW},期限过短\n"
                    "beta,第十二条,,删除,与第十条重复\n", encoding="utf-8")  # fmt: skip
    result = _import(consultation, path)
    assert (result.exit_code, result.stdout) == (0, f"{path}: csv into ecommerce@1: 2 added, 0 already there, 0 superseded\n")
    assert result.stderr == f"warning: {path}: row 3: the proposed text 「删除」 is read as deleting 第十二条 (art_12)\n"
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)
    assert [(c["eid"], c["stance"], c["proposed_text"], c["body"]) for c in listed["comments"]] == [
        ("art_12", "delete", None, "与第十条重复"), ("art_16", "amend", ART_16_NEW, "期限过短")]
    # beside 修改建议 it is a second wording column: which holds the wording is not guessed
    path.write_text(f"会员,条款,修改建议,修改意见\nacme,第十六条,{ART_16_NEW},x\n", encoding="utf-8")
    refused = _import(consultation, path)
    assert (refused.exit_code, refused.stderr) == (
        1, f"Error: {path}: line 1: two columns mean 'proposed_text' (the second is '修改意见')\n")


def test_no_column_of_a_comment_file_is_dropped_unsaid(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A column no name matches, a column with words but no header (typed past the last heading),
    a JSON key no column name matches: each is named with the rows whose words it leaves out. A
    column with no header and nothing in it (a spreadsheet's trailing commas) is no column."""
    path = tmp_path / "c.csv"
    path.write_text("会员,条款,理由,备注,,\nacme,第十三条,r1,,,\nacme,第十四条,r2,内部,另附说明,\n"
                    "beta,第十六条,r3,,,\n", encoding="utf-8")  # fmt: skip
    result = _import(consultation, path)
    assert (result.exit_code, result.stdout) == (0, f"{path}: csv into ecommerce@1: 3 added, 0 already there, 0 superseded\n")
    how = "(head it as a column lawcomment reads, such as 理由 or 修改建议, to import them)"
    assert result.stderr.splitlines() == [
        f"warning: {path}: column '备注' is not a comment column: its words in 1 row(s) (row 3) are not imported {how}",
        f"warning: {path}: column 5 (no header) is not a comment column: its words in 1 row(s) (row 3) are not "
        f"imported {how}"]  # fmt: skip
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"member": "acme", "article": "第十三条", "reason": "r", "备注": "内部", "status": "open"}\n'
                    '{"member": "acme", "article": "第十四条", "reason": "r", "备注": " "}\n', encoding="utf-8")  # fmt: skip
    result = _import(consultation, rows)
    assert (result.exit_code, result.stderr) == (
        0, f"warning: {rows}: key '备注' is not a comment key: its values in 1 item(s) (line 1) are not imported (name "
           "it as a key lawcomment reads, such as reason or proposed_text, to import them)\n")


TRIAL = Path(__file__).parent / "data" / "intake"  # a tester's files (tests/data/SOURCES.md)
_LINES_SAID = "cannot be read; nothing was imported (fix them and import the file again)"


@pytest.mark.parametrize(("name", "content", "message"), [
    # a key given twice: json and orjson keep the last value, the first reason was lost unsaid (a trial's)
    ("dupkeys.jsonl", None, f"1 of 1 line(s) {_LINES_SAID}\n  line 1: the key 'reason' is given twice (「第一个理由」, "
                            "then 「第二个理由」): a JSON reader keeps only the last, so the first would be lost; give "
                            "'reason' once (join the two values into one)"),
    ("dupkeys.json", None, f"1 of 1 item(s) {_LINES_SAID}\n  item 1: the key 'reason' is given twice (「第一个理由」, "
                           "then 「第二个理由」): a JSON reader keeps only the last, so the first would be lost; give "
                           "'reason' once (join the two values into one)"),
    ("spaced.jsonl", '{"member": "acme", "article": "第十三条"}\n{"member" : "acme", "article": "第十三条", "member" :'
                     ' "beta"}\n', f"1 of 2 line(s) {_LINES_SAID}\n  line 2: the key 'member' is given twice (「acme」, "
                                   "then 「beta」): a JSON reader keeps only the last, so the first would be lost; give "
                                   "'member' once (join the two values into one)"),
    ("nested.json", '{"schema": "lawcomment.comments/1", "comments": [], "comments": []}',
     "the document: the key 'comments' is given twice ([], then []): a JSON reader keeps only the last, so the first "
     "would be lost; give 'comments' once (join the two values into one)"),
    # two keys of one column, as a CSV file's two columns meaning 'reason' are refused
    ("aliases.jsonl", '{"member": "acme", "article": "第十三条", "reason": "一", "理由": "二"}\n',
     f"1 of 1 line(s) {_LINES_SAID}\n  line 1: the keys 'reason' and '理由' both mean 'reason': one would be lost; "
     "give one of them"),
    # every line that cannot be read, not the first alone (a trial's was fixed a line at a time)
    ("types.jsonl", None, f"2 of 4 line(s) {_LINES_SAID}\n  line 3: 'article' must be text, not list\n  line 4: "
                          "'proposed_text' must be text, not bool"),
    ("items.json", '[{"article": ["第十三条"]}, {"article": "第十三条"}, {"article": "第十三条", "reason": 1}]',
     f"2 of 3 item(s) {_LINES_SAID}\n  item 1: 'article' must be text, not list\n  item 3: 'reason' must be text, "
     "not int"),
    # a JSON document named .jsonl: said what it is
    ("json-as-jsonl.jsonl", None, "line 1: not valid JSON: Expecting value (column 2); the file is one JSON document "
                                  "over several lines, not JSON Lines (one object a line): name it .json to import it "
                                  "as one"),
    ("list.jsonl", '[{"member": "acme", "article": "第十三条", "reason": "x"}]\n',
     "line 1: expected an object, got list; the file is one JSON document (a list), not JSON Lines (one object a "
     "line): name it .json to import it as one"),
    ("broken.jsonl", '[\n  {"member": "acme",\n', "line 1: not valid JSON: Expecting value (column 2); the file looks "
                                                   "like one JSON document over several lines (it opens with a lone "
                                                   "'['), not JSON Lines (one object a line): name it .json to import "
                                                   "it as one"),
])  # fmt: skip
def test_json_rows_that_would_lose_words_or_cannot_be_read_are_all_said(consultation, tmp_path: Path, name: str,
                                                                         content: str | None, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    if content is None:
        path.write_bytes((TRIAL / name).read_bytes())
    else:
        path.write_text(content, encoding="utf-8")
    result = _import(consultation, path)
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: {message}\n")
    assert _count(consultation) == 0


def test_a_key_given_twice_is_refused_through_the_api(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment import ValidationError, import_comments, open_store

    path = tmp_path / "dupkeys.jsonl"
    path.write_bytes((TRIAL / "dupkeys.jsonl").read_bytes())
    store = open_store(tmp_path / "lc.db")
    try:
        with pytest.raises(ValidationError) as found:
            import_comments(store, path, "ecommerce@1")
    finally:
        store.close()
    assert found.value.problems == ["line 1: the key 'reason' is given twice (「第一个理由」, then 「第二个理由」): a JSON "
                                    "reader keeps only the last, so the first would be lost; give 'reason' once (join "
                                    "the two values into one)"]  # fmt: skip
    assert _count(consultation) == 0


_CAP_SAID = "characters, more than a cell may hold (32,767, as in Excel): split the text over rows, or shorten it"


@pytest.mark.parametrize(("cells", "message"), [
    # past Python's own csv limit (131,072): said in its words, with no column, and no cap (a trial's 240,000)
    (['"' + "长" * 240_000 + '"'], f"row 2, column 3 ('reason'): 240,000 {_CAP_SAID}"),
    (["长" * 131_073], f"row 2, column 3 ('reason'): 131,073 {_CAP_SAID}"),
    (['"' + 'a""' * 70_000 + '"'], f"row 2, column 3 ('reason'): 140,000 {_CAP_SAID}"),  # (a doubled quote is one)
    # past the cap and under Python's: every such cell listed
    (["长" * 32_768, "短", "长" * 40_000], f"2 cell(s) hold more than 32,767 characters, the most a cell of a comment "
                                          f"sheet may; nothing was imported\n  row 2, column 3 ('reason'): 32,768 "
                                          f"{_CAP_SAID}\n  row 4, column 3 ('reason'): 40,000 {_CAP_SAID}"),
])  # fmt: skip
def test_a_cell_past_the_cap_is_refused_naming_its_row_and_column(consultation, tmp_path: Path, cells: list[str],
                                                                   message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "long.csv"
    path.write_text("member,article,reason\n" + "".join(f"acme,第十三条,{c}\n" for c in cells), encoding="utf-8")
    result = _import(consultation, path)
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: {message}\n")
    assert _count(consultation) == 0
    path.write_text("member,article,reason\nacme,第十三条," + "长" * 32_767 + "\n", encoding="utf-8")  # (the cap: read)
    assert _import(consultation, path).exit_code == 0


@pytest.mark.parametrize(("header", "detail"), [
    ("会员,单位名称,工作组,联系邮箱", "工作组"),  # a trial's members.csv: "two columns mean 'member' (the second is '单位名称')"
    ("id,org,group,email", "group"),
    ("会员编号,单位名称,邮箱", "邮箱"),
])  # fmt: skip
def test_a_member_list_imported_as_comments_is_said_to_be_one(consultation, tmp_path: Path, header: str,
                                                               detail: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "members.csv"
    path.write_text(f"{header}\nhaiyun,海运通国际物流有限公司,物流工作组,legal@haiyun.example\n", encoding="utf-8")
    result = _import(consultation, path)
    shown = ", ".join(repr(h) for h in header.split(","))
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: line 1: this looks like a member list (columns "
                                                    f"{shown}), not a comment file: it has no article column, and "
                                                    f"{detail!r} is a member's detail; import it with `lawcomment member "
                                                    "import`\n")  # fmt: skip
    assert _count(consultation) == 0


def test_the_trials_member_list_is_said_to_be_one(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "members.csv"
    path.write_bytes((TRIAL / "members.csv").read_bytes())
    assert "this looks like a member list" in _import(consultation, path).stderr
    # (a comment file naming its member by organisation, with a column not read, is still one)
    path.write_text("会员,单位名称,条款,理由\nacme,ACME (China) Ltd.,第十三条,x\n", encoding="utf-8")
    assert "two columns mean 'member'" in _import(consultation, path).stderr


def test_a_row_citing_in_traditional_characters_is_told_how_to_cite(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "c.csv"
    path.write_text("会员,条款,理由\nacme,第十三條,x\n", encoding="utf-8")
    result = _import(consultation, path)
    assert result.stderr.splitlines()[1:] == ["  row 2: cannot read the citation '第十三條': 條 is the traditional form of "
                                              "条; write it as the draft does, 第十三条"]  # fmt: skip
