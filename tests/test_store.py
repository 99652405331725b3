"""The consultation store: schema, drafts, members, the event log, transactions, concurrency."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawcomment import load_draft
from lawcomment.comments import Anchor, CommentSource, Member, NewComment, SourceKind, Stance
from lawcomment.errors import StoreError
from lawcomment.store import MIGRATIONS, Store, create_store, open_store
from lawcomment.store.copy import columns


def test_init_creates_a_wal_store_with_foreign_keys(runner, tmp_path: Path) -> None:
    from lawcomment.cli import cli

    db = tmp_path / "x.db"
    first = runner.invoke(cli, ["--db", str(db), "init"])
    assert (first.exit_code, first.output) == (0, f"{db} created (schema {len(MIGRATIONS)})\n")
    again = runner.invoke(cli, ["--db", str(db), "init"])
    assert again.output == f"{db} already exists; schema up to date: (schema {len(MIGRATIONS)})\n"
    store = open_store(db)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 30000
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO comments (draft_id, member, stance, source_kind, status, fingerprint, created,"
                           " updated) VALUES (99, 'nobody', 'amend', 'cli', 'open', 'x', 'now', 'now')")  # fmt: skip


def test_a_first_import_leaves_the_foreign_key_checks_on(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    """A first import's rows go in without SQLite's foreign-key check of each (it checks their
    members itself): the connection has the checks back once it is over, committed or rolled
    back, and an unknown member is refused as before."""
    from tests.conftest import _consultation

    came = CommentSource(SourceKind.CSV, "rows.csv", position="row 2")
    for member in ("acme", "nobody"):
        db = tmp_path / f"{member}.db"
        _consultation(db, runner)
        with open_store(db) as store:
            on = store.conn.execute
            draft = store.get_draft("ecommerce@1")
            try:
                with store.first_import(draft, 1, file="rows.csv", sha256="x", kind="csv") as writer:
                    assert writer is not None and on("PRAGMA foreign_keys").fetchone()[0] == 0
                    writer.add([NewComment(member, Anchor("art_10"), Stance.COMMENT, came, body="一条意见")])
                    writer.finish()
            except StoreError as exc:
                assert member == "nobody" and "unknown member(s): nobody" in str(exc)
            assert on("PRAGMA foreign_keys").fetchone()[0] == 1 and not store.conn.in_transaction
            assert [c.body for c in store.comments(draft)] == (["一条意见"] if member == "acme" else [])


def test_a_new_store_has_its_page_size_and_an_older_one_keeps_its_own(tmp_path: Path) -> None:
    # (a large import's commit writes each page twice: fewer, larger pages cost fewer system calls)
    from lawcomment.store.sqlite import PAGE_SIZE

    made = create_store(tmp_path / "new.db")[0]
    assert made.conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
    four = tmp_path / "four.db"
    conn = sqlite3.connect(four)
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    assert create_store(four)[0].conn.execute("PRAGMA page_size").fetchone()[0] == 4096  # (made before: kept)


def test_env_var_names_the_store(runner, tmp_path: Path) -> None:
    from lawcomment.cli import cli

    db = tmp_path / "env.db"
    result = runner.invoke(cli, ["init"], env={"LAWCOMMENT_DB": str(db)})
    assert result.exit_code == 0 and db.exists()


def test_commands_without_a_store_say_how_to_make_one(runner, tmp_path: Path) -> None:
    from lawcomment.cli import cli

    result = runner.invoke(cli, ["--db", str(tmp_path / "none.db"), "member", "list"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'none.db'}: no consultation store here; run `lawcomment init` first (or pass --db)\n"


def test_a_store_from_a_newer_lawcomment_is_refused(tmp_path: Path) -> None:
    store, _ = create_store(tmp_path / "n.db")
    store.conn.execute("UPDATE schema_version SET version = 99")
    store.close()
    with pytest.raises(StoreError, match=f"made by a newer lawcomment \\(schema 99; this one knows {len(MIGRATIONS)}\\)"):
        open_store(tmp_path / "n.db")


def test_a_file_that_is_not_a_store_is_an_error(runner, tmp_path: Path) -> None:
    from lawcomment.cli import cli

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    result = runner.invoke(cli, ["--db", str(bad), "member", "list"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: not a lawcomment store (")


def test_draft_add_is_idempotent_and_guards_versions(consultation, data: Path, tmp_path: Path) -> None:
    run = consultation
    same = run("draft", "add", str(data / "ecommerce-law.md"), "--name", "ecommerce", "--version", "1")
    assert (same.exit_code, same.output) == (0, "ecommerce@1 is already stored from this file; nothing changed\n")
    other = tmp_path / "other.md"
    other.write_text((data / "ecommerce-law.md").read_text(encoding="utf-8").replace("第八十九条 本法自", "第八十九条 本法于"),
                     encoding="utf-8")  # fmt: skip
    clash = run("draft", "add", str(other), "--name", "ecommerce", "--version", "1")
    assert clash.exit_code == 1
    assert clash.stderr == ("Error: ecommerce@1 is already stored from another file (ecommerce-law.md); "
                            "pass --replace to replace it, or add it as a new version\n")  # fmt: skip
    replaced = run("draft", "add", str(other), "--name", "ecommerce", "--version", "1", "--replace")
    assert replaced.exit_code == 0 and replaced.output.startswith("replaced ecommerce@1: ")
    listing = run("draft", "list")
    assert listing.output.split("\t")[:3] == ["ecommerce@1", "中华人民共和国电子商务法", "other.md"]


def test_draft_add_says_what_check_finds_and_how_to_store_the_file_again(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(a new user's trial of 农业技术推广法 2012, whose corpus file lacks ## 第二章) A chapter heading
    without its number is read as text of the article before it: `draft add` says what `check`
    says, and how to store the corrected file before members comment on it."""
    law = tmp_path / "agri.md"
    law.write_text("# 农业技术推广法\n\n## 第一章 总则\n\n第一条 为了加强农业技术推广工作，制定本法。\n\n"
                   "第二条 国家鼓励农业技术推广。\n\n农业技术推广体系\n\n第三条 各级人民政府应当加强领导。\n\n"
                   "## 第三章 附则\n\n第四条 本法自公布之日起施行。\n", encoding="utf-8")  # fmt: skip
    added = consultation("draft", "add", str(law), "--name", "agri", "--version", "1")
    assert added.exit_code == 0 and added.stdout == "added agri@1: 农业技术推广法 (4 articles, profile zh-CN)\n"
    assert added.stderr.splitlines() == [
        f"{law}:9: unnumbered-text: '农业技术推广体系' at the end of 第二条 looks like a heading without a number",
        f"{law}:13: numbering-gap: chapter 2 missing before 第三章",
        f"warning: {law} has 1 problem(s) `lawcomment check` counts as errors (above): its articles may be split "
        f"wrongly; correct the file and store it again with `lawcomment draft add {law} --name agri --version 1 "
        "--replace` before members comment on it"]  # fmt: skip
    law.write_text(law.read_text(encoding="utf-8").replace("农业技术推广体系", "## 第二章 农业技术推广体系"), encoding="utf-8")
    again = consultation("draft", "add", str(law), "--name", "agri", "--version", "1", "--replace")
    assert (again.exit_code, again.stderr) == (0, "")
    assert again.stdout == "replaced agri@1: 农业技术推广法 (4 articles, profile zh-CN)\n"


def test_replace_never_orphans_a_comment(consultation, tmp_path: Path, data: Path) -> None:
    run = consultation
    assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第八十九条",
               "--reason", "施行日期过早").exit_code == 0  # fmt: skip
    text = (data / "ecommerce-law.md").read_text(encoding="utf-8")
    shorter = tmp_path / "shorter.md"
    shorter.write_text(text[: text.index("第八十九条")], encoding="utf-8")
    result = run("draft", "add", str(shorter), "--name", "ecommerce", "--version", "1", "--replace")
    assert result.exit_code == 1
    assert result.stderr == ("Error: cannot replace ecommerce@1: 1 comment(s) are anchored at units the new file "
                             "lacks: art_89 (1)\n")  # fmt: skip


