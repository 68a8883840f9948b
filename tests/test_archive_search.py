"""Search on the gram stream: pasted spans that cut words, two-character names, single characters, the bounded
ranking of large match sets.  SQLite, and PostgreSQL when ``BANMIAN_TEST_PG`` is set."""

from __future__ import annotations

import os
import uuid

import pytest

import banmian
from banmian.archive import Archive

PG_URL = os.environ.get("BANMIAN_TEST_PG")


@pytest.fixture(params=["sqlite", "postgresql"])
def ar(request, tmp_path):
    if request.param == "sqlite":
        with Archive.open(str(tmp_path / "a.db")) as archive:
            yield archive
        return
    if not PG_URL:
        pytest.skip("BANMIAN_TEST_PG is not set")
    psycopg = pytest.importorskip("psycopg")
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    try:
        url = f"{PG_URL}{sep}options=-csearch_path%3D{schema}%20-csynchronous_commit%3Doff"
        with Archive.open(url) as archive:
            yield archive
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def _add(ar: Archive, title: str, *paras: str, date: str = "2021-05-01") -> None:
    page = banmian.Page(
        articles=[banmian.Article(title=title, body=[banmian.Block("paragraph", p) for p in paras])],
        newspaper="测试报",
        date=date,
        page=None,
    )
    ar.ingest_page(page)


def titles(res) -> list[str]:
    return [h.title for h in res.hits]


@pytest.fixture
def corpus(ar):
    _add(ar, "目标", "在纪念第二次世界大战结束七十五周年之际，这条路线，对于市民来说很方便。年来，武汉变化很大。")
    # distractors: the same words, many times, but never the spans below verbatim
    _add(ar, "干扰一", "世界大战。世界大战结束了。大战之后，世界变了。世界，大战，结束，第二次。")
    _add(ar, "干扰二", "对于路线的讨论，对于线路的规划，路线图对于我们很重要。武汉，年来如此。")
    _add(ar, "干扰三", "世界上的大战结束得很晚。对于市民来说，这条路很远。")
    _add(ar, "永川区", "永川区人民医院今天开诊。", date="2021-05-02")
    _add(ar, "别的消息", "记者从永川区获悉，涪陵榨菜销量增长。", date="2021-05-03")
    return ar


@pytest.mark.parametrize(
    "span", ["次世界大战结", "二次世界大战结束七", "线，对于市", "年来，武", "纪念第", "七十五周年之"]
)
def test_span_cutting_words_at_both_edges_ranks_its_article_first(corpus, span):
    # each span cuts words of the text at its edges (次|世界|大战|结, 路|线，对于|市, …); the article holding it
    # verbatim comes first although the distractors hold its words more often
    assert titles(corpus.search(span))[0] == "目标", span


def test_two_character_names_inside_longer_words(corpus):
    assert titles(corpus.search("永川")) == ["永川区", "别的消息"]  # the headline weighs more
    assert titles(corpus.search("涪陵")) == ["别的消息"]  # inside 涪陵榨菜
    assert corpus.search("川区").total == 2  # any two characters of a text, word boundary or not


def test_single_character_is_found_anywhere(corpus):
    assert set(titles(corpus.search("陵"))) == {"别的消息"}
    assert corpus.search("榨").total == 1 and corpus.search("犇").total == 0


def test_either_script_finds_the_other(ar):
    # a page of a Hong Kong or Taiwan paper, or of any paper before 1956, is in traditional characters; a query in
    # simplified ones finds it, and the other way round, highlighted in the article's own characters
    _add(ar, "經濟發展報告", "這是關於國家經濟發展的報告，記者從會議上獲悉。")
    _add(ar, "经济发展新动能", "这是关于经济发展的新报道。")
    _add(ar, "别的消息", "涪陵榨菜销量增长。")
    assert set(titles(ar.search("经济发展"))) == {"經濟發展報告", "经济发展新动能"}
    assert set(titles(ar.search("經濟發展"))) == {"經濟發展報告", "经济发展新动能"}
    assert titles(ar.search("记者从会议上获悉")) == ["經濟發展報告"]  # (a span pasted in the other script)
    hit = next(h for h in ar.search("国家经济").hits if h.title == "經濟發展報告")
    assert "國家經濟" in [hit.snippet[s:e] for s, e in hit.highlights]


