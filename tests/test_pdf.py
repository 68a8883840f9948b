"""The PDF reader: reading order, sizes, bold, blank lines, boxes and bad input.

Every PDF is drawn here with reportlab at known positions, so the expected lines are what we drew,
not what the reader produced.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

from reportlab.lib.pdfencrypt import StandardEncryption  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from banmian.errors import BadInput  # noqa: E402
from banmian.model import Line  # noqa: E402
from banmian.sources import pdf as pdfsrc  # noqa: E402
from banmian.sources.pdf import normalise_char, read_pdf_bytes  # noqa: E402

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SHARED = Path(os.environ.get("BANMIAN_SHARED") or Path(__file__).resolve().parents[2] / "shared")
CORPUS = SHARED / "corpus" / "rmrb-2019-2020.jsonl.gz"
W, H = 595.0, 842.0

if not Path(FONT).exists():  # pragma: no cover - Debian package fonts-wqy-microhei
    pytest.skip("fonts-wqy-microhei is not installed", allow_module_level=True)
if "TestWQY" not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont("TestWQY", FONT, subfontIndex=0))


def draw(c, text: str, x: float, top: float, size: float = 10.0, bold: bool = False) -> None:
    """One line with its top-left corner at (x, top), y measured down from the page top."""
    c.saveState()
    t = c.beginText(x, H - top - 0.765 * size)  # WenQuanYi's ascent: the loose box top lands on ``top``
    t.setFont("TestWQY", size)
    if bold:
        c.setLineWidth(0.04 * size)
        t.setTextRenderMode(2)  # fill + stroke: fake bold
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


def make_pdf(pages, **kw) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), **kw)
    for page in pages:
        page(c)
        c.showPage()
    c.save()
    return buf.getvalue()


# Two columns of 10-pt body (18 cells = 180 pt wide, gutter 20 pt) under a 12-pt kicker and a
# 24-pt title that spans both columns.  Paragraphs start with a two-cell indent.
COL1, COL2, PITCH = 50.0, 250.0, 15.0


def front_page(c) -> None:
    draw(c, "引题：城市更新进行时", COL1, 40, 12)
    draw(c, "大标题横跨两栏而且相当长的一行", COL1, 60, 24, bold=True)
    col1 = [
        (20, "甲段首行，内容较长的句子"),
        (0, "甲段次行结束。"),
        (20, "乙段首行开始讲述"),
        (0, "乙段次行，跨栏前的半句"),
    ]
    for k, (indent, s) in enumerate(col1):
        draw(c, s, COL1 + indent, 110 + k * PITCH)
    draw(c, "跨栏后的半句继续讲述。", COL2, 110)
    draw(c, "丙小标题", COL2, 110 + PITCH, bold=True)
    draw(c, "丁段首行", COL2 + 20, 110 + 2 * PITCH)
    draw(c, "丁段次行（完）：好！", COL2, 110 + 3 * PITCH)


@pytest.fixture(scope="module")
def front() -> list:
    pages = read_pdf_bytes(make_pdf([front_page]), "front.pdf")
    assert [n for n, _ in pages] == [1]
    return pages[0][1]


def texts(lines) -> list[str]:
    return [ln.text for ln in lines]


def test_reading_order_columns_and_headline_first(front):
    assert [t for t in texts(front) if t] == [
        "引题：城市更新进行时",
        "大标题横跨两栏而且相当长的一行",
        "甲段首行，内容较长的句子",
        "甲段次行结束。",
        "乙段首行开始讲述",
        "乙段次行，跨栏前的半句",
        "跨栏后的半句继续讲述。",
        "丙小标题",
        "丁段首行",
        "丁段次行（完）：好！",
    ]


def test_blank_lines_mark_blocks(front):
    t = texts(front)

    def blank_before(s: str) -> bool:
        return t[t.index(s) - 1] == ""

    assert blank_before("大标题横跨两栏而且相当长的一行")  # size change
    assert blank_before("甲段首行，内容较长的句子")  # gap under the headline
    assert not blank_before("甲段次行结束。")  # same paragraph, ordinary leading
    assert blank_before("乙段首行开始讲述")  # first-line indent
    assert not blank_before("乙段次行，跨栏前的半句")
    assert blank_before("跨栏后的半句继续讲述。")  # column jump, even mid-sentence
    assert blank_before("丙小标题")  # weight change
    assert blank_before("丁段首行")
    assert not blank_before("丁段次行（完）：好！")
    assert all(ln.bbox is None for ln in front if ln.blank)


def test_sizes_bold_and_font(front):
    by = {ln.text: ln for ln in front if ln.text}
    assert by["引题：城市更新进行时"].size == pytest.approx(12, abs=0.2)
    assert by["大标题横跨两栏而且相当长的一行"].size == pytest.approx(24, abs=0.2)
    assert by["甲段次行结束。"].size == pytest.approx(10, abs=0.2)
    assert by["大标题横跨两栏而且相当长的一行"].bold
    assert by["丙小标题"].bold
    assert not by["甲段次行结束。"].bold and not by["引题：城市更新进行时"].bold
    assert "WenQuanYi" in (by["甲段次行结束。"].font or "")


def test_boxes_in_points_from_the_top(front):
    by = {ln.text: ln for ln in front if ln.text}
    x0, y0, x1, y1 = by["大标题横跨两栏而且相当长的一行"].bbox
    assert x0 == pytest.approx(COL1, abs=1) and y0 == pytest.approx(60, abs=1.5)
    assert x1 == pytest.approx(COL1 + 15 * 24, abs=2) and y1 > y0
    x0, y0, _, _ = by["跨栏后的半句继续讲述。"].bbox
    assert x0 == pytest.approx(COL2, abs=1) and y0 == pytest.approx(110, abs=1.5)
    assert by["乙段首行开始讲述"].bbox[0] == pytest.approx(COL1 + 20, abs=1)
    assert all(ln.page == 1 for ln in front)


def test_full_width_punctuation_is_kept(front):
    assert "丁段次行（完）：好！" in texts(front)


def test_normalise_compatibility_ideographs_only():
    assert normalise_char("\u2f47") == "日"  # Kangxi radical SUN
    assert normalise_char("\uf900") == "豈"  # CJK compatibility ideograph
    assert normalise_char("\ufb01") == "fi"
    for ch in "，（）：；！？Ａ１":
        assert normalise_char(ch) == ch


def test_hanging_punctuation_does_not_join_columns():
    def page(c):
        # Column 1's lines fill 18 cells; a comma hangs into the 10-pt gutter and touches column 2.
        draw(c, "一二三四五六七八九十一二三四五六七八，", 50, 100)
        draw(c, "左栏第二行。", 50, 115)
        draw(c, "右栏第一行文字", 240, 100)
        draw(c, "右栏第二行文字", 240, 115)

    lines = read_pdf_bytes(make_pdf([page]), "hang.pdf")[0][1]
    assert [t for t in texts(lines) if t] == [
        "一二三四五六七八九十一二三四五六七八，",
        "左栏第二行。",
        "右栏第一行文字",
        "右栏第二行文字",
    ]


def test_headline_set_tight_above_columns_comes_first():
    def page(c):
        # No wide gap under the headline: the first row only spans the gutter.
        draw(c, "紧贴正文的两栏标题文字很长很长", 50, 80, 16, bold=True)
        for k in range(4):
            draw(c, f"左栏第{k + 1}行", 50, 100 + 13 * k)
            draw(c, f"右栏第{k + 1}行", 200, 100 + 13 * k)

    got = [t for t in texts(read_pdf_bytes(make_pdf([page]), "tight.pdf")[0][1]) if t]
    assert got == ["紧贴正文的两栏标题文字很长很长"] + [f"左栏第{k}行" for k in range(1, 5)] + [
        f"右栏第{k}行" for k in range(1, 5)
    ]


def test_articles_side_by_side_stay_whole():
    def page(c):
        for x, name in ((50, "甲"), (300, "乙")):
            draw(c, f"{name}文标题", x, 60, 20, bold=True)
            for k in range(3):
                draw(c, f"{name}文正文第{k + 1}行", x, 100 + 15 * k)

    got = [t for t in texts(read_pdf_bytes(make_pdf([page]), "side.pdf")[0][1]) if t]
    assert got == [
        "甲文标题",
        "甲文正文第1行",
        "甲文正文第2行",
        "甲文正文第3行",
        "乙文标题",
        "乙文正文第1行",
        "乙文正文第2行",
        "乙文正文第3行",
    ]


def _two_column_article(c, x: float, top: float, name: str, rows: int, names_line: bool = False) -> None:
    """An article of two 8-cell columns (10 pt body, 10 pt gutter) under a title, at (x, top)."""
    draw(c, f"{name}文标题", x, top, 20, bold=True)
    for k in range(rows):
        draw(c, f"{name}左栏第{k + 1:02d}行正文", x, top + 30 + 13 * k)
        draw(c, f"{name}右栏第{k + 1:02d}行正文", x + 90, top + 30 + 13 * k)
    if names_line:
        draw(c, f"{name}署名", x, top + 30 + 13 * rows + 8)


def test_names_line_below_its_article_stays_with_it():
    """Articles side by side (a 20-pt gap, twice the 10-pt column gutter): the left one ends lower and
    closes with a names line, below everything the right one prints.  The gap above the names line
    runs across the whole page, but the names line belongs to the left article, not after the right."""

    def page(c):
        _two_column_article(c, 50, 60, "甲", 6, names_line=True)
        _two_column_article(c, 250, 60, "乙", 3)
        draw(c, "本版责编：某某", 50, 300, 8)

    got = [t for t in texts(read_pdf_bytes(make_pdf([page]), "names.pdf")[0][1]) if t]
    assert got.index("甲署名") < got.index("乙文标题")
    assert got[-1] == "本版责编：某某"
    jia = [t for t in got if t.startswith("甲")]
    assert got[: len(jia)] == jia  # the left article whole, then the right one


def test_titles_level_across_articles_are_not_read_together():
    """Two articles whose titles sit on one row (a tier of articles): each title heads its own body."""

    def page(c):
        _two_column_article(c, 50, 60, "甲", 3)
        _two_column_article(c, 250, 60, "乙", 5)
        _two_column_article(c, 50, 200, "丙", 2)

    got = [t for t in texts(read_pdf_bytes(make_pdf([page]), "tier.pdf")[0][1]) if t]
    assert [t[0] for t in got] == ["甲"] * 7 + ["乙"] * 11 + ["丙"] * 5


def test_second_tier_of_columns_comes_after_the_first():
    """An article too wide for one row of columns goes on in a second tier below: row one's columns
    left to right (under its title and byline), then the second tier."""

    def page(c):
        draw(c, "很宽的文章标题", 50, 40, 20, bold=True)
        draw(c, "本报记者 某某", 50, 68, 10.5)
        for col in range(3):
            for k in range(4):
                draw(c, f"第{col + 1}栏第{k + 1}行文字", 50 + 110 * col, 82 + 13 * k)
        for k in range(2):
            draw(c, f"第4栏第{k + 1}行文字", 50, 82 + 13 * 4 + 8 + 13 * k)

    got = [t for t in texts(read_pdf_bytes(make_pdf([page]), "tiers.pdf")[0][1]) if t]
    assert got == ["很宽的文章标题", "本报记者 某某"] + [
        f"第{col}栏第{k}行文字" for col in range(1, 5) for k in range(1, 5 if col < 4 else 3)
    ]


def test_hanging_mark_closing_a_title_stays_on_its_line():
    """A title whose closing quote hangs past the column edge into the gutter: the mark stays on the
    title's line, it is not read as the first text of the next column."""

    def page(c):
        draw(c, "好诗三“道”", 50, 40, 20, bold=True)  # 5 cells: the ” ends at 150, past the column
        for k in range(3):
            draw(c, f"左栏第{k + 1}行文字", 50, 70 + 13 * k)  # 9 cells: column 50–140
            draw(c, f"右栏第{k + 1}行文字", 150, 70 + 13 * k)

    got = [t for t in texts(read_pdf_bytes(make_pdf([page]), "quote.pdf")[0][1]) if t]
    assert got[0] == "好诗三“道”"
    assert "”" not in "".join(got[1:])


