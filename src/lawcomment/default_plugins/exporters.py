"""Built-in output formats: docx (the submission), html (the review page), md, json, csv."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from lawcomment import hookimpl

if TYPE_CHECKING:  # each format's module is imported when it writes, not when lawcomment starts
    from lawcomment import Consultation, ExportOptions


def _docx(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    from lawcomment.exports import write_submission

    out.write(write_submission(view, options))


def _draft(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    from lawcomment.exports import write_draft_copy

    out.write(write_draft_copy(view, options))


def _html(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    from lawcomment.exports import write_review_html

    write_review_html(view, options, out.write, into=out)  # piece by piece: the bytes of review_html(view, options)


def _md(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    from lawcomment.exports import submission_md

    out.write(submission_md(view, options).encode("utf-8"))


def _json(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    from lawcomment.exports import write_consultation_json

    # piece by piece (by the view's workers, into the file): the bytes of dump_bytes(consultation_dict(view))
    write_consultation_json(view, out.write, into=out)


def _csv(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    from lawcomment.exports import write_tracking_csv

    write_tracking_csv(view, out.write, options.lang, into=out)  # piece by piece, as json: tracking_csv(view)


def _amendment(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    from dataclasses import replace

    from lawcomment.amendment import consultation_instrument
    from lawcomment.exports import write_instrument_docx

    if options.suffix == ".md":
        out.write(consultation_instrument(view, options)[0].encode("utf-8"))
        return
    # (the general opinion set as the submission sets it, its headings and lists: not as Markdown's lines)
    text, _ = consultation_instrument(view, replace(options, intro=""))
    out.write(write_instrument_docx(text, options))


@hookimpl
def register_exporters(register):  # type: ignore[no-untyped-def]
    from lawcomment import Exporter  # here, not at the top: `split` and `merge` never ask for a format

    register(Exporter("docx", ".docx", True, _docx, "the submission: Word with native tracked changes", bilingual=True,
                      descriptions=(("zh", "提交稿：Word文件，修改以修订标记显示"),)))
    register(Exporter("draft", ".docx", True, _draft, "the draft as it stands, for members to mark up in Word: "
                      "every article, none of the committee's position", position=False,
                      descriptions=(("zh", "征求意见稿原文，供会员单位在Word中修订：全部条文，不含委员会立场"),)))
    register(Exporter("html", ".html", False, _html, "one-page review: redlines, contents, filters", review=True,
                      bilingual=True, groups=True, apart=True, descriptions=(("zh", "审查页面：修改对照、目录、筛选"),)))
    register(Exporter("md", ".md", False, _md, "the submission in Markdown", bilingual=True,
                      descriptions=(("zh", "提交稿（Markdown格式）"),)))
    # json and csv share their own pieces out too when made alone (write_apart, apart_now), but are not `apart`:
    # beside other formats each is made whole by one worker, as before (not first and alone, as the review page)
    register(Exporter("json", ".json", False, _json, "lawcomment.consultation/1: draft, comments, positions, decisions, adoption",
                      review=True, bilingual=True, groups=True,
                      descriptions=(("zh", "数据（JSON，lawcomment.consultation/1）：草案、意见、立场、决定、采纳情况"),)))
    register(Exporter("csv", ".csv", False, _csv, "tracking sheet, one row per comment (UTF-8 with BOM)", review=True,
                      descriptions=(("zh", "意见跟踪表，每条意见一行（UTF-8，带BOM）"),)))
    register(Exporter("amendment", ".docx", True, _amendment,
                      "the committee's positions as amendment instructions (Article X is amended to read: …); .docx or .md",
                      suffixes=(".md",), descriptions=(("zh", "委员会立场写成修改决定（将第X条修改为…）；.docx或.md"),)))
