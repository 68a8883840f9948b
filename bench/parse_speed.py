"""Parse speed on one core: banmian against ppt-common's line joiner, on the same pages, in one run.

    python bench/parse_speed.py                       # the bundled seed page, repeated
    python bench/parse_speed.py --pages 5000          # streaming: memory must stay flat in the number of pages

Every page is the seed page (a real page of ~22 KB, 584 lines) with its characters rotated, so no
cache between pages can help.  Reports pages per second for each parser, the ratio, and peak
resident memory after N pages and after 5×N pages (flat means streaming).

It times whichever build of banmian is installed, and says which: the pure-Python package (``pip install .``)
or the text parser compiled by mypyc (``BANMIAN_MYPYC=1 pip install .``, setup.py), about twice as fast
(245–271 pages/s against 127–132, interleaved runs pinned to one core; 30.5 M instructions a page against 59.9 M).
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import sys
import time
from pathlib import Path

import banmian
from banmian.pipeline import cycles_every
from banmian.reconstruct import reflow

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "chongqing-daily-page.txt"


def pages(n: int):
    """N seed-sized pages, each a different variant (one character of every line changed)."""
    base = EXAMPLE.read_text(encoding="utf-8").split("\n")
    for i in range(n):
        mark = chr(0x4E00 + i % 20000)
        yield "\n".join(line[:-1] + mark if len(line) > 8 and line[-1] not in "。，”" else line for line in base)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_parser(fn, n: int, many: bool = False) -> float:
    # CPU time of this process: on a shared machine, other processes' load does not count against the parser
    # (``many``: the pages read as ``banmian batch`` and ``banmian parse DIR`` read them, the cycle collector run
    # every 500 pages: ``pipeline.cycles_every``)
    t0 = time.process_time()
    with cycles_every() if many else contextlib.nullcontext(lambda: None) as done:
        for text in pages(n):
            fn(text)
            done()
    return n / (time.process_time() - t0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    args = ap.parse_args(argv)
    banmian.parse_text(EXAMPLE.read_text(encoding="utf-8"))  # warm-up: imports, segmenter dictionary
    build = "mypyc build" if reflow.COMPILED else "pure Python"
    rows = [(f"banmian parse_text ({build})", time_parser(banmian.parse_text, args.pages))]
    many = time_parser(banmian.parse_text, args.pages, many=True)
    try:
        from ppt_common.text import merge_pdf_lines

        rows.append(("ppt-common merge_pdf_lines", time_parser(lambda t: merge_pdf_lines(t.split("\n")), args.pages)))
    except ImportError:
        print("ppt-common not installed (pip install 'banmian[eval]'): peer row skipped", file=sys.stderr)
    rss1 = rss_mb()
    time_parser(banmian.parse_text, args.pages * 4)
    rss5 = rss_mb()
    print(f"{args.pages} seed-sized pages (22 KB, 584 lines each), one core, CPU time\n")
    print("| parser | pages/s | ms/page |")
    print("|---|---:|---:|")
    for name, pps in rows:
        print(f"| {name} | {pps:,.0f} | {1000 / pps:.1f} |")
    print(
        f"| … the same pages in one run, as `banmian batch` and `banmian parse DIR` read them | {many:,.0f} | {1000 / many:.1f} |"
    )
    if len(rows) == 2:
        print(
            f"\nbanmian / ppt-common speed ratio: {rows[0][1] / rows[1][1]:.2f} (in one run: {many / rows[1][1]:.2f})"
        )
    print(f"peak RSS after {args.pages} pages: {rss1:.0f} MB; after {args.pages * 5} pages: {rss5:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
