"""The opt-in mypyc build (everything else about the package is in pyproject.toml).

    pip install .                    # pure Python: the default, as if this file were not here
    BANMIAN_MYPYC=1 pip install .    # the text parser's modules compiled by mypyc (build_backend.py brings mypy)

The compiled modules give the same output as the pure ones, about 1.7 times as fast (README: speed).  The
fitted forests, which the pure build compiles from ``group_model.py`` with ``exec``, are written out as a module
of plain functions for mypyc first (``reconstruct/_forests.py``, made here and removed after the build).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent
RECONSTRUCT = HERE / "src" / "banmian" / "reconstruct"
# the text parser's modules that mypyc compiles
COMPILED = ["reflow.py", "assemble.py", "patterns.py", "textutil.py", "unit.py", "_forests.py"]
# mypy reads only these modules' own code (what they import from the rest of the package is followed for its
# types, not checked; rjieba has no types); pyproject.toml's [tool.mypy] leaves group_model.py untyped
MYPY_FLAGS = ["--follow-imports=silent", "--ignore-missing-imports"]


def _load(name: str):
    """A module of reconstruct/ by its file (the package itself need not import here: no rjieba at build time)."""
    spec = importlib.util.spec_from_file_location(f"_banmian_build_{name}", RECONSTRUCT / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if os.environ.get("BANMIAN_MYPYC") != "1":
    setup()
else:
    try:
        from mypyc.build import mypycify
    except ImportError as e:
        raise SystemExit("BANMIAN_MYPYC=1: the compiled build needs mypy (pip install 'mypy>=2.4')") from e
    forests = RECONSTRUCT / "_forests.py"
    forests.write_text(_load("forest").forests_module(_load("group_model")), encoding="utf-8")
    try:
        ext_modules = mypycify(
            [*MYPY_FLAGS, *[f"src/banmian/reconstruct/{m}" for m in COMPILED]],
            opt_level="3",
            group_name="banmian_reconstruct",
        )
        setup(ext_modules=ext_modules)
    finally:
        forests.unlink()
