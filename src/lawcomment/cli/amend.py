"""The amendment commands of the CLI: ``draft amend``, ``amendment parse`` and ``amendment apply``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pathlib import Path

import click

from ..jsondoc import dump_bytes
from .common import again_summary, carried_into, carry_summary, emit, kept_summary, open_store
from .terminal import echo, speak_of


def _print_report(report, base: str, new: str, err: bool = False, drafts=None) -> None:  # type: ignore[no-untyped-def]
    """The report of an instrument applied, each unit cited as its law does (``drafts``: the law before and after,
    an English law's Article 9 and Section 1A, never 第九条)."""
    from ..drafts import law_citation, unit_index

    old_law, new_law = drafts if drafts is not None else (None, None)
    lang = "en" if old_law is not None and old_law.profile.startswith("en") else "zh"
    speak_of(old_law.profile if old_law is not None else "zh")
    known = {id(d): unit_index(d) for d in (old_law, new_law) if d is not None}

    def cite(eid: str, after: bool = False) -> str:
        law = new_law if after else old_law
        if law is None or eid not in known[id(law)]:
            from ..drafts import cite as plain

            return plain(eid, lang)
        return law_citation(law, eid, lang)

    def say(line: str) -> None:
        echo(line, err=err)

    say(f"applied {report.operations} operation(s): {base} → {new}: {len(report.changed)} article(s) changed, "
        f"{len(report.added)} added, {len(report.deleted)} deleted, {len(report.renumbered)} renumbered, "
        f"{len(report.references)} cross-reference(s) updated")  # fmt: skip
    for eid in report.changed:  # (as the amended law numbers them, as the new articles)
        say(f"  changed  {cite(eid, after=True)}")
    for eid in report.added:
        say(f"  added    {cite(eid, after=True)}")
    for eid in report.deleted:
        say(f"  deleted  {cite(eid)}")
    for first, last, new_first, new_last, n in _runs(report.renumbered):
        if n == 1:
            say(f"  renumbered {cite(first)} → {cite(new_first, after=True)}")
        else:
            say(f"  renumbered {cite(first)}–{cite(last)} → {cite(new_first, after=True)}–{cite(new_last, after=True)} "
                f"({n} articles)")
    for eid, before, after in report.references:
        say(f"  reference in {cite(eid, after=True)}: {before} → {after}")
    for line in report.warnings:
        echo(f"warning: {line}", err=True)


def _runs(pairs) -> list[tuple[str, str, str, str, int]]:  # type: ignore[no-untyped-def]
    """Consecutive renumberings by the same offset, as (first, last, new first, new last, count)."""
    out: list[list] = []  # type: ignore[type-arg]

    def n(eid: str) -> int | None:
        num = eid.removeprefix("art_")
        return int(num) if num.isdigit() else None

    for old, new in pairs:
        a, b = n(old), n(new)
        if out and a is not None and b is not None and n(out[-1][1]) == a - 1 and n(out[-1][3]) == b - 1:
            out[-1][1], out[-1][3], out[-1][4] = old, new, out[-1][4] + 1
        else:
            out.append([old, old, new, new, 1])
    return [tuple(x) for x in out]  # type: ignore[misc]


def _operation_line(op) -> str:  # type: ignore[no-untyped-def]
    from ..drafts import cite

    what = cite(op.target) if op.target else (f"“{op.locator}”" if op.locator else "")
    extra = f" → {cite(op.number)}" if op.number and "," not in op.number else (f" → {op.number}" if op.number else "")
    words = f" “{op.old[:20]}”" if op.old and op.kind.value.endswith("words") else ""
    return f"{op.item or '-'}\t{op.kind.value}\t{what}{words}{extra}"


def register(cli: click.Group) -> None:
    """Attach ``draft amend`` and the ``amendment`` group."""
    draft = cli.commands["draft"]
    assert isinstance(draft, click.Group)

    @draft.command("amend")
    @click.argument("file", type=click.Path(path_type=Path))
    @click.option("--draft", "base_ref", required=True, help="The base law: NAME@VERSION.")
    @click.option("--version", "version", required=True, help="Version to store the amended law as.")
    @click.option("--law", help="Which law, when the instrument amends several (name or unique part).")
    @click.option("--title", help="Title of the new version (default: the base's).")
    @click.option("--encoding", help="Encoding of .txt/.md instruments (detected: UTF-8, GB18030).")
    @click.option("--replace", is_flag=True, help="Replace NAME@VERSION if it is stored from another file.")
    @click.option("--dry-run", is_flag=True, help="Parse and apply, report, store nothing.")
    @click.pass_context
    def draft_amend(ctx: click.Context, file: Path, base_ref: str, version: str, law: str | None, title: str | None,
                    encoding: str | None, replace: bool, dry_run: bool) -> None:  # fmt: skip
        """Apply the amendment instrument FILE (修正案, 关于修改…的决定) to --draft and store the
        amended law as a new version; its comments are carried forward."""
        from ..amendment import apply_instrument, load_instrument
        from ..consultation import add_amended_draft, carry_forward

        with open_store(ctx) as store, _naming(file):
            base = store.get_draft(base_ref)
            if dry_run:
                before = base.load()
                amended, report = apply_instrument(before, load_instrument(file, encoding), law)
                _print_report(report, base.ref, f"{base.name}@{version} (dry run, nothing stored)",
                              drafts=(before, amended))
                return
            # an amended reading carried into, stored again from another instrument: what was carried onto its
            # text is carried again onto the new one, as draft add --replace does (carried only when added, the
            # comments and decisions stayed as the mistaken instrument's carry left them)
            was, before = carried_into(store, f"{base.name}@{version}", base.version) if replace else (None, None)
            with store.transaction():
                stored, status, report = add_amended_draft(store, file, base.ref, version, law=law, title=title,
                                                           encoding=encoding, replace=replace,
                                                           carried_again=before is not None)  # fmt: skip
                # (the same instrument again too: a carry made before this one carried again is put right)
                replaced = was.load() if was is not None and before is not None else None
                carried = (carry_forward(store, base, stored, replaced=replaced) if replaced is not None else
                           carry_forward(store, base, stored) if status == "added" else None)  # fmt: skip
            if status == "unchanged" and carried is None:
                echo(f"{stored.ref} is already stored from this instrument and base; nothing changed")
                return
            if status != "unchanged":
                _print_report(report, base.ref, stored.ref, drafts=(base.load(), stored.load()))
                echo(f"{status} {stored.ref}: {stored.title} ({len(stored.load().articles())} articles)")
            else:
                echo(f"{stored.ref} is already stored from this instrument and base")
            if carried is not None and carried.again is not None:
                again_summary(carried, base.load(), replaced, stored.load())
                carry_summary(carried, base.load(), stored.load())
                kept_summary(carried, replaced, stored.load())
            elif carried is not None and (carried.counts["carried"] or carried.orphaned or carried.decisions
                                          or carried.counts["reasons"] or carried.counts["reasons_dropped"]):  # fmt: skip
                carry_summary(carried, base.load(), stored.load())

    @cli.group()
    def amendment() -> None:
        """Read amendment instruments and apply them to law files."""

    @amendment.command("parse")
    @click.argument("file", type=click.Path(path_type=Path))
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @click.option("--encoding", help="Encoding of .txt/.md files (detected: UTF-8, GB18030).")
    @click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
    def amendment_parse(file: Path, fmt: str, encoding: str | None, output: Path | None) -> None:
        """List the operations of the instrument FILE; every sentence not understood is an
        error with its line (exit 1)."""
        from ..amendment import load_instrument

        ins = load_instrument(file, encoding)
        if fmt == "json":
            emit(dump_bytes(ins.to_dict()), output)
        else:
            lines = [f"{ins.title}: {len(ins.operations)} operation(s)"
                     + (f" on {len(ins.laws)} laws" if len(ins.laws) > 1 else "")]  # fmt: skip
            law = ""
            for op in ins.operations:
                if op.law != law and len(ins.laws) > 1:
                    lines.append(f"《{op.law}》")
                    law = op.law
                lines.append(_operation_line(op))
            emit("\n".join(lines) + "\n", output)
        for d in ins.unrecognised:
            echo(d.format(str(file)), err=True)
        if ins.unrecognised:
            raise SystemExit(1)

    @amendment.command("apply")
    @click.argument("base", type=click.Path(path_type=Path))
    @click.argument("file", type=click.Path(path_type=Path))
    @click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the amended law (markdown) here.")
    @click.option("--law", help="Which law, when the instrument amends several.")
    @click.option("--profile", help="Structure profile of BASE (detected when omitted).")
    def amendment_apply(base: Path, file: Path, output: Path | None, law: str | None, profile: str | None) -> None:
        """Apply the instrument FILE to the law file BASE and print (or write) the amended law
        as markdown; the report goes to stderr."""
        from ..amendment import apply_instrument, load_instrument
        from ..drafts import render_markdown
        from ..registry import load_draft

        draft = load_draft(base, profile=profile)
        with _naming(file):
            amended, report = apply_instrument(draft, load_instrument(file), law, name=str(output or base))
        emit(render_markdown(amended), output)
        _print_report(report, str(base), str(output or "stdout"), err=True, drafts=(draft, amended))


@contextmanager
def _naming(file: Path) -> Iterator[None]:
    """An instruction that cannot be applied, said with the instrument's file before its line."""
    from ..errors import AmendmentError

    try:
        yield
    except AmendmentError as exc:
        if str(exc).startswith(str(file)):
            raise
        raise AmendmentError(f"{file}: {exc}") from None
