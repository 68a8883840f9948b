"""The JSON API under /api/ (FastAPI TestClient over a small fixture archive of invented pages)."""

from __future__ import annotations

import csv
import io
import json
import sys
import warnings
from pathlib import Path

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

AUTH = {"Authorization": f"Bearer {webfixture.TOKEN}"}
UPLOAD_TEXT = "南岸夜市\n\n本报记者 司马相如\n\n南岸区的弹子石夜市重新开张，摊主们说生意比去年好。\n"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """Read-only tests share one archive."""
    db = webfixture.build_archive(tmp_path_factory.mktemp("web-api"), with_pdf=False)
    with TestClient(create_app(db, token=webfixture.TOKEN)) as c:
        yield c


@pytest.fixture
def fresh(tmp_path):
    """Tests that change the archive get their own."""
    db = webfixture.build_archive(tmp_path, with_pdf=False)
    with TestClient(create_app(db, token=webfixture.TOKEN)) as c:
        yield c


def _total(c: TestClient, q: str) -> int:
    r = c.get("/api/search", params={"q": q})
    assert r.status_code == 200
    return r.json()["total"]


# ---------------------------------------------------------------- browsing
def test_newspapers_and_issues(client):
    papers = {n["name"]: n for n in client.get("/api/newspapers").json()}
    assert set(papers) == {"山城晚报", "江南日报"}
    assert papers["山城晚报"]["issues"] == 2
    assert papers["山城晚报"]["pages"] == 3
    issues = client.get("/api/issues", params={"newspaper": "山城晚报"}).json()
    assert [i["date"] for i in issues] == ["2024-03-02", "2024-03-01"]  # newest first
    assert client.get("/api/issues", params={"newspaper": "山城晚报", "year": 2023}).json() == []
    pages = client.get("/api/issues/山城晚报/2024-03-01").json()
    assert [p["number"] for p in pages] == [1, 2]
    assert client.get("/api/issues/山城晚报/1999-01-01").status_code == 404


def test_page_and_article(client):
    pages = client.get("/api/issues/山城晚报/2024-03-01").json()
    page = client.get(f"/api/pages/{pages[0]['id']}").json()
    assert "欧阳明远" in page["raw_text"]
    assert page["next_page_id"] == pages[1]["id"]
    assert page["articles"], "the page has articles"
    art_id = page["articles"][0]["id"]
    art = client.get(f"/api/articles/{art_id}").json()
    assert art["newspaper"] == "山城晚报" and art["date"] == "2024-03-01" and art["page"] == 1
    assert any("永川" in b["text"] for b in art["body"]) or "永川" in (art["title"] or "")
    for key in ("kicker", "title", "subtitle", "byline", "authors", "body", "column", "continues_to"):
        assert key in art
    assert client.get("/api/articles/999999").status_code == 404
    assert client.get("/api/pages/999999").status_code == 404
    assert client.get("/api/articles/abc").status_code == 422


