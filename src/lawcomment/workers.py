"""Long whole-draft work (merging every article, grouping every article's comments) shared out
among forked worker processes: each worker inherits what the parent has read, works through
chunks of the jobs, and sends back only its results."""

from __future__ import annotations

import gc
import os
import pickle
import re
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .errors import LawcommentError

__all__ = ["CHUNKS_PER_WORKER", "DEFAULT_MAX", "MAX_WORKERS", "MIN_JOBS", "default_workers", "map_chunks"]

J = TypeVar("J")
R = TypeVar("R")

#: Fewer jobs than this are done in the process itself: forking costs more than it saves.
MIN_JOBS = 64
#: Chunks per worker: small enough that one slow chunk (a hot article) does not leave the
#: other workers idle at the end, large enough that sending results back stays cheap.
CHUNKS_PER_WORKER = 8
#: Workers by default at most: each holds its own copy of the pages it touches (about 100 MB
#: for the 民法典 with 114,574 comments), so more CPUs are not taken unasked.
DEFAULT_MAX = 4
#: The most ``$LAWCOMMENT_WORKERS`` may ask for.
MAX_WORKERS = 64

# What the forked workers run (set just before the fork; they inherit it, nothing is pickled).
_task: tuple[Callable[[Sequence[Any]], Any], list[Sequence[Any]]] | None = None
_one_at_a_time = threading.Lock()


def default_workers() -> int:
    """How many workers a command uses: ``$LAWCOMMENT_WORKERS`` when set (1: none, all in the
    process), else the CPUs this process may use (its affinity, and a container's CPU quota),
    at most DEFAULT_MAX; 1 where processes are not forked (Windows, macOS)."""
    given = os.environ.get("LAWCOMMENT_WORKERS", "").strip()
    if given:
        if re.fullmatch("[0-9]+", given) is None or not 1 <= int(given) <= MAX_WORKERS:
            raise LawcommentError(f"$LAWCOMMENT_WORKERS must be a whole number of processes from 1 to {MAX_WORKERS} "
                                  f"(1: no workers), not {given!r}")  # fmt: skip
        return int(given)
    if not _can_fork():
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, _quota() or cpus, DEFAULT_MAX))


def _quota() -> int | None:
    """The CPUs a cgroup v2 quota allows (a container's ``--cpus``), rounded up; None without one."""
    try:
        with open("/sys/fs/cgroup/cpu.max", encoding="ascii") as fh:
            limit, period = fh.read().split()[:2]
    except (OSError, ValueError):
        return None
    if limit == "max":
        return None
    return max(1, -(-int(limit) // int(period)))


def _can_fork() -> bool:
    import multiprocessing

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def map_chunks(fn: Callable[[Sequence[J]], R], jobs: Sequence[J], *, workers: int = 1,
               weight: Callable[[J], int] | None = None,
               done: Callable[[int, R], None] | None = None) -> list[R]:  # fmt: skip
    """``fn`` over chunks of ``jobs`` (consecutive, in order), one result per chunk, in the
    chunks' order. With ``workers`` > 1 (and enough jobs, on Linux, in a process running no
    other thread) the chunks are shared out among forked workers: ``fn`` and the jobs are
    inherited, never pickled; each chunk's result is pickled back. ``weight(job)`` sizes the
    chunks (so that chunks take about as long); ``done(jobs_in_chunk, result)`` is called in the
    parent as each chunk's result arrives (a progress bar), in whatever order they finish.

    What a worker raises is raised here (as a LawcommentError naming it, when it cannot be
    sent whole); a worker that dies (killed, out of memory) is a LawcommentError, and the
    other workers are stopped. A process with other threads (a web server) does the work
    itself: forking it could copy a lock another thread holds."""
    global _task
    jobs = list(jobs)
    if not jobs:
        return []
    parallel = workers > 1 and len(jobs) >= MIN_JOBS and _can_fork() and threading.active_count() == 1
    chunks = _chunks(jobs, workers * CHUNKS_PER_WORKER if parallel else 1, weight)
    if not parallel or not _one_at_a_time.acquire(blocking=False):
        out = []
        for chunk in chunks:
            result = fn(chunk)
            if done is not None:
                done(len(chunk), result)
            out.append(result)
        return out
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    results: list[Any] = [None] * len(chunks)
    _task = (fn, chunks)  # type: ignore[assignment]
    # the heap the workers inherit is left out of their garbage collections: a collection walks
    # (and so writes to) every object it tracks, which would copy the parent's whole heap into
    # each worker, page by page, instead of sharing it
    gc.freeze()
    pool = ProcessPoolExecutor(min(workers, len(chunks)), mp_context=multiprocessing.get_context("fork"),
                               initializer=_quiet)  # fmt: skip
    finished_all = False
    try:
        pending = {pool.submit(_run, n): n for n in range(len(chunks))}
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                n = pending.pop(future)
                failure, result = future.result()
                if failure is not None:
                    raise failure
                results[n] = result
                if done is not None:
                    done(len(chunks[n]), result)
        finished_all = True
    except BrokenProcessPool as exc:
        raise LawcommentError(f"a worker process died before it finished ({exc}); run again with "
                              "LAWCOMMENT_WORKERS=1 to do the work in one process") from None  # fmt: skip
    finally:
        if finished_all:
            pool.shutdown(wait=True)
        else:  # a failure, or Ctrl-C: the chunks still running are not waited for
            _stop(pool)
        gc.unfreeze()
        _task = None
        _one_at_a_time.release()
    return results


def _quiet() -> None:
    """In a worker: Ctrl-C is the parent's to handle (it stops the workers), not each worker's
    to print a traceback for."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run(n: int) -> tuple[BaseException | None, Any]:
    """In a worker: chunk ``n``'s result, or what it raised, made safe to send back."""
    assert _task is not None
    fn, chunks = _task
    try:
        return None, fn(chunks[n])
    except BaseException as exc:  # noqa: BLE001 (a worker's sys.exit too: an error in the parent, never its exit)
        if not isinstance(exc, Exception):
            return LawcommentError(f"a worker process stopped: {type(exc).__name__}: {exc}"), None
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # an exception whose class cannot be rebuilt from its args
            return LawcommentError(f"{type(exc).__name__}: {exc}"), None
        return exc, None


def _stop(pool: Any) -> None:
    """Stop the workers at once, whatever they are doing (after a failure, or Ctrl-C)."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
    else:  # before 3.14 the pool names its processes only here
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def _chunks(jobs: list[J], count: int, weight: Callable[[J], int] | None) -> list[list[J]]:
    """``jobs`` cut into at most ``count`` consecutive runs of about equal weight."""
    if count <= 1:
        return [jobs]
    weights = [max(1, weight(j)) if weight is not None else 1 for j in jobs]
    share = sum(weights) / count
    out: list[list[J]] = [[]]
    held = 0
    for job, w in zip(jobs, weights, strict=True):
        if out[-1] and held + w / 2 > share and len(out) < count:
            out.append([])
            held = 0
        out[-1].append(job)
        held += w
    return out