def test_quotes_inside_a_pasted_span_are_text_and_phrases_stay_exact(ar):
    _add(ar, "硬核", "这是绝对的“硬核”实力。")
    _add(ar, "别的", "硬核的实力，对的。")
    assert titles(ar.search("对的“硬核”实"))[0] == "硬核"
    assert titles(ar.search("“硬核”")) == ["硬核", "别的"] or set(titles(ar.search("“硬核”"))) == {"硬核", "别的"}
    assert titles(ar.search('"的“硬核”实力"')) == ["硬核"]  # an exact phrase: punctuation is checked too
    assert ar.search('"硬核实力"').total == 0


@pytest.mark.parametrize(
    "q",
    [
        '次世界"大战',
        "NEAR(次世界大战结 OR",
        "次世界*大战结",
        "-次世界大战结",
        "次世界大战结)",
        "'次世界'大战结^",
        "{次世界:大战结}",
    ],
)
def test_operator_laden_spans_are_plain_text(corpus, q):
    res = corpus.search(q)
    assert "目标" in titles(res)


def test_numbers_inside_spans(ar):
    _add(ar, "日期", "本报北京2019年10月29日电，会议在京召开。")
    _add(ar, "别的", "10月，29个项目在京开工。2018年。")
    assert titles(ar.search("19年10月29"))[0] == "日期"  # 19 of 2019 and the day cut off
    assert titles(ar.search("月29日电"))[0] == "日期"


def test_large_match_sets_are_bounded_and_consistent(ar, monkeypatch):
    from banmian.archive import search

    recs = [
        {
            "id": f"r{i}",
            "newspaper": "分页报",
            "date": "2021-03-01",
            "page": i // 10 + 1,
            "title": f"第{i}条",
            "paragraphs": [f"永川{'新闻' * (i % 5 + 1)}编号{i}。"],
        }
        for i in range(40)
    ]
    ar.ingest_records(recs)
    full = [h.article_id for h in ar.search("新闻", limit=100, facets=False).hits]
    assert len(full) == 40
    monkeypatch.setattr(search, "COUNT_CAP", 25)
    monkeypatch.setattr(search, "RANK_CANDIDATES", 15)
    res = ar.search("新闻", limit=10)
    assert res.total == 25 and not res.total_exact and res.to_dict()["total_exact"] is False
    assert sum(f["count"] for f in res.facets["newspaper"]) == 25  # facets over the counted matches
    assert not res.facets_exact and res.to_dict()["facets_exact"] is False  # and say so
    seen = [h.article_id for off in range(0, 50, 10) for h in ar.search("新闻", limit=10, offset=off).hits]
    assert sorted(seen) == sorted(full) and len(set(seen)) == 40  # every match once, across the candidate cap
    assert [a["id"] for a in ar.iter_articles("新闻")] == seen
    small = ar.search("第7条", limit=10)
    assert small.total_exact and small.facets_exact and titles(small)[0] == "第7条"


def test_totals_count_to_the_cap_by_default(ar):
    # the product decision: totals are counted as far as facets are (2,000), "at least" beyond, unless asked
    from banmian.archive import search

    assert search.COUNT_CAP == search.FACET_CAP == 2_000