def test_latin_word_spaces_kept():
    def page(c):
        c.setFont("Helvetica", 10)
        c.drawString(50, 700, "CD-ROM drives in 2023")

    assert texts(read_pdf_bytes(make_pdf([page]), "latin.pdf")[0][1]) == ["CD-ROM drives in 2023"]


def test_spaces_between_names_in_a_byline_are_kept():
    def page(c):
        draw(c, "本报记者 张三 欧阳小明", 50, 100)
        draw(c, "紧密排列的正文没有空格", 50, 115)

    assert texts(read_pdf_bytes(make_pdf([page]), "byline.pdf")[0][1]) == [
        "本报记者 张三 欧阳小明",
        "紧密排列的正文没有空格",
    ]


def test_page_header_split_at_its_word_spaces_is_one_line():
    # a two-line page header: the two spaces of the date line fall under nothing in the row above,
    # so they look like a gutter; the date and the weekday are still one furniture line
    def page(c):
        draw(c, "体育 13", 36, 36, 8)
        draw(c, "2020年1月6日  星期一", 36, 48, 8)
        draw(c, "北红村摘帽记", 36, 80, 20, bold=True)
        for k in range(3):
            draw(c, "过去收入依赖伐木头的贫困村，", 36, 110 + k * 13, 9)

    lines = [t for t in texts(read_pdf_bytes(make_pdf([page]), "header.pdf")[0][1]) if t]
    assert lines[:3] == ["体育 13", "2020年1月6日 星期一", "北红村摘帽记"]


