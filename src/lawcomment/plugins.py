"""The plugin manager: built-in plugins, entry points (group ``lawcomment``) and registries.

Everything is loaded lazily on first use, so ``lawcomment --help`` stays fast.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import warnings
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

import pluggy

from . import hookspecs
from .errors import PluginError

if TYPE_CHECKING:
    from .importers import Importer
    from .profiles import Profile

DEFAULT_PLUGINS = (
    "lawcomment.default_plugins.profiles",
    "lawcomment.default_plugins.import_text",
    "lawcomment.default_plugins.import_docx",
    "lawcomment.default_plugins.align",
)

_pm: pluggy.PluginManager | None = None
T = TypeVar("T")


def make_plugin_manager(entry_points: bool = True) -> pluggy.PluginManager:
    """A fresh manager with the built-in plugins and, optionally, installed ones.

    An entry point that fails to import gives one warning naming it; the rest still load.
    """
    pm = pluggy.PluginManager("lawcomment")
    pm.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    if entry_points:
        for ep in importlib.metadata.entry_points(group="lawcomment"):
            if pm.get_plugin(ep.name) is not None:
                continue
            try:
                pm.register(ep.load(), name=ep.name)
            except Exception as exc:  # a broken third-party plugin must not take the tool down
                warnings.warn(f"plugin {ep.name!r} failed to load: {exc}", stacklevel=2)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(str(exc)) from None
    return pm


def get_plugin_manager() -> pluggy.PluginManager:
    """The process-wide plugin manager, created on first use."""
    global _pm
    if _pm is None:
        _pm = make_plugin_manager()
    return _pm


def set_plugin_manager(pm: pluggy.PluginManager | None) -> None:
    """Replace the process-wide manager (tests, embedding applications)."""
    global _pm
    _pm = pm


def _collect(hook_name: str, keys: Callable[[T], Iterable[str]], what: str,
             pm: pluggy.PluginManager | None) -> dict[str, T]:  # fmt: skip
    pm = pm or get_plugin_manager()
    found: dict[str, tuple[T, str]] = {}
    hook = getattr(pm.hook, hook_name)
    for impl in hook.get_hookimpls():
        owner = pm.get_name(impl.plugin) or repr(impl.plugin)

        def register(obj: T, _owner: str = owner) -> None:
            for k in keys(obj):
                if k in found and found[k][1] != _owner:
                    raise PluginError(f"{what} {k!r} is registered by both {found[k][1]!r} and {_owner!r}")
                found[k] = (obj, _owner)

        impl.function(register=register)
    return {k: v for k, (v, _) in found.items()}


def profiles(pm: pluggy.PluginManager | None = None) -> dict[str, Profile]:
    """Every registered profile by name."""
    return _collect("register_profiles", lambda p: (p.name,), "profile", pm)


def importers(pm: pluggy.PluginManager | None = None) -> dict[str, Importer]:
    """Every registered importer by file suffix (``".docx"``)."""
    return _collect("register_importers", lambda i: i.suffixes, "suffix", pm)
