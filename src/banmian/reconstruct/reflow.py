"""Reflow: printed lines → body paragraphs and heading lines.

Text extractors break lines at the column edge and put blank lines both at paragraph ends and
at column jumps.  We recover paragraphs from the cues print leaves:

* each column has a width (in display cells) and full lines reach it; a paragraph's last line is
  short and its first line is two cells short (the indent the extractor dropped);
* a line ending without sentence-final punctuation continues (``坚决做到`` / blank / ``“两个维护”``);
* blank lines are only a hint.

Column widths are found with a small Viterbi pass (a width that persists, changing rarely and
more easily at a blank line), so a wide headline or a short last line does not disturb them.

On text (no geometry) two fitted models finish the two decisions the rules make most often
(``_runs_on_here``: does a line run on in the paragraph above; ``_opens_here``: does a line outside a
paragraph open one): each reads the rules' answer with the cues behind it (``group_model.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import rjieba

from banmian.model import Line
from banmian.reconstruct import group_model as M
from banmian.reconstruct import patterns as P
from banmian.reconstruct.forest import compile_forest
from banmian.reconstruct.textutil import CLOSERS, FINAL, NUMBER_GAP, ends_sentence
from banmian.reconstruct.unit import Unit

PUNCT = set("，、。：；！？“”‘’（）《》…—")
_OPENERS = {"“": "”", "（": "）", "《": "》", "(": ")", "‘": "’", "「": "」"}
_LEAD_CLOSERS = set("，。、；：！？）》”’」』")
_INNER = set("，、；：。！？")
# Characters a headline does not end on, but a broken body line often does.
_ALL_CJK = re.compile(r"^[\u3400-\u9fff，。、；：？！“”‘’《》（）·—…]+$")
_SENTENCE_END = re.compile(r"[。！？]")
_LATIN = re.compile(r"[A-Za-z]")
_HANGS = set("，。、；：！？”’）》")
# two phrases set apart by spaces: ``[\u3400-\u9fff”》] +[\u3400-\u9fff“《]``, only ever searched for, written to
# open on the space (why: a pattern opening on a literal is searched for it quickly; most lines hold no space)
_PHRASES = re.compile(r" (?<=[\u3400-\u9fff”》] ) *[\u3400-\u9fff“《]")
_DANGLING = set("的与和及在对把被从向为以将了是而或并等之其于")
# this module compiled by mypyc (the opt-in build: see README), where a few functions take a form that compiles
COMPILED = __file__.endswith((".so", ".pyd"))
# the indent the text reader leaves on a line that kept a paragraph's first-line indent (``sources.text``)
PARAGRAPH_INDENT = "\u3000\u3000"


# (``__init__`` written out: the one a dataclass makes runs interpreted in the compiled build: 6 % of a page's
# instructions there)
@dataclass(slots=True, init=False)
class PLine:
    """A non-blank printed line with the features reconstruction reads."""

    text: str
    width: float
    blank_before: bool
    src: Line
    ascii: bool = False
    bold: bool = False
    indented: bool = False  # the extractor kept leading space: a centred or offset line (banner, byline)
    # the text kept a paragraph's first-line indent (``PARAGRAPH_INDENT``, as the text reader leaves it): one opens here
    sure_start: bool = False
    col: float = 0.0  # estimated column width around this line
    heading_size: bool = False  # font-size or weight says: not body text
    geo_first: bool | None = None  # PDF/OCR geometry: the line starts two cells in from its column's edge
    # set by ``_features`` (a line made elsewhere has none of these: reading one fails, rather than misleads)
    # lines after a blank from the page's first line down to this one (``_blanks_near``)
    blanks_above: int = field(init=False, repr=False, compare=False)
    # ``ends_sentence(text)``, worked out once (why: the rules and the line models ask it of a line several times)
    ends_sentence: bool = field(init=False, repr=False, compare=False)
    # the text's first and last characters, taken once (why: a character taken out of a CJK string is a new
    # object, hashed afresh, each time; these are asked thousands of times a page)
    first_char: str = field(init=False, repr=False, compare=False)
    last_char: str = field(init=False, repr=False, compare=False)
    # how many lines below this one an article opens, with no sentence ended before it; 0: none within four lines
    # (set by ``_openings_ahead`` on the few lines above an opening)
    opening_ahead: int = field(default=0, repr=False, compare=False)
    # where the line stands among the page's lines (set by ``_features``): two lines of one box that were not next
    # to each other (a byline taken out from between them) are no line-end break to mend
    at: int = field(init=False, repr=False, compare=False)

    def __init__(
        self,
        text: str,
        width: float,
        blank_before: bool,
        src: Line,
        ascii: bool = False,
        bold: bool = False,
        indented: bool = False,
        col: float = 0.0,
        heading_size: bool = False,
        geo_first: bool | None = None,
        opening_ahead: int = 0,
    ) -> None:
        self.text = text
        self.width = width
        self.blank_before = blank_before
        self.src = src
        self.ascii = ascii
        self.bold = bold
        self.indented = indented
        self.sure_start = False
        self.col = col
        self.heading_size = heading_size
        self.geo_first = geo_first
        self.opening_ahead = opening_ahead

    @property
    def tol(self) -> float:
        # print jitters a cell either way (punctuation squeezing); digits and Latin are proportional
        return 1.5 if self.ascii else 1.0

    # (``tol`` written out in these two: they are asked about a thousand times a page)
    def full(self) -> bool:
        return self.width >= self.col - (1.5 if self.ascii else 1.0)

    def first_full(self) -> bool:
        """Full for a paragraph's first line, which lost its two-cell indent."""
        return self.width >= self.col - 3 - (1.5 if self.ascii else 1.0)  # two cells of indent, a cell of print jitter

    def wide(self) -> bool:
        """Wider than the column: a headline (print squeezes punctuation, so punctuation-heavy lines run long)."""
        if self.width <= self.col + 1.5:
            return False
        n_punct = sum(map(PUNCT.__contains__, self.text))  # (counted in C)
        hang = 1.0 if self.last_char in PUNCT else 0.0  # print hangs a closing mark past the edge
        return self.width - hang > self.col + 1.5 + 0.5 * max(0, n_punct - 2)


# a figure's or table's note after the stop (…比上年增长6.5%。（见表3）, 统计公报): the sentence has ended, as a line ending
# on the stop says (the line under it opens the next paragraph in 56 of 66 such places on the development pages)
_NOTE_AFTER_STOP = re.compile(r"[。！？；]”?(?:[（(]见[^）)]{1,12}[）)])+$")


def _features(lines: list[Line]) -> tuple[list[PLine], list[str]]:
    """Non-blank lines with their widths; furniture lines set aside."""
    texts = [ln.text for ln in lines]
    stripped = list(map(str.strip, texts))  # why: once per line; a line is blank when this is empty (Line.blank)
    nonblank = [i for i, t in enumerate(stripped) if t]
    edge = nonblank[:3] + nonblank[-3:]
    # (``maybe_furniture``'s first test done here, on the stripped lines' first characters, for the page at once:
    # it fails for most lines, and a call per line cost more than the test)
    furn = {
        i for i in _opening_on(stripped, _FURNITURE_START) if P.maybe_furniture(texts[i]) and P.is_furniture(texts[i])
    }
    furn -= {i for i in furn if stripped[i].isdigit() and i not in edge}  # a bare number mid-page is text
    # at the head and foot of the page, a page name with its number and a credit line beside other furniture
    head = set(nonblank[:3])
    for i in edge:
        t = stripped[i]
        # (at the foot, a credit under the editors' line is the page's, one over it the last article's closing
        # credit: 制图：X / 本版责编：Y / 版式设计：Z)
        if i in head:
            near = any(j in furn for j in edge if 0 < abs(j - i) <= 3)
        else:
            near = any(j in furn for j in range(max(0, i - 3), i))
        if P.PAGE_NAME.match(t) or (near and (P.CREDIT_LABEL.match(t) or P.MASTHEAD.match(t))):
            furn.add(i)
    if furn and lines[nonblank[0]].size:
        furn -= _body_size_credits(lines, stripped, furn)
        sizes = Counter(round(ln.size * 2) / 2 for ln in lines if ln.size)
        body = sizes.most_common(1)[0][0] if sizes else 0.0
        # (not under furniture: OCR measures a header's small type at the body size, 副刊 14 / 2020年2月24日 星期一)
        furn -= {i for i in furn if i - 1 not in furn and _runs_into(lines, i, body)}
    furniture = [stripped[i] for i in sorted(furn)]
    kept = [i for i in nonblank if i not in furn] if furn else nonblank
    # a line follows a blank when a blank or furniture line (or the page top) comes right before it
    blank_before = [i - j > 1 for i, j in zip(kept, [-2] + kept)]
    out: list[PLine] = []
    ts = [stripped[i] for i in kept]
    # each line's ASCII characters (``text_width`` and the ``ascii`` flag count them), taken out of the page's
    # lines at once (why: an encoding a line cost more than the count; the lines are joined with a line break,
    # ASCII, and split again: one piece a line, unless a line holds a break of its own)
    asciis = "\n".join(ts).encode("ascii", "ignore").split(b"\n")
    if len(asciis) != len(ts):
        asciis = [t.encode("ascii", "ignore") for t in ts]
    # (``indented``: a kept line is not blank, so its first character is there; a test in a string is cheaper
    # than one in a tuple of strings)
    n_blank = 0  # (a running count: an iterator in the zip is a generic call a line in the compiled build)
    for t, a, blank, ln in zip(ts, asciis, blank_before, [lines[i] for i in kept]):
        n_blank += blank
        # ``text_width`` written out, sharing its count of ASCII characters with the ``ascii`` flag (one count, not
        # two; ``tests/test_reconstruct_units.py`` checks the two widths agree)
        n_ascii = len(a)
        if n_ascii:
            spaces = a.count(b" ")
            gaps = len(NUMBER_GAP.findall(t)) if spaces else 0
            width = (len(t) - n_ascii) + 0.5 * (n_ascii - spaces + gaps - a.count(b"\t"))
            p = PLine(t, width, blank, ln, n_ascii > spaces, ln.bold, ln.text[0] in " \u3000\t")
        else:
            p = PLine(t, len(t) + 0.0, blank, ln, False, ln.bold, ln.text[0] in " \u3000\t")
        if p.indented and ln.text[:2] == PARAGRAPH_INDENT and ln.text[2] not in " \u3000\t":
            p.indented, p.sure_start = False, True  # a paragraph's indent, not a centred line's offset
        p.blanks_above = n_blank
        p.at = len(out)
        p.first_char = t[0]
        p.last_char = c = t[-1]
        # (``ends_sentence``'s first tests written out: ``t`` is stripped, and most lines end on neither set)
        p.ends_sentence = c in FINAL or c in CLOSERS and (ends_sentence(t) or _NOTE_AFTER_STOP.search(t) is not None)
        out.append(p)
    _openings_ahead(out, ts)
    return out, furniture


def _opening_on(texts: list[str], first: re.Pattern) -> list[int]:
    """The indices of the texts (stripped lines) whose first character is one of the class ``first`` matches
    after a line break (``_FURNITURE_START``, ``_OPENING_START``).  Why: most lines open on none, and a test a
    line cost more than one search of the page's lines joined, which finds the few that do."""
    joined = "\n" + "\n".join(texts)
    if joined.count("\n") != len(texts):  # a text holding a line break of its own: one text at a time
        return [i for i, t in enumerate(texts) if first.match("\n" + t)]
    out, k, seen = [], -1, 0
    for m in first.finditer(joined):
        k += joined.count("\n", seen, m.start() + 1)  # (the line break at ``m.start()`` opens text ``k``)
        seen = m.start() + 1
        out.append(k)
    return out


def _runs_into(lines: list[Line], i: int, body: float) -> bool:
    """With geometry: line ``i`` goes on a sentence the line right above it leaves open, in its size and
    column, with no block break between (``…副主任医师汪伟接到`` / ``电话：“今晚8点半到医院集合，出发``):
    text, however much it reads like page furniture (``body``: the body size; the page's own credits are
    set smaller)."""
    if i == 0:
        return False
    a, b = lines[i - 1], lines[i]
    if not a.text.strip() or not a.bbox or not b.bbox or not a.size or a.size != b.size or a.page != b.page:
        return False
    if abs(b.size - body) >= 0.3:
        return False
    return (
        abs(b.bbox[0] - a.bbox[0]) <= 2.5 * b.size
        and -0.3 * b.size <= b.bbox[1] - a.bbox[3] < b.size
        and not ends_sentence(a.text.strip())
    )


def _body_size_credits(lines: list[Line], stripped: list[str], furn: set[int]) -> set[int]:
    """With font sizes: credit lines (制图：X, 版式设计：X) set at the body size end an article's text;
    the page's own credits are set smaller, with the rest of the furniture."""
    sizes = Counter(round(ln.size * 2) / 2 for ln in lines if ln.size)
    body = sizes.most_common(1)[0][0] if sizes else None
    return {
        i
        for i in furn
        if body and (size := lines[i].size) and abs(size - body) < 0.3 and P.CREDIT_LABEL.match(stripped[i])
    }


# a line one short of (or half a cell off) a column's width under it: a full line of a column one cell narrower
# more often than not, so the narrower width explains it better (a column of 17-cell lines, some 18 with a mark
# hung past the edge, read as 18 wide left every full line "one short")
EMIT_NEAR = -0.9
# a line of body text (a comma or stop inside it) two cells short of a column's width, under a line that ends a
# sentence: a paragraph's first line, its indent lost, as likely as a short line.  A run of one-line paragraphs
# (quotations, each a sentence: 7 lines of 16 in a column of 18) read as a narrower column left the next
# paragraph's first line "full", and two paragraphs ran together.  (Any body line two cells short, wherever it
# stood, gained more on generated pages but cut a paragraph of the real seed page in two: print's full lines run
# a cell or two either way, the generator's do not.)
EMIT_FIRST = -2.0


def _column_widths(pl: list[PLine]) -> None:
    """Viterbi over candidate column widths; sets ``PLine.col``."""
    if not pl:
        return
    # Candidate widths: widths shared by two adjacent lines (full lines of a column repeat; short ones rarely do).
    counts: dict[float, int] = {}
    # (lines with ASCII are skipped, not paired: their measured width is rough, and a digit in every other
    # line of a short column must not hide its width)
    ws = [p.width for p in pl if not p.ascii]
    for a, b in zip(ws, ws[1:]):
        if -0.5 <= a - b <= 0.5 and a >= 8:
            w = round((a if a >= b else b) * 2) / 2  # (max, written out: a call per pair of lines cost more)
            counts[w] = counts.get(w, 0) + 1
    levels = sorted(sorted((w for w, c in counts.items() if c >= 2), key=counts.__getitem__)[-10:])
    if not levels:
        levels = [max((p.width for p in pl), default=16.0)]
    S = len(levels)

    # The emission score of a line under width W: full lines reach the width and pass it only by a hanging
    # mark; short lines fall anywhere below; wider than its column is implausible unless the estimate is wrong.
    # Lines share a few widths: each distinct row is computed once, as one comprehension (why: a function call
    # per line, or per row and width, cost more than the forward pass).
    # (one look-up of a line's row, made the first time its key is met: a key hashed once, not twice)
    rows: dict[tuple[float, bool, bool, bool], list[float]] = {}
    emissions = []
    after_end = False  # (the line above ends a sentence)
    for p in pl:
        # (``ascii`` decides ``PLine.tol``; a mark inside the line, not only at its end, says body text: a
        # headline's line ending on a comma is no paragraph's first)
        key = (p.width, p.ascii, p.last_char in PUNCT, after_end and ("，" in p.text[:-1] or "。" in p.text[:-1]))
        after_end = p.ends_sentence
        row = rows.get(key)
        if row is None:
            w, tol, punct = key[0], 1.5 if key[1] else 1.0, key[2]
            row = rows[key] = [
                (-0.3 if key[1] or W - 0.25 <= w <= W + 0.25 else EMIT_NEAR)
                if W - tol <= w <= W + 0.5
                else EMIT_FIRST
                if key[3] and W - 2.5 <= w < W
                else -4.0
                if w < W
                else -1.5
                if w <= W + 1.5 and punct
                else -5.0
                if w <= W + 2
                else -9.0
                for W in levels
            ]
        emissions.append(row)
    drops = [5.0 if p.blank_before else 10.0 for p in pl]

    # (typed: the compiled build then indexes the rows and compares their scores natively; the pure pass's rows
    # are tuples, which it reads alike)
    back: list[list[float]]
    score, back = _forward_loop(S, emissions, drops) if COMPILED else _forward(S)(emissions, drops)
    # the best path, traced back from the last line, as runs of lines under one state: (state, lines) (why: the
    # rule below reads runs, and a line's width is then set once)
    s = max(range(S), key=score.__getitem__)
    runs, length = [], 1
    for prev in reversed(back):
        if prev[s] < prev[S]:
            runs.append((s, length))
            s, length = prev.index(max(prev[:S])), 0  # (the best state: never ``s``, which fell below the floor)
        length += 1
    runs.append((s, length))
    runs.reverse()
    # a "column" of one or two lines narrower than the columns around it, or of three or four that end no
    # sentence, is a headline set in a few even lines (发挥乡村医生作用 / 做好农村疫情防控), not a column:
    # it takes the width of the column below
    cols = [levels[s] for s, _ in runs]
    i = 0  # the run's first line
    starts = []  # (the first line of each run after the first: where the column may change)
    for r, (_, length) in enumerate(runs):
        lines = pl[i : i + length]
        short = length < 3 or length < 5 and not any(_SENTENCE_END.search(p.text) for p in lines)
        # (five or six: a title of three lines over one of two; not a run of credit lines, 本期统筹：X / Y)
        short = (
            short
            or length < 7
            and not any(_SENTENCE_END.search(p.text) or "，" in p.text or P.CREDIT_LABEL.match(p.text) for p in lines)
        )
        if short and 0 < r < len(runs) - 1 and cols[r] < min(cols[r - 1], cols[r + 1]):
            cols[r] = cols[r + 1]
        for p in pl[i : i + length]:
            p.col = cols[r]
        if r:
            starts.append(i)
        i += length
    _change_at_blank(pl, starts)
    _wide_items(pl)


def _change_at_blank(pl: list[PLine], starts: list[int]) -> None:
    """A column that changes one or two lines before a blank line, over lines short in the column above, changes at
    the blank: text that sets blank lines only at column chunks (pdftotext) changes column there, and a line short
    of both columns reads alike under either, so the widths alone put the change anywhere among short lines — here
    before a paragraph's last line and a one-line paragraph as wide as the column below (…为老经 / 济发展和民生改善
    发挥重要作用。 / 杨洁篪、王毅、何立峰等参加会见。, which then read as one paragraph: one line a cell short of 16,
    the next full).  Up to three lines before the blank (…中国野生百合。 / “野生百合？… / …游客问道。 / blank, the
    change put on the first); and one put up to three lines after a blank changes at it where the lines between fit
    the column below, and are short in the column above unless the column below is wider (on the ten development
    folders 8 pages change, all for the better).  ``starts``: the lines where the column may change (the runs of one
    width after the first)."""
    n = len(pl)
    for i in starts:
        if pl[i].col == pl[i - 1].col or pl[i].blank_before:
            continue
        above = pl[i - 1].col
        j = next((j for j in range(i + 1, min(i + 1 + CHANGE_AT_BLANK_LINES, n)) if pl[j].blank_before), n)
        if j < n and all(p.width < above - 1 for p in pl[i:j]):
            for p in pl[i:j]:
                p.col = above
            continue
        below = pl[i].col
        b = next((b for b in range(i - 1, max(i - 1 - CHANGE_AT_BLANK_LINES, 0), -1) if pl[b].blank_before), 0)
        if b and all(p.width <= below + 0.5 and (below > above or p.width < above - 1) for p in pl[b:i]):
            for p in pl[b:i]:
                p.col = below


CHANGE_AT_BLANK_LINES = 3  # (four or five: no page better, one worse)


def _wide_items(pl: list[PLine]) -> None:
    """A short item set wider than the column around it (a brief across two columns, 吉炳轩会见法国客人): its few
    lines pair no width with their neighbours, so no column of theirs is a candidate and each line reads as a
    headline wider than its column.  Three or more lines in a row, with no blank inside, all but the last wider
    than their column and as wide as each other (the first up to its lost indent shorter), the last ending a
    sentence and some line holding a comma: their own column."""
    n, i = len(pl), 0
    while i < n:
        if pl[i].width <= pl[i].col + 2:
            i += 1
            continue
        j = i
        while j + 1 < n and not pl[j + 1].blank_before and pl[j + 1].width > pl[j + 1].col + 2:
            j += 1
        last = j + 1 if j + 1 < n and not pl[j + 1].blank_before and pl[j + 1].ends_sentence else j
        run = pl[i : last + 1]
        if len(run) >= 3 and run[-1].ends_sentence and any("，" in p.text or "、" in p.text for p in run):
            top = max(p.width for p in run[1:-1]) if len(run) > 2 else run[0].width
            if all(top - 1.5 <= p.width <= top + 0.5 for p in run[1:-1]) and top - 3.5 <= run[0].width <= top + 0.5:
                for p in run:
                    p.col = top
        i = last + 1


@lru_cache(maxsize=16)  # n is at most 10
def _forward(n: int):
    """The forward pass of ``_column_widths`` for ``n`` states, written out state by state.

    Per line after the first: ``floor = max(score) - drop`` and ``score[s] = max(score[s], floor) + emit[s]``,
    the same arithmetic in the same order as a list comprehension would do it (why: that comprehension, a
    function call and a zip per line, was the parser's largest single cost).  Returns the last scores and,
    per line after the first, the scores before it followed by its floor (``floor = t[n]``: one tuple a line, not
    two): the back-pointer of state s is ``s if t[s] >= floor else`` the best state before it, worked out only for
    the states the trace-back visits.
    """
    sv = [f"s{j}" for j in range(n)]
    ev = [f"e{j}" for j in range(n)]
    src = "\n".join(
        [
            "def forward(rows, drops):",
            f"    {', '.join(sv)}, = rows[0]",
            "    back = []",
            "    append = back.append",
            f"    for ({', '.join(ev)},), drop in zip(rows[1:], drops[1:]):",
            # max(score), written out: the first largest, as max takes it (why: a call and a generic
            # comparison per state cost more than these float comparisons)
            "        top = s0",
            *[f"        if {s} > top: top = {s}" for s in sv[1:]],
            "        floor = top - drop",
            f"        append(({', '.join(sv)}, floor))",
            *[f"        {s} = ({s} if {s} > floor else floor) + {e}" for s, e in zip(sv, ev)],
            f"    return [{', '.join(sv)}], back",
        ]
    )
    namespace: dict = {}
    exec(compile(src, f"<banmian column-width pass, {n} states>", "exec"), namespace)
    return namespace["forward"]


