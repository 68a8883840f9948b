"""Double-spaced text (a blank line after every line): the blank lines that say nothing taken out."""

from __future__ import annotations

import banmian
from banmian.evaluate.generate import STYLES, generate_page, synthetic_records
from banmian.sources.text import text_to_lines


def lines_of(text: str) -> list[str]:
    return [ln.text for ln in text_to_lines(text)]


def test_seed_page_double_spaced_parses_as_the_seed_page(seed_text, seed_page):
    assert banmian.parse_text("\n\n".join(seed_text.split("\n"))).to_dict() == seed_page.to_dict()


def test_blank_lines_holding_spaces_are_blank_lines(seed_text, seed_page):
    assert banmian.parse_text("\n \n".join(seed_text.split("\n"))).to_dict() == seed_page.to_dict()


def test_windows_line_ends_converted_twice_are_one_line_end(seed_text, seed_page):
    # (\r\n written through a second conversion, \r\r\n: one line end each, the page's blank lines kept)
    assert banmian.parse_text(seed_text.replace("\n", "\r\r\n")).to_dict() == seed_page.to_dict()


def test_generated_pages_double_spaced_parse_as_given():
    for style in STYLES:
        for seed in range(4):
            gen = generate_page(synthetic_records(seed, articles=4), seed=seed, style=style)
            doubled = "\n\n".join(gen.text.split("\n"))
            assert banmian.parse_text(doubled).to_dict() == banmian.parse_text(gen.text).to_dict(), (style, seed)


def test_paragraphs_a_line_with_blank_lines_between_keep_them():
    # (an e-paper export: each paragraph a long line, a blank line after it; those blank lines end paragraphs)
    para = "连日来，市委宣讲团成员分赴各区县、市级有关部门、企事业单位开展学习贯彻党的二十大精神宣讲，广大党员干部群众纷纷表示。"
    text = "\n\n".join([para] * 12)
    assert lines_of(text) == text.split("\n")


def test_a_few_boxes_apart_keep_their_blank_lines():
    text = "\n\n".join(["敢闯敢干 唯实争先", "继拥有汽车整车之后", "永川发力药品“永川造”", "□本报记者 陈国栋"])
    assert lines_of(text) == text.split("\n")
