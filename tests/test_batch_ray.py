"""The Ray engine gives the same shards as the local engine (one small job: Ray takes seconds to start)."""

from __future__ import annotations

import json
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
    t = time.monotonic()
    ray = run_batch([str(src)], tmp_path / "ray", engine="ray", workers=2, shard_size=3, page_timeout=1)
    assert time.monotonic() - t < 60  # each slow page alone would take 20 s

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
