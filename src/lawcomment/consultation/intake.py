"""Bring drafts, members and comments into the store from every source: the command line,
CSV/JSON/JSONL files, filled comment forms and marked-up Word drafts.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..batch import fingerprinted
from ..comments import Anchor, Comment, CommentSource, Member, NewComment, Role, SourceKind, Stance, Status
from ..drafts.anchors import cite, describe, law_citation, quote_anchor, resolve, unit_body, unit_index, whole_draft
from ..drafts.ids import citation_to_eid
from ..drafts.encoding import decode_text
from ..heap import many_objects
from ..drafts.normalize import invisible_removed
from ..drafts.pairing import HAN, written_in
from ..drafts.serialize import body_separator
from ..errors import CitationError, InputError, NothingChanged, PluginWarning, StoreError, ValidationError
from ..limits import MAX_DATA_BYTES, read_capped
from ..model import Diagnostic, Draft, Unit
from ..plugins import get_plugin_manager
from ..records import ImportReport, StoredDraft, StoredTranslation
from ..review.instructions import instructed_rendering
from ..review.proposals import (
    anchor_partial,
    full_width,
    instruction_lead,
    keep_items,
    law_spacing,
    invisible_note,
    new_article_label,
    new_article_note,
    new_item_lead,
    new_unit_lead,
    closing_mark,
    closing_note,
    kept_mark,
    normalise_comments,
    quoted_wording,
    normalise_proposal,
    typed_label,
    typed_label_note,
    width_note,
)
from ..store import DraftRef, Store
from ..textcheck import bad_character, check_fields, has_separator, line_feeds, remark_breaks
from ..workers import default_workers
from .bulk import (
    BESIDE_FROM,
    JSON_LINES,
    ORG_HEADERS,
    SUPPORT_ONLY,
    Row,
    asks_deletion,
    cells_past,
    committee_reasons,
    encoding_note,
    is_comment,
    not_read,
    parse_stance,
    placeholder,
    placeholder_note,
    placeholder_refusal,
    read_rows,
    spreadsheet_rows,
    support_warning,
    translation_quote,
    unmarked_quote,
    unreadable_type,
    validate,
    whole_draft_stance,
)
from .letterhead import association
from .misfiled import (EarlierFit, Misfiled, fits_earlier, misfiled, misfiled_found, refused_here, replaces_misfiled,
                       whole_article_given)
from .translations import translation_texts

if TYPE_CHECKING:
    from ..amendment.apply import AmendReport
    from ..drafts.pairing import Pairing
    from .decisions import Progress
    from .forms import FilledForm
    from .marked_up import Intake

# Word forms and marked-up drafts (Word, lxml, the aligner), drafts read through the plugins, and
# instruments are imported where they are read: a CSV or JSON import, the common case at scale,
# starts without them.


def file_sha256(path: str | Path) -> str:
    """Hash of a file's bytes; InputError when it cannot be read."""
    p = Path(path)
    try:
        return hashlib.sha256(p.read_bytes()).hexdigest()
    except FileNotFoundError:
        raise InputError(str(p), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(p), "is a directory, not a file") from None


class _Sha256:
    """:func:`file_sha256` of a file worked out in a thread (hashlib and the read let go of the
    interpreter's lock) while this one reads the file's rows: the 20-30 MB of a portal's export
    took 0.04-0.05 s to read and hash before its rows were read. Opened here, so that a file
    that is not there, or a folder, is said first, as file_sha256 says it; called, it waits
    for the hash (or raises what reading the file raised). It must be called before a worker is
    forked (no thread is then left running)."""

    def __init__(self, path: Path) -> None:
        try:
            self._file = path.open("rb")
        except FileNotFoundError:
            raise InputError(str(path), "no such file") from None
        except IsADirectoryError:
            raise InputError(str(path), "is a directory, not a file") from None
        self._hex: str | None = None
        self._failed: BaseException | None = None
        self._thread = threading.Thread(target=self._hash, name="lawcomment-sha256", daemon=True)
        self._thread.start()

    def _hash(self) -> None:
        try:
            with self._file:
                self._hex = hashlib.sha256(self._file.read()).hexdigest()
        except BaseException as exc:  # noqa: BLE001 (raised where the hash is asked for, as file_sha256 raises it)
            self._failed = exc

    def __call__(self) -> str:
        self._thread.join()
        if self._failed is not None:
            raise self._failed
        assert self._hex is not None
        return self._hex


def add_draft_file(store: Store, path: str | Path, name: str, version: str, *, title: str | None = None,
                   profile: str | None = None, encoding: str | None = None, replace: bool = False,
                   reject_changes: bool = False, carried_again: bool = False) -> tuple[StoredDraft, str, tuple[Diagnostic, ...]]:  # fmt: skip
    """Parse a draft file and store it as ``name@version``; returns it, "added"/"unchanged"/"replaced"
    and the parser's warnings with what ``lawcomment check`` finds (a numbering gap, a heading read
    as law text, a dangling reference: the file may be split wrongly, and staff should know before
    members comment on it), in line order. ``reject_changes`` reads a .docx as it was before its
    tracked changes. ``carried_again``: the caller carries the comments carried onto the draft
    again (``carry_forward(…, replaced=…)``), so those untouched never stop the replace."""
    from ..drafts.check import lint
    from ..registry import load_draft, parse
    from .marked_up import original_source

    sha = file_sha256(path)
    if reject_changes:
        if Path(path).suffix.lower() != ".docx":
            raise InputError(str(path), "--reject-changes applies to .docx files only")
        draft = parse(original_source(path), profile)
    else:
        draft = load_draft(path, profile=profile, encoding=encoding)
    if draft.errors:
        first = draft.errors[0]
        raise InputError(str(path), f"{first.code}: {first.message}", first.line)
    stored, status = store.add_draft(draft, name, version, sha, Path(path).name, title=title, replace=replace,
                                     carried_again=carried_again)  # fmt: skip
    found = sorted([*draft.diagnostics, *lint(draft)], key=lambda d: (d.line is None, d.line or 0))
    return stored, status, tuple(found)


def add_translation_file(store: Store, ref: DraftRef, path: str | Path, *, lang: str | None = None,
                         encoding: str | None = None,
                         title: str | None = None) -> tuple[StoredTranslation, str, Pairing, tuple[Diagnostic, ...]]:  # fmt: skip
    """Parse ``path`` as the ``lang`` translation of stored draft ``ref`` (by default: into
    the other language, English for a Chinese draft), pair its units with the draft's and
    keep both; returns it, "added"/"replaced"/"unchanged", the pairing and the parser's
    warnings. ``title`` is the translation's title in the exports (the draft's (Draft), which
    the file's heading may lack: a trial's English letter dropped it); by default the file's.
    A translation of another text is a TranslationError naming where."""
    from ..drafts.pairing import pair_drafts
    from ..registry import load_draft

    stored = store.get_draft(ref)
    if lang is None:
        lang = "zh" if stored.profile.startswith("en") else "en"
    if lang not in ("en", "zh"):
        raise StoreError(f"unknown translation language {lang!r} (use en or zh)")
    translation = load_draft(path, encoding=encoding)
    if translation.errors:
        first = translation.errors[0]
        raise InputError(str(path), f"{first.code}: {first.message}", first.line)
    if title is not None and title.strip():
        translation = replace(translation, title=" ".join(title.split()))
    pairing = pair_drafts(stored.load(), translation, source_name=f"{stored.ref} ({stored.source_file})",
                          target_name=str(path))  # fmt: skip
    sha = file_sha256(path)
    if title is not None and title.strip():  # (the same file titled otherwise is another translation: kept anew)
        import hashlib

        sha = hashlib.sha256(f"{sha}\n{translation.title}".encode()).hexdigest()
    kept, status = store.add_translation(stored, translation, lang, sha, Path(path).name, pairing.to_dict())
    return kept, status, pairing, translation.diagnostics


def write_form(store: Store, ref: DraftRef, path: str | Path, *, member: str | None = None,
               articles: str | None = None, lang: str | None = None) -> tuple[Path, list[str], str]:
    """Write the comment form (意见反馈表) for draft ``ref`` to ``path``; returns the path, the
    articles in it and the language of the law text it prints.

    ``member`` fills in the company; ``articles`` (10-20,25) picks the rows. ``lang`` is
    the form's language, by default the member's (``member add --lang``) where the draft is in it or
    has a translation in it, else the draft's. A
    form in the language of the draft's stored translation prints the translation's words
    (the English working text, article by article as it renders them), and its rows are
    read back as comments on the translation (``comment import``)."""
    from .forms import make_form, select_articles

    stored = store.get_draft(ref)
    found = store.get_member(member) if member else None
    draft_lang = "en" if stored.profile.startswith("en") else "zh"
    if lang is None:
        lang = found.lang if found is not None and found.lang in ("zh", "en") else draft_lang
        if draft_lang == "en" and lang != draft_lang and store.translation(stored, lang) is None:
            lang = draft_lang  # (an English draft with no Chinese text to print: a trial's member got a Chinese form)
    draft = stored.load()
    chosen = select_articles(draft, articles, stored.ref)
    texts = translation_texts(store, stored, lang) if lang != draft_lang else None
    kept = store.translation(stored, lang) if texts is not None else None
    title = (kept.load().title if kept is not None else "") or stored.title
    written = make_form(draft, stored.ref, path, title=title, member=member,
                        member_name=found.org if found is not None else "", articles=chosen, lang=lang,
                        deadline=stored.deadline, texts=texts, text_lang=lang if texts is not None else "",
                        source=stored.sha256)  # fmt: skip
    return written, chosen, lang if texts is not None else draft_lang


_NAMES = {"zh": "Chinese", "en": "English"}
_WORD = re.compile(r"[A-Za-z]{2,}")


def foreign(text: str, lang: str) -> bool:
    """Whether a proposal for a draft in ``lang`` is written in the other language: an English
    one has no Chinese character (a search that stops at the first, for a Chinese draft's
    every proposal), a Chinese one is mostly Chinese."""
    if lang == "zh":  # words, not codes: "GB/T 22239-2019" or "APP" is no English proposal
        return HAN.search(text) is None and len(_WORD.findall(text[:400])) >= 3
    return len(HAN.findall(text)) > len(_WORD.findall(text)) * 2 and written_in(text) == "zh"


def _refuse_untranslated(store: Store, stored: StoredDraft, draft: Draft, at: str, lang: str) -> None:
    """Refuse a wording written in the translation's language for a unit of the draft the
    translation does not render (a partial translation: a trial's English wording of 第三十七条 was
    told "the en translation has no Article 37; nearest: Article 15", its own article's id)."""
    from .translations import translation_texts

    try:
        unit = resolve(draft, at, stored.ref)
    except CitationError:
        return  # (the citation's own error, said where it is read)
    texts = translation_texts(store, stored, lang) or {}
    if unit.eid in texts or unit.eid.split("__", 1)[0] in texts:
        return
    where = describe(unit.eid, draft=draft)
    raise StoreError(f"the proposed wording is written in {_NAMES[lang]}, but the {_NAMES[lang]} working text does not "
                     f"cover {where}: write the wording in {_NAMES['zh' if lang == 'en' else 'en']}, the draft's "
                     "language, or give the suggestion in the reason as a remark")  # fmt: skip


def checked_stance(stance: str, proposed: str | None) -> Stance:
    """The stance a comment takes (default: amend with a proposal, else comment), checked
    against the proposal: amend and insert need one, delete takes none."""
    try:
        chosen = parse_stance(stance, proposed)
    except ValueError as exc:
        raise StoreError(str(exc)) from None
    if chosen in (Stance.AMEND, Stance.INSERT) and proposed is None:
        raise StoreError(f"stance {chosen} needs --propose")
    if chosen is Stance.DELETE and proposed is not None:
        raise StoreError("stance delete takes no --propose (the unit is removed)")
    return chosen


