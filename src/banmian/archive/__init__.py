"""The archive: parsed pages and their articles in SQLite (default) or PostgreSQL, with Chinese full-text search.

    >>> from banmian.archive import Archive
    >>> with Archive.open("banmian.db") as ar:            # or "postgresql://user:pw@127.0.0.1/db"
    ...     ar.ingest_path(["pages/"], newspaper="重庆日报", date="2022-12-20")
    ...     res = ar.search("永川", date_from="2022-12-01")
    ...     [(h.title, h.snippet) for h in res.hits]

Everything returned is a plain ``dict`` or a dataclass whose ``to_dict()`` is JSON-serialisable.
Articles and pages are addressed by integer ids (``article_id``, ``page_id``) that stay stable while a
page is re-parsed in place.  Dates are ISO strings (``YYYY-MM-DD``).

Search: documents are indexed as rjieba words and as a stream of character bigrams (see ``segment``); SQLite
ranks with FTS5 ``bm25()``, PostgreSQL with ``ts_rank_cd`` over a ``tsvector`` of the same tokens.  Query syntax
(see ``query``): words are ANDed, ``"…"`` is an exact phrase, ``OR`` between words or phrases
makes alternatives; every other operator character is treated as plain text.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import banmian
from banmian.archive.schema import MIGRATION_HOOKS, MIGRATIONS, SCHEMA_VERSION
from banmian.archive.segment import SEGMENTER_VERSION, index_head, index_text
from banmian.errors import BadInput
from banmian.model import Page

__all__ = [
    "Archive",
    "ArchiveError",
    "IngestSummary",
    "PARSER_VERSION",
    "SearchHit",
    "SearchResult",
    "default_db",
]

# Recorded on every parsed page; a page parsed by another version is re-parsed in place on re-ingest.
PARSER_VERSION = f"banmian-{banmian.__version__}"
RECORDS_VERSION = "records"  # pages built from already-structured records: nothing to re-parse
RERANK_WINDOW = 100  # verbatim hits are re-ordered by exact occurrence of the query text; the first page size


class ArchiveError(BadInput):
    """The archive cannot be opened or used (bad location, newer schema, missing driver)."""


def default_db() -> str:
    """The archive a command uses when none is given: ``$BANMIAN_DB`` or ``./banmian.db``."""
    return os.environ.get("BANMIAN_DB") or "banmian.db"


@dataclass
class SearchHit:
    """One article found by a search; ``snippet`` is plain text, ``highlights`` are [start, end) offsets in it."""

    article_id: int
    page_id: int
    newspaper: str
    date: str
    edition: str
    page: int | None
    title: str | None
    kicker: str | None
    subtitle: str | None
    authors: list[str]
    snippet: str
    highlights: list[tuple[int, int]]
    score: float

    def snippet_html(self, tag: str = "mark") -> str:
        """The snippet as HTML: text escaped, highlights wrapped in ``<mark>``."""
        from html import escape

        out, pos = [], 0
        for s, e in self.highlights:
            out += [escape(self.snippet[pos:s]), f"<{tag}>", escape(self.snippet[s:e]), f"</{tag}>"]
            pos = e
        out.append(escape(self.snippet[pos:]))
        return "".join(out)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["highlights"] = [list(h) for h in self.highlights]
        return d


@dataclass
class SearchResult:
    """A page of hits, the total number of matching articles and facet counts over all of them.

    ``facets`` maps ``newspaper``, ``month`` (``YYYY-MM``), ``page`` and ``author`` to lists of
    ``{"value": …, "count": n}``, most frequent first.  ``relaxed`` is true when no article held every
    word, so articles holding some of them were ranked instead.  ``total_exact`` is false when more articles
    match than are counted (``total`` is then a lower bound: more than ``total`` match; see ``Archive.search``'s
    ``exact_count``).  ``facets_exact`` is false when the facets do not
    count every match but only the newest ``facets_counted`` of them (the counts are then those of that sample).
    """

    hits: list[SearchHit]
    total: int
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    query: str = ""
    offset: int = 0
    limit: int = 20
    relaxed: bool = False
    total_exact: bool = True
    facets_exact: bool = True
    facets_counted: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "offset": self.offset,
            "limit": self.limit,
            "relaxed": self.relaxed,
            "total_exact": self.total_exact,
            "facets_exact": self.facets_exact,
            "facets_counted": self.facets_counted,
            "hits": [h.to_dict() for h in self.hits],
            "facets": self.facets,
        }


@dataclass
class IngestSummary:
    """What an ingest run did.  ``failed`` holds ``(source, reason)`` pairs; the run goes on past them."""

    ingested: int = 0
    updated: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    page_ids: list[int] = field(default_factory=list)

    def add(self, other: IngestSummary) -> None:
        self.ingested += other.ingested
        self.updated += other.updated
        self.skipped += other.skipped
        self.failed += other.failed
        self.page_ids += other.page_ids

    def to_dict(self) -> dict[str, Any]:
        return {
            "ingested": self.ingested,
            "updated": self.updated,
            "skipped": self.skipped,
            "failed": [{"source": s, "reason": r} for s, r in self.failed],
            "page_ids": list(self.page_ids),
        }


# Called as progress(done, total, label) while ingesting; total counts files (or records lines read so far).
Progress = Callable[[int, int | None, str], None]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _j(v: Any) -> str | None:
    return None if v is None else json.dumps(v, ensure_ascii=False)


def _unj(v: Any) -> Any:
    return json.loads(v) if isinstance(v, str) else v


class _Db:
    """A connection with one SQL dialect for both engines: ``?`` placeholders, rows as dicts."""

    def __init__(self, url: str, create: bool = True):
        self.url = url
        self.pg = url.startswith(("postgresql://", "postgres://"))
        if self.pg:
            try:
                import psycopg
                from psycopg.rows import dict_row
            except ImportError:
                raise ArchiveError(url, "PostgreSQL needs psycopg: pip install 'banmian[postgres]'") from None
            try:
                self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
            except psycopg.Error as e:
                raise ArchiveError(_redact(url), f"cannot connect: {str(e).strip().splitlines()[0]}") from None
        else:
            path = Path(url.removeprefix("sqlite:///").removeprefix("sqlite://"))
            if path.is_dir():
                raise ArchiveError(str(path), "is a folder, not an archive file")
            if not create and str(path) != ":memory:" and not path.exists():
                raise ArchiveError(str(path), "no such archive (banmian ingest creates one)")
            if str(path) != ":memory:":
                path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self.conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
                self.conn.row_factory = lambda c, r: {d[0]: v for d, v in zip(c.description, r, strict=True)}
                self.conn.execute("PRAGMA foreign_keys = ON")
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                # reads of a large archive: map the file (no copy into SQLite's cache) and keep 64 MB of pages
                self.conn.execute("PRAGMA mmap_size = 17179869184")
                self.conn.execute("PRAGMA cache_size = -65536")
            except sqlite3.DatabaseError as e:
                raise ArchiveError(str(path), f"not a banmian archive ({e})") from None
        self._depth = 0

    def execute(self, sql: str, params: Iterable[Any] = ()):
        if self.pg:
            return self.conn.execute(sql.replace("?", "%s"), tuple(params))
        return self.conn.execute(sql, tuple(params))

    def all(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        return list(self.execute(sql, params).fetchall())

    def tuples(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows as plain tuples (no dict per row: for queries returning many rows)."""
        if self.pg:
            from psycopg.rows import tuple_row

            with self.conn.cursor(row_factory=tuple_row) as cur:
                return list(cur.execute(sql.replace("?", "%s"), tuple(params)).fetchall())
        cur = self.conn.cursor()
        cur.row_factory = None
        return list(cur.execute(sql, tuple(params)).fetchall())

    def one(self, sql: str, params: Iterable[Any] = ()) -> dict[str, Any] | None:
        return self.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else next(iter(row.values()))

    def transaction(self):
        """One atomic unit: everything inside commits together or not at all."""
        if self.pg:
            return self.conn.transaction()
        return _SqliteTx(self)

    def close(self) -> None:
        self.conn.close()


