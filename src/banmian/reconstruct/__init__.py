"""Reconstruction: lines → reflowed blocks → element roles → articles."""

from __future__ import annotations

from banmian.model import Line, Page
from banmian.reconstruct import assemble
from banmian.reconstruct.marks import set_back_full_width


def reconstruct(lines: list[Line]) -> Page:
    """Rebuild the articles of one page from its lines (pure: no I/O).  A page whose punctuation was made
    ASCII is read with its marks set back full-width, and gets them back (``marks``)."""
    copy = set_back_full_width(lines)
    if copy is None:
        return assemble.reconstruct(lines)
    page = assemble.reconstruct(copy[0])
    copy[1].restore(page)
    return page


__all__ = ["reconstruct"]
