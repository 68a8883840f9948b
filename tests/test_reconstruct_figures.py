"""Text whose figures and Latin letters a pipeline made full-width: read as print sets them, given back as it came."""

from __future__ import annotations

import copy
import json

import pytest

import banmian
from banmian.evaluate.generate import STYLES, each_string, generate_page, synthetic_records
from banmian.evaluate.metrics import score_page
from banmian.model import Line
from banmian.reconstruct.figures import set_half_width
from conftest import EXAMPLE_TRUTH

_FULL = str.maketrans(
    {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
)


def full_width(text: str) -> str:
    return text.translate(_FULL)


def made_full_width(page: banmian.Page) -> dict:
    """A parse's output with the page's own strings full-width (ids, dates and page numbers are the parser's)."""
    page = copy.deepcopy(page)
    page.translate(_FULL)
    return page.to_dict()


def copy_of(*texts: str) -> list[str] | None:
    copy = set_half_width([Line(t) for t in texts])
    return None if copy is None else [ln.text for ln in copy[0]]


def test_seed_page_made_full_width_parses_as_the_seed_page(seed_text, seed_page):
    text = full_width(seed_text)
    assert "１２月" in text and "ＣＤ-" in text  # (the test means something only if the figures did change)
    assert banmian.parse_text(text).to_dict() == made_full_width(seed_page)


def test_seed_page_made_full_width_scores_as_the_seed_page(seed_text):
    truth = each_string(json.loads(EXAMPLE_TRUTH.read_text(encoding="utf-8")), full_width)
    score = score_page(banmian.parse_text(full_width(seed_text)), truth)
    assert score.block_f1 == 1.0 and score.article_bcubed_f1 == 1.0 and score.title_acc == 1.0


@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_made_full_width_parse_as_given(style):
    for seed in range(8):
        gen = generate_page(synthetic_records(seed, articles=4), seed=seed, style=style)
        page = banmian.parse_text(full_width(gen.text))
        assert page.to_dict() == made_full_width(banmian.parse_text(gen.text)), (style, seed)


def test_page_printing_its_figures_full_width_is_read_as_given():
    # laid out with full-width figures, a cell each: its lines are as wide as their column so read, and no copy is made
    made = 0
    for seed in range(8):
        records = [
            {**r, "paragraphs": [full_width(p) for p in r["paragraphs"]], "title": full_width(r["title"])}
            for r in synthetic_records(seed, articles=4)
        ]
        gen = generate_page(records, seed=seed, style="pdftotext")
        assert "２" in gen.text
        made += set_half_width([Line(t) for t in gen.text.split("\n")]) is not None
    assert made == 0


def test_lines_wider_than_their_column_say_a_pipeline_made_them_full_width():
    column = ["全市各级干部正以奋发有为的精神", "状态抓好各项工作，努力把党中央"]  # (15 cells each)
    # 11 Chinese characters and 8 figures: 15 cells as print sets figures, half a cell each, as the lines beside
    wide = ["截至２０２２年１２月３１日共计签约项目", "签约１７３个项目到位资金１８３亿元共"]
    assert copy_of(column[0], wide[0], column[1], wide[1], column[0]) == [
        column[0],
        "截至2022年12月31日共计签约项目",
        column[1],
        "签约173个项目到位资金183亿元共",
        column[0],
    ]
    # lines of 15 characters, figures among them: as wide as the lines beside them read full-width, print's own
    narrow = ["截至２０２２年底共计签约项目资", "签约１７３个项目到位资金共计达"]
    assert copy_of(column[0], narrow[0], column[1], narrow[1], column[0]) is None


def test_a_page_without_full_width_figures_in_its_head_is_read_as_given():
    assert copy_of("全市各级干部正以奋发有为的精神", "状态抓好各项工作，努力把党中央") is None


def test_a_figure_the_page_prints_half_width_too_is_left_as_it_is():
    # 2 is printed half-width on the page: a full-width ２ there could not be taken back exactly, so it stays
    column = ["全市各级干部正以奋发有为的精神", "状态抓好各项工作，努力把党中央"]
    wide = ["截至２０２２年１２月３１日共计签约项目", "签约１７３个项目到位资金１８３亿元共"]
    got = copy_of(column[0], wide[0], column[1], wide[1], column[0], "2号")
    assert got is not None
    assert got[1] == "截至２0２２年1２月31日共计签约项目" and got[3] == "签约173个项目到位资金183亿元共"
    text = "\n".join([column[0], wide[0], column[1], wide[1], column[0], "2号"])
    page = banmian.parse_text(text)
    assert sorted(c for s in page.text_fields() for c in s if not c.isspace()) == sorted(
        c for c in text if not c.isspace()
    )
