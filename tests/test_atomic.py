"""Atomic writes: in one step (write_atomic) or in two (prepare, then install), never half a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lawcomment import InputError
from lawcomment.atomic import install, prepare, write_atomic


def test_a_file_is_replaced_whole_and_gets_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "out" / "s.txt"
    assert write_atomic(target, "第一版") == target
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in target.parent.iterdir()] == ["s.txt"]


def test_a_link_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


@pytest.mark.parametrize("make", [lambda p: p.mkdir(), lambda p: os.mkfifo(p)])
def test_what_is_no_regular_file_is_refused(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "x"
    make(target)
    with pytest.raises(InputError, match="give a file name"):
        prepare(target)
    with pytest.raises(InputError, match="give a file name"):
        write_atomic(target, "x")


def test_in_two_steps_the_old_file_stands_until_install(tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    target.write_text("old", encoding="utf-8")
    found, tmp = prepare(target)
    assert found == target and tmp.parent == tmp_path and tmp.name.startswith(".s.json.") and tmp.read_bytes() == b""
    tmp.write_bytes(b"new")  # (by another process, say)
    assert target.read_text(encoding="utf-8") == "old"
    install(tmp, target)
    assert target.read_text(encoding="utf-8") == "new" and not tmp.exists()
