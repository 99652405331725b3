"""Hostile .txt and .md files through the CLI (issue 15, findings 5, 6 and 7): bytes that do
not decode, NUL-interleaved encodings, control characters and files past the caps."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawcomment.cli import cli

from . import builders as b
from .harness import no_traceback, refused_everywhere

TEXT_WAYS = ("split", "draft add")
NOT_TEXT = "not a text file: it holds NUL bytes (binary data, or UTF-16/UTF-32 that does not decode); save it as UTF-8 text"

# name: (builder, separator after the file name, reason)
REFUSED: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    # 5. tracebacks before
    "UTF-16 with a BOM and an odd length": (
        b.utf16_odd_length, ": ", ("line 5: the file ends in the middle of a UTF-16 character (its 115 bytes of text "
                                  "are not a multiple of 2)")),
    "UTF-16 with a lone surrogate": (
        b.utf16_lone_surrogate, ": ", ("line 2: bytes 0x00d8 (character 3 of the line) are not valid UTF-16: "
                                      "illegal UTF-16 surrogate")),
    "UTF-32 with a BOM and a code point past U+10FFFF": (
        lambda p: b.text_file(p, codecs.BOM_UTF32_LE + b.LAW_TEXT.encode("utf-32-le") + b"\x00\x00\x11\x00"), ": ",
        "line 5: bytes 0x00001100 (character 1 of the line) are not valid UTF-32: code point not in range(0x110000)"),
    # 6. garbage accepted before
    "a megabyte of NULs": (b.nul_file, ": ", NOT_TEXT),
    "one NUL in a law": (lambda p: b.control_character(p, 3, 2, "\x00"), ": ", NOT_TEXT),
    "ESC": (b.control_character, ":", "12:5: control character U+001B (ESC) is not allowed in law text; remove it"),
    "BEL": (lambda p: b.control_character(p, 2, 1, "\x07"), ":",
            "2:1: control character U+0007 (BEL) is not allowed in law text; remove it"),
    "VT": (lambda p: b.control_character(p, 30, 9, "\x0b"), ":",
           "30:9: control character U+000B (VT) is not allowed in law text; remove it"),
    "FF": (lambda p: b.control_character(p, 7, 3, "\x0c"), ":",
           "7:3: control character U+000C (FF) is not allowed in law text; remove it"),
    "ESC in GB18030": (lambda p: b.text_file(p, ("示例法\n第一条　甲\x1b乙。\n").encode("gb18030")), ":",
                       "2:6: control character U+001B (ESC) is not allowed in law text; remove it"),
    "ESC in UTF-16": (lambda p: b.text_file(p, ("示例法\n第一条　甲\x1b乙。\n").encode("utf-16")), ":",
                      "2:6: control character U+001B (ESC) is not allowed in law text; remove it"),
    # 7. caps
    "9 MiB of text": (lambda p: b.text_file(p, "第一条　甲。\n".encode() * (9 * 1024 * 1024 // 19 + 1)), ": ",
                      "file is 9,437,186 bytes; the limit for text drafts is 8,388,608 (8 MiB)"),
    "1,000,001 characters": (lambda p: b.text_file(p, ("示例法\n第一条　" + "甲" * 999_997).encode()), ": ",
                             "too much text: more than 1,000,000 characters (the limit)"),
    "20,001 lines": (lambda p: b.text_file(p, ("示例法\n第一条　甲。\n" + "乙。\n" * 19_999).encode()), ": ",
                     "too many paragraphs: more than 20,000 non-blank lines (the limit)"),
    "5,001 articles": (lambda p: b.text_file(p, ("示例法\n" + "第1条　甲。\n" * 5_001).encode()), ": ",
                       "too many articles: more than 5,000 (the limit)"),
}  # fmt: skip


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused(tmp_path: Path, case: str, suffix: str) -> None:
    make, sep, reason = REFUSED[case]
    refused_everywhere(tmp_path, make(tmp_path / f"f{suffix}"), reason, TEXT_WAYS, sep)


def _split(path: Path) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(cli, ["split", str(path), "--format", "json"])
    no_traceback(result)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    out.pop("source")
    out["warnings"] = [w for w in out["warnings"] if w["code"] != "encoding"]
    return {"draft": out, "stderr": result.stderr.replace(str(path), "FILE")}


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [b.LAW_TEXT, "Example Act\nArticle 1\nThis Act applies.\n"])
def test_nul_interleaved_encodings_are_decoded(tmp_path: Path, codec: str, text: str) -> None:
    """UTF-16 without a BOM and UTF-32 were read as text interleaved with NULs."""
    want = _split(b.text_file(tmp_path / "u8.txt", text.encode("utf-8")))
    got = _split(b.utf32(tmp_path / "w.txt", codec, text))
    assert got["draft"] == want["draft"]
    assert got["stderr"] == f"FILE: encoding: read as {codec}\n"
