"""Reconstruction with geometry (what the PDF and OCR readers give): font sizes and measured indents
decide what text alone can only guess."""

from __future__ import annotations

from banmian.model import Line
from banmian.pipeline import parse_lines

BODY = 10.0  # body size, points; a column 14 characters wide starting at x = 36
LEFT = 36.0


class Page:
    """Lays lines out top to bottom in one column, the way a PDF reader reports them."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.y = 40.0

    def add(
        self, text: str, size: float = BODY, indent: float = 0.0, bold: bool = False, x0: float | None = None
    ) -> None:
        x0 = LEFT + indent * size if x0 is None else x0
        self.lines.append(Line(text, 1, (x0, self.y, x0 + len(text) * size, self.y + size), size, bold))
        self.y += size * 1.4

    def paragraph(self, text: str, width: int = 14) -> None:
        first, rest = text[: width - 2], text[width - 2 :]
        self.add(first, indent=2)  # the first line keeps its two-character indent in a PDF
        while rest:
            self.add(rest[:width])
            rest = rest[width:]


P1 = "夜市经济成为县城消费的新亮点，地方政府完善配套设施，商户延长营业时间，消费者的选择更加丰富。"
P2 = "傍晚时分，县城广场上的夜市摊位陆续亮灯，烧烤、小吃、手工艺品摊前人头攒动，十分热闹。"
P3 = "记者在现场看到，不少年轻人带着家人前来逛夜市，夜市成为县城居民休闲娱乐的好去处。"
P4 = "嫦娥四号探测器在月球背面着陆，这是人类航天史上的一项科技壮举，各国科学家纷纷表示祝贺。"


def test_sizes_decide_boundaries_and_subheads():
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)  # the title, twice the body size
    page.add("核心阅读", bold=True)  # a body-size box under the title opens the body
    page.paragraph(P1)
    page.paragraph(P2)
    # a bold body-size line as long as a headline: by its size, a subhead inside the article
    page.add("夜市经营规范有序，城管部门加强服务", bold=True)
    page.paragraph(P3)
    page.add("月球背面的科技壮举", size=20.0, bold=True)  # a new article's title
    page.paragraph(P4)

    first, second = parse_lines(page.lines).articles
    assert first.title == "乡村夜市点亮县域消费" and first.subtitle is None
    assert [(b.type, b.text) for b in first.body] == [
        ("subhead", "核心阅读"),
        ("paragraph", P1),
        ("paragraph", P2),
        ("subhead", "夜市经营规范有序，城管部门加强服务"),
        ("paragraph", P3),
    ]
    assert second.title == "月球背面的科技壮举"
    assert [b.text for b in second.body] == [P4]


def test_the_indent_is_measured_against_body_lines_not_a_larger_title():
    short = "夜市经济成为县城消费的新亮点，地方政府完善配套设施。"  # two lines: 12 + 14 characters
    page = Page()
    # the title spans from a column further left: measured against it, every line looks indented
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True, x0=LEFT - 60)
    page.paragraph(short)
    page.paragraph(P2)  # its first line is three lines under the title
    (art,) = parse_lines(page.lines).articles
    assert [b.text for b in art.body] == [short, P2]