def test_a_mark_hanging_over_the_next_column_stays_on_its_line():
    # a subtitle spanning three columns ends in 》 right above the third column's left edge
    def page(c):
        draw(c, "李克强主持召开国务院常务会议", 36, 40, 20, bold=True)
        draw(c, "审议通过《优化营商环境条例（草案）》，以政府立法为各类市场主体投资兴业", 36, 70, 12)
        draw(c, "讨论通过《中华人民共和国档案法（修订草案）》", 36, 86, 12)
        for x in (36, 162, 288):  # columns of 13 characters, 117 pt, gutter 9 pt
            for k in range(12):
                draw(c, "一二三四五六七八九十一二三", x, 106 + k * 13, 9)

    lines = [t for t in texts(read_pdf_bytes(make_pdf([page]), "hang.pdf")[0][1]) if t]
    assert lines[2] == "讨论通过《中华人民共和国档案法（修订草案）》"
    assert "》" not in lines and len(lines) == 3 + 36


def test_a_paragraph_whose_indented_first_line_starts_right_of_its_second_line_is_read_in_order():
    # (a generated page) a two-line closing note set apart under a column: its indented first line starts
    # two cells in, right of where its short second line ends: no gutter between two columns
    def page(c):
        for k in range(6):
            draw(c, "一二三四五六七八九十一二三", 36, 100 + k * 13, 9)
        draw(c, "（本报华盛顿1月9日", 54, 100 + 8 * 13, 9)
        draw(c, "电）", 36, 100 + 9 * 13, 9)

    lines = [t for t in texts(read_pdf_bytes(make_pdf([page]), "note.pdf")[0][1]) if t]
    assert lines[-2:] == ["（本报华盛顿1月9日", "电）"]


