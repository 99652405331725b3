"""Fuzzing the readers (issue 15): mutated .docx packages and XML, mutated text in every encoding.

Properties, for any input:

- reading it gives a Draft or raises a LawcommentError subclass, never another exception;
- a Draft it gives holds every character of the body text in exactly one unit (no
  ``fidelity`` error: the parser's own check, against the file's runs for .docx);
- a .docx that reads is also read as a member's marked-up copy of itself (each author's
  view rendered) without any other exception;
- a comment file (.csv, .json, .jsonl) imports whole or is refused with nothing stored, and
  what it stored exports to Word, Markdown and JSON.

Seeds: the .docx files and the small .txt/.md laws in tests/data, and the files of
``tests/hostile/builders``. CI runs a bounded number of examples (under a minute); run it
longer with, for example::

    LAWCOMMENT_FUZZ_EXAMPLES=100000 LAWCOMMENT_FUZZ_SAVE=fuzz-failures \\
        python -m pytest tests/hostile/test_fuzz.py --hypothesis-show-statistics

``LAWCOMMENT_FUZZ_EXAMPLES`` sets the examples of each test (by default 60 mutated .docx,
120 mutated texts, 80 comment files, 300 byte strings and 200 round trips: well under a
minute);
``LAWCOMMENT_FUZZ_SAVE`` names a folder where each failing input file is copied. Hypothesis
keeps failures in .hypothesis/ and replays them first on the next run; under CI (``CI``
set, see tests/conftest.py) the examples are the same on every run.
"""

from __future__ import annotations

import copy
import io
import os
import random
import tempfile
import zipfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from lawcomment import LawcommentError, load_draft
from lawcomment.drafts.encoding import decode_text

from . import builders as b

DATA = Path(__file__).resolve().parents[1] / "data"
W = f"{{{b.W}}}"
EXAMPLES = int(os.environ.get("LAWCOMMENT_FUZZ_EXAMPLES", "0"))

def _examples(default: int) -> int:
    return EXAMPLES or default


COMMON = {"deadline": None, "print_blob": True, "suppress_health_check": list(HealthCheck)}


# -- seeds --------------------------------------------------------------------------------------


