"""Whole-draft work shared out among forked workers (lawcomment.workers): the same results as in
one process, in the same order, with failures raised in the parent; the merge, the grouping and
the command line through them."""

from __future__ import annotations

import csv
import faulthandler
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from lawcomment import InputError, LawcommentError, load_draft, open_store
from lawcomment.consultation import draft_positions, load_consultation
from lawcomment.review import group_comments
from lawcomment.workers import DEFAULT_MAX, MIN_JOBS, Claims, Outbox, beside, default_workers, map_chunks

forks = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")


def _pids(chunk: Sequence[int]) -> list[tuple[int, int]]:
    return [(n * n, os.getpid()) for n in chunk]


@forks
def test_chunks_come_back_in_order_from_other_processes() -> None:
    jobs = list(range(200))
    arrived: list[int] = []
    chunks = map_chunks(_pids, jobs, workers=2, done=lambda count, _: arrived.append(count))
    assert [square for chunk in chunks for square, _ in chunk] == [n * n for n in jobs]
    assert {pid for chunk in chunks for _, pid in chunk} - {os.getpid()}  # forked, not run here
    assert sum(arrived) == len(jobs) and len(arrived) == len(chunks) == 16  # 8 chunks per worker


@pytest.mark.parametrize(("jobs", "workers"), [(MIN_JOBS - 1, 2), (500, 1)])
def test_few_jobs_or_one_worker_run_in_this_process(jobs: int, workers: int) -> None:
    chunks = map_chunks(_pids, list(range(jobs)), workers=workers)
    assert len(chunks) == 1
    assert {pid for _, pid in chunks[0]} == {os.getpid()}
    assert [square for square, _ in chunks[0]] == [n * n for n in range(jobs)]


def _fails(chunk: Sequence[int]) -> list[int]:
    if 70 in chunk:
        raise ValueError("job 70 went wrong")
    return list(chunk)


@forks
def test_a_failure_in_a_worker_is_raised_in_the_parent() -> None:
    with pytest.raises(ValueError) as raised:
        map_chunks(_fails, list(range(100)), workers=2)
    assert raised.value.args == ("job 70 went wrong",)
    (note,) = raised.value.__notes__  # where it happened, in the worker
    assert note.startswith("in a worker process:\nTraceback") and 'in _fails\n    raise ValueError("job 70' in note


@forks
def test_chunks_are_sized_by_weight() -> None:
    """One heavy job (a hot article) is a chunk of its own; the light ones share theirs."""
    jobs = list(range(100))
    chunks = map_chunks(list, jobs, workers=2, weight=lambda n: 1000 if n == 50 else 1)
    assert [50] in chunks
    assert [n for chunk in chunks for n in chunk] == jobs


def test_chunks_get_lighter_towards_the_end() -> None:
    """Each run weighs less than the one before, the last a fraction of the average: the worker
    still at its last run when the others have none left finishes soon after them."""
    from lawcomment.workers import _chunks

    chunks = _chunks(list(range(1000)), 16, None)
    sizes = [len(c) for c in chunks]
    assert len(chunks) == 16 and sum(sizes) == 1000 and [n for c in chunks for n in c] == list(range(1000))
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > 2 * 1000 / 16 * 0.9 and sizes[-1] < 1000 / 16 / 8


@pytest.mark.parametrize(("value", "expected"), [("1", 1), ("3", 3), (" 2 ", 2)])
def test_workers_from_the_environment(monkeypatch: pytest.MonkeyPatch, value: str, expected: int) -> None:
    monkeypatch.setenv("LAWCOMMENT_WORKERS", value)
    assert default_workers() == expected


