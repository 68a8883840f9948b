"""Where a batch job reads and writes: local paths, or fsspec URLs (``s3://`` with ``banmian[s3]``, ``gs://`` with
``banmian[gcs]``, ``az://`` with ``banmian[azure]``, any other scheme fsspec has an implementation for).

Local paths go through the standard library, so the default install needs nothing more.  A URL with a scheme
(``s3://bucket/key``) goes through fsspec and the scheme's implementation (s3fs for ``s3://``, gcsfs for ``gs://``,
adlfs for ``az://``), imported only when such a URL is given; without them the job stops with one line naming
the package and the extra that installs it.

Credentials and endpoints come from the usual places of each implementation (for S3: ``AWS_ACCESS_KEY_ID``…,
``AWS_ENDPOINT_URL``, ``~/.aws``, an instance role) or from ``storage_options`` (fsspec's keyword arguments,
e.g. ``{"endpoint_url": "http://127.0.0.1:9000"}``), which ``set_storage_options`` sets for this process;
every engine passes them on to its workers.
"""

from __future__ import annotations

import gzip
import io
import os
import tempfile
from pathlib import Path
from typing import Any

from banmian.errors import BadInput

_options: dict[str, Any] = {}
# scheme → (the package that implements it for fsspec, the banmian extra that installs it)
PACKAGES = {
    "s3": ("s3fs", "s3"),
    "s3a": ("s3fs", "s3"),
    "gs": ("gcsfs", "gcs"),
    "gcs": ("gcsfs", "gcs"),
    "az": ("adlfs", "azure"),
    "abfs": ("adlfs", "azure"),
    "abfss": ("adlfs", "azure"),
}


def set_storage_options(options: dict[str, Any] | None) -> None:
    """fsspec keyword arguments for every URL this process opens (a worker gets the driver's)."""
    _options.clear()
    _options.update(options or {})


def is_url(path: str) -> bool:
    """``s3://…``, ``gs://…``: anything with a scheme other than ``file://``."""
    head, sep, _ = str(path).partition("://")
    return bool(sep) and head.isascii() and head.replace("+", "").isalnum() and head.lower() != "file"


def local_path(path: str) -> str:
    return path[len("file://") :] if str(path).startswith("file://") else str(path)


def _missing(scheme: str, fsspec_error: str | None = None) -> str:
    """What a ``scheme://`` URL needs, and the command that installs it."""
    if scheme in PACKAGES:
        package, extra = PACKAGES[scheme]
        need = f"{scheme}:// paths need {package} (fsspec's implementation of {scheme}://)"
        return f"{need}: pip install 'banmian[{extra}]'"
    if fsspec_error:  # fsspec knows the scheme and says what it needs ("Install ocifs to access OCI…")
        return f"{scheme}:// paths need fsspec's implementation of {scheme}://: {fsspec_error}"
    return f"{scheme}:// paths need fsspec and its implementation of {scheme}://: pip install fsspec and its package"


def filesystem(url: str):
    """The fsspec filesystem for a URL; ``BadInput`` naming what to install when it is missing."""
    scheme = url.partition("://")[0].lower()
    try:
        import fsspec
    except ImportError:
        raise BadInput(url, _missing(scheme)) from None
    try:
        return fsspec.filesystem(scheme, **_options)
    except ImportError as e:  # fsspec knows the scheme; its package is not installed
        raise BadInput(url, _missing(scheme, " ".join(str(e).split()))) from None
    except ValueError as e:  # fsspec: "Protocol not known"
        if scheme in PACKAGES:  # a scheme only its package registers (abfss: adlfs)
            raise BadInput(url, _missing(scheme)) from None
        raise BadInput(url, f"unknown storage {scheme}://: {e}") from None


def join(base: str, name: str) -> str:
    if is_url(base):
        return base.rstrip("/") + "/" + name
    return os.path.join(local_path(base), name)


def basename(path: str) -> str:
    return str(path).rstrip("/").rsplit("/", 1)[-1]


def open_binary(path: str):
    """A readable binary file object (streamed from object storage, not downloaded whole)."""
    if is_url(path):
        return filesystem(path).open(path, "rb")
    return open(local_path(path), "rb")  # noqa: SIM115 - the caller closes it


