"""One SHA-256 over the parser's output on many pages: tell two builds (pure Python and mypyc) or two versions
apart, or show they give the same output.

    python bench/output_digest.py                                  # the bundled example page alone
    python bench/output_digest.py pages/pdfminer pages/raw --limit 200
    PYTHONPATH=other/src python bench/output_digest.py pages/pdfminer pages/raw --limit 200   # another build

Reads the bundled example and then, in each folder, the first ``--limit`` ``*.txt`` pages by name (for instance
pages made by ``banmian generate``), parses each with ``banmian.parse_text`` and hashes its JSON (keys sorted).
Prints the number of pages, the digest and which build ran.  Equal digests: the same output on every page.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import banmian
from banmian.reconstruct import reflow

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "chongqing-daily-page.txt"


def digest(files: list[Path]) -> str:
    h = hashlib.sha256()
    for f in files:
        page = banmian.parse_text(f.read_text(encoding="utf-8"))
        h.update(json.dumps(page.to_dict(), ensure_ascii=False, sort_keys=True).encode())
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--limit", type=int, default=200, help="pages read from each folder (default 200)")
    args = ap.parse_args(argv)
    files = [EXAMPLE]
    for d in args.folders:
        if not d.is_dir():
            print(f"{d}: not a folder", file=sys.stderr)
            return 2
        files += sorted(d.glob("*.txt"))[: args.limit]
    build = "mypyc build" if reflow.COMPILED else "pure Python"
    print(f"{len(files)} pages, {build}: {digest(files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
