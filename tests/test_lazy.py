"""Lazy names and lazy regexes: loaded or compiled on first use, the same object afterwards."""

from __future__ import annotations

import re
import subprocess
import sys

from lawcomment.lazy import lazy_pattern


def test_lazy_pattern_compiles_once_with_its_flags() -> None:
    pattern = lazy_pattern(r"article\s+(\d+)", re.IGNORECASE)
    first = pattern()
    assert first is pattern()
    assert first.flags & re.IGNORECASE
    match = first.match("ARTICLE 12")
    assert match is not None and match.group(1) == "12"


def test_splitting_a_chinese_draft_compiles_no_citation_or_english_pattern() -> None:
    """What `lawcomment split` of a Chinese law never uses is never compiled: the patterns of
    citations typed by people (第十二条第二款, Article 12(2)), English references and the
    GB18030 guess's character classes."""
    code = (
        "from lawcomment import parse_text\n"
        "from lawcomment.drafts import encoding, ids, references\n"
        "parse_text('第一条　为了规范电子商务行为，制定本法。\\n第二条　依照本法第一条的规定。')\n"
        "lazy = [ids._ZH_CITATION, ids._EN_CITATION, ids._BARE_NUMBER, references._EN, references._EN_MORE,\n"
        "        references._EXTERNAL_EN, encoding._WIDE, encoding._PRIVATE, encoding._FOREIGN]\n"
        "print(sum(p.cache_info().currsize for p in lazy), references._RANGE.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    # the citation in 第二条 compiled the range pattern, which reads what follows a citation
    assert out.split() == ["0", "1"]
