"""A draft's translation as the store keeps it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .stored import rebuild_draft

if TYPE_CHECKING:
    from ..model import Draft


@dataclass(frozen=True, slots=True)
class StoredTranslation:
    """A draft's translation as the store keeps it: its language, the file it came from, its
    parsed units and how they pair with the draft's (``lawcomment.drafts.Pairing`` as data)."""

    draft: str
    lang: str
    source_file: str
    sha256: str
    created: str
    data: str = field(default="", repr=False)
    pairing_data: str = field(default="", repr=False)

    def load(self) -> Draft:
        """The parsed translation (rebuilt once per process and text, as drafts are)."""
        return rebuild_draft(self.data)

    def pairing(self) -> Any:
        """How its units pair with the draft's: a :class:`lawcomment.drafts.Pairing`."""
        from ..drafts.pairing import Pairing

        return Pairing.from_dict(json.loads(self.pairing_data))
