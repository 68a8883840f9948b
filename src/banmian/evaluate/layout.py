"""What the page generator hands to every renderer: the placed lines of one page plus its truth.

``PlacedLine`` is one printed line with its position (top-left, PDF points, y measured down from
the page top), font size and role; ``GeneratedPage`` holds the extracted ``text`` (as a PDF text
extractor would give it), the ``truth`` dict (the schema ``banmian parse --format json`` prints)
and the ``layout`` that ``pdf_render.render_pdf`` draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ROLES = ("body", "title", "kicker", "subtitle", "subhead", "byline", "column", "furniture", "caption", "marker")


@dataclass(slots=True)
class PlacedLine:
    """One printed line: ``x, y`` = top-left corner in PDF points (y down from the page top), ``size`` in pt."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False
    role: str = "body"
    spaced: bool = False  # set with letter spacing (tracking), as print spreads a short headline


@dataclass
class GeneratedPage:
    """A generated page: extracted text, its truth and the placed lines it came from."""

    name: str
    text: str
    truth: dict[str, Any]
    layout: list[PlacedLine] = field(default_factory=list)
    page_size: tuple[float, float] = (842.0, 1191.0)  # A3 portrait, close to a broadsheet's proportions
    style: str = "pdfminer"
    seed: int = 0
