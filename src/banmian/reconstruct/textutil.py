"""Character-level helpers: display width, punctuation classes, joining broken lines."""

from __future__ import annotations

import re

# Sentence-final marks (a paragraph can end after them); closing quotes/brackets may follow.
FINAL = set("。！？!?…；;")
CLOSERS = set("”’」』）)》〉】]\"'")
LATIN = re.compile(r"[A-Za-z]")


# a space between a figure and a CJK character (12月 15日, 36 家): the gap print sets between the two scripts,
# which the extractor read as a space; it takes room on the line, half a cell as a digit does
NUMBER_GAP = re.compile(r"(?<=[0-9]) (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) (?=[0-9])")


def text_width(s: str) -> float:
    """Width of a line in display cells (spaces count as nothing: extractors add and drop them freely; but a
    space between a figure and a CJK character, ``NUMBER_GAP``, takes half a cell).

    Fast path: every non-ASCII character is taken as one cell (CJK, full-width forms, CJK punctuation);
    ASCII letters and digits as half of one.
    """
    n_ascii = len(s.encode("ascii", "ignore"))
    if not n_ascii:
        return len(s) + 0.0  # why: the common all-CJK line; the same float as the formula below
    spaces = s.count(" ")
    gaps = len(NUMBER_GAP.findall(s)) if spaces else 0
    return (len(s) - n_ascii) + 0.5 * (n_ascii - spaces + gaps - s.count("\t"))


def ends_sentence(s: str) -> bool:
    """True when the text ends with sentence-final punctuation (possibly followed by closing quotes)."""
    if s:
        # why: the common cases, without the copy and the loop (the last character taken once: FINAL and
        # CLOSERS share no character, and neither holds a space)
        c = s[-1]
        if c in FINAL:
            return True
        if c not in CLOSERS and not c.isspace():
            return False
    s = s.rstrip()
    while s and s[-1] in CLOSERS:
        s = s[:-1]
        if s and s[-1] in FINAL:
            return True
    return bool(s) and s[-1] in FINAL


# A run of spaces between a non-ASCII character (CJK) and a digit, Latin letter or %, either way round: the
# same matches as ``(?<=[^\x00-\x7f])[ \u3000]+(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%])[ \u3000]+(?=[^\x00-\x7f])``,
# written to open on a space, the character before it read by a lookbehind over both (why: a pattern that opens
# on a character set is searched for that set, quickly; one that opens on a lookbehind is tried at every
# character, four times slower here)
_SPACE_DIGIT = re.compile(
    r"[ \u3000](?:(?<=[^\x00-\x7f][ \u3000])[ \u3000]*(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%][ \u3000])[ \u3000]*(?=[^\x00-\x7f]))"
)
_SPACE_DIGITS_INNER = re.compile(r"(?<=\d) (?=\d)")
# every match of _SPACE_DIGIT has a space right before or right after a digit, Latin letter or %: without one,
# the text has nothing to drop (why: a search for the pair is several times cheaper than the lookarounds; it
# opens on the space, for the reason above)
_SPACE_BY_DIGIT = re.compile(r"[ \u3000](?:[0-9A-Za-z%]|(?<=[0-9A-Za-z%][ \u3000]))")


def clean_inline(s: str) -> str:
    """Drop stray spaces an extractor puts between digits/Latin and CJK (``12月 15日`` → ``12月15日``)."""
    s = s.strip()
    if " " not in s and "\u3000" not in s or not _SPACE_BY_DIGIT.search(s):
        return s
    return _SPACE_DIGIT.sub("", s)


_JOIN_CUES = frozenset("-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # line ends join_lines mends at


def join_lines(lines: list[str]) -> str:
    """Reflow the lines of one paragraph into one string.

    No space between CJK characters; a space where a line break fell between two Latin words;
    a line-end hyphen inside a Latin word is removed (``CD-`` + ``MO`` → ``CDMO``).
    """
    parts = [t for raw in lines if (t := raw.strip())]
    if _JOIN_CUES.isdisjoint([t[-1] for t in parts[:-1]]):
        return clean_inline("".join(parts))  # why: no break after a Latin letter or a hyphen: nothing to mend
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if out:
            a, b = out[-1], line[0]
            if a == "-" and len(out) >= 2 and LATIN.match(out[-2]) and LATIN.match(b):
                out = out[:-1]
            elif LATIN.match(a) and LATIN.match(b):
                out += " "
        out += line
    return clean_inline(out)
