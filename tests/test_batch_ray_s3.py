"""The Ray engine on S3 (moto's server on 127.0.0.1, no network): the same shard bytes as the local engine, and a
driver killed with SIGKILL mid-job resumes without a missing or duplicated page.

Ray takes seconds to start, so the module starts one local instance and every test runs on it: ``run_batch``
in this process uses it as it is (a Ray that is already initialised is neither started nor stopped), and a
``banmian batch`` subprocess joins it with ``--address``, as a driver on a cluster's head node does.  The S3
credentials and endpoint are in the environment before Ray starts, so every Ray worker has them.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("ray.data", reason="the ray engine needs banmian[ray]")
pytest.importorskip("s3fs", reason="s3:// paths need banmian[s3]")
pytest.importorskip("moto.server", reason="the S3 tests need moto[server]")

from _s3 import start_s3_server  # noqa: E402
from banmian.batch import run_batch  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray's own, raised inside ray.data

ROOT = Path(__file__).resolve().parents[1]
PAGE = (ROOT / "examples" / "chongqing-daily-page.txt").read_text(encoding="utf-8")  # a real page: ~20 ms to parse
BUCKET = "ray-corpus"


@pytest.fixture(scope="module")
def cluster():
    """A moto S3 server and one local Ray instance (2 CPUs) for the whole module; yields Ray's address."""
    import ray
    import s3fs

    mp = pytest.MonkeyPatch()
    server, env = start_s3_server()
    env["RAY_USAGE_STATS_ENABLED"] = "0"
    for k, v in env.items():
        mp.setenv(k, v)  # before ray.init: Ray's workers get the environment the instance started with
    s3fs.S3FileSystem.clear_instance_cache()  # no client cached for another module's server
    ray.init(
        address="local",
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.ERROR,
    )
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()
        server.stop()
        s3fs.S3FileSystem.clear_instance_cache()
        mp.undo()


@pytest.fixture()
def fs(cluster):
    import s3fs

    fs = s3fs.S3FileSystem()
    if fs.exists(BUCKET):
        fs.rm(BUCKET, recursive=True)
    fs.mkdir(BUCKET)
    return fs


def records(ids, extra: list[str] = ()) -> bytes:
    lines = [json.dumps({"id": f"p{i}", "text": PAGE.replace("永川", f"永川{i}号")}, ensure_ascii=False) for i in ids]
    return gzip.compress(("\n".join([*lines, *extra]) + "\n").encode())


def shard_bytes(fs, prefix: str) -> dict[str, bytes]:
    fs.invalidate_cache()
    return {p.rsplit("/", 1)[1]: fs.cat_file(p) for p in fs.glob(f"{prefix}/shard-*")}


def page_ids(shards: dict[str, bytes]) -> list[str]:
    return [json.loads(line)["id"] for data in shards.values() for line in data.decode().splitlines()]


