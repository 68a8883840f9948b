"""Shared fixtures: the bundled example page, and the evaluation data when it is present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "chongqing-daily-page.txt"
EXAMPLE_TRUTH = ROOT / "examples" / "chongqing-daily-page.truth.json"


def shared_dir() -> Path:
    return Path(os.environ.get("BANMIAN_SHARED") or ROOT.parent / "shared")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_page(seed_text):
    import banmian

    return banmian.parse_text(seed_text)
