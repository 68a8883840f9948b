"""Pure helpers of the web reader: tokens, CSRF, upload checks, calendar, pagination, snippets, colouring."""

from __future__ import annotations

import pytest

pytest.importorskip("markupsafe")

from banmian.web import views  # noqa: E402
from banmian.web.security import Csrf, bearer, token_matches, upload_problem  # noqa: E402


# ---------------------------------------------------------------- security
def test_token_matches_only_the_exact_configured_token():
    assert token_matches("s3cret", "s3cret")
    assert not token_matches("s3cret", "s3cre")
    assert not token_matches("s3cret", "s3cret ")
    assert not token_matches("s3cret", None)
    assert not token_matches(None, "anything")  # no token configured: nobody may write
    assert not token_matches("", "")


@pytest.mark.parametrize(
    ("header", "token"),
    [
        ("Bearer abc", "abc"),
        ("bearer  abc ", "abc"),
        ("Basic abc", None),
        ("Bearer ", None),
        ("abc", None),
        (None, None),
    ],
)
def test_bearer_header(header, token):
    assert bearer(header) == token


def test_csrf_tokens_are_signed_and_must_match():
    csrf = Csrf(b"k" * 32)
    t = csrf.new_token()
    assert csrf.valid(t) and csrf.check(t, t)
    assert t != csrf.new_token()  # a fresh nonce each time
    assert not csrf.check(t, csrf.new_token())  # field from another session
    assert not csrf.check(t, None) and not csrf.check(None, t)
    nonce, sig = t.split(".")
    assert not csrf.valid(nonce + "." + sig[:-1] + ("0" if sig[-1] != "0" else "1"))
    assert not csrf.valid(nonce)
    assert not csrf.valid("ünïcode.abc")
    other = Csrf(b"x" * 32).new_token()
    assert not csrf.check(other, other)  # well-formed, matching, but not signed by this server


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("p.txt", "正文".encode(), None),
        ("p.TXT", "正文".encode("gb18030"), None),
        ("p.pdf", b"%PDF-1.7\n...", None),
        ("p.png", b"\x89PNG\r\n\x1a\n....", None),
        ("p.jpeg", b"\xff\xd8\xff\xe0....", None),
        ("p.docx", b"PK\x03\x04", "not accepted"),
        ("noext", b"text", "not accepted"),
        ("p.pdf", b"<html>", "not a PDF"),
        ("p.jpg", b"\x89PNG\r\n\x1a\n", "not a JPG"),
        ("p.txt", b"", "empty"),
        ("p.txt", b"x" * 2001, "over the"),
    ],
)
def test_upload_problem(name, data, problem):
    got = upload_problem(name, data, max_bytes=2000)
    if problem is None:
        assert got is None
    else:
        assert problem in got


# ---------------------------------------------------------------- views
def test_date_cn():
    assert views.date_cn("2019-02-01") == "2019年2月1日"
    assert views.date_cn("2019-02") == "2019-02"
    assert views.date_cn(None) == ""


def test_calendar_months_monday_first_with_links_on_issue_days():
    months = views.calendar_months(2024, ["2024-03-01", "2024-03-02", "2023-12-31", "bad"], lambda d: "/i/" + d)
    assert [m["month"] for m in months] == [3]
    march = months[0]
    assert march["count"] == 2
    first_week = march["weeks"][0]
    assert first_week[:4] == [None, None, None, None]  # 2024-03-01 is a Friday
    assert first_week[4] == {"day": 1, "date": "2024-03-01", "url": "/i/2024-03-01"}
    assert first_week[6]["url"] is None  # Sunday the 3rd: no issue
    assert sum(1 for w in march["weeks"] for d in w if d) == 31


