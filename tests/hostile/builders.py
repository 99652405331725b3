"""Build each class of hostile or broken file in code (no binaries in the repository).

Every builder takes the path to write and returns it. The .docx builders write raw
WordprocessingML into a zip, then some patch the zip's bytes the way a crafted file would.
"""

from __future__ import annotations

import codecs
import struct
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
NUMBERING_REL = f"{R}/numbering"
STYLES_REL = f"{R}/styles"
COMMENTS_REL = f"{R}/comments"
FOOTNOTES_REL = f"{R}/footnotes"

#: A small law: title, two articles, the second with two 款.
LAW_LINES = ["示例法（草案）", "第一条　为了规范示例活动，制定本法。", "第二条　示例活动应当遵守法律。", "违反前款规定的，依法处理。"]
LAW_TEXT = "\n".join(LAW_LINES) + "\n"


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str = "", *, style: str | None = None, num: tuple[str, int] | None = None,
         mark: str | None = None, author: str = "Member") -> str:  # fmt: skip
    """One w:p: ``num`` is (numId, ilvl); ``mark`` "del"/"ins" tracks the paragraph mark."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if mark:
        ppr += f'<w:rPr><w:{mark} w:id="9{len(text)}" w:author="{author}" w:date="2026-05-01T09:00:00Z"/></w:rPr>'
    run = f'<w:r><w:t xml:space="preserve">{_xml(text)}</w:t></w:r>' if text else ""
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{run}</w:p>"


def document(body: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}</w:body></w:document>')  # fmt: skip


def law_body(lines: Iterable[str] = LAW_LINES) -> str:
    lines = list(lines)
    return para(lines[0], style="Title") + "".join(para(line) for line in lines[1:])


def styles_xml(extra: str = "") -> str:
    return (f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
            f"{extra}</w:styles>")  # fmt: skip


def package(path: Path, document_xml: str | bytes, parts: dict[str, str | bytes] | None = None,
            rels: dict[str, str] | None = None, main_type: str = MAIN) -> Path:  # fmt: skip
    """A .docx: ``rels`` maps a target next to document.xml (``numbering.xml``) to its type."""
    rels = {"styles.xml": STYLES_REL, **(rels or {})}
    parts = {"word/styles.xml": styles_xml(), **(parts or {})}
    items = "".join(f'<Relationship Id="rId{i}" Type="{t}" Target="{target}"/>' for i, (target, t) in enumerate(rels.items(), 10))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/word/document.xml" ContentType="{main_type}"/></Types>')  # fmt: skip
        z.writestr("_rels/.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels",
                   f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>')
        z.writestr("word/document.xml", document_xml)
        for name, content in parts.items():
            z.writestr(name, content)
    return path


def law_docx(path: Path, lines: Iterable[str] = LAW_LINES) -> Path:
    """The clean small law as a .docx."""
    return package(path, document(law_body(lines)))


# -- 1. numbers that size an output -------------------------------------------------------------


def numbering_xml(start: int = 1, fmt: str = "decimal", text: str = "%1.", ilvl: int = 0) -> str:
    return (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="{ilvl}">'
            f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{_xml(text)}"/></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')  # fmt: skip


def numbering_bomb(path: Path, start: int = 2_000_000_000, fmt: str = "lowerLetter", paragraphs: int = 400) -> Path:
    """A list whose first label is ``start`` in a letter format: 77 million letters each."""
    body = para(LAW_LINES[0], style="Title") + "".join(para(f"条文{i}。", num=("1", 0)) for i in range(paragraphs))
    return package(path, document(body), {"word/numbering.xml": numbering_xml(start, fmt)}, {"numbering.xml": NUMBERING_REL})


def long_label_list(path: Path, label: int = 60_000, paragraphs: int = 20) -> Path:
    """A lvlText that repeats its counter: every label is ``label`` characters long."""
    body = para(LAW_LINES[0], style="Title") + "".join(para(f"条文{i}。", num=("1", 0)) for i in range(paragraphs))
    return package(path, document(body), {"word/numbering.xml": numbering_xml(1, "decimal", "%1" * (label // 2))},
                   {"numbering.xml": NUMBERING_REL})  # fmt: skip


def bad_list_level(path: Path, ilvl: int = 1_000_000) -> Path:
    body = law_body() + para("条文。", num=("1", ilvl))
    return package(path, document(body), {"word/numbering.xml": numbering_xml()}, {"numbering.xml": NUMBERING_REL})


def style_chain(path: Path, depth: int = 20_000) -> Path:
    """Styles each based on the one before: a long inheritance chain for every paragraph."""
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="s{i}"><w:name w:val="s{i}"/><w:basedOn w:val="s{i + 1}"/></w:style>'
                     for i in range(depth))  # fmt: skip
    body = para(LAW_LINES[0], style="Title") + "".join(para(line, style="s0") for line in LAW_LINES[1:])
    return package(path, document(body), {"word/styles.xml": styles_xml(styles)})


def deep_nesting(path: Path, depth: int = 5000) -> Path:
    """Runs wrapped in thousands of nested smart tags."""
    inner = '<w:r><w:t>第一条　甲。</w:t></w:r>'
    nested = "<w:smartTag>" * depth + inner + "</w:smartTag>" * depth
    return package(path, document(para(LAW_LINES[0], style="Title") + f"<w:p>{nested}</w:p>"))


def label_budget(path: Path, paragraphs: int = 10_000) -> Path:
    """Empty paragraphs numbered through their style, each label 98 characters: more label
    than document."""
    style = ('<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Article"/>'
             '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')  # fmt: skip
    body = para(LAW_LINES[0], style="Title") + para(style="a") * paragraphs
    return package(path, document(body), {"word/numbering.xml": numbering_xml(1, "decimal", "第%1条" + "款" * 90),
                                          "word/styles.xml": styles_xml(style)},
                   {"numbering.xml": NUMBERING_REL})  # fmt: skip


def footnote_grid_span(path: Path, span: int = 1_000_000_000) -> Path:
    """A footnote holding a table cell that spans ``span`` columns (docx2python copies a cell per column)."""
    notes = (f'<w:footnotes xmlns:w="{W}" xmlns:r="{R}"><w:footnote w:id="1"><w:tbl><w:tr><w:tc>'
             f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr><w:p><w:r><w:t>注</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
             '</w:footnote></w:footnotes>')  # fmt: skip
    body = law_body() + '<w:p><w:r><w:t>第三条　见注。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    return package(path, document(body), {"word/footnotes.xml": notes}, {"footnotes.xml": FOOTNOTES_REL})


def many_footnotes(path: Path, paragraphs: int = 20_000) -> Path:
    """A small law citing one footnote, in a footnotes part of ``paragraphs`` paragraphs."""
    notes = (f'<w:footnotes xmlns:w="{W}" xmlns:r="{R}"><w:footnote w:id="1">' + "<w:p><w:r><w:t>注</w:t></w:r></w:p>" * paragraphs
             + "</w:footnote></w:footnotes>")  # fmt: skip
    body = law_body() + '<w:p><w:r><w:t>第三条　见注。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    return package(path, document(body), {"word/footnotes.xml": notes}, {"footnotes.xml": FOOTNOTES_REL})


# -- 2. a deleted paragraph mark on the last paragraph ---------------------------------------


def deleted_last_mark(path: Path, author: str = "Member", mark: str = "del") -> Path:
    """The small law whose last paragraph (the second 款 of 第二条) has a deleted (or, with
    ``mark="ins"``, an inserted) paragraph mark."""
    body = para(LAW_LINES[0], style="Title") + "".join(para(line) for line in LAW_LINES[1:-1])
    body += para(LAW_LINES[-1], mark=mark, author=author)
    return package(path, document(body))


def deleted_mark_before_table(path: Path) -> Path:
    table = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
    body = para(LAW_LINES[0], style="Title") + para(LAW_LINES[1]) + para(LAW_LINES[2], mark="del") + table + para(LAW_LINES[3])
    return package(path, document(body))


# -- 3. DOCTYPE and entities in any encoding ---------------------------------------------------


def utf16_doctype(path: Path, encoding: str = "utf-16") -> Path:
    """document.xml in UTF-16 with an internal DTD and an entity inside the title's run."""
    xml = (f'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w:document [<!ENTITY e "示例">]>'
           f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
           + para("TITLE", style="Title").replace("TITLE", "&e;法（草案）")
           + "".join(para(line) for line in LAW_LINES[1:]) + "</w:body></w:document>")  # fmt: skip
    return package(path, xml.encode(encoding))


