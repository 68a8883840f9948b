"""Batch storage on fsspec stores other than S3, none of which needs a network: nothing in banmian is particular
to one store, every read, listing and upload goes through fsspec's interface.

* ``memory://`` (fsspec's in-process store): the storage layer, the shard function and the manifest, in this
  process (workers are other processes, which do not share this store);
* ``gs://`` mapped onto a folder by a filesystem registered with fsspec the way a store package registers itself
  (an ``fsspec.specs`` entry point), so that the driver and every pool worker find it: a whole ``banmian batch``
  job, and a resume, on a Google-Cloud-Storage-style URL without gcsfs or a network.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

pytest.importorskip("fsspec", reason="URLs need fsspec (banmian[s3] brings it)")

from banmian.batch import run_batch, storage  # noqa: E402
from banmian.batch.inputs import expand_inputs, plan_shards  # noqa: E402
from banmian.batch.manifest import Manifest  # noqa: E402
from banmian.batch.shard import ShardOptions, run_shard  # noqa: E402

PAGE = "春耕备耕有序展开\n\n本报讯　各地抓住有利\n时机，组织春耕生产。\n\n农业农村部门加强技术\n指导，保障农资供应。\n"


def make_input(put, n: int = 7) -> None:
    """Two record files (one gzipped, with a broken line) and a folder of page files (one hidden)."""
    lines = [
        json.dumps({"id": f"p{i}", "text": PAGE.replace("春耕", f"春耕{i}号")}, ensure_ascii=False) for i in range(n)
    ]
    put("in/a.jsonl.gz", gzip.compress(("\n".join([*lines[:5], '{"id": "broken", ']) + "\n").encode()))
    put("in/b.jsonl", ("\n".join(lines[5:]) + "\n").encode())
    put("in/pages/p1.txt", PAGE.encode())
    put("in/pages/p2.txt", PAGE.replace("春耕", "夏收").encode("gb18030"))
    put("in/pages/.hidden.txt", b"skipped")


@pytest.fixture()
def memory():
    fs = storage.filesystem("memory://")
    bucket = f"bk-{uuid.uuid4().hex[:8]}"
    yield fs, bucket
    fs.rm(f"memory://{bucket}", recursive=True)


def test_an_object_named_twice_or_spelled_two_ways_is_read_once(memory):
    fs, b = memory
    make_input(lambda k, data: fs.pipe_file(f"memory://{b}/{k}", data))
    records, pages = expand_inputs([f"memory://{b}/in/a.jsonl.gz", f"memory://{b}/in", f"memory:///{b}/in/*.jsonl"])
    # the memory store lists /bk/in/a.jsonl.gz: without one spelling per object, a.jsonl.gz would be read twice
    assert records == [f"memory://{b}/in/a.jsonl.gz", f"memory://{b}/in/b.jsonl"]
    assert pages == [f"memory://{b}/in/pages/p1.txt", f"memory://{b}/in/pages/p2.txt"]


def test_the_storage_layer_shards_and_manifest_on_the_memory_store(memory, tmp_path: Path):
    fs, b = memory
    disk = tmp_path / "disk"

    def put_both(key: str, data: bytes) -> None:
        fs.pipe_file(f"memory://{b}/{key}", data)
        (disk / key).parent.mkdir(parents=True, exist_ok=True)
        (disk / key).write_bytes(data)

    make_input(put_both)
    specs = plan_shards(*expand_inputs([f"memory://{b}/in"]), 3, "text")
    local_specs = plan_shards(*expand_inputs([str(disk / "in")]), 3, "text")
    assert [s["items"] for s in specs] == [s["items"] for s in local_specs] == [3, 3, 2, 2]

    out = storage.OutDir(f"memory://{b}/out/")
    manifest = Manifest.open(out, {"format": "jsonl"}, specs, [f"memory://{b}/in"])
    (tmp_path / "out").mkdir()
    for spec, local_spec in zip(specs, local_specs, strict=True):
        manifest.mark_done(run_shard(spec, ShardOptions(out_dir=out.url)))
        run_shard(local_spec, ShardOptions(out_dir=str(tmp_path / "out")))
    manifest.save()
    for k in range(4):  # the same bytes as on a disk, once the inputs' locations are swapped
        got = fs.cat_file(f"memory://{b}/out/shard-00000{k}.jsonl")
        want = (tmp_path / "out" / f"shard-00000{k}.jsonl").read_bytes()
        assert got.replace(f"memory://{b}/in/".encode(), f"{disk}/in/".encode()) == want
    assert storage.OutDir(f"memory://{b}/out").names() == {
        "manifest.json",
        *(f"shard-00000{k}.jsonl" for k in range(4)),
    }

    # resume on a store: the manifest, not the listing, says what is done
    fs.rm_file(f"memory://{b}/out/shard-000001.jsonl")  # recorded, object gone: rerun
    manifest.by_name["shard-000002"]["status"] = "pending"  # uploaded, not recorded: rerun
    manifest.save()
    again = Manifest.open(out, {"format": "jsonl"}, specs, [f"memory://{b}/in"])
    again.reconcile("jsonl")
    assert [s["status"] for s in again.data["shards"]] == ["done", "pending", "pending", "done"]


SITE = {
    "banmian_fake_gcs.py": '''
"""gs://BUCKET/KEY stored at $BANMIAN_FAKE_GCS_ROOT/BUCKET/KEY, with no folders to make (as on GCS)."""
import os

