"""What a batch job reads: expand the INPUT arguments, cut them into shards, and read one shard's items.

Two kinds of input:

* record files — JSONL (``.jsonl``, ``.jsonl.gz``, ``.ndjson``…) or Parquet with one page's text per record
  in a text field (the usual shape of pretraining corpora);
* page files — text, PDF or image files, one file per item (a PDF may give several pages).

A shard is a deterministic slice of the input: records ``[start, stop)`` of one record file, or a run of
consecutive page files in sorted order.  The same INPUT arguments always give the same shards, so a killed
job can resume shard by shard.  Shards never span two record files: a worker reads its slice directly from
storage and the driver never holds page text.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from banmian.batch import storage
from banmian.errors import BadInput
from banmian.pipeline import PAGE_SUFFIXES

RECORD_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz", ".parquet")
PAGE_FILE_SUFFIXES = PAGE_SUFFIXES - {""}


def is_record_file(path: str | Path) -> bool:
    return str(path).lower().endswith(RECORD_SUFFIXES)


def is_page_file(path: str | Path) -> bool:
    name = storage.basename(str(path))
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name.lstrip(".") else ""
    return suffix in PAGE_FILE_SUFFIXES and not name.endswith(".truth.json")


def _folder_files(root: Path) -> list[Path]:
    """Record and page files under a folder, sorted, hidden files and folders skipped."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            p = Path(dirpath) / name
            if is_record_file(p) or is_page_file(p):
                out.append(p)
    return sorted(out)


def expand_inputs(inputs: list[str]) -> tuple[list[str], list[str]]:
    """INPUT arguments (files, folders, glob patterns) → (record files, page files), each in a stable order.

    A URL (``s3://bucket/corpus/*.jsonl.gz``, ``gs://…``) is listed through fsspec (``banmian[s3]``).
    Raises ``BadInput`` for an argument that names nothing.
    """
    records: list[str] = []
    pages: list[str] = []
    seen: set[str] = set()
    for arg in inputs:
        magic = glob.has_magic(arg)
        files: list[tuple[str, bool]]  # (file, found by listing a folder)
        if storage.is_url(arg):
            files = storage.expand_url(arg, magic)
            if not files:
                raise BadInput(arg, "the pattern matches no file" if magic else "no such file or folder")
        else:
            local = storage.local_path(arg)
            if magic:
                matches = [Path(m) for m in sorted(glob.glob(local, recursive=True))]
                if not matches:
                    raise BadInput(arg, "the pattern matches no file")
            else:
                p = Path(local)
                if not p.exists():
                    raise BadInput(arg, "no such file or folder")
                matches = [p]
            files = [(str(f), True) if m.is_dir() else (str(m), False) for m in matches for f in _dir_or(m)]
        found = False
        for key, in_folder in files:
            if key in seen:  # named twice (a file and its folder, two patterns): read once, and not "nothing found"
                found = True
                continue
            if is_record_file(key):
                records.append(key)
            elif in_folder and not is_page_file(key):
                continue
            else:
                pages.append(key)  # a file named on the command line is a page, whatever its suffix
            seen.add(key)
            found = True
        if not found:
            raise BadInput(arg, "no page or record files found")
    return records, pages


def _dir_or(p: Path) -> list[Path]:
    return _folder_files(p) if p.is_dir() else [p]


def _open_text(path: str):
    return storage.open_text(path)


def _parquet_file(path: str):
    import pyarrow.parquet as pq

    if storage.is_url(path):
        return pq.ParquetFile(storage.open_binary(path))  # reads the footer and row groups by range requests
    return pq.ParquetFile(path)


def count_records(path: str, text_field: str) -> int:
    """Number of records in a record file (non-blank JSONL lines; Parquet rows from the footer)."""
    try:
        if path.lower().endswith(".parquet"):
            pf = _parquet_file(path)
            if text_field not in pf.schema_arrow.names:
                raise BadInput(
                    path,
                    f"no column {text_field!r} (columns: {', '.join(pf.schema_arrow.names)}); "
                    "choose one with --text-field",
                )
            return pf.metadata.num_rows
        n = 0
        with _open_text(path) as fh:
            for line in fh:
                if line.strip():
                    n += 1
        return n
    except BadInput:
        raise
    except ImportError:
        raise BadInput(path, "reading Parquet needs pyarrow: pip install 'banmian[ray]'") from None
    except (OSError, EOFError, ValueError) as e:
        raise BadInput(path, f"cannot read: {e}") from None
    except Exception as e:  # pyarrow raises its own error types for a corrupt footer
        raise BadInput(path, f"cannot read: {e}") from None


