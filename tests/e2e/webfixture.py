"""A small archive for the web tests, built from invented pages (no corpus text).

Two newspapers, three issues, four text pages; one page carries markup in its text so the tests can check that
nothing from an article reaches the browser unescaped.  ``KNOWN_NAME`` and ``KNOWN_PLACE`` are in the archive.
"""

from __future__ import annotations

from pathlib import Path

KNOWN_NAME = "欧阳明远"
KNOWN_PLACE = "永川"
XSS = "<script>alert('xss')</script>"
XSS_ATTR = '"><img src=x onerror=alert(1)>'
TOKEN = "test-token-0123456789-abcdef"

PAGES: list[tuple[str, str, int, str]] = [
    (
        "山城晚报",
        "2024-03-01",
        1,
        """山城晚报
2024年3月1日 星期五 第1版

永川科技企业
春节后满负荷生产
——一季度订单同比增长三成

本报记者 欧阳明远

节后开工第一天，永川区
的电子信息产业园里一片忙
碌。园区负责人介绍，今年一
季度订单同比增长三成，企业
正在加紧招工。

欧阳明远在采访中看到，
生产线上的工人们正在调试新
设备。一位车间主任说，新设
备投用后产能可提高两成。

大足石刻
迎来春季游客高峰

本报讯（记者 陈思）三月以
来，大足石刻景区每天接待游
客超过一万人次。景区增加了
讲解员和接驳车，方便游客参
观。

本版责编：李文
""",
    ),
    (
        "山城晚报",
        "2024-03-01",
        2,
        """山城晚报
2024年3月1日 星期五 第2版

社区食堂开到家门口
老人吃饭不再难

本报记者 王小雨

在渝中区的一个老旧小区，
社区食堂每天供应两百多份午
餐，价格实惠，菜品丰富，受
到周边老人欢迎。

食堂负责人说，下一步将
推出送餐上门服务。
""",
    ),
    (
        "山城晚报",
        "2024-03-02",
        1,
        f"""山城晚报
2024年3月2日 星期六 第1版

网页安全测试稿
{XSS}

本报讯 {XSS_ATTR}

这篇稿件的正文里含有尖括号
和引号，例如 {XSS} 与 a<b>c</b>，
网页必须原样显示而不执行。
""",
    ),
    (
        "江南日报",
        "2023-12-31",
        1,
        """江南日报
2023年12月31日 星期日 第1版

运河沿岸
古镇保护更新工作启动

本报记者 陈思

运河沿岸的三座古镇今年启
动保护更新工作，计划用三年
时间完成老街修缮。

专家表示，保护更新要留住
烟火气，让居民继续生活在这
里。
""",
    ),
]


def write_pages(folder: Path) -> list[tuple[Path, str, str, int]]:
    """Write the fixture pages as text files; returns (path, newspaper, date, page number)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for paper, day, number, text in PAGES:
        p = folder / f"{paper}-{day}-{number:02d}.txt"
        p.write_text(text, encoding="utf-8")
        out.append((p, paper, day, number))
    return out


def build_archive(folder: Path, with_pdf: bool = True) -> str:
    """Build the fixture archive (SQLite) under ``folder``; returns its path for ``create_app``.

    With ``with_pdf`` (and a CJK font installed) page 2 of 2024-03-02 is a PDF, for the page-image view.
    """
    from banmian.archive import Archive

    db = folder / "web.db"
    files = write_pages(folder / "pages")
    with Archive.open(str(db)) as archive:
        for path, paper, day, number in files:
            summary = archive.ingest_path([path], newspaper=paper, date=day, page=number)
            assert not summary.failed, summary.failed
        pdf = make_pdf(folder / "pages" / "山城晚报-2024-03-02-02.pdf") if with_pdf else None
        if pdf is not None:
            summary = archive.ingest_path([pdf], newspaper="山城晚报", date="2024-03-02", page=2)
            assert not summary.failed, summary.failed
    return str(db)


FONT_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)

PDF_ARTICLES = [
    ("江津花椒喜获丰收", "本报记者 欧阳明远", "今年江津区花椒种植面积达到五十万亩，椒农收入稳步增长。" * 6),
    ("綦江农民版画进校园", "本报记者 陈思", "綦江区把农民版画引入中小学课堂，孩子们在刻刀下认识家乡。" * 6),
]


def cjk_font() -> str | None:
    return next((p for p in FONT_PATHS if Path(p).exists()), None)


def make_pdf(path: Path) -> Path | None:
    """A one-page PDF with two articles side by side (for the page-image view); None without a CJK font."""
    font = cjk_font()
    if font is None:
        return None
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("CJK", font, subfontIndex=0))
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("CJK", 9)
    c.drawString(40, height - 30, "山城晚报  2024年3月2日  第2版  区县新闻")
    c.line(40, height - 36, width - 40, height - 36)
    # Two stacked articles, each a headline across the page over two body columns.
    top = height - 80
    col_w = (width - 100) / 2
    per_line = int(col_w // 10.5)
    for title, byline, body in PDF_ARTICLES:
        c.setFont("CJK", 22)
        c.drawString(40, top, title)
        c.setFont("CJK", 10)
        c.drawString(40, top - 26, byline)
        text = "　　" + body
        lines = [text[i : i + per_line] for i in range(0, len(text), per_line)]
        half = (len(lines) + 1) // 2
        for k, column in enumerate((lines[:half], lines[half:])):
            y = top - 50
            for line in column:
                c.drawString(40 + k * (col_w + 20), y, line)
                y -= 16
        top = y - 60
    c.showPage()
    c.save()
    return path
