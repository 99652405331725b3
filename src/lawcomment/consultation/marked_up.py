"""Comments from a marked-up draft: each author's tracked changes become one proposal per
article (that author's changes accepted, everyone else's rejected), and Word comments
become comments anchored with the quote, prefix and suffix of their range.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..comments import Anchor, CommentSource, Member, NewComment, SourceKind, Stance, Status
from ..docx.markup import Markup, Para, Rendered, Table, View, raw_text, render
from ..docx.package import DocxPackage
from ..docx.reader import read_checked
from ..drafts.anchors import CONTEXT, describe, locate, unit_body, unit_index
from ..drafts.pairing import Pairing
from ..drafts.parse import parse_source
from ..drafts.serialize import body_separator
from ..drafts.source import Block, Source
from ..errors import InputError, ValidationError
from ..model import Draft, Kind, Unit
from ..records import in_future
from ..registry import get_profile
from ..review.proposals import full_width, width_note
from .stances import remark_stance


@dataclass
class Intake:
    """What one marked-up file yields: comments ready for the store, warnings, counts."""

    comments: list[NewComment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    authors: set[str] = field(default_factory=set)
    revisions: int = 0
    word_comments: int = 0
    outside: int = 0  # tracked changes outside the body (headers, footers, notes), which are not read


def original_source(path: str | Path) -> Source:
    """The document as it was before its tracked changes (every change rejected)."""
    pkg = DocxPackage(path)
    try:
        markup, rendered = read_checked(pkg, View.ORIGINAL)
        return _source(path, markup, rendered)
    finally:
        pkg.close()


def _source(path: str | Path, markup: Markup, rendered: Rendered) -> Source:
    """The original text as a Source whose fidelity is checked against the runs themselves."""
    return Source(str(path), tuple(rendered.blocks), title=rendered.title, front_matter=tuple(rendered.front),
                  front_lines=tuple(rendered.front_lines),
                  raw=raw_text(markup, View.ORIGINAL, frozenset((*rendered.title_paras, *rendered.front_paras))))


class AuthorMap(dict[str, str]):
    """Word author → member id as read from an ``author,member`` CSV: ``path`` and each
    author's ``lines``, so a mapping to no member names the line to correct."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.lines: dict[str, int] = {}


def resolve_authors(path: str, authors: set[str], members: list[Member], member: str | None = None,
                    author_map: dict[str, str] | None = None) -> dict[str, str]:  # fmt: skip
    """Word author → member id: ``member`` for all, else ``author_map``, else a member whose
    id, organisation or email equals the author (ignoring case). Unknown authors are a
    ValidationError listing every author found."""
    ids = {m.id for m in members}
    if member is not None:
        return {a: member for a in authors}
    out: dict[str, str] = {}
    problems: list[str] = []
    for a in sorted(authors):
        target = (author_map or {}).get(a)
        if target is None:
            key = a.strip().casefold()
            target = next((m.id for m in members if key and key in (m.id.casefold(), m.org.casefold(),
                                                                     m.email.casefold())), None)  # fmt: skip
        if target is None:
            problems.append(f"author {a or '(no author)'!r} is not mapped to a member")
        elif target not in ids:
            line = author_map.lines.get(a) if isinstance(author_map, AuthorMap) else None
            where = f" ({author_map.path}, line {line})" if isinstance(author_map, AuthorMap) and line else ""
            problems.append(f"author {a!r} maps to unknown member {target!r}{where}")
        else:
            out[a] = target
    if problems:
        found = ", ".join(repr(a or "(no author)") for a in sorted(authors))
        raise ValidationError(path, problems, f"Word authors found: {found}; map each to a member with --member "
                                              "or --author-map (a CSV with the columns author,member)")  # fmt: skip
    return out


