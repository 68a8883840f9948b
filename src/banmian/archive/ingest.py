"""Finding what to ingest: page files in folders, and structured records in JSON Lines files."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from banmian.errors import BadInput
from banmian.model import Article, Block, Page
from banmian.pipeline import PAGE_SUFFIXES

RECORD_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")


def collect_files(paths: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Page and record files under ``paths`` (folders recurse, hidden files skipped), and the paths that
    could not be used with their reasons."""
    files: list[Path] = []
    failed: list[tuple[str, str]] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if not f.is_file() or any(part.startswith(".") for part in rel) or f.name.endswith(".truth.json"):
                    continue
                if f.name.endswith(RECORD_SUFFIXES) or f.suffix.lower() in PAGE_SUFFIXES - {""}:
                    files.append(f)
        elif p.is_file():
            files.append(p)
        else:
            failed.append((str(p), "no such file or folder"))
    return files, failed


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a ``.jsonl`` or ``.jsonl.gz`` file, one a line.  A bad line raises ``BadInput``
    naming the file and line (pages before it are already committed)."""
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise BadInput(f"{path}:{n}", f"not JSON ({e.msg})") from None
                if not isinstance(obj, dict):
                    raise BadInput(f"{path}:{n}", "a record must be a JSON object")
                yield obj
    except (OSError, EOFError, UnicodeDecodeError) as e:
        raise BadInput(str(path), f"cannot read records: {e}") from None


def _record_article(r: dict[str, Any]) -> Article:
    paragraphs = r.get("paragraphs")
    if paragraphs is None and isinstance(r.get("body"), list):
        body = [
            Block(b.get("type", "paragraph"), b["text"]) if isinstance(b, dict) else Block("paragraph", str(b))
            for b in r["body"]
        ]
    else:
        body = [Block("paragraph", str(p)) for p in paragraphs or [] if str(p).strip()]
    return Article(
        id=str(r.get("id") or ""),
        kicker=r.get("kicker"),
        title=r.get("title"),
        subtitle=r.get("subtitle"),
        column=r.get("column"),
        byline=r.get("byline"),
        authors=list(r.get("authors") or []),
        body=body,
        captions=list(r.get("captions") or []),
    )


def records_to_pages(
    records: Iterable[dict[str, Any]], source: str | None
) -> Iterator[tuple[Page, str, str, str | None] | BadInput]:
    """Group consecutive article records of one newspaper/date/page into pages; pass page dicts through.

    Yields ``(page, content hash, edition, page name)``, or a ``BadInput`` for a record that cannot be
    used (the caller records it and goes on).
    """
    group: list[dict[str, Any]] = []
    key: tuple | None = None

    def flush() -> Iterator[tuple[Page, str, str, str | None]]:
        if not group:
            return
        first = group[0]
        page = Page(
            articles=[_record_article(r) for r in group],
            source=source,
            newspaper=first.get("newspaper"),
            date=first.get("date"),
            page=_int(first.get("page")),
        )
        digest = hashlib.sha256(json.dumps(group, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
        yield page, digest, str(first.get("edition") or ""), first.get("page_name")

    try:
        for r in records:
            if "articles" in r:  # a whole page, as Page.to_dict() writes it
                yield from flush()
                group, key = [], None
                try:
                    page = Page.from_dict(r)
                except (KeyError, TypeError, ValueError) as e:
                    yield BadInput(source, f"page record unusable: {e}")
                    continue
                page.source = page.source or source
                digest = hashlib.sha256(json.dumps(r, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
                yield page, digest, str(r.get("edition") or ""), r.get("page_name")
                continue
            k = (r.get("newspaper"), r.get("date"), r.get("edition"), r.get("page"))
            if k != key:
                yield from flush()
                group, key = [], k
            group.append(r)
        yield from flush()
    except BadInput as e:
        yield from flush()
        yield e


def _int(v: Any) -> int | None:
    try:
        return int(v) if v is not None else None
    except (TypeError, ValueError):
        return None