@dataclass(frozen=True, slots=True)
class Item:
    """One unit of input: a record's text, or a page file's path."""

    id: str
    source: str
    text: Any = None  # records: the text field's value (checked by the page function)
    path: str | None = None  # page files
    meta: dict[str, Any] | None = None
    error: str | None = None  # the record itself was unreadable (bad JSON…)


def plan_shards(records: list[str], pages: list[str], shard_size: int, text_field: str) -> list[dict[str, Any]]:
    """Cut the input into shards.  Each shard is a small JSON-able dict (the spec a worker runs)."""
    if shard_size < 1:
        raise BadInput(None, "--shard-size must be at least 1")
    shards: list[dict[str, Any]] = []
    for path in records:
        n = count_records(path, text_field)
        for start in range(0, n, shard_size):
            stop = min(n, start + shard_size)
            shards.append({"kind": "records", "source": path, "start": start, "stop": stop, "items": stop - start})
    for start in range(0, len(pages), shard_size):
        chunk = pages[start : start + shard_size]
        digest = hashlib.sha1("\n".join(chunk).encode("utf-8", "surrogateescape")).hexdigest()[:16]
        shards.append(
            {
                "kind": "files",
                "first": chunk[0],
                "last": chunk[-1],
                "items": len(chunk),
                "files_sha1": digest,
                "files": chunk,
            }
        )
    width = max(6, len(str(len(shards))))
    for k, s in enumerate(shards):
        s["name"] = f"shard-{k:0{width}d}"
    return shards


def shard_key(spec: dict[str, Any]) -> dict[str, Any]:
    """What identifies a shard's input in the manifest (the file list itself is not stored, only its hash)."""
    return {k: v for k, v in spec.items() if k != "files"}


def _meta_of(rec: dict[str, Any]) -> dict[str, Any]:
    """Page metadata a record may carry (kept only when it has the model's type)."""
    meta: dict[str, Any] = {}
    for key in ("newspaper", "date"):
        if isinstance(rec.get(key), str):
            meta[key] = rec[key]
    if isinstance(rec.get("page"), int) and not isinstance(rec.get("page"), bool):
        meta["page"] = rec["page"]
    return meta


def _record_item(rec: Any, where: str, text_field: str, id_field: str) -> Item:
    if not isinstance(rec, dict):
        return Item(id=where, source=where, error="the record is not a JSON object")
    rid = rec.get(id_field)
    rid = where if rid is None or rid == "" else str(rid)
    if text_field not in rec:
        return Item(id=rid, source=where, error=f"no field {text_field!r} in the record")
    return Item(id=rid, source=where, text=rec[text_field], meta=_meta_of(rec))


def _iter_jsonl(path: str, start: int, stop: int, text_field: str, id_field: str) -> Iterator[Item]:
    k = -1
    with _open_text(path) as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            k += 1
            if k < start:
                continue  # skipping means decompressing; cheap next to parsing the pages
            if k >= stop:
                return
            where = f"{path}:{lineno}"
            try:
                rec = json.loads(line)
            except ValueError as e:
                yield Item(id=where, source=where, error=f"invalid JSON: {e}")
                continue
            yield _record_item(rec, where, text_field, id_field)


def _iter_parquet(path: str, start: int, stop: int, text_field: str, id_field: str) -> Iterator[Item]:
    pf = _parquet_file(path)
    names = pf.schema_arrow.names
    cols = [c for c in dict.fromkeys([text_field, id_field, "newspaper", "date", "page"]) if c in names]
    offset = 0
    for g in range(pf.metadata.num_row_groups):
        n = pf.metadata.row_group(g).num_rows
        if offset + n <= start:
            offset += n
            continue  # whole row group before the shard: not read at all
        if offset >= stop:
            return
        rows = pf.read_row_group(g, columns=cols).to_pylist()
        for i, rec in enumerate(rows):
            k = offset + i
            if start <= k < stop:
                yield _record_item(rec, f"{path}:{k + 1}", text_field, id_field)
        offset += n


def iter_shard_items(spec: dict[str, Any], text_field: str, id_field: str) -> Iterator[Item]:
    """The items of one shard, read lazily from storage."""
    if spec["kind"] == "files":
        for f in spec["files"]:
            yield Item(id=f, source=f, path=f)
        return
    path = spec["source"]
    if path.lower().endswith(".parquet"):
        yield from _iter_parquet(path, spec["start"], spec["stop"], text_field, id_field)
    else:
        yield from _iter_jsonl(path, spec["start"], spec["stop"], text_field, id_field)