def _on_translation(store: Store, stored: StoredDraft, at: str, lang: str, proposed: str | None, reason: str,
                    stance: Stance, quote: str) -> tuple[NewComment, list[str]] | None:  # fmt: skip
    """A comment written on the draft's ``lang`` translation: anchored at the draft's unit the
    cited one renders, keeping its language (its proposal is a wording of the translation)."""
    kept = store.translation(stored, lang)
    if kept is None:
        raise StoreError(f"{stored.ref} has no {lang} translation (add one with `lawcomment draft add … --translation`)")
    translation = kept.load()
    pairing = kept.pairing()
    if HAN.search(at) and lang == "en":  # a Chinese citation names the draft's unit, whatever the translation numbers
        source = resolve(stored.load(), at, stored.ref).eid
        found = pairing.target_of(source)
        if not found:
            raise StoreError(f"no unit of the {lang} translation renders {describe(source)} (`lawcomment split DRAFT "
                             "--translation FILE` shows the pairs)")  # fmt: skip
        unit = unit_index(translation)[found[0]]
    else:
        unit = resolve(translation, at, f"the {lang} translation of {stored.ref}")
    source = pairing.source_of(unit.eid)
    if source is None:
        raise StoreError(f"{describe(unit.eid, lang)} of the {lang} translation of {stored.ref} renders no unit of "
                         "the draft (`lawcomment split DRAFT --translation FILE` shows the pairs)")  # fmt: skip
    rendered = pairing.target_of(source)
    if quote:  # the translation's words, kept at the start of the remark (the draft's unit has other words)
        try:
            reason = translation_quote(translation, unit_index(translation), [unit.eid], lang, quote, stance, reason.strip())
        except ValueError as exc:
            raise StoreError(str(exc)) from None
    draft_lang = "en" if stored.profile.startswith("en") else "zh"
    warnings = []  # the comment's place is in the line that reports it; only a doubt is worth a warning
    if len(rendered) > 1 or any(p.merged for p in pairing.pairs if p.source == source):
        warnings.append(f"{describe(source, draft_lang)} and the translation's "
                        f"{', '.join(describe(e, lang) for e in rendered)} do not pair one for one; check the "
                        "wording is for the right unit")  # fmt: skip
    if proposed is not None and stance is Stance.AMEND:  # a leading copy of its own label (Article 12, (a)) dropped
        try:  # Replace “30 days” with “15 days”: the translation's words with it applied
            instructed = instructed_rendering(translation, [unit], proposed)
        except ValueError as exc:
            raise StoreError(str(exc)) from None
        if instructed is not None:
            proposed = instructed[0]
            warnings.append(instructed[1])
        proposed = normalise_proposal(translation, unit, proposed)
        # the opening words of a paragraph with items, ending with a colon as they do: those words reworded, the
        # items kept, as a Chinese wording is read (a bilingual trial's deleted Article 12(2)'s four items unsaid)
        proposed, items_note = keep_items(translation, unit, proposed)
        warnings += [items_note] if items_note else []
        if proposed == unit.body(body_separator(translation)):
            warnings.append(f"the proposal repeats the {lang} translation's wording of {describe(unit.eid, lang)}; "
                            "it changes nothing")  # fmt: skip
    return NewComment("", Anchor(source), stance, CommentSource(SourceKind.CLI), body=reason.strip(),
                      proposed_text=proposed, lang=lang), warnings


def repeats_draft(draft: Draft, unit: Unit, proposed: str) -> str | None:
    """The warning for a proposed wording that is ``unit``'s own text (it changes nothing), or None."""
    if normalise_proposal(draft, unit, proposed) != unit.body(body_separator(draft)):
        return None
    lang = "en" if draft.profile.startswith("en") else "zh"
    return (f"the proposal repeats the draft's wording of {describe(unit.eid, lang, draft)}; it changes nothing (use "
            "--stance support to support the article as it is)")


def add_comment(store: Store, ref: DraftRef, member: str, at: str, *, propose: str | None = None, reason: str = "",
                quote: str = "", stance: str | None = None, source: SourceKind = SourceKind.CLI,
                author: str | None = None, lang: str | None = None,
                check: Callable[[NewComment], None] | None = None) -> tuple[int, list[str]]:  # fmt: skip
    """Record one comment typed on the command line (or, with ``source`` web, in the web app
    by the user ``author``); returns its id and warnings.

    ``lang`` names the language the comment is written in: the draft's (None, the default)
    or its translation's (``"en"``), whose cited unit (Article 12(2)) is anchored at the
    draft's unit it renders; the comment keeps its language, and its proposal is a wording
    of the translation, for staff to give the committee's own wording of the draft.

    ``check`` sees the comment as it will be stored (anchored where its words belong, a 款 of
    the article cited, the draft's unit an English one renders) and may refuse it by raising:
    the web app refuses a wording that would replace one the committee decided on."""
    # a browser's textarea sends CRLF: one line break, never a carriage return in law text
    propose, reason, quote = (None if propose is None else line_feeds(propose)), remark_breaks(reason), line_feeds(quote)
    unseen = []
    if propose is not None:  # (a wording pasted from a web page or Word may carry them: 数据​安全, a trial)
        propose, hidden = invisible_removed(propose)
        unseen = [invisible_note(hidden)] if hidden else []
    quote = invisible_removed(quote)[0]
    stored = store.get_draft(ref)
    store.get_member(member)
    draft = stored.load()
    if whole_draft(at):  # (document), 全文: a remark on the whole draft, as a Word comment on its title is
        proposed = propose if propose is not None and propose.strip() else None
        try:
            chosen = whole_draft_stance(stance or "", proposed, reason, quote, draft.title)
        except ValueError as exc:
            raise StoreError(str(exc)) from None
        made = NewComment(member, Anchor(None, quote.strip()), chosen, CommentSource(source, author=author),
                          body=reason.strip())  # fmt: skip
        if check is not None:
            check(made)
        report = _store_comments(store, stored, draft, "the command line" if source is SourceKind.CLI
                                 else f"the {source} comment", [made])  # fmt: skip
        if not report.added:
            raise NothingChanged(f"{member} already made this exact comment on the whole draft (nothing added)")
        return report.added[0], []
    draft_lang = "en" if stored.profile.startswith("en") else "zh"
    other = "zh" if draft_lang == "en" else "en"
    switched = []
    if lang is None and propose and propose.strip() and foreign(propose, draft_lang) \
            and store.translation(stored, other) is not None:  # fmt: skip
        _refuse_untranslated(store, stored, draft, at, other)
        lang = other  # a wording in the translation's language is a wording of the translation
        switched = [f"the proposal is written in {_NAMES[other]}: recorded as a wording of the {_NAMES[other]} "
                    f"translation, as with --lang {other}"]  # fmt: skip
    if lang is not None and lang != draft_lang:
        proposed = propose if propose is not None and propose.strip() else None
        chosen = checked_stance(stance or "", proposed)
        if chosen not in (Stance.SUPPORT, Stance.OPPOSE, Stance.DELETE) and proposed is None and not reason.strip():
            raise StoreError("say something: give --propose, --reason, or --stance support/oppose")
        found = _on_translation(store, stored, at, lang, proposed, reason, chosen, quote)
        assert found is not None
        item, notes = found
        item = replace(item, member=member, source=CommentSource(source, author=author))
        notes = switched + unseen + notes
        if check is not None:
            check(item)
        report = _store_comments(store, stored, draft, f"the {lang} comment", [item])
        if not report.added:
            raise NothingChanged(f"{member} already made this exact comment on {describe(item.anchor.eid or '', draft=draft)} "
                                 "(nothing added)")
        return report.added[0], notes
    try:
        unit = resolve(draft, at, stored.ref)
    except CitationError:
        # a new article asked by the number it would have (Article 30a, 第二十七条之一), as a sheet's row or a form's
        # asks it: after the article it numbers on from (a trial's --at "Article 30a" was "no Article 30-1")
        from .new_articles import new_article_after, numbers_new_article

        after = new_article_after(at, unit_index(draft)) if numbers_new_article(at) else None
        if after is None:
            raise
        if stance is not None and stance.strip() and checked_stance(stance, propose) is not Stance.INSERT:
            raise StoreError(f"{at.strip()} asks for a new article after {describe(after.eid, draft=draft)}; its "
                             f"stance is {stance.strip()}: make it insert, or cite an article of the draft") from None
        if propose is None or not propose.strip():  # (said as the citation asked it, never "stance insert needs …")
            raise StoreError(f"{at.strip()} asks for a new article after {describe(after.eid, draft=draft)}: give its "
                             "text with --propose (or cite an article of the draft)") from None
        unit, stance = after, "insert"
    proposed = propose if propose is not None and propose.strip() else None
    says = placeholder(proposed) if proposed is not None else None
    if says == "same":  # 同上 typed: which wording it means is never guessed
        raise StoreError(placeholder_refusal(proposed or ""))
    blank = ""  # 无, /, 同意 typed as the wording: no wording, said
    if says is not None:
        blank, proposed = (proposed or "").strip(), None
    if proposed is not None:  # , ; typed between the law's words: ，； as the law writes them, said
        proposed, spaced = law_spacing(draft, unit, proposed)
        unseen += [spaced] if spaced else []
        proposed, widened = full_width(draft, unit, proposed)
        unseen += [width_note(widened)] if widened else []
    chosen = checked_stance(stance or "", proposed)
    if not stance and chosen is Stance.COMMENT and (SUPPORT_ONLY.match(reason.strip()) or says == "agree"):
        chosen = Stance.SUPPORT  # 支持本条。 and nothing else: as a form's row or a file's reads it
    deleting = []
    if proposed is not None and asks_deletion(proposed):  # the deletion asked for, as in a form or a CSV row
        where = describe(unit.eid, draft=draft)
        if chosen is Stance.INSERT:
            raise StoreError(f"the proposed new provision reads 「{proposed.strip()}」: to delete {where}, "
                             "use --stance delete")  # fmt: skip
        if quote.strip():
            raise StoreError(f"「{proposed.strip()}」 with --quote: give {where} as it should read without "
                             "the quoted words (or leave --quote out to delete it whole)")  # fmt: skip
        if chosen is Stance.AMEND:
            deleting = [f"the proposed text 「{proposed.strip()}」 is read as deleting {where}"]
        if chosen in (Stance.AMEND, Stance.DELETE):
            chosen, proposed = Stance.DELETE, None
    if proposed is not None and not quote.strip() and (lead := new_unit_lead(draft, unit, chosen, proposed)) is not None:
        unit, proposed, opened = lead  # 新增一款：… typed in the wording: the new 款 it asks, as a file's row is read
        chosen = Stance.INSERT
        deleting.append(opened)
    elif proposed is not None and (led := instruction_lead(draft, unit, chosen, proposed)) is not None:
        proposed = led[0]  # 建议修改为：… typed in the wording: the words after it, as a file's row is read
        deleting.append(led[1])
    if proposed is not None and not quote.strip() and (leads := new_item_lead(draft, unit, chosen, proposed)) is not None:
        unit = leads[0]  # （九）… added after the article: a 项 of its list, after the one it numbers on from
        deleting.append(leads[1])
    if chosen not in (Stance.SUPPORT, Stance.OPPOSE, Stance.DELETE) and proposed is None and not reason.strip():
        if blank:
            raise StoreError(placeholder_note(blank, None, describe(unit.eid, draft=draft)))
        raise StoreError("say something: give --propose, --reason, or --stance support/oppose")
    if blank:
        deleting.append(placeholder_note(blank, chosen, describe(unit.eid, draft=draft)))
    anchor, hits = quote_anchor(draft, unit, quote)
    unmarked = [] if anchor.quote == quote else [unmarked_quote(quote, anchor.quote)]
    if chosen is Stance.AMEND and proposed is not None and (quoted := quoted_wording(unit, body_separator(draft),
                                                                                      unit_body(draft, unit), anchor,
                                                                                      proposed, draft_lang)):  # fmt: skip
        proposed, reread = quoted
        unmarked.append(reread)
    whole = None
    if chosen is Stance.AMEND and proposed is not None and not anchor.quote and \
            (whole := whole_article_given(draft, unit, proposed)) is not None:  # fmt: skip
        unit, anchor = whole[0], Anchor(whole[0].eid)  # the whole article given for one of its 款: the article's
    try:  # one 款 given for a multi-款 article: anchored at that 款, or refused
        target, anchor, proposed, moved = anchor_partial(draft, unit, chosen, proposed, anchor, reason)
    except ValueError as exc:
        raise StoreError(refused_here(draft, unit, proposed or "", str(exc))) from None
    if target is not unit:
        unit = target
        hits = quote_anchor(draft, unit, quote)[1]
    if chosen is Stance.AMEND and proposed is not None and (mark := closing_mark(draft, unit, proposed)) is not None:
        proposed = kept_mark(proposed, mark)  # the 项's 「；」 a copy left out, kept (as the store would keep it), said
        unseen.append(closing_note(law_citation(draft, unit.eid, draft_lang), mark))
    warnings = unseen + deleting + unmarked + ([whole[1]] if whole else []) + ([moved] if moved else [])
    if chosen is Stance.SUPPORT and (odd := support_warning(reason, "give the wording with --propose, or --stance "
                                                                    "comment")) is not None:  # fmt: skip
        warnings.append(odd)
    if hits > 1:
        warnings.append(f"the quote {anchor.quote!r} occurs {hits} times in {unit.eid}; anchored at the first")
    if chosen is Stance.INSERT and proposed is not None and (note := new_article_note(unit, new_article_label(
            unit, proposed)[0])):  # fmt: skip
        warnings.append(note)
    if chosen is Stance.AMEND and proposed is not None and (typed := typed_label_note(unit, typed_label(unit, proposed))):
        warnings.append(typed)
    if chosen is Stance.AMEND and proposed is not None and (same := repeats_draft(draft, unit, proposed)):
        warnings.append(same)
    where = "the command line" if source is SourceKind.CLI else f"the {source} comment"
    made = NewComment(member, anchor, chosen, CommentSource(source, author=author), body=reason.strip(),
                      proposed_text=proposed)  # fmt: skip
    wrong = misfiled_found(unit_index(draft), body_separator(draft), [made])
    warnings += [m.message() for m in wrong]
    if refused := _misfiled_replacing(store, stored, draft, [made], wrong):  # the rule a file's rows follow
        raise StoreError(refused[0])
    if check is not None:
        check(made)
    from .decisions import ignored_decisions

    before = ignored_decisions(store, stored.ref, [made.anchor.eid], draft)  # (one article: the note names only what it broke)
    report = _store_comments(store, stored, draft, where, [made])
    if not report.added:
        raise NothingChanged(f"{member} already made this exact comment on {describe(unit.eid, draft=draft)} (nothing added)")
    # (what it replaces the caller names; the committee's decisions that no longer apply, said here)
    warnings += [x for x in superseded_notes(store, stored, draft, report, f"`lawcomment comment withdraw "
                                                                            f"{report.added[0]}`", before)
                 if not x.startswith("#")]  # fmt: skip
    if (chosen is Stance.DELETE and not anchor.quote) or (chosen is Stance.AMEND and "__" in unit.eid):
        warnings += _own_deletion_and_wording(store, stored, draft, member, unit, chosen, report.added[0])
    return report.added[0], warnings


