"""Drawing PDFs from generated layouts (evaluation) and page images with article regions (``banmian render``)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab")
if not Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").exists():  # pragma: no cover
    pytest.skip("fonts-wqy-microhei is not installed", allow_module_level=True)

from typer.testing import CliRunner  # noqa: E402

from banmian.evaluate.layout import GeneratedPage, PlacedLine  # noqa: E402
from banmian.evaluate.pdf_render import render_pdf, render_pdf_bytes, render_pdf_pages  # noqa: E402
from banmian.model import Article, Page, Region  # noqa: E402
from banmian.sources.pdf import read_pdf_bytes  # noqa: E402

LAYOUT = [
    PlacedLine("人民日报  2020年1月1日", 36, 30, 8, role="furniture"),
    PlacedLine("坚持新发展理念推动高质量发展", 36, 60, 20, bold=True, role="title"),
    PlacedLine("本报记者 张三", 36, 95, 9, role="byline"),
    PlacedLine("第一栏第一行，含有 CD-ROM 和", 54, 120, 9),
    PlacedLine("12月15日的数字，℃也在。", 36, 133, 9),
    PlacedLine("一、小标题加粗", 36, 146, 9, bold=True, role="subhead"),
    PlacedLine("第二栏从这里开始", 200, 120, 9),
]


def page(name: str = "p", layout=LAYOUT) -> GeneratedPage:
    return GeneratedPage(name=name, text="", truth={}, layout=list(layout), page_size=(400.0, 300.0))


def test_render_pdf_reads_back_as_laid_out(tmp_path):
    out = tmp_path / "p.pdf"
    render_pdf(page(), out)
    ((n, lines),) = read_pdf_bytes(out.read_bytes(), str(out))
    got = {ln.text.replace(" ", ""): ln for ln in lines if ln.text}
    for placed in LAYOUT:
        ln = got[placed.text.replace(" ", "")]  # every line comes back, ℃ included
        assert ln.bbox[0] == pytest.approx(placed.x, abs=1.0)
        assert ln.bbox[1] == pytest.approx(placed.y, abs=1.5)
        assert ln.size == pytest.approx(placed.size, abs=0.2)
        assert ln.bold == placed.bold, placed.text
    assert not list(tmp_path.glob("*.part"))


def test_ascii_is_squeezed_to_half_cells():
    # The generator counts ASCII as half a cell; the drawn line must not run past that width.
    layout = [PlacedLine("ABCDEFGHIJ1234567890", 36, 50, 10)]
    ((_, lines),) = read_pdf_bytes(render_pdf_bytes([page(layout=layout)]), "a.pdf")
    assert lines[0].bbox[2] - lines[0].bbox[0] <= 20 * 5 + 0.5


def test_render_pdf_pages_makes_one_pdf_per_issue(tmp_path):
    a = page("a", [PlacedLine("甲版内容", 36, 50, 10)])
    b = page("b", [PlacedLine("乙版内容", 36, 50, 10)])
    out = tmp_path / "issue.pdf"
    render_pdf_pages([a, b], out)
    assert [(n, [ln.text for ln in lines]) for n, lines in read_pdf_bytes(out.read_bytes(), "i.pdf")] == [
        (1, ["甲版内容"]),
        (2, ["乙版内容"]),
    ]
    assert render_pdf_bytes([a]) == render_pdf_bytes([a])  # reproducible bytes


def test_draw_regions_outlines_each_article_on_its_page():
    from PIL import Image

    from banmian.sources.render import COLOURS, draw_regions

    img = Image.new("RGB", (400, 300), "white")
    pg = Page(
        articles=[
            Article(id="a1", region=[Region(1, (20, 20, 150, 100))]),
            Article(id="a2", region=[Region(1, (200, 20, 380, 280)), Region(2, (0, 0, 10, 10))]),
        ]
    )
    assert draw_regions(img, pg, 1, scale=1.0) == 2
    red = Image.new("RGB", (1, 1), COLOURS[0]).getpixel((0, 0))
    blue = Image.new("RGB", (1, 1), COLOURS[1]).getpixel((0, 0))
    assert img.getpixel((20, 60)) == red and img.getpixel((380, 200)) == blue
    assert img.getpixel((100, 200)) == (255, 255, 255)


def test_cli_render_writes_a_page_image(tmp_path):
    from PIL import Image

    from banmian.cli import app

    pdf = tmp_path / "p.pdf"
    render_pdf(page(), pdf)
    out = tmp_path / "p1.png"
    res = CliRunner().invoke(app, ["render", str(pdf), "--page", "1", "-o", str(out), "--dpi", "72", "--lines"])
    assert res.exit_code == 0, res.output
    assert Image.open(out).size == (400, 300)


@pytest.mark.parametrize(
    ("args", "reason"),
    [(["--page", "2"], "there is no page 2"), (["--dpi", "5000"], "outside 36–600")],
)
def test_cli_render_bad_page_or_dpi(tmp_path, args, reason):
    from banmian.cli import app

    pdf = tmp_path / "p.pdf"
    render_pdf(page(), pdf)
    out = tmp_path / "x.png"
    res = CliRunner().invoke(app, ["render", str(pdf), "-o", str(out), *args])
    assert res.exit_code == 2
    assert reason in res.stderr and str(pdf) in res.stderr
    assert not out.exists() and not list(tmp_path.glob("*.part"))
