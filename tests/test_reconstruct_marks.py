"""Text whose punctuation a pipeline made ASCII (NFKC): read as print sets it, given back as it came."""

from __future__ import annotations

import json

import pytest

import banmian
from banmian.evaluate.generate import MARKS, STYLES, each_string, generate_page, marks_as, synthetic_records
from banmian.evaluate.metrics import score_page
from banmian.model import Line
from banmian.reconstruct.marks import set_back_full_width
from conftest import EXAMPLE_TRUTH


def nfkc(text: str) -> str:
    return marks_as(text, "nfkc")


def assert_parse_holds_its_characters(text: str) -> None:
    page = banmian.parse_text(text)
    assert sorted(c for s in page.text_fields() for c in s if not c.isspace()) == sorted(
        c for c in text if not c.isspace()
    )


def copy_of(*texts: str) -> list[str] | None:
    copy = set_back_full_width([Line(t) for t in texts])
    return None if copy is None else [ln.text for ln in copy[0]]


def test_seed_page_made_ascii_parses_as_the_seed_page(seed_text, seed_page):
    text = marks_as(seed_text, "nfkc")
    assert "，" not in text and "（" not in text  # (the test means something only if the marks did change)
    assert banmian.parse_text(text).to_dict() == each_string(seed_page.to_dict(), nfkc)


def test_seed_page_made_ascii_scores_as_the_seed_page(seed_text):
    truth = each_string(json.loads(EXAMPLE_TRUTH.read_text(encoding="utf-8")), nfkc)
    score = score_page(banmian.parse_text(marks_as(seed_text, "nfkc")), truth)
    assert score.block_f1 == 1.0 and score.article_bcubed_f1 == 1.0


@pytest.mark.parametrize("marks", [m for m in MARKS if m != "print"])
@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_made_ascii_parse_as_given(style, marks):
    for seed in range(8):
        gen = generate_page(synthetic_records(seed, articles=4), seed=seed, style=style)
        page = banmian.parse_text(marks_as(gen.text, marks))
        assert page.to_dict() == each_string(banmian.parse_text(gen.text).to_dict(), lambda t: marks_as(t, marks)), (
            style,
            seed,
        )


def test_marks_set_back_beside_chinese_text_only():
    got = copy_of("本报讯 (记者 周雨)继2019年,全市3,000家企业在10:30前", "复工;Hello, world 说:好!", "一,二,三.")
    assert got == [
        "本报讯 （记者 周雨）继2019年，全市3,000家企业在10:30前",
        "复工；Hello, world 说：好！",
        "一，二，三。",
    ]


def test_ellipsis_made_three_full_stops_is_one_again():
    got = copy_of(marks_as("他说，“我们……”，又说，好", "nfkc"), "GDP增长3.5%,v1.2...")
    assert got == ["他说，“我们……”，又说，好", "GDP增长3.5%，v1.2..."]


def test_page_printing_full_width_commas_is_read_as_given():
    assert copy_of("全市,企业,复工,复产", "他说，好") is None  # (a pipeline that made marks ASCII made them all)


def test_page_with_a_few_ascii_commas_is_read_as_given():
    assert copy_of("全市,企业复工", "复产,好") is None  # (two commas: a typo, not a pipeline)


def test_mark_the_page_prints_full_width_is_left_as_it_is():
    # the page prints （ ）: an ASCII bracket on it is the print's own, and only a mark the page never prints
    # full-width can be taken back exactly
    lines = ["本报讯（记者 周雨）全市,企业,复工,复产", "型号(A1)与全市,"]
    assert copy_of(*lines) == ["本报讯（记者 周雨）全市，企业，复工，复产", "型号(A1)与全市，"]
    assert_parse_holds_its_characters("\n".join(lines))


def test_copy_keeps_each_lines_place_and_size():
    # (a PDF's lines carry geometry the parser reads beside the text)
    line = Line("全市,企业,复工,复产", page=2, bbox=(1.0, 2.0, 3.0, 4.0), size=10.5, bold=True, font="SimSun")
    copy = set_back_full_width([line])
    assert copy is not None
    (got,) = copy[0]
    assert (got.text, got.page, got.bbox, got.size, got.bold, got.font) == (
        "全市，企业，复工，复产",
        2,
        (1.0, 2.0, 3.0, 4.0),
        10.5,
        True,
        "SimSun",
    )


def test_seed_page_with_half_width_ideographic_marks_parses_as_the_seed_page(seed_text, seed_page):
    # a 全角→半角 converter made for Japanese text: ，（ ASCII, 。、 the half-width ｡､ (half a cell each)
    text = marks_as(seed_text, "half-width")
    assert "｡" in text and "､" in text and "。" not in text
    assert banmian.parse_text(text).to_dict() == each_string(seed_page.to_dict(), lambda t: marks_as(t, "half-width"))


def test_half_width_ideographic_marks_alone_are_set_back():
    # full-width commas kept, only 。、「」 made half-width: the page is read through a copy all the same
    got = copy_of("全市企业复工､复产｡他说，｢好｣", "一，二")
    assert got == ["全市企业复工、复产。他说，「好」", "一，二"]


def test_half_width_mark_on_a_page_printing_its_full_width_form_is_left_as_it_is():
    # the page prints 。: a ｡ on it cannot be taken back exactly, and is read as given; its ､ is set back
    assert copy_of("全市企业复工｡复产。", "他说，好､坏") == ["全市企业复工｡复产。", "他说，好、坏"]
    assert copy_of("全市企业复工。复产。", "他说，好") is None


def test_page_with_half_width_and_ascii_full_stops_sets_back_the_half_width_ones_only():
    # ｡ is the page's 。: its ASCII full stops are its own, and the output gives each back as it came
    lines = ["全市,企业,复工,复产｡他说.好", "一,二"]
    assert copy_of(*lines) == ["全市，企业，复工，复产。他说.好", "一，二"]
    assert_parse_holds_its_characters("\n".join(lines))