class _Reader:
    def __init__(self, path: Path, markup: Markup, original: Rendered, stored: Draft, ref: str) -> None:
        self.path = path
        self.markup = markup
        self.original = original
        self.stored = stored
        self.ref = ref
        self.profile = get_profile(stored.profile)
        self.sep = body_separator(stored)
        self.lang = "en" if stored.profile.startswith("en") else "zh"
        self.index = unit_index(stored)
        self.intake = Intake()
        self.set_aside = ""  # the association, whose own changes are no member's (read_marked_up)
        self.future: set[str] = set()  # authors whose changes are dated later than now (said once each)
        self.future_comments: set[str] = set()  # and whose Word comments are
        self.in_units: set[int] = set()  # paragraphs owned by a unit of the parsed text
        self.paras = {p.index: p for p in markup.paras()}
        self.table_of: dict[int, int] = {}
        for item in markup.body:
            if isinstance(item, Table):
                for p in item.paras():
                    self.table_of[p.index] = item.first

    # -- matching the file to the stored draft ------------------------------------------
    def parse_original(self) -> Draft:
        parsed = parse_source(_source(self.path, self.markup, self.original), self.profile)
        if parsed.errors:  # the file's text was not read whole: nothing in it can be trusted
            first = parsed.errors[0]
            raise InputError(str(self.path), f"{first.code}: {first.message}", first.line)
        self._check_same(parsed)
        return parsed

    def _check_same(self, parsed: Draft) -> None:
        arts = [v.unit for v in parsed.articles()]
        problems: list[str] = []
        if not arts:
            mine = "\n".join(u.body(self.sep) for u in parsed.units)
            theirs = "\n".join(u.body(self.sep) for u in self.stored.units)
            if mine != theirs:
                problems.append("its text differs from the stored draft")
        for art in arts:
            stored = self.index.get(art.eid)
            if stored is None:
                problems.append(f"{describe(art.eid, self.lang)} is not in the stored draft")
            elif stored.body(self.sep) != art.body(self.sep):
                problems.append(f"{describe(art.eid, self.lang)} differs from the stored text")
        if arts and not problems and len(arts) < len(self.stored.articles()):
            self.intake.warnings.append(f"{self.path}: the file holds {len(arts)} of the "
                                        f"{len(self.stored.articles())} articles of {self.ref}")  # fmt: skip
        if problems and self._submission_table():
            raise InputError(str(self.path), f"a submission table (条文 | 修改建议 | 理由, `export --layout table`), not a "
                                             f"copy of {self.ref}: only a copy of the draft is read as a member's "
                                             "markup (`export --format draft`, or the articles layout of the submission)")  # fmt: skip
        if problems:
            shown = "; ".join(problems[:3]) + (f"; and {len(problems) - 3} more" if len(problems) > 3 else "")
            raise InputError(str(self.path), f"not a draft of {self.ref} (with its changes rejected, {shown}); "
                                             "was it made from another version, edited with Track Changes off "
                                             "(Review > Track Changes, 审阅 > 修订), or were the changes accepted?")  # fmt: skip

    def _submission_table(self) -> bool:
        """Whether the file is a submission in the table layout: a table whose head row reads
        条文, …, 修改建议, …, 理由 (Article, Proposed text, Reasons; a bilingual one has both)."""
        for item in self.markup.body:
            if isinstance(item, Table) and item.rows:
                head = ["".join(seg.text for p in cell.paras for seg in p.segs).strip() for cell in item.rows[0].cells]
                if ({"条文", "修改建议", "理由"} <= set(head)) or ({"Article", "Proposed text", "Reasons"} <= set(head)):
                    return True
        return False

    # -- which unit each physical paragraph belongs to -----------------------------------
    def owners(self, parsed: Draft) -> dict[int, Unit | str]:
        """The unit each physical paragraph belongs to in the original text (every change
        rejected). A paragraph that only exists as a tracked insertion is merged, in that
        text, into a neighbour that depends on how Word recorded it: :meth:`placed` says
        where it belongs in the accepted text."""
        group_of_line: dict[int, tuple[int, ...]] = {}
        for block, origin in zip(self.original.blocks, self.original.origins, strict=True):
            group_of_line.setdefault(block.line, origin)
        owner: dict[int, Unit | str] = {}
        for unit in parsed.walk():
            if unit.line is not None:
                for index in group_of_line.get(unit.line, ()):
                    owner[index] = unit  # deeper units come later and win
        for index in self.original.title_paras:
            owner[index] = "the title"
        current: Unit | str = "the front matter"
        for index in sorted(self.paras):
            if index in owner:
                current = owner[index]
            else:
                owner[index] = current
            if isinstance(owner[index], Unit):
                self.in_units.add(index)
        return owner

    def _kept(self, index: int, view: View, labelled: bool = False) -> bool:
        """Does this paragraph carry text of the original into ``view`` (its own text, or
        a rewrite of it, or its list label)? Then it stays in the unit it had."""
        para = self.paras[index]
        if not View.ORIGINAL.text(para).strip():
            return False  # a paragraph the original does not have: placed by what precedes it
        return bool(view.text(para).strip()) or (labelled and View.ORIGINAL.keeps(para.mark))

    def _label_lost(self, index: int, view: View, owner: dict[int, Unit | str]) -> bool:
        """Whether paragraph ``index`` opened its article with the article's label in the original
        and no longer does in ``view``."""
        unit = owner.get(index)
        if not isinstance(unit, Unit):
            return False
        article = self.index.get(unit.eid.split("__")[0])
        label = article.label if article is not None and article.kind is Kind.ARTICLE else ""
        para = self.paras[index]
        return bool(label) and View.ORIGINAL.text(para).lstrip().startswith(label) and not \
            view.text(para).lstrip().startswith(label)  # fmt: skip

    def placed(self, view: Rendered, accept: View, owner: dict[int, Unit | str]) -> dict[int, Unit | str]:
        """The unit each physical paragraph belongs to in the text ``view`` renders, by that
        text's structure whatever convention Word used for new paragraph marks.

        A paragraph block of the view that keeps text of the original belongs where that
        text did (its other paragraphs, emptied or new, go with it). A block made only of
        new text belongs with the block before it: a new 款 or 项 after the last one of an
        article is that article's, and a new 第X条之一 becomes an insertion after it.
        Paragraphs the view does not show keep their original owner."""
        placed: dict[int, Unit | str] = {}
        last: Unit | str = "the front matter"
        done: set[tuple[int, ...]] = set()
        for block, origin in zip(view.blocks, view.origins, strict=True):
            if origin in done or not origin:
                continue
            done.add(origin)
            if block.rows is not None:
                kept = list(origin)
            else:
                kept = [i for i in origin if self._kept(i, accept, labelled=i == origin[-1] and bool(block.label))]
                # a paragraph that opened another article, its label taken out and its mark before joined on:
                # its words are now this block's article's (a selection across 第十条's end and 第十一条's
                # label, retyped: Word deletes both and puts the words in again, on either side)
                kept = kept[:1] + [i for i in kept[1:] if not self._label_lost(i, accept, owner)]
            for i in origin:
                if kept:
                    before = [k for k in kept if k <= i]
                    placed[i] = owner[before[-1] if before else kept[0]]
                else:
                    placed[i] = last
            last = placed[origin[-1]]
        return placed

    # -- tracked changes -----------------------------------------------------------------
    def _places(self, author: str, index: int, owner: dict[int, Unit | str],
                placed: dict[int, Unit | str], accept: View) -> list[Unit | str]:  # fmt: skip
        """Where this author's changes in a paragraph belong: inserted text and marks where
        the accepted text puts them, deleted text where it stood, and a deleted paragraph
        mark with the paragraph whose text went with it."""
        para = self.paras[index]
        kinds = {r.kind for s in para.segs for r in s.revs if r.author == author}
        out: list[Unit | str] = []
        if "ins" in kinds or any(r.kind == "ins" and r.author == author for r in para.mark):
            out.append(placed.get(index, owner[index]))
        if "del" in kinds:
            out.append(owner[index])
        if any(r.kind == "del" and r.author == author for r in para.mark):
            gone = not accept.text(para).strip()
            after = self.paras.get(index + 1)
            if not gone and after is not None and index + 1 not in self.table_of and \
                    View.ORIGINAL.text(after).strip() and not accept.text(after).strip():
                out.append(owner[index + 1])  # the mark went with the next paragraph's text
            else:
                out.append(owner[index])
        return [w for k, w in enumerate(out) if all(w is not v for v in out[:k])]

    def proposals(self, parsed: Draft, owner: dict[int, Unit | str], members: dict[str, str]) -> None:
        touched: dict[str, dict[str, list[Para]]] = defaultdict(lambda: defaultdict(list))
        outside: dict[str, list[tuple[str, int]]] = defaultdict(list)
        in_tables: dict[str, list[tuple[str, int]]] = defaultdict(list)  # author → (the article, paragraph)
        views: dict[str, tuple[Rendered, dict[int, Unit | str]]] = {}
        has_articles = bool(parsed.articles())
        authors = dict.fromkeys(r.author for _, para in sorted(self.paras.items())
                                for r in [r for s in para.segs for r in s.revs] + list(para.mark))  # fmt: skip
        for author in authors:
            if author not in members:  # (the association's own changes, set aside)
                continue
            accept = View(frozenset({author}))
            view = render(self.markup, accept, draft_labels=True)
            placed = self.placed(view, accept, owner) if has_articles else {}
            views[author] = (view, placed)
            for index, label in view.inserted_numbered:
                if _ARTICLE_LABEL.match(label):  # a new article: read as an insertion, numbered by staff (之一)
                    continue
                # Word's final view reletters the list; the proposal keeps the draft's labels
                where = placed.get(index, owner.get(index))
                after = f" after {describe(where.eid, self.lang)}" if isinstance(where, Unit) else ""
                self.intake.warnings.append(
                    f"{self.path}: {author} inserted the numbered paragraph {label}{after} (paragraph {index}), where "
                    f"the draft already has a {label}: read as {label}, the draft's {label} and the points after it "
                    "keeping their labels; adopting it makes the legislature reletter them")  # fmt: skip
            for index, para in sorted(self.paras.items()):
                if not any(r.author == author for r in [r for s in para.segs for r in s.revs] + list(para.mark)):
                    continue
                if not has_articles:  # not a law: one proposal per author for the whole document
                    touched[author][""].append(para)
                    continue
                if index in self.table_of:
                    home = owner.get(index)
                    if isinstance(home, Unit):  # a table of an article (附表 of 第二百六十五条): said as its own
                        in_tables[author].append((describe(home.eid.split("__")[0], self.lang), index))
                    else:
                        outside[author].append(("a table", index))
                    continue
                for where in self._places(author, index, owner, placed, accept):
                    key = _proposal_key(where) if isinstance(where, Unit) else None
                    if key is not None:
                        if para not in touched[author][key]:
                            touched[author][key].append(para)
                    elif isinstance(where, Unit):
                        outside[author].append((describe(where.eid, self.lang), index))
                    else:
                        outside[author].append((where or "the front matter", index))
        for author, places in outside.items():
            spots = sorted({(i, w) for w, i in places})
            listed = ", ".join(f"{w} (paragraph {i})" for i, w in spots[:5])
            more = f" and {len(spots) - 5} more" if len(spots) > 5 else ""
            self.intake.warnings.append(f"{self.path}: tracked changes by {author or '(no author)'} in {len(spots)} "
                                        f"paragraph(s) outside any article were not imported: {listed}{more}")  # fmt: skip
        for author, places in in_tables.items():
            spots = sorted({(i, w) for w, i in places})
            listed = ", ".join(f"{w} (paragraph {i})" for i, w in spots[:5]) + (
                f" and {len(spots) - 5} more" if len(spots) > 5 else "")  # fmt: skip
            self.intake.warnings.append(f"{self.path}: tracked changes by {author or '(no author)'} inside the table(s) of "
                                        f"{listed} were not imported: a table's cells are not read as a wording; give "
                                        "the change in a Word comment on the table, or as a remark")  # fmt: skip
        if self.set_aside:
            self._beside_set_aside(touched, owner)
        for author in sorted(touched):
            view, placed = views[author]
            self._joined_articles(author, owner, placed)
            members_of: dict[str, set[int]] = defaultdict(set)  # proposal key → its paragraphs in this view
            for index, where in {**owner, **placed}.items():
                if isinstance(where, Unit) and (key := _proposal_key(where)) is not None:
                    members_of[key].add(index)
            for key, paras in touched[author].items():
                mine = members_of[key] if key else self.in_units
                self._proposal(author, key, sorted(paras, key=lambda p: p.index), view, mine, members[author])

    def _beside_set_aside(self, touched: Mapping[str, Mapping[str, list[Para]]], owner: dict[int, Unit | str]) -> None:
        """Say each article where a member's changes stand in a paragraph the association changed too: read
        with the association's changes rejected, the member's may not read as meant (a stranger's review: 的
        typed after the association's inserted 有关 read 「经营者应当取得的许可。」)."""
        for author in sorted(touched):
            places = [where for key, paras in touched[author].items() for para in paras
                      if any(r.author == self.set_aside for r in [*(r for s in para.segs for r in s.revs), *para.mark])
                      and isinstance(where := owner.get(para.index), Unit)]  # fmt: skip
            cited = list(dict.fromkeys(describe(u.eid.split("__")[0], self.lang) for u in places))
            if cited:
                self.intake.warnings.append(
                    f"{self.path}: {author}'s changes in {', '.join(cited)} stand in paragraphs the association changed "
                    "too: read with the association's changes rejected; check each reads as meant")  # fmt: skip

    def _joined_articles(self, author: str, owner: dict[int, Unit | str], placed: dict[int, Unit | str]) -> None:
        """Say each article whose label ``author`` deleted with the paragraph mark before it, its
        words joined to the article before: read as two proposals, the one taking the words in and
        the other losing them, which staff must decide together (a trial's deletion across 第二十二条's
        end and 第二十三条's label was read as two unrelated proposals, unsaid: accepting one alone
        prints the words twice, or drops them)."""
        accept = View(frozenset({author}))
        said: set[tuple[str, str]] = set()
        for index, where in sorted(placed.items()):
            was = owner.get(index)
            if not (isinstance(was, Unit) and isinstance(where, Unit)):
                continue
            before, lost = _proposal_key(where), _proposal_key(was)
            if before is None or lost is None or before == lost or (before, lost) in said:
                continue
            if accept.text(self.paras[index]).strip() and self._label_lost(index, accept, owner) and \
                    not self._labelled(lost, accept, placed):  # (its words kept, joined on; a deleted article is no join)
                said.add((before, lost))
                self.intake.warnings.append(
                    f"{self.path}: {author} deleted the label of {describe(lost, self.lang)} and the paragraph mark "
                    f"before it, joining its words to {describe(before, self.lang)}: read as two proposals, "
                    f"{describe(before, self.lang)} taking those words in and {describe(lost, self.lang)} losing them; "
                    "decide the two together (one alone prints the words twice, or drops them)")  # fmt: skip

    def _labelled(self, key: str, view: View, placed: dict[int, Unit | str]) -> bool:
        """Whether a paragraph of article ``key`` still opens with its label in ``view`` (retyped:
        a selection across an article's end and the next one's label, typed again)."""
        article = self.index.get(key)
        label = article.label if article is not None else ""
        return bool(label) and any(isinstance(u, Unit) and _proposal_key(u) == key and
                                   view.text(self.paras[i]).lstrip().startswith(label) for i, u in placed.items())  # fmt: skip

    def _proposal(self, author: str, key: str, paras: list[Para], view: Rendered, mine: set[int],
                  member: str) -> None:  # fmt: skip
        blocks: list[Block] = []
        joined = False
        for block, origin, spans in zip(view.blocks, view.origins, view.spans, strict=True):
            ours = [i for i in origin if i in mine]
            if not ours:
                continue
            if len(ours) == len(origin) or block.rows is not None:
                if origin[-1] in mine:
                    blocks.append(block)
                continue
            # a block that joins this unit's text with another unit's (a deleted paragraph mark)
            text = "".join(block.text[a:b] for i, a, b in spans if i in mine)
            other = "".join(block.text[a:b] for i, a, b in spans if i not in mine)
            joined = joined or bool(text.strip() and other.strip())
            if origin[-1] in mine and (text.strip() or block.label):
                blocks.append(replace(block, text=text))  # this unit's paragraph mark survives
            elif text.strip():
                blocks.append(Block(text, block.line))
        base = self.index.get(key) if key else None
        where = describe(key, self.lang) if key else "the document"
        if joined:
            self.intake.warnings.append(f"{self.path}: {author} joined {where} with the next unit by deleting a "
                                        "paragraph mark; read as if they stayed apart")  # fmt: skip
        revs = [r for p in paras for s in p.segs for r in s.revs if r.author == author]
        revs += [r for p in paras for r in p.mark if r.author == author]
        dates = sorted(r.date for r in revs if r.date)
        source = CommentSource(SourceKind.DOCX_REVISION, self.path.name, author, f"paragraph {paras[0].index}")
        created = dates[0] if dates else None
        # a clock set wrong, or a date typed in (beyond Word's local time marked Z): not when it came
        if created is not None and in_future(created, slack_hours=14):
            if author not in self.future:
                self.future.add(author)
                self.intake.warnings.append(f"{self.path}: {author}'s changes are dated {created}, later than now "
                                            "(even as local time); they are dated when they are imported instead")  # fmt: skip
            created = None
        if not key:  # a document without articles: the whole text, as this author leaves it
            text, original = _whole_text(view), _whole_text(self.original)
            if text != original:
                self.intake.comments.append(NewComment(member, Anchor(None), Stance.AMEND, source,
                                                       proposed_text=text, created=created))  # fmt: skip
            else:
                self._no_effect(author, where)
            return
        if base is None:
            raise InputError(str(self.path), f"{where} is not in {self.ref}")
        if not blocks:
            if base.kind is Kind.ARTICLE:
                self.intake.comments.append(NewComment(member, Anchor(key), Stance.DELETE, source, created=created))
            return
        mini = parse_source(Source("view", tuple(blocks), title="\u2063"), self.profile)
        units = list(mini.units)
        first = units[0] if units else None
        heads = [u for u in mini.walk() if u.kind.is_container and not (u is first and base.kind.is_container)]
        if heads:
            listed = ", ".join(f"{u.label}　{u.heading}".strip("　") for u in heads)
            self.intake.warnings.append(f"{self.path}: {author} added the heading(s) {listed} after {where}; new "
                                        "headings are not imported (the articles under them are)")  # fmt: skip
        if base.kind is Kind.ARTICLE:
            arts = [v.unit for v in mini.articles()]
            if not arts or first is None or first.kind is not Kind.ARTICLE:
                text = "\n".join(b.text for b in blocks if b.rows is None)
                self.intake.warnings.append(f"{self.path}: {author}'s version of {where} no longer starts with "
                                            "its article label; the whole text is the proposal")  # fmt: skip
                self._amend(member, base, text, source, created)
                return
            if not arts[0].body(self.sep).strip():  # nothing left but the (list) label
                self.intake.comments.append(NewComment(member, Anchor(key), Stance.DELETE, source, created=created))
            elif not self._amend(member, base, arts[0].body(self.sep), source, created) and len(arts) == 1:
                if arts[0].label and arts[0].label != base.label:  # (a trial typed 之一 into 第二十五条)
                    self.intake.warnings.append(f"{self.path}: the tracked changes by {author or '(no author)'} in "
                                                f"{where} change only its label (to {arts[0].label}), which numbers the "
                                                "article and is not its text; no proposal recorded")  # fmt: skip
                else:
                    self._no_effect(author, where)
            inserted = arts[1:]
        else:
            new = first.heading if first is not None and base.kind.is_container else "\n".join(b.text for b in blocks)
            old = base.heading if base.kind.is_container else base.body(self.sep)
            if new != old:
                self.intake.comments.append(NewComment(member, Anchor(key), Stance.AMEND, source,
                                                       proposed_text=self._widened(base, new, source),
                                                       created=created))  # fmt: skip
            loose = first.text if first is not None and first.kind is base.kind and base.kind.is_container else base.text
            if loose != base.text:
                self.intake.warnings.append(f"{self.path}: {author}'s changes to the text under {where}, outside "
                                            f"any article, were not imported: {loose!r}")  # fmt: skip
            elif new == old and not mini.articles() and not heads:
                self._no_effect(author, where)
            inserted = [v.unit for v in mini.articles()]
        for art in inserted:
            # no body: the member wrote no remark, and the submission prints bodies as reasons
            self.intake.comments.append(NewComment(member, Anchor(key), Stance.INSERT, source,
                                                   proposed_text=self._widened(base, art.body(self.sep), source),
                                                   created=created))  # fmt: skip

    def _widened(self, base: Unit, text: str, source: CommentSource) -> str:
        """``text`` with half-width , ; typed between the law's words made full width, said."""
        text, widened = full_width(self.stored, base, text)
        if widened:
            self.intake.warnings.append(f"{self.path}: {source.author or '(no author)'}'s version of "
                                        f"{describe(base.eid, self.lang)}: {width_note(widened)}")  # fmt: skip
        return text

    def _amend(self, member: str, base: Unit, text: str, source: CommentSource, created: str | None) -> bool:
        if text == base.body(self.sep):
            return False
        text = self._widened(base, text, source)
        if text == base.body(self.sep):  # (only , ; typed for the law's ，；: no change of its words)
            return False
        self.intake.comments.append(NewComment(member, Anchor(base.eid), Stance.AMEND, source,
                                               proposed_text=text, created=created))  # fmt: skip
        return True

    def _no_effect(self, author: str, where: str) -> None:
        self.intake.warnings.append(f"{self.path}: the tracked changes by {author or '(no author)'} in {where} change "
                                    "nothing on their own (formatting only, or edits of another author's "
                                    "insertions); no proposal recorded")  # fmt: skip

    # -- Word comments -------------------------------------------------------------------
    def comment_owners(self, owner: dict[int, Unit | str]) -> dict[int, Unit | str]:
        """Where comments sit: a paragraph of the original in its unit, a new paragraph
        where the text with every change accepted puts it."""
        placed = self.placed(render(self.markup, View.ALL, draft_labels=True), View.ALL, owner)
        return {i: w if View.ORIGINAL.text(self.paras[i]).strip() else placed.get(i, w) for i, w in owner.items()}

    def word_comments(self, owner: dict[int, Unit | str], members: dict[str, str], has_articles: bool) -> None:
        starts: dict[str, tuple[int, int]] = {}
        ends: dict[str, tuple[int, int]] = {}
        points: dict[str, tuple[int, int]] = {}
        twice: set[str] = set()
        order = sorted(self.paras)
        for index in order:
            for k, seg in enumerate(self.paras[index].segs):
                if seg.marker:
                    what, cid = seg.marker
                    table = {"start": starts, "end": ends, "point": points}[what]
                    if cid in table and what != "point":
                        twice.add(cid)
                    table.setdefault(cid, (index, k))
        for cid in sorted(twice & set(self.markup.comments)):
            self.intake.warnings.append(f"{self.path}: Word comment {cid} marks more than one range of the "
                                        "document; it is placed at the first")  # fmt: skip
        comments = self.markup.comments
        roots = {cid: _root(cid, comments) for cid in comments}
        def position(cid: str) -> tuple[tuple[int, int], bool, int, str]:
            root = roots[cid]
            where = starts.get(cid) or points.get(cid) or starts.get(root) or points.get(root) or (1 << 30, 0)
            return where, comments[cid].parent is not None, int(cid) if cid.isdigit() and len(cid) <= 18 else 0, cid

        # Document order, threads after their root: the order Word shows them in.
        for cid in sorted(comments, key=position):
            wc = comments[cid]
            if wc.author not in members:  # (the association's own, set aside)
                continue
            start = starts.get(cid) or points.get(cid)
            end = ends.get(cid) or start
            if start is None and wc.parent and (parent := roots[cid]) in starts:
                start, end = starts[parent], ends.get(parent, starts[parent])
            anchor, where = Anchor(None), "the document"
            if start is not None and end is not None:
                anchor, where = self._comment_anchor(start, end, owner, has_articles, cid, wc.author)
            source = CommentSource(SourceKind.DOCX_COMMENT, self.path.name, wc.author, f"comment {cid}, {where}")
            created = wc.date
            if created is not None and in_future(created, slack_hours=14):  # as a tracked change's date (above)
                if wc.author not in self.future_comments:
                    self.future_comments.add(wc.author)
                    self.intake.warnings.append(f"{self.path}: {wc.author}'s Word comments are dated {created}, later "
                                                "than now (even as local time); they are dated when they are imported "
                                                "instead")  # fmt: skip
                created = None
            self.intake.comments.append(NewComment(
                # (a reply speaks to the comment it answers, not to the provision)
                members[wc.author], anchor, Stance.COMMENT if wc.parent else remark_stance(wc.text), source, body=wc.text,
                status=Status.RESOLVED if wc.done else Status.OPEN, key=f"c{cid}",
                reply_to=f"c{roots[cid]}" if wc.parent else None, created=created))  # fmt: skip

    def _range_text(self, start: tuple[int, int], end: tuple[int, int], view: View) -> str:
        out: list[str] = []
        for index in range(start[0], end[0] + 1):  # not a scan of every paragraph per comment
            if index not in self.paras:
                continue
            segs = self.paras[index].segs
            lo = start[1] if index == start[0] else 0
            hi = end[1] if index == end[0] else len(segs)
            out.append("".join(s.text for s in segs[lo:hi] if s.text and view.keeps(s.revs)))
        return "\n".join(out)

    def _context(self, index: int, k: int, before: bool) -> str:
        segs = self.paras[index].segs
        part = segs[:k] if before else segs[k:]
        text = "".join(s.text for s in part if s.text and View.ORIGINAL.keeps(s.revs))
        return text[-CONTEXT:] if before else text[:CONTEXT]

    def _comment_anchor(self, start: tuple[int, int], end: tuple[int, int], owner: dict[int, Unit | str],
                        has_articles: bool, cid: str, author: str) -> tuple[Anchor, str]:  # fmt: skip
        quote = self._range_text(start, end, View.ORIGINAL)
        fallback = not quote and start != end
        if fallback:  # a comment on text the member inserted
            quote = self._range_text(start, end, View.ALL)
        prefix, suffix = self._context(*start, before=True), self._context(*end, before=False)
        first, last = owner.get(start[0]), owner.get(end[0])
        para_label = f"paragraph {start[0]}"
        if not has_articles or not isinstance(first, Unit):
            if has_articles:
                self.intake.warnings.append(f"{self.path}: comment {cid} by {author or '(no author)'} is on "
                                            f"{first or 'the front matter'}, outside any article; anchored at the document")  # fmt: skip
            return Anchor(None, quote, prefix, suffix, None), para_label
        unit = first
        if isinstance(last, Unit) and last.eid != first.eid:
            unit = self.index.get(_common_eid(first.eid, last.eid)) or first
            ends = [self.index.get(e.split("__", 1)[0]) for e in (first.eid, last.eid)]
            if ends[0] is not None and ends[1] is not None and ends[0].eid != ends[1].eid:  # never silently on one
                self.intake.warnings.append(
                    f"{self.path}: comment {cid} by {author or '(no author)'} runs from {describe(ends[0].eid, self.lang)} "
                    f"into {describe(ends[1].eid, self.lang)}; anchored at {describe(unit.eid, self.lang)}, where it "
                    "starts (check whether it is about the other)")  # fmt: skip
        unit = self.index.get(unit.eid) or unit
        body = unit_body(self.stored, unit)
        offset = None
        if quote and not fallback:
            hits = locate(body, quote, prefix, suffix)
            head = self.index.get(unit.eid.split("__", 1)[0])
            for label in {unit.label, head.label if head is not None else ""} - {""}:
                if not hits and quote.startswith(label):
                    # the reviewer selected the whole paragraph, its typed label included
                    quote = quote[len(label):].lstrip(" \u3000\t")
                    hits = locate(body, quote, "", suffix)
            offset = hits[0] if hits else None
        elif not quote:
            joined = prefix[-12:] + suffix[:12]
            at = body.find(joined) if joined else -1
            offset = at + len(prefix[-12:]) if at >= 0 else None
        if offset is not None:
            prefix = body[max(0, offset - CONTEXT):offset]
            suffix = body[offset + len(quote):offset + len(quote) + CONTEXT]
        return Anchor(unit.eid, quote, prefix, suffix, offset), f"{describe(unit.eid, self.lang)}, {para_label}"


