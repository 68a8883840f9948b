"""The archive: storing, re-ingesting, upgrading, searching and exporting, on SQLite and (when
``BANMIAN_TEST_PG`` is set) PostgreSQL with the same tests."""

from __future__ import annotations

import csv
import gzip
import json
import os
import sqlite3
import uuid

import pytest
from typer.testing import CliRunner

import banmian
from banmian.archive import Archive, ArchiveError
from banmian.archive.schema import MIGRATIONS
from banmian.cli import app

PG_URL = os.environ.get("BANMIAN_TEST_PG")

# Small pages written for these tests (not from any real newspaper).
PAGE_1 = "永川区召开全区干部大会\n\n会议强调，广大干部要敢为人先、勇于担当。\n\n涪陵榨菜产业今年发展良好。\n"
PAGE_2 = "市里召开经济工作会议\n\n会议指出，要稳住经济大盘。\n\n各区县要抓好项目建设。\n"

RECORDS = [
    {
        "id": "t-0101-01",
        "newspaper": "测试日报",
        "date": "2021-01-01",
        "page": 1,
        "kicker": None,
        "title": "永川新建一座图书馆",
        "subtitle": None,
        "paragraphs": ["本报讯 永川区新建的图书馆今天开放。", "市民纷纷前来借书。"],
        "authors": ["张三"],
    },
    {
        "id": "t-0101-02",
        "newspaper": "测试日报",
        "date": "2021-01-01",
        "page": 1,
        "kicker": "民生",
        "title": "涪陵区推进老旧小区改造",
        "subtitle": "——今年将完成改造一百个小区",
        "paragraphs": ["涪陵区住建委介绍，改造工作进展顺利。"],
        "authors": ["李四"],
    },
    {
        "id": "t-0102-01",
        "newspaper": "测试日报",
        "date": "2021-01-02",
        "page": 2,
        "kicker": None,
        "title": "科技创新引领发展",
        "subtitle": None,
        "paragraphs": ["创新是引领发展的第一动力。", "干部要敢为人先。"],
        "authors": ["张三", "王五"],
    },
    {
        "id": "t-0215-01",
        "newspaper": "晚报",
        "date": "2021-02-15",
        "page": 3,
        "kicker": None,
        "title": "春节假期旅游火热",
        "subtitle": None,
        "paragraphs": ["春节假期，永川的茶山竹海游客如织。"],
        "authors": [],
    },
]


def _archive_url(backend: str, folder):
    """A fresh, empty archive location on ``backend`` (a generator: it cleans up after use)."""
    if backend == "sqlite":
        yield str(folder / "archive.db")
        return
    if not PG_URL:
        pytest.skip("BANMIAN_TEST_PG is not set")
    psycopg = pytest.importorskip("psycopg", reason="BANMIAN_TEST_PG is set but psycopg is not installed")

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    try:
        # synchronous_commit off: these throwaway schemas need no fsync per commit (keeps the tests fast)
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}%20-csynchronous_commit%3Doff"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    yield from _archive_url(request.param, tmp_path)


@pytest.fixture
def ar(url):
    with Archive.open(url) as archive:
        yield archive


@pytest.fixture
def filled(ar):
    ar.ingest_records(RECORDS, source="fixture")
    return ar


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def searched(request, tmp_path_factory):
    """The RECORDS archive shared by the tests that only search it (building one per test is slow on PG)."""
    for url in _archive_url(request.param, tmp_path_factory.mktemp("searched")):
        with Archive.open(url) as archive:
            archive.ingest_records(RECORDS, source="fixture")
            yield archive


def write_pages(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "2022-12-20-01.txt").write_text(PAGE_1, encoding="utf-8")
    (folder / "2022-12-20-02.txt").write_text(PAGE_2, encoding="utf-8")
    return folder


def titles(res):
    return [h.title for h in res.hits]