def test_a_lead_paragraph_of_many_rows_over_columns_comes_first():
    # a front-page lead (12 pt, six rows set with ordinary leading) over two columns of 9-pt body with a
    # one-em gutter: no gap to cut at above the columns, more rows than a headline has
    def page(c):
        draw(c, "习近平会见美国贸易代表", 36, 40, 20, bold=True)
        for k in range(6):
            draw(c, "指出中美关系是当今世界最重要的双边关系之一两国", 36, 70 + k * 15.6, 12)
        for k in range(10):
            draw(c, "左栏正文左栏正文左栏正文左栏正", 36, 167 + k * 13, 9)
            draw(c, "右栏正文右栏正文右栏正文右栏正", 189, 167 + k * 13, 9)

    lines = [t for t in texts(read_pdf_bytes(make_pdf([page]), "lead.pdf")[0][1]) if t]
    assert lines[1:7] == ["指出中美关系是当今世界最重要的双边关系之一两国"] * 6
    assert lines[7:17] == ["左栏正文左栏正文左栏正文左栏正"] * 10
    assert lines[17:] == ["右栏正文右栏正文右栏正文右栏正"] * 10


@pytest.mark.skipif(not CORPUS.is_file(), reason="the shared corpus is not here")
def test_a_headline_word_space_over_a_gutter_does_not_split_the_headline():
    # a generated page (corpus page 2019-02-05/4, seed 11): the space of 新春走基层 一起过大年 lies right
    # over the gutter between the two columns under it
    from banmian.evaluate.generate import generate_page, group_pages, read_corpus
    from banmian.evaluate.pdf_render import render_pdf_bytes
    from banmian.pipeline import parse_lines

    g = generate_page(group_pages(read_corpus(CORPUS))[("2019-02-05", 4)], seed=11)
    assert any(ln.text == "新春走基层 一起过大年" for ln in g.layout)
    lines = read_pdf_bytes(render_pdf_bytes([g]), "p.pdf")[0][1]
    assert "新春走基层 一起过大年" in texts(lines)
    assert "新春走基层 一起过大年" in [a.title for a in parse_lines(lines).articles]


