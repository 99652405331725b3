from __future__ import annotations

from pathlib import Path

import pytest

from lawcomment import EncodingError, load_draft

TEXT = "示例法\n第一条 为了规范电子商务行为，维护市场秩序，制定本法。\n第二条 本法所称电子商务经营者，是指通过互联网等信息网络从事经营活动的自然人、法人和非法人组织。\n"


@pytest.mark.parametrize(("codec", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""),
                                             ("gbk", b""), ("utf-16", b"")])  # fmt: skip
def test_detects_encoding(tmp_path: Path, codec: str, bom: bytes) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(bom + TEXT.encode(codec))
    d = load_draft(path)
    assert [v.unit.eid for v in d.articles()] == ["art_1", "art_2"]
    assert d.articles()[0].unit.body() == "为了规范电子商务行为，维护市场秩序，制定本法。"


def test_crlf_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert load_draft(path).articles()[1].unit.body().endswith("非法人组织。")


def test_explicit_encoding_contradicting_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    with pytest.raises(EncodingError) as exc:
        load_draft(path, encoding="gb18030")
    assert str(exc.value) == f"{path}: the file is UTF-8, not gb18030; drop --encoding"


def test_utf8_requested_for_gbk_file_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(TEXT.encode("gbk"))
    with pytest.raises(EncodingError) as exc:
        load_draft(path, encoding="utf-8")
    assert str(exc.value) == f"{path}: line 1: byte 0xc0 (byte 3 of the line) is not valid utf-8"


def test_big5_read_as_gb18030_is_mojibake_and_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(TEXT.encode("big5", errors="ignore"))
    with pytest.raises(EncodingError) as exc:
        load_draft(path, encoding="gb18030")
    assert "implausible text" in str(exc.value)


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(b"\x81\x30\xff\xfe\x00\x01" * 40)
    with pytest.raises(EncodingError) as exc:
        load_draft(path)
    assert str(exc.value).startswith(f"{path}: line 1: not UTF-8 (byte 0x81, byte 1 of the line) and not GB18030 either")


def test_unknown_encoding_name(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    with pytest.raises(EncodingError, match="unknown encoding 'klingon'"):
        load_draft(path, encoding="klingon")
