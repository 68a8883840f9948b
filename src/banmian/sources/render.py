"""A PDF page as an image with each article's region outlined and numbered (``banmian render``).

The page is rendered by PDFium (``pypdfium2``) and drawn on with Pillow.  Regions come from
``Article.region`` — boxes in PDF points, y down from the top of the page's CropBox — which the
reconstruction stage fills from the boxes of the lines each article was built from.  With
``lines=True`` every text line is outlined too, numbered in reading order: the quickest way to see
how the reader ordered a page.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from banmian.errors import BadInput, read_input
from banmian.model import Page

MIN_DPI, MAX_DPI = 36, 600
MAX_PIXELS = 100_000_000
COLOURS = ["#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"]


def _pil():
    try:
        from PIL import Image, ImageDraw, ImageFont
    except ImportError:  # pragma: no cover - Pillow comes with the ocr and eval extras
        raise BadInput(None, "rendering needs Pillow: pip install pillow") from None
    return Image, ImageDraw, ImageFont


def _font(size: int):
    _, _, ImageFont = _pil()
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1 has one bitmap size only
        return ImageFont.load_default()


def render_pdf_page(data: bytes, name: str, page_no: int = 1, *, dpi: float = 100, lines: bool = False):
    """Render page ``page_no`` (1-based) of a PDF with its articles outlined; returns a PIL image."""
    import pypdfium2 as pdfium

    from banmian.pipeline import parse_lines
    from banmian.sources.pdf import _open, read_pdf_bytes

    if not MIN_DPI <= dpi <= MAX_DPI:
        raise BadInput(name, f"--dpi {dpi:g} is outside {MIN_DPI}–{MAX_DPI}")
    read = read_pdf_bytes(data, name, pages=[page_no])
    page_lines = read[0][1]
    parsed = parse_lines(page_lines, source=name, page=page_no)
    pdf = _open(data, name)
    try:
        page = pdf[page_no - 1]
        w, h = page.get_size()
        if w * h * (dpi / 72) ** 2 > MAX_PIXELS:
            raise BadInput(name, f"page {page_no} at {dpi:g} dpi would be over {MAX_PIXELS:,} pixels; lower --dpi")
        try:
            img = page.render(scale=dpi / 72).to_pil().convert("RGB")
        except pdfium.PdfiumError:
            raise BadInput(name, f"PDFium cannot render page {page_no}") from None
        finally:
            page.close()
    finally:
        pdf.close()
    draw_regions(
        img, parsed, page_no, dpi / 72, line_boxes=[ln.bbox for ln in page_lines if ln.bbox] if lines else None
    )
    return img


def draw_regions(img, page: Page, page_no: int, scale: float, line_boxes=None) -> int:
    """Outline every article region on ``page_no``; returns how many regions were drawn."""
    _, ImageDraw, _ = _pil()
    draw = ImageDraw.Draw(img, "RGBA")
    width = max(2, round(scale * 1.5))
    label_font = _font(max(12, round(14 * scale)))
    if line_boxes:
        small = _font(max(8, round(7 * scale)))
        for i, (x0, y0, x1, y1) in enumerate(line_boxes, 1):
            draw.rectangle((x0 * scale, y0 * scale, x1 * scale, y1 * scale), outline=(120, 120, 120, 200), width=1)
            draw.text((x0 * scale - 1, y0 * scale), str(i), fill=(90, 90, 90, 255), font=small, anchor="rt")
    drawn = 0
    for k, art in enumerate(page.articles, 1):
        colour = COLOURS[(k - 1) % len(COLOURS)]
        for reg in art.region:
            if reg.page != page_no:
                continue
            x0, y0, x1, y1 = (v * scale for v in reg.bbox)
            draw.rectangle((x0, y0, x1, y1), outline=colour, width=width)
            label = str(k)
            tb = draw.textbbox((x0, y0), label, font=label_font)
            pad = 3
            draw.rectangle((tb[0] - pad, tb[1] - pad, tb[2] + pad, tb[3] + pad), fill=colour)
            draw.text((x0, y0), label, fill="white", font=label_font)
            drawn += 1
    return drawn


def save_image(img, out: str | Path) -> None:
    """Write an image atomically; the format follows the suffix (PNG, JPEG, WebP…)."""
    target = Path(out)
    fmt = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}.get(target.suffix.lower())
    if fmt is None:
        raise BadInput(str(target), "output must end in .png, .jpg or .webp")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            img.save(fh, format=fmt)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render_file(path: str | Path, page_no: int, out: str | Path, *, dpi: float = 100, lines: bool = False) -> None:
    """``banmian render``: read a PDF file, render one page with its article regions, write the image."""
    p = Path(path)
    if p.suffix.lower() != ".pdf":
        raise BadInput(str(p), "banmian render draws PDF pages; scans are already images")
    data = read_input(p, "a PDF")
    img = render_pdf_page(data, str(p), page_no, dpi=dpi, lines=lines)
    save_image(img, out)
