"""Speed of the PDF path on one core, next to pdftotext (poppler) and pdfplumber on the same files.

    python bench/pdf_speed.py DIR             # every *.pdf in DIR (e.g. from `banmian generate --pdf`)
    python bench/pdf_speed.py --generate 50   # render 50 corpus pages first (needs ../shared/corpus)

Prints pages per second for: the banmian PDF reader alone (characters → ordered lines), the whole
banmian parse (reader + reconstruction), ``pdftotext`` (one process per file, as a user runs it) and,
on a few pages, pdfplumber's ``extract_text``.  The process (and its children) is pinned to one CPU.

With truth files beside the PDFs (``NAME.truth.json``) it also reports *reading-order coverage*: the
share of truth body blocks and titles whose text appears contiguously in the reader's line order
(whitespace removed).  That measures the reader alone, whatever the reconstruction stage does.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"cpu {cpu}"
    except (AttributeError, OSError):
        return "not pinned"


def generate(n: int, out: Path, seed: int) -> None:
    from banmian.evaluate.generate import generate_corpus_pages, truth_json
    from banmian.evaluate.pdf_render import render_pdf

    corpus = Path(os.environ.get("BANMIAN_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    corpus = corpus / "corpus" / "rmrb-2019-2020.jsonl.gz"
    if not corpus.exists():
        sys.exit(f"no corpus at {corpus}; pass a folder of PDFs instead")
    for page in generate_corpus_pages(corpus, n, seed=seed):
        render_pdf(page, out / f"{page.name}.pdf")
        (out / f"{page.name}.truth.json").write_text(json.dumps(truth_json(page), ensure_ascii=False))


def timed(fn, files: list[Path]) -> tuple[float, int]:
    pages = 0
    t = time.perf_counter()
    for f in files:
        pages += fn(f)
    return time.perf_counter() - t, pages


def coverage(files: list[Path]) -> tuple[int, int] | None:
    from banmian.sources.pdf import read_pdf_bytes

    hit = total = 0
    for f in files:
        truth = f.with_name(f.name[: -len(".pdf")] + ".truth.json")
        if not truth.exists():
            continue
        t = json.loads(truth.read_text())
        lines = [ln for _, ls in read_pdf_bytes(f.read_bytes(), str(f)) for ln in ls]
        flat = re.sub(r"\s", "", "".join(ln.text for ln in lines))
        for a in t["articles"]:
            for s in [b["text"] for b in a["body"]] + ([a["title"]] if a.get("title") else []):
                total += 1
                hit += re.sub(r"\s", "", s) in flat
    return (hit, total) if total else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", type=Path, help="folder of PDFs")
    ap.add_argument("--generate", type=int, metavar="N", help="render N generated corpus pages first")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--plumber", type=int, default=5, metavar="N", help="pages for pdfplumber (0: skip)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args()
    tmp = None
    if args.generate:
        tmp = Path(tempfile.mkdtemp(prefix="banmian-pdfbench-"))
        generate(args.generate, tmp, args.seed)
        folder = tmp
    elif args.dir:
        folder = args.dir
    else:
        ap.error("give a folder of PDFs or --generate N")
    files = sorted(folder.glob("*.pdf"))
    if not files:
        sys.exit(f"no PDFs in {folder}")
    pinned = pin_one_core()

    from banmian.pipeline import parse_bytes
    from banmian.sources.pdf import read_pdf_bytes

    rows: dict[str, tuple[float, int]] = {}
    rows["banmian reader (pypdfium2)"] = timed(lambda f: len(read_pdf_bytes(f.read_bytes(), str(f))), files)
    rows["banmian parse (reader + reconstruct)"] = timed(lambda f: len(parse_bytes(f.read_bytes(), str(f))), files)
    if shutil.which("pdftotext"):

        def pdftotext(f: Path) -> int:
            out = subprocess.run(["pdftotext", str(f), "-"], capture_output=True, check=True).stdout
            return out.count(b"\f") or 1

        rows["pdftotext (poppler, text only)"] = timed(pdftotext, files)
    if args.plumber:
        try:
            import pdfplumber

            def plumber(f: Path) -> int:
                with pdfplumber.open(f) as pdf:
                    for p in pdf.pages:
                        p.extract_text()
                    return len(pdf.pages)

            rows["pdfplumber extract_text"] = timed(plumber, files[: args.plumber])
        except ImportError:
            pass
    cov = coverage(files)
    result = {name: round(pages / secs, 2) for name, (secs, pages) in rows.items()}
    if args.json:
        print(
            json.dumps(
                {
                    "files": len(files),
                    "pinned": pinned,
                    "pages_per_second": result,
                    "reading_order_coverage": round(cov[0] / cov[1], 4) if cov else None,
                }
            )
        )
    else:
        print(f"{len(files)} PDFs from {folder} ({pinned})\n")
        print("| reader | pages | seconds | pages/s |\n|---|---:|---:|---:|")
        for name, (secs, pages) in rows.items():
            print(f"| {name} | {pages} | {secs:.2f} | {pages / secs:.1f} |")
        if cov:
            print(
                f"\nreading-order coverage: {cov[0]}/{cov[1]} truth blocks and titles contiguous "
                f"({cov[0] / cov[1]:.4f})"
            )
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
