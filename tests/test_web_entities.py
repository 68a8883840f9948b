"""Person, place and organisation pages, the entity index, entity links from articles, entity filters and
facets in search, and the matching JSON API; everything from an entity list reaches the page escaped.

The fixture archive (tests/e2e/webfixture.py) is enriched with a small dictionary tagger, so these tests need
no NLP model; one extra page carries entity names and roles that are markup."""

from __future__ import annotations

import re
import sys
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
with warnings.catch_warnings():  # starlette 1.x warns about httpx at import; the client works the same
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent / "e2e"))
import webfixture  # noqa: E402

from banmian.archive import Archive  # noqa: E402
from banmian.model import Article, Block, Page  # noqa: E402
from banmian.web import create_app  # noqa: E402

PAPER = "山城晚报"
P = quote(PAPER)
XSS = webfixture.XSS  # <script>alert('xss')</script>
XSS_ATTR = webfixture.XSS_ATTR  # "><img src=x onerror=alert(1)>


class DictTagger:
    """LAC-shaped tokens from a fixed dictionary; other characters are one-character nouns (or ``w``)."""

    WORDS = {"欧阳明远": "PER", "陈思": "PER", "王小雨": "PER", "永川区": "LOC", "大足石刻": "LOC", "渝中区": "LOC"}
    WORDS |= {"园区": "n", "负责人": "n", "本报": "n", "记者": "n", "电子信息产业园": "ORG"}

    def __init__(self):
        self._re = re.compile("|".join(sorted(map(re.escape, self.WORDS), key=len, reverse=True)))

    def tag(self, text):
        out, pos = [], 0
        for m in self._re.finditer(text):
            out += [(c, "n" if c.isalnum() else "w", i, i + 1) for i, c in enumerate(text[pos : m.start()], pos)]
            out.append((m.group(), self.WORDS[m.group()], m.start(), m.end()))
            pos = m.end()
        return out + [(c, "n" if c.isalnum() else "w", i, i + 1) for i, c in enumerate(text[pos:], pos)]


def _person(name, role=None):
    e = {"type": "person", "text": name, "paragraph": 0, "start": 0, "end": len(name)}
    return {**e, "role": role} if role else e


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = webfixture.build_archive(tmp_path_factory.mktemp("web-entities"), with_pdf=False)
    with Archive.open(db) as ar:
        s = ar.enrich(tagger=DictTagger())
        assert s.articles and not s.failed
        hostile = Page(
            articles=[
                Article(
                    title="实体转义测试",
                    body=[Block("paragraph", "这篇稿件的实体名称含有尖括号。")],
                    entities=[
                        _person(XSS, role=XSS_ATTR),
                        {"type": "place", "text": XSS_ATTR, "paragraph": 0, "start": 0, "end": 3},
                        {"type": "organization", "text": "a/b&c", "paragraph": 0, "start": 0, "end": 3},
                    ],
                )
            ],
            newspaper=PAPER,
            date="2024-04-01",
            page=1,
            source="hostile",
        )
        ar.ingest_page(hostile)
    with TestClient(create_app(db, token=webfixture.TOKEN)) as c:
        yield c


def _article_id(c, q):
    return c.get("/api/search", params={"q": q}).json()["hits"][0]["article_id"]


def test_article_page_links_its_entities_to_their_pages(client):
    aid = _article_id(client, "永川科技企业")
    html = client.get(f"/a/{aid}").text
    assert f'href="/e/{P}/person/{quote("欧阳明远")}"' in html
    assert f'href="/e/{P}/place/{quote("永川区")}"' in html
    assert f'href="/e/{P}/organization/{quote("电子信息产业园")}"' in html