def doctype_in(path: Path, part: str, encoding: str = "utf-16") -> Path:
    """A DOCTYPE in another part (styles.xml), in ``encoding``."""
    xml = (f'<?xml version="1.0" encoding="{encoding.upper()}"?><!DOCTYPE w:styles>'
           + styles_xml())  # fmt: skip
    return package(path, document(law_body()), {part: xml.encode(encoding)})


def comments_xml(comments: Iterable[tuple[str, str]], encoding: str = "UTF-8", prolog: str = "") -> str:
    """comments.xml holding (author, text) comments, ids 0, 1, …"""
    items = "".join(f'<w:comment w:id="{i}" w:author="{_xml(a)}"><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:comment>'
                    for i, (a, t) in enumerate(comments))  # fmt: skip
    return f'<?xml version="1.0" encoding="{encoding}"?>{prolog}<w:comments xmlns:w="{W}">{items}</w:comments>'


def with_comments(path: Path, comments_part: str | bytes, body: str | None = None) -> Path:
    marked = body or (para(LAW_LINES[0], style="Title") + para(LAW_LINES[1]).replace(
        "<w:r>", '<w:commentRangeStart w:id="0"/><w:r>', 1).replace(
        "</w:p>", '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>')
        + "".join(para(line) for line in LAW_LINES[2:]))  # fmt: skip
    return package(path, document(marked), {"word/comments.xml": comments_part}, {"comments.xml": COMMENTS_REL})


