"""The metrics of issue 2 on small hand-made pages (expected values worked out by hand)."""

from __future__ import annotations

import pytest

from banmian.evaluate.metrics import match_blocks, norm_block, score_page, summarize
from banmian.model import Article, Block, Continuation, Page

# four paragraphs of distinct, made-up text (lengths 30, 10, 20, 16)
P1 = "甲" * 10 + "乙" * 10 + "丙" * 10
P2 = "丁" * 10
P3 = "戊" * 20
P4 = "己庚辛壬癸子丑寅卯辰巳午未申酉戌"


def art(title=None, body=(), kicker=None, subtitle=None, authors=(), types=None) -> Article:
    types = types or ["paragraph"] * len(body)
    return Article(
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        authors=list(authors),
        body=[Block(t, b) for t, b in zip(types, body, strict=True)],
    )


def page(*arts: Article) -> Page:
    return Page(articles=list(arts))


TRUTH = page(art("第一篇", [P1, P2], kicker="引题", authors=["张三", "李四"]), art("第二篇", [P3], subtitle="——副题"))


def test_perfect_page_scores_one_everywhere():
    s = score_page(TRUTH, TRUTH.to_dict())
    assert (s.block_f1, s.block_type_acc, s.article_bcubed_f1) == (1.0, 1.0, 1.0)
    assert (s.title_acc, s.kicker_acc, s.subtitle_acc, s.authors_acc) == (1.0, 1.0, 1.0, 1.0)
    assert (s.kicker_strict_acc, s.subtitle_strict_acc, s.authors_strict_acc) == (1.0, 1.0, 1.0)
    assert s.perfect


def test_continuation_accuracy_over_articles_where_either_side_marks_one():
    # truth: article one goes on to page 5, article two comes from page 1; the parse puts the 上接 marker on
    # article one instead (the boundary after it): one right (no), one wrong, and no article is unscored
    truth = page(art("第一篇", [P1, P2]), art("第二篇", [P3]))
    truth.articles[0].continues_to = Continuation(page=5, text="（下转第五版）")
    truth.articles[1].continued_from = Continuation(page=1, text="（上接第一版）")
    pred = page(art("第一篇", [P1, P2]), art("第二篇", [P3]))
    pred.articles[0].continues_to = Continuation(page=5, text="（下转第五版）")
    assert score_page(pred, truth).continuation_acc == 0.5
    pred.articles[0].continued_from = Continuation(page=1, text="（上接第一版）")
    assert score_page(pred, truth).continuation_acc == 0.0
    assert score_page(truth, truth).continuation_acc == 1.0
    assert score_page(TRUTH, TRUTH).continuation_acc is None  # no side marks one: not scored
    # a perfect page is judged without it (a figure added after the others)
    assert score_page(pred, truth).perfect


def test_wrong_title_costs_title_accuracy_only():
    pred = page(
        art("第一篇", [P1, P2], kicker="引题", authors=["张三", "李四"]), art("第三篇", [P3], subtitle="——副题")
    )
    s = score_page(pred, TRUTH)
    assert s.block_f1 == 1.0 and s.article_bcubed_f1 == 1.0
    assert s.title_acc == 0.5
    assert not s.perfect


def test_an_invented_kicker_costs_strict_kicker_accuracy_only():
    # the second article has no kicker; the parse gives it one (a column's name read as a kicker): field accuracy,
    # over the truth's one kicker, stays 1; strict accuracy, over the two articles where either side has one, 1/2
    pred = page(
        art("第一篇", [P1, P2], kicker="引题", authors=["张三", "李四"]),
        art("第二篇", [P3], kicker="栏目名", subtitle="——副题"),
    )
    s = score_page(pred, TRUTH)
    assert (s.kicker_acc, s.kicker_strict_acc) == (1.0, 0.5)
    assert (s.subtitle_strict_acc, s.authors_strict_acc) == (1.0, 1.0)
    assert not s.perfect
    # and a missed kicker costs both
    s = score_page(
        page(art("第一篇", [P1, P2], authors=["张三", "李四"]), art("第二篇", [P3], subtitle="——副题")), TRUTH
    )
    assert (s.kicker_acc, s.kicker_strict_acc) == (0.0, 0.0)


def test_paragraph_split_in_two():
    # truth blocks P1, P2, P3; predicted P1 split into halves: matches P2, P3 only
    pred = page(
        art("第一篇", [P1[:15], P1[15:], P2], kicker="引题", authors=["张三", "李四"]),
        art("第二篇", [P3], subtitle="——副题"),
    )
    s = score_page(pred, TRUTH)
    assert s.matched_blocks == 2
    # precision 2/4, recall 2/3 → F1 = 2·(1/2)(2/3)/(1/2+2/3) = 4/7
    assert s.block_f1 == pytest.approx(4 / 7)


def test_two_articles_merged():
    # one predicted article holds article one (30 + 10 chars) and article two (20 chars)
    pred = page(art("第一篇", [P1, P2, P3], kicker="引题", subtitle="——副题", authors=["张三", "李四"]))
    s = score_page(pred, TRUTH)
    assert s.block_f1 == 1.0
    # precision: blocks of article one 40/60, of article two 20/60, weighted by length → (40·40 + 20·20)/60² = 5/9;
    # recall 1 → F1 = 2·(5/9)/(14/9) = 5/7
    assert s.article_bcubed_f1 == pytest.approx(5 / 7)
    # the merged article holds both truth articles' text: its title is right for one, wrong for the other
    assert s.title_acc == 0.5
    assert s.subtitle_acc == 1.0  # only article two has a subtitle, and the merged one carries it