def test_pagination_window_and_gaps():
    pag = views.pagination(total=200, page=5, per_page=20, url=lambda n: f"?p={n}")
    shown = [x.get("n", "…") for x in pag["pages"]]
    assert shown == [1, "…", 3, 4, 5, 6, 7, "…", 10]
    assert [x["n"] for x in pag["pages"] if x.get("current")] == [5]
    assert pag["prev_url"] == "?p=4" and pag["next_url"] == "?p=6"
    one = views.pagination(total=3, page=9, per_page=20, url=str)
    assert one["page"] == 1 and one["prev_url"] is None and one["next_url"] is None
    assert views.pagination(0, 1, 20, str)["n_pages"] == 1


def test_pagination_past_a_counted_lower_bound():
    # "2000+": the page after the counted ones is offered, no last page; never past max_page
    pag = views.pagination(total=2000, page=100, per_page=20, url=lambda n: f"?p={n}", more=True)
    assert [x.get("n", "…") for x in pag["pages"]] == [1, "…", 98, 99, 100, 101, "…"]
    assert pag["next_url"] == "?p=101" and pag["n_pages"] == 101
    first = views.pagination(total=2000, page=1, per_page=20, url=lambda n: f"?p={n}", more=True)
    assert [x.get("n", "…") for x in first["pages"]] == [1, 2, 3, "…"] and first["next_url"] == "?p=2"
    bounded = views.pagination(total=10_020, page=501, per_page=20, url=lambda n: f"?p={n}", more=True, max_page=501)
    assert bounded["next_url"] is None and bounded["page"] == 501
    assert [x.get("n", "…") for x in bounded["pages"]] == [1, "…", 499, 500, 501]
    exact = views.pagination(total=2000, page=100, per_page=20, url=lambda n: f"?p={n}")
    assert exact["next_url"] is None and exact["n_pages"] == 100


def test_marked_snippet_escapes_everything_but_the_markers():
    s = views.marked_snippet("a<b>永川</b>&<script>x</script>[[涪陵]]")
    assert str(s) == "a<mark>永川</mark>&amp;&lt;script&gt;x&lt;/script&gt;<mark>涪陵</mark>"
    assert str(views.marked_snippet("[[未闭合")) == "<mark>未闭合</mark>"
    assert str(views.marked_snippet(None)) == ""


def test_highlight_terms():
    text = "开头" + "。" * 100 + "永川区的<企业>在永川"
    out = str(views.highlight_terms(text, ["永川"], limit=40))
    assert out.startswith("…") and out.count("<mark>永川</mark>") == 2
    assert "&lt;企业&gt;" in out


def test_colour_raw_lines_follows_the_articles():
    raw = "晚报\n\n标题一\n本报记者 甲\n\n第一篇的正文\n继续\n\n标题二\n第二篇正文\n\n本版责编：某"
    arts = [
        {
            "id": 11,
            "title": "标题一",
            "byline": "本报记者 甲",
            "body": [{"type": "paragraph", "text": "第一篇的正文继续"}],
        },
        {"id": 12, "title": "标题二", "body": [{"type": "paragraph", "text": "第二篇正文"}]},
    ]
    lines = views.colour_raw_lines(raw, arts, ["本版责编：某"])
    got = {ln["text"]: (ln["color"], ln["art"]) for ln in lines if ln["text"]}
    assert got["标题一"] == (0, "11") and got["继续"] == (0, "11")
    assert got["标题二"] == (1, "12") and got["第二篇正文"] == (1, "12")
    assert got["晚报"] == (None, None) and got["本版责编：某"] == (None, None)
    assert len(lines) == raw.count("\n") + 1


def test_region_boxes_as_percentages_of_the_page():
    regions = [{"page": 1, "bbox": [60, 84, 300, 420]}, {"page": 2, "bbox": [0, 0, 10, 10]}]
    boxes = views.region_boxes(regions, 1, 600, 840)
    assert boxes == [{"left": 10.0, "top": 10.0, "width": 40.0, "height": 40.0}]
    # A one-page file says page 1 whatever the newspaper page number is: keep its regions.
    assert len(views.region_boxes([{"page": 1, "bbox": [0, 0, 60, 84]}], 5, 600, 840)) == 1
    # Clipped to the page; empty boxes dropped; no size, no boxes.
    assert views.region_boxes([{"page": 1, "bbox": [500, 800, 700, 900]}], 1, 600, 840)[0]["width"] == pytest.approx(
        100 * 100 / 600, abs=1e-3
    )
    assert views.region_boxes([{"page": 1, "bbox": [5, 5, 5, 9]}], 1, 600, 840) == []
    assert views.region_boxes(regions, 1, 0, 0) == []


