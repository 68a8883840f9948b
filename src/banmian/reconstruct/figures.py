"""Text whose figures and Latin letters a pipeline made full-width (``１２月１５日``, ``ＣＤＭＯ``).

Chinese print sets figures and Latin letters half-width, half a cell each, and the parser's cues read them so: a
line's width against its column's, a date, a Latin word broken at the line's end.  Some pipelines and OCR engines
give them full-width ("全角" conversion), each then a cell wide, and every line holding one reads wider than its
column: 100 generated pages a style so converted, block F1 0.950 / 0.944 / 0.940 → 0.856 / 0.823 / 0.815.  Some
pages print them full-width, though, and there they are a cell wide: the lines say which.  A line of two such
characters or more among lines without any is as wide as they are under one reading and not the other; where more
lines say half-width, the page is read through a copy with those characters half-width (one character for one: a line
keeps its length), and every string of the parsed page takes them back, so the output holds the page's own characters.
Only characters whose half-width form the page does not print are so read (so taking them back is exact); the signs
set with figures (``．％－／``) are read so with them.
"""

from __future__ import annotations

from banmian.model import Line
from banmian.reconstruct.textutil import text_width

_FULL = "".join(chr(c) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)))
FULL_DIGITS = _FULL[:10]
# and the signs set with them, which a conversion makes full-width too (３．５％, ２０２２－１２, １／３); not the
# marks Chinese print sets full-width itself (，：；（）！？)
_SIGNS = "＂＃＄％＆＇＊＋－．／＜＝＞＠［＼］＾＿｀｛｜｝～"
_HALF_OF = {f: chr(ord(f) - 0xFEE0) for f in _FULL + _SIGNS}
_TO_HALF = str.maketrans(_HALF_OF)
_NONE_FULL = str.maketrans(dict.fromkeys(_FULL))
LOOK_AT_LINES = 60  # a page's head holds its date: a page without a full-width figure there has none to read
LEAST_FULL = 2  # full-width characters a line needs to say anything (one is half a cell either way)


def set_half_width(lines: list[Line]) -> tuple[list[Line], dict[int, str]] | None:
    """The copy of ``lines`` with full-width figures and Latin letters set half-width, and the table
    (``str.translate``) that gives a string of it the page's characters back; ``None`` for a page that has none
    in its head, or whose lines say print set them full-width."""
    head = "".join([ln.text for ln in lines[:LOOK_AT_LINES]])
    if not any(d in head for d in FULL_DIGITS):  # (the common page: ten quick looks)
        return None
    texts = [ln.text for ln in lines]
    plain = [len(t.translate(_NONE_FULL)) == len(t) for t in texts]  # lines without any
    # each such line votes for the reading under which it is as wide as the widest plain line beside it (within two
    # lines: a column's full line), and against one under which it is a cell wider or more (no line is wider than its
    # column): 40 pages a style, converted and printed so, each read right
    half = full = 0
    for i, t in enumerate(texts):
        if plain[i] or len(t) - len(t.translate(_NONE_FULL)) < LEAST_FULL:
            continue
        beside = [texts[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(texts) and texts[j] and plain[j]]
        if not beside:
            continue
        width = max(text_width(b) for b in beside)
        as_full, as_half = text_width(t), text_width(t.translate(_TO_HALF))
        full += (abs(as_full - width) < 0.25) + (as_half >= width + 1)
        half += (abs(as_half - width) < 0.25) + (as_full >= width + 1)
    if half <= full:
        return None
    native = set().union(*texts)
    back = {h: f for f, h in _HALF_OF.items() if f in native and h not in native}
    if not back:
        return None
    table = str.maketrans({f: h for h, f in back.items()})
    copy = [ln.with_text(s) if (s := ln.text.translate(table)) != ln.text else ln for ln in lines]
    return copy, str.maketrans(back)
