"""Glyphs an extractor could not name: pdfminer.six writes ``(cid:1234)`` for a glyph its font maps to no character.

Chinese fonts leave a rare character so (a name's 生僻字, a character an editor composed), and every occurrence of it
on the page comes out as nine or ten ASCII characters where print set one cell: each line holding one reads four or
five cells wider than its column, a sentence's end or a name hides behind it (three such characters a page, each
where it occurs: block F1 0.987 → 0.894 on 100 generated pages).  Such a page is read through a copy with each glyph
number one Chinese character the page does not print (the rarest of the unified ideographs, U+9FFF down: a name's
rare character stands in a name's place, 何(cid:77)阳 a name as 何鿿阳 is), and the parsed page's strings take the
glyph numbers back, so the output holds the page's characters as for any other page.  PyMuPDF and pdftotext write
U+FFFD for such a glyph, a cell wide already but no name's character: it stands in so too.  So does the geta mark 〓,
GB2312's stand-in for a character it cannot encode, which text converted from GB2312 holds where a name's rare
character was (刘〓 for 刘玥) — but not in a run of three or more, a rule drawn with it (〓〓〓〓).
"""

from __future__ import annotations

import re

GLYPH = re.compile(r"\(cid:\d+\)")
GETA = "\u3013"  # 〓
_GETA_ALONE = re.compile("(?<!〓)〓{1,2}(?!〓)")  # (a run of three or more is a rule or an ornament: kept as it is)
# stand-ins: the unified ideographs added after the first set (U+9FA6–9FFF, Unicode 4.1 to 14: rare and dialect
# characters), which a Chinese page all but never prints and no cue knows (the first set's last ones, 齐龙龄龚, are
# common words' and names'); past these 90, Supplementary Private Use Area-A, which no page prints
_STAND_INS = [chr(c) for c in range(0x9FFF, 0x9FA5, -1)]
_PRIVATE = 0xF0000


def glyphs_as_cells(text: str) -> tuple[str, dict[int, str]] | None:
    """The copy of a page's ``text`` with each ``(cid:N)`` one stand-in character, and U+FFFD one too (and 〓, but in
    a run of three or more), and the table
    (``str.translate``) that gives a string of it the glyph numbers back; ``None`` for a page without one.  (A text's
    form, pdfminer.six's: asked of the text, where it costs a look for a character, not of its lines.)"""
    numbers = "(" in text and "(cid:" in text  # (the common page: three looks, each under a microsecond)
    geta = GETA in text and _GETA_ALONE.search(text) is not None
    if not numbers and "\ufffd" not in text and not geta:
        return None
    tokens = list(dict.fromkeys(GLYPH.findall(text))) if numbers else []
    if "\ufffd" in text:  # (PyMuPDF's and pdftotext's form of such a glyph: U+FFFD, a cell wide already, but no name's)
        tokens.append("\ufffd")
    if geta:
        tokens.append(GETA)
    if not tokens or len(tokens) > 0xFFFE:
        return None
    free = (ch for ch in _STAND_INS if ch not in text)  # (a character the page prints cannot be taken back exactly)
    names = {token: next(free, "") for token in tokens}
    private = (chr(_PRIVATE + i) for i in range(0xFFFE))
    names = {token: ch or next(private) for token, ch in names.items()}
    if any(ord(ch) >= _PRIVATE and ch in text for ch in names.values()):
        return None  # (a page that prints such characters itself: taking them back is not exact)
    copy = GLYPH.sub(lambda m: names[m.group(0)], text) if numbers else text
    if "\ufffd" in names:
        copy = copy.replace("\ufffd", names["\ufffd"])
    if geta:
        mark = names[GETA]
        copy = _GETA_ALONE.sub(lambda m: mark * len(m.group(0)), copy)
    return copy, str.maketrans({ch: token for token, ch in names.items()})