def _forward_loop(n: int, rows: list[list[float]], drops: list[float]) -> tuple[list[float], list[list[float]]]:
    """``_forward(n)`` as loops, for the mypyc build (where a loop is compiled, and a function made with
    ``exec`` is not): the same comparisons and additions in the same order, so the same scores to the bit."""
    score = list(rows[0])
    back: list[list[float]] = []
    for r in range(1, len(rows)):
        e = rows[r]
        top = score[0]
        for s in range(1, n):
            if score[s] > top:
                top = score[s]
        floor = top - drops[r]
        back.append([*score, floor])
        for s in range(n):
            v = score[s]
            score[s] = (v if v > floor else floor) + e[s]
    return score, back


def _indent_cues(pl: list[PLine]) -> None:
    """With geometry the indent is still there: a paragraph's first line starts ~2 cells right of its column.

    The column's edge comes from the lines around (three either way in reading order).  When they all
    start where the line does, a run of one-line paragraphs (a list: ``（一）…`` / ``（二）…``) may be
    indented as a whole: lines of the same column further up or down at two cells to the left say so.
    A line alone in its column (a closing ``（本报新德里10月13日电）`` at the top of the next column) is
    measured against the column beside it on the same row: one gutter (about a cell) right of that
    column's edge is the column's start, three cells an indent."""
    lefts: dict[int, list[int]] | None = None  # (built at the first run of lines that needs it)
    for i in [i for i, p in enumerate(pl) if p.src.bbox and p.src.size]:  # (text has no line with geometry)
        p = pl[i]
        b, size = p.src.bbox, p.src.size
        assert b is not None and size is not None  # (the list's test, for the type checker)
        left = b[0]
        h = max(1.0, b[3] - b[1])
        beside = uneven = False  # a line of the same column near it; one that starts further right
        for j in range(max(0, i - 3), min(len(pl), i + 4)):
            o = pl[j].src.bbox
            if (
                o
                and j != i
                and pl[j].src.page == p.src.page
                # (half of the shorter line: a short last line under an indented first line counts; so
                # does a last line of two or three characters that reaches past the indent at all)
                and (
                    min(b[2], o[2]) - max(b[0], o[0]) >= 0.5 * min(b[2] - b[0], o[2] - o[0]) - 0.01
                    or min(b[2], o[2]) - max(b[0], o[0]) > 0.2 * size
                    and abs(o[0] - b[0]) <= 3.2 * size
                )
                # the column's edge comes from lines of its own text: same size, close above or below
                # (not a 20-pt title over the column, which starts further left)
                and abs((pl[j].src.size or size) - size) <= 0.1 * size
                and abs(o[1] - b[1]) < 5 * h
            ):
                left = min(left, o[0])
                beside = True
                uneven = uneven or o[0] > b[0] + 0.3 * size
        if left < b[0] or any(pl[j].src.bbox for j in range(max(0, i - 3), min(len(pl), i + 4)) if j != i):
            p.geo_first = 1.5 <= (b[0] - left) / size <= 3.0
            if not p.geo_first and left == b[0]:
                if beside:
                    if lefts is None:
                        lefts = {}
                        for j, q in enumerate(pl):
                            if q.src.bbox:
                                lefts.setdefault(round(q.src.bbox[0]), []).append(j)
                    p.geo_first = not uneven and _indented_run(pl, i, h, lefts)
                else:
                    p.geo_first = _indented_alone(pl, i, p.geo_first)


def _indented_run(pl: list[PLine], i: int, h: float, lefts: dict[int, list[int]]) -> bool:
    """Line ``i`` and the lines around it start at one edge: is that edge two cells right of the edge of
    two or more lines of the same column a little further up or down (a list of one-line paragraphs)?
    Only lines close in reading order count: a column of another article two cells to the left is not
    this column's edge.  (``lefts``: the lines by their left edge in whole points, to look up.)"""
    p = pl[i]
    b, size = p.src.bbox, p.src.size
    assert b is not None and size is not None  # (``_indent_cues`` asks only of lines with geometry)
    want = b[0] - 2 * size
    near = [j for x in range(round(want - 0.4 * size), round(want + 0.4 * size) + 1) for j in lefts.get(x, ())]
    n = 0
    for j in near:
        o = pl[j].src.bbox
        assert o is not None  # (``lefts`` holds lines with a box)
        if (
            abs(j - i) <= 12
            and pl[j].src.page == p.src.page
            and abs(o[0] - want) <= 0.4 * size
            and abs((pl[j].src.size or 0) - size) <= 0.1 * size
            and abs(o[1] - b[1]) < 12 * h
            and min(b[2], o[2]) - max(b[0], o[0]) >= 0.5 * min(b[2] - b[0], o[2] - o[0])
        ):
            n += 1
            if n >= 2:
                return True
    return False


def _indented_alone(pl: list[PLine], i: int, default: bool) -> bool:
    """A line with no other line of its column near it: measured from the right edge of the column to its
    left on the same row (the most common right edge of that column's lines, where full lines end)."""
    p = pl[i]
    b, size = p.src.bbox, p.src.size
    assert b is not None and size is not None  # (``_indent_cues`` asks only of lines with geometry)
    peer: tuple[float, float, float, float] | None = None
    for o in pl:
        ob = o.src.bbox
        if (
            ob
            and o is not p
            and o.src.page == p.src.page
            and o.src.size == size
            and abs(ob[1] - b[1]) < 0.3 * size
            and ob[2] <= b[0]
            and (peer is None or ob[0] > peer[0])
        ):
            peer = ob
    if peer is None:
        return default
    edges: Counter = Counter()
    for o in pl:
        ob = o.src.bbox
        if (
            ob
            and o.src.page == p.src.page
            and o.src.size == size
            and -0.5 * size <= ob[0] - peer[0] <= 2.5 * size
            and peer[1] - size <= ob[1] <= peer[1] + 80 * size
            and o.text[-1] not in _HANGS
        ):
            edges[round(ob[2])] += 1
    if not edges:
        return default
    right, n = edges.most_common(1)[0]
    if n < 2:
        return default
    d = (b[0] - right) / size
    if 2.5 <= d <= 3.6:
        return True
    return default


def _size_cues(pl: list[PLine]) -> None:
    """With geometry (PDF, OCR): lines set in another size than the body are headings."""
    sizes: dict[float, int] = {}
    for p in pl:
        if p.src.size:
            k = round(p.src.size, 1)
            sizes[k] = sizes.get(k, 0) + len(p.text)
    if not sizes:
        return
    body = max(sizes, key=sizes.__getitem__)
    for p in pl:
        if p.src.size and abs(p.src.size - body) > 0.12 * body:
            p.heading_size = True


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def crosses_word(a: str, b: str) -> bool:
    """Do the characters across a line break form one word (``仿制药开`` / ``发`` → 开发)?"""
    if not a or not b or not (_is_cjk(a[-1]) and _is_cjk(b[0])):
        return False
    return _crosses(a[-4:], b[:4])


@lru_cache(maxsize=16384)  # why: the same line pair is asked about several times (continues, its callers)
def _crosses(left: str, right: str) -> bool:
    return _spans(rjieba.cut(left + right), len(left))


def crosses_dictionary_word(a: str, b: str) -> bool:
    """A word of the segmenter's dictionary across the break of lines ``a`` / ``b`` (在明 / 媚的春光里, 今年将组织百
    / 万人次…), not one its hidden model guesses (和音 / 为团结合作…, 快评 / 筑梦…: a column's name over a title)."""
    if not a or not b or not (_is_cjk(a[-1]) and _is_cjk(b[0])):
        return False
    left = a[-6:]
    return _spans(rjieba.cut(left + b[:6], False), len(left))


def _spans(tokens: list[str], k: int) -> bool:
    """One of the tokens spans character ``k`` of their text (starts before it, ends after it)."""
    pos = 0
    for tok in tokens:
        if pos < k < pos + len(tok):
            return True
        pos += len(tok)
        if pos >= k:
            return False
    return False


_OPENER_RX = re.compile("[" + re.escape("".join(_OPENERS)) + "]")


def _unbalanced(s: str) -> bool:
    if not _OPENER_RX.search(s):
        return False  # why: most lines hold no opening mark; one scan instead of a dozen counts
    for o, c in _OPENERS.items():  # noqa: SIM110 (a plain loop: a third of the cost of any() over a generator)
        if s.count(o) > s.count(c):
            return True
    return False


def opens_dateline(pl: list[PLine], i: int) -> bool:
    """Line ``i`` opens with a dateline (本报北京1月31日电), maybe broken at the column edge before its 电
    (``本报乌兰巴托10月30日`` / ``电 （记者霍文）…``)."""
    if pl[i].first_char not in "本新中据":
        return False  # why: every DATELINE alternative starts with one of these (keep in step); asked of most lines
    t = pl[i].text
    if P.opens_with_dateline(t):
        return True
    return t[:1] in "本新中据" and i + 1 < len(pl) and P.opens_with_dateline(t + pl[i + 1].text)


def continues(pl: list[PLine], i: int) -> bool:
    """Evidence that line i runs on into line i+1 as one paragraph."""
    p = pl[i]
    nxt = pl[i + 1] if i + 1 < len(pl) else None
    if nxt is None or nxt.heading_size != p.heading_size or nxt.wide() or P.is_byline(nxt.text):
        return False
    if nxt.first_char in _LEAD_CLOSERS:
        return True
    if _unit_goes_on(p, nxt):
        return True  # a number and its unit are one word: 密切接触者2197 / 人，已解除…, across a blank too
    if nxt.first_char in "■□●◆▲" or opens_dateline(pl, i + 1):
        return False  # the next line opens a paragraph of its own
    if p.first_char in "（(" and _unbalanced(p.text) and p.width >= p.col - 6:
        return True  # a parenthesis left open: （作者为… runs on
    if p.last_char in "：:" and P.SOURCE_NOTE.match(p.text):
        return True  # 数据来源： / 国家统计局
    if not p.first_full():
        # too short to be a paragraph's first line: a headline line, unless a word is broken at its end
        # (首 / 位): body text, however short the line looks (the width tests before the segmenter: it is
        # the costly one, and all four are pure)
        return (
            p.width >= p.col - 6
            and not nxt.blank_before
            # (or a paragraph's short last line: 会议还研究了其他事 / 项。)
            and (nxt.width >= nxt.col - 4 or nxt.last_char == "。")
            and (crosses_word(p.text, nxt.text) or _number_pushed_down(p, nxt))
        )
    if (
        p.last_char in _DANGLING
        or _unbalanced(p.text)
        # a word across a blank, from a line as wide as a first line at least (不可长 / 靠拈阄… is a headline)
        or (nxt.blank_before and p.width >= p.col - 2 - p.tol and crosses_word(p.text, nxt.text))
    ):
        return True
    if nxt.blank_before:
        # a column jump right after a paragraph's first line: that line is as wide as the column less
        # the lost indent and reads as a clause; a headline followed by a blank rarely is both
        # (a headline followed by a blank is about four times as common): it takes a line as wide as
        # a first line, and a next line as wide as the column, which carries a paragraph on
        prev = pl[i - 1] if i > 0 else None
        first_like = (p.full() or abs(p.width - (p.col - 2)) <= p.tol) and not (
            not p.full() and _PHRASES.search(p.text)
        )  # two phrases set apart by a space (南极不难及 冰上有奇遇): a headline, not a first line
        if (
            first_like
            and p.blank_before
            and p.width > p.col - 1.5
            and prev is not None
            and prev.ends_sentence
            and not prev.full()
        ):
            first_like = False  # a full line after a paragraph's short last line opens no paragraph: a headline
        if (
            p.full()
            and not p.blank_before
            and prev is not None
            and abs(prev.col - p.col) < 1
            and prev.first_full()
            and nxt.ends_sentence
            and not nxt.wide()
        ):
            # a full line set close under body text that stops mid-clause, and a sentence's end after the
            # jump (``…新兴大国，我们`` / ``非常期待能同中国开展相关合作。``): one paragraph, not a headline
            return True
        after = pl[i + 2] if i + 2 < len(pl) else None
        # (a line one cell short that ends on a mark is a first line with the mark hung past the edge)
        carried = (
            abs(nxt.width - nxt.col) <= nxt.tol
            and not (nxt.width < nxt.col - 0.5 and nxt.last_char in _HANGS and not nxt.ascii)
            and not nxt.ends_sentence
            # (a line holding figures too, where it measures the column's width exactly and the extractor set no
            # space in it (热，行政长官林郑月娥28日赴北角): on the ten development folders 7 pages better, none worse)
            and (not nxt.ascii or abs(nxt.width - nxt.col) <= 0.5 and " " not in nxt.text.strip())
            and after is not None
            and not after.blank_before
        )
        return first_like and carried
    # a word broken at the line end, or softer cues (the segmenter last: it is the costly one, and both are pure)
    return _softer_cues(p, nxt) or crosses_word(p.text, nxt.text) or _number_pushed_down(p, nxt)


# what counts a number (人, 万, 亿元, 年, 日…): no paragraph or heading opens on one right after a figure
_UNITS = frozenset("人个元万亿年月日件例次名家户座所项台辆吨倍份岁届批条篇位架艘栋起种场轮")


def _unit_goes_on(p: PLine, nxt: PLine) -> bool:
    """``p`` ends on a figure set in its text (not a bare item number: ``10`` / ``天津…``) and ``nxt`` goes on
    with its unit (2197 / 人，已解除…, 截至2019年9月30 / 日，…)."""
    if nxt.first_char not in _UNITS or not "0" <= p.last_char <= "9":
        return False
    a = p.text
    k = len(a)
    while k and "0" <= a[k - 1] <= "9":
        k -= 1
    return k > 0 and _is_cjk(a[k - 1])


_LEADING_NUMBER = re.compile(r"[0-9][0-9.,，%％]*")


def _number_pushed_down(p: PLine, nxt: PLine, indent: float = 0.0) -> bool:
    """``p`` stops short of the edge, with no stop, because the number opening ``nxt`` is set whole and did not
    fit in the room left (全年批发和零售业增加值 / 95846亿元，比上年增长5.7%…); ``indent``: the cells a paragraph's
    first line lost at its start (统计显示，截至 / 2019年底，…)."""
    if not ("0" <= nxt.first_char <= "9") or p.last_char in PUNCT:
        return False
    m = _LEADING_NUMBER.match(nxt.text)
    return m is not None and len(m.group()) >= 3 and p.width + indent + 0.5 * len(m.group()) > p.col - 1.75


def _softer_cues(p: PLine, nxt: PLine) -> bool:
    """Softer evidence that ``p`` runs on into ``nxt``, for ``continues``."""
    # softer cues count only when the next line itself reads as body: (nearly) full, or a paragraph's end
    if not (nxt.width >= nxt.col - 3 or nxt.ends_sentence or nxt.last_char in "，、：；"):
        return False
    if nxt.col - 2.5 <= nxt.width <= nxt.col - 1.5 and not nxt.ends_sentence and _ALL_CJK.match(nxt.text):
        return False  # the next line is two cells short and runs on: a first line of its own, not a second
    if not _INNER.isdisjoint(p.text[1:-1]):  # any inner punctuation (a set test, not a generator)
        return True
    return p.width >= p.col - 3.5


def _starts_paragraph(pl: list[PLine], i: int) -> bool:
    """Outside a paragraph: does line i open a body paragraph (else it is a heading line)?"""
    p = pl[i]
    if p.sure_start:
        return True
    if p.heading_size or p.wide():
        return False
    if p.ends_sentence:
        return True
    if p.bold and (not p.first_full() or p.geo_first is False):
        return False  # a bold line at body size: a subhead (geometry: a paragraph would be indented)
    if p.geo_first:
        return True
    if p.first_char in P.SOURCE_NOTE_FIRST and P.SOURCE_NOTE.match(p.text):
        return True
    if p.last_char in "，、：；,;:":
        return p.first_full()  # a short line stopping on a comma is a headline line (厂子越做越大，)
    if p.first_char in "●■◆▲" and not P.is_byline(p.text):
        return True  # a bulleted paragraph (●保民生保就业…)
    if p.first_char in "（(" and p.last_char in "）)" and not _unbalanced(p.text):
        return True  # （本报内比都电）, （作者为…）: a parenthetical paragraph
    return continues(pl, i)


def _new_paragraph(pl: list[PLine], i: int, prev_is_first: bool) -> bool:
    """Inside a paragraph whose last line ``pl[i-1]`` ended a sentence: does ``pl[i]`` open a new one?"""
    prev, cur = pl[i - 1], pl[i]
    if cur.sure_start:
        return True
    # (a closing quote at the edge may end a quoted paragraph or sit mid-sentence: the shapes decide)
    if cur.heading_size or not (prev.ends_sentence or prev.text.endswith(("——", "”"))):
        return True  # a closed parenthetical such as （新华社北京2月3日电） ends its paragraph
    if not (prev.first_full() if prev_is_first else prev.full()):
        return True  # a short last line
    if cur.geo_first is not None:
        return cur.geo_first or cur.bold != prev.bold  # (a bold subhead is not glued to the paragraph above)
    # prev is full and ends a sentence exactly at the column edge
    if not cur.ends_sentence and not continues(pl, i):
        return True  # cur neither ends nor runs on: a heading line
    if cur.blank_before:
        # pdfminer's blank before a paragraph, or a column jump right after a sentence: only a line
        # exactly as wide as the column (no lost indent) carries the paragraph on
        # column, after a line that reached the edge (one a cell short ended its paragraph there)
        return abs(cur.width - cur.col) > 0.5 or cur.ascii or (prev.width < prev.col - 0.5 and not prev.ascii)
    if cur.full():
        return False
    return cur.first_full()  # the lost indent


# a bulleted item (●认真揉搓双手至少15秒，注 / 意清洗所有皮肤 / ●接触他人、动物…) opens a paragraph of its own though
# the item above ends on no mark and fills the column (no indent is lost before a bullet): of the 1,540 lines opening
# on one of these on the ten development folders, the records open a block at all but 4, where the parser had run 33
# on (■ marks a byline or a label too, ■记者手记: adding it, 1 page better and 2 worse)
_BULLETS = frozenset("●◆▲")
_ITEM = re.compile(
    r"[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百零]{1,5}条[ \u3000]|(?:问|答|记者)[：:]|图[①②③④⑤⑥⑦⑧⑨⑩\d]{1,2}[：:]"
    r"|[（(](?:作者|本报|新华|据|综合|执笔)"
)


def _item_under_clause_end(last: PLine, p: PLine) -> bool:
    """``p`` opens an item of a list, （一）…, or a law's article, ``第三十七条 …``, under ``last`` ending on a stop, a
    semicolon or a colon: a paragraph of its own, whatever the widths say (人民日报 2019–2020: 1,502 paragraphs open on
    an item, only 3 times does one follow a stop, a semicolon or a colon inside a paragraph; 773 on an article and a
    space, none so; 140 on 问： or 答：, one such inside; 69 on 记者：, 60 on a figure's label, 图②：, none; 1,873 on a
    bracketed note, （作者…, （本报…, （新华社…, （据…, （综合…, （执笔…, 2 such inside).  An item's number in running
    text (第十二条第 / （二）项规定…) goes on.  A reporter's or an author's note, （本报… or （作者…, opens one under any
    line (``_NOTE_OPENS``).  So does a line opening on ——
    under 。, ；, ： or ！ (——中国将在两年内… under …我宣布：): 1,280 paragraphs open so, and such a mark is followed by
    —— inside a paragraph once; under a closing quotation mark, —— opens the speaker's name, which goes on."""
    if p.first_char == "—" and p.text.startswith("——"):
        return last.last_char in "。；：！;:!"
    if p.first_char in "（(" and _NOTE_OPENS.match(p.text) is not None:
        return True
    return (
        p.first_char in "（(第问答记图"
        and (last.ends_sentence or last.last_char in "；：;:")
        and _ITEM.match(p.text) is not None
    )


# …and a reporter's or an author's note, （本报记者…整理）, （作者为…）, under any line: the speaker's words end on who
# said them and where, ——…日前在省政府全体会议上说, with no stop (人民日报 2019–2020: 63 paragraphs open on （本报 or
# （作者 under one ending on no stop; inside a paragraph such a bracket follows a character once, 主持人：张珊珊（本报记者）)
_NOTE_OPENS = re.compile(r"[（(](?:作者|本报)(?!记者[）)])")


# For ``_runs_on``: the last characters after which a paragraph may be closed (``ends_sentence``, ``_para_closed``,
# ``——``), and the line starts the loop in ``reflow`` refuses to append (built from the very patterns it asks)
_STOPS = FINAL | CLOSERS | {"—"}
_OPENS_OWN = re.compile(
    "|".join(
        f"(?:{rx.pattern})" for rx in (P.CONTINUES_TO, P.CONTINUED_FROM, P.BYLINE_MARK, P.CREDIT_LABEL, P.DATELINE)
    )
)
# the first characters of every line ``_OPENS_OWN`` or ``opens_dateline`` can take (keep in step: a test checks it)
_OWN_FIRST = frozenset("（(□■◇◆本稿制版图摄绘漫统采新中据")


