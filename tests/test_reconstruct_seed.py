"""The bundled real page (重庆日报, as pdfminer extracts it): what a reader can check by eye."""

from __future__ import annotations

import json

from banmian.evaluate.metrics import score_page
from conftest import EXAMPLE_TRUTH


def _article(page, title_start):
    return next(a for a in page.articles if (a.title or "").startswith(title_start))


def test_four_articles_in_page_order(seed_page):
    titles = [a.title for a in seed_page.articles]
    assert len(titles) == 4
    assert titles[0] is None  # the first article's headline is not on this page
    assert titles[1:] == [
        "永川发力药品“永川造”",
        "重庆：以干部敢为善为拼出发展新活力",
        "涪陵：汇聚治网合力助推“三高地三示范区”建设",
    ]


def test_untitled_article_keeps_its_byline(seed_page):
    first = seed_page.articles[0]
    assert first.byline == "□本报记者 何春阳"
    assert first.authors == ["何春阳"]
    assert first.body[0].text.startswith("连日来，市委宣讲团成员分赴各区县")


def test_kicker_and_title_printed_after_the_body(seed_page):
    a = _article(seed_page, "永川发力")
    assert a.kicker == "继拥有汽车整车之后"
    assert a.authors == ["周雨"]  # from 本报讯 （记者 周雨） inside the first paragraph
    assert a.body[0].text.startswith("本报讯 （记者 周雨）继2019年拥有")
    assert a.body[-1].text.endswith("新型研发机构10家以上。")


def test_two_line_subheads_joined(seed_page):
    a = _article(seed_page, "重庆：")
    assert a.byline == "□本报记者 陈国栋" and a.authors == ["陈国栋"]
    subheads = [b.text for b in a.body if b.type == "subhead"]
    assert subheads == ["出真招见行动见效果", "在状态时刻鼓起精气神", "建机制有保障管长远"]


def test_names_on_the_last_line_are_authors(seed_page):
    a = _article(seed_page, "涪陵：")
    assert a.authors == ["刘玉珮", "黄伟", "马建保"]
    assert a.body[0].text == "正能量是总要求，管得住是硬道理，用得好是真本事。"
    assert a.body[1].text.startswith("近年来，涪陵区委网信办坚持埋头苦干")


def test_mid_sentence_column_jumps_are_joined(seed_page):
    text = "\n".join(b.text for a in seed_page.articles for b in a.body)
    for joined in (
        "坚决做到“两个维护”",
        "曹清尧在市文旅委",
        "比邻而居",
        "该区被抽调的19名党员",
        "放在首位，以“实干实绩”",
    ):
        assert joined in text


def test_print_artefacts_are_cleaned(seed_page):
    text = "\n".join(b.text for a in seed_page.articles for b in a.body)
    assert "临床CRO、CDMO以及MAH" in text  # CD- / MO
    assert "12月 15日" not in text and "未来5年" in text  # stray spaces around numbers


def test_column_banner_and_nothing_unassigned(seed_page):
    assert _article(seed_page, "永川发力").column == "敢闯敢干 唯实争先"
    assert seed_page.unassigned == []


def test_block_f1_against_hand_made_truth(seed_page):
    truth = json.loads(EXAMPLE_TRUTH.read_text(encoding="utf-8"))
    score = score_page(seed_page, truth)
    assert score.block_f1 >= 0.95
    assert score.article_bcubed_f1 >= 0.95
    assert score.title_acc == 1.0 and score.authors_acc == 1.0


def test_every_paragraph_of_the_real_page_as_the_hand_made_truth_has_it(seed_page):
    # the one real page the project ships: the bar is 0.95, but each paragraph found since is kept (a
    # column-width pass reading a line two cells short as a paragraph's first, a gain on generated pages whose
    # full lines are as wide as their column, cut a paragraph of this page in two: print's lines run a cell or
    # two either way; tried in the twenty-fifth session and not taken)
    truth = json.loads(EXAMPLE_TRUTH.read_text(encoding="utf-8"))
    score = score_page(seed_page, truth)
    assert score.block_f1 == 1.0 and score.article_bcubed_f1 == 1.0
