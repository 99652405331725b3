"""The reply commands of the CLI: ``draft deadline`` and ``responses``.

``draft deadline NAME@VERSION DATE`` records when members' replies are due (``--clear``
removes it); ``responses`` prints who has answered, per member and working group.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..jsondoc import dump_bytes
from .common import emit, open_store
from .terminal import echo


def register(cli: click.Group) -> None:
    """Attach ``responses`` to the top-level group and ``deadline`` to its ``draft`` group."""
    draft = cli.commands["draft"]
    assert isinstance(draft, click.Group)

    @draft.command("deadline")
    @click.argument("ref", metavar="NAME@VERSION")
    @click.argument("day", metavar="DATE", required=False)
    @click.option("--clear", is_flag=True, help="Remove the deadline.")
    @click.pass_context
    def draft_deadline(ctx: click.Context, ref: str, day: str | None, clear: bool) -> None:
        """Set the date members' replies are due (YYYY-MM-DD), or --clear it; without
        either, print it."""
        from ..consultation import parse_deadline
        from ..errors import StoreError

        if clear and day is not None:
            raise StoreError("give a DATE or --clear, not both")
        value = parse_deadline(day) if day is not None else None  # a bad date is refused before the store opens
        with open_store(ctx) as store:
            stored = store.get_draft(ref)
            if day is None and not clear:
                echo(f"{stored.ref}: replies due {stored.deadline}" if stored.deadline
                           else f"{stored.ref}: no deadline set")  # fmt: skip
                return
            was = stored.deadline
            stored = store.set_deadline(stored.ref, value)
        if value is None:
            echo(f"{stored.ref}: deadline cleared" + (f" (was {was})" if was else ""))
        else:
            echo(f"{stored.ref}: replies due {value}" + (f" (was {was})" if was and was != value else ""))
            from datetime import date

            if value < date.today().isoformat():  # (a trial set last August's by mistake, told nothing)
                echo(f"warning: {value} is past (today is {date.today().isoformat()}): members can no longer add or "
                     "change comments in the web app, and `responses` counts those who have not answered as overdue",
                     err=True)  # fmt: skip

    @cli.command()
    @click.option("--draft", "ref", required=True, help="NAME@VERSION")
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @click.option("--lang", type=click.Choice(["zh", "en"]), default="en", show_default=True,
                  help="Language of the text report and of the JSON labels.")  # fmt: skip
    @click.option("--today", metavar="DATE", help="Count the days to the deadline from this date (default: today, UTC).")
    @click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout.")
    @click.pass_context
    def responses(ctx: click.Context, ref: str, fmt: str, lang: str, today: str | None, output: Path | None) -> None:
        """Who has answered: per member and working group, commented or no response, how
        many comments and proposals, last activity, the days left to the deadline; then who
        has not answered yet. Only active comments written on this draft count."""
        from ..consultation import parse_deadline, response_report, responses_text

        day = parse_deadline(today) if today is not None else None
        with open_store(ctx) as store:
            stored = store.get_draft(ref)
            report = response_report(store.members(), store.comments(stored.ref, include_superseded=True),
                                     stored.deadline, draft=stored.ref, today=day)  # fmt: skip
        if fmt == "json":
            text: str | bytes = dump_bytes(report.to_dict(lang))
        else:
            text = responses_text(report, lang)
        emit(text, output)
