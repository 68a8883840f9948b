"""Named entities in the archive: the index behind the entity filters and facets, the entity pages, and
``Archive.enrich`` (adding entities to articles already stored).

Tables (schema v3): ``entities`` holds one identity per newspaper, type and normalised name, so the same person
across a paper's articles is one entity; ``article_entities`` links an article to it, repeating type and name
(the filter and the facet read that table alone) with the role printed at the first mention that gives one and
the number of mentions.  Only persons, places and organisations are indexed; dates, amounts and keywords stay in
``articles.entities`` (JSON) for display.
"""

from __future__ import annotations

import json
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from banmian.archive import Archive, _Db

TYPES = ("person", "place", "organization")
TYPE_ALIASES = {
    "person": "person",
    "per": "person",
    "place": "place",
    "loc": "place",
    "location": "place",
    "organization": "organization",
    "organisation": "organization",
    "org": "organization",
}
FACET_TOP = 20

# Called as progress(done, total, label) while enriching; counts pages.
EnrichProgress = Callable[[int, int, str], None]


def canonical_type(kind: Any) -> str | None:
    """``person`` / ``place`` / ``organization`` for any spelling an entity list may use, else ``None``."""
    return TYPE_ALIASES.get(str(kind or "").strip().lower())


def norm_name(text: Any) -> str:
    """The stored form of a name: NFKC, whitespace removed (as ``banmian.enrich`` builds its keys)."""
    return "".join(unicodedata.normalize("NFKC", str(text or "")).split())


def links(entities: Iterable[dict[str, Any]] | None) -> list[tuple[str, str, str | None, int]]:
    """One ``(type, name, role, mentions)`` per distinct indexed entity of an article, in order of first mention;
    ``role`` is the first role the article gives that entity."""
    out: dict[tuple[str, str], list[Any]] = {}
    for e in entities or ():
        if not isinstance(e, dict):
            continue
        kind = canonical_type(e.get("type") or e.get("label"))
        if kind is None:
            continue
        key = e.get("key")
        if isinstance(key, str) and key.startswith(kind + ":"):
            name = norm_name(key[len(kind) + 1 :])
        else:
            name = norm_name(e.get("text") or e.get("name"))
        if not name or len(name) > 200:
            continue
        role = e.get("role") if kind == "person" else None
        role = str(role).strip() or None if role else None
        cur = out.get((kind, name))
        if cur is None:
            out[(kind, name)] = [kind, name, role, 1]
        else:
            cur[3] += 1
            if cur[2] is None and role:
                cur[2] = role
    return [tuple(v) for v in out.values()]  # type: ignore[misc]


# ---------------------------------------------------------------------- writing the index
def index_article(db: _Db, article_id: int, page_id: int, entities: list[dict[str, Any]] | None) -> int:
    """Link one stored article to its entities (creating the newspaper's entity rows as needed).  Returns the
    number of links.  Call inside the transaction that stores the article."""
    found = links(entities)
    if not found:
        return 0
    newspaper_id = db.scalar(
        "SELECT i.newspaper_id FROM pages p JOIN issues i ON i.id = p.issue_id WHERE p.id = ?", (page_id,)
    )
    for kind, name, role, mentions in found:
        eid = db.scalar(
            "INSERT INTO entities (newspaper_id, type, name) VALUES (?, ?, ?) "
            "ON CONFLICT (newspaper_id, type, name) DO NOTHING RETURNING id",
            (newspaper_id, kind, name),
        )
        if eid is None:
            eid = db.scalar(
                "SELECT id FROM entities WHERE newspaper_id = ? AND type = ? AND name = ?", (newspaper_id, kind, name)
            )
        db.execute(
            "INSERT INTO article_entities (article_id, entity_id, type, name, role, mentions) VALUES (?, ?, ?, ?, ?, ?)",
            (article_id, eid, kind, name, role, mentions),
        )
    return len(found)