def test_ray_reads_and_writes_s3_with_the_bytes_of_the_local_engine(fs):
    import pyarrow as pa
    import pyarrow.parquet as pq

    fs.pipe_file(f"{BUCKET}/in/a.jsonl.gz", records(range(9), ['{"id": "broken", ']))
    with fs.open(f"{BUCKET}/in/b.parquet", "wb") as fh:  # read by row group through range requests
        rows = [{"id": f"q{i}", "text": PAGE.replace("永川", f"大足{i}号")} for i in range(5)]
        pq.write_table(pa.Table.from_pylist(rows), fh, row_group_size=2)
    fs.pipe_file(f"{BUCKET}/in/pages/p1.txt", PAGE.encode("gb18030"))
    fs.pipe_file(f"{BUCKET}/in/pages/scan.txt", bytes(range(256)) * 4)  # not text: an error record
    inputs = [f"s3://{BUCKET}/in/*.jsonl.gz", f"s3://{BUCKET}/in/b.parquet", f"s3://{BUCKET}/in/pages"]

    t = time.monotonic()
    ray = run_batch(inputs, f"s3://{BUCKET}/ray/", engine="ray", workers=2, shard_size=4)
    ray_seconds = time.monotonic() - t
    local = run_batch(inputs, f"s3://{BUCKET}/local/", engine="local", workers=2, shard_size=4)

    got, want = shard_bytes(fs, f"{BUCKET}/ray"), shard_bytes(fs, f"{BUCKET}/local")
    # 10 records → 3 shards, 5 rows → 2, 2 page files → 1
    assert sorted(got) == sorted(want) == [f"shard-{k:06d}.jsonl" for k in range(6)]
    assert got == want  # byte for byte
    ids = page_ids(got)
    assert len(ids) == len(set(ids)) == 17
    assert (
        (ray["pages"], ray["errors"], ray["status"])
        == (local["pages"], local["errors"], "complete")
        == (15, 2, "complete")
    )
    assert ray["engine"] == "ray"
    m_ray = json.loads(fs.cat_file(f"{BUCKET}/ray/manifest.json"))
    m_local = json.loads(fs.cat_file(f"{BUCKET}/local/manifest.json"))
    strip = ("seconds",)
    assert [{k: v for k, v in s.items() if k not in strip} for s in m_ray["shards"]] == [
        {k: v for k, v in s.items() if k not in strip} for s in m_local["shards"]
    ]
    assert not [p for p in fs.find(f"{BUCKET}/ray") if "/." in p]  # no stuck notes or leftovers
    assert ray_seconds < 120


def _banmian(*args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("banmian")), "batch", *args]


def test_a_killed_ray_driver_resumes_on_s3_without_missing_or_duplicated_pages(fs, cluster):
    n, size = 160, 8  # 20 shards of 8 real pages
    fs.pipe_file(f"{BUCKET}/in/a.jsonl.gz", records(range(n)))
    src, out = f"s3://{BUCKET}/in/a.jsonl.gz", f"s3://{BUCKET}/out"
    cmd = _banmian(src, "-o", out, "--engine", "ray", "--address", cluster, "-w", "2", "--shard-size", str(size))
    cmd.append("--no-progress")

    job = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ)
    try:
        deadline = time.monotonic() + 180
        while len(shard_bytes(fs, f"{BUCKET}/out")) < 3:  # a few shards uploaded: the job is well under way
            assert job.poll() is None, "the job ended before it could be killed"
            assert time.monotonic() < deadline, "no shard uploaded in 3 minutes"
            time.sleep(0.05)
        os.kill(job.pid, signal.SIGKILL)  # the driver only: the cluster lives on, as when a head-node job dies
    finally:
        if job.poll() is None:
            job.kill()
        job.wait()
    killed = json.loads(fs.cat_file(f"{BUCKET}/out/manifest.json"))
    assert killed["status"] == "running"  # it really died mid-job, before its last manifest write
    done = [s["name"] for s in killed["shards"] if s["status"] == "done"]
    recorded = {name: fs.info(f"{BUCKET}/out/{name}.jsonl")["LastModified"] for name in done}
    assert len(recorded) < n // size

    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=os.environ)
    assert r.returncode == 0, r.stderr
    summary = json.loads(fs.cat_file(f"{BUCKET}/out/manifest.json"))["summary"]
    assert summary["run"]["shards_skipped"] == len(recorded)  # the recorded shards were not run again…
    assert summary["run"]["shards_run"] == n // size - len(recorded)  # …and every other one was
    fs.invalidate_cache()
    assert {name: fs.info(f"{BUCKET}/out/{name}.jsonl")["LastModified"] for name in recorded} == recorded

    run_batch([src], f"s3://{BUCKET}/clean/", engine="local", workers=2, shard_size=size)
    got = shard_bytes(fs, f"{BUCKET}/out")
    ids = page_ids(got)
    assert len(ids) == len(set(ids)) == n  # every page once
    assert got == shard_bytes(fs, f"{BUCKET}/clean")  # and the bytes of an uninterrupted run
    assert summary["shards_done"] == summary["shards"] == n // size and summary["pages"] == n
    assert not [p for p in fs.find(f"{BUCKET}/out") if "/." in p]
