"""Entities over an archive: build an archive of corpus pages, enrich it, and time entity-filter queries.

    python bench/enrich_archive.py build --db /tmp/ent.db --pages 200     # the first 200 pages of the corpus
    time banmian enrich --db /tmp/ent.db                                   # what is measured: the command itself
    python bench/enrich_archive.py query --db /tmp/ent.db                  # entity-filter latency p50/p95

``query`` picks entities of each type from the archive (the most mentioned and a random sample from the rest,
seed 0) and times ``Archive.search`` four ways per entity: the filter alone (newest first), the filter with the
entity facets, a word query plus the filter, and the entity page (``Archive.entity``).  One process, wall and
CPU time.  The corpus is read from ../shared/corpus (or $BANMIAN_SHARED/corpus) and never copied.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BANMIAN_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpus" / "rmrb-2019-2020.jsonl.gz"


def first_pages(n: int):
    """Corpus article records of the first ``n`` pages (consecutive records of one date and page)."""
    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS}")
    seen: list[tuple] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            key = (r.get("newspaper"), r.get("date"), r.get("edition"), r.get("page"))
            if not seen or seen[-1] != key:
                if len(seen) == n:
                    return
                seen.append(key)
            yield r


def build(args) -> None:
    from banmian.archive import Archive

    t = time.perf_counter()
    with Archive.open(args.db) as ar:
        s = ar.ingest_records(first_pages(args.pages), source=str(CORPUS))
        st = ar.stats()
        chars = ar._db.scalar("SELECT sum(length(text)) FROM articles")
    print(
        f"ingested {s.ingested} pages ({st['articles']} articles, {chars:,} characters) in {time.perf_counter() - t:.1f} s"
    )


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def query(args) -> None:
    from banmian.archive import Archive

    rng = random.Random(0)
    with Archive.open(args.db, create=False) as ar:
        db = ar._db
        picks = []
        for kind in ("person", "place", "organization"):
            rows = db.all(
                "SELECT name, count(*) AS n FROM article_entities WHERE type = ? GROUP BY name ORDER BY count(*) DESC, name",
                (kind,),
            )
            top, rest = rows[:10], rows[10:]
            picks += [(kind, r["name"]) for r in top + rng.sample(rest, min(len(rest), args.per_type - len(top)))]
        paper = ar.newspapers()[0]["name"]
        words = ["发展", "人民", "建设", "经济", "合作"]
        ways = {
            "filter": lambda k, n: ar.search("", **{k: n}, limit=10, facets=False),
            "filter+facets": lambda k, n: ar.search("", **{k: n}, limit=10, facets=True),
            "word+filter": lambda k, n: ar.search(rng.choice(words), **{k: n}, limit=10, facets=False),
            "entity page": lambda k, n: ar.entity(paper, k, n),
        }
        for _ in range(2):  # warm the caches
            for k, n in picks[:10]:
                for f in ways.values():
                    f(k, n)
        print(f"{ar.backend}: {ar.stats()['articles']} articles, {len(picks)} entities ({args.per_type} per type)")
        print(f"{'':16} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'CPU p50':>8} {'CPU p95':>8} {'hits p50':>8}")
        for name, f in ways.items():
            wall, cpu, hits = [], [], []
            for k, n in picks:
                c0, t0 = time.process_time(), time.perf_counter()
                res = f(k, n)
                wall.append(1000 * (time.perf_counter() - t0))
                cpu.append(1000 * (time.process_time() - c0))
                hits.append(res.total if hasattr(res, "total") else res["articles"])
            print(
                f"{name:16} {pct(wall, 50):8.2f} {pct(wall, 95):8.2f} {max(wall):8.2f} "
                f"{pct(cpu, 50):8.2f} {pct(cpu, 95):8.2f} {statistics.median(hits):8.0f}"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--db", required=True)
    b.add_argument("--pages", type=int, default=200)
    q = sub.add_parser("query")
    q.add_argument("--db", required=True)
    q.add_argument("--per-type", type=int, default=100)
    args = ap.parse_args()
    {"build": build, "query": query}[args.cmd](args)


if __name__ == "__main__":
    main()
