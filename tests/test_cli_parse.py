"""`banmian parse`: formats, encodings seen in the wild, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import banmian
from banmian.errors import BadInput
from banmian.evaluate.generate import script_as
from banmian.sources.text import DamagedText, decode_text
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


@pytest.mark.parametrize("encoding", ["big5", "cp950", "big5hkscs"])
def test_big5_pages_of_hong_kong_and_taiwan_read_as_big5(tmp_path, seed_text, encoding):
    # a Big5 file decodes as GB18030 too, into other characters (本報記者 → 〖セ厨癘): the likelier reading wins; Hong
    # Kong's extra codes (〇, ①) are read as Hong Kong's, not as the kana Microsoft's Big5 makes of them
    text = script_as(seed_text, "taiwan") + ("\n第〇①版\n" if encoding == "big5hkscs" else "")
    f = tmp_path / "page.txt"
    f.write_bytes(text.encode(encoding))
    assert decode_text(f.read_bytes()) == text
    page = banmian.parse_file(f)[0]
    assert [a.to_dict() for a in page.articles] == [a.to_dict() for a in banmian.parse_text(text).articles]
    assert page.articles[0].byline == "□本報記者 何春陽"


def test_a_damaged_big5_page_is_read_as_big5(seed_text):
    data = bytearray(script_as(seed_text, "taiwan").encode("big5"))
    data[len(data) // 2 : len(data) // 2 + 1] = b"\xff"  # (no byte of Big5 or GB18030 pairs: a sequence each fails)
    with pytest.warns(DamagedText, match=r"the rest is Big5"):
        text = decode_text(bytes(data), "page.txt")
    assert "本報記者 何春陽" in text


def test_simplified_pages_in_gb18030_are_not_read_as_big5(seed_text):
    assert decode_text(seed_text.encode("gb18030")) == seed_text


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


def _damage(data: bytes, at: int) -> bytes:
    b = bytearray(data)
    b[at] = 0xFF  # (no byte of UTF-8 or GB18030, nor the first of a UTF-16 pair that could close a page)
    return bytes(b)


def test_a_page_cut_inside_its_last_character_is_read_with_one_mark(seed_text):
    data = seed_text.encode("utf-8")
    cut = data[: len(data) // 2]
    while (cut[-1] & 0xC0) == 0x80 or cut[-1] < 0x80:  # end inside a CJK character: one byte of its three
        cut = cut[:-1]
    with pytest.warns(DamagedText) as caught:
        text = decode_text(cut, "x.txt")
    whole = cut[:-1].decode("utf-8")
    assert text == whole + "\ufffd"
    assert caught[0].message.replaced == 1 and "x.txt" in str(caught[0].message)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_garbled_byte_costs_its_character_not_the_page(seed_text, encoding):
    data = seed_text.encode(encoding)
    with pytest.warns(DamagedText, match=encoding.upper()):
        text = decode_text(_damage(data, len(data) // 2), "x.txt")
    # read in the page's own encoding (GB18030 would read UTF-8 bytes as other characters): every line but the
    # damaged one is the page's
    got, want = text.split("\n"), seed_text.split("\n")
    assert len(got) == len(want)
    assert sum(a != b for a, b in zip(got, want, strict=True)) == 1
    assert 1 <= text.count("\ufffd") <= 3  # (a character's bytes around the bad one are undecodable too)


def test_utf16_page_with_an_odd_byte_left_is_read(seed_text):
    data = seed_text.encode("utf-16")
    with pytest.warns(DamagedText):
        text = decode_text(data[:-1], "x.txt")
    assert text[:-1] == seed_text[:-1] and text[-1] == "\ufffd"


def test_more_damage_than_a_few_bytes_is_still_no_text(seed_text):
    # half the page UTF-8, half GBK: no one encoding reads it but for a few bytes
    half = len(seed_text) // 2
    data = seed_text[:half].encode("utf-8") + seed_text[half:].replace("珮", "").encode("gbk")
    with pytest.raises(BadInput, match="not text"):
        decode_text(data, "x.txt")
    # one bad byte in every few hundred: the page is damaged throughout
    data = seed_text.encode("utf-8")
    for at in range(100, len(data), 300):
        data = _damage(data, at)
    with pytest.raises(BadInput, match="not text"):
        decode_text(data, "x.txt")


def test_cli_parses_a_damaged_page_and_says_so_on_one_line(tmp_path, seed_text, seed_page):
    f = tmp_path / "cut.txt"
    data = seed_text.encode("utf-8")
    f.write_bytes(_damage(data, data.index("“两个维护”".encode()) + 4))
    r = run("parse", f, "--format", "json")
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("\n") == 1 and "cut.txt" in r.stderr and "U+FFFD" in r.stderr
    assert "Traceback" not in r.stderr
    page = json.loads(r.stdout)
    assert len(page["articles"]) == len(seed_page.articles)
    assert "\ufffd" in json.dumps(page, ensure_ascii=False)


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


def _with_indents(text: str, page, indent: str) -> str:
    """The page's text with each paragraph's first-line indent put back, as e-paper exports keep it."""
    heads = {}
    for a in page.articles:
        for b in a.body:
            if b.type == "paragraph" and len(b.text.replace(" ", "")) >= 6:
                heads[b.text.replace(" ", "")[:6]] = heads.get(b.text.replace(" ", "")[:6], 0) + 1
    lines = text.split("\n")
    for i, line in enumerate(lines):
        key = line.replace(" ", "")[:6]
        if len(key) == 6 and heads.get(key):
            heads[key] -= 1
            lines[i] = indent + line.lstrip()
    return "\n".join(lines)


@pytest.mark.parametrize("indent", ["\u3000\u3000", "    ", "\t", "  "])
def test_kept_paragraph_indents_read_as_the_page_without_them(seed_text, seed_page, indent):
    text = _with_indents(seed_text, seed_page, indent)
    assert text.count("\n" + indent) >= 40  # (every paragraph of the page's four articles)
    page = banmian.parse_text(text)
    assert [a.to_dict() for a in page.articles] == [a.to_dict() for a in seed_page.articles]


def test_a_few_offset_lines_are_no_indented_page(seed_text):
    from banmian.sources.text import text_to_lines

    # two lines set in by two spaces (a centred headline in some extractors): kept as they are, offset and all
    lines = seed_text.split("\n")
    lines[10], lines[20] = "  " + lines[10], "  " + lines[20]
    assert [ln.text for ln in text_to_lines("\n".join(lines))] == [ln.rstrip() for ln in lines]


def _unwrapped(truth: dict) -> str:
    """A page as e-paper and website exports give it: each headline line, byline and paragraph a line of its own."""
    out = []
    for a in truth["articles"]:
        out += [a[k] for k in ("column", "kicker", "title", "subtitle", "byline") if a[k]]
        out += ["\u3000\u3000" + b["text"] if b["type"] == "paragraph" else b["text"] for b in a["body"]]
        out.append("")
    return "\n".join(out)


def test_paragraphs_a_line_each_keep_their_headlines_apart():
    truth = json.loads(EXAMPLE.with_suffix(".truth.json").read_text(encoding="utf-8"))
    page = banmian.parse_text(_unwrapped(truth))
    got = [(a.kicker, a.title, a.byline, len(a.body)) for a in page.articles[1:]]
    # (the first article has no headline: the column's name over the second's kicker is read as its title)
    assert got == [(a["kicker"], a["title"], a["byline"], len(a["body"])) for a in truth["articles"][1:]]
    assert [b.text for b in page.articles[3].body] == [b["text"] for b in truth["articles"][3]["body"]]


def test_text_wrapped_at_a_fixed_width_still_runs_on(seed_page):
    from banmian.sources.text import text_to_lines

    # every paragraph wrapped at 60 characters: a line that stops mid-sentence is no box of its own
    text = "\n\n".join(
        "\n".join(b.text[i : i + 60] for i in range(0, len(b.text), 60)) for a in seed_page.articles for b in a.body
    )
    lines = [ln.text for ln in text_to_lines(text)]
    assert all(lines[i + 1] for i, t in enumerate(lines[:-1]) if len(t) == 60 and not t.endswith(("。", "”")))


def test_a_folder_run_leaves_the_cycle_collector_as_it_found_it(tmp_path, seed_text):
    """`banmian parse DIR` reads its pages with the collector run every few hundred pages (``cycles_every``): in
    the process, it is on again after the run, whether the run ended well or on a bad file."""
    import gc

    from typer.testing import CliRunner

    from banmian.cli import app

    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(seed_text.replace("重庆", "成都"), encoding="utf-8")
    assert gc.isenabled()
    r = CliRunner().invoke(app, ["parse", str(tmp_path), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    assert len(r.stdout.splitlines()) == 2
    assert gc.isenabled()
    (tmp_path / "c.txt").write_bytes(bytes(range(256)) * 8)
    r = CliRunner().invoke(app, ["parse", str(tmp_path / "c.txt")])
    assert r.exit_code == 2
    assert gc.isenabled()
