"""Comment files: CSV (UTF-8, UTF-8 with BOM, GB18030), JSON and JSONL, validated row by row.

Every invalid row is reported with its row number before anything is stored; the column
set and its Chinese aliases are documented in docs/comments.md.
"""

from __future__ import annotations

import csv
import io
import json
import marshal
import re
import struct
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..batch import is_wording
from ..comments import Anchor, CommentSource, Fingerprinter, NewComment, SourceKind, Stance, Status
from ..drafts.anchors import describe, quote_anchor, resolve, title_words, unit_body, unit_index, whole_draft
from ..drafts.encoding import decode_text
from ..drafts.normalize import invisible_removed
from ..drafts.pairing import HAN, Pairing, written_in
from ..drafts.serialize import body_separator
from ..errors import CitationError, InputError, LawcommentError, ValidationError
from ..heap import slot_maker
from ..importers import CommentReader
from ..lazy import lazy_pattern
from ..limits import MAX_CELL_CHARS, MAX_DATA_BYTES, read_capped
from ..model import Draft, Unit
from ..records import in_future
from ..review.instructions import instructed_rendering
from ..review.proposals import (Anchoring, anchoring, full_width, instruction_lead, invisible_note, keep_items, law_spacing,
                                 new_article_label, new_article_note, new_item_lead, new_unit_lead, normalised_wording,
                                 quoted_wording, typed_label, typed_label_note, width_note)
from ..textcheck import check_fields, line_feeds, unfit_search
from ..workers import Claims, Outbox, beside, default_workers
from .misfiled import Found, Misfiled, MisfiledJudge, refused_here, whole_article_given
from .new_articles import new_article_after, numbers_new_article
from .stances import remark_stance

#: NewComment and CommentSource from their fields in order, without __init__'s setattr per field
#: (a portal's export has 100,000 rows)
_new_comment, _new_source, _new_anchor = slot_maker(NewComment), slot_maker(CommentSource), slot_maker(Anchor)

_EID = re.compile(r"^[a-z]+_[0-9]")  # art_16, chp_2__sec_1: a unit of the draft, whatever the row's language

#: Headers of a column of organisations' names, as Chinese sheets head them: a comment file's member
#: column (a member's id or organisation) and a member file's organisation column take them alike.
ORG_HEADERS: tuple[str, ...] = ("单位名称", "会员/单位名称", "会员单位名称", "企业名称", "公司名称", "机构名称", "反馈单位",
                                "意见单位", "提出意见单位")  # fmt: skip

#: Canonical column → accepted header spellings (compared without case, spaces, _ and -).
COLUMNS: dict[str, tuple[str, ...]] = {
    "member": ("member", "memberid", "会员", "成员", "单位", "提出单位", "会员单位", *ORG_HEADERS),
    "article": ("article", "eid", "at", "citation", "unit", "条款", "条文", "条目", "位置", "具体条款", "涉及条款", "条款序号"),
    "quote": ("quote", "exact", "原文", "引文", "原文引用", "引用原文", "所涉原文"),
    "proposed_text": ("proposedtext", "proposal", "proposed", "proposedwording", "wording", "newtext", "修改建议", "建议条文",
                      "建议修改为", "修改后条文", "修改后的条文", "建议修改内容", "建议修改条文", "修改内容", "修改后内容",
                      "建议文本", "修改意见", "修改建议条文"),
    "reason": ("reason", "body", "comment", "理由", "说明", "修改理由", "意见", "理由说明", "修改理由及依据", "理由及依据",
               "修改理由和依据", "理由和依据", "修改依据"),
    "stance": ("stance", "type", "立场", "意见类型", "类型"),
    "draft": ("draft", "草案"),
    "committee_reason": ("committeereason", "委员会理由", "委员会意见"),  # staff's own reason for the article
    "lang": ("lang", "language", "语言"),  # en: written on the draft's English translation
}
_ALIASES = {alias: canon for canon, names in COLUMNS.items() for alias in names}
#: A header no alias names that still reads like a column of proposed wordings (建议修改后的表述,
#: 修改后文本, proposed new text); not 建议单位, 修改日期, proposed by, nor the committee's own.
_PROPOSING_HEADER = re.compile(r"(?!委员会|committee)(?:.*(?:修改|建议).*(?:内容|条文|文本|表述|措辞|稿)|.*修改为|.*修改后|"
                               r".*建议为|.*propos\w*(?:text|wording)|.*wording)")

#: Chinese (and a few English) words accepted in the stance column.
STANCE_WORDS: dict[str, Stance] = {
    "修改": Stance.AMEND, "修订": Stance.AMEND, "删除": Stance.DELETE, "删去": Stance.DELETE,
    "新增": Stance.INSERT, "增加": Stance.INSERT, "增设": Stance.INSERT, "支持": Stance.SUPPORT,
    "赞成": Stance.SUPPORT, "同意": Stance.SUPPORT, "反对": Stance.OPPOSE, "不同意": Stance.OPPOSE,
    "疑问": Stance.QUESTION, "问题": Stance.QUESTION, "意见": Stance.COMMENT, "评论": Stance.COMMENT,
    "其他": Stance.COMMENT, "agree": Stance.SUPPORT, "disagree": Stance.OPPOSE, "approve": Stance.SUPPORT,
    "endorse": Stance.SUPPORT, "object": Stance.OPPOSE, "against": Stance.OPPOSE, "add": Stance.INSERT,
    "new": Stance.INSERT, "remove": Stance.DELETE, "query": Stance.QUESTION, "remark": Stance.COMMENT,
}  # fmt: skip
_STANCE_VALUES: dict[str, Stance] = {s.value: s for s in Stance}


def _norm_header(name: str) -> str:
    return re.sub(r"[\s_\-（）()]+", "", name.strip().lstrip("\ufeff")).lower()


#: What a member writes as the proposed text to ask for the unit's deletion (the comment form
#: says so): 删除, 删去本款, 建议删除。, delete this article … read as stance delete, in a form
#: and in a CSV or JSON row alike.
_DELETION = re.compile(r"(?:建议)?(?:删除|删去|删掉)(?:本|该|此)?(?:条|款|项|目|条文|规定)?|"
                       r"(?:delete|deleted|remove|delete this (?:article|paragraph|item|provision))")


def asks_deletion(text: str) -> bool:
    """Whether a proposed text is no wording but the request to delete its unit (删除本款。)."""
    # (a wording is longer than any way of asking: most proposals never reach the pattern)
    return len(text) < 40 and _DELETION.fullmatch(text.strip().rstrip("。；;.！!").strip().casefold()) is not None


#: What members type in the wording column (修改建议, proposed_text) to say they propose no wording:
#: a sheet's every row has the cell, so they fill it (无, /, 暂无, N/A …). Never law text: "无" stored as
#: the wording would replace the whole unit with one character (a new user's trial).
_NO_WORDING = re.compile(r"(?:无|暂无|没有|空|略|无意见|暂无意见|无建议|暂无建议|无修改|无修改意见|无修改建议|暂无修改意见|"
                         r"不修改|无需修改|不需修改|无须修改|不作修改|不用修改|维持原文|保持原文|保留原文|同原文|原文不变|"
                         r"维持不变|保持不变|(?:详)?见(?:修改)?理由(?:栏)?|理由见右|见右|见备注|"
                         r"n/?a|none|nil|null|no change|no changes|not applicable|see reason)")
#: A cell of marks only (/, -, —, …, ×): a blank filled in.
_MARKS_ONLY = re.compile(r"[\s/／\\＼\-－—–―~～_＿.。·…*＊×○〇、，,；;：:]+")
#: 同上 (the same as above): no wording of its own; which row it means is the reader's guess.
_SAME_AS_ABOVE = re.compile(r"(?:同上|同前|同上条|同上款|同上述|同上意见|同上一条|同上一行|同上行|见上|见上条|见上文|参见上条|"
                            r"同前条|同前述|同第[^，,。]{1,12}?(?:条|款|项|行)(?:意见|建议)?|ditto|same as above)")
#: A cell agreeing with the article as it is (同意, 无异议): support, when no stance says otherwise.
_NO_OBJECTION = re.compile(r"(?:无异议|没有异议|无不同意见|认可|同意原文|赞同原文|同意草案|没意见)")
#: What :func:`placeholder` reads a cell's core against, but SUPPORT_ONLY: it fullmatches this when it
#: fullmatches any of them (their alternatives, tried in turn); compiled when first asked (a command
#: that reads no cell never pays for it).
_ANY_PLACEHOLDER = lazy_pattern("|".join(f"(?:{p.pattern})" for p in (_MARKS_ONLY, _SAME_AS_ABOVE, _NO_OBJECTION,
                                                                     _NO_WORDING)))  # fmt: skip


def placeholder(text: str) -> str | None:
    """What a wording cell that holds no wording says: ``"same"`` (同上: the row above's, which is
    never guessed), ``"agree"`` (同意, 支持, 无异议), ``"none"`` (无, /, 暂无, 见理由, N/A …), or None for
    anything else (a wording, 删除, an instruction)."""
    t = text.strip()
    if not t or len(t) > 16:  # (a wording is longer than any placeholder: most cells never reach the patterns)
        return None
    core = t.strip("。.！!；;，,（）()【】[]“”\"' \t\u3000").casefold()
    if core and _ANY_PLACEHOLDER().fullmatch(core) is None and SUPPORT_ONLY.match(t) is None:
        return None  # (one search for the four patterns below: most short cells are none of them)
    if not core or _MARKS_ONLY.fullmatch(core):
        return "none"
    if _SAME_AS_ABOVE.fullmatch(core):
        return "same"
    if SUPPORT_ONLY.match(t) or _NO_OBJECTION.fullmatch(core):
        return "agree"
    return "none" if _NO_WORDING.fullmatch(core) else None


def placeholder_refusal(text: str, where: str = "the proposed text") -> str:
    """Why a wording cell reading 同上 (same as above) is refused: a row is read on its own."""
    return (f"{where} 「{text.strip()}」 (same as above) is no wording: each row is read on its own, never from the "
            "row above; write out the wording it means (or leave the cell empty to keep the reason as a remark)")


def placeholder_note(text: str, stance: Stance | None, where: str, reason: str = "") -> str:
    """The warning for a wording cell holding a placeholder (无, /, 同意) at ``where``: read as a
    remark (its reason kept), as support or another ``stance`` given, or, None, nothing recorded
    (no reason); never stored as the unit's wording, so it replaces no wording of the member's."""
    said = f"the proposed text 「{text.strip()}」 is no wording"
    if stance is None:
        gave = f" and the reason 「{reason.strip()}」 says nothing" if reason.strip() else " and the row gives no reason"
        return f"{said}{gave}: nothing is recorded at {where}"
    if stance is Stance.COMMENT:
        return f"{said}: read as a remark on {where}, its reason kept"
    return f"{said}: read as {'support of' if stance is Stance.SUPPORT else f'stance {stance} on'} {where}"


def blank_reason_note(text: str) -> str:
    """The warning for a reason cell holding only a placeholder (/, 无): read as no reason."""
    return f"the reason 「{text.strip()}」 says nothing (a placeholder): read as none"


class NothingToRecord(Exception):
    """A row that says nothing once its placeholders are read as none (无 in 修改建议, no reason):
    no comment, and no refusal either: its warning says so."""


#: A reason that gives a new wording (建议修改为：“……”), not a remark on the text: kept as the remark it
#: is beside no wording (a form's 修改建议 left as printed, a row's empty), and said.
#: (its closing mark with it: a warning quoting it had dropped the ”, a trial of 反洗钱法)
_WORDING_IN_REASON = re.compile(r"(?:建议)?(?:修改|改|修订|表述)为\s*(?:[:：]\s*[“「\"『]?|[“「\"『])[^”」\"』]{10,}[”」\"』]?")


#: A remark asking for a change: 建议缩短, 建议删除, 应改为 … (read in a comment whose stance is support),
#: not one that says no change is needed (不建议修改, 无需修改为, 已改为).
_ASKS_CHANGE = re.compile(r"(?<![不无未已需须必])(?:建议(?:修改|删除|删去|增加|增设|缩短|延长|提高|降低|改为|调整|明确|细化|"
                          r"取消|放宽|限制)|修改为|(?<!修)改为|应当修改)")


#: A remark backing another comment: 支持华云意见, 同意明瑞公司的建议, 赞同上述意见, support Acme's proposal
#: (not the draft: 同意征求意见稿, 支持本次修改).
_BACKS_ANOTHER = re.compile(r"(?:支持|同意|赞同|赞成|附议)[^，,。；;：:\n]{1,12}?(?:(?<!征求)意见(?!稿)|建议|提议|方案)|"
                            r"\b(?:support|second|agree with|endorse)\w*\s+(?:\S+\s+){0,3}?(?:proposal|suggestion|"
                            r"comment|amendment|wording)s?\b", re.IGNORECASE)  # fmt: skip


