"""Many objects built at once (lawcomment.heap): a frozen dataclass made by the layout of its slots
is the very instance its constructor makes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError, dataclass, fields

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawcomment.batch import Placed
from lawcomment.comments import Anchor, Comment, CommentSource, NewComment
from lawcomment.consultation.bulk import Row
from lawcomment.frozen import maker
from lawcomment.heap import slot_maker
from lawcomment.model import Unit


@dataclass(frozen=True, slots=True)
class Named:
    """Fields named as the generated constructor's own names would be, were they not hidden."""

    new: str
    cls: int
    o: tuple[int, ...] = ()
    plain: str | None = None


@dataclass(frozen=True, slots=True)
class Child(Named):
    """Fields in a parent's slots: the class cannot be given to a plain object of its slots."""

    extra: int = 0


@dataclass(frozen=True, slots=True)
class Checked:
    value: int

    def __post_init__(self) -> None:
        if self.value < 0:
            raise ValueError("negative")


@pytest.mark.parametrize("cls", [NewComment, CommentSource, Row, Placed, Anchor, Comment, Unit, Named])
@given(data=st.data())
def test_an_instance_made_by_its_slots_is_the_one_init_makes(cls: type, data: st.DataObject) -> None:
    make: Callable[..., object] = slot_maker(cls)
    assert make is not maker(cls) and "__plain" in make.__code__.co_names  # (made by its slots, not maker's)
    names = [f.name for f in fields(cls)]
    values = data.draw(st.tuples(*(st.one_of(st.none(), st.integers(), st.text(max_size=3)) for _ in names)))
    made, expected = make(*values), cls(*values)
    assert type(made) is cls and made == expected and hash(made) == hash(expected)
    assert [getattr(made, n) for n in names] == list(values)
    with pytest.raises(FrozenInstanceError):
        made.__setattr__(names[0], "changed")
    with pytest.raises(AttributeError):
        made.__dict__  # noqa: B018


def test_a_class_with_a_parents_slots_is_made_by_maker() -> None:
    make = slot_maker(Child)
    assert "__plain" not in make.__code__.co_names
    assert make("a", 1, (2,), None, 5) == Child("a", 1, (2,), None, 5)


@dataclass(frozen=True)
class Unslotted:
    value: int


@pytest.mark.parametrize("cls", [Checked, Unslotted])
def test_a_class_maker_refuses_is_refused(cls: type) -> None:
    with pytest.raises(TypeError):
        slot_maker(cls)
