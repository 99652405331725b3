"""Frozen dataclasses built without their __init__ (lawcomment.frozen): the same instances."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from lawcomment.frozen import maker


@dataclass(frozen=True, slots=True)
class Named:
    """Fields named as the generated constructor's own names would be, were they not hidden."""

    new: str
    cls: int
    o: tuple[int, ...] = ()
    make: str | None = None


@dataclass(frozen=True, slots=True)
class Checked:
    value: int

    def __post_init__(self) -> None:
        if self.value < 0:
            raise ValueError("negative")


@dataclass(frozen=True)
class Unslotted:
    value: int


@pytest.mark.parametrize("values", [("a", 1, (2, 3), "m"), ("", 0, (), None)])
def test_a_made_instance_is_the_one_init_makes(values: tuple[object, ...]) -> None:
    made = maker(Named)(*values)
    assert made == Named(*values)  # type: ignore[arg-type]
    assert type(made) is Named and hash(made) == hash(Named(*values))  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        made.new = "changed"  # type: ignore[misc]


@dataclass(frozen=True, slots=True)
class Inherits(Checked):
    """A __post_init__ of its parent's still checks."""

    more: int = 0


@dataclass(frozen=True, slots=True)
class Child(Named):
    """Fields of a slotted parent are set through the parent's slots."""

    extra: int = 0


def test_a_subclass_is_made_with_its_parents_fields() -> None:
    assert maker(Child)("a", 1, (2,), None, 5) == Child("a", 1, (2,), None, 5)


@pytest.mark.parametrize("cls", [Checked, Unslotted, Inherits])
def test_a_class_that_checks_or_has_no_slots_is_refused(cls: type) -> None:
    with pytest.raises(TypeError, match=f"^{cls.__name__} has a __post_init__ or no slots"):
        maker(cls)


def test_the_classes_built_by_position_keep_their_fields_in_order() -> None:
    """Where lawcomment builds instances with ``maker`` by position (a draft's units as it is
    parsed, the comments of a file and of a store read back), a field moved in its class would
    put one value in another's place (a unit's label in its heading) without any error: the
    order those call sites give is pinned here, so that moving a field fails a test instead."""
    from dataclasses import fields

    from lawcomment.comments import Anchor, Comment, CommentSource, NewComment
    from lawcomment.model import Unit

    def names(cls: type) -> list[str]:
        return [f.name for f in fields(cls)]  # type: ignore[arg-type]

    assert names(Unit) == ["kind", "eid", "num", "label", "heading", "text", "children", "tail", "line", "references",
                           "rows"]  # drafts/parse.py  # fmt: skip
    assert names(NewComment) == ["member", "anchor", "stance", "source", "body", "proposed_text", "status", "key",
                                 "reply_to", "created", "lang"]  # consultation/bulk.py  # fmt: skip
    assert names(CommentSource) == ["kind", "file", "author", "position"]  # consultation/bulk.py, store/sql.py
    assert names(Anchor) == ["eid", "quote", "prefix", "suffix", "offset"]  # store/sql.py
    assert names(Comment) == ["id", "draft", "member", "anchor", "stance", "body", "proposed_text", "source", "status",
                              "created", "updated", "thread", "supersedes", "origin", "note", "forwarded",
                              "lang"]  # store/sql.py  # fmt: skip