def _runs_on(pl: list[PLine]) -> list[bool]:
    """Lines that surely run on in the paragraph open above them (without geometry).

    Why: most lines are the middle of a paragraph, and the loop in ``reflow`` takes each of them through
    a dozen checks only to append it.  When the line before is full and ends on none of ``_STOPS`` (so the
    paragraph is not closed: ``_para_closed`` and the ``——`` case are false, and ``last_full`` holds), and
    the line itself is neither wide, nor in a heading size, nor a match of ``_OPENS_OWN`` (the marker, byline,
    credit and dateline tests of that loop), every branch of the loop appends it by the rules.  No longer only
    a shortcut: the loop now asks the line-break model at most of these places, and the model, fitted on
    the places the loop asks (never these), would break paragraphs the rules run on (with this list all
    False, 112 of 450 check pages read differently, and the 18-figure mean of the 2020 check pages fell 0.56
    point).  The places left to the loop are ``_two_short_left``.  A new test in that loop that can
    refuse a line after a full one must be added here too.
    """
    carries = [
        p.last_char not in _STOPS
        and p.width >= p.col - (1.5 if p.ascii else 1.0)  # (p.full())
        and not (p.last_char == "摄" and P.is_caption_credit(p.text))  # (``_para_closed``: a photo's credit)
        for p in pl
    ]
    rest = [
        c
        and not p.heading_size
        and not p.indented
        and not p.sure_start
        and p.first_char not in _BULLETS
        and (p.width <= p.col + 1.5 or not p.wide())  # (wide()'s first test written out: most lines fail it)
        # (the first character first: most lines open on none of ``_OWN_FIRST``, and then neither test can take them)
        and (p.first_char not in _OWN_FIRST or _OPENS_OWN.match(p.text) is None and not opens_dateline(pl, i))
        # (not a line two cells short under a line a cell short, where a paragraph may end, nor one with its
        # paragraph going on under it: a first line — see ``_two_short_left``)
        and not _two_short_left(pl, i, q, p)
        and not (p.blank_before and p.width < p.col - (2.0 if p.ascii else 1.5) and _first_line_below_blank(pl, i))
        and not (p.blank_before and _first_line_after_unfinished(pl, i))
        and not (q.first_char in P.SOURCE_NOTE_FIRST and _names_under_source(pl, i))
        and not (p.blank_before and q.last_char in "：:" and _opens_under_colon(pl, i, q))
        and not _item_under_clause_end(q, p)
        for i, c, p, q in zip(range(1, len(pl)), carries, pl[1:], pl)  # (a zip the compiled build loops over natively)
    ]
    return [False] + rest


def _first_line_below_blank(pl: list[PLine], i: int) -> bool:
    """Line ``i``, short and under a blank, reads as a paragraph's first line that lost its indent: body text
    (a comma inside, no sentence ended) with a full line right under it.  A column jump inside a paragraph
    goes on with a full line; a short one goes on only to end the paragraph.  So a paragraph that ends on a
    full line with no stop (a bold lead-in set as a paragraph: …坚持问题导向，深 / 入排查整治“高档酒” /
    “天价烟”等突出问题 / blank / 2019年5月，贵州 / 茅台酒厂…) does not run on into the next (``_runs_on``
    leaves the line to the loop; on the twelve 2020 check folders, 38 pages read better, 1 worse)."""
    p = pl[i]
    if p.ends_sentence or "，" not in p.text or i + 1 >= len(pl):
        return False
    q = pl[i + 1]
    return not q.blank_before and q.full()


def _two_short_left(pl: list[PLine], i: int, q: PLine, p: PLine) -> bool:
    """For ``_runs_on``: line ``i`` (``p``), two cells short of its column under the full line ``q``, is left to the
    loop when ``_indent_after_short`` holds or when it has a first line's shape (``_first_line_shaped``; a line opening
    on a date, one to three cells short by its figures' rough measure: on the ten development folders 21 pages read
    better, none worse).  One call a line, which most lines leave at its first comparison (they are no two cells
    short)."""
    d = p.col - p.width
    if p.ascii:
        # (a line opening on a date, 2016年初，… / 1月24日，…, under a full line: a first line as likely as not, so the
        # loop decides; one opening on other figures, 4天持续增长, goes on from a number pushed down)
        if q.last_char == "：" and abs(d - 2) < 0.25:
            # (…主要得益于以下四点： / 领导人的战略引领。建交28年来，中乌高: a line of figures exactly two cells short
            # under a colon, as likely the first line the colon announces; the loop decides, ``_first_line_under_colon``)
            return True
        return (
            1.25 <= d <= 3.25
            and _OPENS_ON_DATE.match(p.text) is not None
            and q.width <= q.col + 0.5
            and _first_line_shaped(pl, i)
        )
    if d <= 1.5 or d >= 2.5:
        return False
    return (
        not q.ascii
        and (q.width < q.col - 0.5 or q.last_char == "：")  # (``_indent_after_short``)
        or 1.75 < d < 2.25
        and q.width <= q.col + 0.5
        and _first_line_shaped(pl, i)
    )


def _first_line_under_colon(pl: list[PLine], i: int, last: PLine) -> bool:
    """Line ``i`` under a line ending on a colon, two cells short and not ending its sentence, in CJK: the
    first line of the paragraph the colon announces (…主要职责是： / （一）学习宣传和贯彻落实 / …, 全文如下： / 2020年就要到
    了，我在首都北 / …); a line the colon's sentence runs on into is full, or ends the quotation it opens — but for a
    line ending its sentence over a full line, which only a first line does (``_stopped_first_line``: …打好疫情阻击战：
    / 一是全面升级防控措施。 / 全省启动一级响应机制，…)."""
    cur = pl[i]
    return (
        last.last_char == "："
        and not last.ascii
        # (a line holding figures or Latin, measured roughly, only when exactly two cells short: 领导人的战略引领。建交
        # 28年来，中乌高; on the ten development folders 16 pages read better with the two, none worse)
        and (not cur.ascii or abs(cur.col - cur.width - 2) < 0.25)
        and 1.5 <= cur.col - cur.width <= 2.5
        and (not cur.ends_sentence or _stopped_first_line(pl, i))
        and _SOURCE_LABEL_END.search(last.text)
        is None  # (… 数据来源： / 武汉东湖生态旅游风景区管理委员会: the source's name)
    )


_SOURCE_LABEL_END = re.compile(r"来源[:：]$")


def _indent_after_short(last: PLine, p: PLine) -> bool:
    """``last`` a cell short of its column (``full()`` by its tolerance) or ending on a colon, and ``p`` two
    cells short, both in CJK: ``p`` reads as a paragraph's first line that lost its indent under the last line
    of the one before.  A paragraph may end there even with no stop (a bold lead-in set as a paragraph of its
    own: …的联 / 动，提高政策协同性 / 2020年，积极的…; a sentence that introduces the paragraphs below it:
    …提出以下建议：): ``_runs_on`` lets the loop, and so the line-break model, decide instead of running the
    line on (on the 2020 check pages of pdfminer style, 49 of 50 such places under a blank are a paragraph's
    end; without blank lines 54 of 92; under a full line ending on a colon, 40 of 46 on the twelve 2020 check
    folders)."""
    return (
        not last.ascii
        and not p.ascii
        and (last.width < last.col - 0.5 or last.last_char == "：")
        and abs(p.width - (p.col - 2)) < 0.5
    )


def pair_features(pl: list[PLine], i: int, para: Unit, rule: bool, closed: bool) -> list[float]:
    """What the line-break model reads where line ``i`` may run on in ``para`` (see ``group_model.PAIR_FEATURES``):
    the rules' own answer (``rule``: it runs on) and the cues they weigh, as numbers."""
    last, cur = para.lines[-1], pl[i]
    nxt = pl[i + 1] if i + 1 < len(pl) else None
    return [
        rule,
        closed,
        cur.blank_before,
        last.width - last.col,
        cur.width - cur.col,
        len(para.lines) == 1,
        min(len(para.lines), 6),
        last.full(),
        last.first_full(),
        cur.full(),
        cur.first_full(),
        cur.ends_sentence,
        last.last_char in "，、；：",
        last.last_char == "”",
        cur.first_char in "“（《",
        crosses_word(last.text, cur.text),
        nxt.width - nxt.col if nxt else 0.0,
        nxt.blank_before if nxt else True,
        cur.ascii,
        last.ascii,
        cur.col,
        last.col - cur.col,
        _unbalanced(para.text),
        nxt is not None and nxt.ends_sentence,
        len(cur.text),
        last.text.endswith("——"),
        cur.heading_size,
        P.is_single_name(cur.text),
        cur.opening_ahead,
        _blanks_near(pl, i),
    ]


_pair_logit = compile_forest("pair_logit", M.PAIR_BASE, M.PAIR_TREES, len(M.PAIR_FEATURES))


def start_features(pl: list[PLine], i: int, rule: bool) -> list[float]:
    """What the paragraph-or-heading model reads of line ``i``, outside a paragraph (see
    ``group_model.START_FEATURES``): the rules' answer (``rule``: it opens a paragraph) and the cues they weigh."""
    p = pl[i]
    nxt = pl[i + 1] if i + 1 < len(pl) else None
    prev = pl[i - 1] if i else None
    below = _width_below(pl, i)
    return [
        rule,
        p.width - p.col,
        p.ends_sentence,
        p.full(),
        p.first_full(),
        p.blank_before,
        nxt.width - nxt.col if nxt else 0.0,
        nxt.blank_before if nxt else True,
        nxt is not None and nxt.ends_sentence,
        p.last_char in "，、；：",
        len(p.text),
        _PHRASES.search(p.text) is not None,
        _DIGIT.search(p.text) is not None,
        "“" in p.text,
        prev is not None and prev.ends_sentence,
        prev.width - prev.col if prev else 0.0,
        nxt is not None and crosses_word(p.text, nxt.text),
        p.ascii,
        p.col,
        p.first_char in "“（《",
        nxt is not None and nxt.full(),
        nxt is not None and nxt.first_full(),
        p.last_char in "！？",
        # the column under the line, read off the next lines themselves (the width pass places a change of
        # column a line or two late, so a headline over a new column is measured against the old one): a
        # headline is wider than it, or as wide as a first line with another first-line-wide line under it
        p.width - below if below else 0.0,
        nxt.width - below if below and nxt is not None else 0.0,
        p.opening_ahead,
        _blanks_near(pl, i),
    ]


def _openings_ahead(pl: list[PLine], texts: list[str]) -> None:
    """Sets ``PLine.opening_ahead``: how many lines below line ``i`` an article opens (a dateline, a byline: 1 to 4),
    with no sentence ended from line ``i`` on before it; else 0.  Lines that end no sentence right over an opening
    article are its headline (without blank lines, the reflow cannot tell them from body text by their widths
    alone).  Worked out once a page, from the few lines that open an article (why: the line models ask it of a
    hundred lines a page, and a walk of up to four lines down for each cost more): from the lowest up, each
    gives its distance to the lines above it, up to four, until one that ends a sentence (a nearer opening, met
    later, takes over).  (``texts``: the lines' texts.)"""
    # (the first character first: a dateline and a marked byline open on one of ``_OPENING_FIRST``, and most
    # lines do not)
    for j in reversed(_opening_on(texts, _OPENING_START)):
        t = pl[j].text
        if j and (opens_dateline(pl, j) or P.BYLINE_MARK.match(t) and P.is_byline(t)):
            for i in range(j - 1, max(-1, j - 5), -1):
                if pl[i].ends_sentence:
                    break
                pl[i].opening_ahead = j - i


_OPENING_FIRST = frozenset("本新中据□■◇◆")  # ``opens_dateline``'s first characters and ``BYLINE_MARK``'s (keep in step)
_OPENING_START = re.compile("\n[" + re.escape("".join(sorted(_OPENING_FIRST))) + "]")  # (for ``_opening_on``)
_FURNITURE_START = re.compile("\n[" + re.escape("".join(sorted(P._FURNITURE_FIRST))) + r"\d]")  # (str.isdecimal)


def _blanks_near(pl: list[PLine], i: int) -> int:
    """Lines after a blank among the 30 around line ``i``: whether the extractor marks paragraphs with blank lines
    (pdfminer), only column chunks (pdftotext) or nothing (pdftotext -raw).  A line with no blank before it
    under a finished sentence goes on the paragraph in the first, and may open anything in the last."""
    # (read off the running count ``_features`` keeps: a difference, not a sum over 30 lines)
    last = pl[min(i + 15, len(pl)) - 1].blanks_above
    return last - pl[i - 16].blanks_above if i > 15 else last


def _width_below(pl: list[PLine], i: int) -> float:
    """The widest of the (up to) four lines after line ``i`` that are set in CJK (0 when there are none)."""
    widest = 0.0  # (a loop: a generator and ``max`` cost more for four lines; every line's width is above 0)
    for q in pl[i + 1 : i + 5]:
        if not q.ascii and q.width > widest:
            widest = q.width
    return widest


_DIGIT = re.compile(r"\d")
# the line models learnt columns of newspaper width; text set wider (a page of unbroken lines) keeps the rules
MODEL_MAX_COLUMN = 40.0
_SENTENCE_INSIDE = re.compile(r"[。！？][”’]?[\u3400-\u9fff“‘（《]")
# a heading line read as a paragraph's first loses a headline box (title, kicker), a paragraph's first line
# read as a heading line mostly comes back as a subhead or a short paragraph: a line opens a paragraph a little
# above even odds (2020 tuning pages, mean of issue 2's 18 figures 0.8526 -> 0.8544; second set 0.8328 -> 0.8362);
# the deeper start model of the sixteenth session is surer either way: log-odds 1.5 (four check sets +0.19 to
# +0.24 points against 0.75, +0.23 to +0.29 against 0.5; 2.0 +0.14 to +0.37 against 0.5, 0.0 -0.2 to -0.4) ...
START_THRESHOLD = 1.5
# ... on a page long enough to measure its columns: on a shorter one (a single article, a unit test's page) the
# widths it reads mean less, and past 0.75 it read a tiny page's first line under its title, 图为交警在强化训练左,
# as the title; there even odds stand (6 % of generated pages are that short)
SHORT_PAGE_LINES = 60
SHORT_PAGE_START_THRESHOLD = 0.5
_start_logit = compile_forest("start_logit", M.START_BASE, M.START_TREES, len(M.START_FEATURES))


def _opens_here(pl: list[PLine], i: int, rule: bool, geo: bool) -> bool:
    """Outside a paragraph, does line ``i`` open one (else it is a heading line)?  The rules answer
    (``rule``); on text, the model fitted on pages with known truth (``group_model.START_TREES``) has the
    last word, as for ``_runs_on_here``."""
    if geo or not M.START_TREES or pl[i].col > MODEL_MAX_COLUMN:
        return rule
    if rule and _SENTENCE_INSIDE.search(pl[i].text):
        # a sentence ends inside the line and another begins (抓发展是最强音和主旋律。当): text, never a heading
        # line (the seed page's line, read as one by the deeper start model of the sixteenth session)
        return rule
    if rule and _exclaimed_over_opening(pl, i):
        return False
    if pl[i].first_char in _ENUMERATED_FIRST and _ENUMERATED.match(pl[i].text):
        return True  # 三是持续增创体制: an item of a list in the text (``_ENUMERATED``), never a heading line
    if _pushed_first_line(pl, i):
        return True
    threshold = START_THRESHOLD if len(pl) >= SHORT_PAGE_LINES else SHORT_PAGE_START_THRESHOLD
    return _start_logit(start_features(pl, i, rule)) > threshold


def _dash_cut(text: str) -> bool:
    """``text`` ends on half a dash: the ——, one mark of two cells, broken at the line's end (print sets one 一 at the
    end of a full line and the other at the next line's start; a single — is no mark of Chinese text)."""
    t = text.rstrip()
    return t.endswith("—") and not t.endswith("——")


_PUSH_OPENERS = frozenset("“‘（《「『〈【(")
_PUSH_TAIL = frozenset("，。、；：！？”’）》」』…—,.;:!?)")
_PUSH_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.,:%-][A-Za-z0-9%]+)*%?")
_ITEM_OPENS = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]")


def _lead_token_cells(text: str) -> float:
    """Cells of what opens ``text`` and cannot be parted from it at a line's end: opening marks with the character
    after them, a figure or Latin word whole, and the marks no line opens on after it (机……, 年。)."""
    t = text.lstrip()
    k = 0
    while k < len(t) - 1 and t[k] in _PUSH_OPENERS:
        k += 1
    m = _PUSH_TOKEN.match(t, k)
    end = m.end() if m else k + 1
    cells = k + (0.5 * (m.end() - k) if m else 1.0)
    while end < len(t) and t[end] in _PUSH_TAIL:
        cells += 1.0
        end += 1
    return cells


def _pushed_first_line(pl: list[PLine], i: int) -> bool:
    """Line ``i`` is a paragraph's first line cut short because what opens the next line could not be parted and
    did not fit (在此前落幕的台湾 / 2020年选举中…, 军机、客机、货 / 机……各种机型紧急降): on text that sets paragraphs
    apart with blank lines and none under it.  Where no blank lines part paragraphs, only before a figure or a Latin
    word, under a line ending on a character (年末全国大陆总人口 / 140005万人，比上年末增加; not before a date, 2019年…,
    which a paragraph's first line opens on as often: on the ten development folders 8 pages better, 2 worse)."""
    if i + 1 >= len(pl):
        return False
    p, nxt = pl[i], pl[i + 1]
    if nxt.blank_before or p.ends_sentence or p.width >= p.col - 2.25 or nxt.width < nxt.col - 1.5:
        return False
    if _ITEM_OPENS.match(nxt.text):
        return False  # (the next line opens an item of its own: 中国粮食安全成就 / （一）粮食产量稳步增长, a contents list)
    return p.width + _lead_token_cells(nxt.text) > p.col - 2 + 0.01 and (
        _blanks_near(pl, i) >= COLON_BLANKS
        or nxt.first_char.isascii()
        and nxt.first_char.isalnum()
        and "\u4e00" <= p.last_char <= "\u9fff"
        and _OPENS_ON_DATE.match(nxt.text) is None
    )


def _cut_short_by_a_figure(pl: list[PLine], i: int, last: PLine) -> bool:
    """Line ``i``, under a paragraph's first line (two cells short, no stop), stops short only because the figure or
    Latin word that opens the next line did not fit (对漠视侵害群众利益问题进行集中 / 整治，全国共查处9.80万起，处理 /
    13.01万人。…): no first line of its own, so the paragraph goes on (the line-break model had read two first lines;
    on the ten development folders 3 pages better, none worse; check and held-out 7 better)."""
    if i + 1 >= len(pl):
        return False
    cur, nxt = pl[i], pl[i + 1]
    return (
        abs(last.width - (last.col - 2)) < 0.25
        and not last.ends_sentence
        # (a figure or a Latin word: with a CJK character pushed down before its marks too, 人…… , 4 better, 12 worse)
        and nxt.first_char.isascii()
        and cur.width + _lead_token_cells(nxt.text) > cur.col + 0.01
    )


def _exclaimed_over_opening(pl: list[PLine], i: int) -> bool:
    """Line ``i`` is a short exclamation or question of its own (“为中国加油！”, 如何使用酒精居家消毒？) right over the line
    that opens an article (its dateline or byline) or over its ——subtitle, or under a kicker leading into it with a
    dash: the article's
    title, whatever its stop says.  (The start model reads a line ending a sentence as text: it never saw a headline
    ending on one over an opening, as ``_openings_ahead`` leaves such lines out.  On the 2020 check pages, 11 pages
    gain and one loses: a feature's profiles, 姓名—— / “…！” / 本报记者 X, each read as an article.)"""
    p = pl[i]
    if p.last_char not in "！？”’" or len(p.text) > EXCLAIMED_TITLE_CHARS or i + 1 >= len(pl):
        return False
    if not _EXCLAIMED_END.search(p.text) or _SENTENCE_INSIDE.search(p.text):
        return False
    # (or under a kicker that leads into it, 武汉五位社区党委书记夜以继日奋战一线—— / 为了千家万户平安，值！, or over its
    # ——subtitle, 疫情防控，人民有力量！ / ——实地探访荆门市抗击疫情工作, set apart or with no stop inside: a paragraph may
    # open on a dash too, 那为什么还要种呢？ / ——西藏是中国、南亚、…)
    nxt = pl[i + 1].text
    subtitle = nxt.startswith("——") and len(nxt) >= 6 and (pl[i + 1].blank_before or _headline_shaped(nxt))
    return opens_dateline(pl, i + 1) or P.is_byline(nxt) or subtitle or i > 0 and pl[i - 1].text.endswith("——")


EXCLAIMED_TITLE_CHARS = 16
# 一是…, 二是…: an item of a list in running text (人民日报 2019–2020: 763 paragraphs open so, no kicker, title, subtitle
# or subhead)
_ENUMERATED = re.compile(r"^[一二三四五六七八九十]是[\u3400-\u9fff“《]")
_ENUMERATED_FIRST = frozenset("一二三四五六七八九十")
_EXCLAIMED_END = re.compile(r"[！？][”’]?$")


def _headline_shaped(t: str) -> bool:
    """A line that is one quotation (``“…”``) or a ——line, with no punctuation inside."""
    if t.startswith("——"):
        inner = t[2:]
    elif t.startswith("“") and t.endswith("”"):
        inner = t[1:-1]
    else:
        return False
    return len(inner) >= 4 and _INNER_MARK.search(inner) is None


# a line saying only who said the quotation above it, 贡觉曲珍说。, 京东数科首席经济学家沈建光表示。, 习近平总书记问。: the end of
# the quotation's paragraph (人民日报 2019–2020: 3,810 paragraphs end on a closing quotation mark and such words, none is
# such words alone after a paragraph ending on the mark)
_SAID_LINE = re.compile(
    r"[^，。！？“”：；]{2,25}(?:说|表示|(?<![访慰询提疑学顾审质])问|介绍|坦言|感慨|告诉记者|答道|说道|补充道)。"
)
_FIGURE_LABEL = re.compile(r"图[①②③④⑤⑥⑦⑧⑨⑩\d]{1,2}[：:]")
# a bracketed note on the word before it, an ethnicity (（维吾尔族）), a woman's name (（女）), an abbreviation (（ONS）), an
# age (（7岁）): in 人民日报 2019–2020 505 follow a character inside a paragraph, none opens one
_ANNOTATION = re.compile(r"[（(](?:[\u4e00-\u9fff]{1,5}族|女|[A-Z][A-Za-z0-9]{1,9}|\d{1,3}岁)[）)]")
_INNER_MARK = re.compile(r"[，。、；：！？“”,.;:!?]")


