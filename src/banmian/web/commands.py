"""``banmian serve``: the web reader and JSON API on a local port."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: str | None = typer.Option(
            None, "--db", help="Archive: SQLite file or postgresql:// URL (default $BANMIAN_DB or ./banmian.db)."
        ),
        host: str = typer.Option("127.0.0.1", help="Address to listen on (keep 127.0.0.1 unless behind a proxy)."),
        port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
        workers: int = typer.Option(1, min=1, max=64, help="Worker processes (each opens the archive)."),
    ) -> None:
        """Serve the archive in a browser: read issues and pages, search, and upload pages.

        Anyone who can reach the port may read.  Changing the archive (upload, delete) needs the token in
        the BANMIAN_TOKEN environment variable; without it, uploads are refused.  The JSON API is under
        /api/ (OpenAPI document at /api/openapi.json).
        """
        import os

        from banmian.cli import err, fail

        try:
            import uvicorn

            from banmian.web.app import create_app
        except ImportError as e:
            fail(f"the web reader needs its extra: pip install 'banmian[web]' ({e.name} is missing)")
            return
        from banmian.errors import BadInput

        url = db or os.environ.get("BANMIAN_DB") or "banmian.db"
        if "://" not in url and not Path(url).exists():
            fail(f"{url}: no such archive (create it with banmian ingest, or give --db)")
        try:
            create_app(url)  # open once here so a bad archive is one line, not a server traceback
        except BadInput as e:
            fail(str(e))
        if not os.environ.get("BANMIAN_TOKEN"):
            err.print("banmian: BANMIAN_TOKEN is not set: the archive is read-only on the web", markup=False)
        os.environ["BANMIAN_DB"] = url
        err.print(f"banmian: serving {url} on http://{host}:{port}/", markup=False)
        uvicorn.run(
            "banmian.web.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            access_log=False,
        )
