"""Scanned pages through OCR (extra ``banmian[ocr]``) and the checks that refuse images that are not pages.

The scans are made here: a small two-column page drawn with reportlab and rendered by PDFium at
150 dpi, so the expected text is what we drew.  OCR tests skip when the extra is not installed.
"""

from __future__ import annotations

import difflib
import io
import struct
import zlib
from pathlib import Path

import pytest

from banmian.errors import BadInput
from banmian.sources import image as imgsrc

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
W, H = 420.0, 260.0  # a small page keeps OCR to a second or two
needs_ocr = pytest.mark.skipif(not imgsrc.ocr_available(), reason="needs banmian[ocr] (rapidocr, onnxruntime)")

COL1 = ["我们的城市正在更新", "街道变得更加干净", "居民生活十分便利"]
COL2 = ["第二栏开头的句子", "继续讲述社区故事", "最后一行到此结束"]


def small_page_pdf() -> bytes:
    pytest.importorskip("reportlab")
    if not Path(FONT).exists():
        pytest.skip("fonts-wqy-microhei is not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "TestWQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("TestWQY", FONT, subfontIndex=0))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setFont("TestWQY", 22)
    c.drawString(20, H - 50, "社区更新见成效")
    c.setFont("TestWQY", 11)
    for k, (a, b) in enumerate(zip(COL1, COL2, strict=True)):
        c.drawString(20, H - 100 - 18 * k, a)
        c.drawString(220, H - 100 - 18 * k, b)
    c.save()
    return buf.getvalue()


def render_png(pdf: bytes, dpi: int = 150) -> bytes:
    import pypdfium2 as pdfium

    img = pdfium.PdfDocument(pdf)[0].render(scale=dpi / 72).to_pil()
    buf = io.BytesIO()
    img.save(buf, format="PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def close(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.85


@needs_ocr
def test_scan_lines_in_reading_order_with_boxes_in_points():
    lines = imgsrc.read_image_bytes(render_png(small_page_pdf()), "scan.png")
    got = [ln for ln in lines if ln.text]
    expected = ["社区更新见成效", *COL1, *COL2]
    assert len(got) == len(expected)
    for ln, want in zip(got, expected, strict=True):
        assert close(ln.text, want), (ln.text, want)
    title = got[0]
    # boxes are PDF points at the image's 150 dpi: the title was drawn at x=20 pt, baseline 50 pt down
    assert title.bbox[0] == pytest.approx(20, abs=4) and title.bbox[3] == pytest.approx(55, abs=6)
    assert title.size > 1.5 * got[1].size
    assert not any(ln.bold for ln in got)
    # a blank line where the reading jumps from the first column to the second
    texts = [ln.text for ln in lines]
    assert texts[texts.index(got[4].text) - 1] == ""


@needs_ocr
def test_image_only_pdf_page_is_ocrd():
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from banmian.sources.pdf import read_pdf_bytes

    png = render_png(small_page_pdf(), dpi=150)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.drawImage(ImageReader(io.BytesIO(png)), 0, 0, width=W, height=H)
    c.save()
    assert pdfium.PdfDocument(buf.getvalue())[0].get_textpage().count_chars() == 0  # really no text layer
    ((n, lines),) = read_pdf_bytes(buf.getvalue(), "scan.pdf")
    got = [ln.text for ln in lines if ln.text]
    assert n == 1 and close(got[0], "社区更新见成效") and len(got) == 7
    assert all(ln.page == 1 for ln in lines)


@needs_ocr
def test_scanned_issue_pages_run_in_parallel_processes_in_page_order():
    from PIL import Image

    imgs = [Image.open(io.BytesIO(render_png(small_page_pdf()))) for _ in range(2)]
    pages = imgsrc.ocr_pil_images(imgs, "issue.pdf", [3, 4], 150, workers=2)
    assert [sorted({ln.page for ln in lines}) for lines in pages] == [[3], [4]]
    for lines in pages:
        got = [ln.text for ln in lines if ln.text]
        assert close(got[0], "社区更新见成效") and len(got) == 7


# ---------------------------------------------------------------------------------------------
# Images that are not pages (no OCR needed to refuse them)


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims the given size (the pixel data is a stub)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00")) + chunk(b"IEND", b"")


def png(width: int, height: int, colour: str = "white") -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, format="PNG")
    return buf.getvalue()


@pytest.fixture
def with_ocr(monkeypatch):
    monkeypatch.setattr(imgsrc, "ocr_available", lambda: True)  # reach the checks before OCR runs


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (lambda: png_header(40_000, 40_000), "decompression bomb"),
        (lambda: png(60, 40), "too small to be a page"),
        (lambda: b"\x89PNG\r\n\x1a\nthis is not really a png", "not an image"),
        (lambda: b"", "empty"),
    ],
)
def test_images_that_are_not_pages_are_refused(with_ocr, data, reason):
    with pytest.raises(BadInput) as e:
        imgsrc.read_image_bytes(data(), "p.png")
    assert reason in str(e.value) and str(e.value).startswith("p.png: ") and "\n" not in str(e.value)


@needs_ocr
def test_blank_image_has_no_text():
    with pytest.raises(BadInput, match="no text found"):
        imgsrc.read_image_bytes(png(800, 600), "blank.png")


def test_missing_ocr_extra_is_named(monkeypatch):
    monkeypatch.setattr(imgsrc, "ocr_available", lambda: False)
    with pytest.raises(BadInput, match=r"pip install 'banmian\[ocr\]'"):
        imgsrc.read_image_bytes(png(800, 600), "scan.png")


def test_cli_parse_tiny_image(tmp_path, with_ocr):
    from typer.testing import CliRunner

    from banmian.cli import app

    f = tmp_path / "icon.png"
    f.write_bytes(png(32, 32))
    res = CliRunner().invoke(app, ["parse", str(f)])
    assert res.exit_code == 2
    assert str(f) in res.stderr and "too small" in res.stderr and len(res.stderr.strip().splitlines()) == 1


def _ink_sums(mask):
    import numpy as np

    ink = np.asarray(mask, dtype=bool)
    return np.cumsum(ink, axis=0, dtype=np.int32), np.cumsum(ink, axis=1, dtype=np.int32)


def test_detected_line_across_a_gutter_is_cut_into_column_pieces():
    """The detector joins the lines of two columns across a narrow gutter; the page's ink (a white band
    over the rows around it) cuts the box back into one piece per column, trimmed to its ink, and a
    hanging comma in the gutter stays with the piece on its left."""
    np = pytest.importorskip("numpy")
    mask = np.zeros((400, 300), dtype=bool)
    for top in range(20, 380, 30):  # rows of 'text': columns 10–130 and 150–290, gutter 130–150
        mask[top : top + 18, 10:130] = True
        mask[top : top + 18, 150:290] = True
    mask[200:206, 131:135] = True  # a comma hanging past column 1 on the line at 200
    mask[198:220, 148:150] = (np.arange(22) % 8 == 0)[:, None]  # faint left edge of column 2's first glyph
    pieces = imgsrc._pieces(_ink_sums(mask), 5, 198, 295, 220)
    assert pieces == [(10, 135), (148, 290)]
    # inside one column the white between characters never lines up from row to row: no cut
    mask2 = np.zeros((400, 300), dtype=bool)
    for k, top in enumerate(range(20, 380, 30)):
        mask2[top : top + 18, 10:290] = True
        mask2[top : top + 18, 100 + 7 * k : 110 + 7 * k] = False  # a gap that moves row by row
    assert imgsrc._pieces(_ink_sums(mask2), 5, 198, 295, 220) == [(10, 290)]