def test_article_split_in_two_lowers_recall():
    pred = page(
        art("第一篇", [P1], kicker="引题", authors=["张三", "李四"]),
        art(None, [P2]),
        art("第二篇", [P3], subtitle="——副题"),
    )
    s = score_page(pred, TRUTH)
    # recall: P1 30/40, P2 10/40, P3 1 → (30·.75 + 10·.25 + 20·1)/60 = 45/60; precision 1
    r = 45 / 60
    assert s.article_bcubed_f1 == pytest.approx(2 * r / (1 + r))
    assert s.title_acc == 1.0  # article one's text lies mostly in the predicted article with its title


def test_missing_block_lowers_bcubed_recall():
    pred = page(art("第一篇", [P1], kicker="引题", authors=["张三", "李四"]), art("第二篇", [P3], subtitle="——副题"))
    s = score_page(pred, TRUTH)
    # precision 1; recall: P1 30·(30/40) + P3 20·1 + P2 (unmatched) 10·0 over 60 = 42.5/60
    r = 42.5 / 60
    assert s.article_bcubed_f1 == pytest.approx(2 * r / (1 + r))


def test_subhead_typed_as_paragraph():
    truth = page(art("题", ["小标题", P1, P2], types=["subhead", "paragraph", "paragraph"]))
    pred = page(art("题", ["小标题", P1, P2]))
    s = score_page(pred, truth)
    assert s.block_f1 == 1.0
    assert s.block_type_acc == pytest.approx(2 / 3)


def test_prefix_rule_and_whitespace():
    truth = page(
        art(
            "题",
            [
                "本报讯 （记者 周雨）继2019年拥有汽车整车之后，永川即将拥有药品。",
                "本报北京1月31日电 （记者杜一菲）国家主席习近平31日在人民大会堂举行会谈。",
            ],
        )
    )
    # a parser that moved both datelines out of the paragraphs, and broke a line with a space
    pred = page(
        art("题", ["继2019年拥有汽车整车之后，永川即将拥有药品。", "国家主席习近平31日在人民大会堂 举行会谈。"])
    )
    assert score_page(pred, truth).block_f1 == 1.0
    assert norm_block("本报讯（记者 周雨）继") == "继"
    assert norm_block("本报北京1月31日电 继续") == "继续"
    # only a leading prefix counts
    assert norm_block("他说本报讯（记者 周雨）继") == "他说本报讯（记者周雨）继"


def test_ratio_threshold():
    long_a = "".join(chr(0x4E00 + i) for i in range(100))
    long_b = long_a[:50] + "错" + long_a[51:]  # one of 100 differs: ratio 0.99 ≥ 0.98
    short_a = long_a[:20]
    short_b = short_a[:10] + "错" + short_a[11:]  # one of 20 differs: ratio 0.95 < 0.98
    s = score_page(page(art("题", [long_b, short_b])), page(art("题", [long_a, short_a])))
    assert s.matched_blocks == 1
    assert s.block_f1 == 0.5


def test_matching_is_one_to_one_and_exact_first():
    near = P4[:-1] + "亥"
    # the near copy comes first, but the exact copy must take the truth block
    assert match_blocks([near, P4], [P4]) == [(1, 0)]
    s = score_page(page(art("题", [P4, P4])), page(art("题", [P4])))
    assert s.matched_blocks == 1
    assert s.block_f1 == pytest.approx(2 * 0.5 * 1 / 1.5)


def test_authors_compared_as_sets_without_whitespace():
    truth = page(art("题", [P1], authors=["贺勇", "张三"]))
    assert score_page(page(art("题", [P1], authors=["张三", "贺 勇"])), truth).authors_acc == 1.0
    assert score_page(page(art("题", [P1], authors=["张三"])), truth).authors_acc == 0.0


def test_fields_unset_in_truth_are_not_scored_and_missing_text_is_wrong():
    truth = page(art(None, [P1]), art("第二篇", [P3]))
    s = score_page(page(art("乱标题", [P1])), truth)  # article two's text is missing entirely
    assert s.title_acc == 0.0  # one truth title, its text is nowhere → wrong
    assert s.kicker_acc is None


def test_summarize_means_and_perfect_share():
    good = score_page(TRUTH, TRUTH)
    bad = score_page(page(art("x", [P1])), TRUTH)
    out = summarize([good, bad])
    assert out["pages"] == 2
    assert out["perfect_pages"] == 0.5
    assert out["block_f1"] == pytest.approx((1.0 + bad.block_f1) / 2, abs=1e-4)
    assert set(out) >= {
        "block_f1",
        "block_type_acc",
        "article_bcubed_f1",
        "title_acc",
        "kicker_acc",
        "subtitle_acc",
        "authors_acc",
        "pages",
        "perfect_pages",
    }


def test_empty_prediction_scores_zero():
    s = score_page(Page(), TRUTH)
    assert (s.block_f1, s.article_bcubed_f1, s.title_acc) == (0.0, 0.0, 0.0)
    assert s.block_type_acc is None
