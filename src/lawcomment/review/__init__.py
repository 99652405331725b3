"""Comparing and merging text (pure): redlines, merging members' proposals, aligning versions,
the committee's position per unit, carrying edits to a new version, adoption and reports."""

from __future__ import annotations

import typing

from ..lazy import lazy_names

if typing.TYPE_CHECKING:
    from .adoption import (Adoption, Outcome, PositionAdoption, adoption_dict, adoption_text, article_note, outcome_note, outcomes,
                           placed_by_staff, position_adoption, staff_placements, unjudged_line, verdict_note,
                           where_note)
    from .align import align_articles
    from .codec import LazyPosition
    from .grouping import (
        NearGroup,
        Variant,
        brief,
        brief_segments,
        decided_groups,
        group_comments,
        near_duplicates,
        proposed_change,
    )
    from .proposals import closing_mark, full_width, kept_mark, one_item_wording
    from .position import (
        Tally,
        applied_decisions,
        decided_on,
        decided_since,
        decided_words,
        describe_decision,
        held,
        law_pairs,
        merge_target,
        replaced,
    )
    from .reports import (
        alignment_dict,
        alignment_html,
        alignment_text,
        position_text,
        positions_dict,
        positions_html,
        positions_summary,
    )

__all__ = [
    "Adoption",
    "LazyPosition",
    "NearGroup",
    "Outcome",
    "PositionAdoption",
    "Tally",
    "Variant",
    "adoption_dict",
    "adoption_text",
    "outcome_note",
    "verdict_note",
    "align_articles",
    "alignment_dict",
    "alignment_html",
    "alignment_text",
    "applied_decisions",
    "article_note",
    "brief",
    "brief_segments",
    "closing_mark",
    "decided_groups",
    "decided_on",
    "decided_since",
    "decided_words",
    "describe_decision",
    "full_width",
    "group_comments",
    "held",
    "kept_mark",
    "law_pairs",
    "merge_target",
    "near_duplicates",
    "one_item_wording",
    "outcomes",
    "placed_by_staff",
    "position_adoption",
    "position_text",
    "positions_dict",
    "positions_html",
    "positions_summary",
    "proposed_change",
    "replaced",
    "staff_placements",
    "unjudged_line",
    "where_note",
]
if not typing.TYPE_CHECKING:  # mypy sees the imports above, and no catch-all __getattr__
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            ".align": ("align_articles",),
            ".codec": ("LazyPosition",),
            ".grouping": ("NearGroup", "Variant", "brief", "brief_segments", "decided_groups", "group_comments",
                          "near_duplicates", "proposed_change"),
            ".adoption": ("Adoption", "Outcome", "PositionAdoption", "adoption_dict", "adoption_text", "article_note", "outcome_note", "outcomes",
                          "placed_by_staff", "position_adoption", "staff_placements", "unjudged_line", "verdict_note",
                          "where_note"),
            ".proposals": ("closing_mark", "full_width", "kept_mark", "one_item_wording"),
            ".position": ("Tally", "applied_decisions", "decided_on", "decided_since", "decided_words", "describe_decision",
                          "held", "law_pairs", "merge_target", "replaced"),
            ".reports": (
                "alignment_dict",
                "alignment_html",
                "alignment_text",
                "position_text",
                "positions_dict",
                "positions_html",
                "positions_summary",
            ),
        },
)
