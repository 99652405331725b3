"""Hooks: documented, with docstrings; profiles and importers from plugins; clashes are errors."""

from __future__ import annotations

import importlib.metadata
import inspect
import re
from pathlib import Path

import pytest

import lawcomment
from lawcomment import Kind, PluginError, Rule, hookimpl, zh_cn_profile
from lawcomment import hookspecs
from lawcomment.api import parse_text
from lawcomment.plugins import importers, make_plugin_manager, profiles, set_plugin_manager

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
HOOKS = [name for name, fn in inspect.getmembers(hookspecs, inspect.isfunction) if hasattr(fn, "lawcomment_spec")]


def test_there_are_hooks() -> None:
    assert HOOKS == ["align_drafts", "register_importers", "register_profiles"]


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_docstring_and_readme_section(hook: str) -> None:
    fn = getattr(hookspecs, hook)
    assert fn.__doc__ and len(fn.__doc__.strip()) > 40
    args = ", ".join(inspect.signature(fn).parameters)
    assert f"### {hook}({args})" in README


class TaiwanPlugin:
    """The README's example: 條 > 項 (unnumbered) > 款 一、 > 目 （一）."""

    @hookimpl
    def register_profiles(self, register):  # type: ignore[no-untyped-def]
        base = zh_cn_profile()
        register(base.replace(
            name="zh-TW", description="Taiwan",
            article=Rule(Kind.ARTICLE, re.compile(r"^(?P<label>第(?P<num>[一二三四五六七八九十百千]+)條(?:之(?P<sub>[一二三四五六七八九十]+))?)(?:\s+(?P<rest>.*)|$)")),
            item=Rule(Kind.ITEM, re.compile(r"^(?P<label>(?P<num>[一二三四五六七八九十]+)、)\s*(?P<rest>.*)$")),
            subitem=Rule(Kind.SUBITEM, re.compile(r"^(?P<label>[（(](?P<num>[一二三四五六七八九十]+)[）)])\s*(?P<rest>.*)$")),
        ))  # fmt: skip


@pytest.fixture
def pm():  # type: ignore[no-untyped-def]
    manager = make_plugin_manager(entry_points=False)
    set_plugin_manager(manager)
    yield manager
    set_plugin_manager(None)


def test_plugin_profile_is_used(pm) -> None:  # type: ignore[no-untyped-def]
    pm.register(TaiwanPlugin(), name="zh_tw")
    assert sorted(profiles()) == ["en", "zh-CN", "zh-TW"]
    d = parse_text("第一條 有下列情形之一者：\n一、甲。\n（一）子目。\n二、乙。\n前項情形。", profile="zh-TW")
    assert [u.eid for u in d.walk()] == [
        "art_1", "art_1__para_1", "art_1__para_1__item_1", "art_1__para_1__item_1__subitem_1",
        "art_1__para_1__item_2", "art_1__para_2"]  # fmt: skip


def test_duplicate_profile_names_both_plugins(pm) -> None:  # type: ignore[no-untyped-def]
    class Clash:
        @hookimpl
        def register_profiles(self, register):  # type: ignore[no-untyped-def]
            register(zh_cn_profile())

    pm.register(Clash(), name="clash")
    with pytest.raises(PluginError) as exc:
        profiles()
    assert str(exc.value) == "profile 'zh-CN' is registered by both 'lawcomment.default_plugins.profiles' and 'clash'"


def test_plugin_importer_for_a_new_suffix(pm, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    class Csv:
        @hookimpl
        def register_importers(self, register):  # type: ignore[no-untyped-def]
            def read(path, encoding):  # type: ignore[no-untyped-def]
                rows = path.read_text(encoding="utf-8").splitlines()
                return lawcomment.Source(str(path), tuple(lawcomment.Block(r.split(",")[1], n) for n, r in enumerate(rows, 1)))

            register(lawcomment.Importer("csv", (".csv",), read))

    pm.register(Csv(), name="csv")
    assert ".csv" in importers()
    path = tmp_path / "d.csv"
    path.write_text("1,第一条 甲。\n2,第二条 乙。\n", encoding="utf-8")
    assert [v.unit.eid for v in lawcomment.load_draft(path).articles()] == ["art_1", "art_2"]


def test_misspelt_hook_is_caught() -> None:
    class Typo:
        @hookimpl
        def register_profile(self, register):  # type: ignore[no-untyped-def]
            pass

    pm = make_plugin_manager(entry_points=False)
    pm.register(Typo(), name="typo")
    with pytest.raises(Exception, match="unknown hook 'register_profile'"):
        pm.check_pending()


def test_broken_entry_point_warns_and_others_load(monkeypatch: pytest.MonkeyPatch) -> None:
    ep = importlib.metadata.EntryPoint(name="broken", value="no_such_module_xyz", group="lawcomment")
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [ep])
    with pytest.warns(UserWarning, match="plugin 'broken' failed to load: No module named 'no_such_module_xyz'"):
        pm = make_plugin_manager()
    assert sorted(profiles(pm)) == ["en", "zh-CN"]


class SameNumberAligner:
    """A toy aligner: pairs articles by number, nothing else."""

    @hookimpl
    def align_drafts(self, old, new):  # type: ignore[no-untyped-def]
        from lawcomment.align import Alignment, VersionChange, Entry

        olds = {v.unit.num: v.unit.eid for v in old.articles()}
        news = {v.unit.num: v.unit.eid for v in new.articles()}
        entries = [Entry((olds[n],) if n in olds else (), (news[n],) if n in news else (), VersionChange.UNCHANGED, 1.0, False)
                   for n in dict.fromkeys([*olds, *news])]
        return Alignment(old, new, tuple(entries), method="by-number")


class ForgetfulAligner:
    @hookimpl
    def align_drafts(self, old, new):  # type: ignore[no-untyped-def]
        from lawcomment.align import Alignment

        return Alignment(old, new, (), method="forgetful")


@pytest.mark.parametrize(("plugin", "outcome"), [
    (None, "lawcomment"),
    (SameNumberAligner(), "by-number"),
    (ForgetfulAligner(), "the 'forgetful' aligner does not list every old article exactly once "
                         "(missing: art_1, art_2; repeated or unknown: none)"),
])  # fmt: skip
def test_a_plugin_aligner_answers_first(plugin, outcome: str) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.api import align_versions

    old = parse_text("第一条 甲。\n第二条 乙。")
    new = parse_text("第一条 新。\n第二条 甲。\n第三条 乙。")
    pm = make_plugin_manager(entry_points=False)
    if plugin is not None:
        pm.register(plugin)
    set_plugin_manager(pm)
    try:
        if outcome.startswith("the "):
            with pytest.raises(PluginError) as exc:
                align_versions(old, new)
            assert str(exc.value) == outcome
        else:
            assert align_versions(old, new).method == outcome
    finally:
        set_plugin_manager(None)
