"""The comment model (lawcomment.comments): fingerprints written in bulk, or a file's one at a time, as the
method writes them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dataclasses import replace

from lawcomment.comments import Anchor, CommentSource, Fingerprinter, NewComment, SourceKind, Stance, fingerprints

_TEXT = st.text(alphabet=st.sampled_from(list('甲乙 "\\\n\t\x00\u2028éa/')), max_size=6)
_MAYBE = st.none() | _TEXT


@st.composite
def _comments(draw: st.DrawFn) -> NewComment:
    anchor = Anchor(draw(_MAYBE), draw(_TEXT), draw(_TEXT), draw(_TEXT), draw(st.none() | st.integers(0, 9)))
    source = CommentSource(draw(st.sampled_from(list(SourceKind))), draw(_MAYBE), draw(_MAYBE), draw(_MAYBE))
    return NewComment(draw(_TEXT), anchor, draw(st.sampled_from(list(Stance))), source, draw(_TEXT), draw(_MAYBE),
                      reply_to=draw(_MAYBE), lang=draw(st.sampled_from(["", "en", "zh"])))  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_comments(), max_size=4), _TEXT)
def test_fingerprints_are_the_methods(items: list[NewComment], draft: str) -> None:
    assert fingerprints(items, draft) == [c.fingerprint(draft) for c in items]


def test_a_field_of_another_type_is_fingerprinted_as_the_method_does() -> None:
    odd = NewComment("acme", Anchor("art_1", None), Stance.SUPPORT, CommentSource(SourceKind.CSV))  # type: ignore[arg-type]
    assert fingerprints([odd], "law@1") == [odd.fingerprint("law@1")]


@settings(max_examples=300, deadline=None)
@given(st.lists(_comments(), max_size=6), _TEXT, _MAYBE)
def test_a_fingerprinter_writes_the_methods(items: list[NewComment], draft: str, proposed: str | None) -> None:
    # (one Fingerprinter for them all: what it keeps of one comment is never another's)
    made = Fingerprinter(draft)
    assert [made(c, c.proposed_text) for c in items * 2] == [c.fingerprint(draft) for c in items * 2]
    assert [made(c, proposed) for c in items] == [replace(c, proposed_text=proposed).fingerprint(draft) for c in items]


def test_a_fingerprinter_takes_a_field_of_another_type_as_the_method_does() -> None:
    quote: str = None  # type: ignore[assignment]
    odd = NewComment("acme", Anchor("art_1", quote), Stance.SUPPORT, CommentSource(SourceKind.CSV))
    assert Fingerprinter("law@1")(odd, None) == odd.fingerprint("law@1")
