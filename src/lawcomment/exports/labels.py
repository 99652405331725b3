"""The words every export prints, in Chinese and English: labels of fields and values, table
column headers, and the colon of each language."""

from __future__ import annotations

LANGS = ("zh", "en")
#: The names of the two languages, in each: ``LANGUAGE_NAMES["en"]["zh"]`` is "Chinese".
LANGUAGE_NAMES = {"zh": {"zh": "中文", "en": "英文"}, "en": {"zh": "Chinese", "en": "English"}}

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "committee": "委员会", "submission": "修改意见", "association": "提交单位", "date": "日期",
        "draft": "草案", "intro": "说明", "reasons": "理由", "supporters": "支持单位",
        "forwarded": "随意见转呈的会员意见：{ids}", "forwarded_general": "列入总体意见转呈的会员意见：{ids}", "supports_draft": "赞同草案原文", "supported_earlier": "赞同上一稿原文（本稿已修改，待核对）", "on_earlier": "（针对上一稿文字，待核对）", "quoted_before": "（上一稿引文：「{q}」，待核对）", "adopted_wording": "（已采纳：本稿已按此建议修改，所提措辞见上一稿意见#{n}）", "near_incomplete": "本条意见过多或过长，未全部比对：下列近似意见分组可能不全，请人工核对", "proposed_by": "提出修改",
        "supporters_n": "支持单位：{n}家会员", "unresolved": "尚未解决的分歧",
        "alternative": "方案{n}", "draft_wording": "草案原文", "article": "条文", "proposal": "修改建议",
        "reason": "理由", "no_change": "（无修改）", "comments": "会员意见", "new_unit": "建议新增",
        "after": "（在{where}之后）", "contents": "目录", "status": "状态", "group": "工作组", "all": "全部",
        "final": "委员会最终措辞", "position": "委员会意见", "summary": "{n}条提出修改，{c}处尚未解决的分歧",
        "adoption": "采纳情况", "member": "会员", "stance": "类型", "quote": "原文", "text": "意见",
        "by": "提出", "decisions": "委员会决定",
        "draft_note": "草稿：包括委员会尚未审查的修改建议", "review": "审查", "state": "状态", "change": "修改",
        "rv_unresolved": "尚未解决",
        "rv_chosen": "选定方案{n}", "rv_kept": "保留草案原文", "alt_keep": "保留草案原文", "alt_deleted": "删去",
        "alt_both": "两者并用（{order}）：", "alt_all": "{n}项并用（{order}）：", "alt_then": "→",
        "rv_final": "被委员会最终措辞取代", "rv_final_taken": "已纳入委员会最终措辞",
        "rv_consequential": "项的序号随之调整",
        "rv_decision": "（决定#{n}）", "final_wording": "委员会最终措辞（决定#{n}）", "stale": "决定需复核",
        "unreviewed": "待审查：{ids}", "translation_open": "译文修改建议待答复：{ids}", "rv_filter_unreviewed": "有待审查的修改", "rv_filter_stale": "决定需复核",
        "rv_summary": "{u}处待审查，{s}项决定需复核",
        "review_page": "意见汇总与审查", "exported": "导出于{t}", "insert_at": "新增位置：「{before}」之后",
        "insert_start": "新增位置：本条开头", "warning": "提示", "other_comments": "其他意见", "where": "位置",
        "responses": "答复情况", "old_article": "原条文", "new_article": "新条文",
        "count": "（{n}）", "no_adoption": "无", "text_lang": "文本",
        "near": "近似意见", "near_group": "{id}：{n}条近似意见，来自{members}；代表意见#{rep}",
        "near_same": "与代表意见相同", "near_decided": "已整组决定（决定{ids}）", "near_kind_wording": "修改建议", "near_kind_insert": "建议新增",
        "near_trivial": "仅虚词不同", "near_punct": "仅标点不同", "near_more": "另有{n}种写法（{c}条意见）",
    },
    "en": {
        "committee": "Committee", "submission": "Comments", "association": "Submitted by", "date": "Date",
        "draft": "Draft", "intro": "Introduction", "reasons": "Reasons", "supporters": "Supported by",
        "forwarded": "Member remarks forwarded with the submission: {ids}", "forwarded_general": "Remarks on the whole draft forwarded with the general comments: {ids}", "supports_draft": "Support the draft as it is", "supported_earlier": "Supported the last reading's words (since reworded: to check)", "on_earlier": " (on the last reading's words: to check)", "quoted_before": " (quoted on the last reading: “{q}”; to check)", "adopted_wording": "(adopted: the new version made this change; the wording proposed is comment #{n} of the last reading)", "near_incomplete": "Too many or too long comments here to compare them all: the near-duplicate groups may be incomplete; check by hand", "proposed_by": "Proposed by",
        "supporters_n": "Supported by {n} member(s)", "unresolved": "Unresolved conflicts",
        "alternative": "Option {n}", "draft_wording": "Draft wording", "article": "Article",
        "proposal": "Proposed text", "reason": "Reasons", "no_change": "(no change)", "comments": "Member comments",
        "new_unit": "Proposed new provision", "after": "(after {where})", "contents": "Contents",
        "status": "Status", "group": "Working group", "all": "All", "final": "Committee's final wording",
        "position": "Committee position", "summary": "{n} article(s) with proposed changes, {c} unresolved conflict(s)",
        "adoption": "Adoption", "member": "Member", "stance": "Stance",
        "quote": "Quote", "text": "Comment", "by": "by", "decisions": "Committee decisions",
        "draft_note": "Draft: includes proposals the committee has not reviewed", "review": "Review",
        "state": "State", "change": "Change", "rv_unresolved": "unresolved", "rv_chosen": "chose option {n}",
        "rv_kept": "draft wording kept", "alt_keep": "keep the draft wording", "alt_deleted": "deleted",
        "alt_both": "both, {order}: ", "alt_all": "all {n}, {order}: ", "alt_then": " then ",
        "rv_final": "superseded by the final wording", "rv_final_taken": "taken into the final wording", "rv_decision": " (decision #{n})",
        "rv_consequential": "items numbered on to follow",
        "final_wording": "Committee's final wording (decision #{n})", "stale": "decision to review",
        "unreviewed": "unreviewed: {ids}", "translation_open": "wordings of the translation to answer: {ids}", "rv_filter_unreviewed": "with unreviewed changes",
        "rv_filter_stale": "decisions to review", "rv_summary": "{u} unreviewed, {s} decision(s) to review",
        "review_page": "Review of comments", "exported": "exported {t}", "insert_at": "insertion point: after 「{before}」",
        "insert_start": "insertion point: the start of the unit", "warning": "warning", "other_comments": "Other comments",
        "where": "Where", "responses": "Responses", "old_article": "Old article", "new_article": "New article",
        "count": " ({n})", "no_adoption": "none", "text_lang": "Text",
        "near": "Near-duplicate comments", "near_group": "{id}: {n} near-duplicate comments from {members}; representative #{rep}",
        "near_same": "the representative's words", "near_decided": "decided as a group (decisions {ids})",
        "near_kind_wording": "proposed wording",
        "near_kind_insert": "proposed new provision", "near_trivial": "function words only", "near_punct": "punctuation only",
        "near_more": "{n} more variant(s) ({c} comments)",
    },
}  # fmt: skip

