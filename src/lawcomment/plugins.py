"""The plugin manager: built-in plugins, entry points (group ``lawcomment``), a plugins
directory, and the registries (profiles, importers, exporters) built from their hooks.

Everything is loaded lazily on first use, so ``lawcomment --help`` stays fast.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import os
import re
import sys
import warnings
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import pluggy

from . import hookspecs
from .errors import PluginError, PluginWarning
from .version import __version__

if TYPE_CHECKING:
    from .drafts.profiles import Profile
    from .exports.contract import Exporter
    from .importers import CommentReader, Importer
    from .plugin_info import PluginInfo
else:

    def __getattr__(name: str) -> Any:  # PluginInfo lives apart: only `lawcomment plugins` builds one
        if name == "PluginInfo":
            from .plugin_info import PluginInfo

            return PluginInfo
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

DEFAULT_PLUGINS = (
    "lawcomment.default_plugins.profiles",
    "lawcomment.default_plugins.import_text",
    "lawcomment.default_plugins.import_docx",
    "lawcomment.default_plugins.align",
    "lawcomment.default_plugins.exporters",
)

_pm: pluggy.PluginManager | None = None
T = TypeVar("T")


_ORIGINS: weakref.WeakKeyDictionary[pluggy.PluginManager, dict[str, tuple[str, str, str]]] = weakref.WeakKeyDictionary()


def _origins(pm: pluggy.PluginManager) -> dict[str, tuple[str, str, str]]:
    """Plugin name → (origin, distribution, version), recorded as plugins are loaded."""
    return _ORIGINS.setdefault(pm, {})


def _register(pm: pluggy.PluginManager, plugin: object, name: str, origin: tuple[str, str, str]) -> bool:
    """Register one third-party plugin; a plugin that does not validate (a misspelt hook, an
    argument the hook does not have) is taken out again with one warning naming it."""
    try:
        pm.register(plugin, name=name)
        pm.check_pending()
    except Exception as exc:  # a broken third-party plugin must not take the tool down
        if pm.is_registered(plugin):
            pm.unregister(plugin)
        warnings.warn(f"plugin {name!r} failed to load: {exc}", PluginWarning, stacklevel=3)
        return False
    _origins(pm)[name] = origin
    return True


def _load_dir(pm: pluggy.PluginManager, directory: Path) -> None:
    if not directory.is_dir():
        raise PluginError(f"{directory}: the plugins directory does not exist")
    candidates = sorted(p for p in directory.iterdir() if not p.name.startswith(("_", "."))
                        and ((p.suffix == ".py" and p.is_file()) or (p / "__init__.py").is_file()))  # fmt: skip
    for path in candidates:
        name = path.stem
        module_name = f"lawcomment_plugins_dir.{name}"
        file = path if path.suffix == ".py" else path / "__init__.py"
        try:
            spec = importlib.util.spec_from_file_location(module_name, file,
                                                          submodule_search_locations=None if path.suffix == ".py" else [str(path)])  # fmt: skip
            if spec is None or spec.loader is None:
                raise ImportError(f"cannot import {file}")
            module: ModuleType = importlib.util.module_from_spec(spec)
            sys.modules[module_name] = module
            spec.loader.exec_module(module)
        except Exception as exc:
            sys.modules.pop(module_name, None)
            warnings.warn(f"plugin {name!r} ({path}) failed to load: {type(exc).__name__}: {exc}", PluginWarning,
                          stacklevel=2)  # fmt: skip
            continue
        if pm.get_plugin(name) is not None:
            warnings.warn(f"plugin {name!r} ({path}) not loaded: a plugin of that name is already loaded", PluginWarning,
                          stacklevel=2)  # fmt: skip
            continue
        _register(pm, module, name, (str(directory), "", ""))


@dataclass(frozen=True, slots=True)
class EntryPoint:
    """One entry point of an installed distribution: ``name = module:attr``."""

    name: str
    value: str
    distribution: str

    def load(self) -> Any:
        module, _, attr = self.value.partition(":")
        obj: Any = importlib.import_module(module.strip())
        for part in filter(None, attr.strip().split(".")):
            obj = getattr(obj, part)
        return obj


def entry_points(group: str = "lawcomment") -> list[EntryPoint]:
    """The entry points in ``group`` of the distributions on ``sys.path``, as
    ``importlib.metadata.entry_points(group=...)`` finds them (the first distribution of a
    name wins). Read from the metadata folders' ``entry_points.txt`` directly: importing
    importlib.metadata alone takes longer than ``lawcomment --help`` has to start. A path
    entry that is not a folder (a zip) is left to importlib.metadata."""
    found: list[EntryPoint] = []
    seen: set[str] = set()
    for entry in sys.path:
        folder = entry or "."
        try:
            names = sorted(os.listdir(folder))
        except NotADirectoryError:
            return _metadata_entry_points(group)
        except OSError:  # missing, unreadable
            continue
        egg = folder.lower().endswith(".egg")  # an unzipped egg on the path (easy_install, buildout)
        for child in names:
            lower = child.lower()
            if lower.endswith((".dist-info", ".egg-info")):
                meta, dist = os.path.join(folder, child), child.rsplit(".", 1)[0].split("-", 1)[0]
            elif egg and lower == "egg-info":
                meta, dist = os.path.join(folder, child), os.path.basename(folder.rstrip(os.sep)).split("-", 1)[0]
            else:
                continue
            key = _SEPARATORS.sub("_", dist).lower()  # importlib.metadata's normalisation
            if key in seen:
                continue
            seen.add(key)
            try:
                with open(os.path.join(meta, "entry_points.txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                continue
            if f"[{group}]" in text:
                name = _dist_name(meta) or dist
                found.extend(EntryPoint(n, v, name) for n, v in _section(text, group))
    return found


_SEPARATORS = re.compile(r"[-_.]+")


def _dist_name(meta: str) -> str | None:
    """The ``Name:`` a distribution's metadata gives (its folder name is normalised)."""
    for file in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(meta, file), encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("Name:"):
                        return line[5:].strip()
                    if not line.strip():  # the headers end here
                        break
        except OSError:
            continue
    return None