def test_person_page_lists_articles_over_time_with_roles(client):
    r = client.get(f"/e/{P}/person/{quote('陈思')}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert "<h1>陈思" in html
    # 陈思 is named in one 山城晚报 article (the 大足石刻 report); 江南日报's 陈思 is another entity
    assert "大足石刻" in html and "运河沿岸" not in html
    assert f'href="/a/{_article_id(client, "大足石刻")}"' in html
    assert "2024 年" in html and "2024年3月" in html  # grouped by year and month
    assert 'class="histogram"' in html
    assert f'href="/e/{quote("江南日报")}/person/{quote("陈思")}"' in html  # the same name in another paper
    html = client.get(f"/e/{P}/person/{quote('欧阳明远')}").text
    assert "职务与身份" in html and "本报记者" in html  # the role printed with the name


def test_entity_index_of_a_newspaper(client):
    html = client.get(f"/e/{P}").text
    assert f'href="/e/{P}/person/{quote("欧阳明远")}"' in html and f'href="/e/{P}/person/{quote("王小雨")}"' in html
    assert "陈思" in html and "运河" not in html
    places = client.get(f"/e/{P}", params={"type": "place"}).text
    assert f'href="/e/{P}/place/{quote("渝中区")}"' in places and "/person/" not in places
    narrowed = client.get(f"/e/{P}", params={"type": "person", "prefix": "欧阳"}).text
    assert "欧阳明远" in narrowed and "王小雨" not in narrowed
    assert client.get(f"/n/{P}").text.count(f'href="/e/{P}"') == 1  # the newspaper page links to the index


def test_entity_pages_404_and_422(client):
    assert client.get(f"/e/{P}/person/{quote('无名氏')}").status_code == 404
    assert client.get(f"/e/{P}/robot/{quote('陈思')}").status_code == 404
    assert client.get(f"/e/{quote('没有这报')}").status_code == 404
    assert client.get(f"/e/{P}", params={"type": "robot"}).status_code == 422
    assert client.get(f"/api/entities/{P}/robot/{quote('陈思')}").status_code == 422
    r = client.get(f"/api/entities/{P}/person/{quote('无名氏')}")
    assert r.status_code == 404 and "detail" in r.json()


def test_entity_api(client):
    r = client.get("/api/entities", params={"newspaper": PAPER, "type": "person"})
    assert r.status_code == 200
    body = r.json()
    names = {e["name"]: e for e in body["entities"]}
    assert {"欧阳明远", "陈思", "王小雨"} <= set(names) and body["total"] == len(body["entities"])
    assert names["陈思"] == {
        "type": "person",
        "name": "陈思",
        "articles": 1,
        "first_date": "2024-03-01",
        "last_date": "2024-03-01",
    }
    one = client.get(f"/api/entities/{P}/person/{quote('欧阳明远')}").json()
    assert one["articles"] == 1 and one["roles"][0]["role"] == "本报记者"
    assert one["months"] == [{"month": "2024-03", "count": 1}]
    assert one["items"][0]["title"] == "永川科技企业春节后满负荷生产"
    assert client.get("/api/entities", params={"newspaper": PAPER, "limit": 1}).json()["entities"].__len__() == 1


def test_search_filters_and_facets_by_entity(client):
    res = client.get("/api/search", params={"person": "陈思"}).json()
    assert {h["newspaper"] for h in res["hits"]} == {"山城晚报", "江南日报"} and res["total"] == 2
    res = client.get("/api/search", params={"q": "永川", "facets": "true"}).json()
    assert {"value": "欧阳明远", "count": 1} in res["facets"]["person"]
    assert client.get("/api/search", params={"place": "渝中区"}).json()["total"] == 1
    html = client.get("/search", params={"q": "永川"}).text
    assert "人物" in html and "person=" in html  # the facet, linking to the filter
    html = client.get("/search", params={"person": "王小雨"}).text
    assert "社区食堂开到家门口" in html and "人物：王小雨" in html  # the active filter, removable
    export = client.get("/api/export", params={"format": "jsonl", "person": "王小雨"}).text
    assert export.count("\n") == 1 and "社区食堂" in export


def test_entity_names_and_roles_are_escaped(client):
    aid = _article_id(client, "实体转义测试")
    pages = [
        f"/a/{aid}",
        f"/e/{P}",
        f"/e/{P}?type=place",
        f"/e/{P}?type=organization",
        f"/e/{P}/person/{quote(XSS, safe='')}",
        f"/e/{P}/place/{quote(XSS_ATTR, safe='')}",
        "/search?" + "q=" + quote("实体转义测试"),
        "/search?person=" + quote(XSS, safe=""),
    ]
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        assert "<script>alert" not in r.text, url
        assert '"><img src=x' not in r.text, url
    html = client.get(f"/e/{P}/person/{quote(XSS, safe='')}").text
    assert "&lt;script&gt;alert(" in html and "&#34;&gt;&lt;img src=x" in html  # name and role, shown as text
    # a name with a slash and an ampersand still has its page
    r = client.get(f"/e/{P}/organization/{quote('a/b&c', safe='')}")
    assert r.status_code == 200 and "a/b&amp;c" in r.text
    assert client.get(f"/api/entities/{P}/person/{quote(XSS, safe='')}").json()["name"] == XSS
