from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

import lawcomment


def test_all_is_sorted_and_complete() -> None:
    assert lawcomment.__all__ == sorted(lawcomment.__all__)
    public = {n for n in dir(lawcomment) if not n.startswith("_") and not isinstance(getattr(lawcomment, n), type(lawcomment))}
    assert public - {"annotations"} == set(lawcomment.__all__)


#: Small shared modules at the top of the package; anything in them without a leading
#: underscore is public (the rest of the public API is each package's ``__all__``).
PUBLIC_MODULES = {"lawcomment." + m for m in ("errors", "plugins", "registry", "comments", "model", "records",
                                              "jsondoc", "atomic", "textcheck", "hookspecs", "importers", "limits")}
REPO = Path(__file__).resolve().parents[1]
CLIENTS = sorted([*(REPO / "src/lawcomment/cli").glob("*.py"), *(REPO / "src/lawcomment/default_plugins").glob("*.py"),
                  *(REPO / "plugins").glob("*/src/*/*.py")])  # fmt: skip


def _imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(absolute module, names, line) of every from-import of lawcomment in ``path``."""
    rel = path.relative_to(REPO / "src") if path.is_relative_to(REPO / "src") else None
    package = list(rel.parts[:-1]) if rel else []
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            if module.split(".")[0] == "lawcomment":
                out.append((module, [a.name for a in node.names], node.lineno))
        elif isinstance(node, ast.Import):
            out.extend((a.name, [], node.lineno) for a in node.names if a.name.split(".")[0] == "lawcomment")
    return out


def _defined_in(module: object, name: str) -> bool:
    if not hasattr(module, name):
        return False
    value = getattr(module, name)
    if inspect.ismodule(value):
        return False
    if inspect.isfunction(value) or inspect.isclass(value):
        return value.__module__ == getattr(module, "__name__", None)
    return True  # constants and marker objects: what a module assigns is its own


def _problem(path: Path, module: str, names: list[str]) -> str | None:
    if module.startswith("lawcomment.cli") and "src/lawcomment/cli" in str(path):  # the command line's own modules
        private = [n for n in names if n.startswith("_")]
        return f"private {', '.join(private)} of {module}" if private else None
    if module in PUBLIC_MODULES:
        private = [n for n in names if n.startswith("_")]
        if private:
            return f"private {', '.join(private)} of {module}"
        found = importlib.import_module(module)
        # a name the module only imported is not one it offers (re-exports say so in __all__)
        borrowed = [n for n in names if n not in getattr(found, "__all__", ()) and not _defined_in(found, n)]
        return f"{', '.join(borrowed)} not defined in {module}" if borrowed else None
    public = getattr(importlib.import_module(module), "__all__", None) if "." not in module[11:] else None
    if public is None:
        return f"{module} is not a public module (import from lawcomment or a package's public names)"
    outside = [n for n in names if n not in public]
    return f"{', '.join(outside)} not in {module}.__all__" if outside else None


@pytest.mark.parametrize("path", CLIENTS, ids=lambda p: str(p.relative_to(REPO)))
def test_cli_and_plugins_use_public_names_only(path: Path) -> None:
    """The command line and every plugin (built-in or in plugins/) use the library as a third
    party would: names from ``lawcomment``, from a package's ``__all__``, or public names of
    the shared top-level modules."""
    problems = [f"line {line}: {why}" for module, names, line in _imports(path)
                if (why := _problem(path, module, names)) is not None]  # fmt: skip
    assert problems == []


def test_the_public_names_rule_catches_a_deep_import(tmp_path: Path) -> None:
    fake = REPO / "plugins" / "x.py"
    assert _problem(fake, "lawcomment.review.merge", ["near_key"]) == (
        "lawcomment.review.merge is not a public module (import from lawcomment or a package's public names)")
    assert _problem(fake, "lawcomment.review", ["near_key"]) == "near_key not in lawcomment.review.__all__"
    assert _problem(fake, "lawcomment.plugins", ["_pm"]) == "private _pm of lawcomment.plugins"
    assert _problem(fake, "lawcomment", ["load_draft"]) is None
    assert _problem(fake, "lawcomment.records", ["draft_from_dict"]) == "draft_from_dict not defined in lawcomment.records"
    assert _problem(fake, "lawcomment.plugins", ["hookspecs"]) == "hookspecs not defined in lawcomment.plugins"


def test_no_public_name_is_also_a_module_of_its_package() -> None:
    """``from lawcomment.review import align`` would give the module once ``lawcomment.review.align``
    is imported (Python binds submodules on their package), whatever ``__all__`` promised."""
    root = REPO / "src" / "lawcomment"
    for init in [root / "__init__.py", *root.glob("*/__init__.py")]:
        package = init.parent
        module = "lawcomment" + "".join(f".{p}" for p in package.relative_to(root).parts)
        submodules = {p.stem for p in package.glob("*.py")} | {p.name for p in package.iterdir() if (p / "__init__.py").exists()}
        assert set(getattr(importlib.import_module(module), "__all__", ())) & submodules == set(), module


def test_docs_api_lists_every_public_name() -> None:
    """docs/api.md has a section per package listing exactly its ``__all__``, in order."""
    text = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
    sections = {part.split("`", 1)[0]: part for part in text.split("## `")[1:]}
    assert sorted(sections) == sorted(["lawcomment", *(f"lawcomment.{p}" for p in (
        "drafts", "docx", "review", "amendment", "consultation", "exports", "store", "workers"))])  # fmt: skip
    for package, section in sections.items():
        listed = [line.split("`")[1] for line in section.splitlines() if line.startswith("| `")]
        assert listed == list(importlib.import_module(package).__all__), package



@pytest.mark.parametrize("package", ["lawcomment", *(f"lawcomment.{p}" for p in (
    "drafts", "docx", "review", "amendment", "consultation", "exports", "records"))])  # fmt: skip
def test_lazy_names_match_what_type_checkers_see(package: str) -> None:
    """Each lazy package promises the same names three times: ``__all__``, the imports under
    TYPE_CHECKING (what mypy and the layering test read) and the map ``__getattr__`` follows.
    They agree, and every name resolves to the object its module defines."""
    module = importlib.import_module(package)
    path = Path(module.__file__ or "")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    checked: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test) and "not" not in ast.unparse(node.test):
            for imp in ast.walk(node):
                if isinstance(imp, ast.ImportFrom):
                    checked.update({a.asname or a.name: "." * imp.level + (imp.module or "") for a in imp.names})
    assert sorted(checked) == sorted(module.__all__)
    for name, where in checked.items():
        defining = importlib.import_module(where, package)
        assert getattr(module, name) is getattr(defining, name), name
