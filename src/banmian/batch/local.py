"""Local engine: a process pool over shards, at most ``2 × workers`` shards in flight.

Workers report items done through one shared counter (the driver polls it for the progress bar) and
return each shard's counts.  If a worker process dies (out of memory, a crash inside a native library),
the pool is rebuilt and the shards that were in flight are tried once more before being marked failed.
A worker ended by the page watchdog (a page stuck outside Python past its time limit) notes the page first;
that death is explained, so it costs no try: the shard is rerun with the page recorded as a timeout.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from banmian.batch import storage
from banmian.batch.shard import ShardOptions, read_stuck, run_shard

_counter = None  # the shared progress counter, set in each worker by _init_worker


def _init_worker(counter, env: dict[str, str]) -> None:
    global _counter
    _counter = counter
    # the forkserver was started with the environment of its first use; a worker runs with the driver's
    # environment of now (credentials, endpoints such as AWS_ENDPOINT_URL)
    os.environ.clear()
    os.environ.update(env)


def _add(n: int) -> None:
    with _counter.get_lock():
        _counter.value += n


def _work(spec: dict[str, Any], opts: ShardOptions) -> dict[str, Any]:
    return run_shard(spec, opts, on_progress=_add if _counter is not None else None)


def _reason(e: BaseException) -> str:
    return f"{type(e).__name__}: {' '.join(str(e).split())[:300]}"


def run_local(
    specs: list[dict[str, Any]],
    opts: ShardOptions,
    workers: int | None,
    on_progress: Callable[[int], None],
    on_done: Callable[[dict[str, Any]], None],
    on_failed: Callable[[str, str], None],
    on_ready: Callable[[], None] | None = None,
) -> None:
    workers = max(1, workers or os.cpu_count() or 1)
    # forkserver: workers start from a clean single-threaded server, not a copy of a driver
    # that runs a progress-bar thread
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["banmian.batch.local"])
    counter = ctx.Value("q", 0)
    seen = 0
    queue = deque(specs)
    tries: dict[str, int] = {}
    max_in_flight = 2 * workers
    barren = 0  # pools in a row that broke before finishing any shard
    out = storage.OutDir(opts.out_dir) if opts.page_timeout else None
    noted: dict[str, int] = {}  # stuck pages noted per shard (by the page watchdog)

    def stuck_grew(names) -> bool:
        grew = False
        for name in names:
            n = len(read_stuck(out, name)) if out is not None else 0
            if n > noted.get(name, 0):
                noted[name] = n
                grew = True
        return grew

    if on_ready:
        on_ready()

    def poll() -> None:
        nonlocal seen
        value = counter.value
        if value != seen:
            on_progress(value - seen)
            seen = value

    while queue:
        pool = ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=_init_worker, initargs=(counter, dict(os.environ))
        )
        in_flight: dict[Any, dict[str, Any]] = {}
        finished = 0
        try:
            while queue or in_flight:
                while queue and len(in_flight) < max_in_flight:
                    spec = queue.popleft()
                    in_flight[pool.submit(_work, spec, opts)] = spec
                done, _ = wait(list(in_flight), timeout=0.25, return_when=FIRST_COMPLETED)
                poll()
                for fut in done:
                    spec = in_flight[fut]
                    try:
                        result = fut.result()
                    except BrokenProcessPool:
                        raise
                    except Exception as e:  # the shard as a whole failed (unreadable input, disk full…)
                        del in_flight[fut]
                        on_failed(spec["name"], _reason(e))
                    else:
                        del in_flight[fut]
                        finished += 1
                        on_done(result)
            pool.shutdown(wait=True)
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)
            if stuck_grew(s["name"] for s in in_flight.values()):
                # the watchdog ended a worker over a stuck page, which it noted: rerun all, count no try
                queue.extendleft(reversed(list(in_flight.values())))
                continue
            barren = 0 if finished else barren + 1
            if barren >= 3:
                # not one bad shard: workers cannot run at all (cannot import banmian, no memory, or a
                # script that starts a job without an ``if __name__ == "__main__":`` guard)
                raise RuntimeError("worker processes keep dying before finishing any shard") from None
            for spec in in_flight.values():
                tries[spec["name"]] = tries.get(spec["name"], 0) + 1
                if tries[spec["name"]] >= 2:
                    on_failed(spec["name"], "a worker process died while running this shard (twice)")
                else:
                    queue.appendleft(spec)
        except BaseException:
            # interrupted: stop now; unfinished shards leave only .part files, removed on resume
            for p in list(getattr(pool, "_processes", {}).values()):
                p.terminate()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    poll()
