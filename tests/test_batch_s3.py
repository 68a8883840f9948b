"""Batch input and output on S3: a real S3 server on this machine (moto's server mode, 127.0.0.1), no network."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("s3fs", reason="s3:// paths need banmian[s3]")
pytest.importorskip("moto.server", reason="the S3 tests need moto[server]")

from _s3 import start_s3_server  # noqa: E402
from banmian.batch import run_batch  # noqa: E402

BUCKET = "corpus"
PAGE = "春耕备耕有序展开\n\n本报讯　各地抓住有利\n时机，组织春耕生产。\n\n农业农村部门加强技术\n指导，保障农资供应。\n"


@pytest.fixture(scope="module")
def s3_env():
    server, env = start_s3_server()
    yield env
    server.stop()


@pytest.fixture()
def s3(s3_env, monkeypatch, tmp_path: Path):
    """A fresh bucket holding two JSONL.gz record files and a folder of page files; the same input on disk."""
    import s3fs

    for k, v in s3_env.items():
        monkeypatch.setenv(k, v)
    s3fs.S3FileSystem.clear_instance_cache()
    fs = s3fs.S3FileSystem()
    if fs.exists(BUCKET):
        fs.rm(BUCKET, recursive=True)
    fs.mkdir(BUCKET)
    local = tmp_path / "in"
    (local / "pages").mkdir(parents=True)
    for name, ids in (("a.jsonl.gz", range(0, 7)), ("b.jsonl.gz", range(7, 10))):
        lines = [
            json.dumps({"id": f"p{i}", "text": PAGE.replace("春耕", f"春耕{i}号")}, ensure_ascii=False) for i in ids
        ]
        (local / name).write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    (local / "notes.txt").write_text("not matched by the pattern", encoding="utf-8")
    (local / "pages" / "p1.txt").write_text(PAGE, encoding="utf-8")
    (local / "pages" / "p2.txt").write_text(PAGE.replace("春耕", "夏收"), encoding="gb18030")
    (local / "pages" / ".hidden.txt").write_text("skipped", encoding="utf-8")
    fs.put(str(local) + "/", f"{BUCKET}/in/", recursive=True)
    return fs, local


def shard_bytes(fs, prefix: str) -> dict[str, bytes]:
    return {p.rsplit("/", 1)[1]: fs.cat_file(p) for p in fs.glob(f"{prefix}/shard-*")}


def test_cli_reads_and_writes_s3_with_the_same_output_as_local(s3, tmp_path: Path):
    fs, local = s3
    args = ["-w", "2", "--shard-size", "4", "--no-progress"]
    r = subprocess.run(
        [
            str(Path(sys.executable).with_name("banmian")),
            "batch",
            f"s3://{BUCKET}/in/*.jsonl.gz",
            f"s3://{BUCKET}/in/pages",
            "-o",
            f"s3://{BUCKET}/out/",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ,
    )
    assert r.returncode == 0, r.stderr
    assert "12 pages" in r.stderr
    run_batch([str(local / "*.jsonl.gz"), str(local / "pages")], tmp_path / "out", workers=2, shard_size=4)

    remote = shard_bytes(fs, f"{BUCKET}/out")
    ondisk = {p.name: p.read_bytes() for p in (tmp_path / "out").glob("shard-*")}
    assert sorted(remote) == sorted(ondisk) == [f"shard-{k:06d}.jsonl" for k in range(4)]
    for name, data in remote.items():  # the same bytes once the inputs' locations are swapped
        assert data.replace(f"s3://{BUCKET}/in/".encode(), f"{local}/".encode()) == ondisk[name]
    manifest = json.loads(fs.cat_file(f"{BUCKET}/out/manifest.json"))
    assert manifest["status"] == "complete" and [s["status"] for s in manifest["shards"]] == ["done"] * 4
    assert manifest["shards"][0]["source"] == f"s3://{BUCKET}/in/a.jsonl.gz"
    assert not [p for p in fs.find(f"{BUCKET}/out") if "/." in p]  # nothing hidden left behind


def test_resume_on_s3_trusts_the_manifest_not_the_objects(s3):
    fs, _ = s3
    inputs, out = [f"s3://{BUCKET}/in/a.jsonl.gz", f"s3://{BUCKET}/in/b.jsonl.gz"], f"s3://{BUCKET}/out"
    s = run_batch(inputs, out, workers=2, shard_size=3)
    assert (s["pages"], s["shards_done"], s["status"]) == (10, 4, "complete")
    clean = shard_bytes(fs, f"{BUCKET}/out")
    # What a kill can leave on a store without rename: shard 1 recorded but its object gone; shard 2 uploaded
    # but not yet recorded; shard 3 not recorded and its object half-written (a store without atomic uploads).
    m = json.loads(fs.cat_file(f"{BUCKET}/out/manifest.json"))
    fs.rm_file(f"{BUCKET}/out/shard-000001.jsonl")
    fs.pipe_file(f"{BUCKET}/out/shard-000003.jsonl", clean["shard-000003.jsonl"][:20])
    for k in (2, 3):
        m["shards"][k] = {key: v for key, v in m["shards"][k].items() if key not in ("pages", "articles", "errors")}
        m["shards"][k]["status"] = "pending"
    m["status"] = "running"
    fs.pipe_file(f"{BUCKET}/out/manifest.json", json.dumps(m).encode())
    fs.pipe_file(f"{BUCKET}/out/shard-000000.jsonl", b"recorded done: must not be rewritten\n")

    s = run_batch(inputs, out, workers=2, shard_size=3)

    assert (s["run"]["shards_run"], s["run"]["shards_skipped"]) == (3, 1)
    after = shard_bytes(fs, f"{BUCKET}/out")
    assert after.pop("shard-000000.jsonl") == b"recorded done: must not be rewritten\n"  # not redone
    assert after == {k: v for k, v in clean.items() if k != "shard-000000.jsonl"}  # whole again, nothing twice
    m = json.loads(fs.cat_file(f"{BUCKET}/out/manifest.json"))
    assert m["status"] == "complete" and sum(sh["pages"] for sh in m["shards"]) == 10


def test_parquet_on_s3_and_one_line_errors(s3):
    import pyarrow as pa
    import pyarrow.parquet as pq

    fs, _ = s3
    rows = [{"id": f"q{i}", "text": PAGE.replace("春耕", f"秋收{i}号")} for i in range(5)]
    with fs.open(f"{BUCKET}/pq/in.parquet", "wb") as fh:
        pq.write_table(pa.Table.from_pylist(rows), fh, row_group_size=2)
    run_batch([f"s3://{BUCKET}/pq/in.parquet"], f"s3://{BUCKET}/pq-out/", workers=1, shard_size=3, fmt="parquet")
    with fs.open(f"{BUCKET}/pq-out/shard-000001.parquet", "rb") as fh:
        got = pq.read_table(fh).to_pylist()
    assert [g["id"] for g in got] == ["q3", "q4"] and got[0]["articles"][0]["body"]

    from banmian.errors import BadInput

    with pytest.raises(BadInput, match="no such file"):
        run_batch([f"s3://{BUCKET}/nope.jsonl"], f"s3://{BUCKET}/o2", workers=1)
    with pytest.raises(BadInput, match="matches no file"):
        run_batch([f"s3://{BUCKET}/in/*.parquet"], f"s3://{BUCKET}/o2", workers=1)
    with pytest.raises(BadInput, match="not empty"):
        run_batch([f"s3://{BUCKET}/in/a.jsonl.gz"], f"s3://{BUCKET}/in", workers=1)
    assert not fs.exists(f"{BUCKET}/o2")
