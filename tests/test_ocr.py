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


def _canvas(w: float, h: float):
    """A reportlab canvas of w × h points with a CJK font registered (skips without reportlab or the font)."""
    pytest.importorskip("reportlab")
    if not Path(FONT).exists():
        pytest.skip("fonts-wqy-microhei is not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "TestWQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("TestWQY", FONT, subfontIndex=0))
    buf = io.BytesIO()
    return buf, canvas.Canvas(buf, pagesize=(w, h))


def small_page_pdf() -> bytes:
    buf, c = _canvas(W, H)
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


def test_gutter_is_not_cut_where_only_the_line_itself_is_white():
    """A subtitle's white (after a comma) over a title whose thin strokes (``一``, ``工``) leave that
    band nearly free of ink is no gutter: no line of the subtitle's size runs past it on both sides.
    Nor is a white that body lines below run through."""
    np = pytest.importorskip("numpy")
    mask = np.zeros((400, 300), dtype=bool)
    mask[40:64, 10:120] = True  # a 24-px line with a 16-px white at 120–136, then more text
    mask[40:64, 136:290] = True
    mask[80:140, 10:120] = True  # a 60-px title below, only a thin stroke across the white
    mask[80:140, 136:290] = True
    mask[108:110, 120:136] = True
    assert imgsrc._pieces(_ink_sums(mask), 5, 36, 295, 68) == [(10, 290)]
    for top in range(160, 380, 30):  # body lines further down in one column: they cross the white
        mask[top : top + 18, 10:290] = True
    assert imgsrc._pieces(_ink_sums(mask), 5, 36, 295, 68) == [(10, 290)]


def test_line_left_whole_is_cut_where_the_lines_around_end_and_start():
    """Pieces around that end at one x and start again after a white (columns already cut, or
    detected apart) cut a line the ink test left whole at that white; a white between characters
    (narrower than GUTTER_CORE_EM) or where the lines around run on is not cut."""
    np = pytest.importorskip("numpy")
    mask = np.zeros((300, 300), dtype=bool)
    mask[100:118, 10:130] = True
    mask[100:118, 150:290] = True
    mask[100:118, 60:62] = False  # a white between two characters
    pieces = [(10, y, 130, y + 24) for y in (40, 70, 130, 160)] + [(150, y, 290, y + 24) for y in (40, 70, 130, 160)]
    ink_cum = np.cumsum(mask, axis=0, dtype=np.int32)
    got = imgsrc._cut_at_column_edges([(10, 97.0, 290, 121.0), *pieces], ink_cum)
    assert got[:2] == [(10, 97.0, 130, 121.0), (150, 97.0, 290, 121.0)]
    lone = imgsrc._cut_at_column_edges([(10, 97.0, 290, 121.0), (10, 40, 290, 64), (10, 160, 290, 184)], ink_cum)
    assert lone[0] == (10, 97.0, 290, 121.0)


def test_line_is_cut_where_a_tall_mark_hanging_into_the_gutter_leaves_a_narrow_white():
    """…哪些方面？发展…: a ？ hanging past column 1's edge leaves only a narrow white before column 2; the
    line is cut there when the lines around end before the mark and start right at the white's end, and
    not at a white as narrow where they do not start."""
    np = pytest.importorskip("numpy")
    mask = np.zeros((300, 320), dtype=bool)
    mask[100:118, 10:130] = True  # column 1's text up to its edge at 130
    mask[100:118, 136:146] = True  # the hanging mark, 10 px into the 22-px gutter
    mask[100:118, 152:300] = True  # column 2 from 152: a 6-px white (0.3 em of a 19-px line) before it
    rows = (40, 70, 130, 160)
    pieces = [(10, y, 130, y + 24) for y in rows] + [(152, y, 300, y + 24) for y in rows]
    ink_cum = np.cumsum(mask, axis=0, dtype=np.int32)
    got = imgsrc._cut_at_column_edges([(10, 97.0, 300, 121.0), *pieces], ink_cum)
    assert got[:2] == [(10, 97.0, 146, 121.0), (152, 97.0, 300, 121.0)]
    # the same white where the lines below start a few pixels further on: no column edge there
    shifted = [(10, y, 130, y + 24) for y in rows] + [(162, y, 300, y + 24) for y in rows]
    assert imgsrc._cut_at_column_edges([(10, 97.0, 300, 121.0), *shifted], ink_cum)[0] == (10, 97.0, 300, 121.0)


