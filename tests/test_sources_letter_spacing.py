"""Letter-spaced lines (a space between every two characters, as extractors give lines set with tracking): read as
print sets them, names set apart again."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import banmian
from banmian.cli import app
from banmian.evaluate.generate import (
    STYLES,
    each_string,
    generate_page,
    letter_spaced,
    script_as,
    synthetic_records,
)
from banmian.evaluate.metrics import score_page
from banmian.sources.text import text_to_lines
from conftest import EXAMPLE_TRUTH


def read(*lines: str) -> list[str]:
    return [ln.text for ln in text_to_lines("\n".join(lines))]


def unspaced(value):
    return each_string(value, lambda t: t.replace(" ", ""))


def test_letter_spaced_line_is_read_as_printed():
    assert read("连 日 来 ， 市 委 宣 讲 团 成") == ["连日来，市委宣讲团成"]
    assert read("□本 报 评 论 员 文 章") == ["□本报评论员文章"]


def test_wider_gap_stays_one_space_and_an_offset_stays():
    assert read("  H e l l o   w o r l d 的 人") == ["  Hello world的人"]


def test_lines_with_spaces_of_their_own_are_left_as_they_are():
    # a byline that pads two-character names, two padded names, a row of marks: print's own spaces
    for line in ("本报记者 游 仪 王 刚", "程 焕 曾 坤", "※ ※ ※ ※", "小切口 大民生", "1 2 3 4 5 6"):
        assert read(line) == [line]


SPACED_PAGE = ["本 报 评 论 员 文 章", "连 日 来 ， 市 委 宣 讲", "团 成 员 分 赴 各 区 县"]


def test_short_letter_spaced_lines_are_read_so_only_on_a_page_that_spaces_letters():
    alone = ["编 者 按", "游 仪"]
    assert read(*alone) == alone
    assert read(*SPACED_PAGE, *alone)[3:] == ["编者按", "游仪"]


def test_short_headings_set_apart_by_ideographic_spaces_are_read_as_printed():
    assert read("编\u3000者\u3000按") == ["编者按"]
    assert read("\u3000\u3000本\u3000报\u3000评\u3000论\u3000员") == ["\u3000\u3000本报评论员"]  # (its offset kept)
    assert read("编\u3000\u3000者\u3000\u3000按") == ["编者按"]
    # two characters (社　论, or a name padded to three cells), words set apart, a byline's padded name: as they are
    for line in ("社\u3000论", "游\u3000仪", "小切口\u3000大民生", "本报记者\u3000游\u3000仪"):
        assert read(line) == [line]


def test_headlines_set_apart_by_ideographic_spaces_parse_as_the_page_without(seed_text, seed_page):
    truth = json.loads(EXAMPLE_TRUTH.read_text(encoding="utf-8"))
    heads = {h.replace(" ", "") for a in truth["articles"] for k in ("kicker", "title") if (h := a[k])}
    lines = seed_text.split("\n")
    spaced = ["\u3000".join(t.strip()) if t.strip() and t.strip().replace(" ", "") in heads else t for t in lines]
    assert sum(a != b for a, b in zip(lines, spaced)) == 4  # (the two kickers' and the two titles' lines)
    page = banmian.parse_text("\n".join(spaced))
    assert unspaced(page.to_dict()) == unspaced(seed_page.to_dict())


def test_names_run_together_are_set_apart_again():
    assert read("本 报 记 者 邱 敏 丽 贺 霞") == ["本报记者 邱敏丽 贺霞"]
    assert read("本 报 记 者 张 三 通 讯 员 李 四") == ["本报记者 张三 通讯员 李四"]
    assert read("刘 玉 珮 黄 伟 马 建 保") == ["刘玉珮 黄伟 马建保"]
    assert read("本 版 责 编 ： 王 刚 李 明") == ["本版责编：王刚 李明"]
    # words of the dictionary are no names, nor are characters that part into names more than one way
    assert read("黄 土 高 坡 （ 组 图 ）") == ["黄土高坡（组图）"]
    assert read(*SPACED_PAGE, "黄 土 高 坡")[-1] == "黄土高坡"
    assert read("武 汉 三 万 多 干") == ["武汉三万多干"]
    assert read("本 报 记 者 阿 尔 达 克") == ["本报记者阿尔达克"]


def test_a_byline_broken_inside_a_name_parts_on_both_lines():
    # a narrow column breaks 本报记者 段凡丽 郑涛芬 吕明 inside 郑涛芬: its surname ends the line, the rest opens the next
    assert read(*SPACED_PAGE, "本 报 记 者 段 凡 丽 郑", "涛 芬 吕 明")[-2:] == ["本报记者 段凡丽 郑", "涛芬 吕明"]
    # (or after its second character: the one count of characters that leaves names ends it)
    assert read(*SPACED_PAGE, "本 报 记 者 罗 洋 瑞 杨 秋", "璧 秦 荷 雪")[-2:] == ["本报记者 罗洋瑞 杨秋", "璧 秦荷雪"]
    # (or inside the role word that follows the names: 通讯 / 员)
    assert read(*SPACED_PAGE, "本 报 记 者 戴 秋 真 通 讯", "员 王 秋 茗")[-2:] == ["本报记者 戴秋真 通讯", "员 王秋茗"]
    # (a line of names ends no name only under one: the same characters alone stay as they are)
    assert read(*SPACED_PAGE, "涛 芬 吕 明")[-1] == "涛芬吕明"
    body = [" ".join(t) for t in ("近日，全市春季招聘会在会展中心举", "行，两百多家企业提供岗位八千多个。")]
    page = banmian.parse_text("\n".join(["春 季 招 聘 会 岗 位 多", "本 报 记 者 段 凡 丽 郑", "涛 芬 吕 明", *body]))
    (a,) = page.articles
    assert (a.byline, a.authors) == ("本报记者 段凡丽 郑涛芬 吕明", ["段凡丽", "郑涛芬", "吕明"])
    assert [b.text for b in a.body] == ["近日，全市春季招聘会在会展中心举行，两百多家企业提供岗位八千多个。"]


def test_seed_page_letter_spaced_throughout_scores_as_the_seed_page(seed_text, seed_page):
    text = "\n".join(map(letter_spaced, seed_text.split("\n")))
    assert text.count(" ") > 5000  # (the test means something only if every line was spaced)
    page = banmian.parse_text(text)
    truth = json.loads(EXAMPLE_TRUTH.read_text(encoding="utf-8"))
    score = score_page(page, truth)
    assert (score.block_f1, score.article_bcubed_f1, score.title_acc, score.authors_acc) == (1.0, 1.0, 1.0, 1.0)
    # the page as read without the spaces: the same, to the word spaces print set, which the extractor gave as one space
    # like any other gap (敢闯敢干 唯实争先, 本报讯 （记者 周雨）)
    got, want = page.to_dict(), seed_page.to_dict()
    assert got != want and unspaced(got) == unspaced(want)
    assert [a["authors"] for a in got["articles"]] == [a["authors"] for a in want["articles"]]


def test_seed_page_in_traditional_characters_letter_spaced_scores_as_the_seed_page(seed_text):
    # (its names and head are set apart through their simplified form: 本報記者 is a role word, 劉 a surname)
    text = "\n".join(map(letter_spaced, script_as(seed_text, "traditional").split("\n")))
    truth = each_string(json.loads(EXAMPLE_TRUTH.read_text(encoding="utf-8")), lambda t: script_as(t, "traditional"))
    page = banmian.parse_text(text)
    score = score_page(page, truth)
    assert (score.block_f1, score.article_bcubed_f1, score.title_acc, score.authors_acc) == (1.0, 1.0, 1.0, 1.0)
    assert page.articles[3].authors == ["劉玉珮", "黃偉", "馬建保"]


@pytest.mark.parametrize("spacing", ["headlines", "stretched"])
@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_with_letter_spaced_lines_parse_as_the_page_without(style, spacing):
    changed = 0
    for seed in range(6):
        records = synthetic_records(seed, articles=4)
        plain = generate_page(records, seed=seed, style=style)
        spaced = generate_page(records, seed=seed, style=style, spacing=spacing)
        assert spaced.truth == plain.truth and spaced.text.replace(" ", "") == plain.text.replace(" ", "")
        changed += spaced.text != plain.text
        assert unspaced(banmian.parse_text(spaced.text).to_dict()) == unspaced(banmian.parse_text(plain.text).to_dict())
    assert changed == 6


@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_letter_spaced_throughout_score_as_the_page_without(style):
    # (every gap one space: print's word spaces too, so the two parses may differ; as scored, by no more than noise)
    keys = ("block_f1", "article_bcubed_f1", "title_acc", "authors_acc")
    sums = {"none": dict.fromkeys(keys, 0.0), "all": dict.fromkeys(keys, 0.0)}
    for seed in range(6):
        for spacing, sum_ in sums.items():
            gen = generate_page(synthetic_records(seed, articles=4), seed=seed, style=style, spacing=spacing)
            score = score_page(banmian.parse_text(gen.text), gen.truth)
            for k in keys:
                sum_[k] += getattr(score, k) or 0.0
    assert all(sums["all"][k] >= sums["none"][k] - 0.06 for k in keys), sums  # (0.01 a page)


@pytest.mark.parametrize("style", STYLES)
def test_letter_spaced_page_head_gives_paper_date_and_page(style):
    heads = set()
    for seed in range(8):  # (both head forms: 2020年5月1日 星期五  人民日报  要闻  2, or 要闻  02 over the date)
        records = synthetic_records(seed, articles=2, page=seed + 1)
        plain = banmian.parse_text(generate_page(records, seed=seed, style=style).text)
        spaced = generate_page(records, seed=seed, style=style, spacing="all")
        page = banmian.parse_text(spaced.text)
        assert (page.newspaper, page.date, page.page) == (plain.newspaper, plain.date, plain.page) != (None,) * 3
        assert page.page == seed + 1
        heads.add(spaced.text.lstrip().startswith("2"))
    assert heads == {True, False}


def test_letter_spaced_keeps_the_leading_offset():
    assert letter_spaced(" 敢闯敢干 唯实争先") == " 敢 闯 敢 干 唯 实 争 先"


def test_unknown_spacing_is_refused():
    with pytest.raises(ValueError, match="spacing"):
        generate_page(synthetic_records(0), spacing="wide")


def _headlines(page: banmian.Page) -> list[tuple]:
    return [
        tuple((getattr(a, k) or "").replace(" ", "") for k in ("column", "kicker", "title", "subtitle"))
        for a in page.articles
    ]


@pytest.mark.parametrize("articles", [3, 6])
def test_pdf_headlines_set_with_tracking_are_read_as_set_without(articles):
    from banmian.evaluate.pdf_render import render_pdf_bytes
    from banmian.pipeline import parse_bytes

    for seed in range(4):
        records = synthetic_records(seed, articles=articles)
        plain = generate_page(records, seed=seed)
        tracked = generate_page(records, seed=seed, spacing="headlines")
        assert any(ln.spaced for ln in tracked.layout) and not any(ln.spaced for ln in plain.layout)
        pages = [parse_bytes(render_pdf_bytes([g]), f"{g.name}.pdf")[0] for g in (plain, tracked)]
        assert _headlines(pages[1]) == _headlines(pages[0]), seed


def test_generate_writes_pdfs_with_tracked_headlines(tmp_path):
    from banmian.sources.pdf import read_pdf_bytes

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in synthetic_records(0)), encoding="utf-8")
    out = tmp_path / "o"
    r = CliRunner().invoke(
        app, ["generate", "--corpus", str(corpus), "-o", str(out), "-n", "1", "--pdf", "--spacing", "headlines"]
    )
    assert r.exit_code == 0, r.output
    (pdf,) = out.glob("*.pdf")
    text = [ln.text for _, lines in read_pdf_bytes(pdf.read_bytes(), pdf.name) for ln in lines]
    (txt,) = out.glob("*.txt")
    assert "本 报" not in "\n".join(text) and any(" " in t and len(t) > 6 for t in txt.read_text().splitlines())


# Vertical titles (竖排): a character a line, as extractors give a vertical line.


def test_lines_of_one_character_each_are_one_vertical_line():
    assert read("标题", "", "习", "近", "平", "5G", "来", "", "正文，") == ["标题", "", "习近平5G来", "", "正文，"]
    # two such lines, with letters between them, stay as they are (and so does a line's offset)
    assert read("正文", " 。", "A", "B", "C", "上") == ["正文", " 。", "A", "B", "C", "上"]


def _vertical_titles(text: str, titles: set[str]) -> str:
    out = []
    for line in text.split("\n"):
        out += list(line.strip().replace(" ", "")) if line.strip().replace(" ", "") in titles else [line]
    return "\n".join(out)


def test_seed_page_with_vertical_titles_parses_as_the_seed_page(seed_text, seed_page):
    truth = json.loads(EXAMPLE_TRUTH.read_text(encoding="utf-8"))
    text = _vertical_titles(seed_text, {a["title"].replace(" ", "") for a in truth["articles"] if a["title"]})
    assert len(text.split("\n")) > len(seed_text.split("\n")) + 40  # (three titles, a character a line)
    assert unspaced(banmian.parse_text(text).to_dict()) == unspaced(seed_page.to_dict())


@pytest.mark.parametrize("style", ["pdfminer", "pdftotext"])
def test_generated_pages_with_vertical_titles_score_as_the_pages_without(style):
    scores = {False: 0.0, True: 0.0}
    for seed in range(8):
        for vertical in scores:
            gen = generate_page(synthetic_records(seed, articles=4), seed=seed, style=style, vertical=vertical)
            score = score_page(banmian.parse_text(gen.text), gen.truth)
            scores[vertical] += (score.title_acc or 0.0) + score.article_bcubed_f1
    assert scores[True] >= scores[False] - 0.1, scores


@pytest.mark.parametrize("option", ["--vertical-titles", "--invisibles"])
def test_generate_refuses_text_only_forms_with_pdf(tmp_path, option):
    # (forms of the text alone: a PDF sets its titles across and holds no invisible characters)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps(synthetic_records(0)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["generate", "--corpus", str(corpus), "-o", str(tmp_path / "o"), "--pdf", option])
    assert r.exit_code != 0 and option in r.output


def test_pdf_title_set_vertically_is_read_as_one_title():
    pytest.importorskip("reportlab")
    from pathlib import Path

    if not Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").exists():  # pragma: no cover
        pytest.skip("fonts-wqy-microhei is not installed")
    from banmian.evaluate.layout import GeneratedPage, PlacedLine
    from banmian.evaluate.pdf_render import render_pdf_bytes
    from banmian.pipeline import parse_bytes

    body = ["连日来，市委宣讲团成员分赴各区县、", "市级有关部门、企事业单位开展学习", "贯彻党的二十大精神宣讲。"]
    layout = [PlacedLine(ch, 40, 60 + i * 24, 20, bold=True, role="title") for i, ch in enumerate("奋力谱写新篇章")]
    layout += [PlacedLine("□本报记者 何春阳", 80, 60, 10, role="byline")]
    layout += [PlacedLine(t, 80, 80 + i * 13, 9) for i, t in enumerate(body * 4)]
    (page,) = parse_bytes(render_pdf_bytes([GeneratedPage("v", "", {}, layout, (400.0, 300.0))]), "v.pdf")
    assert [(a.title, a.byline) for a in page.articles] == [("奋力谱写新篇章", "□本报记者 何春阳")]


def test_contact_addresses_are_found_from_a_words_start():
    from banmian.reconstruct.patterns import CONTACT_IN_LINE

    for line in ("栏目投稿邮箱：rmrbst@126.com", "来信请寄 abc.d-e@mail.com 谢谢", "x" * 300 + "@a.cn", "热线：12345"):
        assert CONTACT_IN_LINE.search(line), line
    for line in ("字" * 300, "来信请寄报社", "邮件@未写全"):
        assert not CONTACT_IN_LINE.search(line), line


def test_a_short_pages_ideographic_indents_are_taken_out():
    # one article of two paragraphs, each indented by two ideographic spaces: no extractor offsets a headline so
    text = "社区食堂这一年\n\n□本报记者 何春阳\n\n\u3000\u3000连日来，市委宣讲团成员分赴各区县、市\n级有关部门开展宣讲。\n\n\u3000\u3000广大党员干部群众纷纷表示，要积极响应\n号召。"
    page = banmian.parse_text(text)
    assert unspaced(page.to_dict()) == unspaced(banmian.parse_text(text.replace("\u3000\u3000", "")).to_dict())
    assert [a.title for a in page.articles] == ["社区食堂这一年"] and len(page.articles[0].body) == 2
    # three ideographic spaces, or two ASCII ones, on so few lines: an offset, kept
    assert read("\u3000\u3000\u3000标题", "正文。") == ["\u3000\u3000\u3000标题", "正文。"]
    assert read("  标题", "正文。") == ["  标题", "正文。"]


# Kept indents read as paragraph starts.

_INDENTED = (
    "社区食堂这一年\n"
    "\u3000\u3000连日来，市委宣讲团成员分赴各区县开\n展宣讲，广大党员群众纷纷表示赞同。\n"
    "\u3000\u3000要积极响应号召，紧密团结在党中央周\n围，坚定信心、奋勇前行，勇担当作为。\n"
    "\u3000\u3000近年来，社区食堂推出多项便民举措，\n今年以来接待群众两万多人次。"
)


@pytest.mark.parametrize("indent", ["\u3000\u3000", "    ", "\t"])
def test_a_kept_indent_opens_a_paragraph(indent):
    # every line full, every paragraph's last line ending a sentence at the edge: without the indents nothing says
    # where a paragraph opens (read as one); with them, three
    page = banmian.parse_text(_INDENTED.replace("\u3000\u3000", indent))
    assert [a.title for a in page.articles] == ["社区食堂这一年"]
    assert [b.text[:3] for b in page.articles[0].body] == ["连日来", "要积极", "近年来"]
    assert len(banmian.parse_text(_INDENTED.replace("\u3000\u3000", "")).articles[0].body) == 1


def test_a_centred_lines_offset_is_no_paragraph_indent():
    # (six spaces: a centred headline's offset in pdftotext -layout text, taken out, not read as an indent)
    lines = read("      社区食堂这一年", *_INDENTED.split("\n")[1:])
    assert lines[0] == "社区食堂这一年" and lines[1].startswith("\u3000\u3000连日来")


@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_with_kept_indents_lose_no_paragraph(style):
    found = {False: 0, True: 0}
    for seed in range(6):
        for indents in found:
            gen = generate_page(synthetic_records(seed, articles=4), seed=seed, style=style, indents=indents)
            assert ("\u3000\u3000" in gen.text) is indents
            page = banmian.parse_text(gen.text)
            truth = {b["text"].replace(" ", "") for a in gen.truth["articles"] for b in a["body"]}
            found[indents] += len(truth & {b.text.replace(" ", "") for a in page.articles for b in a.body})
    assert found[True] >= found[False], found
