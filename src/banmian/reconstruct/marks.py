"""Text whose punctuation a pipeline made ASCII (Unicode NFKC: ``，：；（）！？…`` → ``,:;()!?...``).

Print sets Chinese punctuation full-width, a cell each, and the parser's cues read it so: a line's width
against its column's, a sentence's end, a dateline's ``（记者 X）``.  A page that has none of a mark's
full-width form but has its ASCII form beside Chinese text is read through a copy with those marks set
back full-width (one character for one: a line keeps its length); the page parsed, every string of it
takes the ASCII marks back, so the output holds the input's characters, as for any other page.  A mark
is set back only where the page has no full-width one of its own (so taking it back is exact) and only
beside a Chinese character (``3,000``, ``10:30``, ``COVID-19 (AI)`` stay as they are in the copy too).

Converters made for Japanese text (全角→半角: jaconv, mojimoji, zenhan) also give ``。、「」`` as their half-width forms
``｡､｢｣``, half a cell each, which Chinese print never sets: each is set back too, wherever the page does not print
its full-width form.
"""

from __future__ import annotations

import re

from banmian.model import Line

# the marks NFKC makes ASCII that the parser reads, with their print forms
FULL_WIDTH = {".": "。", ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
ELLIPSIS = "…"  # NFKC writes each as three full stops: ``……`` → ``......``
HALF_WIDTH = {"｡": "。", "､": "、", "｢": "「", "｣": "」"}  # (U+FF61–FF64) their print forms
LOOK_AT_LINES = 60  # a page so converted shows it in its head: a sentence or a list there ends with ｡ or has ､
MIN_MARKS = 3  # ASCII commas beside Chinese text a page needs before it is read so (a stray one is a typo)

# the ASCII marks print sets as they are, left so in the copy: a comma, colon, full stop… between two letters or
# figures (3,000, 10:30, 3.5, Hello, world) and dots that are not an ellipsis's three (1.2..., ....); a bracket is
# always set full-width (print sets （5）, （DNA） so in Chinese text)
_KEEP = re.compile(r"[0-9A-Za-z] *[.,:;!?](?= *[0-9A-Za-z])|\.{2,}")
_WIDE = r"[^\x00-\u1fff]"  # CJK, its punctuation, “” — … (not ASCII, Latin, Greek or Cyrillic)
_BESIDE_WIDE = re.compile(rf"(?<={_WIDE})[ ]*,|,(?=[ ]*{_WIDE})")  # the commas that say a page is so
_DOTS = re.compile(rf"(?<={_WIDE})(?:\.\.\.)+|(?:\.\.\.)+(?={_WIDE})")  # ``……`` → ``......``


def _set_back(s: str, table: dict[int, str]) -> str:
    out = s.translate(table)
    if out == s or not _KEEP.search(s):
        return out
    chars = list(out)
    for m in _KEEP.finditer(s):
        chars[m.start() : m.end()] = s[m.start() : m.end()]
    return "".join(chars)


def set_back_full_width(lines: list[Line]) -> tuple[list[Line], dict[int, str]] | None:
    """The copy of ``lines`` with ASCII marks beside Chinese text and half-width ideographic marks set full-width,
    and the table (``str.translate``) that gives a string of it the page's marks back; ``None`` for a page that
    prints its commas full-width and has no half-width ideographic mark (any page as an extractor gives it)."""
    head = "".join([ln.text for ln in lines[:LOOK_AT_LINES]])
    if "，" in head and "｡" not in head and "､" not in head:  # (the common page: three quick looks)
        return None
    text = "\n".join([ln.text for ln in lines])
    halves = {h: full for h, full in HALF_WIDTH.items() if h in text and full not in text}
    marks = ellipsis = ""
    if "，" not in text and sum(1 for _ in zip(range(MIN_MARKS), _BESIDE_WIDE.finditer(text))) >= MIN_MARKS:
        # (a full stop is set back from one form only: a page that gives ｡ for 。 gives . for itself)
        marks = "".join(m for m, full in FULL_WIDTH.items() if full not in text and not (m == "." and "｡" in halves))
        ellipsis = ELLIPSIS if ELLIPSIS not in text and _DOTS.search(text) is not None else ""
    if not (marks or ellipsis or halves):
        return None
    table = str.maketrans({**{m: FULL_WIDTH[m] for m in marks}, **halves})
    copy = []
    for ln in lines:
        s = ln.text
        if s:
            if ellipsis:  # (first: a full stop that is one of three is not one)
                s = _DOTS.sub(lambda m: ELLIPSIS * ((m.end() - m.start()) // 3), s)
            s = _set_back(s, table) if table else s
        copy.append(ln.with_text(s) if s != ln.text else ln)
    back = {FULL_WIDTH[m]: m for m in marks} | {full: h for h, full in halves.items()}
    if ellipsis:
        back[ELLIPSIS] = "..."
    return copy, str.maketrans(back)
