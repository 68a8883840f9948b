"""What each kind of decision of the text path still costs, on folders of generated pages with known truth.

    python bench/decisions.py /tmp/t20m /tmp/t20p /tmp/t20r      # folders from `banmian generate`
    python bench/decisions.py /tmp/t20r --rows none,breaks,boxes+roles,all   # a + joins kinds in one row

For each folder, the six figures of issue 2 as the parser gives them, then with each kind of decision taken
from the truth (``banmian.evaluate.oracle``: the reflow's line breaks and paragraph starts, subhead or boundary,
where a boundary cuts its group, which box is the title, where a box starts without blank lines), then with all.
The gap between a row and the first is what perfect decisions of that kind would gain on these pages.  Needs the
pure-Python build.
"""

from __future__ import annotations

import argparse
import sys

from banmian.evaluate.oracle import DECISIONS, compiled, evaluate_with_truth

FIGURES = ("block_f1", "article_bcubed_f1", "title_acc", "kicker_acc", "subtitle_acc", "authors_acc")
HEADER = ("block F1", "B-cubed", "titles", "kickers", "subtitles", "authors")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument(
        "--rows",
        default=",".join(("none", *DECISIONS, "all")),
        help="comma-separated: none (as parsed), any of " + ", ".join(DECISIONS) + ", all (default: every one)",
    )
    args = ap.parse_args()
    if compiled():
        sys.exit("bench/decisions.py: needs the pure-Python build (pip install -e . without BANMIAN_MYPYC)")
    rows = args.rows.split(",")
    for folder in args.folders:
        print(f"\n{folder}\n")
        print("| decisions from the truth | " + " | ".join(HEADER) + " |")
        print("|---|" + "---:|" * len(HEADER))
        for row in rows:
            chosen = () if row == "none" else DECISIONS if row == "all" else tuple(row.split("+"))
            summary = evaluate_with_truth(folder, chosen).summary
            label = {"none": "none (as parsed)", "all": f"all {len(DECISIONS)}"}.get(row, row)
            cells = [f"{summary[k]:.4f}" if summary.get(k) is not None else "–" for k in FIGURES]
            print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
