"""Who has answered: the response report of one draft, per member and per working group.

A member has responded when it has at least one active comment written on this draft
(open or resolved: withdrawn and superseded comments do not count, nor do comments carried
forward from the previous version, which answered that one). The report counts comments and
wording proposals, gives the last activity (the latest time one of those comments was
written or changed), and measures the draft's deadline (``Store.set_deadline``) against
``today``: days left, or overdue. Dates are UTC dates; the deadline day itself is still in
time. :func:`response_report` is a pure function of the members, the comments and the
deadline; the CLI (``lawcomment responses``) and the review page print what it returns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from ..comments import INACTIVE, Comment, Member, Role, Stance
from ..errors import StoreError
from ..exports.labels import colon, label

RESPONSES_SCHEMA = "lawcomment.responses/1"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PROPOSING = (Stance.AMEND, Stance.DELETE, Stance.INSERT)


class Reply(StrEnum):
    """Where a member stands with its reply."""

    RESPONDED = "responded"
    LATE = "late"  # responded, but its first comment came after the deadline
    NO_RESPONSE = "no response"  # nothing yet, and the deadline (if any) has not passed
    OVERDUE = "overdue"  # nothing, and the deadline has passed


def parse_deadline(text: str) -> str:
    """A deadline as the store keeps it (``YYYY-MM-DD``); StoreError for anything else."""
    value = text.strip()
    try:
        if not _DATE.fullmatch(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise StoreError(f"not a date: {text!r} (expected YYYY-MM-DD, e.g. 2026-12-15)") from None
    return value


def _day(stamp: str | date | None) -> date:
    if stamp is None:
        return datetime.now(UTC).date()
    if isinstance(stamp, date):
        return stamp
    return date.fromisoformat(parse_deadline(stamp[:10]))


def is_proposal(c: Comment) -> bool:
    """A wording proposal: an amendment or insertion with text, or a deletion."""
    return c.stance in _PROPOSING and (c.stance is Stance.DELETE or c.proposed_text is not None)


@dataclass(frozen=True, slots=True)
class MemberResponse:
    """One member's reply: its active comments and proposals on the draft, when it first and
    last wrote, and where it stands (:class:`Reply`). ``carried`` counts its comments carried
    from the previous version, which are not replies to this one."""

    id: str
    org: str
    group: str
    reply: Reply
    comments: int
    proposals: int
    first_activity: str | None
    last_activity: str | None
    carried: int = 0

    @property
    def responded(self) -> bool:
        return self.reply in (Reply.RESPONDED, Reply.LATE)

    @property
    def name(self) -> str:
        """``beta (Beta GmbH)``, or the id alone when the member has no organisation."""
        return f"{self.id} ({self.org})" if self.org else self.id

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {"id": self.id, "org": self.org, "group": self.group, "reply": str(self.reply),
                "label": label(self.reply, lang), "responded": self.responded, "comments": self.comments,
                "proposals": self.proposals, "first_activity": self.first_activity,
                "last_activity": self.last_activity, "carried": self.carried}  # fmt: skip


@dataclass(frozen=True, slots=True)
class GroupResponse:
    """A working group's replies: its members (ids), those who responded, their counts."""

    group: str
    members: tuple[str, ...]
    responded: tuple[str, ...]
    comments: int
    proposals: int
    last_activity: str | None

    @property
    def no_response(self) -> tuple[str, ...]:
        return tuple(m for m in self.members if m not in self.responded)

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "members": list(self.members), "responded": list(self.responded),
                "no_response": list(self.no_response), "comments": self.comments, "proposals": self.proposals,
                "last_activity": self.last_activity}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ResponseReport:
    """The replies to one draft as of ``today`` (YYYY-MM-DD), against its ``deadline``."""

    draft: str
    deadline: str | None
    today: str
    members: tuple[MemberResponse, ...]
    groups: tuple[GroupResponse, ...]

    @property
    def days_left(self) -> int | None:
        """Days until the deadline (0: due today; negative: overdue by that many), or None."""
        if self.deadline is None:
            return None
        return (date.fromisoformat(self.deadline) - date.fromisoformat(self.today)).days

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def responded(self) -> tuple[MemberResponse, ...]:
        return tuple(m for m in self.members if m.responded)

    @property
    def no_response(self) -> tuple[MemberResponse, ...]:
        """The members who have not answered yet (overdue or not), in the table's order."""
        return tuple(m for m in self.members if not m.responded)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """The ``responses --format json`` document (schema ``lawcomment.responses/1``)."""
        return {"schema": RESPONSES_SCHEMA, "draft": self.draft, "deadline": self.deadline, "today": self.today,
                "days_left": self.days_left, "overdue": self.overdue,
                "members": [m.to_dict(lang) for m in self.members], "groups": [g.to_dict() for g in self.groups],
                "no_response": [m.id for m in self.no_response],
                "summary": {"members": len(self.members), "responded": len(self.responded),
                            "no_response": len(self.no_response), "comments": sum(m.comments for m in self.members),
                            "proposals": sum(m.proposals for m in self.members)}}  # fmt: skip


