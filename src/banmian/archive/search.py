"""Search over the archive: SQLite FTS5 ``bm25()`` or PostgreSQL ``ts_rank_cd``, same plan and results.

Neither engine can stop early when ranking: FTS5 computes ``bm25()`` for every row it returns and PostgreSQL
fetches every match to rank it.  On a large archive a query of common words matches hundreds of thousands of
articles, so the work is bounded: each ranked list ranks the ``RANK_CANDIDATES`` most recently added matches
(the match list streams from the index newest first and stops there) and lists any further matches after them,
newest first; totals are counted up to ``COUNT_CAP`` (beyond it the result says "at least"; a caller who needs the
exact number asks for it: ``exact_count``), and always past the page asked for; facet counts cover the newest
``FACET_CAP`` matches (beyond it the result says they are a sample).  Below those sizes — the whole corpus for most
queries — everything is exact.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from banmian.archive import entities
from banmian.archive.query import Group, ParsedQuery, parse_query
from banmian.archive.snippet import make_snippet
from banmian.errors import BadInput

if TYPE_CHECKING:
    from banmian.archive import Archive, SearchResult

_JOINS = (
    "JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id JOIN newspapers n ON n.id = i.newspaper_id"
)
RANK_CANDIDATES = 1000  # matches ranked by BM25 per ranked list; further matches follow, newest first
COUNT_CAP = 2_000  # totals count at most this many matches (or offset + limit, if more), unless asked to be exact
FACET_CAP = 2_000  # facets count at most this many matches, the newest
DF_CAP = 4_000  # document frequencies of query terms are counted up to this (rarer terms are ranked by BM25)

_HIT_COLS = (
    "a.id, a.kicker, a.title, a.subtitle, a.authors, a.page_id, p.number, i.date, i.edition, n.name AS newspaper"
)


def _date_bound(d: str, upper: bool) -> str:
    """``2019`` / ``2019-02`` / ``2019-02-05`` → a full date bound (inclusive)."""
    d = d.strip()
    try:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
            raise ValueError
        date.fromisoformat((d + "-01-01")[:10])  # month and day in range
    except ValueError:
        raise BadInput(d, "not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    if len(d) == 4:
        return d + ("-12-31" if upper else "-01-01")
    if len(d) == 7:
        return d + ("-31" if upper else "-01")
    return d


def _filters(filters: dict[str, Any]) -> tuple[list[str], list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    if filters.get("newspaper"):
        conds.append("n.name = ?")
        params.append(filters["newspaper"])
    if filters.get("date_from"):
        conds.append("i.date >= ?")
        params.append(_date_bound(str(filters["date_from"]), False))
    if filters.get("date_to"):
        conds.append("i.date <= ?")
        params.append(_date_bound(str(filters["date_to"]), True))
    if filters.get("page") is not None:
        conds.append("p.number = ?")
        params.append(int(filters["page"]))
    if filters.get("author"):
        conds.append("a.id IN (SELECT article_id FROM article_authors WHERE author = ?)")
        params.append(filters["author"])
    more, more_params = entities.filter_conditions(filters)  # person / place / organization
    return conds + more, params + more_params


class _Plan:
    """FROM/WHERE of one search, in the archive's SQL dialect (``?`` placeholders), and its result order.

    ``verbatim``: every typed word must also stand in the article as it was typed (its gram sequence as
    consecutive tokens of the gram column: the exact holders of a pasted span, found by the index).
    """

    def __init__(
        self,
        ar: Archive,
        pq: ParsedQuery,
        filters: dict[str, Any],
        relaxed: bool = False,
        verbatim: bool = False,
    ):
        pg = ar._db.pg
        conds, params = _filters(filters)
        # No filter or phrase check: SQLite can rank and count inside the FTS5 table and join only the top rows.
        self.fts_only = not (pg or pq.empty or conds or (pq.has_phrases and not relaxed))
        self.pg = pg
        self.params_head: list[Any] = []
        self.unranked = pq.empty
        self.idcol = "a.id" if pg or pq.empty else "f.rowid"
        self.rank_expr: str | None = None  # SQLite: what to rank by (None: newest first)
        self._newest: list[int] | None = None  # SQLite: the newest match ids, kept by count()
        self._counted: list[int] | None = None  # SQLite: the newest FACET_CAP match ids, kept by count()
        if pq.empty:
            self.frm = f"articles a {_JOINS}"
            self.score = "0.0"
            self.order = "i.date DESC, n.name, p.number, a.ord"
        elif pg:
            self.frm = f"articles a {_JOINS}"
            self.score = "ts_rank_cd('{0.1, 0.1, 0.4, 1.0}', a.tsv, to_tsquery('simple', ?))"
            self.params_head = [pq.tsquery(relaxed, verbatim)]  # the verbatim tier ranks by its phrases
            conds.insert(0, "a.tsv @@ to_tsquery('simple', ?)")
            params.insert(0, pq.tsquery(relaxed, verbatim))
        else:
            self.frm = f"articles_fts f JOIN articles a ON a.id = f.rowid {_JOINS}"
            conds.insert(0, "articles_fts MATCH ?")
            params.insert(0, pq.fts5(relaxed, verbatim))
            self.rank_expr = _rank_expr(ar, pq.fts5_units(relaxed, verbatim))
        if not pq.empty and pq.has_phrases and not relaxed:
            # the index found the phrases' bigrams in order; the original text decides (punctuation, letter case)
            alts = []
            for g in pq.groups:
                checks = [("strpos(a.text, ?) > 0" if pg else "instr(a.text, ?) > 0") for _ in g.phrases]
                if len(pq.groups) > 1:  # this alternative's own terms must match too, not just another's
                    checks.insert(
                        0,
                        "a.tsv @@ to_tsquery('simple', ?)"
                        if pg
                        else "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)",
                    )
                    params.append(_one_group(pq, g, pg))
                params += g.phrases
                alts.append("(" + " AND ".join(checks or ["1 = 1"]) + ")")
            conds.append("(" + " OR ".join(alts) + ")")
        self.where = " AND ".join(conds) or "1 = 1"
        self.params = params
        self.verbatim = verbatim

    @property
    def _key(self) -> str:
        return "rowid" if self.fts_only else self.idcol

    def count(self, db, cap: int | None, facets: bool = False) -> int:
        """The number of matches, counted up to ``cap + 1`` (every match when ``cap`` is None: exact, and as slow
        as the match list is long).  On SQLite the newest matches are read first and kept (for ranking, ``fetch``,
        and with ``facets`` for the facets: they are not walked again).  With a cap no larger than the facets'
        (the default) that one walk reads ``cap + 1`` of them and is the count; otherwise, when there are more, the
        rest is counted inside the engine and in the index's own order (a forward walk is the cheaper)."""
        limit = None if cap is None else cap + 1
        if self.pg or self.unranked or (limit is not None and limit < RANK_CANDIDATES):
            ids = self._ids_sql(limit, newest=False)
            return int(db.scalar(f"SELECT count(*) FROM ({ids}) c", self.params) or 0)
        cur = db.conn.cursor()
        cur.row_factory = None
        first = max(RANK_CANDIDATES, _facet_cap()) if facets else RANK_CANDIDATES
        if limit is not None and limit <= _facet_cap() + 1:
            first = max(first, limit)  # (measured at 1M: cheaper than the newest 1,000 and a count to 2,001)
        found = [r[0] for r in cur.execute(self._ids_sql(first), self.params)]
        self._newest = found[:RANK_CANDIDATES]
        if facets:
            self._counted = found[: _facet_cap()]
        if len(found) < first or len(found) == limit:
            return len(found)
        ids = self._ids_sql(limit, newest=False)
        return int(db.scalar(f"SELECT count(*) FROM ({ids}) c", self.params) or 0)

    def facet_ids(self, db) -> list[int]:
        """The ids that facets count: the newest ``FACET_CAP`` matches (kept by ``count`` if it could)."""
        if self._counted is not None:
            return self._counted[: _facet_cap()]
        return [r["id"] for r in db.all(self._ids_sql(_facet_cap()), self.params)]

    def _ids_sql(self, limit: int | None, newest: bool = True, before: bool = False) -> str:
        """Ids of matches, the most recently added first (``newest``) or in whatever order is cheapest, at most
        ``limit`` (None: all); ``before``: only ids below a bound given as the last parameter."""
        order = f" ORDER BY {self._key} DESC" if newest else ""
        below = f" AND {self._key} < ?" if before else ""
        lim = "" if limit is None else f" LIMIT {int(limit)}"
        if self.fts_only:
            return f"SELECT rowid AS id FROM articles_fts WHERE {self.where}{below}{order}{lim}"
        return f"SELECT {self.idcol} AS id FROM {self.frm} WHERE {self.where}{below}{order}{lim}"

    def fetch(self, db, cols: str, limit: int | None, offset: int = 0) -> list[dict[str, Any]]:
        """Rows ``offset … offset+limit`` of this plan's order: the newest ``RANK_CANDIDATES`` matches by
        rank, then the older matches, newest first (the plain rank order whenever there are no more)."""
        if self.unranked:
            sql = f"SELECT {cols}, {self.score} AS score FROM {self.frm} WHERE {self.where} ORDER BY {self.order}"
            if limit is not None:
                sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
            return db.all(sql, self.params)
        k = RANK_CANDIDATES
        end = None if limit is None else offset + limit
        if self.pg:
            inner = f"SELECT a.id AS rid, {self.score} AS score FROM {self.frm} WHERE {self.where} ORDER BY a.id DESC"
            inner = f"SELECT rid, score FROM ({inner} LIMIT {k}) c ORDER BY score DESC, rid DESC"
            ranked = [(r["rid"], r["score"]) for r in db.all(inner, self.params_head + self.params)]
            n_ids = len(ranked)
            oldest = min((rid for rid, _ in ranked), default=None)
        else:
            if self.fts_only and self.rank_expr == self.params[0]:  # every term is ranked: one query
                sql = (
                    f"SELECT rowid AS rid, -bm25(articles_fts, {_WEIGHTS}) AS score FROM articles_fts "
                    f"WHERE {self.where} ORDER BY rowid DESC LIMIT {k}"
                )
                ranked = [(r["rid"], r["score"]) for r in db.all(sql, self.params)]
                ids = [rid for rid, _ in ranked]
                ranked.sort(key=lambda x: (-x[1], -x[0]))
            else:
                ids = (
                    self._newest
                    if self._newest is not None
                    else [r["id"] for r in db.all(self._ids_sql(k), self.params)]
                )
                ranked = self._bm25_order(db, ids)
            n_ids = len(ids)
            oldest = min(ids, default=None)
        rows = _rows(db, cols, ranked[offset:end])
        if (end is not None and end <= k) or n_ids < k:
            return rows
        # past the ranked candidates: the older matches, newest first
        lim = -1 if end is None else end - max(offset, k)
        tail = db.all(
            f"{self._ids_sql(lim if lim >= 0 else 2**62, before=True)} OFFSET {int(max(0, offset - k))}",
            self.params + [oldest],
        )
        return rows + _rows(db, cols, [(r["id"], 0.0) for r in tail])

    def _bm25_order(self, db, ids: list[int]) -> list[tuple[int, float]]:
        """``ids`` (newest first) ordered by BM25 over the query's rare terms and phrases (see ``_rank_expr``);
        newest first when every term is common."""
        if not ids or self.rank_expr is None:
            return [(rid, 0.0) for rid in ids]
        scores = {
            r["rid"]: r["score"]
            for r in db.all(
                f"SELECT rowid AS rid, -bm25(articles_fts, {_WEIGHTS}) AS score FROM articles_fts "
                "WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?",
                (self.rank_expr, min(ids), max(ids)),
            )
        }
        return sorted(((rid, scores.get(rid, 0.0)) for rid in ids), key=lambda x: (-x[1], -x[0]))