#: Every enum value an output prints, with its label per language: the one place stances,
#: statuses and states are translated (:func:`label`). Kinds: ``stance`` (Stance), ``status``
#: (Status), ``source`` (SourceKind), ``change`` (the state of a change or proposed new unit in
#: a merge), ``action`` (a staff decision), ``article`` (ItemStatus, and the review page's
#: ``pending``/``declined``), ``adoption`` (Adoption) and ``response`` (responses.Reply).
#: JSON keeps the values; text, CSV, XLSX and HTML print the labels.
VALUE_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "stance": {
        "zh": {"amend": "修改", "delete": "删除", "insert": "新增", "support": "支持", "oppose": "反对",
               "question": "疑问", "comment": "意见"},
        "en": {"amend": "amend", "delete": "delete", "insert": "insert", "support": "support", "oppose": "oppose",
               "question": "question", "comment": "comment"},
    },
    "status": {
        "zh": {"open": "待处理", "resolved": "已解决", "superseded": "已被替代", "orphaned": "已失效",
               "adopted": "新稿已采纳", "withdrawn": "已撤回"},
        "en": {"open": "open", "resolved": "resolved", "superseded": "superseded", "orphaned": "orphaned",
               "adopted": "adopted", "withdrawn": "withdrawn"},
    },
    "source": {
        "zh": {"cli": "录入", "csv": "CSV表格", "xlsx": "Excel工作簿", "json": "JSON", "form": "意见反馈表", "docx-comment": "Word批注",
               "docx-revision": "Word修订", "web": "网页填写"},
        "en": {"cli": "typed in", "csv": "CSV", "xlsx": "Excel workbook", "json": "JSON", "form": "comment form", "docx-comment": "Word comment",
               "docx-revision": "Word revision", "web": "in the browser"},
    },
    "change": {
        "zh": {"proposed": "待审查", "accepted": "采纳", "rejected": "不采纳"},
        "en": {"proposed": "proposed", "accepted": "accepted", "rejected": "rejected"},
    },
    "action": {
        "zh": {"accept": "采纳", "reject": "不采纳", "choose": "选定方案", "text": "最终措辞"},
        "en": {"accept": "accept", "reject": "reject", "choose": "choose", "text": "final wording"},
    },
    "article": {
        "zh": {"conflict": "有分歧", "amended": "建议修改", "deleted": "建议删除", "commented": "仅有意见",
               "unchanged": "未涉及", "pending": "有修改建议", "declined": "修改建议未采纳"},
        "en": {"conflict": "conflict", "amended": "amended", "deleted": "deletion proposed", "commented": "comments only",
               "unchanged": "unchanged", "pending": "proposals", "declined": "proposals not accepted"},
    },
    "adoption": {
        "zh": {"adopted": "已采纳", "partly adopted": "部分采纳", "not adopted": "未采纳", "article deleted": "条文已删除"},
        "en": {"adopted": "adopted", "partly adopted": "partly adopted", "not adopted": "not adopted",
               "article deleted": "article deleted"},
    },
    "response": {
        "zh": {"responded": "已答复", "late": "逾期答复", "no response": "未答复", "overdue": "逾期未答复"},
        "en": {"responded": "responded", "late": "responded late", "no response": "no response yet",
               "overdue": "overdue"},
    },
}  # fmt: skip

