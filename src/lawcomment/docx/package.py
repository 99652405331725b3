"""Open a .docx safely: zip checks, size caps against zip bombs, XML without DOCTYPE or entities.

Every failure is an UnsafeDocumentError or InputError that names the file. The caps are in
:mod:`lawcomment.limits`; each is checked before the work it bounds: the zip's central
directory before it is read, the declared sizes before any part is inflated, each part
while it is inflated (in chunks, stopping at the cap, whatever its headers claim), and a
part's markup before it is parsed.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from lxml import etree

from ..errors import InputError, UnsafeDocumentError
from ..limits import (
    MAX_DECLARED_BYTES,
    MAX_DIRECTORY_BYTES,
    MAX_PART_BYTES,
    MAX_RATIO,
    MAX_READ_BYTES,
    MAX_XML_DEPTH,  # fmt: skip
    MAX_XML_NODES,
    MAX_ZIP_ENTRIES,
    RATIO_FLOOR,
    count,
)

#: Kept for callers that imported them from here; the caps live in lawcomment.limits.
MAX_TOTAL_BYTES = MAX_DECLARED_BYTES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOC = R + "/officeDocument"
_MACRO_TYPES = ("macroEnabled", "vbaProject")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1024 * 1024
#: Word writes parts stored or deflated. Other methods are refused before inflating:
#: zipfile inflates bzip2 and LZMA without an output bound, so one read could be a bomb.
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_METHOD_NAMES = {zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "LZMA", 9: "Deflate64", 93: "Zstandard", 99: "AES"}

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True)  # fmt: skip


def _directory(path: Path) -> tuple[int, int] | None:
    """(entries, central directory bytes) from the end record, or None when there is none."""
    try:
        with path.open("rb") as fh:
            end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]  # stable since Python 2
    except Exception:  # noqa: BLE001 - an unreadable end record: ZipFile says why below
        return None
    if not end:
        return None
    return int(end[zipfile._ECD_ENTRIES_TOTAL]), int(end[zipfile._ECD_SIZE])  # type: ignore[attr-defined]


def _zip_problem(exc: BaseException) -> str:
    """What zipfile's exception on a crafted file means, for the member who sent it."""
    if isinstance(exc, UnicodeDecodeError):
        return "a corrupt zip: an entry name is not valid UTF-8"
    if isinstance(exc, NotImplementedError):
        version = re.match(r"zip file version ([\d.]+)", str(exc))
        return f"an unsupported zip: it needs zip version {version[1]}" if version else f"an unsupported zip: {exc}"
    return f"a corrupt zip: {exc or type(exc).__name__}"


#: What a file renamed .docx often is, by how it opens.
_OTHER_FORMATS = ((b"%PDF", "a PDF file"), (b"{\\rtf", "an RTF file"))
#: The names (UTF-16LE, as a compound file's directory holds them) of the stream an encrypted .docx
#: keeps its package in, and of an old .doc's text.
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_OLD_DOC = "WordDocument".encode("utf-16-le")


def _ole_kind(path: Path) -> str:
    """What a compound (OLE) file named .docx is, told by its directory's stream names: an encrypted
    .docx, an old .doc, or (neither found) either one."""
    with path.open("rb") as fh:
        data = fh.read(8 * 2**20)  # (the directory of a file this size lies in it; a bigger one is read in part)
    if _ENCRYPTED in data:
        return "this is an encrypted (password-protected) Word file; remove the password and save it as .docx"
    if _OLD_DOC in data:
        return "this is an old Word 97-2003 .doc file; open it in Word and save it as .docx"
    return "this is an encrypted (password-protected) Word file or an old .doc; save it as an unprotected .docx"