def _own_deletion_and_wording(store: Store, stored: StoredDraft, draft: Draft, member: str, unit: Unit, stance: Stance,
                              cid: int) -> list[str]:  # fmt: skip
    """The warning for comment ``cid`` of ``member``, a deletion of ``unit`` or a wording of a 款 or 项,
    where the member's own open wording inside it, or deletion around it, stands: the merge takes the
    later and leaves the other out (a web trial's member asked 第五条 deleted after rewording its 第二款,
    and was told only "recorded"; a stranger's review: the other way round, said nothing either)."""
    deleting = stance is Stance.DELETE

    def clashes(c: Comment) -> bool:
        eid = c.anchor.eid
        if c.id == cid or eid is None:
            return False
        if deleting:  # its own wordings of the unit, or of a 款 or 项 of it
            return c.stance is Stance.AMEND and (eid == unit.eid or eid.startswith(unit.eid + "__"))
        return c.stance is Stance.DELETE and not c.anchor.quote and unit.eid.startswith(eid + "__")

    own = [c for c in store.comments(stored.ref, article=unit.eid.split("__")[0], member=member, status=Status.OPEN)
           if clashes(c)]  # fmt: skip
    if not own:
        return []
    ids = ", ".join(f"#{c.id}" for c in own)
    places = "、".join(dict.fromkeys(describe(c.anchor.eid or "", draft=draft) for c in own))
    where = describe(unit.eid, draft=draft)
    if deleting:
        return [f"#{cid} deletes {where}, where {member}'s own {ids} reword(s) {places}: the merge takes the later, the "
                f"deletion, and offers {ids} nowhere; withdraw {ids} if the deletion is meant, or #{cid} to keep them"]
    return [f"#{cid} rewords {where}, where {member}'s own {ids} ask(s) {places} deleted: the merge takes the later, the "
            f"wording, and leaves the deletion out; withdraw {ids} if the wording is meant, or #{cid} to keep the deletion"]


def _store_comments(store: Store, stored: StoredDraft, draft: Draft | None, where: str, items: list[NewComment],
                    check: Callable[[NewComment], None] | None = None, said: list[str] | None = None, *,
                    prepared: list[tuple[NewComment, str | None, str | None]] | None = None,
                    **kwargs: Any) -> ImportReport:  # fmt: skip
    """The one way comments enter the store: amend proposals normalised against their unit
    (a leading copy of its label dropped, see :mod:`lawcomment.review.proposals`), plugins'
    ``validate_comment`` checks (any problem rejects the batch, nothing written), the caller's
    ``check`` of each comment as it will be stored (raising refuses the batch), then
    ``comment_added`` for each new one. ``prepared``: for each of ``items`` (the very objects,
    in order), its wording normalised and its fingerprint, as bulk.validate gives them (taken
    only when they are those items, each with its fingerprint, else worked out here), and with
    them the word that their text holds no character refused (bulk.validate searched it)."""
    pm = get_plugin_manager()
    items = list(items)
    if prepared is not None and (len(prepared) != len(items) or any(p[0] is not c or p[2] is None
                                                                    for p, c in zip(prepared, items))):  # fmt: skip
        prepared = None
    # one search over all the text first: a character is refused whatever stands around it (none, or
    # a line separator either, in a file's rows that bulk.validate prepared: it searched them as they were read)
    texts = "" if prepared is not None else "\n".join(
        t for c in items for t in (c.body, c.proposed_text, c.anchor.quote, c.source.author, c.member) if t)
    unfit = [] if bad_character(texts) is None else [
        f"{c.source.position or (c.anchor.eid or 'the document')}: {problem}" for c in items
        for problem in check_fields({"reason": c.body, "proposed text": c.proposed_text, "quote": c.anchor.quote,
                                     "author": c.source.author, "member": c.member})]  # fmt: skip
    # a line or paragraph separator in words of the law: Word shows a line break inside the 款, the
    # merge none (a stranger's review); a line break is what starts a 款 (looked for comment by
    # comment only when the text holds one somewhere)
    if has_separator(texts):
        unfit += [f"{c.source.position or (c.anchor.eid or 'the document')}: {what}: a line or paragraph separator "
                  "(U+2028, U+2029); break its lines with line breaks, one 款 a line"
                  for c in items for what, text in (("proposed text", c.proposed_text), ("quote", c.anchor.quote))
                  if text and has_separator(text)]  # fmt: skip
    if unfit:
        raise ValidationError(where, unfit, f"{len(unfit)} problem(s) in the text; nothing was imported")
    lang = "en" if stored.profile.startswith("en") else "zh"
    astray = [f"{c.source.position or (c.anchor.eid or 'the document')}: the proposal is written in "
              f"{_NAMES['zh' if lang == 'en' else 'en']}, but {stored.ref} is in {_NAMES[lang]}: mark a wording of "
              f"its translation with lang {'zh' if lang == 'en' else 'en'}"
              for c in items if c.proposed_text and not c.lang and c.stance in (Stance.AMEND, Stance.INSERT)
              and foreign(c.proposed_text, lang)]  # fmt: skip
    if astray:
        raise ValidationError(where, astray, f"{len(astray)} proposal(s) not in the draft's language; nothing was "
                                             "imported")  # fmt: skip
    if any(c.stance in (Stance.AMEND, Stance.INSERT) and c.proposed_text for c in items):
        draft = draft or stored.load()
        index = unit_index(draft)
        if said is not None:  # a file's wordings that left out their 项's 「；」: kept as they are stored, said
            said += _closing_notes(draft, index, items, where)
        items = normalise_comments(draft, index, items, None if prepared is None else [p[1] for p in prepared])
    if pm.hook.validate_comment.get_hookimpls():
        draft = draft or stored.load()
        problems: list[str] = []
        for c in items:
            at = c.source.position or (c.anchor.eid or "the document")
            for impl in pm.hook.validate_comment.get_hookimpls():
                found: Any = impl.function(comment=c, draft=draft, ref=stored.ref)  # a plugin's answer: str, list or None
                for problem in [found] if isinstance(found, str) else (found or []):
                    problems.append(f"{at}: {problem} (plugin {pm.get_name(impl.plugin)!r})")
        if problems:
            raise ValidationError(where, problems, f"{len(problems)} problem(s) found by plugin checks; "
                                                   "nothing was imported")  # fmt: skip
    if check is not None:
        for c in items:
            check(c)
    file, sha = kwargs.get("file"), kwargs.get("sha256")
    # a copy of a file imported before, changed since (the very file again is an earlier copy sent
    # back, not one that dropped rows)
    batches = [b for b in store.imports(stored.ref) if b.file == file and b.undone_at is None] if (
        said is not None and file is not None) else []  # fmt: skip
    earlier = bool(batches) and not any(b.sha256 == sha for b in batches)
    before = _ignored_before(store, stored, draft, items) if said is not None else None
    with nullcontext() if prepared is None else fingerprinted(items, [p[2] or "" for p in prepared], stored.ref,
                                                              checked=True):  # fmt: skip
        report = store.add_comments(stored.ref, items, **kwargs)
    if said is not None and file is not None and not report.already_imported and (earlier or report.repeated
                                                                                  or report.superseded):  # fmt: skip
        said += _dropped_rows(store, stored, where, file, items, report, kwargs.get("member"), same_name=earlier)
    if said is not None and report.superseded:  # what each replaced, named (a trial's import said only how many)
        batch = max((b.id for b in store.imports(stored.ref) if b.sha256 == sha and b.file == file
                     and b.undone_at is None), default=None)  # fmt: skip
        said += [f"{where}: {x}" for x in superseded_notes(store, stored, draft, report, f"`lawcomment import undo "
                                                                                          f"{batch}`" if batch else "",
                                                           before, channels=True)]  # fmt: skip
    if report.added and pm.hook.comment_added.get_hookimpls():
        for cid in report.added:
            comment = store.get_comment(cid)
            for impl in pm.hook.comment_added.get_hookimpls():
                try:
                    impl.function(comment=comment, ref=stored.ref)
                except Exception as exc:  # the comment is stored; a failing notifier must not undo that
                    warnings.warn(f"plugin {pm.get_name(impl.plugin)!r} failed on comment #{cid}: "
                                  f"{type(exc).__name__}: {exc}", PluginWarning, stacklevel=2)  # fmt: skip
    return report


