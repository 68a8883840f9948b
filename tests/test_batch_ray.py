"""The Ray engine gives the same shards as the local engine (one small job: Ray takes seconds to start)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("ray.data", reason="the ray engine needs banmian[ray]")

from banmian.batch import run_batch  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray's own, raised inside ray.data


def test_ray_and_local_engines_write_identical_output(tmp_path: Path):
    src = tmp_path / "in"
    (src / "pages").mkdir(parents=True)
    lines = [
        json.dumps({"id": f"r{i}", "text": f"第{i}版标题\n\n本报讯　记者\n报道{i}。\n"}, ensure_ascii=False)
        for i in range(9)
    ]
    (src / "recs.jsonl").write_text("\n".join(lines + ["{oops"]) + "\n", encoding="utf-8")
    (src / "pages" / "a.txt").write_text("标题\n\n正文一段。\n", encoding="utf-8")
    (src / "pages" / "b.txt").write_bytes(b"\x00\x01\x02\xff" * 300)

    local = run_batch([str(src)], tmp_path / "local", engine="local", workers=2, shard_size=3)
    ray = run_batch([str(src)], tmp_path / "ray", engine="ray", workers=2, shard_size=3)

    names = sorted(p.name for p in (tmp_path / "local").glob("shard-*.jsonl"))
    assert names == sorted(p.name for p in (tmp_path / "ray").glob("shard-*.jsonl")) and len(names) == 5
    for n in names:
        assert (tmp_path / "local" / n).read_bytes() == (tmp_path / "ray" / n).read_bytes()
    assert (ray["pages"], ray["errors"], ray["shards_done"]) == (local["pages"], local["errors"], 5) == (10, 2, 5)
    manifest = json.loads((tmp_path / "ray" / "manifest.json").read_text("utf-8"))
    assert manifest["status"] == "complete" and manifest["summary"]["engine"] == "ray"
