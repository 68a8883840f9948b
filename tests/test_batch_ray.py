"""The Ray engine gives the same shards as the local engine (one small job: Ray takes seconds to start)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("ray.data", reason="the ray engine needs banmian[ray]")

from banmian.batch import run_batch  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray's own, raised inside ray.data


def test_ray_and_local_engines_write_identical_output(tmp_path: Path, monkeypatch):
    # two pages made slow by a test hook (banmian.batch.page): one in Python (the alarm stops it), one like
    # native code that ignores the alarm (the watchdog ends the Ray worker; Ray reruns the task)
    monkeypatch.setenv("_BANMIAN_TEST_SLOW_PAGE", "慢页,native:卡页")
    src = tmp_path / "in"
    (src / "pages").mkdir(parents=True)
    lines = [
        json.dumps({"id": f"r{i}", "text": f"第{i}版标题\n\n本报讯　记者\n报道{i}。\n"}, ensure_ascii=False)
        for i in range(9)
    ]
    slow = [json.dumps({"id": i, "text": f"{i}\n\n正文。\n"}, ensure_ascii=False) for i in ("慢页", "卡页")]
    (src / "recs.jsonl").write_text("\n".join(lines[:4] + slow + lines[4:] + ["{oops"]) + "\n", encoding="utf-8")
    (src / "pages" / "a.txt").write_text("标题\n\n正文一段。\n", encoding="utf-8")
    (src / "pages" / "b.txt").write_bytes(b"\x00\x01\x02\xff" * 300)

    local = run_batch([str(src)], tmp_path / "local", engine="local", workers=2, shard_size=3, page_timeout=1)
    # (no wall-clock bound here: on a loaded machine Ray's start-up alone varies by tens of seconds; that both slow
    # pages were stopped, not waited for, is what the timeout records below say — each would otherwise run 20 s
    # and be written as a parsed page)
    ray = run_batch([str(src)], tmp_path / "ray", engine="ray", workers=2, shard_size=3, page_timeout=1)

    names = sorted(p.name for p in (tmp_path / "local").glob("shard-*.jsonl"))
    assert names == sorted(p.name for p in (tmp_path / "ray").glob("shard-*.jsonl")) and len(names) == 5
    for n in names:
        assert (tmp_path / "local" / n).read_bytes() == (tmp_path / "ray" / n).read_bytes()
    assert (ray["pages"], ray["errors"], ray["shards_done"]) == (local["pages"], local["errors"], 5) == (10, 4, 5)
    recs = [json.loads(line) for f in (tmp_path / "ray").glob("shard-*.jsonl") for line in f.read_text().splitlines()]
    timeouts = {r["id"]: r["error"] for r in recs if r.get("error", "").startswith("timeout")}
    assert timeouts == {"慢页": "timeout after 1 s", "卡页": "timeout after 1 s"}
    assert not [p.name for p in (tmp_path / "ray").iterdir() if p.name.startswith(".")]
    manifest = json.loads((tmp_path / "ray" / "manifest.json").read_text("utf-8"))
    assert manifest["status"] == "complete" and manifest["summary"]["engine"] == "ray"


def test_a_killed_driver_that_started_its_own_ray_resumes_without_missing_or_duplicated_pages(tmp_path: Path):
    # The default `--engine ray`: the driver starts Ray on this machine, and SIGKILL takes Ray down with it
    # (its processes share the driver's fate) while workers may still finish, even publish, the shard they hold.
    page = (Path(__file__).resolve().parents[1] / "examples" / "chongqing-daily-page.txt").read_text("utf-8")
    n, size = 96, 8  # 12 shards of 8 real pages
    src, out = tmp_path / "in.jsonl", tmp_path / "out"
    src.write_text(
        "".join(
            json.dumps({"id": f"p{i}", "text": page.replace("永川", f"永川{i}")}, ensure_ascii=False) + "\n"
            for i in range(n)
        ),
        encoding="utf-8",
    )
    cmd = [sys.executable, "-m", "banmian.cli", "batch", str(src), "-o", str(out), "--engine", "ray", "-w", "2"]
    cmd += ["--shard-size", str(size), "--no-progress"]
    job = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while len(list(out.glob("shard-*.jsonl"))) < 3:
            assert job.poll() is None, "the job ended before it could be killed"
            assert time.monotonic() < deadline, "no shard written in 3 minutes"
            time.sleep(0.05)
        os.kill(job.pid, signal.SIGKILL)  # the driver alone, as the OOM killer or `kill -9 PID` would
        job.wait()
        whole = {p.name for p in out.glob("shard-*.jsonl")}
        assert len(whole) < n // size

        r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
    finally:
        if job.poll() is None:
            job.kill()
        job.wait()
        with contextlib.suppress(ProcessLookupError):  # whatever of the killed driver's Ray is still winding down
            os.killpg(job.pid, signal.SIGKILL)

    run_batch([str(src)], tmp_path / "clean", engine="local", workers=2, shard_size=size)
    names = sorted(p.name for p in (tmp_path / "clean").glob("shard-*.jsonl"))
    assert sorted(p.name for p in out.glob("shard-*.jsonl")) == names and len(names) == n // size
    for name in names:
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes()
    ids = [json.loads(line)["id"] for f in out.glob("shard-*.jsonl") for line in f.read_text("utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == n  # every page once
    summary = json.loads((out / "manifest.json").read_text("utf-8"))["summary"]
    assert summary["shards_done"] == summary["shards"] == n // size
    assert summary["run"]["shards_skipped"] >= len(whole)  # a shard file that was whole at the kill is not redone
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # no .part left, the orphans' included
