"""Atomic writes: in one step (write_atomic) or in two (prepare, then install), never half a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lawcomment import InputError
from lawcomment.atomic import install, prepare, write_atomic


def test_a_file_is_replaced_whole_and_gets_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "out" / "s.txt"
    target.parent.mkdir()
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


def test_a_folder_that_is_not_there_is_never_made(tmp_path: Path) -> None:
    """A mistyped folder (export -o /tmp/ouput/s.docx) is named, nothing made: the file would land where nobody looks."""
    target = tmp_path / "ouput" / "deeper" / "s.txt"
    for write in (lambda: prepare(target), lambda: write_atomic(target, "x")):
        with pytest.raises(InputError) as refused:
            write()
        assert str(refused.value) == f"{target}: the folder {target.parent} does not exist; nothing written"
    assert list(tmp_path.iterdir()) == []


def test_in_two_steps_the_old_file_stands_until_install(tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    target.write_text("old", encoding="utf-8")
    found, tmp = prepare(target)
    assert found == target and tmp.parent == tmp_path and tmp.name.startswith(".s.json.") and tmp.read_bytes() == b""
    tmp.write_bytes(b"new")  # (by another process, say)
    assert target.read_text(encoding="utf-8") == "old"
    install(tmp, target)
    assert target.read_text(encoding="utf-8") == "new" and not tmp.exists()
