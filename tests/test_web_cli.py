"""``banmian serve``: help text, and one-line errors for an archive it cannot serve."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from banmian.cli import app  # noqa: E402

runner = CliRunner()


def test_serve_help():
    r = runner.invoke(app, ["serve", "--help"])
    assert r.exit_code == 0
    for option in ("--db", "--host", "--port", "BANMIAN_TOKEN"):
        assert option in r.output


def test_serve_refuses_a_missing_archive(tmp_path):
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "nope.db")])
    assert r.exit_code == 2
    assert "no such archive" in r.output
    assert "Traceback" not in r.output
    assert not (tmp_path / "nope.db").exists()  # serving never creates an archive by accident


def test_serve_refuses_a_file_that_is_not_an_archive(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("just text, not SQLite")
    r = runner.invoke(app, ["serve", "--db", str(bad)])
    assert r.exit_code == 2
    assert str(bad) in r.output and "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1