@cache
def docx_seeds() -> tuple[tuple[str, dict[str, bytes]], ...]:
    """(name, parts) of every seed package."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        built = [b.law_docx(Path(tmp, "law.docx")), b.numbering_bomb(Path(tmp, "nb.docx"), start=3, paragraphs=5),
                 b.deleted_last_mark(Path(tmp, "dl.docx")), b.deleted_mark_before_table(Path(tmp, "dt.docx")),
                 b.with_comments(Path(tmp, "c.docx"), b.comments_xml([("ACME", "意见")])),
                 b.footnote_grid_span(Path(tmp, "fn.docx"), span=2), b.label_budget(Path(tmp, "lb.docx"), 3)]
        for path in [*sorted(DATA.glob("*.docx")), *built]:
            with zipfile.ZipFile(path) as z:
                out.append((path.name, {i.filename: z.read(i) for i in z.infolist()}))
    return tuple(out)


@cache
def text_seeds() -> tuple[tuple[str, str], ...]:
    paths = [p for p in sorted([*DATA.glob("*.txt"), *DATA.glob("*.md")]) if p.stat().st_size < 32_000 and p.name != "SOURCES.md"]
    return tuple((p.suffix, p.read_text(encoding="utf-8")) for p in paths) + ((".txt", b.LAW_TEXT),)


# -- mutations ----------------------------------------------------------------------------------

VALUES = ["", "0", "1", "-1", "8", "9", "32767", "32768", "2000000000", "99999999999999999999", "1" * 5000, "x",
          "%1", "%1%1%1%1%1%1%1%1", "%9", "第%1条", "lowerLetter", "upperLetter", "upperRoman", "bullet", "decimal",
          "chineseCounting", "none", "del", "ins", "Title", "Heading1", "heading 1", "toc 1", "lawcomment note",
          "restart", "continue", "true", "1.5", "　", "\u200b"]  # fmt: skip
TEXTS = ["", " ", "\t", "第一条", "第一条　", "第十二条之一　甲。", "第一章　总则", "（一）", "1．", "目录", "附件一：", "&", "<",
         "\u200b", "\u3000", "前款", "本法第五条第二款", "Article 1", "CHAPTER I", "(a)", "序言", "\n", "甲" * 300]  # fmt: skip
TAGS = ["p", "r", "t", "delText", "tbl", "tr", "tc", "ins", "del", "moveTo", "moveFrom", "br", "tab", "commentRangeStart",
        "commentRangeEnd", "commentReference", "footnoteReference", "sdt", "sdtContent", "txbxContent", "pStyle",
        "numPr", "ilvl", "numId", "lvl", "start", "numFmt", "lvlText", "abstractNum", "num", "lvlOverride",
        "startOverride", "style", "basedOn", "name", "vMerge", "gridSpan", "pPr", "rPr", "customXml", "smartTag"]  # fmt: skip
WRAPPERS = ["ins", "del", "moveFrom", "moveTo", "sdt", "customXml", "smartTag", "hyperlink"]


def _mutate_tree(root: etree._Element, rng: random.Random) -> None:
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    for _ in range(rng.randint(1, 5)):
        if not elements:
            return
        el = rng.choice(elements)
        op = rng.randrange(10)
        if op == 0 and el.attrib:  # an attribute gets an interesting value
            el.set(rng.choice(list(el.attrib)), rng.choice(VALUES))
        elif op == 1:
            el.set(f"{W}{rng.choice(['val', 'ilvl', 'id', 'author', 'styleId', 'numId', 'abstractNumId'])}", rng.choice(VALUES))
        elif op == 2 and el.getparent() is not None:
            el.getparent().remove(el)
            elements = [e for e in root.iter() if isinstance(e.tag, str)]
        elif op == 3 and el.getparent() is not None:  # duplicate it, up to 40 times
            for _ in range(rng.choice([1, 2, 40])):
                el.addnext(copy.deepcopy(el))
            elements = [e for e in root.iter() if isinstance(e.tag, str)]
        elif op == 4:
            el.text = rng.choice(TEXTS)
        elif op == 5 and el.getparent() is not None:  # wrap it
            wrapper = etree.Element(f"{W}{rng.choice(WRAPPERS)}", {f"{W}author": rng.choice(["A", "B", ""]), f"{W}id": "7"})
            el.addprevious(wrapper)
            wrapper.append(el)
        elif op == 6:
            el.tag = f"{W}{rng.choice(TAGS)}"
        elif op == 7:  # a tracked paragraph mark, numbering or a style on a paragraph
            p = el if el.tag == f"{W}p" else next(el.iterancestors(f"{W}p"), None)
            if p is not None:
                ppr = p.find(f"{W}pPr")
                if ppr is None:
                    ppr = etree.SubElement(p, f"{W}pPr")
                    p.insert(0, ppr)
                extra = rng.choice(['<w:rPr><w:del w:id="1" w:author="A"/></w:rPr>', '<w:rPr><w:ins w:id="2" w:author="B"/></w:rPr>',
                                    f'<w:numPr><w:ilvl w:val="{rng.choice(VALUES)}"/><w:numId w:val="{rng.randint(0, 3)}"/></w:numPr>',
                                    f'<w:pStyle w:val="{rng.choice(VALUES)}"/>', '<w:outlineLvl w:val="0"/>'])  # fmt: skip
                ppr.append(etree.fromstring(f'<x xmlns:w="{b.W}">{extra}</x>')[0])
        elif op == 8 and el.getparent() is not None:  # move it elsewhere
            target = rng.choice(elements)
            if el not in target.iterancestors() and target is not el:
                target.append(el)
                elements = [e for e in root.iter() if isinstance(e.tag, str)]
        elif el.getparent() is not None:
            el.tail = rng.choice(TEXTS)


def _mutate_xml(data: bytes, rng: random.Random) -> bytes:
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True))
    except etree.XMLSyntaxError:
        return data
    _mutate_tree(root, rng)
    text = etree.tostring(root, encoding="unicode")
    encoding = rng.choice(["UTF-8"] * 6 + ["UTF-16", "UTF-16BE", "UTF-16LE", "ISO-8859-1", "GB18030"])
    prolog = f'<?xml version="1.0" encoding="{encoding}"?>' if rng.random() < 0.95 else ""
    if rng.random() < 0.05:  # a DOCTYPE, in whatever encoding the part has
        prolog += rng.choice(['<!DOCTYPE x [<!ENTITY e "y">]>', '<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">',
                              "<!DOCTYPE x>", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'])  # fmt: skip
        text = text.replace("</w:t>", "&e;</w:t>", 1)
    codec = {"UTF-16": "utf-16", "UTF-16BE": "utf-16-be", "UTF-16LE": "utf-16-le"}.get(encoding, encoding.lower())
    return (prolog + text).encode(codec, errors="xmlcharrefreplace")


def _mutate_bytes(data: bytes, rng: random.Random, count: int) -> bytes:
    buf = bytearray(data)
    for _ in range(count):
        if not buf:
            break
        op = rng.randrange(5)
        i = rng.randrange(len(buf))
        if op == 0:
            buf[i] = rng.randrange(256)
        elif op == 1:
            buf[i:i] = bytes([rng.choice([0, 1, 7, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0xFF, 0xFE, 0xD8, 0xDC, 0x0A, 0x0D])])
        elif op == 2:
            del buf[i: i + rng.randint(1, 16)]
        elif op == 3:
            j = rng.randrange(len(buf))
            buf[i:i] = buf[j: j + rng.randint(1, 64)]
        else:
            del buf[i:]
    return bytes(buf)


#: Central directory fields (offset, struct format) and values worth trying in them.
ZIP_FIELDS = [(6, "<H", [20, 45, 63, 69, 255, 0xFFFF]), (8, "<H", [0x1, 0x8, 0x800, 0x40, 0x20, 0xFFFF]),
              (10, "<H", [0, 8, 9, 12, 14, 93, 99, 1234]), (16, "<L", [0, 1, 0xDEADBEEF]),
              (20, "<L", [0, 1, 4096, 0xFFFFFFFF, 70_000_000]), (24, "<L", [0, 1, 4096, 0xFFFFFFFF, 70_000_000]),
              (42, "<L", [0, 1, 30, 0xFFFFFFFF])]  # fmt: skip


def _mutate_zip_headers(raw: bytes, rng: random.Random) -> bytes:
    """Set fields of the central directory (version, flags, method, CRC, sizes, offset)."""
    import struct

    buf = bytearray(raw)
    entries = []
    pos = buf.find(b"PK\x01\x02")
    while pos >= 0:
        entries.append(pos)
        pos = buf.find(b"PK\x01\x02", pos + 4)
    for _ in range(rng.randint(1, 3)):
        if not entries:
            break
        at = rng.choice(entries)
        offset, fmt, values = rng.choice(ZIP_FIELDS)
        if at + offset + struct.calcsize(fmt) <= len(buf):
            struct.pack_into(fmt, buf, at + offset, rng.choice(values))
    return bytes(buf)


def mutated_docx(rng: random.Random) -> bytes:
    _name, parts = rng.choice(docx_seeds())
    parts = dict(parts)
    xml_names = [n for n in parts if n.endswith((".xml", ".rels"))]
    for _ in range(rng.choice([1, 1, 2, 3])):
        target = rng.choice(xml_names)
        parts[target] = _mutate_xml(parts[target], rng)
    if rng.random() < 0.1:
        victim = rng.choice(list(parts))
        if rng.random() < 0.5:
            del parts[victim]
        else:
            parts[victim.replace("word/", "word/x")] = parts.pop(victim)
    if rng.random() < 0.1:  # bytes inside a part (maybe in its encoding declaration)
        target = rng.choice(xml_names)
        if target in parts:
            parts[target] = _mutate_bytes(parts[target], rng, rng.randint(1, 4))
    out = io.BytesIO()
    methods = [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED] + ([zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA] if rng.random() < 0.02 else [])
    with zipfile.ZipFile(out, "w") as z:
        for part, data in parts.items():
            z.writestr(part, data, compress_type=rng.choice(methods))
    raw = out.getvalue()
    if rng.random() < 0.1:  # the zip's own bytes: headers, sizes, names, the deflate streams
        raw = _mutate_bytes(raw, rng, rng.randint(1, 8))
    if rng.random() < 0.1:
        raw = _mutate_zip_headers(raw, rng)
    return raw


CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "gb18030", "gbk"]


def mutated_text(rng: random.Random) -> tuple[str, bytes]:
    suffix, text = rng.choice(text_seeds())
    lines = text.split("\n")
    for _ in range(rng.randint(0, 4)):
        i = rng.randrange(len(lines))
        op = rng.randrange(4)
        if op == 0:
            lines.insert(i, rng.choice(TEXTS + ["# 标题", "## 第一章　总则", "<!-- INFO END -->", "| a | b |", "|---|---|"]))
        elif op == 1:
            del lines[i]
        elif op == 2:
            lines[i] = lines[i] * rng.choice([2, 50])
        else:
            pos = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:pos] + rng.choice(["\x00", "\x1b", "\x07", "\x0b", "\x0c", "\r", "\ud800", "\ufeff", "\u2028"]) + lines[i][pos:]
    codec = rng.choice(CODECS)
    data = "\n".join(lines).encode(codec, errors=rng.choice(["replace", "ignore", "surrogatepass"]) if "utf" in codec else "replace")
    if rng.random() < 0.3:
        data = _mutate_bytes(data, rng, rng.randint(1, 6))
    return suffix, data


# -- properties ---------------------------------------------------------------------------------


def check_reads(path: Path) -> None:
    """A Draft without fidelity errors, or a LawcommentError. With LAWCOMMENT_FUZZ_SAVE set,
    a failing input is copied into that folder (named by its hash) before the test fails."""
    try:
        _check_reads(path)
    except BaseException:
        if os.environ.get("LAWCOMMENT_FUZZ_SAVE"):
            import hashlib
            import shutil

            save = Path(os.environ["LAWCOMMENT_FUZZ_SAVE"])
            save.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, save / (hashlib.sha256(path.read_bytes()).hexdigest()[:16] + path.suffix))
        raise


def _check_reads(path: Path) -> None:
    try:
        draft = load_draft(path)
    except LawcommentError:
        return
    assert [d.message for d in draft.diagnostics if d.code == "fidelity"] == []
    if path.suffix == ".docx":
        from lawcomment.comments import Member
        from lawcomment.consultation.marked_up import original_source, read_marked_up
        from lawcomment.registry import parse

        try:
            stored = parse(original_source(path))
            read_marked_up(path, stored, "x@1", [Member("acme")], member="acme")
        except LawcommentError:
            pass


@pytest.fixture(scope="module")
def folder():  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


@settings(max_examples=_examples(60), **COMMON)  # type: ignore[arg-type]
@given(st.randoms(use_true_random=False))
def test_mutated_docx_reads_or_is_refused(folder: Path, rng: random.Random) -> None:
    path = folder / "f.docx"
    path.write_bytes(mutated_docx(rng))
    check_reads(path)


@settings(max_examples=_examples(120), **COMMON)  # type: ignore[arg-type]
@given(st.randoms(use_true_random=False))
def test_mutated_text_reads_or_is_refused(folder: Path, rng: random.Random) -> None:
    suffix, data = mutated_text(rng)
    path = folder / f"f{suffix}"
    path.write_bytes(data)
    check_reads(path)


# -- comment files ------------------------------------------------------------------------------

ROWS = [
    {"member": "acme", "article": "第十三条", "proposed_text": "电子商务经营者销售的商品或者提供的服务应当符合法律规定。",
     "reason": "简化。", "stance": "amend"},
    {"member": "beta", "article": "第十条第一款", "quote": "依法办理", "reason": "标准不明", "created": "2026-11-21T09:00:00Z"},
    {"member": "acme", "article": "第十七条", "stance": "support", "committee_reason": "同意。"},
]  # fmt: skip
NASTY = [None, 0, -1, 1e308, 10**40, True, [], {}, [["x"]], {"a": 1}, "", " ", "\x00", "\x1b", "\ud800", "\ufeff",
         "第九百九十九条", "art_13", "第十三条第（五）项", "=HYPERLINK(\"x\")", "<w:t>", "a" * 5000, "😀", "2026-13-45"]


def _mutate_row(row: dict, rng: random.Random) -> dict:  # type: ignore[type-arg]
    row = dict(row)
    for _ in range(rng.randint(0, 3)):
        op = rng.randrange(4)
        key = rng.choice(sorted(row) + ["offset", "selector", "source", "schema_version", "id", "状态"])
        if op == 0:
            row[key] = rng.choice(NASTY)
        elif op == 1:
            row.pop(key, None)
        elif op == 2 and isinstance(row.get(key), str):
            text = row[key]
            pos = rng.randint(0, len(text))
            row[key] = text[:pos] + rng.choice(["\x00", "\x07", "\r", "\n", '"', ",", "\u2028", "\ud800"]) + text[pos:]
        else:
            row[key] = {"exact": rng.choice(NASTY), "offset": rng.choice(NASTY)}
    return row


def mutated_comment_file(rng: random.Random) -> tuple[str, bytes]:
    import csv
    import json

    rows = [_mutate_row(rng.choice(ROWS), rng) for _ in range(rng.randint(0, 4))]
    suffix = rng.choice([".csv", ".json", ".jsonl"])
    if suffix == ".csv":
        out = io.StringIO()
        columns = sorted({k for r in rows for k in r} | {"member", "article"})
        writer = csv.writer(out)
        writer.writerow(columns)
        for r in rows:
            writer.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
        text = out.getvalue()
    elif suffix == ".json":
        text = json.dumps(rng.choice([rows, {"comments": rows}, rows[:1] and rows[0], "x", [rows]]),
                          ensure_ascii=rng.random() < 0.5)
    else:
        text = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    codec = rng.choice(CODECS)
    data = text.encode(codec, errors="surrogatepass" if "utf" in codec else "replace")
    if rng.random() < 0.3:
        data = _mutate_bytes(data, rng, rng.randint(1, 6))
    return suffix, data


@pytest.fixture(scope="module")
def comment_store(folder: Path):  # type: ignore[no-untyped-def]
    from lawcomment import add_draft_file
    from lawcomment.comments import Member
    from lawcomment.store import create_store

    store, _ = create_store(folder / "fuzz.db", "fuzz")
    add_draft_file(store, DATA / "ecommerce-law.md", "ecommerce", "1")
    for m in ("acme", "beta"):
        store.add_member(Member(m))
    yield store
    store.close()


@settings(max_examples=_examples(80), **COMMON)  # type: ignore[arg-type]
@given(st.randoms(use_true_random=False))
def test_mutated_comment_files_import_whole_or_not_at_all(folder: Path, comment_store, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    from lawcomment import export, import_comments, load_consultation

    suffix, data = mutated_comment_file(rng)
    path = folder / f"comments{suffix}"
    path.write_bytes(data)
    before = len(comment_store.comments("ecommerce@1", include_superseded=True))
    try:
        import_comments(comment_store, path, "ecommerce@1")
    except LawcommentError:
        assert len(comment_store.comments("ecommerce@1", include_superseded=True)) == before
        return
    view = load_consultation(comment_store, "ecommerce@1", all_articles=True, include_unreviewed=True)
    for fmt in ("docx", "md", "json"):
        assert export(view, fmt)


@settings(max_examples=_examples(300), **COMMON)  # type: ignore[arg-type]
@given(st.binary(max_size=400), st.sampled_from([None, *CODECS, "ascii", "latin-1", "big5", "rot13", "idna"]))
def test_any_bytes_decode_or_are_refused(data: bytes, encoding: str | None) -> None:
    try:
        text, _ = decode_text(data, "f.txt", encoding)
    except LawcommentError:
        return
    assert "\x00" not in text and "\r" not in text


@settings(max_examples=_examples(200), **COMMON)  # type: ignore[arg-type]
@given(st.text(max_size=200), st.sampled_from(CODECS))
def test_text_in_any_encoding_reads_back(text: str, codec: str) -> None:
    """Text without NULs, CRs or lone surrogates, written in ``codec`` and read with
    ``--encoding`` ``codec``, reads back as written, or is refused: never changed silently."""
    text = text.replace("\x00", "").replace("\r", "").lstrip("\ufeff")
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        return
    try:
        got, _ = decode_text(data, "f.txt", codec)
    except LawcommentError:
        return
    assert got == text
