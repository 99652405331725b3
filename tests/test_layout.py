"""The package's layering, read from its imports (every import: module level, inside functions
and under TYPE_CHECKING): no cycles, nothing imports the public façade, only the workflow
layers touch the store, and the pure packages touch neither the store nor the plugins."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

import lawcomment

ROOT = Path(lawcomment.__file__).parent
#: Reading and comparing text, and rendering a view: no database, no plugin registry.
PURE = ("lawcomment.drafts", "lawcomment.review", "lawcomment.exports")
#: The layers that may open and query a store.
STORE_USERS = ("lawcomment.consultation", "lawcomment.cli", "lawcomment.store")


def _name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def graph() -> dict[str, frozenset[str]]:
    """Module → the lawcomment modules it imports (a ``from pkg import mod`` counts as ``pkg.mod``)."""
    modules = {_name(p): p for p in ROOT.rglob("*.py")}
    out: dict[str, frozenset[str]] = {}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package[: len(package) - node.level + 1] if node.level else []
                target = ".".join([*base, *([node.module] if node.module else [])])
                for alias in node.names:
                    found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        out[name] = frozenset(m for m in found if m in modules and m != name)
    return out


def _cycles(edges: dict[str, frozenset[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles() -> None:
    assert _cycles(graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    edges = {"a": frozenset({"b"}), "b": frozenset({"c"}), "c": frozenset({"a"}), "d": frozenset({"a"})}
    assert _cycles(edges) == [["a", "b", "c"]]


def test_every_module_is_in_the_graph() -> None:
    """The rules below would pass vacuously on a graph that missed modules or imports."""
    edges = graph()
    assert {"lawcomment.drafts.parse", "lawcomment.store.sqlite", "lawcomment.cli", "lawcomment.registry"} <= set(edges)
    assert "lawcomment.drafts.parse" in edges["lawcomment.registry"]
    assert "lawcomment.store.sql" in edges["lawcomment.store"]
    assert {"lawcomment.store.sqlite", "lawcomment.store.postgres"} <= set(edges["lawcomment.store.locate"])


@pytest.mark.parametrize(("rule", "allowed"), [
    ("lawcomment.store", lambda m: m.startswith(STORE_USERS) or m == "lawcomment"),
    ("lawcomment.plugins", lambda m: not m.startswith(PURE)),
])  # fmt: skip
def test_who_may_import(rule: str, allowed) -> None:  # type: ignore[no-untyped-def]
    offenders = sorted(f"{m} imports {d}" for m, deps in graph().items() for d in deps
                       if (d == rule or d.startswith(rule + ".")) and not allowed(m))  # fmt: skip
    assert offenders == []


def test_the_pure_packages_never_reach_the_store_or_plugins() -> None:
    """Not even through another module: what a pure module imports, transitively, stays pure."""
    edges = graph()
    for start in (m for m in edges if m.startswith(PURE)):
        seen, todo = {start}, [start]
        while todo:
            for dep in edges[todo.pop()]:
                assert not dep.startswith(("lawcomment.store", "lawcomment.plugins", "lawcomment.registry")), (start, dep)
                if dep not in seen:
                    seen.add(dep)
                    todo.append(dep)


def test_only_the_cli_and_plugins_import_the_package_facade() -> None:
    """``lawcomment/__init__`` re-exports the public API, which the CLI and the built-in plugins
    use like any third party; every other module imports the module that defines a name."""
    outside = ("lawcomment.cli", "lawcomment.default_plugins")
    assert sorted(m for m, deps in graph().items() if "lawcomment" in deps and not m.startswith(outside)) == []
