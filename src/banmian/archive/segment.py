"""Chinese word segmentation for the search index and for queries (rjieba, HMM off).

The same function segments documents and queries, so a word of the query is a token of the
index.  The HMM new-word guesser is off because it guesses differently in a short query than in
the running text around it; unknown words come out as single characters instead, and runs of
single characters are also indexed as bigrams so that an unknown name (杜一菲) is still one
findable unit.  Words of three or more characters also give their bigrams (and trigrams from four
on), so a two-character name inside a longer word (永川 in 永川区人民医院) is its own token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import rjieba

# Bumped whenever the tokens for a text change: an archive built with another version is re-indexed.
SEGMENTER_VERSION = "2"

_WORD = re.compile(r"[^\W_]+")
_CJK_RANGE = ("\u4e00", "\u9fff")  # the common block: a cheap first test before the full pattern
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(slots=True)
class Token:
    text: str
    start: int  # character offsets in the segmented string
    end: int
    kind: str  # "word", "char" (a single CJK character), "part" (n-gram of a word), "run" (bigram of single chars)


def _is_cjk_char(w: str) -> bool:
    return len(w) == 1 and bool(_CJK.match(w))


def tokenize(text: str) -> list[Token]:
    """Every index token of ``text`` with its offsets and kind."""
    out: list[Token] = []
    run: list[Token] = []

    def flush() -> None:
        if len(run) >= 2:
            for a, b in zip(run, run[1:], strict=False):
                out.append(Token(a.text + b.text, a.start, b.end, "run"))
        run.clear()

    pos = 0
    for piece in rjieba.cut(text, False):
        start = pos
        pos += len(piece)
        for m in _WORD.finditer(piece):
            w = m.group().lower()
            s = start + m.start()
            if _is_cjk_char(w):
                tok = Token(w, s, s + 1, "char")
                out.append(tok)
                run.append(tok)
                continue
            flush()
            out.append(Token(w, s, s + len(w), "word"))
            if len(w) >= 3 and _CJK.match(w):
                for n in (2, 3) if len(w) >= 4 else (2,):
                    out += [Token(w[i : i + n], s + i, s + i + n, "part") for i in range(len(w) - n + 1)]
        if not _is_cjk_char(piece):
            flush()
    flush()
    return out


def index_text(text: str) -> tuple[str, str]:
    """``(words, extra)`` as the index sees them, tokens joined by spaces (FTS5 unicode61, PostgreSQL 'simple').

    ``words`` is the text's words in order (so phrase queries can ask for adjacent tokens); ``extra`` holds
    the n-grams of long words and the bigrams of single-character runs, which only AND queries use.
    Same tokens as ``tokenize`` (a test checks), written for speed: this runs over every archived text.
    """
    words: list[str] = []
    extra: list[str] = []
    run: list[str] = []
    for piece in rjieba.cut(text, False):
        if len(piece) == 1 and _CJK_RANGE[0] <= piece <= _CJK_RANGE[1] or _is_cjk_char(piece):
            words.append(piece)
            run.append(piece)
            continue
        if len(run) >= 2:
            extra += [run[i] + run[i + 1] for i in range(len(run) - 1)]
        run.clear()
        for w in _WORD.findall(piece) if not piece.isalnum() or "_" in piece else (piece,):
            w = w.lower()
            words.append(w)
            n = len(w)
            if n >= 3 and _CJK.match(w):
                extra += [w[i : i + 2] for i in range(n - 1)]
                if n >= 4:
                    extra += [w[i : i + 3] for i in range(n - 2)]
    if len(run) >= 2:
        extra += [run[i] + run[i + 1] for i in range(len(run) - 1)]
    return " ".join(words), " ".join(extra)


def phrase_tokens(chunk: str) -> list[str]:
    """The words a document holds next to each other where it contains ``chunk``: its words in order,
    minus a single character at either end (a pasted span may cut a word of the document in half)."""
    words = [t for t in tokenize(chunk) if t.kind in ("word", "char")]
    if len(words) > 1 and words[0].kind == "char" and any(t.kind == "word" for t in words[1:]):
        words.pop(0)
    if len(words) > 1 and words[-1].kind == "char" and any(t.kind == "word" for t in words[:-1]):
        words.pop()
    return [t.text for t in words]


def query_terms(chunk: str) -> list[str]:
    """The tokens a document must hold to contain ``chunk`` (a query word or a span pasted from a text).

    A pasted span may begin or end in the middle of a word of the document, so single characters
    and run bigrams touching the ends of the span are dropped when anything firmer remains.
    """
    toks = tokenize(chunk)
    if not toks:
        return []
    first = min(t.start for t in toks)
    last = max(t.end for t in toks)
    # A Chinese word of four or more characters may sit inside a longer word of the document, which indexes
    # only its 2- and 3-grams: ask for those n-grams (its parts), not for the word itself.
    firm = [
        t
        for t in toks
        if (t.kind == "part" or t.kind == "word" and not (len(t.text) >= 4 and _CJK.match(t.text)))
        and not _is_cjk_char(t.text)
    ]
    if not firm:
        firm = [t for t in toks if t.kind == "run" and t.start != first and t.end != last]
    if not firm:
        firm = [t for t in toks if t.kind == "run"] or toks
    seen: dict[str, None] = {}
    for t in firm:
        seen.setdefault(t.text, None)
    return list(seen)
