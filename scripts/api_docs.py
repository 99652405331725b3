"""Rewrite the tables of docs/api.md from each package's ``__all__`` and the first paragraph of
each name's docstring, keeping the page's prose (and any description a name without a
docstring was given by hand). Run it after changing a public API: ``python scripts/api_docs.py``."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

PAGE = Path(__file__).resolve().parents[1] / "docs" / "api.md"
PACKAGES = ["lawcomment", *(f"lawcomment.{p}" for p in ("drafts", "docx", "review", "amendment", "consultation",
                                                       "exports", "store", "workers"))]  # fmt: skip


def summary(obj: object) -> str:
    if inspect.isclass(obj):
        own = vars(obj).get("__doc__")  # not an inherited one (Enum's, Protocol's)
    elif inspect.isfunction(obj):
        own = obj.__doc__
    else:  # a constant or an instance (hookimpl): described by hand on the page
        own = None
    doc = inspect.cleandoc(own) if own else ""
    if not doc:
        return ""
    first = doc.split("\n\n", 1)[0]
    text = " ".join(first.split())
    text = re.sub(r"``([^`]+)``", r"`\1`", text)
    return text.replace("|", "\\|")


def main() -> None:
    text = PAGE.read_text(encoding="utf-8")
    head, *parts = text.split("## `")
    by_package = {part.split("`", 1)[0]: part for part in parts}
    out = [head.rstrip("\n") + "\n"]
    for package in PACKAGES:
        part = by_package.get(package, f"{package}`\n\n")
        title, _, rest = part.partition("\n")
        intro = rest.split("| name |", 1)[0].strip("\n")
        known = {line.split("`")[1]: line.split("|")[2].strip() for line in rest.splitlines() if line.startswith("| `")}
        module = importlib.import_module(package)
        rows = []
        for name in module.__all__:
            described = summary(getattr(module, name)) or known.get(name, "")
            rows.append(f"| `{name}` | {described} |")
        out.append(f"\n## `{title}\n\n{intro}\n\n| name | what it is |\n|---|---|\n" + "\n".join(rows) + "\n")
    PAGE.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
