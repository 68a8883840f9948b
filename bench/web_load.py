"""Load on the search API: many concurrent clients on loopback, requests/s and latency percentiles.

    python bench/web_load.py                                  # builds /tmp/banmian-webload.db from the corpus once
    python bench/web_load.py --db my.db --clients 64 --seconds 20

The server is ``banmian.web`` under uvicorn in a child process on 127.0.0.1 (one worker: this machine has two
cores, one for the server and one for the clients).  Clients are asyncio tasks sharing one httpx connection
pool, each sending ``GET /api/search`` back to back with queries drawn from the archive's own headlines (2–4
character words, phrases and filtered variants).  Bounded by ``--seconds`` and ``--max-requests``.  Any
non-200 answer or transport error counts as an error; the run reports them and exits non-zero if there are any.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(os.environ.get("BANMIAN_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "corpus"
CORPUS_FILE = CORPUS / "rmrb-2019-2020.jsonl.gz"
DEFAULT_DB = Path("/tmp/banmian-webload.db")


def build_archive(db: Path) -> None:
    from banmian.archive import Archive

    if not CORPUS_FILE.exists():
        sys.exit(f"web_load: no archive at {db} and no corpus at {CORPUS_FILE} to build one from")
    t = time.perf_counter()
    with Archive.open(str(db)) as ar:
        s = ar.ingest_path([CORPUS_FILE])
        stats = ar.stats()
    print(
        f"built {db}: {stats} ({s.ingested} pages ingested, {len(s.failed)} failed) in {time.perf_counter() - t:.0f} s",
        file=sys.stderr,
    )


def queries(db: Path, n: int, seed: int) -> list[dict[str, str]]:
    """Search requests drawn from the archive's headlines: words, two-word ANDs, phrases, some with filters."""
    from banmian.archive import Archive

    rng = random.Random(seed)
    with Archive.open(str(db)) as ar:
        titles = [
            t
            for t in (
                r["title"]
                for r in ar._db.all("SELECT title FROM articles WHERE title IS NOT NULL ORDER BY id LIMIT 5000")
            )
            if len(t) >= 6
        ]
        papers = [p["name"] for p in ar.newspapers()]
        months = sorted({i["date"][:7] for p in papers for i in ar.issues(p)})
    if not titles:
        sys.exit("web_load: the archive has no headlines to draw queries from")
    out = []
    for _ in range(n):
        t = rng.choice(titles)
        k = rng.choice((2, 2, 3, 4))
        i = rng.randrange(0, len(t) - k + 1)
        word = t[i : i + k]
        kind = rng.random()
        if kind < 0.5:
            q = {"q": word}
        elif kind < 0.7:
            other = rng.choice(titles)
            j = rng.randrange(0, len(other) - 1)
            q = {"q": f"{word} {other[j : j + 2]}"}
        elif kind < 0.85:
            q = {"q": f'"{t[i : i + 4]}"'}
        else:
            month = rng.choice(months)
            q = {"q": word, "from": month, "to": month}
        if rng.random() < 0.2:
            q["offset"] = "20"
        out.append(q)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "BANMIAN_DB": str(db), "BANMIAN_TOKEN": ""}
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "banmian.web.app:app_from_env",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
        "--timeout-keep-alive",  # clients queue behind each other; keep their connections open meanwhile
        "75",
    ]
    proc = subprocess.Popen(cmd, env=env)
    import httpx

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"web_load: the server exited with code {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    sys.exit("web_load: the server did not start within 30 s")


