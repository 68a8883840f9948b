"""``banmian generate`` and ``banmian eval``: thin layers over ``banmian.evaluate``."""

from __future__ import annotations

import json
import os
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class Style(str, Enum):
    pdfminer = "pdfminer"
    pdftotext = "pdftotext"
    raw = "raw"


class Marks(str, Enum):  # (banmian.evaluate.generate.MARKS)
    print = "print"
    nfkc = "nfkc"
    ascii = "ascii"
    half_width = "half-width"


class Script(str, Enum):  # (banmian.evaluate.generate.SCRIPTS)
    simplified = "simplified"
    traditional = "traditional"
    taiwan = "taiwan"


class Spacing(str, Enum):  # (banmian.evaluate.generate.SPACINGS)
    none = "none"
    headlines = "headlines"
    stretched = "stretched"
    all = "all"


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


class PageKind(str, Enum):
    txt = "txt"
    pdf = "pdf"


def register(app: typer.Typer) -> None:
    @app.command("generate")
    def generate_cmd(
        corpus: Annotated[
            Path,
            typer.Option(
                "--corpus",
                help="Corpus of article records (.jsonl or .jsonl.gz), e.g. ../shared/corpus/rmrb-2019-2020.jsonl.gz.",
            ),
        ],
        out_dir: Annotated[
            Path, typer.Option("-o", "--output", help="Folder to write NAME.txt and NAME.truth.json into.")
        ],
        n: Annotated[
            int, typer.Option("-n", "--pages", min=1, help="How many pages to generate (drawn with --seed).")
        ] = 200,
        seed: Annotated[int, typer.Option(help="Seed: the same corpus, -n and seed give the same pages.")] = 0,
        style: Annotated[
            Style,
            typer.Option(
                help="Extractor the text imitates: pdfminer (blank line before "
                "most paragraphs and at column jumps), pdftotext (blank lines at column chunks "
                "only) or raw (no blank lines)."
            ),
        ] = Style.pdfminer,
        pdf: Annotated[bool, typer.Option("--pdf", help="Also render NAME.pdf of each page.")] = False,
        year: Annotated[
            str | None,
            typer.Option(help="Only the records of this year (e.g. 2020: none of them fitted the text path's models)."),
        ] = None,
        column_width: Annotated[
            int | None,
            typer.Option(
                "--column-width",
                min=6,
                max=40,
                help="Set every article's body in columns this many cells wide, as on many real pages "
                "(default: each article draws its own width, 10-20 cells).",
            ),
        ] = None,
        marks: Annotated[
            Marks,
            typer.Option(
                help="Punctuation as a pipeline that cleaned the text left it, in the text and its truth: print "
                "(as printed), nfkc (Unicode NFKC: ，：；（）！？ become ,:;()!? and …… six full stops) or ascii "
                "(NFKC, and 。 a full stop too) or half-width (a 全角→半角 converter's: ，：；（）！？ ASCII, 。、「」 the "
                "half-width ｡､｢｣).  Text only: not with --pdf.",
            ),
        ] = Marks.print,
        script: Annotated[
            Script,
            typer.Option(
                help="The characters the text and its truth are set in: simplified (the corpus's), traditional "
                "(OpenCC s2t) or taiwan (s2twp: Taiwan's words too, and corner quotes 「」『』).  Text only: not "
                "with --pdf.",
            ),
        ] = Script.simplified,
        spacing: Annotated[
            Spacing,
            typer.Option(
                help="Lines set with letter spacing (tracking): none, headlines, stretched (headlines and the body "
                "lines a justified column spreads out) or all.  The text gives them as extractors do, a space between "
                "every two characters; with --pdf the PDF sets the headlines among them 0.3 em apart.  The truth is the print's.",
            ),
        ] = Spacing.none,
        vertical_titles: Annotated[
            bool,
            typer.Option(
                "--vertical-titles",
                help="Titles set vertically (竖排): the text gives them a character a line, as extractors give "
                "vertical lines.  Text only: not with --pdf.",
            ),
        ] = False,
        kept_indents: Annotated[
            bool,
            typer.Option(
                "--kept-indents",
                help="The text keeps each paragraph's first-line indent, two ideographic spaces (as 人民日报's own "
                "text and e-paper exports set it).  Text only: not with --pdf.",
            ),
        ] = False,
        invisibles: Annotated[
            bool,
            typer.Option(
                "--invisibles",
                help="The text carries the invisible characters web pages and CMS exports leave: its spaces "
                "no-break (U+00A0), a zero-width space (U+200B) after one character in twenty, a byte-order mark "
                "before it.  The truth is the print's.  Text only: not with --pdf.",
            ),
        ] = False,
    ) -> None:
        """Generate newspaper pages with known truth from a corpus: NAME.txt (the text a PDF extractor gives),
        NAME.truth.json (what a perfect `banmian parse --format json` prints) and, with --pdf, NAME.pdf."""
        from banmian.cli import fail
        from banmian.errors import BadInput
        from banmian.evaluate.generate import generate_corpus_pages
        from banmian.formats import atomic_output

        if not corpus.is_file():
            fail(f"{corpus}: no such corpus file")
        render = None
        if pdf and marks is not Marks.print:
            fail(f"--marks {marks.value}: the text's punctuation only; a PDF prints its own (leave out --pdf)")
        if pdf and script is not Script.simplified:
            fail(f"--script {script.value}: the text only; a PDF prints the corpus's characters (leave out --pdf)")
        if pdf and kept_indents:
            fail("--kept-indents: the text only; the PDF sets its indents as print does (leave out --pdf)")
        if pdf and invisibles:
            fail("--invisibles: the text only (leave out --pdf)")
        if pdf and vertical_titles:
            fail("--vertical-titles: the text only; the PDF sets its titles across (leave out --pdf)")
        if pdf:
            try:
                from banmian.evaluate.pdf_render import render_pdf as render
            except ImportError as e:
                fail(f"--pdf: the PDF renderer is not available ({e})")
        if out_dir.exists() and not out_dir.is_dir():
            fail(f"{out_dir}: exists and is not a folder")
        written = 0
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            for page in generate_corpus_pages(
                corpus,
                n,
                seed=seed,
                style=style.value,
                year=year,
                column_width=column_width,
                marks=marks.value,
                script=script.value,
                spacing=spacing.value,
                vertical=vertical_titles,
                indents=kept_indents,
                invisibles=invisibles,
            ):
                with atomic_output(out_dir / f"{page.name}.txt") as fh:
                    fh.write(page.text)
                with atomic_output(out_dir / f"{page.name}.truth.json") as fh:
                    fh.write(json.dumps(page.truth, ensure_ascii=False, indent=1) + "\n")
                if render is not None:
                    fd, tmp = tempfile.mkstemp(prefix=f".{page.name}.", suffix=".pdf.part", dir=out_dir)
                    os.close(fd)
                    try:
                        render(page, tmp)
                        os.replace(tmp, out_dir / f"{page.name}.pdf")
                    finally:
                        Path(tmp).unlink(missing_ok=True)
                written += 1
        except BadInput as e:
            fail(str(e))
        except OSError as e:
            fail(f"{out_dir}: cannot write: {e.strerror or e}")
        typer.echo(f"wrote {written} pages to {out_dir}", err=True)

    @app.command("eval")
    def eval_cmd(
        truth_dir: Annotated[
            Path,
            typer.Argument(
                help="Folder of NAME.truth.json files, each with its page beside it (NAME.txt, NAME.pdf or an image)."
            ),
        ],
        fmt: Annotated[
            EvalFormat,
            typer.Option(
                "--format",
                "-f",
                help="table (Markdown) or json (the "
                "means as one object: block_f1, block_type_acc, article_bcubed_f1, "
                "title_acc, kicker_acc, subtitle_acc, authors_acc, pages, perfect_pages).",
            ),
        ] = EvalFormat.table,
        peers: Annotated[
            bool,
            typer.Option(
                "--peers",
                help="Also run the naive splitter and ppt-common's line joiner "
                "on the same text pages and print them side by side (JSON: one object per parser).",
            ),
        ] = False,
        use: Annotated[
            PageKind | None,
            typer.Option(
                "--use",
                help="Which page form to parse when several exist (default: text first, then PDF, then images).",
            ),
        ] = None,
        pages_out: Annotated[
            Path | None, typer.Option("--per-page", help="Also write every page's scores as JSON Lines.")
        ] = None,
    ) -> None:
        """Score banmian (and, with --peers, its peers) on pages with known truth: block F1, block type accuracy,
        article B-cubed F1, title/kicker/subtitle/authors accuracy, share of perfect pages, pages per second."""
        from banmian.cli import fail
        from banmian.errors import EXIT_SOME_FAILED, BadInput
        from banmian.evaluate.run import compare_peers, evaluate_dir, results_json, results_table
        from banmian.formats import atomic_output

        try:
            # with --peers every parser reads the same text pages, so pages/s compares parsing alone
            results = (
                compare_peers(truth_dir) if peers else [evaluate_dir(truth_dir, prefer=use.value if use else None)]
            )
        except BadInput as e:
            fail(str(e))
        if fmt is EvalFormat.json:
            typer.echo(json.dumps(results_json(results), ensure_ascii=False))
        else:
            typer.echo(results_table(results))
        if pages_out is not None:
            try:
                with atomic_output(pages_out) as fh:
                    for r in results:
                        for name, s in zip(r.pages, r.scores, strict=True):
                            fh.write(
                                json.dumps({"parser": r.name, "page": name, **s.to_dict()}, ensure_ascii=False) + "\n"
                            )
            except OSError as e:
                fail(f"{pages_out}: cannot write: {e.strerror or e}")
        failures = results[0].failures
        if failures:
            from banmian.cli import err

            for f, reason in failures:
                err.print(f"banmian: skipped {f}: {reason}", markup=False, soft_wrap=True)
            raise typer.Exit(EXIT_SOME_FAILED)