def _closing_notes(draft: Draft, index: Mapping[str, Unit], items: Iterable[NewComment], where: str) -> list[str]:
    """The warning for each wording of ``items`` (a file's, as read) that ends without the closing
    mark of its unit (:func:`~lawcomment.review.proposals.closing_mark`), naming its row or place."""
    lang = "en" if draft.profile.startswith("en") else "zh"
    out = []
    for c in items:
        if c.stance is not Stance.AMEND or not c.proposed_text or c.lang or c.anchor.eid is None:
            continue
        unit = index.get(c.anchor.eid)
        if unit is not None and (mark := closing_mark(draft, unit, c.proposed_text)) is not None:
            # (a marked-up copy's mark gone was struck as a tracked change: kept as struck, said)
            struck = c.source.kind is SourceKind.DOCX_REVISION
            out.append(f"{where}: {c.source.position or describe(unit.eid, draft=draft)}: "
                       f"{closing_note(law_citation(draft, unit.eid, lang), '' if struck else mark)}")
    return out


def _dropped_rows(store: Store, stored: StoredDraft, where: str, file: str, items: list[NewComment],
                  report: ImportReport, member: str | None = None, *, same_name: bool = True) -> list[str]:  # fmt: skip
    """The warning for a file sent again without some comments an earlier copy of it gave (a row
    deleted, a Word comment removed): they stay open, for the member may have moved them into
    another file, but staff are told, never left to find them (a new user's trial). An earlier
    copy is a file of the same name (``same_name``), or one under another name whose comments this
    file repeats or replaces (a corrected copy renamed 修改稿: a trial's, whose dropped deletions
    stayed open unsaid). Only the members of this copy are looked at: another company's file of
    the same name is its own."""
    members = {c.member for c in items} | ({member} if member else set())  # (a form sent back empty: its member's)
    kinds = {c.source.kind for c in items} or {SourceKind.FORM, SourceKind.DOCX_COMMENT, SourceKind.DOCX_REVISION}
    accounted = {*report.added, *report.repeated, *report.moved, *(old for old, _ in report.superseded)}
    theirs = [c for c in store.comments(stored, include_superseded=True) if c.member in members and c.source.kind in kinds]
    echoed = {*report.repeated, *(old for old, _ in report.superseded)}
    # (a comment carried from the last reading came from a file imported there: no earlier copy of this one)
    files = ([file] if same_name else []) + sorted({c.source.file for c in theirs if c.id in echoed and c.source.file
                                                    and c.source.file != file and c.origin is None})  # fmt: skip
    out = []
    for earlier in files:
        gone = [c for c in theirs if c.source.file == earlier and c.status is Status.OPEN and c.id not in accounted]
        if not gone:
            continue
        shown = ", ".join(f"#{c.id} ({c.member}, {describe(c.anchor.eid) if c.anchor.eid else 'the document'})"
                          for c in gone[:5]) + (f" and {len(gone) - 5} more" if len(gone) > 5 else "")  # fmt: skip
        if earlier == file:
            out.append(f"{where}: an earlier copy of {file} gave {len(gone)} comment(s) this one no longer has: {shown}; "
                       "they stay open (`lawcomment comment withdraw ID` if the member dropped them)")  # fmt: skip
        else:  # (a corrected copy renamed, or a supplement repeating a row or two: which, only staff can tell)
            out.append(f"{where}: {earlier}, an earlier file this one repeats, gave {len(gone)} comment(s) this one "
                       f"does not have: {shown}; they stay open (if this file replaces {earlier}, `lawcomment comment "
                       "withdraw ID` those the member dropped)")  # fmt: skip
    return out


@dataclass
class ImportResult:
    """What ``import_comments`` did: the kind of file, the store's report, and every
    warning and skipped row, each naming the file and its row or article."""

    kind: str  # "csv", "json", "jsonl", "form" or "marked-up draft", or a plugin's sheet's suffix ("xlsx")
    draft: str
    report: ImportReport
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    found: int = 0
    reasons: int = 0  # committee reasons set (a file's committee_reason column)
    #: what a filled form's header gives of who filled it: (its label, what it says), 联系人 电话 日期 (a trial's
    #: form named 王律师（法务部） and a phone, and they were read nowhere)
    details: tuple[tuple[str, str], ...] = ()
    #: False for a file with no comments at all (a header alone, an empty list, a file of no bytes or of white
    #: space alone): nothing stored, and no import recorded for `import list` (a trial's header-only CSV was
    #: listed as import #11 of 0 rows); its warnings say why
    recorded: bool = True
    #: why a Word file holds no comments (``recorded`` False), for a caller to say it in its own words: "unfilled"
    #: (a comment form sent back with no row filled in), "rowless" (a comment form whose table holds no row: its rows
    #: were deleted), "unmarked" (a copy of the draft with no tracked change and
    #: no Word comment: the copy sent out, sent back as it went), "unread" (its tracked changes and Word comments give
    #: no comment, its warnings say why); "" for any other file
    lacks: str = ""
    #: the same in English after the file's name, with what to do: the command line's error (a trial's unfilled
    #: form was "0 added", exit 0, as if it had worked)
    lacks_said: str = ""


def _holds_none(store: Store, stored: StoredDraft, p: Path, kind: str, member: str | None, warnings: list[str],
                lacks: str, said: str, hint: str = "") -> ImportResult:
    """The result of a Word file that holds no comments: nothing stored, no import recorded, and
    ``said`` (what it lacks) and ``hint`` (what to do) the error's words. The comments an earlier
    copy of the same name gave are named, as a copy sent again without them is (they stay open)."""
    if member is not None:  # (refused as a filled file's member is, in the store's words)
        try:
            store.get_member(member)
        except StoreError:
            raise StoreError(f"unknown member(s): {member} (add them with `lawcomment member add`)") from None
    dropped = _dropped_rows(store, stored, str(p), p.name, [], ImportReport(), member)
    said = f"{said}: nothing imported into {stored.ref}, no import recorded" + (f" ({hint})" if hint else "")
    return ImportResult(kind, stored.ref, ImportReport(), [*warnings, *dropped], recorded=False, lacks=lacks,
                        lacks_said=said)  # fmt: skip


def _empty_file(p: Path) -> bool:
    """Whether ``p`` is a file of no bytes, or of white space alone (nothing a reader could read)."""
    try:
        if not p.is_file() or p.stat().st_size > 4096:
            return False
        return not p.read_bytes().lstrip(b"\xef\xbb\xbf").strip()
    except OSError:
        return False


#: An author map's column headers in Chinese.
_AUTHOR_MAP_HEADERS = {"作者": "author", "修订者": "author", "会员": "member", "会员编号": "member", "成员": "member"}