def test_by_default_one_worker_per_cpu_up_to_four(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAWCOMMENT_WORKERS", raising=False)
    expected = min(len(os.sched_getaffinity(0)), DEFAULT_MAX) if sys.platform.startswith("linux") else 1
    quota = Path("/sys/fs/cgroup/cpu.max")
    if expected > 1 and quota.exists() and quota.read_text().split()[0] != "max":
        limit, period = map(int, quota.read_text().split()[:2])
        expected = min(expected, -(-limit // period))
    assert default_workers() == expected


def _raises(chunk: Sequence[int]) -> list[int]:
    if 70 in chunk:
        raise InputError("comments.docx", "no comments part", 3)  # its __init__ takes what pickle cannot give back
    return list(chunk)


PARENT = os.getpid()


def _dies(chunk: Sequence[int]) -> list[int]:
    if 70 in chunk and os.getpid() != PARENT:  # never the test run itself
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
    return list(chunk)


def _workers_left() -> list[int]:
    """This process's children still there (none once map_chunks returns or raises)."""
    me = str(os.getpid())
    return [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
            and (p / "stat").exists() and (p / "stat").read_text().split(") ")[-1].split()[1] == me]


def _exits(chunk: Sequence[int]) -> list[int]:
    if 70 in chunk:
        sys.exit(3)
    return list(chunk)


@forks
@pytest.mark.parametrize(("fn", "message"), [
    (_raises, "InputError: comments.docx: line 3: no comments part"),
    (_dies, "a worker process died before it finished, killed by SIGKILL \\(out of memory\\?\\); run again with "
            "LAWCOMMENT_WORKERS=1 to do the work in one process"),
    (_exits, "a worker process stopped: SystemExit: 3"),
])  # fmt: skip
def test_a_worker_that_fails_or_dies_is_an_error_not_a_hang(fn, message: str) -> None:  # type: ignore[no-untyped-def]
    faulthandler.dump_traceback_later(120, exit=True)  # a hang would end the run, not stall it
    try:
        with pytest.raises(LawcommentError) as raised:
            map_chunks(fn, list(range(100)), workers=2)
    finally:
        faulthandler.cancel_dump_traceback_later()
    assert re.fullmatch(message, str(raised.value.args[0])), raised.value.args[0]
    assert _workers_left() == []


def _large(chunk: Sequence[int]) -> bytes:
    return bytes(5_000_000)  # far past a pipe's buffer: sent in many writes


@forks
def test_a_failure_in_the_parent_while_workers_send_stops_them_at_once() -> None:
    """A progress bar that raises (or Ctrl-C) while other workers are in the middle of sending
    a large result: no wait for them, none left behind."""
    faulthandler.dump_traceback_later(120, exit=True)

    def stop(count: int, result: bytes) -> None:
        raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            map_chunks(_large, list(range(100)), workers=2, done=stop)
    finally:
        faulthandler.cancel_dump_traceback_later()
    assert _workers_left() == []


@forks
def test_a_pipe_or_fork_that_fails_leaves_nothing_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """Out of processes (or file descriptors): an error saying what to do, every pipe closed."""
    import lawcomment.workers

    before = sorted(os.listdir("/proc/self/fd"))
    first = iter([True])

    def fork() -> int:  # the first worker starts, the second cannot
        if next(first, False):
            return real_fork()
        raise BlockingIOError(11, "Resource temporarily unavailable")

    real_fork = os.fork
    monkeypatch.setattr(lawcomment.workers.os, "fork", fork)
    with pytest.raises(LawcommentError) as raised:
        map_chunks(_pids, list(range(200)), workers=2)
    monkeypatch.undo()
    assert raised.value.args[0] == ("could not start a worker process (Resource temporarily unavailable); run again "
                                    "with LAWCOMMENT_WORKERS=1 to do the work in one process")  # fmt: skip
    assert sorted(os.listdir("/proc/self/fd")) == before and _workers_left() == []
    assert {pid for chunk in map_chunks(_pids, list(range(200)), workers=2) for _, pid in chunk} - {os.getpid()}


def _lock(chunk: Sequence[int]) -> object:
    return threading.Lock()


@forks
def test_a_result_that_cannot_be_sent_is_an_error() -> None:
    with pytest.raises(LawcommentError) as raised:
        map_chunks(_lock, list(range(100)), workers=2)
    assert raised.value.args[0] == "the result of a worker could not be sent: TypeError: cannot pickle '_thread.lock' object"


SLOW = """
import os, sys, time
from lawcomment.workers import map_chunks

def slow(chunk):
    with open(sys.argv[1], "a") as fh:
        fh.write(f"{os.getpid()}\\n")
    time.sleep(60)
    return chunk

map_chunks(slow, list(range(100)), workers=2)
"""


@forks
def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    """A closed terminal or a cancelled job kills the command: its workers go with it."""
    pids = tmp_path / "pids"
    parent = subprocess.Popen([sys.executable, "-c", SLOW, str(pids)])
    try:
        for _ in range(500):
            if pids.exists() and len(pids.read_text().split()) == 2:
                break
            time.sleep(0.02)
        workers = [int(p) for p in pids.read_text().split()]
    finally:
        parent.kill()
        parent.wait()
    for _ in range(500):
        if not any(_alive(pid) for pid in workers):
            break
        time.sleep(0.02)
    assert len(workers) == 2 and not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    """Running (not gone, nor a zombie that whoever adopted it has yet to reap)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _interrupt(chunk: Sequence[int]) -> list[bool]:
    return [signal.getsignal(signal.SIGINT) is signal.SIG_IGN for _ in chunk]


@forks
def test_ctrl_c_is_the_parents_to_handle() -> None:
    """The workers ignore it (no traceback from each); the parent's KeyboardInterrupt stops them,
    and its own handler is as it was (a shell's background job starts with SIGINT ignored)."""
    before = signal.getsignal(signal.SIGINT)
    chunks = map_chunks(_interrupt, list(range(100)), workers=2)
    assert all(ignored for chunk in chunks for ignored in chunk)
    assert signal.getsignal(signal.SIGINT) is before


def test_a_process_with_other_threads_does_the_work_itself() -> None:
    """Forking it could copy a lock another thread holds (a web server's)."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        chunks = map_chunks(_pids, list(range(200)), workers=2)
    finally:
        stop.set()
        other.join()
    assert len(chunks) == 1 and {pid for _, pid in chunks[0]} == {os.getpid()}


@pytest.mark.parametrize("value", ["0", "two", "-1", "1.5", "\u00b2", "65"])
def test_a_bad_number_of_workers_is_an_error(runner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             data: Path, value: str) -> None:  # fmt: skip
    from lawcomment.cli import cli

    db = str(tmp_path / "c.db")
    assert runner.invoke(cli, ["--db", db, "init"]).exit_code == 0
    assert runner.invoke(cli, ["--db", db, "draft", "add", str(data / "ecommerce-law.md"), "--name", "ecommerce",
                               "--version", "1"]).exit_code == 0  # fmt: skip
    result = runner.invoke(cli, ["--db", db, "merge", "--draft", "ecommerce@1"], env={"LAWCOMMENT_WORKERS": value})
    assert (result.exit_code, result.stderr) == (
        1, f"Error: $LAWCOMMENT_WORKERS must be a whole number of processes from 1 to 64 (1: no workers), not {value!r}\n")


@pytest.fixture
def busy(tmp_path: Path, data: Path, runner):  # type: ignore[no-untyped-def]
    """The e-commerce law with proposals (a campaign's copies, rewordings that agree and that
    conflict), remarks and support on every article: more units than MIN_JOBS."""
    from lawcomment.cli import cli

    db = str(tmp_path / "busy.db")
    law = data / "ecommerce-law.md"
    articles = [v.unit for v in load_draft(law).articles()]
    assert len(articles) > MIN_JOBS
    members = tmp_path / "members.csv"
    members.write_text("id,org\n" + "".join(f"m{n},Member {n}\n" for n in range(8)), encoding="utf-8")
    comments = tmp_path / "comments.csv"
    with comments.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["member", "article", "stance", "proposed_text", "reason"])
        for a in articles:
            body = a.body()
            w.writerow(["m0", a.label, "amend", body.replace("。", "，依法办理。", 1), "补充"])
            w.writerow(["m1", a.label, "amend", body.replace("。", "，依法办理。", 1), "同上"])
            w.writerow(["m2", a.label, "amend", body.replace("。", "，及时办理。", 1), "另一种"])
            w.writerow(["m3", a.label, "amend", "应当" + body, "加上应当"])
            w.writerow(["m4", a.label, "oppose", "", "建议删除本条的第二句话。"])
            w.writerow(["m5", a.label, "oppose", "", "建议删除本条的第二句话"])
            w.writerow(["m6", a.label, "support", "", ""])
    for args in (["init"], ["draft", "add", str(law), "--name", "ecommerce", "--version", "1"],
                 ["member", "import", str(members)], ["comment", "import", str(comments), "--draft", "ecommerce@1"]):
        result = runner.invoke(cli, ["--db", db, *args])
        assert result.exit_code == 0, result.output
    return db


@forks
def test_the_merge_in_workers_is_the_merge_in_one_process(busy: str, tmp_path: Path) -> None:
    """The positions, those read back from what the store kept, and the diffs kept are the same."""
    kept = {}
    for workers in (1, 2):
        copy = tmp_path / f"w{workers}.db"
        copy.write_bytes(Path(busy).read_bytes())
        with open_store(copy, "tester") as store:
            stored = store.get_draft("ecommerce@1")
            generation = store.generation()
            positions = draft_positions(store, stored, comments=store.comments(stored.ref), generation=generation,
                                        workers=workers)  # fmt: skip
            kept[workers] = (positions, store.diffs(stored))
            again = draft_positions(store, stored, comments=store.comments(stored.ref), generation=generation,
                                    workers=workers)  # fmt: skip
            assert again == positions  # read back from what was kept
    assert len(kept[1][0]) > MIN_JOBS and any(p.conflicts for p in kept[1][0]) and any(p.changes for p in kept[1][0])
    assert kept[1] == kept[2]


@forks
def test_positions_rendered_by_the_workers_are_those_rendered_after(busy: str, tmp_path: Path) -> None:
    """What the workers rendered as they merged is what rendering the positions returned gives
    (a position settled since, rendered by the caller); kept positions are never rendered."""
    from lawcomment.review import position_text
    from lawcomment.review.position import UnitPosition

    def render(p: UnitPosition) -> str:
        return position_text(p, False, "")

    copy = tmp_path / "rendered.db"
    copy.write_bytes(Path(busy).read_bytes())
    with open_store(copy, "tester") as store:
        stored = store.get_draft("ecommerce@1")
        for workers, made in ((2, True), (2, False), (1, False)):  # merged by workers, then kept
            rendered: dict[str, str] = {}
            positions = draft_positions(store, stored, comments=store.comments(stored.ref),
                                        generation=store.generation(), workers=workers, render=render,
                                        rendered=rendered)  # fmt: skip
            assert bool(rendered) is made
            assert all(rendered[p.eid] == render(p) for p in positions if p.eid in rendered)


@forks
def test_lazy_positions_are_made_from_their_records_only_when_asked(
        busy: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A whole draft's positions read lazily (merged by workers, then kept) say the eid, warnings and
    counts of the positions read whole, and are made from their records only when asked for: the
    same positions."""
    from lawcomment.review import codec, positions_summary

    with open_store(busy, "tester") as store:
        _varied(store)
    copy = tmp_path / "lazy.db"
    copy.write_bytes(Path(busy).read_bytes())
    with open_store(copy, "tester") as store:
        stored = store.get_draft("ecommerce@1")
        whole = draft_positions(store, stored, workers=1)  # (not kept: no generation)
        made = codec.position_from_data
        for how in ("merged", "kept"):
            with monkeypatch.context() as m:
                m.setattr(codec, "position_from_data", lambda d: pytest.fail("a position made from its record"))
                lazy = draft_positions(store, stored, generation=store.generation(), workers=2, lazy=True)
            assert [(p.eid, p.warnings, p.tally) for p in lazy] == [(p.eid, p.warnings, p.tally) for p in whole], how
            assert positions_summary(lazy) == positions_summary(whole)
            assert codec.position_from_data is made and [p.position for p in lazy] == whole, how
    assert any(p.tally.unresolved for p in whole) and any(p.tally.changes for p in whole)


@forks
def test_grouping_in_workers_is_grouping_in_one_process(busy: str) -> None:
    with open_store(busy, "tester") as store:
        view = load_consultation(store, "ecommerce@1")
    alone = group_comments(view.draft, view.comments, workers=1)
    shared = group_comments(view.draft, view.comments, workers=2)
    assert shared == alone
    assert {g.kind for g in alone} == {"wording", "oppose"} and len(alone) == 2 * len(view.draft.articles())


@forks
def test_the_commands_write_the_same_with_and_without_workers(busy: str, runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    outputs = {}
    for workers in ("1", "2"):
        copy = tmp_path / f"cli{workers}.db"
        copy.write_bytes(Path(busy).read_bytes())
        env = {"LAWCOMMENT_WORKERS": workers}
        # the export first: it merges every article itself (nothing kept yet), then groups
        exported = runner.invoke(cli, ["--db", str(copy), "export", "--draft", "ecommerce@1", "--format",
                                       "json,html,csv", "--include-unreviewed", "-o", str(tmp_path / f"out{workers}")],
                                 env=env)  # fmt: skip
        assert exported.exit_code == 0, exported.output
        document = json.loads((tmp_path / f"out{workers}.json").read_text(encoding="utf-8"))
        del document["exported"]  # the time of the export
        # (the time of the export, to the minute: a minute turning between the two made them differ)
        page = re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", "(time)", (tmp_path / f"out{workers}.html").read_text(encoding="utf-8"))
        assert "(time)" in page
        merged = runner.invoke(cli, ["--db", str(copy), "merge", "--draft", "ecommerce@1"], env=env)
        assert merged.exit_code == 0, merged.output
        # merged (and rendered) afresh, by the workers
        fresh = tmp_path / f"fresh{workers}.db"
        fresh.write_bytes(Path(busy).read_bytes())
        first = runner.invoke(cli, ["--db", str(fresh), "merge", "--draft", "ecommerce@1"], env=env)
        assert first.exit_code == 0 and first.stdout == merged.stdout, first.output
        outputs[workers] = (merged.stdout, document, page, (tmp_path / f"out{workers}.csv").read_bytes())
    assert outputs["1"] == outputs["2"]
    assert "conflict" in outputs["1"][0] and any(p["near_duplicates"] for p in outputs["1"][1]["positions"])
    for workers in ("1", "2"):  # the groups the formats asked for are kept, whoever wrote the formats
        with open_store(tmp_path / f"cli{workers}.db") as store:
            assert store.conn.execute("SELECT count(*) FROM near_groups").fetchone()[0] == 1


@forks
def test_formats_written_by_workers_are_those_written_one_by_one(busy: str, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """export_files shares the formats out among workers; each file is what export writes."""
    import lawcomment.workers
    from lawcomment import ExportOptions, export, export_files
    from lawcomment.plugins import exporters

    options = ExportOptions(include_unreviewed=True, date="2026-12-01")
    formats = ["docx", "html", "json", "csv", "md"]
    with open_store(busy) as store:
        view = load_consultation(store, "ecommerce@1", include_unreviewed=True)
    shared: list[int] = []
    in_workers = lawcomment.workers._in_workers
    monkeypatch.setattr(lawcomment.workers, "_in_workers", lambda fn, chunks, *a: shared.append(len(chunks)) or
                        in_workers(fn, chunks, *a))  # fmt: skip
    export_files(view, [(f, tmp_path / f"shared.{f}") for f in formats], options, workers=2)
    reads = [f for f in formats if exporters()[f].groups]
    apart = [f for f in formats if exporters()[f].apart]
    assert 0 < len(reads) < len(formats) and apart == ["html"]
    # the review page first, alone, with the groups it shows (it shares itself out: its sections, too
    # few here to fork for, in the process), then the other formats, one to a chunk, in workers
    assert shared == [len(formats) - len(apart)]
    assert view.worked_out_groups()  # the groups are here, to keep, whoever worked them out
    for f in formats:
        alone = export(view, f, None, options)
        written = (tmp_path / f"shared.{f}").read_bytes()
        if f == "json":  # the time of the export
            alone, written = (re.sub(rb'"exported": "[^"]*"', b"", x) for x in (alone, written))
        if f == "docx":  # the zip's own times aside
            alone, written = (_unzipped(x) for x in (alone, written))
        assert written == alone, f


def _unzipped(data: bytes) -> dict[str, bytes]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


@forks
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_format_that_fails_is_an_error_line_and_no_format_is_written(busy: str, runner, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                       monkeypatch: pytest.MonkeyPatch, workers: str) -> None:  # fmt: skip
    """In one process or in workers: all the formats, or none (the csv is done when the other fails)."""
    import lawcomment.workers
    from lawcomment import Exporter, hookimpl
    from lawcomment.cli import cli
    from lawcomment.plugins import make_plugin_manager, set_plugin_manager

    class Broken:
        @hookimpl
        def register_exporters(self, register):  # type: ignore[no-untyped-def]
            def boom(view, out, options):  # type: ignore[no-untyped-def]
                out.write(b"half a file")  # written straight into the file's temporary twin
                raise RuntimeError("disk on fire")

            register(Exporter("broken", ".txt", False, boom))

    pm = make_plugin_manager(entry_points=False)
    pm.register(Broken(), name="broken-plugin")
    set_plugin_manager(pm)
    shared: list[int] = []
    in_workers = lawcomment.workers._in_workers
    monkeypatch.setattr(lawcomment.workers, "_in_workers", lambda fn, chunks, *a: shared.append(len(chunks)) or
                        in_workers(fn, chunks, *a))  # fmt: skip
    (tmp_path / "out.txt").write_text("an earlier export", encoding="utf-8")
    try:
        result = runner.invoke(cli, ["--db", busy, "export", "--draft", "ecommerce@1", "--format", "csv,broken",
                                     "--include-unreviewed", "-o", str(tmp_path / "out")],
                               env={"LAWCOMMENT_WORKERS": workers})  # fmt: skip
    finally:
        set_plugin_manager(None)
    assert shared == [] if workers == "1" else shared[-1] == 2  # the last: the two formats, one each
    assert (result.exit_code, result.stderr) == (1, "Error: the 'broken' exporter failed: RuntimeError: disk on fire\n")
    # no format written, no temporary file left, the earlier file as it was
    assert list(tmp_path.glob("out*")) == [tmp_path / "out.txt"] and list(tmp_path.glob(".out*")) == []
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "an earlier export"



@forks
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_full_disk_while_a_format_writes_is_said_as_such(busy: str, runner, tmp_path: Path, workers: str) -> None:  # type: ignore[no-untyped-def]
    """A format writes straight into its file: the disk filling up is the disk's error, not the
    exporter's, and nothing is left behind."""
    import errno

    from lawcomment import Exporter, hookimpl
    from lawcomment.cli import cli
    from lawcomment.plugins import make_plugin_manager, set_plugin_manager

    class Filling:
        @hookimpl
        def register_exporters(self, register):  # type: ignore[no-untyped-def]
            def write(view, out, options):  # type: ignore[no-untyped-def]
                out.write(b"most of a file")
                raise OSError(errno.ENOSPC, "No space left on device")

            register(Exporter("filling", ".txt", False, write))

    pm = make_plugin_manager(entry_points=False)
    pm.register(Filling(), name="filling-plugin")
    set_plugin_manager(pm)
    (tmp_path / "out").mkdir()  # (a folder that is not there is never made)
    try:
        result = runner.invoke(cli, ["--db", busy, "export", "--draft", "ecommerce@1", "--format", "csv,filling",
                                     "--include-unreviewed", "-o", str(tmp_path / "out" / "o")],
                               env={"LAWCOMMENT_WORKERS": workers})  # fmt: skip
    finally:
        set_plugin_manager(None)
    assert (result.exit_code, result.stderr) == (1, "Error: No space left on device\n")
    assert list((tmp_path / "out").iterdir()) == []  # neither format, nor a temporary file


SLOW_PLUGIN = """
import pathlib, time
from lawcomment import Exporter, hookimpl

@hookimpl
def register_exporters(register):
    def slow(view, out, options):
        pathlib.Path({started!r}).touch()
        time.sleep(60)
    register(Exporter("slow", ".slow", False, slow))
"""


@forks
@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigterm_during_an_export_leaves_no_temporary_file(busy: str, tmp_path: Path, workers: str) -> None:
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    started = tmp_path / "started"
    (plugins / "slow.py").write_text(SLOW_PLUGIN.format(started=str(started)), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()  # (a folder that is not there is never made)
    env = {**os.environ, "LAWCOMMENT_WORKERS": workers}
    process = subprocess.Popen([sys.executable, "-m", "lawcomment", "--db", busy, "--plugins-dir", str(plugins), "export",
                                "--draft", "ecommerce@1", "--format", "csv,slow", "--include-unreviewed", "-o",
                                str(out / "all")], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        for _ in range(600):
            if started.exists() or process.poll() is not None:
                break
            time.sleep(0.05)
        assert started.exists(), process.communicate()
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 128 + signal.SIGTERM
    assert sorted(p.name for p in out.iterdir()) == []  # no format, no temporary file


def test_the_same_file_for_two_formats_is_refused(busy: str, runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    (tmp_path / "s.html").write_text("before", encoding="utf-8")
    (tmp_path / "s.json").symlink_to(tmp_path / "s.html")
    result = runner.invoke(cli, ["--db", busy, "export", "--draft", "ecommerce@1", "--format", "html,json", "-o",
                                 str(tmp_path / "s")])  # fmt: skip
    assert (result.exit_code, result.stderr) == (
        1, f"Error: {tmp_path / 's.json'}: the same file as another format's; export them one at a time\n")
    assert (tmp_path / "s.html").read_text(encoding="utf-8") == "before"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_target_that_cannot_be_written_makes_no_folder_and_is_named(busy: str, runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    refused = runner.invoke(cli, ["--db", busy, "export", "--draft", "ecommerce@1", "--format", "amendment", "-o",
                                  str(tmp_path / "nd" / "sub" / "x.txt")])  # fmt: skip
    assert (refused.exit_code, refused.stderr) == (1, "Error: the 'amendment' format writes .docx, .md files, not .txt\n")
    assert not (tmp_path / "nd").exists()  # checked before any folder is made
    (tmp_path / "plain").write_text("a file, not a folder", encoding="utf-8")
    blocked = runner.invoke(cli, ["--db", busy, "export", "--draft", "ecommerce@1", "--format", "html,csv", "-o",
                                  str(tmp_path / "plain" / "s")])  # fmt: skip
    assert (blocked.exit_code, blocked.stderr) == (1, f"Error: {tmp_path / 'plain' / 's.html'}: {tmp_path / 'plain'} is a "
                                                      "file, not a folder; nothing written\n")  # fmt: skip


def test_a_linked_target_is_written_in_the_format_its_own_name_asks_for(busy: str, runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    real = tmp_path / "real.txt"
    real.write_text("", encoding="utf-8")
    (tmp_path / "a.md").symlink_to(real)
    result = runner.invoke(cli, ["--db", busy, "export", "--draft", "ecommerce@1", "--format", "amendment", "-o",
                                 str(tmp_path / "a.md"), "--include-unreviewed"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a.md").is_symlink() and not real.read_bytes().startswith(b"PK")  # Markdown, not Word
    assert "修改为" in real.read_text(encoding="utf-8")


def test_a_message_is_read_where_it_lies_and_taken_out() -> None:
    """A worker's result is unpickled from the received bytes in place; the bytes are cut after
    it, read or not (an unreadable one is an error naming it)."""
    import pickle
    import struct

    from lawcomment.errors import LawcommentError
    from lawcomment.workers import _message

    body = pickle.dumps((3, None, ["甲"] * 3))
    received = bytearray(struct.pack("<Q", len(body)) + body + b"more")
    assert _message(received) == (3, None, ["甲"] * 3) and received == b"more"
    assert _message(received) is None and received == b"more"  # not a whole message yet
    bad = bytearray(struct.pack("<Q", 3) + b"abc" + b"next")
    with pytest.raises(LawcommentError, match="a worker's result could not be read"):
        _message(bad)
    assert bad == b"next"


def _varied(store) -> None:  # type: ignore[no-untyped-def]
    """Comments of every shape a whole draft's merge reads, added to the ``busy`` store: quoting
    (their offsets order them), on a 款, on a chapter's heading, in the translation's language,
    a file's later wording superseding its earlier one, withdrawn and orphaned ones."""
    from lawcomment.comments import Anchor, CommentSource, NewComment, SourceKind, Stance, Status

    stored = store.get_draft("ecommerce@1")
    index = {u.eid: u for u in stored.load().walk()}
    body5 = index["art_5"].body()
    cli = CommentSource(SourceKind.CLI)
    items = [NewComment("m7", Anchor("art_5", body5[30:36], offset=30), Stance.OPPOSE, cli, "引文在后"),
             NewComment("m6", Anchor("art_5", body5[2:8], offset=2), Stance.AMEND, cli, "引文在前",
                        body5.replace(body5[2:8], "新的字样", 1)),
             NewComment("m7", Anchor("art_2__para_2"), Stance.AMEND, cli, "一款",
                        index["art_2__para_2"].body().replace("。", "，另有规定的除外。", 1)),
             NewComment("m5", Anchor("chp_1"), Stance.AMEND, cli, "章名", "总　　则"),
             NewComment("m4", Anchor("art_7"), Stance.AMEND, cli, "in English", "An English wording.", lang="en"),
             NewComment("m3", Anchor("art_9"), Stance.AMEND, cli, "撤回", index["art_9"].body() + "撤回的。")]
    store.add_comments("ecommerce@1", items)
    first = CommentSource(SourceKind.CSV, "a.csv", None, "row 2")
    store.add_comments("ecommerce@1", [NewComment("m2", Anchor("art_11"), Stance.AMEND, first, "先",
                                                  index["art_11"].body() + "先。")], file="a.csv", kind="csv")  # fmt: skip
    store.add_comments("ecommerce@1", [NewComment("m2", Anchor("art_11"), Stance.AMEND, first, "后",
                                                  index["art_11"].body() + "后。")], file="a.csv", kind="csv")  # fmt: skip
    ids = {c.body: c.id for c in store.comments("ecommerce@1")}
    store.update_comment(ids["撤回"], "withdraw", status=Status.WITHDRAWN)
    store.update_comment(ids["同上"], "edit", status=Status.ORPHANED)
    assert {str(c.status) for c in store.comments("ecommerce@1", include_superseded=True)} >= {
        "open", "withdrawn", "orphaned", "superseded"}


@forks
def test_workers_reading_their_own_comments_merge_as_one_reading_them_all(busy: str, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """A whole draft's merge given no comments has its workers read their own articles' (the
    parent reads none): the positions, those the workers rendered, and the positions and diffs
    kept (in the same order) are those of the merge of the comments read at once, in one
    process or in workers."""
    from lawcomment.review import position_text
    from lawcomment.review.position import UnitPosition
    from lawcomment.store.sql import SQLStore

    def render(p: UnitPosition) -> str:
        return position_text(p, False, "")

    with open_store(busy, "tester") as store:
        _varied(store)
    made = {}
    for how in ("own", "given1", "given2"):
        copy = tmp_path / f"{how}.db"
        copy.write_bytes(Path(busy).read_bytes())
        with open_store(copy, "tester") as store:
            stored = store.get_draft("ecommerce@1")
            generation = store.generation()
            comments = None if how == "own" else store.comments(stored.ref)
            rendered: dict[str, str] = {}
            with monkeypatch.context() as m:
                if how == "own":  # (read by the workers only)
                    m.setattr(SQLStore, "comments", lambda *a, **k: pytest.fail("the comments read in the parent"))
                positions = draft_positions(store, stored, comments=comments, generation=generation,
                                            workers=1 if how == "given1" else 2, render=render, rendered=rendered)  # fmt: skip
            kept = store.conn.execute("SELECT eid, ord, stamp, data FROM unit_positions ORDER BY ord").fetchall()
            # (the workers' diffs kept chunk by chunk as they come, in the order of one keeping of them all)
            diffs = store.conn.execute("SELECT rowid, draft_id, key, data FROM diffs ORDER BY rowid").fetchall()
            made[how] = (positions, diffs, kept)
            assert all(rendered[p.eid] == render(p) for p in positions if p.eid in rendered)
            assert bool(rendered) is (how != "given1")
    assert made["own"] == made["given1"] == made["given2"]
    positions = made["own"][0]
    assert {"art_5", "art_2", "chp_1", "art_7", "art_11"} <= {p.eid for p in positions}
    assert any("translation" in w for p in positions for w in p.warnings)


@forks
def test_a_write_before_the_workers_read_has_the_parent_read_the_comments(busy: str, tmp_path: Path) -> None:
    """Workers whose store has moved on since the merge began (a write raised its generation)
    read nothing: the parent reads the comments, and the merge is that of what it read, as
    before; so is a merge inside a transaction (its writes not yet committed)."""
    from lawcomment.comments import Anchor, CommentSource, NewComment, SourceKind, Stance

    made = {}
    for how in ("moved", "given"):
        copy = tmp_path / f"{how}.db"
        copy.write_bytes(Path(busy).read_bytes())
        with open_store(copy, "tester") as store:
            stored = store.get_draft("ecommerce@1")
            generation = store.generation()
            store.add_comments("ecommerce@1", [NewComment("m7", Anchor("art_3"), Stance.OPPOSE,
                                                          CommentSource(SourceKind.CLI), "后来的")])  # fmt: skip
            assert store.reopener(generation)() is None  # type: ignore[misc]
            comments = None if how == "moved" else store.comments(stored.ref)
            made[how] = draft_positions(store, stored, comments=comments, generation=generation, workers=2)
            assert store.conn.execute("SELECT stamp FROM positions").fetchone()[0].startswith(f"{generation}:")
    assert made["moved"] == made["given"]
    assert any(p.eid == "art_3" and p.counts.get("oppose") == 3 for p in made["moved"])
    with open_store(tmp_path / "moved.db", "tester") as store, store.transaction():
        assert store.reopener(store.generation()) is None


@forks
@pytest.mark.parametrize("article", ["art_40", "art_999"])
def test_a_comment_stored_under_another_article_has_the_parent_read_them_all(busy: str, tmp_path: Path,
                                                                             article: str) -> None:  # fmt: skip
    """The workers read each article's comments by the article stored with them, which the store
    always writes as the comment's unit's: a comment stored otherwise (another article's, one
    not in the draft) is never lost or merged twice, the parent reading them all instead."""
    made = {}
    for how in ("own", "given"):
        copy = tmp_path / f"{how}.db"
        copy.write_bytes(Path(busy).read_bytes())
        with open_store(copy, "tester") as store:
            store.conn.execute("UPDATE comments SET article = ? WHERE id = (SELECT min(id) FROM comments WHERE "
                               "eid = 'art_3')", (article,))  # fmt: skip
            store.conn.commit()
            stored = store.get_draft("ecommerce@1")
            comments = None if how == "own" else store.comments(stored.ref)
            made[how] = draft_positions(store, stored, comments=comments, generation=store.generation(), workers=2)
    assert made["own"] == made["given"]
    assert next(p for p in made["own"] if p.eid == "art_3").counts == {"oppose": 2, "support": 1}


@forks
@pytest.mark.parametrize(("jobs", "workers", "thread"), [(200, 2, False), (MIN_JOBS, 2, False), (MIN_JOBS - 1, 2, False),
                                                         (500, 1, False), (200, 2, True), (1, 4, False)])  # fmt: skip
def test_forks_says_whether_map_chunks_forks(jobs: int, workers: int, thread: bool) -> None:
    from lawcomment.workers import forks

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    if thread:
        other.start()
    try:
        said = forks(jobs, workers)
        chunks = map_chunks(_pids, list(range(jobs)), workers=workers)
    finally:
        stop.set()
        if thread:
            other.join()
    assert said is bool({pid for chunk in chunks for _, pid in chunk} - {os.getpid()})


@forks
def test_a_worker_beside_sends_its_result_from_another_process() -> None:
    worker = beside(lambda: str(os.getpid()).encode() * 100_000)  # (more than a pipe holds)
    assert worker is not None
    with worker:
        assert beside(lambda: b"") is None  # one worker's work at a time
        sent = worker.result()
    assert sent is not None and sent == str(worker.pid).encode() * 100_000 and worker.pid != os.getpid()
    with beside(lambda: b"") as again:  # (the next may start once it is reaped)
        assert again.result() == b""


def _taking(claims: Claims, front: bool, pause: float) -> list[int]:
    """The jobs taken from one end of ``claims``, three at a time, each taking ``pause`` seconds."""
    got: list[int] = []
    while (taken := (claims.front if front else claims.back)(3)) is not None:
        got += range(*taken)
        time.sleep(pause)
    return got


@forks
@pytest.mark.parametrize(("here", "there"), [(0.0, 0.0), (0.0, 0.002), (0.002, 0.0)])
def test_jobs_claimed_from_both_ends_are_each_taken_once_the_quicker_taking_more(here: float, there: float) -> None:
    """This process from the front, a worker from the back: every job taken once, each one's jobs
    consecutive (this process's the first ones), the one slowed down taking fewer."""
    with Claims(1000) as claims:
        worker = beside(lambda: json.dumps(_taking(claims, False, there)).encode())
        assert worker is not None
        with worker:
            mine = _taking(claims, True, here)
            sent = worker.result()
    assert sent is not None
    theirs = sorted(json.loads(sent))
    assert mine + theirs == list(range(1000))
    if here != there:
        assert (len(mine) > len(theirs)) is (here < there)


@forks
def test_what_a_worker_beside_writes_to_its_outbox_is_read_back_whole() -> None:
    """Megabytes written a part at a time (more than a pipe holds), read back here once it ends."""
    parts = [bytes([n]) * (n * 10_000) for n in range(1, 30)]

    def work() -> bytes:
        for part in parts:
            outbox.send(part)
        return str(len(parts)).encode()

    with Outbox() as outbox:
        with beside(work) as worker:
            seen = b""
            while len(seen) < 10_000:  # (what it has sent so far, while it sends more)
                seen += outbox.read(len(seen))
                assert b"".join(parts).startswith(seen)
            assert worker.result() == b"29"
        assert outbox.read() == b"".join(parts) and outbox.read(len(seen)) == b"".join(parts)[len(seen):]
    with Outbox() as empty:
        assert empty.read() == b""


@forks
def test_claims_and_an_outbox_work_where_the_kernel_makes_no_file_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_: object) -> int:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(os, "memfd_create", refused)
    with Claims(100) as claims, Outbox() as outbox:
        worker = beside(lambda: outbox.send(json.dumps(_taking(claims, False, 0.0)).encode()) or b"sent")  # type: ignore[func-returns-value]
        assert worker is not None
        with worker:
            mine = _taking(claims, True, 0.0)
            assert worker.result() == b"sent"
        assert mine + sorted(json.loads(outbox.read())) == list(range(100))


def test_jobs_claimed_without_a_worker_are_all_taken_here() -> None:
    with Claims(10) as claims:
        assert claims.front(4) == (0, 4) and claims.back(4) == (6, 10) and claims.back(4) == (4, 6)
        assert claims.front(4) is None and claims.back(1) is None
    with Claims(0) as claims:
        assert claims.front(4) is None


def _raises_not_sent() -> bytes:
    raise ValueError("not sent")


def _calls_exit() -> bytes:
    sys.exit(3)


@forks
@pytest.mark.parametrize("fn", [_raises_not_sent, _calls_exit, lambda: os._exit(0),
                                lambda: os.kill(os.getpid(), signal.SIGKILL)])  # fmt: skip
def test_a_worker_beside_that_fails_sends_nothing(fn) -> None:  # type: ignore[no-untyped-def]
    with beside(fn) as worker:
        assert worker.result() is None


@forks
def test_a_worker_beside_is_killed_when_its_parent_gives_up() -> None:
    started = time.monotonic()
    with pytest.raises(KeyError), beside(lambda: time.sleep(60) or b"") as worker:  # type: ignore[func-returns-value]
        raise KeyError("the parent's own share failed")
    with pytest.raises(ChildProcessError):
        os.waitpid(worker.pid, os.WNOHANG)  # reaped
    assert time.monotonic() - started < 30


def test_a_process_with_other_threads_starts_no_worker_beside() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert beside(lambda: b"") is None
    finally:
        stop.set()
        other.join()


@forks
def test_ctrl_c_while_waiting_for_the_worker_beside_kills_it_at_once() -> None:
    def interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    before = signal.signal(signal.SIGALRM, interrupt)
    started = time.monotonic()
    try:
        worker = beside(lambda: time.sleep(60) or b"")  # type: ignore[func-returns-value]
        assert worker is not None
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        with pytest.raises(KeyboardInterrupt), worker:
            worker.result()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)
    assert time.monotonic() - started < 30
    with pytest.raises(ChildProcessError):
        os.waitpid(worker.pid, os.WNOHANG)  # reaped
    with beside(lambda: b"ok") as again:  # (its turn given back)
        assert again.result() == b"ok"