def _runs_on_here(pl: list[PLine], i: int, para: Unit, rule: bool, closed: bool, geo: bool) -> bool:
    """Does line ``i`` run on in ``para``?  The rules answer (``rule``); on text, the line-break model
    fitted on pages with known truth (``group_model.PAIR_TREES``) reads their answer with its cues and
    has the last word, but for a word of the dictionary broken across the break (``_broken_word_goes_on``:
    asked only where the rest say the paragraph ends, the segmenter being the dearer test)."""
    if pl[i].first_char == "—" and _dash_cut(para.lines[-1].text):
        return True  # (…护士张宏淼（土家族）— / —: a dash broken at the line's end goes on, whatever follows it)
    if pl[i].sure_start:
        return False  # (a paragraph's kept indent: one opens here)
    if not geo and pl[i].first_char in _BULLETS:
        return False  # (a bulleted item opens a paragraph of its own, whatever the line above: see ``_BULLETS``)
    if not geo and _item_under_clause_end(para.lines[-1], pl[i]):
        return False
    if not geo and pl[i].first_char == "…" and not pl[i].text.strip("… "):
        # …… alone: a break in the story, a paragraph of its own (人民日报 2019–2020: 108), never the end of the line
        # above, as no line opens on a mark (print pushes a character down with it)
        return False
    if not geo and _source_note_ended(para, pl[i]):
        return False
    if (
        not geo
        and pl[i].blank_before
        and para.lines[-1].last_char in "：:"
        and _opens_under_colon(pl, i, para.lines[-1])
    ):
        return False
    if (
        not geo
        and pl[i].first_char in "（("
        and "\u4e00" <= para.lines[-1].last_char <= "\u9fff"
        and _ANNOTATION.match(pl[i].text) is not None
    ):
        return True  # (乃依木·亚森 / （维吾尔族）…: a name's or a word's annotation goes on, see ``_ANNOTATION``)
    if not geo and para.lines[-1].last_char in "”’" and _SAID_LINE.fullmatch(pl[i].text.replace(" ", "")) is not None:
        return True  # (“…当成自己人！” / 贡觉曲珍说。: who said the quotation closes its paragraph, see ``_SAID_LINE``)
    if closed and not geo and (_first_line_with_figures(pl, i) or _first_line_under_wider(pl, i)):
        return False
    return _rules_or_model_run_on(pl, i, para, rule, closed, geo) or (
        not geo and not closed and (_broken_word_goes_on(para, pl[i]) or _unit_goes_on(para.lines[-1], pl[i]))
    )


def _wider_second_line(last: PLine, p: PLine) -> bool:
    """``p``, wider than its column, right under a paragraph's first line ``last`` that fills the column (or all but its
    lost indent) and closes nothing: the paragraph's second line in a column wider than measured (a caption's lines
    across a photo, a column whose measure lags the page's), not a headline across columns.  A headline printed after
    a body is set off by a blank line, and the lines it follows close what is above them: a dateline (（新华社北京5月
    9日电）), a credit (版式设计：蔡华伟, 徐驭尧 焦宏涛摄影报道), a source.  On the ten development folders such second
    lines without a blank were read as headlines 103 times; 102 of them go on in their paragraph."""
    t = last.text.rstrip()
    return (
        not p.blank_before
        and last.width >= last.col - 2.5
        # (nor a note's or a bracket's line, but an item's first line: （四）对所受处理、处 / 分不服的，…)
        and (last.first_char not in "（(【[" or _ITEM.match(t) is not None)
        # (nor a line holding a colon, a label's, but a figure's label opening a caption: 图②：北京延庆世园会 / 园区，…; in
        # 人民日报 2019–2020 190 captions open so, 4 end on no stop, a credit)
        and ("：" not in t or _FIGURE_LABEL.match(t) is not None and t.count("：") == 1)
        and not t.endswith(("摄", "报道", "】"))
        # (and reads as running text: a clause's comma or stop, or a dateline; a headline's two lines broken
        # mid-word, 习近平对新型冠状病毒感 / 染的肺炎疫情…, have neither)
        and (not _INNER.isdisjoint(t) or not _INNER.isdisjoint(p.text) or P.DATELINE.match(t) is not None)
    )


def _first_line_with_figures(pl: list[PLine], i: int) -> bool:
    """Under a finished sentence, line ``i`` stops a cell and a half to two cells short of its column on a CJK
    character or a comma, and the line under it fills the same column from a CJK character: a paragraph's first
    line that lost its indent, its figures measured at half a cell each (``1995年5月16日20时许，闻建生、`` /
    ``温郡权和同事…``, ``截至1月15日，靖西市搬迁集中安置`` / ``点康城社区…``).  A line inside a paragraph stops short
    only before what could not open the next line or fit in it (a mark, a figure, a Latin word); the line-break
    model, reading the width at half a cell too long, ran such first lines on.  On the ten development folders
    (4,235 pages) 53 such lines open a paragraph and 4 run on, two of them across a word (不 / 行, 机器 / 人).
    So does such a line a cell short on a comma or a pause hung past the edge (``…提供支持。`` / ``2月2日16时34分，历经
    23小时、`` / ``横跨粤湘鄂三省…``), which ``_hung_first_line`` leaves alone, figures measured too roughly there: 79 such
    lines open a paragraph on the folders, 4 run on (two with a space after a mark, one inside a bracket: left out)."""
    cur = pl[i]
    nxt = pl[i + 1] if i + 1 < len(pl) else None
    short = cur.col - cur.width
    if nxt is None or cur.blank_before or nxt.blank_before:
        return False
    if not (
        1.5 <= short < 2.25
        or 0.75 <= short < 1.25
        and cur.last_char in "，、；："
        and _DIGIT.search(cur.text) is not None
        and " " not in cur.text.strip()
        and not _unbalanced(cur.text)
    ):
        return False
    return (
        ("\u4e00" <= cur.last_char <= "\u9fff" or cur.last_char in "，、")
        and "\u4e00" <= nxt.first_char <= "\u9fff"
        and abs(nxt.col - cur.col) < 0.5
        and nxt.width >= nxt.col - 0.5
        and _LATIN.search(cur.text) is None
        and _LATIN.search(nxt.text[:3]) is None
        and _SENTENCE_END.search(cur.text) is None  # (a sentence ended inside it: a list's lines run together)
        and not crosses_word(cur.text, nxt.text)
    )


_ASCII_TEXT = re.compile(r"[ -~]")
_OPENS_ON_DATE = re.compile(r"(?:[自从在于]|截至 ?)?(?:\d{4} ?年|\d{1,2} ?月(?: ?\d{1,2} ?日)?|\d{1,2} ?日，)")
# a line opening on figures (a date, a year), with no others after its first comma and no Latin letter
_OPENS_ON_FIGURES = re.compile(r"(?:[\u4e00-\u9fff]{1,2} ?)?\d[\d \u4e00-\u9fff]*(?:[，、][^ -~]*)?$")


def _first_line_under_wider(pl: list[PLine], i: int) -> bool:
    """Under a finished sentence, line ``i`` stops on a CJK character or a pause exactly two cells narrower than the
    line under it (that line's hung mark left out), both set in CJK alone: a paragraph's first line that lost its
    indent, in a column wider than the page's running measure says (the measure lags where the columns change width,
    and the first line then reads as full: ``…入户调查。`` / ``在防控疫情的严峻斗争中，成都市各`` / ``级党组织和…``).
    Inside a paragraph a line is as wide as the line under it, whose mark alone may hang past it; the column changes
    width between the two only at a column's foot, where the words then run on across the break (``…感受到上海的`` /
    ``变化，…``, ``…威胁他人`` / ``的人，…``)."""
    cur = pl[i]
    nxt = pl[i + 1] if i + 1 < len(pl) else None
    if nxt is None or cur.blank_before or nxt.blank_before:
        return False
    below = nxt.width - (1.0 if nxt.last_char in _HANGS else 0.0)
    return (
        1.75 <= below - cur.width <= 2.25
        and "\u4e00" <= cur.first_char <= "\u9fff"
        and ("\u4e00" <= cur.last_char <= "\u9fff" or cur.last_char in "，、")
        and cur.last_char not in _DANGLING
        and nxt.first_char not in _CLOSES_PHRASE
        and _ASCII_TEXT.search(cur.text) is None
        and _ASCII_TEXT.search(nxt.text) is None
        and not crosses_word(cur.text, nxt.text)
    )


def _first_line_after_unfinished(pl: list[PLine], i: int) -> bool:
    """After a blank, line ``i`` (not the first) stops two cells short of its column (up to a cell more or less: its figures are
    measured roughly) on a CJK character or a pause, the line under it fills the column, and the line above the
    blank reaches the column, or all but a first line's indent, on a CJK character with no stop: a paragraph's first
    line under a subhead or lead set in the body's size (…“驻”的优势 / blank / “经中央纪委国家监委同 / 意，…).  Across a
    column's jump a paragraph goes on in a full line, not in one stopping short while the text runs on under it.
    ``_runs_on`` leaves such a line to the loop, where the line-break model ends the paragraph (as for
    ``_first_line_below_blank``, which asks a comma in the line): on the ten development folders 31 pages read
    better, none worse."""
    cur, last = pl[i], pl[i - 1]
    nxt = pl[i + 1] if i + 1 < len(pl) else None
    return (
        cur.blank_before
        and nxt is not None
        and not nxt.blank_before
        and last.width >= last.col - 2.5
        and cur.col - 3.25 <= cur.width <= cur.col - 1.25
        and nxt.width >= nxt.col - 1.5
        and _is_cjk(last.last_char)
        and last.last_char not in _DANGLING
        and (_is_cjk(cur.last_char) or cur.last_char in "，、")
        and cur.first_char not in _CLOSES_PHRASE
        # (figures only as a first line opens with them, a date or a year: 2008年，…, 自20世纪80年代以来…; inside the line
        # they and Latin words are measured too roughly to say it stops short)
        and (_ASCII_TEXT.search(cur.text) is None or _OPENS_ON_FIGURES.match(cur.text) is not None)
        and _is_cjk(nxt.first_char)
        and not _unbalanced(last.text)
        and not crosses_word(last.text, cur.text)
    )


def _source_note_ended(para: Unit, line: PLine) -> bool:
    """Names under a source note whose source is set (数据来源：保亭县委宣传部 / 董蓓洋 徐莉霞) sign the page: they are no
    part of the source (the models ran them on in 8 of 103 source notes of the 1,335 raw-style pages, a name's
    characters read as words going on).  Names set apart by spaces never go on an organisation's name; one name alone
    does where the line above fills the column (…扶贫开发办 / 公室)."""
    last = para.lines[-1]
    return (
        para.lines[0].first_char in P.SOURCE_NOTE_FIRST
        and P.SOURCE_NOTE.match(para.text) is not None
        and last.last_char not in "：:"
        and (P.is_names_line(line.text) or P.is_single_name(line.text) and not last.full())
    )


COLON_BLANKS = 4  # lines after a blank among the 30 around: pdfminer-style text (pdftotext: 0–2)


def _opens_under_colon(pl: list[PLine], i: int, last: PLine) -> bool:
    """Under a full line ending on a colon and a blank, a line short of the column opens a paragraph (a speaker's
    name, 澳中关系研究院院长鲍勃·卡尔：, over what was said) where the extractor sets paragraphs apart with blank lines
    (``_blanks_near``): a colon promises more, but a column's jump goes on with a full line.  (On pdfminer-style
    pages of the folders, 51 of 52 such places open a paragraph; where blank lines fall at column chunks only,
    pdftotext, 1 of 4.)"""
    cur = pl[i]
    return last.full() and cur.width <= cur.col - 1.5 and _blanks_near(pl, i) >= COLON_BLANKS


def _colon_line_goes_on(pl: list[PLine], i: int, last: PLine) -> bool:
    """A short line ending on a colon right under a full line that ended a sentence, no blank between, where blank
    lines set paragraphs apart (…的署名文章。 / 文章如下：, …工作报告。 / 摘要如下：): the paragraph's last line, leading in
    to what follows (on the pdfminer-style development and check folders 7 such lines end a paragraph in the records,
    1 is one of its own)."""
    cur = pl[i]
    return (
        not cur.blank_before
        and cur.last_char in "：:"
        and last.ends_sentence
        and last.full()
        and not cur.first_full()
        and not P.is_single_name(cur.text.strip()[:-1])  # (冯胜明： over a section's subhead: the heading's lead-in)
        and _blanks_near(pl, i) >= COLON_BLANKS
    )


def _names_under_source(pl: list[PLine], i: int) -> bool:
    """For ``_runs_on``: line ``i`` is names under the first line of a source note (``_source_note_ended`` decides)."""
    return P.is_names_line(pl[i].text) and P.SOURCE_NOTE.match(pl[i - 1].text) is not None


def _rules_or_model_run_on(pl: list[PLine], i: int, para: Unit, rule: bool, closed: bool, geo: bool) -> bool:
    """``_runs_on_here`` by the rules and the line-break model alone.  With geometry the rules stand: the indent
    is measured there."""
    last, cur = para.lines[-1], pl[i]
    if (
        not geo
        and not closed
        and len(para.lines) == 1
        and last.first_char in _ENUMERATED_FIRST
        and _ENUMERATED.match(last.text)
        and not last.ends_sentence
        and last.last_char not in "：:；;"
        and not cur.heading_size
    ):
        # 三是持续增创体制 / blank / 机制新优势。…: an item of a list goes on to its sentence's end, across a column's jump
        return True
    if not geo and _pushed_first_line(pl, i - 1):
        return True  # (a line cut short by what opens this one: 在很多人看来， / “8844.43米”只是…)
    if not geo and _colon_line_goes_on(pl, i, last):
        return True
    if not geo and _cut_short_by_a_figure(pl, i, last):
        return True
    if geo or not M.PAIR_TREES or not rule and not last.first_full() or cur.col > MODEL_MAX_COLUMN:
        return rule  # (nor does it carry a paragraph on from a short line: trees do not extrapolate)
    if _first_line_under_colon(pl, i, last):
        return False
    if (
        rule
        and not closed
        and len(para.lines) == 1
        and last.first_char == "第"
        and last.last_char not in "：:"  # (第八条 考核采取以下步骤： / （一）…: its items are paragraphs)
        and _LAW_ARTICLE.match(last.text)
    ):
        return True  # (an article of rules goes on from its first line: the model never saw one read a cell short)
    if closed and not rule and not cur.ascii and (cur.wide() or cur.blank_before and cur.width > last.col + 2):
        # a line wider than the column (its own or the paragraph's) under a finished paragraph: a
        # headline across columns; a sentence goes on in a column of the same width (digits and Latin,
        # set proportionally, are measured too roughly to tell)
        return False
    if rule and closed and _second_line_width(pl, i, last):
        return True
    if rule and closed and _hung_first_line(pl, i) and not _unbalanced(para.text):
        return False  # (a quotation still open goes on: “…紧密相连。 / 在经济全球化时代，…)
    if rule and not closed and cur.col - 2.25 < cur.width < cur.col - 0.75:  # (two cells short, or one: asked first)
        if _first_line_under_first_line(pl, i, last):
            return False
        if _unit_ends_over_hung_first_line(pl, i, last) and not _unbalanced(para.text):
            return False
        if _short_heading_over_first_line(pl, i, last) and not _unbalanced(para.text):
            return False
    if rule and not closed and last.last_char in "，、" and last.width >= last.col - 3 and not cur.blank_before:
        return True  # (a paragraph does not end on a comma: with no blank line between, the rules' run-on stands)
    if closed and not rule and cur.blank_before and _headline_shaped(cur.text):
        # a whole quotation or a ——line with no stop inside, after a blank under a finished paragraph: a
        # headline printed after its body (“中国将取得更多创新成果” / ——访…), no sentence going on
        return False
    if rule and not closed and cur.blank_before and crosses_word(last.text, cur.text):
        # a word broken across a blank line (重庆市 / blank / 委网信办): a column jump inside the paragraph, as
        # the rules say (right at 838 of 844 such places of generated pages; the seed page's, the deeper
        # pair model of the sixteenth session read as a paragraph's end)
        return True
    if not last.full() and (
        rule
        and not closed
        and not cur.blank_before
        and (cur.full() or cur.ends_sentence)
        or not rule
        and closed
        and not cur.full()
        and not cur.ends_sentence
    ):
        # where the model agrees with the rules (on 15,000 such places of generated pages it never
        # differed): four line pairs in five, not asked (why: it costs a tenth of a millisecond a page each)
        return rule
    # (where ``_runs_on`` left a line to the loop (``_indent_after_short``), the model, not fitted on such places,
    # breaks the paragraph only when surer of it: on the 2020 check pages without blank lines, 11 errors at
    # log-odds -1 against 19 at even odds, of 184)
    threshold = INDENT_AFTER_SHORT if rule and not closed and _indent_after_short(last, cur) else 0.0
    return _pair_logit(pair_features(pl, i, para, rule, closed)) > threshold


INDENT_AFTER_SHORT = -1.0


_HANGS_OR_CUT = _HANGS | {"…", "—"}  # (an ellipsis or a dash is never cut in two: the line before it may stop short)


def _second_line_width(pl: list[PLine], i: int, last: PLine) -> bool:
    """Line ``i``, right under a full line, is one cell short and ends on no mark hung past the edge, and the
    line under it goes on in the column: no paragraph's first line (those are two cells short, or one with a
    mark hung), so the sentence's end above fell at the column's edge and the paragraph goes on."""
    cur = pl[i]
    # (a line holding figures too: where it measures exactly a cell short, 2019年城镇新增就业 under …保持稳定。, the
    # half cells of its digits are no rough guess; on the ten development folders 3 pages better, none worse)
    if cur.blank_before or abs(cur.width - (cur.col - 1)) >= 0.25 or cur.last_char in _HANGS_OR_CUT:
        return False
    nxt = pl[i + 1] if i + 1 < len(pl) else None
    return (
        last.full()
        and abs(last.col - cur.col) < 1
        and nxt is not None
        and not nxt.blank_before
        and abs(nxt.col - cur.col) < 1
        and (nxt.full() or nxt.ends_sentence)
        # (and the lines around fit the column as measured: one wider says the measure is off by a cell)
        and last.width <= last.col + (1.0 if last.last_char in _HANGS else 0.5)
        and nxt.width <= nxt.col + (1.0 if nxt.last_char in _HANGS else 0.5)
    )


_SPACED_AFTER_MARK = re.compile(r"[，。、；：！？）”] ")


def _hung_first_line(pl: list[PLine], i: int) -> bool:
    """Line ``i`` stops one cell short of its column on a comma, a pause or a colon, hung past the two cells of a
    first line's lost indent, and the line under it opens on a CJK character: a paragraph's first line.  (A line
    inside a paragraph stops there only when what follows could not: a figure or Latin word too wide, an opening
    mark never left at a line's end, or a character pushed down before two closing marks, each opening the next
    line.)"""
    cur = pl[i]
    nxt = pl[i + 1] if i + 1 < len(pl) else None
    return (
        nxt is not None
        and cur.last_char in "，、；："
        and not cur.blank_before  # (the line under it may follow a blank: a column's jump, pdftotext)
        # (figures measured exactly too, 在2019年度国家科技奖中，: on the ten development folders 49 pages better, 1
        # worse; not where a space follows a mark, 据不完全统计， 截至2月5日，, the extractor's, which the measure leaves out)
        and (not cur.ascii or _SPACED_AFTER_MARK.search(cur.text) is None)
        and abs(cur.width - (cur.col - 1)) < 0.25
        and abs(nxt.col - cur.col) < 1
        and "\u4e00" <= nxt.first_char <= "\u9fff"
        and nxt.text[1:2] not in _HANGS_OR_CUT
        and (nxt.full() or nxt.ends_sentence)
        # (and a line near it fills the column as measured with no mark hung: a short column measured by its
        # hung marks, a cell too wide, makes every full line a cell short)
        and any(
            abs(q.width - q.col) < 0.25 and q.last_char not in _HANGS and not q.ascii and abs(q.col - cur.col) < 1
            for q in pl[max(0, i - 8) : i + 9]
        )
    )


def _ends_unfinished_at_edge(last: PLine, cur: PLine) -> bool:
    """``last``, in ``cur``'s column, ends on a CJK character with no stop, and is full or two cells short itself (the
    end of a subhead set in the body's size, 突出首要任务，保障文化安全, or of a paragraph's first line)."""
    return (
        abs(last.col - cur.col) < 1
        and (
            abs(last.width - (last.col - 2)) < 0.25
            and "\u4e00" <= last.first_char <= "\u9fff"
            or last.full()
            and last.width <= last.col + 0.5
        )
        and "\u4e00" <= last.last_char <= "\u9fff"
    )


def _short_heading_over_first_line(pl: list[PLine], i: int, last: PLine) -> bool:
    """``last`` stops short of its column by a first line's indent or more, and line ``i`` under it is a paragraph's
    first line whose closing mark hangs past the indent (``_hung_first_line``) or that ends a sentence two cells short
    over a full line (``_stopped_first_line``): no paragraph's line over its second stops so short, so the unit ends
    at ``last`` and a paragraph opens at line ``i`` — under a subhead (把制度与治理有机统一起来 / 坚持和发展中国特色
    社会主义， / 离不开制度…; 让它变得更肥沃 / 又是一年春耕时。), or under a paragraph ending with no stop
    (…把精文减会的效果转变为贯彻落实的动能 / “中央层面继续发挥…)."""
    cur = pl[i]
    return (
        last.width <= last.col - 1.5
        and not opens_dateline(pl, last.at)  # (本报讯 （记者陆眉）武汉雷神山医院: a dateline's first line)
        # (opening on a CJK character or a quote: not （法国）罗 梁, an author's line, nor ●增绿，促生态修复, a bulleted
        # paragraph, which 人民日报 keeps as text)
        and ("\u4e00" <= last.first_char <= "\u9fff" or last.first_char in "“《")
        and not crosses_word(last.text, cur.text)  # (由欧洲疾病预防与控制中心和世卫 / 组织…: a word goes on)
        and (
            _hung_first_line(pl, i)
            # (over a first line ending a sentence, a line two cells short may be a paragraph's first line itself,
            # ``i`` its last: 这也宣告了她新的 / 生活方式的开始。 in a narrow column, a pull quote's full line under it)
            or _stopped_first_line(pl, i)
            and abs(last.width - (last.col - 2)) >= 0.25
        )
    )


