"""The text path with some of its decisions taken from the truth (``banmian.evaluate.oracle``, bench/decisions.py)."""

from __future__ import annotations

import json

import pytest

from banmian.evaluate import oracle
from banmian.evaluate.oracle import DECISIONS, evaluate_with_truth, truth_decisions
from banmian.pipeline import parse_text
from banmian.reconstruct import assemble as A
from banmian.reconstruct import reflow as R

pytestmark = pytest.mark.skipif(oracle.compiled(), reason="the decisions are swapped in the pure-Python build only")

P1 = "本报讯 （记者 张明）今年以来，全市共完成老旧小区改造一百二十个，惠及居民三万余户。"
P2 = "改造过程中，各区坚持居民自愿、政府引导，先征求意见再定方案。"
P3 = "截至目前，全市已有四十多部电梯投入使用，老人上下楼更方便了。"
P4 = "下一步，全市将继续扩大改造范围，让更多居民受益。"
Q1 = "本报上海1月10日电 （记者 李芳）记者从上海铁路局获悉，春运首日客流总体平稳。"
Q2 = "车站增开了临时售票窗口，旅客排队时间缩短。"

# a report with a section under a subhead, then a second report: as parsed, a subhead and a boundary
PAGE = """全市推进老旧小区改造

本报讯 （记者 张明）今年以来，全市共完成
老旧小区改造一百二十个，惠及居民三万余户。

改造过程中，各区坚持居民自愿、政府引导，
先征求意见再定方案。

加装电梯进展顺利

截至目前，全市已有四十多部电梯投入使用，
老人上下楼更方便了。

下一步，全市将继续扩大改造范围，让更多
居民受益。

春运首日客流平稳

本报上海1月10日电 （记者 李芳）记者从
上海铁路局获悉，春运首日客流总体平稳。

车站增开了临时售票窗口，旅客排队时间缩短。
"""

# the truth that flips both of the parser's readings of PAGE: the subhead opens an article, the second report's
# headline is a subhead of the first
FLIPPED = {
    "articles": [
        {
            "title": "全市推进老旧小区改造",
            "body": [{"type": "paragraph", "text": P1}, {"type": "paragraph", "text": P2}],
        },
        {
            "title": "加装电梯进展顺利",
            "body": [
                {"type": "paragraph", "text": P3},
                {"type": "paragraph", "text": P4},
                {"type": "subhead", "text": "春运首日客流平稳"},
                {"type": "paragraph", "text": Q1},
                {"type": "paragraph", "text": Q2},
            ],
        },
    ]
}


def art(body: list[tuple[str, str]], **heads) -> dict:
    return {
        **{f: heads.get(f) for f in ("column", "kicker", "title", "subtitle")},
        "body": [{"type": t, "text": x} for t, x in body],
    }


def page(*articles: dict) -> dict:
    return {"articles": list(articles), "furniture": [], "unassigned": []}


def parsed(text: str, truth: dict, decisions) -> list:
    with truth_decisions(truth, decisions):
        return parse_text(text).articles


def test_groups_follow_the_truth_both_ways():
    as_parsed = parse_text(PAGE).articles
    assert [a.title for a in as_parsed] == ["全市推进老旧小区改造", "春运首日客流平稳"]
    forced = parsed(PAGE, FLIPPED, ["groups"])
    assert [a.title for a in forced] == ["全市推进老旧小区改造", "加装电梯进展顺利"]
    assert ("subhead", "春运首日客流平稳") in [(b.type, b.text) for b in forced[1].body]
    # a decision not asked for stays the parser's
    assert [a.title for a in parsed(PAGE, FLIPPED, ["roles", "boxes"])] == [a.title for a in as_parsed]


def test_the_cut_follows_the_truth():
    text = (
        "本报讯 （记者 张明）今年以来，全市共完成\n老旧小区改造一百二十个，惠及居民三万余户。\n\n"
        "老旧小区改造提速\n\n春运首日客流平稳\n\n"
        "本报上海1月10日电 （记者 李芳）记者从\n上海铁路局获悉，春运首日客流总体平稳。\n"
    )
    after_its_body = page(
        art([("paragraph", P1)], title="老旧小区改造提速"), art([("paragraph", Q1)], title="春运首日客流平稳")
    )
    both_below = page(
        art([("paragraph", P1)]), art([("paragraph", Q1)], kicker="老旧小区改造提速", title="春运首日客流平稳")
    )
    one = parsed(text, after_its_body, ["cuts"])
    assert [a.title for a in one] == ["老旧小区改造提速", "春运首日客流平稳"]
    two = parsed(text, both_below, ["cuts"])
    assert two[0].title is None
    assert two[1].title == "春运首日客流平稳"
    assert "老旧小区改造提速" in (two[1].column, two[1].kicker)  # (which of the two: a role, not the cut)


def test_roles_follow_the_truth():
    text = (
        "全国铁路春运\n\n今日正式启动\n\n"
        "本报北京1月10日电 （记者 王强）记者从国铁集团获悉，\n今年春运从今天开始，为期四十天，全国铁路预计发送\n"
        "旅客四亿人次，同比增长百分之八。\n\n各地车站增开售票窗口，方便旅客购票出行。\n"
    )
    body = [
        (
            "paragraph",
            "本报北京1月10日电 （记者 王强）记者从国铁集团获悉，今年春运从今天开始，为期四十天，"
            "全国铁路预计发送旅客四亿人次，同比增长百分之八。",
        ),
        ("paragraph", "各地车站增开售票窗口，方便旅客购票出行。"),
    ]
    kicker_over_title = parsed(text, page(art(body, kicker="全国铁路春运", title="今日正式启动")), ["roles"])
    assert (kicker_over_title[0].kicker, kicker_over_title[0].title) == ("全国铁路春运", "今日正式启动")
    title_over_subtitle = parsed(text, page(art(body, title="全国铁路春运", subtitle="今日正式启动")), ["roles"])
    assert (title_over_subtitle[0].title, title_over_subtitle[0].subtitle) == ("全国铁路春运", "今日正式启动")