def test_unknown_draft_lists_the_stored_ones(consultation) -> None:
    result = consultation("comment", "list", "--draft", "ecommerce@9")
    assert result.exit_code == 1
    assert result.stderr == "Error: no draft 'ecommerce@9' in the store (drafts: ecommerce@1)\n"


@pytest.mark.parametrize(("args", "message"), [
    (["member", "add", "acme", "--org", "Other"], "member 'acme' already exists with other details; pass --update to change them"),
    (["member", "add", "two words"], "invalid member id 'two words' (no spaces; e.g. acme)"),
])  # fmt: skip
def test_member_errors(consultation, args: list[str], message: str) -> None:
    result = consultation(*args)
    assert (result.exit_code, result.stderr) == (1, f"Error: {message}\n")


def test_member_update_and_list(consultation) -> None:
    # --update changes what it is given and keeps the rest (a trial's --org and --group erased the email)
    assert consultation("member", "add", "acme", "--org", "ACME Ltd.", "--update").output == "updated member acme\n"
    listing = [line.split() for line in consultation("member", "list").output.splitlines()]
    assert listing == [["id", "organisation", "working", "group", "email", "lang", "role"],
                       ["acme", "ACME", "Ltd.", "Pharma", "WG", "legal@acme.example", "zh", "member"],
                       ["beta", "Beta", "GmbH", "Auto", "WG", "-", "zh", "member"], ["2", "member(s)"]]  # fmt: skip
    assert consultation("member", "add", "acme", "--email", "", "--lang", "en", "--update").exit_code == 0
    assert consultation("member", "list").output.splitlines()[1].split() == ["acme", "ACME", "Ltd.", "Pharma", "WG", "-", "en",
                                                                             "member"]  # fmt: skip
    assert consultation("member", "add", "gamma", "--update").output == "added member gamma\n"


def test_member_import_update_keeps_what_the_file_has_no_column_for(consultation, tmp_path: Path) -> None:
    # a verifying trial: a sheet of ids, names and groups, imported with --update, erased every member's e-mail
    csv_file = tmp_path / "members.csv"
    csv_file.write_text("id,org,group\nacme,ACME Ltd.,Pharma WG\n", encoding="utf-8")
    result = consultation("member", "import", str(csv_file), "--update")
    assert (result.exit_code, result.output) == (0, f"{csv_file}: 0 added, 1 updated, 0 unchanged\n")
    assert consultation("member", "list").output.splitlines()[1].split() == ["acme", "ACME", "Ltd.", "Pharma", "WG",
                                                                             "legal@acme.example", "zh", "member"]  # fmt: skip
    csv_file.write_text("id,org,group,email\nacme,ACME Ltd.,Pharma WG,\n", encoding="utf-8")  # a column given empty: emptied
    assert consultation("member", "import", str(csv_file), "--update").exit_code == 0
    assert consultation("member", "list").output.splitlines()[1].split() == ["acme", "ACME", "Ltd.", "Pharma", "WG", "-", "zh",
                                                                             "member"]  # fmt: skip


def test_member_import_with_chinese_headers(consultation, tmp_path: Path) -> None:
    csv_file = tmp_path / "members.csv"
    csv_file.write_bytes("会员,单位名称,工作组,邮箱,角色\nxinhua,新华制药（中国）有限公司,医药工作组,a@x.cn,会员\n"
                         "sec,秘书处,,sec@assoc.cn,staff\nwang,协会秘书处,,wang@assoc.cn,工作人员\n".encode("gb18030"))  # fmt: skip
    result = consultation("member", "import", str(csv_file))
    assert (result.exit_code, result.stdout) == (0, f"{csv_file}: 3 added, 0 updated, 0 unchanged\n")
    assert result.stderr == (f"warning: {csv_file}: encoding: read as gb18030, not UTF-8 (pass --encoding to read it as "
                             "another)\n")  # (as a draft's encoding is said)
    listing = [line.split() for line in consultation("member", "list").output.splitlines()]
    assert ["xinhua", "新华制药（中国）有限公司", "医药工作组", "a@x.cn", "zh", "member"] in listing
    assert ["sec", "秘书处", "sec@assoc.cn", "zh", "staff"] in listing
    assert ["wang", "协会秘书处", "wang@assoc.cn", "zh", "staff"] in listing  # 工作人员: as the web app names staff


def test_member_import_reports_every_bad_row_and_adds_none(consultation, tmp_path: Path) -> None:
    csv_file = tmp_path / "members.csv"
    csv_file.write_text("id,org,role\ngood,Good Co,member\nbad id,X,member\nz,Z,boss\ngood,Again,member\n", encoding="utf-8")
    result = consultation("member", "import", str(csv_file))
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {csv_file}: 3 invalid row(s); no member was added\n"
                             "  row 3: the id must be one word (got 'bad id')\n"
                             "  row 4: role must be member or staff (会员 or 工作人员; got 'boss')\n"
                             "  row 5: member 'good' repeats row 2\n")  # fmt: skip
    assert "good" not in consultation("member", "list").output


def test_a_member_row_cut_by_an_unquoted_comma_is_refused(consultation, tmp_path: Path) -> None:
    """A comma typed in a cell that was not quoted moves the cells after it along: the group
    lands in the e-mail column. Neither that nor a cell past the header is taken as given; a
    spreadsheet's trailing empty cells are no cells."""
    csv_file = tmp_path / "members.csv"
    csv_file.write_text("会员,单位名称,工作组,邮箱\nabc,某某有限公司,北京分公司,数字广告工作组,x@y.example\n"
                        "def,某某公司,数字广告工作组,数字广告工作组\nsec,秘书处,,sec@assoc.cn,,\n", encoding="utf-8")  # fmt: skip
    result = consultation("member", "import", str(csv_file))
    assert (result.exit_code, result.stderr) == (1, f"Error: {csv_file}: 2 invalid row(s); no member was added\n"
        "  row 2: 5 cells for the header's 4 columns (「x@y.example」 past the last): a cell holding a comma must be "
        'quoted ("…,…"), as a spreadsheet saves it\n'
        "  row 3: '数字广告工作组' is no e-mail address (name@example.com)\n")  # fmt: skip
    assert "abc" not in consultation("member", "list").output


def test_every_write_is_logged(consultation) -> None:
    consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第一条", "--stance", "support")
    lines = consultation("log", "--limit", "0").output.splitlines()
    actions = [line.split("  ")[2] for line in lines]
    assert actions == ["store.migrate"] * len(MIGRATIONS) + ["draft.add", "member.add", "member.add", "comment.add"]
    assert all(line.split("  ")[1] == "tester" for line in lines[1:])
    assert lines[-1].endswith("comment.add  comment:1  draft=ecommerce@1, eid=art_1, member=acme, source=cli")
    only = consultation("log", "--object", "member:beta").output.splitlines()
    assert len(only) == 1 and "member.add  member:beta" in only[0]


def test_who_signs_and_whom_the_letter_addresses_are_logged(consultation) -> None:
    """(left from a web trial) The letter's settings were changed with no trace in the log, though they go
    out with the submission: each change is an event now, with what it replaced; one set again as it was
    is none."""
    for args in (["store", "association", "外商投资企业协会法律委员会"], ["store", "addressee", "全国人大常委会法制工作委员会"],
                 ["store", "addressee", "全国人大常委会法制工作委员会"], ["store", "contact", "王律师"],
                 ["store", "contact", ""]):  # fmt: skip
        assert consultation(*args).exit_code == 0, args
    lines = [line.split("  ", 2)[2] for line in consultation("log", "--limit", "4").output.splitlines()]
    assert lines == ["store.set  setting:association  value=外商投资企业协会法律委员会",
                     "store.set  setting:letter.addressee  value=全国人大常委会法制工作委员会",
                     "store.set  setting:letter.contact  value=王律师",
                     "store.set  setting:letter.contact  was=王律师"]  # fmt: skip


def _comment(member: str, eid: str, text: str) -> NewComment:
    return NewComment(member, Anchor(eid), Stance.AMEND, CommentSource(SourceKind.CSV, "x.csv"), proposed_text=text)


