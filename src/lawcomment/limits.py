"""The caps on untrusted input: every file a member sends is read within these bounds.

Each cap is checked before the work it bounds (on the zip's headers, on a part's bytes
before it is parsed, on the paragraphs before they are rendered), and a file past a cap
is refused with ``Error: <file>: <reason>`` naming the cap, never read in part. Inside
the caps any file is read in at most 10 s and 500 MB on a 2-core machine
(``benchmarks/bench_hostile.py`` measures the worst files we know how to build).

=========================  ===============  ==========================================
cap                        value            what it bounds
=========================  ===============  ==========================================
MAX_TEXT_BYTES             8 MiB            a .txt or .md draft on disk
MAX_DATA_BYTES             128 MiB          a .csv, .json or .jsonl file of comments or
                                            members, or an author map, on disk
MAX_CELL_CHARS             32,767           characters of one cell of a comment sheet
                                            (.csv, .xlsx): Excel's own limit
MAX_TEXT_CHARS             1,000,000        characters of text in one draft (any format)
MAX_PARAGRAPHS             20,000           paragraphs (.docx, table cells and notes
                                            included) or non-blank lines (.txt, .md)
MAX_ARTICLES               5,000            articles of one draft
MAX_ZIP_ENTRIES            10,000           entries in a .docx zip (and 10 MiB of central
                                            directory, read before any entry)
MAX_DECLARED_BYTES         512 MiB          sum of the sizes the zip's headers declare
MAX_PART_BYTES             64 MiB           one XML part, inflated (header and stream)
MAX_READ_BYTES             128 MiB          all the parts read from one file, inflated
MAX_RATIO                  200              inflated / compressed size of a part > 1 MiB
MAX_XML_NODES              1,000,000        elements and attributes of one XML part,
                                            counted on its bytes before parsing
MAX_XML_DEPTH              256              element nesting (libxml2's own limit)
MAX_LIST_NUMBER            32,767           a list's start or restart value (Word's own)
MAX_LIST_LEVEL             8                list levels 0–8 (Word's own)
MAX_LABEL_CHARS            100              one rendered list label
(labels, total)            part size        all list labels together: no more characters
                                            than the document part has bytes
MAX_STYLE_DEPTH            64               a style's basedOn chain
MAX_COMMENTS               2,000            Word comments in one file
MAX_AUTHORS                100              distinct revision and comment authors
MAX_REVIEW_WORK            200,000          a marked-up import: revision authors × paragraphs
MAX_REVIEW_CHARS           15,000,000       a marked-up import: revision authors × characters
                                            (each author's changes are read in a view of the
                                            whole document, so the work grows with both)
=========================  ===============  ==========================================

For scale: the Civil Code (民法典), the longest PRC law, has 1,260 articles, about 4,600
paragraphs and 112,000 characters, so each draft cap is 4 to 9 times what a real law needs;
a marked-up copy of the Civil Code may carry the changes of 43 authors.
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError

MiB = 1024 * 1024

MAX_TEXT_BYTES = 8 * MiB
MAX_DATA_BYTES = 128 * MiB
MAX_CELL_CHARS = 32_767
MAX_TEXT_CHARS = 1_000_000
MAX_PARAGRAPHS = 20_000
MAX_ARTICLES = 5_000

MAX_ZIP_ENTRIES = 10_000
MAX_DIRECTORY_BYTES = 10 * MiB
MAX_DECLARED_BYTES = 512 * MiB
MAX_PART_BYTES = 64 * MiB
MAX_READ_BYTES = 128 * MiB
MAX_RATIO = 200
RATIO_FLOOR = 1 * MiB  # parts smaller than this are never a zip bomb, whatever their ratio
MAX_XML_NODES = 1_000_000
MAX_XML_DEPTH = 256

MAX_LIST_NUMBER = 32_767
MAX_LIST_LEVEL = 8
MAX_LABEL_CHARS = 100
MAX_STYLE_DEPTH = 64
MAX_COMMENTS = 2_000
MAX_AUTHORS = 100
MAX_REVIEW_WORK = 200_000
MAX_REVIEW_CHARS = 15_000_000


class LimitExceeded(ValueError):
    """A cap was passed deep inside a reader that does not know the file's name; the
    reader's entry point turns it into an UnsafeDocumentError naming the file."""


def count(n: int) -> str:
    """A number as the messages print it: 50,000."""
    return f"{n:,}"


def read_capped(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, refused before reading if it holds more than ``limit``."""
    try:
        size = path.stat().st_size
        if size > limit:
            mib = f" ({limit // MiB} MiB)" if limit >= MiB else ""
            raise InputError(str(path), f"file is {count(size)} bytes; the limit for {what} is {count(limit)}{mib}")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise InputError(str(path), f"file is over {count(limit)} bytes, the limit for {what}")
    return data