def _whole_text(view: Rendered) -> str:
    lines = [view.title, *view.front]
    for b in view.blocks:
        lines.extend(["\t".join(row) for row in b.rows] if b.rows is not None else [b.display])
    return "\n".join(line for line in lines if line)


#: A list label that numbers articles (第%1条, Article %1), not points
_ARTICLE_LABEL = re.compile(r"\s*(第[〇零一二三四五六七八九十百千0-9]+条|Article\s+\d+)\s*$")


def _proposal_key(unit: Unit) -> str | None:
    """Proposals are per article (and per container heading or preamble); None: not proposable."""
    if unit.kind in (Kind.ARTICLE, Kind.PREAMBLE) or unit.kind.is_container:
        return unit.eid
    head = unit.eid.split("__", 1)[0]
    return head if head.startswith("art_") else None


def _common_eid(a: str, b: str) -> str:
    common = []
    for x, y in zip(a.split("__"), b.split("__"), strict=False):
        if x != y:
            break
        common.append(x)
    return "__".join(common) or a


def _root(cid: str, comments: Mapping[str, object]) -> str:
    seen = {cid}
    while (parent := getattr(comments[cid], "parent", None)) and parent in comments and parent not in seen:
        seen.add(parent)
        cid = parent
    return cid


def read_marked_up(path: str | Path, stored: Draft, ref: str, members: list[Member], member: str | None = None,
                   author_map: dict[str, str] | None = None, association: str = "") -> Intake:  # fmt: skip
    """Read a member's marked-up copy of the stored draft ``ref`` into comments.

    The file's text with every change rejected must be the stored draft's text (else an
    InputError). Authors map to members through ``member``, ``author_map`` or the member list.
    The tracked changes and Word comments of ``association`` (who submits: the submission's
    changes are signed so) are set aside with a warning, never a member's, unless ``author_map``
    maps that name; a file with no other author's is refused.
    """
    p = Path(path)
    pkg = DocxPackage(p)
    try:
        markup, original = read_checked(pkg, View.ORIGINAL)
    finally:
        pkg.close()
    reader = _Reader(p, markup, original, stored, ref)
    parsed = reader.parse_original()
    authors = markup.authors() | {c.author for c in markup.comments.values()}
    if association and association in authors and association not in (author_map or {}):
        # a trial imported the association's own submission with --member: the committee's nine positions became
        # that member's comments, replacing its own proposals, said only as "the file holds 9 of the 70 articles"
        authors = _set_aside(p, markup, association, authors, reader.intake)
        reader.set_aside = association
    mapping = resolve_authors(str(p), authors, members, member, author_map)
    owner = reader.owners(parsed)
    reader.proposals(parsed, owner, mapping)
    reader.word_comments(reader.comment_owners(owner), mapping, bool(parsed.articles()))
    for part, n in sorted(markup.outside.items()):
        reader.intake.warnings.append(f"{p}: {n} tracked change(s) in the {part} were not imported")
    reader.intake.authors = authors
    reader.intake.revisions = markup.revisions
    reader.intake.word_comments = len(markup.comments)
    reader.intake.outside = sum(markup.outside.values())
    return reader.intake


