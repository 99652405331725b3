"""lawcomment: split draft laws into articles, gather member comments, merge redlines.

Every public name is imported on first use (PEP 562), so ``import lawcomment`` and the
command line start without loading the whole library.
"""

from __future__ import annotations

import typing

from .lazy import lazy_names as _lazy_names

if typing.TYPE_CHECKING:
    from .comments import Anchor, Comment, CommentSource, Member, NewComment, Role, SourceKind, Stance, Status
    from .consultation.intake import add_comment, add_draft_file, import_comments, import_members
    from .consultation.view import load_consultation
    from .drafts.ids import citation_to_eid, eid_to_citation, is_eid
    from .drafts.numerals import cn_to_int, int_to_cn
    from .drafts.profiles import Profile, Rule, en_profile, zh_cn_profile
    from .drafts.source import Block, Source
    from .errors import (
        CitationError,
        ControlCharacterError,
        EncodingError,
        ExportError,
        InputError,
        LawcommentError,
        NothingChanged,
        PluginError,
        ProfileError,
        StoreError,
        TranslationError,
        UnsafeDocumentError,
        ValidationError,
    )
    from .exports.contract import Exporter, ExportOptions
    from .exports.view import Consultation, Item, ItemStatus, WrittenOn
    from .hookspecs import hookimpl
    from .importers import CommentReader, Importer
    from .model import ArticleView, Diagnostic, Draft, Footnote, Kind, Reference, Severity, Unit
    from .registry import align_versions, export, export_files, get_profile, load_draft, parse, parse_text, read_source
    from .review.align import Alignment, Entry, VersionChange
    from .review.merge import Conflict, Merge, Proposal, merge
    from .review.drawing import drawn_segments
    from .review.redline import Redline, diff
    from .store import Store, create_store, open_store

#: module (relative to this package) → the public names it defines
_WHERE: dict[str, tuple[str, ...]] = {
    ".comments": (
        "Anchor",
        "Comment",
        "CommentSource",
        "Member",
        "NewComment",
        "Role",
        "SourceKind",
        "Stance",
        "Status",
    ),
    ".consultation.intake": ("add_comment", "add_draft_file", "import_comments", "import_members"),
    ".consultation.view": ("load_consultation",),
    ".drafts.ids": ("citation_to_eid", "eid_to_citation", "is_eid"),
    ".drafts.numerals": ("cn_to_int", "int_to_cn"),
    ".drafts.profiles": ("Profile", "Rule", "en_profile", "zh_cn_profile"),
    ".drafts.source": ("Block", "Source"),
    ".errors": (
        "CitationError",
        "ControlCharacterError",
        "EncodingError",
        "ExportError",
        "InputError",
        "LawcommentError",
        "NothingChanged",
        "PluginError",
        "ProfileError",
        "StoreError",
        "TranslationError",
        "UnsafeDocumentError",
        "ValidationError",
    ),
    ".exports.contract": ("ExportOptions", "Exporter"),
    ".exports.view": ("Consultation", "Item", "ItemStatus", "WrittenOn"),
    ".hookspecs": ("hookimpl",),
    ".importers": ("CommentReader", "Importer"),
    ".model": ("ArticleView", "Diagnostic", "Draft", "Footnote", "Kind", "Reference", "Severity", "Unit"),
    ".registry": ("align_versions", "export", "export_files", "get_profile", "load_draft", "parse", "parse_text",
                  "read_source"),
    ".review.align": ("Alignment", "Entry", "VersionChange"),
    ".review.drawing": ("drawn_segments",),
    ".review.merge": ("Conflict", "Merge", "Proposal", "merge"),
    ".review.redline": ("Redline", "diff"),
    ".store": ("Store", "create_store", "open_store"),
}

from .version import __version__  # noqa: E402

__all__ = [
    "Alignment",
    "Anchor",
    "ArticleView",
    "Block",
    "CitationError",
    "Comment",
    "CommentReader",
    "CommentSource",
    "Conflict",
    "Consultation",
    "ControlCharacterError",
    "Diagnostic",
    "Draft",
    "EncodingError",
    "Entry",
    "ExportError",
    "ExportOptions",
    "Exporter",
    "Footnote",
    "Importer",
    "InputError",
    "Item",
    "ItemStatus",
    "Kind",
    "LawcommentError",
    "Member",
    "Merge",
    "NewComment",
    "NothingChanged",
    "PluginError",
    "Profile",
    "ProfileError",
    "Proposal",
    "Redline",
    "Reference",
    "Role",
    "Rule",
    "Severity",
    "Source",
    "SourceKind",
    "Stance",
    "Status",
    "Store",
    "StoreError",
    "TranslationError",
    "Unit",
    "UnsafeDocumentError",
    "ValidationError",
    "VersionChange",
    "WrittenOn",
    "add_comment",
    "add_draft_file",
    "align_versions",
    "citation_to_eid",
    "cn_to_int",
    "create_store",
    "diff",
    "drawn_segments",
    "eid_to_citation",
    "en_profile",
    "export",
    "export_files",
    "get_profile",
    "hookimpl",
    "import_comments",
    "import_members",
    "int_to_cn",
    "is_eid",
    "load_consultation",
    "load_draft",
    "merge",
    "open_store",
    "parse",
    "parse_text",
    "read_source",
    "zh_cn_profile",
]


if not typing.TYPE_CHECKING:  # mypy sees the imports above, and no catch-all __getattr__
    __getattr__, __dir__ = _lazy_names(__name__, _WHERE)
