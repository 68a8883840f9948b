"""Evaluate a parser on a folder of pages with known truth, and compare it with its peers.

A truth folder holds ``NAME.truth.json`` (the ``banmian parse --format json`` schema) with the page
beside it: ``NAME.txt``, ``NAME.pdf`` or an image.  ``evaluate_dir`` parses every page, scores it
(``banmian.evaluate.metrics``) and times the parsing alone.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from banmian.errors import BadInput
from banmian.evaluate.metrics import PageScore, score_page, summarize
from banmian.model import Article, Block, Page
from banmian.pipeline import IMAGE_SUFFIXES

TRUTH_SUFFIX = ".truth.json"
PAGE_ORDER = (".txt", ".pdf", *sorted(IMAGE_SUFFIXES))


@dataclass
class EvalResult:
    name: str
    scores: list[PageScore] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    seconds: float = 0.0  # time spent parsing (reading the files and scoring excluded)
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def summary(self) -> dict[str, Any]:
        return summarize(self.scores)

    @property
    def pages_per_second(self) -> float | None:
        return len(self.scores) / self.seconds if self.seconds > 0 else None


def find_truth_pages(root: str | Path, prefer: str | None = None) -> list[tuple[Path, Path]]:
    """(truth file, page file) pairs in a folder, sorted by name.  ``prefer`` picks a suffix (``pdf``)
    when a page exists in several forms; otherwise text comes first, then PDF, then images."""
    root = Path(root)
    if not root.is_dir():
        raise BadInput(str(root), "is not a folder" if root.exists() else "no such folder")
    order = list(PAGE_ORDER)
    if prefer:
        want = "." + prefer.lower().lstrip(".")
        order = [want] + [s for s in order if s != want]
    out = []
    for truth in sorted(root.glob("*" + TRUTH_SUFFIX)):
        stem = truth.name[: -len(TRUTH_SUFFIX)]
        page = next((root / (stem + s) for s in order if (root / (stem + s)).is_file()), None)
        if page is not None:
            out.append((truth, page))
    return out


def read_truth(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BadInput(str(path), f"not a truth file: {e}") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise BadInput(str(path), "not a truth file: no 'articles' list")
    return data


def banmian_file_parser(path: Path) -> Page:
    """The default parser: ``banmian.parse_file`` (first page of a PDF)."""
    from banmian.pipeline import parse_file

    pages = parse_file(path)
    if not pages:
        raise BadInput(str(path), "no page in the file")
    return pages[0]


def evaluate_dir(
    path: str | Path, parser: Callable[[Path], Page] | None = None, *, name: str = "banmian", prefer: str | None = None
) -> EvalResult:
    """Parse and score every ``NAME.truth.json`` + page pair in ``path``.

    ``parser`` takes a page file's path and returns a ``Page`` (default: ``banmian.parse_file``).  Pages
    the parser rejects with ``BadInput`` are listed in ``failures`` and left out of the means.
    """
    parser = parser or banmian_file_parser
    res = EvalResult(name)
    pairs = find_truth_pages(path, prefer)
    if not pairs:
        raise BadInput(str(path), f"no NAME{TRUTH_SUFFIX} with its page (NAME.txt, NAME.pdf or an image) found")
    for truth_path, page_path in pairs:
        truth = read_truth(truth_path)
        t0 = time.perf_counter()
        try:
            page = parser(page_path)
        except BadInput as e:
            res.failures.append((str(page_path), e.reason))
            continue
        finally:
            res.seconds += time.perf_counter() - t0
        res.scores.append(score_page(page, truth))
        res.pages.append(page_path.name)
    return res


# ---------------------------------------------------------------------------------------------
# peers: every parser takes the page text and returns a Page


def naive_parse(text: str) -> Page:
    """The naive splitter: one article, a paragraph per blank-line block."""
    blocks: list[str] = []
    cur: list[str] = []
    for line in text.splitlines():
        if line.strip():
            cur.append(line.strip())
        elif cur:
            blocks.append("".join(cur))
            cur = []
    if cur:
        blocks.append("".join(cur))
    return Page(articles=[Article(id="a1", body=[Block("paragraph", b) for b in blocks])])


def ppt_common_parse(text: str) -> Page:
    """ppt-common's line joiner (``merge_pdf_lines`` takes a list of lines) as one article."""
    from ppt_common.text import merge_pdf_lines

    merged = merge_pdf_lines(text.splitlines())
    return Page(articles=[Article(id="a1", body=[Block("paragraph", p) for p in merged.split("\n") if p.strip()])])


