"""Glyphs an extractor could not name (pdfminer.six's ``(cid:1234)``): read a cell each, given back as they came."""

from __future__ import annotations

import pytest

import banmian
from banmian.errors import BadInput
from banmian.evaluate.generate import STYLES, each_string, generate_page, synthetic_records, with_unnamed_glyphs
from banmian.pipeline import parse_bytes
from banmian.reconstruct.glyphs import glyphs_as_cells

_SEED_GLYPHS = {"宣": "(cid:1201)", "讲": "(cid:877)", "精": "(cid:2045)"}  # (none in a name on the seed page)


def numbered(text: str) -> str:
    return "".join(_SEED_GLYPHS.get(ch, ch) for ch in text)


def test_seed_page_with_glyph_numbers_parses_as_the_seed_page(seed_text, seed_page):
    text = numbered(seed_text)
    assert text.count("(cid:") > 20  # (the test means something only if characters did change)
    assert banmian.parse_text(text).to_dict() == each_string(seed_page.to_dict(), numbered)


@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_with_glyph_numbers_hold_them_where_the_characters_were(style):
    changed = 0
    for seed in range(8):
        gen = generate_page(synthetic_records(seed, articles=4), seed=seed, style=style)
        text = with_unnamed_glyphs(gen.text)
        changed += text != gen.text
        page = banmian.parse_text(text)
        # the same articles, blocks and headlines as the page as printed, each string with its glyph numbers
        want = banmian.parse_text(gen.text)
        assert [a.title for a in page.articles] == [
            with_unnamed_glyphs(a.title) if a.title else None for a in want.articles
        ]
        assert [[b.text for b in a.body] for a in page.articles] == [
            [with_unnamed_glyphs(b.text) for b in a.body] for a in want.articles
        ], (style, seed)
    assert changed


def test_a_glyph_number_reads_a_cell_wide():
    # a line holding one reads as wide as it printed, not four and a half cells wider
    lines = ["全市企业复工复产达产工作", "稳步推进，王(cid:3021)介绍说", "今年一季度全市工业增加"]
    copy = glyphs_as_cells("\n".join(lines))
    assert copy is not None
    text, back = copy
    assert [len(t) for t in text.split("\n")] == [12, 10, 11]  # (王 and its glyph: two cells, not six and a half)
    assert text.translate(back) == "\n".join(lines)


def test_stand_ins_are_characters_the_page_does_not_print():
    # (taking a stand-in back is exact only if the page has none of its own)
    copy = glyphs_as_cells("王(cid:3021)\u9fff介绍(cid:3021)和(cid:12)")
    assert copy is not None
    text, back = copy
    assert text == "王\u9ffe\u9fff介绍\u9ffe和\u9ffd"
    assert text.translate(back) == "王(cid:3021)\u9fff介绍(cid:3021)和(cid:12)"  # (the page's own U+9FFF stays)
    assert glyphs_as_cells("全市企业复工复产") is None


@pytest.mark.parametrize("glyphs", [("(cid:77)", "(cid:79)", "(cid:80)"), ("\ufffd",) * 3, ("〓",) * 3])
def test_names_holding_an_unnamed_glyph_are_names(seed_text, glyphs):
    # a rare character of a name is where a font most often names none (pdfminer.six's number, PyMuPDF's U+FFFD), and
    # which GB2312 cannot encode (〓)
    a, b, c = glyphs
    text = seed_text.replace("何春阳", f"何{a}阳").replace("陈国栋", f"{b}国栋").replace("刘玉珮", f"刘玉{c}")
    authors = [art.authors for art in banmian.parse_text(text).articles]
    assert [f"何{a}阳"] in authors and [f"{b}国栋"] in authors and [f"刘玉{c}", "黄伟", "马建保"] in authors


def test_page_of_glyph_numbers_only_is_refused_in_one_line():
    data = ("(cid:1201)(cid:877)(cid:2045)(cid:15) " * 40 + "\n本报讯").encode()
    with pytest.raises(BadInput) as e:
        parse_bytes(data, "page.txt")
    assert str(e.value).startswith("page.txt: not a page's text:") and "(cid:N)" in str(e.value)
    assert "\n" not in str(e.value)


def test_page_with_replacement_characters_for_unnamed_glyphs_is_a_page(seed_text, seed_page):
    # PyMuPDF and pdftotext write U+FFFD for a glyph they cannot name: 104 of the seed page's 7,960 characters so is a
    # page (it was refused as a binary file), its articles where they were
    text = seed_text
    for ch in "宣讲精":
        text = text.replace(ch, "\ufffd")
    assert text.count("\ufffd") > len(text) // 100
    [page] = parse_bytes(text.encode("utf-8"), "page.txt")
    assert [a.title for a in page.articles] == [
        a.title.replace("宣", "\ufffd").replace("讲", "\ufffd").replace("精", "\ufffd") if a.title else None
        for a in seed_page.articles
    ]
    assert [len(a.body) for a in page.articles] == [len(a.body) for a in seed_page.articles]


def test_page_of_replacement_characters_only_is_refused_in_one_line():
    with pytest.raises(BadInput) as e:
        parse_bytes(("\ufffd" * 300 + "\n本报讯").encode(), "page.txt")
    assert str(e.value).startswith("page.txt: not a page's text: 300 of its characters are U+FFFD")


def test_a_geta_mark_is_a_character_but_a_run_of_them_a_rule():
    # 〓, GB2312's stand-in for a character it cannot encode: one or two in a row stand for characters, as a glyph
    # number does; three or more are a rule drawn with the mark, which stays as it is
    text = "何〓阳介绍说，刘〓〓也来了\n〓〓〓〓〓〓\n正文〓〓〓"
    copy = glyphs_as_cells(text)
    assert copy is not None
    stand_in, back = copy
    lines = stand_in.split("\n")
    assert "〓" not in lines[0] and lines[0][1] == lines[0][8] == lines[0][9] != "〓"
    assert lines[1:] == ["〓〓〓〓〓〓", "正文〓〓〓"]
    assert stand_in.translate(back) == text
    assert glyphs_as_cells("〓〓〓〓〓〓\n正文") is None  # (a page whose only marks are a rule: no copy)


def test_seed_page_with_geta_marks_parses_as_the_seed_page(seed_text, seed_page):
    # (each mark given back where it came: every string of the output as the seed page's, the characters so marked)
    marked = str.maketrans({"宣": "〓", "讲": "〓"})
    text = seed_text.translate(marked)
    assert banmian.parse_text(text).to_dict() == each_string(seed_page.to_dict(), lambda t: t.translate(marked))


@pytest.mark.parametrize("glyph", ["(cid:4007)", "\ufffd", "〓"])
def test_a_name_line_whose_surname_is_an_unnamed_glyph_names_the_reporter(glyph):
    # 徐明 under the last paragraph is the reporter; with 徐 a glyph no font named, the line read as the next
    # article's headline (a surname stands in, and the character standing in reads as a surname)
    body = [
        "近日，市里的春季招聘会在会展中心举",
        "行，两百多家企业提供岗位八千多个。",
        "不少求职者说，今年的岗位比往年更多",
        "样，薪酬也更有吸引力。",
    ]
    page = banmian.parse_text("\n".join(["春季招聘会岗位多", "", *body, f"{glyph}明"]))
    assert [(a.title, a.authors) for a in page.articles] == [("春季招聘会岗位多", [f"{glyph}明"])]
