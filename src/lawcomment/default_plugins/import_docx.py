"""Built-in .docx importer (our own OOXML walker; see lawcomment.docx.reader)."""

from __future__ import annotations

from pathlib import Path

from lawcomment import Source
from lawcomment.hookspecs import RegisterImporter, hookimpl
from lawcomment.importers import Importer


def read_docx(path: Path, encoding: str | None) -> Source:
    from lawcomment.docx import read_docx_source  # lxml is imported only when needed

    return read_docx_source(path)


@hookimpl(trylast=True)
def register_importers(register: RegisterImporter) -> None:
    register(Importer("docx", (".docx",), read_docx))
