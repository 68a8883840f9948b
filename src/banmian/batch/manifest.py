"""``manifest.json``: the job's options, its shards (input range, counts, status) and a summary.

On a local disk the shard files are the ground truth — a shard file exists only once it is complete (it is
renamed into place) — and the manifest is their index.  The driver rewrites the manifest atomically now and
then, so a job killed between a shard's rename and the next manifest write loses nothing: on resume, a shard
whose file exists is counted and marked done instead of being run again.

On object storage (``s3://…``) there is no rename, and whether an object that exists is whole depends on the
store (S3 and GCS publish an upload only once complete; others may not), so the order is the other way
round: a worker uploads the whole shard, then the driver records it in the manifest (one PUT of the whole
manifest, which replaces it whole), and only a shard recorded done is done.  A shard object that exists but
is not recorded — the job died between the upload and the next manifest write — is run again and overwritten
with the same bytes.  That costs at most the shards finished in the last ``save`` interval, never a
duplicate or a half shard.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from banmian.batch.inputs import shard_key
from banmian.batch.shard import count_shard_file, shard_filename, stuck_note
from banmian.batch.storage import OutDir
from banmian.errors import BadInput

MANIFEST = "manifest.json"
VERSION = 1
# options that change the output: resuming with other values would mix two jobs in one folder
JOB_OPTIONS = ("format", "text_field", "id_field", "shard_size")


class Manifest:
    def __init__(self, out: OutDir, data: dict[str, Any]):
        self.out = out
        self.path = out.path(MANIFEST)
        self.data = data
        self.by_name = {s["name"]: s for s in data["shards"]}
        self._saved = 0.0

    @classmethod
    def open(cls, out: OutDir, options: dict[str, Any], specs: list[dict[str, Any]], inputs: list[str]) -> Manifest:
        """Load the manifest of ``out`` (checking it describes the same job) or start a new one."""
        path = out.path(MANIFEST)
        names = out.names()
        if MANIFEST in names:
            try:
                data = json.loads(out.read_text(MANIFEST))
                shards = data["shards"]
                old = data["options"]
            except (OSError, ValueError, KeyError, TypeError):
                raise BadInput(str(path), "unreadable manifest; use a new output folder") from None
            changed = [k for k in JOB_OPTIONS if old.get(k) != options.get(k)]
            if changed:
                k = changed[0]
                raise BadInput(
                    str(path),
                    f"this folder holds a job run with {k}={old.get(k)!r}, not "
                    f"{options.get(k)!r}; use the same options to resume, or a new output folder",
                )
            if [shard_key(s) for s in specs] != [{k: v for k, v in s.items() if k in _KEY_FIELDS} for s in shards]:
                raise BadInput(
                    str(path),
                    "this folder holds a job over other input (the shards differ); "
                    "give the same INPUT to resume, or use a new output folder",
                )
            return cls(out, data)
        if any(not n.startswith(".") for n in names):
            raise BadInput(
                out.url, "the output folder is not empty and has no manifest.json; give an empty or new folder"
            )
        out.mkdir()
        data = {
            "version": VERSION,
            "status": "running",
            "options": options,
            "inputs": inputs,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "shards": [{**shard_key(s), "status": "pending"} for s in specs],
            "summary": None,
        }
        m = cls(out, data)
        m.save()
        return m

    def save(self, force: bool = True, every: float = 2.0) -> None:
        """Write the manifest; with ``force=False`` at most every ``every`` seconds (cheap for 100k shards)."""
        now = time.monotonic()
        if not force and now - self._saved < every:
            return
        text = json.dumps(self.data, ensure_ascii=False, indent=1) + "\n"
        self.out.write_bytes(MANIFEST, text.encode("utf-8"))  # rename on a disk, one whole PUT on a store
        self._saved = now

    def reconcile(self, fmt: str) -> list[str]:
        """Bring the manifest in line with the files on disk.  Returns the names of recovered shards.

        Stale ``.part`` files (a killed job's unfinished shards) are deleted; a pending shard whose file
        exists was finished before the last manifest write and is recounted (on a local disk only: on
        object storage it is run again, see the module's note); a done shard whose file is gone is run again.
        """
        names = self.out.names()  # one listing, not one request per shard
        if not self.out.remote:
            for n in names:
                if n.startswith(".") and n.endswith(".part"):
                    self.out.remove(n)
        recovered = []
        for s in self.data["shards"]:
            fname = shard_filename(s["name"], fmt)
            exists = fname in names
            if s["status"] == "done" and not exists:
                s.update(status="pending")
                for k in ("pages", "articles", "errors", "seconds", "file"):
                    s.pop(k, None)
            elif s["status"] == "done" and stuck_note(s["name"]) in names:
                self.out.remove(stuck_note(s["name"]))  # the shard was published: the note is spent
            elif s["status"] != "done" and exists and not self.out.remote:
                f = Path(self.out.path(fname))
                try:
                    counts = count_shard_file(f, fmt)
                except Exception:  # a damaged shard file: run the shard again
                    f.unlink(missing_ok=True)
                    continue
                s.update(status="done", **counts)
                s.pop("error", None)
                recovered.append(s["name"])
        return recovered

    def remove_stale_parts(self, fmt: str) -> list[str]:
        """Delete the ``.part`` files left next to shards that are now done (on a local disk).

        Every run of a shard writes a ``.part`` of its own; a worker that died mid-shard (ended by the page
        watchdog, killed by the OOM killer) leaves its file behind while the shard's rerun publishes another.
        Once the shard is done no writer of this job is left on it, so what remains is litter.
        """
        if self.out.remote:
            return []
        done = {s["name"] for s in self.data["shards"] if s["status"] == "done"}
        removed = []
        for n in sorted(self.out.names()):
            if n.startswith(".") and n.endswith(".part") and n[1:].split(".", 1)[0] in done:
                self.out.remove(n)
                removed.append(n)
        return removed

    def mark_done(self, result: dict[str, Any]) -> None:
        s = self.by_name[result["name"]]
        s.update(
            status="done",
            file=result["file"],
            pages=result["pages"],
            articles=result["articles"],
            errors=result["errors"],
            seconds=result["seconds"],
        )
        s.pop("error", None)
        self.save(force=False)

    def mark_failed(self, name: str, reason: str) -> None:
        self.by_name[name].update(status="failed", error=reason)
        self.save(force=False)

    def totals(self) -> dict[str, int]:
        done = [s for s in self.data["shards"] if s["status"] == "done"]
        return {
            "shards": len(self.data["shards"]),
            "shards_done": len(done),
            "shards_failed": sum(1 for s in self.data["shards"] if s["status"] == "failed"),
            "pages": sum(s.get("pages", 0) for s in done),
            "articles": sum(s.get("articles", 0) for s in done),
            "errors": sum(s.get("errors", 0) for s in done),
        }


_KEY_FIELDS = ("kind", "source", "start", "stop", "items", "first", "last", "files_sha1", "name")
