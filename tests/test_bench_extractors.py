"""``bench/extractors.py`` (real extractors on generated PDFs) and ``bench/text_forms.py`` (pages made ASCII, set in
traditional characters)."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

from banmian.evaluate.generate import generate_page, synthetic_records
from banmian.evaluate.run import evaluate_dir

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _bench(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _pages(folder: Path, n: int, style: str = "pdfminer", pdf: bool = False) -> None:
    folder.mkdir()
    for seed in range(n):
        page = generate_page(synthetic_records(seed, articles=3), seed=seed, style=style)
        (folder / f"p{seed}.txt").write_text(page.text, encoding="utf-8")
        (folder / f"p{seed}.truth.json").write_text(json.dumps(page.truth, ensure_ascii=False), encoding="utf-8")
        if pdf:
            from banmian.evaluate.pdf_render import render_pdf

            render_pdf(page, folder / f"p{seed}.pdf")


def _rows(out: str) -> list[list[str]]:
    """The table's rows, each a list of its cells (the header and the rule left out)."""
    rows = [
        [c.strip() for c in line.strip().strip("|").split("|")] for line in out.splitlines() if line.startswith("|")
    ]
    return rows[2:]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_extractors_bench_scores_each_extractors_text_beside_the_imitation(tmp_path, monkeypatch, capsys):
    _pages(tmp_path / "m", 2, pdf=True)
    _pages(tmp_path / "r", 2, style="raw")
    bench = _bench("extractors")
    assert {"pdftotext", "pdftotext -raw", "pdftotext -layout"} <= set(bench.extractors())
    monkeypatch.setattr(sys, "argv", ["extractors.py", str(tmp_path / "m"), "--also", str(tmp_path / "r")])
    bench.main()
    rows = {cells[0]: cells for cells in _rows(capsys.readouterr().out)}
    assert {"the generator's imitation (m/NAME.txt)", "the generator's imitation (r/NAME.txt)"} <= set(rows)
    own = rows["banmian's PDF reader (pypdfium2)"]
    assert float(own[2]) > 0.9  # (block F1 of banmian's own reader on its own generated PDFs)
    for name, folder in (("m", tmp_path / "m"), ("r", tmp_path / "r")):  # (the imitations' rows: banmian eval's means)
        assert (
            rows[f"the generator's imitation ({name}/NAME.txt)"][2] == f"{evaluate_dir(folder).summary['block_f1']:.3f}"
        )
    for name in ("pdftotext", "pdftotext -raw", "pdftotext -layout"):
        assert 0.0 <= float(rows[name][2]) <= 1.0 and float(rows[name][-1]) > 0  # (scored, extraction timed)


def test_text_forms_bench_scores_transformed_pages_as_extracted_ones(tmp_path, monkeypatch, capsys):
    _pages(tmp_path / "m", 3)
    bench = _bench("text_forms")
    monkeypatch.setattr(sys, "argv", ["text_forms.py", str(tmp_path / "m"), "-n", "3"])
    bench.main()
    rows = {(c[1], c[2]): [float(x) for x in c[4:10] if x != "–"] for c in _rows(capsys.readouterr().out)}
    extracted = rows[("as extracted", "banmian")]
    assert rows[("NFKC", "banmian")] == extracted
    assert rows[("NFKC, 。 as .", "banmian")] == extracted
    assert rows[("traditional", "banmian")][0] >= extracted[0] - 0.02
    # read as given, the ASCII full stops end no sentence: the parse is far worse (the copy is what mends it)
    assert rows[("NFKC, 。 as .", "read as given")][0] < extracted[0] - 0.1
    assert rows[("invisibles", "banmian")] == extracted  # (the characters go: the text read is the extracted one)
    assert rows[("invisibles", "read as given")][0] < extracted[0] - 0.1
    assert rows[("full-width figures", "banmian")][0] >= extracted[0] - 0.02
