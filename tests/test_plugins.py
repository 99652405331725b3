"""Hooks: documented, with docstrings; profiles and importers from plugins; clashes are errors."""

from __future__ import annotations

import importlib.metadata
import inspect
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import lawcomment
from lawcomment import Kind, PluginError, Rule, hookimpl, hookspecs, zh_cn_profile
from lawcomment.exports.contract import Exporter
from lawcomment.plugins import (
    EntryPoint,
    entry_points,
    PluginWarning,
    exporters,
    importers,
    make_plugin_manager,
    plugin_infos,
    profiles,
    set_plugin_manager,
)
from lawcomment.registry import parse_text

README = (Path(__file__).parents[1] / "docs" / "plugins.md").read_text(encoding="utf-8")  # the hooks reference
HOOKS = [name for name, fn in inspect.getmembers(hookspecs, inspect.isfunction) if hasattr(fn, "lawcomment_spec")]


def test_there_are_hooks() -> None:
    assert HOOKS == ["align_drafts", "comment_added", "register_commands", "register_comment_readers", "register_exporters",
                     "register_importers", "register_profiles", "validate_comment"]


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_docstring_and_readme_section(hook: str) -> None:
    fn = getattr(hookspecs, hook)
    assert fn.__doc__ and len(fn.__doc__.strip()) > 40
    args = ", ".join(inspect.signature(fn).parameters)
    assert f"## {hook}({args})" in README


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


def _installed(folder: Path, metadata: str, entry_points: str) -> None:
    """A distribution's metadata folder (``name-1.0.dist-info``) with an entry_points.txt and
    the metadata file naming it."""
    (folder / metadata).mkdir(parents=True)
    (folder / metadata / "entry_points.txt").write_text(entry_points, encoding="utf-8")
    name = Path(metadata.split("/")[0]).name.rsplit(".", 1)[0].split("-", 1)[0]
    headers = "METADATA" if metadata.lower().endswith("dist-info") else "PKG-INFO"
    if not (folder / metadata / headers).exists():
        (folder / metadata / headers).write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")


