"""User query → a safe search plan.  A query never reaches FTS5 or ``to_tsquery`` as raw syntax.

Supported on purpose: words (all required), ``"exact phrases"`` (also “…” and 「…」), and ``OR``
(upper case, between words or phrases) for alternatives.  Everything else — ``*``, ``NEAR(``,
``AND``, ``NOT``, ``-``, ``:``, ``^``, parentheses, a stray quote — is ordinary text: the segmenter
keeps only letters and digits, and each term is quoted when compiled, so no operator survives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from banmian.archive.segment import phrase_tokens, query_terms

_PHRASE = re.compile(r'"([^"]*)"|“([^”]*)”|「([^」]*)」')
_QUOTES = re.compile(r'["“”「」]')


@dataclass
class Group:
    """One alternative: every term must be indexed in the article and every phrase must occur in its text."""

    terms: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    chunks: list[str] = field(default_factory=list)  # the words as typed, for re-ranking and highlighting
    seqs: list[list[str]] = field(default_factory=list)  # word sequences the text should hold adjacently


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
        """Strings to highlight and to prefer verbatim: phrases and typed words first, then index terms."""
        out = [s for g in self.groups for s in (*g.phrases, *g.chunks)]
        return list(dict.fromkeys(out + self.all_terms()))

    @property
    def has_seqs(self) -> bool:
        return any(g.seqs for g in self.groups)

    def fts5(self, relaxed: bool = False, adjacent: bool = False) -> str:
        """An FTS5 MATCH expression: each term a quoted string, joined by AND / OR only.  ``adjacent`` also
        asks for each typed word sequence as a phrase of consecutive words in the headline or body."""

        def q(t: str) -> str:
            return '"' + t.replace('"', '""') + '"'

        if relaxed:
            return " OR ".join(q(t) for t in self.all_terms())
        alts = []
        for g in self.groups:
            parts = [q(t) for t in g.terms]
            if adjacent:
                parts += ["{head body} : " + q(" ".join(seq)) for seq in g.seqs]
            alts.append("(" + " AND ".join(parts) + ")")
        return " OR ".join(alts)

    def tsquery(self, relaxed: bool = False, adjacent: bool = False) -> str:
        """A PostgreSQL ``to_tsquery('simple', …)`` string: quoted lexemes joined by &, | and <->."""

        def q(t: str) -> str:
            return "'" + t.replace("\\", "\\\\").replace("'", "''") + "'"

        if relaxed:
            return " | ".join(q(t) for t in self.all_terms())
        alts = []
        for g in self.groups:
            parts = [q(t) for t in g.terms]
            if adjacent:
                parts += ["(" + " <-> ".join(q(t) for t in seq) + ")" for seq in g.seqs]
            alts.append("(" + " & ".join(parts) + ")")
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
        terms = _strongest(query_terms(s))
        if not terms:
            continue  # only operator characters: nothing to look for
        cur.terms += [t for t in terms if t not in cur.terms]
        (cur.phrases if kind == "phrase" else cur.chunks).append(s)
        seq = phrase_tokens(s)
        if len(seq) > 1:
            cur.seqs.append(seq)
    groups.append(cur)
    return ParsedQuery(text, [g for g in groups if g.terms])


# A pasted run of text yields many terms; the longest few already pick the article out (the verbatim and
# adjacency tiers check the rest), while every extra common term makes the engine read another long posting list.
MAX_TERMS_PER_CHUNK = 4


def _strongest(terms: list[str]) -> list[str]:
    keep = set(sorted(terms, key=lambda t: -len(t))[:MAX_TERMS_PER_CHUNK])
    return [t for t in terms if t in keep]


def _words(s: str) -> list[tuple[str, str]]:
    s = _QUOTES.sub(" ", s)  # an unpaired quote is plain text
    return [("or", w) if w == "OR" else ("word", w) for w in s.split()]
