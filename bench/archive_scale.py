"""Query latency on a large archive built from corpus text (target: 1,000,000 articles, p95 < 50 ms, SQLite).

    python bench/archive_scale.py --db /tmp/banmian-1m.db --articles 1000000 --report bench-scale.jsonl
    python bench/archive_scale.py --db /tmp/banmian-1m.db --measure-only     # latency of the archive as it is

Synthetic articles are made by recombining corpus articles (each keeps a corpus title and takes its
paragraphs from two corpus articles, with a shifted date), so the vocabulary and lengths are real
newspaper text while every article is distinct.  The build is resumable: run the same command again
and it continues from the articles already stored.  At every ``--every`` articles it measures 400 queries
(200 known items: a 4–8 character body span and the title, as in archive_corpus.py) with one process and
appends a JSON line with the size, build speed and p50/p95 latency: ``first_search``, each query the first time
this process sees it (the archive caches the document counts of query terms per open archive); ``search``, the
same queries again, as a long-running server sees them; ``with_facets``, the first 100 with facet counts.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive_corpus import body_text, corpus_path, load_records, percentile  # noqa: E402
from banmian.archive import Archive  # noqa: E402
from banmian.model import Article, Block, Page  # noqa: E402

PER_PAGE = 5


def cache_segmentation() -> None:
    """Segment each distinct paragraph once.  The synthetic articles reuse corpus paragraphs, and rjieba cuts
    at every line break, so an article's tokens are its paragraphs' tokens in order: the index is identical,
    only the build (dominated by segmentation on a shared machine) gets faster."""
    import functools

    import banmian.archive as archive_mod
    from banmian.archive import segment

    one = functools.lru_cache(maxsize=200_000)(segment.index_text)

    def index_text(text: str) -> tuple[str, str]:
        parts = [one(p) for p in text.split("\n")]
        return " ".join(w for w, _ in parts if w), " ".join(e for _, e in parts if e)

    archive_mod.index_text = index_text


def synthetic(records: list[dict], i: int) -> tuple[Article, str, int, str]:
    """Article number ``i``: (article, date, page, newspaper)."""
    n = len(records)
    base = records[i % n]
    rng = random.Random(i)
    other = records[rng.randrange(n)]
    paras = list(base.get("paragraphs") or [])[: max(1, len(base.get("paragraphs") or []) // 2 + 1)]
    paras += list(other.get("paragraphs") or [])[len(other.get("paragraphs") or []) // 2 :]
    cycle = i // n
    year = int(base["date"][:4]) - cycle % 30
    date = f"{year:04d}{base['date'][4:]}"
    art = Article(
        id=f"syn-{i}",
        kicker=base.get("kicker"),
        title=base.get("title"),
        subtitle=base.get("subtitle"),
        body=[Block("paragraph", p) for p in paras if p],
    )
    return art, date, int(base["page"]), "人民日报" if cycle % 3 == 0 else f"测试报{cycle % 3}"


def measure(ar: Archive, records: list[dict], rng: random.Random, n: int = 200) -> dict:
    pool = [r for r in records if r.get("kind") == "article" and len(body_text(r)) >= 40 and r.get("title")]
    queries = []
    for r in rng.sample(pool, n):
        text = body_text(r)
        k = rng.randint(4, 8)
        s = rng.randrange(0, len(text) - k)
        queries += [text[s : s + k], r["title"]]
    out = {}
    first: dict[str, list[float]] = {"ms": [], "cpu": []}
    for q in queries:  # each query once first: the process has not seen its terms (their counts are cached)
        t0, c0 = time.perf_counter(), time.process_time()
        ar.search(q, limit=10, facets=False)
        first["ms"].append((time.perf_counter() - t0) * 1000)
        first["cpu"].append((time.process_time() - c0) * 1000)
    out["first_search"] = {
        "queries": len(queries),
        **{
            f"{k}{p}_ms": round(percentile(first[src], int(p[1:])), 1)
            for k, src in (("", "ms"), ("cpu_", "cpu"))
            for p in ("p50", "p95")
        },
    }
    for facets in (False, True):
        ms, cpu = [], []
        for q in queries if not facets else queries[:100]:
            t0, c0 = time.perf_counter(), time.process_time()
            ar.search(q, limit=10, facets=facets)
            ms.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        key = "with_facets" if facets else "search"
        out[key] = {
            "queries": len(ms),
            "p50_ms": round(percentile(ms, 50), 1),
            "p95_ms": round(percentile(ms, 95), 1),
            "cpu_p50_ms": round(percentile(cpu, 50), 1),
            "cpu_p95_ms": round(percentile(cpu, 95), 1),
        }
    return out


def _size(db: str) -> int | None:
    if db.startswith("postgres"):
        return None
    return sum(Path(db + s).stat().st_size for s in ("", "-wal") if Path(db + s).exists())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="SQLite path (or postgresql:// URL) to build or continue")
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--every", type=int, default=100_000, help="measure latency every this many articles")
    ap.add_argument("--report", default="-", help="append JSON lines here (- for stdout)")
    ap.add_argument("--measure-only", action="store_true", help="only measure latency on the archive as it is")
    args = ap.parse_args()
    records = [r for r in load_records(corpus_path()) if r.get("paragraphs")]
    cache_segmentation()
    ar = Archive.open(args.db)
    done = ar.stats()["articles"]
    rng = random.Random(1)
    report = sys.stdout if args.report == "-" else open(args.report, "a", encoding="utf-8")  # noqa: SIM115
    if args.measure_only:
        line = {"articles": done, "db_bytes": _size(args.db), **measure(ar, records, rng)}
        report.write(json.dumps(line) + "\n")
        return 0
    # resume after the last synthetic article stored (its key is syn-<number>)
    last = ar._db.scalar("SELECT max(CAST(substr(key, 5) AS INTEGER)) FROM articles WHERE key LIKE 'syn-%'")
    i = 0 if last is None else int(last) + 1
    i -= i % PER_PAGE
    t0 = time.perf_counter()
    start = i
    while i < args.articles:
        with ar._db.transaction():  # one commit per 200 pages: a bulk build, not the per-page ingest path
            for _ in range(200):
                if i >= args.articles:
                    break
                arts = []
                date = page_no = paper = None
                for _k in range(PER_PAGE):
                    art, date, page_no, paper = synthetic(records, i)
                    arts.append(art)
                    i += 1
                # no page number: synthetic pages of one day would share numbers, and a stored page number
                # with new content means "a corrected page" to ingest, which replaces the old one
                page = Page(articles=arts, newspaper=paper, date=date, page=None, source=f"synthetic p{page_no}")
                ar.ingest_page(page, source_hash=f"synthetic-{i}", kind="records", parser_version="records")
        if i % args.every < PER_PAGE * 200 or i >= args.articles:
            elapsed = time.perf_counter() - t0
            size = _size(args.db)
            line = {
                "articles": ar.stats()["articles"],
                "build_articles_per_s": round((i - start) / elapsed, 1),
                "db_bytes": size,
                **measure(ar, records, rng),
            }
            report.write(json.dumps(line) + "\n")
            report.flush()
            t0, start = time.perf_counter(), i
    ar.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