class DocxPackage:
    """A .docx opened for reading; parts are parsed on demand and cached."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        p = Path(path)
        try:
            with p.open("rb") as fh:
                head = fh.read(8)
        except FileNotFoundError:
            raise InputError(self.path, "no such file") from None
        except IsADirectoryError:
            raise InputError(self.path, "is a directory, not a file") from None
        if head == _OLE_MAGIC:
            raise UnsafeDocumentError(self.path, _ole_kind(p))
        if not head:
            raise InputError(self.path, "the file is empty")
        other = next((what for magic, what in _OTHER_FORMATS if head.startswith(magic)), None)
        if other is not None:  # (a trial's PDF renamed .docx was told "not a zip archive, or a corrupt one")
            raise InputError(self.path, f"this is {other}, not a Word .docx file: open it and save it as .docx (Word's "
                                        "own file, with its tracked changes and comments, when there are some)")  # fmt: skip
        directory = _directory(p)
        if directory is not None and (directory[0] > MAX_ZIP_ENTRIES or directory[1] > MAX_DIRECTORY_BYTES):
            raise UnsafeDocumentError(self.path, f"the zip lists {count(directory[0])} entries in "
                                      f"{count(directory[1])} bytes; a .docx may have at most "
                                      f"{count(MAX_ZIP_ENTRIES)}")  # fmt: skip
        try:
            self.zip = zipfile.ZipFile(p)
        except (zipfile.BadZipFile, OSError, EOFError):
            raise InputError(self.path, "not a .docx file (not a zip archive, or a corrupt one)") from None
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:  # noqa: BLE001 - zipfile on a crafted file: UnicodeDecodeError, NotImplementedError, ...
            raise InputError(self.path, f"not a .docx file ({_zip_problem(exc)})") from None
        self.read_bytes = 0  # inflated bytes read so far, all parts
        self.sizes: dict[str, int] = {}  # inflated size of each part read
        try:
            self._check_directory()
        except BaseException:
            self.zip.close()
            raise

    def _check_directory(self) -> None:
        infos = self.zip.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise UnsafeDocumentError(self.path, f"the zip lists {count(len(infos))} entries; a .docx may have "
                                      f"at most {count(MAX_ZIP_ENTRIES)}")  # fmt: skip
        total = sum(i.file_size for i in infos)
        if total > MAX_DECLARED_BYTES:
            raise UnsafeDocumentError(self.path, f"uncompressed size {total} bytes exceeds {MAX_DECLARED_BYTES} (zip bomb?)")
        for info in infos:
            if info.file_size > MAX_PART_BYTES or (
                info.compress_size and info.file_size > RATIO_FLOOR and info.file_size / info.compress_size > MAX_RATIO
            ):
                raise UnsafeDocumentError(self.path, f"part {info.filename} inflates to {info.file_size} bytes (zip bomb?)")
        self.names = {i.filename for i in infos}
        self._cache: dict[str, etree._Element | None] = {}
        if "[Content_Types].xml" not in self.names:
            raise InputError(self.path, "not a .docx file (no [Content_Types].xml)")
        raw = self.read("[Content_Types].xml")
        types = self.xml("[Content_Types].xml")
        declared = [el.get("ContentType") or "" for el in types.iter()] if types is not None else []
        if any(t in c for t in _MACRO_TYPES for c in [*declared, raw.decode("utf-8", "replace")]):
            raise UnsafeDocumentError(self.path, "macro-enabled documents (.docm) are not accepted; save as .docx")
        self.main = self._main_part()
        self._refuse_another_package()

    def _main_part(self) -> str:
        rels = self.xml("_rels/.rels")
        if rels is not None:
            for rel in rels.iter(f"{{{_REL_NS}}}Relationship"):
                if rel.get("Type") == _OFFICE_DOC:
                    return rel.get("Target", "").lstrip("/")
        if "word/document.xml" in self.names:
            return "word/document.xml"
        raise InputError(self.path, "not a Word document (no main document part)")

    def _refuse_another_package(self) -> None:
        """Refuse an Excel workbook or a PowerPoint file renamed .docx (a zip package too, its main
        part no document): said what it is, never "the document has no body" (a trial's)."""
        if self.main.startswith("word/") or any(n.startswith("word/") for n in self.names):
            return
        for part, what, suffix in (("xl/", "an Excel workbook", ".xlsx"), ("ppt/", "a PowerPoint file", ".pptx")):
            if self.main.startswith(part) or any(n.startswith(part) for n in self.names):
                how = (" (a comment sheet is imported as .xlsx with the lawcomment-xlsx plugin, or saved as CSV)"
                       if suffix == ".xlsx" else "")  # fmt: skip
                raise InputError(self.path, f"this is {what} renamed .docx, not a Word document: give it its own name, "
                                            f"{suffix}{how}")  # fmt: skip

    def read(self, name: str) -> bytes:
        """The bytes of a part, inflated in chunks and refused at the cap whatever its headers claim."""
        try:
            info = self.zip.getinfo(name)
        except KeyError:
            raise InputError(self.path, f"missing part {name}") from None
        if info.compress_type not in _METHODS:
            method = _METHOD_NAMES.get(info.compress_type, f"method {info.compress_type}")
            raise UnsafeDocumentError(self.path, f"part {name} is compressed with {method}; Word writes only deflate")
        if info.flag_bits & 0x1:
            raise UnsafeDocumentError(self.path, f"part {name} is encrypted; save the file as an unprotected .docx")
        out = bytearray()
        limit = min(MAX_PART_BYTES, MAX_READ_BYTES - self.read_bytes)
        try:
            with self.zip.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    out += chunk
                    if len(out) > limit:
                        if limit < MAX_PART_BYTES:
                            raise UnsafeDocumentError(self.path, f"the parts read inflate past "
                                                      f"{count(MAX_READ_BYTES)} bytes (zip bomb?)")  # fmt: skip
                        raise UnsafeDocumentError(self.path, f"part {name} inflates past {count(MAX_PART_BYTES)} "
                                                  "bytes (zip bomb?)")  # fmt: skip
                    if len(out) > RATIO_FLOOR and len(out) > MAX_RATIO * max(info.compress_size, 1):
                        raise UnsafeDocumentError(self.path, f"part {name} inflates to more than {MAX_RATIO} times "
                                                  "its compressed size (zip bomb?)")  # fmt: skip
        except InputError:
            raise
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:  # noqa: BLE001 - zlib.error, BadZipFile (bad CRC), EOFError, NotImplementedError, ...
            raise InputError(self.path, f"corrupt part {name}: {exc or type(exc).__name__}") from None
        self.read_bytes += len(out)
        self.sizes[name] = len(out)
        return bytes(out)

    def xml(self, name: str) -> etree._Element | None:
        """The parsed part, or None when absent. DOCTYPE and entities are refused, in any encoding."""
        if name in self._cache:
            return self._cache[name]
        if name not in self.names:
            return None
        data = self.read(name)
        # A DOCTYPE is how entity expansion (XXE, billion laughs) gets in: refuse it outright.
        # This byte test is a shortcut for UTF-8; the tree is checked again after parsing.
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise UnsafeDocumentError(self.path, f"part {name} contains a DOCTYPE or entity declaration")
        # Every element needs a "<" and every attribute a "=" (in UTF-8 and UTF-16 alike): a bound
        # on the tree's size, taken before lxml builds it (about 200 bytes a node).
        if data.count(b"<") + data.count(b"=") > MAX_XML_NODES:
            raise UnsafeDocumentError(self.path, f"part {name} has more than {count(MAX_XML_NODES)} XML elements "
                                      "and attributes (the limit)")  # fmt: skip
        try:
            root = etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            if "Excessive depth" in str(exc):
                raise UnsafeDocumentError(self.path, f"part {name} nests elements more than {MAX_XML_DEPTH} "
                                          "levels deep (the limit)") from None  # fmt: skip
            raise InputError(self.path, f"part {name} is not well-formed XML: {exc}") from None
        except ValueError as exc:  # e.g. lxml refusing an encoding declaration it cannot honour
            raise InputError(self.path, f"part {name} is not well-formed XML: {exc}") from None
        info = root.getroottree().docinfo
        if info.doctype or info.internalDTD is not None or info.externalDTD is not None or \
                next(root.iter(etree.Entity), None) is not None:  # fmt: skip
            raise UnsafeDocumentError(self.path, f"part {name} contains a DOCTYPE or entity declaration")
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
