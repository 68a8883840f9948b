"""Text a 半角→全角 (SBC) conversion made full-width: every ASCII character, its spaces ideographic ones."""

from __future__ import annotations

import copy
import re

import pytest

import banmian
from banmian.evaluate.generate import STYLES, each_string, generate_page, synthetic_records
from banmian.model import Line
from banmian.reconstruct.figures import set_half_width
from banmian.sources.text import text_to_lines

_SIGNS = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})  # (the page's own characters)
_SBC = str.maketrans({**{chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}, " ": "\u3000"})


def lines_of(text: str) -> list[str]:
    return [ln.text for ln in text_to_lines(text)]


def as_converted(page: banmian.Page) -> dict:
    """A parse's output with the page's strings as the conversion left them: a space between words stays a space (the
    reader reads an ideographic one there as one), a run of them (a gap: 要闻  ０２) is the page's ideographic ones."""
    page = copy.deepcopy(page)
    page.translate(_SIGNS)
    return each_string(page.to_dict(), lambda s: re.sub(" {2,}", lambda m: "\u3000" * len(m.group(0)), s))


def test_seed_page_converted_to_full_width_parses_as_the_seed_page(seed_text, seed_page):
    text = seed_text.translate(_SBC)
    assert " " not in text and "本报记者\u3000何春阳" in text and "１２月" in text
    assert banmian.parse_text(text).to_dict() == as_converted(seed_page)


@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_converted_to_full_width_parse_as_given(style):
    changed = 0
    for seed in range(8):
        gen = generate_page(synthetic_records(seed, articles=4), seed=seed, style=style)
        changed += " " in gen.text
        assert banmian.parse_text(gen.text.translate(_SBC)).to_dict() == as_converted(banmian.parse_text(gen.text)), (
            style,
            seed,
        )
    assert changed  # (the test means something only if some page had spaces to convert)


def test_ideographic_spaces_between_words_read_as_spaces():
    text = "本报记者\u3000何春阳\n华帝着眼未来\u3000致力点亮\n１２月\u3000１５日"
    assert lines_of(text) == ["本报记者 何春阳", "华帝着眼未来 致力点亮", "１２月 １５日"]


def test_indents_gaps_and_letter_spaced_lines_keep_their_ideographic_spaces():
    text = (
        "本报记者\u3000何春阳\n华帝着眼未来\u3000致力点亮\n１２月\u3000１５日\n习\u3000近\u3000平\n左栏\u3000\u3000右栏"
    )
    got = lines_of(text)
    assert got[3:] == ["习近平", "左栏\u3000\u3000右栏"]  # (the letter-spaced line closed as before, the gap kept)
    assert lines_of("\u3000\u3000近年来，\u3000全市\n企业\u3000复工\n复产\u3000达产")[0] == "\u3000\u3000近年来， 全市"


def test_page_with_a_space_of_its_own_keeps_its_ideographic_spaces():
    # the page writes word spaces as spaces: its ideographic ones are the print's (and a page of two is no conversion)
    assert lines_of("本报记者 何春阳\n华帝着眼未来\u3000致力点亮\n１２月\u3000１５日\n企业\u3000复工") == [
        "本报记者 何春阳",
        "华帝着眼未来\u3000致力点亮",
        "１２月\u3000１５日",
        "企业\u3000复工",
    ]
    assert lines_of("本报记者\u3000何春阳\n华帝着眼未来\u3000致力点亮") == [
        "本报记者\u3000何春阳",
        "华帝着眼未来\u3000致力点亮",
    ]


def test_signs_set_with_full_width_figures_are_read_half_width_with_them():
    # (a column ten cells wide: the lines with figures are as wide as it with them half-width)
    lines = [
        "增长３．５％的企业复工了",
        "２０２２－１２－１５日全市企业",
        "全市企业复工复产达产",
        "１／３的企业复工复产达",
    ]
    made = set_half_width([Line(t) for t in lines])
    assert made is not None
    got, back = made
    assert [ln.text for ln in got] == [
        "增长3.5%的企业复工了",
        "2022-12-15日全市企业",
        "全市企业复工复产达产",
        "1/3的企业复工复产达",
    ]
    assert [ln.text.translate(back) for ln in got] == lines  # (the page's own characters, given back)