class _SqliteTx:
    def __init__(self, db: _Db):
        self.db = db

    def __enter__(self):
        self.db._depth += 1
        if self.db._depth == 1:
            self.db.conn.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.db._depth -= 1
        if self.db._depth == 0:
            self.db.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


_DATE = re.compile(r"(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})")


def _meta_from_name(path: Path) -> tuple[str | None, int | None]:
    """A date (YYYY-MM-DD or YYYYMMDD) and a page number (last 1–2 digit group, or 第N版) from a file name."""
    stem = path.stem
    date = None
    m = _DATE.search(stem)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        date = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        stem = stem[: m.start()] + "_" + stem[m.end() :]
    if not date:
        m = _DATE.search(path.parent.name)
        if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            date = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    pm = re.search(r"第?(\d{1,2})版", stem) or re.search(r"(?:^|\D)(\d{1,2})$", stem)
    return date, int(pm.group(1)) if pm else None


class Archive:
    """A newspaper archive.  Open with :meth:`open`; use as a context manager or call :meth:`close`.

    One ``Archive`` wraps one database connection; it is not meant to be shared between threads
    that write at the same time (the web app opens one per request or guards it with a lock).
    """

    def __init__(self, db: _Db, *, parser_version: str = PARSER_VERSION):
        self._db = db
        self.url = db.url
        self.parser_version = parser_version
        self._migrate()

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(
        cls, url_or_path: str | os.PathLike | None = None, *, parser_version: str | None = None, create: bool = True
    ) -> Archive:
        """Open (creating and upgrading as needed) the archive at a SQLite path or a ``postgresql://`` URL.

        ``None`` means :func:`default_db`.  Raises :class:`ArchiveError` (a ``BadInput``) with a
        one-line reason when the location is unusable or the archive is from a newer banmian.
        ``parser_version`` overrides :data:`PARSER_VERSION` (tests simulate an upgrade with it).
        ``create=False`` refuses a SQLite path that does not exist yet (for read-only commands).
        """
        url = str(url_or_path) if url_or_path is not None else default_db()
        return cls(_Db(url, create), parser_version=parser_version or PARSER_VERSION)

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return "postgresql" if self._db.pg else "sqlite"

    def schema_version(self) -> int:
        """The schema version of this archive (after opening, always the newest this banmian knows)."""
        return int(self._db.scalar("SELECT max(version) FROM schema_version") or 0)

    def _migrate(self) -> None:
        db = self._db
        try:
            if db.pg:
                exists = db.scalar("SELECT to_regclass('schema_version') IS NOT NULL")
            else:
                exists = db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'")
        except sqlite3.DatabaseError as e:
            raise ArchiveError(self.url, f"not a banmian archive ({e})") from None
        if not exists:
            if not db.pg and db.scalar("SELECT count(*) FROM sqlite_master"):
                raise ArchiveError(self.url, "is an SQLite database but not a banmian archive")
            with db.transaction():
                db.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL, "
                    "description TEXT NOT NULL)"
                )
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise ArchiveError(
                self.url,
                f"was written by a newer banmian (schema {current}; this one knows {SCHEMA_VERSION}): upgrade banmian",
            )
        for version, description, sqlite_sql, pg_sql in MIGRATIONS:
            if version <= current:
                continue
            with db.transaction():
                for stmt in pg_sql if db.pg else sqlite_sql:
                    db.execute(stmt)
                if version in MIGRATION_HOOKS:
                    getattr(self, MIGRATION_HOOKS[version])()
                db.execute("INSERT INTO schema_version VALUES (?, ?, ?)", (version, _now(), description))
        seg = db.scalar("SELECT value FROM meta WHERE key = 'segmenter'")
        if seg != SEGMENTER_VERSION:
            self.reindex()

    def reindex(self) -> int:
        """Rebuild the full-text index from the stored articles (after a segmenter change).  Returns the count."""
        db = self._db
        n = 0
        with db.transaction():
            if db.pg:
                for row in db.all("SELECT id, kicker, title, subtitle, text FROM articles"):
                    db.execute(
                        f"UPDATE articles SET tsv = {_PG_TSV} WHERE id = ?", (*self._index_fields(row), row["id"])
                    )
                    n += 1
            else:
                db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
                for row in db.all("SELECT id, kicker, title, subtitle, text FROM articles"):
                    db.execute(
                        "INSERT INTO articles_fts (rowid, head, body, extra) VALUES (?, ?, ?, ?)",
                        (row["id"], *self._index_fields(row)),
                    )
                    n += 1
            db.execute("DELETE FROM meta WHERE key = 'segmenter'")
            db.execute("INSERT INTO meta VALUES ('segmenter', ?)", (SEGMENTER_VERSION,))
            self._refresh_term_stats(force=True)  # the terms are new
        return n

    def _refresh_term_stats(self, force: bool = True) -> int:
        from banmian.archive.search import refresh_term_stats

        return refresh_term_stats(self, force=force)

    # ------------------------------------------------------------------ ingest
    def ingest_page(
        self,
        page: Page,
        *,
        source_hash: str | None = None,
        source_index: int = 0,
        kind: str = "text",
        raw_text: str | None = None,
        file_ref: str | None = None,
        source_name: str | None = None,
        source_bytes: bytes | None = None,
        parser_version: str | None = None,
        edition: str = "",
        page_name: str | None = None,
        force: bool = False,
    ) -> tuple[str, int]:
        """Store one parsed ``Page`` (its ``newspaper`` and ``date`` must be set) in one transaction.

        Returns ``(status, page_id)`` with status ``"ingested"``, ``"updated"`` (same source hash
        parsed by another parser version, or a new text for a page number already in the issue:
        replaced in place, page id kept) or ``"skipped"`` (same hash and parser version).
        ``source_hash`` defaults to a hash of the page's JSON.  ``source_bytes`` (PDF/image files)
        are kept so the page can be shown and re-parsed later.  ``force`` replaces even an identical page.
        """
        if not page.newspaper:
            raise BadInput(page.source, "no newspaper name: give --newspaper")
        if not page.date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", page.date):
            raise BadInput(page.source, f"no valid issue date ({page.date!r}): give --date YYYY-MM-DD")
        version = parser_version or self.parser_version
        if source_hash is None:
            source_hash = _sha256(json.dumps(page.to_dict(), ensure_ascii=False, sort_keys=True).encode())
        db = self._db
        with db.transaction():
            existing = db.one(
                "SELECT id, parser_version FROM pages WHERE source_hash = ? AND source_index = ?",
                (source_hash, source_index),
            )
            if existing and existing["parser_version"] == version and not force:
                return "skipped", existing["id"]
            issue_id = self._issue_id(page.newspaper, page.date, edition)
            if existing is None and page.page is not None:
                existing = db.one(
                    "SELECT id, parser_version FROM pages WHERE issue_id = ? AND number = ? ORDER BY id LIMIT 1",
                    (issue_id, page.page),
                )
            if source_bytes is not None:
                db.execute(
                    "INSERT INTO sources (hash, name, data) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING",
                    (source_hash, source_name, source_bytes),
                )
            cols = dict(
                issue_id=issue_id,
                number=page.page,
                name=page_name,
                source=page.source,
                source_hash=source_hash,
                source_index=source_index,
                kind=kind,
                raw_text=raw_text,
                file_ref=file_ref,
                parser_version=version,
                ingested_at=_now(),
                unassigned=_j(page.unassigned),
            )
            if existing:
                page_id = existing["id"]
                self._delete_articles(page_id)
                db.execute("DELETE FROM furniture WHERE page_id = ?", (page_id,))
                db.execute(
                    f"UPDATE pages SET {', '.join(k + ' = ?' for k in cols)} WHERE id = ?", (*cols.values(), page_id)
                )
                status = "updated"
            else:
                page_id = db.scalar(
                    f"INSERT INTO pages ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) RETURNING id",
                    tuple(cols.values()),
                )
                status = "ingested"
            for i, f in enumerate(page.furniture):
                db.execute("INSERT INTO furniture (page_id, ord, text) VALUES (?, ?, ?)", (page_id, i, f))
            for i, a in enumerate(page.articles, 1):
                self._insert_article(page_id, i, a)
        return status, page_id

    def ingest_bytes(
        self,
        data: bytes,
        name: str,
        *,
        newspaper: str | None = None,
        date: str | None = None,
        page: int | None = None,
        edition: str = "",
        file_ref: str | None = None,
    ) -> IngestSummary:
        """Parse one file's bytes (text, PDF or image, through ``banmian.parse_bytes``) and store its pages.

        A file whose hash is already stored with the current parser version is skipped without
        parsing.  A file that cannot be parsed is reported in ``failed`` (nothing is stored).
        Missing ``date``/``page`` are taken from the file name when it holds them (``2022-12-20``,
        ``20221220``, ``…-03.txt``, ``第3版``), and then, with a missing ``newspaper``, from what the page's head
        prints (``2020年1月8日 星期三  人民日报  文化  10``).
        """
        summary = IngestSummary()
        name_date, name_page = _meta_from_name(Path(name))
        date = date or name_date
        page = page if page is not None else name_page
        digest = _sha256(data)
        done = self._db.all("SELECT id, parser_version FROM pages WHERE source_hash = ?", (digest,))
        if done and all(r["parser_version"] == self.parser_version for r in done):
            summary.skipped += len(done)
            summary.page_ids += [r["id"] for r in done]
            return summary
        try:
            pages = banmian.parse_bytes(data, name, newspaper=newspaper, date=date, page=page)
            # (what is not given may be printed at the page's head: 2020年1月8日 星期三 人民日报 文化 10)
            if not all(pg.newspaper for pg in pages):
                raise BadInput(name, "no newspaper name: give --newspaper (the page's head names none)")
            if not all(pg.date for pg in pages):
                raise BadInput(
                    name,
                    "no issue date: give --date YYYY-MM-DD or put the date in the file name (the page's head has none)",
                )
        except BadInput as e:
            summary.failed.append((name, e.reason))
            return summary
        except Exception as e:  # a parser bug on one file must not stop a folder run
            summary.failed.append((name, f"parser error: {type(e).__name__}: {e}"))
            return summary
        is_text = not (
            data[:5] == b"%PDF-"
            or Path(name).suffix.lower() in banmian.pipeline.IMAGE_SUFFIXES
            or Path(name).suffix.lower() in banmian.pipeline.PDF_SUFFIXES
        )
        texts: list[str] = []
        if is_text:
            import warnings

            from banmian.sources.text import DamagedText, decode_text, split_pages

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DamagedText)  # (the parse above has said so once)
                raw = decode_text(data, name)
            texts = split_pages(raw)  # (an issue's pages in one file: each page keeps its own text)
        for idx, pg in enumerate(pages):
            try:
                status, pid = self.ingest_page(
                    pg,
                    source_hash=digest,
                    source_index=idx,
                    kind="text" if is_text else "file",
                    raw_text=(texts[idx] if len(texts) == len(pages) else "\f".join(texts)) if is_text else None,
                    file_ref=file_ref,
                    source_name=Path(name).name,
                    source_bytes=None if is_text else data,
                    edition=edition,
                )
            except BadInput as e:
                summary.failed.append((name, e.reason))
                continue
            setattr(summary, status, getattr(summary, status) + 1)
            summary.page_ids.append(pid)
        return summary

    def ingest_records(
        self, records: Iterable[dict[str, Any]], *, source: str | None = None, progress: Progress | None = None
    ) -> IngestSummary:
        """Store already-structured records: corpus-style article records or whole-page dicts.

        An article record has ``newspaper``, ``date``, ``page`` and ``kicker``/``title``/``subtitle``/
        ``paragraphs`` (optionally ``id``, ``byline``, ``authors``, ``edition``, ``page_name``); consecutive
        records of the same newspaper, date and page make one page.  A page dict (``Page.to_dict()``,
        as ``banmian parse --format jsonl`` writes) is stored as it is.  Each page is hashed and
        committed on its own, so an interrupted run resumes where it stopped.
        """
        from banmian.archive.ingest import records_to_pages

        summary = IngestSummary()
        n = 0
        for item in records_to_pages(records, source):
            n += 1
            if isinstance(item, BadInput):
                summary.failed.append((item.source or source or "?", item.reason))
                continue
            page, digest, edition, name = item
            try:
                status, pid = self.ingest_page(
                    page,
                    source_hash=digest,
                    kind="records",
                    parser_version=RECORDS_VERSION,
                    edition=edition,
                    page_name=name,
                )
            except BadInput as e:
                summary.failed.append((e.source or source or "?", e.reason))
                continue
            setattr(summary, status, getattr(summary, status) + 1)
            summary.page_ids.append(pid)
            if progress:
                progress(n, None, page.source or "")
        return summary

    def ingest_path(
        self,
        paths: Iterable[str | os.PathLike],
        *,
        newspaper: str | None = None,
        date: str | None = None,
        page: int | None = None,
        edition: str = "",
        progress: Progress | None = None,
    ) -> IngestSummary:
        """Ingest files and folders (recursively): page files via ``ingest_bytes``, ``.jsonl``/``.jsonl.gz``
        via ``ingest_records``.  A bad file is recorded in ``failed`` with its reason and the run goes on.
        """
        from banmian.archive.ingest import collect_files, read_records

        files, failed = collect_files([Path(p) for p in paths])
        summary = IngestSummary(failed=failed)
        for i, f in enumerate(files):
            label = str(f)
            if f.name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
                try:
                    summary.add(self.ingest_records(read_records(f), source=label))
                except BadInput as e:
                    summary.failed.append((label, e.reason))
            else:
                try:
                    data = f.read_bytes()
                except OSError as e:
                    summary.failed.append((label, f"cannot read: {e.strerror}"))
                else:
                    summary.add(
                        self.ingest_bytes(
                            data,
                            label,
                            newspaper=newspaper,
                            date=date,
                            page=page,
                            edition=edition,
                            file_ref=str(f.resolve()),
                        )
                    )
            if progress:
                progress(i + 1, len(files), label)
        self._after_bulk(summary)
        return summary

    def _after_bulk(self, summary: IngestSummary) -> None:
        """Refresh the planner's statistics after a large ingest (PostgreSQL picks poor plans without them), and
        the common terms' counts when the archive has grown by a tenth since they were counted."""
        if summary.ingested + summary.updated >= 500:
            self._refresh_term_stats(force=False)
            self._db.execute(
                "ANALYZE newspapers, issues, pages, articles, article_authors, article_facets, entities, article_entities"
                if self._db.pg
                else "PRAGMA optimize"
            )

    def reparse(self, *, all_pages: bool = False) -> IngestSummary:
        """Re-parse stored pages whose parser version is not the current one (or every page) from their
        stored text or file, in place (ids kept).  Pages built from records are left alone."""
        summary = IngestSummary()
        cond = "" if all_pages else " AND p.parser_version <> ?"
        rows = self._db.all(
            "SELECT p.id, p.number, p.source, p.source_hash, p.source_index, p.kind, p.raw_text, p.file_ref, "
            "i.date, i.edition, n.name AS newspaper FROM pages p JOIN issues i ON i.id = p.issue_id "
            f"JOIN newspapers n ON n.id = i.newspaper_id WHERE p.kind <> 'records'{cond}",
            () if all_pages else (self.parser_version,),
        )
        for r in rows:
            meta = dict(source=r["source"], newspaper=r["newspaper"], date=r["date"], page=r["number"])
            try:
                if r["kind"] == "text":
                    pages = [banmian.parse_text(r["raw_text"] or "", **meta)]
                else:
                    src = self._db.one("SELECT name, data FROM sources WHERE hash = ?", (r["source_hash"],))
                    if src is None:
                        raise BadInput(r["source"], "the source file is not stored")
                    pages = banmian.parse_bytes(bytes(src["data"]), src["name"] or r["source"] or "page", **meta)
                pg = pages[min(r["source_index"], len(pages) - 1)]
                pg.page = r["number"]
                status, pid = self.ingest_page(
                    pg,
                    source_hash=r["source_hash"],
                    source_index=r["source_index"],
                    kind=r["kind"],
                    raw_text=r["raw_text"],
                    file_ref=r["file_ref"],
                    edition=r["edition"],
                    force=True,
                )
                summary.updated += 1
                summary.page_ids.append(pid)
            except BadInput as e:
                summary.failed.append((r["source"] or str(r["id"]), e.reason))
        return summary

    def delete_page(self, page_id: int) -> bool:
        """Delete a page with its articles and furniture (and its issue/newspaper when left empty).  True if it existed."""
        db = self._db
        with db.transaction():
            row = db.one(
                "SELECT p.issue_id, p.source_hash, i.newspaper_id FROM pages p "
                "JOIN issues i ON i.id = p.issue_id WHERE p.id = ?",
                (page_id,),
            )
            if row is None:
                return False
            self._delete_articles(page_id)
            db.execute("DELETE FROM furniture WHERE page_id = ?", (page_id,))
            db.execute("DELETE FROM pages WHERE id = ?", (page_id,))
            if not db.scalar("SELECT count(*) FROM pages WHERE source_hash = ?", (row["source_hash"],)):
                db.execute("DELETE FROM sources WHERE hash = ?", (row["source_hash"],))
            if not db.scalar("SELECT count(*) FROM pages WHERE issue_id = ?", (row["issue_id"],)):
                db.execute("DELETE FROM issues WHERE id = ?", (row["issue_id"],))
                if not db.scalar("SELECT count(*) FROM issues WHERE newspaper_id = ?", (row["newspaper_id"],)):
                    db.execute("DELETE FROM newspapers WHERE id = ?", (row["newspaper_id"],))
        return True

    # ------------------------------------------------------------------ internals of storing
    def _issue_id(self, newspaper: str, date: str, edition: str) -> int:
        db = self._db
        db.execute("INSERT INTO newspapers (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (newspaper,))
        nid = db.scalar("SELECT id FROM newspapers WHERE name = ?", (newspaper,))
        db.execute(
            "INSERT INTO issues (newspaper_id, date, edition) VALUES (?, ?, ?) "
            "ON CONFLICT (newspaper_id, date, edition) DO NOTHING",
            (nid, date, edition),
        )
        return db.scalar(
            "SELECT id FROM issues WHERE newspaper_id = ? AND date = ? AND edition = ?", (nid, date, edition)
        )

    @staticmethod
    def _plain_text(a) -> str:
        return "\n".join(a.text_fields())

    @staticmethod
    def _index_fields(row: dict[str, Any]) -> tuple[str, str, str]:
        """(head, body, extra) as indexed: the headline's words and bigrams (they weigh more in ranking), the words
        of the whole article text, and its gram stream, character bigrams in order (see ``segment``)."""
        head = " ".join(s for s in (row.get("kicker"), row.get("title"), row.get("subtitle")) if s)
        body, extra = index_text(row["text"])
        return index_head(head), body, extra

    def _insert_article(self, page_id: int, ordinal: int, a) -> int:
        db = self._db
        text = self._plain_text(a)
        row = dict(
            page_id=page_id,
            ord=ordinal,
            key=a.id or None,
            kicker=a.kicker,
            title=a.title,
            subtitle=a.subtitle,
            column_name=a.column,
            byline=a.byline,
            authors=_j(list(a.authors)),
            body=_j([b.to_dict() for b in a.body]),
            captions=_j(list(a.captions)),
            continues_to=_j(a.continues_to.to_dict() if a.continues_to else None),
            continued_from=_j(a.continued_from.to_dict() if a.continued_from else None),
            region=_j([r.to_dict() for r in a.region]) if a.region else None,
            entities=_j(a.entities),
            text=text,
        )
        fields = self._index_fields(row)
        if db.pg:
            aid = db.scalar(
                f"INSERT INTO articles ({', '.join(row)}, tsv) VALUES ({', '.join('?' * len(row))}, {_PG_TSV}) "
                "RETURNING id",
                (*row.values(), *fields),
            )
        else:
            aid = db.scalar(
                f"INSERT INTO articles ({', '.join(row)}) VALUES ({', '.join('?' * len(row))}) RETURNING id",
                tuple(row.values()),
            )
            db.execute("INSERT INTO articles_fts (rowid, head, body, extra) VALUES (?, ?, ?, ?)", (aid, *fields))
        db.execute(
            "INSERT INTO article_facets (article_id, newspaper_id, date, page) SELECT ?, i.newspaper_id, i.date, "
            "p.number FROM pages p JOIN issues i ON i.id = p.issue_id WHERE p.id = ?",
            (aid, page_id),
        )
        for author in dict.fromkeys(a.authors):
            db.execute("INSERT INTO article_authors (article_id, author) VALUES (?, ?)", (aid, author))
        if a.entities:
            from banmian.archive.entities import index_article

            index_article(db, aid, page_id, a.entities)
        return aid

    def _delete_articles(self, page_id: int) -> None:
        db = self._db
        if not db.pg:
            # A contentless FTS5 row is deleted by giving the tokens it was indexed with again.
            for row in db.all("SELECT id, kicker, title, subtitle, text FROM articles WHERE page_id = ?", (page_id,)):
                db.execute(
                    "INSERT INTO articles_fts (articles_fts, rowid, head, body, extra) VALUES ('delete', ?, ?, ?, ?)",
                    (row["id"], *self._index_fields(row)),
                )
        for table in ("article_authors", "article_facets"):
            db.execute(
                f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM articles WHERE page_id = ?)", (page_id,)
            )
        from banmian.archive.entities import drop_orphans, unlink

        entity_ids = unlink(db, "a.page_id = ?", (page_id,))
        db.execute("DELETE FROM articles WHERE page_id = ?", (page_id,))
        drop_orphans(db, entity_ids)

    # ------------------------------------------------------------------ browsing
    def newspapers(self) -> list[dict[str, Any]]:
        """Every newspaper: ``{"name", "issues", "pages", "first_date", "last_date"}``, by name."""
        return self._db.all(
            "SELECT n.name, count(DISTINCT i.id) AS issues, count(p.id) AS pages, min(i.date) AS first_date, "
            "max(i.date) AS last_date FROM newspapers n JOIN issues i ON i.newspaper_id = n.id "
            "JOIN pages p ON p.issue_id = i.id GROUP BY n.name ORDER BY n.name"
        )

    def issues(self, newspaper: str, year: int | None = None) -> list[dict[str, Any]]:
        """Issues of a newspaper (optionally one year), newest first: ``{"date", "edition", "pages", "articles"}``."""
        params: list[Any] = [newspaper]
        cond = ""
        if year is not None:
            cond = " AND i.date >= ? AND i.date < ?"
            params += [f"{int(year):04d}-01-01", f"{int(year) + 1:04d}-01-01"]
        return self._db.all(
            "SELECT i.date, i.edition, count(DISTINCT p.id) AS pages, count(a.id) AS articles FROM issues i "
            "JOIN newspapers n ON n.id = i.newspaper_id JOIN pages p ON p.issue_id = i.id "
            f"LEFT JOIN articles a ON a.page_id = p.id WHERE n.name = ?{cond} "
            "GROUP BY i.date, i.edition ORDER BY i.date DESC, i.edition",
            params,
        )

    def latest_issues(self, limit: int = 10) -> list[dict[str, Any]]:
        """The most recent issues over all newspapers: ``{"newspaper", "date", "edition", "pages"}``."""
        return self._db.all(
            "SELECT n.name AS newspaper, i.date, i.edition, count(p.id) AS pages FROM issues i "
            "JOIN newspapers n ON n.id = i.newspaper_id JOIN pages p ON p.issue_id = i.id "
            "GROUP BY n.name, i.date, i.edition ORDER BY i.date DESC, n.name LIMIT ?",
            (int(limit),),
        )

    def pages(self, newspaper: str, date: str, edition: str | None = None) -> list[dict[str, Any]]:
        """Pages of one issue in page order: ``{"id", "number", "name", "edition", "kind", "source", "articles"}``.

        ``kind`` is ``text`` (raw text stored), ``file`` (a PDF or image stored: see :meth:`get_source`)
        or ``records`` (structured records, no page text).
        """
        params: list[Any] = [newspaper, date]
        cond = ""
        if edition is not None:
            cond, params = " AND i.edition = ?", params + [edition]
        return self._db.all(
            "SELECT p.id, p.number, p.name, i.edition, p.kind, p.source, count(a.id) AS articles FROM pages p "
            "JOIN issues i ON i.id = p.issue_id JOIN newspapers n ON n.id = i.newspaper_id "
            f"LEFT JOIN articles a ON a.page_id = p.id WHERE n.name = ? AND i.date = ?{cond} "
            "GROUP BY p.id, p.number, p.name, i.edition, p.kind, p.source "
            "ORDER BY i.edition, p.number IS NULL, p.number, p.id",
            params,
        )

    def get_page(self, page_id: int) -> dict[str, Any] | None:
        """One page with everything: metadata, ``raw_text`` (text pages), ``furniture``, ``unassigned``,
        ``articles`` (full article dicts, in page order), ``prev_page_id``/``next_page_id`` within the issue.
        ``None`` if there is no such page."""
        db = self._db
        p = db.one(
            "SELECT p.id, p.number, p.name, p.source, p.source_hash, p.source_index, p.kind, p.raw_text, "
            "p.file_ref, p.parser_version, p.ingested_at, p.unassigned, p.issue_id, i.date, i.edition, "
            "n.name AS newspaper FROM pages p JOIN issues i ON i.id = p.issue_id "
            "JOIN newspapers n ON n.id = i.newspaper_id WHERE p.id = ?",
            (int(page_id),),
        )
        if p is None:
            return None
        p["unassigned"] = _unj(p["unassigned"]) or []
        p["furniture"] = [
            r["text"] for r in db.all("SELECT text FROM furniture WHERE page_id = ? ORDER BY ord", (p["id"],))
        ]
        p["has_source_file"] = bool(db.scalar("SELECT count(*) FROM sources WHERE hash = ?", (p["source_hash"],)))
        siblings = [r["id"] for r in self.pages(p["newspaper"], p["date"], p["edition"])]
        k = siblings.index(p["id"])
        p["prev_page_id"] = siblings[k - 1] if k > 0 else None
        p["next_page_id"] = siblings[k + 1] if k + 1 < len(siblings) else None
        rows = db.all(f"{_ARTICLE_SELECT} WHERE a.page_id = ? ORDER BY a.ord", (p["id"],))
        p["articles"] = [self._article_dict(r) for r in rows]
        del p["issue_id"]
        return p

    def get_article(self, article_id: int) -> dict[str, Any] | None:
        """One article: every parse field (``kicker``, ``title``, ``subtitle``, ``column``, ``byline``, ``authors``,
        ``body`` as ``[{"type", "text"}]``, ``captions``, ``region``, ``entities``), its ``newspaper``, ``date``,
        ``edition``, ``page``, ``page_id``, ``key`` (the source's own id) and ``continues_to``/``continued_from``
        as ``{"page", "text", "page_id"}`` (``page_id`` resolved within the issue when that page is stored)."""
        row = self._db.one(f"{_ARTICLE_SELECT} WHERE a.id = ?", (int(article_id),))
        return None if row is None else self._article_dict(row)

    def get_source(self, page_id: int) -> tuple[str, bytes] | None:
        """The stored source file (PDF or image) of a page as ``(file name, bytes)``, or ``None``."""
        row = self._db.one(
            "SELECT s.name, s.data FROM pages p JOIN sources s ON s.hash = p.source_hash WHERE p.id = ?",
            (int(page_id),),
        )
        return None if row is None else (row["name"] or "page", bytes(row["data"]))

    def stats(self) -> dict[str, int]:
        """Counts: newspapers, issues, pages, articles."""
        return {
            t: int(self._db.scalar(f"SELECT count(*) FROM {t}") or 0)
            for t in ("newspapers", "issues", "pages", "articles")
        }

    def _article_dict(self, r: dict[str, Any]) -> dict[str, Any]:
        d = {
            "id": r["id"],
            "key": r["key"],
            "page_id": r["page_id"],
            "newspaper": r["newspaper"],
            "date": r["date"],
            "edition": r["edition"],
            "page": r["number"],
            "page_name": r["page_name"],
            "order": r["ord"],
            "column": r["column_name"],
            "kicker": r["kicker"],
            "title": r["title"],
            "subtitle": r["subtitle"],
            "byline": r["byline"],
            "authors": _unj(r["authors"]) or [],
            "body": _unj(r["body"]) or [],
            "captions": _unj(r["captions"]) or [],
            "region": _unj(r["region"]) or [],
            "entities": _unj(r["entities"]),
        }
        for k in ("continues_to", "continued_from"):
            c = _unj(r[k])
            if c is not None and c.get("page") is not None:
                c["page_id"] = self._db.scalar(
                    "SELECT id FROM pages WHERE issue_id = ? AND number = ? ORDER BY id LIMIT 1",
                    (r["issue_id"], c["page"]),
                )
            d[k] = c
        return d

    # ------------------------------------------------------------------ search
    def search(
        self,
        query: str = "",
        *,
        newspaper: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        page: int | None = None,
        author: str | None = None,
        person: str | None = None,
        place: str | None = None,
        organization: str | None = None,
        limit: int = 20,
        offset: int = 0,
        facets: bool = True,
        exact_count: bool = False,
    ) -> SearchResult:
        """Find articles.  ``query`` may be empty (then filters alone select, newest first).

        Words are ANDed (if no article holds them all, articles holding some are ranked instead and
        ``relaxed`` is set); ``"…"`` is an exact phrase; ``OR`` separates alternatives; any other
        operator character is plain text.  Filters: ``newspaper`` (exact name), ``date_from``/``date_to``
        (inclusive ISO dates or prefixes such as ``2019-02``), ``page`` (number), ``author`` (exact name),
        ``person``/``place``/``organization`` (an entity's name, as ``banmian enrich`` found it; facets then
        also count the result's top persons, places and organisations).
        Hits are ranked by BM25 (headlines weigh 5×), the first hundred re-ordered so articles holding
        the query text verbatim come first.
        ``total`` counts the matches up to ``search.COUNT_CAP`` (2,000) or to the end of the page asked for,
        whichever is further; beyond it ``total_exact`` is false and ``total`` a lower bound.  ``exact_count``
        counts every match (its cost grows with the number of matches; see docs/archive.md).
        """
        from banmian.archive.search import run_search

        return run_search(
            self,
            query,
            dict(
                newspaper=newspaper,
                date_from=date_from,
                date_to=date_to,
                page=page,
                author=author,
                person=person,
                place=place,
                organization=organization,
            ),
            limit=max(0, int(limit)),
            offset=max(0, int(offset)),
            facets=facets,
            exact_count=exact_count,
        )

    def iter_articles(self, query: str = "", **filters: Any) -> Iterator[dict[str, Any]]:
        """Every article matching a search (or only filters), in result order, as :meth:`get_article` dicts."""
        from banmian.archive.search import iter_ids

        for aid in iter_ids(self, query, filters):
            art = self.get_article(aid)
            if art is not None:
                yield art

    # ------------------------------------------------------------------ entities (see archive/entities.py)
    def enrich(self, *, all_articles: bool = False, progress: Callable[[int, int, str], None] | None = None, **kw: Any):
        """Add persons, places, organisations, dates, amounts and keywords to stored articles that have none (or
        to every article), one transaction per page, resumable.  Returns an ``EnrichSummary``.  Needs
        ``banmian[nlp]`` (raises ``banmian.enrich.MissingExtra`` otherwise)."""
        from banmian.archive.entities import enrich_archive

        return enrich_archive(self, all_articles=all_articles, progress=progress, **kw)

    def entities(
        self, newspaper: str, type: str | None = None, *, prefix: str | None = None, limit: int = 100, offset: int = 0
    ) -> dict[str, Any]:
        """A newspaper's persons / places / organisations, most mentioned first, with article counts and dates."""
        from banmian.archive.entities import list_entities

        return list_entities(self, newspaper, type, prefix=prefix, limit=limit, offset=offset)

    def entity_counts(self, newspaper: str) -> dict[str, int]:
        """``{"person": n, "place": n, "organization": n}``: distinct entities a newspaper's articles mention."""
        from banmian.archive.entities import entity_counts

        return entity_counts(self, newspaper)

    def entity(
        self, newspaper: str, type: str, name: str, *, limit: int = 200, offset: int = 0
    ) -> dict[str, Any] | None:
        """One person / place / organisation of a newspaper: its articles over time (newest first), a count per
        month, and for persons the roles printed with the name.  ``None`` if the newspaper never names it."""
        from banmian.archive.entities import get_entity

        return get_entity(self, newspaper, type, name, limit=limit, offset=offset)

    def _reindex_entities(self) -> int:
        from banmian.archive.entities import reindex_all

        return reindex_all(self._db)

    def export(self, fmt: str, out: str | os.PathLike | None, query: str = "", **filters: Any) -> int:
        """Write every matching article as ``jsonl``, ``csv`` or ``markdown`` to ``out`` (a file; a folder —
        ``out/``, an existing folder or a name without extension — gets ``banmian-export.<ext>`` inside it;
        ``None``/``-`` is standard output), atomically.
        Returns the number of articles written."""
        from banmian.archive.export import export

        return export(self, fmt, out, query, **filters)


# head weighs A, the body's words D, the gram stream C (gram phrases ask for :C); || shifts positions, so a phrase
# never spans two parts.  The grams come first: tsvector positions stop at 16,383, and only gram phrases need them.
_PG_TSV = (
    "(SELECT setweight(to_tsvector('simple', x.e), 'C') || setweight(to_tsvector('simple', x.h), 'A') "
    "|| to_tsvector('simple', x.b) FROM (SELECT ?::text AS h, ?::text AS b, ?::text AS e) x)"
)

_ARTICLE_SELECT = (
    "SELECT a.*, p.number, p.name AS page_name, p.issue_id, i.date, i.edition, n.name AS newspaper FROM articles a "
    "JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id JOIN newspapers n ON n.id = i.newspaper_id"
)
