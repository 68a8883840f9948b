"""Search over the archive: SQLite FTS5 ``bm25()`` or PostgreSQL ``ts_rank_cd``, same plan and results."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from banmian.archive.query import ParsedQuery, parse_query
from banmian.archive.snippet import make_snippet
from banmian.errors import BadInput

if TYPE_CHECKING:
    from banmian.archive import Archive, SearchResult

_JOINS = (
    "JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id JOIN newspapers n ON n.id = i.newspaper_id"
)
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
    return conds, params


class _Plan:
    """FROM/WHERE/ORDER of one search, in the archive's SQL dialect (``?`` placeholders)."""

    def __init__(
        self,
        ar: Archive,
        pq: ParsedQuery,
        filters: dict[str, Any],
        relaxed: bool = False,
        adjacent: bool = False,
        verbatim: bool = False,
    ):
        pg = ar._db.pg
        conds, params = _filters(filters)
        # No filter, phrase or scan: SQLite can rank and count inside the FTS5 table and join only the top rows.
        self.fts_only = not (pg or pq.empty or conds or verbatim or (pq.has_phrases and not relaxed))
        self.params_head: list[Any] = []
        if pq.empty:
            self.frm = f"articles a {_JOINS}"
            self.score = "0.0"
            self.order = "i.date DESC, n.name, p.number, a.ord"
        elif pg:
            self.frm = f"articles a {_JOINS}"
            self.score = "ts_rank_cd(a.tsv, to_tsquery('simple', ?))"
            self.params_head = [pq.tsquery(relaxed)]  # rank by the plain terms in both tiers
            conds.insert(0, "a.tsv @@ to_tsquery('simple', ?)")
            params.insert(0, pq.tsquery(relaxed, adjacent))
            self.order = "score DESC, a.id"
        else:
            self.frm = f"articles_fts f JOIN articles a ON a.id = f.rowid {_JOINS}"
            self.score = "-bm25(articles_fts, 5.0, 1.0)"  # headline (kicker/title/subtitle) weighs 5x the body
            conds.insert(0, "articles_fts MATCH ?")
            params.insert(0, pq.fts5(relaxed, adjacent))
            self.order = "bm25(articles_fts, 5.0, 1.0), a.id"
        if not pq.empty and pq.has_phrases and not relaxed:
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
        if verbatim:  # the typed words, each as it stands in the text (a scan: used on small match sets only)
            for chunk in pq.groups[0].chunks:
                conds.append("strpos(a.text, ?) > 0" if pg else "instr(a.text, ?) > 0")
                params.append(chunk)
        self.where = " AND ".join(conds) or "1 = 1"
        self.params = params
        self.verbatim = verbatim
        self.adjacent = adjacent
        self.only_without_verbatim = False
        self.scan_if_small: _Plan | None = None  # run this plan only if that plan matches few rows
        self.scan_limit = 0

    def count_sql(self) -> str:
        if self.fts_only:
            return f"SELECT count(*) FROM articles_fts WHERE {self.where}"
        return f"SELECT count(*) FROM {self.frm} WHERE {self.where}"

    def select(self, cols: str, limit: int | None, offset: int = 0) -> tuple[str, list[Any]]:
        params = self.params_head + self.params
        if self.fts_only:
            inner = (
                f"SELECT rowid AS rid, {self.score} AS score FROM articles_fts WHERE {self.where} "
                "ORDER BY bm25(articles_fts, 5.0, 1.0), rowid"
            )
            if limit is not None:
                inner += " LIMIT ? OFFSET ?"
                params = params + [limit, offset]
            sql = f"SELECT {cols}, r.score FROM ({inner}) r JOIN articles a ON a.id = r.rid {_JOINS} ORDER BY r.score DESC, a.id"
            return sql, params
        sql = f"SELECT {cols}, {self.score} AS score FROM {self.frm} WHERE {self.where} ORDER BY {self.order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = params + [limit, offset]
        return sql, params


def _one_group(pq: ParsedQuery, g, pg: bool) -> str:
    sub = ParsedQuery(pq.text, [g])
    return sub.tsquery() if pg else sub.fts5()