def unlink(db: _Db, where: str, params: Iterable[Any]) -> list[int]:
    """Remove the links of the articles ``where`` selects (``articles a``); returns the entity ids they used, for
    :func:`drop_orphans` once the change is made."""
    params = tuple(params)
    ids = [
        r["entity_id"]
        for r in db.all(
            f"SELECT DISTINCT entity_id FROM article_entities WHERE article_id IN (SELECT a.id FROM articles a "
            f"WHERE {where})",
            params,
        )
    ]
    if ids:
        db.execute(
            f"DELETE FROM article_entities WHERE article_id IN (SELECT a.id FROM articles a WHERE {where})", params
        )
    return ids


def drop_orphans(db: _Db, entity_ids: list[int]) -> None:
    """Delete the entities among ``entity_ids`` that no article mentions any more."""
    for k in range(0, len(entity_ids), 500):
        chunk = entity_ids[k : k + 500]
        marks = ", ".join("?" * len(chunk))
        db.execute(
            f"DELETE FROM entities WHERE id IN ({marks}) "
            "AND NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = entities.id)",
            chunk,
        )


def reindex_all(db: _Db) -> int:
    """Rebuild ``article_entities`` and ``entities`` from ``articles.entities`` (the v3 migration).  Returns links."""
    db.execute("DELETE FROM article_entities")
    db.execute("DELETE FROM entities")
    n = 0
    for row in db.all("SELECT id, page_id, entities FROM articles WHERE entities IS NOT NULL ORDER BY id"):
        try:
            ents = json.loads(row["entities"]) if isinstance(row["entities"], str) else row["entities"]
        except ValueError:
            continue
        if isinstance(ents, list):
            n += index_article(db, row["id"], row["page_id"], ents)
    return n


# ---------------------------------------------------------------------- search: filter and facets
def filter_conditions(filters: dict[str, Any]) -> tuple[list[str], list[Any]]:
    """SQL conditions on ``a.id`` for the ``person`` / ``place`` / ``organization`` filters (exact normalised
    names; a list of names requires every one)."""
    conds: list[str] = []
    params: list[Any] = []
    for kind in TYPES:
        value = filters.get(kind)
        if not value:
            continue
        for name in [value] if isinstance(value, str) else list(value):
            conds.append(f"a.id IN (SELECT article_id FROM article_entities WHERE type = '{kind}' AND name = ?)")
            params.append(norm_name(name))
    return conds, params


def has_links(db: _Db) -> bool:
    return db.one("SELECT 1 AS x FROM article_entities LIMIT 1") is not None


def facet_counts(db: _Db, among: str, arg: Any, top: int = FACET_TOP) -> dict[str, list[dict[str, Any]]]:
    """The most mentioned persons, places and organisations (articles per name) among a result's counted
    articles: ``among`` is the condition on ``a.id`` the search's facets use, ``arg`` its parameter."""
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in TYPES:
        rows = db.all(
            f"SELECT ae.name AS value, count(*) AS count FROM articles a "
            f"JOIN article_entities ae ON ae.article_id = a.id AND ae.type = '{kind}' WHERE {among} "
            f"GROUP BY ae.name ORDER BY count(*) DESC, ae.name LIMIT {int(top)}",
            [arg],
        )
        out[kind] = [{"value": r["value"], "count": int(r["count"])} for r in rows]
    return out


# ---------------------------------------------------------------------- browsing: index and entity pages
_LINK_JOINS = (
    "JOIN article_entities ae ON ae.entity_id = e.id JOIN articles a ON a.id = ae.article_id "
    "JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id"
)


