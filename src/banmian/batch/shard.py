"""Run one shard: read its items, run the page function on each, write the shard file atomically.

The shard is written to a hidden ``.part`` file and renamed when complete, so a shard file that exists is
always whole: a killed job leaves only ``.part`` files behind, which the next run deletes.  Every engine
calls ``run_shard``; it runs in a worker process (a pool process or a Ray task).
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from banmian.batch.inputs import iter_shard_items
from banmian.batch.page import process_item

FORMATS = ("jsonl", "parquet")


@dataclass(frozen=True)
class ShardOptions:
    out_dir: str
    fmt: str = "jsonl"
    text_field: str = "text"
    id_field: str = "id"


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
    t0 = time.perf_counter()
    cpu0 = time.process_time()  # CPU time is what a shard costs, whatever else the machine is running
    out = Path(opts.out_dir)
    final = out / shard_filename(spec["name"], opts.fmt)
    tmp = out / f".{final.name}.part"
    pages = articles = errors = items = 0
    pending = 0
    writer = _writer(tmp, opts.fmt)
    try:
        for item in iter_shard_items(spec, opts.text_field, opts.id_field):
            for rec in process_item(item):
                writer.write(rec)
                if "error" in rec:
                    errors += 1
                else:
                    pages += 1
                    articles += len(rec.get("articles") or ())
            items += 1
            pending += 1
            if on_progress and pending >= 16:
                on_progress(pending)
                pending = 0
        writer.close()
        if items != spec["items"]:
            # the input changed under us (a file truncated, a folder edited): do not publish a short shard
            raise RuntimeError(f"{spec['name']}: expected {spec['items']} items, read {items}; did the input change?")
        os.replace(tmp, final)
    except BaseException:
        with contextlib.suppress(Exception):  # the shard is being discarded anyway
            writer.close()
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if on_progress and pending:
            on_progress(pending)
    return {
        "name": spec["name"],
        "file": final.name,
        "items": items,
        "pages": pages,
        "articles": articles,
        "errors": errors,
        "seconds": round(time.perf_counter() - t0, 3),
        "cpu_seconds": round(time.process_time() - cpu0, 3),
        "pid": os.getpid(),
        "peak_rss_mb": peak_rss_mb(),
    }


def count_shard_file(path: Path, fmt: str) -> dict[str, Any]:
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
    return {"file": path.name, "pages": pages, "articles": articles, "errors": errors}
