"""Tokens for the search index and for queries: rjieba words (HMM off) and character bigrams.

Each article is indexed twice over:

- **words**: the text as rjieba cuts it (the HMM new-word guesser off, so a short query is cut like the running
  text).  Words carry the ranking signal of whole words and of headlines.
- **grams**: the text's *gram stream*: every maximal run of CJK characters becomes a start mark (its first
  character after ``x``), its overlapping character bigrams in order and an end mark (its last character with
  ``x``): ``路线，对于`` → x路 路线 线x x对 对于 于x; every run of letters or digits is one lower-cased token.  The
  stream needs no dictionary, so it cannot disagree with a query: any piece of a text holds exactly the bigrams
  of its own runs, wherever a word boundary falls.  A span pasted from an article that cuts words at both edges
  (``次世界大战结``) is found by its bigrams, and found *verbatim* by asking for its tokens as consecutive
  tokens (an FTS5 phrase / a ``<->`` chain), which ranks the exact holders first; the marks let a span that
  begins with the last character of a run or ends with the first (``线，对于``, ``年来，武``) be asked for
  exactly too.  Two-character names
  (``永川`` in ``永川区``) are bigrams of every text that holds them; one character is the prefix of its bigram
  or end mark (``永*``).  A run of CJK text yields one stream token more than it has characters.

The headline's tokens (its words and its bigrams) go to a separate, heavier-weighted column.  Traditional
characters are folded to simplified ones first, one for one (``fold_to_simplified``): ``发展`` finds ``發展`` and
``發展`` finds ``发展``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import rjieba

from banmian.reconstruct.script import fold_to_simplified

# Bumped whenever the tokens for a text change: an archive built with another version is re-indexed.
SEGMENTER_VERSION = "4"  # (4: traditional characters folded to simplified ones, ``fold_to_simplified``)

_CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK = re.compile(f"[{_CJK_CLASS}]")
# A run of CJK characters, or a run of other letters and digits (Latin words, numbers, kana, hangul…).
_RUN = re.compile(f"([{_CJK_CLASS}]+)|([^\\W_{_CJK_CLASS}]+)")
_WORD = re.compile(r"[^\W_]+")
_CJK_RANGE = ("\u4e00", "\u9fff")  # the common block: a cheap first test before the full pattern


@dataclass(slots=True)
class Token:
    text: str
    start: int  # character offsets in the tokenized string
    end: int
    kind: str  # words: "word", "char" (a single CJK character); grams: "start", "bi", "end" (CJK runs), "alnum"


def _is_cjk_char(w: str) -> bool:
    return len(w) == 1 and bool(_CJK.match(w))


def word_tokens(text: str) -> list[Token]:
    """The words of ``text`` (rjieba, HMM off) with offsets; punctuation and spaces dropped, Latin lower-cased."""
    out: list[Token] = []
    pos = 0
    for piece in rjieba.cut(fold_to_simplified(text), False):
        start = pos
        pos += len(piece)
        for m in _WORD.finditer(piece):
            w = m.group().lower()
            s = start + m.start()
            out.append(Token(w, s, s + len(w), "char" if _is_cjk_char(w) else "word"))
    return out


MARK = "x"  # before the first, after the last character of a CJK run: tokens no run of letters can produce


def gram_tokens(text: str) -> list[Token]:
    """The gram stream of ``text`` with offsets (see the module docstring)."""
    out: list[Token] = []
    for m in _RUN.finditer(fold_to_simplified(text)):
        s = m.start()
        run = m.group(1)
        if run is None:
            out.append(Token(m.group(2).lower(), s, m.end(), "alnum"))
            continue
        out.append(Token(MARK + run[0], s, s + 1, "start"))
        out += [Token(run[i : i + 2], s + i, s + i + 2, "bi") for i in range(len(run) - 1)]
        out.append(Token(run[-1] + MARK, m.end() - 1, m.end(), "end"))
    return out


def tokenize(text: str) -> list[Token]:
    """Every index token of ``text``: its words, then its gram stream."""
    return word_tokens(text) + gram_tokens(text)


def index_grams(text: str) -> str:
    """The gram stream of ``text`` joined by spaces (same tokens as ``gram_tokens``, written for speed)."""
    out: list[str] = []
    for run, other in _RUN.findall(fold_to_simplified(text)):
        if run:
            out.append(MARK + run[0])
            out += [a + b for a, b in zip(run, run[1:], strict=False)]
            out.append(run[-1] + MARK)
        else:
            out.append(other.lower())
    return " ".join(out)


def index_words(text: str) -> str:
    """The words of ``text`` joined by spaces (same tokens as ``word_tokens``, written for speed)."""
    words: list[str] = []
    for piece in rjieba.cut(fold_to_simplified(text), False):
        if len(piece) == 1 and _CJK_RANGE[0] <= piece <= _CJK_RANGE[1]:
            words.append(piece)
            continue
        for w in _WORD.findall(piece) if not piece.isalnum() or "_" in piece else (piece,):
            words.append(w.lower())
    return " ".join(words)


def index_text(text: str) -> tuple[str, str]:
    """``(words, grams)`` of a text as the index sees them (FTS5 unicode61 / PostgreSQL 'simple' split on spaces)."""
    return index_words(text), index_grams(text)


def index_head(text: str) -> str:
    """The headline column: the headline's words and its bigrams (so ``永川`` weighs as headline in ``永川区…``)."""
    words, grams = index_text(text)
    return f"{words} {grams}".strip()


