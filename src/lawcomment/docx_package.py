"""Open a .docx safely: zip checks, size caps against zip bombs, XML without DOCTYPE or entities.

Every failure is an UnsafeDocumentError or InputError that names the file.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

from lxml import etree

from .errors import InputError, UnsafeDocumentError

#: Total uncompressed size accepted for one package, and per part.
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_PART_BYTES = 256 * 1024 * 1024
#: A part that inflates more than this ratio is treated as a zip bomb.
MAX_RATIO = 200

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOC = R + "/officeDocument"
_MACRO_TYPES = ("macroEnabled", "vbaProject")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True)  # fmt: skip


class DocxPackage:
    """A .docx opened for reading; parts are parsed on demand and cached."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        p = Path(path)
        try:
            head = p.open("rb").read(8)
        except FileNotFoundError:
            raise InputError(self.path, "no such file") from None
        except IsADirectoryError:
            raise InputError(self.path, "is a directory, not a file") from None
        if head == _OLE_MAGIC:
            raise UnsafeDocumentError(self.path, "this is an encrypted (password-protected) Word file or an old .doc; "
                                      "save it as an unprotected .docx")  # fmt: skip
        if not head:
            raise InputError(self.path, "the file is empty")
        try:
            self.zip = zipfile.ZipFile(p)
        except (zipfile.BadZipFile, OSError):
            raise InputError(self.path, "not a .docx file (not a zip archive, or a corrupt one)") from None
        infos = self.zip.infolist()
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise UnsafeDocumentError(self.path, f"uncompressed size {total} bytes exceeds {MAX_TOTAL_BYTES} (zip bomb?)")
        for info in infos:
            if info.file_size > MAX_PART_BYTES or (
                info.compress_size and info.file_size > 1_000_000 and info.file_size / info.compress_size > MAX_RATIO
            ):
                raise UnsafeDocumentError(self.path, f"part {info.filename} inflates to {info.file_size} bytes (zip bomb?)")
        self.names = {i.filename for i in infos}
        self._cache: dict[str, etree._Element | None] = {}
        if "[Content_Types].xml" not in self.names:
            raise InputError(self.path, "not a .docx file (no [Content_Types].xml)")
        types = self.read("[Content_Types].xml").decode("utf-8", "replace")
        if any(t in types for t in _MACRO_TYPES):
            raise UnsafeDocumentError(self.path, "macro-enabled documents (.docm) are not accepted; save as .docx")
        self.main = self._main_part()

    def _main_part(self) -> str:
        rels = self.xml("_rels/.rels")
        if rels is not None:
            for rel in rels.iter(f"{{{_REL_NS}}}Relationship"):
                if rel.get("Type") == _OFFICE_DOC:
                    return rel.get("Target", "").lstrip("/")
        if "word/document.xml" in self.names:
            return "word/document.xml"
        raise InputError(self.path, "not a Word document (no main document part)")

    def read(self, name: str) -> bytes:
        """The bytes of a part, read with a hard cap whatever its header claims."""
        try:
            with self.zip.open(name) as fh:
                data = fh.read(MAX_PART_BYTES + 1)
        except KeyError:
            raise InputError(self.path, f"missing part {name}") from None
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
            raise InputError(self.path, f"corrupt part {name}: {exc}") from None
        if len(data) > MAX_PART_BYTES:
            raise UnsafeDocumentError(self.path, f"part {name} is larger than {MAX_PART_BYTES} bytes (zip bomb?)")
        return data

    def xml(self, name: str) -> etree._Element | None:
        """The parsed part, or None when absent. DOCTYPE and entities are refused."""
        if name in self._cache:
            return self._cache[name]
        if name not in self.names:
            return None
        data = self.read(name)
        # Markup can only hold "<!" in a DOCTYPE, comment or CDATA; a DOCTYPE is how
        # entity expansion (XXE, billion laughs) gets in, so refuse it outright.
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise UnsafeDocumentError(self.path, f"part {name} contains a DOCTYPE or entity declaration")
        try:
            root = etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise InputError(self.path, f"part {name} is not well-formed XML: {exc}") from None
        self._cache[name] = root
        return root

    def related(self, part: str, rel_type_suffix: str) -> str | None:
        """The part related to ``part`` by a relationship whose type ends with the suffix."""
        folder, base = posixpath.split(part)
        rels = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        if rels is None:
            return None
        for rel in rels.iter(f"{{{_REL_NS}}}Relationship"):
            if rel.get("Type", "").endswith(rel_type_suffix) and rel.get("TargetMode") != "External":
                return posixpath.normpath(posixpath.join(folder, rel.get("Target", ""))).lstrip("/")
        return None

    def close(self) -> None:
        self.zip.close()