def _stopped_first_line(pl: list[PLine], i: int) -> bool:
    """Line ``i`` is two cells short of its column and ends a sentence there (又是一年春耕时。), and the line under it
    fills the column: not a paragraph's last line (the full line under it would then open the next paragraph, and
    no first line reaches the column), so a paragraph's first line."""
    cur = pl[i]
    nxt = pl[i + 1] if i + 1 < len(pl) else None
    return nxt is not None and abs(cur.width - (cur.col - 2)) < 0.25 and cur.last_char in "。！？" and nxt.full()


def _unit_ends_over_hung_first_line(pl: list[PLine], i: int, last: PLine) -> bool:
    """``_hung_first_line`` under a line that ends unfinished at the column's edge or two cells short: the end of a
    subhead over its section's first line."""
    return _ends_unfinished_at_edge(last, pl[i]) and _hung_first_line(pl, i)


def _first_line_under_first_line(pl: list[PLine], i: int, last: PLine) -> bool:
    """Line ``i`` is two cells short of the column, as a paragraph's first line is, with a full line under it, and
    the line above it (``last``) is full, or two cells short itself: a paragraph's lines but its last reach the
    column, so line ``i`` opens a paragraph and ``last`` ends its unit (a subhead set in the body's size,
    突出首要任务，保障文化安全, over its section's first line)."""
    return _ends_unfinished_at_edge(last, pl[i]) and _first_line_shaped(pl, i)


def _first_line_shaped(pl: list[PLine], i: int) -> bool:
    """Line ``i``, under no blank, is exactly two cells short of its column, opens on a CJK character (or on “ or 《:
    “为有牺牲多壮志，敢教日月) and ends on one (or on ， or 、) with no stop, and the line under it reaches the column and opens on
    one: only a paragraph's first line stops two cells short with the paragraph going on (print pushes a character
    down before two closing marks, a cell; a figure or a Latin word that does not fit goes down whole, but then the
    next line opens on it).  A line opening on figures (a date, a year: ``_OPENS_ON_FIGURES``) is measured roughly,
    and is so shaped one to three cells short."""
    cur = pl[i]
    nxt = pl[i + 1] if i + 1 < len(pl) else None
    return (
        nxt is not None
        and not cur.blank_before
        # (the line under it may follow a blank where blanks mark column chunks only, pdftotext: a column's jump;
        # where they mark paragraphs, pdfminer, the blank ends it: 保障人民权利，在“民”与 / “法”之间彰显为民情怀 / blank)
        and (not nxt.blank_before or _blanks_near(pl, i) < COLON_BLANKS)
        and (
            abs(cur.width - (cur.col - 2)) < 0.25
            and not cur.ascii  # (digits and Latin, set proportionally, are measured too roughly to tell)
            and ("\u4e00" <= cur.first_char <= "\u9fff" or cur.first_char in "“《")
            or cur.ascii
            and cur.col - 3.25 <= cur.width <= cur.col - 1.25
            and _OPENS_ON_FIGURES.match(cur.text) is not None
        )
        and abs(nxt.col - cur.col) < 1
        # (or on a pause, ， or 、: a line breaking inside a paragraph would have taken the two cells' character;
        # “习近平总书记指出， under a subhead set in the body's type, 保护和高质量发展国家战略: on the ten development
        # folders 13 pages better, 1 worse; with ； and ： too, 4 more worse)
        and ("\u4e00" <= cur.last_char <= "\u9fff" or cur.last_char in "，、")
        and "\u4e00" <= nxt.first_char <= "\u9fff"
        # (怎么可能安心在家休 / 假？！”: pushed down before its marks, three cells that two could not hold; one mark,
        # 略，, fits the two: 实行更加积极主动的开放战 / 略，全面对接… is a first line, where the line above it reaches the
        # column, so that it is measured exactly two cells short — on the seed page, lines a cell short and lines a
        # cell over stand side by side, 扣党的二十大报告原文，从 / 党的二十大主题和主要成 / 果、…; 12 development pages
        # better, none worse)
        and not (
            nxt.text[1:2] in _HANGS_OR_CUT
            and (nxt.text[2:3] in _HANGS_OR_CUT or i == 0 or pl[i - 1].width < pl[i - 1].col - 0.25)
        )
        and " " not in cur.text
        and nxt.full()
        and nxt.width <= nxt.col + (1.0 if nxt.last_char in _HANGS else 0.5)
    )


# a note closing its paragraph, under the paragraph's last sentence: （见图8）, （见表4）, （讲话全文见第二版）, （致辞全文
# 另发）, or two on one line (（见表1）（见图5）): in 人民日报 the last words of their paragraph 50 times, a paragraph of their
# own twice (a document's, （《条例》全文见第十五版）, is left alone); the figure's number maybe set apart by the stray space
# pdftotext leaves between a character and a digit (（见图 10）)
_NOTE_TAIL = re.compile(
    r"(?:[（(](?:见[图表] ?[\d一二三四五六七八九十]+|[\u4e00-\u9fff]{0,4}全文(?:见第.{1,3}版|另发))[）)])+$"
)


def _broken_word_goes_on(para: Unit, cur: PLine) -> bool:
    """Text: a paragraph's line that reaches its column (a first line two cells short of it) and ends inside a
    word of the segmenter's dictionary goes on in the line under it, with no blank between (连岛中 / 心渔业码头,
    深入人 / 心), whatever the line model or that line's width says.  Only in body text: a line after the
    paragraph's first, or a first line holding a comma; a headline's lines, which may make a word across by
    chance (系统新 / 长征…, 万卫 / 星代表…), seldom do."""
    last = para.lines[-1]
    return (
        not cur.blank_before
        and (len(para.lines) >= 2 or "，" in last.text)
        and last.first_full()
        and not last.wide()
        and crosses_dictionary_word(last.text, cur.text)
    )


_LAW_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条[\s\u3000]")


def reflow(lines: list[Line]) -> tuple[list[Unit], list[str]]:
    """Group lines into units (paragraphs, heading lines, bylines, …); return them and the furniture."""
    pl, furniture = _features(lines)
    _column_widths(pl)
    _size_cues(pl)
    _indent_cues(pl)
    # With geometry (PDF, OCR) the indent is measured, not guessed: body lines continue the open
    # paragraph unless they start two cells in.
    geo = len(pl) - [p.geo_first for p in pl].count(None) > 0.5 * max(1, len(pl))  # (lines with the cue)
    runs_on = [False] * len(pl) if geo else _runs_on(pl)
    units: list[Unit] = []
    para: Unit | None = None
    source_open = False  # the last line was 数据来源： — the source's name is the next line, whatever the gap
    for i, p in enumerate(pl):
        if source_open and para is not None and len(p.text) <= 20:
            para.append(p)
            source_open = False
            continue
        source_open = False
        if p.first_char == "—" and not geo and P.GENRE_DASH.match(p.text):
            # ——…闭幕侧记, ——…“两会时间”②: a headline's subtitle, a line of its own, whatever its width says
            para = None
            units.append(Unit("heading", [p], p.blank_before))
            continue
        if para is not None and runs_on[i]:
            para.append(p)  # the middle of a paragraph, which every check below would append: see _runs_on
            continue
        if para is not None and not p.blank_before and p.first_char in "（(" and _NOTE_TAIL.match(p.text):
            para.append(p)  # 。 / （见图13）: the paragraph's note on its figure or on a speech printed in full
            continue
        if para is not None and not geo and not p.blank_before and _address_goes_on(para.lines[-1], p):
            para.append(p)  # yxxz8494@ / 163.com: an address broken at the column's edge
            continue
        t = p.text
        if p.indented and not geo:
            # text: the extractor kept the space before a line set off-centre or centred (a column's name, a
            # byline), never before a line of body text, which starts at its column's edge
            para = None
        if geo and para is None and units and units[-1].kind == "byline" and _byline_goes_on(units[-1], p):
            units[-1].append(p)  # (geometry: the byline's next line, right under it)
            continue
        if para is not None and geo and p.bold != para.lines[-1].bold and p.src.bbox is not None:
            para = None  # (geometry: a change of weight ends the paragraph — a bold subhead under it)
        if para is not None and geo and not p.heading_size and not p.bold and p.geo_first is not None:
            last = para.lines[-1]
            if (
                not p.geo_first
                and not last.heading_size
                # (记者来到… goes on a sentence; a line of it that fills the column and runs on is text)
                and not (P.is_byline(t) and _para_closed(para) and not _runs_on_below(pl, i))
                and not P.continuation(t)
                and not _set_apart(last, p)
                and not _opens_credit(t, para, geo)
                and not P.is_caption_credit(t)
                and not P.is_names_line(t)
                # 陶怡欢 or （作者为…） under the last sentence
                and not ((P.is_single_name(t) or t.startswith(("（作者", "(作者"))) and _para_closed(para))
            ):
                para.append(p)
                continue
            para = None
        # (the patterns of lines that open a unit of their own are asked only of a line opening on one of their first
        # characters: most do not, and a pattern asked costs more than the test; a text line is stripped, so a marker
        # opens on a bracket)
        first = p.first_char
        if para is not None:
            last = para.lines[-1]
            if (
                first in "（("
                and (P.continuation(t) or t.startswith(("（作者", "(作者")) and not geo and _para_closed(para))
                or p.heading_size
                and not last.heading_size
                # (and nothing goes on from a line that closes an article, （本报努尔苏丹5月14日电）: a headline printed
                # after the body, 哈萨克斯坦启动经济复苏计划, the line models ran on)
                or last.last_char in "）)"
                and P.CLOSING.match(last.text) is not None
            ):
                # (（作者为… under the last sentence, however wide its first line: the closing author note, which
                # the line model, seeing a full line under a full one, ran on)
                para = None
            elif (
                len(para.lines) == 1
                and pl[i - 1] is last
                and not P.DATELINE.match(last.text)
                and opens_dateline(pl, i - 1)
            ):
                para.append(p)  # 本报天津2 月 22 / 日电 （记者…）: a dateline broken before its 电 goes on
                continue
            elif not _para_closed(para) and not (
                last.text.endswith("——") and _new_paragraph(pl, i, len(para.lines) == 1)
            ):
                # a paragraph runs on only from a full line (a column ends full; so does a line mid-paragraph)
                # (an article of rules, 第九条 办理部门对反映的, reads a cell short: the gap after its number is wider in
                # print than the extractor's one space)
                last_full = (
                    (
                        last.first_full()
                        or P.DATELINE.match(last.text)
                        or last.last_char not in "：:"
                        and last.first_char == "第"
                        and _LAW_ARTICLE.match(last.text)
                    )
                    if len(para.lines) == 1
                    else last.full()
                )
                if (
                    not (first in _OPENING_FIRST and P.BYLINE_MARK.match(t) and P.is_byline(t))
                    # (a line wider than the column under a paragraph's first: a headline across columns, unless
                    # a word runs across the break)
                    and not (
                        p.wide()
                        and len(para.lines) == 1
                        and (geo or not _broken_word_goes_on(para, p) and not _wider_second_line(last, p))
                    )
                    and not _opens_credit(t, para, geo)
                    and not opens_dateline(pl, i)  # 新华社电 （记者…） opens a paragraph, whatever came before
                ):
                    rule = bool(
                        last_full
                        or not p.blank_before
                        and (
                            last.width >= last.col - 3
                            or _unbalanced(para.text)
                            or _number_pushed_down(last, p, 2.0 if len(para.lines) == 1 else 0.0)
                            # 放在首 / 位: a word broken at a short line's end
                            or crosses_word(last.text, t)
                            and not P.is_byline(t)
                            and not P.is_names_line(t)
                            and not P.is_single_name(t)
                        )
                    )
                    if _runs_on_here(pl, i, para, rule, False, geo):
                        para.append(p)
                        continue
                    if (
                        not geo
                        and len(para.lines) == 1
                        and para.kind == "paragraph"
                        and p.col - 2.25 < p.width < p.col - 0.75
                        and (
                            _first_line_under_first_line(pl, i, last)
                            or _unit_ends_over_hung_first_line(pl, i, last)
                            and not _unbalanced(para.text)
                            or _short_heading_over_first_line(pl, i, last)
                        )
                    ):
                        para.kind = "heading"  # (a line of its own, unfinished, over a first line: a subhead)
                para = None
            elif not (first in _OWN_FIRST and (_OPENS_OWN.match(t) or opens_dateline(pl, i))) and _runs_on_here(
                pl, i, para, not _new_paragraph(pl, i, len(para.lines) == 1), True, geo
            ):
                # (a dateline, a byline's mark, a credit or a marker after a finished sentence opens a unit of its own,
                # as after an unfinished one: no line-break model's say)
                para.append(p)
                continue
            else:
                para = None
        if first in "（(" and P.continuation(t):
            units.append(Unit("marker", [p], p.blank_before))
        elif (
            (first in P.CREDIT_LABEL_FIRST and P.CREDIT_LABEL.match(t))
            or (_photo_report(t) and not p.bold)
            or (not geo and _contact_line(t))
        ):
            units.append(Unit("paragraph", [p], p.blank_before))  # 制图：X — a line of its own
            if t.endswith(("：", ":")):
                para, source_open = units[-1], True  # 本期统筹： / 杨烁壁: the name is the next line
            elif (
                i + 1 < len(pl)
                and not pl[i + 1].blank_before
                and (p.full() or _ADDRESS_CUT.search(t) or _address_goes_on(p, pl[i + 1]))
            ):
                # (a credit or an address may break at the column's edge: 本版图片来源：人民视 / 觉,
                # 栏目投稿邮箱：yxxz8 / 494@163.com, 栏目投稿邮箱：yxxz8494 / @163.com)
                para = units[-1]
        elif first in P.SOURCE_NOTE_FIRST and P.SOURCE_NOTE.match(t):
            # 数据来源：中国银联 under an article's last paragraph: its source, never a headline (the line
            # model, seeing a short line with no stop, takes it for one)
            para = Unit("paragraph", [p], p.blank_before)
            units.append(para)
            source_open = t.endswith(("：", ":"))
        elif P.is_caption_credit(t):
            units.append(Unit("caption", [p], p.blank_before))
        elif P.NOTES_LABEL.match(t) or P.TAIL_LABEL.match(t):
            # ■记者手记, ■点评, 延伸阅读: the subhead of a section closing the body
            units.append(Unit("heading", [p], p.blank_before))
        elif (first in _SALUTATION_FIRST and _SALUTATION.match(t) or _ADDRESSEE.search(t)) and not p.heading_size:
            # 同志们，朋友们： / 各位代表：: a speech's or a letter's salutation, its own first paragraph (59 body
            # lines of 人民日报, no headline), never a headline over it; so is a letter's addressee (编辑同志：,
            # 比尔·盖茨先生：, 郑州圆方集团全体职工：): no kicker, title or subtitle of 人民日报 ends so
            units.append(Unit("paragraph", [p], p.blank_before))
        elif P.is_byline(t) and not ends_sentence(t) and not (geo and p.geo_first and not p.bold):
            units.append(Unit("byline", [p], p.blank_before))
        elif (P.is_names_line(t) and not (geo and p.heading_size and p.bold)) or (
            geo and P.is_single_name(t) and not (p.bold or p.heading_size or p.geo_first)
        ):  # (geometry: a bold headline-size line is a headline's, even one reading as names: 敦煌 向你)
            units.append(Unit("names", [p], p.blank_before))  # (geometry: one name in a regular-weight line)
        elif p.indented and not geo and P.dateline_authors(t) is None:
            units.append(Unit("heading", [p], p.blank_before))
        elif t.startswith(("（作者", "(作者")) and not geo:
            # （作者为中国驻意大利大 / 使）: the closing author note of the article above, broken over lines
            para = Unit("paragraph", [p], p.blank_before)
            units.append(para)
        elif (
            _opens_here(pl, i, _starts_paragraph(pl, i), geo)
            # 第十三条 纪检监察机关对反: an article of a law or rules opens a paragraph (人民日报: 825 paragraphs open
            # so, no headline; 第一条高速铁路, a kicker, has no space after the number)
            or (first == "第" and _LAW_ARTICLE.match(t) is not None)
            # (a dateline broken at the column edge, 本报天津2 月 22 / 日电 （记者…）, opens its paragraph too)
            or (not p.heading_size and (P.dateline_authors(t) is not None or opens_dateline(pl, i)))
            or (geo and p.geo_first and not p.heading_size and not p.bold)
            # 截至2019年9月30 / 日，累计发送旅客…: a short line whose figure's unit opens a line of body text (a
            # comma or stop in it) is a paragraph's first line, not a subhead (a headline broken after its figure,
            # 核酸检测能力从每天300 / 人份提高到2万人份, has no mark in its second line)
            or (
                not geo
                and i + 1 < len(pl)
                and _unit_goes_on(p, pl[i + 1])
                and ("，" in pl[i + 1].text or "。" in pl[i + 1].text)
            )
        ):
            para = Unit("paragraph", [p], p.blank_before)
            units.append(para)
        else:
            units.append(Unit("heading", [p], p.blank_before))
    units = _second_heading_lines(
        _credited_names_rejoined(
            [
                h
                for u in _rejoin_photo_credits(_rejoin_wrapped_bylines(units))
                for v in _heading_if_unfinished(u)
                for w in _label_apart(v)
                for h in _foreign_author_apart(w)
            ]
        )
    )
    units = _lone_unfinished_lines(units)
    units = _comma_lines_open_paragraphs(
        _paragraphs_among_headings(
            _leads_in_the_column(
                _dash_blocks_in_the_column(_headings_before_datelines(_names_over_dash_subtitles(units)))
            )
        )
    )
    units = _numbered_items_apart(_open_quotes_run_on(_echoed_leads_apart(_lone_leads_read(units))))
    units = _lead_lines_open_paragraphs(_unfinished_tails_apart(units))
    return _unfinished_paragraphs_run_on(_unfinished_heads_open_paragraphs(units)), furniture


# an item's number at a line's start: 2. / （3） / 五、 / （二十一）, not a figure (2.5%)
_ITEM_NUMBER = re.compile(
    r"(?:(\d{1,2})[.．、](?!\d)|（(\d{1,2})）|([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）)"
)
_CN_DIGITS = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}


TAIL_HEAD_CHARS = 22  # a headline over the next article's body, in one or two lines of the column: at most so long


def _unfinished_tails_apart(units: list[Unit]) -> list[Unit]:
    """Lines ending no sentence after a paragraph's last sentence that are a headline (``_headline_tail``) are heading
    lines: text with no blank lines runs a headline into the paragraph above it, whether printed under its own body
    (…光明前景。 / 中共中央台办、国务院台 / 办发言人就台湾地区选举 / 结果发表谈话) or over the next article's.  Only there:
    where blank lines set headlines apart, such lines are a lead's or a paragraph's, running on in the next column."""
    if sum(u.blank_before for u in units[1:]) > 0.02 * len(units):
        return units
    out: list[Unit] = []
    for i, u in enumerate(units):
        k = None
        if u.kind == "paragraph" and not u.lines[-1].ends_sentence:
            k = next((j for j in range(len(u.lines) - 2, -1, -1) if u.lines[j].ends_sentence), None)
        if k is not None and len(u.lines) - k - 1 <= 2 and P.SOURCE_NOTE.match(u.lines[k + 1].text):
            # 数据来源：… run in after the last sentence: a paragraph of its own (the source's), no headline
            out += [Unit("paragraph", u.lines[: k + 1], u.blank_before), Unit("paragraph", u.lines[k + 1 :])]
            continue
        if k is not None and _headline_tail(u.lines[k + 1 :], units[i + 1] if i + 1 < len(units) else None):
            out.append(Unit("paragraph", u.lines[: k + 1], u.blank_before))
            out += [Unit("heading", [ln], ln.blank_before) for ln in u.lines[k + 1 :]]
            continue
        out.append(u)
    return out


def _headline_tail(tail: list[PLine], below: Unit | None) -> bool:
    """Are these lines, ending no sentence after a paragraph's last, a headline?  Two or three over a heading or the
    page's end: on the raw development pages 16 such tails, all a headline's lines (or a source note's over one); four
    or more there are mostly a paragraph's own (10 of 12).  One line or two, over a paragraph, or one over a heading
    or the page's end: where it has a headline's length, no stop, no clause left open (…主要内容有：), no note in
    brackets (（见图11）, （致辞全文另发）) and no contact line over a heading (电子邮箱：…), 22 headlines (or a kicker,
    a source note) and 2 paragraphs ending on no mark, whose tails run longer (23 and 31 characters) than any of the
    headlines (20 at most).  Never a line closing a bracket opened above (…提供。 / 本报记者曹玲娟整理）)."""
    t = "".join([ln.text for ln in tail])
    if t.count("）") > t.count("（"):
        return False  # (…图片由上海博物馆提供。 / 本报记者曹玲娟整理）: the close of a note opened above)
    if below is None or below.kind == "heading":
        if len(tail) >= 2:
            return len(tail) <= 3
        if _contact_line(t):
            return False  # (电子邮箱：…@126.com under a column's last paragraph)
    return (
        (below is None or below.kind in ("paragraph", "heading"))
        and len(tail) <= 2
        and len(t) <= TAIL_HEAD_CHARS
        and "。" not in t
        and t[-1] not in "：:，,、；;"
        and not (t[0] in "（(" and t[-1] in "）)")
    )


def _item_number(text: str) -> tuple[int, int] | None:
    """The kind (which of the four forms) and value of the item number ``text`` opens with, if any."""
    m = _ITEM_NUMBER.match(text)
    if m is None:
        return None
    for kind, g in enumerate(m.groups()):
        if g is None:
            continue
        if kind < 2:
            return kind, int(g)
        # 一 … 九十九 (十 alone, 十一, 二十, 二十一)
        tens, _, ones = g.rpartition("十") if "十" in g else ("", "", g)
        value = (_CN_DIGITS.get(tens, 1) * 10 if "十" in g else 0) + _CN_DIGITS.get(ones, 0)
        return kind, value
    return None


