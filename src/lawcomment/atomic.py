"""Write files atomically: a temporary file beside the target, then a rename.

A failure half-way leaves the old file (or nothing) in place, never half-written data.
"""

from __future__ import annotations

import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import InputError


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` (text is UTF-8) to ``path`` through a temporary file and a rename.

    A symbolic link is written through (its target is replaced, the link stays); a folder,
    a device or anything else that is not a regular file is refused with an InputError, and so
    is a name in a folder that is not there (it is never made).
    """
    target, tmp = prepare(path)
    try:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        install(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def prepare(path: str | Path) -> tuple[Path, Path]:
    """The file ``path`` names (through a symbolic link) and a new empty temporary file beside
    it, for :func:`install` to put in its place once written: what :func:`write_atomic` does in
    one step, in two, so that another process can write the temporary file while this one
    keeps its name (and removes it if that process fails). Refuses what write_atomic refuses."""
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    if target.is_dir():
        raise InputError(str(path), "is a folder; give a file name")
    if target.exists() and not target.is_file():
        raise InputError(str(path), "is not a regular file (a device or a pipe); give a file name")
    # a folder the name goes through that is not there is a typing slip (export -o /tmp/ouput/s.docx), never made: the
    # file would land where nobody looks for it (a trial's mistyped folder was made, and the export said nothing)
    folder = target.parent
    if not folder.is_dir():
        nearest = next((p for p in folder.parents if p.exists()), None) if not folder.exists() else folder
        if nearest is not None and not nearest.is_dir():
            raise InputError(str(path), f"{nearest} is a file, not a folder; nothing written")
        raise InputError(str(path), f"the folder {folder} does not exist; nothing written")  # fmt: skip
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:  # named by the file asked for, not by a temporary one
        raise InputError(str(path), f"cannot be written ({exc.strerror or exc})") from None
    os.close(fd)
    return target, Path(tmp)


@contextmanager
def terminated_by_exception() -> Iterator[None]:
    """Inside the block, SIGTERM and SIGHUP end the process as Ctrl-C does, by an exception
    (SystemExit, status 128 + the signal), so that the block's own clean-up (a ``finally``
    removing temporary files) runs. Only in the main thread, and only where the signal would
    have ended the process anyway (its handler is the default one)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    kept: dict[int, Any] = {}
    for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None and signal.getsignal(sig) is signal.SIG_DFL:
            kept[sig] = signal.signal(sig, stop)
    try:
        yield
    finally:
        for sig, handler in kept.items():
            signal.signal(sig, handler)


def install(tmp: Path, target: Path) -> None:
    """Put the written temporary file ``tmp`` (from :func:`prepare`) in ``target``'s place."""
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual mode
    os.replace(tmp, target)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