#: A 理由 that only supports the article as it stands (支持本条。同意。赞成该条规定): the whole of it, so
#: 「同意。但建议将九十日改为六十日。」 stays a remark for staff to read. With no stance and no wording
#: given, such a reason makes the comment support, in a form's row, a file's row or typed.
SUPPORT_ONLY = re.compile(r"^(?:支持|同意|赞成|赞同)(?:本条|该条|此条|本款|本项|原文|草案)?(?:的?规定)?[。！!]?\s*$|"
                          # an English form's: "We (strongly) support this article." "Agreed." "Supported."
                          r"^(?:we\s+)?(?:(?:strongly|fully|fully\s+and\s+strongly)\s+)?(?:support|supported|agree|agreed|"
                          r"endorse|endorsed)(?:\s+(?:with\s+)?(?:this|the)\s+(?:article|section|subsection|clause|paragraph|provision|item|wording|text))?"
                          r"(?:\s+as\s+(?:it\s+stands|drafted))?[.!]?\s*$", re.IGNORECASE)


def support_that_proposes(reason: str) -> str | None:
    """The words of a supporting comment's reason that ask for a change (建议缩短初步审查期限),
    or None: it would be counted as agreeing with the draft's wording."""
    found = _ASKS_CHANGE.search(reason)
    return None if found is None else reason[found.start():found.start() + 20].split("\n")[0]


def support_warning(reason: str, how: str) -> str | None:
    """The warning for a comment of stance support whose reason asks for a change, or backs
    another comment (支持华云意见): either way it is counted as agreeing with the draft's
    wording as it is. ``how`` says how to give the wording instead."""
    if (cue := support_that_proposes(reason)) is not None:
        said = f"the reason proposes a change (「{cue}」)"
    elif (backs := _BACKS_ANOTHER.search(reason)) is not None:
        said = f"the reason backs another comment (「{backs.group(0)}」)"
    else:
        return None
    return f"stance support, but {said}; it counts as support for the draft's wording as it is ({how})"


def parse_stance(value: str, proposed: str | None) -> Stance:
    """A stance word (English or Chinese); empty means amend with proposed text, else comment."""
    word = value.strip().lower()
    if not word:
        return Stance.AMEND if proposed else Stance.COMMENT
    if word in STANCE_WORDS:
        return STANCE_WORDS[word]
    if word in _STANCE_VALUES:  # Stance(word), without the Enum call
        return _STANCE_VALUES[word]
    try:
        return Stance(word)
    except ValueError:
        known = ", ".join(s.value for s in Stance)
        also = ", ".join(w for w in STANCE_WORDS if w.isascii())
        raise ValueError(f"unknown stance {value!r} (use {known}, or 修改/删除/新增/支持/反对/疑问/意见; also taken: "
                         f"{also})") from None  # fmt: skip


@dataclass(frozen=True, slots=True)
class Row:
    """One record of a comment file, with canonical keys, and where it sits in the file."""

    position: str
    values: dict[str, str]
    extra: Mapping[str, Any]  # never written
    past: str = ""  # why the reader cannot trust the row: a CSV row past its header's columns, an orphaned JSON item


_row = slot_maker(Row)  # (a file's 100,000 rows: without __init__'s setattr per field)

#: The suffixes of a JSON Lines comment file: one comment object a line.
JSON_LINES = frozenset({".jsonl", ".ndjson"})


#: What to do with a file of a type lawcomment does not read, by its suffix.
_SAVE_AS = {
    **dict.fromkeys((".doc", ".wps", ".rtf", ".odt", ".dot", ".dotx", ".docm"),
                    "save it as a Word document (.docx) in Word, WPS or LibreOffice and import that: a filled 意见反馈表 "
                    "or a marked-up copy of the draft is read from a .docx"),
    **dict.fromkeys((".xls", ".et", ".ods"),
                    "save the sheet as CSV (.csv, UTF-8), or as an Excel workbook (.xlsx) with the lawcomment-xlsx plugin "
                    "installed, in Excel, WPS or LibreOffice, and import that"),
    **dict.fromkeys((".xlsx", ".xlsm"),
                    "install the lawcomment-xlsx plugin (pip install -e plugins/lawcomment-xlsx), which reads Excel "
                    "workbooks, or save the sheet as CSV (.csv, UTF-8) and import that"),
}  # fmt: skip


def unreadable_type(path: Path) -> str | None:
    """Why a comment file of ``path``'s type cannot be imported, and what to save it as; None
    for the types read (.csv, .json, .jsonl and .ndjson rows, .docx forms and marked-up copies)."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".json", ".docx", *JSON_LINES) or suffix in _sheet_readers():
        return None
    what = f"a {suffix} file is not a comment file lawcomment reads" if suffix else "a file with no suffix is not read"
    how = _SAVE_AS.get(suffix, "comment files are .csv, .json or .jsonl (a row per comment), or .docx (a filled "
                               "意见反馈表 or a marked-up copy of the draft)")  # fmt: skip
    return f"{what}; {how}"


def read_rows(path: Path, encoding: str | None = None, unread: list[str] | None = None,
              lang: str = "zh") -> tuple[list[Row], list[str], SourceKind]:  # fmt: skip
    """Rows of a .csv, .json or .jsonl comment file, plus warnings (ignored columns); ``unread``
    receives the headers of a CSV's columns no column name matches (an error naming a column the
    rows lack names them too: the member's 单位全称 is a column not read, not a member missing);
    ``lang``, the draft's language, names the columns a warning suggests (Reason, not 理由)."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json", *JSON_LINES) and (sheet := _sheet_readers().get(suffix)) is not None:
        # (a workbook is said to be one, as `import list` names it, though its rows are read as a CSV file's)
        return (*_sheet_rows(path, sheet, unread, lang), SourceKind.XLSX if suffix in (".xlsx", ".xlsm") else SourceKind.CSV)
    if suffix not in (".csv", ".json", *JSON_LINES):
        raise InputError(str(path), unreadable_type(path) or f"a {suffix} file holds no rows (use .csv, .json or .jsonl)")
    text, used = decode_text(read_capped(path, MAX_DATA_BYTES, "comment files"), str(path), encoding)
    read_as = [] if encoding or used == "utf-8" else [encoding_note(path, used)]
    if suffix == ".csv":
        rows, notes = _csv_rows(path, text, unread, lang=lang)
        return rows, [*read_as, *notes], SourceKind.CSV
    rows, notes = _json_rows(path, text, jsonl=suffix in JSON_LINES)
    return rows, [*read_as, *notes], SourceKind.JSON


def encoding_note(path: Path, used: str) -> str:
    """The note for a comment or member file found to be in another encoding than UTF-8 (GBK, as
    Chinese Excel saves a CSV): said as a draft's is, for a wrong guess would garble every row."""
    return f"{path}: encoding: read as {used}, not UTF-8 (pass --encoding to read it as another)"


def _sheet_readers() -> Mapping[str, CommentReader]:
    """The plugins' readers of comment sheets by suffix (.xlsx with lawcomment-xlsx)."""
    from ..plugins import comment_readers

    return comment_readers()


def _sheet_rows(path: Path, sheet: CommentReader, unread: list[str] | None, lang: str = "zh") -> tuple[list[Row], list[str]]:
    """A workbook's rows read as a CSV file's (:class:`~lawcomment.importers.CommentReader`): its
    cells written as CSV and read back, so every column, check and message is the CSV file's."""
    if path.stat().st_size > MAX_DATA_BYTES:
        read_capped(path, MAX_DATA_BYTES, "comment files")  # (refused, named, as a CSV file of that size is)
    try:
        got = sheet.read(path)
    except LawcommentError:
        raise
    except Exception as exc:  # (a plugin's reader: its failure named with the file, never a traceback)
        raise InputError(str(path), f"not read by {sheet.name}: {exc}") from None
    cells, notes = got[0], got[1]
    title = got[2] if len(got) > 2 else ""  # type: ignore[misc]  # (the sheet read, when the reader names it)
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n").writerows(cells)
    if not cells:
        raise InputError(str(path), "the sheet is empty")
    try:
        rows, more = _csv_rows(path, out.getvalue(), unread, sheet=True, lang=lang)
    except InputError as exc:
        # the sheet's row, never a line of the CSV it was read as, with the sheet's name (a trial's hidden.xlsx
        # was told "line 1"); which sheet was read, and which not, said with why it could not be (a review's
        # read a 填表说明 sheet)
        where = ((f"sheet {title!r}, " if title else "") + f"row {exc.line}: ") if exc.line is not None else ""
        said = f" ({'; '.join(n.removeprefix(f'{path}: ') for n in notes)})" if notes else ""
        if not where and not said:
            raise
        raise InputError(str(path), f"{where}{exc.detail}{said}") from None
    return rows, [*notes, *more]


def _csv_rows(path: Path, text: str, unread_names: list[str] | None = None,
              sheet: bool = False, lang: str = "zh") -> tuple[list[Row], list[str]]:  # fmt: skip
    # strict: a quote left open is an error, not a field that swallows the rest of the file
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(str(path), "the file is empty") from None
    except csv.Error as exc:
        raise InputError(str(path), f"not valid CSV: {exc}", 1) from None
    notes: list[str] = []
    # a sheet saved with tabs (Excel's "Unicode text") or semicolons (a European Excel's CSV): its header
    # is one cell holding every column's name (a trial's was "no article column")
    if len(header) == 1 and (sep := _separator(header[0])) is not None:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=sep)
        header = next(reader)
        notes.append(f"{path}: read as {'tab' if sep == chr(9) else 'semicolon'}-separated: its header has no commas "
                     "between the column names")  # fmt: skip
    first = 1  # the header's row, as a spreadsheet numbers it
    # a title typed above the header (关于《…》的意见汇总表): the header is the row below it
    if not any(_ALIASES.get(_norm_header(name)) == "article" for name in header):
        ahead = list(csv.reader(io.StringIO("\n".join(text.split("\n", 4)[1:4]), newline="")))
        below = next((k for k, row in enumerate(ahead, 2)
                      if any(_ALIASES.get(_norm_header(name)) == "article" for name in row)), None)  # fmt: skip
        if below is not None and "\n" not in "".join(header):
            title = " ".join(x.strip() for x in header if x.strip())
            for _ in range(below - 1):
                header = next(reader)
            first = below
            notes.append(f"{path}: row 1 ({title[:30]!r}) is read as a title above the header, row {below}")
    if not any(_ALIASES.get(_norm_header(name)) == "article" for name in header) and (
            (detail := _member_detail(header)) is not None):  # fmt: skip
        # a member list imported as comments (a trial's was "two columns mean 'member' (the second is '单位名称')")
        shown = ", ".join(repr(n.strip().lstrip("\ufeff")) for n in header if n.strip())
        raise InputError(str(path), f"this looks like a member list (columns {shown}), not a comment file: it has no "
                                    f"article column, and {detail!r} is a member's detail; import it with `lawcomment "
                                    "member import`", first)  # fmt: skip
    mapping: dict[int, str] = {}
    unread: list[int] = []  # the columns no name above matches: each said, with the cells it leaves out
    for i, name in enumerate(header):
        canon = _ALIASES.get(_norm_header(name))
        if canon is None:
            if _PROPOSING_HEADER.match(_norm_header(name)):  # its wordings would be lost, the rows read as remarks
                raise InputError(str(path), f"column {name!r} looks like proposed wordings, but is no column lawcomment "
                                            f"reads; name it 修改建议 or proposed_text (or one of: "
                                            f"{', '.join(COLUMNS['proposed_text'][7:])}), or take it out", 1)  # fmt: skip
            unread.append(i)
            continue
        if canon in mapping.values():
            raise InputError(str(path), f"two columns mean {canon!r} (the second is {name!r})", 1)
        mapping[i] = canon
    if unread_names is not None:
        unread_names += [header[i].strip() for i in unread if header[i].strip()]
    if "article" not in mapping.values():
        raise InputError(str(path), f"no article column (expected one of: {', '.join(COLUMNS['article'])})"
                                    + not_read([header[i] for i in unread]), 1)  # fmt: skip
    rows: list[Row] = []
    canons = list(mapping.values())
    width = max(mapping) + 1
    # the columns read the first ones, in order (most files): a record's first cells are its values
    pick: Callable[[Sequence[str]], Sequence[str]] | None = None if list(mapping) == list(range(width)) else (
        itemgetter(*mapping) if len(mapping) > 1 else lambda record: (record[next(iter(mapping))],))  # fmt: skip
    columns = len(header)
    filled: dict[int, list[str]] = {i: [] for i in unread}  # an unread column → the rows where it holds words
    # a sheet's running number (序号 1, 2, 3 …): no words of a comment, so not said (a trial's was, each file); one
    # holding anything but a number is said as any other column is
    ordinal = {i for i in unread if _norm_header(header[i]) in _ORDINAL_HEADERS}
    long = len(text) > MAX_CELL_CHARS  # (a shorter file has no cell past the cap: its rows are not measured)
    too_long: list[str] = []  # every cell past the cap
    for position, record in spreadsheet_rows(path, reader, first, text, header):
        if long and max(map(len, record), default=0) > MAX_CELL_CHARS:
            too_long += [f"{position}, {_column(header, k)}: {cell_too_long(len(cell))}" for k, cell in enumerate(record)
                         if len(cell) > MAX_CELL_CHARS]  # fmt: skip
        # blank when every cell is only whitespace, as their concatenation then is (a first cell
        # with words says it at once)
        if not (record and record[0].strip()) and not "".join(record).strip():
            continue
        for i in unread:
            if i < len(record) and (cell := record[i].strip()) and not (i in ordinal and _ORDINAL.fullmatch(cell)):
                filled[i].append(position)
        size = len(record)
        if size < width:
            values = {canon: record[i] if i < size else "" for i, canon in mapping.items()}
        elif pick is None:  # (zip stops at the last column read, as the pick does)
            values = dict(zip(canons, record))
        else:
            values = dict(zip(canons, pick(record), strict=True))
        rows.append(_row(position, values, _NO_EXTRA, cells_past(record, columns, sheet) if size > columns else ""))
    if too_long:
        raise ValidationError(str(path), too_long, f"{len(too_long)} cell(s) hold more than {MAX_CELL_CHARS:,} "
                                                   "characters, the most a cell of a comment sheet may; nothing was "
                                                   "imported")  # fmt: skip
    if not rows:  # (a header alone: the sheet's rows were left out when it was saved)
        notes.append(f"{path}: no rows below the header: nothing to import")
    return rows, notes + [w for i in unread if (filled[i] or i not in ordinal) and (w := _unread_column(path, header[i], i,
                                                                                                      filled[i], lang))]