def test_broken_entry_point_warns_and_others_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _installed(tmp_path, "broken_plugin-1.0.dist-info", "[lawcomment]\nbroken = no_such_module_xyz\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.warns(PluginWarning, match="plugin 'broken' failed to load: No module named 'no_such_module_xyz'"):
        pm = make_plugin_manager()
    assert sorted(profiles(pm)) == ["en", "zh-CN"]


def test_entry_points_are_those_importlib_metadata_finds() -> None:
    ours = [(ep.name, ep.value, ep.distribution) for ep in entry_points("lawcomment")]
    theirs = [(ep.name, ep.value, ep.dist.name if ep.dist else "")
              for ep in importlib.metadata.entry_points(group="lawcomment")]  # fmt: skip
    assert sorted(ours) == sorted(theirs)
    assert len(ours) == len({name for name, _, _ in ours})


def test_entry_points_read_from_metadata_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _installed(first, "acme_plugin-2.0.dist-info",
               "[console_scripts]\nacme = acme:main\n\n[lawcomment]\n# a comment\nacme = acme.plugin:hooks.impl [extra]\n")
    (first / "acme_plugin-2.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: Acme-Plugin\n\nName: no\n")
    _installed(first, "other.egg-info", "[lawcomment]\nother=other_mod\n")
    _installed(first, "quiet-1.0.dist-info", "[console_scripts]\nquiet = quiet:main\n")
    _installed(second, "acme_plugin-1.0.dist-info", "[lawcomment]\nold = acme_old\n")  # shadowed: the first wins
    monkeypatch.setattr(sys, "path", [str(first), str(tmp_path / "missing"), str(second)])
    assert entry_points("lawcomment") == [EntryPoint("acme", "acme.plugin:hooks.impl", "Acme-Plugin"),
                                          EntryPoint("other", "other_mod", "other")]  # fmt: skip
    assert entry_points("console_scripts") == [EntryPoint("acme", "acme:main", "Acme-Plugin"),
                                               EntryPoint("quiet", "quiet:main", "quiet")]  # fmt: skip


def test_entry_point_load_follows_the_attribute_path() -> None:
    assert EntryPoint("x", "lawcomment.plugins:EntryPoint.load", "lawcomment").load() is EntryPoint.load
    assert EntryPoint("x", "lawcomment.hookspecs", "lawcomment").load() is lawcomment.hookspecs


def test_a_zip_on_the_path_is_left_to_importlib_metadata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zipped-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: zipped\nVersion: 1.0\n")
        z.writestr("zipped-1.0.dist-info/entry_points.txt", "[lawcomment]\nzipped = zipped_mod:hooks [fast]\n")
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert entry_points("lawcomment") == [EntryPoint("zipped", "zipped_mod:hooks", "zipped")]


PLUGIN_DIR = {
    "good.py": "from lawcomment import Exporter, hookimpl\n"
               "@hookimpl\n"
               "def register_exporters(register):\n"
               "    register(Exporter('count', '.txt', False, lambda v, out, o: out.write(str(len(v.comments)).encode())))\n",
    "broken.py": "raise ImportError('needs a library that is not installed')\n",
    "typo.py": "from lawcomment import hookimpl\n@hookimpl\ndef register_exporter(register):\n    pass\n",
    "clash.py": "from lawcomment import hookimpl\n@hookimpl\ndef register_exporters(oops):\n    pass\n",
    "_private.py": "raise SystemExit('never imported')\n",
}


def test_plugins_dir_loads_good_and_warns_for_each_bad_one(tmp_path: Path) -> None:
    for name, code in PLUGIN_DIR.items():
        (tmp_path / name).write_text(code, encoding="utf-8")
    with pytest.warns(PluginWarning) as caught:
        pm = make_plugin_manager(entry_points=False, plugins_dir=tmp_path)
    messages = sorted(str(w.message) for w in caught)
    assert len(messages) == 3
    assert messages[0] == f"plugin 'broken' ({tmp_path / 'broken.py'}) failed to load: ImportError: needs a library that is not installed"
    assert messages[1].startswith("plugin 'clash' failed to load: Plugin 'clash' for hook 'register_exporters'")
    assert messages[2].startswith("plugin 'typo' failed to load: unknown hook 'register_exporter' in plugin")
    assert "count" in exporters(pm)
    info = {i.name: i for i in plugin_infos(pm)}
    assert info["good"].origin == str(tmp_path) and info["good"].formats == ("count",)
    assert "typo" not in info and "clash" not in info


def test_cli_plugins_dir_and_listing(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    for name in ("good.py", "broken.py"):
        (tmp_path / name).write_text(PLUGIN_DIR[name], encoding="utf-8")
    try:
        result = runner.invoke(cli, ["--plugins-dir", str(tmp_path), "plugins"])
    finally:
        set_plugin_manager(None)
    assert result.exit_code == 0
    assert result.stderr == (f"warning: plugin 'broken' ({tmp_path / 'broken.py'}) failed to load: "
                             "ImportError: needs a library that is not installed\n")  # fmt: skip
    assert f"good  [{tmp_path}]\n    hooks: register_exporters\n    formats: count\n" in result.stdout
    assert "lawcomment.default_plugins.exporters (lawcomment 0.1.0)  [built-in]\n    hooks: register_exporters\n" \
           "    formats: amendment, csv, docx, draft, html, json, md\n" in result.stdout  # fmt: skip
    missing = runner.invoke(cli, ["--plugins-dir", str(tmp_path / "nope"), "plugins"])
    assert missing.exit_code == 1
    assert missing.output == f"Error: {tmp_path / 'nope'}: the plugins directory does not exist\n"


def test_duplicate_format_names_both_plugins(pm) -> None:  # type: ignore[no-untyped-def]
    class Again:
        @hookimpl
        def register_exporters(self, register):  # type: ignore[no-untyped-def]
            register(Exporter("html", ".htm", False, lambda v, o, x: None))

    pm.register(Again(), name="again")
    with pytest.raises(PluginError) as exc:
        exporters()
    assert str(exc.value) == "format 'html' is registered by both 'lawcomment.default_plugins.exporters' and 'again'"


class NoSecrets:
    """A validation plugin: comments must not quote confidential material."""

    @hookimpl
    def validate_comment(self, comment, draft, ref):  # type: ignore[no-untyped-def]
        assert draft.title and ref == "ecommerce@1"
        return ["mentions 机密 material"] if "机密" in comment.body else None


class Recorder:
    def __init__(self) -> None:
        self.seen: list[tuple[int, str]] = []

    @hookimpl
    def comment_added(self, comment, ref):  # type: ignore[no-untyped-def]
        if "boom" in comment.body:
            raise RuntimeError("mail server down")
        self.seen.append((comment.id, ref))


def test_validation_rejects_the_whole_import(pm, consultation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pm.register(NoSecrets(), name="no-secrets")
    rows = tmp_path / "c.csv"
    rows.write_text("member,article,reason\nacme,第十条,公开意见\nbeta,第十一条,含机密数据\n", encoding="utf-8")
    result = consultation("comment", "import", str(rows), "--draft", "ecommerce@1")
    assert result.exit_code == 1
    assert result.output == (f"Error: {rows}: 1 problem(s) found by plugin checks; nothing was imported\n"
                             "  row 3: mentions 机密 material (plugin 'no-secrets')\n")  # fmt: skip
    assert consultation("comment", "list", "--draft", "ecommerce@1").output.endswith("0 comment(s)\n")


def test_comment_added_after_commit_and_failures_only_warn(pm, consultation) -> None:  # type: ignore[no-untyped-def]
    rec = Recorder()
    pm.register(rec, name="recorder")
    ok = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十条", "--reason", "好")
    assert ok.exit_code == 0 and rec.seen == [(1, "ecommerce@1")]
    bad = consultation("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十条", "--reason", "boom")
    assert bad.exit_code == 0
    assert bad.stderr == "warning: plugin 'recorder' failed on comment #2: RuntimeError: mail server down\n"
    assert consultation("comment", "list", "--draft", "ecommerce@1").output.endswith("2 comment(s)\n")


class SameNumberAligner:
    """A toy aligner: pairs articles by number, nothing else."""

    @hookimpl
    def align_drafts(self, old, new):  # type: ignore[no-untyped-def]
        from lawcomment.review.align import Alignment, Entry, VersionChange

        olds = {v.unit.num: v.unit.eid for v in old.articles()}
        news = {v.unit.num: v.unit.eid for v in new.articles()}
        entries = [Entry((olds[n],) if n in olds else (), (news[n],) if n in news else (), VersionChange.UNCHANGED, 1.0, False)
                   for n in dict.fromkeys([*olds, *news])]
        return Alignment(old, new, tuple(entries), method="by-number")


class ForgetfulAligner:
    @hookimpl
    def align_drafts(self, old, new):  # type: ignore[no-untyped-def]
        from lawcomment.review.align import Alignment

        return Alignment(old, new, (), method="forgetful")


@pytest.mark.parametrize(("plugin", "outcome"), [
    (None, "lawcomment"),
    (SameNumberAligner(), "by-number"),
    (ForgetfulAligner(), "the 'forgetful' aligner does not list every old article exactly once "
                         "(missing: art_1, art_2; repeated or unknown: none)"),
])  # fmt: skip
def test_a_plugin_aligner_answers_first(plugin, outcome: str) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.registry import align_versions

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


COMMANDS = {
    "hello.py": '''
import click
from lawcomment import LawcommentError, hookimpl, load_draft

@hookimpl
def register_commands(cli):
    @cli.command()
    @click.argument("draft")
    def articles(draft):
        """Count the articles of DRAFT."""
        if not draft.endswith((".md", ".txt", ".docx")):
            raise LawcommentError(f"{draft}: not a draft")
        click.echo(f"{len(load_draft(draft).articles())} articles")

    @cli.command()
    def split():
        """A plugin may not replace a built-in command."""
        click.echo("replaced")
''',
    "failing.py": '''
from lawcomment import hookimpl

@hookimpl
def register_commands(cli):
    raise RuntimeError("no commands today")
''',
}


def test_plugins_add_commands(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    """``register_commands``: a plugin's command runs and is listed; one that claims a built-in
    name is left out, and a plugin whose hook raises is a warning naming it."""
    from lawcomment.cli import cli

    for name, code in COMMANDS.items():
        (tmp_path / name).write_text(code, encoding="utf-8")
    law = Path(__file__).parent / "data" / "ecommerce-law.md"
    set_plugin_manager(None)  # as in a new process: --help comes first and must load the folder itself
    try:
        listed = runner.invoke(cli, ["--help", "--plugins-dir", str(tmp_path)])
        counted = runner.invoke(cli, ["--plugins-dir", str(tmp_path), "articles", str(law)])
        refused = runner.invoke(cli, ["--plugins-dir", str(tmp_path), "articles", "notes.pdf"])
        builtin = runner.invoke(cli, ["--plugins-dir", str(tmp_path), "split", str(law), "--format", "json"])
    finally:
        set_plugin_manager(None)
    assert (counted.exit_code, counted.stdout) == (0, "89 articles\n")
    assert listed.stderr == ("warning: plugin 'failing' failed to add its commands: RuntimeError: no commands today\n"
                              "warning: plugin 'hello': command 'split' is left out (lawcomment already has a "
                              "command of that name)\n")  # fmt: skip
    assert "  articles   Count the articles of DRAFT.\n" in listed.stdout
    assert (refused.exit_code, refused.stderr.splitlines()[-1]) == (1, "Error: notes.pdf: not a draft")
    assert builtin.exit_code == 0 and builtin.stdout.startswith("{") and "replaced" not in builtin.stdout


def test_a_plugins_command_runs_with_the_cyclic_collector_a_built_in_one_without(tmp_path: Path) -> None:
    """A built-in command is short and keeps what it builds to its end: the collector would
    walk it all for nothing. A plugin's command may run for days (the web server): it keeps it."""
    (tmp_path / "state.py").write_text('''
import gc, click
from lawcomment import hookimpl

@hookimpl
def register_commands(cli):
    @cli.command("gc-state")
    def gc_state():
        click.echo(f"collector {'on' if gc.isenabled() else 'off'}")
''', encoding="utf-8")
    after = "import gc, sys\nfrom lawcomment.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n" \
            "print(f'collector {\"on\" if gc.isenabled() else \"off\"}')"  # fmt: skip
    env = {**os.environ, "LAWCOMMENT_PLUGINS_DIR": str(tmp_path)}
    plugin = subprocess.run([sys.executable, "-m", "lawcomment", "gc-state"], capture_output=True, text=True, env=env,
                            check=True)  # fmt: skip
    built_in = subprocess.run([sys.executable, "-c", after, "--version"], capture_output=True, text=True, env=env,
                              check=True)  # fmt: skip
    assert plugin.stdout == "collector on\n"
    assert built_in.stdout.splitlines()[-1] == "collector off"
    # and ends as any program does: nothing frozen out of the exit's collection (a built-in
    # command's objects are: see the test below)
    frozen = "import gc\nfrom lawcomment.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n" \
             "print(gc.get_freeze_count())"  # fmt: skip
    ended = subprocess.run([sys.executable, "-c", frozen, "gc-state"], capture_output=True, text=True, env=env, check=True)
    assert ended.stdout.splitlines() == ["collector on", "0"]


def test_main_freezes_what_is_alive_so_the_exit_does_not_collect_it(tmp_path: Path) -> None:
    """After a command, ``main`` moves every object still alive out of the collector's reach,
    so the interpreter's exit does not walk them all once more; what the command wrote, to
    standard output or to a file, is whole."""
    law = Path(__file__).parent / "data" / "ecommerce-law.md"
    out = tmp_path / "law.json"
    code = ("import gc, sys\nfrom lawcomment.cli import main\ntry:\n    main()\nexcept SystemExit as exc:\n"
            "    assert not exc.code, exc.code\nprint(gc.get_freeze_count(), file=sys.stderr)")  # fmt: skip
    printed = subprocess.run([sys.executable, "-c", code, "split", str(law), "--format", "json"], capture_output=True,
                             check=True)  # fmt: skip
    written = subprocess.run([sys.executable, "-c", code, "split", str(law), "--format", "json", "-o", str(out)],
                             capture_output=True, check=True)  # fmt: skip
    for done in (printed, written):
        assert int(done.stderr.decode().split()[-1]) > 10_000  # the modules, the draft, its JSON
    assert json.loads(printed.stdout)["schema"] == "lawcomment.draft/1"
    assert out.read_bytes() == printed.stdout
    assert len(json.loads(printed.stdout)["articles"]) == 89


def test_an_unknown_command_is_still_a_usage_error(runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    result = runner.invoke(cli, ["artcles"])
    assert result.exit_code == 2
    assert "Error: No such command 'artcles'." in result.stderr


def test_no_built_in_plugin_adds_a_command() -> None:
    """command_plugin_manager leaves the built-in plugins out of the command list on this ground."""
    assert make_plugin_manager(entry_points=False).hook.register_commands.get_hookimpls() == []


def test_entry_points_follow_importlib_metadata_s_naming(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Metadata folders in any case, unzipped eggs, and names equal once their separators are
    collapsed (foo__bar is foo_bar: the first on the path wins), as importlib.metadata reads them."""
    _installed(tmp_path, "Upper-1.0.DIST-INFO", "[lawcomment]\nupper = upper_mod\n")
    _installed(tmp_path, "foo__bar-2.0.dist-info", "[lawcomment]\nnew = foo_new\n")
    _installed(tmp_path / "later", "foo_bar-1.0.dist-info", "[lawcomment]\nold = foo_old\n")
    _installed(tmp_path, "eggplug-1.0-py3.11.egg/EGG-INFO", "[lawcomment]\negg = egg_mod\n; not a comment = x\n")
    egg = tmp_path / "eggplug-1.0-py3.11.egg"
    monkeypatch.setattr(sys, "path", [str(tmp_path), str(tmp_path / "later"), str(egg)])
    ours = sorted((ep.name, ep.value) for ep in entry_points("lawcomment"))
    theirs = sorted((ep.name, ep.value) for ep in importlib.metadata.entry_points(group="lawcomment"))
    assert ours == theirs == [("; not a comment", "x"), ("egg", "egg_mod"), ("new", "foo_new"), ("upper", "upper_mod")]


def test_a_plugin_command_loads_each_installed_plugin_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           runner) -> None:  # type: ignore[no-untyped-def]
    """Running a plugin's command finds it with the installed plugins only, then adds the
    built-ins to that same manager: a broken plugin is reported once, not once per manager."""
    from lawcomment.cli import cli

    (tmp_path / "hello_cmd.py").write_text(COMMANDS["hello.py"], encoding="utf-8")
    _installed(tmp_path, "hello_cmd-1.0.dist-info", "[lawcomment]\nhello = hello_cmd\n")
    _installed(tmp_path, "broken_cmd-1.0.dist-info", "[lawcomment]\nbroken = no_such_module_abc\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    set_plugin_manager(None)
    try:
        result = runner.invoke(cli, ["articles", str(Path(__file__).parent / "data" / "ecommerce-law.md")])
        assert (result.exit_code, result.stdout) == (0, "89 articles\n")
        assert result.stderr.count("plugin 'broken' failed to load") == 1
        assert sorted(profiles()) == ["en", "zh-CN"]  # the built-ins joined the same manager
        assert "hello" in {i.name for i in plugin_infos() if i.origin == "entry point"}
    finally:
        set_plugin_manager(None)
        sys.modules.pop("hello_cmd", None)


def test_a_new_manager_sees_plugins_installed_since(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    runner) -> None:  # type: ignore[no-untyped-def]
    from lawcomment.cli import cli

    set_plugin_manager(None)
    try:
        assert runner.invoke(cli, ["--help"]).exit_code == 0  # the command list is made without "articles"
        (tmp_path / "late_cmd.py").write_text(COMMANDS["hello.py"], encoding="utf-8")
        _installed(tmp_path, "late_cmd-1.0.dist-info", "[lawcomment]\nlate = late_cmd\n")
        monkeypatch.syspath_prepend(str(tmp_path))
        set_plugin_manager(None)  # as an embedding application does after installing one
        result = runner.invoke(cli, ["articles", str(Path(__file__).parent / "data" / "ecommerce-law.md")])
        assert (result.exit_code, result.stdout) == (0, "89 articles\n")
    finally:
        set_plugin_manager(None)
        sys.modules.pop("late_cmd", None)


def test_each_fresh_manager_runs_the_plugins_dir_again(tmp_path: Path) -> None:
    plugin = tmp_path / "versioned.py"
    plugin.write_text("VALUE = 'v1'\n", encoding="utf-8")
    first = make_plugin_manager(entry_points=False, plugins_dir=tmp_path)
    # another length: Python's bytecode cache knows a source by its size and mtime in whole
    # seconds, and both writes may fall in one second
    plugin.write_text("VALUE = 'version 2'\n", encoding="utf-8")
    second = make_plugin_manager(entry_points=False, plugins_dir=tmp_path)
    assert (first.get_plugin("versioned").VALUE, second.get_plugin("versioned").VALUE) == ("v1", "version 2")