def test_boxes_follow_the_truth():
    # text without blank lines: the parser reads the two headline lines as one title
    text = (
        "全国铁路春运\n今日正式启动\n本报北京1月10日电 （记者 王强）记者从国铁集团获悉，\n"
        "今年春运从今天开始，为期四十天，全国铁路预计发送\n旅客四亿人次，同比增长百分之八。\n"
        "各地车站增开售票窗口，方便旅客购票出行。\n"
    )
    body = [("paragraph", "x")]
    assert parse_text(text).articles[0].title == "全国铁路春运今日正式启动"
    apart = parsed(text, page(art(body, kicker="全国铁路春运", title="今日正式启动")), ["boxes", "roles"])
    assert (apart[0].kicker, apart[0].title) == ("全国铁路春运", "今日正式启动")
    one_box = parsed(text, page(art(body, title="全国铁路春运今日正式启动")), ["boxes", "roles"])
    assert one_box[0].title == "全国铁路春运今日正式启动"


def test_lines_follow_the_truth():
    # the truth joins the report's first two paragraphs and breaks the third after its comma
    first = "本报讯 （记者 张明）今年以来，全市共完成老旧小区改造一百二十个，惠及居民三万余户。"
    third = "截至目前，全市已有四十多部电梯投入使用，"
    truth = page(
        art(
            [
                ("paragraph", first + P2),
                ("subhead", "加装电梯进展顺利"),
                ("paragraph", third),
                ("paragraph", "老人上下楼更方便了。"),
                ("paragraph", P4),
            ],
            title="全市推进老旧小区改造",
        ),
        art([("paragraph", Q1), ("paragraph", Q2)], title="春运首日客流平稳"),
    )
    as_parsed = [b.text for b in parse_text(PAGE).articles[0].body]
    assert as_parsed[:2] == [first, P2] and P3 in as_parsed
    forced = [b.text for b in parsed(PAGE, truth, ["breaks"])[0].body]
    assert forced == [first + P2, "加装电梯进展顺利", third, "老人上下楼更方便了。", P4]


def test_starts_follow_the_truth():
    # the truth reads the subhead as a one-line paragraph, and the report's second paragraph as a heading
    second = "改造过程中，各区坚持居民自愿、政府引导，先征求意见再定方案。"
    tail = [("paragraph", P3), ("paragraph", P4)]
    other = art([("paragraph", Q1), ("paragraph", Q2)], title="春运首日客流平稳")
    as_text = page(art([("paragraph", P1), ("paragraph", P2), ("paragraph", "加装电梯进展顺利"), *tail]), other)
    as_heading = page(art([("paragraph", P1), ("subhead", second), ("subhead", "加装电梯进展顺利"), *tail]), other)
    kinds = [(b.type, b.text) for b in parse_text(PAGE).articles[0].body]
    assert ("subhead", "加装电梯进展顺利") in kinds and ("paragraph", second) in kinds
    assert ("paragraph", "加装电梯进展顺利") in [(b.type, b.text) for b in parsed(PAGE, as_text, ["starts"])[0].body]
    assert ("subhead", second) in [(b.type, b.text) for b in parsed(PAGE, as_heading, ["starts"])[0].body]


def test_the_parser_is_restored():
    names = ("_document_sections", "_split_logit", "_title_box", "_sized_banner", "_box_break")
    before = {n: getattr(A, n) for n in names}
    before_reflow = {n: getattr(R, n) for n in ("_runs_on_here", "_opens_here")}
    with pytest.raises(ZeroDivisionError), truth_decisions(page(), DECISIONS):
        assert A._split_logit is not before["_split_logit"]
        assert R._runs_on_here is not before_reflow["_runs_on_here"]
        raise ZeroDivisionError
    assert {n: getattr(A, n) for n in names} == before
    assert {n: getattr(R, n) for n in before_reflow} == before_reflow
    with pytest.raises(ValueError, match="not decisions"), truth_decisions(page(), ["headlines"]):
        pass


def test_a_folder_scored_with_the_truth(tmp_path):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "p.truth.json").write_text(json.dumps(FLIPPED, ensure_ascii=False), encoding="utf-8")
    as_parsed = evaluate_with_truth(tmp_path, ()).summary
    with_groups = evaluate_with_truth(tmp_path, ["groups"]).summary
    assert as_parsed["article_bcubed_f1"] < 0.9
    assert with_groups["article_bcubed_f1"] == 1.0
    assert with_groups["title_acc"] == 1.0


def test_bench_decisions_prints_a_row_per_kind(tmp_path, capsys, monkeypatch):
    import importlib.util
    import sys
    from pathlib import Path

    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "p.truth.json").write_text(json.dumps(FLIPPED, ensure_ascii=False), encoding="utf-8")
    script = Path(__file__).resolve().parents[1] / "bench" / "decisions.py"
    spec = importlib.util.spec_from_file_location("bench_decisions", script)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    monkeypatch.setattr(sys, "argv", ["decisions.py", str(tmp_path), "--rows", "none,groups,all"])
    mod.main()
    rows = {
        line.split("|")[1].strip(): line.split("|")[3].strip()
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("| ") and "decisions" not in line
    }
    assert list(rows) == ["none (as parsed)", "groups", f"all {len(DECISIONS)}"]
    assert float(rows["none (as parsed)"]) < 0.9  # (B-cubed)
    assert float(rows["groups"]) == 1.0
