"""Read a .docx draft into blocks with our own lxml walker (``docx_markup``).

Handles Word auto-numbering, style names, tables, footnote references, tables of contents,
tracked changes (read as accepted, with a warning) and soft line breaks. Headers and
footers are not part of the body and are never read as law text.
"""

from __future__ import annotations

from pathlib import Path

from ..drafts.source import Source
from ..errors import InputError, UnsafeDocumentError
from ..limits import LimitExceeded
from ..model import Diagnostic, Severity
from .markup import Markup, Rendered, View, raw_text, read_markup, render
from .notes import NotesUnavailable, read_notes
from .package import DocxPackage


def read_checked(pkg: DocxPackage, view: View = View.ALL) -> tuple[Markup, Rendered]:
    """Walk and render a package; malformed numbering or styles become an InputError, and a
    cap of lawcomment.limits passed an UnsafeDocumentError."""
    try:
        markup = read_markup(pkg)
        return markup, render(markup, view)
    except LimitExceeded as exc:
        raise UnsafeDocumentError(pkg.path, str(exc)) from None
    except ValueError as exc:  # e.g. w:ilvl="x" in numbering.xml or styles.xml
        raise InputError(pkg.path, f"malformed numbering or style definitions: {exc}") from None


def render_warnings(markup: Markup, rendered: Rendered) -> list[Diagnostic]:
    """Text boxes and numbering formats the renderer could not print as Word does."""
    diags = []
    if markup.textboxes:
        diags.append(Diagnostic(Severity.WARNING, "text-box", f"{markup.textboxes} text box(es) were not read as law text"))
    if rendered.notes:
        diags.append(Diagnostic(Severity.INFO, "notes", f"{rendered.notes} annotation paragraph(s) in the "
                                                        "Submission Note styles set aside; they are not law text"))  # fmt: skip
    if rendered.numbering is not None and rendered.numbering.unknown_formats:
        fmts = ", ".join(sorted(rendered.numbering.unknown_formats))
        diags.append(Diagnostic(Severity.WARNING, "numbering-format", f"numbering formats {fmts} rendered as decimal"))
    return diags + numbering_warnings(rendered)


def numbering_warnings(rendered: Rendered) -> list[Diagnostic]:
    """Numbered paragraphs whose text Word's numbering does not print as the drafter meant: a
    label typed after the list's own (Word prints both), and an empty paragraph that Word still
    numbers and counts (every later number is one more than it would be without it)."""
    diags = []
    for index, label, typed in rendered.typed_labels:
        if typed == label:
            said = (f"paragraph {index}: Word's numbering prints {label} and the text opens with 「{typed}」 typed "
                    "again (Word shows both): the typed copy is read as the label, once, not as law text; delete the "
                    "typed label or the numbering in the file")  # fmt: skip
        else:
            said = (f"paragraph {index}: Word's numbering prints {label} but the text opens with another label "
                    f"typed, 「{typed}」: read as {label} (the numbering decides: every later number counts on from "
                    f"it), with 「{typed}」 kept as the start of its text; correct the numbering or the typed label "
                    "in the file")  # fmt: skip
        diags.append(Diagnostic(Severity.WARNING, "typed-label", said, index))
    for index, label in rendered.empty_numbered:
        said = (f"paragraph {index} is empty but numbered: Word prints {label} on it and counts it, so it is read "
                f"as {label} with no text, and the numbers after it are Word's (one more each than without it); "
                "delete the paragraph, or its numbering, if it is not meant to be one")  # fmt: skip
        diags.append(Diagnostic(Severity.WARNING, "empty-numbered-paragraph", said, index))
    return diags


def read_docx_source(path: Path) -> Source:
    """Read ``path`` into a Source: blocks in reading order, footnotes, warnings."""
    pkg = DocxPackage(path)
    try:
        markup, view = read_checked(pkg)
        diags: list[Diagnostic] = []
        if markup.revisions:
            diags.append(Diagnostic(Severity.WARNING, "tracked-changes",
                                    f"the document holds {markup.revisions} tracked change(s); read as if all were accepted"))  # fmt: skip
        diags.extend(render_warnings(markup, view))
        if not any(b.text.strip() or b.rows for b in view.blocks) and not view.title:
            raise InputError(str(path), "the document is empty")
        notes: dict[str, str] = {}
        cited = {fid for b in view.blocks for fid in b.footnotes}
        if cited:
            try:
                notes = read_notes(pkg, len(markup.paras()))
            except LimitExceeded as exc:
                raise UnsafeDocumentError(str(path), str(exc)) from None
            except NotesUnavailable as exc:
                diags.append(Diagnostic(Severity.WARNING, "footnotes", f"footnotes could not be read: {exc}"))
            missing = sorted(cited - set(notes))
            if missing:
                diags.append(Diagnostic(Severity.WARNING, "footnotes", f"cited footnotes not found: {', '.join(missing)}"))
        return Source(str(path), tuple(view.blocks), title=view.title, front_matter=tuple(view.front),
                      diagnostics=tuple(diags), footnotes=notes, front_lines=tuple(view.front_lines),
                      raw=raw_text(markup, View.ALL, frozenset((*view.title_paras, *view.front_paras))))  # fmt: skip
    finally:
        pkg.close()
