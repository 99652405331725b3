"""Public names of a package imported on first use (PEP 562), and regexes compiled on first use,
so that importing the package, or the command line, does not pay for what a command never uses."""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from typing import Any


def lazy_names(package: str, where: dict[str, tuple[str, ...]]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: ``where`` maps a module (relative to the
    package) to the public names it defines; a name is imported when first looked up."""
    module_of = {name: module for module, names in where.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(importlib.import_module(package), name, value)  # the next look-up is a plain attribute
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(importlib.import_module(package)), *module_of})

    return __getattr__, __dir__


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function giving ``re.compile(pattern, flags)``, compiled when first called: a class of
    CJK characters ([\\u3400-\\u9fff]) takes a millisecond to compile, paid by every command
    that imports the module, when only some commands use it."""
    return functools.cache(lambda: re.compile(pattern, flags))
