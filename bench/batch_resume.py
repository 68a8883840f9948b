"""Kill a real ``banmian batch`` job midway (SIGKILL to its process group), rerun it, and check the result:
no ``.part`` files left, every page exactly once, and the same output as an uninterrupted run.

    python bench/batch_resume.py                       # 400 records, shards of 25, 2 workers
    python bench/batch_resume.py --records 2000 --engine ray

Input: the raw pages ``bench/batch_speed.py`` caches in its work folder when they exist (the corpus through
the evaluation generator), else small made-up pages.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "banmian-bench-batch" / "raw-pages.jsonl"


def make_input(path: Path, n: int) -> str:
    if CACHE.exists():
        pages = [json.loads(line) for line in CACHE.read_text("utf-8").splitlines()[:n]]
        how = "raw corpus pages from the evaluation generator"
    else:
        pages = [{"id": f"p{i}", "text": f"第{i}号标题\n\n本报讯　记者报道，\n各地有序推进。\n"} for i in range(n)]
        how = "made-up pages"
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(n):
            p = pages[k % len(pages)]
            fh.write(json.dumps({**p, "id": f"{p['id']}-{k}"}, ensure_ascii=False) + "\n")
    return how


def sorted_lines(out: Path) -> list[str]:
    return sorted(line for f in out.glob("shard-*.jsonl") for line in f.read_text("utf-8").splitlines())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=400)
    ap.add_argument("--shard-size", type=int, default=25)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--engine", default="local")
    ap.add_argument("--kill-after", type=int, default=3, help="shards finished before the kill")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="banmian-resume-"))
    try:
        src = work / "in.jsonl"
        how = make_input(src, args.records)
        cmd = [
            sys.executable,
            "-m",
            "banmian.cli",
            "batch",
            str(src),
            "--engine",
            args.engine,
            "-w",
            str(args.workers),
            "--shard-size",
            str(args.shard_size),
            "--no-progress",
        ]
        shards = -(-args.records // args.shard_size)
        print(f"# {args.records} records ({how}), {shards} shards, engine {args.engine}, {args.workers} workers")

        t = time.perf_counter()
        subprocess.run([*cmd, "-o", str(work / "clean")], check=True, capture_output=True)
        print(f"clean run: {time.perf_counter() - t:.1f} s")

        out = work / "out"
        job = subprocess.Popen(
            [*cmd, "-o", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )  # its own process group: the kill takes its workers too
        while job.poll() is None and len(list(out.glob("shard-*.jsonl"))) < args.kill_after:
            time.sleep(0.05)
        if job.poll() is not None:
            sys.exit("the job finished before it could be killed: give more --records")
        os.killpg(job.pid, signal.SIGKILL)
        job.wait()
        done = len(list(out.glob("shard-*.jsonl")))
        parts = len(list(out.glob(".*.part")))
        print(f"killed: {done} of {shards} shard files complete, {parts} half-written .part files left")

        r = subprocess.run([*cmd, "-o", str(out)], capture_output=True, text=True)
        print("rerun:", r.stderr.strip().splitlines()[-1] if r.stderr.strip() else f"exit {r.returncode}")
        lines = sorted_lines(out)
        ids = [json.loads(line)["id"] for line in lines]
        manifest = json.loads((out / "manifest.json").read_text("utf-8"))
        checks = {
            "no .part files": not list(out.glob(".*.part")),
            "every page once": len(ids) == len(set(ids)) == args.records,
            "same output as the clean run": lines == sorted_lines(work / "clean"),
            "manifest complete": manifest["status"] == "complete",
            "finished shards not redone": manifest["summary"]["run"]["shards_skipped"] >= done,
        }
        for name, ok in checks.items():
            print(f"{'ok  ' if ok else 'FAIL'} {name}")
        if not all(checks.values()):
            sys.exit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
