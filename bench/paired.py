"""Tell a gain from noise: paired bootstrap intervals for what a change does to the evaluation's means.

    banmian eval pages/pdfminer --per-page before/pdfminer.jsonl     # (and the other page sets), before
    banmian eval pages/pdfminer --per-page after/pdfminer.jsonl      # … and after the change
    python bench/paired.py before after                              # folders of NAME.jsonl, paired by name
    python bench/paired.py before/pdfminer.jsonl after/pdfminer.jsonl

Prints, for every metric and for the mean of the six of issue 2 (block F1, B-cubed, title, kicker, subtitle,
authors) and of all nine (with the three strict accuracies), the difference after - before over all the page
sets, with its 95 % interval (``banmian.evaluate.paired``: pages resampled within each set, both versions on
the same draw).  An interval that holds 0 says these pages cannot tell the versions apart.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from banmian.errors import BadInput
from banmian.evaluate.paired import paired_difference, read_per_page

SIX = ("block_f1", "article_bcubed_f1", "title_acc", "kicker_acc", "subtitle_acc", "authors_acc")
NINE = SIX + ("kicker_strict_acc", "subtitle_strict_acc", "authors_strict_acc")


def page_sets(before: Path, after: Path) -> list[tuple[str, Path, Path]]:
    """(name, before file, after file) of every set: the two files, or the ``*.jsonl`` both folders hold."""
    if before.is_file() and after.is_file():
        return [(before.stem, before, after)]
    if not (before.is_dir() and after.is_dir()):
        raise SystemExit("paired.py: give two --per-page files or two folders of them")
    names = sorted({p.name for p in before.glob("*.jsonl")} & {p.name for p in after.glob("*.jsonl")})
    if not names:
        raise SystemExit(f"paired.py: no NAME.jsonl in both {before} and {after}")
    return [(Path(n).stem, before / n, after / n) for n in names]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path, help="a --per-page file, or a folder of them (NAME.jsonl)")
    ap.add_argument("after", type=Path, help="the same, after the change")
    ap.add_argument("--rounds", type=int, default=1000, help="bootstrap draws (default 1000)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    try:
        found = page_sets(args.before, args.after)
        sets = [(read_per_page(b), read_per_page(a)) for _, b, a in found]
    except BadInput as e:
        print(f"paired.py: {e}", file=sys.stderr)
        return 1
    pages = sum(len(b) for b, _ in sets)
    print(f"{len(sets)} page sets ({', '.join(n for n, _, _ in found)}), {pages} pages; after - before, in points\n")
    print("| metric | difference | 95 % interval | |")
    print("|---|---:|---|---|")
    rows = [(k, (k,)) for k in NINE] + [("mean of six", SIX), ("mean of nine", NINE)]
    for label, keys in rows:
        d = paired_difference(sets, keys, rounds=args.rounds, seed=args.seed)
        mark = "gain" if d.low > 0 else "loss" if d.high < 0 else ""
        print(f"| {label} | {100 * d.mean:+.2f} | {100 * d.low:+.2f} … {100 * d.high:+.2f} | {mark} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