def _set_aside(path: Path, markup: Markup, association: str, authors: set[str], intake: Intake) -> set[str]:
    """``authors`` without ``association``, its changes and Word comments said set aside in
    ``intake``'s warnings; an InputError when no one else's are left."""
    if authors == {association}:
        raise InputError(str(path), f"every tracked change and Word comment in it is by {association}, the association "
                                    "itself (`store association`): the association's own submission, not a member's "
                                    "markup; members mark up the members' copy (`export --format draft`)")  # fmt: skip
    changes = sum(r.author == association for p in markup.paras() for r in [*(r for s in p.segs for r in s.revs), *p.mark])
    remarks = sum(c.author == association for c in markup.comments.values())
    intake.warnings.append(f"{path}: the {changes} tracked change(s) and {remarks} Word comment(s) by {association}, the "
                           "association itself, are set aside (the submission's own, no member's); the other authors' "
                           "are read")  # fmt: skip
    return authors - {association}


def on_translation(intake: Intake, pairing: Pairing, lang: str, path: str | Path) -> Intake:
    """The comments of a marked-up copy of a draft's ``lang`` translation (read with
    :func:`read_marked_up` against the translation) as comments on the draft: each anchored
    at the draft's unit the translation's unit renders (or, when it renders none, at the
    nearest one above it that does, said in a warning), keeping its language and words. A
    Word comment's quoted words lead its text, as the draft's unit has other words."""
    out = Intake(warnings=list(intake.warnings), authors=intake.authors, revisions=intake.revisions,
                 word_comments=intake.word_comments, outside=intake.outside)  # fmt: skip
    for c in intake.comments:
        eid, source = c.anchor.eid, None
        at = eid
        while at is not None and (source := pairing.source_of(at)) is None:
            at = at.rsplit("__", 1)[0] if "__" in at else None
        if eid is not None and at != eid:
            where = describe(at, lang) if at is not None else "the whole draft"
            out.warnings.append(f"{path}: {describe(eid, lang)} of the translation renders no unit of the draft; "
                                f"its comment is anchored at {where}")  # fmt: skip
        elif source is not None and any(p.merged for p in pairing.pairs if eid in p.target):
            out.warnings.append(f"{path}: {describe(eid or '', lang)} of the translation renders several units of "
                                f"the draft; its comment is anchored at the first, {source}")  # fmt: skip
        body = c.body
        if c.anchor.quote and c.stance not in (Stance.AMEND, Stance.INSERT):
            body = f"“{c.anchor.quote}”: {body}" if body else f"“{c.anchor.quote}”"
        out.comments.append(replace(c, anchor=Anchor(source), body=body, lang=lang))
    return out
