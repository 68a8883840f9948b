"""``run_batch``: plan the shards, open (or resume) the manifest, run an engine, report progress and a summary."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Any

from banmian.batch import storage
from banmian.batch.inputs import expand_inputs, plan_shards
from banmian.batch.manifest import Manifest
from banmian.batch.shard import DEFAULT_PAGE_TIMEOUT, FORMATS, ShardOptions
from banmian.errors import BadInput

ENGINES = ("local", "ray")


def _progress_bar(console, enabled: bool):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("[bold]batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("pages · {task.fields[rate]} pages/s · ETA"),
        TimeRemainingColumn(),
        TextColumn("· elapsed"),
        TimeElapsedColumn(),
        console=console,
        disable=not enabled,
        transient=True,
    )


def run_batch(
    inputs: list[str],
    out: str | Path,
    *,
    engine: str = "local",
    workers: int | None = None,
    address: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    fmt: str = "jsonl",
    shard_size: int = 1000,
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT,
    storage_options: dict[str, Any] | None = None,
    progress: bool = False,
    console=None,
    on_shard_done=None,
) -> dict[str, Any]:
    """Run (or resume) a batch job; returns the summary also stored in ``manifest.json``.

    Raises ``BadInput`` for unusable input or options.  Pages that fail become error records and shards
    that fail are marked ``failed`` in the manifest (a rerun retries them); neither raises.
    ``on_shard_done(result)`` is called in the driver after each shard is recorded.
    ``page_timeout``: seconds a page may take before it becomes the error record ``timeout after N s``
    (``None`` or 0: no limit).  Inputs and ``out`` may be fsspec URLs (``s3://bucket/prefix``, with
    ``banmian[s3]``); ``storage_options`` are fsspec's keyword arguments for them (endpoint, credentials).
    Raises ``RuntimeError`` when the engine cannot run at all (workers that cannot start).

    The local engine starts its workers with ``forkserver``: a script that calls ``run_batch`` needs the
    usual ``if __name__ == "__main__":`` guard, as with any ``multiprocessing`` program.
    """
    if engine not in ENGINES:
        raise BadInput(None, f"unknown engine {engine!r} (choose {' or '.join(ENGINES)})")
    if fmt not in FORMATS:
        raise BadInput(None, f"unknown format {fmt!r} (choose {' or '.join(FORMATS)})")
    if workers is not None and workers < 1:
        raise BadInput(None, "--workers must be at least 1")
    if page_timeout is not None and page_timeout < 0:
        raise BadInput(None, "--page-timeout must be 0 (no limit) or more seconds")
    if engine == "ray":
        from banmian.batch.ray_engine import ray_available

        if not ray_available():
            raise BadInput(None, "the ray engine needs Ray: pip install 'banmian[ray]'")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise BadInput(None, "Parquet output needs pyarrow: pip install 'banmian[ray]'") from None
    storage.set_storage_options(storage_options)
    out_arg = str(out)
    outdir = storage.OutDir(out_arg)
    try:
        if outdir.is_file_not_folder():
            raise BadInput(out_arg, "the output must be a folder")
    except OSError as e:  # an object store that cannot be reached or read
        raise BadInput(out_arg, f"cannot read: {e.strerror or e}") from None

    t0 = time.perf_counter()
    records, pages = expand_inputs(list(inputs))
    specs = plan_shards(records, pages, shard_size, text_field)
    options = {"format": fmt, "text_field": text_field, "id_field": id_field, "shard_size": shard_size}
    try:
        manifest = Manifest.open(outdir, options, specs, list(inputs))
    except OSError as e:
        raise BadInput(out_arg, f"cannot write: {e.strerror or e}") from None
    manifest.reconcile(fmt)
    manifest.data["status"] = "running"
    manifest.save()
    pending = [s for s in specs if manifest.by_name[s["name"]]["status"] != "done"]
    skipped = len(specs) - len(pending)
    opts = ShardOptions(
        out_dir=outdir.url,
        fmt=fmt,
        text_field=text_field,
        id_field=id_field,
        page_timeout=page_timeout or None,
        storage_options=dict(storage_options or {}),
    )
    total_items = sum(s["items"] for s in pending)
    run = {"items": 0, "pages": 0, "errors": 0, "articles": 0, "cpu": 0.0, "peak_rss_mb": 0.0, "failed": []}
    t_run = time.perf_counter()
    marks = {"ready": t_run, "last": t_run}  # engine start-up (Ray takes seconds) is reported apart

    with _progress_bar(console, progress) as bar:
        task = bar.add_task("batch", total=total_items, rate="–")

        def on_progress(n: int) -> None:
            run["items"] += n
            elapsed = time.perf_counter() - t_run
            bar.update(task, advance=n, rate=f"{run['items'] / elapsed:,.0f}" if elapsed > 0 else "–")

        def on_ready() -> None:
            marks["ready"] = time.perf_counter()

        def on_done(result: dict[str, Any]) -> None:
            marks["last"] = time.perf_counter()
            manifest.mark_done(result)
            for k in ("pages", "errors", "articles"):
                run[k] += result[k]
            run["peak_rss_mb"] = max(run["peak_rss_mb"], result.get("peak_rss_mb", 0.0))
            run["cpu"] += result.get("cpu_seconds", 0.0)
            if on_shard_done:
                on_shard_done(result)

        def on_failed(name: str, reason: str) -> None:
            marks["last"] = time.perf_counter()
            manifest.mark_failed(name, reason)
            run["failed"].append((name, reason))

        try:
            if not pending:
                pass  # a finished job: nothing to start (Ray would take seconds to say so)
            elif engine == "ray":
                from banmian.batch.ray_engine import run_ray

                run_ray(pending, opts, workers, address, on_progress, on_done, on_failed, on_ready)
            else:
                from banmian.batch.local import run_local

                run_local(pending, opts, workers, on_progress, on_done, on_failed, on_ready)
        finally:
            # also on Ctrl-C or an engine error: record what finished, so a rerun resumes from there
            with contextlib.suppress(OSError):  # litter only: never hide why the run stopped
                manifest.remove_stale_parts(fmt)
            totals = manifest.totals()
            seconds = time.perf_counter() - t_run
            steady = marks["last"] - marks["ready"]
            manifest.data["status"] = "complete" if totals["shards_done"] == totals["shards"] else "incomplete"
            manifest.data["summary"] = {
                **totals,
                "engine": engine,
                "workers": workers,
                "run": {
                    "shards_run": len(pending),
                    "shards_skipped": skipped,
                    "pages": run["pages"],
                    "errors": run["errors"],
                    "articles": run["articles"],
                    "seconds": round(seconds, 3),
                    "pages_per_second": round((run["pages"] + run["errors"]) / seconds, 1) if seconds > 0 else None,
                    "startup_seconds": round(marks["ready"] - t_run, 3),
                    # throughput once the workers are up: first task submitted → last shard recorded
                    "pages_per_second_running": round((run["pages"] + run["errors"]) / steady, 1)
                    if steady > 0
                    else None,
                    # worker CPU time: pages per CPU-second is the per-core speed even on a busy machine
                    "worker_cpu_seconds": round(run["cpu"], 3),
                    "peak_worker_rss_mb": run["peak_rss_mb"],
                    "total_seconds": round(time.perf_counter() - t0, 3),
                },
            }
            manifest.save()
    summary = dict(manifest.data["summary"])
    summary["failed"] = [{"shard": n, "error": r} for n, r in run["failed"]]
    summary["status"] = manifest.data["status"]
    summary["out"] = out_arg
    return summary