def open_text(path: str):
    """Text (UTF-8, undecodable bytes replaced), gunzipped when the name ends in ``.gz``."""
    raw = open_binary(path)
    if path.lower().endswith(".gz"):
        gz = gzip.GzipFile(fileobj=raw, mode="rb")
        gz.myfileobj = raw  # closing the gzip stream closes the file under it (as gzip.open does)
        raw = gz
    return io.TextIOWrapper(raw, encoding="utf-8", errors="replace")


def size(path: str) -> int:
    return filesystem(path).size(path) if is_url(path) else os.path.getsize(local_path(path))


def read_bytes(path: str) -> bytes:
    if is_url(path):
        return filesystem(path).cat_file(path)
    return Path(local_path(path)).read_bytes()


def expand_url(arg: str, has_magic: bool) -> list[tuple[str, bool]]:
    """A URL argument → [(file URL, found inside a folder)], sorted; hidden files and folders skipped."""
    fs = filesystem(arg)
    fs.invalidate_cache()  # list what is there now, not what this process saw before
    scheme = arg.partition("://")[0]

    def url(p: str) -> str:
        """One spelling per object, whether named or listed: ``memory://b/k`` and ``memory:///b/k`` are one file
        (stores with a root marker list ``/b/k``), and a file both named and inside a named folder is read once."""
        p = fs._strip_protocol(p)
        return p if "://" in p else f"{scheme}://{p.lstrip('/')}"

    try:
        if has_magic:  # one listing with each match's type, not one request per match
            matches = sorted(fs.glob(arg, detail=True).items())
        else:
            try:
                matches = [(url(arg), fs.info(arg))]
            except FileNotFoundError:
                matches = []
    except Exception as e:  # no such bucket, access denied, endpoint unreachable…
        raise BadInput(arg, f"cannot read: {' '.join(str(e).split())[:200]}") from None
    out: list[tuple[str, bool]] = []
    for m, info in matches:
        if info.get("type") == "directory":
            root = fs._strip_protocol(m.rstrip("/"))
            for f in sorted(fs.find(m)):
                rel = f[len(root) :].lstrip("/")
                if not any(part.startswith(".") for part in rel.split("/")):
                    out.append((url(f), True))
        else:
            out.append((url(m), False))
    return out


class OutDir:
    """The output location: a local folder (shards published by rename) or a URL prefix (shards uploaded whole)."""

    def __init__(self, where: str | Path):
        where = str(where)
        self.remote = is_url(where)
        if self.remote:
            self.fs = filesystem(where)
            self.url = where.rstrip("/")
        else:
            self.fs = None
            self.url = str(Path(local_path(where)).resolve())

    def path(self, name: str) -> str:
        return join(self.url, name)

    def is_file_not_folder(self) -> bool:
        if self.remote:
            return self.fs.isfile(self.url)
        return os.path.exists(self.url) and not os.path.isdir(self.url)

    def names(self) -> set[str]:
        """The names directly in the folder (empty when it does not exist)."""
        if self.remote:
            self.fs.invalidate_cache(self.url)  # workers in other processes wrote here: no cached listing
            try:
                return {basename(p) for p in self.fs.ls(self.url, detail=False)}
            except FileNotFoundError:
                return set()
        return set(os.listdir(self.url)) if os.path.isdir(self.url) else set()

    def exists(self, name: str) -> bool:
        return self.fs.exists(self.path(name)) if self.remote else os.path.exists(self.path(name))

    def read_text(self, name: str) -> str:
        if self.remote:
            return self.fs.cat_file(self.path(name)).decode("utf-8")
        return Path(self.path(name)).read_text(encoding="utf-8")

    def mkdir(self) -> None:
        if not self.remote:  # object stores have no folders: a prefix exists once something is under it
            os.makedirs(self.url, exist_ok=True)

    def remove(self, name: str) -> None:
        if self.remote:
            if self.fs.exists(self.path(name)):
                self.fs.rm_file(self.path(name))
        else:
            Path(self.path(name)).unlink(missing_ok=True)

    def write_bytes(self, name: str, data: bytes) -> None:
        """Publish a whole file: a single PUT on an object store; write and rename on a local disk."""
        if self.remote:
            self.fs.pipe_file(self.path(name), data)
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=self.url)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(tmp, 0o644)  # mkstemp makes it private; outputs are as readable as the shards
            os.replace(tmp, self.path(name))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def upload(self, local_file: str, name: str) -> None:
        """Publish a finished local file under ``name`` (object stores: one upload, visible once complete)."""
        self.fs.put_file(local_file, self.path(name))