def test_citation():
    art = {"title": "永川科技企业满负荷生产", "authors": ["欧阳明远", "陈思"]}
    assert views.citation(art, "山城晚报", "2024-03-01", 1, "http://x/a/1") == (
        "欧阳明远，陈思. 永川科技企业满负荷生产[N]. 山城晚报, 2024-03-01(01). http://x/a/1"
    )
    assert views.citation({}, "报", "2024-01-01", None) == "（无标题）[N]. 报, 2024-01-01(None)."


def test_entity_groups():
    ents = [
        {"text": "欧阳明远", "type": "person", "role": "记者"},
        {"text": "永川", "type": "place"},
        {"text": "欧阳明远", "type": "person"},
        {"text": "市国资委", "type": "org"},
        {"type": "person"},
    ]
    groups = views.entity_groups(ents)
    assert [g["label"] for g in groups] == ["人物", "地点", "机构"]
    assert groups[0]["items"] == [
        {"text": "欧阳明远", "title": "记者", "url": "/search?q=%E6%AC%A7%E9%98%B3%E6%98%8E%E8%BF%9C"}
    ]
    assert views.entity_groups(None) == []
    # with the newspaper, persons, places and organisations link to their entity pages (names normalised)
    groups = views.entity_groups(
        [*ents, {"text": "永 川", "type": "place"}, {"text": "5亿元", "type": "amount"}], "晚/报"
    )
    assert groups[0]["items"][0]["url"] == "/e/%E6%99%9A%2F%E6%8A%A5/person/%E6%AC%A7%E9%98%B3%E6%98%8E%E8%BF%9C"
    assert [i["url"].split("/")[-1] for i in groups[1]["items"]] == ["%E6%B0%B8%E5%B7%9D"] * 2  # 永川, 永 川
    assert groups[2]["items"][0]["url"].startswith("/e/%E6%99%9A%2F%E6%8A%A5/organization/")
    assert groups[3]["items"][0]["url"].startswith("/search?q=")  # an amount has no page


def test_png_encoder_round_trips():
    import struct
    import zlib

    from banmian.web.render import _png

    # 2 x 2 RGB with a stride of 8 (2 padding bytes per row, as PDFium bitmaps have)
    rows = bytes([255, 0, 0, 0, 255, 0, 9, 9, 0, 0, 255, 255, 255, 255, 9, 9])
    png = _png(2, 2, rows, stride=8, channels=3)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert struct.unpack(">IIBB", png[16:26]) == (2, 2, 8, 2)
    idat = png.index(b"IDAT")
    (length,) = struct.unpack(">I", png[idat - 4 : idat])
    raw = zlib.decompress(png[idat + 4 : idat + 4 + length])
    assert raw == b"\x00" + rows[0:6] + b"\x00" + rows[8:14]


def test_search_context_says_at_least_when_counting_stopped():
    from banmian.archive import SearchResult
    from banmian.web import render

    capped = render.search_context({"q": "新闻"}, SearchResult(hits=[], total=10000, total_exact=False), 1, 20, None)
    exact = render.search_context({"q": "新闻"}, SearchResult(hits=[], total=12), 1, 20, None)
    assert capped["total"] == 10000 and capped["total_exact"] is False
    assert exact["total_exact"] is True and exact["facets_exact"] is True
    sample = SearchResult(hits=[], total=10000, total_exact=False, facets_exact=False)
    assert render.search_context({"q": "新闻"}, sample, 1, 20, None)["facets_exact"] is False
