"""Accuracy and speed of the OCR path on generated pages rendered to PNG (issue 4, scans).

    python bench/ocr_eval.py render PDF_DIR OUT_DIR [--n 20] [--every 1] [--dpi 150]
    python bench/ocr_eval.py eval OUT_DIR [--json scores.json]

``render`` draws the first page of each ``NAME.pdf`` (that has a ``NAME.truth.json`` beside it) with
PDFium at ``--dpi`` into ``OUT_DIR/NAME.png`` (the resolution written into the PNG) and copies the
truth file; ``eval`` parses every PNG with ``banmian.parse_file`` (OCR), scores it against its truth
and reports the means and, per page, CPU and wall seconds.  Run one at a time on a shared machine:
OCR keeps a core busy (``BANMIAN_OCR_THREADS`` sets ONNX Runtime's threads).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import time
from pathlib import Path


def render(src: Path, out: Path, n: int, every: int, dpi: float) -> None:
    import pypdfium2 as pdfium

    out.mkdir(parents=True, exist_ok=True)
    pdfs = [p for p in sorted(src.glob("*.pdf")) if (src / (p.stem + ".truth.json")).exists()]
    for pdf in pdfs[::every][:n]:
        doc = pdfium.PdfDocument(str(pdf))
        img = doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
        img.save(out / (pdf.stem + ".png"), dpi=(dpi, dpi))
        doc.close()
        shutil.copy(src / (pdf.stem + ".truth.json"), out / (pdf.stem + ".truth.json"))
        print(pdf.stem, img.size)


def evaluate(folder: Path, out_json: Path | None) -> None:
    from banmian.evaluate.metrics import METRIC_KEYS, score_page, summarize
    from banmian.evaluate.run import find_truth_pages, read_truth
    from banmian.pipeline import parse_file

    scores, rows = [], []
    for truth_path, page_path in find_truth_pages(folder, prefer="png"):
        truth = read_truth(truth_path)
        c0, w0 = time.process_time(), time.perf_counter()
        page = parse_file(page_path)[0]
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        s = score_page(page, truth)
        scores.append(s)
        rows.append({"page": page_path.name, "cpu": round(cpu, 1), "wall": round(wall, 1), **s.to_dict()})
        print(
            f"{page_path.name}: block F1 {s.block_f1:.3f} B-cubed {s.article_bcubed_f1:.3f} "
            f"title {s.title_acc} cpu {cpu:.1f}s wall {wall:.1f}s",
            flush=True,
        )
    summary = summarize(scores)
    print(f"{len(scores)} pages")
    for k in METRIC_KEYS:
        print(f"  {k}: {summary.get(k)}")
    print(
        f"  seconds/page: cpu {statistics.mean(r['cpu'] for r in rows):.1f}, "
        f"wall {statistics.mean(r['wall'] for r in rows):.1f}"
    )
    if out_json:
        out_json.write_text(json.dumps({"summary": summary, "pages": rows}, ensure_ascii=False, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("render")
    r.add_argument("src", type=Path)
    r.add_argument("out", type=Path)
    r.add_argument("--n", type=int, default=20)
    r.add_argument("--every", type=int, default=1)
    r.add_argument("--dpi", type=float, default=150)
    e = sub.add_parser("eval")
    e.add_argument("folder", type=Path)
    e.add_argument("--json", type=Path)
    a = ap.parse_args()
    if a.cmd == "render":
        render(a.src, a.out, a.n, a.every, a.dpi)
    else:
        evaluate(a.folder, a.json)


if __name__ == "__main__":
    main()
