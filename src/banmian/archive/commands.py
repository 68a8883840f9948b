"""``banmian ingest``, ``banmian search``, ``banmian export``: thin layers over ``banmian.archive.Archive``."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

DB_HELP = "Archive: an SQLite file or a postgresql:// URL (default: $BANMIAN_DB, else ./banmian.db)."


class SearchFormat(str, Enum):
    text = "text"
    json = "json"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


def _open(db: str | None, create: bool = False):
    from banmian.archive import Archive, ArchiveError
    from banmian.cli import fail

    try:
        return Archive.open(db, create=create)
    except ArchiveError as e:
        fail(str(e))


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        paths: Annotated[
            list[Path],
            typer.Argument(
                help="Page files (text, PDF, image), folders of them (recursively), "
                "or .jsonl/.jsonl.gz files of structured records."
            ),
        ],
        newspaper: Annotated[
            str | None,
            typer.Option(help="Newspaper name for page files (records carry their own); else the page's masthead."),
        ] = None,
        date: Annotated[
            str | None,
            typer.Option(help="Issue date YYYY-MM-DD for page files; else taken from file names or the page's head."),
        ] = None,
        page: Annotated[int | None, typer.Option(help="Page number (版次) when ingesting a single page file.")] = None,
        edition: Annotated[str, typer.Option(help="Edition name, when a newspaper prints several a day.")] = "",
        db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
        progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    ) -> None:
        """Add pages to the archive.  Already-ingested pages (same content) are skipped, pages parsed by an
        older banmian are re-parsed in place; each page commits on its own, so an interrupted run resumes.
        Ends with a summary; files that failed are listed with their reasons (exit code 3)."""
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        from banmian.cli import err
        from banmian.errors import EXIT_SOME_FAILED

        if date is not None:
            import re

            from banmian.cli import fail

            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                fail(f"--date {date}: expected YYYY-MM-DD")
        ar = _open(db, create=True)
        try:
            with Progress(
                TextColumn("ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.description}"),
                console=err,
                transient=True,
                disable=not progress,
            ) as bar:
                task = bar.add_task("", total=None)

                def tick(done: int, total: int | None, label: str) -> None:
                    if total is not None:
                        bar.update(task, completed=done, total=total, description=Path(label).name)
                    else:
                        bar.update(task, description=f"{label} ({done} pages)")

                summary = ar.ingest_path(
                    paths, newspaper=newspaper, date=date, page=page, edition=edition, progress=tick
                )
        finally:
            ar.close()
        for src, reason in summary.failed:
            err.print(f"banmian: skipped {src}: {reason}", markup=False, soft_wrap=True)
        err.print(
            f"banmian: {summary.ingested} ingested, {summary.updated} updated, {summary.skipped} skipped "
            f"(already in the archive), {len(summary.failed)} failed",
            markup=False,
        )
        if summary.failed:
            raise typer.Exit(EXIT_SOME_FAILED)

    @app.command()
    def search(
        query: Annotated[
            str, typer.Argument(help='Words (all required), "exact phrases", OR between alternatives.')
        ] = "",
        newspaper: Annotated[str | None, typer.Option(help="Only this newspaper.")] = None,
        date_from: Annotated[
            str | None, typer.Option("--from", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
        ] = None,
        date_to: Annotated[str | None, typer.Option("--to", help="Up to this date, inclusive.")] = None,
        page: Annotated[int | None, typer.Option(help="Only this page number (版次).")] = None,
        author: Annotated[str | None, typer.Option(help="Only articles by this author.")] = None,
        person: Annotated[
            str | None, typer.Option(help="Only articles naming this person (after banmian enrich).")
        ] = None,
        place: Annotated[str | None, typer.Option(help="Only articles naming this place.")] = None,
        organization: Annotated[str | None, typer.Option(help="Only articles naming this organisation.")] = None,
        limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="Hits to show.")] = 10,
        offset: Annotated[int, typer.Option(min=0, help="Skip this many hits (pagination).")] = 0,
        exact_count: Annotated[
            bool,
            typer.Option(
                "--exact-count", help="Count every match (else 'at least 2000' beyond; slower on a large archive)."
            ),
        ] = False,
        fmt: Annotated[
            SearchFormat, typer.Option("--format", "-f", help="text for people; json for scripts.")
        ] = SearchFormat.text,
        db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    ) -> None:
        """Search the archive's articles (Chinese words are segmented; BM25 ranking; highlighted snippets)."""
        from banmian.cli import fail
        from banmian.errors import BadInput

        ar = _open(db)
        try:
            res = ar.search(
                query,
                newspaper=newspaper,
                date_from=date_from,
                date_to=date_to,
                page=page,
                author=author,
                person=person,
                place=place,
                organization=organization,
                limit=limit,
                offset=offset,
                facets=False,
                exact_count=exact_count,
            )
        except BadInput as e:
            fail(str(e))
        finally:
            ar.close()
        if fmt is SearchFormat.json:
            keys = ("article_id", "newspaper", "date", "page", "title", "snippet", "score")
            print(json.dumps([{k: h.to_dict()[k] for k in keys} for h in res.hits], ensure_ascii=False, indent=2))
            return
        from rich.console import Console
        from rich.text import Text

        out = Console(highlight=False)
        note = " (no article holds every word; showing partial matches)" if res.relaxed else ""
        out.print(f"{'at least ' if not res.total_exact else ''}{res.total} articles{note}", markup=False)
        for k, h in enumerate(res.hits, offset + 1):
            head = Text(f"{k}. ", style="bold")
            head.append(h.title or "（无标题）", style="bold")
            head.append(f"  {h.newspaper} {h.date} 第{h.page or '?'}版  #{h.article_id}", style="dim")
            snip = Text(h.snippet)
            for s, e in h.highlights:
                snip.stylize("bold yellow", s, e)
            out.print(head)
            out.print(Text("   ") + snip)

    @app.command("export")
    def export_cmd(
        fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv or markdown.")],
        output: Annotated[
            str,
            typer.Option(
                "--output", "-o", help="A file, a folder (then banmian-export.<ext> inside it) or - for stdout."
            ),
        ],
        query: Annotated[
            str, typer.Option("--query", "-q", help="Search query; empty exports everything the filters select.")
        ] = "",
        newspaper: Annotated[str | None, typer.Option(help="Only this newspaper.")] = None,
        date_from: Annotated[
            str | None, typer.Option("--from", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
        ] = None,
        date_to: Annotated[str | None, typer.Option("--to", help="Up to this date, inclusive.")] = None,
        page: Annotated[int | None, typer.Option(help="Only this page number (版次).")] = None,
        author: Annotated[str | None, typer.Option(help="Only articles by this author.")] = None,
        person: Annotated[
            str | None, typer.Option(help="Only articles naming this person (after banmian enrich).")
        ] = None,
        place: Annotated[str | None, typer.Option(help="Only articles naming this place.")] = None,
        organization: Annotated[str | None, typer.Option(help="Only articles naming this organisation.")] = None,
        db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    ) -> None:
        """Export matching articles (all of them, in result order) as JSON Lines, CSV or Markdown.
        The output file appears only when complete."""
        from banmian.cli import err, fail
        from banmian.errors import BadInput

        ar = _open(db)
        try:
            n = ar.export(
                fmt.value,
                output,
                query,
                newspaper=newspaper,
                date_from=date_from,
                date_to=date_to,
                page=page,
                author=author,
                person=person,
                place=place,
                organization=organization,
            )
        except BadInput as e:
            fail(str(e))
        except OSError as e:
            fail(f"{output}: cannot write: {e.strerror}")
        finally:
            ar.close()
        err.print(f"banmian: exported {n} articles", markup=False)
