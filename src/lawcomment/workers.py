"""Long whole-draft work (merging every article, grouping every article's comments) shared out
among forked worker processes: each worker inherits what the parent has read, works through
chunks of the jobs, and sends back only its results."""

from __future__ import annotations

import gc
import mmap
import os
import pickle
import re
import signal
import struct
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
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
               done: Callable[[int, R], None] | None = None, min_jobs: int = MIN_JOBS) -> list[R]:  # fmt: skip
    """``fn`` over chunks of ``jobs`` (consecutive, in order), one result per chunk, in the
    chunks' order. With ``workers`` > 1 (and ``min_jobs`` jobs at least, on Linux, in a process
    running no other thread) the chunks are shared out among forked workers: ``fn`` and the jobs are
    inherited, never pickled; each chunk's result is pickled back. ``weight(job)`` sizes the
    chunks (so that chunks take about as long); ``done(jobs_in_chunk, result)`` is called in the
    parent as each chunk's result arrives (a progress bar), in whatever order they finish.

    What a worker raises is raised here, with the worker's traceback as a note (as a
    LawcommentError naming it when it cannot be sent whole); a worker that dies (killed, out
    of memory), or a result that cannot be sent, is a LawcommentError. On any failure, and on
    Ctrl-C, the workers are killed and reaped before this returns; a worker whose parent dies
    is killed by the kernel. A process with other threads (a web server) does the work itself:
    forking it could copy a lock another thread holds."""
    jobs = list(jobs)
    if not jobs:
        return []
    parallel = workers > 1 and len(jobs) >= max(2, min_jobs) and _can_fork() and threading.active_count() == 1
    chunks = _chunks(jobs, workers * CHUNKS_PER_WORKER if parallel else 1, weight)
    if parallel:
        found = _in_workers(fn, chunks, min(workers, len(chunks)), done)
        if found is not None:
            return found
    out = []
    for chunk in chunks:
        result = fn(chunk)
        if done is not None:
            done(len(chunk), result)
        out.append(result)
    return out


def forks(jobs: int, workers: int, *, min_jobs: int = MIN_JOBS) -> bool:
    """Whether :func:`map_chunks` would share ``jobs`` jobs out among forked workers now (it
    does them itself all the same while another call is at it): for a caller whose workers
    would read for themselves what it would otherwise read once, for all of them."""
    return workers > 1 and jobs >= max(2, min_jobs) and _can_fork() and threading.active_count() == 1


@dataclass
class _Worker:
    pid: int
    tasks: int  # the pipe the parent writes chunk numbers to (closed: no more work)
    results: int  # the pipe the worker writes results to
    received: bytearray = field(default_factory=bytearray)
    chunk: int | None = None  # the chunk it is working on
    reaped: bool = False


_LENGTH = struct.Struct("<Q")
_CHUNK = struct.Struct("<I")


def _in_workers(fn: Callable[[Sequence[J]], R], chunks: list[list[J]], count: int,
                done: Callable[[int, R], None] | None) -> list[R] | None:  # fmt: skip
    """The chunks shared out among ``count`` forked workers (None when another call is at it),
    each sent a chunk's number when it is free; each sends back its result length-prefixed on
    a pipe of its own, which the parent reads as it comes (so a worker that dies mid-message
    is an end of file, never a wait)."""
    import selectors

    results: list[Any] = [None] * len(chunks)
    workers: list[_Worker] = []
    finished = locked = frozen = False
    # Ctrl-C waits while the lock is taken and the workers are started, and while they are
    # stopped: a KeyboardInterrupt between a fork and the worker's being listed would leave
    # it behind (it is raised as soon as the signal is unblocked, inside the try)
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    except KeyboardInterrupt:  # one that came just before: nothing started, nothing blocked
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        raise
    try:
        locked = _one_at_a_time.acquire(blocking=False)
        if not locked:  # another call is at it (a worker's own, or another thread's): no fork
            return None
        import ctypes  # noqa: F401 (what each worker loads to die with this process: loaded once, here, for all)

        # the heap the workers inherit is left out of their garbage collections: a collection
        # walks (and so writes to) every object it tracks, which would copy the parent's whole
        # heap into each worker, page by page, instead of sharing it
        gc.freeze()
        frozen = True
        _flush()  # nothing buffered here is written again by a worker
        parent = os.getpid()
        for _ in range(count):
            workers.append(_start(fn, chunks, workers, parent, previous))
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        pending = iter(range(len(chunks)))
        with selectors.DefaultSelector() as selector:
            for w in workers:
                _give(w, pending)
                selector.register(w.results, selectors.EVENT_READ, w)
            left = len(chunks)
            while left:
                for key, _ in selector.select():
                    w = key.data
                    data = os.read(w.results, 1 << 20)
                    if not data:  # the worker ended: done with its work, or died at it
                        if w.tasks != -1 or w.chunk is not None or w.received:
                            raise _died(w)
                        selector.unregister(w.results)
                        continue
                    w.received += data
                    while (message := _message(w.received)) is not None:
                        n, failure, result = message
                        if failure is not None:
                            raise failure
                        results[n] = result
                        left -= 1
                        w.chunk = None
                        if done is not None:
                            done(len(chunks[n]), result)
                        _give(w, pending)
        finished = True
        return results
    finally:
        # a Ctrl-C that came just before the signal was blocked is raised at the next step,
        # wherever that is: the cleaning up (each step safe to do twice) starts again after it
        interrupted: KeyboardInterrupt | None = None
        while True:
            try:
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
                _end(workers, killed=not finished)
                if frozen:
                    gc.unfreeze()
                    frozen = False
                if locked:
                    _one_at_a_time.release()
                    locked = False
                break
            except KeyboardInterrupt as exc:
                interrupted, finished = exc, False
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)  # a Ctrl-C held back is raised here
        if interrupted is not None:
            raise interrupted


