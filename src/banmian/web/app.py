"""The web reader and JSON API: ``create_app(archive_url, token=None)`` gives a FastAPI (ASGI) application.

Reading is open; changing the archive (upload, delete) needs the token (``BANMIAN_TOKEN``): as
``Authorization: Bearer <token>`` on the API, or typed into the upload form, which is also CSRF-protected.
HTML is rendered on the server with Jinja2 (autoescaped); the few scripts and the stylesheet are served from
``/static`` — no CDN, the machines may be offline.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import threading
from collections import OrderedDict
from contextlib import asynccontextmanager
from datetime import date as _date
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi import Path as Path_
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException as StarletteHTTPException

import banmian
from banmian.web import entity_views, render, views
from banmian.web.security import (
    CSRF_COOKIE,
    CSRF_FIELD,
    MAX_UPLOAD_BYTES,
    MAX_UPLOAD_FILES,
    UPLOAD_SUFFIXES,
    Csrf,
    bearer,
    token_matches,
    upload_problem,
)

HERE = Path(__file__).parent
PER_PAGE = 20
ENTITIES_PER_PAGE = 100  # names on a newspaper's entity index page
ENTITY_ARTICLES_PER_PAGE = 200  # articles on a person / place / organisation page
MAX_UPLOAD_TOTAL = 200 * 1024 * 1024  # one request, all files together
MAX_OFFSET = 10_000  # deep pagination costs the engine; nobody reads result 10,001 in a browser
MAX_PAGE = MAX_OFFSET // PER_PAGE + 1  # the reader's last page (its first hit at MAX_OFFSET)
MAX_QUERY = 200
_DATE_ARG = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class Store:
    """The archive behind the app: one connection per worker thread (an ``Archive`` is not shared between
    threads), all closed on shutdown.  Opening once at start makes a bad ``--db`` fail before serving."""

    def __init__(self, url: str):
        from banmian.archive import Archive

        self.url = url
        self._open = Archive.open
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()
        self.get()

    def get(self):
        ar = getattr(self._local, "archive", None)
        if ar is None:
            ar = self._open(self.url)
            self._local.archive = ar
            with self._lock:
                self._all.append(ar)
        return ar

    def close(self) -> None:
        with self._lock:
            for ar in self._all:
                with contextlib.suppress(Exception):  # at shutdown, a connection already gone is fine
                    ar.close()
            self._all.clear()
        self._local = threading.local()


class ImageCache:
    """Rendered page images (bytes, media type) and page sizes by source hash; a small LRU."""

    def __init__(self, size: int = 64):
        self.size = size
        self._d: OrderedDict[tuple, tuple[Any, str]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> tuple[Any, str] | None:
        with self._lock:
            v = self._d.get(key)
            if v is not None:
                self._d.move_to_end(key)
            return v

    def put(self, key: tuple, value: tuple[Any, str]) -> None:
        with self._lock:
            self._d[key] = value
            self._d.move_to_end(key)
            while len(self._d) > self.size:
                self._d.popitem(last=False)


def _check_date(value: str | None, name: str) -> str | None:
    if value in (None, ""):
        return None
    value = value.strip()
    ok = bool(_DATE_ARG.fullmatch(value))
    if ok and len(value) == 7:
        ok = 1 <= int(value[5:]) <= 12
    elif ok and len(value) == 10:
        try:
            _date.fromisoformat(value)
        except ValueError:
            ok = False
    if not ok:
        raise HTTPException(422, f"{name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value[:40]!r}")
    return value


def _valid_issue_date(value: str) -> str:
    try:
        return _date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise HTTPException(422, f"date: expected YYYY-MM-DD, got {value[:40]!r}") from None


def create_app(
    archive_url: str | None = None,
    token: str | None = None,
    *,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    csrf_secret: bytes | None = None,
) -> FastAPI:
    """The application over the archive at ``archive_url`` (SQLite path or ``postgresql://`` URL; default
    ``$BANMIAN_DB`` or ``./banmian.db``).  ``token`` defaults to ``$BANMIAN_TOKEN``; with no token, nobody can
    change the archive through the web."""
    from banmian.archive import default_db

    url = str(archive_url) if archive_url else default_db()
    token = token if token is not None else os.environ.get("BANMIAN_TOKEN") or None
    store = Store(url)
    csrf = Csrf(csrf_secret)
    images = ImageCache()
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["version"] = banmian.__version__
    # Give uploads room for multipart framing around the largest allowed set of files.
    max_body = min(max_upload_bytes * MAX_UPLOAD_FILES, MAX_UPLOAD_TOTAL) + 1024 * 1024

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="banmian archive API",
        version=banmian.__version__,
        description="Read and search a banmian newspaper archive; upload pages with a bearer token.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI and ReDoc load their scripts from a CDN; the machines are offline
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    class Guard:
        """Pure ASGI middleware (cheaper than ``@app.middleware``): refuse oversized uploads before the multipart
        parser spools them to disk, and add security headers to every answer."""

        HEADERS = [
            # Defence in depth behind autoescaping: no inline or foreign scripts, no framing, no sniffing.
            (
                b"content-security-policy",
                b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                b"script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            ),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"same-origin"),
        ]

        def __init__(self, inner):
            self.inner = inner

        async def __call__(self, scope, receive, send):
            if scope["type"] != "http":
                return await self.inner(scope, receive, send)
            if scope["method"] in ("POST", "PUT"):
                headers = dict(scope["headers"])
                length = headers.get(b"content-length")
                refusal = None
                if length is None and headers.get(b"transfer-encoding"):
                    refusal = (411, "a Content-Length header is required")
                elif length is not None and (not length.isdigit() or int(length) > max_body):
                    refusal = (413, f"the upload is over the {max_body // (1024 * 1024)} MB limit")
                if refusal:
                    response = _error(Request(scope), *refusal)
                    return await response(scope, receive, self._send_with_headers(send))
            await self.inner(scope, receive, self._send_with_headers(send))

        def _send_with_headers(self, send):
            async def wrapped(message):
                if message["type"] == "http.response.start":
                    have = {k.lower() for k, _ in message.get("headers", [])}
                    message["headers"] = list(message.get("headers", [])) + [
                        (k, v) for k, v in self.HEADERS if k not in have
                    ]
                await send(message)

            return wrapped

    app.add_middleware(Guard)

    def _wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def _error(request: Request, status: int, message: str) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=status)
        titles = {
            400: "请求有误",
            401: "需要口令",
            403: "禁止",
            404: "找不到",
            411: "需要长度",
            413: "文件太大",
            422: "参数有误",
            500: "出错了",
        }
        return templates.TemplateResponse(
            request,
            "error.html",
            {"status": status, "title": titles.get(status, "出错了"), "message": message, "nav": ""},
            status_code=status,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = "没有这个页面。Not found."
        resp = _error(request, exc.status_code, message)
        if exc.headers:
            resp.headers.update(exc.headers)
        return resp

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        if _wants_json(request):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        parts = ["{}: {}".format(".".join(str(x) for x in e.get("loc", ())[1:]), e.get("msg")) for e in exc.errors()]
        return _error(request, 422, "; ".join(parts) or "invalid request")

    def ar():
        return store.get()

    def require_token(request: Request) -> None:
        if not token_matches(token, bearer(request.headers.get("authorization"))):
            detail = "a valid token is required: Authorization: Bearer <token>"
            if not token:
                detail = "uploads are disabled: the server has no BANMIAN_TOKEN"
            raise HTTPException(401, detail, headers={"WWW-Authenticate": "Bearer"})

    def page_or_404(page_id: int) -> dict[str, Any]:
        p = ar().get_page(page_id)
        if p is None:
            raise HTTPException(404, f"no page {page_id}")
        return p

    def article_or_404(article_id: int) -> dict[str, Any]:
        a = ar().get_article(article_id)
        if a is None:
            raise HTTPException(404, f"no article {article_id}")
        return a

    def html(request: Request, name: str, **ctx: Any) -> Response:
        return templates.TemplateResponse(request, name, ctx)

    # ================================================================== HTML pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request):
        a = ar()
        papers = []
        for n in a.newspapers():
            arts = sum(i["articles"] for i in a.issues(n["name"]))
            papers.append(
                {
                    "name": n["name"],
                    "url": views.paper_url(n["name"]),
                    "issues": n["issues"],
                    "pages": n["pages"],
                    "articles": arts,
                    "first": n["first_date"],
                    "last": n["last_date"],
                }
            )
        latest = [
            {
                **i,
                "url": views.issue_url(i["newspaper"], i["date"], i["edition"] or None),
                "date_cn": views.date_cn(i["date"]),
            }
            for i in a.latest_issues(10)
        ]
        return html(request, "home.html", nav="home", newspapers=papers, latest=latest, totals=a.stats())

    @app.get("/n/{newspaper}", response_class=HTMLResponse, include_in_schema=False)
    def newspaper_view(request: Request, newspaper: str, year: int | None = None):
        a = ar()
        info = next((n for n in a.newspapers() if n["name"] == newspaper), None)
        if info is None:
            raise HTTPException(404, f"no newspaper named {newspaper}")
        issues = a.issues(newspaper)
        years = sorted({int(i["date"][:4]) for i in issues}, reverse=True)
        year = year if year in years else years[0]
        edition_of = {}
        for i in issues:
            edition_of.setdefault(i["date"], i["edition"] or None)
        months = views.calendar_months(
            year, (i["date"] for i in issues), lambda d: views.issue_url(newspaper, d, edition_of.get(d))
        )
        paper = {
            "name": newspaper,
            "issues": info["issues"],
            "pages": info["pages"],
            "articles": sum(i["articles"] for i in issues),
            "first": info["first_date"],
            "last": info["last_date"],
            "entities_url": entity_views.index_url(newspaper),
        }
        return html(request, "newspaper.html", nav="", paper=paper, years=years, year=year, months=months)

    @app.get("/n/{newspaper}/{day}", response_class=HTMLResponse, include_in_schema=False)
    def issue_view(request: Request, newspaper: str, day: str, edition: str | None = None):
        a = ar()
        pages = a.pages(newspaper, day, edition)
        if not pages:
            raise HTTPException(404, f"no issue of {newspaper} on {day}")
        edition = pages[0]["edition"]
        rows = []
        for p in pages:
            if p["kind"] == "file":
                image, titles = f"/p/{p['id']}/image.png", []
            else:
                image = None
                full = a.get_page(p["id"]) or {}
                titles = [x["title"] for x in full.get("articles", []) if x.get("title")]
            rows.append(
                {
                    "number": p["number"],
                    "name": p["name"],
                    "articles": p["articles"],
                    "kind_cn": render.kind_cn(p["kind"], p["source"]),
                    "url": f"/p/{p['id']}",
                    "image_url": image,
                    "titles": titles,
                }
            )
        dates = sorted({i["date"] for i in a.issues(newspaper)})
        k = dates.index(day) if day in dates else -1
        prev_d = dates[k - 1] if k > 0 else None
        next_d = dates[k + 1] if 0 <= k < len(dates) - 1 else None
        issue = {
            "newspaper": newspaper,
            "date": day,
            "date_cn": views.date_cn(day),
            "edition": edition,
            "paper_url": views.paper_url(newspaper),
            "pages": rows,
            "prev": {"date": prev_d, "url": views.issue_url(newspaper, prev_d)} if prev_d else None,
            "next": {"date": next_d, "url": views.issue_url(newspaper, next_d)} if next_d else None,
        }
        return html(request, "issue.html", nav="", issue=issue)

    @app.get("/n/{newspaper}/{day}/{number}", include_in_schema=False)
    def page_by_number(newspaper: str, day: str, number: int, edition: str | None = None):
        for p in ar().pages(newspaper, day, edition):
            if p["number"] == number:
                return RedirectResponse(f"/p/{p['id']}", status_code=302)
        raise HTTPException(404, f"no page {number} in {newspaper} of {day}")

    @app.get("/p/{page_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_view(request: Request, page_id: int):
        p = page_or_404(page_id)
        size = page_size(p) if p["kind"] == "file" and p.get("has_source_file") else None
        return html(request, "page.html", nav="", page=render.page_context(p, size))

    @app.get("/p/{page_id}/image.png", include_in_schema=False)
    def page_image(page_id: int, w: int = Query(1400, ge=100, le=3000)):
        p = page_or_404(page_id)
        # Keyed by the source's hash: a page re-uploaded in place (same id) gets a new image.
        key = (p["source_hash"], p.get("source_index") or 0, w)
        cached = images.get(key)
        if cached is None:
            src = ar().get_source(page_id)
            if src is None:
                raise HTTPException(404, f"page {page_id} has no stored image or PDF")
            try:
                cached = render.page_image(src[0], src[1], p.get("source_index") or 0, w)
            except render.CannotRender as e:
                raise HTTPException(404, str(e)) from None
            images.put(key, cached)
        data, media = cached
        return Response(data, media_type=media, headers={"Cache-Control": "public, max-age=3600"})

    def page_size(p: dict[str, Any]) -> tuple[float, float] | None:
        key = (p["source_hash"], p.get("source_index") or 0, "size")
        hit = images.get(key)
        if hit is not None:
            return hit[0]
        src = ar().get_source(p["id"])
        size = render.source_size(src[0], src[1], p.get("source_index") or 0) if src else None
        images.put(key, (size, ""))
        return size

    @app.get("/a/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_view(request: Request, article_id: int):
        a = article_or_404(article_id)
        url = str(request.url_for("article_view", article_id=article_id))
        return html(request, "article.html", nav="", art=render.article_context(a, url))

    @app.get("/e/{newspaper}", response_class=HTMLResponse, include_in_schema=False)
    def entities_view(
        request: Request,
        newspaper: str,
        kind: str = Query("person", alias="type", pattern=entity_views.KIND_PATTERN),
        prefix: str = Query("", max_length=50),
        p: int = Query(1, ge=1, le=10_000),
    ):
        a = ar()
        if not any(n["name"] == newspaper for n in a.newspapers()):
            raise HTTPException(404, f"no newspaper named {newspaper}")
        per = ENTITIES_PER_PAGE
        listing = a.entities(newspaper, kind, prefix=prefix or None, limit=per, offset=(p - 1) * per)
        e = entity_views.index_context(newspaper, kind, listing, a.entity_counts(newspaper), p, per, prefix)
        return html(request, "entities.html", nav="", e=e)

    @app.get("/e/{newspaper}/{kind}/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_view(request: Request, newspaper: str, kind: str, name: str, p: int = Query(1, ge=1, le=10_000)):
        if kind not in entity_views.KINDS:
            raise HTTPException(404, f"no such kind of entity: {kind[:40]}")
        ent = ar().entity(
            newspaper, kind, name, limit=ENTITY_ARTICLES_PER_PAGE, offset=(p - 1) * ENTITY_ARTICLES_PER_PAGE
        )
        if ent is None:
            raise HTTPException(404, f"{newspaper} names no {kind} {name[:40]}")
        return html(request, "entity.html", nav="", e=entity_views.entity_context(ent, p, ENTITY_ARTICLES_PER_PAGE))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_view(
        request: Request,
        q: str = "",
        newspaper: str | None = None,
        date_from: str | None = Query(None, alias="from"),
        date_to: str | None = Query(None, alias="to"),
        page: int | None = Query(None, ge=0, le=10_000),
        author: str | None = None,
        person: str | None = None,
        place: str | None = None,
        organization: str | None = None,
        exact_count: bool = False,
        p: int = Query(1, ge=1),
    ):
        q = q[:MAX_QUERY]
        p = min(p, MAX_PAGE)
        params = {"q": q, "newspaper": newspaper, "from": date_from, "to": date_to, "page": page, "author": author}
        params.update(person=person, place=place, organization=organization, exact_count=1 if exact_count else None)
        error = None
        try:
            f = _check_date(date_from, "from")
            t = _check_date(date_to, "to")
        except HTTPException as e:
            error, f, t = e.detail, None, None
            params["from"] = params["to"] = None
        searched = bool(
            q.strip() or newspaper or f or t or page is not None or author or person or place or organization
        )
        result = None
        if searched and not error:
            offset = (p - 1) * PER_PAGE
            result = ar().search(
                q,
                newspaper=newspaper or None,
                date_from=f,
                date_to=t,
                page=page,
                author=author or None,
                person=person or None,
                place=place or None,
                organization=organization or None,
                limit=PER_PAGE,
                offset=offset,
                exact_count=exact_count,
            )
        s = render.search_context(params, result, p, PER_PAGE, error, max_page=MAX_PAGE)
        return html(request, "search.html", nav="search", s=s)

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_form(request: Request):
        return upload_page(request)

    def upload_page(request: Request, *, result=None, error=None, form=None, status: int = 200) -> Response:
        cookie = request.cookies.get(CSRF_COOKIE)
        tok = cookie if csrf.valid(cookie) else csrf.new_token()
        papers = [n["name"] for n in ar().newspapers()]
        resp = templates.TemplateResponse(
            request,
            "upload.html",
            {
                "nav": "upload",
                "token_configured": bool(token),
                "csrf_token": tok,
                "result": result,
                "error": error,
                "form": form or {"newspaper": "", "date": ""},
                "papers": papers,
                "accept": ",".join(sorted(UPLOAD_SUFFIXES)),
                "max_mb": max_upload_bytes // (1024 * 1024),
                "max_files": MAX_UPLOAD_FILES,
            },
            status_code=status,
        )
        if tok != cookie:
            resp.set_cookie(
                CSRF_COOKIE, tok, httponly=True, samesite="strict", path="/", secure=request.url.scheme == "https"
            )
        return resp

    @app.post("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_submit(
        request: Request,
        newspaper: str = Form(""),
        date: str = Form(""),
        token_field: str = Form("", alias="token"),
        csrf_field: str = Form("", alias=CSRF_FIELD),
        file: Annotated[list[UploadFile], File()] = [],  # noqa: B006 (FastAPI copies defaults per request)
    ):
        form = {"newspaper": newspaper, "date": date}
        if not csrf.check(request.cookies.get(CSRF_COOKIE), csrf_field):
            return upload_page(
                request, error="表单已过期或来源不明（CSRF 校验失败），请重新提交。", form=form, status=403
            )
        if not token_matches(token, token_field):
            msg = "口令不对，未上传任何文件。" if token else "服务器没有设置口令，上传已关闭。"
            return upload_page(request, error=msg, form=form, status=401)
        try:
            result = ingest_uploads(newspaper, date, file)
        except HTTPException as e:
            return upload_page(request, error=str(e.detail), form=form, status=e.status_code)
        rows = []
        for r in result["files"]:
            status_cn = {"ingested": "已入库", "updated": "已更新", "skipped": "已存在", "failed": "失败"}[r["status"]]
            url = f"/p/{r['page_ids'][0]}" if r["page_ids"] else None
            rows.append({"file": r["file"], "status_cn": status_cn, "url": url, "detail": r["reason"] or "查看版面"})
        summary = {
            "ingested": result["ingested"] + result["updated"],
            "skipped": result["skipped"],
            "failed": [r for r in result["files"] if r["status"] == "failed"],
            "rows": rows,
        }
        return upload_page(request, result=summary, form=form, status=200 if not summary["failed"] else 422)

    def ingest_uploads(
        newspaper: str, day: str, files: list[UploadFile], page: int | None = None, edition: str = ""
    ) -> dict[str, Any]:
        """Check every file first (type, size, content), then ingest each one in its own transaction.

        A batch with any file that fails the checks is refused whole, so nothing is stored from it.  A file
        the parser rejects is reported with the reason and stores nothing (the archive parses before writing).
        """
        # (left empty, the name and the date come from the file name or what the page's head prints; a page that
        # says neither is refused with that reason)
        paper = (newspaper or "").strip() or None
        if paper is not None and len(paper) > 100:
            raise HTTPException(422, "newspaper: give the newspaper's name (1–100 characters) or leave it empty")
        issue = _valid_issue_date(day) if (day or "").strip() else None
        files = [f for f in files if f.filename]
        if not files:
            raise HTTPException(422, "file: no file was sent")
        if len(files) > MAX_UPLOAD_FILES:
            raise HTTPException(413, f"too many files: {len(files)} (at most {MAX_UPLOAD_FILES} at once)")
        blobs: list[tuple[str, bytes]] = []
        problems = []
        for f in files:
            name = Path(f.filename or "upload").name
            data = f.file.read(max_upload_bytes + 1)
            problem = upload_problem(name, data, max_upload_bytes)
            if problem:
                problems.append(f"{name}: {problem}")
            blobs.append((name, data))
        if problems:
            raise HTTPException(
                413 if any("limit" in x for x in problems) else 415, "nothing was stored: " + "; ".join(problems)
            )
        out = {"ingested": 0, "updated": 0, "skipped": 0, "files": []}
        for name, data in blobs:
            s = ar().ingest_bytes(data, name, newspaper=paper, date=issue, page=page, edition=edition)
            status = "failed" if s.failed else "updated" if s.updated else "ingested" if s.ingested else "skipped"
            out["ingested"] += s.ingested
            out["updated"] += s.updated
            out["skipped"] += s.skipped
            out["files"].append(
                {
                    "file": name,
                    "status": status,
                    "page_ids": list(s.page_ids),
                    "reason": "; ".join(r for _, r in s.failed) or None,
                }
            )
        return out

    # ================================================================== JSON API
    @app.get("/api/newspapers", tags=["browse"], summary="Newspapers in the archive")
    def api_newspapers() -> JSONResponse:
        return JSONResponse(ar().newspapers())

    @app.get("/api/issues", tags=["browse"], summary="Issues of a newspaper, newest first")
    def api_issues(newspaper: str, year: int | None = Query(None, ge=1000, le=9999)) -> JSONResponse:
        return JSONResponse(ar().issues(newspaper, year))

    @app.get("/api/issues/{newspaper}/{day}", tags=["browse"], summary="Pages of one issue")
    def api_issue_pages(newspaper: str, day: str, edition: str | None = None) -> JSONResponse:
        pages = ar().pages(newspaper, day, edition)
        if not pages:
            raise HTTPException(404, f"no issue of {newspaper} on {day}")
        return JSONResponse(pages)

    @app.get("/api/pages/{page_id}", tags=["browse"], summary="One page with its articles, furniture and text")
    def api_page(page_id: int) -> JSONResponse:
        return JSONResponse(page_or_404(page_id))

    @app.get("/api/articles/{article_id}", tags=["browse"], summary="One article with every field")
    def api_article(article_id: int) -> JSONResponse:
        return JSONResponse(article_or_404(article_id))

    @app.get("/api/entities", tags=["entities"], summary="A newspaper's persons, places or organisations")
    def api_entities(
        newspaper: str,
        kind: str | None = Query(None, alias="type", pattern=entity_views.KIND_PATTERN),
        prefix: str | None = Query(None, max_length=50, description="Names starting with this"),
        limit: int = Query(100, ge=0, le=1000),
        offset: int = Query(0, ge=0, le=MAX_OFFSET),
    ) -> JSONResponse:
        res = ar().entities(newspaper, kind, prefix=prefix or None, limit=limit, offset=offset)
        return JSONResponse({**res, "offset": offset, "limit": limit})

    @app.get(
        "/api/entities/{newspaper}/{kind}/{name:path}",
        tags=["entities"],
        summary="One person, place or organisation of a newspaper: articles over time, months, roles",
    )
    def api_entity(
        newspaper: str,
        kind: Annotated[str, Path_(pattern=entity_views.KIND_PATTERN)],
        name: str,
        limit: int = Query(200, ge=0, le=1000),
        offset: int = Query(0, ge=0, le=MAX_OFFSET),
    ) -> JSONResponse:
        ent = ar().entity(newspaper, kind, name, limit=limit, offset=offset)
        if ent is None:
            raise HTTPException(404, f"{newspaper} names no {kind} {name[:40]}")
        return JSONResponse(ent)

    @app.get("/api/search", tags=["search"], summary="Full-text search with filters, facets and pagination")
    def api_search(
        q: str = Query("", max_length=MAX_QUERY, description='Words (all required), "phrases", OR between.'),
        newspaper: str | None = None,
        date_from: str | None = Query(None, alias="from", description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)"),
        date_to: str | None = Query(None, alias="to", description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)"),
        page: int | None = Query(None, ge=0, le=10_000, description="Page number (版次)"),
        author: str | None = None,
        person: str | None = Query(None, description="An entity filter: articles naming this person"),
        place: str | None = None,
        organization: str | None = None,
        limit: int = Query(20, ge=0, le=100),
        offset: int = Query(0, ge=0, le=MAX_OFFSET),
        facets: bool = True,
        exact_count: bool = Query(
            False,
            description="Count every match. Without it `total` counts up to 2,000 or to the end of the page asked "
            "for, whichever is further, and `total_exact` is false beyond (`total` is then a lower bound); counting "
            "all can be slow on a large archive.",
        ),
    ) -> JSONResponse:
        res = ar().search(
            q,
            newspaper=newspaper or None,
            date_from=_check_date(date_from, "from"),
            date_to=_check_date(date_to, "to"),
            page=page,
            author=author or None,
            person=person or None,
            place=place or None,
            organization=organization or None,
            limit=limit,
            offset=offset,
            facets=facets,
            exact_count=exact_count,
        )
        return JSONResponse(res.to_dict())

    @app.get("/api/export", tags=["search"], summary="Every article of a search as JSON Lines or CSV (a download)")
    def api_export(
        format: str = Query("jsonl", pattern="^(jsonl|csv|markdown)$"),
        q: str = Query("", max_length=MAX_QUERY),
        newspaper: str | None = None,
        date_from: str | None = Query(None, alias="from"),
        date_to: str | None = Query(None, alias="to"),
        page: int | None = Query(None, ge=0, le=10_000),
        author: str | None = None,
        person: str | None = None,
        place: str | None = None,
        organization: str | None = None,
    ):
        filters = {
            "newspaper": newspaper or None,
            "date_from": _check_date(date_from, "from"),
            "date_to": _check_date(date_to, "to"),
            "page": page,
            "author": author or None,
            "person": person or None,
            "place": place or None,
            "organization": organization or None,
        }
        ext = {"jsonl": "jsonl", "csv": "csv", "markdown": "md"}[format]
        media = {"jsonl": "application/x-ndjson", "csv": "text/csv", "markdown": "text/markdown"}[format]
        # Export to a temporary file (the archive writes atomically) and stream it: memory stays flat.
        fd, tmp = tempfile.mkstemp(prefix="banmian-export-", suffix="." + ext)
        os.close(fd)
        try:
            ar().export(format, tmp, q, **filters)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return FileResponse(
            tmp,
            media_type=media + "; charset=utf-8",
            filename=f"banmian-export.{ext}",
            background=BackgroundTask(Path(tmp).unlink, missing_ok=True),
        )

    @app.post(
        "/api/pages",
        tags=["change"],
        summary="Upload page files (text, PDF, image); needs Authorization: Bearer <token>",
        responses={
            401: {"description": "no or wrong token"},
            413: {"description": "too large"},
            415: {"description": "file type not accepted"},
            422: {"description": "bad fields or bad file"},
        },
    )
    def api_upload(
        request: Request,
        file: Annotated[list[UploadFile], File(description="One or more page files")],
        newspaper: str = Form("", description="The newspaper's name (else the masthead the page's head prints)"),
        date: str = Form("", description="Issue date, YYYY-MM-DD (else from the file name or the page's head)"),
        page: int | None = Form(None, ge=0, le=10_000, description="Page number (else from the file name)"),
        edition: str = Form("", max_length=50),
    ):
        require_token(request)
        result = ingest_uploads(newspaper, date, file, page, edition)
        status = 201 if result["ingested"] or result["updated"] else 200
        if any(f["status"] == "failed" for f in result["files"]):
            status = 422
        return JSONResponse(result, status_code=status)

    @app.delete("/api/pages/{page_id}", tags=["change"], summary="Delete a page and its articles (token)")
    def api_delete(request: Request, page_id: int):
        require_token(request)
        if not ar().delete_page(page_id):
            raise HTTPException(404, f"no page {page_id}")
        return {"deleted": page_id}

    @app.post(
        "/api/reparse",
        tags=["change"],
        summary="Re-parse stored pages with this banmian's parser, in place (token)",
        description="Pages parsed by another parser version, or every page with all=true; ids are kept.",
    )
    def api_reparse(request: Request, all_pages: bool = Query(False, alias="all")):
        require_token(request)
        return JSONResponse(ar().reparse(all_pages=all_pages).to_dict())

    @app.get("/healthz", include_in_schema=False)
    def healthz():
        return {"ok": True, "archive": ar().backend}

    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` (used by ``banmian serve`` so each worker process opens the archive)."""
    return create_app(os.environ.get("BANMIAN_DB") or None)