def list_entities(
    ar: Archive,
    newspaper: str,
    kind: str | None = None,
    *,
    prefix: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> dict[str, Any]:
    """A newspaper's entities, most mentioned first: ``{"newspaper", "type", "total", "entities": [{"type",
    "name", "articles", "first_date", "last_date"}]}``.  ``prefix`` keeps names starting with it."""
    db = ar._db
    conds, params = ["n.name = ?"], [newspaper]
    if kind:
        conds.append("e.type = ?")
        params.append(kind)
    if prefix:
        p = norm_name(prefix)
        conds.append("substr(e.name, 1, ?) = ?")
        params += [len(p), p]
    where = " AND ".join(conds)
    total = db.scalar(
        f"SELECT count(*) FROM entities e JOIN newspapers n ON n.id = e.newspaper_id WHERE {where} "
        "AND EXISTS (SELECT 1 FROM article_entities x WHERE x.entity_id = e.id)",
        params,
    )
    rows = db.all(
        f"SELECT e.type, e.name, count(*) AS articles, min(i.date) AS first_date, max(i.date) AS last_date "
        f"FROM entities e JOIN newspapers n ON n.id = e.newspaper_id {_LINK_JOINS} WHERE {where} "
        "GROUP BY e.id, e.type, e.name ORDER BY count(*) DESC, e.name LIMIT ? OFFSET ?",
        params + [int(limit), int(offset)],
    )
    for r in rows:
        r["articles"] = int(r["articles"])
    return {"newspaper": newspaper, "type": kind, "total": int(total or 0), "entities": rows}


def entity_counts(ar: Archive, newspaper: str) -> dict[str, int]:
    """How many persons, places and organisations a newspaper's articles mention."""
    rows = ar._db.all(
        "SELECT e.type, count(*) AS n FROM entities e JOIN newspapers n ON n.id = e.newspaper_id WHERE n.name = ? "
        "AND EXISTS (SELECT 1 FROM article_entities x WHERE x.entity_id = e.id) GROUP BY e.type",
        (newspaper,),
    )
    counts = {k: 0 for k in TYPES}
    counts.update({r["type"]: int(r["n"]) for r in rows if r["type"] in counts})
    return counts


def get_entity(
    ar: Archive, newspaper: str, kind: str, name: str, *, limit: int = 200, offset: int = 0
) -> dict[str, Any] | None:
    """One entity of one newspaper over time, or ``None``::

    {"newspaper", "type", "name", "articles" (count), "first_date", "last_date",
     "roles": [{"role", "articles", "first_date", "last_date"}]   (persons: the titles printed with the name),
     "months": [{"month": "YYYY-MM", "count"}]                     (oldest first),
     "items": [{"article_id", "date", "page", "page_id", "title", "kicker", "role", "mentions"}]  (newest first),
     "other_newspapers": [{"newspaper", "articles"}]}
    """
    db = ar._db
    name = norm_name(name)
    e = db.one(
        "SELECT e.id FROM entities e JOIN newspapers n ON n.id = e.newspaper_id "
        "WHERE n.name = ? AND e.type = ? AND e.name = ?",
        (newspaper, kind, name),
    )
    if e is None:
        return None
    eid = e["id"]
    head = db.one(
        f"SELECT count(*) AS articles, min(i.date) AS first_date, max(i.date) AS last_date FROM entities e "
        f"{_LINK_JOINS} WHERE e.id = ?",
        (eid,),
    )
    if not head or not head["articles"]:
        return None
    roles = db.all(
        f"SELECT ae.role, count(*) AS articles, min(i.date) AS first_date, max(i.date) AS last_date FROM entities e "
        f"{_LINK_JOINS} WHERE e.id = ? AND ae.role IS NOT NULL GROUP BY ae.role ORDER BY max(i.date) DESC, ae.role",
        (eid,),
    )
    months = db.all(
        f"SELECT substr(i.date, 1, 7) AS month, count(*) AS count FROM entities e {_LINK_JOINS} WHERE e.id = ? "
        "GROUP BY substr(i.date, 1, 7) ORDER BY substr(i.date, 1, 7)",
        (eid,),
    )
    items = db.all(
        f"SELECT a.id AS article_id, i.date, p.number AS page, a.page_id, a.title, a.kicker, ae.role, ae.mentions "
        f"FROM entities e {_LINK_JOINS} WHERE e.id = ? ORDER BY i.date DESC, p.number, a.ord LIMIT ? OFFSET ?",
        (eid, int(limit), int(offset)),
    )
    others = db.all(
        "SELECT n.name AS newspaper, count(*) AS articles FROM article_entities ae "
        "JOIN entities e ON e.id = ae.entity_id JOIN newspapers n ON n.id = e.newspaper_id "
        "WHERE ae.type = ? AND ae.name = ? AND n.name <> ? GROUP BY n.name ORDER BY count(*) DESC, n.name",
        (kind, name, newspaper),
    )
    for r in (*roles, *months, *others):
        for k in ("articles", "count"):
            if k in r:
                r[k] = int(r[k])
    return {
        "newspaper": newspaper,
        "type": kind,
        "name": name,
        "articles": int(head["articles"]),
        "first_date": head["first_date"],
        "last_date": head["last_date"],
        "roles": roles,
        "months": months,
        "items": items,
        "offset": int(offset),
        "limit": int(limit),
        "other_newspapers": others,
    }


# ---------------------------------------------------------------------- enriching stored articles
@dataclass
class EnrichSummary:
    """What ``Archive.enrich`` did: pages and articles enriched, entity links written, pages that failed."""

    pages: int = 0
    articles: int = 0
    links: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    resumed_after: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "articles": self.articles,
            "links": self.links,
            "failed": [{"source": s, "reason": r} for s, r in self.failed],
            "seconds": round(self.seconds, 3),
            "resumed_after": self.resumed_after,
        }


