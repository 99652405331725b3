"""The ``store`` commands of the CLI: ``store info`` (engine, schema, rows, content hash) and
``store copy SRC DST``, which moves a consultation between SQLite and PostgreSQL."""

from __future__ import annotations

import click

from .common import open_store
from .terminal import echo


def register(cli: click.Group) -> None:
    """Attach the ``store`` group to the top-level group."""

    @cli.group()
    def store() -> None:
        """Where the consultation lives: look at a store, copy it to another engine."""

    @store.command("info")
    @click.pass_context
    def store_info(ctx: click.Context) -> None:
        """The store --db names: engine, schema, rows per table and a content hash."""
        from ..store import content_of

        with open_store(ctx) as st:
            counts, digest = content_of(st)
            echo(f"{st.where}: {st.engine}, schema {st.schema_version}")
            for table, n in counts.items():
                echo(f"  {table:<18}{n:>10,}")
            echo(f"  content sha256    {digest}")

    @store.command("association")
    @click.argument("name", required=False)
    @click.pass_context
    def store_association(ctx: click.Context, name: str | None) -> None:
        """Who submits: NAME signs every submission and authors its changes (export --association
        overrides it for one export; "" unsets it). Without NAME: who it is now."""
        from ..consultation import association, set_association

        with open_store(ctx) as st:
            if name is None:
                echo(association(st) or "no association named (export signs with the date alone; the changes are "
                                        "authored 委员会)")  # fmt: skip
                return
            set_association(st, name)
            echo(f"submissions are signed by {association(st)}" if association(st) else "no association named")

    @store.command("addressee")
    @click.argument("text", required=False)
    @click.pass_context
    def store_addressee(ctx: click.Context, text: str | None) -> None:
        """Who the letter is addressed to, set under its title (全国人大常委会法制工作委员会): every
        export's, unless `export --to` gives another; "" unsets it. Without TEXT: who it is now."""
        _letter_line(ctx, "addressee", text, "the letter is addressed to")

    @store.command("contact")
    @click.argument("text", required=False)
    @click.pass_context
    def store_contact(ctx: click.Context, text: str | None) -> None:
        """Who to ask about the letter, set under its date (联系人：王律师，电话：010-65901234): every
        export's, unless `export --contact` gives another; "" unsets it. Without TEXT: who it is now."""
        _letter_line(ctx, "contact", text, "the letter names as its contact")

    def _letter_line(ctx: click.Context, which: str, text: str | None, said: str) -> None:
        from ..consultation import letter_line, set_letter_line

        with open_store(ctx) as st:
            if text is not None:
                set_letter_line(st, which, text)
            now = letter_line(st, which)
            echo(f"{said}: {now}" if now else f"the letter has no {which} (`lawcomment store {which} \"…\"` sets one)")

    @store.command("copy")
    @click.argument("source", metavar="SRC")
    @click.argument("target", metavar="DST")
    @click.pass_context
    def store_copy(ctx: click.Context, source: str, target: str) -> None:
        """Copy the consultation in SRC into DST, a new store (a file, sqlite:///… or
        postgresql://…): every row with its id, checked by row counts and a content hash."""
        from ..store import copy_store, create_store
        from ..store import open_store as open_url

        from ..errors import StoreError
        from ..store import is_postgres, sqlite_path

        user = ctx.find_root().obj["user"]
        made = not is_postgres(target) and not sqlite_path(target).exists()  # a file this copy makes
        with open_url(source, user) as src:
            dst, _ = create_store(target, user)
            try:
                with dst:
                    report = copy_store(src, dst)
            except StoreError:
                if made:  # goes with the copy that failed; a file that was there before stays
                    for suffix in ("", "-wal", "-shm"):
                        sqlite_path(target).with_name(sqlite_path(target).name + suffix).unlink(missing_ok=True)
                raise
        rows = ", ".join(f"{n:,} {table}" for table, n in report.counts.items() if n)
        echo(f"copied {report.source} → {report.target}: {rows}")
        echo(f"content sha256 {report.sha256} on both sides")
