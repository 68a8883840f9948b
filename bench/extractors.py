"""banmian on the text real PDF extractors give, side by side with the generator's imitation of them and with
banmian's own PDF reader, on the same generated PDFs (docs/evaluation.md: what real extractors give).

    banmian generate --corpus ../shared/corpus/rmrb-2019-2020.jsonl.gz --year 2020 -n 60 --seed 601 --pdf -o /tmp/x601
    pip install pdfminer.six pypdf        # optional: each extractor that is not installed is left out
    python bench/extractors.py /tmp/x601
    # the same pages as the generator imitates the other extractors (same seed and -n, text only)
    banmian generate --corpus … --year 2020 -n 60 --seed 601 --style pdftotext -o /tmp/x601p   # and --style raw
    python bench/extractors.py /tmp/x601 --also /tmp/x601p --also /tmp/x601r

The generator writes each page's text as an extractor would (``--style``: pdfminer, pdftotext or raw) from the
page's layout; this runs the extractors themselves on the PDF of the same page — poppler's ``pdftotext`` (as it
comes, ``-raw`` and ``-layout``), pdfminer.six, pypdf and, when present, PyMuPDF (AGPL: never a dependency of
banmian, measured only because users have its text) — and scores banmian's text parser on each.  The PDFs are
reportlab's (``banmian.evaluate.pdf_render``), not a newspaper's: how an extractor groups and orders their lines
tells how it may on real pages, not how it does.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import banmian
from banmian.evaluate.metrics import score_page, summarize
from banmian.evaluate.run import find_truth_pages, read_truth

KEYS = ("block_f1", "article_bcubed_f1", "title_acc", "kicker_acc", "subtitle_acc", "authors_acc")


def _pdftotext(*flags: str) -> Callable[[Path], str]:
    def extract(pdf: Path) -> str:
        return subprocess.run(["pdftotext", *flags, str(pdf), "-"], capture_output=True, check=True).stdout.decode()

    return extract


def _pdfminer(pdf: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(pdf))


def _pypdf(pdf: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


def _pymupdf(pdf: Path) -> str:
    import pymupdf

    with pymupdf.open(str(pdf)) as doc:
        return "".join(page.get_text() for page in doc)


def extractors() -> dict[str, Callable[[Path], str]]:
    """The extractors installed here, by the name users know them by."""
    out: dict[str, Callable[[Path], str]] = {}
    if shutil.which("pdftotext"):
        out |= {
            "pdftotext": _pdftotext(),
            "pdftotext -raw": _pdftotext("-raw"),
            "pdftotext -layout": _pdftotext("-layout"),
        }
    for name, module, fn in (
        ("pdfminer.six", "pdfminer", _pdfminer),
        ("pypdf", "pypdf", _pypdf),
        ("PyMuPDF", "pymupdf", _pymupdf),
    ):
        if importlib.util.find_spec(module) is not None:
            out[name] = fn
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="generated pages with NAME.pdf, NAME.txt and NAME.truth.json")
    ap.add_argument("-n", type=int, default=0, help="only the first N pages (default: all)")
    ap.add_argument(
        "--also",
        type=Path,
        action="append",
        default=[],
        help="a folder of the same pages in another --style (banmian generate with the same seed and -n): its "
        "imitation is scored too",
    )
    args = ap.parse_args()
    pairs = [(t, t.with_name(t.name.replace(".truth.json", ".pdf"))) for t, _ in find_truth_pages(args.folder)]
    pairs = [(t, pdf) for t, pdf in pairs if pdf.is_file()][: args.n or None]
    if not pairs:
        raise SystemExit(f"{args.folder}: no NAME.pdf with its NAME.truth.json (banmian generate --pdf)")
    truths = [read_truth(t) for t, _ in pairs]
    rows: list[tuple[str, str, list, float]] = []

    for folder in [args.folder, *args.also]:
        imitation = [banmian.parse_text((folder / f"{pdf.stem}.txt").read_text(encoding="utf-8")) for _, pdf in pairs]
        rows.append((f"the generator's imitation ({folder.name}/NAME.txt)", "banmian text parser", imitation, 0.0))
    own = [banmian.parse_file(pdf)[0] for _, pdf in pairs]
    rows.append(("banmian's PDF reader (pypdfium2)", "banmian PDF path", own, 0.0))
    for name, extract in extractors().items():
        t0 = time.perf_counter()
        texts = [extract(pdf) for _, pdf in pairs]
        seconds = time.perf_counter() - t0
        rows.append((name, "banmian text parser", [banmian.parse_text(t) for t in texts], seconds))

    print(f"{len(pairs)} pages of {args.folder}\n")
    print("| text from | parsed by | " + " | ".join(KEYS) + " | extraction s/page |")
    print("|---|---|" + "---:|" * (len(KEYS) + 1))
    for name, parser, pages, seconds in rows:
        means = summarize([score_page(p, t) for p, t in zip(pages, truths, strict=True)])
        cells = " | ".join(f"{means[k]:.3f}" if means.get(k) is not None else "–" for k in KEYS)
        per_page = f"{seconds / len(pairs):.3f}" if seconds else "–"
        print(f"| {name} | {parser} | {cells} | {per_page} |", flush=True)


if __name__ == "__main__":
    main()
