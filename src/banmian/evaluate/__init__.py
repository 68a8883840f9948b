"""Evaluation: pages with known truth generated from a corpus, the metrics of issue 2, peers side by side."""

from banmian.evaluate.layout import GeneratedPage, PlacedLine
from banmian.evaluate.metrics import PageScore, score_page, summarize
from banmian.evaluate.run import EvalResult, compare_peers, evaluate_dir

__all__ = [
    "EvalResult",
    "GeneratedPage",
    "PageScore",
    "PlacedLine",
    "compare_peers",
    "evaluate_dir",
    "score_page",
    "summarize",
]