CURSOR_KEY = "enrich_all_after_page"


class ArchiveDocFreq:
    """Keyword document frequencies read from the full-text index (the archive is not changed).

    SQLite: an ``fts5vocab`` view of the index (a temporary table), looked up per term and cached.  PostgreSQL:
    ``ts_stat`` over the ``sample`` newest articles, read once (terms in fewer than two of them count as one),
    scaled to the archive's size: exact up to ``sample`` articles, an estimate beyond.  (Counting each term with
    the GIN index was tried: the heap rechecks cost 1–2 ms a term, more than the tagging.)  The index is
    segmented by rjieba, the keywords by LAC: for most terms the two agree.
    """

    def __init__(self, db: _Db, n_docs: int, sample: int = 5000):
        self.db = db
        self.cache: dict[str, int] = {}
        self.table: dict[str, int] | None = None
        self.scale = 1.0
        self.sample = sample
        self.n_docs = n_docs
        if not db.pg:
            db.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.banmian_enrich_vocab USING fts5vocab(main, articles_fts, row)"
            )

    def _load_pg(self) -> dict[str, int]:
        if self.table is None:
            inner = f"SELECT tsv FROM articles ORDER BY id DESC LIMIT {int(self.sample)}"
            rows = self.db.all("SELECT word, ndoc FROM ts_stat(?) WHERE ndoc >= 2", (inner,))
            self.table = {r["word"]: int(r["ndoc"]) for r in rows}
            self.scale = max(1.0, self.n_docs / self.sample)
        return self.table

    def prefetch(self, terms: Iterable[str]) -> None:
        """Look up many terms in one query (``enrich_articles`` calls this with all the terms of a page)."""
        if self.db.pg:
            self._load_pg()
            return
        todo = sorted({t for t in terms if t not in self.cache})
        for k in range(0, len(todo), 500):
            chunk = todo[k : k + 500]
            lower = {t: t.lower() for t in chunk}
            wanted = sorted(set(lower.values()))
            marks = ", ".join("?" * len(wanted))
            rows = self.db.all(f"SELECT term, doc FROM temp.banmian_enrich_vocab WHERE term IN ({marks})", wanted)
            docs = {r["term"]: int(r["doc"]) for r in rows}
            for t, low in lower.items():
                self.cache[t] = docs.get(low, 0)

    def get(self, term: str, default: int = 0) -> int:
        if self.db.pg:
            return round(self._load_pg().get(term.lower(), 1) * self.scale)
        n = self.cache.get(term)
        if n is None:
            n = int(self.db.scalar("SELECT doc FROM temp.banmian_enrich_vocab WHERE term = ?", (term.lower(),)) or 0)
            self.cache[term] = n
        return n or default

    def __getitem__(self, term: str) -> int:
        return self.get(term)

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.get(term) > 0


def _article(row: dict[str, Any]):
    from banmian.model import Article, Block

    body = row["body"]
    body = json.loads(body) if isinstance(body, str) else body or []
    return Article(
        id=str(row["id"]),
        kicker=row["kicker"],
        title=row["title"],
        subtitle=row["subtitle"],
        byline=row["byline"],
        body=[Block(b.get("type", "paragraph"), b.get("text", "")) for b in body if isinstance(b, dict)],
    )