# ---------------------------------------------------------------- storing and reading back
def test_text_pages_round_trip(ar, tmp_path):
    s = ar.ingest_path([write_pages(tmp_path / "pages")], newspaper="重庆日报")
    assert (s.ingested, s.skipped, s.failed) == (2, 0, [])
    assert [n["name"] for n in ar.newspapers()] == ["重庆日报"]
    assert [(i["date"], i["pages"]) for i in ar.issues("重庆日报")] == [("2022-12-20", 2)]
    pages = ar.pages("重庆日报", "2022-12-20")
    assert [p["number"] for p in pages] == [1, 2]  # page numbers from the file names
    stored = ar.get_page(pages[0]["id"])
    expected = banmian.parse_text(PAGE_1)
    assert stored["raw_text"] == PAGE_1
    assert [a["body"] for a in stored["articles"]] == [[b.to_dict() for b in a.body] for a in expected.articles]
    assert stored["next_page_id"] == pages[1]["id"] and stored["prev_page_id"] is None
    art = ar.get_article(stored["articles"][0]["id"])
    assert art["newspaper"] == "重庆日报" and art["date"] == "2022-12-20" and art["page"] == 1
    json.dumps(stored, ensure_ascii=False)  # plain data all the way down
    assert ar.get_page(10**9) is None and ar.get_article(10**9) is None


def test_an_issue_text_file_is_stored_page_by_page(ar, tmp_path):
    # pdftotext run on a whole issue: a form feed ends each page; each page keeps its own text for a re-parse
    f = tmp_path / "2022-12-20.txt"
    f.write_text(PAGE_1 + "\f" + PAGE_2 + "\f", encoding="utf-8")
    s = ar.ingest_path([f], newspaper="重庆日报")
    assert (s.ingested, s.failed) == (2, [])
    pages = ar.pages("重庆日报", "2022-12-20")
    assert [p["number"] for p in pages] == [1, 2]
    stored = [ar.get_page(p["id"]) for p in pages]
    assert [p["raw_text"] for p in stored] == [PAGE_1, PAGE_2]
    assert [a["title"] for a in stored[1]["articles"]] == [a.title for a in banmian.parse_text(PAGE_2).articles]
    assert ar.reparse(all_pages=True).updated == 2
    again = [ar.get_page(p["id"]) for p in ar.pages("重庆日报", "2022-12-20")]
    assert [[a["body"] for a in p["articles"]] for p in again] == [[a["body"] for a in p["articles"]] for p in stored]


def test_records_round_trip(filled):
    assert filled.stats() == {"newspapers": 2, "issues": 3, "pages": 3, "articles": 4}
    page = filled.get_page(filled.pages("测试日报", "2021-01-01")[0]["id"])
    a = page["articles"][1]
    assert (a["key"], a["kicker"], a["title"], a["subtitle"]) == (
        "t-0101-02",
        "民生",
        "涪陵区推进老旧小区改造",
        "——今年将完成改造一百个小区",
    )
    assert [b["text"] for b in a["body"]] == ["涪陵区住建委介绍，改造工作进展顺利。"]
    assert a["authors"] == ["李四"]


def test_reingest_is_idempotent(ar, tmp_path):
    folder = write_pages(tmp_path / "pages")
    ar.ingest_path([folder], newspaper="重庆日报")
    before = ar.stats()
    again = ar.ingest_path([folder], newspaper="重庆日报")
    assert (again.ingested, again.updated, again.skipped) == (0, 0, 2)
    assert ar.stats() == before
    rec = ar.ingest_records(RECORDS)
    rec2 = ar.ingest_records(RECORDS)
    assert rec.ingested == 3 and (rec2.ingested, rec2.skipped) == (0, 3)


def test_newer_parser_updates_in_place(url, tmp_path):
    folder = write_pages(tmp_path / "pages")
    with Archive.open(url, parser_version="old-parser") as old:
        old.ingest_path([folder], newspaper="重庆日报")
        ids = [p["id"] for p in old.pages("重庆日报", "2022-12-20")]
        n_articles = old.stats()["articles"]
    with Archive.open(url, parser_version="new-parser") as new:
        s = new.ingest_path([folder], newspaper="重庆日报")
        assert (s.ingested, s.updated, s.skipped) == (0, 2, 0)
        assert [p["id"] for p in new.pages("重庆日报", "2022-12-20")] == ids
        assert new.get_page(ids[0])["parser_version"] == "new-parser"
        assert new.stats()["articles"] == n_articles
        assert new.search("永川").total == 1  # the index follows the replaced articles, no duplicates