def _ink_profile(cells: str, em: int = 20) -> list[int]:
    """Ink per pixel column of a line drawn cell by cell: ``X`` a character (ink over its middle 16 px),
    ``i`` a narrow one (乡, 口: ink over 10 px), ``_`` a quarter-em space."""
    out: list[int] = []
    for c in cells:
        if c == "_":
            out += [0] * (em // 4)
        else:
            w = 16 if c == "X" else 10
            pad = (em - w) // 2
            out += [0] * pad + [12] * w + [0] * (em - w - pad)
    return out


def test_spaces_between_names_come_back_from_the_ink():
    """The recogniser reads 本报记者 周明 薛育 as 本报记者周明薛育: the white in the line's ink puts the spaces
    back, so the names read as a byline's; the white a narrow glyph leaves in plain text is no space."""
    byline = _ink_profile("XXXX_XX_XX")
    assert imgsrc.spaces_from_ink("本报记者周明薛育", byline, 20.0) == "本报记者 周明 薛育"
    assert imgsrc.spaces_from_ink("本报记者周明 薛育", byline, 20.0) == "本报记者 周明 薛育"  # (one read a cell off)
    assert imgsrc.spaces_from_ink("贾昭贺涛", _ink_profile("XX_XX"), 20.0) == "贾昭 贺涛"
    # 基层乡镇的干部: the white around 乡 is as wide, but 镇的干部 is no name: the line stays as read
    assert imgsrc.spaces_from_ink("基层乡镇的干部", _ink_profile("XXiXXXX"), 20.0) == "基层乡镇的干部"
    # ink that does not hold as many ems as characters read: left as read
    assert imgsrc.spaces_from_ink("本报记者周明薛育", _ink_profile("XXXX_XX_XXXX"), 20.0) == "本报记者周明薛育"


def test_a_thin_first_character_after_a_gutter_stays_with_its_line():
    """…，那 / 一个个不规整…: the first character of column 2 is 一, a stroke with as little ink per pixel
    column as a hanging mark; the line is cut where the gutter's white ends, so 一 opens column 2's piece
    instead of ending column 1's (where the next cut split it off as a line of its own)."""
    np = pytest.importorskip("numpy")
    mask = np.zeros((400, 300), dtype=bool)
    for top in range(20, 380, 30):  # rows of 'text': columns 10–130 and 150–290, gutter 130–150
        mask[top : top + 18, 10:130] = True
        mask[top : top + 18, 150:290] = True
    mask[200:218, 150:170] = False
    mask[208:210, 151:166] = True  # 一 at the head of column 2 on the line at 200, then the next glyph at 170
    assert imgsrc._pieces(_ink_sums(mask), 5, 198, 295, 220) == [(10, 130), (151, 290)]


def test_slivers_are_not_recognised(monkeypatch):
    """A piece a few pixels wide (a glyph's edge left at a cut, a tiny box the detector finds at a column's
    edge) holds no character, but the recogniser reads one into it (木, 吉, J) and the stray line cuts the
    paragraph it falls into: it is not sent to the recogniser."""
    np = pytest.importorskip("numpy")
    image = pytest.importorskip("PIL.Image")
    arr = np.full((200, 400, 3), 255, dtype=np.uint8)
    arr[50:70, 20:200] = 0  # a line of text
    arr[50:70, 300:303] = 0  # a sliver
    seen = []

    class Engine:
        def recognize_txt(self, crops):
            seen.extend(c.shape[1] for c in crops)
            return type("Rec", (), {"txts": ["字" * (c.shape[1] // 20) for c in crops], "scores": [0.9] * len(crops)})

    monkeypatch.setattr(imgsrc, "_need_ocr", lambda name: None)
    monkeypatch.setattr(imgsrc, "_engine", Engine)
    polys = [[(16, 47), (204, 47), (204, 73), (16, 73)], [(296, 47), (307, 47), (307, 73), (296, 73)]]
    monkeypatch.setattr(imgsrc, "_detect", lambda eng, a: polys)
    monkeypatch.setattr(imgsrc, "_detect_large", lambda eng, a, found: [])
    boxes = imgsrc.ocr_boxes(image.fromarray(arr), "page.png", 72.0)
    assert [b[0] for b in boxes] == ["字" * 9] and len(seen) == 1


def test_a_lone_character_takes_the_weight_of_the_line_above_it():
    """古巴通过 / 新措施推 / 动私营经 / 济: the stroke of one character is no steady measure of the weight; the
    last line of a bold title takes the title's weight (not read as a regular subtitle), while a lone
    character with no line of its size right above it keeps its own."""
    boxes = [
        ("动私营经", 36.0, 1369.0, 116.0, 1390.0, 21.0, 3.0),  # bold: stroke 3 for size 21 against 1 for 10
        ("济", 36.0, 1394.0, 55.0, 1417.0, 21.0, 2.0),  # read regular on its own
        ("正文一行文字", 36.0, 1500.0, 96.0, 1510.0, 10.0, 1.0),
        ("甲", 300.0, 1394.0, 319.0, 1417.0, 21.0, 2.0),  # no line above it
    ]
    assert imgsrc.line_weights(boxes, usual=0.1) == [True, True, False, False]


def test_headline_lines_the_full_resolution_pass_missed_come_from_a_half_resolution_pass():
    """The detector misses a line of large type now and then (为实现民族复兴提供坚强制度保障, found in a band
    starting 30 px lower): a pass at half the resolution adds the lines of large type that no line found
    already covers, and nothing of body size."""
    np = pytest.importorskip("numpy")
    found = [[(70, y), (370, y), (370, y + 20), (70, y + 20)] for y in (100, 130, 160)]  # body lines, 20 px high
    found.append([(70, 3172), (700, 3172), (700, 3222), (70, 3222)])  # a headline line found

    class Engine:
        def __call__(self, arr, **kw):
            assert arr.shape[:2] == (2000, 900)  # (half of 4000 × 1800)
            boxes = [
                [(35, 1500), (335, 1500), (335, 1525), (35, 1525)],  # a 50-px line missed: taken
                [(35, 1562), (310, 1562), (310, 1587), (35, 1587)],  # runs 2 px into the line found: taken
                [(35, 1587), (350, 1587), (350, 1612), (35, 1612)],  # the line found: not taken again
                [(35, 1800), (200, 1800), (200, 1810), (35, 1810)],  # body size: not taken
            ]
            return type("Det", (), {"boxes": boxes})

    new = imgsrc._detect_large(Engine(), np.zeros((4000, 1800, 3), dtype=np.uint8), found)
    assert [imgsrc._poly_box(q, 1.0) for q in new] == [(70, 3000, 670, 3050), (70, 3124, 620, 3174)]


def test_a_closing_quote_the_detector_left_out_is_taken_back():
    """…对社会有用的人。 / ”: the closing quote after a paragraph's last stop has too little ink for the detector,
    whose box ends before it; ink just after the piece, a mark's width, with white after it, is taken back
    into the piece.  Text further on (the next column, an em or more away and wide) is not."""
    np = pytest.importorskip("numpy")
    mask = np.zeros((100, 400), dtype=bool)
    mask[40:62, 100:140] = True  # 人。: the piece, 22 px high (an em of about 18 px)
    mask[42:48, 144:147] = True  # ” : two small strokes after it
    mask[42:48, 149:152] = True
    ink_cum = np.cumsum(mask, axis=0, dtype=np.int32)
    pieces = [(100, 38.0, 140, 61.0)]
    assert imgsrc._mark_left_out(ink_cum, pieces, 100, 38.0, 140, 61.0) == 152
    mask[40:62, 156:300] = True  # a line going on right after it: no mark, text
    ink_cum = np.cumsum(mask, axis=0, dtype=np.int32)
    assert imgsrc._mark_left_out(ink_cum, pieces, 100, 38.0, 140, 61.0) == 140


def test_hanging_mark_is_left_out_of_the_line_box():
    """A closing mark hanging past the column edge would close the gutter the reading order is cut
    at: the box ends where the last character does."""
    np = pytest.importorskip("numpy")
    mask = np.zeros((40, 200), dtype=bool)
    mask[10:30, 10:150] = True  # characters up to the column edge at 150
    mask[24:30, 153:158] = True  # a comma hanging in the gutter
    ink_cum = np.cumsum(mask, axis=0, dtype=np.int32)
    assert imgsrc._hanging_end(ink_cum, 8, 32, 10, 158, 20.0) == 150
    # a last character wider than a mark is not cut off
    mask2 = np.zeros((40, 200), dtype=bool)
    mask2[10:30, 10:150] = True
    mask2[10:30, 153:170] = True
    assert imgsrc._hanging_end(np.cumsum(mask2, axis=0, dtype=np.int32), 8, 32, 10, 170, 20.0) == 170


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("据了解(记者)：", "据了解（记者）："),
        ("主要内容:一是", "主要内容：一是"),
        ("你好!真的?", "你好！真的？"),
        ("比分12:30结束", "比分12:30结束"),  # between digits: stays
        ("共1,000人", "共1,000人"),
        ("the (BRI) plan", "the (BRI) plan"),
    ],
)
def test_ascii_punctuation_next_to_chinese_becomes_full_width(raw, want):
    assert imgsrc.fullwidth_punctuation(raw) == want


def test_box_bold_flag_reaches_the_line():
    from banmian.sources.pdf import lines_from_boxes

    lines = lines_from_boxes(
        [("加粗的小标题", 20, 20, 120, 32, 10, True), ("正文第一行文字", 20, 36, 150, 48, 10, False)]
    )
    assert [(ln.text, ln.bold) for ln in lines if ln.text] == [("加粗的小标题", True), ("正文第一行文字", False)]
    assert lines_from_boxes([("正文", 20, 20, 60, 32, 10)])[0].bold is False  # six-field boxes still work


def test_tall_pages_are_detected_in_overlapping_bands():
    """Detection runs band by band at full resolution; a box is kept by the band whose own part holds
    its centre, so a line on a band edge is taken once, whole."""
    np = pytest.importorskip("numpy")
    tiles = imgsrc._tiles(5000)
    assert tiles[0][0] == 0 and tiles[-1][1] == 5000 and tiles[-1][3] == 5000
    assert all(b - t <= imgsrc.TILE_HEIGHT for t, b, _, _ in tiles)
    assert all(a[3] == b[2] and a[1] - b[0] == imgsrc.TILE_OVERLAP for a, b in zip(tiles, tiles[1:], strict=False))
    lines_y = [100, 1790, 1850, 1900, 3500, 4950]  # 30-px lines, some in the overlaps

    page = np.zeros((5000, 300, 3), dtype=np.uint8)
    page[:, 0, 0] = np.arange(5000) // 256  # each row's number, so the engine knows where a band starts
    page[:, 0, 1] = np.arange(5000) % 256

    class Found:
        boxes = None

    def engine(arr, **kw):
        top, n = int(arr[0, 0, 0]) * 256 + int(arr[0, 0, 1]), arr.shape[0]
        found = Found()
        boxes = [
            [[10, y], [200, y], [200, min(y + 30, top + n)], [10, min(y + 30, top + n)]]
            for y in lines_y
            if top <= y < top + n
        ]
        if boxes:
            found.boxes = np.array(boxes, dtype=float) - [0, top]
        return found

    polys = imgsrc._detect(engine, page)
    assert sorted(min(p[1] for p in poly) for poly in polys) == lines_y
    assert all(max(p[1] for p in poly) - min(p[1] for p in poly) == 30 for poly in polys)


def tall_page_pdf() -> bytes:
    """A page 8 times as tall as it is wide (a long strip of text, like a scanned broadsheet column)."""
    w, h = 300.0, 2400.0
    buf, c = _canvas(w, h)
    c.setFont("TestWQY", 9)
    for k, text in enumerate(COL1 + COL2):
        c.drawString(20, h - 60 - 390 * k, text)
    c.save()
    return buf.getvalue()


@needs_ocr
def test_tall_page_keeps_its_resolution():
    """A 5,000-px page is read at full resolution (it used to be scaled to 4,000 px, and 9-pt text at
    150 dpi with it: too small to read)."""
    png_bytes = render_png(tall_page_pdf())
    from PIL import Image

    assert Image.open(io.BytesIO(png_bytes)).height == 5000
    got = [ln.text for ln in imgsrc.read_image_bytes(png_bytes, "tall.png") if ln.text]
    assert len(got) == 6
    for text, want in zip(got, COL1 + COL2, strict=True):
        assert close(text, want), (text, want)


def bold_page_pdf() -> bytes:
    buf, c = _canvas(W, H)
    lines = [(COL1[0], False), ("坚持农业农村优先发展", True), (COL1[1], False), (COL1[2], False), (COL2[0], False)]
    for k, (text, bold) in enumerate(lines):
        t = c.beginText()
        t.setFont("TestWQY", 11)
        t.setTextOrigin(20, H - 40 - 20 * k)
        if bold:  # as the evaluation pages set bold: fill and stroke
            c.saveState()
            c.setLineWidth(0.04 * 11)
            t.setTextRenderMode(2)
        t.textOut(text)
        c.drawText(t)
        if bold:
            c.restoreState()
    c.save()
    return buf.getvalue()


@needs_ocr
def test_bold_lines_are_told_by_their_stroke_width():
    lines = [ln for ln in imgsrc.read_image_bytes(render_png(bold_page_pdf()), "bold.png") if ln.text]
    assert len(lines) == 5
    assert [ln.bold for ln in lines] == [False, True, False, False, False]


@needs_ocr
def test_lines_are_recognised_one_at_a_time():
    """RapidOCR pads a recognition batch to its widest line; one line per run took 7–10 % less CPU
    on broadsheet pages with the same accuracy (docs/pdf.md)."""
    assert imgsrc._engine().cfg.Rec.rec_batch_num == imgsrc.REC_BATCH == 1


def test_line_size_is_read_from_its_own_ink():
    """The size comes from the ink height of the line's own characters: strokes of the line above
    reaching into the box (cut off by white rows) and the thin tips of a bracket or quote (which reach
    past the ideographs) are left out; the white between the strokes of ``王`` is the line's own."""
    assert imgsrc._ink_rows([0, 0, 0, 0]) == (0, 0)
    # rows 0–2: the bottom of the line above; 5–40: the line (200 px of ink per row); 41–43: a bracket's tip
    counts = [30, 30, 30, 0, 0] + [200] * 36 + [4, 4, 4, 0, 0]
    assert imgsrc._ink_rows(counts) == (5, 41)
    # one character made of bands with white between them, none at the box's edge
    wang = [0, 0] + [20] * 3 + [0] * 6 + [12] * 3 + [0] * 6 + [20] * 3 + [0, 0]
    assert imgsrc._ink_rows(wang) == (2, 23)


def test_articles_side_by_side_under_a_tier_are_cut_apart_before_their_headline_row():
    """Two articles side by side under a full-width tier, their headlines on one row: the gutter between
    the articles (wider than the columns' own) is cut first, as for PDF text, so each headline is
    followed by its own columns (not by the other headline, which would read as its kicker)."""
    from banmian.sources.pdf import lines_from_boxes

    boxes = []
    for r in range(6):  # the tier above: four columns, full width
        y = 40 + 13 * r
        boxes += [(f"上层第{c}栏第{r}行文字内容", 36 + 170 * c, y, 196 + 170 * c, y + 10, 9.0, False) for c in range(4)]
    boxes.append(("左边文章的大标题", 36, 140, 290, 162, 20.0, True))
    boxes.append(("右边文章的标题", 376, 140, 600, 162, 20.0, True))
    for r in range(8):  # each article's two columns; gutters of 10 pt inside, 20 pt between the articles
        y = 172 + 13 * r
        for x0, x1, who in ((36, 196, "左"), (206, 356, "左"), (376, 526, "右"), (536, 696, "右")):
            boxes.append((f"{who}文第{x0}栏第{r}行正文", x0, y, x1, y + 10, 9.0, False))
    texts = [ln.text for ln in lines_from_boxes(boxes) if not ln.blank]
    left = texts.index("左边文章的大标题")
    assert texts[left + 1].startswith("左文")
    assert all(t.startswith("左") for t in texts[left : texts.index("右边文章的标题")])


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("五位一线工作者—一", "五位一线工作者——"),
        ("—一全国各领域基层党组织", "——全国各领域基层党组织"),
        ("精神之五——", "精神之五——"),
        ("——一个目标", "——一个目标"),  # after a whole dash: the word 一
        ("第一项", "第一项"),
    ],
)
def test_second_half_of_a_dash_read_as_one_is_a_dash(raw, want):
    assert imgsrc.dash_pairs(raw) == want
