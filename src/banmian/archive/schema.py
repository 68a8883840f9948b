"""The archive's tables and their versioned migrations, for SQLite and PostgreSQL.

``schema_version`` holds one row per applied migration.  Opening an archive applies every
migration newer than its version, each in its own transaction, so a newer banmian opens (and
upgrades) an older archive; an archive written by a newer banmian than this one is refused.
"""

from __future__ import annotations

# Each migration: (version, description, sqlite statements, postgresql statements).
_V1_SQLITE = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE newspapers (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    """CREATE TABLE issues (id INTEGER PRIMARY KEY, newspaper_id INTEGER NOT NULL REFERENCES newspapers(id),
        date TEXT NOT NULL, edition TEXT NOT NULL DEFAULT '', UNIQUE (newspaper_id, date, edition))""",
    """CREATE TABLE pages (id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL REFERENCES issues(id),
        number INTEGER, name TEXT, source TEXT, source_hash TEXT NOT NULL, source_index INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL, raw_text TEXT, file_ref TEXT, parser_version TEXT NOT NULL, ingested_at TEXT NOT NULL,
        unassigned TEXT NOT NULL DEFAULT '[]', UNIQUE (source_hash, source_index))""",
    "CREATE INDEX pages_issue ON pages (issue_id, number)",
    """CREATE TABLE articles (id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL, key TEXT, kicker TEXT, title TEXT, subtitle TEXT, column_name TEXT, byline TEXT,
        authors TEXT NOT NULL DEFAULT '[]', body TEXT NOT NULL DEFAULT '[]', captions TEXT NOT NULL DEFAULT '[]',
        continues_to TEXT, continued_from TEXT, region TEXT, entities TEXT, text TEXT NOT NULL)""",
    "CREATE INDEX articles_page ON articles (page_id, ord)",
    """CREATE TABLE furniture (page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL, text TEXT NOT NULL)""",
    "CREATE INDEX furniture_page ON furniture (page_id)",
    "CREATE TABLE sources (hash TEXT PRIMARY KEY, name TEXT, data BLOB NOT NULL)",
    # Contentless: the original text lives in ``articles``; the index holds only segmented tokens.
    "CREATE VIRTUAL TABLE articles_fts USING fts5(head, body, extra, content='', tokenize='unicode61 remove_diacritics 0')",
]
_V1_PG = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE newspapers (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    """CREATE TABLE issues (id BIGSERIAL PRIMARY KEY, newspaper_id BIGINT NOT NULL REFERENCES newspapers(id),
        date TEXT NOT NULL, edition TEXT NOT NULL DEFAULT '', UNIQUE (newspaper_id, date, edition))""",
    """CREATE TABLE pages (id BIGSERIAL PRIMARY KEY, issue_id BIGINT NOT NULL REFERENCES issues(id),
        number INTEGER, name TEXT, source TEXT, source_hash TEXT NOT NULL, source_index INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL, raw_text TEXT, file_ref TEXT, parser_version TEXT NOT NULL, ingested_at TEXT NOT NULL,
        unassigned TEXT NOT NULL DEFAULT '[]', UNIQUE (source_hash, source_index))""",
    "CREATE INDEX pages_issue ON pages (issue_id, number)",
    """CREATE TABLE articles (id BIGSERIAL PRIMARY KEY, page_id BIGINT NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL, key TEXT, kicker TEXT, title TEXT, subtitle TEXT, column_name TEXT, byline TEXT,
        authors TEXT NOT NULL DEFAULT '[]', body TEXT NOT NULL DEFAULT '[]', captions TEXT NOT NULL DEFAULT '[]',
        continues_to TEXT, continued_from TEXT, region TEXT, entities TEXT, text TEXT NOT NULL,
        tsv tsvector NOT NULL)""",
    "CREATE INDEX articles_page ON articles (page_id, ord)",
    "CREATE INDEX articles_tsv ON articles USING GIN (tsv)",
    """CREATE TABLE furniture (page_id BIGINT NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL, text TEXT NOT NULL)""",
    "CREATE INDEX furniture_page ON furniture (page_id)",
    "CREATE TABLE sources (hash TEXT PRIMARY KEY, name TEXT, data BYTEA NOT NULL)",
]