def _facet_cap() -> int:
    """Facets count the same matches on every page of a result, its total counted exactly or not."""
    return min(FACET_CAP, COUNT_CAP)


def _rows(db, cols: str, order: list[tuple[int, float]]) -> list[dict[str, Any]]:
    """The hit rows of ``order`` ((id, score) pairs), in that order."""
    if not order:
        return []
    marks = ", ".join("?" * len(order))
    by_id = {
        r["id"]: r
        for r in db.all(f"SELECT {cols} FROM articles a {_JOINS} WHERE a.id IN ({marks})", [i for i, _ in order])
    }
    return [{**by_id[i], "score": sc} for i, sc in order if i in by_id]


def _rank_expr(ar: Archive, alts: list[list[str]]) -> str | None:
    """The FTS5 expression to rank by: the query's terms and phrases that few articles hold.

    FTS5's ``bm25()`` first counts, for every term of the expression, the articles holding it, reading the whole
    posting list; for a term in half of a million articles that costs more than the rest of the search, and
    such a term's weight is nil anyway (BM25 gives it an IDF of about 0).  So only the rare ones are ranked by
    (every term still has to match: the match list comes from the full expression).  ``None``: no rare term,
    the matches stay newest first.
    """

    def rare(u: str) -> bool:
        # a gram phrase: its rarest gram is rare (see ParsedQuery.narrowed), or it was quoted
        return u.startswith("extra :") or _df(ar, u) < DF_CAP

    if len(alts) == 1:
        units = [u for u in alts[0] if rare(u)]
        return "(" + " AND ".join(units) + ")" if units else None
    if all(rare(u) for units in alts for u in units):
        return " OR ".join("(" + " AND ".join(units) + ")" for units in alts)
    return None