#: The headers of a sheet's running number, and what its cells hold: 1, 2., 3、, （4）, 五.
_ORDINAL_HEADERS = frozenset({"序号", "序", "行号", "no", "no.", "#", "number", "seq", "s/n", "sn"})
_ORDINAL = re.compile(r"[（(]?(?:\d{1,6}|[一二三四五六七八九十百]{1,6})[）)]?[.、．]?")


#: Words of a member file's headers that no comment file has: a working group, an e-mail, a role.
_MEMBER_IDS = frozenset({"id", "org", "organisation", "organization", "会员编号", "编号"})
_MEMBER_DETAILS = re.compile(r"工作组|小组|邮箱|电子邮件|角色|group|wg|e-?mail|role", re.IGNORECASE)


def _member_detail(header: Sequence[str]) -> str | None:
    """The header of a member file's detail (工作组, 邮箱, role) in a header that has a member column (or a
    member file's id, org), or None."""
    if not any(_ALIASES.get(_norm_header(name)) == "member" or _norm_header(name) in _MEMBER_IDS for name in header):
        return None
    return next((name.strip() for name in header if _MEMBER_DETAILS.fullmatch(_norm_header(name))
                 or (_ALIASES.get(_norm_header(name)) is None and _MEMBER_DETAILS.search(name))), None)  # fmt: skip


def comment_column(header: str) -> str | None:
    """The comment column a sheet's header names (``reason`` for 理由, ``article`` for 条款), as a CSV
    file's header is read; None for one that names none. A comment reader finds a sheet's comment
    header so (the lawcomment-xlsx plugin: a hidden sheet of comments, a merged wording)."""
    return _ALIASES.get(_norm_header(header))


def _separator(cell: str) -> str | None:
    """The tab or semicolon separating a header's column names when a sheet saved them in one
    cell (会员\t条款\t理由), as its article column shows; None otherwise."""
    for sep in ("\t", ";"):
        names = cell.split(sep)
        if len(names) > 1 and any(_ALIASES.get(_norm_header(name)) == "article" for name in names):
            return sep
    return None


def not_read(names: Sequence[str]) -> str:
    """The columns of a file that were not read, said after an error about a column the file lacks
    (its 单位全称 or 具体条款 headed otherwise than lawcomment reads): "" when there are none."""
    shown = [repr(n.strip().lstrip("\ufeff")) for n in names if n.strip()]
    return f"; the file's columns not read: {', '.join(shown)}" if shown else ""


def _unread_column(path: Path, name: str, index: int, filled: list[str], lang: str = "zh") -> str | None:
    """The warning for a column of a comment file that no column name matches: never dropped
    unsaid when it holds words (what it holds and where), said as ignored when it is empty but
    named; None for an empty column with no header (a spreadsheet's trailing commas)."""
    shown = f"column {name!r}" if name.strip() else f"column {index + 1} (no header)"
    if not filled:
        return f"{path}: {shown} is not a comment column; ignored" if name.strip() else None
    where = ", ".join(filled[:5]) + (f" and {len(filled) - 5} more" if len(filled) > 5 else "")
    return (f"{path}: {shown} is not a comment column: its words in {len(filled)} row(s) ({where}) are not imported "
            f"(head it as a column lawcomment reads, such as {'Reason or Proposed text' if lang == 'en' else '理由 or 修改建议'}, "
            "to import them)")


def unmarked_quote(typed: str, quote: str) -> str:
    """The warning for a quote typed in quotation marks that the law does not have around its words,
    or in another width than the law writes it (:func:`~lawcomment.drafts.anchors.quote_anchor`)."""
    from ..drafts.anchors import unquoted

    if unquoted(typed) != quote:
        return f"the quote {typed} is read as the law writes it, {quote}: in another width"
    return f"the quote {typed} is read without its quotation marks, as {quote}: the law has no marks there"


def cells_past(record: Sequence[str], columns: int, sheet: bool = False) -> str:
    """What a CSV record holds past its header's ``columns``, said as an error ("" when those
    cells are empty, as a spreadsheet's trailing commas leave them). A comma typed in a cell that
    was not quoted cuts the cell in two and moves the rest along: the row cannot be read as meant."""
    extra = [c for c in record[columns:] if c.strip()]
    if not extra:
        return ""
    shown = "、".join(f"「{c.strip()[:20]}{'…' if len(c.strip()) > 20 else ''}」" for c in extra[:3])
    if sheet:  # (a workbook's cell under no header: no comma moved it there)
        return (f"{len(record)} cells for the header's {columns} columns ({shown} past the last): give that column a "
                "header lawcomment reads, or move its words into a column that has one")  # fmt: skip
    return (f"{len(record)} cells for the header's {columns} columns ({shown} past the last): a cell holding a "
            'comma must be quoted ("…,…"), as a spreadsheet saves it')


def cell_too_long(size: int) -> str:
    """Why a cell of ``size`` characters is refused: past MAX_CELL_CHARS, Excel's own limit, in any sheet format."""
    return (f"{size:,} characters, more than a cell may hold ({MAX_CELL_CHARS:,}, as in Excel): split the text over "
            "rows, or shorten it")


def _column(header: Sequence[str], k: int) -> str:
    """Column ``k`` (from 0) as a message names it: ``column 3 ('理由')``."""
    name = header[k].strip().lstrip("\ufeff") if k < len(header) else ""
    return f"column {k + 1} ({name!r})" if name else f"column {k + 1}"


def _cell_sizes(text: str, line: int, delimiter: str) -> list[int]:
    """The length of each cell of the CSV record that starts after ``line`` lines of ``text``, read
    as csv reads it (quotes doubled inside a quoted cell), up to the record's end (or the text's)."""
    at = 0
    for _ in range(line):
        at = text.find("\n", at) + 1
        if at == 0:
            return []
    sizes, size, quoted, n = [], 0, False, len(text)
    while at < n:
        ch = text[at]
        if quoted:
            if ch == '"':
                if at + 1 < n and text[at + 1] == '"':
                    size, at = size + 1, at + 2
                    continue
                quoted = False
            else:
                size += 1
        elif ch == '"':
            quoted = True
        elif ch == delimiter:
            sizes.append(size)
            size = 0
        elif ch == "\n":
            break
        else:
            size += 1
        at += 1
    return [*sizes, size]


def spreadsheet_rows(path: Path, reader: Any, first: int = 1, text: str | None = None,
                     header: Sequence[str] = ()) -> Iterator[tuple[str, list[str]]]:  # fmt: skip
    """Each record of a csv ``reader`` past its header, with where it is as a spreadsheet shows
    it: ``row 4``, the header's being ``first`` (1, or 2 under a title) and blank rows counting. A cell of several lines (a
    reason in paragraphs) puts the rows below it on later lines of the file, but not in later
    rows: the row is what a member finds in Excel, and what a corrected file sent again keeps.
    A broken file (a quote never closed, with ``strict``) is an InputError naming its line."""
    row, line = first, reader.line_num
    try:
        for record in reader:
            row, line = row + 1, reader.line_num
            yield f"row {row}", record
    except csv.Error as exc:
        if "field larger than field limit" in str(exc) and text is not None:
            # (Python's csv stops at 131,072 characters, and in its own words: the cell named, with the cap)
            sizes = _cell_sizes(text, line, reader.dialect.delimiter)
            k = next((k for k, size in enumerate(sizes) if size > MAX_CELL_CHARS), None)
            if k is not None:
                raise InputError(str(path), f"row {row + 1}, {_column(header, k)}: {cell_too_long(sizes[k])}") from None
        where = ""
        if "unexpected end of data" in str(exc):
            at = f"row {row + 1}" if line == row else f"row {row + 1} (line {line + 1})"
            where = f" (a quote opened on {at} or later is never closed)"
        raise InputError(str(path), f"not valid CSV: {exc}{where}", reader.line_num) from None


class _Refused(ValueError):
    """A value JSON's parser read that lawcomment does not take (NaN, a number past float range, an
    integer of thousands of digits): ``token``, its words in the file, for its place to be found."""

    def __init__(self, message: str, token: str) -> None:
        super().__init__(message)
        self.token = token


def _finite(value: str) -> float:
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise _Refused(f"the number {value} is too large", value)
    return number


def _integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:  # (more digits than Python converts: 4300)
        raise _Refused(f"the number {value[:12]}… of {len(value):,} digits is too large", value) from None


def _no_constant(name: str) -> object:
    raise _Refused(f"{name} is not a value JSON allows", name)


def _place_of(text: str, token: str) -> tuple[int, int] | None:
    """The line and column (from 1) where ``token`` first stands in ``text`` as a value, outside
    its strings; None when it stands nowhere so."""
    for m in re.finditer(r'"(?:[^"\\]|\\.)*"|(?<![\w.+-])' + re.escape(token) + r"(?![\w.])", text):
        if not m.group().startswith('"'):
            start = m.start()
            return text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)
    return None


class _Twice(dict):  # type: ignore[type-arg]
    """A JSON object that gives a key twice: read as json reads it (the last value), ``twice``
    saying which key and both values, for the row to be refused (never one value lost unsaid)."""

    twice: tuple[str, Any, Any]


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object from its pairs, as json makes it; a :class:`_Twice` when a key comes twice."""
    out = dict(pairs)
    if len(out) == len(pairs):
        return out
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            twice = _Twice(out)
            twice.twice = (key, seen[key], value)
            return twice
        seen[key] = value
    return out  # (unreachable: fewer keys than pairs means one came twice)


#: What ``json.loads(text, parse_float=_finite, parse_constant=_no_constant)`` builds on every call, built
#: once; each object through :func:`_object`, which marks a key given twice.
_DECODER = json.JSONDecoder(parse_float=_finite, parse_int=_integer, parse_constant=_no_constant, object_pairs_hook=_object)
#: A key's closing quote and its colon: a line with no more of these than its object has keys gives none twice.
_KEY_END = re.compile(r'"\s*:')


def _shown(value: Any) -> str:
    """A JSON value as a message shows it: text in 「」, cut at 30 characters; anything else as JSON."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return f"「{text[:30]}{'…' if len(text) > 30 else ''}」" if isinstance(value, str) else text[:40]


def _given_twice(position: str, rec: _Twice) -> str:
    """Why a JSON object giving a key twice is refused: a JSON reader keeps the last value."""
    key, first, second = rec.twice
    return (f"{position}: the key {key!r} is given twice ({_shown(first)}, then {_shown(second)}): a JSON reader keeps "
            f"only the last, so the first would be lost; give {key!r} once (join the two values into one)")


