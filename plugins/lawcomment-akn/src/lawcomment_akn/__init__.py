"""lawcomment plugin: the draft as an Akoma Ntoso 3.0 ``bill`` with the committee's comments.

Every unit keeps its lawcomment eid (they follow AKN naming: ``chp_2``, ``art_12__para_2``).
Member comments and the committee's proposed wording are ``note`` elements in
``meta/notes``, each pointed at from its unit by a ``noteRef``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from lawcomment import hookimpl

if TYPE_CHECKING:
    from lawcomment import Consultation, ExportOptions

__version__ = "0.1.0"


def export_akn(view: Consultation, out: BinaryIO, options: ExportOptions) -> None:
    """Write the Akoma Ntoso document of ``view`` to ``out``."""
    from ._writer import Builder

    out.write(Builder(view, options.timestamp[:10]).build())  # dated as export --date says, else today


@hookimpl
def register_exporters(register):  # type: ignore[no-untyped-def]
    from lawcomment import Exporter  # here, not at the top: `lawcomment --help` loads this plugin, and needs no format

    # (said as what staff do with it: a web trial read "Akoma Ntoso 3.0 法案XML" as jargon)
    register(Exporter("akn", ".xml", False, export_akn, "the bill as XML for legislative systems (Akoma Ntoso 3.0), the "
                      "committee's comments as notes",
                      descriptions=(("zh", "供立法工作系统导入的法案XML文件（Akoma Ntoso 3.0格式），委员会意见作为注释"),)))
