"""Reconstruction: lines → reflowed blocks → element roles → articles."""

from __future__ import annotations

from banmian.model import Line, Page
from banmian.reconstruct import assemble
from banmian.reconstruct.figures import set_half_width
from banmian.reconstruct.marks import set_back_full_width
from banmian.reconstruct.script import to_simplified

# copies a page may be read through, each with the table that gives the output the page's own characters back:
# punctuation a pipeline made ASCII set full-width again (``marks``); figures and Latin letters a pipeline made
# full-width set half-width again (``figures``); traditional characters simplified (``script``).  (Glyphs an extractor
# could not name, pdfminer.six's ``(cid:N)``, are a text's form, read so by ``pipeline.parse_text``: ``glyphs``.)
READING_COPIES = (set_back_full_width, set_half_width, to_simplified)


def reconstruct(lines: list[Line]) -> Page:
    """Rebuild the articles of one page from its lines (pure: no I/O).  A page in a form the parser's cues do not
    read — its punctuation made ASCII, its figures full-width, its characters traditional — is read through a copy in the form they read,
    and its output takes the page's own characters back (``READING_COPIES``)."""
    back: dict[int, str] = {}
    for copy_of in READING_COPIES:
        if (made := copy_of(lines)) is not None:
            lines, table = made
            back.update(table)
    page = assemble.reconstruct(lines)
    if back:
        page.translate(back)
    return page


__all__ = ["reconstruct"]
