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
MAX_TEXT_CHARS             2,000,000        characters of text in one draft (any format)
MAX_PARAGRAPHS             50,000           paragraphs (.docx, table cells included) or
                                            non-blank lines (.txt, .md) of one draft
MAX_ARTICLES               10,000           articles of one draft
MAX_ZIP_ENTRIES            10,000           entries in a .docx zip (and 10 MiB of central
                                            directory, read before any entry)
MAX_DECLARED_BYTES         512 MiB          sum of the sizes the zip's headers declare
MAX_PART_BYTES             64 MiB           one XML part, inflated (header and stream)
MAX_READ_BYTES             128 MiB          all the parts read from one file, inflated
MAX_RATIO                  200              inflated / compressed size of a part > 1 MiB
MAX_XML_NODES              2,000,000        elements and attributes of one XML part,
                                            counted on its bytes before parsing
MAX_XML_DEPTH              256              element nesting (libxml2's own limit)
MAX_LIST_NUMBER            32,767           a list's start or restart value (Word's own)
MAX_LIST_LEVEL             8                list levels 0–8 (Word's own)
MAX_LABEL_CHARS            100              one rendered list label
(labels, total)            part size        all list labels together: no more characters
                                            than the document part has bytes
MAX_STYLE_DEPTH            64               a style's basedOn chain
MAX_COMMENTS               5,000            Word comments in one file
MAX_AUTHORS                100              distinct revision and comment authors
=========================  ===============  ==========================================

For scale: the Civil Code (民法典), the longest PRC law, has 1,260 articles, about 4,600
paragraphs and 110,000 characters, so each draft cap is 8 to 18 times what a real law needs.
"""

from __future__ import annotations

MiB = 1024 * 1024

MAX_TEXT_BYTES = 8 * MiB
MAX_TEXT_CHARS = 2_000_000
MAX_PARAGRAPHS = 50_000
MAX_ARTICLES = 10_000

MAX_ZIP_ENTRIES = 10_000
MAX_DIRECTORY_BYTES = 10 * MiB
MAX_DECLARED_BYTES = 512 * MiB
MAX_PART_BYTES = 64 * MiB
MAX_READ_BYTES = 128 * MiB
MAX_RATIO = 200
RATIO_FLOOR = 1 * MiB  # parts smaller than this are never a zip bomb, whatever their ratio
MAX_XML_NODES = 2_000_000
MAX_XML_DEPTH = 256

MAX_LIST_NUMBER = 32_767
MAX_LIST_LEVEL = 8
MAX_LABEL_CHARS = 100
MAX_STYLE_DEPTH = 64
MAX_COMMENTS = 5_000
MAX_AUTHORS = 100


class LimitExceeded(ValueError):
    """A cap was passed deep inside a reader that does not know the file's name; the
    reader's entry point turns it into an UnsafeDocumentError naming the file."""


def count(n: int) -> str:
    """A number as the messages print it: 50,000."""
    return f"{n:,}"
