"""The whitespace rules of lawcomment.drafts.normalize: rule 4's search for zero-width characters
finds what taking them out takes out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lawcomment.drafts.normalize import ZERO_WIDTH, ZERO_WIDTH_CHARS, invisible_removed


@given(st.text(alphabet=st.sampled_from([*ZERO_WIDTH_CHARS, "数", "据", " ", "\n", "a", "\u200e", "\u00ad"]), max_size=12))
def test_invisible_removed_takes_out_every_zero_width_character(text: str) -> None:
    """A text with none is given back as it is (the very object); any other loses each of them."""
    assert ZERO_WIDTH_CHARS == "\u200b\u200c\u200d\u2060\ufeff"  # (the five invisible_removed looks for)
    cleaned, count = invisible_removed(text)
    assert (cleaned, count) == ZERO_WIDTH.subn("", text)
    assert count or cleaned is text
