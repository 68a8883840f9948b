"""Glyphs an extractor could not name: pdfminer.six writes ``(cid:1234)`` for a glyph its font maps to no character.

Chinese fonts leave a rare character so (a name's 生僻字, a character an editor composed), and every occurrence of it
on the page comes out as nine or ten ASCII characters where print set one cell: each line holding one reads four or
five cells wider than its column, a sentence's end or a name hides behind it (three such characters a page, each
where it occurs: block F1 0.987 → 0.894 on 100 generated pages).  Such a page is read through a copy with each glyph
number one character a cell wide (a private-use one, a number each), and the parsed page's strings take the glyph
numbers back, so the output holds the page's characters as for any other page.
"""

from __future__ import annotations

import re

GLYPH = re.compile(r"\(cid:\d+\)")
_PRIVATE = 0xF0000  # Supplementary Private Use Area-A: characters no page prints


def glyphs_as_cells(text: str) -> tuple[str, dict[int, str]] | None:
    """The copy of a page's ``text`` with each ``(cid:N)`` one private-use character, and the table
    (``str.translate``) that gives a string of it the glyph numbers back; ``None`` for a page without one.  (A text's
    form, pdfminer.six's: asked of the text, where it costs a look for a character, not of its lines.)"""
    if "(" not in text or "(cid:" not in text:  # (the common page: one or two looks)
        return None
    names: dict[str, str] = {}
    for token in GLYPH.findall(text):
        if token not in names:
            names[token] = chr(_PRIVATE + len(names))
    if not names or len(names) > 0xFFFE or any(ch in text for ch in names.values()):
        return None  # (none so written, or a page that prints such characters itself: taking them back is not exact)
    return GLYPH.sub(lambda m: names[m.group(0)], text), str.maketrans({ch: token for token, ch in names.items()})