#: Column headers of the tabular outputs (the CSV tracking sheet, the XLSX sheets), by the
#: column's key; English headers are the keys themselves unless given here.
COLUMN_LABELS: dict[str, dict[str, str]] = {
    "zh": {"comment": "编号", "citation": "条款", "eid": "条款编码", "member": "会员", "organisation": "单位名称",
           "working_group": "工作组", "stance": "意见类型", "status": "状态", "quote": "原文",
           "proposed_text": "修改建议", "reason": "理由", "source": "来源", "file": "文件", "created": "提交时间",
           "article_status": "条文状态", "committee_position": "委员会建议条文", "review": "审查结果",
           "article_unreviewed": "本条待审查", "changed": "是否修改", "supporters": "支持单位",
           "working_groups": "涉及工作组", "comments": "意见数", "unresolved_conflicts": "未解决分歧",
           "draft_text": "草案原文", "unreviewed": "待审查", "decision": "决定编号", "action": "决定",
           "old": "原措辞", "new": "新措辞", "actor": "决定人", "decided": "决定时间", "revoked": "撤销时间",
           "lang": "语言", "note": "说明"},
    "en": {"decided": "created"},
}  # fmt: skip


def headers(columns: tuple[str, ...], lang: str = "zh") -> list[str]:
    """The printed headers of ``columns`` (keys of :data:`COLUMN_LABELS`) in ``lang``."""
    table = COLUMN_LABELS.get(lang, {})
    return [table.get(c, c) for c in columns]


#: The enum classes whose values :func:`label` finds by type, and the kind each is.
_KIND_OF_ENUM = {"Stance": "stance", "Status": "status", "SourceKind": "source", "ItemStatus": "article",
                 "Adoption": "adoption", "Reply": "response"}  # fmt: skip

#: The states of a change, conflict alternative or proposed new unit in a merge (position.py).
CHANGE_STATES = ("proposed", "accepted", "rejected")

for _lang in LANGS:  # the review labels the submission exporters use come from the same table
    LABELS[_lang].update({f"rv_{k}": v for k, v in VALUE_LABELS["change"][_lang].items()})
    LABELS[_lang].update({f"st_{k}": v for k, v in VALUE_LABELS["article"][_lang].items()})


def label(value: object, lang: str = "zh", kind: str | None = None) -> str:
    """The printed label of an enum value: ``label(Stance.AMEND, "zh")`` → 修改,
    ``label("accepted", "zh", "change")`` → 采纳. ``kind`` is found from the value's enum
    class when not given; a value with no label prints as itself."""
    if kind is None:
        kind = _KIND_OF_ENUM.get(type(value).__name__, "")
    table = VALUE_LABELS.get(kind, {}).get(lang if lang in LANGS else "zh", {})
    return table.get(str(value), str(value))


def colon(lang: str) -> str:
    """The colon after a label: full-width ``：`` in Chinese, ``: `` in English."""
    return "：" if lang == "zh" else ": "