def _section(text: str, group: str) -> list[tuple[str, str]]:
    """The ``name = value`` lines of one ``[group]`` section of an entry_points.txt."""
    out, inside = [], False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            inside = line[1:-1].strip() == group
        elif inside and "=" in line:
            name, value = line.split("=", 1)
            out.append((name.strip(), value.split("[", 1)[0].strip()))  # "module:attr [extra]"
    return out


def _metadata_entry_points(group: str) -> list[EntryPoint]:
    import importlib.metadata

    return [EntryPoint(ep.name, ep.value.split("[", 1)[0].strip(), ep.dist.name if ep.dist is not None else "")
            for ep in importlib.metadata.entry_points(group=group)]  # fmt: skip


def _third_party(pm: pluggy.PluginManager, entry_points_too: bool, plugins_dir: str | Path | None) -> None:
    """Register the installed plugins (entry points) and those in ``plugins_dir``."""
    if entry_points_too:
        for ep in entry_points("lawcomment"):
            if pm.get_plugin(ep.name) is not None:
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                warnings.warn(f"plugin {ep.name!r} failed to load: {exc}", PluginWarning, stacklevel=3)
                continue
            _register(pm, plugin, ep.name, ("entry point", ep.distribution, ""))
    if plugins_dir is not None:
        _load_dir(pm, Path(plugins_dir))


def _new_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager("lawcomment")
    pm.add_hookspecs(hookspecs)
    return pm


def make_plugin_manager(entry_points: bool = True, plugins_dir: str | Path | None = None) -> pluggy.PluginManager:
    """A fresh manager with the built-in plugins and, optionally, installed ones (entry points
    in the group ``lawcomment``) and the modules or packages in ``plugins_dir``.

    A plugin that fails to import or to validate gives one PluginWarning naming it; the
    rest still load.
    """
    pm = _new_manager()
    _add_built_ins(pm)
    _third_party(pm, entry_points, plugins_dir)
    return pm


def _add_built_ins(pm: pluggy.PluginManager) -> None:
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
        _origins(pm)[name] = ("built-in", "lawcomment", __version__)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(str(exc)) from None