def test_openapi_document(client):
    doc = client.get("/api/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    for path in ("/api/search", "/api/newspapers", "/api/pages", "/api/articles/{article_id}", "/api/export"):
        assert path in doc["paths"], path
    assert "post" in doc["paths"]["/api/pages"]
    params = {p["name"] for p in doc["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "newspaper", "from", "to", "page", "author", "limit", "offset", "exact_count"} <= params
    # No CDN-backed documentation pages: the machines are offline.
    assert client.get("/docs").status_code == 404


# ---------------------------------------------------------------- search
def test_search_finds_names_and_two_character_places(client):
    res = client.get("/api/search", params={"q": webfixture.KNOWN_NAME}).json()
    assert res["total"] >= 1
    hit = res["hits"][0]
    assert hit["newspaper"] == "山城晚报" and hit["date"] == "2024-03-01" and hit["page"] == 1
    marked = [hit["snippet"][s:e] for s, e in hit["highlights"]]
    assert webfixture.KNOWN_NAME in marked
    assert _total(client, webfixture.KNOWN_PLACE) >= 1
    assert _total(client, "运河") == 1


def test_search_filters_facets_and_pagination(client):
    q = {"q": "本报记者"}
    all_hits = client.get("/api/search", params=q).json()
    assert all_hits["total"] >= 3
    facets = {f["value"]: f["count"] for f in all_hits["facets"]["newspaper"]}
    assert facets["江南日报"] == 1 and facets["山城晚报"] == all_hits["total"] - 1
    only = client.get("/api/search", params={**q, "newspaper": "江南日报"}).json()
    assert only["total"] == 1 and only["hits"][0]["newspaper"] == "江南日报"
    dated = client.get("/api/search", params={**q, "from": "2024-03-01", "to": "2024-03-01"}).json()
    assert dated["total"] >= 1 and all(h["date"] == "2024-03-01" for h in dated["hits"])
    month = client.get("/api/search", params={**q, "from": "2023-12", "to": "2023-12"}).json()
    assert {h["newspaper"] for h in month["hits"]} == {"江南日报"}
    page2 = client.get("/api/search", params={**q, "page": 2}).json()
    assert page2["total"] >= 1 and all(h["page"] == 2 for h in page2["hits"])
    first = client.get("/api/search", params={**q, "limit": 1, "offset": 0}).json()
    second = client.get("/api/search", params={**q, "limit": 1, "offset": 1}).json()
    assert len(first["hits"]) == len(second["hits"]) == 1
    assert first["hits"][0]["article_id"] != second["hits"][0]["article_id"]
    assert first["total"] == all_hits["total"]


def test_search_counts_to_the_cap_unless_asked_for_the_exact_total(client, monkeypatch):
    from banmian.archive import search

    full = client.get("/api/search", params={"q": "本报记者"}).json()
    n = full["total"]
    assert n >= 3 and full["total_exact"]
    monkeypatch.setattr(search, "COUNT_CAP", 1)
    capped = client.get("/api/search", params={"q": "本报记者", "limit": 1}).json()
    assert (capped["total"], capped["total_exact"]) == (1, False)  # "more than 1"
    exact = client.get("/api/search", params={"q": "本报记者", "limit": 1, "exact_count": 1}).json()
    assert (exact["total"], exact["total_exact"]) == (n, True)
    assert exact["hits"] == capped["hits"]
    # a page past the cap: its hits, and a total counted at least to its end
    deep = client.get("/api/search", params={"q": "本报记者", "limit": 1, "offset": n - 1}).json()
    assert len(deep["hits"]) == 1 and (deep["total"], deep["total_exact"]) == (n, True)
    before = client.get("/api/search", params={"q": "本报记者", "limit": 1, "offset": n - 2}).json()
    assert len(before["hits"]) == 1 and (before["total"], before["total_exact"]) == (n - 1, False)


@pytest.mark.parametrize(
    "params",
    [{"limit": 1000}, {"offset": -1}, {"from": "yesterday"}, {"to": "2024-13"}, {"page": "one"}, {"q": "字" * 201}],
)
def test_search_rejects_bad_parameters(client, params):
    r = client.get("/api/search", params={"q": "本报", **params})
    assert r.status_code == 422
    assert "detail" in r.json()


@pytest.mark.parametrize("q", ['"', "OR", "* NEAR(", "永川 AND", "a:b^c", '"永川', "-", "()"])
def test_search_syntax_in_queries_never_errors(client, q):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200
    assert isinstance(r.json()["hits"], list)


def test_export_jsonl_and_csv(client):
    r = client.get("/api/export", params={"format": "jsonl", "q": webfixture.KNOWN_NAME})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in r.headers["content-disposition"]
    rows = [json.loads(line) for line in r.text.splitlines()]
    assert rows and all(row["newspaper"] == "山城晚报" for row in rows)
    r = client.get("/api/export", params={"format": "csv", "newspaper": "江南日报"})
    assert r.status_code == 200
    table = list(csv.DictReader(io.StringIO(r.text)))
    assert len(table) == 1 and table[0]["newspaper"] == "江南日报" and "古镇" in table[0]["text"]
    assert client.get("/api/export", params={"format": "xml"}).status_code == 422


# ---------------------------------------------------------------- upload
def _upload(c: TestClient, headers=None, name="南岸-2024-03-05-01.txt", data: bytes | None = None, **fields):
    data = UPLOAD_TEXT.encode() if data is None else data
    form = {"newspaper": "上传测试报", "date": "2024-03-05", **fields}
    return c.post("/api/pages", data=form, files={"file": (name, data, "text/plain")}, headers=headers or {})


def test_upload_needs_the_token(fresh):
    r = _upload(fresh)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert _upload(fresh, {"Authorization": "Bearer wrong"}).status_code == 401
    assert _upload(fresh, {"Authorization": webfixture.TOKEN}).status_code == 401  # no "Bearer" scheme
    assert _upload(fresh, {"Authorization": "Bearer " + webfixture.TOKEN[:-1]}).status_code == 401
    assert _total(fresh, "司马相如") == 0
    assert "上传测试报" not in {n["name"] for n in fresh.get("/api/newspapers").json()}


def test_upload_with_token_stores_and_is_idempotent(fresh):
    r = _upload(fresh, AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["ingested"] == 1 and body["files"][0]["status"] == "ingested"
    page_id = body["files"][0]["page_ids"][0]
    page = fresh.get(f"/api/pages/{page_id}").json()
    assert page["newspaper"] == "上传测试报" and page["date"] == "2024-03-05" and page["number"] == 1
    assert _total(fresh, "司马相如") == 1
    again = _upload(fresh, AUTH)
    assert again.status_code == 200 and again.json()["skipped"] == 1
    assert _total(fresh, "司马相如") == 1


def test_upload_disabled_without_a_server_token(tmp_path):
    db = webfixture.build_archive(tmp_path, with_pdf=False)
    with TestClient(create_app(db, token="")) as c:
        r = _upload(c, {"Authorization": "Bearer "})
        assert r.status_code == 401
        assert "disabled" in r.json()["detail"]


@pytest.mark.parametrize(
    ("name", "data", "status", "reason"),
    [
        ("page.exe", b"MZ\x90\x00", 415, "not accepted"),
        ("page.pdf", UPLOAD_TEXT.encode(), 415, "not a PDF"),
        ("page.png", b"GIF89a....", 415, "not a PNG"),
        ("empty.txt", b"", 415, "empty"),
        ("binary.txt", bytes(range(1, 32)) * 50, 422, "not text"),
    ],
)
def test_bad_uploads_are_reported_and_store_nothing(fresh, name, data, status, reason):
    before = fresh.get("/api/newspapers").json()
    r = _upload(fresh, AUTH, name=name, data=data)
    assert r.status_code == status, r.text
    assert reason in r.text
    assert fresh.get("/api/newspapers").json() == before


def test_bad_fields_are_refused(fresh):
    assert _upload(fresh, AUTH, date="2024-02-30").status_code == 422
    assert _upload(fresh, AUTH, newspaper="报" * 101).status_code == 422
    # left empty, the name must come from the page's head: this page prints none, so the file is refused, saying why
    r = _upload(fresh, AUTH, newspaper="  ")
    assert r.status_code == 422 and "no newspaper name" in r.json()["files"][0]["reason"]
    r = _upload(fresh, AUTH, name="page.txt", date="")  # (no date given, none in the name or on the page)
    assert r.status_code == 422 and "no issue date" in r.json()["files"][0]["reason"]
    r = fresh.post("/api/pages", data={"newspaper": "x", "date": "2024-03-05"}, headers=AUTH)
    assert r.status_code == 422  # no file
    assert _total(fresh, "司马相如") == 0


def test_upload_with_empty_fields_takes_them_from_the_page_head(fresh):
    head = "2024年3月6日  星期三  上传测试报  要闻  2\n\n"
    r = _upload(fresh, AUTH, name="page.txt", data=(head + UPLOAD_TEXT).encode(), newspaper="", date="")
    assert r.status_code == 201, r.text
    page = fresh.get(f"/api/pages/{r.json()['files'][0]['page_ids'][0]}").json()
    assert (page["newspaper"], page["date"], page["number"]) == ("上传测试报", "2024-03-06", 2)


def test_size_limits(tmp_path):
    db = webfixture.build_archive(tmp_path, with_pdf=False)
    with TestClient(create_app(db, token=webfixture.TOKEN, max_upload_bytes=1000)) as c:
        r = _upload(c, AUTH, data=("南岸区" * 400).encode())
        assert r.status_code == 413 and "limit" in r.json()["detail"]
        # a body far over the limit is refused from its Content-Length, before it is read
        big = c.post(
            "/api/pages",
            content=b"x" * 100,
            headers={**AUTH, "Content-Length": str(10**12), "Content-Type": "multipart/form-data; boundary=b"},
        )
        assert big.status_code == 413
        assert _total(c, "南岸区") == 0


def test_a_batch_with_one_bad_file_stores_nothing(fresh):
    files = [
        ("file", ("a-2024-03-05-01.txt", UPLOAD_TEXT.encode(), "text/plain")),
        ("file", ("b.pdf", b"not a pdf", "application/pdf")),
    ]
    r = fresh.post("/api/pages", data={"newspaper": "上传测试报", "date": "2024-03-05"}, files=files, headers=AUTH)
    assert r.status_code == 415 and "b.pdf" in r.json()["detail"]
    assert _total(fresh, "司马相如") == 0


def test_delete_needs_the_token(fresh):
    page_id = fresh.get("/api/issues/江南日报/2023-12-31").json()[0]["id"]
    assert fresh.delete(f"/api/pages/{page_id}").status_code == 401
    assert _total(fresh, "运河") == 1
    assert fresh.delete(f"/api/pages/{page_id}", headers=AUTH).json() == {"deleted": page_id}
    assert _total(fresh, "运河") == 0
    assert fresh.delete(f"/api/pages/{page_id}", headers=AUTH).status_code == 404


def test_reparse_needs_the_token_and_keeps_ids(fresh):
    before = fresh.get("/api/search", params={"q": "运河"}).json()["hits"][0]
    assert fresh.post("/api/reparse", params={"all": "true"}).status_code == 401
    r = fresh.post("/api/reparse", params={"all": "true"}, headers=AUTH)
    assert r.status_code == 200
    body = r.json()
    assert body["updated"] == 4 and body["failed"] == []  # the four text pages of the fixture
    after = fresh.get("/api/search", params={"q": "运河"}).json()["hits"][0]
    assert after["page_id"] == before["page_id"]
