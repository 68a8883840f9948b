"""``banmian batch``: a thin layer over ``banmian.batch.run_batch``."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class OutFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"


def register(app: typer.Typer) -> None:
    @app.command()
    def batch(
        inputs: Annotated[
            list[str],
            typer.Argument(
                metavar="INPUT...",
                help="Folders of page files (text, PDF, images), glob patterns (quote them), or record files: "
                "JSONL (.jsonl, .jsonl.gz) or Parquet with one page's text per record. Local paths or URLs "
                "(s3://bucket/corpus/*.jsonl.gz: pip install 'banmian[s3]'; gs://…: banmian[gcs]; az://…: banmian[azure]).",
            ),
        ],
        out: Annotated[
            str,
            typer.Option(
                "--out",
                "-o",
                help="Output folder (or URL prefix, s3://bucket/out/): new or empty, or a stopped job's to resume.",
            ),
        ],
        engine: Annotated[
            Engine, typer.Option(help="local: a process pool on this machine; ray: Ray Data (banmian[ray]).")
        ] = Engine.local,
        workers: Annotated[
            int | None,
            typer.Option("--workers", "-w", help="Parallel workers (default: all cores; with ray, all cluster CPUs)."),
        ] = None,
        address: Annotated[
            str | None,
            typer.Option(help="Ray cluster to join ('auto': the running one); default: start Ray on this machine."),
        ] = None,
        text_field: Annotated[str, typer.Option(help="Record field that holds the page text.")] = "text",
        id_field: Annotated[
            str, typer.Option(help="Record field that holds the page id (records without one get file:line).")
        ] = "id",
        fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="Shard file format.")] = OutFormat.jsonl,
        shard_size: Annotated[
            int, typer.Option(help="Records or page files per shard; a shard is the unit of resume.")
        ] = 1000,
        page_timeout: Annotated[
            float,
            typer.Option(
                help="Seconds a page may take; a slower page becomes an error record 'timeout after N s' "
                "and the job goes on (0: no limit).",
            ),
        ] = 60.0,
        progress: Annotated[bool, typer.Option(help="Show pages/s and ETA while running.")] = True,
    ) -> None:
        """Parse many pages in parallel into sharded JSONL or Parquet, with a manifest.

        Output: OUT/shard-NNNNNN.jsonl, one record per page (id, source, date, articles…), and OUT/manifest.json.

        A page that cannot be parsed becomes a record {"id", "error"}; the job goes on.

        A stopped or killed job resumes where it stopped: run the same command again.

        Exit status: 0 every page parsed; 3 some pages or shards failed; 2 unusable input or options.
        """
        from banmian.batch.runner import run_batch
        from banmian.cli import err, fail
        from banmian.errors import EXIT_SOME_FAILED, BadInput

        if address and engine is not Engine.ray:
            fail("--address needs --engine ray")
        try:
            s = run_batch(
                inputs,
                out,
                engine=engine.value,
                workers=workers,
                address=address,
                text_field=text_field,
                id_field=id_field,
                fmt=fmt.value,
                shard_size=shard_size,
                page_timeout=page_timeout,
                progress=progress,
                console=err,
            )
        except BadInput as e:
            fail(str(e))
        except OSError as e:  # the output folder became unwritable (disk full…) mid-job
            fail(f"{e.filename or out}: cannot write: {e.strerror or e}; rerun the same command to resume")
        except RuntimeError as e:  # the engine itself cannot run; the manifest keeps what finished
            fail(f"batch stopped: {e}; rerun the same command to resume", code=1)
        r = s["run"]
        skipped = f", {r['shards_skipped']} already done" if r["shards_skipped"] else ""
        err.print(
            f"banmian batch: {s['pages']:,} pages, {s['articles']:,} articles, {s['errors']:,} errors "
            f"in {s['shards_done']}/{s['shards']} shards → {s['out']}  "
            f"(this run: {r['shards_run']} shards{skipped}, {r['pages'] + r['errors']:,} pages "
            f"in {r['seconds']:.1f} s, {r['pages_per_second'] or 0:,.0f} pages/s)",
            markup=False,
            soft_wrap=True,
        )
        for f in s["failed"]:
            err.print(f"banmian: shard {f['shard']} failed: {f['error']}", markup=False, soft_wrap=True)
        if s["errors"]:
            err.print(
                f'banmian: {s["errors"]:,} pages failed: their records hold an "error" field',
                markup=False,
                soft_wrap=True,
            )
        if s["failed"] or s["errors"]:
            raise typer.Exit(EXIT_SOME_FAILED)
