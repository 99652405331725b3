"""Long whole-draft work (merging every article, grouping every article's comments) shared out
among forked worker processes: each worker inherits what the parent has read, works through
chunks of the jobs, and sends back only its results."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

__all__ = ["CHUNKS_PER_WORKER", "MIN_JOBS", "default_workers", "map_chunks"]

J = TypeVar("J")
R = TypeVar("R")

#: Fewer jobs than this are done in the process itself: forking costs more than it saves.
MIN_JOBS = 64
#: Chunks per worker: small enough that one slow chunk (a hot article) does not leave the
#: other workers idle at the end, large enough that sending results back stays cheap.
CHUNKS_PER_WORKER = 8

# What the forked workers run (set just before the fork; they inherit it, nothing is pickled).
_task: tuple[Callable[[Sequence[Any]], Any], list[Sequence[Any]]] | None = None


def default_workers() -> int:
    """How many workers a command uses: ``$LAWCOMMENT_WORKERS`` when set (1: none, all in the
    process), else the CPUs this process may run on, at most 8; 1 where processes cannot be
    forked (Windows, macOS's default)."""
    given = os.environ.get("LAWCOMMENT_WORKERS", "").strip()
    if given:
        if not given.isdigit() or int(given) < 1:
            from .errors import LawcommentError

            raise LawcommentError(f"$LAWCOMMENT_WORKERS must be a whole number of processes, 1 or more (1: no "
                                  f"workers), not {given!r}")  # fmt: skip
        return int(given)
    if not _can_fork():
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 8))


def _can_fork() -> bool:
    import multiprocessing

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _run(n: int) -> Any:
    assert _task is not None
    fn, chunks = _task
    return fn(chunks[n])


def map_chunks(fn: Callable[[Sequence[J]], R], jobs: Sequence[J], *, workers: int = 1,
               weight: Callable[[J], int] | None = None,
               done: Callable[[int, R], None] | None = None) -> list[R]:  # fmt: skip
    """``fn`` over chunks of ``jobs`` (consecutive, in order), one result per chunk, in the
    chunks' order. With ``workers`` > 1 (and enough jobs, on a system that forks) the chunks
    are shared out among forked workers; ``fn`` and its results must then be picklable only
    as results (``fn`` itself is inherited). ``weight(job)`` sizes the chunks (so that
    chunks take about as long); ``done(jobs_in_chunk, result)`` is called in the parent as
    each chunk's result arrives (a progress bar), in whatever order they finish.

    An exception in a worker is raised here, in the parent. The caller must not fork from
    a process whose other threads may hold locks the work needs (a web server's): the
    command line calls this, the web app does not."""
    global _task
    jobs = list(jobs)
    if not jobs:
        return []
    parallel = workers > 1 and len(jobs) >= MIN_JOBS and _can_fork()
    chunks = _chunks(jobs, workers * CHUNKS_PER_WORKER if parallel else 1, weight)
    if not parallel:
        out = []
        for chunk in chunks:
            result = fn(chunk)
            if done is not None:
                done(len(chunk), result)
            out.append(result)
        return out
    import multiprocessing

    results: list[Any] = [None] * len(chunks)
    _task = (fn, chunks)  # type: ignore[assignment]
    # the heap the workers inherit is left out of their garbage collections: a collection walks
    # (and so writes to) every object it tracks, which would copy the parent's whole heap into
    # each worker, page by page, instead of sharing it
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(min(workers, len(chunks))) as pool:
            for n, result in pool.imap_unordered(_indexed, range(len(chunks))):
                results[n] = result
                if done is not None:
                    done(len(chunks[n]), result)
    finally:
        gc.unfreeze()
        _task = None
    return results


def _indexed(n: int) -> tuple[int, Any]:
    return n, _run(n)


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
