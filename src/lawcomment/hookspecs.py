"""The pluggy hook specifications of lawcomment: the one place every hook is declared.

Plugins implement hooks with ``@lawcomment.hookimpl``; hooks are always called with
keyword arguments. Collection hooks receive a ``register`` callable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import pluggy

if TYPE_CHECKING:
    import click

    from .comments import Comment, NewComment
    from .drafts.profiles import Profile
    from .exports.contract import Exporter
    from .importers import CommentReader, Importer
    from .model import Draft
    from .review.align import Alignment

hookspec = pluggy.HookspecMarker("lawcomment")
hookimpl = pluggy.HookimplMarker("lawcomment")


class RegisterProfile(Protocol):
    def __call__(self, profile: Profile) -> None: ...


class RegisterImporter(Protocol):
    def __call__(self, importer: Importer) -> None: ...


class RegisterCommentReader(Protocol):
    def __call__(self, reader: CommentReader) -> None: ...


class RegisterExporter(Protocol):
    def __call__(self, exporter: Exporter) -> None: ...


@hookspec
def register_profiles(register: RegisterProfile) -> None:
    """Register structure profiles: call ``register(profile)`` once per Profile.

    A profile tells the parser how a legal system labels its units (第X条 / Article N,
    款 / numbered paragraphs …). Names must be unique across plugins; a clash is a
    PluginError naming both plugins. Built-in: ``zh-CN`` and ``en``.

    Example::

        @hookimpl
        def register_profiles(register):
            register(zh_cn_profile().replace(name="zh-TW", ...))
    """


@hookspec
def register_importers(register: RegisterImporter) -> None:
    """Register draft importers: call ``register(importer)`` once per Importer.

    An Importer has a ``name``, the file ``suffixes`` it reads (``(".docx",)``) and a
    ``read(path, encoding)`` callable returning a :class:`lawcomment.Source`. A suffix
    claimed by two plugins is a PluginError. Built-in: ``.txt``, ``.md``, ``.docx``.
    """


@hookspec
def register_comment_readers(register: RegisterCommentReader) -> None:
    """Register readers of comment sheets: call ``register(reader)`` once per CommentReader.

    A CommentReader has a ``name``, the file ``suffixes`` it reads (``(".xlsx",)``) and a
    ``read(path)`` callable returning the sheet's rows as lists of cell texts (the header's row
    among them) and notes; ``comment import`` reads them as a CSV file's rows. A suffix claimed
    by two plugins is a PluginError. Built-in: none (``.csv``, ``.json``, ``.jsonl`` and ``.docx``
    are read by lawcomment itself); the lawcomment-xlsx plugin reads ``.xlsx`` and ``.xlsm``.
    """


@hookspec(firstresult=True)
def align_drafts(old: Draft, new: Draft) -> Alignment | None:
    """Align the articles of two versions: return a :class:`lawcomment.Alignment`, or None
    to leave it to the next plugin.

    The first non-None answer wins; the built-in aligner (text similarity, order and
    numbers) runs last. Every article of both drafts must appear in exactly one entry;
    lawcomment checks this and raises PluginError naming the plugin otherwise.
    """


@hookspec
def register_exporters(register: RegisterExporter) -> None:
    """Register output formats: call ``register(exporter)`` once per Exporter.

    An Exporter has a ``name`` (the ``--format`` value), a file ``suffix``, ``binary``
    (bytes, or UTF-8 text that may go to stdout), a one-line ``description`` and an
    ``export(view, out, options)`` callable that writes a :class:`lawcomment.Consultation`
    to the binary stream ``out``. lawcomment writes the stream to the file atomically.
    A name claimed by two plugins is a PluginError naming both. Built-in: ``docx``,
    ``html``, ``md``, ``json``, ``csv``.
    """


@hookspec
def validate_comment(comment: NewComment, draft: Draft, ref: str) -> list[str] | str | None:
    """Check a comment before it is stored: return a problem (or a list of them), or None.

    Called for every comment of every intake path (typed, CSV/JSON, comment forms,
    marked-up drafts) before anything is written. Any problem rejects the whole import
    with a ValidationError that lists each problem with the row or paragraph it came
    from and the plugin that raised it; nothing is stored.
    """


@hookspec
def comment_added(comment: Comment, ref: str) -> None:
    """React to a comment after it is stored (notify a working group, update a tracker).

    Called once per new comment, after the import's transaction committed, so the
    comment is safely in the store. An exception raised here becomes a warning naming
    the plugin; it never undoes the import.
    """


@hookspec
def register_commands(cli: click.Group) -> None:
    """Add commands to the ``lawcomment`` command line: ``@cli.command()`` functions, or
    ``cli.add_command(group)`` for a group of them (the way datasette and llm do it).

    Called once per process, when a command that lawcomment does not have is asked for, or
    when ``lawcomment --help`` lists them. A command cannot replace a built-in one: it is
    left out with a warning naming the plugin, as is every command of a plugin whose hook
    raises. Use the library's public API inside the commands; raise a
    :class:`lawcomment.LawcommentError` for an ``Error:`` line and exit 1.
    """