def _numbered_items_apart(units: list[Unit]) -> list[Unit]:
    """A line inside a paragraph that opens on the next number of a sequence whose last number opened a line above
    (``2.中央一般公共预算。`` under item 1, ``（三）创新完善粮食市场体系`` under （二）) opens a paragraph of its own: a
    numbered item starts a line in print.  On the development folders such lines open a paragraph 107 times in 112
    (the other five: items a record runs together in one paragraph)."""
    last: dict[int, int] = {}
    out: list[Unit] = []
    for u in units:
        if u.kind != "paragraph":
            for ln in u.lines:
                _note_item(last, ln.text)
            out.append(u)
            continue
        cur = Unit("paragraph", [u.lines[0]], u.blank_before)
        _note_item(last, u.lines[0].text)
        for ln in u.lines[1:]:
            item = _item_number(ln.text.lstrip())
            if item is not None and last.get(item[0]) == item[1] - 1:
                out.append(cur)
                cur = Unit("paragraph", [ln], ln.blank_before)
            else:
                cur.append(ln)
            if item is not None:
                last[item[0]] = item[1]
        out.append(cur if len(cur.lines) != len(u.lines) else u)
    return out


def _note_item(last: dict[int, int], text: str) -> None:
    item = _item_number(text.lstrip())
    if item is not None:
        last[item[0]] = item[1]


def _open_quotes_run_on(units: list[Unit]) -> list[Unit]:
    """A heading line that opens a quotation and leaves it open (``“我的臂章上标注着我会的语``), over a paragraph
    whose first quotation mark closes one (``种法语，方便外国运动员识别。”武汉市…``), is that paragraph's first line,
    set apart by a column jump or as wide as the column: a headline never leaves a quotation open for the body to
    close (on the ten development folders 51 of 52 such lines are body text).  Kept to speech or a clause's quotation
    under a paragraph, 32 pages change there, none for the worse.  And the converse for a bracket: a heading line or
    paragraph that closes the bracket the paragraph above left open goes on in it."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        # a heading line of body size, alone, right over a paragraph
        lone = (
            u.kind == "paragraph"
            and prev is not None
            and prev.kind == "heading"
            and len(prev.lines) == 1
            and not prev.lines[0].heading_size
        )
        if (
            prev is not None  # (for the type checker: ``lone`` does not narrow it)
            and lone
            and (
                prev.text.count("“") > prev.text.count("”")
                and _closes_first(u.text)
                # (what the quotation opens is speech, or comes after a clause: 中央“不忘初心、 / 牢记使命”… is a
                # headline's name in quotation marks)
                and (prev.text.startswith("“") or any(m in prev.text[: prev.text.find("“")] for m in "，。；："))
                # (under a byline or a names line, the line opens an article's body: the heading there marks its start)
                and len(out) >= 2
                and out[-2].kind == "paragraph"
                # (or it ends on a word that opens a phrase, or the paragraph opens on one that closes one)
                or not u.lines[0].blank_before
                and _phrase_runs_on(prev.text, u.text)
            )
        ):
            out[-1] = Unit("paragraph", [*prev.lines, *u.lines], prev.blank_before)
            continue
        if (
            u.kind in ("heading", "paragraph")
            and prev is not None
            and prev.kind == "paragraph"
            and not u.lines[0].heading_size
            and any(prev.text.count(o) > prev.text.count(c) and _closes_first(u.text, o, c) for o, c in _RUN_ON_MARKS)
        ):
            # （新华社北京1月5日电 / 记者朱基钗）: a paragraph leaving a bracket open goes on in the heading line (or the
            # paragraph) that closes it (on the development folders 9 times in 9, and 2 in 2: a credit, a dateline's
            # reporter broken at the column's edge, 本报讯 （记者 孔纯 / 菊）2月15日…)
            for ln in u.lines:
                prev.append(ln)
            continue
        out.append(u)
    return out


# a word that never ends a phrase (a conjunction, a preposition before its object) and one that never opens one
# (a particle, a bound word after what it follows), each a word of its own
_OPENS_PHRASE = frozenset("和与对把被从向将及或并")  # (not 在: 我会一直在 / …, a verb there)
_CLOSES_PHRASE = frozenset("的了得着过们之于而等")  # (not 地: 适 / 地适树, a word broken)


def _phrase_runs_on(line: str, below: str) -> bool:
    """A heading line that ends on a word opening a phrase (…借助丰厚的文化资源和 / 庞大的客流量，…, …从“单声道”向 /
    “双声道”转变) or over a paragraph that opens on a word closing one (…我很认同两位作家 / 的戏曲观念，…, …驻点服务 /
    等方式，…): the paragraph's first line, read as a heading (no headline ends, and no paragraph opens, so).  On the
    ten development folders 38 such lines are body text, 1 a heading (勤晒衣被 / ◆不随地吐痰…: 被 a noun there)."""
    a, b = line.rstrip(), below.lstrip()
    if not a or not b:
        return False
    return (
        a[-1] in _OPENS_PHRASE
        and len(rjieba.cut(a[-4:])[-1]) == 1
        or b[0] in _CLOSES_PHRASE
        and len(rjieba.cut(b[:4])[0]) == 1
    )


# (a quotation left open over a heading is as often a headline read as a paragraph: 洪珞社区“拉网排查， / 分秒必争，我
# 不能退”, a kicker and its title)
_RUN_ON_MARKS = (("（", "）"),)


def _closes_first(t: str, opening: str = "“", closing: str = "”") -> bool:
    """The text's first quotation mark (or bracket) closes one."""
    c = t.find(closing)
    if c < 0:
        return False
    o = t.find(opening)
    return o < 0 or c < o


def _names_over_dash_subtitles(units: list[Unit]) -> list[Unit]:
    """A line read as names (黄河畔 绿色生: two words of three characters, each opening on a surname) right over a
    ——subtitle (——兰州新区生态修复纪实) is the title it belongs under: a ——subtitle opens no headline of its own.
    Not over who said it (——编者, ——习近平)."""
    for i in range(len(units) - 1):
        u, nxt = units[i], units[i + 1]
        if (
            u.kind == "names"
            and len(u.lines) == 1
            and nxt.kind == "heading"
            and nxt.text.lstrip().startswith("——")
            and len(nxt.text.strip()) >= DASH_SUBTITLE_CHARS
            and not P.is_single_name(nxt.text.strip().lstrip("—").strip())
            and "编" not in nxt.text[:5]
        ):
            units[i] = Unit("heading", u.lines, u.blank_before)
    return units


DASH_SUBTITLE_CHARS = 6  # (——编者, ——习近平: shorter, who said the text above; ——记…, ——访…: a subtitle's)


class _SaidAgain:
    """Does the page say ``t`` again after its first place, with a mark after it?  (The page's text, spaces out,
    is joined when first asked.)"""

    __slots__ = ("units", "text")

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self.text: str | None = None

    def __call__(self, t: str) -> bool:
        page = self.text
        if page is None:
            page = self.text = "".join([v.text for v in self.units]).replace(" ", "")
        n = len(t)
        at = page.find(t)  # (the lead itself; the words said again come after it)
        end = at + SAID_AGAIN_WITHIN
        while at >= 0:
            at = page.find(t, at + n, end)  # (why: one scan for the words, not one per mark; most are never said again)
            if at >= 0 and page[at + n : at + n + 1] in _SAID_MARKS:
                return True
        return False


_SAID_MARKS = frozenset("。！？，；")
# a lead is said again in its own article: within a page's length of text after it (the longest generated page holds
# 57,000 characters), not anywhere in a file of a thousand pages, which a scan of the rest for every lead made slow
SAID_AGAIN_WITHIN = 100_000


def _lone_leads_read(units: list[Unit]) -> list[Unit]:
    """A box of heading lines alone between body text that is a lead: a sentence of 20 to 60 characters with a
    comma and no full stop, which the page says again below, word for word (in 人民日报 a first paragraph of that
    shape is said again in its article 232 times; a title, kicker or subtitle of it 13).  Its headline printed
    after the body, nothing over it tells it from one; the words said again do.  Its lines are set as one
    paragraph.  (A lead under its headline is ``assemble._echoed_lead``'s.)"""
    out: list[Unit] = []
    said_again = _SaidAgain(units)
    i = 0
    while i < len(units):
        u = units[i]
        j = i + 1
        if u.kind == "heading" and (not out or out[-1].kind != "heading"):
            while j < len(units) and units[j].kind == "heading" and not units[j].blank_before:
                j += 1
            t = "".join([v.text for v in units[i:j]]).replace(" ", "")
            if (
                j < len(units)
                and units[j].kind == "paragraph"
                and LEAD_MIN_BOX <= len(t) <= LEAD_MAX_BOX
                and "，" in t
                and t[-1] not in _LEAD_STOPS
                and t[0] != "—"
                and not any(c in t for c in "。！？")
                and said_again(t)
            ):
                out.append(Unit("paragraph", [ln for v in units[i:j] for ln in v.lines], u.blank_before))
                i = j
                continue
            j = i + 1
        out.append(u)
        i = j
    return out


LEAD_MIN_BOX, LEAD_MAX_BOX = 20, 60  # characters (as ``assemble.PULL_QUOTE_CHARS`` and ``LEAD_CHARS``)


LEAD_LINES = 6  # a lead printed over its article runs to a few lines
LEAD_MIN = 18  # characters: a shorter phrase said again is a name or a term (国家制度和国家治理体系), not a lead


def _echoed_leads_apart(units: list[Unit]) -> list[Unit]:
    """An article's first paragraph that opens with its lead: a sentence with no full stop, printed large over
    the body and said again, with its stop, below (``…体育拥有了更广阔的天地`` / ``时光的脚步迈进2020…``).  No
    sentence end tells the reflow the lead is over, so it runs on into the paragraph under it; the words said
    again do.  The lead is cut off at the line where it ends."""
    out: list[Unit] = []
    said_again = _SaidAgain(units)
    for u in units:
        if (
            u.kind == "paragraph"
            and len(u.lines) >= 2
            and (not out or out[-1].kind != "paragraph")
            and not P.opens_with_dateline(u.text)
        ):
            head = ""
            for k in range(1, min(len(u.lines), LEAD_LINES + 1)):
                head += u.lines[k - 1].text.replace(" ", "")
                if len(head) < LEAD_MIN or head[-1] in _LEAD_STOPS or u.lines[k].first_char in _LEAD_STOPS:
                    continue
                if said_again(head):
                    out.append(Unit("paragraph", u.lines[:k], u.blank_before))
                    u = Unit("paragraph", u.lines[k:], u.lines[k].blank_before)
                    break
        out.append(u)
    return out


_LEAD_STOPS = frozenset("。！？”…：；，、")


_CLOSED_HEAD = frozenset("。！？”）》!?)")


# what opens a news paragraph, a time, a link or who said it, then a comma (or an interview's 记者：, 问：, 答：): in
# 人民日报 2019–2020 each of these opens paragraphs (most 25 or more: ``X说`` 1,139, ``作为X`` 384, ``根据X`` 213, ``从X来看``
# 162; the fewest, 一直以来，, 9) and no title, subtitle or subhead; a date with a figure (4,786 paragraphs, 8 headlines,
# 6 of them kickers over their title) and ``X指出``, ``X介绍``… (4,670 and 3) as classes.  Left out: 同时， (one
# development page runs a paragraph's second line, 同时，资产负债率持续下降, into the next paragraph with it) and 据X统计，
# (150 paragraphs, but a page's articles move with it: 1 development page better, 1 worse)
_LEAD_OPENER = re.compile(
    r"^(?:连日来|近日|日前|近年来|近期|目前|当前|今年以来|去年以来|\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|"
    r"昨天|今天|眼下|如今|此前|随后|据介绍|据了解|记者了解到|与此同时|此外|另外|然而|但是|不过|因此|所以|其中|对此|据悉|"
    r"不久前|前不久|一年来|多年来|最近|现在|当然|其实|原来|数据显示|事实上|实际上|比如|首先|其次|为此|一方面|另一方面|下一步|"
    r"后来|当时|当日|今年|\d{4}年|[^，,。！？：“”（）\s]{1,5}(?:指出|表示|强调|要求)|"
    r"[^，,。“”：]{2,12}说|从[^，,。]{1,8}(?:来看|看)|彼时|此时此刻|这时|那时|自[^，,。]{1,12}以来|在[^，,。]{1,12}现场|"
    r"作为[^，,。]{1,20}|根据[^，,。]{1,20}|按照[^，,。]{1,20}|一直以来|统计显示|调查显示|研究显示|资料显示|数据表明|小时候|当晚|次日|随即|"
    r"紧接着|接下来|[^，,。“”：]{2,14}(?:指出|表示|强调|要求|介绍|认为|透露|坦言|感慨|告诉记者)|"
    # (a date or a time with a figure in it: 2015年1月，, 25日晚，, 今年3月，)
    r"(?:今年|去年|明年|当年)?(?=[^，,]{0,12}\d)(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
    r"(?:上午|下午|晚上|凌晨|晚|早上|上旬|中旬|下旬|初|底|末|以来)?)[，,]|^(?:记者|问|答)[：:]"
)


def _first_lines_rejoined(units: list[Unit], opens: Callable[[Unit, Unit], bool], blank: bool = False) -> list[Unit]:
    """Each heading unit with a paragraph right under it (no blank line; or, with ``blank``, a blank line under a
    heading that ends no sentence: a jump to the next column) that ``opens(heading, paragraph)`` says is the
    paragraph's first line joins it (not a line a PDF sets larger than the body: a headline's)."""
    out: list[Unit] = []
    for u in units:
        if (
            u.kind == "paragraph"
            and out
            and (not u.blank_before or blank and not ends_sentence(out[-1].text))
            and out[-1].kind == "heading"
            and not out[-1].lines[-1].heading_size
            and opens(out[-1], u)
        ):
            out[-1] = Unit("paragraph", out[-1].lines + u.lines, out[-1].blank_before)
            continue
        out.append(u)
    return out


def _lead_lines_open_paragraphs(units: list[Unit]) -> list[Unit]:
    """A heading line with a paragraph right under it (no blank line) that opens on what opens a news paragraph
    (``_LEAD_OPENER``: 连日来，重庆市北碚区采取 / 主动上门、现场办公…) is that paragraph's first line: in 人民日报 no title,
    subtitle or subhead opens so, 9 kickers do (over their title, not over a paragraph); across a blank line too,
    where the line ends no sentence (目前，黄花滩富民新村已 / blank / 搬迁安置…: pdfminer's jump to the next column).  Not
    a line ending on a colon, a paragraph of its own (对此，建议： over the points).  Read last, when the passes above
    have settled which lines are paragraphs (the line under it may have been a heading line until then)."""

    def opens(head: Unit, _: Unit) -> bool:
        return (
            _LEAD_OPENER.match(head.text.strip()) is not None
            and head.text.rstrip()[-1:] not in "：:"
            and not ends_sentence(head.text)  # (问：…有哪些突出特点？ is a paragraph of its own)
        )

    return _first_lines_rejoined(units, opens, blank=True)


# a word of one character that opens a phrase or leans on the next word (就, 也, 被, 从, 与 …): in 人民日报 2019–2020 no
# kicker, title, subtitle or subhead ends on one as a word of its own (the segmenter's dictionary tells 参与 or 缺一不可
# from 与 or 可; left out: 对, 才, 使, 让, 为, 向, 到, 要, 会, 都, 还, verbs or nouns too at a headline's end, 泣血默对,
# 引才, 劲往一处使)
_HEAD_NEVER_LAST = frozenset("就也又很更是被将从与及或并而以其跟由把和于")


def _unfinished_heads_open_paragraphs(units: list[Unit]) -> list[Unit]:
    """A heading unit that no headline or subhead could be, over a paragraph, is that paragraph's first line: one
    leaving a quotation or bracket open that the paragraph closes first (“我家的家风是‘天道酬 / 勤’”“我家的是…: of
    14,793 kickers, titles and subtitles of 人民日报 2019–2020 one leaves a mark open, a misprint, and of 17,987
    paragraphs of up to 20 characters with no stop 6), or one ending on a word of one character that opens a phrase
    (翻开《希望》，很容易就 / 能被里面的故事和文字打动。), or one ending on a figure whose unit opens the paragraph
    (中铁郑州局集团公司2.6 / 万余名党员——: 81 subheads of 人民日报 end on a figure, none over a paragraph so opening).  Across a blank line too, where the heading ends no sentence (a
    jump to the next column); read last, as ``_lead_lines_open_paragraphs``."""

    def opens(head: Unit, u: Unit) -> bool:
        t = head.text.replace(" ", "")
        return (
            any(t.count(o) > t.count(c) and _closes_first(u.text, o, c) for o, c in _OPENERS.items())
            or _ends_on_word(t, _HEAD_NEVER_LAST)
            or ("0" <= t[-1] <= "9" and u.text.lstrip()[:1] in _UNITS)
        )

    return _first_lines_rejoined(units, opens, blank=True)


def _ends_on_word(t: str, words: frozenset[str]) -> bool:
    """Text ``t`` (four characters or more) ends on one of ``words`` as a word of one character of the segmenter's
    dictionary (就, not 成就; 与, not 参与)."""
    return len(t) >= 4 and t[-1] in words and len(rjieba.cut(t[-6:], False)[-1]) == 1


# …and no paragraph ends on one, nor on 将, 是, 在 or 比 (人民日报 2019–2020: of 115,642 paragraphs that are no subhead,
# 2 end on these, 和 and 被; left out: 的 and 了, 15 and 3 paragraphs' last words, 是站不住脚的, 不灵了, and 为, 担当有为)
_PARA_NEVER_LAST = frozenset("和与对从在把被将是就也又都还很更及或并而以其于由向比跟同")


def _unfinished_paragraphs_run_on(units: list[Unit]) -> list[Unit]:
    """A paragraph unit ending on a word of one character that opens a phrase runs on into the unit under it, where
    that opens on a character, a figure or a quotation mark (（二）基层党组织讨论决定对 / 自身处理、处分时…: a line the
    reflow ended, at a short line or a column's jump); not into a line a PDF sets larger than the body, nor into a
    bracket or a bullet that opens an item of its own."""
    out: list[Unit] = []
    for u in units:
        first = u.lines[0].first_char
        if (
            out
            and out[-1].lines[-1].last_char in _PARA_NEVER_LAST  # (the cheap test first: most units end otherwise)
            and out[-1].kind == "paragraph"
            and u.kind in ("paragraph", "heading")
            and not u.lines[0].heading_size
            and ("\u4e00" <= first <= "\u9fff" or "0" <= first <= "9" or first in "“《")
            and _ends_on_word(out[-1].text.replace(" ", ""), _PARA_NEVER_LAST)
        ):
            out[-1] = Unit("paragraph", out[-1].lines + u.lines, out[-1].blank_before)
            continue
        out.append(u)
    return out


def _comma_lines_open_paragraphs(units: list[Unit]) -> list[Unit]:
    """A heading line with a paragraph right under it (no blank line) that is that paragraph's first line: one
    ending on ，、； (``在国家邮政局的组织下，`` / ``2月10日，各主要快递企…``; no kicker, title or subtitle of 人民日报
    ends so, 0 of 14,800: a headline line that does goes on in the headline), and, where a blank line opens most
    paragraphs (pdfminer's text), one holding a comma (``2019年，央行完善`` / ``贷款市场报价利率…``: the line after a
    jump to the next column, mid-sentence; on the twelve 2020 check folders' pdfminer pages 32 such lines were body
    text, 7 a headline's, 5 of these over a dateline or a bracket).  pdftotext sets a subhead right over its
    paragraph (耐心倾听，分类关怀), so there only the first rule holds."""
    paras = [u for u in units[1:] if u.kind == "paragraph"]
    apart = sum([u.blank_before for u in paras]) > 0.45 * len(paras)  # (as ``assemble`` reads the page)

    def opens(head: Unit, u: Unit) -> bool:
        return (
            (
                head.lines[-1].last_char in "，、；"
                # (or one holding a comma that runs into the paragraph inside a word of the segmenter's dictionary,
                # 湘在参加河南代表团审议时说，政 / 府工作报告…: a sentence's line, not a subhead; not a name opening the
                # paragraph, 减收影响可控，财政将继续加力稳岗就业 / 余蔚平表示…, where the segmenter reads 业余)
                or "，" in head.text[:-1]
                and crosses_dictionary_word(head.lines[-1].text.strip(), u.lines[0].text.strip())
                and not P.is_single_name(u.lines[0].text.strip()[:3])
                # (where blank lines part paragraphs, a line right over a paragraph with no blank between that runs into it
                # inside a word of the dictionary, with or without a comma, 全国政协副主席巴特尔出 / 席会议。: on the pdfminer-style
                # development folders 9 such lines are a paragraph's first, 2 a heading, one a foreign author's line,
                # （日本）新田嘉一 / 新中国…, left out)
                or apart
                and crosses_dictionary_word(head.lines[-1].text.strip(), u.lines[0].text.strip())
                and not P.is_single_name(u.lines[0].text.strip()[:3])
                and head.text.lstrip()[:1] not in "（("
                or apart
                and "，" in head.text[:-1]
                and head.lines[-1].last_char not in _CLOSED_HEAD
                and u.lines[0].first_char not in "（("
                and not P.opens_with_dateline(u.text)
            )
            and not _unbalanced(head.text)  # (中央“不忘初心、 / 牢记使命”…: a headline's quotation goes on)
            # (防控疫情， / 老年人该怎么做？: a short question or cry alone is the headline's second line)
            and not (len(u.lines) == 1 and len(u.text) <= 12 and u.lines[0].last_char in "？！?!")
        )

    return _first_lines_rejoined(units, opens)


_SALUTATION_FIRST = frozenset("同各女先亲朋")
_SALUTATION = re.compile(r"(?:各位|同志们|朋友们|女士们|先生们|亲爱的)[^。！？]{0,24}[：:]$")
_ADDRESSEE = re.compile(r"^[^。！？，]{0,20}(?:先生|女士|同志|全体职工|全体同学|全体师生|乡亲们|小朋友们)[：:]$")
_NAMES_TAIL = re.compile(r"[\u3400-\u9fff·]{1,4}(?:[ \u3000]+[\u3400-\u9fff·]{1,4})*")


