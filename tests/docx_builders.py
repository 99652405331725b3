"""Build small .docx files from raw WordprocessingML, for importer tests."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/></Types>'
)
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
    ' Target="word/document.xml"/></Relationships>'
)


def p(text: str, style: str | None = None, extra: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r>{extra}</w:p>'


FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def write_docx(path: Path, body: str, main_type: str = MAIN, prolog: str = "", parts: dict[str, str] | None = None,
               rels: dict[str, str] | None = None) -> Path:  # fmt: skip
    """A minimal package; ``rels`` maps a part's target (``footnotes.xml``) to its relationship type."""
    document = f'{prolog}<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if rels:
            items = "".join(f'<Relationship Id="rId{i}" Type="{t}" Target="{target}"/>'
                            for i, (target, t) in enumerate(rels.items(), 10))  # fmt: skip
            z.writestr("word/_rels/document.xml.rels",
                       f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>')
        z.writestr("[Content_Types].xml", CT.format(main=main_type))
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document)
        for name, content in (parts or {}).items():
            z.writestr(name, content)
    return path


def soffice_convert(exe: str, src: Path, out: Path, target: str) -> Path:
    """Convert ``src`` with headless LibreOffice (its own profile, so runs can overlap)."""
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([exe, f"-env:UserInstallation=file://{out}/profile", "--headless", "--norestore",
                    "--convert-to", target, "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    return out / (src.stem + "." + target.split(":")[0])
