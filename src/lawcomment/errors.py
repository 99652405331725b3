"""The one exception hierarchy of lawcomment; the CLI turns these into ``Error: …`` lines.

    LawcommentError
    ├── InputError            bad input file: names the file and, where known, the line
    │   ├── EncodingError     bytes that do not decode, or decode to implausible text
    │   │   └── ControlCharacterError  a C0 control character in law text (file:line:column)
    │   └── UnsafeDocumentError  zip bombs, DOCTYPE/entities, encrypted or macro files
    │   └── ValidationError   rows of a comment file that fail validation, all listed
    ├── CitationError         a citation or eid that cannot be parsed or resolved
    ├── StoreError            the consultation store cannot do what was asked
    ├── ProfileError          unknown structure profile
    ├── ExportError           an unknown format or option, or an exporter that failed
    ├── AmendmentError        an instruction that cannot be applied to the base law
    └── PluginError           a plugin that fails to load or clashes with another
"""

from __future__ import annotations


class LawcommentError(Exception):
    """Base class of every error lawcomment raises on purpose."""


class InputError(LawcommentError):
    """A file that cannot be read as a draft; the message starts with the file name."""

    def __init__(self, path: str, detail: str, line: int | None = None) -> None:
        self.path = path
        self.detail = detail
        self.line = line
        where = f"{path}: line {line}" if line is not None else path
        super().__init__(f"{where}: {detail}")


class EncodingError(InputError):
    """The bytes of a text file do not decode, or decode only to mojibake."""


class ControlCharacterError(EncodingError):
    """Law text holding a C0 control character other than TAB, LF and CR; the message is
    ``file:line:column: control character U+001B (ESC) …``, as compilers print positions."""

    def __init__(self, path: str, line: int, column: int, detail: str) -> None:
        LawcommentError.__init__(self, f"{path}:{line}:{column}: {detail}")
        self.path, self.line, self.column, self.detail = path, line, column, detail


class UnsafeDocumentError(InputError):
    """A document refused for safety: zip bomb, DOCTYPE or entities, encryption, macros."""


class ValidationError(InputError):
    """Some rows (or form rows, or Word authors) of an input file are invalid; all are listed."""

    def __init__(self, path: str, problems: list[str], summary: str = "") -> None:
        self.problems = list(problems)
        head = summary or f"{len(problems)} invalid row(s); nothing was imported"
        super().__init__(path, "\n".join([head, *(f"  {p}" for p in problems)]))


class CitationError(LawcommentError):
    """A citation (第十二条第二款, Article 12(2)) or eid that cannot be parsed or resolved."""


class StoreError(LawcommentError):
    """No store, an unknown draft or member, or a write that would lose or clash with data."""


class NothingChanged(StoreError):
    """A write that would change nothing: the comment is there already, word for word, or an
    edit leaves it as it reads. Nothing is wrong; a caller may say so as a notice."""


class TranslationError(LawcommentError):
    """A translation that does not render the draft it is given for (another law, another
    version): the message names the first places that disagree."""


class ProfileError(LawcommentError):
    """An unknown structure profile was asked for."""


class ExportError(LawcommentError):
    """An export that cannot be made: unknown format or option, or a failing exporter."""


class AmendmentError(LawcommentError):
    """An instruction that cannot be applied: a missing unit, words not found, two edits of
    the same span. The message names the instruction (line and item of the instrument)."""


class PluginError(LawcommentError):
    """A plugin failed to load, or two plugins registered the same name."""


class PluginWarning(UserWarning):
    """A plugin that could not be loaded, or could not add its commands; the others still work.
    (A warning, not an error: it lives here so that printing it never loads the plugin manager.)"""