def test_replaced_page_leaves_no_stale_index_entries(ar):
    p = banmian.parse_text(PAGE_1, newspaper="重庆日报", date="2022-12-20", page=1)
    status, pid = ar.ingest_page(p, raw_text=PAGE_1)
    q = banmian.parse_text(PAGE_2, newspaper="重庆日报", date="2022-12-20", page=1)
    status2, pid2 = ar.ingest_page(q, raw_text=PAGE_2)
    assert (status, status2, pid2) == ("ingested", "updated", pid)
    assert ar.search("永川").total == 0
    assert ar.search("经济").total == 1


def test_delete_page(filled):
    hit = filled.search("图书馆").hits[0]
    assert filled.delete_page(hit.page_id)
    assert filled.search("图书馆").total == 0
    assert filled.get_page(hit.page_id) is None
    assert not filled.delete_page(hit.page_id)
    assert filled.search("科技创新").total == 1


# ---------------------------------------------------------------- search
def test_two_character_names_are_found(filled, tmp_path):
    # 永川 and 涪陵 inside longer words (永川区, 涪陵区) and alone (永川的)
    assert sorted(titles(filled.search("永川"))) == sorted(["永川新建一座图书馆", "春节假期旅游火热"])
    assert titles(filled.search("涪陵")) == ["涪陵区推进老旧小区改造"]
    filled.ingest_path([write_pages(tmp_path / "p")], newspaper="重庆日报")
    assert filled.search("涪陵", newspaper="重庆日报").total == 1


def test_headline_ranks_above_body(searched):
    # 永川 is in the title of one article and only in the body of the other
    assert titles(searched.search("永川"))[0] == "永川新建一座图书馆"


def test_phrase_query(searched):
    assert titles(searched.search('"敢为人先"')) == ["科技创新引领发展"]
    # both words occur in that article, but not as this phrase
    assert searched.search('"创新干部"').total == 0
    assert searched.search("创新 干部").total == 1
    assert titles(searched.search("“老旧小区改造”")) == ["涪陵区推进老旧小区改造"]


def test_or_alternatives(searched):
    assert sorted(titles(searched.search("图书馆 OR 茶山"))) == sorted(["永川新建一座图书馆", "春节假期旅游火热"])
    assert sorted(titles(searched.search('"老旧小区" OR 茶山'))) == sorted(
        ["涪陵区推进老旧小区改造", "春节假期旅游火热"]
    )


@pytest.mark.parametrize("q", ['"', "OR", "*", "NEAR(", "-", "(", ")", "AND", "NOT", ":", "^", '""', "OR OR", "* OR -"])
def test_operators_alone_are_harmless(searched, q):
    # nothing to look for (or, for AND / NOT, a word no article holds): no hits, and above all no engine error
    res = searched.search(q)
    assert res.hits == [] and res.total == 0
    assert searched.export("jsonl", None, q) == 0


@pytest.mark.parametrize(
    "q",
    [
        '永川"',
        '"永川',
        "永川*",
        "永川 AND",
        "AND 永川",
        "-永川",
        "(永川",
        "永川)",
        "NEAR(永川",
        "永川 NEAR(图书馆",
        "title:永川",
        "永川 OR",
        "OR 永川",
        "永川^",
        "{永川}",
        "永川 NOT",
    ],
)
def test_operators_around_a_word_are_plain_text(searched, q):
    assert "永川新建一座图书馆" in titles(searched.search(q))


def test_operator_words_are_searched_as_words(ar):
    p = banmian.Page(
        articles=[banmian.Article(title="NEAR the river", body=[banmian.Block("paragraph", "AND OR NOT")])],
        newspaper="Gazette",
        date="2021-03-03",
        page=1,
    )
    ar.ingest_page(p)
    assert ar.search("near river").total == 1
    assert ar.search("not").total == 1


def test_filters(searched):
    assert titles(searched.search("永川", newspaper="晚报")) == ["春节假期旅游火热"]
    assert titles(searched.search("永川", date_from="2021-02-01")) == ["春节假期旅游火热"]
    assert titles(searched.search("永川", date_to="2021-01")) == ["永川新建一座图书馆"]
    assert searched.search("", date_from="2021-01-02", date_to="2021-01-02").total == 1
    assert titles(searched.search("", page=1, newspaper="测试日报")) != []
    assert {h.page for h in searched.search("", page=1).hits} == {1}
    assert sorted(titles(searched.search("", author="张三"))) == sorted(["永川新建一座图书馆", "科技创新引领发展"])
    assert searched.search("永川", author="李四").total == 0


