"""The per-page pipeline every front end shares (CLI, archive ingest, web upload, batch).

Sources sit at the edge (bytes → lines); ``reconstruct`` is pure (lines → Page).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from banmian.errors import read_input
from banmian.model import Line, Page
from banmian.reconstruct import reconstruct
from banmian.reconstruct.glyphs import glyphs_as_cells
from banmian.sources.text import decode_text, split_pages, text_to_lines

TEXT_SUFFIXES = {".txt", ".text", ""}
PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}
PAGE_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES | IMAGE_SUFFIXES


# a full collection after this many pages (see ``cycles_every``)
COLLECT_EVERY = 500


@contextmanager
def cycles_every(pages: int = COLLECT_EVERY) -> Iterator[Callable[[], None]]:
    """Many pages read in one process (a batch shard, ``banmian parse`` over a folder) with CPython's cycle
    collector run every ``pages`` pages, not by allocation counts.

    Why: reading a text page makes no reference cycles, in either build (``tests/test_batch.py`` holds it to that),
    yet the collector, started by allocation counts, walks each page's young lines, units and sets again and again
    looking for them: 6–9 % of a page's time in pure Python, 7–15 % compiled.  PDF pages do leave a few (pypdfium2's
    objects, about ten a page), as may a page's error: one full collection every ``pages`` pages frees them, for a
    few milliseconds.  Yields the function to call after each page; a collector found off is left off."""
    if not gc.isenabled():
        yield lambda: None
        return
    gc.disable()
    done = 0

    def page_done() -> None:
        nonlocal done
        done += 1
        if done % pages == 0:
            gc.collect()

    try:
        yield page_done
    finally:
        gc.enable()


def parse_lines(
    lines: list[Line],
    *,
    source: str | None = None,
    newspaper: str | None = None,
    date: str | None = None,
    page: int | None = None,
) -> Page:
    result = reconstruct(lines)
    result.source = source
    # (given metadata wins; what is not given is what the page's head prints, or None)
    result.newspaper = newspaper or result.newspaper
    result.date = date or result.date
    result.page = page if page is not None else result.page
    for i, art in enumerate(result.articles, 1):
        art.id = art.id or f"a{i}"
    return result


def link_continuations(pages: list[Page]) -> None:
    """Link ``（下转第X版）`` on one page to ``（上接第Y版）`` on page X, both ways, by article id."""
    by_page = {pg.page: pg for pg in pages if pg.page is not None}
    for pg in pages:
        for art in pg.articles:
            to = art.continues_to
            target_page = by_page.get(to.page) if to and to.page is not None else None
            if target_page is None:
                continue
            for other in target_page.articles:
                back = other.continued_from
                if back and back.page == pg.page and back.article is None:
                    to.article, back.article = other.id, art.id
                    break


def parse_text(text: str, **meta) -> Page:
    """Parse the text of one page (as a PDF text extractor gives it) into a ``Page``.  Glyphs the extractor could not
    name (pdfminer.six's ``(cid:1234)``) are read a cell each and given back as they came (``reconstruct.glyphs``)."""
    copy = glyphs_as_cells(text)
    if copy is None:
        return parse_lines(text_to_lines(text), **meta)
    page = parse_lines(text_to_lines(copy[0]), **meta)
    page.translate(copy[1])
    return page


def parse_bytes(data: bytes, name: str, **meta) -> list[Page]:
    """Parse one input file's bytes; the suffix of ``name`` picks the reader.  PDFs may give many pages."""
    suffix = Path(name).suffix.lower()
    meta.setdefault("source", name)
    if suffix in PDF_SUFFIXES or data[:5] == b"%PDF-":
        from banmian.sources.pdf import read_pdf_bytes

        pages = [
            parse_lines(lines, **{**meta, "page": meta.get("page") or n}) for n, lines in read_pdf_bytes(data, name)
        ]
        return _one_issue(pages)
    if suffix in IMAGE_SUFFIXES:
        from banmian.sources.image import read_image_bytes

        return [parse_lines(read_image_bytes(data, name), **meta)]
    return parse_pages_text(decode_text(data, name), **meta)


def parse_pages_text(text: str, **meta) -> list[Page]:
    """Parse a text that may hold several pages, each ended by a form feed as pdftotext writes an issue
    (``split_pages``): one ``Page`` each; any other text is one page, as ``parse_text`` gives it."""
    texts = split_pages(text)
    if len(texts) == 1:
        return [parse_text(texts[0], **meta)]
    # the pages of an issue: numbered as their heads print, else in the file's order
    pages = [parse_text(t, **meta) for t in texts]
    numbers = [pg.page for pg in pages]
    if meta.get("page") is None and (None in numbers or len(set(numbers)) < len(numbers)):
        for n, pg in enumerate(pages, 1):
            pg.page = n
    return _one_issue(pages)


def _one_issue(pages: list[Page]) -> list[Page]:
    """Several pages of one file are one issue's: article ids unique within it, continuations linked."""
    if len(pages) > 1:
        for n, pg in enumerate(pages, 1):
            for i, art in enumerate(pg.articles, 1):
                art.id = f"p{pg.page if pg.page is not None else n}-a{i}"
        link_continuations(pages)
    return pages


def parse_file(path: str | Path, **meta) -> list[Page]:
    """Parse a page file (text, PDF or image).  Raises ``BadInput`` with a one-line reason."""
    return parse_bytes(read_input(path), str(path), **meta)


def iter_page_files(root: Path) -> list[Path]:
    """Every page file under a folder, in a stable order (hidden files skipped)."""
    return sorted(
        f
        for f in root.rglob("*")
        if f.is_file()
        and f.suffix.lower() in PAGE_SUFFIXES - {""}
        and not any(part.startswith(".") for part in f.relative_to(root).parts)
        and not f.name.endswith(".truth.json")
    )


def _parse_or_reason(path: Path, meta: dict) -> tuple[list[Page] | None, BadInputInfo | None]:
    from banmian.errors import BadInput

    try:
        return parse_file(path, **meta), None
    except BadInput as e:
        return None, BadInputInfo(str(e), e.reason)  # (plain strings cross process boundaries)


def default_jobs(files: list[Path]) -> int:
    """Scans are OCR'd in parallel (seconds of CPU each); text and PDF pages parse faster than a
    process starts, so they stay in this one."""
    import os

    if any(f.suffix.lower() in IMAGE_SUFFIXES for f in files) and len(files) > 1:
        return min(len(files), os.cpu_count() or 1)
    return 1


class BadInputInfo(NamedTuple):
    message: str  # the one-line message, naming the file
    reason: str


def parse_files(files: list[Path], jobs: int = 1, **meta):
    """Parse many files, ``jobs`` processes at a time, yielding ``(file, pages, None)`` or
    ``(file, None, BadInputInfo)`` in the files' order; a bad file never stops the run."""
    if jobs <= 1 or len(files) <= 1:
        for f in files:
            yield (f, *_parse_or_reason(f, meta))
        return
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # one file per task, results in order: a broadsheet scan is seconds of work, the pickling is not
        yield from ((f, *r) for f, r in zip(files, pool.map(partial(_parse_or_reason, meta=meta), files), strict=True))
