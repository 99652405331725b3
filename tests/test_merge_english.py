"""An English draft's changes are made of whole words (a trial of the GDPR): merged, decided, quoted
and written into the Word submission as [-one month-]{+two months+}, never [-one-]{+two+} and {+s+}."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawcomment import Proposal, drawn_segments, merge
from lawcomment.cli import cli
from lawcomment.review.redline import Span, splice, whole_words, word_edits

# sentences of the GDPR (Regulation (EU) 2016/679), one paragraph each: Articles 12(3), 9(2)(a), 33(1), 25(1), 28(3)
MONTH = ("The controller shall provide information on action taken on a request to the data subject without "
         "undue delay and in any event within one month of receipt of the request.")
CONSENT = ("the data subject has given explicit consent to the processing of those personal data for one or more "
           "specified purposes, except where Union or Member State law provide that the prohibition referred to "
           "in paragraph 1 may not be lifted by the data subject;")
BREACH = ("In the case of a personal data breach, the controller shall without undue delay and, where feasible, "
          "not later than 72 hours after having become aware of it, notify the personal data breach to the "
          "supervisory authority.")
MEASURES = ("The controller shall implement appropriate technical and organisational measures, such as "
            "pseudonymisation, which are designed to implement data-protection principles.")
PROCESSOR = ("Processing by a processor shall be governed by a contract that sets out the subject-matter and "
             "duration of the processing. The processor shall inform the controller immediately if, in its "
             "opinion, an instruction infringes this Regulation.")
TWICE = ("The controller shall provide information within one month of receipt of the request. The controller "
         "shall inform the data subject of any such extension within one month of receipt of the request.")

_PAD = " " * 16  # `merge` lines a change's state up in a column

ROWS = [
    pytest.param(MONTH, MONTH.replace("one month", "two months"),
                 [f"c1  proposed{_PAD}[-one month-]{{+two months+}}  [retailx]"], id="one month -> two months"),
    # two edits a short word apart (law) are one change: decided apart, "Union law provide" or "or Member State law
    # provides" would be law text no one proposed
    pytest.param(CONSENT, CONSENT.replace("Union or Member State law provide", "Union law provides"),
                 [f"c1  proposed{_PAD}[-or Member State -]law [-provide-]{{+provides+}}  [retailx]"],
                 id="provide -> provides"),
    pytest.param(BREACH, BREACH.replace("72", "96"), [f"c1  proposed{_PAD}[-72-]{{+96+}}  [retailx]"],
                 id="72 -> 96 hours"),
    pytest.param(MEASURES, MEASURES.replace("organisational", "organizational"),
                 [f"c1  proposed{_PAD}[-organisational-]{{+organizational+}}  [retailx]"], id="a letter of a word"),
    pytest.param(MEASURES, MEASURES.replace("appropriate technical", "appropriate and proportionate technical"),
                 [f"c1  proposed{_PAD}{{+and proportionate +}}  [retailx]"], id="whole words put in"),
    pytest.param(PROCESSOR, PROCESSOR.replace("shall inform the controller", "shall notify the controllers"),
                 [f"c1  proposed{_PAD}[-inform-]{{+notify+}} the [-controller-]{{+controllers+}}  [retailx]"],
                 id="two edits, the between them"),
    pytest.param(PROCESSOR, PROCESSOR.replace("a processor shall", "processors shall").replace("contract that",
                                                                                                   "contract which"),
                 [f"c1  proposed{_PAD}[-a processor-]{{+processors+}}  [retailx]",
                  f"c2  proposed{_PAD}[-that-]{{+which+}}  [retailx]"], id="edits words apart stay apart"),
    pytest.param(TWICE, TWICE.replace("one month", "two months", 1),
                 [f"c1  proposed{_PAD}[-one month-]{{+two months+}} (occurrence 1 of 2, after “within”)  [retailx]"],
                 id="an occurrence after whole words"),
]


def _store(tmp_path: Path, paragraph: str, *more: str, members: tuple[str, ...] = ("retailx",)) -> CliRunner:
    """A store in ``tmp_path`` (the working directory) with gdpr@1, an English draft whose Article 1 is
    ``paragraph`` (and Articles 2… ``more``), and ``members`` (retailx)."""
    law = "REGULATION ON THE PROTECTION OF PERSONAL DATA\n\n" + "\n\n".join(
        f"Article {n}\n\nProvision {n}\n\n1.   {text}" for n, text in enumerate((paragraph, *more), 1))
    (tmp_path / "gdpr.txt").write_text(law + "\n", encoding="utf-8")
    runner = CliRunner()
    for args in (["init"], *(["member", "add", m, "--org", m.title()] for m in members),
                 ["draft", "add", "gdpr.txt", "--name", "gdpr", "--version", "1", "--profile", "en"]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, result.output
    return runner


def _propose(runner: CliRunner, at: str, wording: str, member: str = "retailx") -> None:
    result = runner.invoke(cli, ["comment", "add", "--member", member, "--draft", "gdpr@1", "--at", at,
                                 "--propose", wording])  # fmt: skip
    assert result.exit_code == 0, result.output


def _changes(output: str) -> list[str]:
    """The change lines of `merge` output, as it prints them."""
    return [line.strip() for line in output.splitlines() if re.match(r"  [cx]\d+ ", line)]


@pytest.mark.parametrize(("old", "wording", "printed"), ROWS)
def test_merge_prints_whole_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, wording: str,
                                  printed: list[str]) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    runner = _store(tmp_path, old)
    _propose(runner, "Article 1(1)", wording)
    result = runner.invoke(cli, ["merge", "--draft", "gdpr@1"])
    assert result.exit_code == 0, result.output
    assert _changes(result.output) == printed


@pytest.mark.parametrize(("old", "wording", "printed"), ROWS)
def test_each_change_is_whole_words(old: str, wording: str, printed: list[str]) -> None:
    """Through the library: as many changes as `merge` prints, together making the wording, each
    striking and writing whole words (no letter beside it, in the draft or as changed, of a word it cuts)."""
    m = merge(old, [Proposal("#1", wording, ("retailx",))], english=True)
    assert len(m.changes) == len(printed)
    assert m.text == wording
    for c in m.changes:
        done = splice(old, [Span(c.start, c.end, c.new)])
        for text, at, words in ((old, c.start, c.old), (done, c.start, c.new)):  # where it starts, either way
            assert not (words and at and text[at - 1].isalnum() and words[0].isalnum()), c
        for text, at, words in ((old, c.end, c.old), (done, c.start + len(c.new), c.new)):  # where it ends
            assert not (words and at < len(text) and text[at].isalnum() and words[-1].isalnum()), c


def test_one_month_is_one_change() -> None:
    m = merge(MONTH, [Proposal("#1", MONTH.replace("one month", "two months"), ("retailx",))], english=True)
    assert [(c.old, c.new) for c in m.changes] == [("one month", "two months")]
    m = merge(MONTH, [Proposal("#1", MONTH.replace("one month", "two months"), ("retailx",))])  # as a Chinese text is
    assert [(c.old, c.new) for c in m.changes] == [("one", "two"), ("", "s")]


def test_a_chinese_merge_is_cut_as_before() -> None:
    """Only an English draft's changes are widened: a Chinese wording keeps the words it keeps (商业秘密)."""
    base = "不得泄露商业秘密。"
    m = merge(base, [Proposal("#1", "不得泄露工作秘密、商业秘密、个人隐私。", ("a",))])
    assert [(c.old, c.new) for c in m.changes] == [("", "工作秘密、"), ("", "、个人隐私")]


