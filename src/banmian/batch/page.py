"""The one per-page function every engine runs: an input item → output records.

A good page gives ``{"id": …, **Page.to_dict()}``; a page that fails gives ``{"id": …, "error": reason}``.
Nothing a page does can raise out of here: one bad page must never stop a job of millions.
"""

from __future__ import annotations

import os
import time
import warnings
from typing import Any

from banmian.batch import storage
from banmian.batch.inputs import Item
from banmian.errors import BadInput
from banmian.pipeline import parse_bytes, parse_pages_text
from banmian.sources.text import DamagedText, refuse_glyph_numbers

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
        if _TEST_SLOW in os.environ:
            _slow_for_tests(item)
        if item.path is not None:
            if storage.size(item.path) > MAX_PAGE_FILE_BYTES:
                raise BadInput(item.path, f"the file is over {MAX_PAGE_FILE_BYTES // 2**20} MB")
            with warnings.catch_warnings():
                # a damaged page's U+FFFD marks say it in its record; a job of millions prints no line per page
                warnings.simplefilter("ignore", DamagedText)
                pages = parse_bytes(storage.read_bytes(item.path), item.path)
            if not pages:
                return [{"id": item.id, "error": "no pages in the file"}]
            if len(pages) == 1:
                return [{"id": item.id, **pages[0].to_dict()}]
            return [{"id": f"{item.id}#{n}", **pg.to_dict()} for n, pg in enumerate(pages, 1)]
        if not isinstance(item.text, str):
            return [{"id": item.id, "error": f"the text field holds {type(item.text).__name__}, not a string"}]
        if not item.text.strip():
            return [{"id": item.id, "error": "the text is empty"}]
        if "(cid:" in item.text:
            refuse_glyph_numbers(item.text, item.source)  # (a record of pdfminer's glyph numbers only: no text)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DamagedText)  # (mojibake mended: a job of millions prints no line a page)
            pages = parse_pages_text(item.text, source=item.source, **(item.meta or {}))
        if len(pages) == 1:
            return [{"id": item.id, **pages[0].to_dict()}]
        # a record holding a whole issue, its pages ended by form feeds (pdftotext): a record a page, as a PDF's
        return [{"id": f"{item.id}#{n}", **pg.to_dict()} for n, pg in enumerate(pages, 1)]
    except RecursionError:
        return [{"id": item.id, "error": "RecursionError: the page is too deeply nested to parse"}]
    except Exception as e:  # any failure of one page becomes its error record
        return [{"id": item.id, "error": _reason(e)}]


def timeout_reason(seconds: float) -> str:
    return f"timeout after {seconds:g} s"


class PageTimeout(BaseException):
    """Raised in the thread running a page when the page runs over its time (see ``banmian.batch.shard``).
    A BaseException, so that no ``except Exception`` inside the parser can swallow it."""


# --- a test hook, not a feature: makes a page slow so that the tests can show the timeout -------------
# ``_BANMIAN_TEST_SLOW_PAGE=TEXT[,native:TEXT2]``: a page whose text or path contains TEXT spins in Python
# for 20 s, then parses normally (so a test whose timeout failed ends with a wrong record, not a hang);
# ``native:`` sleeps instead, like native code that never returns to the interpreter, and swallows the
# timeout raised when it does, so only the watchdog's hard limit can end it.
_TEST_SLOW = "_BANMIAN_TEST_SLOW_PAGE"


def _slow_for_tests(item: Item) -> None:
    where = f"{item.text if isinstance(item.text, str) else ''}{item.path or ''}"
    for spec in os.environ[_TEST_SLOW].split(","):
        marker = spec.removeprefix("native:")
        if not marker or marker not in where:
            continue
        if spec.startswith("native:"):
            try:
                time.sleep(20)
                for _ in range(1000):
                    pass  # a pending timeout is raised here, and swallowed
            except PageTimeout:
                pass
        else:
            t = time.monotonic()
            while time.monotonic() - t < 20:
                pass
