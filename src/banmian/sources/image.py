"""Scanned pages (PNG, JPEG, TIFF…) → ``Line`` objects through OCR (extra ``banmian[ocr]``).

OCR is RapidOCR (PP-OCR models run by ONNX Runtime).  ``rapidocr`` ≥ 3.10 ships its detection,
direction and recognition models inside the wheel, so it runs offline; nothing is downloaded.

Each detected text line, cut at the column gutters it runs across, becomes one box; boxes go through
the same XY-cut and block breaks as PDF text (``banmian.sources.pdf.lines_from_boxes``).  Boxes are
converted from pixels to PDF points at the image's resolution (its DPI metadata, else
``DEFAULT_DPI``), so ``Line.bbox`` and ``Article.region`` use the same unit for scans as for PDFs.
Font size is estimated from the ink height; ``bold`` from the stroke width against the page's usual
one.  Tall pages are detected in overlapping bands at full resolution.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import logging
import os
import re
import statistics
import warnings

from banmian.errors import BadInput
from banmian.model import Line
from banmian.reconstruct import patterns as P
from banmian.sources.pdf import _HANGING

DEFAULT_DPI = 150  # assumed when an image carries no resolution
MAX_PIXELS = 89_000_000  # over a broadsheet at 600 dpi; more is a decompression bomb, not a page
MIN_SIDE = 200  # pixels: smaller is an icon, not a page
MAX_OCR_WIDTH = 4000  # wider images are scaled down before OCR: more pixels only cost time
# Tall pages are detected in overlapping bands of full resolution (RapidOCR would scale them down)
TILE_HEIGHT = 2048
TILE_OVERLAP = 320  # over twice the box of a 60-pt headline line at 150 dpi
MAX_IMAGE_BYTES = 256 * 1024 * 1024
OCR_EXTRA_HINT = "pip install 'banmian[ocr]'"
# Detected box height / font size for printed CJK lines at PP-OCR's default unclip ratio
# (measured on pages rendered from PDFs with known sizes).
BOX_TO_SIZE = 1.25
GUTTER_EM = 0.4  # width of a gutter, in ems of the line's text
GUTTER_CORE_EM = 0.45  # of which this much is free of ink (the white between two characters is less)
HANGING_INK = 0.3  # ink per pixel column, in line heights, of a hanging mark (a character's stroke has more)
HANGING_GUTTER_EM = 0.2  # the white a tall mark (？！”) hanging into a gutter leaves of it, at least
SPACE_EM = 0.25  # a white this wide between two ideographs is a space (between two characters: 0.1–0.2)
MIN_PIECE_EM = 0.25  # a piece of a line narrower than this (in ems of its box) is a sliver
LARGE_TYPE = 1.6  # a detected box this many times a body line's height holds headline type
MARK_EM = 0.6  # the widest a mark left out of a detected box is taken back (a closing quote)
GUTTER_VOTE = 0.7  # share of the lines around, with text either side, on which a gutter is white too
INK_EM = 0.88  # ink height of a line of ideographs, in ems
INK_SPECK = 0.05  # a row with less ink than this share of the line's fullest row is a bracket's tip
BOLD_STROKE = 1.2  # stroke width / size against the page's usual one: bold (regular type varies ±10 %)
REC_BATCH = 1  # lines per recognition run: a batch is padded to its widest line, which costs time
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
        "Global.max_side_len": max(MAX_OCR_WIDTH, TILE_HEIGHT),
        "Global.use_cls": False,
        "Det.max_candidates": 5000,
        "Rec.rec_batch_num": REC_BATCH,
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
    """The page as an RGB array (scaled down when wider than ``MAX_OCR_WIDTH``), the pixel → point
    factor, and running sums of its ink mask down the columns and along the rows (they find gutters)."""
    _need_ocr(name)
    import numpy as np

    img = img.convert("RGB")
    scale = 1.0
    if img.width > MAX_OCR_WIDTH:  # a tall page keeps its resolution: it is detected in tiles
        scale = MAX_OCR_WIDTH / img.width
        img = img.resize((round(img.width * scale), round(img.height * scale)))
    arr = np.asarray(img)
    ink = arr.min(axis=2) < 128
    sums = (np.cumsum(ink, axis=0, dtype=np.int32), np.cumsum(ink, axis=1, dtype=np.int32))
    return arr, 72.0 / (dpi * scale), sums


def _tiles(height: int) -> list[tuple[int, int, int, int]]:
    """Horizontal bands for detection: ``(top, bottom, own_top, own_bottom)`` in pixels.  Bands overlap
    by ``TILE_OVERLAP``; a box belongs to the band whose own part (the band less half the overlap on
    each inner side) holds its centre, so a line cut by one band's edge is taken whole from the next."""
    if height <= TILE_HEIGHT:
        return [(0, height, 0, height)]
    step = TILE_HEIGHT - TILE_OVERLAP
    n = -(-(height - TILE_OVERLAP) // step)
    step = -(-(height - TILE_OVERLAP) // n)  # even bands
    out = []
    for i in range(n):
        top = i * step
        bottom = min(height, top + step + TILE_OVERLAP)
        own_top = 0 if i == 0 else top + TILE_OVERLAP // 2
        own_bottom = height if i == n - 1 else top + step + TILE_OVERLAP // 2
        out.append((top, bottom, own_top, own_bottom))
    return out


def _detect(eng, arr) -> list:
    """Detected line polygons (pixels) over the whole page, detecting tall pages band by band at full
    resolution (scaling a 5,000 px page down to the detector's limit loses 9-pt text)."""
    polys = []
    for top, bottom, own_top, own_bottom in _tiles(arr.shape[0]):
        det = eng(arr[top:bottom], use_det=True, use_cls=False, use_rec=False)
        if det is None or det.boxes is None or not len(det.boxes):
            continue
        for poly in det.boxes:
            ys = [float(p[1]) + top for p in poly]
            if own_top <= (min(ys) + max(ys)) / 2 < own_bottom:
                polys.append([(float(p[0]), float(p[1]) + top) for p in poly])
    return polys


def _detect_large(eng, arr, polys: list) -> list:
    """Headline lines the full-resolution pass missed, from a pass at half the resolution: the detector
    misses a line of large type now and then, depending on where the band it falls in starts
    (为实现民族复兴提供坚强制度保障, 20 pt, found in a band starting 30 px lower).  Only lines of large
    type that overlap no line found already are taken."""
    import numpy as np

    if not polys:
        return []
    heights = sorted(max(p[1] for p in q) - min(p[1] for p in q) for q in polys)
    body = heights[len(heights) // 2]
    small = arr[::2, ::2]
    det = eng(np.ascontiguousarray(small), use_det=True, use_cls=False, use_rec=False)
    if det is None or det.boxes is None:
        return []
    have = [_poly_box(q, 1.0) for q in polys]
    out = []
    for poly in det.boxes:
        q = [(float(x) * 2, float(y) * 2) for x, y in poly]
        x0, y0, x1, y1 = _poly_box(q, 1.0)
        if y1 - y0 < LARGE_TYPE * body:
            continue
        # (boxes of two lines of a headline may touch: a line counts as found when a box covers a third of it)
        if any(a0 < x1 and a1 > x0 and min(b1, y1) - max(b0, y0) > 0.3 * (y1 - y0) for a0, b0, a1, b1 in have):
            continue
        out.append(q)
    return out


def _mark_left_out(ink_cum, pieces: list, a: int, y0: float, b: int, y1: float) -> int:
    """The right end of a piece, taking in a mark the detector left out of its box (``人。`` / ``”``: a
    closing quote after the stop that ends a paragraph, too little ink for the detector): ink that starts
    within an em of the piece's end, is at most ``MARK_EM`` wide, belongs to no other piece, and has white
    after it for an em (not the next column's text)."""
    h, w = ink_cum.shape
    size = (y1 - y0) / BOX_TO_SIZE
    l0, l1 = max(0, int(y0)), min(h - 1, int(y1))
    end = min(w, int(b + 2.2 * size))
    if end - b < 2:
        return b
    cols = (ink_cum[l1, b:end] - ink_cum[l0, b:end]).tolist()
    ink = [i for i, v in enumerate(cols) if v]
    if not ink or ink[0] > size:
        return b
    first = ink[0]
    last = first
    for i in ink[1:]:
        if i - last > 0.2 * size:
            break
        last = i
    if last - first > MARK_EM * size or any(i > last for i in ink) and min(i for i in ink if i > last) - last < size:
        return b
    new_b = b + last + 1
    mid = (y0 + y1) / 2
    if any(q[0] < new_b and q[2] > b and q[1] < mid < q[3] for q in pieces if q[0] != a):
        return b
    return new_b


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


def ocr_boxes(img, name: str, dpi: float) -> list[tuple[str, float, float, float, float, float, bool]]:
    """OCR a PIL image: ``(text, x0, y0, x1, y1, size, bold)`` per printed line, in points (y down).

    Detection runs on the whole page (in bands on tall pages); its line boxes often run across the
    narrow gutter between newspaper columns (the detector's dilation joins lines that align), so each
    box is cut at the gutters the page's ink shows (a white band that lines up over the lines around
    it) and every piece — one column's line — is recognised on its own.  Without the cut, the
    recogniser reads two columns as one line and the columns' texts interleave.

    A line that ends in a mark hanging into the gutter (``，`` ``。``) ends, for its box, where its last
    character does: the mark would close the gutter the reading order is cut at.  ``bold`` compares
    the line's stroke width with the page's usual one.
    """
    import numpy as np

    arr, k, ink_sums = _prepare(img, name, dpi)
    eng = _engine()
    polys = _detect(eng, arr)
    polys += _detect_large(eng, arr, polys)
    ink_cum, row_cum = ink_sums
    gray = arr.min(axis=2)
    crops, boxes = [], []
    pieces = []
    for poly in polys:
        x0, y0, x1, y1 = _poly_box(poly, 1.0)
        pieces += [(a, y0, b, y1) for a, b in _pieces(ink_sums, x0, y0, x1, y1)]
    pieces = _cut_at_column_edges(pieces, ink_cum)
    for a, y0, b, y1 in [(a, y0, _mark_left_out(ink_cum, pieces, a, y0, b, y1), y1) for a, y0, b, y1 in pieces]:
        y0i, y1i = max(0, int(y0)), min(arr.shape[0], int(y1) + 1)
        # a sliver (the edge of a glyph or a mark left at a cut, a speck the detector boxed) is no character:
        # the recogniser reads one into it all the same (木, 吉, J), and the stray line cuts a paragraph
        if b - a >= MIN_PIECE_EM * (y1 - y0) / BOX_TO_SIZE:
            pad = max(1, round(0.15 * (y1 - y0)))  # the recogniser wants a little white either side
            crops.append(arr[y0i:y1i, max(0, a - pad) : min(arr.shape[1], b + pad)])
            # the line's size from its ink height (ideographs fill ~0.88 em), steadier than the box
            r0, r1 = _ink_rows(row_cum[y0i:y1i, b - 1] - (row_cum[y0i:y1i, a - 1] if a > 0 else 0))
            ink_h = float(r1 - r0) if r1 > r0 else (y1 - y0) / BOX_TO_SIZE
            # (the stroke over the line's own rows, with a white row either side to close its outline)
            s0, s1 = y0i + max(0, r0 - 1), min(y1i, y0i + r1 + 1) if r1 > r0 else y1i
            boxes.append((a, y0, b, y1, ink_h / INK_EM, _stroke(gray[s0:s1, a:b])))
    if not crops:
        return []
    rec = eng.recognize_txt(crops)
    out = []
    for (a, y0, b, y1, size, stroke), text, score in zip(boxes, rec.txts or (), rec.scores or (), strict=False):
        text = dash_pairs(fullwidth_punctuation(str(text).strip()))
        if text and score >= MIN_SCORE:
            if _SPACED_LINE.match(text):
                l0, l1 = max(0, int(y0)), min(ink_cum.shape[0] - 1, int(y1))
                text = spaces_from_ink(text, (ink_cum[l1, a:b] - ink_cum[l0, a:b]).tolist(), size)
            if text[-1] in _HANGING:
                b = _hanging_end(ink_cum, int(y0), int(y1), a, b, size)
            out.append((text, a * k, y0 * k, b * k, y1 * k, size * k, stroke * k))
    out = _snap_sizes(out)
    if not out:
        return []
    usual = float(np.median([st / size for *_, size, st in out]))
    bold = line_weights(out, usual)
    return [(t, x0, y0, x1, y1, size, b) for (t, x0, y0, x1, y1, size, _), b in zip(out, bold, strict=True)]


# a line of ideographs (and a byline's mark) with no punctuation: what a byline or a names line is made of
_SPACED_LINE = re.compile(r"^[\u3400-\u9fff□■◇◆● \u3000]{2,40}$")


def spaces_from_ink(text: str, own: list, size: float) -> str:
    """The spaces between the names of a byline or names line, from the white in its ink (``own``: ink per
    pixel column of the line's box, ``size``: its em in pixels).  The recogniser drops most of them, or puts
    them a character off (张嘉菲 贺素 梁艳 / 佳通讯员), and a names line without them (贾昭贺涛) reads as one
    word, not as the article's authors.  Each character takes an em; a white ``SPACE_EM`` wide or more is a
    space, placed after the characters the ink left of it holds.  The text is left as it was read when the
    ink does not hold as many ems as it has characters, or when the pieces are not a role word or a name
    each after the first (on the twelve tuning scans, 19 lines take spaces, every one a byline or names
    line; authors 0.618 → 0.958)."""
    chars = text.replace(" ", "").replace("\u3000", "")
    ink = [i for i, v in enumerate(own) if v]
    if not ink or not chars:
        return text
    first, last = ink[0], ink[-1] + 1
    whites, start = [], None
    for i in range(first, last + 1):
        if i < last and not own[i]:
            start = i if start is None else start
        elif start is not None:
            if i - start >= SPACE_EM * size:
                whites.append((start, i))
            start = None
    spaced = sum(e - s for s, e in whites)
    em = (last - first - spaced) / len(chars)  # each character's advance, the white between two included
    if abs(em - size) > 0.15 * size:
        return text
    out, done, gap = [], 0, 0.0
    for s, e in whites:
        n = round((s - first - gap) / em)  # characters left of the white
        if done < n < len(chars):
            out.append(chars[done:n])
            done = n
        gap += e - s
    out.append(chars[done:])
    # only where the spaces part names (a byline, a names line, a signature under a place): a narrow glyph
    # (乡 口 目 自) leaves as much white in plain text, and stray spaces there would stay in the paragraph
    if len(out) < 2 or len(out[0]) > 6 or not all(_ROLE.fullmatch(w) or _name_like(w) for w in out[1:]):
        return text
    return " ".join(out)


_ROLE = re.compile(P._ROLE_WORDS)


def _name_like(w: str) -> bool:
    return 2 <= len(w) <= 4 and (w[0] in P.SURNAMES or w[:2] in P.COMPOUND_SURNAMES)


def line_weights(boxes: list, usual: float) -> list[bool]:
    """Bold or not, for boxes ``(text, x0, y0, x1, y1, size, stroke)``: a stroke ``BOLD_STROKE`` times the
    page's ``usual`` one (per unit of size) or more.  One or two characters give no steady stroke width (济
    under 动私营经, the last of a bold title's lines, read as regular and cut off as a subtitle): such a
    piece takes the weight of the line right above it in its size."""
    bold = [st / size >= BOLD_STROKE * usual for *_, size, st in boxes]
    for i, (t, x0, y0, x1, _, size, _) in enumerate(boxes):
        if len(t) <= 2:
            above = [
                j
                for j, o in enumerate(boxes)
                if j != i and o[5] == size and o[1] < x1 and o[3] > x0 and 0 <= y0 - o[4] < 0.5 * size
            ]
            if above:
                bold[i] = bold[above[0]]
    return bold


def _ink_rows(counts) -> tuple[int, int]:
    """The rows ``[r0, r1)`` of a line's own ink, from its ink pixels per row inside its box: rows with
    a mere speck against the fullest row (the tip of a bracket or quote, which reach past the
    ideographs' 0.88 em) are left out, and so are strokes of the lines above and below that reach into
    the box: a band of ink that touches the box's top or bottom edge, cut off by white rows from the
    band with the most ink (the white between the strokes of ``王`` never touches the edge)."""
    counts = [int(c) for c in counts]
    top = max(counts, default=0)
    if top <= 0:
        return 0, 0
    bands, start = [], None
    for r, v in enumerate([*(c > INK_SPECK * top for c in counts), False]):
        if v and start is None:
            start = r
        elif not v and start is not None:
            bands.append((start, r, sum(counts[start:r])))
            start = None
    main = max(bands, key=lambda b: b[2])
    if len(bands) > 1 and bands[0] is not main and bands[0][0] == 0:
        bands = bands[1:]
    if len(bands) > 1 and bands[-1] is not main and bands[-1][1] == len(counts):
        bands = bands[:-1]
    return bands[0][0], bands[-1][1]


def _cut_at_column_edges(pieces: list, ink_cum) -> list:
    """A line the ink test left whole across a gutter (the rows around it do not show the gutter
    clearly: columns set on another grid, a headline above) is cut where the lines around it, already
    cut or detected apart, end and start: a white at least ``GUTTER_CORE_EM`` wide in the line, with at
    least two lines of its size close above or below ending just before it and two starting just after.
    A body line whose tall mark (``？`` ``！`` ``”``) hangs into the gutter keeps only a narrow white of it
    (``HANGING_GUTTER_EM``: on generated scans, ``…哪些方面？发展马克思主义…`` read as one line across
    two columns); there the two lines after must start right at the white's end.
    Pieces are ``(px0, y0, px1, y1)`` in pixels."""
    h = ink_cum.shape[0]
    out = []
    body_lh = statistics.median(q[3] - q[1] for q in pieces) if pieces else 0.0
    for a, y0, b, y1 in pieces:
        lh = y1 - y0
        size = lh / BOX_TO_SIZE
        near = [
            q
            for q in pieces
            if abs((q[1] + q[3]) / 2 - (y0 + y1) / 2) < 6 * lh
            and abs(q[3] - q[1] - lh) < 0.25 * lh
            and abs(q[1] - y0) > 0.5 * lh  # other rows
        ]
        l0, l1 = max(0, int(y0)), min(h - 1, int(y1))
        own = (ink_cum[l1, a:b] - ink_cum[l0, a:b]).tolist()
        # (a body line may be cut at a narrower white: a headline's letter spacing can be that wide, print
        # hangs no mark into a gutter from a headline)
        narrow = HANGING_GUTTER_EM if abs(lh - body_lh) <= 0.1 * body_lh else GUTTER_CORE_EM
        cuts = []
        i = 0
        while i < len(own):
            if own[i]:
                i += 1
                continue
            j = i
            while j < len(own) and not own[j]:
                j += 1
            if i > 0 and j < len(own) and j - i >= narrow * size:
                w0, w1 = a + i, a + j
                ends = sum(1 for q in near if w0 - size <= q[2] <= w1 and q[0] < w0 - size)
                if j - i >= GUTTER_CORE_EM * size:
                    starts = sum(1 for q in near if w0 < q[0] <= w1 + 0.5 * size and q[2] > w1 + size)
                else:
                    # a mark hanging into the gutter (…哪些方面？ / 发展…) leaves a narrow white: the next
                    # column's lines must start right where it ends
                    starts = sum(1 for q in near if abs(q[0] - w1) <= 0.25 * size and q[2] > w1 + size)
                if ends >= 2 and starts >= 2:
                    cuts.append((w0, w1))
            i = j
        start = a
        for w0, w1 in cuts:
            out.append((start, y0, w0, y1))
            start = w1
        out.append((start, y0, b, y1))
    return out


def _stroke(gray) -> float:
    """Mean stroke width of the ink in a grey image (pixels): twice the ink's area (anti-aliased, so
    finer than a pixel) over its outline's length.  Bold type has wider strokes at the same size."""
    import numpy as np

    if gray.size == 0:
        return 0.0
    ink = gray < 128
    outline = np.count_nonzero(ink[:, 1:] != ink[:, :-1]) + np.count_nonzero(ink[1:, :] != ink[:-1, :])
    if not outline:
        return 0.0
    return 2.0 * float((255 - gray.astype(np.float32)).sum() / 255.0) / outline


def _hanging_end(ink_cum, y0: int, y1: int, a: int, b: int, size: float) -> int:
    """Where the last character before a closing mark at the end of piece ``a..b`` ends (pixels): the
    right edge of the ink before the white that separates the mark (narrower than 0.6 em), else ``b``."""
    h = ink_cum.shape[0]
    l0, l1 = max(0, y0), min(h - 1, y1)
    own = (ink_cum[l1, a:b] - ink_cum[l0, a:b]).tolist()
    i = len(own) - 1
    while i >= 0 and own[i] > 0:  # the mark
        i -= 1
    if i < 0 or len(own) - 1 - i > 0.6 * size:
        return b
    while i >= 0 and own[i] == 0:  # the white before it
        i -= 1
    return a + i + 1 if i >= 0 and len(own) - 1 - i <= size else b


_FULLWIDTH = {"(": "（", ")": "）", ":": "：", ";": "；", "?": "？", "!": "！", ",": "，"}


def _cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3000 <= o <= 0x9FFF or 0xFF00 <= o <= 0xFFEF or 0x2018 <= o <= 0x201D


def fullwidth_punctuation(text: str) -> str:
    """ASCII ``( ) : ; ? ! ,`` next to Chinese text as the full-width marks Chinese print sets there:
    the recogniser often reads ``（`` as ``(`` and ``：`` as ``:``.  Between digits or Latin words the
    ASCII mark stays (``12:30``, ``1,000``, ``(BRI)``)."""
    if not any(c in _FULLWIDTH for c in text):
        return text
    chars = list(text)
    for i, c in enumerate(chars):
        if c in _FULLWIDTH:
            before = text[:i].rstrip()[-1:]
            after = text[i + 1 :].lstrip()[:1]
            if (before and _cjk(before)) or (after and _cjk(after)):
                chars[i] = _FULLWIDTH[c]
    return "".join(chars)


_DASH_HALF = re.compile(r"(?<![—―─])((?:[—―─]{2})*)([—―─])一")


def dash_pairs(text: str) -> str:
    """A Chinese dash is two em dashes (``——``); the recogniser often reads the second as ``一`` (one
    horizontal stroke, just as long).  An ``一`` right after an odd run of dashes is the run's last
    half; after a whole pair (``——一个``) it is the word ``一``."""
    return _DASH_HALF.sub(lambda m: m.group(1) + m.group(2) * 2, text) if "一" in text else text


def ocr_lines(img, name: str, page: int = 1, dpi: float = DEFAULT_DPI) -> list[Line]:
    """OCR a PIL image into lines in reading order: one box per column line (``ocr_boxes``), then the
    same XY-cut and block logic as PDF text (``banmian.sources.pdf.lines_from_boxes``)."""
    from banmian.sources.pdf import lines_from_boxes, normalise_char

    boxes = [("".join(normalise_char(ch) for ch in t), *rest) for t, *rest in ocr_boxes(img, name, dpi)]
    return lines_from_boxes(boxes, page=page)


def _longest_white(own: list, a: int, b: int) -> tuple[int, int]:
    """The longest run ``[i, j)`` of ink-free pixel columns in ``own[a:b]``."""
    best, start = (a, a), None
    for i in range(a, b + 1):
        if i < b and own[i] == 0:
            start = i if start is None else start
        elif start is not None:
            if i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    return best


def _gutters(ink_sums, x0: float, y0: float, x1: float, y1: float, size: float) -> list[tuple[float, float]]:
    """Gutters inside a detected line box (pixels): bands at least ``GUTTER_EM`` wide that on the line
    itself hold at most a hanging punctuation mark (little ink per pixel column: a mark, not a stroke of
    a character) and that are just as clear on most of the text lines of the same height around it
    (``GUTTER_VOTE`` of them, at least two).  The white after a ``、`` inside a column, or the thin
    strokes of ``一`` or ``工`` in a headline, do not line up from one line to the next; a gutter does."""
    ink_cum, row_cum = ink_sums
    h, w = ink_cum.shape
    lh = max(1.0, y1 - y0)
    r0, r1 = max(0, int(y0 - 6 * lh)), min(h - 1, int(y1 + 6 * lh))
    c0, c1 = max(0, int(x0)), min(w, int(x1) + 1)
    l0, l1 = max(0, int(y0)), min(h - 1, int(y1))
    if r1 <= r0 or c1 - c0 < 3:
        return []
    own = (ink_cum[l1, c0:c1] - ink_cum[l0, c0:c1]).tolist()
    mark = HANGING_INK * lh
    bands: list[tuple[int, int]] = []
    start = None
    for i in range(len(own) + 1):
        if i < len(own) and own[i] <= mark:
            if start is None:
                start = i
        elif start is not None:
            end = i
            while end > start and own[end - 1] > 0:
                end -= 1  # faint ink touching the next column is the edge of its first character
            if start > 0 and i < len(own) and end - start >= GUTTER_EM * size:
                bands.append((c0 + start, c0 + end))
            start = None
    if not bands:
        return []
    import numpy as np

    rows = np.r_[r0:l0, l1 + 1 : r1]  # the rows around, not the line's own
    out: list[tuple[float, float]] = []
    for g0, g1 in bands:
        # the rows around are looked at where this line is white (a hanging mark here is not a gutter)
        i, j = _longest_white(own, g0 - c0, g1 - c0)
        if j - i < GUTTER_CORE_EM * size:
            continue  # the white between two characters of a line set on a grid lines up too
        # its middle: marks hang into a gutter from the left, a wide glyph may reach it from the right
        k0, k1 = c0 + i + (j - i) // 3, c0 + j - max(1, round(0.15 * size))
        reach = round(1.5 * size)
        if k0 - reach < 1 or k1 + reach > w:
            continue

        def ink(a: int, b: int):
            return (row_cum[rows, b - 1] - row_cum[rows, a - 1]) > 0

        def lines(has):  # rows of text lines no taller than this one's (not a headline's)
            keep = np.zeros_like(has)
            start = None
            for r, v in enumerate([*has.tolist(), False]):
                if v and start is None:
                    start = r
                elif not v and start is not None:
                    if r - start <= 1.5 * INK_EM * size:
                        keep[start:r] = True
                    start = None
            return keep

        # rows where text of this line's size runs up to the white from both sides: lines across the
        # gutter (or across a headline's white, if it is not a gutter), each one a vote
        across = lines(ink(k0 - reach, k0)) & lines(ink(k1, k1 + reach))
        inside = ink(k0, k1)
        votes, start = [], None
        for r, v in enumerate([*across.tolist(), False]):
            if v and start is None:
                start = r
            elif not v and start is not None:
                if r - start >= 0.3 * INK_EM * size:  # (not a sliver where two lines just touch)
                    votes.append(inside[start:r].mean() <= 0.4)  # a hanging mark fills a third of a line
                start = None
        if len(votes) >= 2 and sum(votes) >= GUTTER_VOTE * len(votes):
            # (to the end of its white: a thin first character after it, 一, has no more ink per pixel column
            # than a hanging mark and belongs to the next column)
            out.append((g0, c0 + j))
    return out


def _snap_sizes(boxes):
    """OCR sizes jitter by a few per cent: snap sizes near the body size to it, round the rest.
    ``boxes`` are ``(text, x0, y0, x1, y1, size, …)``; what follows the size is kept."""
    if not boxes:
        return boxes
    body = statistics.median(b[5] for b in boxes)
    snapped = []
    for t, x0, y0, x1, y1, size, *rest in boxes:
        size = body if abs(size - body) <= 0.2 * body else round(size)
        snapped.append((t, x0, y0, x1, y1, round(size, 1), *rest))
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
