"""Time and memory on pages of odd shapes, each in a fresh process: parse, and parse + enrich (banmian[nlp]).

    python bench/odd_pages.py                # the shapes below, built from the bundled seed page
    python bench/odd_pages.py --scale 0.2    # smaller pages (a quick look)

A data engineer's files are not all pages: a page of one giant line (text extracted with no line breaks),
thousands of one-character lines (vertical text, as extractors give it), the seed page many times over.  Time
should grow in step with the text (the seed page: ~4 ms compiled, ~8 ms pure) and memory stay bounded; the
docs/text-forms.md (files that are not page-shaped) reports the figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "chongqing-daily-page.txt"

# each shape: how to make its text from the seed page's (n: the scale's unit count)
SHAPES = {
    "the seed page repeated, one file": lambda seed, n: seed * n,
    "one giant line": lambda seed, n: seed.replace("\n", "") * n,
    "one character a line (vertical text)": lambda seed, n: "\n".join((seed.replace("\n", "") * n)[: 400 * n]),
    "one character a line, the same one": lambda seed, n: "\n".join("字" * (400 * n)),
    "one giant line of one character": lambda seed, n: "字" * (800 * n),
    "three characters and a blank line, repeated": lambda seed, n: "甲乙丙\n\n" * (400 * n),
}

_CHILD = """
import json, resource, sys, time
import banmian
text = sys.stdin.read()
enrich = sys.argv[1] == "1"
t0 = time.process_time()
page = banmian.parse_text(text)
if enrich:
    from banmian.enrich import enrich_page
    enrich_page(page)
print(json.dumps({"s": time.process_time() - t0, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "articles": len(page.articles)}))
"""


def run(text: str, enrich: bool) -> dict:
    r = subprocess.run(
        [sys.executable, "-c", _CHILD, "1" if enrich else "0"], input=text, capture_output=True, text=True, check=True
    )
    return json.loads(r.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="page size: 1 = sixty seed pages' text")
    args = ap.parse_args(argv)
    seed = EXAMPLE.read_text(encoding="utf-8")
    n = max(1, round(60 * args.scale))
    from banmian.enrich import nlp_available

    enrich = nlp_available()
    print("| page shape | characters | lines | parse s | parse MB | + enrich s | + enrich MB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, make in SHAPES.items():
        text = make(seed, n)
        p = run(text, False)
        e = run(text, True) if enrich else None
        cells = [f"{p['s']:.2f}", f"{p['mb']:.0f}"] + ([f"{e['s']:.2f}", f"{e['mb']:.0f}"] if e else ["–", "–"])
        print(f"| {name} | {len(text):,} | {text.count(chr(10)) + 1:,} | " + " | ".join(cells) + " |")
    if not enrich:
        print("(enrich columns need banmian[nlp])")
    return 0


if __name__ == "__main__":
    sys.exit(main())