def test_pagination_and_facets(searched):
    full = searched.search("", limit=100)
    assert full.total == 4 and len(full.hits) == 4
    pages = [searched.search("", limit=3, offset=0), searched.search("", limit=3, offset=3)]
    ids = [h.article_id for r in pages for h in r.hits]
    assert ids == [h.article_id for h in full.hits] and len(set(ids)) == 4
    assert all(r.total == 4 for r in pages)
    facets = searched.search("永川").facets
    assert {f["value"]: f["count"] for f in facets["newspaper"]} == {"测试日报": 1, "晚报": 1}
    assert {f["value"]: f["count"] for f in facets["month"]} == {"2021-01": 1, "2021-02": 1}
    assert {f["value"]: f["count"] for f in searched.search("").facets["author"]} == {"张三": 2, "李四": 1, "王五": 1}


def test_snippets_highlight_the_query(searched):
    hit = searched.search("图书馆").hits[0]
    marked = [hit.snippet[s:e] for s, e in hit.highlights]
    assert marked and set(marked) == {"图书馆"}
    assert "<mark>图书馆</mark>" in hit.snippet_html()
    json.dumps(searched.search("图书馆").to_dict(), ensure_ascii=False)


def test_snippet_html_escapes_article_text(ar):
    p = banmian.Page(
        articles=[banmian.Article(title="脚本", body=[banmian.Block("paragraph", "<script>永川</script>")])],
        newspaper="X",
        date="2021-01-01",
        page=1,
    )
    ar.ingest_page(p)
    html = ar.search("永川").hits[0].snippet_html()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_no_full_match_falls_back_to_partial(searched):
    res = searched.search("图书馆 不存在的词语组合")
    assert res.relaxed and titles(res)[0] == "永川新建一座图书馆"


