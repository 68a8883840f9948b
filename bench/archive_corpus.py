"""Archive benchmark on the 人民日报 corpus: ingest speed and size, known-item search quality, query latency.

    python bench/archive_corpus.py                       # SQLite, archive in a temporary folder
    python bench/archive_corpus.py --db postgresql://banmian:banmian@127.0.0.1/banmian_bench
    python bench/archive_corpus.py --keep /tmp/corpus.db # keep the archive (for archive_scale.py --queries-from)

Known-item search: 500 sampled articles (seed 0); for each, one query with a random 4–8 character span of
one of its paragraphs and one with its title; a hit counts when the article (or an identical copy printed on another page)
is in the top 10 (latency: wall clock, and CPU time of this process, which a
shared machine disturbs less).  Reports recall@10 and MRR per query kind (``body_discriminating``: the body spans that
at most 10 articles of the corpus hold verbatim, where a top-10 hit is possible at all; ``recall@10_ceiling``: the
expected recall of an engine that lists the verbatim holders of each span first in random order), and query latency
p50/p95 (one process).
The corpus is read from ../shared/corpus (or $BANMIAN_SHARED/corpus) and never copied.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from banmian.archive import Archive

ROOT = Path(__file__).resolve().parents[1]


def corpus_path() -> Path:
    shared = Path(os.environ.get("BANMIAN_SHARED") or ROOT.parent / "shared")
    return shared / "corpus" / "rmrb-2019-2020.jsonl.gz"


def load_records(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def body_text(r: dict) -> str:
    return "".join(r.get("paragraphs") or [])


def sample_queries(records: list[dict], n: int, seed: int = 0) -> list[tuple[str, str, str]]:
    """(kind, query, target id) for n articles: a 4–8 character body span, and the title."""
    rng = random.Random(seed)
    pool = [r for r in records if r.get("kind") == "article" and len(body_text(r)) >= 40 and r.get("title")]
    out = []
    for r in rng.sample(pool, n):
        # a span inside one paragraph, as a reader would copy it; weighted by paragraph length
        paras = [p for p in r["paragraphs"] if len(p) >= 9] or ["".join(r["paragraphs"])]
        text = rng.choices(paras, weights=[len(p) for p in paras])[0]
        k = rng.randint(4, 8)
        start = rng.randrange(0, len(text) - k)
        out.append(("body", text[start : start + k], r["id"]))
        out.append(("title", r["title"], r["id"]))
    return out


def text_path_speed(url_for: str, records: list[dict], n_pages: int) -> dict:
    """Pages/s through the text path: each corpus page written as a text file (temporary, outside the repo)
    and ingested with ``ingest_path`` (decode, ``banmian.parse_bytes``, store) into a fresh archive."""
    pages: dict[tuple[str, int], list[dict]] = {}
    for r in records:
        pages.setdefault((r["date"], r["page"]), []).append(r)
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d) / "pages"
        folder.mkdir()
        for (date, page), recs in list(pages.items())[:n_pages]:
            text = "\n\n".join(
                "\n\n".join(x for x in (r.get("kicker"), r.get("title"), r.get("subtitle"), *r["paragraphs"]) if x)
                for r in recs
            )
            (folder / f"{date}-{page:02d}.txt").write_text(text + "\n", encoding="utf-8")
        url = url_for or str(Path(d) / "text.db")
        with Archive.open(url) as ar:
            t0 = time.perf_counter()
            s = ar.ingest_path([folder], newspaper="人民日报")
            dt = time.perf_counter() - t0
            if url_for:  # a PostgreSQL database: leave it empty again
                for p in s.page_ids:
                    ar.delete_page(p)
    return {"text_pages": s.ingested, "text_failed": len(s.failed), "text_pages_per_second": round(s.ingested / dt, 1)}


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def evaluate(ar: Archive, records: list[dict], queries: list[tuple[str, str, str]], facets: bool = False) -> dict:
    by_id = {r["id"]: r for r in records}
    # an identical article printed on two pages (转版) is the same known item
    same = {}
    for r in records:
        same.setdefault((r.get("title"), body_text(r)), set()).add(r["id"])
    key_of = {row["id"]: row["key"] for row in ar._db.all("SELECT id, key FROM articles")}
    stats: dict[str, dict[str, list[float]]] = {}
    ceiling: list[float] = []
    texts = [
        "\n".join(x for x in (r.get("kicker"), r.get("title"), r.get("subtitle"), *r["paragraphs"]) if x)
        for r in records
    ]
    for kind, q, target in queries:
        t0, c0 = time.perf_counter(), time.process_time()
        res = ar.search(q, limit=10, facets=facets)
        dt = (time.perf_counter() - t0) * 1000
        cpu = (time.process_time() - c0) * 1000
        r = by_id[target]
        ok = same[(r.get("title"), body_text(r))]
        rank = next((i for i, h in enumerate(res.hits, 1) if key_of.get(h.article_id) in ok), None)
        kinds = [kind]
        if kind == "body":
            holding = [r for r, t in zip(records, texts, strict=True) if q in t]
            holders = {(r.get("title"), body_text(r)) for r in holding}
            # an engine that puts the verbatim holders first, in random order, finds the target in the top 10
            # with probability min(1, 10 / holders): the ceiling of recall@10 for spans
            ceiling.append(min(1.0, 10 / max(1, len(holders))))
            if len(holding) <= 10:
                # spans that at most 10 articles hold verbatim: a perfect engine could rank the target in the top 10
                kinds.append("body_discriminating")
        for kd in kinds:
            s = stats.setdefault(kd, {"hit": [], "rr": [], "ms": [], "cpu": []})
            s["cpu"].append(cpu)
            s["hit"].append(1.0 if rank else 0.0)
            s["rr"].append(1.0 / rank if rank else 0.0)
            s["ms"].append(dt)
    out = {}
    for kind, s in stats.items():
        out[kind] = {
            "queries": len(s["hit"]),
            "recall@10": round(statistics.mean(s["hit"]), 4),
            "mrr": round(statistics.mean(s["rr"]), 4),
            "p50_ms": round(percentile(s["ms"], 50), 2),
            "p95_ms": round(percentile(s["ms"], 95), 2),
            "cpu_p50_ms": round(percentile(s["cpu"], 50), 2),
            "cpu_p95_ms": round(percentile(s["cpu"], 95), 2),
        }
    if ceiling:
        out["body"]["recall@10_ceiling"] = round(statistics.mean(ceiling), 4)
    main = [s for k, s in stats.items() if k in ("body", "title")]
    all_ms = [m for s in main for m in s["ms"]]
    out["all"] = {
        "recall@10": round(statistics.mean([h for s in main for h in s["hit"]]), 4),
        "mrr": round(statistics.mean([h for s in main for h in s["rr"]]), 4),
        "p50_ms": round(percentile(all_ms, 50), 2),
        "p95_ms": round(percentile(all_ms, 95), 2),
        "cpu_p95_ms": round(percentile([c for s in main for c in s["cpu"]], 95), 2),
    }
    return out


def db_size(ar: Archive, url: str) -> int:
    if ar.backend == "postgresql":
        return int(ar._db.scalar("SELECT pg_database_size(current_database())"))
    ar._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(Path(url + s).stat().st_size for s in ("", "-wal") if Path(url + s).exists())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="archive to build (SQLite path or postgresql:// URL of an empty database)")
    ap.add_argument("--keep", help="SQLite path to build and keep (instead of a temporary one)")
    ap.add_argument("--n", type=int, default=500, help="known items to sample")
    ap.add_argument("--json", help="write the figures here as JSON")
    ap.add_argument("--reuse", action="store_true", help="archive already holds the corpus: only measure search")
    ap.add_argument("--text-pages", type=int, default=300, help="pages for the text-path ingest speed (0: skip)")
    ap.add_argument("--text-db", help="empty postgresql:// database for the text-path measure (default: SQLite)")
    args = ap.parse_args()
    path = corpus_path()
    if not path.exists():
        print(f"corpus not found at {path}", file=sys.stderr)
        return 2
    records = load_records(path)
    tmp = None
    url = args.db or args.keep
    if url is None:
        tmp = tempfile.TemporaryDirectory()
        url = str(Path(tmp.name) / "corpus.db")
    ar = Archive.open(url)
    figures = {"backend": ar.backend}
    if not args.reuse:
        if ar.stats()["pages"]:
            print(f"{url} is not empty; give an empty archive (or --reuse)", file=sys.stderr)
            return 2
        t0 = time.perf_counter()
        summary = ar.ingest_records(records, source=path.name)
        ingest_s = time.perf_counter() - t0
        pages = summary.ingested
        ar._after_bulk(summary)  # what ingest_path does after a large run
        size = db_size(ar, url)
        figures.update(
            {
                "pages": pages,
                "articles": ar.stats()["articles"],
                "ingest_seconds": round(ingest_s, 1),
                "pages_per_second": round(pages / ingest_s, 1),
                "articles_per_second": round(ar.stats()["articles"] / ingest_s, 1),
                "bytes_per_1000_pages": int(size / pages * 1000),
            }
        )
    if args.text_pages:
        figures.update(text_path_speed(args.text_db, records, args.text_pages))
    queries = sample_queries(records, args.n)
    ar.search("预热", limit=10, facets=False)  # warm the cache
    figures["search"] = evaluate(ar, records, queries)
    figures["search_with_facets"] = {
        k: {kk: v[kk] for kk in ("p50_ms", "p95_ms")}
        for k, v in evaluate(ar, records, queries[:200], facets=True).items()
    }
    ar.close()
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