def _latest(stamps: Iterable[str | None]) -> str | None:
    found = [s for s in stamps if s]
    return max(found) if found else None


def response_report(members: Iterable[Member], comments: Iterable[Comment], deadline: str | None = None, *,
                    draft: str = "", today: str | date | None = None) -> ResponseReport:  # fmt: skip
    """Who among ``members`` (staff left out) has answered, given the draft's ``comments``
    (any status: only active comments written on this draft count) and its ``deadline``
    (``YYYY-MM-DD`` or None), as of ``today`` (default: the current UTC date)."""
    day = _day(today)
    due = date.fromisoformat(parse_deadline(deadline)) if deadline else None
    people = [m for m in members if m.role is not Role.STAFF]
    # per member, in one pass over the comments (100,000 of them for the review page): its own
    # comments, proposals among them, the first time one was written and the last activity
    # (the earliest and latest of those time stamps, as min() and max() of them would give)
    own: dict[str, list[Any]] = {m.id: [0, 0, None, None] for m in people}
    carried: dict[str, int] = {m.id: 0 for m in people}
    for c in comments:
        mine = own.get(c.member)
        if mine is None or c.status in INACTIVE:
            continue
        if c.origin is not None:
            carried[c.member] += 1
            continue
        mine[0] += 1
        stance = c.stance
        if stance in _PROPOSING and (stance is Stance.DELETE or c.proposed_text is not None):  # is_proposal(c)
            mine[1] += 1
        created, updated = c.created, c.updated
        if created:
            if mine[2] is None or created < mine[2]:
                mine[2] = created
            if mine[3] is None or created > mine[3]:
                mine[3] = created
        if updated and (mine[3] is None or updated > mine[3]):
            mine[3] = updated
    rows: list[MemberResponse] = []
    for m in sorted(people, key=lambda m: (not m.group, m.group, m.id)):
        count, proposals, first, last = own[m.id]
        if count:
            late = due is not None and first is not None and _day(first) > due
            reply = Reply.LATE if late else Reply.RESPONDED
        else:
            reply = Reply.OVERDUE if due is not None and day > due else Reply.NO_RESPONSE
        rows.append(MemberResponse(m.id, m.org, m.group, reply, count, proposals, first, last, carried[m.id]))
    by_group: dict[str, list[MemberResponse]] = {}  # in the rows' order (working groups, then those in none)
    for r in rows:
        by_group.setdefault(r.group, []).append(r)
    groups: list[GroupResponse] = []
    for g, inside in by_group.items():
        groups.append(GroupResponse(g, tuple(r.id for r in inside), tuple(r.id for r in inside if r.responded),
                                    sum(r.comments for r in inside), sum(r.proposals for r in inside),
                                    _latest(r.last_activity for r in inside)))  # fmt: skip
    return ResponseReport(draft, due.isoformat() if due else None, day.isoformat(), tuple(rows), tuple(groups))