@pytest.mark.parametrize("by_engine", [True, False])
def test_a_failure_halfway_writes_nothing(consultation, monkeypatch: pytest.MonkeyPatch, by_engine: bool) -> None:
    store = open_store(consultation.db)
    if not by_engine:  # (each comment.add event logged here, not written by SQLite from the rows stored)
        monkeypatch.setattr(store.db, "json_string", lambda column: None)
    calls = {"n": 0}
    original = store._log_text  # every event the store writes itself passes through it: the import's, a comment.add's

    def failing(*args: object) -> None:
        calls["n"] += 1
        if calls["n"] == (1 if by_engine else 3):  # (the import's, once the comments are in; or a comment's)
            raise OSError("disk full")
        original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_log_text", failing)
    items = [_comment("acme", f"art_{n}", f"新文本{n}") for n in range(1, 6)]
    with pytest.raises(OSError, match="disk full"):
        store.add_comments("ecommerce@1", items, file="x.csv", sha256="abc", kind="csv")
    assert store.stats()["comments"] == 0 and store.stats()["imports"] == 0


def test_newer_file_supersedes_and_keeps_history(consultation) -> None:
    store = open_store(consultation.db)
    first = store.add_comments("ecommerce@1", [_comment("acme", "art_12", "旧文本")], file="a.csv", sha256="1", kind="csv")
    again = store.add_comments("ecommerce@1", [_comment("acme", "art_12", "旧文本")], file="a.csv", sha256="1", kind="csv")
    assert (len(first.added), again.added, again.duplicates) == (1, (), 1)
    newer = store.add_comments("ecommerce@1", [_comment("acme", "art_12", "新文本")], file="b.csv", sha256="2", kind="csv")
    assert newer.superseded == ((first.added[0], newer.added[0]),)
    shown = store.comments("ecommerce@1", article="art_12")
    assert [(c.proposed_text, c.supersedes) for c in shown] == [("新文本", first.added[0])]
    history = store.comments("ecommerce@1", article="art_12", include_superseded=True)
    assert [(c.proposed_text, str(c.status)) for c in history] == [("旧文本", "superseded"), ("新文本", "open")]
    assert [e.action for e in store.events(obj=f"comment:{first.added[0]}")] == ["comment.add", "comment.supersede"]


def test_stored_draft_round_trips(consultation, data: Path) -> None:
    store = open_store(consultation.db)
    assert store.get_draft("ecommerce").load() == load_draft(data / "ecommerce-law.md")
    assert store.unit_eids("ecommerce@1")[:3] == ["chp_1", "art_1", "art_1__para_1"]


def test_members_must_exist(consultation) -> None:
    store = open_store(consultation.db)
    with pytest.raises(StoreError, match=r"unknown member\(s\): ghost"):
        store.add_comments("ecommerce@1", [_comment("ghost", "art_1", "x")])
    assert store.add_member(Member("ghost")) == "added"


def test_four_processes_importing_at_once_lose_nothing(consultation, tmp_path: Path) -> None:
    files = []
    for k in range(4):
        path = tmp_path / f"batch{k}.csv"
        # Each process brings other articles: the same member's newer file would supersede.
        rows = "".join(f"acme,第{n}条第一款,,第{n}条的新文本（批次{k}）。,理由{k}-{n}\n" for n in range(22 * k + 1, 22 * k + 23))
        path.write_text("member,article,quote,proposed_text,reason\n" + rows, encoding="utf-8")
        files.append(path)
    env = {**os.environ, "LAWCOMMENT_DB": str(consultation.db)}
    procs = [subprocess.Popen([sys.executable, "-m", "lawcomment", "comment", "import", str(f), "--draft", "ecommerce@1"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]  # fmt: skip
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], outs
    for (out, _), f in zip(outs, files, strict=True):
        assert out == f"{f}: csv into ecommerce@1: 22 added, 0 already there, 0 superseded\n"
    store = open_store(consultation.db)
    assert store.stats()["comments"] == 88 and store.stats()["imports"] == 4
    assert [c.body for c in store.comments("ecommerce@1", article="art_23")] == ["理由1-23"]


def test_a_schema_1_store_is_upgraded_in_place(tmp_path: Path, data: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);"
                       + MIGRATIONS[0])
    conn.execute("INSERT INTO members VALUES ('acme', '', '', '', 'zh', 'member', 'then')")
    conn.commit()
    conn.close()
    store = open_store(path)
    assert store.schema_version == len(MIGRATIONS)
    assert [m.id for m in store.members()] == ["acme"]
    columns = [r[1] for r in store.conn.execute("PRAGMA table_info(comments)")]
    assert columns[-4:] == ["origin", "note", "forwarded", "lang"]
    assert store.stats()["decisions"] == 0


def test_a_schema_10_store_gets_its_articles_trees_and_loses_nothing(demo: Path, tmp_path: Path) -> None:
    """Schema 11 keeps each article's tree for one article's merge, and the drafts' texts
    without the articles view: a store made before gets both when it is opened, and reads
    every draft and merges every article as before."""
    from lawcomment.consultation import draft_positions
    from lawcomment.drafts import draft_to_dict

    path = tmp_path / "old.db"
    shutil.copy(demo / "consultation.db", path)
    with open_store(path) as store:  # the demo's store as schema 10 had it
        refs = [d.ref for d in store.drafts(archived=True)]
        drafts = {ref: store.get_draft(ref, archived=True).load() for ref in refs}
        trees = store.conn.execute("SELECT draft_id, eid, data FROM article_trees ORDER BY draft_id, eid").fetchall()
        positions = {ref: draft_positions(store, ref) for ref in refs}
        ids = {ref: store.get_draft(ref, archived=True).id for ref in refs}
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE article_trees")
    for ref, draft in drafts.items():
        conn.execute("UPDATE draft_texts SET data = ? WHERE draft_id = ?",
                     (json.dumps(draft_to_dict(draft), ensure_ascii=False), ids[ref]))  # fmt: skip
    conn.execute("DELETE FROM positions")
    conn.execute("UPDATE schema_version SET version = 10")
    conn.commit()
    conn.close()
    assert len(refs) == 2 and len(trees) > 80
    with open_store(path) as store:
        assert store.schema_version == len(MIGRATIONS) == 13
        assert store.conn.execute("SELECT draft_id, eid, data FROM article_trees ORDER BY draft_id, eid").fetchall() == trees
        texts = [json.loads(r[0]) for r in store.conn.execute("SELECT data FROM draft_texts")]
        assert len(texts) == 2 and not any("articles" in t for t in texts)
        for ref in refs:
            assert store.get_draft(ref, archived=True).load() == drafts[ref]
            assert draft_positions(store, ref) == positions[ref]
            assert all(draft_positions(store, ref, p.eid) == [p] for p in positions[ref])


def test_a_tree_a_draft_replaced_behind_its_back_left_is_not_read(demo: Path, tmp_path: Path) -> None:
    """Each article's tree is kept with the hash of its draft: a draft whose text changed
    without its trees (a writer that knew nothing of them) merges from the whole draft."""
    from lawcomment.consultation import draft_positions

    path = tmp_path / "lc.db"
    shutil.copy(demo / "consultation.db", path)
    with open_store(path) as store:
        kept = draft_positions(store, "ecommerce@1")
        assert store.article_tree("ecommerce@1", kept[0].eid) is not None
        store.conn.execute("UPDATE article_trees SET data = replace(data, '电子商务', '电商')")
        store.conn.execute("UPDATE drafts SET sha256 = 'another' WHERE name = 'ecommerce' AND version = '1'")
        store.conn.commit()
    with open_store(path) as store:
        assert store.article_tree("ecommerce@1", kept[0].eid) is None
        assert [p for k in kept for p in draft_positions(store, "ecommerce@1", k.eid)] == kept


