"""The verbs that go through the plugin registries: read a draft with the registered importers
and profiles, align two versions with the registered aligner, export a consultation with the
registered exporters, apply an amendment instrument with the law's profile."""

from __future__ import annotations

import errno
import io
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .drafts.parse import parse_source
from .drafts.profiles import Profile, detect_profile
from .drafts.source import Source, plain_block
from .errors import ExportError, InputError, PluginError, ProfileError
from .importers import Importer
from .model import Draft
from .plugins import exporters, get_plugin_manager, importers, profiles

if TYPE_CHECKING:
    from .exports.contract import ExportOptions, Exporter
    from .exports.view import Consultation
    from .review.align import Alignment


def read_source(path: str | Path, encoding: str | None = None, registry: dict[str, Importer] | None = None) -> Source:
    """Read ``path`` with the importer registered for its suffix."""
    p = Path(path)
    if not p.exists():
        raise InputError(str(path), "no such file")
    if p.is_dir():
        raise InputError(str(path), "is a directory, not a file")
    table = registry if registry is not None else importers()
    importer = table.get(p.suffix.lower())
    if importer is None:
        known = ", ".join(sorted(table))
        # what to do about it: a trial gave a bill's USLM XML and read only the known suffixes
        raise InputError(str(path), f"no importer for {p.suffix or 'files without a suffix'!r} (known: {known}); "
                                    "save the draft as Word (.docx), text (.txt) or Markdown (.md), or install the "
                                    "plugin that reads its format (lawcomment plugins lists them; docs/drafts.md)")
    return importer.read(p, encoding)


def get_profile(name: str) -> Profile:
    """The registered profile called ``name``; ProfileError lists the known ones."""
    table = profiles()
    if name not in table:
        raise ProfileError(f"unknown profile {name!r} (known: {', '.join(sorted(table))})")
    return table[name]


def parse(source: Source, profile: str | Profile | None = None) -> Draft:
    """Parse importer output; ``profile`` is a name, a Profile, or None to detect it."""
    if isinstance(profile, str):
        chosen = get_profile(profile)
    elif profile is None:
        chosen = detect_profile([b.display for b in source.blocks], list(profiles().values()))
    else:
        chosen = profile
    return parse_source(source, chosen)


def load_draft(path: str | Path, profile: str | Profile | None = None, encoding: str | None = None) -> Draft:
    """Read and split a draft file (.docx, .md, .txt or any plugin format)."""
    return parse(read_source(path, encoding), profile)


