"""Output formats: the Exporter a plugin registers, the options every exporter receives,
and the labels (Chinese or English) that submissions print.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from .labels import LABELS

if TYPE_CHECKING:
    from .view import Consultation

LAYOUTS = ("articles", "table")
ATTRIBUTIONS = ("committee", "members")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the user asked for; exporters ignore what does not apply to them.

    ``date`` is an ISO 8601 UTC timestamp (``2026-11-21T09:00:00Z``) printed on the cover
    and set on every tracked change; it defaults to the time of the export. ``suffix`` is
    the output file's suffix (``.md``), for exporters that write more than one file type.
    ``parallel`` names a second language: a bilingual export prints the draft's translation
    into it beside each unit, with the members' wordings of it (``Consultation.translated``),
    and its labels in both languages. ``include_unreviewed`` puts the changes and new units staff have not decided yet in the
    submission too (a quick draft); by default only what they accepted goes out. The view
    an exporter receives already follows it (:meth:`Consultation.with_unreviewed`).
    """

    layout: str = "articles"
    lang: str = "zh"
    attribute: str = "committee"
    anonymous: bool = False
    #: the 支持单位 lines (how many members, or which, proposed each change that goes out); False: the
    #: association's voice alone, as some send it (a trial had no way to leave them out)
    supporters: bool = True
    all_articles: bool = False
    intro: str = ""
    association: str = ""
    date: str = ""
    suffix: str = ""
    include_unreviewed: bool = False
    template: str = ""  # docx: the association's letterhead .docx (styles, page set-up, header, footer)
    parallel: str = ""  # the translation's language printed beside the draft's (``--lang zh+en``: "en")
    #: the language of a copy for members to mark up (``--format draft --lang en``): "" for the
    #: draft's own, else its working translation's
    copy_lang: str = ""
    #: where the letter is dated (an IANA name, Asia/Shanghai): today's date there, when ``date`` gives
    #: none; "" for this machine's own time zone
    timezone: str = ""
    #: the letter's 主送机关, set under its title (全国人大常委会法制工作委员会：), and its 附注, who to ask about
    #: it, set under the date in brackets (联系人：王律师，电话：010-65901234): "" for none
    addressee: str = ""
    contact: str = ""

    @property
    def salutation(self) -> str:
        """The addressee as the letter sets it: a Chinese letter's 主送机关 ending with a colon (GB/T 9704), an
        English letter's as staff wrote it (an addressee block, never "…Data Protection:"); "" without one."""
        text = self.addressee.strip()
        if not text or self.lang != "zh":
            return text
        return text if text.endswith(("：", ":")) else text + "："

    @property
    def contact_note(self) -> str:
        """The contact as the letter sets it under the date, in brackets: "" without one."""
        text = self.contact.strip()
        if not text:
            return ""
        return text if text.startswith(("（", "(")) else (f"（{text}）" if self.lang == "zh" else f"({text})")

    @property
    def langs(self) -> tuple[str, ...]:
        """The languages the export prints: the labels' (``lang``), then ``parallel``'s."""
        return (self.lang, self.parallel) if self.parallel else (self.lang,)

    @property
    def timestamp(self) -> str:
        """``date`` as a full UTC timestamp (``2026-11-21`` → ``2026-11-21T00:00:00Z``), or now;
        ValueError when it is not ISO 8601 (Word refuses such a revision date)."""
        from datetime import datetime, timezone

        from ..records import now

        if not self.date:
            return now()
        when = datetime.fromisoformat(self.date.replace("Z", "+00:00"))
        if when.tzinfo is not None:
            when = when.astimezone(timezone.utc)
        return when.strftime("%Y-%m-%dT%H:%M:%SZ")

    @property
    def day(self) -> str:
        """The date the letter is signed on (``2026-11-21``): ``date`` as given, else today where
        :attr:`timezone` says (a Beijing association's letter exported at 05:38 on 7 December was
        dated 6 December, the day in UTC: a trial). ValueError for an unknown time zone."""
        from datetime import datetime, timezone
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            zone = ZoneInfo(self.timezone) if self.timezone else None
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {self.timezone!r} (e.g. Asia/Shanghai, Europe/Berlin, UTC)") from None
        if self.date:
            given = datetime.fromisoformat(self.date.replace("Z", "+00:00"))
            if given.tzinfo is None:  # a day, or a moment with no zone (2026-12-07T00:00): its own day, as typed
                return given.date().isoformat()
            # a moment in a zone: that moment's day where --timezone says, else in the zone it was given in
            return (given.astimezone(zone) if zone is not None else given).date().isoformat()
        when = datetime.strptime(self.timestamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        return (when.astimezone(zone) if zone is not None else when.astimezone()).strftime("%Y-%m-%d")

    @property
    def author(self) -> str:
        """The tracked-change author for the committee's own changes."""
        return self.association or LABELS[self.lang]["committee"]


@dataclass(frozen=True, slots=True)
class Exporter:
    """An output format: ``export(view, out, options)`` writes ``view`` to the binary stream.

    ``suffix`` is its default file type; an exporter listing ``suffixes`` also writes those,
    reading ``options.suffix`` to know which was asked for. ``review`` marks a review
    format, which shows every change with its state (proposed, accepted, rejected), so
    ``export`` does not warn that unreviewed changes were left out of it. ``bilingual`` marks
    a format that prints the translation when ``options.parallel`` asks for it; ``export``
    refuses a second language for the others. ``groups`` marks a format that asks for the
    near-duplicate groups (``view.near_groups``): exporting several formats at once works them
    out before the formats are shared out among workers, so that they are kept for the next.
    ``position`` False marks a format that prints the draft alone, none of the committee's
    position (the copy members mark up): ``export`` says nothing of what is decided. ``apart``
    marks a format that shares its own making out among the view's workers (``view.workers``),
    the near-duplicate groups it shows with it (:func:`lawcomment.exports.view.write_apart`):
    exporting several formats at once makes it first, in the process itself, then the others.
    ``descriptions`` gives the description in other languages (the web app's Chinese pages).
    """

    name: str
    suffix: str
    binary: bool
    export: Callable[[Consultation, BinaryIO, ExportOptions], None]
    description: str = ""
    suffixes: tuple[str, ...] = ()  # other file types it writes, chosen by the output's suffix
    review: bool = False  # shows every change with its state (a review format)
    bilingual: bool = False  # prints the draft's translation beside it (``options.parallel``)
    groups: bool = False  # asks for the near-duplicate groups (``view.near_groups``)
    position: bool = True  # prints the committee's position; False: the draft alone
    apart: bool = False  # shares its own making out among the view's workers (the groups it shows with it)
    descriptions: tuple[tuple[str, str], ...] = ()  # the description in other languages: (lang, text) pairs

    def describe(self, lang: str) -> str:
        """The description in ``lang`` (zh, en) when the format gives one, else ``description``."""
        return next((text for code, text in self.descriptions if code == lang), self.description)