def test_a_draft_text_that_does_not_read_is_left_as_it_was_by_schema_11(demo: Path, tmp_path: Path) -> None:
    """The upgrade to schema 11 drops nothing it cannot read back: a damaged draft text stays
    as it is (without trees), and the store opens."""
    path = tmp_path / "old.db"
    shutil.copy(demo / "consultation.db", path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE article_trees")
    conn.execute("UPDATE draft_texts SET data = '{\"articles\": [1, 2], \"title\": \"x\"}' WHERE draft_id = 1")
    conn.execute("UPDATE draft_texts SET data = 'not json' WHERE draft_id = 2")
    conn.execute("UPDATE schema_version SET version = 10")
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.schema_version == 13
        assert [r[0] for r in store.conn.execute("SELECT data FROM draft_texts ORDER BY draft_id")] == [
            '{"articles": [1, 2], "title": "x"}', "not json"]
        assert store.conn.execute("SELECT count(*) FROM article_trees").fetchone()[0] == 0


def test_schema_12_lets_a_superseded_comment_give_up_its_fingerprint(demo: Path, tmp_path: Path) -> None:
    """A schema 11 store (its index: one comment per fingerprint among all not withdrawn)
    upgrades in place to the index that leaves superseded comments out, its comments as they were."""
    path = tmp_path / "old.db"
    shutil.copy(demo / "consultation.db", path)
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT * FROM comments ORDER BY id").fetchall()
    conn.executescript("DROP INDEX comments_live_fingerprint; DROP INDEX comments_superseded_fingerprint; "
                       "DROP INDEX comments_by_origin; DROP INDEX comment_history_superseded_by; "
                       "CREATE UNIQUE INDEX comments_live_fingerprint ON comments (draft_id, fingerprint) "
                       "WHERE status != 'withdrawn'; UPDATE schema_version SET version = 11;")  # fmt: skip
    conn.close()
    with open_store(path) as store:
        assert store.schema_version == 13
        (index,) = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'comments_live_fingerprint'").fetchone()
        assert index.endswith("WHERE status NOT IN ('withdrawn', 'superseded')")
        (other,) = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'comments_superseded_fingerprint'").fetchone()
        assert other.endswith("WHERE status = 'superseded'")
        # what each comment superseded, and the comments carried from one, found through indexes
        plans = [" ".join(str(r[-1]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, args)) for sql, args in (
            (f"SELECT comment FROM comment_history WHERE action = 'supersede' AND {store.db.json_field('data', 'by')} "
             "= ?", ("1",)), ("SELECT id FROM comments WHERE origin = ?", (1,)))]  # fmt: skip
        assert "INDEX comment_history_superseded_by" in plans[0] and "INDEX comments_by_origin" in plans[1], plans
        assert store.conn.execute("SELECT * FROM comments ORDER BY id").fetchall() == before


def test_schema_13_keeps_positions_unit_by_unit(demo: Path, tmp_path: Path) -> None:
    """A schema 12 store (a whole draft's positions in one row) upgrades in place: what it kept
    is dropped, and the next merge keeps each unit's position in a row of its own, which a merge
    of that one unit reads instead of merging it again."""
    from lawcomment.consultation import draft_positions

    path = tmp_path / "old.db"
    shutil.copy(demo / "consultation.db", path)
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE unit_positions; DROP TABLE positions; CREATE TABLE positions (draft_id INTEGER "
                       "NOT NULL PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE, stamp TEXT NOT NULL, data TEXT NOT "
                       "NULL); INSERT INTO positions VALUES (1, 'old', '[]'); UPDATE schema_version SET version = 12;")  # fmt: skip
    conn.close()
    with open_store(path) as store:
        assert store.schema_version == 13
        assert columns(store, "positions") == ["draft_id", "stamp"]
        assert store.conn.execute("SELECT count(*) FROM positions").fetchone()[0] == 0
        merged = draft_positions(store, "ecommerce@1")
        rows = store.conn.execute("SELECT eid FROM unit_positions ORDER BY ord").fetchall()
        assert [r[0] for r in rows] == [p.eid for p in merged] and len(merged) > 3
        assert draft_positions(store, "ecommerce@1") == merged


ART13 = ("电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和环境保护要求，"
         "不得销售或者提供法律、行政法规禁止交易的商品或者服务。")  # fmt: skip


def test_a_members_later_proposal_by_another_channel_supersedes_its_earlier_one(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
                         "--propose", ART13.replace("行政法规禁止", "行政法规明确禁止"))  # fmt: skip
    assert first.exit_code == 0, first.output
    remark = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
                          "--reason", "请明确标准")  # fmt: skip
    assert remark.exit_code == 0
    rows = tmp_path / "acme.csv"
    rows.write_text("member,article,proposed_text,reason\n"
                    f"acme,第十三条,{ART13.replace('行政法规禁止', '行政法规严格禁止')},改为严格\n", encoding="utf-8")  # fmt: skip
    result = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert result.stdout == f"{rows}: csv into ecommerce@1: 1 added, 0 already there, 1 superseded\n"
    assert result.stderr == f"warning: {rows}: #3 replaces #1 (acme) on 第十三条 (art_13)\n"  # named, not only counted
    unit = json.loads(consultation("merge", "--draft", "ecommerce@1", "--format", "json").stdout)["units"][0]
    assert unit["conflicts"] == []
    assert [(c["new"], c["supporters"]) for c in unit["changes"]] == [("严格", ["acme"])]
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--all", "--format", "json").stdout)
    assert [(c["id"], c["status"]) for c in listed["comments"]] == [(1, "superseded"), (2, "open"), (3, "open")]
    assert "comment.supersede  comment:1  by=3" in consultation("log", "--object", "comment:1").output
    # the remark (no wording) is not a proposal and stays
    again = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
                         "--propose", ART13.replace("行政法规禁止", "行政法规明令禁止"))  # fmt: skip
    assert again.output == "added comment #4 by acme on 第十三条 (art_13) (amend); it replaces #3\n"


def test_another_applications_database_is_refused_untouched(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    other = tmp_path / "app.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE users (id INTEGER)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    result = runner.invoke(cli, ["--db", str(other), "draft", "list"])
    assert (result.exit_code, result.stderr) == (1, f"Error: {other}: a database of another application (tables: "
                                                    "users); not a lawcomment store\n")  # fmt: skip
    assert other.read_bytes() == before and not (tmp_path / "app.sqlite-wal").exists()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    result = runner.invoke(cli, ["--db", str(empty), "draft", "list"])
    assert result.stderr == (f"Error: {empty}: the file is empty, not a consultation store; run `lawcomment init "
                             f"--db {empty}` to make it one\n")  # fmt: skip
    assert empty.stat().st_size == 0
    texty = tmp_path / "texty.db"
    conn = sqlite3.connect(texty)
    conn.execute("CREATE TABLE schema_version (version)")
    conn.execute("INSERT INTO schema_version VALUES ('two')")
    conn.commit()
    conn.close()
    result = runner.invoke(cli, ["--db", str(texty), "draft", "list"])
    assert result.stderr == (f"Error: {texty}: its schema version is 'two', not a number; not a lawcomment store "
                             "(or a damaged one)\n")  # fmt: skip


def _on_read_only_mount(folder: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """``lawcomment args`` run in ``folder`` mounted read-only, in a mount namespace of its own."""
    import shlex

    if shutil.which("unshare") is None or subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False).returncode:
        if os.environ.get("CI"):
            pytest.fail("CI runs as root: unshare -m must work to make a read-only mount")
        pytest.skip("needs unshare -m (root) to make a read-only mount")
    mnt = folder.parent / "ro"
    mnt.mkdir(exist_ok=True)
    script = (f"mount --bind {shlex.quote(str(folder))} {mnt} && mount -o remount,bind,ro {mnt} && cd {mnt} && "
              f"exec {shlex.join([sys.executable, '-m', 'lawcomment', *args])}")  # fmt: skip
    return subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120, check=False)


