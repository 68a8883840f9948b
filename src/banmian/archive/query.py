"""User query → a safe search plan.  A query never reaches FTS5 or ``to_tsquery`` as raw syntax.

Supported on purpose: words (all required), ``"exact phrases"`` (also “…” and 「…」), and ``OR``
(upper case, between words or phrases) for alternatives.  Everything else — ``*``, ``NEAR(``,
``AND``, ``NOT``, ``-``, ``:``, ``^``, parentheses, a stray quote, quotes glued to other text (a span pasted
from an article: ``对的“硬核”实``) — is ordinary text: the tokenizer keeps only letters and digits, and each
term is quoted when compiled, so no operator survives.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from banmian.archive.segment import analyze_chunk

MAX_TERMS = 4  # required terms per alternative, the rarest (plus the rarest of each typed word): see narrowed()
MAX_SEQ = 8  # tokens of a gram sequence asked of the engine as a phrase
STRICT_MAX_DF = 4_000  # a typed word is looked for verbatim when its rarest gram is in fewer articles than this

_PHRASE = re.compile(r'"([^"]*)"|“([^”]*)”|「([^」]*)」')


@dataclass
class Group:
    """One alternative: every term must be indexed in the article and every phrase must occur in its text."""

    terms: list[str] = field(default_factory=list)  # every word's required tokens (any column)
    phrases: list[str] = field(default_factory=list)  # quoted phrases, as typed (checked on the original text)
    chunks: list[str] = field(default_factory=list)  # the words as typed, for highlighting
    # per typed word or phrase: (its required tokens, its gram sequence, quoted?)
    parts: list[tuple[list[str], list[str], bool]] = field(default_factory=list)

    def match(self, verbatim: bool) -> list[tuple[list[str], list[str]]]:
        """(terms, sequence) pairs to AND: a word's terms, or its gram sequence as a phrase where it must stand
        verbatim (quoted, or ``verbatim``) and the sequence is long enough to say so.  The sequence implies the
        terms it holds; a quoted phrase keeps the others (a sequence may be a window of a long phrase), a typed
        word asked for verbatim does not (the verbatim tier is only an ordering: a cheap phrase matters more)."""
        out = []
        for terms, seq, quoted in self.parts:
            if (quoted or verbatim) and len(seq) > 1:
                out.append(([t for t in terms if t not in seq] if quoted else [], seq))
            else:
                out.append((terms, []))
        return out


@dataclass
class ParsedQuery:
    text: str
    groups: list[Group]

    @property
    def empty(self) -> bool:
        return not self.groups

    @property
    def has_phrases(self) -> bool:
        return any(g.phrases for g in self.groups)

    def all_terms(self) -> list[str]:
        return list(dict.fromkeys(t for g in self.groups for t in g.terms))

    def needles(self) -> list[str]:
        """Strings to highlight: phrases and typed words first, then index terms."""
        out = [s for g in self.groups for s in (*g.phrases, *g.chunks)]
        return list(dict.fromkeys(out + [t.rstrip("*") for t in self.all_terms()]))

    @property
    def has_seqs(self) -> bool:
        """Whether asking for the typed words verbatim narrows the match (a word with a sequence to hold)."""
        return any(len(seq) > 1 and not quoted for g in self.groups for _, seq, quoted in g.parts)

    def narrowed(self, df: Callable[[str], int]) -> ParsedQuery:
        """The same query asking the engine less, by ``df`` (documents holding a token, counted up to a cap).

        Per alternative: the ``MAX_TERMS`` rarest terms and the rarest of every typed word.  A long pasted text
        is pinned down by a few rare terms; every further common term only makes the engine read another long
        posting list (and BM25 weighs it at nearly nil).  Gram sequences: at most ``MAX_SEQ`` tokens, the
        window around the rarest gram; an unquoted word's sequence is dropped when even that gram is common
        (``STRICT_MAX_DF``): the engine would have to walk long posting lists to find few exact holders.
        Exact holders of the whole typed text are still preferred (the search re-orders its first hits by the
        text as typed), and quoted phrases stay exact through the check on the original text.
        """
        groups = []
        for g in self.groups:
            freq = {t: df(t) for t in g.terms}
            keep = set(sorted(g.terms, key=lambda t: (freq[t], -len(t)))[:MAX_TERMS])
            # (a typed word's rarest term that some article holds: one that none holds decides the strict match
            # alone, and the relaxed one, asked when nothing holds every word, would ask only for such terms)
            keep |= {min(terms, key=lambda t: (freq[t] == 0, freq[t], -len(t))) for terms, _, _ in g.parts if terms}
            parts = []
            for terms, seq, quoted in g.parts:
                if seq:
                    freq.update((t, df(t)) for t in seq if t not in freq)
                    pivot = min(range(len(seq)), key=lambda i: freq[seq[i]])
                    start = min(max(0, pivot - MAX_SEQ // 2), max(0, len(seq) - MAX_SEQ))
                    seq = seq[start : start + MAX_SEQ]
                    if not quoted and freq[seq[pivot - start]] >= STRICT_MAX_DF:
                        seq = []
                parts.append(([t for t in terms if t in keep], seq, quoted))
            kept = [t for t in g.terms if t in keep]
            groups.append(Group(kept, list(g.phrases), list(g.chunks), parts))
        return ParsedQuery(self.text, groups)

    def fts5_units(self, relaxed: bool = False, verbatim: bool = False) -> list[list[str]]:
        """Per alternative, the FTS5 expressions to AND: quoted terms, and ``extra : "…"`` phrases of the gram
        column for quoted phrases (and, with ``verbatim``, every typed word)."""

        def q(t: str) -> str:
            if t.endswith("*"):  # a prefix (terms are letters and digits only: the star is ours)
                return '"' + t[:-1].replace('"', '""') + '" *'
            return '"' + t.replace('"', '""') + '"'

        if relaxed:
            return [[q(t)] for t in self.all_terms()]
        alts = []
        for g in self.groups:
            parts = []
            for terms, seq in g.match(verbatim):
                parts += (["extra : " + q(" ".join(seq))] if seq else []) + [q(t) for t in terms]
            alts.append(list(dict.fromkeys(parts)))
        return alts

    def fts5(self, relaxed: bool = False, verbatim: bool = False) -> str:
        """An FTS5 MATCH expression: each term a quoted string, joined by AND / OR only."""
        return " OR ".join("(" + " AND ".join(units) + ")" for units in self.fts5_units(relaxed, verbatim))

    def tsquery(self, relaxed: bool = False, verbatim: bool = False) -> str:
        """A PostgreSQL ``to_tsquery('simple', …)`` string: quoted lexemes joined by &, | and <-> (the gram
        sequences restricted to the gram stream's weight, C)."""

        def q(t: str, w: str = "") -> str:
            if t.endswith("*"):  # a prefix (terms are letters and digits only: the star is ours)
                t, w = t[:-1], ":*" + w.lstrip(":")
            return "'" + t.replace("\\", "\\\\").replace("'", "''") + "'" + w

        if relaxed:
            return " | ".join(q(t) for t in self.all_terms())
        alts = []
        for g in self.groups:
            parts = []
            for terms, seq in g.match(verbatim):
                parts += (["(" + " <-> ".join(q(t, ":C") for t in seq) + ")"] if seq else []) + [q(t) for t in terms]
            alts.append("(" + " & ".join(dict.fromkeys(parts)) + ")")
        return " | ".join(alts)


def _norm(s: str) -> str:
    """Collapse whitespace; drop it next to CJK characters, where the printed text has none."""
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", s)


def parse_query(text: str) -> ParsedQuery:
    """Split a user's query into OR-groups of required terms and exact phrases."""
    items: list[tuple[str, str]] = []  # ("phrase" | "word" | "or", text)
    pos = 0
    for m in _PHRASE.finditer(text):
        if text[m.start() - 1 : m.start()].strip() or text[m.end() : m.end() + 1].strip():
            continue  # quotes inside a run of text are the text's own punctuation
        items += _words(text[pos : m.start()])
        phrase = _norm(next(g for g in m.groups() if g is not None))
        if phrase:
            items.append(("phrase", phrase))
        pos = m.end()
    items += _words(text[pos:])
    groups: list[Group] = []
    cur = Group()
    for kind, s in items:
        if kind == "or":
            groups.append(cur)
            cur = Group()
            continue
        ch = analyze_chunk(s)
        if not ch.terms:
            continue  # only operator characters: nothing to look for
        cur.terms += [t for t in ch.terms if t not in cur.terms]
        (cur.phrases if kind == "phrase" else cur.chunks).append(s)
        cur.parts.append((ch.terms, ch.seq, kind == "phrase"))
    groups.append(cur)
    return ParsedQuery(text, [g for g in groups if g.terms])


def _words(s: str) -> list[tuple[str, str]]:
    # an unpaired quote is plain text: punctuation, which the gram stream skips like any other
    return [("or", w) if w == "OR" else ("word", w) for w in s.split()]