def read_author_map(path: str | Path) -> dict[str, str]:
    """An ``author,member`` CSV → {Word author: member id}."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), "no such file")
    text, _ = decode_text(read_capped(p, MAX_DATA_BYTES, "author maps"), str(p))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    # (headers in Chinese too, as member and comment files take them: 作者,会员)
    reader.fieldnames = [_AUTHOR_MAP_HEADERS.get(f.strip().lower(), f) for f in reader.fieldnames or []]
    fields = [f.strip().lower() for f in reader.fieldnames]
    if "author" not in fields or "member" not in fields:
        raise InputError(str(p), "an author map needs the columns author,member (作者,会员)", 1)
    from .marked_up import AuthorMap  # (Word's reader, loaded when a marked-up draft is imported)

    out = AuthorMap(str(p))
    for row in reader:
        clean = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        if clean["author"] and clean["member"]:
            out[clean["author"]] = clean["member"]
            out.lines[clean["author"]] = reader.line_num
    return out


@many_objects()  # (a file's rows, comments and plans, all alive until it is stored)
def import_comments(store: Store, path: str | Path, ref: str | None = None, *, member: str | None = None,
                    author_map: dict[str, str] | None = None, skip_invalid: bool = False,
                    encoding: str | None = None, progress: Progress | None = None,
                    own_form: bool = False, check: Callable[[NewComment], None] | None = None,
                    author: str | None = None) -> ImportResult:  # fmt: skip
    """Import a comment file: .csv/.json/.jsonl rows, a filled comment form (.docx), or a
    marked-up draft (.docx). All of it lands in one transaction, or none of it.
    ``progress(done, total)`` follows a row file's rows: checked (the first half), then stored.

    A form made out to another member than ``member`` is recorded for ``member`` with a
    warning, or with ``own_form`` refused (a member's user sends only its company's own).
    ``check`` sees each comment as it will be stored; what it raises refuses the whole file
    (the web app refuses a wording that would replace one the committee decided on).
    ``author``, the user who sent the file (the web app's signed-in user), is recorded as the
    author of each of its comments, as a comment typed in the web app names its writer, in
    place of whatever name the file gives (Word's author is whoever set Word up, not a user)."""
    p = Path(path)
    hashed = _Sha256(p)  # (worked out while the rows are read)
    suffix = p.suffix.lower()
    if suffix == ".docm":
        raise InputError(str(p), "macro-enabled documents (.docm) are not accepted; save as .docx")
    if _empty_file(p):  # holds no comments, whatever its type: said as a header alone is, no import recorded
        return ImportResult(suffix.lstrip("."), ref or "", ImportReport(), [f"{p}: the file is empty"], recorded=False)
    if (unread := unreadable_type(p)) is not None:  # (before --draft is asked for: a .doc form needs saving first)
        raise InputError(str(p), unread)
    if suffix == ".docx":
        from .forms import open_form

        sha = hashed()

        if (form := open_form(p)) is not None:
            return _import_form(store, form, sha, ref, member, skip_invalid, own_form, check, author)
        if ref is None:
            raise StoreError(f"{p}: a marked-up draft needs --draft NAME@VERSION")
        stored = store.get_draft(ref)
        if member is not None:
            store.get_member(member)
        draft = stored.load()
        intake = _read_marked_up(store, stored, draft, p, member, author_map)
        if not intake.comments:  # an error, never "0 added" as if it had worked
            if intake.revisions or intake.word_comments or intake.outside:
                return _holds_none(store, stored, p, "marked-up draft", member, intake.warnings, "unread",
                                   "its tracked changes and Word comments give no comment (its warnings say why)")  # fmt: skip
            # (the clean copy sent out, imported by mistake or sent back as it went)
            return _holds_none(store, stored, p, "marked-up draft", member, intake.warnings, "unmarked",
                               "no tracked change and no Word comment in it", "is it the copy sent to members? Their "
                               "edits are read from tracked changes: turn on Track Changes (Review > Track Changes, "
                               "审阅 > 修订) before editing the copy, or add Word comments, then import it again")  # fmt: skip
        report = _store_comments(store, stored, draft, str(p), _by(intake.comments, author), check, intake.warnings,
                                 file=p.name, sha256=sha, kind="marked-up draft", member=member)  # fmt: skip
        return ImportResult("marked-up draft", stored.ref, report, intake.warnings, found=len(intake.comments))
    if ref is None:
        raise StoreError(f"{p}: importing a comment file needs --draft NAME@VERSION")
    stored = store.get_draft(ref)
    if member is not None:
        store.get_member(member)
    _refuse_an_earlier_readings_file(store, stored, p, hashed)
    not_read_here: list[str] = []  # the file's columns no name matches: named when rows lack a column
    rows, warnings, kind = read_rows(p, encoding, not_read_here, "en" if stored.profile.startswith("en") else "zh")
    # (hashed while the rows were read; waited for before anything here may fork a worker: a process is forked
    # from this thread alone)
    sha = hashed()
    if rows and "member" in rows[0].values:  # (a member cell left empty is no column not read)
        not_read_here = []

    # what the import list shows: a JSON Lines file as such (its comments' source stays json,
    # which their fingerprints hold: the same comments from a .json file are the same comments)
    # (a workbook read as a CSV file's rows says what it is: xlsx into …, not csv)
    shown = "jsonl" if p.suffix.lower() in JSON_LINES else p.suffix.lower().lstrip(".") if p.suffix.lower() not in (
        ".csv", ".json") else str(kind)  # fmt: skip
    if not rows:  # a header alone, an empty list: said (its reader says why), nothing stored, no import recorded
        empty = warnings if any(w.startswith(f"{p}: no rows") for w in warnings) else [
            *warnings, f"{p}: no rows: nothing to import"]  # fmt: skip
        return ImportResult(shown, stored.ref, ImportReport(), empty, recorded=False)
    draft = stored.load()
    reasons, reason_problems = committee_reasons(rows, draft, stored.ref)
    commenting = [r for r in rows if is_comment(r)]
    said = [r for r in commenting if "id" not in r.extra or not _stored_already(store, stored.ref, r)]
    again = len(commenting) - len(said)
    steps = 2 * len(said)  # each row checked, then stored
    checked = None if progress is None else (lambda done, _total: progress(done, steps))
    other = "zh" if stored.profile.startswith("en") else "en"
    kept = store.translation(stored, other) if any("lang" in r.values and r.values["lang"].strip().lower() == other
                                                   for r in said) else None  # fmt: skip
    misfits: list[tuple[Misfiled, str]] = []
    prepared: list[tuple[NewComment, str | None, str | None]] = []  # each comment's wording normalised, fingerprint
    orgs = {m.id: m.org for m in store.members()}
    read_as = (kept.load(), kept.pairing(), other) if kept is not None else None
    checked_rows: tuple[list[NewComment], list[str], list[str]] | None = None
    fed: ImportReport | None = None
    if not reason_problems and _may_feed(store, stored, len(said), check, author):
        # a first import of many rows: its comments stored as the rows are read (the rest left to the
        # worker reading them), or, should anything be unusual, rolled back and stored as below
        try:
            with store.first_import(stored, len(said), file=p.name, sha256=sha, kind=shown,  # type: ignore[attr-defined]
                                    member=member) as writer:  # fmt: skip
                # (not when comments are there already, or another writer is at work; nor after an import,
                # a decision or an earlier reading, looked for once this one has the store to itself)
                if writer is None or not _first_into(store, stored, writer.import_id):
                    raise _NotFed
                feed = _Feed(writer, stored, draft, prepared)
                checked_rows = validate(said, draft, stored.ref, p, kind, orgs, member, progress=checked,
                                        misfiled=misfits, prepared=prepared, translation=read_as, taken=feed)  # fmt: skip
                if checked_rows[1] or (fed := feed.finish(len(checked_rows[0]))) is None:
                    raise _NotFed
                for eid, text in reasons:  # (the comments and the committee's reasons land together)
                    store.set_committee_reason(stored.ref, eid, text)
        except _NotFed:
            fed = None
    if fed is not None and checked_rows is not None:
        good, _, notes = checked_rows
        warnings += [f"{p}: {x}" for x in notes]
        return _imported(store, p, stored, shown, sha, fed, warnings, [], good, again, reasons, progress, steps)
    good, problems, notes = checked_rows if checked_rows is not None else validate(
        said, draft, stored.ref, p, kind, orgs, member, progress=checked, misfiled=misfits, prepared=prepared,
        translation=read_as)  # fmt: skip
    # a row that would put the member's own proposal out of play, read as written for another
    # article (or for the last reading's numbers), is refused, never stored with a warning
    refused = _misfiled_replacing(store, stored, draft, good, [m for m, _ in misfits])
    # the wordings of the rows refused for what they are here, looked at for the earlier reading's numbers too
    # (a late file's 第七十八条, one 款 of an article of four here: "no 款 clearly matches it", where the row
    # was a wording of the earlier reading's 第七十八条, as its other rows were told)
    at_fault = _refused_wordings(said, problems) if problems else {}
    earlier = _earlier_reading(store, stored, draft, p, good, list(at_fault.values()))
    for place, problem in earlier.refused.items():
        refused.setdefault(place, problem)
    for k, more in earlier.also.items():  # first: the advice of the refusal after it would file it wrongly
        n = list(at_fault)[k]
        head, _, why = problems[n].partition(": ")
        problems[n] = f"{head}: {more}; {why}"
    if refused:
        unsaid = {w for m, w in misfits if m.place in refused}
        gone = tuple(f"{good[n].source.position}: the proposed text 「" for n in earlier.refused)  # (read as deleting it)
        notes = [x for x in notes if x not in unsaid and not (x.startswith(gone) and " is read as deleting " in x)]
        problems += list(refused.values())
        good = [c for n, c in enumerate(good) if n not in refused]
        prepared = [x for n, x in enumerate(prepared) if n not in refused]
    problems = sorted(problems + reason_problems, key=_row_order)
    read = len(rows)
    del rows, commenting, said  # the rows as read: their comments are made, and the storing needs room
    if not_read_here:  # (a member column headed 单位全称: the rows lack it, and the header is why)
        problems = [x + not_read(not_read_here) if ": no member (" in x else x for x in problems]
    if problems and not skip_invalid:
        raise ValidationError(str(p), problems, f"{len(problems)} of {read} row(s) are invalid; nothing was "
                                                "imported (fix them, or pass --skip-invalid)"
                                                + (f"\n{earlier.note}" if earlier.note else ""))  # fmt: skip
    warnings += [earlier.note] if earlier.note else []
    warnings += [f"{p}: {x}" for x in notes]
    with store.transaction():  # the comments and the committee's reasons land together
        report = _store_comments(store, stored, draft, str(p), _by(good, author), check, warnings, file=p.name,
                                 sha256=sha, kind=shown, member=member, prepared=prepared)  # fmt: skip
        for eid, text in reasons:
            store.set_committee_reason(stored.ref, eid, text)
    return _imported(store, p, stored, shown, sha, report, warnings, problems, good, again, reasons, progress, steps)


def _imported(store: Store, p: Path, stored: StoredDraft, shown: str, sha: str, report: ImportReport, warnings: list[str],
              problems: list[str], good: list[NewComment], again: int, reasons: list[tuple[str, str]],
              progress: Progress | None, steps: int) -> ImportResult:  # fmt: skip
    """What a row file's import did, once its comments are stored (``report``)."""
    if progress is not None:
        progress(steps, steps)
    warnings = _said_before(store, p, report, warnings)
    if again:  # a `comment list --format json` of this store, imported back
        report = replace(report, duplicates=report.duplicates + again)
    if len(problems) >= _MOSTLY_REFUSED and len(problems) > len(good) and report.added:
        # most rows refused, the rest kept (--skip-invalid): likely a file written for another draft
        # (another law's comments land on whatever articles have their numbers here)
        batch = max((b.id for b in store.imports(stored.ref) if b.sha256 == sha and b.undone_at is None), default=None)
        back = f"`lawcomment import undo {batch}`" if batch is not None else "`lawcomment import undo` (see `import list`)"
        warnings.append(f"{p}: {len(problems)} of {len(problems) + len(good)} rows were refused: is the file for "
                        f"{stored.ref}? The {len(report.added)} comment(s) kept are stored; {back} takes the file "
                        "back")  # fmt: skip
    return ImportResult(shown, stored.ref, report, warnings, [f"{p}: {x}" for x in problems], found=len(good),
                        reasons=len(reasons))


#: Rows from which a first import's comments are stored as its rows are read (:class:`_Feed`), as
#: many as bulk.validate reads in two processes: with one, nothing is read meanwhile.
FED_FROM = BESIDE_FROM
#: Rows up to which it is so: it holds the store's write lock while the rows are read (three or four
#: seconds for the NPC's 114,574), and a longer file's reading would keep other writers (the web app's
#: members) waiting past their busy timeout; such a file takes the lock only to store its comments.
FED_MOST = 200_000
#: Comments a first import stores at a time as its rows are read.
_FED_AT_ONCE = 1024


class _NotFed(Exception):
    """A first import's comments are not stored as its rows are read: rolled back, they are
    stored as any file's rows are (an unusual file: a row refused, a character the store refuses)."""


def _may_feed(store: Store, stored: StoredDraft, rows: int, check: Callable[[NewComment], None] | None,
              author: str | None) -> bool:  # fmt: skip
    """Whether a row file's comments may be stored as its ``rows`` are read (:class:`_Feed`),
    should it be a first import (:func:`_first_into`, and the store's ``first_import``): many rows,
    read in two processes, stored as the rows give them (no ``check`` or ``author`` of the
    caller's, no plugin's check or notice)."""
    if not FED_FROM <= rows <= FED_MOST or default_workers() < 2 or check is not None or author is not None:
        return False
    if getattr(store, "first_import", None) is None or getattr(store, "engine", None) != "sqlite":
        return False
    pm = get_plugin_manager()
    return not (pm.hook.validate_comment.get_hookimpls() or pm.hook.comment_added.get_hookimpls())


def _first_into(store: Store, stored: StoredDraft, batch: int) -> bool:
    """Whether the import ``batch`` is the draft's first, with no decision of the committee's on it
    and no earlier reading before it: nothing a rule across a file's rows reads is stored."""
    return (all(b.id == batch for b in store.imports(stored.ref)) and not store.decisions(stored.ref)
            and store.predecessor(stored.ref) is None)  # fmt: skip


class _Feed:
    """A first import's comments stored as bulk.validate gives them (its ``taken``), a part at a
    time, while the rest of the file's rows are read: each part checked as :func:`_store_comments`
    checks a file's comments (none written in another language, each with its text searched
    and its fingerprint worked out as it was read), normalised from its ``prepared`` wordings, and
    stored by the store's ``first_import`` (``writer``). Anything else (a row refused, a part the
    store or a check refuses) stops it: what it stored is then rolled back, and the file's comments
    stored as any file's are, which says what is wrong as it says it."""

    def __init__(self, writer: Any, stored: StoredDraft, draft: Draft,
                 prepared: list[tuple[NewComment, str | None, str | None]]) -> None:  # fmt: skip
        self.writer, self.ref, self.draft, self.prepared = writer, stored.ref, draft, prepared
        self.lang = "en" if stored.profile.startswith("en") else "zh"
        self.index: dict[str, Unit] | None = None
        self.done = 0  # the comments stored
        self.failed = False

    def __call__(self, comments: int, problems: int) -> None:
        if problems:
            self.failed = True
        if not self.failed and comments - self.done >= _FED_AT_ONCE:
            self._store(comments)

    def _store(self, upto: int) -> None:
        part = self.prepared[self.done:upto]
        items = [c for c, _, _ in part]
        worded = (Stance.AMEND, Stance.INSERT)
        if any(fingerprint is None for _, _, fingerprint in part) or any(
                c.proposed_text and not c.lang and c.stance in worded and foreign(c.proposed_text, self.lang)
                for c in items):  # fmt: skip
            self.failed = True
            return
        if any(c.stance in worded and c.proposed_text for c in items):
            if self.index is None:
                self.index = unit_index(self.draft)
            items = normalise_comments(self.draft, self.index, items, [wording for _, wording, _ in part])
        try:
            with fingerprinted(items, [fingerprint or "" for _, _, fingerprint in part], self.ref, checked=True):
                self.writer.add(items)
        except Exception:  # noqa: BLE001 (said as it is, by the storing of the whole file that follows)
            self.failed = True
            return
        self.done = upto

    def finish(self, comments: int) -> ImportReport | None:
        """What was stored, once the file's ``comments`` are all read; None when they could not
        all be stored so."""
        if not self.failed and self.done < comments:
            self._store(comments)
        if self.failed or self.done != comments:
            return None
        report: ImportReport = self.writer.finish()
        return report


def _said_before(store: Store, path: Path, report: ImportReport, warnings: list[str]) -> list[str]:
    """``warnings`` without what they say of the rows this file gave before and the store has as
    they were (the file imported again): said when they came, and since, maybe, untrue (a trial's
    re-import repeated "anchored at 第十一条第一款" of a comment staff had moved to 第十条); one line
    says they are not said again."""
    if not report.repeated or not warnings:
        return warnings
    if len(report.repeated) <= 2000:
        found = [store.get_comment(cid) for cid in report.repeated]
    else:  # (a large file imported again: its comments read at once, not a query each)
        again = set(report.repeated)
        found = [c for c in store.comments(store.get_comment(report.repeated[0]).draft, include_superseded=True)
                 if c.id in again]  # fmt: skip
    rows = {c.source.position for c in found if c.source.file == path.name and c.source.position}
    lead = f"{path}: "
    # each warning's row looked up, not matched against every row's head in turn (a hundred thousand rows
    # imported again, and four thousand warnings: 7.6 s); a row whose name holds ": " (a sheet's) matched so
    odd = tuple(f"{lead}{row}: " for row in rows if ": " in row)

    def said_of_stored(w: str) -> bool:
        if not w.startswith(lead):
            return False
        head, sep, _ = w[len(lead):].partition(": ")
        return bool(sep) and head in rows or bool(odd) and w.startswith(odd)

    kept = [w for w in warnings if not said_of_stored(w)]
    if len(kept) == len(warnings):
        return warnings
    return [*kept, f"{path}: {len(rows)} row(s) already stored from this file: what was said of them when they came "
                   "is not said again"]


def _misfiled_replacing(store: Store, stored: StoredDraft, draft: Draft, items: list[NewComment],
                        found: list[Misfiled]) -> dict[int, str]:  # fmt: skip
    """The refusals (by place in ``items``) of the wordings that read much more like another unit
    than the one they name (``found``) and would replace their member's own open wording of it
    (:func:`~lawcomment.consultation.misfiled.replaces_misfiled`): the same rule typed, in a file
    and in a form. Only the misfiled rows are looked at (a few; the member's wordings of each unit
    read once)."""
    found = [m for m in found if m.other]
    if not found:
        return {}
    index, sep = unit_index(draft), body_separator(draft)
    theirs: dict[tuple[str, str], list[Comment]] = {}
    out: dict[int, str] = {}
    for m in found:
        c = items[m.place]
        key = (c.member, m.eid)
        if key not in theirs:
            theirs[key] = [x for x in store.comments(stored, eid=m.eid, member=c.member)
                           if x.status is Status.OPEN and x.thread is None and not x.lang
                           and (x.stance is Stance.DELETE or (x.stance is Stance.AMEND and x.proposed_text is not None))]  # fmt: skip
        # (the very row sent again, changed, replaces its own earlier copy: that is no other proposal)
        others = [x for x in theirs[key] if not (c.source.file is not None and x.source.file == c.source.file
                                                 and x.source.position == c.source.position)]  # fmt: skip
        if (problem := replaces_misfiled(index, sep, m, c.member, others, typed=c.source.file is None)) is not None:
            out[m.place] = f"{c.source.position}: {problem}" if c.source.position else problem
    return out


@dataclass
class _Earlier:
    """What a row file imported into a reading that superseded another says of its numbering:
    the earlier reading, the rows refused as written for its numbers, and the file's warning."""

    stored: StoredDraft | None = None
    refused: dict[int, str] = field(default_factory=dict)
    note: str = ""
    #: a row refused already (its place among the ``also`` rows looked at) → what to add to its refusal: it
    #: reads like the earlier reading's unit of its number (a trial's 「no 款 clearly matches」 said nothing of it)
    also: dict[int, str] = field(default_factory=dict)


def _now_in(store: Store, earlier: str, ref: str) -> dict[str, tuple[list[str], str]]:
    """Where each unit of ``earlier`` went in ``ref`` (its eids there, and how: renumbered,
    deleted …), as the alignment kept when ``ref`` superseded it says; {} when none was kept."""
    kept = store.alignment(earlier, ref)
    out: dict[str, tuple[list[str], str]] = {}
    for entry in (kept or {}).get("entries", []):
        old, new, how = entry[0], entry[1], entry[2]
        for eid in old:
            out[eid] = (list(new), str(how))
    return out


def _refused_wordings(rows: Sequence[Row], problems: list[str]) -> dict[int, NewComment]:
    """The wordings of the rows ``problems`` refuse (by the problem's place), as comments on the unit
    each row cites, for the look at the earlier reading's numbers; a row citing nothing read is left."""
    by_place = {f"{r.position}: ": r for r in rows if r.values.get("proposed_text", "").strip()}
    out: dict[int, NewComment] = {}
    for n, problem in enumerate(problems):
        row = by_place.get(problem.split(": ", 1)[0] + ": ")
        if row is None or asks_deletion(row.values["proposed_text"]):
            continue
        try:
            eid = citation_to_eid(row.values.get("article", ""), paragraph_optional=True)
        except CitationError:
            continue
        out[n] = NewComment(row.values.get("member", ""), Anchor(eid), Stance.AMEND,
                            CommentSource(SourceKind.CSV, None, None, row.position),
                            proposed_text=row.values["proposed_text"].strip())  # fmt: skip
    return out


def _earlier_reading(store: Store, stored: StoredDraft, draft: Draft, path: Path, items: list[NewComment],
                     also: Sequence[NewComment] = ()) -> _Earlier:  # fmt: skip
    """A row file imported into a reading that renumbered the one before it, read for rows
    written in that one's numbers (:func:`~lawcomment.consultation.misfiled.fits_earlier`): a
    deletion whose reason names words of the earlier reading's article of that number, and none of
    this one's, is refused (it would delete another article); a wording that reads like it is said
    (its misfiled warning says where it belongs); and the file is said to look numbered for the
    earlier reading, naming it. Only a draft that superseded another pays for the look. ``also``: the
    wordings of rows refused already (a 款 that matches none of the article's here), each told in
    ``also`` of the result when it reads like the earlier reading's unit of its number."""
    before = store.predecessor(stored.ref)
    if before is None:
        return _Earlier()
    if not any(c.stance in (Stance.AMEND, Stance.DELETE) and c.anchor.eid for c in (*items, *also)):
        return _Earlier(before)
    earlier = before.load()
    every = [*items, *also]
    fits = fits_earlier(unit_index(earlier), body_separator(earlier), unit_index(draft), body_separator(draft), every)
    refused_already = [f for f in fits if f.place >= len(items) and not f.words]
    fits = [f for f in fits if f.place < len(items)]
    went = _now_in(store, before.ref, stored.ref)
    # rows saying again, word for word, what a file imported into the earlier reading said, citing
    # the number it had there where this reading renumbered it (a late copy of that file)
    moved = {eid for eid, (new, _) in went.items() if new != [eid]}
    again: list[tuple[int, Comment]] = []
    if moved:
        said_before: dict[tuple[str, str], Comment] = {}
        for x in store.comments(before, include_superseded=True):
            if x.source.file and x.anchor.eid in moved:
                said_before.setdefault((x.member, x.proposed_text or x.body), x)
        fitting = {f.place for f in fits}
        for n, c in enumerate(items):
            was = said_before.get((c.member, c.proposed_text or c.body)) if c.anchor.eid in moved else None
            if was is not None and was.anchor.eid == c.anchor.eid and n not in fitting and (c.proposed_text or c.body):
                again.append((n, was))
    if not fits and not again and not refused_already:
        return _Earlier(before)

    def now(eid: str) -> str:
        new, how = went.get(eid, ([], ""))
        if how == "deleted" or (how and not new):
            return f" ({stored.ref} deleted it)"
        if new and new != [eid]:
            return f" ({stored.ref}'s {describe(new[0], draft=draft)} now)"
        return ""

    refused: dict[int, str] = {}
    said: list[str] = []
    for f in fits:
        c = items[f.place]
        row = f"{c.source.position}: " if c.source.position else ""
        old = f"{before.ref}'s {describe(f.eid, draft=earlier)}{now(f.eid)}"
        if f.words:
            units = unit_index(draft)
            body = unit_body(draft, units[f.eid]) if f.eid in units else ""
            shown = body if len(body) <= 20 else body[:20] + "…"
            refused[f.place] = (f"{row}it deletes {describe(f.eid, draft=draft)} of {stored.ref} (「{shown}」), but its "
                                f"reason names 「{f.words}」, which that article does not have and {old} had: the row looks "
                                f"numbered for {before.ref}; cite the article by {stored.ref}'s numbers, or leave the row "
                                "out (--skip-invalid)")  # fmt: skip
            said.append(f"{row}its reason names 「{f.words}」 of {old}")
        else:
            said.append(f"{row}its wording of {describe(f.eid, draft=draft)} reads like {old} (similarity "
                        f"{f.earlier:.2f}, against {f.named:.2f})")  # fmt: skip
    for n, x in again:
        c = items[n]
        row = f"{c.source.position}: " if c.source.position else ""
        said.append(f"{row}it says what #{x.id} of {x.source.file} said on {before.ref}'s "
                    f"{describe(x.anchor.eid or '', draft=earlier)}{now(x.anchor.eid or '')}")  # fmt: skip
    told: dict[int, str] = {}
    for f in refused_already:  # (refused for what it is here; where it reads, said with it and in the file's note)
        c = every[f.place]
        row = f"{c.source.position}: " if c.source.position else ""
        old = f"{before.ref}'s {describe(f.eid, draft=earlier)}{now(f.eid)}"
        said.append(f"{row}its wording of {describe(f.eid, draft=draft)} reads like {old} (similarity "
                    f"{f.earlier:.2f}, against {f.named:.2f})")  # fmt: skip
        told[f.place - len(items)] = (f"it reads like {old} (similarity {f.earlier:.2f}): the row looks numbered for "
                                      f"{before.ref}; cite the article by {stored.ref}'s numbers")  # fmt: skip
    said.sort(key=_row_order)
    shown = "; ".join(said[:3]) + (f"; and {len(said) - 3} more row(s)" if len(said) > 3 else "")
    note = (f"{path} looks numbered for {before.ref}, the reading before {stored.ref}: {shown}; check each row's "
            f"article against {stored.ref}'s numbering")  # fmt: skip
    return _Earlier(before, refused, note, told)


#: Decided articles a batch may touch and have their ignored decisions read before it is stored.
_DECIDED_READ_BEFORE = 40


def _ignored_before(store: Store, stored: StoredDraft, draft: Draft | None,
                    items: list[NewComment]) -> dict[str, list[int]] | None:  # fmt: skip
    """The committee's decisions the merge ignores already on the decided articles a batch's
    wordings are on, before it is stored, so that the note after it names only those the batch
    leaves; None when too many decided articles are touched to merge each (the note then names
    every one ignored)."""
    decided = {d.target for d in store.decisions(stored.ref)}
    if not decided:
        return {}
    from .decisions import ignored_decisions  # (here: a consultation with no decision yet never loads it)

    eids = {c.anchor.eid for c in items if c.anchor.eid is not None}
    heads = {e.split("__", 1)[0] for e in eids}
    if len(heads & decided) > _DECIDED_READ_BEFORE:
        return None
    return ignored_decisions(store, stored.ref, sorted(eids), draft)


def _left_with(store: Store, draft: Draft, olds: dict[int, Comment], shown: Sequence[tuple[int, int]]) -> list[str]:
    """For each comment replaced by one sent another way, what of it leaves the merge (a trial: a colleague's
    marked-up copy, inserting 司法行政部门等, replaced a typed wording adding a sentence, and its reason, said only
    as ``#41 replaces #4``): its wording, and its reason, quoted, when the new wording leaves some change of the old
    one's untouched (one that changes the same words again is the member's revision of them: 明确禁止, then 严格禁止)."""
    from ..review.redline import diff

    out = []
    index = unit_index(draft)
    for old_id, new_id in shown:
        old, new = olds[old_id], store.get_comment(new_id)
        if old.source.kind is new.source.kind or not old.proposed_text or old.proposed_text == new.proposed_text:
            continue  # (a corrected copy sent again, a remark: its own revision)
        unit = index.get(old.anchor.eid or "")
        if unit is not None and old.anchor.eid == new.anchor.eid and new.proposed_text is not None:
            base = unit_body(draft, unit)
            again = diff(base, new.proposed_text).spans()
            if all(any(s.start <= o.end and o.start <= s.end for s in again) for o in diff(base, old.proposed_text).spans()):
                continue  # every change of the old wording's made over at its place
        lost = [f"its wording (「{_clipped(old.proposed_text)}」)"]
        if old.body.strip() and old.body.strip() not in new.body:
            lost.append(f"its reason (「{_clipped(old.body)}」)")
        out.append(f"#{old_id} leaves the merge with {' and '.join(lost)}, which #{new_id} does not give")
    return out


def _clipped(text: str, most: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= most else line[:most] + "…"


def superseded_notes(store: Store, stored: StoredDraft, draft: Draft | None, report: ImportReport,
                     back: str = "", before: dict[str, list[int]] | None = None, *,
                     channels: bool = False) -> list[str]:  # fmt: skip
    """What a write superseded, each named (``#41 replaces #29 (aurora) on 第十二条 (art_12)``), and,
    where the committee had decided on the article of one, the decisions that no longer match its
    proposals (the merge ignores them): said when it happens, never found later in an export that
    lost the committee's reason. ``back`` names what brings the comments back (``lawcomment import
    undo 6``). Many replaced in one file (a member's corrected copy sent again) are named up to a
    count. ``before``: the decisions the merge ignored before the write, by article (those are
    none of its doing, and not named); None names every one it ignores now. With ``channels``, a
    comment replaced by one sent another way (typed, then a marked-up copy) has what leaves the
    merge with it quoted: its wording and its reason, where the new one gives neither."""
    if not report.superseded:
        return []
    shown = report.superseded[:_NAMED_MOST]
    olds = {old: store.get_comment(old) for old, _ in shown}
    out = [f"#{new} replaces #{old} ({olds[old].member}) on "
           f"{describe(olds[old].anchor.eid or '', draft=draft) if olds[old].anchor.eid else 'the whole draft'}"
           for old, new in shown]  # fmt: skip
    if channels:
        out += _left_with(store, draft or stored.load(), olds, shown)
    if len(report.superseded) > _NAMED_MOST:
        out.append(f"and {len(report.superseded) - _NAMED_MOST} more replaced (`lawcomment comment list --status "
                   "superseded` lists them)")  # fmt: skip
    # the committee's decisions on the articles of those replaced, in force, that the merge no longer matches
    from .decisions import ignored_decisions

    ignored = ignored_decisions(store, stored.ref, [olds[old].anchor.eid for old, _ in shown], draft)
    for target, ids in ignored.items():
        # (those the merge ignored before it, when known, are none of its doing)
        ids = [d for d in ids if before is None or d not in before.get(target, [])]
        gone = [old for old, _ in shown if (eid := olds[old].anchor.eid) and (eid == target or eid.startswith(target + "__"))]
        if ids:
            which = ", ".join(f"#{x}" for x in gone)
            draft = draft or stored.load()
            out.append(f"the committee's decision(s) {', '.join(f'#{x}' for x in ids)} on "
                       f"{describe(target, draft=draft)} no longer apply with {which} replaced: the merge ignores "
                       f"them{f' ({back} brings {which} back)' if back else ' (decide again, or undo them)'}")  # fmt: skip
    return out


#: Superseded comments an import names one by one.
_NAMED_MOST = 20


def _by(items: list[NewComment], author: str | None) -> list[NewComment]:
    """``items`` with ``author`` as each one's author (as given: None keeps the file's names)."""
    if author is None:
        return items
    return [replace(c, source=replace(c.source, author=author)) for c in items]


#: Refused rows, at least, which with more refused than kept make an import warn that the file may
#: be another draft's.
_MOSTLY_REFUSED = 3


def _refuse_an_earlier_readings_file(store: Store, stored: StoredDraft, path: Path, hashed: Callable[[], str]) -> None:
    """A row file imported into an earlier reading of ``stored`` cites that reading's article
    numbers, not this one's, and its comments came here when they were carried forward: imported
    again, each row would land on whatever article has its number now. (A form or a marked-up
    copy names its draft itself, and is refused for another.)"""
    earlier = store.predecessor(stored.ref)
    while earlier is not None:
        sha = hashed()  # (the file's hash, once it is worked out: a first reading's import never waits for it here)
        done = next((b for b in store.imports(earlier.ref) if b.sha256 == sha and b.undone_at is None), None)
        if done is not None:
            raise InputError(str(path), f"this file was imported into {earlier.ref} (import #{done.id}, "
                                        f"{done.created}), a reading before {stored.ref}: its rows cite {earlier.ref}'s "
                                        f"article numbers, and its comments came to {stored.ref} with the others when "
                                        f"they were carried forward; nothing was imported (comments written for "
                                        f"{stored.ref}'s numbering go in a file of their own)")  # fmt: skip
        earlier = store.predecessor(earlier.ref)


def _read_marked_up(store: Store, stored: StoredDraft, draft: Draft, path: Path, member: str | None,
                    author_map: dict[str, str] | None) -> Intake:  # fmt: skip
    """A marked-up copy of the draft, or of its stored translation (an English member's
    counsel marks up the English working text): its comments on the translation are
    anchored at the draft's units they render, in the translation's language."""
    from ..drafts.pairing import written_in
    from .marked_up import on_translation, original_source, read_marked_up

    own = association(store)
    try:
        return read_marked_up(path, draft, stored.ref, store.members(), member, author_map, own)
    except InputError:
        other = "zh" if stored.profile.startswith("en") else "en"
        kept = store.translation(stored, other)
        # not the draft's text: when it is written in the translation's language, it is read as that
        if kept is None or written_in("\n".join(b.text for b in original_source(path).blocks[:200])) != other:
            raise
    found = read_marked_up(path, kept.load(), f"the {other} translation of {stored.ref}", store.members(), member,
                           author_map, own)  # fmt: skip
    return on_translation(found, kept.pairing(), other, path)


def _stored_already(store: Store, ref: str, row: Row) -> bool:
    """A row of a ``lawcomment.comments/1`` export that is that very comment of this store."""
    cid = row.extra.get("id")
    if not isinstance(cid, int) or isinstance(cid, bool) or not 0 < cid < 1 << 63 or row.values.get("draft", ref) != ref:
        return False
    try:
        c = store.get_comment(cid)
    except StoreError:
        return False
    v = row.values
    at = v.get("article", "")
    return (c.draft == ref and c.member == v.get("member", "") and
            (c.anchor.eid == at if c.anchor.eid is not None else whole_draft(at))
            and c.body == v.get("reason", "").strip() and (c.proposed_text or "") == (v.get("proposed_text") or "")
            and str(c.stance) == v.get("stance", ""))  # fmt: skip


def _row_order(problem: str) -> tuple[int, str]:
    """Problems in file order: ``row 12: …`` / ``line 3: …`` by their number."""
    head = problem.split(":", 1)[0].split()
    return (int(head[-1]) if head and head[-1].isdigit() else 0, problem)


def _form_row_order(problem: str) -> tuple[int, int]:
    """A form's problems in the form's order: ``table 2 row 7: …`` by table, then row."""
    found = re.match(r"table (\d+) row (\d+)", problem)
    return (int(found[1]), int(found[2])) if found else (0, 0)


def _import_form(store: Store, form: FilledForm, sha: str, ref: str | None, member: str | None,
                 skip_invalid: bool, own_form: bool = False,
                 check: Callable[[NewComment], None] | None = None, author: str | None = None) -> ImportResult:  # fmt: skip
    from .forms import LABELS, as_printed, form_comments

    p, form_ref, form_member = form.path, form.draft, form.member
    if ref and form_ref and ref != form_ref:
        raise InputError(str(p), f"this form was made for {form_ref}, not {ref}")
    other: list[str] = []
    made_out = ""
    if member and form_member and member != form_member:
        try:
            made_out = store.get_member(form_member).org or form_member
        except StoreError:  # a member since removed, or of another store
            made_out = form_member
        if own_form:
            raise InputError(str(p), f"this form was made out to {made_out}, not to {store.get_member(member).org or member}: "
                                     "send your own company's form")  # fmt: skip
        other.append(f"{p}: the form was made out to {made_out} ({form_member}); its comments are recorded for {member}")
    target = ref or form_ref
    if target is None:
        raise StoreError(f"{p}: the form does not say which draft it is for; pass --draft NAME@VERSION")
    who = member or form_member
    if who is None:
        raise StoreError(f"{p}: the form does not say which member filled it; pass --member")
    try:
        stored = store.get_draft(target)
    except StoreError as exc:  # (a form made in another store, or for a draft since removed: said with the file)
        if ref:
            raise
        raise InputError(str(p), f"this form was made for {target}: {exc}") from None
    # the 单位 is checked against the organisation the form was made out to, when a warning names it already
    org = made_out if other else store.get_member(who).org
    draft = stored.load()
    translation = None
    if form.text_lang:  # the form prints the words of the draft's translation: its rows are read against them
        found = translation_texts(store, stored, form.text_lang)
        if found is None:
            raise InputError(str(p), f"this form prints the {form.text_lang} translation of {stored.ref}, which the "
                                     "store no longer has (add it again with `lawcomment draft add … --translation`)")  # fmt: skip
        translation = found
    comments, warnings, problems = form_comments(form, draft, stored.ref, who, member_org=org or None,
                                                 translation=translation, source=stored.sha256)  # fmt: skip
    # a form's row words the article it prints: one that reads much more like another (a trial's
    # 第十二条第二款 pasted into 第十一条's row) is refused naming both, never stored as a wording of the
    # row's article, which it would replace whole (a typed or a file's row names its article itself)
    astray = {m.place: m for m in misfiled_found(unit_index(draft), body_separator(draft), comments)
              if m.other and comments[m.place].source.kind is SourceKind.FORM
              and "Word comment" not in (comments[m.place].source.position or "")}  # fmt: skip
    if astray:
        header = LABELS["en" if form.text_lang == "en" or draft.profile.startswith("en") else "zh"]["article"]
        lang = "en" if draft.profile.startswith("en") else "zh"
        problems += [f"{comments[n].source.position}: {m.message()}; a form's row words the article it prints: give "
                     f"the wording in a row whose {header} reads {cite(m.other, lang)}, or leave the row out "
                     "(--skip-invalid)" for n, m in astray.items()]  # fmt: skip
        problems.sort(key=_form_row_order)
        gone = tuple(f"{p}: {comments[n].source.position}: " for n in astray)  # (what was said of them goes with them)
        warnings = [w for w in warnings if not w.startswith(gone)]
        comments = [c for n, c in enumerate(comments) if n not in astray]
    warnings = other + warnings + [f"{p}: {x}" for x in misfiled(draft, comments)]
    if not form.rows and not comments and not problems:  # (its table's rows deleted: nothing to fill in, and
        made_for = f" --member {form.member}" if form.member else ""  # never said to be "not filled in")
        return _holds_none(store, stored, p, "form", who, warnings, "rowless", "the form's table holds no rows",
                           f"its rows were deleted: make the form again with `lawcomment form make --draft {stored.ref}"
                           f"{made_for}`, fill in the rows commented on, then import it")  # fmt: skip
    if not comments and not problems:  # sent back unfilled: an error, never "0 added" as if it had worked
        labels = LABELS["en" if form.text_lang == "en" or draft.profile.startswith("en") else "zh"]
        proposed, reason = (form.headers.get(role) or labels[role] for role in ("proposed", "reason"))
        what = (f"every {proposed} cell reads as the form printed it and every {reason} cell is empty"
                if as_printed(form) else f"no row proposes a wording under {proposed} or gives a reason under {reason}")  # fmt: skip
        return _holds_none(store, stored, p, "form", who, warnings, "unfilled",
                           f"the form is not filled in: {what}", f"fill in the rows commented on, a wording under "
                           f"{proposed} or a reason under {reason}, then import the form again")  # fmt: skip
    if problems and not skip_invalid:
        raise ValidationError(str(p), problems, f"{len(problems)} filled row(s) cannot be read as comments on {stored.ref}; "
                                                "nothing was imported (fix them, or pass --skip-invalid)")  # fmt: skip
    skipped = [f"{p}: {x}" for x in problems]
    report = _store_comments(store, stored, draft, str(p), _by(comments, author), check, warnings, file=p.name,
                             sha256=sha, kind="form", member=who)  # fmt: skip
    # (the same form again: what was said of its rows when they came is not said again, as of a file's rows; a
    # trial's re-import repeated "a row added for a new article")
    warnings = _said_before(store, p, report, warnings)
    named = LABELS["en" if form.text_lang == "en" or draft.profile.startswith("en") else "zh"]  # (English: Contact)
    details = tuple((named[role], value.strip()) for role in ("contact", "phone", "date")
                    if (value := form.fields.get(role, "")).strip())  # fmt: skip
    return ImportResult("form", stored.ref, report, warnings, skipped, found=len(comments), details=details)


_MEMBER_COLUMNS = {
    "id": ("id", "member", "memberid", "会员", "会员编号", "编号", "简称"),
    "org": ("org", "organisation", "organization", "company", "单位", "公司", "名称", *ORG_HEADERS),
    "group": ("group", "workinggroup", "wg", "工作组", "小组", "行业工作组"),
    "email": ("email", "e-mail", "mail", "邮箱", "电子邮箱"),
    "lang": ("lang", "language", "语言"),
    "role": ("role", "角色"),
}  # fmt: skip
#: Words a header holds that name the column (联系邮箱, 电子邮件地址, 所属工作组): a secretariat's own headers (a
#: trial's 联系邮箱 column was left unread, every e-mail empty, unsaid); said when a column is read so. Never a
#: header that speaks of someone else's detail or asks a question (工作组负责人邮箱, 是否订阅邮件, Mailing address:
#: a review's were read as the member's e-mail, or refused as two group columns).
_MEMBER_HEADER_WORDS = (("email", ("邮箱", "电子邮件", "e-mail", "email")), ("group", ("工作组",)))
_NOT_THE_MEMBERS = ("负责人", "是否", "地址", "秘书", "组长", "address", "leader", "chair")


@dataclass(frozen=True, slots=True)
class MemberImport:
    """What :func:`import_members` did: how many members it added, updated and left as they were,
    and its warnings (each naming the file: a column it does not read, or reads by a word of its
    header). ``result["added"]`` reads as the dict of counts it returned before did."""

    added: int
    updated: int
    unchanged: int
    warnings: tuple[str, ...] = ()

    def __getitem__(self, key: str) -> int:
        if key not in ("added", "updated", "unchanged"):
            raise KeyError(key)
        return int(getattr(self, key))


def _member_column(header: str, aliases: Mapping[str, str]) -> str | None:
    """The member detail a members file's column ``header`` gives, or None."""
    key = _header_key(header)
    if key in aliases:
        return aliases[key]
    if any(w in key for w in _NOT_THE_MEMBERS):
        return None
    found = [what for what, words in _MEMBER_HEADER_WORDS if any(w in key for w in words)]
    return found[0] if len(found) == 1 else None  # (工作组邮箱: whose? neither, named as a column not read)


def _header_key(header: str) -> str:
    return header.strip().lstrip("\ufeff").lower().replace(" ", "").replace("_", "")


#: The role column's Chinese words: 工作人员 is how the web app and the review page name staff.
#: An e-mail address as a member file gives it: something, @, a domain with a dot (a working
#: group's name shifted into the column by an unquoted comma is none).
_EMAIL = re.compile(r"[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+")
_ROLE_WORDS = {"会员": "member", "成员": "member", "会员单位": "member", "工作人员": "staff", "员工": "staff",
               "职员": "staff", "秘书处": "staff", "秘书": "staff"}  # fmt: skip


def _kept_details(m: Member, was: Member | None, given: set[str | None]) -> Member:
    """``m`` as a file's row gives it, with the details of ``was`` (the stored member) the file
    has no column for."""
    if was is None:
        return m
    return Member(m.id, m.org if "org" in given else was.org, m.group if "group" in given else was.group,
                  m.email if "email" in given else was.email, m.lang if "lang" in given else was.lang,
                  m.role if "role" in given else was.role)  # fmt: skip


def import_members(store: Store, path: str | Path, update: bool = False, encoding: str | None = None) -> MemberImport:
    """Add members from a CSV (id, org, group, email, lang, role; Chinese headers accepted, and
    headers holding 邮箱, 邮件 or 工作组). A column it does not read (联系人, 电话) is warned of.

    Every row is checked first; one bad row stops the whole file (nothing is written).
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), "no such file")
    text, used = decode_text(read_capped(p, MAX_DATA_BYTES, "member files"), str(p), encoding)
    # strict: a quote left open is an error, not a cell that swallows the members below it
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(str(p), f"not valid CSV: {exc}", 1) from None
    if header is None:
        raise InputError(str(p), "the file is empty")
    aliases = {a: k for k, names in _MEMBER_COLUMNS.items() for a in names}
    cols = {i: _member_column(h, aliases) for i, h in enumerate(header)}
    if "id" not in cols.values():
        raise InputError(str(p), "no id column (id, member, 会员…)", 1)
    twice = {k for k in cols.values() if k is not None and list(cols.values()).count(k) > 1}
    if twice:  # (which of two e-mail columns is the member's is never guessed)
        named = "; ".join(f"{', '.join(repr(header[i].strip()) for i, k in cols.items() if k == what)} are all {what}"
                          for what in sorted(twice))  # fmt: skip
        raise InputError(str(p), f"two columns give the same detail: {named}; keep one", 1)
    unread = [h.strip() for i, h in enumerate(header) if cols[i] is None and h.strip()]
    notes: tuple[str, ...] = (f"{p}: column(s) {', '.join(repr(h) for h in unread)} not read: a member has an id, org, "
                              "group, email, lang and role (会员编号, 单位名称, 工作组, 邮箱, 语言, 角色)",) if unread else ()  # fmt: skip
    # a column read by a word its header holds, not by its name: said, for staff to check it is the member's
    guessed = [(h.strip(), cols[i]) for i, h in enumerate(header) if cols[i] is not None and _header_key(h) not in aliases]
    notes += tuple(f"{p}: column {h!r} read as the member's {what}" for h, what in guessed)
    if not encoding and used != "utf-8":  # (a GBK member file: said, as a comment file's is)
        notes = (encoding_note(p, used), *notes)
    members: list[tuple[str, Member]] = []
    problems: list[str] = []
    for line, record in spreadsheet_rows(p, reader):
        if not any(c.strip() for c in record):
            continue
        v = {cols[i]: c.strip() for i, c in enumerate(record) if cols.get(i)}
        role = (v.get("role") or "member").lower()
        role = _ROLE_WORDS.get(role, role)
        unfit = check_fields({k: v.get(k, "") for k in ("id", "org", "group", "email")})
        past = cells_past(record, len(header)) if len(record) > len(header) else ""
        if past:
            problems.append(f"{line}: {past}")
        elif unfit:
            problems += [f"{line}: {x}" for x in unfit]
        elif v.get("email") and not _EMAIL.fullmatch(v["email"]):
            problems.append(f"{line}: {v['email']!r} is no e-mail address (name@example.com)")
        elif not v.get("id") or any(ch.isspace() for ch in v["id"]):
            problems.append(f"{line}: the id must be one word (got {v.get('id', '')!r})")
        elif role not in ("member", "staff"):
            problems.append(f"{line}: role must be member or staff (会员 or 工作人员; got {v.get('role')!r})")
        else:
            members.append((line, Member(v["id"], v.get("org", ""), v.get("group", ""), v.get("email", ""),
                                                  v.get("lang") or "zh", Role(role))))  # fmt: skip
    seen: dict[str, str] = {}
    for where, m in members:
        if m.id in seen:
            problems.append(f"{where}: member {m.id!r} repeats {seen[m.id]}")
        seen.setdefault(m.id, where)
    if problems:
        raise ValidationError(str(p), problems, f"{len(problems)} invalid row(s); no member was added")
    if update:
        # a column the file has none of is no detail it changes: each existing member keeps its own
        # (a sheet of ids, names and groups erased every member's e-mail: a verifying trial's)
        given = set(cols.values())
        known = {m.id: m for m in store.members()}
        members = [(w, _kept_details(m, known.get(m.id), given)) for w, m in members]
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    try:
        for status in store.add_members([m for _, m in members], update=update):
            counts[status] += 1
    except StoreError as exc:
        found = re.match(r"member '([^']+)'", str(exc))
        row = next((w for w, m in members if found and m.id == found.group(1)), None)
        raise InputError(str(p), f"{row}: {exc}" if row else str(exc)) from None
    return MemberImport(counts["added"], counts["updated"], counts["unchanged"], notes)


def add_amended_draft(store: Store, path: str | Path, base_ref: str, version: str, *, law: str | None = None,
                      title: str | None = None, encoding: str | None = None,
                      replace: bool = False, carried_again: bool = False) -> tuple[StoredDraft, str, AmendReport]:  # fmt: skip
    """Parse the instrument at ``path``, apply it to the stored ``base_ref`` and store the
    result as a new version of the same draft; returns it, its status and the report.
    ``carried_again``: the caller carries the comments carried onto the version again
    (``carry_forward(…, replaced=…)``), as :func:`add_draft_file` says."""
    from ..amendment.apply import apply_instrument
    from ..amendment.parse import load_instrument

    base = store.get_draft(base_ref)
    sha = hashlib.sha256(f"{base.sha256}:{file_sha256(path)}".encode()).hexdigest()
    instrument = load_instrument(path, encoding)
    draft, report = apply_instrument(base.load(), instrument, law, name=Path(path).name)
    stored, status = store.add_draft(draft, base.name, version, sha, Path(path).name,
                                     title=title or base.title, replace=replace, carried_again=carried_again)  # fmt: skip
    return stored, status, report
