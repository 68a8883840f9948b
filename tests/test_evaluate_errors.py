"""Where a parsed page goes wrong, sorted into kinds (``banmian.evaluate.errors``), on small hand-made pages."""

from __future__ import annotations

import pytest

from banmian.evaluate.errors import ARTICLE_KINDS, TITLE_ERRORS, article_kind, holders, page_errors, title_error
from banmian.evaluate.metrics import score_page
from banmian.model import Article, Block, Page

# paragraphs of distinct, made-up text (lengths 30, 10, 20)
P1 = "甲" * 10 + "乙" * 10 + "丙" * 10
P2 = "丁" * 10
P3 = "戊" * 20


def art(title=None, body=(), kicker=None, subtitle=None, column=None, types=None) -> dict:
    types = types or ["paragraph"] * len(body)
    return Article(
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        column=column,
        body=[Block(t, b) for t, b in zip(types, body, strict=True)],
    ).to_dict()


def page(*arts: dict) -> dict:
    return {**Page().to_dict(), "articles": list(arts)}


TRUTH_ARTICLE = art("城镇新增就业1352万人", [P1], kicker="去年就业形势总体稳定", subtitle="——完成目标任务")
NEIGHBOUR = art("另一篇的标题", [P3], types=["paragraph"])
TRUTH_PAGE = page(TRUTH_ARTICLE, art("小节之前", ["小节标题", P2], types=["subhead", "paragraph"]), NEIGHBOUR)


CASES = [
    (art("城镇新增就业1352万人"), "right"),
    (None, "no article holds its text"),
    (art(None), "no title"),
    (art("1352万人", kicker="城镇新增就业"), "split: kicker and title"),
    (art("1352万人", column="城镇新增就业"), "split: column and title"),
    (art("城镇新增就业", subtitle="1352万人"), "split: title and subtitle"),
    (art("另一篇的标题"), "another article's title"),
    (art("城镇新增就业"), "cut short"),
    (art("城镇新增就业1352万人——完成目标任务"), "runs on into the line under it"),
    (art("去年就业形势总体稳定城镇新增就业1352万人"), "run together with the box above"),
    (art("去年就业形势总体稳定"), "the kicker"),
    (art("——完成目标任务"), "the subtitle"),
    (art("小节标题"), "a subhead"),
    (art("乙乙乙丙丙"), "a line of body"),
    (art("别的什么"), "other"),
]


@pytest.mark.parametrize(("holder", "kind"), CASES)
def test_a_title_is_sorted_by_what_its_holder_took_for_it(holder, kind):
    assert title_error(TRUTH_ARTICLE, holder, TRUTH_PAGE) == kind


def test_the_cases_above_cover_every_kind_of_title_error_once():
    assert sorted(kind for _, kind in CASES) == sorted(TITLE_ERRORS)


def test_articles_are_told_apart_by_their_subheads_and_the_reports_under_them():
    assert article_kind(art("一", [P1])) == "plain"
    assert article_kind(art("一", ["小节", P1], types=["subhead", "paragraph"])) == "sections"
    reports = art(
        "今日要闻汇总",
        ["甲地", "本报北京1月31日电 " + P1, "乙地", "本报记者 张三 " + P2],
        types=["subhead", "paragraph", "subhead", "paragraph"],
    )
    assert article_kind(reports) == "compilation"
    # two sections without reports of their own under a long title: sections; under a column's label: a compilation
    sections = ["甲地", P1, "乙地", P2]
    types = ["subhead", "paragraph", "subhead", "paragraph"]
    assert article_kind(art("今日要闻汇总", sections, types=types)) == "sections"
    assert article_kind(art("速览", sections, types=types)) == "compilation"
    assert set(ARTICLE_KINDS) == {"compilation", "sections", "plain"}


def test_text_put_in_the_wrong_article_is_counted_on_both_sides():
    truth = page(art("第一篇", [P1, P2]), art("第二篇", [P3]))
    # the first article cut after its first paragraph, its second run together with the second article
    parsed = page(art("第一篇", [P1]), art("第二篇", [P2, P3]))
    e = page_errors(parsed, truth)
    assert e.articles["plain"] == 2 and e.characters["plain"] == 60
    # 第一篇's holder (30 of its 40 characters) lacks 10; 第二篇's holder holds them
    assert e.cut["plain"] == 10
    assert e.merged_in["plain"] == 10
    assert e.titles == {"right": 2}
    perfect = page_errors(truth, truth)
    assert (perfect.cut["plain"], perfect.merged_in["plain"]) == (0, 0)


def test_the_right_titles_are_those_the_title_accuracy_counts():
    truth = page(art("第一篇", [P1]), art("第二篇", [P2]), art("第三篇", [P3]))
    parsed = page(art("第一篇", [P1]), art("第二", [P2]), art(None, [P3]))
    e = page_errors(parsed, truth)
    assert e.titles["right"] / sum(e.titles.values()) == pytest.approx(score_page(parsed, truth).title_acc)
    assert e.titles == {"right": 1, "cut short": 1, "no title": 1}


def test_each_truth_article_is_read_against_the_parsed_article_holding_most_of_its_text():
    truth = page(art("第一篇", [P1, P2]))
    parsed = page(art("小", [P2]), art("大", [P1]))
    ((article, holder),) = holders(parsed, truth)
    assert article["title"] == "第一篇" and holder["title"] == "大"
    assert holders(page(art("无关", ["子" * 25])), truth) == [(truth["articles"][0], None)]
