"""Who submits and the letter's own lines, as staff set them once for a store: the association
signs the submission and authors its changes, the addressee and the contact frame the letter."""

from __future__ import annotations

from ..errors import StoreError
from ..store import Store
from ..textcheck import bad_character

#: The store setting that names who submits: the association signs the submission and authors its changes.
ASSOCIATION = "association"


def association(store: Store) -> str:
    """Who submits, as staff set it for the store (``store association``); "" when unset."""
    return store.setting(ASSOCIATION) or ""


def set_association(store: Store, name: str) -> None:
    """Name who submits (中国外商投资企业协会…): every export signs with it and authors its changes
    by it, unless given another (``export --association``); "" unsets it."""
    name = " ".join(name.split())
    if bad_character(name) is not None:
        raise StoreError(f"the association's name holds a control character ({bad_character(name)})")
    if len(name) > 200:  # (it signs every export and authors its changes: a name, not a text)
        raise StoreError(f"the association's name is {len(name)} characters: one line of 200 at most")
    _put(store, ASSOCIATION, name)


def _put(store: Store, key: str, value: str) -> None:
    """Set ``key`` and log the change (who signs and whom the letter addresses are the submission's):
    a value set again as it was is no change, and no event."""
    with store.transaction():
        was = store.setting(key) or ""
        if was != value:
            store.put_setting(key, value)
            store.record("store.set", f"setting:{key}", {"value": value, "was": was})


#: The letter's own lines staff set once for the store (``store addressee``, ``store contact``): the body it is
#: addressed to, set after the title (全国人大常委会法制工作委员会：), and who to ask about it, set under the date
#: (联系人：王律师，电话：010-65901234). A trial's letter had neither, as an association's always does.
LETTER_LINES = ("addressee", "contact")


def letter_line(store: Store, which: str) -> str:
    """The letter's ``which`` line (one of :data:`LETTER_LINES`) as staff set it for the store; "" when unset."""
    if which not in LETTER_LINES:
        raise StoreError(f"no letter line {which!r} (one of {', '.join(LETTER_LINES)})")
    return store.setting(f"letter.{which}") or ""


def set_letter_line(store: Store, which: str, text: str) -> None:
    """Set the letter's ``which`` line (one of :data:`LETTER_LINES`) for every export of the store, unless
    an export gives its own (``export --to``, ``--contact``); "" unsets it."""
    if which not in LETTER_LINES:
        raise StoreError(f"no letter line {which!r} (one of {', '.join(LETTER_LINES)})")
    text = " ".join(text.split())
    if bad_character(text) is not None:
        raise StoreError(f"the letter's {which} holds a control character ({bad_character(text)})")
    if len(text) > 200:
        raise StoreError(f"the letter's {which} is {len(text)} characters: one line of 200 at most")
    _put(store, f"letter.{which}", text)