def enrich_archive(
    ar: Archive,
    *,
    all_articles: bool = False,
    progress: EnrichProgress | None = None,
    tagger: Any = None,
    limit_pages: int | None = None,
) -> EnrichSummary:
    """Add entities to stored articles: those without any (``entities`` NULL), or every article with
    ``all_articles``.  The articles of a page are analysed together (a name recognised once is a person on the
    whole page), dates resolve against the issue date, keyword IDF comes from the archive's index.

    Each page is written in one transaction (its articles' ``entities`` and their index links), so an
    interrupted run loses only the page in flight: run again and the articles still without entities are done;
    an interrupted ``all_articles`` run resumes after the last page it finished.  Raises
    ``banmian.enrich.MissingExtra`` when ``banmian[nlp]`` is not installed (before anything is changed).
    """
    from banmian.enrich import enrich_articles
    from banmian.enrich.model import get_tagger

    t0 = time.perf_counter()
    db = ar._db
    tagger = tagger or get_tagger()  # raises MissingExtra first
    summary = EnrichSummary()
    after = 0
    if all_articles:
        cursor = db.scalar("SELECT value FROM meta WHERE key = ?", (CURSOR_KEY,))
        if cursor:
            after = int(cursor)
            summary.resumed_after = after
        pages = db.all(
            "SELECT p.id, p.source, i.date FROM pages p JOIN issues i ON i.id = p.issue_id WHERE p.id > ? "
            "AND EXISTS (SELECT 1 FROM articles a WHERE a.page_id = p.id) ORDER BY p.id",
            (after,),
        )
    else:
        pages = db.all(
            "SELECT p.id, p.source, i.date FROM pages p JOIN issues i ON i.id = p.issue_id "
            "WHERE EXISTS (SELECT 1 FROM articles a WHERE a.page_id = p.id AND a.entities IS NULL) ORDER BY p.id"
        )
    if limit_pages is not None:
        pages = pages[: max(0, int(limit_pages))]
    n_docs = int(db.scalar("SELECT count(*) FROM articles") or 0)
    doc_freq = ArchiveDocFreq(db, n_docs)
    total = len(pages)
    for k, pg in enumerate(pages, 1):
        label = f"page {pg['id']}" + (f" ({pg['source']})" if pg["source"] else "")
        rows = db.all(
            "SELECT id, kicker, title, subtitle, byline, body, text, entities FROM articles WHERE page_id = ? "
            "ORDER BY ord",
            (pg["id"],),
        )
        try:
            lists = enrich_articles(
                [_article(r) for r in rows], pg["date"], doc_freq=doc_freq, n_docs=n_docs, tagger=tagger
            )
        except Exception as e:  # a tagger failure on one page must not stop an archive-wide run
            summary.failed.append((label, f"{type(e).__name__}: {e}"))
            if progress:
                progress(k, total, label)
            continue
        todo = [(r, ents) for r, ents in zip(rows, lists, strict=True) if all_articles or r["entities"] is None]
        with db.transaction():
            old: list[int] = []
            for r, ents in todo:
                # The page may have been re-ingested meanwhile: write only to the article text we analysed.
                still = db.scalar("SELECT count(*) FROM articles WHERE id = ? AND text = ?", (r["id"], r["text"]))
                if not still:
                    continue
                old += unlink(db, "a.id = ?", (r["id"],))
                db.execute(
                    "UPDATE articles SET entities = ? WHERE id = ?", (json.dumps(ents, ensure_ascii=False), r["id"])
                )
                summary.links += index_article(db, r["id"], pg["id"], ents)
                summary.articles += 1
            drop_orphans(db, sorted(set(old)))
            if all_articles:
                db.execute("DELETE FROM meta WHERE key = ?", (CURSOR_KEY,))
                db.execute("INSERT INTO meta VALUES (?, ?)", (CURSOR_KEY, str(pg["id"])))
        summary.pages += 1
        if progress:
            progress(k, total, label)
    if all_articles and limit_pages is None:  # the whole run is done: the next --all starts from the beginning
        with db.transaction():
            db.execute("DELETE FROM meta WHERE key = ?", (CURSOR_KEY,))
    if summary.articles >= 500:
        db.execute("ANALYZE entities, article_entities" if db.pg else "PRAGMA optimize")
    summary.seconds = time.perf_counter() - t0
    return summary