def _start(fn: Callable[[Sequence[Any]], Any], chunks: list[list[Any]], workers: list[_Worker], parent: int,
           mask: set[int | signal.Signals]) -> _Worker:  # fmt: skip
    """Fork one worker (its pipes closed again if that fails)."""
    made: list[int] = []
    try:
        made += os.pipe()
        made += os.pipe()
        task_r, task_w, result_r, result_w = made
        pid = os.fork()
    except OSError as exc:  # out of processes, memory or file descriptors
        for fd in made:
            os.close(fd)
        raise LawcommentError(f"could not start a worker process ({exc.strerror or exc}); run again with "
                              "LAWCOMMENT_WORKERS=1 to do the work in one process") from exc  # fmt: skip
    if pid == 0:  # the worker: it never returns from here
        code = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it kills the workers
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            for other in workers:  # the parent's ends of the workers forked before it
                os.close(other.tasks)
                os.close(other.results)
            os.close(task_w)
            os.close(result_r)
            _serve(fn, chunks, task_r, result_w, parent)
            code = 0
        finally:
            try:
                _flush()
            finally:
                os._exit(code)
    os.close(task_r)
    os.close(result_w)
    return _Worker(pid, task_w, result_r)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # closed, or a broken pipe: nothing to write twice
            pass