def test_a_store_on_a_read_only_mount_is_read_and_refuses_writes(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Finding 10: on a read-only mount even reads failed ('not a lawcomment store')."""
    assert consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
                        "--reason", "标准不明").exit_code == 0
    before = consultation.db.read_bytes()
    listed = _on_read_only_mount(tmp_path, ["--db", "lc.db", "comment", "list", "--draft", "ecommerce@1",
                                            "--format", "json"])  # fmt: skip
    added = _on_read_only_mount(tmp_path, ["--db", "lc.db", "member", "add", "gamma"])
    assert (listed.returncode, listed.stderr) == (0, "")
    assert [c["body"] for c in json.loads(listed.stdout)["comments"]] == ["标准不明"]
    assert (added.returncode, added.stderr) == (1, "Error: lc.db: the store is read-only here (a read-only mount or "
                                                   "a folder you cannot write); nothing was written\n")  # fmt: skip
    assert consultation.db.read_bytes() == before


@pytest.mark.parametrize("args", [
    ["comment", "list", "--draft", "ecommerce@1"], ["comment", "list", "--draft", "ecommerce@1", "--full"],
    ["comment", "show", "1"], ["merge", "--draft", "ecommerce@1"], ["member", "list"], ["responses", "--draft", "ecommerce@1"],
    ["draft", "list"], ["comment", "show", "9"], ["member", "show", "acme\x1b[2J"],
])  # fmt: skip
def test_stored_control_characters_never_reach_the_terminal(consultation, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Finding 10: text a store holds from before intake refused control characters (or
    edited by hand) was printed raw, escape sequences and all."""
    assert consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
                        "--propose", "电子商务经营者应当依法经营。", "--reason", "简化").exit_code == 0
    conn = sqlite3.connect(consultation.db)
    conn.execute("UPDATE comments SET body = 'a\x1b[31mRED\x07', proposed_text = 'x\x1b]0;title\x07\x9b2J'")
    conn.execute("UPDATE members SET org = 'Org\x1b[2J', grp = 'G\x9b1m'")
    conn.execute("UPDATE drafts SET title = 'T\x1b[5m'")
    conn.commit()
    conn.close()
    result = consultation(*args)
    out = result.stdout + result.stderr
    assert out.strip()
    assert not [ch for ch in out if (ord(ch) < 32 and ch not in "\n\t") or 0x7F <= ord(ch) < 0xA0], out
    if args[:2] == ["comment", "show"] and args[2] == "1":
        assert "  proposed: x\ufffd]0;title\ufffd\ufffd2J" in result.stdout.splitlines()