# bm25() column weights: the headline (kicker, title, subtitle: words and bigrams) 5x the body's words and bigrams.
_WEIGHTS = "5.0, 1.0, 1.0"


def _one_group(pq: ParsedQuery, g, pg: bool) -> str:
    sub = ParsedQuery(pq.text, [g])
    return sub.tsquery() if pg else sub.fts5()


def _ranked(
    ar: Archive, plan: _Plan, pq: ParsedQuery, limit: int | None, offset: int, tiers: list[_Plan] = ()
) -> list[dict[str, Any]]:
    """Rows ``offset … offset+limit`` of the result order.

    The first ``RERANK_WINDOW`` rows: the rows of each tier plan in turn (articles holding the typed text
    verbatim), then the rest by rank.  After the window: the plain rank order, without the rows already shown.
    A page inside what the tiers found needs no ranking of the whole (possibly huge) match set.
    """
    from banmian.archive import RERANK_WINDOW as W

    if pq.empty:
        return plan.fetch(ar._db, _HIT_COLS, limit, offset)
    end = None if limit is None else offset + limit
    merged: list[dict[str, Any]] = []
    seen: set[int] = set()
    for t in tiers:
        for r in _rerank(ar, pq, t.fetch(ar._db, _HIT_COLS, W, 0)):
            if r["id"] not in seen and len(merged) < W:
                seen.add(r["id"])
                merged.append(r)
    if end is not None and end <= len(merged):
        return merged[offset:end]
    if merged:
        # the verbatim holders lead; the articles merely holding the words follow newest first (ranking them
        # by BM25 would cost more than the rest of the search on a large archive, and they only fill the page)
        plan.rank_expr = None
    top = plan.fetch(ar._db, _HIT_COLS, W, 0)
    full = len(top) == W
    for r in top:
        if r["id"] not in seen and len(merged) < W:
            seen.add(r["id"])
            merged.append(r)
    rows = merged[offset:end]
    if full and (end is None or end > W):
        seen = {r["id"] for r in merged}
        rest = [r for r in plan.fetch(ar._db, _HIT_COLS, None if end is None else end + W, 0) if r["id"] not in seen]
        rows += rest[max(0, offset - W) : None if end is None else end - W]
    return rows


