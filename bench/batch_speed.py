"""Batch throughput: pages/s for the local and Ray engines with 1 and 2 workers, scaling, peak memory, and
whether every engine writes the same output.

Input: the corpus (``../shared/corpus/rmrb-2019-2020.jsonl.gz``) turned into raw pages by the evaluation
generator (``banmian.evaluate.generate``; about 2,200 printable pages), repeated to ``--records`` JSONL
records.  If the generator is missing, a fallback joins each corpus page's paragraphs with a line break
every 14 characters.  Work files go to a temporary folder (``--work``), never into the repository.

    python bench/batch_speed.py                        # 50,000 records, local-1 local-2 ray-1 ray-2
    python bench/batch_speed.py --records 20000 --runs local-1,local-2
    python bench/batch_speed.py --code /tmp/old/src/banmian     # the same bench on another version of the code

Prints one JSON line per run and a Markdown table; the machine load (``uptime``) is printed beside them,
because on a shared machine scaling figures are depressed by whatever else runs.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BANMIAN_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpus" / "rmrb-2019-2020.jsonl.gz"


def raw_pages() -> tuple[list[dict], str]:
    """The corpus as raw pages: [{"id", "text", "newspaper", "date", "page"}], and how they were made."""
    try:
        from banmian.evaluate.generate import generate_corpus_pages
    except ImportError:
        generate_corpus_pages = None
    if generate_corpus_pages is not None:
        out = []
        for g in generate_corpus_pages(CORPUS, 100_000):  # more than the corpus has: every printable page
            t = g.truth
            out.append(
                {
                    "id": g.name,
                    "text": g.text,
                    "newspaper": t.get("newspaper"),
                    "date": t.get("date"),
                    "page": t.get("page"),
                }
            )
        return out, "banmian.evaluate.generate (pdfminer style)"
    pages: dict[tuple[str, int], list[str]] = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            parts = pages.setdefault((r["date"], r["page"]), [])
            for para in [r.get("title") or ""] + list(r.get("paragraphs") or []):
                if para:
                    parts.append("\n".join(para[i : i + 14] for i in range(0, len(para), 14)))
    out = [
        {
            "id": f"rmrb-{d.replace('-', '')}-{p:02d}",
            "text": "\n\n".join(parts),
            "newspaper": "人民日报",
            "date": d,
            "page": p,
        }
        for (d, p), parts in sorted(pages.items())
        if parts
    ]
    return out, "fallback: paragraphs wrapped every 14 characters"


def build_input(work: Path, n: int) -> tuple[Path, int, str]:
    cache = work / "raw-pages.jsonl"
    how_file = work / "raw-pages.how"
    if not cache.exists():
        pages, how = raw_pages()
        with open(cache, "w", encoding="utf-8") as fh:
            for p in pages:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
        how_file.write_text(how)
    pages = [json.loads(line) for line in cache.read_text("utf-8").splitlines()]
    target = work / f"pages-{n}.jsonl"
    if not target.exists():
        with open(target, "w", encoding="utf-8") as fh:
            for k in range(n):
                p = pages[k % len(pages)]
                fh.write(json.dumps({**p, "id": f"{p['id']}-r{k // len(pages)}"}, ensure_ascii=False) + "\n")
    return target, len(pages), how_file.read_text()


def output_digest(out: Path) -> str:
    lines = sorted(line for f in out.glob("shard-*.jsonl") for line in f.read_text("utf-8").splitlines())
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def load() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def idle_gaps(results: list[dict]) -> float | None:
    """Mean time (ms) a worker sat idle between two of its shards: the engine's per-shard overhead."""
    by_pid: dict[int, list[dict]] = {}
    for r in results:
        if "started" in r:
            by_pid.setdefault(r["pid"], []).append(r)
    gaps = []
    for rs in by_pid.values():
        rs.sort(key=lambda r: r["started"])
        gaps += [b["started"] - a["ended"] for a, b in zip(rs, rs[1:])]
    return round(1000 * sum(gaps) / len(gaps), 1) if gaps else None


