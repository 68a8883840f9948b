"""Where the parser's articles go wrong on folders of generated pages: title errors by kind, misplaced text by kind
of article (``banmian.evaluate.errors``).

    python bench/errors.py /tmp/x77m /tmp/x77p /tmp/x77r        # folders from `banmian generate`
    python bench/errors.py /tmp/b20r --titles 'a line of body' -n 20   # … and the first 20 such titles

Each folder's pages are parsed as ``banmian eval`` parses them (its text page first); the two tables are printed
for each folder.  ``--titles KIND`` lists the truth's headline and the holder's for titles of that kind.
"""

from __future__ import annotations

import argparse
import sys

from banmian.errors import BadInput
from banmian.evaluate.errors import TITLE_ERRORS, PageErrors, errors_table, holders, page_errors, title_error
from banmian.evaluate.metrics import norm
from banmian.evaluate.run import banmian_file_parser, find_truth_pages, read_truth

HEADLINE = ("column", "kicker", "title", "subtitle")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--titles", choices=TITLE_ERRORS, help="list the titles of this kind")
    ap.add_argument("-n", type=int, default=30, help="how many to list (default 30)")
    args = ap.parse_args()
    listed = 0
    for folder in args.folders:
        try:
            pairs = find_truth_pages(folder)
        except BadInput as e:
            sys.exit(str(e))
        if not pairs:
            sys.exit(f"{folder}: no NAME.truth.json with its page found")
        total = PageErrors()
        for truth_path, page_path in pairs:
            truth = read_truth(truth_path)
            parsed = banmian_file_parser(page_path).to_dict()
            total += page_errors(parsed, truth)
            if args.titles and listed < args.n:
                listed += _list(args.titles, parsed, truth, page_path.name, args.n - listed)
        print(f"## {folder} ({len(pairs)} pages)\n\n{errors_table(total)}\n")


def _list(kind: str, parsed: dict, truth: dict, name: str, room: int) -> int:
    """Print up to ``room`` titles of ``kind`` on this page (the truth's headline, then the holder's); how many."""
    n = 0
    for article, holder in holders(parsed, truth):
        if n < room and norm(article.get("title")) and title_error(article, holder, truth) == kind:
            want = " / ".join(norm(article.get(k)) or "–" for k in HEADLINE)
            got = " / ".join(norm(holder.get(k)) or "–" for k in HEADLINE) if holder else "(none)"
            print(f"{name}: {want}  →  {got}")
            n += 1
    return n


if __name__ == "__main__":
    main()