def test_multi_page_file_keeps_page_numbers():
    def one(c):
        draw(c, "第一版的内容", 50, 100)

    def two(c):
        draw(c, "第二版的内容", 50, 100)

    pages = read_pdf_bytes(make_pdf([one, two]), "issue.pdf")
    assert [(n, [ln.text for ln in lines], {ln.page for ln in lines}) for n, lines in pages] == [
        (1, ["第一版的内容"], {1}),
        (2, ["第二版的内容"], {2}),
    ]


def test_parse_bytes_gives_a_page_per_pdf_page():
    from banmian.pipeline import parse_bytes

    def one(c):
        draw(c, "第一版的内容。", 50, 100)

    def two(c):
        draw(c, "第二版的内容。", 50, 100)

    pages = parse_bytes(make_pdf([one, two]), "issue.pdf")
    assert [p.page for p in pages] == [1, 2]
    assert all(p.source == "issue.pdf" for p in pages)


# ---------------------------------------------------------------------------------------------
# Bad input


def zero_page_pdf() -> bytes:
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref


def image_only_pdf() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (400, 300), "white")
    ImageDraw.Draw(img).rectangle((20, 20, 380, 280), outline="black", width=3)
    buf = io.BytesIO()
    img.save(buf, format="PNG")

    def page(c):
        from reportlab.lib.utils import ImageReader

        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 50, 400, width=400, height=300)

    return make_pdf([page])


def simple_pdf(**kw) -> bytes:
    return make_pdf([lambda c: draw(c, "正文一行。", 50, 100)], **kw)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (lambda: simple_pdf(encrypt=StandardEncryption("secret")), "encrypted with a password"),
        (lambda: simple_pdf()[:-40], "corrupt or truncated"),
        (lambda: simple_pdf()[: len(simple_pdf()) // 2], "corrupt or truncated"),
        (lambda: b"%PDF-1.7\n" + b"\x00garbage" * 50, "corrupt or truncated"),
        (zero_page_pdf, "no pages"),
        (lambda: b"", "empty"),
        (lambda: b"GIF89a not a pdf at all", "not a PDF"),
    ],
)
def test_bad_pdfs_raise_one_line_bad_input(data, reason):
    with pytest.raises(BadInput) as e:
        read_pdf_bytes(data(), "bad.pdf")
    assert reason in str(e.value) and str(e.value).startswith("bad.pdf: ")
    assert "\n" not in str(e.value)