# ---------------------------------------------------------------- export
def test_export_formats(filled, tmp_path):
    n = filled.export("jsonl", tmp_path / "a.jsonl", "永川")
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    assert n == 2 and sorted(json.loads(x)["title"] for x in lines) == sorted(
        ["永川新建一座图书馆", "春节假期旅游火热"]
    )
    assert filled.export("csv", tmp_path / "out", newspaper="测试日报") == 3
    with open(tmp_path / "out" / "banmian-export.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["title"] for r in rows].count("科技创新引领发展") == 1 and len(rows) == 3
    tech = next(r for r in rows if r["title"] == "科技创新引领发展")
    assert tech["authors"] == "张三; 王五" and tech["text"] == "创新是引领发展的第一动力。\n\n干部要敢为人先。"
    filled.export("markdown", tmp_path / "a.md", author="李四")
    md = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "## 涪陵区推进老旧小区改造" in md and "图书馆" not in md


def test_export_is_atomic(filled, tmp_path, monkeypatch):
    from banmian.archive import export as export_mod

    def broken(out, arts):
        out.write("partial")
        raise RuntimeError("disk gone")

    monkeypatch.setattr(export_mod, "_write_jsonl", broken)
    with pytest.raises(RuntimeError):
        filled.export("jsonl", tmp_path / "exp" / "x.jsonl")
    assert list((tmp_path / "exp").iterdir()) == []


# ---------------------------------------------------------------- bad input, records files
def test_bad_file_in_folder_is_skipped_and_reported(ar, tmp_path):
    folder = write_pages(tmp_path / "pages")
    (folder / "2022-12-20-03.txt").write_bytes(b"\x00\x01\x02\x03binary\x00\x00\x00\x00\x00\x00")
    (folder / "2022-12-20-04.txt").write_bytes(b"")
    s = ar.ingest_path([folder], newspaper="重庆日报")
    assert s.ingested == 2
    reasons = dict(s.failed)
    assert set(reasons) == {str(folder / "2022-12-20-03.txt"), str(folder / "2022-12-20-04.txt")}
    assert "not text" in reasons[str(folder / "2022-12-20-03.txt")]
    assert "empty" in reasons[str(folder / "2022-12-20-04.txt")]


def test_records_file_and_bad_line(ar, tmp_path):
    good = tmp_path / "recs.jsonl.gz"
    with gzip.open(good, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(RECORDS[3], ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    s = ar.ingest_path([good, bad])
    assert s.ingested == 3 and s.skipped == 1  # bad.jsonl's first page is the same as the last of recs
    assert len(s.failed) == 1 and s.failed[0][0].endswith("bad.jsonl:2") and "not JSON" in s.failed[0][1]


def test_page_jsonl_from_parse_round_trips(ar, tmp_path):
    page = banmian.parse_text(PAGE_1, newspaper="重庆日报", date="2022-12-20", page=1)
    f = tmp_path / "parsed.jsonl"
    f.write_text(json.dumps(page.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    assert ar.ingest_path([f]).ingested == 1
    assert ar.search("涪陵").total == 1


def test_missing_date_is_a_reason_not_a_crash(ar, tmp_path):
    f = tmp_path / "page.txt"
    f.write_text(PAGE_1, encoding="utf-8")
    s = ar.ingest_path([f], newspaper="重庆日报")
    assert s.ingested == 0 and "date" in s.failed[0][1]


def test_a_page_whose_head_prints_paper_date_and_number_needs_no_options(ar, tmp_path):
    # a folder of pages from several issues, named by nothing: each page's head says which it is
    head = "2021年3月5日  星期五  测试日报  要闻  {}\n\n"
    (tmp_path / "a.txt").write_text(head.format(4) + PAGE_1, encoding="utf-8")
    (tmp_path / "b.txt").write_text(head.format(2).replace("3月5日", "3月6日") + PAGE_2, encoding="utf-8")
    (tmp_path / "c.txt").write_text(PAGE_2.replace("市里", "县里"), encoding="utf-8")  # (a head of nothing)
    s = ar.ingest_path([tmp_path])
    assert s.ingested == 2 and [(src.rsplit("/", 1)[-1], "newspaper" in why) for src, why in s.failed] == [
        ("c.txt", True)
    ]
    assert [(i["date"], i["pages"]) for i in ar.issues("测试日报")] == [("2021-03-06", 1), ("2021-03-05", 1)]
    assert [p["number"] for p in ar.pages("测试日报", "2021-03-05")] == [4]


# ---------------------------------------------------------------- schema versions
def test_opens_and_upgrades_a_v1_archive(tmp_path):
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL, description TEXT NOT NULL)"
    )
    for stmt in MIGRATIONS[0][2]:
        conn.execute(stmt)
    conn.execute("INSERT INTO schema_version VALUES (1, '2020-01-01', 'v1')")
    # a v1 archive as an older banmian wrote it: no article_authors table, no segmenter stamp
    conn.execute("INSERT INTO newspapers VALUES (1, '旧报')")
    conn.execute("INSERT INTO issues VALUES (1, 1, '2019-05-04', '')")
    conn.execute(
        "INSERT INTO pages (id, issue_id, number, source_hash, kind, parser_version, ingested_at) "
        "VALUES (1, 1, 1, 'abc', 'records', 'records', '2020-01-01')"
    )
    conn.execute(
        "INSERT INTO articles (id, page_id, ord, title, authors, body, text) VALUES "
        '(1, 1, 1, \'永川旧闻\', \'["赵六"]\', \'[{"type": "paragraph", "text": "旧文"}]\', \'永川旧闻\n旧文\')'
    )
    conn.commit()
    conn.close()
    assert not any(t == "article_authors" for (t,) in sqlite3.connect(path).execute("SELECT name FROM sqlite_master"))
    with Archive.open(path) as ar:
        assert ar.schema_version() == MIGRATIONS[-1][0] >= 2
        assert titles(ar.search("永川")) == ["永川旧闻"]  # the index was (re)built on open
        assert titles(ar.search("", author="赵六")) == ["永川旧闻"]  # v2 backfilled authors
        facets = ar.search("永川").facets  # v4 filled article_facets, which the facet counts read
        assert facets["newspaper"] == [{"value": "旧报", "count": 1}]
        assert facets["month"] == [{"value": "2019-05", "count": 1}] and facets["page"] == [{"value": 1, "count": 1}]


def test_v3_archive_gets_article_facets(url):
    with Archive.open(url) as ar:
        ar.ingest_records(RECORDS, source="fixture")
        before = ar.search("", limit=0).facets
        # what a v3 archive looks like: no article_facets (nor the later tables), schema version 3
        with ar._db.transaction():
            for table in ("article_facets", "term_stats"):
                ar._db.execute(f"DROP TABLE {table}")
            ar._db.execute("DELETE FROM schema_version WHERE version >= 4")
    with Archive.open(url) as ar:
        assert ar.schema_version() == MIGRATIONS[-1][0] >= 4
        assert ar._db.scalar("SELECT count(*) FROM article_facets") == ar.stats()["articles"] == 4
        assert ar.search("", limit=0).facets == before
        assert {f["value"]: f["count"] for f in before["month"]} == {"2021-01": 3, "2021-02": 1}


def test_v4_archive_gets_term_stats(url, monkeypatch):
    from banmian.archive import search

    with Archive.open(url) as ar:
        ar.ingest_records(RECORDS, source="fixture")
        with ar._db.transaction():
            ar._db.execute("DROP TABLE term_stats")
            ar._db.execute("DELETE FROM schema_version WHERE version >= 5")
    monkeypatch.setattr(search, "DF_CAP", 2)  # (no term is common in 4 articles otherwise)
    with Archive.open(url) as ar:
        assert ar.schema_version() == MIGRATIONS[-1][0] >= 5
        stats = {r["term"]: r["docs"] for r in ar._db.all("SELECT term, docs FROM term_stats")}
        assert stats["永川"] == 2 and min(stats.values()) >= 2 and "图书" not in stats
        assert set(titles(ar.search("永川"))) == {"永川新建一座图书馆", "春节假期旅游火热"}


def test_facet_rows_follow_reingest_and_delete(ar):
    ar.ingest_records(RECORDS, source="fixture")
    pid = ar.search("涪陵").hits[0].page_id
    # the same page number of that issue, a corrected text: its articles are replaced in place
    status, pid2 = ar.ingest_page(
        banmian.Page(
            articles=[banmian.Article(title="涪陵新闻", body=[banmian.Block("paragraph", "涪陵区今天下雪。")])],
            newspaper="测试日报",
            date="2021-01-01",
            page=1,
        )
    )
    assert (status, pid2) == ("updated", pid)
    ids = {r["id"] for r in ar._db.all("SELECT id FROM articles")}
    assert {r["article_id"] for r in ar._db.all("SELECT article_id FROM article_facets")} == ids
    assert {f["value"]: f["count"] for f in ar.search("").facets["page"]} == {1: 1, 2: 1, 3: 1}  # none stale
    ar.delete_page(pid)
    assert ar._db.scalar("SELECT count(*) FROM article_facets") == ar.stats()["articles"] == 2
    assert {f["value"]: f["count"] for f in ar.search("").facets["month"]} == {"2021-01": 1, "2021-02": 1}


def test_newer_archive_is_refused(url):
    with Archive.open(url) as ar:
        ar._db.execute("INSERT INTO schema_version VALUES (99, 'x', 'from the future')")
    with pytest.raises(ArchiveError, match="newer banmian"):
        Archive.open(url)


def test_not_an_archive(tmp_path):
    other = tmp_path / "other.db"
    c = sqlite3.connect(other)
    c.execute("CREATE TABLE x (y)")
    c.commit()
    c.close()
    with pytest.raises(ArchiveError, match="not a banmian archive"):
        Archive.open(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(ArchiveError):
        Archive.open(junk)


# ---------------------------------------------------------------- command line
def test_cli_ingest_search_export(tmp_path, url):
    runner = CliRunner()
    folder = write_pages(tmp_path / "pages")
    (folder / "2022-12-20-09.txt").write_bytes(b"\x00\x01\x02\x03binary\x00\x00\x00\x00\x00\x00")
    r = runner.invoke(app, ["ingest", str(folder), "--newspaper", "重庆日报", "--db", url, "--no-progress"])
    assert r.exit_code == 3
    assert "skipped" in r.stderr and "2022-12-20-09.txt" in r.stderr and "2 ingested" in r.stderr
    r = runner.invoke(app, ["search", "永川", "--db", url, "--format", "json"])
    assert r.exit_code == 0
    hits = json.loads(r.stdout)
    assert len(hits) == 1 and hits[0]["newspaper"] == "重庆日报" and "永川" in hits[0]["snippet"]
    assert set(hits[0]) == {"article_id", "newspaper", "date", "page", "title", "snippet", "score"}
    r = runner.invoke(app, ["search", "NEAR( * -", "--db", url])
    assert r.exit_code == 0 and r.stdout.startswith("0 articles")
    out = tmp_path / "exp"
    r = runner.invoke(app, ["export", "--format", "jsonl", "-o", str(out) + "/", "--db", url, "--from", "2022-12"])
    assert r.exit_code == 0, r.stderr
    assert len((out / "banmian-export.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_cli_ingest_reads_a_damaged_page_and_names_it_once(tmp_path, url, seed_text):
    folder = tmp_path / "pages"
    folder.mkdir()
    data = seed_text.encode("utf-8")
    (folder / "2022-12-20-05.txt").write_bytes(data[: data.index("“两个维护”".encode()) + 2])  # cut inside “
    r = CliRunner().invoke(app, ["ingest", str(folder), "--newspaper", "重庆日报", "--db", url, "--no-progress"])
    assert r.exit_code == 0, r.stderr
    notes = [ln for ln in r.stderr.splitlines() if "U+FFFD" in ln]
    assert len(notes) == 1 and "2022-12-20-05.txt" in notes[0]  # (the parse and the stored text read it once)
    assert "1 ingested" in r.stderr


def test_cli_search_counts_exactly_on_request(filled, url, monkeypatch):
    from banmian.archive import search

    monkeypatch.setattr(search, "COUNT_CAP", 1)
    runner = CliRunner()
    r = runner.invoke(app, ["search", "永川", "--db", url, "-n", "1"])
    assert r.exit_code == 0 and r.stdout.startswith("at least 1 articles"), r.stdout
    r = runner.invoke(app, ["search", "永川", "--db", url, "-n", "1", "--exact-count"])
    assert r.exit_code == 0 and r.stdout.startswith("2 articles"), r.stdout


def test_cli_bad_db_is_one_line(tmp_path):
    runner = CliRunner()
    (tmp_path / "folder.db").mkdir()
    r = runner.invoke(app, ["search", "永川", "--db", str(tmp_path / "folder.db")])
    assert r.exit_code == 2 and r.stderr.count("\n") == 1 and "folder" in r.stderr
    r = runner.invoke(app, ["ingest", str(tmp_path), "--date", "20-12-2022", "--db", str(tmp_path / "a.db")])
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.stderr


# ---------------------------------------------------------------- segmentation and ranking details
@pytest.mark.parametrize(
    "text",
    [
        "永川区人民医院今天开诊",
        "本报北京1月31日电 （记者杜一菲）",
        "COVID-19 疫情 a_b 中_文",
        "第二次世界大战结束七十五周年",
        "",
    ],
)
def test_fast_index_text_matches_the_token_definition(text):
    from banmian.archive.segment import gram_tokens, index_text, word_tokens

    words, grams = index_text(text)
    assert words.split() == [t.text for t in word_tokens(text)]
    assert grams.split() == [t.text for t in gram_tokens(text)]


def test_span_cut_mid_word_is_found(ar):
    body = "在纪念第二次世界大战结束七十五周年之际，各国代表发表讲话。创新是引领发展的第一动力。"
    ar.ingest_page(
        banmian.Page(
            articles=[banmian.Article(title="纪念", body=[banmian.Block("paragraph", body)])],
            newspaper="X",
            date="2020-09-03",
            page=1,
        )
    )
    for span in ("次世界大战结", "领发展的第", "念第二次世", "束七十五周"):
        assert titles(ar.search(span)) == ["纪念"], span


def test_pagination_past_the_rerank_window(ar):
    from banmian.archive import RERANK_WINDOW

    n = RERANK_WINDOW + 30
    recs = [
        {
            "id": f"p{i}",
            "newspaper": "分页报",
            "date": "2021-03-01",
            "page": i // 10 + 1,
            "title": f"第{i}条消息",
            "paragraphs": [f"永川{'新闻' * (i % 7 + 1)}编号{i}。"],
        }
        for i in range(n)
    ]
    ar.ingest_records(recs)
    seen: list[int] = []
    for off in range(0, n + 20, 40):
        res = ar.search("永川 新闻", limit=40, offset=off, facets=False)
        assert res.total == n
        seen += [h.article_id for h in res.hits]
    assert len(seen) == n and len(set(seen)) == n
    exported = [a["id"] for a in ar.iter_articles("永川 新闻")]
    assert exported == seen


def test_cli_refuses_missing_archive_and_bad_dates(tmp_path, filled, url):
    runner = CliRunner()
    r = runner.invoke(app, ["search", "永川", "--db", str(tmp_path / "nothing.db")])
    assert r.exit_code == 2 and "no such archive" in r.stderr and not (tmp_path / "nothing.db").exists()
    r = runner.invoke(app, ["search", "永川", "--db", url, "--from", "yesterday"])
    assert r.exit_code == 2 and "not a date" in r.stderr and r.stderr.count("\n") == 1
    r = runner.invoke(app, ["export", "-f", "csv", "-o", str(tmp_path / "o.csv"), "--db", url, "--to", "2021-13"])
    assert r.exit_code == 2 and not (tmp_path / "o.csv").exists()


def test_reparse_from_stored_text(url, tmp_path):
    folder = write_pages(tmp_path / "pages")
    with Archive.open(url, parser_version="old-parser") as old:
        old.ingest_path([folder], newspaper="重庆日报")
        ids = sorted(p["id"] for p in old.pages("重庆日报", "2022-12-20"))
    (folder / "2022-12-20-01.txt").unlink()  # re-parsing needs only what the archive stored
    with Archive.open(url, parser_version="new-parser") as new:
        s = new.reparse()
        assert (s.updated, s.failed) == (2, []) and sorted(s.page_ids) == ids
        assert {new.get_page(i)["parser_version"] for i in ids} == {"new-parser"}
        assert new.reparse().updated == 0  # nothing outdated any more
        assert new.reparse(all_pages=True).updated == 2
        assert new.search("永川").total == 1 and new.stats()["pages"] == 2


def test_pdf_page_keeps_its_file(ar, tmp_path):
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    pdf = tmp_path / "2021-05-04-01.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(72, 720, "Harbour bridge reopens")
    c.drawString(72, 700, "The harbour bridge reopened to traffic on Monday.")
    c.save()
    s = ar.ingest_path([pdf], newspaper="Gazette")
    assert (s.ingested, s.failed) == (1, [])
    page = ar.get_page(s.page_ids[0])
    assert page["kind"] == "file" and page["has_source_file"] and page["date"] == "2021-05-04"
    assert ar.get_source(page["id"]) == ("2021-05-04-01.pdf", pdf.read_bytes())
    assert ar.search("harbour").total == 1
    pdf.unlink()
    assert ar.reparse(all_pages=True).updated == 1  # from the stored bytes
    assert ar.search("bridge").total == 1


def test_a_word_run_into_an_operator_is_still_asked_for_when_the_search_relaxes(tmp_path):
    # 永永涪永 AND永川 (found by the property test below): no article holds every word, and the typed word AND永川's
    # rarest term is one no article holds (and); its other term, 永川, must still be asked for when the search
    # relaxes, as it is with the operator set apart (永永涪永 AND 永川)
    ar = Archive.open(tmp_path / "a.db")
    ar.ingest_records(RECORDS)
    apart, run_in = ar.search("永永涪永 AND 永川", limit=5), ar.search("永永涪永 AND永川", limit=5)
    assert apart.relaxed and run_in.relaxed
    assert run_in.total == apart.total >= 1


def test_any_query_is_safe(tmp_path_factory):
    """Whatever a user types, the engine never sees syntax it rejects (SQLite here; PostgreSQL shares the plan)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    ar = Archive.open(tmp_path_factory.mktemp("fuzz") / "a.db")
    ar.ingest_records(RECORDS)
    alphabet = st.sampled_from(
        list("永川涪陵图书馆 \"“”「」*-:^()[]{}+,.;!?\\'`~|&<>/=$%#@_") + ["OR", "AND", "NOT", "NEAR", "\t"]
    )

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(alphabet, max_size=12).map("".join))
    def check(q):
        res = ar.search(q, limit=5)
        assert res.total >= len(res.hits)
        if "永川" in q.replace(" ", "") and "OR" not in q and not any(c in q for c in '"“”「」'):
            assert res.total >= 1  # operator characters around a word never hide it

    check()
    ar.close()