@dataclass
class Chunk:
    """What one query word (a run of text typed without spaces, or a quoted phrase) asks of an article."""

    terms: list[str]  # tokens an article must hold somewhere (in any column); "c*": a token beginning with c
    seq: list[str]  # stream tokens an article holding the chunk verbatim holds consecutively (may be short)


def analyze_chunk(chunk: str) -> Chunk:
    """The terms and the gram sequence of ``chunk``.

    A chunk may be a span pasted from an article that starts or ends inside a word or a number of the text.
    Its bigrams are still bigrams of the text, and so are the marks of a CJK run that starts or ends inside the
    chunk; but the text's run may go on past the chunk's edges (no marks there), and a number at either edge
    may be the tail or head of a longer one (``19`` of ``2019``).  ``seq`` holds only the tokens certain to be in the
    text, which are consecutive there.

    The required ``terms`` are the bigrams *inside* the words rjieba finds in the chunk (``重庆经济发展`` →
    重庆 经济 发展: an article holding those words anywhere matches) and its certain letters and numbers; when
    that is nothing, ``seq``; when that is nothing too (one character, ``3日``), the lone characters as prefixes
    and the numbers as they are.  Every term but the last resort holds in any text holding the chunk verbatim.
    """
    chunk = fold_to_simplified(chunk)
    n = len(chunk)
    seq: list[Token] = []
    loose: list[str] = []  # the last resort
    for m in _RUN.finditer(chunk):
        s, e = m.start(), m.end()
        run = m.group(1)
        if run is None:
            w = m.group(2).lower()
            if not w.isdigit() or (s > 0 and e < n):
                seq.append(Token(w, s, e, "alnum"))
            loose.append(w)
            continue
        if s > 0:
            seq.append(Token(MARK + run[0], s, s + 1, "start"))
        seq += [Token(run[i : i + 2], s + i, s + i + 2, "bi") for i in range(len(run) - 1)]
        if e < n:
            seq.append(Token(run[-1] + MARK, e - 1, e, "end"))
        elif len(run) == 1:
            loose.append(run + "*")
    terms: list[str] = []
    for w in word_tokens(chunk):
        if w.kind == "word":
            terms += [t.text for t in gram_tokens(w.text) if t.kind == "bi"]
    if terms:
        terms += [t.text for t in seq if t.kind == "alnum"]
    else:
        terms = [t.text for t in seq] or loose
    return Chunk(list(dict.fromkeys(terms)), [t.text for t in seq])
