"""Peers side by side: banmian, the naive splitter and ppt-common's line joiner on the same pages.

    python bench/compare.py --corpus ../shared/corpus/rmrb-2019-2020.jsonl.gz -n 200
    python bench/compare.py --corpus ../shared/corpus/rmrb-2019-2020.jsonl.gz -n 200 --styles pdfminer,pdftotext,raw
    python bench/compare.py --dir examples            # any folder of NAME.txt + NAME.truth.json (the seed page)
    python bench/compare.py --corpus … --year 2020 --unseen -n 1000 --styles pdfminer,pdftotext,raw

Pages from the corpus are generated in memory (``banmian.evaluate.generate``, seeded), so the run
needs no files; every parser sees the same texts; pages/second times parsing alone (after one warm-up
call), over ``--repeat`` passes.  Prints one Markdown table per page set.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from banmian.evaluate.generate import STYLES, generate_page, group_pages, read_corpus, sample_pages
from banmian.evaluate.run import compare_peers, compare_texts, results_table

# the twelve check folders the rules and scoring constants were chosen on (docs/evaluation.md), all drawn from the
# 2020 records: (pages, seed).  Other seeds draw the same pages again in new layouts; --unseen leaves them out.
CHECK_SETS = (
    (500, 7), (300, 8), (300, 9), (300, 101), (200, 102), (200, 103),
    (300, 201), (200, 202), (200, 203), (300, 301), (200, 302), (200, 303),
)  # fmt: skip


def unseen_pages(records: list[dict]) -> dict[tuple[str, int], list[dict]]:
    """The pages of ``records`` that no check folder drew: their articles were never looked at while building."""
    checked = group_pages(r for r in records if str(r["date"]).startswith("2020"))
    seen = {
        (recs[0]["date"], int(recs[0]["page"])) for n, seed in CHECK_SETS for recs in sample_pages(checked, n, seed)
    }
    return {k: recs for k, recs in group_pages(records).items() if k not in seen}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, help="corpus of article records (.jsonl[.gz]) to generate pages from")
    ap.add_argument("-n", type=int, default=200, help="pages to generate (default 200)")
    ap.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    ap.add_argument("--styles", default="pdfminer", help=f"comma-separated extractor styles: {', '.join(STYLES)}")
    ap.add_argument("--dir", type=Path, action="append", default=[], help="a truth folder (NAME.txt + NAME.truth.json)")
    ap.add_argument("--repeat", type=int, default=1, help="parse every page this many times for the timing")
    ap.add_argument("--year", help="only the records of this year (2020: none of them fitted the text path's models)")
    ap.add_argument("--unseen", action="store_true", help="only pages no check folder drew (with --year 2020)")
    args = ap.parse_args(argv)
    if not args.corpus and not args.dir:
        ap.error("give --corpus, --dir or both")
    if args.corpus:
        t0 = time.perf_counter()
        records = read_corpus(args.corpus)
        if args.year:
            records = (r for r in records if str(r["date"]).startswith(args.year))
        records = list(records)
        pages = sample_pages(unseen_pages(records) if args.unseen else group_pages(records), args.n, args.seed)
        for style in args.styles.split(","):
            gen = [generate_page(recs, seed=args.seed, style=style.strip()) for recs in pages]
            items = [(g.name, g.text, g.truth) for g in gen]
            print(
                f"\n{len(items)} generated pages, style {style.strip()}, seed {args.seed} "
                f"(generated in {time.perf_counter() - t0:.1f} s)\n"
            )
            print(results_table(compare_texts(items, repeat=args.repeat)))
            t0 = time.perf_counter()
    for d in args.dir:
        print(f"\n{d}\n")
        print(results_table(compare_peers(d, repeat=max(args.repeat, 20))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
