"""Pages in traditional characters: read through a simplified copy, given back in their own characters."""

from __future__ import annotations

import json

import pytest

import banmian
from banmian.evaluate.generate import STYLES, each_string, generate_page, script_as, synthetic_records
from banmian.evaluate.metrics import score_page, summarize
from banmian.model import Line
from banmian.reconstruct.script import to_simplified
from banmian.sources.text import text_to_lines
from conftest import EXAMPLE_TRUTH


def to_traditional(text: str) -> str:
    return script_as(text, "traditional")


def traditional(value):
    """Every string of a page's JSON in traditional characters."""
    return each_string(value, to_traditional)


def copy_of(*texts: str) -> list[str] | None:
    made = to_simplified([Line(t) for t in texts])
    return None if made is None else [ln.text for ln in made[0]]


PAGE = [
    "本報記者 何春陽",
    "這是一個關於國家發展的會議，來自各地的代表們說，",
    "時代在變化，對於經濟的進步與動力，從過去到現在，",
]


def test_seed_page_in_traditional_characters_scores_as_the_seed_page(seed_text):
    truth = traditional(json.loads(EXAMPLE_TRUTH.read_text(encoding="utf-8")))
    score = score_page(banmian.parse_text(to_traditional(seed_text)), truth)
    assert (score.block_f1, score.article_bcubed_f1) == (1.0, 1.0)
    assert (score.title_acc, score.kicker_acc, score.authors_acc) == (1.0, 1.0, 1.0)  # (byline: 本報記者, 本報訊)


@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_in_traditional_characters_score_as_in_simplified(style):
    simplified, trad = [], []
    for seed in range(8):
        gen = generate_page(synthetic_records(seed, articles=4), seed=seed, style=style)
        simplified.append(score_page(banmian.parse_text(gen.text), gen.truth))
        trad.append(score_page(banmian.parse_text(to_traditional(gen.text)), traditional(gen.truth)))
    a, b = summarize(simplified), summarize(trad)
    for key in ("block_f1", "article_bcubed_f1", "title_acc", "authors_acc"):
        assert b[key] >= a[key] - 0.02, key


def test_copy_is_simplified_and_the_table_gives_each_line_back():
    made = to_simplified([Line(t) for t in PAGE])
    assert made is not None
    copy, back = made
    assert copy[0].text == "本报记者 何春阳" and copy[1].text.startswith("这是一个关于国家发展的会议")
    assert [ln.text.translate(back) for ln in copy] == PAGE


def test_page_in_simplified_characters_is_read_as_given():
    assert copy_of("本报记者 何春阳", "这是一个关于国家发展的会议，来自各地的代表们说，") is None
    # (a name or a quote in traditional characters on a page of simplified ones does not make it one)
    simplified = "这是一个关于国家发展的会议，来自各地的代表们说，" * 30
    assert copy_of(simplified, "本報記者 何春陽", "他說：“好。”") is None


def test_a_character_the_way_back_would_not_be_sure_of_is_left():
    # 發 and 髮 both simplify to 发: the more frequent one is simplified, the other left as it is; 裏 simplifies to 里,
    # which the page prints as it is (公里): 裏 is left
    got = copy_of(*PAGE, "發展發言頭髮", "這裏有十公里")
    assert got is not None
    assert got[-2] == "发展发言头髮" and got[-1] == "这裏有十公里"


def test_corner_quotes_are_read_as_curly_ones_where_the_page_prints_none():
    assert copy_of(*PAGE, "他說：「好。」『對』")[-1] == "他说：“好。”‘对’"
    assert copy_of(*PAGE, "他說：「好。」“對”")[-1] == "他说：「好。」“对”"  # (the page prints both: left)


@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_in_traditional_characters_lose_nothing(style):
    for seed in range(4):
        text = to_traditional(generate_page(synthetic_records(seed, articles=5), seed=seed, style=style).text)
        made = to_simplified(text_to_lines(text))
        assert made is not None
        assert "\n".join(ln.text.translate(made[1]) for ln in made[0]) == "\n".join(
            ln.text for ln in text_to_lines(text)
        )


def test_a_phrase_that_changes_the_texts_length_leaves_only_its_own_line_unread(monkeypatch):
    # (OpenCC converts phrases: one may change a text's length; the page is then converted a line at a time, and the
    # line whose length changed tells nothing, while the others are read as before)
    from banmian.reconstruct import script

    real = script._to_simplified()
    monkeypatch.setattr(script, "_to_simplified", lambda: lambda t: real(t).replace("头发", "头发丝"))
    got = copy_of(*PAGE, "發展發言頭髮")
    assert got is not None and got[:3] == copy_of(*PAGE)[:3]
    assert got[-1] == "发展发言頭髮"  # (發 simplified from the other lines; 頭 and 髮 only here: left)


def test_a_short_page_in_traditional_characters_is_read_as_one():
    # a page of a few lines (an advertisement's) holds fewer of the frequent traditional characters than a page's
    # head does: as many in proportion will do.  Read as simplified text, its byline 本報記者 was the title
    page = banmian.parse_text(
        "中國郵政\n\n同心抗疫\n守護萬家\n\n□本報記者 林曉\n\n此刻，\n我們在一起\n\n相信科學，相信國家！\n"
    )
    (a,) = page.articles
    assert (a.title, a.byline, a.authors) == ("同心抗疫守護萬家", "□本報記者 林曉", ["林曉"])
    assert [b.text for b in a.body] == ["此刻，我們在一起", "相信科學，相信國家！"]