def comment_ids_twice(path: Path, in_comments: bool = True) -> Path:
    """Ranges with comment id 0 on 第一条 and on 第二条. ``in_comments``: comments.xml holds
    two comments with id 0 (the second used to be read at the first's range, on another
    article); else it holds one, which so marks two ranges."""
    def marked(text: str) -> str:
        return para(text).replace("<w:r>", '<w:commentRangeStart w:id="0"/><w:r>', 1).replace(
            "</w:p>", '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>')
    body = para(LAW_LINES[0], style="Title") + marked(LAW_LINES[1]) + marked(LAW_LINES[2]) + para(LAW_LINES[3])
    texts = [("ACME", "第一条的意见。"), ("ACME", "第二条的意见。")] if in_comments else [("ACME", "第一条的意见。")]
    return with_comments(path, comments_xml(texts).replace('w:id="1"', 'w:id="0"'), body)


def utf16_comment_entity(path: Path) -> Path:
    """A member's comment whose text follows an entity: it came out empty, and superseded a real one."""
    xml = comments_xml([("ACME", "&e;建议删去。")], "UTF-16", '<!DOCTYPE w:comments [<!ENTITY e "">]>')
    return with_comments(path, xml.encode("utf-16"))


def utf16_macro(path: Path) -> Path:
    """A macro-enabled document whose [Content_Types].xml is UTF-16 (the byte test misses it)."""
    package(path, document(law_body()), main_type="application/vnd.ms-word.document.macroEnabled.main+xml")
    with zipfile.ZipFile(path) as src:
        items = [(i.filename, src.read(i)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "[Content_Types].xml":
                data = data.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
            z.writestr(name, data)
    return path


def many_comments(path: Path, n: int = 2_001) -> Path:
    return with_comments(path, comments_xml([("ACME", "意见。")] * n))


def long_comments(path: Path, chars: int = 1_000_001) -> Path:
    """Word comments holding ``chars`` characters of varied Chinese between them."""
    import random

    rng = random.Random(2)
    hanzi = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
    texts = ["".join(rng.choice(hanzi) for _ in range(1000)) for _ in range(chars // 1000)] + ["意" * (chars % 1000)]
    return with_comments(path, comments_xml([("ACME", t) for t in texts]))


def many_authors(path: Path, n: int = 101) -> Path:
    edits = "".join(f'<w:ins w:id="{i}" w:author="a{i}"><w:r><w:t>字</w:t></w:r></w:ins>' for i in range(n))
    return package(path, document(law_body() + f"<w:p><w:r><w:t>第三条　</w:t></w:r>{edits}</w:p>"))


def too_much_text(path: Path, chars: int = 1_000_001) -> Path:
    """``chars`` characters of varied Chinese (it deflates like real text, about 2:1)."""
    import random

    rng = random.Random(1)
    hanzi = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
    lines = ["".join(rng.choice(hanzi) for _ in range(1000)) for _ in range(chars // 1000)]
    body = para(LAW_LINES[0], style="Title") + "".join(para(line) for line in lines) + para("依" * (chars % 1000))
    return package(path, document(body))


def largest_law(path: Path, articles: int = 5_000, paragraphs: int = 20_000, authors: int = 0,
                comments: int = 0, repeat: int = 1) -> Path:  # fmt: skip
    """The largest draft inside the caps: ``articles`` articles in ``paragraphs`` paragraphs
    (title included). ``authors`` > 0 makes it a marked-up copy: author k inserts a word,
    tracked, in article k; ``comments`` Word comments sit on the first articles. The 款
    after each article's first repeat their sentence ``repeat`` times."""
    from lawcomment.drafts.numerals import int_to_cn

    extra = paragraphs - 1 - articles
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        notes = comments_xml([(f"author{1 + k % max(authors, 1)}", f"意见{k}") for k in range(1, comments + 1)])
        tmp = package(path.with_suffix(".tmp"), "", {"word/comments.xml": notes} if comments else {},
                      {"comments.xml": COMMENTS_REL} if comments else {})
        with zipfile.ZipFile(tmp) as src:
            for item in src.infolist():
                if item.filename != "word/document.xml":
                    z.writestr(item, src.read(item))
        tmp.unlink()
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(document("")[: -len("</w:body></w:document>")].encode())
            fh.write(para(LAW_LINES[0], style="Title").encode())
            for n in range(1, articles + 1):
                line = para(f"第{int_to_cn(n)}条　为了规范示例活动，依照本法第十二条第二款的规定，制定本条。")
                if n <= authors:
                    line = line.replace("</w:p>", f'<w:ins w:id="{n}" w:author="author{n}" w:date="2026-05-01T09:00:00Z">'
                                                  "<w:r><w:t>新增</w:t></w:r></w:ins></w:p>")  # fmt: skip
                if n <= comments:
                    line = line.replace("<w:r>", f'<w:commentRangeStart w:id="{n - 1}"/><w:r>', 1).replace(
                        "</w:p>", f'<w:commentRangeEnd w:id="{n - 1}"/><w:r><w:commentReference w:id="{n - 1}"/></w:r></w:p>')
                fh.write(line.encode())
                k = extra // articles + (1 if n <= extra % articles else 0)
                for _ in range(k):
                    fh.write(para("".join(f"违反前款规定的，由有关主管部门责令改正，依照本法第{int_to_cn(n + i)}条的规定处罚。"
                                          for i in range(repeat))).encode())  # fmt: skip
            fh.write(b"</w:body></w:document>")
    return path


# -- 5. zips that make zipfile raise ------------------------------------------------------------


def _central(data: bytes, name: bytes) -> int:
    """Offset of the central directory header of ``name``."""
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46: pos + 46 + n] == name:
            return pos
        pos = data.find(b"PK\x01\x02", pos + 4)
    raise ValueError(name)


def corrupt_deflate(path: Path) -> Path:
    """document.xml's deflate stream starts with an invalid block type (zlib.error)."""
    law_docx(path)
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start] = 0x07  # BFINAL=1, BTYPE=11 (reserved)
    path.write_bytes(bytes(data))
    return path


def invalid_utf8_name(path: Path) -> Path:
    """A zip entry flagged UTF-8 whose name is not valid UTF-8."""
    law = law_docx(path.with_suffix(".tmp"))
    with zipfile.ZipFile(law) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            z.writestr(item, src.read(item))
        z.writestr("word/media/AAAA.xml", "<x/>")
    law.unlink()
    data = bytearray(path.read_bytes())
    pos = _central(bytes(data), b"word/media/AAAA.xml")
    struct.pack_into("<H", data, pos + 8, struct.unpack_from("<H", data, pos + 8)[0] | 0x800)
    data[pos + 46 + 11: pos + 46 + 15] = b"\xff\xfe\xc3\x28"
    path.write_bytes(bytes(data))
    return path


def zip_version(path: Path, version: int = 69) -> Path:
    """document.xml needs zip version 6.9 to extract (NotImplementedError in zipfile)."""
    law_docx(path)
    data = bytearray(path.read_bytes())
    struct.pack_into("<H", data, _central(bytes(data), b"word/document.xml") + 6, version)
    path.write_bytes(bytes(data))
    return path


def compression_method(path: Path, method: int = zipfile.ZIP_BZIP2) -> Path:
    """document.xml compressed with a method Word never writes (bzip2 bombs inflate unbounded)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        tmp = law_docx(path.with_suffix(".tmp"))
        with zipfile.ZipFile(tmp) as src:
            for item in src.infolist():
                z.writestr(item.filename, src.read(item), compress_type=method if item.filename == "word/document.xml" else None)
        tmp.unlink()
    return path


def _append_entry(path: Path, name: bytes, stream: bytes, crc: int, claimed: tuple[int, int]) -> None:
    """Append a deflated entry by hand, its headers claiming (compressed, size) = ``claimed``."""
    data = bytearray(path.read_bytes())
    cd = data.find(b"PK\x01\x02")
    eocd = data.rfind(b"PK\x05\x06")
    central, entries = bytes(data[cd:eocd]), struct.unpack_from("<H", data, eocd + 10)[0]
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, *claimed, len(name), 0) + name
    body = bytes(data[:cd]) + local + stream
    entry = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, *claimed, len(name), 0, 0, 0, 0, 0, cd)
    new_cd = central + entry + name
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, entries + 1, entries + 1, len(new_cd), len(body), 0)
    path.write_bytes(body + new_cd + end)


def understated_sizes(path: Path, inflated: int = 300 * 1024 * 1024, claimed: tuple[int, int] = (2048, 4096)) -> Path:
    """document.xml really inflates to ``inflated`` bytes of blank space, but its headers claim
    ``claimed`` = (compressed, uncompressed) bytes."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = document("")[: -len("</w:body></w:document>")].encode()
    tail = b"</w:body></w:document>"
    chunk = b" " * (1024 * 1024)
    parts = [comp.compress(head)]
    crc = zlib.crc32(head)
    for _ in range((inflated - len(head) - len(tail)) // len(chunk)):
        parts.append(comp.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    parts.append(comp.compress(tail))
    crc = zlib.crc32(tail, crc)
    parts.append(comp.flush())
    law_docx(path)
    with zipfile.ZipFile(path) as src:
        others = [(i, src.read(i)) for i in src.infolist() if i.filename != "word/document.xml"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for item, content in others:
            z.writestr(item, content)
    _append_entry(path, b"word/document.xml", b"".join(parts), crc, claimed)
    return path


def _padding(size: int) -> bytes:
    """An XML comment of about ``size`` bytes that deflates about 140:1
    (a random 8 KB block, repeated), so the zip's headers look like an honest file's."""
    import random

    rng = random.Random(1)
    block = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8192))
    comment = ("<!--" + block * 512 + "-->").encode()  # libxml2 refuses comments over 10 MB
    rest = size % len(comment)
    return comment * (size // len(comment)) + (b"<!--" + block.encode()[: rest - 7] + b"-->" if rest > 7 else b"")


def inflating_parts(path: Path, size: int = 50 * 1024 * 1024) -> Path:
    """Three honest-looking parts of ``size`` bytes each: past the cap on all parts read."""
    numbering = f'<w:numbering xmlns:w="{W}">'.encode() + _padding(size) + b"</w:numbering>"  # ~140:1
    styles = styles_xml().encode().replace(b"</w:styles>", _padding(size) + b"</w:styles>")
    doc = document(law_body()).encode().replace(b"</w:document>", _padding(size) + b"</w:document>")
    return package(path, doc, {"word/numbering.xml": numbering, "word/styles.xml": styles}, {"numbering.xml": NUMBERING_REL})


def declared_total(path: Path, parts: int = 9, size: int = 60 * 1024 * 1024) -> Path:
    """Images whose headers declare ``size`` bytes each (honest ratios): past the declared total."""
    law_docx(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as z:
        for i in range(parts):
            z.writestr(f"word/media/image{i}.png", b"\x89PNG")
    data = bytearray(path.read_bytes())
    for i in range(parts):
        pos = _central(bytes(data), f"word/media/image{i}.png".encode())
        struct.pack_into("<2L", data, pos + 20, size // 100, size)
    path.write_bytes(bytes(data))
    return path


def many_entries(path: Path, n: int = 200_000) -> Path:
    """A zip with a central directory of ``n`` empty entries."""
    law_docx(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as z:
        for i in range(n):
            z.writestr(f"x/{i}", b"")
    return path


def many_numbered_paragraphs(path: Path, n: int = 818_000, varied: bool = False) -> Path:
    """The 2.4 MB file of issue 15: ``n`` auto-numbered (第%1条) paragraphs, streamed to disk
    (``varied``: each paragraph's text differs, so the part deflates only about 30:1)."""
    numbering = numbering_xml(1, "chineseCounting", "第%1条")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        tmp = package(path.with_suffix(".tmp"), "", {"word/numbering.xml": numbering}, {"numbering.xml": NUMBERING_REL})
        with zipfile.ZipFile(tmp) as src:
            for item in src.infolist():
                if item.filename != "word/document.xml":
                    z.writestr(item, src.read(item))
        tmp.unlink()
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(document("")[: -len("</w:body></w:document>")].encode())
            fh.write(para(LAW_LINES[0], style="Title").encode())
            block = "".join(para(f"条文{i % 10}。", num=("1", 0)) for i in range(1000)).encode()
            for k in range(n // 1000):
                fh.write("".join(para(f"条文{k}-{i}。", num=("1", 0)) for i in range(1000)).encode() if varied else block)
            fh.write(b"</w:body></w:document>")
    return path


def many_paragraphs(path: Path, n: int, text: str = "第{n}条　示例条文的内容，规定示例事项。") -> Path:
    """``n`` typed paragraphs (no numbering), each a short article."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        tmp = package(path.with_suffix(".tmp"), "")
        with zipfile.ZipFile(tmp) as src:
            for item in src.infolist():
                if item.filename != "word/document.xml":
                    z.writestr(item, src.read(item))
        tmp.unlink()
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(document("")[: -len("</w:body></w:document>")].encode())
            fh.write(para(LAW_LINES[0], style="Title").encode())
            for i in range(1, n + 1):
                fh.write(para(text.format(n=i)).encode())
            fh.write(b"</w:body></w:document>")
    return path


# -- text files ----------------------------------------------------------------------------


def text_file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def utf16_odd_length(path: Path) -> Path:
    return text_file(path, codecs.BOM_UTF16_LE + LAW_TEXT.encode("utf-16-le") + b"\n")


def utf16_lone_surrogate(path: Path) -> Path:
    data = LAW_TEXT.encode("utf-16-le")
    return text_file(path, codecs.BOM_UTF16_LE + data[:20] + b"\x00\xd8" + data[20:])


def utf16_no_bom(path: Path, codec: str = "utf-16-le", text: str = LAW_TEXT) -> Path:
    return text_file(path, text.encode(codec))


def utf32(path: Path, codec: str = "utf-32", text: str = LAW_TEXT) -> Path:
    return text_file(path, text.encode(codec))


def nul_file(path: Path, size: int = 1024 * 1024) -> Path:
    return text_file(path, b"\x00" * size)


def control_character(path: Path, line: int = 12, column: int = 5, char: str = "\x1b") -> Path:
    """A law whose line ``line`` holds ``char`` at ``column``."""
    lines = [LAW_LINES[0], *(f"第{n}条　示例条文{n}。" for n in range(1, 30))]
    target = lines[line - 1]
    lines[line - 1] = target[: column - 1] + char + target[column - 1:]
    return text_file(path, ("\n".join(lines) + "\n").encode("utf-8"))


# -- the largest files inside the caps (benchmarks/bench_hostile.py) ------------------------------


def _stream_docx(path: Path, paragraphs: Iterable[str], parts: dict[str, str | bytes] | None = None,
                 rels: dict[str, str] | None = None) -> Path:  # fmt: skip
    """A package whose document.xml is written paragraph by paragraph (the title first)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        tmp = package(path.with_suffix(".tmp"), "", parts, rels)
        with zipfile.ZipFile(tmp) as src:
            for item in src.infolist():
                if item.filename != "word/document.xml":
                    z.writestr(item, src.read(item))
        tmp.unlink()
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(document("")[: -len("</w:body></w:document>")].encode())
            fh.write(para(LAW_LINES[0], style="Title").encode())
            for p in paragraphs:
                fh.write(p.encode())
            fh.write(b"</w:body></w:document>")
    return path


def numbered_law(path: Path, articles: int = 5_000, paragraphs: int = 20_000) -> Path:
    """Articles numbered by a Word list (第%1条, chineseCounting) and items by its second
    level (（%2）), as Chinese drafts are: ``paragraphs`` in all."""
    numbering = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')  # fmt: skip
    per = (paragraphs - 1) // articles - 1

    def paras() -> Iterable[str]:
        for _ in range(articles):
            yield para("有下列情形之一的，依照本法第十二条第二款的规定处理：", num=("1", 0))
            for _ in range(per):
                yield para("违反前款规定，情节严重的；", num=("1", 1))

    return _stream_docx(path, paras(), {"word/numbering.xml": numbering}, {"numbering.xml": NUMBERING_REL})


DENSE = "依照本法第十二条第二款、第十三条第一款第（三）项和前款的规定，"


def dense_text(path: Path, chars: int = 950_000, articles: int = 5_000) -> Path:
    """A .txt law whose every clause cites another: the slowest text per character to parse."""
    from lawcomment.drafts.numerals import int_to_cn

    per = chars // articles - 8
    body = "".join(f"第{int_to_cn(n)}条　{(DENSE * (per // len(DENSE) + 1))[:per]}\n" for n in range(1, articles + 1))
    return text_file(path, (LAW_LINES[0] + "\n" + body).encode())


def dense_docx(path: Path, chars: int = 950_000, articles: int = 5_000, authors: int = 0) -> Path:
    """:func:`dense_text` as a .docx; ``authors`` > 0: author k inserts a word in article k."""
    from lawcomment.drafts.numerals import int_to_cn

    per = chars // articles - 8

    def paras() -> Iterable[str]:
        for n in range(1, articles + 1):
            p = para(f"第{int_to_cn(n)}条　{(DENSE * (per // len(DENSE) + 1))[:per]}")
            if n <= authors:
                p = p.replace("</w:p>", f'<w:ins w:id="{n}" w:author="author{n}"><w:r><w:t>新增</w:t></w:r></w:ins></w:p>')
            yield p

    return _stream_docx(path, paras())


def node_heavy(path: Path, nodes: int = 990_000) -> Path:
    """Word's own verbose markup (rsid attributes, run properties on every run) up to
    ``nodes`` elements and attributes: the largest tree lxml builds inside the caps."""
    from lawcomment.drafts.numerals import int_to_cn

    run = '<w:r w:rsidR="00A1B2C3" w:rsidRPr="00D4E5F6"><w:rPr><w:rFonts w:hint="eastAsia"/><w:b/></w:rPr><w:t>{}</w:t></w:r>'
    head = '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3" w:rsidP="00A1B2C3"><w:pPr><w:jc w:val="both"/></w:pPr>'
    def paragraph(n: int) -> str:
        texts = [f"第{int_to_cn(n // 4 + 1)}条　" if n % 4 == 1 else "", *["为了规范示例活动，" for _ in range(7)]]
        return head + "".join(run.format(t) for t in texts) + "</w:p>"

    sample = paragraph(1)
    count = (nodes - 100) // (sample.count("<") + sample.count("="))

    def paras() -> Iterable[str]:
        for n in range(1, count + 1):
            yield paragraph(n)

    return _stream_docx(path, paras())


def padded_law(path: Path, size: int = 63 * 1024 * 1024) -> Path:
    """The small law in a document.xml of ``size`` bytes (comments deflating ~140:1): the
    largest part inside the caps."""
    doc = document(law_body()).encode()
    doc = doc.replace(b"</w:document>", _padding(size - len(doc)) + b"</w:document>")
    return package(path, doc)