@pytest.mark.parametrize(("spans", "made"), [
    ([Span(52, 55, "two"), Span(61, 61, "s")], [Span(52, 61, "two months")]),  # one month → two months
    ([Span(61, 61, "s")], [Span(56, 61, "months")]),  # month → months
    ([Span(14, 14, "s")], [Span(4, 14, "controllers")]),
    ([Span(21, 27, "notify")], [Span(21, 27, "notify")]),  # a word for a word: as it was
    # a short word between: one change; two words: two
    ([Span(21, 27, "notify"), Span(32, 32, "personal ")], [Span(21, 32, "notify the personal ")]),
    ([Span(21, 27, "notify"), Span(37, 44, "subjects")], [Span(21, 27, "notify"), Span(37, 44, "subjects")]),
])
def test_whole_words(spans: list[Span], made: list[Span]) -> None:
    base = "The controller shall inform the data subject within one month."
    assert whole_words(base, spans) == made
    assert splice(base, made) == splice(base, spans)


def test_edits_kept_apart() -> None:
    """``apart``: where a merge keeps two edits a short word apart two (another proposal makes one alone);
    :func:`word_edits` are the edits it compares, each widened to whole words and no more."""
    base = "The controller shall inform the data subject within one month of the request."
    spans = [Span(52, 55, "two"), Span(61, 61, "s"), Span(65, 68, "a")]  # two months of a
    assert word_edits(base, spans) == [Span(52, 55, "two"), Span(56, 61, "months"), Span(65, 68, "a")]
    assert whole_words(base, spans) == [Span(52, 68, "two months of a")]
    assert whole_words(base, spans, apart={61}) == [Span(52, 61, "two months"), Span(65, 68, "a")]
    assert whole_words(base, spans, apart={55, 61}) == word_edits(base, spans)


