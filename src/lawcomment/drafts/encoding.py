"""Decode text files: UTF-8 (with or without BOM), UTF-16 or UTF-32 (with a BOM, or
recognised by their NUL bytes), or GB18030/GBK.

A wrong guess must never reach the user as mojibake, so every non-UTF-8 decode is checked
for plausibility, and an explicit ``--encoding`` that contradicts the bytes is an error.
Bytes that do not decode are an EncodingError with the line, never a traceback; text
holding NUL characters is not text. Law text must not hold C0 control characters other
than TAB, LF and CR: :func:`refuse_controls` names the first one by line and column.
"""

from __future__ import annotations

import codecs
import re

from ..errors import ControlCharacterError, EncodingError
from ..lazy import lazy_pattern

# The most frequent Chinese characters: real Chinese text draws about half its characters
# from this set, text decoded with the wrong Chinese codec almost none.
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
    "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业"
    "本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利"
    "比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文"
    "总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干"
    "做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共"
    "权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张"
    "信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验"
    "连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写"
    "存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严款"
    "项章编依照违反罚款规定应当人民政府责任组织管理机关"
)
_WIDE = lazy_pattern(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f]")
_PRIVATE = lazy_pattern("[\ue000-\uf8ff]")
_FOREIGN = lazy_pattern("[\u0400-\u04ff\u3040-\u30ff]")  # Cyrillic, kana: in GBK, never in a Chinese law


def _plausible(text: str) -> bool:
    """Mostly common hanzi (or little CJK at all and no Latin-1 debris): not mojibake. (A short
    text, a list of people's names, says too little to judge: a guess is checked for private-use
    characters, kana and Cyrillic instead.)"""
    wide = _WIDE().findall(text)
    if len(wide) < 10:
        return not re.search(r"[\u0080-\u00ff]{3,}", text)
    return sum(1 for ch in wide if ch in _COMMON) / len(wide) >= 0.25


