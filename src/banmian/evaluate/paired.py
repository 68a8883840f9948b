"""Is a change a gain, or noise?  Paired bootstrap intervals for the difference two parser versions make.

Two runs of ``banmian eval DIR --per-page FILE`` (before and after a change) score the same pages; the means
they print differ by a few tenths of a point where a change helps some pages and hurts others.  Resampling the
pages (the same draw for both versions: the pairs stay pairs) gives an interval for the difference of the
means; one that holds 0 says the page sets cannot tell the two versions apart.

Page sets are resampled each on its own (stratified): a mean over several sets (pdfminer, pdftotext and raw
pages) stays a mean over the same sets in every draw.  Each metric's mean is taken, as ``metrics.summarize``
takes it, over the pages where it is defined (a page with no kicker in its truth has no kicker accuracy; a
strict accuracy is undefined where neither truth nor output has the field, so the two versions may count
different pages).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from banmian.errors import BadInput


@dataclass(frozen=True)
class Difference:
    """``after - before`` of a mean (``mean``) with its bootstrap interval (``low``, ``high``)."""

    mean: float
    low: float
    high: float

    @property
    def clear(self) -> bool:
        """The interval leaves 0 out: the page sets tell the two versions apart."""
        return self.low > 0 or self.high < 0


def read_per_page(path: str | Path) -> dict[str, dict]:
    """One ``--per-page`` file: each page's scores by page name (the first parser's, if ``--peers`` wrote
    several)."""
    pages: dict[str, dict] = {}
    first = None
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    parser, page = row.get("parser"), row["page"]
                except (ValueError, KeyError, AttributeError):
                    raise BadInput(str(path), f"line {n} is not a page's scores (banmian eval --per-page)") from None
                first = parser if first is None else first
                if parser == first:
                    pages[page] = row
    except OSError as e:
        raise BadInput(str(path), e.strerror or str(e)) from None
    if not pages:
        raise BadInput(str(path), "no page scores in it")
    return pages


def _mean(rows: list[dict], key: str, draw: list[int]) -> float | None:
    total = 0.0
    n = 0
    for i in draw:
        v = rows[i].get(key)
        if v is not None:
            total += v
            n += 1
    return total / n if n else None


def _statistic(sets: list[tuple[list[dict], list[dict]]], keys: tuple[str, ...], draws: list[list[int]]) -> float:
    """The mean over sets and keys of ``after - before`` (a (set, key) where either side has no defined page
    in the draw is left out)."""
    diffs = []
    for (before, after), draw in zip(sets, draws, strict=True):
        for k in keys:
            a, b = _mean(after, k, draw), _mean(before, k, draw)
            if a is not None and b is not None:
                diffs.append(a - b)
    return sum(diffs) / len(diffs) if diffs else 0.0


def paired_difference(
    sets: list[tuple[dict[str, dict], dict[str, dict]]],
    keys: tuple[str, ...],
    rounds: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> Difference:
    """The difference ``after - before`` of the mean over ``sets`` and ``keys`` (each set a pair of
    ``read_per_page`` results for the same pages), with a percentile bootstrap interval at ``level``."""
    if not sets or not keys:
        raise ValueError("paired_difference: no page sets or no metrics")
    paired = []
    for before, after in sets:
        if before.keys() != after.keys():
            missing = sorted(before.keys() ^ after.keys())
            raise ValueError(f"the two runs scored different pages (e.g. {missing[0]})")
        names = sorted(before)
        paired.append(([before[p] for p in names], [after[p] for p in names]))
    whole = [list(range(len(b))) for b, _ in paired]
    mean = _statistic(paired, keys, whole)
    rng = random.Random(seed)
    stats = sorted(
        _statistic(paired, keys, [[rng.randrange(len(idx)) for _ in idx] for idx in whole]) for _ in range(rounds)
    )
    tail = (1 - level) / 2
    low = stats[min(rounds - 1, int(tail * rounds))]
    high = stats[max(0, int((1 - tail) * rounds) - 1)]
    return Difference(mean, low, high)