def banmian_text_parse(text: str) -> Page:
    from banmian.pipeline import parse_text

    return parse_text(text)


def peer_parsers() -> dict[str, Callable[[str], Page]]:
    peers: dict[str, Callable[[str], Page]] = {"banmian": banmian_text_parse, "naive": naive_parse}
    try:
        import ppt_common.text  # noqa: F401

        peers["ppt-common"] = ppt_common_parse
    except ImportError:  # the eval extra is not installed: compare what we have
        pass
    return peers


def compare_peers(
    path: str | Path, peers: dict[str, Callable[[str], Page]] | None = None, repeat: int = 1
) -> list[EvalResult]:
    """Run every peer on the same text pages of a truth folder; same metrics, parse time per peer.

    Texts are read once up front, so pages/second measures parsing only.  ``repeat`` parses each
    page that many times for steadier timing (scores come from the first run).
    """
    from banmian.sources.text import decode_text

    items = []
    for truth_path, page_path in find_truth_pages(path, prefer="txt"):
        if page_path.suffix.lower() != ".txt":
            continue
        items.append((page_path.name, decode_text(page_path.read_bytes(), str(page_path)), read_truth(truth_path)))
    if not items:
        raise BadInput(str(path), f"no NAME{TRUTH_SUFFIX} with a NAME.txt page found")
    return compare_texts(items, peers, repeat)


def compare_texts(
    items: list[tuple[str, str, dict]], peers: dict[str, Callable[[str], Page]] | None = None, repeat: int = 1
) -> list[EvalResult]:
    """Score every peer on (name, page text, truth dict) items; parse time is measured per peer."""
    peers = peers or peer_parsers()
    results = []
    for pname, fn in peers.items():
        fn(items[0][1])  # warm up: imports, dictionaries and caches load outside the timing
        res = EvalResult(pname)
        parsed = []
        t0 = time.perf_counter()
        for _ in range(max(1, repeat)):
            parsed = [fn(text) for _, text, _ in items]
        res.seconds = (time.perf_counter() - t0) / max(1, repeat)
        for (name, _, truth), page in zip(items, parsed, strict=True):
            res.scores.append(score_page(page, truth))
            res.pages.append(name)
        results.append(res)
    return results


def results_json(results: list[EvalResult]) -> dict[str, Any]:
    """The JSON a ``--format json`` run prints: the means of one parser, or ``{peer: means}`` for several."""

    def one(r: EvalResult) -> dict[str, Any]:
        d = r.summary
        pps = r.pages_per_second
        d["pages_per_second"] = round(pps, 1) if pps else None
        if r.failures:
            d["failures"] = [{"file": f, "reason": why} for f, why in r.failures]
        return d

    return one(results[0]) if len(results) == 1 else {r.name: one(r) for r in results}


COLUMNS = (
    ("block_f1", "block F1"),
    ("block_type_acc", "type acc"),
    ("article_bcubed_f1", "B-cubed F1"),
    ("title_acc", "title"),
    ("kicker_acc", "kicker"),
    ("subtitle_acc", "subtitle"),
    ("authors_acc", "authors"),
    ("kicker_strict_acc", "kicker strict"),
    ("subtitle_strict_acc", "subtitle strict"),
    ("authors_strict_acc", "authors strict"),
    ("continuation_acc", "continued"),
    ("perfect_pages", "perfect"),
)


def results_table(results: list[EvalResult]) -> str:
    """A plain Markdown table (it prints well in a terminal and pastes into the README)."""
    head = ["parser", "pages"] + [c[1] for c in COLUMNS] + ["pages/s"]
    rows = []
    for r in results:
        s = r.summary
        pps = r.pages_per_second
        rows.append(
            [r.name, str(s["pages"])]
            + ["–" if s[k] is None else f"{s[k]:.3f}" for k, _ in COLUMNS]
            + ["–" if pps is None else f"{pps:,.0f}"]
        )
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(head)]
    fmt = "| " + " | ".join(f"{{:<{w}}}" if i == 0 else f"{{:>{w}}}" for i, w in enumerate(widths)) + " |"
    lines = [
        fmt.format(*head),
        "|" + "|".join(("-" * (w + 1) + ":") if i else "-" * (w + 2) for i, w in enumerate(widths)) + "|",
    ]
    lines += [fmt.format(*row) for row in rows]
    return "\n".join(lines)