@pytest.mark.parametrize("rank_candidates", [15, 1000])  # SQLite: the count after the newest matches, or alone
def test_exact_count_counts_every_match(ar, monkeypatch, rank_candidates):
    from banmian.archive import search

    ar.ingest_records(
        [
            {"newspaper": "报", "date": "2021-03-01", "page": 1, "title": f"第{i}条", "paragraphs": ["新闻"]}
            for i in range(40)
        ]
    )
    monkeypatch.setattr(search, "COUNT_CAP", 25)
    monkeypatch.setattr(search, "RANK_CANDIDATES", rank_candidates)
    capped = ar.search("新闻", limit=10)
    exact = ar.search("新闻", limit=10, exact_count=True)
    assert (capped.total, capped.total_exact) == (25, False)
    assert (exact.total, exact.total_exact) == (40, True) and exact.to_dict()["total_exact"] is True
    assert [h.article_id for h in exact.hits] == [h.article_id for h in capped.hits]  # only the count differs
    assert exact.facets == capped.facets and exact.facets_counted == capped.facets_counted == 25  # the same sample
    assert ar.search("第7条", exact_count=True).total == 1
    relaxed = ar.search("新闻 没有的词", exact_count=True)  # no article holds both: the partial matches, all counted
    assert relaxed.relaxed and (relaxed.total, relaxed.total_exact) == (40, True)


def test_a_page_past_the_cap_is_counted_to_its_end(ar, monkeypatch):
    # paging on past the counted total works, and the total always covers the page asked for, so a reader knows
    # whether another page follows
    from banmian.archive import search

    ar.ingest_records(
        [
            {"newspaper": "报", "date": "2021-03-01", "page": 1, "title": f"第{i}条", "paragraphs": ["新闻"]}
            for i in range(40)
        ]
    )
    monkeypatch.setattr(search, "COUNT_CAP", 25)
    monkeypatch.setattr(search, "RANK_CANDIDATES", 15)
    deep = ar.search("新闻", limit=10, offset=20)
    assert len(deep.hits) == 10 and (deep.total, deep.total_exact) == (30, False)  # more than 30 match
    last = ar.search("新闻", limit=10, offset=30)
    assert len(last.hits) == 10 and (last.total, last.total_exact) == (40, True)  # counted to the end: no more
    assert ar.search("新闻", limit=10, offset=40).hits == []
    seen = [h.article_id for off in range(0, 40, 10) for h in ar.search("新闻", limit=10, offset=off).hits]
    assert len(set(seen)) == 40


def test_facets_count_the_newest_matches_and_say_so(ar, monkeypatch):
    from banmian.archive import search

    ar.ingest_records(
        [
            {
                "newspaper": "报",
                "date": f"2021-{i // 10 + 1:02d}-01",
                "page": 1,
                "title": f"第{i}条",
                "paragraphs": ["新闻"],
            }
            for i in range(40)
        ]
    )
    monkeypatch.setattr(search, "FACET_CAP", 15)
    res = ar.search("新闻", limit=5)
    assert res.total == 40 and res.total_exact  # the total is still counted exactly
    assert not res.facets_exact and res.facets_counted == 15
    assert res.to_dict()["facets_exact"] is False and res.to_dict()["facets_counted"] == 15
    assert {f["value"]: f["count"] for f in res.facets["month"]} == {"2021-04": 10, "2021-03": 5}  # the newest 15
    few = ar.search("第7条", limit=5)
    assert few.facets_exact and few.facets_counted == few.total >= 1


def _walks(ar: Archive, **kw) -> tuple[list[str], object]:
    """The walks of the match list one search makes on SQLite (not the document counts of the query's terms, the
    BM25 ranking, or the older matches after the candidates), and its result."""
    seen: list[str] = []
    ar._db.conn.set_trace_callback(seen.append)
    res = ar.search("新闻", **kw)
    ar._db.conn.set_trace_callback(None)
    walks = [
        s for s in seen if "articles_fts MATCH" in s and not any(x in s for x in ("bm25(", "SELECT 1 ", "rowid <"))
    ]
    return walks, res


