"""jsondoc writes what json.dumps(ensure_ascii=False, indent=2) writes, byte for byte."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawcomment.jsondoc import dump_bytes, dumps

# floats written without an exponent (json writes 1e+16 where orjson writes 1e16: the same number)
PLAIN = st.floats(min_value=-1e15, max_value=1e15).filter(lambda x: x == 0 or abs(x) >= 1e-4)


def values(floats: st.SearchStrategy[float]) -> st.SearchStrategy[object]:
    return st.recursive(
        st.none() | st.booleans() | st.integers() | floats | st.text(),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=30,
    )


@given(values(PLAIN))
def test_the_same_document_as_the_standard_library(value: object) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    assert dumps(value) == expected
    assert dump_bytes(value) == expected.encode("utf-8")


@given(values(st.floats(allow_nan=False, allow_infinity=False)))
def test_any_document_reads_back_as_written(value: object) -> None:
    assert json.loads(dumps(value)) == value

def test_integers_orjson_refuses_fall_back() -> None:
    assert dumps({"n": 10**40}) == '{\n  "n": 10000000000000000000000000000000000000000\n}\n'


def test_terminal_safe_escapes_what_a_terminal_would_act_on() -> None:
    """DEL, C1, the line and paragraph separators and the bidirectional controls become
    escapes: the same JSON value, nothing left for a terminal to act on."""
    import orjson

    from lawcomment.jsondoc import dump_bytes, terminal_safe
    from lawcomment.textcheck import printable

    value = {"text": "付款\u202e期限\u2028第二款\x9b\x7f\u2066（三）\u2069", "plain": "中华人民共和国"}
    document = terminal_safe(dump_bytes(value))
    assert orjson.loads(document) == value
    assert printable(document.decode("utf-8")) == document.decode("utf-8")
    assert b"\\u202e" in document and b"\\u009b" in document and b"\\u007f" in document
    plain = dump_bytes({"plain": "中华人民共和国"})
    assert terminal_safe(plain) is plain


@pytest.mark.parametrize("char", ["\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069"])
def test_terminal_safe_escapes_each_character_alone(char: str) -> None:
    """Each of the three quick scans (DEL, a C1 control's lead byte, the three-byte controls)
    finds its character in a document that holds only it among them."""
    import orjson

    from lawcomment.jsondoc import dump_bytes, terminal_safe

    value = {"text": f"第一条{char}“引号”—§"}
    document = terminal_safe(dump_bytes(value))
    assert orjson.loads(document) == value
    assert f"\\u{ord(char):04x}".encode() in document
    assert char.encode() not in document


@pytest.mark.parametrize("text", ["§ 12 · ½", "“引号”—…", "\u2027\u202f\u2065\u206a"])
def test_terminal_safe_leaves_neighbours_of_the_controls_alone(text: str) -> None:
    """Characters whose UTF-8 starts as a control's does (§ is c2 a7, “ is e2 80 9c) are kept."""
    from lawcomment.jsondoc import dump_bytes, terminal_safe

    document = dump_bytes({"text": text})
    assert terminal_safe(document) == document


@pytest.mark.parametrize("quotes", [0, 1, 999, 1000, 1001, 2500])
@pytest.mark.parametrize("control", ["", "\u2028", "\u202e", "\u2069"])
def test_terminal_safe_finds_a_control_after_many_other_wide_characters(quotes: int, control: str) -> None:
    """A three-byte control after any number of other characters with its lead byte (“ is
    e2 80 9c) is found, whether it comes before or after the count looked at one by one."""
    import orjson

    from lawcomment.jsondoc import WIDE_LEADS_CHECKED, dump_bytes, terminal_safe

    assert WIDE_LEADS_CHECKED == 1000  # the parametrisation straddles it
    value = {"text": "“" * quotes + control + "”"}
    document = terminal_safe(dump_bytes(value))
    assert orjson.loads(document) == value
    if control:
        assert control.encode() not in document and f"\\u{ord(control):04x}".encode() in document
    else:
        assert document == dump_bytes(value)
