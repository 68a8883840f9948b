"""Pages set in traditional characters (繁體: the papers of Hong Kong, Taiwan, Macau and overseas, and every Chinese
paper before 1956), and their corner-bracket quotes.

The parser's patterns and word cues read simplified characters: ``本報記者`` is no byline to them, ``發展`` no word
(rjieba's dictionary is simplified).  A page that uses traditional characters is read through a copy in simplified
ones (OpenCC's ``t2s``), and every string of the parsed page takes its own characters back.  One character stands
for one (a line keeps its length), and only where the way back is sure: a traditional character is simplified only
when the page simplifies it always to the same character, the page does not print that one as it is, and no other
traditional character of the page that becomes it is simplified (``發`` and ``髮`` both become ``发``: on a page
holding both, the more frequent is simplified, the other left as it is).  So the output holds the page's own
characters, as for any other page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from banmian.model import Line

# characters only traditional text uses, among its most frequent (a simplified page has none of them)
# (報 and 記 of 本報記者: a newspaper's)
_TRADITIONAL = re.compile("[國會為這個們時說來對與過經發後還進動關從報記]")
TRADITIONAL_AT_LEAST = 4  # of them in a page's first ``LOOK_AT`` characters (a quoted name or two is not a page)
# (enough: 800 generated pages in traditional characters have 8 or more in their first 600 but for pages of a few lines)
LOOK_AT, LOOK_AT_LINES = 600, 60
# … and on a page shorter than that, as many in proportion, two at least (an advertisement's page of 105 characters,
# 中國銀聯 / 共戰疫情 / …相信國家！, has three: read as simplified text, its byline 本報記者 was a headline).  A simplified
# page taken for one costs only the copy: its output is its own characters either way
TRADITIONAL_SHORT_AT_LEAST = 2
_QUOTES = {"「": "“", "」": "”", "『": "‘", "』": "’"}


@lru_cache(maxsize=1)
def _to_simplified():
    import opencc  # (OpenCC, Apache-2.0: loaded the first time a page needs it)

    return opencc.OpenCC("t2s").convert


def to_simplified(lines: list[Line]) -> tuple[list[Line], dict[int, str]] | None:
    """The copy of ``lines`` in simplified characters, and the table (``str.translate``) that gives a string of it
    the page's characters back; ``None`` for a page in simplified characters."""
    head = "".join([ln.text for ln in lines[:LOOK_AT_LINES]])  # (not a whole file's text: a page's head will do)
    need = TRADITIONAL_AT_LEAST
    if len(head) < LOOK_AT:
        need = max(TRADITIONAL_SHORT_AT_LEAST, -(-TRADITIONAL_AT_LEAST * len(head) // LOOK_AT))
    if len(_TRADITIONAL.findall(head, 0, LOOK_AT)) < need:
        return None
    convert = _to_simplified()
    seen: dict[str, dict[str, int]] = {}  # traditional character → the simplified ones the page gives it, counted
    texts = [ln.text for ln in lines]
    whole = convert("\n".join(texts))  # (one call; a line at a time where a phrase changed the text's length)
    simplified = whole.split("\n") if len(whole) == sum(map(len, texts)) + len(texts) - 1 else map(convert, texts)
    for text, s in zip(texts, simplified, strict=True):
        if s == text or len(s) != len(text):  # (a phrase that changes length: its line tells nothing sure)
            continue
        for t, c in zip(text, s, strict=True):
            if t != c:
                counts = seen.get(t)
                if counts is None:
                    counts = seen[t] = {}
                counts[c] = counts.get(c, 0) + 1
    native = set().union(*texts)
    # simplified character → the traditional one that becomes it: the page's most frequent, where several would
    # (發 and 髮 → 发: 發 is simplified, 髮 left as it is), and only one the page never simplifies otherwise
    made: dict[str, tuple[int, str]] = {}
    for t, cs in seen.items():
        if len(cs) == 1:
            ((c, n),) = cs.items()
            if c not in native and made.get(c, (0, ""))[0] < n:
                made[c] = (n, t)
    back = {c: t for c, (_, t) in made.items()}
    # Hong Kong and Taiwan quote with corner brackets, 「」 and 『』, where the mainland prints “” and ‘’, which the
    # parser's quote cues read
    for corner, curly in _QUOTES.items():
        if corner in native and curly not in native:
            back[curly] = corner
    if not back:
        return None
    table = str.maketrans({t: c for c, t in back.items()})
    copy = [ln.with_text(s) if (s := ln.text.translate(table)) != ln.text else ln for ln in lines]
    return copy, str.maketrans(back)


# the blocks of CJK characters the table below reads (the common block, extension A, compatibility ideographs)
_CJK_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


@lru_cache(maxsize=1)
def character_table() -> dict[int, str]:
    """Each traditional character OpenCC's ``t2s`` simplifies on its own, to one character (for ``str.translate``):
    for what needs no more than one character for one (the archive's search folds both scripts to one, so ``发展``
    finds ``發展``)."""
    chars = [chr(c) for lo, hi in _CJK_BLOCKS for c in range(lo, hi + 1)]
    simplified = _to_simplified()("\n".join(chars)).split("\n")  # (one call: 7 ms)
    return {ord(t): c for t, c in zip(chars, simplified, strict=True) if len(c) == 1 and c != t}


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds one of the 20 most frequent traditional characters (``_TRADITIONAL``)."""
    return _TRADITIONAL.search(text) is not None


FOLD_ASK_ABOVE = 200  # characters: a longer text is folded only when it holds a frequent traditional character


def fold_to_simplified(text: str) -> str:
    """``text`` with every traditional character in ``character_table`` simplified, one for one (offsets kept).  A text
    of over ``FOLD_ASK_ABOVE`` characters with none of the most frequent traditional characters (``_TRADITIONAL``) is
    simplified text, given back as it is (why: the table's ``str.translate`` takes 0.2 µs a character)."""
    if len(text) > FOLD_ASK_ABOVE and not has_traditional(text):
        return text
    return text.translate(character_table())
