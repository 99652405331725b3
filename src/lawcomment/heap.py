"""Building many objects that all live on at once (a file's rows and comments, a draft's comments read
back): the cyclic garbage collector waits until they are made, and frozen dataclasses are built by
the layout of their slots."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from typing import Any, TypeVar

from .frozen import maker

T = TypeVar("T")


@contextmanager
def many_objects() -> Iterator[None]:
    """The collector off while the block makes its objects, as it was after: it would walk the
    growing heap again and again while they are made (a fifth to a third of the time of reading
    100,000 comments), though none of them is garbage."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def slot_maker(cls: type[T]) -> Callable[..., T]:
    """:func:`~lawcomment.frozen.maker` of the frozen, slotted dataclass ``cls`` (its fields in
    order), in half the time where this Python allows it: each instance is made an object of a
    plain class with the very slots of ``cls``, its fields stored as any object's are (where
    maker calls a slot setter for each, building a tuple of arguments for the call), then given
    the class ``cls``, whose layout it has. A probe checks once that what it makes is what maker
    makes; where it is not, or ``cls`` has fields in a parent's slots, it is maker's constructor."""
    made = maker(cls)
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if cls.__bases__ != (object,) or list(getattr(cls, "__slots__", ())) != names:
        return made
    plain = type(f"_{cls.__name__}Slots", (), {"__slots__": tuple(names)})
    # the generated function's own names start with two underscores, as no field's may
    space: dict[str, Any] = {"__new": object.__new__, "__plain": plain, "__cls": cls}
    body = "".join(f"    __o.{n} = {n}\n" for n in names)
    exec(f"def __make({', '.join(names)}):\n    __o = __new(__plain)\n{body}    __o.__class__ = __cls\n    return __o\n",  # noqa: S102
         space)  # fmt: skip
    fast: Callable[..., T] = space["__make"]
    probe = [object() for _ in names]
    try:
        same = fast(*probe)
    except TypeError:  # (the change of class refused: another layout, or another Python)
        return made
    expected = made(*probe)
    if type(same) is not cls or same != expected or any(getattr(same, n) is not v for n, v in zip(names, probe)):
        return made
    return fast
