"""``banmian generate`` / ``banmian eval`` and ``evaluate_dir`` / ``compare_peers`` end to end on a tiny corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from banmian.cli import app
from banmian.evaluate.run import compare_peers, evaluate_dir, naive_parse, ppt_common_parse
from banmian.model import Page

LONG = (
    "清晨的公园里，老人们打着太极，孩子们追着风筝跑，湖边的柳树刚刚冒出新芽，"
    "空气里满是泥土和青草的味道，人们说这是一年里最好的时节。"
)


def record(date, page, order, title, paragraphs, kicker=None):
    return {
        "id": f"t-{date}-{page}-{order}",
        "date": date,
        "newspaper": "人民日报",
        "page": page,
        "order": order,
        "kicker": kicker,
        "title": title,
        "subtitle": None,
        "paragraphs": paragraphs,
        "kind": "article",
        "also_on_pages": [],
        "first_page": page,
        "page_missing_orders": [],
    }


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    recs = []
    for day in (1, 2, 3):
        for page in (1, 2):
            date = f"2020-05-0{day}"
            recs.append(
                record(date, page, 1, f"春天的公园{day}{page}", [LONG, "公园的新变化", LONG * 2], kicker="城市漫步")
            )
            recs.append(record(date, page, 2, f"湖边的早晨{day}{page}", [LONG + "今年共有36家单位参与。", LONG]))
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_generate_then_eval_json(corpus, tmp_path):
    out = tmp_path / "pages"
    r = run("generate", "--corpus", corpus, "-n", 4, "-o", out, "--seed", 3)
    assert r.exit_code == 0, r.output
    names = sorted(p.name for p in out.iterdir())
    assert len([n for n in names if n.endswith(".truth.json")]) == 4
    assert len([n for n in names if n.endswith(".txt")]) == 4
    truth = json.loads(next(out.glob("*.truth.json")).read_text(encoding="utf-8"))
    assert set(truth) == {"source", "newspaper", "date", "page", "articles", "furniture", "unassigned"}

    r = run("eval", out, "--format", "json")
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)
    assert {
        "block_f1",
        "block_type_acc",
        "article_bcubed_f1",
        "title_acc",
        "kicker_acc",
        "subtitle_acc",
        "authors_acc",
        "pages",
        "perfect_pages",
    } <= set(res)
    assert res["pages"] == 4
    assert 0.0 <= res["block_f1"] <= 1.0

    per_page = tmp_path / "scores.jsonl"
    r = run("eval", out, "--per-page", per_page)
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in per_page.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 4 and {"parser", "page", "block_f1", "article_bcubed_f1"} <= set(rows[0])
    assert sum(row["block_f1"] for row in rows) / 4 == pytest.approx(res["block_f1"], abs=1e-4)


def test_generate_is_reproducible(corpus, tmp_path):
    for d in ("a", "b"):
        assert run("generate", "--corpus", corpus, "-n", 3, "-o", tmp_path / d, "--style", "pdftotext").exit_code == 0
    for f in (tmp_path / "a").iterdir():
        assert f.read_bytes() == (tmp_path / "b" / f.name).read_bytes()


def test_generate_with_punctuation_a_pipeline_made_ascii(corpus, tmp_path):
    import unicodedata

    for marks in ("print", "nfkc", "ascii"):
        r = run("generate", "--corpus", corpus, "-n", 2, "-o", tmp_path / marks, "--seed", 5, "--marks", marks)
        assert r.exit_code == 0, r.output
    for f in sorted((tmp_path / "print").iterdir()):
        printed = f.read_text(encoding="utf-8")
        nfkc = (tmp_path / "nfkc" / f.name).read_text(encoding="utf-8")
        ascii_ = (tmp_path / "ascii" / f.name).read_text(encoding="utf-8")
        assert "，" in printed and "。" in printed  # (the tiny corpus prints both, and both in every page)
        assert nfkc == unicodedata.normalize("NFKC", printed)  # the truth's strings too: one NFKC, JSON kept
        assert ascii_ == nfkc.replace("。", ".")
    r = run("generate", "--corpus", corpus, "-n", 1, "-o", tmp_path / "pdf", "--marks", "nfkc", "--pdf")
    assert r.exit_code == 2 and "--marks nfkc" in r.output and not (tmp_path / "pdf").exists()


def test_generate_in_traditional_characters(corpus, tmp_path):
    for script in ("simplified", "traditional", "taiwan"):
        r = run("generate", "--corpus", corpus, "-n", 2, "-o", tmp_path / script, "--seed", 5, "--script", script)
        assert r.exit_code == 0, r.output
    for f in sorted((tmp_path / "simplified").glob("*.txt")):
        simplified = f.read_text(encoding="utf-8")
        trad = (tmp_path / "traditional" / f.name).read_text(encoding="utf-8")
        taiwan = (tmp_path / "taiwan" / f.name).read_text(encoding="utf-8")
        assert "湖边的早晨" in simplified and "湖邊的早晨" in trad  # (the tiny corpus's titles)
        assert len(trad) == len(simplified) and "公園裏" in trad and "公園裡" in taiwan  # (Taiwan's form of 里)
        truth = json.loads((tmp_path / "traditional" / f.name.replace(".txt", ".truth.json")).read_text("utf-8"))
        assert all("边" not in a["title"] for a in truth["articles"])
    r = run("generate", "--corpus", corpus, "-n", 1, "-o", tmp_path / "pdf", "--script", "traditional", "--pdf")
    assert r.exit_code == 2 and "--script traditional" in r.output


def test_eval_table_with_peers(corpus, tmp_path):
    out = tmp_path / "pages"
    run("generate", "--corpus", corpus, "-n", 2, "-o", out)
    r = run("eval", out, "--peers")
    assert r.exit_code == 0, r.output
    for name in ("banmian", "naive", "ppt-common", "block F1", "B-cubed F1", "title", "pages/s"):
        assert name in r.stdout


def test_truth_as_prediction_is_perfect(corpus, tmp_path):
    out = tmp_path / "pages"
    run("generate", "--corpus", corpus, "-n", 3, "-o", out)

    def oracle(path: Path) -> Page:
        return Page.from_dict(json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8")))

    res = evaluate_dir(out, parser=oracle, name="oracle")
    assert res.summary["perfect_pages"] == 1.0 and res.summary["pages"] == 3


def test_peers_on_hand_made_page(tmp_path):
    # one article, two paragraphs; a column jump (blank line) falls mid-sentence in the second
    text = "第一段的第一行，\n第一段结束了。\n\n第二段开始，\n\n接着说完。\n"
    truth = {
        "articles": [
            {
                "title": "题",
                "body": [
                    {"type": "paragraph", "text": "第一段的第一行，第一段结束了。"},
                    {"type": "paragraph", "text": "第二段开始，接着说完。"},
                ],
            }
        ]
    }
    (tmp_path / "p.txt").write_text(text, encoding="utf-8")
    (tmp_path / "p.truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    assert [b.text for b in naive_parse(text).articles[0].body] == [
        "第一段的第一行，第一段结束了。",
        "第二段开始，",
        "接着说完。",
    ]
    assert len(ppt_common_parse(text).articles) == 1
    res = {r.name: r for r in compare_peers(tmp_path)}
    # naive: 1 of 3 predicted blocks matches 1 of 2 truth blocks → F1 = 2·(1/3)(1/2)/(5/6) = 0.4
    assert res["naive"].summary["block_f1"] == pytest.approx(0.4)
    assert res["naive"].pages_per_second > 0


def test_bad_inputs_give_one_line_errors(tmp_path):
    r = run("generate", "--corpus", tmp_path / "missing.jsonl", "-n", 1, "-o", tmp_path / "o")
    assert r.exit_code == 2 and "missing.jsonl" in r.output and "Traceback" not in r.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    r = run("generate", "--corpus", bad, "-n", 1, "-o", tmp_path / "o2")
    assert r.exit_code == 2 and "line 1" in r.output
    assert not (tmp_path / "o2").exists() or not any((tmp_path / "o2").iterdir())
    r = run("eval", tmp_path)
    assert r.exit_code == 2 and "truth" in r.output
    r = run("eval", tmp_path / "nowhere")
    assert r.exit_code == 2 and "nowhere" in r.output
    (tmp_path / "x.truth.json").write_text("[]", encoding="utf-8")
    (tmp_path / "x.txt").write_text("一行\n", encoding="utf-8")
    r = run("eval", tmp_path)
    assert r.exit_code == 2 and "x.truth.json" in r.output


def test_generate_draws_from_one_year_when_asked(tmp_path):
    recs = [
        record(f"{year}-05-0{day}", 1, 1, f"春天的公园{year}{day}", [LONG, LONG])
        for year in (2019, 2020)
        for day in (1, 2, 3)
    ]
    corpus = tmp_path / "two-years.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    dates = {}
    for year in (None, "2020"):
        out = tmp_path / f"pages-{year}"
        r = run("generate", "--corpus", corpus, "-n", 6, "-o", out, *(["--year", year] if year else []))
        assert r.exit_code == 0, r.output
        dates[year] = {json.loads(p.read_text(encoding="utf-8"))["date"][:4] for p in out.glob("*.truth.json")}
    assert dates == {None: {"2019", "2020"}, "2020": {"2020"}}
