"""`banmian parse`: formats, encodings seen in the wild, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import banmian
from banmian.errors import BadInput
from banmian.sources.text import decode_text
from conftest import EXAMPLE


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "banmian.cli", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_markdown_is_the_default(seed_text):
    r = run("parse", EXAMPLE)
    assert r.returncode == 0, r.stderr
    assert "## 永川发力药品“永川造”" in r.stdout
    assert "### 出真招见行动见效果" in r.stdout


def test_json_output_matches_the_library(seed_page):
    r = run("parse", EXAMPLE, "--format", "json")
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert [a["title"] for a in data["articles"]] == [a.title for a in seed_page.articles]
    assert data["source"].endswith("chongqing-daily-page.txt")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings_give_the_same_parse(tmp_path, seed_text, seed_page, encoding):
    # GBK lacks 珮 (GB18030 has it)
    text = seed_text.replace("珮", "") if encoding == "gbk" else seed_text
    f = tmp_path / "page.txt"
    f.write_bytes(text.encode(encoding))
    page = banmian.parse_file(f)[0]
    want = banmian.parse_text(text)
    assert [a.to_dict() for a in page.articles] == [a.to_dict() for a in want.articles]


def test_mixed_line_endings(seed_text, seed_page):
    lines = seed_text.split("\n")
    mixed = "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(lines))
    assert [a.title for a in banmian.parse_text(mixed).articles] == [a.title for a in seed_page.articles]
    old_mac = seed_text.replace("\n", "\r")
    assert [a.title for a in banmian.parse_text(old_mac).articles] == [a.title for a in seed_page.articles]


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (bytes(range(256)) * 40, "not text"),
        (b"\x89PNG\r\n\x1a\n" + bytes(2000), "not text"),
    ],
)
def test_decode_rejects_bad_bytes(data, reason):
    with pytest.raises(BadInput, match=reason):
        decode_text(data, "x.txt")


def test_bad_file_one_line_error_and_no_output(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    out = tmp_path / "out.json"
    r = run("parse", bad, "--format", "json", "-o", out)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "bad.txt" in r.stderr and "Traceback" not in r.stderr
    assert not out.exists() and not list(tmp_path.glob(".out.json*"))


def test_missing_file(tmp_path):
    r = run("parse", tmp_path / "nope.txt")
    assert r.returncode == 2 and "nope.txt" in r.stderr and "Traceback" not in r.stderr


def test_folder_skips_bad_files_lists_them_and_exits_3(tmp_path, seed_text):
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(seed_text, encoding="gb18030")
    out = tmp_path / "all.jsonl"
    r = run("parse", tmp_path, "--format", "jsonl", "-o", out, "--no-progress")
    assert r.returncode == 3
    assert "b.txt" in r.stderr and "1 of 3 files failed" in r.stderr
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and all(len(r["articles"]) == 4 for r in rows)


def test_parallel_jobs_give_the_same_output_in_the_same_order(tmp_path, seed_text):
    lines = seed_text.split("\n")
    for i in range(4):  # four different pages: each a different slice of the seed
        (tmp_path / f"p{i}.txt").write_text("\n".join(lines[i * 100 :]), encoding="utf-8")
    (tmp_path / "p2.txt").write_bytes(b"")  # an empty file: a bad input
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    r1 = run("parse", tmp_path, "-f", "jsonl", "-o", one, "--no-progress", "--jobs", "1")
    r2 = run("parse", tmp_path, "-f", "jsonl", "-o", two, "--no-progress", "--jobs", "2")
    assert r1.returncode == r2.returncode == 3
    assert "p2.txt" in r2.stderr and "1 of 4 files failed" in r2.stderr
    assert two.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")
    assert [json.loads(x)["source"].rsplit("/", 1)[-1] for x in one.read_text().splitlines()] == [
        "p0.txt",
        "p1.txt",
        "p3.txt",
    ]


def test_one_giant_line_parses():
    text = "市委宣讲团成员分赴各区县开展宣讲，" * 20000
    page = banmian.parse_text(text)
    assert sum(len(b.text) for a in page.articles for b in a.body) + sum(map(len, page.unassigned)) >= len(text) - 1


def test_newspaper_and_date_recorded():
    r = run("parse", EXAMPLE, "-f", "json", "--newspaper", "重庆日报", "--date", "2022-12-20")
    data = json.loads(r.stdout)
    assert data["newspaper"] == "重庆日报" and data["date"] == "2022-12-20"
