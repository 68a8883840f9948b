"""The one per-page function every engine runs: an input item → output records.

A good page gives ``{"id": …, **Page.to_dict()}``; a page that fails gives ``{"id": …, "error": reason}``.
Nothing a page does can raise out of here: one bad page must never stop a job of millions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from banmian.batch.inputs import Item
from banmian.errors import BadInput
from banmian.pipeline import parse_bytes, parse_text

MAX_PAGE_FILE_BYTES = 256 * 1024 * 1024  # a page file larger than this is not a page


def _reason(e: BaseException) -> str:
    if isinstance(e, BadInput):
        return e.reason
    text = " ".join(str(e).split())[:300]
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


def process_item(item: Item) -> list[dict[str, Any]]:
    """Run the pipeline on one item.  Returns one record per page (a PDF file may hold several)."""
    if item.error:
        return [{"id": item.id, "error": item.error}]
    try:
        if item.path is not None:
            p = Path(item.path)
            if p.stat().st_size > MAX_PAGE_FILE_BYTES:
                raise BadInput(item.path, f"the file is over {MAX_PAGE_FILE_BYTES // 2**20} MB")
            pages = parse_bytes(p.read_bytes(), item.path)
            if not pages:
                return [{"id": item.id, "error": "no pages in the file"}]
            if len(pages) == 1:
                return [{"id": item.id, **pages[0].to_dict()}]
            return [{"id": f"{item.id}#{n}", **pg.to_dict()} for n, pg in enumerate(pages, 1)]
        if not isinstance(item.text, str):
            return [{"id": item.id, "error": f"the text field holds {type(item.text).__name__}, not a string"}]
        if not item.text.strip():
            return [{"id": item.id, "error": "the text is empty"}]
        page = parse_text(item.text, source=item.source, **(item.meta or {}))
        return [{"id": item.id, **page.to_dict()}]
    except RecursionError:
        return [{"id": item.id, "error": "RecursionError: the page is too deeply nested to parse"}]
    except Exception as e:  # any failure of one page becomes its error record
        return [{"id": item.id, "error": _reason(e)}]