def _load_json(path: Path, text: str, line: int | None = None) -> Any:
    """``json.loads`` that refuses NaN, Infinity, numbers past float range, huge integers and
    deep nesting with an InputError, never a traceback."""
    try:
        if text.startswith("\ufeff"):  # as json.loads says it
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        # a JSON Lines line is read alone: its own column, the line the file's
        raise InputError(str(path), f"not valid JSON: {exc.msg} (column {exc.colno})", line or exc.lineno) from None
    except _Refused as exc:  # NaN, 1e999999, an integer of more than 4300 digits: said where it stands
        place = _place_of(text, exc.token)
        if place is None:
            raise InputError(str(path), f"not valid JSON: {exc}", line) from None
        raise InputError(str(path), f"not valid JSON: {exc} (column {place[1]})", line or place[0]) from None
    except ValueError as exc:
        raise InputError(str(path), f"not valid JSON: {exc}", line) from None
    except RecursionError:
        raise InputError(str(path), "not valid JSON: nested too deeply", line) from None


def _jsonl_row(path: Path, n: int, line: str, load: Callable[[str], Any], canonical: dict[str, str | None],
               unread: dict[str, list[str]], layouts: dict[tuple[str, ...], tuple[tuple[str, ...], bool] | None]) -> Row:  # fmt: skip
    """:func:`_json_row` of line ``n`` of a JSON Lines file, as :func:`_load_json` reads it. A line
    that orjson (``load``, three times faster) reads as an object of strings, each under a key
    that names a column, is that row at once (its keys' ``layouts`` kept: a file's lines repeat a
    few); both parsers read such a line alike (tests/test_bulk.py holds them to it). Anything
    else, or anything orjson refuses (a lone surrogate's escape, a number past its range, NaN),
    is read as before, errors and all."""
    try:
        rec = load(line)
    except ValueError:  # (orjson.JSONDecodeError)
        rec = None
    # (orjson keeps a key given twice unsaid, its last value: a line that may give one, having more
    # colons after a quote than keys, is read through json, which says so; counted with str.count
    # where no space comes after a quote, as json.dumps writes a line: the regular expression costs)
    if type(rec) is dict and (line.count(":") <= len(rec) or (line.count('":') <= len(rec) and not (
            '" ' in line or '"\t' in line or '"\r' in line)) or len(_KEY_END.findall(line)) <= len(rec)):  # fmt: skip
        keys = tuple(rec)
        layout = layouts.get(keys, _UNSEEN_LAYOUT)
        if layout is _UNSEEN_LAYOUT:
            layout = layouts[keys] = _layout(keys, canonical)
        try:
            joined = "".join(rec.values())  # (a TypeError when a value is no string)
        except TypeError:
            joined = None
        if joined is not None:
            if layout is None:  # (both parsers read it alike: it is not read again)
                return _json_row(path, f"line {n}", rec, canonical, unread)
            canons, own = layout
            if own and "\r" not in joined:  # its keys the columns' own names, no line break to make a line feed
                return _row(f"line {n}", rec, _NO_EXTRA, "")
            return _row(f"line {n}", {canon: line_feeds(v) for canon, v in zip(canons, rec.values())}, _NO_EXTRA, "")
    return _json_row(path, f"line {n}", _load_json(path, line, n), canonical, unread)


_UNSEEN_LAYOUT: Any = object()


def _layout(keys: tuple[str, ...], canonical: dict[str, str | None]) -> tuple[tuple[str, ...], bool] | None:
    """The column each of a JSON object's ``keys`` names (as :func:`_json_row` reads them, kept in
    ``canonical``), and whether they are those very names; None when a key names none."""
    out = []
    for key in keys:
        canon = canonical.get(key, _UNSEEN)
        if canon is _UNSEEN:
            canon = canonical[key] = _ALIASES.get(_norm_header(key))
        if canon is None:
            return None
        out.append(canon)
    if len(set(out)) < len(out):  # (two keys of one column: read by _json_row, which refuses the line)
        return None
    return tuple(out), tuple(out) == keys


_UNSEEN = "\0unseen"  # no key of a JSON object is this very string object


def _json_rows(path: Path, text: str, jsonl: bool) -> tuple[list[Row], list[str]]:
    canonical: dict[str, str | None] = {}  # each distinct key read once
    unread: dict[str, list[str]] = {}  # a key no column name matches → the items where it holds something
    if jsonl:
        # each line read into its row as it comes: a file's parsed objects are never all in memory
        import orjson  # (here: a CSV import never loads it)

        layouts: dict[tuple[str, ...], tuple[tuple[str, ...], bool] | None] = {}
        rows: list[Row] = []
        bad: list[str] = []  # every line that cannot be read, as a CSV file's rows are all listed
        read = 0
        loads, add = orjson.loads, rows.append
        for first, lines in _line_parts(text):
            for n, line in enumerate(lines, first):
                if not line or line.isspace():  # (as `not line.strip()`, without a copy of each line)
                    continue
                read += 1
                try:
                    add(_jsonl_row(path, n, line, loads, canonical, unread, layouts))
                except _KeyRefused:
                    raise
                except InputError as exc:
                    if not bad and read == 1 and (whole := _one_document(text)) is not None:
                        raise InputError(str(path), f"{exc.detail}; {whole}", exc.line) from None
                    bad.append(exc.detail if exc.line is None else f"line {exc.line}: {exc.detail}")
        if bad:
            raise ValidationError(str(path), bad, f"{len(bad)} of {read} line(s) cannot be read; nothing was imported "
                                                  "(fix them and import the file again)")  # fmt: skip
        return rows, _unread_keys(path, unread)
    data = _load_json(path, text)
    if type(data) is _Twice:  # (two "comments" lists: the first would be lost whole)
        raise InputError(str(path), _given_twice("the document", data))
    if isinstance(data, dict) and "comments" in data:
        schema = data.get("schema", "")
        if schema and not str(schema).startswith("lawcomment.comments/"):
            raise InputError(str(path), f"unknown schema {schema!r} (expected lawcomment.comments/1)")
        data = data["comments"]
    if not isinstance(data, list):
        raise InputError(str(path), 'expected a list of comments or {"schema": "lawcomment.comments/1", "comments": […]}')
    items: list[Row] = []
    wrong: list[str] = []  # every item that cannot be read, listed
    for n, rec in enumerate(data, 1):
        try:
            items.append(_json_row(path, f"item {n}", rec, canonical, unread))
        except _KeyRefused:
            raise
        except InputError as exc:
            wrong.append(exc.detail)
    if wrong:
        raise ValidationError(str(path), wrong, f"{len(wrong)} of {len(data)} item(s) cannot be read; nothing was "
                                                "imported (fix them and import the file again)")  # fmt: skip
    return items, _unread_keys(path, unread)


def _one_document(text: str) -> str | None:
    """What to say of a .jsonl file whose first line is no JSON object because the file is one JSON
    document over several lines (a pretty-printed list): name it .json. None for any other file."""
    first = text.lstrip("\ufeff").strip()
    if not first.startswith(("[", "{")):
        return None
    lines = "\n" in first
    try:
        data = json.loads(first)
    except (ValueError, RecursionError):
        if not lines or first.split("\n", 1)[0].strip() not in ("[", "{"):
            return None
        return ("the file looks like one JSON document over several lines (it opens with a lone "
                f"{first[0]!r}), not JSON Lines (one object a line): name it .json to import it as one")
    if not (lines or isinstance(data, list)):  # (one object on its one line: a line's own error)
        return None
    return (f"the file is one JSON document{' over several lines' if lines else ' (a list)'}, not JSON Lines (one "
            "object a line): name it .json to import it as one")


#: Keys of a ``lawcomment.comments/1`` item that are no column: read where they matter (id, source,
#: created, selector) or the store's own record of the comment (status, thread, updated …).
_CONTRACT_KEYS = frozenset({"id", "source", "status", "created", "thread", "selector", "updated", "supersedes",
                            "origin", "note", "forwarded"})  # fmt: skip


def _unread_keys(path: Path, unread: dict[str, list[str]]) -> list[str]:
    """A warning for each key of a JSON comment file that no column name matches and that holds
    something: never dropped unsaid."""
    out = []
    for key, where in unread.items():
        shown = ", ".join(where[:5]) + (f" and {len(where) - 5} more" if len(where) > 5 else "")
        out.append(f"{path}: key {key!r} is not a comment key: its values in {len(where)} item(s) ({shown}) are not "
                   "imported (name it as a key lawcomment reads, such as reason or proposed_text, to import them)")
    return out


#: Characters of a JSON Lines file split into its lines at a time (:func:`_line_parts`).
_LINES_AT_ONCE = 1 << 20


def _line_parts(text: str) -> Iterator[tuple[int, list[str]]]:
    """The lines of ``text`` (split at \\n) a part at a time, each part with its first line's
    number: split by str.split a megabyte at a time (a line found and cut by find and a slice
    each cost a JSON Lines file of 100,000 comments 0.15 s), never a list of the file's every line."""
    start, n = 0, 1
    while True:
        end = text.find("\n", start + _LINES_AT_ONCE)  # (-1 past the end: the rest is the last part)
        lines = (text[start:end] if end >= 0 else text[start:]).split("\n")
        yield n, lines
        if end < 0:
            return
        start, n = end + 1, n + len(lines)


#: a row's keys beyond the comment columns when it has none (most rows): shared, never written
_NO_EXTRA: Mapping[str, Any] = MappingProxyType({})


class _KeyRefused(InputError):
    """A key refused for the whole file (its rows' wordings would be lost): said once, at its first
    row, never listed again for each row that has it."""


def _json_row(path: Path, position: str, rec: Any, canonical: dict[str, str | None],
              unread: dict[str, list[str]] | None = None) -> Row:  # fmt: skip
    """One JSON object of a comment file as a row: its keys read as the columns they name;
    ``unread`` gathers where the other keys (not the JSON contract's own) hold something."""
    if not isinstance(rec, dict):
        raise InputError(str(path), f"{position}: expected an object, got {type(rec).__name__}")
    if type(rec) is _Twice:
        raise InputError(str(path), _given_twice(position, rec))
    values: dict[str, str] = {}
    extra: dict[str, Any] = {}
    for key, value in rec.items():
        canon = canonical.get(key, _UNSEEN)
        if canon is _UNSEEN:
            canon = canonical[key] = _ALIASES.get(_norm_header(key))
        if canon is None and type(value) is str and value.strip() and _PROPOSING_HEADER.match(_norm_header(key)):
            raise _KeyRefused(str(path), f"{position}: {key!r} looks like a proposed wording, but is no key lawcomment "
                                        "reads; name it proposed_text (or 修改建议), or take it out")  # fmt: skip
        if canon is None or value is None:
            extra[key] = value
            if canon is None and unread is not None and key not in _CONTRACT_KEYS and value not in (None, "", [], {}) \
                    and not (isinstance(value, str) and not value.strip()):  # fmt: skip
                unread.setdefault(key, []).append(position)
        elif canon in values:  # (理由 and reason both given: as a CSV file's two columns of one meaning)
            first = next(k for k in rec if k != key and canonical.get(k) == canon and rec[k] is not None)
            raise InputError(str(path), f"{position}: the keys {first!r} and {key!r} both mean {canon!r}: one would be "
                                        f"lost; give one of them")  # fmt: skip
        elif type(value) is str:  # what JSON gives: str(value) would be value itself
            values[canon] = line_feeds(value)  # "\r\n" in JSON is a line break, as a CSV's is
        elif isinstance(value, str) or (canon == "article" and isinstance(value, int) and not isinstance(value, bool)):
            values[canon] = line_feeds(str(value))
        else:
            raise InputError(str(path), f"{position}: {key!r} must be text, not {type(value).__name__}")
    if "article" not in values and "eid" in rec and rec["eid"] is None and "article" not in rec:
        # the JSON contract's comment on the whole document (eid null); an orphaned comment (or one whose
        # article the next reading deleted) has none either: it is on no unit of this draft, never the whole
        status, note = rec.get("status"), rec.get("note")
        if status in ("orphaned", "adopted") or (isinstance(note, str) and note.strip()):
            said = f": {note.strip()}" if isinstance(note, str) and note.strip() else ""
            return Row(position, values, extra or _NO_EXTRA,
                       f"a comment {status or 'carried'} on no unit of its draft{said}; it is no remark on the whole "
                       "draft: give the article it is about, or leave it out")  # fmt: skip
        if rec.get("stance") in ("amend", "delete", "insert"):  # (a marked-up copy's change placed on no article)
            return Row(position, values, extra or _NO_EXTRA, "a wording on no unit of its draft: give the article it "
                                                             "is about, or leave it out")  # fmt: skip
        values["article"] = "(document)"
    return _row(position, values, extra or _NO_EXTRA, "")


