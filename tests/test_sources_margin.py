"""A margin every line of the text shares (pasted from a mail or a Markdown block): the page's, taken out."""

from __future__ import annotations

import pytest

import banmian
from banmian.sources.text import text_to_lines


def lines_of(text: str) -> list[str]:
    return [ln.text for ln in text_to_lines(text)]


@pytest.mark.parametrize("margin", [" ", "    ", "\t", "  \t"])
def test_seed_page_with_a_margin_parses_as_the_seed_page(seed_text, seed_page, margin):
    text = "\n".join(margin + ln if ln else ln for ln in seed_text.split("\n"))
    assert banmian.parse_text(text).to_dict() == seed_page.to_dict()


def test_a_line_at_the_edge_leaves_the_offsets_as_they_are():
    # (pdfminer sets a banner or a byline a space in: that offset is the line's, read as such)
    assert lines_of(" 敢闯敢干 唯实争先\n\n本报讯 （记者 周雨）继2019") == [
        " 敢闯敢干 唯实争先",
        "",
        "本报讯 （记者 周雨）继2019",
    ]


def test_only_the_shared_margin_goes():
    got = lines_of("  标题一行\n\n   □本报记者 何春阳\n\n  　　连日来，市委宣讲团成员分赴各区县\n  开展学习贯彻宣讲。")
    assert got == [
        "标题一行",
        "",
        " □本报记者 何春阳",
        "",
        "　　连日来，市委宣讲团成员分赴各区县",
        "开展学习贯彻宣讲。",
    ]