def test_output_goes_through_a_link_and_never_onto_a_folder_or_device(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["comments"] == []
    folder = tmp_path / "out"
    folder.mkdir()
    result = consultation("comment", "list", "--draft", "ecommerce@1", "-o", str(folder))
    assert (result.exit_code, result.stderr) == (1, f"Error: {folder}: is a folder; give a file name\n")
    result = consultation("comment", "list", "--draft", "ecommerce@1", "-o", "/dev/null")
    assert result.stderr == "Error: /dev/null: is not a regular file (a device or a pipe); give a file name\n"
    assert Path("/dev/null").is_char_device()


@pytest.mark.parametrize("args", [
    ("export", "--draft", "ecommerce@1", "-o", "{out}/s.docx"),
    ("export", "--draft", "ecommerce@1", "--format", "docx,csv", "-o", "{out}/s"),
    ("form", "make", "--draft", "ecommerce@1", "-o", "{out}/f.docx"),
    ("split", "{law}", "-o", "{out}/s.json"),
    ("comment", "list", "--draft", "ecommerce@1", "-o", "{out}/c.txt"),
    ("merge", "--draft", "ecommerce@1", "-o", "{out}/m.txt"),
    ("responses", "--draft", "ecommerce@1", "-o", "{out}/r.txt"),
])  # fmt: skip
def test_output_into_a_folder_that_is_not_there_is_refused_and_no_folder_is_made(
        consultation, tmp_path: Path, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    """(专利法实施细则, a trial) `export -o /nonexistent/x.docx` made the folder and said nothing: a mistyped
    folder is named, exit 1, nothing written (as -o naming a folder is refused); a file where a folder should
    be is said so."""
    from tests.conftest import DATA

    typo = tmp_path / "ouput" / "sub"
    filled = [a.format(out=typo, law=DATA / "ecommerce-law.md") for a in args]
    result = consultation(*filled)
    named = filled[filled.index("-o") + 1]
    target = named if named.endswith((".docx", ".json", ".txt")) else f"{named}.docx"
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", f"Error: {target}: the folder {typo} does not exist; nothing written\n")
    assert not (tmp_path / "ouput").exists()
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x", encoding="utf-8")
    filled = [a.format(out=blocker, law=DATA / "ecommerce-law.md") for a in args]
    result = consultation(*filled)
    named = filled[filled.index("-o") + 1]
    target = named if named.endswith((".docx", ".json", ".txt")) else f"{named}.docx"
    assert (result.exit_code, result.stderr) == (1, f"Error: {target}: {blocker} is a file, not a folder; nothing written\n")


def test_the_demo_makes_its_own_folder_but_never_the_ones_above_it(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from lawcomment.cli import cli

    out = tmp_path / "ouput" / "demo"
    result = CliRunner().invoke(cli, ["demo", "--out", str(out)])
    assert (result.exit_code, result.stderr) == (1, f"Error: {out}: the folder {out.parent} does not exist; nothing written\n")
    assert not out.parent.exists()


def test_two_files_about_the_same_article_never_hide_each_other(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("member,article,reason\nacme,第十三条,标准不明\n", encoding="utf-8")
    b.write_text("member,article,reason\nacme,第十三条,与第十二条重复\n", encoding="utf-8")
    assert consultation("comment", "import", str(a), "--draft", "ecommerce@1").output.endswith("0 superseded\n")
    assert consultation("comment", "import", str(b), "--draft", "ecommerce@1").output.endswith("0 superseded\n")
    # the same file sent again with its row changed: that comment, updated
    a.write_text("member,article,reason\nacme,第十三条,标准不明，建议列举\n", encoding="utf-8")
    assert consultation("comment", "import", str(a), "--draft", "ecommerce@1").output.endswith("1 superseded\n")
    listed = json.loads(consultation("comment", "list", "--draft", "ecommerce@1", "--format", "json").stdout)
    assert sorted(c["body"] for c in listed["comments"]) == ["与第十二条重复", "标准不明，建议列举"]


def test_db_takes_a_sqlite_url(tmp_path: Path, runner, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    monkeypatch.chdir(tmp_path)
    assert runner.invoke(cli, ["--db", "sqlite:///rel.db", "init"]).output == f"rel.db created (schema {len(MIGRATIONS)})\n"
    absolute = f"sqlite:///{tmp_path / 'abs.db'}"
    assert runner.invoke(cli, ["--db", absolute, "init"]).output == f"{tmp_path / 'abs.db'} created (schema {len(MIGRATIONS)})\n"
    assert runner.invoke(cli, ["--db", absolute, "member", "add", "acme"]).exit_code == 0
    assert [m.id for m in open_store(tmp_path / "abs.db").members()] == ["acme"]


@pytest.mark.parametrize(("url", "message"), [
    ("mysql://x/y", "mysql://x/y: unknown kind of store 'mysql' (use a path, sqlite:///file.db or "
                    "postgresql://user@host/database)"),
    ("sqlite://host/a.db", "sqlite://host/a.db: a SQLite URL is sqlite:///relative/file.db or sqlite:////absolute/file.db"),
    ("sqlite:x.db", "sqlite:x.db: a SQLite URL is sqlite:///relative/file.db or sqlite:////absolute/file.db"),
    ("sqlite:///x.db?mode=ro", "sqlite:///x.db?mode=ro: a store URL takes no options (?…, #…)"),
    ("sqlite:///:memory:", "sqlite:///:memory:: a consultation store is a file (an in-memory database would keep nothing)"),
])  # fmt: skip
def test_a_store_url_that_cannot_be_opened_is_an_error(runner, url: str, message: str) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    result = runner.invoke(cli, ["--db", url, "draft", "list"])
    assert (result.exit_code, result.stderr) == (1, f"Error: {message}\n")


def test_a_postgresql_server_that_cannot_be_reached_is_an_error_without_the_password(runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    result = runner.invoke(cli, ["--db", "postgresql://staff:s3cret@127.0.0.1:1/consultation", "draft", "list"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: postgresql://staff:***@127.0.0.1:1/consultation: cannot connect (")
    assert "s3cret" not in result.output


def test_a_stored_draft_is_rebuilt_once_per_text(consultation) -> None:  # type: ignore[no-untyped-def]
    """One command read the draft's JSON and rebuilt it up to ten times; now readers share one
    immutable Draft per stored text (a replaced draft is a new text, so it is rebuilt)."""
    store = open_store(consultation.db)
    try:
        first = store.get_draft("ecommerce@1").load()
        assert store.get_draft("ecommerce@1").load() is first
        assert store.get_draft("ecommerce", archived=True).load() is first
    finally:
        store.close()


def test_coloured_output_keeps_only_the_redline_colours() -> None:
    """Found in review: stored text holding our own colour codes kept them (and could make a
    member's name look like an insertion)."""
    from lawcomment.cli.terminal import safe
    from lawcomment.review.redline import diff, render_text

    redline = render_text(diff("甲乙丙", "甲丁丙\n戊"), color=True)
    assert safe("by \x1b[32mACME\x1b[0m \x1b]0;t\x07: " + redline, color=True) == (
        "by \ufffd[32mACME\ufffd[0m \ufffd]0;t\ufffd: 甲\x1b[31m[-乙丙-]\x1b[0m\x1b[32m{+丁丙\n戊+}\x1b[0m")
    assert safe(redline) == "甲\ufffd[31m[-乙丙-]\ufffd[0m\ufffd[32m{+丁丙\n戊+}\ufffd[0m"


def test_the_diffs_a_merge_makes_are_kept_for_the_next_command(consultation, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.review.redline import DiffMemo, Differ

    for member, text in (("acme", "电子商务经营者应当依法办理市场主体登记。"), ("beta", "电子商务经营者应当办理登记。")):
        assert consultation("comment", "add", "--draft", "ecommerce@1", "--member", member, "--at", "第十条",
                            "--propose", text).exit_code == 0  # fmt: skip
    first = consultation("merge", "--draft", "ecommerce@1")
    with open_store(consultation.db) as store:
        kept = store.diffs("ecommerce@1")
        base = store.get_draft("ecommerce@1").load().find("art_10").body()
        assert set(kept) == {DiffMemo.key(base, c.proposed_text or "") for c in store.comments("ecommerce@1")}
        assert all(DiffMemo.load(v) == Differ(base).edits(c.proposed_text or "")
                   for c in store.comments("ecommerce@1") for k, v in kept.items()
                   if k == DiffMemo.key(base, c.proposed_text or ""))  # fmt: skip
    again = consultation("merge", "--draft", "ecommerce@1")
    assert again.output == first.output
    # a draft replaced by another file keeps no diffs of its old text
    changed = tmp_path / "ecommerce-v1b.md"
    changed.write_text((data / "ecommerce-law.md").read_text(encoding="utf-8").replace("。", "。 ", 1), encoding="utf-8")
    assert consultation("draft", "add", str(changed), "--name", "ecommerce", "--version", "1",
                        "--replace").exit_code == 0  # fmt: skip
    with open_store(consultation.db) as store:
        assert store.diffs("ecommerce@1") == {}


def test_a_whole_drafts_positions_are_kept_until_the_next_write(consultation, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import lawcomment.consultation.decisions as decisions
    from lawcomment import load_consultation
    from lawcomment.consultation import draft_positions

    for member, at, text in (("acme", "第十条", "电子商务经营者应当依法办理市场主体登记。"),
                             ("beta", "第十条", "电子商务经营者应当办理登记。"),
                             ("beta", "第十三条", "电子商务经营者销售的商品应当符合要求。")):  # fmt: skip
        assert consultation("comment", "add", "--draft", "ecommerce@1", "--member", member, "--at", at,
                            "--propose", text).exit_code == 0  # fmt: skip
    merged = consultation("merge", "--draft", "ecommerce@1", "--format", "json").stdout
    with open_store(consultation.db) as store:
        made = draft_positions(store, "ecommerce@1")
        (stamp,) = [r[0] for r in store.conn.execute("SELECT stamp FROM positions")]
        assert stamp.startswith(f"{store.generation()}:")
        exported = load_consultation(store, "ecommerce@1")

        def refuse(*args: object, **kw: object) -> None:
            raise AssertionError("merged again")

        monkeypatch.setattr(decisions, "unit_position", refuse)
        assert draft_positions(store, "ecommerce@1") == made  # read back as they were made
        assert load_consultation(store, "ecommerce@1") == exported
        assert consultation("merge", "--draft", "ecommerce@1", "--format", "json").stdout == merged
        # any write makes them stale: a new comment is merged in
        assert consultation("comment", "add", "--draft", "ecommerce@1", "--member", "acme", "--at", "第十三条",
                            "--propose", "电子商务经营者销售的商品应当安全。").exit_code == 0  # fmt: skip
        with pytest.raises(AssertionError, match="merged again"):
            draft_positions(store, "ecommerce@1")
        monkeypatch.undo()
        again = draft_positions(store, "ecommerce@1")
        assert [len(p.merge.proposals) for p in again] == [2, 2]
        # kept data this lawcomment cannot read (another format, damaged: nested past reading, a
        # lone surrogate orjson never writes) is made afresh
        kept = [r[0] for r in store.conn.execute("SELECT data FROM unit_positions ORDER BY ord")]
        assert len(kept) == 2 and "电" in kept[0]
        for damaged in ("[[1, 2]]", "[" * 100_000, kept[0].replace("电", "\\ud800", 1)):
            with store.transaction():
                store.conn.execute("UPDATE unit_positions SET data = ? WHERE eid = 'art_10'", (damaged,))
            assert draft_positions(store, "ecommerce@1", "art_10") == again[:1]
            assert draft_positions(store, "ecommerce@1") == again  # (and kept again, as made)
        # one article's merge reads its own kept position, and keeps nothing of its own
        with store.transaction():
            store.conn.execute("UPDATE unit_positions SET data = '[]' WHERE eid = 'art_13'")
        (one,) = draft_positions(store, "ecommerce@1", "art_10")
        assert one == again[0]
        assert store.conn.execute("SELECT data FROM unit_positions WHERE eid = 'art_13'").fetchone()[0] == "[]"


def test_a_schema_3_store_holding_one_comment_twice_is_upgraded_and_says_so(tmp_path: Path) -> None:
    """Before schema 4 a withdrawn comment could be brought back after it was sent again, and
    both were live; the upgrade keeps both, gives the later one a key of its own and logs it."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (3);"
                       + ";".join(MIGRATIONS[:3]))  # fmt: skip
    conn.execute("INSERT INTO drafts (id, name, version, title, profile, source_file, sha256, data, created) "
                 "VALUES (1, 'law', '1', 'law', 'zh-CN', 'law.md', 'x', '{}', 'then')")  # fmt: skip
    conn.execute("INSERT INTO members VALUES ('acme', '', '', '', 'zh', 'member', 'then')")
    for cid in (1, 2):
        conn.execute("INSERT INTO comments (id, draft_id, eid, member, stance, source_kind, status, fingerprint, "
                     "created, updated) VALUES (?, 1, 'art_1', 'acme', 'comment', 'cli', 'open', 'fp', 'then', 'then')",
                     (cid,))  # fmt: skip
    conn.commit()
    conn.close()
    store = open_store(path)
    assert store.schema_version == len(MIGRATIONS)
    assert store.conn.execute("SELECT id, fingerprint FROM comments ORDER BY id").fetchall() == [(1, "fp"), (2, "fp:2")]
    (event,) = [e for e in store.events() if e.action == "store.rekey"]
    assert event.detail == {"comments": [2], "why": "the same comment twice, both live"}


def test_a_python_with_an_old_sqlite_is_told_what_it_needs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.31.1")
    with pytest.raises(StoreError, match=r"this Python's SQLite is 3\.31\.1; lawcomment needs 3\.35\.0 or newer"):
        create_store(tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("env", [{"LOGNAME": "staff-wang"}, {"USER": "li"}, {"USERNAME": "zhao"}, {}])
def test_the_actor_is_the_login_name_getpass_would_give(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A store's default actor is the login name, found as getpass.getuser finds it."""
    import getpass

    from lawcomment.store.sql import _login

    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    try:
        expected = getpass.getuser()
    except (KeyError, OSError):
        expected = "unknown"
    assert _login() == expected


@given(st.lists(st.tuples(st.sampled_from([None, "art_1", "art_2", "art_3", "gone_9", "gone_8"]),
                          st.one_of(st.none(), st.integers(0, 5))), max_size=40))
def test_comments_come_in_anchor_order(rows: list[tuple[str | None, int | None]]) -> None:
    """The store's order of a draft's comments, unit by unit, is the one sort it stands for: those on
    no unit of the draft first (whichever unit they name), then by the unit's place, by the quote's
    offset (none first), by id; whatever order the engine gave the rows in."""
    from lawcomment.comments import Anchor, Comment, CommentSource, SourceKind, Stance, Status
    from lawcomment.store.sql import _in_anchor_order

    places = {"art_1": 3, "art_2": 1, "art_3": 2}
    made = [Comment(n, "d@1", "m", Anchor(eid, "引" if offset is not None else "", "", "", offset), Stance.COMMENT, "",
                    None, CommentSource(SourceKind.CLI), Status.OPEN, "", "") for n, (eid, offset) in enumerate(rows, 1)]  # fmt: skip
    shuffled = made[::2] + made[1::2]
    expected = sorted(made, key=lambda c: (c.anchor.eid in places, places.get(c.anchor.eid, 0),  # type: ignore[arg-type]
                                           c.anchor.offset is not None, c.anchor.offset or 0, c.id))  # fmt: skip
    assert [c.id for c in _in_anchor_order(shuffled, places)] == [c.id for c in expected]


@pytest.mark.parametrize("damage", [lambda kept: "[[1, 2]]", lambda kept: "[" * 100_000,
                                    lambda kept: kept.replace("本", "\\ud800", 1), lambda kept: "not json"],
                         ids=["other format", "nested past reading", "lone surrogate", "not json"])  # fmt: skip
def test_kept_groups_that_cannot_be_read_are_worked_out_afresh(consultation, damage: Callable[[str], str]) -> None:  # type: ignore[no-untyped-def]
    """Near-duplicate groups a review format kept are read back by the next export; kept data
    this lawcomment cannot read is grouped again, never an error."""
    from lawcomment import load_consultation
    from lawcomment.consultation import keep_groups

    for member in ("acme", "beta"):
        assert consultation("comment", "add", "--draft", "ecommerce@1", "--member", member, "--at", "第十三条",
                            "--stance", "oppose", "--reason", "本条对平台经营者的要求过高，建议删除。").exit_code == 0  # fmt: skip
    with open_store(consultation.db) as store:
        view = load_consultation(store, "ecommerce@1")
        groups = view.group_near_duplicates()
        assert any(len(g.comments) == 2 for found in groups.values() for g in found)
        assert keep_groups(store, view)
        (kept,) = [r[0] for r in store.conn.execute("SELECT data FROM near_groups")]
        assert "本" in kept
        with store.transaction():
            store.conn.execute("UPDATE near_groups SET data = ?", (damage(kept),))
        again = load_consultation(store, "ecommerce@1")
        assert again.near.read is not None  # kept: read when first asked for
        assert again.group_near_duplicates() == groups
        assert again.worked_out_groups() is not None  # worked out here, to be kept anew


_CELLS = st.sampled_from(["", "甲", "a.csv", "2026-01-01T00:00:00Z"])


@st.composite
def _comment_rows(draw: st.DrawFn) -> tuple[object, ...]:
    """A row of the comments table as comments() reads it (its draft column NULL or a ref)."""
    stamp = draw(st.sampled_from(["2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"]))
    return (draw(st.integers(1, 9)), draw(st.none() | st.just("law@1")), draw(st.sampled_from(["acme", "beta"])),
            draw(st.none() | st.sampled_from(["art_1", "art_2"])), draw(_CELLS), draw(_CELLS), draw(_CELLS),
            draw(st.none() | st.integers(0, 5)), draw(st.sampled_from([s.value for s in Stance])), draw(_CELLS),
            draw(st.none() | _CELLS), draw(st.sampled_from([k.value for k in SourceKind])), draw(st.none() | _CELLS),
            draw(st.none() | _CELLS), draw(st.none() | _CELLS), draw(st.sampled_from(["open", "withdrawn", "adopted"])),
            stamp, draw(st.sampled_from([stamp, "2026-01-03T00:00:00Z"])), draw(st.none() | st.integers(1, 3)),
            draw(st.none() | st.integers(1, 3)), draw(st.none() | st.integers(1, 3)), draw(_CELLS), draw(st.integers(0, 1)),
            draw(st.sampled_from(["", "en"])))  # fmt: skip


@given(st.lists(_comment_rows(), max_size=6), st.sampled_from(["", "law@2"]))
def test_a_drafts_comments_are_read_as_each_row_is(rows: list[tuple[object, ...]], draft: str) -> None:
    """comments() makes a draft's comments in one loop, their slots stored plainly: the same
    comments, of the same classes, as each row read alone, sharing what the rows share."""
    from lawcomment.comments import Comment
    from lawcomment.store import sql

    assert sql._SLOTS_TAKEN  # (CPython: the quick way is the one taken)
    units: dict[str, Anchor] = {}
    made = sql._comments_of(rows, draft, units, {})
    alone = [sql._comment(r, draft) for r in rows]
    assert made == alone
    assert all(type(c) is Comment and type(c.source) is CommentSource and type(c.anchor) is Anchor for c in made)
    assert all(c.anchor is units[c.anchor.eid] for c in made if c.anchor.eid is not None and not c.anchor.quote
               and not c.anchor.prefix and not c.anchor.suffix and c.anchor.offset is None)  # fmt: skip
    for c in made[:1]:
        with pytest.raises(AttributeError):  # (frozen, as any comment)
            c.body = "x"  # type: ignore[misc]


def test_a_whole_drafts_comments_are_counted_and_read_by_article_as_they_are_read_at_once(demo_store) -> None:  # type: ignore[no-untyped-def]
    """What a merge's workers read (see consultation.decisions._read_in_workers): the counts of
    a draft's comments per article and status, and the comments of some of its articles, are
    those of comments() (superseded ones left out), in its order: quotes by their offsets,
    comments on a 款 in their article's, on no unit of the draft first, whatever the articles asked for."""
    from collections import Counter
    from itertools import combinations

    for ref in ("ecommerce@1", "ecommerce@2"):
        every = demo_store.comments(ref)
        assert demo_store.comment_counts(ref) == Counter((c.anchor.article, str(c.status)) for c in every)
        articles = sorted({c.anchor.article for c in every if c.anchor.article is not None})
        assert len(articles) >= 8 and any(c.anchor.offset is not None for c in every)
        asked = [[], articles, articles[::2], articles[::-1], [*articles, "art_999"], *map(list, combinations(articles, 2))]
        for some in asked:
            assert demo_store.article_comments(ref, some) == [c for c in every if c.anchor.article in some], some


def test_a_store_opened_again_reads_it_as_it_was_at_its_generation(demo_store) -> None:  # type: ignore[no-untyped-def]
    """reopener: the store opened again read-only on a connection of its own (a forked worker's),
    reading what this one does; nothing once a write raised the generation, and no way to open
    it inside a transaction (what it wrote would not be read)."""
    from lawcomment.comments import Anchor, CommentSource, NewComment, SourceKind, Stance

    generation = demo_store.generation()
    reopen = demo_store.reopener(generation)
    again = reopen()
    try:
        assert again.read_only and again.comments("ecommerce@1") == demo_store.comments("ecommerce@1")
        demo_store.add_comments("ecommerce@1", [NewComment("acme", Anchor("art_3"), Stance.OPPOSE,
                                                           CommentSource(SourceKind.CLI), "后来的")])  # fmt: skip
        assert len(again.comments("ecommerce@1")) + 1 == len(demo_store.comments("ecommerce@1"))  # its snapshot
    finally:
        again.close()
    assert reopen() is None
    with demo_store.transaction():
        assert demo_store.reopener(demo_store.generation()) is None


def _varied(store: Store, ref: str) -> None:
    """Comments of every kind on ``ref`` besides the demo's: superseded and withdrawn ones, replies, quotes
    placed and not, remarks on the whole draft, forwarded and noted ones, one in the translation's language."""
    from lawcomment.comments import Status

    first = store.add_comments(ref, [
        NewComment("acme", Anchor("art_3", "电子商务", "", "", 4), Stance.AMEND, CommentSource(SourceKind.CSV, "a.csv", "张三", "row 2"),
                   "理由", "新文"),
        NewComment("acme", Anchor("art_3", "经营者", "前", "后", None), Stance.OPPOSE, CommentSource(SourceKind.CLI), "无位置"),
        NewComment("borealis", Anchor(None), Stance.COMMENT, CommentSource(SourceKind.CLI), "总体意见"),
        NewComment("borealis", Anchor("art_2"), Stance.COMMENT, CommentSource(SourceKind.CLI), "in English", lang="en"),
        NewComment("cathay", Anchor("art_2"), Stance.SUPPORT, CommentSource(SourceKind.WEB), "撤回的"),
        NewComment("cathay", Anchor("art_4"), Stance.SUPPORT, CommentSource(SourceKind.WEB), "取代的"),
    ]).added  # fmt: skip
    store.update_comment(first[2], "forward", forwarded=True)
    store.update_comment(first[4], "withdraw", status=Status.WITHDRAWN)
    store.update_comment(first[5], "supersede", status=Status.SUPERSEDED)
    store.update_comment(first[1], "note", note="staff's note")


@pytest.mark.parametrize("superseded", [False, True])
def test_a_drafts_comments_read_beside_are_those_read_here(demo_store, monkeypatch, superseded: bool) -> None:  # type: ignore[no-untyped-def]
    """comments_beside: a worker reads a whole draft's rows and hands them over part by part; the comments
    made of them are those comments() reads, in its order (quotes by their offsets, on no unit first), of
    the same classes; whatever the size of the parts."""
    from lawcomment.comments import Comment
    from lawcomment.store import sql

    _varied(demo_store, "ecommerce@1")
    monkeypatch.setattr(sql, "BESIDE_FROM", 1)
    for part in (1, 3, 1000):
        monkeypatch.setattr(sql, "_BESIDE_PART", part)
        for ref in ("ecommerce@1", "ecommerce@2"):
            expected = demo_store.comments(ref, include_superseded=superseded)
            with demo_store.comments_beside(ref, demo_store.generation(), include_superseded=superseded) as reading:
                assert reading is not None
                made = reading.comments()
            assert made == expected
            assert all(type(c) is Comment and type(c.source) is CommentSource and type(c.anchor) is Anchor for c in made)
    made = demo_store.comments("ecommerce@1", include_superseded=superseded)
    assert any(c.anchor.offset is not None for c in made) and any(c.anchor.eid is None for c in made)
    later = demo_store.comments("ecommerce@2")
    assert any(c.thread is not None for c in made + later) and any(c.origin is not None for c in later)
    assert any(str(c.status) == "superseded" for c in made) == superseded


def test_a_drafts_comments_are_read_here_when_the_worker_cannot(demo_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A worker that finds the store written since the generation asked for hands nothing over: the comments
    are read here, as comments() reads them now; a worker left unasked is killed and reaped; a small draft's,
    and a store in a transaction, are read with no worker."""
    from lawcomment.store import sql

    monkeypatch.setattr(sql, "BESIDE_FROM", 1)
    generation = demo_store.generation()
    demo_store.add_comments("ecommerce@1", [NewComment("acme", Anchor("art_3"), Stance.OPPOSE, CommentSource(SourceKind.CLI),
                                                       "后来的")])  # fmt: skip
    with demo_store.comments_beside("ecommerce@1", generation) as reading:
        assert reading.comments() == demo_store.comments("ecommerce@1")
    left = demo_store.comments_beside("ecommerce@1", demo_store.generation())
    left.close()
    assert left._worker._reaped
    with demo_store.transaction():
        assert demo_store.comments_beside("ecommerce@1", demo_store.generation()) is None
    monkeypatch.setattr(sql, "BESIDE_FROM", len(demo_store.comments("ecommerce@1", include_superseded=True)) + 1)
    assert demo_store.comments_beside("ecommerce@1", demo_store.generation(), include_superseded=True) is None


@given(st.lists(st.tuples(st.none() | st.integers(0, 3), st.none() | st.integers(0, 4)), max_size=12))
def test_the_anchor_order_of_rows_is_that_of_their_comments(keys: list[tuple[int | None, int | None]]) -> None:
    """_anchor_order, of each row's (unit's place, offset, id): the order _in_anchor_order puts the comments in."""
    from types import SimpleNamespace

    from lawcomment.store import sql

    places = {f"u{k}": k for k in range(4)}
    comments = [SimpleNamespace(id=n * 7 % 13, anchor=SimpleNamespace(eid=None if at is None else f"u{at}", offset=offset))
                for n, (at, offset) in enumerate(keys)]  # fmt: skip
    order = sql._anchor_order([(at, offset, c.id) for (at, offset), c in zip(keys, comments, strict=True)])
    assert [comments[n] for n in order] == sql._in_anchor_order(list(comments), places)  # type: ignore[arg-type]


_TABLE = ("CREATE TABLE comments (id INTEGER PRIMARY KEY, draft TEXT, member TEXT, eid TEXT, quote TEXT, prefix TEXT, "
          "suffix TEXT, \"offset\" INTEGER, stance TEXT, body TEXT, proposed_text TEXT, source_kind TEXT, source_file TEXT, "
          "source_author TEXT, source_position TEXT, status TEXT, created TEXT, updated TEXT, thread INTEGER, "
          "supersedes INTEGER, origin INTEGER, note TEXT, forwarded INTEGER, lang TEXT)")  # fmt: skip


@given(st.lists(_comment_rows(), max_size=8, unique_by=lambda r: r[0]), st.sampled_from(["law@1", "law@2"]))
def test_plain_rows_are_read_as_the_whole_rows_are(rows: list[tuple[object, ...]], draft: str) -> None:
    """comments() reads in SQLite the columns most comments leave at their default only where
    SQLite finds them so (_PLAIN), and every other row again whole, by its id: the comments, in
    the rows' order and of the same classes, that _comments_of makes of the whole rows."""
    from lawcomment.comments import Comment
    from lawcomment.store import sql

    db = sqlite3.connect(":memory:")
    db.execute(_TABLE)
    db.executemany(f"INSERT INTO comments VALUES ({', '.join('?' * 24)})", rows)
    whole = f"SELECT {sql._COMMENT_COLUMNS.replace(sql._DRAFT_REF, 'NULL')} FROM comments c"
    asked: list[list[int]] = []

    def read_whole(ids: list[int]) -> list[tuple[object, ...]]:
        asked.append(ids)
        return db.execute(f"{whole} WHERE c.id IN ({', '.join('?' * len(ids))}) ORDER BY random()", ids).fetchall()

    plain = db.execute(f"SELECT {sql._PLAIN_COLUMNS} FROM comments c ORDER BY c.rowid").fetchall()
    units: dict[str, Anchor] = {}
    made = sql._plain_comments_of(plain, draft, units, {}, read_whole)
    expected = sql._comments_of(db.execute(f"{whole} ORDER BY c.rowid").fetchall(), draft, {}, {})
    assert made == expected
    assert all(type(c) is Comment and type(c.source) is CommentSource and type(c.anchor) is Anchor for c in made)
    # (only the rows with something other than the defaults read again)
    others = {c.id for c in expected if (c.anchor.quote, c.anchor.prefix, c.anchor.suffix, c.anchor.offset, c.updated,
                                         c.source.author, c.thread, c.supersedes, c.origin, c.note, c.forwarded, c.lang)
              != ("", "", "", None, c.created, None, None, None, None, "", False, "")}  # fmt: skip
    assert sorted(i for ids in asked for i in ids) == sorted(others)
