"""Warnings many rows of one file share, said once (lawcomment.consultation.fold_warnings), and
`comment import`'s --all-warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawcomment.consultation import fold_warnings

SAME = "half-width punctuation (,) between Chinese words of the proposed text is made full width (，)"


@pytest.mark.parametrize(("lines", "folded"), [
    # four rows share it: as they are (a summary would be no shorter)
    ([f"a.csv: row {n}: {SAME}" for n in (2, 3, 4, 5)], [f"a.csv: row {n}: {SAME}" for n in (2, 3, 4, 5)]),
    # five: the first three, then the other two in one line
    ([f"a.csv: row {n}: {SAME}" for n in (2, 3, 4, 5, 6)],
     [*(f"a.csv: row {n}: {SAME}" for n in (2, 3, 4)), f"a.csv: 2 more with the same warning (rows 5, 6): {SAME}"]),
    # other warnings keep their places; another message, or another file, is another group
    (["a.csv: row 2: x", *(f"a.csv: row {n}: {SAME}" for n in range(3, 9)), "a.csv: row 9: y", "b.csv: row 2: x",
      "the draft has no title"],
     ["a.csv: row 2: x", *(f"a.csv: row {n}: {SAME}" for n in (3, 4, 5)),
      f"a.csv: 3 more with the same warning (rows 6, 7, 8): {SAME}", "a.csv: row 9: y", "b.csv: row 2: x",
      "the draft has no title"]),
    # JSON Lines lines, and a form's table rows (said as they are)
    ([f"a.jsonl: line {n}: {SAME}" for n in range(1, 6)],
     [*(f"a.jsonl: line {n}: {SAME}" for n in (1, 2, 3)), f"a.jsonl: 2 more with the same warning (lines 4, 5): {SAME}"]),
    ([f"f.docx: table 2 row {n}: {SAME}" for n in range(1, 6)],
     [*(f"f.docx: table 2 row {n}: {SAME}" for n in (1, 2, 3)),
      f"f.docx: 2 more with the same warning (table 2 row 4, table 2 row 5): {SAME}"]),
])  # fmt: skip
def test_rows_sharing_a_warning_are_said_once(lines: list[str], folded: list[str]) -> None:
    assert fold_warnings(lines) == folded


def test_the_summary_names_ten_rows_and_counts_them_all() -> None:
    lines = [f"a.csv: row {n}: {SAME}" for n in range(2, 1002)]
    out = fold_warnings(lines, more="; see each with X")
    assert out[3] == (f"a.csv: 997 more with the same warning (rows 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, …); see each "
                      f"with X: {SAME}")  # fmt: skip
    assert len(out) == 4


def test_comment_import_folds_a_warning_many_rows_share(consultation, tmp_path: Path) -> None:
    # the NPC-scale run: 3,886 rows of one file each said the same, 3,886 lines on the terminal
    art13 = "电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和环境保护要求,不得销售或者提供法律、行政法规禁止交易的商品或者服务。"
    path = tmp_path / "c.csv"
    rows = "".join(f"{m},第十三条,\"{art13.replace('应当', '应当依法')}\",理由{n},amend\n"
                   for n, m in enumerate(["acme", "beta"] * 3))  # fmt: skip
    path.write_text("member,article,proposed_text,reason,stance\n" + rows, encoding="utf-8")
    note = ("half-width punctuation (,) between Chinese words of the proposed text is made full width (，), as the law "
            "writes it: the diff shows only the words changed")  # fmt: skip
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    assert result.stderr == "".join(f"warning: {path}: row {n}: {note}\n" for n in (2, 3, 4)) + (
        f"warning: {path}: 3 more with the same warning (rows 5, 6, 7); --all-warnings lists each: {note}\n")
    assert result.stdout == f"{path}: csv into ecommerce@1: 6 added, 0 already there, 0 superseded\n"
    # (the same rows in another file: read anew, so said; the very file again says only that they are stored)
    copy = tmp_path / "c2.csv"
    copy.write_bytes(path.read_bytes())
    again = consultation("comment", "import", str(copy), "--draft", "ecommerce@1", "--all-warnings")
    assert again.exit_code == 0
    assert again.stderr.startswith("".join(f"warning: {copy}: row {n}: {note}\n" for n in range(2, 8))), again.stderr


def _second(row: int, member: str, earlier: int) -> str:
    return (f"{member} gives a second wording of 第十三条 (art_13) in this file (row {earlier} gives another): both are "
            f"kept open, neither replacing the other (withdraw the one {member} does not mean: lawcomment comment "
            f"withdraw ID)")  # fmt: skip


SECOND_SAID = ("where a member gives a second wording of the same unit{rows}{more}: both wordings are kept open, neither "
               "replacing the other (withdraw the one the member does not mean: lawcomment comment withdraw ID)")


@pytest.mark.parametrize(("lines", "folded"), [
    # a repeated row's warning names the row it repeats: each other, but of one kind
    ([f"a.csv: row {n} repeats row {n - 100} word for word: stored once" for n in range(102, 108)],
     [*(f"a.csv: row {n} repeats row {n - 100} word for word: stored once" for n in (102, 103, 104)),
      "a.csv: 3 more repeating an earlier one word for word (rows 105, 106, 107): each stored once"]),
    # a member's second wording names the member, the unit and the earlier row
    ([f"a.csv: row {n}: {_second(n, f'm{n}', n - 50)}" for n in range(60, 66)],
     [*(f"a.csv: row {n}: {_second(n, f'm{n}', n - 50)}" for n in (60, 61, 62)),
      "a.csv: 3 more " + SECOND_SAID.format(rows=" (rows 63, 64, 65)", more="")]),
    # a few of a kind stay as they are; another file is another group
    ([f"a.csv: row {n} repeats row 2 word for word: stored once" for n in (3, 4, 5, 6)]
     + [f"b.csv: row {n} repeats row 2 word for word: stored once" for n in (3, 4)],
     [f"a.csv: row {n} repeats row 2 word for word: stored once" for n in (3, 4, 5, 6)]
     + [f"b.csv: row {n} repeats row 2 word for word: stored once" for n in (3, 4)]),
])  # fmt: skip
def test_a_kind_of_warning_many_rows_share_is_counted(lines: list[str], folded: list[str]) -> None:
    assert fold_warnings(lines) == folded


def test_a_rows_warnings_said_together_are_said_apart_when_one_is_folded() -> None:
    # the NPC-scale run: 20 rows had both a half-width comma and a second wording, said on one line
    # each, and were left out of both counts
    lines = [f"a.csv: row {n}: {SAME}" for n in range(2, 8)]
    lines += [f"a.csv: row 9: {SAME}; {_second(9, 'acme', 4)}", f"a.csv: row 10: x; {SAME}", "a.csv: row 11: x; y"]
    assert fold_warnings(lines, more="; see each") == [
        *(f"a.csv: row {n}: {SAME}" for n in (2, 3, 4)),
        f"a.csv: 4 more with the same warning (rows 5, 6, 7, 9); see each: {SAME}",
        f"a.csv: row 9: {_second(9, 'acme', 4)}",
        f"a.csv: row 10: x; {SAME}",  # (x is no warning other rows give alone: maybe half of one, never cut)
        "a.csv: row 11: x; y",  # (neither of its warnings is folded: said as it was)
    ]
    # none folded: each row's line as it was
    few = [f"a.csv: row 2: {SAME}", f"a.csv: row 3: {SAME}; {_second(3, 'acme', 2)}"]
    assert fold_warnings(few) == few


def test_comment_import_counts_repeated_rows_as_one_kind(consultation, tmp_path: Path) -> None:
    # a portal's export with rows pasted again: each warning names the row it repeats
    path = tmp_path / "c.csv"
    first = [f"{m},第十三条,,理由{n},support\n" for n, m in enumerate(["acme", "beta", "acme"])]
    path.write_text("member,article,proposed_text,reason,stance\n" + "".join(first * 3), encoding="utf-8")
    result = consultation("comment", "import", str(path), "--draft", "ecommerce@1")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "".join(f"warning: {path}: row {n} repeats row {n - 3} word for word: stored once\n" for n in (5, 6, 7))
        + f"warning: {path}: 3 more repeating an earlier one word for word (rows 8, 9, 10); --all-warnings lists "
          f"each: each stored once\n")  # fmt: skip
    assert result.stdout.endswith(f"{path}: csv into ecommerce@1: 3 added, 0 already there, 0 superseded\n")


def test_a_single_warning_holding_a_semicolon_is_never_cut_in_two() -> None:
    # (a stranger's review) a future date's warning holds "; " itself: a row with it and a second wording was
    # said as three warnings, two of them halves
    late = "created 2099-01-01 is later than now; the comment is dated when it is imported instead"
    lines = [f"a.jsonl: line {n}: {late}" for n in (1, 2, 3)]
    lines += [f"a.jsonl: line {n}: {late}; {_second(n, f'm{n}', 1)}" for n in (4, 5)]
    lines += [f"a.jsonl: line {n}: {_second(n, f'm{n}', 1)}" for n in (6, 7, 8, 9, 10)]
    out = fold_warnings(lines)
    assert not any(line.endswith(": created 2099-01-01 is later than now") for line in out), out
    assert out[:5] == lines[:5]  # (its own warning and the second wording together: as they were)
    assert out[5:] == [*lines[5:8], "a.jsonl: 2 more " + SECOND_SAID.format(rows=" (lines 9, 10)", more="")]
