"""Scanned pages (PNG, JPEG, TIFF…) → ``Line`` objects through OCR (extra ``banmian[ocr]``).

OCR is RapidOCR (PP-OCR models run by ONNX Runtime).  ``rapidocr`` ≥ 3.10 ships its detection,
direction and recognition models inside the wheel, so it runs offline; nothing is downloaded.

Each detected text line becomes one box; boxes go through the same XY-cut and block breaks as PDF
text (``banmian.sources.pdf.lines_from_boxes``).  Boxes are converted from pixels to PDF points at
the image's resolution (its DPI metadata, else ``DEFAULT_DPI``), so ``Line.bbox`` and ``Article.region``
use the same unit for scans as for PDFs.  Font size is estimated from the box height; OCR cannot see
weight, so ``bold`` is always false.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import logging
import os
import statistics
import warnings

from banmian.errors import BadInput
from banmian.model import Line

DEFAULT_DPI = 150  # assumed when an image carries no resolution
MAX_PIXELS = 89_000_000  # over a broadsheet at 600 dpi; more is a decompression bomb, not a page
MIN_SIDE = 200  # pixels: smaller is an icon, not a page
MAX_OCR_SIDE = 4000  # larger images are scaled down before OCR: more pixels only cost time
MAX_IMAGE_BYTES = 256 * 1024 * 1024
OCR_EXTRA_HINT = "pip install 'banmian[ocr]'"
# Detected box height / font size for printed CJK lines at PP-OCR's default unclip ratio
# (measured on pages rendered from PDFs with known sizes).
BOX_TO_SIZE = 1.25
GUTTER_EM = 0.4  # width of a gutter, in ems of the line's text
GUTTER_INK = 0.12  # share of the rows around a line that may have ink in a gutter (hanging punctuation)
HANGING_INK = 0.3  # ink per pixel column, in line heights, of a hanging mark (a character's stroke has more)
INK_EM = 0.88  # ink height of a line of ideographs, in ems
MIN_SCORE = 0.5  # recognitions the model is less sure of are noise (RapidOCR's own default)


def ocr_available() -> bool:
    return importlib.util.find_spec("rapidocr") is not None and importlib.util.find_spec("onnxruntime") is not None


@functools.lru_cache(maxsize=1)
def _engine():
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    from rapidocr import RapidOCR

    # Whole newspaper pages: keep the resolution (RapidOCR shrinks inputs to 2,000 px by default,
    # too small for 9-pt body text on a broadsheet).
    # A broadsheet has well over RapidOCR's default 1,000 line boxes; print is upright, so the
    # direction classifier only costs time.
    params = {
        "Global.log_level": "error",
        "Global.max_side_len": MAX_OCR_SIDE,
        "Global.use_cls": False,
        "Det.max_candidates": 5000,
    }
    threads = int(os.environ.get("BANMIAN_OCR_THREADS", "0") or 0)
    if threads > 0:  # one thread per worker when pages run in parallel processes
        params["EngineConfig.onnxruntime.intra_op_num_threads"] = threads
        params["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
    return RapidOCR(params=params)


def _need_ocr(name: str) -> None:
    if not ocr_available():
        raise BadInput(name, f"reading scanned pages needs OCR: {OCR_EXTRA_HINT}")


def _prepare(img, name: str, dpi: float):
    """The page as an RGB array (scaled down past ``MAX_OCR_SIDE``), the pixel → point factor, and
    running sums of its ink mask down the columns and along the rows (they find gutters)."""
    _need_ocr(name)
    import numpy as np

    img = img.convert("RGB")
    scale = 1.0
    if max(img.size) > MAX_OCR_SIDE:
        scale = MAX_OCR_SIDE / max(img.size)
        img = img.resize((round(img.width * scale), round(img.height * scale)))
    arr = np.asarray(img)
    ink = arr.min(axis=2) < 128
    sums = (np.cumsum(ink, axis=0, dtype=np.int32), np.cumsum(ink, axis=1, dtype=np.int32))
    return arr, 72.0 / (dpi * scale), sums


def _poly_box(poly, k: float) -> tuple[float, float, float, float]:
    xs = [float(p[0]) for p in poly]
    ys = [float(p[1]) for p in poly]
    return min(xs) * k, min(ys) * k, max(xs) * k, max(ys) * k


def _pieces(ink_sums, x0: float, y0: float, x1: float, y1: float) -> list[tuple[int, int]]:
    """The detected line box (pixels) cut at the gutters it runs across, each piece trimmed to its ink:
    ``[(px0, px1), …]``.  A hanging mark in a gutter stays with the piece on its left."""
    ink_cum = ink_sums[0]
    h, w = ink_cum.shape
    c0, c1 = max(0, int(x0)), min(w, int(x1) + 1)
    l0, l1 = max(0, int(y0)), min(h - 1, int(y1))
    if c1 - c0 < 2 or l1 <= l0:
        return []
    own = (ink_cum[l1, c0:c1] - ink_cum[l0, c0:c1]).tolist()
    size = max(1.0, (y1 - y0) / BOX_TO_SIZE)
    # each piece runs to the end of the gutter after it: a mark hanging into the gutter is its own
    bounds = [c0, *[g1 for _, g1 in _gutters(ink_sums, x0, y0, x1, y1, size)], c1]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        cols = [i for i in range(a - c0, b - c0) if own[i] > 0]
        if cols:
            out.append((c0 + cols[0], c0 + cols[-1] + 1))
    # a piece that is only a hanging mark (narrow, after a gutter) joins the piece before it
    merged: list[tuple[int, int]] = []
    for a, b in out:
        if merged and b - a < 0.6 * size and a - merged[-1][1] < 1.5 * size:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def ocr_boxes(img, name: str, dpi: float) -> list[tuple[str, float, float, float, float, float]]:
    """OCR a PIL image: ``(text, x0, y0, x1, y1, size)`` per printed line, in points (y down).

    Detection runs on the whole page; its line boxes often run across the narrow gutter between
    newspaper columns (the detector's dilation joins lines that align), so each box is cut at the
    gutters the page's ink shows (a white band over the rows around it) and every piece — one
    column's line — is recognised on its own.  Without the cut, the recogniser reads two columns as
    one line and the columns' texts interleave.
    """
    arr, k, ink_sums = _prepare(img, name, dpi)
    eng = _engine()
    det = eng(arr, use_det=True, use_cls=False, use_rec=False)
    if det is None or det.boxes is None or not len(det.boxes):
        return []
    row_cum = ink_sums[1]
    crops, boxes = [], []
    for poly in det.boxes:
        x0, y0, x1, y1 = _poly_box(poly, 1.0)
        y0i, y1i = max(0, int(y0)), min(arr.shape[0], int(y1) + 1)
        for a, b in _pieces(ink_sums, x0, y0, x1, y1):
            pad = max(1, round(0.15 * (y1 - y0)))  # the recogniser wants a little white either side
            crops.append(arr[y0i:y1i, max(0, a - pad) : min(arr.shape[1], b + pad)])
            # the line's size from its ink height (ideographs fill ~0.88 em), steadier than the box
            rows = (row_cum[y0i:y1i, b - 1] - (row_cum[y0i:y1i, a - 1] if a > 0 else 0)) > 0
            ink_rows = rows.nonzero()[0]
            ink_h = float(ink_rows[-1] - ink_rows[0] + 1) if len(ink_rows) else (y1 - y0) / BOX_TO_SIZE
            boxes.append((a, y0, b, y1, ink_h / INK_EM))
    if not crops:
        return []
    rec = eng.recognize_txt(crops)
    out = []
    for (a, y0, b, y1, size), text, score in zip(boxes, rec.txts or (), rec.scores or (), strict=False):
        text = str(text).strip()
        if text and score >= MIN_SCORE:
            out.append((text, a * k, y0 * k, b * k, y1 * k, size * k))
    return _snap_sizes(out)


def ocr_lines(img, name: str, page: int = 1, dpi: float = DEFAULT_DPI) -> list[Line]:
    """OCR a PIL image into lines in reading order: one box per column line (``ocr_boxes``), then the
    same XY-cut and block logic as PDF text (``banmian.sources.pdf.lines_from_boxes``)."""
    from banmian.sources.pdf import lines_from_boxes, normalise_char

    boxes = [("".join(normalise_char(ch) for ch in t), *rest) for t, *rest in ocr_boxes(img, name, dpi)]
    return lines_from_boxes(boxes, page=page)


def _gutters(ink_sums, x0: float, y0: float, x1: float, y1: float, size: float) -> list[tuple[float, float]]:
    """Gutters inside a detected line box (pixels): bands at least ``GUTTER_EM`` wide that are nearly
    free of ink over the rows around the line (the white after a ``、`` inside a column does not line
    up from row to row) and on the line itself hold at most a hanging punctuation mark (little ink
    per pixel column: a mark, not a stroke of a character)."""
    ink_cum, row_cum = ink_sums
    h, w = ink_cum.shape
    lh = max(1.0, y1 - y0)
    r0, r1 = max(0, int(y0 - 6 * lh)), min(h - 1, int(y1 + 6 * lh))
    c0, c1 = max(0, int(x0)), min(w, int(x1) + 1)
    l0, l1 = max(0, int(y0)), min(h - 1, int(y1))
    if r1 <= r0 or c1 - c0 < 3:
        return []
    around = (ink_cum[r1, c0:c1] - ink_cum[r0, c0:c1]).tolist()
    own = (ink_cum[l1, c0:c1] - ink_cum[l0, c0:c1]).tolist()
    # only rows with text in the line's span count: white space above a first line proves nothing
    text_rows = int(((row_cum[r0:r1, c1 - 1] - row_cum[r0:r1, c0]) > 0).sum())
    limit = GUTTER_INK * text_rows
    mark = HANGING_INK * lh

    def clear(i: int) -> bool:
        return around[i] <= limit + own[i] and own[i] <= mark

    out: list[tuple[float, float]] = []
    start = None
    for i in range(len(around) + 1):
        if i < len(around) and clear(i):
            if start is None:
                start = i
        elif start is not None:
            end = i
            while end > start and own[end - 1] > 0:
                end -= 1  # faint ink touching the next column is the edge of its first character
            if start > 0 and i < len(around) and end - start >= GUTTER_EM * size:
                out.append((c0 + start, c0 + end))
            start = None
    return out


def _snap_sizes(boxes, from_height: bool = False):
    """OCR box heights jitter by a pixel or two: snap sizes near the body size to it, round the rest."""
    if not boxes:
        return boxes
    if from_height:
        boxes = [(t, x0, y0, x1, y1, (y1 - y0) / BOX_TO_SIZE) for t, x0, y0, x1, y1, _ in boxes]
    body = statistics.median(b[5] for b in boxes)
    snapped = []
    for t, x0, y0, x1, y1, size in boxes:
        size = body if abs(size - body) <= 0.2 * body else round(size)
        snapped.append((t, x0, y0, x1, y1, round(size, 1)))
    return snapped


def ocr_pil_image(img, name: str, page: int = 1, dpi: float = DEFAULT_DPI) -> list[Line]:
    return ocr_lines(img, name, page=page, dpi=dpi)


def _worker_init() -> None:
    os.environ["BANMIAN_OCR_THREADS"] = "1"


def _ocr_png(args: tuple[bytes, str, int, float]) -> list[Line]:
    from PIL import Image

    data, name, page, dpi = args
    return ocr_lines(Image.open(io.BytesIO(data)), name, page=page, dpi=dpi)


def ocr_pil_images(
    images: list, name: str, pages: list[int], dpi: float, workers: int | None = None
) -> list[list[Line]]:
    """OCR several page images (e.g. the scanned pages of one issue) in parallel processes, one
    ONNX Runtime thread each: OCR is CPU-bound, and one page does not keep several cores busy."""
    _need_ocr(name)
    workers = min(len(images), workers or os.cpu_count() or 1)
    if workers <= 1:
        return [ocr_lines(img, name, page=n, dpi=dpi) for img, n in zip(images, pages, strict=True)]
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    jobs = []
    for img, n in zip(images, pages, strict=True):
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        jobs.append((buf.getvalue(), name, n, dpi))
    ctx = mp.get_context("spawn")  # no fork of a process that may hold ONNX Runtime threads
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init) as pool:
        return list(pool.map(_ocr_png, jobs))


def open_image(data: bytes, name: str):
    """Open image bytes with Pillow, refusing decompression bombs and things that are not pages."""
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise BadInput(name, "the file is empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise BadInput(name, f"the image is {len(data) // 2**20} MB, over the {MAX_IMAGE_BYTES // 2**20} MB limit")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadInput(name, f"image too large (over {MAX_PIXELS:,} pixels): a decompression bomb?") from None
    except UnidentifiedImageError:
        raise BadInput(name, "not an image Pillow can read") from None
    except OSError as e:
        raise BadInput(name, f"corrupt image: {e}") from None
    w, h = img.size
    if w * h > MAX_PIXELS:
        raise BadInput(name, f"image too large: {w}×{h} pixels, over {MAX_PIXELS:,}")
    if min(w, h) < MIN_SIDE:
        raise BadInput(name, f"image too small to be a page: {w}×{h} pixels")
    try:
        img.load()
    except Exception as e:  # truncated or corrupt pixel data: Pillow raises several types
        raise BadInput(name, f"corrupt or truncated image: {e}") from None
    return img


def image_dpi(img) -> float:
    dpi = img.info.get("dpi")
    try:
        d = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        d = 0.0
    return d if 30 <= d <= 2400 else DEFAULT_DPI


def read_image_bytes(data: bytes, name: str) -> list[Line]:
    """OCR one scanned page; raises ``BadInput`` for unreadable images, non-pages or a missing OCR extra."""
    _need_ocr(name)
    img = open_image(data, name)
    lines = ocr_pil_image(img, name, page=1, dpi=image_dpi(img))
    if not any(not ln.blank for ln in lines):
        raise BadInput(name, "no text found on the image (not a newspaper page?)")
    return lines
