"""Enrichment: persons with their roles, places, organisations, dates, amounts and keywords per article.

    >>> from banmian.enrich import enrich_page
    >>> enrich_page(page, issue_date="2022-12-20")   # sets article.entities on every article

Each entity is a dict; ``paragraph`` indexes ``article.body`` and ``start``/``end`` are offsets into that
block's text (entities found in the kicker, title, subtitle or byline have ``paragraph: None`` and
``field``).  Types: ``person`` (with ``role`` and ``titles`` where the text gives one, and ``key``, the same
for the same person across the paper), ``place``, ``organization``, ``date`` (``value``: ISO date or
``{"from", "to"}``), ``amount`` (``value``, ``unit``, ``about``) and ``keyword`` (``score``, no offsets).
Dates and amounts need no model; persons, places, organisations and keywords need ``banmian[nlp]``.
See docs/enrich.md.
"""

from __future__ import annotations

from banmian.enrich.amounts import extract_amounts
from banmian.enrich.core import enrich_article, enrich_articles, enrich_page
from banmian.enrich.dates import extract_dates
from banmian.enrich.model import MissingExtra, nlp_available
from banmian.enrich.people import person_key

__all__ = [
    "MissingExtra",
    "enrich_article",
    "enrich_articles",
    "enrich_page",
    "extract_amounts",
    "extract_dates",
    "nlp_available",
    "person_key",
]
