"""Split benchmarks (issue 2): prints medians and the ratio to each target.

    python benchmarks/bench_split.py [--runs 7]

Needs ../shared/corpus. Timings are in-process, wall clock, medians of --runs runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from lawcomment import load_draft
from lawcomment.drafts.numerals import int_to_cn
from lawcomment.testing import draft_to_docx

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CIVIL_CODE = ["总则", "物权编", "合同编", "人格权编", "婚姻家庭编", "继承编", "侵权责任编", "附则"]


def median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def civil_code_md(folder: Path) -> Path:
    """The 8 民法典 files as one markdown draft: one front matter, each file a 编."""
    out = ["# 中华人民共和国民法典", "", "<!-- INFO END -->", ""]
    for n, name in enumerate(CIVIL_CODE, 1):
        text = (CORPUS / "zh" / "民法典" / f"{name}.md").read_text(encoding="utf-8")
        body = text.split("<!-- INFO END -->", 1)[1]
        heading = f"## 第{int_to_cn(n)}编 {name}" if name != "附则" else "## 附则"
        out += [heading, body]
    path = folder / "民法典.md"
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def report(name: str, seconds: float, target: float, extra: str = "") -> None:
    status = "ok" if seconds <= target else "OVER TARGET"
    print(f"{name:<46} {seconds * 1000:9.1f} ms   target {target * 1000:7.0f} ms   {seconds / target:5.2f}x of target  {status}{extra}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not CORPUS.exists():
        print("../shared/corpus is not present; nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        md = civil_code_md(folder)
        code = load_draft(md)
        print(f"民法典: {len(code.articles())} articles, {md.stat().st_size} bytes of markdown")
        report("民法典 (.md, 8 files concatenated)", median(lambda: load_draft(md), args.runs), 0.3)

        laws = sorted((CORPUS / "zh").rglob("*.md"))
        total = median(lambda: [load_draft(p) for p in laws], args.runs)
        report(f"all {len(laws)} laws in corpus/zh (.md)", total, 1.5)

        docx_path = draft_to_docx(code, folder / "民法典.docx", numbering="auto")
        with zipfile.ZipFile(docx_path) as z:
            xml = z.read("word/document.xml")

        def bare_lxml() -> None:
            root = etree.fromstring(xml)
            for _ in root.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"):
                pass

        bare = median(bare_lxml, args.runs)
        full = median(lambda: load_draft(docx_path), args.runs)
        got = load_draft(docx_path)
        assert len(got.articles()) == len(code.articles()), "docx import lost articles"
        report("民法典 (.docx, auto-numbered, 1 paragraph/款)", full, 1.5,
               f"   bare lxml pass {bare * 1000:.1f} ms, ratio {full / bare:.1f}x")  # fmt: skip

        cmd = [sys.executable, "-m", "lawcomment", "--help"]
        help_time = median(lambda: subprocess.run(cmd, check=True, capture_output=True), args.runs)
        report("lawcomment --help (new process)", help_time, 0.3)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
