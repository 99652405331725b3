"""The workflow over a store: intake of drafts and comments (typed, CSV/JSON, forms, marked-up
Word), corrections, responses, versions and carry-forward, and the view that exports read."""

from __future__ import annotations

import typing

from ..lazy import lazy_names

if typing.TYPE_CHECKING:
    from .adoption import AdoptionReport, adoption_report
    from .decisions import (
        confirm_decision,
        confirm_held,
        decide,
        decide_all,
        decide_group,
        decide_translation,
        draft_positions,
        misfiled_warnings,
        reason_given_back,
        wording_notes,
    )
    from .bulk import comment_column
    from .demo import is_demo_store, run_demo
    from .folding import fold_warnings
    from .forms import make_form, select_articles
    from .groups import group_holding, near_groups
    from .intake import (
        add_amended_draft,
        add_comment,
        add_draft_file,
        add_translation_file,
        import_comments,
        import_members,
        read_author_map,
        write_form,
    )
    from .answers import answer_of
    from .letterhead import association, letter_line, set_association, set_letter_line
    from .manage import (
        edit_comment,
        forward_comment,
        merge_members,
        remove_draft,
        resolve_comment,
        restore_draft,
        restore_import,
        translate_comment,
        undo_comment,
        undo_import,
        unmerge_member,
        withdraw_comment,
    )
    from .responses import parse_deadline, response_report, responses_text
    from .translations import cite_in_translation, translation_texts
    from .versions import (NotCarried, carry_check, carry_forward, earlier_quote, fell_to_article, not_carried,
                           stored_alignment, written_on)
    from .waiting import Placed, place_waiting_wordings
    from .view import keep_groups, load_consultation, reason_standing, reasons_standing, sent_before, written_where

__all__ = [
    "AdoptionReport",
    "add_amended_draft",
    "add_comment",
    "add_draft_file",
    "add_translation_file",
    "adoption_report",
    "answer_of",
    "association",
    "carry_check",
    "carry_forward",
    "cite_in_translation",
    "comment_column",
    "confirm_decision",
    "confirm_held",
    "decide",
    "decide_all",
    "decide_group",
    "decide_translation",
    "draft_positions",
    "earlier_quote",
    "misfiled_warnings",
    "edit_comment",
    "fell_to_article",
    "fold_warnings",
    "forward_comment",
    "group_holding",
    "import_comments",
    "import_members",
    "is_demo_store",
    "keep_groups",
    "letter_line",
    "load_consultation",
    "make_form",
    "merge_members",
    "near_groups",
    "not_carried",
    "NotCarried",
    "parse_deadline",
    "Placed",
    "place_waiting_wordings",
    "read_author_map",
    "reason_given_back",
    "reason_standing",
    "reasons_standing",
    "remove_draft",
    "response_report",
    "responses_text",
    "resolve_comment",
    "restore_draft",
    "restore_import",
    "run_demo",
    "select_articles",
    "sent_before",
    "set_association",
    "set_letter_line",
    "stored_alignment",
    "translate_comment",
    "translation_texts",
    "undo_comment",
    "undo_import",
    "unmerge_member",
    "withdraw_comment",
    "wording_notes",
    "write_form",
    "written_on",
    "written_where",
]
if not typing.TYPE_CHECKING:  # mypy sees the imports above, and no catch-all __getattr__
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            ".adoption": ("AdoptionReport", "adoption_report"),
            ".decisions": ("confirm_decision", "confirm_held", "decide", "decide_all", "decide_group", "decide_translation", "draft_positions",
                           "misfiled_warnings", "reason_given_back", "wording_notes"),
            ".bulk": ("comment_column",),
            ".demo": ("is_demo_store", "run_demo"),
            ".folding": ("fold_warnings",),
            ".forms": ("make_form", "select_articles"),
            ".groups": ("group_holding", "near_groups"),
            ".intake": (
                "add_amended_draft",
                "add_comment",
                "add_draft_file",
                "add_translation_file",
                "import_comments",
                "import_members",
                "read_author_map",
                "write_form",
            ),
            ".answers": ("answer_of",),
            ".letterhead": ("association", "letter_line", "set_association", "set_letter_line"),
            ".manage": (
                "edit_comment",
                "forward_comment",
                "merge_members",
                "remove_draft",
                "resolve_comment",
                "restore_draft",
                "restore_import",
                "translate_comment",
                "undo_comment",
                "undo_import",
                "unmerge_member",
                "withdraw_comment",
            ),
            ".responses": ("parse_deadline", "response_report", "responses_text"),
            ".translations": ("cite_in_translation", "translation_texts"),
            ".versions": ("NotCarried", "carry_check", "carry_forward", "earlier_quote", "fell_to_article", "not_carried",
                          "stored_alignment", "written_on"),
            ".waiting": ("Placed", "place_waiting_wordings"),
            ".view": ("keep_groups", "load_consultation", "reason_standing", "reasons_standing", "sent_before",
                      "written_where"),
        },
)
