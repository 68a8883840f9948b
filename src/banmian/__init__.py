"""banmian (版面): rebuild the articles of Chinese newspaper pages.

>>> import banmian
>>> page = banmian.parse_text(open("page.txt", encoding="utf-8").read())
>>> [a.title for a in page.articles]
"""

from __future__ import annotations

from banmian.model import Article, Block, Continuation, Line, Page, Region
from banmian.pipeline import parse_bytes, parse_file, parse_lines, parse_pages_text, parse_text

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "Continuation",
    "Line",
    "Page",
    "Region",
    "parse_bytes",
    "parse_file",
    "parse_lines",
    "parse_pages_text",
    "parse_text",
    "__version__",
]
