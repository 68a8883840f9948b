"""Batch mode: the per-page pipeline over millions of pages, on local processes or a Ray cluster.

    >>> from banmian.batch import run_batch
    >>> summary = run_batch(["corpus/*.jsonl.gz"], "out/", engine="local", workers=8)

Output: ``out/shard-NNNNNN.jsonl`` (or ``.parquet``), one record per page, and ``out/manifest.json``.
"""

from banmian.batch.page import process_item
from banmian.batch.runner import run_batch

__all__ = ["process_item", "run_batch"]