def freeze_code(work: Path, code: Path) -> None:
    """Re-run this script on a copy of ``src/banmian``: the working tree may change while the bench runs (other
    people edit the parser), and every run must use the same code for the output comparison to mean anything.
    Pool workers and local Ray workers inherit ``PYTHONPATH``."""
    if os.environ.get("BANMIAN_BENCH_FROZEN"):
        return
    snap = work / "code"
    shutil.rmtree(snap, ignore_errors=True)
    shutil.copytree(code, snap / "banmian", ignore=shutil.ignore_patterns("__pycache__"))
    env = {
        **os.environ,
        "BANMIAN_BENCH_FROZEN": "1",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(snap), os.environ.get("PYTHONPATH")])),
    }
    os.execve(sys.executable, [sys.executable, __file__, *sys.argv[1:]], env)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=50_000, help="records in the input (default 50,000)")
    ap.add_argument("--runs", default="local-1,local-2,ray-1,ray-2", help="engine-workers, comma separated")
    ap.add_argument("--shard-size", type=int, default=1000)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "banmian-bench-batch")
    ap.add_argument("--code", type=Path, default=ROOT / "src" / "banmian", help="the banmian package to measure")
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"no corpus at {CORPUS} (set BANMIAN_SHARED)")
    args.work.mkdir(parents=True, exist_ok=True)
    freeze_code(args.work, args.code)
    import banmian
    from banmian.batch import run_batch

    print(f"# code: {Path(banmian.__file__).parent}", flush=True)
    t = time.perf_counter()
    src, distinct, how = build_input(args.work, args.records)
    print(
        f"# input: {args.records:,} records from {distinct:,} distinct raw pages ({how}); "
        f"{src.stat().st_size / 2**20:.0f} MB; built in {time.perf_counter() - t:.1f} s",
        flush=True,
    )
    print(f"# cores: {os.cpu_count()}", flush=True)
    rows = []
    for run in args.runs.split(","):
        engine, workers = run.split("-")
        out = args.work / f"out-{run}"
        shutil.rmtree(out, ignore_errors=True)
        before = load()
        results: list[dict] = []
        s = run_batch(
            [str(src)],
            out,
            engine=engine,
            workers=int(workers),
            shard_size=args.shard_size,
            on_shard_done=results.append,
        )
        r = s["run"]
        row = {
            "run": run,
            "pages": r["pages"] + r["errors"],
            "errors": r["errors"],
            "seconds": r["seconds"],
            "pages_per_s": r["pages_per_second"],
            "startup_s": r["startup_seconds"],
            "pages_per_s_running": r["pages_per_second_running"],
            "peak_worker_rss_mb": r["peak_worker_rss_mb"],
            # per-core speed from the workers' CPU time, and how many cores the run actually got
            "pages_per_cpu_s": round((r["pages"] + r["errors"]) / r["worker_cpu_seconds"], 1),
            "cores_used": round(r["worker_cpu_seconds"] / r["seconds"], 2),
            "idle_between_shards_ms": idle_gaps(results),
            "digest": output_digest(out),
            "load_before": before,
            "load_after": load(),
        }
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
        shutil.rmtree(out, ignore_errors=True)
    print(
        "\n| run | pages | seconds | start-up s | pages/s | pages/s after start-up | pages per CPU-s | cores used "
        "| idle between shards (ms) | peak RSS/worker (MB) | output |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for row in rows:
        print(
            f"| {row['run']} | {row['pages']:,} | {row['seconds']:.1f} | {row['startup_s']:.1f} | "
            f"{row['pages_per_s']:,.0f} | {row['pages_per_s_running']:,.0f} | {row['pages_per_cpu_s']:,.0f} | "
            f"{row['cores_used']:.2f} | {row['idle_between_shards_ms'] or '–'} | {row['peak_worker_rss_mb']:.0f} | "
            f"{row['digest']} |"
        )
    by = {row["run"]: row for row in rows}
    for engine in ("local", "ray"):
        if f"{engine}-1" in by and f"{engine}-2" in by:
            ratio = by[f"{engine}-2"]["pages_per_s"] / by[f"{engine}-1"]["pages_per_s"]
            steady = by[f"{engine}-2"]["pages_per_s_running"] / by[f"{engine}-1"]["pages_per_s_running"]
            print(f"\nscaling {engine} 1→2 workers: {ratio:.2f}× wall clock, {steady:.2f}× after start-up")
    digests = {row["digest"] for row in rows}
    print(f"identical output across runs: {'yes' if len(digests) == 1 else 'NO'}")


if __name__ == "__main__":
    main()