from fsspec.implementations.dirfs import DirFileSystem
from fsspec.implementations.local import LocalFileSystem


class FakeGCS(DirFileSystem):
    protocol = ("gs", "gcs")
    root_marker = ""

    def __init__(self, **storage_options):
        root = os.environ["BANMIAN_FAKE_GCS_ROOT"]
        super().__init__(path=root, fs=LocalFileSystem(auto_mkdir=True), **storage_options)
''',
    "banmian_fake_gcs-0.dist-info/METADATA": "Metadata-Version: 2.1\nName: banmian-fake-gcs\nVersion: 0\n",
    # how a store package tells fsspec about its protocols: fsspec reads these when it is imported
    "banmian_fake_gcs-0.dist-info/entry_points.txt": "[fsspec.specs]\ngs = banmian_fake_gcs:FakeGCS\n",
}


def test_a_job_on_a_gs_url_runs_on_any_store_fsspec_knows(tmp_path: Path):
    site, root = tmp_path / "site", tmp_path / "gcs"
    for name, text in SITE.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    make_input(
        lambda k, data: (
            (root / "bkt" / k).parent.mkdir(parents=True, exist_ok=True),
            (root / "bkt" / k).write_bytes(data),
        )
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), *filter(None, [os.environ.get("PYTHONPATH")])]),
        "BANMIAN_FAKE_GCS_ROOT": str(root),
    }
    cmd = [sys.executable, "-m", "banmian.cli", "batch", "gs://bkt/in/*.jsonl*", "gs://bkt/in/pages/"]
    cmd += ["-o", "gs://bkt/out/", "-w", "2", "--shard-size", "3", "--no-progress"]

    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    assert r.returncode == 3, r.stderr  # 3: the broken line is an error record
    assert "9 pages" in r.stderr and "1 errors" in r.stderr

    run_batch(
        [str(root / "bkt" / "in" / "*.jsonl*"), str(root / "bkt" / "in" / "pages")],
        tmp_path / "disk",
        workers=2,
        shard_size=3,
    )
    out = root / "bkt" / "out"
    names = sorted(p.name for p in out.iterdir())
    assert names == ["manifest.json", *(f"shard-00000{k}.jsonl" for k in range(4))]  # written through the store
    for k in range(4):
        got = (out / f"shard-00000{k}.jsonl").read_bytes().replace(b"gs://bkt/in/", f"{root}/bkt/in/".encode())
        assert got == (tmp_path / "disk" / f"shard-00000{k}.jsonl").read_bytes()
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["status"] == "complete" and manifest["shards"][0]["source"] == "gs://bkt/in/a.jsonl.gz"

    clean = (out / "shard-000002.jsonl").read_bytes()
    (out / "shard-000002.jsonl").unlink()  # recorded done, object gone: the rerun redoes it and nothing else
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    assert r.returncode == 3 and "this run: 1 shards, 3 already done" in r.stderr, r.stderr
    assert (out / "shard-000002.jsonl").read_bytes() == clean