def _is_timestamp(text: str) -> bool:
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def committee_reasons(rows: list[Row], draft: Draft, ref: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The committee reasons a file gives (its ``committee_reason`` column): (article eid, text)
    per row that has one, and the problems found, each naming its row."""
    index: dict[str, Unit] | None = None  # (most files give no reason: the draft's units indexed when one does)
    found: list[tuple[str, str]] = []
    problems: list[str] = []
    for row in rows:
        text = row.values.get("committee_reason", "").strip()
        if not text:
            continue
        if index is None:
            # (the merge's module, and rapidfuzz with it, loaded only for a file that gives a reason: an
            # import's own process never needs them otherwise)
            from ..review.position import merge_target

            index = unit_index(draft)
        if row.past:  # cut by an unquoted comma: its reason may be cut too (a comment row says so itself)
            if not is_comment(row):
                problems.append(f"{row.position}: {row.past}")
            continue
        at = row.values.get("article", "").strip()
        unfit = check_fields({"committee_reason": text})
        if unfit:
            problems.extend(f"{row.position}: {problem}" for problem in unfit)
            continue
        try:
            if not at:
                raise ValueError("a committee reason needs its article")
            # (a reason is its article's, which the submission prints whole: one given on a 款 went out as an
            # article of its own, the 款 unchanged beside it)
            found.append((merge_target(resolve(draft, at, ref, index).eid, index), text))
        except (ValueError, CitationError) as exc:
            problems.append(f"{row.position}: {exc}")
    return _one_per_article(found), problems


def _one_per_article(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The reasons a file gives, one per article: those given on several of its 款 joined in the file's
    order (each kept: the article prints one reason, and the second would have replaced the first)."""
    joined: dict[str, list[str]] = {}
    for eid, text in found:
        if text not in joined.setdefault(eid, []):
            joined[eid].append(text)
    return [(eid, "".join(t if t.endswith(("。", "；", ".", ";")) or k == len(texts) - 1 else t + "；"
                          for k, t in enumerate(texts)))
            for eid, texts in joined.items()]  # fmt: skip


def is_comment(row: Row) -> bool:
    """Does the row say something as a member (not only a committee reason)?"""
    v = row.values
    return bool(v.get("member", "").strip() or v.get("proposed_text", "").strip() or v.get("reason", "").strip()
                or v.get("stance", "").strip() or v.get("quote", "").strip())  # fmt: skip


def validate(rows: list[Row], draft: Draft, ref: str, path: Path, kind: SourceKind,
             members: Collection[str] | Mapping[str, str], member: str | None = None, *,
             progress: Callable[[int, int], None] | None = None,
             translation: tuple[Draft, Pairing, str] | None = None,
             misfiled: list[tuple[Misfiled, str]] | None = None,
             prepared: list[tuple[NewComment, str | None, str | None]] | None = None,
             taken: Callable[[int, int], None] | None = None,
             ) -> tuple[list[NewComment], list[str], list[str]]:  # fmt: skip
    """Turn rows into comments; returns them, every problem found and every warning (a
    proposal of one 款 anchored at that 款), each naming its row. ``progress(done, total)``
    is called every thousand rows. A row written on the draft's ``translation`` (its ``lang``)
    citing the translation's own numbers (Article 16) is anchored at the unit it renders; an
    eid or a Chinese citation names the draft's unit. ``members`` are the member ids, or the
    members' organisations by id: then a member column giving a member's organisation (a Chinese
    sheet's 单位) is read as that member, said. ``misfiled`` receives each wording that reads like
    another unit than the one its row names, with its warning (the caller may refuse it).
    ``prepared`` receives, for each comment returned, in order, the comment, its proposed text
    as the store will normalise it (:func:`~lawcomment.review.proposals.normalised_wording`) and
    the :func:`~lawcomment.comments.fingerprints` in ``ref`` of the comment so normalised (None and
    None where they could not be, for text the store refuses; the fingerprint None too for a comment
    whose text holds a character the store refuses, textcheck.bad_character, or a line separator):
    worked out as each row was read (in two processes, a file of many rows), they need not be again.
    ``taken(comments, problems)`` is called, while the rows are still being read, each time the
    rows before some row are all read and taken by the rules across rows, with how many comments
    and problems they gave: those first comments (and their ``prepared``) are then what they will
    be returned as, and may be stored while the rest are read."""
    good: list[NewComment] = []
    problems: list[str] = []
    warnings: list[tuple[float, str]] = []  # (the comment's place in ``good``, the warning)
    memo = _Memo(unit_index(draft), path.name, translation=translation,
                 own_lang="en" if draft.profile.startswith("en") else "zh")  # fmt: skip
    #: the hash of a comment's words and place (:func:`_said`) → the comment with it, with the row that first said
    #: it, or a list of them when several have it (the hash worked out as the row was read, in either process)
    said_at: dict[int, tuple[NewComment, str | None, str] | list[tuple[NewComment, str | None, str]]] = {}
    #: (member, unit, lang) → the row giving its first wording, and that wording (None: a deletion)
    worded_at: dict[tuple[str, str | None, str], tuple[str, str | None]] = {}
    astray: list[Misfiled] = []  # the wordings filed under another unit, judged as each row was read

    def take(start: int, outcomes: list[_Outcome]) -> None:
        """What one row says of another, in the file's order: the rows from ``start`` on, whose
        outcomes are these, come after every row before them was taken."""
        for row, outcome in zip(rows[start:start + len(outcomes)], outcomes, strict=True):
            tag, comment, warning, by_org, says, said, normal, fingerprint, found = outcome
            named = None
            if by_org is not None and by_org not in memo.named:  # said once a file for each member
                memo.named.add(by_org)
                named = (f"the member column's {row.values['member'].strip()!r} is the organisation of member {by_org}: "
                         f"its rows are recorded for {by_org}")  # fmt: skip
            if comment is None:
                if tag == _NOTHING:  # (无 in 修改建议 and no reason: said, never stored as the law's words)
                    warnings.append((len(good) - 1, f"{row.position}: {warning}"))
                else:
                    problems.append(f"{row.position}: {warning}")
                continue
            if named is not None and says:
                warning = named if warning is None else f"{named}; {warning}"
            if "id" not in row.extra:  # (a store's own export keeps each comment it lists, the same words or not)
                # (as stored: a copy of the 项 without its 「；」 and one with it are one wording, one comment)
                stored_as = normal if isinstance(normal, str) else comment.proposed_text
                alike = said_at.get(said)
                if alike is None:  # (nearly every row: its comment and row alone, no list made for them)
                    said_at[said] = (comment, stored_as, row.position)
                else:
                    words = _said(comment, stored_as)
                    kept = [alike] if isinstance(alike, tuple) else alike
                    first = next((at for other, text, at in kept if _said(other, text) == words), None)
                    if first is not None:
                        # a row pasted twice (a trial's): one comment, said once, as a form's copied row is
                        warnings.append((len(good) - 1, f"{row.position} repeats {first} word for word: stored once"))
                        continue
                    said_at[said] = [*kept, (comment, stored_as, row.position)]
                if is_wording(comment):
                    wording = (comment.member, comment.anchor.eid, comment.lang)
                    earlier = worded_at.get(wording)
                    if earlier is not None and earlier[1] != stored_as:
                        # a member has one wording of a unit, but which of the file's two is meant only they know
                        # (the same wording again, with another reason, is no other wording)
                        twice = (f"{comment.member} gives a second wording of {describe(comment.anchor.eid or '', draft=draft)} "
                                 f"in this file ({earlier[0]} gives another): both are kept open, neither replacing the other "
                                 f"(withdraw the one {comment.member} does not mean: lawcomment comment withdraw ID)")  # fmt: skip
                        warning = twice if warning is None else f"{warning}; {twice}"
                    elif earlier is None:
                        worded_at[wording] = (row.position, stored_as)
            good.append(comment)
            if found is not None:
                astray.append(Misfiled(len(good) - 1, *found))
            if prepared is not None:
                prepared.append((comment, normal, fingerprint))
            if warning:
                warnings.append((len(good) - 1, f"{row.position}: {warning}"))
        if taken is not None:
            taken(len(good), len(problems))

    # each row read on its own (in two processes, a file of many rows), and taken by the rules
    # across rows as soon as every row before it is read (while the others are still being read)
    _outcomes(rows, draft, ref, kind, members, member, memo, progress, take)
    # in the file's order: a row's own warning, then the one for a wording filed under another article; one that
    # reads much more like another unit first: what the row's own says of the unit it names (how it was anchored,
    # what it deletes there) then reads as what it is, the unit's misfiled wording (a trial's first warning said a
    # row deleted 第十一条's words, its second that the row meant 第十条)
    for m in astray:  # (misfiled_found of good)
        position = good[m.place].source.position
        warnings.append((m.place - 0.5 if m.other else m.place, (f"{position}: " if position else "") + m.message()))
        if misfiled is not None:
            misfiled.append((m, warnings[-1][1]))
    warnings.sort(key=itemgetter(0))
    return good, problems, [w for _, w in warnings]


#: A row's comment read on its own (:func:`_outcome`): what it is (_OK, _NOTHING or _REFUSED), the comment
#: (None but for _OK), its warning (the message of the other two), the member its member column names
#: by organisation (None: by id), whether that is said first in its warning, the hash of its
#: :func:`_said` (0 but for _OK), and its proposed text normalised and its fingerprint (see validate's
#: ``prepared``: None but for _OK), and what makes its wording misfiled (:class:`MisfiledJudge`), or None.
_Outcome = tuple[str, NewComment | None, str | None, str | None, bool, int, str | None, str | None, Found | None]
_OK, _NOTHING, _REFUSED = "ok", "nothing", "refused"

#: Rows from which a file's rows are read in two processes (:func:`_outcomes`): below, forking the
#: worker and sending its comments back cost more than the time it saves.
BESIDE_FROM = 4000
#: Rows each process takes at a time (:class:`~lawcomment.workers.Claims`): this one from the front,
#: the worker from the back, until they meet. A few milliseconds of work: taking them costs nothing
#: beside it, and neither waits long for the other at the end.
_CLAIM = 64
#: This process makes the comments of what the worker sent so far once every so many of its own takes.
_TAKE_EVERY = 8
#: Rows read in one process handed on (:func:`_outcomes`) at a time.
_HAND_ON = 1024
_PROGRESS_EVERY = 1000  # rows between two calls of validate's progress


def _outcome(row: Row, draft: Draft, ref: str, kind: SourceKind, members: Collection[str] | Mapping[str, str],
             member: str | None, memo: _Memo) -> _Outcome:  # fmt: skip
    """:func:`_comment` of a row, with what it refuses or records nothing for said."""
    memo.by_org = None
    try:
        comment, warning, says = _comment(row, draft, ref, kind, members, member, memo)
    except NothingToRecord as exc:
        return _NOTHING, None, str(exc), memo.by_org, False, 0, None, None, None
    except (ValueError, CitationError) as exc:
        return _REFUSED, None, str(exc), memo.by_org, False, 0, None, None, None
    try:
        proposed = comment.proposed_text
        # (no wording: most rows; none is normalised)
        wording = normalised_wording(draft, memo.index, comment, memo.normalised) if proposed else proposed
        a, s = comment.anchor, comment.source
        # what the intake and the store search each comment's text for (bad_character, has_separator), as given and
        # as stored: a row holding any is prepared nothing (they then refuse it, saying where). Searched field by
        # field, the row's own words each time, what rows repeat (a wording, the file's name) once each
        unfit, fit = memo.unfit, memo.fit
        refused = unfit(comment.body) is not None or (
            s.position is not None and unfit(s.position) is not None) or (
            s.author is not None and unfit(s.author) is not None) or (
            (a.quote or a.prefix or a.suffix) and unfit(f"{a.quote}\n{a.prefix}\n{a.suffix}") is not None)  # fmt: skip
        for text in (comment.member, proposed, wording, s.file):  # (a member's id too: 13,718 give 114,574 rows)
            if not refused and text:
                known = fit.get(text)
                if known is None:
                    known = fit[text] = unfit(text) is None
                refused = not known
        if memo.fingerprinter is None:
            memo.fingerprinter = Fingerprinter(ref)
        fingerprint: str | None = None if refused else memo.fingerprinter(comment, wording)
    except Exception:  # noqa: BLE001 (text the store refuses, a lone surrogate: left to it, and none prepared)
        wording, fingerprint = None, None
    if memo.judge is None:
        memo.judge = MisfiledJudge(memo.index, body_separator(draft))
    # (the judge reads only a wording: most rows have none)
    found = memo.judge(comment) if comment.stance is Stance.AMEND and comment.proposed_text else None
    stored_as = wording if isinstance(wording, str) else comment.proposed_text
    return _OK, comment, warning, memo.by_org, says, hash(_said(comment, stored_as)), wording, fingerprint, found


def _said(c: NewComment, proposed: str | None) -> tuple[object, ...]:
    """What makes a row the repeat of another: its comment's words, its wording ``proposed`` as
    stored, and its place (its fields, not the frozen Anchor: its generated __hash__ costs a file of rows)."""
    a = c.anchor
    return c.member, a.eid, a.quote, a.prefix, a.suffix, a.offset, c.stance, c.body, proposed, c.lang


def _outcomes(rows: list[Row], draft: Draft, ref: str, kind: SourceKind, members: Collection[str] | Mapping[str, str],
              member: str | None, memo: _Memo, progress: Callable[[int, int], None] | None,
              ready: Callable[[int, list[_Outcome]], None]) -> None:  # fmt: skip
    """:func:`_outcome` of each row, handed to ``ready(start, outcomes)`` in the file's order, a
    part at a time (the rows from ``start`` on), as soon as every row before it is read. A row is
    read on its own (``memo`` only saves work), so a file of BESIDE_FROM rows or more is read in
    two processes where workers are allowed (``$LAWCOMMENT_WORKERS``): this process and a forked
    worker each take the next few rows from the front (:class:`~lawcomment.workers.Claims`) until
    none is left (whichever is quicker, its core not shared with another program, reads more);
    the worker sends its rows' outcomes as plain values (:func:`_sent`), a part at a time, through
    a file in memory (:class:`~lawcomment.workers.Outbox`), made into the very comments here
    (:func:`_received`) between this process's own rows, so that the file's first rows are all
    read, and handed on, while the rest are still being read (what ``ready`` does with them, this
    process does meanwhile, and the worker reads more). Should the worker fail, the rows it did not
    send are read here, as in one process.
    ``progress(done, total)`` is called every thousand rows, in order, either way."""
    total = len(rows)
    done = 0  # the rows handed on

    def read(start: int, stop: int, memo: _Memo) -> list[_Outcome]:
        return [_outcome(row, draft, ref, kind, members, member, memo) for row in rows[start:stop]]

    def hand_on(outcomes: list[_Outcome]) -> None:
        nonlocal done
        start, done = done, done + len(outcomes)
        if progress is not None:
            for n in range(start + _PROGRESS_EVERY - start % _PROGRESS_EVERY, done + 1, _PROGRESS_EVERY):
                progress(n, total)
        ready(start, outcomes)

    if total < BESIDE_FROM or default_workers() < 2:
        for start in range(0, total, _HAND_ON):
            hand_on(read(start, min(total, start + _HAND_ON), memo))
        return
    with Claims(total) as claims, Outbox() as outbox:

        def work() -> bytes:  # (in the worker)
            own = _Memo(memo.index, memo.file, translation=memo.translation, own_lang=memo.own_lang)
            probe = hash(_HASHED)
            while (got := claims.front(_CLAIM)) is not None:
                part = marshal.dumps([_sent(o, row, kind, memo.file) for row in rows[got[0]:got[1]]
                                      for o in (_outcome(row, draft, ref, kind, members, member, own),)])  # fmt: skip
                outbox.send(_PART.pack(probe, got[0], len(part)) + part)
            return marshal.dumps(probe)

        worker = beside(work)
        if worker is None:
            for start in range(0, total, _HAND_ON):
                hand_on(read(start, min(total, start + _HAND_ON), memo))
            return
        parts: dict[int, list[_Outcome]] = {}  # the first row of each part read (here or there) → its outcomes
        taken: int | None = 0  # the bytes of the worker's parts made into outcomes here (None: they cannot be)

        def next_parts() -> None:
            """Hand on the parts that follow the rows handed on so far, as far as they go on."""
            while (part := parts.pop(done, None)) is not None:
                hand_on(part)

        with worker:
            claimed = 0
            while (got := claims.front(_CLAIM)) is not None:
                parts[got[0]] = read(got[0], got[1], memo)
                claimed += 1
                if claimed % _TAKE_EVERY == 0:  # (its comments made meanwhile, not after)
                    if taken is not None:
                        taken = _received(outbox.read(taken), taken, rows, kind, memo, parts)
                    next_parts()
            worker.result()  # (what it sent whole is read whether it ended well or not)
            if taken is not None:
                _received(outbox.read(taken), taken, rows, kind, memo, parts)
        while done < total:
            next_parts()
            if done < total:  # a part the worker took and never sent (it failed): read here
                stop = min((start for start in parts if start > done), default=total)
                hand_on(read(done, stop, memo))


#: A row's comment as the worker sends it (:func:`_sent`): its own fields, then its outcome's.
_Sent = tuple[str | bool, str | None, str, str, str, int | None, str, str | None, str | bool, str | bool | None,
              str | None, str, str | None, str | None, bool, int, str | bool | None, str | None,
              Found | None]  # fmt: skip


def _sent(outcome: _Outcome, row: Row, kind: SourceKind, file: str) -> _Sent | tuple[str, str | None, str | None]:
    """A row's outcome as plain values (for marshal): the comment's fields that are not the same in
    every comment of the file, or, refused or recording nothing, its message. Its member, reason
    and wording are True when they are the row's own cells as :func:`_comments_sent` reads them (most
    are: the parent has those words already). A ValueError for a comment with other values in the
    fields left out (then the worker's rows are all read in the parent)."""
    tag, c, warning, by_org, says, said, wording, fingerprint, found = outcome
    if c is None:
        return tag, warning, by_org
    a, s, v = c.anchor, c.source, row.values
    if (s.kind is not kind or s.file != file or s.position is not row.position or c.status is not Status.OPEN
            or c.key is not None or c.reply_to is not None or type(c.stance) is not Stance):  # fmt: skip
        raise ValueError("a comment unlike a row's")
    member, body, proposed = c.member, c.body, c.proposed_text
    return (True if member == v.get("member", "").strip() else member, a.eid, a.quote, a.prefix, a.suffix, a.offset,
            c.stance.value, s.author, True if body == v.get("reason", "").strip() else body,
            True if proposed is not None and proposed == v.get("proposed_text") else proposed, c.created, c.lang,
            warning, by_org, says, said, True if wording == proposed else wording, fingerprint, found)  # fmt: skip


#: Hashed in the worker and here: the hashes it sends are this process's (the same secret of str's
#: hash, inherited), or none is read.
_HASHED = ("lawcomment", 1, None)


#: The head of each part of the worker's rows in its outbox: its hash of _HASHED, the part's first row,
#: the size of its outcomes' marshal that follows.
_PART = struct.Struct("<qqq")


def _received(sent: bytes, at: int, rows: list[Row], kind: SourceKind, memo: _Memo,
              parts: dict[int, list[_Outcome]]) -> int | None:  # fmt: skip
    """The outcomes of each part of ``rows`` the worker ``sent`` (from byte ``at`` of its outbox on),
    into ``parts`` by the part's first row: the bytes of its parts read so far, or None when its
    hashes are not this process's (its rows are then read here)."""
    view, start, probe = memoryview(sent), 0, hash(_HASHED)
    while start + _PART.size <= len(sent):
        theirs, first, size = _PART.unpack_from(sent, start)
        if theirs != probe or start + _PART.size + size > len(sent):
            return None
        outcomes = marshal.loads(view[start + _PART.size:start + _PART.size + size])
        if not 0 <= first <= len(rows) - len(outcomes):
            return None
        parts[first] = _comments_sent(outcomes, rows[first:first + len(outcomes)], kind, memo)
        start += _PART.size + size
    return at + start


def _comments_sent(outcomes: list[Any], rows: list[Row], kind: SourceKind, memo: _Memo) -> list[_Outcome]:
    """The outcomes of ``rows`` from what the worker sent for them (:func:`_sent`): the same
    comments, each whole unit's anchor the one ``memo`` shares."""
    out: list[_Outcome] = []
    anchors, stances, file = memo.anchors, _STANCE_VALUES, memo.file
    for row, got in zip(rows, outcomes, strict=True):
        if len(got) == 3:
            out.append((got[0], None, got[1], got[2], False, 0, None, None, None))
            continue
        (who, eid, quote, prefix, suffix, offset, stance, author, body, proposed, created, lang, warning, by_org, says,
         said, wording, fingerprint, found) = got  # fmt: skip
        v = row.values
        if who is True:
            who = v["member"].strip()
        if body is True:
            body = v.get("reason", "").strip()
        if proposed is True:
            proposed = v["proposed_text"]
        if eid is None or quote or prefix or suffix or offset is not None:
            anchor = _new_anchor(eid, quote, prefix, suffix, offset)
        else:
            anchor = anchors.get(eid) or anchors.setdefault(eid, _new_anchor(eid, "", "", "", None))
        came = _new_source(kind, file, author, row.position)
        comment = _new_comment(who, anchor, stances[stance], came, body, proposed, Status.OPEN, None, None, created,
                               lang)  # fmt: skip
        out.append((_OK, comment, warning, by_org, says, said, proposed if wording is True else wording, fingerprint,
                    found))  # fmt: skip
    return out


@dataclass(slots=True)
class _Memo:
    """What one file's rows share, worked out once: a file cites the same articles again and again."""

    index: dict[str, Unit]
    file: str  # the file's name, as each comment's source gives it
    units: dict[str, Unit] = field(default_factory=dict)  # citation → its unit
    translation: tuple[Draft, Pairing, str] | None = None  # the draft's translation, its pairing and language
    bodies: dict[str, str] = field(default_factory=dict)  # eid → the unit's body, for quotes
    squashed: dict[str, str] = field(default_factory=dict)  # eid → its body without whitespace, for a wording copied unchanged
    anchors: dict[str, Anchor] = field(default_factory=dict)  # eid → the anchor at the whole unit (frozen, shared)
    translated: dict[str, Unit] | None = None  # the translation's units by eid, once a row needs them
    orgs: dict[str, list[str]] | None = None  # an organisation's name as compared → its members, once a row needs them
    named: set[str] = field(default_factory=set)  # members a member column named by organisation, said once each
    by_org: str | None = None  # the member the row being read names by organisation (see _comment)
    #: (eid, a wording cell as given) → the wording as read (:func:`_wording`): a campaign's rows repeat it
    worded: dict[tuple[str, str], tuple[str | None, int, str | None, str, str | None, tuple[str, ...]]] = field(
        default_factory=dict)  # fmt: skip
    #: (eid, an amend wording at the whole unit) → where it goes but for its reason (:func:`_placed`)
    placed: dict[tuple[str, str], tuple[Unit, str | None, Anchoring]] = field(default_factory=dict)
    #: (eid, the anchor's eid, an amend wording) → its warnings (:func:`_amend_notes`)
    noted: dict[tuple[str, str | None, str], tuple[str, ...]] = field(default_factory=dict)
    judge: MisfiledJudge | None = None  # the wordings filed under another unit, once a row has a comment
    #: a wording as the store normalises it, by what that depends on (:func:`normalised_wording`)
    normalised: dict[tuple[object, ...], str | None] = field(default_factory=dict)
    #: (a stance cell, whether the row gives no wording) → its stance (:func:`parse_stance`)
    stances: dict[tuple[str, bool], Stance] = field(default_factory=dict)
    #: the search of a text for a character the store refuses (textcheck.unfit_search)
    unfit: Callable[[str], object] = field(default_factory=unfit_search)
    #: a text rows repeat (a wording, the file's name) → whether it holds no character the store refuses
    fit: dict[str, bool] = field(default_factory=dict)
    #: each comment's fingerprint in the draft (:func:`~lawcomment.comments.fingerprints`), once a row has a comment
    fingerprinter: Fingerprinter | None = None
    own_lang: str = "zh"  # the draft's language, as a lang cell names it


_WHOLE = Anchor(None)  # a comment on the whole draft: no unit
_NEEDS_TEXT = (Stance.AMEND, Stance.INSERT)
_SAYS_ENOUGH = (Stance.SUPPORT, Stance.OPPOSE, Stance.DELETE)


def translation_quote(translation: Draft, index: Mapping[str, Unit], rendering: Sequence[str], lang: str, quote: str,
                      stance: Stance, body: str) -> str:  # fmt: skip
    """The remark of a comment quoting the draft's ``lang`` translation: ``body`` after the quoted
    words (“judicial documents”: Does …), as a marked-up copy of the translation keeps them. A
    ValueError when the words are not in the translation's ``rendering`` of the unit, or come with
    a wording (give the unit's whole wording instead)."""
    units = [index[e] for e in rendering if e in index]
    if not units:
        raise ValueError(f"no unit of the {lang} translation renders the unit cited; its quote {quote!r} cannot be "
                         "checked (`lawcomment split DRAFT --translation FILE` shows the pairs)")  # fmt: skip
    if stance in (Stance.AMEND, Stance.INSERT):
        raise ValueError(f"a quote of the {lang} translation ({quote!r}) is not taken with a wording of it: give the "
                         "unit's whole wording, without the quote")  # fmt: skip
    sep = body_separator(translation)
    if not any(" ".join(quote.split()) in " ".join(u.body(sep).split()) for u in units):
        raise ValueError(f"the quote {quote!r} is not in {', '.join(describe(u.eid, lang) for u in units)} of the "
                         f"{lang} translation")  # fmt: skip
    return f"“{quote}”: {body}" if body else f"“{quote}”"


def whole_draft_stance(given: str, proposed: str | None, reason: str, quote: str, title: str) -> Stance:
    """The stance of a comment on the whole draft (cited ``(document)``, 全文): a remark, support or
    opposition, never a wording; its quote, if any, words of the draft's ``title`` (a Word comment
    on the title is one). A ValueError says what is wrong with one that asks for more."""
    chosen = parse_stance(given, proposed)
    if proposed is not None or chosen in (Stance.AMEND, Stance.DELETE, Stance.INSERT):
        raise ValueError("a comment on the whole draft is a remark, support or opposition: a wording, a deletion "
                         "or a new provision names the article it is about (第十二条, Article 12)")  # fmt: skip
    said, named = title_words(quote), title_words(title)
    if said and not (named and said in named):
        raise ValueError(f"a comment on the whole draft quotes no words but its title's: 「{quote.strip()}」 is in "
                         "an article; name that article")  # fmt: skip
    if not given.strip() and chosen is Stance.COMMENT and SUPPORT_ONLY.match(reason.strip()):
        chosen = Stance.SUPPORT  # 支持。 and nothing else, as an article's row reads it
    elif not given.strip() and chosen is Stance.COMMENT and (own := remark_stance(reason)) in (Stance.SUPPORT, Stance.OPPOSE):
        chosen = own  # 支持。…, 反对。… with its reasons (a question on the whole draft is a remark)
    if chosen not in (Stance.SUPPORT, Stance.OPPOSE) and not reason.strip():
        raise ValueError("nothing to record on the whole draft: no reason")
    return chosen


def _org_key(name: str) -> str:
    """An organisation's name as compared: width folded, without spaces, case folded."""
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


def _bare_org(key: str) -> str:
    """An organisation's compared name (:func:`_org_key`) without brackets and marks, 有限责任公司 as
    有限公司: names that differ only so are near, never the same (two members may be named so)."""
    return _ORG_MARKS.sub("", key).replace("有限责任公司", "有限公司")


_ORG_MARKS = re.compile(r"[()\[\]【】〔〕《》<>·.,，、'\"“”‘’\-—]")


def _member_named(who: str, members: Collection[str] | Mapping[str, str], memo: _Memo) -> tuple[str, bool]:
    """The member id a member cell names: an id, or (a Chinese sheet's 单位 column holds the company)
    the organisation of exactly one member, then (its id, True). A ValueError for anything else,
    naming the member whose organisation or id it is nearest to."""
    if who in members:
        return who, False
    orgs = members if isinstance(members, Mapping) else {}
    if memo.orgs is None:
        memo.orgs = {}
        for mid, org in orgs.items():
            if org.strip():
                memo.orgs.setdefault(_org_key(org), []).append(mid)
    key = _org_key(who)
    found = memo.orgs.get(key, [])
    if len(found) == 1:
        return found[0], True
    if len(found) > 1:
        raise ValueError(f"unknown member {who!r}: it is the organisation of the members {', '.join(sorted(found))}; "
                         "write the member's id in the member column")  # fmt: skip
    # a longer or shorter name of a member's organisation (甲公司 for 甲公司（中国）有限公司)
    near_orgs = sorted(mid for name, ids in memo.orgs.items() if key and (key in name or name in key) for mid in ids)
    if not near_orgs:  # the same name but for its brackets or 有限/有限责任 (博世中国 for 博世（中国）): said, never taken
        bare = _bare_org(key)
        near_orgs = sorted(mid for name, ids in memo.orgs.items() if bare and _bare_org(name) == bare for mid in ids)
    if len(near_orgs) == 1:
        mid = near_orgs[0]
        raise ValueError(f"unknown member {who!r}; did you mean {mid} (whose organisation is {orgs[mid]!r})? The member "
                         "column takes a member's id, or its organisation as `member list` shows it")  # fmt: skip
    from difflib import get_close_matches  # (a row in error only)

    near = get_close_matches(who, list(members), n=1, cutoff=0.6)
    raise ValueError(f"unknown member {who!r}" + (f" (nearest: {near[0]})" if near else ""))


def _comment(row: Row, draft: Draft, ref: str, kind: SourceKind, members: Collection[str] | Mapping[str, str],
             member: str | None, memo: _Memo) -> tuple[NewComment, str | None, bool]:  # fmt: skip
    """A row's comment and its warning, read on its own (``memo`` only saves work): whether the
    row names its member by organisation goes in ``memo.by_org`` (once its member is known, even
    when the row is refused after), and the third value says whether that is said first in its
    warning, as :func:`_said` does once a file for each member."""
    if row.past:
        raise ValueError(row.past)
    v = row.values
    given_member = v.get("member", "").strip()
    by_org = False
    if given_member and given_member not in members:  # (a member's id: most rows)
        given_member, by_org = _member_named(given_member, members, memo)
    who = given_member or member or ""
    if not who:
        raise ValueError("no member (fill the member column or pass --member)")
    if member and given_member and given_member != member:
        raise ValueError(f"member {given_member!r} differs from --member {member!r}")
    if who not in members:
        _member_named(who, members, memo)  # (--member: the store refused an unknown one before)
    if by_org:  # (said by the caller, once a file for each member)
        memo.by_org = who
    if "draft" in v and v["draft"].strip() and v["draft"].strip() != ref:
        raise ValueError(f"the row is for draft {v['draft'].strip()!r}, not {ref}")
    at = v.get("article", "").strip()
    if not at:
        raise ValueError("no article (a comment on the whole draft is cited (document) or 全文)")
    new_article = ""  # the article a new one asked by its own citation goes after (第二十七条之一), cited
    # (an article cited before is no citation of the whole draft)
    if (memo.translation is not None or at not in memo.units) and whole_draft(at):  # (document), 全文, as listed
        proposed = v.get("proposed_text")
        proposed = proposed if proposed is not None and proposed.strip() else None
        body = v.get("reason", "").strip()
        quote = v.get("quote", "").strip()
        stance = whole_draft_stance(v.get("stance", ""), proposed, body, quote, draft.title)
        anchor = _WHOLE
        if quote:  # the title's words a Word comment was on, kept with the words around them as written
            selector = row.extra.get("selector")
            around = selector if isinstance(selector, dict) else {}
            prefix, suffix = around.get("prefix"), around.get("suffix")
            anchor = Anchor(None, quote, prefix if isinstance(prefix, str) else "", suffix if isinstance(suffix, str) else "")
        author, created, later = _provenance(row.extra)
        came = _new_source(kind, memo.file, author, row.position)
        return _new_comment(who, anchor, stance, came, body, None, Status.OPEN, None, None, created, ""), later, False
    written = v.get("lang", "").strip().lower()
    if memo.translation is not None and written == memo.translation[2] and not _EID.match(at) and not HAN.search(at):
        # a citation of the translation (Article 16, by its own numbers): the draft's unit it renders
        key = f"{written}:{at}"
        unit = memo.units.get(key)
        if unit is None:
            translation, pairing, lang = memo.translation
            cited = resolve(translation, at, f"the {lang} translation of {ref}")
            source = pairing.source_of(cited.eid)
            if source is None:
                raise ValueError(f"{describe(cited.eid, lang)} of the {lang} translation renders no unit of {ref}")
            unit = memo.units[key] = memo.index[source]
    else:
        unit = memo.units.get(at)
        if unit is None:
            try:
                unit = memo.units[at] = resolve(draft, at, ref, memo.index)
            except CitationError:
                # a new article asked as a form's row asks it (第二十七条之一 the draft lacks, 新增第二十七条之一, 在第二十七条
                # 后增加一条): after the article it names, 新增 (a trial's sheet was refused under each of them)
                after = new_article_after(at, memo.index) if numbers_new_article(at) else None
                if after is None:
                    raise
                unit, new_article = after, describe(after.eid, draft=draft)
    given = v.get("proposed_text")
    if given is not None and given.strip():  # (the wording cell read once for each unit it is given for)
        read = memo.worded.get((unit.eid, given))
        if read is None:
            read = memo.worded[(unit.eid, given)] = _wording(draft, unit, given)
        proposed, hidden, says, blank, spaced, widened = read
        if says == "same":  # 同上: which row's wording it means is never guessed
            raise ValueError(placeholder_refusal(blank))
    else:
        proposed, hidden, says, blank, spaced, widened = None, 0, None, "", None, ()
    body = v.get("reason", "").strip()
    dropped = ""  # a reason of a placeholder only (/): none
    body_says = placeholder(body) if body and len(body) <= 16 else None  # (longer is never one)
    if body_says == "none":
        dropped, body = body, ""
    given_stance = v.get("stance", "")
    if new_article and not given_stance.strip():
        given_stance = "新增"
    read_as = memo.stances.get((given_stance, not proposed))
    if read_as is None:
        read_as = memo.stances[(given_stance, not proposed)] = parse_stance(given_stance, proposed)
    stance = read_as
    if new_article and stance is not Stance.INSERT:
        raise ValueError(f"{at} asks for a new article after {new_article}; its stance is {given_stance.strip()}: make it 新增 "
                         "(insert), or cite an article of the draft")  # fmt: skip
    repeated = None
    if stance is Stance.AMEND and proposed is not None and not given_stance.strip() and SUPPORT_ONLY.match(body) and \
            v.get("lang", "").strip() in ("", memo.own_lang) and not v.get("quote", "").strip() and \
            _as_it_stands(draft, unit, proposed, memo):  # fmt: skip
        # the article copied as it stands, the reason 支持: the member supports it (a trial's GBK sheet; stored
        # as a wording that changes nothing, it said so, and supported nothing)
        repeated = (f"the proposed wording is {describe(unit.eid, draft=draft)} as it stands and the reason 「{body}」 "
                    f"supports it: read as support of {describe(unit.eid, draft=draft)}")  # fmt: skip
        stance, proposed = Stance.SUPPORT, None
    elif body_says == "same":
        # 同上 as the reason: kept as written, said (which row's reason it means is never guessed, as for a wording)
        repeated = (f"the reason 「{body}」 (same as above) is kept as written: each row is read on its own, never "
                    "from the row above; write out the reason it means")  # fmt: skip
    if stance is Stance.COMMENT and not given_stance.strip() and (SUPPORT_ONLY.match(body) or says == "agree"):
        stance = Stance.SUPPORT  # 支持本条。 (or 同意 in 修改建议) and nothing else: as a form's row reads it
    elif stance is Stance.COMMENT and not given_stance.strip() and body:
        stance = remark_stance(body)  # 支持。…, 反对。…, a thing asked: as a Word comment reads it (a trial)
    deleting = None
    if proposed is not None and asks_deletion(proposed):
        # 删除 in 修改建议 asks for the deletion, as the comment form says: never words for the law text
        if stance is Stance.INSERT:
            raise ValueError(f"the proposed new provision reads 「{proposed.strip()}」: to delete {describe(unit.eid, draft=draft)}, "
                             "make the stance 删除")  # fmt: skip
        if v.get("quote", "").strip():
            raise ValueError(f"「{proposed.strip()}」 with the quote 「{v['quote'].strip()}」: write {describe(unit.eid, draft=draft)} "
                             "as it should read without the quoted words (or leave the quote out to delete it whole)")  # fmt: skip
        if stance is Stance.AMEND:
            deleting = f"the proposed text 「{proposed.strip()}」 is read as deleting {describe(unit.eid, draft=draft)}"
        if stance in (Stance.AMEND, Stance.DELETE):
            stance, proposed = Stance.DELETE, None
    if proposed is not None and (lead := new_unit_lead(draft, unit, stance, proposed)) is not None:
        # 新增一款：… typed in the wording: the new 款 it asks, never a rewording printing 新增一款： in the law
        unit, proposed, opened = lead
        stance = Stance.INSERT
        deleting = opened if deleting is None else f"{deleting}; {opened}"
    elif proposed is not None and (led := instruction_lead(draft, unit, stance, proposed)) is not None:
        proposed = led[0]  # 建议修改为：… typed in the wording: the words after it, never the instruction in the law
        deleting = led[1] if deleting is None else f"{deleting}; {led[1]}"
    if proposed is not None and stance is Stance.INSERT and (leads := new_item_lead(draft, unit, stance, proposed)) is not None:
        unit = leads[0]  # （九）… added after the article: a 项 of its list, after the one it numbers on from
        deleting = leads[1] if deleting is None else f"{deleting}; {leads[1]}"
    if stance in _NEEDS_TEXT and proposed is None:
        if blank:
            raise ValueError(f"stance {stance} needs a wording, and the proposed text 「{blank}」 is none: give the "
                             "wording as it should read, or make the stance 意见 to keep the reason as a remark")  # fmt: skip
        raise ValueError(f"stance {stance} needs proposed text")
    if stance is Stance.DELETE and proposed is not None:
        raise ValueError("stance delete takes no proposed text (the unit is removed)")
    quote = v.get("quote", "").strip()
    unmarked: str | None = None  # a quote typed in quotation marks the law does not have there
    extra = row.extra
    if quote and memo.translation is not None and written == memo.translation[2] and written_in(quote) == written:
        # the translation's words (a quote of the English text): kept at the start of the remark, as a
        # marked-up English copy's are, for the Chinese unit has other words
        translation, pairing, lang_of = memo.translation
        if memo.translated is None:
            memo.translated = unit_index(translation)
        body = translation_quote(translation, memo.translated, pairing.target_of(unit.eid), lang_of, quote, stance,
                                 body)  # fmt: skip
        quote = ""
    if quote:
        selector = extra.get("selector")
        offset = selector.get("offset") if isinstance(selector, dict) else None
        text = memo.bodies.get(unit.eid)
        if text is None:
            text = memo.bodies[unit.eid] = unit_body(draft, unit)
        anchor, _ = quote_anchor(draft, unit, quote, offset if isinstance(offset, int) else None, body=text)
        if anchor.quote != quote:
            unmarked = unmarked_quote(quote, anchor.quote)
        if stance is Stance.INSERT:
            raise ValueError("stance insert is anchored after a whole unit; leave the quote empty")
        reread_as = quoted_wording(unit, body_separator(draft), text, anchor, proposed,
                                   "en" if draft.profile.startswith("en") else "zh") if (
            stance is Stance.AMEND and proposed is not None) else None  # fmt: skip
        if reread_as is not None:
            proposed, reread = reread_as
            unmarked = reread if unmarked is None else f"{unmarked}; {reread}"
    else:  # what quote_anchor gives for no quote
        anchor = memo.anchors.get(unit.eid) or memo.anchors.setdefault(unit.eid, Anchor(unit.eid))
    if stance not in _SAYS_ENOUGH and not body and proposed is None:
        if blank or dropped:  # placeholders only: nothing said, and nothing refused
            raise NothingToRecord(placeholder_note(blank, None, describe(unit.eid, draft=draft), dropped) if blank
                                  else f"{blank_reason_note(dropped)}: nothing is recorded at "
                                       f"{describe(unit.eid, draft=draft)}")  # fmt: skip
        raise ValueError(f"nothing to record at {describe(unit.eid, draft=draft)}: no proposed text and no reason")
    lang = written  # (the lang column, as read above)
    if lang not in ("", "zh", "en"):
        raise ValueError(f"lang must be en or zh, not {lang!r}")
    if lang == memo.own_lang:
        lang = ""  # the draft's own language
    if lang:  # a wording of the translation, at the unit it renders (comment list --format json keeps it)
        warning = None
        if stance is Stance.AMEND and proposed is not None and memo.translation is not None:
            # Replace “30 days” with “15 days”: the words of the translation's unit with it applied
            translation, pairing, _ = memo.translation
            if memo.translated is None:
                memo.translated = unit_index(translation)
            rendering = [memo.translated[e] for e in pairing.target_of(unit.eid) if e in memo.translated]
            instructed = instructed_rendering(translation, rendering, proposed)
            if instructed is not None:
                proposed, warning = instructed
            elif len(rendering) == 1:  # a paragraph's opening words, its items kept (as the intake reads a typed one)
                proposed, warning = keep_items(translation, rendering[0], proposed)
    elif stance is not Stance.AMEND or proposed is None:
        warning = None  # (anchor_partial reads only a wording proposed)
    else:  # one 款 given for a multi-款 article: anchored at that 款 (a warning), or a ValueError
        # (the same wording of the same unit, a campaign's rows, worked out once but for its reason)
        given_at = (unit.eid, proposed) if anchor is memo.anchors.get(unit.eid) else None  # (a quote's: its own)
        placed = memo.placed.get(given_at) if given_at is not None else None
        if placed is None:
            placed = _placed(draft, unit, proposed, anchor, memo)
            if given_at is not None:
                memo.placed[given_at] = placed
        unit, whole, made = placed
        try:
            _, anchor, proposed, warning = made.given(body)
        except ValueError as exc:  # said with the unit it reads like, when it reads like another
            raise ValueError(refused_here(draft, unit, proposed or "", str(exc))) from None
        if whole is not None:
            warning = whole if warning is None else f"{whole}; {warning}"
    if deleting is not None:
        warning = deleting if warning is None else f"{deleting}; {warning}"
    if dropped:
        warning = blank_reason_note(dropped) if warning is None else f"{blank_reason_note(dropped)}; {warning}"
    if repeated is not None:
        warning = repeated if warning is None else f"{repeated}; {warning}"
    if blank:
        empty = placeholder_note(blank, stance, describe(anchor.eid or unit.eid, draft=draft))
        warning = empty if warning is None else f"{empty}; {warning}"
    if unmarked is not None:
        warning = unmarked if warning is None else f"{unmarked}; {warning}"
    if hidden:
        warning = invisible_note(hidden) if warning is None else f"{invisible_note(hidden)}; {warning}"
    if widened:
        warning = width_note(widened) if warning is None else f"{width_note(widened)}; {warning}"
    if spaced:
        warning = spaced if warning is None else f"{spaced}; {warning}"
    if stance is Stance.INSERT and proposed is not None and not lang and (
            note := new_article_note(unit, new_article_label(unit, proposed)[0])):  # fmt: skip
        warning = note if warning is None else f"{warning}; {note}"
    if stance is Stance.AMEND and proposed is not None and not lang:
        noted = memo.noted.get((unit.eid, anchor.eid, proposed))  # (a campaign's rows: said once, for each)
        if noted is None:
            noted = memo.noted[(unit.eid, anchor.eid, proposed)] = _amend_notes(draft, unit, anchor.eid, proposed, memo)
        for note in noted:
            warning = note if warning is None else f"{warning}; {note}"
    if stance is Stance.COMMENT and proposed is None and (worded := _WORDING_IN_REASON.search(body)) is not None:
        # a wording written in the reason column (修改建议 left empty): the remark it is, said as a form's row is
        shown = " ".join(worded.group(0).split())
        shown = shown if len(shown) <= 40 else shown[:40] + "…"
        wording = (f"the reason of {describe(anchor.eid or unit.eid, draft=draft)} gives a wording (「{shown}」) while "
                   "its proposed text is empty; it is kept as a remark (write the wording in 修改建议 to propose it)")  # fmt: skip
        warning = wording if warning is None else f"{warning}; {wording}"
    if stance is Stance.SUPPORT and (odd := support_warning(body, "give the wording as 修改建议, or make the stance "
                                                                  "意见")) is not None:  # fmt: skip
        warning = odd if warning is None else f"{warning}; {odd}"
    author, created, later = _provenance(extra) if extra else _NO_PROVENANCE
    if later is not None:
        warning = later if warning is None else f"{warning}; {later}"
    came = _new_source(kind, memo.file, author, row.position)
    comment = _new_comment(who, anchor, stance, came, body, proposed, Status.OPEN, None, None, created, lang)
    return comment, warning, True


def _wording(draft: Draft, unit: Unit, given: str) -> tuple[str | None, int, str | None, str, str | None, tuple[str, ...]]:
    """A wording cell of a row on ``unit`` as read: (the wording, or None; how many zero-width
    characters went; what a placeholder says (:func:`placeholder`), the placeholder (or, saying
    "same", the words refused); the warning for spaces taken out; the marks made full width)."""
    # (a wording pasted from a web page or Word may carry them)
    proposed, hidden = invisible_removed(given.strip("\n"))
    if not proposed.strip():
        return None, hidden, None, "", None, ()
    says = placeholder(proposed)  # a placeholder typed where the wording goes (无, /, 同意): no wording
    if says == "same":
        return None, hidden, says, proposed, None, ()
    if says is not None:
        return None, hidden, says, proposed.strip(), None, ()
    # spaces and １０００ a sheet put in, , ; typed in Excel: as the law writes them
    proposed, spaced = law_spacing(draft, unit, proposed)
    proposed, widened = full_width(draft, unit, proposed)
    return proposed, hidden, None, "", spaced, widened


def _placed(draft: Draft, unit: Unit, proposed: str, anchor: Anchor,
            memo: _Memo) -> tuple[Unit, str | None, Anchoring]:  # fmt: skip
    """Where an amend wording of ``unit`` (anchored at ``anchor``) goes, but for its reason: the
    unit (its article, when it is the whole article given for one 款), the warning saying so, and
    :func:`anchoring` at it."""
    whole = None
    if not anchor.quote and (whole := whole_article_given(draft, unit, proposed, memo.index)) is not None:
        # the whole article given for one of its 款: the article's (stored at the 款, the merge put its
        # other 款 in a second time: a trial's)
        unit = whole[0]
        anchor = memo.anchors.get(unit.eid) or memo.anchors.setdefault(unit.eid, Anchor(unit.eid))
    try:
        made = anchoring(draft, unit, Stance.AMEND, proposed, anchor)
    except ValueError as exc:  # said with the unit it reads like, when it reads like another
        raise ValueError(refused_here(draft, unit, proposed, str(exc))) from None
    return unit, None if whole is None else whole[1], made


def _amend_notes(draft: Draft, unit: Unit, at: str | None, proposed: str, memo: _Memo) -> tuple[str, ...]:
    """The warnings for an amend wording of ``unit`` anchored at ``at``, in their order: another
    article's label typed before it, and the law's words copied unchanged."""
    out = []
    if typed := typed_label_note(unit, typed_label(unit, proposed)):
        out.append(typed)
    if at in memo.index:
        # the law's words copied unchanged (a form's row left as it is proposes nothing; a CSV row
        # says so at once, not only when merged), beside a 原文 quote too
        own = memo.index[at]
        if _as_it_stands(draft, own, proposed, memo):
            stances = "comment or support" if draft.profile.startswith("en") else "意见 or 支持"
            out.append(f"the proposed wording is {describe(own.eid, draft=draft)} as it stands: it proposes no change "
                       f"(stored as written; give the wording as it should read, or make the stance {stances})")  # fmt: skip
    return tuple(out)


def _as_it_stands(draft: Draft, unit: Unit, proposed: str, memo: _Memo) -> bool:
    """Whether the wording ``proposed`` is ``unit``'s text as it stands (whitespace and a leading
    copy of its label aside; in an English draft, a space between words is a word's edge, never
    aside: any one is not anyone, a review): it proposes no change."""
    glue = " " if draft.profile.startswith("en") else ""
    squashed = memo.squashed.get(unit.eid)
    if squashed is None:
        squashed = memo.squashed[unit.eid] = glue.join(unit_body(draft, unit).split())
    said, label = glue.join(proposed.split()), glue.join(unit.label.split())
    if label and said.startswith(label):
        said = said[len(label):].lstrip()
    return said == squashed


_NO_PROVENANCE: tuple[None, None, None] = (None, None, None)  # what _provenance gives a row without extra keys


def _provenance(extra: Mapping[str, Any]) -> tuple[str | None, str | None, str | None]:
    """Who wrote a JSON row's comment and when (its ``source.author`` and ``created``, which a
    CSV row has not), and a warning for a time stamp later than now (then dated on import)."""
    if not extra:
        return None, None, None
    given = extra.get("source")
    author = given.get("author") if isinstance(given, dict) else None
    created = extra.get("created")
    if created is not None and not (isinstance(created, str) and _is_timestamp(created)):
        raise ValueError(f"created must be a date and time such as 2026-11-21T09:00:00Z (got {created!r})")
    if created is not None and in_future(created):  # never dated after it arrived
        return (author if isinstance(author, str) else None, None,
                f"created {created} is later than now; the comment is dated when it is imported instead")  # fmt: skip
    return author if isinstance(author, str) else None, created, None