def _rerank(ar: Archive, pq: ParsedQuery, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Articles holding the typed words verbatim first (stable, so BM25 order holds within each tier)."""
    wanted = [s.replace(" ", "") for g in pq.groups for s in (*g.chunks, *g.phrases)]
    if not wanted or len(rows) < 2:
        return rows
    texts = _texts(ar, [r["id"] for r in rows])

    def bonus(r: dict[str, Any]) -> int:
        t = texts.get(r["id"], "").replace(" ", "").lower()
        return sum(1 for w in wanted if w.lower() in t)

    return sorted(rows, key=lambda r: -bonus(r))


def _texts(ar: Archive, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {r["id"]: r["text"] for r in ar._db.all(f"SELECT id, text FROM articles WHERE id IN ({marks})", ids)}


def _ranked(
    ar: Archive, plan: _Plan, pq: ParsedQuery, limit: int | None, offset: int, tiers: list[_Plan] = ()
) -> list[dict[str, Any]]:
    """Rows ``offset … offset+limit`` of the result order.

    The first ``RERANK_WINDOW`` rows: the rows of each tier plan in turn (articles holding the typed text
    verbatim, then those holding its words adjacently), then the rest by rank, re-ordered so articles with
    more verbatim typed words lead.  After the window: the plain rank order, without the rows already shown.
    """
    from banmian.archive import RERANK_WINDOW as W

    if pq.empty:
        sql, params = plan.select(_HIT_COLS, limit, offset)
        return ar._db.all(sql, params)
    top = ar._db.all(*plan.select(_HIT_COLS, W, 0))
    full = len(top) == W
    merged: list[dict[str, Any]] = []
    seen: set[int] = set()
    verbatim_found = False
    for t in [*tiers, None]:
        if t is None:
            rows = top
        elif t.only_without_verbatim and verbatim_found:
            continue  # a wider scan for verbatim hits, needed only when the narrower tiers found none
        elif t.scan_if_small and _count(ar, t.scan_if_small) > t.scan_limit:
            continue  # ... and only when cheap
        elif t.adjacent and not t.verbatim and verbatim_found:
            continue  # verbatim hits already lead; adjacent-word hits would only come after them
        else:
            rows = ar._db.all(*t.select(_HIT_COLS, W, 0))
            verbatim_found = verbatim_found or (t.verbatim and bool(rows))
        for r in rows:
            if r["id"] not in seen and len(merged) < W:
                seen.add(r["id"])
                merged.append(r)
    top = _rerank(ar, pq, merged)
    end = None if limit is None else offset + limit
    rows = top[offset:end]
    if full and (end is None or end > W):
        seen = {r["id"] for r in top}
        rest = [
            r for r in ar._db.all(*plan.select(_HIT_COLS, None if end is None else end + W, 0)) if r["id"] not in seen
        ]
        rows += rest[max(0, offset - W) : None if end is None else end - W]
    return rows


def _tiers(ar: Archive, pq: ParsedQuery, filters: dict[str, Any], relaxed: bool, total: int) -> list[_Plan]:
    from banmian.archive import VERBATIM_SCAN_MAX

    if relaxed or pq.empty:
        return []
    tiers = []
    single = len(pq.groups) == 1 and bool(pq.groups[0].chunks)
    if single and pq.has_seqs and total <= 10 * VERBATIM_SCAN_MAX:
        # cheap first: the verbatim check only over articles holding the typed words adjacently (on a very
        # broad query even those are too many to scan; the adjacency tier and the re-ranking remain)
        tiers.append(_Plan(ar, pq, filters, verbatim=True, adjacent=True))
    if single and total <= VERBATIM_SCAN_MAX:
        full = _Plan(ar, pq, filters, verbatim=True)
        full.only_without_verbatim = True
        tiers.append(full)
        if len(pq.all_terms()) > 1 and not pq.has_phrases:
            # The text may hold the typed words verbatim yet be segmented differently around them, so that
            # not every query term is among its tokens: scan the articles holding any of the terms.
            loose = _Plan(ar, pq, filters, relaxed=True, verbatim=True)
            loose.scan_if_small, loose.scan_limit = _Plan(ar, pq, filters, relaxed=True), VERBATIM_SCAN_MAX
            loose.only_without_verbatim = True
            tiers.append(loose)
    if pq.has_seqs:
        tiers.append(_Plan(ar, pq, filters, adjacent=True))
    return tiers


def run_search(
    ar: Archive, query: str, filters: dict[str, Any], *, limit: int, offset: int, facets: bool
) -> SearchResult:
    from banmian.archive import SearchHit, SearchResult, _unj

    pq = parse_query(query or "")
    if query and query.strip() and pq.empty:
        # Only operator characters: nothing can match, and nothing should be listed as if no query was given.
        return SearchResult([], 0, {}, query=query, offset=offset, limit=limit)
    relaxed = False
    plan = _Plan(ar, pq, filters)
    total = _count(ar, plan)
    if total == 0 and not pq.empty and not pq.has_phrases and len(pq.all_terms()) > 1:
        relaxed = True
        plan = _Plan(ar, pq, filters, relaxed=True)
        total = _count(ar, plan)
    rows = _ranked(ar, plan, pq, limit, offset, _tiers(ar, pq, filters, relaxed, total)) if limit else []
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
    return SearchResult(hits, total, facet_counts, query=query, offset=offset, limit=limit, relaxed=relaxed)


def _count(ar: Archive, plan: _Plan) -> int:
    return int(ar._db.scalar(plan.count_sql(), plan.params) or 0)


def _facets(ar: Archive, plan: _Plan, top: int = 20) -> dict[str, list[dict[str, Any]]]:
    db = ar._db
    out: dict[str, list[dict[str, Any]]] = {}
    specs = {
        "newspaper": ("n.name", ""),
        "month": ("substr(i.date, 1, 7)", ""),
        "page": ("p.number", " AND p.number IS NOT NULL"),
        "author": ("au.author", ""),
    }
    for name, (expr, extra) in specs.items():
        frm = plan.frm + (" JOIN article_authors au ON au.article_id = a.id" if name == "author" else "")
        rows = db.all(
            f"SELECT {expr} AS value, count(*) AS count FROM {frm} WHERE {plan.where}{extra} "
            f"GROUP BY {expr} ORDER BY count(*) DESC, {expr} LIMIT {top}",
            plan.params,
        )
        out[name] = [{"value": r["value"], "count": int(r["count"])} for r in rows]
    return out


def iter_ids(ar: Archive, query: str, filters: dict[str, Any]) -> Iterator[int]:
    """Ids of every matching article in result order (for export)."""
    pq = parse_query(query or "")
    if query and query.strip() and pq.empty:
        return
    plan = _Plan(ar, pq, filters)
    relaxed = not pq.empty and not pq.has_phrases and len(pq.all_terms()) > 1 and _count(ar, plan) == 0
    if relaxed:
        plan = _Plan(ar, pq, filters, relaxed=True)
    for r in _ranked(ar, plan, pq, None, 0, _tiers(ar, pq, filters, relaxed, _count(ar, plan))):
        yield r["id"]