def _photo_report(t: str) -> bool:
    return "摄影报道" in t and len(t) <= 40 and P.PHOTO_REPORT.match(t.strip()) is not None


def _credit_line(t: str) -> bool:
    """制图：X, a photo report's credit (…摄影报道) or a contact line (投稿邮箱：…): a line of its own, never a
    headline."""
    return P.CREDIT_LABEL.match(t) is not None or _photo_report(t) or _contact_line(t)


def _opens_credit(t: str, para: Unit, geo: bool) -> bool:
    """Line ``t`` is a credit or (on text) a contact line of its own, not the next line of ``para`` (which may
    be an address broken at the column's edge: 栏目投稿邮箱：yxxz8 / 494@163.com)."""
    if P.CREDIT_LABEL.match(t) is not None or _photo_report(t):
        return True
    return not geo and _contact_line(t) and not _contact_line(para.text)


# an e-mail or web address cut at the column's edge after @ . - or / (rmrbgj@pe- / ople.cn, yxxz8494@163. / com):
# it goes on in the next line, which opens on a Latin letter or digit, however short the line above it
_ADDRESS_CUT = re.compile(
    r"(?:[A-Za-z0-9_.+-]+@[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]*)*|(?:https?://|www\.)\S*|(?:邮箱|信箱|网址)[:：]\s*[A-Za-z0-9_.+-]+)"
    r"[@./-]$"
)


def _address_goes_on(last: PLine, p: PLine) -> bool:
    """An e-mail or web address broken over ``last`` and ``p``: the line ``p`` goes on in ``last``'s paragraph."""
    if last.last_char in "@./-":
        return p.first_char.isascii() and p.first_char.isalnum() and _ADDRESS_CUT.search(last.text) is not None
    # an address, or its tail, alone on the line under the label naming it (电子信箱： / rmrbst@126.com) or under
    # its first characters (栏目投稿邮箱：yxxz8494 / @163.com, 投稿邮箱：yxxz / 8494@163.com)
    t = p.text.strip()
    return _ADDRESS_TAIL.fullmatch(t) is not None and _ADDRESS_LABEL.search(last.text) is not None


_ADDRESS_TAIL = re.compile(r"[A-Za-z0-9_.+-]*@?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org)")
_ADDRESS_LABEL = re.compile(r"(?:邮箱|信箱|网址|来稿请寄)[:：]\s*[A-Za-z0-9_.+-]*$")


def _contact_line(t: str) -> bool:
    # (cheap first: every contact line holds one of these)
    return ("：" in t or "@" in t or ":" in t or "）" in t) and P.CONTACT_LINE.match(t.strip()) is not None


def _rejoin_photo_credits(units: list[Unit]) -> list[Unit]:
    """A photo report's credit broken over two lines (``祝`` / ``庆 梁 展摄影报道``, ``王金梅 付延涛摄影报`` /
    ``道``), with no blank line between: one credit line (it once made a headline of the credit)."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(u.lines) == 1
            and not u.blank_before
            and len(prev.lines) == 1
            and prev.kind in ("paragraph", "heading", "names")
            and not u.lines[0].bold  # (geometry: a bold credit between paragraphs is set as a subhead)
            and "道" in u.text  # (cheap: most units are not)
            and _NAMES_PIECE.fullmatch(a := prev.text.strip()) is not None
            and (len(a) <= 3 or " " in a or "\u3000" in a)  # names spaced apart, or a name's first characters
            and not _photo_report(a)
            and _photo_report(a + u.text.strip())
        ):
            out[-1] = Unit("paragraph", [*prev.lines, *u.lines], prev.blank_before)
            continue
        if (
            prev is not None
            and u.kind == "heading"
            and len(u.lines) == 1
            and not u.blank_before
            and prev.kind == "paragraph"
            and u.lines[0].last_char in "）)"
            and prev.lines[0].first_char in "（("
            and _unbalanced(prev.text)
            and not _unbalanced(prev.text + u.text)
        ):
            # the end of a note in brackets (（作者单位：江苏徐州生物科技与大健康 / 发展研究中心）, （本报记者易舒冉 /
            # 采访整理）): a line of its own, short and unfinished, it read as a heading
            prev.append(u.lines[0])
            continue
        out.append(u)
    return out


_NAMES_PIECE = re.compile(r"[\u3400-\u9fff·\s\u3000]{1,30}")


def _single_lines(prev: Unit, u: Unit) -> bool:
    """Two units of one line each, the second right under the first (no blank line between)."""
    return len(prev.lines) == 1 and len(u.lines) == 1 and not u.blank_before


def _credited_names_rejoined(units: list[Unit]) -> list[Unit]:
    """A credit broken before its last names (版式设计：郭 祥 / 蔡华伟, a blank line under them): the names are the
    credit's, not a byline.  (On the check folders' pdfminer and pdftotext pages, 10 times in 10; without blank lines,
    where the rule cannot ask for one under them, the names under a credit are a reporter's 31 times in 35; on an OCR'd
    scan, whose blank lines are measured gaps, a line of names right under 制图：X was the reporters'.)"""
    out: list[Unit] = []
    for k, u in enumerate(units):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "paragraph"
            and _single_lines(prev, u)
            and k + 1 < len(units)
            and units[k + 1].blank_before  # (text without blank lines says nothing: there it is a reporter's)
            and prev.text[:1] in P.CREDIT_LABEL_FIRST
            and P.CREDIT_LABEL.match(prev.text) is not None
            and (P.is_names_line(u.text) or P.is_single_name(u.text))
            and not u.lines[0].src.bbox  # (geometry: a line of names set apart under a credit is the reporters')
        ):
            prev.append(u.lines[0])
            continue
        out.append(u)
    return out


def _rejoin_wrapped_bylines(units: list[Unit]) -> list[Unit]:
    """A byline wider than its article breaks onto a second line, often inside a name
    (``□本报记者 余嘉琰 卢晶香 张`` / ``琼瑗 通讯员 石茜婷``): the line of names right under it, with no blank
    line between, is the rest of the byline."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _single_lines(prev, u)
            and prev.kind in ("paragraph", "heading", "byline")
            and u.kind in ("paragraph", "heading")
            and u.text.strip() in _WORD_ENDS
            and P.is_byline(prev.text.rstrip() + u.text.strip())
        ):
            # the last character of 整理 or 摄影报道 pushed onto a line of its own (本报记者 何 聪整 / 理): the line
            # above is a byline with it, and nothing else
            out[-1] = Unit("byline", prev.lines + u.lines, prev.blank_before)
            continue
        if (
            prev is not None
            and prev.kind == "byline"
            and _single_lines(prev, u)
            and u.kind in ("paragraph", "heading", "names")
            and _TOLD_TAIL.fullmatch(u.text.strip()) is not None
            and P.is_byline(prev.text.rstrip() + u.text.strip())
        ):
            # a closing credit's last name and 整理 pushed onto a line of their own (本报记者 陈沸宇 / 丁志军整理,
            # 本报记者 王斌来 / 整理): alone the line read as a heading, and cut the compilation it closes a section of
            # (18 times on the 3,200 check pages, never a heading)
            prev.append(u.lines[0])
            continue
        if (
            prev is not None
            and _single_lines(prev, u)
            and prev.kind in ("paragraph", "heading")
            and u.kind in ("paragraph", "heading", "names")
            and P.BYLINE_MARK.match(prev.text.lstrip()) is not None
            and P.is_byline(prev.text.rstrip() + u.text.strip())
        ):
            # a marked byline broken inside a name (□本报记者 董瑞 汤 / 平 孟可): the first line alone reads as no
            # byline (a name of one character), the two together do
            out[-1] = Unit("byline", prev.lines + u.lines, prev.blank_before)
            continue
        if (
            prev is not None
            and prev.kind == "byline"
            and _single_lines(prev, u)
            and u.kind in ("paragraph", "heading", "names")
            and _NAMES_TAIL.fullmatch(u.text.strip()) is not None
            and (
                # a name broken after its surname (not a spaced two-character name: 本报记者 方 圆)
                re.search(r"[\u3400-\u9fff]{2}[ \u3000]+[\u3400-\u9fff]$", prev.text) is not None
                or u.text.startswith(("通讯员", "记者"))
                # … or the last character of a name alone on the next line (黎荷英 尹莎 / 思)
                or len(u.text.strip()) == 1
                and re.search(r"[ \u3000][\u3400-\u9fff]{2}$", prev.text) is not None
                # … or a role word broken across the two (□本报记者 顾玉 通讯 / 员 顾秋柔), or ending the first
                # (本报记者 黎姣岚 韦秀 通讯员 / 黎婵玲)
                or _role_word_across(prev.text, u.text)
                or _ROLE_WORD_END.search(prev.text) is not None
                # … or a name broken anywhere (苏影 / 明 通讯员 周霞欣: three characters in all) with a role word on
                # the next line
                or _ROLE_WORD.search(u.text) is not None
                and _broken_name(prev.text, u.text)
                # … or a name broken after two characters, its last alone before the next name (罗洋瑞 杨秋 / 璧 秦荷雪;
                # two single characters are a spaced name of their own: 方 圆)
                or _LAST_OF_NAME.match(u.text.strip()) is not None
                and re.search(r"[ \u3000][\u3400-\u9fff]{2}$", prev.text) is not None
            )
        ):
            prev.append(u.lines[0])
            continue
        if (
            prev is not None
            and prev.kind == "byline"
            and len(u.lines) == 1
            and not u.blank_before
            and u.kind in ("paragraph", "heading")
            and P.is_single_name(u.text)
            and prev.lines[-1].width + 1 + u.lines[0].width > prev.lines[-1].col + 0.5
        ):
            # a whole name that did not fit after the last on the byline's line (本报记者 刘新吾 / 常碧罗): the
            # byline's too, a name of its own (its line joins the byline with a space between the names)
            out.append(Unit("byline", u.lines, u.blank_before))
            continue
        out.append(u)
    return out


_ROLE_WORD = re.compile(P._ROLE_WORDS)
_WORD_ENDS = frozenset(("理", "道", "报道"))  # 整 / 理, 摄影报 / 道, 摄影 / 报道
# names (or a name's last characters) and what the reporters did, a credit's tail: 丁志军整理, 左 潇摄影报道
_TOLD_TAIL = re.compile(r"(?:[\u3400-\u9fff]{1,4}[ \u3000]?){0,2}(?:采访)?(?:整理|采写|摄影报道)")
_LAST_OF_NAME = re.compile(r"[\u3400-\u9fff][ \u3000]+[\u3400-\u9fff]{2,3}(?:$|[ \u3000])")
_NAME_END = re.compile(r"(?<=[ \u3000])[\u3400-\u9fff]{1,3}$")  # a byline line's last name
_NAME_START = re.compile(r"[\u3400-\u9fff]{1,3}(?=[ \u3000])")  # the next line's first name


def _broken_name(a: str, b: str) -> bool:
    """Line ``a`` of a byline ends on part of a name that line ``b`` begins with (苏影 / 明: three characters)."""
    m, n = _NAME_END.search(a), _NAME_START.match(b)
    return m is not None and n is not None and len(m.group()) + len(n.group()) <= 3


_ROLE_WORD_END = re.compile(r"[\s\u3000]" + P._ROLE_WORDS + r"[\s\u3000]*$")


def _role_word_across(a: str, b: str) -> bool:
    """Does a role word (通讯员, 记者) run from the end of line ``a`` onto line ``b``, the two one byline?"""
    a, b = a.rstrip(), b.strip()
    joined = a + b
    return any(m.start() < len(a) < m.end() for m in _ROLE_WORD.finditer(joined)) and P.is_byline(joined)


def _byline_goes_on(u: Unit, p: PLine) -> bool:
    """With geometry: is ``p`` the next line of the byline ``u`` (of a line or two), wrapped at the column's edge
    (``□本报记者 曹锦 邓彩馥`` / ``江菲彩``, ``□本报记者 周丽 通讯`` / ``员 彭露爽``)?  Set right under it in
    its size, at its left edge, not indented, and the two read as one byline.  A break at a word space
    keeps it: a name of its own starts the second line (``p.text`` then opens with the space)."""
    if len(u.lines) > 2:
        return False
    a = u.lines[-1]
    b, o = a.src.bbox, p.src.bbox
    size = a.src.size
    if not b or not o or not size or p.src.size != size or p.bold != a.bold or p.geo_first or p.src.page != a.src.page:
        return False
    if abs(o[0] - b[0]) > 0.5 * size or not -0.3 * size < o[1] - b[3] < 0.6 * size:
        return False
    last, first = a.text.split()[-1], p.text.split()[0]
    spaced = len(last) + len(first) > 3 and not _ROLE_WORD.fullmatch(last + first)
    if not P.is_byline(u.text + (" " if spaced else "") + p.text):
        return False
    if spaced:
        p.text = " " + p.text
        p.first_char = " "
    return True


def _set_apart(a: PLine, b: PLine) -> bool:
    """With geometry: ``b`` stands under ``a`` in its column with clearly more than the leading between
    them (a name under a credit line, set apart): no line of ``a``'s paragraph."""
    x, y, size = a.src.bbox, b.src.bbox, b.src.size
    if not x or not y or not size or a.src.page != b.src.page:
        return False
    return min(x[2], y[2]) > max(x[0], y[0]) and y[1] - x[3] > 0.8 * size


def _runs_on_below(pl: list[PLine], i: int) -> bool:
    """With geometry: line ``i`` fills its column and the next line carries on right under it (same
    size and weight, same left edge, not indented): the middle of a paragraph, whatever its words look
    like (``记者采访了人民银行有关部门负责人和相`` / ``关专家。`` is no byline)."""
    p = pl[i]
    nxt = pl[i + 1] if i + 1 < len(pl) else None
    b, size = p.src.bbox, p.src.size
    if nxt is None or not b or not size or not p.full() or nxt.geo_first is not False:
        return False
    o = nxt.src.bbox
    return (
        o is not None
        and nxt.src.page == p.src.page
        and nxt.src.size == size
        and nxt.bold == p.bold
        and not nxt.blank_before
        and abs(o[0] - b[0]) < 0.5 * size
        and -0.3 * size < o[1] - b[3] < size
    )


def _date_line_rest(head: Unit, u: Unit) -> int:
    """How many of paragraph ``u``'s first lines finish the date line that heading ``head`` opens (a bracket
    left open: （2020年5月28日第十 / 三届全国人民代表大 / 会第三次会议通过）); 0 when they do not."""
    text = head.text
    if text[:1] not in "（(" or text[-1:] in "）)":
        return 0
    for j, ln in enumerate(u.lines[:DATE_LINES], 1):
        text += ln.text.strip()
        if text[-1:] in "）)":
            return j if P.DATE_SUBTITLE.match(text) else 0
    return 0


DATE_LINES = 4  # (a date line's rest: its lines up to the closing bracket)


def _headings_before_datelines(units: list[Unit]) -> list[Unit]:
    """An unfinished 'paragraph' of a line or two right before a dateline (新华社电 （记者…）) is the
    headline of the article that opens there: body text would have ended its sentence.  So is one
    that never ends a sentence right above a ——subtitle."""
    out: list[Unit] = []
    for i, u in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        after = units[i + 2] if i + 2 < len(units) else None
        first = u.lines[0]
        if first.geo_first and not first.bold and not first.heading_size:
            out.append(u)  # (geometry: its first line is indented like a paragraph's; headlines are not)
            continue
        if u.kind == "paragraph" and out and out[-1].kind == "heading" and P.DATE_SUBTITLE.match(u.text):
            out.append(Unit("heading", u.lines, u.blank_before))  # 关于…的意见 / （2019年1月31日）, also last
            continue
        j = (
            _date_line_rest(out[-1], u)
            if u.kind in ("paragraph", "heading") and out and out[-1].kind == "heading"
            else 0
        )
        if j and u.kind == "heading" and j < len(u.lines):
            j = 0  # (a heading of its own goes on after the date line: not its rest)
        if j:
            # the rest of a date line broken at the column edge (（2020年5月28日第十 / 三届…通过）) is the heading's,
            # a paragraph run on over the blank line opens after it
            out[-1] = Unit("heading", out[-1].lines + u.lines[:j], out[-1].blank_before)
            if j < len(u.lines):
                out.append(Unit("paragraph", u.lines[j:], u.lines[j].blank_before))
            continue
        j = _dash_subtitle_run_on(u) if u.kind == "paragraph" and out and out[-1].kind == "heading" else 0
        if j:
            # a ——subtitle run on into the body's first paragraph (no blank line between them): its lines are
            # the subtitle's, up to where the words close; the paragraph opens on the next line
            out += [
                Unit("heading", [ln], u.blank_before if k == 0 else ln.blank_before) for k, ln in enumerate(u.lines[:j])
            ]
            out.append(Unit("paragraph", u.lines[j:], u.lines[j].blank_before))
            continue
        if (
            u.kind == "paragraph"
            and nxt is not None
            and nxt.kind == "heading"
            and len(nxt.text) <= 12
            and P.ATTENDANCE.search(nxt.text) is not None
            and (u.blank_before or not out)
            and len(u.lines) <= 5
            and not any(ch in _FINAL_MARKS for ch in u.text)
            and u.text[-1] not in "，、；：,;:"
            and P.dateline_authors(u.text) is None
            and not _credit_line(u.text)
            and _dateline_below(units, i + 1)
        ):
            # a headline block with no stop anywhere, over a short heading line (王沪宁出席) right above a
            # dateline (past （上接第一版）): the headline's kicker and title, not a paragraph
            out += _heading_lines(u)
            continue
        if (
            u.kind == "paragraph"
            and len(u.lines) <= 3
            and nxt is not None
            and nxt.kind == "heading"
            and len(nxt.lines) == 1
            and nxt.lines[0].indented
            and nxt.lines[0].width <= 14
            and (_is_cjk(u.text[-1]) or u.text[-1].isalnum())  # (no stop, no closing bracket: （作者为…）)
            and "：" not in u.text[:6]  # (nor a label: 版式设计：X, nor a contact line)
            and not _contact_line(u.text)
            and P.dateline_authors(u.text) is None
            and not _credit_line(u.text)
        ):
            # an unfinished block right over an offset banner, which opens the next headline: no body ends so, a
            # headline printed under its body does (国家图书馆收藏、 / 修复一批批珍贵文献 / 西夏古籍，渐次打开 / 新语)
            out += _heading_lines(u)
            continue
        if (
            u.kind == "paragraph"
            and 2 <= len(u.lines) <= 3
            and u.lines[0].text.endswith("——")
            and not any(ch in _FINAL_MARKS for ch in u.lines[0].text)
            and "。" not in u.text
            and u.text[-1] not in "，、；：,;:"
            and nxt is not None
            and nxt.kind == "paragraph"
        ):
            # a kicker that introduces its title, run together with it as a short paragraph of its own
            # (新一代载人飞船试验船—— / 亮点在哪里？): headline lines
            out += _heading_lines(u)
            continue
        if (
            out
            and out[-1].text.endswith("——")
            and out[-1].kind == "heading"
            and u.kind == "paragraph"
            and len(u.lines) >= 2
            and _whole_quote_or_question(u.lines[0].text.strip())
            and not u.lines[0].col - 1 < u.lines[0].width <= u.lines[0].col + 0.5  # (not a full line of the body)
        ):
            # the title a kicker introduces (…投入肯尼亚抗洪一线—— / “期盼当地民众能早日回家”), run into the
            # body's first paragraph when that opens on a quote too: the title is its own line, a whole quote
            # or question
            out.append(Unit("heading", [u.lines[0]], u.blank_before))
            u = Unit("paragraph", u.lines[1:], u.lines[1].blank_before)
        if (
            u.kind == "paragraph"
            and out
            and out[-1].kind == "heading"
            and _dash_subtitle(u, nxt)
            and not _set_in_the_column(u)
        ):
            # a ——subtitle under its title, broken over short lines the line model read as a paragraph's
            out += _heading_lines(u)
            continue
        if (
            u.kind == "paragraph"
            and out
            and out[-1].kind == "heading"
            and u.text.startswith("——")
            and len(u.lines) <= 3
            and not _para_closed(u)
            and u.text[-1] not in "，、；：:"
            and not _set_in_the_column(u)
        ):
            # a ——subtitle under its title, which no sentence ends (a list item set as ——… follows a paragraph
            # and ends on 。 or ；)
            out += _heading_lines(u)
            continue
        if (
            u.kind == "paragraph"
            and nxt is not None
            and after is not None
            and (after.kind == "byline" or _dateline_below(units, i + 1))
            and nxt.kind in ("paragraph", "heading")
            and (u.blank_before or not out)
            and len(u.lines) <= 2
            and len(nxt.lines) <= 2
            and not _para_closed(u)
            and not _para_closed(nxt)
            and not ends_sentence(u.text)
            and u.text[-1] not in "，、；"
            and P.dateline_authors(u.text) is None
            and not _credit_line(u.text)
        ):
            # two unfinished blocks over a byline (a kicker broken over two lines, then its title): both headline
            out += _heading_lines(u)
        elif (
            u.kind == "paragraph"
            and nxt is not None
            and len(u.lines) <= (4 if nxt.kind == "byline" else 5 if _dateline_below(units, i) else 2)
            and u.text[-1] not in "，、；"
            and P.dateline_authors(u.text) is None
            and not _credit_line(u.text)
            and (
                not _para_closed(u)
                and _dateline_below(units, i)
                and (len(u.lines) <= 2 or not any(ch in _FINAL_MARKS for ch in u.text))
                # … or right above a byline (□本报记者 X), opening after a blank: body would have ended
                or not _para_closed(u)
                and nxt.kind == "byline"
                and (u.blank_before or not out)
                and not _credit_line(u.text)  # 制图：X is the previous article's credit
                and not ends_sentence(u.text)
                # a quoted headline with its ——subtitle: “赋予‘胞波’情谊更深的时代内涵” / ——缅甸各界…
                or nxt.kind == "heading"
                and nxt.text.startswith("——")
                and (
                    not ends_sentence(u.text)
                    # … one that exclaims or asks, on a line or two of its own: 这个时候，必须往前冲！ / ——走近…
                    or len(u.lines) <= 2
                    and u.blank_before
                    and len(u.text) <= 24
                    and u.text.rstrip("”’")[-1:] in ("！", "？")
                    and len(nxt.text) >= 8
                )
                # … or a kicker that introduces the title under it: 世卫组织执委会会议高度评价…举措—— / “…”
                or nxt.kind == "heading"
                and u.text.endswith("——")
                and not any(ch in _FINAL_MARKS for ch in u.text)
                # … or under a kicker that introduces it: 美国历史学教授斯蒂夫·麦金农—— / “中国未来一定会更好”
                or bool(out)
                and out[-1].kind == "heading"
                and out[-1].text.endswith("——")
                and len(u.lines) == 1
                and not ends_sentence(u.text)
                # … and a headline line's short end after a line stopping on 、: 写春联、赏年画、 / 进博物馆……
                or bool(out)
                and out[-1].kind == "heading"
                and out[-1].text[-1] in "、，"
                and len(u.lines) == 1
                and not u.blank_before
                and not u.lines[0].first_full()
            )
        ):
            out += _heading_lines(u)
        else:
            out.append(u)
    return out