def test_owner_password_only_pdf_is_read():
    # Permissions-only encryption (empty user password) opens without a password, as in viewers.
    lines = read_pdf_bytes(simple_pdf(encrypt=StandardEncryption("", ownerPassword="owner")), "p.pdf")[0][1]
    assert texts(lines) == ["正文一行。"]


def test_too_many_pages_is_refused(monkeypatch):
    monkeypatch.setattr(pdfsrc, "MAX_PAGES", 2)
    data = make_pdf([lambda c: draw(c, "一", 50, 100)] * 3)
    with pytest.raises(BadInput, match="3 pages, over the limit of 2"):
        read_pdf_bytes(data, "big.pdf")


def test_image_only_pdf_without_ocr_names_the_extra(monkeypatch):
    monkeypatch.setattr(pdfsrc, "ocr_available", lambda: False)
    with pytest.raises(BadInput) as e:
        read_pdf_bytes(image_only_pdf(), "scan.pdf")
    assert "text layer" in str(e.value) and "pip install 'banmian[ocr]'" in str(e.value)


def test_image_only_page_inside_an_issue_is_an_empty_page(monkeypatch):
    monkeypatch.setattr(pdfsrc, "ocr_available", lambda: False)
    data = image_only_pdf()
    import pypdfium2 as pdfium

    # Put a text page in front of the image-only page.
    doc = pdfium.PdfDocument(simple_pdf())
    doc.import_pages(pdfium.PdfDocument(data))
    buf = io.BytesIO()
    doc.save(buf)
    pages = read_pdf_bytes(buf.getvalue(), "issue.pdf")
    assert [(n, texts(lines)) for n, lines in pages] == [(1, ["正文一行。"]), (2, [])]


def without_unicode_map(data: bytes) -> bytes:
    """The PDF with its fonts' ToUnicode tables unlinked: PDFium then gives each glyph's code, not its character
    (as with fonts typeset with their own encodings: such a page's text copies out as 乱码)."""
    import re

    out = re.sub(rb"/ToUnicode\s+\d+\s+0\s+R", b"", data)
    assert out != data
    return out


def headline_page(c) -> None:
    draw(c, "春耕备耕有序展开", 50, 80, size=24)
    draw(c, "本报记者 何春阳", 50, 130)
    for k, row in enumerate(("各地抓住有利时机，组织春耕生产，", "农业农村部门加强技术指导。")):
        draw(c, row, 50, 150 + 15 * k)


def test_a_text_layer_of_codes_is_no_text_and_without_ocr_names_the_extra(monkeypatch):
    data = without_unicode_map(make_pdf([headline_page]))
    import pypdfium2 as pdfium

    codes = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert codes.strip() and not any("\u4e00" <= ch <= "\u9fff" for ch in codes)  # (what the page's text layer holds)
    monkeypatch.setattr(pdfsrc, "ocr_available", lambda: False)
    with pytest.raises(BadInput) as e:
        read_pdf_bytes(data, "codes.pdf")
    assert "text layer is no text" in str(e.value) and "pip install 'banmian[ocr]'" in str(e.value)
    # (a readable page beside it keeps the file readable: the page of codes stays as it was read)
    doc = pdfium.PdfDocument(simple_pdf())
    doc.import_pages(pdfium.PdfDocument(data))
    buf = io.BytesIO()
    doc.save(buf)
    pages = read_pdf_bytes(buf.getvalue(), "issue.pdf")
    assert texts(pages[0][1]) == ["正文一行。"] and pdfsrc.text_layer_garbled(pages[1][1])


@pytest.mark.skipif(not pdfsrc.ocr_available(), reason="needs banmian[ocr] (rapidocr, onnxruntime)")
def test_a_text_layer_of_codes_is_read_as_a_scan_is():
    ((n, lines),) = read_pdf_bytes(without_unicode_map(make_pdf([headline_page])), "codes.pdf")
    text = "".join(ln.text for ln in lines).replace(" ", "")
    assert "春耕备耕" in text and "何春阳" in text
    assert pdfsrc.unreadable_share(lines) == 0


