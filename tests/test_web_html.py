"""The server-rendered pages: content, links, escaping of untrusted text, CSRF on the upload form."""

from __future__ import annotations

import re
import sys
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
pytest.importorskip("multipart")
with warnings.catch_warnings():  # starlette 1.x warns about httpx at import; the client works the same
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent / "e2e"))
import webfixture  # noqa: E402

from banmian.web import create_app  # noqa: E402
from banmian.web.security import CSRF_COOKIE  # noqa: E402

PAPER = quote("山城晚报")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = webfixture.build_archive(tmp_path_factory.mktemp("web-html"), with_pdf=False)
    with TestClient(create_app(db, token=webfixture.TOKEN)) as c:
        yield c


@pytest.fixture
def fresh(tmp_path):
    db = webfixture.build_archive(tmp_path, with_pdf=False)
    with TestClient(create_app(db, token=webfixture.TOKEN)) as c:
        yield c


def _xss_article(c: TestClient) -> int:
    return c.get("/api/search", params={"q": "网页安全测试稿"}).json()["hits"][0]["article_id"]


def test_home_lists_newspapers_latest_issues_and_a_search_box(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert f'href="/n/{PAPER}"' in r.text
    assert "江南日报" in r.text
    assert "2024年3月2日" in r.text  # latest issue, in Chinese date form
    assert 'action="/search"' in r.text and 'type="search"' in r.text
    assert '<html lang="zh-Hans">' in r.text
    assert "https://" not in r.text and "//cdn" not in r.text  # nothing from outside


def test_newspaper_calendar_links_issue_days(client):
    r = client.get(f"/n/{PAPER}")
    assert r.status_code == 200
    links = re.findall(r'<td><a href="([^"]+)" title="([^"]+)">(\d+)</a></td>', r.text)
    assert [(t, d) for _, t, d in links] == [("2024-03-01", "1"), ("2024-03-02", "2")]
    assert links[0][0] == f"/n/{PAPER}/2024-03-01"
    assert client.get("/n/" + quote("没有这份报")).status_code == 404


def test_issue_lists_its_pages(client):
    r = client.get(f"/n/{PAPER}/2024-03-01")
    assert r.status_code == 200
    assert "第 1 版" in r.text and "第 2 版" in r.text
    assert "下一期" in r.text  # 2024-03-02 follows
    assert "社区食堂开到家门口" in r.text  # page 2's headline in its text thumbnail


def test_page_view_shows_raw_text_beside_the_reconstruction(client):
    r = client.get(f"/n/{PAPER}/2024-03-01/1", follow_redirects=False)
    assert r.status_code == 302
    page = client.get(r.headers["location"])
    assert page.status_code == 200
    html = page.text
    assert "来源文本" in html and "还原结果" in html
    # Raw lines that went into the first article carry its colour class and id.
    coloured = re.findall(r'<span class="ln c0" data-art="(\d+)">([^<]*)</span>', html)
    assert any("欧阳明远" in text for _, text in coloured)
    assert "下一版" in html
    assert client.get("/p/999999").status_code == 404


def test_article_view(client):
    hit = client.get("/api/search", params={"q": webfixture.KNOWN_NAME}).json()["hits"][0]
    r = client.get(f"/a/{hit['article_id']}")
    assert r.status_code == 200
    html = r.text
    assert webfixture.KNOWN_NAME in html
    assert f'href="/p/{hit["page_id"]}#t-{hit["article_id"]}"' in html  # to the page view at this article
    assert "2024年3月1日" in html and "山城晚报" in html
    assert re.search(r'<p id="citation">[^<]*\[N\]\. 山城晚报, 2024-03-01\(01\)', html)
    assert 'data-copy="citation"' in html


def test_search_page_has_facets_highlights_and_export(client):
    r = client.get("/search", params={"q": "本报记者"})
    assert r.status_code == 200
    html = r.text
    assert "<mark>" in html
    assert html.count('<li>\n        <h3><a href="/a/') >= 3
    assert "newspaper=%E6%B1%9F%E5%8D%97%E6%97%A5%E6%8A%A5" in html  # facet link for 江南日报
    assert "/api/export?q=" in html and "format=csv" in html
    narrowed = client.get("/search", params={"q": "本报记者", "newspaper": "江南日报"}).text
    assert "古镇保护更新工作启动" in narrowed and "社区食堂" not in narrowed
    assert "报纸：江南日报" in narrowed  # the active filter, removable
    assert "facetnote" not in html  # every match counted: no note


def test_search_page_says_when_facets_count_a_sample(client, monkeypatch):
    from banmian.archive import search
    from banmian.web import app as web_app

    monkeypatch.setattr(search, "COUNT_CAP", 2)
    monkeypatch.setattr(web_app, "PER_PAGE", 1)  # (the count goes at least to the end of the page shown)
    html = client.get("/search", params={"q": "本报记者"}).text
    assert "共 <strong>2+</strong> 篇" in html
    assert 'class="muted facetnote">以下计数只统计最新的 2 篇（共 2+ 篇）' in html
    monkeypatch.setattr(search, "COUNT_CAP", 10_000)
    monkeypatch.setattr(search, "FACET_CAP", 1)  # an exact total, facets over a sample
    html = client.get("/search", params={"q": "本报记者"}).text
    total = re.search(r"共 <strong>(\d+)</strong> 篇", html)
    assert total and int(total.group(1)) >= 3
    assert f"以下计数只统计最新的 1 篇（共 {total.group(1)} 篇）" in html


def test_search_page_pages_past_the_counted_total_and_counts_on_request(client, monkeypatch):
    from banmian.archive import search
    from banmian.web import app as web_app

    monkeypatch.setattr(search, "COUNT_CAP", 1)
    monkeypatch.setattr(web_app, "PER_PAGE", 1)
    html = client.get("/search", params={"q": "本报记者"}).text
    assert "共 <strong>1+</strong> 篇" in html
    assert 'rel="next"' in html and "p=2" in html  # the next page, though only 1 was counted
    assert "exact_count=1" in html and "精确计数" in html  # and a way to count them all
    second = client.get("/search", params={"q": "本报记者", "p": 2}).text
    assert "第 2–2 篇" in second and "共 <strong>2+</strong> 篇" in second and "p=3" in second
    assert re.findall(r'<h3><a href="(/a/\d+)"', second) != re.findall(r'<h3><a href="(/a/\d+)"', html)
    exact = client.get("/search", params={"q": "本报记者", "exact_count": 1}).text
    total = re.search(r"共 <strong>(\d+)</strong> 篇", exact)
    assert total and int(total.group(1)) >= 3 and "精确计数" not in exact
    assert 'name="exact_count"' not in exact  # a new search from the form counts to the cap again
    monkeypatch.setattr(web_app, "MAX_PAGE", 2)  # the reader's last page: no link past it
    last = client.get("/search", params={"q": "本报记者", "p": 5}).text
    assert "第 2–2 篇" in last and 'rel="next"' not in last


def test_search_page_reports_bad_dates_without_failing(client):
    r = client.get("/search", params={"q": "永川", "from": "not-a-date"})
    assert r.status_code == 200
    assert "expected YYYY" in r.text


def test_article_text_is_escaped_everywhere(client):
    aid = _xss_article(client)
    for url in (f"/a/{aid}", "/search?q=" + quote("网页安全测试稿"), f"/n/{PAPER}/2024-03-02"):
        html = client.get(url).text
        assert "<script>alert" not in html, url
        assert '"><img src=x' not in html, url
    html = client.get(f"/a/{aid}").text
    assert "&lt;script&gt;alert(" in html


def test_queries_are_escaped(client):
    q = '"><script>alert(1)</script>'
    html = client.get("/search", params={"q": q}).text
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_static_files_are_local(client):
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/app.js").status_code == 200
    css = client.get("/static/style.css").text
    assert "line-height: 1.85" in css and "--measure: 36em" in css


# ---------------------------------------------------------------- upload form
def _form(c: TestClient) -> str:
    r = c.get("/upload")
    assert r.status_code == 200
    return re.search(r'name="csrf_token" value="([^"]+)"', r.text).group(1)


def _post(c: TestClient, csrf: str | None, token: str):
    data = {"newspaper": "上传测试报", "date": "2024-03-05", "token": token}
    if csrf is not None:
        data["csrf_token"] = csrf
    files = {
        "file": ("南岸-2024-03-05-01.txt", "南岸夜市\n\n本报记者 司马相如\n\n弹子石夜市开张。\n".encode(), "text/plain")
    }
    return c.post("/upload", data=data, files=files)


def _stored(c: TestClient) -> int:
    return c.get("/api/search", params={"q": "司马相如"}).json()["total"]


def test_upload_form_sets_a_csrf_cookie_matching_the_field(fresh):
    csrf = _form(fresh)
    assert fresh.cookies.get(CSRF_COOKIE) == csrf


def test_upload_form_with_token_and_csrf(fresh):
    csrf = _form(fresh)
    r = _post(fresh, csrf, webfixture.TOKEN)
    assert r.status_code == 200, r.text
    assert "已入库 1 版" in r.text
    assert _stored(fresh) == 1


def test_upload_form_wrong_token_stores_nothing(fresh):
    csrf = _form(fresh)
    r = _post(fresh, csrf, "guess")
    assert r.status_code == 401 and "口令不对" in r.text
    assert _stored(fresh) == 0


def test_upload_form_without_csrf_is_refused(fresh):
    _form(fresh)
    r = _post(fresh, None, webfixture.TOKEN)
    assert r.status_code == 403 and "CSRF" in r.text
    assert _stored(fresh) == 0


def test_upload_form_with_a_forged_csrf_pair_is_refused(fresh):
    # A cookie and field that match each other but were not signed by this server (e.g. set from a sibling site).
    from banmian.web.security import Csrf

    forged = Csrf(b"another-secret").new_token()
    fresh.cookies.clear()
    fresh.cookies.set(CSRF_COOKIE, forged)
    r = _post(fresh, forged, webfixture.TOKEN)
    assert r.status_code == 403
    assert _stored(fresh) == 0


def test_upload_form_reports_a_bad_file(fresh):
    csrf = _form(fresh)
    data = {"newspaper": "上传测试报", "date": "2024-03-05", "token": webfixture.TOKEN, "csrf_token": csrf}
    r = fresh.post("/upload", data=data, files={"file": ("scan.png", b"not an image", "image/png")})
    assert r.status_code == 415
    assert "scan.png" in r.text and "not a PNG" in r.text
    assert "上传测试报" not in {n["name"] for n in fresh.get("/api/newspapers").json()}


def test_errors_are_pages_for_people_and_json_for_programs(client):
    r = client.get("/a/999999")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html") and "找不到" in r.text
    r = client.get("/api/articles/999999")
    assert r.status_code == 404 and r.json() == {"detail": "no article 999999"}


def test_article_shows_entities_and_continuation_links(tmp_path):
    from banmian.archive import Archive
    from banmian.model import Article, Block, Continuation, Page

    db = str(tmp_path / "cont.db")
    first = Article(
        title="长江大保护见成效",
        byline="本报记者 欧阳明远",
        authors=["欧阳明远"],
        body=[Block("paragraph", "万州区的江岸变绿了。"), Block("subhead", "一江碧水向东流"), Block("paragraph", "……")],
        continues_to=Continuation(3, "（下转第三版）"),
        entities=[{"text": "欧阳明远", "type": "person", "role": "记者"}, {"text": "万州区", "type": "place"}],
    )
    rest = Article(
        title="长江大保护见成效",
        body=[Block("paragraph", "岸线整治……")],
        continued_from=Continuation(1, "（上接第一版）"),
    )
    with Archive.open(db) as ar:
        _, p1 = ar.ingest_page(Page([first], newspaper="山城晚报", date="2024-04-01", page=1))
        _, p3 = ar.ingest_page(Page([rest], newspaper="山城晚报", date="2024-04-01", page=3))
        a1 = ar.get_page(p1)["articles"][0]["id"]
        a3 = ar.get_page(p3)["articles"][0]["id"]
    with TestClient(create_app(db)) as c:
        html = c.get(f"/a/{a1}").text
        assert f'<a href="/p/{p3}">（下转第三版）</a>' in html
        assert "<h2>一江碧水向东流</h2>" in html  # subheads are headings inside the body
        assert "人物" in html and "地点" in html
        assert f'href="/e/{quote("山城晚报")}/place/{quote("万州区")}"' in html  # its entity page
        assert c.get(f"/e/{quote('山城晚报')}/place/{quote('万州区')}").status_code == 200
        back = c.get(f"/a/{a3}").text
        assert f'<a href="/p/{p1}">（上接第一版）</a>' in back


def test_pdf_page_image_and_clickable_regions(tmp_path):
    import struct

    if webfixture.cjk_font() is None:
        pytest.skip("no CJK font to build the fixture PDF")
    pytest.importorskip("pypdfium2")
    db = webfixture.build_archive(tmp_path, with_pdf=True)
    with TestClient(create_app(db)) as c:
        page_id = next(p["id"] for p in c.get("/api/issues/山城晚报/2024-03-02").json() if p["number"] == 2)
        img = c.get(f"/p/{page_id}/image.png", params={"w": 300})
        assert img.status_code == 200 and img.headers["content-type"] == "image/png"
        width, height = struct.unpack(">II", img.content[16:24])
        assert width == 300 and 420 <= height <= 430  # A4 is 595 x 842 points
        html = c.get(f"/p/{page_id}").text
        boxes = re.findall(
            r'class="region c\d" id="r-(\d+)-1" data-art="\d+" href="/a/(\d+)"\s+'
            r'style="left:([\d.]+)%;top:([\d.]+)%;width:([\d.]+)%;height:([\d.]+)%"',
            html,
        )
        assert len(boxes) >= 2
        for _, _, left, top, w, h in boxes:
            assert float(left) >= 0 and float(left) + float(w) <= 100.01
            assert float(top) >= 0 and float(top) + float(h) <= 100.01
        # text pages have no image
        text_page = c.get("/api/issues/山城晚报/2024-03-01").json()[0]["id"]
        assert c.get(f"/p/{text_page}/image.png").status_code == 404