def _rerank(ar: Archive, pq: ParsedQuery, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Articles holding the typed words exactly as typed (punctuation too, which the index skips) first, those
    with them in the headline before those with them only in the text; stable, so the order holds within."""
    wanted = [s.replace(" ", "").lower() for g in pq.groups for s in (*g.chunks, *g.phrases)]
    if not wanted or len(rows) < 2:
        return rows
    texts = _texts(ar, [r["id"] for r in rows])

    def bonus(r: dict[str, Any]) -> int:
        t = texts.get(r["id"], "").replace(" ", "").lower()
        head = "".join(r.get(k) or "" for k in ("kicker", "title", "subtitle")).replace(" ", "").lower()
        return sum(2 * (w in t) + (w in head) for w in wanted)

    return sorted(rows, key=lambda r: -bonus(r))


def _texts(ar: Archive, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {r["id"]: r["text"] for r in ar._db.all(f"SELECT id, text FROM articles WHERE id IN ({marks})", ids)}


def _tiers(ar: Archive, pq: ParsedQuery, filters: dict[str, Any], relaxed: bool) -> list[_Plan]:
    if relaxed or pq.empty or not pq.has_seqs:
        return []
    return [_Plan(ar, pq, filters, verbatim=True)]


def _df_cache(ar: Archive) -> dict[tuple[str, int], int]:
    cache: dict[tuple[str, int], int] | None = getattr(ar, "_df_cache", None)
    if cache is None or len(cache) > 100_000:
        cache = {}
        ar._df_cache = cache
    return cache


def _df(ar: Archive, expr: str, cap: int | None = None) -> int:
    """How many articles match ``expr`` (one term or phrase: an FTS5 or tsquery expression), counted up to
    ``cap``, cached per open archive.  Only used to choose which terms to ask for and to rank by, so a count that
    has aged a little since is harmless."""
    cap = DF_CAP if cap is None else cap
    cache = _df_cache(ar)
    if (expr, cap) not in cache:
        if ar._db.pg:
            sql = "SELECT count(*) FROM (SELECT 1 FROM articles WHERE tsv @@ to_tsquery('simple', ?) LIMIT ?) c"
        else:
            sql = "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?) c"
        cache[(expr, cap)] = int(ar._db.scalar(sql, (expr, cap)) or 0)
    return cache[(expr, cap)]


def _term_expr(ar: Archive, term: str) -> str:
    one = ParsedQuery(term, [Group([term], [], [], [([term], [], False)])])
    return one.tsquery() if ar._db.pg else one.fts5_units()[0][0]


def _term_df(ar: Archive, term: str) -> int:
    """``_df`` of one index term; a term ``term_stats`` knows to be common is not counted (its count is the cap)."""
    expr = _term_expr(ar, term)
    cache = _df_cache(ar)
    if (expr, DF_CAP) not in cache and not term.endswith("*"):
        known = ar._db.scalar("SELECT docs FROM term_stats WHERE term = ?", (term,))
        if known is not None and int(known) >= DF_CAP:
            cache[(expr, DF_CAP)] = DF_CAP
    return _df(ar, expr)


TERM_SAMPLE = 2_000  # articles whose terms are the candidates for term_stats


def refresh_term_stats(ar: Archive, force: bool = False) -> int:
    """Rebuild ``term_stats``: the index terms held by at least ``DF_CAP`` articles, with that count (``_df``, as a
    search would count it).  The candidates are the terms of the newest ``TERM_SAMPLE`` articles frequent enough
    there to be common in the archive; each is counted.  A common term missed is counted at search time, as
    without the table.  Skipped unless ``force`` when the archive has grown by less than a tenth since the last
    refresh (a common term stays common as the archive grows).  Returns the number of terms stored."""
    from collections import Counter

    db = ar._db
    articles = int(db.scalar("SELECT count(*) FROM articles") or 0)
    last = db.scalar("SELECT value FROM meta WHERE key = 'term_stats_articles'")
    if not force and last is not None and articles < int(last) * 1.1:
        return int(db.scalar("SELECT count(*) FROM term_stats") or 0)
    with db.transaction():
        db.execute("DELETE FROM term_stats")
        if articles >= DF_CAP:  # (no term can be common in a smaller archive)
            rows = db.all(
                "SELECT id, kicker, title, subtitle, text FROM articles ORDER BY id DESC LIMIT ?", (TERM_SAMPLE,)
            )
            seen: Counter = Counter()
            for row in rows:
                seen.update({t for t in " ".join(ar._index_fields(row)).lower().split() if t.isalnum()})
            least = max(1.0, len(rows) * DF_CAP / articles)  # the share of the sample a term at the cap would hold
            cache = _df_cache(ar)
            for term in sorted(t for t, n in seen.items() if n >= least):
                cache.pop((_term_expr(ar, term), DF_CAP), None)
                docs = _df(ar, _term_expr(ar, term))
                if docs >= DF_CAP:
                    db.execute("INSERT INTO term_stats (term, docs) VALUES (?, ?)", (term, docs))
        db.execute("DELETE FROM meta WHERE key = 'term_stats_articles'")
        db.execute("INSERT INTO meta VALUES ('term_stats_articles', ?)", (str(articles),))
    return int(db.scalar("SELECT count(*) FROM term_stats") or 0)


def _parse(ar: Archive, query: str) -> ParsedQuery:
    pq = parse_query(query or "")
    return pq if pq.empty else pq.narrowed(lambda t: _term_df(ar, t))


def run_search(
    ar: Archive,
    query: str,
    filters: dict[str, Any],
    *,
    limit: int,
    offset: int,
    facets: bool,
    exact_count: bool = False,
) -> SearchResult:
    """One page of results.  The total is counted up to ``COUNT_CAP`` or to the end of the page asked for, whichever
    is further (so a page deep in a long result still says how many come after it), or all of it with
    ``exact_count``."""
    from banmian.archive import SearchHit, SearchResult, _unj

    cap = None if exact_count else max(COUNT_CAP, offset + limit)

    pq = _parse(ar, query)
    if query and query.strip() and pq.empty:
        # Only operator characters: nothing can match, and nothing should be listed as if no query was given.
        return SearchResult([], 0, {}, query=query, offset=offset, limit=limit)
    relaxed = False
    plan = _Plan(ar, pq, filters)
    total = plan.count(ar._db, cap, facets=facets)
    if total == 0 and not pq.empty and not pq.has_phrases and len(pq.all_terms()) > 1:
        relaxed = True
        plan = _Plan(ar, pq, filters, relaxed=True)
        total = plan.count(ar._db, cap, facets=facets)
    rows = _ranked(ar, plan, pq, limit, offset, _tiers(ar, pq, filters, relaxed)) if limit else []
    texts = _texts(ar, [r["id"] for r in rows])
    needles = pq.needles()
    hits = []
    for r in rows:
        snip, spans = make_snippet(texts.get(r["id"], ""), needles)
        hits.append(
            SearchHit(
                article_id=r["id"],
                page_id=r["page_id"],
                newspaper=r["newspaper"],
                date=r["date"],
                edition=r["edition"],
                page=r["number"],
                title=r["title"],
                kicker=r["kicker"],
                subtitle=r["subtitle"],
                authors=_unj(r["authors"]) or [],
                snippet=snip,
                highlights=spans,
                score=round(float(r["score"] or 0.0), 4),
            )
        )
    facet_counts = _facets(ar, plan) if facets and total else {}
    sampled = bool(facet_counts) and total > _facet_cap()
    exact = cap is None or total <= cap
    return SearchResult(
        hits,
        total if exact else cap,
        facet_counts,
        query=query,
        offset=offset,
        limit=limit,
        relaxed=relaxed,
        total_exact=exact,
        facets_exact=not sampled,
        facets_counted=min(total, _facet_cap()) if facet_counts else 0,
    )


def _facets(ar: Archive, plan: _Plan, top: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Counts by newspaper, month, page and author over the newest ``FACET_CAP`` matches (all of them when no
    more match): the match ids (kept from counting on SQLite) are looked up in ``article_facets``,
    a few dozen bytes per article, and ``article_authors``, one index probe each, in id order."""
    from collections import Counter

    db = ar._db
    ids = sorted(plan.facet_ids(db))
    if not ids:
        return {k: [] for k in ("newspaper", "month", "page", "author")}
    if db.pg:
        among, arg = "x.article_id = ANY(?)", ids
        frm = "article_facets x"
        among_a, frm_a = "au.article_id = ANY(?)", "article_authors au"
    else:  # json_each drives the join: a probe of the table per id, no temporary index of the ids
        among, arg = "1 = 1", json.dumps(ids)
        frm = "json_each(?) j JOIN article_facets x ON x.article_id = j.value"
        among_a, frm_a = "1 = 1", "json_each(?) j JOIN article_authors au ON au.article_id = j.value"
    names = {r["id"]: r["name"] for r in db.all("SELECT id, name FROM newspapers")}
    counts: dict[str, Counter] = {k: Counter() for k in ("newspaper", "month", "page", "author")}
    # grouped by the engine: a few dozen groups come back, not a row per match
    for paper, month, page, n in db.tuples(
        f"SELECT x.newspaper_id, substr(x.date, 1, 7), x.page, count(*) FROM {frm} WHERE {among} GROUP BY 1, 2, 3",
        [arg],
    ):
        counts["newspaper"][names.get(paper)] += n
        counts["month"][month] += n
        if page is not None:
            counts["page"][page] += n
    for author, n in db.tuples(f"SELECT au.author, count(*) FROM {frm_a} WHERE {among_a} GROUP BY au.author", [arg]):
        counts["author"][author] += n
    out = {
        k: [{"value": v, "count": n} for v, n in sorted(c.items(), key=lambda x: (-x[1], x[0]))[:top]]
        for k, c in counts.items()
    }
    if entities.has_links(db):  # (an archive never enriched pays nothing)
        among_e = "a.id = ANY(?)" if db.pg else "a.id IN (SELECT value FROM json_each(?))"
        out.update(entities.facet_counts(db, among_e, arg))
    return out


def iter_ids(ar: Archive, query: str, filters: dict[str, Any]) -> Iterator[int]:
    """Ids of every matching article in result order (for export)."""
    pq = _parse(ar, query)
    if query and query.strip() and pq.empty:
        return
    plan = _Plan(ar, pq, filters)
    relaxed = not pq.empty and not pq.has_phrases and len(pq.all_terms()) > 1 and plan.count(ar._db, 0) == 0
    if relaxed:
        plan = _Plan(ar, pq, filters, relaxed=True)
    for r in _ranked(ar, plan, pq, None, 0, _tiers(ar, pq, filters, relaxed)):
        yield r["id"]
