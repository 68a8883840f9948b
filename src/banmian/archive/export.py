"""Export of a search or filter result as JSON Lines, CSV or Markdown, written atomically."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from banmian.errors import BadInput
from banmian.formats import atomic_output

if TYPE_CHECKING:
    from banmian.archive import Archive

FORMATS = {"jsonl": "jsonl", "csv": "csv", "markdown": "md"}
CSV_FIELDS = [
    "id",
    "key",
    "newspaper",
    "date",
    "edition",
    "page",
    "page_name",
    "order",
    "column",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "authors",
    "text",
]


def body_text(art: dict[str, Any]) -> str:
    return "\n\n".join(b["text"] for b in art.get("body") or [])


def _write_jsonl(out: IO[str], arts) -> int:
    n = 0
    for a in arts:
        out.write(json.dumps(a, ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_csv(out: IO[str], arts) -> int:
    w = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    n = 0
    for a in arts:
        w.writerow({**a, "authors": "; ".join(a.get("authors") or []), "text": body_text(a)})
        n += 1
    return n


def _write_markdown(out: IO[str], arts) -> int:
    from banmian.formats import article_markdown
    from banmian.model import Article

    n = 0
    for a in arts:
        head = " · ".join(
            str(x) for x in (a["newspaper"], a["date"], f"第{a['page']}版" if a.get("page") else None) if x
        )
        if n:
            out.write("\n---\n\n")
        out.write(f"<!-- {head} -->\n\n" + article_markdown(Article.from_dict(a)) + "\n")
        n += 1
    return n


def export(ar: Archive, fmt: str, out: str | os.PathLike | None, query: str = "", **filters: Any) -> int:
    """Write every article matching ``query`` and ``filters`` to ``out`` in ``fmt``; see ``Archive.export``."""
    if fmt not in FORMATS:
        raise BadInput(str(fmt), f"unknown export format: choose one of {', '.join(FORMATS)}")
    target: Path | None = None
    if out is not None and str(out) != "-":
        target = Path(out)
        # "out/", an existing folder, or a name without an extension: a folder to write into
        if target.is_dir() or str(out).endswith(("/", os.sep)) or not target.suffix:
            target = target / f"banmian-export.{FORMATS[fmt]}"
    writer = {"jsonl": _write_jsonl, "csv": _write_csv, "markdown": _write_markdown}[fmt]
    arts = ar.iter_articles(query, **filters)
    with atomic_output(target) as fh:
        return writer(fh, arts)