_FINAL_MARKS = frozenset("。！？")


def _dash_blocks_in_the_column(units: list[Unit]) -> list[Unit]:
    """Heading lines opening on —— and set as a paragraph of the body's column (``_set_in_the_column``), with no
    blank line among them and body text under them, are one paragraph: a quotation's speaker (——泰国新冠肺炎 /
    疫情应对管理中心发言 / 人塔威信, ——蒋平安委员（全国政协常 / 委、民革中央常委、…）) or a section's lead.  On the
    development pages (all three styles) 47 such blocks, all body text.  Not over a source note (——四川省委副书记…
    上说 / （本报记者 林治波整理）): a piece of speeches ends so, and the note closes the article."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        u = units[i]
        j = i + 1
        if u.kind == "heading" and len(u.lines) == 1 and u.text.startswith("——"):
            while j < len(units) and units[j].kind == "heading" and not units[j].blank_before:
                j += 1
            block = Unit("paragraph", [ln for v in units[i:j] for ln in v.lines], u.blank_before)
            if (
                j < len(units)
                and units[j].kind == "paragraph"
                and not any(ln.first_char in "（(" for ln in block.lines[1:] + units[j].lines[:1])
                and _set_in_the_column(block)
            ):
                out.append(block)
                i = j
                continue
        out.append(u)
        i += 1
    return out


def _leads_in_the_column(units: list[Unit]) -> list[Unit]:
    """Heading lines under a short heading (a section's subhead, ``命运共同`` / ``时代担当``), set as a paragraph of the
    body's column (the first two cells short, those between full), holding a clause mark and set apart by blank
    lines: the section's lead, set bold, whose last line ends with no stop (``这一年，统筹国内国际两个大`` /
    ``局，积极参与全球治理，中国与世`` / ``界更加紧密相连``).  Sections come in sets: two such leads on the page at
    least (a title over its article's lead reads the same, once), or one under 核心阅读.  On the development pages
    (all three styles) 33 such blocks, all body text in the records."""
    spans = []
    i = 0
    while i < len(units):
        u = units[i]
        i += 1
        if not _lead_head(u):
            continue
        core = _core(u)
        if i < len(units) and _lead_head(units[i]) and not core and not _core(units[i]):
            i += 1  # (a subhead in two lines)
        j = i
        while j < len(units) and units[j].kind == "heading":
            j += 1
        lines = [ln for v in units[i:j] for ln in v.lines]
        if (
            j < len(units)
            and len(lines) >= 3
            and lines[0].col - 2.5 <= lines[0].width <= lines[0].col - 1.5
            and all(ln.full() for ln in lines[1:-1])
            and any(ch in ln.text for ln in lines for ch in "，、；")
            and not any(ln.first_char in "（(" or ln.text.endswith(("——", "：", ":")) for ln in lines)
            # (set apart by blank lines, as pdfminer sets paragraphs; a blank inside only where a word runs across
            # it, a jump to the next column: a kicker and its title are boxes apart)
            and units[i].blank_before
            and units[j].blank_before
            and all(
                not v.blank_before or crosses_dictionary_word(w.lines[-1].text, v.lines[0].text)
                for w, v in zip(units[i:j], units[i + 1 : j])
            )
        ):
            spans.append((i, j, core))
            i = j
    if len(spans) < 2:
        # (but 核心阅读, the box of what to read in the article, heads its summary wherever it stands)
        spans = [s for s in spans if s[2]]
    if not spans:
        return units
    out = list(units[: spans[0][0]])
    for (i, j, _), nxt in zip(spans, [s[0] for s in spans[1:]] + [len(units)]):
        out.append(Unit("paragraph", [ln for v in units[i:j] for ln in v.lines], units[i].blank_before))
        out += units[j:nxt]
    return out


def _paragraphs_among_headings(units: list[Unit]) -> list[Unit]:
    """Three heading lines or more in a row set as a paragraph of the body's column are body text the paper sets
    bold, not a headline: an article's lead under its title (``平等助人更暖心`` / ``体谅受助者的难处，细心呵`` /
    ``护他们的尊严，是助人的正确方`` / ``式``, read as its subtitle), a point of 核心阅读, a section's opening
    sentence.  A headline is set in its own measure and wraps full from its first line; these lines are the
    column's: the first two cells short (the paragraph's lost indent), those between at the column's measure and
    no wider, the last short.  The records keep such text as a body paragraph (a heading ends on no clause mark,
    and none of more than 20 characters is a subhead); see ``_column_paragraph`` for what else it must be."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        if units[i].kind != "heading":
            out.append(units[i])
            i += 1
            continue
        j = i
        while j < len(units) and units[j].kind == "heading":
            j += 1
        out += _column_paragraphs(units[i:j])
        i = j
    return out


def _column_paragraphs(run: list[Unit]) -> list[Unit]:
    """A run of heading units, where whole units from one whose first line is indented to one whose last line is
    short, the lines between at the measure, are a column paragraph (``_paragraphs_among_headings``)."""
    out: list[Unit] = []
    a = 0
    while a < len(run):
        first = run[a].lines[0]
        col = first.col
        b = a
        if (
            col - 2.5 <= first.width <= col - 1.5
            # (a block opening on a dash is ``_dash_blocks_in_the_column``'s to read)
            and first.first_char not in "（(—"
            # (not under a line left open on a comma: 撤站后， / 货车收费标准作了重新核定 goes on a subhead)
            and not (a and run[a - 1].lines[-1].last_char in "，、；：,;:")
        ):
            lines = list(run[a].lines)
            while b + 1 < len(run) and all(_at_measure(ln, col) for ln in lines[1:]):
                b += 1
                lines += run[b].lines
                if (
                    len(lines) >= 3
                    and lines[-1].width < col - 1
                    and all(_at_measure(ln, col) for ln in lines[1:-1])
                    and _column_paragraph(run[a : b + 1], lines)
                ):
                    out.append(Unit("paragraph", lines, run[a].blank_before))
                    a = b + 1
                    break
            else:
                b = a
        if b == a:
            out.append(run[a])
            a += 1
    return out


def _at_measure(ln: PLine, col: float) -> bool:
    """A line of the column's measure: full to half a cell, and past it only by a mark that hangs at the edge
    (a headline's line may be wider: it spans its article's columns)."""
    return col - 0.5 <= ln.width <= (col + 1.0 if ln.last_char in _HANGING else col)


_HANGING = "，。、；：！？”）"


def _column_paragraph(units: list[Unit], lines: list[PLine]) -> bool:
    """The lines read as a paragraph, not as headline boxes that fell into a column's shape
    (``更大力度开展试剂药品疫苗攻关`` / ``增强科学防治战胜疫情的能力和信心`` / ``细节，还是细节``: a title and the
    next): a comma or stop outside brackets before its last line; no line ending on a dash or colon (who speaks,
    a kicker), none with a space between two Chinese characters (a headline's phrases); brackets and quotation
    marks balanced, and no quotation opening a line to close the block (``医学科副主任余追`` / ``“再大的困难，我们都`` /
    ``不怕”``: a speaker over words quoted, a heading); a blank inside only where a word runs across it (a jump to
    the next column)."""
    text = "".join(ln.text for ln in lines)
    return (
        any(ch in _BRACKETED.sub("", "".join(ln.text for ln in lines[:-1])) for ch in "，；。")
        and not (text.endswith("”") and any(ln.first_char == "“" for ln in lines[1:]))
        and not any(ln.text.endswith(("——", "：", ":")) or _CJK_SPACE.search(ln.text) for ln in lines)
        and all(text.count(o) == text.count(c) for o, c in (("（", "）"), ("(", ")"), ("“", "”"), ("《", "》")))
        and all(
            not v.blank_before or crosses_dictionary_word(w.lines[-1].text, v.lines[0].text)
            for w, v in zip(units, units[1:])
        )
    )


_CJK_SPACE = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")
_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")


def _core(u: Unit) -> bool:
    return u.text.replace(" ", "") == "核心阅读"


def _lead_head(u: Unit) -> bool:
    return u.kind == "heading" and len(u.lines) == 1 and len(u.text.replace(" ", "")) <= LEAD_HEAD_CHARS


# a subhead over a lead set in the column: one or two lines of this many characters at most
LEAD_HEAD_CHARS = 10


def _set_in_the_column(u: Unit) -> bool:
    """Three lines or more set as a paragraph of the body's column: the first two cells short (its lost indent),
    those between full, the last short.  A ——subtitle is set in its headline's own measure; a dash block so set
    is body text (a quotation's speaker, ——泰国新冠肺炎 / 疫情应对管理中心发言 / 人塔威信, or a section's lead
    under its subhead, ——主题教育对准目标、有力推 / 进，在各方面取得扎实成效，展开了 / 一次党的自我革命的深刻实践):
    of the dash blocks of three lines so shaped that the reflow leaves as heading lines on the development pages
    (pdfminer, pdftotext), 33 of 35 are body text.  Two lines say nothing of the shape (a ——subtitle of two,
    ——造谣中伤“中国抗 / 疫”有悖国际正义（二）, is set so)."""
    lines = u.lines
    if len(lines) < 3:
        return False
    col = lines[0].col
    return (
        col - 2.5 <= lines[0].width <= col - 1.5 and all(ln.full() for ln in lines[1:-1]) and lines[-1].width < col - 1
    )


def _heading_lines(u: Unit) -> list[Unit]:
    """The lines of a block read as a paragraph, each a heading line of its own (the boxes are the assembly's)."""
    return [Unit("heading", [ln], u.blank_before if k == 0 else ln.blank_before) for k, ln in enumerate(u.lines)]


def _whole_quote_or_question(t: str) -> bool:
    """A line that is one quotation (“期盼当地民众能早日回家”) or ends asking or exclaiming: a title can be."""
    return t[-1:] in ("？", "！") or t.startswith("“") and t.endswith("”") and t.count("”") == 1


def _dash_subtitle_run_on(u: Unit) -> int:
    """How many lines of a paragraph opening on —— are a ——subtitle run on into the body's first paragraph
    (``——访马来西亚战略与`` / ``国际问题研究所主席伊萨`` / ``“中国在疫情防控方面`` / …), or 0.  The subtitle ends
    at its first line after which its words close (no open bracket, no word left dangling: 与, 的) and
    the next line starts short, as a paragraph's first line does under the full one after it."""
    lines = u.lines
    if len(lines) < 3 or not lines[0].text.startswith("——") or lines[0].geo_first:
        return 0
    text = ""
    for j in range(min(3, len(lines) - 2)):
        text += lines[j].text
        if any(c in text for c in "，。；：！？,;:"):
            return 0  # (a list's item opening on —— reads as a sentence)
        if (
            len(text) >= 9
            and not _unbalanced(text)
            and text[-1] not in _DANGLING
            and not crosses_word(lines[j].text, lines[j + 1].text)  # (——仓储现代化水平明 / 显提高。)
            and lines[j + 1].width < lines[j + 2].width - 1
        ):
            return j + 1
    return 0


def _dash_subtitle(u: Unit, nxt: Unit | None = None) -> bool:
    """A block of a line or three opening on —— that ends no sentence and no clause: a ——subtitle
    (``——写在…之际``, ``——访…``); body text opening on —— (a list's items) ends on 。 or ；.  One line stopping on
    、 goes on in a heading line right under it (``——一些国家政要、前政要、`` / ``国际组织负责人…``)."""
    t = u.text
    return (
        t.startswith("——")
        and len(u.lines) <= 3
        and len(t) <= 60
        and not _para_closed(u)
        and (
            t[-1] not in "，、：；,;:"
            or t[-1] == "、"
            and len(u.lines) == 1
            and nxt is not None
            and nxt.kind == "heading"
            and not nxt.blank_before
        )
        and not u.lines[0].geo_first
        and P.dateline_authors(t) is None
    )


def _dateline_below(units: list[Unit], i: int) -> bool:
    """The unit after ``units[i]`` (past a continuation marker: （上接第一版）) is a paragraph that opens with a
    dateline: an article starts there."""
    j = i + 1
    if j < len(units) and units[j].kind == "marker":
        j += 1
    if j >= len(units) or units[j].kind != "paragraph":
        return False
    # (the first character first, as in ``opens_dateline``: most paragraphs open on none of these)
    return units[j].lines[0].first_char in "本新中据" and P.opens_with_dateline(units[j].text)


def _para_closed(u: Unit) -> bool:
    """The paragraph so far ends a sentence, or is a closed parenthetical such as ``（作者为…）``."""
    last, first = u.lines[-1], u.lines[0]
    if last.ends_sentence:
        return True
    if last.last_char == "摄" and P.is_caption_credit(last.text):
        return True  # a photo's caption ends with its credit (新华社记者 唐 璐摄)
    if last.last_char == "”" and first.first_char == "“" and u.text.count("“") <= u.text.count("”"):
        return True  # a quotation standing as a paragraph
    return last.last_char in "）)" and first.first_char in "（(" and u.text.count("（") <= u.text.count("）")


# a title's column tag broken onto a line of its own: （国际视点）, （人民时评）
_COLUMN_TAG_LINE = re.compile(r"^[（(][^（）()\s]{2,12}[）)]$")


def _second_heading_lines(units: list[Unit]) -> list[Unit]:
    """A one-line 'paragraph' right under a heading line, too short for a paragraph's first line, ending no
    sentence, with a blank line or a heading under it, is the heading's second line
    (``推动“守护网”链接“服务窗”`` / ``构建网上网下同心圆``): a paragraph of one line ends with its sentence."""
    for i in range(1, len(units)):
        u, above = units[i], units[i - 1]
        if u.kind != "paragraph" or u.blank_before or above.kind != "heading":
            continue
        if len(u.lines) > 1:
            # a headline broken over narrow lines (王毅会见第七 / 十四届联大安 / 理会改革政府 / 间谈判机制共 / 同主席),
            # the line model reading all but the first as a paragraph: a word across the break, no sentence ended
            # anywhere, and a blank line under it
            nxt = units[i + 1] if i + 1 < len(units) else None
            if (
                len(u.lines) <= 5
                and u.lines[0].geo_first is None
                and (nxt is None or nxt.blank_before or nxt.kind == "heading")
                and not any(ch in _FINAL_MARKS for ch in u.text)
                and u.text[-1] not in "，、：；,;:"
                and P.dateline_authors(u.text) is None
                and crosses_word(above.lines[-1].text, u.lines[0].text)
            ):
                units[i] = Unit("heading", u.lines, u.blank_before)
            continue
        p = u.lines[0]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (
            _COLUMN_TAG_LINE.match(p.text)
            and not P.CLOSING.match(p.text)
            and p.geo_first is None
            and not above.text.endswith(("摄", "报道"))  # 云 亮 陈 芳摄影报道 / （人民视觉）: a photo's credit
        ):
            units[i] = Unit("heading", u.lines, u.blank_before)  # 东南亚国家逐步“解封” / （国际视点）
            continue
        # a quotation opened in the heading line and closed here (``“我们一定会`` / ``胜利!”``), or a word
        # across the break (``迈瑞医疗 践行社会责`` / ``任 勇于担当作为``, in a narrow column that makes the
        # short line look full): the heading goes on, whatever the line's width or last mark
        quote_closes = len(p.text) <= 12 and _unbalanced(above.lines[-1].text) and not _unbalanced(above.text + p.text)
        if (
            p.geo_first is None
            and (quote_closes or not p.ends_sentence)
            and (quote_closes or not p.first_full() or crosses_word(above.lines[-1].text, p.text))
            and p.text[-1] not in "，、：；,;:）)"
            and len(p.text) >= 4  # (——编 / 者: the end of a signature)
            and P.dateline_authors(p.text) is None
            and not P.SOURCE_NOTE.match(p.text)
            and not _credit_line(p.text)
            and (nxt is None or nxt.blank_before or nxt.kind == "heading")
        ):
            units[i] = Unit("heading", u.lines, u.blank_before)
    # … and a one-line 'paragraph' ending no sentence right over a heading line, a word broken across the
    # two (``北京点对点专列接务工`` / ``人员返岗复工``): the heading's first line
    for i in range(len(units) - 1):
        u, below = units[i], units[i + 1]
        if (
            u.kind == "paragraph"
            and len(u.lines) == 1
            and below.kind == "heading"
            and not below.blank_before
            and u.lines[0].geo_first is None
            and not ends_sentence(u.text)
            and u.text[-1] not in "，、：；,;:）)"
            and P.dateline_authors(u.text) is None
            and not _credit_line(u.text)
            and crosses_word(u.text, below.lines[0].text)
        ):
            units[i] = Unit("heading", u.lines, u.blank_before)
    return units


def _lone_unfinished_lines(units: list[Unit]) -> list[Unit]:
    """A line standing alone between blank lines with no mark in it at all (``积极财政政策如何更积极有为``, a
    headline printed under its body, the column under it narrower) is a heading, though first-line shaped: a
    paragraph of one line says something with a mark in it.  Not a line opening on a bracket (``（四）人格权编``,
    a part's name the records keep in the body; ``（新华社北京1月5日电``, broken) unless it is a foreign author's
    (``（泰国）功·塔帕朗西``), nor a caption's credit (``本报记者 谷业凯摄影报道``), nor one the geometry indents
    as a paragraph."""
    out = units
    for i, u in enumerate(units):
        if u.kind != "paragraph" or len(u.lines) != 1 or not u.blank_before:
            continue
        if i + 1 < len(units) and not units[i + 1].blank_before:
            continue
        t = u.text.strip()
        if not t or _INNER_MARK.search(t) or _para_closed(u) or _credit_line(t):
            continue
        if t[0] in "（(" and not P.FOREIGN_AUTHOR.match(t):
            continue
        if u.lines[0].geo_first and not u.lines[0].bold:
            continue  # (geometry: indented as a paragraph's first line; headings are not)
        if out is units:
            out = list(units)
        out[i] = Unit("heading", u.lines, u.blank_before)
    return out


_ASIAN_COUNTRIES = frozenset(
    ("日本", "越南", "朝鲜", "新加坡", "马来西亚", "印度尼西亚", "蒙古", "印度", "菲律宾", "柬埔寨")
)


def _foreign_author_apart(u: Unit) -> list[Unit]:
    """A foreign author's line run on into the paragraph under it (（意大利）米凯莱·杰拉奇 / 新中国成立70年来，创造了…,
    text without blank lines): a line of its own, the section's author.  Not where the line below goes on with the
    name (（拉脱维亚）瓦伊拉 / ·维基耶—弗赖贝加, （俄罗斯）伊万·鲍 / 里索维奇·阿尔希波夫, （法国）格雷瓜尔·戴 / 高乐)."""
    if u.kind != "paragraph" or len(u.lines) < 2:
        return [u]
    first, below = u.lines[0].text.strip(), u.lines[1].text.strip()
    if (
        first[:1] not in "（("
        or len(below) <= 4
        or "·" in below[:8]
        or below[:1] in "—-．."
        or not P.FOREIGN_AUTHOR.match(first)
    ):
        return [u]
    # (a line of text opening on a bracket may look so, （一号墓）位于青海省: a foreign name has its dot, or the
    # bracket names a country)
    country, name = re.split(r"[）)]", first[1:], maxsplit=1)
    if "·" not in name and not (country.endswith("国") or country in _ASIAN_COUNTRIES):
        return [u]
    return [Unit("heading", u.lines[:1], u.blank_before), Unit("paragraph", u.lines[1:], False)]


def _label_apart(u: Unit) -> list[Unit]:
    """A heading run on from the lines above it that ends on a label opening the body (核心阅读, 编者按): the
    label is a heading of its own, which the body it introduces keeps (the lines above are a headline's)."""
    if u.kind == "heading" and len(u.lines) > 1 and P.BODY_LABEL.match(u.lines[-1].text.strip()):
        return [Unit("heading", u.lines[:-1], u.blank_before), Unit("heading", u.lines[-1:], u.lines[-1].blank_before)]
    return [u]


def _heading_if_unfinished(u: Unit) -> list[Unit]:
    """A short 'paragraph' that never ends a sentence and stops on a short line is a multi-line heading
    (``我们在创造空间，空间也在改变`` / ``我们``): body text would run on or end with punctuation.  Its lines
    become heading lines of their own, each keeping the blank line before it (which parts headline boxes)."""
    if u.kind != "paragraph" or len(u.lines) > 3 or _para_closed(u) or u.text[-1] in "，、：；":
        return [u]
    if P.SOURCE_NOTE.match(u.text) or _credit_line(u.text):
        return [u]  # 数据来源： / 国家统计局; 祝 / 庆 梁 展摄影报道
    if u.lines[0].geo_first and not u.lines[0].bold:
        return [u]  # (geometry: its first line is indented like a paragraph's; headings are not)
    last = u.lines[-1]
    if len(u.lines) == 1 or last.width >= last.col - 3 or P.dateline_authors(u.text) is not None:
        return [u]
    # (a byline among them is a byline: 每天要打近600个电话 / 本报记者 汪某, run on from a kicker ending on ：)
    return [
        Unit(
            "byline" if k and P.is_byline(ln.text) and not ends_sentence(ln.text) else "heading",
            [ln],
            u.blank_before if k == 0 else ln.blank_before,
        )
        for k, ln in enumerate(u.lines)
    ]
