from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawcomment.drafts.numerals import (
    cn_to_int,
    int_to_cn,
    int_to_letters,
    int_to_roman,
    is_canonical_cn,
    letters_to_int,
    parse_number,
    roman_to_int,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1), ("十", 10), ("十一", 11), ("一十一", 11), ("二十", 20), ("一百", 100), ("一百零五", 105),
        ("一百一十", 110), ("一百十", 110), ("两百", 200), ("两千〇一", 2001), ("一千零一十", 1010),
        ("一万", 10000), ("十万", 100000), ("二十万", 200000), ("十万零一", 100001), ("一万零一十", 10010),
        ("〇", 0), ("零", 0), ("二〇二四", 2024), ("一〇一", 101), ("12", 12), ("１２", 12), ("壹佰零壹", 101),
        ("一千二百六十", 1260),
    ],
)  # fmt: skip
def test_cn_to_int(text: str, value: int) -> None:
    assert cn_to_int(text) == value


@pytest.mark.parametrize(
    ("value", "text"),
    [(0, "零"), (10, "十"), (15, "十五"), (101, "一百零一"), (110, "一百一十"), (1010, "一千零一十"),
     (1260, "一千二百六十"), (10000, "一万"), (10010, "一万零一十"), (100000, "十万"), (101000, "十万一千"),
     (120000, "十二万"), (100000001, "一亿零一")],
)  # fmt: skip
def test_int_to_cn(value: int, text: str) -> None:
    assert int_to_cn(value) == text


def test_round_trip_one_to_two_hundred_thousand() -> None:
    failures = [n for n in range(1, 200_001) if cn_to_int(int_to_cn(n)) != n]
    assert failures == []


@pytest.mark.parametrize("bad", ["", "条", "十一二", "abc", "一二三十"])
def test_cn_to_int_rejects(bad: str) -> None:
    for _ in range(2):  # the second time too: a failure is never remembered as a value
        with pytest.raises(ValueError):
            cn_to_int(bad)


@pytest.mark.parametrize(("text", "ok"), [("十一", True), ("一十一", False), ("两百", False), ("一百十", False)])
def test_canonical(text: str, ok: bool) -> None:
    assert is_canonical_cn(text) is ok


@given(st.integers(min_value=1, max_value=4999))
def test_roman_round_trip(n: int) -> None:
    assert roman_to_int(int_to_roman(n)) == n


@given(st.integers(min_value=1, max_value=500))
def test_letters_round_trip(n: int) -> None:
    assert letters_to_int(int_to_letters(n)) == n


@pytest.mark.parametrize(("text", "value"), [("XIV", 14), ("iv", 4), ("c", 100), ("b", 2), ("七", 7)])
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value