def test_what_a_garbled_text_layer_is():
    page = [Line("本报记者 何春阳"), Line("各地抓住有利时机，组织春耕生产。")]
    assert not pdfsrc.text_layer_garbled(page)
    # (GBK's user area maps a rare name's character to the private-use area: one on a page is a character)
    assert not pdfsrc.text_layer_garbled([Line("本报记者 何\ue000阳"), *page[1:]])
    assert not pdfsrc.text_layer_garbled([Line("Spring ploughing is under way across the country.")])  # English
    # glyph codes: the first 31 a subset numbers are control codes, the rest read as Latin letters and signs
    codes = "".join(chr(c) for c in range(1, 120))
    assert pdfsrc.text_layer_garbled([Line(codes)])
    assert pdfsrc.text_layer_garbled([Line(codes[:31] * 3)])


# ---------------------------------------------------------------------------------------------
# Through the command line: one line naming the file, exit code 2, nothing written


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (lambda: simple_pdf(encrypt=StandardEncryption("secret")), "encrypted"),
        (lambda: simple_pdf()[:-40], "truncated"),
    ],
)
def test_cli_parse_bad_pdf(tmp_path, runner, data, reason):
    from banmian.cli import app

    bad = tmp_path / "bad.pdf"
    bad.write_bytes(data())
    out = tmp_path / "out.json"
    res = runner.invoke(app, ["parse", str(bad), "--format", "json", "-o", str(out)])
    assert res.exit_code == 2
    msg = res.stderr.strip()
    assert len(msg.splitlines()) == 1 and str(bad) in msg and reason in msg
    assert "Traceback" not in res.output
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_cli_parse_image_only_pdf_without_ocr(tmp_path, runner, monkeypatch):
    from banmian.cli import app

    monkeypatch.setattr(pdfsrc, "ocr_available", lambda: False)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(image_only_pdf())
    res = runner.invoke(app, ["parse", str(scan)])
    assert res.exit_code == 2
    assert "scan.pdf" in res.stderr and "banmian[ocr]" in res.stderr


def test_cli_parse_good_pdf_json(tmp_path, runner):
    import json

    from banmian.cli import app

    f = tmp_path / "p.pdf"
    f.write_bytes(make_pdf([front_page]))
    res = runner.invoke(app, ["parse", str(f), "--format", "json"])
    assert res.exit_code == 0, res.output
    page = json.loads(res.stdout)
    body = "".join(b["text"] for a in page["articles"] for b in a["body"])
    assert "甲段首行，内容较长的句子" in body.replace("\n", "")


def _displayed_turned(data: bytes, rotation: int) -> bytes:
    """The same page as a scanner or a layout program may store it: drawn turned counter-clockwise in
    the PDF's own space and given ``/Rotate`` so that a viewer shows it upright."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(data)
    dst = pdfium.PdfDocument.new()
    w, h = src[0].get_size()
    page = dst.new_page(*((h, w) if rotation in (90, 270) else (w, h)))
    obj = src.page_as_xobject(0, dst).as_pageobject()
    shift = {90: (h, 0), 180: (w, h), 270: (0, w)}[rotation]  # back onto the page after turning
    obj.set_matrix(pdfium.PdfMatrix().rotate(rotation, ccw=True).translate(*shift))
    page.insert_obj(obj)
    page.gen_content()
    page.set_rotation(rotation)
    buf = io.BytesIO()
    dst.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_pages_read_as_displayed(front, rotation):
    turned = read_pdf_bytes(_displayed_turned(make_pdf([front_page]), rotation), "turned.pdf")[0][1]
    assert texts(turned) == texts(front)
    for a, b in zip(turned, front, strict=True):
        if a.bbox:  # the same boxes, in the page as shown
            assert all(abs(p - q) < 0.5 for p, q in zip(a.bbox, b.bbox, strict=True)), (a.text, a.bbox, b.bbox)
