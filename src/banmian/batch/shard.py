"""Run one shard: read its items, run the page function on each, publish the shard file whole.

On a local disk the shard is written to a hidden ``.part`` file of its own (``.shard-NNNNNN.jsonl.PID-RANDOM.part``)
and renamed when complete, so a shard file that exists is always whole: a killed job leaves only ``.part`` files
behind, which the next run deletes.  Each run of a shard writes its own ``.part``: a worker of a killed job can
still be finishing a shard while the resumed job runs it again, and both then publish whole (identical) files.
On object storage (``s3://…``) there is no rename: the shard is written to a local temporary file and
uploaded in one go when complete (an object appears only once its upload is complete), and the manifest,
written after, is what says the shard is done (see ``banmian.batch.manifest``).

Every page runs under a time limit (``page_timeout``): a page that takes longer becomes the error record
``timeout after N s``.  A watchdog thread (``PageClock``) raises ``PageTimeout`` in the page's thread; a page stuck in
native code that never returns to the interpreter is caught at a hard limit a little later, when the
watchdog notes the page's index next to the shard (``.shard-NNNNNN.stuck``) and ends the worker process.
The engine reruns the shard (the local pool is rebuilt; Ray retries the task) and the rerun writes the
noted pages as timeout records without running them again.

Every engine calls ``run_shard``; it runs in a worker process (a pool process or a Ray task).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import secrets
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from banmian.batch import storage
from banmian.batch.inputs import iter_shard_items
from banmian.batch.page import PageTimeout, process_item, timeout_reason
from banmian.pipeline import cycles_every

FORMATS = ("jsonl", "parquet")
DEFAULT_PAGE_TIMEOUT = 60.0


@dataclass(frozen=True)
class ShardOptions:
    out_dir: str
    fmt: str = "jsonl"
    text_field: str = "text"
    id_field: str = "id"
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT  # seconds per page; None or 0: no limit
    storage_options: dict[str, Any] = field(default_factory=dict)  # fsspec keyword arguments for URLs


def hard_limit(page_timeout: float) -> float:
    """When the watchdog gives up on a page that the timeout could not stop (stuck outside Python)."""
    return page_timeout + max(2.0, page_timeout / 2)


def stuck_note(name: str) -> str:
    return f".{name}.stuck"


def read_stuck(out: storage.OutDir, name: str) -> list[int]:
    """Indices (within the shard) of pages a killed worker noted as stuck."""
    try:
        return list(json.loads(out.read_text(stuck_note(name)))["items"])
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        return []


def _raise_in_thread(thread_id: int, exc: type[BaseException] | None) -> None:
    """Have ``exc`` raised in another thread at its next Python instruction (``None``: cancel a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


class PageClock:
    """The per-page time limit, kept by one watchdog thread per shard.

    At ``seconds`` the watchdog raises ``PageTimeout`` in the thread running the page (it works in any thread:
    a pool worker runs pages in its main thread, a Ray Data actor in another).  Python code is stopped at
    its next instruction; a page stuck inside a native call that never returns is not, so at the hard limit
    the watchdog calls ``on_stuck(index)`` (which notes the page next to the shard) and ends the process.

        with PageClock(60, note) as clock:
            for k, item in enumerate(items):
                try:
                    records = clock.run(k, item.id, lambda: process_item(item))
                except PageTimeout:
                    records = [{"id": item.id, "error": timeout_reason(60)}]
    """

    def __init__(self, seconds: float | None, on_stuck=None, exit=os._exit):
        self.seconds = seconds if seconds and seconds > 0 else None
        self.on_stuck = on_stuck
        self.exit = exit  # tests replace it: a test process must not end itself
        self.lock = threading.Lock()
        self.current: tuple[int, str, float, int] | None = None  # index, id, start, thread
        self.fired = False
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._watch, name="banmian-page-clock", daemon=True)

    def __enter__(self) -> PageClock:
        if self.seconds:
            self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join()

    def run(self, index: int, item_id: str, fn):
        """``fn()`` under the time limit; raises ``PageTimeout`` when it ran over."""
        if not self.seconds:
            return fn()
        with self.lock:
            self.current, self.fired = (index, item_id, time.monotonic(), threading.get_ident()), False
        try:
            try:
                return fn()
            finally:
                with self.lock:
                    self.current = None
                    if self.fired:  # fired just as the page ended: the timeout may still be pending; cancel it
                        _raise_in_thread(threading.get_ident(), None)
        except PageTimeout:
            with self.lock:  # raised before the lines above could run: the page is over all the same
                self.current = None
            raise

    def _watch(self) -> None:
        hard = hard_limit(self.seconds)
        while not self.stop.wait(min(0.25, self.seconds / 4)):
            with self.lock:
                cur = self.current
                if cur is None:
                    continue
                elapsed = time.monotonic() - cur[2]
                if elapsed > self.seconds and not self.fired:
                    self.fired = True
                    _raise_in_thread(cur[3], PageTimeout)
            if elapsed > hard:
                with contextlib.suppress(BaseException):
                    if self.on_stuck:
                        self.on_stuck(cur[0])
                    print(
                        f"banmian: page {cur[1]} still running after {hard:g} s (stuck outside Python); "
                        "ending this worker: the shard is rerun and the page recorded as a timeout",
                        file=sys.stderr,
                        flush=True,
                    )
                self.exit(75)
                return


