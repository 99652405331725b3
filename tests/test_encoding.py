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
    path.write_bytes(b"\x81\x30\xff\xfe\x00\x01" * 40)  # (NUL and SOH bytes, a third of them: binary data)
    with pytest.raises(EncodingError) as exc:
        load_draft(path)
    assert str(exc.value) == (f"{path}: this is binary data, not text, whatever its name says (bytes no text holds, "
                              "such as 0x00): check that it is the file meant, and save it as text (UTF-8)")
    path.write_bytes(b"\x81\x30\xff\xfe" * 40)  # (no such byte: an encoding not known)
    with pytest.raises(EncodingError) as exc:
        load_draft(path)
    assert str(exc.value).startswith(f"{path}: line 1: not UTF-8 (byte 0x81, byte 1 of the line) and not GB18030 either")


def test_unknown_encoding_name(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    with pytest.raises(EncodingError, match="unknown encoding 'klingon'"):
        load_draft(path, encoding="klingon")


# -- issue 15: every failure is an EncodingError, NUL-interleaved text is decoded or refused ----


@pytest.mark.parametrize(("data", "encoding", "message"), [
    (b"\xff\xfe" + "第一条".encode("utf-16-le") + b"\n", None,
     "line 1: the file ends in the middle of a UTF-16 character (its 7 bytes of text are not a multiple of 2)"),
    ("第一条".encode("utf-16-le") + b"\x00", "utf-16-le",
     "line 1: the file ends in the middle of a UTF-16 character (its 7 bytes of text are not a multiple of 2)"),
    (b"\xff\xfe" + "甲\n乙".encode("utf-16-le") + b"\x00\xdc", None,
     "line 2: bytes 0x00dc (character 2 of the line) are not valid UTF-16: illegal encoding"),
    (b"\xff\xfe\x00\x00" + b"\x00\x00\x00\x01", None,
     "line 1: bytes 0x00000001 (character 1 of the line) are not valid UTF-32: code point not in range(0x110000)"),
    (b"abc", "rot13", "cannot decode as rot13: 'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs"),
    (b"\x00" * 64, None, ("not a text file: it holds NUL bytes (binary data, or UTF-16/UTF-32 that does not decode); "
                         "save it as UTF-8 text")),
    (b"a\x00b", "utf-8", ("not a text file: it holds NUL bytes (binary data, or UTF-16/UTF-32 that does not decode); "
                         "save it as UTF-8 text")),
    # a GBK sheet with a NUL in a cell: never read as UTF-16 (Hangul, "no article column": a trial's)
    ("会员,条款,理由\r\nbosch,第三条,有".encode("gb18030") + b"\x00" + "空字符\r\n".encode("gb18030"), None,
     "not a text file: it holds NUL bytes (binary data, or UTF-16/UTF-32 that does not decode); save it as UTF-8 text"),
    # six bytes of junk and a NUL: no line, no comma, so no UTF-16 text (番歮Ā, "no article column": a trial's)
    (b"junk\x00\x01", None,
     "not a text file: it holds NUL bytes (binary data, or UTF-16/UTF-32 that does not decode); save it as UTF-8 text"),
])  # fmt: skip
def test_undecodable_text_is_an_encoding_error(data: bytes, encoding: str | None, message: str) -> None:
    from lawcomment.drafts.encoding import decode_text

    with pytest.raises(EncodingError) as exc:
        decode_text(data, "f.txt", encoding)
    assert str(exc.value) == f"f.txt: {message}"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-32"])
def test_utf16_and_utf32_without_a_bom_are_recognised(codec: str) -> None:
    from lawcomment.drafts.encoding import decode_text

    assert decode_text(TEXT.encode(codec), "f.txt") == (TEXT, codec)


def test_a_utf32_bom_is_not_read_as_utf16() -> None:
    """FF FE 00 00 begins with the UTF-16-LE byte order mark."""
    from lawcomment.drafts.encoding import decode_text

    assert decode_text(b"\xff\xfe\x00\x00" + TEXT.encode("utf-32-le"), "f.txt") == (TEXT, "utf-32")


@pytest.mark.parametrize(("text", "where"), [("甲\t乙\n丙\r\n", None), ("甲\n乙\x1b丙", "2:2: control character U+001B (ESC)"),
                                             ("\x7f\x85", None), ("\x0c", "1:1: control character U+000C (FF)")])  # fmt: skip
def test_control_characters_in_law_text(text: str, where: str | None) -> None:
    from lawcomment.drafts.encoding import refuse_controls
    from lawcomment.errors import ControlCharacterError

    if where is None:
        refuse_controls(text.replace("\r\n", "\n"), "f.txt")
        return
    with pytest.raises(ControlCharacterError) as exc:
        refuse_controls(text, "f.txt")
    assert str(exc.value) == f"f.txt:{where} is not allowed in law text; remove it"
    assert (exc.value.path, exc.value.line) == ("f.txt", int(where.split(":")[0]))


@pytest.mark.parametrize(("text", "codec", "read"), [
    # a short Big5 text (a CSV row) read as GB18030 would be mojibake: refused, with the likely encoding named
    ("member,article,reason\na,3,建議增加數據壟斷的規定\n", "big5", None),
    ("建議刪去", "big5", None),
    ("反對", "big5", None),  # は癸: kana in a guess of a short text
    ("贊成本條", "big5", None),
    ("author,member\n張偉,acme\n黃志強,beta\n", "big5", None),
    # short GB18030 texts still read: member lists and author maps of people's names, one remark, two characters
    ("member,org\nacme,鑫淼科技有限公司\n", "gb18030", "gb18030"),
    ("id,org\nacme,欧阳娜娜\nbeta,孙丽\n", "gb18030", "gb18030"),
    ("author,member\n赵敏,acme\n孙丽,beta\n", "gb18030", "gb18030"),
    ("a,3,建议增加数据垄断的规定\n", "gb18030", "gb18030"),
    ("第一条", "gb18030", "gb18030"),
    ("第一条 α射线的防护。", "gb18030", "gb18030"),  # Greek is Chinese law's too (α射线)
])  # fmt: skip
def test_a_short_text_is_checked_for_mojibake_too(text: str, codec: str, read: str | None) -> None:
    from lawcomment.drafts.encoding import decode_text

    data = text.encode(codec)
    if read is not None:
        assert decode_text(data, "f.csv") == (text, read)
        return
    with pytest.raises(EncodingError) as exc:
        decode_text(data, "f.csv")
    assert str(exc.value).endswith("and not GB18030 either; pass --encoding big5 if it is traditional Chinese "
                                   "(Big5), or --encoding gb18030 if it is GBK")
    assert decode_text(data, "f.csv", "big5") == (text, "big5")


def test_a_big5_comment_file_is_refused_then_read_with_its_encoding(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "b.csv"
    path.write_bytes("member,article,reason\nacme,3,建議增加數據壟斷的規定\n".encode("big5"))
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 1
    assert result.output == (f"Error: {path}: line 2: not UTF-8 (byte 0xab, byte 8 of the line) and not GB18030 either; "
                             "pass --encoding big5 if it is traditional Chinese (Big5), or --encoding gb18030 if it is GBK\n")  # fmt: skip
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1", "--encoding", "big5")
    assert result.exit_code == 0, result.output
    listed = consultation("comment", "list", "--draft", "ecommerce@1", "--full").output
    assert "建議增加數據壟斷的規定" in listed


@pytest.mark.parametrize("codec", ["utf-16-be", "utf-16-le"])
def test_short_ascii_in_utf16_without_a_bom_reads_in_its_byte_order(codec: str) -> None:
    from lawcomment.drafts.encoding import decode_text

    assert decode_text("id\nacme\n".encode(codec), "m.csv") == ("id\nacme\n", codec)


TRIAL = Path(__file__).parent / "data" / "intake"  # a tester's files (tests/data/SOURCES.md)


@pytest.mark.parametrize(("name", "said"), [
    ("xlsx-as.csv", "this is an Excel workbook (.xlsx, a zip package), not text, whatever its name says: give it its "
                    "own name, .xlsx, to import it as a sheet (with the lawcomment-xlsx plugin), or save the sheet as "
                    "CSV (UTF-8) in Excel, WPS or LibreOffice"),
    ("docx-as.csv", "this is a Word document (.docx, a zip package), not text, whatever its name says: give it its own "
                    "name, .docx, to read it as one"),
    ("png.md", "this is a PNG image, not text, whatever its name says: copy its words into a text, Word or sheet file"),
    ("binary.md", "this is binary data, not text, whatever its name says (bytes no text holds, such as 0x01): check "
                  "that it is the file meant, and save it as text (UTF-8)"),
])  # fmt: skip
def test_a_file_that_is_no_text_is_said_to_be_what_it_is(name: str, said: str) -> None:
    """A trial's workbook renamed .csv was "not UTF-8 … and not GB18030 either; pass --encoding": the
    advice was wrong (no encoding reads it) and named no value."""
    from lawcomment.drafts.encoding import decode_text

    with pytest.raises(EncodingError) as exc:
        decode_text((TRIAL / name).read_bytes(), name)
    assert str(exc.value) == f"{name}: {said}"
    with pytest.raises(EncodingError):  # (whatever encoding is asked for)
        decode_text((TRIAL / name).read_bytes(), name, "gbk")


@pytest.mark.parametrize(("name", "command"), [
    ("xlsx-as.csv", ["comment", "import", "{path}", "--draft", "ecommerce@1"]),
    ("docx-as.csv", ["comment", "import", "{path}", "--draft", "ecommerce@1"]),
    ("png.md", ["draft", "add", "{path}", "--name", "x", "--version", "1"]),
    ("binary.md", ["split", "{path}"]),
])  # fmt: skip
def test_the_commands_say_what_a_file_that_is_no_text_is(consultation, tmp_path: Path, name: str,
                                                          command: list[str]) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.drafts.encoding import decode_text

    path = tmp_path / name
    path.write_bytes((TRIAL / name).read_bytes())
    with pytest.raises(EncodingError) as exc:
        decode_text(path.read_bytes(), str(path))
    result = consultation(*(str(path) if a == "{path}" else a for a in command))
    assert (result.exit_code, result.output) == (1, f"Error: {exc.value}\n")


def test_an_excel_workbook_renamed_docx_is_said_to_be_one(consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A trial's workbook renamed .docx was "the document has no body"."""
    path = tmp_path / "sheet-as.docx"
    path.write_bytes((TRIAL / "sheet-as.docx").read_bytes())
    said = (f"Error: {path}: this is an Excel workbook renamed .docx, not a Word document: give it its own name, .xlsx "
            "(a comment sheet is imported as .xlsx with the lawcomment-xlsx plugin, or saved as CSV)\n")
    for command in (["comment", "import", str(path), "--draft", "ecommerce@1"], ["split", str(path)],
                    ["draft", "add", str(path), "--name", "x", "--version", "1"]):  # fmt: skip
        result = consultation(*command)
        assert (result.exit_code, result.output) == (1, said)


def test_bytes_of_no_encoding_known_say_which_to_pass(tmp_path: Path) -> None:
    from lawcomment.drafts.encoding import decode_text

    # (bytes no Western text holds: 0x81 is none of Windows-1252's)
    with pytest.raises(EncodingError) as exc:
        decode_text(b"member,article,reason\nacme,3,caf\x81\n", "l.csv")
    assert str(exc.value) == ("l.csv: line 2: not UTF-8 (byte 0x81, byte 11 of the line) and not GB18030 either; pass "
                              "--encoding with the encoding it was saved in (such as --encoding big5 for traditional "
                              "Chinese, or --encoding utf-16)")


def test_a_western_windows_file_is_told_to_pass_cp1252(tmp_path: Path) -> None:
    """(an English trial) A CSV Excel saved on Windows (café, ’, “…” a byte each) was told of Big5 and
    UTF-16; it is told of cp1252, and reads with it."""
    from lawcomment.drafts.encoding import decode_text

    data = "member,article,reason\nacme,3,The café’s “rules” – too strict\n".encode("cp1252")
    with pytest.raises(EncodingError) as exc:
        decode_text(data, "l.csv")
    assert str(exc.value) == ("l.csv: line 2: not UTF-8 (byte 0xe9, byte 15 of the line) and not GB18030 either; pass "
                              "--encoding cp1252 if it was saved by Windows in a Western language (Windows-1252: é, ’ "
                              "and “…” one byte each)")
    assert decode_text(data, "l.csv", "cp1252")[0].endswith("The café’s “rules” – too strict\n")
