"""Output formats: the Exporter a plugin registers, the options every exporter receives,
and the labels (Chinese or English) that submissions print.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from .consultation import Consultation

LAYOUTS = ("articles", "table")
ATTRIBUTIONS = ("committee", "members")
LANGS = ("zh", "en")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the user asked for; exporters ignore what does not apply to them.

    ``date`` is an ISO 8601 UTC timestamp (``2026-11-21T09:00:00Z``) printed on the cover
    and set on every tracked change; it defaults to the time of the export. ``suffix`` is
    the output file's suffix (``.md``), for exporters that write more than one file type.
    ``include_unreviewed`` puts the changes and new units staff have not decided yet in the
    submission too (a quick draft); by default only what they accepted goes out. The view
    an exporter receives already follows it (:meth:`Consultation.for_options`).
    """

    layout: str = "articles"
    lang: str = "zh"
    attribute: str = "committee"
    anonymous: bool = False
    all_articles: bool = False
    intro: str = ""
    association: str = ""
    date: str = ""
    suffix: str = ""
    include_unreviewed: bool = False

    @property
    def timestamp(self) -> str:
        """``date`` as a full UTC timestamp (``2026-11-21`` → ``2026-11-21T00:00:00Z``), or now;
        ValueError when it is not ISO 8601 (Word refuses such a revision date)."""
        from datetime import datetime, timezone

        from .store import now

        if not self.date:
            return now()
        when = datetime.fromisoformat(self.date.replace("Z", "+00:00"))
        if when.tzinfo is not None:
            when = when.astimezone(timezone.utc)
        return when.strftime("%Y-%m-%dT%H:%M:%SZ")

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
    ``export`` does not warn that unreviewed changes were left out of it.
    """

    name: str
    suffix: str
    binary: bool
    export: Callable[[Consultation, BinaryIO, ExportOptions], None]
    description: str = ""
    suffixes: tuple[str, ...] = ()  # other file types it writes, chosen by the output's suffix
    review: bool = False  # shows every change with its state (a review format)


LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "committee": "委员会", "submission": "修改意见", "association": "提交单位", "date": "日期",
        "draft": "草案", "intro": "说明", "reasons": "理由", "supporters": "支持单位",
        "supporters_n": "支持单位：{n}家会员", "unresolved": "尚未解决的分歧",
        "alternative": "方案{n}", "draft_wording": "草案原文", "article": "条文", "proposal": "修改建议",
        "reason": "理由", "no_change": "（无修改）", "comments": "会员意见", "new_unit": "建议新增",
        "after": "（在{where}之后）", "contents": "目录", "status": "状态", "group": "工作组", "all": "全部",
        "final": "委员会最终措辞", "position": "委员会意见", "summary": "{n}条提出修改，{c}处尚未解决的分歧",
        "st_conflict": "有分歧", "st_amended": "建议修改", "st_commented": "仅有意见", "st_unchanged": "未涉及",
        "adoption": "采纳情况", "member": "会员", "stance": "类型", "quote": "原文", "text": "意见",
        "by": "提出", "decisions": "委员会决定",
        "draft_note": "草稿：包括委员会尚未审查的修改建议", "review": "审查", "state": "状态", "change": "修改",
        "rv_proposed": "待审查", "rv_accepted": "采纳", "rv_rejected": "不采纳", "rv_unresolved": "尚未解决",
        "rv_chosen": "选定方案{n}", "rv_kept": "保留草案原文", "rv_final": "被委员会最终措辞取代",
        "rv_decision": "（决定#{n}）", "final_wording": "委员会最终措辞（决定#{n}）", "stale": "决定需复核",
        "unreviewed": "待审查：{ids}", "rv_filter_unreviewed": "有待审查的修改", "rv_filter_stale": "决定需复核",
        "rv_summary": "{u}处待审查，{s}项决定需复核",
    },
    "en": {
        "committee": "Committee", "submission": "Comments", "association": "Submitted by", "date": "Date",
        "draft": "Draft", "intro": "Introduction", "reasons": "Reasons", "supporters": "Supported by",
        "supporters_n": "Supported by {n} member(s)", "unresolved": "Unresolved conflicts",
        "alternative": "Option {n}", "draft_wording": "Draft wording", "article": "Article",
        "proposal": "Proposed text", "reason": "Reasons", "no_change": "(no change)", "comments": "Member comments",
        "new_unit": "Proposed new provision", "after": "(after {where})", "contents": "Contents",
        "status": "Status", "group": "Working group", "all": "All", "final": "Committee's final wording",
        "position": "Committee position", "summary": "{n} article(s) with proposed changes, {c} unresolved conflict(s)",
        "st_conflict": "conflict", "st_amended": "amended", "st_commented": "comments only",
        "st_unchanged": "unchanged", "adoption": "Adoption", "member": "Member", "stance": "Stance",
        "quote": "Quote", "text": "Comment", "by": "by", "decisions": "Committee decisions",
        "draft_note": "Draft: includes proposals the committee has not reviewed", "review": "Review",
        "state": "State", "change": "Change", "rv_proposed": "proposed", "rv_accepted": "accepted",
        "rv_rejected": "rejected", "rv_unresolved": "unresolved", "rv_chosen": "chose option {n}",
        "rv_kept": "draft wording kept", "rv_final": "superseded by the final wording", "rv_decision": " (decision #{n})",
        "final_wording": "Committee's final wording (decision #{n})", "stale": "decision to review",
        "unreviewed": "unreviewed: {ids}", "rv_filter_unreviewed": "with unreviewed changes",
        "rv_filter_stale": "decisions to review", "rv_summary": "{u} unreviewed, {s} decision(s) to review",
    },
}  # fmt: skip