def test_a_decision_and_the_word_submission_take_whole_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`decide --accept c2` takes one whole change (inform the controller → notify the controllers, with
    a short word between its two edits), and the submission's tracked changes strike and write whole
    words (w:del 「or Member State law provide」, w:ins 「law provides」, never a lone 「s」, as the
    trial's Word letter had it); the amendment instrument quotes them alike."""
    monkeypatch.chdir(tmp_path)
    runner = _store(tmp_path, PROCESSOR, CONSENT)
    _propose(runner, "Article 1(1)", PROCESSOR.replace("a processor shall", "processors shall")
             .replace("shall inform the controller", "shall notify the controllers"))  # fmt: skip
    _propose(runner, "Article 2(1)", CONSENT.replace("Union or Member State law provide", "Union law provides"))
    result = runner.invoke(cli, ["merge", "--draft", "gdpr@1", "--article", "Article 1"])
    assert _changes(result.output) == [f"c1  proposed{_PAD}[-a processor-]{{+processors+}}  [retailx]",
                                       f"c2  proposed{_PAD}[-inform-]{{+notify+}} the [-controller-]{{+controllers+}}  "
                                       "[retailx]"]  # fmt: skip
    result = runner.invoke(cli, ["decide", "--draft", "gdpr@1", "--article", "Article 1", "--accept", "c2"])
    assert result.exit_code == 0, result.output
    assert result.output == ("decision #1: accepted c2 on Article 1 (art_1)\n"
                             "  “inform the controller” → “notify the controllers”\n")
    result = runner.invoke(cli, ["decide", "--draft", "gdpr@1", "--article", "Article 2", "--accept", "c1"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["merge", "--draft", "gdpr@1", "--article", "Article 1"])
    assert _changes(result.output) == [f"c1  proposed{_PAD}[-a processor-]{{+processors+}}  [retailx]",
                                       "c2  accepted (decision #1)  [-inform-]{+notify+} the "
                                       "[-controller-]{+controllers+}  [retailx]"]  # fmt: skip
    assert "  position, if c1 is accepted: 1. Processing by [-a processor-]{+processors+} shall be governed by a " \
           "contract that sets out the subject-matter and duration of the processing. The processor shall " \
           "[-inform the controller-]{+notify the controllers+} immediately" in result.output  # fmt: skip
    result = runner.invoke(cli, ["export", "--draft", "gdpr@1", "-o", "out.docx"])
    assert result.exit_code == 0, result.output
    xml = zipfile.ZipFile(tmp_path / "out.docx").read("word/document.xml").decode()
    tracked = [(m[1], "".join(re.findall(r"<w:(?:t|delText)[^>]*>([^<]*)<", m[2])))
               for m in re.finditer(r"<w:(ins|del) [^>]*>(.*?)</w:\1>", xml)]  # fmt: skip
    assert tracked == [("del", "inform the controller"), ("ins", "notify the controllers"),
                       ("del", "or Member State law provide"), ("ins", "law provides")]
    result = runner.invoke(cli, ["export", "--draft", "gdpr@1", "--format", "amendment", "-o", "amend.md"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "amend.md").read_text(encoding="utf-8").split("\n\n")[2:] == [
        "1. In Article 1, “inform the controller” is replaced by “notify the controllers”.",
        "2. In Article 2, “or Member State law provide” is replaced by “law provides”.\n"]


def test_an_english_wording_of_a_translation_is_drawn_in_whole_words() -> None:
    """A member's English wording of a Chinese draft's translation, as the bilingual exports draw it
    (:func:`lawcomment.drawn_segments`): whole words, one change; Chinese as before."""
    wording = CONSENT.replace("Union or Member State law provide", "Union law provides")
    assert drawn_segments(CONSENT, wording) == [
        ("", CONSENT[:CONSENT.index("or Member")]), ("del", "or Member State law provide"), ("ins", "law provides"),
        ("", CONSENT[CONSENT.index(" that the prohibition"):])]
    assert drawn_segments("保存二年以上", "保存三年以上") == [("", "保存"), ("del", "二年"), ("ins", "三年"), ("", "以上")]


# Article 12(3)'s second sentence (its "receipt of" left out: a short word between the edits below)
EXTENSION = ("The controller shall inform the data subject of any such extension within one month of the request, "
             "together with the reasons for the delay.")
_AT = "(occurrence 2 of 5, after “month of”)"  # where the second "the" is

AGREEMENT = [
    # a change both make stays theirs: one month → two months, the → a by acme alone, never one conflict
    # over "one month of the" that reads as a split between them (a stranger's review of the trial)
    pytest.param({"acme": "two months of a", "beta": "two months of the"},
                 [f"c1  proposed{_PAD}[-one month-]{{+two months+}}  [acme, beta]",
                  f"c2  proposed{_PAD}[-the-]{{+a+}} {_AT}  [acme]"], id="two agree on one month"),
    pytest.param({"acme": "two months of a", "beta": "two months of the", "gamma": "one month of a"},
                 [f"c1  proposed{_PAD}[-one month-]{{+two months+}}  [acme, beta]",
                  f"c2  proposed{_PAD}[-the-]{{+a+}} {_AT}  [acme, gamma]"], id="three, each agreeing with one"),
    pytest.param({"acme": "two months of a", "beta": "two months of the", "gamma": "two months of any"},
                 [f"c1  proposed{_PAD}[-one month-]{{+two months+}}  [acme, beta, gamma]",
                  f"x1  conflict at “the” {_AT}: UNRESOLVED", "1) “a”  [acme: #1]", "2) “any”  [gamma: #3]"],
                 id="three agree on one month, two differ on the"),
    # a real conflict stays one: no one makes a part of another's change alone
    pytest.param({"acme": "two months of a", "beta": "six weeks of the"},
                 ["x1  conflict at “one month of the”: UNRESOLVED", "1) “two months of a”  [acme: #1]",
                  "2) “six weeks of the”  [beta: #2]"], id="a conflict stays a conflict"),
    # a change made by one member alone is joined across the short word as before
    pytest.param({"acme": "two months of a", "beta": "one month of the"},
                 [f"c1  proposed{_PAD}[-one month-]{{+two months+}} of [-the-]{{+a+}}  [acme]"],
                 id="one member's change stays one"),
]


@pytest.mark.parametrize(("wordings", "printed"), AGREEMENT)
def test_agreement_across_a_short_word_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               wordings: dict[str, str], printed: list[str]) -> None:  # fmt: skip
    """Edits a short word apart are one change only where no other member makes one of them alone:
    what two members both change is one change of theirs, whole words, not a conflict between them."""
    monkeypatch.chdir(tmp_path)
    runner = _store(tmp_path, EXTENSION, members=tuple(wordings))
    for member, words in wordings.items():
        _propose(runner, "Article 1(1)", EXTENSION.replace("one month of the", words), member)
    result = runner.invoke(cli, ["merge", "--draft", "gdpr@1"])
    assert result.exit_code == 0, result.output
    assert [line.strip() for line in result.output.splitlines()
            if re.match(r"  [cx]\d+ |        \d+\) ", line)] == printed  # fmt: skip
