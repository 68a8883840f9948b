"""``banmian render``: a PDF page as an image with each article's region outlined."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command("render")
    def render_cmd(
        pdf: Annotated[Path, typer.Argument(help="A newspaper PDF (one page or a whole issue).")],
        output: Annotated[Path, typer.Option("--output", "-o", help="Image to write: .png, .jpg or .webp.")],
        page: Annotated[int, typer.Option("--page", "-p", min=1, help="Page to render (1-based).")] = 1,
        dpi: Annotated[float, typer.Option("--dpi", help="Resolution of the image (36–600).")] = 100,
        lines: Annotated[
            bool, typer.Option("--lines", help="Also outline every text line, numbered in reading order.")
        ] = False,
    ) -> None:
        """Render one PDF page with every article's region outlined and numbered (articles in the order
        `banmian parse` prints them).  The image is written whole or not at all."""
        from banmian.cli import fail
        from banmian.errors import BadInput
        from banmian.sources.render import render_file

        try:
            render_file(pdf, page, output, dpi=dpi, lines=lines)
        except BadInput as e:
            fail(str(e))
        except OSError as e:
            fail(f"{output}: cannot write: {e.strerror or e}")
        typer.echo(f"wrote {output}", err=True)