async def drive(
    base: str, reqs: list[dict[str, str]], clients: int, seconds: float, max_requests: int, facets: bool = True
) -> dict:
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    totals: list[int] = []
    stop_at = 0.0  # set once the warm-up is done
    counter = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:

        async def client(cid: int) -> None:
            nonlocal counter
            i = cid
            while time.perf_counter() < stop_at and counter < max_requests:
                counter += 1
                params = {**reqs[i % len(reqs)], "limit": "20", "facets": str(facets).lower()}
                i += clients
                t0 = time.perf_counter()
                try:
                    r = await http.get("/api/search", params=params)
                    if r.status_code != 200:
                        errors.append(f"{r.status_code} {params}")
                        continue
                    totals.append(r.json()["total"])
                except httpx.HTTPError as e:
                    errors.append(f"{type(e).__name__} {params}")
                    continue
                latencies.append(time.perf_counter() - t0)

        # warm up: the first requests open connections and fill SQLite's page cache
        await asyncio.gather(*(http.get("/api/search", params=reqs[k]) for k in range(min(clients, len(reqs)))))
        t = time.perf_counter()
        stop_at = t + seconds
        await asyncio.gather(*(client(c) for c in range(clients)))
        elapsed = time.perf_counter() - t
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")

    return {
        "clients": clients,
        "facets": facets,
        "seconds": round(elapsed, 2),
        "requests": len(lat) + len(errors),
        "errors": len(errors),
        "error_examples": errors[:5],
        "requests_per_s": round(len(lat) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(pct(0.50), 1),
        "p95_ms": round(pct(0.95), 1),
        "p99_ms": round(pct(0.99), 1),
        "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else float("nan"),
        "queries_with_hits": round(sum(1 for n in totals if n) / len(totals), 3) if totals else 0.0,
    }


def direct(db: Path, reqs: list[dict[str, str]], seconds: float, facets: bool) -> dict:
    """The same searches in-process on one thread, no HTTP: the archive's own cost, for comparison."""
    from banmian.archive import Archive

    lat = []
    with Archive.open(str(db)) as ar:
        stop = time.perf_counter() + seconds
        i = 0
        while time.perf_counter() < stop:
            q = reqs[i % len(reqs)]
            i += 1
            t0 = time.perf_counter()
            ar.search(
                q["q"],
                date_from=q.get("from"),
                date_to=q.get("to"),
                offset=int(q.get("offset", 0)),
                limit=20,
                facets=facets,
            )
            lat.append(time.perf_counter() - t0)
    lat.sort()
    return {
        "direct_searches_per_s": round(len(lat) / sum(lat), 1),
        "direct_p50_ms": round(lat[len(lat) // 2] * 1000, 1),
        "direct_p95_ms": round(lat[int(0.95 * len(lat))] * 1000, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=DEFAULT_DB, help="archive to serve (built from the corpus if missing)")
    ap.add_argument("--clients", type=int, default=32, help="concurrent clients (1–256)")
    ap.add_argument("--seconds", type=float, default=15.0, help="how long to drive the server (at most 120)")
    ap.add_argument("--max-requests", type=int, default=100_000, help="stop after this many requests")
    ap.add_argument("--queries", type=int, default=2000, help="distinct queries to draw from the headlines")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--no-facets", action="store_true", help="ask for hits only (the search page asks for facets)")
    ap.add_argument("--direct", action="store_true", help="also time the same searches in-process, without HTTP")
    args = ap.parse_args()
    clients = max(1, min(256, args.clients))
    seconds = max(1.0, min(120.0, args.seconds))
    if not args.db.exists():
        build_archive(args.db)
    reqs = queries(args.db, args.queries, args.seed)
    port = free_port()
    server = start_server(args.db, port)
    try:
        result = asyncio.run(
            drive(f"http://127.0.0.1:{port}", reqs, clients, seconds, args.max_requests, not args.no_facets)
        )
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    if args.direct:
        result.update(direct(args.db, reqs, seconds, not args.no_facets))
    from banmian.archive import Archive

    with Archive.open(str(args.db)) as ar:
        result["archive"] = ar.stats()
    print(json.dumps(result, ensure_ascii=False))
    print(
        f"{result['requests_per_s']} requests/s, p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, "
        f"{result['errors']} errors, {clients} clients, {result['archive']['articles']} articles",
        file=sys.stderr,
    )
    if result["errors"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
