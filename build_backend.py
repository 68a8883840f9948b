"""The package's build backend: setuptools' own, which also asks for mypy when the build is to be compiled.

``pip install .`` builds the pure-Python package, with setuptools alone, as ever.  ``BANMIAN_MYPYC=1 pip install .``
compiles the text parser's modules with mypyc (see setup.py): then building needs mypy, which this backend adds to
what the build asks pip for (pyproject.toml cannot make a build requirement depend on the environment).
"""

from __future__ import annotations

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (every hook not written out below is setuptools')

MYPY = "mypy>=2.4"  # the mypyc this build was written and measured with (README: speed)


def _compiled() -> bool:
    return os.environ.get("BANMIAN_MYPYC") == "1"


def get_requires_for_build_wheel(config_settings=None):
    if not _compiled():
        return _setuptools.get_requires_for_build_wheel(config_settings)
    return [MYPY]  # (not setuptools' answer too: it runs setup.py, which needs mypy here)


def get_requires_for_build_editable(config_settings=None):
    if not _compiled():
        return _setuptools.get_requires_for_build_editable(config_settings)
    return [MYPY]
