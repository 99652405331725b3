from __future__ import annotations

import lawcomment


def test_all_is_sorted_and_complete() -> None:
    assert lawcomment.__all__ == sorted(lawcomment.__all__)
    public = {n for n in dir(lawcomment) if not n.startswith("_") and not isinstance(getattr(lawcomment, n), type(lawcomment))}
    assert public - {"annotations"} == set(lawcomment.__all__)


def test_cli_and_plugins_use_public_names_only() -> None:
    from pathlib import Path

    root = Path(lawcomment.__file__).parent
    for path in [root / "cli" / "__init__.py", root / "cli" / "consultation.py", *sorted((root / "default_plugins").glob("*.py"))]:
        text = path.read_text(encoding="utf-8")
        assert "._" not in text.replace("self._", "").replace("_Group", ""), path