def test_facets_do_not_walk_the_matches_again(tmp_path, monkeypatch):
    # SQLite: the ranking candidates, the facets' matches and the count (to the default cap) come from one walk of
    # the index, newest first; past it (a page beyond the cap, or an exact count) the count goes on in the engine
    from banmian.archive import search

    with Archive.open(str(tmp_path / "a.db")) as ar:
        ar.ingest_records(
            [
                {
                    "newspaper": "报",
                    "date": "2021-03-01",
                    "page": i // 10 + 1,
                    "title": f"第{i}条",
                    "paragraphs": ["新闻"],
                }
                for i in range(40)
            ]
        )
        monkeypatch.setattr(search, "COUNT_CAP", 25)
        monkeypatch.setattr(search, "RANK_CANDIDATES", 15)
        walks, res = _walks(ar, limit=10)
        assert walks == [walks[0]] and walks[0].endswith("ORDER BY rowid DESC LIMIT 26"), walks
        assert res.total == 25 and not res.total_exact and len(res.hits) == 10
        assert sum(f["count"] for f in res.facets["page"]) == 25  # the newest 25: pages 4, 3 and half of 2
        assert {f["value"]: f["count"] for f in res.facets["page"]} == {4: 10, 3: 10, 2: 5}
        walks, res = _walks(ar, limit=10, facets=False)
        assert walks == [walks[0]] and walks[0].endswith("ORDER BY rowid DESC LIMIT 26"), walks
        walks, res = _walks(ar, limit=10, offset=20)  # counted to the page's end, 30
        assert len(walks) == 2 and walks[0].endswith("ORDER BY rowid DESC LIMIT 25"), walks
        assert walks[1].startswith("SELECT count(*) FROM (SELECT rowid AS id") and walks[1].endswith("LIMIT 31) c")
        assert (res.total, res.total_exact, len(res.hits)) == (30, False, 10)
        walks, res = _walks(ar, limit=10, exact_count=True)
        assert len(walks) == 2 and "LIMIT" not in walks[1], walks  # every match counted
        assert (res.total, res.total_exact) == (40, True)
        assert {f["value"]: f["count"] for f in res.facets["page"]} == {4: 10, 3: 10, 2: 5}  # the same sample


def _counted_terms(ar: Archive, monkeypatch) -> list[tuple]:
    """The document-count queries a search runs (their parameters), recorded on ``ar``'s connection."""
    calls: list[tuple] = []
    scalar = ar._db.scalar

    def recording(sql, params=()):
        if "LIMIT ?) c" in sql:
            calls.append(tuple(params))
        return scalar(sql, params)

    monkeypatch.setattr(ar._db, "scalar", recording)
    return calls


def test_common_terms_are_known_without_counting(ar, monkeypatch):
    from banmian.archive import search

    for i in range(6):
        _add(ar, f"第{i}篇", f"新闻发布会今天召开，编号{i}。")
    _add(ar, "别的", "会议今天召开。")
    want = titles(ar.search("新闻发布", facets=False))
    monkeypatch.setattr(search, "DF_CAP", 5)
    assert search.refresh_term_stats(ar, force=True) > 0
    stats = {r["term"]: r["docs"] for r in ar._db.all("SELECT term, docs FROM term_stats")}
    assert stats["新闻"] == stats["今天"] == 5 and "别的" not in stats  # held by 6 and 7 articles: counted to the cap
    ar._df_cache = {}  # a process that has not seen these terms yet
    calls = _counted_terms(ar, monkeypatch)
    assert titles(ar.search("新闻发布", facets=False)) == want
    asked = " ".join(str(p[0]) for p in calls)
    assert "新闻" not in asked and "发布" not in asked, calls  # common: known from term_stats
    ar._df_cache = {}
    assert titles(ar.search("会议", facets=False)) == ["别的"]
    assert any("会议" in str(p[0]) for p in calls)  # a rare term is still counted


def test_term_stats_refresh_waits_for_growth(ar, monkeypatch):
    from banmian.archive import search

    monkeypatch.setattr(search, "DF_CAP", 2)
    for i in range(30):
        _add(ar, f"第{i}篇", "新闻。")
    assert search.refresh_term_stats(ar, force=True) > 0
    _add(ar, "一篇", "永川。")  # 32 articles: less than a tenth more
    _add(ar, "两篇", "永川。")
    assert search.refresh_term_stats(ar) and ar._db.scalar("SELECT count(*) FROM term_stats WHERE term = '永川'") == 0
    assert (
        search.refresh_term_stats(ar, force=True)
        and ar._db.scalar("SELECT docs FROM term_stats WHERE term = '永川'") == 2
    )
