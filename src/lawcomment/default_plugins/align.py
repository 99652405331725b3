"""The built-in aligner as a plugin: it answers last, so any other plugin can replace it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lawcomment import hookimpl

if TYPE_CHECKING:
    from lawcomment import Alignment, Draft


@hookimpl(trylast=True)
def align_drafts(old: Draft, new: Draft) -> Alignment:
    from lawcomment.review import align_articles  # loaded when versions are aligned, not at start-up

    return align_articles(old, new)