def command_plugin_manager() -> pluggy.PluginManager:
    """The manager whose ``register_commands`` hook gives the commands plugins add: the
    process-wide one when it is in use, else one with the installed plugins only (no built-in
    plugin adds a command), so that ``lawcomment --help`` loads none of the built-in ones.
    When the process-wide manager is needed after all, it is this one with the built-ins added
    (each plugin is loaded, and any failure reported, once)."""
    global _commands_pm
    if _pm is not None:
        return _pm
    if _commands_pm is None:
        _commands_pm = _new_manager()
        _third_party(_commands_pm, True, None)
    return _commands_pm


_commands_pm: pluggy.PluginManager | None = None


@functools.cache  # the metadata is read from disk on each call
def _version(dist: str) -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return ""


def get_plugin_manager() -> pluggy.PluginManager:
    """The process-wide plugin manager, created on first use."""
    global _pm, _commands_pm
    if _pm is None:
        if _commands_pm is not None:  # the installed plugins are loaded already: add the built-ins
            # (the built-in aligner answers last whatever the order: it is a trylast hookimpl)
            pm, _commands_pm = _commands_pm, None
            _add_built_ins(pm)
            _pm = pm
        else:
            _pm = make_plugin_manager()
    return _pm


def set_plugin_manager(pm: pluggy.PluginManager | None) -> None:
    """Replace the process-wide manager (tests, embedding applications, ``--plugins-dir``)."""
    global _pm, _commands_pm
    _pm, _commands_pm = pm, None


def _collect(hook_name: str, keys: Callable[[T], Iterable[str]], what: str,
             pm: pluggy.PluginManager | None) -> dict[str, tuple[T, str]]:  # fmt: skip
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
    return found


def profiles(pm: pluggy.PluginManager | None = None) -> dict[str, Profile]:
    """Every registered profile by name."""
    found: dict[str, tuple[Profile, str]] = _collect("register_profiles", lambda p: (p.name,), "profile", pm)
    return {k: v for k, (v, _) in found.items()}


def importers(pm: pluggy.PluginManager | None = None) -> dict[str, Importer]:
    """Every registered importer by file suffix (``".docx"``)."""
    found: dict[str, tuple[Importer, str]] = _collect("register_importers", lambda i: i.suffixes, "suffix", pm)
    return {k: v for k, (v, _) in found.items()}


def comment_readers(pm: pluggy.PluginManager | None = None) -> dict[str, CommentReader]:
    """Every registered reader of comment sheets by file suffix (``".xlsx"``)."""
    found: dict[str, tuple[CommentReader, str]] = _collect("register_comment_readers", lambda r: r.suffixes,
                                                           "comment file suffix", pm)  # fmt: skip
    return {k: v for k, (v, _) in found.items()}


def exporters(pm: pluggy.PluginManager | None = None) -> dict[str, Exporter]:
    """Every registered exporter by format name (``"docx"``)."""
    found: dict[str, tuple[Exporter, str]] = _collect("register_exporters", lambda e: (e.name,), "format", pm)
    return {k: v for k, (v, _) in found.items()}


def plugin_infos(pm: pluggy.PluginManager | None = None) -> list[PluginInfo]:
    """Every loaded plugin with its origin, version, hooks and what it registers."""
    from .plugin_info import PluginInfo

    pm = pm or get_plugin_manager()
    owned: dict[str, dict[str, list[str]]] = {}
    for kind, hook, keys in (("formats", "register_exporters", lambda e: (e.name,)),
                             ("profiles", "register_profiles", lambda p: (p.name,)),
                             ("suffixes", "register_importers", lambda i: i.suffixes),
                             ("comment files", "register_comment_readers", lambda r: r.suffixes)):  # fmt: skip
        for key, (_, owner) in _collect(hook, keys, kind, pm).items():  # type: ignore[arg-type]
            owned.setdefault(owner, {}).setdefault(kind, []).append(key)
    out = []
    origins = _origins(pm)
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        origin, dist, version = origins.get(name, ("registered", "", ""))
        version = version or (_version(dist) if dist else "")
        hooks = tuple(sorted(h.name for h in pm.get_hookcallers(plugin) or ()))
        mine: dict[str, Any] = owned.get(name, {})
        out.append(PluginInfo(name, origin, dist, version, hooks, tuple(sorted(mine.get("formats", ()))),
                              tuple(sorted(mine.get("profiles", ()))), tuple(sorted(mine.get("suffixes", ()))),
                              tuple(sorted(mine.get("comment files", ())))))  # fmt: skip
    return out
