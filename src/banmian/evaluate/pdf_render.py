"""Draw a generated page's layout into a real PDF (reportlab + WenQuanYi Micro Hei from Debian).

The PDF is what the PDF path of ``banmian`` reads in the evaluation: every ``PlacedLine`` is one line
of text at its position and size.  Bold lines (titles, subheads) are drawn with text render mode 2
(fill + stroke), the fake bold many typesetting systems use; PDFium reports it through the text
object's render mode, so the reader can tell bold apart although the font file is the same.

A line is squeezed horizontally (``Tz``) when the font's glyphs are wider than the generator's
cells (Latin letters and digits take half a cell there), so lines never run into the gutter.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from banmian.evaluate.layout import GeneratedPage, PlacedLine

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FONT_NAME = "WenQuanYiMicroHei"
FAKE_BOLD_STROKE = 0.035
LETTER_SPACING = 0.3  # of an em between two glyphs of a line set with tracking (``PlacedLine.spaced``)
EARLY_CHARS = "℃"  # stroke width per point of font size for fake bold


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        if not Path(FONT_PATH).exists():
            raise FileNotFoundError(f"{FONT_PATH} is missing: apt-get install fonts-wqy-microhei")
        pdfmetrics.registerFont(TTFont(FONT_NAME, FONT_PATH, subfontIndex=0))
    return FONT_NAME


def _cells(text: str) -> float:
    """Width in cells as the generator counts it: ASCII takes half a cell, everything else one."""
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def _draw_page(c, page: GeneratedPage) -> None:
    from reportlab.pdfbase import pdfmetrics

    font = _font()
    w, h = page.page_size
    c.setPageSize((w, h))
    ascent = pdfmetrics.getFont(font).face.ascent / 1000.0
    for ln in page.layout:
        _draw_line(c, ln, h, font, ascent)
    c.showPage()


def _draw_line(c, ln: PlacedLine, page_h: float, font: str, ascent: float) -> None:
    from reportlab.pdfbase import pdfmetrics

    text = ln.text.rstrip()
    if not text.strip():
        return
    t = c.beginText()
    t.setFont(font, ln.size)
    t.setTextOrigin(ln.x, page_h - ln.y - ascent * ln.size)
    natural = pdfmetrics.stringWidth(text, font, ln.size)
    planned = _cells(text) * ln.size
    scale = 100.0 * planned / natural if natural > planned > 0 else 100.0
    if ln.bold or ln.spaced:
        # Tr and Tc belong to the graphics state and outlive ET: save/restore keeps them on this line only.
        c.saveState()
    if ln.spaced:
        # every glyph LETTER_SPACING of an em from the next, the glyphs narrowed so that the line keeps the width
        # the layout planned (as print fits a headline set with tracking into its column)
        track = LETTER_SPACING / (1.0 - LETTER_SPACING)
        t.setCharSpace(track * ln.size)
        scale /= 1.0 + track
    t.setHorizScale(scale)
    if ln.bold:
        c.setLineWidth(FAKE_BOLD_STROKE * ln.size)
        t.setTextRenderMode(2)
    t.textOut(text)
    c.drawText(t)
    if ln.bold or ln.spaced:
        c.restoreState()


def render_pdf_bytes(pages: Iterable[GeneratedPage]) -> bytes:
    """One PDF with a page per generated page, in order."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)  # invariant: the same pages give the same bytes
    # PDFium drops ℃ when reportlab's subsetting happens to give it code 0x201; giving it a code
    # in the first subset up front avoids that (found by comparing with pdftotext).
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.getFont(_font()).splitString(EARLY_CHARS, c._doc)
    c.setTitle("banmian generated page")
    n = 0
    for page in pages:
        _draw_page(c, page)
        n += 1
    if n == 0:
        raise ValueError("no pages to render")
    c.save()
    return buf.getvalue()


def _write_atomic(data: bytes, path: str | Path) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render_pdf(page: GeneratedPage, path: str | Path) -> None:
    """Write one generated page as a one-page PDF at ``path`` (atomically)."""
    _write_atomic(render_pdf_bytes([page]), path)


def render_pdf_pages(pages: Iterable[GeneratedPage], path: str | Path) -> None:
    """Write several generated pages as one multi-page PDF (a whole issue) at ``path``."""
    _write_atomic(render_pdf_bytes(pages), path)
