"""Text as web pages and joined files leave it: invisible characters and Unicode's spaces and line ends."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import banmian
from banmian.cli import app
from banmian.evaluate.generate import STYLES, generate_page, synthetic_records, with_invisibles
from banmian.evaluate.metrics import score_page
from banmian.sources.text import INVISIBLE, text_to_lines, visible


def lines_of(text: str) -> list[str]:
    return [ln.text for ln in text_to_lines(text)]


def test_seed_page_with_zero_width_spaces_everywhere_parses_as_the_seed_page(seed_text, seed_page):
    # (some sites set one between every two characters, to break copying)
    text = "".join(c + ("\u200b" if c != "\n" else "") for c in seed_text)
    page = banmian.parse_text(text)
    assert page.to_dict() == seed_page.to_dict()
    assert not any(c in s for s in page.text_fields() for c in INVISIBLE)


@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_with_invisibles_parse_as_without(style):
    for seed in range(6):
        gen = generate_page(synthetic_records(seed, articles=4), seed=seed, style=style)
        text = with_invisibles(gen.text, f"p{seed}")
        assert "\u200b" in text and "\u00a0" in text and text.startswith("\ufeff")  # (the form did change)
        assert banmian.parse_text(text).to_dict() == banmian.parse_text(gen.text).to_dict(), (style, seed)


def test_a_byte_order_mark_where_files_were_joined_goes():
    assert lines_of("第一行\n\ufeff第二行\ufeff") == ["第一行", "第二行"]


def test_no_break_and_typographic_spaces_are_spaces():
    assert lines_of("敢闯敢干\u00a0唯实争先\n中国\u2009GDP\u202f增长\n记者\u2002周雨") == [
        "敢闯敢干 唯实争先",
        "中国 GDP 增长",
        "记者 周雨",
    ]
    page = banmian.parse_text("敢闯敢干\u00a0唯实争先\n\n本报讯 （记者 周雨）全市企业复工复产，产能恢复到九成。")
    assert "\u00a0" not in "".join(page.text_fields())


def test_em_spaces_are_cells_two_of_them_an_indent():
    # an em space is a cell wide, as an ideographic space is: two open a paragraph as two ideographic spaces do
    body = "　　近年来，全市企业复工复产\n势头良好。\n{}今年以来，产能恢复\n到九成以上。"
    assert lines_of(body.format("\u2003\u2003")) == lines_of(body.format("\u3000\u3000"))


def test_unicode_line_separators_end_lines_and_paragraphs(seed_text, seed_page):
    assert lines_of("第一行\u2028第二行\u0085第三行") == ["第一行", "第二行", "第三行"]
    assert lines_of("一段\u2029二段") == ["一段", "", "二段"]  # (a paragraph separator: a blank line)
    assert banmian.parse_text(seed_text.replace("\n", "\u2028")).to_dict() == seed_page.to_dict()
    assert banmian.parse_text(seed_text.replace("\n\n", "\u2029")).to_dict() == seed_page.to_dict()


def test_soft_hyphens_and_word_joiners_go():
    assert lines_of("国际\u00ad化\u2060发展") == ["国际化发展"]


def test_visible_is_the_text_a_parse_holds():
    text = "\ufeff重庆\u200b日报\u00a0一版"
    assert visible(text) == "重庆日报\u00a0一版"
    assert sorted(c for c in visible(text) if not c.isspace()) == sorted(
        c for s in banmian.parse_text(text).text_fields() for c in s if not c.isspace()
    )


def test_with_invisibles_is_seeded():
    assert with_invisibles("一二三 四五六\n" * 20, "a") == with_invisibles("一二三 四五六\n" * 20, "a")
    assert with_invisibles("一二三 四五六\n" * 20, "a") != with_invisibles("一二三 四五六\n" * 20, "b")


def test_generate_writes_text_with_invisibles_and_the_print_as_truth(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in synthetic_records(3, articles=3)), encoding="utf-8"
    )
    out = tmp_path / "o"
    r = CliRunner().invoke(app, ["generate", "--corpus", str(corpus), "-o", str(out), "-n", "1", "--invisibles"])
    assert r.exit_code == 0, r.output
    (text_file,) = out.glob("*.txt")
    text = text_file.read_text(encoding="utf-8")
    truth = json.loads(text_file.with_suffix(".truth.json").read_text(encoding="utf-8"))
    assert text.startswith("\ufeff") and "\u200b" in text
    assert not any(c in json.dumps(truth, ensure_ascii=False) for c in INVISIBLE)
    clean = visible(text).replace("\u00a0", " ")  # (the print's text: the truth is its)
    assert score_page(banmian.parse_text(text), truth) == score_page(banmian.parse_text(clean), truth)