# -- printing ----------------------------------------------------------------------------------
TEXT: dict[str, dict[str, str]] = {
    "zh": {"head": "{draft} 意见答复情况：{due}；{n}家会员中{r}家已答复", "none": "未设截止日期",
           "left": "截止日期 {d}，还剩{n}天", "today": "截止日期 {d}，今天截止", "over": "截止日期 {d}，已逾期{n}天",
           "member": "会员", "org": "单位名称", "group": "工作组", "reply": "答复情况", "comments": "意见数",
           "proposals": "修改建议数", "last": "最近活动", "members": "会员数", "responded": "已答复",
           "by_group": "按工作组：", "no_group": "（未分组）", "no_response": "尚未答复", "nobody": "无",
           "sep": "、", "open": "（", "close": "）", "carried": "上一稿转入"},
    "en": {"head": "responses to {draft}: {due}; {r} of {n} member(s) responded", "none": "no deadline set",
           "left": "replies due {d}, {n} day(s) left", "today": "replies due today ({d})",
           "over": "replies were due {d}, {n} day(s) overdue",
           "member": "member", "org": "organisation", "group": "working group", "reply": "reply",
           "comments": "comments", "proposals": "proposals", "last": "last activity", "members": "members",
           "responded": "responded", "by_group": "by working group:", "no_group": "(no group)",
           "no_response": "no response yet", "nobody": "none", "sep": ", ", "open": " (", "close": ")",
           "carried": "carried"},
}  # fmt: skip


def deadline_text(report: ResponseReport, lang: str = "en") -> str:
    """``replies due 2026-12-15, 13 day(s) left`` / ``截止日期 2026-12-15，还剩13天``."""
    t = TEXT[lang]
    left = report.days_left
    if left is None:
        return t["none"]
    if left == 0:
        return t["today"].format(d=report.deadline)
    return (t["left"] if left > 0 else t["over"]).format(d=report.deadline, n=abs(left))


def when(stamp: str | None) -> str:
    """``2026-12-02T07:22:09Z`` → ``2026-12-02 07:22`` (UTC), or ``-``."""
    if not stamp:
        return "-"
    return stamp[:16].replace("T", " ")


def group_name(group: str, lang: str = "en") -> str:
    return group or TEXT[lang]["no_group"]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(r)).rstrip() for r in rows]


def no_response_text(report: ResponseReport, lang: str = "en") -> str:
    """``no response yet: beta (Beta GmbH), delta`` / ``尚未答复：beta（Beta GmbH）、delta``."""
    t = TEXT[lang]
    names = [m.id + (f"{t['open']}{m.org}{t['close']}" if m.org else "") for m in report.no_response]
    return t["no_response"] + colon(lang) + (t["sep"].join(names) or t["nobody"])


def responses_text(report: ResponseReport, lang: str = "en") -> str:
    """The report for the terminal: a line on the deadline, one row per member, one per
    working group, then who has not answered yet."""
    t = TEXT[lang]
    lines = [t["head"].format(draft=report.draft, due=deadline_text(report, lang), n=len(report.members),
                              r=len(report.responded))]  # fmt: skip
    # (comments carried from the last reading answered that one: counted apart, so a member whose
    # comments all came forward reads as not yet answering this one, and not as silent)
    carried = any(m.carried for m in report.members)
    rows = [[t["member"], t["org"], t["group"], t["reply"], t["comments"], t["proposals"], t["last"],
             *([t["carried"]] if carried else [])]]  # fmt: skip
    rows += [[m.id, m.org or "-", group_name(m.group, lang), label(m.reply, lang), str(m.comments), str(m.proposals),
              when(m.last_activity), *([str(m.carried)] if carried else [])] for m in report.members]  # fmt: skip
    lines += _table(rows)
    lines.append(t["by_group"])
    rows = [[t["group"], t["members"], t["responded"], t["comments"], t["proposals"], t["last"]]]
    rows += [[group_name(g.group, lang), str(len(g.members)), str(len(g.responded)), str(g.comments),
              str(g.proposals), when(g.last_activity)] for g in report.groups]  # fmt: skip
    lines += _table(rows)
    lines.append(no_response_text(report, lang))
    return "\n".join(lines) + "\n"