def shard_filename(name: str, fmt: str) -> str:
    return f"{name}.{fmt}"


def record_line(rec: dict[str, Any]) -> str:
    return json.dumps(rec, ensure_ascii=False)


class _JsonlWriter:
    def __init__(self, path: Path):
        self.fh = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115 - closed by close()

    def write(self, rec: dict[str, Any]) -> None:
        self.fh.write(record_line(rec) + "\n")

    def close(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())  # the rename must publish data that is on disk
        self.fh.close()


def parquet_schema():
    """A fixed schema, so every shard (and every engine) writes the same columns whatever the pages hold."""
    import pyarrow as pa

    cont = pa.struct([("page", pa.int64()), ("text", pa.string())])
    article = pa.struct(
        [
            ("id", pa.string()),
            ("kicker", pa.string()),
            ("title", pa.string()),
            ("subtitle", pa.string()),
            ("column", pa.string()),
            ("byline", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("body", pa.list_(pa.struct([("type", pa.string()), ("text", pa.string())]))),
            ("captions", pa.list_(pa.string())),
            ("continues_to", cont),
            ("continued_from", cont),
            ("region", pa.list_(pa.struct([("page", pa.int64()), ("bbox", pa.list_(pa.float64()))]))),
            ("entities", pa.string()),  # free-form dicts: kept as JSON text
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("error", pa.string()),
            ("source", pa.string()),
            ("newspaper", pa.string()),
            ("date", pa.string()),
            ("page", pa.int64()),
            ("articles", pa.list_(article)),
            ("furniture", pa.list_(pa.string())),
            ("unassigned", pa.list_(pa.string())),
        ]
    )


def _parquet_row(rec: dict[str, Any]) -> dict[str, Any]:
    row = dict(rec)
    if row.get("articles"):
        arts = []
        for a in row["articles"]:
            a = dict(a)
            if a.get("entities") is not None:
                a["entities"] = json.dumps(a["entities"], ensure_ascii=False)
            arts.append(a)
        row["articles"] = arts
    return row


class _ParquetWriter:
    BATCH = 500  # rows buffered before a row group is written: bounds a worker's memory

    def __init__(self, path: Path):
        import pyarrow.parquet as pq

        self.schema = parquet_schema()
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.rows: list[dict[str, Any]] = []

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def write(self, rec: dict[str, Any]) -> None:
        self.rows.append(_parquet_row(rec))
        if len(self.rows) >= self.BATCH:
            self._flush()

    def close(self) -> None:
        self._flush()
        self.writer.close()


def _writer(path: Path, fmt: str):
    return _ParquetWriter(path) if fmt == "parquet" else _JsonlWriter(path)


def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports kilobytes)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_shard(spec: dict[str, Any], opts: ShardOptions, on_progress=None) -> dict[str, Any]:
    """Process one shard and publish its file.  Returns the shard's counts.

    ``on_progress(n)`` is called now and then with the number of items done since the last call.
    Errors reading the input or writing the output propagate: the shard fails as a whole and a later
    run retries it; errors of single pages become error records.
    """
    started = time.time()
    t0 = time.perf_counter()
    cpu0 = time.process_time()  # CPU time is what a shard costs, whatever else the machine is running
    storage.set_storage_options(opts.storage_options)
    out = storage.OutDir(opts.out_dir)
    final = shard_filename(spec["name"], opts.fmt)
    tmpdir = tempfile.mkdtemp(prefix="banmian-shard-") if out.remote else None
    # a name of its own: a worker of a killed job may still be running this shard while a resumed job runs it
    # too, and two writers of one file would each publish the other's half-written bytes
    tmp = Path(tmpdir, final) if tmpdir else Path(out.url) / f".{final}.{os.getpid()}-{secrets.token_hex(4)}.part"
    timeout = opts.page_timeout if opts.page_timeout and opts.page_timeout > 0 else None
    stuck = read_stuck(out, spec["name"]) if timeout else []

    def note_stuck(k: int) -> None:
        out.write_bytes(stuck_note(spec["name"]), json.dumps({"items": sorted({*stuck, k})}).encode())

    pages = articles = errors = items = 0
    pending = 0
    writer = None
    try:
        writer = _writer(tmp, opts.fmt)
        with PageClock(timeout, note_stuck) as clock, cycles_every() as page_done:
            for k, item in enumerate(iter_shard_items(spec, opts.text_field, opts.id_field)):
                if k in stuck:
                    records = [{"id": item.id, "error": timeout_reason(timeout)}]
                else:
                    try:
                        records = clock.run(k, item.id, lambda item=item: process_item(item))
                    except PageTimeout:
                        records = [{"id": item.id, "error": timeout_reason(timeout)}]
                for rec in records:
                    writer.write(rec)
                    if "error" in rec:
                        errors += 1
                    else:
                        pages += 1
                        articles += len(rec.get("articles") or ())
                items += 1
                page_done()
                pending += 1
                if on_progress and pending >= 16:
                    on_progress(pending)
                    pending = 0
        writer.close()
        if items != spec["items"]:
            # the input changed under us (a file truncated, a folder edited): do not publish a short shard
            raise RuntimeError(f"{spec['name']}: expected {spec['items']} items, read {items}; did the input change?")
        if out.remote:
            out.upload(str(tmp), final)  # one upload of the whole file; the manifest records it after
        else:
            os.replace(tmp, out.path(final))
        if stuck:
            out.remove(stuck_note(spec["name"]))
    except BaseException:
        if writer is not None:
            with contextlib.suppress(Exception):  # the shard is being discarded anyway
                writer.close()
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)
        if on_progress and pending:
            on_progress(pending)
    return {
        "name": spec["name"],
        "file": final,
        "items": items,
        "pages": pages,
        "articles": articles,
        "errors": errors,
        "seconds": round(time.perf_counter() - t0, 3),
        "started": started,  # wall-clock start and end: the gaps between a worker's shards are engine overhead
        "ended": time.time(),
        "cpu_seconds": round(time.process_time() - cpu0, 3),
        "pid": os.getpid(),
        "peak_rss_mb": peak_rss_mb(),
    }


def count_shard_file(path: str | Path, fmt: str) -> dict[str, Any]:
    """Recount a published shard (used on resume when the job died before recording it in the manifest)."""
    pages = articles = errors = 0
    if fmt == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(str(path), columns=["error", "articles"])
        for err, arts in zip(table.column("error").to_pylist(), table.column("articles").to_pylist(), strict=True):
            if err is not None:
                errors += 1
            else:
                pages += 1
                articles += len(arts or ())
    else:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if "error" in rec:
                    errors += 1
                else:
                    pages += 1
                    articles += len(rec.get("articles") or ())
    return {"file": storage.basename(str(path)), "pages": pages, "articles": articles, "errors": errors}
