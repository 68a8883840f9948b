"""The ``banmian`` command: every command is a thin layer over a library call.

Exit codes: 0 ok; 2 bad input (one-line message naming the file) or bad usage;
3 a folder/batch run finished but some items failed (they are listed).
"""

from __future__ import annotations

import importlib
import sys
import warnings
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from banmian.errors import EXIT_BAD_INPUT, EXIT_SOME_FAILED

app = typer.Typer(
    name="banmian",
    help="版面 banmian: rebuild the articles of Chinese newspaper pages, archive and search them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)


@app.callback()
def _root() -> None:
    """版面 banmian: rebuild the articles of Chinese newspaper pages, archive and search them."""
    _one_line_notes()


def _one_line_notes() -> None:
    """A damaged page read anyway (``DamagedText``) is named on one line of stderr, as every other message."""
    from banmian.sources.text import DamagedText

    warnings.simplefilter("always", DamagedText)  # (each damaged file is named, not only the first)
    if getattr(warnings.showwarning, "banmian", False):
        return  # (installed by an earlier command in this process)
    shown = warnings.showwarning

    def note(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, DamagedText):
            err.print(f"banmian: {message}", markup=False, soft_wrap=True)
        else:
            shown(message, category, filename, lineno, file, line)

    note.banmian = True  # type: ignore[attr-defined]
    warnings.showwarning = note


def fail(message: str, code: int = EXIT_BAD_INPUT) -> None:
    """Print one line to stderr and exit; never a traceback."""
    err.print(f"banmian: {message}", markup=False, soft_wrap=True)
    raise typer.Exit(code)


class ParseFormat(str, Enum):
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"


@app.command()
def parse(
    inputs: list[Path] = typer.Argument(..., help="Page files (text, PDF, image) or folders of them."),
    fmt: ParseFormat = typer.Option(ParseFormat.markdown, "--format", "-f", help="Output format."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    newspaper: str | None = typer.Option(None, help="Newspaper name to record on each page (else its masthead's)."),
    date: str | None = typer.Option(None, help="Issue date (YYYY-MM-DD) to record on each page (else its head's)."),
    progress: bool = typer.Option(True, help="Show a progress bar when parsing many files."),
    jobs: int = typer.Option(
        0, "--jobs", "-j", min=0, help="Processes for many files; 0: all cores for scans (OCR), one otherwise."
    ),
    enrich: bool | None = typer.Option(
        None,
        "--enrich/--no-enrich",
        help="Add people (with roles), places, organisations, dates and amounts to each article. "
        "Default: on when banmian[nlp] is installed.",
    ),
) -> None:
    """Parse newspaper pages into articles (Markdown, JSON or JSON Lines).

    Exit codes: 0 all parsed; 2 bad input (one line on stderr names the file and the reason);
    3 a folder run finished but some files failed (they are listed at the end).
    """
    from banmian.formats import atomic_output, page_json, page_markdown
    from banmian.pipeline import cycles_every, default_jobs, iter_page_files, parse_files

    enrich_page = None
    if enrich is not False:
        from banmian.enrich import enrich_page as _enrich_page
        from banmian.enrich import nlp_available

        if nlp_available():
            enrich_page = _enrich_page
        elif enrich:
            fail("--enrich needs the nlp extra: pip install 'banmian[nlp]'")

    files: list[Path] = []
    for p in inputs:
        if p.is_dir():
            files += iter_page_files(p)
        elif not p.exists():
            fail(f"{p}: no such file or folder")
        else:
            files.append(p)
    if not files:
        fail("no page files found in " + ", ".join(map(str, inputs)))
    many = len(files) > 1
    if many and fmt is ParseFormat.json and output is None:
        fmt = ParseFormat.jsonl  # several pages on stdout: one JSON object per line stays parseable
    failures: list[tuple[Path, str]] = []
    meta = {"newspaper": newspaper, "date": date}

    def pages():
        from rich.progress import Progress

        with Progress(console=err, transient=True, disable=not (many and progress)) as bar, cycles_every() as done:
            task = bar.add_task("parsing", total=len(files))
            for f, parsed, bad in parse_files(files, jobs or default_jobs(files), **meta):
                done()
                if bad is not None:
                    if not many:
                        fail(bad.message)
                    failures.append((f, bad.reason))
                for pg in parsed or []:
                    if enrich_page is not None:
                        enrich_page(pg)
                    yield pg
                bar.advance(task)

    try:
        with atomic_output(output) as out:
            if fmt is ParseFormat.jsonl:
                for pg in pages():
                    out.write(page_json(pg, indent=None) + "\n")
            elif fmt is ParseFormat.json:
                all_pages = list(pages())
                out.write(
                    (
                        page_json(all_pages[0])
                        if len(all_pages) == 1
                        else "[" + ",\n".join(page_json(p) for p in all_pages) + "]"
                    )
                    + "\n"
                )
            else:
                for pg in pages():
                    out.write(page_markdown(pg) + "\n")
    except OSError as e:
        fail(f"{output}: cannot write: {e.strerror}")
    if failures:
        for f, reason in failures:
            err.print(f"banmian: skipped {f}: {reason}", markup=False, soft_wrap=True)
        err.print(f"banmian: {len(failures)} of {len(files)} files failed", markup=False)
        raise typer.Exit(EXIT_SOME_FAILED)


# Feature packages add their commands here: each module has ``register(app)``.
COMMAND_MODULES: list[str] = [
    "banmian.enrich.commands",
    "banmian.evaluate.commands",
    "banmian.batch.commands",
    "banmian.archive.commands",
    "banmian.web.commands",
    "banmian.sources.commands",
]

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("banmian: interrupted", markup=False)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
