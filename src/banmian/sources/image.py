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


def ocr_available() -> bool:
    return importlib.util.find_spec("rapidocr") is not None and importlib.util.find_spec("onnxruntime") is not None


@functools.lru_cache(maxsize=1)
def _engine():
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    from rapidocr import RapidOCR

    # Whole newspaper pages: keep the resolution (RapidOCR shrinks inputs to 2,000 px by default,
    # too small for 9-pt body text on a broadsheet).
    return RapidOCR(params={"Global.log_level": "error", "Global.max_side_len": MAX_OCR_SIDE})


def _need_ocr(name: str) -> None:
    if not ocr_available():
        raise BadInput(name, f"reading scanned pages needs OCR: {OCR_EXTRA_HINT}")


def _ocr(img, name: str, dpi: float):
    """Run OCR on a PIL image; returns the RapidOCR result and the pixel → point factor."""
    _need_ocr(name)
    import numpy as np

    img = img.convert("RGB")
    scale = 1.0
    if max(img.size) > MAX_OCR_SIDE:
        scale = MAX_OCR_SIDE / max(img.size)
        img = img.resize((round(img.width * scale), round(img.height * scale)))
    # Character boxes let columns be told apart even when the detector's line box runs across a
    # narrow gutter.
    arr = np.asarray(img)
    try:
        res = _engine()(arr, return_word_box=True, return_single_char_box=True)
    except TypeError:  # rapidocr releases before single-character boxes: line boxes only
        res = _engine()(arr)
    ink = arr.min(axis=2) < 128
    # running sums of the ink mask down the columns and along the rows: they find gutters later
    return res, 72.0 / (dpi * scale), (np.cumsum(ink, axis=0, dtype=np.int32), np.cumsum(ink, axis=1, dtype=np.int32))


def _poly_box(poly, k: float) -> tuple[float, float, float, float]:
    xs = [float(p[0]) for p in poly]
    ys = [float(p[1]) for p in poly]
    return min(xs) * k, min(ys) * k, max(xs) * k, max(ys) * k


def ocr_boxes(img, name: str, dpi: float) -> list[tuple[str, float, float, float, float, float]]:
    """OCR a PIL image: ``(text, x0, y0, x1, y1, size)`` per detected line, in points (y down)."""
    res, k, _ = _ocr(img, name, dpi)
    if res is None or res.boxes is None or res.txts is None:
        return []
    out = []
    for poly, text in zip(res.boxes, res.txts, strict=False):
        x0, y0, x1, y1 = _poly_box(poly, k)
        out.append((str(text), x0, y0, x1, y1, (y1 - y0) / BOX_TO_SIZE))
    return _snap_sizes(out)


def ocr_lines(img, name: str, page: int = 1, dpi: float = DEFAULT_DPI) -> list[Line]:
    """OCR a PIL image into lines in reading order: each recognised character keeps its box and goes
    through the same row, column and block logic as PDF text (``banmian.sources.pdf.chars_to_lines``)."""
    from banmian.sources.pdf import _HANGING, _Char, _mark_hanging, chars_to_lines, lines_from_boxes, normalise_char

    res, k, ink_sums = _ocr(img, name, dpi)
    if res is None or res.boxes is None or res.txts is None:
        return []
    words = res.word_results if res.word_results and len(res.word_results) == len(res.txts) else None
    line_boxes = _snap_sizes(
        [(str(t), *_poly_box(poly, k), 0.0) for poly, t in zip(res.boxes, res.txts, strict=False)],
        from_height=True,
    )
    if words is None:
        return lines_from_boxes(line_boxes, page=page)
    chars: list = []
    for (_, lx0, ly0, lx1, ly1, size), word in zip(line_boxes, words, strict=False):
        punct = [
            (min(p[0] for p in it[2]), max(p[0] for p in it[2]))
            for it in word or ()
            if it[2] is not None and str(it[0]) and str(it[0])[-1] in _HANGING
        ]
        gutters = _gutters(ink_sums, lx0 / k, ly0 / k, lx1 / k, ly1 / k, size / k, punct)
        for item in word or ():
            text, _, poly = item[0], item[1], item[2]
            if not text or poly is None:
                continue
            x0, _, x1, _ = _poly_box(poly, k)
            for g0, g1 in gutters:  # keep a character on its side of a gutter the line box ran across
                if (x0 + x1) / 2 < g0 * k:
                    x1 = min(x1, g0 * k)
                elif (x0 + x1) / 2 > g1 * k:
                    x0 = max(x0, g1 * k)
            for ch in str(text):
                if not ch.isspace():
                    chars.append(_Char(normalise_char(ch), x0, ly0, x1, ly1, ly1, size, False, ""))
    _mark_hanging(chars)
    return chars_to_lines(chars, page, infer_spaces=False)  # OCR character boxes are too rough for that


def _gutters(ink_sums, x0: float, y0: float, x1: float, y1: float, size: float, punct=()) -> list[tuple[float, float]]:
    """Gutters inside a detected line box (pixels): the detector joins lines of neighbouring columns
    across a narrow gutter.  A gutter is a band at least ``GUTTER_EM`` wide that is nearly free of
    ink over the rows around the line (the white after a ``、`` inside a column does not line up
    from row to row) and free of ink on the line itself except for hanging punctuation, whose
    boxes (pixels) are ``punct``."""
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

    def clear(i: int) -> bool:
        if around[i] > limit:
            return False
        return own[i] == 0 or any(p0 <= c0 + i <= p1 for p0, p1 in punct)

    out: list[tuple[float, float]] = []
    start = None
    for i in range(len(around) + 1):
        if i < len(around) and clear(i):
            if start is None:
                start = i
        elif start is not None:
            if start > 0 and i < len(around) and i - start >= GUTTER_EM * size:
                out.append((c0 + start, c0 + i))
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
