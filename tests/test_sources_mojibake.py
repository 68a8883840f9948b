"""Mojibake: a Chinese page's bytes once read by a tool as Windows-1252 or Latin-1 and saved again, given back."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

import banmian
from banmian.batch.inputs import Item
from banmian.batch.page import process_item
from banmian.sources.text import MendedText, decode_text, mend_mojibake
from conftest import EXAMPLE

_CP1252_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)  # bytes Windows-1252 leaves undefined (a tool keeps them as C1 codes)


def mojibake(text: str, encoding: str, western: str) -> bytes:
    """``text`` in ``encoding``, read by a tool as ``western`` and saved again as UTF-8."""
    data = text.encode(encoding)
    if western == "latin-1":
        return data.decode("latin-1").encode("utf-8")
    return "".join(chr(b) if b in _CP1252_HOLES else bytes([b]).decode("cp1252") for b in data).encode("utf-8")


@pytest.mark.parametrize("western", ["cp1252", "latin-1"])
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_seed_page_as_mojibake_reads_as_the_seed_page(seed_text, encoding, western):
    data = mojibake(seed_text, encoding, western)
    assert "重庆" not in data.decode("utf-8")  # (the test means something only if the text did change)
    with pytest.warns(MendedText) as caught:
        assert decode_text(data, "x.txt") == seed_text
    name = {"cp1252": "Windows-1252", "latin-1": "Latin-1"}[western]
    assert str(caught[0].message) == (
        f"x.txt: mojibake mended: {encoding.upper()} a tool had read as {name}, read as {encoding.upper()}"
    )


def test_cli_parses_mojibake_as_the_page_and_says_so(tmp_path, seed_page):
    path = tmp_path / "page.txt"
    path.write_bytes(mojibake(EXAMPLE.read_text(encoding="utf-8"), "utf-8", "cp1252"))
    r = subprocess.run(
        [sys.executable, "-m", "banmian.cli", "parse", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip() == f"banmian: {path}: mojibake mended: UTF-8 a tool had read as Windows-1252, read as UTF-8"
    assert '"title": "永川发力药品“永川造”"' in r.stdout


@pytest.mark.parametrize(
    "text",
    [
        "Déjà vu : le garçon était là, près du café crème. Über Straße, Ålesund, Ørsted. " * 30,  # Western text
        "重庆日报 Café Zürich, São Paulo: à la carte. " * 30,  # a Chinese page quoting accented words
        "é‡åº†æ—¥æŠ¥ ☃ " * 30,  # a character no Western decoding gives: the text is what it says
        "Ég á þrjú börn, þau eru öll í skóla á Íslandi. Þetta er ágætt, sagði hún. " * 30,  # read as no Chinese page
    ],
)
def test_text_that_is_no_mojibake_is_left_as_it_is(text):
    assert mend_mojibake(text) is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert decode_text(text.encode("utf-8")) == text


def test_a_mojibake_string_parses_as_the_page(seed_text, seed_page):
    # (a string a pipeline decoded in a Western encoding reaches parse_text as often as a file reaches the reader)
    text = mojibake(seed_text, "utf-8", "cp1252").decode("utf-8")
    with pytest.warns(MendedText, match="mojibake mended: UTF-8 a tool had read as Windows-1252"):
        page = banmian.parse_text(text)
    assert page.to_dict() == seed_page.to_dict()


def test_a_batch_record_of_mojibake_is_the_page_and_prints_nothing(seed_text, recwarn):
    text = mojibake(seed_text, "gb18030", "latin-1").decode("utf-8")
    [rec] = process_item(Item(id="m", source="m.jsonl:1", text=text))
    assert [a["title"] for a in rec["articles"]] == [a.title for a in banmian.parse_text(seed_text).articles]
    assert not recwarn.list  # (a job of millions prints no line per page)
