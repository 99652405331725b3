"""The built-in aligner as a plugin: it answers last, so any other plugin can replace it."""

from __future__ import annotations

from lawcomment.hookspecs import hookimpl
from lawcomment.model import Draft
from lawcomment.review.align import Alignment, align


@hookimpl(trylast=True)
def align_drafts(old: Draft, new: Draft) -> Alignment:
    return align(old, new)
