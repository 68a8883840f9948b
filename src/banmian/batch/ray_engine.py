"""Ray engine: Ray Data ``map_batches`` over the shard specs, each call running the same ``run_shard``.

A row of the dataset is one shard spec (JSON text); a call reads the shard's slice straight from storage,
runs the page function on every item and publishes the shard file, then returns the counts.  The driver
only streams those small results back (``iter_rows``), so it never holds page text, and Ray schedules,
retries and spreads the work over however many nodes the cluster has.

The calls run on a pool of actors, one per worker CPU, each with two shards in flight: when an actor
finishes a shard the next one is already queued to it.  With one task per shard a worker sat idle between
shards until the driver's scheduling loop (a 0.1 s poll) submitted the next task: about 150 ms a shard.

With no ``address`` Ray is started on this machine (no dashboard, no usage reporting); ``address="auto"``
joins a running cluster.  Paths must then be on storage every node sees (NFS, a mounted bucket).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from banmian.batch.shard import ShardOptions, run_shard
from banmian.errors import BadInput


def _run_shards(batch: dict[str, Any], opts: dict[str, Any], cwd: str) -> dict[str, Any]:
    """The ``map_batches`` function: one JSON result per shard spec; a failing shard returns its reason."""
    import numpy as np

    if os.path.isdir(cwd) and os.getcwd() != cwd:
        os.chdir(cwd)  # relative INPUT paths (and the ids made from them) mean what they meant to the driver
    options = ShardOptions(**opts)  # a Ray task retried after its worker died (the page watchdog) runs again
    out = []
    for text in batch["spec"]:
        spec = json.loads(text)
        try:
            result = run_shard(spec, options)
        except Exception as e:
            result = {"name": spec["name"], "failed": f"{type(e).__name__}: {' '.join(str(e).split())[:300]}"}
        out.append(json.dumps(result))
    return {"result": np.array(out, dtype=object)}


class _ShardRunner:
    """The ``map_batches`` actor: one per worker, each running one shard at a time in its main thread (where the
    page alarm works), with the next shard already queued to it so that it never waits for the driver."""

    def __init__(self, opts: dict[str, Any], cwd: str):
        self.opts, self.cwd = opts, cwd

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        return _run_shards(batch, self.opts, self.cwd)


def ray_available() -> bool:
    try:
        import ray  # noqa: F401
        import ray.data  # noqa: F401
    except ImportError:
        return False
    return True


def run_ray(
    specs: list[dict[str, Any]],
    opts: ShardOptions,
    workers: int | None,
    address: str | None,
    on_progress: Callable[[int], None],
    on_done: Callable[[dict[str, Any]], None],
    on_failed: Callable[[str, str], None],
    on_ready: Callable[[], None] | None = None,
) -> None:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # never phone home
    import ray
    import ray.data

    started = False
    if not ray.is_initialized():
        common = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
        try:
            if address:
                ray.init(address=address, **common)
            else:
                # "local": a new instance of our own, never a cluster some other program left running here
                ray.init(address="local", num_cpus=workers or os.cpu_count() or 1, **common)
        except Exception as e:  # no cluster at that address, ports in use…: one line, not a traceback
            where = f"the Ray cluster at {address}" if address else "a local Ray instance"
            raise BadInput(None, f"cannot start or join {where}: {' '.join(str(e).split())[:200]}") from None
        started = True
    if on_ready:
        on_ready()
    logging.getLogger("ray.data").setLevel(logging.ERROR)  # its INFO/WARNING lines would garble the progress bar
    try:
        if not specs:
            return
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False  # banmian draws its own
        ds = ray.data.from_items([{"spec": json.dumps(s)} for s in specs], override_num_blocks=len(specs))
        size = min(workers or max(1, int(ray.cluster_resources().get("CPU", 1))), len(specs))
        if address:  # a shared cluster may not have every CPU free: start with what it has, grow to ``size``
            pool = ray.data.ActorPoolStrategy(min_size=1, max_size=size, max_tasks_in_flight_per_actor=2)
        else:  # our own instance has exactly ``workers`` CPUs
            pool = ray.data.ActorPoolStrategy(size=size, max_tasks_in_flight_per_actor=2)
        ds = ds.map_batches(
            _ShardRunner,
            batch_size=1,
            num_cpus=1,
            compute=pool,
            fn_constructor_kwargs={"opts": asdict(opts), "cwd": os.getcwd()},
        )
        items = {s["name"]: s["items"] for s in specs}
        for row in ds.iter_rows():
            result = json.loads(row["result"])
            on_progress(items[result["name"]])
            if "failed" in result:
                on_failed(result["name"], result["failed"])
            else:
                on_done(result)
    finally:
        if started:
            ray.shutdown()
