"""Decode text files: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.

A wrong guess must never reach the user as mojibake, so every non-UTF-8 decode is checked
for plausibility, and an explicit ``--encoding`` that contradicts the bytes is an error.
"""

from __future__ import annotations

import codecs
import re

from .errors import EncodingError

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
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f]")


def _plausible(text: str) -> bool:
    """Mostly common hanzi (or little CJK at all and no Latin-1 debris): not mojibake."""
    wide = _WIDE.findall(text)
    if len(wide) < 10:
        return not re.search(r"[\u0080-\u00ff]{3,}", text)
    return sum(1 for ch in wide if ch in _COMMON) / len(wide) >= 0.25


def _line_of(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    col = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, col


def decode_text(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding used)``; line endings become LF.

    Raises EncodingError naming the file and line when the bytes do not decode, or when
    they decode only to implausible text.
    """
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
        try:
            text = data.decode("utf-8-sig" if name == "utf-8" else encoding)
        except UnicodeDecodeError as exc:
            line, col = _line_of(data, exc.start)
            raise EncodingError(path, f"byte 0x{data[exc.start]:02x} (byte {col} of the line) is not valid {encoding}", line) from None
        if name not in ("utf-8", "utf-8-sig") and not _plausible(text):
            raise EncodingError(path, f"decoding as {encoding} gives implausible text (wrong encoding?)")
        return _lf(text), name
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _lf(data.decode("utf-16")), "utf-16"
    try:
        return _lf(data.decode("utf-8-sig")), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible(text):
        return _lf(text), "gb18030"
    line, col = _line_of(data, utf8_error.start)
    raise EncodingError(
        path,
        f"not UTF-8 (byte 0x{data[utf8_error.start]:02x}, byte {col} of the line) and not GB18030 either; "
        "pass --encoding",
        line,
    )


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