def parse_text(text: str, profile: str | Profile | None = None, name: str = "<text>") -> Draft:
    """Split a draft given as a string, one paragraph per line (like a .txt file)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = tuple(plain_block(line, n) for n, line in enumerate(lines, 1) if line.strip())
    return parse(Source(name, blocks), profile)


def align_versions(old: Draft, new: Draft) -> Alignment:
    """Align two versions through the ``align_drafts`` hook (the built-in aligner unless a
    plugin answers first); an answer that drops or repeats an article is a PluginError."""
    from .review.align import Alignment  # the aligner's module, loaded when versions are aligned

    pm = get_plugin_manager()
    result = pm.hook.align_drafts(old=old, new=new)
    if not isinstance(result, Alignment):
        raise PluginError(f"align_drafts returned {type(result).__name__}, not an Alignment")
    for side, draft, pick in (("old", old, lambda e: e.old), ("new", new, lambda e: e.new)):
        seen = Counter(eid for e in result.entries for eid in pick(e))
        want = [v.unit.eid for v in draft.articles()]
        if seen != Counter(want):
            missing = sorted(set(want) - set(seen))[:5]
            extra = sorted(e for e, n in seen.items() if n > 1 or e not in want)[:5]
            raise PluginError(f"the {result.method!r} aligner does not list every {side} article exactly once "
                              f"(missing: {', '.join(missing) or 'none'}; repeated or unknown: {', '.join(extra) or 'none'})")
    return result


def check_options(options: ExportOptions) -> None:
    """ExportError for a layout, language or attribution that does not exist, or a clash."""
    from .exports.contract import ATTRIBUTIONS, LAYOUTS  # (split and merge never load the export contract)
    from .exports.labels import LANGS

    for value, allowed, what in ((options.layout, LAYOUTS, "layout"), (options.lang, LANGS, "language"),
                                 (options.attribute, ATTRIBUTIONS, "attribution")):  # fmt: skip
        if value not in allowed:
            raise ExportError(f"unknown {what} {value!r} (use {' or '.join(allowed)})")
    if options.date:
        try:
            options.timestamp
        except ValueError:
            raise ExportError(f"--date {options.date!r} is not an ISO 8601 date (2026-11-21 or "
                              "2026-11-21T09:00:00Z)") from None
    if options.timezone:
        try:
            options.day
        except ValueError as exc:
            raise ExportError(f"--timezone: {exc}") from None
    if options.anonymous and options.attribute == "members":
        raise ExportError("--anonymous hides the members, so it cannot attribute changes to them "
                          "(drop --attribute members)")  # fmt: skip
    if options.parallel and (options.parallel not in LANGS or options.parallel == options.lang):
        raise ExportError(f"unknown language pair {options.lang}+{options.parallel} (use zh+en or en+zh)")


def _check_bilingual(view: Consultation, fmt: str, exporter: Exporter, options: ExportOptions) -> None:
    """ExportError when a second language is asked of a one-language format, or of a draft
    without a translation into it."""
    if not options.parallel:
        return
    from .exports.labels import LANGUAGE_NAMES

    pair = f"{options.lang}+{options.parallel}"
    if not exporter.bilingual:
        bilingual = sorted(name for name, e in exporters().items() if e.bilingual)
        raise ExportError(f"the {fmt!r} format is in one language; --lang {pair} applies to "
                          f"{', '.join(bilingual)}")  # fmt: skip
    names = LANGUAGE_NAMES["en"]
    if options.parallel == view.lang:
        raise ExportError(f"{view.ref} is in {names[view.lang]}: its translation prints beside it with "
                          f"--lang {view.lang}+{'zh' if view.lang == 'en' else 'en'}")  # fmt: skip
    if view.translation is None or view.translation.lang != options.parallel:
        raise ExportError(f"{view.ref} has no {names[options.parallel]} translation to print beside it (--lang {pair}): "
                          f"add one with `lawcomment draft add DRAFT --name NAME --version N --translation FILE "
                          f"--translation-lang {options.parallel}`")  # fmt: skip


def export(view: Consultation, fmt: str, path: str | Path | None = None,
           options: ExportOptions | None = None) -> bytes:  # fmt: skip
    """Render ``view`` in format ``fmt`` (``docx``, ``html``, ``md``, ``json``, ``csv`` or a
    plugin's) and return the bytes; with ``path``, also write them there atomically.

    An exporter that raises leaves no file behind: ExportError names the format and plugin.
    """
    from .atomic import write_atomic
    from .exports.contract import ExportOptions

    exporter, options = _exporter(view, fmt, path, options or ExportOptions())
    out = io.BytesIO()
    _render(view, fmt, exporter, options, out)
    data = out.getvalue()
    if path is not None:
        write_atomic(path, data)
    return data


def _render(view: Consultation, fmt: str, exporter: Exporter, options: ExportOptions, out: BinaryIO) -> None:
    """``exporter`` (checked by :func:`_exporter`) writing ``view`` to ``out``; its failure an ExportError."""
    view = view.with_unreviewed(options.include_unreviewed)  # the view holds what these options submit, whoever built it
    try:
        exporter.export(view, out, options)
    except Exception as exc:
        if isinstance(exc, OSError) and exc.errno in _DISK_ERRORS:  # the file's disk, said as any full disk is
            raise
        raise ExportError(f"the {fmt!r} exporter failed: {type(exc).__name__}: {exc}") from exc


#: What writing a file can meet that is no exporter's doing (it writes straight into the file)
_DISK_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG, errno.EROFS})


def _exporter(view: Consultation, fmt: str, path: str | Path | None, options: ExportOptions) -> tuple[Exporter, ExportOptions]:
    """The exporter of ``fmt`` and the options it is run with (the suffix of ``path``'s name,
    unless the options name one), or an ExportError saying why it cannot write that."""
    check_options(options)
    table = exporters()
    if fmt not in table:
        raise ExportError(f"unknown format {fmt!r} (known: {', '.join(sorted(table))})")
    exporter = table[fmt]
    _check_bilingual(view, fmt, exporter, options)
    if path is not None and not options.suffix:
        options = replace(options, suffix=Path(path).suffix.lower())
    own = (exporter.suffix, *exporter.suffixes)
    # a file named for another kind of document (sub.pdf for the Word submission) is never written: its
    # reader would open it as that kind, or not at all (a new user's trial)
    if options.suffix and options.suffix not in own and (exporter.suffixes or options.suffix in _DOCUMENTS):
        pdf = " (a PDF: open the .docx in Word or LibreOffice and save it as PDF)" if options.suffix == ".pdf" else ""
        raise ExportError(f"the {fmt!r} format writes {', '.join(own)} files, not {options.suffix}{pdf}")
    return exporter, options


#: About what making a format costs, per comment of the view, in the weights of write_apart (a
#: comment's row on the review page: one), as measured at NPC scale; a format not named, half a row.
_COST_PER_COMMENT = {"json": 0.9, "csv": 0.75, "docx": 0.6}


def _cost(view: Consultation, fmt: str) -> int:
    return max(1, int(len(view.comments) * _COST_PER_COMMENT.get(fmt, 0.5)))


#: Suffixes of documents refused for a format that writes another kind: office documents, and the
#: built-in formats' own (a plugin's own, .xml say, are left to the user).
_DOCUMENTS = frozenset({".pdf", ".doc", ".odt", ".rtf", ".xls", ".xlsx", ".pptx", ".wps", ".docx", ".html", ".json",
                        ".csv", ".md"})


def export_files(view: Consultation, targets: Sequence[tuple[str, str | Path]], options: ExportOptions | None = None,
                 *, workers: int = 1) -> None:  # fmt: skip
    """Write ``view`` in each ``(format, path)`` of ``targets``, as :func:`export` writes one,
    all or none: every target is checked first, each format goes into a temporary file beside
    its target, and only once every format is done are they put in place; a format that fails
    raises here, as in :func:`export`, and leaves no file behind (nor do SIGTERM and SIGHUP,
    in the main thread). With ``workers`` > 1 the formats are rendered side by side by forked
    workers (:func:`lawcomment.workers.map_chunks`). The near-duplicate groups a format asks for
    (``Exporter.groups``) are worked out first, so that the view holds them afterwards
    (``view.worked_out_groups()``) whoever rendered the format: by one worker while the others
    render the formats that never read them, or shared out among the workers when every format
    reads them; a format that shares itself out among the workers (``Exporter.apart``) is made
    first, alone, with the groups it shows, then the others among the workers."""
    from .atomic import install, prepare, terminated_by_exception
    from .exports.contract import ExportOptions
    from .exports.view import alongside as hand_over
    from .workers import map_chunks

    base = options or ExportOptions()
    # each format with the options it runs with (the suffix of the name given: a link's target
    # may be named otherwise), all checked before any folder or file is made
    checked = [(fmt, path, *_exporter(view, fmt, path, base)) for fmt, path in targets]
    grouping = workers > 1 and len(targets) > 1 and any(exporter.groups for _, _, exporter, _ in checked)
    # groups neither worked out nor kept by the store, and a format that never reads them: it is
    # rendered while one worker works them out, not after the workers worked them out together
    # (grouping shares out less well than whole formats: the four at NPC scale 0.3 s faster)
    alongside = (grouping and view.near.read is None and view.near.by_article is None
                 and not all(exporter.groups for _, _, exporter, _ in checked))  # fmt: skip
    if grouping and not alongside and not any(exporter.apart for _, _, exporter, _ in checked):
        view.group_near_duplicates()  # the workers share it out; the formats then only read it
    prepared: list[tuple[str, ExportOptions, Path, Path]] = []  # format, its options, file, temporary file
    with terminated_by_exception():
        try:
            for fmt, path, _, options in checked:
                target, tmp = prepare(path)
                prepared.append((fmt, options, target, tmp))
                if any(os.path.realpath(target) == os.path.realpath(other) for _, _, other, _ in prepared[:-1]):
                    raise ExportError(f"{path}: the same file as another format's; export them one at a time")

            formats = {fmt: exporter for fmt, _, exporter, _ in checked}

            def render(chunk: Sequence[tuple[str, ExportOptions, Path, Path]]) -> int:
                # each format straight into its file: never the whole of it in memory (the JSON of
                # a million comments is 1.5 GB)
                for fmt, options, _, tmp in chunk:
                    with tmp.open("wb") as out:
                        _render(view, fmt, formats[fmt], options, out)
                return len(chunk)

            # a format that shares itself out (the review page, with the groups it shows) first, alone, then the
            # others among the workers, the groups worked out by then: grouping and the review page, the long
            # parts, shared out together, not the groups by one worker while the other makes the short formats
            apart = [p for p in prepared if formats[p[0]].apart] if workers > 1 and len(prepared) > 1 else []
            if apart:
                rest = [p for p in prepared if p not in apart]
                # the others made whole by the same workers, beside the pieces of the first that shares itself
                # out (one set of workers, each copying the pages it touches, not two), unless one of them reads
                # groups the view has not got yet (it would work them out alone, in its worker)
                together = not any(formats[p[0]].groups for p in rest) or view.near.by_article is not None
                jobs = [(partial(render, [p]), _cost(view, p[0])) for p in rest] if together else []
                with hand_over(jobs) as left:
                    for job in apart:
                        render([job])
                # (those no format took, or all when none were handed over)
                undone = [p for p, job in zip(rest, jobs, strict=True) if job in left] if together else rest
                map_chunks(render, undone, workers=workers, min_jobs=2)
            elif alongside:
                reads = [exporter.groups for _, _, exporter, _ in checked]
                first = [p for p, r in zip(prepared, reads, strict=True) if not r]

                from .review.grouping import group_comments

                def group_or_render(chunk: Sequence[tuple[str, ExportOptions, Path, Path] | None]) -> Any:
                    groups = None
                    for job in chunk:  # None: the groups' job (first, so that it starts first)
                        if job is None:
                            groups = group_comments(view.draft, view.comments)
                        else:
                            render([job])
                    return groups

                done = map_chunks(group_or_render, [None, *first], workers=workers, min_jobs=2)
                view.near.fill(next(g for g in done if g is not None), kept=False)
                map_chunks(render, [p for p, r in zip(prepared, reads, strict=True) if r], workers=workers,
                           min_jobs=2)  # fmt: skip
            else:
                map_chunks(render, prepared, workers=workers, min_jobs=2)
            for _, _, target, tmp in prepared:
                install(tmp, target)
        finally:
            for *_, tmp in prepared:
                tmp.unlink(missing_ok=True)