def _end(workers: list[_Worker], *, killed: bool) -> None:
    """Close the parent's pipes, kill the workers (after a failure or Ctrl-C) and reap them all:
    a worker whose work is done ends at the end of its task pipe."""
    for w in workers:
        for fd in (w.tasks, w.results):
            if fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        w.tasks = w.results = -1
        if killed and not w.reaped:
            try:
                os.kill(w.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    for w in workers:
        if not w.reaped:
            try:
                os.waitpid(w.pid, 0)
            except ChildProcessError:  # reaped already (SIGCHLD ignored by whoever started us)
                pass
            w.reaped = True


def _give(w: _Worker, pending: Iterator[int]) -> None:
    """The next chunk to a free worker, or the end of its work."""
    n = next(pending, None)
    if n is None:
        os.close(w.tasks)
        w.tasks = -1
        return
    w.chunk = n
    try:
        os.write(w.tasks, _CHUNK.pack(n))
    except BrokenPipeError:
        raise _died(w) from None


def _died(w: _Worker) -> LawcommentError:
    """The error for a worker that ended before it sent what it owed (reaped here when it has
    ended: its exit says how). Its pipes close as it exits, a moment before it can be reaped."""
    import time

    pid = status = 0
    try:
        for _ in range(200):
            pid, status = os.waitpid(w.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(0.01)
    except ChildProcessError:  # reaped already (SIGCHLD ignored by whoever started us)
        w.reaped = True
    how = ""
    if pid:
        w.reaped = True
        if os.WIFSIGNALED(status):
            how = f", killed by {signal.Signals(os.WTERMSIG(status)).name}"
        elif os.WIFEXITED(status):
            how = f", exit status {os.WEXITSTATUS(status)}"
    return LawcommentError(f"a worker process died before it finished{how} (out of memory?); run again with "
                           "LAWCOMMENT_WORKERS=1 to do the work in one process")  # fmt: skip


def _message(received: bytearray) -> tuple[int, BaseException | None, Any] | None:
    """The first whole message in ``received`` (taken out of it), or None until one is there."""
    if len(received) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack_from(received)
    if len(received) < _LENGTH.size + size:
        return None
    try:
        with memoryview(received) as view:  # read where it lies (released before the buffer is cut)
            n, failure, result = pickle.loads(view[_LENGTH.size:_LENGTH.size + size])
    except Exception as exc:
        raise LawcommentError(f"a worker's result could not be read: {type(exc).__name__}: {exc}") from exc
    finally:
        del received[:_LENGTH.size + size]
    return int(n), failure, result


def _serve(fn: Callable[[Sequence[Any]], Any], chunks: list[list[Any]], tasks: int, out: int, parent: int) -> None:
    """In a worker: take chunk numbers until the parent closes the pipe, send back each result."""
    _die_with(parent)
    with os.fdopen(tasks, "rb", buffering=0) as inbox, os.fdopen(out, "wb") as outbox:
        while True:
            raw = inbox.read(_CHUNK.size)
            if len(raw) < _CHUNK.size:
                return  # no more work
            (n,) = _CHUNK.unpack(raw)
            failure, result = _run(fn, chunks[n])
            try:
                body = pickle.dumps((n, failure, result), pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # a result that cannot be pickled
                body = pickle.dumps((n, LawcommentError(f"the result of a worker could not be sent: "
                                                        f"{type(exc).__name__}: {exc}"), None))  # fmt: skip
            outbox.write(_LENGTH.pack(len(body)))
            outbox.write(body)
            outbox.flush()


def _die_with(parent: int) -> None:
    """Have the kernel kill this worker when its parent dies (a closed terminal, a CI job
    cancelled), so that none is left behind holding its memory."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before that took effect
        os._exit(1)


def _run(fn: Callable[[Sequence[Any]], Any], chunk: Sequence[Any]) -> tuple[BaseException | None, Any]:
    """In a worker: the chunk's result, or what it raised, made safe to send back."""
    try:
        return None, fn(chunk)
    except BaseException as exc:  # noqa: BLE001 (a worker's sys.exit too: an error in the parent, never its exit)
        where = "".join(traceback.format_exception(exc))
        if not isinstance(exc, Exception):
            return LawcommentError(f"a worker process stopped: {type(exc).__name__}: {exc}"), None
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # an exception whose class cannot be rebuilt from its args
            exc = LawcommentError(f"{type(exc).__name__}: {exc}")
        exc.add_note(f"in a worker process:\n{where}")
        return exc, None


def _chunks(jobs: list[J], count: int, weight: Callable[[J], int] | None) -> list[list[J]]:
    """``jobs`` cut into at most ``count`` consecutive runs, each lighter than the one before:
    run k (from 0) weighs about (2·count − 2k − 1)/count² of the whole, from twice the average
    down to a small fraction of it. The workers take them in order, so the last a worker takes
    is short, and none waits long at the end for another still at a long one (at an equal
    weight each, one idled for half a run's time on average: with 8 runs a worker, a sixteenth
    of a whole draft's merge)."""
    if count <= 1:
        return [jobs]
    weights = [max(1, weight(j)) if weight is not None else 1 for j in jobs]
    total = sum(weights)
    out: list[list[J]] = [[]]
    held = 0
    for job, w in zip(jobs, weights, strict=True):
        share = total * (2 * count - 2 * len(out) + 1) / count**2
        if out[-1] and held + w / 2 > share and len(out) < count:
            out.append([])
            held = 0
        out[-1].append(job)
        held += w
    return out


class Beside:
    """A forked worker working out one result (bytes) while the process that started it does its
    own share of the same work (:func:`beside`). :meth:`result` waits for what it sends; leaving
    the ``with`` block without it (an error, Ctrl-C) kills the worker. Either way it is reaped."""

    def __init__(self, pid: int, results: int) -> None:
        self.pid = pid
        self._results = results  # the pipe the worker writes its result to (-1: closed)
        self._reaped = False

    def result(self) -> bytes | None:
        """What the worker sent, once it has sent all of it; None when it sent nothing whole (it
        raised, or died): then the caller does the worker's share itself, and meets whatever
        the worker met there as it would have in one process."""
        received = bytearray()
        try:
            while data := os.read(self._results, 1 << 20):
                received += data
        except BaseException:  # (Ctrl-C while it works: it is not waited for)
            self._end(killed=True)
            raise
        ended = self._end(killed=False)
        if not ended or len(received) < _LENGTH.size:
            return None
        (size,) = _LENGTH.unpack_from(received)
        return bytes(received[_LENGTH.size:]) if len(received) == _LENGTH.size + size else None

    def _end(self, *, killed: bool) -> bool:
        """Close the pipe, kill the worker when asked, reap it: whether it exited of itself, status 0."""
        if self._results >= 0:
            os.close(self._results)
            self._results = -1
        if self._reaped:
            return False
        if killed:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:  # reaped already (SIGCHLD ignored by whoever started us)
            status = -1
        self._reaped = True
        _one_at_a_time.release()
        return status == 0

    def __enter__(self) -> Beside:
        return self

    def __exit__(self, *_: object) -> None:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            self._end(killed=True)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def beside(fn: Callable[[], bytes]) -> Beside | None:
    """``fn()`` started in a forked worker, which inherits what this process has read (``fn`` is
    never pickled) and sends back the bytes it returns, while this process goes on with its own
    share of the work; None where no worker is started (not Linux, another thread running, another
    worker's work under way, or the fork refused): the caller then does all of it itself. Whether
    to fork at all (``default_workers()`` > 1, enough work to pay for it) is the caller's choice.

    The worker ignores Ctrl-C (the parent's to handle: leaving the ``with`` block kills it) and is
    killed by the kernel when its parent dies. What ``fn`` raises in it is never raised here:
    :meth:`Beside.result` is None, and the caller's own run of that share raises it."""
    if not _can_fork() or threading.active_count() != 1:
        return None
    # Ctrl-C waits while the worker is started, and is raised once it is the caller's to kill
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    started: Beside | None = None
    locked = False
    try:
        locked = _one_at_a_time.acquire(blocking=False)
        if not locked:  # (a worker's own call, or another's work under way)
            return None
        try:
            results, out = os.pipe()
        except OSError:
            return None
        _flush()  # nothing buffered here is written again by the worker
        parent = os.getpid()
        gc.freeze()  # (the inherited heap left out of the worker's collections: shared, not copied page by page)
        try:
            pid = os.fork()
        except OSError:  # out of processes or memory: the work is done here
            gc.unfreeze()
            os.close(results)
            os.close(out)
            return None
        if pid == 0:  # the worker: it never returns from here
            code = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                signal.pthread_sigmask(signal.SIG_SETMASK, previous)
                os.close(results)
                _die_with(parent)
                body = fn()
                with os.fdopen(out, "wb") as outbox:
                    outbox.write(_LENGTH.pack(len(body)))
                    outbox.write(body)
                code = 0
            except BaseException:  # noqa: BLE001, S110 (the parent does this share itself, and raises it there)
                pass
            finally:
                os._exit(code)
        gc.unfreeze()
        os.close(out)
        started = Beside(pid, results)
        return started
    finally:
        if started is None and locked:
            _one_at_a_time.release()
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)  # a Ctrl-C held back is raised here
        except BaseException:
            if started is not None:  # (never handed to the caller: killed and reaped here)
                started._end(killed=True)
            raise


def _memory_file(name: str) -> int:
    """A file descriptor of a new, empty file in memory that a forked worker inherits (a deleted
    temporary file where the kernel makes none), closed when this process execs another program."""
    try:
        return os.memfd_create(name, os.MFD_CLOEXEC)
    except (AttributeError, OSError):  # (a kernel before 3.17)
        import tempfile

        fd, path = tempfile.mkstemp(prefix=f"{name}-")
        os.unlink(path)
        return fd


class Claims:
    """The jobs ``0 .. total - 1`` shared between this process and a worker forked after it
    (:func:`beside`), each taking a few at a time: from its own end, this process from the
    front (:meth:`front`), the worker from the back (:meth:`back`), until they meet (each one's
    jobs consecutive, the worker's the last ones), or both from the front (the jobs done in their
    order, the first ones all done while the last are still being done). Whichever is quicker
    (the other's core busy with someone else's work) does more, so that two processes never
    take longer than one.

    The two ends live in a page of memory the fork shares (not copied), changed under a lock
    (``fcntl.lockf``: per process, so the worker and this process exclude each other, and let go
    by the kernel when the process holding it dies). Close it once the worker has ended."""

    _ENDS = struct.Struct("<qq")  # (the first job nobody took, one past the last job nobody took)

    def __init__(self, total: int) -> None:
        self._ends = mmap.mmap(-1, mmap.PAGESIZE)  # (anonymous and shared: the forked worker writes the same page)
        self._ENDS.pack_into(self._ends, 0, 0, total)
        self._lock = -1  # (where no worker is forked, Windows, none is needed)
        self._lockf: Callable[[int, int], Any] | None = None
        self._locked = self._unlocked = 0
        if _can_fork():
            import fcntl

            self._lockf, self._locked, self._unlocked = fcntl.lockf, fcntl.LOCK_EX, fcntl.LOCK_UN
            self._lock = _memory_file("lawcomment-claims")

    def _take(self, front: bool, most: int) -> tuple[int, int] | None:
        lockf = self._lockf
        if lockf is not None:
            lockf(self._lock, self._locked)
        try:
            start, stop = self._ENDS.unpack_from(self._ends)
            if start >= stop:
                return None
            if front:
                taken = min(stop, start + most)
                self._ENDS.pack_into(self._ends, 0, taken, stop)
                return start, taken
            taken = max(start, stop - most)
            self._ENDS.pack_into(self._ends, 0, start, taken)
            return taken, stop
        finally:
            if lockf is not None:
                lockf(self._lock, self._unlocked)

    def front(self, most: int) -> tuple[int, int] | None:
        """The next (at most) ``most`` jobs from the front, as (start, stop); None once none is left."""
        return self._take(True, most)

    def back(self, most: int) -> tuple[int, int] | None:
        """The last (at most) ``most`` jobs nobody took, as (start, stop); None once none is left."""
        return self._take(False, most)

    def close(self) -> None:
        self._ends.close()
        if self._lock >= 0:
            os.close(self._lock)
            self._lock = -1

    def __enter__(self) -> Claims:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class Outbox:
    """Bytes a forked worker (:func:`beside`) sends as it goes, read here while it works and once it
    has ended: a file in memory (``memfd``; a temporary file where there is none), so that the worker
    never waits for this process to read (a pipe holds 64 KiB), nor this one for the worker to send
    megabytes once it is done. What :meth:`send` wrote whole is told in a page the fork shares (under
    a per-process ``fcntl.lockf``, as :class:`Claims`): :meth:`read` never sees half a message. Made
    before the worker is forked; closed once it has ended."""

    _SENT = struct.Struct("<q")  # the bytes sent whole so far

    def __init__(self) -> None:
        self._sent = mmap.mmap(-1, mmap.PAGESIZE)  # (anonymous and shared: the forked worker writes the same page)
        self._fd = -1  # (where no worker is forked, Windows, nothing is ever sent)
        self._lockf: Callable[..., Any] | None = None
        self._locked = self._unlocked = 0
        if _can_fork():
            import fcntl

            self._lockf, self._locked, self._unlocked = fcntl.lockf, fcntl.LOCK_EX, fcntl.LOCK_UN
            self._fd = _memory_file("lawcomment-outbox")

    def _told(self, size: int | None = None) -> int:
        """The bytes sent whole (``size``: now so many)."""
        lockf = self._lockf
        if lockf is not None:
            lockf(self._fd, self._locked, 1)
        try:
            if size is not None:
                self._SENT.pack_into(self._sent, 0, size)
            return int(self._SENT.unpack_from(self._sent)[0])
        finally:
            if lockf is not None:
                lockf(self._fd, self._unlocked, 1)

    def send(self, data: bytes) -> None:
        """Append ``data`` (in the worker; unbuffered, so nothing is lost at its ``os._exit``), then
        tell it sent."""
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]
        self._told(os.lseek(self._fd, 0, os.SEEK_CUR))

    def read(self, start: int = 0) -> bytes:
        """What was sent whole, from byte ``start`` on (here: while the worker works, what it has sent
        so far; once it has ended, all)."""
        if self._fd < 0:
            return b""
        size = self._told()
        parts, at = [], start
        while at < size and (part := os.pread(self._fd, size - at, at)):
            parts.append(part)
            at += len(part)
        return b"".join(parts)

    def close(self) -> None:
        self._sent.close()
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
