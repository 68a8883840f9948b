"""Radicals for characters (⼈⺠⽇报: a PDF font's glyphs mapped to Kangxi radicals and radical supplements): read as
the characters they stand for, by the text reader as by the PDF reader."""

from __future__ import annotations

import unicodedata

import pytest

import banmian
from banmian.evaluate.generate import STYLES, generate_page, synthetic_records, with_radicals
from banmian.sources.text import RADICALS, text_to_lines, visible


def lines_of(text: str) -> list[str]:
    return [ln.text for ln in text_to_lines(text)]


def test_seed_page_with_radicals_parses_as_the_seed_page(seed_text, seed_page):
    text = with_radicals(seed_text)
    assert "⼈⺠" in text or "⽇" in text  # (the test means something only if characters did change)
    assert banmian.parse_text(text).to_dict() == seed_page.to_dict()


def test_seed_page_copied_with_doubled_radicals_parses_as_the_seed_page(seed_text, seed_page):
    # macOS Preview copies a glyph so mapped as the radical and the character: ⼈人
    text = with_radicals(seed_text, doubled=True)
    assert len(text) > len(seed_text) + 100
    assert banmian.parse_text(text).to_dict() == seed_page.to_dict()


@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_with_radicals_parse_as_given(style):
    for seed in range(6):
        gen = generate_page(synthetic_records(seed, articles=4), seed=seed, style=style)
        want = banmian.parse_text(gen.text).to_dict()
        for doubled in (False, True):
            assert banmian.parse_text(with_radicals(gen.text, doubled=doubled)).to_dict() == want, (style, seed)


def test_radicals_read_as_the_characters_they_stand_for():
    assert lines_of("2020年1⽉15⽇ ⼈⺠⽇报\n⽹⻜ ⻔⼝ ⻓江") == ["2020年1月15日 人民日报", "网飞 门口 长江"]
    assert lines_of("⼯工作⼈人员") == ["工作人员"]  # (doubled: the radical goes)
    assert lines_of("⼈人⼈人") == ["人人"]  # (a character printed twice stays twice)


def test_table_holds_whole_characters_only():
    # Kangxi radicals and compatibility ideographs as NFKC reads them; the supplement's partial forms (亻氵扌, which
    # stand for no character) are not in it
    assert RADICALS["\u2f08"] == "人" == unicodedata.normalize("NFKC", "\u2f08")
    assert RADICALS["⻔"] == "门" and RADICALS["⺠"] == "民"
    assert all(unicodedata.name(c).startswith("CJK UNIFIED IDEOGRAPH") for c in RADICALS.values())
    assert "⺅" not in RADICALS and "⺡" not in RADICALS and "⺘" not in RADICALS
    assert visible("⺅旁") == "⺅旁"


def test_page_without_a_frequent_radical_in_its_head_is_read_as_given():
    # (the look is at the head's radicals of the most frequent characters: a stray radical, in a text about radicals,
    # stays as it is)
    assert lines_of("部首⻜字旁\n飞机") == ["部首⻜字旁", "飞机"]


def test_pdf_reader_reads_the_supplement_as_the_text_reader_does():
    pytest.importorskip("pypdfium2")
    from banmian.sources.pdf import normalise_char

    assert [normalise_char(c) for c in "⺠⻔⻓⽇⺅"] == ["民", "门", "长", "日", "⺅"]


_VERTICAL = str.maketrans(dict(zip("，、。：；！？（）《》「」『』", "︐︑︒︓︔︕︖︵︶︽︾﹁﹂﹃﹄")))


def test_seed_page_with_vertical_marks_parses_as_the_seed_page(seed_text, seed_page):
    # a page set vertically gives its marks in their vertical presentation forms: read as the marks, full-width
    text = seed_text.translate(_VERTICAL)
    assert "︒" in text and "，" not in text
    assert banmian.parse_text(text).to_dict() == seed_page.to_dict()


@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_with_vertical_marks_parse_as_given(style):
    for seed in range(6):
        gen = generate_page(synthetic_records(seed, articles=4), seed=seed, style=style)
        assert banmian.parse_text(gen.text.translate(_VERTICAL)).to_dict() == banmian.parse_text(gen.text).to_dict()


def test_vertical_marks_are_the_full_width_marks():
    assert lines_of("他说︐﹁好︒﹂\n︽人民日报︾︰") == ["他说，「好。」", "《人民日报》‥"]
    assert visible("他说︐好︒") == "他说，好。"


def test_pdf_reader_reads_vertical_marks_as_the_text_reader_does():
    pytest.importorskip("pypdfium2")
    from banmian.sources.pdf import normalise_char

    assert [normalise_char(c) for c in "︒︐﹁︽"] == ["。", "，", "「", "《"]