def _line_of(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    col = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, col


def _text_position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``text[offset]``."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


# Byte order marks, longest first: the UTF-32-LE BOM begins with the UTF-16-LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"))  # fmt: skip
#: C0 control characters law text may not hold: all but TAB, LF and CR.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_C0_NAMES = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"]  # fmt: skip


def _wide(data: bytes, codec: str, path: str, name: str, skip: int = 0) -> str:
    """Decode UTF-16/UTF-32 strictly; a bad unit is an EncodingError with its line and column."""
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        unit = 4 if "32" in codec else 2
        before = data[skip:skip + exc.start - exc.start % unit].decode(codec, "replace")
        line, col = _text_position(before, len(before))
        if exc.reason == "truncated data" or exc.start >= len(data) - skip - unit + 1:
            detail = (f"the file ends in the middle of a {name} character (its {len(data) - skip} bytes of text are "
                      f"not a multiple of {unit})")  # fmt: skip
        else:
            bad = data[skip + exc.start:skip + exc.end].hex()
            detail = f"bytes 0x{bad} (character {col} of the line) are not valid {name}: {exc.reason}"
        raise EncodingError(path, detail, line) from None


def _not_text(path: str) -> EncodingError:
    return EncodingError(path, "not a text file: it holds NUL bytes (binary data, or UTF-16/UTF-32 that does not "
                               "decode); save it as UTF-8 text")  # fmt: skip


def _sniff_wide(data: bytes, path: str) -> tuple[str, str] | None:
    """UTF-32 or UTF-16 without a byte order mark, recognised by decoding to plausible text
    with no NUL or other control character (ASCII in UTF-16 is half NUL bytes)."""
    # ASCII in UTF-16 has its NUL bytes first (big-endian) or second: try that order first
    even = data[0::2].count(0) > data[1::2].count(0)
    sixteen = [("utf-16-be", 2), ("utf-16-le", 2)] if even else [("utf-16-le", 2), ("utf-16-be", 2)]
    for codec, unit in (("utf-32-le", 4), ("utf-32-be", 4), *sixteen):
        if len(data) % unit:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        # (a file of CRLF lines whose bytes break into none in this codec is another encoding's, with a NUL
        # in it: a trial's GBK sheet with one NUL read as UTF-16 Hangul, said to have no article column)
        if b"\r\n" in data and "\n" not in text:  # (CRLF bytes a wide codec would give as text line breaks)
            continue
        # (and text has lines or commas: six bytes of junk and a NUL read as UTF-16 番歮Ā, a trial's, said to have
        # no article column where it is no text at all)
        if not CONTROLS.search(text) and _plausible(text) and any(ch in text for ch in "\n\t,，、。"):
            return text, codec
    return None



#: What a file is by how it opens (its magic bytes), when that is no text: said in place of "not UTF-8".
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
          (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF file"),
          (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (a Word 97-2003 .doc, or an Excel .xls or WPS file)"),
          (b"Rar!\x1a\x07", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"), (b"\x1f\x8b", "a gzip archive"))  # fmt: skip
#: A zip package's kind, by a part it holds.
_PACKAGES = (("word/", "a Word document (.docx, a zip package)", ".docx"),
             ("xl/", "an Excel workbook (.xlsx, a zip package)", ".xlsx"),
             ("ppt/", "a PowerPoint file (.pptx, a zip package)", ".pptx"),
             ("content.xml", "an OpenDocument file (.odt or .ods, a zip package)", ".odt"))  # fmt: skip
#: Bytes no text holds (C0 controls but TAB, LF, CR, and DEL): in binary data, one byte in ten.
_BINARY_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])


def not_text(data: bytes) -> str | None:
    """What ``data`` is when it is no text file, by how it opens (a Word or Excel file's zip package, a
    PNG image, a PDF file, an old .doc or .xls), and what to do: the detail of an EncodingError
    (the file's own suffix not trusted: a workbook renamed .csv is common); None for anything else."""
    if data.startswith(b"PK\x03\x04"):
        import io
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = z.namelist()
        except Exception:  # noqa: BLE001 - a damaged zip: still no text
            names = []
        kind = next(((what, suffix) for part, what, suffix in _PACKAGES if any(n.startswith(part) for n in names)),
                    ("a zip archive", ""))  # fmt: skip
        what, suffix = kind
        if suffix == ".xlsx":
            how = ("give it its own name, .xlsx, to import it as a sheet (with the lawcomment-xlsx plugin), or save the "
                   "sheet as CSV (UTF-8) in Excel, WPS or LibreOffice")  # fmt: skip
        elif suffix:
            how = f"give it its own name, {suffix}, to read it as one"
        else:
            how = "unpack it, and give the file inside"
        return f"this is {what}, not text, whatever its name says: {how}"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            how = ("open it and save it as .docx, .xlsx or .csv" if what.startswith("an old Office") else
                   "copy its words into a text, Word or sheet file" if "image" in what or "PDF" in what else
                   "unpack it, and give the file inside")  # fmt: skip
            return f"this is {what}, not text, whatever its name says: {how}"
    return None


def _binary(data: bytes) -> bool:
    """Whether bytes that decode as no text are binary data: control bytes no text holds (GBK, Big5
    and UTF-8 use none), one in a hundred of the first 8 KB and at least 8 of them."""
    head = data[:8192]
    odd = len(head) - len(head.translate(None, _BINARY_BYTES))
    return odd >= 8 and odd * 100 >= len(head)


def decode_text(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding used)``; line endings become LF.

    Raises EncodingError naming the file and line when the bytes do not decode, when they
    decode only to implausible text, or when the text holds NUL characters (not text); naming
    what the file is when it is none (a Word or Excel file's zip package, an image: :func:`not_text`).
    """
    if (other := not_text(data)) is not None:
        raise EncodingError(path, other)
    text, used = _decode(data, path, encoding)
    if "\x00" in text:
        raise _not_text(path)
    return _lf(text), used


def _decode(data: bytes, path: str, encoding: str | None) -> tuple[str, str]:
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise EncodingError(path, f"unknown encoding {encoding!r}") from None
        name = codecs.lookup(encoding).name
        if name not in ("utf-8", "utf-8-sig") and not data.isascii():
            try:
                data.decode("utf-8")
                raise EncodingError(path, f"the file is UTF-8, not {encoding}; drop --encoding")
            except UnicodeDecodeError:
                pass
        if name.startswith(("utf-16", "utf-32")):
            return _wide(data, name, path, name.upper()[:6]), name
        try:
            text = data.decode("utf-8-sig" if name == "utf-8" else encoding)
        except UnicodeDecodeError as exc:
            line, col = _line_of(data, exc.start)
            raise EncodingError(path, f"byte 0x{data[exc.start]:02x} (byte {col} of the line) is not valid {encoding}", line) from None
        except Exception as exc:  # noqa: BLE001 - a codec that fails in its own way (a text transform, a bad argument)
            raise EncodingError(path, f"cannot decode as {encoding}: {exc}") from None
        if name not in ("utf-8", "utf-8-sig") and not _plausible(text):
            raise EncodingError(path, f"decoding as {encoding} gives implausible text (wrong encoding?)")
        return text, name
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _wide(data, codec, path, name.upper(), len(bom)), name
    if b"\x00" in data and (sniffed := _sniff_wide(data, path)) is not None:
        return sniffed
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    # a guess that gives private-use characters (GBK's user-defined areas), or in a short text
    # kana or Cyrillic (GBK's symbol rows), is another encoding's bytes (Big5 as
    # GB18030: 建議刪去 → \ue095某\ue718\ue66e, 反對 → は癸); --encoding gb18030 still reads them
    if text and _plausible(text) and not _PRIVATE().search(text) and not (
            len(_WIDE().findall(text)) < 10 and _FOREIGN().search(text)):  # fmt: skip
        return text, "gb18030"
    line, col = _line_of(data, utf8_error.start)
    try:  # traditional Chinese from Taiwan or Hong Kong: say so, as --encoding must
        big5 = data.decode("big5")
    except UnicodeDecodeError:
        big5 = ""
    if not big5 and _binary(data):
        raise EncodingError(path, "this is binary data, not text, whatever its name says (bytes no text holds, "
                                  f"such as 0x{next(b for b in data if b in _BINARY_BYTES):02x}): check that it is the "
                                  "file meant, and save it as text (UTF-8)")  # fmt: skip
    hint = ("pass --encoding big5 if it is traditional Chinese (Big5), or --encoding gb18030 if it is GBK"
            if big5 else "pass --encoding cp1252 if it was saved by Windows in a Western language (Windows-1252: é, ’ "
                         "and “…” one byte each)" if _western(data) else
            "pass --encoding with the encoding it was saved in (such as --encoding big5 for "
            "traditional Chinese, or --encoding utf-16)")  # fmt: skip
    raise EncodingError(
        path,
        f"not UTF-8 (byte 0x{data[utf8_error.start]:02x}, byte {col} of the line) and not GB18030 either; {hint}",
        line,
    )


def _western(data: bytes) -> bool:
    """Whether ``data`` reads as Windows-1252 text of a Western language: mostly ASCII, and each
    other byte a Latin letter or the punctuation Word types (’ “ ” – …), never a control (a trial's
    English CSV, saved by Excel on Windows, was told of Big5 and UTF-16)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    others = [ch for ch in text if not ch.isascii()]
    # (a double-byte encoding's text, Shift-JIS or EUC-KR, reads as runs of such letters: ÖÐ»ª)
    return (len(others) * 4 <= len(text) and not re.search(r"[^\x00-\x7f]{3}", text) and
            all(ch.isalpha() or ch in "‘’‚“”„–—…•€£§°±·«»¡¿×÷©®™" for ch in others))  # fmt: skip


def refuse_controls(text: str, path: str) -> None:
    """Refuse law text holding a C0 control character other than TAB, LF and CR (ESC, BEL,
    VT, FF …): they are invisible, and Word, XLSX and XML exports cannot hold them.

    ``text`` has LF line endings; the error names the first such character's line and column.
    """
    m = CONTROLS.search(text)
    if m:
        line, col = _text_position(text, m.start())
        char = m.group()
        raise ControlCharacterError(path, line, col, f"control character U+{ord(char):04X} ({control_name(char)}) "
                                                     "is not allowed in law text; remove it")  # fmt: skip


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def control_name(char: str) -> str:
    """The ASCII name of a C0 control character: ESC for U+001B."""
    return _C0_NAMES[ord(char)] if ord(char) < 32 else f"U+{ord(char):04X}"
