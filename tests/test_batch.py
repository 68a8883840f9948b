"""Batch mode: inputs, the per-page function, the local engine, the manifest and resume."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import banmian
from banmian.batch import run_batch
from banmian.batch.inputs import Item, expand_inputs, plan_shards
from banmian.batch.page import process_item
from banmian.cli import app
from banmian.errors import BadInput

# A tiny hand-made page: a title line and two paragraphs, printed in short lines as a PDF extractor gives them.
PAGE = "春耕备耕有序展开\n\n本报讯　各地抓住有利\n时机，组织春耕生产。\n\n农业农村部门加强技术\n指导，保障农资供应。\n"


def page_text(i: int) -> str:
    return PAGE.replace("春耕", f"春耕{i}号")


def write_records(path: Path, n: int, extra: list[str] = ()) -> list[str]:
    lines = [
        json.dumps({"id": f"p{i:03d}", "text": page_text(i), "date": "2020-03-0" + str(i % 9 + 1)}, ensure_ascii=False)
        for i in range(n)
    ]
    lines += list(extra)
    data = "\n".join(lines) + "\n"
    if path.suffix == ".gz":
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write(data)
    else:
        path.write_text(data, encoding="utf-8")
    return lines


def read_out(out: Path, suffix: str = "jsonl") -> list[dict]:
    return [
        json.loads(line) for f in sorted(out.glob(f"shard-*.{suffix}")) for line in f.read_text("utf-8").splitlines()
    ]


def sorted_lines(out: Path) -> list[str]:
    return sorted(line for f in out.glob("shard-*.jsonl") for line in f.read_text("utf-8").splitlines())


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """12 good records, a line of broken JSON, a record without text, one with a number for text;
    a folder of two text pages, a binary file posing as a text page, a damaged PDF and a hidden file."""
    src = tmp_path / "in"
    src.mkdir()
    write_records(
        src / "a.jsonl.gz",
        12,
        ['{"id": "broken", "text": ', '{"id": "notext", "body": "x"}', '{"id": "number", "text": 42}'],
    )
    pages = src / "pages"
    pages.mkdir()
    (pages / "p1.txt").write_text(page_text(100), encoding="utf-8")
    (pages / "p2.txt").write_text(page_text(101), encoding="gb18030")
    (pages / "scan.txt").write_bytes(bytes(range(256)) * 8)
    (pages / "broken.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    (pages / ".hidden.txt").write_text("不是版面", encoding="utf-8")
    return src


def test_process_item_matches_the_library_and_keeps_id_and_source():
    [rec] = process_item(Item(id="x1", source="f.jsonl:3", text=page_text(1), meta={"date": "2020-03-02"}))
    expected = banmian.parse_text(page_text(1), source="f.jsonl:3", date="2020-03-02").to_dict()
    assert rec == {"id": "x1", **expected}
    assert list(rec)[0] == "id"


def test_a_record_of_an_issue_gives_a_record_a_page(seed_text):
    # a record per PDF, as pretraining corpora keep them: pdftotext's form feed ends each page
    text = seed_text + "\f" + seed_text.replace("永川", "江津") + "\f"
    recs = process_item(Item(id="doc", source="d.jsonl:1", text=text, meta={"date": "2022-12-20"}))
    assert [r["id"] for r in recs] == ["doc#1", "doc#2"] and [r["page"] for r in recs] == [1, 2]
    alone = banmian.parse_text(seed_text.replace("永川", "江津"))
    assert [a["title"] for a in recs[1]["articles"]] == [a.title for a in alone.articles]
    assert recs[1]["date"] == "2022-12-20" and recs[1]["articles"][0]["id"] == "p2-a1"


def test_a_damaged_page_file_is_a_page_record_and_prints_nothing(tmp_path, recwarn, seed_text):
    data = bytearray(seed_text.encode("utf-8"))
    data[len(data) // 2] = 0xFF  # one garbled byte: the page, not an error record
    f = tmp_path / "damaged.txt"
    f.write_bytes(bytes(data))
    [rec] = process_item(Item(id="d", source=str(f), path=str(f)))
    assert "error" not in rec and rec["articles"]
    assert "\ufffd" in json.dumps(rec, ensure_ascii=False)
    assert not recwarn.list  # (a job of millions prints no line per page: the marks are in the record)


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        (Item(id="n", source="s", text=42), "not a string"),
        (Item(id="e", source="s", text="  \n "), "empty"),
        (Item(id="g", source="s", text="(cid:1201)(cid:877) " * 30), "(cid:N)"),
        (Item(id="b", source="s", error="invalid JSON: x"), "invalid JSON"),
        (Item(id="missing.txt", source="missing.txt", path="/nonexistent/missing.txt"), "FileNotFoundError"),
    ],
)
def test_failing_pages_become_error_records(item, reason):
    [rec] = process_item(item)
    assert set(rec) == {"id", "error"}
    assert rec["id"] == item.id
    assert reason in rec["error"]


def test_inputs_expand_folders_and_globs_in_a_stable_order(corpus: Path):
    records, pages = expand_inputs([str(corpus)])
    assert records == [str(corpus / "a.jsonl.gz")]
    # sorted, hidden file skipped
    assert pages == [str(corpus / "pages" / n) for n in ("broken.pdf", "p1.txt", "p2.txt", "scan.txt")]
    records2, pages2 = expand_inputs([str(corpus / "pages" / "p*.txt")])
    assert (records2, pages2) == ([], pages[1:3])
    with pytest.raises(BadInput, match="matches no file"):
        expand_inputs([str(corpus / "*.parquet")])
    with pytest.raises(BadInput, match="no such file"):
        expand_inputs([str(corpus / "nope")])


def test_shards_are_deterministic_slices(corpus: Path):
    records, pages = expand_inputs([str(corpus)])
    shards = plan_shards(records, pages, 4, "text")
    # 15 records → [0,4) [4,8) [8,12) [12,15); 4 page files in one shard
    assert [(s["kind"], s.get("start"), s.get("stop")) for s in shards] == [
        ("records", 0, 4),
        ("records", 4, 8),
        ("records", 8, 12),
        ("records", 12, 15),
        ("files", None, None),
    ]
    assert shards[-1]["files"] == pages
    assert [s["name"] for s in shards] == [f"shard-{k:06d}" for k in range(5)]
    assert plan_shards(records, pages, 4, "text") == shards


def test_local_job_writes_every_page_once_with_error_records(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    s = run_batch([str(corpus)], out, workers=2, shard_size=4)
    recs = read_out(out)
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == 15 + 4
    errors = {r["id"]: r["error"] for r in recs if "error" in r}
    # broken JSON has no readable id: it is named by file and line
    scan, pdf = str(corpus / "pages" / "scan.txt"), str(corpus / "pages" / "broken.pdf")
    assert set(errors) == {f"{corpus / 'a.jsonl.gz'}:13", "notext", "number", scan, pdf}
    assert errors[f"{corpus / 'a.jsonl.gz'}:13"].startswith("invalid JSON")
    assert "not text" in errors[scan]
    assert "text" in errors["notext"]
    # a good record is exactly what the library gives for its text
    p5 = next(r for r in recs if r["id"] == "p005")
    assert p5 == {
        "id": "p005",
        **banmian.parse_text(page_text(5), source=f"{corpus / 'a.jsonl.gz'}:6", date="2020-03-06").to_dict(),
    }
    gb = next(r for r in recs if r["id"].endswith("p2.txt"))
    assert gb["articles"] == banmian.parse_text(page_text(101)).to_dict()["articles"]  # GB18030 file decoded
    assert (s["pages"], s["errors"], s["shards"], s["shards_done"]) == (14, 5, 5, 5)
    assert s["articles"] == sum(len(r["articles"]) for r in recs if "error" not in r)
    m = json.loads((out / "manifest.json").read_text("utf-8"))
    assert m["status"] == "complete"
    assert [sh["status"] for sh in m["shards"]] == ["done"] * 5
    assert sum(sh["pages"] + sh["errors"] for sh in m["shards"]) == 19
    assert m["shards"][1]["start"] == 4 and m["shards"][1]["stop"] == 8
    assert not list(out.glob(".*.part"))


def test_one_and_two_workers_give_identical_shards(corpus: Path, tmp_path: Path):
    run_batch([str(corpus)], tmp_path / "w1", workers=1, shard_size=4)
    run_batch([str(corpus)], tmp_path / "w2", workers=2, shard_size=4)
    files1 = sorted(p.name for p in (tmp_path / "w1").glob("shard-*"))
    assert files1 == sorted(p.name for p in (tmp_path / "w2").glob("shard-*"))
    for name in files1:
        assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "w2" / name).read_bytes()


def _stat(p: Path) -> tuple[int, int]:
    st = p.stat()
    return st.st_ino, st.st_mtime_ns


def test_resume_after_a_crash_redoes_only_missing_shards(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    run_batch([str(corpus)], out, workers=2, shard_size=4)
    before = sorted_lines(out)
    # Recreate what a kill can leave: shard 1 recorded done but its file gone; shard 3 never finished
    # (only a .part file); shard 2 renamed into place but the manifest not yet rewritten.
    m = json.loads((out / "manifest.json").read_text("utf-8"))
    (out / "shard-000001.jsonl").unlink()
    (out / "shard-000003.jsonl").rename(out / ".shard-000003.jsonl.part")
    for k in (2, 3):
        m["shards"][k] = {key: v for key, v in m["shards"][k].items() if key not in ("pages", "articles", "errors")}
        m["shards"][k]["status"] = "pending"
    m["status"] = "running"
    (out / "manifest.json").write_text(json.dumps(m), encoding="utf-8")
    kept = {k: _stat(out / f"shard-00000{k}.jsonl") for k in (0, 2, 4)}

    s = run_batch([str(corpus)], out, workers=2, shard_size=4)

    assert s["run"]["shards_run"] == 2 and s["run"]["shards_skipped"] == 3
    assert {k: _stat(out / f"shard-00000{k}.jsonl") for k in (0, 2, 4)} == kept  # not rewritten
    assert sorted_lines(out) == before  # nothing lost, nothing twice
    assert not list(out.glob(".*.part"))
    m2 = json.loads((out / "manifest.json").read_text("utf-8"))
    assert m2["status"] == "complete"
    assert m2["shards"][2]["pages"] == m["shards"][2].get("pages", 4)  # recovered shard recounted from its file
    assert (s["pages"], s["errors"]) == (14, 5)


def test_interrupted_job_resumes_without_duplicates(corpus: Path, tmp_path: Path):
    clean = tmp_path / "clean"
    run_batch([str(corpus)], clean, workers=1, shard_size=3)
    out = tmp_path / "out"
    done = []

    def stop_after_two(result):
        done.append(result["name"])
        if len(done) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch([str(corpus)], out, workers=1, shard_size=3, on_shard_done=stop_after_two)
    m = json.loads((out / "manifest.json").read_text("utf-8"))
    assert m["status"] == "incomplete"
    finished = [sh["name"] for sh in m["shards"] if sh["status"] == "done"]
    assert set(done) <= set(finished) and len(finished) < len(m["shards"])

    s = run_batch([str(corpus)], out, workers=2, shard_size=3)
    assert s["run"]["shards_skipped"] == len(finished)
    lines = sorted_lines(out)
    assert len({json.loads(line)["id"] for line in lines}) == len(lines) == 19
    assert lines == sorted_lines(clean)


def test_a_worker_that_dies_is_replaced_and_its_shards_rerun(corpus: Path, tmp_path: Path):
    clean = tmp_path / "clean"
    run_batch([str(corpus)], clean, workers=2, shard_size=2)
    killed = []

    def kill_a_worker(result):
        if not killed:  # like the OOM killer taking a pool process mid-job
            killed.append(result["pid"])
            os.kill(result["pid"], signal.SIGKILL)

    out = tmp_path / "out"
    s = run_batch([str(corpus)], out, workers=2, shard_size=2, on_shard_done=kill_a_worker)
    assert killed
    assert s["status"] == "complete" and s["shards_done"] == s["shards"] == 10 and not s["failed"]
    assert sorted_lines(out) == sorted_lines(clean)


def test_an_orphan_worker_and_the_resumed_job_can_run_the_same_shard_at_once(tmp_path: Path, monkeypatch):
    # A driver killed with SIGKILL leaves its workers finishing the shard they hold (seen with Ray: a shard was
    # published 1 s after its driver died; a local pool worker finishes its whole shard).  A job resumed
    # meanwhile runs that shard too.  Neither copy may publish the other's half-written file, nor fail.
    import banmian.batch.shard as shard_mod
    from banmian.batch.shard import ShardOptions, run_shard

    big = (Path(__file__).resolve().parents[1] / "examples" / "chongqing-daily-page.txt").read_text("utf-8")
    lines = [json.dumps({"id": f"p{i}", "text": big.replace("永川", f"永川{i}")}, ensure_ascii=False) for i in range(6)]
    write_records(tmp_path / "r.jsonl", 0, lines)  # records of ~50 KB: written through, not held in a buffer
    run_batch([str(tmp_path / "r.jsonl")], tmp_path / "clean", workers=1, shard_size=6)
    clean = (tmp_path / "clean" / "shard-000000.jsonl").read_bytes()
    [spec] = plan_shards(*expand_inputs([str(tmp_path / "r.jsonl")]), 6, "text")
    out = tmp_path / "out"
    out.mkdir()
    opts = ShardOptions(out_dir=str(out), page_timeout=None)
    real = shard_mod.process_item
    orphan_mid, resumed_mid, orphan_done = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def process(item):
        who = threading.current_thread().name
        if who == "orphan" and item.id == "p4":  # the orphan is two thirds through when the resumed job starts
            orphan_mid.set()
            resumed_mid.wait(30)
        if who == "resumed" and item.id == "p2":  # the orphan publishes while the resumed copy is mid-shard
            resumed_mid.set()
            orphan_done.wait(30)
            seen["published"] = (out / "shard-000000.jsonl").read_bytes()
        return real(item)

    monkeypatch.setattr(shard_mod, "process_item", process)

    def run(who: str) -> None:
        try:
            seen[who] = run_shard(spec, opts)
        except Exception as e:
            seen[who] = e
        finally:
            if who == "orphan":
                orphan_done.set()

    orphan = threading.Thread(target=run, args=("orphan",), name="orphan")
    resumed = threading.Thread(target=run, args=("resumed",), name="resumed")
    orphan.start()
    assert orphan_mid.wait(30)
    resumed.start()
    orphan.join(60)
    resumed.join(60)
    assert isinstance(seen["orphan"], dict) and isinstance(seen["resumed"], dict), seen  # neither failed
    assert seen["published"] == clean  # what the orphan published was whole
    assert (out / "shard-000000.jsonl").read_bytes() == clean  # and so is the end result
    assert [p.name for p in out.iterdir()] == ["shard-000000.jsonl"]  # no temporary file left


def test_resume_refuses_a_different_job(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    run_batch([str(corpus)], out, workers=1, shard_size=4)
    with pytest.raises(BadInput, match="shard_size=4"):
        run_batch([str(corpus)], out, workers=1, shard_size=5)
    write_records(corpus / "a.jsonl.gz", 13)  # the input grew: the shards no longer match the manifest
    with pytest.raises(BadInput, match="other input"):
        run_batch([str(corpus)], out, workers=1, shard_size=4)
    stray = tmp_path / "stray"
    stray.mkdir()
    (stray / "notes.txt").write_text("x")
    with pytest.raises(BadInput, match="not empty"):
        run_batch([str(corpus)], stray, workers=1)


def test_cli_batch_reports_and_exits_3_when_pages_failed(corpus: Path, tmp_path: Path):
    runner = CliRunner()
    out = tmp_path / "out"
    r = runner.invoke(app, ["batch", str(corpus / "pages"), "-o", str(out), "-w", "1"])  # progress bar on
    assert r.exit_code == 3, r.output
    assert "2 pages" in r.stderr and "2 errors" in r.stderr
    assert len(read_out(out)) == 4
    r = runner.invoke(app, ["batch", str(tmp_path / "missing"), "-o", str(tmp_path / "o2")])
    assert r.exit_code == 2
    assert r.stderr.strip().count("\n") == 0 and "missing: no such file" in r.stderr
    assert "Traceback" not in r.output
    assert not (tmp_path / "o2").exists()  # nothing half-made for bad input
    for bad in (["--shard-size", "0"], ["-w", "0"], ["-f", "csv"]):
        r = runner.invoke(app, ["batch", str(corpus / "pages"), "-o", str(tmp_path / "o3"), *bad])
        assert r.exit_code == 2 and "Traceback" not in r.output
    assert not (tmp_path / "o3").exists()


def test_cli_rerun_of_a_finished_job_does_nothing(tmp_path: Path):
    write_records(tmp_path / "r.jsonl", 5)
    out = tmp_path / "out"
    runner = CliRunner()
    args = ["batch", str(tmp_path / "r.jsonl"), "-o", str(out), "-w", "1", "--no-progress", "--shard-size", "2"]
    assert runner.invoke(app, args).exit_code == 0
    first = {p.name: _stat(p) for p in out.glob("shard-*")}
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    assert "3 already done" in r.stderr
    assert {p.name: _stat(p) for p in out.glob("shard-*")} == first


def test_parquet_input_and_output(tmp_path: Path):
    pyarrow = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = [{"id": f"p{i:03d}", "content": page_text(i)} for i in range(11)]
    pq.write_table(pyarrow.Table.from_pylist(rows), tmp_path / "in.parquet", row_group_size=4)
    write_records(
        tmp_path / "in.jsonl",
        0,
        [json.dumps({"id": r["id"], "content": r["content"]}, ensure_ascii=False) for r in rows],
    )
    # shard size 5 cuts across the row groups of 4
    run_batch(
        [str(tmp_path / "in.parquet")], tmp_path / "pq", workers=1, shard_size=5, text_field="content", fmt="parquet"
    )
    run_batch([str(tmp_path / "in.jsonl")], tmp_path / "js", workers=1, shard_size=5, text_field="content")
    table = pq.read_table(sorted((tmp_path / "pq").glob("shard-*.parquet")))
    got = table.to_pylist()
    want = read_out(tmp_path / "js")
    assert [g["id"] for g in got] == [w["id"] for w in want] == [r["id"] for r in rows]
    for g, w in zip(got, want, strict=True):
        assert g["error"] is None
        assert [[b["text"] for b in a["body"]] for a in g["articles"]] == [
            [b["text"] for b in a["body"]] for a in w["articles"]
        ]
        assert [a["title"] for a in g["articles"]] == [a["title"] for a in w["articles"]]
    # a Parquet shard published but not yet recorded (killed in between) is recounted from its file
    m = json.loads((tmp_path / "pq" / "manifest.json").read_text("utf-8"))
    recorded = {k: m["shards"][0][k] for k in ("pages", "articles", "errors")}
    m["shards"][0] = {k: v for k, v in m["shards"][0].items() if k not in recorded} | {"status": "pending"}
    (tmp_path / "pq" / "manifest.json").write_text(json.dumps(m), encoding="utf-8")
    again = run_batch(
        [str(tmp_path / "in.parquet")], tmp_path / "pq", workers=1, shard_size=5, text_field="content", fmt="parquet"
    )
    assert again["run"]["shards_run"] == 0
    m = json.loads((tmp_path / "pq" / "manifest.json").read_text("utf-8"))
    assert (
        {k: m["shards"][0][k] for k in recorded}
        == recorded
        == {"pages": 5, "articles": recorded["articles"], "errors": 0}
    )
    with pytest.raises(BadInput, match="no column 'text'"):
        run_batch([str(tmp_path / "in.parquet")], tmp_path / "bad", workers=1)


# --- the per-page timeout ------------------------------------------------------------------------------
# The hook ``_BANMIAN_TEST_SLOW_PAGE`` (banmian.batch.page) makes a page whose text holds the marker spin for
# 20 s: in Python (the alarm stops it), or with SIGALRM blocked, like native code that never returns to the
# interpreter (only the watchdog can stop it).  Workers get the driver's environment when the pool starts.


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_page_clock_stops_a_slow_page_and_leaves_nothing_behind():
    from banmian.batch.page import PageTimeout
    from banmian.batch.shard import PageClock

    def spin(seconds: float) -> str:
        t = time.monotonic()
        while time.monotonic() - t < seconds:
            pass
        return "done"

    exits = []
    t = time.monotonic()
    with PageClock(1.0, exit=exits.append) as clock:
        with pytest.raises(PageTimeout):
            clock.run(0, "slow", lambda: spin(10))
        assert time.monotonic() - t < 5
        assert clock.run(1, "quick", lambda: spin(0.05)) == "done"  # not hit by a stale timeout
        spin(1.5)  # nor is the code between pages
    assert not clock.thread.is_alive() and exits == []  # the hard limit was never reached
    assert [th.name for th in threading.enumerate() if th.name == "banmian-page-clock"] == []


def test_a_slow_page_becomes_a_timeout_record_and_the_job_goes_on(tmp_path: Path, monkeypatch):
    lines = write_records(tmp_path / "r.jsonl", 6)
    slow = json.dumps({"id": "slow", "text": "慢页\n\n" + PAGE}, ensure_ascii=False)
    # the slow page opens the second shard: the worker that ran the first must run the rest
    write_records(tmp_path / "r.jsonl", 0, [*lines[:3], slow, *lines[3:]])
    clean = run_batch([str(tmp_path / "r.jsonl")], tmp_path / "clean", workers=1, shard_size=3)
    monkeypatch.setenv("_BANMIAN_TEST_SLOW_PAGE", "慢页")
    pids = []
    t = time.monotonic()
    s = run_batch(
        [str(tmp_path / "r.jsonl")],
        tmp_path / "out",
        workers=1,
        shard_size=3,
        page_timeout=1,
        on_shard_done=lambda r: pids.append(r["pid"]),
    )
    assert time.monotonic() - t < 15  # the page alone would spin for 20 s
    recs = {r["id"]: r for r in read_out(tmp_path / "out")}
    assert recs["slow"] == {"id": "slow", "error": "timeout after 1 s"}
    assert s["status"] == "complete" and not s["failed"] and s["errors"] == clean["errors"] + 1
    good = [line for line in sorted_lines(tmp_path / "out") if '"slow"' not in line]
    assert good == [line for line in sorted_lines(tmp_path / "clean") if '"slow"' not in line]
    assert len(pids) == 3 and len(set(pids)) == 1  # the worker survived its timed-out page: not ended, not replaced
    deadline = time.monotonic() + 5
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in pids)  # no worker left behind, busy or idle


def test_a_page_stuck_outside_python_is_ended_by_the_watchdog(tmp_path: Path, monkeypatch):
    write_records(tmp_path / "r.jsonl", 5, [json.dumps({"id": "stuck", "text": "卡页\n\n" + PAGE}, ensure_ascii=False)])
    run_batch([str(tmp_path / "r.jsonl")], tmp_path / "clean", workers=2, shard_size=2)
    monkeypatch.setenv("_BANMIAN_TEST_SLOW_PAGE", "native:卡页")
    t = time.monotonic()
    s = run_batch([str(tmp_path / "r.jsonl")], tmp_path / "out", workers=2, shard_size=2, page_timeout=1)
    assert time.monotonic() - t < 15  # ended at the hard limit (3 s), not when the page gave up (20 s)
    assert s["status"] == "complete" and not s["failed"]
    recs = {r["id"]: r for r in read_out(tmp_path / "out")}
    assert recs["stuck"] == {"id": "stuck", "error": "timeout after 1 s"}
    good = [line for line in sorted_lines(tmp_path / "out") if '"stuck"' not in line]
    assert good == [line for line in sorted_lines(tmp_path / "clean") if '"stuck"' not in line]
    assert not [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]  # note and .part gone


def test_missing_s3_extra_is_one_line_naming_it(tmp_path: Path):
    # a fresh interpreter in which s3fs cannot be imported, as after a plain `pip install banmian`
    code = (
        "import sys; sys.modules['s3fs'] = None; sys.argv = ['banmian', 'batch', 's3://bucket/in/*.jsonl.gz', "
        f"'-o', {str(tmp_path / 'out')!r}]; from banmian.cli import main; main()"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr
    assert r.stderr.strip().count("\n") == 0 and "pip install 'banmian[s3]'" in r.stderr, r.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("url", "package", "install"),
    [
        ("s3://bucket/in/*.jsonl.gz", "s3fs", "pip install 'banmian[s3]'"),
        ("gs://bucket/in/*.jsonl.gz", "gcsfs", "pip install 'banmian[gcs]'"),
        ("gcs://bucket/in/pages", "gcsfs", "pip install 'banmian[gcs]'"),
        ("az://container/in/a.jsonl", "adlfs", "pip install 'banmian[azure]'"),
        ("abfs://container/in/a.jsonl", "adlfs", "pip install 'banmian[azure]'"),
        ("abfss://container@account.dfs.core.windows.net/in/a.jsonl", "adlfs", "pip install 'banmian[azure]'"),
        ("oci://bucket@namespace/in/a.jsonl", "ocifs", "Install ocifs"),  # fsspec's own word for the rest
    ],
)
def test_a_missing_store_package_is_one_line_naming_it(url: str, package: str, install: str, tmp_path, monkeypatch):
    import importlib

    try:
        registry = importlib.import_module("fsspec.registry")  # the module (``fsspec.registry`` is a mapping)
    except ImportError:  # a plain `pip install banmian`: the hint must still name the package
        if package == "ocifs":
            pytest.skip("fsspec's own hint needs fsspec")
    else:
        monkeypatch.delitem(registry._registry, url.partition("://")[0], raising=False)
    monkeypatch.setitem(sys.modules, package, None)  # not installed (even where it is)
    r = CliRunner().invoke(app, ["batch", url, "-o", str(tmp_path / "out"), "--no-progress"])
    assert r.exit_code == 2, r.output
    assert r.stderr.strip().count("\n") == 0 and "Traceback" not in r.output
    assert f"need {package} " in r.stderr or package in r.stderr.split(": ", 2)[-1]
    assert install in r.stderr, r.stderr
    assert not (tmp_path / "out").exists()


def test_reading_text_pages_makes_no_reference_cycles(seed_text):
    """The shard runner leaves cycles to a collection every few hundred pages (``pipeline.cycles_every``): that is only
    right while reading a text page makes none, as the page function does now, on every extractor style (in both
    builds: mypyc keeps a closure's variables in an object its nested functions point back to, so the compiled
    modules' hot paths have none)."""
    import gc

    from banmian.evaluate.generate import generate_page, synthetic_records

    texts = [seed_text] + [
        generate_page(synthetic_records(seed=s, articles=4), seed=s, style=style).text
        for s in range(3)
        for style in ("pdfminer", "pdftotext", "raw")
    ]
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        left = []
        for k, text in enumerate(texts):
            records = process_item(Item(id=f"p{k}", source=f"p{k}", text=text))
            assert records and "error" not in records[0]
            left.append(gc.collect())
    finally:
        if was:
            gc.enable()
    assert left == [0] * len(texts)


def test_cycles_every_collects_on_its_count_and_leaves_the_collector_as_found():
    import gc
    import weakref

    from banmian.pipeline import cycles_every

    class Node:
        pass

    def cycle() -> weakref.ref:
        a, b = Node(), Node()
        a.other, b.other = b, a  # (unreachable once this returns: only the collector frees it)
        return weakref.ref(a)

    was = gc.isenabled()
    gc.enable()
    try:
        with cycles_every(3) as page_done:
            assert not gc.isenabled()
            refs = []
            for _ in range(2):
                refs.append(cycle())
                page_done()
            assert all(r() is not None for r in refs)  # two pages: nothing collected yet
            refs.append(cycle())
            page_done()
            assert all(r() is None for r in refs)  # the third page's collection freed all three
        assert gc.isenabled()
        gc.disable()
        with cycles_every(1) as page_done:
            ref = cycle()
            page_done()
            assert ref() is not None  # a collector found off is left off, and runs no collection
        assert not gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()
