"""The pluggy hook specifications of lawcomment: the one place every hook is declared.

Plugins implement hooks with ``@lawcomment.hookimpl``; hooks are always called with
keyword arguments. Collection hooks receive a ``register`` callable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import pluggy

if TYPE_CHECKING:
    from .align import Alignment
    from .importers import Importer
    from .model import Draft
    from .profiles import Profile

hookspec = pluggy.HookspecMarker("lawcomment")
hookimpl = pluggy.HookimplMarker("lawcomment")


class RegisterProfile(Protocol):
    def __call__(self, profile: Profile) -> None: ...


class RegisterImporter(Protocol):
    def __call__(self, importer: Importer) -> None: ...


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


@hookspec(firstresult=True)
def align_drafts(old: Draft, new: Draft) -> Alignment | None:
    """Align the articles of two versions: return a :class:`lawcomment.Alignment`, or None
    to leave it to the next plugin.

    The first non-None answer wins; the built-in aligner (text similarity, order and
    numbers) runs last. Every article of both drafts must appear in exactly one entry;
    lawcomment checks this and raises PluginError naming the plugin otherwise.
    """