# v2: authors get their own table (an indexed author filter and author facet counts), filled from articles.authors.
_V2_SQLITE = [
    """CREATE TABLE article_authors (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        author TEXT NOT NULL)""",
    "CREATE INDEX article_authors_author ON article_authors (author, article_id)",
    "CREATE INDEX article_authors_article ON article_authors (article_id)",
    "INSERT INTO article_authors SELECT a.id, j.value FROM articles a, json_each(a.authors) j",
]
_V2_PG = [
    """CREATE TABLE article_authors (article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        author TEXT NOT NULL)""",
    "CREATE INDEX article_authors_author ON article_authors (author, article_id)",
    "CREATE INDEX article_authors_article ON article_authors (article_id)",
    "INSERT INTO article_authors SELECT a.id, j FROM articles a, jsonb_array_elements_text(a.authors::jsonb) j",
]

# v3: named entities.  ``entities`` is one identity per newspaper, type and normalised name (the same person across
# a paper's articles is one row); ``article_entities`` links articles to them with the type and name repeated (the
# filter and facet read it alone), the role printed at the first mention that gives one, and the mention count.
# It is filled from ``articles.entities`` in Python (``MIGRATION_HOOKS``): names are normalised as enrich does.
_V3_SQLITE = [
    """CREATE TABLE entities (id INTEGER PRIMARY KEY,
        newspaper_id INTEGER NOT NULL REFERENCES newspapers(id) ON DELETE CASCADE,
        type TEXT NOT NULL, name TEXT NOT NULL, UNIQUE (newspaper_id, type, name))""",
    """CREATE TABLE article_entities (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE, type TEXT NOT NULL, name TEXT NOT NULL,
        role TEXT, mentions INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (article_id, entity_id))""",
    "CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id)",
    "CREATE INDEX article_entities_name ON article_entities (type, name, article_id)",
]
_V3_PG = [
    """CREATE TABLE entities (id BIGSERIAL PRIMARY KEY,
        newspaper_id BIGINT NOT NULL REFERENCES newspapers(id) ON DELETE CASCADE,
        type TEXT NOT NULL, name TEXT NOT NULL, UNIQUE (newspaper_id, type, name))""",
    """CREATE TABLE article_entities (article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE, type TEXT NOT NULL, name TEXT NOT NULL,
        role TEXT, mentions INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (article_id, entity_id))""",
    "CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id)",
    "CREATE INDEX article_entities_name ON article_entities (type, name, article_id)",
]

# v4: what the facets count, one small row per article (newspaper, issue date, page number), so counting the facets
# of 10,000 matches reads a table of a few dozen bytes a row instead of joining articles (kilobytes a row, with the
# text), pages and issues for each.  Filled from those tables; kept by ingest and deletion like article_authors.
_V4_FILL = (
    "INSERT INTO article_facets (article_id, newspaper_id, date, page) SELECT a.id, i.newspaper_id, i.date, p.number "
    "FROM articles a JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id"
)
_V4_SQLITE = [
    """CREATE TABLE article_facets (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        newspaper_id INTEGER NOT NULL, date TEXT NOT NULL, page INTEGER)""",
    _V4_FILL,
]
_V4_PG = [
    """CREATE TABLE article_facets (article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        newspaper_id BIGINT NOT NULL, date TEXT NOT NULL, page INTEGER)""",
    _V4_FILL,
]

# v5: terms held by many articles (at least search.DF_CAP, as the search counts them), so a search knows a common
# term without counting it (a walk of thousands of index entries per term the first time a process sees it).  Filled
# from the terms of the newest articles (``search.refresh_term_stats``) here, after large ingests and reindexing.
_V5_SQLITE = ["CREATE TABLE term_stats (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID"]
_V5_PG = ["CREATE TABLE term_stats (term TEXT PRIMARY KEY, docs INTEGER NOT NULL)"]

MIGRATIONS: list[tuple[int, str, list[str], list[str]]] = [
    (1, "newspapers, issues, pages, articles, furniture, sources, full-text index", _V1_SQLITE, _V1_PG),
    (2, "article_authors for the author filter and facet", _V2_SQLITE, _V2_PG),
    (3, "entities and article_entities for entity filters, facets and pages", _V3_SQLITE, _V3_PG),
    (4, "article_facets: newspaper, date and page per article for facet counts", _V4_SQLITE, _V4_PG),
    (5, "term_stats: document counts of common index terms", _V5_SQLITE, _V5_PG),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]

# Python run right after a migration's statements, in the same transaction: version → ``Archive`` method name.
MIGRATION_HOOKS: dict[int, str] = {3: "_reindex_entities", 5: "_refresh_term_stats"}
